"""The messages and documents of set 88, each with its hand-written labels.

Label helpers: C(...) a claim, PH(...) a phrase finding, TERM(...) a
terminology finding. A claim's office/as_of default to the message's (or the
document's); `quoted=True` claims name the quoted author's office and the
reply's date; `judge` is the date a period-placed value is judged at.
"""
import hashlib
from datetime import datetime, timezone
from email.utils import format_datetime
from html import escape

import mime

TB = 10 ** 12
DOC_AS_OF = "2026-11-22"


# ====================================================================== label helpers
def money(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


def C(product, attribute, value, verdict, text, **kw):
    return dict(product="meridian-" + product, attribute=attribute, value=value, verdict=verdict, text=text, **kw)


def SET(product, attribute, members, verdict, text, **kw):
    return [C(product, attribute, m, verdict, text, **kw) for m in members]


def PH(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def TERM(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": "meridian-" + product, "quoted": quoted, "text": text}


def flat(*items):
    out = []
    for i in items:
        out += i if isinstance(i, list) else [i]
    return out


def as_quoted(claims, office, as_of):
    return [dict(c, quoted=True, office=office, as_of=as_of) for c in flat(*claims)]


# ====================================================================== mail helpers
OFFICE_OF = {"meridian-data.com": "us-hq", "uk.meridian-data.com": "london",
             "jp.meridian-data.com": "tokyo", "osaka.jp.meridian-data.com": "osaka"}


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def msgid(style, seed, domain=None):
    x = h(seed, 40)
    if style == "gmail":
        return "CAJ%s+%s@mail.gmail.com" % (x[:10].upper(), x[10:18])
    if style == "apple":
        return "%s-%s-%s-%s-%s@%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(),
                                      x[20:32].upper(), domain)
    if style == "outlook-uk":
        return "LO4P265MB%s%s@LO4P265MB%s.GBRP265.PROD.OUTLOOK.COM" % (x[:4].upper(), x[4:20].upper(), x[:4].upper())
    if style == "outlook-jp":
        return "TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com" % (x[:5].upper(), x[5:20].upper(), x[:5].upper())
    if style == "outlook-us":
        return "BY5PR11MB%s%s@BY5PR11MB%s.namprd11.prod.outlook.com" % (x[:4].upper(), x[4:20].upper(), x[:4].upper())
    if style == "webmail":
        return "%s.%s@%s" % (seed.split("|")[0], x[:12], domain)
    if style == "thunderbird":
        return "%s-%s-%s-%s-%s@%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    raise ValueError(style)


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def quote(text, attribution=None, prefix="> "):
    lines = []
    if attribution:
        lines += [attribution, ""]
    for line in text.rstrip("\n").split("\n"):
        lines.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(lines) + "\n"


def html_of(text, lang="en"):
    """A plain HTML alternative of a text body, as webmail and Outlook send."""
    body = []
    in_quote = False
    for line in text.rstrip("\n").split("\n"):
        q = line.startswith(">")
        if q and not in_quote:
            body.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
        if in_quote and not q:
            body.append("</blockquote>")
        in_quote = q
        content = line.lstrip("> ").rstrip() if q else line
        body.append("<div>%s</div>" % (escape(content) if content else "<br>"))
    if in_quote:
        body.append("</blockquote>")
    font = "Meiryo UI" if lang == "ja" else "Calibri"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, "\n".join(body)))


MESSAGES = []


def mail(n, when, frm, to, subject, part, claims=(), findings=(), archive=False, style="gmail", cc=None,
         reply_to=None, mailer=None, charset="UTF-8", crlf=False, received=None, extra=()):
    name, addr = frm
    domain = addr.split("@")[1]
    dt = parse_dt(when)
    mid = msgid(style, "%s|%s" % (dt.strftime("%Y%m%d%H%M%S"), n), domain)
    hdrs = [("Return-Path", "<%s>" % addr)]
    rcpt = to[0][1]
    relay = received or ("mail-%s.%s" % (h(n, 6), domain))
    hdrs.append(("Received", "from %s (%s [203.0.113.%d])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s"
                 % (relay, relay, int(h(n, 2), 16) % 250 + 2, rcpt.split("@")[1], h(n + "r", 12).upper(), rcpt,
                    format_datetime(dt))))
    hdrs.append(("From", mime.address(name, addr, charset)))
    hdrs.append(("To", ", ".join(mime.address(a, b, charset) for a, b in to)))
    if cc:
        hdrs.append(("Cc", ", ".join(mime.address(a, b, charset) for a, b in cc)))
    hdrs.append(("Subject", mime.encoded_words(subject, charset)))
    hdrs.append(("Date", format_datetime(dt)))
    hdrs.append(("Message-ID", "<%s>" % mid))
    if reply_to:
        parent = next(m for m in MESSAGES if m["n"] == reply_to)
        hdrs.append(("In-Reply-To", "<%s>" % parent["message_id"]))
        hdrs.append(("References", "<%s>" % parent["message_id"]))
    hdrs.append(("MIME-Version", "1.0"))
    if mailer:
        hdrs.append(mailer)
    hdrs += list(extra)
    raw = mime.message(hdrs, part, crlf=crlf)
    m = {"n": n, "dt": dt, "dt_utc": dt.astimezone(timezone.utc), "day": dt.strftime("%Y-%m-%d"),
         "from_addr": addr, "office": OFFICE_OF.get(domain, "unknown"), "message_id": mid, "raw": raw,
         "claims": flat(*claims), "findings": list(findings), "archive": archive}
    MESSAGES.append(m)
    return m


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
APPLE = ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")
IPHONE = ("X-Mailer", "iPhone Mail (22G86)")
THUNDERBIRD = ("User-Agent", "Mozilla Thunderbird")
ACTIVEMAIL = ("X-Mailer", "Active! mail")


