#!/usr/bin/env python3
"""Generate evaluation set 54 (Meridian Data): everyday sales mail at volume.

    python3 gen/generate.py            # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl

Stdlib only, deterministic. Every message is built as raw MIME bytes here; the
answer key is written next to the text that holds each claim, and the script
checks that every excerpt really occurs in the decoded message / document, that
the mbox round-trips (mboxrd), and that the cross-office records equal what
the LABELS.md rule gives over the archived claims.
"""
import base64, datetime as dt, email, email.policy, hashlib, html, json, os, quopri, re, shutil, sys
from email.header import Header
from email.utils import format_datetime, encode_rfc2231

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOC_DATE = "2026-11-22"

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"


# ------------------------------------------------------------------ values
def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def dur(n, unit):
    return {"amount": n, "unit": unit}


def TB(n):
    return int(round(n * 10 ** 12))


def GB(n):
    return int(round(n * 10 ** 9))


# ------------------------------------------------------------------ offices
OFFICE_GLOBS = [("osaka", "@osaka.jp.meridian-data.com"), ("tokyo", "@jp.meridian-data.com"),
                ("london", "@uk.meridian-data.com"), ("us-hq", "@meridian-data.com")]


def office_of(addr):
    a = addr.lower()
    for office, suffix in OFFICE_GLOBS:          # most specific first
        if a.endswith(suffix) and "@" not in a[: -len(suffix)]:
            return office
    return "unknown"


# ------------------------------------------------------------------ records
def C(product, attribute, value, verdict, text, quoted=False, office=None, as_of=None):
    return {"type": "claim", "product": product, "attribute": attribute, "value": value, "verdict": verdict,
            "quoted": quoted, "office": office, "as_of": as_of, "text": text}


