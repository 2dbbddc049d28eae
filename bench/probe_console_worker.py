"""What a console sandbox worker spends, forked cold or from a parent whose Cypher parser is warm.

Forks ``--workers`` children from this process, as the console's fork server does, each of which
opens the store read-only as a worker does (kg.stores.console_sandbox._open_store) and runs the
bench's console query twice; prints each child's CPU time for the open and the two queries. With
``--warm`` the parent first runs kg.stores._console_forkserver.warm_parser (what the fork server
does at start). Run from the repository root on a store (e.g. bench_api.py --keep-store DIR)::

    python bench/probe_console_worker.py --store DIR
    python bench/probe_console_worker.py --store DIR --warm
"""
from __future__ import annotations

import argparse
import os
import resource
import signal
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QUERY = "MATCH (a:Agency)-[:PROMOTES]->(p:Program) WHERE a.name = $name RETURN p.name AS program LIMIT 50"


def cpu_ms() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return (used.ru_utime + used.ru_stime) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--warm", action="store_true",
                        help="warm the parser in the parent first, as the fork server does")
    args = parser.parse_args()
    import kg.stores.console_sandbox as sandbox

    if args.warm:
        from kg.stores._console_forkserver import warm_parser

        warm_parser()
    figures = []
    for _ in range(args.workers):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            signal.alarm(20)
            start = cpu_ms()
            store = sandbox._open_store(args.store)
            opened = cpu_ms()
            store.run_cypher(QUERY, {"name": "营口市民政局"}, read_only=True, limit=51, timeout=10)
            first = cpu_ms()
            store.run_cypher(QUERY, {"name": "衢州市民政局"}, read_only=True, limit=51, timeout=10)
            second = cpu_ms()
            os.write(write_end, f"{opened - start} {first - opened} {second - first}".encode())
            os._exit(0)
        os.close(write_end)
        answer = os.read(read_end, 200).decode()
        os.close(read_end)
        os.waitpid(pid, 0)
        figures.append([float(x) for x in answer.split()])
    for name, column in zip(("open", "first query", "second query"), zip(*figures)):
        print(f"{'warm' if args.warm else 'cold'} parent: {name:12} CPU ms median {statistics.median(column):.1f} "
              f"(min {min(column):.1f}, max {max(column):.1f}) over {len(column)} workers")


if __name__ == "__main__":
    main()
