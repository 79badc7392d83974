from ferrydeck.vehicles import Vehicle, read_manifest


def test_read_manifest():
    text = """
    # 08:15 sailing
    AB12 CDE 4.4 1.5
    VAN1 6.0 2.6
    """
    assert read_manifest(text) == [Vehicle("AB12 CDE", 4.4, 1.5), Vehicle("VAN1", 6.0, 2.6)]


def test_tall():
    assert Vehicle("X", 6.0, 2.6).is_tall()
    assert not Vehicle("Y", 4.2, 1.5).is_tall()
    assert not Vehicle("Z", 4.9, 2.0).is_tall()
