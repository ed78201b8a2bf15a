# Regression: Unicode decimal digits in a format spec or a replacement-field number were rejected; CPython reads any str.isdecimal() digit
print(repr(format(1, "\u0663")), repr("{:>\u0663}".format("a")), format(1.5, ".\u0662f"))
print(repr(format(1.5, "\u0663.\u0662f")), repr(format("abc", ".\u0662")), repr(format(1j, "\u0663")))
print(repr(format(1, "0\u0663")), repr(format(1, "\u0660\u0663")), repr(format(1, "=+\u0663")))
print(repr(format(1, "\U0001d7d1")), repr(f"{2:\u0664}"), repr("{0:\u0663}{1:>\u0665}".format(1, 2)))
print("{\u0663}".format(*"abcd"), "{\U0001d7d1}".format(*"abcd"), "{0[\u0663]}".format("abcd"))
print("{\u0663.real}".format(*range(5)), "{!r:\u0663}|".format(1))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: "{0\u0663}".format(1))
attempt(lambda: "{0[\u0663]}".format({"\u0663": 5}))
attempt(lambda: "{\u0663a}".format(1))
attempt(lambda: format(1, "\u00b3"))
attempt(lambda: format(1, "\u2460"))
attempt(lambda: format(1, "\u0663" * 30))
attempt(lambda: format(1.5, "." + "\u0663" * 30))
attempt(lambda: "{:{\u0663}}".format(*range(5)))
# printf-style formatting reads ASCII digits only
attempt(lambda: "%\u0663d" % 1)
attempt(lambda: "%.\u0662f" % 1.5)
