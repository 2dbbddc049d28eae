"""Stores: where fragments are written and queries read from.

``open_store`` picks the backend from arguments or the environment: Neo4j when
a URI is given (``--neo4j`` or ``NEO4J_URI``), otherwise the embedded store at
``--store`` / ``CIVKG_STORE`` / ``./civkg-data``.
"""
from __future__ import annotations

import os

from kg.stores.base import Store, WriteSummary

DEFAULT_STORE_PATH = "./civkg-data"


def open_store(path: str | None = None, neo4j_uri: str | None = None, user: str | None = None,
               password: str | None = None, database: str | None = None, *, use_env_neo4j: bool = True,
               read_only: bool = False) -> Store:
    """Open the configured store. Raises kg.errors.StoreUnavailable / StoreAuthError with one-line messages.

    ``read_only`` opens the embedded store without its writer lock (so e.g. ``kg stats``
    works while another process holds it); it fails if no store exists there yet.
    """
    uri = neo4j_uri or (os.environ.get("NEO4J_URI") if use_env_neo4j and not path else None)
    if uri:
        from kg.stores.neo4j_store import Neo4jStore

        return Neo4jStore(
            uri,
            user or os.environ.get("NEO4J_USER", "neo4j"),
            password if password is not None else os.environ.get("NEO4J_PASSWORD", ""),
            database or os.environ.get("NEO4J_DATABASE") or None,
        )
    from kg.stores.embedded import EmbeddedStore

    return EmbeddedStore(path or os.environ.get("CIVKG_STORE") or DEFAULT_STORE_PATH, read_only=read_only)


__all__ = ["Store", "WriteSummary", "open_store", "DEFAULT_STORE_PATH"]
