"""A learned keep/drop filter over the document's Program mentions (issue 10; off by default).

The program rules and the program CRF (:mod:`loaders.program_crf`) are precise on the pages they were
written or trained on and much less on unseen ones: each fresh page brings its own false names (a
slogan, a goal, a line of work, a kind of facility). This step reads every Program mention the rules
and the CRF give a document and keeps it when a logistic model says a reader would call it a program.
Each mention is a list of binary features a human would use (how it was found, quoted or not, its
suffix word, its length and digits, the verbs before it in its clause and the words after it, how
often the page repeats it, whether it is in a list, the page's genre from its title, slogan shapes,
whether the catalogue or the slogan list knows it) scored as
P = 1 / (1 + exp(-sum of the weights of its features)).

A mention stays when P reaches the model's ``keep`` threshold. The weights are data
(``loaders/data/program_filter.tsv``, trained by ``scripts/train-program-filter`` with python-crfsuite on
one-item sequences, the machinery of :mod:`loaders.promotes_model`; settings chosen by
``bench/eval_program_filter.py`` with each study folder left out in turn).

Linear: each feature reads the mention's own clause and a fixed window around it; the page's
counts are one pass over its mentions.

>>> clause_before("今年，市民政局启动“银龄安康”行动", 17)
'市民政局启动“银龄安康”行动'
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from loaders.promotes_model import (DocumentCollector, PromotesModel, _bucket, load_model, model_from_environment,
                                    set_environment_model)
from loaders.types import DocumentInfo, Mention, Sentence

DEFAULT_MODEL = Path(__file__).with_name("data") / "program_filter.tsv"
ENVIRONMENT = "CIVKG_PROGRAM_FILTER"
# Off by default: the lead judges it on fresh pages before switching it on (docs/benchmarks.md, issue 10)
DEFAULT_ON = False

# verbs that run, join or study a named thing, read in the clause before a mention: 开展/实施 a program,
# 学习/贯彻 a speech or a slogan's spirit
_VERBS_BEFORE = ("开展", "实施", "推进", "推动", "打造", "创建", "启动", "参加", "参与", "学习", "贯彻", "落实",
                 "深化", "深入", "组织", "举办", "建设", "建立", "完善", "推行", "推广", "申报", "入选", "获评",
                 "评为", "命名", "争创", "围绕", "聚焦", "坚持", "践行", "树立", "牢记", "按照", "通过", "依托",
                 "以", "为", "被", "是", "的")
# words after a mention: a program's work or events (活动, 工作, 建设), a speech's or slogan's (精神, 要求, 理念)
_WORDS_AFTER = ("活动", "工作", "建设", "精神", "要求", "理念", "目标", "为", "等", "的", "中", "以来", "期间",
                "项目", "资金", "试点", "实施", "有关", "相关", "品牌", "服务", "要点", "方案", "通知", "会议")
# words of a body's name in the clause: a body runs the program named after it
_BODY_RE = re.compile(r"(?:民政[局厅部]|人民政府|政府|委员会|[局厅办委]|中心|协会|基金会)")
# a page's genre from its title words
_GENRES = ("要点", "总结", "通知", "办法", "会议", "方案", "意见", "计划", "报告", "规划", "公告", "新闻", "讲话")
_CLAUSE_BREAK_RE = re.compile(r"[，,。；;：:！？!?\n]")
_OPEN_QUOTES, _CLOSE_QUOTES = "“「『‘\"", "”」』’\""
_COUNT_RE = re.compile(r"[一二三四五六七八九十两百\d]+(?:个|项|大|化|为|心|有|进|送|到)")
_REGIONS = ("香港", "澳门", "台湾")


def clause_before(text: str, end: int, limit: int = 30) -> str:
    """The text of the clause before ``end`` (back to the last comma, colon or stop, at most ``limit`` characters).

    >>> clause_before("为此，各地开展了“暖冬”行动", 15)
    '各地开展了“暖冬”行动'
    """
    start = max(0, end - limit)
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(text, start, end)]
    return text[breaks[-1] if breaks else start:end]


def clause_after(text: str, start: int, limit: int = 12) -> str:
    """The text after ``start`` up to the next comma, colon or stop (at most ``limit`` characters).

    >>> clause_after("“暖冬”行动实施方案，明确", 6)
    '实施方案'
    """
    stop = _CLAUSE_BREAK_RE.search(text, start, start + limit)
    return text[start:stop.start() if stop else start + limit]


def _suffix_of(name: str) -> str:
    """The longest program suffix word the name ends with, or "none"."""
    from loaders.programs import PROGRAM_SUFFIXES

    ends = [s for s in PROGRAM_SUFFIXES if name.endswith(s)]
    return max(ends, key=len) if ends else "none"


def slogan_shape(name: str) -> list[str]:
    """Shapes of a slogan or formula: two four-character halves (互比互看、全域提升), a count with a measure
    word (三个一, 五大行动), four bare characters.

    >>> slogan_shape("互比互看、全域提升"), slogan_shape("三个一"), slogan_shape("银龄安康行动")
    (['pairs4'], ['count'], [])
    """
    shapes: list[str] = []
    parts = [p for p in re.split(r"[、，,\s]", name) if p]
    if len(parts) >= 2 and all(len(p) == 4 for p in parts):
        shapes.append("pairs4")
    elif len(parts) >= 2:
        shapes.append("parts")
    if _COUNT_RE.match(name):
        shapes.append("count")
    return shapes


def mention_features(text: str, sentence: Sentence, mention: Mention, info: DocumentInfo, seen: int,
                     in_sentence: int) -> list[str]:
    """The binary features of one Program mention (see the module's docstring); ``text`` is the sentence's text,
    ``seen`` how many mentions of the page have its name, ``in_sentence`` how many programs its sentence holds.

    >>> s = Sentence(1, "市民政局启动“银龄安康”行动，惠及老人。", 10, 29)
    >>> m = Mention("Program", "银龄安康行动", "银龄安康”行动", 1, 17, 24)
    >>> f = mention_features(s.text, s, m, DocumentInfo("x", title="2024年工作要点"), 1, 1)
    >>> [x for x in f if x.startswith(("suffix=", "before=", "genre=", "body"))]
    ['suffix=行动', 'before=启动', 'body_in_clause', 'genre=要点']
    """
    from loaders.concepts import clean
    from loaders.lexicons import program_slogans
    from loaders.programs import _catalogue_names

    name = mention.name
    start, end = mention.start - sentence.start, mention.end - sentence.start
    features = ["bias", f"method={mention.method}", f"rule={mention.rule or mention.method}", f"kind={info.kind}", "len=" + _bucket(len(name), (3, 4, 5, 6, 8, 10, 14, 20))]
    suffix = _suffix_of(name)
    features += [f"suffix={suffix}", f"end1={name[-1:]}", f"end2={name[-2:]}"]
    quoted_before = text[start - 1:start] in _OPEN_QUOTES if start > 0 else False
    quoted = quoted_before or text[start:start + 1] in _OPEN_QUOTES or any(q in mention.surface for q in _CLOSE_QUOTES)
    if quoted:
        features.append("quoted")
        features.append(f"quoted&suffix={suffix == 'none'}")
    if re.search(r"\d", name):
        features.append("digit")
    features += slogan_shape(name)
    if len(name) == 4 and suffix == "none":
        features.append("four_bare")
    before = clause_before(text, start)
    features += [f"before={v}" for v in _VERBS_BEFORE if v in before]
    features.append(f"prev1={text[start - 1:start] if start > 0 else '^'}")
    features.append(f"prev2={text[max(0, start - 2):start] if start > 1 else '^'}")
    # the words after the closing quote, when the name ends inside one (“银龄安康”行动 ends at its suffix)
    after_start = end + 1 if text[end:end + 1] in _CLOSE_QUOTES else end
    after = clause_after(text, after_start)
    features += [f"after={w}" for w in _WORDS_AFTER if after.startswith(w)]
    features.append(f"next1={after[:1] or '$'}")
    if quoted:
        # a quoted slogan and a quoted program differ by what surrounds them (学习“…”精神, 开展“…”行动)
        features += [f"quoted&after={w}" for w in _WORDS_AFTER if after.startswith(w)]
        features += [f"quoted&before={v}" for v in _VERBS_BEFORE if v in before]
        features.append(f"quoted&len={_bucket(len(name), (3, 4, 6, 8))}&suffix={suffix != 'none'}")
    # the name's own characters: a head of a line of work (监测, 改造) or of a kind of place (之家, 据点)
    features += [f"char={c}" for c in dict.fromkeys(name) if not c.isdigit()]
    if _BODY_RE.search(before):
        features.append("body_in_clause")
    if text[start - 1:start] == "、" or after[:1] == "、" or (quoted_before and text[start - 2:start - 1] == "、"):
        features.append("listed")
    if after.startswith("等") or re.match(r"[”」』’\"]?等", text[end:end + 2]):
        features.append("deng")
    features.append("seen=" + _bucket(seen, (1, 2, 4)))
    features.append("progs_in_sentence=" + _bucket(in_sentence, (1, 2, 4)))
    if mention.sentence_index == 0:
        features.append("title_line")
    features += [f"genre={g}" for g in _GENRES if g in (info.title or "")]
    if info.province in _REGIONS:
        features.append("region")
    if clean(name) in _catalogue_names():
        features.append("catalogue")
    if name in program_slogans():
        features.append("slogan_list")
    return features


def document_features(sentences: list[Sentence], mentions: list[Mention], info: DocumentInfo) -> list[list[str]]:
    """The features of each mention of one document, in order."""
    seen: dict[str, int] = {}
    in_sentence: dict[int, int] = {}
    for mention in mentions:
        seen[mention.name] = seen.get(mention.name, 0) + 1
        in_sentence[mention.sentence_index] = in_sentence.get(mention.sentence_index, 0) + 1
    sentence_of = {sentence.index: sentence for sentence in sentences}
    out: list[list[str]] = []
    for mention in mentions:
        sentence = sentence_of.get(mention.sentence_index)
        if sentence is None:  # never in practice: a mention names its sentence
            out.append(["bias", f"method={mention.method}"])
            continue
        out.append(mention_features(sentence.text, sentence, mention, info, seen[mention.name],
                                    in_sentence[mention.sentence_index]))
    return out


def active_model() -> PromotesModel | None:
    """The filter from the environment: CIVKG_PROGRAM_FILTER=path|on|off; unset, the default (``DEFAULT_ON``, off).

    An environment variable so that the ingest worker processes see it too.
    """
    return model_from_environment(ENVIRONMENT, DEFAULT_MODEL, DEFAULT_ON)


def use_program_filter(path: str | Path | None) -> PromotesModel | None:
    """Choose the program filter for this process and its workers: None the default (off, see ``DEFAULT_ON``),
    "off", "on" the shipped model, or a model file. Raises ValueError with one line when the file is missing.

    >>> use_program_filter("off") is None
    True
    >>> use_program_filter("on").keep == load_model(str(DEFAULT_MODEL)).keep
    True
    >>> use_program_filter("/nonexistent.tsv")
    Traceback (most recent call last):
    ValueError: program filter not found: /nonexistent.tsv
    >>> use_program_filter(None) is None  # the default: off
    True
    """
    set_environment_model(path, ENVIRONMENT, DEFAULT_MODEL, "program filter")
    return active_model()


# (mention, features) of every document loaded while a training script collects them (see collecting())
_collector: DocumentCollector[tuple[Mention, list[str]]] = DocumentCollector()


def collecting() -> Iterator[list[list[tuple[Mention, list[str]]]]]:
    """While active, every document's mentions and their features are appended (one list per document) and
    no mention is dropped: how ``scripts/train-program-filter`` gets its examples."""
    return _collector.collecting()


def filter_programs(sentences: list[Sentence], mentions: list[Mention], info: DocumentInfo) -> list[Mention]:
    """The mentions the filter keeps (all of them when it is off or a training script collects)."""
    if _collector.documents is not None:
        _collector.documents.append(list(zip(mentions, document_features(sentences, mentions, info))))
        return mentions
    model = active_model()
    if model is None or not mentions:
        return mentions
    return [m for m, features in zip(mentions, document_features(sentences, mentions, info))
            if model.probability(features) >= model.keep]


def is_gold_program(name: str, gold_names: list[str]) -> bool:
    """Whether ``kg score`` would match the name to one of the gold programs (exactly or by fuzzy_match).

    >>> is_gold_program("12349养老服务热线", ["开通12349养老服务热线"]), is_gold_program("以实际行动", ["银龄安康行动"])
    (True, False)
    """
    from kg.name_matching import fuzzy_match

    return any(name == g or fuzzy_match(name, g) for g in gold_names)


def gold_documents(folder: str | Path, gold_folder: str | Path) -> Iterator[tuple[list[str], list[str], list[tuple[str, list[str]]]]]:
    """Per document with a gold file, loaded as ``kg score`` loads it (program CRF as set, no filter):
    (its gold program names, the program names ``kg extract`` prints, each mention's (name, features))."""
    from kg.evaluate import predicted_items
    from loaders import load_file
    from loaders.program_crf import gold_files

    for gold, path, row in gold_files(folder, gold_folder):
        with collecting() as collected:
            fragment = load_file(path, row)
        mentions = [(m.name, features) for document in collected for m, features in document]
        yield list(gold.get("programs", [])), sorted(predicted_items(fragment)["programs"]), mentions


def kept_names(printed: list[str], mentions: list[tuple[str, list[str]]], model: PromotesModel) -> list[str]:
    """The names ``kg extract`` would print with the filter on: a printed name goes when every mention of that
    name scores below the model's ``keep`` (a printed name no mention carries, merged by the relator, stays).

    >>> m = PromotesModel({"bias": -1.0, "quoted": 3.0}, keep=0.5)
    >>> kept_names(["甲行动", "乙行动"], [("甲行动", ["bias", "quoted"]), ("乙行动", ["bias"])], m)
    ['甲行动']
    """
    best: dict[str, float] = {}
    for name, features in mentions:
        best[name] = max(best.get(name, 0.0), model.probability(features))
    return [name for name in printed if best.get(name, 1.0) >= model.keep]
