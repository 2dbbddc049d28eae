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


class TrieScanner:
    """Leftmost-longest, non-overlapping matches of many words, faster than one big alternation.

    ``re`` tries a top-level alternation branch by branch at every position; here a
    character class finds the positions where some word can start, a set of the words'
    first two characters discards most of them, and only the sub-trie of that first
    character is tried at the rest.

    >>> [m.group() for m in TrieScanner(["衢州", "衢州市", "开化县"]).finditer("衢州市和开化县")]
    ['衢州市', '开化县']
    >>> [m.group() for m in TrieScanner(["市", "衢州"]).finditer("衢州市和市")]
    ['衢州', '市', '市']
    """

    def __init__(self, words: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for word in words:
            if word:
                by_first.setdefault(word[0], []).append(word)
        words_all = [w for items in by_first.values() for w in items]
        # Most characters start some word of a large list (a gazetteer's names start with a third
        # of the characters of running text), but few character pairs do: a position is tried only
        # when its first two characters begin a word (or its one character is a word).
        self._bigrams = frozenset(w[:2] for w in words_all if len(w) >= 2)
        self._singles = frozenset(w for w in words_all if len(w) == 1)
        first_class = "[" + "".join(re.escape(ch) for ch in sorted(by_first)) + "]"
        second_class = "[" + "".join(re.escape(ch) for ch in sorted({w[1] for w in words_all if len(w) >= 2})) + "]"
        if not by_first:
            self._starts = re.compile(r"(?!x)x")
        elif self._singles or not self._bigrams:
            self._starts = re.compile(first_class)
        else:
            self._starts = re.compile(first_class + "(?=" + second_class + ")")
        self._tails = {ch: trie_regex(items) for ch, items in by_first.items()}
        self.pattern = trie_regex(words_all)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        next_free = pos
        for start in self._starts.finditer(text, pos, end):
            at = start.start()
            if at < next_free or (text[at:at + 2] not in self._bigrams and text[at] not in self._singles):
                continue
            match = self._tails[text[at]].match(text, at, end)
            if match is not None:
                next_free = match.end()
                yield match
