"""Who is acting, from where, and when: passed to every service call."""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
from dataclasses import dataclass, field
from typing import Iterator

from sqlalchemy.orm import Session

from vastaanotto.clock import Clock, system_clock
from vastaanotto.db.engine import Database
from vastaanotto.models.staff import Role


def workstation_name() -> str:
    return socket.gethostname()[:100] or "unknown"


@dataclass(frozen=True)
class Context:
    db: Database
    staff_id: int | None
    username: str
    display_name: str
    roles: frozenset[Role]
    workstation: str = field(default_factory=workstation_name)
    clock: Clock = system_clock

    def now(self) -> dt.datetime:
        return self.clock()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.db.session() as session:
            yield session

    def has_role(self, role: Role) -> bool:
        return role in self.roles
