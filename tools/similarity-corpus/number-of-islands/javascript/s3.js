/**
 * Union-Find over the land cells.
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
  const m = grid.length, n = grid[0].length;
  const parent = new Array(m * n).fill(-1);
  let sets = 0;

  const find = (x) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const unite = (a, b) => {
    const pa = find(a), pb = find(b);
    if (pa !== pb) {
      parent[pa] = pb;
      sets--;
    }
  };

  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (grid[i][j] === '1') {
        parent[i * n + j] = i * n + j;
        sets++;
      }
    }
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (grid[i][j] !== '1') continue;
      const id = i * n + j;
      if (i > 0 && grid[i - 1][j] === '1') unite(id, id - n);
      if (j > 0 && grid[i][j - 1] === '1') unite(id, id - 1);
    }
  }
  return sets;
};
