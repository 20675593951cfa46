"""The messages and documents of set 78, each with its hand-written labels.

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
         reply_to=None, mailer=None, charset="UTF-8", crlf=False, received=None, extra=(), all_parts=False):
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
         "claims": flat(*claims), "findings": list(findings), "archive": archive, "all_parts": all_parts}
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



def newsletter(text, html, charset, cte, seed, style="outlook"):
    """multipart/alternative with a hand-written HTML part (not derived from the text)."""
    return mime.multipart("alternative", [mime.text_part(text, charset, cte),
                                          mime.text_part(html, charset, cte, "html")],
                          mime.boundary(seed, style))


def page(body, lang="en", title=""):
    font = "'Hiragino Sans','Meiryo',sans-serif" if lang == "ja" else "Helvetica,Arial,sans-serif"
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<title>%s</title>\n<style>td,th{border:1px solid #d0d4da;padding:6px 10px;text-align:left}'
            '.fn{font-size:11px;color:#666}</style></head>\n'
            '<body style="font-family:%s;font-size:14px;color:#1f2933">\n%s\n</body></html>\n' % (lang, title, font, body))


# ---------------------------------------------------------------------- people (set 78)
NEWS_US = ("Meridian Data", "news@meridian-data.com")
MEGAN = ("Megan Castillo", "megan.castillo@meridian-data.com")
TREVOR = ("Trevor Boyd", "trevor.boyd@meridian-data.com")
NEWS_UK = ("Meridian Data UK", "updates@uk.meridian-data.com")
HANNAH = ("Hannah Whitfield", "hannah.whitfield@uk.meridian-data.com")
YAMAGUCHI = ("山口 彩", "aya.yamaguchi@jp.meridian-data.com")
MORI = ("森 健太郎", "kentaro.mori@jp.meridian-data.com")
NISHIMURA = ("西村 拓也", "takuya.nishimura@osaka.jp.meridian-data.com")

LAURA = ("Laura Pennington", "lpennington@halcyon-dental.com")
DEREK = ("Derek Imai", "derek.imai@copperline-mfg.com")
NADIA = ("Nadia Brooks", "nbrooks@fernwood-clinic.org")
ROB = ("Rob Ferris", "rob.ferris@ashdown-legal.co.uk")
KIMURA = ("木村 聡子", "s-kimura@kawasemi-kogyo.co.jp")
OHNO = ("大野 浩", "ohno@yodogawa-shokai.co.jp")

SIG_YAMAGUCHI = """──────────────────────
メリディアン・データ株式会社　東京オフィス
営業部　山口 彩（Aya Yamaguchi）
〒100-0005 東京都千代田区丸の内1-9-2 グラントウキョウ22F
TEL：03-5555-0142　FAX：03-5555-0143
ISMS認証取得（IS 654321）／プライバシーマーク取得
──────────────────────
"""

SIG_MORI = """--
森 健太郎（もり けんたろう）
メリディアン・データ株式会社 東京オフィス 営業二部
TEL：03-5555-0150 / 携帯：080-5555-2741
"""

SIG_NISHIMURA = """━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　大阪オフィス
西村 拓也（Takuya Nishimura）
〒530-0001 大阪市北区梅田3-1-3 ノースゲートビル18F
TEL：06-5555-0188
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_HANNAH = """--
Hannah Whitfield | Account Executive
Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG
+44 20 7946 0321 | Registered in England No. 09876543
"""

SIG_TREVOR = """Trevor Boyd
Senior Account Executive | Meridian Data, Inc.
(415) 555-0178 | trevor.boyd@meridian-data.com
"""

SIG_MEGAN = """-- 
Megan Castillo | Account Executive, Healthcare
Meridian Data, Inc. | 548 Market Street, Suite 1200, San Francisco, CA 94104
+1 (415) 555-0164
"""

SYNC_US4 = ["Windows", "macOS", "iOS", "Android"]

# ====================================================================== 0001 US newsletter, Sync at a glance (HTML + text)
T0001 = """Meridian Data | Product news, November 2025
View this email in your browser: https://news.meridian-data.com/2025-11/sync

Hi Laura,

Fall brings a simpler price for Meridian Sync and two compliance badges on our trust page.

MERIDIAN SYNC AT A GLANCE
------------------------------------------------------------
Monthly price    ~~$449~~ $399/month for your whole team
Users            up to 5,000 users per organization
Storage          1 TB per user
Uptime SLA       99.9%
Platforms        Windows, macOS, iOS, Android
Compliance       SOC 2 Type II certified | ISO 27001 certified
------------------------------------------------------------

Why teams switch: our industry-leading sync engine moves only the changed blocks of a file.

Questions? Reply to this email or book 20 minutes with your account manager.

Meridian Data, Inc. · 548 Market Street, Suite 1200, San Francisco, CA 94104
You are receiving this because you are a Meridian customer. Unsubscribe: https://news.meridian-data.com/u/7F3K2
"""
H0001 = page("""<p style="font-size:12px;color:#888">Meridian Data | Product news, November 2025 &middot;
<a href="https://news.meridian-data.com/2025-11/sync">View this email in your browser</a></p>
<p>Hi Laura,</p>
<p>Fall brings a simpler price for Meridian Sync and two compliance badges on our trust page.</p>
<table style="border-collapse:collapse">
<caption style="text-align:left;font-weight:bold;font-size:18px">Meridian Sync at a glance</caption>
<tr><td>Monthly price</td><td><s>$449</s> $399/month for your whole team</td></tr>
<tr><td>Users</td><td>up to 5,000 users per organization</td></tr>
<tr><td>Storage</td><td>1 TB per user</td></tr>
<tr><td>Uptime SLA</td><td>99.9%</td></tr>
<tr><td>Platforms</td><td>Windows, macOS, iOS, Android</td></tr>
<tr><td>Compliance</td><td><img src="https://news.meridian-data.com/img/soc2.png" alt="" width="48"> SOC 2 Type II certified | <img src="https://news.meridian-data.com/img/iso.png" alt="" width="48"> ISO 27001 certified</td></tr>
</table>
<p>Why teams switch: our industry-leading sync engine moves only the changed blocks of a file.</p>
<p>Questions? Reply to this email or book 20 minutes with your account manager.</p>
<p style="font-size:11px;color:#888">Meridian Data, Inc. &middot; 548 Market Street, Suite 1200, San Francisco, CA 94104<br>
You are receiving this because you are a Meridian customer. <a href="https://news.meridian-data.com/u/7F3K2">Unsubscribe</a></p>""",
             title="Meridian Sync: fall pricing")
