from datetime import date

import pytest

from llamatrek.herd import Herd, Llama
from llamatrek.treks import Walker


@pytest.fixture
def herd():
    return Herd(
        [
            Llama("Dolly", date(2015, 4, 2)),
            Llama("Gizmo", date(2019, 6, 20)),
            Llama("Nutmeg", date(2017, 5, 11), rest_from=date(2024, 6, 1), rest_to=date(2024, 6, 10)),
            Llama("Pedro", date(2022, 6, 15)),
            Llama("Bramble", date(2016, 8, 30)),
        ]
    )


@pytest.fixture
def family_and_friends():
    return [
        Walker("Sue", 44, "B101"),
        Walker("Tom", 9, "B101"),
        Walker("Amy", 13, "B101"),
        Walker("Raj", 35, "B102"),
    ]
