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

import ahocorasick


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


class WordPresence:
    """Which of many words occur in a text, found in one scan instead of one ``in`` test per word.

    An Aho-Corasick automaton (pyahocorasick) over the words reports every occurrence of every word,
    overlapping ones included, in one pass over the text: the answer is ``{w for w in words if w in text}``.

    >>> presence = WordPresence(["养老", "养老服务", "养老服务中心", "低保", "社工站"])
    >>> sorted(presence.present("建设养老服务站和社工站"))
    ['养老', '养老服务', '社工站']
    >>> presence.present("全市民政工作会议")
    set()
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = _automaton({word: word for word in words if word})

    def present(self, text: str) -> set[str]:
        if self._automaton is None:
            return set()
        return {word for _, word in self._automaton.iter(text)}


class LexiconScanner:
    """Several word lists scanned in one pass: for each list, the spans ``trie_regex(words).finditer(text)``
    matches (leftmost-longest, non-overlapping), without one regex scan per list.

    ``re`` runs a trie's top-level alternation at every character that some word starts with, once per list;
    here one Aho-Corasick automaton (pyahocorasick) over all the lists reports every occurrence of every word
    (overlapping ones included) in one pass, and each list's matches are chosen from its own occurrences the
    way ``finditer`` chooses them: the longest word at the leftmost free position, then on from its end.
    Sparse lexicons (program words, slogans, catalogue names) occur a few times per sentence, so the choice
    costs little; a list whose words nest densely (a gazetteer's names) is cheaper as a regex
    (:class:`TrieScanner`).

    >>> scanner = LexiconScanner([("sfx", ["行动", "关爱行动"]), ("brand", ["暖心", "暖心关爱"])])
    >>> scanner.spans("开展暖心关爱行动")
    [('sfx', [(4, 8)]), ('brand', [(2, 6)])]
    >>> scanner.spans("召开全市民政工作会议")
    [('sfx', []), ('brand', [])]
    """

    def __init__(self, groups: Iterable[tuple[str, Iterable[str]]]) -> None:
        self.names: tuple[str, ...] = ()
        masks: dict[str, int] = {}
        names: list[str] = []
        for bit, (name, words) in enumerate(groups):
            names.append(name)
            for word in words:
                if word:
                    masks[word] = masks.get(word, 0) | (1 << bit)
        self.names = tuple(names)
        # the word's length and its lists: an occurrence's start and owners without a lookup
        self._automaton = _automaton({word: (len(word), mask) for word, mask in masks.items()})

    def spans(self, text: str) -> list[tuple[str, list[tuple[int, int]]]]:
        """(list name, its matches' spans) for each list, in the order given."""
        found: list[list[tuple[int, int]]] = [[] for _ in self.names]
        if self._automaton is not None:
            for last, (length, mask) in self._automaton.iter(text):
                start = last + 1 - length
                bit = 0
                while mask:
                    if mask & 1:
                        found[bit].append((start, -length))  # _leftmost_longest chooses from these
                    mask >>= 1
                    bit += 1
        return list(zip(self.names, _leftmost_longest(found)))


# Up to this many words, one str.find pass per word beats building (and compiling) a trie regex.
_FEW_WORDS = 32


def find_words(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of the leftmost-longest, non-overlapping occurrences of ``words`` in
    ``text``: what ``trie_regex(words).finditer(text)`` matches. A short list (a document's own
    names) is found with ``str.find`` per word, no regex compiled per call; a long one through the
    trie regex. Linear in the text either way (at most ``_FEW_WORDS`` passes).

    >>> find_words("王五和王五六，王五六七", ["王五", "王五六", "五和"])
    [(0, 2, '王五'), (3, 6, '王五六'), (7, 10, '王五六')]
    >>> find_words("王王王", ["王王"]), find_words("abc", [])
    ([(0, 2, '王王')], [])
    """
    unique = [word for word in dict.fromkeys(words) if word]
    if len(unique) > _FEW_WORDS:
        return [(m.start(), m.end(), m.group()) for m in trie_regex(unique).finditer(text)]
    found: list[tuple[int, int]] = []
    for word in unique:
        start = text.find(word)
        while start >= 0:
            found.append((start, -len(word)))
            start = text.find(word, start + 1)
    return [(start, end, text[start:end]) for start, end in _leftmost_longest([found])[0]]


def _automaton(values: dict[str, object]) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton (pyahocorasick) that reports each word of ``values`` with its value, or None
    when there are no words (an empty automaton can't be searched)."""
    if not values:
        return None
    automaton = ahocorasick.Automaton()
    for word, value in values.items():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


def _leftmost_longest(groups: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """For each list of occurrences, the (start, end) spans a trie regex's ``finditer`` takes from them: the longest
    word at the leftmost free position, then on from its end. An occurrence is (start, -length), overlapping ones
    included; each list is sorted in place (by start, the longest first). All the lists in one call: a sentence's
    scan hands over several, and a call per list cost more than the choice itself.

    >>> _leftmost_longest([[(3, -2), (0, -2), (0, -4), (4, -1), (5, -1)], [], [(1, -1), (1, -1)]])
    [[(0, 4), (4, 5), (5, 6)], [], [(1, 2)]]
    """
    chosen: list[list[tuple[int, int]]] = []
    for hits in groups:
        spans: list[tuple[int, int]] = []
        if hits:
            hits.sort()
            next_free = 0
            for start, minus_length in hits:
                if start >= next_free:
                    next_free = start - minus_length
                    spans.append((start, next_free))
        chosen.append(spans)
    return chosen
