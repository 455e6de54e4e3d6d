"""The PySide6 front end. Imports ``vastaanotto``; the core never imports this package."""
