#!/usr/bin/env python3
"""Writes probe set 67 (Meridian Data; emphasis: tables in plain-text mail and .txt documents).

    python3 gen/generate.py        # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl

Deterministic, stdlib only. Every claim / finding line of expected.jsonl is declared next to
the text that holds it; quoted copies, archive copies and cross-office cases are derived.
"""
import json, os, sys, shutil, datetime, email.utils
from fnmatch import fnmatch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mimelib import ew, addr, part, message, box_table, ascii_table, pipe_table, text_to_html  # noqa: E402

SET = os.path.dirname(HERE)
DOC_DATE = "2026-11-22"
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
OFFICES = [("osaka", "*@osaka.jp.meridian-data.com"), ("tokyo", "*@jp.meridian-data.com"),
           ("london", "*@uk.meridian-data.com"), ("us-hq", "*@meridian-data.com")]


def office_of(a):
    for o, g in OFFICES:                      # most specific first
        if fnmatch(a.lower(), g):
            return o
    return "unknown"


def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12

# ---------------------------------------------------------------- people
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
RYAN = ("Ryan Castillo", "ryan.castillo@meridian-data.com")
OLIVER = ("Oliver Pryce", "oliver.pryce@uk.meridian-data.com")
HANNAH = ("Hannah Okafor", "hannah.okafor@uk.meridian-data.com")
SATO = ("佐藤 健一", "k.sato@jp.meridian-data.com")
NAKAMURA = ("中村 美咲", "m.nakamura@jp.meridian-data.com")
YAMAMOTO = ("山本 拓也", "t.yamamoto@osaka.jp.meridian-data.com")
MARCUS = ("Marcus Bell", "marcus.bell@kestrel-logistics.com")
SOPHIE = ("Sophie Marsh", "sophie.marsh@harbourside-insurance.co.uk")
TAKAHASHI = ("高橋 誠", "m.takahashi@hokushin-seiki.co.jp")
KOBAYASHI = ("小林 恵", "kobayashi.megumi@minato-logi.co.jp")
NISHIDA = ("西田 由香", "y.nishida@naniwa-textile.co.jp")
ALICIA = ("Alicia Moreno", "amoreno@alderhealth.org")
MORITA = ("森田 亮", "morita@nextlink-sol.co.jp")
GARETH = ("Gareth Lloyd", "gareth.lloyd@brightwater-ha.org.uk")
OKADA = ("岡田 直樹", "n.okada@kansai-seiko.co.jp")
PRIYA = ("Priya Shah", "priya.shah@calderfinch.co.uk")
DANIEL = ("Daniel Hughes", "d.hughes@pembertonlegal.co.uk")
KENJI = ("Kenji Mori", "kenji.mori@kestrel-logistics.co.jp")
TOM = ("Tom Reilly", "treilly@granitepeakcu.org")
RUTH = ("Ruth Campbell", "ruth.campbell@brightwater-ha.org.uk")

SIG_DANA = """Dana Whitfield
Senior Account Executive, West Region
Meridian Data Inc. | 535 Mission Street, Suite 1400, San Francisco, CA 94105
o: +1 (415) 555-0142  m: +1 (415) 555-0199"""
SIG_RYAN = """Ryan Castillo | Solutions Engineer, Healthcare
Meridian Data Inc. | 535 Mission Street, Suite 1400, San Francisco, CA 94105
+1 (415) 555-0173"""
SIG_OLIVER = """Oliver Pryce
Account Director, Financial Services
Meridian Data UK Ltd
14 Finsbury Square, London EC2A 1BR
T +44 (0)20 7946 0318 | M +44 (0)7700 900 412
Registered in England and Wales, company number 11873402"""
SIG_HANNAH = """Hannah Okafor
Solutions Consultant
Meridian Data UK Ltd | 14 Finsbury Square, London EC2A 1BR
+44 (0)20 7946 0355"""
SIG_NAKAMURA = """――――――――――――――――――――――――
中村 美咲（Misaki Nakamura）
メリディアンデータ株式会社 東京オフィス 営業部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル12F
TEL: 03-5555-0123 / FAX: 03-5555-0124
――――――――――――――――――――――――"""
SIG_SATO = """--------------------------------------------------
佐藤 健一
メリディアンデータ株式会社 東京オフィス 第二営業部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル12F
TEL 03-5555-0131  携帯 080-5555-0162
--------------------------------------------------"""
SIG_YAMAMOTO = """--
山本 拓也
メリディアンデータ株式会社 大阪オフィス
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6555-0147 / 携帯 090-5555-0186"""

MAILS = []


def mail(key, date, frm, to, subject, body, claims=(), findings=(), *, charset="utf-8", cte="8bit",
         html=None, msgid, mailer=None, archive=False, quotes=None, reply_to=None, crlf=False, cc=None):
    """One message. claims: (product, attribute, value, verdict, text[, office, quoted]).
    text 'ROW:x' = the whole line holding x. quotes=(key, portion) copies key's claims/findings
    whose text lies in portion as quoted ones."""
    MAILS.append(dict(key=key, date=date, frm=frm, to=to, subject=subject, body=body, claims=list(claims),
                      findings=list(findings), charset=charset, cte=cte, html=html, msgid=msgid,
                      mailer=mailer, archive=archive, quotes=quotes, reply_to=reply_to, crlf=crlf, cc=cc))


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln else ">" for ln in text.split("\n"))


# ======================================================================= M01 us-hq, ASCII +---+ table
m01_table = ascii_table(["", "Meridian Sync", "Meridian Vault"], [
    ["List price", "$399 / month", "$20 per TB / month"],
    ["Uptime SLA", "99.9%", "99.95%"],
    ["Max users per org", "5,000", "n/a"],
    ["Storage", "1 TB per user", "up to 500 TB"],
    ["Encryption at rest", "AES-256", "AES-256"],
])
m01_body = f"""Hi Marcus,

Thanks for the time on Thursday - good to meet you and Priya. As promised,
here is the side-by-side you asked for, so your IT steering group has the
numbers in one place before the 19 Feb review.

{m01_table}

A couple of notes on the table: Sync is a flat workspace price, so it does
not move when you add people; Vault is billed on the terabytes you actually
protect, measured on the last day of the month.

Your team of roughly 1,800 across the three depots fits comfortably, and
the 42 TB Priya quoted for the Reno and Boise file servers is well within
range.

Talk soon,
Dana

{SIG_DANA}
"""
mail("0001", "2026-02-10T09:14:00-08:00", DANA, MARCUS, "Meridian Sync / Vault side-by-side for the steering group",
     m01_body, [
         (S, "monthly_price", money(399, "USD", "month"), "ok", "ROW:List price"),
         (V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "ROW:List price"),
         (S, "sla", 99.9, "ok", "ROW:Uptime SLA"),
         (V, "sla", 99.95, "ok", "ROW:Uptime SLA"),
         (S, "max_users", 5000, "ok", "ROW:Max users per org"),
         (S, "storage_per_user", 1 * TB, "ok", "ROW:1 TB per user"),
         (V, "max_storage", 500 * TB, "ok", "ROW:1 TB per user"),
         (S, "encryption", "AES-256", "unverified", "ROW:Encryption at rest"),
         (V, "encryption", "AES-256", "ok", "ROW:Encryption at rest"),
     ], charset="us-ascii", cte="7bit", msgid="CAGk7vQx3Lr0p9F2mT8c@mail.gmail.com",
     archive=True)

# ======================================================================= M02 customer reply, interleaved quote
m02_own = """Dana,

Thanks - this went round the steering group yesterday. Two things came up.

First, our retention policy. Our current understanding is that Meridian Vault keeps backups for 30 days by default, which would be too short for our auditors.
Can you confirm what the default actually is, and what it costs to go longer?

Second, here is what we wrote down as must-haves, for your reference:

""" + pipe_table(["Requirement", "Must have"], [
    ["Named users", "3,000 minimum"],
    ["Backup retention", "180 days"],
    ["Restore of one mailbox", "under 4 hours"],
]) + """

Can we do a call the week of March 2?

Marcus

--
Marcus Bell | Director of IT | Kestrel Logistics, Inc.
1200 Freight Way, Sparks, NV 89431 | (775) 555-0110

On Tue, Feb 10, 2026 at 9:14 AM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
"""
m02_body = m02_own + quote(m01_body.rstrip("\n")) + "\n"
mail("0002", "2026-02-24T16:02:00-08:00", MARCUS, DANA, "Re: Meridian Sync / Vault side-by-side for the steering group",
     m02_body, [
         (V, "retention", dur(30, "days"), "conflict",
          "Our current understanding is that Meridian Vault keeps backups for 30 days by default"),
     ], charset="utf-8", cte="quoted-printable", html=True, msgid="CAL3b9mW+8sJr2yqfEo1xT@mail.gmail.com",
     quotes=("0001", m01_body), reply_to="0001", archive=True)

