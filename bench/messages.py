"""Planner and queue on the large practice: one dispatcher round every minute must stay cheap.

    python bench/messages.py [--rounds 5]

Copies the cached large practice (200,000 clients, 1,000,000 appointments; built once by
bench/large_practice.py), switches email on (to a port nobody listens on; nothing is sent) and
gives every third client reminder and email-marketing consent, then times ``messages.plan`` —
the first round after switching on (which queues the reminders of the next 48 hours) and the
idle rounds after it (nothing changed: the case of almost every minute) — and the marketing
audience count over all clients and queueing a campaign to all of them.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.large_practice import cached_large_practice, open_large_practice  # noqa: E402
from vastaanotto.models.messages import MessageChannel  # noqa: E402
from vastaanotto.services import messages  # noqa: E402


def _give_consents(db, share: int = 3) -> None:
    """Every ``share``-th client consents to reminders and to email marketing (bulk rows)."""
    import datetime as dt

    from sqlalchemy import insert, select

    from vastaanotto.models.clients import Client, Consent, ConsentChannel, ConsentKind

    at = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    with db.session() as session:
        ids = list(session.scalars(select(Client.id).where(Client.id % share == 0)))
        rows = [{"client_id": cid, "kind": kind, "given": True, "channel": ConsentChannel.FORM,
                 "recorded_at": at, "note": ""}
                for cid in ids for kind in (ConsentKind.REMINDERS, ConsentKind.EMAIL_MARKETING)]
        for i in range(0, len(rows), 20_000):
            session.execute(insert(Consent), rows[i:i + 20_000])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    source = cached_large_practice()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "practice.sqlite3"
        shutil.copy(source, path)
        db, owner = open_large_practice(path)
        try:
            _give_consents(db)
            messages.save_settings(owner, {"email_enabled": True, "smtp_host": "127.0.0.1",
                                           "smtp_port": 9, "smtp_security": "none",
                                           "smtp_sender": "info@example.fi",
                                           "reminder_hours": 48})
            t0 = time.perf_counter()
            first = messages.plan(owner)
            first_ms = (time.perf_counter() - t0) * 1000
            idle = []
            for _ in range(args.rounds):
                t0 = time.perf_counter()
                messages.plan(owner)
                idle.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            preview = messages.marketing_preview(owner, MessageChannel.EMAIL)
            marketing_ms = (time.perf_counter() - t0) * 1000
            t0 = time.perf_counter()
            queued = messages.send_marketing(owner, MessageChannel.EMAIL, subject="Tarjous",
                                             body="Hei {client_first_name}!").data
            campaign_ms = (time.perf_counter() - t0) * 1000
        finally:
            db.dispose()
    print(f"plan, first round: {first_ms:.0f} ms ({first.queued} queued, "
          f"{first.failed} without address)")
    print(f"plan, idle round: median {statistics.median(idle):.1f} ms, "
          f"max {max(idle):.1f} ms over {len(idle)} rounds")
    print(f"marketing audience: {marketing_ms:.0f} ms ({preview.recipients} recipients)")
    print(f"marketing campaign queued: {campaign_ms:.0f} ms ({queued} messages)")


if __name__ == "__main__":
    main()
