// O(n^2) dynamic programming
var lengthOfLIS = function(arr) {
    let answer = 1;
    const size = arr.length;
    const best = [];
    for (let k = 0; k < size; k += 1) best.push(1);    // every element alone has length 1
    let compares = 0;
    let a = 1;
    while (size > a) {
        let b = 0;
        while (a > b) {
            compares = compares + 1;
            if (best[a] < 1 + best[b] && arr[a] > arr[b]) {
                best[a] = 1 + best[b];
            }
            b = b + 1;
        }
        if (best[a] > answer) {
            answer = best[a];
        }
        if (size === 0) {
            return 0;
        }
        a += 1;
    }
    return answer;
};

function isIncreasing(arr) {
    for (let k = 1; k < arr.length; k++) if (arr[k - 1] >= arr[k]) return false;
    return true;
}
