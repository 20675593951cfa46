"""The messages and documents of set 79 (meeting notes, call summaries and
transcripts sent by mail), each with its hand-written labels.

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
MEGAN = ("Megan Lowell", "megan.lowell@meridian-data.com")
CARLOS = ("Carlos Ortega", "carlos.ortega@meridian-data.com")
HARRIET = ("Harriet Doyle", "harriet.doyle@uk.meridian-data.com")
RAVI = ("Ravi Patel", "ravi.patel@uk.meridian-data.com")
ITO = ("伊藤 健", "ken.ito@jp.meridian-data.com")
YAMAGUCHI = ("山口 沙織", "saori.yamaguchi@jp.meridian-data.com")
MORI = ("森 拓也", "takuya.mori@osaka.jp.meridian-data.com")

PAUL = ("Paul Nguyen", "paul.nguyen@redfernfreight.com")
DANA = ("Dana Ross", "dana.ross@redfernfreight.com")
HIRO = ("Hiro Sato", "hiro.sato@redfernfreight.co.jp")
LAURA = ("Laura Chen", "lchen@cedarpointcu.org")
SIOBHAN = ("Siobhan Walsh", "s.walsh@alderbank-housing.org.uk")
TOMREID = ("Tom Reid", "tom.reid@kingswaycare.co.uk")
MARCUS = ("Marcus Bell", "marcus.bell@penhallow.org.uk")
YAMAMOTO = ("山本 和也", "k-yamamoto@hinode-ss.co.jp")
OKOCHI = ("大河内 聡", "s-okochi@hinode-ss.co.jp")
ONISHI = ("大西 修", "onishi@kansai-mirai-unyu.co.jp")
SASAKI = ("佐々木 恵", "m.sasaki@hokuto-kagaku.co.jp")
KITAMURA = ("北村 亮介", "r.kitamura@yodogawa-foods.co.jp")

SIG_ITO = """──────────────────────
メリディアン・データ株式会社　東京オフィス
営業本部　伊藤 健（Ken Ito）
〒100-6390 東京都千代田区丸の内2-4-1
TEL：03-5555-0142　携帯：090-5555-0876
ken.ito@jp.meridian-data.com
──────────────────────
"""

SIG_ITO_SHORT = """--
メリディアン・データ株式会社 東京オフィス
伊藤 健　03-5555-0142
"""

SIG_YAMAGUCHI = """━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス
ソリューション営業部　山口 沙織
TEL 03-5555-0167（代表 03-5555-0100）
saori.yamaguchi@jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━
"""

SIG_MORI = """--------------------------------------------
メリディアン・データ株式会社　大阪オフィス
森 拓也 / Takuya Mori
〒530-0011 大阪市北区大深町4-20 グランフロント大阪 タワーA 18F
TEL 06-5555-0231 / 携帯 080-5555-0642
--------------------------------------------
"""

SIG_MORI_SHORT = """
メリディアン・データ 大阪 森
080-5555-0642

iPhoneから送信
"""

# ====================================================================== 0001 US call summary (Outlook)
T0001 = """Hi Paul, Dana,

Thanks again for the time this morning. Below is my write-up of the call so you have it in one place; shout if I got anything wrong.

Call summary – Redfern Freight / Meridian Data intro
Date: Thursday, November 20, 2025, 9:00–9:45 PT (Zoom)
Attendees: Paul Nguyen, Dana Ross (Redfern Freight); Megan Lowell, Carlos Ortega (Meridian Data)

Discussion
- Paul gave an overview: 14 depots, roughly 2,300 staff, file shares on an ageing NAS in Sacramento.
- Paul: Redfern plans to roll Meridian Sync out to about 1,200 users in phase one, depots first.
- Megan: Meridian Sync supports up to five thousand users per organization today, so phase two fits on the same tenant.
- Carlos: the uptime SLA on Meridian Sync is ninety-nine point nine percent, measured monthly.
- Dana asked whether Meridian Sync runs on the Ubuntu PCs in dispatch. Carlos to confirm after the call.
- Carlos: Meridian Vault is twenty bucks a terabyte a month, and Meridian Vault keeps backups for ninety days by default.
- Dana asked whether Meridian Vault could hold backups for 180 days for their DOT audit trail.

Action items
1. Carlos – confirm Linux desktop support for Meridian Sync (due Nov 25).
2. Carlos – check whether Meridian Vault retention can be extended to 180 days, and at what cost.
3. Megan – send a quote for 1,200 seats plus a 40 TB Vault pilot.
4. Paul – share the current NAS capacity report.

Next call: Thursday, December 4, 10:00 PT.

Best,
Megan

Megan Lowell | Account Executive, West
Meridian Data, Inc. | 500 Howard Street, Suite 1200, San Francisco, CA 94105
o: +1 (415) 555-0142 | m: +1 (415) 555-0199
"""
mail("0001", "2025-11-20 10:51:07 -0800", MEGAN, [PAUL, DANA], "Call summary – Redfern / Meridian Data intro (Nov 20)",
     alt(T0001, "utf-8", "quoted-printable", "0001"), style="outlook-us", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "max_users", 5000, "ok",
           "Megan: Meridian Sync supports up to five thousand users per organization today"),
         C("sync", "sla", 99.9, "ok", "the uptime SLA on Meridian Sync is ninety-nine point nine percent"),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok",
           "Meridian Vault is twenty bucks a terabyte a month"),
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for ninety days by default"),
     ])

# ====================================================================== 0002 Tokyo 議事録 (ISO-2022-JP)
T0002 = """株式会社ヒノデ製作所
情報システム部　山本様、大川様

いつもお世話になっております。
メリディアン・データ東京オフィスの伊藤です。

本日はお忙しいところ、お打ち合わせのお時間をいただきありがとうございました。
議事録をお送りいたしますので、内容にお気づきの点がございましたらご指摘ください。

━━━━━━━━━━━━━━━━━━━━
議事録：メリディアン シンク導入検討 第1回お打ち合わせ
━━━━━━━━━━━━━━━━━━━━
日時：2025年12月3日（水）14:00〜15:30
場所：貴社本社 5階 第2会議室
出席者：
　ヒノデ製作所　山本様、大川様
　メリディアン・データ　伊藤、山口（記）

1. 利用人数について
　山本様：現在の従業員は全社で約4,200名。うち設計・生産管理部門の約1,500名から先行導入したい。
　伊藤：メリディアン シンクは、現在1テナントあたり最大五千ユーザーまでご利用いただけます。
　山本様：3年後には6,000名規模になる見込みのため、上限の今後の見通しを知りたい。
　→ 伊藤より、ロードマップを確認のうえ次回ご説明することとした。

