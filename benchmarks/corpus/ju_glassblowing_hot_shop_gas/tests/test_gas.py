import pytest

from hotshop.gas import GasLog, load_log


def test_first_session_burns_since_opening():
    log = GasLog(4410.25)
    assert log.read("Priya", 4418.75) == 8.5
    assert log.used == {"Priya": 8.5}
    assert log.sessions == {"Priya": 1}


def test_each_reading_counts_from_the_one_before():
    log = GasLog(4410.0)
    log.read("Priya", 4418.0)
    assert log.read("Owen", 4421.5) == 3.5
    assert log.used == {"Priya": 8.0, "Owen": 3.5}


def test_reading_below_opening_is_refused():
    log = GasLog(4410.0)
    with pytest.raises(ValueError):
        log.read("Owen", 4409.0)


def test_overnight_idling_is_not_a_session():
    log = GasLog(100.0)
    log.read("studio", 102.0)
    assert log.sessions == {}
    assert log.members() == []


def test_load_log():
    log = load_log("opening 100\n\nPriya 104.5\n")
    assert log.used == {"Priya": 4.5}
    with pytest.raises(ValueError):
        load_log("Priya 104.5\n")
