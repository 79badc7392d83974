import pytest

EXPORT = """region,product,units,price
north,tea,10,2.50
south,tea,4,2.50
north,mug,2,8.00
# south,mug,100,8.00
,,,
south,mug,-1,8.00
east,honey,3,6.00
"""


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text(EXPORT)
    return path
