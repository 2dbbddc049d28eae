"""The scale-corpus generator (bench/gen_corpus.py): deterministic, varied, and read by the extractor.

1,000 generated documents are the small version of the 100k benchmark
corpus. They are invented text (fixtures, not evidence of extraction quality):
the recall floors below only keep the generator's sentences readable by the
loaders, so that a benchmark's graph grows the way a real collection's would.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import gen_corpus  # noqa: E402

from kg.commands.ingest import ingest, metadata_for  # noqa: E402
from kg.stores.embedded import EmbeddedStore  # noqa: E402

DOCS = 1000
PER_FOLDER = 250


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("gen") / "corpus"
    gen_corpus.generate(folder, DOCS, seed=13, per_folder=PER_FOLDER, manifest=True)
    return folder


def test_same_seed_same_documents_and_a_prefix_is_a_smaller_corpus():
    first = [gen_corpus.build_document(13, i).text for i in range(20)]
    assert first == [gen_corpus.build_document(13, i).text for i in range(20)]
    assert first != [gen_corpus.build_document(14, i).text for i in range(20)]
    assert len(set(first)) == 20


def test_folders_have_an_index_and_documents_vary(corpus):
    folders = sorted(p for p in corpus.iterdir() if p.is_dir())
    assert len(folders) == DOCS // PER_FOLDER
    files = [f for folder in folders for f in folder.iterdir() if f.name != "INDEX.tsv"]
    assert len(files) == DOCS
    assert all((folder / "INDEX.tsv").is_file() for folder in folders)
    assert {f.suffix for f in files} == {".txt", ".html"}
    planted = [json.loads(line) for line in (corpus / "planted.jsonl").open(encoding="utf-8")]
    years = Counter(int(gen_corpus.build_document(13, i).year) for i in range(200))
    assert min(years) >= 2005 and max(years) <= 2025 and len(years) >= 15
    places = {p["Place"][0] for p in planted}
    assert len(places) > 500, "places should be drawn from the whole gazetteer"
    texts = [f.read_text(encoding="utf-8") for f in files[:200]]
    assert sum("會議" in t or "標準" in t or "民政廳" in t for t in texts) >= 1, "some documents in traditional script"


def test_extraction_finds_the_planted_entities(corpus):
    from loaders import load_file

    planted = [json.loads(line) for line in (corpus / "planted.jsonl").open(encoding="utf-8")][:120]
    files = [corpus / p["file"] for p in planted]
    infos = metadata_for(files)
    found, total = Counter(), Counter()
    for entry, path in zip(planted, files):
        fragment = load_file(str(path), infos[path])
        names: dict[str, set[str]] = {}
        for node in fragment.nodes:
            names.setdefault(node.label, set()).add(node.name)
            if node.label == "Target":
                names.setdefault("indicator", set()).add(node.properties.get("indicator") or "")
        for label, wanted in entry.items():
            if label == "file":
                continue
            got = names.get("indicator" if label == "Target" else label, set())
            for name in wanted:
                total[label] += 1
                # Names match exactly or by containment, as kg score matches long names.
                found[label] += any(name == g or (g and (name in g or g in name) and len(g) >= 0.6 * len(name))
                                    for g in got)
    rates = {label: found[label] / total[label] for label in total}
    assert sum(found.values()) / sum(total.values()) >= 0.75, rates
    assert all(rate >= 0.55 for rate in rates.values()), rates


def test_distinct_nodes_grow_with_the_corpus(corpus, tmp_path):
    with EmbeddedStore(tmp_path / "store") as store:
        first = ingest(store, [str(corpus / "p0000")])
        assert not first.failed
        quarter = sum(store.stats()["nodes"].values())
        report = ingest(store, [str(corpus)])
        assert report.unchanged == PER_FOLDER and report.new == DOCS - PER_FOLDER and not report.failed
        counts = store.stats()["nodes"]
    whole = sum(counts.values())
    # Four times the documents: well over three times the nodes (copies of the real corpus gave ~1x).
    assert whole >= 3 * quarter, (quarter, whole)
    assert whole >= 9 * DOCS, counts  # ~10 distinct nodes per document, 10^6 at 100k
    assert counts["Person"] >= 1.5 * DOCS and counts["Policy"] >= 0.7 * DOCS
