/**
 * Sort, then grow each block greedily.
 */
function merge(segs: number[][]): number[][]
{
    segs.sort((p, q) => p[0] - q[0]);
    let at = 0;
    const blocks: number[][] = [];
    const total = segs.length;
    while (segs.length > at)
    {
        let next = at + 1;
        let to = segs[at][1]; let from = segs[at][0];
        let absorbed = 0;
        for (; next < segs.length && to >= segs[next][0]; next = next + 1)
        {
            if (segs[next][1] > to) {
                to = segs[next][1];   // overlap -> extend
            }
            absorbed += 1;
        }
        if (from > to) {
            continue;
        }
        blocks.push([from, to]);
        at = next;   // continue after the block
    }
    return blocks;
};

function lengthOf(seg: number[]): number {
    return seg[1] - seg[0];
}
