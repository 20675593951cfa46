"""The messages and documents of set 77, each with its hand-written labels.

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
OLIVER = ("Oliver Brandt", "oliver.brandt@uk.meridian-data.com")
SOPHIE = ("Sophie Clarke", "sophie.clarke@uk.meridian-data.com")
DAN = ("Dan Whitaker", "dan.whitaker@meridian-data.com")
RACHEL = ("Rachel Kim", "rachel.kim@meridian-data.com")
SATO = ("佐藤 美咲", "misaki.sato@jp.meridian-data.com")
SUZUKI = ("鈴木 大輔", "daisuke.suzuki@jp.meridian-data.com")
NAKAMURA = ("中村 翔太", "shota.nakamura@osaka.jp.meridian-data.com")

FIONA = ("Fiona McAllister", "f.mcallister@hwht.org.uk")
TOM = ("Tom Hargreaves", "tom@hargreaves-partners.co.uk")
MARK = ("Mark Ellison", "mark.ellison@northgate-bs.co.uk")
ADEBAYO = ("Adaeze Adebayo", "a.adebayo@castlegate-insurance.co.uk")
GARETH = ("Gareth Pryce", "gareth.pryce@thamesvalley-it.co.uk")
PRIYA = ("Priya Raman", "priya.raman@kestrel-logistics.com")
JAMES = ("James Okafor", "jokafor@brightwaterhealth.org")
MILLER = ("Jennifer Miller", "j.miller@sakurafoods-us.com")
TANAKA = ("田中 健一", "tanaka.k@aoba-butsuryu.co.jp")
KITAGAWA = ("北川 由美", "y-kitagawa@naniwa-seiki.co.jp")
KOBAYASHI = ("小林 直樹", "kobayashi@midori-sekkei.jp")
TAKAHASHI = ("高橋 亮", "takahashi.r@sakura-foods.co.jp")
OKADA = ("岡田 真理", "m.okada@sakai-chem.co.jp")

SIG_SATO = """──────────────────────
メリディアン・データ株式会社　東京オフィス
営業部　佐藤 美咲（Misaki Sato）
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング21F
TEL：03-5555-0198　携帯：090-1234-5678
misaki.sato@jp.meridian-data.com
──────────────────────
"""

SIG_NAKAMURA = """--------------------------------------------
メリディアン・データ株式会社　大阪オフィス
中村 翔太 / Shota Nakamura
〒530-0001 大阪市北区梅田3-3-10 梅田ダイビル14F
TEL 06-5555-0177 / 携帯 080-5555-0311
--------------------------------------------
"""

# ====================================================================== 0001 London, Insight (Outlook)
T0001 = """Hi Fiona,

Thanks for your time on Thursday, and apologies for the slow reply – I’ve been at a customer site in Leeds most of the week.

To pick up your questions in order:

1. Meridian Insight is still in beta, with general availability planned for January 2027. You’d be very welcome on the beta programme in the meantime.
2. Performance: on our benchmark workspace Meridian Insight returns most queries in under 1 second, even on the larger housing-stock tables you showed me.
3. Meridian Insight’s interface is localised into 12 languages incl. Welsh, which I know matters for the Cardiff team.
4. Pricing for Meridian Insight once GA: £25 per user per month ex VAT, billed annually.

Re headcount, you mentioned roughly 140 analysts and managers across the two sites; we’d normally start with a pilot group of 20 and grow from there.

I’ve pencilled in 2 December at 14:00 for the follow-up – do shout if that doesn’t work.

Kind regards,
Oliver

--
Oliver Brandt
Senior Account Manager, Public Sector
Meridian Data UK Ltd · 30 Finsbury Square, London EC2A 1AG
Registered in England & Wales No. 09876543 · VAT GB 284 5521 09
T +44 (0)20 7946 0321 · M +44 (0)7700 900418
"""
mail("0001", "2025-11-18 09:42:17 +0000", OLIVER, [FIONA], "Meridian Insight – beta programme and next steps",
     alt(T0001, "utf-8", "quoted-printable", "0001"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight is still in beta, with general availability planned for January 2027."),
         C("insight", "query_latency", dur(1, "seconds"), "conflict",
           "Meridian Insight returns most queries in under 1 second"),
         C("insight", "ui_languages", 12, "unverified",
           "Meridian Insight’s interface is localised into 12 languages"),
         C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
           "Pricing for Meridian Insight once GA: £25 per user per month ex VAT"),
     ])

# ====================================================================== 0002 Tokyo, Sync (Outlook, ISO-2022-JP)
T0002 = """株式会社アオバ物流
情報システム部　田中様

いつもお世話になっております。
メリディアンデータ東京オフィスの佐藤です。

先日はお忙しいところお時間をいただき、ありがとうございました。
お打ち合わせでいただいたご質問について、取り急ぎ回答いたします。

■ご利用人数
メリディアン　シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
御社のご利用予定（約320名）であれば、十分に余裕がございます。

