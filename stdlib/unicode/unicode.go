// Declarations-only stub of Go 1.19's package unicode, for gocc's type checker.
// Function bodies and the table contents come later, with code generation.
// tests/stdlib/verify.go checks every exported declaration against the real package.

package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, it means
// this CaseRange represents a sequence of the form (say)
// Upper Lower Upper Lower.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one or
// more of the values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one
// code point to one code point) case conversion.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

func (special SpecialCase) ToUpper(r rune) rune
func (special SpecialCase) ToTitle(r rune) rune
func (special SpecialCase) ToLower(r rune) rune

type d [MaxCase]rune // to make the CaseRanges text shorter

var TurkishCase SpecialCase
var AzeriCase SpecialCase

// CaseRanges is the table describing case mappings for all letters with
// non-self mappings.
var CaseRanges []CaseRange

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges []*RangeTable

// PrintRanges defines the set of printable characters according to Go.
var PrintRanges []*RangeTable

// Categories is the set of Unicode category tables.
var Categories map[string]*RangeTable

// Scripts is the set of Unicode script tables.
var Scripts map[string]*RangeTable

// Properties is the set of Unicode property tables.
var Properties map[string]*RangeTable

// FoldCategory maps a category name to a table of
// code points outside the category that are equivalent under
// simple case folding to code points inside the category.
var FoldCategory map[string]*RangeTable

// FoldScript maps a script name to a table of
// code points outside the script that are equivalent under
// simple case folding to code points inside the script.
var FoldScript map[string]*RangeTable

// Categories (Go 1.19 tables.go, Unicode 13.0.0). These variables have type *RangeTable; the tables themselves come later.
var (
	Cc, Cf, Co, Cs, Digit, Nd, Letter, L, Lm, Lo, Lower, Ll, Mark, M, Mc, Me, Mn, Nl, No, Number,
	N, Other, C, Pc, Pd, Pe, Pf, Pi, Po, Ps, Punct, P, Sc, Sk, Sm, So, Space, Z, Symbol, S, Title,
	Lt, Upper, Lu, Zl, Zp, Zs *RangeTable
)

// Scripts. These variables have type *RangeTable; the tables themselves come later.
var (
	Adlam, Ahom, Anatolian_Hieroglyphs, Arabic, Armenian, Avestan, Balinese, Bamum, Bassa_Vah,
	Batak, Bengali, Bhaiksuki, Bopomofo, Brahmi, Braille, Buginese, Buhid, Canadian_Aboriginal,
	Carian, Caucasian_Albanian, Chakma, Cham, Cherokee, Chorasmian, Common, Coptic, Cuneiform,
	Cypriot, Cyrillic, Deseret, Devanagari, Dives_Akuru, Dogra, Duployan, Egyptian_Hieroglyphs,
	Elbasan, Elymaic, Ethiopic, Georgian, Glagolitic, Gothic, Grantha, Greek, Gujarati,
	Gunjala_Gondi, Gurmukhi, Han, Hangul, Hanifi_Rohingya, Hanunoo, Hatran, Hebrew, Hiragana,
	Imperial_Aramaic, Inherited, Inscriptional_Pahlavi, Inscriptional_Parthian, Javanese, Kaithi,
	Kannada, Katakana, Kayah_Li, Kharoshthi, Khitan_Small_Script, Khmer, Khojki, Khudawadi, Lao,
	Latin, Lepcha, Limbu, Linear_A, Linear_B, Lisu, Lycian, Lydian, Mahajani, Makasar, Malayalam,
	Mandaic, Manichaean, Marchen, Masaram_Gondi, Medefaidrin, Meetei_Mayek, Mende_Kikakui,
	Meroitic_Cursive, Meroitic_Hieroglyphs, Miao, Modi, Mongolian, Mro, Multani, Myanmar,
	Nabataean, Nandinagari, New_Tai_Lue, Newa, Nko, Nushu, Nyiakeng_Puachue_Hmong, Ogham,
	Ol_Chiki, Old_Hungarian, Old_Italic, Old_North_Arabian, Old_Permic, Old_Persian, Old_Sogdian,
	Old_South_Arabian, Old_Turkic, Oriya, Osage, Osmanya, Pahawh_Hmong, Palmyrene, Pau_Cin_Hau,
	Phags_Pa, Phoenician, Psalter_Pahlavi, Rejang, Runic, Samaritan, Saurashtra, Sharada, Shavian,
	Siddham, SignWriting, Sinhala, Sogdian, Sora_Sompeng, Soyombo, Sundanese, Syloti_Nagri,
	Syriac, Tagalog, Tagbanwa, Tai_Le, Tai_Tham, Tai_Viet, Takri, Tamil, Tangut, Telugu, Thaana,
	Thai, Tibetan, Tifinagh, Tirhuta, Ugaritic, Vai, Wancho, Warang_Citi, Yezidi, Yi,
	Zanabazar_Square *RangeTable
)

// Properties. These variables have type *RangeTable; the tables themselves come later.
var (
	ASCII_Hex_Digit, Bidi_Control, Dash, Deprecated, Diacritic, Extender, Hex_Digit, Hyphen,
	IDS_Binary_Operator, IDS_Trinary_Operator, Ideographic, Join_Control, Logical_Order_Exception,
	Noncharacter_Code_Point, Other_Alphabetic, Other_Default_Ignorable_Code_Point,
	Other_Grapheme_Extend, Other_ID_Continue, Other_ID_Start, Other_Lowercase, Other_Math,
	Other_Uppercase, Pattern_Syntax, Pattern_White_Space, Prepended_Concatenation_Mark,
	Quotation_Mark, Radical, Regional_Indicator, STerm, Sentence_Terminal, Soft_Dotted,
	Terminal_Punctuation, Unified_Ideograph, Variation_Selector, White_Space *RangeTable
)

// Functions.
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func IsOneOf(ranges []*RangeTable, r rune) bool
func In(r rune, ranges ...*RangeTable) bool
func IsControl(r rune) bool
func IsLetter(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func Is(rangeTab *RangeTable, r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func To(_case int, r rune) rune
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune
