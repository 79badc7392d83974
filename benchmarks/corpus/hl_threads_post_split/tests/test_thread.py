from threads.thread import make_thread


def test_single_post_is_not_numbered():
    assert make_thread("just one short post") == ["just one short post"]


def test_posts_are_numbered_and_fit():
    text = " ".join(f"word{i}" for i in range(30))
    thread = make_thread(text, limit=40)
    assert all(len(post) <= 40 for post in thread)
    assert thread[0].endswith(" 1/6")
    assert thread[-1] == "word26 word27 word28 word29 6/6"
