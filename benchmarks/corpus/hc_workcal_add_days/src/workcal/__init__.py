from .calendar import WorkCalendar

__all__ = ["WorkCalendar"]
