# expect-error: NameError: name 'undefined_helper' is not defined
def main():
    print("start")
    undefined_helper()
main()