# ======================================================================= M03 tokyo, box table rows=products
m03_table = box_table(["製品名", "月額料金（税抜）", "稼働率SLA", "最大ユーザー数"], [
    ["メリディアン シンク", "50,000円", "99.9%", "10,000名"],
    ["メリディアン ボールト", "1TBあたり2,800円", "99.95%", "-"],
    ["メリディアン インサイト", "1ユーザーあたり4,000円", "ベータ版", "-"],
])
m03_body = f"""株式会社北辰精機
情報システム部 部長 高橋様

平素より大変お世話になっております。
メリディアンデータ株式会社の佐藤でございます。

先日ご依頼いただきました、弊社3製品の概要を下表にお送りいたします。
金額はすべて税抜です。

{m03_table}

メリディアン インサイトは現在ベータ版として提供しており、正式版の一般提供は2027年1月を予定しております。

来週4月22日（水）14時より、弊社会議室にてデモをご覧いただけますと幸いです。
ご都合をお聞かせいただけますでしょうか。

何卒よろしくお願い申し上げます。

{SIG_SATO}
"""
mail("0003", "2026-04-14T10:02:00+09:00", SATO, TAKAHASHI, "弊社製品概要のご送付（メリディアンデータ 佐藤）", m03_body, [
    (S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "ROW:メリディアン シンク"),
    (S, "sla", 99.9, "ok", "ROW:メリディアン シンク"),
    (S, "max_users", 10000, "ok", "ROW:メリディアン シンク"),
    (V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "ROW:メリディアン ボールト"),
    (V, "sla", 99.95, "ok", "ROW:メリディアン ボールト"),
    (I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "ROW:メリディアン インサイト "),
    (I, "general_availability", "2027-01", "ok", "正式版の一般提供は2027年1月を予定しております。"),
], charset="iso-2022-jp", cte="7bit", msgid="TYCPR01MB8841A2F3C9D7E1B04C5E9A12B@TYCPR01MB8841.jpnprd01.prod.outlook.com",
     mailer="Microsoft Outlook 16.0", crlf=True)

# ======================================================================= M04 customer reply, 日付 名前 <addr>: quote
m04_own = """佐藤様

お世話になっております。北辰精機の高橋です。
資料をお送りいただきありがとうございました。

社内で確認したところ、いくつか質問がございます。

1. メリディアン シンクはLinuxの端末でも利用可能でしょうか。
2. 販売代理店の方からは、メリディアン ボールトは大阪にもデータセンターがあると伺っております。
   災害対策として東京と大阪の両方にバックアップを置くことは可能でしょうか。

当社の要件を参考までに記載いたします。

""" + box_table(["項目", "要件"], [
    ["利用者数", "1,500名"],
    ["バックアップ対象", "約40TB"],
    ["保持期間", "1年以上"],
]) + """

以上、よろしくお願いいたします。

高橋 誠
株式会社北辰精機 情報システム部
〒920-0024 石川県金沢市西念3-12-7
TEL 076-555-0182

2026年4月14日(火) 10:02 佐藤 健一 <k.sato@jp.meridian-data.com>:
"""
m04_body = m04_own + quote(m03_body.rstrip("\n")) + "\n"
mail("0004", "2026-04-20T18:30:00+09:00", TAKAHASHI, SATO, "Re: 弊社製品概要のご送付（メリディアンデータ 佐藤）", m04_body, [
    (V, "data_centers", "Osaka", "ok", "販売代理店の方からは、メリディアン ボールトは大阪にもデータセンターがあると伺っております。"),
], charset="iso-2022-jp", cte="7bit", msgid="20260420183012.4F2A.M.TAKAHASHI@hokushin-seiki.co.jp",
     mailer="Becky! ver. 2.81.04", quotes=("0003", m03_body), reply_to="0003")

# ======================================================================= M05 london, fixed-width columns by eye
m05_body = f"""Dear Sophie,

Thank you for your time on Tuesday, and please pass my thanks to Tom for
the tour of the Bristol data room.

As requested, a short summary of the three products we discussed. Prices
are list, in sterling, excluding VAT.

Product             Price (ex VAT)            Notes
-------             --------------            -----
Meridian Sync       £329 per month            up to 10,000 users per organisation
Meridian Vault      £16 per TB per month      RPO 5 minutes, 90-day retention
Meridian Insight    £25 per user per month    in beta; GA January 2027

Our industry-leading restore tooling means your claims handlers would be back
in their files within minutes of an incident, and we would run the first
restore test with you during onboarding.

On sizing: you mentioned 38 TB today growing to around 60 TB by 2028, and
about 450 staff on the shared drives. Both are comfortably inside what we
would normally see for a firm of your size.

I'll send the draft order form once your procurement team has the
supplier questionnaire back to us (ref. HI-PQ-2026-117).

Kind regards,

{SIG_OLIVER}
"""
mail("0005", "2026-05-06T11:20:00+01:00", OLIVER, SOPHIE, "Meridian - summary and list prices", m05_body, [
    (S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "ROW:Meridian Sync       £329"),
    (S, "max_users", 10000, "ok", "ROW:Meridian Sync       £329"),
    (V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "ROW:Meridian Vault      £16"),
    (V, "rpo", dur(5, "minutes"), "conflict", "ROW:Meridian Vault      £16"),
    (V, "retention", dur(90, "days"), "ok", "ROW:Meridian Vault      £16"),
    (I, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "ROW:Meridian Insight    £25"),
    (I, "general_availability", "2027-01", "ok", "ROW:Meridian Insight    £25"),
], [("phrase", "en.superlative", None, "Our industry-leading restore tooling")],
     charset="utf-8", cte="quoted-printable", msgid="5b1e0c7a-2f44-4d8e-9a61-0d3c6f1e7b20@uk.meridian-data.com",
     mailer="Mozilla Thunderbird", archive=True)

# ======================================================================= M06 customer reply, Outlook block
m06_body = """Hi Oliver,

Thanks for this. Two quick questions before our risk committee on the 21st:

1. Does Meridian Vault support an RTO of 4 hours for a full file-server restore?
2. Is the Insight beta open to customers who are not yet on Sync?

Best wishes,
Sophie

Sophie Marsh
Head of IT Operations
Harbourside Insurance Ltd | 3 Canons Way, Bristol BS1 5UH | 0117 496 0731

-----Original Message-----
From: Oliver Pryce <oliver.pryce@uk.meridian-data.com>
Sent: 06 May 2026 11:20
To: Sophie Marsh <sophie.marsh@harbourside-insurance.co.uk>
Subject: Meridian - summary and list prices

""" + m05_body
mail("0006", "2026-05-12T14:05:00+01:00", SOPHIE, OLIVER, "RE: Meridian - summary and list prices", m06_body, [],
     charset="utf-8", cte="quoted-printable",
     msgid="LO2P265MB4417C1E0A9F3B5D2E8C7A90B4E@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM",
     mailer="Microsoft Outlook 16.0", quotes=("0005", m05_body), reply_to="0005", archive=True, crlf=True)

# ======================================================================= M07 tokyo, box table vs competitor
m07_table = box_table(["項目", "メリディアン ボールト", "A社 バックアップ"], [
    ["RPO", "15分", "24時間"],
    ["保持期間（標準）", "90日", "30日"],
    ["データセンター", "東京・大阪", "東京"],
    ["暗号化", "AES-256", "AES-128"],
    ["料金（税抜）", "1TBあたり月額2,800円", "1TBあたり月額3,200円"],
])
m07_body = f"""株式会社みなと物流
情報システム部 小林様

いつもお世話になっております。
メリディアンデータ東京オフィスの中村でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご依頼いただいておりました、現行バックアップサービスとの比較表をお送りいたします。

■ メリディアン ボールトと現行サービス（A社）の比較
{m07_table}

料金は業界最安水準に設定しており、御社のバックアップ対象（約25TB）でも現行よりコストを抑えられる見込みです。

なお、6月9日（火）の定例会にて、移行スケジュール案をご説明できればと存じます。

ご不明な点がございましたら、お気軽にお申し付けください。

{SIG_NAKAMURA}
"""
mail("0007", "2026-05-28T10:30:00+09:00", NAKAMURA, KOBAYASHI, "メリディアン ボールト 比較表の送付", m07_body, [
    (V, "rpo", dur(15, "minutes"), "ok", "ROW:│ RPO"),
    (V, "retention", dur(90, "days"), "ok", "ROW:保持期間（標準）"),
    (V, "data_centers", "Tokyo", "ok", "ROW:東京・大阪"),
    (V, "data_centers", "Osaka", "ok", "ROW:東京・大阪"),
    (V, "encryption", "AES-256", "ok", "ROW:AES-256"),
    (V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "ROW:料金（税抜）"),
], [("phrase", "ja.cheapest", None, "料金は業界最安水準に設定しており")],
     charset="utf-8", cte="base64", msgid="e3f1a9c2-7b5d-4c08-b1d6-2a9f0e4c8d17@jp.meridian-data.com",
     mailer="Mozilla Thunderbird", archive=True)

