package main

type dsu struct {
	parent []int
	count  int
}

func (d *dsu) find(x int) int {
	if d.parent[x] != x {
		d.parent[x] = d.find(d.parent[x])
	}
	return d.parent[x]
}

func (d *dsu) union(a, b int) {
	ra, rb := d.find(a), d.find(b)
	if ra != rb {
		d.parent[ra] = rb
		d.count--
	}
}

func numIslands(grid [][]byte) int {
	h, w := len(grid), len(grid[0])
	d := &dsu{parent: make([]int, h*w)}
	for i := range d.parent {
		d.parent[i] = i
	}
	for r := 0; r < h; r++ {
		for c := 0; c < w; c++ {
			if grid[r][c] != '1' {
				continue
			}
			d.count++
			if r > 0 && grid[r-1][c] == '1' {
				d.union(r*w+c, (r-1)*w+c)
			}
			if c > 0 && grid[r][c-1] == '1' {
				d.union(r*w+c, r*w+c-1)
			}
		}
	}
	return d.count
}
