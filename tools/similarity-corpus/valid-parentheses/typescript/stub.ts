function isValid(s: string): boolean {
    return false;
};
