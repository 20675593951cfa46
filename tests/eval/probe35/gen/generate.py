#!/usr/bin/env python3
"""Generate evaluation set 35 (one-pagers, FAQs, spec sheets). Stdlib only, deterministic.

    python3 gen/generate.py        # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl
"""
import base64, datetime, email.utils, html, json, os, quopri, re, shutil
from email.header import Header

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_DATE = "2026-11-22"
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"

OFFICE_OF = [("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
             ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")]


def office(addr):
    return next((o for suf, o in OFFICE_OF if addr.lower().endswith(suf)), "unknown")


def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def dur(n, unit):
    return {"amount": n, "unit": unit}


TB = 10 ** 12


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return dict(kind="claim", product=product, attribute=attribute, value=value, verdict=verdict,
                text=text, quoted=quoted, office=office)


def P(rule, text, quoted=False):
    return dict(kind="phrase", rule=rule, product=None, text=text, quoted=quoted)


def T(product, text, quoted=False):
    return dict(kind="terminology", rule=None, product=product, text=text, quoted=quoted)


# ------------------------------------------------------------------ MIME building
def enc_header(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    return email.utils.formataddr((name, a), charset=cs) if name else a


def body_bytes(text, cs, cte):
    """-> (bytes, cte) with CRLF line ends, as a real mailer would put them on the wire."""
    raw = text.replace("\r\n", "\n")
    if cte == "base64":
        b = base64.encodebytes(raw.replace("\n", "\r\n").encode(cs)).decode("ascii")
        return b.replace("\n", "\r\n").encode("ascii")
    if cte == "quoted-printable":
        q = quopri.encodestring(raw.encode(cs)).decode("ascii")
        return q.replace("\n", "\r\n").encode("ascii")
    return raw.replace("\n", "\r\n").encode(cs)        # 7bit / 8bit


def text_part(text, cs="utf-8", cte="8bit", sub="plain", extra=""):
    b = body_bytes(text, cs, cte)
    h = 'Content-Type: text/%s; charset="%s"%s\r\nContent-Transfer-Encoding: %s\r\n' % (sub, cs, extra, cte)
    return h.encode("ascii"), b


def multipart(sub, parts, boundary):
    out = b"This is a multi-part message in MIME format.\r\n"
    for h, b in parts:
        out += b"\r\n--" + boundary.encode() + b"\r\n" + h + b"\r\n" + b
    out += b"\r\n--" + boundary.encode() + b"--\r\n"
    return ('Content-Type: multipart/%s;\r\n boundary="%s"\r\n' % (sub, boundary)).encode("ascii"), out


def rfc822_part(raw, name):
    h = ('Content-Type: message/rfc822; name="%s"\r\nContent-Disposition: attachment; filename="%s"\r\n'
         % (name, name)).encode("ascii")
    return h, raw


def message(date, frm, to, subject, mid, part, cs="utf-8", irt=None, cc=None, extra=()):
    hs = ["Return-Path: <%s>" % email.utils.parseaddr(frm)[1],
          "Date: %s" % date, "From: %s" % frm, "To: %s" % to]
    if cc:
        hs.append("Cc: %s" % cc)
    hs += ["Subject: %s" % enc_header(subject, cs), "Message-ID: <%s>" % mid]
    if irt:
        hs += ["In-Reply-To: <%s>" % irt, "References: <%s>" % irt]
    hs += list(extra) + ["MIME-Version: 1.0"]
    h, b = part
    return ("\r\n".join(hs) + "\r\n").encode("utf-8") + h + b"\r\n" + b


def rfcdate(s, tz):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def simple_html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(("• ", "- ", "・")) for l in lines):
            out.append("<ul>\n" + "\n".join("<li>%s</li>" % html.escape(l[2:] if l[1] == " " else l[1:])
                                            for l in lines) + "\n</ul>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


MAILS = []      # dicts: num, date(YYYY-MM-DD), mid, from, raw, items, mbox, texts (decoded, for checks)


def add_mail(num, date, tz, frm_name, frm, to, subject, mid, part, texts, items, mbox=False, cs="utf-8",
             irt=None, cc=None, extra=()):
    raw = message(rfcdate(date, tz), addr(frm_name, frm, cs), to, subject, mid, part, cs, irt, cc, extra)
    MAILS.append(dict(num=num, date=date[:10], dt=date, tz=tz, mid=mid, frm=frm, raw=raw, items=items,
                      mbox=mbox, texts=texts))
    return raw


# ================================================================== mails
SIG_SATO = """--
メリディアンデータ株式会社 東京支社
営業部 佐藤 健（Ken Sato）
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL: 03-5555-0187 / FAX: 03-5555-0188
k.sato@jp.meridian-data.com
"""
SIG_YAMAMOTO = """━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社 東京支社
ソリューション営業部 山本 彩
〒100-0005 東京都千代田区丸の内2-4-1 18F
TEL 03-5555-0190（直通） 携帯 090-5555-0731
━━━━━━━━━━━━━━━━━━━━
"""
SIG_NAKAMURA = """――――――――――――――――――――
メリディアンデータ株式会社 大阪支店
営業課 中村 大輔
〒530-0001 大阪市北区梅田3-1-3 ノースゲートビル12F
TEL 06-6555-0123 / FAX 06-6555-0124
――――――――――――――――――――
"""
SIG_FUJII = """************************************
メリディアンデータ株式会社 大阪支店
営業課 藤井 真理（ふじい まり）
〒530-0001 大阪市北区梅田3-1-3 12F
TEL：06-6555-0127
************************************
"""
SIG_OLIVER = """Oliver Grant
Senior Account Manager, Financial Services
Meridian Data Ltd | 20 Finsbury Square, London EC2A 1BR
T +44 20 7946 0321 | M +44 7700 900417
Registered in England and Wales, company no. 08812345. VAT GB 318 4471 26.
"""
SIG_HANNAH = """--
Hannah Okafor
Public Sector Account Director
Meridian Data Ltd, 20 Finsbury Square, London EC2A 1BR
+44 20 7946 0388 | uk.meridian-data.com
"""
SIG_JORDAN = """Jordan Ellis | Account Executive, Healthcare
Meridian Data Inc. · 535 Mission Street, 14th Floor, San Francisco, CA 94105
M +1 (415) 555-0142 · meridian-data.com
"""
SIG_PRIYA = """--
Priya Raman
Solutions Engineer, Meridian Data Inc.
535 Mission St, San Francisco, CA 94105 | +1 415 555 0177
"""

# ---------------------------------------------------------------- 0001 tokyo -> customer (Insight FAQ excerpt)
M1_TEXT = """株式会社ミナト物流
情報システム部 田中様

いつもお世話になっております。メリディアンデータ東京支社の佐藤です。
先日のお打ち合わせでご質問いただいた点について、弊社FAQから抜粋してお送りいたします。

――――――――――――――――――
■ メリディアン インサイト よくあるご質問（抜粋）

Q：正式版はいつ提供されますか？
A：メリディアン インサイトは2027年1月に一般提供を開始する予定です。

Q：無料で試すことはできますか？
A：メリディアン インサイトには30日間の無料トライアルがございます。

Q：料金を教えてください。
A：メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。

Q：ダッシュボードはいくつまで作れますか？
A：メリディアン インサイトでは最大200個のダッシュボードを作成できます。
――――――――――――――――――

なお、お見積りは分析チームの皆様45名分で作成しております。
（※お見積り有効期限：2026年6月30日）
次回のお打ち合わせは6月17日（水）14時からを予定しております。

引き続きよろしくお願いいたします。

""" + SIG_SATO
M1_CLAIMS = [
    C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始する予定です。"),
    C(I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトには30日間の無料トライアルがございます。"),
    C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
      "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。"),
    C(I, "max_dashboards", 200, "ok", "メリディアン インサイトでは最大200個のダッシュボードを作成できます。"),
]
M1_ID = "CAHk7Qx2+minato0603.9f1c@mail.gmail.com"
add_mail("0001", "2026-06-03 10:12:33", "+0900", "佐藤 健", "k.sato@jp.meridian-data.com",
         "tanaka.h@minato-logi.co.jp", "【メリディアン インサイト】FAQ抜粋のご送付", M1_ID,
         multipart("alternative", [text_part(M1_TEXT, "utf-8", "base64"),
                                   text_part(simple_html(M1_TEXT), "utf-8", "base64", "html")],
                   "000000000000a1b2c3060f4e1d01"), [M1_TEXT], M1_CLAIMS)

# ---------------------------------------------------------------- 0002 customer reply, quotes 0001 (ja gmail header)
M2_OWN = """佐藤様

ミナト物流の田中です。早速のご回答ありがとうございます。
社内で検討したところ、要件としてダッシュボードは150個程度、利用者は最大60名を想定しております。
トライアル期間中に作成したダッシュボードは、本契約後もそのまま使えますでしょうか。

お手数ですが、ご確認のほどよろしくお願いいたします。

田中 浩
株式会社ミナト物流 情報システム部
〒455-0032 名古屋市港区入船1-7-41
TEL 052-555-0142

"""
M2_TEXT = M2_OWN + "2026年6月3日(水) 10:12 佐藤 健 <k.sato@jp.meridian-data.com>:\n" + quote_gt(M1_TEXT)
M2_ITEMS = [dict(c, quoted=True, office="tokyo") for c in M1_CLAIMS]
add_mail("0002", "2026-06-05 16:40:02", "+0900", "田中 浩", "tanaka.h@minato-logi.co.jp",
         addr("佐藤 健", "k.sato@jp.meridian-data.com"), "Re: 【メリディアン インサイト】FAQ抜粋のご送付",
         "CAMnT4k0w-minato0605.22e1@mail.gmail.com", text_part(M2_TEXT, "utf-8", "quoted-printable"),
         [M2_TEXT], M2_ITEMS, irt=M1_ID)

# ---------------------------------------------------------------- 0003 us-hq -> customer (Sync one-pager paste)
M3_TEXT = """Hi Dana,

Great to meet you and the team on Monday. As promised, here is the summary from the Meridian Sync one-pager, pasted in so you don't have to open the PDF on your phone:

  "Meridian Sync scales to 10,000 users per tenant* and gives every user 1 TB of storage. Meridian Sync is backed by a 99.9%† monthly uptime SLA."
  Meridian Sync compliance: ✓ SOC 2 Type II  ✓ ISO 27001
  * Per tenant, based on internal load testing.
  † Excluding scheduled maintenance windows.

List price for Meridian Sync is $399 per month, billed annually. For the 350 clinicians in your pilot group we would start with a single tenant, and I've applied the 8% healthcare discount we discussed to the order form.

Can we hold Thursday 18 June, 2:00-3:00 pm ET for the security review? I'll bring our CISO.

Best,
Jordan

""" + SIG_JORDAN
add_mail("0003", "2026-06-10 09:05:41", "-0700", "Jordan Ellis", "jordan.ellis@meridian-data.com",
         "Dana Whitfield <dana.whitfield@whitfieldhealth.org>", "Meridian Sync one-pager + next steps",
         "CAF3p9Rk=Wh1tf1eld0610x@mail.gmail.com", text_part(M3_TEXT, "utf-8", "quoted-printable"), [M3_TEXT], [
    C(S, "max_users", 10000, "ok", "Meridian Sync scales to 10,000 users per tenant*"),
    C(S, "storage_per_user", TB, "ok", "gives every user 1 TB of storage"),
    C(S, "sla", 99.9, "ok", "Meridian Sync is backed by a 99.9%† monthly uptime SLA."),
    C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync compliance: ✓ SOC 2 Type II  ✓ ISO 27001"),
    C(S, "certifications", "ISO 27001", "ok", "Meridian Sync compliance: ✓ SOC 2 Type II  ✓ ISO 27001"),
    C(S, "monthly_price", money(399, "USD", "month"), "ok", "List price for Meridian Sync is $399 per month, billed annually."),
], mbox=True)

# ---------------------------------------------------------------- 0004 london -> customer (Vault key facts), cp1252 QP
M4_TEXT = """Hi Rachel,

Thanks for your time on the call this morning. Below is the key-facts panel from the Meridian Vault datasheet, as requested for your board pack.

Meridian Vault – key facts
- Meridian Vault RPO: 15 minutes
- Meridian Vault default retention: 90 days
- Meridian Vault pricing: £16 per TB per month, excluding VAT
- Meridian Vault data centres: Frankfurt and Oregon for UK customers
- Meridian Vault restores: back online within 4 hours for a full-site recovery

On your current estate of roughly 180 TB, the first-year figure in the attached quote already includes the 12% multi-year discount.

I'd also flag that our industry-leading immutability features were the main reason the Leeds team chose us last year.

Kind regards,

""" + SIG_OLIVER
M4_ITEMS = [
    C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault RPO: 15 minutes"),
    C(V, "retention", dur(90, "days"), "ok", "Meridian Vault default retention: 90 days"),
    C(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
      "Meridian Vault pricing: £16 per TB per month, excluding VAT"),
    C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault data centres: Frankfurt and Oregon for UK customers"),
    C(V, "data_centers", "Oregon", "ok", "Meridian Vault data centres: Frankfurt and Oregon for UK customers"),
    C(V, "rto", dur(4, "hours"), "unverified", "Meridian Vault restores: back online within 4 hours for a full-site recovery"),
    P("en.superlative", "our industry-leading immutability features"),
]
M4_ID = "LO2P265MB4471C0FFEE3A9B1D2E8F0A1BC4D2@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM"
M4_HTML = simple_html(M4_TEXT).replace("charset=utf-8", "charset=windows-1252")
add_mail("0004", "2026-06-18 11:04:19", "+0100", "Oliver Grant", "oliver.grant@uk.meridian-data.com",
         "Rachel Cole <r.cole@penninebs.co.uk>", "Meridian Vault - key facts for your board pack", M4_ID,
         multipart("alternative", [text_part(M4_TEXT, "windows-1252", "quoted-printable"),
                                   text_part(M4_HTML, "windows-1252", "quoted-printable", "html")],
                   "_000_LO2P265MB4471C0FFEE3A9B_"), [M4_TEXT], M4_ITEMS, mbox=True,
         extra=["Thread-Topic: Meridian Vault - key facts for your board pack", "Content-Language: en-GB"])

# ---------------------------------------------------------------- 0005 customer reply, Outlook header block quote of 0004
M5_TEXT = """Oliver,

Thanks - this is useful. One point from our IT risk team: a partner we spoke to in April told us Meridian Vault only keeps backups for 30 days unless you pay for an extended tier. Can you confirm which is right?

Also, our board meets on 9 July, so anything after the 3rd is too late for the pack.

Regards
Rachel Cole
Head of IT Risk | Pennine Building Society
Tel 01422 555 019 | Registered office: 1 Mill Yard, Halifax HX1 1AA

-----Original Message-----
From: Oliver Grant <oliver.grant@uk.meridian-data.com>
Sent: 18 June 2026 11:04
To: Rachel Cole <r.cole@penninebs.co.uk>
Subject: Meridian Vault - key facts for your board pack

""" + M4_TEXT
M5_ITEMS = [C(V, "retention", dur(30, "days"), "conflict",
              "a partner we spoke to in April told us Meridian Vault only keeps backups for 30 days")] + \
    [dict(c, quoted=True, office="london") for c in M4_ITEMS]
add_mail("0005", "2026-06-22 08:51:37", "+0100", "Rachel Cole", "r.cole@penninebs.co.uk",
         "Oliver Grant <oliver.grant@uk.meridian-data.com>", "RE: Meridian Vault - key facts for your board pack",
         "DB9PR10MB5567A1E2B3C4D5E6F708192A3B4C@DB9PR10MB5567.EURPRD10.PROD.OUTLOOK.COM",
         text_part(M5_TEXT, "windows-1252", "quoted-printable"), [M5_TEXT], M5_ITEMS, cs="windows-1252", irt=M4_ID)

# ---------------------------------------------------------------- 0006 osaka -> customer (Sync spec excerpt), Shift_JIS
M6_TEXT = """北浜精工株式会社
総務部 石田様

いつも大変お世話になっております。
メリディアンデータ大阪支店の中村でございます。

ご依頼いただいておりましたメリディアン シンクの仕様書から、主な項目を抜粋してお送りいたします。

【メリディアン シンク 主な仕様（抜粋）】
・メリディアン シンクの最大ユーザー数：1万名
・メリディアン シンクの月額料金：50,000円（税抜）
・メリディアン シンクの対応OS：Windows／macOS／iOS／Android

また、メリディアン シンクはオフライン環境でも閲覧・編集が可能ですので、工場内の電波が弱いエリアでも安心してお使いいただけます。
クラウド上のデータが消えることは絶対にありませんので、ご安心ください。

今回のお見積りは120ライセンス、初年度は10％のお値引きを適用しております。
7月9日（木）10時に改めてご訪問させていただければ幸いです。

何卒よろしくお願い申し上げます。

""" + SIG_NAKAMURA
add_mail("0006", "2026-07-02 13:27:50", "+0900", "中村 大輔", "d.nakamura@osaka.jp.meridian-data.com",
         "ishida@kitahama-seiko.co.jp", "【ご案内】メリディアン シンク 仕様書抜粋", 
         "000a01dcf2a1$4be19c50$e3a4d4f0$@osaka.jp.meridian-data.com",
         text_part(M6_TEXT, "shift_jis", "base64"), [M6_TEXT], [
    C(S, "max_users", 10000, "ok", "・メリディアン シンクの最大ユーザー数：1万名"),
    C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "・メリディアン シンクの月額料金：50,000円（税抜）"),
    C(S, "supported_platforms", "Windows", "ok", "・メリディアン シンクの対応OS：Windows／macOS／iOS／Android"),
    C(S, "supported_platforms", "macOS", "ok", "・メリディアン シンクの対応OS：Windows／macOS／iOS／Android"),
    C(S, "supported_platforms", "iOS", "ok", "・メリディアン シンクの対応OS：Windows／macOS／iOS／Android"),
    C(S, "supported_platforms", "Android", "ok", "・メリディアン シンクの対応OS：Windows／macOS／iOS／Android"),
    C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフライン環境でも閲覧・編集が可能ですので"),
    P("ja.absolute", "クラウド上のデータが消えることは絶対にありませんので、ご安心ください。"),
], cs="shift_jis", extra=["X-Mailer: Microsoft Outlook 16.0"])

# ---------------------------------------------------------------- 0007 tokyo -> customer (Vault datasheet Q/A), ISO-2022-JP
M7_TEXT = """しらかわ建設株式会社
情報システム課 小野様

いつもお世話になっております。
メリディアンデータ東京支社の山本でございます。
先日お問い合わせいただいたバックアップサービスについて、データシートの要点をまとめました。

■メリディアン ボールト データシート（要点）

Q．RPO（目標復旧時点）はどのくらいですか。
A．メリディアン ボールトのRPOは15分です。

Q．稼働率の保証はありますか。
A．メリディアン ボールトのSLAは99.95％でございます。

Q．データはどこに保管されますか。
A．国内のお客様は、メリディアン ボールトの東京・大阪のデータセンターをご利用いただけます。

Q．料金は？
A．メリディアン ボールトは1TBあたり月額2,800円（税抜）です。

Q．容量の上限は？
A．メリディアン ボールトは1テナントあたり最大500TBまで保存できます。

現在の図面データは約40TBとお伺いしておりますので、お見積りはその前提で作成いたします。
来週火曜日の定例会にてご説明できれば幸いです。

""" + SIG_YAMAMOTO
M7_ID = "TYCPR01MB8843E2A7C51B9F0D3A6E1F22B8C4A@TYCPR01MB8843.jpnprd01.prod.outlook.com"
M7_ITEMS = [
    C(V, "rpo", dur(15, "minutes"), "ok", "A．メリディアン ボールトのRPOは15分です。"),
    C(V, "sla", 99.95, "ok", "A．メリディアン ボールトのSLAは99.95％でございます。"),
    C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトの東京・大阪のデータセンターをご利用いただけます。"),
    C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトの東京・大阪のデータセンターをご利用いただけます。"),
    C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "A．メリディアン ボールトは1TBあたり月額2,800円（税抜）です。"),
    C(V, "max_storage", 500 * TB, "ok", "A．メリディアン ボールトは1テナントあたり最大500TBまで保存できます。"),
]
add_mail("0007", "2026-07-08 15:02:11", "+0900", "山本 彩", "aya.yamamoto@jp.meridian-data.com",
         addr("小野 雅人", "ono@shirakawa-kensetsu.co.jp", "iso-2022-jp"), "メリディアン ボールト データシートの要点",
         M7_ID, text_part(M7_TEXT, "iso-2022-jp", "7bit"), [M7_TEXT], M7_ITEMS, mbox=True, cs="iso-2022-jp")

# ---------------------------------------------------------------- 0008 us-hq -> customer (Insight comparison table)
M8_TEXT = """Hi Marcus,

Following up on Tuesday's demo. Here's the comparison slide your CFO asked for, in plain text in case the table doesn't render:

Meridian Insight vs. spreadsheets
                              Meridian Insight    Spreadsheets
Dashboards per workspace      up to 200           —
Query latency (p95)           under 2 s           —
Free trial                    30 days             —
Scheduled PDF exports         ✓                   ✗
Row-level security            ✓                   ✗

Meridian Insight is $30 per user per month. Meridian Insight is in public beta today, with general availability planned for January 2027.

For your 85 analysts, that is the number on page 2 of the quote.

Thanks,
Priya

""" + SIG_PRIYA
M8_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div dir="ltr"><p>Hi Marcus,</p>
<p>Following up on Tuesday's demo. Here's the comparison slide your CFO asked for, in plain text in case the table doesn't render:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<caption><b>Meridian Insight vs. spreadsheets</b></caption>
<tr><th></th><th>Meridian Insight</th><th>Spreadsheets</th></tr>
<tr><td>Dashboards per workspace</td><td>up to 200</td><td>&mdash;</td></tr>
<tr><td>Query latency (p95)</td><td>under 2 s</td><td>&mdash;</td></tr>
<tr><td>Free trial</td><td>30 days</td><td>&mdash;</td></tr>
<tr><td>Scheduled PDF exports</td><td>&#10003;</td><td>&#10007;</td></tr>
<tr><td>Row-level security</td><td>&#10003;</td><td>&#10007;</td></tr>
</table>
<p>Meridian Insight is $30 per user per month. Meridian Insight is in public beta today, with general availability planned for January 2027.</p>
<p>For your 85 analysts, that is the number on page 2 of the quote.</p>
<p>Thanks,<br>Priya</p>
<p>--<br>Priya Raman<br>Solutions Engineer, Meridian Data Inc.<br>535 Mission St, San Francisco, CA 94105 | +1 415 555 0177</p>
</div></body></html>
"""
M8_ID = "CAB9xQpT5-Cobalt0715.7a2e@mail.gmail.com"
add_mail("0008", "2026-07-15 14:22:09", "-0700", "Priya Raman", "priya.raman@meridian-data.com",
         "Marcus Lee <marcus.lee@cobaltfreight.com>", "Meridian Insight vs. spreadsheets (slide for your CFO)", M8_ID,
         multipart("alternative", [text_part(M8_TEXT, "utf-8", "quoted-printable"),
                                   text_part(M8_HTML, "utf-8", "quoted-printable", "html")],
                   "00000000000077c1d9062b0e55a8"), [M8_TEXT], [
    C(I, "max_dashboards", 200, "ok", "Dashboards per workspace      up to 200"),
    C(I, "query_latency", dur(2, "seconds"), "ok", "Query latency (p95)           under 2 s"),
    C(I, "free_trial", dur(30, "days"), "ok", "Free trial                    30 days"),
    C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month."),
    C(I, "general_availability", "2027-01", "ok",
      "Meridian Insight is in public beta today, with general availability planned for January 2027."),
], mbox=True)

# ---------------------------------------------------------------- 0009 london -> customer (wrong RPO, London DC, old name)
M9_TEXT = """Dear Mr Patel,

Thank you for your questions after the tender clarification meeting on 20 July.

1. Recovery point: Meridian Vault gives you a 5-minute RPO, so at most five minutes of changes are at risk.
2. Hosting: Meridian Vault is hosted in our London data centre, so your backups stay in the UK.
3. Migration: if any departments are still on Meridian FileSync, moving them to Meridian Sync is included at no cost. The migration guide is at https://docs.meridian-data.com/MeridianFileSync/migration-guide.

Our response to Lot 3 (backup and recovery, 2,400 staff mailboxes) will follow by 31 July as set out in the ITT timetable.

Kind regards,
""" + SIG_HANNAH
add_mail("0009", "2026-07-22 17:45:03", "+0100", "Hannah Okafor", "h.okafor@uk.meridian-data.com",
         "Vikram Patel <v.patel@greyfriars.ac.uk>", "Greyfriars ITT 2026/114 - clarification answers",
         "7c1e5a9b-3f0d-4e2a-9b61-0f2d8c4a7e19@uk.meridian-data.com",
         text_part(M9_TEXT, "utf-8", "8bit", extra="; format=flowed"), [M9_TEXT], [
    C(V, "rpo", dur(5, "minutes"), "conflict", "Meridian Vault gives you a 5-minute RPO"),
    C(V, "data_centers", "London", "conflict", "Meridian Vault is hosted in our London data centre"),
    T(S, "if any departments are still on Meridian FileSync"),
], mbox=True, extra=["User-Agent: Mozilla Thunderbird"])

# ---------------------------------------------------------------- 0010 us-hq interleaved reply to customer
M10_TEXT = """Hi Marcus, answers inline below.

On Thu, Jul 23, 2026 at 4:47 PM Marcus Lee <marcus.lee@cobaltfreight.com> wrote:
> Thanks Priya. A few follow-ups from the team:
>
> 1. How long is the Meridian Insight trial, and does it need a card?

Meridian Insight's free trial is 30 days, and no card is needed to start.

> 2. Another vendor told us their BI tool has unlimited dashboards. Is there a cap on yours?

Yes: Meridian Insight supports up to 200 dashboards per workspace. Your team's sketch had around 40, so there's plenty of headroom.

> 3. Can we connect Snowflake?

Yes, Snowflake is one of the standard connectors.

Priya

""" + SIG_PRIYA
add_mail("0010", "2026-07-25 10:03:55", "-0700", "Priya Raman", "priya.raman@meridian-data.com",
         "Marcus Lee <marcus.lee@cobaltfreight.com>", "Re: Meridian Insight vs. spreadsheets (slide for your CFO)",
         "CAB9xQpU0-Cobalt0725.11fd@mail.gmail.com", text_part(M10_TEXT, "us-ascii", "7bit"), [M10_TEXT], [
    C(I, "free_trial", dur(30, "days"), "ok", "Meridian Insight's free trial is 30 days, and no card is needed to start."),
    C(I, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
    P("en.unlimited", "Another vendor told us their BI tool has unlimited dashboards.", quoted=True),
], mbox=True, irt="CAK2mLee0723.cobalt.44b@mail.gmail.com")

# ---------------------------------------------------------------- 0011 osaka -> customer (Insight Q./A.), ISO-2022-JP
M11_TEXT = """なにわ食品株式会社
経営企画部 小林様

お世話になっております。メリディアンデータ大阪支店の藤井です。
先日はメリディアン インサイトのデモにお時間をいただき、誠にありがとうございました。

ご質問いただいた点について、以下のとおりご回答いたします。

Q. お試し期間はありますか？
A. メリディアン インサイトは60日間の無料トライアルをご利用いただけます。

Q. 費用はどのくらいですか？
A. メリディアン インサイトは1ユーザーあたり月額4,400円（税込）でございます。

また、メリディアン インサイトは業界初のAI自動インサイト機能を搭載しており、売上データの異常値を自動で検知いたします。

トライアルのお申し込みを8月末までにいただければ、9月の店舗会議に間に合うかと存じます。
どうぞよろしくお願いいたします。

""" + SIG_FUJII
add_mail("0011", "2026-08-05 11:30:44", "+0900", "藤井 真理", "m.fujii@osaka.jp.meridian-data.com",
         "kobayashi.y@naniwa-foods.co.jp", "メリディアン インサイト ご質問への回答",
         "20260805113044.5E1A.M.FUJII@osaka.jp.meridian-data.com",
         text_part(M11_TEXT, "iso-2022-jp", "7bit"), [M11_TEXT], [
    C(I, "free_trial", dur(60, "days"), "conflict", "A. メリディアン インサイトは60日間の無料トライアルをご利用いただけます。"),
    C(I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
      "A. メリディアン インサイトは1ユーザーあたり月額4,400円（税込）でございます。"),
    P("ja.first-in-industry", "メリディアン インサイトは業界初のAI自動インサイト機能を搭載しており"),
], mbox=True, cs="iso-2022-jp", extra=["X-Mailer: Becky! ver. 2.81.04"])

# ---------------------------------------------------------------- 0012 tokyo (March 2026: 5,000 still valid)
M12_TEXT = """青葉印刷株式会社
総務部 遠藤様

いつもお世話になっております。
メリディアンデータ東京支社の佐藤です。
ご質問の件、以下のとおりご回答申し上げます。

・メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
・メリディアン シンクの月額料金は50,000円（税込）です。
・メリディアン シンクはISMAPに登録済みのサービスです。

4月の新年度に合わせた導入をご希望とのことですので、3月25日までにご発注いただければ間に合います。

""" + SIG_SATO
add_mail("0012", "2026-03-10 09:48:21", "+0900", "佐藤 健", "k.sato@jp.meridian-data.com",
         "endo@aoba-print.co.jp", "Re: メリディアン シンクについてのご質問",
         "CAHk7Qx9+aoba0310.0c44@mail.gmail.com", text_part(M12_TEXT, "iso-2022-jp", "7bit"), [M12_TEXT], [
    C(S, "max_users", 5000, "ok", "・メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    C(S, "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "・メリディアン シンクの月額料金は50,000円（税込）です。"),
    C(S, "certifications", "ISMAP", "conflict", "・メリディアン シンクはISMAPに登録済みのサービスです。"),
], mbox=True, cs="iso-2022-jp")

# ---------------------------------------------------------------- 0013 us-hq (April 2026: 10,000 now valid)
M13_TEXT = """Hi Sam,

Good news on the headcount question from last week: as of this month, Meridian Sync supports up to 10,000 users per tenant, so you can bring all three offices onto one tenant.
From a licensing point of view nothing else changes for you.

Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report is available under NDA through the trust portal.

I'm out Friday, but Carla can walk your team through the admin console on Thursday at 11am PT.

Thanks,
Jordan

""" + SIG_JORDAN
add_mail("0013", "2026-04-14 12:17:30", "-0700", "Jordan Ellis", "jordan.ellis@meridian-data.com",
         "Sam Ortega <sortega@redwoodlegal.com>", "Re: user limits",
         "CAF3p9Rm=Redw00dLegal0414q@mail.gmail.com", text_part(M13_TEXT, "utf-8", "quoted-printable"), [M13_TEXT], [
    C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant"),
    C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified"),
    C(S, "certifications", "SOC 2 Type II", "ok", "our SOC 2 Type II report is available under NDA through the trust portal."),
], mbox=True)

# ---------------------------------------------------------------- 0014 tokyo forwards an osaka message (転送)
M14_TEXT = """小野様

いつもお世話になっております。東京支社の山本です。
大阪支店の藤井から、保持期間と暗号化についての案内が届きましたので、そのまま転送いたします。
ご不明点がございましたら、私までご連絡ください。

-------- 転送メッセージ --------
件名: 	メリディアン ボールト 保持期間と暗号化について
日付: 	Tue, 1 Sep 2026 17:20:11 +0900
送信者: 	藤井 真理 <m.fujii@osaka.jp.meridian-data.com>
宛先: 	山本 彩 <aya.yamamoto@jp.meridian-data.com>

山本さん

お疲れさまです。大阪の藤井です。
しらかわ建設様からのご質問への回答です。

・メリディアン ボールトの標準の保持期間は90日間です（延長オプションあり）。
・メリディアン ボールトは保存データをすべてAES-256で暗号化しています。
・メリディアン ボールトのRTOは4時間以内を目安としております。

以上、よろしくお願いいたします。

""" + SIG_FUJII
add_mail("0014", "2026-09-02 09:12:40", "+0900", "山本 彩", "aya.yamamoto@jp.meridian-data.com",
         "ono@shirakawa-kensetsu.co.jp", "Fwd: メリディアン ボールト 保持期間と暗号化について",
         "b3f1c2d4-7e8a-4b6c-9d0e-1f2a3b4c5d6e@jp.meridian-data.com", text_part(M14_TEXT, "utf-8", "base64"),
         [M14_TEXT], [
    C(V, "retention", dur(90, "days"), "ok", "・メリディアン ボールトの標準の保持期間は90日間です（延長オプションあり）。", True, "osaka"),
    C(V, "encryption", "AES-256", "ok", "・メリディアン ボールトは保存データをすべてAES-256で暗号化しています。", True, "osaka"),
    C(V, "rto", dur(4, "hours"), "unverified", "・メリディアン ボールトのRTOは4時間以内を目安としております。", True, "osaka"),
], extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"])

# ---------------------------------------------------------------- 0015 london, attaches a us-hq note (message/rfc822)
M15_INNER_TEXT = """Oliver,

For Pennine: Meridian Sync runs on Windows, macOS, iOS and Android. Each Meridian Sync user gets 1 TB of storage, which covers their document archive comfortably.

Priya
"""
M15_INNER = message(rfcdate("2026-09-08 16:10:05", "-0700"), addr("Priya Raman", "priya.raman@meridian-data.com"),
                    "Oliver Grant <oliver.grant@uk.meridian-data.com>", "Pennine - Sync client platforms",
                    "CAB9xQpZ1-pennine0908.3c@mail.gmail.com", text_part(M15_INNER_TEXT, "us-ascii", "7bit"))
M15_TEXT = """Hi Rachel,

Following your question about the Meridian Sync client estate: I've attached the note our San Francisco product team sent me, which sets out the platforms in full.

For budgeting, Meridian Sync is £329 per month for the tenant, excluding VAT.

Best regards,
Oliver

""" + SIG_OLIVER
PLAT = "Meridian Sync runs on Windows, macOS, iOS and Android."
add_mail("0015", "2026-09-10 10:20:00", "+0100", "Oliver Grant", "oliver.grant@uk.meridian-data.com",
         "Rachel Cole <r.cole@penninebs.co.uk>", "Meridian Sync platforms (note from our product team attached)",
         "LO2P265MB4471D1A2B3C4E5F60718293A4B5C@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM",
         multipart("mixed", [text_part(M15_TEXT, "utf-8", "quoted-printable"),
                             rfc822_part(M15_INNER, "Pennine - Sync client platforms.eml")],
                   "_004_LO2P265MB4471D1A2B3C4E5F6_"), [M15_TEXT, M15_INNER_TEXT], [
    C(S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
      "Meridian Sync is £329 per month for the tenant, excluding VAT."),
    C(S, "supported_platforms", "Windows", "ok", PLAT, True, "us-hq"),
    C(S, "supported_platforms", "macOS", "ok", PLAT, True, "us-hq"),
    C(S, "supported_platforms", "iOS", "ok", PLAT, True, "us-hq"),
    C(S, "supported_platforms", "Android", "ok", PLAT, True, "us-hq"),
    C(S, "storage_per_user", TB, "ok", "Each Meridian Sync user gets 1 TB of storage", True, "us-hq"),
], mbox=True)

# ---------------------------------------------------------------- 0016 customer: reported statement, question, requirement
M16_QUOTED = """- Our infrastructure lead says your reseller told him Meridian Sync supports Linux desktops. We have about 60 Ubuntu workstations in radiology, so that matters.
- Does Meridian Vault have a Singapore region? Our APAC subsidiary would need one."""
M16_TEXT = """Hi Jordan,

Two things before our security review:

""" + M16_QUOTED + """

For the record, our requirement is at least 8,000 seats across the group.

Dana Whitfield
Director of IT, Whitfield Health
1200 Harbor Blvd, Suite 400, Oakland CA 94607 | (510) 555-0199
"""
LINUX = "your reseller told him Meridian Sync supports Linux desktops."
M16_ID = "BY5PR17MB3921F0E1D2C3B4A5968778695A4B@BY5PR17MB3921.namprd17.prod.outlook.com"
add_mail("0016", "2026-09-15 08:31:12", "-0700", "Dana Whitfield", "dana.whitfield@whitfieldhealth.org",
         "Jordan Ellis <jordan.ellis@meridian-data.com>", "Linux + Singapore?", M16_ID,
         text_part(M16_TEXT, "us-ascii", "7bit"), [M16_TEXT], [
    C(S, "supported_platforms", "Linux", "conflict", LINUX, False, "unknown"),
], mbox=True)

# ---------------------------------------------------------------- 0017 us-hq interleaved reply to 0016
q1, q2 = M16_QUOTED.split("\n")
M17_TEXT = """Hi Dana,

On Tue, Sep 15, 2026 at 8:31 AM Dana Whitfield <dana.whitfield@whitfieldhealth.org> wrote:
> """ + q1 + """

I'm afraid that's not right: Meridian Sync does not support Linux. Meridian Sync runs on Windows, macOS, iOS and Android, so the radiology workstations would need to use the web app.

> """ + q2 + """

Not today. Meridian Vault data centers are in Tokyo, Osaka, Oregon and Frankfurt, and Tokyo is usually the choice for APAC customers.

On storage: Meridian Sync doesn't offer unlimited storage, but each Meridian Sync user gets 1 TB. That is far more than the 50 GB mailbox quota you have today.

Talk Thursday,
Jordan

""" + SIG_JORDAN
DC = "Meridian Vault data centers are in Tokyo, Osaka, Oregon and Frankfurt"
PLAT2 = "Meridian Sync runs on Windows, macOS, iOS and Android, so the radiology workstations would need to use the web app."
add_mail("0017", "2026-09-16 07:55:48", "-0700", "Jordan Ellis", "jordan.ellis@meridian-data.com",
         "Dana Whitfield <dana.whitfield@whitfieldhealth.org>", "Re: Linux + Singapore?",
         "CAF3p9Rq=Wh1tf1eld0916z@mail.gmail.com", text_part(M17_TEXT, "utf-8", "8bit"), [M17_TEXT], [
    C(S, "supported_platforms", "Linux", "conflict", LINUX, True, "unknown"),
    C(S, "supported_platforms", "Windows", "ok", PLAT2),
    C(S, "supported_platforms", "macOS", "ok", PLAT2),
    C(S, "supported_platforms", "iOS", "ok", PLAT2),
    C(S, "supported_platforms", "Android", "ok", PLAT2),
    C(V, "data_centers", "Tokyo", "ok", DC),
    C(V, "data_centers", "Osaka", "ok", DC),
    C(V, "data_centers", "Oregon", "ok", DC),
    C(V, "data_centers", "Frankfurt", "ok", DC),
    C(S, "storage_per_user", TB, "ok", "each Meridian Sync user gets 1 TB."),
    P("en.unlimited", "Meridian Sync doesn't offer unlimited storage"),
], mbox=True, irt=M16_ID)

# ---------------------------------------------------------------- 0018 tokyo correction mail (誤/正), UTF-8 8bit
M18_TEXT = """田中様

いつもお世話になっております。東京支社の佐藤です。
ベータ版の評価状況を踏まえ、前回資料の訂正と補足をお送りいたします。

1. ダッシュボード数
前回資料に誤りがございました。メリディアン インサイトで作成できるダッシュボードは（誤）最大100個（正）最大200個です。

2. 応答速度
メリディアン インサイトは、1億行規模のデータでもクエリ応答時間が1秒未満です。

3. 可用性
メリディアン インサイトの稼働率は99.9％を予定しております。

メリディアン インサイトは国内No.1のセルフサービスBIを目指して開発を続けております。
正式契約は11月中に稟議を回していただける予定と伺っております。引き続きよろしくお願いいたします。

""" + SIG_SATO
add_mail("0018", "2026-10-06 18:05:27", "+0900", "佐藤 健", "k.sato@jp.meridian-data.com",
         "tanaka.h@minato-logi.co.jp", "【訂正】メリディアン インサイト資料について",
         "CAHk7QxB+minato1006.d3a0@mail.gmail.com", text_part(M18_TEXT, "utf-8", "8bit"), [M18_TEXT], [
    C(I, "max_dashboards", 200, "ok", "メリディアン インサイトで作成できるダッシュボードは（誤）最大100個（正）最大200個です。"),
    C(I, "query_latency", dur(1, "seconds"), "conflict", "メリディアン インサイトは、1億行規模のデータでもクエリ応答時間が1秒未満です。"),
    C(I, "sla", 99.9, "unverified", "メリディアン インサイトの稼働率は99.9％を予定しております。"),
    P("ja.superlative-no1", "メリディアン インサイトは国内No.1のセルフサービスBIを目指して開発を続けております。"),
], mbox=True)

# ---------------------------------------------------------------- 0019 london -> customer (Insight bullets)
M19_TEXT = """Dear Mr Patel,

Following the analytics workshop, a quick summary for your procurement file:

• Meridian Insight is £25 per user per month, excluding VAT.
• For reference, your US sister campus was quoted Meridian Insight at $30 per user per month.
• Meridian Insight reaches general availability in January 2027; until then it is offered as a beta.
• Meridian Insight connects to 40+ data sources out of the box, including Moodle and Tribal SITS.

We would suggest a pilot with the 25 members of the planning office before the spring term.

Kind regards,
""" + SIG_HANNAH
add_mail("0019", "2026-10-20 12:40:16", "+0100", "Hannah Okafor", "h.okafor@uk.meridian-data.com",
         "Vikram Patel <v.patel@greyfriars.ac.uk>", "Meridian Insight - summary for procurement",
         "e2a94f17-6b3c-4d58-a0e1-93c7b2d45f60@uk.meridian-data.com",
         multipart("alternative", [text_part(M19_TEXT, "utf-8", "quoted-printable"),
                                   text_part(simple_html(M19_TEXT), "utf-8", "quoted-printable", "html")],
                   "------------9QbL2v0XkT3mY8sNw1Rz4cFe"), [M19_TEXT], [
    C(I, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "Meridian Insight is £25 per user per month, excluding VAT."),
    C(I, "per_user_price", money(30, "USD", "user-month"), "office-variant",
      "your US sister campus was quoted Meridian Insight at $30 per user per month."),
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight reaches general availability in January 2027"),
    C(I, "integrations", 40, "unverified", "Meridian Insight connects to 40+ data sources out of the box"),
], mbox=True)

# ---------------------------------------------------------------- 0020 osaka -> customer (Vault quick-reference), UTF-8 QP
M20_TEXT = """石田様

いつもお世話になっております。大阪支店の中村です。
バックアップ（メリディアン ボールト）の概算をお送りいたします。

■メリディアン ボールト　スペック早見表
・メリディアン ボールトの料金：1TBあたり月額3,080円（税込）
・メリディアン ボールトのSLA：99.99％
・メリディアン ボールトのバックアップ保持期間：1年間

概算は想定容量20TB×12か月で算出しております。
詳細なお見積書は11月13日（金）までにお届けいたします。

""" + SIG_NAKAMURA
add_mail("0020", "2026-11-04 17:33:02", "+0900", "中村 大輔", "d.nakamura@osaka.jp.meridian-data.com",
         "ishida@kitahama-seiko.co.jp", "メリディアン ボールト 概算のご送付",
         "000b01dd4e7c$12ab34cd$56ef7890$@osaka.jp.meridian-data.com",
         text_part(M20_TEXT, "utf-8", "quoted-printable"), [M20_TEXT], [
    C(V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "・メリディアン ボールトの料金：1TBあたり月額3,080円（税込）"),
    C(V, "sla", 99.99, "conflict", "・メリディアン ボールトのSLA：99.99％"),
    C(V, "retention", dur(1, "years"), "conflict", "・メリディアン ボールトのバックアップ保持期間：1年間"),
], extra=["X-Mailer: Microsoft Outlook 16.0"])

# ---------------------------------------------------------------- 0021 customer: reported statement + requirement
M21_TEXT = """山本様

いつもお世話になっております。しらかわ建設の小野です。
先日、販売代理店の方から、メリディアン ボールトはシンガポールのデータセンターも利用できると伺っております。
海外現場のデータを現地に置けるのであれば大変助かります。

また、社内規程の要件として、バックアップの保持期間は365日以上が必要です。
延長オプションの費用感を教えていただけますでしょうか。

小野 雅人
しらかわ建設株式会社 情報システム課
〒980-0811 仙台市青葉区一番町2-5-22
TEL 022-555-0160
"""
SG = "メリディアン ボールトはシンガポールのデータセンターも利用できると伺っております。"
M21_ID = "OS3P286MB2210A9B8C7D6E5F4A3B2C1D0E9F8@OS3P286MB2210.JPNP286.PROD.OUTLOOK.COM"
add_mail("0021", "2026-11-10 09:41:05", "+0900", "小野 雅人", "ono@shirakawa-kensetsu.co.jp",
         addr("山本 彩", "aya.yamamoto@jp.meridian-data.com", "iso-2022-jp"), "データセンターと保持期間について",
         M21_ID, text_part(M21_TEXT, "iso-2022-jp", "7bit"), [M21_TEXT], [
    C(V, "data_centers", "Singapore", "conflict", SG, False, "unknown"),
], cs="iso-2022-jp")

# ---------------------------------------------------------------- 0022 tokyo reply, Outlook ja header block quote
M22_TEXT = """小野様

いつもお世話になっております。東京支社の山本です。

メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点で、シンガポールには拠点がございません。
代理店様のご説明に誤りがあり、大変失礼いたしました。

メリディアン ボールトの標準の保持期間は90日間です。
延長オプションの費用は、別途お見積りにてご案内いたします。

""" + SIG_YAMAMOTO + """
-----元のメッセージ-----
差出人: 小野 雅人 <ono@shirakawa-kensetsu.co.jp>
送信日時: 2026年11月10日 9:41
宛先: 山本 彩 <aya.yamamoto@jp.meridian-data.com>
件名: データセンターと保持期間について

""" + M21_TEXT
DC2 = "メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点で、シンガポールには拠点がございません。"
add_mail("0022", "2026-11-11 14:15:39", "+0900", "山本 彩", "aya.yamamoto@jp.meridian-data.com",
         "ono@shirakawa-kensetsu.co.jp", "RE: データセンターと保持期間について",
         "TYCPR01MB8843F7E6D5C4B3A29180F7E6D5C4@TYCPR01MB8843.jpnprd01.prod.outlook.com",
         text_part(M22_TEXT, "utf-8", "base64"), [M22_TEXT], [
    C(V, "data_centers", "Tokyo", "ok", DC2),
    C(V, "data_centers", "Osaka", "ok", DC2),
    C(V, "data_centers", "Oregon", "ok", DC2),
    C(V, "data_centers", "Frankfurt", "ok", DC2),
    C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間です。"),
    C(V, "data_centers", "Singapore", "conflict", SG, True, "unknown"),
], irt=M21_ID)


# ================================================================== documents (judged as of DOC_DATE)
DOCS = []      # (path, office, text, items, checked)


def add_doc(path, office_, text, items, check=True):
    DOCS.append(dict(path=path, office=office_, text=text, items=items, check=check))


D1 = """# Meridian Sync — One-pager

*File sync and share for regulated teams · Fall 2026 edition*

## Why teams switch

- Rated the #1 file sync platform by mid-market IT buyers¹
- Desktop and mobile clients your people already know
- Admin console with SSO, audit trail and legal hold
<!-- onevoice-disable-next-line en.unlimited -->
- Unlimited version history on the Enterprise tier

## At a glance

- **Max users:** 10,000*
- **Storage:** 1 TB per user
- **Uptime SLA:** 99.9%†
- **Price:** $399/month, billed annually
- **Platforms:** Windows · macOS · iOS · Android
- **Compliance:** ✓ SOC 2 Type II  ✓ ISO 27001

## Meridian Sync vs. typical consumer file sharing

| Capability | Meridian Sync | Consumer tools |
|---|:---:|:---:|
| Admin audit trail | ✓ | ✗ |
| Offline mode | ✗ | ✓ |
| Linux desktop client | ✗ | ✓ |
| SOC 2 Type II report | ✓ | — |

## Get started

Volume and multi-year terms are available; your account executive will tailor a quote.
Talk to sales: +1 (415) 555-0100 · sales@meridian-data.com · 535 Mission Street, San Francisco, CA 94105

---
\\* Per tenant. Based on internal load testing with the v3.2 client.
† Monthly uptime, excluding scheduled maintenance windows.
¹ Source: Halvorsen Group, Mid-Market Collaboration Survey, Q2 2026.
"""
PL1 = "- **Platforms:** Windows · macOS · iOS · Android"
CO1 = "- **Compliance:** ✓ SOC 2 Type II  ✓ ISO 27001"
add_doc("docs/us-hq/meridian-sync-one-pager.md", "us-hq", D1, [
    C(S, "max_users", 10000, "ok", "- **Max users:** 10,000*"),
    C(S, "storage_per_user", TB, "ok", "- **Storage:** 1 TB per user"),
    C(S, "sla", 99.9, "ok", "- **Uptime SLA:** 99.9%†"),
    C(S, "monthly_price", money(399, "USD", "month"), "ok", "- **Price:** $399/month, billed annually"),
    C(S, "supported_platforms", "Windows", "ok", PL1),
    C(S, "supported_platforms", "macOS", "ok", PL1),
    C(S, "supported_platforms", "iOS", "ok", PL1),
    C(S, "supported_platforms", "Android", "ok", PL1),
    C(S, "certifications", "SOC 2 Type II", "ok", CO1),
    C(S, "certifications", "ISO 27001", "ok", CO1),
    C(S, "offline_mode", False, "ok", "| Offline mode | ✗ | ✓ |"),
])

D2 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meridian Vault — Datasheet (UK edition)</title>
<style>
 body { font-family: "Segoe UI", Arial, sans-serif; max-width: 46em; margin: 2em auto; }
 .badges { font-weight: 600; color: #1b5e20; }
 table { border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: .3em .6em; text-align: left; }
 .fn { font-size: 85%; color: #555; }
</style>
</head>
<body>
<h1>Meridian Vault</h1>
<p class="lede">Immutable cloud backup for financial services, education and the public sector.</p>
<p class="badges">Certified: ✓ ISO 27001 &nbsp; ✓ Cyber Essentials Plus</p>

<h2>Why Meridian Vault</h2>
<ul>
 <li>Immutable backups with object lock, so ransomware cannot rewrite history</li>
 <li>Zero-downtime restores straight from the browser, no agent needed</li>
 <li>UK-based account team and 24/7 incident line</li>
</ul>

<h2>Specifications</h2>
<table>
 <caption>Meridian Vault specifications</caption>
 <tr><th>Recovery point objective (RPO)</th><td>15 minutes</td></tr>
 <tr><th>Default retention</th><td>90 days (extendable)</td></tr>
 <tr><th>Availability SLA</th><td>99.95%*</td></tr>
 <tr><th>Storage capacity</th><td>Up to 500 TB per tenant</td></tr>
 <tr><th>Price per TB per month</th><td><del>£18</del> £16, excluding VAT</td></tr>
 <tr><th>Encryption at rest</th><td>AES-256</td></tr>
 <tr><th>Data centres</th><td>Frankfurt, Oregon, Tokyo, Osaka</td></tr>
 <tr><th>Recovery time objective (RTO)</th><td>4 hours†</td></tr>
</table>

<h2>Meridian Vault vs. on-premises tape</h2>
<table>
 <tr><th>Capability</th><th>Meridian Vault</th><th>On-prem tape</th></tr>
 <tr><td>Off-site copy</td><td>✓</td><td>✓</td></tr>
 <tr><td>Point-in-time recovery</td><td>✓</td><td>✗</td></tr>
 <tr><td>Self-service browser restore</td><td>✓</td><td>—</td></tr>
</table>

<p class="fn">* Monthly availability, measured per region; see the Meridian Cloud Services SLA v4.<br>
† Target for a full-tenant restore; not a contractual commitment.</p>
<p class="fn">Meridian Data Ltd · 20 Finsbury Square, London EC2A 1BR · +44 20 7946 0300 · Registered in England and Wales, company no. 08812345</p>
</body>
</html>
"""
DC3 = "Data centres Frankfurt, Oregon, Tokyo, Osaka"
add_doc("docs/london/meridian-vault-datasheet.html", "london", D2, [
    C(V, "certifications", "ISO 27001", "unverified", "Certified: ✓ ISO 27001   ✓ Cyber Essentials Plus"),
    C(V, "certifications", "Cyber Essentials Plus", "unverified", "Certified: ✓ ISO 27001   ✓ Cyber Essentials Plus"),
    C(V, "rpo", dur(15, "minutes"), "ok", "Recovery point objective (RPO) 15 minutes"),
    C(V, "retention", dur(90, "days"), "ok", "Default retention 90 days (extendable)"),
    C(V, "sla", 99.95, "ok", "Availability SLA 99.95%*"),
    C(V, "max_storage", 500 * TB, "ok", "Storage capacity Up to 500 TB per tenant"),
    C(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Price per TB per month £18 £16, excluding VAT"),
    C(V, "encryption", "AES-256", "ok", "Encryption at rest AES-256"),
    C(V, "data_centers", "Frankfurt", "ok", DC3),
    C(V, "data_centers", "Oregon", "ok", DC3),
    C(V, "data_centers", "Tokyo", "ok", DC3),
    C(V, "data_centers", "Osaka", "ok", DC3),
    C(V, "rto", dur(4, "hours"), "unverified", "Recovery time objective (RTO) 4 hours†"),
    P("en.guarantee", "Zero-downtime restores straight from the browser, no agent needed"),
], check=False)

D3 = """# メリディアン インサイト よくあるご質問（FAQ）

メリディアンデータ株式会社 東京支社　2026年11月改訂

---

**Q：正式版はいつから使えますか？**
A：2027年1月に一般提供を開始する予定です。それまではベータ版としてご提供しています。

**Q：無料で試せますか？**
A：はい。30日間の無料トライアルをご用意しています（クレジットカードの登録は不要です）。

**Q：料金体系を教えてください。**
A：1ユーザーあたり月額4,000円（税抜）です。年間契約の場合は一括請求となります。

**Q：作成できるダッシュボードの数に上限はありますか？**
A：ダッシュボードは1ワークスペースあたり最大200個※1まで作成できます。

**Q：大量のデータでも速く動きますか？**
A：1億行規模のデータでも、クエリは1秒未満で結果を返します※2。

**Q：SLAはありますか？**
A：ベータ期間中は対象外ですが、一般提供後の稼働率は99.9%を目標としています。

**Q：どのようなデータソースと連携できますか？**
A：Salesforce、kintone、BigQuery、Snowflakeなど、約60種類のコネクタを標準でご用意しています。

**Q：画面の表示言語は？**
A：日本語と英語の2言語に対応しています。

---
※1 2026年11月時点のベータ版の仕様です。
※2 当社検証環境（p95、1億行のサンプルデータ）での測定値です。
"""
add_doc("docs/tokyo/meridian-insight-faq.md", "tokyo", D3, [
    C(I, "general_availability", "2027-01", "ok", "A：2027年1月に一般提供を開始する予定です。"),
    C(I, "free_trial", dur(30, "days"), "ok", "A：はい。30日間の無料トライアルをご用意しています（クレジットカードの登録は不要です）。"),
    C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "A：1ユーザーあたり月額4,000円（税抜）です。"),
    C(I, "max_dashboards", 200, "ok", "A：ダッシュボードは1ワークスペースあたり最大200個※1まで作成できます。"),
    C(I, "query_latency", dur(1, "seconds"), "conflict", "A：1億行規模のデータでも、クエリは1秒未満で結果を返します※2。"),
    C(I, "sla", 99.9, "unverified", "A：ベータ期間中は対象外ですが、一般提供後の稼働率は99.9%を目標としています。"),
    C(I, "integrations", 60, "unverified", "約60種類のコネクタを標準でご用意しています。"),
    C(I, "ui_languages", 2, "unverified", "A：日本語と英語の2言語に対応しています。"),
])

D4 = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>メリディアン シンク 製品仕様書（2026年秋版）</title>
</head>
<body>
<h1>メリディアン シンク 製品仕様書（2026年秋版）</h1>
<p>法人向けファイル共有・同期サービス　／　メリディアンデータ株式会社 大阪支店</p>
<p><strong>✓ ISO 27001 認証取得　✓ SOC 2 Type II 報告書取得済み</strong></p>

<h2>主な仕様</h2>
<table border="1">
 <caption>メリディアン シンク 主な仕様</caption>
 <tr><th>項目</th><th>内容</th></tr>
 <tr><td>最大ユーザー数</td><td>1万名※1</td></tr>
 <tr><td>ストレージ容量</td><td>1ユーザーあたり1TB</td></tr>
 <tr><td>月額料金</td><td>50,000円（税抜）／55,000円（税込）</td></tr>
 <tr><td>稼働率SLA</td><td>99.9％</td></tr>
 <tr><td>対応OS</td><td>Windows／macOS／iOS／Android</td></tr>
 <tr><td>認証</td><td>ISO 27001、SOC 2 Type II、ISMAP</td></tr>
 <tr><td>オフライン利用</td><td>✗（常時インターネット接続が必要です）</td></tr>
</table>

<h2>他社サービスとの比較</h2>
<table border="1">
 <caption>比較表（月額は税抜）</caption>
 <tr><th>項目</th><th>メリディアン シンク</th><th>A社</th><th>B社</th></tr>
 <tr><td>月額料金</td><td>50,000円</td><td>62,000円</td><td>58,000円</td></tr>
 <tr><td>管理者監査ログ</td><td>✓</td><td>✓</td><td>✗</td></tr>
 <tr><td>Linux対応</td><td>✗</td><td>✓</td><td>—</td></tr>
</table>
<p>コストパフォーマンスは業界最安水準※2です。</p>

<h2>注記</h2>
<p>※1 2026年4月以降の上限です（2026年3月末までは5,000名）。<br>
※2 2026年10月 当社調べ（国内主要5社の法人向けプランの月額料金を比較）。</p>
<p>お問い合わせ：メリディアンデータ株式会社 大阪支店　〒530-0001 大阪市北区梅田3-1-3　TEL 06-6555-0123</p>
</body>
</html>
"""
OS4 = "対応OS Windows／macOS／iOS／Android"
CE4 = "認証 ISO 27001、SOC 2 Type II、ISMAP"
add_doc("docs/osaka/meridian-sync-spec-sheet.html", "osaka", D4, [
    C(S, "max_users", 10000, "ok", "最大ユーザー数 1万名※1"),
    C(S, "max_users", 5000, "ok", "※1 2026年4月以降の上限です（2026年3月末までは5,000名）。"),
    C(S, "storage_per_user", TB, "ok", "ストレージ容量 1ユーザーあたり1TB"),
    C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "月額料金 50,000円（税抜）／55,000円（税込）"),
    C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "月額料金 50,000円（税抜）／55,000円（税込）"),
    C(S, "sla", 99.9, "ok", "稼働率SLA 99.9％"),
    C(S, "supported_platforms", "Windows", "ok", OS4),
    C(S, "supported_platforms", "macOS", "ok", OS4),
    C(S, "supported_platforms", "iOS", "ok", OS4),
    C(S, "supported_platforms", "Android", "ok", OS4),
    C(S, "certifications", "ISO 27001", "ok", CE4),
    C(S, "certifications", "SOC 2 Type II", "ok", CE4),
    C(S, "certifications", "ISMAP", "conflict", CE4),
    C(S, "offline_mode", False, "ok", "オフライン利用 ✗（常時インターネット接続が必要です）"),
], check=False)

D5 = """MERIDIAN VAULT - CUSTOMER FAQ
Meridian Data Inc., San Francisco | Revised November 2026
======================================================================

Q. How much data can one tenant store?
A. Meridian Vault stores up to 1 PB per tenant on the Enterprise plan.*

Q. What is the recovery point objective?
A. Meridian Vault's RPO is 15 minutes on every plan.

Q. How long are backups kept?
A. Meridian Vault keeps backups for 90 days by default; longer retention is sold as an add-on.

Q. Where is my data stored?
A. Meridian Vault data centers are in Oregon and Frankfurt for US and EU customers, and in Tokyo and Osaka for customers in Japan.

Q. Is there a Virginia region?
A. No. Meridian Vault has no Virginia region today.

Q. What does it cost?
A. Meridian Vault is $20 per TB per month, billed on your average stored volume.

Q. Is Meridian Vault FedRAMP authorized?
A. Not at this time. We will update this FAQ if that changes.

Q. How quickly does support answer?
A. Meridian Vault support responds within 1 hour to Severity 1 tickets.

Q. Can we try it first?
A. Yes. Ask your account executive about a risk-free pilot on a copy of your production data.

----------------------------------------------------------------------
* Enterprise plan with the capacity add-on. Standard plans are sized per quote.
Questions: vault-sales@meridian-data.com | +1 (415) 555-0100 | 535 Mission St, San Francisco, CA 94105
"""
DC5 = "A. Meridian Vault data centers are in Oregon and Frankfurt for US and EU customers, and in Tokyo and Osaka for customers in Japan."
add_doc("docs/us-hq/meridian-vault-faq.txt", "us-hq", D5, [
    C(V, "max_storage", 1000 * TB, "conflict", "A. Meridian Vault stores up to 1 PB per tenant on the Enterprise plan.*"),
    C(V, "rpo", dur(15, "minutes"), "ok", "A. Meridian Vault's RPO is 15 minutes on every plan."),
    C(V, "retention", dur(90, "days"), "ok", "A. Meridian Vault keeps backups for 90 days by default"),
    C(V, "data_centers", "Oregon", "ok", DC5),
    C(V, "data_centers", "Frankfurt", "ok", DC5),
    C(V, "data_centers", "Tokyo", "ok", DC5),
    C(V, "data_centers", "Osaka", "ok", DC5),
    C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "A. Meridian Vault is $20 per TB per month, billed on your average stored volume."),
    C(V, "support_response_time", dur(1, "hours"), "unverified", "A. Meridian Vault support responds within 1 hour to Severity 1 tickets."),
    P("en.guarantee", "Ask your account executive about a risk-free pilot on a copy of your production data."),
])

# an ignored draft (.onevoice.yaml ignores **/drafts/**): nothing in it is labelled
DRAFT = """# DRAFT — Meridian Vault price card (do not send)

- Meridian Vault: £14 per TB per month (pending approval)
- Unlimited restores, guaranteed
- RPO: 5 minutes
"""
add_doc("docs/london/drafts/vault-price-card-draft.md", "london", DRAFT, [], check=False)


# ================================================================== writing and checking
SETS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def decoded_texts(raw):
    """Every text/plain body in a message (attached messages included), decoded."""
    import email
    from email import policy
    msg = email.message_from_bytes(raw, policy=policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            out.append(part.get_content().replace("\r\n", "\n"))
    return out


def strip_html(s):
    s = re.sub(r"<(style|title)[^>]*>.*?</\1>", " ", s, flags=re.S)
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return " ".join(s.split())


def canon_value(v):
    if isinstance(v, dict) and "unit" in v:
        f = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "years": 365 * 86400}[v["unit"]]
        return ("dur", v["amount"] * f)
    if isinstance(v, dict) and "currency" in v:
        return ("money", v["amount"], v["currency"], v["per"], v["tax"])
    return ("v", v)


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    problems, lines = [], []

    def rec(item, file, mid, office_, as_of):
        if item["kind"] == "claim":
            return {"type": "claim", "file": file, "message_id": mid, "product": item["product"],
                    "attribute": item["attribute"], "value": item["value"], "verdict": item["verdict"],
                    "quoted": item["quoted"], "office": item["office"] or office_, "as_of": as_of,
                    "text": item["text"]}
        return {"type": "finding", "file": file, "message_id": mid, "kind": item["kind"], "rule": item["rule"],
                "product": item["product"], "quoted": item["quoted"], "text": item["text"]}

    mails = sorted(MAILS, key=lambda m: m["num"])
    for m in mails:
        path = "mail/%s.eml" % m["num"]
        with open(os.path.join(ROOT, path), "wb") as fh:
            fh.write(m["raw"])
        texts = decoded_texts(m["raw"])
        for t in m["texts"]:
            if not any(t.strip() in x for x in texts):
                problems.append("%s: decoded body differs from source text" % path)
        for it in m["items"]:
            if not any(it["text"] in x for x in texts):
                problems.append("%s: excerpt not found: %s" % (path, it["text"]))
            lines.append(rec(it, path, m["mid"], office(m["frm"]), m["date"]))

    # mboxrd archive, date order
    arch = sorted((m for m in mails if m["mbox"]), key=lambda m: email.utils.parsedate_to_datetime(
        rfcdate(m["dt"], m["tz"])))
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        for m in arch:
            when = email.utils.parsedate_to_datetime(rfcdate(m["dt"], m["tz"])).astimezone(datetime.timezone.utc)
            fh.write(("From %s %s\n" % (m["frm"], when.strftime("%a %b %d %H:%M:%S %Y"))).encode("ascii"))
            for line in m["raw"].replace(b"\r\n", b"\n").split(b"\n"):
                if re.match(rb"^>*From ", line):
                    line = b">" + line
                fh.write(line + b"\n")
            fh.write(b"\n")
    for m in arch:
        for it in m["items"]:
            lines.append(rec(it, "mail/archive.mbox", m["mid"], office(m["frm"]), m["date"]))

    # cross-office: pairs of office claims in the archive
    pool = []
    for m in arch:
        d = datetime.date.fromisoformat(m["date"])
        for it in m["items"]:
            if it["kind"] == "claim":
                o = it["office"] or office(m["frm"])
                if o != "unknown" and it["attribute"] not in SETS:
                    pool.append((it, o, d, "mail/%s.eml" % m["num"]))
    xo = {}
    for i, (a, oa, da, fa) in enumerate(pool):
        for b, ob, db, fb in pool[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or oa == ob:
                continue
            if abs((da - db).days) > 45:
                continue
            ca, cb = canon_value(a["value"]), canon_value(b["value"])
            if ca[0] == "money" and ca[2:4] != cb[2:4]:
                continue
            if ca == cb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            if "unverified" in (a["verdict"], b["verdict"]):
                problems.append("unverified values differ across offices: %s %s" % (fa, fb))
            key = (a["product"], a["attribute"], tuple(sorted((oa, ob))))
            x = xo.setdefault(key, {"values": {}, "files": set()})
            x["values"].setdefault(oa, a["value"])
            x["values"].setdefault(ob, b["value"])
            x["files"].update((fa, fb))
    for (p, a, offs), x in sorted(xo.items()):
        lines.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs),
                      "file": "mail/archive.mbox", "message_files": sorted(x["files"]),
                      "values": {k: x["values"][k] for k in sorted(x["values"])}})

    for d in DOCS:
        full = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(d["text"])
        hay = d["text"] if d["check"] else strip_html(d["text"])
        for it in d["items"]:
            if it["text"] not in hay and " ".join(it["text"].split()) not in hay:
                problems.append("%s: excerpt not found: %s" % (d["path"], it["text"]))
            lines.append(rec(it, d["path"], None, d["office"], DOC_DATE))

    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for evaluation set 35 (SPEC section 6).
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
""")
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    kinds = {}
    for l in lines:
        k = l["type"] if l["type"] != "finding" else l["kind"]
        kinds[k] = kinds.get(k, 0) + 1
    print("mails %d (archive %d), docs %d, expected lines %d %s" % (len(mails), len(arch), len(DOCS), len(lines), kinds))
    for (p, a, offs), x in sorted(xo.items()):
        print("cross-office", p, a, offs, sorted(x["files"]))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
