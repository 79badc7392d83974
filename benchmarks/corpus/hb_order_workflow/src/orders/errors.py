class InvalidTransition(Exception):
    """An event that the order's current state does not allow."""