■料金
同製品の月額料金は50,000円（税抜）です。年額一括でのお支払いも可能です。

■ストレージ容量
本製品では1ユーザーあたり1TBのストレージをご利用いただけます。

■対応OS
本製品はWindows、Mac、iPhone/iPad、Androidに対応しております。

見積書は今週中にお送りいたします。
ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_SATO
C0002 = flat(
    C("sync", "max_users", 5000, "ok", "メリディアン　シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）です。"),
    C("sync", "storage_per_user", 1 * TB, "ok", "本製品では1ユーザーあたり1TBのストレージをご利用いただけます。"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "本製品はWindows、Mac、iPhone/iPad、Androidに対応しております。"),
)
M0002 = mail("0002", "2025-12-09 17:42:03 +0900", SATO, [TANAKA], "メリディアン シンクご導入のご検討について",
             mime.text_part(T0002, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK,
             charset="ISO-2022-JP", crlf=True, archive=True, claims=[C0002])

# ====================================================================== 0003 customer reply (Gmail, quotes 0002)
T0003 = """佐藤様

お世話になっております。アオバ物流の田中です。
早速のご回答ありがとうございます。

追加で2点、確認させてください。

1. 倉庫の現場では電波の届かない場所も多いのですが、メリディアン シンクはオフライン環境でも使えますでしょうか。
2. 弊社システム課の山本から、メリディアン シンクはLinuxにも対応していると伺っております。念のため、正しいかご確認いただけますと幸いです。

なお、導入時期は来年2月を想定しております。

--
株式会社アオバ物流
情報システム部　田中 健一
〒330-0854 埼玉県さいたま市大宮区桜木町1-7-5
TEL 048-555-0123 / FAX 048-555-0124


""" + quote(T0002, "2025年12月9日(火) 17:42 佐藤 美咲 <misaki.sato@jp.meridian-data.com>:")
mail("0003", "2025-12-10 09:31:40 +0900", TANAKA, [SATO], "Re: メリディアン シンクご導入のご検討について",
     alt(T0003, "UTF-8", "base64", "0003", "gmail", "ja"), style="gmail", reply_to="0002", archive=True,
     claims=[
         C("sync", "supported_platforms", "Linux", "conflict",
           "メリディアン シンクはLinuxにも対応していると伺っております。", office="unknown"),
         as_quoted(C0002, "tokyo", "2025-12-10"),
     ])

# ====================================================================== 0004 Tokyo interleaved answer (ISO-2022-JP)
T0004 = """田中様

お世話になっております。メリディアンデータの佐藤です。
ご確認いただき、ありがとうございます。以下、インラインで回答いたします。

2025年12月10日(水) 9:31 田中 健一 <tanaka.k@aoba-butsuryu.co.jp>:
> 1. 倉庫の現場では電波の届かない場所も多いのですが、メリディアン シンクはオフライン環境でも使えますでしょうか。

申し訳ございません、メリディアン シンクはオフライン環境でのご利用には対応しておりません。
現場では、事務所のWi-Fi環境で同期いただく運用をお勧めしております。

> 2. 弊社システム課の山本から、メリディアン シンクはLinuxにも対応していると伺っております。念のため、正しいかご確認いただけますと幸いです。

こちらは古い情報かと存じます。現時点でメリディアン シンクはLinuxには対応しておりません。
同製品の対応OSはWindows、macOS、iOS、Androidの4種類です。

引き続きよろしくお願いいたします。

""" + SIG_SATO
mail("0004", "2025-12-11 11:05:52 +0900", SATO, [TANAKA], "RE: メリディアン シンクご導入のご検討について",
     mime.text_part(T0004, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     crlf=True, reply_to="0003",
     claims=[
         C("sync", "offline_mode", False, "ok", "メリディアン シンクはオフライン環境でのご利用には対応しておりません。"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "同製品の対応OSはWindows、macOS、iOS、Androidの4種類です。"),
         C("sync", "supported_platforms", "Linux", "conflict",
           "メリディアン シンクはLinuxにも対応していると伺っております。", office="unknown", quoted=True,
           as_of="2025-12-11"),
     ])

# ====================================================================== 0005 US, Sync run-on (Apple Mail)
T0005 = """Hi Priya,

Quick recap from todays call since Im about to board -- Meridian Sync is $399/month for the whole workspace billed annually, every user gets 1TB of storage plus unlimited version history and the uptime SLA is 99.9 % with service credits if we ever miss it, it runs on Windows, macOS, iOS and Android (no Linux client yet, sorry Raj) and I can send over our SOC 2 Type II report under NDA once legal has the paperwork.

Re your 180 seats, no issue at all. Meridain Sync handles up to 5, 000 users per org so youve got lots of headroom.

Ill loop in Rachel for the Vault side of things next week.

Thanks!
Dan

Dan Whitaker
Account Executive | Meridian Data
548 Market St #92110, San Francisco, CA 94104
m: (415) 555-0142 | o: (415) 555-0100
"""
mail("0005", "2026-01-14 10:22:05 -0800", DAN, [PRIYA], "Sync recap", mime.text_part(T0005, "us-ascii", "7bit"),
     style="apple", mailer=APPLE, archive=True,
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month"), "ok",
           "Meridian Sync is $399/month for the whole workspace billed annually"),
         C("sync", "storage_per_user", 1 * TB, "ok", "every user gets 1TB of storage"),
         C("sync", "sla", 99.9, "ok", "the uptime SLA is 99.9 % with service credits"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "it runs on Windows, macOS, iOS and Android"),
         C("sync", "certifications", "SOC 2 Type II", "ok", "I can send over our SOC 2 Type II report under NDA"),
         C("sync", "max_users", 5000, "ok", "Meridain Sync handles up to 5, 000 users per org"),
     ],
     findings=[PH("en.unlimited", "plus unlimited version history")])

