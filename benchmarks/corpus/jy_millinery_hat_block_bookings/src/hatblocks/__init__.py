"""Hat block bookings for the workroom."""
