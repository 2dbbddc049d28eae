"""The analyses give the same answers on Neo4j as on the embedded store (same corpus, same shapes)."""
from __future__ import annotations

import numpy as np
import pytest

from kg.analysis import GraphData, diffusion_all, similarity_matrix, targets
from kg.analysis.graph import communities

pytestmark = pytest.mark.neo4j


def test_similarity_diffusion_and_targets_match_the_embedded_store(neo4j_loaded, embedded_loaded):
    on_neo4j = GraphData.from_store(neo4j_loaded)
    embedded = GraphData.from_store(embedded_loaded)
    assert len(on_neo4j.documents()) == len(embedded.documents()) >= 30

    a = similarity_matrix(on_neo4j, by="document")
    b = similarity_matrix(embedded, by="document").loc[a.index, a.columns]
    assert np.allclose(a.to_numpy(), b.to_numpy(), atol=1e-9)
    assert np.allclose(np.diag(a.to_numpy()), 1.0)

    assert diffusion_all(on_neo4j).equals(diffusion_all(embedded))
    low_n, low_e = targets(on_neo4j, "城乡低保标准"), targets(embedded, "城乡低保标准")
    key = ["doc_id", "sentence_index", "value"]
    assert low_n.sort_values(key).reset_index(drop=True)[["place", "comparable_value", "comparable_unit"]].equals(
        low_e.sort_values(key).reset_index(drop=True)[["place", "comparable_value", "comparable_unit"]])
    assert communities(on_neo4j).equals(communities(embedded))
