"""The party playlist."""

from __future__ import annotations

from .tracks import Track, duration, parse_track


class Playlist:
    def __init__(self, name: str, tracks: list[Track] | None = None) -> None:
        self.name = name
        self.tracks = list(tracks or [])

    @classmethod
    def from_text(cls, name: str, text: str) -> "Playlist":
        return cls(name, [parse_track(line) for line in text.splitlines() if line.strip()])

    def total_seconds(self) -> int:
        return sum(track.seconds for track in self.tracks)

    def length(self) -> str:
        return duration(self.total_seconds())

    def by_artist(self) -> dict[str, list[Track]]:
        """The tracks of each artist, in playlist order."""
        groups: dict[str, list[Track]] = {}
        for track in self.tracks:
            groups.setdefault(track.artist, []).append(track)
        return groups

    def spread_artists(self) -> "Playlist":
        """The same tracks, taking one from each artist in turn (artists in order
        of first appearance), so nobody plays twice in a row if it can be helped."""
        queues = list(self.by_artist().values())
        spread = []
        while queues:
            for queue in queues:
                spread.append(queue.pop(0))
            queues = [queue for queue in queues if queue]
        return Playlist(self.name, spread)

    def without(self, artist: str) -> "Playlist":
        return Playlist(self.name, [track for track in self.tracks if track.artist != artist])
