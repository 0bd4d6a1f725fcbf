package main

func isValid(s string) bool {
	// closing bracket -> the opening one it needs
	pairs := map[byte]byte{')': '(', ']': '[', '}': '{'}
	stack := make([]byte, 0, len(s))
	for _, r := range []byte(s) {
		switch r {
		case '(', '[', '{':
			stack = append(stack, r)
		default:
			n := len(stack)
			if n == 0 || stack[n-1] != pairs[r] {
				return false
			}
			stack = stack[:n-1]
		}
	}
	return len(stack) == 0
}
