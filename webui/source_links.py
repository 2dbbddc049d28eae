"""The web address a document was crawled from, for "来源".

A document's ``source`` property is the file it was read from. When that file
sits beside a crawler's ``INDEX.tsv`` with a ``source`` column holding the
page's web address, the address is what a researcher wants to follow (and
cite), not a path on the server. Index files are read once per folder.

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> _ = open(os.path.join(folder, "INDEX.tsv"), "w", encoding="utf-8").write(
...     "file\\tsource\\ttitle\\n001.txt\\thttp://www.example.gov.cn/a.html\\t标题\\n")
>>> web_address(os.path.join(folder, "001.txt"))
'http://www.example.gov.cn/a.html'
>>> web_address(os.path.join(folder, "002.txt")) is None, web_address("https://x.cn/y.html")
(True, 'https://x.cn/y.html')
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

INDEX_NAMES = ("INDEX.tsv", "index.tsv")
WEB = ("http://", "https://")


@lru_cache(maxsize=256)
def _folder_index(folder: str) -> dict[str, str]:
    for name in INDEX_NAMES:
        path = Path(folder) / name
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle, delimiter="\t")
                if not reader.fieldnames or "file" not in reader.fieldnames or "source" not in reader.fieldnames:
                    return {}
                return {(row.get("file") or "").strip(): (row.get("source") or "").strip()
                        for row in reader if (row.get("source") or "").strip().startswith(WEB)}
        except OSError:
            continue
    return {}


def web_address(source: str | None) -> str | None:
    """The page's web address for a document source (a path or already an address), or None."""
    if not source:
        return None
    if source.startswith(WEB):
        return source
    path = Path(source)
    return _folder_index(str(path.parent)).get(path.name)
