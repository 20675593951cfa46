// Whose claim a value is: PartExtractor::ProductsFor and what it reads
// (products named, anaphora, headings, list leads, table context).
#include "extract/part_extractor.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <tuple>

#include "base/unicode.h"
#include "claims/office.h"

namespace onevoice::extract::detail {

std::vector<int> PartExtractor::ProductsFor(const Unit& u, const Candidate& c, const TableContext* table) {
  auto [sb, se] = CellRange(u, c);
  // 1. Named in the same cell or sentence: the nearest before, else after.
  const Mention* before = nullptr;
  const Mention* after = nullptr;
  const Mention* anaphor = nullptr;
  for (const Mention& m : mentions_) {
    if (m.begin < sb || m.end > se) continue;
    if (IsProductMention(m)) {
      if (m.end <= c.b) before = &m;
      else if (m.begin >= c.e && !after && !ClauseEndsBetween(c.e, m.begin)) after = &m;
    } else if (IsWord(m, "anaphora") && m.end <= c.b) {
      anaphor = &m;
    }
  }
  if (HasWord("respectively", 0, u.text.size())) {
    if (auto p = Respectively(u, c); p >= 0) return {p};
  }
  if (anaphor && (!before || anaphor->begin > before->end)) {
    auto r = Resolve(u, *anaphor);
    if (!r.empty()) return r;
  }
  // "Vault's SLA is 99.95%, a notch above the 99.9% we commit to on
  // Meridian Sync": a product named after the value in the value's own
  // clause outweighs one named before it in an earlier clause.
  if (before && after && c.cell < 0) {
    auto [cb, ce] = breaks_.SoftClause(c.b, u.text.size());
    if (before->end <= cb && after->begin >= c.e && after->end <= ce) return {after->term->product};
  }
  if (before) {
    if (int joined = JoinedBefore(u, *before, sb); joined >= 0 && joined != before->term->product)
      return {joined, before->term->product};
    return {before->term->product};
  }
  if (after) return {after->term->product};
  // An anaphor after the value in the same sentence part ("…, it says").
  for (const Mention& m : mentions_) {
    if (IsWord(m, "anaphora") && m.begin >= sb && m.end <= se && (m.end <= c.b || !ClauseEndsBetween(c.e, m.begin))) {
      auto r = Resolve(u, m);
      if (!r.empty()) return r;
    }
  }
  // 2. Table context.
  if (table && c.cell >= 0) {
    const TableColumn* col = table->column(c.cell);
    if (col && col->products.size() == 1) return {col->products[0]};
    if (col && col->products.size() == 2 && IsBoth(col->header_text)) return col->products;
    // 「両製品共通」 naming neither: the two products the document named.
    if (col && col->products.empty() && IsBoth(col->header_text) && st_.products_named.size() >= 2)
      return {st_.products_named[0], st_.products_named[1]};
    // A table that gives its products columns of their own: a value in a
    // column that names none ("Pinecrest asks for") is no product's. The
    // first column's header is the table's corner, not a product column
    // ("| Meridian Insight | Detail |": the table is that product's).
    const TableColumn* corner = table->column(0);
    if (col && col->products.empty() && c.cell > 0) {
      for (size_t k = 1; k < table->columns().size(); ++k)
        if (!table->columns()[k].products.empty()) return {};
    }
    // Other cells of the row (label, product, rowspan cells), nearest first.
    for (int k = c.cell - 1; k >= 0; --k) {
      auto r = ProductsInRange(u, u.cells[k].begin, u.cells[k].end);
      if (!r.empty()) return r;
    }
    for (size_t k = c.cell + 1; k < u.cells.size(); ++k) {
      const std::string& role = table->Role(static_cast<int>(k));
      if (role == "requirement") continue;
      auto r = ProductsInRange(u, u.cells[k].begin, u.cells[k].end);
      if (!r.empty()) return r;
    }
    // A blank cell before the value repeats the one above it, as a drawn
    // table leaves a product's further rows blank under its name.
    for (int k = c.cell - 1; k >= 0; --k) {
      if (u.cells[k].begin != u.cells[k].end) continue;
      auto r = ProductAbove(u, u.cells[k].column);
      if (!r.empty()) return r;
    }
    // A line item of its own is no product's, whatever the table's title.
    if (OtherLineItem(u, c)) return {};
    if (auto form = FormProductAbove(u); !form.empty()) return form;
    if (corner && c.cell > 0 && corner->products.size() == 1) return corner->products;
    const std::vector<int>& caption = table->caption_products();
    if (caption.size() == 1 || (table->caption_both() && caption.size() == 2)) return caption;
  }
  // 3. A governing heading (innermost first) naming exactly one product —
  // unless the sentence is about the customer's own things ("Your current
  // tool keeps history for 12 months", 「御社の現行システムは…」).
  if (HasWord("customer_marker", 0, c.b) && !OursAgainBefore(c.b) && !CueBeforeCustomer(u, c)) return {};
  for (auto it = u.headings.rbegin(); it != u.headings.rend(); ++it) {
    const std::vector<int>& hp = unit_products_[*it];
    if (hp.size() == 1 || both_heading_[*it]) return hp;
    if (hp.size() > 1) break;
  }
  // 4. The sentence that leads into a list ("here is a short summary of
  // Meridian Vault" / "- Hosting: … our London and Frankfurt data
  // centres"), naming one product, governs the list's items as a heading.
  // A table's lead governs only the columns whose header names an
  // attribute ("Price per TB / month"), not a schedule's or an event's.
  const TableColumn* cued = table && c.cell >= 0 ? table->column(c.cell) : nullptr;
  if (u.kind != UnitKind::kRow || (cued && !cued->cues.empty())) {
    if (int lead = ListLead(u); lead >= 0) return {lead};
  }
  // 5. A later sentence of a list item whose first sentence named one
  // product (「・オプション：メリディアン インサイトによる可視化。1ユーザー
  // あたり月額4,000円でご提供いたします。」).
  if (int item = ItemProduct(u); item >= 0) return {item};
  return {};
}

int PartExtractor::ItemProduct(const Unit& u) const {
  // Japanese leaves the subject out; an English sentence without one names
  // something else ("Seven-year retention … is a separate service").
  if (u.kind != UnitKind::kBullet || !IsJapanese(u.text)) return -1;
  const int self = static_cast<int>(&u - units_.data());
  for (int j = self - 1; j >= 0; --j) {
    const Unit& prev = units_[j];
    if (prev.kind != UnitKind::kBullet || prev.zone != u.zone || prev.line < 0 || prev.line > u.line) return -1;
    // Another item starts after prev: prev is not of u's item.
    for (int l = prev.line + 1; l <= u.line; ++l)
      if (layout_.lines[l].kind == text::LineKind::kBullet) return -1;
    if (unit_products_[j].size() == 1) return unit_products_[j][0];
    if (!unit_products_[j].empty() || layout_.lines[prev.line].kind == text::LineKind::kBullet) return -1;
  }
  return -1;
}

bool PartExtractor::CueBeforeCustomer(const Unit& u, const Candidate& c) const {
  size_t first_customer = u.text.size();
  for (const Mention& m : mentions_)
    if (IsWord(m, "customer_marker")) first_customer = std::min(first_customer, m.begin);
  const size_t hb = breaks_.HardClause(c.b, u.text.size()).first;
  for (const Mention& m : mentions_) {
    if (m.type() != MentionType::kCue || m.begin < hb || m.end > first_customer) continue;
    const claims::Attribute* a = CompanyAttribute(m.term->attribute);
    if (a && a->kind == c.kind) return true;
  }
  return false;
}

bool PartExtractor::OursAgainBefore(size_t at) const {
  size_t customer = 0;
  for (const Mention& m : mentions_) {
    if (IsWord(m, "customer_marker") && m.end <= at) customer = std::max(customer, m.end);
  }
  return HasWord("own_marker", customer, at);
}

int PartExtractor::ListLead(const Unit& u) const {
  if (const int lead = ListLeadUnit(u); lead >= 0) return unit_products_[lead][0];
  // A lead referring back to the product by a noun (「同製品の対応OSは以下の
  // とおりです。」), when no item names another.
  const int lead = ListLeadUnit(u, /*named=*/false);
  if (lead < 0 || unit_referred_[lead] < 0) return -1;
  for (int k = lead + 1; &units_[k] != &u; ++k) {
    for (int p : unit_products_[k])
      if (p != unit_referred_[lead]) return -1;
  }
  return unit_referred_[lead];
}

bool PartExtractor::LeadsIn(int unit) const {
  if (EndsWith(units_[unit].text, ":")) return true;  // normalized: "：" is ":"
  for (const Mention& m : RawMentions(unit))
    if (IsWord(m, "list_lead")) return true;
  return false;
}

int PartExtractor::ListLeadUnit(const Unit& u, bool named) const {
  if (u.kind != UnitKind::kBullet && u.kind != UnitKind::kRow) return -1;
  const auto same_voice = [&](const Unit& x) { return x.zone == u.zone && x.author == u.author; };
  const auto same_list = [&](const Unit& x) {
    return x.kind == u.kind && same_voice(x) && (u.kind != UnitKind::kRow || x.table == u.table);
  };
  // The list's first item: the one before u's when it is of u's list (its
  // start is remembered, so a long list is walked once, not per item).
  const int self = static_cast<int>(&u - units_.data());
  int i = self;
  if (i > 0 && same_list(units_[i - 1])) i = list_start_[i - 1] >= 0 ? list_start_[i - 1] : i - 1;
  while (i > 0 && same_list(units_[i - 1])) --i;
  list_start_[self] = i;
  if (i == 0) return -1;
  const Unit& lead = units_[i - 1];
  if (lead.kind != UnitKind::kSentence || !same_voice(lead)) return -1;
  if (named ? unit_products_[i - 1].size() != 1 : unit_products_[i - 1].size() > 1) return -1;
  // A list of questions ("下記の点についてご教示いただけますでしょうか。",
  // "Could you confirm the following?") asks; its items claim nothing.
  if (IsQuestion(lead, RawMentions(i - 1))) return -1;
  if (!named) return i - 1;
  const int product = unit_products_[i - 1][0];
  for (int k = i; &units_[k] != &u; ++k) {
    for (int p : unit_products_[k])
      if (p != product) return -1;
  }
  return i - 1;
}

int PartExtractor::JoinedBefore(const Unit& u, const Mention& m, size_t floor) const {
  // 「シンク・ボールトとも稼働率は…」: a list mark joins the two names when
  // a word saying "both" follows the second.
  if (WordRightAfter(u, "together_marker", m.end)) {
    for (const Mention& x : mentions_) {
      if (!IsProductMention(x) || x.end > m.begin || x.begin < floor || x.term->product == m.term->product) continue;
      const std::string_view gap = std::string_view(u.text).substr(x.end, m.begin - x.end);
      if (gap == "・" || gap == "、" || gap == "/" || gap == ", ") return x.term->product;
    }
  }
  const Mention* conj = WordJustBefore(u, "conjunction", m.begin);
  if (!conj || conj->begin < floor) return -1;
  for (const Mention& x : mentions_) {
    if (IsProductMention(x) && x.end <= conj->begin && x.begin >= floor && CodePoints(u.text, x.end, conj->begin) <= 1) {
      for (const Quantity& q : quantities_)
        if (q.span.begin >= x.end && q.span.end <= m.begin) return -1;
      return x.term->product;
    }
  }
  return -1;
}

int PartExtractor::ItemCell(const Unit& u) {
  for (size_t k = 0; k < u.cells.size(); ++k) {
    const auto& cell = u.cells[k];
    for (size_t i = cell.begin; i < cell.end; ++i) {
      const auto ch = static_cast<unsigned char>(u.text[i]);
      if (std::isalpha(ch) || ch >= 0x80) return static_cast<int>(k);
    }
  }
  return -1;
}

bool PartExtractor::OtherLineItem(const Unit& u, const Candidate& c) {
  const int item = ItemCell(u);
  if (item < 0 || c.cell <= item) return false;
  for (const Mention& m : mentions_) {
    if (m.begin >= u.cells[item].begin && m.end <= u.cells[item].end &&
        (IsProductMention(m) || m.type() == MentionType::kCue || IsWord(m, "anaphora")))
      return false;
  }
  // Rows of the table whose item names a product (found once).
  auto [it, fresh] = item_rows_.try_emplace(u.table);
  if (fresh) {
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      const Unit& r = units_[i];
      if (r.kind != UnitKind::kRow || r.table != u.table || r.cells.empty()) continue;
      const int ri = ItemCell(r);
      if (ri < 0) continue;
      for (const Mention& m : RawMentions(i)) {
        if (IsProductMention(m) && m.begin >= r.cells[ri].begin && m.end <= r.cells[ri].end) {
          it->second.push_back(i);
          break;
        }
      }
    }
  }
  const int self = static_cast<int>(&u - units_.data());
  for (int i : it->second)
    if (i != self) return true;
  return false;
}

