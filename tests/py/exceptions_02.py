# Custom exception hierarchies and catching by base class
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class NotFound(AppError):
    pass
def check(v):
    if v is None:
        raise NotFound("missing")
    if v < 0:
        raise ValidationError("v", "negative")
    return v
for v in (1, None, -1):
    try:
        print("ok", check(v))
    except ValidationError as e:
        print("validation", e.field, e, e.args)
    except AppError as e:
        print("app error", type(e).__name__, e)
print(issubclass(ValidationError, Exception), issubclass(NotFound, ValidationError))
try:
    raise NotFound
except AppError as e:
    print(repr(e), e.args, str(e) == "")
