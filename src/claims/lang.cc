#include "claims/lang.h"

#include "base/unicode.h"

#include <yaml-cpp/yaml.h>

#include <cstdlib>

namespace onevoice::claims {
namespace {

Position At(const std::string& file, const YAML::Node& node) {
  YAML::Mark m = node.Mark();
  return Position{file, m.line + 1, m.column + 1};
}

std::string LangOf(const std::string& path) {
  auto p = path.find("lang/");
  if (p == std::string::npos) return "";
  auto start = p + 5;
  auto slash = path.find('/', start);
  return path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
}

// `compose: [[a, b], ["", c]]`: lists of parts, every word one part of each.
bool ComposeWords(const YAML::Node& node, std::vector<std::vector<std::string>>* parts) {
  if (!node.IsSequence() || node.size() == 0) return false;
  for (const auto& list : node) {
    if (!list.IsSequence() || list.size() == 0) return false;
    parts->emplace_back();
    for (const auto& w : list) {
      if (!w.IsScalar()) return false;
      parts->back().push_back(w.as<std::string>(""));
    }
  }
  return true;
}

// Every choice of one part from each list, joined by `join`; an empty part
// is left out with its joiner ("" for an optional word).
std::vector<std::string> ProductOf(const std::vector<std::vector<std::string>>& parts, const std::string& join) {
  if (parts.empty()) return {};
  std::vector<std::string> out{""};
  for (const auto& list : parts) {
    std::vector<std::string> next;
    for (const std::string& head : out) {
      for (const std::string& part : list) next.push_back(head.empty() || part.empty() ? head + part : head + join + part);
    }
    out = std::move(next);
  }
  return out;
}

}  // namespace

const std::string& LexEntry::Empty() {
  static const std::string kEmpty;
  return kEmpty;
}

const std::string* LexEntry::Find(std::string_view key) const {
  for (const auto& [k, v] : attrs) {
    if (k == key) return &v;
  }
  return nullptr;
}

const std::string& LexEntry::Attr(const std::string& key) const {
  const std::string* v = Find(key);
  return v ? *v : Empty();
}

std::string LexEntry::Attr(const std::string& key, const std::string& fallback) const {
  const std::string* v = Find(key);
  return v ? *v : fallback;
}

double LexEntry::Number(const std::string& key, double fallback) const {
  const std::string* v = Find(key);
  if (!v) return fallback;
  char* end = nullptr;
  double value = std::strtod(v->c_str(), &end);
  return end && *end == '\0' ? value : fallback;
}

const std::vector<LexEntry>& Lexicon::Entries(std::string_view lang, std::string_view category) const {
  static const std::vector<LexEntry> kNone;
  auto l = by_lang_.find(lang);
  if (l == by_lang_.end()) return kNone;
  auto c = l->second.find(category);
  return c == l->second.end() ? kNone : c->second;
}

std::vector<const LexEntry*> Lexicon::AllEntries(std::string_view category) const {
  std::vector<const LexEntry*> out;
  for (const auto& [lang, cats] : by_lang_) {
    auto c = cats.find(category);
    if (c == cats.end()) continue;
    for (const auto& e : c->second) out.push_back(&e);
  }
  return out;
}

std::vector<std::string> Lexicon::Categories(std::string_view lang) const {
  std::vector<std::string> out;
  auto l = by_lang_.find(lang);
  if (l == by_lang_.end()) return out;
  for (const auto& [cat, entries] : l->second) out.push_back(cat);
  return out;
}

std::vector<std::string> Lexicon::Languages() const {
  std::vector<std::string> out;
  for (const auto& [lang, cats] : by_lang_) out.push_back(lang);
  return out;
}

void Lexicon::Add(const std::string& lang, const std::string& category, LexEntry entry) {
  Category(lang, category).push_back(std::move(entry));
}

std::vector<LexEntry>& Lexicon::Category(const std::string& lang, const std::string& category) {
  return by_lang_[lang][category];
}

Lexicon LoadLexicon(const std::vector<EmbeddedFile>& files, std::vector<Diagnostic>* diagnostics) {
  Lexicon lex;
  auto report = [&](Position where, std::string msg) {
    if (diagnostics) diagnostics->push_back({Diagnostic::Severity::kError, std::move(where), std::move(msg)});
  };
  for (const auto& f : files) {
    const std::string path = f.path;
    const std::string lang = LangOf(path);
    YAML::Node root;
    try {
      root = YAML::Load(f.content);
    } catch (const YAML::Exception& e) {
      report({path, e.mark.line + 1, e.mark.column + 1}, "invalid YAML: " + e.msg);
      continue;
    }
    if (!root || root.IsNull()) continue;
    if (!root.IsMap()) {
      report(At(path, root), "expected a map of category names to lists of entries");
      continue;
    }
    for (const auto& cat : root) {
      const std::string category = cat.first.as<std::string>("");
      const YAML::Node& list = cat.second;
      if (!list.IsSequence()) {
        report(At(path, list), "category '" + category + "' must be a list of entries");
        continue;
      }
      for (const auto& item : list) {
        if (item.IsScalar()) {
          lex.Add(lang, category, LexEntry{NormalizeWord(item.as<std::string>()), {}, At(path, item)});
          continue;
        }
        if (!item.IsMap()) {
          report(At(path, item), "an entry is a word or a map with 'word' or 'words'");
          continue;
        }
        std::map<std::string, std::string> attrs;
        std::vector<std::string> words;
        std::vector<std::vector<std::string>> compose;
        std::string join = " ";
        bool bad = false;
        for (const auto& kv : item) {
          const std::string key = kv.first.as<std::string>("");
          if (key == "word") {
            if (!kv.second.IsScalar()) { report(At(path, kv.second), "'word' must be a string"); bad = true; continue; }
            words.push_back(kv.second.as<std::string>());
          } else if (key == "words") {
            if (!kv.second.IsSequence()) { report(At(path, kv.second), "'words' must be a list"); bad = true; continue; }
            for (const auto& w : kv.second) words.push_back(w.as<std::string>(""));
          } else if (key == "compose") {
            if (!ComposeWords(kv.second, &compose)) {
              report(At(path, kv.second), "'compose' must be a list of lists of words");
              bad = true;
            }
          } else if (key == "join") {
            if (!kv.second.IsScalar()) { report(At(path, kv.second), "'join' must be a string"); bad = true; continue; }
            join = kv.second.as<std::string>();
          } else if (kv.second.IsScalar()) {
            attrs[key] = kv.second.as<std::string>();
          } else {
            report(At(path, kv.second), "attribute '" + key + "' must be a scalar");
            bad = true;
          }
        }
        if (bad) continue;
        for (std::string& w : ProductOf(compose, join)) words.push_back(std::move(w));
        if (words.empty()) words.push_back("");  // an attribute-only entry (e.g. settings)
        const std::vector<std::pair<std::string, std::string>> attr_list(attrs.begin(), attrs.end());
        for (const auto& w : words) lex.Add(lang, category, LexEntry{NormalizeWord(w), attr_list, At(path, item)});
      }
    }
  }
  return lex;
}



}  // namespace onevoice::claims
