import pytest

from masonry.quote import Quote, quote, quote_text


def test_lettering_by_the_letter(inscription):
    assert quote(inscription, "incised").lettering == 58 * 250


def test_small_job_pays_the_minimum(added_name):
    q = quote(added_name, "incised", additional=True)
    assert (q.letters, q.lettering, q.fixing) == (12, 9000, 6500)


def test_gilded_headstone_fixed(inscription):
    assert quote(inscription, "gilded") == Quote(58, 31320, 18500, 9964, 59784)


def test_unknown_finish(inscription):
    with pytest.raises(ValueError, match="'sandblasted'"):
        quote(inscription, "sandblasted")


def test_quote_text():
    text = quote_text(Quote(58, 14500, 18500, 6600, 39600))
    assert text.splitlines() == [
        "Lettering, 58 letters           145.00",
        "Fixing                          185.00",
        "VAT at 20%                       66.00",
        "Total                           396.00",
    ]
