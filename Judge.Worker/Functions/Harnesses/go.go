// The judge's harness for a function-style problem (docs/function-problems.md), generated from
// Judge.Worker/Harnesses/go.go and compiled with the candidate's {{solution_file}} (package main).
// It reads the arguments from stdin (one JSON value per line), calls the function once and writes the
// return value (a void function's in-place argument after the call) as one JSON value to {{result_path}};
// for a design problem, it makes the calls of the test and writes one JSON array of their results.
// The candidate's own prints stay on stdout. Every package-level name declared here, imports included,
// starts with "judge", so none clashes with the candidate's (main's locals, argN and result, only shadow),
// but LeetCode's ListNode and TreeNode, declared only when the signature uses them.
package main

import (
	judgeBufio "bufio"
	judgeBytes "bytes"
	judgeIo "io"
	judgeMath "math"
	judgeOs "os"
	judgeStrconv "strconv"
	judgeSyscall "syscall"
	judgeUtf8 "unicode/utf8"
)
{{#function}}

func main() {
	judgeLoad()
	{{read_arguments}}
	judgeEnd()
	// Typed, so a function with another signature fails to compile here (in main.go). A void function's judged
	// value is its in-place argument after the call.
	{{when_value}}var result {{return_type}} = {{function}}({{arguments}})
	{{when_void}}{{function}}({{arguments}})
	judgeOpen()
	judgeWrite{{return_kind}}({{judged}})
	judgeClose()
}
{{/function}}

// ---- Reading: a byte-level JSON reader for the signature's types, over all of stdin. ----

var judgeComma = []byte{','}

var (
	judgeIn   []byte // all of stdin
	judgePos  int    // next byte of judgeIn
	judgeLine = 1    // judgePos's line, for messages
	judgeName string // the parameter being read, for messages
)

// judgeLoad reads all of stdin. In the sandbox stdin is a regular file: it is taken whole from its
// start (so even an init function of the candidate's that read it does not take it away), mapped with
// all its pages at once (MAP_POPULATE): reading it into a buffer would copy it and fault in each of the
// buffer's pages, which cost a 10 MB argument more than parsing it does.
func judgeLoad() {
	if info, err := judgeOs.Stdin.Stat(); err == nil && info.Mode().IsRegular() {
		if size := info.Size(); size > 0 && size == int64(int(size)) {
			data, err := judgeSyscall.Mmap(int(judgeOs.Stdin.Fd()), 0, int(size), judgeSyscall.PROT_READ, judgeSyscall.MAP_PRIVATE|judgeSyscall.MAP_POPULATE)
			if err == nil {
				judgeIn = data
				return
			}
		}
		buffer := make([]byte, info.Size())
		n, err := judgeOs.Stdin.ReadAt(buffer, 0)
		if err != nil && err != judgeIo.EOF {
			judgeDie("cannot read stdin: " + err.Error())
		}
		judgeIn = buffer[:n]
		return
	}
	buffer, err := judgeIo.ReadAll(judgeOs.Stdin)
	if err != nil {
		judgeDie("cannot read stdin: " + err.Error())
	}
	judgeIn = buffer
}

func judgeDie(message string) {
	judgeOs.Stderr.WriteString("judge harness: " + message + "\n")
	judgeOs.Exit(1)
}

func judgeFail(message string) {
	judgeDie("argument " + judgeName + " (line " + judgeStrconv.Itoa(judgeLine) + "): " + message)
}

// judgeBegin skips blank lines up to the next argument's line.
func judgeBegin(name string) {
	judgeName = name
	for judgePos < len(judgeIn) {
		switch judgeIn[judgePos] {
		case '\n':
			judgeLine++
		case ' ', '\t', '\r':
		default:
			return
		}
		judgePos++
	}
	judgeFail("missing (the input has fewer lines than parameters)")
}

// judgeFinish checks that only spaces follow the value on its line.
func judgeFinish() {
	judgeSpaces()
	if judgePos < len(judgeIn) {
		if judgeIn[judgePos] != '\n' {
			judgeFail("unexpected " + judgeWhat() + " after the value (one value per line)")
		}
		judgePos++
		judgeLine++
	}
}

// judgeEnd checks that nothing but blank lines follows the last argument.
func judgeEnd() {
	for ; judgePos < len(judgeIn); judgePos++ {
		switch judgeIn[judgePos] {
		case '\n':
			judgeLine++
		case ' ', '\t', '\r':
		default:
			judgeDie("line " + judgeStrconv.Itoa(judgeLine) + ": unexpected text after the last argument")
		}
	}
}

// judgeSpaces skips spaces inside a line (a value never spans lines).
func judgeSpaces() {
	for judgePos < len(judgeIn) {
		switch judgeIn[judgePos] {
		case ' ', '\t', '\r':
			judgePos++
		default:
			return
		}
	}
}

func judgePeek() byte {
	if judgePos < len(judgeIn) {
		return judgeIn[judgePos]
	}
	return 0
}

// judgeWhat names the next byte for a message.
func judgeWhat() string {
	switch c := judgePeek(); {
	case judgePos >= len(judgeIn):
		return "end of input"
	case c == '\n':
		return "end of line"
	case c >= 0x21 && c < 0x7f:
		return "'" + string(rune(c)) + "'"
	default:
		return "byte 0x" + judgeStrconv.FormatUint(uint64(c), 16)
	}
}

func judgeExpect(c byte, what string) {
	if judgePeek() != c || judgePos >= len(judgeIn) {
		judgeFail("expected " + what + ", found " + judgeWhat())
	}
	judgePos++
}

// judgeInteger reads a JSON integer in [lowest, highest].
func judgeInteger(lowest, highest int64, what string) int64 {
	negative := judgePeek() == '-'
	if negative {
		judgePos++
	}
	var magnitude uint64
	digits := 0
	for judgePos < len(judgeIn) {
		d := judgeIn[judgePos] - '0'
		if d > 9 {
			break
		}
		if digits < 19 { // 19 digits always fit in a uint64
			magnitude = magnitude*10 + uint64(d)
		}
		digits++
		judgePos++
	}
	if digits == 0 {
		judgeFail("expected " + what + ", found " + judgeWhat())
	}
	if c := judgePeek(); c == '.' || c == 'e' || c == 'E' {
		judgeFail("expected " + what + ", found a number with a fraction or an exponent")
	}
	if negative {
		if digits > 19 || magnitude > uint64(-(lowest+1))+1 {
			judgeFail("out of the range of " + what)
		}
		return -int64(magnitude-1) - 1
	}
	if digits > 19 || magnitude > uint64(highest) {
		judgeFail("out of the range of " + what)
	}
	return int64(magnitude)
}

func judgeInt() int {
	return int(judgeInteger(judgeMath.MinInt32, judgeMath.MaxInt32, "a 32-bit integer"))
}

func judgeLong() int64 {
	return judgeInteger(judgeMath.MinInt64, judgeMath.MaxInt64, "a 64-bit integer")
}

// judgePowers are the powers of ten a double holds exactly.
var judgePowers = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// judgeDouble reads a JSON number. When its digits fit in 53 bits and its power of ten in 10^±22,
// one exact multiplication or division rounds it correctly (Clinger's fast path); otherwise strconv does.
func judgeDouble() float64 {
	start := judgePos
	negative := judgePeek() == '-'
	if negative {
		judgePos++
	}
	var mantissa uint64
	significant, exponent, integerDigits, fractionDigits := 0, 0, 0, 0
	digit := func(fraction bool) bool {
		d := judgeIn[judgePos] - '0'
		if d > 9 {
			return false
		}
		if mantissa != 0 || d != 0 {
			significant++
			if significant <= 19 {
				mantissa = mantissa*10 + uint64(d)
			} else if !fraction {
				exponent++ // a dropped integer digit: mantissa * 10 is not exact, the slow path takes it
			}
		}
		if fraction && significant <= 19 {
			exponent--
		}
		judgePos++
		return true
	}
	for judgePos < len(judgeIn) && digit(false) {
		integerDigits++
	}
	if integerDigits == 0 {
		judgeFail("expected a number, found " + judgeWhat())
	}
	if judgePeek() == '.' {
		judgePos++
		for judgePos < len(judgeIn) && digit(true) {
			fractionDigits++
		}
		if fractionDigits == 0 {
			judgeFail("expected a digit after '.', found " + judgeWhat())
		}
	}
	if c := judgePeek(); c == 'e' || c == 'E' {
		judgePos++
		sign := 1
		if c := judgePeek(); c == '+' || c == '-' {
			if c == '-' {
				sign = -1
			}
			judgePos++
		}
		value, digits := 0, 0
		for judgePos < len(judgeIn) && judgeIn[judgePos]-'0' <= 9 {
			if value < 100000 {
				value = value*10 + int(judgeIn[judgePos]-'0')
			}
			digits++
			judgePos++
		}
		if digits == 0 {
			judgeFail("expected a digit in the exponent, found " + judgeWhat())
		}
		exponent += sign * value
	}
	if significant <= 19 && mantissa < 1<<53 && exponent >= -22 && exponent <= 22 {
		value := float64(mantissa)
		if exponent < 0 {
			value /= judgePowers[-exponent]
		} else {
			value *= judgePowers[exponent]
		}
		if negative {
			value = -value
		}
		return value
	}
	value, err := judgeStrconv.ParseFloat(string(judgeIn[start:judgePos]), 64)
	if err != nil && (judgeMath.IsInf(value, 0) || err.(*judgeStrconv.NumError).Err != judgeStrconv.ErrRange) {
		judgeFail("out of the range of a double")
	}
	return value
}

func judgeBool() bool {
	if judgePos+4 <= len(judgeIn) && string(judgeIn[judgePos:judgePos+4]) == "true" {
		judgePos += 4
		return true
	}
	if judgePos+5 <= len(judgeIn) && string(judgeIn[judgePos:judgePos+5]) == "false" {
		judgePos += 5
		return false
	}
	judgeFail("expected true or false, found " + judgeWhat())
	return false
}

// judgeChar reads a char: a JSON string of one character, an ASCII byte in Go.
func judgeChar() byte {
	text := judgeString()
	if len(text) != 1 || text[0] >= 0x80 {
		judgeFail("expected a string of one ASCII character, found " + judgeStrconv.Quote(text))
	}
	return text[0]
}

func judgeHex4() rune {
	if judgePos+4 > len(judgeIn) {
		judgeFail("expected 4 hexadecimal digits after \\u")
	}
	var r rune
	for _, c := range judgeIn[judgePos : judgePos+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			judgeFail("expected 4 hexadecimal digits after \\u")
		}
	}
	judgePos += 4
	return r
}

// judgeString reads a JSON string: UTF-8 as is, escapes decoded (a \u surrogate pair to its
// character, a lone surrogate to U+FFFD, which a Go string cannot otherwise hold as UTF-8).
func judgeString() string {
	judgeExpect('"', "a string")
	start := judgePos
	for judgePos < len(judgeIn) {
		c := judgeIn[judgePos]
		if c == '"' {
			judgePos++
			return string(judgeIn[start : judgePos-1])
		}
		if c == '\\' || c < 0x20 {
			break
		}
		judgePos++
	}
	text := append([]byte(nil), judgeIn[start:judgePos]...)
	for {
		if judgePos >= len(judgeIn) || judgeIn[judgePos] == '\n' {
			judgeFail("the string does not end on its line")
		}
		c := judgeIn[judgePos]
		judgePos++
		switch {
		case c == '"':
			return string(text)
		case c < 0x20:
			judgeFail("a control character (byte 0x" + judgeStrconv.FormatUint(uint64(c), 16) + ") in a string must be escaped")
		case c != '\\':
			text = append(text, c)
		default:
			escape := judgePeek()
			judgePos++
			switch escape {
			case '"', '\\', '/':
				text = append(text, escape)
			case 'b':
				text = append(text, '\b')
			case 'f':
				text = append(text, '\f')
			case 'n':
				text = append(text, '\n')
			case 'r':
				text = append(text, '\r')
			case 't':
				text = append(text, '\t')
			case 'u':
				r := judgeHex4()
				if r >= 0xD800 && r < 0xDC00 && judgePos+6 <= len(judgeIn) && judgeIn[judgePos] == '\\' && judgeIn[judgePos+1] == 'u' {
					save := judgePos
					judgePos += 2
					if low := judgeHex4(); low >= 0xDC00 && low < 0xE000 {
						r = 0x10000 + (r-0xD800)<<10 + (low - 0xDC00)
					} else {
						judgePos = save
					}
				}
				text = judgeUtf8.AppendRune(text, r) // a lone surrogate becomes U+FFFD
			default:
				judgePos--
				judgeFail("unknown escape \\" + judgeWhat() + " in a string")
			}
		}
	}
}

// judgeArray reads a JSON array of elements (never nil: [] is an empty slice). An array of numbers or
// booleans (scalar) holds no brackets and no commas but its separators: it is allocated once, at its
// size, so 10^6 ints cost one allocation and no garbage to collect.
func judgeArray[T any](element func() T, scalar bool) []T {
	judgeExpect('[', "an array")
	size := 0
	if scalar {
		size = judgeCount()
	}
	values := make([]T, 0, size)
	judgeSpaces()
	if judgePeek() == ']' {
		judgePos++
		return values
	}
	for {
		judgeSpaces()
		values = append(values, element())
		judgeSpaces()
		switch judgePeek() {
		case ',':
			judgePos++
		case ']':
			judgePos++
			return values
		default:
			judgeFail("expected ',' or ']' in an array, found " + judgeWhat())
		}
	}
}

// judgeCount is the number of elements of the array just opened when none of them holds a comma (numbers,
// booleans, null): the commas before the next ']', plus one.
func judgeCount() int {
	if end := judgeBytes.IndexByte(judgeIn[judgePos:], ']'); end >= 0 {
		return judgeBytes.Count(judgeIn[judgePos:judgePos+end], judgeComma) + 1
	}
	return 0
}

func judgeIntArray() []int              { return judgeArray(judgeInt, true) }
func judgeLongArray() []int64           { return judgeArray(judgeLong, true) }
func judgeDoubleArray() []float64       { return judgeArray(judgeDouble, true) }
func judgeBoolArray() []bool            { return judgeArray(judgeBool, true) }
func judgeStringArray() []string        { return judgeArray(judgeString, false) }
func judgeCharArray() []byte            { return judgeArray(judgeChar, false) }
func judgeIntArray2D() [][]int          { return judgeArray(judgeIntArray, false) }
func judgeLongArray2D() [][]int64       { return judgeArray(judgeLongArray, false) }
func judgeDoubleArray2D() [][]float64   { return judgeArray(judgeDoubleArray, false) }
func judgeBoolArray2D() [][]bool        { return judgeArray(judgeBoolArray, false) }
func judgeStringArray2D() [][]string    { return judgeArray(judgeStringArray, false) }
func judgeCharArray2D() [][]byte        { return judgeArray(judgeCharArray, false) }
func judgeIntArray3D() [][][]int        { return judgeArray(judgeIntArray2D, false) }
func judgeLongArray3D() [][][]int64     { return judgeArray(judgeLongArray2D, false) }
func judgeDoubleArray3D() [][][]float64 { return judgeArray(judgeDoubleArray2D, false) }
func judgeBoolArray3D() [][][]bool      { return judgeArray(judgeBoolArray2D, false) }
func judgeStringArray3D() [][][]string  { return judgeArray(judgeStringArray2D, false) }
func judgeCharArray3D() [][][]byte      { return judgeArray(judgeCharArray2D, false) }

// judgeRead reads one argument: the whole value on its own line.
func judgeRead[T any](name string, value func() T) T {
	judgeBegin(name)
	v := value()
	judgeFinish()
	return v
}

func judgeReadInt(name string) int                     { return judgeRead(name, judgeInt) }
func judgeReadLong(name string) int64                  { return judgeRead(name, judgeLong) }
func judgeReadDouble(name string) float64              { return judgeRead(name, judgeDouble) }
func judgeReadBool(name string) bool                   { return judgeRead(name, judgeBool) }
func judgeReadString(name string) string               { return judgeRead(name, judgeString) }
func judgeReadChar(name string) byte                   { return judgeRead(name, judgeChar) }
func judgeReadIntArray(name string) []int              { return judgeRead(name, judgeIntArray) }
func judgeReadLongArray(name string) []int64           { return judgeRead(name, judgeLongArray) }
func judgeReadDoubleArray(name string) []float64       { return judgeRead(name, judgeDoubleArray) }
func judgeReadBoolArray(name string) []bool            { return judgeRead(name, judgeBoolArray) }
func judgeReadStringArray(name string) []string        { return judgeRead(name, judgeStringArray) }
func judgeReadCharArray(name string) []byte            { return judgeRead(name, judgeCharArray) }
func judgeReadIntArray2D(name string) [][]int          { return judgeRead(name, judgeIntArray2D) }
func judgeReadLongArray2D(name string) [][]int64       { return judgeRead(name, judgeLongArray2D) }
func judgeReadDoubleArray2D(name string) [][]float64   { return judgeRead(name, judgeDoubleArray2D) }
func judgeReadBoolArray2D(name string) [][]bool        { return judgeRead(name, judgeBoolArray2D) }
func judgeReadStringArray2D(name string) [][]string    { return judgeRead(name, judgeStringArray2D) }
func judgeReadCharArray2D(name string) [][]byte        { return judgeRead(name, judgeCharArray2D) }
func judgeReadIntArray3D(name string) [][][]int        { return judgeRead(name, judgeIntArray3D) }
func judgeReadLongArray3D(name string) [][][]int64     { return judgeRead(name, judgeLongArray3D) }
func judgeReadDoubleArray3D(name string) [][][]float64 { return judgeRead(name, judgeDoubleArray3D) }
func judgeReadBoolArray3D(name string) [][][]bool      { return judgeRead(name, judgeBoolArray3D) }
func judgeReadStringArray3D(name string) [][][]string  { return judgeRead(name, judgeStringArray3D) }
func judgeReadCharArray3D(name string) [][][]byte      { return judgeRead(name, judgeCharArray3D) }

// ---- Writing the return value as JSON to the result file, buffered. ----

var (
	judgeFile *judgeOs.File
	judgeOut  *judgeBufio.Writer
)

func judgeOpen() {
	file, err := judgeOs.OpenFile("{{result_path}}", judgeOs.O_WRONLY|judgeOs.O_CREATE|judgeOs.O_TRUNC, 0o644)
	if err != nil {
		judgeDie("cannot open the result file: " + err.Error())
	}
	judgeFile, judgeOut = file, judgeBufio.NewWriterSize(file, 1<<16)
}

func judgeClose() {
	if err := judgeOut.Flush(); err != nil {
		judgeDie("cannot write the result: " + err.Error())
	}
	if err := judgeFile.Close(); err != nil {
		judgeDie("cannot write the result: " + err.Error())
	}
}

func judgeWriteInt(v int) {
	judgeOut.Write(judgeStrconv.AppendInt(judgeOut.AvailableBuffer(), int64(v), 10))
}

func judgeWriteLong(v int64) {
	judgeOut.Write(judgeStrconv.AppendInt(judgeOut.AvailableBuffer(), v, 10))
}

// judgeWriteDouble writes the shortest form that reads back to the same double; NaN and the
// infinities as the contract spells them (JSON has no such numbers).
func judgeWriteDouble(v float64) {
	switch {
	case v != v:
		judgeOut.WriteString("NaN")
	case judgeMath.IsInf(v, 1):
		judgeOut.WriteString("Infinity")
	case judgeMath.IsInf(v, -1):
		judgeOut.WriteString("-Infinity")
	default:
		judgeOut.Write(judgeStrconv.AppendFloat(judgeOut.AvailableBuffer(), v, 'g', -1, 64))
	}
}

// judgeWriteChar writes a char as a JSON string of one character.
func judgeWriteChar(v byte) {
	judgeWriteString(string(rune(v)))
}

func judgeWriteBool(v bool) {
	if v {
		judgeOut.WriteString("true")
	} else {
		judgeOut.WriteString("false")
	}
}

// judgeWriteString writes a JSON string: '"', '\' and control characters escaped, every other byte as
// it is. Bytes that are not UTF-8 (a string reversed byte by byte) are not repaired: the checker reads
// them as a string that is not valid Unicode, a wrong answer that says so.
func judgeWriteString(s string) {
	const hex = "0123456789abcdef"
	judgeOut.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			i++
			continue
		}
		judgeOut.WriteString(s[start:i])
		switch c {
		case '"':
			judgeOut.WriteString(`\"`)
		case '\\':
			judgeOut.WriteString(`\\`)
		case '\n':
			judgeOut.WriteString(`\n`)
		case '\r':
			judgeOut.WriteString(`\r`)
		case '\t':
			judgeOut.WriteString(`\t`)
		case '\b':
			judgeOut.WriteString(`\b`)
		case '\f':
			judgeOut.WriteString(`\f`)
		default:
			judgeOut.WriteString(`\u00`)
			judgeOut.WriteByte(hex[c>>4])
			judgeOut.WriteByte(hex[c&15])
		}
		i++
		start = i
	}
	judgeOut.WriteString(s[start:])
	judgeOut.WriteByte('"')
}

