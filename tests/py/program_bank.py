# Class-based bank simulation with transactions, errors and a ledger
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        dst.deposit(amount)
        return True
bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob")
print(bank.transfer(alice, bob, 30), bank.transfer(bob, alice, 50), bank.transfer(bob, alice, 10))
try:
    alice.deposit(-5)
except ValueError as e:
    print("error:", e)
print(list(bank.accounts.values()))
for acct in bank.accounts.values():
    print(acct.owner, acct.history)
print("total money:", sum(a.balance for a in bank.accounts.values()))
