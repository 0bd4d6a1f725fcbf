blocks = [bytearray(64 << 20) for _ in range(64)]
print("survived")
