"""Fixed-rate loan repayment schedules."""
