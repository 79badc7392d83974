"""The client the checkout uses."""

from __future__ import annotations

from typing import Callable

from .policy import retry_call


class Gateway:
    def __init__(self, transport: Callable[[dict], dict], sleep: Callable[[float], None]) -> None:
        self.transport = transport
        self.sleep = sleep

    def charge(self, cents: int, token: str) -> str:
        """Charge a card; returns the payment id."""
        reply = retry_call(lambda: self.transport({"amount": cents, "token": token}), sleep=self.sleep)
        return reply["id"]
