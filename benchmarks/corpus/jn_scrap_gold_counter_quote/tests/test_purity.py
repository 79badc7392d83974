import pytest

from purity import read_hallmark


def test_carats():
    assert read_hallmark("9ct") == ("gold", 0.375)
    assert read_hallmark(" 22K ") == ("gold", 0.916)


def test_fineness_numbers():
    assert read_hallmark("750") == ("gold", 0.75)
    assert read_hallmark("925") == ("silver", 0.925)


def test_words():
    assert read_hallmark("Sterling") == ("silver", 0.925)
    assert read_hallmark("PT 950") == ("platinum", 0.95)


@pytest.mark.parametrize("mark", ["10ct", "333", "gold", ""])
def test_unreadable(mark):
    with pytest.raises(ValueError):
        read_hallmark(mark)
