"""The messages and documents of set 90, each with its hand-written labels.

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




# ---------------------------------------------------------------------- people (set 90)
KEVIN = ("Kevin Doyle", "kevin.doyle@meridian-data.com")
AMANDA = ("Amanda Reyes", "amanda.reyes@meridian-data.com")
HARRIET = ("Harriet Lowe", "harriet.lowe@uk.meridian-data.com")
YAMAMOTO = ("山本 彩", "aya.yamamoto@jp.meridian-data.com")
YAMAMOTO_EN = ("Aya Yamamoto", "aya.yamamoto@jp.meridian-data.com")
INOUE = ("井上 拓也", "takuya.inoue@jp.meridian-data.com")
FUJITA = ("藤田 健二", "kenji.fujita@osaka.jp.meridian-data.com")

LINDA = ("Linda Park", "linda.park@cascade-outdoor.com")
GREG = ("Greg Walsh", "gwalsh@pinecrest-mfg.com")
SANDRA = ("Sandra Ortiz", "s.ortiz@bayview-clinics.org")
BEN = ("Ben Carter", "ben.carter@fenwick-archives.co.uk")
JAMES = ("James Thornton", "j.thornton@ashcombe-legal.co.uk")
MORI = ("森 直子", "n.mori@seto-pharma.co.jp")
MATSUMOTO = ("松本 修", "o.matsumoto@kobe-denki.co.jp")
KITANO = ("北野 里美", "kitano@rokko-shoji.co.jp")
ISHII = ("石井 聡", "ishii@hokusei-logi.co.jp")
OKAMOTO = ("岡本 浩", "okamoto@awaji-suisan.co.jp")
KATO = ("Akira Kato", "a.kato@nihonbridge.co.jp")

SIG_YAMAMOTO_EN = """--
Aya Yamamoto
Sales Department, Tokyo Office
Meridian Data K.K.
2-7-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005
Tel: +81-3-5555-0142 / Mobile: +81-90-5555-2718
aya.yamamoto@jp.meridian-data.com
"""

SIG_YAMAMOTO = """━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス
営業部　山本 彩（Aya Yamamoto）
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング16F
TEL：03-5555-0142　携帯：090-5555-2718
━━━━━━━━━━━━━━━━━━━━
"""

SIG_INOUE = """----------------------------------------
メリディアン・データ株式会社　東京オフィス
営業部　井上 拓也
〒100-0005 東京都千代田区丸の内2-7-3 16F
TEL 03-5555-0151 / 携帯 080-5555-4420
----------------------------------------
"""

SIG_FUJITA = """--
メリディアン・データ株式会社　大阪オフィス
藤田 健二（Kenji Fujita）
〒530-0011 大阪市北区大深町4-20 グランフロント大阪タワーA 18F
TEL 06-5555-0263　FAX 06-5555-0264
"""

SIG_HARRIET = """--
Harriet Lowe
Senior Account Manager | Meridian Data UK Ltd
+44 (0)20 7946 0714 | 07700 900 482
Company no. 09876543 | VAT GB 123 4567 89
"""

SIG_KEVIN = """Kevin Doyle
Account Executive, Japan-US Accounts | Meridian Data, Inc.
415-555-0131 | kevin.doyle@meridian-data.com
"""

SIG_AMANDA = """--
Amanda Reyes | Account Executive, Midwest
Meridian Data, Inc. | 500 Howard St, San Francisco, CA 94105
m: (312) 555-0186
"""

# ====================================================================== 0001 Tokyo, English machine-translated from Japanese
T0001 = """Dear Ms. Linda Park,

It is always indebted to you. This is Yamamoto of Meridian Data Tokyo office.

Thank you very much for the meeting of the other day. We send the answer of the questions which we received, as below.

1. As for Meridian Sync, users up to 5 thousand are possible per one tenant.
2. The monthly fee of Meridian Sync is 50 thousand yen (tax is not included).
3. Availability of SLA of Meridian Sync is 99.9 percent.
4. As for the storage of Meridian Sync, it is 1TB per one user.

About the number of 35 persons of your Japan branch, we think it is no problem at all.
Next, we would like to visit your office on December 3 at 14:00, if it is convenient.

Please kindly consider it.

Best regards,
""" + SIG_YAMAMOTO_EN
C0001 = [
    C("sync", "max_users", 5000, "ok", "As for Meridian Sync, users up to 5 thousand are possible per one tenant."),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "The monthly fee of Meridian Sync is 50 thousand yen (tax is not included)."),
    C("sync", "sla", 99.9, "ok", "Availability of SLA of Meridian Sync is 99.9 percent."),
    C("sync", "storage_per_user", 1 * TB, "ok", "As for the storage of Meridian Sync, it is 1TB per one user."),
]
mail("0001", "2025-11-20 10:05:41 +0900", YAMAMOTO_EN, [LINDA], "Answer of the questions (Meridian Sync)",
     alt(T0001, "utf-8", "quoted-printable", "0001"), style="outlook-jp", mailer=OUTLOOK, archive=True, claims=C0001)

# ====================================================================== 0002 customer replies, Gmail quote
T0002 = """Hi Yamamoto-san,

