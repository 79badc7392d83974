from datetime import date

import pytest

from walkies.walks import Walk, clients, parse_log

LOG = """
# week of 4 March
2024-03-04 Hughes 60 2
2024-03-05 Okafor 30 1
2024-03-06 Hughes 60 2 late   # Bramble at the vet
"""


def test_parse_log():
    walks = parse_log(LOG)
    assert walks[0] == Walk("Hughes", date(2024, 3, 4), 60, 2)
    assert walks[2].cancelled_late
    assert len(walks) == 3


def test_clients():
    assert clients(parse_log(LOG)) == ["Hughes", "Okafor"]


def test_unreadable_line():
    with pytest.raises(ValueError, match="line 2"):
        parse_log("2024-03-04 Hughes 60 1\n2024-03-05 Okafor 30 1 early\n")
