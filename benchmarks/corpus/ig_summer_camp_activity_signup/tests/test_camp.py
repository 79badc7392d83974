from camp import Activity, Camper, can_sign_up, choices_for, sign_up


def canoeing():
    return Activity("Canoeing", places=2, min_age=10, water=True)


def test_archery_for_an_eleven_year_old():
    assert can_sign_up(Camper("Priya", 11), Activity("Archery", places=8, min_age=9))


def test_too_young_for_archery():
    assert not can_sign_up(Camper("Tom", 8), Activity("Archery", places=8, min_age=9))


def test_full_activity():
    pottery = Activity("Pottery", places=1)
    assert sign_up(Camper("Ana", 12), pottery)
    assert not sign_up(Camper("Ben", 12), pottery)
    assert pottery.campers == ["Ana"]


def test_no_badge_no_waiver_no_canoeing():
    assert not can_sign_up(Camper("Leo", 12), canoeing())


def test_badge_and_waiver_can_canoe():
    assert can_sign_up(Camper("Mia", 13, swim_badge=True, water_waiver=True), canoeing())


def test_swimming_badge_is_enough_for_canoeing():
    assert can_sign_up(Camper("Sam", 12, swim_badge=True), canoeing())


def test_choices_leave_out_activities_already_joined():
    crafts = Activity("Crafts", places=10)
    camper = Camper("Zoe", 10)
    sign_up(camper, crafts)
    assert choices_for(camper, [crafts, Activity("Drama", places=10), canoeing()]) == ["Drama"]
