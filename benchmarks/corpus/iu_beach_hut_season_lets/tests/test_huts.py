import pytest

from beachhuts.huts import Hut, read_huts


def test_read_register():
    text = """
number,row,weekly_rate
1,Promenade,95
2,promenade,95
14,dunes,70
"""
    assert read_huts(text) == [Hut(1, "promenade", 95), Hut(2, "promenade", 95), Hut(14, "dunes", 70)]


def test_unknown_row():
    with pytest.raises(ValueError):
        read_huts("number,row,weekly_rate\n3,harbour,80\n")
