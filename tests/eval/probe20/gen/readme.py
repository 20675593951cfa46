README = """# Evaluation set 20: HTML mail from sales tools and CRMs

A labelled set about Meridian Data (truth: `/work/shared/eval/FACTS.md`, base:
`/work/shared/eval/rules`), in the format of the development set and labelled by
`/work/shared/eval/LABELS.md`. Everything here is written by `gen/generate.py`
(stdlib only, deterministic). Don't edit the outputs by hand. Edit the generator
and run it again.

    python3 gen/generate.py                          # rewrite mail/, docs/, expected.jsonl, README.md
    python3 /work/shared/eval/score.py --selftest .  # check the scorer reads the key
    /work/shared/eval/run BINARY /work/probe/set20   # score an engine build

Documents are judged as of **2026-11-22** (`--as-of 2026-11-22`). Emails are judged
as of their own Date header.

## What it emphasises

HTML mail as CRMs, marketing tools and desktop clients send it. The English and
Japanese messages are split roughly evenly.

- **Senders**: HubSpot (sales sequences through a connected inbox, and
  marketing email with hidden preview text), Marketo (a newsletter whose
  text/plain part is a short hand-written summary), Salesforce (HTML-only, no
  text part, `Sender: noreply@salesforce.com`), Outlook/Exchange (Word-generated
  HTML with MsoNormal paragraphs, conditional comments and CSS full of numbers),
  Gmail (gmail_quote blockquotes, an interleaved reply, a forward) and a
  Japanese bulk-mail tool and SFA mailer.
- **Encodings**: UTF-8 (quoted-printable and base64), windows-1252 QP,
  ISO-2022-JP (7bit text/plain with a QP HTML part whose missing characters are
  written as `&#65374;` and `&#12288;`, the way Outlook writes them), and parts
  labelled `Shift_JIS` whose bytes are really Windows-31J/cp932 (㈱, ①, ～), as
  Windows software produces. RFC 2047 headers use B and Q encoding in the
  matching charsets.
- **Structure**: multipart/alternative where text/plain is a poor or partial
  rendering, HTML-only messages, multipart/related with inline cid: logos, and
  one S/MIME enveloped message (unreadable).
- **HTML content**: hidden preheaders (`display:none`), pricing tables with
  `th`, `colspan` and `rowspan` headers, nested layout tables, table captions
  that state the tax, requirement-vs-spec tables, tracking links and pixels
  (one tracking URL contains the deprecated product name), image alt text,
  `<br>` breaks in the middle of a sentence, `&nbsp;`, `&pound;`, `&yen;` and
  numeric entities, unsubscribe and legal footers full of numbers (postcodes,
  company and VAT numbers, invoice-registration numbers, account IDs), and
  signatures laid out as HTML tables.
- **Deal figures that are not claims**: seats bought, TB estimates, line
  totals, discounts, headcounts, meeting dates and seminar times.

{n_mail} messages in `mail/`. {n_arch} of them are also in `mail/archive.mbox`
(mboxrd, date order). There are {n_docs} proposal documents, plus one draft
under `docs/tokyo/drafts/` that `.onevoice.yaml` ignores.

## Expected records ({n_lines} lines)

Counts include the archive repeats (`file: mail/archive.mbox`):

{counts}

Cross-office cases (archive only, 45-day window):

{xo}

Pairs in the archive that must **not** become cross-office findings:

- Sync monthly price: Tokyo says 50,000円 (税抜) (0009) and Osaka says
  55,000円（税込） (0010). After tax these are the same price, so this pair only
  looks different. The same holds for Insight: Tokyo 4,400円税込 (0012) and
  Osaka 4,000円税抜 (0013).
- Sync max users: London says 5,000 on 2026-02-24 (0002) and US-HQ says 10,000
  on 2026-04-02 (0003). Each value is right at its own date.
- Sync offline mode: Tokyo says false (0007, 2026-06-01) and London says true
  (0014, 2026-08-03). The two are 63 days apart, so outside the window.
- Vault price per TB: London's £16 (quoted in 0017) and US-HQ's $20 are in
  different currencies. Data-centre and certification sets never contradict.
- The customer's "2万ユーザー" (0015, and quoted in 0016) is office `unknown` and
  takes no part.

## Judgement calls

Where LABELS.md is silent or leaves room, these choices were made:

1. **Hidden preheader text** (`display:none`, 0003, 0009, 0018) counts as
   message text: it is what the inbox preview shows, and HubSpot copies it into
   text/plain. Every preheader here repeats a claim that is also in the body,
   so no label depends on this choice.
2. **Image alt text** counts as text. The only alt text that holds a claim
   (the 0003 banner, "now up to 10,000 users per tenant") repeats the body.
3. **Quote tables**: only the unit price is a claim. Quantities (120 TB,
   45 users, 180 users, 12 months), monthly or annual line totals, discounts and
   grand totals are deal figures, and no claims (0002, 0004, 0011, docs).
4. **Signature taglines hold no claims.** The HTML-table signature in 0021
   ends with the line "Meridian Insight: 30-day free trial, general
   availability January 2027". It is inside the signature, so it is not
   labelled, although both values are correct.
5. **Shift_JIS vs cp932**: 0006 and 0013 declare `Shift_JIS` but contain
   Windows-31J-only characters (㈱, ①②, ～). They are readable the way every
   Japanese mail client reads them (as cp932), so they get claims, not
   `unreadable` findings.
6. **S/MIME**: 0022 is an enveloped (encrypted) `application/pkcs7-mime`
   message with no readable text. It gets one `unreadable` finding.
7. **"under a second"** (0021, Insight query latency) states 1 second, which
   promises more than the 2-second bound, so it is a `conflict`. "under 2
   seconds" is `ok`.
8. **A value placed in a period**: in 0003, "(until March 31, 2026 the limit
   was 5,000)" is judged as of March 2026 and is `ok` (as_of 2026-03-31). In
   the Osaka document, "~~5,000名~~ 10,000名（2026年4月〜）" gives only 10,000,
   because the struck value is retracted.
9. **Deprecated name in a tracking URL** (0009, `.../MeridianFileSync-to-Sync?...`,
   visible in the HubSpot text/plain as `( url )`) gives no terminology
   finding. Deprecated names in running text do: 0014 "Meridian FileSync",
   0013 "旧メリディアン・ファイルシンク", and the Osaka document's 「メリディアン
   ファイルシンク」 (an "old name" remark still names the product by its
   deprecated name).
10. **Retention for Sync** (0020, "keeps unlimited version history for 90
    days") is `unverified`: the base has retention for Vault only. The same
    sentence fires `en.unlimited`.
11. **RPO "最短5分"** (0019) states 5 minutes, which promises more than the
    15-minute maximum, so it is a `conflict`. That makes the cross-office case
    with Tokyo's 15 minutes (0018).
12. **Denied set members** give no claim: "there is no Linux client yet"
    (0020), 「Linuxには現在対応しておりません」 (0007), and "There's no UK
    region" (0008).
13. **Tax**: London prices with "ex VAT", "plus VAT" or a caption or column
    header "excluding VAT" are labelled `tax: excluded`. US prices carry
    `tax: null`.
14. **Requirement columns** (the Tokyo proposal's 貴社要件 column) and
    customer questions (0007, 0008, 0019, 0020) give no claims.
15. **mboxrd escaping**: 0008's text/plain has a line that starts
    "From our side, Vault's recovery point objective…". In the archive this
    line is stored as ">From our side…". Read as mboxrd it is the sender's
    own, unquoted text. The HTML part states the same claim, so the label does
    not depend on the escaping.
16. **Cross-office** was computed from the archive labels. A pair counts when
    the offices differ (not `unknown`), the product and attribute match, the
    messages are ≤ 45 days apart, the attribute is not a set, prices share
    currency and billing unit, the values differ after 税込→税抜, and at least
    one side is not `ok`. The value listed per office is the one in the pair.
"""