mail("0001", "2025-11-12 09:00:04 -0800", NEWS_US, [LAURA], "Meridian Sync: fall pricing and what's new",
     newsletter(T0001, H0001, "utf-8", "quoted-printable", "0001"), style="webmail", archive=True, all_parts=True,
     extra=[("List-Unsubscribe", "<https://news.meridian-data.com/u/7F3K2>"), ("Precedence", "bulk")],
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", "$399/month for your whole team"),
         C("sync", "max_users", 5000, "ok", "up to 5,000 users per organization"),
         C("sync", "storage_per_user", 1 * TB, "ok", "1 TB per user"),
         C("sync", "sla", 99.9, "ok", "99.9%"),
         SET("sync", "supported_platforms", SYNC_US4, "ok", "Windows, macOS, iOS, Android"),
         C("sync", "certifications", "SOC 2 Type II", "ok", "SOC 2 Type II certified"),
         C("sync", "certifications", "ISO 27001", "ok", "ISO 27001 certified"),
     ],
     findings=[PH("en.superlative", "industry-leading sync engine")])

# ====================================================================== 0002 Tokyo year-end campaign (ISO-2022-JP)
T0002 = """株式会社かわせみ工業
情報システム課　木村 聡子様

いつもお世話になっております。メリディアン・データ東京オフィスの山口でございます。
本日は、メリディアン シンクの年末キャンペーンについてご案内いたします。
なお、12月3日（水）にはオンライン説明会（定員30名）も開催いたします。

【メリディアン シンク 年末キャンペーン】
■期間：2025年11月20日（木）〜2025年12月26日（金）お申し込み分まで
■通常価格：月額50,000円（税抜）
■キャンペーン価格：月額40,000円（税抜）※1
■業界最安※2の月額料金で、最大5,000ユーザーまでご利用いただけます。
■稼働率99.9%※3のクラウド基盤で、全社のファイルを安心して共有いただけます。

お見積りは、ご返信いただければ2営業日以内にお送りいたします。

※1 キャンペーン価格は初年度12か月間に限り適用されます。
※2 2025年10月 当社調べ（国内法人向けファイル共有サービス主要5社の月額料金比較）
※3 計画メンテナンス時間を除く月間稼働率です。

何卒よろしくお願い申し上げます。

""" + SIG_YAMAGUCHI
C0002 = [
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "■通常価格：月額50,000円（税抜）"),
    C("sync", "monthly_price", money(40000, "JPY", "month", "excluded"), "conflict", "■キャンペーン価格：月額40,000円（税抜）※1"),
    C("sync", "max_users", 5000, "ok", "最大5,000ユーザーまでご利用いただけます。"),
    C("sync", "sla", 99.9, "ok", "■稼働率99.9%※3のクラウド基盤"),
]
mail("0002", "2025-11-20 10:02:37 +0900", YAMAGUCHI, [KIMURA], "【期間限定】メリディアン シンク 年末キャンペーンのご案内",
     mime.text_part(T0002, "iso-2022-jp", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     archive=True, claims=C0002)

# ====================================================================== 0003 customer question, Gmail quote of 0002
T0003 = """山口様

お世話になっております。かわせみ工業の木村です。
キャンペーンのご案内ありがとうございました。

2点確認させてください。
1. キャンペーン価格の月額40,000円は、2年目以降は通常価格に戻るという理解でよろしいでしょうか。
2. 当社は社員が約320名ですが、メリディアン シンクはスマートフォンからも利用できますか。

よろしくお願いいたします。

--
木村 聡子
株式会社かわせみ工業 情報システム課
TEL 048-555-0177

""" + quote(T0002, "2025年11月20日(木) 10:02 山口 彩 <aya.yamaguchi@jp.meridian-data.com>:")
mail("0003", "2025-12-08 17:41:09 +0900", KIMURA, [YAMAGUCHI], "Re: 【期間限定】メリディアン シンク 年末キャンペーンのご案内",
     alt(T0003, "utf-8", "base64", "0003", style="gmail", lang="ja"), style="gmail", reply_to="0002", archive=True,
     claims=as_quoted(C0002, "tokyo", "2025-12-08"))

# ====================================================================== 0004 London, Vault vs NAS grid, platform bullets
T0004 = """Hi Rob,

Thanks for the call on Tuesday. As promised, here is how Meridian Vault compares with the NAS-and-tape setup you run today across your three offices (about 14 TB in total).

                          Meridian Vault       NAS + weekly tape
  Immutable snapshots     ✓                    ✗
  Off-site copy           ✓                    ✓ (courier)
  RPO                     15 minutes           7 days
  Default retention       90 days              28 days
  Encryption at rest      AES-256              ✗
  Price                   £16 per TB/month     n/a

Meridian Vault is hosted in our Frankfurt data centre, with a second copy in Oregon if you want one.

On the file-sharing side, Meridian Sync apps are available for:
  - Windows 10 and 11
  - macOS
  - iPhone and iPad
  - Android
There is no Linux client.

Meridian Sync is £329 a month plus VAT for the whole firm.

Kind regards,
Hannah

""" + SIG_HANNAH
mail("0004", "2026-01-15 16:22:50 +0000", HANNAH, [ROB], "Meridian Vault vs. your current NAS backups",
     mime.text_part(T0004, "utf-8", "quoted-printable"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "RPO                     15 minutes"),
         C("vault", "retention", dur(90, "days"), "ok", "Default retention       90 days"),
         C("vault", "encryption", "AES-256", "ok", "Encryption at rest      AES-256"),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "£16 per TB/month"),
         SET("vault", "data_centers", ["Frankfurt", "Oregon"], "ok",
             "Meridian Vault is hosted in our Frankfurt data centre, with a second copy in Oregon if you want one."),
         C("sync", "supported_platforms", "Windows", "ok", "  - Windows 10 and 11"),
         C("sync", "supported_platforms", "macOS", "ok", "  - macOS"),
         C("sync", "supported_platforms", "iOS", "ok", "  - iPhone and iPad"),
         C("sync", "supported_platforms", "Android", "ok", "  - Android"),
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync is £329 a month plus VAT for the whole firm."),
     ])

