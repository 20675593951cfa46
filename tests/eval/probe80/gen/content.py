"""The messages of set 80 (mail as transport mangles it), each with its
hand-written labels. The documents are in docs_content.py.

Label helpers: C(...) a claim, SET(...) one claim per set member, PH(...) a
phrase finding, TERM(...) a terminology finding, UNREADABLE(...). A claim's
office/as_of default to the message's; quoted claims name the quoted author's
office and the reply's date; `judge` is the date a period-placed value is
judged at.

Text conventions: mime.SOFT ("\\x01") marks a forced quoted-printable soft
line break, mime.MIDCHAR ("\\x02") one inside the next character's bytes; both
vanish on decoding. Excerpts are written as a correct decoder yields them.
"""
import gzip
import hashlib
import textwrap
from datetime import datetime, timezone
from email.utils import format_datetime
from html import escape

import mime

TB = 10 ** 12
DOC_AS_OF = "2026-11-22"
S, M = mime.SOFT, mime.MIDCHAR
NB = "\u00a0"                       # what &nbsp; decodes to


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


def UNREADABLE(why):
    return {"kind": "unreadable", "rule": None, "product": None, "quoted": False, "text": why}


def flat(*items):
    out = []
    for i in items:
        out += i if isinstance(i, list) else [i]
    return out


def as_quoted(claims, office, as_of, text_fn=None):
    return [dict(c, quoted=True, office=office, as_of=as_of, text=text_fn(c["text"]) if text_fn else c["text"])
            for c in flat(*claims)]


# ====================================================================== text helpers
def quote(text, attribution=None, prefix="> "):
    lines = []
    if attribution:
        lines += [attribution, ""]
    for line in text.rstrip("\n").split("\n"):
        lines.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(lines) + "\n"


def flow_en(text, width=72, delsp=False):
    """format=flowed wire text (RFC 3676) of natural text: long lines broken at
    spaces; a soft break keeps the line's trailing space (DelSp=no) or adds one
    more (DelSp=yes). Quoted lines and the signature separator stay as they are."""
    out, in_sig = [], False
    for line in text.split("\n"):
        in_sig = in_sig or line == "-- "
        if line.startswith(">") or len(line) <= width or in_sig:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        pieces = []
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                pieces.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        pieces.append(cur)
        if delsp:
            pieces = [p + " " for p in pieces[:-1]] + pieces[-1:]
        out += pieces
    return "\n".join(out)


def flow_ja(text, width=30):
    """format=flowed; DelSp=yes wire text for Japanese: lines cut every `width`
    characters, anywhere (even inside a word or a number), each soft break
    marked by one added space that the decoder deletes."""
    out, in_sig = [], False
    for line in text.split("\n"):
        in_sig = in_sig or line == "-- "
        if line.startswith(">") or len(line) <= width or in_sig:
            out.append(line)
            continue
        while len(line) > width:
            cut = width
            while line[cut - 1] == " " or line[cut] == " ":   # never leave a natural space at a cut
                cut -= 1
            out.append(line[:cut] + " ")
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def html_of(text, lang="en"):
    """A plain HTML alternative of a text body, as webmail and Outlook send."""
    body = []
    for line in text.rstrip("\n").split("\n"):
        body.append("<div>%s</div>" % (escape(line) if line else "<br>"))
    font = "Meiryo UI" if lang == "ja" else "Calibri"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, "\n".join(body)))


def ncr(html_text):
    """Every non-ASCII character as a decimal character reference (&#12513;),
    as some CRM mailers write Japanese into a us-ascii HTML part."""
    return "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in html_text)


# ====================================================================== mail helpers
OFFICE_OF = {"meridian-data.com": "us-hq", "uk.meridian-data.com": "london",
             "jp.meridian-data.com": "tokyo", "osaka.jp.meridian-data.com": "osaka"}


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def msgid(style, seed, domain=None):
    x = h(seed, 40)
    if style == "gmail":
        return "CAH%s+%s@mail.gmail.com" % (x[:11].upper(), x[11:19])
    if style == "apple":
        return "%s-%s-%s-%s-%s@%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(),
                                      x[20:32].upper(), domain)
    if style == "outlook-uk":
        return "CWLP123MB%s%s@CWLP123MB%s.GBRP123.PROD.OUTLOOK.COM" % (x[:4].upper(), x[4:20].upper(), x[:4].upper())
    if style == "outlook-jp":
        return "OS3P286MB%s%s@OS3P286MB%s.JPNP286.PROD.OUTLOOK.COM" % (x[:4].upper(), x[4:20].upper(), x[:4].upper())
    if style == "outlook-us":
        return "SJ0PR13MB%s%s@SJ0PR13MB%s.namprd13.prod.outlook.com" % (x[:4].upper(), x[4:20].upper(), x[:4].upper())
    if style == "thunderbird":
        return "%s-%s-%s-%s-%s@%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    if style == "plain":
        return "%s.%s@%s" % (x[:14], x[14:20], domain)
    raise ValueError(style)


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


MESSAGES = []


def mail(n, when, frm, to, subject, part, claims=(), findings=(), archive=False, style="gmail", cc=None,
         reply_to=None, mailer=None, charset="UTF-8", crlf=False, extra=(), subject_raw=None, recover=None):
    name, addr = frm
    domain = addr.split("@")[1]
    dt = parse_dt(when)
    mid = msgid(style, "%s|%s" % (dt.strftime("%Y%m%d%H%M%S"), n), domain)
    hdrs = [("Return-Path", "<%s>" % addr)]
    rcpt = to[0][1]
    relay = "mail-%s.%s" % (h(n, 6), domain)
    hdrs.append(("Received", "from %s (%s [198.51.100.%d])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s"
                 % (relay, relay, int(h(n, 2), 16) % 250 + 2, rcpt.split("@")[1], h(n + "r", 12).upper(), rcpt,
                    format_datetime(dt))))
    hdrs.append(("From", mime.address(name, addr, charset)))
    hdrs.append(("To", ", ".join(mime.address(a, b, charset) for a, b in to)))
    if cc:
        hdrs.append(("Cc", ", ".join(mime.address(a, b, charset) for a, b in cc)))
    hdrs.append(("Subject", subject_raw or mime.encoded_words(subject, charset)))
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
         "claims": flat(*claims), "findings": list(findings), "archive": archive, "recover": recover}
    MESSAGES.append(m)
    return m


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
APPLE = ("X-Mailer", "Apple Mail (2.3864.200.81.1.6)")
THUNDERBIRD = ("User-Agent", "Mozilla Thunderbird")
CLAWS = ("User-Agent", "Claws Mail 4.1.1 (GTK 3.24.38; x86_64-pc-linux-gnu)")
ACTIVEMAIL = ("X-Mailer", "Active! mail")
BECKY = ("X-Mailer", "Becky! ver. 2.75.04 [ja]")
OLDJP = ("X-Mailer", "Datula 1.51.09 for Windows")
CRM = ("X-Mailer", "Relaymail Campaigns 7.2")


