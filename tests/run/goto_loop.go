package main

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func main() {
	i := 0
top:
	if i < 5 {
		print(i, " ")
		i++
		goto top
	}
	println()
	println("gcd", gcd(48, 18), gcd(17, 5))
	n := 0
	for {
		n++
		if n == 3 {
			goto done
		}
	}
done:
	println("jumped out at", n)
	x := 10
	if x > 5 {
		goto skip
	}
	println("not printed")
skip:
	println("skipped ahead")
	j := 0
retry:
	j++
	if j < 3 {
		println("retry", j)
		goto retry
	}
	println("ok after", j)
}
