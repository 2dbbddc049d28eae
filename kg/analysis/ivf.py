"""Approximate nearest plans by a weighted cosine: an inverted-file (IVF) index over k-means cells.

:func:`combined_vectors` gives each plan one sparse vector whose blocks are its unit concept-cover,
program, indicator, topic and TF-IDF vectors, each scaled by the square root of the part's weight in
the similarity score, so the dot product of two plans is the weighted sum of the parts' cosines: a
cheap stand-in for the score that ranks plans strong on several parts at once.

:func:`nearest` finds each plan's best plans by that dot product without the N² products: the
vectors are randomly projected to a few dozen dimensions, cut into about √N cells by k-means
(``scipy.cluster.vq.kmeans2``), and each cell's plans are compared exactly (sparse dot products) only
with the plans of the ``probes`` cells nearest to it. N · (probes · N/√N) = probes · N^1.5 products
instead of N², and the memory is one cell × its pool at a time. Small inputs are compared exhaustively.

>>> import numpy as np
>>> v = sp.csr_matrix(np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9]]))
>>> nearest(v, 1).ravel().tolist()
[1, 0, 3, 2]
"""
from __future__ import annotations

import warnings

import numpy as np
import scipy.sparse as sp

# Below this many plans every plan is compared with every plan (exact).
EXHAUSTIVE_BELOW = 3000
# Dimensions (truncated SVD) the cells are formed in.
PROJECTED_DIMS = 48
# Cells searched per cell: its own and the nearest others.
PROBES = 8
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


def _projected(vectors: sp.csr_matrix, dims: int, seed: int) -> np.ndarray:
    """The rows in ``dims`` dimensions along their main directions (truncated SVD, ``scipy.sparse.linalg.svds``)."""
    from scipy.sparse.linalg import svds

    dims = max(1, min(dims, min(vectors.shape) - 1))
    start = np.random.default_rng(seed).standard_normal(min(vectors.shape))
    left, values, _ = svds(vectors, k=dims, v0=start)
    return left * values


def nearest(vectors: sp.csr_matrix, k: int, probes: int = PROBES, dims: int = PROJECTED_DIMS,
            seed: int = 13) -> np.ndarray:
    """Each row's ``k`` best other rows by dot product (best first; -1 pads rows with fewer positive ones)."""
    from scipy.cluster.vq import kmeans2

    vectors = sp.csr_matrix(vectors, dtype=float)
    n = vectors.shape[0]
    out = np.full((n, k), -1, dtype=np.int64)
    everyone = np.arange(n)
    if n < EXHAUSTIVE_BELOW:
        _compare(vectors, everyone, everyone, k, out)
        return out
    projected = _projected(vectors, dims, seed)
    norms = np.linalg.norm(projected, axis=1, keepdims=True)
    projected = projected / np.where(norms > 0, norms, 1)
    cells = max(2, int(round(np.sqrt(n))))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # an empty cell is harmless here
        centroids, labels = kmeans2(projected, cells, iter=10, minit="++", seed=seed)
    members = [np.flatnonzero(labels == cell) for cell in range(cells)]
    # Each plan's own nearest cells (not its cell's): a plan near a border searches both sides.
    probed = np.argsort(-(projected @ centroids.T), axis=1)[:, :max(1, probes)]
    for cell in range(cells):
        if len(members[cell]):
            searched = np.unique(np.concatenate([probed[members[cell]].ravel(), [cell]]))
            pool = np.concatenate([members[c] for c in searched])
            _compare(vectors, members[cell], np.unique(pool), k, out)
    return out
