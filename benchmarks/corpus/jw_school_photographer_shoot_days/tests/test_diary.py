from datetime import date

from schoolphotos.diary import School, proofs_back, shoot_diary

MONDAY = date(2024, 9, 2)


def test_days_per_school():
    assert School("St Aidan's", 500).days == 3
    assert School("Fenwick Primary", 220).days == 1
    assert School("Hilltop Nursery", 0).days == 1


def test_small_schools_in_one_week():
    schools = [School("Fenwick Primary", 180), School("Hilltop Nursery", 40), School("Oakfield Infants", 210)]
    assert shoot_diary(schools, MONDAY, set()) == [
        ("Fenwick Primary", date(2024, 9, 2), date(2024, 9, 2)),
        ("Hilltop Nursery", date(2024, 9, 3), date(2024, 9, 3)),
        ("Oakfield Infants", date(2024, 9, 4), date(2024, 9, 4)),
    ]


def test_big_school_carries_over_the_weekend():
    thursday = date(2024, 9, 5)
    assert shoot_diary([School("St Aidan's", 500)], thursday, set()) == [
        ("St Aidan's", date(2024, 9, 5), date(2024, 9, 9)),
    ]


def test_inset_day_is_skipped():
    schools = [School("Fenwick Primary", 180), School("Oakfield Infants", 210)]
    assert shoot_diary(schools, MONDAY, {date(2024, 9, 3)}) == [
        ("Fenwick Primary", date(2024, 9, 2), date(2024, 9, 2)),
        ("Oakfield Infants", date(2024, 9, 4), date(2024, 9, 4)),
    ]


def test_proofs_back():
    diary = [("Fenwick Primary", date(2024, 9, 2), date(2024, 9, 2))]
    assert proofs_back(diary) == {"Fenwick Primary": date(2024, 9, 12)}
