"""Private well and borehole samples at the county lab."""
