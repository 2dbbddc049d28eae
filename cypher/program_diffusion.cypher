// answers: How programs spread: the first year each program appears in each place's documents.
// param: program string = *  One program's name (* for every program)
// param: limit int = 500  Most rows to return
// A program appears in a place when a dated document about the place promotes or mentions it.
MATCH (pl:Place)<-[:ABOUT_PLACE]-(d:Document)-[:PROMOTES|MENTIONS]->(pr:Program)
WHERE d.year IS NOT NULL AND ($program = '*' OR pr.name = $program)
WITH pr.name AS program, pl.name AS place, min(d.year) AS first_year, count(DISTINCT d.key) AS documents
RETURN program, place, first_year, documents
ORDER BY program, first_year, place
LIMIT $limit
