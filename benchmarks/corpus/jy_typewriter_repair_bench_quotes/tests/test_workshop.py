from workshop import Part, RepairJob, read_parts, spools_for


def test_bench_minimum():
    assert RepairJob("T-0401", "Olympia SM3", 10).total() == 27.00


def test_every_quarter_hour_started_is_charged():
    assert RepairJob("T-0402", "Hermes 3000", 50).total() == 54.00


def test_rush_job_pays_half_as_much_again_on_labour():
    assert RepairJob("T-0403", "Olivetti Lettera 32", 60, rush=True).total() == 81.00


def test_a_single_part():
    job = RepairJob("T-0404", "Smith-Corona Silent", 45, [Part("typebar spring", 3.20)])
    assert job.total() == 44.34


def test_parts_charged_for_each_one_fitted():
    job = RepairJob("T-0405", "Adler Tippa", 30, [Part("ribbon spool", 6.50, 2), Part("platen feed roller", 14.00)])
    assert job.total() == 59.40


def test_card():
    job = RepairJob("T-0412", "Olivetti Lettera 32", 60, [Part("ribbon spool", 6.50)], rush=True)
    assert job.card() == ["T-0412  Olivetti Lettera 32  RUSH", "  1 x ribbon spool @ 6.50", "  total 88.80"]


def test_spools_for():
    assert spools_for(4) == 1
    assert spools_for(25) == 3


def test_read_parts():
    text = """
    ribbon spool; 6.50; 2
    drawband; 4.75
    """
    assert read_parts(text) == [Part("ribbon spool", 6.5, 2), Part("drawband", 4.75)]
