from changelog.commits import Commit, parse_log, parse_subject


def test_subject_with_scope():
    assert parse_subject("fix(parser): handle empty input") == Commit("fix", "parser", False, "handle empty input")


def test_breaking_bang():
    assert parse_subject("feat!: drop Python 3.8").breaking


def test_log_skips_other_subjects():
    log = "Merge branch 'main'\nfeat: add --json\nwip\n\ndocs: typo\n"
    assert [c.kind for c in parse_log(log)] == ["feat", "docs"]