def P(rule, text, quoted=False):
    return {"type": "finding", "kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def T(product, text, quoted=False):
    return {"type": "finding", "kind": "terminology", "rule": None, "product": product, "quoted": quoted, "text": text}


# ------------------------------------------------------------------ signatures
SIG_TAKAHASHI = """--
株式会社メリディアン・データ・ジャパン
東京オフィス 第一営業部
高橋 美咲（Misaki Takahashi）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-5218-4470 / 携帯: 090-4418-2270
https://www.meridian-data.co.jp
"""

SIG_YAMAMOTO = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社メリディアン・データ・ジャパン
東京オフィス エンタープライズ営業部
山本 拓也
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL 03-5218-4471 ／ FAX 03-5218-4479
Mail: t.yamamoto@jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
本メールは、名宛人に送信したものであり、秘匿情報が含まれている場合がございます。
誤って受信された場合は、送信者にご連絡のうえ、本メールを破棄していただきますようお願いいたします。
"""

SIG_SASAKI = """--
佐々木 健太 / Kenta Sasaki
株式会社メリディアン・データ・ジャパン 東京オフィス
アナリティクス営業グループ
TEL: 03-5218-4473  携帯: 080-6621-0934
"""

SIG_ITO = """--
伊藤 さやか
株式会社メリディアン・データ・ジャパン
カスタマーサクセス部（東京）
TEL: 03-5218-4475（平日 9:00〜18:00）
"""

SIG_NAKAMURA = """━━━━━━━━━━━━━━━━━━━━━━━━
株式会社メリディアン・データ・ジャパン 大阪オフィス
営業課 課長代理　中村 亮介
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 15階
TEL 06-6345-7781 ／ FAX 06-6345-7782
r.nakamura@osaka.jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━━━━━
"""

US_DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies of
the original message."""

SIG_DANA = """Dana Whitfield
Senior Account Executive | Meridian Data Inc.
535 Mission Street, Suite 1400, San Francisco, CA 94105
m: +1 (415) 555-0142 | o: +1 (415) 555-0100

""" + US_DISCLAIMER + "\n"

SIG_KEVIN = """--
Kevin Alvarez
Account Executive, Mid-Market West
Meridian Data Inc. | 535 Mission Street, Suite 1400, San Francisco, CA 94105
+1 (415) 555-0129
"""

SIG_JESSICA = """Jessica Moore | Solutions Consultant
Meridian Data Inc. | 535 Mission Street, Suite 1400, San Francisco, CA 94105
+1 (415) 555-0187
"""

SIG_BRIAN = """Brian Foster
Senior Sales Engineer, Public Sector
Meridian Data Inc.
535 Mission Street, Suite 1400, San Francisco, CA 94105
+1 (415) 555-0163

""" + US_DISCLAIMER + "\n"

UK_FOOTER = ("Meridian Data UK Ltd is registered in England and Wales, company no. 09876543.\n"
             "Registered office: 30 Finsbury Square, London EC2A 1AG. VAT reg. GB 284 1937 66.\n")

SIG_OLIVER = """Oliver Bennett
Enterprise Account Manager, UK & Ireland
Meridian Data UK Ltd | 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0321 | M +44 7700 900 418

""" + UK_FOOTER

SIG_CHARLOTTE = """Charlotte Hughes
Account Manager, Retail & Consumer
Meridian Data UK Ltd | 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0355

""" + UK_FOOTER


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


# ------------------------------------------------------------------ the messages
JST, GMT, BST = dt.timezone(dt.timedelta(hours=9)), dt.timezone.utc, dt.timezone(dt.timedelta(hours=1))
PST, PDT = dt.timezone(dt.timedelta(hours=-8)), dt.timezone(dt.timedelta(hours=-7))

M = {}          # key -> message spec

# ---- M01 tokyo, quote follow-up (ISO-2022-JP, Outlook)
M["m01"] = dict(
    date=dt.datetime(2026, 2, 10, 10, 42, 7, tzinfo=JST), mailer="outlook-jp", enc="iso-2022-jp",
    frm=("高橋 美咲", "m.takahashi@jp.meridian-data.com"),
    to=[("小林 孝", "t.kobayashi@hoshino-kogyo.co.jp")],
    subject="【メリディアン・データ】先日のお打ち合わせのお礼とお見積りについて",
    body="""星野工業株式会社
情報システム部 小林 様

いつもお世話になっております。
メリディアン・データの高橋でございます。

昨日はご多忙のところ、お打ち合わせのお時間をいただき誠にありがとうございました。
ご説明いたしましたメリディアン シンクについて、要点をあらためてお送りいたします。

・メリディアン シンクの月額料金は50,000円（税抜）でございます。
・同製品は現在、1テナントあたり最大5,000ユーザーまでご利用いただけます。
・なお、2026年4月1日以降は、同製品の上限が1万ユーザーに引き上げられる予定です。

御社のご利用予定は当面250名程度と伺っておりますので、規模面での懸念はございません。
正式なお見積書は、今週金曜日（2月13日）までにPDFでお送りいたします。

次回のお打ち合わせは、2月18日（水）14:00〜15:00、御社本社（浜松）にて承知いたしました。
当日は弊社技術担当の森田も同席いたします。

引き続きどうぞよろしくお願いいたします。

""" + SIG_TAKAHASHI,
    archive=True,
    records=[
        C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）でございます。"),
        C(S, "max_users", 5000, "ok", "同製品は現在、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
        C(S, "max_users", 10000, "ok", "2026年4月1日以降は、同製品の上限が1万ユーザーに引き上げられる予定です。", as_of="2026-04-01"),
    ])

# ---- M02 us-hq, renewal reminder (multipart/alternative, Outlook)
M["m02"] = dict(
    date=dt.datetime(2026, 2, 24, 9, 15, 33, tzinfo=PST), mailer="outlook-us", enc="alt-qp",
    frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    to=[("Marcus Greene", "mgreene@harborlinelogistics.com")],
    cc=[("Accounts Payable", "ap@harborlinelogistics.com")],
    subject="Your Meridian Sync renewal on March 31",
    body="""Hi Marcus,

Quick heads-up that your Meridian Sync subscription comes up for renewal on March 31, 2026. Some of your older invoices still show the product as Meridian FileSync; it's the same service under its current name, so nothing changes on your side.

A few things worth knowing before you sign off internally:

- Price: it stays at $399 per month for the workspace, billed annually.
- Your 180 seats carry over as they are, and the 8% multi-year discount from last year's order is honored for the new term.
- Meridian Sync's 99.9% uptime SLA and the service-credit schedule are unchanged.
- Meridian Sync now supports up to 10,000 users per organization, so the new Reno warehouse team fits in your existing workspace.

If you want to add the Vault backup add-on or change the billing contact, just reply here and I'll update the order form. Otherwise I'll send the DocuSign envelope on March 10.

Thanks,
Dana

""" + SIG_DANA,
    records=[
        T(S, "Some of your older invoices still show the product as Meridian FileSync"),
        C(S, "monthly_price", money(399, "USD", "month"), "ok", "Price: it stays at $399 per month for the workspace, billed annually."),
        C(S, "sla", 99.9, "ok", "Meridian Sync's 99.9% uptime SLA and the service-credit schedule are unchanged."),
        C(S, "max_users", 10000, "stale", "Meridian Sync now supports up to 10,000 users per organization"),
    ])

# ---- M03 customer question list, no claims (UTF-8 base64, Outlook)
M03_BODY = """メリディアン・データ株式会社
山本 様

お世話になっております。あおば信用金庫 システム部の岡田です。

先日ご提案いただいたメリディアン ボールトについて、当金庫の調達チェックシートの
記入にあたり、以下の点をご教示いただけますでしょうか。

1. RPO（目標復旧時点）はどの程度でしょうか。
2. 標準の保持期間は何日間でしょうか。当金庫の要件は最低90日です。
3. データセンターの所在地をお教えください（国内保管が必須です）。
4. 保存データの暗号化方式
5. SLA（稼働率）の数値
6. RTO（目標復旧時間）の目安

お手数ですが、3月10日（火）までにご回答いただけますと幸いです。

よろしくお願いいたします。

――――――――――――――――――
あおば信用金庫 システム部 システム企画課
岡田 真理子
〒980-0811 仙台市青葉区一番町3-2-14
TEL 022-261-5530（内線 417）
――――――――――――――――――
"""
M["m03"] = dict(
    date=dt.datetime(2026, 3, 3, 17, 20, 41, tzinfo=JST), mailer="outlook-jp-customer", enc="utf-8-b64",
    frm=("岡田 真理子", "m-okada@aoba-shinkin.co.jp"),
    to=[("山本 拓也", "t.yamamoto@jp.meridian-data.com")],
    subject="メリディアン ボールトに関する確認事項（調達チェックシート）",
    body=M03_BODY, records=[])

# ---- M04 tokyo answers the questionnaire (ISO-2022-JP, Outlook reply)
M["m04"] = dict(
    date=dt.datetime(2026, 3, 9, 11, 5, 12, tzinfo=JST), mailer="outlook-jp", enc="iso-2022-jp",
    frm=("山本 拓也", "t.yamamoto@jp.meridian-data.com"),
    to=[("岡田 真理子", "m-okada@aoba-shinkin.co.jp")],
    subject="RE: メリディアン ボールトに関する確認事項（調達チェックシート）", reply_to="m03",
    body="""あおば信用金庫
システム部 岡田 様

いつも大変お世話になっております。
メリディアン・データの山本でございます。

チェックシートの件、ご連絡ありがとうございます。
ご質問の順に、以下のとおりご回答いたします。

■メリディアン ボールト
1. RPO（目標復旧時点）：15分
2. 標準の保持期間：90日間（ポリシー設定により延長可能です）
3. データセンター：東京、大阪、オレゴン、フランクフルト（御社のデータは東京・大阪の国内2拠点のみで保管いたします）
4. 暗号化方式：AES-256
5. SLA：99.95%
6. RTO（目標復旧時間）：4時間以内（当社の標準的な復旧手順による目安）

チェックシートへの転記が必要でしたら、弊社で記入したファイルをお送りいたしますので、お申し付けください。

何卒よろしくお願い申し上げます。

""" + SIG_YAMAMOTO + """
-----Original Message-----
From: 岡田 真理子 <m-okada@aoba-shinkin.co.jp>
Sent: Tuesday, March 3, 2026 5:20 PM
To: 山本 拓也 <t.yamamoto@jp.meridian-data.com>
Subject: メリディアン ボールトに関する確認事項（調達チェックシート）

""" + M03_BODY,
    archive=True,
    records=[
        C(V, "rpo", dur(15, "minutes"), "ok", "1. RPO（目標復旧時点）：15分"),
        C(V, "retention", dur(90, "days"), "ok", "2. 標準の保持期間：90日間（ポリシー設定により延長可能です）"),
    ] + [C(V, "data_centers", m, "ok", "3. データセンター：東京、大阪、オレゴン、フランクフルト（御社のデータは東京・大阪の国内2拠点のみで保管いたします）")
         for m in ("Tokyo", "Osaka", "Oregon", "Frankfurt")] + [
        C(V, "encryption", "AES-256", "ok", "4. 暗号化方式：AES-256"),
        C(V, "sla", 99.95, "ok", "5. SLA：99.95%"),
        C(V, "rto", dur(4, "hours"), "unverified", "6. RTO（目標復旧時間）：4時間以内（当社の標準的な復旧手順による目安）"),
    ])

# ---- M05 london, meeting follow-up (UTF-8 QP, Apple Mail)
M05_BODY = """Hi Priya,

Thanks again to you and Tom for the time on Tuesday, and for the tour of the new floor at Canary Wharf.

As promised, a short summary of what we covered:

Meridian Vault is priced at £16 per TB per month, billed monthly in arrears on the capacity you actually protect.
A single Meridian Vault tenant holds up to 500 TB. Your current estate is about 140 TB, so there is plenty of headroom for the matter-archive project Tom mentioned.
It encrypts every backup at rest with AES-256, and you hold the keys yourselves if you opt for BYOK.
Meridian Vault has no data centre in London, so UK customers are normally hosted in Frankfurt.

Next step on our side is a scoping call with our solutions engineer, Aisha; she has suggested Thursday 26 March at 10:00. I'll send an invite once you confirm.

Best wishes,
Oliver

""" + SIG_OLIVER
M05_RECS = [
    ("price_per_tb", money(16, "GBP", "TB-month"), "Meridian Vault is priced at £16 per TB per month, billed monthly in arrears on the capacity you actually protect."),
    ("max_storage", TB(500), "A single Meridian Vault tenant holds up to 500 TB."),
    ("encryption", "AES-256", "It encrypts every backup at rest with AES-256, and you hold the keys yourselves if you opt for BYOK."),
    ("data_centers", "Frankfurt", "Meridian Vault has no data centre in London, so UK customers are normally hosted in Frankfurt."),
]
M["m05"] = dict(
    date=dt.datetime(2026, 3, 18, 16, 40, 2, tzinfo=GMT), mailer="apple", enc="utf-8-qp",
    frm=("Oliver Bennett", "oliver.bennett@uk.meridian-data.com"),
    to=[("Priya Raman", "p.raman@northwind-legal.co.uk")],
    cc=[("Tom Ellery", "t.ellery@northwind-legal.co.uk")],
    subject="Meridian Vault – notes from Tuesday",
    body=M05_BODY, archive=True,
    records=[C(V, a, v, "ok", t) for a, v, t in M05_RECS])

# ---- M06 osaka, proposal summary (ISO-2022-JP, Thunderbird)
M["m06"] = dict(
    date=dt.datetime(2026, 3, 23, 13, 30, 55, tzinfo=JST), mailer="thunderbird", enc="iso-2022-jp",
    frm=("中村 亮介", "r.nakamura@osaka.jp.meridian-data.com"),
    to=[("西田 様", "nishida@naniwa-seimitsu.co.jp")],
    subject="メリディアン・シンクのご提案内容について",
    body="""株式会社なにわ精密
総務部 西田 様

いつもお世話になっております。
メリディアン・データ大阪オフィスの中村です。

先週はショールームまでお越しいただき、ありがとうございました。
ご検討中のメリディアン・シンクについて、ご質問いただいた点をまとめました。

旧名称の「メリディアン・ファイルシンク」でご記憶の方もいらっしゃるかと存じますが、同じサービスです。
メリディアン・シンクは、現在1テナントあたり最大5,000ユーザーまでご利用いただけます。
こちらはWindows、Mac、iPhone・iPad、Androidでご利用いただけますので、工場の現場の方もスマートフォンからファイルを確認できます。
なお、同製品はオフライン環境でのご利用には対応しておりませんので、電波の届きにくい倉庫では事前にご確認をお願いいたします。

月額料金は業界最安クラスに設定しておりますので、他社サービスとの比較表もご用意できます。

ご不明な点がございましたら、お気軽にお問い合わせください。
来月初旬に、あらためてご訪問のお時間をいただけますと幸いです。

""" + SIG_NAKAMURA,
    archive=True,
    records=[
        T(S, "旧名称の「メリディアン・ファイルシンク」でご記憶の方もいらっしゃるかと存じますが、同じサービスです。"),
        C(S, "max_users", 5000, "ok", "メリディアン・シンクは、現在1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    ] + [C(S, "supported_platforms", m, "ok", "こちらはWindows、Mac、iPhone・iPad、Androidでご利用いただけますので、工場の現場の方もスマートフォンからファイルを確認できます。")
         for m in ("Windows", "macOS", "iOS", "Android")] + [
        C(S, "offline_mode", False, "ok", "なお、同製品はオフライン環境でのご利用には対応しておりませんので、電波の届きにくい倉庫では事前にご確認をお願いいたします。"),
        P("ja.cheapest", "月額料金は業界最安クラスに設定しておりますので、他社サービスとの比較表もご用意できます。"),
    ])

# ---- M07 tokyo, onboarding note, no claims (UTF-8 base64, Gmail)
M["m07"] = dict(
    date=dt.datetime(2026, 4, 2, 9, 50, 18, tzinfo=JST), mailer="gmail", enc="utf-8-b64",
    frm=("伊藤 さやか", "s.ito@jp.meridian-data.com"),
    to=[("小林 孝", "t.kobayashi@hoshino-kogyo.co.jp")],
    subject="【メリディアン シンク】ご利用開始のご案内（管理者アカウント発行）",
    body="""星野工業株式会社
情報システム部 小林 様

この度はメリディアン シンクをご契約いただき、誠にありがとうございます。
カスタマーサクセス担当の伊藤と申します。本日より導入支援を担当いたします。

管理者用アカウントを3件発行いたしましたので、ご案内いたします。

  管理コンソール： https://admin.meridian-data.com/t/hoshino-kogyo
  ログインID　　： ご登録のメールアドレス
  初期パスワード： 別途、SMSにてお送りいたします

旧バージョンからの移行手順は、以下のページにまとめております。
https://support.meridian-data.com/ja/MeridianFileSync-migration

キックオフ会議は4月8日（水）10時からオンラインで実施いたします。
招待URLは前日までにお送りいたしますので、ご確認のほどよろしくお願いいたします。

""" + SIG_ITO,
    records=[])

# ---- M08 us-hq, quote (us-ascii 7bit, Apple Mail)
M["m08"] = dict(
    date=dt.datetime(2026, 4, 15, 11, 20, 9, tzinfo=PDT), mailer="apple-us", enc="ascii",
    frm=("Kevin Alvarez", "kevin.alvarez@meridian-data.com"),
    to=[("Rachel Kim", "rkim@summitridge-cpa.com")],
    subject="Meridian Sync quote for Summit Ridge + Pinecrest",
    body="""Hi Rachel,

Good to talk this morning. Here's the recap and the numbers you asked for.

Since April 1 a single Meridian Sync organization can have up to 10,000 users, so once the Pinecrest team joins you in July you will still be on one tenant.
Each user on Meridian Sync comes with 1 TB of storage, which should cover the scanned client files without a separate archive.
It runs on Windows, macOS, iOS and Android. There's no Linux client, so the two Ubuntu workstations in your IT room would use the web app instead.

Your quote:
  Meridian Sync, 12-month term, billed annually: $399 per month
  Onboarding package (one-time): $1,500, waived if signed by April 30

On your question #1 about SSO: yes, Okta and Entra ID both work out of the box, and setup takes about an hour with your admin.

We also back it with our industry-leading support team, reachable around the clock.

Talk soon,
Kevin

""" + SIG_KEVIN,
    archive=True,
    records=[
        C(S, "max_users", 10000, "ok", "Since April 1 a single Meridian Sync organization can have up to 10,000 users"),
        C(S, "storage_per_user", TB(1), "ok", "Each user on Meridian Sync comes with 1 TB of storage"),
    ] + [C(S, "supported_platforms", m, "ok", "It runs on Windows, macOS, iOS and Android.") for m in ("Windows", "macOS", "iOS", "Android")] + [
        C(S, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync, 12-month term, billed annually: $399 per month"),
        P("en.superlative", "We also back it with our industry-leading support team, reachable around the clock."),
    ])

# ---- M09 customer reply to M05 (interleaved style, Outlook for Mac, UTF-8 QP)
M09_OWN = """Hi Oliver,

Sorry for the slow reply – year-end audits took over.

Two follow-ups from our side. Our reseller told us that Meridian Vault keeps backups for 365 days by default, which would suit our records policy. Could you confirm the default, and whether a longer period costs extra?

Also, Tom would like a rough idea of restore times for a single matter workspace.

Thanks,
Priya
"""
M["m09"] = dict(
    date=dt.datetime(2026, 4, 20, 16, 2, 44, tzinfo=BST), mailer="outlook-mac", enc="utf-8-qp",
    frm=("Priya Raman", "p.raman@northwind-legal.co.uk"),
    to=[("Oliver Bennett", "oliver.bennett@uk.meridian-data.com")],
    subject="Re: Meridian Vault – notes from Tuesday", reply_to="m05",
    body=M09_OWN + """
Priya Raman
Head of IT Operations
Northwind Legal LLP
1 Cabot Square, London E14 4QJ
DDI +44 20 3059 8812

On 18 Mar 2026, at 16:40, Oliver Bennett <oliver.bennett@uk.meridian-data.com> wrote:

""" + quote(M05_BODY),
    records=[
        C(V, "retention", dur(365, "days"), "conflict", "Our reseller told us that Meridian Vault keeps backups for 365 days by default, which would suit our records policy."),
    ] + [C(V, a, v, "ok", t, quoted=True, office="london") for a, v, t in M05_RECS])

# ---- M10 london answers M09 (UTF-8 QP, Apple Mail), quotes part of it
M["m10"] = dict(
    date=dt.datetime(2026, 4, 22, 9, 12, 30, tzinfo=BST), mailer="apple", enc="utf-8-qp",
    frm=("Oliver Bennett", "oliver.bennett@uk.meridian-data.com"),
    to=[("Priya Raman", "p.raman@northwind-legal.co.uk")],
    subject="Re: Meridian Vault – notes from Tuesday", reply_to="m09",
    body="""Hi Priya,

Happy to clear that up. The default retention for Meridian Vault is 90 days, and you can set longer policies per workspace. Longer retention is billed only through the extra capacity it uses, at the same per-TB rate.

On restores: we don't publish a contractual figure, but for Meridian Vault a single matter workspace is typically back online within 2 hours.

For completeness, Meridian Vault carries a 99.95% availability SLA, which is in schedule B of the order form I'll send over.

Best wishes,
Oliver

""" + SIG_OLIVER + """
On 20 Apr 2026, at 16:02, Priya Raman <p.raman@northwind-legal.co.uk> wrote:

> Two follow-ups from our side. Our reseller told us that Meridian Vault keeps backups for 365 days by default, which would suit our records policy. Could you confirm the default, and whether a longer period costs extra?
>
> Also, Tom would like a rough idea of restore times for a single matter workspace.
""",
    records=[
        C(V, "retention", dur(90, "days"), "ok", "The default retention for Meridian Vault is 90 days, and you can set longer policies per workspace."),
        C(V, "rto", dur(2, "hours"), "unverified", "for Meridian Vault a single matter workspace is typically back online within 2 hours."),
        C(V, "sla", 99.95, "ok", "For completeness, Meridian Vault carries a 99.95% availability SLA"),
        C(V, "retention", dur(365, "days"), "conflict", "Our reseller told us that Meridian Vault keeps backups for 365 days by default, which would suit our records policy.",
          quoted=True, office="unknown"),
    ])

# ---- M11 tokyo, Insight beta introduction (multipart/alternative UTF-8 base64, Gmail)
M["m11"] = dict(
    date=dt.datetime(2026, 5, 12, 15, 10, 26, tzinfo=JST), mailer="gmail", enc="alt-b64",
    frm=("佐々木 健太", "k.sasaki@jp.meridian-data.com"),
    to=[("松本 様", "matsumoto@midori-butsuryu.co.jp")],
    subject="メリディアン インサイト ベータ版のご案内",
    body="""株式会社ミドリ物流
経営企画部 松本 様

お世話になっております。メリディアン・データの佐々木です。
先日の展示会ではブースにお立ち寄りいただき、ありがとうございました。

お話しした分析サービス「メリディアン インサイト」について、概要をお送りします。

メリディアン インサイトは現在ベータ版として提供しており、2027年1月に一般提供を開始する予定です。
同製品の正式版の価格は、1ユーザーあたり月額4,000円（税抜）を予定しております。
本製品では、ダッシュボードを最大200個まで作成いただけます。
本製品の画面表示は、日本語と英語を含む8言語に対応しております。
また、メリディアン インサイトは物流業界初の需要予測テンプレートを標準で搭載しています。

ご興味をお持ちいただけましたら、30日間の無料トライアルもご用意しております。
配車データや倉庫の在庫データを取り込んで、まずは実際の画面をご覧いただくのがおすすめです。

来週以降でオンラインデモのお時間をいただけますと幸いです。
候補日：5月19日（火）、20日（水）、22日（金）のいずれも午後

どうぞよろしくお願いいたします。

""" + SIG_SASAKI,
    records=[
        C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトは現在ベータ版として提供しており、2027年1月に一般提供を開始する予定です。"),
        C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "同製品の正式版の価格は、1ユーザーあたり月額4,000円（税抜）を予定しております。"),
        C(I, "max_dashboards", 200, "ok", "本製品では、ダッシュボードを最大200個まで作成いただけます。"),
        C(I, "ui_languages", 8, "unverified", "本製品の画面表示は、日本語と英語を含む8言語に対応しております。"),
        P("ja.first-in-industry", "また、メリディアン インサイトは物流業界初の需要予測テンプレートを標準で搭載しています。"),
    ])

# ---- M12 us-hq, Insight pricing answer (multipart/alternative QP, Outlook, quoted question block)
M["m12"] = dict(
    date=dt.datetime(2026, 5, 20, 13, 5, 47, tzinfo=PDT), mailer="outlook-us", enc="alt-qp",
    frm=("Jessica Moore", "jessica.moore@meridian-data.com"),
    to=[("Alan Brooks", "abrooks@tidewater-health.org")],
    subject="RE: Meridian Insight pricing and timeline",
    body="""Hi Alan,

Thanks for the questions – answers below.

Meridian Insight is $30 per user per month once it is generally available in January 2027. Until then you can stay on the beta at no charge.
For the 75 analysts on your team that works out to $2,250 a month before any volume discount.
In our benchmarks it returns queries in under 2 seconds on data sets of your size.
It ships with 45 pre-built connectors, including Epic Clarity and Snowflake, so you won't need a separate ETL tool for the first phase.
You can also try it free for 30 days on your own data before committing.

I've attached the beta terms; happy to walk your procurement team through them on Thursday.

Best,
Jessica

""" + SIG_JESSICA + """
From: Alan Brooks <abrooks@tidewater-health.org>
Sent: Tuesday, May 19, 2026 4:48 PM
To: Jessica Moore <jessica.moore@meridian-data.com>
Subject: Meridian Insight pricing and timeline

Hi Jessica,

A few questions before our budget meeting:
1. What will Meridian Insight cost per user once it is out of beta?
2. When exactly does it become generally available?
3. How fast are queries on a 50-million-row table?

Thanks,
Alan
""",
    archive=True,
    records=[
        C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month once it is generally available in January 2027."),
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight is $30 per user per month once it is generally available in January 2027."),
        C(I, "query_latency", dur(2, "seconds"), "ok", "In our benchmarks it returns queries in under 2 seconds on data sets of your size."),
        C(I, "integrations", 45, "unverified", "It ships with 45 pre-built connectors, including Epic Clarity and Snowflake"),
        C(I, "free_trial", dur(30, "days"), "ok", "You can also try it free for 30 days on your own data before committing."),
    ])

# ---- M13 osaka, renewal reminder (ISO-2022-JP, Outlook, PDF attachment)
M["m13"] = dict(
    date=dt.datetime(2026, 6, 5, 10, 20, 14, tzinfo=JST), mailer="outlook-jp", enc="iso-2022-jp",
    frm=("中村 亮介", "r.nakamura@osaka.jp.meridian-data.com"),
    to=[("上田 様", "ueda@kansai-medsupply.co.jp")],
    subject="【ご案内】メリディアン・シンク ご契約更新のお知らせ",
    attach=("申込書_契約更新.pdf", "encoded-word"),
    body="""関西メディカルサプライ株式会社
情報システム課 上田 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
メリディアン・データ大阪オフィスの中村でございます。

現在ご利用中のメリディアン・シンクのご契約が、2026年6月30日をもって満了となります。
つきましては、下記のとおり更新のご案内を申し上げます。

・更新後の契約期間：2026年7月1日〜2027年6月30日（12か月）
・同製品の月額料金は、55,000円（税込）から変更ございません。
・同製品の上限は現在5,000ユーザーとなっております。御社のご利用数（142名）であれば、引き続き問題なくご利用いただけます。
・同製品はISO/IEC 27001およびSOC 2 Type IIの認証を継続して取得しております。

更新をご希望の場合は、添付の申込書にご記入のうえ、6月19日（金）までにご返送ください。
ご不明な点は、担当の中村までお気軽にお問い合わせください。

今後ともよろしくお願い申し上げます。

""" + SIG_NAKAMURA,
    archive=True,
    records=[
        C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "同製品の月額料金は、55,000円（税込）から変更ございません。"),
        C(S, "max_users", 5000, "stale", "同製品の上限は現在5,000ユーザーとなっております。"),
        C(S, "certifications", "ISO 27001", "ok", "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を継続して取得しております。"),
        C(S, "certifications", "SOC 2 Type II", "ok", "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を継続して取得しております。"),
    ])

# ---- M14 tokyo, Sync consultation reply (UTF-8 QP, Gmail with ja quote header)
M["m14"] = dict(
    date=dt.datetime(2026, 6, 10, 18, 5, 51, tzinfo=JST), mailer="gmail", enc="utf-8-qp",
    frm=("高橋 美咲", "m.takahashi@jp.meridian-data.com"),
    to=[("佐藤 健", "k.sato@kotobuki-sekkei.co.jp")],
    subject="Re: メリディアン シンク導入のご相談", reply_to_ext="CAOq7mT2pXz1kotobuki0608@mail.gmail.com",
    body="""佐藤 様

お世話になっております。メリディアン・データの高橋です。
本日はお電話でのご相談ありがとうございました。

いただいたご質問について、以下にまとめます。

メリディアン シンクは最大1万ユーザーまでご利用いただけますので、将来の増員にも十分対応できます。
また、同製品では1ユーザーあたり1TBのストレージをご利用いただけます。
同製品は稼働率99.9%のSLAで運用しており、万一下回った場合はサービスクレジットで返金いたします。
導入いただければ、必ず設計部門の情報共有の効率が向上いたします。

Linux端末については、現時点では対応しておりません。恐れ入りますが、Windows環境またはWebブラウザからご利用ください。

お見積りは明日中にお送りいたします。

""" + SIG_TAKAHASHI + """
2026年6月8日(月) 15:02 佐藤 健 <k.sato@kotobuki-sekkei.co.jp>:
> メリディアン・データ
> 高橋様
>
> お世話になっております。ことぶき設計の佐藤です。
> 現在、従業員は約1,200名で、3年後には3,000名程度まで増える見込みです。
> また、CADチームでは一部Linux端末を使用しております。
> こうした環境でも問題なく使えるかご教示ください。
>
> 佐藤
""",
    archive=True,
    records=[
        C(S, "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまでご利用いただけますので、将来の増員にも十分対応できます。"),
        C(S, "storage_per_user", TB(1), "ok", "また、同製品では1ユーザーあたり1TBのストレージをご利用いただけます。"),
        C(S, "sla", 99.9, "ok", "同製品は稼働率99.9%のSLAで運用しており、万一下回った場合はサービスクレジットで返金いたします。"),
        P("ja.absolute", "導入いただければ、必ず設計部門の情報共有の効率が向上いたします。"),
    ])

# ---- M15 us-hq, security questionnaire answers (UTF-8 QP, Outlook)
M["m15"] = dict(
    date=dt.datetime(2026, 7, 7, 14, 30, 3, tzinfo=PDT), mailer="outlook-us", enc="utf-8-qp",
    frm=("Brian Foster", "brian.foster@meridian-data.com"),
    to=[("Vendor Risk Office", "vendorrisk@lakeshore.edu")],
    cc=[("Dana Whitfield", "dana.whitfield@meridian-data.com")],
    subject="Lakeshore University – security questionnaire responses (Meridian Sync / Meridian Vault)",
    body="""Hello Vendor Risk team,

Please find our responses to the open items in section 4 of your questionnaire (ref. VRQ-2026-0419). Where a question covered both products, the answer applies to each of them.

Q4.1 Certifications held
Meridian Sync is ISO 27001 certified and has a current SOC 2 Type II report (period ending 31 March 2026).
Meridian Vault is covered by the same ISO 27001 certificate.

Q4.2 Encryption at rest
Both products encrypt customer data at rest with AES-256.

Q4.3 Availability commitments
Meridian Sync: 99.9% monthly uptime SLA. Meridian Vault: 99.95% monthly uptime SLA.

Q4.4 Support
For both products, Severity 1 tickets receive a first response within 1 hour, 24x7.

Q4.5 File size limits
Meridian Sync accepts individual files of up to 100 GB.

Q4.6 Offline use
Meridian Sync does not offer offline access; the desktop client needs a network connection to open synced files.

The SOC 2 Type II report and our penetration test summary (March 2026) can be shared under your standard NDA, which I have already countersigned.

Regards,
Brian

""" + SIG_BRIAN,
    records=[
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and has a current SOC 2 Type II report (period ending 31 March 2026)."),
        C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified and has a current SOC 2 Type II report (period ending 31 March 2026)."),
        C(V, "certifications", "ISO 27001", "unverified", "Meridian Vault is covered by the same ISO 27001 certificate."),
        C(S, "encryption", "AES-256", "unverified", "Both products encrypt customer data at rest with AES-256."),
        C(V, "encryption", "AES-256", "ok", "Both products encrypt customer data at rest with AES-256."),
        C(S, "sla", 99.9, "ok", "Meridian Sync: 99.9% monthly uptime SLA."),
        C(V, "sla", 99.95, "ok", "Meridian Vault: 99.95% monthly uptime SLA."),
        C(S, "support_response_time", dur(1, "hours"), "unverified", "For both products, Severity 1 tickets receive a first response within 1 hour, 24x7."),
        C(V, "support_response_time", dur(1, "hours"), "unverified", "For both products, Severity 1 tickets receive a first response within 1 hour, 24x7."),
        C(S, "max_file_size", GB(100), "unverified", "Meridian Sync accepts individual files of up to 100 GB."),
        C(S, "offline_mode", False, "ok", "Meridian Sync does not offer offline access; the desktop client needs a network connection to open synced files."),
    ])

# ---- M16 partner asks osaka (UTF-8 QP, Outlook)
M16_BODY = """メリディアン・データ株式会社
大阪オフィス 中村様

いつもお世話になっております。
さくらITソリューションズの木村です。

現在提案中の堺市の病院案件について、1点確認させてください。
エンドユーザー様からは、メリディアン ボールトは1テナントあたり最大1PBまで保存できると伺っております。
念のため、この認識で正しいかご確認いただけますでしょうか。

あわせて、国内データセンターの所在地と、1TBあたりの単価（販売店向けではなく定価）もお知らせいただけますと助かります。

お手数をおかけしますが、よろしくお願いいたします。

--------------------------------------------
株式会社さくらITソリューションズ
ソリューション営業部　木村 直樹
〒590-0077 大阪府堺市堺区中瓦町1-1-21
TEL：072-225-3310　FAX：072-225-3311
--------------------------------------------
"""
M16_REPORTED = "エンドユーザー様からは、メリディアン ボールトは1テナントあたり最大1PBまで保存できると伺っております。"
M["m16"] = dict(
    date=dt.datetime(2026, 7, 21, 11, 45, 37, tzinfo=JST), mailer="outlook-jp-customer", enc="utf-8-qp",
    frm=("木村 直樹", "n.kimura@sakura-itsol.co.jp"),
    to=[("中村 亮介", "r.nakamura@osaka.jp.meridian-data.com")],
    subject="メリディアン ボールトの容量上限について（確認）",
    body=M16_BODY,
    records=[C(V, "max_storage", TB(1000), "conflict", M16_REPORTED)])

# ---- M17 osaka answers the partner (ISO-2022-JP, Outlook, Original Message block)
M["m17"] = dict(
    date=dt.datetime(2026, 7, 23, 16, 20, 8, tzinfo=JST), mailer="outlook-jp", enc="iso-2022-jp",
    frm=("中村 亮介", "r.nakamura@osaka.jp.meridian-data.com"),
    to=[("木村 直樹", "n.kimura@sakura-itsol.co.jp")],
    subject="RE: メリディアン ボールトの容量上限について（確認）", reply_to="m16",
    body="""さくらITソリューションズ
木村様

いつもお世話になっております。
メリディアン・データの中村です。

お問い合わせの件、回答いたします。

メリディアン・ボールトの保存容量の上限は、1テナントあたり500TBでございます。
エンドユーザー様のご認識とは異なりますので、お手数ですがご訂正をお願いいたします。
同製品の定価は、1TBあたり月額2,800円（税抜）です。
国内では、同製品は東京と大阪のデータセンターで運用しております。

病院案件とのことですので、必要でしたら医療情報ガイドライン対応のチェックリストもお送りいたします。

""" + SIG_NAKAMURA + """
-----Original Message-----
From: 木村 直樹 <n.kimura@sakura-itsol.co.jp>
Sent: Tuesday, July 21, 2026 11:45 AM
To: 中村 亮介 <r.nakamura@osaka.jp.meridian-data.com>
Subject: メリディアン ボールトの容量上限について（確認）

""" + M16_BODY,
    records=[
        C(V, "max_storage", TB(500), "ok", "メリディアン・ボールトの保存容量の上限は、1テナントあたり500TBでございます。"),
        C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "同製品の定価は、1TBあたり月額2,800円（税抜）です。"),
        C(V, "data_centers", "Tokyo", "ok", "国内では、同製品は東京と大阪のデータセンターで運用しております。"),
        C(V, "data_centers", "Osaka", "ok", "国内では、同製品は東京と大阪のデータセンターで運用しております。"),
        C(V, "max_storage", TB(1000), "conflict", M16_REPORTED, quoted=True, office="unknown"),
    ])

# ---- M18 us-hq, Vault onboarding kickoff notes (us-ascii 7bit, Outlook)
M["m18"] = dict(
    date=dt.datetime(2026, 8, 19, 9, 40, 22, tzinfo=PDT), mailer="outlook-us", enc="ascii",
    frm=("Kevin Alvarez", "kevin.alvarez@meridian-data.com"),
    to=[("Linda Wong", "lwong@greenfield-mfg.com")],
    cc=[("Jorge Medina", "jmedina@greenfield-mfg.com")],
    subject="Meridian Vault onboarding - kickoff notes",
    body="""Hi Linda,

Thanks for kicking things off with us today. Notes and action items below.

- Your Meridian Vault tenant will be hosted in our Oregon data center, with a secondary copy in Frankfurt for the EU plants.
- Meridian Vault is billed at $20 per TB per month.
- The first invoice will cover the 35 TB you are moving in phase one.
- It integrates with 30+ sources out of the box, including VMware, Hyper-V and Microsoft 365, so both of your vSphere clusters are covered.
- Meridian Vault accepts single files of up to 5 TB, which covers the CAD archives Jorge asked about.

Action items:
1. Greenfield IT: open firewall ports per the network guide (due Aug 26).
2. Meridian: schedule the first restore drill (week of Sep 7).

Thanks,
Kevin

""" + SIG_KEVIN,
    records=[
        C(V, "data_centers", "Oregon", "ok", "Your Meridian Vault tenant will be hosted in our Oregon data center, with a secondary copy in Frankfurt for the EU plants."),
        C(V, "data_centers", "Frankfurt", "ok", "Your Meridian Vault tenant will be hosted in our Oregon data center, with a secondary copy in Frankfurt for the EU plants."),
        C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is billed at $20 per TB per month."),
        C(V, "integrations", 30, "unverified", "It integrates with 30+ sources out of the box, including VMware, Hyper-V and Microsoft 365"),
        C(V, "max_file_size", TB(5), "unverified", "Meridian Vault accepts single files of up to 5 TB"),
    ])

# ---- M19 us-hq, Insight pilot next steps (us-ascii 7bit, Outlook)
M["m19"] = dict(
    date=dt.datetime(2026, 9, 8, 10, 5, 40, tzinfo=PDT), mailer="outlook-us", enc="ascii",
    frm=("Jessica Moore", "jessica.moore@meridian-data.com"),
    to=[("Alan Brooks", "abrooks@tidewater-health.org")],
    subject="Meridian Insight pilot - next steps",
    body="""Hi Alan,

Good news from our product team: Meridian Insight goes GA in October 2026, so your pilot can move straight into production without a re-install.

A couple of reminders for the steering group on the 17th:
- A Meridian Insight workspace can hold up to 200 dashboards. Yours has 38 at the moment.
- The pilot licences for your 40 analysts stay active until the production order is signed.

I'll send the draft order form by Friday.

Best,
Jessica

""" + SIG_JESSICA,
    archive=True,
    records=[
        C(I, "general_availability", "2026-10", "conflict", "Meridian Insight goes GA in October 2026"),
        C(I, "max_dashboards", 200, "ok", "A Meridian Insight workspace can hold up to 200 dashboards."),
    ])

# ---- M20 london, Insight beta access (multipart/alternative QP, Outlook)
M["m20"] = dict(
    date=dt.datetime(2026, 9, 15, 11, 30, 12, tzinfo=BST), mailer="outlook-uk", enc="alt-qp",
    frm=("Charlotte Hughes", "charlotte.hughes@uk.meridian-data.com"),
    to=[("Daniel Okafor", "d.okafor@pembrokeretail.co.uk")],
    subject="Meridian Insight – beta access and pricing",
    body="""Dear Daniel,

Thank you for your interest in Meridian Insight following last week's webinar.

Meridian Insight becomes generally available in January 2027; until then it is offered as a beta to selected customers, and Pembroke Retail is now on that list.
Once it is GA, it is priced at £25 per user per month, excluding VAT.
In our own tests it answers most queries in 2 to 3 seconds on a typical retail sales model.
During the beta you can also invite unlimited read-only viewers from your store teams.

I have reserved a place for your team at our onboarding session on Tuesday 22 September at 14:00 BST.

Kind regards,
Charlotte

""" + SIG_CHARLOTTE,
    archive=True,
    records=[
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027"),
        C(I, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "Once it is GA, it is priced at £25 per user per month, excluding VAT."),
        C(I, "query_latency", {"min": 2, "max": 3, "unit": "seconds"}, "conflict", "In our own tests it answers most queries in 2 to 3 seconds on a typical retail sales model."),
        P("en.unlimited", "During the beta you can also invite unlimited read-only viewers from your store teams."),
    ])

# ---- M21 london, Vault follow-up (us-ascii 7bit, Apple Mail; a body line starts with "From ")
M["m21"] = dict(
    date=dt.datetime(2026, 10, 6, 15, 45, 19, tzinfo=BST), mailer="apple", enc="ascii",
    frm=("Oliver Bennett", "oliver.bennett@uk.meridian-data.com"),
    to=[("Sophie Lambert", "sophie.lambert@ashgrove-housing.org.uk")],
    subject="Meridian Vault for Ashgrove - follow-up",
    body="""Hi Sophie,

Thanks for a useful session yesterday with your infrastructure team.

From our side, the main points to take back to the board are:

With continuous replication enabled, Meridian Vault gives you an RPO of 5 minutes for the housing management system.
By default it keeps backups for 90 days, which matches the retention period in your current policy.
For the 60 TB you back up today, the monthly cost comes in well under the figure in your budget paper, and I will put the exact numbers in the quote.

I'll also ask our solutions team to join the call on 14 October to talk through the restore tests.

Kind regards,
Oliver

""" + SIG_OLIVER.replace("£", "GBP"),
    archive=True,
    records=[
        C(V, "rpo", dur(5, "minutes"), "conflict", "With continuous replication enabled, Meridian Vault gives you an RPO of 5 minutes for the housing management system."),
        C(V, "retention", dur(90, "days"), "ok", "By default it keeps backups for 90 days, which matches the retention period in your current policy."),
    ])

# ---- M22 tokyo, Vault spec answers (UTF-8 base64, Outlook)
M["m22"] = dict(
    date=dt.datetime(2026, 10, 14, 14, 0, 31, tzinfo=JST), mailer="outlook-jp", enc="utf-8-b64",
    frm=("山本 拓也", "t.yamamoto@jp.meridian-data.com"),
    to=[("石川 様", "ishikawa@hokusei-energy.co.jp")],
    subject="メリディアン ボールト 仕様確認へのご回答",
    body="""北星エネルギー株式会社
システム企画部 石川 様

いつもお世話になっております。
メリディアン・データの山本でございます。

先日ご依頼いただいた仕様確認の件、以下のとおりご回答いたします。

メリディアン ボールトのRPOは最大15分です。
同製品の標準の保持期間は90日間で、監査対応のために延長することも可能です。
同製品の料金は、1TBあたり月額3,080円（税込）となります。
同製品の保存容量は1テナントあたり最大500TBです。
御社の現行データ量（約80TB）であれば、十分な余裕がございます。

本件につきまして、追加のご質問がございましたらお知らせください。

""" + SIG_YAMAMOTO,
    archive=True,
    records=[
        C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは最大15分です。"),
        C(V, "retention", dur(90, "days"), "ok", "同製品の標準の保持期間は90日間で、監査対応のために延長することも可能です。"),
        C(V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "同製品の料金は、1TBあたり月額3,080円（税込）となります。"),
        C(V, "max_storage", TB(500), "ok", "同製品の保存容量は1テナントあたり最大500TBです。"),
    ])

# ---- M23 customer sends the purchase order, no claims (ISO-2022-JP + PDF, Outlook)
M["m23"] = dict(
    date=dt.datetime(2026, 11, 2, 10, 15, 2, tzinfo=JST), mailer="outlook-jp-customer", enc="iso-2022-jp",
    frm=("松本 和也", "matsumoto@midori-butsuryu.co.jp"),
    to=[("佐々木 健太", "k.sasaki@jp.meridian-data.com")],
    subject="注文書送付の件",
    attach=("注文書_MD-2026-1187.pdf", "rfc2231"),
    body="""メリディアン・データ株式会社
佐々木様

お世話になっております。ミドリ物流の松本です。

先日はご丁寧なご説明をありがとうございました。
おかげさまで社内稟議が承認されましたので、注文書をお送りいたします。
原本は本日、郵送にて発送いたしました。

利用開始は2027年1月からでお願いできればと存じます。
ご確認のほど、よろしくお願いいたします。

株式会社ミドリ物流 経営企画部
松本 和也
〒455-0032 名古屋市港区入船1-7-41
TEL 052-661-3380
""",
    archive=True, records=[])

# ---- M24 tokyo forwards a US colleague's note (UTF-8 QP, Thunderbird forward)
M["m24"] = dict(
    date=dt.datetime(2026, 11, 10, 13, 25, 45, tzinfo=JST), mailer="thunderbird", enc="utf-8-qp",
    frm=("伊藤 さやか", "s.ito@jp.meridian-data.com"),
    to=[("小林 孝", "t.kobayashi@hoshino-kogyo.co.jp")],
    subject="Fwd: Re: API rate limits for Hoshino Kogyo",
    body="""小林 様

お世話になっております。メリディアン・データの伊藤です。

先日お問い合わせいただいたAPIの件、米国本社の開発担当から回答がありましたので、下記に転送いたします。
補足として、メリディアン シンクは1ユーザーあたり最大5台の端末でご利用いただけます。
社用スマートフォンとPCの併用であれば、追加のお手続きは不要です。

ご不明な点がございましたら、お気軽にご連絡ください。

""" + SIG_ITO + """

-------- 転送メッセージ --------
件名: 	Re: API rate limits for Hoshino Kogyo
日付: 	Mon, 9 Nov 2026 16:40:12 -0800
差出人: 	Ryan Patel <ryan.patel@meridian-data.com>
宛先: 	Sayaka Ito <s.ito@jp.meridian-data.com>



Hi Sayaka,

The Meridian Sync API rate limit is 600 requests per minute per tenant, and bursts above that are queued rather than rejected.
Their nightly job pushes about 20,000 calls, so spreading the job over an hour is enough.

Cheers,
Ryan
""",
    records=[
        C(S, "max_devices", 5, "unverified", "補足として、メリディアン シンクは1ユーザーあたり最大5台の端末でご利用いただけます。"),
        C(S, "api_rate_limit", 600, "unverified", "The Meridian Sync API rate limit is 600 requests per minute per tenant", quoted=True, office="us-hq"),
    ])


# ------------------------------------------------------------------ documents
DOCS = {}

DOCS["docs/tokyo/proposal-kotobuki-sekkei-sync.md"] = dict(enc="utf-8", text="""# メリディアン シンク ご提案書

株式会社ことぶき設計 御中
2026年11月20日
株式会社メリディアン・データ・ジャパン 東京オフィス

## 1. ご提案の背景

貴社では設計図面やCADデータを事務所間で共有するため、現在はファイルサーバーとメール添付を併用されています。
本提案では、メリディアン シンクによるファイル共有基盤の統合をご提案いたします。

## 2. メリディアン シンクの主な仕様

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | 10,000ユーザー |
| ストレージ容量 | 1ユーザーあたり1TB |
| SLA（月間稼働率） | 99.9% |
| 対応OS | Windows、macOS、iOS、Android |
| 取得認証 | ISO/IEC 27001、SOC 2 Type II |
| オフライン利用 | 非対応（オンライン接続が必要です） |
| 1ユーザーあたりの端末数 | 最大3台 |

同製品は国内導入社数No.1※のファイル共有サービスとして、製造業・建設業を中心にご利用いただいております。

※2026年9月 東京マーケットリサーチ調べ（法人向けファイル共有サービス）

## 3. お見積り

### 月額費用（金額はすべて税抜）

| 品目 | 単価（月額） | 数量 | 小計 |
|---|---|---|---|
| メリディアン シンク 基本料金 | 50,000円 | 1 | 50,000円 |

### 初期費用（金額はすべて税抜）

| 品目 | 単価 | 数量 | 小計 |
|---|---|---|---|
| 初期設定・移行支援（一式） | 180,000円 | 1 | 180,000円 |

- 初年度のお支払総額（税抜）：780,000円（内訳は上記のとおり）
- 本見積りの有効期限は2026年12月25日です。
- お支払い条件：月末締め翌月末払い

## 4. 導入スケジュール（案）

1. 2026年12月：キックオフ、管理者設定
2. 2027年1月：設計部門で先行利用
3. 2027年2月：全社展開
""", records=[
    C(S, "max_users", 10000, "ok", "| 最大ユーザー数 | 10,000ユーザー |"),
    C(S, "storage_per_user", TB(1), "ok", "| ストレージ容量 | 1ユーザーあたり1TB |"),
    C(S, "sla", 99.9, "ok", "| SLA（月間稼働率） | 99.9% |"),
] + [C(S, "supported_platforms", m, "ok", "| 対応OS | Windows、macOS、iOS、Android |") for m in ("Windows", "macOS", "iOS", "Android")] + [
    C(S, "certifications", "ISO 27001", "ok", "| 取得認証 | ISO/IEC 27001、SOC 2 Type II |"),
    C(S, "certifications", "SOC 2 Type II", "ok", "| 取得認証 | ISO/IEC 27001、SOC 2 Type II |"),
    C(S, "offline_mode", False, "ok", "| オフライン利用 | 非対応（オンライン接続が必要です） |"),
    C(S, "max_devices", 3, "unverified", "| 1ユーザーあたりの端末数 | 最大3台 |"),
    C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 基本料金 | 50,000円 | 1 | 50,000円 |"),
])

DOCS["docs/osaka/vault-estimate-kansai-medsupply.txt"] = dict(enc="utf-8-sig-crlf", text="""メリディアン・ボールト　お見積りのご説明

関西メディカルサプライ株式会社 御中
2026年11月16日　株式会社メリディアン・データ・ジャパン 大阪オフィス

1. ご提案概要
貴社の基幹システムおよび検査データのバックアップ先として、メリディアン・ボールトをご提案いたします。
本製品は顧客満足度No.1のクラウドバックアップサービスです。

2. 主な仕様
本製品のRPOは15分、標準の保持期間は90日間です。
本製品のデータセンターは、東京・大阪・シンガポールの3拠点からお選びいただけます。
本製品のサポート窓口では、障害のお問い合わせに4時間以内に一次回答いたします。

3. 料金
本製品の料金は1TBあたり月額2,800円（税込）です。
初年度のご契約容量については、別紙お見積書をご参照ください。

以上
""", records=[
    P("ja.superlative-no1", "本製品は顧客満足度No.1のクラウドバックアップサービスです。"),
    C(V, "rpo", dur(15, "minutes"), "ok", "本製品のRPOは15分、標準の保持期間は90日間です。"),
    C(V, "retention", dur(90, "days"), "ok", "本製品のRPOは15分、標準の保持期間は90日間です。"),
    C(V, "data_centers", "Tokyo", "ok", "本製品のデータセンターは、東京・大阪・シンガポールの3拠点からお選びいただけます。"),
    C(V, "data_centers", "Osaka", "ok", "本製品のデータセンターは、東京・大阪・シンガポールの3拠点からお選びいただけます。"),
    C(V, "data_centers", "Singapore", "conflict", "本製品のデータセンターは、東京・大阪・シンガポールの3拠点からお選びいただけます。"),
    C(V, "support_response_time", dur(4, "hours"), "unverified", "本製品のサポート窓口では、障害のお問い合わせに4時間以内に一次回答いたします。"),
    C(V, "price_per_tb", money(2800, "JPY", "TB-month", "included"), "conflict", "本製品の料金は1TBあたり月額2,800円（税込）です。"),
])

DOCS["docs/london/pembroke-insight-proposal.html"] = dict(enc="utf-8", text="""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meridian Insight – proposal for Pembroke Retail</title>
<style>
  body { font-family: Arial, sans-serif; max-width: 46em; }
  table { border-collapse: collapse; }
  td, th { border: 1px solid #bbb; padding: 4px 8px; text-align: left; }
  .footnote { font-size: 0.85em; color: #555; }
</style>
</head>
<body>
<h1>Meridian Insight: proposal for Pembroke Retail plc</h1>
<p>Prepared by Charlotte Hughes, Meridian Data UK Ltd, 18 November 2026</p>

<h2>Why Meridian Insight</h2>
<p>Pembroke&rsquo;s regional managers currently wait for a weekly spreadsheet pack. Meridian Insight puts the same
figures on a live dashboard, refreshed from your EPOS and stock systems.</p>
<p>Meridian Insight is rated the most intuitive BI tool by mid-market retailers and offers industry-leading query speed [1].</p>

<table>
<caption>Meridian Insight at a glance</caption>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>General availability</td><td>January 2027 (beta until then)</td></tr>
<tr><td>Price</td><td><s>£30</s> £25 per user per month</td></tr>
<tr><td>Query latency</td><td>up to 2&nbsp;seconds (95th percentile)</td></tr>
<tr><td>Free trial</td><td>30 days</td></tr>
<tr><td>Dashboards per workspace</td><td>up to 250</td></tr>
<tr><td>Interface languages</td><td>9</td></tr>
<tr><td>Data sources</td><td>40+ pre-built connectors</td></tr>
</table>
<p>All prices exclude VAT.</p>

<h2>Commercials</h2>
<p>The estimate for the first year is set out in the attached order form. Beta features may change before
general availability, and there is no guarantee that every beta connector will ship unchanged.</p>

<p class="footnote">[1] Source: Halden Research, Mid-Market BI Usability Survey, August 2026.</p>
</body>
</html>
""", records=[
    C(I, "general_availability", "2027-01", "ok", "General availability January 2027 (beta until then)"),
    C(I, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "Price £30 £25 per user per month"),
    C(I, "query_latency", dur(2, "seconds"), "ok", "Query latency up to 2 seconds (95th percentile)"),
    C(I, "free_trial", dur(30, "days"), "ok", "Free trial 30 days"),
    C(I, "max_dashboards", 250, "conflict", "Dashboards per workspace up to 250"),
    C(I, "ui_languages", 9, "unverified", "Interface languages 9"),
    C(I, "integrations", 40, "unverified", "Data sources 40+ pre-built connectors"),
])

DOCS["docs/us-hq/crestline-health-proposal.md"] = dict(enc="utf-8", text="""# Proposal: Meridian Vault and Meridian Sync for Crestline Health

Prepared for: Laura Chen, VP Infrastructure, Crestline Health System
Prepared by: Kevin Alvarez, Meridian Data Inc.
Date: November 12, 2026

## Summary

Crestline runs 14 clinics and two hospitals on a mix of on-premises file servers and tape backup. This proposal replaces both with Meridian Vault for backup and recovery and Meridian Sync for day-to-day file sharing.

## Meridian Vault

- Recovery point objective (RPO): 15 minutes
- Default retention: 90 days, extendable per policy
- Capacity: scales to 1 PB per tenant
- Encryption: AES-256 at rest
- Data centers: Oregon (primary) and Frankfurt (replica for your research partners); no Virginia region is offered
- Price: $20 per TB per month

## Meridian Sync

- Users: up to 10,000 per organization
- Price: $399 per month for the organization, billed annually
- Certifications: ISO 27001, SOC 2 Type II and HIPAA
- Offline mode: clinicians can keep working offline and changes sync on reconnect
- API: rate limit of 1,000 requests per minute per organization

<!-- onevoice-disable-next-line en.superlative -->
Meridian Sync is the #1 file sharing platform in US healthcare.

## Migration

We will move your file shares to Meridian Sync over four weekends with zero downtime for clinical staff.
Your project manager will share a cut-over calendar at the kickoff.
""", records=[
    C(V, "rpo", dur(15, "minutes"), "ok", "- Recovery point objective (RPO): 15 minutes"),
    C(V, "retention", dur(90, "days"), "ok", "- Default retention: 90 days, extendable per policy"),
    C(V, "max_storage", TB(1000), "conflict", "- Capacity: scales to 1 PB per tenant"),
    C(V, "encryption", "AES-256", "ok", "- Encryption: AES-256 at rest"),
    C(V, "data_centers", "Oregon", "ok", "- Data centers: Oregon (primary) and Frankfurt (replica for your research partners); no Virginia region is offered"),
    C(V, "data_centers", "Frankfurt", "ok", "- Data centers: Oregon (primary) and Frankfurt (replica for your research partners); no Virginia region is offered"),
    C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "- Price: $20 per TB per month"),
    C(S, "max_users", 10000, "ok", "- Users: up to 10,000 per organization"),
    C(S, "monthly_price", money(399, "USD", "month"), "ok", "- Price: $399 per month for the organization, billed annually"),
    C(S, "certifications", "ISO 27001", "ok", "- Certifications: ISO 27001, SOC 2 Type II and HIPAA"),
    C(S, "certifications", "SOC 2 Type II", "ok", "- Certifications: ISO 27001, SOC 2 Type II and HIPAA"),
    C(S, "certifications", "HIPAA", "conflict", "- Certifications: ISO 27001, SOC 2 Type II and HIPAA"),
    C(S, "offline_mode", True, "conflict", "- Offline mode: clinicians can keep working offline and changes sync on reconnect"),
    C(S, "api_rate_limit", 1000, "unverified", "- API: rate limit of 1,000 requests per minute per organization"),
    P("en.guarantee", "We will move your file shares to Meridian Sync over four weekends with zero downtime for clinical staff."),
])

