#include "text/layout.h"

#include <gtest/gtest.h>

#include "text/segment.h"
#include "text/zones.h"
#include "claims/lang.h"

namespace onevoice::text {
namespace {

std::string CellText(const Layout& l, const Cell& c) {
  std::string out;
  for (const auto& p : c.pieces) out += std::string(l.Text(p));
  return out;
}

TEST(Layout, MarkdownTableHasHeaderRowAndCells) {
  Layout l = BuildLayout("| 要件 | 回答 |\n|---|---|\n| 稼働率 | 99.9% |\n", ingest::PartKind::kMarkdown);
  ASSERT_EQ(l.tables.size(), 1u);
  const Table& t = l.tables[0];
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(CellText(l, t.rows[1][1]), "99.9%");
}

// A CSV part is one table, a row per line; a quoted field keeps its
// commas and its span is the text inside the quotes. TSV splits at tabs.
TEST(Layout, DelimitedPartsAreTables) {
  Layout l = BuildLayout("product,price,notes\nRelay,249,\"up to 5,000 users; \"\"fair use\"\"\"\nDesk,39,\n",
                         ingest::PartKind::kCsv);
  ASSERT_EQ(l.tables.size(), 1u);
  const Table& t = l.tables[0];
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_EQ(t.rows.size(), 3u);
  ASSERT_EQ(t.columns(), 3u);
  EXPECT_EQ(CellText(l, t.rows[1][2]), "up to 5,000 users; \"\"fair use\"\"");
  EXPECT_TRUE(t.rows[2][2].pieces.empty());
  Layout tsv = BuildLayout("product\tprice\nRelay, EU\t249\n", ingest::PartKind::kTsv);
  ASSERT_EQ(tsv.tables.size(), 1u);
  EXPECT_EQ(CellText(tsv, tsv.tables[0].rows[1][0]), "Relay, EU");
}

// A CSV's leading rows of one or two fields (an estimate number) are a
// table of their own, so the row under them heads the items.
TEST(Layout, LeadingKeyValueRowsOfACsvAreATableOfTheirOwn) {
  Layout l = BuildLayout("見積番号,TK-0414,,\n品名,単価,数量,金額\nリレー,36000,12,432000\n", ingest::PartKind::kCsv);
  ASSERT_EQ(l.tables.size(), 2u);
  EXPECT_EQ(l.tables[0].rows.size(), 1u);
  EXPECT_EQ(l.tables[1].header_rows, 1);
  EXPECT_EQ(CellText(l, l.tables[1].rows[0][1]), "単価");
}

// Comma-separated lines pasted into plain text are a table; hard-wrapped
// prose with commas, even in equal numbers, is not.
TEST(Layout, CommaSeparatedLinesInPlainTextAreATable) {
  Layout l = BuildLayout("※金額は税抜です。\n\n品名,単価,数量,金額\nリレー 月額,36000,12,432000\n合計,,,432000\n",
                         ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 1u);
  EXPECT_EQ(l.tables[0].rows.size(), 3u);
  EXPECT_EQ(CellText(l, l.tables[0].rows[1][1]), "36000");
  Layout prose = BuildLayout("On scale, you should be fine: Relay handles up to 10,000\n"
                             "users on a single tenant. You're at 3,400 today, with 500 more after\n",
                             ingest::PartKind::kPlain);
  EXPECT_TRUE(prose.tables.empty());
  Layout list = BuildLayout("We support Windows, macOS, iOS.\nAnd Linux, BSD, Solaris.\n", ingest::PartKind::kPlain);
  EXPECT_TRUE(list.tables.empty());
}

// A chat transcript pasted into mail: Slack's "Name  9:14 AM" lines head
// their messages and Teams' "[10:42 AM] Name: …" lines are items, so no two
// messages run together into one sentence. A sentence with a time in it
// is neither.
TEST(Layout, ChatTranscriptLinesAreMessagesOfTheirOwn) {
  Layout l = BuildLayout("Maya Chen  9:14 AM\nRelay is $249 a month\nKen Sato  9:15 AM\nthanks\n"
                         "[10:42 AM] Ken Sato: and the SLA?\n[10:44 AM] Maya Chen: 99.95%\n"
                         "Meet at 9:30\nSee you Monday 10:00 am\n",
                         ingest::PartKind::kPlain);
  ASSERT_GE(l.lines.size(), 8u);
  EXPECT_EQ(l.lines[0].kind, LineKind::kHeading);
  EXPECT_EQ(l.lines[1].kind, LineKind::kText);
  EXPECT_EQ(l.lines[2].kind, LineKind::kHeading);
  EXPECT_EQ(l.lines[4].kind, LineKind::kBullet);
  EXPECT_EQ(l.Text(l.lines[5].content), "Maya Chen: 99.95%");
  EXPECT_EQ(l.lines[6].kind, LineKind::kText);
  EXPECT_EQ(l.lines[7].kind, LineKind::kText);
  // One name-and-time line is a letter's line, not a transcript's.
  Layout letter = BuildLayout("Dear Dana,\nMonday 10:00 AM\nworks for us.\n", ingest::PartKind::kPlain);
  EXPECT_EQ(letter.lines[1].kind, LineKind::kText);
}

TEST(Layout, CircledNumbersStartBulletsOfTheirOwn) {
  Layout l = BuildLayout("標準価格は以下のとおりです。\n\n①デスク：月額4,980円\n②リレー：月額1,000円\n",
                         ingest::PartKind::kPlain);
  int bullets = 0;
  for (const auto& ln : l.lines) bullets += ln.kind == LineKind::kBullet;
  EXPECT_EQ(bullets, 2);
}

// An agenda's lines, each opening with a clock time, are items of their own;
// a ratio or a time inside a line is not.
TEST(Layout, ClockTimesOpenAgendaItems) {
  Layout l = BuildLayout("アジェンダ\n14:00 ご挨拶\n14:05 デスクの料金：月額4,980円\n9:30-10:00 Demo of Relay\n"
                         "16:9 screens\nMeet at 14:00 on Monday\n",
                         ingest::PartKind::kPlain);
  ASSERT_GE(l.lines.size(), 6u);
  EXPECT_EQ(l.lines[1].kind, LineKind::kBullet);
  EXPECT_EQ(l.lines[2].kind, LineKind::kBullet);
  EXPECT_EQ(l.lines[3].kind, LineKind::kBullet);
  EXPECT_EQ(l.Text(l.lines[3].content), "Demo of Relay");
  EXPECT_NE(l.lines[4].kind, LineKind::kBullet);
  EXPECT_NE(l.lines[5].kind, LineKind::kBullet);
}

// An all-caps line is a title, but one token with a digit in it is a value
// ("AES-256" under a label bullet), not a heading.
TEST(Layout, AnAllCapsValueWithADigitIsNoTitle) {
  Layout l = BuildLayout("PRICING\n\n- Encryption\nAES-256\n", ingest::PartKind::kPlain);
  ASSERT_GE(l.lines.size(), 4u);
  EXPECT_EQ(l.lines[0].kind, LineKind::kHeading);
  EXPECT_NE(l.lines[3].kind, LineKind::kHeading);
}

// A questionnaire answered in place: questions, each answer set apart by
// spaces on its line, are a table of question | answer. One such line alone
// is a line of text.
TEST(Layout, QuestionsAnsweredOnTheirLinesAreATable) {
  Layout l = BuildLayout(
      "Q3.2.4  Maximum number of users per tenant?     10,000.\n"
      "Q3.2.5  Is offline working supported?            No.\n"
      "Q3.2.6  対応OSは？                               Windows、macOSです。\n",
      ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 1u);
  const Table& t = l.tables[0];
  EXPECT_EQ(t.header_rows, 0);
  ASSERT_EQ(t.rows.size(), 3u);
  ASSERT_EQ(t.rows[0].size(), 3u);
  EXPECT_EQ(CellText(l, t.rows[0][1]), "Maximum number of users per tenant?");
  EXPECT_EQ(CellText(l, t.rows[0][2]), "10,000.");
  EXPECT_EQ(CellText(l, t.rows[2][2]), "Windows、macOSです。");

  Layout one = BuildLayout("Is offline working supported?     No.\nThanks, Tom\n", ingest::PartKind::kPlain);
  EXPECT_TRUE(one.tables.empty());
}

// Under a letter's salutation, a line standing alone is the letter's subject
// line, a title in a mail as in a document; a sentence there is none, and
// in a mail nothing else is a title.
TEST(Layout, ALettersSubjectLineUnderTheSalutationIsATitle) {
  Layout mail = BuildLayout("Dear Procurement Team,\n\nRE: ITT 117 - Stage 1 questions (Meridian Sync)\n\nOur answers follow.\n",
                            ingest::PartKind::kPlain, false);
  ASSERT_GE(mail.lines.size(), 3u);
  EXPECT_NE(mail.lines[0].kind, LineKind::kHeading);
  EXPECT_EQ(mail.lines[2].kind, LineKind::kHeading);
  Layout doc = BuildLayout("Dear Procurement Team,\n\nRE: ITT 117 - Stage 1 questions (Meridian Sync)\n",
                           ingest::PartKind::kPlain, true);
  EXPECT_EQ(doc.lines[2].kind, LineKind::kHeading);
  Layout sentence = BuildLayout("Hi Tom,\n\nThanks for the call today.\n", ingest::PartKind::kPlain, false);
  EXPECT_NE(sentence.lines[2].kind, LineKind::kHeading);
  Layout plain = BuildLayout("Quick update on pricing\n\nThanks for the call today.\n", ingest::PartKind::kPlain, false);
  EXPECT_NE(plain.lines[0].kind, LineKind::kHeading);
}

TEST(Layout, NumberedItemsWithoutASpaceBeforeJapaneseText) {
  Layout l = BuildLayout("1.「上限は何名か」とのご質問について\n\u3000最大5,000名です。\n"
                         "1.5TBまで拡張できます。\n",
                         ingest::PartKind::kPlain);
  ASSERT_GE(l.lines.size(), 3u);
  EXPECT_EQ(l.lines[0].kind, LineKind::kBullet);
  EXPECT_NE(l.lines[2].kind, LineKind::kBullet);  // "1.5" is a decimal
}

// "1-3", "1-4" opening consecutive lines of a checklist are item numbers,
// the item's text starting after them; one such line alone is left as it is
// (it may be a range: "10-20 ユーザー").
TEST(Layout, ChecklistItemNumbersOpenItems) {
  Layout l = BuildLayout("1-3\u3000ISMAP登録\u3000×\n1-4\u3000利用者数（2,000名）\u3000○\n\n10-20 ユーザー\n",
                         ingest::PartKind::kPlain);
  ASSERT_GE(l.lines.size(), 4u);
  EXPECT_EQ(l.lines[0].kind, LineKind::kBullet);
  EXPECT_EQ(l.lines[1].kind, LineKind::kBullet);
  EXPECT_EQ(l.Text(l.lines[1].content).substr(0, 12), "利用者数");
  EXPECT_NE(l.lines[3].kind, LineKind::kBullet);
}

// A form's dotted or lettered item numbers ("4.2", "4.10", "3.2.1", "B-06",
// "A.1.6") open items of their own when they number consecutive lines; a
// decimal opening one line stays text.
TEST(Layout, AFormsDottedAndLetteredItemNumbersOpenItems) {
  Layout l = BuildLayout("4.1 Product name: Harborlight Desk\n4.2 Maximum agents: 1,000\n4.10 Uptime: 99.9%\n\n"
                         "B-06 Encryption at rest\nB-07 Single sign-on\n\n"
                         "A.1.6 SOC 2 Type II\nA.1.7 Cyber Essentials Plus\n",
                         ingest::PartKind::kPlain);
  ASSERT_GE(l.lines.size(), 9u);
  for (int i : {0, 1, 2, 4, 5, 7, 8}) EXPECT_EQ(l.lines[i].kind, LineKind::kBullet) << i;
  EXPECT_EQ(l.Text(l.lines[2].content), "Uptime: 99.9%");
  EXPECT_EQ(l.Text(l.lines[5].content), "Single sign-on");
  Layout decimal = BuildLayout("2.5 Agents joined last year.\n", ingest::PartKind::kPlain);
  ASSERT_GE(decimal.lines.size(), 1u);
  EXPECT_NE(decimal.lines[0].kind, LineKind::kBullet);
}

TEST(Layout, ANumberedTitleAboveProseIsAHeading) {
  Layout l = BuildLayout("3. メリディアン インサイトによる可視化\n現在は30日間の無料トライアルがございます。\n\n"
                         "1. Meridian Sync holds up to\n10,000 users.\n\n"
                         "1. Pricing\n2. Limits\n",
                         ingest::PartKind::kPlain);
  ASSERT_GE(l.lines.size(), 8u);
  EXPECT_EQ(l.lines[0].kind, LineKind::kHeading);
  EXPECT_EQ(l.lines[3].kind, LineKind::kBullet);  // its wrapped text goes on below
  EXPECT_EQ(l.lines[6].kind, LineKind::kBullet);  // the next item follows
  EXPECT_EQ(l.lines[7].kind, LineKind::kBullet);
}

// A table drawn with box-drawing characters: its borders and rules belong to
// it, the row above the first rule is its header, and rules between row
// groups do not end it. An ASCII grid (+---+) the same.
TEST(Layout, ABoxDrawnTableHasItsHeaderAndAllItsRows) {
  Layout l = BuildLayout("┌────┬────┐\n│品目│価格（税込）│\n├────┼────┤\n│A│1,000円│\n├────┼────┤\n│B│2,000円│\n"
                         "└────┴────┘\n"
                         "+------+------+\n| Item | Price |\n+======+======+\n| A | $10 |\n+------+------+\n",
                         ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 2u);
  EXPECT_EQ(l.tables[0].header_rows, 1);
  ASSERT_EQ(l.tables[0].rows.size(), 3u);
  EXPECT_EQ(CellText(l, l.tables[0].rows[2][1]), "2,000円");
  EXPECT_EQ(l.tables[1].header_rows, 1);
  ASSERT_EQ(l.tables[1].rows.size(), 2u);
  for (const auto& ln : l.lines) EXPECT_NE(ln.kind, LineKind::kText);  // borders are the tables' too
}

// Lines pasted from a spreadsheet: tab-separated cells (three or more) make
// a table, empty cells keep their column; one tab is no table.
TEST(Layout, TabSeparatedLinesAreATable) {
  Layout l = BuildLayout("品名\t数量\t単価\t金額\nA\t40名\t4,000円\t160,000円\n合計\t\t\t160,000円\n\n"
                         "TEL:\t03-1234-5678\nFAX:\t03-1234-5679\n",
                         ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 1u);
  EXPECT_EQ(l.tables[0].header_rows, 1);
  ASSERT_EQ(l.tables[0].rows.size(), 3u);
  EXPECT_EQ(CellText(l, l.tables[0].rows[2][3]), "160,000円");
  EXPECT_EQ(CellText(l, l.tables[0].rows[2][1]), "");
}

// An upper-case title is words; "(3) SLA : 99.9%" is a list item's pair.
TEST(Layout, AnUpperCaseLabelAndValueIsNoTitle) {
  Layout l = BuildLayout("PRICING AND TERMS\n(2) RPO : 15 minutes\n(3) SLA : 99.9%\n", ingest::PartKind::kPlain);
  ASSERT_GE(l.lines.size(), 3u);
  EXPECT_EQ(l.lines[0].kind, LineKind::kHeading);
  EXPECT_EQ(l.lines[1].kind, LineKind::kBullet);
  EXPECT_EQ(l.lines[2].kind, LineKind::kBullet);
}

// "■ …です。" is a sentence with a mark, not a heading; "■ 料金" is a heading.
// A header cell may hold a unit phrase in brackets ("単価（1TBあたり月額）").
TEST(Layout, AMarkedSentenceIsABulletAndAUnitPhraseFitsAHeader) {
  Layout l = BuildLayout("■ 料金\n■ 同製品の料金は月額4,000円です。\n\n"
                         "品目                単価（1TBあたり月額）  数量    金額\n"
                         "ボールト 利用料     2,800円                240     672,000円\n",
                         ingest::PartKind::kPlain);
  ASSERT_GE(l.lines.size(), 5u);
  EXPECT_EQ(l.lines[0].kind, LineKind::kHeading);
  EXPECT_EQ(l.lines[1].kind, LineKind::kBullet);
  ASSERT_EQ(l.tables.size(), 1u);
  EXPECT_EQ(l.tables[0].rows[0].size(), 4u);
}

TEST(Layout, HtmlRowspanFillsTheCellsBelow) {
  Layout l = BuildLayout(
      "<table><tr><th>Product</th><th>Q</th></tr>"
      "<tr><td rowspan=\"2\">Meridian Sync</td><td>99.9%</td></tr>"
      "<tr><td>5,000 users</td></tr></table>",
      ingest::PartKind::kHtml);
  ASSERT_EQ(l.tables.size(), 1u);
  const Table& t = l.tables[0];
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(CellText(l, t.rows[2][0]), "Meridian Sync");
  EXPECT_TRUE(t.rows[2][0].spanned);
  EXPECT_EQ(CellText(l, t.rows[2][1]), "5,000 users");
}

TEST(Layout, HtmlEntitiesDecodeAndSpansMapIntoTheHtmlSource) {
  std::string html = "<p>Meridian&nbsp;Sync &mdash; 99.9&#37; SLA</p>";
  Layout l = BuildLayout(html, ingest::PartKind::kHtml);
  size_t b = l.norm.text.find("99.9%");
  ASSERT_NE(b, std::string::npos);
  SourceSpan s = l.ToSource(NormSpan(b, b + 5));
  EXPECT_EQ(html.substr(s.begin, s.size()), "99.9&#37;");
}

TEST(Layout, StruckTextIsRecorded) {
  Layout l = BuildLayout("Up to ~~5,000~~ 10,000 users", ingest::PartKind::kMarkdown);
  size_t b = l.norm.text.find("5,000");
  EXPECT_TRUE(l.IsStruck(b, b + 5));
  size_t c = l.norm.text.find("10,000");
  EXPECT_FALSE(l.IsStruck(c, c + 6));
  Layout h = BuildLayout("<p><del>最大100</del> 最大200</p>", ingest::PartKind::kHtml);
  size_t d = h.norm.text.find("100");
  EXPECT_TRUE(h.IsStruck(d, d + 3));
}

TEST(Layout, FixedWidthTableUnderDashRule) {
  Layout l = BuildLayout(
      "Ref  Requirement              Response\n"
      "---  -----------------------  ----------------\n"
      "3.1  At least 6,000 users     up to 5,000 users\n",
      ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 1u);
  EXPECT_EQ(CellText(l, l.tables[0].rows[1][2]), "up to 5,000 users");
}

// Full-width characters that normalization narrows ("（SLA）" -> "(SLA)")
// shift a row left of the rule's columns; a cut never splits a word.
TEST(Layout, FixedWidthCutsStayBetweenWordsAfterNarrowing) {
  Layout l = BuildLayout(
      "   項目                  内容\n"
      "   --------------------  ----------\n"
      "   稼働率（SLA）         99.9%\n",
      ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 1u);
  EXPECT_EQ(CellText(l, l.tables[0].rows[1][1]), "99.9%");
}

// Columns count as the source showed them: "９９．９％" took ten columns
// before normalization narrowed it to five, so the note after it stays in
// its own column. A "[表1] …" line right above is the table's caption.
TEST(Layout, FixedWidthColumnsAreTheSourcesAndABracketedCaption) {
  Layout l = BuildLayout(
      "[表1] メリディアン シンク\n"
      "  項目                      仕様                          備考\n"
      "  ------------------------  ----------------------------  ----------\n"
      "  稼働率SLA                 ９９．９％                    月間\n",
      ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 1u);
  EXPECT_EQ(CellText(l, l.tables[0].rows[1][1]), "99.9%");
  EXPECT_EQ(CellText(l, l.tables[0].rows[1][2]), "月間");
  ASSERT_EQ(l.tables[0].caption.size(), 1u);
  EXPECT_EQ(l.Text(l.tables[0].caption[0]), "[表1] メリディアン シンク");
}

// An invoice table aligned with spaces: a product name wide enough to eat
// the gap keeps the quantity at its end, one space away; it is the
// quantity column's all the same.
TEST(Layout, SpaceAlignedInvoiceRowWithAWideFirstField) {
  Layout l = BuildLayout(
      "品名　　　　　　　　　　数量　　単価　　　　金額\n"
      "ボールト　容量課金（1TBあたり）　20　　2,800円　　56,000円\n"
      "シンク　月額利用料　　　　　1　　50,000円　　50,000円\n",
      ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 1u);
  ASSERT_EQ(l.tables[0].rows.size(), 3u);
  EXPECT_EQ(CellText(l, l.tables[0].rows[1][0]), "ボールト 容量課金(1TBあたり)");
  EXPECT_EQ(CellText(l, l.tables[0].rows[1][1]), "20");
  EXPECT_EQ(CellText(l, l.tables[0].rows[1][2]), "2,800円");
  EXPECT_EQ(CellText(l, l.tables[0].rows[2][1]), "1");
}

// A comparison aligned with spaces whose header leaves the corner blank:
// its two names head the second and third columns, and every row, dashes
// and ticks alike, is the table's.
TEST(Layout, SpaceAlignedTableWithABlankCorner) {
  Layout l = BuildLayout(
      "Harborlight Desk vs. spreadsheets\n"
      "                              Harborlight Desk    Spreadsheets\n"
      "Agents per workspace          up to 200           \u2014\n"
      "Free trial                    30 days             \u2014\n"
      "Scheduled exports             \u2713                   \u2717\n",
      ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 1u);
  const Table& t = l.tables[0];
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.header_rows, 1);
  EXPECT_EQ(CellText(l, t.rows[0][0]), "");
  EXPECT_EQ(CellText(l, t.rows[0][1]), "Harborlight Desk");
  EXPECT_EQ(CellText(l, t.rows[0][2]), "Spreadsheets");
  EXPECT_EQ(CellText(l, t.rows[1][1]), "up to 200");
  EXPECT_EQ(CellText(l, t.rows[2][0]), "Free trial");
}

// Two short phrases over a sentence are no header: the corner must stand
// clear of the text and the fields over the row's.
TEST(Layout, AnIndentedPairOverProseIsNoTable) {
  Layout l = BuildLayout(
      "          Kind regards,    Sam\n"
      "We can start the pilot next week if that suits you.\n",
      ingest::PartKind::kPlain);
  EXPECT_TRUE(l.tables.empty());
}

// A full-width quote typed by eye: fields under a header word start near
// it, right-aligned prices straddle it, and single spaces part columns.
TEST(Layout, SpaceAlignedRowsGoUnderTheHeaderFieldsTheyStandUnder) {
  Layout l = BuildLayout(
      "\uff2e\uff4f\uff0e\u54c1\u540d\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000"
      "\u3000\u3000\u3000\u3000\u6570\u91cf\u3000\u5358\u4f4d\u3000\u3000\u3000\u3000\u5358\u4fa1"
      "\u3000\u3000\u3000\u3000\u3000\u91d1\u984d\n"
      "\uff11\u3000\u3000\u30b7\u30f3\u30af\u3000\u6708\u984d\u57fa\u672c\u6599\u91d1\u3000\u3000\u3000"
      "\u3000\u3000\u3000\u3000\u3000\u3000\uff11\uff12\u3000\u30f6\u6708\u3000\u3000\uff15\uff10\uff0c"
      "\uff10\uff10\uff10\u3000\u3000\uff16\uff10\uff10\uff0c\uff10\uff10\uff10\n"
      "\uff12\u3000\u3000\u30dc\u30fc\u30eb\u30c8\u3000\u5bb9\u91cf\u8ab2\u91d1\u3000\u3000\u3000\u3000"
      "\u3000\u3000\u3000\u3000\uff14\uff18\uff10\u3000\uff34\uff22\u30fb\u6708\u3000\uff12\uff0c"
      "\uff18\uff10\uff10\u3000\uff11\uff0c\uff13\uff14\uff14\uff0c\uff10\uff10\uff10\n",
      ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 1u);
  const Table& t = l.tables[0];
  ASSERT_EQ(t.rows.size(), 3u);
  ASSERT_EQ(t.rows[0].size(), 4u);
  EXPECT_EQ(CellText(l, t.rows[1][2]), "50,000");
  EXPECT_EQ(CellText(l, t.rows[1][3]), "600,000");
  EXPECT_EQ(CellText(l, t.rows[2][1]), "480 TB\u30fb\u6708");
  EXPECT_EQ(CellText(l, t.rows[2][2]), "2,800");
  EXPECT_EQ(CellText(l, t.rows[2][3]), "1,344,000");
}

// Text converted from PDF: the footer before a form feed and the running
// header after it are no text, and the sentence the page break cut runs on
// across them; without the form feed the same lines are ordinary text.
TEST(Layout, PageFurnitureAroundAFormFeedIsSkippedAndASentenceRunsOn) {
  const std::string page_break =
      "Supported platforms are Windows, macOS, iOS and\n\nAcme Data \u2014 Confidential \u2014 Page 2 of 6\n"
      "\f\nProduct Overview                     October 2025\nAndroid. The list price is $399.\n";
  Layout l = BuildLayout(page_break, ingest::PartKind::kPlain);
  EXPECT_TRUE(l.lines[2].furniture);
  EXPECT_TRUE(l.lines[4].furniture);
  EXPECT_FALSE(l.lines[5].furniture);
  std::vector<Unit> units = Segment(l, FindZones(l, claims::DefaultLexicon()));
  bool joined = false;
  for (const Unit& u : units) joined = joined || u.text.find("iOS and Android.") != std::string::npos;
  EXPECT_TRUE(joined);
  for (const Unit& u : units) EXPECT_EQ(u.text.find("Confidential"), std::string::npos) << u.text;

  std::string no_break = page_break;
  no_break.replace(no_break.find('\f'), 1, "");
  Layout plain = BuildLayout(no_break, ingest::PartKind::kPlain);
  for (const Line& ln : plain.lines) EXPECT_FALSE(ln.furniture);
}

// A numbered line over its own first subsection ("2. Meridian Sync" over
// "2.1 Users") is a section title; over another number it is an item.
TEST(Layout, ANumberedLineOverItsFirstSubsectionIsAHeading) {
  Layout l = BuildLayout("2. Harborlight Desk\n2.1 Agents\nUp to 1,000 agents.\n", ingest::PartKind::kPlain);
  EXPECT_EQ(l.lines[0].kind, LineKind::kHeading);
  Layout item = BuildLayout("2. Harborlight Desk holds up to\n1,000 agents.\n", ingest::PartKind::kPlain);
  EXPECT_EQ(item.lines[0].kind, LineKind::kBullet);
}

// A section number with no mark after it, as PDF text has them ("4
// Pricing"), numbers a title over prose; "3 tenants …" is no title.
TEST(Layout, ASectionNumberWithoutAMarkNumbersATitle) {
  Layout l = BuildLayout("Intro.\n\n4 Pricing\nHarborlight Desk is $39 per agent.\n", ingest::PartKind::kPlain);
  EXPECT_EQ(l.lines[2].kind, LineKind::kHeading);
  EXPECT_EQ(l.Text(l.lines[2].content), "Pricing");
  Layout count = BuildLayout("Intro.\n\n3 tenants\nare included.\n", ingest::PartKind::kPlain);
  EXPECT_EQ(count.lines[2].kind, LineKind::kText);
}

// A word hyphenated at a line's end joins whole ("stor-" + "age"); a
// compound broken at its own hyphen keeps it ("multi-" + "factor").
TEST(Layout, AWordHyphenatedAtALinesEndJoinsWhole) {
  Layout l = BuildLayout("Each user receives 1 TB of stor-\nage, with multi-\nfactor sign-in.\n",
                         ingest::PartKind::kPlain);
  std::vector<Unit> units = Segment(l, FindZones(l, claims::DefaultLexicon()), DefaultLimits(),
                                    &claims::DefaultLexicon());
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].text, "Each user receives 1 TB of storage, with multi-factor sign-in.");
  // The excerpt still maps to the original lines.
  const size_t at = units[0].text.find("storage");
  NormSpan span = units[0].Map(at, at + 7);
  EXPECT_EQ(l.norm.text.substr(span.begin, span.size()), "stor-\nage");
}

