# Regression: add_note() notes readable as __notes__
e = ValueError("base")
e.add_note("note 1")
print(e.__notes__)
