"""The messages of set 83 (renewals and account management), each with its hand-written labels.

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
DAVID = ("David Reyes", "david.reyes@meridian-data.com")
MEGAN = ("Megan Foster", "megan.foster@meridian-data.com")
HARRIET = ("Harriet Cole", "harriet.cole@uk.meridian-data.com")
IMRAN = ("Imran Shah", "imran.shah@uk.meridian-data.com")
MORI = ("森 さやか", "sayaka.mori@jp.meridian-data.com")
ISHII = ("石井 拓也", "takuya.ishii@jp.meridian-data.com")
NISHIDA = ("西田 健", "ken.nishida@osaka.jp.meridian-data.com")

LAURA = ("Laura Chen", "l.chen@pinecrestdental.com")
BEN = ("Ben Alvarez", "balvarez@lakeshorecu.org")
NADIA = ("Nadia Price", "n.price@wexleyhousing.org.uk")
OWEN = ("Owen Davies", "owen.davies@brannock-eng.co.uk")
UENO = ("上野 真由美", "m-ueno@minami-shoji.co.jp")
MATSUMOTO = ("松本 浩二", "matsumoto@kawachi-kogyo.co.jp")
YOSHIDA = ("吉田 彩", "yoshida.a@hokushin-kasei.co.jp")

SIG_DAVID = """--
David Reyes
Renewals Manager, West | Meridian Data, Inc.
548 Market St, Suite 300, San Francisco, CA 94104
O +1 (415) 555-0163 | M +1 (415) 555-0109
"""

SIG_MEGAN = """Megan Foster
Account Executive, Financial Services
Meridian Data, Inc. | +1 (312) 555-0148 | megan.foster@meridian-data.com
"""

SIG_HARRIET = """Harriet Cole
Customer Success Manager – Public Sector
Meridian Data UK Ltd · 30 Finsbury Square, London EC2A 1AG
T +44 (0)20 7946 0552 · M +44 (0)7700 900731
Registered in England & Wales No. 09876543 · VAT GB 284 5521 09
"""

SIG_IMRAN = """Imran Shah
Account Manager | Meridian Data UK Ltd
T: +44 (0)161 496 0274 | M: +44 (0)7700 900866
"""

SIG_MORI = """━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス
カスタマーサクセス部　森 さやか
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング21F
TEL：03-5555-0241　携帯：090-5555-0713
━━━━━━━━━━━━━━━━━━━━
"""

SIG_ISHII = """--
メリディアン・データ株式会社　東京オフィス
営業第二部　石井 拓也（Takuya Ishii）
TEL 03-5555-0262 / 携帯 080-5555-0418
takuya.ishii@jp.meridian-data.com
"""

SIG_NISHIDA = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
メリディアン・データ株式会社　大阪オフィス
営業課　西田 健（にしだ けん）
〒530-0001 大阪市北区梅田3-3-10 梅田ダイビル14F
TEL 06-5555-0186 / FAX 06-5555-0187
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

# ====================================================================== 0001 US renewal notice, order summary, co-term
R0001_SYNC = "Meridian Sync workspace         $399.00/month      1        12 mo    $4,788.00"
R0001_VAULT = "Meridian Vault capacity         $20.00/TB/month    18 TB    12 mo    $4,320.00"
T0001 = """Hi Laura,

Your Meridian Sync subscription comes up for renewal on January 1, 2026, so here is the renewal quote (RQ-2025-1187) ahead of your budget meeting on the 20th.

RENEWAL ORDER SUMMARY - Pinecrest Dental Group
--------------------------------------------------------------------------------
Item                            Unit price         Qty      Term     Amount
""" + R0001_SYNC + "\n" + R0001_VAULT + """
Loyalty discount (5%)                                                -$455.40
--------------------------------------------------------------------------------
Total (annual, before tax)                                           $8,652.60

Nothing changes in the plan itself: Meridian Sync still covers up to 5,000 users, and each user keeps 1 TB of storage.

Co-terming: the 6 TB of Meridian Vault you added on November 1 is billed pro rata for November and December (6 TB at $20 per TB per month for two months = $240), so from January everything renews on one date.

If you'd like to talk it through, I'm free Tuesday 11/18 at 10:30 PT.

Thanks,
David

""" + SIG_DAVID
C0001 = [
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", R0001_SYNC),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", R0001_VAULT),
    C("sync", "max_users", 5000, "ok", "Meridian Sync still covers up to 5,000 users"),
    C("sync", "storage_per_user", 1 * TB, "ok", "each user keeps 1 TB of storage"),
]
mail("0001", "2025-11-12 09:14:33 -0800", DAVID, [LAURA], "Meridian renewal quote RQ-2025-1187 (renews Jan 1, 2026)",
     alt(T0001, "utf-8", "quoted-printable", "0001"), style="outlook-us", mailer=OUTLOOK, crlf=True, archive=True,
     claims=C0001)

# ====================================================================== 0002 Tokyo 契約更新のご案内 (ISO-2022-JP)
T0002 = """株式会社ミナミ商事
総務部　上野様

いつも大変お世話になっております。
メリディアン・データ東京オフィスの森でございます。

