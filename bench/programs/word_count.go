// word count, map-heavy: generate a deterministic text of N words (Zipf-like choice from a
// vocabulary of generated syllable words, with the benchmark-game LCG), count every word in a
// map[string]int, count word pairs in a map[[2]int32]int, then print the number of distinct
// words and pairs and the 20 most frequent words (ties by word). Exercises string hashing,
// map growth and iteration, sorting.
// usage: word_count [N]  (default 1000000)
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

var seed uint32 = 42

func next() uint32 {
	seed = seed*1664525 + 1013904223
	return seed >> 8
}

var syllables = []string{"ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "de", "gu", "ba", "zo", "fe", "hi", "ju", "qa"}

func makeVocabulary(n int) []string {
	words := make([]string, n)
	for i := range words {
		var b strings.Builder
		k := i
		for {
			b.WriteString(syllables[k%len(syllables)])
			k /= len(syllables)
			if k == 0 {
				break
			}
		}
		words[i] = b.String()
	}
	return words
}

// text joins n words chosen with a skewed distribution (a uniform index scaled down twice by
// uniform fractions: small indices are frequent) with spaces and newlines.
func text(vocab []string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		v := len(vocab)
		r := int(next()) % v
		r = r * (int(next()) % v) / v
		r = r * (int(next()) % v) / v
		b.WriteString(vocab[r])
		if i%12 == 11 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

type entry struct {
	word  string
	count int
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	vocab := makeVocabulary(20000)
	index := make(map[string]int32)
	for i, w := range vocab {
		index[w] = int32(i)
	}
	words := strings.Fields(text(vocab, n))
	counts := make(map[string]int)
	pairs := make(map[[2]int32]int)
	prev := int32(-1)
	for _, w := range words {
		counts[w]++
		id := index[w]
		if prev >= 0 {
			pairs[[2]int32{prev, id}]++
		}
		prev = id
	}
	list := make([]entry, 0, len(counts))
	total := 0
	for w, c := range counts {
		list = append(list, entry{w, c})
		total += c
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	maxPair := 0
	for _, c := range pairs {
		if c > maxPair {
			maxPair = c
		}
	}
	fmt.Printf("words %d distinct %d pairs %d most frequent pair %d\n", total, len(counts), len(pairs), maxPair)
	for _, e := range list[:20] {
		fmt.Printf("%-10s %d\n", e.word, e.count)
	}
}
