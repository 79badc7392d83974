from changelog.commits import parse_log
from changelog.render import group, render

LOG = """\
fix(cli): exit 2 on bad arguments
feat(api)!: remove the v1 endpoints
chore: bump dev dependencies
feat: export to CSV
perf(db): batch inserts
fix: wrong total on empty carts
"""


def test_group():
    assert group(parse_log(LOG)) == {
        "Breaking changes": ["**api:** remove the v1 endpoints"],
        "Features": ["export to CSV"],
        "Bug fixes": ["**cli:** exit 2 on bad arguments", "wrong total on empty carts"],
        "Performance": ["**db:** batch inserts"],
    }


def test_nothing_to_report():
    assert group(parse_log("chore: tidy\ndocs: readme\n")) == {}


def test_cherry_picked_fix_listed_once():
    log = "fix(cli): exit 2 on bad arguments\nfeat: export to CSV\nfix(cli): exit 2 on bad arguments\n"
    assert group(parse_log(log))["Bug fixes"] == ["**cli:** exit 2 on bad arguments"]


def test_render():
    assert render("1.4.0", parse_log("feat: export to CSV\nfix: wrong total\n")) == (
        "## 1.4.0\n\n### Features\n\n- export to CSV\n\n### Bug fixes\n\n- wrong total\n"
    )
