function twoSum(values: number[], goal: number): number[]
{
    const posOf = new Map<number, number>();
    values.forEach((num, k) => { posOf.set(num, k); });   // value -> last position

    for (let a = 0; values.length > a; a++)
    {
        const b = posOf.get(goal - values[a]);
        if (b === undefined || b === a) { continue; }
        return [b, a];
    }
    // unreachable for valid input
    return [];
};
