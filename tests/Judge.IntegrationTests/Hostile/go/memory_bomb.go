// Allocates and touches 16 MiB slices without end.
package main

func main() {
	var blocks [][]byte
	for {
		b := make([]byte, 16<<20)
		for i := range b {
			b[i] = 1
		}
		blocks = append(blocks, b)
	}
}
