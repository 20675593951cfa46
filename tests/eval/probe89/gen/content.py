"""The messages and documents of set 89, each with its hand-written labels.

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
    return [dict(c, quoted=True, office=office, as_of=as_of) for c in claims]


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


# ---------------------------------------------------------------------- people
MEGAN = ("Megan Torres", "megan.torres@meridian-data.com")
KEVIN = ("Kevin Liu", "kevin.liu@meridian-data.com")
HARRIET = ("Harriet Cole", "harriet.cole@uk.meridian-data.com")
RUPERT = ("Rupert Ames", "rupert.ames@uk.meridian-data.com")
YAMAMOTO = ("山本 恵", "megumi.yamamoto@jp.meridian-data.com")
ITO = ("伊藤 拓也", "takuya.ito@jp.meridian-data.com")
MATSUDA = ("松田 健", "ken.matsuda@osaka.jp.meridian-data.com")

DANA = ("Dana Reyes", "dreyes@pinecrest-mfg.com")
ALISTAIR = ("Alistair Grant", "a.grant@wyvern-housing.org.uk")
LUKAS = ("Lukas Becker", "l.becker@rheinwerk-it.de")
MORI = ("森 直子", "mori.naoko@kasumi-denki.co.jp")
FUJII = ("藤井 誠", "fujii@hanshin-unyu.co.jp")

SIG_MEGAN = """--
Megan Torres | Account Executive, Mid-Market
Meridian Data, Inc. | 415 Mission Street, Suite 2200, San Francisco, CA 94105
o: +1 (415) 555-0142 | m: +1 (628) 555-0190
"""
SIG_KEVIN = """Kevin Liu
Solutions Engineer, Meridian Data
+1 415 555 0167 (desk) | +1 510 555 0133 (cell)
"""
SIG_HARRIET = """Harriet Cole
Account Director, Housing & Public Sector
Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG
Registered in England & Wales No. 09876543 | VAT GB 284 5521 09
T +44 (0)20 7946 0555 | M +44 (0)7700 900777
"""
SIG_RUPERT = """Rupert Ames | Solutions Consultant
Meridian Data UK Ltd | +44 (0)20 7946 0612
"""
SIG_YAMAMOTO = """━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス
営業第二部　山本 恵（Megumi Yamamoto）
〒100-0005 東京都千代田区丸の内2-4-1
TEL：03-5555-0231　携帯：090-5555-4410
━━━━━━━━━━━━━━━━━━━━
"""
SIG_ITO = """--
メリディアン・データ株式会社 東京オフィス
ソリューション営業部 伊藤 拓也
TEL 03-5555-0248 / FAX 03-5555-0249
"""
SIG_MATSUDA = """========================================
メリディアン・データ株式会社　大阪オフィス
営業課　松田 健（Ken Matsuda）
〒530-0001 大阪市北区梅田3-3-10 14F
TEL 06-5555-0290 / 携帯 080-5555-7702
========================================
"""

# ====================================================================== 0001 US, pre-announced limit (period-placed)
T0001 = """Hi Dana,

Thanks again for hosting us in Grand Rapids last week. A quick recap of what we covered on the Meridian Sync roadmap:

- The Meridian Sync user limit goes up from 5,000 to 10,000 on April 1, 2026. Your 1,200 seats are well within either number.
- Meridian Sync pricing stays at $399 per month; nothing changes with the new limit.
- Storage is unchanged as well: every Meridian Sync user keeps 1 TB.

On the commercial side, the 12% multi-year discount we discussed applies if you sign for 36 months before December 19.

I'll send the updated order form by Monday. Our next call is on the calendar for December 3 at 10:00 ET.

Best,
Megan

""" + SIG_MEGAN
mail("0001", "2025-11-20 16:05:41 -0800", MEGAN, [DANA], "Meridian Sync roadmap recap",
     alt(T0001, "utf-8", "quoted-printable", "0001"), style="outlook-us", mailer=OUTLOOK, crlf=True,
     claims=[
         C("sync", "max_users", 10000, "ok",
           "The Meridian Sync user limit goes up from 5,000 to 10,000 on April 1, 2026.", judge="2026-04-01"),
         C("sync", "max_users", 5000, "ok",
           "The Meridian Sync user limit goes up from 5,000 to 10,000 on April 1, 2026."),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok",
           "Meridian Sync pricing stays at $399 per month"),
         C("sync", "storage_per_user", 1 * TB, "ok", "every Meridian Sync user keeps 1 TB."),
     ])

# ====================================================================== 0002 Tokyo, 5,000名から1万名に拡大 (ISO-2022-JP)
T0002 = """株式会社カスミ電機
総務部　森様

