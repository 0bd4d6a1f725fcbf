/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function(s) {
    const stack = [];
    const open = { ')': '(', ']': '[', '}': '{' };
    for (const c of s) {
        if (!(c in open)) {
            stack.push(c);
            continue;
        }
        // closing bracket: it has to match the last opener
        if (stack.pop() !== open[c]) {
            return false;
        }
    }
    return stack.length === 0;
};
