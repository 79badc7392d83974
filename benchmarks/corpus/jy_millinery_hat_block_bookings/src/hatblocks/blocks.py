"""The block shelf. Felt and straw are blocked over wooden head blocks of a style and a
head size; a block is out with one order from blocking until the hat is dry and off it."""

from __future__ import annotations

from dataclasses import dataclass

# A hat can be padded or stretched this far either way to fit the client's head.
TOLERANCE_CM = 1.0


@dataclass
class Block:
    code: str
    style: str  # "fedora", "cloche", "pillbox", "boater"
    size_cm: float
    out_with: str | None = None  # the order it is blocking, or None on the shelf


class BlockShelf:
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = list(blocks)

    def find_block(self, style: str, head_cm: float) -> Block | None:
        """The block on the shelf for this style nearest the head size, within
        TOLERANCE_CM either way; the smaller block when two are as near."""
        best = None
        for block in self.blocks:
            if block.style != style:
                continue
            gap = abs(block.size_cm - head_cm)
            if gap > TOLERANCE_CM:
                continue
            if best is None or (gap, block.size_cm) < (abs(best.size_cm - head_cm), best.size_cm):
                best = block
        return best

    def book(self, order: str, style: str, head_cm: float) -> str:
        """Take a block off the shelf for an order; its code."""
        block = self.find_block(style, head_cm)
        if block is None:
            raise LookupError(f"no {style} block near {head_cm} cm for {order}")
        block.out_with = order
        return block.code

    def give_back(self, code: str) -> None:
        """The hat is off the block: it goes back on the shelf."""
        for block in self.blocks:
            if block.code == code:
                if block.out_with is None:
                    raise ValueError(f"block {code} is already on the shelf")
                block.out_with = None
                return
        raise KeyError(code)

    def out(self) -> dict[str, str]:
        """Block code to order, for every block off the shelf."""
        return {block.code: block.out_with for block in self.blocks if block.out_with is not None}
