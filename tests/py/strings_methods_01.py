# Case methods
s = "hello World, this IS python"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ß".upper(), "İ".lower() == "i̇")
print("hello_world-foo bar".title())
print("they're bill's".title())
print("ABC".casefold(), "Straße".casefold())
print("".upper() == "", "123abc".capitalize())
