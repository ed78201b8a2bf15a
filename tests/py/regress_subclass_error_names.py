# Regression: errors about an instance of an int/float/complex/str/bytes subclass name the subclass
class Meters(float): pass
class Count(int): pass
class CS(complex): pass
class SS(str): pass
class SB(bytes): pass
def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: ~Meters(2.5))
attempt(lambda: ~CS(1, 2))
attempt(lambda: ~SS("x"))
attempt(lambda: -SS("x"))
attempt(lambda: +SB(b"x"))
attempt(lambda: -Meters(2.5))
attempt(lambda: ~Count(5))
attempt(lambda: +CS(1, 2))
attempt(lambda: format(Count(5), "q"))
attempt(lambda: format(Meters(5), "q"))
attempt(lambda: format(CS(5), "q"))
attempt(lambda: format(SS("a"), "d"))
attempt(lambda: format(Count(5), "=s"))
attempt(lambda: format(Meters(5), "5.2f3"))
attempt(lambda: format(True, "q"))
attempt(lambda: f"{Count(3):z}")
attempt(lambda: "{:y}".format(Meters(1)))
attempt(lambda: format(Count(255), "#x"))
attempt(lambda: float(CS(1, 2)))
attempt(lambda: float(SS("2.5")))
attempt(lambda: Meters.fromhex())
attempt(lambda: Meters.fromhex("1", "2"))
attempt(lambda: Meters.fromhex(x="1"))
attempt(lambda: float.fromhex())
attempt(lambda: Meters.fromhex("0x1p3"))
attempt(lambda: Count(3)[0])
attempt(lambda: Meters(3)[0])
attempt(lambda: SS("abc")[1])
attempt(lambda: SB(b"abc")[1])