// judgeWriteArray writes a slice as a JSON array. A nil slice is written as [], not null: Go has no
// null array distinct from an empty one (len(nil) == 0, append and range accept nil), and
// `var result []int` returned as is is the idiomatic empty result, which the contract's null (a
// missing value, WRONG_ANSWER) would misjudge.
func judgeWriteArray[T any](values []T, element func(T)) {
	judgeOut.WriteByte('[')
	for i, v := range values {
		if i > 0 {
			judgeOut.WriteByte(',')
		}
		element(v)
	}
	judgeOut.WriteByte(']')
}

func judgeWriteIntArray(v []int)              { judgeWriteArray(v, judgeWriteInt) }
func judgeWriteLongArray(v []int64)           { judgeWriteArray(v, judgeWriteLong) }
func judgeWriteDoubleArray(v []float64)       { judgeWriteArray(v, judgeWriteDouble) }
func judgeWriteBoolArray(v []bool)            { judgeWriteArray(v, judgeWriteBool) }
func judgeWriteStringArray(v []string)        { judgeWriteArray(v, judgeWriteString) }
func judgeWriteCharArray(v []byte)            { judgeWriteArray(v, judgeWriteChar) }
func judgeWriteIntArray2D(v [][]int)          { judgeWriteArray(v, judgeWriteIntArray) }
func judgeWriteLongArray2D(v [][]int64)       { judgeWriteArray(v, judgeWriteLongArray) }
func judgeWriteDoubleArray2D(v [][]float64)   { judgeWriteArray(v, judgeWriteDoubleArray) }
func judgeWriteBoolArray2D(v [][]bool)        { judgeWriteArray(v, judgeWriteBoolArray) }
func judgeWriteStringArray2D(v [][]string)    { judgeWriteArray(v, judgeWriteStringArray) }
func judgeWriteCharArray2D(v [][]byte)        { judgeWriteArray(v, judgeWriteCharArray) }
func judgeWriteIntArray3D(v [][][]int)        { judgeWriteArray(v, judgeWriteIntArray2D) }
func judgeWriteLongArray3D(v [][][]int64)     { judgeWriteArray(v, judgeWriteLongArray2D) }
func judgeWriteDoubleArray3D(v [][][]float64) { judgeWriteArray(v, judgeWriteDoubleArray2D) }
func judgeWriteBoolArray3D(v [][][]bool)      { judgeWriteArray(v, judgeWriteBoolArray2D) }
func judgeWriteStringArray3D(v [][][]string)  { judgeWriteArray(v, judgeWriteStringArray2D) }
func judgeWriteCharArray3D(v [][][]byte)      { judgeWriteArray(v, judgeWriteCharArray2D) }

