from escapes.booking import can_host, price, rooms_for
from escapes.models import Party, Room

VAULT = Room("The Vault", min_players=2, max_players=6, minimum_age=12)
ASYLUM = Room("Asylum", min_players=4, max_players=8, minimum_age=16)
LAB = Room("Mad Lab", min_players=2, max_players=5, closed=True)


def test_family_fits_the_vault():
    assert can_host(VAULT, Party("Okafor", 4, youngest_age=13))


def test_too_many_players():
    assert not can_host(VAULT, Party("Stag do", 9))


def test_too_young():
    assert not can_host(ASYLUM, Party("Birthday", 5, youngest_age=14))


def test_closed_room():
    assert not can_host(LAB, Party("Quiz team", 3))


def test_couple_cannot_book_the_asylum():
    assert rooms_for(Party("Date night", 2), [ASYLUM, VAULT, LAB]) == ["The Vault"]


def test_group_price():
    assert price(Party("Office", 6)) == 120
    assert price(Party("Pair", 2)) == 44
