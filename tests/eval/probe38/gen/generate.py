#!/usr/bin/env python3
"""Evaluation set 38 (partners and resellers) for onevoice: writes mail/, docs/,
.onevoice.yaml and expected.jsonl from this one file. Stdlib only, deterministic.

    python3 gen/generate.py          # from anywhere; writes beside gen/
"""
import base64, datetime, email.utils, html, io, json, os, quopri, re, shutil, zipfile
from email.header import Header

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_AS_OF = "2026-11-22"
RECORDS = []


# ---------------------------------------------------------------- values
def money(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


TB = 10 ** 12


# ---------------------------------------------------------------- MIME helpers
def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, address), charset=charset)


def subj(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76, header_name="Subject").encode()


CODECS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "windows-1252": "cp1252",
          "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1"}


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=""):
    raw = text.encode(CODECS[charset])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    h = "Content-Type: text/%s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n" % (subtype, charset, extra, cte)
    return h.encode(), body


def multipart(subtype, parts, boundary):
    h = "Content-Type: multipart/%s;\n\tboundary=\"%s\"\n" % (subtype, boundary)
    out = b""
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n" + ph + b"\n" + pb
    out += b"--" + boundary.encode() + b"--\n"
    return h.encode(), out


def rfc822_part(msg_bytes, filename):
    h = ("Content-Type: message/rfc822; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
         % (filename, filename))
    return h.encode(), msg_bytes


def message(headers, part):
    ph, pb = part
    head = "".join("%s: %s\n" % (k, v) for k, v in headers if v is not None)
    return head.encode() + b"MIME-Version: 1.0\n" + ph + b"\n" + pb


def rfcdate(s):
    """'2026-05-06 09:12 -0700' -> RFC 5322 date, and the local date."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M %z")
    return email.utils.format_datetime(d), d


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def html_of(text):
    """A plain mailer's HTML alternative: paragraphs, bullets as list items."""
    out, ul = [], False
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(l[2:]) for l in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div dir=\"ltr\">\n" + "\n".join(out) + "\n</div></body></html>\n")


# ---------------------------------------------------------------- records
class Msg:
    def __init__(self, n, office, mid, date, archive=False):
        self.file, self.office, self.mid, self.as_of = "mail/%04d.eml" % n, office, mid, date
        self.archive, self.records = archive, []

    def claim(self, product, attribute, value, verdict, text, quoted=False, office=None):
        self.records.append({"type": "claim", "file": self.file, "message_id": self.mid, "product": product,
                             "attribute": attribute, "value": value, "verdict": verdict, "quoted": quoted,
                             "office": office or self.office, "as_of": self.as_of, "text": text})

    def phrase(self, rule, text, quoted=False):
        self.records.append({"type": "finding", "file": self.file, "message_id": self.mid, "kind": "phrase",
                             "rule": rule, "product": None, "quoted": quoted, "text": text})

    def term(self, product, text, quoted=False):
        self.records.append({"type": "finding", "file": self.file, "message_id": self.mid, "kind": "terminology",
                             "rule": None, "product": product, "quoted": quoted, "text": text})


class Doc(Msg):
    def __init__(self, path, office):
        self.file, self.office, self.mid, self.as_of, self.archive, self.records = path, office, None, DOC_AS_OF, False, []


MAIL, DOCS = [], []   # (Msg, bytes, datetime)

# ---------------------------------------------------------------- people
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
PRIYA = ("Priya Natarajan", "priya.natarajan@uk.meridian-data.com")
SATO = ("佐藤 健一", "k.sato@jp.meridian-data.com")
NAKAMURA = ("中村 美穂", "m.nakamura@osaka.jp.meridian-data.com")
JASON = ("Jason Ortega", "jason@bluepeak.io")
TOM = ("Tom Beckett", "tom.beckett@northwind-cs.co.uk")
YAMAMOTO = ("山本 拓也", "t.yamamoto@minato-dist.co.jp")
NISHIDA = ("西田 浩二", "nishida@naniwa-ns.co.jp")
MARK = ("Mark Cole", "mark.cole@ridgewayfoods.com")
RACHEL = ("Rachel Osei", "r.osei@harlowfinch.co.uk")
OKAMOTO = ("岡本 直樹", "okamoto@sakai-seiko.co.jp")
HAYASHI = ("林 由紀子", "hayashi@hokushin-logi.co.jp")

SIG_DANA = """-- 
Dana Whitfield | Director, Channel Sales (Americas)
Meridian Data Inc. | 535 Mission Street, 14th Floor, San Francisco, CA 94105
+1 (415) 555-0142 | mobile +1 (628) 555-0199
"""
SIG_JASON = """Jason Ortega
Partner Principal, Bluepeak Systems LLC
1901 S. Congress Ave, Suite 300, Austin, TX 78704
o: 512-555-0177  m: 512-555-0123
"""
SIG_PRIYA = """Priya Natarajan
Partner Manager, EMEA
Meridian Data UK Ltd · 20 Farringdon Road, London EC1M 3HE
T +44 20 7946 0321 · M +44 7700 900 418
Registered in England and Wales, company number 09124577
"""
SIG_TOM = """Tom Beckett
Channel Director | Northwind Cloud Solutions Ltd
Unit 4, Thames Valley Park, Reading RG6 1PT
Tel: 0118 496 0750 | VAT Reg. GB 294 1187 06
"""
SIG_SATO = """━━━━━━━━━━━━━━━━━━━━━━━━
佐藤 健一
メリディアン・データ株式会社 東京オフィス パートナー営業部
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング 21F
TEL 03-6268-4410
━━━━━━━━━━━━━━━━━━━━━━━━
"""
SIG_NAKAMURA = """--
中村 美穂
メリディアン・データ株式会社 大阪オフィス
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 15F
TEL 06-6345-1200
"""
SIG_YAMAMOTO = """────────────────────
株式会社ミナトITディストリビューション
パートナー営業部 山本 拓也
〒105-0022 東京都港区海岸1-16-1 ニューピア竹芝サウスタワー 8F
TEL: 03-5405-7710  FAX: 03-5405-7711
適格請求書発行事業者登録番号 T6010401087724
────────────────────
"""
SIG_NISHIDA = """--
株式会社浪速ネットソリューションズ
ソリューション営業部 西田 浩二
〒541-0053 大阪市中央区本町3-5-7 本町南ビル 6F
TEL: 06-6263-5580 / 携帯: 090-4417-2286
"""
SIG_MARK = """Mark Cole
IT Manager, Ridgeway Foods Inc.
2400 W. Sunshine St, Springfield, MO 65807
(417) 555-0168
"""


def mail(n, office, mid, date, frm, to, subject, part, cc=None, charset="utf-8", irt=None, refs=None,
         mailer=None, archive=False):
    hdate, d = rfcdate(date)
    m = Msg(n, office, mid, d.strftime("%Y-%m-%d"), archive)
    hs = [("From", addr(*frm, charset=charset)),
          ("To", ", ".join(addr(*x, charset=charset) if isinstance(x, tuple) else x for x in to)),
          ("Cc", ", ".join(addr(*x, charset=charset) for x in cc) if cc else None),
          ("Subject", subj(subject, charset)), ("Date", hdate), ("Message-ID", "<%s>" % mid),
          ("In-Reply-To", "<%s>" % irt if irt else None),
          ("References", " ".join("<%s>" % r for r in (refs or ([irt] if irt else []))) or None),
          ("X-Mailer", mailer)]
    MAIL.append((m, message(hs, part), d))
    return m


# ================================================================ 0001 us-hq -> partner (welcome, list prices)
B0001 = """Hi Jason,

Welcome aboard! Bluepeak Systems is now a Silver partner in the Meridian Partner Program, effective today. Your partner ID is BPK-US-20417 and the portal login will arrive separately.

What Silver gets you:
- 20% off list on all three products, invoiced through our distributor
- Deal registration: an extra 8 points of margin on registered opportunities, protected for 90 days from approval
- Access to the MDF pool (up to $7,500 per half-year, 50/50 match)
- Two seats in the Q3 technical bootcamp (Austin, 21-23 July)

For your price sheet, current US list prices:
- Meridian Sync: $399 per month per workspace
- Meridian Vault: $20 per TB per month
- Meridian Insight: $30 per user per month

To move up to Gold you need two certified engineers and $250k in annual bookings. Happy to walk through the requirements on a call -- does Thursday 14 May at 10am Pacific work?

Best,
Dana

""" + SIG_DANA
M1 = "CAMd9w1Qe7Rk4TzX0pH3nY5bLcV8fUa2sJg@mail.gmail.com"
m = mail(1, "us-hq", M1, "2026-05-06 09:12 -0700", DANA, [JASON],
         "Welcome to the Meridian Partner Program (Silver)", text_part(B0001, charset="us-ascii", cte="7bit"),
         archive=True)
