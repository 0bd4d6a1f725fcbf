package main

// Wrong: the sum of the letters is no anagram's key ("ad" and "bc" collide).
func groupAnagrams(strs []string) [][]string {
	groups := map[int][]string{}
	for _, s := range strs {
		key := 0
		for _, c := range s {
			key += int(c)
		}
		groups[key] = append(groups[key], s)
	}
	var result [][]string
	for _, group := range groups {
		result = append(result, group)
	}
	return result
}
