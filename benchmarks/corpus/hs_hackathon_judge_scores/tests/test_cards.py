import pytest

from judging.cards import read_cards


def test_conflict_flag(cards):
    assert [card.conflict for card in cards] == [False, False, False, True, True]


def test_mark_out_of_range():
    with pytest.raises(ValueError):
        read_cards([{"judge": "Ines", "team": "Owls", "idea": "11", "build": "6", "demo": "9"}])