// ---- Lists and trees: LeetCode's types, read and written in their wire forms. ----

// judgeMaxNodes cuts a returned list (or tree) with a cycle: it then differs from any answer.
const judgeMaxNodes = 1_000_001

{{#ListNode}}
type ListNode struct {
	Val  int
	Next *ListNode
}

// judgeListNode reads a list: the JSON array of its values, [] the nil list. Its nodes are allocated at once.
func judgeListNode() *ListNode {
	values := judgeIntArray()
	if len(values) == 0 {
		return nil
	}
	nodes := make([]ListNode, len(values))
	for i, v := range values {
		nodes[i].Val = v
		if i+1 < len(nodes) {
			nodes[i].Next = &nodes[i+1]
		}
	}
	return &nodes[0]
}

func judgeListNodeArray() []*ListNode                { return judgeArray(judgeListNode, false) }
func judgeReadListNode(name string) *ListNode        { return judgeRead(name, judgeListNode) }
func judgeReadListNodeArray(name string) []*ListNode { return judgeRead(name, judgeListNodeArray) }

// judgeWriteListNode writes a list's values from its head; nil is the empty list.
func judgeWriteListNode(head *ListNode) {
	judgeOut.WriteByte('[')
	for i := 0; head != nil && i < judgeMaxNodes; i, head = i+1, head.Next {
		if i > 0 {
			judgeOut.WriteByte(',')
		}
		judgeWriteInt(head.Val)
	}
	judgeOut.WriteByte(']')
}

func judgeWriteListNodeArray(v []*ListNode) { judgeWriteArray(v, judgeWriteListNode) }

{{/ListNode}}
{{#TreeNode}}
type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

// judgeTreeNode reads a tree in LeetCode's level order, [] the nil tree: each node in turn takes the next two
// entries as its children, null for a missing one. Its nodes are allocated at once.
func judgeTreeNode() *TreeNode {
	judgeExpect('[', "an array")
	nodes := make([]TreeNode, judgeCount())
	var level []*TreeNode
	judgeSpaces()
	if judgePeek() == ']' {
		judgePos++
		return nil
	}
	for {
		judgeSpaces()
		if judgePos+4 <= len(judgeIn) && string(judgeIn[judgePos:judgePos+4]) == "null" {
			judgePos += 4
			level = append(level, nil)
		} else {
			node := new(TreeNode)
			if len(level) < len(nodes) {
				node = &nodes[len(level)]
			}
			node.Val = judgeInt()
			level = append(level, node)
		}
		judgeSpaces()
		if c := judgePeek(); c == ']' {
			judgePos++
			break
		} else if c != ',' {
			judgeFail("expected ',' or ']' in an array, found " + judgeWhat())
		}
		judgePos++
	}
	if level[0] == nil {
		if len(level) > 1 {
			judgeFail("a tree whose root is null has no other node")
		}
		return nil
	}
	child := 1 // the next entry without a parent
	for i, node := range level {
		if node == nil {
			continue
		}
		if i > 0 && i >= child {
			judgeFail("a node has no parent in the level order")
		}
		if child < len(level) {
			node.Left = level[child]
			child++
		}
		if child < len(level) {
			node.Right = level[child]
			child++
		}
	}
	return level[0]
}

func judgeTreeNodeArray() []*TreeNode                { return judgeArray(judgeTreeNode, false) }
func judgeReadTreeNode(name string) *TreeNode        { return judgeRead(name, judgeTreeNode) }
func judgeReadTreeNodeArray(name string) []*TreeNode { return judgeRead(name, judgeTreeNodeArray) }

// judgeWriteTreeNode writes a tree in level order, null for a missing child, without trailing nulls; nil is the
// empty tree, and one whose links make a cycle is cut after judgeMaxNodes entries.
func judgeWriteTreeNode(root *TreeNode) {
	queue := []*TreeNode{root}
	last := -1
	for i := 0; i < len(queue) && i < judgeMaxNodes; i++ {
		if node := queue[i]; node != nil {
			last = i
			queue = append(queue, node.Left, node.Right)
		}
	}
	judgeOut.WriteByte('[')
	for i, node := range queue[:last+1] {
		if i > 0 {
			judgeOut.WriteByte(',')
		}
		if node == nil {
			judgeOut.WriteString("null")
		} else {
			judgeWriteInt(node.Val)
		}
	}
	judgeOut.WriteByte(']')
}

func judgeWriteTreeNodeArray(v []*TreeNode) { judgeWriteArray(v, judgeWriteTreeNode) }

{{/TreeNode}}
// ---- A design problem's calls: line 1 their names (the class's first), line 2 their argument lists. ----

var judgeItems int // the arguments read from the current call's list

// judgeCall opens call k's argument list (the first call's opens line 2's array too).
func judgeCall(k int) {
	if k == 0 {
		judgeBegin("the argument lists")
		judgeExpect('[', "an array of argument lists")
	} else {
		judgeSpaces()
		judgeExpect(',', "',' (fewer argument lists than calls)")
	}
	judgeSpaces()
	judgeExpect('[', "an argument list")
	judgeItems = 0
}

// judgeItem reads the next argument of the current call's list.
func judgeItem[T any](name string, value func() T) T {
	judgeName = name
	judgeSpaces()
	if judgeItems > 0 {
		judgeExpect(',', "',' (fewer arguments than the method takes)")
		judgeSpaces()
	}
	judgeItems++
	return value()
}

func judgeEndCall() {
	judgeSpaces()
	judgeExpect(']', "']' (more arguments than the method takes)")
}

func judgeEndCalls(count int) {
	judgeSpaces()
	judgeExpect(']', "']' (more argument lists than the "+judgeStrconv.Itoa(count)+" calls)")
	judgeFinish()
	judgeEnd()
}
{{#design}}

// judgeInstance takes what Constructor returns, LeetCode's {{class}} or a pointer to one, as the object called.
func judgeInstance[T {{class}} | *{{class}}](object T) *{{class}} {
	switch o := any(object).(type) {
	case *{{class}}:
		return o
	case {{class}}:
		return &o
	}
	return nil
}

// The calls of a design problem; one JSON array of results, null for the constructor and void methods. Each call
// is on a line of its own number for the compiler (9090 the constructor's, 91k0 method k's; the "//line"
// directives), so a diagnostic there tells HarnessDiagnostics which member of the candidate's class differs.
func main() {
	judgeLoad()
	judgeCalls := judgeReadStringArray("calls")
	judgeCall(0)
	{{constructor_read_arguments}}
	judgeEndCall()
//line main.go:9090:1
	judgeObject := judgeInstance(Constructor({{constructor_arguments}}))
	judgeOpen()
	judgeOut.WriteString("[null")
	for judgeK := 1; judgeK < len(judgeCalls); judgeK++ {
		judgeCall(judgeK)
		judgeOut.WriteByte(',')
		switch judgeCalls[judgeK] {
{{#methods}}
		case "{{method_name}}":
			{{method_read_arguments}}
			judgeEndCall()
//line main.go:91{{method_index}}0:1
			{{when_value}}var result {{method_return_type}} = judgeObject.{{method}}({{method_arguments}})
			{{when_void}}judgeObject.{{method}}({{method_arguments}})
			{{when_value}}judgeWrite{{method_return_kind}}(result)
			{{when_void}}judgeOut.WriteString("null")
{{/methods}}
		default:
			judgeDie("call " + judgeStrconv.Itoa(judgeK+1) + ": no method " + judgeCalls[judgeK])
		}
	}
	judgeEndCalls(len(judgeCalls))
	judgeOut.WriteByte(']')
	judgeClose()
}
{{/design}}
