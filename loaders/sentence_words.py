"""The words the rule modules' gates look for, found in one scan per sentence.

Each rule module skips a sentence that holds none of the words its rules need (a body word for
agencies, a closing word for a list …). Testing each gate on its own reads the sentence once per
module and per rule; here every module registers its group of words once, one Aho-Corasick
automaton (pyahocorasick) over all groups finds them in one pass, and the answer, a bit mask of
the groups present, is kept on the :class:`~loaders.types.Sentence` for the modules that follow.

>>> houses = register("demo-houses", lambda: ["养老院", "福利院"])
>>> money = register("demo-money", lambda: ["补贴", "元"])
>>> present = groups_in("新建福利院两所，每床补贴1万元")
>>> bool(present & houses), bool(present & money)
(True, True)
>>> bool(groups_in("召开全市民政工作会议") & (houses | money))
False

A group is a necessary condition only: its module still runs every rule on a sentence that has
one of its words. A module asks :func:`sentence_groups` (memoised on the sentence) or
:func:`groups_in` (any text, such as an issuing body from an index file).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

import ahocorasick

from loaders.types import Sentence

_SOURCES: dict[str, tuple[int, Callable[[], Iterable[str]]]] = {}
_built: list = []  # [automaton, generation], rebuilt when a group is registered after a scan
_generation = 0


def register(group: str, words: Callable[[], Iterable[str]]) -> int:
    """The bit of ``group`` in the masks :func:`groups_in` returns; ``words`` is called when the automaton
    is (re)built, so a lexicon is read on first use, not at import. Registering a name again keeps its bit."""
    global _generation
    if group in _SOURCES:
        bit = _SOURCES[group][0]
    else:
        bit = 1 << len(_SOURCES)
    _SOURCES[group] = (bit, words)
    _generation += 1
    _built.clear()
    return bit


def _needed(masks: dict[str, int]) -> dict[str, int]:
    """``masks`` less the words that hold a shorter word of the same groups (民政局 holds 局): where the
    longer word occurs the shorter one does too, so the answer is the same with fewer hits to read.

    >>> sorted(_needed({"局": 1, "民政局": 1, "民政": 2, "民政厅": 3}))
    ['局', '民政', '民政厅']
    """
    def covered(word: str, mask: int) -> bool:
        inner = 0
        for i in range(len(word)):
            for j in range(i + 1, len(word) + 1):
                if (i, j) != (0, len(word)):
                    inner |= masks.get(word[i:j], 0)
        return inner & mask == mask

    return {word: mask for word, mask in masks.items() if not covered(word, mask)}


def _automaton() -> ahocorasick.Automaton | None:
    if not _built:
        masks: dict[str, int] = {}
        for bit, words in _SOURCES.values():
            for word in words():
                if word:
                    masks[word] = masks.get(word, 0) | bit
        masks = _needed(masks)
        automaton = None
        if masks:
            automaton = ahocorasick.Automaton()
            for word, mask in masks.items():
                automaton.add_word(word, mask)
            automaton.make_automaton()
        _built[:] = [automaton, _generation]
    return _built[0]


def groups_in(text: str) -> int:
    """The bit mask of the registered groups with a word in ``text`` (one pass over the text)."""
    automaton = _automaton()
    mask = 0
    if automaton is not None:
        for _, found in automaton.iter(text):
            mask |= found
    return mask


def sentence_groups(sentence: Sentence) -> int:
    """:func:`groups_in` of a sentence's text, computed once per sentence (per set of registered groups)."""
    memo = sentence.word_groups
    # the text is part of the memo: a sentence copied with another text (dataclasses.replace) is scanned again
    if memo is not None and memo[0] == _generation and memo[1] is sentence.text:
        return memo[2]
    mask = groups_in(sentence.text)
    sentence.word_groups = (_generation, sentence.text, mask)
    return mask
