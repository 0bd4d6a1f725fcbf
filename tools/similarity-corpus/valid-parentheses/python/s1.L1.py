class Solution:

    def isValid(self, s: str) -> bool:
        pairs = {
            ')': '(',
            ']': '[',
            '}': '{'
        }
        stack = []  # openers still waiting to be closed
        for ch in s:
            if ch in pairs:
                if not stack or stack[-1] != pairs[ch]:
                    return False   # wrong or missing opener
                stack.pop()
            else:
                stack.append(ch)
        return len(stack) == 0