2. 料金について
　山口：メリディアン シンクの月額料金は五万円（税抜）、税込ですと五万五千円となります。
　大川様：年額一括払いの場合の割引有無を確認したい。

3. セキュリティについて
　伊藤：メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。
　大川様：ISMAPへの登録状況はどうか。
　→ 伊藤にて確認のうえ、回答する。

4. 工場内での利用について
　大川様：工場の一部は電波が届きにくいため、オフラインで使えるかを知りたい。
　伊藤：メリディアン シンクはオフラインモードには対応しておりません。

■宿題事項
　・伊藤：ISMAP登録状況の確認（12月10日まで）
　・伊藤：ユーザー上限のロードマップ確認（次回まで）
　・山口：年額一括払いの条件確認
　・山本様：先行導入部門の一覧をご共有

■次回
　12月16日（火）10:00〜11:00　貴社にて

以上、よろしくお願いいたします。

""" + SIG_ITO
C0002 = flat(
    C("sync", "max_users", 5000, "ok", "伊藤：メリディアン シンクは、現在1テナントあたり最大五千ユーザーまでご利用いただけます。"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "山口：メリディアン シンクの月額料金は五万円（税抜）、税込ですと五万五千円となります。"),
    C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
      "山口：メリディアン シンクの月額料金は五万円（税抜）、税込ですと五万五千円となります。"),
    SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
        "伊藤：メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。"),
    C("sync", "offline_mode", False, "ok", "伊藤：メリディアン シンクはオフラインモードには対応しておりません。"),
)
mail("0002", "2025-12-03 18:12:44 +0900", ITO, [YAMAMOTO], "【議事録】メリディアン シンク導入検討 第1回お打ち合わせ",
     mime.text_part(T0002, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     crlf=True, archive=True, claims=[C0002])

# ====================================================================== 0003 customer reply, quotes 0002 (Gmail)
T0003 = """伊藤様

お世話になっております。ヒノデ製作所の山本です。
議事録をお送りいただき、ありがとうございます。

1点だけ修正をお願いいたします。
出席者の「大川」は弊社の大河内の誤りです（正：大河内）。

また、議事録の4.に関連して補足です。
弊社の生産技術課からは、メリディアン シンクの稼働率は99.95％と伺っております。念のため正しい数値をご教示ください。

次回12月16日もよろしくお願いいたします。

--
株式会社ヒノデ製作所
情報システム部　山本 和也
〒252-0216 神奈川県相模原市中央区清新3-11-2
TEL 042-555-0311（内線 214）


""" + quote(T0002, "2025年12月3日(水) 18:12 伊藤 健 <ken.ito@jp.meridian-data.com>:")
mail("0003", "2025-12-04 09:26:51 +0900", YAMAMOTO, [ITO], "Re: 【議事録】メリディアン シンク導入検討 第1回お打ち合わせ",
     alt(T0003, "utf-8", "base64", "0003", style="gmail", lang="ja"), style="gmail", reply_to="0002", archive=True,
     claims=[
         C("sync", "sla", 99.95, "conflict", "弊社の生産技術課からは、メリディアン シンクの稼働率は99.95％と伺っております。",
           office="unknown"),
         as_quoted(C0002, "tokyo", "2025-12-04"),
     ])

# ====================================================================== 0004 London call notes, a mid-call correction
T0004 = """Hi Siobhan,

Many thanks to you and Gwen for today's call. My notes are below – Ravi and I have tried to capture what was actually said rather than tidy it up, so forgive the odd aside.

Notes – Alderbank Housing / Meridian Data, Monday 15 December 2025, 11:00–12:00 (Teams)
Present: Siobhan Walsh, Gwen Morgan (Alderbank); Harriet Doyle, Ravi Patel (Meridian Data UK)

Backup (Meridian Vault)
- Harriet: Meridian Vault's RPO is five minutes – sorry, let me correct that, fifteen minutes, not five.
- Ravi: Meridian Vault is sixteen pounds per terabyte per month, ex VAT.
- Gwen asked where the data would physically sit. Ravi: the Meridian Vault data centres are Tokyo, Osaka, Oregon and Frankfurt – there is no London site, so for Alderbank it would be Frankfurt.
- Siobhan mentioned their current provider keeps 35 days of backups; the board wants at least 60.

Reporting (Meridian Insight)
- Harriet: Meridian Insight is still in beta; general availability is January twenty twenty-seven.
- Harriet: Meridian Insight will be twenty-five quid per user per month once it's GA.
- Gwen asked whether Meridian Insight can read directly from their Civica housing system. Harriet to check with product.

Actions
- Ravi: send the Vault pricing sheet and the Frankfurt data-residency note (by 19 Dec).
- Harriet: find out about a Civica connector for Insight.
- Siobhan: confirm the backup volume (currently about 62 TB).

Next meeting: Tuesday 13 January 2026, 14:00.

Best wishes,
Harriet

--
Harriet Doyle
Account Director, Public Sector | Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG
T +44 (0)20 7946 0712 | M +44 (0)7700 900266
"""
mail("0004", "2025-12-15 16:03:29 +0000", HARRIET, [SIOBHAN], "Notes from today's call – backup and reporting",
     mime.text_part(T0004, "utf-8", "quoted-printable"), style="apple", mailer=APPLE, archive=True,
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok",
           "Meridian Vault's RPO is five minutes – sorry, let me correct that, fifteen minutes, not five."),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
           "Ravi: Meridian Vault is sixteen pounds per terabyte per month, ex VAT."),
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
             "the Meridian Vault data centres are Tokyo, Osaka, Oregon and Frankfurt"),
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight is still in beta; general availability is January twenty twenty-seven."),
         C("insight", "per_user_price", money(25, "GBP", "user-month"), "ok",
           "Meridian Insight will be twenty-five quid per user per month once it's GA."),
     ])

# ====================================================================== 0005 Osaka 打合せメモ (Shift_JIS)
T0005 = """関西みらい運輸株式会社
総務部 システム課　大西様

いつもお世話になっております。
メリディアン・データ大阪オフィスの森でございます。

昨日はお打合せのお時間をいただき、誠にありがとうございました。
当日の打合せメモを共有いたします。

【打合せメモ】2026年1月13日（火）10:30〜11:40　於：貴社 南港センター
出席：大西様、松田様（関西みらい運輸）／森、上野（メリディアン・データ）

■メリディアン ボールトについて
森：容量単価は1TBあたり月額二千八百円（税抜）です。
森：バックアップの保持期間は、標準で九十日です。
大西様：現在はテープで毎晩バックアップしているので、実質1日分のデータが失われるリスクがある。
森：同製品のRPOは最大十五分です。
松田様：データは国内に置きたい。
森：国内のデータセンターは東京と大阪です。
森：メリディアン ボールトなら、データを失うことは絶対にありません。

