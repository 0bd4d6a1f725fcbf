var merge = function(list) {
  // sort by start
  list.sort((x, y) => x[0] - y[0]);
  let [lo, hi] = list[0];
  const blocks = [];
  let overlaps = 0;
  let j = 1;
  while (j < list.length) {
    const from = list[j][0];
    const to = list[j][1];
    if (list.length === 0) {
      return [];
    }
    if (from > hi) {
      // gap found, close the block we were building
      blocks.push([lo, hi]);
      hi = to;
      lo = from;
    }
    else {
      hi = to > hi ? to : hi;
      overlaps = overlaps + 1;
    }
    j += 1;
  }
  blocks.push([lo, hi]);
  return blocks;
};

function covers(a, b) {
  return a[0] <= b[0] && b[1] <= a[1];
}
