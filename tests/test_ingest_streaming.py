"""`kg ingest` reads the file list lazily: each file's metadata when its turn comes, jobs from a generator.

Fixtures are invented index files and short invented texts (not evidence of extraction quality);
the last test ingests the five real seed documents.
"""
from __future__ import annotations

from pathlib import Path

from kg.commands.ingest import MetadataLookup, extract_batches, ingest, metadata_for
from kg.stores.embedded import EmbeddedStore

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"
TEXT = "营口市民政局关于做好2021年社会救助工作的通知。全市城市低保标准提高到每人每月700元。"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_lookup_gives_what_reading_every_index_at_once_gave(tmp_path):
    root = tmp_path / "corpus"
    a, b, c = write(root / "a.txt", TEXT), write(root / "sub" / "b.txt", TEXT), write(root / "sub" / "c.txt", TEXT)
    loose = write(tmp_path / "elsewhere" / "d.txt", TEXT)
    # the root index names a file of the sub-folder, which has its own index naming it too (the deeper one wins)
    write(root / "INDEX.tsv", "file\ttitle\tyear\na.txt\t根目录甲\t2020\nsub/b.txt\t根目录乙\t2020\nsub/c.txt\t根目录丙\t2021\n")
    write(root / "sub" / "INDEX.tsv", "file\ttitle\tyear\nb.txt\t子目录乙\t2022\n")
    given = write(tmp_path / "meta.tsv", "file\ttitle\tyear\nd.txt\t外部丁\t2019\na.txt\t外部甲\t2018\n")
    files = [a, b, c, loose]
    lookup = MetadataLookup(files, [str(given)])
    titles = {f.name: lookup(f).title for f in files}
    assert titles == {"a.txt": "根目录甲", "b.txt": "子目录乙", "c.txt": "根目录丙", "d.txt": "外部丁"}
    assert {f.name: info.title for f, info in metadata_for(files, [str(given)]).items()} == titles
    assert lookup(b).source == str(b.resolve()) and lookup(b).year == 2022


def test_lookup_keeps_only_the_last_few_folders(tmp_path):
    files = []
    for folder in range(10):
        files.append(write(tmp_path / f"p{folder}" / "x.txt", TEXT))
        write(tmp_path / f"p{folder}" / "INDEX.tsv", f"file\ttitle\nx.txt\t第{folder}号\n")
    lookup = MetadataLookup(files)
    assert [lookup(f).title for f in files] == [f"第{i}号" for i in range(10)]
    assert len(lookup._folders) <= MetadataLookup.KEPT_FOLDERS


def test_extract_batches_takes_a_generator(tmp_path):
    files = [write(tmp_path / f"{i}.txt", TEXT.replace("700", str(700 + i))) for i in range(9)]
    jobs = [(str(f), None) for f in files]
    for workers, in_process in ((1, True), (2, False)):
        from_list = [r.path for batch in extract_batches(jobs, workers, in_process=in_process, min_batch=2,
                                                          max_batch=4) for r in batch]
        from_generator = [r.path for batch in extract_batches((job for job in jobs), workers, in_process=in_process,
                                                               min_batch=2, max_batch=4, count=len(jobs),
                                                               help_while_waiting=True) for r in batch]
        assert sorted(from_list) == sorted(from_generator) == sorted(str(f) for f in files)


def test_ingest_with_worker_processes_writes_what_serial_ingest_writes(tmp_path):
    with EmbeddedStore(tmp_path / "serial") as store:
        assert not ingest(store, [str(SEEDS)]).failed
        expected = store.stats()
    with EmbeddedStore(tmp_path / "workers") as store:
        report = ingest(store, [str(SEEDS)], workers=2, overlap=True, batch_size=2)
        assert not report.failed and report.new == 5
        assert store.stats() == expected
