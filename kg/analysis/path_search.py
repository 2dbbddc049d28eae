"""The path finder: the most specific short chains of facts between two entities, over the whole graph as arrays.

A :class:`PathSearch` holds the graph as numbers: each node's key, label and name, each edge's two ends, and
the undirected hop costs as scipy sparse matrices (no networkx graph: at 10^5 documents a ``MultiDiGraph``
of the store's 5.4 million edges took about 5 GB and minutes to build). A search

1. runs scipy's Dijkstra (C) from both ends within a radius that doubles until it reaches the other end
   (:meth:`_CostMatrix.bounded`), and keeps only the nodes whose costs from the start and to the end fit
   within :data:`COST_SLACK` × the cheapest (an ellipse, usually a few dozen nodes);
2. enumerates the cheapest simple paths in that small region (:func:`cheapest_simple_paths`, best first);
3. ranks them by :func:`specificity`, then cost.

Hubs (Topic nodes and the top :data:`HUB_SHARE` of entities by degree) and a document's bare MENTIONS
are avoided unless asked for; the search "through hubs" uses a second matrix with them.

>>> search = PathSearch.from_edges(
...     [("Agency:甲局", "Agency", "甲局"), ("Program:乙", "Program", "乙"), ("Agency:丙局", "Agency", "丙局"),
...      ("Place:丁市", "Place", "丁市")],
...     [("PROMOTES", "Agency:甲局", "Program:乙"), ("PROMOTES", "Agency:丙局", "Program:乙"),
...      ("LOCATED_IN", "Agency:甲局", "Place:丁市"), ("LOCATED_IN", "Agency:丙局", "Place:丁市")], hub_share=0)
>>> search.ranked("Agency:甲局", "Agency:丙局")
[['Agency:甲局', 'Program:乙', 'Agency:丙局']]
>>> search.ranked("Agency:甲局", "Agency:丙局", candidates=8, slack=3.0)
[['Agency:甲局', 'Program:乙', 'Agency:丙局'], ['Agency:甲局', 'Place:丁市', 'Agency:丙局']]
"""
from __future__ import annotations

import heapq
import itertools
import math
import threading
import time
from array import array
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np
import scipy.sparse as sp
from scipy.sparse import csgraph

# Labels whose nodes say something specific about how two entities are linked, and the cost of a hop
# into each label: paths prefer program, concept, policy, meeting and person hops.
HOP_COST: dict[str, float] = {"Program": 1.0, "Concept": 1.0, "Policy": 1.0, "Meeting": 1.0, "Person": 1.0,
                              "Agency": 1.5, "Document": 2.0, "Target": 2.0, "Place": 3.0, "Topic": 6.0}
# A candidate path may cost this much more than the cheapest and still win on specificity.
COST_SLACK = 1.25
# Partial paths one path search extends at most (a bound on its work, whatever the graph).
MAX_PATH_EXPANSIONS = 200_000
# Share of nodes, by degree, treated as hubs and avoided by default.
HUB_SHARE = 0.01
# Graphs up to this many edges get their search matrix through hubs built inside the request that needs it;
# a bigger one (tens of seconds at 10^5 documents) is built in the background (PathSearch.build_with_hubs_later).
BUILD_NOW_EDGES = 500_000
# _submatrix reads rows itself up to this many entries per node of the graph, above that scipy's indexing does
# (its C passes cost O(entries + nodes of the graph), _submatrix's numpy passes about ten times the entries)
SUBMATRIX_SHARE = 0.1


def bare_mention(rel_type: str, target: str) -> bool:
    """A document's MENTIONS of a name, which the default search skips. A MENTIONS of a catalogue Concept
    stays: it is a matched span naming a specific program (提高城乡低保标准), not a name every document carries.

    >>> bare_mention("MENTIONS", "Program:三社联动"), bare_mention("MENTIONS", "Concept:低保"), bare_mention("PROMOTES", "Program:x")
    (True, False, False)
    """
    return rel_type == "MENTIONS" and not target.startswith("Concept:")


def specificity(graph: Any, path: list, degrees: Mapping | None = None) -> float:
    """How specific a path's inner hops are: the mean of 1 / log2(2 + degree); 1 is most specific.

    A hop through a node linked to few others (a program two cities run) says more than one through a
    node linked to everything. ``degrees`` maps a node to its degree (else ``graph.degree`` is asked).

    >>> import networkx as nx
    >>> round(specificity(nx.path_graph(3), [0, 1, 2]), 3)
    0.5
    """
    inner = path[1:-1]
    if not inner:
        return 1.0
    degree = degrees.__getitem__ if degrees is not None else graph.degree
    return sum(1 / math.log2(2 + degree(n)) for n in inner) / len(inner)


def _adjacency(graph: Any) -> Mapping:
    # networkx graphs are read through their plain dict of dicts (3x faster than graph[n]); a mapping as is
    return getattr(graph, "_adj", graph)