def alt(text, charset, cte, seed, style="outlook", lang="en", html_cte=None, params=""):
    return mime.multipart("alternative",
                          [mime.text_part(text, charset, cte, params=params),
                           mime.text_part(html_of(mime.strip_markers(text), lang), charset, html_cte or cte, "html")],
                          mime.boundary(seed, style))


# ---------------------------------------------------------------------- people
MEGAN = ("Megan Torres", "megan.torres@meridian-data.com")
ALEX = ("Alex Novak", "alex.novak@meridian-data.com")
HANNAH = ("Hannah Price", "hannah.price@uk.meridian-data.com")
JAMES = ("James Whitfield", "james.whitfield@uk.meridian-data.com")
YAMAMOTO = ("山本 彩", "aya.yamamoto@jp.meridian-data.com")
ITO = ("伊藤 健太", "kenta.ito@jp.meridian-data.com")
MATSUDA = ("松田 隆", "takashi.matsuda@osaka.jp.meridian-data.com")

MORI = ("森 健二", "k.mori@hokuto-denki.co.jp")
NISHIMURA = ("西村 恵", "nishimura@kansai-logi.jp")
ONO = ("小野 里奈", "r.ono@minato-sekkei.co.jp")
TAKADA = ("高田 誠", "takada@sakura-chozai.co.jp")
FUJII = ("藤井 亮介", "fujii@nextlink-sol.co.jp")
GREG = ("Greg Holloway", "g.holloway@pinecrest-mfg.com")
LAURA = ("Laura Chen", "laura.chen@bayview-clinic.org")
CLAIRE = ("Claire Dunmore", "claire.dunmore@ashworth-legal.co.uk")
RAVI = ("Ravi Mehta", "ravi.mehta@corran-housing.org.uk")

SIG_YAMAMOTO = """━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス　営業第一部
山本 彩（Aya Yamamoto）
〒100-6590 東京都千代田区丸の内1-5-1 新丸の内ビルディング9F
TEL：03-5555-0142　携帯：080-5555-2207
━━━━━━━━━━━━━━━━━━━━
"""
SIG_ITO = """-- 
伊藤 健太（Kenta Ito）
メリディアン・データ株式会社 東京オフィス 営業部
TEL: 03-5555-0176 / FAX: 03-5555-0177
"""
SIG_MATSUDA = """*************************************
メリディアン・データ株式会社 大阪オフィス
松田 隆（まつだ たかし）
〒541-0041 大阪市中央区北浜2-6-18 淀屋橋スクエア11F
TEL 06-6555-0123 / FAX 06-6555-0124
*************************************
"""
SIG_MEGAN = """-- 
Megan Torres | Account Executive, Central US
Meridian Data, Inc. | 100 Montgomery Street, Suite 1800, San Francisco, CA 94104
o +1 (415) 555-0187 | m +1 (628) 555-0143
"""
SIG_ALEX = """Alex Novak
Solutions Engineer, Healthcare | Meridian Data, Inc.
+1 (415) 555-0164 | alex.novak@meridian-data.com
"""
SIG_HANNAH = """-- 
Hannah Price
Enterprise Account Manager | Meridian Data UK Ltd
2 Eastbourne Terrace, London W2 6LG | +44 (0)20 7946 0558
Registered in England and Wales No. 11827364
"""
SIG_JAMES = """James Whitfield
Public Sector Bids | Meridian Data UK Ltd
T +44 (0)20 7946 0611 | M +44 (0)7700 900872
"""


# ====================================================================== 0001 Tokyo, Sync: UTF-8 QP, soft breaks inside numbers and characters
T0001 = """株式会社北斗電機
情報システム課　森様

いつもお世話になっております。
メリディアン・データ東京オフィスの山本でございます。

先日のお打ち合わせでご質問いただいた点について、ご回答いたします。

■ご利用人数
メリディアン シンクは1テナントあたり最大5,0""" + S + """00ユーザーまでご利用いただけます。
御社の現在の従業員数（約1,200名）でも十分に対応可能です。

■料金
同製品の月額料金は5""" + S + """0,000円（税抜）でございます。
年間契約の場合は、初年度のみ10％のお値引きが可能です。

■ストレージ
メリディ""" + M + """アン シンクでは、1ユーザーあたり1""" + S + """TBのストレージ容量をご利用いただけます。

ご検討のほど、よろしくお願いいたします。

""" + SIG_YAMAMOTO
C0001 = [
    C("sync", "max_users", 5000, "ok", "メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）でございます。"),
    C("sync", "storage_per_user", 1 * TB, "ok", "メリディアン シンクでは、1ユーザーあたり1TBのストレージ容量をご利用いただけます。"),
]
mail("0001", "2025-11-12 14:03:22 +0900", YAMAMOTO, [MORI], "メリディアン シンクについてのご回答",
     mime.text_part(T0001, "utf-8", "quoted-printable"), style="outlook-jp", mailer=OUTLOOK, crlf=True, archive=True,
     claims=C0001)

