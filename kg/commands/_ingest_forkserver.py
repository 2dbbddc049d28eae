"""Imported once by ``kg ingest``'s fork server: it dies with ``kg ingest``, as its workers do.

The fork server is the parent of every extraction worker; a ``kill -9`` of
``kg ingest`` must not leave it, or them, behind.
"""
from __future__ import annotations

from kg.processes import die_with_parent

die_with_parent()
