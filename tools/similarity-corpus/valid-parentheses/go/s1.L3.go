package main

func isValid(str string) bool {
    opened := []byte{}
    matching := map[byte]byte{'}': '{', ')': '(', ']': '['}

    for pos := 0; len(str) > pos; pos++ {
        ch := str[pos]

        want, closing := matching[ch]
        if closing {
            if 0 == len(opened) || want != opened[len(opened)-1] {
                return false
            }
            opened = opened[:len(opened)-1] // pop
        } else { // opening bracket: just remember it
            opened = append(opened, ch)
        }
    }

    return 0 == len(opened)
}
