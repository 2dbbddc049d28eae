"""Count the instructions of chosen phases of a Python script run under ``valgrind --tool=callgrind``.

The bench scripts that count instructions (``bench_ingest_instructions.py``, ``bench_extract_instructions.py``)
run themselves as the child with instrumentation off; between phases the child calls :func:`handshake`, and the
parent (:func:`count_phases`) sends each phase's ``callgrind_control`` commands (switch instrumentation on, zero,
dump under a label, …) before letting it go on. Each ``--dump=LABEL`` gives one count.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Sequence


def handshake(folder: Path, phase: str) -> None:
    """In the child: say ``phase`` is ready, and wait until the parent has sent its commands."""
    (folder / f"{phase}.ready").touch()
    while not (folder / f"{phase}.go").exists():
        time.sleep(0.1)


def _wait_for(flag: Path, child: subprocess.Popen) -> None:
    while not flag.exists():
        if child.poll() is not None:
            raise SystemExit(f"the measured process ended early (exit {child.returncode}); see its output above")
        time.sleep(0.5)


def callgrind_available() -> bool:
    """Whether valgrind's callgrind and callgrind_control are installed (a message on stderr when not)."""
    if shutil.which("valgrind") and shutil.which("callgrind_control"):
        return True
    print("needs valgrind (callgrind and callgrind_control)", file=sys.stderr)
    return False


def count_phases(script: str, arguments: Sequence[str], folder: Path,
                 phases: Sequence[tuple[str, Sequence[str]]]) -> dict[str, int]:
    """Run ``script arguments --child folder`` under callgrind (instrumentation off at start); at each phase's
    handshake send its ``callgrind_control`` commands; the instructions of each ``--dump=LABEL``, by label."""
    child = subprocess.Popen(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                              f"--callgrind-out-file={folder / 'callgrind.out'}", sys.executable, script,
                              *arguments, "--child", str(folder)], stderr=subprocess.DEVNULL)
    for phase, commands in phases:
        _wait_for(folder / f"{phase}.ready", child)
        for command in commands:
            subprocess.run(["callgrind_control", command, str(child.pid)], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        (folder / f"{phase}.go").touch()
    child.wait()
    counts: dict[str, int] = {}
    for dump in sorted(folder.glob("callgrind.out.*")):
        head = dump.read_text(errors="replace")[:4000]
        label = re.search(r"^desc: Trigger: .*?dump (\w+)", head, re.M)
        total = re.search(r"^(?:summary|totals): (\d+)", head, re.M)
        if label and total:
            counts[label.group(1)] = int(total.group(1))
    return counts


def one_phase_main(script: str, argv: Sequence[str] | None, child: Callable[[Path, list[str]], None], label: str,
                   description: str, usage: str) -> int:
    """The ``main`` of a bench that counts one phase (``usage``: its ``--help`` text): parse ``folders`` (and the
    hidden ``--child``); as the child run ``child(folder, folders)``, which calls :func:`handshake` with "count"
    then "end"; as the parent print ``description`` and the instructions between the two."""
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=usage)
    parser.add_argument("folders", nargs="*", help="more folders of documents (e.g. generated ones)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child), args.folders)
        return 0
    if not callgrind_available():
        return 2
    folder = Path(tempfile.mkdtemp(prefix=f"civkg-{label}-instructions-"))
    try:
        counts = count_phases(script, args.folders, folder,
                              (("count", ["--instr=on", "--zero"]), ("end", [f"--dump={label}", "--instr=off"])))
        if label in counts:
            print(f"{description}: {counts[label]:,}")
            return 0
        print("could not read the count", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
