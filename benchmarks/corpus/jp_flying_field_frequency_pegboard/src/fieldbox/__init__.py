"""Tools for the Brookfield Model Flying Club's field hut."""
