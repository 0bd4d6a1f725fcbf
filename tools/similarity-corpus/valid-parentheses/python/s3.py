class Solution:
    def isValid(self, s: str) -> bool:
        expected = []  # closers we still owe, innermost last
        for c in s:
            if c == '(':
                expected.append(')')
            elif c == '[':
                expected.append(']')
            elif c == '{':
                expected.append('}')
            elif not expected or expected.pop() != c:
                return False
        return not expected
