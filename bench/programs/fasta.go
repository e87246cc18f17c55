// fasta (the Computer Language Benchmarks Game's): generate DNA sequences by copying a repeated
// string and by weighted random choice with the benchmark's linear congruential generator;
// FASTA format, 60 columns, on stdout. Float compares, byte slices, buffered writes.
// usage: fasta [N]  (default 5000000)
package main

import (
	"os"
	"strconv"
)

const lineWidth = 60

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

type acid struct {
	c byte
	p float64
}

var iub = []acid{
	{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
	{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
	{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
	{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
}

var homoSapiens = []acid{
	{'a', 0.3029549426680}, {'c', 0.1979883004921},
	{'g', 0.1975473066391}, {'t', 0.3015094502008},
}

// out buffers the output; flushed when it passes 64 KiB and at the end.
var out []byte

func flush(force bool) {
	if len(out) >= 1<<16 || (force && len(out) > 0) {
		os.Stdout.Write(out)
		out = out[:0]
	}
}

func repeatFasta(header, s string, n int) {
	out = append(out, header...)
	pos := 0
	for n > 0 {
		line := lineWidth
		if n < line {
			line = n
		}
		for i := 0; i < line; i++ {
			out = append(out, s[pos])
			pos++
			if pos == len(s) {
				pos = 0
			}
		}
		out = append(out, '\n')
		flush(false)
		n -= line
	}
}

const (
	im = 139968
	ia = 3877
	ic = 29573
)

var last = 42

func random(max float64) float64 {
	last = (last*ia + ic) % im
	return max * float64(last) / im
}

func randomFasta(header string, table []acid, n int) {
	out = append(out, header...)
	// Cumulative probabilities.
	cum := make([]float64, len(table))
	p := 0.0
	for i, a := range table {
		p += a.p
		cum[i] = p
	}
	for n > 0 {
		line := lineWidth
		if n < line {
			line = n
		}
		for i := 0; i < line; i++ {
			r := random(1.0)
			k := 0
			for k < len(cum)-1 && r >= cum[k] {
				k++
			}
			out = append(out, table[k].c)
		}
		out = append(out, '\n')
		flush(false)
		n -= line
	}
}

func main() {
	n := 5000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	out = make([]byte, 0, 1<<17)
	repeatFasta(">ONE Homo sapiens alu\n", alu, 2*n)
	randomFasta(">TWO IUB ambiguity codes\n", iub, 3*n)
	randomFasta(">THREE Homo sapiens frequency\n", homoSapiens, 5*n)
	flush(true)
}
