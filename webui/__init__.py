"""civkg's web UI: a graph browser for policy researchers.

A Flask application factory in the shape of Flask's tutorial: HTML pages in
the ``pages`` blueprint, JSON under ``/api`` in the ``api`` blueprint (with an
OpenAPI 3 description at ``/api/openapi.json``). The app only *reads* from a
:class:`kg.stores.base.Store`; it never writes.

>>> app = create_app(store_factory=lambda: None, config={"TESTING": True})
>>> app.jinja_env.autoescape("page.html")
True
"""
from __future__ import annotations

from typing import Any, Callable

from flask import Flask

from kg.stores.base import Store
from webui.store_access import StoreHolder

DEFAULT_CONFIG: dict[str, Any] = {
    # The free Cypher console: most rows returned and seconds before the store gives up.
    "CONSOLE_ROW_LIMIT": 500,
    "CONSOLE_TIMEOUT": 10.0,
    # A secret the console's requests must carry (X-Civkg-Console-Token), and whether the console
    # is off without one (kg serve sets this when it listens beyond loopback).
    "CONSOLE_TOKEN": None,
    "CONSOLE_REQUIRES_TOKEN": False,
    # Most neighbours fetched for an entity page or one graph expansion.
    "NEIGHBOUR_LIMIT": 300,
    # Most new nodes one graph expansion adds; the rest wait in one "指标 ×152" node per group.
    "GRAPH_EXPAND_CAP": 25,
    # The TTLs below apply to a store that can change under the app (Neo4j); what is read from a read-only
    # embedded store is kept until its generation changes (webui.store_access.snapshot_token).
    # Seconds the pinyin/typo name index (webui.name_index) is reused before re-reading the store.
    "NAME_INDEX_TTL": 300.0,
    # Seconds the document catalogue (list page filters) is reused before re-reading the store.
    "CATALOGUE_TTL": 15.0,
    # Seconds a whole-store analysis snapshot (comparison pages) and its results are reused.
    "ANALYSIS_TTL": 60.0,
    # Bytes of JSON answers (search, suggest, entity, graph, paths, document) kept while the read-only store they came
    # from is current (webui.response_cache); 0 turns the cache off.
    "RESPONSE_CACHE_BYTES": 32 * 1024 * 1024,
    "RESPONSE_CACHE_ENTRIES": 2000,
    # Seconds the path finder's search (kg.analysis.path_search.PathSearch) is reused; then rebuilt in
    # the background. And the seconds one path search may spend ranking candidates once it has a path.
    "PATH_SEARCH_TTL": 300.0,
    "PATH_SEARCH_BUDGET": 0.3,
    "JSON_AS_ASCII": False,
    # A Server-Timing header on every response: where its time went (webui.request_timing); off costs nothing.
    # (None: CIVKG_SERVER_TIMING=1 decides when the app is made)
    "SERVER_TIMING": None,
}


def create_app(store_factory: Callable[[], Store] | None = None, config: dict[str, Any] | None = None) -> Flask:
    """Build the web app over the store that ``store_factory`` opens.

    Parameters
    ----------
    store_factory : callable returning a Store, optional
        Called lazily on the first request that needs the store (and again
        after the store was unavailable). Defaults to
        :func:`kg.stores.open_store` with the environment's settings.
    config : dict, optional
        Flask config overrides, e.g. ``{"TESTING": True}``.
    """
    app = Flask(__name__, static_folder="static")
    app.config.update(DEFAULT_CONFIG)
    if config:
        app.config.update(config)
    from webui.limits import register_request_limits
    from webui.request_timing import register_request_timing

    register_request_timing(app)  # first, so that its after-request hook runs last
    register_request_limits(app)  # body size, NULs, NaN-free JSON

    if store_factory is None:
        from kg.stores import open_store

        def store_factory() -> Store:
            # The web UI never writes: the embedded store opens without its writer lock.
            return open_store(read_only=True)
    app.extensions["civkg_store"] = StoreHolder(store_factory)

    from webui.api import bp as api_bp
    from webui.errors import register_error_handlers
    from webui.pages import bp as pages_bp
    from webui.security import register_security_headers

    app.register_blueprint(api_bp)
    app.register_blueprint(pages_bp)
    register_error_handlers(app)
    register_security_headers(app)

    @app.teardown_appcontext
    def _nothing(_exc: BaseException | None) -> None:
        # The store stays open across requests; it is closed by close_app().
        return None

    return app


def warm_up(app: Flask) -> None:
    """Open the store, build the search layer, the document catalogue and the analysis snapshot, and start
    the console's workers, in a background thread.

    ``kg serve`` calls it so that the first search does not pay for reading every name (seconds on a
    large store), nor the first comparison for loading pandas and scipy and reading the snapshot (one
    read of the store, kept for ``ANALYSIS_TTL`` seconds like the one a comparison would read), nor the first
    path for building its search graphs. A store that is down is not an error here: the pages answer 503 until it is up.
    """
    import threading

    from kg.stores._native_memory import one_arena_for_threads

    # before the warm-up's and the server's threads exist: they then share the heap the warm-up grows, and a
    # server thread's first path requests do not fault in a heap of their own (see one_arena_for_threads)
    one_arena_for_threads()

    def work() -> None:
        try:
            with app.app_context():
                from webui.catalogue import catalogue
                from webui.name_index import name_index

                from webui.queries import console_available

                store = app.extensions["civkg_store"].get()
                if store.dialect != "neo4j" and console_available(store):
                    from kg.stores.console_sandbox import pool_for

                    pool_for(store.folder)  # the console's sandbox workers start in the background
                index = name_index(store)
                catalogue(store)
                # the busiest nodes' pages, the ones visited most and slowest to summarise (kept by a read-only store)
                from webui.entities import prefetch_hubs

                prefetch_hubs(store, index, int(app.config["NEIGHBOUR_LIMIT"]), int(app.config["GRAPH_EXPAND_CAP"]))
                # The comparison page's first visit: the analysis modules (pandas, scipy) load, its
                # template compiles and the analysis snapshot is read here, not in that request.
                import kg.analysis.similarity  # noqa: F401
                from webui.comparison import places_with_plans

                app.jinja_env.get_template("compare.html")
                places_with_plans(store)
                # and the path finder's search graphs (kg path's, kept for PATH_SEARCH_TTL)
                from webui.comparison import path_search

                searches = path_search(store)
                # and the search through hubs, which a path request falls back to (half the pairs at 10^5
                # documents); on a big store a request would otherwise answer 202 while it is built
                if not searches.small():
                    searches.build_with_hubs_later()
                # What the warm-up built lives as long as the server (or until replaced, freed by reference
                # counting): keep it out of the garbage collector's full passes. At 10^5 documents one full
                # pass over its 6 million objects took 3.9 s, and such a pass, which any request may set off,
                # holds every request that long.
                import gc

                gc.collect()
                gc.freeze()
        except Exception:  # noqa: BLE001 - the first request will report the problem properly
            pass

    threading.Thread(target=work, name="civkg-warm-up", daemon=True).start()


def close_app(app: Flask) -> None:
    """Close the store the app opened (for tests and ``kg serve`` shutdown)."""
    app.extensions["civkg_store"].close()


__all__ = ["create_app", "close_app", "warm_up"]
