"""The Admin (Ylläpito) view, owner only: ``admin_view.AdminView`` and its pages."""