Thanks for the answers, and sorry for the slow reply -- Q4 close has been hectic.

Our Tokyo team will need at least 3,000 seats by next spring, so the user limit works for us for now. Two more questions:

- Does Meridian Sync support offline mode? Our field staff are often on trains.
- Is the 50,000 yen per month for the whole company, or per site?

December 3 worked well, thank you again for coming over.

Linda

""" + quote(T0001, "On Wed, Nov 19, 2025 at 5:05 PM Aya Yamamoto <aya.yamamoto@jp.meridian-data.com> wrote:")
mail("0002", "2025-12-08 09:31:12 -0800", LINDA, [YAMAMOTO_EN], "Re: Answer of the questions (Meridian Sync)",
     mime.text_part(T0002, "utf-8", "quoted-printable"), reply_to="0001", style="gmail",
     claims=as_quoted(C0001, "tokyo", "2025-12-08"))

# ====================================================================== 0003 Tokyo, Japanese machine-translated from English (ISO-2022-JP)
T0003 = """瀬戸製薬株式会社
情報システム部　森 様

いつもお世話になっております。メリディアン・データの井上でございます。
米国本社の製品資料を翻訳してお送りいたします。機械翻訳のため、不自然な表現はご容赦ください。

メリディアン ボールトは、あなたのデータを15 minutesのRPOで保護します。
メリディアン ボールトのデフォルトの保持期間は、90日です。
メリディアン ボールトは、1テナントあたり最大500 テラバイトまでスケールします。
メリディアン ボールトの1TBあたりの価格は、月額2.8千円（税抜き）です。
メリディアン ボールトのデータセンターは、東京、大阪、オレゴン、そしてフランクフルトに位置しています。

ご検討中の容量（約60TB）であれば、十分に余裕がございます。
12月19日（金）までにご不明点をお知らせいただけますと幸いです。

""" + SIG_INOUE
mail("0003", "2025-12-15 16:22:09 +0900", INOUE, [MORI], "メリディアン ボールト製品資料（翻訳版）の送付",
     mime.text_part(T0003, "iso-2022-jp", "7bit"), charset="ISO-2022-JP", style="outlook-jp", mailer=OUTLOOK,
     archive=True, claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトは、あなたのデータを15 minutesのRPOで保護します。"),
         C("vault", "retention", dur(90, "days"), "ok", "メリディアン ボールトのデフォルトの保持期間は、90日です。"),
         C("vault", "max_storage", 500 * TB, "ok", "メリディアン ボールトは、1テナントあたり最大500 テラバイトまでスケールします。"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "メリディアン ボールトの1TBあたりの価格は、月額2.8千円（税抜き）です。"),
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
             "メリディアン ボールトのデータセンターは、東京、大阪、オレゴン、そしてフランクフルトに位置しています。"),
     ])

# ====================================================================== 0004 US, bilingual EN + JA (same claims twice; one translated wrongly)
T0004 = """Dear Mr. Matsumoto,

(日本語は下に記載しております)

Thank you for your interest in Meridian Insight. Here are the key points our Tokyo team asked me to confirm:

- Meridian Insight will be generally available in January 2027; until then it is in beta.
- After GA, Meridian Insight is priced at $30 per user per month.
- Meridian Insight holds up to 200 dashboards per workspace.
- Meridian Insight query latency is under 2 seconds.
- The Meridian Insight free trial lasts 30 days.

Best regards,
""" + SIG_KEVIN + """
----------------------------------------
松本様

メリディアン インサイトにご関心をお寄せいただき、ありがとうございます。東京チームから確認を依頼された要点は以下のとおりです。

・メリディアン インサイトは、2027年1月に一般提供されます。それまではベータ版です。
・一般提供の後、メリディアン インサイトの価格は1ユーザーあたり月額30ドルです。
・メリディアン インサイトは、ワークスペースあたり最大200のダッシュボードを保持します。
・メリディアン インサイトのクエリ応答時間は、1秒未満です。
・メリディアン インサイトの無料トライアルは、30日間続きます。

