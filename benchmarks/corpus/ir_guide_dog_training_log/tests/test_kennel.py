import pytest

from training.kennel import UnknownDog


def test_find_dog_by_name(kennel):
    assert kennel.dog(" juno ").walker == "Tom Kerr"


def test_unknown_dog(kennel):
    with pytest.raises(UnknownDog):
        kennel.dog("Rex")


def test_dogs_in_name_order(kennel):
    assert [dog.name for dog in kennel.dogs()] == ["Bramble", "Juno", "Pip"]
