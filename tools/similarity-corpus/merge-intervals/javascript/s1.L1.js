var merge = function(intervals) {
  // sort by start
  intervals.sort((a, b) => a[0] - b[0]);
  const result = [];
  let [curStart, curEnd] = intervals[0];
  for (let i = 1; i < intervals.length; i++) {
    const [start, end] = intervals[i];
    if (start <= curEnd) {
      curEnd = Math.max(curEnd, end);
    }
    else {
      // gap found, close the block we were building
      result.push([curStart, curEnd]);
      curStart = start;
      curEnd = end;
    }
  }
  result.push([curStart, curEnd]);
  return result;
};
