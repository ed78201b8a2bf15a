# Regression: ascii(), %a and !a doubled the backslashes in the repr of non-str objects
print(ascii(b'\xff'), ascii(['\\']), '%a' % [b'\n'])
print(ascii(bytearray(b'\x00\\')), ascii((b"'", '\t')), f'{[bytes([254])]!a}')
class R:
    def __repr__(self): return 'R\\x\u00e9\U0001f600\'"'
print(ascii(R()), f'{R()!a}', '%a' % R(), ascii('é\\'), ascii([R(), 'é']))
print(ascii({'k\\': b'\\'}), ascii(('\u2028',)), ascii("'"), ascii(['\'"']))
print('%a|%5a|%-6a|' % ('\\', 'é', b'\\'), '{!a:>8}'.format('é'))
class S(str):
    def __repr__(self): return 'S<\\\u00ff>'
print(ascii(S('x')), ascii([S('y')]), ascii('ÿ'))
