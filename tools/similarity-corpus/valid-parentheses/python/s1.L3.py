class Solution:

    def isValid(self, brackets: str) -> bool:
        pending = []  # openers still waiting to be closed
        opener_for = {
            '}': '{',
            ')': '(',
            ']': '['
        }
        for c in brackets:
            if c not in opener_for:
                pending.append(c)
            else:
                if not pending or opener_for[c] != pending[-1]:
                    return False   # wrong or missing opener
                pending.pop()
        return 0 == len(pending)