# ====================================================================== 0002 US, Vault: format=flowed, DelSp=no
T0002 = """Hi Greg,

Thanks for the call on Tuesday. Here is the summary you asked for on Meridian Vault, so your team can review it before the budget meeting on December 4.

Meridian Vault keeps every backup for 90 days by default, and its RPO is 15 minutes, so at most a quarter of an hour of changes is at risk.
Meridian Vault is priced at $20 per TB per month, billed monthly on the capacity you actually protect.
Meridian Vault is backed by a 99.95% availability SLA and runs in our Oregon and Frankfurt data centers for US and EU customers.
Vault backups are encrypted at rest with AES-256.

For your roughly 140 TB today we'd suggest starting in the Oregon region. Meridian Vault is the industry-leading choice for mid-sized manufacturers, and I'm happy to set up a reference call.

Best,
Megan

""" + SIG_MEGAN
mail("0002", "2025-11-20 10:15:40 -0800", MEGAN, [GREG], "Meridian Vault summary for Pinecrest",
     mime.text_part(flow_en(T0002, 66), "us-ascii", "7bit", params="; format=flowed"), style="thunderbird",
     mailer=THUNDERBIRD, archive=True,
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps every backup for 90 days by default"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "its RPO is 15 minutes, so at most a quarter of an hour of changes is at risk."),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is priced at $20 per TB per month"),
         C("vault", "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA"),
         SET("vault", "data_centers", ["Oregon", "Frankfurt"], "ok",
             "runs in our Oregon and Frankfurt data centers for US and EU customers."),
         C("vault", "encryption", "AES-256", "ok", "Vault backups are encrypted at rest with AES-256."),
     ],
     findings=[PH("en.superlative", "Meridian Vault is the industry-leading choice for mid-sized manufacturers")])

# ====================================================================== 0003 customer replies to 0001 (ISO-2022-JP, Gmail quote)
T0003 = """山本様

お世話になっております。北斗電機の森です。
ご回答ありがとうございました。社内で検討を進めております。

一点追加で確認させてください。
当社の設計部門ではLinuxの端末も使っておりますが、メリディアン シンクはLinuxにも対応していますでしょうか。

また、以前別の販売店の方から、メリディアン シンクはオフラインでも編集できると伺っております。
こちらも事実かどうかご確認いただけますと幸いです。

よろしくお願いいたします。

--
株式会社北斗電機 情報システム課
森 健二
TEL: 052-555-0119（内線 3321）

""" + quote(mime.strip_markers(T0001), "2025年11月12日(水) 14:03 山本 彩 <aya.yamamoto@jp.meridian-data.com>:")
mail("0003", "2025-12-03 09:27:51 +0900", MORI, [YAMAMOTO], "",
     mime.text_part(T0003, "iso-2022-jp", "7bit"), style="gmail", charset="ISO-2022-JP", reply_to="0001",
     archive=True,
     subject_raw=mime.split_words("Re: メリディアン シンクについてのご回答", "UTF-8", "B", 12),
     claims=[
         C("sync", "offline_mode", True, "conflict", "以前別の販売店の方から、メリディアン シンクはオフラインでも編集できると伺っております。"),
         as_quoted(C0001, "tokyo", "2025-12-03"),
     ])

# ====================================================================== 0004 London, HTML-only with entities (QP, soft breaks inside entities)
H0004 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>li{margin-bottom:4px}</style></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Claire,</p>
<p>Thank you for your time on Thursday. As promised, here are the key points on Meridian Sync &amp; Meridian Vault for Ashworth Legal.</p>
<h3>Meridian Sync</h3>
<ul>
<li>Meridian Sync is &pound;329 per month for the firm, excluding VAT.</li>
<li>Meridian Sync carries a 99.9&""" + S + """nbsp;% uptime SLA.</li>
<li>Meridian Sync is ISO&nbsp;27001 certified, and our SOC&nbsp;2 Type&nbsp;II report is available under NDA.</li>
</ul>
<h3>Meridian Vault</h3>
<ul>
<li>Meridian Vault restores to a point within 1""" + S + """5&nbsp;minutes of any failure (RPO).</li>
<li>Storage is &pound;16 per TB per month.</li>
<li>Meridian Vault keeps your data in Frankfurt &ndash; we don&rsquo;t operate a London data centre.</li>
</ul>
<p>For the 85 fee earners in your Manchester and Leeds offices, I&rsquo;d suggest a three-month pilot from 12&nbsp;January.</p>
<p>Kind regards,<br>Hannah Price<br>Enterprise Account Manager<br>Meridian Data UK Ltd &middot; 2 Eastbourne Terrace, London W2 6LG<br>+44 (0)20 7946 0558</p>
</body></html>
"""
mail("0004", "2025-12-15 11:20:05 +0000", HANNAH, [CLAIRE], "Meridian Sync & Meridian Vault - key points",
     mime.text_part(H0004, "utf-8", "quoted-printable", "html"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     archive=True,
     claims=[
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync is £329 per month for the firm, excluding VAT."),
         C("sync", "sla", 99.9, "ok", "Meridian Sync carries a 99.9" + NB + "% uptime SLA."),
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
             "Meridian Sync is ISO" + NB + "27001 certified, and our SOC" + NB + "2 Type" + NB + "II report is available under NDA."),
         C("vault", "rpo", dur(15, "minutes"), "ok",
           "Meridian Vault restores to a point within 15" + NB + "minutes of any failure (RPO)."),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Storage is £16 per TB per month."),
         C("vault", "data_centers", "Frankfurt", "ok",
           "Meridian Vault keeps your data in Frankfurt – we don’t operate a London data centre."),
     ])

# ====================================================================== 0005 Osaka, Vault: Shift_JIS bytes labelled ISO-8859-1
T0005 = """関西ロジスティクス株式会社
総務部　西村様

平素より大変お世話になっております。
メリディアン・データ大阪オフィスの松田でございます。

先日お問い合わせいただきましたメリディアン ボールトについて、概要をお送りいたします。

・料金：メリディアン ボールトは1TBあたり月額3,080円（税込）でございます。
・稼働率：同製品のSLAは99.95％でございます。
・データセンター：同製品のデータは東京と大阪の国内データセンターに保管いたします。
・業界最安クラスの料金で、長期保管にも最適です。

