import pytest

from framing.catalog import moulding


def test_lookup_ignores_case_and_spaces():
    assert moulding(" blk15 ").name == "Black ash, 15mm"


def test_unknown_moulding():
    with pytest.raises(ValueError):
        moulding("PINE10")
