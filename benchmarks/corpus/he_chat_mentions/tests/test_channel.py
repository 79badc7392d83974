from conftest import ANA, BOB, CHEN


def test_mention_by_handle(channel):
    assert channel.mentioned("thanks @ana!") == [ANA]


def test_mentions_in_order_each_once(channel):
    assert channel.mentioned("@bkowalski can you and @Chen.Li check? @bkowalski") == [BOB, CHEN]


def test_here_mentions_active_members(channel):
    assert channel.mentioned("@here release at 5") == [ANA, BOB, CHEN]


def test_email_address_is_not_a_mention(channel):
    assert channel.mentioned("write to ana@example.org") == []


def test_post_notifies_everyone_but_the_author(channel):
    assert channel.post(ANA, "@here @ana deploying now") == ["bob.kowalski@example.org", "chen@example.org"]
    assert channel.history[-1].author == "ana"
