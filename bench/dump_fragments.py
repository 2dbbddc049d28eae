"""Every document's fragment and store rows as one JSON line: to show a speed-up changed no output.

Run it with the code before and after a change (e.g. main unpacked with ``git archive`` in a
temporary folder, and this checkout), then compare the two files byte for byte::

    (cd /tmp/main && PYTHONPATH=$PWD python bench/dump_fragments.py /tmp/before.jsonl /tmp/gen500)
    python bench/dump_fragments.py /tmp/after.jsonl /tmp/gen500
    cmp /tmp/before.jsonl /tmp/after.jsonl

Documents: the shared corpus's seeds/ and dev/, ``tests/heldout/`` and any folders given
(``bench/gen_corpus.py OUT --docs 500`` makes a generated one). Each line holds the ``kg extract``
JSON and the embedded store's node and edge rows (``kg.stores._embedded_rows.prepare``). The
checkout's own path and the two stamps that follow from the code or the path (``content_hash``,
``extractor_version``) are masked; everything else must match.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

CORPUS = REPO.parent / "shared" / "corpus"
_STAMP = re.compile(r'"(content_hash|extractor_version)": "[0-9a-f]+"')


def main(argv: list[str] | None = None) -> int:
    from _inputs import bench_inputs
    from kg.commands.ingest import extract_one, metadata_for
    from kg.stores._embedded_rows import prepare

    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__.split("\n\n")[0], "\nusage: dump_fragments.py OUT.jsonl [FOLDER ...]", file=sys.stderr)
        return 2
    out_path, extra = Path(args[0]), args[1:]
    files = bench_inputs([str(CORPUS / "seeds"), str(CORPUS / "dev"), str(REPO / "tests" / "heldout"), *extra])
    infos = metadata_for(files)
    with out_path.open("w", encoding="utf-8") as out:
        for path in files:
            result = extract_one((str(path), infos[path]))
            if result.error:
                line = json.dumps({"file": str(path), "error": result.error}, ensure_ascii=False)
            else:
                rows = prepare(result.fragment)
                line = json.dumps({"file": str(path), "fragment": result.fragment.to_json(), "nodes": rows.nodes,
                                   "edges": {"|".join(kind): edge_rows for kind, edge_rows in rows.edges.items()}},
                                  ensure_ascii=False, sort_keys=True, default=repr)
            out.write(_STAMP.sub(r'"\1": "-"', line.replace(str(REPO), "REPO")) + "\n")
    print(f"{len(files)} documents -> {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
