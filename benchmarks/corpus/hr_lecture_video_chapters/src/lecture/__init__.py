from lecture.chapters import Chapter, ChapterList, parse_chapters

__all__ = ["Chapter", "ChapterList", "parse_chapters"]
