class Solution:

    def isValid(self, brackets: str) -> bool:
        opener_for = {
            ')': '(',
            ']': '[',
            '}': '{'
        }
        pending = []  # openers still waiting to be closed
        for c in brackets:
            if c in opener_for:
                if not pending or pending[-1] != opener_for[c]:
                    return False   # wrong or missing opener
                pending.pop()
            else:
                pending.append(c)
        return len(pending) == 0
