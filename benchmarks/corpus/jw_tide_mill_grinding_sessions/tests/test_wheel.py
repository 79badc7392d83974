import pytest

from tidemill.wheel import Session, WheelLog


def log_of(readings):
    log = WheelLog()
    for minute, rpm in readings:
        log.record(minute, rpm)
    return log


def test_session_still_grinding_when_the_log_stops():
    log = log_of([(600, 8.0), (601, 8.5), (602, 7.0)])
    assert log.close() == [Session(600, 602, 23.5)]


def test_idling_wheel_is_not_a_session():
    log = log_of([(600, 2.0), (601, 5.9), (602, 0.0)])
    assert log.close() == []


def test_session_ends_when_the_stones_are_lifted():
    log = log_of([(600, 8.0), (601, 8.0), (602, 3.0), (603, 1.0)])
    assert log.close() == [Session(600, 601, 16.0)]


def test_two_tides_two_sessions():
    morning = [(m, 7.5) for m in range(420, 425)]
    ebb = [(m, 2.0) for m in range(425, 430)]
    evening = [(m, 9.0) for m in range(1170, 1173)]
    assert log_of(morning + ebb + evening).close() == [Session(420, 424, 37.5), Session(1170, 1172, 27.0)]


def test_readings_out_of_order():
    log = log_of([(600, 8.0)])
    with pytest.raises(ValueError, match="minute 599"):
        log.record(599, 8.0)


def test_session_minutes():
    assert Session(600, 602, 23.5).minutes == 3
