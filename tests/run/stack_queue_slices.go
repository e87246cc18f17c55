package main


type IntStack struct{ data []int }

func (s *IntStack) Push(v int) { s.data = append(s.data, v) }
func (s *IntStack) Pop() (int, bool) {
	if len(s.data) == 0 {
		return 0, false
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, true
}

type Queue struct{ items []string }

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }
func (q *Queue) Dequeue() string {
	s := q.items[0]
	q.items = q.items[1:]
	return s
}
func (q *Queue) Empty() bool { return len(q.items) == 0 }

func balanced(s string) bool {
	var st IntStack
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(int(r))
		case ')', ']', '}':
			v, ok := st.Pop()
			if !ok || rune(v) != pairs[r] {
				return false
			}
		}
	}
	_, left := st.Pop()
	return !left
}

func main() {
	var s IntStack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		print(v, " ")
	}
	println()
	q := &Queue{}
	for _, w := range []string{"a", "b", "c"} {
		q.Enqueue(w)
	}
	q.Enqueue(q.Dequeue())
	for !q.Empty() {
		print(q.Dequeue(), " ")
	}
	println()
	for _, t := range []string{"([]{})", "([)]", "((", "", "}"} {
		println(t, balanced(t))
	}
}
