// answers: The meetings at which a person spoke (讲话/作报告), where and when, with the documents reporting it.
// param: person string  The person's name, e.g. 杜邦安
// param: limit int = 100  Most rows to return
MATCH (p:Person)-[s:SPOKE_AT]->(m:Meeting)
WHERE p.name = $person
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
WITH m.name AS meeting, m.year AS year, m.date AS date, pl.name AS place, s.doc_id AS doc_id
RETURN meeting, year, date, collect(DISTINCT place) AS places, count(DISTINCT doc_id) AS documents,
       collect(DISTINCT doc_id) AS doc_ids
ORDER BY year, meeting
LIMIT $limit
