"""The self-debug loop, its budgets and ranking; proposers (templates, model); fault localization."""
