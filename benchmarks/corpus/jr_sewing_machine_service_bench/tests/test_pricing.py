import pytest

from servicebench.pricing import price


def test_basic_service():
    assert price("basic") == 45.00


def test_industrial_express_with_parts():
    assert price("full", industrial=True, express=True, parts=12.40) == 144.90


def test_unknown_service():
    with pytest.raises(ValueError):
        price("rebuild")
