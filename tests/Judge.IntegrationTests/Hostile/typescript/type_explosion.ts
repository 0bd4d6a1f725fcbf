// A type that recurses without end: the compiler must stop with an error, not run away.
type Grow<T, N extends unknown[] = []> = N["length"] extends 100000 ? T : Grow<[T, T], [...N, unknown]>;
const x: Grow<string> = "boom";
console.log(x);
