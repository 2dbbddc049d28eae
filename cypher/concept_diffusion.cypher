// answers: How program concepts spread: the first year each catalogue concept appears in each place's documents, with its catalogue launch year.
// param: concept string = *  One concept's name (* for every concept)
// param: limit int = 500  Most rows to return
// A concept appears in a place when a dated document about the place names it, or promotes or mentions a Program that is an INSTANCE_OF it.
MATCH (pl:Place)<-[:ABOUT_PLACE]-(d:Document)-[:MENTIONS|PROMOTES|INSTANCE_OF*1..2]->(c:Concept)
WHERE d.year IS NOT NULL AND ($concept = '*' OR c.name = $concept)
WITH c.name AS concept, c.start_year AS launch, pl.name AS place, min(d.year) AS first_year, count(DISTINCT d.key) AS documents
RETURN concept, launch, place, first_year, documents
ORDER BY concept, first_year, place
LIMIT $limit
