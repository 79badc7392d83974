from livefood.ordering import order_sheet, weekly_order
from livefood.stock import Line


def test_topped_up_to_par_in_whole_boxes():
    assert weekly_order([Line("CRK-L", "Large brown crickets", 4, 0, 12, 6)]) == {"CRK-L": 2}


def test_nothing_ordered_at_par():
    assert weekly_order([Line("CRK-M", "Medium black crickets", 11, 0, 10, 6)]) == {}


def test_tubs_on_order_count():
    assert weekly_order([Line("LOC-XL", "Adult locusts", 2, 6, 10, 4)]) == {"LOC-XL": 1}
    assert weekly_order([Line("LOC-XL", "Adult locusts", 2, 8, 10, 4)]) == {}


def test_line_no_longer_stocked():
    assert weekly_order([Line("CRK-S", "Small crickets", 0, 0, 0, 6)]) == {}


def test_sold_out_line_is_ordered():
    assert weekly_order([Line("DUB-M", "Medium dubia roaches", 0, 0, 6, 5)]) == {"DUB-M": 2}


def test_order_sheet(shelf):
    assert order_sheet(shelf) == [
        "CRK-L  Large brown crickets: 2 boxes",
        "DUB-M  Medium dubia roaches: 2 boxes",
        "LOC-XL  Adult locusts: 1 box",
        "MEAL-R  Regular mealworms: 1 box",
        "6 boxes, £129.00",
    ]