2026年1月31日に満了を迎えるご契約につきまして、更新のご案内をお送りいたします。

■現在のご契約内容（メリディアン シンク）
・月額料金：50,000円（税抜）
・ご利用上限：最大5,000ユーザー
・稼働率SLA：99.9％

■更新後の変更点
2026年4月1日以降、メリディアン シンクのご利用上限は1テナントあたり最大1万ユーザーに拡張されます。
料金の変更はございません。

更新のお手続きは、申込書（全2枚）にご捺印のうえ、1月16日（金）までにご返送ください。
現在ご利用中の約1,800名様分の設定は、そのまま引き継がれます。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

""" + SIG_MORI
C0002 = [
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "・月額料金：50,000円（税抜）"),
    C("sync", "max_users", 5000, "ok", "・ご利用上限：最大5,000ユーザー"),
    C("sync", "sla", 99.9, "ok", "・稼働率SLA：99.9％"),
    C("sync", "max_users", 10000, "ok", "2026年4月1日以降、メリディアン シンクのご利用上限は1テナントあたり最大1万ユーザーに拡張されます。",
      judge="2026-04-01"),
]
mail("0002", "2025-12-03 14:20:08 +0900", MORI, [UENO], "【メリディアン シンク】契約更新のご案内",
     mime.text_part(T0002, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     crlf=True, claims=C0002)

# ====================================================================== 0003 customer reply, Gmail quote of 0002
T0003 = """森様

お世話になっております。ミナミ商事の上野です。
更新のご案内をありがとうございました。社内で回覧いたします。

1点確認させてください。
4月以降に上限が拡張された後も、月額料金は据え置きという理解でよろしいでしょうか。

なお、弊社情報システム課では、メリディアン シンクの上限は最大5,000ユーザーと認識しております。
4月の拡張は社内周知いたします。

よろしくお願いいたします。

--
株式会社ミナミ商事　総務部
上野 真由美
〒461-0005 名古屋市東区東桜1-13-3
TEL 052-555-0391（直通）


""" + quote(T0002, "2025年12月3日(水) 14:20 森 さやか <sayaka.mori@jp.meridian-data.com>:")
mail("0003", "2025-12-05 10:02:51 +0900", UENO, [MORI], "Re: 【メリディアン シンク】契約更新のご案内",
     alt(T0003, "UTF-8", "base64", "0003", "gmail", "ja"), style="gmail", reply_to="0002",
     claims=[
         C("sync", "max_users", 5000, "ok", "メリディアン シンクの上限は最大5,000ユーザーと認識しております。", office="unknown"),
         as_quoted(C0002, "tokyo", "2025-12-05"),
     ])

# ====================================================================== 0004 London Vault renewal, legacy rate (Outlook, windows-1252)
T0004 = """Dear Nadia,

Thank you for confirming that Wexley would like to renew Meridian Vault for another year from 1 February 2026.

A note on price, as promised on Friday's call. Your current Meridian Vault rate of £14 per TB per month was a 2023 launch offer and ends with this term. The renewal is at the standard Meridian Vault list price of £16 per TB per month, ex VAT.

Everything else stays as it is:

- Meridian Vault keeps backups for 90 days by default, as today.
- Meridian Vault is covered by a 99.95% availability SLA.
- Your Meridian Vault tenant can grow to 500 TB; you are at 212 TB today.

The 30 TB added in October is co-termed to 1 February, so the renewal invoice carries a one-off pro-rata line of £1,440.00 for the three months up to then.

Purchase order details can go to accounts.receivable@uk.meridian-data.com, quoting ref. WHT-RN-0126.

Kind regards,
Harriet

""" + SIG_HARRIET
C0004 = [
    C("vault", "price_per_tb", money(14, "GBP", "TB-month"), "conflict",
      "Your current Meridian Vault rate of £14 per TB per month was a 2023 launch offer"),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
      "The renewal is at the standard Meridian Vault list price of £16 per TB per month, ex VAT."),
    C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
    C("vault", "sla", 99.95, "ok", "Meridian Vault is covered by a 99.95% availability SLA."),
    C("vault", "max_storage", 500 * TB, "ok", "Your Meridian Vault tenant can grow to 500 TB"),
]
mail("0004", "2026-01-14 16:05:41 +0000", HARRIET, [NADIA], "Meridian Vault renewal from 1 February 2026",
     alt(T0004, "windows-1252", "quoted-printable", "0004"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     archive=True, claims=C0004)

# ====================================================================== 0005 US upgrade: current plan vs new plan
R0005_SYNC = "Meridian Sync price        $399/month                   $399/month (no change)"
R0005_USERS = "Meridian Sync users        up to 5,000                  up to 5,000 until March 31; 10,000 from April 1, 2026"
R0005_VAULT = "Meridian Vault             not included                 $20 per TB per month, 25 TB to start"
R0005_INS = "Meridian Insight           not included                 beta seats now, $30 per user per month after GA"
T0005 = """Hi Ben,

Following our call, here's the side-by-side you asked for before you take the upgrade to your CFO.

                           Your current plan            Proposed plan (from March 1, 2026)
""" + "\n".join([R0005_SYNC, R0005_USERS, R0005_VAULT, R0005_INS]) + """

