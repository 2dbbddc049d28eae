// answers: How two entities are connected: the shortest chains of relationships between them, by name.
// param: source string  Name of the first entity, e.g. 营口市民政局
// param: target string  Name of the second entity, e.g. 三社联动
// param: limit int = 10  Most paths to return
// LadybugDB spells all-shortest-paths as a recursive-relationship modifier and
// has list_transform/list_reduce where Neo4j has comprehensions and reduce.
MATCH (a), (b)
WHERE a.name = $source AND b.name = $target AND a.key <> b.key
MATCH p = (a)-[* ALL SHORTEST 1..6]-(b)
WITH list_transform(nodes(p), n -> n.name) AS names, length(p) AS hops
RETURN DISTINCT list_reduce(names, (x, y) -> x + ' — ' + y) AS path, hops, names
ORDER BY hops, path
LIMIT $limit
