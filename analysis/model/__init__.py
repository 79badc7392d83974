"""The model door: the openai client, prompts, constraints, record/replay.

config.ModelSettings -> door.open_door() -> a ModelDoor (client.OpenAIDoor, or
recording.RecordingDoor / ReplayDoor); gate.propose_fix / propose_rewrite /
propose build a prompt (prompts), constrain the answer (constraints), and return
only candidates that pass the syntax gate (gate.syntax_gate).
"""
