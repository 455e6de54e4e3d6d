"""The Clients (Asiakkaat) view: search, client cards, consents, history, treatment notes,
new clients, merging duplicates, CSV import and export. ``ClientsView`` is the view the main
window hosts; the dialogs live in their own modules."""

from ui.clients.clients_view import ClientsView

__all__ = ["ClientsView"]
