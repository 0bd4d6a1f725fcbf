const n: number = "three";
function twice(s: string): string { return s + s; }
console.log(twice(n));