いつもお世話になっております。
メリディアン・データ東京オフィスの山本でございます。

先日お問い合わせいただいたメリディアン シンクの利用者数上限について、ご案内いたします。

メリディアン シンクは、2026年4月1日より最大利用者数が5,000名から1万名に拡大されます。
新しい上限は従来の2倍となりますので、御社の拠点追加にも十分対応できる見込みです。
なお、同製品の料金は従来どおり月額50,000円（税抜）で据え置きとなります。

御社の現在のご利用は約850名、来年度は1,100名程度まで増える見込みと伺っております。

次回のお打ち合わせは12月17日（水）14時からでお願いできればと存じます。

何卒よろしくお願い申し上げます。

""" + SIG_YAMAMOTO
mail("0002", "2025-12-08 10:12:09 +0900", YAMAMOTO, [MORI], "メリディアン シンク 利用者数上限の変更について",
     mime.text_part(T0002, "iso-2022-jp", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     claims=[
         C("sync", "max_users", 10000, "ok",
           "メリディアン シンクは、2026年4月1日より最大利用者数が5,000名から1万名に拡大されます。",
           judge="2026-04-01"),
         C("sync", "max_users", 5000, "ok",
           "メリディアン シンクは、2026年4月1日より最大利用者数が5,000名から1万名に拡大されます。"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "同製品の料金は従来どおり月額50,000円（税抜）で据え置きとなります。"),
     ])

# ====================================================================== 0003 London, "twice as many" too early (stale)
T0003 = """Dear Alistair,

Happy new year, and thank you for the board pack – very helpful.

Good news on capacity: Meridian Sync now supports twice as many users as before – up to 10,000 per organisation. That gives Wyvern plenty of headroom for the merger with Severn Vale Homes.

Meridian Sync pricing is unchanged at £329 a month + VAT.

On backup, Meridian Vault is now 20% cheaper than last year at £16 per TB per month. For the 60 TB you mentioned, that comes to roughly £960 a month before VAT.

I'm in Bristol on 29 January if a face-to-face would help.

Kind regards,
Harriet

""" + SIG_HARRIET
mail("0003", "2026-01-15 11:20:33 +0000", HARRIET, [ALISTAIR], "Wyvern Housing – capacity and pricing update",
     alt(T0003, "utf-8", "quoted-printable", "0003"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "max_users", 10000, "stale",
           "Meridian Sync now supports twice as many users as before – up to 10,000 per organisation."),
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync pricing is unchanged at £329 a month + VAT."),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok",
           "Meridian Vault is now 20% cheaper than last year at £16 per TB per month"),
     ])

# ====================================================================== 0004 US, today's limit + competitor comparisons (Gmail)
T0004 = """Hi Dana,

Following up on your questions from Tuesday's call:

Today a Meridian Sync tenant tops out at 5,000 users, and your 3,800 seats fit with room to spare.

Meridian Vault keeps backups for 90 days by default, three times what Boxfield Backup keeps (30 days).

Meridian Vault is $20 per TB per month, about 25% below what you pay your current provider.

Let me know if the security review can happen before February 6.

Kevin

""" + SIG_KEVIN
mail("0004", "2026-01-27 13:44:02 -0800", KEVIN, [DANA], "Re: Pinecrest follow-up questions",
     alt(T0004, "utf-8", "7bit", "0004", style="gmail"), style="gmail", archive=True,
     claims=[
         C("sync", "max_users", 5000, "ok", "Today a Meridian Sync tenant tops out at 5,000 users"),
         C("vault", "retention", dur(90, "days"), "ok",
           "Meridian Vault keeps backups for 90 days by default, three times what Boxfield Backup keeps (30 days)."),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok",
           "Meridian Vault is $20 per TB per month, about 25% below what you pay your current provider."),
     ])

# ====================================================================== 0005 Osaka, release-note bullets with → (Shift_JIS b64)
T0005 = """阪神運輸株式会社
情報システム課　藤井様

いつもお世話になっております。大阪オフィスの松田です。
来期のご予算検討用に、メリディアン シンクの変更点をまとめました。

■メリディアン シンク　2026年4月のアップデート内容
・最大ユーザー数：5,000 → 10,000
・1ユーザーあたりのストレージ：1TB（変更なし）
・月額料金：50,000円（税抜）据え置き

