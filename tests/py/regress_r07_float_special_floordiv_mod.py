# Regression: float floor division and modulo keep NaN and infinities as CPython
inf = float("inf"); nan = float("nan")
print(inf // 1, inf % 1, divmod(inf, 2.0), nan // 1, 5.0 % nan, divmod(1, nan))
print(-0.0 // 3, 0.0 // -1, divmod(-0.0, 3))
