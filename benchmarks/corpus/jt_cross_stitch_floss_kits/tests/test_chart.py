import pytest

from chart import KeyEntry, read_chart, stitch_counts

ROBIN = """
..@@..
.@xx@.
.@x/@.
..@@..
KEY
@ 310 full
x 321 full
/ 321 half
"""


def test_read_chart():
    rows, key = read_chart(ROBIN)
    assert rows == ["..@@..", ".@xx@.", ".@x/@.", "..@@.."]
    assert key["/"] == KeyEntry("/", "321", "half")


def test_half_stitches_count_half():
    rows, key = read_chart(ROBIN)
    assert stitch_counts(rows, key) == {"310": 8, "321": 3.5}


def test_symbol_missing_from_key():
    with pytest.raises(ValueError, match="'#'"):
        read_chart("@#\nKEY\n@ 310 full")
