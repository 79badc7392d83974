"""When it is safe to walk the causeway to the island."""
