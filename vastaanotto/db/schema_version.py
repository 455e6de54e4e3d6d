"""The schema revision this version of the program ends at: Alembic's single head, as a constant.

Start-up compares the database's ``alembic_version`` with it in plain SQL and imports Alembic
(~50 ms) only when there is something to upgrade. ``tests/core/test_migrations.py`` checks that it
equals the real head, so a new migration without a new value here fails the suite.
"""

HEAD = "0003"
