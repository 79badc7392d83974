import pytest

from harvest.blocks import Block


@pytest.fixture
def top_slope():
    return Block("Top Slope", "Pinot Noir", rows=24, vines_per_row=90, kg_per_vine=1.1, ripe=True)


@pytest.fixture
def church_field():
    return Block("Church Field", "Chardonnay", rows=18, vines_per_row=110, kg_per_vine=0.9, ripe=True)


@pytest.fixture
def bottom_meadow():
    return Block("Bottom Meadow", "Bacchus", rows=30, vines_per_row=100, kg_per_vine=1.3)


@pytest.fixture
def vineyard(top_slope, church_field, bottom_meadow):
    return [top_slope, bottom_meadow, church_field]
