from __future__ import annotations

from .tracks import Track

AD_BREAK = Track("AD BREAK", 120)


class ShowBuilder:
    def __init__(self, break_every: int = 900, ad_break: Track = AD_BREAK):
        self.break_every = break_every
        self.ad_break = ad_break

    def with_ad_breaks(self, tracks: list[Track]) -> list[Track]:
        """The tracks in order, with an ad break after each track that brings the
        music played since the previous break (or since the start of the show) to
        `break_every` seconds or more. The show never ends on an ad break."""
        show: list[Track] = []
        music = 0
        for position, song in enumerate(tracks):
            show.append(song)
            music += song.seconds
            if music >= self.break_every and position < len(tracks) - 1:
                show.append(self.ad_break)
        return show

    def running_time(self, tracks: list[Track]) -> int:
        return sum(item.seconds for item in self.with_ad_breaks(tracks))

    def break_count(self, tracks: list[Track]) -> int:
        return sum(item == self.ad_break for item in self.with_ad_breaks(tracks))
