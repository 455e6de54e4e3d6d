"""The only way in to client and business data.

Every service takes a :class:`~vastaanotto.context.Context`, checks the role
(:func:`vastaanotto.services.base.require`), writes its audit event in the same transaction as the
change, and returns a :class:`~vastaanotto.services.base.Changes` that the UI broadcasts.
"""
