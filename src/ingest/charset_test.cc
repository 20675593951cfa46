#include "ingest/charset.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace onevoice::ingest {
namespace {

using testing::ReadFixture;

std::string Lf(std::string s) {
  NormalizeNewlines(&s);
  return s;
}

// The same Japanese text in ISO-2022-JP, Shift_JIS and UTF-8 (GMime's own
// charset-filter test data).
TEST(CharsetTest, Iso2022JpFixtureDecodesToItsUtf8Twin) {
  Decoded d = DecodeBytes(
      ReadFixture("japanese_email/gmime_charset_triplet/japanese.iso-2022-jp.txt"), "ISO-2022-JP");
  EXPECT_EQ(Lf(d.text), Lf(ReadFixture("japanese_email/gmime_charset_triplet/japanese.utf-8.txt")));
  EXPECT_EQ(d.charset, "ISO-2022-JP");
  EXPECT_FALSE(d.detected);
  EXPECT_EQ(d.replaced, 0u);
}

TEST(CharsetTest, ShiftJisFixtureDecodesToItsUtf8Twin) {
  Decoded d = DecodeBytes(
      ReadFixture("japanese_email/gmime_charset_triplet/japanese.shift-jis.txt"), "Shift_JIS");
  EXPECT_EQ(Lf(d.text), Lf(ReadFixture("japanese_email/gmime_charset_triplet/japanese.utf-8.txt")));
  EXPECT_EQ(d.charset, "Shift_JIS");
  EXPECT_FALSE(d.detected);
}

// Synthetic: no real fixture carries these, but real mailers send them
// (Outlook's CP50220/CP50221 output).
TEST(CharsetTest, Iso2022JpDecodesCp50220HalfWidthKatakanaAndNecSpecials) {
  // ESC ( I half-width katakana "ｱｲ", NEC row 13 ① (0x2D21) and ㈱ (0x2D6A).
  std::string bytes = "\x1b(I12\x1b(B \x1b$B-!-j\x1b(B";
  Decoded d = DecodeBytes(bytes, "iso-2022-jp");
  EXPECT_EQ(d.text, "ｱｲ ①㈱");
  EXPECT_EQ(d.replaced, 0u);
  EXPECT_FALSE(d.detected);
}

TEST(CharsetTest, Iso2022JpAcceptsEightBitJis8Katakana) {
  Decoded d = DecodeBytes("\x1b$B$\"\x1b(B \xb1", "ISO-2022-JP");  // あ, then 8-bit ｱ
  EXPECT_EQ(d.text, "あ ｱ");
}

TEST(CharsetTest, ShiftJisLabelDecodesCp932Extensions) {
  // ① (0x8740), ㈱ (0x878A), 纊 (IBM ext. 0xFA5C), ～ (0x8160 -> U+FF5E).
  Decoded d = DecodeBytes("\x87\x40\x87\x8a\xfa\x5c\x81\x60", "Shift_JIS");
  EXPECT_EQ(d.text, "①㈱纊～");
  EXPECT_EQ(d.replaced, 0u);
}

// postal-mime test/postal-mime-edge-cases-test.js ("cp932 body and subject
// decode Japanese"; MIT): cp932 is an alias a decoder must know.
TEST(CharsetTest, Cp932AliasesDecode) {
  for (const char* label : {"cp932", "CP932", "windows-31j", "MS932", "x-sjis", "sjis"}) {
    Decoded d = DecodeBytes("\x93\xfa\x96\x7b\x8c\xea", label);  // base64 k/qWe4zq
    EXPECT_EQ(d.text, "日本語") << label;
    EXPECT_FALSE(d.detected) << label;
  }
}

// p5-encode's EUC-JP table of JIS X 0208. Six symbols differ on purpose: the
// JIS family decodes with CP932's mapping (charset.h).
TEST(CharsetTest, EucJpTableDecodesWithTheCp932MappingOfSixSymbols) {
  std::string got =
      DecodeBytes(ReadFixture("japanese_email/p5-encode/jisx0208.enc"), "EUC-JP").text;
  std::string want = ReadFixture("japanese_email/p5-encode/jisx0208.utf");
  for (auto [jis, ms] :
       {std::pair{"〜", "～"}, {"‖", "∥"}, {"−", "－"}, {"¢", "￠"}, {"£", "￡"}, {"¬", "￢"}}) {
    size_t pos;
    while ((pos = want.find(jis)) != std::string::npos) want.replace(pos, strlen(jis), ms);
  }
  EXPECT_EQ(got, want);
  EXPECT_EQ(DecodeBytes(ReadFixture("japanese_email/p5-encode/jisx0201.enc"), "EUC-JP").text,
            ReadFixture("japanese_email/p5-encode/jisx0201.utf"));
}

TEST(CharsetTest, EucJpDecodesNecRow13) {
  EXPECT_EQ(DecodeBytes("\xad\xa1\xad\xea", "euc-jp").text, "①㈱");
}

TEST(CharsetTest, Utf8PassesThroughAndLosesItsBom) {
  Decoded d = DecodeBytes("\xEF\xBB\xBFhéllo", "utf-8");
  EXPECT_EQ(d.text, "héllo");
  EXPECT_EQ(d.charset, "UTF-8");
}

TEST(CharsetTest, Iso8859_1IsDecodedAsWindows1252) {
  Decoded d = DecodeBytes("D\xe9ise \x93quoted\x94 \x80", "ISO-8859-1");
  EXPECT_EQ(d.text, "Déise “quoted” €");
  EXPECT_EQ(d.charset, "ISO-8859-1");
}

TEST(CharsetTest, SingleByteLabelsDecode) {
  EXPECT_EQ(DecodeBytes("Tiarn\xe1n \xa4", "iso-8859-15").text, "Tiarnán €");
  EXPECT_EQ(DecodeBytes("\x88\xcf", "windows-1251").text, "€П");
  EXPECT_EQ(DecodeBytes("\xbf\xb1", "iso-8859-2").text, "żą");
  EXPECT_EQ(DecodeBytes("\xf0\xf2", "koi8-r").text, "ПР");
}

TEST(CharsetTest, UsAsciiWithValidUtf8IsUtf8) {
  Decoded d = DecodeBytes("caf\xc3\xa9", "us-ascii");
  EXPECT_EQ(d.text, "café");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_TRUE(d.detected);
}

TEST(CharsetTest, UsAsciiWithOtherEightBitIsWindows1252) {
  Decoded d = DecodeBytes(
      "What does this \x93"
      "C\x94 do?",
      "us-ascii");
  EXPECT_EQ(d.text, "What does this “C” do?");
  EXPECT_EQ(d.charset, "windows-1252");
  EXPECT_TRUE(d.detected);
}

TEST(CharsetTest, PureAsciiKeepsItsLabel) {
  Decoded d = DecodeBytes("plain", "us-ascii");
  EXPECT_EQ(d.text, "plain");
  EXPECT_EQ(d.charset, "US-ASCII");
  EXPECT_FALSE(d.detected);
}

TEST(CharsetTest, WrongMultiByteLabelFallsBackToDetection) {
  std::string sjis = ReadFixture("japanese_email/gmime_charset_triplet/japanese.shift-jis.txt");
  Decoded d = DecodeBytes(sjis, "utf-8");
  EXPECT_TRUE(d.detected);
  EXPECT_EQ(d.charset, "Shift_JIS");
  EXPECT_EQ(Lf(d.text), Lf(ReadFixture("japanese_email/gmime_charset_triplet/japanese.utf-8.txt")));
}

// A Latin-1 label on Shift_JIS bytes (an old Japanese mailer's default):
// the Latin decoding holds C1 controls no Western text has, so the label
// is wrong and the bytes are detected. Western text keeps its label.
TEST(CharsetTest, LatinLabelOnShiftJisIsDetected) {
  std::string sjis = ReadFixture("japanese_email/gmime_charset_triplet/japanese.shift-jis.txt");
  Decoded d = DecodeBytes(sjis, "ISO-8859-1");
  EXPECT_TRUE(d.detected);
  EXPECT_EQ(d.charset, "Shift_JIS");
  EXPECT_EQ(Lf(d.text), Lf(ReadFixture("japanese_email/gmime_charset_triplet/japanese.utf-8.txt")));
  Decoded latin = DecodeBytes("Caf\xe9 cr\xe8me \x93quoted\x94", "ISO-8859-1");
  EXPECT_FALSE(latin.detected);
  EXPECT_EQ(latin.text, "Café crème “quoted”");
}

TEST(CharsetTest, Iso2022JpLabelOnUtf8IsDetectedAsUtf8) {
  Decoded d = DecodeBytes("送信できませんでした", "ISO-2022-JP");
  EXPECT_EQ(d.text, "送信できませんでした");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_TRUE(d.detected);
}

TEST(CharsetTest, MissingLabelDetectsShiftJis) {
  Decoded d =
      DecodeBytes(ReadFixture("japanese_email/gmime_charset_triplet/japanese.shift-jis.txt"), "");
  EXPECT_EQ(d.charset, "Shift_JIS");
  EXPECT_TRUE(d.detected);
}

TEST(CharsetTest, MissingLabelWithJisEscapesIsIso2022Jp) {
  Decoded d = DecodeBytes("\x1b$B$9$_$^$;$s!#\x1b(B", "");
  EXPECT_EQ(d.text, "すみません。");
  EXPECT_EQ(d.charset, "ISO-2022-JP");
}

TEST(CharsetTest, UnknownLabelIsTreatedAsMissing) {
  Decoded d = DecodeBytes("caf\xc3\xa9", "default_charset");
  EXPECT_EQ(d.text, "café");
  EXPECT_TRUE(d.detected);
}

TEST(CharsetTest, UndecodableBytesBecomeReplacementCharactersAndAreCounted) {
  // Invalid everywhere a detector could look: keeps the label, marks the loss.
  Decoded d = DecodeBytes("ok \xff\xfe\xff ok", "UTF-8");
  EXPECT_TRUE(IsValidUtf8(d.text));
  EXPECT_GT(d.replaced, 0u);
  EXPECT_NE(d.text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(CharsetTest, Utf16LabelsDecode) {
  EXPECT_EQ(DecodeBytes(std::string("T\0e\0s\0t\0", 8), "utf-16le").text, "Test");
  EXPECT_EQ(DecodeBytes(std::string("\0T\0e", 4), "UTF-16BE").text, "Te");
}

TEST(CharsetTest, CanonicalNames) {
  EXPECT_EQ(CanonicalCharset("shift-jis"), "Shift_JIS");
  EXPECT_EQ(CanonicalCharset("\"ISO-2022-JP\""), "ISO-2022-JP");
  EXPECT_EQ(CanonicalCharset("utf-8*ja"), "UTF-8");
  EXPECT_EQ(CanonicalCharset("x-no-such-charset"), "");
}

TEST(CharsetTest, Utf8Validation) {
  EXPECT_TRUE(IsValidUtf8("日本語 ascii"));
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xf4\x90\x80\x80"));  // > U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xe6\x97"));          // truncated
  std::string s = "a\xffz";
  EXPECT_EQ(ScrubUtf8(&s), 1u);
  EXPECT_EQ(s, "a\xEF\xBF\xBDz");
}

TEST(CharsetTest, NewlinesNormalizeToLf) {
  std::string s = "a\r\nb\rc\n\r\nd";
  NormalizeNewlines(&s);
  EXPECT_EQ(s, "a\nb\nc\n\nd");
}

TEST(CharsetTest, TruncateKeepsCodePointsWhole) {
  std::string s = "日本語";
  TruncateUtf8(&s, 4);
  EXPECT_EQ(s, "日");
}

TEST(CharsetTest, BinarySniffing) {
  EXPECT_EQ(SniffBinary(std::string("\x1f\x8b\x08\x00", 4)), "binary content (gzip data)");
  EXPECT_NE(SniffBinary(std::string("PK\x03\x04\x14\0", 6))->find("ZIP"), std::string::npos);
  EXPECT_EQ(SniffBinary(std::string("ab\0\0\x01\x02", 6)), "binary content");
  std::string long_text(5000, 'x');
  long_text[100] = '\0';  // one stray NUL in a long text is damage, not binary
  EXPECT_EQ(SniffBinary(long_text), std::nullopt);
  EXPECT_EQ(SniffBinary(std::string("we have a lot of \0stuff in here, all of it text\n", 47)), std::nullopt);
  EXPECT_EQ(SniffBinary(std::string("\xff\xfeT\0", 4)), std::nullopt);  // UTF-16 BOM
  EXPECT_EQ(SniffBinary("日本語のテキスト\n"), std::nullopt);
  EXPECT_EQ(SniffBinary("\x1b$B$9\x1b(B"), std::nullopt);  // ISO-2022-JP escapes are text
}

TEST(CharsetTest, HtmlMetaCharsetIsFound) {
  EXPECT_EQ(SniffHtmlCharset("<html><head><META charset=\"Shift_JIS\"></head>"), "Shift_JIS");
  EXPECT_EQ(SniffHtmlCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                             "charset=euc-jp\">"),
            "euc-jp");
  EXPECT_EQ(SniffHtmlCharset("<p>charset=utf-8 outside a meta</p>"), "");
}

TEST(CharsetTest, BomSniffing) {
  EXPECT_EQ(SniffBom("\xEF\xBB\xBFx").charset, "UTF-8");
  EXPECT_EQ(SniffBom("\xFF\xFEx").charset, "UTF-16LE");
  EXPECT_EQ(SniffBom("\xFE\xFFx").length, 2u);
  EXPECT_EQ(SniffBom("x").length, 0u);
}

}  // namespace
}  // namespace onevoice::ingest