よろしくお願いいたします。
Kevin Doyle（ケビン・ドイル）
"""
mail("0004", "2026-01-14 10:20:33 -0800", KEVIN, [MATSUMOTO], "Meridian Insight – key points / メリディアン インサイトの要点",
     alt(T0004, "utf-8", "quoted-printable", "0004", lang="ja"), style="outlook-us", mailer=OUTLOOK, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight will be generally available in January 2027; until then it is in beta."),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok",
           "After GA, Meridian Insight is priced at $30 per user per month."),
         C("insight", "max_dashboards", 200, "ok", "Meridian Insight holds up to 200 dashboards per workspace."),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight query latency is under 2 seconds."),
         C("insight", "query_latency", dur(1, "seconds"), "conflict", "メリディアン インサイトのクエリ応答時間は、1秒未満です。"),
         C("insight", "free_trial", dur(30, "days"), "ok", "The Meridian Insight free trial lasts 30 days."),
     ])

# ====================================================================== 0005 London, numbers in words (windows-1252 QP)
T0005 = """Hi Ben,

Following our call, a quick summary on Meridian Vault for the Fenwick digitisation project:

* Meridian Vault gives you a quarter-hour RPO.
* Meridian Vault keeps backups for ninety days by default.
* Meridian Vault is £16 per TB per month, ex VAT.
* Meridian Vault offers 99.95 per cent availability under our SLA.
* Meridian Vault scales to 0.5PB per tenant.

Your 120TB scan archive fits comfortably within that.

I've pencilled in Tuesday 17 February at 10:30 for the technical workshop.

Kind regards,
Harriet
""" + SIG_HARRIET
mail("0005", "2026-02-02 14:07:55 +0000", HARRIET, [BEN], "Meridian Vault – summary after our call",
     mime.text_part(T0005, "windows-1252", "quoted-printable"), style="outlook-uk", mailer=OUTLOOK, archive=True,
     claims=[
         C("vault", "rpo", dur(0.25, "hours"), "ok", "Meridian Vault gives you a quarter-hour RPO."),
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for ninety days by default."),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
           "Meridian Vault is £16 per TB per month, ex VAT."),
         C("vault", "sla", 99.95, "ok", "Meridian Vault offers 99.95 per cent availability under our SLA."),
         C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault scales to 0.5PB per tenant."),
     ])

# ====================================================================== 0006 Osaka, 5千 / 1万 / 5万円 (Shift_JIS base64)
T0006 = """六甲商事株式会社
総務部　北野様

いつも大変お世話になっております。メリディアン・データ大阪オフィスの藤田です。
先日ご質問いただいたメリディアン シンクについて、回答いたします。

・メリディアン シンクは、現在1テナントあたり最大5千ユーザーまでご利用いただけます。
・なお、2026年4月1日以降は、メリディアン シンクの上限が最大1万ユーザーに拡張されます。
・メリディアン シンクの月額料金は5万円（税抜）です。
・メリディアン シンクの稼働率は99.9パーセントでございます。
・メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。

今回のお見積りは120名様分で作成しております。
3月6日（金）の打ち合わせにて詳細をご説明いたします。

""" + SIG_FUJITA
mail("0006", "2026-02-20 11:45:02 +0900", FUJITA, [KITANO], "メリディアン シンクに関するご質問への回答",
     mime.text_part(T0006, "shift_jis", "base64"), charset="ISO-2022-JP", style="thunderbird", mailer=THUNDERBIRD,
     archive=True, claims=[
         C("sync", "max_users", 5000, "ok", "メリディアン シンクは、現在1テナントあたり最大5千ユーザーまでご利用いただけます。"),
         C("sync", "max_users", 10000, "ok", "2026年4月1日以降は、メリディアン シンクの上限が最大1万ユーザーに拡張されます。",
           as_of="2026-04-01"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は5万円（税抜）です。"),
         C("sync", "sla", 99.9, "ok", "メリディアン シンクの稼働率は99.9パーセントでございます。"),
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
             "メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。"),
     ])

# ====================================================================== 0007 customer: 十万 reported, 1.5万 question, requirement
T0007 = """メリディアン・データ株式会社
山本様

お世話になっております。北星ロジスティクスの石井です。

メリディアン シンクの件で確認させてください。
貴社の販売代理店からは、メリディアン シンクは十万ユーザーまで対応可能と伺っております。
当社グループ全体では1.5万ユーザーでの利用を想定しておりますが、メリディアン シンクで1.5万ユーザーの利用は可能でしょうか。

要件：利用者数1万2千名以上、Windows/Mac対応

お手数ですが、ご回答をお願いいたします。

--
北星ロジスティクス株式会社　情報システム部
石井 聡
TEL: 011-555-0187
"""
C0007 = [C("sync", "max_users", 100000, "conflict", "メリディアン シンクは十万ユーザーまで対応可能と伺っております。")]
mail("0007", "2026-03-10 10:12:40 +0900", ISHII, [YAMAMOTO], "メリディアン シンクのユーザー数上限について",
     mime.text_part(T0007, "utf-8", "base64"), style="outlook-jp", mailer=OUTLOOK, archive=True, claims=C0007)

# ====================================================================== 0008 Tokyo reply: 5,000 now, 1万 from April, 十万 denied
T0008 = """石井様

