"""README.md of set2 (written by build.py with the counts of expected.jsonl)."""
import json
from collections import Counter

HEAD = """# onevoice probe set 2 (Meridian Data)

Generated deterministically by `gen/build.py` (`python3 gen/build.py`); do not
edit by hand. Labelled as `../../shared/eval/LABELS.md` says; the company's
truth is `../../shared/eval/FACTS.md`, the claims base `../../shared/eval/rules/`.
Written independently of `dev/` and of probe set 1, leaning on documents.

Score a build from the project's root:

    ../shared/eval/run build/onevoice ../probe/set2

## What it holds

- `mail/NNNN.eml`: 21 messages dated 2026-02 to 2026-11 from all four offices
  and two customers, judged as of their own Date header for the office of their
  From address. ISO-2022-JP, Shift_JIS and EUC-JP (declared), UTF-8 (base64,
  quoted-printable, 8bit), US-ASCII; CRLF and LF; plain, multipart/alternative
  (claims listed once), an HTML-only newsletter, multipart/mixed with a
  text/plain attachment that holds claims and a PDF attachment (its text sits
  in a compressed stream; skipped, no label).
- `mail/archive.mbox`: 8 of them again (0001-0008), mboxrd, date order; one body
  line starts with `From ` and is stored as `>From `.
- `docs/<office>/`: 13 labelled documents (.md, .txt, .html) plus one under
  `tokyo/drafts/` that the config ignores (it holds conflicts, no labels).
  One Shift_JIS and one EUC-JP text with no charset declaration.
  **Documents are judged as of 2026-11-22** (`--as-of 2026-11-22`).
- `.onevoice.yaml`: rules at `../../shared/eval/rules`, docs/<office>/** mapped to
  each office, drafts ignored.

## Where things are

| file | what it tests |
|---|---|
{FILES}

## Judgement calls beyond LABELS.md (see also the notes in the report)

- A **discounted deal unit price** in a quote table (定価 50,000円 / ご提供価格
  45,000円) is a claim of that monthly price: the list price is `ok`, the deal
  price a `conflict` (as the base's own example "Meridian Sync is $349/month if
  you sign this quarter" is). Quantities, subtotals and totals are no claims, nor is
  a deal total in prose ("想定容量40TBで月額123,200円").
- **FAQ answers** were written to carry their own attribute cue (or a 同製品 / the
  product name) so that they do not depend on the bold question; the product
  comes from the section heading. A figure in a question is no claim.
- **Nested bullets**: the product comes from the heading; every child bullet
  carries its own cue and value.
- **Roadmap lines** with a future quarter ("planned for Q3 2027",
  「2027年第3四半期を予定」) name features with no attribute cue: no claim. Only
  the Insight GA month (2027-01) is a claim there.
- **A spec-sheet value placed in a period** ("Maximum users per tenant before April
  2026: 5,000") is judged in that period (`ok`); the same value stated as current
  in a document of 2026-11 is `stale`.
- **Prices**: a JPY price in a London text and a USD price in a Tokyo mail or a
  London document are `office-variant`; "excl. VAT", "plus VAT", "plus tax",
  "excl. tax", "plus applicable sales tax", 税抜, (税別) give `tax: excluded`;
  a caption or a note (「いずれも税抜」, 月額・税込, "per month, excl. VAT")
  gives the tax of the amounts it covers. No "incl. VAT" GBP/USD price is used,
  since the base has no VAT rate to judge it.
- **Durations**: "a quarter of an hour" = 0.25 hours (ok for a 15-minute RPO),
  "three months" = 90 days (ok), "two-week" = 14 days (conflict), "one year"
  = 365 days. "Its RPO sits between 10 and 15 minutes" and
  「5分から15分までの範囲」 are ranges whose upper end equals the bound (ok);
  「1秒未満」 states 1 second for a 2-second maximum (conflict).
- **Signatures and disclaimers** (ISO certificate numbers, 資本金, 従業員数 420名,
  offices in London/Tokyo/Osaka) name no product: no claims.
- **Competitors' figures** (Corvid Drive, Halcyon Backup) are no claims, also
  when they share the sentence with a Meridian figure.
- A sentence with a cue and a value but **no product and no anaphor** ("Recovery
  time ... about 6 hours", 「1億行規模のデータでも…」, head counts) is no claim.
- The **subject line** "Meridian Insight comes with a 30-day free trial" repeats a
  claim the body makes, so the message has one line either way.

## Cross-office cases (archive, 45-day window)

{CASES}

Near-misses, no case:

- meridian-insight `query_latency`: london 2 s (0007, 2026-08-17) vs osaka 1 s
  (0008, 2026-10-06): 50 days apart.
- meridian-sync `max_users`: tokyo 5,000 (0001, 2026-03-20) vs london 10,000
  (0002, 2026-04-20): 31 days apart, but each is right on its own date.

## Counts

{COUNTS}
"""

