from datetime import date

from flowerrota.dates import sundays
from flowerrota.rota import make_rota, rota_sheet

JUNE = sundays(date(2024, 6, 1), date(2024, 6, 30))
ARRANGERS = ["Mrs Pike", "Joan", "Mr Ellis"]


def test_turns_go_round():
    rota = make_rota(ARRANGERS, JUNE)
    assert [rota[sunday] for sunday in JUNE] == [["Mrs Pike"], ["Joan"], ["Mr Ellis"], ["Mrs Pike"], ["Joan"]]


def test_nobody_on_a_sunday_they_are_away():
    away = {"Joan": {date(2024, 6, 9), date(2024, 6, 16)}}
    rota = make_rota(ARRANGERS, JUNE, away)
    assert [rota[sunday] for sunday in JUNE] == [["Mrs Pike"], ["Mr Ellis"], ["Mrs Pike"], ["Joan"], ["Joan"]]


def test_festival_needs_two():
    harvest = date(2024, 6, 16)
    rota = make_rota(ARRANGERS, JUNE, festivals={harvest})
    assert rota[harvest] == ["Mr Ellis", "Mrs Pike"]
    assert rota[date(2024, 6, 23)] == ["Joan"]


def test_sheet():
    rota = {date(2024, 6, 9): ["Joan"], date(2024, 6, 2): ["Mrs Pike", "Mr Ellis"], date(2024, 6, 16): []}
    assert rota_sheet(rota) == ["2 Jun: Mrs Pike & Mr Ellis", "9 Jun: Joan", "16 Jun: volunteers please!"]
