"""Which Cypher the free console accepts: an allow-list, not a list of forbidden words.

A console query may only read. Rather than looking for dangerous keywords
(there is always one more: ``CALL read_csv_serial(...)``, ``CALL threads=1``,
``SHOW TRANSACTIONS``, ``TERMINATE ...``), every word of the query must be one
of these:

- a reading keyword: ``MATCH``, ``OPTIONAL MATCH``, ``WHERE``, ``WITH``,
  ``UNWIND``, ``RETURN``, ``ORDER BY``, ``SKIP``, ``LIMIT``, ``UNION`` and the
  expression words (``AND``, ``CASE``, ``IN``, ``IS NULL``, ``AS``, ...);
- a function on :data:`ALLOWED_FUNCTIONS`, or after ``CALL`` a procedure on the
  store's short list in :data:`ALLOWED_PROCEDURES`;
- a label or relationship type of :mod:`kg.schema`, a property or map key, a
  ``$parameter``;
- a variable the query declares (in a pattern, after ``AS``, ``p = ...``,
  ``x IN ...``), and not named like a Cypher keyword.

Anything else is refused with a one-line reason. Literals, comments and
backquoted names are never read as words. This guard runs first; behind it
the embedded store runs the query in a read-only, resource-limited worker
process (:mod:`kg.stores.console_sandbox`) and Neo4j classifies it with
``EXPLAIN`` (:meth:`kg.stores.neo4j_store.Neo4jStore.run_console`).

>>> check_console_query("MATCH (a:Agency {name: 'CREATE'})-[:ISSUED_BY]-(d) RETURN a.name, count(d) AS n")
>>> check_console_query("CALL read_csv_serial('/etc/passwd') RETURN *")
Traceback (most recent call last):
...
kg.errors.ReadOnlyViolation: the console is read-only: CALL read_csv_serial() is not an allowed procedure
>>> check_console_query("CALL threads=1")
Traceback (most recent call last):
...
kg.errors.ReadOnlyViolation: the console is read-only: CALL may only name a read-only procedure, e.g. CALL db.labels()
>>> check_console_query("RETURN current_setting('home_directory')")
Traceback (most recent call last):
...
kg.errors.ReadOnlyViolation: the console is read-only: function current_setting() is not allowed here
>>> check_console_query("SHOW TRANSACTIONS", dialect="neo4j")
Traceback (most recent call last):
...
kg.errors.ReadOnlyViolation: the console is read-only: SHOW is not allowed (allowed clauses: MATCH, OPTIONAL MATCH, WITH, UNWIND, WHERE, RETURN, ORDER BY, SKIP, LIMIT, UNION)
"""
from __future__ import annotations

import re

from kg import schema
from kg.errors import ReadOnlyViolation

ALLOWED_CLAUSES = ("MATCH", "OPTIONAL MATCH", "WITH", "UNWIND", "WHERE", "RETURN", "ORDER BY", "SKIP", "LIMIT",
                   "UNION")

# Clause and expression words a reading query needs (upper case).
ALLOWED_KEYWORDS = frozenset({
    "MATCH", "OPTIONAL", "WHERE", "WITH", "UNWIND", "RETURN", "ORDER", "BY", "SKIP", "LIMIT", "UNION",
    "AS", "DISTINCT", "ASC", "ASCENDING", "DESC", "DESCENDING",
    "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE",
    "CASE", "WHEN", "THEN", "ELSE", "END", "STARTS", "ENDS", "CONTAINS", "EXISTS", "YIELD",
    "SHORTEST",  # LadybugDB's [* SHORTEST 1..5] and Neo4j 5's SHORTEST k
})

# Read-only functions (lower case; Cypher function names are case-insensitive).
ALLOWED_FUNCTIONS = frozenset({
    # aggregates
    "count", "sum", "avg", "min", "max", "collect", "stdev", "stdevp", "percentilecont", "percentiledisc",
    # graph values
    "labels", "label", "type", "id", "elementid", "keys", "properties", "nodes", "relationships", "rels",
    "startnode", "endnode", "length", "shortestpath", "allshortestpaths", "offset",
    # lists and predicates
    "size", "head", "last", "tail", "range", "reverse", "coalesce", "all", "any", "none", "single",
    "exists", "isempty", "list_contains",
    # strings and numbers
    "tostring", "tointeger", "tofloat", "toboolean", "tolower", "toupper", "lower", "upper", "trim", "ltrim",
    "rtrim", "replace", "substring", "left", "right", "split", "abs", "ceil", "floor", "round", "sign", "sqrt",
    "exp", "log", "log10", "isnan", "nullif", "date",
})

