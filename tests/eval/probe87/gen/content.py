"""The messages and documents of set 87, each with its hand-written labels.

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


# ---------------------------------------------------------------------- people (set 87)
KEVIN = ("Kevin Alvarez", "kevin.alvarez@meridian-data.com")
LAUREN = ("Lauren Ortiz", "lauren.ortiz@meridian-data.com")
HARRIET = ("Harriet Quinn", "harriet.quinn@uk.meridian-data.com")
CALLUM = ("Callum Reid", "callum.reid@uk.meridian-data.com")
MORITA = ("森田 彩", "aya.morita@jp.meridian-data.com")
ISHII = ("石井 健", "ken.ishii@jp.meridian-data.com")
NISHIMURA = ("西村 拓也", "takuya.nishimura@osaka.jp.meridian-data.com")

VOGEL = ("Henrik Vogel", "h.vogel@alpenholz-moebel.de")
WEILING = ("Tan Wei Ling", "weiling.tan@straitsmarine.com.sg")
CHLOE = ("Chloe Barnes", "chloe.barnes@harbourlight.com.au")
DECLAN = ("Declan Moriarty", "d.moriarty@liffeyfreight.ie")
PATEL = ("Anita Patel", "anita.patel@kingsmere-homes.co.uk")
YAMASHITA = ("山下 恵", "yamashita.megumi@kamome-shoji.co.jp")
UEDA = ("上田 浩二", "k-ueda@namihaya-denki.co.jp")
HAYASHI = ("林 由紀", "y.hayashi@tsubame-kogyo.co.jp")
OGAWA = ("Ogawa Shin", "shin.ogawa@sg.kamome-shoji.com")

SIG_KEVIN = """--
Kevin Alvarez | Account Executive, EMEA & APAC desk
Meridian Data Inc. | 600 Harrison St, Suite 400, San Francisco, CA 94107
+1 (415) 555-0142 | kevin.alvarez@meridian-data.com
All prices in USD unless stated otherwise. W-9 and bank details on request.
"""

SIG_LAUREN = """Lauren Ortiz
Senior Sales Manager, Meridian Data Inc.
m: +1 628 555 0193 | o: +1 415 555 0100 ext. 231
"""

SIG_HARRIET = """Kind regards,
Harriet Quinn
Regional Sales Lead | Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG | +44 (0)20 7946 0321
Registered in England No. 11045873 | VAT Reg. No. GB 284 5512 09
Invoices are issued in GBP; VAT at 20% is added where applicable.
"""

SIG_CALLUM = """Callum Reid
Account Manager, Meridian Data UK Ltd
t: +44 20 7946 0388 | m: +44 7700 900 417
"""

SIG_MORITA = """━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス
営業本部　森田 彩（Aya Morita）
〒105-0001 東京都港区虎ノ門1-17-1 虎ノ門ヒルズビジネスタワー18F
TEL 03-5555-0274 ／ FAX 03-5555-0275
適格請求書発行事業者登録番号：T1234567890123
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_ISHII = """----------------------------------------
Meridian Data K.K. (Tokyo office)
Ken Ishii / 石井 健, Global Accounts
+81-3-5555-0281 / ken.ishii@jp.meridian-data.com
----------------------------------------
"""

SIG_NISHIMURA = """＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
メリディアン・データ株式会社　大阪オフィス
西村 拓也
〒541-0041 大阪市中央区北浜2-6-18 淀屋橋スクエア9F
TEL 06-5555-0412　携帯 090-5555-7788
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""

# ====================================================================== 0001 US -> Munich customer, EUR question answered in USD
T0001 = """Hi Henrik,

Thanks for the call this morning. As promised, here is our current list pricing. We quote and invoice in US dollars only; there is no euro price list.

- Meridian Sync: USD 399 per month for the whole workspace, plus applicable taxes.
- Meridian Vault: US$20 per TB per month, billed on the capacity you actually protect.
- Meridian Insight launches in January 2027 and will be $30 per user per month.

At today's exchange rate the first line works out at roughly EUR 345, but your invoice would be in dollars and your bank sets the actual rate.

Your team mentioned 140 staff and about 35 TB of CAD archives; I'll size the Vault quote on 40 TB to leave some headroom. Could we pencil in a follow-up on Thursday 27 November at 16:00 CET?

Best,
Kevin

