"""The documents a bench script reads, or a one-line error that stops it.

``kg.commands.ingest.find_inputs`` returns the paths it could not use beside the files; a bench that throws them
away times (or dumps) an empty or partial run when a folder is mistyped or missing, and its figure looks real.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable


def bench_inputs(paths: Iterable[str]) -> list[Path]:
    """The files under ``paths`` (as ``find_inputs`` gives them); exits with one line on stderr when a path
    can't be used or there is no document at all.

    >>> bench_inputs(["/nonexistent/civkg-bench"])
    Traceback (most recent call last):
    ...
    SystemExit: bench: /nonexistent/civkg-bench: no such file or folder
    """
    from kg.commands.ingest import find_inputs

    paths = list(paths)
    files, problems = find_inputs(paths)
    if problems:
        raise SystemExit("bench: " + "; ".join(f"{given}: {why}" for given, why in problems))
    if not files:
        raise SystemExit(f"bench: no documents in {', '.join(paths) or 'no path given'}")
    return files