def alt(text, charset, cte, seed, style="outlook", lang="en", html_cte=None):
    return mime.multipart("alternative", [mime.text_part(text, charset, cte),
                                          mime.text_part(html_of(text, lang), charset, html_cte or cte, "html")],
                          mime.boundary(seed, style))



# ---------------------------------------------------------------------- people (set 88)
MEGAN = ("Megan Foster", "megan.foster@meridian-data.com")
LUIS = ("Luis Ortega", "luis.ortega@meridian-data.com")
HARRIET = ("Harriet Cole", "harriet.cole@uk.meridian-data.com")
CALLUM = ("Callum Reid", "callum.reid@uk.meridian-data.com")
ONODERA = ("小野寺 彩", "aya.onodera@jp.meridian-data.com")
YAMAGUCHI = ("山口 拓也", "takuya.yamaguchi@jp.meridian-data.com")
NISHIDA = ("西田 航", "wataru.nishida@osaka.jp.meridian-data.com")

BEN = ("Ben Ortiz", "ben.ortiz@lakeshore-arch.com")
DANA = ("Dana Whitfield", "dana.whitfield@pinecrestdental.com")
PRIYANKA = ("Priyanka Shah", "p.shah@harlowfinch.co.uk")
KIERAN = ("Kieran Doyle", "kieran@brightpath-it.co.uk")
MORI = ("森 早苗", "s-mori@kohoku-seimitsu.co.jp")
FUJII = ("藤井 慎也", "fujii.s@hanshin-shoji.co.jp")
ISHIKAWA = ("石川 真一", "ishikawa@hokuto-kasei.co.jp")
MATSUMOTO = ("松本 恵", "megumi.matsumoto@hinata-techno.co.jp")

SIG_ONODERA = """━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社 東京オフィス
ソリューション営業部　小野寺 彩（Aya Onodera）
〒100-0004 東京都千代田区大手町1-9-2 大手町フィナンシャルシティ 18F
TEL：03-5555-0261　携帯：080-5555-4417
━━━━━━━━━━━━━━━━━━━━━━━━
"""
SIG_ONODERA_JIS = """------------------------------------------------
メリディアン・データ株式会社 東京オフィス
ソリューション営業部　小野寺 彩（Aya Onodera）
〒100-0004 東京都千代田区大手町1-9-2 大手町フィナンシャルシティ 18F
TEL：03-5555-0261　携帯：080-5555-4417
------------------------------------------------
"""
SIG_YAMAGUCHI = """--
山口 拓也 / Takuya Yamaguchi
メリディアン・データ株式会社 東京オフィス 第二営業部
TEL 03-5555-0274 / FAX 03-5555-0299
"""
SIG_NISHIDA = """■□■□■□■□■□■□■□■□■□■□■□
メリディアン・データ株式会社 大阪オフィス
営業課　西田 航（にしだ わたる）
〒530-0011 大阪市北区大深町4-20 グランフロント大阪 タワーA 22F
TEL 06-5555-0312　携帯 070-5555-8820
■□■□■□■□■□■□■□■□■□■□■□
"""
SIG_NISHIDA_SJIS = """------------------------------------------
メリディアン・データ株式会社 大阪オフィス
営業課　西田 航（にしだ わたる）
〒530-0011 大阪市北区大深町4-20 グランフロント大阪 タワーA 22F
TEL 06-5555-0312　携帯 070-5555-8820
------------------------------------------
"""

# ====================================================================== 0001 US, Notion page export (Sync, 5,000 era)
T0001 = """Hi Ben,

Thanks again for the walkthrough this morning. I exported our shared Notion page so you have everything in one place - the formatting may look a little odd in Outlook.

# Lakeshore Architects - pilot notes

**Owner:** @Rachel Kim   **Status:** In progress   **Last edited:** November 20, 2025 2:41 PM

## Meridian Sync at a glance

- Meridian Sync supports up to 5,000 users per organization today.
- Uptime SLA: 99.9%, measured monthly.
- Desktop and mobile clients: Windows, macOS, iOS and Android.
- Each user gets 1 TB of storage.

## Pilot scope

- [x] 35 seats for the Chicago studio
- [x] SSO via Okta (tenant `lakeshore.okta.com`)
- [ ] Second wave: 60 seats in Milwaukee (Q2 2026)
- [ ] @Ben Ortiz to confirm the proxy exception

## Client config we agreed

```ini
[client]
poll_interval = 30
max_parallel_uploads = 8
bandwidth_cap_mbps = 200
proxy = http://proxy.lakeshore.local:3128
```

Run `msync-cli enroll --site CHI --seats 35` on the build server; ticket #2281 tracks it.

Full spec: https://meridian.notion.site/Sync-Product-Spec-v2-8-5f2c9a1e7b3d4e0f9a11c2d3e4f56789

Best,
Rachel

--
Rachel Kim | Solutions Engineer | Meridian Data, Inc.
415-555-0142 | 1 Market St, Suite 3100, San Francisco, CA 94105
"""
RACHEL = ("Rachel Kim", "rachel.kim@meridian-data.com")
mail("0001", "2025-11-20 15:02:44 -0800", RACHEL, [BEN], "Meridian Sync pilot - notes from today (Notion export)",
     alt(T0001, "utf-8", "quoted-printable", "0001"), style="outlook-us", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per organization today."),
         C("sync", "sla", 99.9, "ok", "Uptime SLA: 99.9%, measured monthly."),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "Desktop and mobile clients: Windows, macOS, iOS and Android."),
         C("sync", "storage_per_user", 1 * TB, "ok", "Each user gets 1 TB of storage."),
     ])

