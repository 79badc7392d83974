from datetime import datetime, timedelta

from callouts import Callout
from report import busiest, member_figures, refresher_list


def test_member_figures(callouts):
    assert member_figures(callouts, 2024) == {
        "Bryn": {"callouts": 3, "hours": 13.0, "nights": 1},
        "Carys": {"callouts": 3, "hours": 15.5, "nights": 2},
        "Dafydd": {"callouts": 1, "hours": 5.75, "nights": 0},
        "Eluned": {"callouts": 2, "hours": 4.5, "nights": 1},
        "Gareth": {"callouts": 1, "hours": 1.0, "nights": 0},
    }


def test_hours_to_the_quarter_hour(callouts):
    # 67 minutes on MR-24-003 counts as one hour.
    assert member_figures(callouts, 2024)["Gareth"]["hours"] == 1.0


def test_busiest(callouts):
    assert busiest(member_figures(callouts, 2024)) == [("Carys", 15.5), ("Bryn", 13.0), ("Dafydd", 5.75)]


def test_refresher_list(callouts, roll):
    start = datetime(2024, 6, 1, 10, 0)
    extra = [Callout(f"MR-24-1{n}", start + timedelta(days=n), start + timedelta(days=n, hours=2), ("Bryn",)) for n in range(3)]
    figures = member_figures(callouts + extra, 2024)
    assert refresher_list(figures, roll) == ["Carys", "Dafydd", "Eluned", "Gareth", "Huw"]
