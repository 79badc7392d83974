from datetime import date

import pytest

from apiary.scale import Reading, parse_log


def test_parse_log_skips_comments():
    text = "# north hive\n2024-05-01 38.2\n\n2024-05-02 38.9\n"
    assert parse_log(text) == [Reading(date(2024, 5, 1), 38.2), Reading(date(2024, 5, 2), 38.9)]


def test_parse_log_rejects_zero_weight():
    with pytest.raises(ValueError):
        parse_log("2024-05-01 0")
