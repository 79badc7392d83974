def can_vote(age, registered):
    return age >= 18 and registered