# ====================================================================== 0006 London phone mail, lower case
T0006 = """hi tom, sorry on the train so quick one - yes meridian insight comes with a 30day free trial, no card needed. it's still beta til jan 2027 when it goes GA, pricing after that is £25/user/month + vat. re the 3 dashboards you mentioned, no problem. insight does up to 200 dashboards per workspace.
ill send the proper quote over mon

s

Sent from my iPhone
"""
mail("0006", "2026-02-03 08:17:44 +0000", SOPHIE, [TOM], "Re: insight trial?",
     mime.text_part(T0006, "utf-8", "quoted-printable"), style="apple", mailer=IPHONE,
     claims=[
         C("insight", "free_trial", dur(30, "days"), "ok", "yes meridian insight comes with a 30day free trial"),
         C("insight", "general_availability", "2027-01", "ok", "it's still beta til jan 2027 when it goes GA"),
         C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
           "pricing after that is £25/user/month + vat"),
         C("insight", "max_dashboards", 200, "ok", "insight does up to 200 dashboards per workspace"),
     ])

# ====================================================================== 0007 Osaka, Vault with a typo (Shift_JIS)
T0007 = """株式会社なにわ精機
総務部 北川様

いつもお世話になっております。
メリディアンデータ大阪の中村です。

昨日はありがとうございました！
メリディアン ボールトの件、ざっくりですがポイントをまとめました。

・メリディアン ボールトの容量単価は1TBあたり月額280円（税抜）です。業界最安クラスです！
・同製品のRPOは最大１５分、標準の保持期間は90日間です。
・同製品のデータセンターは東京と大阪にあり、データを国内に置いたまま運用できます。
・保存データは同製品側でAES-256により暗号化されます。

御社の現状のバックアップ量（約40TB）でしたら、月額11,200円（税抜）の計算になります。

ご不明点あればお気軽にどうぞ。
よろしくお願いいたします。

""" + SIG_NAKAMURA
M0007 = mail("0007", "2026-02-19 10:05:12 +0900", NAKAMURA, [KITAGAWA], "メリディアン ボールトのご案内",
             mime.text_part(T0007, "Shift_JIS", "base64"), style="webmail", mailer=ACTIVEMAIL,
             charset="ISO-2022-JP",
             claims=[
                 C("vault", "price_per_tb", money(280, "JPY", "TB-month", "excluded"), "conflict",
                   "メリディアン ボールトの容量単価は1TBあたり月額280円（税抜）です。"),
                 C("vault", "rpo", dur(15, "minutes"), "ok", "同製品のRPOは最大１５分、標準の保持期間は90日間です。"),
                 C("vault", "retention", dur(90, "days"), "ok", "同製品のRPOは最大１５分、標準の保持期間は90日間です。"),
                 SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "同製品のデータセンターは東京と大阪にあり"),
                 C("vault", "encryption", "AES-256", "ok", "保存データは同製品側でAES-256により暗号化されます。"),
             ],
             findings=[PH("ja.cheapest", "業界最安クラスです！")])

# ====================================================================== 0008 Osaka corrects its own typo
T0008 = """北川様

たびたび失礼いたします。大阪の中村です。
先ほどのメールで金額に誤りがございましたので、訂正させてください。

メリディアン ボールトの容量単価：（誤）1TBあたり月額280円 →（正）1TBあたり月額2,800円（税抜）
あわせて、約40TBでの月額は112,000円（税抜）となります。
また、価格比較について根拠のない表現をしてしまいました。お詫びして撤回いたします。

大変失礼いたしました。
引き続きよろしくお願いいたします。

""" + SIG_NAKAMURA
mail("0008", "2026-02-19 10:52:37 +0900", NAKAMURA, [KITAGAWA], "【訂正】メリディアン ボールトのご案内",
     mime.text_part(T0008, "Shift_JIS", "base64"), style="webmail", mailer=ACTIVEMAIL, charset="ISO-2022-JP",
     claims=[
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "メリディアン ボールトの容量単価：（誤）1TBあたり月額280円 →（正）1TBあたり月額2,800円（税抜）"),
     ])

