# Private names (__x) are mangled to _Class__x inside a class body and its methods.
class Account:
    __count = 0
    def __init__(self, owner, balance):
        self.__owner = owner
        self.__balance = balance
        Account.__count += 1
    def __check(self, amount):
        return 0 < amount <= self.__balance
    def withdraw(self, amount):
        if self.__check(amount):
            self.__balance -= amount
            return True
        return False
    @property
    def balance(self):
        return self.__balance * 1
    @classmethod
    def count(cls):
        return cls.__count
    def __repr__(self):
        return f"Account({self.__owner!r}, {self.__balance})"
a = Account("ann", 100)
b = Account("bob", 5)
print(a.withdraw(30), b.withdraw(30), a.balance, b.balance, Account.count(), a, b)
print(sorted(k for k in vars(a)), "_Account__check" in Account.__dict__, hasattr(a, "__balance"))
print(getattr(a, "_Account__balance"), a._Account__owner)
class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner, 10)
        self.__rate = 2
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return str(e)
s = Savings("cy")
print(s.peek(), sorted(vars(s)), s._Savings__rate)
class __Under:
    def __init__(self): self.__x = 1
print(vars(__Under()))
class _Lead:
    __dunder__ = 5
    def __init__(self): self.__y = 2
print(vars(_Lead()), _Lead.__dunder__)
class Outer:
    class Inner:
        def __init__(self): self.__z = 3
    def make(self):
        return [lambda: self.__w for _ in range(1)]
    def __init__(self): self.__w = 4
print(vars(Outer.Inner()), Outer().make()[0]())
