// onevoice serve --listen ADDR [--rules DIR] [--max-body BYTES] [--threads N]
// [--verbose]: the HTTP JSON API for mail add-ins (SPEC §1).
//
//   POST /v1/check   a raw RFC 5322 message (Content-Type message/rfc822, or
//                    any body that is not JSON: text/plain, none…; a body
//                    that is plainly no message, with no header block, is
//                    read as the document it looks like, as `check -` does),
//                    or JSON {"text", "office", "as_of", "format":
//                    "json"|"sarif", "kind": "plain"|"markdown"|"html",
//                    "file", "include_quoted"}: one document with one text
//                    part (unknown fields are ignored). Query parameters
//                    office, as_of, format, include_quoted apply to both
//                    (JSON fields win). Answers 200 with what
//                    `check --format json|sarif` writes for it (SPEC §5:
//                    {"version": 1, "findings", "claims", "summary"}), and
//                    the rules' version_hash in X-Onevoice-Rules. A message
//                    is judged exactly as `onevoice check` judges it (its
//                    From picks the office, its Date the as-of day); as in
//                    `check`, quoted text is listed as claims but makes no
//                    finding unless include_quoted.
//   GET  /healthz    200 {"status": "ok", "rules": version_hash}
//   POST /v1/reload  reload the claims base: 200 with the new version_hash,
//                    or 422 with its diagnostics (the old rules stay).
//   SIGHUP           the same reload, reported on stderr.
//   SIGINT, SIGTERM  stop listening, finish the requests in flight, exit 0.
//
// Errors are JSON {"error": "..."}: 400 bad JSON or a bad field, 413 a body
// over --max-body (default 16 MiB), 404 an unknown path, 500 an internal
// error. The base and its compiled Engine are one immutable snapshot behind a
// shared_ptr: each request copies the pointer under a mutex and keeps that
// snapshot to its end, so a reload swaps rules without dropping or mixing up
// a request. Requests run on httplib's thread pool (--threads, default its
// own: the cores less one, at least 8). With --verbose, one line per request
// on stderr.
#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>

#include "claims/load.h"
#include "cli/common.h"
#include "cli/pipeline.h"
#include "serve/serve.h"
#include "extract/lexicon.h"
#include "ingest/hash.h"
#include "ingest/source.h"

namespace onevoice::cli {
namespace po = boost::program_options;
using nlohmann::json;

namespace {

constexpr size_t kDefaultMaxBody = 16 << 20;

// One loaded claims base with the Engine compiled from it. Immutable; the
// engine refers to the base, so it is declared after it (destroyed first).
struct Rules {
  std::shared_ptr<const claims::Base> base;
  std::unique_ptr<extract::Engine> engine;
};

json DiagnosticsJson(const std::vector<claims::Diagnostic>& diags) {
  json list = json::array();
  for (const auto& d : diags) {
    list.push_back(
        json{{"severity", d.severity == claims::Diagnostic::Severity::kError ? "error" : "warning"},
             {"file", d.where.file},
             {"line", d.where.line},
             {"column", d.where.column},
             {"message", d.message},
             {"text", d.ToString()}});
  }
  return list;
}

// The current rules, swapped whole by Reload. Thread-safe.
class RuleStore {
 public:
  explicit RuleStore(std::string dir) : dir_(std::move(dir)) {}

  // Loads the base from the folder again. On success the new rules serve
  // every request that starts after the swap; on failure the current ones
  // stay and false is returned. `diags` gets every diagnostic either way.
  bool Reload(std::vector<claims::Diagnostic>* diags, std::string* error) {
    std::lock_guard<std::mutex> one_at_a_time(reload_mu_);
    auto loaded = claims::LoadBase(dir_, diags);
    if (!loaded.ok()) {
      *error = loaded.status().ToString();
      return false;
    }
    auto rules = std::make_shared<Rules>();
    rules->base = std::move(loaded).value();
    rules->engine = std::make_unique<extract::Engine>(*rules->base);
    std::shared_ptr<const Rules> fresh = std::move(rules);
    std::lock_guard<std::mutex> lock(mu_);
    current_.swap(fresh);
    // The old snapshot is released here or by the last request holding it.
    return true;
  }