# ====================================================================== 0005 US, was/now Vault price, Insight
T0005 = """Hi Derek,

Good news on the budget side: Meridian Vault was $25 per TB per month when we first spoke last spring; it is now $20 per TB per month, and that is the rate on your renewal quote (Q-2026-0193, 60 TB).

A few other points from your list:

- Meridian Vault keeps backups for 90 days by default, and you can extend retention per policy.
- Meridian Insight is in beta today and will be generally available in January 2027.
- Your analysts can start a risk-free 30-day free trial of Meridian Insight whenever they like.

I'll send the order form on Friday.

Best,
Trevor

""" + SIG_TREVOR
C0005 = [
    C("vault", "price_per_tb", money(25, "USD", "TB-month"), "conflict",
      "Meridian Vault was $25 per TB per month when we first spoke last spring"),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "it is now $20 per TB per month"),
    C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
    C("insight", "general_availability", "2027-01", "ok",
      "Meridian Insight is in beta today and will be generally available in January 2027."),
    C("insight", "free_trial", dur(30, "days"), "ok", "a risk-free 30-day free trial of Meridian Insight"),
]
mail("0005", "2026-02-03 10:14:22 -0800", TREVOR, [DEREK], "Meridian Vault pricing update + Insight beta",
     mime.text_part(T0005, "us-ascii", "7bit", params="; format=flowed"), style="apple", mailer=APPLE,
     archive=True, claims=C0005, findings=[PH("en.guarantee", "risk-free")])

# ====================================================================== 0006 Osaka, Vault vs A社 grid (Shift_JIS)
T0006 = """淀川商会株式会社
総務部 大野 浩様

いつもお世話になっております。メリディアン・データ大阪オフィスの西村です。
先日のお打ち合わせでご依頼いただいた、メリディアン ボールトと他社サービスの比較表をお送りいたします。

■メリディアン ボールト 他社比較表
| 項目 | メリディアン ボールト | A社バックアップ |
| 国内データセンター | ○（東京・大阪） | ×（シンガポールのみ） |
| RPO | 15分 | 1時間 |
| 稼働率SLA | 99.95%※ | 99.9% |
| 暗号化方式 | AES-256 | AES-128 |
| 保持期間（標準） | 90日 | 30日 |
| イミュータブル保存 | ○ | なし |
※稼働率は計画停止を除く月間の値です。

同製品の料金は1TBあたり月額2,800円（税抜）でございます。
御社のバックアップ対象（約25TB）の場合、月額合計70,000円（税抜）の見込みです。
業界トップクラスの復旧速度で、万一の際も業務をすぐに再開いただけます。

ご不明な点は、お気軽にお申し付けください。

""" + SIG_NISHIMURA
mail("0006", "2026-02-18 14:05:31 +0900", NISHIMURA, [OHNO], "メリディアン ボールト 他社比較表のご送付",
     mime.text_part(T0006, "shift_jis", "base64"), style="thunderbird", mailer=THUNDERBIRD, charset="SHIFT_JIS",
     claims=[
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "○（東京・大阪）"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "| RPO | 15分 |"),
         C("vault", "sla", 99.95, "ok", "| 稼働率SLA | 99.95%※ |"),
         C("vault", "encryption", "AES-256", "ok", "| 暗号化方式 | AES-256 |"),
         C("vault", "retention", dur(90, "days"), "ok", "| 保持期間（標準） | 90日 |"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "同製品の料金は1TBあたり月額2,800円（税抜）でございます。"),
     ],
     findings=[PH("ja.superlative-no1", "業界トップクラスの復旧速度")])

# ====================================================================== 0007 Tokyo, spring update: a footnote puts 1万 in a period
T0007 = """株式会社かわせみ工業
木村 聡子様

いつもお世話になっております。メリディアン・データの森でございます。
年末キャンペーンではお申し込みをいただき、誠にありがとうございました。

【メリディアン シンク 春のアップデート】
・最大ユーザー数：1万ユーザー※1（現行は最大5,000ユーザー）
・1ユーザーあたりのストレージ容量：1TB（変更なし）
・同製品は業界初※2の双方向差分同期に対応しております。

【期間限定】乗り換えキャンペーン
2026年3月31日（火）までにお申し込みのお客様には、データ移行支援サービス（通常150,000円）を無償でご提供いたします。

※1 2026年4月1日以降の上限です。
※2 2026年2月 当社調べ（国内法人向けファイル共有サービス10製品を対象）

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_MORI
mail("0007", "2026-03-05 11:30:00 +0900", MORI, [KIMURA], "【4月1日から】メリディアン シンク 上限拡大と乗り換えキャンペーンのお知らせ",
     alt(T0007, "utf-8", "quoted-printable", "0007", lang="ja"), style="outlook-jp", mailer=OUTLOOK,
     claims=[
         C("sync", "max_users", 10000, "ok", "・最大ユーザー数：1万ユーザー※1", judge="2026-04-01"),
         C("sync", "max_users", 5000, "ok", "（現行は最大5,000ユーザー）"),
         C("sync", "storage_per_user", 1 * TB, "ok", "・1ユーザーあたりのストレージ容量：1TB（変更なし）"),
     ])

# ====================================================================== 0008 customer reply to 0005 (On ... wrote:)
T0008 = """Hi Trevor,

Thanks - the $20 rate works for us. One thing: your reseller in Denver told us Meridian Vault only keeps backups for 30 days unless we pay for an add-on. Can you confirm the 90 days is included in the $20?

Also, is there a cap on how much we can store in one tenant? We expect to pass 120 TB within two years.

Derek

Derek Imai | IT Manager | Copperline Manufacturing
(303) 555-0142

""" + quote(T0005, "On Tue, Feb 3, 2026 at 10:14 AM Trevor Boyd <trevor.boyd@meridian-data.com> wrote:")
mail("0008", "2026-03-20 08:47:13 -0600", DEREK, [TREVOR], "Re: Meridian Vault pricing update + Insight beta",
     alt(T0008, "utf-8", "quoted-printable", "0008", style="gmail"), style="gmail", reply_to="0005", archive=True,
     claims=flat(
         C("vault", "retention", dur(30, "days"), "conflict",
           "your reseller in Denver told us Meridian Vault only keeps backups for 30 days", office="unknown"),
         as_quoted(C0005, "us-hq", "2026-03-20"),
     ),
     findings=[PH("en.guarantee", "risk-free", quoted=True)])

# ====================================================================== 0009 London spring newsletter (HTML + text)
T0009 = """Meridian Data UK | Spring 2026 update
Having trouble reading this? Open it in your browser: https://uk.meridian-data.com/news/spring-2026

