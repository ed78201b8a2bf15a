# Regression: format() and f-strings of complex numbers (every presentation type, sign, fill, grouping, z, #), complex subclasses, and the specs complex refuses
vals = [1+2j, -1.5-0.25j, 0j, -0.0+0j, 0-3j, complex(-0.0, -0.0), 1e20+1e-20j, complex(float('inf'), float('nan')), 123456.789+9876543.21j, 0.5j]
specs = ['g', '.2f', '>20', '^20.1e', '+.3g', '10', 'e', '.0f', '*^30', '<25,.2f', '_.3f', ' g', '#g', '#.0f', '.3', 'E', 'G', 'F', 'n', 'z.1f', '-g', '+', ' ', '30', '.10g', '#', ',']
class C(complex): pass
for v in vals + [C(3, -4)]:
    for s in specs:
        try: print(s, repr(format(v, s)), repr(f"{v:{s}}"), repr(v.__format__(s)))
        except Exception as e: print(s, type(e).__name__, e)
for bad in ['d', '%', 'x', 's', '0>10', '010', '=10', 'r']:
    try: print(format(1+1j, bad))
    except Exception as e: print(bad, type(e).__name__, e)
print(format(C(1,2), ''), (1+2j).__format__(''), "{:.1f}".format(2-1j))
