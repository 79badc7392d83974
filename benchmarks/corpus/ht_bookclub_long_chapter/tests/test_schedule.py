from datetime import date

import pytest

from bookclub.books import Chapter, parse_contents
from bookclub.schedule import finish_date, plan_days, reading_calendar

CONTENTS = """\
Prologue ............ 1
The Crossing ........ 7
Salt ................ 30
Lanterns ............ 41
The Long Winter ..... 52
Epilogue ............ 99
(end) ............... 104
"""


def test_parse_contents():
    chapters = parse_contents(CONTENTS)
    assert chapters[0] == Chapter("Prologue", 6)
    assert [c.pages for c in chapters] == [6, 23, 11, 11, 47, 5]


def test_plan_whole_chapters():
    chapters = [Chapter("One", 10), Chapter("Two", 12), Chapter("Three", 8), Chapter("Four", 15)]
    assert plan_days(chapters, 25) == [["One", "Two"], ["Three", "Four"]]


def test_long_chapter_gets_a_day_to_itself():
    assert plan_days(parse_contents(CONTENTS), 30) == [
        ["Prologue", "The Crossing"], ["Salt", "Lanterns"], ["The Long Winter"], ["Epilogue"],
    ]
    assert plan_days([Chapter("Big", 40), Chapter("Small", 5)], 20) == [["Big"], ["Small"]]


def test_calendar_skips_rest_days():
    chapters = [Chapter("One", 20), Chapter("Two", 20), Chapter("Three", 20)]
    # 2024-05-03 is a Friday
    assert reading_calendar(chapters, 20, date(2024, 5, 3), rest_weekdays=(5, 6)) == [
        (date(2024, 5, 3), ["One"]), (date(2024, 5, 6), ["Two"]), (date(2024, 5, 7), ["Three"]),
    ]


def test_finish_date():
    assert finish_date(parse_contents(CONTENTS), 50, date(2024, 5, 1)) == date(2024, 5, 4)
    assert finish_date([], 50, date(2024, 5, 1)) is None


def test_pages_per_day_must_be_positive():
    with pytest.raises(ValueError):
        plan_days([Chapter("One", 3)], 0)
