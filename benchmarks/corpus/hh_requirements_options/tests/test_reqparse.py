from reqparse import changed_pins, parse_requirements

REQUIREMENTS = """\
# web
Django==4.2.11
requests>=2.31   # any recent one
celery[redis]==5.3.6

--index-url https://pypi.example.org/simple
-r dev.txt
"""


def test_pins():
    assert parse_requirements(REQUIREMENTS) == {"django": "4.2.11", "requests": None, "celery": "5.3.6"}


def test_blank_and_comments_only():
    assert parse_requirements("\n# nothing yet\n") == {}


def test_changed_pins():
    assert changed_pins("django==4.2.10\nrequests==2.31.0\n", "Django==4.2.11\nrequests==2.31.0\nrich\n") == {
        "django": ("4.2.10", "4.2.11"), "rich": (None, None)}
