"""Serve one checkout's web app over a store, for bench_api (run as a subprocess, one per variant).

``--repo`` is the checkout whose ``webui``/``kg`` code serves (this one, or a copy of main as the
baseline); the process is started with ``PYTHONPATH`` set to it. With ``--processes 1`` it serves
as ``kg serve`` on main does (waitress, 8 threads, warm-up in the background); above 1 it uses the
checkout's ``webui.serving`` (``kg serve --processes N``). ``--config`` is JSON of Flask config
overrides (``{"RESPONSE_CACHE_BYTES": 0}`` for ``--no-response-cache``).
"""
from __future__ import annotations

import argparse
import json
import sys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", required=True)
    parser.add_argument("--store")
    parser.add_argument("--neo4j")
    parser.add_argument("--user", default="neo4j")
    parser.add_argument("--password", default="")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--config", default="{}")
    args = parser.parse_args()
    sys.path.insert(0, args.repo)
    config = json.loads(args.config)

    from webui import create_app, warm_up

    def open_store():
        if args.neo4j:
            from kg.stores.neo4j_store import Neo4jStore

            return Neo4jStore(args.neo4j, args.user, args.password)
        from kg.stores.embedded import EmbeddedStore

        return EmbeddedStore(args.store, read_only=True)

    def make_app():
        return create_app(store_factory=open_store, config=config)

    if args.processes > 1:
        from webui.serving import serve

        serve(make_app, "127.0.0.1", args.port, args.processes)
        return
    import waitress

    app = make_app()
    warm_up(app)
    waitress.serve(app, host="127.0.0.1", port=args.port, threads=8, ident="civkg",
                   max_request_body_size=app.config["MAX_CONTENT_LENGTH"], _quiet=True)


if __name__ == "__main__":
    main()