お世話になっております。メリディアン・データの山本です。
お問い合わせいただいた件について、回答いたします。

メリディアン シンクのユーザー数の上限は、現在は最大5,000ユーザーです。
2026年4月1日からは、メリディアン シンクは最大1万ユーザーまでご利用いただけるようになります。
メリディアン シンクが十万ユーザーまで対応可能というのは誤りで、十万ユーザーではございません。
メリディアン シンクの対応OSはWindows、macOS、iOS、Androidです。

1.5万ユーザーでのご利用については、テナントを2つに分ける構成をご提案いたします。

よろしくお願いいたします。

""" + SIG_YAMAMOTO + "\n" + quote(T0007, "2026年3月10日(火) 10:12 石井 聡 <ishii@hokusei-logi.co.jp>:")
mail("0008", "2026-03-11 09:40:18 +0900", YAMAMOTO, [ISHII], "Re: メリディアン シンクのユーザー数上限について",
     alt(T0008, "utf-8", "quoted-printable", "0008", style="gmail", lang="ja"), reply_to="0007", style="gmail",
     archive=True, claims=[
         C("sync", "max_users", 5000, "ok", "メリディアン シンクのユーザー数の上限は、現在は最大5,000ユーザーです。"),
         C("sync", "max_users", 10000, "ok", "2026年4月1日からは、メリディアン シンクは最大1万ユーザーまでご利用いただけるようになります。",
           as_of="2026-04-01"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidです。"),
         as_quoted(C0007, "unknown", "2026-03-11"),
     ])

# ====================================================================== 0009 US: 10K, $399/mo, unlimited
T0009 = """Hi Greg,

Good news on the seat question: as of April 1, Meridian Sync supports up to 10K users per tenant, so your 6,500-person rollout is covered with room to spare.

Quick recap for your procurement team:
- Meridian Sync list price: $399/mo for the organization.
- Every Meridian Sync user gets 1 TB of storage.
- Meridian Sync runs on Windows, macOS, iOS and Android.
- Meridian Sync keeps unlimited version history for deleted files.

Happy to walk your IT lead through the admin console on Thursday 4/23 at 2pm Pacific.

Amanda
""" + SIG_AMANDA
mail("0009", "2026-04-15 08:03:27 -0700", AMANDA, [GREG], "Meridian Sync - seat limit update",
     mime.text_part(T0009, "us-ascii", "7bit"), style="gmail", archive=True, claims=[
         C("sync", "max_users", 10000, "ok",
           "as of April 1, Meridian Sync supports up to 10K users per tenant, so your 6,500-person rollout is covered"),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync list price: $399/mo for the organization."),
         C("sync", "storage_per_user", 1 * TB, "ok", "Every Meridian Sync user gets 1 TB of storage."),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "Meridian Sync runs on Windows, macOS, iOS and Android."),
     ], findings=[PH("en.unlimited", "Meridian Sync keeps unlimited version history for deleted files.")])

# ====================================================================== 0010 Osaka: stale 5,000名 (cross-office with 0009)
T0010 = """北野様

お世話になっております。大阪オフィスの藤田です。
ご発注前の最終確認として、メリディアン シンクの仕様をまとめました。

・メリディアン シンクは最大5,000名までご利用いただけます。
・メリディアン シンクの月額料金は55,000円（税込）です。
・メリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。

ご契約開始日は5月11日（月）を予定しております。

""" + SIG_FUJITA
mail("0010", "2026-04-28 17:31:50 +0900", FUJITA, [KITANO], "メリディアン シンク仕様の最終確認",
     mime.text_part(T0010, "iso-2022-jp", "7bit"), charset="ISO-2022-JP", style="thunderbird", mailer=THUNDERBIRD,
     archive=True, claims=[
         C("sync", "max_users", 5000, "stale", "メリディアン シンクは最大5,000名までご利用いただけます。"),
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）です。"),
         C("sync", "storage_per_user", 1 * TB, "ok", "メリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。"),
     ])

# ====================================================================== 0011 Tokyo: English units inside Japanese, 0.5ペタバイト, ¥, 絶対
T0011 = """森様

いつもお世話になっております。メリディアン・データの井上です。
前回の資料の補足として、メリディアン ボールトの主な仕様をお送りします。

1) メリディアン ボールトのRPOは、15 minutesです。
2) メリディアン ボールトの標準の保持期間は、90日間です。
3) メリディアン ボールトは、1テナントあたり最大0.5ペタバイトまで保存可能です。
4) メリディアン ボールトの料金は、1TBあたり月額¥2,800（税抜）です。
5) メリディアン ボールトのSLAは99.95パーセントです。
6) メリディアン ボールトは、保存データをAES-256で暗号化します。

メリディアン ボールトなら、データが失われることは絶対にありません。

6月2日（火）のオンライン説明会のURLは追ってお送りします。