# ====================================================================== 0002 Tokyo, 議事録 in Markdown (ISO-2022-JP)
T0002 = """森様

いつもお世話になっております。メリディアン・データ東京オフィスの小野寺です。
本日の定例の議事録を、Notionから書き出してお送りいたします。

# 港北精密様 定例会 議事録（2025/12/02）

- 日時：2025年12月2日（火）15:00-16:00
- 場所：御社 横浜本社 3F会議室／Teams併用
- 出席：森様、青木様（港北精密）、小野寺、山口（メリディアン・データ）

## 1. メリディアン シンクについて

- メリディアン シンクは最大5,000ユーザーまでご利用いただけます。
- 同製品の稼働率SLAは99.9％です。
- 対応OS：Windows、macOS、iOS、Android（Linuxは非対応）
- 同製品はオフラインでの編集には対応しておりません。

## 2. 導入規模・スケジュール

- 第1期：設計部・品証部 計120名（2026年1月）
- 第2期：全社 約480名（2026年4月以降）

## 3. 宿題事項

- [x] 見積書（第1期分）送付 …小野寺
- [ ] プロキシ除外設定の確認 …青木様
- [ ] 次回定例：12月16日（火）15:00

同期除外の設定値は以下のとおりです（ご参考）。

```
exclude = *.tmp, Thumbs.db
upload_limit_kbps = 20000
retry = 5
```

以上、よろしくお願いいたします。

""" + SIG_ONODERA_JIS
C0002 = [
    C("sync", "max_users", 5000, "ok", "メリディアン シンクは最大5,000ユーザーまでご利用いただけます。"),
    C("sync", "sla", 99.9, "ok", "同製品の稼働率SLAは99.9％です。"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "対応OS：Windows、macOS、iOS、Android（Linuxは非対応）"),
    C("sync", "offline_mode", False, "ok", "同製品はオフラインでの編集には対応しておりません。"),
]
mail("0002", "2025-12-03 17:05:12 +0900", ONODERA, [MORI], "【議事録】港北精密様 定例会（12/2）",
     mime.text_part(T0002, "iso-2022-jp", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     archive=True, claims=C0002)

# ====================================================================== 0003 customer reply, Gmail-style JA quote
T0003 = """小野寺様

議事録ありがとうございます。内容確認いたしました。

1点だけ補足です。先日お会いした販売代理店の方からは、メリディアン シンクはISMAPにも登録済みと伺っております。
弊社の情報システム部としてはこの点が重要ですので、念のため登録状況をご確認いただけますでしょうか。

また、第2期の480名分について、来期予算での申請を進めます。

よろしくお願いいたします。

港北精密株式会社 情報システム部
森 早苗
TEL 045-555-0123（内線 3321）

""" + quote(T0002, "2025年12月3日(水) 17:05 小野寺 彩 <aya.onodera@jp.meridian-data.com>:")
mail("0003", "2025-12-04 09:31:40 +0900", MORI, [ONODERA], "Re: 【議事録】港北精密様 定例会（12/2）",
     mime.text_part(T0003, "utf-8", "quoted-printable"), style="gmail", archive=True, reply_to="0002",
     claims=[
         C("sync", "certifications", "ISMAP", "conflict",
           "メリディアン シンクはISMAPにも登録済みと伺っております。"),
         as_quoted(C0002, "tokyo", "2025-12-04"),
     ])

# ====================================================================== 0004 London, Confluence table pasted (Vault)
T0004 = """Hi Priyanka,

As promised, here are the key facts, copied from our internal Confluence page. Tables don't always survive the copy, so shout if anything is garbled.

For sizing: you mentioned 38 TB across the three offices; at list that would be 38 x £16 = £608 a month, before the 12% multi-year discount we discussed.

## Meridian Vault - key facts

| Item | Value | Notes |
|:---|:---:|---:|
| RPO | 15 minutes | continuous snapshots |
| Default retention | 90 days | extendable per policy |
| Availability SLA | 99.95% | monthly, service credits |
| Price per TB | £16 per TB per month ex VAT | billed annually |
| Capacity per tenant | up to 1 PB | soft limit |
| Encryption at rest | AES-256 | customer-managed keys |

Our industry-leading recovery tooling means you can restore a single mailbox or a whole file share from the same console.

Confluence link for your IT team: https://meridiandata.atlassian.net/wiki/spaces/UKSALES/pages/40961237/Vault+UK+fact+sheet+v4

Kind regards,
Harriet

Harriet Cole
Account Director | Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG
T +44 (0)20 7946 0555 | M +44 (0)7700 900123
Meridian Data UK Ltd, registered in England & Wales No. 11223344
"""
mail("0004", "2026-01-15 10:12:05 +0000", HARRIET, [PRIYANKA], "Meridian Vault - key facts (from Confluence)",
     alt(T0004, "utf-8", "quoted-printable", "0004"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "| RPO | 15 minutes | continuous snapshots |"),
         C("vault", "retention", dur(90, "days"), "ok", "| Default retention | 90 days | extendable per policy |"),
         C("vault", "sla", 99.95, "ok", "| Availability SLA | 99.95% | monthly, service credits |"),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
           "| Price per TB | £16 per TB per month ex VAT | billed annually |"),
         C("vault", "max_storage", 1000 * TB, "conflict", "| Capacity per tenant | up to 1 PB | soft limit |"),
         C("vault", "encryption", "AES-256", "ok", "| Encryption at rest | AES-256 | customer-managed keys |"),
     ],
     findings=[PH("en.superlative", "Our industry-leading recovery tooling")])

