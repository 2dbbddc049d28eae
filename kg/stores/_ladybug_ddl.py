"""LadybugDB (Kuzu-dialect) DDL and write statements, derived from kg.schema.

One node table per label with the label's properties and ``key`` as primary
key; one relationship table per type listing every (FROM, TO) pair the schema
allows, so ``MATCH (a:Agency)-[r:PROMOTES]->(p:Program)`` and
``MATCH (d:Document)-[r:PROMOTES]->(p:Program)`` both work, as in Neo4j.

>>> node_table_ddl(schema.LABELS["Topic"])
'CREATE NODE TABLE IF NOT EXISTS Topic(`key` STRING, `name` STRING, `aliases` STRING[], `code` STRING, PRIMARY KEY(`key`))'
>>> rel_table_ddl(schema.REL_TYPES["PROMOTES"]).split(", `doc_id`")[0]
'CREATE REL TABLE IF NOT EXISTS PROMOTES(FROM Document TO Program, FROM Agency TO Program'
"""
from __future__ import annotations

from kg import schema
from kg.stores.base import merged_value_cypher


def node_table_ddl(label: schema.Label) -> str:
    columns = ", ".join(f"{quote(name)} {typ}" for name, typ in label.all_properties.items())
    return f"CREATE NODE TABLE IF NOT EXISTS {label.name}({columns}, PRIMARY KEY({quote(label.key)}))"


def rel_table_ddl(rel: schema.RelType) -> str:
    pairs = ", ".join(f"FROM {source} TO {target}" for source, target in rel.endpoints)
    columns = ", ".join(f"{quote(name)} {typ}" for name, typ in rel.all_properties.items())
    return f"CREATE REL TABLE IF NOT EXISTS {rel.name}({pairs}, {columns}, MANY_MANY)"


def quote(name: str) -> str:
    """Backquote a property name: ``end`` (a provenance property) is a reserved word in this dialect.

    >>> quote("end")
    '`end`'
    """
    return f"`{name}`"


def _cast(expression: str, typ: str) -> str:
    # Parameters arrive as a list of maps; a column that is null in every row
    # would be inferred as STRING, so every non-string value is cast explicitly.
    return expression if typ == schema.STRING else f"CAST({expression} AS {typ})"


def load_nodes_statement(label: schema.Label, frame_name: str) -> str:
    """LOAD FROM a pandas DataFrame (a column per property) and CREATE each node; the keys are known to be new.

    Together with :func:`update_nodes_statement` this is a MERGE: a single
    ``MERGE`` is planned as a scan of the whole node table crossed with the
    rows, which grows with the store, where a key lookup first and then
    CREATE or MATCH … WHERE key = … uses the primary-key index. A frame, not
    an ``UNWIND $rows`` parameter, spares the driver's per-value type checks
    on a list of maps.
    """
    values = [f"{quote(label.key)}: {quote(label.key)}"]
    for prop, typ in label.all_properties.items():
        if prop == label.key:
            continue
        if prop == "aliases":
            values.append(f"aliases: coalesce({_cast('aliases', typ)}, CAST([] AS {schema.STRING_LIST}))")
        else:
            values.append(f"{quote(prop)}: {_cast(quote(prop), typ)}")
    return f"LOAD FROM {frame_name} CREATE (n:{label.name} {{{', '.join(values)}}})"


def update_nodes_statement(label: schema.Label, frame_name: str) -> str:
    """LOAD FROM a pandas DataFrame, find each stored node by key and merge the row into it.

    A later document never erases what an earlier one said: a property takes
    :func:`kg.stores.base.merged_value` of the stored and the new value (the
    order-independent rule the batch merge uses too), and aliases accumulate.
    """
    assignments = []
    for prop, typ in label.all_properties.items():
        if prop == label.key:
            continue
        if prop == "aliases":
            empty = f"CAST([] AS {schema.STRING_LIST})"
            assignments.append(
                f"n.aliases = list_distinct(list_concat(coalesce(n.aliases, {empty}), "
                f"coalesce({_cast('aliases', typ)}, {empty})))"
            )
        else:
            assignments.append(f"n.{quote(prop)} = {merged_value_cypher(f'n.{quote(prop)}', _cast(quote(prop), typ))}")
    key = quote(label.key)
    return f"LOAD FROM {frame_name} MATCH (n:{label.name}) WHERE n.{key} = {key} SET {', '.join(assignments)}"


def nodes_by_key_statement(label: str, then: str) -> str:
    """UNWIND $keys, find each node ``n`` by primary-key lookup, then run ``then`` on it.

    ``WHERE n.key IN $keys`` would scan the whole node table instead.

    >>> nodes_by_key_statement("Agency", "RETURN n.key")
    'UNWIND $keys AS k MATCH (n:Agency) WHERE n.`key` = k RETURN n.key'
    """
    return f"UNWIND $keys AS k MATCH (n:{label}) WHERE n.{quote('key')} = k {then}"


def load_edges_statement(rel: schema.RelType, source_label: str, target_label: str, frame_name: str) -> str:
    """LOAD FROM a pandas DataFrame (columns source, target, then the properties) and CREATE each edge.

    About 1.6x faster than UNWIND over a parameter list, because rows don't
    go through per-value Python conversion. Two ``MATCH … WHERE key =``
    clauses, not one ``MATCH (a {key: …}), (b {key: …})``: the planner turns
    each into a primary-key lookup, where the single pattern scanned both
    node tables whole and hash-joined them, a cost that grew with the store.
    """
    props = ", ".join(f"{quote(prop)}: {_cast(quote(prop), typ)}" for prop, typ in rel.all_properties.items())
    return (f"LOAD FROM {frame_name} MATCH (a:{source_label}) WHERE a.key = source "
            f"MATCH (b:{target_label}) WHERE b.key = target "
            f"CREATE (a)-[:{rel.name} {{{props}}}]->(b) RETURN count(*)")


def starts_at_document(rel: schema.RelType) -> bool:
    """Whether every edge of ``rel`` starts at a Document (MENTIONS, SETS, COVERS …; not PROMOTES, which an
    Agency may start too).

    >>> starts_at_document(schema.REL_TYPES["MENTIONS"]), starts_at_document(schema.REL_TYPES["PROMOTES"])
    (True, False)
    """
    return all(source == "Document" for source, _ in rel.endpoints)
