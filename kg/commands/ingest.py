"""``kg ingest``, ``kg stats``, ``kg show`` and ``kg export``: fill a store and look inside it.

``kg ingest`` walks folders for .txt/.html/.htm files, picks up an
``INDEX.tsv`` lying beside them, extracts each file (in this process, or
with ``--workers 2+`` in worker processes that run ahead while this process
writes: :func:`loaders.load_file` is a pure function, so it parallelises) and
writes the documents in batches, each batch one transaction. For the embedded
store the workers also build the rows, so only compact tuples cross the
process boundary. A file that can't be
read, or whose extraction takes longer than ``--time-limit`` seconds, costs one
stderr line (``path: reason``) and the run carries on; the exit code is then
PartialFailure's (2, a bad input). Worker processes die with ``kg ingest``,
even when it is killed with ``kill -9``.
"""
from __future__ import annotations

import argparse
import re
import multiprocessing
import multiprocessing.context
import os
import signal
import sys
import threading
import time
from collections import defaultdict
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from kg.cli import add_store_arguments, store_from_args
from kg.commands.extract import add_model_arguments, apply_model_arguments
from kg.errors import CivkgError, InputError, PartialFailure
from kg.gc_rhythm import fewer_young_collections, raise_young_threshold
from kg.processes import die_with_parent  # noqa: F401 - also run by the fork server (_ingest_forkserver)

INGEST_SUFFIXES = (".txt", ".html", ".htm")
INDEX_NAME = "INDEX.tsv"
# Seconds one file may take to extract: a 1 MB adversarial file takes ~3 s (tests/test_loaders_fuzz.py),
# a typical corpus document 20-50 ms.
DEFAULT_TIME_LIMIT = 60.0


