from datetime import date, datetime

from saunapass.passes import VisitPass


def test_expiry_day():
    assert VisitPass("Mia", 10, date(2024, 1, 1)).expires_on == date(2024, 3, 31)


def test_visits_are_charged_in_time_order():
    pass_ = VisitPass("Mia", 2, date(2024, 3, 1))
    charged = pass_.charge([(datetime(2024, 3, 6, 18, 0), 45), (datetime(2024, 3, 5, 10, 0), 45)])
    assert [outcome for _, _, outcome in charged] == ["ok", "no credits"]
    assert pass_.credits == 1


def test_credits_charged_for_each_visit():
    pass_ = VisitPass("Mia", 10, date(2024, 3, 1))
    charged = pass_.charge([(datetime(2024, 3, 5, 10, 0), 90), (datetime(2024, 3, 9, 11, 0), 60)])
    assert charged == [
        (datetime(2024, 3, 5, 10, 0), 2, "ok"),
        (datetime(2024, 3, 9, 11, 0), 2, "ok"),
    ]
    assert pass_.credits == 6
    assert pass_.visits_made() == 2


def test_no_visits_on_the_expiry_day():
    pass_ = VisitPass("Mia", 10, date(2024, 1, 1))
    charged = pass_.charge([(datetime(2024, 3, 30, 10, 0), 60), (datetime(2024, 3, 31, 10, 0), 60)])
    assert [outcome for _, _, outcome in charged] == ["ok", "expired"]
    assert pass_.credits == 8


def test_top_up_renews_the_pass():
    pass_ = VisitPass("Mia", 1, date(2024, 1, 1))
    pass_.top_up(5, date(2024, 4, 2))
    charged = pass_.charge([(datetime(2024, 4, 3, 10, 0), 60)])
    assert charged[0][2] == "ok"
    assert pass_.credits == 5