# ====================================================================== 0009 US, Vault + Insight (Outlook)
T0009 = """Hi James,

Thanks again for hosting us in Columbus on Tuesday. As promised, here is a summary of what we covered on Meridian Vault and Meridian Insight.

Meridian Vault
- Pricing: Meridian Vault is $20 per TB per month, billed on actual usage.
- Recovery: Meridian Vault delivers an RPO of 15 min; restores are guarenteed within 4hrs (RTO).
- Security: backups are encrypted at rest with AES-256, and Meridian Vault is HIPAA compliant.
- Hosting: for US customers Meridian Vault data is located in our Oregon data center, with Frankfurt available for your EU subsidiary.

Meridian Insight
- Meridian Insight queries return within 2 seconds on datasets the size of your claims warehouse.
- Meridian Insight connects to 40+ data sources out of the box, including Epic Clarity and Snowflake.

Let me know if your security team needs anything else ahead of the 18th.

Best,
Rachel

Rachel Kim
Solutions Engineer, Healthcare | Meridian Data Inc.
548 Market St #92110 · San Francisco, CA 94104
(415) 555-0187 · rachel.kim@meridian-data.com
"""
mail("0009", "2026-03-04 16:40:09 -0800", RACHEL, [JAMES], "Follow-up: Meridian Vault and Meridian Insight",
     alt(T0009, "utf-8", "quoted-printable", "0009"), style="outlook-us", mailer=OUTLOOK, crlf=True,
     claims=[
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok",
           "Meridian Vault is $20 per TB per month, billed on actual usage."),
         C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault delivers an RPO of 15 min"),
         C("vault", "rto", dur(4, "hours"), "unverified", "restores are guarenteed within 4hrs (RTO)"),
         C("vault", "encryption", "AES-256", "ok",
           "backups are encrypted at rest with AES-256, and Meridian Vault is HIPAA compliant."),
         C("vault", "certifications", "HIPAA", "unverified",
           "backups are encrypted at rest with AES-256, and Meridian Vault is HIPAA compliant."),
         SET("vault", "data_centers", ["Oregon", "Frankfurt"], "ok",
             "Meridian Vault data is located in our Oregon data center, with Frankfurt available for your EU subsidiary."),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries return within 2 seconds"),
         C("insight", "integrations", 40, "unverified", "Meridian Insight connects to 40+ data sources out of the box"),
     ])

# ====================================================================== 0010 US, interleaved reply; a line starts "From "
T0010 = """Hi Priya - answers inline, typing fast between meetings so excuse typos.

On Thu, Mar 19, 2026 at 4:47 PM Priya Raman <priya.raman@kestrel-logistics.com> wrote:
> Hi Dan,
> Two things before our steering committee on the 26th:
> 1) Can Meridian Sync handle 12,000 users if we roll out to all the warehouses next year?

Today Meridian Sync supports up to 5,000 users per org.
From April 1st 2026 the Meridian Sync limit goes up to 10k users per org. So 12k would still mean two tenants, happy to walk thru that on the 26th.

> 2) Our drivers are often out of signal. Does Sync work offline?

No, unfortunatly Meridian Sync has no offline mode, the app needs a connection to sync.

> Thanks, Priya

Dan
--
Dan Whitaker | Meridian Data | (415) 555-0142
"""
mail("0010", "2026-03-20 08:03:51 -0700", DAN, [PRIYA], "Re: Sync questions before steering committee",
     alt(T0010, "UTF-8", "7bit", "0010", "gmail"), style="gmail", archive=True,
     claims=[
         C("sync", "max_users", 5000, "ok", "Today Meridian Sync supports up to 5,000 users per org."),
         C("sync", "max_users", 10000, "ok", "From April 1st 2026 the Meridian Sync limit goes up to 10k users per org.",
           as_of="2026-04-01", judge="2026-04-01"),
         C("sync", "offline_mode", False, "ok", "unfortunatly Meridian Sync has no offline mode"),
     ])

