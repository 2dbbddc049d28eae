"""Re-ingesting a folder skips the files whose bytes and extractor are unchanged (issue 13).

Real documents: the five seeds of the shared corpus, copied into a folder the
test may change.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import loaders
import loaders.version
from kg.cli import main
from kg.stores.embedded import EmbeddedStore

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))


def kg(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stats(capsys, store: Path) -> dict:
    return json.loads(kg(capsys, "stats", "--store", str(store), "--json")[1])


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture
def no_extraction(monkeypatch):
    """Make any extraction fail loudly: a skipped file must not reach the loaders."""
    def refuse(path, info=None, **_):
        raise AssertionError(f"{path} was extracted again")
    return lambda: monkeypatch.setattr(loaders, "load_file", refuse)


def test_reingest_skips_unchanged_files_without_extracting(inbox, tmp_path, capsys, no_extraction):
    store = tmp_path / "s"
    code, out, err = kg(capsys, "ingest", str(inbox), "--store", str(store))
    assert code == 0, err
    assert f"documents: {len(SEEDS)} new, 0 unchanged, 0 replaced, 0 failed (of {len(SEEDS)} files)" in out
    before = stats(capsys, store)
    no_extraction()
    code, out, err = kg(capsys, "ingest", str(inbox), "--store", str(store))
    assert code == 0, err
    assert (f"documents: 0 new, {len(SEEDS)} unchanged, 0 replaced, 0 failed (of {len(SEEDS)} files, "
            f"{len(SEEDS)} not extracted again: same file, same extractor)") in out
    assert stats(capsys, store) == before
    with EmbeddedStore(store, read_only=True) as opened:
        stamps = opened.document_stamps()
    assert set(stamps) == {str(p.resolve()) for p in inbox.iterdir()}
    assert {version for _, version in stamps.values()} == {loaders.version.extractor_version()}


def test_a_changed_file_is_extracted_again_and_the_rest_skipped(inbox, tmp_path, capsys):
    store = tmp_path / "s"
    assert kg(capsys, "ingest", str(inbox), "--store", str(store))[0] == 0
    edited = inbox / SEEDS[0].name
    edited.write_text(edited.read_text(encoding="utf-8").replace("民政局", "民政事务局", 1), encoding="utf-8")
    code, out, err = kg(capsys, "ingest", str(inbox), "--store", str(store))
    assert code == 0, err
    assert (f"documents: 0 new, {len(SEEDS) - 1} unchanged, 1 replaced, 0 failed (of {len(SEEDS)} files, "
            f"{len(SEEDS) - 1} not extracted again") in out
    fresh = tmp_path / "fresh"
    assert kg(capsys, "ingest", str(inbox), "--store", str(fresh))[0] == 0
    assert stats(capsys, store) == stats(capsys, fresh)  # no stale facts of the old version


def test_same_text_in_other_bytes_is_extracted_once_then_skipped(inbox, tmp_path, capsys, no_extraction):
    store = tmp_path / "s"
    assert kg(capsys, "ingest", str(inbox), "--store", str(store))[0] == 0
    before = stats(capsys, store)
    respaced = inbox / SEEDS[1].name
    respaced.write_bytes(respaced.read_bytes().replace(b"\n", b"\r\n"))  # Windows line ends: same text
    code, out, _ = kg(capsys, "ingest", str(inbox), "--store", str(store))
    assert code == 0 and f"documents: 0 new, {len(SEEDS)} unchanged, 0 replaced" in out
    assert f"{len(SEEDS) - 1} not extracted again" in out
    assert stats(capsys, store) == before
    no_extraction()  # the new bytes' hash was recorded, so the next run reads nothing
    code, out, _ = kg(capsys, "ingest", str(inbox), "--store", str(store))
    assert code == 0 and f"{len(SEEDS)} not extracted again" in out


def test_a_changed_lexicon_forces_extraction_again(inbox, tmp_path, capsys, monkeypatch):
    """A line added to a lexicon changes the extractor version, so every stored document is extracted again."""
    store = tmp_path / "s"
    assert kg(capsys, "ingest", str(inbox), "--store", str(store))[0] == 0
    before = stats(capsys, store)
    old_version = loaders.version.extractor_version()

    lexicon = tmp_path / "program_slogans.txt"  # stands in for loaders/data/program_slogans.txt
    lexicon.write_text("幸福家园\n", encoding="utf-8")
    real_files = loaders.version.extractor_files()
    monkeypatch.setattr(loaders.version, "extractor_files", lambda: [*real_files, lexicon])
    loaders.version.extractor_version.cache_clear()
    try:
        assert loaders.version.extractor_version() == loaders.version.extractor_version()
        lexicon.write_text("幸福家园\n暖心工程\n", encoding="utf-8")
        loaders.version.extractor_version.cache_clear()
        new_version = loaders.version.extractor_version()
        assert new_version != old_version

        code, out, err = kg(capsys, "ingest", str(inbox), "--store", str(store))
        assert code == 0, err
        assert f"documents: 0 new, 0 unchanged, {len(SEEDS)} replaced, 0 failed (of {len(SEEDS)} files)" in out
        assert stats(capsys, store) == before  # same rules in fact: the same graph, rewritten
        with EmbeddedStore(store, read_only=True) as opened:
            assert {v for _, v in opened.document_stamps().values()} == {new_version}
        code, out, _ = kg(capsys, "ingest", str(inbox), "--store", str(store))
        assert code == 0 and f"{len(SEEDS)} not extracted again" in out
    finally:
        loaders.version.extractor_version.cache_clear()


def test_extractor_files_cover_code_and_data():
    names = {p.relative_to(loaders.version.LOADERS.parent).as_posix() for p in loaders.version.extractor_files()}
    data = {p.relative_to(loaders.version.LOADERS.parent).as_posix()
            for p in (loaders.version.LOADERS / "data").iterdir() if p.suffix != ".md"}
    assert data <= names and "loaders/pipeline.py" in names and "kg/schema.py" in names
    assert not any(name.endswith(".md") or "__pycache__" in name for name in names)


@pytest.mark.neo4j
def test_neo4j_reingest_skips_and_a_changed_extractor_replaces(neo4j_store, inbox, monkeypatch):
    from kg.commands.ingest import ingest

    first = ingest(neo4j_store, [str(inbox)])
    assert (first.new, first.failed) == (len(SEEDS), [])
    before = neo4j_store.stats()
    again = ingest(neo4j_store, [str(inbox)])
    assert (again.new, again.unchanged, again.skipped, again.replaced) == (0, len(SEEDS), len(SEEDS), 0)

    monkeypatch.setattr(loaders.version, "extractor_version", lambda: "0123456789abcdef")
    rewritten = ingest(neo4j_store, [str(inbox)])
    assert (rewritten.new, rewritten.skipped, rewritten.replaced, rewritten.failed) == (0, 0, len(SEEDS), [])
    assert neo4j_store.stats() == before
    assert {v for _, v in neo4j_store.document_stamps().values()} == {"0123456789abcdef"}
    assert ingest(neo4j_store, [str(inbox)]).skipped == len(SEEDS)
