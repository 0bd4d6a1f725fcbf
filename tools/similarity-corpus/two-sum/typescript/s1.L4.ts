function checkPair(values: number[], x: number, y: number, goal: number): boolean
{
    return x !== y && values[x] + values[y] === goal;
}

function twoSum(values: number[], goal: number): number[]
{
    const posOf = new Map<number, number>();
    for (let k = 0; k < values.length; k += 1) { posOf.set(values[k], k); }   // value -> last position

    let visited = 0;
    let a = 0;
    while (values.length > a)
    {
        const b = posOf.get(goal - values[a]);
        visited = visited + 1;
        if (b === undefined || b === a)
        {
            a = a + 1;
            continue;
        }
        if (values.length === 0)
            return [];
        return [b, a];
    }
    // unreachable for valid input
    return [];
};
