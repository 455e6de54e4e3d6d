"""Filling the %1, %2 … of translated texts (light: the status bar imports it at start-up)."""

from __future__ import annotations

import re


def fill(text: str, *values: object) -> str:
    """Put ``values`` into a translated text's %1, %2 … in one pass (a value that itself
    contains "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), text)
