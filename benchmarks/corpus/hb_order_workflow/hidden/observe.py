"""Random event sequences applied to orders."""

import random

from observing import attempt
from orders import Order
from orders.states import TRANSITIONS

EVENTS = sorted({event for moves in TRANSITIONS.values() for event in moves} | {"bogus"})


def observe():
    results = []
    order = Order("fixed")
    for event in ["submit", "edit", "submit", "pay", "pay", "refund", "ship"]:
        results.append((attempt(order.apply, event), order.state, order.paid_times, order.is_closed))
    results.append(order.history)
    rng = random.Random(5150)
    for n in range(60):
        order = Order(f"o{n}", state=rng.choice(["draft", "draft", "pending", "paid", "shipped"]))
        trace = []
        for _ in range(rng.randint(1, 10)):
            event = rng.choice(EVENTS)
            trace.append((event, attempt(order.can, event), attempt(order.apply, event, "n"), order.state))
        trace.append((order.paid_times, order.is_closed, order.history))
        results.append(trace)
        results.append(attempt(Order(f"r{n}").replay, rng.sample(EVENTS, 4)))
    return results
