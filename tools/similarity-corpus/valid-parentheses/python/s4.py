OPENING = "([{"
CLOSING = ")]}"


def matches(open_char, close_char):
    return OPENING.index(open_char) == CLOSING.index(close_char)


class Solution:
    def isValid(self, s: str) -> bool:
        # an odd number of characters can never be balanced
        if len(s) % 2 == 1:
            return False

        buf = [''] * len(s)
        top = 0
        for character in s:
            if character in OPENING:
                buf[top] = character
                top += 1
                continue
            if top == 0:
                return False
            top -= 1
            if not matches(buf[top], character):
                return False

        return top == 0
