import pytest

from hallmark.pieces import Piece, read_bench_book


def test_read_bench_book():
    text = """
    # March, for Sheffield
    R-114 925 6.2
    B-7 958 41   # Britannia beaker

    C-2 999 12.5
    """
    assert read_bench_book(text) == [Piece("R-114", "925", 6.2), Piece("B-7", "958", 41), Piece("C-2", "999", 12.5)]


def test_gold_is_not_for_this_book():
    with pytest.raises(ValueError, match="line 2"):
        read_bench_book("R-1 925 5\nR-2 750 5\n")