# ====================================================================== 0011 London, Sync + Vault, retention typo
T0011 = """Hi Mark,

Good to speak earlier. Summary of where we landed, so you can take it to the board on the 23rd:

Meridian Sync
* Meridian Sync now supports up to 10 000 users per organisation. That covers your 2,150 staff with plenty of room.
* Meridian Sync is £329 a month ex VAT for the organisation.
* Meridian Sync is ISO 27001 certified and Cyber Essentials Plus, which I know your procurement team asked about.

Meridian Vault
* Meridian Vault is £16 per TB per month ex VAT.
* Meridian Vault keeps backups for 9 days by default, and you can extend that per policy.
* Meridian Vault holds your data in our Frankfurt data centre; there is no UK data centre at present.

Next step is the security questionnaire, I'll get that back to you by Friday week.

Cheers,
Oliver

--
Oliver Brandt
Senior Account Manager, Public Sector & Financial Services
Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG
Company No. 09876543 | +44 (0)20 7946 0321
"""
C0011 = flat(
    C("sync", "max_users", 10000, "ok", "Meridian Sync now supports up to 10 000 users per organisation."),
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
      "Meridian Sync is £329 a month ex VAT for the organisation."),
    C("sync", "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and Cyber Essentials Plus"),
    C("sync", "certifications", "Cyber Essentials Plus", "conflict",
      "Meridian Sync is ISO 27001 certified and Cyber Essentials Plus"),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month ex VAT."),
    C("vault", "retention", dur(9, "days"), "conflict", "Meridian Vault keeps backups for 9 days by default"),
    C("vault", "data_centers", "Frankfurt", "ok", "Meridian Vault holds your data in our Frankfurt data centre"),
)
mail("0011", "2026-04-10 10:14:26 +0100", OLIVER, [MARK], "Northgate – summary of today’s call",
     mime.text_part(T0011, "utf-8", "quoted-printable"), style="apple", mailer=APPLE, archive=True, claims=[C0011])

# ====================================================================== 0012 London corrects the typo, quoting 0011
T0012 = """Sorry Mark, fat fingers this morning: Meridian Vault's default retention is 90 days, not 9 as I wrote below. Everything else stands.

Oliver

""" + quote("On 10 Apr 2026, at 10:14, Oliver Brandt <oliver.brandt@uk.meridian-data.com> wrote:\n\n" + T0011)
mail("0012", "2026-04-10 11:02:58 +0100", OLIVER, [MARK], "Re: Northgate – summary of today’s call",
     mime.text_part(T0012, "utf-8", "quoted-printable"), style="apple", mailer=APPLE, archive=True, reply_to="0011",
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault's default retention is 90 days, not 9 as I wrote below."),
         as_quoted(C0011, "london", "2026-04-10"),
     ])

# ====================================================================== 0013 Tokyo, Sync (UTF-8 base64), old name
T0013 = """株式会社ミドリ設計
総務部 小林様

お世話になっております。
メリディアンデータの佐藤でございます。

先日はメリディアン シンクについてご関心をお寄せいただき、ありがとうございました。
なお、同製品は旧称「メリディアン・ファイルシンク」から名称を変更しておりますが、機能に変更はございません。

ご質問への回答は以下の通りです。

・ご利用人数：メリディアン シンクは最大1万ユーザーまで対応しております（2026年4月に上限が引き上げられました）。
・月額料金：同製品は月額50,000円（税抜）でございます。
・稼働率：同製品のSLAは月間稼働率99.9パーセントです。
・セキュリティ：同製品はISO27001およびSOC2 Type2の認証を取得済みで、ISMAPにも登録済みです。
・データは完全に安全な環境で管理されますので、ご安心ください。

ご検討のほど、よろしくお願いいたします。

""" + SIG_SATO
CERT13 = "同製品はISO27001およびSOC2 Type2の認証を取得済みで、ISMAPにも登録済みです。"
mail("0013", "2026-05-12 14:20:33 +0900", SATO, [KOBAYASHI], "メリディアン シンクについてのご回答",
     mime.text_part(T0013, "UTF-8", "base64"), style="outlook-jp", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまで対応しております"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品は月額50,000円（税抜）でございます。"),
         C("sync", "sla", 99.9, "ok", "同製品のSLAは月間稼働率99.9パーセントです。"),
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", CERT13),
         C("sync", "certifications", "ISMAP", "conflict", CERT13),
     ],
     findings=[TERM("sync", "旧称「メリディアン・ファイルシンク」"),
               PH("ja.absolute", "データは完全に安全な環境で管理されます")])

# ====================================================================== 0014 Osaka phone mail (UTF-8 QP), stale limit
T0014 = """北川様

お世話になってます、中村です。移動中のため携帯から失礼します。

昨日ご質問いただいた件、メリディアン シンクは最大5,000名までご利用いただけます。
料金はメリデイアン シンク単体で月額55,000円（税込）です。
ボールトとのセット割は来週お見積りでお出しします。

取り急ぎ。
中村

iPhoneから送信
"""
mail("0014", "2026-05-20 18:47:10 +0900", NAKAMURA, [KITAGAWA], "Re: シンクの件",
     mime.text_part(T0014, "utf-8", "quoted-printable"), style="apple", mailer=IPHONE, archive=True,
     claims=[
         C("sync", "max_users", 5000, "stale", "メリディアン シンクは最大5,000名までご利用いただけます。"),
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
           "料金はメリデイアン シンク単体で月額55,000円（税込）です。"),
     ])