# reduce() is left out on purpose: Neo4j evaluates an expression without checking its
# transaction's time-out, so reduce(s = '', x IN range(1, 10000000) | s + 'x') kept a core busy
# after it "timed out" (Community edition checks a time-out only when a query reads the store).
# For the same reason range() appears at most once, only takes literal bounds spanning at most
# MAX_RANGE values, and list comprehensions and list predicates may not nest.
MAX_RANGE = 10_000
# A variable-length relationship needs an explicit upper bound, at most MAX_HOPS (the /api/paths
# limit): the servers' time-outs stop a long expansion, but an unbounded one is never useful.
MAX_HOPS = 10

# Procedures a console may CALL, per store dialect (lower case): schema listings only.
ALLOWED_PROCEDURES: dict[str, frozenset[str]] = {
    "neo4j": frozenset({"db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
                        "db.schema.nodetypeproperties", "db.schema.reltypeproperties"}),
    "ladybug": frozenset({"show_tables", "table_info"}),
}

# Words of the Cypher dialects that must never be taken for a variable name, so a query can't
# smuggle a clause in by first declaring a variable called e.g. `call` or `show`.
CYPHER_KEYWORDS = ALLOWED_KEYWORDS | frozenset({
    "CALL", "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "FOREACH", "LOAD", "COPY", "CSV",
    "FROM", "HEADERS", "FIELDTERMINATOR", "USE", "SHOW", "TERMINATE", "GRANT", "DENY", "REVOKE", "ALTER",
    "RENAME", "START", "STOP", "ENABLE", "DISABLE", "INSTALL", "ATTACH", "EXPORT", "IMPORT", "CHECKPOINT",
    "BEGIN", "COMMIT", "ROLLBACK", "TRANSACTION", "TRANSACTIONS", "EXPLAIN", "PROFILE", "FINISH", "INSERT",
    "FILTER", "LET", "NEXT", "ON", "CONSTRAINT", "INDEX", "DATABASE", "DATABASES", "USER", "USERS", "ROLE",
    "ROLES", "PROJECT", "GRAPH", "DEFINE", "MACRO", "SETTINGS", "PRIVILEGES", "SERVER", "SERVERS", "ALIAS",
})

