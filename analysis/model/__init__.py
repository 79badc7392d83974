"""The model door: the openai client, prompts, constraints, record/replay."""
