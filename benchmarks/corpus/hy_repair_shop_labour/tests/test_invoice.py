from benchfix.invoice import invoice_lines, invoice_total, labour_charge, part_price
from benchfix.jobs import Job, Part, Rates

RATES = Rates()


def test_part_price_has_markup():
    assert part_price(800, RATES) == 1000
    assert part_price(0, RATES) == 0


def test_warranty_work_is_free():
    assert labour_charge(Job(7, "Ms Ortiz", 50, under_warranty=True), RATES) == 0


def test_hour_on_the_bench():
    assert labour_charge(Job(1, "Mr Hale", 60), RATES) == 4800


def test_quick_job_is_charged_the_minimum():
    assert labour_charge(Job(2, "Mr Hale", 5), RATES) == 1200


def test_bench_time_in_quarter_hours():
    assert labour_charge(Job(3, "Dr Ng", 50), RATES) == 4800


def test_invoice_for_a_puncture():
    job = Job(4, "Ms Ortiz", 15, [Part("Inner tube", 400), Part("Valve cap", 20, 2)])
    assert invoice_lines(job, RATES) == [("Inner tube", 500), ("Valve cap x2", 50), ("Labour", 1200)]
    assert invoice_total(job, RATES) == 1750