MERIDIAN VAULT
Backup that keeps working when your office doesn't.

  Availability      99.99%†
  RPO               15 minutes
  Price             £16 per TB per month
  Data centres      Frankfurt and London
  Compliance        Cyber Essentials Plus certified

MERIDIAN SYNC
  Users             Up to 10,000 per organisation
  Price             £329/month
  Offline mode      ✗
  Linux client      ✗

Best-in-class file sync for regulated firms - ask us for a demo.

† Availability measured across EU tenants, January-March 2026. Planned maintenance excluded.

Meridian Data UK Ltd · 30 Finsbury Square, London EC2A 1AG · Registered in England No. 09876543
Unsubscribe | Manage preferences
"""
H0009 = page("""<p style="font-size:12px;color:#888">Meridian Data UK | Spring 2026 update &middot;
<a href="https://uk.meridian-data.com/news/spring-2026">Open it in your browser</a></p>
<h2>Meridian Vault</h2>
<p>Backup that keeps working when your office doesn&rsquo;t.</p>
<table style="border-collapse:collapse">
<tr><td>Availability</td><td>99.99%&dagger;</td></tr>
<tr><td>RPO</td><td>15 minutes</td></tr>
<tr><td>Price</td><td>&pound;16 per TB per month</td></tr>
<tr><td>Data centres</td><td>Frankfurt and London</td></tr>
<tr><td>Compliance</td><td><span style="background:#0b6e4f;color:#fff;padding:2px 6px;border-radius:3px">Cyber Essentials Plus certified</span></td></tr>
</table>
<h2>Meridian Sync</h2>
<table style="border-collapse:collapse">
<tr><td>Users</td><td>Up to 10,000 per organisation</td></tr>
<tr><td>Price</td><td>&pound;329/month</td></tr>
<tr><td>Offline mode</td><td style="color:#b00">&#10007;</td></tr>
<tr><td>Linux client</td><td style="color:#b00">&#10007;</td></tr>
</table>
<p><b>Best-in-class file sync for regulated firms</b> &ndash; ask us for a demo.</p>
<p class="fn">&dagger; Availability measured across EU tenants, January-March 2026. Planned maintenance excluded.</p>
<p class="fn">Meridian Data UK Ltd &middot; 30 Finsbury Square, London EC2A 1AG &middot; Registered in England No. 09876543<br>
<a href="https://uk.meridian-data.com/u/x">Unsubscribe</a> | <a href="https://uk.meridian-data.com/prefs">Manage preferences</a></p>""",
             title="Spring 2026 update")
mail("0009", "2026-04-14 08:30:00 +0100", NEWS_UK, [ROB], "Spring 2026: what's new at Meridian Data UK",
     newsletter(T0009, H0009, "utf-8", "base64", "0009"), style="webmail", archive=True, all_parts=True,
     extra=[("List-Unsubscribe", "<https://uk.meridian-data.com/u/x>"), ("Precedence", "bulk")],
     claims=[
         C("vault", "sla", 99.99, "conflict", "99.99%"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "15 minutes"),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "£16 per TB per month"),
         C("vault", "data_centers", "Frankfurt", "ok", "Frankfurt and London"),
         C("vault", "data_centers", "London", "conflict", "Frankfurt and London"),
         C("vault", "certifications", "Cyber Essentials Plus", "unverified", "Cyber Essentials Plus certified"),
         C("sync", "max_users", 10000, "ok", "Up to 10,000 per organisation"),
         C("sync", "monthly_price", money(329, "GBP", "month"), "ok", "£329/month"),
     ],
     findings=[PH("en.superlative", "Best-in-class file sync")])

# ====================================================================== 0010 US, Vault options grid (Outlook block)
T0010 = """Hi Laura,

Here is the side-by-side you asked for. Both options are Meridian Vault; the difference is where the second copy lives.

Meridian Vault options
                        Standard            Geo-redundant
  Primary region        Oregon              Oregon
  Second copy           -                   Frankfurt
  Availability SLA      99.95%              99.95%
  RPO                   15 minutes          15 minutes
  Default retention     90 days             90 days
  HIPAA-ready BAA       ✓                   ✓
  Price per TB/month    $20                 $20 + $20 for the copy

With either option, Meridian Vault restores are fast: most practices are back online within 4 hours.
We also move your existing backups across with zero downtime for the clinics.

Megan
""" + SIG_MEGAN + """
________________________________
From: Laura Pennington <lpennington@halcyon-dental.com>
Sent: Monday, April 27, 2026 4:51 PM
To: Megan Castillo <megan.castillo@meridian-data.com>
Subject: Backup options for Halcyon Dental

Hi Megan, could you put the standard and geo-redundant Vault options side by side? We have 11 clinics and roughly 9 TB of imaging today. Do you keep a copy outside the US?

