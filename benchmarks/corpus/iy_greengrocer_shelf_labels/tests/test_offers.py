from datetime import date

from greengrocer.offers import Offer, offer_text


def test_offer_runs_to_its_last_day():
    offer = Offer("AVO", 2, 1.5, date(2024, 9, 2), date(2024, 9, 8))
    assert not offer.runs_on(date(2024, 9, 1))
    assert offer.runs_on(date(2024, 9, 2))
    assert offer.runs_on(date(2024, 9, 8))
    assert not offer.runs_on(date(2024, 9, 9))


def test_offer_text():
    assert offer_text(Offer("LEM", 4, 1.0, date(2024, 9, 2), date(2024, 9, 8))) == "4 for £1.00"
    assert offer_text(Offer("LIM", 3, 0.8, date(2024, 9, 2), date(2024, 9, 8))) == "3 for 80p"