他社比で約30%安く、業界最安水準の料金です。
処理速度も前バージョン比で約3倍になっております。

御社ドライバー様用のアカウント（約420件）の追加は、4月以降いつでも可能です。

以上、よろしくお願いいたします。

""" + SIG_MATSUDA
mail("0005", "2026-02-10 15:31:50 +0900", MATSUDA, [FUJII], "メリディアン シンク 4月アップデートのご案内",
     mime.text_part(T0005, "shift_jis", "base64"), style="thunderbird", mailer=THUNDERBIRD, charset="SHIFT_JIS",
     claims=[
         C("sync", "max_users", 10000, "ok", "・最大ユーザー数：5,000 → 10,000", judge="2026-04-01"),
         C("sync", "max_users", 5000, "ok", "・最大ユーザー数：5,000 → 10,000"),
         C("sync", "storage_per_user", 1 * TB, "ok", "・1ユーザーあたりのストレージ：1TB（変更なし）"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "・月額料金：50,000円（税抜）据え置き"),
     ],
     findings=[PH("ja.cheapest", "業界最安水準の料金です")])

# ====================================================================== 0006 Tokyo, 現行 5,000 (archive), RPO 4分の1
Q0006 = """4月以降、メリディアン・シンクは何名まで使えるようになるのでしょうか。
また、バックアップのRPOについても教えてください。
"""
T0006 = """森様

お世話になっております。東京オフィスの伊藤です。

メリディアン・シンクの現行の上限は5,000ユーザーです。4月の拡張後の値については、正式発表後に改めてご案内いたします。

メリディアン・ボールトのRPOは15分で、データ損失の幅を御社の現行システムの約4分の1に抑えられます。

引き続きよろしくお願いいたします。

""" + SIG_ITO + "\n" + quote(Q0006, "2026年3月4日(水) 18:20 森 直子 <mori.naoko@kasumi-denki.co.jp>:")
mail("0006", "2026-03-05 09:03:27 +0900", ITO, [MORI], "Re: 4月以降の利用者数について",
     alt(T0006, "utf-8", "base64", "0006", lang="ja"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "max_users", 5000, "ok", "メリディアン・シンクの現行の上限は5,000ユーザーです。"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトのRPOは15分で"),
     ])

# ====================================================================== 0007 US, release notes after the change (stale old value)
T0007 = """Hi Dana,

The new release is live. Highlights for your team:

What's new in Meridian Sync (this release)
- User limit: 5,000 → 10,000 per tenant (2x)
- Storage per user: unchanged, 1 TB
- Uptime SLA: 99.9%, same as before

Meridian Sync now has an industry-leading 10,000-user ceiling, so the Lansing plant can join the same tenant.

Meridian Insight (beta)
- Dashboard limit raised from 100 to 200 per workspace
- Query latency improved by 40% over the March build

Your renewal quote (Q-US-2026-4471) is attached separately; the 36-month term and the 12% discount carry over.

Megan

""" + SIG_MEGAN
mail("0007", "2026-04-14 08:55:10 -0700", MEGAN, [DANA], "April release notes: Meridian Sync and Meridian Insight",
     alt(T0007, "utf-8", "quoted-printable", "0007"), style="outlook-us", mailer=OUTLOOK, crlf=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "- User limit: 5,000 → 10,000 per tenant (2x)"),
         C("sync", "max_users", 5000, "stale", "- User limit: 5,000 → 10,000 per tenant (2x)"),
         C("sync", "storage_per_user", 1 * TB, "ok", "- Storage per user: unchanged, 1 TB"),
         C("sync", "sla", 99.9, "ok", "- Uptime SLA: 99.9%, same as before"),
         C("insight", "max_dashboards", 200, "ok", "- Dashboard limit raised from 100 to 200 per workspace"),
         C("insight", "max_dashboards", 100, "conflict", "- Dashboard limit raised from 100 to 200 per workspace"),
     ],
     findings=[PH("en.superlative", "Meridian Sync now has an industry-leading 10,000-user ceiling")])

# ====================================================================== 0008 London, old value with its period
T0008 = """Dear Alistair,

A quick correction to my January note. I jumped the gun on capacity: the new Meridian Sync limit only took effect on 1 April.

Until 31 March 2026 the Meridian Sync limit was 5,000 users; it is now 10,000 users per organisation.

