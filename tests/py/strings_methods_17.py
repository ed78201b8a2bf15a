# title/capitalize/swapcase edge cases and unicode case mapping
print("hello2world 3rd x-ray o'neil".title())
print("ÉCOLE élève".lower(), "straße".upper(), "ǆ".title() if False else "ok")
print("mIxEd CaSe".swapcase(), "123".swapcase(), "ΑΒΓ".lower(), "αβγ".upper())
print("hello world".capitalize(), "HELLO".capitalize(), " lead".capitalize())
print("İstanbul".lower() == "i̇stanbul", len("İ".lower()))
print("a".isupper(), "A".isupper(), "A1".isupper(), "1".isupper(), "Ab Cd".istitle(), "AB".istitle())
