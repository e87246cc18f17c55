package main

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	ps := sieve(200)
	println("count", len(ps))
	for i, p := range ps {
		print(p)
		if i%15 == 14 {
			println()
		} else {
			print(" ")
		}
	}
	println()
	big := sieve(100000)
	println("primes below 100000:", len(big), "last:", big[len(big)-1])
	sum := 0
	for _, p := range big {
		sum += p
	}
	println("sum:", sum)
}
