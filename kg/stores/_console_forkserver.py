"""Imported once by the console's fork server, so every sandbox worker forked from it starts warm.

The engine and the store's code are imported here, not in each worker. The
store itself is not opened here: each worker opens its own after the fork
(LadybugDB runs threads, and a fork of a process with threads can inherit a
held lock). The fork server dies with the server, as its workers do.
"""
from __future__ import annotations

import ladybug  # noqa: F401 - the engine, imported once for every worker

import kg.stores.console_sandbox  # noqa: F401 - the workers' code
import kg.stores.embedded  # noqa: F401
from kg.processes import die_with_parent

die_with_parent()
