"""Approximate nearest plans by a weighted cosine, for the top-k candidate step (:mod:`kg.analysis.topk`).

:func:`combined_vectors` gives each plan one sparse vector whose blocks are its unit concept-cover,
program, indicator, topic and TF-IDF vectors, each scaled by the square root of the part's weight in
the similarity score, so the dot product of two plans is the weighted sum of the parts' cosines: a
cheap stand-in for the score that ranks plans strong on several parts at once.

:func:`nearest` finds each plan's best plans by that dot product without the N² products: the
vectors are projected to ``PROJECTED_DIMS`` dimensions by a randomized truncated SVD (linear in N),
and searched exhaustively below ``EXACT_PROJECTED_BELOW`` rows (``faiss.IndexFlatIP``, one matrix product
per block of queries: N distance computations per query, few and fast below ~150,000 rows), above it with a
hierarchical navigable small-world graph (HNSW, ``faiss.IndexHNSWFlat`` with the inner product; about log N
distance computations per query); ``OVERSAMPLE`` times the neighbours asked
for are re-ranked by the exact sparse dot product. Small inputs are compared exhaustively and exactly.
Both the projection and the graph are approximate, so the caller asks for several times the neighbours
it needs and scores them with the real score.

>>> import numpy as np
>>> v = sp.csr_matrix(np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9]]))
>>> nearest(v, 1).ravel().tolist()
[1, 0, 3, 2]
>>> found = nearest(v, 1, exhaustive_below=0, exact_projected_below=0)   # the projected HNSW path: the same here
>>> found.ravel().tolist()
[1, 0, 3, 2]
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

# Below this many plans every plan is compared with every plan (exact).
EXHAUSTIVE_BELOW = 3000
# Fewer rows than this are searched exhaustively in the projection (faiss.IndexFlatIP: one matrix product per block
# of queries), more in the HNSW graph. The graph's search, asked for OVERSAMPLE × k = 1,201 neighbours of every plan,
# costs ~3 ms a query whatever the size; the exhaustive one grows with the plans, ~0.6 ms a query at 46,801 plans
# (10^5 documents), so it is the cheaper up to ~200,000 plans. It also finds the projection's true best, of which the
# graph misses 0.4 % at 10^5 documents: 1.4 % of plans' top-10 lists differ with it, and 597 of those 646 lists have
# a higher score sum (docs/benchmarks.md, speed11), so it is the default where it is the cheaper.
# ``kg similar --all --graph-search`` (exact_projected_below=0) takes the graph at any size, as before stop 20.
EXACT_PROJECTED_BELOW = 150_000
# Dimensions (randomized truncated SVD) the rows are compared in.
PROJECTED_DIMS = 256
# Passes that sharpen the random sketch of the SVD.
POWER_ITERATIONS = 2
# HNSW: links per node, candidates kept while building and while searching (more: surer and slower).
LINKS = 32
BUILD_BREADTH = 200
SEARCH_BREADTH = 256
# Neighbours fetched from the graph per neighbour kept: the projection's order is re-ranked by the exact
# dot product, so a neighbour the projection ranks a little low is still kept.
OVERSAMPLE = 3
# Queries searched at once, and re-ranked at once (rows × OVERSAMPLE · k sparse rows in memory).
SEARCH_CHUNK = 4096
RERANK_CHUNK = 128
# Rows compared at once (rows × pool dense scores in memory).
CHUNK = 512


def unit_rows(matrix: sp.spmatrix) -> sp.csr_matrix:
    """Rows scaled to length 1 (zero rows stay zero).

    >>> unit_rows(sp.csr_matrix(np.array([[3.0, 4.0], [0.0, 0.0]]))).toarray().round(3).tolist()
    [[0.6, 0.8], [0.0, 0.0]]
    """
    matrix = sp.csr_matrix(matrix, dtype=float)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return (sp.diags(np.where(norms > 0, 1 / np.where(norms > 0, norms, 1), 0.0)) @ matrix).tocsr()


def combined_vectors(blocks: list[tuple[float, sp.spmatrix]]) -> sp.csr_matrix:
    """One row per plan: each (weight, matrix) block made unit per row and scaled by √weight, side by side.

    >>> m = combined_vectors([(0.25, sp.csr_matrix(np.array([[2.0, 0.0]]))), (1.0, sp.csr_matrix(np.array([[1.0]])))])
    >>> m.toarray().tolist()
    [[0.5, 0.0, 1.0]]
    """
    return sp.hstack([np.sqrt(weight) * unit_rows(matrix) for weight, matrix in blocks]).tocsr()


def _top_of(scores: np.ndarray, k: int) -> np.ndarray:
    """Column indices of each row's k best (best first), -1 where a row has fewer than k positive scores."""
    k_here = min(k, scores.shape[1])
    out = np.full((scores.shape[0], k), -1, dtype=np.int64)
    if k_here == 0:
        return out
    picked = np.argpartition(-scores, k_here - 1, axis=1)[:, :k_here]
    values = np.take_along_axis(scores, picked, axis=1)
    order = np.argsort(-values, axis=1, kind="stable")
    picked = np.take_along_axis(picked, order, axis=1)
    values = np.take_along_axis(values, order, axis=1)
    out[:, :k_here] = np.where(values > 0, picked, -1)
    return out


def _compare(vectors: sp.csr_matrix, rows: np.ndarray, pool: np.ndarray, k: int, out: np.ndarray) -> None:
    pool_t = vectors[pool].T.tocsc()
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        scores = (vectors[chunk] @ pool_t).toarray()
        scores[chunk[:, None] == pool[None, :]] = -1.0  # a plan is not its own neighbour
        found = _top_of(scores, k)
        out[chunk] = np.where(found >= 0, pool[np.maximum(found, 0)], -1)


