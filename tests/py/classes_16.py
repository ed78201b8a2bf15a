# Class docstrings, annotations, and __name__ == "__main__" idiom
class Documented:
    """A documented class."""
    count: int = 0
    name: str
    def method(self):
        """Method doc."""
        return 1
print(Documented.__doc__)
print(Documented.method.__doc__)
print(Documented.__annotations__)
def annotated(a: int, b: "str" = "x") -> bool:
    return True
print(annotated.__annotations__)
x: int = 5
y: list
print(x, "y" in dir() if False else "y not bound")
def main():
    print("main called")
if __name__ == "__main__":
    main()
