"""Inscriptions for the trophy and plaque engraving counter."""
