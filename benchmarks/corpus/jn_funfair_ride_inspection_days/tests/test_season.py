from datetime import date

from season import Season, parse_closed


def test_parse_closed():
    weekdays, closures = parse_closed("Mon, tuesday, 2024-07-13 ,")
    assert weekdays == {0, 1}
    assert closures == {date(2024, 7, 13)}


def test_open_days():
    season = Season("Rec ground", date(2024, 7, 1), date(2024, 7, 14), frozenset({0}), frozenset({date(2024, 7, 13)}))
    assert not season.is_open(date(2024, 7, 8))
    assert season.is_open(date(2024, 7, 9))
    assert season.open_days() == 11
