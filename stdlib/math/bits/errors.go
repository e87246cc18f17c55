package bits

// The run-time errors of Div: runtime.Error values in gc; plain errors with the same texts
// here (gocc's stdlib cannot reach the runtime's error types).
type rtError string

func (e rtError) Error() string { return "runtime error: " + string(e) }
func (e rtError) RuntimeError() {}

var (
	overflowError error = rtError("integer overflow")
	divideError   error = rtError("integer divide by zero")
)
