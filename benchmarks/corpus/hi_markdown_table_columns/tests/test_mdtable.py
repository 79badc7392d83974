from mdtable import cell_text, render


def test_cell_text():
    assert cell_text(None) == ""
    assert cell_text(2.5) == "2.50"
    assert cell_text("a|b") == "a\\|b"


def test_header_only():
    assert render(["name", "qty"], []) == "| name | qty |\n| ---- | --- |"


def test_numbers_align_right():
    table = render(["item", "price"], [["tea", 3.5], ["scones", 12.0]])
    assert table.splitlines() == [
        "| item   | price |",
        "| ------ | ----: |",
        "| tea    |  3.50 |",
        "| scones | 12.00 |",
    ]


def test_widest_cell_sets_the_width():
    table = render(["city", "code"], [["Aberystwyth", "ABY"], ["Ely", "EL"], ["Rye", None]])
    assert table.splitlines() == [
        "| city        | code |",
        "| ----------- | ---- |",
        "| Aberystwyth | ABY  |",
        "| Ely         | EL   |",
        "| Rye         |      |",
    ]


def test_mixed_column_stays_left():
    table = render(["size", "stock"], [["S", 4], ["M", "sold out"]])
    assert table.splitlines()[1:] == [
        "| ---- | -------- |",
        "| S    | 4        |",
        "| M    | sold out |",
    ]
