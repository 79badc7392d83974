"""Grouping and spreading random playlists."""

import random

from mixtape.playlist import Playlist
from mixtape.tracks import Track
from observing import attempt


def titles(groups):
    if isinstance(groups, str):
        return groups
    return [(artist, [t.title for t in tracks]) for artist, tracks in groups.items()]


def order(playlist):
    if isinstance(playlist, str):
        return playlist
    return [(t.artist, t.title) for t in playlist.tracks]


def observe():
    rng = random.Random(7777)
    results = []
    edge = [[], ["A"], ["A", "A"], ["A", "B"], ["A", "A", "B"], ["B", "A", "A", "A"], ["A", "B", "C", "A"]]
    for artists in edge:
        playlist = Playlist("p", [Track(a, f"song {i}", 60 + i) for i, a in enumerate(artists)])
        results.append(titles(attempt(playlist.by_artist)))
        results.append(order(attempt(playlist.spread_artists)))
        results.append(order(playlist))
    for _ in range(100):
        tracks = [Track(rng.choice(["Abba", "Bjork", "Cher", "Dido", "abba"]), f"t{i}", rng.randint(90, 400))
                  for i in range(rng.randint(0, 14))]
        playlist = Playlist("p", tracks)
        results.append(titles(attempt(playlist.by_artist)))
        spread = attempt(playlist.spread_artists)
        results.append(order(spread))
        results.append((order(playlist), playlist.length()))
    return results
