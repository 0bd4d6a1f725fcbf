package main

func isValid(str string) bool {
    matching := map[byte]byte{')': '(', ']': '[', '}': '{'}
    opened := []byte{}

    for pos := 0; pos < len(str); pos++ {
        ch := str[pos]

        want, closing := matching[ch]
        if !closing { // opening bracket: just remember it
            opened = append(opened, ch)
            continue
        }

        if len(opened) == 0 || opened[len(opened)-1] != want {
            return false
        }
        opened = opened[:len(opened)-1] // pop
    }

    return len(opened) == 0
}
