from hotshop.billing import bills
from hotshop.gas import GasLog


def test_one_member_pays_bench_and_gas():
    log = GasLog(100.0)
    log.read("Priya", 110.0)
    assert bills(log) == {"Priya": 3500 + 800}


def test_idling_shared_by_gas_burnt():
    log = GasLog(100.0)
    log.read("studio", 103.0)
    log.read("Priya", 109.0)
    log.read("Owen", 112.0)
    # Priya 6, Owen 3: the 3 idling split 2 and 1
    assert bills(log) == {"Priya": 3500 + 640, "Owen": 3500 + 320}