// "(1)", "(a)", "(iv)" open list items; "(p95)," at a wrapped line's start
// is the figure's note before it, not an item.
TEST(Layout, ABracketedMarkMixingLettersAndDigitsIsNoListItem) {
  Layout l = BuildLayout("(1) First\n(a) Second\n(iv) Third\n(p95), and each workspace holds 200\n",
                         ingest::PartKind::kPlain);
  EXPECT_EQ(l.lines[0].kind, LineKind::kBullet);
  EXPECT_EQ(l.lines[1].kind, LineKind::kBullet);
  EXPECT_EQ(l.lines[2].kind, LineKind::kBullet);
  EXPECT_EQ(l.lines[3].kind, LineKind::kText);
}

// Word's HTML tables have no <th>: a first row of three or more short
// labels over rows with figures is their header; a two-column key/value
// table's first row is data.
TEST(Layout, AWordTablesFirstRowOfLabelsIsItsHeader) {
  Layout l = BuildLayout(
      "<table><tr><td>Item</td><td>Qty</td><td>Unit price</td></tr>"
      "<tr><td>Storage</td><td>50 TB</td><td>$20 per TB</td></tr></table>",
      ingest::PartKind::kHtml);
  ASSERT_EQ(l.tables.size(), 1u);
  EXPECT_EQ(l.tables[0].header_rows, 1);
  Layout pairs = BuildLayout(
      "<table><tr><td>Platforms</td><td>Windows, macOS</td></tr><tr><td>Users</td><td>10,000</td></tr></table>",
      ingest::PartKind::kHtml);
  ASSERT_EQ(pairs.tables.size(), 1u);
  EXPECT_EQ(pairs.tables[0].header_rows, 0);
}

