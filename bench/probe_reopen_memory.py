"""Does closing and reopening the embedded store every 1,000 documents bound ingest memory? RSS of the writer.

    python bench/probe_reopen_memory.py keep 5     # one store open throughout
    python bench/probe_reopen_memory.py reopen 5   # closed and reopened after every 1,000 documents

Reads the first N folders of /tmp/civkg-re10k/corpus (`python bench/gen_corpus.py /tmp/civkg-re10k/corpus --docs 10000`).
"""
import glob
import shutil
import sys
import time

from kg.commands.ingest import ingest
from kg.stores.embedded import EmbeddedStore

def rss_mb():
    """This process's resident memory now and its peak so far (MB), from /proc."""
    for line in open("/proc/self/status"):
        if line.startswith(("VmRSS", "VmHWM")):
            yield line.split()[0], int(line.split()[1]) // 1024

def main():
    mode, count = sys.argv[1], int(sys.argv[2])
    path = f"/tmp/civkg-mem/store-{mode}"
    shutil.rmtree(path, ignore_errors=True)
    store = EmbeddedStore(path)
    started = time.time()
    for i, folder in enumerate(sorted(glob.glob("/tmp/civkg-re10k/corpus/p*"))[:count]):
        report = ingest(store, [folder], workers=2)
        if mode == "reopen":
            store.close()  # checkpoints on close
            store = EmbeddedStore(path)
        print(mode, (i + 1) * 1000, dict(rss_mb()), f"{time.time() - started:.0f} s", report.new, flush=True)
    store.close()


if __name__ == "__main__":
    main()
