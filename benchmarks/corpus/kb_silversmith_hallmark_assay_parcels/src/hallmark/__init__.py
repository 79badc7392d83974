"""Getting the workshop's silver hallmarked: the bench book and the assay parcels."""
