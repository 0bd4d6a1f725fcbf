var isValid = function(s) {
    let stack = [];
    let map = {
        '(': ')',
        '[': ']',
        '{': '}'
    };

    for (let i = 0; i < s.length; i++) {
        let ch = s[i];
        if (map[ch]) {
            stack.push(ch);
        } else {
            let last = stack[stack.length - 1];
            if (map[last] === ch) {
                stack.pop();
            } else {
                return false;
            }
        }
    }

    return !stack.length;
};
