from datetime import date

import pytest

from larder.batches import Batch, Jar, read_log


def test_read_log():
    assert read_log("GB-0712; gooseberry jam; 2024-07-12; 340+ 227-") == [
        Batch("GB-0712", "gooseberry jam", date(2024, 7, 12), [Jar(340, True), Jar(227, False)])
    ]


def test_kind_is_the_last_word(log):
    assert [batch.kind for batch in log] == ["jam", "marmalade", "chutney", "jam", "curd", "jam"]


def test_unknown_preserve():
    with pytest.raises(ValueError, match="QS-1"):
        read_log("QS-1; quince cheese; 2024-07-01; 227+")
