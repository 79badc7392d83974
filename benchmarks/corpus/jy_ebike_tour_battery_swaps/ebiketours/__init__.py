"""Guided e-bike tours: the morning battery check and the lunch stop swaps."""