  std::shared_ptr<const Rules> Get() const {
    std::lock_guard<std::mutex> lock(mu_);
    return current_;
  }

  const std::string& dir() const { return dir_; }

 private:
  const std::string dir_;
  mutable std::mutex mu_;
  std::mutex reload_mu_;
  std::shared_ptr<const Rules> current_;
};

void SetJson(httplib::Response& res, int status, const json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace) + "\n",
                  "application/json");
}

void SetError(httplib::Response& res, int status, const std::string& message) {
  SetJson(res, status, json{{"error", message}});
}

bool IsDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  int m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

// The media type of a Content-Type header, lower-cased, parameters dropped.
std::string MediaType(const std::string& content_type) {
  std::string t = content_type.substr(0, content_type.find(';'));
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
  size_t b = t.find_first_not_of(" \t");
  t = b == std::string::npos ? "" : t.substr(b);
  for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t;
}

bool IsJsonType(const std::string& media) {
  return media == "application/json" ||
         (media.size() > 5 && media.compare(media.size() - 5, 5, "+json") == 0);
}

// Decoded text as ingest hands it on: no BOM, "\n" line ends.
std::string DocumentText(const std::string& in) {
  std::string_view s(in);
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

// What one /v1/check request asks for.
struct CheckRequest {
  ingest::Document doc;
  CheckOptions options;
  std::string format = "json";
  bool include_quoted = false;
};

bool TruthParam(const std::string& v) { return v == "1" || v == "true" || v == "yes"; }

// Fills `out` from the request, or returns the message of a 400.
std::optional<std::string> ParseCheckRequest(const httplib::Request& req, CheckRequest* out) {
  CheckOptions& co = out->options;
  if (req.has_param("office")) co.office = req.get_param_value("office");
  if (req.has_param("as_of")) co.as_of = req.get_param_value("as_of");
  if (req.has_param("format")) out->format = req.get_param_value("format");
  if (req.has_param("include_quoted"))
    out->include_quoted = TruthParam(req.get_param_value("include_quoted"));

  std::string media = MediaType(req.get_header_value("Content-Type"));
  if (IsJsonType(media)) {
    json j;
    try {
      j = json::parse(req.body);
    } catch (const json::exception& e) {
      return std::string("bad JSON: ") + e.what();
    }
    if (!j.is_object()) return std::string("bad request: the body must be a JSON object");
    auto text = j.find("text");
    if (text == j.end() || !text->is_string())
      return std::string("bad request: \"text\" (a string) is required");
    auto str = [&](const char* key, std::string* dst) -> std::optional<std::string> {
      auto it = j.find(key);
      if (it == j.end() || it->is_null()) return std::nullopt;
      if (!it->is_string()) return std::string("bad request: \"") + key + "\" must be a string";
      *dst = it->get<std::string>();
      return std::nullopt;
    };
    std::string kind = "plain", file = "-";
    for (auto [key, dst] : {std::pair<const char*, std::string*>{"office", &co.office},
                            {"as_of", &co.as_of},
                            {"format", &out->format},
                            {"kind", &kind},
                            {"file", &file}}) {
      if (auto err = str(key, dst)) return err;
    }
    if (auto it = j.find("include_quoted"); it != j.end() && !it->is_null()) {
      if (!it->is_boolean())
        return std::string("bad request: \"include_quoted\" must be true or false");
      out->include_quoted = it->get<bool>();
    }
    ingest::TextPart part;
    part.index = 0;
    part.role = ingest::PartRole::kBody;
    if (kind == "plain") {
      part.kind = ingest::PartKind::kPlain;
      part.content_type = "text/plain";
    } else if (kind == "markdown") {
      part.kind = ingest::PartKind::kMarkdown;
      part.content_type = "text/markdown";
    } else if (kind == "html") {
      part.kind = ingest::PartKind::kHtml;
      part.content_type = "text/html";
    } else {
      return "bad request: \"kind\" must be plain, markdown or html, not '" + kind + "'";
    }
    const std::string& raw = text->get_ref<const std::string&>();
    part.text = DocumentText(raw);
    part.charset = "UTF-8";
    ingest::Document& doc = out->doc;
    doc.path = file.empty() ? "-" : file;
    doc.content_hash = ingest::Sha256Hex(raw);
    doc.size = raw.size();
    doc.parts.push_back(std::move(part));
  } else {
    // A message as the MUA would send it. Content that is plainly not a
    // message (no header block) is read as the document kind it looks like,
    // as `onevoice check -` does; message/rfc822 is always a message.
    ingest::RawInput raw;
    raw.path = "-";
    raw.bytes = req.body;
    raw.kind =
        media == "message/rfc822" ? ingest::InputKind::kMessage : ingest::DetectKind("", raw.bytes);
    if (raw.kind == ingest::InputKind::kMbox) raw.kind = ingest::InputKind::kMessage;
    out->doc = ingest::ParseInput(raw);
  }
  if (!co.as_of.empty() && !IsDate(co.as_of))
    return "bad request: as_of wants YYYY-MM-DD, got '" + co.as_of + "'";
  if (out->format != "json" && out->format != "sarif")
    return "bad request: format must be json or sarif, not '" + out->format + "'";
  return std::nullopt;
}

// What `check --format FORMAT` writes for this one result (the same sink).
std::string Render(const std::string& format, const check::DocumentResult& result,
                   const claims::Base& base) {
  char* buf = nullptr;
  size_t size = 0;
  std::FILE* mem = open_memstream(&buf, &size);
  if (!mem) throw std::runtime_error("open_memstream failed");
  {
    std::unique_ptr<check::Sink> sink = MakeSink(format, mem, CommonOptions{}, base, true);
    check::Deliver(result, sink.get());
    sink->Finish();
  }
  std::fclose(mem);
  std::string out(buf, size);
  std::free(buf);
  return out;
}

// httplib 0.11 listens with a backlog of 5: a burst of connections (100
// add-ins at once) overflows it and the kernel drops or resets some. Calling
// listen() again on the bound socket raises the backlog (Linux, BSD).
class Server : public httplib::Server {
 public:
  bool WidenBacklog() { return ::listen(svr_sock_, SOMAXCONN) == 0; }
};

// "127.0.0.1:8377", "[::1]:8377", "localhost:8377", ":8377" (every
// interface), "8377" (loopback). Port 0: any free port.
bool ParseListen(const std::string& addr, std::string* host, int* port) {
  std::string h, p;
  if (!addr.empty() && addr[0] == '[') {
    size_t close = addr.find(']');
    if (close == std::string::npos || close + 1 >= addr.size() || addr[close + 1] != ':')
      return false;
    h = addr.substr(1, close - 1);
    p = addr.substr(close + 2);
  } else if (size_t colon = addr.rfind(':'); colon != std::string::npos) {
    h = addr.substr(0, colon);
    p = addr.substr(colon + 1);
    if (h.find(':') != std::string::npos) return false;  // bare IPv6: needs brackets
    if (h.empty()) h = "0.0.0.0";
  } else {
    h = "127.0.0.1";
    p = addr;
  }
  if (p.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos)
    return false;
  int n = std::stoi(p);
  if (n > 65535) return false;
  *host = h;
  *port = n;
  return true;
}

}  // namespace

