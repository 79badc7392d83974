"""Customers inserting random coins and buying, refunding, running machines out of stock and change."""

import random

from observing import attempt
from vending.coins import COINS
from vending.machine import Slot, VendingMachine


def machine(rng):
    slots = {
        "A1": Slot("water", 120, rng.randint(0, 4)),
        "A2": Slot("crisps", 90, rng.randint(0, 4)),
        "B1": Slot("chocolate", 155, rng.randint(0, 4)),
        "B2": Slot("gum", 50, rng.randint(0, 4)),
    }
    return VendingMachine(slots, coins={coin: rng.randint(0, 3) for coin in COINS})


def observe():
    rng = random.Random(9091)
    results = []
    for _ in range(60):
        vm = machine(rng)
        for _ in range(rng.randint(1, 15)):
            action = rng.random()
            if action < 0.5:
                results.append(attempt(vm.insert, rng.choice(COINS + (1, 500))))
            elif action < 0.85:
                results.append(attempt(vm.buy, rng.choice(["A1", "A2", "B1", "B2", "C9"])))
            else:
                results.append(attempt(vm.refund))
            results.append(vm.credit)
        results.append((vm.cash(), dict(vm.coins), {code: slot.count for code, slot in vm.slots.items()}))
    return results
