import pytest

from stillroom.recipes import Botanical, Recipe


@pytest.fixture
def harbour_dry():
    """The house London dry: everything steeped in the pot."""
    return Recipe(
        "Harbour Dry",
        (
            Botanical("juniper", 20.0),
            Botanical("coriander seed", 6.0),
            Botanical("angelica root", 1.0),
        ),
    )


@pytest.fixture
def garden_gin():
    """The summer gin, with fresh peel and flowers in the vapour basket."""
    return Recipe(
        "Garden Gin",
        (
            Botanical("juniper", 15.0),
            Botanical("lemon peel", 1.5, fresh=True, basket=True),
            Botanical("elderflower", 0.5, basket=True),
        ),
    )