def _distances_to(graph: Any, end: Any, start: Any, slack: float, weight: str = "cost") -> dict[Any, float]:
    """Cheapest costs from every node to ``end`` that can lie on a path from ``start`` within ``slack`` × the cheapest.

    Dijkstra from ``end``, stopped once it settles a node farther than ``slack`` × the distance of ``start``
    (a node farther than that is on no such path); empty when ``start`` can't be reached. The pure-Python
    reference for :meth:`_CostMatrix.bounded`.

    >>> import networkx as nx
    >>> g = nx.Graph([(1, 2, {"cost": 1}), (2, 3, {"cost": 1}), (3, 4, {"cost": 5}), (4, 5, {"cost": 1})])
    >>> _distances_to(g, 3, 1, 1.25)
    {3: 0, 2: 1, 1: 2}
    """
    adjacency = _adjacency(graph)
    settled: dict[Any, float] = {}
    tentative = {end: 0}
    heap = [(0, 0, end)]
    counter = itertools.count(1)
    bound = math.inf
    while heap:
        distance, _, node = heapq.heappop(heap)
        if node in settled:
            continue
        if distance > bound:
            break
        settled[node] = distance
        if node == start:
            bound = distance * slack + 1e-9
        for neighbour, data in adjacency[node].items():
            if neighbour in settled:
                continue
            candidate = distance + data[weight]
            if candidate < tentative.get(neighbour, math.inf):
                tentative[neighbour] = candidate
                heapq.heappush(heap, (candidate, next(counter), neighbour))
    return settled if start in settled else {}


def _hops_to(graph: Any, end: Any, within: Mapping) -> dict[Any, int]:
    """The fewest hops from each node of ``within`` to ``end``, through nodes of ``within`` only."""
    adjacency = _adjacency(graph)
    hops = {end: 0}
    layer = [end]
    while layer:
        following = []
        for node in layer:
            for neighbour in adjacency[node]:
                if neighbour in within and neighbour not in hops:
                    hops[neighbour] = hops[node] + 1
                    following.append(neighbour)
        layer = following
    return hops


def cheapest_simple_paths(graph: Any, start: Any, end: Any, slack: float = COST_SLACK,
                          max_hops: int | None = None, weight: str = "cost",
                          distances: tuple[Mapping, Mapping] | None = None,
                          degrees: Mapping | None = None) -> Iterator[list]:
    """Simple paths from ``start`` to ``end``, cheapest first, those costing at most ``slack`` × the cheapest,
    of at most ``max_hops`` hops. ``graph``: a networkx graph or a dict of dicts ``{node: {neighbour: {weight: cost}}}``.

    A best-first search over partial paths, each ranked by its cost so far plus the exact cheapest cost
    from its last node to ``end`` (:func:`_distances_to`, one Dijkstra): complete paths come out in
    order of cost, and no partial path that can't finish within the bound is ever extended. It replaces
    ``networkx.shortest_simple_paths`` (Yen's algorithm: a Dijkstra for each node of each path found),
    which took seconds for two busy entities on a 1,000-document store (docs/benchmarks.md).
    Paths of equal cost come in a fixed order (the graph's adjacency order). ``distances``: the
    costs and hops to ``end`` already computed (:meth:`PathSearch.ranked` passes scipy's). ``degrees``:
    among paths of equal cost, those through nodes of lower degree (more specific) come first.

    >>> import networkx as nx
    >>> g = nx.Graph()
    >>> g.add_weighted_edges_from([("a", "b", 1), ("b", "d", 1), ("a", "c", 1), ("c", "d", 1.2), ("a", "d", 5)],
    ...                           weight="cost")
    >>> list(cheapest_simple_paths(g, "a", "d"))
    [['a', 'b', 'd'], ['a', 'c', 'd']]
    >>> list(cheapest_simple_paths(g, "a", "d", slack=3)), list(cheapest_simple_paths(g, "a", "d", 3, max_hops=1))
    ([['a', 'b', 'd'], ['a', 'c', 'd'], ['a', 'd']], [['a', 'd']])
    >>> list(cheapest_simple_paths(g, "a", "zz"))
    []
    """
    if start not in graph or end not in graph:
        return
    if distances is not None:
        remaining, hops_left = distances
    else:
        remaining = _distances_to(graph, end, start, slack, weight)
        hops_left = _hops_to(graph, end, remaining) if max_hops is not None and remaining else {}
    if not remaining:
        return
    bound = remaining[start] * slack + 1e-9
    adjacency = _adjacency(graph)
    counter = itertools.count()
    # Among partial paths of equal promise the one furthest along goes first (-cost so far), so that
    # complete paths come out at once instead of after every tied prefix is extended; then the one
    # through the more specific nodes (the sum of specificity's terms, negated).
    frontier = [(remaining[start], -0.0, 0.0, next(counter), (start,))]
    for _ in range(MAX_PATH_EXPANSIONS):
        if not frontier:
            return
        _, cost, specific, _, path = heapq.heappop(frontier)
        cost, node = -cost, path[-1]
        if node == end:
            yield list(path)
            continue
        for neighbour, data in adjacency[node].items():
            rest = remaining.get(neighbour)
            if rest is None or neighbour in path:
                continue
            if max_hops is not None and len(path) + hops_left[neighbour] > max_hops:
                continue
            so_far = cost + data[weight]
            if so_far + rest <= bound:
                term = -1 / math.log2(2 + degrees.get(neighbour, 0)) if degrees is not None and neighbour != end else 0.0
                heapq.heappush(frontier, (so_far + rest, -so_far, specific + term, next(counter), path + (neighbour,)))