# ======================================================================= M08 osaka, TSV pasted from Excel, Shift_JIS
m08_body = f"""浪速テキスタイル株式会社
総務部 西田様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの山本です。

ご依頼の御見積について、Excelの明細を下記に貼り付けいたします。
正式な見積書（PDF）は明日までにお送りいたします。

【御見積明細】（単価・金額は月額、税抜）
品目\t数量\t単価\t金額
メリディアン シンク 基本料金\t1\t50,000\t50,000
メリディアン ボールト TB単価\t20\t2,800\t56,000
メリディアン インサイト 1ユーザーあたり\t30\t4,000\t120,000
小計\t\t\t226,000
消費税（10%）\t\t\t22,600
合計（税込）\t\t\t248,600

※数量はお打ち合わせ時にお伺いした想定値で算出しております。
※初年度を年間一括でお支払いいただく場合に限り、合計額から5%お値引きいたします。

メリディアン・インサイトは現在ベータ版でのご提供となり、2027年1月に正式リリースの予定です。
ベータ期間中のご利用分も上記単価にて承ります。

ご検討のほど、よろしくお願い申し上げます。

{SIG_YAMAMOTO}
"""
mail("0008", "2026-06-03T15:10:00+09:00", YAMAMOTO, NISHIDA, "御見積明細の件（メリディアンデータ 山本）", m08_body, [
    (S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "ROW:メリディアン シンク 基本料金"),
    (V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "ROW:メリディアン ボールト TB単価"),
    (I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "ROW:メリディアン インサイト 1ユーザーあたり"),
    (I, "general_availability", "2027-01", "ok", "メリディアン・インサイトは現在ベータ版でのご提供となり、2027年1月に正式リリースの予定です。"),
], charset="shift_jis", cte="base64", msgid="000001dcf2a1$8b3c4e20$21b4ea60$@osaka.jp.meridian-data.com",
     mailer="Microsoft Outlook 16.0", archive=True, crlf=True)

# ======================================================================= M09 us-hq, pipe table + HTML table
m09_text = f"""Hi Alicia,

Great to hear the analytics team wants to be in the first wave. Meridian Insight goes GA in October 2026, and until then you can run it on the beta at no charge.

Here is how the two products you asked about line up:

""" + pipe_table(["Product", "Free trial", "Query latency (p95)", "Dashboards per workspace"], [
    ["Meridian Sync", "14 days", "-", "-"],
    ["Meridian Insight", "30 days", "under 2 seconds", "up to 500"],
]) + f"""

If it helps your business case, we can set up a risk-free pilot for the
revenue-cycle team: six weeks, 25 analysts, your own Epic extract.

Pricing after GA is $30 per user per month for Meridian Insight; your finance contact asked for that in writing, so here it is.

Best,
Ryan

{SIG_RYAN}
"""
m09_html = """<div dir="ltr"><p>Hi Alicia,</p>
<p>Great to hear the analytics team wants to be in the first wave. Meridian Insight goes GA in October 2026, and until then you can run it on the beta at no charge.</p>
<p>Here is how the two products you asked about line up:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Product</th><th>Free trial</th><th>Query latency (p95)</th><th>Dashboards per workspace</th></tr>
<tr><td>Meridian Sync</td><td>14 days</td><td>-</td><td>-</td></tr>
<tr><td>Meridian Insight</td><td>30 days</td><td>under 2 seconds</td><td>up to 500</td></tr>
</table>
<p>If it helps your business case, we can set up a risk-free pilot for the revenue-cycle team: six weeks, 25 analysts, your own Epic extract.</p>
<p>Pricing after GA is $30 per user per month for Meridian Insight; your finance contact asked for that in writing, so here it is.</p>
<p>Best,<br>Ryan</p>
<p>Ryan Castillo | Solutions Engineer, Healthcare<br>Meridian Data Inc. | 535 Mission Street, Suite 1400, San Francisco, CA 94105<br>+1 (415) 555-0173</p>
</div>
"""
mail("0009", "2026-06-30T08:45:00-07:00", RYAN, ALICIA, "Meridian Insight beta - next steps for Alder Health", m09_text, [
    (I, "general_availability", "2026-10", "conflict", "Meridian Insight goes GA in October 2026"),
    (S, "free_trial", dur(14, "days"), "unverified", "ROW:| Meridian Sync "),
    (I, "free_trial", dur(30, "days"), "ok", "ROW:| Meridian Insight "),
    (I, "query_latency", dur(2, "seconds"), "ok", "ROW:| Meridian Insight "),
    (I, "max_dashboards", 500, "conflict", "ROW:| Meridian Insight "),
    (I, "per_user_price", money(30, "USD", "user-month"), "ok", "Pricing after GA is $30 per user per month for Meridian Insight"),
], [("phrase", "en.guarantee", None, "we can set up a risk-free pilot")],
     charset="utf-8", cte="quoted-printable", html=m09_html, msgid="CAPx1eZr7N0q4vM3hS2yK9w@mail.gmail.com",
     archive=True)

# ======================================================================= M10 partner, box table with old name
m10_body = """メリディアンデータ株式会社
佐藤様

いつもお世話になっております。ネクストリンクの森田です。

今月の案件状況を共有いたします。

""" + box_table(["顧客名", "製品", "数量", "希望開始日"], [
    ["丸和工業", "メリディアン・ファイルシンク", "1,200", "2026/08/01"],
    ["山陽運輸", "メリディアン ボールト", "35", "2026/09/01"],
    ["東栄商事", "メリディアン インサイト", "60", "2026/10/01"],
]) + """

丸和工業様には、メリディアン シンクはオフライン環境でも編集できるとご説明済みです。
移行手順は https://partners.meridian-data.com/docs/MeridianFileSync-migration.pdf を参照しております。

製品名の表記が古いままの資料が残っておりましたら、ご指摘ください。

――
株式会社ネクストリンク 営業部 森田 亮
〒460-0008 名古屋市中区栄3-15-33 栄ガスビル7F
TEL 052-555-0193
"""
mail("0010", "2026-06-25T17:45:00+09:00", MORITA, SATO, "6月度 案件状況のご共有", m10_body, [
    (S, "offline_mode", True, "conflict", "丸和工業様には、メリディアン シンクはオフライン環境でも編集できるとご説明済みです。"),
], [("terminology", None, S, "ROW:メリディアン・ファイルシンク")],
     charset="iso-2022-jp", cte="7bit", msgid="202606251745.8QJ2KD03@nextlink-sol.co.jp", mailer="Sylpheed 3.7.0")

# ======================================================================= M11 tokyo reply, -----元のメッセージ-----
m11_body = f"""森田様

お世話になっております。佐藤です。
共有いただきありがとうございます。

1点訂正させてください。メリディアン シンクはオフラインモードには対応しておりません。
同製品のクライアントはWindows、macOS、iOS、Androidに対応しており、Linuxは非対応です。
丸和工業様には、弊社からも改めてご説明いたします。

また、製品名は現在「メリディアン シンク」が正式名称となっております。
お手数ですが、資料の差し替えをお願いいたします。

佐藤

-----元のメッセージ-----
差出人: 森田 亮 <morita@nextlink-sol.co.jp>
送信日時: 2026年6月25日 17:45
宛先: 佐藤 健一 <k.sato@jp.meridian-data.com>
件名: 6月度 案件状況のご共有

{m10_body}"""
m11_pl = "同製品のクライアントはWindows、macOS、iOS、Androidに対応しており、Linuxは非対応です。"
mail("0011", "2026-07-08T09:40:00+09:00", SATO, MORITA, "RE: 6月度 案件状況のご共有", m11_body, [
    (S, "offline_mode", False, "ok", "メリディアン シンクはオフラインモードには対応しておりません。"),
    (S, "supported_platforms", "Windows", "ok", m11_pl),
    (S, "supported_platforms", "macOS", "ok", m11_pl),
    (S, "supported_platforms", "iOS", "ok", m11_pl),
    (S, "supported_platforms", "Android", "ok", m11_pl),
], charset="utf-8", cte="base64", msgid="TYWPR01MB10652E7C1D3A94F0B8E6C2D55A@TYWPR01MB10652.jpnprd01.prod.outlook.com",
     mailer="Microsoft Outlook 16.0", quotes=("0010", m10_body), reply_to="0010", crlf=True)

# ======================================================================= M12 london, pipe table, caption names product
m12_body = f"""Hi Gareth,

Following Monday's call, here are the Meridian Vault figures for your board
pack. I've kept to the two-column format your template uses.

Meridian Vault - key figures (July 2026)

""" + pipe_table(["Item", "Figure"], [
    ["Recovery point objective", "15 minutes"],
    ["Recovery time objective", "4 hours"],
    ["Default retention", "90 days"],
    ["Availability SLA", "99.95%"],
    ["Capacity per tenant", "up to 1 PB"],
    ["Regions", "Frankfurt, Oregon, London"],
    ["Price", "£16 per TB per month + VAT"],
]) + f"""

On Brightwater's 12 TB, the rate above would apply across the 36-month term
you proposed.

The restore drill is pencilled in for 3 September at your Swindon office.

Best regards,
Hannah

{SIG_HANNAH}
"""
mail("0012", "2026-07-15T09:55:00+01:00", HANNAH, GARETH, "Meridian Vault figures for the board pack", m12_body, [
    (V, "rpo", dur(15, "minutes"), "ok", "ROW:Recovery point objective"),
    (V, "rto", dur(4, "hours"), "unverified", "ROW:Recovery time objective"),
    (V, "retention", dur(90, "days"), "ok", "ROW:Default retention"),
    (V, "sla", 99.95, "ok", "ROW:Availability SLA"),
    (V, "max_storage", 10 ** 15, "conflict", "ROW:Capacity per tenant"),
    (V, "data_centers", "Frankfurt", "ok", "ROW:| Regions"),
    (V, "data_centers", "Oregon", "ok", "ROW:| Regions"),
    (V, "data_centers", "London", "conflict", "ROW:| Regions"),
    (V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "ROW:| Price"),
], charset="utf-8", cte="quoted-printable", msgid="a7c2e915-60d3-4b7f-8e4a-f19d2b0c5e63@uk.meridian-data.com",
     mailer="Mozilla Thunderbird", archive=True)

