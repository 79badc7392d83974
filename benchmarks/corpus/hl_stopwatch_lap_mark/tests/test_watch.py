import pytest

from stopwatch.watch import Stopwatch, StopwatchError


def test_elapsed(clock):
    watch = Stopwatch(clock)
    watch.start()
    clock.advance(12.5)
    assert watch.elapsed() == 12.5


def test_pause_does_not_count(clock):
    watch = Stopwatch(clock)
    watch.start()
    clock.advance(10)
    watch.stop()
    clock.advance(60)
    watch.start()
    clock.advance(5)
    assert watch.elapsed() == 15


def test_first_lap(clock):
    watch = Stopwatch(clock)
    watch.start()
    clock.advance(61.2)
    assert watch.lap() == pytest.approx(61.2)


def test_laps(clock):
    watch = Stopwatch(clock)
    watch.start()
    for seconds in (62.0, 59.5, 60.25):
        clock.advance(seconds)
        watch.lap()
    assert watch.laps == [62.0, 59.5, 60.25]


def test_lap_needs_running_watch(clock):
    with pytest.raises(StopwatchError):
        Stopwatch(clock).lap()
