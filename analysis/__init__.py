"""The greenfix engine: parsing, problems, edits, tests and repair. Knows nothing of editors."""