Meridian Insight goes GA in January 2027, and until then your analysts can use the beta at no charge.

One housekeeping note: a few of your branch laptops still run the old Meridian FileSync client, and those builds no longer get updates. The current Meridian Sync desktop client runs on Windows and macOS, so IT can swap them during the March patch window.

The proposal is valid until February 27. Happy to join the CFO meeting on the 24th if useful.

Best,
Megan

""" + SIG_MEGAN
mail("0005", "2026-02-09 13:47:19 -0600", MEGAN, [BEN], "Lakeshore CU - current plan vs. proposed plan",
     alt(T0005, "utf-8", "quoted-printable", "0005", "gmail"), style="gmail", archive=False,
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", R0005_SYNC),
         C("sync", "max_users", 5000, "ok", R0005_USERS),
         C("sync", "max_users", 10000, "ok", R0005_USERS, judge="2026-04-01"),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", R0005_VAULT),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", R0005_INS),
         C("insight", "general_availability", "2027-01", "ok", "Meridian Insight goes GA in January 2027"),
         SET("sync", "supported_platforms", ["Windows", "macOS"], "ok",
             "The current Meridian Sync desktop client runs on Windows and macOS"),
     ],
     findings=[TERM("sync", "the old Meridian FileSync client")])

# ====================================================================== 0006 Osaka 価格改定のお知らせ, 改定前・改定後 (Shift_JIS)
R0006_VAULT = "メリディアン ボールト 容量課金      2,500円/TB・月                 2,800円/TB・月"
R0006_SYNC = "メリディアン シンク 月額利用料      50,000円/月                    50,000円/月（据え置き）"
T0006 = """株式会社河内工業
管理部　松本様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
メリディアン・データ大阪オフィスの西田でございます。

このたび、メリディアン ボールトの容量課金単価を2026年4月1日より改定させていただくこととなりました。
何卒ご理解賜りますようお願い申し上げます。

【価格改定のお知らせ】
品目                              改定前（2026年3月31日まで）   改定後（2026年4月1日以降）
""" + R0006_VAULT + "\n" + R0006_SYNC + """
※金額はすべて税抜です。

改定後も業界最安水準の単価でご提供してまいります。
なお、御社の現在のご契約容量（12TB）での月額は、改定後33,600円（税抜）となります。

御社につきましては、ご契約の更新月（6月）までは現行単価のまま据え置きといたします。
ご不明点がございましたら、西田までお問い合わせください。

""" + SIG_NISHIDA
C0006 = [
    C("vault", "price_per_tb", money(2500, "JPY", "TB-month", "excluded"), "conflict", R0006_VAULT, judge="2026-03-31"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", R0006_VAULT, judge="2026-04-01"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", R0006_SYNC),
]
F0006 = [PH("ja.cheapest", "改定後も業界最安水準の単価でご提供してまいります。")]
mail("0006", "2026-02-20 10:12:30 +0900", NISHIDA, [MATSUMOTO],
     "【価格改定のお知らせ】メリディアン ボールト 容量課金単価の改定について",
     mime.text_part(T0006, "shift_jis", "base64"), style="webmail", mailer=ACTIVEMAIL, charset="ISO-2022-JP",
     claims=C0006, findings=F0006)

# ====================================================================== 0007 customer reply, Outlook JA header block (UTF-8 QP)
T0007 = """西田様

いつもお世話になっております。河内工業の松本です。
価格改定のご案内、承知いたしました。

旧単価のままで、6月の更新以降も継続いただくことは難しいでしょうか。
秋には容量を20TBまで増やす予定のため、社内で予算を組み直しております。

ご検討のほど、よろしくお願いいたします。

松本 浩二
株式会社河内工業　管理部
TEL 072-555-0148

-----Original Message-----
差出人: 西田 健 <ken.nishida@osaka.jp.meridian-data.com>
送信日時: 2026年2月20日 10:12
宛先: 松本 浩二 <matsumoto@kawachi-kogyo.co.jp>
件名: 【価格改定のお知らせ】メリディアン ボールト 容量課金単価の改定について

""" + T0006
mail("0007", "2026-02-24 17:40:02 +0900", MATSUMOTO, [NISHIDA],
     "RE: 【価格改定のお知らせ】メリディアン ボールト 容量課金単価の改定について",
     mime.text_part(T0007, "utf-8", "quoted-printable"), style="outlook-jp", mailer=OUTLOOK, crlf=True,
     reply_to="0006",
     claims=as_quoted(C0006, "osaka", "2026-02-24"),
     findings=[dict(f, quoted=True) for f in F0006])

# ====================================================================== 0008 London Sync renewal (Apple Mail, UTF-8 QP)
T0008 = """Hi Owen,

Quick one ahead of your Meridian Sync renewal on 1 April.

Your renewal price is £329 per month ex VAT for Meridian Sync, the same as this year, and the renewal quote (UK-Q-26-0311) is attached.

To answer Gwen's question from the review meeting: today Meridian Sync supports up to 5,000 users per organisation, so your 640 staff are well inside it.

Meridian Sync is ISO 27001 certified and SOC 2 Type II attested; the current certificates are in the trust portal.

