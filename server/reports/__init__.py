"""Reports of `greenfix check` and `greenfix fix` in the formats CI platforms read."""
