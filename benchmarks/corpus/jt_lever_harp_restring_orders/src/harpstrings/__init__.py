"""String charts and restringing orders for lever harps."""
