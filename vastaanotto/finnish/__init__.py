"""Finnish identifiers and form input: validation and normalisation (no Qt)."""
