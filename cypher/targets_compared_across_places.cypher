// answers: One indicator compared across places and years: each place's stated value, unit and kind.
// param: indicator string  Indicator name or part of it, e.g. 最低生活保障标准
// param: limit int = 200  Most rows to return
// The place is the one the target is stated for, else the place the document is about.
MATCH (d:Document)-[:SETS]->(t:Target)
WHERE t.indicator CONTAINS $indicator
OPTIONAL MATCH (t)-[:FOR_PLACE]->(tp:Place)
OPTIONAL MATCH (d)-[:ABOUT_PLACE]->(dp:Place)
RETURN DISTINCT coalesce(tp.name, dp.name) AS place, coalesce(t.year, d.year) AS year, t.indicator AS indicator,
       t.value AS value, t.unit AS unit, t.kind AS kind, t.scope AS scope, d.title AS document
ORDER BY indicator, unit, year, place, value
LIMIT $limit
