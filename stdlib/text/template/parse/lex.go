// Copyright: gocc authors. The lexer of text/template's action language, written for gocc
// after Go 1.19's behaviour (same tokens, positions, lines and error texts).

package parse

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// item is a token: its kind, its byte offset, its text and the line it starts on.
type item struct {
	typ  itemType
	pos  Pos
	val  string
	line int
}

func (i item) String() string {
	switch {
	case i.typ == itemEOF:
		return "EOF"
	case i.typ == itemError:
		return i.val
	case i.typ > itemKeyword:
		return fmt.Sprintf("<%s>", i.val)
	case len(i.val) > 10:
		return fmt.Sprintf("%.10q...", i.val)
	}
	return fmt.Sprintf("%q", i.val)
}

type itemType int

const (
	itemError        itemType = iota // the value is the error's text
	itemBool                         // true or false
	itemChar                         // any other printable ASCII character (',' for one)
	itemCharConstant                 // 'x'
	itemComment                      // /* ... */, only with ParseComments
	itemComplex                      // 1+2i
	itemAssign                       // =
	itemDeclare                      // :=
	itemEOF
	itemField      // .Name
	itemIdentifier // a function name
	itemLeftDelim  // {{
	itemLeftParen  // (
	itemNumber     // 12, 1.5, 0x1F, 3i
	itemPipe       // |
	itemRawString  // `raw`
	itemRightDelim // }}
	itemRightParen // )
	itemSpace      // a run of spaces inside an action
	itemString     // "quoted"
	itemText       // text outside actions
	itemVariable   // $, $x
	itemKeyword    // the keywords follow
	itemBlock
	itemBreak
	itemContinue
	itemDot
	itemDefine
	itemElse
	itemEnd
	itemIf
	itemNil
	itemRange
	itemTemplate
	itemWith
)

var keywords = map[string]itemType{
	".":        itemDot,
	"block":    itemBlock,
	"break":    itemBreak,
	"continue": itemContinue,
	"define":   itemDefine,
	"else":     itemElse,
	"end":      itemEnd,
	"if":       itemIf,
	"range":    itemRange,
	"nil":      itemNil,
	"template": itemTemplate,
	"with":     itemWith,
}

const (
	spaceChars = " \t\r\n"
	// A trim marker is '-' next to a delimiter with a space on its other side: "{{- " and " -}}".
	trimMarkerLen = Pos(2)
)

// lexer turns a template's text into items. It scans the whole input at once (Go's lexer
// runs in a goroutine that the parser pulls from; the items are the same) and stops after
// the first error item.
type lexer struct {
	input      string
	leftDelim  string
	rightDelim string
	comments   bool // emit itemComment
	breakOK    bool // "break" is the keyword, not a function
	continueOK bool
	pos        Pos // next byte to read
	start      Pos // start of the pending item
	line       int // line of pos
	startLine  int // line of start
	parens     int
	items      []item
	read       int // items handed to the parser
}

// nextItem returns the next item; after the last (EOF or an error) it returns that again.
func (l *lexer) nextItem() item {
	it := l.items[l.read]
	if l.read < len(l.items)-1 {
		l.read++
	}
	return it
}

func lex(input, left, right string, comments, breakOK, continueOK bool) *lexer {
	if left == "" {
		left = "{{"
	}
	if right == "" {
		right = "}}"
	}
	l := &lexer{input: input, leftDelim: left, rightDelim: right, comments: comments,
		breakOK: breakOK, continueOK: continueOK, line: 1, startLine: 1}
	l.run()
	return l
}

func (l *lexer) rest() string { return l.input[l.pos:] }

// next consumes one rune; -1 at the end.
func (l *lexer) next() rune {
	if int(l.pos) >= len(l.input) {
		l.pos = Pos(len(l.input)) + 1 // past the end: back() is then a no-op
		return -1
	}
	r, w := utf8.DecodeRuneInString(l.rest())
	l.pos += Pos(w)
	if r == '\n' {
		l.line++
	}
	return r
}

func (l *lexer) back() {
	if int(l.pos) > len(l.input) {
		l.pos = Pos(len(l.input))
		return
	}
	if l.pos == 0 {
		return
	}
	r, w := utf8.DecodeLastRuneInString(l.input[:l.pos])
	l.pos -= Pos(w)
	if r == '\n' {
		l.line--
	}
}

func (l *lexer) peek() rune {
	if int(l.pos) >= len(l.input) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(l.rest())
	return r
}

func (l *lexer) emit(t itemType) {
	l.items = append(l.items, item{t, l.start, l.input[l.start:l.pos], l.startLine})
	l.start, l.startLine = l.pos, l.line
}

// skip drops the pending text (counting its newlines when pos was moved without next).
func (l *lexer) skip() {
	l.line = l.startLine + strings.Count(l.input[l.start:l.pos], "\n")
	l.start, l.startLine = l.pos, l.line
}

func (l *lexer) fail(format string, args ...any) {
	l.items = append(l.items, item{itemError, l.start, fmt.Sprintf(format, args...), l.startLine})
}

