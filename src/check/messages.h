// Finding messages: one human sentence in the text's language, from the
// templates of data/lang/<lang>/messages.yaml ("message" category: word =
// template name, text = the template with {placeholders}). Falls back to
// English, then to the template name. Thread-safe.
#ifndef ONEVOICE_CHECK_MESSAGES_H_
#define ONEVOICE_CHECK_MESSAGES_H_

#include <map>
#include <string>

#include "claims/lang.h"

namespace onevoice::check {

std::string FormatMessage(const claims::Lexicon& lexicon, const std::string& lang, const std::string& name,
                          const std::map<std::string, std::string>& vars);

}  // namespace onevoice::check

#endif  // ONEVOICE_CHECK_MESSAGES_H_
