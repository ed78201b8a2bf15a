# f-string = specifier details and odd expressions
x = "text"; n = 3.14159; L = [1, 2]
print(f"{x=}", f"{x = }", f"{x=  }", f"{  x=}", f"{x=:>8}", f"{x=!s}", f"{x=!a}", f"{n=:.2f}", f"{n=!r:>12}", f"{L=}", f"{L[0]=}", f"{L[-1] * 2 = }")
print(f"{x.upper()=}", f"{len(L)=:03d}", f"{'lit'=}", f"{3 + 4=}", f"{n if n > 3 else 0=}", f"{(lambda: 9)()=}", f"{ {'a': 1}['a'] = }")
print(f"{x!r:*^14}", f"{x!s:.2}", f"{n!s:.4}", f"{n!r:.4}", f"{L!r:>10}", f"{L!s:<10}|", f"{None=}", f"{True=:>6}")
w = 7
print(f"{n:{w}.{w - 4}f}", f"{n:{'+'}{w}}", f"{x:{'>' if w > 5 else '<'}{w}}", f"{n:{w}}", f"{'a':{w}}", f"{12:{'0'}{w}}")
print(f'{"double" + "quoted"}', f"{'single'}", f"""{'''triple'''}""", f'''{"a" 'b'}''')
items = {"apple": 1.5, "kiwi": 0.25, "watermelon": 3}
for k, v in items.items():
    print(f"{k:.<15}{v:.>8.2f}")
print(f"{'':-^20}", f"{'':5}|", f"{''!r}", f"{'x' * 3:>{len('abcde')}}")
print(f"{1_000_000:,}", f"{1_000_000:_}", f"{0xff:#x}", f"{0o17:o}", f"{0b11:b}", f"{1e3:g}", f"{1e3!r}", f"{-5:+}", f"{5:+}", f"{5: }|")
nested = [[1, 2], [3, 4]]
print(f"{[f'{v:02d}' for row in nested for v in row]}", f"{','.join(f'{v:>3}' for v in nested[0])}", f"{ {k: f'{v:.1f}' for k, v in items.items()} }")
print(f"{n:.{2}f}|{n:.{0}f}|{n:{10}.{3}e}|{n:<{10}}|")
name = "World"
greeting = f"Hello, {name}"
print(f"{greeting!r:^30}", len(f"{greeting:30}"), f"{greeting[7:]:>10}", f"{greeting.split(', ')[1][::-1]}")
print(f"{3.0:}", f"{3:}", f"{'s':}", f"{-0.0}", f"{-0.0:+}", f"{0.0:+}", f"{1/3:.3}", f"{2/3:.0%}", f"{1e-10:.2e}", f"{123.456:08.2f}")
