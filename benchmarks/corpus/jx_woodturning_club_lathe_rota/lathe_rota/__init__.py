"""Lathe rota for the Thursday night woodturning club."""
