#include "cli/config.h"

#include "claims/office.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>

namespace onevoice::cli {
namespace fs = std::filesystem;

namespace {

claims::Position At(const std::string& file, const YAML::Node& n) {
  YAML::Mark m = n.Mark();
  return claims::Position{file, m.line + 1, m.column + 1};
}

// One path segment: `*` and `?` do not cross '/' (segments have none).
bool MatchSegment(std::string_view g, std::string_view s) { return claims::GlobMatch(g, s, true); }

std::vector<std::string_view> Split(std::string_view p) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (b <= p.size()) {
    size_t e = p.find('/', b);
    if (e == std::string_view::npos) e = p.size();
    if (e > b) out.push_back(p.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

bool MatchParts(const std::vector<std::string_view>& g, size_t gi, const std::vector<std::string_view>& s, size_t si) {
  if (gi == g.size()) return si == s.size();
  if (g[gi] == "**") {
    for (size_t k = si; k <= s.size(); ++k) {
      if (MatchParts(g, gi + 1, s, k)) return true;
    }
    return false;
  }
  if (si == s.size()) return false;
  return MatchSegment(g[gi], s[si]) && MatchParts(g, gi + 1, s, si + 1);
}

}  // namespace

bool PathGlobMatch(std::string_view glob, std::string_view path) {
  while (glob.substr(0, 2) == "./") glob.remove_prefix(2);
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  if (glob.find('/') == std::string_view::npos) {
    // A bare name: the file name at any depth (or any folder on the way).
    for (std::string_view part : Split(path)) {
      if (MatchSegment(glob, part)) return true;
    }
    return false;
  }
  return MatchParts(Split(glob), 0, Split(path), 0);
}

std::string Config::Relative(const std::string& file) const {
  std::error_code ec;
  fs::path abs = fs::absolute(file, ec).lexically_normal();
  fs::path rel = abs.lexically_relative(dir);
  std::string r = rel.generic_string();
  return r.empty() ? abs.generic_string() : r;
}

bool Config::Ignored(const std::string& file) const {
  std::string rel = Relative(file);
  if (rel.substr(0, 2) == "..") return false;
  for (const auto& g : ignore) {
    if (PathGlobMatch(g, rel)) return true;
  }
  return false;
}

std::string Config::OfficeFor(const std::string& file) const {
  std::string rel = Relative(file);
  for (const auto& p : paths) {
    if (PathGlobMatch(p.glob, rel)) return p.office;
  }
  return office;
}

Expected<Config> LoadConfig(const std::string& file, std::vector<claims::Diagnostic>* diagnostics) {
  Config c;
  std::error_code ec;
  c.file = fs::absolute(file, ec).lexically_normal().string();
  c.dir = fs::path(c.file).parent_path().string();
  std::vector<claims::Diagnostic> local;
  auto error = [&](claims::Position where, std::string msg) {
    local.push_back({claims::Diagnostic::Severity::kError, std::move(where), std::move(msg)});
  };
  YAML::Node root;
  try {
    root = YAML::LoadFile(file);
  } catch (const YAML::BadFile&) {
    error({file, 0, 0}, "cannot read the config file");
  } catch (const YAML::Exception& e) {
    error({file, e.mark.line + 1, e.mark.column + 1}, "invalid YAML: " + e.msg);
  }
  if (local.empty() && root && !root.IsNull()) {
    if (!root.IsMap()) {
      error(At(file, root), "the config must be a map (rules, office, paths, ignore, severity)");
    } else {
      for (const auto& kv : root) {
        std::string key = kv.first.as<std::string>("");
        const YAML::Node& v = kv.second;
        try {
          if (key == "rules") {
            if (!v.IsScalar()) { error(At(file, v), "'rules' must be a folder path"); continue; }
            c.rules = (fs::path(c.dir) / v.as<std::string>()).lexically_normal().string();
          } else if (key == "office") {
            if (!v.IsScalar()) { error(At(file, v), "'office' must be an office id"); continue; }
            c.office = v.as<std::string>();
          } else if (key == "paths") {
            if (!v.IsSequence()) { error(At(file, v), "'paths' must be a list of {glob, office}"); continue; }
            for (const auto& item : v) {
              if (!item.IsMap()) { error(At(file, item), "each 'paths' entry is a map {glob, office}"); continue; }
              PathRule r;
              for (const auto& f : item) {
                std::string k = f.first.as<std::string>("");
                if (k == "glob" && f.second.IsScalar()) r.glob = f.second.as<std::string>();
                else if (k == "office" && f.second.IsScalar()) r.office = f.second.as<std::string>();
                else error(At(file, f.first), "unknown key '" + k + "' in a 'paths' entry (allowed: glob, office)");
              }
              if (r.glob.empty()) error(At(file, item), "a 'paths' entry needs a 'glob'");
              c.paths.push_back(r);
            }
          } else if (key == "ignore") {
            if (!v.IsSequence()) { error(At(file, v), "'ignore' must be a list of globs"); continue; }
            for (const auto& g : v) {
              if (!g.IsScalar()) { error(At(file, g), "each 'ignore' entry is a glob"); continue; }
              c.ignore.push_back(g.as<std::string>());
            }
          } else if (key == "severity") {
            if (!v.IsMap()) { error(At(file, v), "'severity' must map kinds or rule ids to error|warning|info|off"); continue; }
            for (const auto& s : v) {
              std::string name = s.first.as<std::string>("");
              std::string level = s.second.IsScalar() ? s.second.as<std::string>() : "";
              if (level == "off") {
                c.severity[name] = std::nullopt;
              } else if (auto sev = claims::SeverityFromName(level)) {
                c.severity[name] = *sev;
              } else {
                error(At(file, s.second), "severity of '" + name + "' must be error, warning, info or off");
              }
            }
          } else {
            error(At(file, kv.first), "unknown key '" + key + "' (allowed: rules, office, paths, ignore, severity)");
          }
        } catch (const YAML::Exception& e) {
          error({file, e.mark.line + 1, e.mark.column + 1}, e.msg);
        }
      }
    }
  }
  if (diagnostics) diagnostics->insert(diagnostics->end(), local.begin(), local.end());
  if (!local.empty()) return Status::InvalidRules(local.front().ToString());
  return c;
}

std::string FindConfigFile(const std::string& dir) {
  std::error_code ec;
  fs::path p = fs::absolute(dir.empty() ? "." : dir, ec).lexically_normal();
  while (true) {
    fs::path candidate = p / ".onevoice.yaml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!p.has_parent_path() || p.parent_path() == p) return "";
    p = p.parent_path();
  }
}

const Config* ConfigCache::For(const std::string& file, std::vector<claims::Diagnostic>* diagnostics) {
  if (fixed_) return fixed_.get();
  std::error_code ec;
  fs::path abs = fs::absolute(file, ec).lexically_normal();
  std::string dir = fs::is_directory(abs, ec) ? abs.string() : abs.parent_path().string();
  auto d = by_dir_.find(dir);
  std::string cfg_file = d != by_dir_.end() ? d->second : (by_dir_[dir] = FindConfigFile(dir));
  if (cfg_file.empty()) return nullptr;
  auto it = by_file_.find(cfg_file);
  if (it == by_file_.end()) {
    auto loaded = LoadConfig(cfg_file, diagnostics);
    std::shared_ptr<const Config> c = loaded.ok() ? std::make_shared<const Config>(std::move(loaded).value()) : nullptr;
    it = by_file_.emplace(cfg_file, c).first;
  }
  return it->second.get();
}

}  // namespace onevoice::cli
