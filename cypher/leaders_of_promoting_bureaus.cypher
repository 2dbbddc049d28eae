// answers: The leaders (HOLDS_POST) of every body that promotes a program, with their titles and the programs.
// param: program string = *  One program's name (* for every program)
// param: limit int = 200  Most rows to return
MATCH (a:Agency)-[:PROMOTES]->(p:Program)
WHERE $program = '*' OR p.name = $program
MATCH (person:Person)-[h:HOLDS_POST]->(a)
WITH a.name AS agency, person.name AS person, h.title AS title, p.name AS program
RETURN agency, person, collect(DISTINCT title) AS titles, count(DISTINCT program) AS programs,
       collect(DISTINCT program) AS program_names
ORDER BY programs DESC, agency, person
LIMIT $limit
