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
    """A request parameter that is missing or malformed (answered with 400).

    ``candidates`` are ``(name, href)`` pairs the user may have meant (shown as links).
    """

    def __init__(self, message: str, candidates: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


class NotFound(CivkgError):
    """An entity, document or query that does not exist (answered with 404)."""


# What a researcher can do about each store problem.
STORE_ADVICE = {
    StoreUnavailable: "无法连接图谱存储：请启动 Neo4j（或检查 --neo4j 地址），或确认没有其他进程（如正在运行的 kg ingest）占用嵌入式存储目录，然后刷新。 "
                      "The graph store can't be reached. Start Neo4j (or check --neo4j URI), or make sure "
                      "no other process (e.g. a running `kg ingest`) holds the embedded store folder, then reload.",
    StoreAuthError: "存储拒绝了用户名或密码：请检查 --user/--password 或 NEO4J_USER/NEO4J_PASSWORD 后重启 kg serve。 "
                    "The store refused the credentials. Check --user/--password or NEO4J_USER/NEO4J_PASSWORD "
                    "and restart `kg serve`.",
    StoreConnectionLost: "请求过程中与存储的连接断开：请确认存储在运行，然后刷新本页。 "
                         "The connection to the store dropped during the request. Check that the store is "
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
    if isinstance(error, QueryError):
        from webui.console_hints import hint_for

        return hint_for(str(error))
    return ""


def _respond(status: int, message: str, advice: str = "",
             candidates: list[tuple[str, str]] | None = None) -> tuple[Response | str, int]:
    if request.path.startswith("/api/") or request.path == "/api":
        body: dict = {"status": status, "message": message}
        if advice:
            body["advice"] = advice
        if candidates:
            body["candidates"] = [{"name": name, "href": href} for name, href in candidates]
        return jsonify(error=body), status
    return render_template("error.html", status=status, message=message, advice=advice,
                           candidates=candidates or []), status


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(CivkgError)
    def _civkg(error: CivkgError):
        status = status_for(error)
        if status == 500:
            log.error("civkg error on %s: %s", request.path, error)
        return _respond(status, str(error), _advice(error), getattr(error, "candidates", None))

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException):
        message = error.description or error.name
        if error.code == 404:
            message = f"没有这个页面 · No page at {request.path}."
        elif error.code == 405:
            message = f"不允许 {request.method} · {request.method} is not allowed on {request.path}."
        return _respond(error.code or 500, message)

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        # Logged for the operator; the user gets one line, never a traceback.
        log.exception("unexpected error on %s", request.path)
        return _respond(500, f"服务器内部错误 · Internal error ({type(error).__name__}); the server log has details.")
