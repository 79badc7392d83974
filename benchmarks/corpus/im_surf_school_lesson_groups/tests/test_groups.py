from surfschool.groups import LessonGroup, missing_waivers, plan_day
from surfschool.students import Student


def first_timer(name, age=30, wetsuit="M", waiver=True):
    return Student(name, age, "first-timer", wetsuit, waiver)


def test_group_takes_signed_students_at_its_level():
    students = [first_timer("Ann"), first_timer("Bo", waiver=False), Student("Cy", 40, "improver", "L", True)]
    group = LessonGroup("first-timer", students)
    assert [s.name for s in group.students] == ["Ann"]
    assert group.spaces() == 7


def test_full_group_has_a_waiting_list():
    students = [first_timer(f"s{k}") for k in range(10)]
    group = LessonGroup("first-timer", students)
    assert len(group.students) == 8
    assert [s.name for s in group.waiting] == ["s8", "s9"]


def test_instructors_for_juniors_and_adults():
    students = [first_timer(f"kid{k}", age=10, wetsuit="XS") for k in range(5)] + [first_timer("Mum"), first_timer("Dad", wetsuit="L")]
    assert LessonGroup("first-timer", students).instructors_needed() == 3


def test_wetsuits_to_bring_down():
    students = [first_timer("Ann", wetsuit="S"), first_timer("Bo", wetsuit="M"), first_timer("Cy", wetsuit="M")]
    assert LessonGroup("first-timer", students).wetsuits == {"S": 1, "M": 2}


def test_plan_day():
    students = [
        first_timer("Ann", wetsuit="S"),
        first_timer("Bo", waiver=False),
        Student("Cy", 40, "improver", "L", True),
        Student("Di", 11, "improver", "XS", True),
        first_timer("Ed", age=8, wetsuit="XS"),
    ]
    plan = plan_day(students, max_size=1)
    assert plan["first-timer"] == {"students": ["Ann"], "waiting": ["Ed"], "instructors": 1, "wetsuits": {"S": 1}}
    assert plan["improver"] == {"students": ["Cy"], "waiting": ["Di"], "instructors": 1, "wetsuits": {"L": 1}}
    assert plan["intermediate"] == {"students": [], "waiting": [], "instructors": 0, "wetsuits": {}}


def test_missing_waivers():
    assert missing_waivers([first_timer("Zed", waiver=False), first_timer("Ann"), first_timer("Bo", waiver=False)]) == ["Bo", "Zed"]
