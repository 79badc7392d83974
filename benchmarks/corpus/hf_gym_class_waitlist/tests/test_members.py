from gym.members import Member, parse_members


def test_parse_members():
    assert parse_members("7, Zoe\n8, Yan, premium") == [Member(7, "Zoe"), Member(8, "Yan", premium=True)]