■今後の進め方
・森：お見積書（30TB×12か月）を1月20日までに送付
・大西様：2月中に社内稟議
・上野：南港センターのネットワーク帯域を確認

以上、よろしくお願いいたします。

""" + SIG_MORI
mail("0005", "2026-01-14 08:47:12 +0900", MORI, [ONISHI], "打合せメモ（1/13 メリディアン ボールトのご説明）",
     mime.text_part(T0005, "shift_jis", "base64"), style="webmail", mailer=ACTIVEMAIL, charset="ISO-2022-JP",
     archive=True,
     claims=[
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "森：容量単価は1TBあたり月額二千八百円（税抜）です。"),
         C("vault", "retention", dur(90, "days"), "ok", "森：バックアップの保持期間は、標準で九十日です。"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "森：同製品のRPOは最大十五分です。"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "森：国内のデータセンターは東京と大阪です。"),
     ],
     findings=[PH("ja.absolute", "データを失うことは絶対にありません")])

# ====================================================================== 0006 US, Zoom transcript excerpt
T0006 = """Hi Paul,

As promised, here's the part of yesterday's Zoom transcript that covers Meridian Vault and the reporting piece. It's the auto-generated transcript, lightly cleaned up (I removed the crosstalk), so the wording is how we actually said it.

--- Transcript excerpt: Redfern / Meridian follow-up, Jan 26, 2026 ---

[00:03:12] Carlos Ortega: So on Meridian Vault, the recovery point is fifteen minutes, worst case.
[00:03:20] Paul Nguyen: Okay. And you said retention was thirty days?
[00:03:24] Carlos Ortega: No, ninety – Meridian Vault keeps backups ninety days by default.
[00:03:31] Paul Nguyen: Got it. Our NAS is at about 210 terabytes right now.
[00:04:02] Carlos Ortega: That's fine, Meridian Vault scales up to half a petabyte per tenant.
[00:05:40] Megan Lowell: And on Meridian Insight, the free trial is thirty days, we can switch it on whenever you're ready.
[00:06:15] Megan Lowell: On data your size, Meridian Insight dashboards load in under two seconds.
[00:06:29] Dana Ross: How many dashboards can we build?
[00:06:33] Megan Lowell: Meridian Insight allows up to two hundred dashboards per workspace.
[00:07:01] Carlos Ortega: And the cutover from the NAS to Meridian Vault is zero downtime, we run both in parallel.

--- End of excerpt ---

On your Linux question from November: Meridian Sync doesn't run on Linux desktops; the clients are Windows, macOS, iOS and Android.

Talk soon,
Carlos

Carlos Ortega
Solutions Engineer | Meridian Data, Inc.
+1 (415) 555-0187 | carlos.ortega@meridian-data.com
"""
mail("0006", "2026-01-27 08:15:40 -0800", CARLOS, [PAUL], "Transcript excerpt – Vault and Insight (Jan 26 call)",
     alt(T0006, "utf-8", "quoted-printable", "0006", style="gmail"), style="gmail", archive=True, cc=[MEGAN, DANA],
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok",
           "So on Meridian Vault, the recovery point is fifteen minutes, worst case."),
         C("vault", "retention", dur(90, "days"), "ok",
           "No, ninety – Meridian Vault keeps backups ninety days by default."),
         C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault scales up to half a petabyte per tenant."),
         C("insight", "free_trial", dur(30, "days"), "ok", "on Meridian Insight, the free trial is thirty days"),
         C("insight", "query_latency", dur(2, "seconds"), "ok",
           "Meridian Insight dashboards load in under two seconds."),
         C("insight", "max_dashboards", 200, "ok",
           "Meridian Insight allows up to two hundred dashboards per workspace."),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "Meridian Sync doesn't run on Linux desktops; the clients are Windows, macOS, iOS and Android."),
     ],
     findings=[PH("en.guarantee", "is zero downtime")])

# ====================================================================== 0007 Tokyo Web会議まとめ (UTF-8 b64)
T0007 = """北斗化学株式会社
DX推進室　佐々木様

いつもお世話になっております。
メリディアン・データの山口でございます。

本日のWeb会議、ありがとうございました。
会議の要点を以下にまとめましたので、ご確認をお願いいたします。

【Web会議まとめ】2026年2月10日（火）15:00〜16:00（Teams）
参加者：佐々木様、堀様（北斗化学）／山口、伊藤（メリディアン・データ）

■メリディアン シンク
・佐々木様：研究所と本社をあわせて、初年度は約2,500名での利用を計画している。
・伊藤：メリディアン シンクは最大一万ユーザーまで対応可能です。
・山口：同製品の稼働率は九十九・九パーセントです。

■メリディアン インサイト
・山口：正式リリースは二〇二七年一月の予定で、現在はベータ版です。
・山口：料金は1ユーザーあたり月額四千円（税抜）です。
・堀様：ダッシュボードはいくつまで作れるか。
・山口：ダッシュボードは最大二百個まで作成いただけます。
・山口：連携できるデータソースは現時点で四十種類以上です。

■宿題事項
・山口：トライアル環境の発行（2月13日まで）
・伊藤：研究所のネットワーク要件の確認
・佐々木様：対象部署一覧のご送付

引き続きよろしくお願いいたします。

""" + SIG_YAMAGUCHI
mail("0007", "2026-02-10 17:58:03 +0900", YAMAGUCHI, [SASAKI], "本日のWeb会議まとめ（メリディアン シンク／インサイト）",
     alt(T0007, "utf-8", "base64", "0007", lang="ja"), style="outlook-jp", mailer=OUTLOOK, cc=[ITO], archive=True,
     claims=[
         C("sync", "max_users", 10000, "stale", "伊藤：メリディアン シンクは最大一万ユーザーまで対応可能です。"),
         C("sync", "sla", 99.9, "ok", "山口：同製品の稼働率は九十九・九パーセントです。"),
         C("insight", "general_availability", "2027-01", "ok", "山口：正式リリースは二〇二七年一月の予定で、現在はベータ版です。"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "山口：料金は1ユーザーあたり月額四千円（税抜）です。"),
         C("insight", "max_dashboards", 200, "ok", "山口：ダッシュボードは最大二百個まで作成いただけます。"),
         C("insight", "integrations", 40, "unverified", "山口：連携できるデータソースは現時点で四十種類以上です。"),
     ])

# ====================================================================== 0008 London minutes (Outlook)
T0008 = """Dear Tom,

Thank you for hosting us in Northampton yesterday. As agreed, here are the minutes and actions.

Minutes – Kingsway Care Group / Meridian Data UK
Date: Monday 23 February 2026, 10:00–11:30
Attendees: Tom Reid, Anita Shah (Kingsway); Ravi Patel, Harriet Doyle (Meridian Data UK)