You also keep unlimited version history on the Engineering share, as agreed in 2024.

Cheers,
Imran

""" + SIG_IMRAN
mail("0008", "2026-03-10 08:52:17 +0000", IMRAN, [OWEN], "Meridian Sync renewal 1 April",
     mime.text_part(T0008, "utf-8", "quoted-printable"), style="apple", mailer=APPLE, archive=True,
     claims=[
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Your renewal price is £329 per month ex VAT for Meridian Sync"),
         C("sync", "max_users", 5000, "ok", "today Meridian Sync supports up to 5,000 users per organisation"),
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
             "Meridian Sync is ISO 27001 certified and SOC 2 Type II attested"),
     ],
     findings=[PH("en.unlimited", "You also keep unlimited version history")])

# ====================================================================== 0009 Tokyo upgrade: 現行プラン vs 変更後プラン (UTF-8 base64, alt)
T0009 = """北辰化成株式会社
情報システム部　吉田様

いつもお世話になっております。メリディアン・データの石井です。
先日ご相談いただいたプラン変更（アップグレード）について、現行プランと変更後プランを以下にまとめました。

【現行プラン】
・メリディアン シンク：月額50,000円（税抜）

【変更後プラン（4月8日開始）】
・メリディアン シンク：月額50,000円（税抜）※変更なし
・メリディアン ボールト：1TBあたり月額2,800円（税抜）、初回20TB

メリディアン シンクは現在、1テナントあたり最大1万ユーザーまでご利用いただけます。
以前の資料にある「最大5,000ユーザー」は旧仕様のため、現在は適用されませんのでご注意ください。

メリディアン ボールトのRPOは15分で、データセンターは東京と大阪の2拠点です。

4月分は日割りとし、20TB×2,800円×23日/30日＝42,933円（税抜）を初回請求に含めます。

ご検討のほど、よろしくお願いいたします。

""" + SIG_ISHII
mail("0009", "2026-04-08 15:33:48 +0900", ISHII, [YOSHIDA], "プラン変更（メリディアン ボールト追加）のご案内",
     alt(T0009, "UTF-8", "base64", "0009", "outlook", "ja"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "・メリディアン シンク：月額50,000円（税抜）"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "・メリディアン ボールト：1TBあたり月額2,800円（税抜）"),
         C("sync", "max_users", 10000, "ok", "メリディアン シンクは現在、1テナントあたり最大1万ユーザーまでご利用いただけます。"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "データセンターは東京と大阪の2拠点です。"),
     ])

# ====================================================================== 0010 Osaka quote, 税込 prices (Thunderbird, UTF-8 8bit)
T0010 = """松本様

いつもお世話になっております。大阪オフィスの西田です。
先日お電話でご依頼いただいた、メリディアン シンク追加導入のお見積りをお送りいたします（見積番号 OSK-Q-0415）。

・メリディアン シンク：月額55,000円（税込）
・メリディアン ボールト（追加容量分）：1TBあたり月額3,080円（税込）

なお、メリディアン シンクはオフラインでのご利用には対応しておりません。
また、メリディアン シンクはISMAPにも登録済みですので、自治体向けのお取引でも安心してご利用いただけます。

6月の契約更新時に、ボールトと同日付で更新できるよう契約期間を揃えております（日割り計算は別紙のとおり）。

よろしくお願いいたします。

""" + SIG_NISHIDA
C0010_SYNC = C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "・メリディアン シンク：月額55,000円（税込）")
mail("0010", "2026-04-15 09:05:12 +0900", NISHIDA, [MATSUMOTO], "メリディアン シンク追加導入のお見積り（OSK-Q-0415）",
     mime.text_part(T0010, "utf-8", "8bit", params="; format=flowed"), style="thunderbird", mailer=THUNDERBIRD,
     archive=True,
     claims=[
         C0010_SYNC,
         C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
           "・メリディアン ボールト（追加容量分）：1TBあたり月額3,080円（税込）"),
         C("sync", "offline_mode", False, "ok", "メリディアン シンクはオフラインでのご利用には対応しておりません。"),
         C("sync", "certifications", "ISMAP", "conflict", "メリディアン シンクはISMAPにも登録済み"),
     ])

# ====================================================================== 0011 US upgrade note (Gmail, alt)
L0011_1 = "1) Seats. Meridian Sync now supports up to 10,000 users per workspace, so opening it to the two new clinics needs no second workspace. Your Meridian Sync price stays $399/month."
L0011_2 = "2) Analytics. Meridian Insight is in beta until its general availability in January 2027, and you can start a 30-day free trial for the practice managers."
T0011 = """Hi Laura,

Good news on the two items from your QBR list.

""" + L0011_1 + """ The two new clinics add about 260 people.

""" + L0011_2 + """ In our tests Meridian Insight dashboards load in under 2 seconds on data sets your size.

I'll send the order form for the clinic expansion this week; the co-term date is January 1, 2027 as before.

Thanks,
David

