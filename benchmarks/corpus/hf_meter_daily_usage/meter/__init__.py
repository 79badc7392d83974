from meter.readings import Reading, parse_readings
from meter.usage import daily_usage, peak_day, total_between

__all__ = ["Reading", "daily_usage", "parse_readings", "peak_day", "total_between"]
