# -*- coding: utf-8 -*-
"""README.md of set22, with counts taken from the answer key."""
import collections


def text(lines, messages, arch, docs):
    c = collections.Counter()
    for l in lines:
        where = "archive" if l["file"] == "mail/archive.mbox" else l["file"].split("/")[0]
        if l["type"] == "claim":
            c[("claim", l["verdict"], where)] += 1
        elif l["type"] == "finding":
            c[("finding", l["kind"], where)] += 1
        else:
            c[("cross-office",)] += 1
    def n(kind, sub, where=None):
        return sum(v for k, v in c.items() if k[0] == kind and (sub is None or k[1] == sub) and (where is None or k[2] == where))
    rows = []
    for kind, subs in (("claim", ["ok", "conflict", "stale", "office-variant", "unverified"]),
                       ("finding", ["phrase", "terminology", "unreadable"])):
        for s in subs:
            rows.append("| %s %s | %d | %d | %d | %d |" % (kind, s, n(kind, s, "mail"), n(kind, s, "archive"), n(kind, s, "docs"), n(kind, s)))
    rows.append("| cross-office | – | %d | – | %d |" % (c[("cross-office",)], c[("cross-office",)]))
    table = "\n".join(rows)
    quoted = sum(1 for l in lines if l["type"] == "claim" and l["quoted"])
    return """# Evaluation set 22 — Japanese partner and reseller mail (代理店・販売パートナー)

Written blind for onevoice about the fictional Meridian Data, following
`/work/shared/eval/LABELS.md`. Mail is judged as of each message's Date
header; **documents are judged as of 2026-11-22** (`--as-of 2026-11-22`).

## What it emphasises

B2B mail between Meridian's Tokyo (パートナー営業部) and Osaka (大阪支店
パートナー営業課) offices and three resellers: 株式会社サンライズ情報システム
(Tokyo), 北浜テクノサービス株式会社 (Osaka) and 株式会社アオバネット (Sendai),
plus English mail from the US (Channel Alliances) and London (EMEA partner
manager) offices to the same partners.

- Heavy keigo, 見積書 written inline as text, tables drawn with box-drawing
  characters and padded with 全角 spaces (half-width and full-width digits),
  and one Outlook HTML quote whose text/plain part is tab-separated.
- Partner economics that are **not** product claims: 仕切率 (70％, 75％…),
  仕切り価格, line totals over 12 months, 小計/消費税/合計, deal quantities
  (20TB, 40名), 億/万 sales targets (1億円以上, 576万円), customer headcounts.
- 税込/税抜 mixes: 税抜 and 税込 columns side by side, a 税込 column that
  forgot the tax (0019), 「金額はすべて税抜」 captions, GBP "plus VAT"/"ex VAT".
- Kanji numerals and units: 五万円, 一万名, 1万ユーザー; 令和 dates
  (令和8年4月1日 = 2026-04-01, 令和9年1月 = 2027-01) and 2026/01/20 forms.
- Signatures full of numbers: 〒, TEL/FAX/携帯, company and VAT registration
  numbers, bank account with half-width kana.
- Encodings: ISO-2022-JP 7bit, Shift_JIS (CP932 bytes, labelled `Shift_JIS`,
  with ①②③④ and ㈱ — as Windows mailers send), Shift_JIS 8bit, UTF-8 base64
  and quoted-printable, us-ascii; RFC 2047 headers in each charset;
  multipart/alternative; an attached message/rfc822; a Shift_JIS HTML proposal;
  a UTF-8-with-BOM text price list; one Outlook .msg saved as .eml.
- Replies quoting with `>` after a `日付 名前 <addr>:` line (interleaved),
  Outlook `-----Original Message-----` blocks (one trimmed with （中略）, one
  quoting a whole quote), Gmail `On … wrote:` (interleaved), a Thunderbird
  `-------- 転送メッセージ --------` forward, and an attached message.

## Contents

- `mail/0001.eml` … `mail/0022.eml` — 22 files: 21 messages plus `0016.eml`,
  an Outlook .msg (OLE2) a partner saved with an .eml name (unreadable).
- `mail/archive.mbox` — mboxrd, date order, %(narch)d of the messages
  (0006–0011, 0013, 0015, 0017, 0018, 0021, 0022); one body line starts
  with "From " and is escaped as ">From ".
- `docs/tokyo/partner-pricelist-2026H2.txt` — パートナー向け価格表・仕様一覧
  (UTF-8 with BOM, CRLF, three box tables, a rowspan-style spec table).
- `docs/osaka/naniwa-seiki-insight-proposal.html` — 提案書 (Shift_JIS HTML).
- `docs/london/emea-partner-playbook.md`, `docs/us-hq/partner-faq-japan-resellers.md`.
- `docs/tokyo/drafts/…` — an unapproved draft, ignored by `.onevoice.yaml`
  (no expected lines).
- `gen/generate.py` (python3, stdlib only, deterministic) rewrites all of the
  above, this README and `expected.jsonl`; it checks every verdict against a
  small judge of FACTS.md, every excerpt against the text, and the
  cross-office list against the pairs in the archive. `gen/verify.py` re-reads
  the mail with the stdlib parsers and checks the excerpts.

## Expected records (%(total)d lines)

| kind | mail/*.eml | archive.mbox | docs | total |
|---|---|---|---|---|
%(table)s

%(quoted)d claim lines are quoted (`>` quotes, Original Message blocks, a
forward, an attached message).

Cross-office (archive, within 45 days):

1. meridian-sync `sla` — us-hq 99.99 (0006, 2026-03-03) vs osaka 99.9 (0007,
   03-18): offices `osaka, us-hq`.
2. meridian-sync `sla` — the same us-hq value vs tokyo 99.9 (0008, 03-25):
   offices `tokyo, us-hq` (each office pair is its own case).
3. meridian-vault `retention` — london 30 days (0009, 04-14; quoted again by
   the partner in 0010) vs tokyo 90 days (0011, 04-28).
4. meridian-insight `query_latency` — london 2 seconds (0017, 08-05) vs tokyo
   「1秒未満」 (0018, 08-20).

Pairs that only look different (no cross-office):

- osaka 「月額基本料金は、1テナントあたり五万円（税抜）」 (0007, 03-18) vs tokyo
  「55,000円（税込）」 (0008, 03-25): the same price, one with tax; london's
  £329 (0009) is another currency and never compared.
- osaka/tokyo 「最大5,000名／5,000ユーザー」 in March (0007, 0008) vs london
  "up to 10,000 users" on 2026-04-14 (0009): each right at its own date.
- Insight GA written 「2027年1月」, "January 2027", "GA in January 2027" and
  「令和9年1月」 — one value.

## How to run

    python3 gen/generate.py && python3 gen/verify.py
    python3 /work/shared/eval/score.py --selftest .
    /work/shared/eval/run path/to/onevoice /work/probe/set22

## Judgement calls

1. **Partner prices are deal figures.** In quote tables only the 標準単価 /
   標準価格 column is a product claim (a unit price, period from the column
   header, item name or 課金単位 cell). 仕切率, 仕切後金額, 金額（12か月）,
   小計/合計 and the worked example 「仕切り価格は月額32,500円（税抜）」 in the
   Tokyo price list are the partner's buy price or deal totals, not statements
   of the product's price: no claim.
2. **Quantities are not limits.** 数量 cells (20TB, 8TB, 25TB, 40名, 20名, 60名)
   and customer headcounts (6,000名, 約800名, 約6,200名, 約1,100名, 約2,400名,
   "6,200 users", "35 users", "420 UK users") are deal figures; the text keeps
   every headcount in a sentence without a product name.
3. **税抜 and 税込 side by side** state two values: a row with both columns
   gives two claim lines (50,000 excluded ok, 55,000 included ok). In 0019 the
   Insight 税込 column repeats 4,000円: the 税抜 value is ok, the 税込 one is a
   `conflict` (the base × 1 marked 税込).
4. **Values placed in a period.** 「令和8年4月1日より…最大1万ユーザー」 written in
   January–March is judged as of 2026-04-01 (ok, not stale); 0008's
   「4月1日以降」 carries no year and is read as 2026-04-01. 0015 (tokyo,
   2026-07-01) says 5,000 without a period: `stale`.
5. **Reported statements by partners** (「…と伺っております」, "Sato-san
   explained to us that…") are the partner's claims, office `unknown`; the
   Singapore data-centre claim is a `conflict` both in 0002 and, quoted in the
   Original Message block of 0003, as `quoted: true, office: unknown`. The
   partner's own questions (Linux, dashboards, price changes) state nothing.
6. **Whole-message quotes.** 0005 quotes all of 0004 under an Outlook header
   block: every claim of 0004 is repeated there, quoted, office osaka. 0003's
   Original Message block was trimmed by the sender with （中略）.
7. **Forward and attachment.** 0014's forwarded newsletter (sender
   partner-news@meridian-data.com) gives us-hq quoted claims, and its "#1"
   line is a phrase finding with `quoted: true`. 0020's attached London
   message gives claims with the outer message id, `quoted: true`, office
   london.
8. **Heading carry.** 0021's 「◆メリディアン シンク 基本データ」 heading carries
   the product to 「1テナントあたり最大1万ユーザー」 and to the 5-devices bullet
   (`max_devices`, unverified); customer headcounts were kept above that
   heading. In 0003 the 【3】 heading carries Vault to 「フランクフルトまたは
   オレゴン」, which repeat claims already in the file (deduplicated).
9. **Box-table rowspans.** In the Tokyo price list's spec table, blank product
   cells under a product continue that product (like a rowspan cell).
10. **Both offices' prices in one mail.** 0015 (tokyo) quotes the US list
    price 「月額399米ドル」 as a reference: `office-variant`. London's £16 per TB
    bullet in 0009 does not mention VAT: tax null; "plus VAT", "(ex VAT)" and
    "All prices exclude VAT" give tax excluded.
11. **Bounds.** "under 2 seconds" / 「2秒以内」 state the 2-second bound (ok);
    「1秒未満」 promises more than the base: conflict. "40+ data sources" states
    40 (integrations, unverified). 「RTO…4時間以内」 and "restored within 4
    hours" state 4 hours (rto, unverified).
12. **Phrase rules fire on text, not on products.** "industry-leading partner
    training" (0006) fires en.superlative. 0018's 「顧客満足度No.1※」 with a
    「※…調べ」 line is silent; the London playbook's "industry-leading" has a
    footnoted "Source:" and its "unlimited" sits under
    `onevoice-disable-next-line en.unlimited`.
13. **Terminology.** 「メリディアン ファイルシンク」 in 0015 (mentioned as the old
    name to be replaced) and "Meridian FileSync" in the US FAQ are findings;
    the `MeridianFileSync` inside 0015's URL is not.
14. **CP932 under a Shift_JIS label** (0012, 0019): readable, not
    `unreadable`; a strict Shift_JIS decoder loses ①②③④/㈱ but no claim
    depends on them.
15. **0016.eml** is one `unreadable` finding with message_id null.
16. Offline mode 「オフラインモードを備えております」 (0012) and "now has an
    offline mode" (0020 attachment) state `true`: conflict; "has no offline
    mode" (US FAQ) states `false`: ok.
""" % {"narch": len(arch), "total": len(lines), "table": table, "quoted": quoted}
