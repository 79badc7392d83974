from datetime import datetime

from drivingschool.lessons import Lesson
from drivingschool.reminders import reminder_text, to_invoice, to_remind


def pupils(lessons):
    return [lesson.pupil for lesson in lessons]


def test_reminders_for_the_next_two_days(diary, monday_morning):
    assert pupils(to_remind(diary, monday_morning)) == ["Ben Carter", "Chloe Dunn"]


def test_narrow_window(diary, monday_morning):
    assert pupils(to_remind(diary, monday_morning, window_hours=12)) == ["Ben Carter"]


def test_no_reminder_once_started(diary):
    assert pupils(to_remind(diary, datetime(2024, 6, 3, 14, 0), window_hours=6)) == []


def test_invoices(diary):
    assert pupils(to_invoice(diary, datetime(2024, 6, 4, 12, 0))) == ["Gina Hart", "Ben Carter"]


def test_reminder_text():
    lesson = Lesson("Ben Carter", "Gareth", datetime(2024, 6, 3, 14, 0), 90)
    assert reminder_text(lesson) == ("Hi Ben, your 90 min lesson with Gareth is on Mon 03 Jun at 14:00."
                                     " Please bring payment. Reply YES to confirm.")