func (l *lexer) accept(valid string) bool {
	if r := l.peek(); r >= 0 && strings.ContainsRune(valid, r) {
		l.next()
		return true
	}
	return false
}

func (l *lexer) acceptRun(valid string) {
	for l.accept(valid) {
	}
}

// run scans text and actions until the end or an error.
func (l *lexer) run() {
	for {
		if !l.text() {
			return
		}
		if !l.action() {
			return
		}
	}
}

// text scans up to the next left delimiter (emitting the text before it, trimmed if the
// delimiter has a trim marker) and reports whether an action follows.
func (l *lexer) text() bool {
	x := strings.Index(l.rest(), l.leftDelim)
	if x < 0 {
		l.pos = Pos(len(l.input))
		if l.pos > l.start {
			l.line = l.startLine + strings.Count(l.input[l.start:l.pos], "\n")
			l.emit(itemText)
		}
		l.emit(itemEOF)
		return false
	}
	delim := l.pos + Pos(x)
	end := delim
	if hasLeftTrimMarker(l.input[delim+Pos(len(l.leftDelim)):]) {
		end = Pos(len(strings.TrimRight(l.input[:delim], spaceChars)))
		if end < l.start {
			end = l.start
		}
	}
	if end > l.start {
		l.pos = end
		l.line = l.startLine + strings.Count(l.input[l.start:l.pos], "\n")
		l.emit(itemText)
	}
	l.pos = delim
	l.skip()
	return true
}

// action scans one action, from its left delimiter to its right one; false after an error.
func (l *lexer) action() bool {
	l.pos += Pos(len(l.leftDelim))
	trim := hasLeftTrimMarker(l.rest())
	after := Pos(0)
	if trim {
		after = trimMarkerLen
	}
	if strings.HasPrefix(l.input[l.pos+after:], "/*") {
		l.pos += after
		l.skip()
		return l.comment()
	}
	l.emit(itemLeftDelim)
	l.pos += after
	l.skip()
	l.parens = 0
	for {
		if atDelim, _ := l.atRightDelim(); atDelim {
			if l.parens != 0 {
				l.fail("unclosed left paren")
				return false
			}
			l.rightDelimiter()
			return true
		}
		if !l.insideAction() {
			return false
		}
	}
}

func (l *lexer) comment() bool {
	l.pos += 2
	i := strings.Index(l.rest(), "*/")
	if i < 0 {
		l.fail("unclosed comment")
		return false
	}
	l.pos += Pos(i + 2)
	delim, trim := l.atRightDelim()
	if !delim {
		l.fail("comment ends before closing delimiter")
		return false
	}
	if l.comments {
		l.emit(itemComment)
	}
	if trim {
		l.pos += trimMarkerLen
	}
	l.pos += Pos(len(l.rightDelim))
	if trim {
		l.pos += Pos(len(l.rest()) - len(strings.TrimLeft(l.rest(), spaceChars)))
	}
	l.skip()
	return true
}

// atRightDelim reports whether a right delimiter (with or without trim marker) starts at pos.
func (l *lexer) atRightDelim() (delim, trim bool) {
	if hasRightTrimMarker(l.rest()) && strings.HasPrefix(l.input[l.pos+trimMarkerLen:], l.rightDelim) {
		return true, true
	}
	return strings.HasPrefix(l.rest(), l.rightDelim), false
}

func (l *lexer) rightDelimiter() {
	trim := hasRightTrimMarker(l.rest())
	if trim {
		l.pos += trimMarkerLen
		l.skip()
	}
	l.pos += Pos(len(l.rightDelim))
	l.emit(itemRightDelim)
	if trim {
		l.pos += Pos(len(l.rest()) - len(strings.TrimLeft(l.rest(), spaceChars)))
		l.skip()
	}
}

// insideAction scans one item inside an action; false after an error.
func (l *lexer) insideAction() bool {
	r := l.next()
	switch {
	case r < 0:
		l.fail("unclosed action")
		return false
	case isSpace(r):
		l.back()
		return l.space()
	case r == '=':
		l.emit(itemAssign)
	case r == ':':
		if l.next() != '=' {
			l.fail("expected :=")
			return false
		}
		l.emit(itemDeclare)
	case r == '|':
		l.emit(itemPipe)
	case r == '"':
		return l.quoted('"', itemString, "unterminated quoted string")
	case r == '`':
		return l.raw()
	case r == '$':
		return l.fieldOrVariable(itemVariable)
	case r == '\'':
		return l.quoted('\'', itemCharConstant, "unterminated character constant")
	case r == '.' && !(l.peek() >= '0' && l.peek() <= '9'):
		return l.fieldOrVariable(itemField)
	case r == '.' || r == '+' || r == '-' || ('0' <= r && r <= '9'):
		l.back()
		return l.number()
	case isAlphaNumeric(r):
		l.back()
		return l.identifier()
	case r == '(':
		l.emit(itemLeftParen)
		l.parens++
	case r == ')':
		l.emit(itemRightParen)
		l.parens--
		if l.parens < 0 {
			l.fail("unexpected right paren %#U", r)
			return false
		}
	case r <= unicode.MaxASCII && unicode.IsPrint(r):
		l.emit(itemChar)
	default:
		l.fail("unrecognized character in action: %#U", r)
		return false
	}
	return true
}

