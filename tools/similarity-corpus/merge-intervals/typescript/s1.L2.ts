/**
 * Sort, then grow each block greedily.
 */
function merge(segs: number[][]): number[][]
{
    segs.sort((p, q) => p[0] - q[0]);
    const blocks: number[][] = [];
    let at = 0;
    while (at < segs.length)
    {
        let from = segs[at][0]; let to = segs[at][1];
        let next = at + 1;
        while (next < segs.length && segs[next][0] <= to)
        {
            to = Math.max(to, segs[next][1]);   // overlap -> extend
            next++;
        }
        blocks.push([from, to]);
        at = next;   // continue after the block
    }
    return blocks;
};
