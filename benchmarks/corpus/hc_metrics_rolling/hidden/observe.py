"""Window sums, averages and busiest windows of short and random series."""

import random

from observing import attempt
from metrics.series import Series
from metrics.window import rolling_sum


def observe():
    results = []
    fixed = [[], [5], [1, 2], [3, 3, 3], [1, 2, 3, 4, 5, 6, 7], [0, -1, 4, -2, 8]]
    rng = random.Random(5521)
    randoms = [[rng.randint(-20, 50) for _ in range(rng.randint(0, 15))] for _ in range(60)]
    for values in fixed + randoms:
        for window in (-1, 0, 1, 2, 3, 4, 7, 16):
            series = Series("s", list(values))
            results.append((window, attempt(rolling_sum, values, window), attempt(series.moving_average, window),
                            attempt(series.busiest_window, window), attempt(series.peaks, window)))
    return results
