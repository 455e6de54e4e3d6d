"""Vastaanotto core: domain, rules, storage and services. Never imports Qt or ``ui``."""

__version__ = "0.1.0"
