/**
 * @param {number[][]} intervals
 * @return {number[][]}
 */
var merge = function (intervals) {
  return intervals
    .slice()
    .sort(function (p, q) { return p[0] - q[0] || p[1] - q[1]; })
    .reduce(function (acc, iv) {
      var top = acc[acc.length - 1];
      if (top && iv[0] <= top[1]) {
        if (iv[1] > top[1]) top[1] = iv[1];
      } else {
        acc.push([iv[0], iv[1]]);
      }
      return acc;
    }, []);
};
