"""Calendar helpers."""