Nothing else changes: Meridian Vault stays at £16/TB/month, and the Meridian Vault SLA remains 99.95%.

Apologies for any confusion this caused with the board.

Best wishes,
Harriet

""" + SIG_HARRIET
mail("0008", "2026-04-20 10:02:45 +0100", HARRIET, [ALISTAIR], "Correction: Meridian Sync capacity dates",
     alt(T0008, "utf-8", "quoted-printable", "0008"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     claims=[
         C("sync", "max_users", 5000, "ok",
           "Until 31 March 2026 the Meridian Sync limit was 5,000 users", judge="2026-03-31"),
         C("sync", "max_users", 10000, "ok", "it is now 10,000 users per organisation."),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault stays at £16/TB/month"),
         C("vault", "sla", 99.95, "ok", "the Meridian Vault SLA remains 99.95%."),
     ])

# ====================================================================== 0009 Tokyo, （旧）→（新）(stale old value)
T0009 = """森様

いつもお世話になっております。東京オフィスの山本です。
先日の仕様変更について、社内回覧用に要点をまとめました。

【メリディアン シンク 仕様変更のお知らせ】
最大5,000ユーザー（旧）→最大1万ユーザー（新）
同製品の月額料金：50,000円（税抜）→ 変更なし
ストレージ：1ユーザーあたり1TB（従来と同じ）

新しい上限は従来の2倍となり、グループ会社2社の統合後も同一テナントでご利用いただけます。

ご不明点がございましたらお気軽にお知らせください。

""" + SIG_YAMAMOTO
mail("0009", "2026-05-12 13:40:18 +0900", YAMAMOTO, [MORI], "【ご案内】メリディアン シンク 仕様変更の要点",
     alt(T0009, "utf-8", "base64", "0009", lang="ja"), style="outlook-jp", mailer=OUTLOOK,
     claims=[
         C("sync", "max_users", 5000, "stale", "最大5,000ユーザー（旧）→最大1万ユーザー（新）"),
         C("sync", "max_users", 10000, "ok", "最大5,000ユーザー（旧）→最大1万ユーザー（新）"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "同製品の月額料金：50,000円（税抜）→ 変更なし"),
         C("sync", "storage_per_user", 1 * TB, "ok", "ストレージ：1ユーザーあたり1TB（従来と同じ）"),
     ])

# ====================================================================== 0010 Osaka, 従来の2倍 misapplied, 20%値下げ miscomputed (archive)
Q0010 = """松田様

4月以降、メリディアン シンクは何名まで使えるようになったのでしょうか。
あわせて、メリディアン ボールトの料金改定の内容も教えてください。

藤井
"""
T0010 = """藤井様

お世話になっております。大阪オフィスの松田です。

メリディアン シンクの利用者数上限は従来の2倍、最大2万名となりました。
同製品の稼働率SLAは99.9%で変わりません。

メリディアン ボールトは従来比20%値下げし、1TBあたり月額2,240円（税抜）となりました。

ご契約中の35TB分は、次回請求分から新料金で計算いたします。

よろしくお願いいたします。

""" + SIG_MATSUDA + "\n" + quote(Q0010, "2026年5月18日(月) 9:02 藤井 誠 <fujii@hanshin-unyu.co.jp>:")
mail("0010", "2026-05-20 17:15:03 +0900", MATSUDA, [FUJII], "Re: 4月以降の変更点について",
     mime.text_part(T0010, "utf-8", "8bit", params="; format=flowed"), style="thunderbird", mailer=THUNDERBIRD,
     archive=True,
     claims=[
         C("sync", "max_users", 20000, "conflict", "メリディアン シンクの利用者数上限は従来の2倍、最大2万名となりました。"),
         C("sync", "sla", 99.9, "ok", "同製品の稼働率SLAは99.9%で変わりません。"),
         C("vault", "price_per_tb", money(2240, "JPY", "TB-month", "excluded"), "conflict",
           "メリディアン ボールトは従来比20%値下げし、1TBあたり月額2,240円（税抜）となりました。"),
     ])

# ====================================================================== 0011 Tokyo, current values + 他社の3倍 (archive)
T0011 = """森様

いつもお世話になっております。東京オフィスの伊藤です。
稟議資料用の数値を以下のとおりお送りいたします。

メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。

メリディアン ボールトは1TBあたり月額2,800円（税抜）、税込では3,080円です。
同製品の保持期間は標準90日間で、他社サービスで一般的な30日間の3倍です。