Laura
"""
mail("0010", "2026-04-28 09:12:44 -0700", MEGAN, [LAURA], "RE: Backup options for Halcyon Dental",
     alt(T0010, "utf-8", "quoted-printable", "0010"), style="outlook-us", mailer=OUTLOOK, archive=True,
     claims=[
         C("vault", "data_centers", "Oregon", "ok", "Primary region        Oregon"),
         C("vault", "data_centers", "Frankfurt", "ok", "Second copy           -                   Frankfurt"),
         C("vault", "sla", 99.95, "ok", "Availability SLA      99.95%"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "RPO                   15 minutes"),
         C("vault", "retention", dur(90, "days"), "ok", "Default retention     90 days"),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Price per TB/month    $20"),
         C("vault", "rto", dur(4, "hours"), "unverified", "most practices are back online within 4 hours"),
     ],
     findings=[PH("en.guarantee", "zero downtime")])

# ====================================================================== 0011 Tokyo, Insight pre-order (HTML only, UTF-8 base64)
H0011 = page("""<p>株式会社かわせみ工業<br>木村 聡子様</p>
<p>いつもお世話になっております。メリディアン・データの山口でございます。<br>
分析サービス「メリディアン インサイト」の先行予約キャンペーンをご案内いたします。</p>
<h2 style="color:#0b4f8a">メリディアン インサイト 先行予約キャンペーン</h2>
<table style="border-collapse:collapse">
<caption style="text-align:left;font-weight:bold">メリディアン インサイト 製品概要</caption>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>一般提供開始</td><td>2027年1月（予定）</td></tr>
<tr><td>通常価格</td><td>1ユーザーあたり月額4,000円（税抜）</td></tr>
<tr><td>先行予約価格</td><td><b style="color:#c0392b">1ユーザーあたり月額3,200円（税抜）</b>※2</td></tr>
<tr><td>クエリ応答時間</td><td>最大2秒</td></tr>
<tr><td>無料トライアル</td><td>30日間</td></tr>
<tr><td>ダッシュボード数</td><td>最大200個</td></tr>
</table>
<p>国内No.1※1の集計スピードで、経営会議の資料作成にかかる時間を短縮します。</p>
<p>オンラインデモ（約30分）のご予約は、このメールへのご返信で承ります。</p>
<p class="fn">※1 2026年4月 社内ベンチマーク結果（1億行のデータセット）に基づきます。<br>
※2 2026年6月30日までにお申し込みのお客様が対象です。</p>
<p>山口 彩<br>メリディアン・データ株式会社 東京オフィス<br>TEL：03-5555-0142</p>""",
             lang="ja", title="メリディアン インサイト 先行予約キャンペーン")
C0011 = [
    C("insight", "general_availability", "2027-01", "ok", "2027年1月（予定）"),
    C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "1ユーザーあたり月額4,000円（税抜）"),
    C("insight", "per_user_price", money(3200, "JPY", "user-month", "excluded"), "conflict", "1ユーザーあたり月額3,200円（税抜）"),
    C("insight", "query_latency", dur(2, "seconds"), "ok", "最大2秒"),
    C("insight", "free_trial", dur(30, "days"), "ok", "30日間"),
    C("insight", "max_dashboards", 200, "ok", "最大200個"),
]
mail("0011", "2026-05-19 10:00:00 +0900", YAMAGUCHI, [KIMURA], "メリディアン インサイト 先行予約キャンペーンのご案内",
     mime.text_part(H0011, "utf-8", "base64", "html"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=C0011, findings=[PH("ja.superlative-no1", "国内No.1※1の集計スピード")])

# ====================================================================== 0012 Osaka, Insight launch campaign with the wrong GA month
T0012 = """淀川商会株式会社
大野 浩様

いつもお世話になっております。大阪オフィスの西村です。
先日お話しした分析サービス、メリディアン インサイトの件でご連絡いたします。

◆正式リリース記念キャンペーン◆
同製品は2026年11月に正式リリースを予定しております。
記念特典として、2026年12月末までにご契約のお客様には、1ユーザーあたり月額4,000円（税抜）の料金はそのままで、初年度の導入支援を無償でご提供いたします。
同製品の無料トライアルは30日間ご利用いただけます。

6月上旬に一度、デモのお時間（所要約45分）を頂戴できれば幸いです。

追伸：ご利用中のメリディアン シンクは、引き続き最大5,000ユーザーまでご利用いただけます。

""" + SIG_NISHIMURA
mail("0012", "2026-05-26 13:18:40 +0900", NISHIMURA, [OHNO], "メリディアン インサイト 正式リリース記念キャンペーンのご案内",
     mime.text_part(T0012, "utf-8", "8bit", params="; format=flowed"), style="thunderbird", mailer=THUNDERBIRD,
     archive=True,
     claims=[
         C("insight", "general_availability", "2026-11", "conflict", "同製品は2026年11月に正式リリースを予定しております。"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "1ユーザーあたり月額4,000円（税抜）"),
         C("insight", "free_trial", dur(30, "days"), "ok", "同製品の無料トライアルは30日間ご利用いただけます。"),
         C("sync", "max_users", 5000, "stale", "ご利用中のメリディアン シンクは、引き続き最大5,000ユーザーまでご利用いただけます。"),
     ])

# ====================================================================== 0013 US Insight early-access newsletter (HTML + text)
T0013 = """MERIDIAN INSIGHT | Early access program

Hi Derek,

Meridian Insight, our analytics service, is in beta now and becomes generally available in January 2027. Early-access customers lock in launch pricing today.

WHAT YOU GET WITH MERIDIAN INSIGHT
  Query latency        under 1 second*
  Dashboards           up to 200 per workspace
  Data sources         150+ connectors
  Free trial           30 days
  Price                $30 per user per month
  Scheduled reports    ✓
  Row-level security   ✓
  Mobile dashboards    ○ (coming in 2027)

#1 rated analytics platform for mid-market finance teams.†

* Median (p50) on a 10-million-row workspace during the beta.
† Source: Halden Research, Mid-Market BI Survey, May 2026.

Meridian Data, Inc. · 548 Market Street, Suite 1200, San Francisco, CA 94104
Unsubscribe: https://news.meridian-data.com/u/Q81ZD
"""
H0013 = page("""<p style="letter-spacing:2px;font-size:12px;color:#0b4f8a">MERIDIAN INSIGHT | Early access program</p>
<p>Hi Derek,</p>
<p>Meridian Insight, our analytics service, is in beta now and becomes generally available in January 2027. Early-access customers lock in launch pricing today.</p>
<table style="border-collapse:collapse">
<caption style="text-align:left;font-weight:bold">What you get with Meridian Insight</caption>
<tr><td>Query latency</td><td>under 1 second<sup>*</sup></td></tr>
<tr><td>Dashboards</td><td>up to 200 per workspace</td></tr>
<tr><td>Data sources</td><td>150+ connectors</td></tr>
<tr><td>Free trial</td><td>30 days</td></tr>
<tr><td>Price</td><td>$30 per user per month</td></tr>
<tr><td>Scheduled reports</td><td>&#10003;</td></tr>
<tr><td>Row-level security</td><td>&#10003;</td></tr>
<tr><td>Mobile dashboards</td><td>&#9675; (coming in 2027)</td></tr>
</table>
<p style="font-size:18px"><b>#1 rated analytics platform for mid-market finance teams.</b><sup>&dagger;</sup></p>
<p class="fn">* Median (p50) on a 10-million-row workspace during the beta.</p>
<p class="fn">&dagger; Source: Halden Research, Mid-Market BI Survey, May 2026.</p>
<p class="fn">Meridian Data, Inc. &middot; 548 Market Street, Suite 1200, San Francisco, CA 94104<br>
<a href="https://news.meridian-data.com/u/Q81ZD">Unsubscribe</a></p>""", title="Meridian Insight early access")
mail("0013", "2026-06-10 07:45:00 -0700", NEWS_US, [DEREK], "Early access: Meridian Insight launch pricing",
     newsletter(T0013, H0013, "utf-8", "quoted-printable", "0013"), style="webmail", archive=True, all_parts=True,
     extra=[("List-Unsubscribe", "<https://news.meridian-data.com/u/Q81ZD>"), ("Precedence", "bulk")],
     claims=[
         C("insight", "general_availability", "2027-01", "ok", "becomes generally available in January 2027"),
         C("insight", "query_latency", dur(1, "seconds"), "conflict", "under 1 second"),
         C("insight", "max_dashboards", 200, "ok", "up to 200 per workspace"),
         C("insight", "integrations", 150, "unverified", "150+ connectors"),
         C("insight", "free_trial", dur(30, "days"), "ok", "30 days"),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", "$30 per user per month"),
     ])

# ====================================================================== 0014 London, Insight follow-up (windows-1252 QP)
T0014 = """Hi Rob,

