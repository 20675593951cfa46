#include "extract/table_context.h"

#include <algorithm>

#include "base/unicode.h"

namespace onevoice::extract {
namespace {

// The header is the word `m` and nothing else but punctuation ("Was",
// "(Now)"), not a sentence using it ("What was said").
bool WholeHeader(std::string_view header, const Mention& m) {
  auto punct = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return std::ispunct(static_cast<unsigned char>(c)) || c == ' '; });
  };
  return punct(header.substr(0, m.begin)) && punct(header.substr(m.end));
}

// The currency a header or caption says its numbers are in, or "".
std::string CurrencyNote(const std::vector<Mention>& ms) {
  for (const Mention& m : ms) {
    if (IsWord(m, "currency_note")) return m.term->entry->Attr("currency");
  }
  return {};
}

void AddOnce(std::vector<int>* v, int x) {
  if (std::find(v->begin(), v->end(), x) == v->end()) v->push_back(x);
}

}  // namespace

TableContext::TableContext(const Engine& engine, const text::Layout& layout, int index,
                           const std::vector<int>& named) {
  const text::Table& t = layout.tables[index];
  columns_.resize(t.columns());
  std::vector<std::string> alone_roles(t.columns());  // a column's role when no other is a deal or unit-price one
  std::vector<std::string> beside_roles(t.columns());  // a column's role when another is an answer one
  std::vector<bool> remarks(t.columns());               // answer columns of remarks (備考, Notes)
  for (size_t col = 0; col < t.columns(); ++col) {
    std::string header;
    for (int r = 0; r < t.header_rows; ++r) {
      for (const NormSpan& p : t.rows[r][col].pieces) {
        if (!header.empty()) header += ' ';
        header += layout.Text(p);
      }
    }
    // A header written as an identifier (a CSV export's "list_price_usd",
    // "billing_unit") names the same words as one written with spaces.
    std::replace(header.begin(), header.end(), '_', ' ');
    TableColumn& tc = columns_[col];
    tc.header_text = header;
    std::vector<Mention> ms = engine.FindMentions(header, AsciiLower(header));
    size_t best_len = 0;
    for (const Mention& m : ms) {
      if (IsProductMention(m)) AddOnce(&tc.products, m.term->product);
      if (m.type() == MentionType::kCue) tc.cues.push_back(m);
      if (IsWord(m, "column_role") && m.end - m.begin > best_len &&
          (m.term->entry->Attr("whole") != "true" || WholeHeader(header, m))) {
        // The longest role word decides ("our response" over "response").
        best_len = m.end - m.begin;
        tc.role = m.term->entry->Attr("role");
        alone_roles[col] = m.term->entry->Attr("alone");
        beside_roles[col] = m.term->entry->Attr("beside_answer");
        remarks[col] = m.term->entry->Attr("remark") == "true";
      }
    }
    // A column headed by a product holds that product's values.
    if (!tc.products.empty() && tc.role == "requirement") tc.role.clear();
    // A count's column headed as a limit states a capacity, not a quantity
    // bought (「最大ユーザー数」, 「ユーザー数上限」: 数 alone would be a deal's).
    if (tc.role == "deal") {
      for (const Mention& m : ms) {
        if (IsWord(m, "capacity_marker")) tc.role.clear();
      }
    }
    if (tc.role == "answer" || tc.role == "right" || tc.role == "unit_price") has_answer_column_ = true;
    tc.tax = StatedTax(ms, 0, header.size());
    tc.currency = CurrencyNote(ms);
  }
  // A column no header names whose every cell asks ("Maximum number of
  // users per tenant?", a questionnaire answered in place) is what was
  // asked; the column after it, when no header names that either, answers.
  for (size_t col = 0; col + 1 < columns_.size(); ++col) {
    if (!columns_[col].role.empty() || !columns_[col + 1].role.empty() || !columns_[col].header_text.empty()) continue;
    int asked = 0, other = 0;
    for (size_t r = t.header_rows; r < t.rows.size(); ++r) {
      const auto& pieces = t.rows[r][col].pieces;
      if (pieces.empty()) continue;
      const std::string_view last = layout.Text(pieces.back());
      (last.ends_with("?") || last.ends_with("？") ? asked : other)++;
    }
    if (asked < 2 || other > 0) continue;
    columns_[col].role = "requirement";
    columns_[col + 1].role = "answer";
    has_answer_column_ = true;
    break;
  }
  // A column whose role changes beside an answer column (「仕様」 beside
  // 「回答」 is what was asked; beside 「備考」, what is offered).
  for (size_t col = 0; col < columns_.size(); ++col) {
    if (beside_roles[col].empty()) continue;
    for (size_t k = 0; k < columns_.size(); ++k) {
      if (k != col && columns_[k].role == "answer" && beside_roles[k].empty() && !remarks[k]) {
        columns_[col].role = beside_roles[col];
        break;
      }
    }
  }
  // A column whose role holds only beside others ("金額" beside 単価 or 数量)
  // takes its lone role when it is the table's only such column.
  for (size_t col = 0; col < columns_.size(); ++col) {
    if (alone_roles[col].empty()) continue;
    bool others = false;
    for (size_t k = 0; k < columns_.size(); ++k) {
      const std::string& r = columns_[k].role;
      others = others || (k != col && (r == "deal" || r == "unit_price"));
    }
    if (!others) columns_[col].role = alone_roles[col];
  }
  // Columns right of a unit-price column that have no role of their own
  // hold line amounts (quantity × unit price): deal arithmetic.
  int unit_price = -1;
  for (size_t col = 0; col < columns_.size(); ++col) {
    if (columns_[col].role == "unit_price") unit_price = static_cast<int>(col);
  }
  if (unit_price >= 0) {
    for (size_t col = unit_price + 1; col < columns_.size(); ++col) {
      if (columns_[col].role.empty()) columns_[col].role = "deal";
    }
  }
  // The one currency the headers name ("| Unit price | … | Annual (GBP) |").
  for (const TableColumn& tc : columns_) {
    if (tc.currency.empty()) continue;
    if (header_currency_.empty()) {
      header_currency_ = tc.currency;
    } else if (header_currency_ != tc.currency) {
      header_currency_ = "-";
    }
  }
  if (header_currency_ == "-") header_currency_.clear();
  for (const NormSpan& cap : t.caption) {
    std::string text(layout.Text(cap));
    std::vector<Mention> cms = engine.FindMentions(text, AsciiLower(text));
    if (caption_tax_ == claims::Tax::kUnstated) caption_tax_ = StatedTax(cms, 0, text.size());
    if (caption_currency_.empty()) caption_currency_ = CurrencyNote(cms);
    for (const Mention& m : cms) {
      if (IsProductMention(m)) AddOnce(&caption_products_, m.term->product);
      if (m.type() == MentionType::kCue) caption_cues_.push_back(m);
    }
    if (caption_products_.empty()) {
      for (const Mention& m : cms) {
        if (IsWord(m, "anaphora") && m.term->entry->Attr("refers") == "both" && named.size() >= 2) {
          caption_products_ = {named[0], named[1]};
          caption_both_ = true;
          break;
        }
      }
    }
  }
}

