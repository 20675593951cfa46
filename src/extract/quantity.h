// Quantities: every number in a unit of normalized text, typed and with its
// span — Japanese and English alike (issue 3 §4).
//
// Input is normalized matching text (text/normalize.h: NFKC, so full-width
// digits and letters are ASCII, ％ is %, ～ and 〜 are '~', hyphen-like dashes
// and the en dash are '-'; the em dash stays). Every Quantity keeps the byte
// span of the text it came from, in the coordinates of the string given.
//
// What is recognised (words come from data/lang/<lang>/*.yaml, the
// grammar is here):
//   numbers   digits with separators (10,000  1.5), kanji numerals (一万,
//             三千五百, 千万, 3億4千万, 1.5万, 5千), number words (ten thousand,
//             1.2 million, 10k, two)
//   count     a number, with `unit_word` = the word right after it
//   percent   99.9%  99.9パーセント  99.9 percent
//   money     ¥ 円 万円 $ USD 米ドル £ GBP ポンド € EUR, with period (月額, per
//             month, /mo, 年額, per user per month, 1TBあたり) and tax (税込,
//             税抜, 税別, +tax, excl. VAT)
//   duration  分 時間 日 日間 週間 か月 年 秒, minutes hours days weeks months
//             years seconds (ms: milliseconds), "15-minute", "a quarter of an
//             hour"; a range in two units (30分~1時間) uses the smaller
//   data-size KB MB GB TB PB, ギガ テラ ペタ (decimal; KiB… binary)
//   date      2027年1月, 2027年1月15日, January 2027, Jan 15, 2027, 2027-01,
//             2027/1/15, Q3 2027, 2027年第3四半期 (quarter: date = first month,
//             date_max = last, bound kRange; a year pair 2026-2027 likewise),
//             来年4月 / next April (relative to as_of), a month without a year
//             resolved to the nearest such month within six months of as_of
//   bounds    up to, 最大, まで, 以上, 以下, 未満, 以内, at least, over, more
//             than, less than, under, within, no more than, N+ — with
//             inclusive/exclusive meaning (Value::bound, Value::inclusive)
//   ranges    1〜3秒, 1-3 seconds, 1 to 3 seconds, 1秒から3秒まで, between 1 and 3
//   approx    約, およそ, 程度, 前後, about, approximately, roughly, around
// Numbers that are part of identifiers are not quantities: ISO 27001,
// AES-256, SOC 2, v3.2, TLS 1.3, Windows 11, Q-2025-0711, No.1024, #1042,
// phone and fax numbers (03-5412-7742, +1 415-555-0163), postal codes
// (〒105-0001, EC2A 4AA), times of day (10:00), and "24時間365日" / "24/7"
// (a schedule, not a duration).
//
// A QuantityParser is built once from a Lexicon, is immutable and may be
// shared read-only across threads.
#ifndef ONEVOICE_EXTRACT_QUANTITY_H_
#define ONEVOICE_EXTRACT_QUANTITY_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "claims/lang.h"
#include "claims/value.h"

namespace onevoice::extract {

struct Quantity {
  // kind is one of count, money, percent, duration, data-size, date.
  // Money: currency always set; per as in SPEC ("month", "year", "once",
  // "user-month", "TB-month", "user", "TB"…) or empty when the text names no
  // period; tax kUnstated unless the text says.
  claims::Value value;
  NormSpan span;        // the whole expression: bound words, number, unit, tax
  NormSpan number;      // the first numeral alone
  // Count only: the word written right after the number, as in the text
  // ("users", "ユーザー", "名", "個", "言語"); empty when none.
  std::string unit_word;
  // Date only: true when the year was not written (1月, in January: resolved
  // from as_of); false when the text names it, also relatively (来年4月).
  bool year_inferred = false;
  // The old side of a change, not the lower end of a range: "from 5,000 to
  // 10,000 on April 1", 「5,000名から1万名に拡大」. The value after it is
  // what it changed to.
  bool change_from = false;
};

struct ParseContext {
  // YYYY-MM-DD: the date relative dates (来年4月, next April) and month-only
  // dates are resolved against. Empty: those are not returned.
  std::string as_of;
  // Offsets in the text, sorted, that no number reads across (the edges of
  // struck-through text: "up to ~~500~~ 200" is not 500 200).
  std::vector<size_t> number_breaks;
  // A numeric date ambiguous between day/month and month/day ("1/4/2026")
  // reads day first (the writer's locale is not en-US); else it is no date.
  bool day_first = false;
};

class QuantityParser {
 public:
  explicit QuantityParser(const claims::Lexicon& lexicon);
  ~QuantityParser();
  QuantityParser(const QuantityParser&) = delete;
  QuantityParser& operator=(const QuantityParser&) = delete;

  // All quantities in `text`, in order of position, not overlapping. Linear in
  // the text's length; never throws.
  std::vector<Quantity> Parse(std::string_view text, const ParseContext& context) const;

  // A Japanese or other numeral alone ("三千五百", "1.5万", "１０，０００"
  // after NFKC) -> its value; nullopt when `numeral` is not entirely one
  // number. Used by tests of the numeral suite.
  std::optional<double> ParseNumeral(std::string_view numeral) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace onevoice::extract

#endif  // ONEVOICE_EXTRACT_QUANTITY_H_
