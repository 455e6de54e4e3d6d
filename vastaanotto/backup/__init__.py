"""Encrypted backups: snapshot → age encryption + signed manifest → targets → retention → restore.

The services (``vastaanotto.services.backups``) are the way in; these modules hold the parts.
See README "Backup and restore from the command line" for the file format.
"""
