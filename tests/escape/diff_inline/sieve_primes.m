sieve_primes.go:19:13: inlining call to sieve
sieve_primes.go:19:13: make([]bool, n + 1) escapes to heap
sieve_primes.go:30:14: inlining call to sieve
sieve_primes.go:30:14: make([]bool, n + 1) escapes to heap
sieve_primes.go:3:6: can inline sieve
sieve_primes.go:4:19: make([]bool, n + 1) escapes to heap
