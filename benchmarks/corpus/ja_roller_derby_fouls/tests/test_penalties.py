from derby.penalties import Penalty, box_sheet, fouled_out, penalty_counts

ROSTER = {"12": "Brick Mayhem", "404": "Not Found", "7": "Lucky Strike"}


def sheet(*rows):
    return [Penalty(period, jam, skater, code) for period, jam, skater, code in rows]


def test_counts():
    penalties = sheet((1, 2, "12", "B"), (1, 5, "404", "X"), (2, 1, "12", "M"))
    assert penalty_counts(penalties) == {"12": 2, "404": 1}


def test_nobody_fouls_out_on_six():
    penalties = sheet(*[(1, jam, "12", "B") for jam in range(1, 7)])
    assert fouled_out(penalties) == {}


def test_seventh_penalty_fouls_out():
    penalties = sheet(*[(1, jam, "12", "B") for jam in (2, 4, 6, 9, 13, 15)], (2, 3, "12", "X"), (2, 8, "404", "B"))
    assert fouled_out(penalties) == {"12": (2, 3)}


def test_box_sheet_most_penalties_first():
    penalties = sheet((2, 1, "7", "X"), (1, 2, "404", "B"), (1, 1, "404", "C"))
    assert box_sheet(penalties, ROSTER) == ["#404 Not Found: 2 (C, B)", "#7 Lucky Strike: 1 (X)"]


def test_unknown_skater_on_the_sheet():
    assert box_sheet(sheet((1, 1, "99", "G")), ROSTER) == ["#99 ?: 1 (G)"]