int RunServe(const std::vector<std::string>& args) {
  std::string listen = "127.0.0.1:8377", rules_dir;
  size_t max_body = kDefaultMaxBody;
  int threads = 0;
  bool verbose = false;
  po::options_description desc("onevoice serve --listen ADDR [options]");
  desc.add_options()("listen", po::value(&listen)->default_value(listen),
                     "HOST:PORT to listen on ([::1]:PORT for IPv6; port 0: any)")(
      "rules", po::value(&rules_dir),
      "claims base folder (default: .onevoice.yaml's rules, else ./rules)")(
      "max-body", po::value(&max_body)->default_value(max_body),
      "largest request body in bytes (413 above)")("threads", po::value(&threads)->default_value(0),
                                                   "request threads (0: httplib's default)")(
      "verbose,v", po::bool_switch(&verbose), "log one line per request to stderr")(
      "help,h", "show this help");
  po::variables_map vm;
  if (!ParseArgs(args, desc, nullptr, &vm)) return 2;
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return 0;
  }
  std::string host;
  int port = 0;
  if (!ParseListen(listen, &host, &port)) {
    std::fprintf(stderr, "onevoice serve: --listen wants HOST:PORT, got '%s'\n", listen.c_str());
    return 2;
  }
  if (max_body == 0) {
    std::fprintf(stderr, "onevoice serve: --max-body wants a positive number of bytes\n");
    return 2;
  }
  if (threads < 0 || threads > 1024) {
    std::fprintf(stderr, "onevoice serve: --threads wants 0..1024\n");
    return 2;
  }
  if (rules_dir.empty()) rules_dir = RulesDir(CommonOptions{}, {});

  RuleStore store(rules_dir);
  {
    std::vector<claims::Diagnostic> diags;
    std::string error;
    bool ok = store.Reload(&diags, &error);
    for (const auto& d : diags) {
      if (d.severity == claims::Diagnostic::Severity::kError || !ok)
        std::fprintf(stderr, "%s\n", d.ToString().c_str());
    }
    if (!ok) {
      if (diags.empty()) std::fprintf(stderr, "onevoice serve: %s\n", error.c_str());
      return 2;
    }
  }

  // Signals go to one thread that waits for them (blocked everywhere else,
  // so the mask is set before any thread starts). SIGUSR1 only wakes it.
  sigset_t signals;
  sigemptyset(&signals);
  for (int s : {SIGHUP, SIGINT, SIGTERM, SIGUSR1}) sigaddset(&signals, s);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  Server server;
  if (threads > 0) {
    server.new_task_queue = [threads] {
      return new httplib::ThreadPool(static_cast<size_t>(threads));
    };
  }
  server.set_payload_max_length(max_body);

  server.Get("/healthz", [&](const httplib::Request&, httplib::Response& res) {
    auto rules = store.Get();
    SetJson(res, 200, json{{"status", "ok"}, {"rules", rules->base->version_hash}});
  });

  server.Post("/v1/check", [&](const httplib::Request& req, httplib::Response& res) {
    if (req.body.size() > max_body) {  // chunked bodies are not limited by httplib
      SetJson(res, 413,
              json{{"error", "request body larger than --max-body"}, {"max_body", max_body}});
      return;
    }
    std::shared_ptr<const Rules> rules = store.Get();  // this request's snapshot
    CheckRequest cr;
    if (auto err = ParseCheckRequest(req, &cr)) {
      SetError(res, 400, *err);
      return;
    }
    cr.options.today = Today();
    check::DocumentResult result = CheckDocument(*rules->engine, cr.doc, cr.options);
    if (!cr.include_quoted) {
      std::erase_if(result.findings, [](const check::Finding& f) { return f.quoted; });
    }
    res.status = 200;
    res.set_header("X-Onevoice-Rules", rules->base->version_hash);
    res.set_content(Render(cr.format, result, *rules->base),
                    cr.format == "sarif" ? "application/sarif+json" : "application/json");
  });

  auto reload = [&store](json* answer) {
    std::vector<claims::Diagnostic> diags;
    std::string error;
    bool ok = store.Reload(&diags, &error);
    auto rules = store.Get();
    if (ok) {
      *answer = json{{"status", "reloaded"},
                     {"rules", rules->base->version_hash},
                     {"diagnostics", DiagnosticsJson(diags)}};
    } else {
      *answer = json{
          {"error", "the claims base has errors; the rules loaded before stay in use: " + error},
          {"rules", rules->base->version_hash},
          {"diagnostics", DiagnosticsJson(diags)}};
    }
    return ok;
  };

  // With a content reader, so that a POST with no body and no
  // Content-Length (`curl -X POST`) is not refused: such a request has no
  // body (RFC 9112 §6.3). A body that is sent is read and ignored.
  server.Post("/v1/reload", [&](const httplib::Request& req, httplib::Response& res,
                                const httplib::ContentReader& content) {
    if (req.has_header("Content-Length") || req.has_header("Transfer-Encoding")) {
      content([](const char*, size_t) { return true; });
    }
    json answer;
    bool ok = reload(&answer);
    SetJson(res, ok ? 200 : 422, answer);
  });

  httplib::Server::HandlerWithResponse on_error = [max_body](const httplib::Request&,
                                                             httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    if (res.status == 413) {
      SetJson(res, 413,
              json{{"error", "request body larger than --max-body"}, {"max_body", max_body}});
    } else if (res.status == 404) {
      SetError(res, 404, "not found: POST /v1/check, POST /v1/reload, GET /healthz");
    } else {
      SetError(res, res.status, "HTTP " + std::to_string(res.status));
    }
    return httplib::Server::HandlerResponse::Handled;
  };
  server.set_error_handler(on_error);

  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "internal error";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what += std::string(": ") + e.what();
        } catch (...) {
        }
        SetError(res, 500, what);
      });

  if (verbose) {
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "onevoice serve: %s %s %s %d in=%zu out=%zu\n", req.remote_addr.c_str(),
                   req.method.c_str(), req.path.c_str(), res.status, req.body.size(),
                   res.body.size());
    });
  }

  bool bound = false;
  if (port == 0) {
    port = server.bind_to_any_port(host);
    bound = port > 0;
  } else {
    bound = server.bind_to_port(host, port);
  }
  if (!bound) {
    std::fprintf(stderr, "onevoice serve: cannot listen on %s\n", listen.c_str());
    return 2;
  }
  if (!server.WidenBacklog())
    std::fprintf(stderr,
                 "onevoice serve: cannot raise the listen backlog; bursts may be refused\n");

  std::atomic<bool> listen_done{false};
  std::thread signal_thread([&] {
    for (;;) {
      int sig = 0;
      if (sigwait(&signals, &sig) != 0) continue;
      if (sig == SIGHUP) {
        json answer;
        bool ok = reload(&answer);
        if (ok) {
          std::fprintf(stderr, "onevoice serve: rules reloaded (%s)\n",
                       answer["rules"].get<std::string>().c_str());
        } else {
          for (const auto& d : answer["diagnostics"])
            std::fprintf(stderr, "%s\n", d["text"].get<std::string>().c_str());
          std::fprintf(stderr, "onevoice serve: reload failed, the old rules stay in use\n");
        }
      } else if (sig == SIGINT || sig == SIGTERM) {
        // listen_after_bind may not have started yet: wait until it runs.
        while (!listen_done && !server.is_running())
          std::this_thread::sleep_for(std::chrono::milliseconds(5));
        server.stop();
        return;
      }
      if (listen_done) return;
    }
  });

  std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  std::fprintf(stderr, "onevoice serve: listening on http://%s:%d (rules %s, %s)\n", shown.c_str(),
               port, store.dir().c_str(), store.Get()->base->version_hash.substr(0, 12).c_str());
  bool clean =
      server.listen_after_bind();  // returns after stop(), once in-flight requests are answered
  listen_done = true;
  pthread_kill(signal_thread.native_handle(), SIGUSR1);
  signal_thread.join();
  return clean ? 0 : 2;
}

}  // namespace onevoice::cli
