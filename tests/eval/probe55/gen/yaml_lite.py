"""Just enough YAML reading to pull phrase ids, patterns and unless-patterns (for a self-check)."""
import os, re


def phrase_rules(folder):
    out = []
    for fn in sorted(os.listdir(folder)):
        rid, section, pats, unless = None, None, [], []
        for line in open(os.path.join(folder, fn), encoding="utf-8"):
            m = re.match(r"\s*- id: (\S+)", line)
            if m:
                if rid:
                    out.append((rid, pats, unless))
                rid, section, pats, unless = m.group(1), None, [], []
                continue
            m = re.match(r"\s+(patterns|unless|examples):", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"\s+- '(.*)'\s*(#.*)?$", line)
            if m and section in ("patterns", "unless"):
                p = m.group(1).replace("''", "'")
                (pats if section == "patterns" else unless).append(p)
        if rid:
            out.append((rid, pats, unless))
    return out
