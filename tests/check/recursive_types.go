// errorcheck

// Type errors: invalid recursive types.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type A struct { // ERROR "invalid recursive type A\n\tLINE(:[0-9]+)?: A refers to\n\tLINE(:[0-9]+)?: A"
	a A
}

type B struct { // ERROR "invalid recursive type B\n\tLINE(:[0-9]+)?: B refers to\n\tLINE+4(:[0-9]+)?: C refers to\n\tLINE(:[0-9]+)?: B"
	c C
}

type C struct {
	b B
}

type D [2]D // ERROR "invalid recursive type D\n\tLINE(:[0-9]+)?: D refers to\n\tLINE(:[0-9]+)?: D"

type E struct {
	p *E
	s []E
	m map[string]E
	f func(E) E
	c chan E
}

type F = F // ERROR "invalid recursive type F\n\tLINE(:[0-9]+)?: F refers to\n\tLINE(:[0-9]+)?: F"

type G G // ERROR "invalid recursive type G\n\tLINE(:[0-9]+)?: G refers to\n\tLINE(:[0-9]+)?: G"

type H interface { // ERROR "invalid recursive type H\n\tLINE(:[0-9]+)?: H refers to\n\tLINE(:[0-9]+)?: H"
	H
}

type I interface {
	M() I
}

type J [len(J{})]int // ERROR "illegal cycle in type declaration"

type K struct { // ERROR "invalid recursive type K\n\tLINE(:[0-9]+)?: K refers to\n\tLINE(:[0-9]+)?: K"
	arr [3]K
}

type L = *L // ERROR "invalid recursive type L\n\tLINE(:[0-9]+)?: L refers to\n\tLINE(:[0-9]+)?: L"

type M1 interface{ M2 } // ERROR "invalid recursive type M1\n\tLINE(:[0-9]+)?: M1 refers to\n\tLINE+1(:[0-9]+)?: M2 refers to\n\tLINE(:[0-9]+)?: M1"
type M2 interface{ M1 }

type N []N
