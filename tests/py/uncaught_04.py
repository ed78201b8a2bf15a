# expect-error: InsufficientFunds: balance 10, requested 25
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"balance {self.balance}, requested {amount}")
        self.balance -= amount
        print("withdrew", amount)
a = Account(30)
a.withdraw(20)
a.withdraw(25)
