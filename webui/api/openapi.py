"""The OpenAPI 3.0 description of ``/api``, served at ``/api/openapi.json``.

Built in Python so labels and relationship types come from kg.schema.
"""
from __future__ import annotations

from typing import Any

from kg import schema


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema_: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema_}}}


def _param(name: str, description: str, *, required: bool = False, type_: str = "string",
           where: str = "query", **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required or where == "path", "description": description,
            "schema": {"type": type_, **extra}}


_ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "503": {"$ref": "#/components/responses/StoreUnavailable"},
}
_NOT_FOUND = {"404": {"$ref": "#/components/responses/NotFound"}}


def _get(summary: str, params: list[dict[str, Any]], ok: dict[str, Any], *, not_found: bool = False,
         store: bool = True, accepted: dict[str, Any] | None = None) -> dict[str, Any]:
    responses = {"200": ok} if accepted is None else {"200": ok, "202": accepted}
    if store:
        responses.update(_ERRORS)
    if not_found:
        responses.update(_NOT_FOUND)
    return {"get": {"summary": summary, "parameters": params, "responses": responses}}


def openapi_document() -> dict[str, Any]:
    labels = list(schema.LABELS)
    rel_types = list(schema.REL_TYPES)
    label_param = {"name": "label", "in": "query", "required": False, "explode": True,
                   "description": "Only these labels (repeat or comma-separate).",
                   "schema": {"type": "array", "items": {"type": "string", "enum": labels}}}
    rel_param = {"name": "rel", "in": "query", "required": False, "explode": True,
                 "description": "Only these relationship types (repeat or comma-separate).",
                 "schema": {"type": "array", "items": {"type": "string", "enum": rel_types}}}
    key_param = _param("key", "Node key, e.g. Agency:营口市民政局", required=True)
    limit = lambda default, high: _param("limit", "Most results", type_="integer", minimum=1, maximum=high,  # noqa: E731
                                         default=default)
    any_object = {"type": "object", "additionalProperties": True}
    page_size_param = _param("page_size", "Neighbours per group in one answer", type_="integer", minimum=1, maximum=200,
                             default=20)
    edges_param = _param("edges", "Edges (with provenance) per neighbour", type_="integer", minimum=1, maximum=50,
                         default=5)
    paths: dict[str, Any] = {
        "/api/health": _get("Liveness (does not touch the store)", [],
                            _json({"type": "object", "properties": {"status": {"type": "string"}}}), store=False),
        "/api/openapi.json": _get("This description", [], _json(any_object), store=False),
        "/api/stats": _get("Node counts per label and relationship counts per type", [], _json(_ref("Stats"))),
        "/api/search": _get("Find entities by Chinese name or alias (substring; traditional input works)",
                            [_param("q", "Text to find", required=True, maxLength=200), label_param, limit(100, 500)],
                            _json(_ref("SearchResult"))),
        "/api/suggest": _get("Type-ahead: the best matches (substring or pinyin, ranked by match then degree), or "
                             "did-you-mean names when nothing matches",
                             [_param("q", "Text typed so far", required=True, maxLength=200), label_param,
                              limit(10, 30)], _json(_ref("Suggestions"))),
        "/api/entity": _get("An entity with its neighbours grouped by relationship type and direction: each group's "
                            "counts and its first page of neighbours (busiest first), each with its first edges and "
                            "their provenance; a group's `more` and a neighbour's `more_edges` are the "
                            "/api/entity/neighbours URLs that load the rest",
                            [key_param, limit(300, 2000), page_size_param, edges_param],
                            _json(_ref("EntityView")), not_found=True),
        "/api/entity/neighbours": _get(
            "One relationship group of an entity, a page at a time (offset), or one neighbour's edges (other)",
            [key_param, _param("rel", "The group's relationship type", required=True, enum=rel_types),
             _param("direction", "The group's direction", required=True, enum=["out", "in"]),
             _param("offset", "Skip this many neighbours of the group", type_="integer", minimum=0, maximum=100000,
                    default=0),
             _param("other", "Only this neighbour (a node key), e.g. to read more of its edges"),
             page_size_param, edges_param, limit(300, 100000)],
            _json(_ref("EntityGroupPage")), not_found=True),
        "/api/graph": _get("An entity's neighbourhood for the graph view (parallel edges merged with a count)",
                           [key_param, rel_param, label_param, limit(300, 2000),
                            _param("cap", "Most new nodes in this expansion (the rest grouped)", type_="integer",
                                   minimum=1, maximum=200, default=25),
                            _param("offset", "Skip this many neighbours of each group (opening a group node)",
                                   type_="integer", minimum=0, maximum=1000, default=0)],
                           _json(_ref("GraphView")),
                           not_found=True),
        "/api/paths": _get("The most specific short paths between two entities (keys or names), as `kg path` finds "
                           "them: hubs (Topic nodes, bare MENTIONS, the top 1% by degree) avoided unless no other "
                           "path exists (then through_hubs is true) or allow_hubs=1; each hop with its sentence. 202 with "
                           "hubs_pending true: the search through hubs was needed and its graph is still being built "
                           "(a big store); ask again later",
                           [_param("source", "Key or name", required=True), _param("target", "Key or name", required=True),
                            _param("max_hops", "Longest path", type_="integer", minimum=1, maximum=10, default=6),
                            _param("allow_hubs", "1: search through hubs too", type_="integer", minimum=0, maximum=1,
                                   default=0),
                            limit(5, 20)], _json(_ref("PathView")), not_found=True,
                           accepted=_json(_ref("PathView"), "The search through hubs is still being prepared")),
        "/api/documents": _get("Documents filtered by place, year, kind, topic and title text",
                               [_param("place", "Place or issuing body contains"), _param("year", "Year", type_="integer"),
                                _param("kind", "Document kind", enum=list(schema.DOCUMENT_KINDS)),
                                _param("topic", "Topic name, e.g. 养老服务"), _param("q", "Title contains"),
                                limit(100, 1000), _param("offset", "Skip this many", type_="integer", minimum=0)],
                               _json(_ref("DocumentList"))),
        "/api/documents/{doc_id}": _get("One document: metadata, text and the entities it mentions",
                                        [_param("doc_id", "Document id", where="path")], _json(_ref("DocumentView")),
                                        not_found=True),
        "/api/queries": _get("The named queries and whether the free console is available", [],
                             _json(_ref("QueryMenu"))),
        "/api/queries/{name}": {"post": {
            "summary": "Run a named query with parameters",
            "parameters": [_param("name", "Query name", where="path")],
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "properties": {"params": any_object}}}}},
            "responses": {"200": _json(_ref("Table")), **_ERRORS, **_NOT_FOUND}}},
        "/api/export/xlsx": {"post": {
            "summary": "A result table as an Excel workbook (at most 20,000 rows and 100 columns)",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["columns", "rows"],
                "properties": {"name": {"type": "string"}, "columns": {"type": "array", "items": {"type": "string"}},
                               "rows": {"type": "array", "items": {"type": "array", "items": {}}}}}}}},
            "responses": {"200": {"description": "The workbook", "content": {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                    "schema": {"type": "string", "format": "binary"}}}}, **_ERRORS}}},
        "/api/cypher": {"post": {
            "summary": "Read-only Cypher console (docs/security.md): an allow-list of reading Cypher, run "
                       "sandboxed with row, time and memory limits; anything else is refused (403)",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["query"],
                "properties": {"query": {"type": "string", "maxLength": 5000}, "params": any_object}}}}},
            "responses": {"200": _json(_ref("Table")), "403": {"$ref": "#/components/responses/Forbidden"},
                          "413": {"$ref": "#/components/responses/TooLarge"},
                          "422": {"$ref": "#/components/responses/LimitExceeded"}, **_ERRORS}}},
    }
    node = {"type": "object", "required": ["key", "label", "name"], "properties": {
        "key": {"type": "string"}, "label": {"type": "string", "enum": labels}, "name": {"type": "string"},
        "aliases": {"type": "array", "items": {"type": "string"}}, "properties": any_object}}
    brief = {"type": "object", "required": ["key", "label", "name"], "properties": {
        "key": {"type": "string"}, "label": {"type": "string"}, "name": {"type": "string", "nullable": True}}}
    provenance = {"type": "object", "properties": {p: {"nullable": True} for p in schema.PROVENANCE_PROPERTIES}}
    described_edge = {"type": "object", "required": ["type", "source", "target", "provenance"], "properties": {
        "type": {"type": "string", "enum": rel_types}, "source": {"type": "string"}, "target": {"type": "string"},
        "properties": any_object, "provenance": provenance,
        "mention": {"type": "array", "items": {"type": "integer"}, "nullable": True,
                    "description": "[start, end) of the mention inside the sentence"},
        "document": {"allOf": [_ref("DocumentSummary")], "nullable": True}}}
    entity_group = {"type": "object", "required": ["type", "direction", "count", "total", "neighbours"], "properties": {
        "type": {"type": "string"}, "direction": {"type": "string", "enum": ["in", "out"]},
        "description": {"type": "string"},
        "count": {"type": "integer", "description": "edges in the group"},
        "total": {"type": "integer", "description": "neighbours in the group"},
        "offset": {"type": "integer"}, "next_offset": {"type": "integer", "nullable": True},
        "more": {"type": "string", "nullable": True, "description": "URL of the group's next page"},
        "neighbours": {"type": "array", "items": {"type": "object", "properties": {
            "node": brief, "edge_count": {"type": "integer"},
            "edges": {"type": "array", "items": described_edge},
            "more_edges": {"type": "string", "nullable": True,
                           "description": "URL that reads more of this neighbour's edges"}}}}}}
    error = {"type": "object", "required": ["error"], "properties": {"error": {
        "type": "object", "required": ["status", "message"],
        "properties": {"status": {"type": "integer"}, "message": {"type": "string"}, "advice": {"type": "string"}}}}}
    schemas = {
        "Node": node,
        "NodeBrief": brief,
        "Error": error,
        "DescribedEdge": described_edge,
        "Stats": {"type": "object", "properties": {
            "dialect": {"type": "string"},
            "nodes": {"type": "object", "additionalProperties": {"type": "integer"}},
            "relationships": {"type": "object", "additionalProperties": {"type": "integer"}}}},
        "SearchResult": {"type": "object", "required": ["query", "total", "groups"], "properties": {
            "query": {"type": "string"}, "total": {"type": "integer"}, "limit": {"type": "integer"},
            "groups": {"type": "array", "items": {"type": "object", "required": ["label", "count", "results"],
                       "properties": {"label": {"type": "string"}, "count": {"type": "integer"},
                                      "results": {"type": "array", "items": node}}}}}},
        "Suggestions": {"type": "object", "required": ["query", "hits", "suggestions"], "properties": {
            "query": {"type": "string"}, "hits": {"type": "array", "items": any_object},
            "suggestions": {"type": "array", "items": brief}}},
        "EntityView": {"type": "object", "required": ["node", "groups"], "properties": {
            "node": node, "page_size": {"type": "integer"}, "edges_per_neighbour": {"type": "integer"},
            "truncated": {"type": "boolean"},
            "groups": {"type": "array", "items": entity_group}}},
        "EntityGroupPage": {"type": "object", "required": ["node", "group"], "properties": {
            "node": brief, "group": entity_group, "truncated": {"type": "boolean"}}},
        "GraphView": {"type": "object", "required": ["center", "nodes", "edges"], "properties": {
            "center": {"type": "string"}, "nodes": {"type": "array", "items": brief},
            "edges": {"type": "array", "items": {"type": "object", "required": ["id", "type", "source", "target", "count"],
                      "properties": {"id": {"type": "string"}, "type": {"type": "string"}, "source": {"type": "string"},
                                     "target": {"type": "string"}, "count": {"type": "integer"},
                                     "sentence": {"type": "string", "nullable": True}}}}}},
        "PathView": {"type": "object", "required": ["source", "target", "paths"], "properties": {
            "source": brief, "target": brief, "max_hops": {"type": "integer"},
            "allow_hubs": {"type": "boolean"}, "through_hubs": {"type": "boolean"}, "cut": {"type": "boolean"},
            "hubs_pending": {"type": "boolean"}, "hubs": {"type": "array", "items": brief},
            "paths": {"type": "array", "items": {"type": "object", "properties": {
                "nodes": {"type": "array", "items": brief},
                "hops": {"type": "array", "items": {"allOf": [described_edge, {"type": "object", "properties": {
                    "from": brief, "to": brief, "forward": {"type": "boolean"}, "via_hub": {"type": "boolean"}}}]}}}}}}},
        "DocumentSummary": {"type": "object", "properties": {
            "id": {"type": "string"}, "key": {"type": "string"}, "title": {"type": "string", "nullable": True},
            "date": {"type": "string", "nullable": True}, "year": {"type": "integer", "nullable": True},
            "kind": {"type": "string", "nullable": True}, "place": {"type": "string", "nullable": True},
            "issuing_body": {"type": "string", "nullable": True}, "char_count": {"type": "integer", "nullable": True},
            "topics": {"type": "array", "items": {"type": "string"}}}},
        "DocumentList": {"type": "object", "required": ["total", "documents"], "properties": {
            "total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"},
            "documents": {"type": "array", "items": _ref("DocumentSummary")},
            "facets": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "array"}}}}},
        "DocumentView": {"type": "object", "required": ["id", "node", "text", "entities"], "properties": {
            "id": {"type": "string"}, "node": node, "text": {"type": "string"}, "mention_count": {"type": "integer"},
            "entities": {"type": "array", "items": {"type": "object", "properties": {
                "label": {"type": "string"}, "entities": {"type": "array", "items": any_object}}}}}},
        "QueryMenu": {"type": "object", "properties": {
            "dialect": {"type": "string"}, "console": {"type": "boolean"},
            "queries": {"type": "array", "items": {"type": "object", "properties": {
                "name": {"type": "string"}, "answers": {"type": "string"},
                "params": {"type": "array", "items": any_object}}}}}},
        "Table": {"type": "object", "required": ["columns", "rows"], "properties": {
            "columns": {"type": "array", "items": {"type": "string"}},
            "rows": {"type": "array", "items": {"type": "array", "items": {}}},
            "count": {"type": "integer"}, "limit": {"type": "integer"}, "truncated": {"type": "boolean"}}},
    }

    def response(description: str) -> dict[str, Any]:
        return _json(_ref("Error"), description)

    from webui.api import comparison_openapi

    comparison_openapi.add(paths, schemas, _get, _param, _json, _ref)
    return {
        "openapi": "3.0.3",
        "info": {"title": "civkg web API", "version": "1.0",
                 "description": "Read-only access to the civkg knowledge graph of Chinese civil-affairs policy documents. "
                                "Errors are JSON: {\"error\": {\"status\", \"message\", \"advice\"?}}."},
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {"schemas": schemas, "responses": {
            "BadRequest": response("A parameter is missing or malformed; the message names it"),
            "NotFound": response("No such entity, document or query"),
            "Forbidden": response("Not reading Cypher, or the console is off or needs its token"),
            "TooLarge": response("The request body is larger than 1 MB"),
            "LimitExceeded": response("The query was stopped at its time, CPU or memory limit"),
            "StoreUnavailable": response("The store can't be reached; the advice says what to do"),
        }},
    }
