from podcasts.downloads import download_queue, listening_time
from podcasts.feed import Settings, parse_episode


def test_parse_episode():
    episode = parse_episode({"guid": "x1", "title": " Hello ", "pubDate": "2024-03-01",
                             "duration": "1830", "explicit": "Yes"})
    assert (episode.title, episode.minutes, episode.explicit) == ("Hello", 30, True)


def test_newest_first_and_limit(episodes):
    assert download_queue(episodes, set(), Settings(max_per_run=2)) == ["ep-104", "ep-103"]


def test_skips_downloaded(episodes):
    queue = download_queue(episodes, {"ep-104", "ep-102"}, Settings(max_per_run=5))
    assert queue == ["ep-103", "ep-101"]


def test_explicit_not_allowed(episodes):
    queue = download_queue(episodes, set(), Settings(allow_explicit=False, max_per_run=5))
    assert queue == ["ep-104", "ep-103", "ep-101"]


def test_skip_long_episodes(episodes):
    queue = download_queue(episodes, {"ep-104"}, Settings(skip_longer_than=60))
    assert queue == ["ep-102", "ep-101"]
    assert listening_time(episodes, queue) == 97
