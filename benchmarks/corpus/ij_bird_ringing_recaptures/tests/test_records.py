from datetime import date

import pytest

from ringing.records import Capture, parse_line, read_export


def test_parse_a_full_line():
    assert parse_line("ax12345, Sedge Warbler, 2023-08-02, 66, 11.4") == Capture(
        "AX12345", "Sedge Warbler", date(2023, 8, 2), 66, 11.4
    )


def test_parse_a_line_without_weight():
    capture = parse_line("AX12346,Reed Warbler,2023-08-02,65,")
    assert capture.weight_g is None
    assert capture.wing_mm == 65


def test_parse_a_short_line():
    with pytest.raises(ValueError):
        parse_line("AX12346,Reed Warbler,2023-08-02")


def test_read_export_skips_header_and_blanks():
    text = "ring,species,date,wing,weight\nAX1,Wren,2023-07-30,48,9.8\n\nAX2,Wren,2023-07-30,47,\n"
    assert [capture.ring for capture in read_export(text)] == ["AX1", "AX2"]
