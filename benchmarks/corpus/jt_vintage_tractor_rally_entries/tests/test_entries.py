import pytest

from entries import Entry, read_entries

FERGIES = """
[Grey Fergies]
114  1949  Ferguson TE20      R. Pask
# 121 withdrawn, seized engine
98   1952  Ferguson TEA20     M. Hollis
"""

TWO_CLASSES = """
[Grey Fergies]
114  1949  Ferguson TE20      R. Pask
98   1952  Ferguson TEA20     M. Hollis

[Crawlers]
203  1947  Caterpillar D2     J. & S. Wren
"""


def test_one_class_in_plate_order():
    assert read_entries(FERGIES) == {
        "Grey Fergies": [
            Entry(98, 1952, "Ferguson TEA20", "M. Hollis"),
            Entry(114, 1949, "Ferguson TE20", "R. Pask"),
        ]
    }


def test_each_class_has_its_own_entries():
    classes = read_entries(TWO_CLASSES)
    assert list(classes) == ["Grey Fergies", "Crawlers"]
    assert [e.plate for e in classes["Crawlers"]] == [203]


def test_entry_before_any_class():
    with pytest.raises(ValueError, match="first"):
        read_entries("114  1949  Ferguson TE20  R. Pask\n[Grey Fergies]")


def test_unreadable_line():
    with pytest.raises(ValueError, match="Fordson"):
        read_entries("[Fordsons]\n77 Fordson Major  T. Bell")


def test_class_typed_twice():
    with pytest.raises(ValueError, match="twice"):
        read_entries("[Crawlers]\n[Crawlers]")
