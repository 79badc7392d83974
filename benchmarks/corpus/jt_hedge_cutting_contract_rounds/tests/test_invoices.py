from datetime import date

from hedging.contracts import Contract
from hedging.invoices import cut_price, round_for, season_invoice


def test_cut_price():
    assert cut_price(2400) == 24 * 1800
    assert cut_price(250) == 3 * 1800
    assert cut_price(90) == 4500


def test_season_invoice():
    glebe = Contract("Glebe House", 90, date(2024, 10, 1), 12)
    assert season_invoice(glebe, date(2025, 2, 28)) == [(date(2024, 10, 1), 4500), (date(2024, 12, 24), 4500)]


def test_round_for():
    contracts = [
        Contract("Glebe House", 90, date(2024, 10, 1), 12),
        Contract("Bryher Farm", 2400, date(2024, 9, 3), 4),
        Contract("Holly Lane", 350, date(2024, 9, 17), 2),
    ]
    assert round_for(contracts, date(2024, 10, 1), date(2025, 2, 28)) == ["Bryher Farm", "Holly Lane", "Glebe House"]
