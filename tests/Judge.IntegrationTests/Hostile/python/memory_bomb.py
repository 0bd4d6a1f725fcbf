# Grows a list of touched 16 MiB byte strings without end.
blocks = []
while True:
    blocks.append(bytes([1]) * (16 << 20))
