"""Graph algorithms for the build planner."""