""" + SIG_DAVID
mail("0011", "2026-05-06 10:12:40 -0700", DAVID, [LAURA], "Re: QBR follow-ups - seats and analytics",
     alt(T0011, "utf-8", "quoted-printable", "0011", "gmail"), style="gmail", archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per workspace"),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Your Meridian Sync price stays $399/month."),
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight is in beta until its general availability in January 2027"),
         C("insight", "free_trial", dur(30, "days"), "ok", "you can start a 30-day free trial"),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight dashboards load in under 2 seconds"),
     ])

# ====================================================================== 0012 Osaka renewal quote with a wrong price (UTF-8 QP)
T0012 = """松本様

お世話になっております。大阪オフィスの西田です。
6月1日の契約更新に向けたお見積り（OSK-RN-0512）をお送りいたします。

価格改定に伴い、更新後のメリディアン シンクの月額料金は52,000円（税抜）となります。
メリディアン ボールトの標準保持期間は90日間で、こちらは変更ございません。

今回の更新で両製品をまとめてご契約いただければ、必ずコスト削減につながります。

ご契約期間：2026年6月1日～2027年5月31日（12か月）
お支払い：年額一括（請求書払い）

""" + SIG_NISHIDA
C0012 = [
    C("sync", "monthly_price", money(52000, "JPY", "month", "excluded"), "conflict",
      "更新後のメリディアン シンクの月額料金は52,000円（税抜）となります。"),
    C("vault", "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準保持期間は90日間で"),
]
F0012 = [PH("ja.absolute", "必ずコスト削減につながります")]
mail("0012", "2026-05-12 11:30:21 +0900", NISHIDA, [MATSUMOTO], "メリディアン 契約更新のお見積り（OSK-RN-0512）",
     mime.text_part(T0012, "utf-8", "quoted-printable"), style="thunderbird", mailer=THUNDERBIRD, archive=True,
     claims=C0012, findings=F0012)

# ====================================================================== 0013 London adds Sync, stale cap (Outlook, UTF-8 QP)
T0013 = """Dear Nadia,

Thanks for the quick turnaround on the Meridian Sync order form. A few points for the board paper:

- The Meridian Sync plan you are joining is capped at 5,000 users per organisation, which covers all 1,150 Wexley staff and contractors.
- Meridian Sync is £329 a month ex VAT; because we co-term it with your Meridian Vault renewal on 1 February 2027, the first invoice is pro rata for June 2026 to January 2027.
- Meridian Sync includes 1 TB of storage per user and runs on Windows, macOS, iOS and Android.

I'll book the kick-off with your IT team for 9 June at 10:00.

Kind regards,
Harriet

""" + SIG_HARRIET
mail("0013", "2026-05-28 14:18:09 +0100", HARRIET, [NADIA], "Meridian Sync for Wexley - notes for the board paper",
     alt(T0013, "utf-8", "quoted-printable", "0013"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "max_users", 5000, "stale", "The Meridian Sync plan you are joining is capped at 5,000 users per organisation"),
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 a month ex VAT"),
         C("sync", "storage_per_user", 1 * TB, "ok", "Meridian Sync includes 1 TB of storage per user"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "runs on Windows, macOS, iOS and Android"),
     ])

# ====================================================================== 0014 customer quotes the old price back (Outlook, UTF-8 b64)
T0014 = """西田様

お世話になっております。河内工業の松本です。
お見積りをお送りいただき、ありがとうございます。

4月にいただいたお見積りでは、以下の金額となっておりました。

2026年4月15日(水) 9:05 西田 健 <ken.nishida@osaka.jp.meridian-data.com>:
> ・メリディアン シンク：月額55,000円（税込）

今回のお見積りと金額が異なるようですので、念のためご確認いただけますでしょうか。
社内決裁は6月10日の予定です。

松本 浩二
株式会社河内工業　管理部
TEL 072-555-0148

-----Original Message-----
From: 西田 健 <ken.nishida@osaka.jp.meridian-data.com>
Sent: Tuesday, May 12, 2026 11:30 AM
To: 松本 浩二 <matsumoto@kawachi-kogyo.co.jp>
Subject: メリディアン 契約更新のお見積り（OSK-RN-0512）

""" + T0012
mail("0014", "2026-06-03 09:47:55 +0900", MATSUMOTO, [NISHIDA], "RE: メリディアン 契約更新のお見積り（OSK-RN-0512）",
     mime.text_part(T0014, "utf-8", "base64"), style="outlook-jp", mailer=OUTLOOK, crlf=True, reply_to="0012",
     archive=True,
     claims=as_quoted([C0010_SYNC] + C0012, "osaka", "2026-06-03"),
     findings=[dict(f, quoted=True) for f in F0012])

# ====================================================================== 0015 Osaka corrects the price with （誤）（正）
T0015 = """松本様

大変失礼いたしました。大阪オフィスの西田です。
先日のお見積りに誤りがございましたので、訂正いたします。

（誤）メリディアン シンク 月額料金 52,000円（税抜）
（正）メリディアン シンク 月額料金 50,000円（税抜）

価格改定の対象はメリディアン ボールトのみで、メリディアン シンクの料金は据え置きです。
訂正版のお見積り（OSK-RN-0512-2）を添付いたします。ご迷惑をおかけし申し訳ございません。

