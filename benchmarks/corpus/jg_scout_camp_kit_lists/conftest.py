import pytest

from camp import Patrol


@pytest.fixture
def patrols():
    return [
        Patrol("Kestrels", ["Amir", "Beth", "Callum"], ["hike", "campfire"]),
        Patrol("Otters", ["Dina", "Ellis"], ["canoeing"]),
        Patrol("Stags", ["Finn", "Grace"], ["climbing", "night walk"]),
    ]
