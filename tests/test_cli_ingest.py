"""``kg ingest``, ``kg stats`` and ``kg show`` end to end on the real shared corpus."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.stores.embedded import EmbeddedStore

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SEED_000 = next((CORPUS / "seeds").glob("000_*.txt"))
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]
N_DOCUMENTS = len(list((CORPUS / "seeds").glob("*.txt"))) + len(list((CORPUS / "dev").glob("*.txt")))


def kg(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    """The whole corpus ingested once with two workers (INDEX.tsv beside dev/ is picked up)."""
    folder = tmp_path_factory.mktemp("cli") / "store"
    result = subprocess.run([*KG, "ingest", str(CORPUS / "seeds"), str(CORPUS / "dev"),
                             "--workers", "2", "--store", str(folder)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert f"documents: {N_DOCUMENTS} new, 0 unchanged, 0 replaced, 0 failed" in result.stdout
    assert result.stderr == ""  # no progress bar when stderr is not a terminal
    return folder


def test_stats_counts_the_corpus(store_dir, capsys):
    code, out, _ = kg(capsys, "stats", "--store", str(store_dir), "--json")
    assert code == 0
    counts = json.loads(out)
    assert counts["nodes"]["Document"] == N_DOCUMENTS
    assert counts["nodes"]["Agency"] > 10 and counts["relationships"]["ISSUED_BY"] > 0
    code, out, _ = kg(capsys, "stats", "--store", str(store_dir))
    assert re.search(rf"^\s+Document\s+{N_DOCUMENTS}$", out, re.M)


def test_ingesting_again_changes_nothing(store_dir, capsys):
    _, before, _ = kg(capsys, "stats", "--store", str(store_dir), "--json")
    code, out, err = kg(capsys, "ingest", str(CORPUS / "seeds"), str(CORPUS / "dev"), "--store", str(store_dir))
    assert code == 0, err
    assert f"documents: 0 new, {N_DOCUMENTS} unchanged, 0 replaced, 0 failed" in out
    _, after, _ = kg(capsys, "stats", "--store", str(store_dir), "--json")
    assert json.loads(after) == json.loads(before)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_show_prints_the_agency_with_sentences_from_its_seed(store_dir, capsys):
    code, out, _ = kg(capsys, "show", "营口市民政局", "--store", str(store_dir))
    assert code == 0
    assert out.startswith("营口市民政局  [Agency]")
    sentences = re.findall(r"“(.+?)”", out)
    seed = _squash(SEED_000.read_text(encoding="utf-8"))
    assert any(len(s) > 10 and _squash(s) in seed for s in sentences)
    # Traditional-script input finds the same entity.
    code, traditional, _ = kg(capsys, "show", "營口市民政局", "--store", str(store_dir))
    assert code == 0 and traditional == out


def test_show_of_an_unknown_name_is_one_line(store_dir, capsys):
    code, out, err = kg(capsys, "show", "完全不存在的机构名称", "--store", str(store_dir))
    assert code == 2 and out == "" and err.count("\n") == 1 and "完全不存在的机构名称" in err


def test_bad_files_cost_one_line_each_and_the_rest_is_ingested(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = sorted((CORPUS / "dev").glob("*.txt"))[0]
    shutil.copy(good, inbox / good.name)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(bytes(range(256)) * 40)
    code, out, err = kg(capsys, "ingest", str(inbox), str(tmp_path / "missing"), "--store", str(tmp_path / "s"))
    assert code == 2  # a bad input file, as the README says
    lines = err.strip().splitlines()
    assert any(line.startswith(f"{inbox / 'empty.txt'}: ") for line in lines)
    assert any(line.startswith(f"{inbox / 'binary.txt'}: ") for line in lines)
    assert any(line.startswith(f"{tmp_path / 'missing'}: ") for line in lines)
    assert lines[-1].startswith("kg ingest: 3 input(s) failed")
    assert "documents: 1 new, 0 unchanged, 0 replaced, 3 failed" in out
    with EmbeddedStore(tmp_path / "s", read_only=True) as store:
        assert store.stats()["nodes"]["Document"] == 1


def test_a_changed_file_replaces_its_old_facts(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    copy = inbox / SEED_000.name
    text = SEED_000.read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    store = str(tmp_path / "s")
    assert kg(capsys, "ingest", str(inbox), "--store", store)[0] == 0
    copy.write_text(text.replace("营口市民政局", "营口市民政事务局"), encoding="utf-8")
    code, out, _ = kg(capsys, "ingest", str(inbox), "--store", store)
    assert code == 0 and "documents: 0 new, 0 unchanged, 1 replaced" in out
    with EmbeddedStore(store, read_only=True) as opened:
        assert opened.stats()["nodes"]["Document"] == 1
        doc_ids = {e["properties"]["doc_id"] for e in opened.iter_edges()}
        assert len(doc_ids) == 1  # no edge of the old version survives
        replaced = opened.stats()
    # The store now holds exactly what a fresh ingest of the edited file gives: no stale entities.
    assert kg(capsys, "ingest", str(inbox), "--store", str(tmp_path / "fresh"))[0] == 0
    with EmbeddedStore(tmp_path / "fresh", read_only=True) as fresh:
        assert fresh.stats() == replaced


def test_a_locked_store_fails_in_one_line(tmp_path):
    folder = tmp_path / "s"
    with EmbeddedStore(folder):
        result = subprocess.run([*KG, "ingest", str(SEED_000), "--store", str(folder)],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and str(folder) in result.stderr and "in use" in result.stderr


def test_stats_without_a_store_says_so(tmp_path, capsys):
    code, out, err = kg(capsys, "stats", "--store", str(tmp_path / "nothing"))
    assert code == 3 and "no civkg store" in err and err.count("\n") == 1


def _graph_of(store: EmbeddedStore) -> tuple[list, list]:
    nodes = sorted((n["key"], n["name"], sorted(n["aliases"]), sorted(n["properties"].items(), key=str))
                   for n in store.iter_nodes())
    edges = sorted((e["type"], e["source"], e["target"], sorted(e["properties"].items(), key=str))
                   for e in store.iter_edges())
    return nodes, edges


@pytest.mark.parametrize("workers", [1, 2])
def test_extracting_beside_the_writer_gives_the_same_graph_as_extracting_in_process(tmp_path, workers):
    """Rows built in extraction processes (overlapping the writes) equal fragments written in this process."""
    from kg.commands.ingest import ingest

    inputs = [str(CORPUS / "seeds"), str(CORPUS / "dev")]
    with EmbeddedStore(tmp_path / "serial") as serial:
        report = ingest(serial, inputs, overlap=False, batch_size=7)
        assert report.new == N_DOCUMENTS and not report.failed
        expected = _graph_of(serial)
    with EmbeddedStore(tmp_path / "overlap") as overlapped:
        report = ingest(overlapped, inputs, workers=workers, overlap=True, batch_size=7)
        assert report.new == N_DOCUMENTS and not report.failed
        assert report.chars > 0 and report.edges_written == len(expected[1])
        assert _graph_of(overlapped) == expected
        again = ingest(overlapped, inputs, workers=workers, overlap=True)
        assert (again.new, again.unchanged, again.nodes_written, again.edges_written) == (0, N_DOCUMENTS, 0, 0)


def test_bad_files_in_extraction_processes_cost_one_line_each(tmp_path):
    from kg.commands.ingest import ingest

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for good in sorted((CORPUS / "dev").glob("*.txt"))[:5]:
        shutil.copy(good, inbox / good.name)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(bytes(range(256)) * 40)
    errors: list[tuple[str, str]] = []
    with EmbeddedStore(tmp_path / "s") as store:
        report = ingest(store, [str(inbox)], workers=2, overlap=True, batch_size=2,
                        on_error=lambda path, reason: errors.append((path, reason)))
        assert report.new == 5 and store.stats()["nodes"]["Document"] == 5
    assert sorted(Path(path).name for path, _ in errors) == ["binary.txt", "empty.txt"]
    assert all(reason and "\n" not in reason for _, reason in errors)
