"""Family recipes, scaled to the number of people at the table."""
