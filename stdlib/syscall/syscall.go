// Declarations-only stub of part of Go 1.19's package syscall, for gocc's type
// checker: only RawConn, which appears in the method set of os.File
// (File.SyscallConn). tests/stdlib/verify.go checks every exported declaration
// against the real package.

package syscall

// A RawConn is a raw network connection.
type RawConn interface {
	// Control invokes f on the underlying connection's file
	// descriptor or handle.
	Control(f func(fd uintptr)) error

	// Read invokes f on the underlying connection's file
	// descriptor or handle; f is expected to try to read from the
	// file descriptor.
	Read(f func(fd uintptr) (done bool)) error

	// Write is like Read but for writing.
	Write(f func(fd uintptr) (done bool)) error
}
