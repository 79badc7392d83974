from decimal import Decimal, InvalidOperation


def parse_amount(text: str) -> Decimal:
    """European amounts: `1.234,56`, `-3,50`, `12`."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(".", "").replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None