御社の保管予定容量（約60TB）ですと、月額合計はおよそ184,800円（税込）となります。

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_MATSUDA
mail("0005", "2026-01-08 16:42:10 +0900", MATSUDA, [NISHIMURA], "メリディアン ボールトのご案内",
     mime.text_part(T0005, "shift_jis", "8bit", label="ISO-8859-1"), style="plain", mailer=OLDJP,
     charset="ISO-2022-JP", archive=True, recover="shift_jis",
     claims=[
         C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
           "メリディアン ボールトは1TBあたり月額3,080円（税込）でございます。"),
         C("vault", "sla", 99.95, "ok", "同製品のSLAは99.95％でございます。"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "同製品のデータは東京と大阪の国内データセンターに保管いたします。"),
     ],
     findings=[PH("ja.cheapest", "業界最安クラスの料金で、長期保管にも最適です。")])

# ====================================================================== 0006 US, Insight: UTF-8 bytes labelled us-ascii / 7bit
T0006 = """Hi Laura,

Great to meet you and Dr. Patel at the Sacramento summit. Here’s what I promised on Meridian Insight:

- Meridian Insight is in beta today — general availability is planned for January 2027.
- Once it’s GA, Meridian Insight will be $30 per user per month.
- Your analysts can start a 30-day free trial of Meridian Insight whenever they’re ready.
- Meridian Insight dashboards load in under 2 seconds on typical clinic datasets, and you can build unlimited dashboards.

Bayview’s 35 analysts would fit comfortably in one pilot workspace.

Cheers,
Alex

""" + SIG_ALEX
mail("0006", "2026-01-20 13:05:33 -0800", ALEX, [LAURA], "Meridian Insight – what I promised",
     mime.text_part(T0006, "utf-8", "7bit", label="us-ascii"), style="apple", mailer=APPLE, archive=True,
     recover="utf-8",
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight is in beta today — general availability is planned for January 2027."),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok",
           "Once it’s GA, Meridian Insight will be $30 per user per month."),
         C("insight", "free_trial", dur(30, "days"), "ok", "start a 30-day free trial of Meridian Insight"),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight dashboards load in under 2 seconds"),
     ],
     findings=[PH("en.unlimited", "you can build unlimited dashboards")])

# ====================================================================== 0007 Tokyo, Insight: ISO-2022-JP, format=flowed; DelSp=yes
T0007 = """小野様

いつもお世話になっております。
メリディアン・データ東京オフィスの伊藤です。

ご依頼いただいたメリディアン インサイトの概要を以下にお送りいたします。

メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）でございます。
同製品では、1ワークスペースあたり最大200個までダッシュボードを作成できます。
メリディアン インサイトの正式リリースは2027年1月を予定しており、現在はベータ版としてご提供しております。
クエリ応答時間は、同製品の標準的な構成で2秒以内です。

ご不明点があれば何なりとお申し付けください。

""" + SIG_ITO
mail("0007", "2026-02-05 18:22:47 +0900", ITO, [ONO], "メリディアン インサイトの概要",
     mime.text_part(flow_ja(T0007, 31), "iso-2022-jp", "7bit", params="; format=flowed; delsp=yes"),
     style="thunderbird", mailer=THUNDERBIRD, charset="ISO-2022-JP", archive=True,
     claims=[
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）でございます。"),
         C("insight", "max_dashboards", 200, "ok", "同製品では、1ワークスペースあたり最大200個までダッシュボードを作成できます。"),
         C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトの正式リリースは2027年1月を予定しており"),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "クエリ応答時間は、同製品の標準的な構成で2秒以内です。"),
     ])

# ====================================================================== 0008 London, Vault: hard-wrapped at 72 columns, QP soft breaks in numbers
T0008 = """Dear Ravi,

Many thanks for the tender clarification questions received on 11
February. Our answers on Meridian Vault are below; the full response
pack follows by courier.

Q3. Meridian Vault, as specified in section 2 of our response, stores up
to 5""" + S + """00 TB per tenant. That covers your projected 180 TB with room to
grow.

Q4. By default Meridian Vault retains every backup for 90
days; longer retention can be configured per policy.

Q5. Meridian Vault is priced at £1""" + S + """6 per TB per month, excluding VAT,
and there is no charge for restores.

Q6. All Meridian Vault backups are encrypted at rest with
AES-256.

We can run the onboarding workshop in the week of 9 March, and a
risk-free 30-day pilot is available if your board prefers.

Yours sincerely,

""" + SIG_JAMES
C0008_Q3 = "Meridian Vault, as specified in section 2 of our response, stores up\nto 500 TB per tenant."
C0008 = [
    C("vault", "max_storage", 500 * TB, "ok", C0008_Q3),
    C("vault", "retention", dur(90, "days"), "ok", "By default Meridian Vault retains every backup for 90\ndays"),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
      "Meridian Vault is priced at £16 per TB per month, excluding VAT,"),
    C("vault", "encryption", "AES-256", "ok", "All Meridian Vault backups are encrypted at rest with\nAES-256."),
]
mail("0008", "2026-02-18 10:12:09 +0000", JAMES, [RAVI], "Tender CT-2026-044: clarification answers (Meridian Vault)",
     mime.text_part(T0008, "utf-8", "quoted-printable"), style="thunderbird", mailer=CLAWS, archive=True,
     claims=C0008, findings=[PH("en.guarantee", "risk-free 30-day pilot")])

