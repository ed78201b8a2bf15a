# bank account simulation with custom exceptions
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.shortfall = amount - account.balance
class AccountFrozen(BankError):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"
class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, owner, initial=0):
        a = Account(owner, initial)
        self.accounts[a.id] = a
        return a
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
            try:
                dst.deposit(amount)
            except BankError:
                src.deposit(amount)
                raise
        except InsufficientFunds as e:
            self.log.append(f"FAIL {e} (short {e.shortfall})")
            return False
        except BankError as e:
            self.log.append(f"FAIL {type(e).__name__}: {e}")
            return False
        else:
            self.log.append(f"OK {src.owner}->{dst.owner} {amount}")
            return True
        finally:
            self.log.append("audit")
bank = Bank()
a = bank.open("alice", 100)
b = bank.open("bob", 20)
c = bank.open("carol")
print(bank.transfer(a, b, 30))
print(bank.transfer(b, c, 100))
c.frozen = True
print(bank.transfer(a, c, 10))
print(a, b, c)
for line in bank.log: print(line)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
a.deposit(1).deposit(2).withdraw(3)
print(a.history)
print(sum(acc.balance for acc in bank.accounts.values()))