1. Scope
Tom outlined the plan: move 46 care homes off the old file server by the end of Q3. Kingsway has about 1,850 staff, of whom roughly 900 need file access.
Ravi: Meridian Sync handles up to five thousand users per organisation, so the whole group fits on one tenant.

2. Commercials
Ravi: Meridian Sync is three hundred and twenty-nine pounds a month, plus VAT, for the organisation.
Anita asked about a charity discount. Ravi to take it back to the commercial team.

3. Security and mobile working
Harriet: Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II report.
Anita: carers often work in homes with no signal.
Harriet: Meridian Sync has no offline mode, so files sync once the device is back on the network.
Harriet: backups would go to Meridian Vault, which encrypts everything at rest with AES-256.

4. Actions
- Ravi Patel: charity pricing answer (by 6 March)
- Harriet Doyle: DPIA template and the Vault data-residency note
- Tom Reid: list of the 46 sites with connectivity ratings

Kind regards,

Ravi Patel
Account Manager | Meridian Data UK Ltd
T +44 (0)20 7946 0455 | M +44 (0)7700 900731
Registered in England & Wales No. 09876543
"""
mail("0008", "2026-02-24 12:20:55 +0000", RAVI, [TOMREID], "Minutes – Kingsway / Meridian Data, 23 February",
     alt(T0008, "utf-8", "quoted-printable", "0008"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     cc=[HARRIET], archive=True,
     claims=[
         C("sync", "max_users", 5000, "ok",
           "Ravi: Meridian Sync handles up to five thousand users per organisation, so the whole group fits on one tenant."),
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Ravi: Meridian Sync is three hundred and twenty-nine pounds a month, plus VAT, for the organisation."),
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
             "Harriet: Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II report."),
         C("sync", "offline_mode", False, "ok", "Harriet: Meridian Sync has no offline mode"),
         C("vault", "encryption", "AES-256", "ok", "Meridian Vault, which encrypts everything at rest with AES-256."),
     ])

# ====================================================================== 0009 Osaka 定例議事録 (iPhone, QP)
T0009 = """大西様
（cc：東京オフィス 伊藤）

お世話になっております。メリディアン・データ大阪の森です。
本日の定例会の議事録をお送りします。

＜議事録＞関西みらい運輸様 定例会（第3回）
日時：2026年3月5日（木）13:00〜14:00
出席：大西様、松田様／森

【議題1】メリディアン・シンク追加導入の件
・大西様：4月に堺と尼崎の営業所が加わり、利用者が約800名増える見込み。
・森：メリディアン・シンクのSLAは月間99.95%です。
・森：対応OSはWindows、Mac、iPhone、Androidです。営業所の一部で使われているChromebookには対応していません。
・松田様：社内の説明資料がまだ旧名称の「メリディアン・ファイルシンク」表記のままなので、差し替えたい。

【議題2】料金の件
・森：シンクの月額料金は5万円（税抜）で、従来から変更ありません。
・大西様：複数年契約での値引きは可能か。→ 森が持ち帰り、次回回答。

【次回】3月19日（木）13:00〜

以上です。

""" + SIG_MORI
mail("0009", "2026-03-05 15:32:18 +0900", MORI, [ONISHI], "議事録：定例会（第3回）",
     mime.text_part(T0009, "utf-8", "quoted-printable"), style="apple", mailer=IPHONE, cc=[ITO], archive=True,
     claims=[
         C("sync", "sla", 99.95, "conflict", "森：メリディアン・シンクのSLAは月間99.95%です。"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "森：対応OSはWindows、Mac、iPhone、Androidです。"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "森：シンクの月額料金は5万円（税抜）で、従来から変更ありません。"),
     ],
     findings=[TERM("sync", "メリディアン・ファイルシンク")])

# ====================================================================== 0010 customer's own notes (Gmail)
T0010 = """Hi Megan,

Dana and I wrote up our own notes from the Meridian session last week so that our steering group has something to read. Could you sanity-check the Meridian bits before I circulate them on Friday?

Redfern Freight – IT steering notes (draft), item 4: file sharing and backup
- Per Meridian, Meridian Sync goes up to 10,000 users per organization from April 1, 2026 (5,000 before that).
- Per Meridian, Meridian Vault keeps backups for 30 days by default, longer on request.
- Meridian Sync comes with a 99.9% uptime SLA.
- We still need to confirm: is Meridian Vault still $20 per TB per month for us?
- Budget ask for FY27: about $62k for both products (our estimate).

Thanks,
Paul

--
Paul Nguyen
Director of IT, Redfern Freight Lines
2200 Harbor Blvd, West Sacramento, CA 95691
(916) 555-0134
"""
C0010 = [
    C("sync", "max_users", 10000, "ok",
      "Per Meridian, Meridian Sync goes up to 10,000 users per organization from April 1, 2026 (5,000 before that).",
      judge="2026-04-01"),
    C("sync", "max_users", 5000, "ok",
      "Per Meridian, Meridian Sync goes up to 10,000 users per organization from April 1, 2026 (5,000 before that)."),
    C("vault", "retention", dur(30, "days"), "conflict",
      "Per Meridian, Meridian Vault keeps backups for 30 days by default, longer on request."),
    C("sync", "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA."),
]
mail("0010", "2026-03-18 16:12:37 -0700", PAUL, [MEGAN], "Our notes from the Meridian session – quick check?",
     alt(T0010, "utf-8", "quoted-printable", "0010", style="gmail"), style="gmail", cc=[DANA],
     claims=[dict(c, office="unknown") for c in C0010])

# ====================================================================== 0011 US interleaved reply to 0010
T0011 = """Hi Paul,

Happy to. Two corrections inline, everything else reads right.

On Wed, Mar 18, 2026 at 4:12 PM Paul Nguyen <paul.nguyen@redfernfreight.com> wrote:
> Redfern Freight – IT steering notes (draft), item 4: file sharing and backup
> - Per Meridian, Meridian Sync goes up to 10,000 users per organization from April 1, 2026 (5,000 before that).

Correct.

> - Per Meridian, Meridian Vault keeps backups for 30 days by default, longer on request.

Small fix: Meridian Vault keeps backups for ninety days by default, not thirty. Longer retention is an add-on.

> - Meridian Sync comes with a 99.9% uptime SLA.
> - We still need to confirm: is Meridian Vault still $20 per TB per month for us?

Yes, Meridian Vault stays at $20 per TB per month on your current terms.

> - Budget ask for FY27: about $62k for both products (our estimate).

I'll leave the budget to you!

Best,
Megan

