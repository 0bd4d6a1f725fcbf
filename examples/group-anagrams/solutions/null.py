from collections import defaultdict
from typing import List, Optional


# Unfinished: builds the groups and forgets to return them (None).
def group_anagrams(strs: List[str]) -> List[List[str]]:
    groups = defaultdict(list)
    for s in strs:
        groups["".join(sorted(s))].append(s)
