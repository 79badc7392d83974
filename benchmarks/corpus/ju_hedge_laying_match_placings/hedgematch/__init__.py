"""Results for the county hedge laying match."""