def _row_positions(indptr: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The places of all the entries of ``rows`` in a CSR matrix's arrays, row after row, as one array (no Python
    loop); and each row's number of entries.

    >>> positions, counts = _row_positions(np.array([0, 2, 2, 5]), np.array([2, 0]))
    >>> positions.tolist(), counts.tolist()
    ([2, 3, 4, 0, 1], [3, 2])
    """
    starts = indptr[rows]
    counts = indptr[rows + 1] - starts
    return np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum())), counts


class _Ball:
    """Dijkstra from one node over a sparse matrix of hop costs, grown one cost step at a time (numpy, whole
    steps at once), so that a search can grow two of them, each only as far as it needs.

    Every hop costs at least ``step`` (the matrix's least cost), so the nodes whose tentative cost lies within
    ``step`` of the least are final together (Dial's buckets): one step settles them all and relaxes their edges
    as arrays. No node is read twice and nothing is re-run from the start, unlike a Dijkstra with a growing
    ``limit``; and no step walks the whole matrix (scipy's Dijkstra checks all 5 million costs on each call at
    10^5 documents). Costs are sums of the same numbers as scipy's, so equal to them. Memory: three arrays of the
    graph's size per ball (~17 bytes a node: ~25 MB for the two balls of a request at 740,000 nodes).

    >>> costs = sp.csr_matrix(np.array([[0, 1, 0, 0], [1, 0, 2, 0], [0, 2, 0, 1], [0, 0, 1, 0]], dtype=float))
    >>> ball = _Ball(costs, 0)
    >>> while ball.grow() is not None: pass
    >>> ball.cost.tolist(), ball.radius
    ([0.0, 1.0, 3.0, 4.0], inf)
    >>> ball = _Ball(costs, 0); _ = ball.grow(); _ = ball.grow()   # settled: the costs below 2
    >>> ball.radius, ball.within(1.0).tolist()
    (2.0, [0, 1])
    """

    def __init__(self, matrix: sp.csr_matrix, source: int, step: float | None = None) -> None:
        self.indptr, self.indices, self.data = matrix.indptr, matrix.indices, matrix.data
        # the matrix's least cost (``step``: already known; finding it reads every cost, 2-3 ms at 10^5 documents)
        self.step = step if step is not None else float(self.data.min()) if len(self.data) else 1.0
        if not self.step > 0:
            raise ValueError("a ball needs positive hop costs")
        self.cost = np.full(matrix.shape[0], np.inf)
        self.cost[source] = 0.0
        self.settled = np.zeros(matrix.shape[0], dtype=bool)
        self._mark = np.empty(matrix.shape[0], dtype=np.int64)  # scratch for _distinct (only written places are read)
        # reached nodes by step number (cost // step), each step's arrays as they came; a node whose cost fell
        # since is in a later step's list too, and skipped there once settled (no array is ever re-sorted)
        self.buckets: dict[int, list[np.ndarray]] = {0: [np.array([source], dtype=np.int64)]}
        self.radius = 0.0  # every node of cost below this is settled, its cost exact
        self._next: tuple[np.ndarray, float, int] | None = None

    def _frontier(self) -> tuple[np.ndarray, float, int] | None:
        while self._next is None and self.buckets:
            number = min(self.buckets)
            nodes = self._distinct(np.concatenate(self.buckets.pop(number)))
            nodes = nodes[~self.settled[nodes]]
            if len(nodes):
                work = int((self.indptr[nodes + 1] - self.indptr[nodes]).sum())
                self._next = nodes, (number + 1) * self.step, work
        if self._next is None:
            self.radius = math.inf  # every node the source reaches is settled
        return self._next

    def _distinct(self, nodes: np.ndarray) -> np.ndarray:
        """``nodes`` without repeats, in no particular order: each node's place marked in a scratch array, without
        sorting (``np.unique`` took three quarters of a search's time on steps of 10^5 nodes)."""
        places = np.arange(len(nodes))
        self._mark[nodes] = places
        return nodes[self._mark[nodes] == places]

    def work(self) -> float:
        """The edges the next step reads (infinite when nothing is left to settle)."""
        following = self._frontier()
        return math.inf if following is None else following[2]

    def grow(self) -> np.ndarray | None:
        """Settle the next step's nodes and relax their edges: the nodes whose cost fell, or None when every
        node the source reaches is settled."""
        following = self._frontier()
        if following is None:
            return None
        frontier, radius, _ = following
        self._next = None
        self.settled[frontier] = True
        positions, counts = _row_positions(self.indptr, frontier)  # all the frontier's edges, as one array
        neighbours = self.indices[positions].astype(np.int64)
        offered = np.repeat(self.cost[frontier], counts) + self.data[positions]
        better = offered < self.cost[neighbours]
        neighbours, offered = neighbours[better], offered[better]
        np.minimum.at(self.cost, neighbours, offered)
        fallen = self._distinct(neighbours)
        numbers = (self.cost[fallen] // self.step).astype(np.int64)
        if len(fallen):  # a few steps ahead at most (the dearest hop over the least)
            for number in range(int(numbers.min()), int(numbers.max()) + 1):
                chosen = fallen[numbers == number]
                if len(chosen):
                    self.buckets.setdefault(number, []).append(chosen)
        self.radius = radius
        return np.concatenate([frontier, fallen])

    def grow_to(self, limit: float) -> None:
        """Grow until every node of cost up to ``limit`` has its exact cost: until every node below ``limit`` less
        one step is settled, for then such a node was offered its cost by the settled node before it on its
        cheapest path (the last step's edges are not read)."""
        while self.radius + self.step <= limit:
            if self.grow() is None:
                break

    def within(self, limit: float) -> np.ndarray:
        """The nodes of cost at most ``limit`` (sorted), grown as far as needed (:meth:`grow_to`)."""
        self.grow_to(limit)
        return np.flatnonzero(self.cost <= limit)


def _cheapest(from_start: _Ball, to_end: _Ball, best: float = math.inf) -> float:
    """The cheapest cost between the two balls' sources (both over the same matrix, undirected costs): each
    step grows the ball whose step reads fewer edges, until the best meeting found costs no more than the two
    radii together (exact: a cheaper path would have a node settled in one ball and the next one in the other,
    and the first ball's step offered that node's cost to the second one's, where it was met). ``best``: the
    cost of a path known already (an edge joining the ends), which may stop the growth sooner.

    >>> costs = sp.csr_matrix(np.array([[0, 1, 0, 0], [1, 0, 2, 0], [0, 2, 0, 1], [0, 0, 1, 0]], dtype=float))
    >>> _cheapest(_Ball(costs, 0), _Ball(costs, 3)), _cheapest(_Ball(costs, 0), _Ball(costs, 0))
    (4.0, 0.0)
    >>> apart = sp.csr_matrix(np.array([[0, 1, 0], [1, 0, 0], [0, 0, 0]], dtype=float))
    >>> _cheapest(_Ball(apart, 0), _Ball(apart, 2))
    inf
    """
    balls = (from_start, to_end)

    def step(ball: _Ball) -> float:
        """Grow ``ball`` once; the best meeting cost with what it settled."""
        other = to_end if ball is from_start else from_start
        fallen = ball.grow()
        if fallen is not None and len(fallen):
            return min(best, float(np.min(ball.cost[fallen] + other.cost[fallen])))
        return best

    for ball in balls:  # each ball's source settled first, so a hub end is left through its own edges
        best = step(ball)
    while best > from_start.radius + to_end.radius:
        ball = min(balls, key=lambda b: b.work())
        if not math.isfinite(ball.work()):
            break  # both exhausted: every node either end reaches is settled, and best is exact
        best = step(ball)
    return best


class _CostMatrix:
    """A search graph's hop costs as a symmetric sparse matrix, for scipy's Dijkstra (C, not Python) over it.

    ``avoided`` marks the nodes a search leaves out unless they are one of its ends (the hubs). They are
    left out by a second, directed matrix in which no edge leads into an avoided node: a search from an
    end (even a hub) never passes through a hub, and an end that is a hub is reached through its own
    neighbours (:meth:`_cost_to`). Nothing is sliced per search but the region a search keeps.
    """

    def __init__(self, matrix: sp.csr_matrix, avoided: np.ndarray | None = None) -> None:
        self.matrix = matrix
        size = matrix.shape[0]
        self.avoided = avoided if avoided is not None else np.zeros(size, dtype=bool)
        self._prepared: tuple[sp.csr_matrix, np.ndarray] | None = None
        self._step: float | None = None  # the blocked matrix's least cost, the step of a _Ball over it
        self._lock = threading.Lock()

    def prepare(self) -> tuple[sp.csr_matrix, np.ndarray]:
        """The matrix with no edge into an avoided node, and each node's connected component among the
        nodes not avoided (built once)."""
        with self._lock:
            if self._prepared is None and not self.avoided.any():
                # nothing avoided (the search through hubs): the matrix is its own blocked and hub-free copy
                # (a CSR matrix from coordinates sums repeats and sorts as the copies would)
                self._step = float(self.matrix.data.min()) if self.matrix.nnz else 1.0
                self._prepared = self.matrix, csgraph.connected_components(self.matrix, directed=False)[1]
            if self._prepared is None:
                coo = self.matrix.tocoo()
                into_kept = ~self.avoided[coo.col]
                size = self.matrix.shape[0]
                blocked = sp.csr_matrix((coo.data[into_kept], (coo.row[into_kept], coo.col[into_kept])),
                                        shape=(size, size))
                both = into_kept & ~self.avoided[coo.row]
                hubless = sp.csr_matrix((coo.data[both], (coo.row[both], coo.col[both])), shape=(size, size))
                self._step = float(blocked.data.min()) if blocked.nnz else 1.0
                self._prepared = blocked, csgraph.connected_components(hubless, directed=False)[1]
            return self._prepared

    def _neighbours(self, node: int) -> tuple[np.ndarray, np.ndarray]:
        low, high = self.matrix.indptr[node], self.matrix.indptr[node + 1]
        return self.matrix.indices[low:high], self.matrix.data[low:high]

    def _cost_to(self, distance: np.ndarray, node: int, source: int) -> float:
        """The cheapest cost from ``source`` to ``node`` given ``distance`` (a Dijkstra from ``source`` over
        the blocked matrix): a hub is reached through a neighbour that is no hub, or from ``source`` itself."""
        if not self.avoided[node] or node == source:
            return float(distance[node])
        others, costs = self._neighbours(node)
        usable = ~self.avoided[others] | (others == source)
        return float(np.min(costs[usable] + distance[others[usable]])) if usable.any() else math.inf

    def _reachable(self, start: int, end: int, component: np.ndarray) -> bool:
        def parts(node: int) -> set[int]:
            if not self.avoided[node]:
                return {int(component[node])}
            others, _ = self._neighbours(node)
            return set(component[others[~self.avoided[others]]].tolist())

        return bool(parts(start) & parts(end)) or end in self._neighbours(start)[0]

    def within_hops(self, start: int, end: int, max_hops: int) -> bool:
        """Whether some path of at most ``max_hops`` hops joins ``start`` and ``end`` through nodes not avoided (the
        ends may be): a breadth-first search from both ends, a hop at a time on the side whose next hop reads fewer
        edges, over the whole matrix (costs ignored). A search's region is part of that graph, so when this is false
        no path of ``max_hops`` can be found there: :meth:`PathSearch.ranked` answers [] without the cost search,
        whose balls grow until the two ends meet however many hops apart (at 10^5 documents most of the slowest
        hub-free searches were such misses).

        >>> line = sp.diags([np.ones(4), np.ones(4)], [1, -1], shape=(5, 5)).tocsr()   # 0-1-2-3-4
        >>> [_CostMatrix(line).within_hops(0, 4, hops) for hops in (3, 4)], _CostMatrix(line).within_hops(2, 2, 0)
        ([False, True], True)
        >>> middle = np.zeros(5, dtype=bool); middle[2] = True   # the middle node avoided: only ends may be hubs
        >>> _CostMatrix(line, middle).within_hops(0, 4, 9), _CostMatrix(line, middle).within_hops(1, 2, 1)
        (False, True)
        """
        if start == end:
            return True
        indptr, indices = self.matrix.indptr, self.matrix.indices
        # 1: reached from start, 2: from end; a graph-size int8 array (0.7 MB at 10^5 documents, zeroed lazily)
        seen = np.zeros(self.matrix.shape[0], dtype=np.int8)
        seen[start], seen[end] = 1, 2
        mark = np.empty(self.matrix.shape[0], dtype=np.int64)  # scratch for the distinct nodes of a hop
        frontiers = {1: np.array([start], dtype=np.int64), 2: np.array([end], dtype=np.int64)}
        for _ in range(max_hops):
            work = {side: int((indptr[nodes + 1] - indptr[nodes]).sum()) for side, nodes in frontiers.items()}
            side = min(work, key=work.__getitem__)
            if work[side] == 0:
                return False  # one side has nothing left to reach: the two are apart
            positions, _ = _row_positions(indptr, frontiers[side])
            reached = indices[positions].astype(np.int64)
            mine = seen[reached]
            if (mine == 3 - side).any():
                return True  # the hops so far on both sides, plus this one: at most max_hops
            reached = reached[(mine == 0) & ~self.avoided[reached]]  # inner nodes are never avoided ones
            places = np.arange(len(reached))
            mark[reached] = places
            reached = reached[mark[reached] == places]  # each node once
            seen[reached] = side
            frontiers[side] = reached
        return False

    def bounded(self, start: int, end: int, slack: float,
                max_hops: int | None) -> tuple[np.ndarray, dict[int, float], dict[int, int], sp.csr_matrix]:
        """The region a search between ``start`` and ``end`` needs (node numbers, sorted): the nodes whose
        costs from ``start`` and to ``end`` add up to no more than ``slack`` × the cheapest (no path within
        the bound passes any other node), avoided nodes left out but the two ends; with each one's cost to
        ``end`` (as :func:`_distances_to`) and, when ``max_hops``, its fewest hops to ``end`` within the
        region (as :func:`_hops_to`); and the costs among the region's nodes (:meth:`region`).

        The cheapest cost comes from two :class:`_Ball` searches, one from each end, each grown a cost step
        at a time on the side whose next step reads fewer edges, until they meet (:func:`_cheapest`). The
        same two searches are then grown to half the bound, a ball that holds every node of the region and
        the cheapest paths to it, and the exact costs are computed inside that ball's submatrix; two balls
        of the whole bound would hold most of the graph once hubs are allowed.
        """
        empty = np.zeros(0, dtype=np.int64)
        if start == end:
            return empty, {}, {}, sp.csr_matrix((0, 0))
        blocked, component = self.prepare()
        if not self._reachable(start, end, component):
            return empty, {}, {}, sp.csr_matrix((0, 0))
        # the edge joining the two ends, if any: when both are hubs the blocked matrix has no edge into either
        others, costs = self._neighbours(start)
        direct = float(np.min(costs[others == end])) if (others == end).any() else math.inf
        from_start, to_end = _Ball(blocked, start, self._step), _Ball(blocked, end, self._step)
        cheapest = _cheapest(from_start, to_end, best=direct)
        if not math.isfinite(cheapest):
            return empty, {}, {}, sp.csr_matrix((0, 0))
        bound = cheapest * slack + 1e-9
        # Every node of the ellipse, and every node of the cheapest paths from either end to it, is within half
        # the bound of one end: two balls of half the bound hold them all, so the exact costs are computed
        # inside those balls only, not over two balls of the whole bound (most of the graph through hubs).
        from_start.grow_to(bound / 2)
        to_end.grow_to(bound / 2)
        ball = np.flatnonzero((from_start.cost <= bound / 2) | (to_end.cost <= bound / 2))  # sorted, no union's sort
        local = _submatrix(blocked, ball)
        s_local, e_local = int(np.searchsorted(ball, start)), int(np.searchsorted(ball, end))
        to_end = csgraph.dijkstra(local, indices=e_local, limit=bound)
        from_start = csgraph.dijkstra(local, indices=s_local, limit=bound)
        to_end[s_local], from_start[e_local] = cheapest, cheapest  # a hub end is reached only through its neighbours
        kept = np.flatnonzero(to_end + from_start <= bound)
        within = ball[kept]
        remaining = dict(zip(within.tolist(), to_end[kept].tolist()))
        region = self.region(within)
        hops: dict[int, int] = {}
        if max_hops is not None:
            steps = csgraph.shortest_path(region, unweighted=True, indices=int(np.searchsorted(within, end)))
            reached = np.flatnonzero(np.isfinite(steps))
            hops = dict(zip(within[reached].tolist(), steps[reached].astype(int).tolist()))
        return within, remaining, hops, region

    def region(self, within: np.ndarray) -> sp.csr_matrix:
        """The costs among the nodes ``within`` (sorted node numbers) only, numbered by their place in it."""
        return _submatrix(self.matrix, within)


def _submatrix(matrix: sp.csr_matrix, nodes: np.ndarray) -> sp.csr_matrix:
    """``matrix[nodes][:, nodes]`` for sorted distinct ``nodes``, the same entries in the same order, reading only
    those rows: scipy's column index allocates and scans arrays of the whole graph's size (740,000 at 10^5
    documents) on every call, a few ms however few the nodes. Rows of more than :data:`SUBMATRIX_SHARE` × that
    size in entries are left to scipy: there its C passes cost less than this function's dozen numpy passes
    (a ball of 10^4-10^5 nodes and millions of entries: a third more search CPU at p95 when done here).

    >>> costs = sp.csr_matrix(np.array([[0, 1, 2], [1, 0, 3], [2, 3, 0]], dtype=float))
    >>> _submatrix(costs, np.array([0, 2])).toarray().tolist(), _submatrix(costs, np.array([], dtype=np.int64)).shape
    ([[0.0, 2.0], [2.0, 0.0]], (0, 0))
    """
    size = len(nodes)
    indptr, indices = matrix.indptr, matrix.indices
    if int((indptr[nodes + 1] - indptr[nodes]).sum()) > SUBMATRIX_SHARE * matrix.shape[0]:
        return matrix[nodes][:, nodes]
    positions, counts = _row_positions(indptr, nodes)
    columns = indices[positions]
    # each column's place among ``nodes``, from a map of the nodes' places (O(1) a column, no search); the map is
    # not cleared, so a column not in ``nodes`` reads whatever is there, clipped to a place holding another node
    mark = np.empty(matrix.shape[0], dtype=np.int64)
    mark[nodes] = np.arange(size)
    places = np.clip(mark[columns], 0, max(size - 1, 0))
    inside = nodes[places] == columns if size else np.zeros(0, dtype=bool)
    rows = np.repeat(np.arange(size), counts)[inside]
    # rows and, within each, columns in the matrix's own (sorted) order, as scipy's indexing keeps them
    new_indptr = np.zeros(size + 1, dtype=indptr.dtype)
    np.cumsum(np.bincount(rows, minlength=size), out=new_indptr[1:])
    return sp.csr_matrix((matrix.data[positions][inside], places[inside].astype(indices.dtype), new_indptr),
                         shape=(size, size))


class PathSearch:
    """The graphs the path finder searches, as arrays, built once and reused by many searches.

    ``kg path`` builds one per call (:meth:`from_networkx`); the web UI keeps one per store generation
    (:meth:`from_store`, reading only node keys, labels, names and edge ends). Node numbers follow the
    order the nodes came in, and paths of equal cost and specificity come in that order.
    """

    def __init__(self, keys: list[str], labels: list[str], names: list[str], sources: np.ndarray,
                 targets: np.ndarray, bare: np.ndarray, hub_share: float = HUB_SHARE) -> None:
        self.keys = keys
        self.index = {key: i for i, key in enumerate(keys)}
        self.labels = labels
        self.names = names
        size = len(keys)
        # each edge counts once at each end, a self-loop twice (networkx's degree of the undirected multigraph)
        self.degree = np.bincount(sources, minlength=size) + np.bincount(targets, minlength=size)
        self._node_cost = np.array([HOP_COST.get(label, 2.0) for label in labels], dtype=float)
        self._edges = (sources, targets, bare)
        self._hub_share = hub_share
        self._lock = threading.Lock()
        self._matrices: dict[bool, _CostMatrix] = {}
        self._hubs: set[str] | None = None
        self._building = False  # the matrix through hubs is being built in the background

    @classmethod
    def from_edges(cls, nodes: Iterable[tuple[str, str, str]], edges: Iterable[tuple[str, str, str]],
                   hub_share: float = HUB_SHARE) -> "PathSearch":
        """From (key, label, name) nodes and (type, source, target) edges; an edge to an unknown node is dropped."""
        keys: list[str] = []
        labels: list[str] = []
        names: list[str] = []
        for key, label, name in nodes:
            keys.append(key)
            labels.append(label)
            names.append(name)
        index = {key: i for i, key in enumerate(keys)}
        # compact arrays while reading: 5 million edges at 10^5 documents
        sources, targets, bare = array("q"), array("q"), bytearray()
        for rel_type, source, target in edges:
            s, t = index.get(source), index.get(target)
            if s is None or t is None:
                continue
            sources.append(s)
            targets.append(t)
            bare.append(bare_mention(rel_type, target))
        return cls(keys, labels, names, np.frombuffer(sources, dtype=np.int64), np.frombuffer(targets, dtype=np.int64),
                   np.frombuffer(bare, dtype=bool), hub_share)

    @classmethod
    def from_store(cls, store: Any) -> "PathSearch":
        """The whole store's search graph: node keys, labels and names, and the ends of every edge."""
        return cls.from_edges(((n["key"], n["label"], n["name"]) for n in store.iter_nodes(None, properties=[])),
                              store.edge_ends())

    @classmethod
    def from_networkx(cls, graph: Any) -> "PathSearch":
        """From a MultiDiGraph of :func:`kg.analysis.graph.to_networkx` (node attributes label and name)."""
        return cls.from_edges(((key, data.get("label"), data.get("name")) for key, data in graph.nodes(data=True)),
                              ((data.get("type"), u, v) for u, v, data in graph.edges(data=True)))

    def __contains__(self, key: object) -> bool:
        return key in self.index

    def label(self, key: str) -> str | None:
        return self.labels[self.index[key]]

    def name(self, key: str) -> str | None:
        return self.names[self.index[key]]

    def degree_of(self, key: str) -> int:
        """The node's number of edges (each edge once at each end)."""
        return int(self.degree[self.index[key]])

    def edge_count(self) -> int:
        return len(self._edges[0])

    def small(self) -> bool:
        """Whether building a search matrix takes a moment only (it takes tens of seconds at 10^5 documents)."""
        return self.edge_count() <= BUILD_NOW_EDGES

    def warm(self) -> "PathSearch":
        """Build what a default (hub-free) search reads now rather than in the first request."""
        self._matrix(False).prepare()
        return self

    def ready(self, allow_hubs: bool) -> bool:
        """Whether the search matrix for ``allow_hubs`` is built (a search would not wait for it)."""
        return allow_hubs in self._matrices

    def build_with_hubs_later(self) -> None:
        """Build the search matrix through hubs in a background thread (once), for the searches after."""
        with self._lock:
            if True in self._matrices or self._building:
                return
            self._building = True

        def work() -> None:
            try:
                # prepared before it is published: preparing the matrix through hubs (its blocked copy, its
                # components) took 1.4 s of CPU at 10^5 documents, paid by the first request through hubs and by
                # every request waiting for its lock meanwhile (2.1 s through the server)
                self._matrix(True, prepared=True)
            finally:
                self._building = False

        threading.Thread(target=work, name="civkg-path-graph", daemon=True).start()

    @property
    def hubs(self) -> set[str]:
        """Topic nodes and the top :data:`HUB_SHARE` of entities by degree, which paths avoid by default."""
        self._matrix(False)
        return set(self._hubs or ())

    def _matrix(self, allow_hubs: bool, prepared: bool = False) -> _CostMatrix:
        """The search matrix for ``allow_hubs``, built on first use; ``prepared``: a new one is also
        :meth:`_CostMatrix.prepare`-d before searches can see it (:meth:`ready` is then true)."""
        built = self._matrices.get(allow_hubs)
        if built is not None:
            return built
        # built outside the lock (the one through hubs is built in the background while searches go on), kept once
        low, high = self._pairs(allow_hubs)
        size = len(self.keys)
        cost = (self._node_cost[low] + self._node_cost[high]) / 2
        matrix = sp.csr_matrix((np.concatenate([cost, cost]), (np.concatenate([low, high]), np.concatenate([high, low]))),
                               shape=(size, size))
        matrix.sort_indices()
        avoided = None
        hubs: set[str] | None = None
        if not allow_hubs:
            hub_numbers = self._hub_numbers(low, high)
            avoided = np.zeros(size, dtype=bool)
            avoided[hub_numbers] = True
            hubs = {self.keys[i] for i in hub_numbers.tolist()}
        new = _CostMatrix(matrix, avoided)
        if prepared:
            new.prepare()
        with self._lock:
            if allow_hubs not in self._matrices:
                self._matrices[allow_hubs] = new
                if hubs is not None:
                    self._hubs = hubs
            return self._matrices[allow_hubs]

    def _pairs(self, allow_hubs: bool) -> tuple[np.ndarray, np.ndarray]:
        """The distinct undirected node pairs (low, high) joined by an edge: self-loops dropped, and bare
        mentions too unless ``allow_hubs``."""
        sources, targets, bare = self._edges
        keep = sources != targets
        if not allow_hubs:
            keep &= ~bare
        size = max(len(self.keys), 1)
        low, high = np.minimum(sources[keep], targets[keep]), np.maximum(sources[keep], targets[keep])
        code = np.unique(low * size + high)
        return code // size, code % size

    def _hub_numbers(self, low: np.ndarray, high: np.ndarray) -> np.ndarray:
        """Topic nodes and the top share of the other non-document nodes by their number of neighbours in
        the hub-free graph, ties by key."""
        size = len(self.keys)
        neighbours = np.bincount(low, minlength=size) + np.bincount(high, minlength=size)
        labels = np.array(self.labels, dtype=object)
        topics = np.flatnonzero(labels == "Topic")
        candidates = np.flatnonzero(labels != "Document")
        count = min(max(1, int(size * self._hub_share)), len(candidates)) if self._hub_share > 0 else 0
        if count == 0:
            return topics
        degree = neighbours[candidates]
        threshold = np.partition(degree, len(degree) - count)[len(degree) - count]
        above = candidates[degree > threshold]
        tied = sorted(candidates[degree == threshold].tolist(), key=self.keys.__getitem__)[:count - len(above)]
        return np.union1d(topics, np.union1d(above, np.array(tied, dtype=np.int64)))

    def ranked(self, start: str, end: str, allow_hubs: bool = False, candidates: int = 8,
               max_hops: int | None = None, budget: float | None = None, report: dict[str, Any] | None = None,
               slack: float = COST_SLACK) -> list[list[str]]:
        """Paths (node keys) between two nodes, best first; [] if none.

        Up to ``candidates`` cheapest paths by :data:`HOP_COST` (hubs avoided unless ``allow_hubs``) of at
        most ``max_hops`` hops and within ``slack`` of the cheapest (:func:`cheapest_simple_paths`) compete,
        the most specific (:func:`specificity`) first, then the cheapest: a long detour through rare nodes
        never beats a short meaningful chain. ``budget``: seconds after which no further candidate is looked
        for once one is found (a server's bound; ``kg path`` has none); ``report`` (a dict) then gets
        ``cut=True`` and ``looked`` (the candidates compared).
        """
        if start not in self.index or end not in self.index:
            return []
        matrix = self._matrix(allow_hubs)
        s, e = self.index[start], self.index[end]
        if max_hops is not None and not matrix.within_hops(s, e, max_hops):
            return []  # no path of max_hops hops at all: the region (a part of the graph) holds none either
        within, remaining, hops, region = matrix.bounded(s, e, slack, max_hops)
        if not remaining or (max_hops is not None and hops.get(s, max_hops + 1) > max_hops):
            return []  # no path of max_hops hops or fewer within the bound (13 of the 20 slowest at 10^5, hub-free)
        region = region.tocoo()
        numbers = within.tolist()
        adjacency: dict[int, dict[int, dict[str, float]]] = {n: {} for n in numbers}
        for row, col, cost in zip(region.row.tolist(), region.col.tolist(), region.data.tolist()):
            adjacency[numbers[row]][numbers[col]] = {"cost": cost}
        degrees = dict(zip(numbers, self.degree[within].tolist()))
        deadline = None if budget is None else time.monotonic() + budget
        found: list[list[int]] = []
        for path in cheapest_simple_paths(adjacency, s, e, slack, max_hops, distances=(remaining, hops), degrees=degrees):
            found.append(path)
            if len(found) >= candidates:
                break
            if deadline is not None and time.monotonic() > deadline:
                if report is not None:
                    report.update(cut=True, looked=len(found))
                break
        cost = {tuple(p): sum(adjacency[u][v]["cost"] for u, v in zip(p, p[1:])) for p in found}
        found.sort(key=lambda p: (-round(specificity(None, p, degrees), 6), cost[tuple(p)]))
        return [[self.keys[n] for n in path] for path in found]


def hop_order(source: str, target: str, data: Mapping[str, Any]) -> tuple:
    """How the fact shown for a hop is chosen among the edges joining its two nodes: a typed relation before a
    bare mention, then the earliest sentence, then document, position and type (a total order, so the path
    finder and ``kg path`` show the same fact whichever order a store returns edges in).

    >>> sorted([("a", "b", {"type": "MENTIONS", "sentence_index": 0}), ("b", "a", {"type": "PROMOTES", "sentence_index": 4})],
    ...        key=lambda h: hop_order(*h))[0][2]["type"]
    'PROMOTES'
    """
    return (data.get("type") == "MENTIONS", data.get("sentence_index") or 0, data.get("doc_id") or "",
            data.get("start") or 0, data.get("type") or "", source, target)


def choose_hop(options: Sequence[tuple[str, str, Mapping[str, Any]]], allow_hubs: bool) -> tuple[str, str, Mapping[str, Any]]:
    """The edge shown for one hop among ``options`` (source, target, data), both directions: bare mentions only
    when ``allow_hubs`` or when nothing else joins the two, then :func:`hop_order`."""
    if not allow_hubs:
        options = [o for o in options if not bare_mention(o[2].get("type") or "", o[1])] or list(options)
    return min(options, key=lambda o: hop_order(*o))


def store_hop_edges(store: Any, path: list[str], allow_hubs: bool = False) -> list[tuple[str, str, dict[str, Any]]]:
    """The fact behind each hop of ``path``, read from ``store`` with its whole provenance: (source, target,
    data with ``type``) in the edge's own direction, as :func:`choose_hop` picks it."""
    return store_path_hops(store, [path], allow_hubs)[0]


def store_path_hops(store: Any, paths: Sequence[list[str]], allow_hubs: bool = False,
                    degree: Callable[[str], int] | None = None) -> list[list[tuple[str, str, dict[str, Any]]]]:
    """:func:`store_hop_edges` of each of ``paths``, read in one :meth:`Store.edges_to` per hop end chosen, not
    one per hop: each hop is asked from its end of lower ``degree`` (a query from a hub walks the hub's edges,
    ten times slower at 10^4 documents), and a node's hops in every path are asked together.

    >>> class Edges:
    ...     asked = []
    ...     def edges_to(self, key, others):
    ...         self.asked.append((key, others))
    ...         return [{"type": "PROMOTES", "source": key, "target": o, "properties": {}} for o in others]
    >>> store = Edges()
    >>> hops = store_path_hops(store, [["T", "a", "b"], ["T", "c", "b"]], degree={"T": 9, "a": 1, "b": 2, "c": 1}.get)
    >>> [[(s, t) for s, t, _ in path] for path in hops], store.asked
    ([[('a', 'T'), ('a', 'b')], [('c', 'T'), ('c', 'b')]], [('a', ['T', 'b']), ('c', ['T', 'b'])])
    """
    def rank(key: str) -> tuple[int, str]:
        return (degree(key) if degree is not None else 0), key

    asked: dict[str, set[str]] = {}
    for path in paths:
        for u, v in zip(path, path[1:]):
            centre, other = sorted((u, v), key=rank)
            asked.setdefault(centre, set()).add(other)
    options: dict[frozenset, list[tuple[str, str, dict[str, Any]]]] = {}
    for centre in sorted(asked):
        for e in store.edges_to(centre, sorted(asked[centre])):
            other = e["target"] if e["source"] == centre else e["source"]
            options.setdefault(frozenset((centre, other)), []).append(
                (e["source"], e["target"], {"type": e["type"], **(e.get("properties") or {})}))
    return [[choose_hop(options.get(frozenset((u, v)), []), allow_hubs) for u, v in zip(path, path[1:])]
            for path in paths]


def path_hubs(search: Any, ends: tuple[str, str] = ()) -> set[str]:
    """The hub nodes a default path search avoids (except ``ends``); ``search``: a :class:`PathSearch` or a
    MultiDiGraph of :func:`kg.analysis.graph.to_networkx`."""
    search = search if isinstance(search, PathSearch) else PathSearch.from_networkx(search)
    return search.hubs - set(ends)