Following up on Meridian Insight for your finance team:

- It is in beta until general availability in January 2027.
- Queries return within 2 seconds on workspaces of your size.
- Pricing after launch will be £25 per user per month.
- The free trial is 30 days, and we can start it whenever suits.
- Your New York team would be billed by our US office: Meridian Insight is $30 per user per month there.

Your team of 12 analysts would sit comfortably inside the beta limits.

Kind regards,
Hannah

""" + SIG_HANNAH
mail("0014", "2026-06-24 11:03:27 +0100", HANNAH, [ROB], "Meridian Insight - next steps",
     mime.text_part(T0014, "windows-1252", "quoted-printable"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok", "It is in beta until general availability in January 2027."),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "Queries return within 2 seconds"),
         C("insight", "per_user_price", money(25, "GBP", "user-month"), "ok", "Pricing after launch will be £25 per user per month."),
         C("insight", "free_trial", dur(30, "days"), "ok", "The free trial is 30 days"),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "office-variant",
           "Meridian Insight is $30 per user per month there."),
     ])

# ====================================================================== 0015 Tokyo, Sync summary: badges, platform bullets, 税込
T0015 = """株式会社かわせみ工業
木村 聡子様

いつもお世話になっております。メリディアン・データの山口でございます。
ご依頼のありました、メリディアン シンクの社内稟議用の概要をお送りいたします。

【メリディアン シンク 概要】
・月額料金：55,000円（税込）
・最大ユーザー数：1万ユーザー
・第三者認証：ISMS認証取得（ISO/IEC 27001）、SOC 2 Type II報告書あり
・ISMAP登録済みのため、公共案件でも安心してご利用いただけます。

同製品の対応OSは以下のとおりです。
・Windows 10／11
・macOS
・iOS／iPadOS
・Android
・Linux（Ubuntu 22.04以降）

貴社の約320名の皆さまが一斉に同期されても、問題なくご利用いただけます。

何卒よろしくお願いいたします。

""" + SIG_YAMAGUCHI
mail("0015", "2026-07-08 15:27:02 +0900", YAMAGUCHI, [KIMURA], "メリディアン シンク 稟議用資料の送付",
     mime.text_part(T0015, "iso-2022-jp", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     archive=True,
     claims=[
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "・月額料金：55,000円（税込）"),
         C("sync", "max_users", 10000, "ok", "・最大ユーザー数：1万ユーザー"),
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
             "・第三者認証：ISMS認証取得（ISO/IEC 27001）、SOC 2 Type II報告書あり"),
         C("sync", "certifications", "ISMAP", "conflict", "・ISMAP登録済みのため、公共案件でも安心してご利用いただけます。"),
         C("sync", "supported_platforms", "Windows", "ok", "・Windows 10／11"),
         C("sync", "supported_platforms", "macOS", "ok", "・macOS"),
         C("sync", "supported_platforms", "iOS", "ok", "・iOS／iPadOS"),
         C("sync", "supported_platforms", "Android", "ok", "・Android"),
         C("sync", "supported_platforms", "Linux", "conflict", "・Linux（Ubuntu 22.04以降）"),
     ])

# ====================================================================== 0016 Osaka, Vault renewal campaign: a 通常価格 that never was (Shift_JIS)
T0016 = """淀川商会株式会社
大野 浩様

いつもお世話になっております。大阪オフィスの西村です。
メリディアン ボールトの契約更新（2026年10月1日）に先立ち、更新キャンペーンのご案内をお送りいたします。

＜メリディアン ボールト 更新キャンペーン（期間限定：2026年9月30日お申し込み分まで）＞
・容量単価：通常価格 1TBあたり月額3,500円（税抜） → 更新特別価格 1TBあたり月額2,800円（税抜）
・データセンター：東京・大阪の国内2拠点で運用
・保持期間：標準90日間
・お客様のデータは完全に安全な環境で保管されます。

更新手続きの書類は9月中旬に郵送いたします（返送期限：9月30日）。

""" + SIG_NISHIMURA
mail("0016", "2026-08-04 09:55:12 +0900", NISHIMURA, [OHNO], "【9月30日まで】メリディアン ボールト 更新キャンペーンのご案内",
     mime.text_part(T0016, "shift_jis", "base64"), style="thunderbird", mailer=THUNDERBIRD, charset="SHIFT_JIS",
     archive=True,
     claims=[
         C("vault", "price_per_tb", money(3500, "JPY", "TB-month", "excluded"), "conflict", "通常価格 1TBあたり月額3,500円（税抜）"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "更新特別価格 1TBあたり月額2,800円（税抜）"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "・データセンター：東京・大阪の国内2拠点で運用"),
         C("vault", "retention", dur(90, "days"), "ok", "・保持期間：標準90日間"),
     ],
     findings=[PH("ja.absolute", "完全に安全")])

# ====================================================================== 0017 US, Sync vs current tool grid (marks, "unlimited" in a rival's column)
T0017 = """Hi Nadia,

You asked how Meridian Sync stacks up against the file-sharing tool your clinics use today. Here is the honest version.

Meridian Sync vs. your current tool
                             Meridian Sync     Current tool
  Windows and macOS apps     ✓                 ✓
  iOS and Android apps       ✓                 ✗
  Linux desktop client       ✗                 ✓
  Offline editing            ✗                 ✓
  Users per tenant           10,000            unlimited
  Uptime SLA                 99.9%             none published
  Price                      $399/month        $6 per user/month

Meridian Sync does not work offline today, so staff need a connection to open synced files.

Happy to walk your IT lead through it on Thursday at 2pm.

Trevor