# ====================================================================== 0005 US, Slack huddle recap pasted (Insight)
T0005 = """Hi Dana,

Pasting the recap I posted in our shared Slack channel (#pinecrest-meridian) so it's in your inbox too:

---
*Meridian Insight - huddle recap* :memo:
• :white_check_mark: Meridian Insight goes GA in January 2027; until then you're on the beta tenant.
• :white_check_mark: Meridian Insight pricing after GA: $30 per user per month, billed annually.
• :hourglass: Free trial of Insight: 30 days from activation.
• :zap: Insight dashboards load in under 2 seconds on the 40M-row claims dataset we tested.
• :bar_chart: Meridian Insight supports up to 500 dashboards per workspace.
• Viewers are unlimited on every plan :tada:
• @Dana Whitfield to send the list of 14 clinic managers for the pilot
• @Luis Ortega to open ticket #4471 for the Epic export connector
---

Ping me if anything in there looks off.

Luis

Luis Ortega
Solutions Engineer, Meridian Data, Inc.
Mobile +1 (628) 555-0187
"""
mail("0005", "2026-02-10 11:48:20 -0800", LUIS, [DANA], "Meridian Insight - recap from our Slack huddle",
     mime.text_part(T0005, "utf-8", "base64"), style="gmail", archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight goes GA in January 2027; until then you're on the beta tenant."),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok",
           "Meridian Insight pricing after GA: $30 per user per month, billed annually."),
         C("insight", "free_trial", dur(30, "days"), "ok", "Free trial of Insight: 30 days from activation."),
         C("insight", "query_latency", dur(2, "seconds"), "ok",
           "Insight dashboards load in under 2 seconds on the 40M-row claims dataset we tested."),
         C("insight", "max_dashboards", 500, "conflict", "Meridian Insight supports up to 500 dashboards per workspace."),
     ],
     findings=[PH("en.unlimited", "Viewers are unlimited on every plan")])

# ====================================================================== 0006 Osaka, 提案メモ in Markdown (Shift_JIS)
T0006 = """藤井様

いつも大変お世話になっております。メリディアン・データ大阪オフィスの西田でございます。
先日のお打ち合わせを踏まえ、バックアップ更改のご提案メモをお送りいたします。

# 阪神商事様 バックアップ更改 ご提案メモ

## 現状と課題
- 現行のテープバックアップ（LTO-7、週次フル）は世代管理が煩雑
- 対象データ量：約42TB（2026年1月末時点）

## ご提案：メリディアン ボールト
- メリディアン ボールトの容量単価は1TBあたり月額3,080円（税込）です。
- 同製品の標準の保持期間は90日間です。
- 保存データはAES-256で暗号化します。
- データセンターは大阪と東京の2拠点からお選びいただけます。
- 業界最安水準の価格で、長期保管のコストを抑えられます。

## 今後の進め方
1. 3月上旬：PoC環境のご用意（10TB分）
2. 3月下旬：本見積のご提示

何卒よろしくお願い申し上げます。

""" + SIG_NISHIDA_SJIS
mail("0006", "2026-02-24 13:20:33 +0900", NISHIDA, [FUJII], "バックアップ更改のご提案メモ（メリディアン ボールト）",
     mime.text_part(T0006, "shift_jis", "base64"), style="webmail", mailer=ACTIVEMAIL, archive=True,
     claims=[
         C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
           "メリディアン ボールトの容量単価は1TBあたり月額3,080円（税込）です。"),
         C("vault", "retention", dur(90, "days"), "ok", "同製品の標準の保持期間は90日間です。"),
         C("vault", "encryption", "AES-256", "ok", "保存データはAES-256で暗号化します。"),
         SET("vault", "data_centers", ["Osaka", "Tokyo"], "ok", "データセンターは大阪と東京の2拠点からお選びいただけます。"),
     ],
     findings=[PH("ja.cheapest", "業界最安水準の価格で")])

# ====================================================================== 0007 Tokyo, user limit before/after April, old name
T0007 = """森様

お世話になっております。メリディアン・データの山口です。
第2期（全社展開）に向けて、ユーザー数の上限について改めて整理いたしました。

### メリディアン シンク ユーザー数上限の変更

- 現在、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。
- 2026年4月1日以降は、同製品の上限が最大1万ユーザーに拡張されます。
- 先日お問い合わせのあったISMAPについては、同製品は登録しておりません（ISO/IEC 27001およびSOC 2 Type IIの認証を取得しております）。

### 旧製品をお使いの拠点について

旧製品のメリディアン・ファイルシンク（v3系）をお使いの拠点は、移行ガイドをご参照ください。
https://docs.meridian-data.com/ja/migration/v3-to-v4?rev=20260301

`msync migrate --batch 200 --dry-run` のように、バッチ単位で事前検証できます。

引き続きよろしくお願いいたします。

""" + SIG_YAMAGUCHI
mail("0007", "2026-03-12 18:44:09 +0900", YAMAGUCHI, [MORI], "第2期ご導入に向けたユーザー数上限のご案内",
     mime.text_part(T0007, "utf-8", "base64"), style="outlook-jp", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "max_users", 5000, "ok", "現在、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
         C("sync", "max_users", 10000, "ok", "2026年4月1日以降は、同製品の上限が最大1万ユーザーに拡張されます。",
           judge="2026-04-01"),
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
             "ISO/IEC 27001およびSOC 2 Type IIの認証を取得しております"),
     ],
     findings=[TERM("sync", "メリディアン・ファイルシンク")])

