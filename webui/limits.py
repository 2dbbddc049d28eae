"""Bounds on what a request may carry, and JSON that is always valid.

- A body larger than ``MAX_CONTENT_LENGTH`` (1 MB) is answered 413 before it is read.
- A NUL character in a query-string parameter is answered 400 (SQLite's search
  took ``q=%00`` for "match everything").
- A JSON body that doesn't parse, or nests deeper than :data:`MAX_JSON_DEPTH`, is
  answered 400 (Python's parser raised RecursionError, a 500, at 100,000 levels).
- Responses never carry ``NaN`` or ``Infinity``, which are not JSON: they become ``null``.
- The free console needs ``X-Civkg-Console-Token`` when ``CONSOLE_TOKEN`` is set, and is off
  when ``CONSOLE_REQUIRES_TOKEN`` (``kg serve`` on a non-loopback address) but no token is set.

>>> sanitize_json({"a": [float("nan"), 1.0], "b": float("-inf")})
{'a': [None, 1.0], 'b': None}
>>> json_depth('{"a": [[1], {"b": [2]}]}')
4
"""
from __future__ import annotations

import hmac
import json
import math
from typing import Any

from flask import Flask, current_app, request
from flask.json.provider import DefaultJSONProvider

from kg.errors import ReadOnlyViolation
from webui.errors import BadParameter

MAX_CONTENT_LENGTH = 1 << 20
MAX_JSON_DEPTH = 64
CONSOLE_TOKEN_HEADER = "X-Civkg-Console-Token"


def sanitize_json(value: Any) -> Any:
    """``value`` with every non-finite float replaced by None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: sanitize_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [sanitize_json(v) for v in value]
    return value


def json_depth(text: str) -> int:
    """How deeply the brackets of a JSON text nest (strings skipped), without parsing it.

    >>> json_depth('["[[[", {"k": "]"}]')
    2
    """
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


class StrictJSONProvider(DefaultJSONProvider):
    """Flask's JSON provider, but NaN and infinities go out as null, never as invalid JSON."""

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        kwargs.setdefault("allow_nan", False)
        try:
            return super().dumps(obj, **kwargs)
        except ValueError:  # a NaN or infinity somewhere: rare, so only then walk the value
            return super().dumps(sanitize_json(obj), **kwargs)


def json_body() -> dict:
    """The request's JSON object body, or :class:`BadParameter` (400) saying what is wrong."""
    if not request.is_json:
        raise BadParameter("the request body must be a JSON object (Content-Type: application/json)")
    text = request.get_data(as_text=True)
    if json_depth(text) > MAX_JSON_DEPTH:
        raise BadParameter(f"the JSON body nests deeper than {MAX_JSON_DEPTH} levels")
    try:
        body = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise BadParameter(f"the request body is not valid JSON: {error}") from None
    if not isinstance(body, dict):
        raise BadParameter("the request body must be a JSON object (Content-Type: application/json)")
    return body


def console_enabled() -> bool:
    """Off when the app must have a console token but none was configured."""
    return bool(current_app.config.get("CONSOLE_TOKEN")) or not current_app.config.get("CONSOLE_REQUIRES_TOKEN")


def check_console_token() -> None:
    """Refuse (403) a console request without the configured token, or when the console is off."""
    token = current_app.config.get("CONSOLE_TOKEN") or ""
    if not console_enabled():
        raise ReadOnlyViolation("the console is off: this server listens beyond this machine and no "
                                "CIVKG_CONSOLE_TOKEN is set (see docs/security.md)")
    if token and not hmac.compare_digest(request.headers.get(CONSOLE_TOKEN_HEADER, ""), token):
        raise ReadOnlyViolation(f"the console needs its token in the {CONSOLE_TOKEN_HEADER} header")


def register_request_limits(app: Flask) -> None:
    if app.config.get("MAX_CONTENT_LENGTH") is None:  # Flask's default is no limit
        app.config["MAX_CONTENT_LENGTH"] = MAX_CONTENT_LENGTH
    app.json = StrictJSONProvider(app)
    app.json.ensure_ascii = False
    app.json.sort_keys = False

    @app.before_request
    def _bounded_request() -> None:
        limit = app.config["MAX_CONTENT_LENGTH"]
        if request.content_length is not None and request.content_length > limit:
            from werkzeug.exceptions import RequestEntityTooLarge

            raise RequestEntityTooLarge(f"The request body is larger than {limit // 1024} KB.")
        for name, value in request.args.items(multi=True):
            if "\x00" in value or "\x00" in name:
                raise BadParameter(f"parameter {name.replace(chr(0), '')!r} contains a NUL character")
