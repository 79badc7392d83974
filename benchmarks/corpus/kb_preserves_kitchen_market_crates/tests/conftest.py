from datetime import date

import pytest

from larder.batches import read_log

LOG = """
SC-0620; strawberry jam; 2023-06-20; 340+ 340+ 340+
SM-0115; seville marmalade; 2024-01-15; 454+ 454+ 454+ 454+
RO-0701; red onion chutney; 2024-07-01; 340+ 340+ 340+ 340+ 340+ 340+
GB-0712; gooseberry jam; 2024-07-12; 340+ 340+ 340+ 227+
LC-0720; lemon curd; 2024-07-20; 227+ 227+ 227+
RJ-0725; raspberry jam; 2024-07-25; 340+ 340- 340+ 227+
"""


@pytest.fixture
def log():
    return read_log(LOG)


@pytest.fixture
def saturday():
    return date(2024, 7, 27)
