import pytest

from stockcheck.ledger import expected_stock


@pytest.fixture
def books():
    return expected_stock([
        {"sku": "BOLT-M6", "type": "receipt", "qty": 500},
        {"sku": "BOLT-M6", "type": "shipment", "qty": 120},
        {"sku": "NUT-M6", "type": "receipt", "qty": 300},
        {"sku": "WASHER", "type": "receipt", "qty": 80},
        {"sku": "WASHER", "type": "return", "qty": 5},
    ])