CROSS = [  # (product, attribute, {office: value}, [message keys])
    (S, "max_users", {"osaka": 5000, "tokyo": 10000}, ["m13", "m14"]),
    (I, "general_availability", {"us-hq": "2026-10", "london": "2027-01"}, ["m19", "m20"]),
    (V, "rpo", {"london": dur(5, "minutes"), "tokyo": dur(15, "minutes")}, ["m21", "m22"]),
]


# ------------------------------------------------------------------ MIME building
def hid(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def message_id(key, spec):
    h, frm = hid("set54", key), spec["frm"][1]
    dom = frm.split("@", 1)[1]
    mailer = spec["mailer"]
    if mailer == "gmail":
        return "CA%s+%s@mail.gmail.com" % (base64.b32encode(bytes.fromhex(h[:20])).decode().rstrip("=")[:14], h[20:28])
    if mailer in ("outlook-jp", "outlook-jp-customer"):
        box = "TYCPR01MB%04d" % (int(h[:4], 16) % 10000)
        return "%s%s@%s.jpnprd01.prod.outlook.com" % (box, h[4:20].upper(), box)
    if mailer == "outlook-us":
        box = "BY5PR11MB%04d" % (int(h[:4], 16) % 10000)
        return "%s%s@%s.namprd11.prod.outlook.com" % (box, h[4:20].upper(), box)
    if mailer in ("outlook-uk", "outlook-mac"):
        box = "LO2P265MB%04d" % (int(h[:4], 16) % 10000)
        return "%s%s@%s.GBRP265.PROD.OUTLOOK.COM" % (box, h[4:20].upper(), box)
    if mailer in ("apple", "apple-us"):
        return "%s-%s-%s-%s-%s@%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper(), dom)
    return "%s-%s-%s-%s-%s@%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)     # thunderbird


def hdr_charset(spec):
    return "iso-2022-jp" if spec["enc"] == "iso-2022-jp" else "utf-8"


def enc_words(s, charset, name="Subject"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name=name).encode(linesep="\n")


def addr(pair, charset):
    name, a = pair
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, a) if any(c in name for c in ',.;:') else "%s <%s>" % (name, a)
    return "%s <%s>" % (Header(name, charset).encode(), a)


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def text_to_html(text, outlook):
    paras = []
    for block in text.rstrip("\n").split("\n\n"):
        lines = [html.escape(l) for l in block.split("\n")]
        if outlook:
            paras.append("".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (l or "&nbsp;") for l in lines)
                         + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        else:
            paras.append("<div>" + "<br>\n".join(lines) + "</div>\n<div><br></div>\n")
    body = "".join(paras)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + body + "</div>\n</body>\n</html>\n")
    return '<div dir="ltr">\n' + body + "</div>\n"


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\nxref\n0 4\n0000000000 65535 f \n"
            b"0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n168\n%%EOF\n")

