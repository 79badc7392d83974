import pytest

from ferry.vehicles import Vehicle


@pytest.fixture
def morning_sailing():
    return [
        Vehicle("LR01", "lorry"),
        Vehicle("CA01", "car"),
        Vehicle("CA02", "car", 4.2),
        Vehicle("VN01", "van"),
        Vehicle("LR02", "lorry"),
        Vehicle("MB01", "motorbike"),
    ]