""" + SIG_NISHIDA
mail("0015", "2026-06-05 13:02:44 +0900", NISHIDA, [MATSUMOTO], "【訂正】メリディアン 契約更新のお見積り",
     mime.text_part(T0015, "utf-8", "8bit"), style="thunderbird", mailer=THUNDERBIRD, archive=True, reply_to="0014",
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "（正）メリディアン シンク 月額料金 50,000円（税抜）"),
     ])

# ====================================================================== 0016 London Insight add-on at renewal (Outlook, windows-1252)
T0016 = """Hi Owen,

As requested, here's where Meridian Insight would fit into your renewal next April.

Meridian Insight reaches general availability in January 2027. From then it is £25 per user per month ex VAT. We would co-term the 12 analyst seats to your 1 April 2027 renewal date.

Each Meridian Insight workspace holds up to 200 dashboards, which is plenty for the plant-level reporting you showed me.

Meridian Insight also comes with a 99.9% availability SLA from GA.

Speak soon,
Imran

""" + SIG_IMRAN
mail("0016", "2026-07-01 12:26:03 +0100", IMRAN, [OWEN], "Meridian Insight at your April 2027 renewal",
     alt(T0016, "windows-1252", "quoted-printable", "0016"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight reaches general availability in January 2027."),
         C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
           "From then it is £25 per user per month ex VAT."),
         C("insight", "max_dashboards", 200, "ok", "Each Meridian Insight workspace holds up to 200 dashboards"),
         C("insight", "sla", 99.9, "unverified", "Meridian Insight also comes with a 99.9% availability SLA from GA."),
     ])

# ====================================================================== 0017 Tokyo writes English, USD price (office-variant)
KEVIN = ("Kevin Wu", "k.wu@hokushin-america.com")
T0017 = """Dear Kevin,

Yoshida-san in Tokyo asked me to share the Meridian Insight details for your Chicago team, since you will be billed in US dollars.

- Meridian Insight is $30 per user per month once it is generally available in January 2027.
- Until then, you can evaluate it with a 30-day free trial.
- Meridian Insight answers typical queries in about 2 seconds.

Meridian Insight is the industry-leading analytics add-on for manufacturers, and it fits neatly into the renewal you already have with us in Tokyo.

Best regards,
Takuya Ishii
Meridian Data K.K. (Tokyo) | +81 3-5555-0262
"""
mail("0017", "2026-07-14 18:20:37 +0900", ISHII, [KEVIN], "Meridian Insight for the Chicago team",
     mime.text_part(T0017, "us-ascii", "7bit"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("insight", "per_user_price", money(30, "USD", "user-month"), "office-variant",
           "Meridian Insight is $30 per user per month once it is generally available in January 2027."),
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight is $30 per user per month once it is generally available in January 2027."),
         C("insight", "free_trial", dur(30, "days"), "ok", "Until then, you can evaluate it with a 30-day free trial."),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight answers typical queries in about 2 seconds."),
     ],
     findings=[PH("en.superlative", "Meridian Insight is the industry-leading analytics add-on")])

# ====================================================================== 0018 US Vault renewal + attached London note (message/rfc822)
T0018_INNER = """Hi Megan,

For Lakeshore: Meridian Vault keeps its EU copy in our Frankfurt data centre, and default retention is 90 days there as everywhere else.

Harriet
"""
inner18_dt = parse_dt("2026-08-17 17:02:11 +0100")
INNER18 = mime.message([
    ("From", mime.address(*HARRIET)), ("To", mime.address(*MEGAN)), ("Subject", "Re: Lakeshore - where is the EU copy?"),
    ("Date", format_datetime(inner18_dt)), ("Message-ID", "<%s>" % msgid("outlook-uk", "inner-0018")),
    ("MIME-Version", "1.0")], mime.text_part(T0018_INNER, "UTF-8", "7bit"))
T0018 = """Hi Ben,

Ahead of your Meridian Vault renewal on September 1, two answers to the questions from your risk committee.

Pricing: Meridian Vault renews at $20 per TB per month, and the 15-minute RPO stays in the contract schedule.

EU copy: our London colleague Harriet confirmed where the EU copy lives; her note is attached.

We'll move your existing backups to the new storage tier with zero downtime over the Labor Day weekend.

Best,
Megan

""" + SIG_MEGAN
mail("0018", "2026-08-18 09:15:26 -0500", MEGAN, [BEN], "Meridian Vault renewal - answers for the risk committee",
     mime.multipart("mixed", [mime.text_part(T0018, "utf-8", "7bit"),
                              mime.attached_message(INNER18, "Re Lakeshore - where is the EU copy.eml")],
                    mime.boundary("0018"), "This is a multi-part message in MIME format."),
     style="outlook-us", mailer=OUTLOOK, archive=True,
     claims=[
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault renews at $20 per TB per month"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "the 15-minute RPO stays in the contract schedule"),
         C("vault", "data_centers", "Frankfurt", "ok",
           "Meridian Vault keeps its EU copy in our Frankfurt data centre", quoted=True, office="london"),
         C("vault", "retention", dur(90, "days"), "ok",
           "default retention is 90 days there as everywhere else", quoted=True, office="london"),
     ],
     findings=[PH("en.guarantee", "with zero downtime over the Labor Day weekend")])

# ====================================================================== 0019 Tokyo renewal order summary (ISO-2022-JP)
R0019_SYNC = "メリディアン シンク            50,000円/月          1契約        50,000円"
R0019_VAULT = "メリディアン ボールト          2,800円/TB・月       32TB         89,600円"
T0019 = """北辰化成株式会社
情報システム部　吉田様

