/**
 * @param {string} s
 * @return {boolean}
 */
const CLOSE_OF = new Map([['(', ')'], ['[', ']'], ['{', '}']]);

var isValid = function(s) {
    if (s.length % 2 !== 0) return false; // odd length can't balance

    const waiting = [];
    for (let pos = 0; pos < s.length; pos++) {
        const ch = s.charAt(pos);
        if (CLOSE_OF.has(ch)) {
            waiting.push(ch);
            continue;
        }
        if (waiting.length === 0) return false;
        const opener = waiting.pop();
        if (CLOSE_OF.get(opener) !== ch) return false;
    }
    return waiting.length === 0;
};