// Two columns of prose side by side (pdftotext -layout of a two-column
// page) read column by column: one row whose two cells are the columns.
// Columns of short figures stay a table of their own kind.
TEST(Layout, TwoColumnsOfProseReadColumnByColumn) {
  Layout l = BuildLayout(
      "Recovery objectives                      Retention\n"
      "Harborlight Vault protects every         Backups are retained for 90 days by\n"
      "workload with an RPO of 15 minutes.      default and stored in our Oregon data\n"
      "Its restore time for a full tenant       center, with a second copy in\n"
      "is 6 hours.                              Frankfurt.\n",
      ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 1u);
  const Table& t = l.tables[0];
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_EQ(t.rows.size(), 2u);
  ASSERT_EQ(t.rows[1].size(), 2u);
  EXPECT_EQ(t.rows[1][0].pieces.size(), 4u);
  std::vector<Unit> units = Segment(l, FindZones(l, claims::DefaultLexicon()));
  bool left = false, right = false;
  for (const Unit& u : units) {
    left = left || u.text.find("Harborlight Vault protects every workload with an RPO of 15 minutes.") != std::string::npos;
    right = right || u.text.find("in our Oregon data center, with a second copy in Frankfurt.") != std::string::npos;
  }
  EXPECT_TRUE(left);
  EXPECT_TRUE(right);

  Layout figures = BuildLayout("Users      10,000\nStorage    1 TB\nSLA        99.9%\n", ingest::PartKind::kPlain);
  for (const Table& f : figures.tables) EXPECT_NE(f.rows.size(), 1u);
}

