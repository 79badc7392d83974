import pytest

from callouts import read_log

LOG = """
MR-23-118  2023-12-30 13:00  2023-12-30 16:00  Bryn, Dafydd
MR-24-001  2024-01-06 15:20  2024-01-06 21:05  Bryn, Carys, Dafydd
MR-24-002  2024-01-19 23:40  2024-01-20 03:10  Carys, Eluned

MR-24-003  2024-02-11 09:05  2024-02-11 10:12  Bryn, Eluned, Gareth
MR-24-004  2024-03-02 05:30  2024-03-02 11:50  Bryn, Carys
"""


@pytest.fixture
def log_text():
    return LOG


@pytest.fixture
def callouts():
    return read_log(LOG)


@pytest.fixture
def roll():
    return ["Bryn", "Carys", "Dafydd", "Eluned", "Gareth", "Huw"]
