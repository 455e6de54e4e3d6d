"""SMS through an HTTP gateway: ``base.SmsProvider`` and the providers implemented."""

from vastaanotto.messaging.sms.base import PROVIDERS, SmsConfig, SmsProvider, make_provider

__all__ = ["PROVIDERS", "SmsConfig", "SmsProvider", "make_provider"]
