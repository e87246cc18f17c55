package unicode

// The category tables (tables.go) under their exported names.
var (
	Cc     = _Cc
	Cf     = _Cf
	Co     = _Co
	Cs     = _Cs
	Digit  = _Nd
	Nd     = _Nd
	Letter = _L
	L      = _L
	Lm     = _Lm
	Lo     = _Lo
	Lower  = _Ll
	Ll     = _Ll
	Mark   = _M
	M      = _M
	Mc     = _Mc
	Me     = _Me
	Mn     = _Mn
	Nl     = _Nl
	No     = _No
	Number = _N
	N      = _N
	Other  = _C
	C      = _C
	Pc     = _Pc
	Pd     = _Pd
	Pe     = _Pe
	Pf     = _Pf
	Pi     = _Pi
	Po     = _Po
	Ps     = _Ps
	Punct  = _P
	P      = _P
	Sc     = _Sc
	Sk     = _Sk
	Sm     = _Sm
	So     = _So
	Space  = _Z
	Z      = _Z
	Symbol = _S
	S      = _S
	Title  = _Lt
	Lt     = _Lt
	Upper  = _Lu
	Lu     = _Lu
	Zl     = _Zl
	Zp     = _Zp
	Zs     = _Zs

	White_Space = _White_Space
)

// Categories is the set of Unicode category tables.
var Categories = map[string]*RangeTable{
	"C": C, "Cc": Cc, "Cf": Cf, "Co": Co, "Cs": Cs,
	"L": L, "Ll": Ll, "Lm": Lm, "Lo": Lo, "Lt": Lt, "Lu": Lu,
	"M": M, "Mc": Mc, "Me": Me, "Mn": Mn,
	"N": N, "Nd": Nd, "Nl": Nl, "No": No,
	"P": P, "Pc": Pc, "Pd": Pd, "Pe": Pe, "Pf": Pf, "Pi": Pi, "Po": Po, "Ps": Ps,
	"S": S, "Sc": Sc, "Sk": Sk, "Sm": Sm, "So": So,
	"Z": Z, "Zl": Zl, "Zp": Zp, "Zs": Zs,
}

// Properties is the set of Unicode property tables (gocc: White_Space only).
var Properties = map[string]*RangeTable{"White_Space": White_Space}

// FoldCategory and FoldScript are empty in gocc.
var (
	FoldCategory = map[string]*RangeTable{}
	FoldScript   = map[string]*RangeTable{}
)

// CaseRanges is the table describing case mappings for all letters with non-self mappings.
var CaseRanges = _CaseRanges

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters according to Go.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// TurkishCase and AzeriCase map dotted and dotless i as in Turkish and Azeri.
var TurkishCase SpecialCase = _TurkishCase
var AzeriCase SpecialCase = _TurkishCase

var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

type foldPair struct {
	From uint16
	To   uint16
}

const (
	pC     = 1 << iota // control
	pP                 // punctuation
	pN                 // number
	pS                 // symbol
	pZ                 // space
	pLu                // upper case
	pLl                // lower case
	pp                 // printable (IsPrint)
	pg     = pp | pZ   // graphic
	pLo    = pLl | pLu // a letter that is neither upper nor lower case
	pLmask = pLo
)

// properties of the Latin-1 runes
func latin1(r rune) uint8 {
	switch {
	case r < 0x20 || 0x7F <= r && r < 0xA0:
		return pC
	case r == ' ':
		return pZ | pp
	case r == 0xA0:
		return pZ
	case '0' <= r && r <= '9':
		return pN | pp
	case 'A' <= r && r <= 'Z':
		return pLu | pp
	case 'a' <= r && r <= 'z':
		return pLl | pp
	}
	switch {
	case Is(P, r):
		return pP | pp
	case Is(S, r):
		return pS | pp
	case Is(N, r):
		return pN | pp
	case Is(Lu, r):
		return pLu | pp
	case Is(Ll, r):
		return pLl | pp
	case Is(L, r):
		return pLo | pp
	}
	return 0
}

//go:noinline
func is16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := &ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

//go:noinline
func is32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab == nil {
		return false
	}
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges. The function "In"
// provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode: letters, marks,
// numbers, punctuation, symbols and spaces (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pg != 0
	}
	return In(r, L, M, N, P, S, Zs)
}

// IsPrint reports whether the rune is defined as printable by Go: letters, marks, numbers,
// punctuation, symbols and the ASCII space.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pp != 0
	}
	return In(r, L, M, N, P, S)
}

// IsControl reports whether the rune is a control character (C0 and C1).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pC != 0
	}
	return false
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pLmask != 0
	}
	return Is(L, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	return Is(M, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pN != 0
	}
	return Is(N, r)
}

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return Is(Nd, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pP != 0
	}
	return Is(P, r)
}

// IsSymbol reports whether the rune is a symbolic character (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pS != 0
	}
	return Is(S, r)
}

// IsSpace reports whether the rune is a space character as defined by Unicode's White Space
// property; in the Latin-1 space: '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return Is(White_Space, r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pLmask == pLu
	}
	return Is(Upper, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pLmask == pLl
	}
	return Is(Lower, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return Is(Title, r)
}

// to maps the rune using the specified case mapping; foundMapping reports whether a
// mapping applied.
func to(_case int, r rune, caseRange []CaseRange) (mapped rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Upper/lower alternation starting with an upper case letter: upper at
				// even offsets, lower at odd ones, title as upper.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	r, _ = to(_case, r, CaseRanges)
	return r
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, had := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, had := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, had := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToLower(r)
	}
	return r1
}

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined simple
// case folding: the smallest rune > r in r's orbit if there is one, else the smallest rune
// of the orbit. Invalid runes are returned unchanged.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	lo, hi := 0, len(caseOrbit)
	for lo < hi {
		m := lo + (hi-lo)/2
		if rune(caseOrbit[m].From) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(caseOrbit) && rune(caseOrbit[lo].From) == r {
		return rune(caseOrbit[lo].To)
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