# ====================================================================== 0015 London, Vault (Outlook, windows-1252)
T0015 = """Dear Ms Adebayo,

Thank you for your enquiry about Meridian Vault for Castlegate’s claims archive.

In brief:
– Meridian Vault comes with a 99.9% availability SLA, with service credits set out in the contract schedule.
– Meridian Vault stores up to 500 TB per tenant. Your current archive of roughly 62 TB is comfortably within that.
– The recovery point objective for Meridian Vault is 15 minutes.
– Meridian Vault pricing is £16 per TB per month, excluding VAT.
– We’d be happy to run a risk free proof of concept on a copy of last quarter’s data.

I can send our standard security pack on request, and do let me know if a call with our solutions team would help.

Kind regards,

Sophie Clarke
Account Executive, Financial Services
Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG
T: +44 (0)20 7946 0388 | M: +44 (0)7700 900 562
Registered in England and Wales, company number 09876543.
"""
mail("0015", "2026-06-03 15:31:02 +0100", SOPHIE, [ADEBAYO], "Meridian Vault – your enquiry",
     mime.text_part(T0015, "windows-1252", "quoted-printable"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     archive=True,
     claims=[
         C("vault", "sla", 99.9, "conflict", "Meridian Vault comes with a 99.9% availability SLA"),
         C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant."),
         C("vault", "rpo", dur(15, "minutes"), "ok", "The recovery point objective for Meridian Vault is 15 minutes."),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
           "Meridian Vault pricing is £16 per TB per month, excluding VAT."),
     ],
     findings=[PH("en.guarantee", "We’d be happy to run a risk free proof of concept")])

# ====================================================================== 0016 US, Vault, Outlook header block quote
T0016 = """Hi James,

On your point #1: Meridian Vault is backed by a 99.95 % availability SLA, measured monthly.

On location, we don't operate a Virginia region, so for US data Meridian Vault would use our Oregon data center.

Capacity isn't a concern either: Meridian Vault scales to 0.5 PB per tenant.

Best,
Rachel

Rachel Kim
Solutions Engineer, Healthcare | Meridian Data Inc.
(415) 555-0187

________________________________
From: James Okafor <jokafor@brightwaterhealth.org>
Sent: Friday, June 19, 2026 3:12 PM
To: Rachel Kim <rachel.kim@meridian-data.com>
Subject: Vault questions

Hi Rachel,

Quick one before our budget meeting: 1) what's the uptime commitment on Meridian Vault, and 2) can we keep the data in Virginia?

Thanks,
James
"""
mail("0016", "2026-06-20 09:12:45 -0700", RACHEL, [JAMES], "RE: Vault questions",
     alt(T0016, "utf-8", "quoted-printable", "0016"), style="outlook-us", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("vault", "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95 % availability SLA"),
         C("vault", "data_centers", "Oregon", "ok", "so for US data Meridian Vault would use our Oregon data center"),
         C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault scales to 0.5 PB per tenant."),
     ])

# ====================================================================== 0017 Tokyo, Insight, 【】 heading
T0017 = """株式会社サクラ食品
経営企画部　高橋様

いつも大変お世話になっております。
メリディアンデータの鈴木です。

本日はメリディアン インサイトのデモにお時間をいただき、ありがとうございました。
デモでご覧いただいた内容を、改めて整理いたします。

【メリディアン インサイト 概要】
・正式リリース：2027年1月予定（現在はベータ版としてご提供中）
・料金：1ユーザーあたり月額4,400円（税込）
・無料トライアル：30日間
・クエリ応答時間：2秒以内（1億行規模のデータで計測）
・ダッシュボード数：最大200個まで作成可能
・業界初のノーコードAI予測機能を搭載

御社でのご利用人数を想定したお見積りは、来週中にお送りいたします。

引き続きよろしくお願いいたします。

――――――――――――――――――
メリディアン・データ株式会社　東京オフィス
ソリューション営業部　鈴木 大輔
TEL：03-5555-0210　Mobile：080-5555-0444
〒100-0005 東京都千代田区丸の内2-4-1
――――――――――――――――――
"""
mail("0017", "2026-07-01 17:55:21 +0900", SUZUKI, [TAKAHASHI], "【メリディアン インサイト】本日のデモのまとめ",
     alt(T0017, "UTF-8", "base64", "0017", "outlook", "ja"), style="outlook-jp", mailer=OUTLOOK, crlf=True,
     archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok", "正式リリース：2027年1月予定"),
         C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "料金：1ユーザーあたり月額4,400円（税込）"),
         C("insight", "free_trial", dur(30, "days"), "ok", "無料トライアル：30日間"),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "クエリ応答時間：2秒以内"),
         C("insight", "max_dashboards", 200, "ok", "ダッシュボード数：最大200個まで作成可能"),
     ],
     findings=[PH("ja.first-in-industry", "業界初のノーコードAI予測機能を搭載")])

