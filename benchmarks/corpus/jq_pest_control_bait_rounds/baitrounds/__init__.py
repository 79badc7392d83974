"""Bait station rounds for a small pest control firm's contract sites."""
