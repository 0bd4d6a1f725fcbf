/**
 * Push the closer we expect for every opener, pop on every closer.
 */
var isValid = function(s) {
  const stack = [];

  for (const c of s) {
    switch (c) {
      case '(': stack.push(')'); break;
      case '[': stack.push(']'); break;
      case '{': stack.push('}'); break;
      default:
        if (stack.pop() !== c) { return false; }
    }
  }

  // anything left over was never closed
  return stack.length === 0;
};