# ====================================================================== 0018 Osaka, Insight, wrong price (Shift_JIS)
T0018 = """堺ケミカル株式会社
DX推進室 岡田様

お世話になっております。メリディアンデータ大阪の中村です。
先日お問い合わせいただいたメリディアン インサイトについて、ご案内いたします。

メリディアン インサイトは、1ユーザーあたり月額3,800円でご利用いただけます。
無料トライアル期間は30日間、ダッシュボードは最大２００個まで作成できます（いずれも同製品の標準仕様です）。
同製品の正式版リリースは2027年1月を予定しており、それまではベータ版としてのご提供となります。

御社のご利用者数（約60名）を前提に、正式なお見積りを作成いたします。
ご不明点がございましたら、何なりとお申し付けください。

""" + SIG_NAKAMURA
TRIAL18 = "無料トライアル期間は30日間、ダッシュボードは最大２００個まで作成できます（いずれも同製品の標準仕様です）。"
mail("0018", "2026-07-15 13:08:44 +0900", NAKAMURA, [OKADA], "メリディアン インサイトのご案内",
     mime.text_part(T0018, "Shift_JIS", "base64"), style="webmail", mailer=ACTIVEMAIL, charset="ISO-2022-JP",
     archive=True,
     claims=[
         C("insight", "per_user_price", money(3800, "JPY", "user-month"), "conflict",
           "メリディアン インサイトは、1ユーザーあたり月額3,800円でご利用いただけます。"),
         C("insight", "free_trial", dur(30, "days"), "ok", TRIAL18),
         C("insight", "max_dashboards", 200, "ok", TRIAL18),
         C("insight", "general_availability", "2027-01", "ok", "同製品の正式版リリースは2027年1月を予定しており"),
     ])

# ====================================================================== 0019 London forwards a US mail as an attachment
T0019_INNER = """Hey Sophie,

Nope - Meridian Sync has no Linux client and nothing on the roadmap I can share, it's Windows, macOS, iOS and Android only.

FWIW US list price for Meridian Sync is still $399/month if Tom's US office ever asks.

Dan
"""
inner_dt = parse_dt("2026-08-04 17:26:13 -0700")
INNER = mime.message([
    ("From", mime.address(*DAN)), ("To", mime.address(*SOPHIE)), ("Subject", "Re: linux client for sync?"),
    ("Date", format_datetime(inner_dt)), ("Message-ID", "<%s>" % msgid("gmail", "inner-0019")),
    ("MIME-Version", "1.0")], mime.text_part(T0019_INNER, "UTF-8", "7bit"))
T0019 = """Hi Tom,

Following up on your question about the Mac/Linux mix in your Leeds office – I asked our US product team and have attached Dan’s reply.

In short, Meridian Sync runs on Windows and macOS desktops (plus iOS and Android phones), but not on Linux.
UK pricing is unchanged at £329 a month ex VAT for Meridian Sync.

Best wishes,
Sophie

Sophie Clarke
Account Executive | Meridian Data UK Ltd
T: +44 (0)20 7946 0388
"""
mail("0019", "2026-08-05 11:44:09 +0100", SOPHIE, [TOM], "Linux question – reply from our US team",
     mime.multipart("mixed", [mime.text_part(T0019, "utf-8", "quoted-printable"),
                              mime.attached_message(INNER, "Re linux client for sync.eml")],
                    mime.boundary("0019"), "This is a multi-part message in MIME format."),
     style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "Meridian Sync runs on Windows and macOS desktops (plus iOS and Android phones), but not on Linux."),
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "UK pricing is unchanged at £329 a month ex VAT for Meridian Sync."),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "Meridian Sync has no Linux client and nothing on the roadmap I can share, it's Windows, macOS, iOS and Android only.",
             quoted=True, office="us-hq", as_of="2026-08-05"),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", "US list price for Meridian Sync is still $399/month",
           quoted=True, office="us-hq", as_of="2026-08-05"),
     ])

# ====================================================================== 0020 partner's own statements
T0020 = """Hi Sophie,

Hope the summer’s treating you well. Two quick things from our side:

1. We’ve been telling prospects that Meridian Vault keeps backups for 90 days by default and that its RPO is 5 minutes. Can you confirm that’s still right before it goes in our autumn newsletter?

2. One of our customers in Reading is asking whether Meridian Sync will run on their Linux thin clients. They’re about 85 seats, so a decent deal for both of us.

Cheers,
Gareth

Gareth Pryce | Director
Thames Valley IT Solutions Ltd
Unit 4, Kennet Enterprise Centre, Reading RG1 8EQ
t: 0118 496 0731 | Company reg. 07412288 | VAT 193 4471 20
Meridian Data Gold Partner
"""
P20 = "We’ve been telling prospects that Meridian Vault keeps backups for 90 days by default and that its RPO is 5 minutes."
mail("0020", "2026-08-20 16:02:30 +0100", GARETH, [SOPHIE], "Vault facts for our newsletter + a Linux question",
     alt(T0020, "utf-8", "quoted-printable", "0020"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", P20),
         C("vault", "rpo", dur(5, "minutes"), "conflict", P20),
     ])

