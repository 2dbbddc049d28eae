"""A regex that matches any word of a large list, longest first, built as a trie.

Python's ``re`` tries the branches of a flat alternation one by one at every
position; nesting the alternation by shared prefixes makes a large word list
cheap to scan.

>>> pattern = trie_regex(["衢州", "衢州市", "开化县"])
>>> [m.group() for m in pattern.finditer("衢州市和开化县")]
['衢州市', '开化县']
"""
from __future__ import annotations

import re
from typing import Iterable


def trie_regex(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """Compile a regex matching any of ``words`` (longest match wins)."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    if not trie:
        return re.compile(r"(?!x)x")
    return re.compile(_to_regex(trie), flags)


def _to_regex(node: dict) -> str:
    terminal = "" in node
    branches = [re.escape(ch) + _to_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal:
        return "(?:" + body + ")?"
    return body
