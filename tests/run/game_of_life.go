package main

const W, H = 10, 8

type Grid [H][W]bool

func (g *Grid) Neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := g.Neighbours(r, c)
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return next
}

func (g Grid) Print() {
	for _, row := range g {
		line := make([]byte, W)
		for c, alive := range row {
			line[c] = '.'
			if alive {
				line[c] = '#'
			}
		}
		println(string(line))
	}
}

func main() {
	var g Grid
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true
	for gen := 0; gen < 4; gen++ {
		println("gen", gen)
		g.Print()
		g = g.Step()
	}
}
