"""Commission.quote for 1 to 60 envelopes (49, 50 and 51 especially) in every script, gilded or not, on addresses with and without spaces, then random client lists."""

import random

from observing import attempt
from inkwell.commission import Commission
from inkwell.scripts import SCRIPTS

ADDRESSES = [
    "Mr & Mrs A Patel, 14 Orchard Way, Ludlow, SY8 1AB",
    "Ms J Ng\nFlat 2\nBath\nBA1 1AA",
    "Dr O Ade,, Rose Cottage ,Hay",
    "HUGHES, Llanfair, LL1",
    "The Revd. Canon P. St John-Smythe, The Old Rectory, Much Wenlock, TF13 6AA",
    "x",
]
WORDS = ["Mr", "Mrs", "Ms", "Dr", "A", "Jo", "Patel", "Ng", "O'Hara", "14", "Orchard", "Way", "Lane",
         "Ludlow", "Bath", "SY8", "1AB", "&", "St.", "Flat", "2b", "MACLEOD", "Hay-on-Wye"]


def quote(script, gilded, addresses):
    commission = Commission("client", SCRIPTS[script], gilded=gilded)
    for address in addresses:
        commission.add(address)
    return commission.quote(), [len(lines) for lines in commission.envelopes]


def observe():
    rng = random.Random(2290)
    results = [attempt(quote, "italic", False, [])]
    for script in sorted(SCRIPTS):
        for gilded in (False, True):
            for address in ADDRESSES:
                for count in (1, 5, 12, 30, 49, 50, 51, 60):
                    results.append(attempt(quote, script, gilded, [address] * count))
    for _ in range(150):
        addresses = []
        for _ in range(rng.choice((rng.randint(1, 10), rng.randint(40, 60), rng.randint(1, 120)))):
            lines = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 5))]
            addresses.append(rng.choice((", ", "\n")).join(lines))
        results.append(attempt(quote, rng.choice(sorted(SCRIPTS)), rng.random() < 0.3, addresses))
    return results
