"""Cutting rota for the spring-fed watercress beds."""
