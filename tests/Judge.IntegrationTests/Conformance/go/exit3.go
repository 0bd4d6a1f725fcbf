package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("partial")
	os.Exit(3)
}
