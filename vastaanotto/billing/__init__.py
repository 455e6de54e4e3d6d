"""Invoicing: payment references and the bank virtual barcode (no Qt)."""
