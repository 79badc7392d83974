"""Holly Bank Farm's choose-and-tag Christmas trees."""
