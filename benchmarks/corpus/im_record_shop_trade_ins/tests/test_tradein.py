from crate.tradein import Record, trade_in_offer

BLUE_TRAIN = Record("John Coltrane", "Blue Train", 20.0, "M", "M")
RUMOURS = Record("Fleetwood Mac", "Rumours", 30.0, "NM", "NM")
TATTY = Record("Bucks Fizz", "Are You Ready", 4.0, "G", "P")


def test_mint_record_for_cash():
    assert trade_in_offer([BLUE_TRAIN])["offers"] == {"John Coltrane - Blue Train": 7.0}


def test_store_credit_pays_more():
    assert trade_in_offer([BLUE_TRAIN], store_credit=True)["total"] == 10.0


def test_sleeve_grade_counts_when_worse():
    worn_sleeve = Record("John Coltrane", "Blue Train", 20.0, "M", "VG")
    assert trade_in_offer([worn_sleeve], store_credit=True)["total"] == 5.0


def test_tatty_records_get_the_token_offer():
    assert trade_in_offer([TATTY])["offers"]["Bucks Fizz - Are You Ready"] == 0.25


def test_a_pile():
    result = trade_in_offer([BLUE_TRAIN, RUMOURS, TATTY])
    assert result["offers"]["Fleetwood Mac - Rumours"] == 9.45
    assert result["total"] == 16.7


def test_nothing_brought_in():
    assert trade_in_offer([]) == {"offers": {}, "total": 0}
