"""Storage quotas per plan."""

from __future__ import annotations

from dataclasses import dataclass

PLANS = {"free": 5_000, "team": 100_000, "business": 1_000_000}  # megabytes


@dataclass
class Account:
    plan: str
    used: int = 0
    bonus: int = 0

    @property
    def limit(self) -> int:
        return PLANS[self.plan] + self.bonus


def remaining(account: Account) -> int:
    """Megabytes left before the limit; never negative, even when over quota."""
    return max(0, account.limit - account.used)


def can_store(account: Account, size: int) -> bool:
    return size <= remaining(account)


def percent_used(account: Account) -> float:
    return round(100 * account.used / account.limit, 1)


def warning(account: Account) -> str | None:
    """The banner shown in the web app, if any."""
    if account.used > account.limit:
        return f"Over quota by {account.used - account.limit} MB"
    if percent_used(account) >= 90:
        return f"{remaining(account)} MB left"
    return None