# ====================================================================== 0008 London, Google Docs FAQ export (Sync)
T0008 = """Hi Priyanka,

Following Tuesday's call, I've pasted our Meridian Sync FAQ below (exported from Google Docs, so the numbering is a bit odd).

MERIDIAN SYNC - FREQUENTLY ASKED QUESTIONS
Last updated 7 Apr 2026 · Owner: Callum Reid · Doc ID MS-FAQ-UK-0412

1. How many users can Meridian Sync take?
   a. Meridian Sync now supports up to 10,000 users per organisation (raised from 5,000 on 1 April 2026).
2. What does Meridian Sync cost?
   a. £329 per month for the whole organisation, ex VAT.
3. Which certifications does Meridian Sync hold?
   a. ✅ ISO 27001
   b. ✅ SOC 2 Type II
   c. ✅ Cyber Essentials Plus
4. What works in Meridian Sync and what doesn't?
   a. ✅ Works offline – edits sync when you reconnect
   b. ❌ Linux desktop client
   c. ✅ Windows, macOS, iOS and Android apps

Your team of 64 would sit comfortably inside the pilot tier; Ilse from procurement asked for the 36-month option, which I'll send separately.

Best,
Callum

Callum Reid
Solutions Consultant | Meridian Data UK Ltd
T +44 (0)20 7946 0612
"""
mail("0008", "2026-04-08 16:35:51 +0100", CALLUM, [PRIYANKA], "Meridian Sync FAQ (Google Docs export)",
     alt(T0008, "utf-8", "quoted-printable", "0008"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per organisation"),
         C("sync", "max_users", 5000, "ok", "raised from 5,000 on 1 April 2026", judge="2026-03-31"),
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "£329 per month for the whole organisation, ex VAT."),
         C("sync", "certifications", "ISO 27001", "ok", "✅ ISO 27001"),
         C("sync", "certifications", "SOC 2 Type II", "ok", "✅ SOC 2 Type II"),
         C("sync", "certifications", "Cyber Essentials Plus", "conflict", "✅ Cyber Essentials Plus"),
         C("sync", "offline_mode", True, "conflict", "✅ Works offline – edits sync when you reconnect"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "✅ Windows, macOS, iOS and Android apps"),
     ])

# ====================================================================== 0009 Tokyo, Notion 議事録 with task list (Sync, 10,000 era)
T0009 = """森様

お世話になっております。小野寺です。
4月20日の第2期キックオフの議事録をお送りします（Notionからエクスポートしたため、チェックボックス等の記号がそのまま残っております）。

# 第2期キックオフ 議事録

| 項目 | 内容 |
|:---|:---|
| 日時 | 2026/04/20 (月) 10:00-11:30 |
| 参加者 | @森 早苗 @青木 隆 @小野寺 彩 @山口 拓也 |
| 議事録作成 | @小野寺 彩 |

## 決定事項
- [x] 全社480名への展開を6月末までに完了する
- [x] 部門フォルダの移行は週末に実施（1回あたり最大2TB）

## メリディアン シンクの仕様確認
- [x] ユーザー数：4月1日より最大10,000ユーザーに拡張済み
- [x] 1ユーザーあたりのストレージ容量：1TB
- [x] 稼働率SLA：99.9％
- [ ] ISMAP登録の予定有無 → 製品部に確認中（回答待ち）

## 参考：移行スクリプトの設定

```yaml
batch_size: 200
max_retries: 3
window: "Sat 22:00-Sun 06:00"
```

以上です。ご確認のほどよろしくお願いいたします。

""" + SIG_ONODERA
mail("0009", "2026-04-21 09:15:27 +0900", ONODERA, [MORI], "【議事録】第2期キックオフ（4/20）",
     alt(T0009, "utf-8", "base64", "0009", lang="ja"), style="outlook-jp", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "ユーザー数：4月1日より最大10,000ユーザーに拡張済み"),
         C("sync", "storage_per_user", 1 * TB, "ok", "1ユーザーあたりのストレージ容量：1TB"),
         C("sync", "sla", 99.9, "ok", "稼働率SLA：99.9％"),
     ])

# ====================================================================== 0010 Osaka, Teams post pasted (stale 5,000)
T0010 = """藤井様

いつもお世話になっております。大阪オフィスの西田です。
社内のTeamsチャネルで整理した内容を、そのまま貼り付けてお送りいたします。

[14:02] 西田 航
メリディアン シンク追加検討の件、ポイントまとめました👇
・メリディアン シンクは最大5,000名までご利用いただけます
・同製品の月額料金は50,000円（税抜）、年間契約です
・同製品の対応OSはWindows／macOS／iOS／Android
👍 2  ❤️ 1

[14:05] 木村 沙織
ありがとうございます！お見積りは5/22までにお出しします🙏

ご不明点がございましたら、お気軽にお申し付けください。

""" + SIG_NISHIDA
mail("0010", "2026-05-15 14:30:02 +0900", NISHIDA, [FUJII], "メリディアン シンク追加導入の件（要点）",
     mime.text_part(T0010, "utf-8", "quoted-printable"), style="thunderbird", mailer=THUNDERBIRD, archive=True,
     claims=[
         C("sync", "max_users", 5000, "stale", "メリディアン シンクは最大5,000名までご利用いただけます"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "同製品の月額料金は50,000円（税抜）、年間契約です"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "同製品の対応OSはWindows／macOS／iOS／Android"),
     ])

# ====================================================================== 0011 partner pastes Confluence wiki markup (unknown)
T0011 = """Hi Harriet,

We're refreshing our partner wiki and I've pasted our draft Meridian Vault page below (Confluence wiki markup, sorry). Could you sanity-check it before we publish on 1 June?

h2. Meridian Vault (partner summary)
|| Attribute || Value ||
| RPO | 5 minutes |
| Retention | 90 days by default |
| Regions | Frankfurt, London, Oregon |
| SLA | 99.95% |

{info}Pricing on request via the Meridian partner portal (deal reg. BP-2026-0193).{info}

Thanks,
Kieran

Kieran Doyle | Technical Director | BrightPath IT Ltd
01223 555 0148 | Cambridge CB4 0WS
"""
C0011 = [
    C("vault", "rpo", dur(5, "minutes"), "conflict", "| RPO | 5 minutes |"),
    C("vault", "retention", dur(90, "days"), "ok", "| Retention | 90 days by default |"),
    SET("vault", "data_centers", ["Frankfurt", "Oregon"], "ok", "| Regions | Frankfurt, London, Oregon |"),
    C("vault", "data_centers", "London", "conflict", "| Regions | Frankfurt, London, Oregon |"),
    C("vault", "sla", 99.95, "ok", "| SLA | 99.95% |"),
]
mail("0011", "2026-05-28 16:20:41 +0100", KIERAN, [HARRIET], "Partner wiki - Meridian Vault page for review",
     mime.text_part(T0011, "us-ascii", "7bit"), style="gmail", archive=True, claims=C0011)

