from yarn.stock import balls_needed, load_lots

SHEET = """
colour,dye_lot,balls,metres_per_ball,price_per_ball
Heather ,A1187,12,100,4.50
heather,A1203,4,100,4.50
"""


def test_load_lots():
    lots = load_lots(SHEET)
    assert [(lot.colour, lot.dye_lot, lot.balls) for lot in lots] == [("heather", "A1187", 12), ("heather", "A1203", 4)]
    assert lots[0].price_per_ball == 4.5


def test_balls_needed_rounds_up():
    assert balls_needed(250, 100) == 3
    assert balls_needed(200, 100) == 2


def test_always_at_least_one_ball():
    assert balls_needed(0, 100) == 1
