from datetime import date

from greengrocer.labels import print_run, shelf_label
from greengrocer.offers import Offer
from greengrocer.produce import Produce

TODAY = date(2024, 9, 4)
AVOCADO = Produce("AVO", "Avocado", "each", 0.95, "Peru")
LEMON = Produce("LEM", "Lemons", "each", 0.35, "Spain")
CARROTS = Produce("CAR", "Carrots", "kg", 0.9, "England")


def test_label_without_offer():
    assert shelf_label(CARROTS, [], TODAY) == ["CARROTS", "90p per kg", "Produce of England"]


def test_label_with_offer():
    offers = [Offer("AVO", 2, 1.5, date(2024, 9, 2), date(2024, 9, 8))]
    assert shelf_label(AVOCADO, offers, TODAY) == ["AVOCADO", "95p each", "2 for £1.50", "SAVE 40p", "Produce of Peru"]


def test_offer_not_running_today():
    offers = [Offer("AVO", 2, 1.5, date(2024, 9, 5), date(2024, 9, 8))]
    assert "2 for £1.50" not in shelf_label(AVOCADO, offers, TODAY)


def test_best_offer_wins():
    offers = [
        Offer("LEM", 4, 1.2, date(2024, 9, 1), date(2024, 9, 30)),
        Offer("LEM", 3, 0.8, date(2024, 9, 4), date(2024, 9, 4)),
    ]
    assert shelf_label(LEMON, offers, TODAY)[2:4] == ["3 for 80p", "SAVE 25p"]


def test_print_run():
    offers = [
        Offer("LEM", 4, 1.0, date(2024, 9, 1), date(2024, 9, 30)),
        Offer("AVO", 2, 1.5, date(2024, 9, 2), date(2024, 9, 8)),
    ]
    assert print_run([LEMON, CARROTS, AVOCADO], offers, TODAY) == (
        "AVOCADO\n95p each\n2 for £1.50\nSAVE 40p\nProduce of Peru\n\n"
        "CARROTS\n90p per kg\nProduce of England\n\n"
        "LEMONS\n35p each\n4 for £1.00\nSAVE 40p\nProduce of Spain"
    )
