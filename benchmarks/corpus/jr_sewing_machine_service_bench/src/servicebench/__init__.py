"""Job tickets for the sewing machine servicing counter."""
