sieve_primes.go:4:19: make([]bool, n + 1) escapes to heap
