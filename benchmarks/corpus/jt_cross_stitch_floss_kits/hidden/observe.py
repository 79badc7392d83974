"""kit_list with stashes that hold none, fewer, exactly and more of each colour than the design needs, on each fabric, then random charts and stashes; kit_price of each list."""

import random

from observing import attempt
from chart import KeyEntry
from kits import STITCHES_PER_SKEIN, kit_list, kit_price

KEY = {
    "@": KeyEntry("@", "310", "full"),
    "o": KeyEntry("o", "ecru", "full"),
    "x": KeyEntry("x", "3865", "full"),
    "/": KeyEntry("/", "3865", "half"),
    "r": KeyEntry("r", "321", "full"),
    "g": KeyEntry("g", "B5200", "half"),
    "b": KeyEntry("b", "796", "full"),
}
SYMBOLS = "@oxr/gb."


def run(rows, fabric, stash):
    packed = kit_list(rows, KEY, fabric, stash)
    return packed, kit_price(packed)


def observe():
    rng = random.Random(3911)
    results = []
    band = ["@" * 100] * 20 + ["o" * 100] * 6 + ["x" * 100] * 12 + ["/" * 100] * 4 + ["r" * 50] * 3
    for fabric in sorted(STITCHES_PER_SKEIN) + [28]:
        results.append(attempt(run, band, fabric, None))
        for have in (0, 1, 2, 3, 5):
            for colour in ("310", "ecru", "3865", "321", "999"):
                results.append(attempt(run, band, fabric, {colour: have}))
            results.append(attempt(run, band, fabric, {"310": have, "ecru": have, "3865": have, "321": have}))
    results.append(attempt(run, [], 14, {"310": 1}))
    results.append(attempt(run, ["...."], 14, {}))
    for _ in range(200):
        width = rng.randint(1, 120)
        rows = ["".join(rng.choice(SYMBOLS) for _ in range(width)) for _ in range(rng.randint(0, 60))]
        if rng.random() < 0.4:
            rows += [rng.choice("@ox") * 100] * rng.randint(1, 40)
        stash = {dmc: rng.randint(0, 4) for dmc in ("310", "ecru", "3865", "321", "B5200", "796") if rng.random() < 0.5}
        results.append(attempt(run, rows, rng.choice((11, 14, 14, 16, 18)), stash or rng.choice((None, {}))))
    return results
