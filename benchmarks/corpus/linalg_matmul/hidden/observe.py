"""Products and powers of random matrices of random compatible (and incompatible) shapes."""

import random

from observing import attempt
from linalg.matrix import Matrix


def random_matrix(rng, rows, cols):
    return Matrix([[rng.randint(-4, 4) for _ in range(cols)] for _ in range(rows)])


def observe():
    rng = random.Random(261)
    results = []
    for _ in range(60):
        n, m, p = rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 4)
        a, b = random_matrix(rng, n, m), random_matrix(rng, m if rng.random() < 0.85 else p, p)
        product = attempt(lambda: a @ b)
        results.append(product.data if isinstance(product, Matrix) else product)
        square = random_matrix(rng, n, n)
        powered = attempt(square.power, rng.randint(0, 4))
        results.append(powered.data if isinstance(powered, Matrix) else powered)
    return results
