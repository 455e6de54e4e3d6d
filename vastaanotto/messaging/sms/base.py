"""The interface every SMS gateway implements, and the sender-ID rule of Finnish operators.

A provider sends one text to one E.164 number and returns the gateway's message id, or raises
``transport.SendError`` with an outcome the queue can act on (see ``transport.Outcome``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from vastaanotto.errors import ValidationError

# Alphanumeric sender: 3–11 characters a–z, A–Z, 0–9, at least one letter (Finnish operators
# and Traficom's sender-ID register accept no spaces or Scandinavian letters there). A numeric
# sender is a phone number in E.164.
_ALPHANUMERIC = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9]{3,11}")
_NUMERIC = re.compile(r"\+[1-9][0-9]{6,14}")


def validate_sender(value: str, field: str = "sms_sender") -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, "required")
    if not (_ALPHANUMERIC.fullmatch(text) or _NUMERIC.fullmatch(text)):
        raise ValidationError(field, "invalid_sender_id")
    return text


@dataclass(frozen=True)
class SmsConfig:
    provider: str
    api_url: str
    username: str
    password: str
    sender: str
    timeout: float = 20.0


class SmsProvider(Protocol):
    name: str
    country: str  # ISO 3166 code of where the provider processes the messages

    def send(self, to: str, text: str, *, reference: str) -> str:
        """Sends ``text`` to ``to`` (E.164); returns the provider's id. ``reference`` is the
        queue's dedupe key, passed where the provider supports a client reference."""


def make_provider(config: SmsConfig) -> SmsProvider:
    try:
        factory = PROVIDERS[config.provider]["factory"]
    except KeyError:
        raise ValidationError("sms_provider", "invalid_choice") from None
    return factory(config)


def _elks(config: SmsConfig) -> SmsProvider:
    from vastaanotto.messaging.sms.elks46 import Elks46

    return Elks46(config)


PROVIDERS: dict[str, dict] = {
    "46elks": {"factory": _elks, "country": "SE", "default_url": "https://api.46elks.com"},
}