# ====================================================================== 0009 Tokyo, HTML-only in us-ascii: Japanese as &#NNNNN;, &yen; &#165; &nbsp;
H0009 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body style="font-family:'Meiryo UI',sans-serif;font-size:10.5pt">
<p>株式会社北斗電機<br>情報システム課　森様</p>
<p>いつもお世話になっております。東京オフィスの山本です。<br>ご依頼のお見積り条件を以下にまとめました。</p>
<table border="1" cellspacing="0" cellpadding="4">
<caption>メリディアン シンク／メリディアン ボールト 料金表（金額はすべて税抜）</caption>
<tr><th>製品</th><th>項目</th><th>単価</th><th>数量</th><th>小計</th></tr>
<tr><td>メリディアン シンク</td><td>月額基本料金</td><td>&yen;50,000/月</td><td>12か月</td><td>&yen;600,000</td></tr>
<tr><td>メリディアン ボールト</td><td>容量課金（1TBあたり月額）</td><td>&#165;2,800/TB</td><td>20TB&times;12か月</td><td>&#165;672,000</td></tr>
</table>
<p>メリディアン シンクは現在、最大5,000&nbsp;ユーザーまでご利用いただけます（2026年4月1日以降は最大1万ユーザーに拡張予定です）。</p>
<p>メリディアン ボールトのデータは東京・大阪のデータセンターで保管され、同製品のSLAは99.95&nbsp;%です。</p>
<p>ご不明点がございましたら、お気軽にお申し付けください。</p>
<p>━━━━━━━━━━━━━━━━━━━━<br>メリディアン・データ株式会社　東京オフィス<br>山本 彩<br>TEL：03-5555-0142</p>
</body></html>
"""
USERS0009 = "メリディアン シンクは現在、最大5,000" + NB + "ユーザーまでご利用いただけます（2026年4月1日以降は最大1万ユーザーに拡張予定です）。"
mail("0009", "2026-03-04 11:48:30 +0900", YAMAMOTO, [MORI], "【お見積り条件】メリディアン シンク／ボールト",
     mime.text_part(ncr(H0009), "us-ascii", "7bit", "html"), style="plain", mailer=CRM,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "¥50,000/月"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "¥2,800/TB"),
         C("sync", "max_users", 5000, "ok", USERS0009),
         C("sync", "max_users", 10000, "ok", USERS0009, judge="2026-04-01"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "メリディアン ボールトのデータは東京・大阪のデータセンターで保管され"),
         C("vault", "sla", 99.95, "ok", "同製品のSLAは99.95" + NB + "%です。"),
     ])

# ====================================================================== 0010 customer replies to 0008: interleaved, the quote re-wrapped by the client
T0010 = """Dear James,

Thank you, some follow-ups inline.

On 18 Feb 2026, at 10:12, James Whitfield <james.whitfield@uk.meridian-data.com> wrote:
> Q3. Meridian Vault, as specified in section 2 of our response,
> stores up to 500 TB per tenant. That covers your projected 180 TB
> with room to grow.

Is that measured before or after deduplication? Our current supplier bills on the deduplicated figure.

> Q4. By default Meridian Vault retains every backup for 90 days;
> longer retention can be configured per policy.

Understood. Our current supplier keeps 30 days, so that would be an improvement for us.

> Q5. Meridian Vault is priced at £16 per TB per month, excluding
> VAT, and there is no charge for restores.

Could you confirm whether that rate is fixed for the full three-year term?

Kind regards,
Ravi

Ravi Mehta
Head of ICT, Corran Housing Association
Tel: 0161 496 0723
"""
mail("0010", "2026-03-19 15:31:02 +0000", RAVI, [JAMES], "RE: Tender CT-2026-044: clarification answers (Meridian Vault)",
     mime.text_part(T0010, "windows-1252", "quoted-printable"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     reply_to="0008",
     claims=[
         C("vault", "max_storage", 500 * TB, "ok",
           "Meridian Vault, as specified in section 2 of our response,\n> stores up to 500 TB per tenant.",
           quoted=True, office="london"),
         C("vault", "retention", dur(90, "days"), "ok", "By default Meridian Vault retains every backup for 90 days",
           quoted=True, office="london"),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
           "Meridian Vault is priced at £16 per TB per month, excluding\n> VAT", quoted=True, office="london"),
     ])

# ====================================================================== 0011 US, Sync: CRLF headers, body with mixed CRLF/LF
T0011 = """Hi Greg,

Good news on the file-sharing side as well. As of this month Meridian Sync supports up to 10,000 users per tenant. Your 2,600 staff across the three plants fit comfortably in one tenant.

Meridian Sync is $399 per month, and each user gets 1 TB of storage.
Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II attestation.
Meridian Sync runs on Windows, macOS, iOS and Android; please note it does not support Linux desktops.
Meridian Sync has no offline mode, so your shop-floor tablets will need Wi-Fi to sync.

Would Thursday, April 23 at 10am Central work for a demo?

Best,
Megan

""" + SIG_MEGAN
mail("0011", "2026-04-14 08:52:17 -0700", MEGAN, [GREG], "Meridian Sync for Pinecrest",
     mime.text_part(T0011, "us-ascii", "7bit"), style="outlook-us", mailer=OUTLOOK, crlf="mixed", archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "As of this month Meridian Sync supports up to 10,000 users per tenant."),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month"),
         C("sync", "storage_per_user", 1 * TB, "ok", "each user gets 1 TB of storage."),
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
             "Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II attestation."),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "Meridian Sync runs on Windows, macOS, iOS and Android; please note it does not support Linux desktops."),
         C("sync", "offline_mode", False, "ok", "Meridian Sync has no offline mode"),
     ])

# ====================================================================== 0012 Osaka, Vault: UTF-8 QP, soft breaks inside numbers and characters
T0012 = """西村様

お世話になっております。大阪オフィスの松田です。
先日の打ち合わせでご質問いただいたメリディアン ボールトの仕様について、補足いたします。

・メリディアン ボー""" + M + """ルトのSLAは99.9""" + S + """5％です。
・同製品のRPO（目標復旧時点）は1""" + S + """5分です。
・同製品のバックアップ保持期間は、標準で9""" + S + """0日間です。
・メリディアン ボールトは1テナントあたり最大5""" + S + """00TBまで保存できます。
・同製品のRTO（目標復旧時間）は4時間程度を目安としております。

5月13日（水）の午後に、御社倉庫のご担当者様とのお打ち合わせを予定しております。
当日は担当SE含め3名で伺います。

