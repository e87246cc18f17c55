package os

import "io"

// Runtime hooks (runtime/hooks_os.c).
func runtime_args() []string
func runtime_exit(code int)
func runtime_getenv(key string) string
func runtime_hasenv(key string) bool
func runtime_write(fd int, b []byte) int // bytes written, or -errno
func runtime_read(fd int, b []byte) int  // bytes read, or -errno
func runtime_close(fd int) int           // 0, or -errno

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard output,
// and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Exit causes the current program to exit with the given status code; deferred functions
// are not run.
//
//go:noinline
func Exit(code int) { runtime_exit(code) }

// Getenv retrieves the value of the environment variable named by the key ("" if unset).
//
//go:noinline
func Getenv(key string) string { return runtime_getenv(key) }

// LookupEnv retrieves the value of the environment variable named by the key and whether it
// is set.
func LookupEnv(key string) (string, bool) {
	if !runtime_hasenv(key) {
		return "", false
	}
	return runtime_getenv(key), true
}

// NewFile returns a new File with the given file descriptor and name.
//
//go:noinline
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{&file{fd: int(fd), name: name, stdoutOrErr: fd == 1 || fd == 2}}
}

// errnoErr is an errno value from the OS.
type errnoErr int

func (e errnoErr) Error() string {
	switch e {
	case 9:
		return "bad file descriptor"
	case 32:
		return "broken pipe"
	case 5:
		return "input/output error"
	case 11:
		return "resource temporarily unavailable"
	case 4:
		return "interrupted system call"
	}
	return "errno " + itoa(int(e))
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes written and
// an error, if any.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	for n < len(b) {
		m := runtime_write(f.fd, b[n:])
		if m == -4 { // EINTR
			continue
		}
		if m < 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: errnoErr(-m)}
		}
		n += m
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather than a slice of
// bytes.
//
//go:noinline
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read reads up to len(b) bytes from the File and stores them in b. At end of file, Read
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		m := runtime_read(f.fd, b)
		if m == -4 {
			continue
		}
		if m < 0 {
			return 0, &PathError{Op: "read", Path: f.name, Err: errnoErr(-m)}
		}
		if m == 0 {
			return 0, io.EOF
		}
		return m, nil
	}
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	r := runtime_close(f.fd)
	f.fd = -1
	if r < 0 {
		return &PathError{Op: "close", Path: f.name, Err: errnoErr(-r)}
	}
	return nil
}
