from datetime import date

import pytest

from soapworks.batches import parse_book

BOOK = """
# code; recipe; method; poured; bars; sold; zap
L01; Lavender; cold; 2024-02-05; 24; 10
O02; Oatmeal & Honey; hot; 2024-03-11; 18
C03; Castile; castile; 2023-09-04; 30; 4
L04; Lavender; cold; 2024-02-26; 24; 0; fail
P05; Peppermint; cold; 2024-03-04; 20
"""


@pytest.fixture
def book():
    return parse_book(BOOK)


@pytest.fixture
def market_day():
    return date(2024, 3, 23)
