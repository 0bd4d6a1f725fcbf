package main

func isValid(s string) bool {
	// closing bracket -> the opening one it needs
	pairs := map[byte]byte{')': '(', ']': '[', '}': '{'}
	stack := []byte{}
	for i := 0; i < len(s); i++ {
		c := s[i]
		open, isClose := pairs[c]
		if !isClose {
			stack = append(stack, c)
			continue
		}
		// a closer needs a matching opener on top
		if len(stack) == 0 || stack[len(stack)-1] != open {
			return false
		}
		stack = stack[:len(stack)-1]
	}
	return len(stack) == 0
}
