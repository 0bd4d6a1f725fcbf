var merge = function(list) {
  // sort by start
  list.sort((x, y) => x[0] - y[0]);
  let [lo, hi] = list[0];
  const blocks = [];
  for (let j = 1; j < list.length; j++) {
    const [from, to] = list[j];
    if (from > hi) {
      // gap found, close the block we were building
      blocks.push([lo, hi]);
      hi = to;
      lo = from;
    }
    else {
      hi = Math.max(to, hi);
    }
  }
  blocks.push([lo, hi]);
  return blocks;
};
