#include "ingest/rfc2047.h"

#include <gtest/gtest.h>

namespace onevoice::ingest {
namespace {

std::string Decode(std::string_view raw, std::string_view fallback = "") {
  return DecodeHeaderText(raw, fallback).text;
}

// Vectors from stalwartlabs/mail-parser resources/unstructured.json
// (Apache-2.0 OR MIT), as collected in japanese_email/rfc2047_header_vectors.tsv.
TEST(Rfc2047Test, StalwartUnstructuredVectors) {
  EXPECT_EQ(Decode(" Fwd: \n\tSaying \n Hello\r\n"), "Fwd: Saying Hello");
  EXPECT_EQ(Decode(" FWD: \n Saying Hello \nX-Mailer: 123\r\n"), "FWD: Saying Hello");
  EXPECT_EQ(Decode("=?iso-8859-1?q?this is some text?=\n"), "this is some text");
  EXPECT_EQ(Decode(" =?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\n     "
                   "=?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=\n"),
            "If you can read this you understand the example.");
  EXPECT_EQ(Decode("=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=\n"), "ab");
  EXPECT_EQ(Decode("=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=\r\n"), "a b");
  EXPECT_EQ(Decode("=?ISO-8859-1?Q?a?==?ISO-8859-1?Q?b?==?ISO-8859-1?Q?c?= =?ISO-8859-1?Q?d?=\n"),
            "abcd");
  EXPECT_EQ(Decode(" let's = try =?iso-8859-1? to break\n =? the \n parser\n"),
            "let's = try =?iso-8859-1? to break =? the parser");
  EXPECT_EQ(Decode("=?utf-8?Q?Hello\r\n   \t  _there!?=\r\n"), "Hello there!");
  EXPECT_EQ(Decode("[SUSPECTED SPAM]=?utf-8?B?VGhpcyBpcyB0aGUgb\r\n 3JpZ2luYWwgc3ViamVjdA==?=\r\n"),
            "[SUSPECTED SPAM] This is the original subject");
  EXPECT_EQ(Decode("Les Communs - =?utf-8?Q?R=C3=A9capitulatif?= de la\r\n "
                   "=?utf-8?Q?r=C3=A9servation?= 13510164434879\r\n"),
            "Les Communs - Récapitulatif de la réservation 13510164434879");
}

// cpython Lib/test/test_email/test_asian_codecs.py (PSF-2.0), transcribed.
TEST(Rfc2047Test, Iso2022JpWordsFromCpython) {
  EXPECT_EQ(Decode("Hello World! =?iso-2022-jp?b?GyRCJU8lbSE8JW8hPCVrJUkhKhsoQg==?=\n "
                   "=?iso-8859-1?q?Gr=FC=DF_Gott!?="),
            "Hello World! ハローワールド！Grüß Gott!");
  EXPECT_EQ(Decode("Japanese =?iso-2022-jp?b?GyRCRnxLXDhsGyhC?= "
                   "=?iso-2022-jp?b?GyRCRnxLXDhsGyhC?=\n =?iso-2022-jp?b?GyRCRnxLXDhsGyhC?="),
            "Japanese 日本語日本語日本語");
}

TEST(Rfc2047Test, MultiByteCharacterSplitAcrossWordsDecodesWhole) {
  // "日本語" in UTF-8, cut after the second byte of 日.
  EXPECT_EQ(Decode("=?UTF-8?B?5pc=?= =?UTF-8?B?peacrOiqng==?="), "日本語");
}

TEST(Rfc2047Test, Iso2022JpEscapeStateCarriesAcrossWords) {
  // Word 1: ESC $ B 日本; word 2: 語 ESC ( B — the second word has no escape.
  EXPECT_EQ(Decode("=?ISO-2022-JP?B?GyRCRnxLXA==?=\r\n =?ISO-2022-JP?B?OGwbKEI=?="), "日本語");
}

TEST(Rfc2047Test, Iso2022JpWordsDecodeCp50220Specials) {
  // Synthetic: ① ㈱ テスト (NEC row 13), which iconv's ISO-2022-JP rejects.
  EXPECT_EQ(Decode("=?ISO-2022-JP?B?GyRCLSEtaiVGJTklSBsoQg==?="), "①㈱テスト");
}

TEST(Rfc2047Test, Cp932WordDecodes) {
  EXPECT_EQ(Decode("=?cp932?B?k/qWe4zq?="), "日本語");  // postal-mime, MIT
}

TEST(Rfc2047Test, WhiteSpaceBetweenTextAndWordIsKept) {
  // imap_tools expects "Re: TESTテストテスト" (Python drops it); RFC 2047 §6.2
  // drops white space only between two encoded-words.
  EXPECT_EQ(Decode("Re: TEST\r\n \r\n\t=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\r\n  "
                   "=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?="),
            "Re: TEST テストテスト");
}

TEST(Rfc2047Test, MalformedWordsStayLiteral) {
  EXPECT_EQ(Decode(" =\n"), "=");
  EXPECT_EQ(Decode("=?utf-8? \n"), "=?utf-8?");
  EXPECT_EQ(Decode("=?utf-8?X?abc?="), "=?utf-8?X?abc?=");
  EXPECT_EQ(Decode("=?utf-8?Q?no end"), "=?utf-8?Q?no end");
}

TEST(Rfc2047Test, UnknownCharsetIsDetected) {
  EXPECT_EQ(Decode("=?x-unknown?Q?caf=C3=A9?="), "café");
}

TEST(Rfc2047Test, RawEightBitTextUsesTheFallbackCharset) {
  EXPECT_EQ(Decode("Die Hasen und die Fr\xf6sche", "ISO-8859-1"), "Die Hasen und die Frösche");
  EXPECT_EQ(Decode("\x82\xa0\x82\xa2", "Shift_JIS"), "あい");
  EXPECT_EQ(Decode("caf\xc3\xa9", "ISO-8859-1"), "café");  // valid UTF-8 wins
}

TEST(Rfc2047Test, RawIso2022JpInAHeaderDecodes) {
  EXPECT_EQ(Decode("\x1b$B%F%9%H\x1b(B subject"), "テスト subject");
}

TEST(Rfc2047Test, UndecodableWordBytesAreCounted) {
  HeaderText h = DecodeHeaderText("=?utf-8?B?/w==?=");  // 0xFF alone
  EXPECT_GT(h.replaced, 0u);
}

TEST(Rfc2047Test, AddressHeaderQuotesDecodedSpecials) {
  EXPECT_EQ(DecodeAddressHeader("=?utf-8?Q?Doe=2C_John?= <j@example.com>").text,
            "\"Doe, John\" <j@example.com>");
  EXPECT_EQ(DecodeAddressHeader("\"=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=\" <a@b.jp>").text,
            "\"日本語\" <a@b.jp>");
  EXPECT_EQ(DecodeAddressHeader("a@b.jp").text, "a@b.jp");
}

}  // namespace
}  // namespace onevoice::ingest
