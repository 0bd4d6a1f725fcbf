from collections import defaultdict
from typing import List, Optional


# Wrong: the sum of the letters is no anagram's key ("ad" and "bc" collide).
def group_anagrams(strs: List[str]) -> List[List[str]]:
    groups = defaultdict(list)
    for s in strs:
        groups[sum(map(ord, s))].append(s)
    return list(groups.values())
