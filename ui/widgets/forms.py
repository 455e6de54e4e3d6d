"""Per-field error messages shown in red under the fields of a ``QFormLayout``.

The core raises ``ValidationError``/``ValidationErrors`` naming the bad fields;
``ui.errors.field_errors(exc)`` turns them into ``{field: message}``; ``FormErrors`` puts each
message under its field, so a person sees every problem of the form at once, next to where it
is fixed. Typical use::

    form = QFormLayout(page)
    form.addRow(self.tr("Name"), self.name_edit)
    form.addRow(self.tr("Email"), self.email_edit)
    self.errors = FormErrors(form, {"name": self.name_edit, "email": self.email_edit})
    ...
    try:
        service.update(ctx, data)
    except VastaanottoError as exc:
        leftover = self.errors.set_errors(field_errors(exc))   # {} when all were placed
        if leftover or not field_errors(exc):
            show_error(self, exc)
    else:
        self.errors.clear()

GUI thread only, like every widget.
"""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

ERROR_STYLE = "color: #b3261e;"  # readable red on light and default dark palettes


class FormErrors:
    """Red message rows under bound fields of one form layout.

    ``bind`` adds a hidden message row right under the field's row (so bind after the field's
    row exists); ``set_errors`` shows the given messages, hides the others, focuses the first
    bad field in form order and returns the messages that have no bound field, so the caller
    can show them elsewhere. Typing into a field hides its message: the old message would be
    about text that is no longer there.
    """

    def __init__(self, form: QFormLayout, fields: Mapping[str, QWidget] | None = None) -> None:
        self._form = form
        self._fields: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        for name, widget in (fields or {}).items():
            self.bind(name, widget)

    def bind(self, field: str, widget: QWidget) -> None:
        row, _role = self._form.getWidgetPosition(widget)
        if row < 0:
            raise ValueError(f"widget for {field!r} is not in this form layout")
        label = QLabel(widget.parentWidget())
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self._form.insertRow(row + 1, "", label)
        self._form.setRowVisible(label, False)
        self._fields[field] = widget
        self._labels[field] = label
        edited = getattr(widget, "textEdited", None)
        if edited is not None:
            edited.connect(lambda _text, f=field: self._hide(f))

    def set_errors(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Show ``errors`` (field -> message); returns those with no bound field."""
        for field in self._labels:
            if field in errors:
                self._labels[field].setText(errors[field])
                self._form.setRowVisible(self._labels[field], True)
            else:
                self._hide(field)
        bad = [f for f in self._fields if f in errors]
        if bad:
            first = min(bad, key=lambda f: self._form.getWidgetPosition(self._fields[f])[0])
            self._fields[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return {f: m for f, m in errors.items() if f not in self._fields}

    def clear(self) -> None:
        for field in self._labels:
            self._hide(field)

    def message(self, field: str) -> str:
        """The message shown for ``field`` now, or "" when none is shown."""
        label = self._labels[field]
        return label.text() if self._form.isRowVisible(label) else ""

    def label(self, field: str) -> QLabel:
        return self._labels[field]

    @property
    def has_errors(self) -> bool:
        return any(self._form.isRowVisible(label) for label in self._labels.values())

    def _hide(self, field: str) -> None:
        label = self._labels[field]
        label.clear()
        self._form.setRowVisible(label, False)