FILES = [
    ("mail/0001.eml", "tokyo, ISO-2022-JP; full-width ５，０００名 before April 2026 (ok); head count with 名 and no product; signature address; archive (near-miss)"),
    ("mail/0002.eml", "london, QP; \"ten thousand users\" after April (ok); £ excl. VAT; competitor 99.99% (no claim); a `From ` body line; archive (near-miss)"),
    ("mail/0003.eml", "london; \"a quarter of an hour\" RPO; 30-day retention (conflict, cross-office); negated London DC; customer requirements quoted after On…wrote; CRLF; archive"),
    ("mail/0004.eml", "tokyo, multipart/alternative ISO-2022-JP + HTML; bullets under ■heading; 税込 3,080 per TB; deal total; archive (cross-office)"),
    ("mail/0005.eml", "osaka, Shift_JIS; 99.99パーセント (conflict, cross-office); 同製品 platforms; signature packed with numbers, ISO/IEC 27001, Pマーク, 420名; archive"),
    ("mail/0006.eml", "us-hq HTML-only newsletter, three products; industry-leading (phrase); webinar \"500 seats\" under an Events heading; archive (cross-office)"),
    ("mail/0007.eml", "london, base64; Insight latency/dashboards/price; archive (near-miss)"),
    ("mail/0008.eml", "osaka, ISO-2022-JP; 1秒未満 (conflict); 1億行 with ダッシュボード and no product; 同製品 GA; archive (near-miss)"),
    ("mail/0009.eml", "tokyo, long thread: tokyo reply, > osaka, >> london, >>> customer (Gmail 日付 名前 <addr>: headers); quoted london RPO 5 min conflict; sender's own mention of it dropped"),
    ("mail/0010.eml", "osaka forwarding a us-hq mail that forwards a london mail: quoted claims for us-hq and london; question about a 14-day trial (no claim)"),
    ("mail/0011.eml", "tokyo, Japanese and English in one mail; (税別), 1,000GB, 1万; 業界初 (ja phrase) and 100% secure (en phrase); negated Linux; $399 office-variant"),
    ("mail/0012.eml", "osaka, EUC-JP; kanji numerals 一万 / 二千八百円 / 五百テラバイト / 三十日間, full-width ＳＬＡ９９．９５％, 一、二、 list markers, closing 以上"),
    ("mail/0013.eml", "us-hq, US-ASCII CRLF; conditional \"If you choose…\", roughly 90 days, range 10-15 minutes, 0.5 PB, support response (unverified); recovery estimate with no product; disclaimer with numbers and city names"),
    ("mail/0014.eml", "london; the subject carries the trial claim the body repeats; GA denied value (October 2026) dropped; unlimited (phrase)"),
    ("mail/0015.eml", "us-hq multipart/mixed: body claim, text/plain attachment with claims (500 dashboards conflict, connectors unverified), PDF attachment skipped"),
    ("mail/0016.eml", "customer, ISO-2022-JP: question, requirement, conditional (no claims); reported statement 「…と伺っております」 (office unknown, Singapore conflict)"),
    ("mail/0017.eml", "tokyo, interleaved reply to 0016: quoted customer claim (unknown, quoted), Singapore negated, 2万 deal sizing without product"),
    ("mail/0018.eml", "us-hq; competitor figures in the same sentence; \"no longer\" (Linux: no claim; offline: false); plus tax; Meridian FileSync (terminology) and in a URL"),
    ("mail/0019.eml", "osaka, Outlook -----Original Message----- with customer questions/requirements; 約15分, 99.95%以上, 1〜2秒程度 range, 絶対 (phrase), 12言語 (unverified)"),
    ("mail/0020.eml", "london, QP; 1,000 GB, 1 PB (conflict), three months, two-week trial (conflict); ¥ price office-variant; deal totals beside claims"),
    ("mail/0021.eml", "us-hq, February 2026: 10,000 users is stale"),
    ("docs/tokyo/hikaku-3seihin-2026.md", "Markdown table, one column per product; caption 金額はすべて税抜・月額; ※1 ※2 footnotes; unverified SLA/DCs; 業界最安 (phrase)"),
    ("docs/tokyo/shiyousho-vault-2026.txt", "Shift_JIS, no charset: `key: value` spec sheet, product from the title; 0.5PB, パーセント, (税別); RTO / file size / certification / support (unverified)"),
    ("docs/tokyo/teian-marunouchi-shoji.md", "proposal: requirements (no claims), 本サービス / 同製品 under product headings, nested bullets, ISMAP (conflict), No.1※ with ※…調べ (silent), list vs deal price table"),
    ("docs/tokyo/faq-vault-insight.md", "FAQ with **Q. …？** and the answer on the next line; figures in questions; value denied (5分); negated Singapore; 税込 4,400 per user"),
    ("docs/tokyo/drafts/teian-draft-kitaguni.md", "ignored by the config (no labels)"),
    ("docs/osaka/mitsumori-kobe-kikai.html", "HTML quote: caption 月額・税込, rowspan product cell over two rows, colspan total and 両製品共通 cells, ※ note with the 税抜 price"),
    ("docs/osaka/teian-hanshin-butsuryu.txt", "EUC-JP, no charset: executive summary comparing three products in two sentences (いずれも税抜), stale 5,000, 5分から15分まで, 600TB (conflict), RTO/connectors (unverified), customer figures"),
    ("docs/osaka/seihin-gaiyou-hanbaiten.md", "nested bullets under product headings, full-width ５５，０００円（税込）, １万, devices (unverified), roadmap with 2027年第3四半期, old katakana name (terminology)"),
    ("docs/london/service-comparison-2026.html", "HTML tables with attribute columns and product rows; caption \"per month, excl. VAT\"; rowspan/colspan header; 1 PB (conflict); \"both hold\" (ok + unverified)"),
    ("docs/london/proposal-harrow-vale-housing.md", "executive summary over three products; \"the platform\" / \"it\" under headings; (*1) footnote; competitor RPO; at least 99.95%; USD office-variant; industry-leading with [*] Source: (silent); roadmap Q2/Q3 2027"),
    ("docs/london/faq-meridian-insight.md", "English FAQ: thirty days, between 1 and 2 seconds, 300 in a question, Frankfurt and eight languages (unverified), no SLA (no value)"),
    ("docs/us-hq/spec-sheet-meridian-sync.txt", "English `key: value` spec sheet: ten thousand, 1,000 GB, 99.9 percent, Offline mode: No, ISO 27017 (conflict), value before April 2026 (ok in its period), unverified attributes"),
    ("docs/us-hq/insight-admin-notes.md", "YAML front matter and fenced code blocks full of numbers (no claims); guaranteed (phrase); audit logs one year (unverified)"),
    ("docs/us-hq/price-grid-fy2026.html", "HTML table, one column per product, caption \"per month, excl. tax\", colspan over three products; #1 (phrase)"),
]