""" + SIG_KEVIN
mail("0001", "2025-11-20 08:14:31 -0800", KEVIN, [VOGEL], "Meridian pricing (USD) for Alpenholz",
     alt(T0001, "utf-8", "quoted-printable", "0001"), style="outlook-us", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month", "excluded"), "ok",
           "Meridian Sync: USD 399 per month for the whole workspace, plus applicable taxes."),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok",
           "Meridian Vault: US$20 per TB per month, billed on the capacity you actually protect."),
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight launches in January 2027 and will be $30 per user per month."),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok",
           "Meridian Insight launches in January 2027 and will be $30 per user per month."),
     ])

# ====================================================================== 0002 London -> Singapore customer, SGD + GBP
T0002 = """Dear Wei Ling,

Thank you for your time on Tuesday. Below is the pricing we discussed for Straits Marine.

Meridian Sync is £329/month ex VAT for the organisation. As you asked for a local-currency figure, Meridian Sync would be SGD 560 per month if invoiced from Singapore.
Meridian Vault is £16/TB/mo, and its data centres are in Tokyo, Osaka, Oregon and Frankfurt; there is no Singapore region, so your backups would most likely sit in Tokyo.

UK VAT does not apply to a supply to a Singapore company, and we do not charge Singapore GST.

For your 60 users the annual budget line would be the twelve monthly instalments; I can send a formal quote (ref. MD-UK-Q-2025-1187) once you confirm the TB figure.

""" + SIG_HARRIET
mail("0002", "2025-12-03 10:02:47 +0000", HARRIET, [WEILING], "Straits Marine - Meridian pricing",
     alt(T0002, "utf-8", "quoted-printable", "0002"), style="outlook-uk", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync is £329/month ex VAT for the organisation."),
         C("sync", "monthly_price", money(560, "SGD", "month"), "conflict",
           "Meridian Sync would be SGD 560 per month if invoiced from Singapore."),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok",
           "Meridian Vault is £16/TB/mo, and its data centres are in Tokyo, Osaka, Oregon and Frankfurt"),
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
             "Meridian Vault is £16/TB/mo, and its data centres are in Tokyo, Osaka, Oregon and Frankfurt"),
     ])

# ====================================================================== 0003 Tokyo -> Kamome Shoji, JPY with tax (ISO-2022-JP)
T0003 = """かもめ商事株式会社
情報システム部　山下様

いつも大変お世話になっております。
メリディアン・データの森田でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご依頼いただいた価格について、下記のとおりご案内申し上げます。

・メリディアン シンクの月額料金は5万円（税抜）、税込では55,000円でございます。
・メリディアン ボールトは1TBあたり月額2,800円（税別）となります。
・メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）を予定しております。
・なお、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。

※金額はいずれも日本円です。消費税（10％）は別途申し受けます。

御社のご想定規模（30名様・約12TB）での概算は、別途お見積書にてお送りいたします。
12月19日（金）までにご回答いただけましたら、年内のご契約に間に合います。

何卒よろしくお願い申し上げます。

""" + SIG_MORITA
mail("0003", "2025-12-15 11:20:05 +0900", MORITA, [YAMASHITA], "メリディアン製品の価格のご案内",
     mime.text_part(T0003, "iso-2022-jp", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "・メリディアン シンクの月額料金は5万円（税抜）、税込では55,000円でございます。"),
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
           "・メリディアン シンクの月額料金は5万円（税抜）、税込では55,000円でございます。"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "・メリディアン ボールトは1TBあたり月額2,800円（税別）となります。"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "・メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）を予定しております。"),
         C("sync", "max_users", 5000, "ok",
           "・なお、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
     ])

# ====================================================================== 0004 customer question, quoting 0003 (Gmail JA attribution)
Q0003 = quote(T0003.split(SIG_MORITA)[0].rstrip() + "\n",
              "2025年12月15日(月) 11:20 森田 彩 <aya.morita@jp.meridian-data.com>:")
T0004 = """森田様

お世話になっております。かもめ商事の山下です。
ご案内ありがとうございました。

一点確認させてください。シンクの月額の件、社内稟議は税込金額で上げる必要があるのですが、
弊社シンガポール拠点の分もシンガポールドル建てでご契約いただくことは可能でしょうか。

よろしくお願いいたします。

山下 恵
かもめ商事株式会社　情報システム部
TEL 045-555-0133

