# Regression: an unbound local read in place by a fused operator still raises UnboundLocalError
def f(k):
    if k: x = 1
    y = 2
    try:
        print(y + x)
    except UnboundLocalError as e: print(e)
    try:
        print(x < y)
    except UnboundLocalError as e: print(e)
    try:
        print(x * 3)
    except UnboundLocalError as e: print(e)
    try:
        print(3 - x)
    except UnboundLocalError as e: print(e)
    try:
        print(y == x)
    except UnboundLocalError as e: print(e)
f(0); f(1)
