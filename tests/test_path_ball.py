"""The path finder's stepwise Dijkstra (kg.analysis.path_search._Ball, _cheapest) against scipy's, on random graphs
of the path finder's hop costs (multiples of 0.25, the least 1.0), and the searches that use them on invented entities."""
from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.sparse import csgraph

from kg.analysis.path_search import HOP_COST, PathSearch, _Ball, _cheapest, _submatrix


def _random_costs(size: int, edges: int, seed: int, blocked: int = 0) -> sp.csr_matrix:
    """A symmetric matrix of hop costs as the path finder builds them; with ``blocked`` nodes no edge leads into
    (the hub-free matrix's shape: directed)."""
    rng = np.random.default_rng(seed)
    node_cost = rng.choice(sorted(set(HOP_COST.values())), size)
    low, high = rng.integers(0, size, edges), rng.integers(0, size, edges)
    keep = low != high
    low, high = low[keep], high[keep]
    cost = (node_cost[low] + node_cost[high]) / 2
    rows, cols, data = np.concatenate([low, high]), np.concatenate([high, low]), np.concatenate([cost, cost])
    matrix = sp.coo_matrix((data, (rows, cols)), shape=(size, size)).tocsr()
    matrix.sum_duplicates()
    matrix.data = np.minimum(matrix.data, 6.0)  # duplicates summed: keep costs in the path finder's range
    if blocked:
        into = matrix.tocoo()
        keep = into.col >= blocked
        matrix = sp.csr_matrix((into.data[keep], (into.row[keep], into.col[keep])), shape=(size, size))
    return matrix


@pytest.mark.parametrize("seed", range(6))
def test_ball_costs_equal_scipy_dijkstra(seed: int) -> None:
    matrix = _random_costs(400, 900, seed, blocked=10 * (seed % 2))
    for source in (0, 7, 399):
        ball = _Ball(matrix, source)
        while ball.grow() is not None:
            pass
        expected = csgraph.dijkstra(matrix, indices=source)
        assert np.array_equal(ball.cost, expected)  # bit for bit: sums of the same quarters
        assert ball.radius == math.inf


@pytest.mark.parametrize("seed", range(6))
def test_within_and_cheapest_equal_scipy(seed: int) -> None:
    matrix = _random_costs(500, 1100, seed, blocked=12 * (seed % 2))
    rng = np.random.default_rng(100 + seed)
    for start, end in rng.integers(0, 500, (15, 2)).tolist():
        forward = csgraph.dijkstra(matrix, indices=start)
        backward = csgraph.dijkstra(matrix, indices=end)
        # the old rule: a node both balls reach, or an edge from one ball into the other
        expected = min(float(np.min(forward + backward)), math.inf)
        assert _cheapest(_Ball(matrix, start), _Ball(matrix, end)) == expected
        for limit in (0.0, 2.5, 3.75, 6.0 + 1e-9):
            ball = _Ball(matrix, start)
            assert ball.within(limit).tolist() == np.flatnonzero(np.isfinite(
                csgraph.dijkstra(matrix, indices=start, limit=limit))).tolist()


def test_ball_negatives() -> None:
    # a free hop would break the steps' rule (a step's nodes final together): refused
    free = sp.csr_matrix((np.array([0.0, 1.0]), np.array([1, 0]), np.array([0, 1, 2])), shape=(2, 2))
    with pytest.raises(ValueError):
        _Ball(free, 0)
    # two ends in different parts: no cost, and nothing beyond the first part is read
    apart = sp.csr_matrix(([1.0, 1.0], ([0, 1], [1, 0])), shape=(4, 4))
    first = _Ball(apart, 0)
    assert _cheapest(first, _Ball(apart, 3)) == math.inf
    assert first.cost.tolist() == [0.0, 1.0, math.inf, math.inf]
    # a ball grown to a limit reads no step beyond it
    line = sp.diags([np.ones(9), np.ones(9)], [1, -1], shape=(10, 10)).tocsr()
    ball = _Ball(line, 0)
    assert ball.within(3.0).tolist() == [0, 1, 2, 3]
    assert not np.isfinite(ball.cost[6:]).any()


