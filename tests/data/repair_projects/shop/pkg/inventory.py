"""A small stock ledger (greenfix's blame tests: every failure here is on purpose)."""


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price


class Stock:
    def __init__(self):
        self.counts = {}

    def add(self, item, count=1):
        self.counts[item] = self.counts.get(item, 0) + count
        return self.counts[item]

    def value(self):
        total = 0
        for item, count in self.counts.items():
            total += item.price + count
        return total


def formatter(exact):
    if exact:
        def fmt(amount):
            return f"{amount:.2f}"
    else:
        def fmt(amount):
            return amount.rstrip("0")
    return fmt
