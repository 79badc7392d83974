class Thermostat:
    def __init__(self, target):
        self.target = target

    def action(self, temperature):
        if temperature < self.target:
            return "heat"
        else if temperature > self.target:
            return "cool"
        return "idle"
