package main

type Matrix [3][3]int

func identity() Matrix {
	var m Matrix
	for i := range m {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	println(a.Mul(identity()) == a, identity().Mul(a) == a)
	sq := a.Mul(a)
	for _, row := range sq {
		println(row[0], row[1], row[2])
	}
	b := a
	b[1][1] = 0
	println(a == b, a[1][1], b[1][1])
	var strs [2][2]string
	strs[0][1] = "x"
	other := [2][2]string{{"", "x"}, {"", ""}}
	println(strs == other)
	type cell struct {
		v   float64
		set bool
	}
	c1 := [2]cell{{1.5, true}, {}}
	c2 := [2]cell{{1.5, true}, {0, false}}
	println(c1 == c2)
	var ifs [2]interface{}
	ifs[0] = 1
	println(ifs == [2]interface{}{1, nil})
}
