def test_never_parsed():
    assert (1 + 2 == 3