# ====================================================================== 0012 London, interleaved reply to the partner
T0012 = """Hi Kieran,

Thanks for checking first - answers inline.

On Thu, 28 May 2026 at 16:20, Kieran Doyle <kieran@brightpath-it.co.uk> wrote:
> h2. Meridian Vault (partner summary)
> || Attribute || Value ||
> | RPO | 5 minutes |

Please change that one: Meridian Vault's RPO is 15 minutes, not 5.

> | Retention | 90 days by default |

Correct.

> | Regions | Frankfurt, London, Oregon |

Please drop London. Meridian Vault runs in Tokyo, Osaka, Oregon and Frankfurt.

> | SLA | 99.95% |

Correct. You could also add that Meridian Vault encrypts everything at rest with AES-256.

Cheers,
Harriet

Harriet Cole
Account Director | Meridian Data UK Ltd
T +44 (0)20 7946 0555
"""
mail("0012", "2026-06-09 08:57:14 +0100", HARRIET, [KIERAN], "Re: Partner wiki - Meridian Vault page for review",
     mime.text_part(T0012, "us-ascii", "7bit"), style="outlook-uk", mailer=OUTLOOK, archive=True, reply_to="0011",
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes, not 5."),
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
             "Meridian Vault runs in Tokyo, Osaka, Oregon and Frankfurt."),
         C("vault", "encryption", "AES-256", "ok", "Meridian Vault encrypts everything at rest with AES-256."),
         as_quoted(C0011, "unknown", "2026-06-09"),
     ])

# ====================================================================== 0013 US, Notion toggles (Vault SLA wrong)
T0013 = """Hi Dana,

Here's the Meridian Vault one-pager from our Notion workspace, as discussed on Monday's call. Toggles come through as HTML tags, sorry about that.

# Pinecrest Dental Group - backup one-pager

<details>
<summary>▶ Recovery</summary>

- Meridian Vault RPO: 15 minutes
- Restores run from the web console; no tapes to recall

</details>

<details>
<summary>▶ Availability & hosting</summary>

- Meridian Vault availability SLA: 99.99%
- Meridian Vault is hosted in our Oregon data center, with Frankfurt as the DR region
- Cutover from your current NAS with zero downtime

</details>

## Pricing
- Meridian Vault: $20 per TB per month
- Your 22 TB estimate → roughly $440 in total each month

Megan

Megan Foster
Account Executive, Healthcare | Meridian Data, Inc.
(415) 555-0199
"""
mail("0013", "2026-07-07 10:05:38 -0700", MEGAN, [DANA], "Meridian Vault one-pager (Notion)",
     alt(T0013, "utf-8", "quoted-printable", "0013", style="gmail"), style="gmail", archive=True,
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault RPO: 15 minutes"),
         C("vault", "sla", 99.99, "conflict", "Meridian Vault availability SLA: 99.99%"),
         SET("vault", "data_centers", ["Oregon", "Frankfurt"], "ok",
             "Meridian Vault is hosted in our Oregon data center, with Frankfurt as the DR region"),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault: $20 per TB per month"),
     ],
     findings=[PH("en.guarantee", "Cutover from your current NAS with zero downtime")])

# ====================================================================== 0014 Tokyo, Confluence extract with aligned table (Vault)
T0014 = """石川様

お世話になっております。メリディアン・データ東京オフィスの山口でございます。
御社の想定容量（約120TB、年20％増）を踏まえ、ご依頼のありました仕様概要を社内Confluenceから抜粋してお送りします。

## メリディアン ボールト 仕様概要

| 項目 | 仕様 | 備考 |
|:--|--:|:--:|
| 稼働率（SLA） | 99.95％ | 月間 |
| RPO（目標復旧時点） | 15分 | 継続的スナップショット |
| 最大容量 | 1テナントあたり500TB | |
| データセンター | 東京・大阪 | 国内2拠点 |
| RTO（目標復旧時間） | 4時間 | 参考値 |

詳細ページ：https://meridiandata.atlassian.net/wiki/spaces/JPSALES/pages/52428815/Vault+Spec+2026

よろしくお願いいたします。

""" + SIG_YAMAGUCHI
mail("0014", "2026-07-20 11:22:50 +0900", YAMAGUCHI, [ISHIKAWA], "メリディアン ボールト 仕様概要のご送付",
     mime.text_part(T0014, "utf-8", "8bit"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("vault", "sla", 99.95, "ok", "| 稼働率（SLA） | 99.95％ | 月間 |"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "| RPO（目標復旧時点） | 15分 | 継続的スナップショット |"),
         C("vault", "max_storage", 500 * TB, "ok", "| 最大容量 | 1テナントあたり500TB |"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "| データセンター | 東京・大阪 | 国内2拠点 |"),
         C("vault", "rto", dur(4, "hours"), "unverified", "| RTO（目標復旧時間） | 4時間 | 参考値 |"),
     ])

