/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    var height = grid.length;
    var width = grid[0].length;
    var seen = [];
    for (var k = 0; k < height; k++) {
        seen.push(new Array(width).fill(false));
    }

    function explore(row, col) {
        var stack = [[row, col]];
        seen[row][col] = true;
        while (stack.length > 0) {
            var cell = stack.pop();
            var neighbours = [
                [cell[0] - 1, cell[1]],
                [cell[0] + 1, cell[1]],
                [cell[0], cell[1] - 1],
                [cell[0], cell[1] + 1]
            ];
            for (var t = 0; t < neighbours.length; t++) {
                var r = neighbours[t][0], c = neighbours[t][1];
                if (r < 0 || r >= height || c < 0 || c >= width) continue;
                if (seen[r][c] || grid[r][c] !== '1') continue;
                seen[r][c] = true;
                stack.push([r, c]);
            }
        }
    }

    var result = 0;
    for (var row = 0; row < height; row++) {
        for (var col = 0; col < width; col++) {
            if (grid[row][col] === '1' && !seen[row][col]) {
                explore(row, col);
                result++;
            }
        }
    }
    return result;
};
