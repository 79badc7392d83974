from datetime import date

from booking import can_book, groom_minutes, missing_vaccines
from pets import Pet, Vaccination


def test_dog_with_all_vaccines(biscuit):
    assert can_book(biscuit, date(2024, 3, 1))


def test_expired_distemper(biscuit):
    assert missing_vaccines(biscuit, date(2024, 6, 1)) == ["distemper"]


def test_booster_renews(biscuit):
    biscuit.vaccinations.append(Vaccination("distemper", date(2024, 5, 1), date(2025, 5, 1)))
    assert can_book(biscuit, date(2024, 6, 1))


def test_cat_with_lifetime_vaccine(miso):
    assert can_book(miso, date(2024, 3, 1))


def test_unvaccinated_puppy():
    puppy = Pet("Pip", "dog", 3.0)
    assert missing_vaccines(puppy, date(2024, 3, 1)) == ["rabies", "distemper", "kennel cough"]


def test_groom_minutes(biscuit):
    assert groom_minutes(biscuit) == 45
