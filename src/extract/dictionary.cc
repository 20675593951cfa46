#include "extract/dictionary.h"

#include <algorithm>
#include <deque>
#include <numeric>

namespace onevoice::extract {

int Dictionary::Child(int node, uint8_t byte) const {
  if (node == 0) return root_next_[byte];
  const Node& n = nodes_[node];
  const uint8_t* bytes = edge_bytes_.data() + n.first_edge;
  for (int e = 0; e < n.edge_count; ++e) {
    if (bytes[e] == byte) return edge_children_[n.first_edge + e];
    if (bytes[e] > byte) break;  // in byte order
  }
  return -1;
}

void Dictionary::Add(std::string_view word, int payload) {
  if (word.empty()) return;
  words_added_.emplace_back(std::string(word), payload);
  ++words_;
  built_ = false;
}

void Dictionary::Build() {
  // 1. The trie, words in byte order: a prefix shared with an earlier word
  //    is always under the most recently added child.
  std::vector<int> order(words_added_.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return words_added_[a].first < words_added_[b].first;
  });
  nodes_.assign(1, Node{});
  std::vector<uint8_t> byte_of(1, 0);
  std::vector<int> first_child(1, -1), last_child(1, -1), next_sibling(1, -1);
  std::vector<int> terminal(words_added_.size(), 0);
  for (int w : order) {
    int node = 0;
    for (char ch : words_added_[w].first) {
      const uint8_t b = static_cast<uint8_t>(ch);
      const int last = last_child[node];
      if (last >= 0 && byte_of[last] == b) {
        node = last;
        continue;
      }
      const int child = static_cast<int>(nodes_.size());
      nodes_.push_back(Node{});
      nodes_.back().depth = nodes_[node].depth + 1;
      byte_of.push_back(b);
      first_child.push_back(-1);
      last_child.push_back(-1);
      next_sibling.push_back(-1);
      (last < 0 ? first_child[node] : next_sibling[last]) = child;
      last_child[node] = child;
      node = child;
    }
    terminal[w] = node;
  }
  // 2. Children as one array (sorted order gives byte order).
  edges_.clear();
  edges_.reserve(nodes_.size());
  for (size_t n = 0; n < nodes_.size(); ++n) {
    nodes_[n].first_edge = static_cast<int>(edges_.size());
    for (int c = first_child[n]; c >= 0; c = next_sibling[c]) edges_.push_back({byte_of[c], c});
    nodes_[n].edge_count = static_cast<int>(edges_.size()) - nodes_[n].first_edge;
  }
  edge_bytes_.clear();
  edge_children_.clear();
  for (const auto& [b, c] : edges_) {
    edge_bytes_.push_back(b);
    edge_children_.push_back(c);
  }
  std::fill(std::begin(root_next_), std::end(root_next_), 0);
  for (int e = 0; e < nodes_[0].edge_count; ++e) root_next_[edges_[e].first] = edges_[e].second;
  // 3. Outputs in Add order (each node lists its latest word first).
  outputs_.clear();
  for (size_t w = 0; w < words_added_.size(); ++w) {
    Node& n = nodes_[terminal[w]];
    outputs_.push_back({words_added_[w].second, n.output});
    n.output = static_cast<int>(outputs_.size()) - 1;
  }
  // 4. Breadth-first: fail links and dictionary links.
  std::deque<int> queue;
  for (int e = 0; e < nodes_[0].edge_count; ++e) {
    nodes_[edges_[e].second].fail = 0;
    queue.push_back(edges_[e].second);
  }
  while (!queue.empty()) {
    int node = queue.front();
    queue.pop_front();
    const Node& parent = nodes_[node];
    for (int e = parent.first_edge; e < parent.first_edge + parent.edge_count; ++e) {
      const auto [b, c] = edges_[e];
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
  // 5. Nodes renumbered breadth-first: the shallow nodes, where nearly every
  //    step of Find() goes, then lie together at the front of nodes_ and
  //    share cache lines instead of being spread over the whole trie.
  {
    std::vector<int> order{0};
    for (size_t k = 0; k < order.size(); ++k) {
      const Node& n = nodes_[order[k]];
      for (int e = n.first_edge; e < n.first_edge + n.edge_count; ++e) order.push_back(edges_[e].second);
    }
    std::vector<int> new_of(nodes_.size());
    for (size_t k = 0; k < order.size(); ++k) new_of[order[k]] = static_cast<int>(k);
    std::vector<Node> renumbered(nodes_.size());
    for (size_t k = 0; k < order.size(); ++k) {
      Node n = nodes_[order[k]];
      n.fail = new_of[n.fail];
      if (n.dict_link >= 0) n.dict_link = new_of[n.dict_link];
      renumbered[k] = n;
    }
    nodes_ = std::move(renumbered);
    for (auto& edge : edges_) edge.second = new_of[edge.second];
    for (int& c : edge_children_) c = new_of[c];
    for (int& r : root_next_) r = new_of[r];  // 0 (none) stays 0: the root is first
  }
  // 6. Dense rows: the root's, and each depth-1 node's (whose fail link is
  //    the root: a byte without a child continues from the root).
  dense_.clear();
  nodes_[0].dense = 0;
  dense_.insert(dense_.end(), std::begin(root_next_), std::end(root_next_));
  for (int e = 0; e < nodes_[0].edge_count; ++e) {
    Node& n = nodes_[edges_[e].second];
    n.dense = static_cast<int>(dense_.size() / 256);
    for (int b = 0; b < 256; ++b) {
      const int next = Child(edges_[e].second, static_cast<uint8_t>(b));
      dense_.push_back(next > 0 ? next : root_next_[b]);
    }
  }
  built_ = true;
}

template <typename OnHit>
void Dictionary::Scan(std::string_view text, OnHit on_hit) const {
  if (!built_ || words_ == 0) return;
  int node = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    uint8_t b = static_cast<uint8_t>(text[i]);
    while (true) {
      const Node& n = nodes_[node];
      if (n.dense >= 0) {
        node = dense_[static_cast<size_t>(n.dense) * 256 + b];
        break;
      }
      int next = Child(node, b);
      if (next > 0) {
        node = next;
        break;
      }
      node = n.fail;
    }
    for (int n = nodes_[node].output >= 0 ? node : nodes_[node].dict_link; n > 0; n = nodes_[n].dict_link) {
      size_t len = static_cast<size_t>(nodes_[n].depth);
      for (int o = nodes_[n].output; o >= 0; o = outputs_[o].next) {
        if (!on_hit(Hit{i + 1 - len, i + 1, outputs_[o].payload})) return;
      }
    }
  }
}

void Dictionary::Find(std::string_view text, std::vector<Hit>* hits) const {
  Scan(text, [hits](const Hit& h) {
    hits->push_back(h);
    return true;
  });
}

bool Dictionary::ContainsAny(std::string_view text) const {
  bool found = false;
  Scan(text, [&found](const Hit&) {
    found = true;
    return false;
  });
  return found;
}

}  // namespace onevoice::extract
