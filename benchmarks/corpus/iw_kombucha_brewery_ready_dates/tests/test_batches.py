from datetime import date

import pytest

from kombucha.batches import Batch, estimated_ready


def batch_with(*readings, brewed=date(2024, 5, 1)):
    batch = Batch("V3", brewed, 20)
    for day, ph in readings:
        batch.log(date(2024, 5, day), ph)
    return batch


def test_needs_two_readings():
    assert estimated_ready(batch_with()) is None
    assert estimated_ready(batch_with((2, 4.5))) is None


def test_implausible_reading_is_refused():
    with pytest.raises(ValueError):
        batch_with((2, 0.45))


def test_already_sour_enough_but_too_young():
    assert estimated_ready(batch_with((2, 4.2), (4, 3.1))) == date(2024, 5, 8)


def test_already_sour_enough():
    assert estimated_ready(batch_with((2, 4.2), (10, 3.2))) == date(2024, 5, 10)


def test_estimate_from_the_falling_ph():
    # 0.15 a day over four days: 0.8 still to go takes another six mornings
    assert estimated_ready(batch_with((2, 4.6), (6, 4.0))) == date(2024, 5, 12)


def test_readings_out_of_order():
    assert estimated_ready(batch_with((6, 4.0), (2, 4.6), (4, 4.3))) == date(2024, 5, 12)


def test_no_fall_yet():
    assert estimated_ready(batch_with((2, 4.5), (3, 4.5))) is None
