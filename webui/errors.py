"""Error pages and JSON errors: one clear message, never a traceback.

``/api/...`` answers errors as ``{"error": {"status": 400, "message": "..."}}``;
pages render ``error.html``. Store problems become 503 with what to do.
"""
from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from kg.errors import (CivkgError, ConsoleBusy, EngineCrashed, InputError, QueryError, QueryLimitExceeded,
                       ReadOnlyViolation, StoreAuthError, StoreConnectionLost, StoreUnavailable)

log = logging.getLogger("civkg.webui")


class BadParameter(CivkgError):
    """A request parameter that is missing or malformed (answered with 400)."""


class NotFound(CivkgError):
    """An entity, document or query that does not exist (answered with 404)."""


# What a researcher can do about each store problem.
STORE_ADVICE = {
    StoreUnavailable: "The graph store can't be reached. Start Neo4j (or check --neo4j URI), or make sure "
                      "no other process (e.g. a running `kg ingest`) holds the embedded store folder, then reload.",
    StoreAuthError: "The store refused the credentials. Check --user/--password or NEO4J_USER/NEO4J_PASSWORD "
                    "and restart `kg serve`.",
    StoreConnectionLost: "The connection to the store dropped during the request. Check that the store is "
                         "running, then reload this page.",
}


def status_for(error: CivkgError) -> int:
    """The HTTP status for a civkg error."""
    if isinstance(error, (StoreUnavailable, StoreAuthError, StoreConnectionLost)):
        return 503
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, ReadOnlyViolation):
        return 403
    if isinstance(error, ConsoleBusy):
        return 503
    if isinstance(error, QueryLimitExceeded):
        return 422
    if isinstance(error, EngineCrashed):
        return 500
    if isinstance(error, (BadParameter, InputError, QueryError)):
        return 400
    return 500


def _advice(error: BaseException) -> str:
    for kind, advice in STORE_ADVICE.items():
        if isinstance(error, kind):
            return advice
    return ""


def _respond(status: int, message: str, advice: str = "") -> tuple[Response | str, int]:
    if request.path.startswith("/api/") or request.path == "/api":
        body = {"status": status, "message": message}
        if advice:
            body["advice"] = advice
        return jsonify(error=body), status
    return render_template("error.html", status=status, message=message, advice=advice), status


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(CivkgError)
    def _civkg(error: CivkgError):
        status = status_for(error)
        if status == 500:
            log.error("civkg error on %s: %s", request.path, error)
        return _respond(status, str(error), _advice(error))

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException):
        message = error.description or error.name
        if error.code == 404:
            message = f"No page at {request.path}."
        elif error.code == 405:
            message = f"{request.method} is not allowed on {request.path}."
        return _respond(error.code or 500, message)

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        # Logged for the operator; the user gets one line, never a traceback.
        log.exception("unexpected error on %s", request.path)
        return _respond(500, f"Internal error ({type(error).__name__}); the server log has details.")
