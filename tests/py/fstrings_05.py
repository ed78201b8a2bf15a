# Formatting dates/times manually and zero padding
def hms(seconds):
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"
for t in (0, 59, 61, 3600, 3661, 86399):
    print(t, hms(t))
y, mo, d = 2024, 3, 7
print(f"{y:04d}-{mo:02d}-{d:02d}")
print(f"{7:>3}{8:>3}{9:>3}")
for i in range(1, 4):
    print(" ".join(f"{i * j:3d}" for j in range(1, 6)))
