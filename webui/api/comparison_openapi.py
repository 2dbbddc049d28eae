"""OpenAPI entries for the comparison endpoints (kept apart: they follow kg.analysis)."""
from __future__ import annotations

from typing import Any


def add(paths: dict[str, Any], schemas: dict[str, Any], get, param, json_, ref) -> None:
    table = {"type": "object", "additionalProperties": True}
    paths["/api/compare/plans"] = get("Plans (documents) for a place and year, ranked by similarity to the first",
                                      [param("place", "Place name, e.g. 营口市", required=True), param("year", "Year", type_="integer"),
                                       param("limit", "Most plans", type_="integer", minimum=1, maximum=100)],
                                      json_(table))
    paths["/api/compare/pair"] = get("Side-by-side comparison of two documents",
                                     [param("a", "Document id", required=True), param("b", "Document id", required=True)],
                                     json_(table), not_found=True)
    paths["/api/compare/heatmap"] = get("Similarity matrix of documents (filtered like /api/documents)",
                                        [param("place", "Place contains"), param("year", "Year", type_="integer"),
                                         param("kind", "Kind"), param("limit", "Most documents", type_="integer",
                                                                      minimum=2, maximum=200)],
                                        json_(table))
    paths["/api/compare/diffusion"] = get("When and where a program appears, document by document",
                                          [param("program", "Program key or name", required=True)],
                                          json_(table), not_found=True)
