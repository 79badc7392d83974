from radio.schedule import AD_BREAK, ShowBuilder
from radio.tracks import track

SETLIST = [
    track("Blue Monday", "7:29"),
    track("Heroes", "6:07"),
    track("Vienna", "4:53"),
    track("Enola Gay", "3:32"),
    track("Tainted Love", "2:43"),
    track("Ghost Town", "3:40"),
]


def test_short_show_has_no_break():
    builder = ShowBuilder()
    assert builder.with_ad_breaks(SETLIST[:2]) == SETLIST[:2]


def test_break_after_fifteen_minutes():
    show = ShowBuilder().with_ad_breaks(SETLIST)
    assert show[3] == AD_BREAK
    assert show.count(AD_BREAK) == 1


def test_never_ends_on_a_break():
    show = ShowBuilder(break_every=600).with_ad_breaks(SETLIST[:2])
    assert show[-1] != AD_BREAK


def test_running_time_with_breaks():
    builder = ShowBuilder(break_every=600)
    assert builder.break_count(SETLIST) == 2
    assert builder.running_time(SETLIST) == 1704 + 240