MAILER_HEADERS = {
    "outlook-jp": ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdqB7c1kZ3mXo0QbT1yq2w8fN4hJ6A==", "Content-Language: ja"],
    "outlook-jp-customer": ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja"],
    "outlook-us": ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: en-US"],
    "outlook-uk": ["X-MS-Has-Attach: ", "Content-Language: en-GB"],
    "outlook-mac": ["User-Agent: Microsoft-MacOutlook/16.89.24091630", "Content-Language: en-GB"],
    "apple": ["X-Mailer: Apple Mail (2.3826.200.121)"],
    "apple-us": ["X-Mailer: Apple Mail (2.3826.200.121)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird", "Content-Language: ja"],
    "gmail": [],
}


def build(key, spec, mids):
    cs = hdr_charset(spec)
    boundary = lambda n: "_%03d_%s_" % (n, hid("b", key, n)[:24]) if spec["mailer"].startswith("outlook") else \
        "000000000000%s" % hid("b", key, n)[:16]
    h = ["From: " + addr(spec["frm"], cs), "To: " + ",\n ".join(addr(p, cs) for p in spec["to"])]
    if spec.get("cc"):
        h.append("Cc: " + ",\n ".join(addr(p, cs) for p in spec["cc"]))
    h.append("Subject: " + enc_words(spec["subject"], cs))
    h.append("Date: " + format_datetime(spec["date"]))
    h.append("Message-ID: <%s>" % mids[key])
    parent = mids.get(spec.get("reply_to")) or spec.get("reply_to_ext")
    if parent:
        h += ["In-Reply-To: <%s>" % parent, "References: <%s>" % parent]
    h += MAILER_HEADERS[spec["mailer"]]
    h.append("MIME-Version: 1.0")

    body, enc = spec["body"], spec["enc"]

    def text_part(charset_label, cte, payload):
        return ["Content-Type: text/plain; charset=\"%s\"" % charset_label, "Content-Transfer-Encoding: " + cte], payload

    if enc == "iso-2022-jp":
        part = text_part("ISO-2022-JP", "7bit", body.encode("iso2022_jp").decode("ascii"))
    elif enc == "utf-8-b64":
        part = text_part("UTF-8", "base64", b64(body.encode("utf-8")))
    elif enc == "utf-8-qp":
        part = text_part("utf-8", "quoted-printable", qp(body))
    elif enc == "ascii":
        body.encode("ascii")
        part = text_part("us-ascii", "7bit", body)
    elif enc in ("alt-qp", "alt-b64"):
        outlook = spec["mailer"].startswith("outlook")
        htm = text_to_html(body, outlook)
        b = boundary(1)
        if enc == "alt-qp":
            p1, p2 = qp(body), qp(htm)
            cte = "quoted-printable"
        else:
            p1, p2 = b64(body.encode()), b64(htm.encode())
            cte = "base64"
        part = (["Content-Type: multipart/alternative; boundary=\"%s\"" % b],
                "--%s\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: %s\n\n%s\n"
                "--%s\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: %s\n\n%s\n--%s--\n"
                % (b, cte, p1, b, cte, p2, b))
    else:
        raise ValueError(enc)

    if spec.get("attach"):
        fname, style = spec["attach"]
        b = boundary(2)
        if style == "encoded-word":
            ew = Header(fname, "iso-2022-jp").encode()
            disp = 'Content-Type: application/pdf; name="%s"\nContent-Description: %s\nContent-Disposition: attachment; filename="%s"; size=%d' % (
                ew, ew, ew, len(FAKE_PDF))
        else:
            disp = "Content-Type: application/pdf; name*=%s\nContent-Disposition: attachment; filename*=%s" % (
                encode_rfc2231(fname, "utf-8"), encode_rfc2231(fname, "utf-8"))
        inner = "\n".join(part[0]) + "\n\n" + part[1]
        part = (["Content-Type: multipart/mixed; boundary=\"%s\"" % b],
                "This is a multi-part message in MIME format.\n\n--%s\n%s\n--%s\n%s\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n"
                % (b, inner, b, disp, b64(FAKE_PDF), b))
    raw = "\n".join(h + part[0]) + "\n\n" + part[1]
    if spec["mailer"].startswith("outlook"):
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")      # Outlook saves .eml with CRLF
    return raw.encode("ascii")


