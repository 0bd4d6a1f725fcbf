from typing import List, Optional


# Unfinished: get falls off its end (None) when the key is missing.
class LRUCache:

    def __init__(self, capacity: int):
        self.cache = {}

    def get(self, key: int) -> int:
        if key in self.cache:
            return self.cache[key]

    def put(self, key: int, value: int) -> None:
        pass