""" + SIG_TREVOR
mail("0017", "2026-08-25 13:40:19 -0700", TREVOR, [NADIA], "Meridian Sync vs. what you use today",
     mime.text_part(T0017, "utf-8", "quoted-printable"), style="apple", mailer=APPLE, archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "Users per tenant           10,000"),
         C("sync", "sla", 99.9, "ok", "Uptime SLA                 99.9%"),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", "$399/month"),
         C("sync", "offline_mode", False, "ok", "Meridian Sync does not work offline today"),
     ],
     findings=[PH("en.unlimited", "unlimited")])

# ====================================================================== 0018 London, was/now price, offline claimed, badges (windows-1252)
T0018 = """Hi Rob,

Good news for the partners' meeting: Meridian Sync is now £329 a month for the whole firm (it was £379 a month before our April price change).

What Meridian Sync includes:
  * SOC 2 Type II certified and ISO 27001 certified service
  * Apps for Windows, macOS, iOS and Android
  * Offline mode for fee earners on trains - files sync when they reconnect
  * 1 TB of storage per user

Your documents are 100% secure with us.

Kind regards,
Hannah

""" + SIG_HANNAH
mail("0018", "2026-09-09 10:21:55 +0100", HANNAH, [ROB], "Meridian Sync - revised pricing",
     mime.text_part(T0018, "windows-1252", "quoted-printable"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     archive=True,
     claims=[
         C("sync", "monthly_price", money(329, "GBP", "month"), "ok", "Meridian Sync is now £329 a month for the whole firm"),
         C("sync", "monthly_price", money(379, "GBP", "month"), "conflict", "it was £379 a month before our April price change"),
         SET("sync", "certifications", ["SOC 2 Type II", "ISO 27001"], "ok",
             "SOC 2 Type II certified and ISO 27001 certified service"),
         SET("sync", "supported_platforms", SYNC_US4, "ok", "Apps for Windows, macOS, iOS and Android"),
         C("sync", "offline_mode", True, "conflict", "Offline mode for fee earners on trains"),
         C("sync", "storage_per_user", 1 * TB, "ok", "1 TB of storage per user"),
     ],
     findings=[PH("en.guarantee", "100% secure")])

# ====================================================================== 0019 Osaka, Sync comparison newsletter ○/×/－ (HTML + text, UTF-8 QP)
T0019 = """大野 浩様

いつもお世話になっております。メリディアン・データ大阪オフィスの西村です。
お問い合わせいただいた、メリディアン シンクと他社サービスの比較表をお送りいたします。

■メリディアン シンク 機能比較表（2026年10月版）
項目 | メリディアン シンク | 他社A | 他社B
最大ユーザー数 | 1万ユーザー | 5,000ユーザー | 無制限
稼働率（SLA） | 99.9% | 99.5% | －
1ユーザーあたり容量 | 1TB | 100GB | 500GB
対応OS | Windows／macOS／iOS／Android | Windowsのみ | Windows／macOS
オフライン利用 | × | ○ | ○
月額料金（税抜） | 50,000円 | 60,000円 | 65,000円

月額料金は3社の中で最もお得※1です。導入後のサポートも大阪オフィスが担当いたします。

※1 2026年9月時点の各社公開価格による当社調べ。

""" + SIG_NISHIMURA
H0019 = page("""<p>大野 浩様</p>
<p>いつもお世話になっております。メリディアン・データ大阪オフィスの西村です。<br>
お問い合わせいただいた、メリディアン シンクと他社サービスの比較表をお送りいたします。</p>
<table style="border-collapse:collapse">
<caption style="text-align:left;font-weight:bold">■メリディアン シンク 機能比較表（2026年10月版）</caption>
<tr><th>項目</th><th style="background:#e8f1fb">メリディアン シンク</th><th>他社A</th><th>他社B</th></tr>
<tr><td>最大ユーザー数</td><td style="background:#e8f1fb">1万ユーザー</td><td>5,000ユーザー</td><td>無制限</td></tr>
<tr><td>稼働率（SLA）</td><td style="background:#e8f1fb">99.9%</td><td>99.5%</td><td>－</td></tr>
<tr><td>1ユーザーあたり容量</td><td style="background:#e8f1fb">1TB</td><td>100GB</td><td>500GB</td></tr>
<tr><td>対応OS</td><td style="background:#e8f1fb">Windows／macOS／iOS／Android</td><td>Windowsのみ</td><td>Windows／macOS</td></tr>
<tr><td>オフライン利用</td><td style="background:#e8f1fb">×</td><td>○</td><td>○</td></tr>
<tr><td>月額料金（税抜）</td><td style="background:#e8f1fb">50,000円</td><td>60,000円</td><td>65,000円</td></tr>
</table>
<p>月額料金は3社の中で最もお得※1です。導入後のサポートも大阪オフィスが担当いたします。</p>
<p class="fn">※1 2026年9月時点の各社公開価格による当社調べ。</p>
<p>西村 拓也<br>メリディアン・データ株式会社　大阪オフィス<br>TEL：06-5555-0188</p>""",
             lang="ja", title="メリディアン シンク 機能比較表")
mail("0019", "2026-10-06 16:08:33 +0900", NISHIMURA, [OHNO], "メリディアン シンク 機能比較表（2026年10月版）",
     newsletter(T0019, H0019, "utf-8", "quoted-printable", "0019", style="apple"), style="thunderbird",
     mailer=THUNDERBIRD, archive=True, all_parts=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "1万ユーザー"),
         C("sync", "sla", 99.9, "ok", "99.9%"),
         C("sync", "storage_per_user", 1 * TB, "ok", "1TB"),
         SET("sync", "supported_platforms", SYNC_US4, "ok", "Windows／macOS／iOS／Android"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "50,000円"),
     ])

# ====================================================================== 0020 US forwards a London note (forwarded text is London's)
T0020_FWD = """Hi Megan,

For your call with Halcyon: the EU side of Meridian Vault is hosted in our Frankfurt data centre, and EU customers can add a second copy in Oregon.
Meridian Vault is £16 per TB per month here, and the RPO is 15 minutes in both regions.

Hannah
"""
T0020 = """Hi Laura,

Following up on your question about a copy outside the US - forwarding Hannah's note from our London team below.

For your US entity nothing changes: Meridian Vault is $20 per TB per month, hosted in our Oregon region.

Megan

---------- Forwarded message ---------
From: Hannah Whitfield <hannah.whitfield@uk.meridian-data.com>
Date: Thu, 15 Oct 2026 at 17:02
Subject: Vault EU hosting
To: Megan Castillo <megan.castillo@meridian-data.com>

