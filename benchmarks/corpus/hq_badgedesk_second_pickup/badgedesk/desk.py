"""The badge desk at the entrance: every badge is handed out once, to its attendee
or to a colleague from the same company collecting it for them."""

from __future__ import annotations

from .registrations import Registration


class UnknownCode(KeyError):
    pass


class AlreadyCollected(Exception):
    pass


class PickupDesk:
    def __init__(self, registrations: list[Registration]) -> None:
        self.by_code = {registration.code: registration for registration in registrations}
        self.collected: set[str] = set()
        self.proxies: dict[str, str] = {}  # badge code -> code of the colleague who took it

    def lookup(self, code: str) -> Registration:
        code = code.strip().upper()
        if code not in self.by_code:
            raise UnknownCode(code)
        return self.by_code[code]

    def pick_up(self, code: str, by: str | None = None) -> str:
        """Hand out the badge for code; returns the name printed on it."""
        registration = self.lookup(code)
        if registration.code in self.collected:
            raise AlreadyCollected(registration.code)
        if by is not None:
            colleague = self.lookup(by)
            if not registration.company or colleague.company != registration.company:
                raise PermissionError(f"{colleague.code} cannot collect for {registration.code}")
            self.proxies[registration.code] = colleague.code
        return registration.badge_name()

    def waiting(self, ticket: str | None = None) -> list[str]:
        """Codes of badges not collected yet, optionally of one ticket type."""
        return sorted(
            code
            for code, registration in self.by_code.items()
            if code not in self.collected and (ticket is None or registration.ticket == ticket)
        )

    def summary(self) -> dict[str, int]:
        return {
            "registered": len(self.by_code),
            "collected": len(self.collected),
            "by_colleague": len(self.proxies),
        }
