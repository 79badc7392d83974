"""Pay for the day, per head shorn, at the contract rate for the mob."""

from __future__ import annotations

from shearing.tally import TallyBoard

RATES = {"ewes": 3.45, "lambs": 2.10, "rams": 7.80}  # dollars a head
SMOKO_ALLOWANCE = 6.50  # per shearer, per run they shore in


def pay_sheet(board: TallyBoard, mob: str) -> dict[str, float]:
    if mob not in RATES:
        raise ValueError(f"no contract rate for {mob}")
    sheet = {}
    for shearer in board.shearers:
        tallies = board.run_tallies(shearer)
        runs_worked = sum(1 for tally in tallies if tally)
        sheet[shearer] = round(board.day_total(shearer) * RATES[mob] + runs_worked * SMOKO_ALLOWANCE, 2)
    return sheet
