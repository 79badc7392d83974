"""This season's price list."""

from decimal import Decimal

GROUND_RATE = Decimal("45.00")  # per crew-hour, work reachable from the ground or a pole saw
CLIMBING_RATE = Decimal("70.00")  # per crew-hour, a climber in the tree
GROUND_REACH_M = 6.0  # trees taller than this need a climber
DISPOSAL_PER_M = Decimal("12.50")  # chipping and hauling, per metre of tree height
TPO_NOTICE_FEE = Decimal("60.00")  # preparing the council notice, once per visit
CALL_OUT = Decimal("35.00")  # charged on visits under MINIMUM_HOURS
MINIMUM_HOURS = 2
VAT_RATE = Decimal("0.20")
