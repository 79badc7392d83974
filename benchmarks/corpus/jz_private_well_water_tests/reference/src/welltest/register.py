"""The register of every sample each household has sent in, and the letter that
goes back with each result.

A household whose well fails is sent a resample kit. If the resample fails too,
the case is referred to environmental health. A void sample is no result at all:
the household is sent a fresh kit and their standing is whatever their last
tested sample said.
"""

from __future__ import annotations

from welltest.samples import Sample


class Register:
    def __init__(self) -> None:
        self.samples: list[Sample] = []

    def last_result(self, household: str) -> Sample | None:
        """The household's most recent sample that was tested, if any."""
        for sample in reversed(self.samples):
            if sample.household == household and not sample.void:
                return sample
        return None

    def book_in(self, sample: Sample) -> str:
        """Add a sample to the register; the letter to send: clear, resample, refer or void."""
        if sample.void:
            letter = "void"
        elif not sample.failed:
            letter = "clear"
        else:
            previous = self.last_result(sample.household)
            letter = "refer" if previous is not None and previous.failed else "resample"
        self.samples.append(sample)
        return letter

    def on_notice(self) -> list[str]:
        """Households whose last tested sample failed, for the boil-water list."""
        households = sorted({s.household for s in self.samples})
        return [h for h in households if (last := self.last_result(h)) is not None and last.failed]
