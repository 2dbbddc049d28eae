"""One Aho-Corasick pass for several word lists (loaders.trie.LexiconScanner, h/speed16) finds what each list's
trie regex finds with ``finditer``: the program model's four lexicons and the catalogue's free-standing names.

The scanner replaced one trie-regex scan per list and sentence; these tests hold it to those regexes (the
program lexicons' are kept in the code, ``program_crf._lexicon_patterns``, which ``has_program_cue`` searches
with; the catalogue's and the topics' are built here from the code's words) on invented sentences, on random
texts built from the lists' own words (nested prefixes glued together, where the longest word must win and
the next match must start after it), on characters outside the Basic Multilingual Plane (the automaton's
offsets must be the string's), and on every sentence of seeds and dev. Sentences are invented for the tests.
"""
from __future__ import annotations

import random
import re
from functools import lru_cache

import pytest

from corpus_helpers import corpus_sentence_texts
from loaders import program_crf, programs
from loaders.trie import LexiconScanner, trie_regex

INVENTED = [
    "",
    "养",
    "深入开展“银龄暖心”关爱行动，打造社区养老服务提升工程品牌。",
    "实施困难群众帮扶工程和幸福食堂建设计划，开通12349养老服务热线。",
    "特区政府引入长者生活津贴，长者生活津贴金额为每月4195元。",
    "坚持不忘初心、牢记使命，落实一岗双责，推进三社联动和五社联动。",
    "召开全市民政工作会议，部署年度重点工作。",  # negative: no word of any list
    "𠮷野家在𠀋社区开展“𠮷祥”关爱行动",  # characters outside the BMP before the matches
]


def _reference(patterns, text: str) -> list[tuple[str, list[tuple[int, int]]]]:
    return [(name, [m.span() for m in pattern.finditer(text)]) for name, pattern in patterns]


def _glued(words: list[str], rng: random.Random, count: int) -> list[str]:
    """Texts of words, their prefixes and filler glued together: where leftmost-longest must be chosen."""
    filler = ["", "和", "，", "𠮷", "a", "1"]
    return ["".join(rng.choice(words)[: rng.randint(1, 9)] + rng.choice(filler) for _ in range(rng.randint(1, 14)))
            for _ in range(count)]


def test_scanner_equals_trie_regexes_on_nested_words():
    groups = [("a", ["养老", "养老服务", "养老服务中心", "服务", "中心"]), ("b", ["老服", "务中", "心"]),
              ("c", ["𠮷祥", "𠮷", "祥和"])]
    scanner = LexiconScanner(groups)
    patterns = [(name, trie_regex(words)) for name, words in groups]
    rng = random.Random(16)
    words = [w for _, ws in groups for w in ws]
    for text in INVENTED + _glued(words, rng, 2000):
        assert scanner.spans(text) == _reference(patterns, text), text
    assert scanner.spans("养老服务中心") == [("a", [(0, 6)]), ("b", [(1, 3), (3, 5), (5, 6)]), ("c", [])]
    assert scanner.spans("召开会议") == [("a", []), ("b", []), ("c", [])]  # negative


def test_scanner_with_no_words_finds_nothing():
    assert LexiconScanner([("a", []), ("b", [""])]).spans("养老服务") == [("a", []), ("b", [])]


def test_lexicon_matches_equal_the_four_trie_regexes():
    patterns = program_crf._lexicon_patterns()
    rng = random.Random(7)
    words = [w for _, ws in program_crf._lexicon_words() for w in ws]
    for text in INVENTED + _glued(words, rng, 1500) + corpus_sentence_texts():
        assert program_crf.lexicon_matches(text) == _reference(patterns, text), text
    assert [(n, s) for n, s in program_crf.lexicon_matches("实施暖心行动") if s] == [("sfx", [(4, 6)])]
    assert not any(s for _, s in program_crf.lexicon_matches("会议听取了工作汇报。"))  # negative


@lru_cache(maxsize=1)
def _named_pattern() -> re.Pattern[str]:
    """programs._named_pattern before h/speed16: a trie regex of the catalogue's free-standing names."""
    return trie_regex(programs._named_aliases())


def _named_candidates_before(text: str) -> list[tuple[int, int, str]]:
    """programs._named_candidates before h/speed16: the catalogue names found by the trie regex's finditer."""
    pattern = _named_pattern()
    found = []
    quotes = programs._quote_spans(text) if programs._HAS_QUOTE_RE.search(text) else []
    for match in pattern.finditer(text):
        start, end = match.span()
        if programs._MODIFIER_TAIL_RE.match(text, end) or programs._modified_by_noun(text, start) \
                or programs._shift_target(text, start):
            continue
        if any(s < start and end < e and match.group() not in programs._QUOTE_ITEM_SPLIT_RE.split(text[s + 1:e - 1])
               for s, e in quotes):
            continue
        found.append((start, end, match.group()))
    return found


def test_named_candidates_equal_the_trie_regex_version():
    names = sorted(programs._named_aliases())
    rng = random.Random(3)
    for text in INVENTED + _glued(names, rng, 800) + corpus_sentence_texts():
        assert programs._named_candidates(text) == _named_candidates_before(text), text
    assert [n for _, _, n in programs._named_candidates(INVENTED[4])] == ["长者生活津贴"]
    assert programs._named_candidates(INVENTED[6]) == []  # negative


@pytest.mark.parametrize("text, spans", [("行动", [(2, 4)]), ("“暖心”", [(3, 5)]), ("xx行动yy暖心", [(4, 6), (8, 10)]),
                                         ("xx行yy动", [])])  # last: negative, the word's characters apart
def test_scanner_spans_are_string_offsets(text, spans):
    """Two characters outside the Basic Multilingual Plane first: the spans are the string's offsets (one each)."""
    scanner = LexiconScanner([("w", ["行动", "暖心"])])
    assert scanner.spans("𠮷𠮷" + text) == [("w", spans)]


@lru_cache(maxsize=1)
def _keyword_pattern() -> re.Pattern[str]:
    from loaders import topics

    return trie_regex(topics._KEYWORD_TOPICS)


def _topics_before(text: str) -> list[str]:
    """topics.topics_for_text before h/speed16: the false friends' sub on every text (no gate), then the
    keywords' trie regex (topics._KEYWORD_RE until then)."""
    from loaders import topics

    if not text:
        return []
    cleaned = topics._FALSE_FRIENDS.sub(lambda m: topics._FALSE_FRIEND_READINGS[m.group()], text)
    found: set[str] = set()
    for match in _keyword_pattern().finditer(cleaned):
        found.update(topics._KEYWORD_TOPICS[match.group()])
    return sorted(found, key=topics._TOPIC_ORDER.__getitem__)


def test_topics_equal_the_trie_regex_version():
    from loaders import topics

    keywords = sorted(topics._KEYWORD_TOPICS) + list(topics._FALSE_FRIEND_PHRASES)
    rng = random.Random(11)
    for text in INVENTED + _glued(keywords, rng, 1500) + corpus_sentence_texts():
        assert topics.topics_for_text(text) == _topics_before(text), text
    assert topics.topics_for_text("新建村级公益性公墓") == ["殡葬"]
    assert topics.topics_for_text("召开全市工作会议，部署年度重点工作。") == []  # negative: no keyword
