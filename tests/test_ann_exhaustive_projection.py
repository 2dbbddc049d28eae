"""kg.analysis.ann.nearest's exhaustive search of the projected rows (``exact_projected_below``), the path
``kg similar --all`` takes below 150,000 plans (the default since stop 20) instead of the HNSW graph.

Invented vectors: a few topics with a little noise, so each row's best neighbours are clear.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from kg.analysis import ann
from kg.cli import main
from kg.errors import InputError

EXACT = ann.EXACT_PROJECTED_BELOW


def _clustered(rows: int = 400, columns: int = 60, seed: int = 5) -> sp.csr_matrix:
    rng = np.random.default_rng(seed)
    centres = rng.random((8, columns)) * (rng.random((8, columns)) < 0.2)
    picked = centres[rng.integers(0, 8, rows)] + 0.05 * rng.random((rows, columns)) * (rng.random((rows, columns)) < 0.1)
    return ann.unit_rows(sp.csr_matrix(picked))


def _exact(vectors: sp.csr_matrix, k: int) -> np.ndarray:
    out = np.full((vectors.shape[0], k), -1, dtype=np.int64)
    everyone = np.arange(vectors.shape[0])
    ann._compare(vectors, everyone, everyone, k, out)
    return out


def test_a_projection_that_keeps_every_direction_gives_the_exact_neighbours():
    vectors = _clustered()
    k = 10
    found = ann.nearest(vectors, k, dims=60, exhaustive_below=0, exact_projected_below=EXACT)  # 60 dims: nothing lost
    exact = _exact(vectors, k)
    dots = (vectors @ vectors.T).toarray()
    for row in range(vectors.shape[0]):
        # the same k best dot products (the neighbours themselves may differ among exact ties)
        assert np.allclose(np.sort(dots[row, found[row]]), np.sort(dots[row, exact[row]]), atol=1e-9)
        assert row not in found[row]


def test_the_exhaustive_search_finds_at_least_what_the_graph_finds():
    vectors = _clustered(rows=600, seed=9)
    k = 8
    flat = ann.nearest(vectors, k, dims=12, exhaustive_below=0, exact_projected_below=EXACT)
    graph = ann.nearest(vectors, k, dims=12, exhaustive_below=0, exact_projected_below=0)  # the HNSW graph
    dots = (vectors @ vectors.T).toarray()

    def kept(found: np.ndarray) -> float:
        return sum(dots[row, found[row][found[row] >= 0]].sum() for row in range(len(found)))

    assert kept(flat) >= kept(graph) - 1e-9
    again = ann.nearest(vectors, k, dims=12, exhaustive_below=0, exact_projected_below=EXACT)
    assert np.array_equal(flat, again)  # the same neighbours on every run


def test_a_row_with_no_positive_dot_product_gets_no_neighbour():
    # negative: rows that share nothing with any other row (orthogonal unit vectors) are nobody's neighbour
    vectors = sp.csr_matrix(np.eye(50))
    found = ann.nearest(vectors, 3, dims=50, exhaustive_below=0, exact_projected_below=EXACT)
    assert (found == -1).all()


def test_the_default_is_exhaustive_where_it_is_the_cheaper():
    # 150,000 plans: ~200,000 is where the graph's ~3 ms a query undercuts the exhaustive search (docs/benchmarks.md)
    assert ann.EXACT_PROJECTED_BELOW == 150_000
    vectors = _clustered(rows=600, seed=9)
    default = ann.nearest(vectors, 8, dims=12, exhaustive_below=0)
    assert np.array_equal(default, ann.nearest(vectors, 8, dims=12, exhaustive_below=0, exact_projected_below=EXACT))


def test_graph_search_is_refused_without_all(tmp_path, capsys):
    # negative: the flag says how to find every plan's neighbours; for one place's plan it means nothing
    assert main(["similar", "某某市", "--graph-search", "--store", str(tmp_path / "store")]) == InputError.exit_code
    assert "--graph-search is for --all" in capsys.readouterr().err
