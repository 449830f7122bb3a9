# Prelude for QUAL-14's Python fragment: the Python counterparts of QUAL-01's payment types.
from typing import Protocol


class ChargeRequest: ...


class Receipt:
    payment_ref: str


class PaymentGateway(Protocol):
    def charge(self, request: ChargeRequest) -> Receipt: ...


class CheckoutOutcome:
    @staticmethod
    def declined(reason: str) -> "CheckoutOutcome": ...

    @staticmethod
    def retry_later(retry_after_s: float) -> "CheckoutOutcome": ...

    @staticmethod
    def paid(payment_ref: str) -> "CheckoutOutcome": ...
