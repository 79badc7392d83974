from datetime import date

import pytest

from audiobooks.books import Book, parse_duration
from audiobooks.queue import Queue


@pytest.fixture
def queue():
    queue = Queue()
    queue.add(Book("9780141", "M. Shelley", "Grafting", parse_duration("40:00"), date(2024, 3, 1)))
    queue.add(Book("9781529", "J. Ray", "The Night Bus", parse_duration("1:05:00"), date(2024, 2, 20)))
    queue.add(Book("9780571", "M. Shelley", "Cider Presses", parse_duration("15:00"), date(2024, 3, 8)))
    return queue