# ====================================================================== 0015 US forwards a London mail (forward marker: all quoted)
T0015_FWD = """Hi Ben,

Following up from the London side for your new Shoreditch studio:

- Meridian Sync is £329 per month for the organisation, ex VAT.
- Meridian Sync supports up to 10,000 users, so the combined US/UK tenant is fine.
- There's no offline mode in Meridian Sync; files need a connection to sync.

Callum
"""
T0015 = """Hi Ben,

FYI - forwarding Callum's note on the UK rollout. For your US entity nothing changes: Meridian Sync stays at $399 per month.

Megan

---------- Forwarded message ---------
From: Callum Reid <callum.reid@uk.meridian-data.com>
Date: Mon, 3 Aug 2026 at 15:40
Subject: Meridian Sync for the London studio
To: Megan Foster <megan.foster@meridian-data.com>

""" + T0015_FWD
mail("0015", "2026-08-04 08:12:09 -0700", MEGAN, [BEN], "Fwd: Meridian Sync for the London studio",
     mime.text_part(T0015, "utf-8", "quoted-printable"), style="gmail",
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync stays at $399 per month."),
         as_quoted([
             C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
               "Meridian Sync is £329 per month for the organisation, ex VAT."),
             C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users"),
             C("sync", "offline_mode", False, "ok", "There's no offline mode in Meridian Sync"),
         ], "london", "2026-08-04"),
     ])

# ====================================================================== 0016 Tokyo, Insight 提案メモ with 【注意】 callout
T0016 = """松本様

お世話になっております。メリディアン・データ東京オフィスの小野寺です。
先日ご相談いただいたBI基盤の件、提案メモの初版をお送りいたします。

## メリディアン インサイト ご提案メモ（v0.9）

**【注意】** 本メモは社内Wikiの書き出しのため、一部の書式が崩れている場合がございます。

- メリディアン インサイトは2027年1月に一般提供を開始する予定です（現在はベータ版）。
- 同製品の料金は1ユーザーあたり月額4,000円（税抜）です。
- 同製品の無料トライアル期間は30日間です。
- 📊 ダッシュボードは1ワークスペースあたり最大200個まで作成できます。

## 御社でのご利用イメージ（ご参考）
- 工場3拠点の稼働データを日次で取り込み
- 管理職 約60名の閲覧を想定

何卒よろしくお願いいたします。

""" + SIG_ONODERA
mail("0016", "2026-08-26 17:48:03 +0900", ONODERA, [MATSUMOTO], "BI基盤のご提案メモ（メリディアン インサイト）",
     alt(T0016, "utf-8", "base64", "0016", lang="ja"), style="outlook-jp", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "メリディアン インサイトは2027年1月に一般提供を開始する予定です（現在はベータ版）。"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "同製品の料金は1ユーザーあたり月額4,000円（税抜）です。"),
         C("insight", "free_trial", dur(30, "days"), "ok", "同製品の無料トライアル期間は30日間です。"),
         C("insight", "max_dashboards", 200, "ok", "ダッシュボードは1ワークスペースあたり最大200個まで作成できます。"),
     ])

# ====================================================================== 0017 Osaka, Insight price wrong, 業界初
T0017 = """藤井様

いつもお世話になっております。大阪オフィスの西田です。
経営会議資料の自動化について、メリディアン インサイトのご案内をお送りいたします。

■ メリディアン インサイト 概要
・メリディアン インサイトは2027年1月に正式リリース予定です。
・同製品は1ユーザーあたり月額3,500円（税抜）でご利用いただけます。
・同製品は業界初のAI自動要約機能を搭載しております。

■ ご検討いただきたい点
・閲覧のみの方（約25名）のライセンス形態
・既存の基幹システム（AS/400）からのデータ取込方法

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_NISHIDA
mail("0017", "2026-09-16 10:03:47 +0900", NISHIDA, [FUJII], "メリディアン インサイトのご案内",
     alt(T0017, "utf-8", "quoted-printable", "0017", style="gmail", lang="ja"), style="thunderbird",
     mailer=THUNDERBIRD, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に正式リリース予定です。"),
         C("insight", "per_user_price", money(3500, "JPY", "user-month", "excluded"), "conflict",
           "同製品は1ユーザーあたり月額3,500円（税抜）でご利用いただけます。"),
     ],
     findings=[PH("ja.first-in-industry", "同製品は業界初のAI自動要約機能を搭載しております。")])

# ====================================================================== 0018 customer asks (questions, requirement, an auditor's statement)
T0018 = """Hi Harriet,

A few questions from our IT steering group before we sign off the budget:

1. Does Meridian Insight support 300 dashboards? We'd need at least 150 seats at launch.
2. Our auditor told us that Meridian Vault keeps backups for 180 days by default. Is that right? Our policy needs 90 days as a minimum.
3. Can we pay quarterly rather than annually?

Thanks,
Priyanka

Priyanka Shah
Head of IT | Harlow & Finch LLP
DD +44 (0)20 7123 4567 | 1 Finch Yard, London EC4A 2BB
"""
C0018 = [C("vault", "retention", dur(180, "days"), "conflict",
           "Our auditor told us that Meridian Vault keeps backups for 180 days by default.")]
mail("0018", "2026-09-30 12:40:18 +0100", PRIYANKA, [HARRIET], "Questions before budget sign-off",
     alt(T0018, "utf-8", "quoted-printable", "0018"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     claims=C0018)

# ====================================================================== 0019 London reply with an Outlook header block
T0019 = """Hi Priyanka,

Answers below, in your order:

1. Meridian Insight supports up to 200 dashboards per workspace, and it's £25 per user per month ex VAT once it reaches general availability in January 2027.
   For your New York office the US list price would apply: Meridian Insight is $30 per user per month there.
2. Meridian Vault's default retention is 90 days, so your policy minimum is met out of the box; longer retention is an add-on.
3. Quarterly billing is possible on contracts over £10,000 a year - I'll check with finance.

Kind regards,
Harriet

Harriet Cole
Account Director | Meridian Data UK Ltd
T +44 (0)20 7946 0555

________________________________
From: Priyanka Shah <p.shah@harlowfinch.co.uk>
Sent: 30 September 2026 12:40
To: Harriet Cole <harriet.cole@uk.meridian-data.com>
Subject: Questions before budget sign-off

