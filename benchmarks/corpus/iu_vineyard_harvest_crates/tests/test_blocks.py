from harvest.blocks import ready_to_pick


def test_vines_and_estimate(top_slope):
    assert top_slope.vines == 2160
    assert top_slope.estimated_kg() == 2376.0


def test_ready_to_pick(vineyard):
    assert [block.name for block in ready_to_pick(vineyard)] == ["Top Slope", "Church Field"]
