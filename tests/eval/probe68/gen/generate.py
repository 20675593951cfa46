#!/usr/bin/env python3
"""Generate evaluation set 68 (emphasis: how products are named and referred to).

python3 gen/generate.py   -- (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl
Stdlib only, deterministic.
"""
import base64, datetime as dt, email, email.header, email.policy, html, json, os, quopri, re, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_AS_OF = "2026-11-22"
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
SETS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def M(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def D(amount, unit):
    return {"amount": amount, "unit": unit}


TB = 10 ** 12


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return {"type": "claim", "product": product, "attribute": attribute, "value": value,
            "verdict": verdict, "quoted": quoted, "office": office, "text": text}


def PH(rule, text, quoted=False):
    return {"type": "finding", "kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def TERM(product, text, quoted=False):
    return {"type": "finding", "kind": "terminology", "rule": None, "product": product, "quoted": quoted,
            "text": text}


# ------------------------------------------------------------------ MIME helpers
def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset).encode()


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, mail) if re.search(r'[,.&()]', name) else "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, charset).encode(), mail)


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte in ("7bit", "8bit"):
        return crlf(raw)
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(raw, quotetabs=False))
    if cte == "base64":
        return crlf(base64.encodebytes(raw))
    raise ValueError(cte)


def leaf(text, ctype="text/plain", charset="utf-8", cte="quoted-printable", extra=""):
    cs = {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS"}.get(charset.lower(), charset)
    h = "Content-Type: %s; charset=\"%s\"%s\r\nContent-Transfer-Encoding: %s\r\n" % (ctype, cs, extra, cte)
    return h.encode() + b"\r\n" + encode_body(text, charset, cte)


def multipart(subtype, parts, boundary):
    out = [("Content-Type: multipart/%s;\r\n\tboundary=\"%s\"\r\n\r\n" % (subtype, boundary)).encode()]
    for p in parts:
        out.append(("--%s\r\n" % boundary).encode() + p + (b"" if p.endswith(b"\r\n") else b"\r\n"))
    out.append(("--%s--\r\n" % boundary).encode())
    return b"".join(out)


def text_to_html(text, font="Calibri, sans-serif", charset="utf-8"):
    out, quote = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if quote and not q:
            out.append("</blockquote>")
        quote = q
        body = line[1:].lstrip(" ") if q else line
        out.append("<div>%s</div>" % (html.escape(body) if body.strip() else "<br>"))
    if quote:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>\n' % (charset, font, "\n".join(out)))


def message(headers, body_bytes):
    h = "".join("%s: %s\r\n" % (k, v) for k, v in headers if v is not None)
    return h.encode() + body_bytes


def rfc_date(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")
    return email.utils.format_datetime(d), d


# ------------------------------------------------------------------ people
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Bell", "marcus.bell@meridian-data.com")
PRIYA = ("Priya Raman", "priya.raman@uk.meridian-data.com")
OLIVER = ("Oliver Hartley", "oliver.hartley@uk.meridian-data.com")
SATO = ("佐藤 健一", "k.sato@jp.meridian-data.com")
NAKAMURA = ("中村 美咲", "m.nakamura@jp.meridian-data.com")
YAMAMOTO = ("山本 翔太", "s.yamamoto@osaka.jp.meridian-data.com")
FUJITA = ("藤田 彩", "a.fujita@osaka.jp.meridian-data.com")
JORGE = ("Jorge Alvarez", "jalvarez@northwind-logistics.com")
TUNDE = ("Tunde Okafor", "t.okafor@haldenprice.co.uk")
LENA = ("Lena Park", "lpark@evergreenclinics.org")
SAM = ("Sam Hughes", "sam.hughes@brightwater-it.co.uk")
AMELIA = ("Amelia Grant", "a.grant@carrawayfoods.co.uk")
SUZUKI = ("鈴木 一郎", "suzuki@minato-lease.co.jp")
TANAKA = ("田中 由紀", "y.tanaka@kansai-seiki.co.jp")
KOBAYASHI = ("小林 直樹", "n.kobayashi@aoba-sekkei.co.jp")
MORI = ("森 大輔", "d.mori@daiwa-kasei.co.jp")


def office_of(mail):
    if mail.endswith("@osaka.jp.meridian-data.com"):
        return "osaka"
    if mail.endswith("@jp.meridian-data.com"):
        return "tokyo"
    if mail.endswith("@uk.meridian-data.com"):
        return "london"
    if mail.endswith("@meridian-data.com"):
        return "us-hq"
    return "unknown"


MAILS = []   # dicts: n, mid, date, frm, raw, items, archive


def mail(n, frm, to, date, subject, body, mid, items, archive, charset="utf-8", extra_headers=(),
         cc=None, in_reply_to=None, mailer=None):
    d, dd = rfc_date(date)
    hs = [("From", addr(*frm, charset=charset if charset != "windows-1252" else "utf-8")),
          ("To", addr(*to, charset=charset if charset != "windows-1252" else "utf-8")),
          ("Cc", addr(*cc, charset=charset) if cc else None),
          ("Subject", hdr(subject, charset if charset in ("iso-2022-jp", "shift_jis") else "utf-8")),
          ("Date", d), ("Message-ID", "<%s>" % mid),
          ("In-Reply-To", "<%s>" % in_reply_to if in_reply_to else None),
          ("References", "<%s>" % in_reply_to if in_reply_to else None),
          ("MIME-Version", "1.0")] + list(extra_headers)
    if mailer:
        hs.insert(6, mailer)
    raw = message(hs, body)
    MAILS.append({"n": n, "mid": mid, "date": dd, "frm": frm[1], "raw": raw, "items": items,
                  "archive": archive})


# ================================================================== mails
# ---- 0001 us-hq -> customer; plain us-ascii, hard-wrapped: the name splits across a line break
M01 = """Hi Jorge,

Thanks again for hosting us in Reno on Tuesday, and please pass my thanks
to Keisha for the warehouse tour. A quick recap of what we covered.

Meridian Sync supports up to 5,000 users per organization today. You are
planning 1,850 seats in year one, so there is plenty of headroom.

Every user gets 1 TB of storage with Meridian Sync. The Meridian
Sync desktop client runs on Windows and macOS, and the mobile apps
cover iOS and Android.

On availability, Sync is covered by our standard 99.9% uptime SLA, with
service credits if we ever miss it.

List price for Meridian Sync is $399 per month for the whole organization,
billed annually. The 12% multi-year discount we talked about applies only
if you sign the three-year term before March 31.

I'll send the order form by Friday, Feb 13. Ravi, our solutions engineer,
can do the SSO walkthrough on Feb 17 at 10am PT if that works for you.

Best,
Dana

--
Dana Whitfield
Senior Account Executive, West
Meridian Data Inc.
555 Mission Street, Suite 2100, San Francisco, CA 94105
Office +1 415 555 0142 | Mobile +1 415 555 0199
https://www.meridian-data.com/products/meridian-sync
"""
T01_PLAT = "The Meridian\nSync desktop client runs on Windows and macOS, and the mobile apps\ncover iOS and Android."


def m01_claims(quoted=False, office=None):
    q = "> " if quoted else ""
    plat = T01_PLAT.replace("\n", "\n" + q)
    return [
        C(S, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per organization today.", quoted, office),
        C(S, "storage_per_user", 1 * TB, "ok", "Every user gets 1 TB of storage with Meridian Sync.", quoted, office),
    ] + [C(S, "supported_platforms", p, "ok", plat, quoted, office) for p in ("Windows", "macOS", "iOS", "Android")] + [
        C(S, "sla", 99.9, "ok", "On availability, Sync is covered by our standard 99.9%% uptime SLA, with\n%sservice credits if we ever miss it." % q, quoted, office),
        C(S, "monthly_price", M(399, "USD", "month"), "ok",
          "List price for Meridian Sync is $399 per month for the whole organization,\n%sbilled annually." % q, quoted, office),
    ]


mail(1, DANA, JORGE, "2026-02-10 16:12 -0800", "Northwind / Meridian Sync - recap from Tuesday",
     leaf(M01, charset="us-ascii", cte="7bit"),
     "CAHx8Kq0T2pV7nWc3JbY9d4sR1mZs6e+oUu5aG1w@mail.gmail.com", m01_claims(), True)

# ---- 0002 customer reply, Gmail multipart/alternative, whole message quoted (name split inside '>' lines)
M02_TOP = """Hi Dana,

Thanks for the quick recap. Two questions from our side before Ravi's
session:

1. Does Sync work offline? Our drivers are often out of coverage in the
   Sierra passes.
2. Our IT lead, Sam, mentioned that meridian sync doesn't run on Linux.
   That's fine for the office, but can you confirm?

For what it's worth, we looked at SyncWave Business last year and they
quoted us 20,000 users on a single tenant, but the pricing was way off.

Jorge

On Tue, Feb 10, 2026 at 4:12 PM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
"""
M02 = M02_TOP + "".join("> " + l + "\n" if l else ">\n" for l in M01.rstrip("\n").split("\n"))
mail(2, JORGE, DANA, "2026-02-12 09:03 -0800", "Re: Northwind / Meridian Sync - recap from Tuesday",
     multipart("alternative", [leaf(M02, charset="utf-8", cte="quoted-printable"),
                               leaf(text_to_html(M02, "arial, sans-serif"), "text/html", "utf-8", "quoted-printable")],
               "000000000000a1b2c3064f2e9d11"),
     "CAJrT5nq+7LwY2kE0dP9=sV3xH8gMcQ1aBf4uZ6t@mail.gmail.com", m01_claims(True, "us-hq"), False,
     in_reply_to="CAHx8Kq0T2pV7nWc3JbY9d4sR1mZs6e+oUu5aG1w@mail.gmail.com")

# ---- 0003 us-hq interleaved reply; "It" across paragraphs
M03 = """Hi Jorge, answers inline.

On Thu, Feb 12, 2026 at 9:03 AM Jorge Alvarez <jalvarez@northwind-logistics.com> wrote:
> 1. Does Sync work offline? Our drivers are often out of coverage in the
>    Sierra passes.

Not today, I'm afraid. Meridian Sync has no offline mode; the clients need
a connection to pick up and push changes.

> 2. Our IT lead, Sam, mentioned that meridian sync doesn't run on Linux.
>    That's fine for the office, but can you confirm?

Sam is right. It runs on Windows, macOS, iOS and Android only.

It is also ISO 27001 certified, and I can send over our SOC 2 Type II
report as soon as the mutual NDA is countersigned.

Ravi is confirmed for Feb 17, 10am PT; the invite comes from
ravi.menon@meridian-data.com.

Dana

--
Dana Whitfield | Senior Account Executive, West | Meridian Data Inc.
+1 415 555 0142
"""
mail(3, DANA, JORGE, "2026-02-12 15:40 -0800", "Re: Northwind / Meridian Sync - recap from Tuesday",
     leaf(M03, charset="us-ascii", cte="7bit"),
     "CAHx8Kq3bN0vR4y=J7mWq2LcZt9sD5eP1oXu8iGf@mail.gmail.com",
     [C(S, "offline_mode", False, "ok", "Meridian Sync has no offline mode; the clients need\na connection to pick up and push changes.")]
     + [C(S, "supported_platforms", p, "ok", "It runs on Windows, macOS, iOS and Android only.") for p in ("Windows", "macOS", "iOS", "Android")]
     + [C(S, "certifications", c, "ok", "It is also ISO 27001 certified, and I can send over our SOC 2 Type II\nreport") for c in ("ISO 27001", "SOC 2 Type II")],
     True, in_reply_to="CAJrT5nq+7LwY2kE0dP9=sV3xH8gMcQ1aBf4uZ6t@mail.gmail.com")

# ---- 0004 london, Outlook, windows-1252 QP, multipart/alternative; the former / the latter
M04 = """Dear Tunde,

Thank you for your time on Tuesday. As promised, here is a short summary
of the two services we discussed: Meridian Vault for backup of the
document management system, and Meridian Insight for matter reporting.

Pricing: the former is £16 per TB per month, and the latter is £25 per
user per month.

Vault keeps backups for 90 days by default, with a recovery point
objective of 15 minutes, so at most a quarter of an hour of work could
be lost.

For UK clients, Vault data is held in our Frankfurt data centre; we do
not currently operate a data centre in London.

Meridian Insight is currently in beta and will be generally available in
January 2027. Until then, it comes with a 30-day free trial, which you are
welcome to run with the pilot group.

Your pilot group is 40 fee-earners, so the first invoice would come to
£1,000 plus VAT. I'll be in touch next week to book the workshop for
17 March.

Kind regards,

Priya Raman
Account Director, UK & Ireland
Meridian Data UK Ltd | 30 Finsbury Square, London EC2A 1AG
T: +44 20 7946 0321 | M: +44 7700 900461
Registered in England and Wales, company no. 09876543. VAT GB 123 4567 89.
"""
T04_PRICE = "Pricing: the former is £16 per TB per month, and the latter is £25 per\nuser per month."
T04_RET = "Vault keeps backups for 90 days by default, with a recovery point\nobjective of 15 minutes, so at most a quarter of an hour of work could\nbe lost."
T04_DC = "For UK clients, Vault data is held in our Frankfurt data centre; we do\nnot currently operate a data centre in London."


def m04_vault(quoted=False, office=None):
    q = "> " if quoted else ""
    ret = T04_RET.replace("\n", "\n" + q)
    return [C(V, "retention", D(90, "days"), "ok", ret, quoted, office),
            C(V, "rpo", D(15, "minutes"), "ok", ret, quoted, office),
            C(V, "data_centers", "Frankfurt", "ok", T04_DC.replace("\n", "\n" + q), quoted, office)]


mail(4, PRIYA, TUNDE, "2026-03-05 10:14 +0000", "Meridian Vault & Meridian Insight - pricing as discussed",
     multipart("alternative", [leaf(M04, charset="windows-1252", cte="quoted-printable"),
                               leaf(text_to_html(M04, charset="windows-1252"), "text/html", "windows-1252", "quoted-printable")],
               "_000_LO2P265MB4471C0E3A9B1D2F0A55B9C3ALO2P265MB4471GBRP_"),
     "LO2P265MB4471C0E3A9B1D2F0A55B9C3A@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM",
     [C(V, "price_per_tb", M(16, "GBP", "TB-month"), "ok", T04_PRICE),
      C(I, "per_user_price", M(25, "GBP", "user-month"), "ok", T04_PRICE)]
     + m04_vault()
     + [C(I, "general_availability", "2027-01", "ok", "Meridian Insight is currently in beta and will be generally available in\nJanuary 2027."),
        C(I, "free_trial", D(30, "days"), "ok", "Until then, it comes with a 30-day free trial, which you are\nwelcome to run with the pilot group.")],
     True, charset="windows-1252", cc=OLIVER,
     extra_headers=[("X-MS-Has-Attach", ""), ("Content-Language", "en-GB")])

# ---- 0005 customer, Apple Mail, interleaved quote; competitor "VaultPoint" before the full name
M05 = """Hi Priya,

Thanks, that's helpful. For context, our current tool, VaultPoint
Backup, only keeps 30 days of backups, so the longer default would be a
real improvement for us. A couple of points below.

On 5 Mar 2026, at 10:14, Priya Raman <priya.raman@uk.meridian-data.com> wrote:
> Thank you for your time on Tuesday. As promised, here is a short summary
> of the two services we discussed: Meridian Vault for backup of the
> document management system, and Meridian Insight for matter reporting.
>
> Vault keeps backups for 90 days by default, with a recovery point
> objective of 15 minutes, so at most a quarter of an hour of work could
> be lost.

Our partners' SLA for the DMS is 99.95%. Does Meridian Vault match that?

> For UK clients, Vault data is held in our Frankfurt data centre; we do
> not currently operate a data centre in London.

Understood, thanks. Our insurer's questionnaire asks exactly this.

Best,
Tunde

Tunde Okafor
Head of IT, Halden & Price LLP
12 Gresham Street, London EC2V 7JE
DD: 020 7946 0875
"""
mail(5, TUNDE, PRIYA, "2026-03-09 14:22 +0000", "Re: Meridian Vault & Meridian Insight - pricing as discussed",
     leaf(M05, charset="us-ascii", cte="7bit"),
     "6F1E2D3C-9A8B-4C7D-B6E5-0F1A2B3C4D5E@haldenprice.co.uk", m04_vault(True, "london"), True,
     in_reply_to="LO2P265MB4471C0E3A9B1D2F0A55B9C3A@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM",
     mailer=("X-Mailer", "Apple Mail (2.3774.600.62)"))

# ---- 0006 london, no quote; phrase
M06 = """Hi Tunde,

On your SLA question: yes. Meridian Vault is covered by a 99.95%
availability SLA under our standard terms, which matches your partners'
requirement.

Our restores have never failed a quarterly DR test since we started
publishing the results in 2024, and I'm happy to share the last four
reports.

I've pencilled in 17 March, 14:00, at your Gresham Street office for the
workshop.

Kind regards,
Priya

Priya Raman | Account Director, UK & Ireland | Meridian Data UK Ltd
T: +44 20 7946 0321
"""
mail(6, PRIYA, TUNDE, "2026-03-10 11:05 +0000", "RE: Meridian Vault & Meridian Insight - pricing as discussed",
     leaf(M06, charset="windows-1252", cte="quoted-printable"),
     "LO2P265MB44712B7F61D0C9E8A3F4B01ELO2P265MB4471@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM",
     [C(V, "sla", 99.95, "ok", "Meridian Vault is covered by a 99.95%\navailability SLA under our standard terms"),
      PH("en.guarantee", "Our restores have never failed a quarterly DR test")], False,
     in_reply_to="6F1E2D3C-9A8B-4C7D-B6E5-0F1A2B3C4D5E@haldenprice.co.uk")

# ---- 0007 tokyo, ISO-2022-JP; short name ボールト after the full name; 同製品; company name near-miss
M07 = """株式会社ミナトリース
情報システム部　鈴木様

いつもお世話になっております。
メリディアンデータ東京オフィスの佐藤でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご質問いただいた点について、以下のとおりご回答いたします。

■バックアップについて
メリディアン・ボールトのRPO（目標復旧時点）は5分でございます。
ボールトのバックアップは標準で90日間保持され、データは東京と大阪の
データセンターに保管いたします。

■料金について
同製品の料金は1TBあたり月額2,800円（税抜）です。
御社の現在のデータ量は約38TBとのことですので、詳細なお見積りは
別途お送りいたします。

■メリディアン インサイトについて
あわせてご関心をお寄せいただいたメリディアン インサイトは、2027年1月に一般提供を開始する予定です。
同製品は現在ベータ版として、30日間の無料トライアルをご用意しております。

ご不明な点がございましたら、お気軽にご連絡ください。
何卒よろしくお願い申し上げます。

――――――――――――――――――――
メリディアンデータ株式会社　東京オフィス
営業部　佐藤 健一
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL: 03-6555-0187 / FAX: 03-6555-0188
k.sato@jp.meridian-data.com
――――――――――――――――――――
"""
T07_RPO = "メリディアン・ボールトのRPO（目標復旧時点）は5分でございます。"
T07_RET = "ボールトのバックアップは標準で90日間保持され、データは東京と大阪の\nデータセンターに保管いたします。"
T07_PRICE = "同製品の料金は1TBあたり月額2,800円（税抜）です。"


def m07_vault(quoted=False, office=None):
    q = "> " if quoted else ""
    ret = T07_RET.replace("\n", "\n" + q)
    return [C(V, "rpo", D(5, "minutes"), "conflict", T07_RPO, quoted, office),
            C(V, "retention", D(90, "days"), "ok", ret, quoted, office),
            C(V, "data_centers", "Tokyo", "ok", ret, quoted, office),
            C(V, "data_centers", "Osaka", "ok", ret, quoted, office),
            C(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", T07_PRICE, quoted, office)]


mail(7, SATO, SUZUKI, "2026-03-18 10:30 +0900", "メリディアン ボールトのご提案について",
     leaf(M07, charset="iso-2022-jp", cte="7bit"),
     "20260318103012.4F2A.k.sato@jp.meridian-data.com",
     m07_vault() + [
         C(I, "general_availability", "2027-01", "ok", "あわせてご関心をお寄せいただいたメリディアン インサイトは、2027年1月に一般提供を開始する予定です。"),
         C(I, "free_trial", D(30, "days"), "ok", "同製品は現在ベータ版として、30日間の無料トライアルをご用意しております。")],
     True, charset="iso-2022-jp", mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"))

# ---- 0008 customer, UTF-8 base64; reported statement; 日付 名前 <addr>: quote header
M08 = """佐藤様

お世話になっております。ミナトリースの鈴木です。
早速のご回答、ありがとうございました。

一点確認させてください。
以前、代理店の方からは「メリディアン・ボールトのRPOは15分」と伺っておりました。
今回のご回答では5分とのことですが、どちらが正しいのでしょうか。

なお、当社では約120名で利用する予定です。

2026年3月18日(水) 10:30 佐藤 健一 <k.sato@jp.meridian-data.com>:
> ■バックアップについて
> メリディアン・ボールトのRPO（目標復旧時点）は5分でございます。
> ボールトのバックアップは標準で90日間保持され、データは東京と大阪の
> データセンターに保管いたします。
>
> ■料金について
> 同製品の料金は1TBあたり月額2,800円（税抜）です。

--
株式会社ミナトリース　情報システム部
鈴木 一郎
〒105-0022 東京都港区海岸1-2-3 汐留芝離宮ビル8F
TEL: 03-5555-0712
"""
T08_REP = "以前、代理店の方からは「メリディアン・ボールトのRPOは15分」と伺っておりました。"
mail(8, SUZUKI, SATO, "2026-03-24 17:41 +0900", "Re: メリディアン ボールトのご提案について",
     leaf(M08, charset="utf-8", cte="base64"),
     "b3e5c1d0-77a2-4f61-9c2e-5d8a0f3b6e21@minato-lease.co.jp",
     [C(V, "rpo", D(15, "minutes"), "ok", T08_REP)] + m07_vault(True, "tokyo"), True,
     in_reply_to="20260318103012.4F2A.k.sato@jp.meridian-data.com",
     mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"))

# ---- 0009 us-hq, Outlook for Mac multipart/alternative; period-placed value; sourced superlative; lower-case name
M09 = """Hi Lena,

Thanks for the call this morning. Answers to the three items on your list:

1) Seats. Meridian Sync supports up to 5,000 users per organization
today. From April 1, 2026 the limit for Meridian Sync rises to 10,000
users. That covers the 6,200 clinical and admin staff you mentioned.

2) Regions. Meridian Vault is hosted in Oregon for US customers, and it
also runs in Frankfurt, Tokyo and Osaka. There is no Virginia region.

3) Compliance. Vault is HIPAA compliant, and we sign a BAA as standard.

Pricing for Vault is $20 per TB per month, and its restore speed is
industry-leading [1]. You'll see the region for each backup policy in
the meridian vault console once the tenant is live.

[1] Source: Gartwell Research, Backup Restore Benchmark, Q4 2025.

Thanks,
Marcus

Marcus Bell | Solutions Consultant, Healthcare
Meridian Data Inc. | 555 Mission St, Suite 2100, San Francisco, CA 94105
+1 (415) 555-0176
"""
T09_DC = "Meridian Vault is hosted in Oregon for US customers, and it\nalso runs in Frankfurt, Tokyo and Osaka."
mail(9, MARCUS, LENA, "2026-03-25 08:47 -0700", "Sync seat limits and Vault regions",
     multipart("alternative", [leaf(M09, charset="utf-8", cte="quoted-printable"),
                               leaf(text_to_html(M09, "Aptos, sans-serif"), "text/html", "utf-8", "quoted-printable")],
               "B_3857382420_1718243321"),
     "7C4A1F0E-2B9D-4E58-A1C3-9F0D6B2E8A47@meridian-data.com",
     [C(S, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per organization\ntoday."),
      C(S, "max_users", 10000, "ok", "From April 1, 2026 the limit for Meridian Sync rises to 10,000\nusers.")]
     + [C(V, "data_centers", x, "ok", T09_DC) for x in ("Oregon", "Frankfurt", "Tokyo", "Osaka")]
     + [C(V, "certifications", "HIPAA", "unverified", "Vault is HIPAA compliant, and we sign a BAA as standard."),
        C(V, "price_per_tb", M(20, "USD", "TB-month"), "ok", "Pricing for Vault is $20 per TB per month")],
     True, mailer=("User-Agent", "Microsoft-MacOutlook/16.94.25021638"))

# ---- 0010 osaka, Shift_JIS base64; deprecated katakana name in subject and body; 前者/後者
M10 = """関西精機株式会社
総務部　田中様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの山本でございます。

先日お問い合わせいただきましたメリディアン・ファイルシンク（現在の製品名はメリディアン シンク）について、ご案内申し上げます。

メリディアン シンクの稼働率SLAは99.99%でございます。
シンクの料金は月額55,000円（税込）で、1ユーザーあたり1TBのストレージをご利用いただけます。

また、バックアップには弊社のメリディアン ボールトもご検討いただけます。メリディアン シンクとメリディアン ボールトの違いについてよくご質問をいただきますが、前者はファイル共有、後者はバックアップのサービスでございます。
後者のデータセンターは東京・大阪の2拠点で、1TBあたり月額2,500円（税抜）でご提供しております。

サポート品質は業界No.1と自負しております。
何卒よろしくお願い申し上げます。

------------------------------------------
メリディアンデータ株式会社　大阪オフィス
営業部　山本 翔太
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6555-0210　携帯 090-5555-0388
------------------------------------------
"""
T10_PRICE = "シンクの料金は月額55,000円（税込）で、1ユーザーあたり1TBのストレージをご利用いただけます。"
T10_V = "後者のデータセンターは東京・大阪の2拠点で、1TBあたり月額2,500円（税抜）でご提供しております。"
mail(10, YAMAMOTO, TANAKA, "2026-03-20 11:02 +0900", "【ご案内】メリディアン・ファイルシンク 導入のご案内",
     leaf(M10, charset="shift_jis", cte="base64"),
     "000001dcb7a2$4e1f5c30$ea5d1490$@osaka.jp.meridian-data.com",
     [TERM(S, "先日お問い合わせいただきましたメリディアン・ファイルシンク（現在の製品名はメリディアン シンク）について"),
      C(S, "sla", 99.99, "conflict", "メリディアン シンクの稼働率SLAは99.99%でございます。"),
      C(S, "monthly_price", M(55000, "JPY", "month", "included"), "ok", T10_PRICE),
      C(S, "storage_per_user", 1 * TB, "ok", T10_PRICE),
      C(V, "data_centers", "Tokyo", "ok", T10_V),
      C(V, "data_centers", "Osaka", "ok", T10_V),
      C(V, "price_per_tb", M(2500, "JPY", "TB-month", "excluded"), "conflict", T10_V),
      PH("ja.superlative-no1", "サポート品質は業界No.1と自負しております。")],
     True, charset="shift_jis", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# ---- 0011 tokyo, UTF-8 base64 alternative; competitor with シンク inside its katakana name
M11 = """小林様

お世話になっております。メリディアンデータ東京オフィスの中村です。

お問い合わせの件、以下のとおり回答いたします。

メリディアン シンクは、2026年4月1日より1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。
同製品は、Windows・Mac・iPhone・Androidでご利用いただけます。なお、Linuxには対応しておりません。
また、同製品はオフライン環境での編集には対応しておりませんので、ご了承ください。

ご検討中の他社製品「クラウドシンクPro」は最大2万ユーザーとのことですが、弊社では1万ユーザーを超える規模のお客様には複数テナント構成をご提案しております。

引き続きよろしくお願いいたします。

中村 美咲
メリディアンデータ株式会社 東京オフィス 営業部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL: 03-6555-0191

2026年4月3日(金) 9:12 小林 直樹 <n.kobayashi@aoba-sekkei.co.jp>:
> 中村様
>
> メリディアン シンクは何ユーザーまで利用可能でしょうか。
> 当社は来期5,000名を超える見込みです。
>
> 株式会社アオバ設計 小林
"""
T11_PLAT = "同製品は、Windows・Mac・iPhone・Androidでご利用いただけます。"
mail(11, NAKAMURA, KOBAYASHI, "2026-04-06 13:25 +0900", "Re: メリディアン シンクの利用人数上限について",
     multipart("alternative", [leaf(M11, charset="utf-8", cte="base64"),
                               leaf(text_to_html(M11, "游ゴシック, sans-serif"), "text/html", "utf-8", "base64")],
               "----=_NextPart_000_0041_01DCC5A1.7E3B9F20"),
     "TYCP286MB2741A0B3C4D5E6F7A8B9C0D1E2F3TYCP286MB2741@TYCP286MB2741.JPNP286.PROD.OUTLOOK.COM",
     [C(S, "max_users", 10000, "ok", "メリディアン シンクは、2026年4月1日より1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。")]
     + [C(S, "supported_platforms", p, "ok", T11_PLAT) for p in ("Windows", "macOS", "iOS", "Android")]
     + [C(S, "offline_mode", False, "ok", "また、同製品はオフライン環境での編集には対応しておりませんので、ご了承ください。")],
     True)

# ---- 0012 london forwards an attached us-hq message (message/rfc822); "It" in bullets
M12_OUTER = """Hi Tunde,

Following up on your reporting questions. I asked Marcus in our San
Francisco office, who looks after the Meridian Insight benchmarks, and
his note is attached.

On price, Meridian Insight is £25 per user per month, as Priya mentioned
in March. Your 40-seat pilot would run from 1 May to 31 July.

Best regards,
Oliver

Oliver Hartley
Solutions Architect | Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG | +44 20 7946 0388
"""
M12_INNER = """Oliver,

Numbers for Halden & Price, straight from the performance brief:

- Meridian Insight returns queries in under 2 seconds (p95, 100M-row workspace).
- It supports up to 200 dashboards per workspace.
- It comes with 120 pre-built connectors.

Shout if they need the full brief (doc ref PB-INS-1.3).

Marcus
"""
_inner_date, _ = rfc_date("2026-04-13 16:02 -0700")
M12_ATT = message([("From", addr(*MARCUS)), ("To", addr(*OLIVER)), ("Subject", "Insight numbers for Halden & Price"),
                   ("Date", _inner_date), ("Message-ID", "<A93F0C21-5D7E-4B8A-9E16-3C2F0B7D4E95@meridian-data.com>"),
                   ("MIME-Version", "1.0")], leaf(M12_INNER, charset="us-ascii", cte="7bit"))
mail(12, OLIVER, TUNDE, "2026-04-14 09:31 +0100", "FW: Insight numbers for Halden & Price",
     multipart("mixed", [leaf(M12_OUTER, charset="utf-8", cte="quoted-printable"),
                         b"Content-Type: message/rfc822\r\nContent-Disposition: attachment;\r\n\tfilename=\"Insight numbers for Halden & Price.eml\"\r\n\r\n" + M12_ATT],
               "_004_LO4P265MB6122E8B1C0A7F9D3B24C7E15LO4P265MB6122GBRP_"),
     "LO4P265MB6122E8B1C0A7F9D3B24C7E15@LO4P265MB6122.GBRP265.PROD.OUTLOOK.COM",
     [C(I, "per_user_price", M(25, "GBP", "user-month"), "ok", "On price, Meridian Insight is £25 per user per month, as Priya mentioned\nin March."),
      C(I, "query_latency", D(2, "seconds"), "ok", "- Meridian Insight returns queries in under 2 seconds (p95, 100M-row workspace).", True, "us-hq"),
      C(I, "max_dashboards", 200, "ok", "- It supports up to 200 dashboards per workspace.", True, "us-hq"),
      C(I, "integrations", 120, "unverified", "- It comes with 120 pre-built connectors.", True, "us-hq")],
     True, mailer=("X-MS-Has-Attach", "yes"))

# ---- 0013 osaka, ISO-2022-JP; 本製品 / 同製品; tax-included price; unverified; absolute phrase
M13 = """大和化成株式会社
情報システム課　森様

いつもお世話になっております。
メリディアンデータ大阪オフィスの藤田でございます。

ご依頼いただいておりましたメリディアン インサイトのお見積りをお送りいたします。
メリディアン インサイトの料金は、1ユーザーあたり月額4,400円（税込）です。
ご利用予定の50名様分で、月額220,000円（税込）となります。

本製品の画面は日本語・英語を含む12言語に対応しております。
同製品のダッシュボードは最大500個まで作成可能です。
また、本製品のクエリ応答時間は最大2秒です。

なお、バックアップについては、メリディアン ボールトと組み合わせていただければ、データが失われることは絶対にございません。

お見積書（MDO-2026-0420-03）を添付いたしますので、ご確認のほどよろしくお願いいたします。

------------------------------------------
メリディアンデータ株式会社　大阪オフィス
営業部　藤田 彩
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6555-0214
------------------------------------------
"""
mail(13, FUJITA, MORI, "2026-04-20 15:48 +0900", "メリディアン インサイト お見積りの件",
     leaf(M13, charset="iso-2022-jp", cte="7bit"),
     "20260420154803.B71C.a.fujita@osaka.jp.meridian-data.com",
     [C(I, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", "メリディアン インサイトの料金は、1ユーザーあたり月額4,400円（税込）です。"),
      C(I, "ui_languages", 12, "unverified", "本製品の画面は日本語・英語を含む12言語に対応しております。"),
      C(I, "max_dashboards", 500, "conflict", "同製品のダッシュボードは最大500個まで作成可能です。"),
      C(I, "query_latency", D(2, "seconds"), "ok", "また、本製品のクエリ応答時間は最大2秒です。"),
      PH("ja.absolute", "データが失われることは絶対にございません。")],
     True, charset="iso-2022-jp", mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"))

# ---- 0014 london reply to a partner; deprecated name in own text, file name and Outlook-quoted text
M14 = """Hi Sam,

Quick answers below. One housekeeping point first: Meridian FileSync was
renamed Meridian Sync some time ago, so please use the new name in
anything that goes to the client. The old datasheet ("Meridian FileSync
Overview 2024.pdf") is out of date too; the current one is at
https://www.meridian-data.com/products/meridian-sync/datasheet.

- Users: Meridian Sync supports up to 10,000 users per organisation.
- Storage: 1 TB per user on Sync.
- Offline: no, Sync does not have an offline mode.
- Certifications: Sync holds ISO 27001 and SOC 2 Type II. It is not
  FedRAMP authorised, and there are no plans for that in the UK.

Meridian Sync lists at £329 per month; your partner margin stays at 20%
as agreed in the reseller agreement (ref. BW-2025-07).

Cheers,
Oliver

Oliver Hartley
Solutions Architect | Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG | +44 20 7946 0388

From: Sam Hughes <sam.hughes@brightwater-it.co.uk>
Sent: 08 May 2026 16:40
To: Oliver Hartley <oliver.hartley@uk.meridian-data.com>
Subject: FileSync questions from your client

Hi Oliver,

Our client (approx. 2,300 staff, offices in Leeds and York) is asking
about Meridian FileSync. Their IT manager believes it works offline and
runs on Linux desktops. Can you confirm users, storage, offline and certs?

Thanks,
Sam

Sam Hughes | Brightwater IT Solutions Ltd
Unit 4, Kirkstall Forge, Leeds LS5 3BT | 0113 496 0755
"""
T14_REP = "Their IT manager believes it works offline and\nruns on Linux desktops."
mail(14, OLIVER, SAM, "2026-05-11 10:02 +0100", "RE: FileSync questions from your client",
     leaf(M14, charset="utf-8", cte="quoted-printable"),
     "LO4P265MB61229D04E2A1B7C8F3E90A6DLO4P265MB6122@LO4P265MB6122.GBRP265.PROD.OUTLOOK.COM",
     [TERM(S, "Meridian FileSync was\nrenamed Meridian Sync some time ago"),
      C(S, "max_users", 10000, "ok", "- Users: Meridian Sync supports up to 10,000 users per organisation."),
      C(S, "storage_per_user", 1 * TB, "ok", "- Storage: 1 TB per user on Sync."),
      C(S, "offline_mode", False, "ok", "- Offline: no, Sync does not have an offline mode."),
      C(S, "certifications", "ISO 27001", "ok", "- Certifications: Sync holds ISO 27001 and SOC 2 Type II."),
      C(S, "certifications", "SOC 2 Type II", "ok", "- Certifications: Sync holds ISO 27001 and SOC 2 Type II."),
      C(S, "monthly_price", M(329, "GBP", "month"), "ok", "Meridian Sync lists at £329 per month"),
      C(S, "offline_mode", True, "conflict", T14_REP, True, "unknown"),
      C(S, "supported_platforms", "Linux", "conflict", T14_REP, True, "unknown")],
     True, mailer=("X-MS-Has-Attach", ""))

# ---- 0015 us-hq, HTML-only campaign mail; name in URLs; "unlimited"
M15 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Meridian Insight beta</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">
<tr><td>
<p>Hi Lena,</p>
<p>Thanks for signing up for early access. Meridian Insight is scheduled for general availability in January 2027, and the beta is open to Evergreen today.</p>
<p>Pricing after GA will be $30 per user per month for Meridian Insight, billed annually.</p>
<p>Every beta workspace starts with a 14-day free trial of Meridian Insight, with unlimited dashboards while the beta lasts.</p>
<p>Join the 1,200 teams already testing Meridian Insight: <a href="https://www.meridian-data.com/insight/beta?utm_source=hs&amp;utm_medium=email&amp;utm_campaign=insight-beta-2026q2">https://www.meridian-data.com/insight/beta</a></p>
<p>Marcus Bell<br>Solutions Consultant, Healthcare<br>Meridian Data Inc., 555 Mission St, Suite 2100, San Francisco, CA 94105</p>
</td></tr>
<tr><td style="font-size:11px;color:#7b8794">You are receiving this because you asked about Meridian Insight. <a href="https://www.meridian-data.com/unsubscribe?u=8f3c2a91">Unsubscribe</a></td></tr>
</table></td></tr></table>
</body></html>
"""
mail(15, MARCUS, LENA, "2026-05-19 07:30 -0700", "Meridian Insight beta - early access for Evergreen",
     leaf(M15, "text/html", "utf-8", "quoted-printable"),
     "1716128400.7c2e9b41d3a8@bf03.hubspotemail.net",
     [C(I, "general_availability", "2027-01", "ok", "Meridian Insight is scheduled for general availability in January 2027"),
      C(I, "per_user_price", M(30, "USD", "user-month"), "ok", "Pricing after GA will be $30 per user per month for Meridian Insight, billed annually."),
      C(I, "free_trial", D(14, "days"), "conflict", "Every beta workspace starts with a 14-day free trial of Meridian Insight, with unlimited dashboards while the beta lasts."),
      PH("en.unlimited", "with unlimited dashboards while the beta lasts")],
     False, mailer=("X-Mailer", "HubSpot Sequences"))

# ---- 0016 tokyo correction (誤/正); Outlook JP quote block with the customer's reported claim
M16 = """鈴木様

お世話になっております。メリディアンデータ東京オフィスの佐藤でございます。

ご指摘いただいたRPOの件、確認いたしましたところ、先日のご案内に誤りがございました。
大変失礼いたしました。以下のとおり訂正させていただきます。

　メリディアン・ボールトのRPO：（誤）5分　→　（正）15分

代理店様からのご案内のとおり、15分が正しい値でございます。

あわせて、ご質問のあった容量について補足いたします。ボールトは1テナントあたり最大500TBまで保存でき、保存データはすべてAES-256で暗号化されます。

引き続きどうぞよろしくお願いいたします。

佐藤 健一
メリディアンデータ株式会社　東京オフィス　営業部
TEL: 03-6555-0187

-----Original Message-----
From: 鈴木 一郎 <suzuki@minato-lease.co.jp>
Sent: Tuesday, March 24, 2026 5:41 PM
To: 佐藤 健一 <k.sato@jp.meridian-data.com>
Subject: Re: メリディアン ボールトのご提案について

佐藤様

お世話になっております。ミナトリースの鈴木です。
早速のご回答、ありがとうございました。

一点確認させてください。
以前、代理店の方からは「メリディアン・ボールトのRPOは15分」と伺っておりました。
今回のご回答では5分とのことですが、どちらが正しいのでしょうか。
"""
T16_CAP = "ボールトは1テナントあたり最大500TBまで保存でき、保存データはすべてAES-256で暗号化されます。"
mail(16, SATO, SUZUKI, "2026-03-26 09:15 +0900", "RE: メリディアン ボールトのご提案について",
     leaf(M16, charset="iso-2022-jp", cte="7bit"),
     "TYWP286MB3318F0A1B2C3D4E5F60718293A4BTYWP286MB3318@TYWP286MB3318.JPNP286.PROD.OUTLOOK.COM",
     [C(V, "rpo", D(15, "minutes"), "ok", "メリディアン・ボールトのRPO：（誤）5分　→　（正）15分"),
      C(V, "max_storage", 500 * TB, "ok", T16_CAP),
      C(V, "encryption", "AES-256", "ok", T16_CAP),
      C(V, "rpo", D(15, "minutes"), "ok", T08_REP, True, "unknown")],
     True, charset="iso-2022-jp", in_reply_to="b3e5c1d0-77a2-4f61-9c2e-5d8a0f3b6e21@minato-lease.co.jp",
     mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# ---- 0017 london, 8bit UTF-8; product name inside a file name; rto unverified; zero downtime
M17 = """Hi Tunde,

Attached is the sizing sheet (MeridianVault-sizing-HaldenPrice-v3.xlsx).
A few headline numbers from it:

Your current footprint is 38 TB, growing by roughly 6 TB a year, so even
the five-year projection stays well clear of the ceiling. Meridian Vault
scales to 0.5 PB per tenant.

Vault encrypts everything at rest with AES-256, and a full matter
workspace is typically back online within 4 hours with Vault.

We can move your existing backups across with zero downtime over a
weekend of your choosing.

All the best,
Priya

Priya Raman | Account Director, UK & Ireland | Meridian Data UK Ltd
T: +44 20 7946 0321 | M: +44 7700 900461
"""
mail(17, PRIYA, TUNDE, "2026-06-15 16:20 +0100", "Meridian Vault sizing for Halden & Price",
     leaf(M17, charset="utf-8", cte="8bit"),
     "4a7d2c90-1e3b-4f88-b5a6-0c9e7d3f2b18@uk.meridian-data.com",
     [C(V, "max_storage", 500 * TB, "ok", "Meridian Vault\nscales to 0.5 PB per tenant."),
      C(V, "encryption", "AES-256", "ok", "Vault encrypts everything at rest with AES-256"),
      C(V, "rto", D(4, "hours"), "unverified", "a full matter\nworkspace is typically back online within 4 hours with Vault."),
      PH("en.guarantee", "We can move your existing backups across with zero downtime")],
     False, mailer=("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.9.2"))

# ---- 0018 osaka, ISO-2022-JP; name split across a line break; sourced No.1; denied member
M18 = """関西精機株式会社
総務部　田中様

いつもお世話になっております。メリディアンデータ大阪オフィスの山本です。
先日のお電話でご質問いただいた件につき、ご回答いたします。

ご質問いただいた端末数の上限につきまして、メリディアン
シンクでは1ユーザーあたり5台までの端末でご利用いただけます。

また、ISMAPについてもお問い合わせいただきましたが、同製品はISMAPには登録しておりません。
同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。

なお、メリディアン シンクは国内の法人向けファイル共有サービスで導入社数No.1※です。
※2026年5月 関西ITリサーチ調べ

ご契約は12か月単位となります。引き続きよろしくお願いいたします。

------------------------------------------
メリディアンデータ株式会社　大阪オフィス
営業部　山本 翔太
TEL 06-6555-0210　携帯 090-5555-0388
------------------------------------------
"""
T18_CERT = "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。"
mail(18, YAMAMOTO, TANAKA, "2026-07-07 10:40 +0900", "Re: メリディアン シンクの端末数について",
     leaf(M18, charset="iso-2022-jp", cte="7bit"),
     "000601dd0e1f$8a2b3c40$9e8d7c60$@osaka.jp.meridian-data.com",
     [C(S, "max_devices", 5, "unverified", "メリディアン\nシンクでは1ユーザーあたり5台までの端末でご利用いただけます。"),
      C(S, "certifications", "ISO 27001", "ok", T18_CERT),
      C(S, "certifications", "SOC 2 Type II", "ok", T18_CERT)],
     False, charset="iso-2022-jp", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# ---- 0019 us-hq; lower-case name; deprecated name inside a URL; "it" in the same sentence; under a second
M19 = """Hi Jorge,

Good news on the expansion. Since April your meridian sync tenant can hold
up to 10,000 users. Adding the Carson City and Sparks depots, about 1,400
more people, is no problem at all.

Admins can check seat usage at
https://help.meridian-data.com/MeridianFileSync/admin/seat-limits (the old help
URL still redirects to the current page).

We're also holding your 2026 rate of $351 a month through the renewal,
which is the 12% multi-year discount carried over.

For the depots' local file servers, Meridian Vault would be the natural
fit: it keeps backups for 90 days by default and costs $20 per TB per
month.

And since you asked about reporting: Meridian Insight will be generally
available in January 2027. It offers a 30-day free trial, and queries
typically return in under a second.

Best,
Dana

--
Dana Whitfield
Senior Account Executive, West
Meridian Data Inc.
555 Mission Street, Suite 2100, San Francisco, CA 94105
Office +1 415 555 0142 | Mobile +1 415 555 0199
"""
T19_V = "Meridian Vault would be the natural\nfit: it keeps backups for 90 days by default and costs $20 per TB per\nmonth."
T19_I = "It offers a 30-day free trial, and queries\ntypically return in under a second."
mail(19, DANA, JORGE, "2026-08-24 11:05 -0700", "Northwind expansion - Sync seats, Vault and Insight",
     multipart("alternative", [leaf(M19, charset="utf-8", cte="quoted-printable"),
                               leaf(text_to_html(M19, "arial, sans-serif"), "text/html", "utf-8", "quoted-printable")],
               "0000000000007d4e91065a3f2c08"),
     "CAHx8Kq1Zr8mT0wB4nV6yP2sL9dF3gJ5kX7cQ+hE@mail.gmail.com",
     [C(S, "max_users", 10000, "ok", "Since April your meridian sync tenant can hold\nup to 10,000 users."),
      C(V, "retention", D(90, "days"), "ok", T19_V),
      C(V, "price_per_tb", M(20, "USD", "TB-month"), "ok", T19_V),
      C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally\navailable in January 2027."),
      C(I, "free_trial", D(30, "days"), "ok", T19_I),
      C(I, "query_latency", D(1, "seconds"), "conflict", T19_I)],
     False)

# ---- 0020 tokyo, UTF-8 base64 alternative; short name ボールト with no full name in the message
M20 = """小林様

いつもお世話になっております。メリディアンデータ東京オフィスの中村でございます。

先日お問い合わせいただいた、メリディアン・インサイトの正式リリース時期についてご案内いたします。
同製品の正式リリースは2026年10月を予定しております。
同製品はそれまでの間、ベータ版を30日間の無料トライアルとしてお試しいただけます。
同製品の料金は、1ユーザーあたり月額4,000円（税込）を予定しております。

なお、先日お話に出たバックアップの「ボールト」は、東京と大阪のデータセンターで運用しており、保持期間は標準で90日間です。詳細は別途ご案内いたします。

引き続きよろしくお願いいたします。

中村 美咲
メリディアンデータ株式会社 東京オフィス 営業部
TEL: 03-6555-0191
"""
mail(20, NAKAMURA, KOBAYASHI, "2026-09-09 14:02 +0900", "メリディアン インサイト 正式リリース時期のご案内",
     multipart("alternative", [leaf(M20, charset="utf-8", cte="base64"),
                               leaf(text_to_html(M20, "游ゴシック, sans-serif"), "text/html", "utf-8", "base64")],
               "----=_NextPart_000_0107_01DD2061.A3C4E5F0"),
     "TYCP286MB27419B8C7D6E5F4A3B2C1D0E9F8ATYCP286MB2741@TYCP286MB2741.JPNP286.PROD.OUTLOOK.COM",
     [C(I, "general_availability", "2026-10", "conflict", "同製品の正式リリースは2026年10月を予定しております。"),
      C(I, "free_trial", D(30, "days"), "ok", "同製品はそれまでの間、ベータ版を30日間の無料トライアルとしてお試しいただけます。"),
      C(I, "per_user_price", M(4000, "JPY", "user-month", "included"), "conflict", "同製品の料金は、1ユーザーあたり月額4,000円（税込）を予定しております。")],
     True)

# ---- 0021 london, windows-1252 QP; short name before the full name (no claim); office-variant
M21 = """Hi Amelia,

As requested, Sync is licensed per organisation rather than per seat, and
Sync handles up to 10,000 users, so your growth plans are covered.

Here is the bundle in full.

Meridian Sync is £329 a month for the whole organisation (our US
colleagues list it at $399 a month). It is ISO 27001 and
Cyber Essentials Plus certified.

Meridian Vault is £16 per TB per month, and Vault comes with a 99.99%
availability SLA.

For your 11 TB of backups that comes to about £176 a month.

Kind regards,
Oliver

Oliver Hartley
Solutions Architect | Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG | +44 20 7946 0388
Registered in England and Wales, company no. 09876543.
"""
T21_PRICE = "Meridian Sync is £329 a month for the whole organisation (our US\ncolleagues list it at $399 a month)."
T21_CERT = "It is ISO 27001 and\nCyber Essentials Plus certified."
T21_V = "Meridian Vault is £16 per TB per month, and Vault comes with a 99.99%\navailability SLA."
mail(21, OLIVER, AMELIA, "2026-09-30 09:12 +0100", "Sync + Vault bundle for Carraway",
     leaf(M21, charset="windows-1252", cte="quoted-printable"),
     "LO4P265MB6122A1C3E5F7092B4D6F8A0C2E4BLO4P265MB6122@LO4P265MB6122.GBRP265.PROD.OUTLOOK.COM",
     [C(S, "monthly_price", M(329, "GBP", "month"), "ok", T21_PRICE),
      C(S, "monthly_price", M(399, "USD", "month"), "office-variant", T21_PRICE),
      C(S, "certifications", "ISO 27001", "ok", T21_CERT),
      C(S, "certifications", "Cyber Essentials Plus", "conflict", T21_CERT),
      C(V, "price_per_tb", M(16, "GBP", "TB-month"), "ok", T21_V),
      C(V, "sla", 99.99, "conflict", T21_V)],
     True, charset="windows-1252")

# ---- 0022 osaka, UTF-8 QP; listed variants ヴォールト / メリディアンVault; cheapest phrase
M22 = """大和化成株式会社
情報システム課　森様

いつもお世話になっております。
メリディアンデータ大阪オフィスの藤田でございます。

先日ご相談いただいたバックアップの件、メリディアン ヴォールトをご提案いたします。

メリディアン ヴォールトのデータ保持期間は、標準で30日間です。
また、メリディアンVaultの容量上限は1テナントあたり1PBまで拡張可能です。
同製品の料金は1TBあたり月額3,080円（税込）で、業界最安水準となっております。

ご不明点などございましたら、お気軽にお申し付けください。

------------------------------------------
メリディアンデータ株式会社　大阪オフィス
営業部　藤田 彩
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6555-0214
------------------------------------------
"""
T22_PRICE = "同製品の料金は1TBあたり月額3,080円（税込）で、業界最安水準となっております。"
mail(22, FUJITA, MORI, "2026-10-20 10:05 +0900", "メリディアン ヴォールトのご提案（バックアップ）",
     leaf(M22, charset="utf-8", cte="quoted-printable"),
     "20261020100511.C3D9.a.fujita@osaka.jp.meridian-data.com",
     [C(V, "retention", D(30, "days"), "conflict", "メリディアン ヴォールトのデータ保持期間は、標準で30日間です。"),
      C(V, "max_storage", 1000 * TB, "conflict", "また、メリディアンVaultの容量上限は1テナントあたり1PBまで拡張可能です。"),
      C(V, "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok", T22_PRICE),
      PH("ja.cheapest", T22_PRICE)],
     True)

# ================================================================== documents (judged as of DOC_AS_OF)
DOCS = []   # (path, text, encoding, items)

D_US = """# Proposal: Meridian Vault and Meridian Sync for Northwind Logistics

Prepared for: Jorge Alvarez, Director of IT Operations, Northwind Logistics Inc.
Prepared by: Dana Whitfield, Meridian Data Inc.
Date: November 18, 2026 · Reference: NW-2026-114

## 1. Summary

Northwind runs 14 depots across Nevada and Northern California and has about
1,850 staff today, rising to roughly 3,250 once the Carson City and Sparks
depots open. This proposal adds managed backup for the depot file servers and
keeps the existing file-sharing tenant in place.

## 2. Meridian Vault

Meridian Vault backs up the depot file servers and the TMS database.

- Recovery point objective: 15 minutes.
- Default retention: 90 days; longer retention can be set per policy.
- Data centers: Oregon, with Frankfurt available for the EU subsidiary.
- Encryption: AES-256 at rest.
- Capacity: up to 1 PB per tenant.

Vault's restore performance is best-in-class, and restores can be started from
the same console your team already uses.

Datasheet: [Meridian Vault datasheet (PDF)](https://www.meridian-data.com/assets/meridian-vault-datasheet-2026.pdf)

## 3. Meridian Sync

Meridian Sync supports up to 10,000 users per organization, and each user gets
1 TB of storage.

Clients are available for Windows, macOS, iOS and Android. The availability SLA
is 99.9%.

Old bookmarks to https://help.meridian-data.com/MeridianFileSync/ still redirect
to the current help centre.

## 4. Pricing

| Item | Billing unit | List price (USD per month) |
|---|---|---|
| Meridian Sync | per organization | $399 |
| Meridian Vault | per TB | $20 |
| Meridian Insight (from GA, January 2027) | per user | $30 |

A 12% multi-year discount applies to the three-year term; see order form
NW-2026-114-OF for the deal totals.
"""
DOCS.append(("docs/us-hq/northwind-vault-sync-proposal.md", D_US, "utf-8", [
    C(V, "rpo", D(15, "minutes"), "ok", "- Recovery point objective: 15 minutes."),
    C(V, "retention", D(90, "days"), "ok", "- Default retention: 90 days; longer retention can be set per policy."),
    C(V, "data_centers", "Oregon", "ok", "- Data centers: Oregon, with Frankfurt available for the EU subsidiary."),
    C(V, "data_centers", "Frankfurt", "ok", "- Data centers: Oregon, with Frankfurt available for the EU subsidiary."),
    C(V, "encryption", "AES-256", "ok", "- Encryption: AES-256 at rest."),
    C(V, "max_storage", 1000 * TB, "conflict", "- Capacity: up to 1 PB per tenant."),
    PH("en.superlative", "Vault's restore performance is best-in-class"),
    C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization"),
    C(S, "storage_per_user", 1 * TB, "ok", "Meridian Sync supports up to 10,000 users per organization, and each user gets\n1 TB of storage."),
] + [C(S, "supported_platforms", p, "ok", "Clients are available for Windows, macOS, iOS and Android.") for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(S, "sla", 99.9, "ok", "The availability SLA\nis 99.9%."),
    C(S, "monthly_price", M(399, "USD", "month"), "ok", "| Meridian Sync | per organization | $399 |"),
    C(V, "price_per_tb", M(20, "USD", "TB-month"), "ok", "| Meridian Vault | per TB | $20 |"),
    C(I, "per_user_price", M(30, "USD", "user-month"), "ok", "| Meridian Insight (from GA, January 2027) | per user | $30 |"),
    C(I, "general_availability", "2027-01", "ok", "| Meridian Insight (from GA, January 2027) | per user | $30 |"),
]))

D_UK = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meridian Vault &amp; Meridian Insight - Proposal for Halden &amp; Price LLP</title>
<style>
 body { font-family: Georgia, serif; max-width: 46em; margin: 2em auto; color: #222; }
 table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: .3em .6em; }
</style>
</head>
<body>
<h1>Meridian Vault &amp; Meridian Insight</h1>
<p class="sub">Proposal for Halden &amp; Price LLP &middot; 12 Gresham Street, London EC2V 7JE &middot; ref. HP-2026-031 &middot; 9 November 2026</p>

<h2>1. What we propose</h2>
<p>We propose Meridian Vault for the document management system backups and Meridian Insight for matter reporting. The former stores up to 500 TB per tenant; the latter supports up to 200 dashboards per workspace.</p>
<p>Meridian Insight query latency: <del>under 1 second</del> within 2 seconds at p95.</p>
<p>We suggest a risk-free pilot with the 40 fee-earners in the Commercial Property team.</p>

<h2>2. Side by side</h2>
<table>
<caption>Service summary (prices per month, excluding VAT)</caption>
<thead>
<tr><th>Your requirement</th><th>Meridian Vault</th><th>Meridian Insight</th></tr>
</thead>
<tbody>
<tr><td>Availability SLA</td><td>99.95%</td><td>&ndash;</td></tr>
<tr><td>Recovery point (you asked for 30 minutes or better)</td><td>15 minutes</td><td>n/a</td></tr>
<tr><td>Data centre for UK clients</td><td>Frankfurt</td><td>Frankfurt</td></tr>
<tr><td>Price</td><td>&pound;16 per TB</td><td>&pound;25 per user</td></tr>
<tr><td>Free trial</td><td>n/a</td><td>30 days</td></tr>
</tbody>
</table>

<h2>3. Next steps</h2>
<p>Workshop with the IT and Risk teams on 24 November 2026 at 10:00; contract start 1 January 2027.</p>

<footer>
<p>Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG. Registered in England and Wales, company no. 09876543. VAT GB 123 4567 89.</p>
</footer>
</body>
</html>
"""
DOCS.append(("docs/london/halden-price-vault-insight-proposal.html", D_UK, "utf-8", [
    C(V, "max_storage", 500 * TB, "ok", "The former stores up to 500 TB per tenant; the latter supports up to 200 dashboards per workspace."),
    C(I, "max_dashboards", 200, "ok", "The former stores up to 500 TB per tenant; the latter supports up to 200 dashboards per workspace."),
    C(I, "query_latency", D(2, "seconds"), "ok", "Meridian Insight query latency: <del>under 1 second</del> within 2 seconds at p95."),
    PH("en.guarantee", "We suggest a risk-free pilot"),
    C(V, "sla", 99.95, "ok", "<tr><td>Availability SLA</td><td>99.95%</td><td>&ndash;</td></tr>"),
    C(V, "rpo", D(15, "minutes"), "ok", "<tr><td>Recovery point (you asked for 30 minutes or better)</td><td>15 minutes</td><td>n/a</td></tr>"),
    C(V, "data_centers", "Frankfurt", "ok", "<tr><td>Data centre for UK clients</td><td>Frankfurt</td><td>Frankfurt</td></tr>"),
    C(I, "data_centers", "Frankfurt", "unverified", "<tr><td>Data centre for UK clients</td><td>Frankfurt</td><td>Frankfurt</td></tr>"),
    C(V, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "<tr><td>Price</td><td>&pound;16 per TB</td><td>&pound;25 per user</td></tr>"),
    C(I, "per_user_price", M(25, "GBP", "user-month", "excluded"), "ok", "<tr><td>Price</td><td>&pound;16 per TB</td><td>&pound;25 per user</td></tr>"),
    C(I, "free_trial", D(30, "days"), "ok", "<tr><td>Free trial</td><td>n/a</td><td>30 days</td></tr>"),
]))

D_TK = """# メリディアン ボールト ご提案書

株式会社ミナトリース 御中
2026年11月16日
メリディアンデータ株式会社 東京オフィス 営業部 佐藤 健一

## 1. ご提案の概要

本書では、御社基幹システムのバックアップ基盤として、メリディアン ボールトをご提案いたします。
御社の現在のデータ量は約38TBで、今後3年間で約55TBまで増加する見込みと伺っております。

## 2. 主な仕様

| 項目 | 内容 |
|---|---|
| RPO（目標復旧時点） | 15分 |
| 標準の保持期間 | 90日間 |
| データセンター | 東京・大阪 |
| 暗号化方式 | AES-256 |
| 1テナントあたりの最大容量 | 500TB |
| 稼働率SLA | 99.95% |

## 3. お見積り

表1：メリディアン ボールト 単価（金額はすべて税抜）

| 項目 | 単価 |
|---|---|
| 容量課金（1TBあたり月額） | 2,800円 |
| 初期設定支援 | 150,000円 |

お見積り総額（38TB・12か月分）は、別紙お見積書 MDT-2026-0412 をご参照ください。

## 4. メリディアン ボールトとメリディアン シンクの役割分担

御社ではメリディアン シンクもすでにご利用いただいております。両製品の役割は異なり、前者はバックアップ、後者はファイル共有を担います。
後者は2026年4月より1テナントあたり最大1万ユーザーまで拡張されております。
シンクのストレージは1ユーザーあたり1TBですので、ファイル共有側の容量はこれまでどおりです。

## 5. 導入実績

メリディアン ボールトは、国内法人向けクラウドバックアップの顧客満足度調査でNo.1※を獲得しております。

※2026年8月 日経クラウド研究所調べ（国内法人向けクラウドバックアップ8製品を対象）
"""
T_TK_S = "シンクのストレージは1ユーザーあたり1TBですので、ファイル共有側の容量はこれまでどおりです。"
DOCS.append(("docs/tokyo/minato-lease-vault-teian.md", D_TK, "utf-8", [
    C(V, "rpo", D(15, "minutes"), "ok", "| RPO（目標復旧時点） | 15分 |"),
    C(V, "retention", D(90, "days"), "ok", "| 標準の保持期間 | 90日間 |"),
    C(V, "data_centers", "Tokyo", "ok", "| データセンター | 東京・大阪 |"),
    C(V, "data_centers", "Osaka", "ok", "| データセンター | 東京・大阪 |"),
    C(V, "encryption", "AES-256", "ok", "| 暗号化方式 | AES-256 |"),
    C(V, "max_storage", 500 * TB, "ok", "| 1テナントあたりの最大容量 | 500TB |"),
    C(V, "sla", 99.95, "ok", "| 稼働率SLA | 99.95% |"),
    C(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "| 容量課金（1TBあたり月額） | 2,800円 |"),
    C(S, "max_users", 10000, "ok", "後者は2026年4月より1テナントあたり最大1万ユーザーまで拡張されております。"),
    C(S, "storage_per_user", 1 * TB, "ok", T_TK_S),
]))

D_OS = """関西精機株式会社 様

　　メリディアン シンク 導入ご提案書（改訂第2版）

2026年11月10日
メリディアンデータ株式会社 大阪オフィス 営業部 山本 翔太
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F　TEL 06-6555-0210


1. 背景

貴社では2019年より、旧製品であるメリディアン・ファイルシンクをご利用いただいて
おります。本提案は、現行環境から後継製品であるメリディアン
シンクへの移行を前提としております。


2. 主な仕様

・メリディアン シンクの最大ユーザー数：1テナントあたり10,000ユーザー
・本製品のストレージ容量：1ユーザーあたり1TB
・本製品の対応OS：Windows、macOS、iOS、Android、Linux
・本製品の稼働率SLA：99.9％
・本製品はオフラインでもご利用いただけます（出張先や工場内でも編集可能）


3. 料金

本提案におけるメリディアン
シンクの月額料金は55,000円（税込）です。
今回のお見積り：月額55,000円（税込）×36か月＝1,980,000円（税込）


4. あわせてご検討いただきたい製品

メリディアン ボールトとメリディアン インサイトもあわせてご検討いただけます。
前者のRPOは15分で、データは大阪と東京のデータセンターに保管されます。
後者は2027年1月の正式リリースまでベータ版としてご提供しており、30日間の無料トライアルが可能です。
前者をご利用いただければ、ランサムウェアによるデータ消失の心配は完全にゼロです。

以上
"""
T_OS_PLAT = "・本製品の対応OS：Windows、macOS、iOS、Android、Linux"
T_OS_V = "前者のRPOは15分で、データは大阪と東京のデータセンターに保管されます。"
T_OS_I = "後者は2027年1月の正式リリースまでベータ版としてご提供しており、30日間の無料トライアルが可能です。"
DOCS.append(("docs/osaka/kansai-seiki-sync-teian.txt", D_OS, "utf-8", [
    TERM(S, "旧製品であるメリディアン・ファイルシンクをご利用いただいて"),
    C(S, "max_users", 10000, "ok", "・メリディアン シンクの最大ユーザー数：1テナントあたり10,000ユーザー"),
    C(S, "storage_per_user", 1 * TB, "ok", "・本製品のストレージ容量：1ユーザーあたり1TB"),
] + [C(S, "supported_platforms", p, "conflict" if p == "Linux" else "ok", T_OS_PLAT) for p in ("Windows", "macOS", "iOS", "Android", "Linux")] + [
    C(S, "sla", 99.9, "ok", "・本製品の稼働率SLA：99.9％"),
    C(S, "offline_mode", True, "conflict", "・本製品はオフラインでもご利用いただけます（出張先や工場内でも編集可能）"),
    C(S, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "本提案におけるメリディアン\nシンクの月額料金は55,000円（税込）です。"),
    C(V, "rpo", D(15, "minutes"), "ok", T_OS_V),
    C(V, "data_centers", "Osaka", "ok", T_OS_V),
    C(V, "data_centers", "Tokyo", "ok", T_OS_V),
    C(I, "general_availability", "2027-01", "ok", T_OS_I),
    C(I, "free_trial", D(30, "days"), "ok", T_OS_I),
    PH("ja.absolute", "データ消失の心配は完全にゼロです。"),
]))

# an ignored draft (docs/**/drafts/**): wrong on purpose, carries no expected lines
D_DRAFT = """# メリディアン ボールト ご提案書（下書き・社内確認用）

- RPO：5分（要確認）
- 保持期間：30日間？
- メリディアン・ファイルシンクからの移行手順は別紙
"""
DOCS.append(("docs/tokyo/drafts/minato-lease-vault-teian-v0.md", D_DRAFT, "utf-8", None))


# ================================================================== writing + checks
def decoded_texts(raw):
    """Every text part of a message (attached messages included), decoded; HTML also tag-stripped."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content().replace("\r\n", "\n")
            out.append(t)
            if part.get_content_subtype() == "html":
                out.append(html.unescape(re.sub(r"<[^>]+>", "", t)))
    return out


def canon_for_compare(attr, v):
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
        return ("money", round(amt, 2), v["currency"], v["per"])
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]])
    return ("v", v)


def cross_office(archive_lines, dates):
    """Pairs of offices that told customers values that cannot both be right, within 45 days."""
    claims = [c for c in archive_lines if c["type"] == "claim" and c["office"] not in ("unknown", None)
              and c["attribute"] not in SETS]
    found = {}
    for a in claims:
        for b in claims:
            if a["office"] >= b["office"] or (a["product"], a["attribute"]) != (b["product"], b["attribute"]):
                continue
            if abs((dates[a["message_id"]] - dates[b["message_id"]]).days) > 45:
                continue
            ca, cb = canon_for_compare(a["attribute"], a["value"]), canon_for_compare(b["attribute"], b["value"])
            if ca[0] == "money" and ca[2:] != cb[2:]:
                continue
            if ca == cb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            key = (a["product"], a["attribute"], (a["office"], b["office"]))
            f = found.setdefault(key, {"files": set(), "values": {}})
            f["files"].update([a["src"], b["src"]])
            f["values"].setdefault(a["office"], a["value"])
            f["values"].setdefault(b["office"], b["value"])
    return [{"type": "cross-office", "product": p, "attribute": at, "offices": list(offs),
             "file": "mail/archive.mbox", "message_files": sorted(f["files"]), "values": f["values"]}
            for (p, at, offs), f in sorted(found.items())]


def mboxrd(msgs):
    out = []
    for m in msgs:
        body = m["raw"].replace(b"\r\n", b"\n")
        body = re.sub(rb"(?m)^(>*From )", rb">\1", body)
        stamp = m["date"].astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
        out.append(b"From " + m["frm"].encode() + b" " + stamp.encode() + b"\n" + body
                   + (b"" if body.endswith(b"\n") else b"\n") + b"\n")
    return b"".join(out)


ONEVOICE = """# onevoice configuration for evaluation set 68 (SPEC section 6).
rules: ../../shared/eval/rules
paths:
  - glob: "docs/us-hq/**"
    office: us-hq
  - glob: "docs/london/**"
    office: london
  - glob: "docs/tokyo/**"
    office: tokyo
  - glob: "docs/osaka/**"
    office: osaka
ignore: ["**/drafts/**", "README.md", "expected.jsonl", "gen/**"]
"""


def main():
    for d in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    lines, problems, dates = [], [], {}
    order = ("type", "file", "message_id", "kind", "rule", "product", "attribute", "value", "verdict",
             "quoted", "office", "as_of", "text")

    def emit(it, file, mid, office, as_of, src):
        o = dict(it)
        o["file"], o["message_id"] = file, mid
        if o["type"] == "claim":
            o["office"] = o["office"] or office
            o["as_of"] = as_of
        rec = {k: o[k] for k in order if k in o}
        lines.append(rec)
        return dict(rec, src=src)

    archive_claims = []
    for m in sorted(MAILS, key=lambda m: m["n"]):
        name = "mail/%04d.eml" % m["n"]
        with open(os.path.join(ROOT, name), "wb") as fh:
            fh.write(m["raw"])
        texts = decoded_texts(m["raw"])
        for it in m["items"]:
            if not any(it["text"] in t for t in texts):
                problems.append("%s: text not found: %r" % (name, it["text"]))
        as_of = m["date"].strftime("%Y-%m-%d")
        dates[m["mid"]] = m["date"]
        off = office_of(m["frm"])
        for it in m["items"]:
            emit(it, name, m["mid"], off, as_of, name)
    for m in sorted((m for m in MAILS if m["archive"]), key=lambda m: m["date"]):
        name = "mail/%04d.eml" % m["n"]
        off, as_of = office_of(m["frm"]), m["date"].strftime("%Y-%m-%d")
        for it in m["items"]:
            archive_claims.append(emit(it, "mail/archive.mbox", m["mid"], off, as_of, name))
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        fh.write(mboxrd(sorted((m for m in MAILS if m["archive"]), key=lambda m: m["date"])))
    for path, text, enc, items in DOCS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding=enc, newline="\n") as fh:
            fh.write(text)
        office = path.split("/")[1]
        for it in items or []:
            if it["text"] not in text:
                problems.append("%s: text not found: %r" % (path, it["text"]))
            emit(it, path, None, office, DOC_AS_OF, path)
    xo = cross_office(archive_claims, dates)
    lines += xo
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for o in lines:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE)
    for p in problems:
        print("PROBLEM:", p)
    n_arch = sum(1 for m in MAILS if m["archive"])
    print("mails=%d archive=%d docs=%d expected=%d (claims=%d findings=%d cross-office=%d)" % (
        len(MAILS), n_arch, sum(1 for d in DOCS if d[3] is not None), len(lines),
        sum(1 for o in lines if o["type"] == "claim"), sum(1 for o in lines if o["type"] == "finding"), len(xo)))
    for x in xo:
        print("  cross-office", x["product"], x["attribute"], x["offices"], x["message_files"], x["values"])
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
