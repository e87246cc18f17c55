package main

type kind int

const (
	kNum kind = iota
	kIdent
	kOp
	kStr
)

var names = [...]string{kNum: "NUM", kIdent: "IDENT", kOp: "OP", kStr: "STR"}

type token struct {
	k    kind
	text string
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

func lex(src string) (toks []token, err string) {
	i := 0
next:
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
			continue next
		case isDigit(c):
			j := i
			for j < len(src) && (isDigit(src[j]) || src[j] == '.') {
				j++
			}
			toks = append(toks, token{kNum, src[i:j]})
			i = j
		case isLetter(c):
			j := i
			for j < len(src) && (isLetter(src[j]) || isDigit(src[j])) {
				j++
			}
			toks = append(toks, token{kIdent, src[i:j]})
			i = j
		case c == '"':
			j := i + 1
			for ; j < len(src); j++ {
				if src[j] == '"' {
					toks = append(toks, token{kStr, src[i+1 : j]})
					i = j + 1
					continue next
				}
			}
			return toks, "unterminated string"
		default:
			if i+1 < len(src) && (src[i:i+2] == "==" || src[i:i+2] == ":=") {
				toks = append(toks, token{kOp, src[i : i+2]})
				i += 2
				break
			}
			toks = append(toks, token{kOp, src[i : i+1]})
			i++
		}
	}
	return toks, ""
}

func main() {
	for _, src := range []string{`x := 3.14 * (y1 + 42)`, `if a == "hi there" { b }`, `"open`} {
		toks, err := lex(src)
		for _, t := range toks {
			print(names[t.k], ":", t.text, " ")
		}
		println()
		if err != "" {
			println("error:", err)
		}
	}
}
