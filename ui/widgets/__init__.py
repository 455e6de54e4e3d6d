"""Small widgets and helpers shared by several views (forms with per-field errors)."""

from ui.widgets.forms import FormErrors

__all__ = ["FormErrors"]
