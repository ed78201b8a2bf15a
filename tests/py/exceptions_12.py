# Exception hierarchy checks for builtin exceptions
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError),
         (UnicodeDecodeError, ValueError), (StopIteration, Exception), (GeneratorExit, Exception),
         (SystemExit, Exception), (TypeError, Exception), (Exception, BaseException), (bool, int)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