稟議の締め切りが6月19日と伺っておりますので、追加の資料が必要でしたら前日までにお知らせください。

""" + SIG_ITO
mail("0011", "2026-06-02 11:26:40 +0900", ITO, [MORI], "稟議資料用の数値について",
     mime.text_part(T0011, "utf-8", "quoted-printable"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "メリディアン ボールトは1TBあたり月額2,800円（税抜）"),
         C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "税込では3,080円です。"),
         C("vault", "retention", dur(90, "days"), "ok", "同製品の保持期間は標準90日間で、他社サービスで一般的な30日間の3倍です。"),
     ])

# ====================================================================== 0012 London, "twice as fast" (archive)
T0012 = """Hi Alistair,

Some numbers for the analytics workstream, as promised.

Meridian Insight queries are now twice as fast as in the spring beta, at under 1 second on the housing-repairs dataset.
Meridian Insight is £25 per user per month, around 15% less than the nearest competitor we priced.
You can build up to 200 dashboards in Meridian Insight, which covers all 14 regional teams.

Your 40 analyst licences would therefore be £1,000 a month before VAT.

Cheers,
Rupert

""" + SIG_RUPERT
mail("0012", "2026-06-15 14:08:12 +0100", RUPERT, [ALISTAIR], "Meridian Insight – performance and pricing",
     mime.text_part(T0012, "utf-8", "quoted-printable"), style="apple", mailer=APPLE, archive=True,
     claims=[
         C("insight", "query_latency", dur(1, "seconds"), "conflict",
           "Meridian Insight queries are now twice as fast as in the spring beta, at under 1 second"),
         C("insight", "per_user_price", money(25, "GBP", "user-month"), "ok",
           "Meridian Insight is £25 per user per month, around 15% less than the nearest competitor we priced."),
         C("insight", "max_dashboards", 200, "ok", "You can build up to 200 dashboards in Meridian Insight"),
     ])

# ====================================================================== 0013 US, "3x faster than Competitor X" (archive)
T0013 = """Dana,

Here is the benchmark summary you asked for ahead of the steering committee.

Meridian Insight returns queries within 2 seconds - 3x faster than Competitor X in the same benchmark (6.1 s).
Meridian Insight's free trial is 30 days, double the industry-standard 14.
General availability of Meridian Insight is planned for January 2027.

For the pilot, we'd suggest 25 users across finance and operations, starting the week of July 13.

Kevin

""" + SIG_KEVIN
mail("0013", "2026-07-01 09:17:55 -0700", KEVIN, [DANA], "Meridian Insight benchmark summary",
     alt(T0013, "us-ascii", "7bit", "0013", style="gmail"), style="gmail", archive=True,
     claims=[
         C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight returns queries within 2 seconds"),
         C("insight", "free_trial", dur(30, "days"), "ok", "Meridian Insight's free trial is 30 days, double the industry-standard 14."),
         C("insight", "general_availability", "2027-01", "ok",
           "General availability of Meridian Insight is planned for January 2027."),
     ])

# ====================================================================== 0014 customer, reported 倍増 (archive)
T0014 = """伊藤様

いつもお世話になっております。カスミ電機の森です。

弊社の利用者は昨年の850名から1,200名に増えました。
御社の営業の方からは、メリディアン シンクのストレージが1ユーザーあたり2TBに倍増したと伺っております。
設計部門のCADデータが増えているため、事実であれば大変助かります。

ご確認のほど、よろしくお願いいたします。

----
株式会社カスミ電機 総務部
森 直子
TEL 045-555-0871
"""
mail("0014", "2026-07-22 16:40:21 +0900", MORI, [ITO], "ストレージ容量について",
     mime.text_part(T0014, "utf-8", "base64"), style="webmail", mailer=ACTIVEMAIL, archive=True,
     claims=[
         C("sync", "storage_per_user", 2 * TB, "conflict",
           "メリディアン シンクのストレージが1ユーザーあたり2TBに倍増したと伺っております。", office="unknown"),
     ])

# ====================================================================== 0015 Tokyo reply, Outlook JA header block (archive)
T0015 = """森様

お世話になっております。東京オフィスの伊藤です。

大変申し訳ございません。メリディアン シンクのストレージは1ユーザーあたり1TBのままで、倍増はしておりません。
営業担当には改めて周知いたします。

容量が不足する部門については、メリディアン ボールトへのアーカイブ移行もご提案可能です。

