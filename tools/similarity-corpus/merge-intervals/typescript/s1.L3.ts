/**
 * Sort, then grow each block greedily.
 */
function merge(segs: number[][]): number[][]
{
    segs.sort((p, q) => p[0] - q[0]);
    let at = 0;
    const blocks: number[][] = [];
    while (segs.length > at)
    {
        let next = at + 1;
        let to = segs[at][1]; let from = segs[at][0];
        while (next < segs.length && to >= segs[next][0])
        {
            to = Math.max(segs[next][1], to);   // overlap -> extend
            next++;
        }
        blocks.push([from, to]);
        at = next;   // continue after the block
    }
    return blocks;
};
