class Solution:
    def isValid(self, s: str) -> bool:
        # closing bracket -> the opening bracket it must match
        pairs = {')': '(', ']': '[', '}': '{'}
        stack = []

        for ch in s:
            if ch in pairs:
                # a closer needs the matching opener on top of the stack
                if not stack or stack[-1] != pairs[ch]:
                    return False
                stack.pop()
            else:
                stack.append(ch)

        # every opener must have been closed
        return len(stack) == 0
