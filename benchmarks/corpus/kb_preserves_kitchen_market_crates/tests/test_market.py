from larder.market import market_load, price_list


def test_saturday_load(log, saturday):
    assert market_load(log, saturday) == ["SM-0115", "GB-0712", "LC-0720"]


def test_chutney_waits_to_mature(log, saturday):
    chutney = [batch for batch in log if batch.code == "RO-0701"]
    assert market_load(chutney, saturday) == []
    assert market_load(chutney, saturday.replace(day=29)) == ["RO-0701"]


def test_out_of_date_jam_stays_home(log, saturday):
    assert "SC-0620" not in market_load(log, saturday)


def test_crates_full(log, saturday):
    assert market_load(log, saturday, room=8) == ["SM-0115", "GB-0712"]


def test_smaller_batch_fills_the_last_space(log, saturday):
    assert market_load(log, saturday, room=7) == ["SM-0115", "LC-0720"]


def test_price_list(log):
    assert price_list(log, ["GB-0712", "LC-0720"]) == [
        "Gooseberry jam 340g  £4.75  (3)",
        "Gooseberry jam 227g  £3.50  (1)",
        "Lemon curd 227g  £3.50  (3)",
    ]