""" + SIG_MATSUDA
mail("0012", "2026-04-28 17:05:44 +0900", MATSUDA, [NISHIMURA], "メリディアン ボールト仕様の補足",
     mime.text_part(T0012, "utf-8", "quoted-printable"), style="plain", mailer=ACTIVEMAIL, charset="ISO-2022-JP",
     archive=True,
     claims=[
         C("vault", "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95％です。"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "同製品のRPO（目標復旧時点）は15分です。"),
         C("vault", "retention", dur(90, "days"), "ok", "同製品のバックアップ保持期間は、標準で90日間です。"),
         C("vault", "max_storage", 500 * TB, "ok", "メリディアン ボールトは1テナントあたり最大500TBまで保存できます。"),
         C("vault", "rto", dur(4, "hours"), "unverified", "同製品のRTO（目標復旧時間）は4時間程度を目安としております。"),
     ])

# ====================================================================== 0013 London, Sync: format=flowed; DelSp=yes (Apple Mail), QP
T0013 = """Hi Claire,

Thanks for confirming the renewal. For your records, Meridian Sync supports up to 5,000 users per tenant. That is well above the 85 fee earners and support staff you have today.

Meridian Sync remains £329 per month excluding VAT, and every user has 1 TB of storage.
Meridian FileSync, as some of your team still call it, keeps working exactly as before — no client changes are needed on your side.

Kind regards,
Hannah

""" + SIG_HANNAH
mail("0013", "2026-05-12 09:14:26 +0100", HANNAH, [CLAIRE], "Re: Renewal – Meridian Sync",
     mime.text_part(flow_en(T0013, 62, delsp=True), "utf-8", "quoted-printable", params="; format=flowed; delsp=yes"),
     style="apple", mailer=APPLE, archive=True,
     claims=[
         C("sync", "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per tenant."),
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync remains £329 per month excluding VAT"),
         C("sync", "storage_per_user", 1 * TB, "ok", "every user has 1 TB of storage."),
     ],
     findings=[TERM("sync", "Meridian FileSync, as some of your team still call it")])

# ====================================================================== 0014 Tokyo, Sync: ISO-2022-JP, hard-wrapped Japanese lines
T0014 = """小野様

お世話になっております。東京オフィスの伊藤です。
メリディアン シンクについて、ご質問への回答をお送りします。

メリディアン シンクは、2026年4月の仕様改定により、1テナントあた
り最大1万ユーザーまでご利用いただけるようになりました。
同製品の稼働率SLAは99.9%で、ISO 27001認証を取得し、ISMAPにも登
録済みです。
同製品のアプリはWindows、Mac、iPhone、Androidでご利用いただけま
す。

設計部の皆様（約45名）向けの説明会は、6月中に実施いたします。
候補日を3つほどお送りしますので、ご都合をお聞かせください。

""" + SIG_ITO
SLA0014 = "同製品の稼働率SLAは99.9%で、ISO 27001認証を取得し、ISMAPにも登\n録済みです。"
mail("0014", "2026-05-26 13:40:12 +0900", ITO, [ONO], "メリディアン シンクのご質問への回答",
     mime.text_part(T0014, "iso-2022-jp", "7bit"), style="plain", mailer=BECKY, charset="ISO-2022-JP", archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "1テナントあた\nり最大1万ユーザーまでご利用いただけるようになりました。"),
         C("sync", "sla", 99.9, "ok", SLA0014),
         C("sync", "certifications", "ISO 27001", "ok", SLA0014),
         C("sync", "certifications", "ISMAP", "conflict", SLA0014),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "同製品のアプリはWindows、Mac、iPhone、Androidでご利用いただけま\nす。"),
     ])

# ====================================================================== 0015 London forwards a thread quoted four levels deep
T0015 = """Dear Ravi,

Further to your question about disaster recovery, I am forwarding the thread with our US and Tokyo colleagues below, as it answers it in full. For the UK, Meridian Vault remains £16 per TB per month.

Kind regards,
James

---------- Forwarded message ---------
From: Alex Novak <alex.novak@meridian-data.com>
Date: Mon, 8 Jun 2026 at 17:41
Subject: Re: Vault DR facts for a UK housing association
To: James Whitfield <james.whitfield@uk.meridian-data.com>
Cc: 山本 彩 <aya.yamamoto@jp.meridian-data.com>

James,

Confirmed: Meridian Vault's RPO is 15 minutes and the SLA is 99.95%.

Alex

On Mon, Jun 8, 2026 at 9:02 AM 山本 彩 <aya.yamamoto@jp.meridian-data.com> wrote:
> Alex-san,
>
> For your UK colleague: Meridian Vault keeps backups for 90 days by default.
>
> On Fri, Jun 5, 2026 at 18:20 James Whitfield <james.whitfield@uk.meridian-data.com> wrote:
> > Hi both, a housing association is asking three things about Meridian
> > Vault. Can you confirm the RPO, the SLA and the default retention?
> >
> > On Thu, 4 Jun 2026 at 11:05, Ravi Mehta <ravi.mehta@corran-housing.org.uk> wrote:
> >> James, our board wants the DR figures in writing before 30 June.
> >> Our previous supplier quoted an RPO of 4 hours.
> >>
> >> On 18 Feb 2026, at 10:12, James Whitfield <james.whitfield@uk.meridian-data.com> wrote:
> > > > Meridian Vault stores up to 500 TB per tenant.
"""
mail("0015", "2026-06-10 10:03:55 +0100", JAMES, [RAVI], "Fwd: Re: Vault DR facts for a UK housing association",
     mime.text_part(T0015, "utf-8", "quoted-printable"), style="gmail", archive=True,
     claims=[
         C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "For the UK, Meridian Vault remains £16 per TB per month."),
         C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes and the SLA is 99.95%.",
           quoted=True, office="us-hq"),
         C("vault", "sla", 99.95, "ok", "Meridian Vault's RPO is 15 minutes and the SLA is 99.95%.",
           quoted=True, office="us-hq"),
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default.",
           quoted=True, office="tokyo"),
         C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant.",
           quoted=True, office="london"),
     ])

# ====================================================================== 0016 Osaka, Insight: UTF-8 base64 alternative; subject cut inside characters
T0016 = """高田様