""" + Q0003
mail("0004", "2026-01-08 09:41:10 +0900", YAMASHITA, [MORITA], "Re: メリディアン製品の価格のご案内",
     mime.text_part(T0004, "utf-8", "base64"), style="gmail", reply_to="0003",
     claims=as_quoted([
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "・メリディアン シンクの月額料金は5万円（税抜）、税込では55,000円でございます。"),
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
           "・メリディアン シンクの月額料金は5万円（税抜）、税込では55,000円でございます。"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "・メリディアン ボールトは1TBあたり月額2,800円（税別）となります。"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "・メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）を予定しております。"),
         C("sync", "max_users", 5000, "ok",
           "・なお、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
     ], "tokyo", "2026-01-08"))

# ====================================================================== 0005 Tokyo answer: tax-in, USD reference, conversion
T0005 = """山下様

お世話になっております。森田でございます。

> 一点確認させてください。シンクの月額の件、社内稟議は税込金額で上げる必要があるのですが、
> 弊社シンガポール拠点の分もシンガポールドル建てでご契約いただくことは可能でしょうか。

メリディアン シンクの月額50,000円は税抜価格でございます。同製品の税込価格は55,000円となります。
シンガポールドル建てでのご契約はお受けしておりません。ご参考までに、米国本社経由の場合はメリディアン シンクの月額料金は399米ドルとなっております。
（1米ドル＝157円で換算しますと約62,600円ですが、為替により変動いたします。）

稟議書用に税込金額を記載した御見積書（見積番号 TKY-Q-26-0031）を本日中にお送りいたします。

""" + SIG_MORITA
mail("0005", "2026-01-09 14:05:52 +0900", MORITA, [YAMASHITA], "Re: メリディアン製品の価格のご案内",
     mime.text_part(T0005, "iso-2022-jp", "7bit"),
     style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP", reply_to="0004", archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "メリディアン シンクの月額50,000円は税抜価格でございます。"),
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
           "同製品の税込価格は55,000円となります。"),
         C("sync", "monthly_price", money(399, "USD", "month"), "office-variant",
           "ご参考までに、米国本社経由の場合はメリディアン シンクの月額料金は399米ドルとなっております。"),
     ])

# ====================================================================== 0006 US -> Sydney customer, AUD and GST
T0006 = """Hi Chloe,

Great to meet you and the Harbourlight team last week. A few answers on commercials:

1. Meridian Sync is US$399.00/month for the workspace; Australian GST is not included.
2. You asked for Australian dollars: Meridian Insight would be A$45 per user per month once it is generally available in January 2027.
3. Meridian Vault scales to 0.5 PB per tenant. Your 180 TB fits with room to spare.

For 85 analysts that's about US$2,550 a month in total at launch. We can run a risk-free pilot for your finance team before you commit.

Cheers,
Lauren

""" + SIG_LAUREN
mail("0006", "2026-01-22 16:48:03 -0800", LAUREN, [CHLOE], "Harbourlight: pricing and next steps",
     mime.text_part(T0006, "us-ascii", "7bit"), style="apple", mailer=APPLE, archive=True, crlf=True,
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month", "excluded"), "ok",
           "Meridian Sync is US$399.00/month for the workspace; Australian GST is not included."),
         C("insight", "per_user_price", money(45, "AUD", "user-month"), "conflict",
           "Meridian Insight would be A$45 per user per month once it is generally available in January 2027."),
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight would be A$45 per user per month once it is generally available in January 2027."),
         C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault scales to 0.5 PB per tenant"),
     ],
     findings=[PH("en.guarantee", "We can run a risk-free pilot for your finance team")])

# ====================================================================== 0007 Osaka -> Namihaya Denki, tax-in prices (Shift_JIS)
T0007 = """浪速電機株式会社
総務部　上田様

いつもお世話になっております。メリディアン・データ大阪オフィスの西村です。
先日ご依頼いただいた価格を、御社のご要望どおり税込金額でご案内いたします。

■メリディアン・シンク
　月額50,000円（税込）
■メリディアン・ボールト
　容量単価は１TBあたり月額3,080円（税込）でございます。
■メリディアン・インサイト
　1ユーザーあたり月額4,400円（内税）を予定しております。

いずれも業界最安の水準でご提供しております。
ご検討中の規模（100名様・20TB）の場合の合計額は、別紙お見積書（No. OSK-2026-0107）をご覧ください。

""" + SIG_NISHIMURA
mail("0007", "2026-02-05 17:32:40 +0900", NISHIMURA, [UEDA], "【メリディアン】税込価格のご案内",
     mime.text_part(T0007, "shift_jis", "base64"), style="thunderbird", mailer=THUNDERBIRD, charset="SHIFT_JIS",
     archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "月額50,000円（税込）"),
         C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
           "容量単価は１TBあたり月額3,080円（税込）でございます。"),
         C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
           "1ユーザーあたり月額4,400円（内税）を予定しております。"),
     ],
     findings=[PH("ja.cheapest", "いずれも業界最安の水準でご提供しております。")])

# ====================================================================== 0008 London -> UK customer, wrong Vault GBP price
T0008 = """Hi Anita,