std::vector<int> PartExtractor::SpanProducts(const Unit& u, const Candidate& c, const TableContext& table,
                              const std::vector<int>& alone) const {
  std::vector<int> all = alone;
  for (size_t k = 0; k < u.cells.size(); ++k) {
    const TableColumn* col = table.column(static_cast<int>(k));
    if (!col || u.cells[k].span_group != u.cells[c.cell].span_group || col->products.size() != 1) continue;
    const int p = col->products[0];
    if (std::find(all.begin(), all.end(), p) == all.end()) all.push_back(p);
  }
  return all;
}

bool PartExtractor::ClauseEndsBetween(size_t b, size_t e) const {
  if (breaks_.HardBetween(b, e) > 0) return true;
  for (const Mention& m : mentions_) {
    if (IsWord(m, "clause_break") && m.begin >= b && m.end <= e) return true;
  }
  return false;
}

std::vector<int> PartExtractor::ProductAbove(const Unit& u, int col) const {
  if (u.table < 0 || u.row < 0) return {};
  const text::Table& t = layout_.tables[u.table];
  for (int r = u.row - 1; r >= t.header_rows; --r) {
    if (col < 0 || col >= static_cast<int>(t.rows[r].size())) return {};
    std::string text;
    for (const NormSpan& p : t.rows[r][col].pieces) text += layout_.Text(p);
    if (text.find_first_not_of(' ') == std::string::npos) continue;
    std::vector<int> out;
    for (const Mention& m : e_.FindMentions(text, AsciiLower(text))) {
      if (IsProductMention(m) && std::find(out.begin(), out.end(), m.term->product) == out.end())
        out.push_back(m.term->product);
    }
    if (out.size() > 1) return {};
    return out;
  }
  return {};
}

