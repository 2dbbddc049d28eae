"""The program CRF's cheaper feature build (h/speed5) gives the model the same input, so the same tags.

`sentence_features` builds its features column by column and, for tagging, hands crfsuite only the
attributes the model knows, as UTF-8 bytes. These tests hold it to the per-character build it
replaced (kept here as the reference) and the shipped model's tags and marginals to those of the
full string features. Sentences are invented for the tests (fixtures, not evidence); the corpus
checks read the shared corpus's seeds and dev sentences when they are there.
"""
from __future__ import annotations

import random
import re

import pytest

from corpus_helpers import CORPUS, corpus_sentence_texts
from loaders import program_crf
from loaders.program_crf import (_PUNCT, _QUOTES, DEFAULT_MODEL, ProgramTagger, Vocabulary, char_kind, cue_windows,
                                 has_program_cue, rule_tags, sentence_features)


INVENTED = [
    "",
    "养",
    "，",
    "深入开展“银龄暖心”关爱行动，打造《社区养老服务提升工程》品牌。",
    "实施困难群众帮扶工程和“幸福食堂”建设计划，全年走访慰问困难老人1200人次。",
    "区民政局会同区财政局推进居家和社区养老服务改革试点工作（2023—2025年）",
    "开展「邻里守望」志愿服务行动；组织“三社联动”示范项目申报。",
    "会议听取了关于婚姻登记管理工作的汇报",  # no cue: no window, no model run
    "推进 Smart养老 2.0 计划 - 第一期\t项目",
    "“未关闭的引号里有儿童关爱保护行动",
    "关爱行动”之后还有计划》",
    "实施城乡特困人员供养服务设施（敬老院）改造提升工程三年行动计划",
]


def _reference_features(text: str, rule_spans=(), with_rules: bool = True) -> list[list[str]]:
    """sentence_features as it was built before h/speed5: one list of f-strings per character."""
    import rjieba

    n = len(text)
    words: list[tuple[str, str]] = []
    for word in rjieba.cut(text):
        short = word if len(word) <= 4 else ""
        if len(word) == 1:
            words.append(("S", short))
        else:
            words += [("B", short), *(("M", short) for _ in range(len(word) - 2)), ("E", short)]
    words = words[:n] + [("S", "")] * (n - len(words))
    tags = rule_tags(n, rule_spans)
    lexicon: list[list[str]] = [[] for _ in range(n)]
    heads = []
    for name, pattern in program_crf._lexicon_patterns():
        for match in pattern.finditer(text):
            start, end = match.span()
            if name in ("sfx", "brand"):
                heads.append((start, end))
            for i in range(start, end):
                lexicon[i].append(f"{name}={'B' if i == start else 'E' if i == end - 1 else 'I'}")
            if end < n:
                lexicon[end].append(f"after_{name}")
    after_cut = [False] * (n + 1)
    for match in program_crf._cut_re().finditer(text):
        after_cut[match.end()] = True
    in_quote, in_title = [False] * n, [False] * n
    quote = title = 0
    for i, ch in enumerate(text):
        if ch in "“「『":
            quote += 1
        elif ch in "”」』":
            quote = max(0, quote - 1)
        elif ch == "《":
            title += 1
        elif ch == "》":
            title = max(0, title - 1)
        in_quote[i] = quote > 0 and ch not in "“「『"
        in_title[i] = title > 0
    since_punct, last = [0] * n, -1
    for i, ch in enumerate(text):
        if ch in _PUNCT:
            last = i
        since_punct[i] = min(i - last, 12)
    to_head = [0] * n
    for head_start, end in heads:
        for i in range(head_start, end):
            to_head[i] = -1
        for i in range(head_start - 1, max(-1, head_start - 16), -1):
            if text[i] in _PUNCT or to_head[i] < 0:
                break
            if not to_head[i] or end - i < to_head[i]:
                to_head[i] = end - i
    since_cut, last_cut = [0] * n, -1
    for i, ch in enumerate(text):
        if after_cut[i]:
            last_cut = i
        if ch in _PUNCT:
            last_cut = -1
        since_cut[i] = min(i - last_cut + 1, 16) if last_cut >= 0 else 0

    def bucket(d: int) -> str:
        return "in" if d < 0 else "0" if not d else "1-3" if d <= 3 else "4-6" if d <= 6 else "7-10" if d <= 10 else "11+"

    pad = ["<s>", "<s>", *text, "</s>", "</s>"]
    kinds = ["^", *(char_kind(c) for c in text), "$"]
    out = []
    for i in range(n):
        cm2, cm1, c0, cp1, cp2 = pad[i:i + 5]
        feats = ["bias", f"c0={c0}", f"c-1={cm1}", f"c+1={cp1}", f"c-2={cm2}", f"c+2={cp2}",
                 f"c-1c0={cm1}{c0}", f"c0c+1={c0}{cp1}", f"c-1c+1={cm1}{cp1}", f"c-2c-1={cm2}{cm1}",
                 f"c+1c+2={cp1}{cp2}", f"k0={kinds[i + 1]}", f"k-1={kinds[i]}", f"k+1={kinds[i + 2]}",
                 f"w={words[i][0]}", f"w-1={words[i - 1][0] if i else '^'}", f"w+1={words[i + 1][0] if i + 1 < n else '$'}"]
        if with_rules:
            feats += [f"rule={tags[i]}", f"rule-1={tags[i - 1] if i else '^'}", f"rule+1={tags[i + 1] if i + 1 < n else '$'}"]
        feats.append(f"sp={since_punct[i]}")
        if words[i][1]:
            feats.append(f"word={words[i][1]}")
        feats += [f"head={bucket(to_head[i])}", f"verb={bucket(since_cut[i])}"]
        feats += ["inq"] * in_quote[i] + ["intitle"] * in_title[i] + ["after_cut"] * after_cut[i]
        out.append(feats + lexicon[i])
    return out


