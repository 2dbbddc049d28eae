// answers: The meetings an agency convened (ORGANIZED_BY), where they were held and who spoke or chaired.
// param: agency string  Canonical agency name, e.g. 营口市民政局
// param: limit int = 100  Most rows to return
MATCH (m:Meeting)-[o:ORGANIZED_BY]->(a:Agency)
WHERE a.name = $agency
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
OPTIONAL MATCH (sp:Person)-[:SPOKE_AT]->(m)
OPTIONAL MATCH (ch:Person)-[:CHAIRED]->(m)
WITH m.name AS meeting, m.year AS year, o.doc_id AS doc_id, pl.name AS place, sp.name AS speaker, ch.name AS chair
RETURN meeting, year, collect(DISTINCT place) AS places, collect(DISTINCT speaker) AS speakers,
       collect(DISTINCT chair) AS chairs, collect(DISTINCT doc_id) AS doc_ids
ORDER BY year, meeting
LIMIT $limit