_TOKENS = re.compile(
    r"""
      (?P<skip>'(?:[^'\\]|\\.)*'          # string literals
             | "(?:[^"\\]|\\.)*"
             | //[^\n]*                   # comments
             | /\*.*?\*/
             | \s+)
    | (?P<quoted>`(?:[^`]|``)*`)          # backquoted name: never a keyword
    | (?P<param>\$(?:\w+|`[^`]*`))
    | (?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|0x[0-9a-fA-F]+)
    | (?P<word>[^\W\d]\w*)
    | (?P<punct>::|\.\.|<>|<=|>=|=~|[^\w\s])
    """,
    re.VERBOSE | re.DOTALL,
)


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) for every token but whitespace, literals and comments.

    >>> _tokens("MATCH (n:`Odd name`) // x\\nRETURN n.name, $p, 'CALL'")
    [('word', 'MATCH'), ('punct', '('), ('word', 'n'), ('punct', ':'), ('quoted', 'Odd name'), ('punct', ')'), ('word', 'RETURN'), ('word', 'n'), ('punct', '.'), ('word', 'name'), ('punct', ','), ('param', '$p'), ('punct', ',')]
    """
    out: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        match = _TOKENS.match(text, position)
        if match is None:  # an unterminated literal or comment
            raise ReadOnlyViolation("the console is read-only: the query has an unterminated string or comment")
        position = match.end()
        kind = match.lastgroup
        if kind == "skip" or kind is None:
            continue
        value = match.group()
        out.append((kind, value[1:-1].replace("``", "`") if kind == "quoted" else value))
    return out


def _refuse(reason: str) -> ReadOnlyViolation:
    return ReadOnlyViolation(f"the console is read-only: {reason}")


def check_console_query(text: str, dialect: str = "ladybug") -> None:
    """Raise :class:`kg.errors.ReadOnlyViolation` unless ``text`` only uses what a reading query needs.

    >>> check_console_query("MATCH p = (a)-[*1..3]-(b) WITH p, [x IN nodes(p) | x.name] AS names RETURN names LIMIT 5")
    >>> check_console_query("UNWIND range(1, 3) AS i RETURN [x IN [1, 2, 3] | x * i]")
    >>> check_console_query("CALL db.labels() YIELD label RETURN label", dialect="neo4j")
    >>> check_console_query("MATCH (call) CALL threads=1 RETURN 1")
    Traceback (most recent call last):
    ...
    kg.errors.ReadOnlyViolation: the console is read-only: a variable can't be called CALL
    >>> check_console_query("MATCH (n) DETACH DELETE n")
    Traceback (most recent call last):
    ...
    kg.errors.ReadOnlyViolation: the console is read-only: DETACH is not allowed (allowed clauses: MATCH, OPTIONAL MATCH, WITH, UNWIND, WHERE, RETURN, ORDER BY, SKIP, LIMIT, UNION)
    >>> check_console_query("RETURN 1; RETURN 2")
    Traceback (most recent call last):
    ...
    kg.errors.ReadOnlyViolation: the console is read-only: one statement at a time (no ';' between statements)
    """
    tokens = _tokens(text)
    while tokens and tokens[-1] == ("punct", ";"):
        tokens.pop()
    _check_expression_loops(tokens)
    procedures = ALLOWED_PROCEDURES.get(dialect, frozenset())
    declared: set[str] = set()
    used: list[str] = []

    def at(i: int) -> tuple[str, str]:
        return tokens[i] if 0 <= i < len(tokens) else ("", "")

    def is_keyword(i: int, word: str) -> bool:
        kind, value = at(i)
        return kind == "word" and value.upper() == word

    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "punct" and value == ";":
            raise _refuse("one statement at a time (no ';' between statements)")
        if kind not in ("word", "quoted"):
            i += 1
            continue
        before, after = at(i - 1)[1], at(i + 1)[1]
        if before == "." and at(i - 1)[0] == "punct":  # a property (or part of a dotted name handled below)
            i += 1
            continue
        # A dotted chain a.b.c: a function or procedure name when "(" follows, else variable.property.
        end = i
        while at(end + 1) == ("punct", ".") and at(end + 2)[0] in ("word", "quoted"):
            end += 2
        dotted = ".".join(tokens[j][1] for j in range(i, end + 1, 2))
        # name( is a call; name{ is a subquery (COUNT {...}, EXISTS {...}) or else a map projection n{.name}
        call_follows = at(end + 1) == ("punct", "(") or (
            at(end + 1) == ("punct", "{") and dotted.lower() in ALLOWED_FUNCTIONS)
        upper = value.upper()
        if kind == "word" and upper == "CALL":
            if _declares(tokens, i):
                raise _refuse("a variable can't be called CALL")
            name_end = i + 1
            while at(name_end + 1) == ("punct", ".") and at(name_end + 2)[0] in ("word", "quoted"):
                name_end += 2
            name = ".".join(tokens[j][1] for j in range(i + 1, name_end + 1, 2)) if at(i + 1)[0] in ("word", "quoted") else ""
            if not name or at(name_end + 1) != ("punct", "("):
                raise _refuse("CALL may only name a read-only procedure, e.g. CALL db.labels()")
            if name.lower() not in procedures:
                raise _refuse(f"CALL {name}() is not an allowed procedure")
            i = name_end + 1
            continue
        if before in (":", "|", "&") and value in schema.LABELS.keys() | schema.REL_TYPES.keys():
            i = end + 1  # a label or relationship type
            continue
        if kind == "word" and end == i and upper in ALLOWED_KEYWORDS and not (call_follows and value.lower() in ALLOWED_FUNCTIONS):
            i += 1
            continue
        if call_follows:
            if dotted.lower() not in ALLOWED_FUNCTIONS:
                raise _refuse(f"function {dotted}() is not allowed here")
            i = end + 1
            continue
        if after == ":" and before in ("{", ","):
            i = end + 1  # a map key
            continue
        if kind == "word" and upper in CYPHER_KEYWORDS and upper not in ALLOWED_KEYWORDS:
            if _declares(tokens, i):
                raise _refuse(f"a variable can't be called {upper}")
            raise _refuse(f"{upper} is not allowed (allowed clauses: {', '.join(ALLOWED_CLAUSES)})")
        if _declares(tokens, i):
            if kind == "word" and upper in CYPHER_KEYWORDS:
                raise _refuse(f"a variable can't be called {upper}")
            declared.add(value)
        used.append(value)
        i = end + 1
    for name in used:
        if name not in declared:
            raise _refuse(f"{name!r} is not a declared variable, an allowed keyword or function, "
                          f"or a label of the schema")


def _check_expression_loops(tokens: list[tuple[str, str]]) -> None:
    """Refuse expression-level loops the engine can't interrupt: big ranges and nested list iteration.

    >>> _check_expression_loops(_tokens("RETURN [x IN range(1, 10) | x * 2]"))
    >>> _check_expression_loops(_tokens("RETURN size(range(1, 1000000000))"))
    Traceback (most recent call last):
    ...
    kg.errors.ReadOnlyViolation: the console is read-only: range() may span at most 10,000 values, with whole-number literal bounds
    >>> _check_expression_loops(_tokens("RETURN [x IN range(1, 9) | [y IN [1, 2] | x * y]]"))
    Traceback (most recent call last):
    ...
    kg.errors.ReadOnlyViolation: the console is read-only: list comprehensions and list predicates can't nest here
    """
    open_brackets: list[bool] = []  # per open ( [ {: whether it iterates a list (x IN ...)
    ranges = 0
    relationship_depth = 0  # inside -[ ... ]
    for i, (kind, value) in enumerate(tokens):
        if kind == "punct" and value == "[" and i > 0 and tokens[i - 1] == ("punct", "-"):
            relationship_depth = len(open_brackets) + 1
        if kind == "punct" and value == "*" and relationship_depth and len(open_brackets) == relationship_depth:
            _check_hops(tokens, i + 1)
        if kind == "punct" and value in ("(", "[", "{"):
            iterates = (i + 2 < len(tokens) and tokens[i + 1][0] in ("word", "quoted")
                        and tokens[i + 2][0] == "word" and tokens[i + 2][1].upper() == "IN")
            if iterates and any(open_brackets):
                raise _refuse("list comprehensions and list predicates can't nest here")
            open_brackets.append(iterates)
        elif kind == "punct" and value in (")", "]", "}") and open_brackets:
            if len(open_brackets) == relationship_depth:
                relationship_depth = 0
            open_brackets.pop()
        elif kind == "word" and value.lower() == "range" and i + 1 < len(tokens) and tokens[i + 1] == ("punct", "("):
            if i > 0 and tokens[i - 1] == ("punct", "."):
                continue
            ranges += 1
            if ranges > 1:
                raise _refuse("range() may appear only once in a console query")
            bounds = _range_bounds(tokens, i + 2)
            if bounds is None or not 0 <= (bounds[1] - bounds[0]) // bounds[2] < MAX_RANGE:
                raise _refuse(f"range() may span at most {MAX_RANGE:,} values, with whole-number literal bounds")


def _check_hops(tokens: list[tuple[str, str]], start: int) -> None:
    """Refuse a variable-length relationship ``*...`` (its bounds begin at ``tokens[start]``) without
    an upper bound of at most :data:`MAX_HOPS`.

    >>> _check_hops(_tokens("*1..3]"), 1)
    >>> _check_hops(_tokens("* SHORTEST 1..3]"), 1)
    >>> _check_hops(_tokens("*1..30]"), 1)
    Traceback (most recent call last):
    ...
    kg.errors.ReadOnlyViolation: the console is read-only: a variable-length relationship needs an upper bound of at most 10 hops, e.g. [*1..3]
    """
    i = start
    while i < len(tokens) and tokens[i][0] == "word" and tokens[i][1].upper() in ("SHORTEST", "ALL", "ACYCLIC", "TRAIL"):
        i += 1
    numbers: list[str] = []
    while i < len(tokens) and tokens[i][0] in ("number", "punct") and tokens[i][1] not in ("]", "{", "("):
        numbers.append(tokens[i][1])
        i += 1
    if numbers and numbers[0] == "..":
        numbers.insert(0, "1")
    upper = numbers[-1] if numbers and numbers[-1] != ".." else None
    if upper is None or not upper.isdigit() or int(upper) > MAX_HOPS:
        raise _refuse(f"a variable-length relationship needs an upper bound of at most {MAX_HOPS} hops, "
                      f"e.g. [*1..3]")


def _range_bounds(tokens: list[tuple[str, str]], start: int) -> tuple[int, int, int] | None:
    """The literal (first, last, step) of ``range(`` whose arguments begin at ``tokens[start]``, else None."""
    numbers: list[int] = []
    i, sign = start, 1
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "punct" and value == "-":
            sign = -sign
        elif kind == "number" and value.isdigit():
            numbers.append(sign * int(value))
            sign = 1
        elif kind == "punct" and value == ",":
            pass
        elif kind == "punct" and value == ")":
            break
        else:
            return None
        i += 1
    if len(numbers) == 2:
        numbers.append(1)
    if len(numbers) != 3 or numbers[2] == 0:
        return None
    return numbers[0], numbers[1], numbers[2]


def _declares(tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether the name at ``tokens[i]`` is declared there: ``(n``, ``[r``, ``AS n``, ``p =``, ``x IN``, ``YIELD n``."""
    before = tokens[i - 1] if i > 0 else ("", "")
    after = tokens[i + 1] if i + 1 < len(tokens) else ("", "")
    if before[0] == "punct" and before[1] in ("(", "["):
        return True
    if before[0] == "word" and before[1].upper() in ("AS", "YIELD"):
        return True
    if after == ("punct", "="):
        return True
    if after[0] == "word" and after[1].upper() == "IN":
        return True
    # YIELD a, b: every name of the list after YIELD
    j = i - 1
    while j > 0 and tokens[j] == ("punct", ",") and tokens[j - 1][0] in ("word", "quoted"):
        j -= 2
        if j >= 0 and tokens[j][0] == "word" and tokens[j][1].upper() == "YIELD":
            return True
    return False


__all__ = ["check_console_query", "ALLOWED_CLAUSES", "ALLOWED_FUNCTIONS", "ALLOWED_KEYWORDS", "ALLOWED_PROCEDURES"]
