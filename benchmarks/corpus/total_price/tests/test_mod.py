from mod import total_price


def test_total():
    assert total_price({"tea": 3, "milk": 2}) == 5