Following our meeting at Kingsmere's Reading office, here are the list prices you asked for, all in sterling:

* Meridian Sync is GBP 329 per month + VAT, whatever the number of users up to the tenant limit.
* Meridian Insight: £25/user/month ex-VAT, from general availability in January 2027.
* Meridian Vault is £18 per TB per month, with restores included.

Your 12 regional sites and roughly 420 staff fit comfortably in one tenant. I've attached draft order form OF-2026-0219 for 30 TB of Vault; the discount of 8% we discussed is applied on the order form, not to the list prices.

""" + SIG_CALLUM
mail("0008", "2026-02-18 13:26:19 +0000", CALLUM, [PATEL], "Kingsmere Homes - sterling price list",
     alt(T0008, "utf-8", "quoted-printable", "0008"), style="outlook-uk", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync is GBP 329 per month + VAT"),
         C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
           "Meridian Insight: £25/user/month ex-VAT, from general availability in January 2027."),
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight: £25/user/month ex-VAT, from general availability in January 2027."),
         C("vault", "price_per_tb", money(18, "GBP", "TB-month"), "conflict",
           "Meridian Vault is £18 per TB per month, with restores included."),
     ])

# ====================================================================== 0009 US -> US customer with UK entity: USD and GBP in one sentence
T0009 = """Hi Anita,

Callum in our London office looped me in, since Kingsmere's parent company is contracting through us in the US.

For Meridian Vault the list price is $20/TB/month, or £16 per TB per month if your UK entity contracts through London. The figure in Callum's note was a typo on his side and he will re-issue the order form.

On Meridian Sync: today it supports up to 5,000 users per tenant. All 420 of your staff fit.

Kevin

""" + SIG_KEVIN
mail("0009", "2026-03-02 09:55:00 -0800", KEVIN, [PATEL], "Re: Kingsmere Homes - sterling price list",
     mime.text_part(T0009, "utf-8", "8bit"), style="outlook-us", mailer=OUTLOOK, archive=True,
     cc=[CALLUM], reply_to="0008",
     claims=[
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok",
           "For Meridian Vault the list price is $20/TB/month, or £16 per TB per month if your UK entity contracts through London."),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "office-variant",
           "For Meridian Vault the list price is $20/TB/month, or £16 per TB per month if your UK entity contracts through London."),
         C("sync", "max_users", 5000, "ok", "today it supports up to 5,000 users per tenant"),
     ])

# ====================================================================== 0010 Tokyo (English) -> Singapore branch of Kamome: JPY and USD
T0010 = """Dear Mr Ogawa,

Thank you for your enquiry from the Singapore branch. Yamashita-san in Tokyo asked me to reply in English.

Meridian Sync: JPY 50,000 per month excluding consumption tax, under the Tokyo head-office contract.
If the Singapore branch prefers to pay in US dollars, Meridian Sync is US$399 per month.
Meridian Vault: ¥2,800/TB/month (tax excl.).

We cannot invoice in Singapore dollars. Japanese consumption tax is not charged on services billed to an overseas branch; please check this with your tax advisor.

""" + SIG_ISHII
mail("0010", "2026-03-16 10:12:44 +0900", ISHII, [OGAWA], "Meridian pricing for Kamome Shoji Singapore",
     alt(T0010, "utf-8", "base64", "0010", style="gmail"), style="gmail", archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "Meridian Sync: JPY 50,000 per month excluding consumption tax, under the Tokyo head-office contract."),
         C("sync", "monthly_price", money(399, "USD", "month"), "office-variant",
           "If the Singapore branch prefers to pay in US dollars, Meridian Sync is US$399 per month."),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "Meridian Vault: ¥2,800/TB/month (tax excl.)."),
     ])

# ====================================================================== 0011 Osaka -> Tsubame Kogyo, wrong Vault JPY price
T0011 = """燕工業株式会社
林様

お世話になっております。大阪オフィスの西村でございます。
4月からの新価格体系について、ご質問いただいた点を回答いたします。

１．メリディアン ボールトは1TBあたり月額2,500円（税抜）でご提供いたします。
２．メリディアン シンクの料金は￥50,000／月（税抜）で変更はございません。
３．メリディアン シンクは4月から最大1万ユーザーまでご利用いただけます。

