// answers: A catalogue indicator (城市低保标准, 养老床位数 …) across places and years: each value with its unit, the indicator's comparable unit and the sentence that states it.
// param: indicator string  Catalogue indicator name or code, e.g. 城市低保标准 or dibao_standard_urban
// param: limit int = 200  Most rows to return
// Only targets linked to the catalogue (MEASURES_INDICATOR); the place is the one the target is for (FOR_PLACE, or
// its place property: 全国), else the document's.
MATCH (d:Document)-[:SETS]->(t:Target)-[m:MEASURES_INDICATOR]->(i:Indicator)
WHERE i.name = $indicator OR i.code = $indicator
OPTIONAL MATCH (t)-[:FOR_PLACE]->(tp:Place)
OPTIONAL MATCH (d)-[:ABOUT_PLACE]->(dp:Place)
RETURN DISTINCT coalesce(tp.name, t.place, dp.name) AS place, coalesce(t.year, d.year) AS year, i.name AS indicator,
       t.value AS value, t.unit AS unit, i.unit AS comparable_unit, t.kind AS kind, m.sentence AS sentence
ORDER BY year, place, value
LIMIT $limit
