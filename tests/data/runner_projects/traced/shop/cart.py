"""A cart whose total is wrong for discounts; used by the runner's tracing tests."""

RATES = {"gold": 0.2}
REGISTRY = {name.upper() for name in RATES}


class Cart:
    def __init__(self, owner):
        self.owner = owner
        self.items = []

    def add(self, price):
        self.items.append(price)
        return len(self.items)

    def total(self, level=None):
        def discounted(amount):
            return amount * (1 - RATES.get(level, 0))

        if not self.items:
            raise ValueError("empty cart")
        return discounted(sum(self.items))

    def under(self, limit):
        return sorted(p for p in self.items
                      if p < limit)


def tags(cart):
    return {cart.owner, "cart"}
