package main

func main() {
	var xs []int
	i := 3
	xs[i] = 1 // index out of range: panic, exit code 2
}
