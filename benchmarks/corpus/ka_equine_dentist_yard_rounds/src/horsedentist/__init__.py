"""Routine rasping rounds for a travelling equine dental technician."""