std::vector<int> PartExtractor::FormProductAbove(const Unit& u) const {
  if (u.table < 0 || u.row < 0) return {};
  const text::Table& t = layout_.tables[u.table];
  auto cell_text = [&](const auto& cell) {
    std::string text;
    for (const NormSpan& p : cell.pieces) text += layout_.Text(p);
    return text;
  };
  for (int r = u.row - 1; r >= t.header_rows; --r) {
    if (t.rows[r].size() < 2) continue;
    std::string label = cell_text(t.rows[r][0]);
    while (!label.empty() && label.front() == ' ') label.erase(0, 1);
    label.erase(0, text::ItemNumber(label));  // the form's item number ("7.1 Product", "B-1 製品名")
    while (!label.empty() && label.back() == ' ') label.pop_back();
    label = AsciiLower(label);
    const auto& labels = e_.ProductLabels();
    if (std::find(labels.begin(), labels.end(), label) == labels.end()) continue;
    std::vector<int> out;
    for (size_t k = 1; k < t.rows[r].size(); ++k) {
      const std::string text = cell_text(t.rows[r][k]);
      for (const Mention& m : e_.FindMentions(text, AsciiLower(text)))
        if (IsProductMention(m) && std::find(out.begin(), out.end(), m.term->product) == out.end())
          out.push_back(m.term->product);
    }
    if (out.size() == 1) return out;
    return {};
  }
  return {};
}

