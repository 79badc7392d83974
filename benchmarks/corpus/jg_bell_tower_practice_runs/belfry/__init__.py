"""Practice-night register for a tower's band of ringers."""
