package main

import "fmt"

type Celsius float64
type Money struct{ cents int64 }

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.cents/100, m.cents%100) }

func total(vals []interface{}) (float64, []string) {
	var t float64
	var skipped []string
	for _, v := range vals {
		switch x := v.(type) {
		case int:
			t += float64(x)
		case int8, int16, int32:
			t += float64(fmt.Sprint(x)[0] - '0')
		case float64:
			t += x
		case Celsius:
			t += float64(x)
		case Money:
			t += float64(x.cents) / 100
		case *Money:
			if x == nil {
				skipped = append(skipped, "nil *Money")
				continue
			}
			t += float64(x.cents) / 100
		case fmt.Stringer:
			skipped = append(skipped, "stringer "+x.String())
		case nil:
			skipped = append(skipped, "nil")
		default:
			skipped = append(skipped, fmt.Sprintf("%T", x))
		}
	}
	return t, skipped
}

func main() {
	var nm *Money
	vals := []interface{}{1, 2.5, Celsius(10), Money{199}, &Money{1}, nm, nil, "str", int8(7), int32(3), []int{}, uint(4)}
	t, skipped := total(vals)
	fmt.Printf("%.2f %q\n", t, skipped)
	fmt.Println(Money{1234}, &Money{5})
}
