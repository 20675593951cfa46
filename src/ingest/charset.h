// Charsets: bytes in a labelled (or unlabelled) charset -> valid UTF-8.
//
// Every charset decision of onevoice is made here, with ICU (ucnv for
// conversion, ucsdet for detection); no later stage sees raw bytes.
//
// Labels are mapped to the superset real mailers write, so that what a
// Japanese mailer sent decodes as its author saw it:
//   ISO-2022-JP (and -1, -2, CP50220/1/2, csISO2022JP)  -> ICU ISO-2022-JP
//       (version 4: JIS X 0208 via CP932, so NEC row 13 (①, ㈱) and IBM
//       extensions decode; half-width katakana by ESC ( I and as 8-bit JIS8
//       bytes, the CP50220/CP50221 superset)
//   Shift_JIS, SJIS, MS_Kanji, CP932, windows-31j       -> windows-31j (CP932)
//   EUC-JP, eucJP-ms, x-euc-jp                          -> EUC-JP (euc-jp-2007: NEC row 13)
//   ISO-8859-1, latin1, US-ASCII with 8-bit bytes that are not UTF-8
//                                                       -> windows-1252 (its superset, as
//                                                          browsers do)
//   GB2312, GBK -> GB18030; EUC-KR, KS_C_5601-1987 -> windows-949;
//   anything else ICU knows (ISO-8859-x, windows-125x, KOI8-R, UTF-16/32…)
//   by its own name.
// The JIS-family decoders share CP932's mapping (WAVE DASH 0x2141 -> U+FF5E
// FULLWIDTH TILDE, as Windows does; JIS X 0208 itself says U+301C).
//
// When the label is missing, unknown, or the bytes do not decode cleanly in
// it (the label is wrong), and only then, the charset is detected:
//   1. 7-bit bytes with ISO-2022-JP escapes (ESC $ B, ESC $ @, ESC ( I,
//      ESC ( J) -> ISO-2022-JP;
//   2. valid UTF-8 -> UTF-8;
//   3. ICU's CharsetDetector: the most confident candidate that decodes the
//      bytes with no error (confidence >= 10 when there is no label, >= 50
//      to override a label the sender wrote: short junk "decodes cleanly"
//      in Shift_JIS at low confidence);
//   4. else windows-1252 (never fails).
// One more wrong-label rule: a single-byte label (ISO-8859-x, windows-125x,
// US-ASCII) on bytes that are valid UTF-8 and hold multi-byte sequences is
// taken as UTF-8: such bytes are UTF-8 with near certainty.
// A US-ASCII label on 8-bit bytes that are not UTF-8 accepts a detected CJK
// multi-byte charset (confidence >= 50, decodes cleanly), else windows-1252.
//
// Output is always valid UTF-8: undecodable byte sequences become U+FFFD and
// are counted in `replaced`; the caller reports them. A leading U+FEFF (BOM)
// is dropped. Line endings are left as they are (NormalizeNewlines does that).
//
// Thread-safety: all functions are reentrant; ICU converters and detectors
// are cached per thread.
#ifndef ONEVOICE_INGEST_CHARSET_H_
#define ONEVOICE_INGEST_CHARSET_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace onevoice::ingest {

struct Decoded {
  std::string text;  // valid UTF-8
  // The charset the bytes were decoded as, in its canonical MIME spelling
  // ("UTF-8", "ISO-2022-JP", "Shift_JIS", "EUC-JP", "windows-1252",
  // "US-ASCII"…). A label decoded through its superset keeps the label's
  // name (Shift_JIS is decoded as CP932 and reported "Shift_JIS").
  std::string charset;
  // True when the label was missing, unknown or wrong and the charset was
  // chosen by the detection steps above (not when the label was used).
  bool detected = false;
  // Byte sequences that could not be decoded and became U+FFFD.
  size_t replaced = 0;
};

struct DecodeOptions {
  // With no label, valid UTF-8 is the expected default (files) rather than a
  // detection (MIME parts, whose default is US-ASCII): `detected` stays false.
  bool utf8_is_default = false;
};

// Decodes `bytes` labelled `label` ("" when there is no label). Never fails.
Decoded DecodeBytes(std::string_view bytes, std::string_view label,
                    const DecodeOptions& options = {});

// Decodes with exactly the ICU converter for `label` (after the superset
// mapping above), replacing bad sequences with U+FFFD; no detection.
// Returns nullopt when the label names no charset ICU knows.
std::optional<Decoded> DecodeStrict(std::string_view bytes, std::string_view label);

// The canonical spelling of a charset label ("shift-jis" -> "Shift_JIS"),
// or "" when the label is unknown.
std::string CanonicalCharset(std::string_view label);

// True when every byte is < 0x80.
bool IsAscii(std::string_view bytes);
// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates, or code
// points above U+10FFFF).
bool IsValidUtf8(std::string_view bytes);
// Converts CRLF and lone CR to LF, in place.
void NormalizeNewlines(std::string* text);
// Replaces ill-formed UTF-8 sequences with U+FFFD; returns how many.
size_t ScrubUtf8(std::string* text);
// Cuts `text` to at most `max_bytes`, at a code point boundary.
void TruncateUtf8(std::string* text, size_t max_bytes);

// When `bytes` looks like binary data rather than text, what it looks like:
// "binary content (gzip data)", "binary content (ZIP archive …)", "binary
// content (PDF document)"… by magic number, or "binary content" (in the
// first 64 KiB: more than 10% control bytes, or NUL bytes beyond 0.5%, or
// any NUL in fewer than 200 bytes; one stray NUL in a long text is not binary).
// A UTF-16/UTF-32 byte-order mark makes it text. nullopt for text.
std::optional<std::string> SniffBinary(std::string_view bytes);

// The charset an HTML document declares in its first 4 KiB
// (<meta charset=…> or <meta http-equiv=Content-Type content="…; charset=…">),
// or "".
std::string SniffHtmlCharset(std::string_view bytes);

// The charset a byte-order mark names ("UTF-8", "UTF-16LE", "UTF-16BE",
// "UTF-32LE", "UTF-32BE") and the mark's length; {"" , 0} without one.
struct Bom {
  std::string charset;
  size_t length = 0;
};
Bom SniffBom(std::string_view bytes);

}  // namespace onevoice::ingest

#endif  // ONEVOICE_INGEST_CHARSET_H_
