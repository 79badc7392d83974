from __future__ import annotations

from dataclasses import dataclass, field

from orders.errors import InvalidTransition
from orders.states import FINAL_STATES, TRANSITIONS, allowed_events


@dataclass(frozen=True)
class Transition:
    source: str
    event: str
    target: str
    note: str = ""


@dataclass
class Order:
    number: str
    state: str = "draft"
    history: list[Transition] = field(default_factory=list)
    paid_times: int = 0

    def apply(self, event: str, note: str = "") -> str:
        """Move the order on by `event`, record it in the history, and return the new state."""
        if self.state in FINAL_STATES:
            raise InvalidTransition(f"order {self.number} is {self.state}")
        try:
            target = TRANSITIONS[self.state][event]
        except KeyError:
            raise InvalidTransition(
                f"cannot {event} order {self.number} while {self.state}; "
                f"allowed: {', '.join(allowed_events(self.state)) or 'nothing'}"
            ) from None
        if target == "paid":
            self.paid_times += 1
        self.history.append(Transition(self.state, event, target, note))
        self.state = target
        return target

    def can(self, event: str) -> bool:
        return self.state not in FINAL_STATES and event in TRANSITIONS.get(self.state, {})

    def replay(self, events: list[str]) -> str:
        for event in events:
            self.apply(event)
        return self.state

    @property
    def is_closed(self) -> bool:
        return self.state in FINAL_STATES or self.state == "delivered"