PRICES_0001 = [("meridian-sync", "monthly_price", money(399, "USD", "month"), "Meridian Sync: $399 per month per workspace"),
               ("meridian-vault", "price_per_tb", money(20, "USD", "TB-month"), "Meridian Vault: $20 per TB per month"),
               ("meridian-insight", "per_user_price", money(30, "USD", "user-month"), "Meridian Insight: $30 per user per month")]
for p, a, v, t in PRICES_0001:
    m.claim(p, a, v, "ok", t)

# ================================================================ 0002 partner -> us-hq (deal reg, wrong RPO)
B0002 = """Hi Dana,

Thanks, Thursday the 14th works. A few things before then.

1) Deal registration. First one is below -- Ridgeway Foods (Springfield, MO), about 120 seats, 36-month term, target close end of June. Estimated backup volume is around 40 TB.

   Customer: Ridgeway Foods Inc.
   Products: Meridian Sync, Meridian Vault
   Seats: 120
   Term: 36 months
   Incumbent: on-prem NAS plus tape rotation

2) Does Meridian Vault go beyond 500 TB per tenant? Ridgeway's parent company might consolidate onto it later.

3) I've been telling prospects that Meridian Vault has a 5-minute RPO, which lands well against tape. Hope that's right!

Cheers,
Jason

""" + SIG_JASON
M2 = "CAN5eJt8rXq2Lm0Wb7Hz4KdPyU3sVf9cGa1@mail.gmail.com"
m = mail(2, "unknown", M2, "2026-05-12 09:14 -0500", JASON, [DANA],
         "Re: Welcome to the Meridian Partner Program (Silver)",
         text_part(B0002 + "\nOn Wed, May 6, 2026 at 11:12 AM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:\n"
                   + quote(B0001), charset="utf-8", cte="quoted-printable"),
         irt=M1, archive=True)
m.claim("meridian-vault", "rpo", dur(5, "minutes"), "conflict", "Meridian Vault has a 5-minute RPO")
for p, a, v, t in PRICES_0001:
    m.claim(p, a, v, "ok", t, quoted=True, office="us-hq")

# ================================================================ 0003 us-hq corrects partner (interleaved)
B0003 = """Jason,

Good call today. Answers inline, plus the registration.

On Tue, May 12, 2026 at 9:14 AM Jason Ortega <jason@bluepeak.io> wrote:
> 2) Does Meridian Vault go beyond 500 TB per tenant? Ridgeway's parent company might consolidate onto it later.

No -- a single Meridian Vault tenant holds up to 500 TB. Past that we would stand up a second tenant and federate the reporting.

> 3) I've been telling prospects that Meridian Vault has a 5-minute RPO, which lands well against tape. Hope that's right!

Not quite, and please fix the deck before the Ridgeway meeting: Meridian Vault's RPO is 15 minutes, not 5.

Registration MDR-2026-0412 for Ridgeway Foods is approved and protected through 12 August 2026. You'll see the extra 8 points on the distributor invoice.

Best,
Dana

""" + SIG_DANA
M3 = "CAMd9w1RkP2vQ8nZx5Ty3LbWf0Hs7Uc4eJd@mail.gmail.com"
m = mail(3, "us-hq", M3, "2026-05-14 16:40 -0700", DANA, [JASON],
         "Re: Welcome to the Meridian Partner Program (Silver)", text_part(B0003, charset="us-ascii", cte="7bit"),
         irt=M2, refs=[M1, M2], archive=True)
m.claim("meridian-vault", "max_storage", 500 * TB, "ok", "a single Meridian Vault tenant holds up to 500 TB")
m.claim("meridian-vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes, not 5.")
m.claim("meridian-vault", "rpo", dur(5, "minutes"), "conflict", "Meridian Vault has a 5-minute RPO", quoted=True, office="unknown")

# ================================================================ 0004 london -> partner (Gold, MDF, UK price list)
B0004 = """Hi Tom,

Lovely to catch up in Reading last week. Three bits of admin:

1. Gold renewal. Northwind has renewed at Gold for FY2026/27 – congratulations, that's the third year running. Your Gold discount stays at 30% off UK list, and registered deals earn a further 10%.

2. MDF. We've approved £12,500 for Q3 (July–September) against the co-marketing plan: the Harlow & Finch roundtable, two webinars and the Leeds roadshow. Claims go through the portal within 60 days of each activity, with proof of execution.

3. Price list. The June UK partner price list is below; nothing has moved since April.

UK partner price list, June 2026 – all prices in GBP excluding VAT
  Meridian Sync       £329 per month            Gold: 30% off   Silver: 20% off
  Meridian Vault      £16 per TB per month      Gold: 30% off   Silver: 20% off
  Meridian Insight    £25 per user per month    Gold: 30% off   Silver: 20% off

As a Gold partner you also get unlimited use of the shared demo tenant, so do book it for the roundtable.

Speak soon,
Priya

""" + SIG_PRIYA
M4 = "5b1c9e2a-7d43-4f0e-9a6b-2e8d1c7f4a90@uk.meridian-data.com"
m = mail(4, "london", M4, "2026-05-20 10:05 +0100", PRIYA, [TOM],
         "Gold renewal, Q3 MDF and the June partner price list", text_part(B0004, charset="utf-8", cte="quoted-printable"),
         mailer=None, archive=True)
