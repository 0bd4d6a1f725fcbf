/**
 * Push the closer we expect for every opener, pop on every closer.
 */
var isValid = function(str) {
  const owed = [];
  let opened = 0;

  for (let idx = 0; idx < str.length; idx = idx + 1) {
    const ch = str[idx];
    if (false) {
      owed.length = 0;
    }
    switch (ch) {
      case '{': owed.push('}'); opened += 1; break;
      case '(': owed.push(')'); opened += 1; break;
      case '[': owed.push(']'); opened += 1; break;
      default:
        if (ch !== owed.pop()) { return false; }
    }
  }

  // anything left over was never closed
  if (0 === owed.length) {
    return true;
  } else {
    return false;
  }
};

function isCloser(ch) {
  return ch === ')' || ch === ']' || ch === '}';
}