# ======================================================================= M13 us-hq, TSV quote (not archived)
m13_body = f"""Marcus,

Here is the renewal quote pasted from our pricing sheet (the PDF with
signatures follows from DocuSign):

SKU\tProduct\tQty\tUnit price (per month)\tTerm
MS-WS-01\tMeridian Sync\t1\t$399.00\t12 months
MV-TB-01\tMeridian Vault (per TB)\t60\t$20.00\t12 months
MI-USR-01\tMeridian Insight (per user)\t40\t$30.00\t12 months

A 12% multi-year discount applies if you sign for 36 months instead of 12;
that is specific to this order and expires on August 31.

Two product updates since we last spoke:
- Meridian Sync now supports up to 10,000 users per organization.
- Meridian Vault keeps backups for 90 days by default, which should settle the audit question.

Dana

{SIG_DANA}
"""
mail("0013", "2026-07-29T11:00:00-07:00", DANA, MARCUS, "Kestrel renewal quote - FY27", m13_body, [
    (S, "monthly_price", money(399, "USD", "month"), "ok", "ROW:MS-WS-01"),
    (V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "ROW:MV-TB-01"),
    (I, "per_user_price", money(30, "USD", "user-month"), "ok", "ROW:MI-USR-01"),
    (S, "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per organization."),
    (V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
], charset="us-ascii", cte="7bit", msgid="CAGk7vQy0Hn5s1D9eP4b@mail.gmail.com")

# ======================================================================= M14 osaka, box table requirements vs answers
m14_table = box_table(["項番", "ご要件", "メリディアン シンクでの回答"], [
    ["1", "利用者数 800名以上", "最大10,000ユーザーまで対応"],
    ["2", "稼働率 99.5%以上", "SLA 99.9%"],
    ["3", "1人あたり500GB以上の容量", "1ユーザーあたり1TB"],
    ["4", "ISMAP登録", "ISO/IEC 27001、SOC 2 Type IIを取得済み（ISMAPは未登録）"],
    ["5", "オフラインでの編集", "非対応"],
    ["6", "Linux端末での利用", "Windows・Mac・iOS・Androidに対応（Linuxは非対応）"],
])
m14_head = """株式会社関西精工
情報システム課 岡田様

お世話になっております。メリディアンデータ大阪オフィスの山本でございます。

先般いただきました要件一覧に対し、メリディアン シンクでの対応可否を下表にまとめました。

""" + m14_table
m14_body = m14_head + f"""

なお、メリディアン シンクは中堅企業向けファイル共有サービスにおいて導入社数No.1※の実績がございます。
※2026年6月 東京リサーチ調べ（従業員300〜1,000名の国内企業を対象）

ご不明点などございましたら、何なりとお申し付けください。

{SIG_YAMAMOTO}
"""
mail("0014", "2026-07-14T16:40:00+09:00", YAMAMOTO, OKADA, "ご要件への回答（メリディアン シンク）", m14_body, [
    (S, "max_users", 10000, "ok", "ROW:最大10,000ユーザーまで対応"),
    (S, "sla", 99.9, "ok", "ROW:SLA 99.9%"),
    (S, "storage_per_user", 1 * TB, "ok", "ROW:1ユーザーあたり1TB"),
    (S, "certifications", "ISO 27001", "ok", "ROW:ISO/IEC 27001"),
    (S, "certifications", "SOC 2 Type II", "ok", "ROW:ISO/IEC 27001"),
    (S, "offline_mode", False, "ok", "ROW:オフラインでの編集"),
    (S, "supported_platforms", "Windows", "ok", "ROW:Linux端末での利用"),
    (S, "supported_platforms", "macOS", "ok", "ROW:Linux端末での利用"),
    (S, "supported_platforms", "iOS", "ok", "ROW:Linux端末での利用"),
    (S, "supported_platforms", "Android", "ok", "ROW:Linux端末での利用"),
], charset="iso-2022-jp", cte="7bit", msgid="000a01dd13c4$5e7f2a10$1b7d7e30$@osaka.jp.meridian-data.com",
     mailer="Microsoft Outlook 16.0", archive=True, crlf=True)

# ======================================================================= M15 customer reply, partial quote, own box table
m15_own = """山本様

お世話になっております。関西精工の岡田です。
ご回答いただきありがとうございます。

社内で検討した結果、以下の比較表を稟議書に添付する予定です。

""" + box_table(["項目", "メリディアン シンク", "B社"], [
    ["稼働率", "99.9%", "99.5%"],
    ["容量", "1ユーザーあたり1TB", "1ユーザーあたり2TB"],
    ["対応OS", "Windows/Mac/iOS/Android", "Windows/Mac"],
]) + """

1点確認させてください。メリディアン シンクの管理画面は英語以外の言語にも対応していますでしょうか。

以上、よろしくお願いいたします。

岡田 直樹
株式会社関西精工 管理本部 情報システム課
TEL 072-555-0164 内線 2231

2026年7月14日(火) 16:40 山本 拓也 <t.yamamoto@osaka.jp.meridian-data.com>:
"""
m15_body = m15_own + quote(m14_head) + "\n>\n> （後略）\n"
mail("0015", "2026-07-21T11:05:00+09:00", OKADA, YAMAMOTO, "Re: ご要件への回答（メリディアン シンク）", m15_body, [
    (S, "sla", 99.9, "ok", "ROW:│ 稼働率"),
    (S, "storage_per_user", 1 * TB, "ok", "ROW:│ 容量"),
    (S, "supported_platforms", "Windows", "ok", "ROW:Windows/Mac/iOS/Android"),
    (S, "supported_platforms", "macOS", "ok", "ROW:Windows/Mac/iOS/Android"),
    (S, "supported_platforms", "iOS", "ok", "ROW:Windows/Mac/iOS/Android"),
    (S, "supported_platforms", "Android", "ok", "ROW:Windows/Mac/iOS/Android"),
], charset="iso-2022-jp", cte="7bit", msgid="87v8xk2q3d.fsf@kansai-seiko.co.jp", mailer="Wanderlust/2.15.9",
     quotes=("0014", m14_head), reply_to="0014", archive=True)

# ======================================================================= M16 london, ASCII table requirements vs Insight
m16_body = f"""Hi Priya,

Thanks for sending over the RFP scoring sheet. I've answered the Meridian
Insight rows below; your requirement figures are copied into the left-hand
column so the panel can read across.

""" + ascii_table(["Your requirement", "Meridian Insight", "Comment"], [
    ["150+ dashboards", "up to 200", "per workspace"],
    ["Query response < 3 s", "within 2 seconds", "p95, 100M-row workspace"],
    ["45-day evaluation", "30-day free trial", "extension on request"],
    ["12 interface languages", "9 languages", "more planned"],
    ["Live before Q1 2027", "GA in January 2027", "beta available today"],
]) + f"""

Pricing is £25 per user per month ex VAT for Meridian Insight.
Viewers are unlimited on every plan, so your partners can open dashboards
without needing a licence of their own.

Happy to walk the panel through it on the 15th.

Best,
Hannah

{SIG_HANNAH}
"""
mail("0016", "2026-09-02T15:30:00+01:00", HANNAH, PRIYA, "Calder & Finch RFP - Meridian Insight answers", m16_body, [
    (I, "max_dashboards", 200, "ok", "ROW:| 150+ dashboards"),
    (I, "query_latency", dur(2, "seconds"), "ok", "ROW:| Query response"),
    (I, "free_trial", dur(30, "days"), "ok", "ROW:| 45-day evaluation"),
    (I, "ui_languages", 9, "unverified", "ROW:| 12 interface languages"),
    (I, "general_availability", "2027-01", "ok", "ROW:| Live before Q1 2027"),
    (I, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "Pricing is £25 per user per month ex VAT for Meridian Insight."),
], [("phrase", "en.unlimited", None, "Viewers are unlimited on every plan")],
     charset="utf-8", cte="8bit", msgid="f0d6b3a8-19e2-4c57-a2b0-7e5c8d4f3a91@uk.meridian-data.com",
     mailer="Mozilla Thunderbird")

# ======================================================================= M17 tokyo, rowspan box table + HTML rowspan
m17_table = box_table(["製品", "項目", "内容"], [
    ["メリディアン シンク", "最大ユーザー数", "10,000名"],
    ["", "SLA（稼働率）", "99.99%"],
    ["", "認証", "ISO 27001、ISO 27017"],
    None,
    ["メリディアン ボールト", "RPO", "15分"],
    ["", "保持期間", "90日（標準）"],
    ["", "最大容量", "1テナントあたり500TB"],
])
m17_text = f"""株式会社北辰精機
情報システム部 高橋様

いつもお世話になっております。メリディアンデータの佐藤です。

9月3日のお打ち合わせでご質問いただいた仕様について、下表にまとめました。

{m17_table}

ご導入予定の約2,400名分のアカウント発行は、10月1日の本稼働に合わせて実施いたします。

引き続きよろしくお願いいたします。

{SIG_SATO}
"""
m17_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>株式会社北辰精機<br>情報システム部 高橋様</p>
<p>いつもお世話になっております。メリディアンデータの佐藤です。</p>
<p>9月3日のお打ち合わせでご質問いただいた仕様について、下表にまとめました。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>製品</th><th>項目</th><th>内容</th></tr>
<tr><td rowspan="3">メリディアン シンク</td><td>最大ユーザー数</td><td>10,000名</td></tr>
<tr><td>SLA（稼働率）</td><td>99.99%</td></tr>
<tr><td>認証</td><td>ISO 27001、ISO 27017</td></tr>
<tr><td rowspan="3">メリディアン ボールト</td><td>RPO</td><td>15分</td></tr>
<tr><td>保持期間</td><td>90日（標準）</td></tr>
<tr><td>最大容量</td><td>1テナントあたり500TB</td></tr>
</table>
<p>ご導入予定の約2,400名分のアカウント発行は、10月1日の本稼働に合わせて実施いたします。</p>
<p>引き続きよろしくお願いいたします。</p>
<p>--------------------------------------------------<br>佐藤 健一<br>メリディアンデータ株式会社 東京オフィス 第二営業部<br>〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル12F<br>TEL 03-5555-0131&nbsp; 携帯 080-5555-0162<br>--------------------------------------------------</p>
</body></html>
"""
mail("0017", "2026-09-10T13:20:00+09:00", SATO, TAKAHASHI, "ご質問いただいた仕様について", m17_text, [
    (S, "max_users", 10000, "ok", "ROW:最大ユーザー数"),
    (S, "sla", 99.99, "conflict", "ROW:99.99%"),
    (S, "certifications", "ISO 27001", "ok", "ROW:ISO 27017"),
    (S, "certifications", "ISO 27017", "conflict", "ROW:ISO 27017"),
    (V, "rpo", dur(15, "minutes"), "ok", "ROW:15分"),
    (V, "retention", dur(90, "days"), "ok", "ROW:90日（標準）"),
    (V, "max_storage", 500 * TB, "ok", "ROW:500TB"),
], charset="utf-8", cte="quoted-printable", html=m17_html,
     msgid="TYCPR01MB8841F09B2C6E4A7D1E3B5C08D@TYCPR01MB8841.jpnprd01.prod.outlook.com",
     mailer="Microsoft Outlook 16.0", archive=True, crlf=True)

# ======================================================================= M18 london, pipe table vs competitor
m18_body = f"""Hi Daniel,

As promised, the comparison for your partners' meeting. I've filled in the
Boxwell column from their public spec sheet, so please check it against
whatever they've sent you directly.

""" + pipe_table(["Feature", "Meridian Sync", "Boxwell Teams"], [
    ["Uptime SLA", "99.9%", "99.9%"],
    ["Storage per user", "1 TB", "2 TB"],
    ["Max users per tenant", "10,000", "25,000"],
    ["Desktop & mobile apps", "Windows, macOS, iOS, Android", "Windows, macOS, Linux"],
    ["Offline mode", "No", "Yes"],
    ["Certifications", "ISO 27001, SOC 2 Type II, Cyber Essentials Plus", "ISO 27001"],
]) + f"""

On price, Pemberton's 140 fee-earners would sit on a single workspace, so
the 20% first-year discount we discussed applies to the whole invoice.

Kind regards,
Oliver

{SIG_OLIVER}
"""
mail("0018", "2026-09-24T10:12:00+01:00", OLIVER, DANIEL, "Meridian Sync vs Boxwell - comparison", m18_body, [
    (S, "sla", 99.9, "ok", "ROW:| Uptime SLA"),
    (S, "storage_per_user", 1 * TB, "ok", "ROW:| Storage per user"),
    (S, "max_users", 10000, "ok", "ROW:| Max users per tenant"),
    (S, "supported_platforms", "Windows", "ok", "ROW:| Desktop & mobile apps"),
    (S, "supported_platforms", "macOS", "ok", "ROW:| Desktop & mobile apps"),
    (S, "supported_platforms", "iOS", "ok", "ROW:| Desktop & mobile apps"),
    (S, "supported_platforms", "Android", "ok", "ROW:| Desktop & mobile apps"),
    (S, "offline_mode", False, "ok", "ROW:| Offline mode"),
    (S, "certifications", "ISO 27001", "ok", "ROW:| Certifications"),
    (S, "certifications", "SOC 2 Type II", "ok", "ROW:| Certifications"),
    (S, "certifications", "Cyber Essentials Plus", "conflict", "ROW:| Certifications"),
], charset="us-ascii", cte="7bit", msgid="b84e21f0-3c9a-47d5-9e06-5a1f7c2d8b44@uk.meridian-data.com",
     mailer="Mozilla Thunderbird", archive=True)

# ======================================================================= M19 us-hq, Gmail forward of a Tokyo note
m19_fwd = """Dana-san,

Here is the Meridian Vault pricing for Kestrel Logistics Japan (Japan regions).

Region      Price per TB / month (JPY, excl. tax)    Default retention
Tokyo       2,800                                     90 days
Osaka       2,800                                     90 days

請求は円建て・税抜表示となります。ご不明点があればお知らせください。

Best regards,
Misaki"""
m19_body = f"""Kenji,

Forwarding the Japan pricing from my colleague Misaki in our Tokyo office, as discussed on Monday.
For the US entity, Meridian Vault stays at $20 per TB per month, hosted in our Oregon data center.

Meridian Insight is still in beta; GA is planned for January 2027.
Marcus has asked for 15 beta seats for the Sparks team, which I've set up.

Dana

{SIG_DANA}

---------- Forwarded message ---------
From: 中村 美咲 <m.nakamura@jp.meridian-data.com>
Date: Mon, Oct 5, 2026 at 6:12 PM
Subject: Meridian Vault 国内リージョン価格
To: Dana Whitfield <dana.whitfield@meridian-data.com>

{m19_fwd}
"""
mail("0019", "2026-10-07T09:30:00-07:00", DANA, KENJI, "Fwd: Meridian Vault 国内リージョン価格", m19_body, [
    (V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault stays at $20 per TB per month"),
    (V, "data_centers", "Oregon", "ok", "hosted in our Oregon data center"),
    (I, "general_availability", "2027-01", "ok", "GA is planned for January 2027"),
    (V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "ROW:Tokyo       2,800", "tokyo", True),
    (V, "retention", dur(90, "days"), "ok", "ROW:Tokyo       2,800", "tokyo", True),
    (V, "data_centers", "Tokyo", "ok", "ROW:Tokyo       2,800", "tokyo", True),
    (V, "data_centers", "Osaka", "ok", "ROW:Osaka       2,800", "tokyo", True),
], charset="utf-8", cte="base64", msgid="CAGk7vQz5Tm2w8R1aJ6d@mail.gmail.com", archive=True)

# ======================================================================= M20 tokyo, period sentence + schedule table
m20_body = """小林様

お世話になっております。中村です。

ご質問いただいたユーザー数の上限について回答いたします。
メリディアン シンクの上限は2026年3月までは5,000ユーザーでしたが、2026年4月以降は最大1万ユーザーとなっております。
御社の全拠点（約3,200名）を1つの組織でご利用いただけます。

導入スケジュール案は以下のとおりです。

""" + box_table(["日程", "内容"], [
    ["11月4日", "キックオフ（御社本社）"],
    ["11月18日", "メリディアン シンク 初期設定"],
    ["12月2日", "利用部門向け説明会（2回）"],
]) + """

ご確認のほど、よろしくお願いいたします。

中村
"""
m20_s = "メリディアン シンクの上限は2026年3月までは5,000ユーザーでしたが、2026年4月以降は最大1万ユーザーとなっております。"
mail("0020", "2026-10-21T14:00:00+09:00", NAKAMURA, KOBAYASHI, "ユーザー数上限とスケジュール案", m20_body, [
    (S, "max_users", 5000, "ok", m20_s),
    (S, "max_users", 10000, "ok", m20_s),
], charset="iso-2022-jp", cte="7bit", msgid="9d2c7e40-5a1b-4f83-b6e9-3c0d8a2f1e75@jp.meridian-data.com",
     mailer="Mozilla Thunderbird")

# ======================================================================= M21 osaka, TSV with stale / 税込 errors
m21_body = f"""西田様

お世話になっております。大阪オフィスの山本です。
先日お問い合わせいただいた件、社内の一覧表から該当箇所を抜粋してお送りします。

製品\t項目\t内容
メリディアン シンク\t最大ユーザー数\t5,000名
メリディアン シンク\t月額料金（税込）\t55,000円
メリディアン ボールト\tデータセンター\t東京、大阪、シンガポール
メリディアン インサイト\t1ユーザーあたり月額（税込）\t4,000円

メリディアン インサイトは業界初のノーコード予測分析機能を搭載しており、
西田様からご相談のあった需要予測にもそのままお使いいただけます。

来週11日（水）の訪問時に、デモ環境をお見せできればと思います。

{SIG_YAMAMOTO}
"""
mail("0021", "2026-11-02T10:15:00+09:00", YAMAMOTO, NISHIDA, "お問い合わせの件（製品仕様・価格）", m21_body, [
    (S, "max_users", 5000, "stale", "ROW:最大ユーザー数"),
    (S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "ROW:月額料金（税込）"),
    (V, "data_centers", "Tokyo", "ok", "ROW:シンガポール"),
    (V, "data_centers", "Osaka", "ok", "ROW:シンガポール"),
    (V, "data_centers", "Singapore", "conflict", "ROW:シンガポール"),
    (I, "per_user_price", money(4000, "JPY", "user-month", "included"), "conflict", "ROW:1ユーザーあたり月額（税込）"),
], [("phrase", "ja.first-in-industry", None, "メリディアン インサイトは業界初のノーコード予測分析機能を搭載しており、")],
     charset="utf-8", cte="base64", msgid="000b01dd4a7e$9c2d1f40$d5875bc0$@osaka.jp.meridian-data.com",
     mailer="Microsoft Outlook 16.0", archive=True, crlf=True)

# ======================================================================= M22 us-hq, table with period columns
m22_body = f"""Hi Tom,

You asked whether Meridian Sync can take all of Granite Peak's branches on
one tenant. Short answer: yes, from April. Here's the limit as it stands
and as it will be after the v3.2 release:

""" + pipe_table(["Meridian Sync limit", "Today", "From April 1, 2026"], [
    ["Users per organization", "5,000", "10,000"],
    ["Storage per user", "1 TB", "1 TB"],
]) + f"""

Meridian Sync's uptime SLA stays at 99.9% throughout.

Your 6,200 members of staff would therefore need to wait for the April
release, or start with the two largest regions now and add the rest later.

Ryan

{SIG_RYAN}
"""
mail("0022", "2026-03-05T10:20:00-08:00", RYAN, TOM, "Re: one tenant for all branches?", m22_body, [
    (S, "max_users", 5000, "ok", "ROW:| Users per organization"),
    (S, "max_users", 10000, "ok", "ROW:| Users per organization"),
    (S, "storage_per_user", 1 * TB, "ok", "ROW:| Storage per user"),
    (S, "sla", 99.9, "ok", "Meridian Sync's uptime SLA stays at 99.9% throughout."),
], charset="us-ascii", cte="7bit", msgid="CAPx1eZq2Bv8n6K4tW0mD3a@mail.gmail.com")

# ======================================================================= M23 london, dot-leader block (stale: not yet begun)
m23_body = f"""Dear Ruth,

Lovely to meet you at the NHF conference in Birmingham. As promised, the
headline figures:

Meridian Sync - headline figures
  Users ................ up to 10,000 per organisation
  Storage .............. 1 TB per user
  Uptime SLA ........... 99.9%
  Price ................ £329 per month + VAT
  Offline mode ......... not available

I've also copied in Hannah Okafor, who looks after our Vault customers in
the housing sector, in case the backup conversation comes back round.

With best wishes,
Oliver

{SIG_OLIVER}
"""
mail("0023", "2026-01-27T12:10:00+00:00", OLIVER, RUTH, "Meridian Sync - headline figures", m23_body, [
    (S, "max_users", 10000, "stale", "ROW:Users ......"),
    (S, "storage_per_user", 1 * TB, "ok", "ROW:Storage ......"),
    (S, "sla", 99.9, "ok", "ROW:Uptime SLA ......"),
    (S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "ROW:Price ......"),
    (S, "offline_mode", False, "ok", "ROW:Offline mode ......"),
], charset="utf-8", cte="quoted-printable", msgid="3e8f0a62-d4b1-4c9e-8f27-6b5a1c0d9e38@uk.meridian-data.com",
     mailer="Mozilla Thunderbird", cc=HANNAH)


# ======================================================================= documents
DOCS = []


def doc(path, text, claims=(), findings=(), encoding="utf-8"):
    DOCS.append(dict(path=path, text=text, claims=list(claims), findings=list(findings), encoding=encoding))


d1 = """メリディアン ボールト 導入ご提案書

株式会社北辰精機 御中
2026年11月16日
メリディアンデータ株式会社 東京オフィス 第二営業部

1. ご提案の概要

本書では、貴社ファイルサーバー（約40TB）のバックアップ基盤として、メリディアン ボールトの導入をご提案いたします。

2. サービス仕様

表1 サービスレベル
""" + box_table(["項目", "内容"], [
    ["RPO（目標復旧時点）", "15分"],
    ["RTO（目標復旧時間）", "4時間以内"],
    ["保持期間（標準）", "90日"],
    ["SLA（月間稼働率）", "99.95%"],
    ["データセンター", "東京・大阪"],
    ["暗号化", "AES-256"],
]) + """

表2 料金（金額はすべて税抜）
""" + box_table(["区分", "金額"], [
    ["容量課金（1TBあたり月額）", "2,800円"],
    ["初期設定支援", "個別見積"],
]) + """

3. 他社サービスとの比較

表3 比較表
""" + box_table(["項目", "メリディアン ボールト", "C社"], [
    ["RPO", "15分", "1時間"],
    ["最大容量", "500TB", "200TB"],
    ["1TBあたり月額（税抜）", "2,800円", "3,500円"],
]) + """

メリディアン ボールトは、法人向けクラウドバックアップ部門で顧客満足度1位※を獲得しております。
※2026年9月 日本クラウド評価機構調べ（法人向けクラウドバックアップ12サービスを対象）

4. 導入スケジュール（予定）

2026年12月  キックオフ
2027年1月   初回フルバックアップ
2027年2月   本番運用へ移行

以上
"""
doc("docs/tokyo/北辰精機_メリディアンボールト_ご提案書.txt", d1, [
    (V, "rpo", dur(15, "minutes"), "ok", "ROW:RPO（目標復旧時点）"),
    (V, "rto", dur(4, "hours"), "unverified", "ROW:RTO（目標復旧時間）"),
    (V, "retention", dur(90, "days"), "ok", "ROW:保持期間（標準）"),
    (V, "sla", 99.95, "ok", "ROW:SLA（月間稼働率）"),
    (V, "data_centers", "Tokyo", "ok", "ROW:東京・大阪"),
    (V, "data_centers", "Osaka", "ok", "ROW:東京・大阪"),
    (V, "encryption", "AES-256", "ok", "ROW:AES-256"),
    (V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "ROW:容量課金（1TBあたり月額）"),
    (V, "max_storage", 500 * TB, "ok", "ROW:│ 最大容量"),
])

d2 = """# Proposal: Meridian Sync and Meridian Vault for Harbourside Insurance

Prepared for Sophie Marsh, Head of IT Operations · 18 November 2026 · Ref. HI-2026-044

## 1. Summary

Harbourside's 450 staff share roughly 38 TB of claims files across Bristol and Exeter. We propose Meridian Sync for day-to-day file sharing and Meridian Vault for backup, with Meridian Insight available for the claims analytics pilot once it leaves beta.

## 2. The products at a glance

""" + pipe_table(["", "Meridian Sync", "Meridian Vault", "Meridian Insight"], [
    ["List price (ex VAT)", "£329 / month", "£16 / TB / month", "£25 / user / month"],
    ["Availability SLA", "99.9%", "99.95%", "99.9%"],
    ["Free trial", "–", "–", "30 days"],
    ["Data centres", "–", "Frankfurt, Oregon", "–"],
]) + """

Both Meridian Sync and Meridian Vault are ISO 27001 certified.

Meridian Vault is the #1 rated backup service among UK insurers.[^1]

## 3. Commercials

Meridian Vault storage is ~~£14~~ £16 per TB per month ex VAT, billed on the protected volume at month end. Your first restore test is included, and every restore we run for you in the first year is guaranteed to complete the same day.

""" + pipe_table(["Line", "Qty", "Unit price (ex VAT)"], [
    ["Meridian Sync workspace", "1", "£329 per month"],
    ["Meridian Vault", "40 TB", "£16 per TB per month"],
]) + """

Payment terms: 30 days from invoice. Prices held until 31 March 2027.

[^1]: Source: Insurance IT Benchmark 2026, Backup & Recovery category (Halden Research, September 2026).
"""
glance_price = "ROW:| List price (ex VAT)"
doc("docs/london/harbourside-insurance-proposal.md", d2, [
    (S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", glance_price),
    (V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", glance_price),
    (I, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", glance_price),
    (S, "sla", 99.9, "ok", "ROW:| Availability SLA"),
    (V, "sla", 99.95, "ok", "ROW:| Availability SLA"),
    (I, "sla", 99.9, "unverified", "ROW:| Availability SLA"),
    (I, "free_trial", dur(30, "days"), "ok", "ROW:| Free trial"),
    (V, "data_centers", "Frankfurt", "ok", "ROW:| Data centres"),
    (V, "data_centers", "Oregon", "ok", "ROW:| Data centres"),
    (S, "certifications", "ISO 27001", "ok", "Both Meridian Sync and Meridian Vault are ISO 27001 certified."),
    (V, "certifications", "ISO 27001", "unverified", "Both Meridian Sync and Meridian Vault are ISO 27001 certified."),
], [("phrase", "en.guarantee", None, "every restore we run for you in the first year is guaranteed to complete the same day")])

d3 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Meridian Insight for Alder Health Partners</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}caption{font-weight:bold;text-align:left}</style>
</head>
<body>
<h1>Meridian Insight for Alder Health Partners</h1>
<p>Prepared by Ryan Castillo, Solutions Engineer &middot; November 2026</p>

<h2>Where we are</h2>
<p>Meridian Insight is in beta today and becomes generally available in January 2027. Your analysts already have 25 beta seats, which carry over at GA.</p>

<table>
<caption>Meridian Insight: limits and pricing</caption>
<thead><tr><th>Item</th><th>Value</th></tr></thead>
<tbody>
<tr><td>Dashboards per workspace</td><td>up to 200</td></tr>
<tr><td>Query latency (p95)</td><td>1 to 3 seconds</td></tr>
<tr><td>Price</td><td>$30 per user per month</td></tr>
<tr><td>Free trial</td><td>30 days</td></tr>
<tr><td>Pre-built connectors</td><td>120+</td></tr>
</tbody>
</table>

<h2>How it compares</h2>
<table>
<caption>Your requirements, Meridian Insight and Lumenly BI</caption>
<thead><tr><th>Requirement</th><th>Alder Health target</th><th>Meridian Insight</th><th>Lumenly BI</th></tr></thead>
<tbody>
<tr><td>Dashboards</td><td>at least 120</td><td>200</td><td>100</td></tr>
<tr><td>Free trial</td><td>45 days</td><td>30 days</td><td>14 days</td></tr>
<tr><td>Launch date</td><td>before April 2027</td><td>January 2027</td><td>available now</td></tr>
</tbody>
</table>

<p>Meridian Insight's query engine is best in class for claims and encounter data, and your revenue-cycle team will see the difference in the first week.</p>
<p>Next step: a working session with your analytics leads on 8 December.</p>
</body>
</html>
"""
doc("docs/us-hq/alder-health-insight-brief.html", d3, [
    (I, "general_availability", "2027-01", "ok", "Meridian Insight is in beta today and becomes generally available in January 2027."),
    (I, "max_dashboards", 200, "ok", "<tr><td>Dashboards per workspace</td><td>up to 200</td></tr>"),
    (I, "query_latency", {"min": 1, "max": 3, "unit": "seconds"}, "conflict", "<tr><td>Query latency (p95)</td><td>1 to 3 seconds</td></tr>"),
    (I, "per_user_price", money(30, "USD", "user-month"), "ok", "<tr><td>Price</td><td>$30 per user per month</td></tr>"),
    (I, "free_trial", dur(30, "days"), "ok", "<tr><td>Free trial</td><td>30 days</td></tr>"),
    (I, "integrations", 120, "unverified", "<tr><td>Pre-built connectors</td><td>120+</td></tr>"),
], [("phrase", "en.superlative", None, "Meridian Insight's query engine is best in class")])

d4 = """御見積書（概算）

浪速テキスタイル株式会社 御中
見積番号：OS-2026-1187
発行日：2026年11月20日
有効期限：2026年12月31日

メリディアンデータ株式会社 大阪オフィス
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6555-0147

下記のとおり御見積申し上げます。（金額はすべて税込）

品目                                    数量      単価（月額）        金額
--------------------------------------------------------------------------------
メリディアン シンク 基本料金               1       55,000円          55,000円
メリディアン ボールト 1TBあたり            20        3,080円          61,600円
メリディアン インサイト 1ユーザーあたり    30        4,400円         132,000円
--------------------------------------------------------------------------------
合計（月額・税込）                                                   248,600円

備考
・メリディアン インサイトは2026年12月に正式リリース予定です。それまではベータ版としてご利用いただけます。
・導入いただければ、必ずバックアップ運用の工数を削減できます。
・メリディアン ボールトの標準保持期間は90日間です。
"""
doc("docs/osaka/浪速テキスタイル_御見積書.txt", d4, [
    (S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "ROW:メリディアン シンク 基本料金"),
    (V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "ROW:メリディアン ボールト 1TBあたり"),
    (I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "ROW:メリディアン インサイト 1ユーザーあたり"),
    (I, "general_availability", "2026-12", "conflict", "メリディアン インサイトは2026年12月に正式リリース予定です。"),
    (V, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準保持期間は90日間です。"),
], [("phrase", "ja.absolute", None, "導入いただければ、必ずバックアップ運用の工数を削減できます。")], encoding="utf-8")

# a draft the config ignores: wrong on purpose, no expected lines
DRAFT = """御見積書（旧版・下書き）
メリディアン シンク 月額料金 45,000円（税込）
メリディアン ボールト 1TBあたり 2,500円
メリディアン シンクは業界最安です。
"""


# ======================================================================= output
def resolve(text, body):
    if text.startswith("ROW:"):
        needle = text[4:]
        hits = [ln for ln in body.split("\n") if needle in ln]
        assert hits, ("row not found", needle)
        ln = hits[0]
        if ln.startswith(">"):
            ln = ln.lstrip("> ")
        return ln.strip()
    assert text in body, ("text not in body", text)
    return text


def local_date(d):
    return d[:10]


def as_rfc(d):
    return email.utils.format_datetime(datetime.datetime.fromisoformat(d))


def build(m, by_key):
    name, a = m["frm"]
    cs = m["charset"]
    hcs = "iso-2022-jp" if cs == "iso-2022-jp" else ("shift_jis" if cs == "shift_jis" else "utf-8")
    h = [("Date", as_rfc(m["date"])), ("From", addr(name, a, hcs)), ("To", addr(m["to"][0], m["to"][1], hcs))]
    if m["cc"]:
        h.append(("Cc", addr(m["cc"][0], m["cc"][1], hcs)))
    h += [("Subject", ew(m["subject"], hcs)), ("Message-ID", "<%s>" % m["msgid"])]
    if m["reply_to"]:
        parent = by_key[m["reply_to"]]["msgid"]
        h += [("In-Reply-To", "<%s>" % parent), ("References", "<%s>" % parent)]
    if m["mailer"]:
        h.append(("X-Mailer" if "Outlook" in m["mailer"] or "Becky" in m["mailer"] or "Sylpheed" in m["mailer"]
                  else "User-Agent", m["mailer"]))
    body = m["body"]
    if m["html"]:
        htm = text_to_html(body) if m["html"] is True else m["html"]
        parts = [part(body, "plain", cs, m["cte"]), part(htm, "html", cs, m["cte"])]
        return message(h, parts, boundary="000000000000%s" % m["msgid"][:12].replace("@", "0").replace(".", "0"),
                       crlf=m["crlf"])
    return message(h, [part(body, "plain", cs, m["cte"])], crlf=m["crlf"])


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    by_key = {m["key"]: m for m in MAILS}
    recs, raw = [], {}
    for m in MAILS:
        f = "mail/%s.eml" % m["key"]
        data = build(m, by_key)
        raw[m["key"]] = data
        with open(os.path.join(SET, f), "wb") as fh:
            fh.write(data)
        off = office_of(m["frm"][1])
        day = local_date(m["date"])
        m["recs"] = []
        for c in m["claims"]:
            p, at, v, verdict, t = c[:5]
            o = c[5] if len(c) > 5 else off
            q = c[6] if len(c) > 6 else False
            m["recs"].append(dict(type="claim", file=f, message_id=m["msgid"], product=p, attribute=at, value=v,
                                  verdict=verdict, quoted=q, office=o, as_of=day, text=resolve(t, m["body"])))
        for kind, rule, prod, t in m["findings"]:
            m["recs"].append(dict(type="finding", file=f, message_id=m["msgid"], kind=kind, rule=rule, product=prod,
                                  quoted=False, text=resolve(t, m["body"])))
        if m["quotes"]:
            src, portion = m["quotes"]
            for r in by_key[src]["recs"]:
                if r["quoted"] or r["text"] not in portion:
                    continue
                m["recs"].append(dict(r, file=f, message_id=m["msgid"], quoted=True,
                                      **({"as_of": day} if r["type"] == "claim" else {})))
        recs += m["recs"]
    # mbox (mboxrd, date order)
    arch = sorted((m for m in MAILS if m["archive"]), key=lambda m: datetime.datetime.fromisoformat(m["date"]))
    with open(os.path.join(SET, "mail/archive.mbox"), "wb") as fh:
        for m in arch:
            dt = datetime.datetime.fromisoformat(m["date"]).astimezone(datetime.timezone.utc)
            fh.write(("From %s %s\n" % (m["frm"][1], dt.strftime("%a %b %d %H:%M:%S %Y"))).encode())
            for ln in raw[m["key"]].replace(b"\r\n", b"\n").split(b"\n")[:-1]:
                s = ln.lstrip(b">")
                fh.write((b">" + ln if s.startswith(b"From ") else ln) + b"\n")
            fh.write(b"\n")
    for m in arch:
        recs += [dict(r, file="mail/archive.mbox") for r in m["recs"]]
    # documents
    offices = {"tokyo", "london", "us-hq", "osaka"}
    for d in DOCS:
        full = os.path.join(SET, d["path"])
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding=d["encoding"], newline="\n") as fh:
            fh.write(d["text"])
        off = d["path"].split("/")[1]
        assert off in offices
        for c in d["claims"]:
            p, at, v, verdict, t = c
            recs.append(dict(type="claim", file=d["path"], message_id=None, product=p, attribute=at, value=v,
                             verdict=verdict, quoted=False, office=off, as_of=DOC_DATE, text=resolve(t, d["text"])))
        for kind, rule, prod, t in d["findings"]:
            recs.append(dict(type="finding", file=d["path"], message_id=None, kind=kind, rule=rule, product=prod,
                             quoted=False, text=resolve(t, d["text"])))
    os.makedirs(os.path.join(SET, "docs/osaka/drafts"), exist_ok=True)
    with open(os.path.join(SET, "docs/osaka/drafts/旧見積_下書き.txt"), "w", encoding="utf-8") as fh:
        fh.write(DRAFT)
    recs += cross_office(arch)
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE)
    print("mails %d (archive %d), docs %d, expected lines %d" % (len(MAILS), len(arch), len(DOCS), len(recs)))