いつもお世話になっております。メリディアン・データの石井です。
10月1日付の契約更新につきまして、更新内容を以下にまとめました。

＜更新内容のご案内（金額は税抜）＞
品目                          単価                 数量         月額
""" + R0019_SYNC + "\n" + R0019_VAULT + """
合計                                                             139,600円

メリディアン ボールトの稼働率SLAは99.95％です。
メリディアン インサイトは2027年1月の一般提供開始後、1ユーザーあたり月額4,000円（税抜）となります。
また、メリディアン インサイトは50種類以上のデータソースと連携できます。

請求書上の旧製品名「メリディアン・ファイルシンク」は、今回の更新から「メリディアン シンク」に統一されます。

ご確認のほど、よろしくお願いいたします。

""" + SIG_ISHII
mail("0019", "2026-09-09 11:48:20 +0900", ISHII, [YOSHIDA], "10月1日付 契約更新内容のご案内",
     mime.text_part(T0019, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     crlf=True, archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", R0019_SYNC),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", R0019_VAULT),
         C("vault", "sla", 99.95, "ok", "メリディアン ボールトの稼働率SLAは99.95％です。"),
         C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月の一般提供開始後"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "1ユーザーあたり月額4,000円（税抜）となります。"),
         C("insight", "integrations", 50, "unverified", "メリディアン インサイトは50種類以上のデータソースと連携できます。"),
     ],
     findings=[TERM("sync", "旧製品名「メリディアン・ファイルシンク」")])

# ====================================================================== 0020 customer, interleaved reply quoting 0011
T0020 = """Hi David,

Picking this back up now that budget season is here.

On Wed, May 6, 2026 at 10:12 AM David Reyes <david.reyes@meridian-data.com> wrote:
> """ + L0011_1 + """

That worked out - both clinics are live. Our IT lead also tells me Meridian Sync runs on ChromeOS, which would let us retire the old front-desk PCs.

> """ + L0011_2 + """

We'd like to start the trial in November. Can the trial seats be co-termed with the January 1 renewal?

Laura

Laura Chen | Operations Director | Pinecrest Dental Group
(503) 555-0176
"""
mail("0020", "2026-10-06 08:31:09 -0700", LAURA, [DAVID], "Re: QBR follow-ups - seats and analytics",
     alt(T0020, "utf-8", "quoted-printable", "0020", "gmail"), style="gmail", archive=True, reply_to="0011",
     claims=[
         C("sync", "supported_platforms", "ChromeOS", "conflict", "Our IT lead also tells me Meridian Sync runs on ChromeOS",
           office="unknown"),
         as_quoted([
             C("sync", "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per workspace"),
             C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Your Meridian Sync price stays $399/month."),
             C("insight", "general_availability", "2027-01", "ok",
               "Meridian Insight is in beta until its general availability in January 2027"),
             C("insight", "free_trial", dur(30, "days"), "ok", "you can start a 30-day free trial"),
         ], "us-hq", "2026-10-06"),
     ])

# ====================================================================== 0021 US answer: denied member, proration, renewal prices
T0021 = """Hi Laura,

Glad the clinics are live.

On ChromeOS: I'm afraid Meridian Sync doesn't run on ChromeOS. It runs on Windows, macOS, iOS and Android, so the front-desk PCs would need to stay on Windows for now.

Insight trial: yes, start it whenever you like in November. When the trial converts after GA, Meridian Insight is billed at $30 per user per month for the 10 seats, prorated to your next January 1 renewal, so there is still a single renewal date.

Your renewal order for 2027 (RQ-2026-1020) follows by Friday: Meridian Sync at $399/month and Meridian Vault at $20 per TB per month, both unchanged from 2026.

Thanks,
David

""" + SIG_DAVID
mail("0021", "2026-10-20 15:40:52 -0700", DAVID, [LAURA], "Re: QBR follow-ups - seats and analytics",
     alt(T0021, "utf-8", "quoted-printable", "0021"), style="outlook-us", mailer=OUTLOOK, crlf=True, archive=True,
     reply_to="0020",
     claims=[
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "It runs on Windows, macOS, iOS and Android"),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok",
           "Meridian Insight is billed at $30 per user per month for the 10 seats"),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync at $399/month"),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault at $20 per TB per month"),
     ])

# ====================================================================== 0022 London 2027 renewal summary (Outlook, UTF-8 QP)
T0022 = """Dear Nadia,

Ahead of the 1 February 2027 renewal, here is the summary for Wexley's board pack.

Meridian Vault: £16 per TB per month ex VAT (unchanged); RPO 15 minutes; backups retained for 90 days by default.
Meridian Sync: £329 per month ex VAT (unchanged), co-termed to the same date.

Meridian Vault support tickets get a first response within 4 hours, which the board asked about last year.

On the data residency question: Meridian Vault stores the Wexley backups in our London and Frankfurt data centres, so nothing leaves Europe.

