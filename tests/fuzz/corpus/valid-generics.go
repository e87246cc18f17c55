package generics

import "constraints"

type Number interface {
	~int | ~int64 | ~float64
}

type Ordered interface {
	constraints.Integer | constraints.Float | ~string
}

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	val  T
	next *node[T]
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Set[T comparable] map[T]struct{}

type Tree[T interface{ Less(T) bool }] struct {
	Left, Right *Tree[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }

func (s Set[_]) Len() int { return len(s) }

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	r := make([]R, 0, len(s))
	for _, e := range s {
		r = append(r, f(e))
	}
	return r
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type PtrTo[T any] interface{ *T }

func Zero[T any, PT PtrTo[T]]() PT { return PT(new(T)) }

var _ = Map[[]int, int, string]
var _ = Sum[float64](1, 2)
var _ = Max(1, 2)
var _ Pair[string, List[int]]
var _ = Pair[int, int]{1, 2}
var _ = [](Pair[int, int]){}

type A[P *int,] struct{}
type B[P *Q, Q any] struct{}
type C[P interface{ *int | *uint }] struct{}
