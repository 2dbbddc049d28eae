"""Wrong target indicators, each with the gold name, the predicted one and the text around it.

A look at errors, not a score (``kg score`` gives the figures): each gold target paired with a
predicted one of the same value and unit (:func:`kg.evaluate_targets.match_targets`) whose
indicator does not match is printed with its sentence and the end of the sentence before it
(``¶`` marks a sentence that opens a new line, where a paragraph's carries stop).

With ``--classes`` it prints instead how many wrong indicators fall in each class of
:func:`wrong_class` (why a name fails, not a score).

Usage::

    python bench/diag_wrong_indicators.py seeds dev            # the shared corpus
    python bench/diag_wrong_indicators.py --gold DIR --docs DIR  # a held-out folder of gold files
    python bench/diag_wrong_indicators.py --classes --gold DIR --docs DIR
    python bench/diag_wrong_indicators.py --filler --gold DIR --docs DIR   # differ only by 累计, 各类 … or order
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Iterator

from kg.evaluate_targets import indicator_match, match_targets
from loaders.metadata import extract_metadata, read_index
from loaders.normalise import normalise
from loaders.read import read_file
from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _documents(gold_dir: Path, docs: Path) -> Iterator[tuple[Path, DocumentInfo | None, dict]]:
    index = read_index(docs / "INDEX.tsv") if (docs / "INDEX.tsv").exists() else {}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        yield docs / gold["doc"], index.get(gold["doc"]), gold


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _bigrams(name: str) -> set[str]:
    return {name[i:i + 2] for i in range(len(name) - 1)}


def wrong_class(predicted: str, gold: str) -> str:
    """Why a predicted indicator fails the gold one.

    - ``junk``: fewer than three characters, or no Chinese at all (即, 当中, 增, ||);
    - ``part``: one name holds the other but is under 60% of it: a measure without its subject
      (床位数 for 养老服务机构床位数) or a name with words the gold leaves out;
    - ``wording``: neither holds the other but they share most character pairs (Dice ≥ 0.5):
      the same indicator worded another way (社会福利的开支预算 / 社会福利开支预算);
    - ``other``: a different name altogether.

    >>> wrong_class("即", "社会福利开支预算增加额"), wrong_class("床位数", "养老服务机构床位数")
    ('junk', 'part')
    >>> wrong_class("社会福利的开支预算", "社会福利开支预算"), wrong_class("额外开支", "长者医疗券累积上限")
    ('wording', 'other')
    """
    p, g = predicted or "", gold or ""
    if len(_CJK.findall(p)) < 3:
        return "junk"
    if p in g or g in p:
        return "part"
    a, b = _bigrams(p), _bigrams(g)
    return "wording" if a and b and 2 * len(a & b) / (len(a) + len(b)) >= 0.5 else "other"


# Words that may stand in one name and not in the other without naming another indicator: the question
# for the scorer is whether a name that differs from the gold only by them is right (not decided here).
FILLERS = ("累计", "年末", "各类", "全市", "全区", "全县", "全省", "全国", "共", "的", "已", "开展", "提供",
           "对象", "实际", "总", "当年", "全年", "各级")
_MEASURE_TAIL = re.compile(r"(?:人数|户数|人次|对数|总数|数量|数|额|金额)$")


def filler_class(predicted: str, gold: str) -> str | None:
    """How a wrong name differs from the gold when it differs only in form, else None:

    - ``filler:W``: the names match (:func:`kg.evaluate_targets.indicator_match`) once the filler
      word W of :data:`FILLERS` is taken out of both (低保金发放额 / 低保金累计发放额);
    - ``order``: the same characters in another order, the measure word aside (verb before the
      object: 发布老年助餐信息 / 老年助餐信息发布数).

    >>> filler_class("低保金发放额", "低保金累计发放额"), filler_class("发布老年助餐信息", "老年助餐信息发布数")
    ('filler:累计', 'order')
    >>> filler_class("城市低保标准", "农村低保标准") is None
    True
    """
    p, g = predicted or "", gold or ""
    for word in FILLERS:
        if (word in p or word in g) and indicator_match(p.replace(word, ""), g.replace(word, "")):
            return "filler:" + word
    if p and sorted(_MEASURE_TAIL.sub("", p)) == sorted(_MEASURE_TAIL.sub("", g)):
        return "order"
    return None


def wrong_indicators(path: Path, info: DocumentInfo | None, gold: dict) -> Iterator[str]:
    """Lines describing each wrong indicator of one document."""
    read = read_file(path)
    norm = normalise(read.text)
    sentences = split_sentences(norm.text)
    mentions = extract_targets(sentences, extract_metadata(norm, sentences, path.name, info, html_title=read.title))
    predicted = [dict(m.properties, _mention=m) for m in mentions]
    for p, g in match_targets(predicted, list(gold.get("targets", []))):
        if indicator_match(p.get("indicator"), g.get("indicator")):
            continue
        start = p["_mention"].start
        sentence = next(s for s in sentences if s.start <= start < s.end)
        before = sentences[sentence.index - 1] if sentence.index else None
        mark = "¶" if before is None or before.end != sentence.start else ""
        form = filler_class(p["indicator"], g["indicator"])
        yield (f"{path.name}\t{g['value']}{g['unit']}\tgold={g['indicator']}\tpredicted={p['indicator']}\t"
               f"{wrong_class(p['indicator'], g['indicator'])}" + (f"\t{form}" if form else ""))
        yield f"    before: {before.text[-60:] if before else ''}"
        yield f"    {mark}sentence: {sentence.text[:160]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="*", help="splits of the shared corpus (seeds, dev)")
    parser.add_argument("--gold", help="a folder of gold JSON files instead")
    parser.add_argument("--docs", help="the folder holding their documents (default: the gold folder's parent)")
    parser.add_argument("--classes", action="store_true", help="only count the wrong indicators of each class")
    parser.add_argument("--filler", action="store_true",
                        help="only count the wrong indicators that differ from the gold by a filler word or by word order")
    args = parser.parse_args()
    folders = [(CORPUS / "gold" / s, CORPUS / s) for s in args.splits]
    if args.gold:
        folders.append((Path(args.gold), Path(args.docs) if args.docs else Path(args.gold).parent))
    count = 0
    classes: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    for gold_dir, docs in folders:
        for document in _documents(gold_dir, docs):
            for line in wrong_indicators(*document):
                if line.startswith(document[0].name):
                    count += 1
                    fields = line.split("\t")
                    classes[fields[4]] += 1
                    if len(fields) > 5:
                        forms[fields[5]] += 1
                if not args.classes and not args.filler:
                    print(line)
    if args.classes:
        print("  ".join(f"{name} {classes[name]}" for name in ("junk", "part", "wording", "other")))
    if args.filler:
        print("  ".join(f"{name} {n}" for name, n in forms.most_common()) or "none")
        print(f"{sum(forms.values())} of {count} differ only by a filler word or by word order")
    print(f"{count} wrong indicators")


if __name__ == "__main__":
    main()
