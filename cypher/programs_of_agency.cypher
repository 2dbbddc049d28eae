// answers: The programs an agency promotes, itself or through the documents it issued, with the documents that say so.
// param: agency string  Canonical agency name, e.g. 营口市民政局
// param: limit int = 100  Most rows to return
// Zero hops of ISSUED_BY is the agency itself; one hop is a document it issued.
MATCH (a:Agency)<-[:ISSUED_BY*0..1]-(x)-[r:PROMOTES]->(p:Program)
WHERE a.name = $agency
WITH p.name AS program, r.doc_id AS doc_id
RETURN program, count(DISTINCT doc_id) AS documents, collect(DISTINCT doc_id) AS doc_ids
ORDER BY documents DESC, program
LIMIT $limit
