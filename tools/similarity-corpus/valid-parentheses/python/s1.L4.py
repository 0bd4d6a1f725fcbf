class Solution:

    def isValid(self, brackets: str) -> bool:
        pending = []  # openers still waiting to be closed
        opener_for = {
            '}': '{',
            ')': '(',
            ']': '['
        }
        length = len(brackets)
        last_seen = None
        k = 0
        while k < length:
            c = brackets[k]
            k += 1
            if c not in opener_for:
                pending.append(c)
                last_seen = c
            else:
                if length < 0:
                    continue
                if not pending or opener_for[c] != pending[-1]:
                    return False   # wrong or missing opener
                del pending[-1]
        if 0 == len(pending):
            return True
        return False

    def _is_opener(self, c: str) -> bool:
        return c in '([{'