std::vector<int> PartExtractor::ProductsInRange(const Unit& u, size_t b, size_t e) {
  std::vector<int> out;
  for (const Mention& m : mentions_) {
    if (m.begin < b || m.end > e) continue;
    if (IsProductMention(m)) {
      if (std::find(out.begin(), out.end(), m.term->product) == out.end()) out.push_back(m.term->product);
    }
  }
  if (out.size() > 1) return {};
  if (!out.empty()) return out;
  for (const Mention& m : mentions_) {
    if (m.begin >= b && m.end <= e && IsWord(m, "anaphora")) return Resolve(u, m);
  }
  return {};
}

bool PartExtractor::ForeignSubjectBefore(const Unit& u, size_t at) const {
  const std::string& t = u.text;
  size_t i = 0;
  while (i < t.size() && !std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
  int names = 0;
  size_t end = i;
  while (i < t.size() && std::isupper(static_cast<unsigned char>(t[i]))) {
    size_t j = i + 1;
    while (j < t.size() && std::isalnum(static_cast<unsigned char>(t[j]))) ++j;
    for (const Mention& m : mentions_) {
      if (m.begin < j && i < m.end && m.type() != MentionType::kWord) return false;
    }
    ++names;
    end = j;
    i = j;
    if (i < t.size() && t[i] == ' ') ++i;
  }
  if (names < 2 || end > at || i >= t.size()) return false;
  return std::islower(static_cast<unsigned char>(t[i])) != 0;
}

bool PartExtractor::IsBoth(const std::string& text) const {
  for (const Term* t : e_.CategoryTerms("anaphora")) {
    if (t->entry && t->entry->Attr("refers") == "both" && AsciiLower(text).find(t->word) != std::string::npos) return true;
  }
  return false;
}

std::vector<int> PartExtractor::Resolve(const Unit& u, const Mention& anaphor) {
  const std::string& refers = anaphor.term->entry->Attr("refers", "last");
  // "Kestrel Backup quotes a 4-hour RPO on its standard plan": a pronoun
  // in a sentence whose subject is a name none of ours means that name.
  if (anaphor.term->entry->Attr("pronoun") == "true" && ForeignSubjectBefore(u, anaphor.begin)) return {};
  if (refers == "both") {
    if (st_.products_named.size() >= 2) return {st_.products_named[0], st_.products_named[1]};
    return {};
  }
  if (refers == "all") {  // "all three products", 全製品: every product named so far
    if (st_.products_named.size() >= 2) return st_.products_named;
    return {};
  }
  // Products named earlier in this unit, else in the last unit that named any.
  std::vector<int> here;
  for (const Mention& m : mentions_) {
    if (IsProductMention(m) && m.end <= anaphor.begin) here.push_back(m.term->product);
  }
  auto it = last_products_.find(ZoneKey(u));
  const std::vector<int>* prev = it == last_products_.end() ? nullptr : &it->second;
  if (refers == "former" || refers == "latter") {
    std::vector<int> pool;
    const std::vector<int>& src = here.size() >= 2 ? here : (prev ? *prev : here);
    for (int p : src) {
      if (std::find(pool.begin(), pool.end(), p) == pool.end()) pool.push_back(p);
    }
    // …else the pair a governing heading names (「## ボールトとシンクの役割
    // 分担」 … 「後者は…」), in its order.
    if (pool.size() < 2) {
      for (auto h = u.headings.rbegin(); h != u.headings.rend(); ++h) {
        if (unit_products_[*h].size() >= 2) return {unit_products_[*h][refers == "former" ? 0 : 1]};
      }
      return {};
    }
    // A pair named earlier ("Unlike Vault, … Sync …") keeps the order in
    // which the document introduced it.
    if (&src != &here) {
      auto rank = [&](int p) {
        auto it = std::find(st_.products_named.begin(), st_.products_named.end(), p);
        return it - st_.products_named.begin();
      };
      std::stable_sort(pool.begin(), pool.end(), [&](int a, int b) { return rank(a) < rank(b); });
    }
    return {refers == "former" ? pool[0] : pool[1]};
  }
  if (!here.empty()) return {here.back()};
  if (prev && !prev->empty()) return {prev->back()};
  // An answer under a quoted question: 同製品 there means what the question
  // named ("> ①メリディアン シンクの上限は？" / 「同製品は…」).
  if (u.zone == Zone::kBody && !last_products_any_.empty()) return {last_products_any_.back()};
  // A quoted block may refer to what the reply named.
  if (!st_.products_named.empty() && u.zone == Zone::kBody) return {};
  return {};
}

int PartExtractor::Respectively(const Unit& u, const Candidate& c) const {
  std::vector<int> products;
  for (const Mention& m : mentions_) {
    if (IsProductMention(m) && std::find(products.begin(), products.end(), m.term->product) == products.end())
      products.push_back(m.term->product);
  }
  if (products.size() < 2) return -1;
  std::vector<size_t> same;
  for (const Quantity& q : quantities_) {
    if (q.value.kind == c.kind) same.push_back(q.span.begin);
  }
  if (same.size() != products.size()) return -1;
  for (size_t i = 0; i < same.size(); ++i) {
    if (same[i] == c.b) return products[i];
  }
  return -1;
}

}  // namespace onevoice::extract::detail
