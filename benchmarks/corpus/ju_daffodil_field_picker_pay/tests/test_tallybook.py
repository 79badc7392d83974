from datetime import date

import pytest

from tallybook import Crate, pickers, read_tally


def test_read_tally_skips_notes_and_crossed_out_lines():
    text = """
    # Top field, Tete-a-tete
    2025-02-17 Kasia 48
    2025-02-17 Dorin 52 x
    2025-02-17 Dorin 50
    """
    assert read_tally(text) == [
        Crate(date(2025, 2, 17), "Kasia", 48),
        Crate(date(2025, 2, 17), "Dorin", 50),
    ]


def test_bad_line_named():
    with pytest.raises(ValueError, match="line 2"):
        read_tally("2025-02-17 Kasia 48\n2025-02-17 Kasia")


def test_pickers():
    crates = [Crate(date(2025, 2, 17), name, 40) for name in ("Milo", "Kasia", "Milo")]
    assert pickers(crates) == ["Kasia", "Milo"]