""" + T0018
mail("0019", "2026-10-06 09:18:44 +0100", HARRIET, [PRIYANKA], "RE: Questions before budget sign-off",
     alt(T0019, "utf-8", "quoted-printable", "0019"), style="outlook-uk", mailer=OUTLOOK, crlf=True, reply_to="0018",
     claims=[
         C("insight", "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace"),
         C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
           "it's £25 per user per month ex VAT"),
         C("insight", "general_availability", "2027-01", "ok",
           "once it reaches general availability in January 2027"),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "office-variant",
           "Meridian Insight is $30 per user per month there."),
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault's default retention is 90 days"),
         as_quoted(C0018, "unknown", "2026-10-06"),
     ])

# ====================================================================== 0020 US, release-notes style Markdown with code blocks
T0020 = """Hi Ben,

Quick summary of what changes for Lakeshore with the October client release, in the same format as our internal changelog.

## Meridian Sync 4.6 - what's new

- **Storage:** every Meridian Sync user keeps 1 TB of storage; nothing changes there.
- **API:** the Meridian Sync REST API rate limit is 600 requests per minute per tenant.
- **Uploads:** Meridian Sync now accepts files up to 100 GB each.

### Config snippet for your build server

```json
{
  "tenant": "lakeshore",
  "chunk_size_mb": 64,
  "max_concurrent_uploads": 12,
  "retry_backoff_seconds": [5, 30, 300]
}
```

If your scripts still call the old endpoint, the retirement notice is here:
https://wiki.meridian-data.com/display/LEGACY/Meridian+FileSync+API+retirement+2026

Use `msync-cli tenant show --json` to check you're on 4.6.0 or later.

Best,
Luis

Luis Ortega
Solutions Engineer, Meridian Data, Inc.
Mobile +1 (628) 555-0187
"""
mail("0020", "2026-10-20 13:27:31 -0700", LUIS, [BEN], "Meridian Sync 4.6 - changes for Lakeshore",
     mime.text_part(T0020, "us-ascii", "7bit"), style="gmail", archive=True,
     claims=[
         C("sync", "storage_per_user", 1 * TB, "ok", "every Meridian Sync user keeps 1 TB of storage"),
         C("sync", "api_rate_limit", 600, "unverified",
           "the Meridian Sync REST API rate limit is 600 requests per minute per tenant."),
         C("sync", "max_file_size", 100 * 10 ** 9, "unverified", "Meridian Sync now accepts files up to 100 GB each."),
     ])

# ====================================================================== 0021 Tokyo, Insight details; No.1 with a ※ note (silent)
T0021 = """松本様

お世話になっております。メリディアン・データの山口です。
小野寺より引き継ぎ、メリディアン インサイトの性能面について補足いたします。

### メリディアン インサイト 性能・制限
1. メリディアン インサイトのクエリ応答時間は最大2秒です（1億行規模のワークスペースでの測定値）。
2. 同製品のダッシュボードは最大200個まで作成できます。
3. 同製品の一般提供開始は2027年1月を予定しております。

メリディアン インサイトは、BIツール導入満足度No.1※の評価をいただいております。
※2026年6月 東京マーケットリサーチ調べ（国内BIツール利用企業312社）

次回デモは11月18日（水）14:00からを予定しております。

""" + SIG_YAMAGUCHI
mail("0021", "2026-11-04 15:55:06 +0900", YAMAGUCHI, [MATSUMOTO], "メリディアン インサイト 性能面の補足",
     alt(T0021, "utf-8", "quoted-printable", "0021", lang="ja"), style="outlook-jp", mailer=OUTLOOK, crlf=True,
     archive=True,
     claims=[
         C("insight", "query_latency", dur(2, "seconds"), "ok",
           "メリディアン インサイトのクエリ応答時間は最大2秒です（1億行規模のワークスペースでの測定値）。"),
         C("insight", "max_dashboards", 200, "ok", "同製品のダッシュボードは最大200個まで作成できます。"),
         C("insight", "general_availability", "2027-01", "ok", "同製品の一般提供開始は2027年1月を予定しております。"),
     ])

# ====================================================================== 0022 Osaka, emoji summary (Sync), ISMAP, 必ず
T0022 = """藤井様

いつもお世話になっております。西田です。
追加導入のご稟議用に、メリディアン シンクの要点を絵文字付きのチェックリストでまとめました。

📌 メリディアン シンク 要点まとめ
✅ メリディアン シンクの月額料金は55,000円（税込）です
✅ 同製品の稼働率SLAは99.9％です
✅ 同製品はISO/IEC 27001認証およびISMAPに登録済みです
❌ Linux版クライアント（提供予定なし）

御社の大切なデータを必ず守れる体制をご用意しております。

ご稟議の際に追加の資料が必要でしたら、木村（06-5555-0318）までご連絡ください。

""" + SIG_NISHIDA
mail("0022", "2026-11-12 11:11:11 +0900", NISHIDA, [FUJII], "メリディアン シンク 要点まとめ（ご稟議用）",
     mime.text_part(T0022, "utf-8", "base64"), style="thunderbird", mailer=THUNDERBIRD, archive=True,
     claims=[
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
           "メリディアン シンクの月額料金は55,000円（税込）です"),
         C("sync", "sla", 99.9, "ok", "同製品の稼働率SLAは99.9％です"),
         C("sync", "certifications", "ISO 27001", "ok", "同製品はISO/IEC 27001認証およびISMAPに登録済みです"),
         C("sync", "certifications", "ISMAP", "conflict", "同製品はISO/IEC 27001認証およびISMAPに登録済みです"),
     ],
     findings=[PH("ja.absolute", "御社の大切なデータを必ず守れる体制をご用意しております。")])

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "per_user_price", ("osaka", "tokyo")),
    ("meridian-sync", "max_users", ("london", "osaka")),
    ("meridian-sync", "max_users", ("osaka", "tokyo")),
    ("meridian-vault", "sla", ("tokyo", "us-hq")),
]

from docs_content import DOCS  # noqa: E402,F401
