from bookings import book_all, platform_board, read_bookings


def test_read_bookings():
    text = """
    Hughes family, 5, 10:30

    Patel, 2, 11:00
    """
    assert read_bookings(text) == [("Hughes family", 5, "10:30"), ("Patel", 2, "11:00")]


def test_book_all(open_day):
    bookings = [("Hughes family", 5, "10:00"), ("1st Oakley Cubs", 22, "10:00"), ("Patel", 1, "09:55")]
    assert book_all(open_day, bookings) == {
        "Hughes family": [("10:00", 5)],
        "1st Oakley Cubs": [("10:00", 11), ("10:30", 11)],
        "Patel": [("10:30", 1)],
    }


def test_platform_board(santa_day):
    santa_day.book("10:15", 12)
    santa_day.book("10:15", 3)
    assert platform_board(santa_day)[:3] == ["10:15  FULL", "10:55  9 seats", "11:35  12 seats"]
