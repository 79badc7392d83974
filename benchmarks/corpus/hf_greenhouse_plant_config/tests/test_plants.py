from datetime import date

from greenhouse.plants import Plant, due, water_needed

PLANTS = [
    Plant("basil", 2, date(2024, 5, 1), 0.25),
    Plant("tomato", 1, date(2024, 5, 2), 1.5),
    Plant("cactus", 14, date(2024, 4, 20), 0.1),
]


def test_due_most_overdue_first():
    assert [p.name for p in due(PLANTS, date(2024, 5, 3))] == ["basil", "tomato"]
    assert [p.name for p in due(PLANTS, date(2024, 5, 4))] == ["basil", "tomato", "cactus"]


def test_water_needed():
    assert water_needed(PLANTS, date(2024, 5, 3)) == 1.75
