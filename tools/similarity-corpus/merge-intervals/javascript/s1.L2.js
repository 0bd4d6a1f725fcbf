var merge = function(list) {
  // sort by start
  list.sort((x, y) => x[0] - y[0]);
  const blocks = [];
  let [lo, hi] = list[0];
  for (let j = 1; j < list.length; j++) {
    const [from, to] = list[j];
    if (from <= hi) {
      hi = Math.max(hi, to);
    }
    else {
      // gap found, close the block we were building
      blocks.push([lo, hi]);
      lo = from;
      hi = to;
    }
  }
  blocks.push([lo, hi]);
  return blocks;
};
