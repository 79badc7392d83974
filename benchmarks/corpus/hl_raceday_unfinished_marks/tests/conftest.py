import pytest

from raceday.entries import read_entries

SHEET = (
    "101\tMara Holt\tF40\t0:41:12\n"
    "102\tJon Peel\tM\t38:50\n"
    "103\tIvo Sand\tM\tDNF\n"
    "104\tLea Brun\tF\t0:39:05\n"
    "105\tTim Oake\tM40\t\n"
    "106\tAda Voss\tF\t0:41:12\n"
    "107\tRay Lund\tM\tDSQ\n"
)


@pytest.fixture
def entries():
    return read_entries(SHEET)