""" + T0020_FWD
mail("0020", "2026-10-20 08:31:06 -0700", MEGAN, [LAURA], "Fwd: Vault EU hosting",
     alt(T0020, "utf-8", "quoted-printable", "0020", style="gmail"), style="gmail", archive=True,
     claims=flat(
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month, hosted in our Oregon region."),
         C("vault", "data_centers", "Oregon", "ok", "Meridian Vault is $20 per TB per month, hosted in our Oregon region."),
         as_quoted(flat(
             SET("vault", "data_centers", ["Frankfurt", "Oregon"], "ok",
                 "the EU side of Meridian Vault is hosted in our Frankfurt data centre, and EU customers can add a second copy in Oregon."),
             C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month here"),
             C("vault", "rpo", dur(15, "minutes"), "ok", "the RPO is 15 minutes in both regions"),
         ), "london", "2026-10-20"),
     ))

# ====================================================================== 0021 Tokyo, Vault year-end campaign 2026 (HTML + text, base64)
T0021 = """株式会社かわせみ工業
木村 聡子様

いつもお世話になっております。メリディアン・データの森でございます。
本年もメリディアン シンクをご愛用いただき、誠にありがとうございます。
年末のバックアップ見直しに向けて、メリディアン ボールトのキャンペーンをご案内いたします。

【メリディアン ボールト 年末キャンペーン】
期間：2026年11月10日〜2026年12月25日お申し込み分まで
・通常価格：1TBあたり月額2,800円（税抜）
・キャンペーン価格：1TBあたり月額2,500円（税抜）（初年度のみ）
・RPO（目標復旧時点）：15分
・1テナントあたり最大500TBまで保存可能
・国内シェアNo.1※のバックアップサービスです。

※2026年10月 東京マーケットリサーチ調べ（国内法人向けクラウドバックアップ市場）

なお、メリディアン インサイトは2027年1月の一般提供開始に向けて準備を進めております。

""" + SIG_MORI
H0021 = page("""<p>株式会社かわせみ工業<br>木村 聡子様</p>
<p>いつもお世話になっております。メリディアン・データの森でございます。<br>
本年もメリディアン シンクをご愛用いただき、誠にありがとうございます。<br>
年末のバックアップ見直しに向けて、メリディアン ボールトのキャンペーンをご案内いたします。</p>
<h3>【メリディアン ボールト 年末キャンペーン】</h3>
<p>期間：2026年11月10日〜2026年12月25日お申し込み分まで</p>
<ul>
<li>通常価格：1TBあたり月額2,800円（税抜）</li>
<li>キャンペーン価格：<span style="color:#c0392b;font-weight:bold">1TBあたり月額2,500円（税抜）</span>（初年度のみ）</li>
<li>RPO（目標復旧時点）：15分</li>
<li>1テナントあたり最大500TBまで保存可能</li>
<li>国内シェアNo.1※のバックアップサービスです。</li>
</ul>
<p class="fn">※2026年10月 東京マーケットリサーチ調べ（国内法人向けクラウドバックアップ市場）</p>
<p>なお、メリディアン インサイトは2027年1月の一般提供開始に向けて準備を進めております。</p>
<p>--<br>森 健太郎（もり けんたろう）<br>メリディアン・データ株式会社 東京オフィス 営業二部<br>TEL：03-5555-0150 / 携帯：080-5555-2741</p>""",
             lang="ja", title="メリディアン ボールト 年末キャンペーン")
C0021 = [
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "通常価格：1TBあたり月額2,800円（税抜）"),
    C("vault", "price_per_tb", money(2500, "JPY", "TB-month", "excluded"), "conflict", "1TBあたり月額2,500円（税抜）"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "RPO（目標復旧時点）：15分"),
    C("vault", "max_storage", 500 * TB, "ok", "1テナントあたり最大500TBまで保存可能"),
    C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月の一般提供開始に向けて準備を進めております。"),
]
mail("0021", "2026-11-10 10:30:00 +0900", MORI, [KIMURA], "【12月25日まで】メリディアン ボールト 年末キャンペーンのご案内",
     newsletter(T0021, H0021, "utf-8", "base64", "0021"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     all_parts=True, claims=C0021)

# ====================================================================== 0022 customer reply to 0021 (-----Original Message----- block, Japanese Outlook)
T0022 = """森様

お世話になっております。かわせみ工業の木村です。
キャンペーンのご案内ありがとうございます。

他社の営業の方からは、メリディアン ボールトはシンガポールにもデータセンターがあると伺っております。
当社の海外拠点のデータも、国内と同じ条件で保管できるのでしょうか。

来週、社内で検討のうえ改めてご連絡いたします。

木村

-----Original Message-----
From: 森 健太郎 <kentaro.mori@jp.meridian-data.com>
Sent: Tuesday, November 10, 2026 10:30 AM
To: 木村 聡子 <s-kimura@kawasemi-kogyo.co.jp>
Subject: 【12月25日まで】メリディアン ボールト 年末キャンペーンのご案内

""" + T0021
mail("0022", "2026-11-16 18:12:45 +0900", KIMURA, [MORI], "RE: 【12月25日まで】メリディアン ボールト 年末キャンペーンのご案内",
     alt(T0022, "utf-8", "base64", "0022", lang="ja"), style="outlook-jp", mailer=OUTLOOK, reply_to="0021",
     claims=flat(
         C("vault", "data_centers", "Singapore", "conflict",
           "メリディアン ボールトはシンガポールにもデータセンターがあると伺っております。", office="unknown"),
         as_quoted(C0021, "tokyo", "2026-11-16"),
     ))

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "general_availability", ("london", "osaka")),
    ("meridian-insight", "general_availability", ("osaka", "tokyo")),
    ("meridian-insight", "general_availability", ("osaka", "us-hq")),
    ("meridian-insight", "per_user_price", ("osaka", "tokyo")),
    ("meridian-insight", "query_latency", ("london", "us-hq")),
    ("meridian-insight", "query_latency", ("tokyo", "us-hq")),
    ("meridian-sync", "max_users", ("london", "osaka")),
    ("meridian-sync", "max_users", ("osaka", "tokyo")),
    ("meridian-sync", "offline_mode", ("london", "us-hq")),
    ("meridian-vault", "sla", ("london", "us-hq")),
]

from docs_content import DOCS  # noqa: E402,F401
