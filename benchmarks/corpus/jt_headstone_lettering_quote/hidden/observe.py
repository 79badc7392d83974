"""quote for inscriptions from no letters to many, around the minimum charge for each finish, new stones and additional inscriptions, then random inscriptions; quote_text of each."""

import dataclasses
import random
import string

from observing import attempt
from masonry.quote import LETTER_RATES, quote, quote_text


def run(lines, finish, additional):
    q = quote(lines, finish, additional)
    return dataclasses.astuple(q), quote_text(q)


def observe():
    rng = random.Random(8087)
    results = []
    finishes = sorted(LETTER_RATES) + ["sandblasted"]
    for finish in finishes:
        for letters in (0, 1, 12, 13, 16, 17, 35, 36, 37, 58, 120):
            lines = ["A" * letters] if letters else []
            for additional in (False, True):
                results.append(attempt(run, lines, finish, additional))
    results.append(attempt(run, ["R.I.P.", "", "O'NEILL, J. & M."], "gilded", False))
    alphabet = string.ascii_uppercase + "0123456789&" + " .,-'" * 3
    for _ in range(150):
        lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(rng.randint(0, 8))]
        results.append(attempt(run, lines, rng.choice(finishes[:4]), rng.random() < 0.4))
    return results
