// RenderFlowed: plain text sent as format=flowed (RFC 3676) -> the text as
// its author wrote it, with a map back to the part's text, for the text
// stage only (layout.cc).
//
// A line ending in a space is soft-broken: it joins the next line of the
// same quote depth (its '>' markers dropped). With DelSp=yes, the space
// before the soft break is the mailer's, not the author's, and is dropped
// too: Japanese text is wrapped anywhere, even inside a number ("4,00 " +
// "0円"). A space at the start of an unquoted line is stuffing and is
// dropped (after quote markers it is kept: "> text" reads as a quote
// either way). A line before an empty one is never soft (mailers leave
// stray trailing spaces; the paragraph break stays), nor is the signature
// separator "-- ". Linear; never throws.
#ifndef ONEVOICE_TEXT_FLOWED_H_
#define ONEVOICE_TEXT_FLOWED_H_

#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace onevoice::text {

struct RenderedFlowed {
  std::string text;
  OffsetMap map;  // rendered offsets -> part offsets
};

RenderedFlowed RenderFlowed(std::string_view text, bool delsp);

}  // namespace onevoice::text

#endif  // ONEVOICE_TEXT_FLOWED_H_
