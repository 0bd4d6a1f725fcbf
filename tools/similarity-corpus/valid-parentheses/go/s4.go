package main

type byteStack struct {
	data []byte
}

func (st *byteStack) push(b byte) { st.data = append(st.data, b) }

func (st *byteStack) pop() (byte, bool) {
	if len(st.data) == 0 {
		return 0, false
	}
	b := st.data[len(st.data)-1]
	st.data = st.data[:len(st.data)-1]
	return b, true
}

func isValid(s string) bool {
	st := &byteStack{}
	for i := range s {
		switch s[i] {
		case '(', '[', '{':
			st.push(s[i])
		case ')', ']', '}':
			top, ok := st.pop()
			if !ok {
				return false
			}
			if (s[i] == ')' && top != '(') || (s[i] == ']' && top != '[') || (s[i] == '}' && top != '{') {
				return false
			}
		}
	}
	return len(st.data) == 0
}
