/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function(s) {
    const stack = [];
    for (const c of s) {
        switch (c) {
            case '(':
                stack.push(')');
                break;
            case '[':
                stack.push(']');
                break;
            case '{':
                stack.push('}');
                break;
            default:
                // closing bracket: it has to be the one we expect next
                if (stack.pop() !== c) {
                    return false;
                }
        }
    }
    return stack.length === 0;
};
