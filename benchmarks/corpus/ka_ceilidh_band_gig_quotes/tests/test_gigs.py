from datetime import date, time

from gigfees.gigs import Gig, parse_enquiry


def test_parse_enquiry():
    form = {"date": "2024-09-21", "venue": " Kinfauns Castle ", "miles": "40", "start": "19:30",
            "finish": "23:00", "players": "", "caller": "Yes"}
    assert parse_enquiry(form) == Gig(date(2024, 9, 21), "Kinfauns Castle", 40.0, time(19, 30), time(23, 0), 4, True)


def test_parse_enquiry_without_caller():
    form = {"date": "2024-12-31", "venue": "Crieff Hydro", "miles": "60", "start": "21:00", "finish": "01:00", "players": "5"}
    gig = parse_enquiry(form)
    assert gig.players == 5 and gig.caller is False
