from datetime import date

from challenge import badge, books_counted, leaderboard, pages_read
from logbook import Entry

START = date(2024, 7, 13)
END = date(2024, 9, 7)

LOG = [
    Entry("maya", "The Iron Man", date(2024, 7, 20), pages=64),
    Entry("maya", "Charlotte's Web", date(2024, 7, 15), pages=184),
    Entry("maya", "Holes", date(2024, 7, 1), pages=233),
    Entry("maya", "The Iron Man", date(2024, 8, 2), pages=64),
    Entry("sam", "Matilda", date(2024, 9, 7), "ebook", pages=240),
    Entry("sam", "Wonder", date(2024, 9, 8), pages=310),
]


def test_books_in_the_order_finished():
    assert books_counted(LOG, "maya", START, END) == ["Charlotte's Web", "The Iron Man"]


def test_last_day_counts():
    assert books_counted(LOG, "sam", START, END) == ["Matilda"]


def test_audiobooks_count():
    log = LOG + [Entry("sam", "Kensuke's Kingdom", date(2024, 8, 1), "audio")]
    assert books_counted(log, "sam", START, END) == ["Kensuke's Kingdom", "Matilda"]


def test_pages_read():
    assert pages_read(LOG, "maya", START, END) == 312


def test_badges():
    assert badge(3) is None
    assert badge(4) == "bronze"
    assert badge(11) == "silver"
    assert badge(20) == "gold"


def test_leaderboard():
    assert leaderboard(LOG, START, END) == [("maya", 2), ("sam", 1)]