御社の3拠点・約850名様でのご利用であれば、1テナントで十分でございます。
4月21日（火）14時からのお打ち合わせ、承知いたしました。

""" + SIG_NISHIMURA
mail("0011", "2026-04-07 09:03:27 +0900", NISHIMURA, [HAYASHI], "Re: 新価格体系についてのご質問",
     mime.text_part(T0011, "utf-8", "quoted-printable"), style="thunderbird", mailer=THUNDERBIRD, archive=True,
     claims=[
         C("vault", "price_per_tb", money(2500, "JPY", "TB-month", "excluded"), "conflict",
           "１．メリディアン ボールトは1TBあたり月額2,500円（税抜）でご提供いたします。"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "２．メリディアン シンクの料金は￥50,000／月（税抜）で変更はございません。"),
         C("sync", "max_users", 10000, "ok", "３．メリディアン シンクは4月から最大1万ユーザーまでご利用いただけます。"),
     ])

# ====================================================================== 0012 Tokyo price table with 税抜/税込 columns (HTML alternative)
T0012 = """かもめ商事株式会社
山下様

お世話になっております。森田でございます。
新年度の価格表をお送りいたします。

【メリディアン製品 価格表】（単位：円／月）
製品　　　　　　　　　　　　　　　　　｜税抜　　｜税込
メリディアン シンク（月額）　　　　　　｜50,000　｜55,000
メリディアン ボールト（1TBあたり）　　｜2,800　 ｜3,080
メリディアン インサイト（1ユーザーあたり）｜4,000　 ｜4,400

ご利用予定数量（40TB・25名様）での合計は、税込で月額288,200円となります。
業界最安※の水準でご提供しております。
※2026年3月 当社調べ（国内法人向けクラウドバックアップ主要5社の1TBあたり月額料金比較）

""" + SIG_MORITA
mail("0012", "2026-04-20 15:40:12 +0900", MORITA, [YAMASHITA], "2026年度 価格表の送付",
     alt(T0012, "utf-8", "base64", "0012", lang="ja"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "メリディアン シンク（月額）　　　　　　｜50,000　｜55,000"),
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
           "メリディアン シンク（月額）　　　　　　｜50,000　｜55,000"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "メリディアン ボールト（1TBあたり）　　｜2,800　 ｜3,080"),
         C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
           "メリディアン ボールト（1TBあたり）　　｜2,800　 ｜3,080"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "メリディアン インサイト（1ユーザーあたり）｜4,000　 ｜4,400"),
         C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
           "メリディアン インサイト（1ユーザーあたり）｜4,000　 ｜4,400"),
     ])

# ====================================================================== 0013 Munich customer asks about a EUR figure (question only)
T0013 = """Hi Kevin,

Our procurement team converted your quote. Is EUR 370 per month the right figure for Meridian Sync, or should we budget in dollars? Also, does the German VAT (19%) get added on top, or is it reverse charge?

Danke und viele Grüße,
Henrik Vogel
Leiter IT | Alpenholz Möbelwerke GmbH | Rosenheimer Str. 145, 81671 München
Tel. +49 89 5555 2210 | USt-IdNr. DE 812 345 678
"""
mail("0013", "2026-05-11 09:17:36 +0200", VOGEL, [KEVIN], "Euro price for Meridian Sync?",
     mime.text_part(T0013, "utf-8", "quoted-printable"), style="thunderbird", mailer=THUNDERBIRD)

# ====================================================================== 0014 US reply: no euro price, GBP via London (interleaved)
T0014 = """Hi Henrik,

On Mon, May 11, 2026 at 12:17 AM Henrik Vogel <h.vogel@alpenholz-moebel.de> wrote:
> Our procurement team converted your quote. Is EUR 370 per month the right figure for Meridian Sync, or should we budget in dollars?

Please budget in dollars: Meridian Sync is $399 per month. The EUR 370 was your team's own conversion, not a price we publish.
If a European invoice is easier, our London office can contract with you: from them Meridian Sync is £329 per month plus VAT.

> Also, does the German VAT (19%) get added on top, or is it reverse charge?

Reverse charge applies for a US supplier, so no German VAT appears on our invoice. Please check with your accountant.

Kevin

""" + SIG_KEVIN
mail("0014", "2026-05-11 08:30:02 -0700", KEVIN, [VOGEL], "Re: Euro price for Meridian Sync?",
     mime.text_part(T0014, "utf-8", "8bit", params="; format=flowed"), style="gmail", reply_to="0013",
     archive=True,
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month"), "ok",
           "Please budget in dollars: Meridian Sync is $399 per month."),
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "office-variant",
           "from them Meridian Sync is £329 per month plus VAT."),
     ])

# ====================================================================== 0015 London -> Dublin customer, EUR prices
T0015 = """Dear Declan,