def _civil_affairs_search() -> PathSearch:
    nodes = [("Agency:甲市民政局", "Agency", "甲市民政局"), ("Agency:乙县民政局", "Agency", "乙县民政局"),
             ("Program:邻里守望互助计划", "Program", "邻里守望互助计划"), ("Place:甲市", "Place", "甲市"),
             ("Place:乙县", "Place", "乙县"), ("Topic:社会救助", "Topic", "社会救助"),
             ("Agency:丙镇人民政府", "Agency", "丙镇人民政府")]
    edges = [("PROMOTES", "Agency:甲市民政局", "Program:邻里守望互助计划"),
             ("PROMOTES", "Agency:乙县民政局", "Program:邻里守望互助计划"),
             ("LOCATED_IN", "Agency:甲市民政局", "Place:甲市"), ("LOCATED_IN", "Agency:乙县民政局", "Place:乙县"),
             ("PART_OF", "Place:乙县", "Place:甲市"),
             ("IN_TOPIC", "Program:邻里守望互助计划", "Topic:社会救助"),
             ("IN_TOPIC", "Agency:丙镇人民政府", "Topic:社会救助")]
    return PathSearch.from_edges(nodes, edges, hub_share=0)


def test_ranked_on_invented_entities() -> None:
    search = _civil_affairs_search()
    # the shared program is the most specific link between the two bureaus
    assert search.ranked("Agency:甲市民政局", "Agency:乙县民政局")[0] == [
        "Agency:甲市民政局", "Program:邻里守望互助计划", "Agency:乙县民政局"]
    # negative: the town government is joined only through the topic, which the default search avoids
    assert search.ranked("Agency:甲市民政局", "Agency:丙镇人民政府") == []
    assert search.ranked("Agency:甲市民政局", "Agency:丙镇人民政府", allow_hubs=True) == [
        ["Agency:甲市民政局", "Program:邻里守望互助计划", "Topic:社会救助", "Agency:丙镇人民政府"]]
    # a hub as an end is reached through its own neighbours
    assert search.ranked("Agency:乙县民政局", "Topic:社会救助")[0] == [
        "Agency:乙县民政局", "Program:邻里守望互助计划", "Topic:社会救助"]


def test_matrix_through_hubs_is_prepared_in_the_background() -> None:
    # The first request through hubs must not pay for preparing that matrix (1.4 s of CPU at 10^5 documents).
    import time

    search = _civil_affairs_search()
    # negative: nothing through hubs exists before it is asked for
    assert not search.ready(True)
    search.build_with_hubs_later()
    deadline = time.monotonic() + 10
    while not search.ready(True) and time.monotonic() < deadline:
        time.sleep(0.01)
    # ready only once prepared: no request meets a matrix still being prepared
    assert search.ready(True) and search._matrices[True]._prepared is not None
    # the answers are those of a search that prepared its matrix itself
    assert search.ranked("Agency:甲市民政局", "Agency:丙镇人民政府", allow_hubs=True) == \
        _civil_affairs_search().ranked("Agency:甲市民政局", "Agency:丙镇人民政府", allow_hubs=True)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("share", [1e9, 0.0])  # its own reading of the rows, and scipy's for many entries
def test_submatrix_equals_scipy_indexing(seed: int, share: float, monkeypatch) -> None:
    # the ball's and the region's costs: the same entries in the same order as matrix[nodes][:, nodes]
    monkeypatch.setattr("kg.analysis.path_search.SUBMATRIX_SHARE", share)
    matrix = _random_costs(300, 700, seed, blocked=8 * (seed % 2))
    rng = np.random.default_rng(seed)
    for count in (0, 1, 5, 60, 300):
        nodes = np.sort(rng.choice(300, count, replace=False)).astype(np.int64)
        ours, scipys = _submatrix(matrix, nodes), matrix[nodes][:, nodes]
        assert ours.shape == scipys.shape
        assert ours.indptr.tolist() == scipys.indptr.tolist()
        assert ours.indices.tolist() == scipys.indices.tolist() and ours.data.tolist() == scipys.data.tolist()
    # negative: nodes joined to nothing among themselves give an empty matrix, not their edges to others
    star = sp.csr_matrix(np.array([[0, 1, 1], [1, 0, 0], [1, 0, 0]], dtype=float))
    assert _submatrix(star, np.array([1, 2])).nnz == 0


