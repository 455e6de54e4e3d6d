"""What a transport reports when a send does not succeed.

The queue's safety rests on one distinction: did the provider *definitely not* accept the
message (safe to try again later), or might it have (``UNKNOWN``: sending again could deliver it
twice, so a person decides)? Every transport maps its failures onto these three outcomes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Outcome(str, enum.Enum):
    RETRY = "retry"          # not accepted, temporary (4xx SMTP, HTTP 5xx/429, no connection)
    REJECTED = "rejected"    # not accepted, permanent (5xx SMTP, HTTP 4xx, bad address)
    UNKNOWN = "unknown"      # may have been accepted (time-out after the data was handed over)


class SendError(Exception):
    """``code`` is short and free of personal data (e.g. ``smtp_550``, ``timeout``)."""

    def __init__(self, code: str, outcome: Outcome):
        self.code = code[:100]
        self.outcome = outcome
        super().__init__(f"{self.code} ({outcome.value})")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str     # e.g. "application/pdf", "text/calendar"
    data: bytes
    params: dict = field(default_factory=dict)  # extra Content-Type parameters (method=…)