Thanks for your patience. As Liffey Freight is invoiced in euro, here are our prices in EUR:

Meridian Sync is €389 per month excl. VAT for the whole company.
Meridian Insight will be €29 per user per month.
For reference, the sterling list price of Meridian Sync is £329 a month.

Irish VAT at 23% is added to the invoice. We'd be happy to hold these figures until 30 June 2026 for your 65-person team.

""" + SIG_HARRIET
mail("0015", "2026-05-26 11:45:58 +0100", HARRIET, [DECLAN], "Liffey Freight - EUR pricing",
     alt(T0015, "utf-8", "quoted-printable", "0015"), style="outlook-uk", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "monthly_price", money(389, "EUR", "month", "excluded"), "conflict",
           "Meridian Sync is €389 per month excl. VAT for the whole company."),
         C("insight", "per_user_price", money(29, "EUR", "user-month"), "conflict",
           "Meridian Insight will be €29 per user per month."),
         C("sync", "monthly_price", money(329, "GBP", "month"), "ok",
           "For reference, the sterling list price of Meridian Sync is £329 a month."),
     ])

# ====================================================================== 0016 US forwards London's EUR mail with a correction
FWD0015 = """---------- Forwarded message ---------
From: Harriet Quinn <harriet.quinn@uk.meridian-data.com>
Date: Tue, 26 May 2026 at 11:45
Subject: Liffey Freight - EUR pricing
To: Declan Moriarty <d.moriarty@liffeyfreight.ie>


""" + T0015.split(SIG_HARRIET)[0] + SIG_HARRIET
T0016 = """Declan,

Harriet forwarded me your thread because your parent company signs in the US. For the record, Meridian Sync is $399/month from us and £329/month from London; we have no euro list price, so please disregard the EUR figures below until Harriet re-issues them.

Kevin

""" + SIG_KEVIN + "\n" + FWD0015
mail("0016", "2026-06-09 07:58:21 -0700", KEVIN, [DECLAN], "Fwd: Liffey Freight - EUR pricing",
     mime.text_part(T0016, "utf-8", "quoted-printable"), style="gmail", cc=[HARRIET], archive=True,
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month"), "ok",
           "For the record, Meridian Sync is $399/month from us and £329/month from London"),
         C("sync", "monthly_price", money(329, "GBP", "month"), "office-variant",
           "For the record, Meridian Sync is $399/month from us and £329/month from London"),
     ] + as_quoted([
         C("sync", "monthly_price", money(389, "EUR", "month", "excluded"), "conflict",
           "Meridian Sync is €389 per month excl. VAT for the whole company."),
         C("insight", "per_user_price", money(29, "EUR", "user-month"), "conflict",
           "Meridian Insight will be €29 per user per month."),
         C("sync", "monthly_price", money(329, "GBP", "month"), "ok",
           "For reference, the sterling list price of Meridian Sync is £329 a month."),
     ], "london", "2026-06-09"))

# ====================================================================== 0017 Tokyo HTML-only, tax note in a footnote
H0017 = """<html><head><meta charset="utf-8"></head>
<body style="font-family:'Yu Gothic',sans-serif">
<p>つばめ工業株式会社<br>林様</p>
<p>いつもお世話になっております。メリディアン・データ東京オフィスの森田でございます。<br>
大阪の西村よりお引き継ぎし、改めて価格をご案内いたします。</p>
<table border="1" cellpadding="4">
<caption>メリディアン製品 標準価格（月額）</caption>
<tr><th>製品</th><th>課金単位</th><th>価格</th></tr>
<tr><td>メリディアン シンク</td><td>1テナント・月額</td><td>￥50,000</td></tr>
<tr><td>メリディアン ボールト</td><td>1TBあたり月額</td><td>￥2,800</td></tr>
<tr><td>メリディアン インサイト</td><td>1ユーザーあたり月額</td><td>￥4,000</td></tr>
</table>
<p style="font-size:9pt">※表示価格はすべて税抜です。別途消費税（10％）を申し受けます。</p>
<p>メリディアン インサイトは2027年1月に一般提供開始の予定です。</p>
<p>（ご参考）米ドル建てでご検討の場合、1ドル＝155円換算でおよそ322ドル相当となります。</p>
<p>先日の大阪からのご案内に誤りがございましたこと、お詫び申し上げます。</p>
<pre>━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス
営業本部　森田 彩（Aya Morita）
TEL 03-5555-0274
━━━━━━━━━━━━━━━━━━━━━━━━</pre>
</body></html>
"""
mail("0017", "2026-07-14 10:31:08 +0900", MORITA, [HAYASHI], "メリディアン製品 標準価格のご案内",
     mime.text_part(H0017, "utf-8", "base64", "html"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "<tr><td>メリディアン シンク</td><td>1テナント・月額</td><td>￥50,000</td></tr>"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "<tr><td>メリディアン ボールト</td><td>1TBあたり月額</td><td>￥2,800</td></tr>"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "<tr><td>メリディアン インサイト</td><td>1ユーザーあたり月額</td><td>￥4,000</td></tr>"),
         C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供開始の予定です。"),
     ])

# ====================================================================== 0018 Osaka: 5万円（税込55,000円）, wrong 税込 Insight price
T0018 = """浪速電機株式会社
上田様

