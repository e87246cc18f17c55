package main

func main() {
	const w, h, maxIter = 60, 24, 50
	for y := 0; y < h; y++ {
		line := make([]byte, w)
		for x := 0; x < w; x++ {
			c := complex(float64(x)/w*3.0-2.2, float64(y)/h*2.4-1.2)
			z := complex(0, 0)
			i := 0
			for ; i < maxIter; i++ {
				z = z*z + c
				if real(z)*real(z)+imag(z)*imag(z) > 4 {
					break
				}
			}
			switch {
			case i == maxIter:
				line[x] = '#'
			case i > 10:
				line[x] = '+'
			case i > 4:
				line[x] = '.'
			default:
				line[x] = ' '
			}
		}
		println(string(line))
	}
}
