"""Gas cylinder rentals at the garden centre's gas cage."""
