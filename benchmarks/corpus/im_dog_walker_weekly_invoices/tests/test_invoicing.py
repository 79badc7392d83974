from datetime import date

from walkies.invoicing import walk_price, week_takings, weekly_invoice
from walkies.walks import Walk, parse_log

MONDAY = date(2024, 3, 4)


def test_prices():
    assert walk_price(Walk("Okafor", MONDAY, 30)) == 12.0
    assert walk_price(Walk("Okafor", MONDAY, 45)) == 20.0
    assert walk_price(Walk("Hughes", MONDAY, 60, dogs=3)) == 30.0


def test_invoice_for_the_week():
    walks = parse_log("""
2024-03-04 Hughes 60 2
2024-03-05 Okafor 30 1
2024-03-07 Hughes 30 2
2024-02-29 Hughes 60 2
""")
    lines, total = weekly_invoice(walks, "Hughes", MONDAY)
    assert lines == [
        ("2024-03-04", "60 min walk, 2 dogs", 25.0),
        ("2024-03-07", "30 min walk, 2 dogs", 17.0),
    ]
    assert total == 42.0


def test_sunday_walk_is_on_the_invoice():
    walks = [Walk("Okafor", date(2024, 3, 10), 30)]
    assert weekly_invoice(walks, "Okafor", MONDAY)[1] == 12.0


def test_next_monday_waits_for_next_invoice():
    walks = [Walk("Okafor", date(2024, 3, 8), 30), Walk("Okafor", date(2024, 3, 11), 30)]
    lines, total = weekly_invoice(walks, "Okafor", MONDAY)
    assert [line[0] for line in lines] == ["2024-03-08"]
    assert total == 12.0


def test_late_cancellation_is_half_price():
    walks = [Walk("Hughes", date(2024, 3, 6), 60, 2, cancelled_late=True)]
    lines, total = weekly_invoice(walks, "Hughes", MONDAY)
    assert lines == [("2024-03-06", "60 min walk, 2 dogs (cancelled on the day)", 12.5)]
    assert total == 12.5


def test_week_takings():
    walks = [
        Walk("Hughes", date(2024, 3, 4), 60, 2),
        Walk("Okafor", date(2024, 3, 5), 30),
        Walk("Okafor", date(2024, 3, 9), 30, cancelled_late=True),
    ]
    assert week_takings(walks, MONDAY) == {"Hughes": 25.0, "Okafor": 18.0}
