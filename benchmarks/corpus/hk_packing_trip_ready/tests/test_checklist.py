import pytest

from packing.checklist import Checklist
from packing.items import Item, parse_item


def test_parse_item():
    assert parse_item("Rain jacket | Clothes | optional") == Item("rain jacket", "clothes", False)
    assert parse_item("Tickets | documents") == Item("tickets", "documents", True)
    with pytest.raises(ValueError):
        parse_item("Tickets | documents | maybe")


def test_nothing_packed(items):
    checklist = Checklist(items)
    assert not checklist.ready()
    assert checklist.missing("documents") == ["passport", "tickets"]


def test_pack_everything_required(items):
    checklist = Checklist(items)
    for name in ("Tickets", "Boots", "Rain jacket", "Charger"):
        checklist.pack(name)
    assert checklist.ready()
    assert checklist.progress() == (4, 6)


def test_half_packed(items):
    checklist = Checklist(items)
    checklist.pack("boots")
    checklist.pack("tickets")
    assert checklist.ready("documents")
    assert not checklist.ready("clothes")
    assert not checklist.ready()


def test_unknown_item(items):
    with pytest.raises(KeyError):
        Checklist(items).pack("umbrella")
