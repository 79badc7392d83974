"""Which episodes the app fetches on its next run."""

from __future__ import annotations

from podcasts.feed import Episode, Settings


def download_queue(episodes: list[Episode], downloaded: set[str], settings: Settings) -> list[str]:
    """Guids to fetch, newest first: episodes not downloaded yet, explicit ones only
    when the settings allow them, none longer than skip_longer_than, at most
    max_per_run of them."""
    queue = []
    for episode in sorted(episodes, key=lambda e: (e.published, e.guid), reverse=True):
        if episode.guid in downloaded:
            continue
        if episode.explicit and not settings.allow_explicit:
            continue
        if settings.skip_longer_than is not None and episode.minutes > settings.skip_longer_than:
            continue
        queue.append(episode.guid)
        if len(queue) >= settings.max_per_run:
            break
    return queue


def listening_time(episodes: list[Episode], guids: list[str]) -> int:
    """Total minutes of the given episodes."""
    by_guid = {episode.guid: episode for episode in episodes}
    return sum(by_guid[guid].minutes for guid in guids)
