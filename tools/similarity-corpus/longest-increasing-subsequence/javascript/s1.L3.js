// O(n^2) dynamic programming
var lengthOfLIS = function(arr) {
    let answer = 1;
    const size = arr.length;
    const best = new Array(size).fill(1);    // every element alone has length 1
    for (let a = 1; size > a; a++) {
        for (let b = 0; a > b; b++) {
            if (best[a] < 1 + best[b] && arr[a] > arr[b]) { best[a] = 1 + best[b]; }
        }
        answer = Math.max(best[a], answer);
    }
    return answer;
};
