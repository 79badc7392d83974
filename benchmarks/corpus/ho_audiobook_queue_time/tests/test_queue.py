from audiobooks.queue import to_minutes


def test_to_minutes():
    assert to_minutes(600) == 10
    assert to_minutes(601) == 11
    assert to_minutes(900, speed=1.5) == 10


def test_add_is_idempotent(queue):
    queue.add(queue.books[0])
    assert len(queue.books) == 3


def test_play_stops_at_the_end(queue):
    queue.play("9780571", 500)
    queue.play("9780571", 500)
    assert queue.remaining(queue.books[2]) == 0
    assert [b.isbn for b in queue.unfinished()] == ["9780141", "9781529"]


def test_time_left(queue):
    assert queue.time_left() == 120
    queue.play("9781529", 30 * 60)
    assert queue.time_left() == 90


def test_time_left_faster(queue):
    assert queue.time_left(speed=1.5) == 80


def test_fits_in(queue):
    assert queue.fits_in(45) == ["Grafting", "Cider Presses"]
    assert queue.fits_in(45, speed=2.0) == ["The Night Bus", "Grafting", "Cider Presses"]
