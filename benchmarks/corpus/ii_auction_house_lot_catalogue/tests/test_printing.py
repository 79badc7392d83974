from saleroom.catalogue import Catalogue
from saleroom.printing import catalogue_lines


def test_printed_page():
    catalogue = Catalogue("Autumn sale")
    catalogue.load(["2|Brass coal scuttle|30|50|25", "1|Pine dresser|250|350"])
    assert catalogue_lines(catalogue) == [
        "AUTUMN SALE",
        "",
        "   1  Pine dresser  £250-£350  (no reserve)",
        "   2  Brass coal scuttle  £30-£50",
        "",
        "2 lots, estimated £280-£400",
    ]
