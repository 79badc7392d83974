from riding.allocation import allocate, run_lesson
from riding.stable import MAX_LESSONS_A_DAY, Rider


def test_children_on_the_ponies(yard):
    riders = [Rider("Maisie", 38, "beginner"), Rider("Alfie", 45, "novice")]
    assert allocate(riders, yard) == {"Maisie": "Pepper", "Alfie": "Biscuit"}


def test_level_decides(yard):
    riders = [Rider("Priya", 62, "advanced")]
    assert allocate(riders, yard) == {"Priya": "Duke"}


def test_rider_too_heavy_for_the_ponies(yard):
    riders = [Rider("Gareth", 82, "novice")]
    assert allocate(riders, yard) == {"Gareth": "Duke"}


def test_nobody_left_for_the_last_rider(yard):
    riders = [Rider("A", 50, "intermediate"), Rider("B", 50, "intermediate"), Rider("C", 50, "intermediate"), Rider("D", 50, "intermediate")]
    assert allocate(riders, yard) == {"A": "Biscuit", "B": "Duke", "C": "Storm", "D": None}


def test_tired_horses_rest(yard):
    riders = [Rider("Maisie", 38, "beginner")]
    for _ in range(MAX_LESSONS_A_DAY):
        assert run_lesson(riders, yard) == {"Maisie": "Pepper"}
    assert run_lesson(riders, yard) == {"Maisie": "Biscuit"}
    assert yard[0].lessons_today == MAX_LESSONS_A_DAY