お世話になっております。大阪オフィスの西村でございます。
下期のご予算取りに向けて、価格を再度まとめました。

※価格は税抜表示です（一部、税込価格を括弧内に併記しております）。

・メリディアン・シンク：月額5万円（税込55,000円）
・メリディアン・インサイト：1ユーザーあたり月額4,000円（税込）
・メリディアン・ボールト：1TBあたり2,800円／月

ご予定の規模（120名様・25TB）での月額合計は、別途お見積書（OSK-2026-0388）にてご確認ください。

""" + SIG_NISHIMURA
mail("0018", "2026-08-04 16:20:45 +0900", NISHIMURA, [UEDA], "下期ご予算用の価格まとめ",
     mime.text_part(T0018, "iso-2022-jp", "7bit"), style="thunderbird", mailer=THUNDERBIRD, charset="ISO-2022-JP",
     archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "・メリディアン・シンク：月額5万円（税込55,000円）"),
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
           "・メリディアン・シンク：月額5万円（税込55,000円）"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "included"), "conflict",
           "・メリディアン・インサイト：1ユーザーあたり月額4,000円（税込）"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "・メリディアン・ボールト：1TBあたり2,800円／月"),
     ])

# ====================================================================== 0019 London invoice mail: old name, unlimited, EUR conversion
T0019 = """Dear Anita,

Please find below the details of invoice INV-UK-2026-0412 for Kingsmere Homes, which I've also attached as a PDF.

  Meridian Sync (formerly Meridian FileSync) annual subscription, 12 months at £329 per month
  Net: £3,948.00
  VAT @ 20%: £789.60
  Total due: £4,737.60 (payment terms 30 days)

If you settle from your euro account, at today's rate that total is about €5,470; the invoice itself remains in sterling.

As a reminder, Meridian Vault includes unlimited restores at no extra charge, and its price of £16 per TB per month is unchanged for 2027.

""" + SIG_CALLUM
mail("0019", "2026-08-25 14:02:33 +0100", CALLUM, [PATEL], "Invoice INV-UK-2026-0412 - Meridian Data UK",
     mime.multipart("mixed", [mime.text_part(T0019, "utf-8", "quoted-printable"),
                              mime.Part([("Content-Type", 'application/pdf; name="INV-UK-2026-0412.pdf"'),
                                         ("Content-Disposition", 'attachment; filename="INV-UK-2026-0412.pdf"'),
                                         ("Content-Transfer-Encoding", "base64")],
                                        mime.b64w(b"%PDF-1.4\n% invoice placeholder\n%%EOF\n").encode() + b"\n")],
                    mime.boundary("0019")),
     style="outlook-uk", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "monthly_price", money(329, "GBP", "month"), "ok",
           "Meridian Sync (formerly Meridian FileSync) annual subscription, 12 months at £329 per month"),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok",
           "its price of £16 per TB per month is unchanged for 2027."),
     ],
     findings=[TERM("sync", "Meridian Sync (formerly Meridian FileSync)"),
               PH("en.unlimited", "Meridian Vault includes unlimited restores at no extra charge")])

# ====================================================================== 0020 Tokyo correction (誤)(正), ＋消費税
T0020 = """かもめ商事株式会社
山下様

お世話になっております。森田でございます。
昨日お送りした更新のご案内に誤りがございました。大変失礼いたしました。

（誤）メリディアン シンク　月額45,000円（税抜）
（正）メリディアン シンク　月額50,000円（税抜）

そのほかの項目に変更はございません。
・メリディアン ボールト　1TBあたり月額2,800円＋消費税
・メリディアン インサイトは2027年1月に一般提供開始予定です。

