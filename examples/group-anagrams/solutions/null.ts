function groupAnagrams(strs: string[]): string[][] {
    return null as any;
}