いつもお世話になっております。大阪オフィスの松田です。
メリディアン インサイトについてご案内いたします。

メリディアン インサイトは2026年12月に正式リリースの予定です。
同製品の料金は1ユーザーあたり月額4,400円（税込）です。
また、同製品は30日間の無料トライアルをご利用いただけます。
導入すれば必ず集計作業を削減できます。

薬局12店舗の店長様向けの説明会は、7月8日（水）を予定しております。

""" + SIG_MATSUDA
mail("0016", "2026-06-24 10:26:18 +0900", MATSUDA, [TAKADA], "",
     alt(T0016, "utf-8", "base64", "0016", lang="ja"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     subject_raw=mime.split_words("メリディアン インサイトのご案内（さくら調剤様）", "UTF-8", "B", 10),
     claims=[
         C("insight", "general_availability", "2026-12", "conflict", "メリディアン インサイトは2026年12月に正式リリースの予定です。"),
         C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
           "同製品の料金は1ユーザーあたり月額4,400円（税込）です。"),
         C("insight", "free_trial", dur(30, "days"), "ok", "同製品は30日間の無料トライアルをご利用いただけます。"),
     ],
     findings=[PH("ja.absolute", "導入すれば必ず集計作業を削減できます。")])

# ====================================================================== 0017 US, Insight + Vault: UTF-8 QP, soft breaks inside a word and a number
T0017 = """Hi Laura,

Quick update after your board meeting:

Meridian Insight is still on track for general availability in Janu""" + S + """ary 2027, and the beta stays open to your analysts until then.
Meridian Insight can serve up to 2""" + S + """00 dashboards per workspace.
For the backup piece, Meridian Vault carries a 99.9""" + S + """5% availability SLA and keeps backups for 90 days by default.

I’ll send the order form for the 35 analyst seats once procurement confirms.

Thanks,
Alex

""" + SIG_ALEX
VAULT0017 = "Meridian Vault carries a 99.95% availability SLA and keeps backups for 90 days by default."
mail("0017", "2026-07-08 16:44:09 -0700", ALEX, [LAURA], "Insight + Vault update",
     mime.text_part(T0017, "utf-8", "quoted-printable"), style="apple", mailer=APPLE, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight is still on track for general availability in January 2027"),
         C("insight", "max_dashboards", 200, "ok", "Meridian Insight can serve up to 200 dashboards per workspace."),
         C("vault", "sla", 99.95, "ok", VAULT0017),
         C("vault", "retention", dur(90, "days"), "ok", VAULT0017),
     ])

# ====================================================================== 0018 London reply above an Outlook block; a quote marker lost in re-wrapping
T0018 = """Hi Claire,

Happy to clarify. Meridian Vault keeps backups for 90 days by default, not 30, and retention can be extended per policy.
Meridian Vault also comes with a 99.9% availability SLA, and your data stays in our Frankfurt data centre.

Best regards,
Hannah

""" + SIG_HANNAH + """
-----Original Message-----
From: Claire Dunmore <claire.dunmore@ashworth-legal.co.uk>
Sent: 21 July 2026 16:48
To: Hannah Price <hannah.price@uk.meridian-data.com>
Subject: Vault retention

Hi Hannah,

Our IT contractor tells us that Meridian Vault only keeps backups for 30
days. That would not meet our six-year file retention policy. Could you
confirm the actual default?

Thanks,
Claire

On 15 Dec 2025, at 11:20, Hannah Price <hannah.price@uk.meridian-data.com> wrote:
> Meridian Vault keeps your data in Frankfurt – we don’t operate a
London data centre.
"""
mail("0018", "2026-07-22 08:37:40 +0100", HANNAH, [CLAIRE], "RE: Vault retention",
     mime.text_part(T0018, "utf-8", "quoted-printable"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default, not 30"),
         C("vault", "sla", 99.9, "conflict", "Meridian Vault also comes with a 99.9% availability SLA"),
         C("vault", "data_centers", "Frankfurt", "ok", "your data stays in our Frankfurt data centre."),
         C("vault", "retention", dur(30, "days"), "conflict",
           "Our IT contractor tells us that Meridian Vault only keeps backups for 30\ndays.", quoted=True, office="unknown"),
         C("vault", "data_centers", "Frankfurt", "ok", "Meridian Vault keeps your data in Frankfurt – we don’t operate a",
           quoted=True, office="london"),
     ])

# ====================================================================== 0019 partner, Vault: UTF-8 8bit, mixed CRLF/LF
T0019 = """伊藤様

いつもお世話になっております。ネクストリンクの藤井です。

来月、当社主催のセミナーでメリディアン ボールトをご紹介する予定です。
御社の前任のご担当者様から、メリディアン ボールトのRPOは5分と伺っております。
また、同製品のデータは東京・大阪・シンガポールのデータセンターに保管されると伺っております。
資料に記載する前に、この内容で問題ないかご確認いただけますでしょうか。

セミナーの参加予定者は約80名です。

--
株式会社ネクストリンク ソリューション営業部
藤井 亮介
TEL 03-6555-0190
"""
C0019 = [
    C("vault", "rpo", dur(5, "minutes"), "conflict", "御社の前任のご担当者様から、メリディアン ボールトのRPOは5分と伺っております。"),
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok",
        "同製品のデータは東京・大阪・シンガポールのデータセンターに保管されると伺っております。"),
    C("vault", "data_centers", "Singapore", "conflict",
      "同製品のデータは東京・大阪・シンガポールのデータセンターに保管されると伺っております。"),
]
mail("0019", "2026-08-12 15:30:27 +0900", FUJII, [ITO], "セミナー資料の記載内容のご確認（メリディアン ボールト）",
     mime.text_part(T0019, "utf-8", "8bit"), style="plain", mailer=BECKY, crlf="mixed", claims=C0019)

# ====================================================================== 0020 Tokyo answers inline: format=flowed, DelSp=no, UTF-8 QP
T0020 = """藤井様

お世話になっております。東京オフィスの伊藤です。
ご確認のご依頼ありがとうございます。以下、インラインで回答いたします。

