/**
 * Push the closer we expect for every opener, pop on every closer.
 */
var isValid = function(str) {
  const owed = [];

  for (const ch of str) {
    switch (ch) {
      case '{': owed.push('}'); break;
      case '(': owed.push(')'); break;
      case '[': owed.push(']'); break;
      default:
        if (ch !== owed.pop()) { return false; }
    }
  }

  // anything left over was never closed
  return 0 === owed.length;
};
