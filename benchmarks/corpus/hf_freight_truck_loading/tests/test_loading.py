from freight.loading import Truck, load_trucks, manifest_by_truck
from freight.parcels import parse_manifest

MANIFEST = """
P-100 400
P-101 250 express
P-102 300
P-103 120
P-104 500
"""


def test_truck_leaves_when_the_next_parcel_does_not_fit():
    trucks = [Truck("VAN-1", 800), Truck("VAN-2", 800)]
    left = load_trucks(parse_manifest(MANIFEST), trucks)
    assert manifest_by_truck(trucks) == {"VAN-1": ["P-101", "P-104"], "VAN-2": ["P-100", "P-102"]}
    assert [p.ref for p in left] == ["P-103"]


def test_a_full_load():
    trucks = [Truck("VAN-1", 750)]
    load_trucks(parse_manifest(MANIFEST), trucks)
    assert trucks[0].load_kg == 750


def test_everything_fits():
    trucks = [Truck("LORRY", 2000), Truck("VAN-1", 800)]
    assert load_trucks(parse_manifest(MANIFEST), trucks) == []
    assert trucks[0].load_kg == 1570
    assert trucks[1].load == []
