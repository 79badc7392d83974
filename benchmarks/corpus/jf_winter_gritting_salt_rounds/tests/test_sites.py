import pytest

from sites import Site, read_sites


def test_read_sites():
    text = """
name,area_m2,priority,status
St Mary's Hospital,6000,1,active
Kingsway Business Park,8000,3,Paused
"""
    assert read_sites(text) == [
        Site("St Mary's Hospital", 6000.0, 1, True),
        Site("Kingsway Business Park", 8000.0, 3, False),
    ]


def test_bad_status():
    with pytest.raises(ValueError, match="cancelled"):
        read_sites("name,area_m2,priority,status\nDepot yard,100,2,cancelled")
