from carwash.programs import queue_wait


def test_queue_wait():
    assert queue_wait([]) == 0
    assert queue_wait(["basic"]) == 0
    assert queue_wait(["basic", "deluxe", "ceramic"]) == 10
