// TableContext: what a table's header rows and caption say about the cells
// under them, read once per table and then only queried.
//
// Each column gets the role its header words give it (requirement, answer,
// wrong, right, label, deal, unit_price, billing_unit, changelog: the
// `column_role` words of data/lang), the products and attribute cues its
// header names, and the tax and currency it states ("単価（円・税抜）");
// the caption gives the same for the whole table ("（単位：円、月額・税込）",
// "Both products"). Nothing here looks at a body row: the claim extractor
// asks, for a row's cell, what its column and the table say.
#ifndef ONEVOICE_EXTRACT_TABLE_CONTEXT_H_
#define ONEVOICE_EXTRACT_TABLE_CONTEXT_H_

#include <string>
#include <vector>

#include "claims/value.h"
#include "extract/lexicon.h"
#include "text/layout.h"
#include "text/segment.h"

namespace onevoice::extract {

struct TableColumn {
  std::string role;            // a column_role word's role, or ""
  std::vector<int> products;   // products named in its header, in order
  std::vector<Mention> cues;   // cue mentions in its header text
  std::string header_text;     // the header rows' cells of the column, joined
  claims::Tax tax = claims::Tax::kUnstated;  // stated in the header
  std::string currency;        // "単価（円）", "Price (USD)": bare numbers are amounts of it
};

class TableContext {
 public:
  // Reads table `index` of `layout`. `named`: the products the document
  // has named so far, in order (a caption for "both products" that names
  // neither means the first two).
  TableContext(const Engine& engine, const text::Layout& layout, int index, const std::vector<int>& named);

  const std::vector<TableColumn>& columns() const { return columns_; }
  // The column of cell index `cell`, or nullptr when the table's header
  // has no such column.
  const TableColumn* column(int cell) const {
    return cell >= 0 && cell < static_cast<int>(columns_.size()) ? &columns_[cell] : nullptr;
  }
  // The role of cell `cell`'s column ("" when none or no such column).
  const std::string& Role(int cell) const;
  // Some column has role `role`.
  bool HasRole(std::string_view role) const;
  // A column answers a requirement or is priced (answer, right, unit_price).
  bool has_answer_column() const { return has_answer_column_; }

  // The cell of `row` that answers it: an answer/right/unit_price column's,
  // else the last non-empty cell after the first with no role; -1 if none.
  int AnswerCell(const text::Unit& row) const;

  // The tax cell `cell`'s column header states, kUnstated if none.
  claims::Tax ColumnTax(int cell) const;
  // The column header's tax, else the caption's.
  claims::Tax Tax(int cell) const;
  claims::Tax caption_tax() const { return caption_tax_; }

  // The currency a bare number in cell `cell` is an amount of: its
  // column's, else (in a unit-price column) the caption's, else the one
  // currency the other headers name ("Annual (GBP)"); "" when none says.
  std::string BareNumberCurrency(int cell) const;

  // Another column's header cues `attribute` and cell `cell`'s own,
  // non-blank header does not ("| Availability SLA | Service credit |":
  // 10% under the second is a credit).
  bool AnotherColumnCues(int cell, const std::string& attribute) const;

  // The products the caption names; with caption_both(), "both products".
  const std::vector<int>& caption_products() const { return caption_products_; }
  bool caption_both() const { return caption_both_; }
  const std::vector<Mention>& caption_cues() const { return caption_cues_; }

 private:
  std::vector<TableColumn> columns_;
  std::vector<int> caption_products_;
  bool caption_both_ = false;
  std::vector<Mention> caption_cues_;
  claims::Tax caption_tax_ = claims::Tax::kUnstated;
  std::string caption_currency_;
  std::string header_currency_;  // the one currency the column headers name, or ""
  bool has_answer_column_ = false;
};

}  // namespace onevoice::extract

#endif  // ONEVOICE_EXTRACT_TABLE_CONTEXT_H_