const std::string& TableContext::Role(int cell) const {
  static const std::string kNone;
  const TableColumn* c = column(cell);
  return c ? c->role : kNone;
}

bool TableContext::HasRole(std::string_view role) const {
  for (const TableColumn& c : columns_)
    if (c.role == role) return true;
  return false;
}

int TableContext::AnswerCell(const text::Unit& row) const {
  int best = -1;
  for (size_t c = 0; c < row.cells.size(); ++c) {
    const std::string& role = Role(static_cast<int>(c));
    if (role == "answer" || role == "right" || role == "unit_price") return static_cast<int>(c);
    if (role.empty() && c > 0 && row.cells[c].begin != row.cells[c].end) best = static_cast<int>(c);
  }
  return best;
}

claims::Tax TableContext::ColumnTax(int cell) const {
  const TableColumn* c = column(cell);
  return c ? c->tax : claims::Tax::kUnstated;
}

claims::Tax TableContext::Tax(int cell) const {
  const claims::Tax own = ColumnTax(cell);
  return own != claims::Tax::kUnstated ? own : caption_tax_;
}

std::string TableContext::BareNumberCurrency(int cell) const {
  const TableColumn* c = column(cell);
  if (!c) return {};
  if (!c->currency.empty()) return c->currency;
  // A unit-price column, or one headed by a tax statement alone (「税抜」
  // 「税込」 beside 「課金単位」): its bare numbers are prices.
  if (c->role != "unit_price" && (c->tax == claims::Tax::kUnstated || !c->role.empty())) return {};
  return !caption_currency_.empty() ? caption_currency_ : header_currency_;
}

bool TableContext::AnotherColumnCues(int cell, const std::string& attribute) const {
  const TableColumn* own = column(cell);
  if (!own || own->header_text.find_first_not_of(' ') == std::string::npos) return false;
  for (const Mention& m : own->cues)
    if (m.term->attribute == attribute) return false;
  for (size_t k = 0; k < columns_.size(); ++k) {
    if (static_cast<int>(k) == cell) continue;
    for (const Mention& m : columns_[k].cues)
      if (m.term->attribute == attribute) return true;
  }
  return false;
}

}  // namespace onevoice::extract
