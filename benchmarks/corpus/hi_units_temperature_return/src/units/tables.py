"""Units the converter knows: their dimension, and the factor to the dimension's base unit."""

DIMENSIONS = {
    "m": "length", "km": "length", "cm": "length", "mm": "length", "in": "length", "ft": "length", "mi": "length",
    "g": "mass", "kg": "mass", "lb": "mass", "oz": "mass",
    "l": "volume", "ml": "volume", "gal": "volume", "cup": "volume",
    "c": "temperature", "f": "temperature", "k": "temperature",
}

# base units: metre, gram, litre; temperatures are not a plain factor
FACTORS = {
    "m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048, "mi": 1609.344,
    "g": 1.0, "kg": 1000.0, "lb": 453.59237, "oz": 28.349523125,
    "l": 1.0, "ml": 0.001, "gal": 3.785411784, "cup": 0.2365882365,
}

ALIASES = {
    "metre": "m", "meter": "m", "metres": "m", "meters": "m", "inch": "in", "inches": "in", "feet": "ft", "foot": "ft",
    "mile": "mi", "miles": "mi", "gram": "g", "grams": "g", "kilo": "kg", "pound": "lb", "pounds": "lb",
    "litre": "l", "liter": "l", "cups": "cup", "°c": "c", "celsius": "c", "°f": "f", "fahrenheit": "f", "kelvin": "k",
}
