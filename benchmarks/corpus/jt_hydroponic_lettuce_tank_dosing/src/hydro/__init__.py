"""Dosing the salad farm's recirculating nutrient tanks."""