Megan Lowell | Account Executive, West
Meridian Data, Inc.
o: +1 (415) 555-0142
"""
mail("0011", "2026-03-19 09:04:22 -0700", MEGAN, [PAUL], "Re: Our notes from the Meridian session – quick check?",
     mime.text_part(T0011, "utf-8", "quoted-printable"), style="apple", mailer=APPLE, reply_to="0010",
     claims=[
         C("vault", "retention", dur(90, "days"), "ok",
           "Meridian Vault keeps backups for ninety days by default, not thirty."),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok",
           "Yes, Meridian Vault stays at $20 per TB per month on your current terms."),
         [dict(c, quoted=True, office="unknown", as_of="2026-03-19") for c in C0010],
     ])

# ====================================================================== 0012 Tokyo 議事録 第2回 (UTF-8 QP)
T0012 = """株式会社ヒノデ製作所
情報システム部　山本様、大河内様

いつもお世話になっております。メリディアン・データの伊藤です。
4月13日のお打ち合わせの議事録をお送りいたします。

―――――――――――――――――――――
議事録：メリディアン シンク導入検討 第2回
―――――――――――――――――――――
日時：2026年4月13日（月）10:00〜11:30
出席者：山本様、大河内様（ヒノデ製作所）／伊藤、山口（メリディアン・データ）

1. 前回の宿題事項への回答
　伊藤：メリディアン シンクは、4月1日のアップデートで1テナントあたり最大1万ユーザーまで拡張されました。3年後の6,000名規模にも対応できます。
　伊藤：ISMAPには現時点で登録しておりません。
　大河内様：他社の営業の方から、メリディアン シンクはISMAPに登録済みと伺っていた。
　→ 伊藤より、登録済みではない旨をあらためてご説明した。

2. ストレージ容量
　山口：メリディアン シンクのストレージは1ユーザーあたり1TBです。
　山本様：CADデータが大きいため、1ファイルの上限を知りたい。→ 山口が確認。

3. バックアップ（メリディアン ボールト）
　伊藤：メリディアン ボールトの稼働率は99.95％です。
　伊藤：メリディアン ボールトの保存データはAES-256で暗号化されます。
　山口：同製品は業界初の二拠点同時レプリケーションに対応しています。

■宿題事項
　・山口：1ファイルあたりのアップロード上限の確認
　・伊藤：ボールトのお見積り（50TB、36か月）
　・山本様：稟議スケジュールのご共有

以上

""" + SIG_ITO
mail("0012", "2026-04-14 11:40:09 +0900", ITO, [YAMAMOTO, OKOCHI], "【議事録】メリディアン シンク導入検討 第2回",
     alt(T0012, "utf-8", "quoted-printable", "0012", lang="ja"), style="outlook-jp", mailer=OUTLOOK, crlf=True,
     cc=[YAMAGUCHI], archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok",
           "伊藤：メリディアン シンクは、4月1日のアップデートで1テナントあたり最大1万ユーザーまで拡張されました。"),
         C("sync", "certifications", "ISMAP", "conflict",
           "大河内様：他社の営業の方から、メリディアン シンクはISMAPに登録済みと伺っていた。", office="unknown"),
         C("sync", "storage_per_user", 1 * TB, "ok", "山口：メリディアン シンクのストレージは1ユーザーあたり1TBです。"),
         C("vault", "sla", 99.95, "ok", "伊藤：メリディアン ボールトの稼働率は99.95％です。"),
         C("vault", "encryption", "AES-256", "ok", "伊藤：メリディアン ボールトの保存データはAES-256で暗号化されます。"),
     ],
     findings=[PH("ja.first-in-industry", "同製品は業界初の二拠点同時レプリケーション")])

# ====================================================================== 0013 London workshop write-up
T0013 = """Hi Siobhan,

Thanks for a lively session yesterday – the team clearly has plenty of reporting pain! Write-up below; I've kept people's words where they matter.

Meridian Insight discovery workshop – write-up
Monday 27 April 2026, Alderbank offices, Cardiff · 9 attendees

What we covered
- Harriet: Meridian Insight reaches general availability in January 2027; until then Alderbank can join the beta.
- Harriet: on the sample rent-arrears data, queries in Meridian Insight came back in about a second and a half.
- Ravi: pricing once GA is twenty-five pounds per user per month for Meridian Insight.
- Ravi: Meridian Insight supports up to two hundred dashboards. Alderbank's own estimate is about 35.
- Harriet: Meridian Insight gives you unlimited data sources, so the Civica feed and the repairs system can both come in.
- Gwen asked whether Insight could be hosted in the UK. Harriet to check.

Agreed next steps
1. Alderbank to nominate 12 beta users by 15 May.
2. Harriet to send the beta agreement.
3. Ravi to set up the sandbox workspace.

Warm regards,
Harriet

--
Harriet Doyle
Account Director, Public Sector | Meridian Data UK Ltd
T +44 (0)20 7946 0712 | M +44 (0)7700 900266
"""
mail("0013", "2026-04-28 17:45:02 +0100", HARRIET, [SIOBHAN], "Meridian Insight workshop – write-up",
     alt(T0013, "utf-8", "quoted-printable", "0013"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight reaches general availability in January 2027"),
         C("insight", "query_latency", dur(1.5, "seconds"), "conflict",
           "queries in Meridian Insight came back in about a second and a half."),
         C("insight", "per_user_price", money(25, "GBP", "user-month"), "ok",
           "pricing once GA is twenty-five pounds per user per month for Meridian Insight."),
         C("insight", "max_dashboards", 200, "ok", "Meridian Insight supports up to two hundred dashboards."),
     ],
     findings=[PH("en.unlimited", "unlimited data sources")])

# ====================================================================== 0014 US joint call recap, "Ken (Tokyo):"
T0014 = """Paul, all,

Recap of today's joint call on the Japan rollout. Speaker tags as usual; Ken joined from our Tokyo office.

Joint call recap – Redfern Freight Japan (Yokohama depot)
Tuesday, May 12, 2026 · 4:00–4:40 PM PT / Wednesday 8:00–8:40 AM JST

- Paul (Redfern): the Yokohama team is 340 people; we'd like them on the same tenant as the US.
- Megan (SF): one Meridian Sync tenant takes up to ten thousand users, so that's no problem.
- Ken (Tokyo): for the Japanese entity, Meridian Sync is ¥50,000 a month before tax.
- Carlos (SF): and the US contract stays at $399 a month for Meridian Sync.
- Ken (Tokyo): Meridian Vault data centers are Tokyo and Osaka for Japanese data, with Oregon for the US side.
- Paul (Redfern): can the Yokohama backups stay in Japan? Ken (Tokyo): yes, Osaka or Tokyo.
- Hiro Sato (Redfern Japan) asked about Japanese-language support hours. Ken to follow up.

Action items
- Ken: Japanese quote to Hiro by May 15.
- Carlos: add the Yokohama depot to the Vault sizing (about 18 TB).
- Megan: update the order form.

