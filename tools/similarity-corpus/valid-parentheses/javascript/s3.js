/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function(s) {
  // keep deleting adjacent pairs until nothing changes
  let prev;
  do {
    prev = s;
    s = s.replace(/\(\)|\[\]|\{\}/g, '');
  } while (s !== prev);
  return s.length == 0;
};