""" + SIG_ITO + """
-----元のメッセージ-----
差出人: 森 直子 <mori.naoko@kasumi-denki.co.jp>
送信日時: 2026年7月22日 16:40
宛先: 伊藤 拓也 <takuya.ito@jp.meridian-data.com>
件名: ストレージ容量について

""" + T0014
mail("0015", "2026-07-24 10:05:36 +0900", ITO, [MORI], "RE: ストレージ容量について",
     alt(T0015, "utf-8", "base64", "0015", lang="ja"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     reply_to="0014",
     claims=[
         C("sync", "storage_per_user", 1 * TB, "ok",
           "メリディアン シンクのストレージは1ユーザーあたり1TBのままで、倍増はしておりません。"),
         C("sync", "storage_per_user", 2 * TB, "conflict",
           "メリディアン シンクのストレージが1ユーザーあたり2TBに倍増したと伺っております。",
           office="unknown", quoted=True),
     ])

# ====================================================================== 0016 US, period-placed + old RPO/RTO values
T0016 = """Hi Lukas,

For your partner enablement deck, here are the before/after figures people keep asking about.

Through March 2026 Meridian Sync capped tenants at 5,000 users; since April 1 the cap is 10,000.
Meridian Vault's RPO was tightened from 60 to 15 minutes when the v2.1 service description came out.
Meridian Vault's RTO went from 8 hours to 4 hours in the same release.
Meridian Vault now scales to 500 TB per tenant, 5x the 100 TB most competitors allow.

The April upgrade itself rolled out with zero downtime for every tenant.

Slides are due to your channel team by August 21, so send me questions by the 14th.

Megan

""" + SIG_MEGAN
mail("0016", "2026-08-05 10:30:00 -0700", MEGAN, [LUKAS], "Before/after figures for the enablement deck",
     alt(T0016, "utf-8", "quoted-printable", "0016"), style="outlook-us", mailer=OUTLOOK, crlf=True,
     claims=[
         C("sync", "max_users", 5000, "ok",
           "Through March 2026 Meridian Sync capped tenants at 5,000 users", judge="2026-03-31"),
         C("sync", "max_users", 10000, "ok", "since April 1 the cap is 10,000."),
         C("vault", "rpo", dur(60, "minutes"), "conflict",
           "Meridian Vault's RPO was tightened from 60 to 15 minutes"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO was tightened from 60 to 15 minutes"),
         C("vault", "rto", dur(8, "hours"), "unverified", "Meridian Vault's RTO went from 8 hours to 4 hours"),
         C("vault", "rto", dur(4, "hours"), "unverified", "Meridian Vault's RTO went from 8 hours to 4 hours"),
         C("vault", "max_storage", 500 * TB, "ok",
           "Meridian Vault now scales to 500 TB per tenant, 5x the 100 TB most competitors allow."),
     ],
     findings=[PH("en.guarantee", "rolled out with zero downtime")])

# ====================================================================== 0017 London, "up from 5,000 last year"
T0017 = """Dear Alistair,

Ahead of the merger workshop, a short summary of where things stand.

Meridian Sync now handles 10,000 users per organisation, up from 5,000 last year.
Meridian Sync works out about 20% cheaper per seat for Wyvern than it did before the merger.
Every Meridian Sync user gets 1 TB of storage and unlimited version history.

The workshop is booked for 9 September, 10:00–15:00, at your Gloucester office (room G.14).

Warm regards,
Harriet

""" + SIG_HARRIET
mail("0017", "2026-08-26 09:12:48 +0100", HARRIET, [ALISTAIR], "Wyvern / Severn Vale – where things stand",
     alt(T0017, "utf-8", "quoted-printable", "0017"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     claims=[
         C("sync", "max_users", 10000, "ok",
           "Meridian Sync now handles 10,000 users per organisation, up from 5,000 last year."),
         C("sync", "max_users", 5000, "ok",
           "Meridian Sync now handles 10,000 users per organisation, up from 5,000 last year.",
           judge="2025-12-31"),
         C("sync", "storage_per_user", 1 * TB, "ok", "Every Meridian Sync user gets 1 TB of storage"),
     ],
     findings=[PH("en.unlimited", "unlimited version history")])

# ====================================================================== 0018 Osaka, ⇒ arrows (stale old value)
T0018 = """藤井様

いつもお世話になっております。大阪オフィスの松田です。
先日のご質問への回答を、新旧対比の形でまとめました。
５月にお送りした「最大2万名」のご案内は誤りでした。大変失礼いたしました。

