package main

func isValid(s string) bool {
    pairs := map[byte]byte{')': '(', ']': '[', '}': '{'}
    stack := []byte{}

    for i := 0; i < len(s); i++ {
        c := s[i]

        open, isClose := pairs[c]
        if !isClose { // opening bracket: just remember it
            stack = append(stack, c)
            continue
        }

        if len(stack) == 0 || stack[len(stack)-1] != open {
            return false
        }
        stack = stack[:len(stack)-1] // pop
    }

    return len(stack) == 0
}
