"""Refuse Cypher that writes, before it reaches a store.

The check scans the statement for write or file/extension keywords *outside*
string literals, comments and backquoted names, so ``MATCH (n {name:'CREATE'})``
passes while ``MATCH (n) DETACH DELETE n`` does not. It is the first of two
guards: the embedded store also runs read-only statements inside a
``BEGIN TRANSACTION READ ONLY`` transaction, so the engine itself rejects any
write the scan misses.

Besides the data-changing clauses, ``COPY``/``LOAD``/``INSTALL``/``ATTACH``/
``EXPORT``/``IMPORT``/``USE``/``CALL db.*`` style procedure calls that touch
files or the catalogue are refused: a read-only console must not read or write
files on the server either.

>>> find_write_keyword("MATCH (n:Agency {name: 'CREATE'}) RETURN n")
>>> find_write_keyword("MATCH (n) // DELETE n\\nRETURN n")
>>> find_write_keyword("MATCH (n) DETACH DELETE n")
'DETACH'
>>> find_write_keyword("match (n) set n.name = 'x'")
'SET'
"""
from __future__ import annotations

import re

WRITE_KEYWORDS = frozenset({
    "CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DROP", "COPY", "ALTER",
    "INSTALL", "LOAD", "ATTACH", "DETACH", "EXPORT", "IMPORT", "USE", "CHECKPOINT",
    "BEGIN", "COMMIT", "ROLLBACK", "FOREACH",
})

# One alternation, tried left to right: literals and comments are consumed
# whole so keywords inside them are never seen.
_TOKENS = re.compile(
    r"""
      '(?:[^'\\]|\\.)*'          # single-quoted string
    | "(?:[^"\\]|\\.)*"          # double-quoted string
    | `[^`]*`                    # backquoted identifier
    | //[^\n]*                   # line comment
    | /\*.*?\*/                  # block comment
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<semicolon>;)
    """,
    re.VERBOSE | re.DOTALL,
)


def find_write_keyword(text: str) -> str | None:
    """The first write keyword outside literals and comments, or None.

    A ``;`` followed by another statement counts as ``";"``: several
    statements in one read-only call are refused, since the second could be
    anything.

    >>> find_write_keyword("RETURN 1; RETURN 2")
    ';'
    >>> find_write_keyword("RETURN 1;")
    """
    for match in _TOKENS.finditer(text):
        word = match.group("word")
        if word is not None:
            # A property or map key called e.g. `set` (n.set, {set: 1}) is not a clause.
            before = text[:match.start()].rstrip()
            after = text[match.end():].lstrip()
            if before.endswith(".") or after.startswith(":") and not after.startswith("::"):
                continue
            if word.upper() in WRITE_KEYWORDS:
                return word.upper()
        elif match.group("semicolon") is not None:
            if text[match.end():].strip():
                return ";"
    return None