■メリディアン シンク
・最大ユーザー数　5,000⇒10,000
・月額料金　55,000円（税込）⇒変更なし

■メリディアン インサイト
・クエリ応答時間　最大2秒（従来比50%短縮）
・ダッシュボード数　最大200個

""" + SIG_MATSUDA
mail("0018", "2026-09-09 11:48:27 +0900", MATSUDA, [FUJII], "新旧対比表のご送付",
     mime.text_part(T0018, "shift_jis", "quoted-printable"), style="thunderbird", mailer=THUNDERBIRD,
     charset="SHIFT_JIS",
     claims=[
         C("sync", "max_users", 5000, "stale", "・最大ユーザー数　5,000⇒10,000"),
         C("sync", "max_users", 10000, "ok", "・最大ユーザー数　5,000⇒10,000"),
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "・月額料金　55,000円（税込）⇒変更なし"),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "・クエリ応答時間　最大2秒（従来比50%短縮）"),
         C("insight", "max_dashboards", 200, "ok", "・ダッシュボード数　最大200個"),
     ])

# ====================================================================== 0019 US, "2x our 2025 limit" (archive)
T0019 = """Hi Dana,

Answers for the security questionnaire, section 4:

4.1 Meridian Sync supports up to 10,000 users per tenant (2x our 2025 limit).
4.2 The Meridian Sync uptime SLA is 99.9%.
4.3 Meridian Vault data centers: Tokyo, Osaka, Oregon and Frankfurt - four regions, up from two.
4.4 Meridian Vault encrypts every backup with AES-256.

Ticket #5512 tracks the remaining items; target date is October 9.

Kevin

""" + SIG_KEVIN
mail("0019", "2026-09-30 15:02:19 -0700", KEVIN, [DANA], "Security questionnaire, section 4",
     mime.text_part(T0019, "us-ascii", "7bit"), style="gmail", archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "4.1 Meridian Sync supports up to 10,000 users per tenant (2x our 2025 limit)."),
         C("sync", "sla", 99.9, "ok", "4.2 The Meridian Sync uptime SLA is 99.9%."),
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
             "4.3 Meridian Vault data centers: Tokyo, Osaka, Oregon and Frankfurt - four regions, up from two."),
         C("vault", "encryption", "AES-256", "ok", "4.4 Meridian Vault encrypts every backup with AES-256."),
     ])

# ====================================================================== 0020 Tokyo, Insight ベータ当初の2倍 (archive)
T0020 = """森様

いつもお世話になっております。東京オフィスの山本です。
メリディアン インサイトについて、改めて条件をご案内いたします。

メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）で、ベータ期間中の価格から変更はございません。
同製品の一般提供開始は2027年1月を予定しております。
同製品のダッシュボードは最大200個まで作成でき、ベータ当初の2倍になりました。
業界初のAIによる自動レポート機能も搭載しております。

トライアルのご利用者数（30名）は、ご要望どおり確保いたしました。

""" + SIG_YAMAMOTO
mail("0020", "2026-10-14 14:22:51 +0900", YAMAMOTO, [MORI], "メリディアン インサイトのご案内",
     alt(T0020, "utf-8", "base64", "0020", lang="ja"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）で、ベータ期間中の価格から変更はございません。"),
         C("insight", "general_availability", "2027-01", "ok", "同製品の一般提供開始は2027年1月を予定しております。"),
         C("insight", "max_dashboards", 200, "ok", "同製品のダッシュボードは最大200個まで作成でき、ベータ当初の2倍になりました。"),
     ],
     findings=[PH("ja.first-in-industry", "業界初のAIによる自動レポート機能")])

# ====================================================================== 0021 partner, "dropped from 15 to 5 minutes" (archive)
T0021 = """Hi Megan,

Quick one before our customer day on November 4.

We've been telling our clients that Meridian Vault's RPO dropped from 15 to 5 minutes with the autumn release.
Can you confirm Meridian Vault now stores 1 PB per tenant? Two of our prospects need around 700 TB.

Thanks,
Lukas