// space scans a run of spaces. A single space before " -}}" is the trim marker's own.
func (l *lexer) space() bool {
	n := 0
	for isSpace(l.peek()) {
		l.next()
		n++
	}
	if hasRightTrimMarker(l.input[l.pos-1:]) && strings.HasPrefix(l.input[l.pos-1+trimMarkerLen:], l.rightDelim) {
		l.back()
		if n == 1 {
			return true // the delimiter comes next
		}
	}
	l.emit(itemSpace)
	return true
}

func (l *lexer) identifier() bool {
	for isAlphaNumeric(l.peek()) {
		l.next()
	}
	word := l.input[l.start:l.pos]
	if !l.atTerminator() {
		l.next()
		l.fail("bad character %#U", l.lastRune())
		return false
	}
	kw := keywords[word]
	switch {
	case kw > itemKeyword:
		if kw == itemBreak && !l.breakOK || kw == itemContinue && !l.continueOK {
			kw = itemIdentifier
		}
		l.emit(kw)
	case word == "true" || word == "false":
		l.emit(itemBool)
	default:
		l.emit(itemIdentifier)
	}
	return true
}

func (l *lexer) lastRune() rune {
	r, _ := utf8.DecodeLastRuneInString(l.input[:l.pos])
	return r
}

// fieldOrVariable scans the rest of ".Name" or "$name" ('.' or '$' is consumed); a lone '.'
// is the dot and a lone '$' the variable $.
func (l *lexer) fieldOrVariable(typ itemType) bool {
	if l.atTerminator() {
		if typ == itemField {
			typ = itemDot
		}
		l.emit(typ)
		return true
	}
	for isAlphaNumeric(l.peek()) {
		l.next()
	}
	if !l.atTerminator() {
		r := l.next()
		l.fail("bad character %#U", r)
		return false
	}
	l.emit(typ)
	return true
}

// atTerminator reports whether the next rune can follow a word.
func (l *lexer) atTerminator() bool {
	r := l.peek()
	if isSpace(r) {
		return true
	}
	switch r {
	case -1, '.', ',', '|', ':', ')', '(':
		return true
	}
	return strings.HasPrefix(l.rest(), l.rightDelim)
}

// quoted scans a "string" or 'c' whose opening quote is consumed.
func (l *lexer) quoted(quote rune, typ itemType, unterminated string) bool {
	for {
		r := l.next()
		if r == '\\' {
			r = l.next()
			if r >= 0 && r != '\n' {
				continue
			}
		}
		if r < 0 || r == '\n' {
			l.fail("%s", unterminated)
			return false
		}
		if r == quote {
			l.emit(typ)
			return true
		}
	}
}

func (l *lexer) raw() bool {
	for {
		switch l.next() {
		case -1:
			l.fail("unterminated raw quoted string")
			return false
		case '`':
			l.emit(itemRawString)
			return true
		}
	}
}

func (l *lexer) number() bool {
	if !l.scanNumber() {
		l.fail("bad number syntax: %q", l.input[l.start:l.pos])
		return false
	}
	if sign := l.peek(); sign == '+' || sign == '-' {
		if !l.scanNumber() || l.input[l.pos-1] != 'i' {
			l.fail("bad number syntax: %q", l.input[l.start:l.pos])
			return false
		}
		l.emit(itemComplex)
		return true
	}
	l.emit(itemNumber)
	return true
}

// scanNumber scans a Go number literal (any base, '_' separators, exponent, 'i' suffix);
// false if a letter or digit follows it.
func (l *lexer) scanNumber() bool {
	l.accept("+-")
	digits, exp := "0123456789_", "eE"
	if l.accept("0") {
		switch {
		case l.accept("xX"):
			digits, exp = "0123456789abcdefABCDEF_", "pP"
		case l.accept("oO"):
			digits, exp = "01234567_", ""
		case l.accept("bB"):
			digits, exp = "01_", ""
		}
	}
	l.acceptRun(digits)
	if l.accept(".") {
		l.acceptRun(digits)
	}
	if exp != "" && l.accept(exp) {
		l.accept("+-")
		l.acceptRun("0123456789_")
	}
	l.accept("i")
	if isAlphaNumeric(l.peek()) {
		l.next()
		return false
	}
	return true
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\r' || r == '\n' }

func isAlphaNumeric(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func hasLeftTrimMarker(s string) bool  { return len(s) >= 2 && s[0] == '-' && isSpace(rune(s[1])) }
func hasRightTrimMarker(s string) bool { return len(s) >= 2 && isSpace(rune(s[0])) && s[1] == '-' }
