from seedbank.lots import rates_by_lot, seeds_to_sow, viable_lots
from seedbank.trials import Trial


def test_viable_lots():
    trials = [Trial("A", 10, 9), Trial("B", 10, 5), Trial("C", 10, 7), Trial("D", 0, 0)]
    assert rates_by_lot(trials)["D"] is None
    assert viable_lots(trials) == ["A", "C"]


def test_seeds_to_sow():
    assert seeds_to_sow(12, 80.0) == 15
    assert seeds_to_sow(10, 87.5) == 12
