from report.tables import format_cell, render_csv, render_markdown


def test_format_cell():
    assert [format_cell(v) for v in (None, True, 2.5, 7, "x")] == ["", "yes", "2.50", "7", "x"]


def test_markdown_text_columns():
    table = render_markdown(["name", "team"], [["ann", "red"], ["bob", "blue"]])
    assert table.splitlines() == [
        "| name | team |",
        "|------|------|",
        "| ann  | red  |",
        "| bob  | blue |",
    ]


def test_markdown_numbers_right_aligned():
    table = render_markdown(["item", "price"], [["tea", 3.5], ["cake", 12.25]], right=["price"])
    assert table.splitlines() == [
        "| item | price |",
        "|------|------:|",
        "| tea  |  3.50 |",
        "| cake | 12.25 |",
    ]


def test_csv_quotes_when_needed():
    assert render_csv(["a", "b"], [["x,y", 1.0], ['say "hi"', None]]) == 'a,b\n"x,y",1.00\n"say ""hi""",'
