from datetime import date

from plantcare.schedule import plan, to_water, water


def test_due_today(garden):
    assert to_water(garden, date(2024, 6, 4)) == ["cactus", "basil", "fern", "tomatoes"]


def test_nothing_due(garden):
    assert to_water(garden[:2], date(2024, 6, 2)) == []


def test_rain_waters_the_garden(garden):
    assert to_water(garden, date(2024, 6, 4), rained=True) == ["cactus", "fern"]


def test_water_updates_the_plants(garden):
    assert water(garden, date(2024, 6, 4)) == ["cactus", "basil", "fern", "tomatoes"]
    assert to_water(garden, date(2024, 6, 5)) == ["tomatoes"]


def test_plan(garden):
    schedule = plan(garden[:1], date(2024, 6, 4), days=7)
    assert list(schedule) == [date(2024, 6, 4), date(2024, 6, 7), date(2024, 6, 10)]