""" + SIG_INOUE
mail("0011", "2026-05-12 13:15:07 +0900", INOUE, [MORI], "メリディアン ボールト 仕様の補足",
     mime.text_part(T0011, "utf-8", "base64"), style="outlook-jp", mailer=OUTLOOK, archive=True, claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは、15 minutesです。"),
         C("vault", "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は、90日間です。"),
         C("vault", "max_storage", 500 * TB, "ok", "メリディアン ボールトは、1テナントあたり最大0.5ペタバイトまで保存可能です。"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "メリディアン ボールトの料金は、1TBあたり月額¥2,800（税抜）です。"),
         C("vault", "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95パーセントです。"),
         C("vault", "encryption", "AES-256", "ok", "メリディアン ボールトは、保存データをAES-256で暗号化します。"),
     ], findings=[PH("ja.absolute", "データが失われることは絶対にありません。")])

# ====================================================================== 0012 London: "a hundred-day retention" (cross-office with 0011)
T0012 = """Hi Ben,

Apologies for the delay – the board pack took longer than expected.

On your retention question: Meridian Vault comes with a hundred-day retention as standard, and you can extend it by policy for the regulatory collections.
Pricing is unchanged: Meridian Vault is £16 per terabyte per month, ex VAT.
Meridian Vault also encrypts everything at rest with AES-256.

The 14-day onboarding plan is attached; we'd start on 1 June if the PO arrives by the 27th.

Best,
Harriet
""" + SIG_HARRIET
mail("0012", "2026-05-20 09:12:44 +0100", HARRIET, [BEN], "RE: Meridian Vault – retention and onboarding",
     alt(T0012, "windows-1252", "quoted-printable", "0012"), style="outlook-uk", mailer=OUTLOOK, archive=True, claims=[
         C("vault", "retention", dur(100, "days"), "conflict",
           "Meridian Vault comes with a hundred-day retention as standard"),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
           "Meridian Vault is £16 per terabyte per month, ex VAT."),
         C("vault", "encryption", "AES-256", "ok", "Meridian Vault also encrypts everything at rest with AES-256."),
     ])

# ====================================================================== 0013 partner, English machine-translated, reported statements
T0013 = """Dear Yamamoto-san,

It is Kato of Nihon Bridge Consulting. Thank you for always.

For the proposal to our customer, please let us confirm the following contents.
As for Meridian Vault, the data center is in Tokyo, Osaka and Singapore, we have heard.
Also, the RPO of Meridian Vault is 5 minute, we have heard from your former staff.
Are these correct? Our customer needs the answer by June 10.

Best regards,
Akira Kato
Nihon Bridge Consulting Co., Ltd.
Tel: 03-5555-0772
"""
C0013 = flat(
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok",
        "As for Meridian Vault, the data center is in Tokyo, Osaka and Singapore, we have heard."),
    C("vault", "data_centers", "Singapore", "conflict",
      "As for Meridian Vault, the data center is in Tokyo, Osaka and Singapore, we have heard."),
    C("vault", "rpo", dur(5, "minutes"), "conflict", "the RPO of Meridian Vault is 5 minute, we have heard from your former staff."),
)
mail("0013", "2026-06-03 15:20:11 +0900", KATO, [YAMAMOTO_EN], "Meridian Vault confirmation",
     mime.text_part(T0013, "us-ascii", "7bit"), style="outlook-jp", mailer=OUTLOOK, claims=C0013)

# ====================================================================== 0014 Tokyo reply, bilingual, Outlook header block
T0014 = """加藤様 / Dear Kato-san,

お世話になっております。メリディアン・データの山本です。
（English follows the Japanese.）

メリディアン ボールトのデータセンターは、東京、大阪、オレゴン、フランクフルトの4拠点です。シンガポールには拠点がございません。
メリディアン ボールトのRPOは15分です。5分ではございません。

Meridian Vault data centers are in Tokyo, Osaka, Oregon and Frankfurt. There is no data center in Singapore.
The RPO of Meridian Vault is 15 minutes, not 5 minutes.

よろしくお願いいたします。
Best regards,
山本 彩 / Aya Yamamoto

-----Original Message-----
From: Akira Kato <a.kato@nihonbridge.co.jp>
Sent: Wednesday, June 3, 2026 3:20 PM
To: Aya Yamamoto <aya.yamamoto@jp.meridian-data.com>
Subject: Meridian Vault confirmation

""" + T0013
mail("0014", "2026-06-04 11:02:37 +0900", YAMAMOTO, [KATO], "RE: Meridian Vault confirmation",
     mime.text_part(T0014, "utf-8", "base64"), reply_to="0013", style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
             "メリディアン ボールトのデータセンターは、東京、大阪、オレゴン、フランクフルトの4拠点です。"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分です。"),
         as_quoted(C0013, "unknown", "2026-06-04"),
     ])

# ====================================================================== 0015 US: GA October 2026 (cross-office with 0016), industry-leading
T0015 = """Hi Sandra,

