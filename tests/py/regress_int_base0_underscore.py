# Regression: int(s, 0) rejects a leading underscore without a base prefix
for s in ['_1', '_0', '+_5', '0x_1f', '0_0', '1_0', '0b_1', '00', '0_', '-0o_7', ' 1_2 ', '0x', '0_1']:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), "VE", e)
