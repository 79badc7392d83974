"""Hearing aid batteries by post for the audiology clinic's patients."""
