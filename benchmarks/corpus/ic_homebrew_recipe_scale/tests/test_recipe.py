from brewing.recipe import abv


def test_abv():
    assert abv(1.050, 1.010) == 5.25


def test_amount_of(pale_ale):
    assert pale_ale.amount_of("cascade") == 40
    assert pale_ale.amount_of("rye") == 0