def _projected(vectors: sp.csr_matrix, dims: int, seed: int, power: int = POWER_ITERATIONS) -> np.ndarray:
    """The rows in ``dims`` dimensions along their main directions: a randomized truncated SVD.

    A random sketch of the column space, sharpened by ``power`` passes of ``vectors @ vectors.T``, then
    the exact SVD of the small projected matrix (Halko, Martinsson and Tropp's range finder). Every step
    is a product with the sparse matrix or a QR of an N × (dims + 16) matrix: linear in the rows. The
    inner product of two projected rows is their inner product in the best rank-``dims`` approximation.

    >>> v = sp.csr_matrix(np.array([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 3.0]]))
    >>> p = _projected(v, 2, 13)
    >>> np.round(np.sort(np.abs(p).max(axis=0)), 6).tolist()
    [2.0, 3.0]
    """
    dims = max(1, min(dims, min(vectors.shape)))
    sketch = min(dims + 16, min(vectors.shape))
    random = np.random.default_rng(seed).standard_normal((vectors.shape[1], sketch))
    basis = np.linalg.qr(vectors @ random)[0]
    for _ in range(power):
        basis = np.linalg.qr(vectors @ (vectors.T @ basis))[0]
    small = np.asarray((vectors.T @ basis).T)
    left, values, _ = np.linalg.svd(small, full_matrices=False)
    return (basis @ left[:, :dims]) * values[:dims]


def nearest(vectors: sp.csr_matrix, k: int, dims: int = PROJECTED_DIMS, links: int = LINKS,
            exhaustive_below: int | None = None, seed: int = 13,
            exact_projected_below: int | None = None) -> np.ndarray:
    """Each row's ``k`` best other rows by dot product (-1 pads rows with fewer positive ones).

    Below ``exhaustive_below`` rows (default ``EXHAUSTIVE_BELOW``): exact, best first. Above: by the dot
    product of the rows projected to ``dims`` dimensions (:func:`_projected`): the ``OVERSAMPLE × k`` best
    projected rows, found exhaustively below ``exact_projected_below`` rows (default
    ``EXACT_PROJECTED_BELOW``; 0: never), else in an HNSW graph with ``links`` links per node; then the best ``k`` of
    them by the exact dot product, best first. The graph is built on one thread, so the same vectors give
    the same neighbours on every run.

    >>> v = sp.csr_matrix(np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9]]))
    >>> nearest(v, 1, exhaustive_below=0, exact_projected_below=10).ravel().tolist()   # exhaustive in the projection
    [1, 0, 3, 2]
    """
    import faiss

    vectors = sp.csr_matrix(vectors, dtype=float)
    n = vectors.shape[0]
    out = np.full((n, k), -1, dtype=np.int64)
    everyone = np.arange(n)
    if n < (EXHAUSTIVE_BELOW if exhaustive_below is None else exhaustive_below) or k <= 0:
        _compare(vectors, everyone, everyone, k, out)
        return out
    projected = np.ascontiguousarray(_projected(vectors, dims, seed), dtype=np.float32)
    wanted = min(OVERSAMPLE * k + 1, n)
    if n < (EXACT_PROJECTED_BELOW if exact_projected_below is None else exact_projected_below):
        index = faiss.IndexFlatIP(projected.shape[1])
        index.add(projected)
    else:
        index = faiss.IndexHNSWFlat(projected.shape[1], links, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = BUILD_BREADTH
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)  # a parallel build inserts in a racing order: other neighbours each run
        try:
            index.add(projected)
        finally:
            faiss.omp_set_num_threads(threads)
        index.hnsw.efSearch = max(SEARCH_BREADTH, wanted)
    for start in range(0, n, SEARCH_CHUNK):
        rows = everyone[start:start + SEARCH_CHUNK]
        _, found = index.search(projected[rows], wanted)
        _rerank(vectors, rows, found, k, out)
    return out


def _rerank(vectors: sp.csr_matrix, rows: np.ndarray, found: np.ndarray, k: int, out: np.ndarray) -> None:
    """Keep each row's ``k`` best of ``found`` by the exact (unprojected) dot product, best first."""
    for start in range(0, len(rows), RERANK_CHUNK):
        chunk, near = rows[start:start + RERANK_CHUNK], found[start:start + RERANK_CHUNK]
        near = np.where(near == chunk[:, None], -1, near)  # a row is not its own neighbour
        exact = pair_dots(vectors, chunk, near)
        best = _top_of(np.where(near >= 0, exact, -1.0), k)
        out[chunk] = np.where(best >= 0, np.take_along_axis(near, np.maximum(best, 0), axis=1), -1)


def pair_dots(vectors: sp.csr_matrix, rows: np.ndarray, others: np.ndarray) -> np.ndarray:
    """``vectors[rows[i]] · vectors[others[i, j]]`` for every ``j`` (0 where ``others`` is -1).

    Each row is made dense and multiplied by its others' sparse rows: the cost is the others' stored
    entries, with no sparse matrix of pairs built.

    >>> v = sp.csr_matrix(np.array([[1.0, 2.0, 0.0], [0.0, 1.0, 1.0], [3.0, 0.0, 0.0]]))
    >>> pair_dots(v, np.array([0, 1]), np.array([[1, 2], [0, -1]])).tolist()
    [[2.0, 3.0], [2.0, 0.0]]
    """
    vectors = sp.csr_matrix(vectors)
    dense = vectors[rows].toarray()
    out = np.zeros(others.shape)
    for i, near in enumerate(others):
        valid = near >= 0
        out[i, valid] = vectors[near[valid]] @ dense[i]
    return out