--
Lukas Becker | Rheinwerk IT GmbH | Partner Manager
Hafenstrasse 12, 50670 Koeln | +49 221 555 0194
"""
mail("0021", "2026-10-28 08:41:13 +0100", LUKAS, [MEGAN], "Vault RPO and capacity",
     mime.text_part(T0021, "us-ascii", "7bit"), style="thunderbird", mailer=THUNDERBIRD, archive=True,
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok",
           "We've been telling our clients that Meridian Vault's RPO dropped from 15 to 5 minutes"),
         C("vault", "rpo", dur(5, "minutes"), "conflict",
           "We've been telling our clients that Meridian Vault's RPO dropped from 15 to 5 minutes"),
     ])

# ====================================================================== 0022 US reply, "On ... wrote:" quote of 0021 (archive)
T0022 = """Hi Lukas,

No change there, I'm afraid: Meridian Vault's RPO is still 15 minutes, and capacity remains 500 TB per tenant.
For the 700 TB prospects we would split the data across two tenants.

See you on the 4th.

Megan

""" + SIG_MEGAN + "\n" + quote(T0021, "On Wed, Oct 28, 2026 at 12:41 AM Lukas Becker <l.becker@rheinwerk-it.de> wrote:")
mail("0022", "2026-10-30 11:19:44 -0700", MEGAN, [LUKAS], "Re: Vault RPO and capacity",
     alt(T0022, "utf-8", "7bit", "0022", style="gmail"), style="gmail", archive=True, reply_to="0021",
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is still 15 minutes"),
         C("vault", "max_storage", 500 * TB, "ok", "capacity remains 500 TB per tenant."),
         C("vault", "rpo", dur(15, "minutes"), "ok",
           "We've been telling our clients that Meridian Vault's RPO dropped from 15 to 5 minutes",
           office="unknown", quoted=True),
         C("vault", "rpo", dur(5, "minutes"), "conflict",
           "We've been telling our clients that Meridian Vault's RPO dropped from 15 to 5 minutes",
           office="unknown", quoted=True),
     ])

# ====================================================================== 0023 London, Japanese-speaking customer? no: £25 vs competitor's £30 (archive)
T0023 = """Dear Alistair,

Following the steering group, here is the Insight pricing in one line for the minutes:

Meridian Insight: £25 per user per month, 17% less than the £30 list price of Competitor X.

Meridian Insight also comes with a 30-day free trial, twice the length of most competitors' trials.

Your finance team asked for 50 users from January; I've reserved those licences.

Kind regards,
Harriet

""" + SIG_HARRIET
mail("0023", "2026-11-10 12:00:07 +0000", HARRIET, [ALISTAIR], "Insight pricing for the minutes",
     alt(T0023, "windows-1252", "quoted-printable", "0023"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     archive=True,
     claims=[
         C("insight", "per_user_price", money(25, "GBP", "user-month"), "ok",
           "Meridian Insight: £25 per user per month, 17% less than the £30 list price of Competitor X."),
         C("insight", "free_trial", dur(30, "days"), "ok", "Meridian Insight also comes with a 30-day free trial"),
     ])

# ====================================================================== 0024 Osaka, 据え置き (archive)
T0024 = """藤井様

いつもお世話になっております。大阪オフィスの松田です。
来年度のメリディアン ボールト契約更新についてご連絡いたします。

メリディアン ボールトは、1TBあたり月額3,080円（税込）で来年度も据え置きとなります。
同製品の標準保持期間は90日間で、昨年度から変更はございません。
同製品のデータセンターは東京と大阪の2拠点をご利用いただけます。

なお、5月のメールでご案内した「20%値下げ」は誤りでございました。重ねてお詫び申し上げます。
更新手続きの書類は12月5日までにご返送ください。

""" + SIG_MATSUDA
mail("0024", "2026-11-18 10:33:29 +0900", MATSUDA, [FUJII], "メリディアン ボールト 契約更新のご案内",
     mime.text_part(T0024, "utf-8", "8bit"), style="thunderbird", mailer=THUNDERBIRD, archive=True,
     claims=[
         C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
           "メリディアン ボールトは、1TBあたり月額3,080円（税込）で来年度も据え置きとなります。"),
         C("vault", "retention", dur(90, "days"), "ok", "同製品の標準保持期間は90日間で、昨年度から変更はございません。"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "同製品のデータセンターは東京と大阪の2拠点をご利用いただけます。"),
     ])

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "query_latency", ("london", "us-hq")),
    ("meridian-sync", "max_users", ("london", "us-hq")),
    ("meridian-sync", "max_users", ("osaka", "tokyo")),
    ("meridian-vault", "price_per_tb", ("osaka", "tokyo")),
]

from docs_content import DOCS  # noqa: E402,F401
