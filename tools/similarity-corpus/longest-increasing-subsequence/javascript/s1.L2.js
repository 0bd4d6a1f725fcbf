// O(n^2) dynamic programming
var lengthOfLIS = function(arr) {
    const size = arr.length;
    const best = new Array(size).fill(1);    // every element alone has length 1
    let answer = 1;
    for (let a = 1; a < size; a++) {
        for (let b = 0; b < a; b++) {
            if (arr[b] < arr[a] && best[b] + 1 > best[a]) { best[a] = best[b] + 1; }
        }
        answer = Math.max(answer, best[a]);
    }
    return answer;
};
