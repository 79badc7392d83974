"""How often each kind of equipment is checked, in days, per task."""

INTERVALS = {
    "extinguisher": {"visual check": 30, "service": 365, "pressure test": 5 * 365},
    "alarm panel": {"test": 7, "service": 182},
    "emergency light": {"flick test": 30, "duration test": 365},
    "fire door": {"check": 182},
}
