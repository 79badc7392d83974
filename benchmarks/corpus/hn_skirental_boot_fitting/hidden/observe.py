"""Boot fitting on edge cases, then random size lists and random feet."""

import random

from observing import attempt
from skirental.counter import Counter
from skirental.sizing import BOOT_SIZES, smallest_fitting


def observe():
    rng = random.Random(8821)
    results = []
    for sizes in ([], [250], [240, 250], [220, 220, 230]):
        for foot in (0, 219, 220, 221, 240, 245, 250, 251, 400):
            results.append(attempt(smallest_fitting, sizes, foot))
    for foot in range(200, 320, 7):
        results.append(attempt(smallest_fitting, BOOT_SIZES, foot))
    for _ in range(100):
        sizes = sorted(rng.sample(range(200, 330, 5), rng.randint(0, 12)))
        feet = [rng.uniform(190, 335) for _ in range(3)] + [rng.choice(sizes) if sizes else 250]
        results.append([attempt(smallest_fitting, sizes, foot) for foot in feet])
        shelf = {size: rng.randint(0, 2) for size in sizes}
        counter = Counter(shelf)
        handed = [attempt(counter.fit_boots, rng.uniform(215, 305)) for _ in range(rng.randint(1, 5))]
        results.append((handed, dict(counter.shelf)))
    return results