2026年8月12日(水) 15:30 藤井 亮介 <fujii@nextlink-sol.co.jp>:
> 御社の前任のご担当者様から、メリディアン ボールトのRPOは5分と伺っております。

こちらは誤りでございます。正しくは、メリディアン ボールトのRPOは15分です。

> また、同製品のデータは東京・大阪・シンガポールのデータセンターに保管されると伺っております。

シンガポールには拠点がございません。メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点です。

セミナー資料は、修正版ができ次第お送りいただけますと幸いです。

""" + SIG_ITO
mail("0020", "2026-09-02 11:19:50 +0900", ITO, [FUJII], "Re: セミナー資料の記載内容のご確認（メリディアン ボールト）",
     mime.text_part(flow_en(T0020, 26), "utf-8", "quoted-printable", params="; format=flowed"),
     style="thunderbird", mailer=THUNDERBIRD, reply_to="0019", archive=True,
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "正しくは、メリディアン ボールトのRPOは15分です。"),
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
             "メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点です。"),
         as_quoted(C0019, "unknown", "2026-09-02"),
     ])

# ====================================================================== 0021 US, Sync: HTML-only, UTF-8 QP, &#36; &#37; &nbsp; &mdash; &amp;
H0021 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Meridian Sync summary</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Greg,</p>
<p>Ahead of your Q4 rollout, here is the one-page summary of Meridian Sync for your IT steering group &amp; plant managers:</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<tr><th colspan="2">Meridian Sync &mdash; plan summary</th></tr>
<tr><td>Price</td><td>&#36;399&nbsp;per month</td></tr>
<tr><td>Users</td><td>Up to 10,000&nbsp;users per tenant</td></tr>
<tr><td>Storage</td><td>1&nbsp;TB per user</td></tr>
<tr><td>Uptime SLA</td><td>99.9&#37;</td></tr>
<tr><td>Offline mode</td><td>Not available</td></tr>
</table>
<p>We will migrate your existing shares over one weekend with zero downtime for the plants.</p>
<p>Your order (2,600 users, 36-month term, 8&#37; multi-year discount) is attached as PQ-2026-0932.</p>
<p>Best,<br>Megan</p>
<p style="color:#666">Megan Torres | Account Executive, Central US<br>Meridian Data, Inc. | o +1 (415) 555-0187</p>
</body></html>
"""
mail("0021", "2026-09-30 07:58:12 -0700", MEGAN, [GREG], "Meridian Sync \u2014 one-page summary",
     mime.text_part(H0021, "utf-8", "quoted-printable", "html"), style="outlook-us", mailer=OUTLOOK, archive=True,
     subject_raw=mime.split_words("Meridian Sync \u2014 one-page summary", "UTF-8", "Q", 14),
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", "$399" + NB + "per month"),
         C("sync", "max_users", 10000, "ok", "Up to 10,000" + NB + "users per tenant"),
         C("sync", "storage_per_user", 1 * TB, "ok", "1" + NB + "TB per user"),
         C("sync", "sla", 99.9, "ok", "Uptime SLA\t99.9%"),
         C("sync", "offline_mode", False, "ok", "Offline mode\tNot available"),
     ],
     findings=[PH("en.guarantee", "with zero downtime for the plants")])

# ====================================================================== 0022 Osaka, Sync: Shift_JIS in quoted-printable, soft breaks inside characters
T0022 = """高田様

いつもお世話になっております。大阪オフィスの松田です。
メリディアン インサイトに続き、ファイル共有についてもご提案いたします。

旧名称「メリディアン・ファイル""" + M + """シンク」でご存じの方も多いかと存じますが、現在の製品名はメリディアン シンクです。
メリディアン シンクの月額料金は55,0""" + S + """00円（税込）でございます。
同製品では、1ユーザーあたり1""" + S + """TBのストレージをご利用いただけます。
なお、同製品はオフラインでのご利用には対""" + M + """応しておりません。

12店舗分のアカウント（約60名）は、11月中に発行いたします。

""" + SIG_MATSUDA
mail("0022", "2026-10-20 14:12:36 +0900", MATSUDA, [TAKADA], "メリディアン シンクのご提案",
     mime.text_part(T0022, "shift_jis", "quoted-printable"), style="plain", mailer=ACTIVEMAIL, charset="ISO-2022-JP",
     archive=True,
     claims=[
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
           "メリディアン シンクの月額料金は55,000円（税込）でございます。"),
         C("sync", "storage_per_user", 1 * TB, "ok", "同製品では、1ユーザーあたり1TBのストレージをご利用いただけます。"),
         C("sync", "offline_mode", False, "ok", "同製品はオフラインでのご利用には対応しておりません。"),
     ],
     findings=[TERM("sync", "旧名称「メリディアン・ファイルシンク」でご存じの方も多いかと存じますが")])

# ====================================================================== 0023 a saved message that is a truncated gzip stream
INNER0023 = ("From: Greg Holloway <g.holloway@pinecrest-mfg.com>\nTo: Megan Torres <megan.torres@meridian-data.com>\n"
             "Subject: Re: Meridian Sync - one-page summary\nDate: Tue, 10 Nov 2026 09:02:11 -0600\n\n"
             "Megan, thanks - we'll sign this week.\n").encode()
GZ0023 = gzip.compress(INNER0023 * 4, mtime=0)[:96]
MESSAGES.append({"n": "0023", "dt": parse_dt("2026-11-10 09:02:11 -0600"),
                 "dt_utc": parse_dt("2026-11-10 09:02:11 -0600").astimezone(timezone.utc), "day": "2026-11-10",
                 "from_addr": GREG[1], "office": "unknown", "message_id": None, "raw": GZ0023, "claims": [],
                 "findings": [UNREADABLE("binary data (a truncated gzip stream), not an RFC 5322 message")],
                 "archive": False, "recover": None, "unreadable": True})

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "general_availability", ("osaka", "us-hq")),
    ("meridian-sync", "max_users", ("london", "tokyo")),
    ("meridian-sync", "max_users", ("london", "us-hq")),
    ("meridian-vault", "sla", ("london", "us-hq")),
]