// A letter, its signature, a ruler and the same letter translated: the
// translation is the author's text again; a disclaimer in the letter's own
// script after a ruler stays in the signature.
TEST(Zones, ATranslationAfterTheSignatureIsTheAuthorsText) {
  const std::string letter =
      "Harborlight Desk keeps ticket history for 3 years.\n\nBest regards,\nKevin Doyle\n"
      "415-555-0131 | kevin@example.com\n\n----------------------------------------\n";
  Layout l = BuildLayout(letter +
                             "\u677e\u672c\u69d8\n\n"
                             "\u30cf\u30fc\u30d0\u30fc\u30e9\u30a4\u30c8 \u30c7\u30b9\u30af\u306e"
                             "\u30c1\u30b1\u30c3\u30c8\u5c65\u6b74\u306f3\u5e74\u9593\u4fdd\u5b58"
                             "\u3055\u308c\u307e\u3059\u3002\u3088\u308d\u3057\u304f\u304a\u9858"
                             "\u3044\u3044\u305f\u3057\u307e\u3059\u3002\u6771\u4eac\u30c1\u30fc"
                             "\u30e0\u304b\u3089\u306e\u3054\u9023\u7d61\u3067\u3059\u3002\n",
                         ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  EXPECT_EQ(z.zone[4], Zone::kSignature);
  EXPECT_EQ(z.zone[10], Zone::kBody);

  Layout d = BuildLayout(letter + "This message is confidential and may be privileged; if you are not the intended "
                                  "recipient, please delete it.\n",
                         ingest::PartKind::kPlain);
  Zones zd = FindZones(d, claims::DefaultLexicon());
  EXPECT_EQ(zd.zone[8], Zone::kSignature);
}

TEST(Zones, OnWroteQuotesOnlyTheQuotedLines) {
  Layout l = BuildLayout(
      "Reply text here.\n\nOn Fri, 6 Mar 2026 at 16:02, Charlotte <c@uk.example.com> wrote:\n"
      "> Quoted claim.\nInterleaved answer.\n",
      ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  EXPECT_EQ(z.zone[0], Zone::kBody);
  EXPECT_EQ(z.zone[2], Zone::kHeader);
  EXPECT_EQ(z.zone[3], Zone::kQuoted);
  ASSERT_GE(z.author[3], 0);
  EXPECT_EQ(z.authors[z.author[3]].address, "c@uk.example.com");
  EXPECT_EQ(z.zone[4], Zone::kBody);
}

// Phone mailers put the attribution inside the quote it opens, its text at
// the same depth; a deeper one inside opens the next depth the same way.
TEST(Zones, AnAttributionOpeningItsOwnDepthNamesThatDepthsAuthor) {
  Layout l = BuildLayout(
      "Reply.\n\n"
      "> On 5 Oct 2026, at 18:22, Oliver Pryce <oliver@uk.example.com> wrote:\n"
      "> \n"
      "> Quoted by Oliver.\n"
      ">\n"
      "> > 2026/09/25 13:10\u3001\u4f50\u85e4 \u5065\u4e00 <k.sato@jp.example.com>\u306e\u30e1\u30fc\u30eb:\n"
      "> > \n"
      "> > Quoted by Sato.\n",
      ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  ASSERT_EQ(z.zone[4], Zone::kQuoted);
  ASSERT_GE(z.author[4], 0);
  EXPECT_EQ(z.authors[z.author[4]].address, "oliver@uk.example.com");
  EXPECT_EQ(z.zone[6], Zone::kHeader);
  ASSERT_EQ(z.zone[8], Zone::kQuoted);
  ASSERT_GE(z.author[8], 0);
  EXPECT_EQ(z.authors[z.author[8]].address, "k.sato@jp.example.com");
}

// The usual order is unchanged: an attribution over deeper text names the
// deeper text's author, not its own depth's.
TEST(Zones, AnAttributionOverDeeperTextKeepsItsDepthsAuthor) {
  Layout l = BuildLayout(
      "Reply.\n\n"
      "On Mon, Ann <ann@example.com> wrote:\n"
      "> On Sun, Bob <bob@example.com> wrote:\n"
      ">> Bob's text.\n"
      "> Ann's text.\n",
      ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  ASSERT_GE(z.author[4], 0);
  EXPECT_EQ(z.authors[z.author[4]].address, "bob@example.com");
  ASSERT_GE(z.author[5], 0);
  EXPECT_EQ(z.authors[z.author[5]].address, "ann@example.com");
}

// Answers typed into the quoted question, marked with the answerer's name,
// are the answerer's: the sender's own text when the sender is named…
TEST(Zones, AnAnswerMarkedWithTheSendersNameIsTheSendersText) {
  Layout l = BuildLayout(
      "Hi James, answers inline.\n\n"
      "From: James Okafor <j.okafor@customer.example>\nSent: 3 July 2026 10:12\nTo: Emma\n"
      "Subject: questions\n\n"
      "- What is the availability commitment?\n"
      "[Emma Clarke] We commit to 99.99% availability,\n"
      "with service credits if we miss it.\n"
      "- Is it certified?\n",
      ingest::PartKind::kPlain);
  const claims::Lexicon& lex = claims::DefaultLexicon();
  Zones z = FindZones(l, lex, QuoteAuthor{"emma.clarke@uk.example.com", "Emma Clarke"});
  EXPECT_EQ(z.zone[7], Zone::kQuoted);
  EXPECT_EQ(z.zone[8], Zone::kBody);
  EXPECT_EQ(z.author[8], -1);
  EXPECT_EQ(z.zone[9], Zone::kBody);  // the answer's wrapped second line
  EXPECT_EQ(z.zone[10], Zone::kQuoted);
  // A name that is not the sender's marks nothing; nor does an unknown sender.
  Zones other = FindZones(l, lex, QuoteAuthor{"ann@uk.example.com", "Ann Bell"});
  EXPECT_EQ(other.zone[8], Zone::kQuoted);
  EXPECT_EQ(FindZones(l, lex).zone[8], Zone::kQuoted);
}

// …and, quoted again, the earlier message's author of that name: 【山本】
// inside 西田's question that 山本's reply quoted is 山本's quoted text.
TEST(Zones, AnAnswerMarkQuotedAgainIsThatAuthorsQuotedText) {
  Layout l = BuildLayout(
      "\u627f\u77e5\u3057\u307e\u3057\u305f\u3002\n\n"
      "\u5dee\u51fa\u4eba: \u5c71\u672c \u5927\u8f14 <yamamoto@osaka.example.jp>\n"
      "\u9001\u4fe1\u65e5\u6642: 2026\u5e7410\u67082\u65e5\n\u4ef6\u540d: RE: \u8cea\u554f\n\n"
      "\u4e0b\u8a18\u306b\u56de\u7b54\u3044\u305f\u3057\u307e\u3059\u3002\n\n"
      "\u5dee\u51fa\u4eba: \u897f\u7530 <nishida@customer.example.jp>\n"
      "\u9001\u4fe1\u65e5\u6642: 2026\u5e7410\u67081\u65e5\n\u4ef6\u540d: \u8cea\u554f\n\n"
      "\u30fb\u7121\u6599\u30c8\u30e9\u30a4\u30a2\u30eb\u306e\u671f\u9593\n"
      "\u3010\u5c71\u672c\u301130\u65e5\u9593\u3068\u306a\u308a\u307e\u3059\u3002\n",
      ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon(), QuoteAuthor{"nishida@customer.example.jp", "\u897f\u7530"});
  ASSERT_EQ(z.zone[12], Zone::kQuoted);
  ASSERT_GE(z.author[12], 0);
  EXPECT_EQ(z.authors[z.author[12]].address, "nishida@customer.example.jp");
  ASSERT_EQ(z.zone[13], Zone::kQuoted);
  ASSERT_GE(z.author[13], 0);
  EXPECT_EQ(z.authors[z.author[13]].address, "yamamoto@osaka.example.jp");
}

TEST(Zones, OutlookHeaderBlockQuotesEverythingAfter) {
  Layout l = BuildLayout(
      "了解しました。\n\n差出人: 森 由美子 <morim@example.co.jp>\n送信日時: 2025年12月1日 18:03\n"
      "宛先: 中村 <n@example.com>\n件名: RE: 見積\n\n本文の引用です。\n",
      ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  EXPECT_EQ(z.zone[0], Zone::kBody);
  EXPECT_EQ(z.zone[7], Zone::kQuoted);
  EXPECT_EQ(z.authors[z.author[7]].address, "morim@example.co.jp");
}

// A ruler with contact lines under it starts a signature only after some of
// the author's own text: a letterhead at the top of a proposal is its body.
TEST(Zones, ALetterheadBetweenRulersAtTheTopIsNoSignature) {
  Layout l = BuildLayout("━━━━━━━━━━━━\n株式会社サンプル 御中\n〒530-0001 大阪市北区梅田2-4-9\nTEL 06-6555-0217\n"
                         "━━━━━━━━━━━━\n\n■ 概要\nRPOは15分です。\n\nよろしくお願いいたします。\n"
                         "━━━━━━━━━━━━\n大阪オフィス 西田\nTEL 06-6555-0217\n",
                         ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  EXPECT_EQ(z.zone[1], Zone::kBody);
  EXPECT_EQ(z.zone[7], Zone::kBody);
  EXPECT_EQ(z.zone[12], Zone::kSignature);
}

// A newsletter's fact box: rulers drawn round label lines. The lone line
// with a '|' in it over the closing ruler is no table and no heading, and
// the ruler is no signature: the letter's prose follows it before a line
// with contact words.
TEST(Zones, AFactBoxClosedByARulerIsBodyText) {
  Layout l = BuildLayout("Hi Laura,\n\nAT A GLANCE\n------------------------\nUptime SLA       99.9%\n"
                         "Compliance       SOC 2 Type II certified | ISO 27001 certified\n------------------------\n\n"
                         "Why teams switch: our sync engine moves only the changed blocks of every file.\n\n"
                         "Questions? Reply to this email or book 20 minutes with your account manager.\n\n"
                         "Harborlight Software, Inc. · 548 Market Street, Suite 1200, San Francisco, CA 94104\n"
                         "You are receiving this because you are a customer. Unsubscribe: https://news.example.com/u/7F\n",
                         ingest::PartKind::kPlain);
  EXPECT_TRUE(l.tables.empty());
  EXPECT_EQ(l.lines[5].kind, LineKind::kText);
  EXPECT_EQ(l.lines[2].kind, LineKind::kHeading);  // a lone line over a ruler is one
  Zones z = FindZones(l, claims::DefaultLexicon());
  EXPECT_EQ(z.zone[5], Zone::kBody);
  EXPECT_EQ(z.zone[8], Zone::kBody);
  EXPECT_EQ(z.zone[10], Zone::kBody);
}

// A quoted author's signature (a ruler over contact lines, after the quote's
// text) is a signature too, after a header block and after "> " alike; its
// address names no place the products are in.
TEST(Zones, AQuotedAuthorsRulerSignatureIsASignature) {
  Layout l = BuildLayout("回答いたします。\n\n-----Original Message-----\nFrom: 木村 <k@example.co.jp>\n"
                         "Sent: Tuesday, July 21, 2026 11:45 AM\nSubject: 確認\n\nご確認ください。\n\n"
                         "--------------------\n株式会社サンプル 木村\n〒590-0077 大阪府堺市堺区1-1\nTEL:072-225-3310\n",
                         ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  EXPECT_EQ(z.zone[7], Zone::kQuoted);
  EXPECT_EQ(z.zone[10], Zone::kSignature);
  EXPECT_EQ(z.zone[11], Zone::kSignature);
  EXPECT_EQ(z.zone[12], Zone::kSignature);
  Layout gt = BuildLayout("Thanks.\n\nOn Mon, Ann <a@example.com> wrote:\n> Please confirm.\n> ----------\n"
                          "> Ann Lee, Example Ltd\n> Tel +44 20 7946 0000\n",
                          ingest::PartKind::kPlain);
  Zones zg = FindZones(gt, claims::DefaultLexicon());
  EXPECT_EQ(zg.zone[3], Zone::kQuoted);
  EXPECT_EQ(zg.zone[5], Zone::kSignature);
  EXPECT_EQ(zg.zone[6], Zone::kSignature);
}

// A document's memo header in its opening lines ("For: … From: … Date: …")
// is its own; the same block in an email quotes what follows.
TEST(Zones, ADocumentsMemoHeaderQuotesNothing) {
  const std::string text = "PROPOSAL: BACKUP SERVICE\nFor:  Example Co.\nFrom: Harborlight Osaka\nDate: 2026-11-05\n\n"
                           "1. Background\nThe service keeps 90 days.\n";
  Layout doc = BuildLayout(text, ingest::PartKind::kPlain, /*document=*/true);
  Zones z = FindZones(doc, claims::DefaultLexicon());
  EXPECT_EQ(z.zone[6], Zone::kBody);
  Layout mail = BuildLayout("Thanks.\n\nFrom: Ann <a@example.com>\nDate: 2026-11-05\n\nThe service keeps 90 days.\n",
                            ingest::PartKind::kPlain);
  Zones zm = FindZones(mail, claims::DefaultLexicon());
  EXPECT_EQ(zm.zone[5], Zone::kQuoted);
}

// Thunderbird's forwarded header puts the subject and date before the sender
// (「件名:」「日付:」「差出人:」): the block is a header, its author the sender.
TEST(Zones, AHeaderBlockMayOpenWithTheSubject) {
  Layout l = BuildLayout("転送します。\n\n-------- 転送メッセージ --------\n件名: 新製品のお知らせ 2027年1月提供開始\n"
                         "日付: Tue, 9 Jun 2026 06:00:00 -0700\n差出人: Newsroom <press@example.com>\n\n本文です。\n",
                         ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  EXPECT_EQ(z.zone[3], Zone::kHeader);
  EXPECT_EQ(z.zone[5], Zone::kHeader);
  EXPECT_EQ(z.zone[7], Zone::kQuoted);
  ASSERT_GE(z.author[7], 0);
  EXPECT_EQ(z.authors[z.author[7]].address, "press@example.com");
}

// In HTML a short line right above a table, with no sentence end, titles it.
// An appendix's numbered caption ("表A-1", "Table B.2") a blank line above a
// table is its caption too.
TEST(Layout, AnAppendixCaptionNumberIsACaption) {
  for (const char* caption : {"表A-1 月額利用料（単位：円）", "Table B.2 Licence fees (GBP)"}) {
    Layout l = BuildLayout(std::string(caption) + "\n\n| 製品 | 税抜 |\n|---|---|\n| X | 50,000 |\n",
                           ingest::PartKind::kMarkdown);
    ASSERT_EQ(l.tables.size(), 1u);
    ASSERT_FALSE(l.tables[0].caption.empty()) << caption;
  }
  Layout plain = BuildLayout("Tables are ready.\n\n| a | b |\n|---|---|\n| x | 1 |\n", ingest::PartKind::kMarkdown);
  ASSERT_EQ(plain.tables.size(), 1u);
  EXPECT_TRUE(plain.tables[0].caption.empty());
}

TEST(Layout, AnHtmlLineRightAboveATableIsItsCaption) {
  Layout l = BuildLayout("<p><b>Harborlight Relay &#8211; commercial summary</b></p><table>"
                         "<tr><td>List price</td><td>$249 per month</td></tr>"
                         "<tr><td>Uptime SLA</td><td>99.95%</td></tr></table>",
                         ingest::PartKind::kHtml);
  ASSERT_EQ(l.tables.size(), 1u);
  ASSERT_EQ(l.tables[0].caption.size(), 1u);
  EXPECT_EQ(std::string(l.Text(l.tables[0].caption[0])), "Harborlight Relay - commercial summary");
  Layout sentence = BuildLayout("<p>Here is the summary.</p><table><tr><td>a</td><td>1</td></tr>"
                                "<tr><td>b</td><td>2</td></tr></table>",
                                ingest::PartKind::kHtml);
  ASSERT_EQ(sentence.tables.size(), 1u);
  EXPECT_TRUE(sentence.tables[0].caption.empty());
}

// A plain-text title line over a pipe table (one blank line away) is its
// caption; one holding a label and a figure is not.
TEST(Layout, APlainTitleLineOverATableIsItsCaption) {
  Layout l = BuildLayout("Harborlight Desk - answers to your requirements\n\nRequirement | Our answer\n"
                         "At least 500 agents | Yes - up to 1,000 agents\n",
                         ingest::PartKind::kPlain);
  ASSERT_EQ(l.tables.size(), 1u);
  ASSERT_EQ(l.tables[0].caption.size(), 1u);
  Layout figure = BuildLayout("ハーバーライト デスク 単価：月額4,980円（税込5,478円）\n\n品目 | 単価\nデスク | 4,980\n",
                              ingest::PartKind::kPlain);
  ASSERT_EQ(figure.tables.size(), 1u);
  EXPECT_TRUE(figure.tables[0].caption.empty());
}

// A numbered line over a list of marked items (「1. ファイル共有：…」 then
// 「・…」) is a section title, even with a blank line between.
TEST(Layout, ANumberedTitleOverMarkedItemsIsAHeading) {
  Layout l = BuildLayout("1. ファイル共有：ハーバーライト デスク\n\n　・1テナントあたり最大1,000名です。\n"
                         "　・月額4,980円です。\n\n2. 導入スケジュール\n3. 体制\n",
                         ingest::PartKind::kPlain);
  EXPECT_EQ(l.lines[0].kind, LineKind::kHeading);
  EXPECT_EQ(l.lines[2].kind, LineKind::kBullet);
  EXPECT_EQ(l.lines[6].kind, LineKind::kBullet);  // followed by the next numbered item
}

// An all-caps title underlined with "===" is a first-level heading like the
// mixed-case one before it: "SECTION C - GENERAL" ends "SECTION B - …".
TEST(Layout, AnUnderlinedAllCapsTitleTakesItsUnderlinesLevel) {
  Layout l = BuildLayout("Intro line.\n\nSECTION B - Harborlight Desk (helpdesk)\n=======================\n\nText.\n\n"
                         "SECTION C - GENERAL\n===================\n\nMore text.\n",
                         ingest::PartKind::kPlain);
  ASSERT_EQ(l.lines[2].kind, LineKind::kHeading);
  ASSERT_EQ(l.lines[7].kind, LineKind::kHeading);
  EXPECT_EQ(l.lines[2].heading_level, l.lines[7].heading_level);
}

// A numbered line boxed in rulers is a part's title, above 【…】 sections.
TEST(Layout, ANumberedTitleBetweenRulersIsAPartsHeading) {
  Layout l = BuildLayout("前文です。\n\n==========\n1. ハーバーライト デスク\n==========\n\n【要件 1-1】\n回答：最大1,000名です。\n",
                         ingest::PartKind::kPlain);
  EXPECT_EQ(l.lines[3].kind, LineKind::kHeading);
  EXPECT_LT(l.lines[3].heading_level, l.lines[6].heading_level);
}

// 「■月額料金：50,000円（税別）」 is a label and its figure, a list item; 「■ 概要」
// is a heading.
TEST(Layout, AMarkedLabelAndFigureIsAnItemNotAHeading) {
  Layout l = BuildLayout("■ 概要\n■月額料金：50,000円（税別）\n", ingest::PartKind::kPlain);
  ASSERT_GE(l.lines.size(), 2u);
  EXPECT_EQ(l.lines[0].kind, LineKind::kHeading);
  EXPECT_EQ(l.lines[1].kind, LineKind::kBullet);
}

// A closing line followed by a name and contact lines starts a signature:
// its tagline is no claim. Without contact lines, or after a P.S., the
// lines are the author's.
TEST(Zones, AValedictionBeforeContactLinesStartsASignature) {
  Layout l = BuildLayout("Harborlight Desk is $39 per agent.\n\nKind regards,\n\nAmelia Clarke | Account Manager\n"
                         "M\n+44 7700 900 418\nHarborlight Desk: 30-day free trial\n",
                         ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  EXPECT_EQ(z.zone[0], Zone::kBody);
  EXPECT_EQ(z.zone[4], Zone::kSignature);
  EXPECT_EQ(z.zone[7], Zone::kSignature);
  std::vector<Unit> units = Segment(l, z);
  for (const Unit& u : units) EXPECT_EQ(u.text.find("free trial"), std::string::npos) << u.text;

  Layout ja = BuildLayout("RPOは15分です。\nよろしくお願いいたします。\n中村 太郎\n03-5412-7742\n",
                          ingest::PartKind::kPlain);
  Zones zj = FindZones(ja, claims::DefaultLexicon());
  EXPECT_EQ(zj.zone[2], Zone::kSignature);
  EXPECT_EQ(zj.zone[3], Zone::kSignature);

  Layout no_contact = BuildLayout("Thanks,\nOliver\n\nHarborlight Desk keeps 90 days of history.\n",
                                  ingest::PartKind::kPlain);
  Zones zn = FindZones(no_contact, claims::DefaultLexicon());
  EXPECT_EQ(zn.zone[3], Zone::kBody);

  Layout ps = BuildLayout("Best,\nOliver\nTel 020 7946 0402\n\nP.S. Harborlight Desk keeps 90 days of history.\n",
                          ingest::PartKind::kPlain);
  Zones zp = FindZones(ps, claims::DefaultLexicon());
  EXPECT_EQ(zp.zone[2], Zone::kSignature);
  EXPECT_EQ(zp.zone[4], Zone::kBody);
}

// Gnus's "Name <address> writes:" attributes the quote under it; a header
// block inside a quote names the author of the text one level deeper too.
TEST(Zones, WritesAttributionsAndQuotedHeaderBlocksNameTheirAuthors) {
  Layout l = BuildLayout("Dana <dana@harborlight.example> writes:\n\n> Harborlight Desk is $39.\n",
                         ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  ASSERT_GE(z.author[2], 0);
  EXPECT_EQ(z.authors[z.author[2]].address, "dana@harborlight.example");
  Layout b = BuildLayout("Thanks.\n\n> ----- Original Message -----\n> From: \"Sarah\" <sarah@harborlight.example>\n"
                         "> Sent: Monday, April 20, 2026 11:32 AM\n> Subject: pricing\n>\n>> Harborlight Desk is $39.\n",
                         ingest::PartKind::kPlain);
  Zones zb = FindZones(b, claims::DefaultLexicon());
  int last = static_cast<int>(b.lines.size()) - 1;
  while (last > 0 && b.lines[last].kind == LineKind::kBlank) --last;
  ASSERT_GE(zb.author[last], 0);
  EXPECT_EQ(zb.authors[zb.author[last]].address, "sarah@harborlight.example");
}

TEST(Zones, SignatureAfterDashDashHoldsNoUnits) {
  Layout l = BuildLayout("Meridian Sync is 99.9%.\n-- \nTel 03-5412-7742\n", ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  EXPECT_EQ(z.zone[1], Zone::kSignature);
  EXPECT_EQ(z.zone[2], Zone::kSignature);
  std::vector<Unit> units = Segment(l, z);
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].text, "Meridian Sync is 99.9%.");
}

TEST(Segment, WrappedParagraphJoinsAndSplitsIntoSentences) {
  Layout l = BuildLayout("Meridian Sync supports up to\n10,000 users. It costs $399 per month.\n", ingest::PartKind::kPlain);
  Zones z = FindZones(l, claims::DefaultLexicon());
  std::vector<Unit> units = Segment(l, z);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].text, "Meridian Sync supports up to 10,000 users.");
  NormSpan s = units[0].Map(units[0].text.find("10,000"), units[0].text.find("10,000") + 6);
  EXPECT_EQ(l.Text(s), "10,000");
}

TEST(Segment, JapaneseLinesJoinWithoutSpace) {
  Layout l = BuildLayout("メリディアン シンクは最大1万\nユーザーまでご利用いただけます。\n", ingest::PartKind::kPlain);
  // (With the language data, as the pipeline segments: its numerals keep
  // 「最大1万」 from reading as a title over the next line.)
  std::vector<Unit> units =
      Segment(l, FindZones(l, claims::DefaultLexicon()), DefaultLimits(), &claims::DefaultLexicon());
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].text, "メリディアン シンクは最大1万ユーザーまでご利用いただけます。");
}

TEST(Segment, HeadingGovernsTheTableBelow) {
  Layout l = BuildLayout("## メリディアン シンク\n\n| 項目 | 回答 |\n|---|---|\n| SLA | 99.9% |\n", ingest::PartKind::kMarkdown);
  std::vector<Unit> units = Segment(l, FindZones(l, claims::DefaultLexicon()));
  ASSERT_GE(units.size(), 3u);
  const Unit& row = units.back();
  EXPECT_EQ(row.kind, UnitKind::kRow);
  ASSERT_EQ(row.headings.size(), 1u);
  EXPECT_EQ(units[row.headings[0]].text, "メリディアン シンク");
  ASSERT_EQ(row.cells.size(), 2u);
  EXPECT_EQ(row.text.substr(row.cells[1].begin, row.cells[1].end - row.cells[1].begin), "99.9%");
}

}  // namespace
}  // namespace onevoice::text