Carlos

Carlos Ortega
Solutions Engineer | Meridian Data, Inc.
+1 (415) 555-0187
"""
mail("0014", "2026-05-12 17:02:48 -0700", CARLOS, [PAUL, HIRO], "Joint call recap – Redfern Freight Japan",
     alt(T0014, "utf-8", "quoted-printable", "0014"), style="outlook-us", mailer=OUTLOOK, cc=[MEGAN, ITO],
     archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "one Meridian Sync tenant takes up to ten thousand users"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "office-variant",
           "for the Japanese entity, Meridian Sync is ¥50,000 a month before tax."),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok",
           "and the US contract stays at $399 a month for Meridian Sync."),
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon"], "ok",
             "Meridian Vault data centers are Tokyo and Osaka for Japanese data, with Oregon for the US side."),
     ])

# ====================================================================== 0015 Osaka 打合せ記録 (iPhone, b64)
T0015 = """淀川フーズ株式会社
北村様

お世話になっております。メリディアン・データ大阪の森です。
本日はありがとうございました。打合せ内容を簡単にまとめました。

◆打合せ記録（2026年5月26日 14:00〜15:00／貴社 摂津工場）
出席：北村様、谷口様／森

◆メリディアン ボールト
・北村様：既存NASの使用量は約120TB。今後3年で倍になる見込み。
・森：同製品のRPOは5分、失礼しました、正しくは15分です。
・森：テナントあたり最大五百テラバイトまで保存できますので、倍増後も問題ありません。
・森：稼働率は99.95％です。
・谷口様：保持期間を1年にできるか。→ 森が確認。

◆次回
6月9日（火）に概算見積りをご説明

取り急ぎ、よろしくお願いいたします。
""" + SIG_MORI_SHORT
mail("0015", "2026-05-26 16:21:33 +0900", MORI, [KITAMURA], "打合せ記録（5/26）",
     mime.text_part(T0015, "utf-8", "base64"), style="apple", mailer=IPHONE, archive=True,
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "森：同製品のRPOは5分、失礼しました、正しくは15分です。"),
         C("vault", "max_storage", 500 * TB, "ok", "森：テナントあたり最大五百テラバイトまで保存できますので、倍増後も問題ありません。"),
         C("vault", "sla", 99.95, "ok", "森：稼働率は99.95％です。"),
     ])

# ====================================================================== 0016 London call notes, wrong RPO
T0016 = """Hi Marcus,

Quick summary of this morning's call, as promised.

Call notes – Penhallow Housing / Meridian Data UK, 9 June 2026
On the call: Marcus Bell, Jo Tremayne (Penhallow); Ravi Patel (Meridian)

- Marcus: Penhallow backs up about 75 TB nightly today and loses up to a day of changes if the server room fails.
- Ravi: Meridian Vault's RPO is five minutes, so at most five minutes of changes would be lost.
- Ravi: Meridian Vault is £16 per TB per month, excluding VAT.
- Ravi: Meridian Vault keeps backups for 90 days by default.
- Ravi: honestly, Meridian Vault is the number one backup platform for housing associations.
- Jo asked whether restores can be done by their own staff. Yes – self-service restores from the portal.

Next steps: Ravi to send a pricing proposal for 80 TB; Jo to check budget timing (likely after the July board).

Cheers,
Ravi

Ravi Patel
Account Manager | Meridian Data UK Ltd
T +44 (0)20 7946 0455 | M +44 (0)7700 900731
"""
mail("0016", "2026-06-09 13:10:26 +0100", RAVI, [MARCUS], "Call notes – Penhallow / Meridian Vault",
     mime.text_part(T0016, "utf-8", "quoted-printable"), style="apple", mailer=APPLE, archive=True,
     claims=[
         C("vault", "rpo", dur(5, "minutes"), "conflict",
           "Ravi: Meridian Vault's RPO is five minutes, so at most five minutes of changes would be lost."),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
           "Ravi: Meridian Vault is £16 per TB per month, excluding VAT."),
         C("vault", "retention", dur(90, "days"), "ok", "Ravi: Meridian Vault keeps backups for 90 days by default."),
     ],
     findings=[PH("en.superlative", "Meridian Vault is the number one backup platform")])

# ====================================================================== 0017 US meeting notes, "a quarter of an hour"
T0017 = """Hi Laura,

Thanks to you and the infrastructure team for your time today. Meeting notes and action items below.

Meeting notes – Cedar Point Credit Union / Meridian Data
Tuesday, June 30, 2026, 1:00–2:00 PM CT (Teams)
Attendees: Laura Chen, Mike Brandt, Tasha Green (Cedar Point); Megan Lowell, Carlos Ortega (Meridian Data)

Recovery objectives
- Laura: examiners want a documented recovery point for the core banking exports.
- Carlos: Meridian Vault gives you an RPO of a quarter of an hour, worst case.
- Carlos: Meridian Vault retains backups for 90 days by default; longer retention is available as an add-on.
- Mike asked whether Meridian Vault can restore the whole environment within 4 hours. Carlos to get the RTO figures from product.

Performance
- Carlos: Meridian Vault has industry-leading restore speeds [1].

Pricing
- Megan: Meridian Vault is $20 per TB per month. At your 45 TB that comes to $900 a month before any multi-year discount.

Action items
- Carlos: RTO documentation and the SOC 2 report (under NDA).
- Megan: a 36-month quote for 45 TB.
- Tasha: current backup job inventory.

[1] Source: Halden Research, Backup Restore Benchmark, March 2026.

Best regards,
Megan

Megan Lowell | Account Executive
Meridian Data, Inc. | o: +1 (415) 555-0142
"""
mail("0017", "2026-06-30 15:37:14 -0700", MEGAN, [LAURA], "Meeting notes and action items – Cedar Point / Meridian Vault",
     alt(T0017, "utf-8", "quoted-printable", "0017"), style="outlook-us", mailer=OUTLOOK, crlf=True,
     cc=[CARLOS], archive=True,
     claims=[
         C("vault", "rpo", dur(0.25, "hours"), "ok", "Meridian Vault gives you an RPO of a quarter of an hour, worst case."),
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default"),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
     ])

# ====================================================================== 0018 Tokyo 議事メモ, wrong GA date
T0018 = """北斗化学株式会社
DX推進室　佐々木様、堀様

いつもお世話になっております。メリディアン・データの山口です。
昨日の定例会の議事メモをお送りいたします。

【定例会 議事メモ】2026年7月14日（火）16:00〜17:00（Teams）
出席：佐々木様、堀様（北斗化学）／山口、伊藤（メリディアン・データ）

