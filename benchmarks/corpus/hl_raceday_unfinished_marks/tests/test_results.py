from raceday.results import podium, ranking


def test_fastest_first():
    entries = [{"bib": "7", "category": "M", "time": "1:02:00"}, {"bib": "3", "category": "M", "time": "58:10"}]
    assert ranking(entries) == [(1, "3", "0:58:10"), (2, "7", "1:02:00")]


def test_did_not_start():
    entries = [{"bib": "7", "category": "M", "time": "1:02:00"}, {"bib": "9", "category": "M"}]
    assert ranking(entries) == [(1, "7", "1:02:00")]


def test_ranking(entries):
    assert ranking(entries) == [
        (1, "102", "0:38:50"),
        (2, "104", "0:39:05"),
        (3, "101", "0:41:12"),
        (3, "106", "0:41:12"),
    ]


def test_podium(entries):
    assert podium(entries, "F") == ["104", "106"]