def render(expected, cases):
    files = "\n".join("| `%s` | %s |" % f for f in FILES)
    cs = "\n".join("- %s `%s`: %s (%s)" % (x["product"], x["attribute"],
                                          ", ".join("%s %s" % (k, json.dumps(v)) for k, v in x["values"].items()),
                                          " ".join(p.split("/")[-1][:4] for p in x["message_files"])) for x in cases)
    cnt = Counter()
    for l in expected:
        where = "archive.mbox" if l["file"] == "mail/archive.mbox" else ("mail/*.eml" if l["file"].startswith("mail/") else "docs")
        if l["type"] == "claim":
            cnt[("claim", l["verdict"], where)] += 1
        else:
            cnt[("finding", l["kind"], where)] += 1
    rows = ["| line | mail/*.eml | docs | archive.mbox | total |", "|---|---|---|---|---|"]
    for t, k in [("claim", "ok"), ("claim", "conflict"), ("claim", "stale"), ("claim", "office-variant"),
                 ("claim", "unverified"), ("finding", "phrase"), ("finding", "terminology")]:
        a, b, c = cnt[(t, k, "mail/*.eml")], cnt[(t, k, "docs")], cnt[(t, k, "archive.mbox")]
        rows.append("| %s %s | %d | %d | %d | %d |" % (t, k, a, b, c, a + b + c))
    rows.append("| cross-office | 0 | 0 | %d | %d |" % (len(cases), len(cases)))
    return HEAD.replace("{FILES}", files).replace("{CASES}", cs).replace("{COUNTS}", "\n".join(rows))
