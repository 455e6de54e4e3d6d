"""Indexes for search as you type over the register (vastaanotto/services/client_search.py).

``client.search_text`` stays the source of truth; this migration indexes it, and rewrites the
identity code in it as a digest (``client_search.identity_code_token``): with the code itself,
any part of it ("308T") matched as a substring, and the search is meant to find a code only
when it is typed whole.

SQLite:

* ``client_search``, an FTS5 table with the trigram tokenizer, kept in step with ``client`` by
  triggers. It indexes the text with two spaces before every word, so that a word's first one
  or two characters make a trigram too ("  v", " vi") and the start of a word can be looked
  up. It keeps positions (``detail=full``), so a phrase matches exactly where ``LIKE`` would
  and no candidate has to be read back to be checked; it keeps no copy of the text
  (``content=''``) and no lengths (``columnsize=0``: nothing is ranked). Removing a row needs
  its old text, which the triggers have, and ``secure-delete`` makes FTS5 drop the old trigrams
  at once instead of hiding them behind delete markers, so an erased client's name does not
  linger in the file.
* ``ix_client_search_order``: id, names and state of each client, a tenth of the table's size,
  so that the search can sort thousands of matches by name without reading their rows.

Neither is in the ORM metadata: ``client_search.include_name`` leaves them out of schema
comparisons. A later migration that recreates ``client`` on SQLite (a batch "move and copy")
drops the triggers with the old table and must create them and fill ``client_search`` again,
as ``upgrade`` does here.

PostgreSQL: the pg_trgm extension and a GIN trigram index on ``search_text``, which serves the
search's ``LIKE '%...%'`` conditions directly.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The indexed form of a search text: two spaces before every word (see above).
_WORDS = "'  ' || replace({}.search_text, ' ', '  ')"
_TRIGGERS = ("client_search_insert", "client_search_update", "client_search_delete")


def _code_token(code: str) -> str:
    """A copy of ``client_search.identity_code_token`` as it was at this revision: a migration
    must keep doing what it did when the program changes."""
    return "hetu:" + hashlib.sha256(code.strip().upper().encode()).hexdigest()[:16]


def _rewrite_identity_codes(to_digest: bool) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, personal_identity_code FROM client "
        "WHERE personal_identity_code IS NOT NULL AND personal_identity_code != ''")).all()
    changes = [{"id": row_id, "plain": "hetu:" + code.lower(), "digest": _code_token(code)}
               for row_id, code in rows]
    old, new = ("plain", "digest") if to_digest else ("digest", "plain")
    if changes:
        bind.execute(sa.text(f"UPDATE client SET search_text = replace(search_text, :{old}, "
                             f":{new}) WHERE id = :id"), changes)


def _sqlite_upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE client_search USING fts5(words, content='', columnsize=0, "
        "tokenize='trigram case_sensitive 0 remove_diacritics 0')")
    op.execute("INSERT INTO client_search(client_search, rank) VALUES ('secure-delete', 1)")
    op.execute(f"INSERT INTO client_search(rowid, words) SELECT id, {_WORDS.format('client')} "
               "FROM client")
    op.execute("INSERT INTO client_search(client_search) VALUES ('optimize')")
    remove_old = ("INSERT INTO client_search(client_search, rowid, words) "
                  f"VALUES ('delete', old.id, {_WORDS.format('old')});")
    add_new = f"INSERT INTO client_search(rowid, words) VALUES (new.id, {_WORDS.format('new')});"
    op.execute(f"CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN {add_new} END")
    op.execute(f"CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN {remove_old} END")
    # Archiving, merging and the visit counters leave the text alone: only a changed text
    # costs an index update.
    op.execute(
        "CREATE TRIGGER client_search_update AFTER UPDATE OF search_text, id ON client "
        "WHEN old.search_text IS NOT new.search_text OR old.id IS NOT new.id "
        f"BEGIN {remove_old} {add_new} END")
    op.execute("CREATE INDEX ix_client_search_order ON client "
               "(id, last_name, first_name, archived_at, merged_into_id, anonymised_at)")


def upgrade() -> None:
    _rewrite_identity_codes(to_digest=True)  # first, so that the index never sees the codes
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_client_search_text_trgm ON client "
                   "USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_client_search_order")
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS client_search")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_client_search_text_trgm")
        # The extension stays, as 0002's btree_gist does: other objects may have come to use it.
    _rewrite_identity_codes(to_digest=False)
