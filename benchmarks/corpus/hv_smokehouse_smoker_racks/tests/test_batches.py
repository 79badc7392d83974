import pytest

from smokehouse.batches import Batch, read_smoking_list


def test_rack_counts(batches):
    assert len(batches) == 8
    assert batches[0] == Batch("brisket", 110, 12)
    assert batches[3] == Batch("pork-butt", 115, 10)


def test_bad_rack_count():
    with pytest.raises(ValueError):
        read_smoking_list("ribs 125 6 2\n")
