import pytest

from recordshop.crates import crate_labels, crate_of
from recordshop.stock import Record


def records(*artists):
    return [Record(artist, f"LP {n}", "VG", 10.0) for n, artist in enumerate(artists)]


STOCK = records(
    "Blondie", "The Beatles", "Bowie", "ABBA", "Bronski Beat",
    "The Clash", "Cocteau Twins", "Bowie", "The Cure",
)


def test_one_crate():
    assert crate_labels(records("ABBA", "Blondie"), 10) == ["ABB-BLO"]


def test_one_artist_in_a_crate():
    assert crate_labels(records("Bowie", "Bowie", "Bowie"), 5) == ["BOW"]


def test_labels_for_full_crates():
    assert crate_labels(STOCK, 3) == ["ABB-BLO", "BOW-BRO", "CLA-CUR"]


def test_short_last_crate():
    assert crate_labels(STOCK, 4) == ["ABB-BOW", "BOW-COC", "CUR"]


def test_no_records_no_labels():
    assert crate_labels([], 3) == []


def test_crates_hold_something():
    with pytest.raises(ValueError):
        crate_labels(STOCK, 0)


def test_crate_of_artist():
    assert crate_of(STOCK, 4, "Bowie") == 1
    assert crate_of(STOCK, 4, "the cure") == 3
    assert crate_of(STOCK, 4, "Adam Ant") is None
