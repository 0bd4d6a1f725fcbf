package main

import (
	"bufio"
	"os"
	"strconv"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	readInt := func() int {
		c, _ := in.ReadByte()
		for c == ' ' || c == '\n' || c == '\r' {
			c, _ = in.ReadByte()
		}
		neg := c == '-'
		if neg {
			c, _ = in.ReadByte()
		}
		n := 0
		for c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			c, _ = in.ReadByte()
		}
		if neg {
			return -n
		}
		return n
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	n := readInt()
	a := make([]int, n)
	for i := range a {
		a[i] = readInt()
	}
	var buf []byte
	for i := 0; i < n; i += 10 {
		buf = strconv.AppendInt(buf[:0], int64(a[i]), 10)
		buf = append(buf, '\n')
		out.Write(buf)
	}
}