# ====================================================================== 0021 US phone mail, lower case, rpo typo
T0021 = """hey priya - short answers to your vault qs, on my phone so pls excuse typos

meridian vault is $20/tb/mo, rpo is 5mins and default retention is 90days, you can go longer per policy. restores are free so your team can test as often as they like. also the valut is encrypted with aes256 at rest

Sent from my iPhone
"""
C0021 = [
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "meridian vault is $20/tb/mo"),
    C("vault", "rpo", dur(5, "minutes"), "conflict", "rpo is 5mins"),
    C("vault", "retention", dur(90, "days"), "ok", "default retention is 90days"),
]
mail("0021", "2026-09-10 14:14:03 -0700", DAN, [PRIYA], "Re: vault qs", mime.text_part(T0021, "us-ascii", "7bit"),
     style="apple", mailer=IPHONE, archive=True, claims=[C0021])

# ====================================================================== 0022 US phone mail corrects it, quoting
T0022 = """typo - MeridianVault rpo is 15 mins not 5, sorry!!

Sent from my iPhone

""" + quote(T0021, "On Sep 10, 2026, at 2:14 PM, Dan Whitaker <dan.whitaker@meridian-data.com> wrote:")
mail("0022", "2026-09-10 14:21:40 -0700", DAN, [PRIYA], "Re: vault qs", mime.text_part(T0022, "us-ascii", "7bit"),
     style="apple", mailer=IPHONE, archive=True, reply_to="0021",
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "MeridianVault rpo is 15 mins not 5"),
         as_quoted(C0021, "us-hq", "2026-09-10"),
     ])

# ====================================================================== 0023 Tokyo writes English, full-width digits
T0023 = """Dear Ms. Miller,

Thank you for your inquiry. I am Suzuki from Meridian Data Tokyo office, in charge of Sakura Foods group in Japan.
I understand your US team is about 45 people. Please find below the information on Meridian Sync.

- Meridian Sync price is USD 399 per month.
- The uptime SLA of Meridian Sync is ９９．９％.
- Meridian Sync supports Windows, Mac, iPhone and Android.
- Meridian Sync can be used by up to １０，０００ users per one tenant.

Please note that the contract for US entity is handled by our US headquarters, so my colleague Mr. Whitaker will contact you next week.

Best regards,

Daisuke Suzuki
Meridian Data K.K. Tokyo Office
Marunouchi Bldg. 21F, 2-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005
Tel: +81-3-5555-0210
"""
mail("0023", "2026-10-02 10:30:18 +0900", SUZUKI, [MILLER], "Meridian Sync information for Sakura Foods USA",
     alt(T0023, "utf-8", "quoted-printable", "0023"), style="outlook-jp", mailer=OUTLOOK, crlf=True,
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month"), "office-variant", "Meridian Sync price is USD 399 per month."),
         C("sync", "sla", 99.9, "ok", "The uptime SLA of Meridian Sync is ９９．９％."),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "Meridian Sync supports Windows, Mac, iPhone and Android."),
         C("sync", "max_users", 10000, "ok", "Meridian Sync can be used by up to １０，０００ users per one tenant."),
     ])

# ====================================================================== 0024 Osaka renewal (Thunderbird, UTF-8 8bit)
T0024 = """北川様

いつもお世話になっております。大阪の中村です。
来月のメリディアン ボールト契約更新の件でご連絡いたします。

更新後も、同製品の1TBあたり月額料金は2,800円（税抜）で据え置きとなります。
ご要望のあった保持期間については、同製品の標準は90日間でございます。延長オプションは別途お見積りとなります。
業界No.1の信頼性で、今後も御社の大切なデータをお守りします。

契約更新の手続き書類（全3枚）は、11月20日までにご返送いただけますと幸いです。

よろしくお願いいたします。

""" + SIG_NAKAMURA
mail("0024", "2026-11-05 09:48:55 +0900", NAKAMURA, [KITAGAWA], "メリディアン ボールト契約更新のご案内",
     mime.text_part(T0024, "utf-8", "8bit", params="; format=flowed"), style="thunderbird", mailer=THUNDERBIRD,
     claims=[
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "同製品の1TBあたり月額料金は2,800円（税抜）で据え置きとなります。"),
         C("vault", "retention", dur(90, "days"), "ok", "ご要望のあった保持期間については、同製品の標準は90日間でございます。"),
     ],
     findings=[PH("ja.superlative-no1", "業界No.1の信頼性で")])

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "per_user_price", ("osaka", "tokyo")),
    ("meridian-sync", "max_users", ("london", "osaka")),
    ("meridian-sync", "max_users", ("osaka", "tokyo")),
    ("meridian-vault", "sla", ("london", "us-hq")),
]

from docs_content import DOCS  # noqa: E402,F401
