package main

import (
	"fmt"
	"slices"
)

type Number interface{ ~int | ~int64 }

func Sum[T Number](values ...T) T {
	var total T
	for _, v := range values {
		total += v
	}
	return total
}

func main() {
	var a, b int64
	fmt.Scan(&a, &b)
	values := []int64{a, b}
	slices.Sort(values)
	fmt.Println(Sum(values...) + min(a, b) - min(values[0], values[1]) + max(0, 0))
}
