import pytest

from cavetours.tickets import price_party, tour_takings


def test_adult_and_child():
    assert price_party([41, 9]) == ({"child": 1, "adult": 1}, 2600)


def test_under_fours_go_free():
    assert price_party([35, 2]) == ({"infant": 1, "adult": 1}, 1650)


def test_family_ticket_for_two_adults_and_two_children():
    assert price_party([38, 41, 7, 10, 12]) == ({"child": 1, "family": 1}, 5750)


def test_seniors():
    assert price_party([70, 68]) == ({"senior": 2}, 2800)


def test_adult_price_from_the_sixteenth_birthday():
    assert price_party([16, 45]) == ({"adult": 2}, 3300)


def test_impossible_age():
    with pytest.raises(ValueError):
        price_party([40, 130])


def test_tour_takings():
    assert tour_takings([[41, 9], [70, 68], []]) == 5400
