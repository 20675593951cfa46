// PartExtractor: the claim reader behind ExtractClaims (claim.h), private to
// the extract stage. It reads one text part unit by unit: finds each unit's
// candidate values (quantities, set members, boolean features), keeps those
// that state a claim, and gives each a product and an attribute of the
// claims base. One class, its definitions in four files by question:
//   claim.cc             units, candidates, emitting claims, tables
//   claim_filters.cc     is this value a claim at all (Keep and its tests)
//   claim_products.cc    whose claim is it (ProductsFor, anaphora, lists)
//   claim_attributes.cc  which attribute (AttributeFor, cue scores)
// Everything here is internal: only claim.h is the stage's contract.
#ifndef ONEVOICE_EXTRACT_PART_EXTRACTOR_H_
#define ONEVOICE_EXTRACT_PART_EXTRACTOR_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/claim.h"
#include "extract/clause.h"
#include "extract/period.h"
#include "extract/table_context.h"

namespace onevoice::extract::detail {

using claims::Kind;
using text::Unit;
using text::UnitKind;
using text::Zone;

inline constexpr int kNoScore = 1 << 20;
inline constexpr int kCueLimit = 60;  // a cue further than this (code points + penalties) ties nothing
inline constexpr int kWeakCueLimit = 20;  // the same, for attributes with no value for the product
inline constexpr int kSubjectCueLimit = 80;  // a clause's subject cue, before its value
inline constexpr int kRowCueLimit = 40;   // …in a table row, where labels and headers tie cells

// True when s[b, e) is empty or holds only spaces (the text is normalized:
// every kind of space is U+0020 by then).
inline bool OnlySpaces(std::string_view s, size_t b, size_t e) {
  for (size_t i = b; i < e && i < s.size(); ++i)
    if (s[i] != ' ') return false;
  return true;
}

// True when an ASCII digit stands in s[b, e).
inline bool HasDigitIn(std::string_view s, size_t b, size_t e) {
  for (size_t i = b; i < e && i < s.size(); ++i)
    if (s[i] >= '0' && s[i] <= '9') return true;
  return false;
}

// True when s[b, e) is spaces around at most one word of letters ("now",
// "also", 「も」 is not one: Japanese has no spaces to count words by).
inline bool OneWordAtMost(std::string_view s, size_t b, size_t e) {
  e = std::min(e, s.size());
  while (b < e && s[b] == ' ') ++b;
  while (e > b && s[e - 1] == ' ') --e;
  if (b == e) return true;
  if (e - b > 12) return false;
  for (size_t i = b; i < e; ++i) {
    const char ch = s[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return false;
  }
  return true;
}

// A value found in a unit that may state a claim: a quantity, a set member
// or a boolean feature, with where it stands.
struct Candidate {
  Kind kind = Kind::kCount;
  claims::Value value;
  size_t b = 0, e = 0;     // value span in the unit text
  int cell = -1;           // rows: the cell index
  std::string attribute;   // members and booleans: their attribute
  const Quantity* q = nullptr;
  bool affirmed = false;   // a member in a row's label, affirmed in a product's cell
};

class PartExtractor {
 public:
  PartExtractor(const Engine& engine, const PartInput& in, DocumentState* state)
      : e_(engine), base_(engine.base()), in_(in), st_(*state), units_(*in.units),
        layout_(*in.layout) {}

  // Reads every unit of the part, in order; claims, with their spans in the
  // part's original text.
  PartExtraction Run();

 private:
  // ---------------------------------------------------------------- units
  void Process(int index);

  std::string ZoneKey(const Unit& u) const;

  void DropInactiveAndUrls(const Unit& u);

  std::string SpeakerOffice(const Unit& u) const;

  SourceSpan ToSource(const Unit& u, size_t b, size_t e) const { return layout_.ToSource(u.Map(b, e)); }

  // ---------------------------------------------------------------- extraction
  void Extract(const Unit& u);

  // Where struck-through text begins and ends in the unit's text, sorted.
  std::vector<size_t> StruckEdges(const Unit& u) const;

  // "Marcus mentioned on the call that Meridian Sync is ISO 27017 certified
  // - could you send the certificate?": a statement reported before the
  // value in its clause, the question asked after it.
  bool ReportedBefore(const Unit& u, const Candidate& c) const;

  // The value sits inside 「…」 (or "…") that a reported-speech word
  // follows right after the closing mark or introduces right before it.
  bool InReportedQuote(const Unit& u, const Candidate& c) const;

  // A unit that states a tax treatment but no price is a note: a heading's
  // covers what it governs, any other the whole document.
  void NoteTax(int index);

  bool IsQuestion(const Unit& u) const { return IsQuestion(u, mentions_); }
  // Where the question of a question unit begins when a dash sets it after
  // a statement ("Vault's RPO is 15 minutes, not 5 - could you correct
  // it?"); 0 when the whole unit asks.
  size_t QuestionAfterDash(const Unit& u) const;
  bool IsQuestion(const Unit& u, const std::vector<Mention>& mentions) const;

  // A row's label cell abbreviating a cue of several words ("Support
  // response" | "Within 30 minutes") stands for that cue when the cell has
  // no cue of its own.
  void AddLabelCues(const Unit& u);

  // A negation in [b, e) that is not part of a cue ("without a connection"
  // is a cue of working offline, and denies nothing), for the cue at `cue`.
  bool NegationOutsideCues(size_t b, size_t e, size_t cue) const;

  bool HasWord(std::string_view category, size_t b, size_t e) const;

  // A bare number in a unit-price column, or a column or table whose header
  // or caption names its currency ("単価" under "単位：円"), is a price in
  // that currency; what it is per comes from the row's cues. A zero is no
  // price (a free item of the quote). A unit-price column whose table names
  // no currency is in the speaking office's (a Tokyo 見積書's 「単価」 is yen).
  void AmountInPricedColumn(const TableContext& table, Candidate* c) const;

  // Cell `cell` of row `u` labels the row: the first cell, or one after
  // only cells a rowspan carried down (a category column: "| セキュリティ |
  // オフライン利用 | 可能 | ― |") with product columns after it.
  static bool IsLabelCell(const Unit& u, const TableContext& table, int cell);
  // Only item numbers (a "label" column: "No.", 項番) or cells a rowspan
  // carried down stand before cell `cell`: it names what the row is about.
  static bool LabelsRow(const Unit& u, const TableContext& table, int cell);
  // Cell `cell` is one answer mark and nothing else ("×", "✓", "Yes", 非対応).
  bool IsMarkCell(const Unit& u, int cell) const;
  bool MarkCellAfter(const Unit& u, int cell) const;

  std::vector<Candidate> Candidates(const Unit& u, const TableContext* table);

  // ---------------------------------------------------------------- filters
  bool Keep(const Unit& u, const Candidate& c, const TableContext* table) const;

  // A bare count is usually deal sizing ("40 users", 約2,400名); a count
  // states what a product can do when it is bounded ("up to", 最大, 40+),
  // answers a table row, follows its cue as a definition ("Interface
  // languages: 12") or sits in a clause with a capacity word (supports,
  // per tenant, 上限, 対応).
  bool StatesCapacity(const Unit& u, const Candidate& c, const TableContext* table) const;
  // "Insight has 40 integrations", "It now ships 45 connectors": the count at
  // `at` follows a product_verb whose subject is a product (or an anaphor).
  bool ProductsOwnCount(const Unit& u, size_t at) const;

  // The last word of `category` that ends at most `gap` code points (spaces)
  // before `at`, or null.
  const Mention* WordJustBefore(const Unit& u, std::string_view category, size_t at, size_t gap = 1) const;

  // A word of `category` starts at most `gap` code points (spaces) after `at`.
  bool WordRightAfter(const Unit& u, std::string_view category, size_t at, size_t gap = 1) const;

  // A negation word stands right before `at` ("not 30 days").
  bool DeniedAt(const Unit& u, size_t at) const { return WordJustBefore(u, "negation", at) != nullptr; }

  // The row holds money before the count and money after it, or two amounts
  // after it in cells of their own (a unit price and a line total: "メリディ
  // アン シンク（1テナント） | 1契約 | 50,000円 | 70％ | 420,000円").
  bool QuoteLine(const Unit& u, const Candidate& c) const;

  // The scope a candidate's clause-level checks look in: its cell, its
  // soft or hard clause.
  std::pair<size_t, size_t> CellRange(const Unit& u, const Candidate& c) const;

  bool Retracted(const Unit& u, const Candidate& c) const;

  // "…has a 5 minute RPO, while Corvane quoted up to 1 hour": the value's
  // clause, opened by a clause-break word, has a subject of its own — a
  // capitalized name that is no mention of ours, then a lower-case verb —
  // and names none of our products before the value.
  bool ForeignClauseSubject(const Unit& u, const Candidate& c) const;

  // "…beats Corvane's 99.5%", "against Lumetric's £32": a value right after
  // another name's possessive (a capitalized word that is no mention of
  // ours) is that name's.
  bool ForeignPossessiveBefore(const Unit& u, size_t at) const;

  // "Compared with Halcyon Backup, which offers a 60-minute RPO, the
  // platform…", "For comparison, Corvid Drive lists 99.99% uptime": a value
  // after a comparison marker in its sentence part, before any product of
  // ours (or a word referring to one) is named there, is the other thing's.
  bool AboutTheComparedThing(const Unit& u, const Candidate& c) const;

  // The soft clause holding p, and when it ends in a colon, the answer after
  // it ("Offline mode: No", "Linux client: not available").
  std::pair<size_t, size_t> ClauseWithAnswer(const Unit& u, size_t p) const;

  // "ChromeOS is on the roadmap", 「Linux版は対応予定です」: a member said to
  // be planned (planned_marker right after it, or right before) is not
  // supported yet.
  bool Planned(const Unit& u, const Candidate& c) const;

  // Whether [b, e) holds figures and all of them are dates.
  bool OnlyDatesIn(size_t b, size_t e) const;
  // Another member of the candidate's attribute stands in [c.e, end).
  bool MemberBetween(const Candidate& c, size_t end) const;

  // A bracket opens in t[b, e) of the normalized text ("(": （ folds to it).
  static bool OpensBracket(std::string_view t, size_t b, size_t e);

  // 「Linuxにつきましては、…Linux版のご用意はございません」: a member named
  // again in its sentence and denied there is denied throughout — after it,
  // or before it (「Linuxには対応しておりませんので、…PC（Linux）からは…」).
  bool DeniedLater(const Unit& u, const Candidate& c) const;

  // A customer writing of their own things ("Our go-live for the
  // dashboards is Feb 15"): "our" opens the value's sentence, which names
  // none of our products nor refers to one.
  bool CustomersOwnSubject(const Unit& u, const Candidate& c) const;

  // A member named in a clause about the customer's own things ("so your
  // two Ubuntu workstations would use the web app") that names none of our
  // products: their environment, not a claim.
  bool CustomersOwn(const Unit& u, const Candidate& c) const;

  // A figure right after a customer's word, with no attribute cue right
  // after it, describes the customer's own thing ("your 7-year records
  // schedule", "your 7 years of records") — not "your 30-day free trial".
  bool CustomersFigure(const Unit& u, const Candidate& c) const;

  // A date a citation dates ("2026年7月 当社調べ", "Source: … brief, July
  // 2026"): a source_marker right after it, or before it in its clause.
  bool SourceDate(const Unit& u, const Candidate& c) const;

  // A figure denied right after it in its clause (「5分のRPOには対応して
  // おりません」, 「2026年12月ではございません」): value_denial in the language data.
  // A figure named as a figure (「RPO 5分という値は、弊社の公表値ではございません」:
  // quotative right after it) is denied by a value_denial anywhere later in
  // its sentence.
  bool DeniedRightAfter(const Unit& u, const Candidate& c) const;

  // A figure that is a difference between two values, not a value ("£4 a
  // month cheaper", "cheaper by £4", 「5,000円安く」): difference_marker in
  // the language data, right after the figure (at: after) or right before
  // it (at: before; not before a date, "by January" is a deadline, nor a
  // percentage, "backed by 99.9% uptime", nor a count, "used by up to
  // 10,000 users"), with nothing but spaces between.
  bool Difference(const Unit& u, const Candidate& c) const;

  // "1テナントで最大10,000ユーザー": one of a unit followed by a basis_marker,
  // with another count after it in its clause, is what that count is per.
  bool IsBasis(const Unit& u, const Candidate& c) const;

  // A member labelling an answer ("HIPAA: Meridian Sync is ISO 27001
  // certified and we hold a SOC 2 Type II report") is the question's topic
  // when the answer names other members of its attribute and not it again.
  bool LabelAnsweredByOthers(const Unit& u, const Candidate& c) const;

  bool Negated(const Unit& u, const Candidate& c) const;
  // The negation word `m` negates its clause's predicate, not a noun it
  // runs into before the cue or value at `cue`.
  bool NegatesPredicate(const Mention& m, size_t cue) const;

  // "isn't generally available until January 2027": a date right after an
  // "until" that a negation before it in the clause turns round is when
  // the thing begins — the date's own claim, neither denied nor a period.
  bool NotUntil(const Unit& u, const Candidate& c) const;

  // `scope` narrowed to the clause-break words ("but", "while", とは異なり)
  // nearest the candidate on either side.
  std::pair<size_t, size_t> WithinClauseBreaks(const Candidate& c, std::pair<size_t, size_t> scope) const;

  // "最大容量 1PB／一部対応／…", "利用者数（3,500名以上） → 対応可", "RPO 15 min |
  // Compliant": a figure followed, with only brackets, separators or an
  // arrow between, by a compliance verdict is the requirement it answers.
  bool AnsweredAsRequirement(const Unit& u, const Candidate& c) const;

  bool RequirementContext(const Unit& u, const Candidate& c) const;

  // `marker` ends with or is followed by a colon, and c lies after it on the
  // same physical line of the unit.
  bool LabelLineGoverns(const Unit& u, const Mention& marker, const Candidate& c) const;

  // The requirement is said to be met ("meets your requirement",
  // 「貴社要件を満たします」): a verb of requirement_met within a few code
  // points of the marker, in its soft clause — and the value is not the
  // requirement's own, between the two (「ご要件の30分以内を満たしております」).
  bool RequirementMet(const Unit& u, const Mention& marker, const Candidate& c) const;

  bool DealContext(const Unit& u, const Candidate& c) const;

  // A capacity word (上限, "limit") right before `at` in its clause, with a
  // topic or copula at most between ("上限は現在", "the limit is now").
  bool CapacityBefore(const Unit& u, size_t at) const;

  // A product or a word referring to one, then a topic marker (は, では),
  // ends right before `at` (「本製品は現在、…」).
  bool ProductTopicBefore(const Unit& u, size_t at) const;

  // A cue begins at most one code point (a space) after `at`.
  bool CueRightAfter(const Unit& u, size_t at) const;

  // A number ends at most two code points (spaces) before `at`.
  bool AfterNumber(const Unit& u, size_t at) const;
  // Whether a basis_suffix no cue covers ends right before the figure
  // (「1案件あたり約40GB」) while another figure of its kind in the unit is
  // per what a cue names (「1ユーザーあたり1TB」): a figure per something
  // no attribute is per.
  bool PerOtherBasis(const Unit& u, const Candidate& c) const;
  // Whether a percent in [b, e) is followed by a percent_base word ("10% of").
  bool PercentBaseBetween(const Unit& u, size_t b, size_t e) const;
  // Whether a contract's date word (deal_marker with date: "true",
  // 「ご契約開始」) stands before the date in its clause.
  bool ContractDate(const Unit& u, const Candidate& c) const;
  // Whether a cue of a price per a unit ("per user", 1TBあたり) stands in [b, e).
  bool UnitPriceCueIn(size_t b, size_t e) const;
  // Whether a count or a data size ends within two code points before `at`.
  bool CountOrSizeBefore(const Unit& u, size_t at) const;
  // Whether an arithmetic operator (×, x, *) starts within two code points
  // after `at`, a price right after it.
  bool OperatorAfter(const Unit& u, size_t at) const;

  // A row whose label says it is a total, a quantity or what is in use
  // ("Monthly total", "Seats in use") holds deal figures.
  // A requirement cell's own figures ("the Council has 2,400 staff") say
  // nothing about the answer beside it.
  // Who an item is for ("principals and office staff") makes no deal of a
  // figure in a unit-price column: that is the item's list price.
  // Cell `cell` of row `u` asks a question ("Is RPO under 30 minutes?",
  // 「容量の上限はありますか。」): the customer's requirement.
  bool QuestionCell(const Unit& u, int cell) const;

  bool RowIsDeal(const Unit& u, const Candidate& c, const TableContext& table) const;

  // "supports up to 5,000 users, comfortably above the 2,900 people": an
  // exact figure after a bounded one of the same kind is compared with the
  // limit, not stated as one.
  bool ComparedWithLimit(const Unit& u, const Candidate& c) const;

  // A timeline in one sentence (「2025年度までは5,000ユーザー、2026年度から
  // は1万ユーザー」, "5,000 users until March 2026 and 10,000 users from
  // April"): a count placed in a period of its own (its clause holds a date
  // with a period marker) restates the count of the same things claimed
  // before it in the unit.
  bool RestatesInTimeline(const Unit& u, const Candidate& c) const;

  // "15名様でご利用の場合、月額60,000円", "the data team of 6 would be $180": a
  // price after a plain head count in its sentence is that deal's total.
  // So is a price after a plain amount of data ("For your 60 TB that's £960
  // a month") unless it is a price per unit of data ("$20 per TB").
  bool SizedByCount(const Unit& u, const Candidate& c) const;
  // A price without a period that is another price of its unit times one
  // or two counts, terms, sizes or percents written there (a monthly
  // price's year counted in): a line total ("$399 per month - 12 months -
  // $4,788"), a share (「50,000円の10％にあたる5,000円」).
  bool ProductOfOthers(const Unit& u, const Candidate& c) const;

  // A count whose unit word is a cue of a set attribute ("2拠点", "4 regions"):
  // it counts members, not people or data.
  bool CountsMembers(const Quantity& q) const;

  bool DealTargetRightBefore(const Unit& u, size_t at) const;

  bool HasBoundBetween(size_t b, size_t e) const;

  // A date that only places another value in time ("until March 2026",
  // 「2026年4月以降」) states no date claim of its own.
  bool IsPeriodDate(const Unit& u, const Candidate& c) const;

  // ---------------------------------------------------------------- products
  std::vector<int> ProductsFor(const Unit& u, const Candidate& c, const TableContext* table);

  // The one product an earlier sentence of u's list item names, or -1.
  int ItemProduct(const Unit& u) const;

  // The sentence's subject is a cue of the value's kind standing before the
  // first customer marker: the customer's words only qualify it ("Queries
  // on your shipment history return in under one second"), unlike "Your
  // current tool keeps history for 12 months".
  bool CueBeforeCustomer(const Unit& u, const Candidate& c) const;

  // An own_marker ("our") after the last customer marker before `at`.
  bool OursAgainBefore(size_t at) const;

  // The one product named by the sentence right before the list `u` is an
  // item of, when no item before `u` names another; else -1.
  // So does the sentence right before a table ("Here is the Meridian Vault
  // pricing for Kestrel (Japan regions)." over "Region | Price per TB | …").
  int ListLead(const Unit& u) const;
  // The index of that lead-in sentence, or -1; with `named` false, also
  // one naming no product (「同製品の対応OSは以下のとおりです。」).
  int ListLeadUnit(const Unit& u, bool named = true) const;
  // `u` is a list item whose lead-in (a lead-in line, or a sentence ending
  // in a colon) says the product has what its items name: "What Meridian
  // Sync includes:", "Every plan comes with:".
  bool LeadAffirms(const Unit& u) const;
  // Unit `unit` leads into the list after it: it ends in a colon or says
  // so (list_lead: "as follows", 「以下のとおり」).
  bool LeadsIn(int unit) const;

  // "Meridian Sync and Meridian Vault customers get…", 「シンクとボールトは…」:
  // the product joined to `m` by a conjunction right before it (no value
  // between), or -1.
  int JoinedBefore(const Unit& u, const Mention& m, size_t floor) const;

  // A row of a line-item table whose item names neither a product nor an
  // attribute, where another row's item names a product: an item of its own
  // ("初期導入支援サービス | 300,000円 | 1式" under "メリディアン シンク 月額
  // 基本料金 | 50,000円／月"), not the product the section is about.
  //
  // The item is the row's first cell with a letter in it: a line number
  // before it ("| 3 | Implementation services | $18,500.00 |") is no item.
  static int ItemCell(const Unit& u);

  bool OtherLineItem(const Unit& u, const Candidate& c);

  // A cell spanning several product columns (colspan) speaks for each of
  // their products ("Data location | Frankfurt" across Sync and Vault).
  std::vector<int> SpanProducts(const Unit& u, const Candidate& c, const TableContext& table,
                                const std::vector<int>& alone) const;

  // A sentence part ends between b and e: a hard break, or a clause-break
  // word ("…caps storage at 500 GB per user, while every Meridian Sync user
  // gets 1 TB": the product after "while" is not the first value's).
  bool ClauseEndsBetween(size_t b, size_t e) const;

  // The product a form table's product row above names ("| 7.1 Product |
  // Meridian Vault |": its label cell a product_label word after the item
  // number), nearest first; empty when none or several.
  std::vector<int> FormProductAbove(const Unit& u) const;
  // The products named in column `col` of the nearest row above `u` (in its
  // table, below the header) whose cell there is not blank.
  std::vector<int> ProductAbove(const Unit& u, int col) const;
  // Products named in [b, e) of the row (or what an anaphor there means).
  std::vector<int> ProductsInRange(const Unit& u, size_t b, size_t e);

  // The unit starts (after a list marker or number) with a name of two or
  // more capitalized words that ends before `at`, is followed by a
  // lower-case word (its verb), and is no mention of ours (no product,
  // office, member or cue).
  bool ForeignSubjectBefore(const Unit& u, size_t at) const;

  bool IsBoth(const std::string& text) const;

  std::vector<int> Resolve(const Unit& u, const Mention& anaphor);

  int Respectively(const Unit& u, const Candidate& c) const;

  // ---------------------------------------------------------------- attributes
  struct Choice {
    const claims::Attribute* attribute = nullptr;
    int score = kNoScore;
    int key = kNoScore;  // the rank among the product's attributes (lower wins)
  };

  Choice AttributeFor(const Unit& u, const Candidate& c, int product, const TableContext* table) const;

  // The member continues a list whose member before it, joined by list
  // words alone (", ", " and ", 「、」, 「・」), was claimed for `a` ("the
  // others are Frankfurt, Tokyo and Osaka").
  bool ContinuesMembers(const Unit& u, const Candidate& c, const claims::Attribute& a) const;
  // The member stands in a row's answer and the question or requirement
  // beside it names another member of its attribute ("Do you hold Cyber
  // Essentials Plus? | No; we hold ISO 27001 and SOC 2 Type II."): the
  // answer is about that attribute.
  // A figure measured or observed, not promised (an observed_marker word
  // before it in its clause or in its row's label: "Measured uptime |
  // 99.98%", 「稼働実績：99.80％」).
  bool Observed(const Unit& u, const Candidate& c, const TableContext* table) const;
  // The words of a longest-first list compared at one place, never
  // searched for (basis markers, percent bases, basis suffixes). WordFrom:
  // where the word starting at `at` ends — with `whole`, spaces before it
  // skipped and only one a space or the text's end follows; WordUntil:
  // where the word ending at `at` begins. npos when none.
  size_t WordFrom(const Unit& u, const std::vector<std::string>& words, size_t at, bool whole) const;
  size_t WordUntil(const Unit& u, const std::vector<std::string>& words, size_t at) const;
  // A percent of a charge ("5% of the monthly charges", 「月額利用料の
  // 10％」): a credit or a discount's share, no rate of the product's.
  bool ShareOfCharge(const Unit& u, const Candidate& c) const;
  // A percent in a clause that sets a tier of rates, below one and at
  // least another ("less than 99.9% but at least 99.0% | 10%"): a
  // service-credit tier's bounds, no rate the product promises. (A lone
  // "falls below 99.95%" restates the SLA it refers to.)
  bool Threshold(const Unit& u, const Candidate& c) const;
  bool AnswersMemberAsked(const Unit& u, const Candidate& c, const TableContext* table) const;

  // A semicolon joins a clause to the one before it as its parallel: a list
  // of the set's members in it, with no cue of another attribute, continues
  // the members claimed before ("…with the replica in Osaka; EU customers are
  // served from Frankfurt and London"). One member alone is not a list ("…;
  // the workshop is in Frankfurt").
  bool ParallelClauseMembers(const Unit& u, const Candidate& c, const claims::Attribute& a, size_t prev_end) const;

  // [b, e) of u.text is made of `marks` alone — and of conjunction words
  // ("and", 「と」) when `conjunctions`, and of short bracketed words with no
  // digit ("(Japan)") when `qualifiers`.
  template <size_t N>
  bool OnlyMarksBetween(const Unit& u, size_t b, size_t e, const std::string_view (&marks)[N], bool conjunctions,
                        bool qualifiers = false) const {
    for (size_t i = b; i < e;) {
      if (qualifiers && u.text[i] == '(') {
        const size_t close = u.text.find(')', i);
        if (close < e && close - i <= 24 && !HasDigitIn(u.text, i, close)) {
          i = close + 1;
          continue;
        }
      }
      const Mention* conj = nullptr;
      if (conjunctions) {
        for (const Mention& m : mentions_)
          if (IsWord(m, "conjunction") && m.begin == i && m.end <= e) conj = &m;
      }
      if (conj) {
        i = conj->end;
        continue;
      }
      bool mark = false;
      for (std::string_view s : marks) {
        if (u.text.compare(i, s.size(), s) == 0) {
          i += s.size();
          mark = true;
          break;
        }
      }
      if (!mark) return false;
    }
    return true;
  }

  // The company-wide declaration of a cue's attribute, or null.
  const claims::Attribute* CompanyAttribute(const std::string& id) const;

  // The value continues a list of one attribute's values in its unit
  // (「シンクの稼働率は99.9%、ボールトは99.95%、インサイトは99.5%」): an
  // earlier value there already took that attribute, and no cue of another
  // attribute of its kind stands between them.
  bool ContinuesList(const Candidate& c, const claims::Attribute& a) const;

  // A product name or an anaphor in the unit (the sentence, the row).
  bool ProductInUnit() const { return NamesProductIn(0, cur_->text.size(), /*anaphora=*/true); }

  // A product named in [b, e) of the unit; with `anaphora`, or referred to.
  bool NamesProductIn(size_t b, size_t e, bool anaphora = false) const;
  // Table cell `cell` of `u` is a sentence of its own: seven words (or
  // twenty characters) or more and a full stop.
  bool ProseCell(const Unit& u, int cell) const;

  // A product named (or referred to) in c's soft clause, or in its row —
  // or beside another member of the same set in c's sentence part, which c
  // continues ("in Frankfurt or, on request, in our Dublin facility").
  bool ProductBeside(const Unit& u, const Candidate& c, bool follow_list = true) const;

  // A cue of `a` in the value's own soft clause (not in a list item before it).
  bool CueInClause(const Unit& u, const Candidate& c, const claims::Attribute& a) const;

  // The start of a label of at most `max_points` code points before a colon
  // that opens the sentence, when the clause at `b` starts right after that
  // colon ("RTO: …", "Meridian Sync: Windows, …"); `b` otherwise.
  size_t ColonLabelStart(const Unit& u, size_t b, size_t max_points) const;

  // The cue is the subject of the value's clause: before it in the same
  // soft clause, at most kSubjectCueLimit code points away, with no other cue or
  // value of its kind between ("Vault's RTO for a typical clinic server is
  // about 4 hours", "… for a full-site restore of the 61 TB is roughly 8 hours").
  bool SubjectCue(const Unit& u, const Candidate& c, const claims::Attribute& a) const;

  // How many attributes of `kind` the base has values of for `product`.
  int AttributesWithClaims(int product, Kind kind) const;

  // How well a stated billing unit fits an attribute's unit: negative is a
  // fit, kNoScore rules it out ("per TB" is never a per-user price).
  static int PerScore(const std::string& stated, const std::string& unit);

  // A cue set aside by the words beside it ("priced per workspace rather
  // than per user", 「ユーザー単位ではなく」): cue_denial in the language data.
  bool CueDenied(const Unit& u, const Mention& cue) const;

  // The cue of another attribute of `kind` joined to `cue` by a cue_joiner
  // right before it (before) or right after it (after), or null.
  const Mention* JoinedCue(const Unit& u, const Mention& cue, Kind kind, bool before) const;

  int CueScore(const Unit& u, const Candidate& c, const claims::Attribute& a, const TableContext* table) const;

  // The count's unit word is a noun of its own (Latin or katakana, not a
  // bare counter like 個 or 件) and no cue word starts there.
  bool NamesOtherThing(const Unit& u, const Candidate& c) const;

  // `m` is the unit word of the count right before c in its unit (one
  // sentence or item), and c, a number with no unit word, follows it in the
  // next clause or sentence part with no other count between.
  bool RestatesCountOf(const Unit& u, const Candidate& c, const Mention& m) const;

  // A cue right after a count's number is what it counts ("10,000 users",
  // 1万ユーザー), also past words that only qualify it ("45 native data
  // sources", "10,000 named users": count_qualifier in the language data).
  bool OwnUnitCue(const Unit& u, const Candidate& c, const Mention& m) const;

  static int UnitDistance(const std::string& a, const std::string& b);

  // The period a column header names, for a value right after it.
  Placement HeaderPeriod(const std::string& header) const;

  // What time placement (period.h) reads of the unit being read.
  UnitFacts Facts(const Unit& u) const { return UnitFacts{u.text, mentions_, quantities_, breaks_}; }

  // The mentions found in unit `index`, before any are dropped: found once
  // per unit (a heading is asked again for every value it governs).
  const std::vector<Mention>& RawMentions(int index) const;

  // Code points in s[b, e): how far apart two things in a unit are is asked
  // for every value against every mention, so for the unit being read the
  // count comes from a prefix sum built once (other texts are counted).
  size_t CodePoints(std::string_view s, size_t b, size_t e) const;

  bool HeadingCues(int heading, const std::string& attribute) const;

  // ---------------------------------------------------------------- claims
  void Emit(const Unit& u, const Candidate& c, int product, const TableContext* table);

  // The correction marker right before a value ("the right figure is", 正しくは), or null.
  const Mention* CorrectionBefore(const Unit& u, const Candidate& c) const;

  // "…keeps backups for 30 days; the right figure is 90 days": a value right
  // after a correction marker, with no cue of its own, corrects the value of
  // the last cue of its kind before the marker in the unit.
  const claims::Attribute* CorrectedAttribute(const Unit& u, const Candidate& c, int product) const;

  // The currency of the office speaking in the unit: a quoted author's
  // own office in a quote, else the part's speaker.
  std::string OfficeCurrency() const { return CurrencyOf(speaker_); }
  std::string CurrencyOf(const std::string& office) const;

  static std::string FillPer(const std::string& stated, const std::string& unit);

  // Tax stated for a whole table or section: the column header, a governing
  // heading or lead-in ("費用概算（月額・税抜）"), the table's caption.
  // First, a tax word elsewhere in the value's sentence part: "Sync is £329
  // per month, Vault £16 per TB … and Insight £25 per user per month, all
  // excluding VAT", 「…月額5万円、…月額2,800円です（いずれも税抜）」; then,
  // for the sentence's only amount, a tax word anywhere in the sentence.
  claims::Tax ContextTax(const Unit& u, const Candidate& c, const TableContext* table) const;

  // ---------------------------------------------------------------- tables
  const TableContext& Table(int index);

  const Engine& e_;
  const claims::Base& base_;
  const PartInput& in_;
  DocumentState& st_;
  const std::vector<Unit>& units_;
  const text::Layout& layout_;
  PartExtraction out_;
  std::vector<std::vector<int>> unit_products_;
  std::vector<bool> both_heading_;  // a heading "for both products" (unit index)
  // The one product a unit naming none refers back to by a noun (「同製品の
  // 対応OSは以下のとおりです。」), by unit index; -1 when none.
  std::vector<int> unit_referred_;
  // ListLeadUnit's memo: the index of the first item of the list a unit is
  // an item of, -1 until asked.
  mutable std::vector<int> list_start_;
  std::map<int, std::vector<int>> item_rows_;  // table -> rows whose first cell names a product
  std::map<std::string, std::vector<int>> last_products_;
  std::vector<int> last_products_any_;  // the last products named in any zone
  std::map<int, TableContext> tables_;
  std::map<std::pair<int, int>, Placement> header_periods_;  // (table, column) -> HeaderPeriod
  std::vector<claims::Tax> unit_tax_;  // tax stated by a heading unit
  mutable std::vector<std::optional<std::vector<Mention>>> raw_mentions_;  // by unit, see RawMentions
  std::map<std::string, claims::Tax> note_tax_;  // ZoneKey -> its author's tax note
  // Per claim of out_: whose text it is in (its unit's ZoneKey) and the
  // office speaking there.
  struct Voice {
    std::string zone, office;
  };
  std::vector<Voice> claim_voices_;
  // Per unit being processed:
  const Unit* cur_ = nullptr;
  mutable const Unit* code_points_of_ = nullptr;  // see CodePoints
  mutable std::vector<uint32_t> code_points_before_;
  std::vector<Mention> mentions_;
  std::vector<Quantity> quantities_;
  Breaks breaks_;
  std::string speaker_;
  bool quoted_ = false;
  bool reported_ = false;
  // The attribute and end of each value claimed in the unit so far.
  std::vector<std::pair<const claims::Attribute*, size_t>> unit_values_;
  std::vector<std::pair<std::string, size_t>> unit_counts_;  // counts claimed in the unit: unit word, end
};

}  // namespace onevoice::extract::detail

#endif  // ONEVOICE_EXTRACT_PART_EXTRACTOR_H_
