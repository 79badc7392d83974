"""Counting ranked-choice (instant-runoff) elections for the club's committee votes."""
