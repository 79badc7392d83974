from regatta.race import Result
from regatta.series import series_table


def race(*sails):
    return [Result(sail, 3000 + place, place) for place, sail in enumerate(sails, 1)]


def test_series_with_a_discard():
    races = [race("A", "B", "C"), race("B", "A", "C"), race("C", "B", "A")]
    assert series_table(races) == [("B", 5), ("A", 6), ("C", 7)]
    assert series_table(races, discards=1) == [("B", 3), ("A", 3), ("C", 4)]
