# expect-error: Bad: <exception str() failed>
class Bad(Exception):
    def __str__(self): raise ValueError("oops")
raise Bad()
