import pytest

from billing import Invoice


@pytest.fixture
def invoice():
    return Invoice(customer="Acme Ltd")
