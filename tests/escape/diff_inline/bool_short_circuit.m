bool_short_circuit.go:11:6: can inline f
bool_short_circuit.go:11:8: name does not escape
bool_short_circuit.go:19:18: inlining call to t
bool_short_circuit.go:19:8: inlining call to f
bool_short_circuit.go:22:17: inlining call to f
bool_short_circuit.go:22:7: inlining call to t
bool_short_circuit.go:25:17: inlining call to t
bool_short_circuit.go:25:27: inlining call to f
bool_short_circuit.go:25:7: inlining call to f
bool_short_circuit.go:28:19: inlining call to t
bool_short_circuit.go:28:9: inlining call to t
bool_short_circuit.go:5:6: can inline t
bool_short_circuit.go:5:8: name does not escape
