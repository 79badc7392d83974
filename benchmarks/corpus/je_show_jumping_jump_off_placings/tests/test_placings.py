from jumping.faults import parse_round
from jumping.placings import placings, prize_money

FIRST_ROUND = [
    parse_round(line)
    for line in [
        "Amy Hale / Blue Moon: 70.10s",
        "Ben Ortiz / Tango: 1K 69.50s",
        "Cara Lind / Juniper: 71.90s",
        "Dan Kerr / Mosaic: 73.20s",
        "Eve Marsh / Solo: E",
        "Finn Doyle / Rascal: 68.00s",
    ]
]
JUMP_OFF = [
    parse_round(line)
    for line in [
        "Amy Hale / Blue Moon: 1K 38.00s",
        "Cara Lind / Juniper: 43.00s",
        "Finn Doyle / Rascal: 50.30s",
    ]
]


def test_first_round_only():
    assert placings(FIRST_ROUND, [], 72, 45) == [
        (1, "Finn Doyle", 0, 68.0),
        (2, "Amy Hale", 0, 70.1),
        (3, "Cara Lind", 0, 71.9),
        (4, "Dan Kerr", 2, 73.2),
        (5, "Ben Ortiz", 4, 69.5),
    ]


def test_jump_off_riders_placed_first():
    assert placings(FIRST_ROUND, JUMP_OFF, 72, 45) == [
        (1, "Cara Lind", 0, 43.0),
        (2, "Amy Hale", 4, 38.0),
        (3, "Finn Doyle", 6, 50.3),
        (4, "Dan Kerr", 2, 73.2),
        (5, "Ben Ortiz", 4, 69.5),
    ]


def test_only_clear_rounds_jump_off():
    results = placings(FIRST_ROUND, JUMP_OFF + [parse_round("Ben Ortiz / Tango: 35.00s")], 72, 45)
    assert results[-1] == (5, "Ben Ortiz", 4, 69.5)


def test_prize_money():
    results = placings(FIRST_ROUND, [], 72, 45)
    assert prize_money(results, 250, [40, 25, 15]) == {"Finn Doyle": 100.0, "Amy Hale": 62.5, "Cara Lind": 37.5}