# -- finding files -------------------------------------------------------------------------
def find_inputs(paths: Iterable[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files to ingest under ``paths`` (absolute, sorted, each once) and the paths that can't be used.

    Absolute paths make a file's ``source`` the same whatever the working
    folder, so a changed file replaces its earlier version.

    A folder is walked recursively for .txt/.html/.htm files; a file named
    directly must have one of those suffixes.
    """
    found: dict[Path, None] = {}
    problems: list[tuple[str, str]] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = sorted(_resolve(p) for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in INGEST_SUFFIXES)
            if not files:
                problems.append((given, f"no {'/'.join(INGEST_SUFFIXES)} files in this folder"))
            found.update(dict.fromkeys(files))
        elif path.is_file():
            if path.suffix.lower() in INGEST_SUFFIXES:
                found[path.resolve()] = None
            else:
                problems.append((given, f"not a {'/'.join(INGEST_SUFFIXES)} file"))
        else:
            problems.append((given, "no such file or folder"))
    return list(found), problems


def _resolve(path: Path) -> Path:
    """``path.resolve()``, each folder resolved once per run (:func:`_resolved`)."""
    return Path(_resolved(str(path.absolute())))


def metadata_for(files: list[Path], index_files: Iterable[str] = ()) -> dict[Path, Any]:
    """DocumentInfo per file, from ``--metadata`` files and any INDEX.tsv beside the files.

    An index row names a file relative to the index's folder; a ``--metadata``
    index also matches files elsewhere by bare name. An index beside the
    files wins over one given with ``--metadata``. ``kg ingest`` asks
    :class:`MetadataLookup` one file at a time instead, so it never holds
    every file's metadata at once.
    """
    lookup = MetadataLookup(files, index_files)
    return {f: lookup(f) for f in files}


class MetadataLookup:
    """The DocumentInfo of one file at a time: :func:`metadata_for`'s answers, reading each folder's index as needed.

    ``metadata_for`` over 10^5 files held every file's DocumentInfo for the
    whole ingest (~0.9 KB a file, ~90 MB at 100,000 files). This reads the
    INDEX.tsv beside a file when a file of that folder is asked for and keeps
    the last few folders' rows; the ``--metadata`` indexes, and the rare rows
    that name a file in another folder (``sub/x.txt``), are read once up front.
    Where two indexes beside files name the same file, the later index in
    path order wins, as in a single read of them all.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     root = Path(folder)
    ...     (root / "sub").mkdir()
    ...     for name in ("a.txt", "sub/b.txt"):
    ...         _ = (root / name).write_text("x", encoding="utf-8")
    ...     _ = (root / "INDEX.tsv").write_text("file\\ttitle\\na.txt\\t甲\\nsub/b.txt\\t乙\\n", encoding="utf-8")
    ...     lookup = MetadataLookup([root / "a.txt", root / "sub" / "b.txt"])
    ...     [lookup(root / "a.txt").title, lookup(root / "sub" / "b.txt").title]
    ['甲', '乙']
    """

    KEPT_FOLDERS = 4

    def __init__(self, files: Iterable[Path], index_files: Iterable[str] = ()) -> None:
        from loaders.metadata import read_index

        self._read_index = read_index
        given = [Path(p) for p in index_files]
        self._by_name: dict[str, Any] = {}
        self._given: dict[Path, Any] = {}
        for index in given:
            if not index.is_file():
                raise InputError(f"{index}: metadata file not found")
            for name, info in read_index(index).items():
                self._given[_resolve(index.parent / name)] = info
                self._by_name[Path(name).name] = info  # an explicit index may describe files kept elsewhere
        self._beside = sorted({f.parent / INDEX_NAME for f in files if (f.parent / INDEX_NAME).is_file()})
        # rows naming a file outside their index's folder: (index, info) per file, the later index winning
        self._elsewhere: dict[Path, tuple[Path, Any]] = {}
        for index in self._beside:
            if _names_files_elsewhere(index):
                for name, info in read_index(index).items():
                    if Path(name).name != name:
                        self._elsewhere[_resolve(index.parent / name)] = (index, info)
        self._folders: dict[Path, dict[Path, Any]] = {}

    def __call__(self, file: Path) -> Any:
        """The file's DocumentInfo with ``source`` set to its absolute path, or None when no index names it."""
        resolved = _resolve(file)
        index = file.parent / INDEX_NAME
        found = None
        if index.is_file():
            info = self._folder_rows(file.parent, index).get(resolved)
            if info is not None:
                found = (index, info)
        other = self._elsewhere.get(resolved)
        if other is not None and (found is None or other[0] > found[0]):
            found = other
        info = found[1] if found else self._given.get(resolved, self._by_name.get(file.name))
        # An index names files by bare name (002.txt), so its rows say source=002.txt; the store
        # replaces documents by source, so each file's own absolute path must be its source.
        return replace(info, source=str(resolved)) if info is not None else None

    def _folder_rows(self, folder: Path, index: Path) -> dict[Path, Any]:
        rows = self._folders.get(folder)
        if rows is None:
            if len(self._folders) >= self.KEPT_FOLDERS:
                del self._folders[next(iter(self._folders))]
            rows = self._folders[folder] = {_resolve(index.parent / name): info
                                            for name, info in self._read_index(index).items()}
        return rows


def _names_files_elsewhere(index: Path) -> bool:
    """Whether any row of an index names its file with a folder (``sub/x.txt``); the file column only."""
    import csv

    try:
        with index.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            return any(("/" in name or "\\" in name) for name in (row.get("file") or "" for row in reader))
    except (OSError, UnicodeDecodeError, csv.Error):
        return False  # read_index will name the problem


def unchanged_files(jobs: Iterable[tuple[str, Any]], stamps: dict[str, tuple[str | None, str | None]]) -> set[str]:
    """The paths among ``jobs`` whose document is stored with this file's hash and this extractor's version.

    ``stamps`` maps a stored document's source to its ``(content_hash,
    extractor_version)`` (:meth:`kg.stores.base.Store.document_stamps`).
    Extracting such a file again would give the facts already stored, so it
    is neither read for extraction nor sent to a worker: only its bytes are
    hashed. A file the store doesn't know is not even hashed here.
    """
    from loaders.version import content_hash, extractor_version

    version = extractor_version()
    unchanged = set()
    for path, info in jobs:
        stored_hash, stored_version = stamps.get(path, (None, None))
        if stored_hash is None or stored_version != version:
            continue
        try:
            if content_hash(Path(path), info) == stored_hash:
                unchanged.add(path)
        except OSError:
            pass  # extraction will name the problem
    return unchanged


# -- extraction (runs in worker processes) -------------------------------------------------
@dataclass
class Extracted:
    """One file's outcome: its fragment (or the store's rows for it), or the reason it failed."""

    path: str
    fragment: Any = None
    error: str | None = None
    chars: int = 0
    entities: int = 0


class ExtractionTimeout(BaseException):
    """Raised inside a file's extraction when its time limit is up (a BaseException, so no loader's ``except Exception`` swallows it)."""


def _on_time_up(signum, frame) -> None:
    raise ExtractionTimeout()


class _time_limit:
    """``with _time_limit(seconds):`` raises ExtractionTimeout in the block once ``seconds`` have passed.

    A SIGALRM timer: Python code and the regex engine both stop at the next
    check of signals, so a stuck loader is interrupted where it is. Signals
    reach the main thread only; elsewhere, or with ``seconds`` 0 or None, no limit.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds if seconds and seconds > 0 and hasattr(signal, "setitimer") \
            and threading.current_thread() is threading.main_thread() else None

    def __enter__(self) -> None:
        if self.seconds:
            self.previous = signal.signal(signal.SIGALRM, _on_time_up)
            self.started = time.monotonic()
            self.outer = signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
            remaining, interval = self.outer
            if remaining > 0:  # someone else's timer was running: it goes on, less the time spent here
                signal.setitimer(signal.ITIMER_REAL, max(1e-3, remaining - (time.monotonic() - self.started)), interval)


_warmed_in: int | None = None


def _warm_up() -> None:
    """Build the loaders' lazily made parts once per process, so no time limit counts that one-time set-up."""
    global _warmed_in
    if _warmed_in != os.getpid():
        _warmed_in = os.getpid()
        from kg.commands._ingest_warmup import warm_up

        warm_up()


def extract_one(job: tuple[str, Any], prepare: Callable[[Any], Any] | None = None,
                time_limit: float | None = None) -> Extracted:
    """Extract one file, then turn it into rows with ``prepare`` when given; never raises.

    ``job`` is ``(path, DocumentInfo or None)``. The document is stamped with
    the hash of the bytes read and the extractor's version, so the next
    ingest can skip the file while both stay the same (:func:`unchanged_files`).
    One bad file can't stop a worker: any error becomes ``Extracted.error``,
    and so does an extraction that takes longer than ``time_limit`` seconds.
    """
    path, info = job
    try:
        from loaders import load_file
        from loaders.version import content_hash, extractor_version

        _warm_up()  # a process's first document would pay the one-time set-up (0.3-1 s); the limit is for the document

        try:
            # Hashed before reading for extraction: a file rewritten meanwhile won't match next time.
            stamp = content_hash(Path(path), info)
        except OSError:
            stamp = None  # load_file says why the file can't be read
        try:
            with _time_limit(time_limit):
                fragment = load_file(path, info)
        except ExtractionTimeout:
            return Extracted(path, None, f"extraction took longer than {time_limit:g} s (--time-limit); skipped")
        # load_file names a document by its bare file name; two folders may both hold 002.txt,
        # and the store replaces documents by source, so the source must be the full path.
        fragment.document.properties["source"] = _resolved(path)
        fragment.document.properties["content_hash"] = stamp
        fragment.document.properties["extractor_version"] = extractor_version()
        chars = fragment.document.properties.get("char_count") or len(fragment.document.properties.get("text") or "")
        entities = len(fragment.nodes)
        if prepare is not None:
            fragment = prepare(fragment)
        return Extracted(path, fragment, None, int(chars), entities)
    except CivkgError as error:
        return Extracted(path, None, str(error).splitlines()[0] if str(error) else type(error).__name__)
    except Exception as error:  # a loader bug must not take the whole run down
        return Extracted(path, None, f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}")


_resolved_folders: dict[str, str] = {}


def _resolved(path: str) -> str:
    """``str(Path(path).resolve())``, resolving each folder once (a process extracts many files of few folders).

    ``os.path.realpath`` walks every component of the path in Python (a system call each): over 10^5
    files in a few folders that was most of a re-ingest of unchanged files. A file that is no
    symlink resolves to its resolved folder joined with its name; a folder is taken to resolve
    the same way for the rest of the run.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     file = Path(folder) / "a.txt"
    ...     _ = file.write_text("x")
    ...     link = Path(folder) / "b.txt"
    ...     link.symlink_to(file)
    ...     [_resolved(str(p)) == str(p.resolve()) for p in (file, link, Path(folder) / "." / "a.txt", Path(folder) / "none.txt")]
    [True, True, True, True]
    """
    folder, name = os.path.split(path)
    if name in ("", ".", "..") or not os.path.isabs(path) or os.path.islink(path):
        return str(Path(path).resolve())  # a relative path depends on the working folder: not cached
    resolved = _resolved_folders.get(folder)
    if resolved is None:
        if len(_resolved_folders) >= 4096:
            _resolved_folders.clear()
        resolved = _resolved_folders[folder] = str(Path(folder).resolve())
    return os.path.join(resolved, name)


def extract_chunk(jobs: list[tuple[str, Any]], prepare: Callable[[Any], Any] | None = None,
                  time_limit: float | None = None) -> list[Extracted]:
    """:func:`extract_one` over several files: one round trip to a worker per chunk, not per file."""
    return [extract_one(job, prepare, time_limit) for job in jobs]


def extract_all(jobs: list[tuple[str, Any]], workers: int, prepare: Callable[[Any], Any] | None = None,
                in_process: bool | None = None, lookahead: int = 512) -> Iterator[Extracted]:
    """Extracted files in input order, from ``workers`` processes, or in this process.

    ``in_process`` defaults to ``workers <= 1``. With processes, up to
    ``lookahead`` files are being extracted (or wait, extracted) ahead of the
    consumer, so the workers keep going while the caller is busy.
    """
    for batch in extract_batches(jobs, workers, prepare, in_process, 1, 1, lookahead):
        yield from batch


def extract_batches(jobs: Iterable[tuple[str, Any]], workers: int, prepare: Callable[[Any], Any] | None = None,
                    in_process: bool | None = None, min_batch: int = 256, max_batch: int = 2048,
                    lookahead: int | None = None, each: Callable[[Extracted], None] | None = None,
                    help_while_waiting: bool = False, time_limit: float | None = None,
                    count: int | None = None) -> Iterator[list[Extracted]]:
    """Extracted files in input order, in batches of ``min_batch`` to ``max_batch`` files.

    With worker processes a batch holds at least ``min_batch`` files (fewer
    only at the end) plus every further file already extracted, up to
    ``max_batch``: while the consumer writes one batch the workers extract the
    next, and the slower the writing the bigger (so cheaper per document) the
    next batch. In this process (``in_process``, default ``workers <= 1``)
    batches are ``max_batch`` files. ``each(result)`` is called for every
    file as soon as its result is in (for progress and error lines).

    With ``help_while_waiting``, this process extracts the next files of
    the queue whenever it would otherwise wait for a worker (above all while
    the workers start, ~0.8 s); batches are then not in input order.
    ``time_limit`` bounds each file's extraction (seconds; see :func:`extract_one`).

    ``jobs`` may be a generator, read as extraction proceeds (``kg ingest``
    makes each file's job when its turn comes); ``count`` then says how many
    it will give (it sizes the chunks sent to workers). A list is counted.
    """
    def seen(results: list[Extracted]) -> list[Extracted]:
        if each is not None:
            for result in results:
                each(result)
        return results

    if in_process is None:
        in_process = workers <= 1
    min_batch, max_batch = max(1, min_batch), max(1, min_batch, max_batch)
    if count is None:
        jobs = list(jobs)
        count = len(jobs)
    if in_process or not count:
        for chunk in _chunks(jobs, max_batch):
            yield [seen([extract_one(job, prepare, time_limit)])[0] for job in chunk]
        return
    workers = max(1, workers)
    # Chunks amortise inter-process overhead on many short files without starving a worker.
    chunksize = max(1, min(16, count // (workers * 4)))
    upcoming = _chunks(jobs, chunksize)  # made as they are handed out, not all at once
    # Files handed to workers ahead of the consumer: enough to keep them busy through a long write,
    # not so many that nothing is left for this process to help with while they start.
    window = max(2 * workers, (lookahead or max_batch // 2) // chunksize)
    with ProcessPoolExecutor(max_workers=workers, mp_context=_worker_context(),
                             initializer=start_worker) as pool:
        pending: deque[Future] = deque()
        helped: list[Extracted] = []

        def submit_next() -> None:
            if (chunk := next(upcoming, None)) is not None:
                pending.append(pool.submit(extract_chunk, chunk, prepare, time_limit))

        def take_next() -> list[Extracted]:
            while help_while_waiting and not pending[0].done() and (chunk := next(upcoming, None)) is not None:
                helped.extend(seen(extract_chunk(chunk, prepare, time_limit)))
            done = pending.popleft().result()
            submit_next()  # refill at once, so workers never idle
            return seen(done)

        for _ in range(window):
            submit_next()
        while pending:
            batch = take_next()
            while pending and (len(batch) + len(helped) < min_batch or pending[0].done()) \
                    and len(batch) + len(helped) < max_batch:
                batch.extend(take_next())
            batch.extend(helped)
            helped.clear()
            yield batch


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items (the last may be shorter), taken from ``items`` one list at a time.

    >>> list(_chunks(iter(range(5)), 2))
    [[0, 1], [2, 3], [4]]
    """
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _worker_context() -> multiprocessing.context.BaseContext:
    """A fork server with the loaders preloaded, never a plain fork.

    The caller has usually opened a store already, and LadybugDB runs
    threads: a child forked from such a process can inherit a held lock and
    hang forever. The fork server is a clean process that imported the
    loaders once, so workers still start in milliseconds.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.commands._ingest_warmup", "kg.commands.ingest", "kg.commands._ingest_forkserver"])
    return context


# -- garbage collection --------------------------------------------------------------------
# CPython examines its youngest objects every 700 net allocations; extracting a document
# allocates tens of thousands (mentions, nodes, edges, rows), most dead within the document. At
# every 20,000 most of them are freed by reference counting before any collection looks at them:
# extraction and row building in one process take 5-10 % less CPU (docs/benchmarks.md). Older
# generations keep their usual rhythm, so cyclic garbage is still collected.
EXTRACTION_GC_THRESHOLD = 20_000


def start_worker() -> None:
    """Initialiser of an extraction worker: dies with its parent, and collects young objects less often."""
    die_with_parent()
    raise_young_threshold(EXTRACTION_GC_THRESHOLD)


# -- ingest --------------------------------------------------------------------------------
@dataclass
class IngestReport:
    files: int = 0
    new: int = 0
    unchanged: int = 0
    skipped: int = 0  # of the unchanged: not extracted again (same file hash, same extractor version)
    replaced: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    nodes_written: int = 0
    edges_written: int = 0
    chars: int = 0
    seconds: float = 0.0


def ingest(store, paths: list[str], workers: int = 1, metadata: Iterable[str] = (), batch_size: int = 2048,
           progress: bool = False, on_error=None, overlap: bool | None = None,
           time_limit: float | None = DEFAULT_TIME_LIMIT) -> IngestReport:
    """Extract the files under ``paths`` and write them into ``store``; return what happened.

    Extraction runs in ``workers`` processes while this process writes the
    previous batch, so extracting and writing overlap; this process also
    extracts whenever it has nothing to write (while the workers start, or
    when writing is faster than extracting). ``overlap`` defaults to
    ``workers > 1``: with ``workers=1`` everything runs in this process, one
    core, no start-up or pickling cost; ``overlap=True`` with ``workers=1`` is
    one extraction process beside the writing (and helping) process. On a
    machine whose other core is busy the serial way is the faster one.
    A store that offers ``fragment_preparer`` gets its rows built in the workers too.

    ``on_error(path, reason)`` is called once per file that failed, as it fails;
    a file whose extraction takes longer than ``time_limit`` seconds is one of them.
    """
    started = time.perf_counter()
    report = IngestReport()
    files, problems = find_inputs(paths)
    for path, reason in problems:
        report.failed.append((path, reason))
        if on_error:
            on_error(path, reason)
    report.files = len(files)
    # One file's job at a time (its metadata read when its turn comes), and the paths as strings:
    # at 10^5 files, every file's DocumentInfo and Path held for the whole run were ~100 MB.
    metadata_of = MetadataLookup(files, metadata) if files else None
    sources = [str(f) for f in files]
    del files
    if overlap is None:
        overlap = workers > 1
    prepare = getattr(store, "fragment_preparer", None)

    def write(documents: list[Any]):
        if prepare is not None:  # one transaction per batch this function hands over
            return store.write_prepared(documents, batch_size=len(documents))
        return store.write_fragments(documents)

    bar = _progress_bar(len(sources), progress)
    batch: list[Any] = []
    entities = 0

    def flush() -> None:
        summary = write(batch)
        report.new += summary.documents - summary.replaced
        report.replaced += summary.replaced
        report.unchanged += summary.unchanged
        report.nodes_written += summary.nodes
        report.edges_written += summary.edges
        for name, reason in summary.failed:
            report.failed.append((name, f"not written: {reason}"))
            if on_error:
                on_error(name, f"not written: {reason}")
        batch.clear()

    def jobs(skip: set[str] = frozenset()) -> Iterator[tuple[str, Any]]:
        for source in sources:
            if source not in skip:
                yield source, metadata_of(Path(source))

    skip: set[str] = set()
    stamps = store.document_stamps()
    if stamps:
        skip = unchanged_files(jobs(), stamps)
        del stamps
        if skip:
            report.unchanged += len(skip)
            report.skipped = len(skip)
            if bar is not None:
                bar.update(len(skip))
    def account(result: Extracted) -> None:
        nonlocal entities
        if result.error is not None:
            report.failed.append((result.path, result.error))
            if on_error:
                on_error(result.path, result.error)
        else:
            report.chars += result.chars
            entities += result.entities
        if bar is not None:
            bar.update(1)
            bar.set_postfix(entities=entities, refresh=False)

    with fewer_young_collections(EXTRACTION_GC_THRESHOLD):
        for extracted in extract_batches(jobs(skip), workers, prepare, in_process=not overlap,
                                         min_batch=least_batch(batch_size), max_batch=batch_size, each=account,
                                         help_while_waiting=True, time_limit=time_limit,
                                         count=len(sources) - len(skip)):
            batch.extend(result.fragment for result in extracted if result.error is None)
            if batch:
                flush()
    if bar is not None:
        bar.close()
    report.seconds = time.perf_counter() - started
    return report


def least_batch(batch_size: int) -> int:
    """The fewest documents the writer waits for when workers extract: half of ``batch_size``.

    The writer is faster per document than the workers together, so it catches up after every
    batch and writes whatever this minimum is. Each transaction has fixed costs (a key lookup per
    label, a load per edge kind, the commit): on 4,000 generated documents the writer's CPU per
    1,000 documents was 3.74 s in batches of 512 (a quarter, the old minimum) against 2.12 s in
    batches of 1,024 and 2.34 s of 2,048 (bench/bench_write_batches.py, docs/benchmarks.md). While
    it waits, the writing process extracts files itself, so waiting for more costs no idle core.

    >>> least_batch(2048), least_batch(3), least_batch(1)
    (1024, 1, 1)
    """
    return max(1, batch_size // 2)


def _progress_bar(total: int, enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="ingest", file=sys.stderr, dynamic_ncols=True)


def _run_ingest(args: argparse.Namespace) -> int:
    if args.workers < 1:
        raise InputError(f"--workers must be at least 1, got {args.workers}")
    if args.time_limit < 0:
        raise InputError(f"--time-limit must be 0 (none) or more seconds, got {args.time_limit:g}")
    show_progress = not args.quiet and sys.stderr.isatty()
    apply_model_arguments(args)  # before the worker processes start: they read it from the environment

    def on_error(path: str, reason: str) -> None:
        # Reader errors already start with the path; say it once.
        print(reason if reason.startswith(f"{path}:") else f"{path}: {reason}", file=sys.stderr)

    with store_from_args(args) as store:
        report = ingest(store, args.paths, workers=args.workers, metadata=args.metadata or (),
                        batch_size=args.batch_size, progress=show_progress, on_error=on_error,
                        time_limit=args.time_limit)
        totals = store.stats()
    if not args.quiet:
        seconds = max(report.seconds, 1e-9)
        skipped = f", {report.skipped} not extracted again: same file, same extractor" if report.skipped else ""
        print(f"documents: {report.new} new, {report.unchanged} unchanged, {report.replaced} replaced, "
              f"{len(report.failed)} failed (of {report.files} files{skipped})")
        print(f"store: {sum(totals['nodes'].values())} nodes, {sum(totals['relationships'].values())} edges "
              f"(this run wrote {report.nodes_written} node rows, {report.edges_written} edges)")
        print(f"speed: {report.files / seconds:.1f} docs/s, {report.chars / seconds:,.0f} chars/s "
              f"in {report.seconds:.2f} s with {args.workers} extraction worker(s)")
    if report.failed:
        raise PartialFailure(f"{len(report.failed)} input(s) failed (listed above); the rest were ingested")
    return 0


# -- stats / show / export -----------------------------------------------------------------
def _run_stats(args: argparse.Namespace) -> int:
    with store_from_args(args, read_only=True) as store:
        counts = store.stats()
    if args.json:
        import json

        print(json.dumps(counts, ensure_ascii=False, indent=2))
        return 0
    for title, table in (("nodes", counts["nodes"]), ("relationships", counts["relationships"])):
        print(f"{title}: {sum(table.values())}")
        for name, count in sorted(table.items(), key=lambda item: (-item[1], item[0])):
            if count or args.all:
                print(f"  {name:<14} {count:>8}")
    return 0


def find_entity(store, name: str, label: str | None = None) -> dict[str, Any] | None:
    """The node called ``name`` (exact name, then exact alias), else the best substring match."""
    hits = store.search(name, [label] if label else None, limit=50)
    for hit in hits:
        if hit["name"] == name:
            return hit
    for hit in hits:
        if name in hit["aliases"]:
            return hit
    return hits[0] if hits else None


def format_entity(store, node: dict[str, Any], limit: int = 200) -> list[str]:
    """Lines describing a node: its properties, then neighbours by relationship type with source sentences."""
    lines = [f"{node['name']}  [{node['label']}]  key={node['key']}"]
    if node["aliases"]:
        lines.append(f"  aliases: {', '.join(node['aliases'])}")
    for prop, value in node["properties"].items():
        if value is not None and prop != "text":
            lines.append(f"  {prop}: {value}")
    around = store.neighbours(node["key"], limit=limit)
    names = {n["key"]: n for n in around["nodes"]}
    groups: dict[tuple[str, str], dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for edge in around["edges"]:
        outward = edge["source"] == node["key"]
        other = edge["target"] if outward else edge["source"]
        arrow = "->" if outward else "<-"
        groups[(edge["type"], arrow)][other].append(edge)
    documents = {k: n for k, n in names.items() if n["label"] == "Document"}
    for (rel_type, arrow), others in sorted(groups.items()):
        lines.append("")
        lines.append(f"{arrow} {rel_type} ({len(others)})")
        for other_key, edges in others.items():
            other = names.get(other_key, {"name": other_key, "label": "?"})
            lines.append(f"  {other['name']}  [{other['label']}]")
            seen_sentences = set()
            for edge in edges:
                props = edge["properties"]
                sentence = (props.get("sentence") or "").strip()
                if not sentence or (props.get("doc_id"), sentence) in seen_sentences:
                    continue
                seen_sentences.add((props.get("doc_id"), sentence))
                doc = documents.get(f"Document:{props.get('doc_id')}")
                where = doc["name"] if doc else props.get("doc_id")
                lines.append(f"      “{sentence}”  ({where}, sentence {props.get('sentence_index')})")
    return lines


def plan_documents(store, name: str) -> tuple[str, list[str]] | None:
    """A plan named by its id (营口市:2021, a document id) or its label (营口市 2021 标题…): (label, document keys).

    The labels are those ``kg similar``, ``kg compare`` and the heatmap print, so every plan they show opens here.
    """
    from kg.analysis.plans import build_plans
    from kg.analysis.snapshot import GraphData

    wanted = name.strip()
    data = GraphData.from_store(store, labels=("Document", "Place"), rel_types=("ABOUT_PLACE",))
    for by in ("place_year", "document"):
        for plan in build_plans(data, by=by, with_tokens=False):
            if wanted in (plan.id, plan.label()) or (len(wanted) >= 6 and by == "document" and plan.id.startswith(wanted)):
                return plan.label(), [f"Document:{doc}" for doc in plan.doc_ids]
    return None


def _run_show(args: argparse.Namespace) -> int:
    with store_from_args(args, read_only=True) as store:
        if args.label in (None, "Document") and (":" in args.name or " " in args.name.strip()
                                                 or re.fullmatch(r"[0-9a-f]{6,16}", args.name.strip())):
            plan = plan_documents(store, args.name)
            if plan is not None:
                label, keys = plan
                print(f"plan {label}: {len(keys)} document(s)")
                for key in keys:
                    node = store.get_node(key)
                    if node is not None:
                        print()
                        for line in format_entity(store, node, args.limit):
                            print(line)
                return 0
        node = find_entity(store, args.name, args.label)
        if node is None:
            raise InputError(f"nothing named like {args.name!r} in the store")
        for line in format_entity(store, node, args.limit):
            print(line)
        if node["label"] == "Agency":
            # what the agency runs, convened, who serves in it, what its documents target
            from kg.analysis.rollup import agency_rollup

            print()
            print(agency_rollup(store, node["key"], limit=args.limit).to_text())
    return 0


def _run_export(args: argparse.Namespace) -> int:
    from kg.export import export

    with store_from_args(args, read_only=True) as store:
        written = export(store, args.format, args.out)
    for path in written:
        print(path)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    ingest_parser = subparsers.add_parser(
        "ingest", help="extract documents and write them into the store",
        description="Extract .txt/.html/.htm files (folders are walked) and write them into the store. "
                    "An INDEX.tsv beside the files is used as metadata. Ingesting the same text twice changes "
                    "nothing; a changed file replaces its old facts.")
    ingest_parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to ingest")
    ingest_parser.add_argument("--workers", type=int, default=1, help="extraction processes (default 1); they extract while this process writes")
    ingest_parser.add_argument("--metadata", action="append", metavar="INDEX.tsv",
                               help="a metadata index for the files (repeatable); INDEX.tsv beside files is automatic")
    ingest_parser.add_argument("--batch-size", type=int, default=2048,
                               help="most documents per write transaction (default 2048; half of it at least, "
                                    "when extraction runs in worker processes)")
    ingest_parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                               help=f"most seconds one file may take to extract (default {DEFAULT_TIME_LIMIT:g}; 0: "
                                    "no limit); a file over it gets one error line and the rest carries on")
    ingest_parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    add_model_arguments(ingest_parser)
    add_store_arguments(ingest_parser)
    ingest_parser.set_defaults(func=_run_ingest)

    stats_parser = subparsers.add_parser("stats", help="count nodes by label and relationships by type")
    stats_parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    stats_parser.add_argument("--all", action="store_true", help="list labels and types with zero count too")
    add_store_arguments(stats_parser)
    stats_parser.set_defaults(func=_run_stats)

    show_parser = subparsers.add_parser("show", help="an entity, its neighbours and the sentences that say so")
    show_parser.add_argument("name", help="entity name (exact, else the best substring match; traditional script is fine)")
    show_parser.add_argument("--label", help="only entities with this label, e.g. Agency")
    show_parser.add_argument("--limit", type=int, default=200, help="most neighbours to list")
    add_store_arguments(show_parser)
    show_parser.set_defaults(func=_run_show)

    export_parser = subparsers.add_parser("export", help="write the graph as GraphML, node-link JSON or neo4j-admin CSV")
    export_parser.add_argument("--format", choices=("graphml", "json", "csv"), required=True)
    export_parser.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    add_store_arguments(export_parser)
    export_parser.set_defaults(func=_run_export)
