// Wrong: the sum of the letters is no anagram's key ("ad" and "bc" collide).
function groupAnagrams(strs) {
    const groups = {};
    for (const s of strs) {
        let key = 0;
        for (const c of s) key += c.charCodeAt(0);
        (groups[key] ??= []).push(s);
    }
    return Object.values(groups);
}