def _rule_spans(text: str, rnd: random.Random) -> list[tuple[int, int]]:
    spans = []
    for _ in range(rnd.randint(0, 2)):
        start = rnd.randint(0, len(text))
        spans.append((start, rnd.randint(start, len(text))))
    return spans


@pytest.mark.parametrize("text", INVENTED)
def test_the_column_build_gives_the_per_character_features_in_the_same_order(text):
    spans = [(2, 6)] if len(text) > 6 else []
    for with_rules in (True, False):
        assert sentence_features(text, spans, with_rules) == _reference_features(text, spans, with_rules)


def test_the_column_build_matches_on_random_texts_and_corpus_windows():
    rnd = random.Random(10)
    alphabet = list("开展实施暖心行动工程计划项目“”「」『』《》，。；：！？、（）() -\n\t12ab老人儿童救助民政局打造推进") + ["\u3000", "é"]
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 50))) for _ in range(400)]
    if CORPUS.is_dir():
        texts += [text[s:e] for text in corpus_sentence_texts() for s, e in cue_windows(text)]
    for text in texts:
        spans = _rule_spans(text, rnd)
        assert sentence_features(text, spans) == _reference_features(text, spans), text


def test_with_a_vocabulary_only_known_features_are_kept_as_bytes_in_order():
    text = "深入开展“银龄暖心”关爱行动。"
    full = sentence_features(text, [(7, 9)])
    vocabulary = Vocabulary(["bias", "c0=暖", "inq", "sfx=E", "rule=B", "c-1c0=银龄", "c-2c-1=<s><s>", "word=暖心"])
    filtered = sentence_features(text, [(7, 9)], vocabulary=vocabulary)
    assert filtered == [[vocabulary[f] for f in row if f in vocabulary] for row in full]
    assert filtered[7] == [f.encode() for f in ("bias", "c0=暖", "rule=B", "word=暖心", "inq")]  # 暖: a rule's B
    assert filtered[0] == [b"bias", b"c-2c-1=<s><s>"] and b"c-1c0=\xe9\x93\xb6\xe9\xbe\x84" in filtered[6]
    # negative: a feature the vocabulary lacks is not handed on, in any form
    assert not any(f.startswith((b"c-1=", b"c+1=", b"k0=")) for row in filtered for f in row)


