// answers: Pairs of places whose documents promote the same programs, most shared first.
// param: place string = *  Only pairs that include this place (* for every pair)
// param: min_shared int = 1  Fewest shared programs for a pair to be listed
// param: limit int = 50  Most rows to return
MATCH (p1:Place)<-[:ABOUT_PLACE]-(d1:Document)-[:PROMOTES]->(pr:Program)<-[:PROMOTES]-(d2:Document)-[:ABOUT_PLACE]->(p2:Place)
WHERE p1.name < p2.name AND ($place = '*' OR p1.name = $place OR p2.name = $place)
WITH p1.name AS place_a, p2.name AS place_b, pr.name AS program
WITH place_a, place_b, collect(DISTINCT program) AS programs
WHERE size(programs) >= $min_shared
RETURN place_a, place_b, size(programs) AS shared, programs
ORDER BY shared DESC, place_a, place_b
LIMIT $limit
