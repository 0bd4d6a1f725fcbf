package main

import "strings"

// keep cutting out adjacent pairs; a valid string ends up empty
func isValid(s string) bool {
    for {
        before := len(s)
        s = strings.ReplaceAll(s, "()", "")
        s = strings.ReplaceAll(s, "[]", "")
        s = strings.ReplaceAll(s, "{}", "")
        if len(s) == before {
            break
        }
    }
    return s == ""
}
