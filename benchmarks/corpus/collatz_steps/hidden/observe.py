"""Steps to reach 1 from small and larger starts."""

from observing import attempt
from mod import collatz_steps


def observe():
    return [attempt(collatz_steps, n) for n in (1, 2, 3, 6, 7, 27, 97, 1000, 12345)]
