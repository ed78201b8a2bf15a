# Escapes, raw strings and repr of strings
print("tab:\t|newline repr:", repr("a\nb"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\\"), r"\n raw", len(r"\n"))
print("\x41\u0042\N{LATIN SMALL LETTER C}")
print(repr("\x00\x7f\x1b"))
print(repr("é ü ß €"), ascii("é€"))
print("a" "b" 'c')
print("""triple
quoted""")
print('''single
triple''')
s = "line\\n"
print(s, len(s))
print(repr("\r\t"), str("\u00e9"))
