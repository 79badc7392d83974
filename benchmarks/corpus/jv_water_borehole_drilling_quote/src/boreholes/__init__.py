"""Quotes for private water boreholes: farms, holiday lets and the odd big garden."""
