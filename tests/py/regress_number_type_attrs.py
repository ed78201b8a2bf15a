# Regression: int.real/imag/numerator/denominator and float.real/imag exist on the types as getset descriptors, int and float have __getnewargs__, bool is listed in int.__subclasses__(), and int.__hash__ is exact past 2**53
print(int.real, int.imag, int.numerator, int.denominator, float.real, float.imag)
print(type(int.real).__name__, int.real.__get__(5), int.numerator.__get__(True), float.imag.__get__(2.5), int.denominator.__get__(2**100))
print(int.real.__name__, int.real.__objclass__, bool.real, bool.real is int.real)
print((5).__getnewargs__(), (2.5).__getnewargs__(), True.__getnewargs__(), (2**100).__getnewargs__())
print(bool in int.__subclasses__())
for obj in (5, True, 2.5):
    for name in ('real', 'imag', 'numerator'):
        try: setattr(obj, name, 3)
        except AttributeError as e: print('AttributeError', e)
try: int.real.__set__(5, 3)
except AttributeError as e: print('AttributeError', e)
try: int.real.__get__('x')
except TypeError as e: print('TypeError', e)
print('real' in dir(int), dir(int).count('real'), 'numerator' in dir(True), dir(1.5).count('imag'), 'numerator' in dir(1.5))
class I(int): pass
class F(float): pass
print(I(7).real, type(I(7).real), I(7).__getnewargs__(), type(I(7).__getnewargs__()[0]), F(1.5).__getnewargs__(), type(F(1.5).real))
print(I(7).numerator, type(I(7).numerator), type(I(7).denominator), I.real)
i = I(7)
for name in ('real', 'denominator'):
    try: setattr(i, name, 3)
    except AttributeError as e: print('AttributeError', e)
    print(getattr(i, name))
i.other = 4
print(i.other, hasattr(F(2.0), 'numerator'))
print((2**60 + 3).__hash__(), (-2**100).__hash__(), I(2**62).__hash__())
