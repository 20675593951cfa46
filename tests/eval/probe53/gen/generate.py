#!/usr/bin/env python3
"""Generate evaluation set 53 (Meridian Data): text exported from other tools.

Deterministic, stdlib only.  Run from anywhere:  python3 gen/generate.py
(Re)writes mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml and
expected.jsonl beside this folder, and checks every excerpt and every phrase
hit against the rules in ../../shared/eval/rules (when present).
"""
import base64, datetime as dt, email.header, email.utils, html as htmlmod, json, os, quopri, re, shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"

# ------------------------------------------------------------------ value helpers
def M(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}

def D(amount, unit):
    return {"amount": amount, "unit": unit}

TB = 10 ** 12
SY, VA, IN = "meridian-sync", "meridian-vault", "meridian-insight"

def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict,
            "text": text, "quoted": quoted, "office": office}

def P(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "text": text, "quoted": quoted}

def T(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": product, "text": text, "quoted": quoted}


def office_of(addr):
    a = addr.lower()
    if a.endswith("@osaka.jp.meridian-data.com"): return "osaka"
    if a.endswith("@jp.meridian-data.com"): return "tokyo"
    if a.endswith("@uk.meridian-data.com"): return "london"
    if a.endswith("@meridian-data.com"): return "us-hq"
    return "unknown"

# ------------------------------------------------------------------ the messages
MSGS = []

def msg(**kw):
    MSGS.append(kw)

# 0001 Tokyo -> customer; space-aligned price list pasted from Excel; period-placed user limits.
msg(n=1, frm=("田中 美咲", "misaki.tanaka@jp.meridian-data.com"), to=("佐々木 様", "sasaki.k@hokuto-logi.co.jp"),
    date="Tue, 10 Feb 2026 10:23:45 +0900", subject="【メリディアンデータ】価格表（抜粋）の件",
    mid="TYCPR01MB8841C2D0F3A1B9E6D6A1E2C4B7A9@TYCPR01MB8841.jpnprd01.prod.outlook.com",
    enc="iso-2022-jp", archive=True, xmailer="Microsoft Outlook 16.0",
    body="""株式会社北斗ロジスティクス
情報システム部 佐々木様

いつもお世話になっております。メリディアンデータの田中です。
先日（2月5日）のお打ち合わせでは、お時間をいただきありがとうございました。

ご依頼いただいた価格表の抜粋を、Excelからそのまま貼り付けております。
列がずれて見える場合はご容赦ください。

製品名                    課金単位          月額（税抜）
メリディアン シンク       1テナント         50,000円
メリディアン ボールト     1TBあたり          2,800円
メリディアン インサイト   1ユーザーあたり    4,000円

今回のお見積りは120ユーザー分、36か月契約で作成しております。

また、ご質問のあったユーザー数の上限について補足いたします。
メリディアン シンクは2026年3月末までは最大5,000ユーザー、2026年4月以降は最大1万ユーザーまでご利用いただけます。

引き続きよろしくお願いいたします。

--
田中 美咲（Misaki Tanaka）
メリディアンデータ株式会社 東京本社 営業第二部
〒103-0027 東京都中央区日本橋2-7-1 日本橋タワー18F
TEL 03-5201-8844 ／ 携帯 090-3318-2207
法人番号 1010401089234
""",
    claims=[
        C(SY, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンク       1テナント         50,000円"),
        C(VA, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールト     1TBあたり          2,800円"),
        C(IN, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイト   1ユーザーあたり    4,000円"),
        C(SY, "max_users", 5000, "ok", "メリディアン シンクは2026年3月末までは最大5,000ユーザー"),
        C(SY, "max_users", 10000, "ok", "2026年4月以降は最大1万ユーザーまでご利用いただけます。"),
    ])

# 0002 London -> customer; meeting minutes with action items.
msg(n=2, frm=("Oliver Grant", "oliver.grant@uk.meridian-data.com"), to=("Priya Nair", "p.nair@harrowfinch.co.uk"),
    date="Tue, 03 Mar 2026 17:48:12 +0000", subject="Minutes - Meridian Data / Harrow & Finch, 3 March",
    mid="LO2P265MB5123A8E1D0C6F7B2A5D9E3F1C8B4@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM",
    enc="qp", archive=True, xmailer="Microsoft Outlook 16.0",
    body="""Hi Priya,

Minutes from this afternoon's call below – shout if I've missed anything or got a name wrong.

MEETING MINUTES – Harrow & Finch LLP / Meridian Data
Date: 3 March 2026, 14:00–15:00 GMT (Teams)
Attendees: Priya Nair, Tom Ellis (Harrow & Finch); Oliver Grant, Jess Okafor (Meridian Data)

1. Backup scope
- H&F currently back up roughly 140 TB across the Holborn and Reading sites.
- Meridian Vault retains backups for 90 days by default; longer retention can be added as a custom term.
- Meridian Vault encrypts everything at rest with AES-256.

2. Recovery
- H&F requirement: the matters share must be restorable within 4 hours.
- Meridian Vault's RPO is 15 minutes.
- Recovery time: for a share of that size a Meridian Vault restore is normally back online within 6 hours (indicative, not contractual).

3. Commercials
- Tom would like a single three-year agreement starting 1 May.
- Budget holder is the COO; sign-off meeting pencilled for 24 March.

ACTIONS
[ ] OG – send Meridian Vault list pricing (£16 per TB per month) – by Fri 6 Mar
[ ] JO – share the Meridian Sync SOC 2 Type II report under NDA
[ ] PN – confirm headcount (currently 310 fee earners + 95 business services)
[ ] TE – export last quarter's backup job log

Kind regards,
Oliver

Oliver Grant | Account Executive, UK & Ireland
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
+44 20 7946 0321 | +44 7700 900 418
Registered in England and Wales No. 11873402. VAT GB 318 4477 21.
""",
    claims=[
        C(VA, "retention", D(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default"),
        C(VA, "encryption", "AES-256", "ok", "Meridian Vault encrypts everything at rest with AES-256."),
        C(VA, "rpo", D(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes."),
        C(VA, "rto", D(6, "hours"), "unverified", "a Meridian Vault restore is normally back online within 6 hours"),
        C(VA, "price_per_tb", M(16, "GBP", "TB-month"), "ok", "send Meridian Vault list pricing (£16 per TB per month)"),
        C(SY, "certifications", "SOC 2 Type II", "ok", "share the Meridian Sync SOC 2 Type II report under NDA"),
    ])

# 0003 Osaka -> customer; bullet excerpt from the deck; multipart/alternative.
msg(n=3, frm=("小林 大輔", "daisuke.kobayashi@osaka.jp.meridian-data.com"), to=("山本 様", "yamamoto@kansai-seiki.co.jp"),
    date="Wed, 18 Mar 2026 18:05:31 +0900", subject="本日のお打ち合わせ資料（抜粋）",
    mid="CAKx7Rq3nVw2bP9+eS1mYt0ZfH4uGd8LcA6oJ5iN2kQ@mail.gmail.com",
    enc="base64", html=True, archive=True,
    body="""関西精機株式会社
総務部 山本様

お世話になっております。メリディアンデータ大阪営業所の小林でございます。
本日はお忙しいところお時間をいただき、誠にありがとうございました。
今回は50名様でのご利用を想定し、初年度はボリュームディスカウント15%を適用したお見積りをご用意しております。
あわせて、お打ち合わせでご説明した内容を資料から抜粋してお送りいたします。

■メリディアン ボールト
・RPO（目標復旧時点）：5分
・標準の保持期間：90日間
・データセンター：東京・大阪（国内2拠点）

■メリディアン インサイト
・ご利用料金：1ユーザーあたり月額3,500円（税抜）
・無料トライアル：30日間

次回は3月25日（水）14時に御社へお伺いいたします。

――――――――――――――――
小林 大輔
メリディアンデータ株式会社 大阪営業所
〒530-0001 大阪市北区梅田3-4-5 梅田ビル12F
TEL 06-6345-7712 ／ FAX 06-6345-7713
――――――――――――――――
""",
    claims=[
        C(VA, "rpo", D(5, "minutes"), "conflict", "・RPO（目標復旧時点）：5分"),
        C(VA, "retention", D(90, "days"), "ok", "・標準の保持期間：90日間"),
        C(VA, "data_centers", "Tokyo", "ok", "・データセンター：東京・大阪（国内2拠点）"),
        C(VA, "data_centers", "Osaka", "ok", "・データセンター：東京・大阪（国内2拠点）"),
        C(IN, "per_user_price", M(3500, "JPY", "user-month", "excluded"), "conflict", "・ご利用料金：1ユーザーあたり月額3,500円（税抜）"),
        C(IN, "free_trial", D(30, "days"), "ok", "・無料トライアル：30日間"),
    ])

# 0004 London reply, "On ... wrote:" with > lines; Linux question; flagged superlative.
msg(n=4, frm=("Jess Okafor", "jess.okafor@uk.meridian-data.com"), to=("Callum Reid", "callum.reid@brightwater-eng.co.uk"),
    date="Tue, 14 Apr 2026 09:12:40 +0100", subject="Re: Meridian Sync - a few questions before Thursday",
    mid="7D3E1F02-9A4B-4C6D-8E2F-1B5A9C3D7E60@uk.meridian-data.com",
    inreplyto="CAB8fT2q9Lw+Xe4mRk1pVz7sDn3HjY6uGc0aQo5iE1tN@mail.gmail.com",
    enc="qp", archive=True, xmailer="Apple Mail (2.3774.500.171.1.1)",
    body="""Hi Callum,

Answers inline below.

On 13 Apr 2026, at 16:31, Callum Reid <callum.reid@brightwater-eng.co.uk> wrote:
> 
> 1. We're at 2,300 staff now and growing. How far does Meridian Sync scale?

Since 1 April, Meridian Sync supports up to 10,000 users on a single tenant, so you have plenty of headroom.

> 2. Can Meridian Sync run on Linux laptops? About 40 of our engineers use Ubuntu.

Meridian Sync runs on Windows, macOS, iOS and Android. There is no Linux client at the moment, I'm afraid; the engineers could use the web app in the meantime.

> 3. Ballpark cost?

Meridian Sync is £329 per month for the whole organisation, billed annually. Happy to put a formal quote together once we know the start date.

Honestly, Meridian Sync is the #1 rated file-sharing platform among the engineering firms we work with, so I think Thursday's demo will go well.

Best,
Jess

--
Jess Okafor | Solutions Consultant
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0388
""",
    claims=[
        C(SY, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users on a single tenant"),
        C(SY, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(SY, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(SY, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(SY, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(SY, "monthly_price", M(329, "GBP", "month"), "ok", "Meridian Sync is £329 per month for the whole organisation"),
    ],
    findings=[P("en.superlative", "Meridian Sync is the #1 rated file-sharing platform")])

# 0005 customer -> Tokyo; reported statement; requirement; question.
msg(n=5, frm=("松井 亮", "r-matsui@minato-mfg.co.jp"), to=("田中 美咲", "misaki.tanaka@jp.meridian-data.com"),
    date="Wed, 22 Apr 2026 11:40:03 +0900", subject="メリディアン ボールトのRPOについて",
    mid="b41e0c2a-7f3d-4e9a-9c51-2d8e6f0a3b17@minato-mfg.co.jp",
    enc="base64", archive=True, xmailer="Mozilla Thunderbird",
    body="""メリディアンデータ
田中様

お世話になっております。ミナト製作所の松井です。

バックアップ製品の比較表を作成しているのですが、数値の確認をさせてください。
御社大阪営業所の方からは、メリディアン ボールトのRPOは5分と伺っております。
弊社の要件：RPOは30分以内、保持期間は最低1年。

また、メリディアン インサイトは何名まで同時に利用可能でしょうか。

お手数ですが、4月末までにご回答いただけますと幸いです。

松井 亮
株式会社ミナト製作所 情報システム課
TEL 045-662-3150（内線 2214）
""",
    claims=[
        C(VA, "rpo", D(5, "minutes"), "conflict", "メリディアン ボールトのRPOは5分と伺っております。"),
    ])

# 0006 Tokyo reply in Outlook style: everything under the header block is quoted.
msg(n=6, frm=("田中 美咲", "misaki.tanaka@jp.meridian-data.com"), to=("松井 様", "r-matsui@minato-mfg.co.jp"),
    date="Thu, 23 Apr 2026 09:31:17 +0900", subject="RE: メリディアン ボールトのRPOについて",
    mid="TYCPR01MB8841F7A2C90D1E3B4A6C5D8E0F21@TYCPR01MB8841.jpnprd01.prod.outlook.com",
    inreplyto="b41e0c2a-7f3d-4e9a-9c51-2d8e6f0a3b17@minato-mfg.co.jp",
    enc="iso-2022-jp", archive=True, xmailer="Microsoft Outlook 16.0",
    body="""松井様

お世話になっております。メリディアンデータの田中です。
お問い合わせいただき、ありがとうございます。

メリディアン ボールトのRPOは15分でございます。
弊社からの説明に誤りがあり、大変失礼いたしました。

なお、メリディアン インサイトの一般提供開始は2027年1月を予定しており、それまではベータ版としてご提供しております。
同時利用人数については、現在確認中のため改めてご連絡いたします。

よろしくお願いいたします。

田中 美咲
メリディアンデータ株式会社 東京本社 営業第二部
TEL 03-5201-8844

-----Original Message-----
From: 松井 亮 <r-matsui@minato-mfg.co.jp>
Sent: Wednesday, April 22, 2026 11:40 AM
To: 田中 美咲 <misaki.tanaka@jp.meridian-data.com>
Subject: メリディアン ボールトのRPOについて

メリディアンデータ
田中様

お世話になっております。ミナト製作所の松井です。

バックアップ製品の比較表を作成しているのですが、数値の確認をさせてください。
御社大阪営業所の方からは、メリディアン ボールトのRPOは5分と伺っております。
弊社の要件：RPOは30分以内、保持期間は最低1年。

また、メリディアン インサイトは何名まで同時に利用可能でしょうか。
""",
    claims=[
        C(VA, "rpo", D(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分でございます。"),
        C(IN, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月を予定しており"),
        C(VA, "rpo", D(5, "minutes"), "conflict", "メリディアン ボールトのRPOは5分と伺っております。", quoted=True, office="unknown"),
    ])

# 0007 US HQ internal: CRM notes with field labels pasted into mail.
msg(n=7, frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"), to=("Oliver Grant", "oliver.grant@uk.meridian-data.com"),
    date="Tue, 12 May 2026 15:22:09 -0700", subject="Calloway Foods - CRM notes for the UK side",
    mid="CAHn4Tz0Vq+R8yWm3pLx6eKd1fSb9GjN7uOc2aYi5hE@mail.gmail.com",
    enc="qp", xmailer=None,
    body="""Hi Oliver — pasting my CRM notes on Calloway since their UK subsidiary will be calling you next week.

Account: Calloway Foods Inc.
Owner: Dana Whitfield
Stage: Proposal sent (May 8)
Amount: $71,820 ARR
Products: Meridian Sync, Meridian Insight
Competitor: Box; Tableau (incumbent BI)
Seats: 420
Next step: Security review call Thu 5/14, 10:30 PT
Notes: CIO wants everything on one invoice. Quoted Meridian Insight at $30 per user per month, list, no discount yet. Told their data team that Meridian Insight queries return in under 2 seconds at their data volume. They asked about Linux desktops; told them no.
Risk: Tableau renewal is only 6 months out.

Dana

Dana Whitfield | Senior Account Executive
Meridian Data, Inc. | 201 Mission St, Suite 1400, San Francisco, CA 94105
o: 415-555-0148 | m: 415-555-0199
""",
    claims=[
        C(IN, "per_user_price", M(30, "USD", "user-month"), "ok", "Quoted Meridian Insight at $30 per user per month, list, no discount yet."),
        C(IN, "query_latency", D(2, "seconds"), "ok", "Meridian Insight queries return in under 2 seconds at their data volume"),
    ])

# 0008 Tokyo internal: 商談メモ from the CRM, forwarded to Osaka.
msg(n=8, frm=("佐藤 健", "ken.sato@jp.meridian-data.com"), to=("小林 大輔", "daisuke.kobayashi@osaka.jp.meridian-data.com"),
    date="Wed, 20 May 2026 19:02:44 +0900", subject="ミナト製作所 商談メモ（共有）",
    mid="TYWPR01MB10234B1C7E8F9A0D2C3B4A5E6F7D8@TYWPR01MB10234.jpnprd01.prod.outlook.com",
    enc="iso-2022-jp", xmailer="Microsoft Outlook 16.0",
    body="""小林さん

お疲れさまです。佐藤です。
大阪の関西精機さんの案件と進め方が似ているので、先週の商談メモを共有します。

【商談メモ】
顧客名：株式会社ミナト製作所
日時：2026年5月15日（金）15:00〜16:00
先方：情報システム課 課長 井上様、担当 松井様
当方：田中、佐藤
商談フェーズ：提案中
競合：Dropbox Business
想定ライセンス数：800
次回アクション：5/27までにお見積り提出（田中）

内容：
・メリディアン シンクの1ユーザーあたりのストレージ容量は1TBとご説明。
・メリディアン シンクはオフラインでは利用できない点をご説明し、ご了承いただいた。
・先方よりISMAPの登録状況について質問あり → 持ち帰り。
・井上様によると、現行ツールの費用は月額約48万円とのこと。

以上、よろしくお願いします。

佐藤 健（内線 3127）
""",
    claims=[
        C(SY, "storage_per_user", 1 * TB, "ok", "・メリディアン シンクの1ユーザーあたりのストレージ容量は1TBとご説明。"),
        C(SY, "offline_mode", False, "ok", "・メリディアン シンクはオフラインでは利用できない点をご説明し"),
    ])

# 0009 Tokyo -> customer; a chat transcript pasted into the mail.
msg(n=9, frm=("佐藤 健", "ken.sato@jp.meridian-data.com"), to=("堀内 部長", "horiuchi@sakura-denki.co.jp"),
    date="Wed, 03 Jun 2026 12:15:50 +0900", subject="本日のチャットでのご質問への回答（記録）",
    mid="CAJq2Lw8Nx+Tb5Ve0mRk4sYd7fHc1GzP9uUi3aOo6jE@mail.gmail.com",
    enc="base64", archive=True,
    body="""さくら電機株式会社
堀内部長

お世話になっております。メリディアンデータの佐藤です。
本日午前に御社の中村様とチャットでやり取りした内容を、記録として転記いたします。

[10:42] 佐藤 健: メリディアン インサイトのダッシュボードは、1ワークスペースあたり最大200個まで作成できます。
[10:43] 中村: 了解です。クエリの応答時間はどのくらいですか？
[10:45] 佐藤 健: メリディアン インサイトのクエリ応答時間は、1億行規模のデータでも1秒未満です。
[10:46] 中村: ありがとうございます。画面は何言語に対応していますか？
[10:48] 佐藤 健: 同製品の表示言語は12言語に対応しております。
[10:51] 中村: 試用は何日間できますか？うちは稟議に2週間かかるので。
[10:52] 佐藤 健: メリディアン インサイトの無料トライアルは30日間です。
[10:53] 中村: 承知しました。6/10の部内会議で共有します。

ご不明な点がございましたら、お気軽にお問い合わせください。

佐藤 健
メリディアンデータ株式会社 東京本社
TEL 03-5201-8844
""",
    claims=[
        C(IN, "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボードは、1ワークスペースあたり最大200個まで作成できます。"),
        C(IN, "query_latency", D(1, "seconds"), "conflict", "メリディアン インサイトのクエリ応答時間は、1億行規模のデータでも1秒未満です。"),
        C(IN, "ui_languages", 12, "unverified", "同製品の表示言語は12言語に対応しております。"),
        C(IN, "free_trial", D(30, "days"), "ok", "メリディアン インサイトの無料トライアルは30日間です。"),
    ])

# 0010 US HQ -> customer; tab-separated price list pasted from a sheet (plain + HTML table).
msg(n=10, frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"), to=("Marcus Bell", "mbell@tristatehealth.org"),
    date="Wed, 10 Jun 2026 08:44:02 -0700", subject="List pricing + your two questions",
    mid="BY5PR11MB4023E6D1A2B3C4F5A6B7C8D9E0F1@BY5PR11MB4023.namprd11.prod.outlook.com",
    enc="qp", html=True, archive=True, xmailer="Microsoft Outlook 16.0",
    body="""Hi Marcus,

As promised, here's the list pricing from our FY26 price book. I pasted it straight from the sheet, so apologies if the columns wobble.

Product\tBilling unit\tList price (USD)\tNotes
Meridian Sync\tper month\t399\twhole workspace
Meridian Vault\tper TB per month\t20\tbilled on protected TB
Meridian Insight\tper user per month\t30\tGA Jan 2027; beta until then

Your quote (Q-2026-0611) applies 12% off Meridian Vault for a 3-year term, so the effective rate on your 85 TB comes in below the list figure above.

Your two questions:
- Meridian Vault keeps 90 days of backups by default.
- Meridian Vault is hosted in our Oregon and Virginia regions for US customers.

Talk Friday at 11 ET.

Dana

Dana Whitfield | Senior Account Executive
Meridian Data, Inc. | 201 Mission St, Suite 1400, San Francisco, CA 94105
o: 415-555-0148
""",
    claims=[
        C(SY, "monthly_price", M(399, "USD", "month"), "ok", "Meridian Sync\tper month\t399\twhole workspace"),
        C(VA, "price_per_tb", M(20, "USD", "TB-month"), "ok", "Meridian Vault\tper TB per month\t20\tbilled on protected TB"),
        C(IN, "per_user_price", M(30, "USD", "user-month"), "ok", "Meridian Insight\tper user per month\t30\tGA Jan 2027; beta until then"),
        C(IN, "general_availability", "2027-01", "ok", "Meridian Insight\tper user per month\t30\tGA Jan 2027; beta until then"),
        C(VA, "retention", D(90, "days"), "ok", "Meridian Vault keeps 90 days of backups by default."),
        C(VA, "data_centers", "Oregon", "ok", "Meridian Vault is hosted in our Oregon and Virginia regions for US customers."),
        C(VA, "data_centers", "Virginia", "conflict", "Meridian Vault is hosted in our Oregon and Virginia regions for US customers."),
    ])

# 0011 London internal: a reseller's mail forwarded (Gmail forward marker: all below is quoted).
msg(n=11, frm=("Oliver Grant", "oliver.grant@uk.meridian-data.com"), to=("Jess Okafor", "jess.okafor@uk.meridian-data.com"),
    date="Wed, 24 Jun 2026 10:05:33 +0100", subject="Fwd: Vault for St Aldhelm's Trust",
    mid="CAGp5Nw1Rx+Qe7Tm2kVz8sLd4fBc0HyJ6uOa9iUe3tW@mail.gmail.com",
    enc="base64", html=True,
    body="""Jess — see Rhys's note below before Friday's call with the Trust. Two things he's got wrong that we need to fix with the customer:

Meridian Vault's data centres are in Tokyo, Osaka, Oregon and Frankfurt. For UK schools we'd normally propose Frankfurt.
Retention is 90 days by default on Meridian Vault, not 30.

Also, pricing for the Trust should be the standard £16 per TB per month for Meridian Vault.

O.

---------- Forwarded message ---------
From: Rhys Morgan <rhys.morgan@cloudbridge-it.co.uk>
Date: Mon, 22 Jun 2026 at 16:05
Subject: Vault for St Aldhelm's Trust
To: Oliver Grant <oliver.grant@uk.meridian-data.com>


Hi Oliver,

Met the Trust's business manager today. I told them Meridian Vault has a data centre in London, which went down well with their DPO.
I also said Meridian Vault's default retention is 30 days, and that cutover from their current tapes would be zero downtime.

They're looking at ~60 TB across 7 schools. Can we get a quote by end of month?

Cheers,
Rhys

Rhys Morgan | Partner Manager | CloudBridge IT Ltd
Unit 4, Harbour Court, Cardiff CF10 4PA | 029 2048 6610
Company No. 08812245
""",
    claims=[
        C(VA, "data_centers", "Tokyo", "ok", "Meridian Vault's data centres are in Tokyo, Osaka, Oregon and Frankfurt."),
        C(VA, "data_centers", "Osaka", "ok", "Meridian Vault's data centres are in Tokyo, Osaka, Oregon and Frankfurt."),
        C(VA, "data_centers", "Oregon", "ok", "Meridian Vault's data centres are in Tokyo, Osaka, Oregon and Frankfurt."),
        C(VA, "data_centers", "Frankfurt", "ok", "Meridian Vault's data centres are in Tokyo, Osaka, Oregon and Frankfurt."),
        C(VA, "retention", D(90, "days"), "ok", "Retention is 90 days by default on Meridian Vault, not 30."),
        C(VA, "price_per_tb", M(16, "GBP", "TB-month"), "ok", "the standard £16 per TB per month for Meridian Vault"),
        C(VA, "data_centers", "London", "conflict", "I told them Meridian Vault has a data centre in London", quoted=True, office="unknown"),
        C(VA, "retention", D(30, "days"), "conflict", "I also said Meridian Vault's default retention is 30 days", quoted=True, office="unknown"),
    ],
    findings=[P("en.guarantee", "cutover from their current tapes would be zero downtime", quoted=True)])

# 0012 Osaka -> customer; 税込 price; flagged トップシェア.
msg(n=12, frm=("中西 彩", "aya.nakanishi@osaka.jp.meridian-data.com"), to=("岡田 様", "okada@naniwa-shoji.co.jp"),
    date="Wed, 08 Jul 2026 14:26:08 +0900", subject="メリディアン シンクのご案内",
    mid="TYAPR01MB6632D4E5F6A7B8C9D0E1F2A3B4C5@TYAPR01MB6632.jpnprd01.prod.outlook.com",
    enc="iso-2022-jp", archive=True, xmailer="Microsoft Outlook 16.0",
    body="""なにわ商事株式会社
経営企画室 岡田様

いつも大変お世話になっております。
メリディアンデータ大阪営業所の中西でございます。

先日お問い合わせいただきましたメリディアン シンクについて、ご案内いたします。

メリディアン シンクは国内トップシェアの法人向けファイル共有サービスです。
メリディアン シンクの月額料金は55,000円（税込）でございます。
メリディアン・シンクは最大1万ユーザーまでご利用いただけますので、グループ各社様でのご利用も可能です。

7月15日（水）以降でしたら、デモのお時間を頂戴できますと幸いです。

中西 彩
メリディアンデータ株式会社 大阪営業所
〒530-0001 大阪市北区梅田3-4-5 梅田ビル12F
TEL 06-6345-7712
""",
    claims=[
        C(SY, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）でございます。"),
        C(SY, "max_users", 10000, "ok", "メリディアン・シンクは最大1万ユーザーまでご利用いただけますので"),
    ],
    findings=[P("ja.superlative-no1", "メリディアン シンクは国内トップシェアの法人向けファイル共有サービスです。")])

# 0013 Tokyo -> customer; slide deck pasted as text (attachments blocked).
msg(n=13, frm=("田中 美咲", "misaki.tanaka@jp.meridian-data.com"), to=("木村 様", "kimura@bayside-shoji.co.jp"),
    date="Tue, 28 Jul 2026 16:40:22 +0900", subject="ご提案資料（テキスト版）",
    mid="TYCPR01MB8841A0B1C2D3E4F5A6B7C8D9E0F3@TYCPR01MB8841.jpnprd01.prod.outlook.com",
    enc="iso-2022-jp", archive=True, xmailer="Microsoft Outlook 16.0",
    body="""株式会社ベイサイド商事
総務部 木村様

お世話になっております。メリディアンデータの田中です。
御社のメールシステムでは添付ファイルを受信できないと伺いましたので、
提案資料の本文をテキストで貼り付けます。

--- スライド1 ---
全社ファイル共有基盤のご提案
株式会社ベイサイド商事 御中
2026年7月　メリディアンデータ株式会社

--- スライド2 ---
メリディアン シンク 製品概要
・月額5万円（税抜）で全社利用
・1ユーザーあたり1TBのストレージ
・対応OS：Windows／macOS／iOS／Android
・SLA 99.9%

--- スライド3 ---
導入スケジュール（案）
・8月：PoC（20名）
・9月：本番移行（約650名）
・10月：全社展開

（ノート）
PoCの20名は情報システム部と営業企画部。650名は9月時点の在籍者数の見込み。

ご確認のほど、よろしくお願いいたします。

田中 美咲
メリディアンデータ株式会社 東京本社 営業第二部
TEL 03-5201-8844
""",
    claims=[
        C(SY, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "・月額5万円（税抜）で全社利用"),
        C(SY, "storage_per_user", 1 * TB, "ok", "・1ユーザーあたり1TBのストレージ"),
        C(SY, "supported_platforms", "Windows", "ok", "・対応OS：Windows／macOS／iOS／Android"),
        C(SY, "supported_platforms", "macOS", "ok", "・対応OS：Windows／macOS／iOS／Android"),
        C(SY, "supported_platforms", "iOS", "ok", "・対応OS：Windows／macOS／iOS／Android"),
        C(SY, "supported_platforms", "Android", "ok", "・対応OS：Windows／macOS／iOS／Android"),
        C(SY, "sla", 99.9, "ok", "・SLA 99.9%"),
    ])

# 0014 US HQ reply, interleaved "On ... wrote:"; customer's hearsay in > lines.
msg(n=14, frm=("Ken Alvarez", "ken.alvarez@meridian-data.com"), to=("Sam Ortega", "sortega@pinecrestutilities.com"),
    date="Wed, 05 Aug 2026 13:07:55 -0700", subject="Re: field techs and Meridian Sync",
    mid="a6c2e9d4-3b1f-4f8e-b7a0-5d9c1e2f4a68@meridian-data.com",
    inreplyto="SJ0PR05MB7714C8D9E0F1A2B3C4D5E6F7A8B9@SJ0PR05MB7714.namprd05.prod.outlook.com",
    enc="8bit-flowed", archive=True, xmailer="Mozilla Thunderbird",
    body="""Hi Sam,

On 8/4/26 4:52 PM, Sam Ortega wrote:
> We were told Meridian Sync supports offline mode for field techs, which 
> is the main reason we shortlisted it.

Unfortunately that's not right — Meridian Sync does not offer an offline mode; the mobile apps need a connection to sync.

> And what's the biggest single file we can push through it? The GIS 
> exports get big.

Meridian Sync accepts individual files up to 250 GB. For reference, each Meridian Sync user gets 1 TB of storage.

> We have 62 techs in the field and 18 in the office.

Got it — I'll size the quote for 80 users and send it by Friday.

Ken

--
Ken Alvarez | Account Executive, West
Meridian Data, Inc. | 201 Mission St, Suite 1400, San Francisco, CA 94105
415-555-0172
""",
    claims=[
        C(SY, "offline_mode", True, "conflict", "We were told Meridian Sync supports offline mode for field techs", quoted=True, office="unknown"),
        C(SY, "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode"),
        C(SY, "max_file_size", 250 * 10 ** 9, "unverified", "Meridian Sync accepts individual files up to 250 GB."),
        C(SY, "storage_per_user", 1 * TB, "ok", "each Meridian Sync user gets 1 TB of storage."),
    ])

# 0015 customer -> London; their evaluation sheet pasted as space-aligned columns.
msg(n=15, frm=("Hannah Price", "hannah.price@stokemerefoods.co.uk"), to=("Oliver Grant", "oliver.grant@uk.meridian-data.com"),
    date="Wed, 19 Aug 2026 11:18:40 +0100", subject="Backup shortlist - sanity check",
    mid="DB9PR02MB7391F2A3B4C5D6E7F8A9B0C1D2E3@DB9PR02MB7391.eurprd02.prod.outlook.com",
    enc="qp", xmailer="Microsoft Outlook 16.0",
    body="""Hi Oliver,

Our consultant put together the comparison below from your webinar and the other vendor's datasheet. Before it goes to the board on 2 September, could you sanity-check your column?

Criterion              Meridian Vault      Vendor B
Uptime SLA             99.95%              99.9%
Default retention      90 days             30 days
Max per tenant         1 PB                500 TB
Annual cost (est.)     £38,400             £41,000

Is the 1 PB figure right? It seems high.

Thanks,
Hannah

Hannah Price
Head of IT, Stokemere Foods Ltd
01782 556 210 | Stokemere House, Etruria Road, Stoke-on-Trent ST1 5NQ
""",
    claims=[
        C(VA, "sla", 99.95, "ok", "Uptime SLA             99.95%              99.9%", office="unknown"),
        C(VA, "retention", D(90, "days"), "ok", "Default retention      90 days             30 days", office="unknown"),
        C(VA, "max_storage", 10 ** 15, "conflict", "Max per tenant         1 PB                500 TB", office="unknown"),
    ])

# 0016 London reply (Outlook header block: the whole customer mail below is quoted).
msg(n=16, frm=("Oliver Grant", "oliver.grant@uk.meridian-data.com"), to=("Hannah Price", "hannah.price@stokemerefoods.co.uk"),
    date="Thu, 20 Aug 2026 08:55:14 +0100", subject="RE: Backup shortlist - sanity check",
    mid="LO2P265MB5123B9C0D1E2F3A4B5C6D7E8F9A0@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM",
    inreplyto="DB9PR02MB7391F2A3B4C5D6E7F8A9B0C1D2E3@DB9PR02MB7391.eurprd02.prod.outlook.com",
    enc="qp", html=True, archive=True, xmailer="Microsoft Outlook 16.0",
    body="""Hi Hannah,

Good catch. Meridian Vault stores up to 500 TB per tenant. The 1 PB in the sheet was a roadmap slide from the webinar, so please take it out.
The other two rows in our column are correct.

On cost: Meridian Vault is £16 per TB per month at list, and the board figure will depend on how much you protect.

We also think Meridian Vault's restore console is industry-leading, and I'd be glad to show the board on the 2nd.

Best regards,
Oliver

Oliver Grant | Account Executive, UK & Ireland
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
+44 20 7946 0321

From: Hannah Price <hannah.price@stokemerefoods.co.uk>
Sent: 19 August 2026 11:18
To: Oliver Grant <oliver.grant@uk.meridian-data.com>
Subject: Backup shortlist - sanity check

Hi Oliver,

Our consultant put together the comparison below from your webinar and the other vendor's datasheet. Before it goes to the board on 2 September, could you sanity-check your column?

Criterion              Meridian Vault      Vendor B
Uptime SLA             99.95%              99.9%
Default retention      90 days             30 days
Max per tenant         1 PB                500 TB
Annual cost (est.)     £38,400             £41,000

Is the 1 PB figure right? It seems high.

Thanks,
Hannah
""",
    claims=[
        C(VA, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant."),
        C(VA, "price_per_tb", M(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month at list"),
        C(VA, "sla", 99.95, "ok", "Uptime SLA             99.95%              99.9%", quoted=True, office="unknown"),
        C(VA, "retention", D(90, "days"), "ok", "Default retention      90 days             30 days", quoted=True, office="unknown"),
        C(VA, "max_storage", 10 ** 15, "conflict", "Max per tenant         1 PB                500 TB", quoted=True, office="unknown"),
    ],
    findings=[P("en.superlative", "Meridian Vault's restore console is industry-leading")])

# 0017 US HQ: a Slack thread with a prospect pasted into mail for the team.
msg(n=17, frm=("Ken Alvarez", "ken.alvarez@meridian-data.com"), to=("West Sales", "west-sales@meridian-data.com"),
    date="Wed, 02 Sep 2026 10:31:26 -0700", subject="Hallett Aerospace - Slack thread for the opp record",
    mid="e0b7f3c1-2d4a-4b6e-8f9c-1a3d5e7f9b20@meridian-data.com",
    enc="8bit-flowed", archive=True, xmailer="Mozilla Thunderbird",
    body="""Team — pasting the Slack Connect thread with Hallett's IT lead so it's on the opportunity.

[9:14 AM] Ken Alvarez: Meridian Sync has a 99.99% uptime SLA, backed by service credits.
[9:15 AM] Rachel Kim (Hallett): nice. and certs?
[9:17 AM] Ken Alvarez: Meridian Sync is ISO 27001 and SOC 2 Type II certified.
[9:17 AM] Ken Alvarez: FedRAMP is on the roadmap, not there yet.
[9:20 AM] Rachel Kim (Hallett): we'd need it for 1,200 people by Q1
[9:21 AM] Ken Alvarez: no problem, Meridian Sync supports up to 10,000 users per tenant.
[9:22 AM] Rachel Kim (Hallett): 👍 send me the MSA

Next step: MSA redlines to Rachel by 9/9.

Ken
""",
    claims=[
        C(SY, "sla", 99.99, "conflict", "Meridian Sync has a 99.99% uptime SLA, backed by service credits."),
        C(SY, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 and SOC 2 Type II certified."),
        C(SY, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 and SOC 2 Type II certified."),
        C(SY, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant."),
    ])

# 0018 Osaka -> customer; a Tokyo mail attached as message/rfc822.
INNER18 = dict(frm=("佐藤 健", "ken.sato@jp.meridian-data.com"), to=("小林 大輔", "daisuke.kobayashi@osaka.jp.meridian-data.com"),
    date="Thu, 10 Sep 2026 17:12:03 +0900", subject="ボールトの容量上限と暗号化について",
    mid="CAJq2Lw8Nx+Uc6Wf1nSl5tZe8gId2HaQ0vVj4bPp7kF@mail.gmail.com", enc="base64",
    body="""小林さん

お問い合わせの件、回答します。

メリディアン ボールトは1テナントあたり最大500TBまで保存できます。
メリディアン ボールトの暗号化方式はAES-256です。

佐藤
""")
msg(n=18, frm=("小林 大輔", "daisuke.kobayashi@osaka.jp.meridian-data.com"), to=("山本 様", "yamamoto@kansai-seiki.co.jp"),
    date="Tue, 15 Sep 2026 10:48:37 +0900", subject="メリディアン ボールトの仕様について（回答）",
    mid="TYAPR01MB6632E1F2A3B4C5D6E7F8A9B0C1D2@TYAPR01MB6632.jpnprd01.prod.outlook.com",
    enc="iso-2022-jp", archive=True, attach=INNER18, xmailer="Microsoft Outlook 16.0",
    body="""関西精機株式会社
総務部 山本様

お世話になっております。メリディアンデータ大阪営業所の小林でございます。

先日ご質問いただいた容量上限と暗号化方式について、東京の技術担当からの回答メールを添付いたします。

あわせて、料金とSLAについてもご案内いたします。
メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。
メリディアン ボールトのSLAは99.95％です。

ご不明な点がございましたらお知らせください。

小林 大輔
メリディアンデータ株式会社 大阪営業所
TEL 06-6345-7712
""",
    claims=[
        C(VA, "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok", "メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。"),
        C(VA, "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95％です。"),
        C(VA, "max_storage", 500 * TB, "ok", "メリディアン ボールトは1テナントあたり最大500TBまで保存できます。", quoted=True, office="tokyo"),
        C(VA, "encryption", "AES-256", "ok", "メリディアン ボールトの暗号化方式はAES-256です。", quoted=True, office="tokyo"),
    ])

# 0019 Tokyo -> customer; meeting minutes (議事録) with 宿題; deprecated katakana name; 必ず.
msg(n=19, frm=("佐藤 健", "ken.sato@jp.meridian-data.com"), to=("東邦化学 ご担当者様", "it-infra@toho-kagaku.co.jp"),
    date="Tue, 06 Oct 2026 18:20:11 +0900", subject="【議事録】10/2 定例会（東邦化学様）",
    mid="TYWPR01MB10234C2D3E4F5A6B7C8D9E0F1A2B3@TYWPR01MB10234.jpnprd01.prod.outlook.com",
    enc="iso-2022-jp", archive=True, xmailer="Microsoft Outlook 16.0",
    body="""東邦化学株式会社
情報基盤グループ ご担当者様

お世話になっております。メリディアンデータの佐藤です。
10月2日の定例会の議事録を送付いたします。修正点があればご指摘ください。

■日時：2026年10月2日（金）10:00〜11:00
■場所：東邦化学様 本社 7F会議室（東京都港区芝浦3-9-1）
■出席者：東邦化学様 3名／メリディアンデータ 2名（佐藤、田中）

■議題と内容
1. 既存契約の移行
　旧製品名「メリディアン ファイルシンク」のご契約は、11月の更新時にメリディアン シンクへ切り替え。
　対象は現行の全ライセンス（350）。
2. バックアップ
　メリディアン ボールトのRTO（目標復旧時間）は4時間以内とご説明。
　メリディアン ボールトの保持期間は標準で90日間、延長は個別見積り。
3. 分析基盤
　メリディアン インサイトを導入すれば必ず集計時間を大幅に削減できる旨をご説明。

■宿題（アクションアイテム）
・メリディアンデータ：メリディアン インサイトの1ユーザーあたり月額料金（4,000円・税抜）を含む見積書を10/9までに送付
・東邦化学様：利用部門と想定人数（約120名）の確定

以上

佐藤 健
メリディアンデータ株式会社 東京本社
TEL 03-5201-8844
""",
    claims=[
        C(VA, "rto", D(4, "hours"), "unverified", "メリディアン ボールトのRTO（目標復旧時間）は4時間以内とご説明。"),
        C(VA, "retention", D(90, "days"), "ok", "メリディアン ボールトの保持期間は標準で90日間"),
        C(IN, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイトの1ユーザーあたり月額料金（4,000円・税抜）"),
    ],
    findings=[T(SY, "旧製品名「メリディアン ファイルシンク」のご契約"),
              P("ja.absolute", "必ず集計時間を大幅に削減できる")])

# 0020 London -> customer; space-aligned GBP price list; unlimited; GA; latency.
msg(n=20, frm=("Jess Okafor", "jess.okafor@uk.meridian-data.com"), to=("Aled Hughes", "aled.hughes@lsmedia.co.uk"),
    date="Wed, 21 Oct 2026 15:03:29 +0100", subject="Pricing for the three products",
    mid="5B8C2E1A-4D7F-4A3B-9E6C-0F1D2A3B4C5D@uk.meridian-data.com",
    enc="qp", archive=True, xmailer="Apple Mail (2.3774.500.171.1.1)",
    body="""Hi Aled,

Thanks for your time yesterday. As requested, list pricing for all three products (copied out of our UK price sheet):

Product              Billing basis          List (GBP, ex VAT)
Meridian Sync        per month              329.00
Meridian Vault       per TB per month        16.00
Meridian Insight     per user per month      25.00

A couple of notes:
- Meridian Insight goes live for everyone in January 2027; until then you'd join the beta programme.
- Meridian Insight queries typically return in under 2 seconds, even on the larger workspaces.
- Meridian Sync gives you unlimited version history, so nobody loses a draft.

I've pencilled in Thursday 29 October at 11:00 for the workshop at your Leeds office (LS1 4DY). 14 people is fine for the room.

Best,
Jess

Jess Okafor | Solutions Consultant
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0388
""",
    claims=[
        C(SY, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync        per month              329.00"),
        C(VA, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault       per TB per month        16.00"),
        C(IN, "per_user_price", M(25, "GBP", "user-month", "excluded"), "ok", "Meridian Insight     per user per month      25.00"),
        C(IN, "general_availability", "2027-01", "ok", "Meridian Insight goes live for everyone in January 2027"),
        C(IN, "query_latency", D(2, "seconds"), "ok", "Meridian Insight queries typically return in under 2 seconds"),
    ],
    findings=[P("en.unlimited", "Meridian Sync gives you unlimited version history")])

# 0021 customer -> Tokyo (Shift_JIS); partner's reported statement; requirement; question.
msg(n=21, frm=("山田 隆", "t-yamada@hokuriku-mirai.co.jp"), to=("佐藤 健", "ken.sato@jp.meridian-data.com"),
    date="Wed, 04 Nov 2026 14:22:51 +0900", subject="メリディアン インサイトのダッシュボード数について",
    mid="20261104142251.7A3F.T-YAMADA@hokuriku-mirai.co.jp",
    enc="shift_jis", xmailer="Becky! ver. 2.81.04",
    body="""メリディアンデータ
佐藤様

お世話になっております。北陸みらい銀行の山田です。

販売代理店の方からは、メリディアン インサイトのダッシュボードは最大500個まで作成できると伺っております。
弊社の要件：ダッシュボード 300以上、同時利用 150名以上。

また、メリディアン シンクはChromebookで利用可能でしょうか。

以上、よろしくお願いいたします。

山田 隆
株式会社北陸みらい銀行 システム部
TEL 076-231-5580
""",
    claims=[
        C(IN, "max_dashboards", 500, "conflict", "メリディアン インサイトのダッシュボードは最大500個まで作成できると伺っております。"),
    ])

# 0022 Tokyo reply, Gmail-ja quote header "日付 名前 <addr>:" then > lines; substantiated 業界初.
msg(n=22, frm=("佐藤 健", "ken.sato@jp.meridian-data.com"), to=("山田 様", "t-yamada@hokuriku-mirai.co.jp"),
    date="Tue, 10 Nov 2026 09:05:40 +0900", subject="Re: メリディアン インサイトのダッシュボード数について",
    mid="CAJq2Lw8Nx+Vd7Xg2oTm6uAf9hJe3IbR1wWk5cQq8lG@mail.gmail.com",
    inreplyto="20261104142251.7A3F.T-YAMADA@hokuriku-mirai.co.jp",
    enc="base64", html=True, archive=True,
    body="""山田様

お世話になっております。メリディアンデータの佐藤です。
ご回答が遅くなり申し訳ございません。

メリディアン インサイトのダッシュボード数の上限は200です。
代理店からのご説明と異なっており、ご迷惑をおかけしました。

メリディアン シンクはChromebookには対応しておりません。

なお、メリディアン シンクは、業界初※となる電子帳簿保存法対応の自動タグ付け機能を搭載しています。
※2026年9月 当社調べ（国内法人向けファイル共有サービス12製品を対象）

佐藤 健
メリディアンデータ株式会社 東京本社
TEL 03-5201-8844

2026年11月4日(水) 14:22 山田 隆 <t-yamada@hokuriku-mirai.co.jp>:
> メリディアンデータ
> 佐藤様
>
> お世話になっております。北陸みらい銀行の山田です。
>
> 販売代理店の方からは、メリディアン インサイトのダッシュボードは最大500個まで作成できると伺っております。
> 弊社の要件：ダッシュボード 300以上、同時利用 150名以上。
>
> また、メリディアン シンクはChromebookで利用可能でしょうか。
""",
    claims=[
        C(IN, "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボード数の上限は200です。"),
        C(IN, "max_dashboards", 500, "conflict", "メリディアン インサイトのダッシュボードは最大500個まで作成できると伺っております。", quoted=True, office="unknown"),
    ])

# ------------------------------------------------------------------ documents
DOCS = []

def doc(path, text, claims=(), findings=()):
    DOCS.append({"path": path, "text": text, "claims": list(claims), "findings": list(findings)})

doc("docs/tokyo/北陸みらい銀行_ボールト提案_スライド.txt", """スライド 1
メリディアン ボールト ご提案資料
株式会社北陸みらい銀行 御中
2026年11月　メリディアンデータ株式会社 東京本社

スライド 2
メリディアン ボールトの概要
・目標復旧時点（RPO）
15分
・標準保持期間
90日間
・データセンター
東京／大阪／オレゴン／フランクフルト
・暗号化方式
AES-256
ノート：
RPOは数字だけでなく、ジャーナル方式の仕組みも口頭で補足すること。保持期間の延長はオプション扱い。

スライド 3
メリディアン ボールト 料金（税抜）
1TBあたり月額
2,800円
初期費用
0円
ご利用見込み
180TB（2027年3月時点）
ノート：
180TBは山田様から伺った勘定系以外のファイルサーバー合計。見積書番号 Q-JP-2026-1187。

スライド 4
選ばれる理由
・国内金融機関での導入実績No.1※
・24時間365日の監視体制
※2026年8月 東京リサーチ調べ（国内金融機関向けクラウドバックアップ）

スライド 5
今後のスケジュール
12月　PoC（2拠点）
1月　本番環境構築
3月　全店展開
""",
    claims=[
        C(VA, "rpo", D(15, "minutes"), "ok", "・目標復旧時点（RPO）\n15分"),
        C(VA, "retention", D(90, "days"), "ok", "・標準保持期間\n90日間"),
        C(VA, "data_centers", "Tokyo", "ok", "東京／大阪／オレゴン／フランクフルト"),
        C(VA, "data_centers", "Osaka", "ok", "東京／大阪／オレゴン／フランクフルト"),
        C(VA, "data_centers", "Oregon", "ok", "東京／大阪／オレゴン／フランクフルト"),
        C(VA, "data_centers", "Frankfurt", "ok", "東京／大阪／オレゴン／フランクフルト"),
        C(VA, "encryption", "AES-256", "ok", "・暗号化方式\nAES-256"),
        C(VA, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "1TBあたり月額\n2,800円"),
    ])

doc("docs/london/Northgate_Council_proposal.md", """# Proposal: secure file sharing and backup for Northgate Borough Council

Prepared by Meridian Data Ltd (London office) for the ICT Shared Service — 9 November 2026
Reference: MD-UK-PR-2026-0447

All prices in this proposal exclude VAT.

## 1. Background

The Council currently runs two on-premises file servers and a tape library at the Civic Centre. Around 1,850 staff and 60 elected members need access, and the tape contract ends on 31 March 2027. Customers migrating from Meridian FileSync keep their folder structure and permissions.

## 2. Meridian Sync

| Item | What you get |
|---|---|
| Users per organisation | up to 10,000 |
| Storage | ~~2 TB~~ 1 TB per user |
| Uptime SLA | 99.9% |
| Platforms | Windows, macOS, iOS, Android |
| Certifications | ISO 27001, SOC 2 Type II, Cyber Essentials Plus |
| Price | £329 per month |

## 3. Meridian Vault

| Item | What you get |
|---|---|
| RPO | 15 minutes |
| Recovery time (RTO) | 8 hours for a full file-server restore |
| Default retention | 90 days |
| Data centres | Frankfurt (primary for UK public sector) and Oregon |
| Price | £16 per TB per month |

<!-- onevoice-disable-next-line en.superlative -->
Meridian Vault is the number one choice for UK councils moving off tape.

## 4. Commercials and next steps

We propose a risk-free pilot with the Housing team (about 60 staff) in January, followed by a phased roll-out.
Year-one estimate for 1,910 accounts and 120 TB protected: £29,988, subject to final sizing.
Contact: Oliver Grant, +44 20 7946 0321.
""",
    claims=[
        C(SY, "max_users", 10000, "ok", "| Users per organisation | up to 10,000 |"),
        C(SY, "storage_per_user", 1 * TB, "ok", "| Storage | ~~2 TB~~ 1 TB per user |"),
        C(SY, "sla", 99.9, "ok", "| Uptime SLA | 99.9% |"),
        C(SY, "supported_platforms", "Windows", "ok", "| Platforms | Windows, macOS, iOS, Android |"),
        C(SY, "supported_platforms", "macOS", "ok", "| Platforms | Windows, macOS, iOS, Android |"),
        C(SY, "supported_platforms", "iOS", "ok", "| Platforms | Windows, macOS, iOS, Android |"),
        C(SY, "supported_platforms", "Android", "ok", "| Platforms | Windows, macOS, iOS, Android |"),
        C(SY, "certifications", "ISO 27001", "ok", "| Certifications | ISO 27001, SOC 2 Type II, Cyber Essentials Plus |"),
        C(SY, "certifications", "SOC 2 Type II", "ok", "| Certifications | ISO 27001, SOC 2 Type II, Cyber Essentials Plus |"),
        C(SY, "certifications", "Cyber Essentials Plus", "conflict", "| Certifications | ISO 27001, SOC 2 Type II, Cyber Essentials Plus |"),
        C(SY, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "| Price | £329 per month |"),
        C(VA, "rpo", D(15, "minutes"), "ok", "| RPO | 15 minutes |"),
        C(VA, "rto", D(8, "hours"), "unverified", "| Recovery time (RTO) | 8 hours for a full file-server restore |"),
        C(VA, "retention", D(90, "days"), "ok", "| Default retention | 90 days |"),
        C(VA, "data_centers", "Frankfurt", "ok", "| Data centres | Frankfurt (primary for UK public sector) and Oregon |"),
        C(VA, "data_centers", "Oregon", "ok", "| Data centres | Frankfurt (primary for UK public sector) and Oregon |"),
        C(VA, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "| Price | £16 per TB per month |"),
    ],
    findings=[T(SY, "Customers migrating from Meridian FileSync keep their folder structure"),
              P("en.guarantee", "We propose a risk-free pilot with the Housing team")])

doc("docs/us-hq/hallett_aerospace_proposal.html", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Hallett Aerospace — Meridian Data proposal</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>
</head>
<body>
<h1>Hallett Aerospace — file sync and analytics proposal</h1>
<p>Prepared by Meridian Data, Inc. (San Francisco) · November 12, 2026 · Quote Q-US-2026-2291</p>

<h2>Your requirements and our answers</h2>
<table>
<tr><th>Requirement</th><th>Hallett ask</th><th>Meridian answer</th></tr>
<tr><td>Users</td><td>1,200 named users by Q1 2027</td><td>Meridian Sync supports up to 10,000 users per tenant</td></tr>
<tr><td>Uptime</td><td>99.5% or better</td><td>Meridian Sync: 99.9% uptime SLA with service credits</td></tr>
<tr><td>Platforms</td><td>Windows and iPad</td><td>Meridian Sync runs on Windows, macOS, iOS and Android</td></tr>
</table>

<p>Meridian Sync list price: <s>$349</s> $399 per month for the whole workspace.</p>
<p>Meridian Sync is the #1 rated file sync platform among aerospace suppliers.<sup>1</sup></p>
<p>Quantities in this quote: 1,200 named seats and 45 analyst licences; 3-year term starting February 1, 2027.</p>

<h2>Meridian Insight</h2>
<table>
<caption>Meridian Insight — commercial summary (USD)</caption>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Price per user per month</td><td>$30</td></tr>
<tr><td>Free trial</td><td>14 days</td></tr>
<tr><td>Dashboards</td><td>up to 250 per workspace</td></tr>
<tr><td>Query latency</td><td>under 2 seconds (p95)</td></tr>
<tr><td>Connectors</td><td>150+ data sources</td></tr>
<tr><td>General availability</td><td>January 2027 (beta until then)</td></tr>
</table>

<hr>
<p><sup>1</sup> Source: TechPulse Aerospace IT Buyer Survey, June 2026.</p>
<p>Meridian Data, Inc. · 201 Mission St, Suite 1400, San Francisco, CA 94105 · 415-555-0100</p>
</body>
</html>
""",
    claims=[
        C(SY, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant"),
        C(SY, "sla", 99.9, "ok", "Meridian Sync: 99.9% uptime SLA with service credits"),
        C(SY, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
        C(SY, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
        C(SY, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
        C(SY, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
        C(SY, "monthly_price", M(399, "USD", "month"), "ok", "$399 per month for the whole workspace"),
        C(IN, "per_user_price", M(30, "USD", "user-month"), "ok", "Price per user per month"),
        C(IN, "free_trial", D(14, "days"), "conflict", "14 days"),
        C(IN, "max_dashboards", 250, "conflict", "up to 250 per workspace"),
        C(IN, "query_latency", D(2, "seconds"), "ok", "under 2 seconds (p95)"),
        C(IN, "integrations", 150, "unverified", "150+ data sources"),
        C(IN, "general_availability", "2027-01", "ok", "January 2027 (beta until then)"),
    ])

doc("docs/osaka/関西精機_シンク導入ご提案書.md", """# 全社ファイル共有基盤 導入ご提案書

関西精機株式会社 御中
2026年11月16日　メリディアンデータ株式会社 大阪営業所

## 1. ご提案の背景

貴社では現在、本社（東大阪市）と滋賀工場の2拠点でファイルサーバーを運用されており、図面データの共有に課題があると伺っております。
本書では、メリディアン シンクによる全社ファイル共有基盤への移行をご提案いたします。

## 2. メリディアン シンクの主な仕様

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | 10,000ユーザー |
| 1ユーザーあたりのストレージ | 1TB |
| 稼働率SLA | 99.9% |
| 対応OS | Windows、Mac、iPhone、Android、Linux |
| 認証 | ISO/IEC 27001、ISMAP |

メリディアン シンクはオフライン環境でも図面の閲覧・編集が可能です。

## 3. お見積り（金額はすべて税抜）

| 品目 | 数量 | 単価 | 金額 |
|---|---|---|---|
| メリディアン シンク 月額基本料金 | 1 | 50,000円 | 50,000円 |
| 導入支援サービス（初期） | 1式 | 300,000円 | 300,000円 |

業界最安水準の料金でご提供いたします。
ご契約期間は12か月、初回請求は2027年1月分からとなります。

## 4. 導入スケジュール

| 時期 | 内容 |
|---|---|
| 2026年12月 | 設計・移行準備 |
| 2027年1月 | 本番切り替え |

以上
""",
    claims=[
        C(SY, "max_users", 10000, "ok", "| 最大ユーザー数 | 10,000ユーザー |"),
        C(SY, "storage_per_user", 1 * TB, "ok", "| 1ユーザーあたりのストレージ | 1TB |"),
        C(SY, "sla", 99.9, "ok", "| 稼働率SLA | 99.9% |"),
        C(SY, "supported_platforms", "Windows", "ok", "| 対応OS | Windows、Mac、iPhone、Android、Linux |"),
        C(SY, "supported_platforms", "macOS", "ok", "| 対応OS | Windows、Mac、iPhone、Android、Linux |"),
        C(SY, "supported_platforms", "iOS", "ok", "| 対応OS | Windows、Mac、iPhone、Android、Linux |"),
        C(SY, "supported_platforms", "Android", "ok", "| 対応OS | Windows、Mac、iPhone、Android、Linux |"),
        C(SY, "supported_platforms", "Linux", "conflict", "| 対応OS | Windows、Mac、iPhone、Android、Linux |"),
        C(SY, "certifications", "ISO 27001", "ok", "| 認証 | ISO/IEC 27001、ISMAP |"),
        C(SY, "certifications", "ISMAP", "conflict", "| 認証 | ISO/IEC 27001、ISMAP |"),
        C(SY, "offline_mode", True, "conflict", "メリディアン シンクはオフライン環境でも図面の閲覧・編集が可能です。"),
        C(SY, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 1 | 50,000円 | 50,000円 |"),
    ],
    findings=[P("ja.cheapest", "業界最安水準の料金でご提供いたします。")])

# a draft the config ignores: wrong on purpose, no expected lines
DRAFTS = {"docs/osaka/drafts/関西精機_提案書_v0.md": """# メリディアン シンク 導入ご提案書（ドラフト v0・社内レビュー前）

- メリディアン シンクは最大3万ユーザーまで対応（要確認）
- メリディアン シンクの月額料金は45,000円（税抜）
- 業界No.1のファイル共有サービス
"""}

ONEVOICE_YAML = """# onevoice configuration for evaluation set 53 (SPEC section 6).
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

# ------------------------------------------------------------------ MIME building
def enc_header(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset).encode()

def addr(pair, charset):
    name, a = pair
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, charset).encode(), a)

def b64lines(b):
    return base64.encodebytes(b).decode("ascii").replace("\n", "\n").rstrip("\n") + "\n"

def qp(b):
    return quopri.encodestring(b).decode("ascii")

def text_part(body, enc, subtype="plain"):
    """-> (headers, payload text) for one text part, the way the named mailer writes it."""
    if enc == "iso-2022-jp":
        return (["Content-Type: text/%s; charset=\"iso-2022-jp\"" % subtype, "Content-Transfer-Encoding: 7bit"],
                body.encode("iso2022_jp").decode("ascii"))
    if enc == "shift_jis":
        return (["Content-Type: text/%s; charset=Shift_JIS" % subtype, "Content-Transfer-Encoding: 8bit"],
                body.encode("cp932"))
    if enc == "base64":
        return (["Content-Type: text/%s; charset=\"UTF-8\"" % subtype, "Content-Transfer-Encoding: base64"],
                b64lines(body.encode("utf-8")))
    if enc == "qp":
        return (["Content-Type: text/%s; charset=\"utf-8\"" % subtype, "Content-Transfer-Encoding: quoted-printable"],
                qp(body.encode("utf-8")))
    if enc == "8bit-flowed":
        # format=flowed: a line ending in a space continues on the next one
        return (["Content-Type: text/%s; charset=UTF-8; format=flowed" % subtype, "Content-Transfer-Encoding: 8bit"],
                body)
    raise ValueError(enc)

def to_html(body):
    out = []
    for line in body.split("\n"):
        if "\t" in line:
            out.append("<tr>" + "".join("<td>%s</td>" % htmlmod.escape(c) for c in line.split("\t")) + "</tr>")
        else:
            out.append("<div>%s</div>" % (htmlmod.escape(line) if line.strip() else "<br>"))
    res, inrow = [], False
    for o in out:                                   # wrap runs of rows in a table
        if o.startswith("<tr>") and not inrow:
            res.append("<table border=\"1\" cellspacing=\"0\">"); inrow = True
        if not o.startswith("<tr>") and inrow:
            res.append("</table>"); inrow = False
        res.append(o)
    if inrow:
        res.append("</table>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n<body>\n"
            + "\n".join(res) + "\n</body></html>\n")

def join(parts):
    """str and bytes pieces -> bytes."""
    return b"".join(p if isinstance(p, bytes) else p.encode("ascii" if all(ord(c) < 128 for c in p) else "utf-8")
                    for p in parts)

def build(m, boundary_seed):
    cs = "iso-2022-jp" if m["enc"] == "iso-2022-jp" else ("shift_jis" if m["enc"] == "shift_jis" else "utf-8")
    hdr = ["From: " + addr(m["frm"], cs), "To: " + addr(m["to"], cs), "Subject: " + enc_header(m["subject"], cs),
           "Date: " + m["date"], "Message-ID: <%s>" % m["mid"]]
    if m.get("inreplyto"):
        hdr += ["In-Reply-To: <%s>" % m["inreplyto"], "References: <%s>" % m["inreplyto"]]
    hdr.append("MIME-Version: 1.0")
    if m.get("xmailer"):
        hdr.append("X-Mailer: " + m["xmailer"])
    th, tp = text_part(m["body"], m["enc"])
    if m.get("attach"):
        inner = build(m["attach"], boundary_seed + "i")
        b = "----=_NextPart_%s" % boundary_seed
        parts = ["\n".join(hdr + ['Content-Type: multipart/mixed; boundary="%s"' % b]), "\n\nThis is a multi-part message in MIME format.\n\n--%s\n" % b,
                 "\n".join(th), "\n\n", tp, "\n--%s\n" % b,
                 'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="%s.eml"\n\n'
                 % "Re_vault_spec", inner, "\n--%s--\n" % b]
        return join(parts)
    if m.get("html"):
        b = "000000000000%s" % boundary_seed
        hh, hp = text_part(to_html(m["body"]), "base64" if m["enc"] == "base64" else "qp", "html")
        parts = ["\n".join(hdr + ['Content-Type: multipart/alternative; boundary="%s"' % b]), "\n\n--%s\n" % b,
                 "\n".join(th), "\n\n", tp, "\n--%s\n" % b, "\n".join(hh), "\n\n", hp, "\n--%s--\n" % b]
        return join(parts)
    return join(["\n".join(hdr + th), "\n\n", tp])

# ------------------------------------------------------------------ checks
RULES = os.path.normpath(os.path.join(SET, "..", "..", "shared", "eval", "rules"))

def phrase_rules():
    """Phrase patterns from the rules, read with a tiny YAML-subset reader (patterns are single-quoted)."""
    rules = []
    for fn in ("ja.yaml", "en.yaml"):
        p = os.path.join(RULES, "phrases", fn)
        if not os.path.exists(p):
            return None
        cur, section = None, None
        for line in open(p, encoding="utf-8"):
            s = line.strip()
            if s.startswith("- id:"):
                cur = {"id": s.split(":", 1)[1].strip(), "patterns": [], "unless": []}; rules.append(cur); section = None
            elif s in ("patterns:", "unless:") or s.startswith("unless:"):
                section = s.split(":")[0]
            elif s.startswith("examples:"):
                section = None
            elif section and s.startswith("- '") and cur:
                cur[section].append(s[3:s.rindex("'")].replace("''", "'"))
    return rules

def nfkc(s):
    return unicodedata.normalize("NFKC", s)

def phrase_hits(text, rules):
    t, hits = nfkc(text), set()
    for r in rules:
        if any(re.search(p, t, re.M) for p in r["patterns"]) and not any(re.search(u, t) for u in r["unless"]):
            hits.add(r["id"])
    return hits

DEPRECATED = ["Meridian FileSync", "Meridian File Sync", "MeridianFileSync", "メリディアン ファイルシンク",
              "メリディアン・ファイルシンク", "メリディアンファイルシンク"]

def html_text(h):
    h = re.sub(r"<(style|title)[^>]*>.*?</\1>", " ", h, flags=re.S)
    return htmlmod.unescape(re.sub(r"<[^>]+>", " ", h))

# ------------------------------------------------------------------ write
def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    rules = phrase_rules()
    expected, problems = [], []

    def check_text(where, text, recs, skip_lines=()):
        for r in recs:
            if r.get("text") and r["text"] not in text:
                problems.append("%s: excerpt not in text: %r" % (where, r["text"]))
        if rules is not None:
            t = "\n".join(l for l in text.split("\n") if l not in skip_lines)
            got = phrase_hits(t, rules)
            want = {r["rule"] for r in recs if r.get("kind") == "phrase"}
            if got != want:
                problems.append("%s: phrase hits %s, labelled %s" % (where, sorted(got), sorted(want)))
        term = any(d.lower() in text.lower() for d in DEPRECATED)
        if term != any(r.get("kind") == "terminology" for r in recs):
            problems.append("%s: terminology mismatch" % where)

    raw = {}
    for m in MSGS:
        fn = "mail/%04d.eml" % m["n"]
        data = build(m, "%04d%s" % (m["n"], "a7c3e1"))
        raw[m["n"]] = data
        with open(os.path.join(SET, fn), "wb") as fh:
            fh.write(data)
        sender = office_of(m["frm"][1])
        d = email.utils.parsedate_to_datetime(m["date"])
        as_of = d.strftime("%Y-%m-%d")
        alltext = m["body"] + ("\n" + m["attach"]["body"] if m.get("attach") else "")
        check_text(fn, alltext, m["claims"] + m.get("findings", []))
        for f in [fn] + (["mail/archive.mbox"] if m.get("archive") else []):
            for c in m["claims"]:
                expected.append({"type": "claim", "file": f, "message_id": m["mid"], "product": c["product"],
                                 "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                                 "quoted": c["quoted"], "office": c["office"] or sender, "as_of": as_of, "text": c["text"]})
            for x in m.get("findings", []):
                expected.append({"type": "finding", "file": f, "message_id": m["mid"], "kind": x["kind"],
                                 "rule": x["rule"], "product": x["product"], "quoted": x["quoted"], "text": x["text"]})
    for dd in DOCS:
        p = os.path.join(SET, dd["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(dd["text"])
        text = html_text(dd["text"]) if dd["path"].endswith(".html") else dd["text"]
        text = re.sub(r"[ \t]+\n", "\n", text) if dd["path"].endswith(".html") else text
        skip = []
        lines = dd["text"].split("\n")
        for i, l in enumerate(lines):               # honour onevoice-disable-next-line in the check
            if "onevoice-disable-next-line" in l and i + 1 < len(lines):
                skip += [l, lines[i + 1]]
        check_text(dd["path"], text if not dd["path"].endswith(".html") else dd["text"] + "\n" + text,
                   dd["claims"] + dd["findings"], skip)
        for c in dd["claims"]:
            office = dd["path"].split("/")[1]
            expected.append({"type": "claim", "file": dd["path"], "message_id": None, "product": c["product"],
                             "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                             "quoted": c["quoted"], "office": c["office"] or office, "as_of": DOCS_AS_OF, "text": c["text"]})
        for x in dd["findings"]:
            expected.append({"type": "finding", "file": dd["path"], "message_id": None, "kind": x["kind"],
                             "rule": x["rule"], "product": x["product"], "quoted": x["quoted"], "text": x["text"]})
    for path, text in DRAFTS.items():
        p = os.path.join(SET, path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)

    # mboxrd archive, date order
    arch = sorted((m for m in MSGS if m.get("archive")), key=lambda m: email.utils.parsedate_to_datetime(m["date"]))
    with open(os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        for m in arch:
            d = email.utils.parsedate_to_datetime(m["date"]).astimezone(dt.timezone.utc)
            fh.write(("From %s %s\n" % (m["frm"][1], d.strftime("%a %b %d %H:%M:%S %Y"))).encode("ascii"))
            for line in raw[m["n"]].split(b"\n"):
                if re.match(rb"^>*From ", line):
                    line = b">" + line
                fh.write(line + b"\n")
            fh.write(b"\n")

    # cross-office, computed from the archive's claims and then listed
    expected += cross_office(arch)

    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM:", p)
    print("messages=%d archive=%d docs=%d expected=%d" % (len(MSGS), len(arch), len(DOCS), len(expected)))
    return 1 if problems else 0


def norm_value(v):
    """Comparable form: JPY tax-included amounts brought to tax-excluded ones."""
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
        return ("money", v["currency"], v["per"], round(amt, 2))
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]])
    return ("v", v)

SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}

def cross_office(arch):
    """Pairs of offices (customers excluded) whose values for one product/attribute differ, not both ok,
    within 45 days; sets never contradict; money only within one currency and billing unit."""
    rows = []
    for m in arch:
        d = email.utils.parsedate_to_datetime(m["date"])
        sender = office_of(m["frm"][1])
        for c in m["claims"]:
            off = c["office"] or sender
            if off == "unknown" or c["attribute"] in SET_ATTRS:
                continue
            rows.append((c["product"], c["attribute"], off, d, norm_value(c["value"]), c["value"], c["verdict"], m["n"]))
    found = {}
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a[:2] != b[:2] or a[2] == b[2]:
                continue
            if a[4][0] == "money" and a[4][1:3] != b[4][1:3]:
                continue
            if a[4] == b[4] or (a[6] == "ok" and b[6] == "ok"):
                continue
            if abs((a[3] - b[3]).total_seconds()) > 45 * 86400:
                continue
            key = (a[0], a[1], tuple(sorted((a[2], b[2]))))
            found.setdefault(key, []).append((a, b))
    out = []
    for (prod, attr, offs), pairs in sorted(found.items()):
        a, b = pairs[0]
        vals = {a[2]: a[5], b[2]: b[5]}
        files = sorted({"mail/%04d.eml" % x[7] for p in pairs for x in p})
        out.append({"type": "cross-office", "product": prod, "attribute": attr, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": files,
                    "values": {k: vals[k] for k in offs}})
    return out


if __name__ == "__main__":
    raise SystemExit(main())
