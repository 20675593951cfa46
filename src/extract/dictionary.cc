#include "extract/dictionary.h"

#include <deque>

namespace onevoice::extract {

static uint64_t Key(int node, uint8_t b) { return (static_cast<uint64_t>(node) << 8) | b; }

int Dictionary::Child(int node, uint8_t byte) const {
  if (node == 0) return root_next_[byte];
  auto it = edges_.find(Key(node, byte));
  return it == edges_.end() ? -1 : it->second;
}

void Dictionary::Add(std::string_view word, int payload) {
  if (word.empty()) return;
  int node = 0;
  for (char ch : word) {
    uint8_t b = static_cast<uint8_t>(ch);
    auto it = edges_.find(Key(node, b));
    if (it == edges_.end()) {
      nodes_.push_back(Node{});
      nodes_.back().depth = nodes_[node].depth + 1;
      int child = static_cast<int>(nodes_.size()) - 1;
      edges_[Key(node, b)] = child;
      node = child;
    } else {
      node = it->second;
    }
  }
  outputs_.push_back({payload, nodes_[node].output});
  nodes_[node].output = static_cast<int>(outputs_.size()) - 1;
  ++words_;
  built_ = false;
}

void Dictionary::Build() {
  for (int b = 0; b < 256; ++b) {
    auto it = edges_.find(Key(0, static_cast<uint8_t>(b)));
    root_next_[b] = it == edges_.end() ? 0 : it->second;
  }
  // Breadth-first: fail links and dictionary links.
  std::vector<std::vector<std::pair<uint8_t, int>>> children(nodes_.size());
  for (const auto& [key, child] : edges_) {
    children[key >> 8].push_back({static_cast<uint8_t>(key & 0xFF), child});
  }
  std::deque<int> queue;
  for (auto [b, c] : children[0]) {
    nodes_[c].fail = 0;
    queue.push_back(c);
  }
  while (!queue.empty()) {
    int node = queue.front();
    queue.pop_front();
    for (auto [b, c] : children[node]) {
      int f = nodes_[node].fail;
      while (true) {
        int next = Child(f, b);
        if (next >= 0 && next != c) {
          nodes_[c].fail = next;
          break;
        }
        if (f == 0) {
          nodes_[c].fail = 0;
          break;
        }
        f = nodes_[f].fail;
      }
      int fl = nodes_[c].fail;
      nodes_[c].dict_link = nodes_[fl].output >= 0 ? fl : nodes_[fl].dict_link;
      queue.push_back(c);
    }
  }
  built_ = true;
}

void Dictionary::Find(std::string_view text, std::vector<Hit>* hits) const {
  if (!built_ || words_ == 0) return;
  int node = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    uint8_t b = static_cast<uint8_t>(text[i]);
    while (true) {
      int next = Child(node, b);
      if (next > 0 || node == 0) {
        node = next < 0 ? 0 : next;
        break;
      }
      node = nodes_[node].fail;
    }
    for (int n = nodes_[node].output >= 0 ? node : nodes_[node].dict_link; n > 0; n = nodes_[n].dict_link) {
      size_t len = static_cast<size_t>(nodes_[n].depth);
      for (int o = nodes_[n].output; o >= 0; o = outputs_[o].next) {
        hits->push_back({i + 1 - len, i + 1, outputs_[o].payload});
      }
    }
  }
}

}  // namespace onevoice::extract
