from datetime import date

from alpacas.animals import Alpaca, parse_herd

HERD_BOOK = """
# name, sex, born, last shorn, mated
Bramble, F, 2019-05-14, 2023-05-20, 2023-07-02
Pippin,  M, 2021-06-30, 2023-05-20, -
Toffee,  F, 2023-08-01, -, -     # this year's cria
"""


def test_parse_herd():
    herd = parse_herd(HERD_BOOK)
    assert [a.name for a in herd] == ["Bramble", "Pippin", "Toffee"]
    assert herd[0].mated == date(2023, 7, 2)
    assert herd[2].last_shorn is None



def test_age_in_months():
    toffee = Alpaca("Toffee", "F", date(2023, 8, 15))
    assert toffee.age_in_months(date(2024, 5, 14)) == 8
    assert toffee.age_in_months(date(2024, 5, 15)) == 9


def test_due_to_cria():
    assert Alpaca("Bramble", "F", date(2019, 5, 14), mated=date(2023, 7, 2)).due_to_cria() == date(2024, 6, 11)
    assert Alpaca("Pippin", "M", date(2021, 6, 30)).due_to_cria() is None
