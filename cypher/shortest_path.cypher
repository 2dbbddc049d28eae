// answers: How two entities are connected: the shortest chains of relationships between them, by name.
// param: source string  Name of the first entity, e.g. 营口市民政局
// param: target string  Name of the second entity, e.g. 三社联动
// param: limit int = 10  Most paths to return
// Direction is ignored; paths longer than 6 hops are not searched.
MATCH (a), (b)
WHERE a.name = $source AND b.name = $target AND a.key <> b.key
MATCH p = allShortestPaths((a)-[*..6]-(b))
WITH [n IN nodes(p) | n.name] AS names, length(p) AS hops
RETURN DISTINCT reduce(s = head(names), n IN tail(names) | s + ' — ' + n) AS path, hops, names
ORDER BY hops, path
LIMIT $limit
