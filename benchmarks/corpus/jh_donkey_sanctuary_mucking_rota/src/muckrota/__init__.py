"""The volunteers' mucking-out rota at Hollybrook Donkey Sanctuary."""
