from .job import Job
from .queue import JobQueue

__all__ = ["Job", "JobQueue"]
