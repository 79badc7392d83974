from datetime import date

from roastery.batches import Batch

TODAY = date(2024, 9, 27)


def test_fresh_batches_rest_first(roastery):
    codes = [batch.code for batch in roastery.ready_to_ship(TODAY)]
    assert "B-104" not in codes
    assert "B-103" in codes


def test_stale_batches_are_flagged(roastery):
    assert roastery.stale(TODAY) == ["B-101"]


def test_ship_everything_ready(roastery):
    assert roastery.ship(TODAY) == 30
    assert roastery.ready_to_ship(TODAY) == []


def test_add(roastery):
    roastery.add(Batch("B-105", "Kona", date(2024, 9, 1), bags=2))
    assert len(roastery.batches) == 6
