"""Errors a user can act on, each with its own exit code.

The CLI prints ``str(error)`` as one line and exits with ``error.exit_code``;
nothing below the CLI prints tracebacks for these.
"""
from __future__ import annotations


class CivkgError(Exception):
    """Base class: a problem the user can fix, reported in one line."""

    exit_code = 1


class InputError(CivkgError):
    """A file or argument that can't be used (undecodable, empty, binary, too large, malformed)."""

    exit_code = 2


class StoreUnavailable(CivkgError):
    """The store can't be reached (server down, wrong address, store folder locked)."""

    exit_code = 3


class StoreAuthError(CivkgError):
    """The store refused the credentials."""

    exit_code = 4


class StoreConnectionLost(CivkgError):
    """The connection dropped in the middle of the work."""

    exit_code = 5


class QueryError(CivkgError):
    """A named query that doesn't exist, a missing parameter, or a query the store rejected."""

    exit_code = 6


class ReadOnlyViolation(QueryError):
    """A write was attempted through a read-only path (the web console)."""


class QueryLimitExceeded(QueryError):
    """A console query stopped for going over its time, CPU or memory limit."""


class ConsoleBusy(QueryError):
    """Every console worker is in use; the query can be sent again shortly."""


class EngineCrashed(QueryError):
    """The database engine crashed on a console query; only its sandbox process died."""


class PartialFailure(InputError):
    """Some inputs failed (bad input files, each already reported in a line) while the rest were processed.

    An InputError: the exit code is 2, "a bad input file", as the README says.
    """

    exit_code = 2
