"""``kg serve``: the web UI (graph browser) over the configured store."""
from __future__ import annotations

import argparse
import sys

from kg.cli import add_store_arguments, store_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help="run the web UI (search, entity pages, graph view, paths, comparison, documents, queries)",
        description="Serve the civkg graph browser. It only reads from the store. It binds 127.0.0.1 unless "
                    "--host says otherwise; anyone who can reach the port can read the whole graph.")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=5000, help="port (default: 5000)")
    parser.add_argument("--processes", type=int, default=1,
                        help="server processes sharing the port, each with its own read-only store and caches "
                             "(default 1); on a machine with N cores, N serves N requests at once instead of one "
                             "(memory grows about N-fold)")
    parser.add_argument("--debug", action="store_true",
                        help="Flask's development server in debug mode with reloader (development only); "
                             "otherwise waitress serves")
    add_store_arguments(parser)
    parser.set_defaults(func=run)


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def run(args: argparse.Namespace) -> int:
    import os

    from webui import close_app, create_app, warm_up

    if not 0 < args.port < 65536:
        print(f"kg serve: --port must be between 1 and 65535, got {args.port}", file=sys.stderr)
        return 2
    # Beyond loopback, the free console only runs for requests that carry CIVKG_CONSOLE_TOKEN.
    beyond_loopback = args.host not in LOOPBACK
    token = os.environ.get("CIVKG_CONSOLE_TOKEN") or None
    from webui.serving import check_processes, serve

    try:
        processes = check_processes(args.processes)
    except ValueError as error:
        print(f"kg serve: {error}", file=sys.stderr)
        return 2
    config = {"CONSOLE_TOKEN": token, "CONSOLE_REQUIRES_TOKEN": beyond_loopback}

    def make_app():
        # The store opens on the first request, so the server starts even while Neo4j is down
        # and the pages say what to do; the embedded store is opened read-only.
        return create_app(store_factory=lambda: store_from_args(args, read_only=True), config=config)

    if beyond_loopback:
        console = "on, for requests with CIVKG_CONSOLE_TOKEN" if token else "off (set CIVKG_CONSOLE_TOKEN)"
        print(f"kg serve: warning: binding {args.host}; the graph is readable by anyone who can reach it; "
              f"Cypher console {console}", file=sys.stderr)
    try:
        if args.debug:
            app = make_app()
            warm_up(app)
            try:
                app.run(host=args.host, port=args.port, debug=True, threaded=True, use_reloader=True)
            finally:
                close_app(app)
        else:
            serve(make_app, args.host, args.port, processes, on_listening=lambda: print(
                f"kg serve: http://{args.host}:{args.port}/  (Ctrl-C to stop"
                + (f"; {processes} server processes)" if processes > 1 else ")"), file=sys.stderr))
    except OSError as error:  # port taken, address not on this machine, no permission
        print(f"kg serve: cannot listen on {args.host}:{args.port}: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0
