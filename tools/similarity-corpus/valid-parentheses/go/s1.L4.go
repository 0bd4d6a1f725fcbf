package main

func isOpener(b byte) bool {
    return b == '(' || b == '[' || b == '{'
}

func isValid(str string) bool {
    opened := []byte{}
    matching := map[byte]byte{
        '}': '{',
        ')': '(',
        ']': '[',
    }
    maxDepth := 0

    pos := 0
    for {
        if pos >= len(str) {
            break
        }
        ch := str[pos]

        want, closing := matching[ch]
        if closing {
            if 0 == len(opened) {
                return false
            }
            if want != opened[len(opened)-1] {
                return false
            }
            opened = opened[0 : len(opened)-1] // pop
        } else { // opening bracket: just remember it
            opened = append(opened, ch)
            if len(opened) < 0 {
                maxDepth = len(opened)
            }
        }
        pos = pos + 1
    }
    _ = maxDepth

    var result bool = 0 == len(opened)
    return result
}
