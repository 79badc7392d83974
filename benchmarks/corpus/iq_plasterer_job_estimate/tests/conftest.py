import pytest

from rooms import Opening, Wall, room_walls


@pytest.fixture
def back_bedroom():
    """4 m by 3.5 m, 2.4 m high, a door on one long wall and a window on the other."""
    walls = room_walls(4.0, 3.5, 2.4)
    walls[0].openings.append(Opening(0.8, 2.0))
    walls[1].openings.append(Opening(1.2, 1.0))
    return walls


@pytest.fixture
def chimney_breast():
    return [Wall(1.5, 2.4), Wall(0.4, 2.4), Wall(0.4, 2.4)]