def test_with_a_vocabulary_the_features_are_the_known_reference_ones_on_random_texts():
    # pad tokens are written with characters a text may hold too: <s> and </s> must not be confused with them
    rnd = random.Random(13)
    alphabet = list("<s/>开展“”《》，。行动工程计划 -老人") + ["<s>", "</s>"]
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30))) for _ in range(300)]
    spans = [_rule_spans(text, rnd) for text in texts]
    every = sorted({f for text, s in zip(texts, spans) for row in _reference_features(text, s) for f in row})
    vocabulary = Vocabulary(rnd.sample(every, len(every) // 2))
    for text, s in zip(texts, spans):
        expected = [[vocabulary[f] for f in row if f in vocabulary] for row in _reference_features(text, s)]
        assert sentence_features(text, s, True, vocabulary) == expected, text
    assert sentence_features("老人", vocabulary=Vocabulary([])) == [[], []]  # negative: nothing known, nothing given


@pytest.mark.skipif(not DEFAULT_MODEL.is_file(), reason="no shipped program model")
def test_the_shipped_model_tags_the_filtered_bytes_as_it_tags_every_string():
    tagger = ProgramTagger(DEFAULT_MODEL)
    raw = tagger._tagger
    rnd = random.Random(11)
    texts = [t for t in INVENTED if t and "\n" not in t]
    if CORPUS.is_dir():
        texts += [text[s:e] for text in corpus_sentence_texts()[::3] for s, e in cue_windows(text)]
    assert len(texts) > 8
    for text in texts:
        spans = _rule_spans(text, rnd)
        results = []
        for vocabulary in (None, tagger.vocabulary):
            tags = raw.tag(sentence_features(text, spans, tagger.uses_rules, vocabulary))
            results.append((tags, [[raw.marginal(label, i) for label in program_crf.LABELS] for i in range(len(text))]))
        assert results[0] == results[1], text  # the same floats, not nearly the same


@pytest.mark.skipif(not DEFAULT_MODEL.is_file(), reason="no shipped program model")
def test_a_text_with_a_line_break_is_tagged_with_string_features():
    tagger = ProgramTagger(DEFAULT_MODEL)
    seen = []
    original = program_crf.sentence_features

    def spy(text, rule_spans=(), with_rules=True, vocabulary=None, matches=None):
        seen.append(vocabulary is None)
        return original(text, rule_spans, with_rules, vocabulary, matches)

    program_crf.sentence_features = spy
    try:
        tagger.tag("实施“暖心”行动\n开展关爱服务")
        tagger.tag("实施“暖心”行动，开展关爱服务")
    finally:
        program_crf.sentence_features = original
    assert seen == [True, False]


def test_cue_windows_and_the_cue_test_read_quotes_and_clause_ends_as_before():
    rnd = random.Random(12)
    alphabet = list("开展“暖心”「」‘’\"行动工程，。；：！？,;:!?\n老人服务")
    for _ in range(500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        cues = [(i, i + 1) for i, ch in enumerate(text) if ch in _QUOTES]
        for _, pattern in program_crf._lexicon_patterns():
            cues += [m.span() for m in pattern.finditer(text)]
        assert has_program_cue(text) == bool(cues)
        ends = [i for i, ch in enumerate(text) if ch in program_crf._CLAUSE_END]
        expected = []
        for start, end in sorted(cues):
            before = sum(1 for e in ends if e < start)
            left = ends[before - 1] + 1 if before else 0
            after = [e for e in ends if e >= end]
            right = after[0] if after else len(text)
            if expected and left <= expected[-1][1] + 1:
                expected[-1] = (expected[-1][0], max(expected[-1][1], right))
            else:
                expected.append((left, right))
        assert cue_windows(text) == expected, text
    assert cue_windows("会议听取了工作汇报。") == []  # negative: no quote, no program word


def test_the_character_classes_hold_exactly_the_sets():
    for chars, pattern in ((_QUOTES, program_crf._QUOTE_RE), (program_crf._CLAUSE_END, program_crf._CLAUSE_END_RE),
                           (_PUNCT, program_crf._PUNCT_RE)):
        assert {chr(c) for c in range(0x10000) if pattern.fullmatch(chr(c))} == set(chars)
        assert not re.fullmatch(pattern, "养")


def test_no_lexicon_word_holds_a_clause_end():
    # The model's windows are clauses; a sentence's lexicon matches are handed to each window only because no
    # word can cross a clause end. A word with one would need the window scanned again (program_crf.tag_in_windows).
    from loaders.concepts import load_catalogue
    from loaders.lexicons import program_slogans, program_words
    from loaders.programs import PROGRAM_SUFFIXES

    words = [*PROGRAM_SUFFIXES, *program_words("brand"), *program_words("facility"), *program_words("award"),
             *program_slogans(), *(a for c in load_catalogue().concepts for a in (c.name, *c.aliases))]
    assert len(words) > 100
    assert [w for w in words if set(w) & program_crf._CLAUSE_END] == []


def test_a_windows_share_of_the_sentences_matches_is_what_a_scan_of_the_window_finds():
    from loaders.program_crf import lexicon_matches

    texts = list(INVENTED)
    if CORPUS.is_dir():
        texts += corpus_sentence_texts()
    for text in texts:
        matches = lexicon_matches(text)
        assert cue_windows(text, matches) == cue_windows(text)
        for start, end in cue_windows(text):
            mine = [(name, [(s - start, e - start) for s, e in found if start <= s and e <= end]) for name, found in matches]
            assert mine == lexicon_matches(text[start:end]), text
    # negative: a clause without a cue is no window, and its words are nobody's matches
    assert cue_windows("会议听取了工作汇报，研究部署下步工作。") == []