PRICES_0004 = [("meridian-sync", "monthly_price", money(329, "GBP", "month", "excluded"), "Meridian Sync       £329 per month"),
               ("meridian-vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "Meridian Vault      £16 per TB per month"),
               ("meridian-insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "Meridian Insight    £25 per user per month")]
UNLIM = "As a Gold partner you also get unlimited use of the shared demo tenant"
for p, a, v, t in PRICES_0004:
    m.claim(p, a, v, "ok", t)
m.phrase("en.unlimited", UNLIM)

# ================================================================ 0005 partner -> london (Outlook reply; London DC; FileSync)
B0005 = """Hi Priya,

Thanks – great news on Gold. Co-sell plan for Q3 in outline:

- Harlow & Finch roundtable, 18 June, target 12 attendees from their IT and records teams
- Two webinars (July, September), target 40 registrants each and 6 qualified opportunities
- Leeds roadshow, 10 September

On Harlow & Finch: their IT director asked whether their backups can stay in the UK. I told them Meridian Vault has a data centre in London, so that box is ticked. Can you join the call on the 27th to go through the rest?

Also, we still have 14 customers on the old Meridian FileSync bundle who need moving to current SKUs before the autumn. Could you send the migration pack?

Regards,
Tom

""" + SIG_TOM + """
-----Original Message-----
From: Priya Natarajan <priya.natarajan@uk.meridian-data.com>
Sent: 20 May 2026 10:05
To: Tom Beckett <tom.beckett@northwind-cs.co.uk>
Subject: Gold renewal, Q3 MDF and the June partner price list

""" + B0004
M5 = "LO2P265MB3187A1C4E9D07B55F2C3A8E1B6290@LO2P265MB3187.GBRP265.PROD.OUTLOOK.COM"
m = mail(5, "unknown", M5, "2026-05-22 14:31 +0100", TOM, [PRIYA],
         "RE: Gold renewal, Q3 MDF and the June partner price list",
         text_part(B0005, charset="windows-1252", cte="quoted-printable"), irt=M4, mailer="Microsoft Outlook 16.0")
m.claim("meridian-vault", "data_centers", "London", "conflict", "I told them Meridian Vault has a data centre in London")
m.term("meridian-sync", "we still have 14 customers on the old Meridian FileSync bundle")
for p, a, v, t in PRICES_0004:
    m.claim(p, a, v, "ok", t, quoted=True, office="london")
m.phrase("en.unlimited", UNLIM, quoted=True)

# ================================================================ 0006 london -> customer (co-sell; wrong retention)
B0006 = """Dear Rachel,

Thank you for your time this afternoon, and to Tom for setting it up. As promised, a summary of the points we covered on Meridian Vault:

- Hosting: Meridian Vault does not run in a London facility. For UK customers we host Meridian Vault backups in our Frankfurt data centre, which keeps them inside the EU.
- Recovery point: Meridian Vault's RPO is 15 minutes.
- Retention: Meridian Vault keeps backups for 30 days as standard, and longer retention can be set per policy.
- Availability: the Meridian Vault SLA is 99.95%.
- Pricing: Meridian Vault is £16 per TB per month, ex VAT.

Northwind will send the commercial proposal for your estimated 60 TB, including their partner pricing, by Friday.

Kind regards,
Priya

""" + SIG_PRIYA
M6 = "0c7e4d1b-3a92-48f5-b6e1-95d2a7c0f318@uk.meridian-data.com"
m = mail(6, "london", M6, "2026-05-27 17:20 +0100", PRIYA, [RACHEL],
         "Meridian Vault for Harlow & Finch – follow-up from today's call",
         multipart("alternative", [text_part(B0006, charset="utf-8", cte="quoted-printable"),
                                   text_part(html_of(B0006), "html", "utf-8", "quoted-printable")],
                   "------------mNv3kQ0a8ZLwT4sFhd0P2xYc"),
         cc=[TOM], archive=True)
m.claim("meridian-vault", "data_centers", "Frankfurt", "ok", "For UK customers we host Meridian Vault backups in our Frankfurt data centre")
m.claim("meridian-vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes.")
m.claim("meridian-vault", "retention", dur(30, "days"), "conflict", "Meridian Vault keeps backups for 30 days as standard")
m.claim("meridian-vault", "sla", 99.95, "ok", "the Meridian Vault SLA is 99.95%.")
m.claim("meridian-vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month, ex VAT.")

# ================================================================ 0007 us-hq -> customer (co-sell recap)
B0007 = """Hi Mark,

Thanks for hosting Jason and me in Springfield yesterday. A short recap of the product facts, so your team has them in one place.

Meridian Sync:
- Meridian Sync scales to 10,000 users in a single tenant.
- Meridian Sync has desktop and mobile clients for Windows, macOS, iOS and Android.
- Meridian Sync carries a 99.9% uptime SLA.

Meridian Vault:
- Meridian Vault backups are retained for 90 days by default; legal-hold copies can be kept longer.
- Meridian Vault encrypts everything at rest with AES-256.
- Meridian Vault is hosted in Oregon for US customers, with Tokyo, Osaka and Frankfurt data centers serving other regions.

Jason will send the quote for the 120-seat order, with pricing under your deal registration, later this week. Let's aim for a go/no-go on 26 June.

Best,
Dana

""" + SIG_DANA
M7 = "CAMd9w1TzH6bQ3xW8nK1pLc5Vf2Rs9Ye0Ug@mail.gmail.com"
m = mail(7, "us-hq", M7, "2026-06-09 11:30 -0500", DANA, [MARK],
         "Ridgeway Foods - Meridian Sync and Vault recap", text_part(B0007, charset="us-ascii", cte="7bit"),
         cc=[JASON], archive=True)
m.claim("meridian-sync", "max_users", 10000, "ok", "Meridian Sync scales to 10,000 users in a single tenant.")
for p in ("Windows", "macOS", "iOS", "Android"):
    m.claim("meridian-sync", "supported_platforms", p, "ok", "Meridian Sync has desktop and mobile clients for Windows, macOS, iOS and Android.")
m.claim("meridian-sync", "sla", 99.9, "ok", "Meridian Sync carries a 99.9% uptime SLA.")
m.claim("meridian-vault", "retention", dur(90, "days"), "ok", "Meridian Vault backups are retained for 90 days by default")
m.claim("meridian-vault", "encryption", "AES-256", "ok", "Meridian Vault encrypts everything at rest with AES-256.")
for dc in ("Oregon", "Tokyo", "Osaka", "Frankfurt"):
    m.claim("meridian-vault", "data_centers", dc, "ok", "Meridian Vault is hosted in Oregon for US customers, with Tokyo, Osaka and Frankfurt data centers serving other regions.")

# ================================================================ 0008 distributor forwards Tokyo's 販売店向け価格表
FWD_SATO = """山本様

いつもお世話になっております。メリディアン・データ 東京オフィスの佐藤です。
2026年度の販売店向け価格表をお送りいたします。販売店様への展開をお願いいたします。

■ 販売店向け価格表（2026年度版）
※金額はすべて税抜です。

・メリディアン シンク：月額基本料金 50,000円
・メリディアン ボールト：1TBあたり月額 2,800円
・メリディアン インサイト：1ユーザーあたり月額 4,000円

また、メリディアン シンクは2026年4月の仕様改定により、1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。販売店様の提案資料もあわせて更新をお願いいたします。

""" + SIG_SATO
B0008 = """販売店各位

いつもお世話になっております。
ミナトITディストリビューションの山本でございます。

メリディアン・データ社 東京オフィスより、2026年度の販売店向け価格表が届きましたので転送いたします。
標準価格は4月改定から変更ございません。弊社（一次店）から販売店様への仕切率は下記のとおりです。

　ゴールド販売店様：標準価格の70%
　シルバー販売店様：標準価格の78%

旧製品名「メリディアン ファイルシンク」の型番（MFS-で始まるもの）は2026年9月末で受注終了となります。新型番への切り替えをお願いいたします。

弊社経由のご発注であれば、どこよりもお得な条件でご提案いたします。ご不明点は山本までご連絡ください。

""" + SIG_YAMAMOTO + """
-------- 転送メッセージ --------
件名: 2026年度 販売店向け価格表（メリディアン シンク／ボールト／インサイト）
日付: Fri, 12 Jun 2026 17:45:03 +0900
差出人: 佐藤 健一 <k.sato@jp.meridian-data.com>
宛先: 山本 拓也 <t.yamamoto@minato-dist.co.jp>

""" + FWD_SATO
M8 = "20260615102033.8F2A.T.YAMAMOTO@minato-dist.co.jp"
m = mail(8, "unknown", M8, "2026-06-15 10:20 +0900", YAMAMOTO, ["undisclosed-recipients:;"],
         "【販売店様向け】メリディアン製品 2026年度 販売店向け価格表のご案内",
         text_part(B0008, charset="iso-2022-jp", cte="7bit"), cc=[SATO], charset="iso-2022-jp",
         mailer="Becky! ver. 2.81.05", archive=True)
m.term("meridian-sync", "旧製品名「メリディアン ファイルシンク」の型番")
m.phrase("ja.cheapest", "弊社経由のご発注であれば、どこよりもお得な条件でご提案いたします。")
m.claim("meridian-sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンク：月額基本料金 50,000円", True, "tokyo")
m.claim("meridian-vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールト：1TBあたり月額 2,800円", True, "tokyo")
m.claim("meridian-insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイト：1ユーザーあたり月額 4,000円", True, "tokyo")
m.claim("meridian-sync", "max_users", 10000, "ok", "1テナントあたり最大1万ユーザーまでご利用いただけるようになりました", True, "tokyo")

# ================================================================ 0009 osaka reseller -> osaka (deal reg; reported offline claim)
B0009 = """メリディアン・データ株式会社 大阪オフィス
中村様

いつも大変お世話になっております。浪速ネットソリューションズの西田です。

下記の件、案件登録をお願いできますでしょうか。

【案件登録】
顧客名：株式会社堺精工（大阪府堺市）
対象製品：メリディアン シンク
想定ライセンス数：300
契約期間：12か月（2026年10月開始希望）
競合：他社クラウドストレージ

先日の打ち合わせで、先方のご担当者様からは、メリディアン シンクはオフライン環境でも編集作業ができると伺っております。念のため、こちらの認識で問題ないかご確認いただけますと幸いです。

また、メリディアン シンクの1ユーザーあたりのストレージ容量を2TBに増やすことは可能でしょうか。

よろしくお願いいたします。

""" + SIG_NISHIDA
M9 = "000f01dcf5e2$8a3b4c10$9eb2e430$@naniwa-ns.co.jp"
OFFLINE_REPORTED = "メリディアン シンクはオフライン環境でも編集作業ができると伺っております"
m = mail(9, "unknown", M9, "2026-06-17 10:02 +0900", NISHIDA, [NAKAMURA],
         "案件登録のお願い（株式会社堺精工様）", text_part(B0009, charset="utf-8", cte="base64"),
         mailer="Microsoft Outlook 16.0")
m.claim("meridian-sync", "offline_mode", True, "conflict", OFFLINE_REPORTED)

# ================================================================ 0010 osaka -> reseller (approval; answers; wrong GA)
B0010 = """浪速ネットソリューションズ
西田様

お世話になっております。メリディアン・データ大阪オフィスの中村です。

株式会社堺精工様の案件、登録番号 OSK-DR-26-0088 にて承認いたしました。保護期間は2026年9月30日までとなります。

ご確認いただいた点について回答いたします。

・オフライン環境について
　メリディアン シンクは、オフライン環境での編集には対応しておりません。常時インターネット接続が前提となりますので、先方にもその旨お伝えください。

・ストレージ容量について
　同製品のストレージ容量は1ユーザーあたり1TBで、現時点で増量オプションはございません。

・価格について
　メリディアン シンクの月額料金は55,000円（税込）です。販売店様の仕切価格はパートナーポータルをご確認ください。

また、堺精工様は分析基盤にもご関心があると伺いましたので、ご参考まで。メリディアン インサイトは2026年10月に正式リリース予定です。

よろしくお願いいたします。

""" + SIG_NAKAMURA
M10 = "3d8b2f60-1c4e-4b7a-8e25-6f0a9c1d2e47@osaka.jp.meridian-data.com"
m = mail(10, "osaka", M10, "2026-06-19 15:48 +0900", NAKAMURA, [NISHIDA],
         "Re: 案件登録のお願い（株式会社堺精工様）",
         text_part(B0010 + "\n2026年6月17日(水) 10:02 西田 浩二 <nishida@naniwa-ns.co.jp>:\n" + quote(B0009),
                   charset="iso-2022-jp", cte="7bit"),
         charset="iso-2022-jp", irt=M9, mailer="Mozilla Thunderbird", archive=True)
m.claim("meridian-sync", "offline_mode", False, "ok", "メリディアン シンクは、オフライン環境での編集には対応しておりません。")
m.claim("meridian-sync", "storage_per_user", 1 * TB, "ok", "同製品のストレージ容量は1ユーザーあたり1TBで")
m.claim("meridian-sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）です。")
m.claim("meridian-insight", "general_availability", "2026-10", "conflict", "メリディアン インサイトは2026年10月に正式リリース予定です。")
m.claim("meridian-sync", "offline_mode", True, "conflict", OFFLINE_REPORTED, quoted=True, office="unknown")

# ================================================================ 0011 tokyo -> distributor (MDF plan, Gold renewal, product facts)
B0011 = """株式会社ミナトITディストリビューション
山本様

いつもお世話になっております。メリディアン・データ東京オフィスの佐藤です。
先日はお打ち合わせのお時間をいただき、ありがとうございました。下期の共同販促計画について、以下のとおり確定いたしましたのでご連絡いたします。

■ 2026年度下期 共同販促計画
・MDF予算：300万円（弊社負担50%、貴社負担50%）
・展示会：ITトレンドEXPO（10月）、関西DX展（11月）の2回
・販売店様向け勉強会：月1回（オンライン）
・目標：新規案件登録 40件、受注 15件

■ ゴールド認定の更新
貴社のゴールド認定は2026年12月末で更新時期を迎えます。更新には、弊社の認定技術者資格の保有者が2名以上必要です。

■ 製品情報のアップデート
販売店様からのご質問が多い点をまとめました。
・メリディアン インサイトの一般提供開始は2027年1月の予定です。現在はベータ版としてご案内ください。
・同製品の無料トライアル期間は30日間です。
・メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。シンガポールは対象外ですので、ご注意ください。

引き続きよろしくお願いいたします。

""" + SIG_SATO
M11 = "TYCPR01MB8432E5F7A2C91D04B6E3F1D8A7C29@TYCPR01MB8432.jpnprd01.prod.outlook.com"
m = mail(11, "tokyo", M11, "2026-07-01 13:15 +0900", SATO, [YAMAMOTO],
         "下期 共同販促計画（MDF）とゴールド認定更新について", text_part(B0011, charset="iso-2022-jp", cte="7bit"),
         charset="iso-2022-jp", mailer="Microsoft Outlook 16.0", archive=True)
m.claim("meridian-insight", "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月の予定です。")
m.claim("meridian-insight", "free_trial", dur(30, "days"), "ok", "同製品の無料トライアル期間は30日間です。")
for dc in ("Tokyo", "Osaka", "Oregon", "Frankfurt"):
    m.claim("meridian-vault", "data_centers", dc, "ok", "メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。")

# ================================================================ 0012 customer -> partner (customer's own claims)
B0012 = """Jason,

We're close. Two things from our side before legal signs off.

First, we need the first 150 seats live by October, with the remaining plants following in Q1.

Second, analytics. We understood from the partner webinar that Meridian Insight dashboards load in under a second, which is what got our CFO interested. Can you confirm that holds for a workspace our size (roughly 80 million rows)?

Also, our security team has already checked the trust page: Meridian Sync is ISO 27001 certified, so no further questionnaire is needed on that front.

Thanks,
Mark

""" + SIG_MARK
M12 = "BN8PR04MB6275C2E1F0A94D3B87E5A6C1D9F40@BN8PR04MB6275.namprd04.prod.outlook.com"
m = mail(12, "unknown", M12, "2026-07-14 08:47 -0500", MARK, [JASON],
         "Questions before we sign", text_part(B0012, charset="us-ascii", cte="7bit"), cc=[DANA],
         mailer="Microsoft Outlook 16.0")
CUST_LAT = "Meridian Insight dashboards load in under a second"
CUST_ISO = "Meridian Sync is ISO 27001 certified"
m.claim("meridian-insight", "query_latency", dur(1, "seconds"), "conflict", CUST_LAT)
m.claim("meridian-sync", "certifications", "ISO 27001", "ok", CUST_ISO)

# ================================================================ 0013 partner -> customer (wrong latency, superlative)
B0013 = """Hi Mark,

On seats: no problem, we'll phase it exactly that way.

On analytics: honestly, Meridian Insight has industry-leading dashboards. On a workspace your size, Meridian Insight queries come back in about 3 seconds, which is in line with the spec. You can try it yourself first: the Meridian Insight free trial runs for 30 days.

Jason

""" + SIG_JASON
M13 = "CAN5eJt9pQ1wVx6Hn3Rz8MbKc2Ls4Ud7fTe@mail.gmail.com"
m = mail(13, "unknown", M13, "2026-07-16 10:05 -0500", JASON, [MARK],
         "Re: Questions before we sign",
         text_part(B0013 + "\nOn Tue, Jul 14, 2026 at 8:47 AM Mark Cole <mark.cole@ridgewayfoods.com> wrote:\n" + quote(B0012),
                   charset="utf-8", cte="quoted-printable"), cc=[DANA], irt=M12)
SUPERL = "honestly, Meridian Insight has industry-leading dashboards."
LAT3 = "Meridian Insight queries come back in about 3 seconds"
TRIAL_J = "the Meridian Insight free trial runs for 30 days."
m.phrase("en.superlative", SUPERL)
m.claim("meridian-insight", "query_latency", dur(3, "seconds"), "conflict", LAT3)
m.claim("meridian-insight", "free_trial", dur(30, "days"), "ok", TRIAL_J)
m.claim("meridian-insight", "query_latency", dur(1, "seconds"), "conflict", CUST_LAT, True, "unknown")
m.claim("meridian-sync", "certifications", "ISO 27001", "ok", CUST_ISO, True, "unknown")

# ================================================================ 0014 us-hq correction (latency)
P0013 = "On analytics: honestly, Meridian Insight has industry-leading dashboards. On a workspace your size, Meridian Insight queries come back in about 3 seconds, which is in line with the spec. You can try it yourself first: the Meridian Insight free trial runs for 30 days."
B0014 = """Mark, Jason -- one correction so nobody is surprised later.

On Thu, Jul 16, 2026 at 10:05 AM Jason Ortega <jason@bluepeak.io> wrote:
> """ + P0013 + """

Meridian Insight returns queries within 2 seconds at the 95th percentile on a 100-million-row workspace -- not 3, and not under one. For 80 million rows you should see the same or better.

Everything else in Jason's note stands, and the deal registration (MDR-2026-0412) remains valid until 12 August.

Best,
Dana

""" + SIG_DANA
M14 = "CAMd9w1Uw4Jn7Fk2Qx9Tb1Zr6Hc3Lp8Ve5s@mail.gmail.com"
m = mail(14, "us-hq", M14, "2026-07-17 09:30 -0700", DANA, [MARK, JASON],
         "Re: Questions before we sign", text_part(B0014, charset="us-ascii", cte="7bit"), irt=M13, refs=[M12, M13],
         archive=True)
m.claim("meridian-insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight returns queries within 2 seconds at the 95th percentile")
m.phrase("en.superlative", SUPERL, quoted=True)
m.claim("meridian-insight", "query_latency", dur(3, "seconds"), "conflict", LAT3, True, "unknown")
m.claim("meridian-insight", "free_trial", dur(30, "days"), "ok", TRIAL_J, True, "unknown")

# ================================================================ 0015 london -> us-hq, partner draft attached (message/rfc822)
B0015_TOM = """Priya,

Draft copy for the customer one-pager below. Can you sanity-check it before we print 200 copies for the roundtable?

---
Northwind + Meridian: modern file sharing for law firms

Meridian Sync scales to 20,000 users per tenant, so even the largest firms fit on one.
Meridian Sync is certified to ISO 27001 and ISO 27017.
Every user gets 1 TB of storage.
Northwind handles a risk-free migration from your current platform.
---

Tom

""" + SIG_TOM
M15A = "LO2P265MB31879D2E6B1A04C7F83E5A2B9D160@LO2P265MB3187.GBRP265.PROD.OUTLOOK.COM"
att_date, _ = rfcdate("2026-07-31 12:02 +0100")
ATT = message([("From", addr(*TOM)), ("To", addr(*PRIYA)), ("Subject", "Draft one-pager for Harlow & Finch"),
               ("Date", att_date), ("Message-ID", "<%s>" % M15A)],
              text_part(B0015_TOM, charset="windows-1252", cte="quoted-printable"))
B0015 = """Dana,

Sharing Northwind's draft customer one-pager (their email is attached) since you're reusing their template for Bluepeak. Two things in it are wrong and I've asked Tom to fix them before it goes anywhere:

- Meridian Sync tops out at 10,000 users per tenant, not 20,000.
- Meridian Sync holds ISO 27001 and SOC 2 Type II. There is no ISO 27017 certificate.

The migration wording won't get past legal either; I've suggested "a fixed-price migration" instead.

Priya

""" + SIG_PRIYA
M15 = "8e2f6a13-4b7c-4d90-a1e5-c3b8d7f20a64@uk.meridian-data.com"
m = mail(15, "london", M15, "2026-08-03 16:10 +0100", PRIYA, [DANA],
         "Fwd: Draft one-pager for Harlow & Finch – two fixes needed",
         multipart("mixed", [text_part(B0015, charset="utf-8", cte="quoted-printable"),
                             rfc822_part(ATT, "Draft one-pager for Harlow & Finch.eml")],
                   "------------0hY7cRk2Wq9TzL4bN1mVfD8s"), archive=True)
m.claim("meridian-sync", "max_users", 10000, "ok", "Meridian Sync tops out at 10,000 users per tenant, not 20,000.")
m.claim("meridian-sync", "certifications", "ISO 27001", "ok", "Meridian Sync holds ISO 27001 and SOC 2 Type II.")
m.claim("meridian-sync", "certifications", "SOC 2 Type II", "ok", "Meridian Sync holds ISO 27001 and SOC 2 Type II.")
m.claim("meridian-sync", "max_users", 20000, "conflict", "Meridian Sync scales to 20,000 users per tenant", True, "unknown")
m.claim("meridian-sync", "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001 and ISO 27017.", True, "unknown")
m.claim("meridian-sync", "certifications", "ISO 27017", "conflict", "Meridian Sync is certified to ISO 27001 and ISO 27017.", True, "unknown")
m.phrase("en.guarantee", "Northwind handles a risk-free migration from your current platform.", quoted=True)

# ================================================================ 0016 osaka reseller -> customer (ISMAP, 業界最安)
B0016 = """株式会社堺精工
情報システム課 岡本様

いつもお世話になっております。浪速ネットソリューションズの西田です。
先日はお時間をいただき、誠にありがとうございました。ご提案内容の要点をお送りいたします。

1. メリディアン シンクの稼働率SLAは99.9%で、工場と本社の間でも安定してご利用いただけます。
2. メリディアン・シンクはISMAPにも登録されており、官公庁とお取引のある企業様にも安心してお使いいただけます。
3. 弊社の保守サポートは業界最安水準の料金でご提供いたします。

お見積りは300ライセンス・12か月契約の条件で、別途お送りいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_NISHIDA
M16 = "001a01dd1f4b$2c5e7d80$85db7880$@naniwa-ns.co.jp"
m = mail(16, "unknown", M16, "2026-08-20 11:20 +0900", NISHIDA, [OKAMOTO],
         "ファイル共有基盤のご提案（メリディアン シンク）", text_part(B0016, charset="shift_jis", cte="base64"),
         cc=[NAKAMURA], charset="shift_jis", mailer="Microsoft Outlook 16.0")
SLA16 = "メリディアン シンクの稼働率SLAは99.9%で"
ISMAP16 = "メリディアン・シンクはISMAPにも登録されており"
CHEAP16 = "弊社の保守サポートは業界最安水準の料金でご提供いたします。"
m.claim("meridian-sync", "sla", 99.9, "ok", SLA16)
m.claim("meridian-sync", "certifications", "ISMAP", "conflict", ISMAP16)
m.phrase("ja.cheapest", CHEAP16)

# ================================================================ 0017 osaka corrects reseller (元のメッセージ block)
B0017 = """西田様

お世話になっております。大阪オフィスの中村です。
堺精工様へのご提案メールをCCでお送りいただき、ありがとうございました。1点、訂正をお願いいたします。

メリディアン シンクが取得している認証はISO/IEC 27001およびSOC 2 Type IIです。ISMAPには登録しておりませんので、岡本様へ訂正のご連絡をお願いできますでしょうか。

また、保守料金についての比較表現は、根拠資料がない限り今後の資料ではお控えいただけますと幸いです。

よろしくお願いいたします。

""" + SIG_NAKAMURA + """
-----元のメッセージ-----
差出人: 西田 浩二 <nishida@naniwa-ns.co.jp>
送信日時: 2026年8月20日 11:20
宛先: 岡本 直樹 <okamoto@sakai-seiko.co.jp>
CC: 中村 美穂 <m.nakamura@osaka.jp.meridian-data.com>
件名: ファイル共有基盤のご提案（メリディアン シンク）

""" + B0016
M17 = "7a4c1e92-5d3b-4f68-9c20-e1b5a8d3f704@osaka.jp.meridian-data.com"
m = mail(17, "osaka", M17, "2026-08-24 09:05 +0900", NAKAMURA, [NISHIDA],
         "RE: ファイル共有基盤のご提案（メリディアン シンク）", text_part(B0017, charset="iso-2022-jp", cte="7bit"),
         charset="iso-2022-jp", irt=M16, mailer="Mozilla Thunderbird", archive=True)
CERT17 = "メリディアン シンクが取得している認証はISO/IEC 27001およびSOC 2 Type IIです。"
m.claim("meridian-sync", "certifications", "ISO 27001", "ok", CERT17)
m.claim("meridian-sync", "certifications", "SOC 2 Type II", "ok", CERT17)
m.claim("meridian-sync", "sla", 99.9, "ok", SLA16, True, "unknown")
m.claim("meridian-sync", "certifications", "ISMAP", "conflict", ISMAP16, True, "unknown")
m.phrase("ja.cheapest", CHEAP16, quoted=True)

# ================================================================ 0018 distributor -> tokyo (MDF report; near-misses only)
B0018 = """メリディアン・データ株式会社 東京オフィス
佐藤様

いつもお世話になっております。ミナトITディストリビューションの山本です。
上期のMDF実績をご報告いたします。

9月3日に「メリディアン シンク v3.2 販売店向け研修」をオンラインで開催しました。参加者は42名で、うち販売店様は31社でした。

MDF消化額は上期合計で1,840,000円（予算比92%）です。内訳は添付の実績表をご参照ください。

ボールト案件については、新規受注が18社となりました。受注容量の合計は640TBです。

下期もどうぞよろしくお願いいたします。

""" + SIG_YAMAMOTO
M18 = "20260910183012.B41C.T.YAMAMOTO@minato-dist.co.jp"
m = mail(18, "unknown", M18, "2026-09-10 18:30 +0900", YAMAMOTO, [SATO], "上期MDF実績のご報告",
         text_part(B0018, charset="iso-2022-jp", cte="7bit"), charset="iso-2022-jp", mailer="Becky! ver. 2.81.05")

# ================================================================ 0019 unreadable: a spreadsheet saved as .eml
zb = io.BytesIO()
with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
    for name, body in (("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
                       ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>'
                        + "".join('<row r="%d"><c t="inlineStr"><is><t>NW-DR-%04d</t></is></c></row>' % (i, 3100 + i) for i in range(1, 60))
                        + "</sheetData></worksheet>")):
        zi = zipfile.ZipInfo(name, date_time=(2026, 9, 28, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, body)
UNREADABLE_0019 = zb.getvalue()

# ================================================================ 0020 us-hq -> all partners (Q4 incentives; 'guaranteed')
B0020 = """Hi partners,

Q4 is here, so a quick rundown of what's new in the channel program.

Meridian Insight
- Meridian Insight becomes generally available in January 2027; until then it is sold as a beta with a signed beta addendum.
- Meridian Insight lists at $30 per user per month, and every prospect can start with a 30-day free trial.
- Registered Insight deals closed before 31 March 2027 get a guaranteed 5% rebate on top of your tier discount.

Meridian Sync
- A reminder that Meridian Sync supports up to 10,000 users per tenant; please retire any battlecards that still show the old limit.
- The FileSync-era SKUs are gone for good. Migration guide: https://partners.meridian-data.com/kb/MeridianFileSync-migration

Partner webinar
- Meridian Insight partner webinar on Thursday 22 October, 9am Pacific. Sign-up link in the portal.

From 1 November, MDF claims must be filed within 60 days of the activity, no exceptions.
Thanks for a strong Q3 -- US channel bookings were up 31% on Q2.

Dana

""" + SIG_DANA
M20 = "CAMd9w1Vb8Kx2Lq5Nz7Wc0Hf3Tr6Jp9Ye1a@mail.gmail.com"
m = mail(20, "us-hq", M20, "2026-10-05 08:00 -0700", DANA, ["Meridian US Partners <partners-us@lists.meridian-data.com>"],
         "Q4 partner incentives + Meridian Insight launch plan",
         multipart("alternative", [text_part(B0020, charset="utf-8", cte="quoted-printable"),
                                   text_part(html_of(B0020), "html", "utf-8", "quoted-printable")],
                   "000000000000a41f7c0625d3e8b2"), archive=True)
m.claim("meridian-insight", "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027")
m.claim("meridian-insight", "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight lists at $30 per user per month")
m.claim("meridian-insight", "free_trial", dur(30, "days"), "ok", "every prospect can start with a 30-day free trial")
m.claim("meridian-sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant")
m.phrase("en.guarantee", "Registered Insight deals closed before 31 March 2027 get a guaranteed 5% rebate")

# ================================================================ 0021 partner -> london (stale 5,000)
B0021 = """Priya,

Good news: Harlow & Finch want to bring their Manchester and Bristol offices onto the platform next quarter, which takes them to roughly 7,500 staff.

The catch: Meridian Sync supports up to 5,000 users per tenant, so they'll need a second tenant. Can you confirm the commercial treatment for the second tenant under our Gold terms?

Also, the Q3 MDF claim (ref NW-MDF-26Q3-007, £11,870) is in the portal awaiting approval.

Tom

""" + SIG_TOM
M21 = "LO2P265MB3187F0A8C3E25B19D47A6E3C2B580@LO2P265MB3187.GBRP265.PROD.OUTLOOK.COM"
STALE21 = "Meridian Sync supports up to 5,000 users per tenant"
m = mail(21, "unknown", M21, "2026-10-14 15:22 +0100", TOM, [PRIYA], "Harlow & Finch expansion",
         text_part(B0021, charset="windows-1252", cte="quoted-printable"), mailer="Microsoft Outlook 16.0", archive=True)
m.claim("meridian-sync", "max_users", 5000, "stale", STALE21)

# ================================================================ 0022 london -> partner (corrects 5,000 and her own 30 days)
B0022 = """Hi Tom,

Great news on the expansion.

On Wed, 14 Oct 2026 at 15:22, Tom Beckett <tom.beckett@northwind-cs.co.uk> wrote:
> The catch: Meridian Sync supports up to 5,000 users per tenant, so they'll need a second tenant. Can you confirm the commercial treatment for the second tenant under our Gold terms?

That limit is out of date. Since the April spec change, Meridian Sync supports up to 10,000 users in a single tenant. Harlow & Finch will fit comfortably without a second one.

And a correction of my own: Meridian Vault keeps backups for 90 days by default, not 30 as I told Rachel in May. I've emailed her separately.

> Also, the Q3 MDF claim (ref NW-MDF-26Q3-007, £11,870) is in the portal awaiting approval.

Approved this morning; it will be credited against your November invoice.

Priya

""" + SIG_PRIYA
M22 = "2f9d7c3e-8a41-4b06-b5d2-7e1c0a9f6b38@uk.meridian-data.com"
m = mail(22, "london", M22, "2026-10-15 10:40 +0100", PRIYA, [TOM], "Re: Harlow & Finch expansion",
         text_part(B0022, charset="utf-8", cte="quoted-printable"), irt=M21, archive=True)
m.claim("meridian-sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users in a single tenant.")
m.claim("meridian-vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default, not 30 as I told Rachel in May.")
m.claim("meridian-sync", "max_users", 5000, "stale", STALE21, True, "unknown")

# ================================================================ 0023 tokyo -> customer via distributor (税込 error, USD variant)
B0023 = """株式会社北辰物流
情報システム部 林様

いつもお世話になっております。メリディアン・データ東京オフィスの佐藤です。
販売代理店のミナトITディストリビューション様経由でのご提案にあたり、標準価格をご案内いたします。お見積りは山本様より別途お送りいたします。

■ 標準価格
・メリディアン シンク：月額 50,000円（税込）
・メリディアン ボールト：1TBあたり月額 3,080円（税込）

なお、メリディアン シンクの米国での標準価格は月額399米ドルです。グループ会社様で米国契約をご検討の際のご参考までに。

ご契約ライセンス数や期間に応じた割引は、販売代理店様からのお見積りにてご確認ください。

何卒よろしくお願いいたします。

""" + SIG_SATO
M23 = "TYCPR01MB84329A1F3D7E60C25B8F4A1E3D6B7@TYCPR01MB8432.jpnprd01.prod.outlook.com"
m = mail(23, "tokyo", M23, "2026-11-02 14:00 +0900", SATO, [HAYASHI], "メリディアン製品 標準価格のご案内",
         multipart("alternative", [text_part(B0023, charset="utf-8", cte="base64"),
                                   text_part(html_of(B0023), "html", "utf-8", "base64")],
                   "_000_TYCPR01MB84329A1F3D7E60C25B8F4A1E3D6B7TYCPR01MB8432jpnp_"),
         cc=[YAMAMOTO], mailer="Microsoft Outlook 16.0", archive=True)
m.claim("meridian-sync", "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "メリディアン シンク：月額 50,000円（税込）")
m.claim("meridian-vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "メリディアン ボールト：1TBあたり月額 3,080円（税込）")
m.claim("meridian-sync", "monthly_price", money(399, "USD", "month"), "office-variant", "メリディアン シンクの米国での標準価格は月額399米ドルです。")

# ================================================================ documents
DOC_FILES = {}

D_US = """# Meridian Partner Program 2027 — at a glance

For Silver and Gold resellers in the Americas. Partner-facing: please do not forward this page to end customers.

## Partner tiers

| | Silver | Gold |
|---|---|---|
| Discount off US list | 20% | 30% |
| Deal registration bonus | +8 points | +10 points |
| MDF per half-year | up to $7,500, 50/50 match | up to $25,000, 50/50 match |
| Certified engineers required | 1 | 2 |
| Annual bookings threshold | $100k | $250k |
| Demo tenants | 1 | 3 |

Silver and Gold are partner program tiers. They are not product security certifications and should never appear next to ISO or SOC logos in customer material.

## What to tell customers

### Meridian Sync

- Up to 10,000 users per tenant.
- 1 TB of storage per user.
- 99.9% uptime SLA.
- List price $399 per month per workspace.

### Meridian Vault

- RPO of 15 minutes; 90-day default retention.
- Up to 500 TB per tenant, encrypted with AES-256.
- $20 per TB per month.
- Rated the #1 backup platform for mid-market IT teams.¹

### Meridian Insight

- Generally available in January 2027 (beta until then).
- $30 per user per month, with a 30-day free trial.
- Up to 200 dashboards per workspace; connects to 150+ data sources out of the box.
- Covered by Meridian's SOC 2 Type II report.

## Deal registration in three steps

1. Register the opportunity in the portal before the first proposal goes out.
2. Approval within two business days; protection lasts 90 days and can be extended once.
3. Quote from the distributor with the registration number on the PO.

<!-- onevoice-disable-next-line en.superlative -->
*"Best in the industry for channel support." — Northwind Cloud Solutions, EMEA Partner of the Year 2026*

¹ Source: Halden Research, Mid-Market Backup Survey, September 2026.
"""
DOC_FILES["docs/us-hq/partner-program-one-pager.md"] = D_US.encode("utf-8")
d = Doc("docs/us-hq/partner-program-one-pager.md", "us-hq")
d.claim("meridian-sync", "max_users", 10000, "ok", "Up to 10,000 users per tenant.")
d.claim("meridian-sync", "storage_per_user", 1 * TB, "ok", "1 TB of storage per user.")
d.claim("meridian-sync", "sla", 99.9, "ok", "99.9% uptime SLA.")
d.claim("meridian-sync", "monthly_price", money(399, "USD", "month"), "ok", "List price $399 per month per workspace.")
d.claim("meridian-vault", "rpo", dur(15, "minutes"), "ok", "RPO of 15 minutes; 90-day default retention.")
d.claim("meridian-vault", "retention", dur(90, "days"), "ok", "RPO of 15 minutes; 90-day default retention.")
d.claim("meridian-vault", "max_storage", 500 * TB, "ok", "Up to 500 TB per tenant, encrypted with AES-256.")
d.claim("meridian-vault", "encryption", "AES-256", "ok", "Up to 500 TB per tenant, encrypted with AES-256.")
d.claim("meridian-vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "$20 per TB per month.")
d.claim("meridian-insight", "general_availability", "2027-01", "ok", "Generally available in January 2027 (beta until then).")
d.claim("meridian-insight", "per_user_price", money(30, "USD", "user-month"), "ok", "$30 per user per month, with a 30-day free trial.")
d.claim("meridian-insight", "free_trial", dur(30, "days"), "ok", "$30 per user per month, with a 30-day free trial.")
d.claim("meridian-insight", "max_dashboards", 200, "ok", "Up to 200 dashboards per workspace")
d.claim("meridian-insight", "integrations", 150, "unverified", "connects to 150+ data sources out of the box.")
d.claim("meridian-insight", "certifications", "SOC 2 Type II", "unverified", "Covered by Meridian's SOC 2 Type II report.")
DOCS.append(d)

D_LON = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Northwind Cloud Solutions &amp; Meridian Data UK — joint co-sell plan, H1 2027</title>
</head>
<body>
<h1>Joint co-sell plan, H1 2027</h1>
<p>Prepared by Meridian Data UK (Partner Management, EMEA) with Northwind Cloud Solutions Ltd. Version 3, 20 November 2026.</p>

<h2>1. Commercial framework</h2>
<table border="1">
<caption>Partner terms (Gold tier)</caption>
<tr><th>Item</th><th>Agreed</th></tr>
<tr><td>Gold discount off UK list</td><td>30%</td></tr>
<tr><td>Deal registration bonus</td><td>10%</td></tr>
<tr><td>MDF, H1 2027</td><td>£24,000 (Q1 £11,000; Q2 £13,000), 50/50 match</td></tr>
<tr><td>Pipeline target</td><td>£480,000 across 22 opportunities</td></tr>
</table>

<h2>2. Target accounts</h2>
<ul>
<li>Harlow &amp; Finch LLP — expansion to Manchester and Bristol, about 7,500 staff in total</li>
<li>Calder Valley Housing Trust — backup refresh, renewal due March 2027</li>
<li>Pennant Marine Insurance — file-share consolidation, 3 sites</li>
</ul>

<h2>3. Meridian Vault — key facts for proposals</h2>
<table border="1">
<caption>Meridian Vault</caption>
<tr><th>Topic</th><th>What to say</th></tr>
<tr><td>Recovery point</td><td>RPO of 15 minutes</td></tr>
<tr><td>Default retention</td><td>90 days</td></tr>
<tr><td>UK price (ex VAT)</td><td><del>£18</del> £16 per TB per month</td></tr>
<tr><td>US list, for reference</td><td>$20 per TB per month</td></tr>
<tr><td>Hosting for UK customers</td><td>Frankfurt data centre</td></tr>
<tr><td>Availability</td><td>99.99% uptime SLA</td></tr>
</table>

<h2>4. Meridian Sync — key facts</h2>
<p>Meridian Sync supports up to 10,000 users per tenant and runs on Windows, macOS, iOS and Android. It is priced at £329 per month, excluding VAT.</p>

<h2>5. Joint activities</h2>
<p>Quarterly roundtable in Leeds (February) and London (May); two joint webinars per quarter; Northwind to run first-line support for all co-sold accounts.</p>
</body>
</html>
"""
DOC_FILES["docs/london/northwind-cosell-plan-h1-2027.html"] = D_LON.encode("utf-8")
d = Doc("docs/london/northwind-cosell-plan-h1-2027.html", "london")
d.claim("meridian-vault", "rpo", dur(15, "minutes"), "ok", "RPO of 15 minutes")
d.claim("meridian-vault", "retention", dur(90, "days"), "ok", "90 days")
d.claim("meridian-vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "£16 per TB per month")
d.claim("meridian-vault", "price_per_tb", money(20, "USD", "TB-month"), "office-variant", "$20 per TB per month")
d.claim("meridian-vault", "data_centers", "Frankfurt", "ok", "Frankfurt data centre")
d.claim("meridian-vault", "sla", 99.99, "conflict", "99.99% uptime SLA")
d.claim("meridian-sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant")
for p in ("Windows", "macOS", "iOS", "Android"):
    d.claim("meridian-sync", "supported_platforms", p, "ok", "runs on Windows, macOS, iOS and Android")
d.claim("meridian-sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "It is priced at £329 per month, excluding VAT.")
DOCS.append(d)

D_TYO = """# メリディアン製品 販売店向け価格表（2027年度上期）

メリディアン・データ株式会社 東京オフィス パートナー営業部
発行日：2026年11月16日

本書は販売店様向けの資料です。エンドユーザー様への提示はご遠慮ください。仕切率は四半期ごとに見直します。

## メリディアン シンク

| 項目 | 標準価格（税抜） | 標準価格（税込） | ゴールド仕切率 | シルバー仕切率 |
|---|---|---|---|---|
| 月額基本料金 | 50,000円 | 55,000円 | 70% | 78% |

- 1テナントあたり最大10,000ユーザーまで利用できます。

## メリディアン ボールト

| 項目 | 標準価格（税抜） | 標準価格（税込） | ゴールド仕切率 | シルバー仕切率 |
|---|---|---|---|---|
| 容量課金（1TBあたり月額） | 2,800円 | 3,800円 | 70% | 78% |

## メリディアン インサイト

| 項目 | 標準価格（税抜） | 標準価格（税込） | ゴールド仕切率 | シルバー仕切率 |
|---|---|---|---|---|
| ユーザー課金（1ユーザーあたり月額） | 4,000円 | 4,400円 | 75% | 80% |

- 無料トライアル：30日間（販売店様経由のお申し込みも可能です）

## 販売店様へのお願い

- 旧型番（MFS-で始まるもの）の受注は終了しました。
- 案件登録の保護期間は承認日から90日間です。
- ご発注は一次店（ミナトITディストリビューション様）経由でお願いいたします。
"""
DOC_FILES["docs/tokyo/reseller-pricelist-fy2027h1.md"] = D_TYO.encode("utf-8")
d = Doc("docs/tokyo/reseller-pricelist-fy2027h1.md", "tokyo")
d.claim("meridian-sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| 月額基本料金 | 50,000円 | 55,000円 | 70% | 78% |")
d.claim("meridian-sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "| 月額基本料金 | 50,000円 | 55,000円 | 70% | 78% |")
d.claim("meridian-sync", "max_users", 10000, "ok", "1テナントあたり最大10,000ユーザーまで利用できます。")
d.claim("meridian-vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "| 容量課金（1TBあたり月額） | 2,800円 | 3,800円 | 70% | 78% |")
d.claim("meridian-vault", "price_per_tb", money(3800, "JPY", "TB-month", "included"), "conflict", "| 容量課金（1TBあたり月額） | 2,800円 | 3,800円 | 70% | 78% |")
d.claim("meridian-insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "| ユーザー課金（1ユーザーあたり月額） | 4,000円 | 4,400円 | 75% | 80% |")
d.claim("meridian-insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "| ユーザー課金（1ユーザーあたり月額） | 4,000円 | 4,400円 | 75% | 80% |")
d.claim("meridian-insight", "free_trial", dur(30, "days"), "ok", "無料トライアル：30日間")
DOCS.append(d)

D_TYO_DRAFT = """# 販売店向け価格表（下書き・未承認）

- メリディアン シンク：月額 45,000円（税込）
- メリディアン ボールト：業界最安の1TBあたり月額 2,500円
"""
DOC_FILES["docs/tokyo/drafts/reseller-pricelist-draft.md"] = D_TYO_DRAFT.encode("utf-8")

D_OSA = """株式会社堺精工様
ファイル共有基盤 ご提案書

2026年11月20日
株式会社浪速ネットソリューションズ
メリディアン・データ株式会社 大阪オフィス


1. ご提案の背景

貴社では現在、本社と3つの工場でファイルサーバーを個別に運用されており、図面データの共有と世代管理に多くの工数がかかっていると伺っております。本書では、クラウド型のファイル共有基盤への移行をご提案いたします。


2. メリディアン シンクの概要

・メリディアン シンクの利用者数の上限は、1テナントあたり10,000名です。
・メリディアン シンクの対応OSはWindows、Mac、iPhone／iPad、Androidです。
・本製品には月間稼働率99.9%のSLAが適用されます。
・本製品のストレージ容量は1ユーザーあたり1TBです。
・本製品は業界初※の双方向差分同期エンジンを搭載しています。
・メリディアン シンクは30日間の無料トライアルで、現場での使い勝手を事前にご確認いただけます。

※2026年9月 浪速ネットソリューションズ調べ（国内法人向けファイル共有サービス8製品を比較）


3. オプション：メリディアン ボールト

・メリディアン ボールトを併用いただくと、バックアップデータは大阪のデータセンターに保管されます。
・メリディアン ボールトの標準保持期間は90日間、RPOは15分です。


4. お見積り条件

・ご提案ライセンス数：300
・契約期間：12か月（2027年1月開始）
・特別値引き：標準価格から8%
・月額合計（税抜、値引き後）：46,000円
・参考：メリディアン シンク 月額基本料金 50,000円（税抜）

以上
"""
DOC_FILES["docs/osaka/sakai-seiko-proposal.txt"] = D_OSA.encode("utf-8")
d = Doc("docs/osaka/sakai-seiko-proposal.txt", "osaka")
d.claim("meridian-sync", "max_users", 10000, "ok", "メリディアン シンクの利用者数の上限は、1テナントあたり10,000名です。")
OS_T = "メリディアン シンクの対応OSはWindows、Mac、iPhone／iPad、Androidです。"
for p in ("Windows", "macOS", "iOS", "Android"):
    d.claim("meridian-sync", "supported_platforms", p, "ok", OS_T)
d.claim("meridian-sync", "sla", 99.9, "ok", "本製品には月間稼働率99.9%のSLAが適用されます。")
d.claim("meridian-sync", "storage_per_user", 1 * TB, "ok", "本製品のストレージ容量は1ユーザーあたり1TBです。")
d.claim("meridian-sync", "free_trial", dur(30, "days"), "unverified", "メリディアン シンクは30日間の無料トライアルで")
d.claim("meridian-vault", "data_centers", "Osaka", "ok", "バックアップデータは大阪のデータセンターに保管されます。")
d.claim("meridian-vault", "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準保持期間は90日間、RPOは15分です。")
d.claim("meridian-vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトの標準保持期間は90日間、RPOは15分です。")
d.claim("meridian-sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンク 月額基本料金 50,000円（税抜）")
DOCS.append(d)

CROSS = [
    {"type": "cross-office", "product": "meridian-vault", "attribute": "retention", "offices": ["london", "us-hq"],
     "file": "mail/archive.mbox", "message_files": ["mail/0006.eml", "mail/0007.eml"],
     "values": {"london": dur(30, "days"), "us-hq": dur(90, "days")}},
    {"type": "cross-office", "product": "meridian-insight", "attribute": "general_availability",
     "offices": ["osaka", "tokyo"], "file": "mail/archive.mbox", "message_files": ["mail/0010.eml", "mail/0011.eml"],
     "values": {"osaka": "2026-10", "tokyo": "2027-01"}},
]

ONEVOICE = """# onevoice configuration for evaluation set 38 (SPEC section 6).
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


# ---------------------------------------------------------------- write
def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def mboxrd(entries):
    out = b""
    for m, raw, d in entries:
        sender = re.search(rb"^From: .*?<?([^<>\s]+@[^<>\s]+)>?\s*$", raw, re.M).group(1)
        utc = d.astimezone(datetime.timezone.utc)
        out += b"From " + sender + b" " + utc.strftime("%a %b %d %H:%M:%S %Y").encode() + b"\n"
        for line in raw.replace(b"\r\n", b"\n").rstrip(b"\n").split(b"\n"):
            out += (b">" + line if re.match(rb"^>*From ", line) else line) + b"\n"
        out += b"\n"
    return out


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    for m, raw, d in MAIL:
        with open(os.path.join(ROOT, m.file), "wb") as fh:
            fh.write(crlf(raw))
    with open(os.path.join(ROOT, "mail/0019.eml"), "wb") as fh:
        fh.write(UNREADABLE_0019)
    arch = sorted([e for e in MAIL if e[0].archive], key=lambda e: e[2])
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        fh.write(mboxrd(arch))
    for path, data in DOC_FILES.items():
        os.makedirs(os.path.dirname(os.path.join(ROOT, path)), exist_ok=True)
        with open(os.path.join(ROOT, path), "wb") as fh:
            fh.write(data)
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE)
    lines = []
    for m, raw, d in sorted(MAIL, key=lambda e: e[0].file):
        lines += m.records
        if m.file == "mail/0018.eml":
            lines.append({"type": "finding", "file": "mail/0019.eml", "message_id": None, "kind": "unreadable",
                          "rule": None, "product": None, "quoted": False,
                          "text": "not an RFC 5322 message: a ZIP archive (an .xlsx deal-registration export) saved with an .eml name"})
    for m, raw, d in arch:
        lines += [dict(r, file="mail/archive.mbox") for r in m.records]
    for dd in DOCS:
        lines += dd.records
    lines += CROSS
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in lines:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d in archive.mbox), %d docs, %d expected lines"
          % (len(MAIL) + 1, len(arch), len(DOC_FILES), len(lines)))


if __name__ == "__main__":
    main()