Thanks for joining the Meridian Insight preview session yesterday. To answer the questions from the chat:

1. Meridian Insight goes GA in October 2026, so your Q4 budget timing lines up.
2. Meridian Insight is $30/user/month after GA.
3. Meridian Insight supports up to 200 dashboards per workspace.
4. Meridian Insight has industry-leading query speed on large datasets.

For the 40 analysts you mentioned, the total comes to $1,200 a month.

Let me know if Friday 6/26 works for a follow-up with your CFO.

Kevin

""" + SIG_KEVIN
mail("0015", "2026-06-22 16:48:05 -0700", KEVIN, [SANDRA], "Meridian Insight - answers from the preview session",
     alt(T0015, "utf-8", "quoted-printable", "0015"), style="outlook-us", mailer=OUTLOOK, archive=True, claims=[
         C("insight", "general_availability", "2026-10", "conflict", "Meridian Insight goes GA in October 2026"),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30/user/month after GA."),
         C("insight", "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
     ], findings=[PH("en.superlative", "Meridian Insight has industry-leading query speed on large datasets.")])

# ====================================================================== 0016 Tokyo: 4千円, 正式リリース 2027年1月
T0016 = """神戸電機株式会社
松本様

お世話になっております。メリディアン・データの井上です。
1月に弊社米国本社のDoyleからご案内したメリディアン インサイトについて、最新情報をお知らせします。

・メリディアン インサイトは、2027年1月に正式リリースの予定です（現在はベータ版）。
・メリディアン インサイトの料金は、1ユーザーあたり月額4千円（税抜）です。
・メリディアン インサイトのクエリ応答時間は2秒以内です。
・メリディアン インサイトのダッシュボードは最大200個まで作成できます。

ご導入予定の25名様でのトライアルも承ります。

""" + SIG_INOUE
mail("0016", "2026-07-01 10:30:00 +0900", INOUE, [MATSUMOTO], "メリディアン インサイト 最新情報のご案内",
     mime.text_part(T0016, "iso-2022-jp", "7bit"), charset="ISO-2022-JP", style="outlook-jp", mailer=OUTLOOK,
     archive=True, claims=[
         C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは、2027年1月に正式リリースの予定です（現在はベータ版）。"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "メリディアン インサイトの料金は、1ユーザーあたり月額4千円（税抜）です。"),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は2秒以内です。"),
         C("insight", "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボードは最大200個まで作成できます。"),
     ])

# ====================================================================== 0017 Osaka: 4,400円（税込）, 業界初
T0017 = """北野様

いつもお世話になっております。大阪オフィスの藤田です。
メリディアン シンクのご導入、誠にありがとうございました。続いて、分析ツールのメリディアン インサイトをご紹介いたします。

メリディアン インサイトは、1ユーザーあたり月額4,400円（税込）でご利用いただけます。
メリディアン インサイトは、30日間の無料トライアルをご用意しております。
メリディアン インサイトは、業界初のAI自動要約機能を搭載しています。

資料（全12ページ）を添付いたしますので、ご確認ください。

""" + SIG_FUJITA
mail("0017", "2026-07-15 14:05:19 +0900", FUJITA, [KITANO], "メリディアン インサイトのご紹介",
     mime.text_part(T0017, "utf-8", "8bit", params="; format=flowed"), style="thunderbird", mailer=THUNDERBIRD,
     archive=True, claims=[
         C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
           "メリディアン インサイトは、1ユーザーあたり月額4,400円（税込）でご利用いただけます。"),
         C("insight", "free_trial", dur(30, "days"), "ok", "メリディアン インサイトは、30日間の無料トライアルをご用意しております。"),
     ], findings=[PH("ja.first-in-industry", "業界初のAI自動要約機能を搭載しています。")])

# ====================================================================== 0018 Tokyo, English MT: "until 1万", "¥50K", old name
T0018 = """Dear Ms. Linda Park,

It is Yamamoto of Meridian Data. Thank you for always.

About your question of the other day, we answer as follows.
About Meridian Sync, the users until 1万 are possible from April of this year.
The monthly price of Meridian Sync is ¥50K (tax excluded).
Meridian Sync does not correspond to offline mode.
The supported OS of Meridian Sync are Windows, Mac and Linux.

By the way, the Meridian FileSync is the old name of Meridian Sync.

