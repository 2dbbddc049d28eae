"""Imported once by ``kg ingest``'s fork server so that every extraction worker starts warm.

Importing the loaders is not enough: the gazetteer and dictionaries are
built lazily on first use (~0.6 s). Running one tiny document here builds
them in the fork server, and each worker forked from it inherits them.
"""
from __future__ import annotations

try:
    from loaders import load_text

    load_text("营口市民政局召开2021年全市民政工作会议，推进养老服务。", "warm-up.txt")
except Exception:  # a warm-up must never stop the fork server; workers then warm up themselves
    pass
