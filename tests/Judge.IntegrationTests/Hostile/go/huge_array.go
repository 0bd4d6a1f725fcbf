// A global array of 1 TiB: the compiler must refuse it, not try to lay it out.
package main

var huge [1 << 40]byte

func main() {
	huge[0] = 1
	println(huge[0])
}
