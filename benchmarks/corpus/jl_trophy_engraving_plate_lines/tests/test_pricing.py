from engraving.pricing import quote


def test_short_inscription_pays_the_minimum():
    assert quote("Club Champion 2024", "medium") == 650 + 12 * 20


def test_priced_by_the_letter():
    text = "Most Improved Player\nUnder 11s 2023-24"
    assert quote(text, "large") == 900 + 12 * 33
