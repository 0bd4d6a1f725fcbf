package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	fmt.Println("got " + strings.TrimRight(line, "\r\n"))
	fmt.Fprintln(os.Stderr, "note")
}
