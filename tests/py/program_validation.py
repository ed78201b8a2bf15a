# validation framework with exception collection
class ValidationError(Exception):
    def __init__(self, field, message):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")
class MultiError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")
    def __str__(self):
        lines = [super().__str__()]
        lines += ["  - " + str(e) for e in self.errors]
        return "\n".join(lines)
class Field:
    def __init__(self, *validators, required=True):
        self.validators = validators
        self.required = required
    def __set_name__(self, owner, name):
        self.name = name
    def validate(self, value):
        if value is None:
            if self.required:
                raise ValidationError(self.name, "is required")
            return
        for v in self.validators:
            v(self.name, value)
def min_len(n):
    def check(field, value):
        if len(value) < n:
            raise ValidationError(field, f"must have at least {n} chars")
    return check
def is_type(t):
    def check(field, value):
        if not isinstance(value, t):
            raise ValidationError(field, f"must be {t.__name__}, got {type(value).__name__}")
    return check
def in_range(lo, hi):
    def check(field, value):
        if not lo <= value <= hi:
            raise ValidationError(field, f"must be in [{lo}, {hi}]")
    return check
class Schema:
    @classmethod
    def fields(cls):
        out = []
        for klass in reversed(cls.__mro__):
            for k, v in vars(klass).items():
                if isinstance(v, Field):
                    out.append(v)
        return out
    @classmethod
    def validate(cls, data):
        errors = []
        for f in cls.fields():
            try:
                f.validate(data.get(f.name))
            except ValidationError as e:
                errors.append(e)
        if errors:
            raise MultiError(errors)
        return True
class User(Schema):
    name = Field(is_type(str), min_len(2))
    age = Field(is_type(int), in_range(0, 150))
    email = Field(is_type(str), required=False)
class Admin(User):
    level = Field(is_type(int), in_range(1, 3))
cases = [
    (User, {"name": "Al", "age": 30}),
    (User, {"name": "A", "age": 200}),
    (User, {"age": "x", "email": 5}),
    (Admin, {"name": "Root", "age": 40, "level": 9}),
    (Admin, {"name": "Root", "age": 40, "level": 2, "email": "r@x"}),
]
for schema, data in cases:
    try:
        print(schema.__name__, "ok", schema.validate(data))
    except MultiError as me:
        print(schema.__name__, me)
        print("   fields:", [e.field for e in me.errors])
