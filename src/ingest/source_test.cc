#include "ingest/source.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "ingest/charset.h"
#include "ingest/test_util.h"

namespace onevoice::ingest {
namespace {

namespace fs = std::filesystem;
using testing::FixturePath;
using testing::ParseDocumentBytes;
using testing::ReadFixture;

// A fresh folder under the system temp dir, removed afterwards.
class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/ingest_test.XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string Write(const std::string& rel, const std::string& bytes) const {
    fs::path p = fs::path(path_) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

 private:
  std::string path_;
};

std::vector<RawInput> ReadAll(std::vector<std::string> paths, ReaderOptions options = {}) {
  InputReader reader(std::move(paths), std::move(options));
  std::vector<RawInput> out;
  RawInput in;
  while (reader.Next(&in)) out.push_back(in);
  return out;
}

// ---------------------------------------------------------------------------
// mbox

TEST(SourceTest, MboxSplitsAtFromLinesAndRecordsTheirOffsets) {
  std::string path = FixturePath("sisimai/mailbox/mbox-0");
  std::string bytes = ReadFixture("sisimai/mailbox/mbox-0");
  // Where the separators are: "From " at the start or after a blank line.
  // (This file has CRLF line ends.)
  std::vector<uint64_t> offsets;
  for (size_t pos = 0; pos < bytes.size();) {
    if (bytes.compare(pos, 5, "From ") == 0 &&
        (pos == 0 || bytes.compare(pos - 4, 4, "\r\n\r\n") == 0))
      offsets.push_back(pos);
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  ASSERT_EQ(offsets.size(), 37u);
  InputReader reader({path}, ReaderOptions());
  std::vector<RawInput> inputs;
  for (RawInput in; reader.Next(&in);) inputs.push_back(in);
  EXPECT_EQ(reader.bytes_read(), bytes.size());
  ASSERT_EQ(inputs.size(), offsets.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    EXPECT_EQ(inputs[i].path, path);
    EXPECT_EQ(inputs[i].offset, offsets[i]);
    EXPECT_EQ(inputs[i].kind, InputKind::kMessage);
    EXPECT_FALSE(inputs[i].error);
    // The message is what follows its "From " line, without the blank line
    // that precedes the next one.
    size_t start = bytes.find('\n', offsets[i]) + 1;
    size_t end = i + 1 < offsets.size() ? offsets[i + 1] : bytes.size();
    if (bytes.compare(end - 4, 4, "\r\n\r\n") == 0) end -= 2;
    EXPECT_EQ(inputs[i].bytes, bytes.substr(start, end - start)) << i;
    Document d = ParseInput(inputs[i]);
    EXPECT_FALSE(d.unreadable) << i;
    EXPECT_EQ(d.offset, offsets[i]);
  }
}

TEST(SourceTest, MboxrdUnescapesFromLinesAndKeepsUnseparatedFromLines) {
  TempDir dir;
  std::string path = dir.Write("box.mbox",
                               "From a@example.com Mon Jan  1 00:00:00 2024\n"
                               "Subject: one\n\n"
                               ">From the start\n"
                               ">>From deeper\n"
                               "From not a separator: no blank line before\n"
                               ">Fromage stays\n"
                               "\n"
                               "From b@example.com Mon Jan  1 00:00:01 2024\n"
                               "Subject: two\n\nsecond\n");
  auto inputs = ReadAll({path});
  ASSERT_EQ(inputs.size(), 2u);
  EXPECT_EQ(inputs[0].bytes,
            "Subject: one\n\nFrom the start\n>From deeper\n"
            "From not a separator: no blank line before\n>Fromage stays\n");
  EXPECT_EQ(inputs[0].offset, 0u);
  EXPECT_EQ(inputs[1].bytes, "Subject: two\n\nsecond\n");
  EXPECT_EQ(inputs[1].offset, 147u);
  EXPECT_EQ(ParseInput(inputs[1]).subject, "two");
}

TEST(SourceTest, MboxWithCrlfLineEndsSplits) {
  TempDir dir;
  std::string path = dir.Write("crlf.mbox",
                               "From x Mon Jan  1 00:00:00 2024\r\nSubject: a\r\n\r\nA\r\n\r\n"
                               "From y Mon Jan  1 00:00:00 2024\r\nSubject: b\r\n\r\nB\r\n");
  auto inputs = ReadAll({path});
  ASSERT_EQ(inputs.size(), 2u);
  EXPECT_EQ(inputs[0].bytes, "Subject: a\r\n\r\nA\r\n");
  EXPECT_EQ(ParseInput(inputs[1]).subject, "b");
}

TEST(SourceTest, MboxMessageOverTheLimitIsAnErrorAndTheRestIsRead) {
  TempDir dir;
  std::string big(5000, 'x');
  std::string path =
      dir.Write("big.mbox", "From a Mon Jan  1 00:00:00 2024\nSubject: big\n\n" + big +
                                "\n\n"
                                "From b Mon Jan  1 00:00:00 2024\nSubject: small\n\nok\n");
  ReaderOptions options;
  options.limits.max_message_bytes = 1000;
  auto inputs = ReadAll({path}, options);
  ASSERT_EQ(inputs.size(), 2u);
  ASSERT_TRUE(inputs[0].error);
  EXPECT_EQ(*inputs[0].error, "larger than max_message_bytes (1000 bytes)");
  EXPECT_TRUE(inputs[0].bytes.empty());
  EXPECT_TRUE(ParseInput(inputs[0]).unreadable);
  EXPECT_FALSE(inputs[1].error);
  EXPECT_EQ(ParseInput(inputs[1], options.limits).subject, "small");
}

// ---------------------------------------------------------------------------
// Folders and Maildir

TEST(SourceTest, MaildirReadsCurThenNewThenMaildirPlusPlusFolders) {
  std::string root = FixturePath("stalwart/maildir");
  auto inputs = ReadAll({root});
  ASSERT_EQ(inputs.size(), 6u);
  std::vector<std::string> rel;
  for (const auto& in : inputs) {
    rel.push_back(in.path.substr(root.size() + 1));
    EXPECT_EQ(in.kind, InputKind::kMessage);
  }
  EXPECT_EQ(rel[0].rfind("cur/", 0), 0u);
  EXPECT_EQ(rel[1].rfind("new/", 0), 0u);
  EXPECT_EQ(rel[2].rfind(".My Folder/cur/", 0), 0u);
  EXPECT_EQ(rel[3].rfind(".My Folder/new/", 0), 0u);
  EXPECT_EQ(rel[4].rfind(".My Folder.Nested Folder/cur/", 0), 0u);
}

TEST(SourceTest, MaildirSkipsTmpAndHiddenFiles) {
  TempDir dir;
  std::string msg = ReadFixture("japanese_email/mikel_mail/japanese_iso_2022.eml");
  dir.Write("Mail/cur/2:2,S", msg);
  dir.Write("Mail/new/1", msg);
  dir.Write("Mail/new/.hidden", msg);
  dir.Write("Mail/tmp/3", msg);
  auto inputs = ReadAll({dir.path() + "/Mail"});
  ASSERT_EQ(inputs.size(), 2u);
  EXPECT_EQ(inputs[0].path, dir.path() + "/Mail/cur/2:2,S");
  EXPECT_EQ(inputs[1].path, dir.path() + "/Mail/new/1");
  EXPECT_EQ(ParseInput(inputs[1]).subject, "まみむめも");
}

TEST(SourceTest, FolderWalkIsSortedSkipsHiddenAndAsksAccept) {
  TempDir dir;
  dir.Write("docs/b.md", "# B\n");
  dir.Write("docs/a.txt", "A\n");
  dir.Write("docs/.onevoice.yaml", "rules: x\n");
  dir.Write("docs/.git/config", "x\n");
  dir.Write("docs/drafts/c.md", "C\n");
  dir.Write("docs/sub/d.html", "<html></html>\n");
  std::vector<std::pair<std::string, bool>> asked;
  ReaderOptions options;
  options.accept = [&](const std::string& path, bool is_dir) {
    asked.emplace_back(path.substr(dir.path().size()), is_dir);
    return path.find("drafts") == std::string::npos;
  };
  auto inputs = ReadAll({dir.path() + "/docs"}, options);
  std::vector<std::string> got;
  for (const auto& in : inputs) got.push_back(in.path.substr(dir.path().size()));
  EXPECT_EQ(got, (std::vector<std::string>{"/docs/a.txt", "/docs/b.md", "/docs/sub/d.html"}));
  EXPECT_EQ(inputs[0].kind, InputKind::kPlain);
  EXPECT_EQ(inputs[1].kind, InputKind::kMarkdown);
  EXPECT_EQ(inputs[2].kind, InputKind::kHtml);
  // Folders are asked (drafts/ is refused and not entered); hidden entries are not.
  EXPECT_NE(
      std::find(asked.begin(), asked.end(), std::pair<std::string, bool>{"/docs/drafts", true}),
      asked.end());
  for (const auto& [p, is_dir] : asked) {
    EXPECT_EQ(p.find("/."), std::string::npos) << p;
    EXPECT_EQ(p.find("c.md"), std::string::npos) << p;
  }
}

TEST(SourceTest, MissingPathIsAnErrorAndTheWalkGoesOn) {
  TempDir dir;
  std::string ok = dir.Write("ok.txt", "fine\n");
  auto inputs = ReadAll({dir.path() + "/missing.eml", ok});
  ASSERT_EQ(inputs.size(), 2u);
  ASSERT_TRUE(inputs[0].error);
  EXPECT_EQ(*inputs[0].error, "cannot read: No such file or directory");
  EXPECT_EQ(*ParseInput(inputs[0]).unreadable, "cannot read: No such file or directory");
  EXPECT_FALSE(inputs[1].error);
}

TEST(SourceTest, UnreadableFileIsAnError) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads any file";
  TempDir dir;
  std::string path = dir.Write("secret.txt", "x\n");
  chmod(path.c_str(), 0);
  auto inputs = ReadAll({path});
  ASSERT_EQ(inputs.size(), 1u);
  ASSERT_TRUE(inputs[0].error);
  EXPECT_EQ(*inputs[0].error, "cannot read: Permission denied");
}

TEST(SourceTest, ReadErrorIsAnError) {
  // Reading /proc/self/mem from offset 0 fails with EIO, even for root.
  if (!fs::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc";
  auto inputs = ReadAll({"/proc/self/mem"});
  ASSERT_EQ(inputs.size(), 1u);
  ASSERT_TRUE(inputs[0].error);
  EXPECT_EQ(*inputs[0].error, "cannot read: Input/output error");
  EXPECT_TRUE(inputs[0].bytes.empty());
}

TEST(SourceTest, FileOverMaxMessageBytesIsAnError) {
  TempDir dir;
  std::string path = dir.Write("big.eml", "Subject: x\n\n" + std::string(2000, 'y'));
  ReaderOptions options;
  options.limits.max_message_bytes = 1000;
  auto inputs = ReadAll({path}, options);
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0].error.value_or(""), "larger than max_message_bytes (1000 bytes)");
  options.limits.max_message_bytes = 2012;  // exactly its size: read
  EXPECT_FALSE(ReadAll({path}, options)[0].error);
}

TEST(SourceTest, StdinIsReadByContent) {
  TempDir dir;
  std::string path = dir.Write("in", "Received: from x\nSubject: piped\n\nbody\n");
  int saved = dup(0);
  int fd = open(path.c_str(), O_RDONLY);
  dup2(fd, 0);
  close(fd);
  InputReader reader({"-"}, ReaderOptions());
  RawInput in;
  bool got = reader.Next(&in);
  dup2(saved, 0);
  close(saved);
  ASSERT_TRUE(got);
  EXPECT_EQ(in.path, "-");
  EXPECT_EQ(in.kind, InputKind::kMessage);
  EXPECT_EQ(ParseInput(in).subject, "piped");
  EXPECT_EQ(reader.bytes_read(), in.bytes.size());
}

// ---------------------------------------------------------------------------
// DetectKind

TEST(SourceTest, DetectKindByExtensionAndContent) {
  EXPECT_EQ(DetectKind("a.eml", "anything"), InputKind::kMessage);
  EXPECT_EQ(DetectKind("a.eml", "From x Mon Jan 1\nSubject: y\n\n"), InputKind::kMessage);
  EXPECT_EQ(DetectKind("archive", "From x Mon Jan 1 00:00:00 2024\nSubject: y\n\n"),
            InputKind::kMbox);
  EXPECT_EQ(DetectKind("mail", "Return-Path: <a@b>\nReceived: x\n\nbody"), InputKind::kMessage);
  EXPECT_EQ(DetectKind("-", "X-Mailer: foo\nSubject: y\n\nbody"), InputKind::kMessage);
  EXPECT_EQ(DetectKind("-", "Hello world\n"), InputKind::kPlain);
  EXPECT_EQ(DetectKind("-", "\xEF\xBB\xBF<!DOCTYPE html><html>"), InputKind::kHtml);
  EXPECT_EQ(DetectKind("p.md", "# Proposal\n"), InputKind::kMarkdown);
  EXPECT_EQ(DetectKind("p.MARKDOWN", "x"), InputKind::kMarkdown);
  EXPECT_EQ(DetectKind("p.htm", "x"), InputKind::kHtml);
  EXPECT_EQ(DetectKind("notes.txt", "Plain notes: with a colon\n"), InputKind::kPlain);
  EXPECT_EQ(DetectKind("notes.txt", "Subject: only one header\n\ntext"), InputKind::kPlain);
  EXPECT_EQ(DetectKind("saved.txt",
                       "From: a@b.com\nDate: Mon, 1 Jan 2024 00:00:00 +0000\n"
                       "Subject: s\n\nbody"),
            InputKind::kMessage);
  EXPECT_EQ(DetectKind("cr.eml.bak", "From x\rSubject: y\r\r"), InputKind::kPlain);
}

// ---------------------------------------------------------------------------
// Documents

TEST(SourceTest, ShiftJisTextWithoutDeclarationIsDetected) {
  Document d =
      ParseDocumentBytes(ReadFixture("japanese_email/gmime_charset_triplet/japanese.shift-jis.txt"),
                         InputKind::kPlain);
  ASSERT_FALSE(d.unreadable);
  ASSERT_EQ(d.parts.size(), 1u);
  const TextPart& p = d.parts[0];
  EXPECT_EQ(p.index, 0);
  EXPECT_EQ(p.role, PartRole::kBody);
  EXPECT_EQ(p.charset, "Shift_JIS");
  EXPECT_TRUE(p.charset_detected);
  std::string want = ReadFixture("japanese_email/gmime_charset_triplet/japanese.utf-8.txt");
  EXPECT_EQ(p.text, want);
  EXPECT_FALSE(d.is_message);
}

TEST(SourceTest, Utf8BomIsHonouredAndStripped) {
  Document d = ParseDocumentBytes("\xEF\xBB\xBF# 提案書\r\n本文\r\n", InputKind::kMarkdown, "p.md");
  EXPECT_EQ(d.parts[0].text, "# 提案書\n本文\n");
  EXPECT_EQ(d.parts[0].kind, PartKind::kMarkdown);
  EXPECT_EQ(d.parts[0].charset, "UTF-8");
  EXPECT_FALSE(d.parts[0].charset_detected);
}

// A .csv or .tsv file is a table of its own kind, not plain text.
TEST(SourceTest, SpreadsheetFilesAreDelimitedParts) {
  EXPECT_EQ(ParseDocumentBytes("product,price\nsync,399\n", InputKind::kPlain, "p.CSV").parts[0].kind,
            PartKind::kCsv);
  EXPECT_EQ(ParseDocumentBytes("product\tprice\n", InputKind::kPlain, "p.tsv").parts[0].kind, PartKind::kTsv);
  EXPECT_EQ(ParseDocumentBytes("a,b\n", InputKind::kPlain, "p.txt").parts[0].kind, PartKind::kPlain);
}

TEST(SourceTest, Utf16BomIsHonoured) {
  Document d =
      ParseDocumentBytes(std::string("\xFF\xFE\xE5\x65\x2C\x67\n\0", 8), InputKind::kPlain);
  ASSERT_FALSE(d.unreadable);
  EXPECT_EQ(d.parts[0].text, "日本\n");
  EXPECT_EQ(d.parts[0].charset, "UTF-16LE");
}

TEST(SourceTest, HtmlMetaCharsetIsHonoured) {
  Document d =
      ParseDocumentBytes("<html><head><meta charset=\"euc-jp\"></head><body>\xc6\xfc</body>",
                         InputKind::kHtml, "p.html");
  EXPECT_EQ(d.parts[0].kind, PartKind::kHtml);
  EXPECT_EQ(d.parts[0].charset, "EUC-JP");
  EXPECT_NE(d.parts[0].text.find("<body>日</body>"), std::string::npos);
}

TEST(SourceTest, Utf8DocumentIsTakenAsIs) {
  Document d = ParseDocumentBytes("Meridian Sync — 99.9% SLA\n", InputKind::kPlain);
  EXPECT_EQ(d.parts[0].text, "Meridian Sync — 99.9% SLA\n");
  EXPECT_EQ(d.parts[0].charset, "UTF-8");
  EXPECT_FALSE(d.parts[0].charset_detected);
}

TEST(SourceTest, BinaryDocumentIsUnreadable) {
  Document zip =
      ParseDocumentBytes(std::string("PK\x03\x04\x14\x00\x06\x00", 8) + "[Content_Types].xml",
                         InputKind::kHtml, "pricing.html");
  ASSERT_TRUE(zip.unreadable);
  EXPECT_EQ(zip.unreadable->rfind("not text: binary content (ZIP archive", 0), 0u);
  EXPECT_TRUE(zip.parts.empty());
  std::string garbage;
  for (int i = 0; i < 1000; ++i) garbage += static_cast<char>(i % 256);
  EXPECT_EQ(ParseDocumentBytes(garbage, InputKind::kPlain).unreadable.value_or(""),
            "not text: binary content");
}

TEST(SourceTest, ContentHashIsSha256OfTheRawBytes) {
  Document d = ParseDocumentBytes("abc", InputKind::kPlain);
  EXPECT_EQ(d.content_hash, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(d.size, 3u);
}

TEST(SourceTest, EmptyFileIsAnEmptyDocument) {
  Document d = ParseDocumentBytes("", InputKind::kPlain);
  EXPECT_FALSE(d.unreadable);
  ASSERT_EQ(d.parts.size(), 1u);
  EXPECT_EQ(d.parts[0].text, "");
}

// The evaluation set's documents (read only; skipped where absent).
TEST(SourceTest, DevDocsReadExceptTheBinaryOne) {
  fs::path dir = fs::path(ONEVOICE_SHARED_DIR) / "eval/dev/docs";
  if (!fs::exists(dir)) GTEST_SKIP() << "no " << dir;
  auto inputs = ReadAll({dir.string()});
  ASSERT_GT(inputs.size(), 10u);
  for (const auto& in : inputs) {
    Document d = ParseInput(in);
    if (fs::path(in.path).filename() == "pricing-2026.html") {
      EXPECT_TRUE(d.unreadable);
      continue;
    }
    ASSERT_FALSE(d.unreadable) << in.path;
    EXPECT_TRUE(IsValidUtf8(d.parts[0].text)) << in.path;
    EXPECT_EQ(d.parts[0].text.find("\xEF\xBF\xBD"), std::string::npos) << in.path;
    if (fs::path(in.path).filename() == "mitsumori-naniwa-seiki-2026-11.txt") {
      EXPECT_EQ(d.parts[0].charset, "Shift_JIS");
    }
  }
}

}  // namespace
}  // namespace onevoice::ingest
