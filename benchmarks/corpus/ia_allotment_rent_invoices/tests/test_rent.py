from allotments.plots import Plot, Tenant
from allotments.rent import format_invoice, invoice_lines, invoice_total

FULL = Plot("14", 250)
HALF = Plot("14a", 125, has_tap=False)
SMALL = Plot("3b", 40)


def test_full_plot():
    assert invoice_lines(FULL, Tenant("Jas Gill", 1980), 2024) == [
        ("Rent, plot 14 (250 m2)", 11250),
        ("Water", 1800),
    ]


def test_minimum_rent_without_tap():
    assert invoice_total(invoice_lines(Plot("2", 40, has_tap=False), Tenant("Ann", 1990), 2024)) == 2500


def test_pensioner_without_tap():
    lines = invoice_lines(HALF, Tenant("Rose Hart", 1941), 2024)
    assert invoice_total(lines) == 2813


def test_pensioner_with_a_tap():
    lines = invoice_lines(FULL, Tenant("Stan Bell", 1950), 2024)
    assert invoice_total(lines) == 5625 + 1800


def test_turning_sixty_five_this_year():
    assert invoice_total(invoice_lines(HALF, Tenant("Mo Reid", 1959), 2024)) == 2813


def test_committee_pays_water_only():
    assert invoice_total(invoice_lines(SMALL, Tenant("Viv", 1970, committee=True), 2024)) == 1800


def test_arrears():
    lines = invoice_lines(SMALL, Tenant("Kay", 1985, arrears=900), 2024)
    assert lines[-1] == ("Arrears from 2023", 900)
    assert invoice_total(lines) == 2500 + 1800 + 900


def test_format_invoice():
    text = format_invoice(FULL, Tenant("Jas Gill", 1980), 2024)
    assert text.splitlines()[0] == "Jas Gill, rent for 2024"
    assert text.splitlines()[-1].endswith("130.50")
