"""The Billing (Laskutus) view: invoices and their editor, credit notes, batch printing,
overdue invoices and payment reminders, reports. ``BillingView`` is the view the main window
hosts; each page and dialog lives in its own module."""

from ui.billing.billing_view import BillingView

__all__ = ["BillingView"]
