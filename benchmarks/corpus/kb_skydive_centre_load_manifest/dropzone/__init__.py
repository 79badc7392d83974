"""Manifest desk for the drop zone: who goes up on which load."""
