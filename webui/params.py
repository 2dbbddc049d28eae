"""Reading request parameters, with a 400 that says which one is wrong and why.

>>> from flask import Flask
>>> app = Flask("t")
>>> with app.test_request_context("/?limit=abc"):
...     try:
...         int_arg("limit", 20, 1, 100)
...     except BadParameter as e:
...         print(e)
参数 'limit' 必须是整数 · parameter 'limit' must be a whole number, got 'abc'
"""
from __future__ import annotations

from flask import request

from kg import schema
from webui.errors import BadParameter

MAX_TEXT = 200


def text_arg(name: str, *, required: bool = False, default: str = "", max_length: int = MAX_TEXT) -> str:
    """A trimmed text parameter from the query string (or JSON body)."""
    value = request.args.get(name)
    if value is None and request.is_json:
        value = (request.get_json(silent=True) or {}).get(name)
    value = (value or "").strip() if isinstance(value, str) or value is None else str(value).strip()
    if not value:
        if required:
            raise BadParameter(f"缺少参数 '{name}' · parameter '{name}' is required")
        return default
    if len(value) > max_length:
        raise BadParameter(f"参数 '{name}' 超过 {max_length} 个字符 · parameter '{name}' is longer than {max_length} characters")
    return value


def int_arg(name: str, default: int | None, low: int, high: int) -> int | None:
    """A whole-number parameter within [low, high]."""
    raw = request.args.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(f"参数 '{name}' 必须是整数 · parameter '{name}' must be a whole number, got {raw!r}") from None
    if not low <= value <= high:
        raise BadParameter(f"参数 '{name}' 必须在 {low} 到 {high} 之间 · parameter '{name}' must be between {low} and {high}, got {value}")
    return value


def labels_arg(name: str = "label") -> list[str] | None:
    """Node labels (repeatable or comma-separated), each checked against the schema."""
    return _names_arg(name, schema.LABELS, "label")


def rel_types_arg(name: str = "rel") -> list[str] | None:
    """Relationship types (repeatable or comma-separated), each checked against the schema."""
    return _names_arg(name, schema.REL_TYPES, "relationship type")


def key_arg(name: str, value: str | None = None) -> str:
    """A node key such as ``Agency:营口市民政局`` (label checked against the schema)."""
    raw = value if value is not None else text_arg(name, required=True, max_length=400)
    try:
        schema.label_of_key(raw)
    except ValueError:
        raise BadParameter(f"参数 '{name}' 应是节点键，如 'Agency:营口市民政局' · parameter '{name}' must be a node key like 'Agency:营口市民政局', got {raw!r}") from None
    return raw


def _names_arg(name: str, allowed: dict, what: str) -> list[str] | None:
    values = [part.strip() for raw in request.args.getlist(name) for part in raw.split(",") if part.strip()]
    if not values:
        return None
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise BadParameter(f"参数 '{name}' 的取值未知 · parameter '{name}': unknown {what} {', '.join(map(repr, unknown))}; "
                           f"known: {', '.join(allowed)}")
    return values


def neighbour_group_args() -> tuple[str, str, str, str | None, int]:
    """``key, rel, direction, other, offset`` of a page of one entity's relationship group.

    The JSON API (``/api/entity/neighbours``) and the entity page's "more" fragments read the same
    parameters, so they refuse the same bad ones with the same message.
    """
    key = key_arg("key")
    rels = rel_types_arg("rel")
    if not rels or len(rels) != 1:
        raise BadParameter("参数 'rel' 应是一个关系类型 · parameter 'rel' must be one relationship type")
    direction = text_arg("direction", required=True)
    if direction not in ("out", "in"):
        raise BadParameter(f"参数 'direction' 应是 out 或 in · parameter 'direction' must be 'out' or 'in', got {direction!r}")
    other = key_arg("other") if text_arg("other") else None
    return key, rels[0], direction, other, int_arg("offset", 0, 0, 100_000)
