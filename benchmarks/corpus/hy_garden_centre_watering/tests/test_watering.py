from datetime import date

from gardencentre.plants import Plant, read_stock
from gardencentre.watering import mark_watered, round_sheet, watering_round

TODAY = date(2024, 5, 10)

STOCK = [
    "Lavender;B;3;2024-05-06;out",
    "Hosta;A;2;2024-05-09;out",
    "Fern;G;2;2024-05-07;in",
    "Begonia;G;1;-;in",
    "Box hedge;A;7;2024-05-01;out",
]


def test_read_stock():
    plants = read_stock(STOCK[:1] + STOCK[3:4])
    assert plants[0] == Plant("Lavender", "B", 3, date(2024, 5, 6), False)
    assert plants[1].last_watered is None and plants[1].indoor


def test_dry_day_round():
    due = watering_round(read_stock(STOCK), TODAY)
    assert round_sheet(due) == ["A: Box hedge", "B: Lavender", "G: Begonia", "G: Fern"]


def test_light_rain_changes_nothing():
    due = watering_round(read_stock(STOCK), TODAY, rain_mm=1.5)
    assert len(due) == 4


def test_rain_skips_the_outside():
    due = watering_round(read_stock(STOCK), TODAY, rain_mm=12)
    assert round_sheet(due) == ["G: Begonia", "G: Fern"]


def test_nothing_due_after_watering():
    plants = read_stock(STOCK)
    mark_watered(plants, TODAY)
    assert watering_round(plants, TODAY) == []
