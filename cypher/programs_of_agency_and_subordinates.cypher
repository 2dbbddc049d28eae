// answers: The programs an agency and its subordinate bodies run (Agency PROMOTES), body by body, with the documents that say so.
// param: agency string  Canonical agency name, e.g. 山东省民政厅
// param: limit int = 200  Most rows to return
// Subordinate bodies: the agency's own offices (names that start with its name, 浙江省民政厅办公室) and the
// bodies located in a place below its place (PART_OF, up to three levels: 滨州市民政局 under 山东省民政厅).
MATCH (a:Agency)-[:LOCATED_IN]->(home:Place)
WHERE a.name = $agency
MATCH (b:Agency)-[:LOCATED_IN]->(pl:Place)-[:PART_OF*0..3]->(home)
WHERE b.name = a.name OR b.name STARTS WITH a.name OR pl.name <> home.name
MATCH (b)-[r:PROMOTES]->(p:Program)
WITH b.name AS agency, p.name AS program, r.doc_id AS doc_id
RETURN agency, program, count(DISTINCT doc_id) AS documents, collect(DISTINCT doc_id) AS doc_ids
ORDER BY agency, documents DESC, program
LIMIT $limit
