"""``kg ingest`` against stuck files and sudden death, as real subprocesses.

- a file whose extraction takes longer than ``--time-limit`` costs one line
  (``path: reason``), the rest is ingested, the exit code is 2 (a bad input);
- ``kill -9`` of ``kg ingest --workers 2`` leaves no process behind.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.stores.embedded import EmbeddedStore

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]
# Invented text that keeps every rule busy: ~1.6 M characters (4.8 MB, under the 5 MB read limit)
# take several seconds to extract, far over the 1 s limit the test sets; a corpus document takes ~50 ms.
SLOW_UNIT = "营口市民政局在大石桥市召开全市民政工作会议，张明副市长出席，农村低保标准提高到每人每月600元，"


def _inbox(tmp_path: Path, copies: int = 3) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for good in sorted((CORPUS / "dev").glob("*.txt"))[:copies]:
        shutil.copy(good, inbox / good.name)
    return inbox


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_stuck_file_is_one_error_line_and_the_rest_is_ingested(tmp_path, workers):
    inbox = _inbox(tmp_path)
    slow = inbox / "zz_slow.txt"
    slow.write_text(SLOW_UNIT * (1_600_000 // len(SLOW_UNIT)), encoding="utf-8")
    store = tmp_path / "s"
    started = time.perf_counter()
    result = subprocess.run([*KG, "ingest", str(inbox), "--store", str(store), "--workers", workers,
                             "--time-limit", "1"], capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - started
    print(f"\n--workers {workers}: {seconds:.1f} s; stderr: {result.stderr.strip()}")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"{slow}: extraction took longer than 1 s (--time-limit); skipped"
    assert lines[-1].startswith("kg ingest: 1 input(s) failed") and len(lines) == 2
    assert "documents: 3 new, 0 unchanged, 0 replaced, 1 failed (of 4 files)" in result.stdout
    with EmbeddedStore(store, read_only=True) as opened:
        assert opened.stats()["nodes"]["Document"] == 3


def test_no_time_limit_with_zero(tmp_path):
    from kg.commands.ingest import extract_one

    inbox = _inbox(tmp_path, copies=1)
    path = str(next(inbox.iterdir()))
    assert extract_one((path, None), time_limit=0).error is None
    assert "took longer than 1e-06 s" in extract_one((path, None), time_limit=1e-6).error


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def _descendants(pid: int) -> set[int]:
    children, found, todo = _children(), set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's wait is missing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG and /proc are Linux's")
def test_kill_9_of_ingest_with_workers_leaves_no_process_behind(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    documents = sorted((CORPUS / "dev").glob("*.txt"))
    for copy in range(6):  # ~400 files: the run lasts well beyond the kill
        for document in documents:
            text = document.read_text(encoding="utf-8")
            (inbox / f"{copy}_{document.name}").write_text(f"{text}\n第{copy}份。", encoding="utf-8")
    process = subprocess.Popen([*KG, "ingest", str(inbox), "--store", str(tmp_path / "s"), "--workers", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    family: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(family) < 3:  # the fork server and its 2 workers
            time.sleep(0.2)
            family = {pid for pid in _descendants(process.pid) if _alive(pid)}
            assert process.poll() is None, "kg ingest finished before it could be killed"
        assert len(family) >= 3, family
        time.sleep(1.0)  # the workers are extracting
        family |= {pid for pid in _descendants(process.pid) if _alive(pid)}
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(pid) for pid in family):
            time.sleep(0.2)
        survivors = [pid for pid in family if _alive(pid)]
        assert not survivors, f"processes left after kill -9 of kg ingest: {survivors}"
    finally:
        for pid in family | _descendants(process.pid) | {process.pid}:  # never leave them to the next test
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


_CHECKPOINTER = r"""
import sys
from kg.stores.embedded import EmbeddedStore
store = EmbeddedStore(sys.argv[1])
# many committed rows, so that folding them into the database file takes a while
store._rows("UNWIND range(1, 150000) AS i CREATE (:Topic {key: 'Topic:t' + string(i), name: 't' + string(i)})")
print("checkpointing", flush=True)
store.checkpoint()
print("done", flush=True)
"""


def test_kill_9_during_a_checkpoint_leaves_a_store_read_only_commands_open(tmp_path):
    """Before the fix ``kg stats`` said "damaged" until a writer opened the store."""
    import ladybug

    store = tmp_path / "s"
    seeds = subprocess.run([*KG, "ingest", str(CORPUS / "seeds"), "--store", str(store), "--quiet"],
                           capture_output=True, text=True, timeout=300)
    assert seeds.returncode == 0, seeds.stderr
    interrupted = False
    for delay in (0.05, 0.2, 0.5, 1.0):  # kill inside the checkpoint: the first delay usually does
        writer = subprocess.Popen([sys.executable, "-c", _CHECKPOINTER, str(store)], stdout=subprocess.PIPE, text=True)
        assert writer.stdout.readline().strip() == "checkpointing"
        time.sleep(delay)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
        try:  # what every read-only command did before: a raw read-only open
            ladybug.Database(str(store / "graph.lbdb"), read_only=True).close()
        except RuntimeError as error:
            assert "checkpoint recovery is pending" in str(error)
            interrupted = True
            break
    assert interrupted, "no kill landed inside a checkpoint"
    result = subprocess.run([*KG, "stats", "--store", str(store), "--json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    import json

    counts = json.loads(result.stdout)["nodes"]
    assert counts["Document"] == len(list((CORPUS / "seeds").glob("*.txt")))
    assert counts["Topic"] >= 150000  # the killed writer had committed them: nothing committed is lost