# ------------------------------------------------------------------ checks
def decoded_texts(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            out.append(part.get_content().replace("\r\n", "\n"))
    return msg, out


def unquote(t):
    return "\n".join(re.sub(r"^> ?", "", l) for l in t.split("\n"))


def html_text(s):
    s = re.sub(r"(?s)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return " ".join(html.unescape(s).replace("\xa0", " ").split())


def check_excerpt(where, text, haystacks):
    norm = lambda x: " ".join(x.split())
    if not any(text in h or norm(text) in norm(h) for h in haystacks):
        sys.exit("excerpt not found in %s: %r" % (where, text))


def canon_cmp(v):
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
        return ("money", round(amt, 6), v["currency"], v["per"])
    if isinstance(v, dict) and "unit" in v and "amount" in v:
        return ("dur", v["amount"] * {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}[v["unit"]])
    return ("v", json.dumps(v, sort_keys=True))


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def derive_cross(claims_by_key):
    """LABELS.md cross-office rule over archived, non-customer claims; returns {(product, attr, offices)}."""
    found = set()
    items = [(k, c) for k, cs in claims_by_key.items() for c in cs
             if c["office"] not in (None, "unknown") and c["attribute"] not in SET_ATTRS]
    for i, (k1, a) in enumerate(items):
        for k2, b in items[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            d1, d2 = M[k1]["date"].date(), M[k2]["date"].date()
            if abs((d1 - d2).days) > 45:
                continue
            ca, cb = canon_cmp(a["value"]), canon_cmp(b["value"])
            if ca[0] == "money" and ca[2:] != cb[2:]:
                continue
            if ca == cb:
                continue
            if a["verdict"] == "ok" and b["verdict"] == "ok":
                continue             # each right at its own date
            found.add((a["product"], a["attribute"], tuple(sorted((a["office"], b["office"])))))
    return found


# ------------------------------------------------------------------ main
def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    keys = sorted(M, key=lambda k: M[k]["date"])
    files = {k: "mail/%04d.eml" % (i + 1) for i, k in enumerate(keys)}
    mids = {k: message_id(k, M[k]) for k in keys}
    raws, expected = {}, []

    for k in keys:
        spec = M[k]
        raw = build(k, spec, mids)
        raws[k] = raw
        with open(os.path.join(ROOT, files[k]), "wb") as fh:
            fh.write(raw)
        msg, texts = decoded_texts(raw)
        assert msg["Message-ID"].strip("<>") == mids[k]
        hay = texts + [unquote(t) for t in texts]
        office = office_of(spec["frm"][1])
        for r in spec["records"]:
            check_excerpt(files[k], r["text"], hay)
            rec = dict(r)
            if rec["type"] == "claim":
                rec["office"] = rec["office"] or office
                rec["as_of"] = rec["as_of"] or spec["date"].date().isoformat()
            spec.setdefault("final", []).append(rec)

    def emit(file, mid, rec):
        if rec["type"] == "claim":
            expected.append({"type": "claim", "file": file, "message_id": mid, "product": rec["product"],
                             "attribute": rec["attribute"], "value": rec["value"], "verdict": rec["verdict"],
                             "quoted": rec["quoted"], "office": rec["office"], "as_of": rec["as_of"], "text": rec["text"]})
        else:
            expected.append({"type": "finding", "file": file, "message_id": mid, "kind": rec["kind"], "rule": rec["rule"],
                             "product": rec["product"], "quoted": rec["quoted"], "text": rec["text"]})

    for k in keys:
        for rec in M[k].get("final", []):
            emit(files[k], mids[k], rec)

    # documents
    for path, d in DOCS.items():
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = d["text"]
        if d["enc"] == "utf-8-sig-crlf":
            b = ("\ufeff" + data.replace("\n", "\r\n")).encode("utf-8")
        else:
            b = data.encode("utf-8")
        with open(full, "wb") as fh:
            fh.write(b)
        office = path.split("/")[1]
        hay = [data, html_text(data)] if path.endswith(".html") else [data]
        for r in d["records"]:
            check_excerpt(path, r["text"], hay)
            rec = dict(r)
            if rec["type"] == "claim":
                rec["office"] = rec["office"] or office
                rec["as_of"] = DOC_DATE
            emit(path, None, rec)

    # archive (mboxrd, date order)
    arch = [k for k in keys if M[k].get("archive")]
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        for k in arch:
            d = M[k]["date"].astimezone(dt.timezone.utc)
            stamp = d.strftime("%a %b ") + "%2d" % d.day + d.strftime(" %H:%M:%S %Y")      # asctime()
            fh.write(("From %s %s\n" % (M[k]["frm"][1], stamp)).encode())
            text = raws[k].replace(b"\r\n", b"\n")
            for line in text.split(b"\n")[:-1] if text.endswith(b"\n") else text.split(b"\n"):
                if re.match(rb"^>*From ", line):
                    line = b">" + line
                fh.write(line + b"\n")
            fh.write(b"\n")
    # round-trip check of the mbox
    data = open(os.path.join(ROOT, "mail/archive.mbox"), "rb").read()
    chunks = re.split(rb"(?m)^From [^\n]*\n", data)[1:]
    assert len(chunks) == len(arch), (len(chunks), len(arch))
    for k, ch in zip(arch, chunks):
        ch = ch[:-1] if ch.endswith(b"\n\n") else ch
        ch = b"\n".join(re.sub(rb"^>(>*From )", rb"\1", l) for l in ch.split(b"\n"))
        assert ch == raws[k].replace(b"\r\n", b"\n"), k
    for k in arch:
        for rec in M[k].get("final", []):
            emit("mail/archive.mbox", mids[k], rec)

    # cross-office
    derived = derive_cross({k: [r for r in M[k].get("final", []) if r["type"] == "claim"] for k in arch})
    written = set()
    for product, attribute, values, mkeys in CROSS:
        assert all(k in arch for k in mkeys)
        offs = sorted(values)
        written.add((product, attribute, tuple(offs)))
        expected.append({"type": "cross-office", "product": product, "attribute": attribute, "offices": offs,
                         "file": "mail/archive.mbox", "message_files": [files[k] for k in mkeys],
                         "message_ids": [mids[k] for k in mkeys], "values": values})
    if derived != written:
        sys.exit("cross-office mismatch: derived %s, written %s" % (sorted(derived), sorted(written)))

    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")

    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for evaluation set 54 (SPEC section 6).
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

    n_claims = sum(1 for e in expected if e["type"] == "claim")
    n_find = sum(1 for e in expected if e["type"] == "finding")
    print("mails %d (archive %d), docs %d, expected lines %d (claims %d, findings %d, cross-office %d)"
          % (len(keys), len(arch), len(DOCS), len(expected), n_claims, n_find, len(CROSS)))
    for k in keys:
        print("  %s %s %-8s %s" % (files[k], M[k]["date"].date(), office_of(M[k]["frm"][1]), M[k]["subject"]))


if __name__ == "__main__":
    main()