def test_no_path_within_max_hops_gives_nothing_and_one_within_gives_it() -> None:
    # Invented chain: two street offices joined only by a chain of five programs (six hops), each handed on by
    # the next office's pilot; a max_hops of 5 leaves no path (the search stops before enumerating), 6 finds it.
    programs = [f"Program:试点项目{i}" for i in range(5)]
    nodes = [("Agency:东街道办事处", "Agency", "东街道办事处"), ("Agency:西街道办事处", "Agency", "西街道办事处")]
    nodes += [(key, "Program", key.partition(":")[2]) for key in programs]
    chain = ["Agency:东街道办事处", *programs, "Agency:西街道办事处"]
    edges = [("PROMOTES", u, v) for u, v in zip(chain, chain[1:])]
    search = PathSearch.from_edges(nodes, edges, hub_share=0)
    assert search.ranked(chain[0], chain[-1], max_hops=5) == []
    assert search.ranked(chain[0], chain[-1], max_hops=6) == [chain]
    assert search.ranked(chain[0], chain[-1]) == [chain]


@pytest.mark.parametrize("seed", range(6))
def test_within_hops_equals_the_fewest_hops_without_avoided_inner_nodes(seed: int) -> None:
    from kg.analysis.path_search import _CostMatrix

    matrix = _random_costs(400, 700, seed)
    avoided = np.zeros(400, dtype=bool)
    avoided[: 15 * (seed % 3)] = True  # the hubs: never an inner node of a path, possibly an end
    search = _CostMatrix(matrix, avoided)
    rng = np.random.default_rng(200 + seed)
    for start, end in [*rng.integers(0, 400, (12, 2)).tolist(), [0, 1], [3, 399]]:
        # the reference: an unweighted shortest path where no edge leads into an avoided node but the end
        keep = ~avoided
        keep[[start, end]] = True
        coo = matrix.tocoo()
        inner = keep[coo.row] & keep[coo.col]
        allowed = sp.csr_matrix((coo.data[inner], (coo.row[inner], coo.col[inner])), shape=matrix.shape)
        fewest = csgraph.shortest_path(allowed, unweighted=True, indices=start)[end]
        for hops in (0, 1, 2, 3, 4, 6):
            assert search.within_hops(start, end, hops) == (fewest <= hops), (start, end, hops, fewest)


def test_a_pair_joined_only_through_a_hub_within_max_hops_is_found_through_hubs() -> None:
    # Invented: two county bureaus share only the 社会救助 topic (a hub) within three hops; their own chain through
    # programs is seven hops long. The hub-free search finds nothing of max_hops 6 (proved without the cost search),
    # the one through hubs finds the topic's path.
    programs = [f"Program:互助养老试点{i}" for i in range(6)]
    nodes = [("Agency:丁县民政局", "Agency", "丁县民政局"), ("Agency:戊县民政局", "Agency", "戊县民政局"),
             ("Topic:社会救助", "Topic", "社会救助")] + [(key, "Program", key.partition(":")[2]) for key in programs]
    chain = ["Agency:丁县民政局", *programs, "Agency:戊县民政局"]
    edges = [("PROMOTES", u, v) for u, v in zip(chain, chain[1:])]
    edges += [("IN_TOPIC", "Agency:丁县民政局", "Topic:社会救助"), ("IN_TOPIC", "Agency:戊县民政局", "Topic:社会救助")]
    search = PathSearch.from_edges(nodes, edges, hub_share=0)
    hub_free = search._matrix(False)
    a, b = search.index[chain[0]], search.index[chain[-1]]
    assert not hub_free.within_hops(a, b, 6) and hub_free.within_hops(a, b, 7)
    assert search.ranked(chain[0], chain[-1], max_hops=6) == []
    assert search.ranked(chain[0], chain[-1], max_hops=7) == [chain]  # negative: within reach, the same chain
    assert search.ranked(chain[0], chain[-1], allow_hubs=True, max_hops=6) == [
        ["Agency:丁县民政局", "Topic:社会救助", "Agency:戊县民政局"]]