Sincerely yours,
""" + SIG_YAMAMOTO_EN
mail("0018", "2026-08-05 18:20:45 +0900", YAMAMOTO_EN, [LINDA], "About your question (Meridian Sync)",
     mime.text_part(T0018, "utf-8", "quoted-printable"), style="outlook-jp", mailer=OUTLOOK, archive=True, claims=[
         C("sync", "max_users", 10000, "ok", "About Meridian Sync, the users until 1万 are possible from April of this year."),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "The monthly price of Meridian Sync is ¥50K (tax excluded)."),
         C("sync", "offline_mode", False, "ok", "Meridian Sync does not correspond to offline mode."),
         SET("sync", "supported_platforms", ["Windows", "macOS"], "ok",
             "The supported OS of Meridian Sync are Windows, Mac and Linux."),
         C("sync", "supported_platforms", "Linux", "conflict", "The supported OS of Meridian Sync are Windows, Mac and Linux."),
     ], findings=[TERM("sync", "the Meridian FileSync is the old name of Meridian Sync.")])

# ====================================================================== 0019 London + attached Tokyo message: "JPY 50k" (office-variant)
T0019_INNER = """Harrietさん

東京の山本です。お問い合わせの件、回答します。
メリディアン シンクの月額料金は、日本では5万円（税抜）です。
メリディアン シンクのユーザー数は、最大1万ユーザーまでです。

山本
"""
INNER_0019 = mime.message([
    ("From", mime.address(*YAMAMOTO)), ("To", mime.address(*HARRIET)),
    ("Subject", mime.encoded_words("Re: 日本での価格", "UTF-8")),
    ("Date", format_datetime(parse_dt("2026-08-19 16:02:11 +0900"))),
    ("Message-ID", "<%s>" % msgid("outlook-jp", "inner-0019")), ("MIME-Version", "1.0")],
    mime.text_part(T0019_INNER, "utf-8", "base64"))
T0019 = """Dear James,

Your Tokyo subsidiary asked whether their pricing would differ from yours. I checked with my colleague Aya in Tokyo – her note is attached.

In short, Meridian Sync is £329 a month for the UK entity, and our Tokyo colleagues quote JPY 50k a month (ex. tax) for Meridian Sync in Japan.
Meridian Sync supports up to 10,000 users, so one tenant can cover both offices.
Meridian Sync carries a 99.9% uptime SLA in both countries.

Kind regards,
Harriet
""" + SIG_HARRIET
mail("0019", "2026-08-20 10:41:36 +0100", HARRIET, [JAMES], "Meridian Sync pricing – UK and Japan",
     mime.multipart("mixed", [mime.text_part(T0019, "utf-8", "quoted-printable"),
                              mime.attached_message(INNER_0019, "Re_ pricing in Japan.eml")],
                    mime.boundary("0019")),
     style="outlook-uk", mailer=OUTLOOK, archive=True, claims=[
         C("sync", "monthly_price", money(329, "GBP", "month"), "ok",
           "In short, Meridian Sync is £329 a month for the UK entity"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "office-variant",
           "our Tokyo colleagues quote JPY 50k a month (ex. tax) for Meridian Sync in Japan."),
         C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users, so one tenant can cover both offices."),
         C("sync", "sla", 99.9, "ok", "Meridian Sync carries a 99.9% uptime SLA in both countries."),
         as_quoted([
             C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
               "メリディアン シンクの月額料金は、日本では5万円（税抜）です。"),
             C("sync", "max_users", 10000, "ok", "メリディアン シンクのユーザー数は、最大1万ユーザーまでです。"),
         ], "tokyo", "2026-08-20"),
     ])

# ====================================================================== 0020 Osaka: wrong Vault price 2,500円 (cross-office with 0021)
T0020 = """淡路水産株式会社
岡本様

お世話になっております。メリディアン・データ大阪オフィスの藤田です。
バックアップサービスのメリディアン ボールトについて、概要をお送りします。

・メリディアン ボールトの料金は、1TBあたり月額2,500円（税抜）です。
・メリディアン ボールトのRPOは15分です。
・メリディアン ボールトのデータセンターは、東京と大阪にございます。

現在のNAS容量（約8TB）であれば、月額の目安は2万円程度です。

""" + SIG_FUJITA
mail("0020", "2026-09-09 15:55:30 +0900", FUJITA, [OKAMOTO], "メリディアン ボールトの概要",
     mime.text_part(T0020, "shift_jis", "base64"), charset="ISO-2022-JP", style="thunderbird", mailer=THUNDERBIRD,
     archive=True, claims=[
         C("vault", "price_per_tb", money(2500, "JPY", "TB-month", "excluded"), "conflict",
           "メリディアン ボールトの料金は、1TBあたり月額2,500円（税抜）です。"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分です。"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "メリディアン ボールトのデータセンターは、東京と大阪にございます。"),
     ])

# ====================================================================== 0021 Tokyo: 3,080円（税込）, 業界最安
T0021 = """森様

お世話になっております。山本です。
メリディアン ボールトのお見積りの前提を、改めてお送りします。

