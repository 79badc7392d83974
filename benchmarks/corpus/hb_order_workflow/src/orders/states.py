"""The order life cycle: state -> {event: next state}."""

TRANSITIONS = {
    "draft": {"submit": "pending", "cancel": "cancelled"},
    "pending": {"pay": "paid", "cancel": "cancelled", "edit": "draft"},
    "paid": {"ship": "shipped", "refund": "refunded"},
    "shipped": {"deliver": "delivered", "return": "returned"},
    "delivered": {"return": "returned"},
    "returned": {"refund": "refunded"},
}
FINAL_STATES = {"cancelled", "refunded"}


def allowed_events(state: str) -> list[str]:
    return sorted(TRANSITIONS.get(state, {}))
