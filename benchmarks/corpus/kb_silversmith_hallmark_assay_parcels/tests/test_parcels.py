import pytest

from hallmark.parcels import make_parcels, quote
from hallmark.pieces import Piece


def rings(count, standard="925", grams=6.0):
    return [Piece(f"R-{n}", standard, grams) for n in range(1, count + 1)]


def test_a_few_pieces_make_one_parcel():
    assert make_parcels(rings(3)) == [("925", ["R-1", "R-2", "R-3"])]


def test_each_standard_has_its_own_parcel():
    pieces = [Piece("R-1", "925", 5), Piece("B-1", "958", 40), Piece("R-2", "925", 6), Piece("C-1", "999", 20)]
    assert make_parcels(pieces) == [("925", ["R-1", "R-2"]), ("958", ["B-1"]), ("999", ["C-1"])]


def test_thirteenth_ring_starts_a_new_parcel():
    parcels = make_parcels(rings(13))
    assert parcels == [("925", [f"R-{n}" for n in range(1, 13)]), ("925", ["R-13"])]


def test_heavy_pieces_fill_a_parcel_by_weight():
    bowls = [Piece(f"BW-{n}", "925", 180) for n in range(1, 4)]
    assert make_parcels(bowls) == [("925", ["BW-1", "BW-2"]), ("925", ["BW-3"])]


def test_piece_too_heavy_for_any_parcel():
    with pytest.raises(ValueError, match="T-1"):
        make_parcels([Piece("T-1", "925", 620)])


def test_quote_charges_the_minimum_on_small_parcels():
    assert quote([("925", ["R-1", "R-2"])]) == {"parcels": 1, "pieces": 2, "total": 33.0}
    assert quote([("999", [f"C-{n}" for n in range(12)]), ("925", ["R-1"])]) == {
        "parcels": 2,
        "pieces": 13,
        "total": 17.4 + 19 + 33.0,
    }
