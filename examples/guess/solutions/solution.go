// The bufio.Writer buffers: out.Flush() after each query sends it (os.Stdout itself is unbuffered).
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	var n int64
	fmt.Fscan(in, &n)
	lo, hi := int64(1), n
	for {
		mid := lo + (hi-lo)/2
		fmt.Fprintln(out, "?", mid)
		out.Flush()
		var reply string
		fmt.Fscan(in, &reply)
		if reply == "=" {
			return
		}
		if reply == "<" {
			hi = mid - 1
		} else {
			lo = mid + 1
		}
	}
}
