import pytest

from diskuse.report import human_size, report
from diskuse.scan import directory_totals


def test_bytes():
    assert human_size(0) == "0 B"
    assert human_size(512) == "512 B"
    assert human_size(1023) == "1023 B"


def test_binary_units():
    assert human_size(1024) == "1.0 KiB"
    assert human_size(1536) == "1.5 KiB"
    assert human_size(5 * 1024**3) == "5.0 GiB"


def test_negative_size():
    with pytest.raises(ValueError):
        human_size(-1)


def test_directory_totals(listing):
    totals = directory_totals(listing, depth=2)
    assert totals["home/ana"] == 7_865_343
    assert totals["srv"] == totals["srv/www"] == 1_536
    assert totals[""] == sum(size for _, size in listing)


def test_report(listing):
    assert report(listing, depth=1, count=3) == [
        "   2.0 GiB  .",
        "   2.0 GiB  home",
        "   1.5 KiB  srv",
    ]
