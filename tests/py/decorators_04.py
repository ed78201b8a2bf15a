# Method decorators: staticmethod, classmethod, property and custom ones
def logged(method):
    def wrapper(self, *a):
        print(f"{type(self).__name__}.{method.__name__}{a}")
        return method(self, *a)
    return wrapper
class Account:
    rate = 0.5
    def __init__(self, balance):
        self.balance = balance
    @logged
    def deposit(self, amt):
        self.balance += amt
        return self.balance
    @staticmethod
    def valid(amt):
        return amt > 0
    @classmethod
    def empty(cls):
        return cls(0)
    @property
    def interest(self):
        return self.balance * self.rate
acct = Account.empty()
print(acct.deposit(100), Account.valid(-1), acct.interest)
class Savings(Account):
    rate = 0.25
s = Savings.empty()
print(type(s).__name__, s.deposit(8), s.interest)