■メリディアン インサイト
・山口：一般提供開始は2026年10月を予定しております。
・山口：無料トライアル期間は30日間です。
・山口：料金は1ユーザーあたり月額4,400円（税込）です。
・伊藤：同製品のクエリ応答時間は2秒以内です。
・伊藤：メリディアン インサイトは国内の製造業向けBIで顧客満足度No.1※を獲得しています。
・堀様：研究所の分析担当は約60名。まずは20名で試したい。

■宿題事項
・山口：トライアル環境（20ID）の発行
・堀様：評価観点のリスト化

※2026年5月 東京リサーチ調べ（国内製造業向けBIツール利用企業300社）

今後ともよろしくお願いいたします。

""" + SIG_YAMAGUCHI
mail("0018", "2026-07-15 10:05:47 +0900", YAMAGUCHI, [SASAKI], "定例会 議事メモ（7/14）",
     alt(T0018, "utf-8", "base64", "0018", lang="ja"), style="outlook-jp", mailer=OUTLOOK, cc=[ITO], archive=True,
     claims=[
         C("insight", "general_availability", "2026-10", "conflict", "山口：一般提供開始は2026年10月を予定しております。"),
         C("insight", "free_trial", dur(30, "days"), "ok", "山口：無料トライアル期間は30日間です。"),
         C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
           "山口：料金は1ユーザーあたり月額4,400円（税込）です。"),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "伊藤：同製品のクエリ応答時間は2秒以内です。"),
     ])

# ====================================================================== 0019 London reply over an Outlook header block
T0019 = """Hi Siobhan,

Good question, and I'm glad you asked before the board paper went out. From our Insight call this afternoon:

- Harriet: Meridian Insight reaches general availability in January 2027, not October 2026; the roadshow slide you saw was out of date.
- Harriet: the Meridian Insight free trial runs for 30 days from GA.

I'll send the updated roadmap slide separately.

Best wishes,
Harriet

--
Harriet Doyle
Account Director, Public Sector | Meridian Data UK Ltd
T +44 (0)20 7946 0712

________________________________
From: Siobhan Walsh <s.walsh@alderbank-housing.org.uk>
Sent: 28 July 2026 09:14
To: Harriet Doyle <harriet.doyle@uk.meridian-data.com>
Subject: Insight launch date for board paper

Hi Harriet,

Quick one before our call. At the Housing Technology roadshow in June we were told that Meridian Insight launches in October 2026. Our board paper currently says that. Is it still right, and how long is the free trial after launch?

Thanks,
Siobhan
"""
mail("0019", "2026-07-28 16:48:31 +0100", HARRIET, [SIOBHAN], "RE: Insight launch date for board paper",
     alt(T0019, "utf-8", "quoted-printable", "0019"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight reaches general availability in January 2027, not October 2026"),
         C("insight", "free_trial", dur(30, "days"), "ok", "the Meridian Insight free trial runs for 30 days from GA."),
         C("insight", "general_availability", "2026-10", "conflict",
           "we were told that Meridian Insight launches in October 2026.", quoted=True, office="unknown"),
     ])

# ====================================================================== 0020 US forward with attached Tokyo minutes (rfc822)
T0020_INNER = """佐藤様（Redfern Freight Japan）
cc: Carlos Ortega

お世話になっております。メリディアン・データの伊藤です。
本日のキックオフの議事録です。

【議事録】横浜デポ メリディアン シンク導入キックオフ
日時：2026年8月18日（火）10:00〜11:00
出席：佐藤様、川村様（Redfern Freight Japan）／伊藤（メリディアン・データ）、Carlos Ortega（オンライン）

1. 伊藤：メリディアン シンクは米国本社と同一テナントで、最大1万ユーザーまでご利用いただけます。
2. 伊藤：日本法人様向けの月額料金は5万円（税抜）です。
3. 川村様：倉庫内は電波が不安定。
4. 伊藤：メリディアン シンクはオフラインモードに対応していないため、倉庫内Wi-Fiの増強をご検討ください。
5. 佐藤様：9月末までに340名分のアカウントを発行したい。

以上
""" + SIG_ITO_SHORT
inner_dt = parse_dt("2026-08-18 12:31:05 +0900")
INNER = mime.message([
    ("From", mime.address(*ITO)), ("To", mime.address(*HIRO)), ("Cc", mime.address(*CARLOS)),
    ("Subject", mime.encoded_words("【議事録】横浜デポ キックオフ", "UTF-8")),
    ("Date", format_datetime(inner_dt)), ("Message-ID", "<%s>" % msgid("outlook-jp", "inner-0020")),
    ("MIME-Version", "1.0")], mime.text_part(T0020_INNER, "utf-8", "base64"))
T0020 = """Paul,

Ken's minutes from yesterday's Yokohama kickoff are attached (in Japanese – Hiro has the original). Short version in English:

- Meridian Sync covers up to 10k users on the shared tenant. The 340 Yokohama accounts are fine.
- Meridian Sync has a 99.9% uptime SLA in Japan as in the US.
- Hiro wants the accounts live by the end of September.

Carlos

Carlos Ortega
Solutions Engineer | Meridian Data, Inc.
+1 (415) 555-0187
"""
Q0020 = dict(quoted=True, office="tokyo", as_of="2026-08-19")
mail("0020", "2026-08-19 07:55:19 -0700", CARLOS, [PAUL], "Fwd: Yokohama kickoff minutes (Ken)",
     mime.multipart("mixed", [mime.text_part(T0020, "utf-8", "quoted-printable"),
                              mime.attached_message(INNER, "Yokohama_kickoff_minutes.eml")],
                    mime.boundary("0020"), "This is a multi-part message in MIME format."),
     style="outlook-us", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "Meridian Sync covers up to 10k users on the shared tenant."),
         C("sync", "sla", 99.9, "ok", "Meridian Sync has a 99.9% uptime SLA in Japan as in the US."),
         C("sync", "max_users", 10000, "ok", "伊藤：メリディアン シンクは米国本社と同一テナントで、最大1万ユーザーまでご利用いただけます。", **Q0020),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "伊藤：日本法人様向けの月額料金は5万円（税抜）です。", **Q0020),
         C("sync", "offline_mode", False, "ok",
           "伊藤：メリディアン シンクはオフラインモードに対応していないため、倉庫内Wi-Fiの増強をご検討ください。", **Q0020),
     ])

# ====================================================================== 0021 Osaka 打合せメモ, offline claimed (Thunderbird 8bit)
T0021 = """大西様

いつもお世話になっております。メリディアン・データ大阪の森です。
本日の打合せ内容をまとめました。

＜打合せメモ＞2026年9月8日（火）／貴社 南港センター
出席：大西様、松田様、堀内様／森

