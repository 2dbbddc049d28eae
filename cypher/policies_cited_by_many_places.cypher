// answers: Policy documents cited by documents about several places, most places first.
// param: min_places int = 2  Fewest distinct places citing a policy
// param: limit int = 50  Most rows to return
MATCH (pl:Place)<-[:ABOUT_PLACE]-(d:Document)-[:CITES]->(po:Policy)
WITH po.name AS policy, pl.name AS place, d.key AS document
WITH policy, collect(DISTINCT place) AS places, count(DISTINCT document) AS documents
WHERE size(places) >= $min_places
RETURN policy, size(places) AS place_count, places, documents
ORDER BY place_count DESC, documents DESC, policy
LIMIT $limit
