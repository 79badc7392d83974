from datetime import date

from horsedentist.diary import Diary
from horsedentist.horses import Horse

ON = date(2024, 9, 16)


def books():
    return [
        Horse("Bramble", "Hillside", 2012, last_rasp=date(2023, 9, 1)),
        Horse("Pip", "Hillside", 2021, last_rasp=date(2024, 5, 20)),
        Horse("Duke", "Mill Farm", 2002, last_rasp=date(2024, 3, 2)),
        Horse("Alfie", "Mill Farm", 2015, last_rasp=date(2024, 1, 8)),
        Horse("Skye", "Orchard Livery", 2018),
    ]


def test_yard_visits():
    assert Diary(books()).yard_visits(ON) == {
        "Hillside": ["Bramble"],
        "Mill Farm": ["Duke"],
        "Orchard Livery": ["Skye"],
    }


def test_sold_horse_not_visited():
    horses = books()
    horses[4].sold = True
    horses.append(Horse("Comet", "Mill Farm", 2010, last_rasp=date(2022, 4, 4), sold=True))
    assert Diary(horses).yard_visits(ON) == {"Hillside": ["Bramble"], "Mill Farm": ["Duke"]}


def test_record_visit_then_nothing_due():
    diary = Diary(books())
    assert diary.record_visit("Hillside", ON, ["Bramble"]) == 80.0
    assert "Hillside" not in diary.yard_visits(ON)


def test_no_horses_seen_no_bill():
    assert Diary(books()).record_visit("Mill Farm", ON, []) == 0.0
