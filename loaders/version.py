"""Which extractor made a document's facts: a hash of the loaders' code and data.

``kg ingest`` stores it on each Document (``extractor_version``) beside the
hash of the file it read (``content_hash``), and skips a file whose two hashes
are both unchanged: reading and extracting it again would give the same facts.
Anything that can change what :func:`loaders.load_file` returns is in the
hash: every ``.py`` file and data file under ``loaders/`` (rules, lexicons,
catalogues, the gazetteer), the graph model and schema it builds against, and
the versions of the tokeniser and script converter it calls. A researcher who
adds a line to a lexicon therefore gets every document extracted again on the
next ingest, without a flag to remember.

Hashing ~650 KB of files takes a few milliseconds, once per process.

>>> version = extractor_version()
>>> len(version), version == extractor_version()
(16, True)
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

LOADERS = Path(__file__).resolve().parent
_KG = LOADERS.parent / "kg"
# Outside loaders/: the classes a fragment is made of, and the labels and properties it may use.
EXTRA_FILES = (_KG / "model.py", _KG / "schema.py")
# Third-party code whose output becomes facts (word segmentation, traditional to simplified script).
PACKAGES = ("rjieba", "opencc-pyo3")
# Files under loaders/ that explain but don't extract.
IGNORED_SUFFIXES = (".md", ".pyc")


def extractor_files(root: Path = LOADERS) -> list[Path]:
    """The files whose bytes make the extractor version, in a fixed order.

    >>> names = [p.name for p in extractor_files()]
    >>> "pipeline.py" in names and "gazetteer.tsv" in names and "README.md" not in names
    True
    """
    files = [p for p in root.rglob("*") if p.is_file() and p.suffix not in IGNORED_SUFFIXES
             and "__pycache__" not in p.parts]
    return sorted(files) + [p for p in EXTRA_FILES if p.is_file()]


def version_of_files(files: list[Path], root: Path = LOADERS.parent, packages: tuple[str, ...] = PACKAGES) -> str:
    """16 hex digits over the files' paths (relative to ``root``) and bytes, and the packages' versions.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     lexicon = Path(folder) / "slogans.txt"
    ...     _ = lexicon.write_text("幸福家园\\n", encoding="utf-8")
    ...     before = version_of_files([lexicon], Path(folder), ())
    ...     _ = lexicon.write_text("幸福家园\\n暖心工程\\n", encoding="utf-8")
    ...     before != version_of_files([lexicon], Path(folder), ())
    True
    """
    digest = hashlib.sha1()
    for path in files:
        try:
            name = path.relative_to(root).as_posix()
        except ValueError:
            name = path.name
        data = path.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode("utf-8"))
        digest.update(data)
    for package in packages:
        try:
            installed = metadata.version(package)
        except metadata.PackageNotFoundError:
            installed = "-"
        digest.update(f"{package}=={installed}\0".encode("utf-8"))
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """The version of the extractor this process runs (computed once)."""
    return version_of_files(extractor_files())


def content_hash(data: bytes | Path, info: object = None) -> str:
    """16 hex digits over a file's bytes (or the file at a path, read in blocks) and its metadata row's ``repr``.

    A changed INDEX.tsv row changes the hash as a changed file does.

    >>> content_hash(b"abc") == content_hash(b"abc"), content_hash(b"abc") == content_hash(b"abd")
    (True, False)
    >>> content_hash(b"abc", None) == content_hash(b"abc", "row")
    False
    """
    if isinstance(data, Path):
        with data.open("rb") as file:  # in blocks: a huge file costs time, not memory
            digest = hashlib.file_digest(file, "sha1")
    else:
        digest = hashlib.sha1(data)
    if info is not None:
        digest.update(b"\0" + repr(info).encode("utf-8"))
    return digest.hexdigest()[:16]