# ---------------------------------------------------------------- cross-office (derived, then checked by hand)
SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}


def key(v):
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
        return ("money", round(amt, 6), v["currency"], v["per"])
    if isinstance(v, dict) and "min" in v:
        return ("range", v["min"] * SECS[v["unit"]], v["max"] * SECS[v["unit"]])
    if isinstance(v, dict):
        return ("dur", v["amount"] * SECS[v["unit"]])
    return ("v", v)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(arch):
    """Pairs of offices (not customers) in the archive that stated different values for one product and
    attribute within 45 days, not both right at their own dates. Quoted claims dated by the reply."""
    items = []
    for m in arch:
        for r in m["recs"]:
            if r["type"] == "claim" and r["office"] != "unknown" and r["attribute"] not in SET_ATTRS:
                items.append((datetime.date.fromisoformat(r["as_of"]), m["key"], r))
    found = {}
    for i, (d1, k1, a) in enumerate(items):
        for d2, k2, b in items[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            ka, kb = key(a["value"]), key(b["value"])
            if ka[0] == "money" and kb[0] == "money" and ka[2:] != kb[2:]:
                continue
            if ka == kb or (a["verdict"] == "ok" and b["verdict"] == "ok") or abs((d1 - d2).days) > 45:
                continue
            offs = tuple(sorted({a["office"], b["office"]}))
            ent = found.setdefault((a["product"], a["attribute"], offs), {"values": {}, "files": set()})
            for r, k in ((a, k1), (b, k2)):
                if r["verdict"] != "ok" or r["office"] not in ent["values"]:
                    ent["values"][r["office"]] = r["value"]
                ent["files"].add("mail/%s.eml" % k)
    out = []
    for (p, at, offs), e in sorted(found.items()):
        out.append({"type": "cross-office", "product": p, "attribute": at, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": sorted(e["files"]), "values": e["values"]})
    return out


ONEVOICE = """# onevoice configuration for probe set 67 (SPEC section 6).
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

if __name__ == "__main__":
    main()
