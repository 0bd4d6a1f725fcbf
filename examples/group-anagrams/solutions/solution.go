package main

import "sort"

func groupAnagrams(strs []string) [][]string {
	groups := map[string][]string{}
	for _, s := range strs {
		letters := []byte(s)
		sort.Slice(letters, func(i, j int) bool { return letters[i] < letters[j] })
		groups[string(letters)] = append(groups[string(letters)], s)
	}
	result := make([][]string, 0, len(groups))
	for _, group := range groups {
		result = append(result, group)
	}
	return result
}
