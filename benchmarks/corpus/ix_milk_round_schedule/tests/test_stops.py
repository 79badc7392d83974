from milkround.stops import Stop, read_round_sheet


def test_minutes_on_street_rounds_up_and_adds_parking():
    assert Stop("Mill Lane", 12, 30).minutes_on_street == 25
    assert Stop("Farm Lane", 10, 6).minutes_on_street == 7
    assert Stop("Empty", 0, 0).minutes_on_street == 2


def test_read_round_sheet():
    sheet = """
    # Tuesday round
    Mill Lane, 12, 30
    Church Street, 5, 40   # the church end only
    """
    assert read_round_sheet(sheet) == [Stop("Mill Lane", 12, 30), Stop("Church Street", 5, 40)]
