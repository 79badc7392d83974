from choirbook.members import Singer


def test_attendance_share():
    alto = Singer("Maud", "alto", {"2024-03-05", "2024-03-19"})
    assert alto.attendance(["2024-03-05", "2024-03-12", "2024-03-19", "2024-03-26"]) == 0.5


def test_attendance_without_rehearsals():
    assert Singer("Maud", "alto").attendance([]) == 1.0