・メリディアン ボールトの料金は、1TBあたり月額3,080円（税込）です。
・メリディアン ボールトの最大容量は、1テナントあたり500TBです。
・メリディアン ボールトの保持期間は、標準で90日です。

業界最安の料金で、御社のデータをお守りします。

10月7日（水）に井上と伺います。

""" + SIG_YAMAMOTO
mail("0021", "2026-09-25 12:10:03 +0900", YAMAMOTO, [MORI], "メリディアン ボールト お見積りの前提",
     alt(T0021, "utf-8", "quoted-printable", "0021", lang="ja"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
           "メリディアン ボールトの料金は、1TBあたり月額3,080円（税込）です。"),
         C("vault", "max_storage", 500 * TB, "ok", "メリディアン ボールトの最大容量は、1テナントあたり500TBです。"),
         C("vault", "retention", dur(90, "days"), "ok", "メリディアン ボールトの保持期間は、標準で90日です。"),
     ], findings=[PH("ja.cheapest", "業界最安の料金で、御社のデータをお守りします。")])

# ====================================================================== 0022 customer: questions only
T0022 = """Hi Amanda,

Quick one: is it true Meridian Sync supports 15k users on the enterprise plan?
We'll be at roughly 8,500 users next year once the Kentucky site joins.

Thanks,
Greg

Greg Walsh | IT Director | Pinecrest Manufacturing
(502) 555-0143
"""
mail("0022", "2026-10-14 09:12:58 -0400", GREG, [AMANDA], "Sync users question",
     mime.text_part(T0022, "us-ascii", "7bit"), style="gmail")

# ====================================================================== 0023 US: interleaved reply, "ten-thousand"
T0023 = """Hi Greg,

On Wed, Oct 14, 2026 at 6:12 AM Greg Walsh <gwalsh@pinecrest-mfg.com> wrote:
> Quick one: is it true Meridian Sync supports 15k users on the enterprise plan?

No - there's no enterprise tier above it. Meridian Sync supports a maximum of ten-thousand users per tenant.
A 15k deployment would need two tenants.

> We'll be at roughly 8,500 users next year once the Kentucky site joins.

That fits comfortably. Meridian Sync's SLA is 99.9% on every plan, too.

Amanda
""" + SIG_AMANDA
mail("0023", "2026-10-15 07:44:21 -0700", AMANDA, [GREG], "Re: Sync users question",
     mime.text_part(T0023, "us-ascii", "7bit"), reply_to="0022", style="gmail", archive=True, claims=[
         C("sync", "max_users", 10000, "ok", "Meridian Sync supports a maximum of ten-thousand users per tenant."),
         C("sync", "sla", 99.9, "ok", "Meridian Sync's SLA is 99.9% on every plan, too."),
     ])

# ====================================================================== 0024 Tokyo bilingual: 10K, 月額399ドル (office-variant), 1テラバイト
T0024 = """Linda様 / Dear Linda,

（日本語の後に英語が続きます / English follows）

メリディアン シンクは、最大10Kユーザーまでご利用いただけます。
メリディアン シンクの料金は、月額399ドルです。
メリディアン シンクの稼働率は99.9パーセントです。
メリディアン シンクの1ユーザーあたりのストレージ容量は1テラバイトです。

Meridian Sync can be used by up to 10K users.
The price of Meridian Sync is 399 US dollars per month.
The availability of Meridian Sync is 99.9 percent.
The storage capacity per one user of Meridian Sync is 1 terabyte.
Meridian Insight is 4 thousand yen per user monthly (tax excluded).

井上 拓也 / Takuya Inoue
Meridian Data K.K. Tokyo Office
TEL +81-3-5555-0151
"""
mail("0024", "2026-11-04 17:02:48 +0900", INOUE, [LINDA], "メリディアン シンク / Meridian Sync overview",
     alt(T0024, "utf-8", "base64", "0024", lang="ja"), style="outlook-jp", mailer=OUTLOOK, archive=True, claims=[
         C("sync", "max_users", 10000, "ok", "メリディアン シンクは、最大10Kユーザーまでご利用いただけます。"),
         C("sync", "monthly_price", money(399, "USD", "month"), "office-variant", "メリディアン シンクの料金は、月額399ドルです。"),
         C("sync", "sla", 99.9, "ok", "メリディアン シンクの稼働率は99.9パーセントです。"),
         C("sync", "storage_per_user", 1 * TB, "ok", "メリディアン シンクの1ユーザーあたりのストレージ容量は1テラバイトです。"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "Meridian Insight is 4 thousand yen per user monthly (tax excluded)."),
     ])

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "general_availability", ("tokyo", "us-hq")),
    ("meridian-sync", "max_users", ("osaka", "us-hq")),
    ("meridian-vault", "price_per_tb", ("osaka", "tokyo")),
    ("meridian-vault", "retention", ("london", "tokyo")),
]

from docs_content import DOCS  # noqa: E402,F401
