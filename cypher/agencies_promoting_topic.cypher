// answers: Which agencies promote programs in a civil-affairs business line (topic), and which programs.
// param: topic string  Topic name or code, e.g. 养老服务 or elderly_care
// param: limit int = 50  Most rows to return
MATCH (t:Topic)
WHERE t.name = $topic OR t.code = $topic
MATCH (a:Agency)<-[:ISSUED_BY*0..1]-(x)-[r:PROMOTES]->(p:Program)-[:IN_TOPIC]->(t)
WITH a.name AS agency, p.name AS program, r.doc_id AS doc_id
RETURN agency, count(DISTINCT program) AS programs, collect(DISTINCT program) AS program_names,
       count(DISTINCT doc_id) AS documents
ORDER BY programs DESC, documents DESC, agency
LIMIT $limit
