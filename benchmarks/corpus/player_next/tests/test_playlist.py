from player.playlist import Playlist


def test_next_and_previous():
    p = Playlist(["a", "b", "c"])
    assert p.next() == "b"
    assert p.previous() == "a"


def test_stops_at_the_end():
    p = Playlist(["a", "b"])
    p.next()
    assert p.next() == "b"
    assert p.current() == "b"


def test_repeat_wraps_around():
    p = Playlist(["a", "b"], repeat=True)
    assert [p.next() for _ in range(3)] == ["b", "a", "b"]
    assert Playlist(["a", "b"], repeat=True).previous() == "b"


def test_play_next():
    p = Playlist(["a", "b"])
    p.add("x", play_next=True)
    assert p.next() == "x"


def test_remove_current_last_song():
    p = Playlist(["a", "b", "c"])
    p.next()
    p.next()
    p.remove("c")
    assert p.current() == "b"
