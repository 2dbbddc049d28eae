// answers: The quantitative targets and reported figures for a place, year by year.
// param: place string  Canonical place name, e.g. 营口市
// param: limit int = 200  Most rows to return
// A target counts for the place when it is stated for it (FOR_PLACE) or, failing
// that, when the document stating it is about the place.
MATCH (d:Document)-[:SETS]->(t:Target)
WHERE EXISTS { MATCH (t)-[:FOR_PLACE]->(p:Place) WHERE p.name = $place }
   OR (NOT EXISTS { MATCH (t)-[:FOR_PLACE]->(:Place) }
       AND EXISTS { MATCH (d)-[:ABOUT_PLACE]->(q:Place) WHERE q.name = $place })
RETURN DISTINCT coalesce(t.year, d.year) AS year, t.indicator AS indicator, t.value AS value, t.unit AS unit,
       t.kind AS kind, t.scope AS scope, t.from_value AS from_value, d.title AS document
ORDER BY year, indicator, value, document
LIMIT $limit
