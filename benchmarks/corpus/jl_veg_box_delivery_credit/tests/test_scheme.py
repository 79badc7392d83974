from datetime import date, timedelta

from scheme import Round

WEEK = date(2024, 3, 11)


def test_box_comes_out_of_credit():
    veg = Round()
    veg.join("Mrs Okafor", "medium", "£40")
    assert veg.run_week(WEEK) == [("Mrs Okafor", "medium", 1900)]
    assert veg.customers["Mrs Okafor"].credit == 2100


def test_away_on_delivery_day():
    veg = Round()
    veg.join("Dev", "small", "30")
    veg.join("Mrs Okafor", "medium", "40")
    veg.holiday("Dev", date(2024, 3, 9), date(2024, 3, 14))
    assert veg.run_week(WEEK) == [("Mrs Okafor", "medium", 1900)]
    assert veg.customers["Dev"].credit == 3000


def test_out_of_credit_until_topped_up():
    veg = Round()
    veg.join("Dev", "family", "30")
    veg.run_week(WEEK)
    assert veg.run_week(WEEK + timedelta(weeks=1)) == []
    assert veg.chase == {"Dev"}
    veg.top_up("Dev", "£25")
    assert veg.run_week(WEEK + timedelta(weeks=2)) == [("Dev", "family", 2600)]
    assert veg.chase == set()


def test_every_tenth_box_free():
    veg = Round()
    veg.join("Mrs Okafor", "small", "£200")
    charged = [veg.run_week(WEEK + timedelta(weeks=n))[0][2] for n in range(11)]
    assert charged == [1450] * 9 + [0, 1450]
    assert veg.statement("Mrs Okafor") == "Mrs Okafor (small): 11 boxes, £55.00 in credit"


def test_statement_for_new_customer():
    veg = Round()
    veg.join("Dev", "small", "12.5")
    assert veg.statement("Dev") == "Dev (small): 0 boxes, £12.50 in credit"