更新契約書（契約番号 KMS-2026-118）は10月1日付で発行いたします。

""" + SIG_MORITA
mail("0020", "2026-09-15 09:12:09 +0900", MORITA, [YAMASHITA], "【訂正】ご契約更新のご案内",
     mime.text_part(T0020, "iso-2022-jp", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "（正）メリディアン シンク　月額50,000円（税抜）"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "・メリディアン ボールト　1TBあたり月額2,800円＋消費税"),
         C("insight", "general_availability", "2027-01", "ok", "・メリディアン インサイトは2027年1月に一般提供開始予定です。"),
     ])

# ====================================================================== 0021 US (English) -> Japanese customer: JPY office-variant, wrong USD Vault
T0021 = """Dear Ms. Hayashi,

Thank you for meeting our team in Yokohama. As requested, here is a short summary in English for your US subsidiary.

* Meridian Sync is ¥50,000 per month plus consumption tax if you contract through our Tokyo office, or US$399/month if your US subsidiary signs with us in San Francisco.
* Meridian Vault is $25 per TB per month. The US subsidiary would start with 60 TB.
* Meridian Insight has a 30-day free trial, which your Osaka plant could start in January.

Sales tax for the US subsidiary depends on its state; it is added on the invoice.

Best regards,
Lauren

""" + SIG_LAUREN
mail("0021", "2026-10-06 18:40:15 -0700", LAUREN, [HAYASHI], "Summary for Tsubame Kogyo America",
     alt(T0021, "utf-8", "quoted-printable", "0021"), style="outlook-us", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "office-variant",
           "Meridian Sync is ¥50,000 per month plus consumption tax if you contract through our Tokyo office"),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok",
           "or US$399/month if your US subsidiary signs with us in San Francisco."),
         C("vault", "price_per_tb", money(25, "USD", "TB-month"), "conflict",
           "Meridian Vault is $25 per TB per month."),
         C("insight", "free_trial", dur(30, "days"), "ok",
           "Meridian Insight has a 30-day free trial, which your Osaka plant could start in January."),
     ])

# ====================================================================== 0022 London -> UK branch of a Japanese company: "50k yen"
T0022 = """Hi Shin,

Quick one before your board meeting: Meridian Sync is £329 a month, or around 50k yen a month if your Tokyo head office signs instead.
Meridian Vault is £16/TB/mo ex VAT.

Either way the 45 users in your London branch are covered.

Harriet

""" + SIG_HARRIET
mail("0022", "2026-10-20 08:05:44 +0100", HARRIET, [OGAWA], "Sync and Vault - quick numbers",
     mime.text_part(T0022, "utf-8", "8bit"), style="apple", mailer=IPHONE, archive=True,
     claims=[
         C("sync", "monthly_price", money(329, "GBP", "month"), "ok",
           "Meridian Sync is £329 a month, or around 50k yen a month if your Tokyo head office signs instead."),
         C("sync", "monthly_price", money(50000, "JPY", "month"), "office-variant",
           "Meridian Sync is £329 a month, or around 50k yen a month if your Tokyo head office signs instead."),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
           "Meridian Vault is £16/TB/mo ex VAT."),
     ])

# ====================================================================== 0023 Osaka: 5万5千円（税込）, 日本初
T0023 = """燕工業株式会社
林様

お世話になっております。大阪オフィスの西村でございます。

メリディアン シンクは月額5万5千円（税込）でご利用いただけます。
また、メリディアン インサイトは日本初のAI自動分析機能を搭載予定です。

11月の展示会（インテックス大阪 3号館 B-12）でデモをご覧いただけます。

""" + SIG_NISHIMURA
mail("0023", "2026-11-10 11:11:11 +0900", NISHIMURA, [HAYASHI], "展示会とメリディアン シンクのご案内",
     mime.text_part(T0023, "utf-8", "base64"), style="thunderbird", mailer=THUNDERBIRD,
     claims=[
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
           "メリディアン シンクは月額5万5千円（税込）でご利用いただけます。"),
     ],
     findings=[PH("ja.first-in-industry", "メリディアン インサイトは日本初のAI自動分析機能を搭載予定です。")])

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "per_user_price", ("osaka", "tokyo")),
    ("meridian-sync", "monthly_price", ("osaka", "tokyo")),
    ("meridian-vault", "price_per_tb", ("london", "us-hq")),
    ("meridian-vault", "price_per_tb", ("osaka", "tokyo")),
]

from docs_content import DOCS  # noqa: E402,F401