Please note that older order forms still say "Meridian File Sync"; that name is retired and the 2027 order form uses Meridian Sync throughout.

Kind regards,
Harriet

""" + SIG_HARRIET
mail("0022", "2026-11-04 10:44:36 +0000", HARRIET, [NADIA], "Wexley renewal 1 February 2027 - summary for the board pack",
     alt(T0022, "utf-8", "quoted-printable", "0022"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
           "Meridian Vault: £16 per TB per month ex VAT (unchanged)"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "RPO 15 minutes"),
         C("vault", "retention", dur(90, "days"), "ok", "backups retained for 90 days by default"),
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync: £329 per month ex VAT (unchanged)"),
         C("vault", "support_response_time", dur(4, "hours"), "unverified",
           "Meridian Vault support tickets get a first response within 4 hours"),
         C("vault", "data_centers", "London", "conflict",
           "Meridian Vault stores the Wexley backups in our London and Frankfurt data centres"),
         C("vault", "data_centers", "Frankfurt", "ok",
           "Meridian Vault stores the Wexley backups in our London and Frankfurt data centres"),
     ],
     findings=[TERM("sync", "\"Meridian File Sync\"")])

# ====================================================================== 0023 Osaka 旧価格・新価格 for Insight (UTF-8 8bit)
T0023 = """松本様

いつもお世話になっております。大阪オフィスの西田です。
2027年度のご契約更新にあたり、メリディアン インサイトの追加についてご案内いたします。

■メリディアン インサイト 旧価格・新価格
・旧価格（ベータ期間中）：無償
・新価格（2027年1月の一般提供開始以降）：1ユーザーあたり月額4,000円（税抜）

同製品は30日間の無料トライアルもご利用いただけます。
なお、メリディアン シンクのご利用上限（最大5,000ユーザー）に変更はございません。
メリディアン インサイトは導入社数No.1※のBIサービスです。
※2026年9月 関西ITリサーチ調べ（関西圏の製造業向けBIサービス導入社数）

更新のお手続きは12月18日（金）までにお願いいたします。

""" + SIG_NISHIDA
mail("0023", "2026-11-10 10:20:00 +0900", NISHIDA, [MATSUMOTO], "2027年度 契約更新のご案内（メリディアン インサイト 旧価格・新価格）",
     mime.text_part(T0023, "utf-8", "8bit"), style="thunderbird", mailer=THUNDERBIRD,
     claims=[
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "・新価格（2027年1月の一般提供開始以降）：1ユーザーあたり月額4,000円（税抜）", judge="2027-01-01"),
         C("insight", "general_availability", "2027-01", "ok",
           "・新価格（2027年1月の一般提供開始以降）：1ユーザーあたり月額4,000円（税抜）"),
         C("insight", "free_trial", dur(30, "days"), "ok", "同製品は30日間の無料トライアルもご利用いただけます。"),
         C("sync", "max_users", 5000, "stale", "メリディアン シンクのご利用上限（最大5,000ユーザー）に変更はございません。"),
     ])

# ====================================================================== 0024 Tokyo 2027 renewal, a 税込 slip (Outlook, UTF-8 QP, alt)
T0024 = """株式会社ミナミ商事
総務部　上野様

いつもお世話になっております。
メリディアン・データ東京オフィスの森でございます。

2027年1月31日に満了を迎えるご契約につきまして、更新のご案内をお送りいたします。
昨年ご質問いただいた料金の件は、今回の更新でも据え置きとなります。

■更新後のご契約内容（メリディアン シンク）
・月額料金：50,000円（税込）
・ご利用上限：最大1万ユーザー
・1ユーザーあたりのストレージ容量：1TB

■オプションのご提案（メリディアン インサイト）
・無料トライアル：14日間
・一般提供開始：2027年1月

■日割り計算について
契約期間の途中でオプションを追加される場合は、更新日（2月1日）に合わせて日割りでご請求いたします。
例）1月10日に10名分を追加：4,000円×10名×22日/30日＝29,333円（税抜）

お手数ですが、12月18日（金）までにご返信いただけますと幸いです。

""" + SIG_MORI
mail("0024", "2026-11-18 16:02:27 +0900", MORI, [UENO], "【メリディアン シンク】2027年 契約更新のご案内",
     alt(T0024, "utf-8", "quoted-printable", "0024", "outlook", "ja"), style="outlook-jp", mailer=OUTLOOK, crlf=True,
     archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "・月額料金：50,000円（税込）"),
         C("sync", "max_users", 10000, "ok", "・ご利用上限：最大1万ユーザー"),
         C("sync", "storage_per_user", 1 * TB, "ok", "・1ユーザーあたりのストレージ容量：1TB"),
         C("insight", "free_trial", dur(14, "days"), "conflict", "・無料トライアル：14日間"),
         C("insight", "general_availability", "2027-01", "ok", "・一般提供開始：2027年1月"),
     ])

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "free_trial", ("tokyo", "us-hq")),
    ("meridian-sync", "max_users", ("london", "us-hq")),
    ("meridian-sync", "monthly_price", ("osaka", "tokyo")),
]

from docs_content import DOCS  # noqa: E402,F401
