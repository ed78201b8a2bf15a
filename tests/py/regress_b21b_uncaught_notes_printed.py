# expect-error: ValueError: with note
# Regression: notes printed after the exception line of a traceback
e = ValueError("with note")
e.add_note("extra info")
raise e
