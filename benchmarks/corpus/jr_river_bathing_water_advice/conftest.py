from datetime import date

import pytest

from samples import read_lab_csv

LAB_CSV = """
site,date,ecoli,enterococci
Mill Pool,2024-06-24,120,40
Mill Pool,2024-07-01,<10,<10
Mill Pool,2024-07-08,310,88
Weir Meadow,2024-07-08,2400,610
Ferry Steps,2024-06-10,85,20
"""


@pytest.fixture
def today():
    return date(2024, 7, 12)


@pytest.fixture
def lab_samples():
    return read_lab_csv(LAB_CSV)
