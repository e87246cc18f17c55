// Package os for gocc: the portable core of Go 1.19's os API. Implemented (runtime.go, over
// runtime hooks in runtime/hooks_os.c): Args, Exit, Getenv, LookupEnv, Stdin/Stdout/Stderr
// and File.Write/WriteString/Read/Name/Fd/Close, the error values. Functions still declared
// without a body here are hooks not implemented yet: a program that calls one fails to link.
// Processes (Process, ProcAttr, ProcessState, StartProcess, FindProcess) are not
// declared. tests/stdlib/verify.go checks every exported declaration against the
// real package (linux, for the platform-dependent constants).

package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// Args hold the command-line arguments, starting with the program name.

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.

// Portable analogs of some common system call errors.
var (
	// ErrInvalid indicates an invalid argument.
	// Methods on File will return this error when the receiver is nil.
	ErrInvalid = errors.New("invalid argument")

	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")

	ErrNoDeadline             = errors.New("file type does not support deadline")
	ErrDeadlineExceeded error = &deadlineExceededError{}
)

type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

// ErrProcessDone indicates a Process has finished.
var ErrProcessDone = errors.New("os: process already finished")

// Flags to OpenFile wrapping those of the underlying system (linux values).
const (
	// Exactly one of O_RDONLY, O_WRONLY, or O_RDWR must be specified.
	O_RDONLY int = 0x0 // open the file read-only.
	O_WRONLY int = 0x1 // open the file write-only.
	O_RDWR   int = 0x2 // open the file read-write.
	// The remaining values may be or'ed in to control behavior.
	O_APPEND int = 0x400    // append data to the file when writing.
	O_CREATE int = 0x40     // create a new file if none exists.
	O_EXCL   int = 0x80     // used with O_CREATE, file must not exist.
	O_SYNC   int = 0x101000 // open for synchronous I/O.
	O_TRUNC  int = 0x200    // truncate regular writable file when opened.
)

// Seek whence values.
//
// Deprecated: Use io.SeekStart, io.SeekCurrent, and io.SeekEnd.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's “null device.”
const DevNull = "/dev/null"

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// A DirEntry is an entry read from a directory.
type DirEntry = fs.DirEntry

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        = fs.ModeDir        // d: is a directory
	ModeAppend     = fs.ModeAppend     // a: append-only
	ModeExclusive  = fs.ModeExclusive  // l: exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary file; Plan 9 only
	ModeSymlink    = fs.ModeSymlink    // L: symbolic link
	ModeDevice     = fs.ModeDevice     // D: device file
	ModeNamedPipe  = fs.ModeNamedPipe  // p: named pipe (FIFO)
	ModeSocket     = fs.ModeSocket     // S: Unix domain socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: Unix character device, when ModeDevice is set
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: non-regular file; nothing else is known about this file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = fs.ModeType

	ModePerm = fs.ModePerm // Unix permission bits, 0o777
)

// File represents an open file descriptor.
type File struct {
	*file // os specific
}

// file is the real representation of *File (simplified: the poll.FD of the
// real package is reduced to its descriptor).
type file struct {
	fd          int
	name        string
	dirinfo     *dirInfo // nil unless directory being read
	nonblock    bool     // whether we set nonblocking mode
	stdoutOrErr bool     // whether this is stdout or stderr
	appendMode  bool     // whether file is opened for appending
}

// dirInfo is the state of a directory being read.
type dirInfo struct {
	buf  *[]byte // buffer for directory I/O
	nbuf int     // length of buf; return value from Getdirentries
	bufp int     // location of next record in buf.
}

func (f *File) Chdir() error
func (f *File) Chmod(mode FileMode) error
func (f *File) Chown(uid, gid int) error
func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) ReadDir(n int) ([]DirEntry, error)
func (f *File) ReadFrom(r io.Reader) (n int64, err error)
func (f *File) Readdir(n int) ([]FileInfo, error)
func (f *File) Readdirnames(n int) (names []string, err error)
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) SetDeadline(t time.Time) error
func (f *File) SetReadDeadline(t time.Time) error
func (f *File) SetWriteDeadline(t time.Time) error
func (f *File) Stat() (FileInfo, error)
func (f *File) Sync() error
func (f *File) SyscallConn() (syscall.RawConn, error)
func (f *File) Truncate(size int64) error
func (f *File) WriteAt(b []byte, off int64) (n int, err error)

// LinkError records an error during a link or symlink or rename
// system call and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string
func (e *LinkError) Unwrap() error

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string
func (e *SyscallError) Unwrap() error
func (e *SyscallError) Timeout() bool

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The only signal values guaranteed to be present in the os package on all
// systems are os.Interrupt (send the process an interrupt) and os.Kill (force
// the process to exit).
var (
	Interrupt Signal
	Kill      Signal
)

// Program exit and environment.
func Setenv(key, value string) error
func Unsetenv(key string) error
func Clearenv()
func Environ() []string
func Expand(s string, mapping func(string) string) string
func ExpandEnv(s string) string
func Executable() (string, error)
func Hostname() (name string, err error)
func Getpagesize() int
func Getpid() int
func Getppid() int
func Getuid() int
func Geteuid() int
func Getgid() int
func Getegid() int
func Getgroups() ([]int, error)

// Files and directories.
func Create(name string) (*File, error)
func Open(name string) (*File, error)
func OpenFile(name string, flag int, perm FileMode) (*File, error)
func Pipe() (r *File, w *File, err error)
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func ReadDir(name string) ([]DirEntry, error)
func DirFS(dir string) fs.FS
func Stat(name string) (FileInfo, error)
func Lstat(name string) (FileInfo, error)
func SameFile(fi1, fi2 FileInfo) bool
func Mkdir(name string, perm FileMode) error
func MkdirAll(path string, perm FileMode) error
func MkdirTemp(dir, pattern string) (string, error)
func CreateTemp(dir, pattern string) (*File, error)
func TempDir() string
func UserCacheDir() (string, error)
func UserConfigDir() (string, error)
func UserHomeDir() (string, error)
func Getwd() (dir string, err error)
func Chdir(dir string) error
func Chmod(name string, mode FileMode) error
func Chown(name string, uid, gid int) error
func Lchown(name string, uid, gid int) error
func Chtimes(name string, atime time.Time, mtime time.Time) error
func Truncate(name string, size int64) error
func Remove(name string) error
func RemoveAll(path string) error
func Rename(oldpath, newpath string) error
func Link(oldname, newname string) error
func Symlink(oldname, newname string) error
func Readlink(name string) (string, error)
func IsPathSeparator(c uint8) bool

// Errors.
func NewSyscallError(syscall string, err error) error
func IsExist(err error) bool
func IsNotExist(err error) bool
func IsPermission(err error) bool
func IsTimeout(err error) bool
