from datetime import date

from molecatch.billing import invoice, visit_days


def test_no_mole_no_fee(spring_round):
    spring_round.check("Glebe Farm", 1, date(2024, 3, 7))
    assert invoice(spring_round, "Glebe Farm") == {"visits": 2, "moles": 0, "total": 0.0}


def test_callouts_and_bounty(spring_round):
    spring_round.check("Old Rectory", 1, date(2024, 3, 6), caught=True)
    spring_round.check("Old Rectory", 2, date(2024, 3, 6), caught=True)
    spring_round.lift("Old Rectory", 2, date(2024, 3, 8))
    assert visit_days(spring_round, "Old Rectory") == [date(2024, 3, 4), date(2024, 3, 6), date(2024, 3, 8)]
    assert invoice(spring_round, "Old Rectory") == {"visits": 3, "moles": 2, "total": 67.5}
