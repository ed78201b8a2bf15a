# Regression: from __future__ imports are compiler directives; annotations keeps annotations as source text (PEP 563)
"""Module doc."""
from __future__ import annotations
from __future__ import (division,
                        print_function)

def f(a: int, b: "list[str]" = None) -> None:
    pass

class C:
    x: dict[str, int]
    y: Undefined = 3

print(f.__annotations__)
print(C.__annotations__, C.y)
z: SomethingMissing
print(__annotations__)
def g(n: int = 3) -> list[int]:
    v: NotEvaluated = n
    return [v]
print(g(), g.__annotations__)
