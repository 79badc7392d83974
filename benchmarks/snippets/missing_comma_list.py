def dice_faces():
    return [1, 2, 3 4, 5, 6]
