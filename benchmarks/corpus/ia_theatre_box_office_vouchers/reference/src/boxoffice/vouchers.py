"""Voucher codes: printed on flyers, read out over the phone, typed in by the
volunteers at the desk, so in any case and with stray spaces ("spring 24",
"SPRING24 ")."""

from __future__ import annotations

from dataclasses import dataclass

from boxoffice.tickets import Order


@dataclass(frozen=True)
class Voucher:
    code: str
    percent_off: int
    matinee_only: bool = False
    single_use: bool = True


class VoucherError(Exception):
    pass


def normalise_code(code: str) -> str:
    return "".join(code.split()).upper()


def is_matinee(performance: str) -> bool:
    return int(performance.split()[1].split(":")[0]) < 17


class VoucherBook:
    def __init__(self, vouchers: list[Voucher]) -> None:
        self.vouchers = {normalise_code(v.code): v for v in vouchers}
        self.used: set[str] = set()

    def redeem(self, order: Order, code: str) -> int:
        """Applies the voucher to the order and returns the pence taken off."""
        if order.voucher is not None:
            raise VoucherError("one voucher per order")
        voucher = self.vouchers.get(normalise_code(code))
        if voucher is None:
            raise VoucherError(f"unknown voucher {code!r}")
        if voucher.single_use and voucher.code in self.used:
            raise VoucherError(f"voucher {voucher.code} has been used")
        if voucher.matinee_only and not is_matinee(order.performance):
            raise VoucherError(f"voucher {voucher.code} is for matinees only")
        off = order.subtotal * voucher.percent_off // 100
        order.discount += off
        order.voucher = voucher.code
        self.used.add(voucher.code)
        return off

    def release(self, order: Order) -> None:
        """The order was cancelled: its voucher may be used again."""
        if order.voucher is not None:
            self.used.discard(order.voucher)
