package p

type T[P any, Q] struct{}
type U[] int
type V[P] int
func f[T any](x T) T[ { return x }
func g[](){}
func (r R[T any]) m() {}
var _ = f[int, ](1)
type W[P *T,] struct{}
type X[P interface{ ~int | ~~string }] int
var y = a[b, c][d]()
type Y[P int|] int
func h[P ~](p P) {}