■メリディアン・シンク 全社展開について
・大西様：堺・尼崎を含めると、展開後の利用者は約3,100名になる見込み。
・森：メリディアン・シンクは1テナントで最大一万ユーザーまでご利用いただけますので、問題ございません。
・森：同製品はオフラインでもご利用いただけますので、トラックの車内でもファイルを編集できます。
・森：月額料金は月五万五千円（税込）です。
・堀内様：ドライバーのスマートフォンはAndroidとiPhoneが混在している。
・森：メリディアン・シンクはiOSとAndroidの両方に対応しています。

■次回
9月24日（木）15:00〜 展開スケジュールのご相談

以上、よろしくお願いいたします。

""" + SIG_MORI
mail("0021", "2026-09-08 18:30:12 +0900", MORI, [ONISHI], "打合せメモ（9/8 全社展開）",
     mime.text_part(T0021, "utf-8", "8bit", params="; format=flowed"), style="thunderbird", mailer=THUNDERBIRD,
     archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "森：メリディアン・シンクは1テナントで最大一万ユーザーまでご利用いただけますので、問題ございません。"),
         C("sync", "offline_mode", True, "conflict", "森：同製品はオフラインでもご利用いただけますので、トラックの車内でもファイルを編集できます。"),
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "森：月額料金は月五万五千円（税込）です。"),
         SET("sync", "supported_platforms", ["iOS", "Android"], "ok", "森：メリディアン・シンクはiOSとAndroidの両方に対応しています。"),
     ])

# ====================================================================== 0022 Tokyo interleaved answer (ISO-2022-JP)
T0022 = """大河内様

お世話になっております。メリディアン・データの伊藤です。
ご質問ありがとうございます。先日の打合せメモに追記する形で、以下のとおり回答いたします。

2026年10月5日(月) 17:40 大河内 聡 <s-okochi@hinode-ss.co.jp>:
> 1. メリディアン ボールトのバックアップはどのくらいの期間保持されますか。

メリディアン ボールトのバックアップ保持期間は、標準で九十日間です。

> 2. データセンターはどこにありますか。シンガポールにもあると聞きましたが本当でしょうか。

シンガポールには拠点がございません。メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4か所です。

> 3. 1TBあたりの料金を教えてください。

同製品は1TBあたり月額2,800円（税抜）です。

ほかにご不明点がございましたら、お気軽にお知らせください。

""" + SIG_ITO
mail("0022", "2026-10-06 10:14:55 +0900", ITO, [OKOCHI], "Re: 打合せの補足質問（メリディアン ボールト）",
     mime.text_part(T0022, "ISO-2022-JP", "7bit"), style="gmail", charset="ISO-2022-JP", archive=True,
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", "メリディアン ボールトのバックアップ保持期間は、標準で九十日間です。"),
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
             "メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4か所です。"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "同製品は1TBあたり月額2,800円（税抜）です。"),
     ])

# ====================================================================== 0023 London renewal review (windows-1252)
T0023 = """Hi Tom,

Notes from today's renewal review, for your records.

Kingsway Care Group - renewal review, 27 October 2026
Present: Tom Reid, Anita Shah (Kingsway); Ravi Patel (Meridian Data UK)

- Tom: the group is now at 2,140 staff after the two acquisitions, with 1,300 on Meridian Sync.
- Ravi: Meridian Sync now goes up to ten K users per organisation, so there's room for the next acquisition too.
- Ravi: the uptime commitment on Meridian Sync stays at ninety-nine point nine per cent.
- Ravi: Meridian Sync runs on Windows, macOS, iOS and Android, so the new tablets are covered.
- Ravi: renewal price for Meridian Sync is unchanged at £329 a month ex VAT.
- Anita asked whether Kingsway could move to a three-year term. Ravi to check.

Thanks,
Ravi

Ravi Patel
Account Manager | Meridian Data UK Ltd
T +44 (0)20 7946 0455
"""
mail("0023", "2026-10-27 15:22:40 +0000", RAVI, [TOMREID], "Renewal review notes – 27 October",
     mime.text_part(T0023, "windows-1252", "quoted-printable"), style="outlook-uk", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "Ravi: Meridian Sync now goes up to ten K users per organisation"),
         C("sync", "sla", 99.9, "ok", "the uptime commitment on Meridian Sync stays at ninety-nine point nine per cent."),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "Ravi: Meridian Sync runs on Windows, macOS, iOS and Android, so the new tablets are covered."),
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Ravi: renewal price for Meridian Sync is unchanged at £329 a month ex VAT."),
     ])

# ====================================================================== 0024 Osaka 議事録, 55,000 with no tax word
T0024 = """北村様

お世話になっております。メリディアン・データ大阪の森です。
11月9日の打合せ議事録をお送りします。

【議事録】淀川フーズ様 ファイル共有刷新 打合せ
日時：2026年11月9日（月）10:00〜11:00
出席：北村様、谷口様／森

■メリディアン シンク
・森：メリディアン シンクは月五万五千円です。
・森：稼働率は九十九・九パーセントで、業界最安の料金で提供しております。
・谷口様：本社の約450名から導入し、翌年に工場へ広げたい。
・森：メリディアン シンクは最大一万ユーザーまでご利用いただけます。

■メリディアン ボールト（前回からの継続）
・森：前回お伝えしたとおり、同製品の容量単価は1TBあたり月額2,800円（税抜）です。

■宿題
・森：お見積書（シンク450名分、ボールト120TB）を11月16日までに送付

以上です。

""" + SIG_MORI
mail("0024", "2026-11-10 09:12:30 +0900", MORI, [KITAMURA], "【議事録】11/9 打合せ",
     mime.text_part(T0024, "utf-8", "8bit"), style="thunderbird", mailer=THUNDERBIRD,
     claims=[
         C("sync", "monthly_price", money(55000, "JPY", "month"), "conflict", "森：メリディアン シンクは月五万五千円です。"),
         C("sync", "sla", 99.9, "ok", "森：稼働率は九十九・九パーセントで、業界最安の料金で提供しております。"),
         C("sync", "max_users", 10000, "ok", "森：メリディアン シンクは最大一万ユーザーまでご利用いただけます。"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "森：前回お伝えしたとおり、同製品の容量単価は1TBあたり月額2,800円（税抜）です。"),
     ],
     findings=[PH("ja.cheapest", "業界最安の料金")])

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "general_availability", ("london", "tokyo")),
    ("meridian-sync", "max_users", ("london", "tokyo")),
    ("meridian-sync", "offline_mode", ("osaka", "tokyo")),
    ("meridian-sync", "sla", ("osaka", "tokyo")),
    ("meridian-vault", "rpo", ("london", "osaka")),
    ("meridian-vault", "rpo", ("london", "us-hq")),
]

from docs_content import DOCS  # noqa: E402,F401
