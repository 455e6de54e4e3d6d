"""Privacy: the audit chain, access export, erasure and retention, the privacy notice."""
