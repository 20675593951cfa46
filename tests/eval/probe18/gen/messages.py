# -*- coding: utf-8 -*-
"""The mail of set 18: bodies and their labels (LABELS.md). Used by generate.py."""

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"


def m(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def d(amount, unit):
    return {"amount": amount, "unit": unit}


TB = 10 ** 12
GB = 10 ** 9


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict,
            "text": text, "quoted": quoted, "office": office}


def P(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "text": text, "quoted": quoted}


def T(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": product, "text": text, "quoted": quoted}


# ---------------------------------------------------------------- people
SATO = ("佐藤 美咲", "misaki.sato@jp.meridian-data.com")
TAKA = ("高橋 健一", "kenichi.takahashi@jp.meridian-data.com")
TAKA_EN = ("Kenichi Takahashi", "kenichi.takahashi@jp.meridian-data.com")
NAKA = ("中村 亮", "ryo.nakamura@osaka.jp.meridian-data.com")
NISHI = ("西田 由佳", "yuka.nishida@osaka.jp.meridian-data.com")
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Lee", "marcus.lee@meridian-data.com")
OLIVER = ("Oliver Pryce", "oliver.pryce@uk.meridian-data.com")
HARRIET = ("Harriet Cole", "harriet.cole@uk.meridian-data.com")
YAMA = ("山口 隆之", "t-yamaguchi@minato-seiki.co.jp")
OKADA = ("岡田 恵", "m.okada@kitahama-logi.co.jp")
KOBA = ("小林 直樹", "n.kobayashi@technobridge.co.jp")
YOSHI = ("吉田 真理子", "yoshida@aoba-sekkei.co.jp")
GLORIA = ("Gloria Chen", "gchen@pinecresthealth.com")
RAJ = ("Raj Patel", "rpatel@pinecresthealth.com")
FIONA = ("Fiona McAllister", "fiona.mcallister@ashgrove.co.uk")
PRIYA = ("Priya Shah", "priya.shah@numberonefreight.co.uk")
TOM = ("Tom Becker", "tbecker@lakeside-analytics.com")
EMILY = ("Emily Ward", "emily.ward@harborpoint.co.jp")

SIG_TOKYO = """--
株式会社メリディアンデータ 東京オフィス
営業本部 {name}
〒102-0082 東京都千代田区一番町8-1 一番町センタービル5F
TEL: 03-5210-4471 / FAX: 03-5210-4472
ISMS認証登録番号: IS 712345
https://www.meridian-data.com/jp/"""

SIG_OSAKA = """--
株式会社メリディアンデータ 大阪オフィス
{name}
〒530-0001 大阪市北区梅田2-4-9 ブリーゼ梅田12F
TEL 06-6345-7780"""

# ---------------------------------------------------------------- messages
MSGS = []


def msg(**kw):
    MSGS.append(kw)
    return kw


# 1 ---------------------------------------------------------------- tokyo, Jan 2026 (5,000 users still valid)
M1_BODY = """株式会社ミナト精機
情報システム部 山口様

いつもお世話になっております。
メリディアンデータの佐藤でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご質問いただいた点について、以下のとおり回答いたします。

■セキュリティ認証について
メリディアン シンクは、ISO/IEC 27001認証を取得しております。
また、同製品のSOC 2 Type II報告書はNDA締結後にご提供いたします。
なお、メリディアン シンクはISMAPには現時点で登録されておりません。

■ご利用規模について
メリディアン シンクは最大5,000ユーザーまでご利用いただけます。
なお、同製品の上限は2026年4月以降、最大1万ユーザーに引き上げられる予定です。
御社の現在の利用者数（約320名）であれば、十分に余裕がございます。

■対応OSについて
同製品の対応OSはWindows、macOS、iOS、Androidでございます。
設計部門でご利用中のLinux端末につきましては、ブラウザ経由でのファイル参照のみとなります。

ご検討のほど、よろしくお願いいたします。

""" + SIG_TOKYO.format(name="佐藤 美咲 (Misaki Sato)")

msg(n=1, style="outlook-jis", frm=SATO, to=[YAMA], date="Tue, 20 Jan 2026 14:05:12 +0900",
    subject="【メリディアンデータ】ファイル共有基盤のご提案について", body=M1_BODY, archive=True,
    claims=[
        C(S, "certifications", "ISO 27001", "ok", "メリディアン シンクは、ISO/IEC 27001認証を取得しております。"),
        C(S, "certifications", "SOC 2 Type II", "ok", "同製品のSOC 2 Type II報告書はNDA締結後にご提供いたします。"),
        C(S, "max_users", 5000, "ok", "メリディアン シンクは最大5,000ユーザーまでご利用いただけます。"),
        C(S, "max_users", 10000, "ok", "同製品の上限は2026年4月以降、最大1万ユーザーに引き上げられる予定です。"),
        C(S, "supported_platforms", "Windows", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidでございます。"),
        C(S, "supported_platforms", "macOS", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidでございます。"),
        C(S, "supported_platforms", "iOS", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidでございます。"),
        C(S, "supported_platforms", "Android", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidでございます。"),
    ], findings=[])

# 2 ---------------------------------------------------------------- us-hq, Gmail
M2_BODY = """Hi Gloria,

Thanks again for walking me through Pinecrest's vendor questionnaire on Friday. Short answers below; the full responses are in the shared folder.

Certifications: Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report is available under NDA.

HIPAA: Meridian Sync is not HIPAA certified, and I'd rather be straight about that than have it come up in legal review. We can sign a BAA for the pilot scope.

Platforms: Meridian Sync runs on Windows, macOS, iOS and Android. There is no Linux client today, so the two lab workstations on Ubuntu would use the web interface.

Uptime: the Meridian Sync SLA is 99.9% monthly uptime, with service credits if we miss it.

Patient privacy is our number one priority. There's no guarantee I can hold the pilot pricing past December 15, so let's aim to get the order form signed before then.

For the 180 clinicians in phase one, the numbers are in the attached quote.

Best,
Dana

--
Dana Whitfield
Senior Account Executive | Meridian Data Inc.
500 Howard Street, Suite 400, San Francisco, CA 94105
m: +1 (415) 555-0142"""

msg(n=2, style="gmail", frm=DANA, to=[GLORIA], date="Tue, 12 May 2026 10:20:41 -0700",
    subject="Meridian Sync - security questionnaire follow-up", body=M2_BODY, archive=True,
    claims=[
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report is available under NDA."),
        C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report is available under NDA."),
        C(S, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(S, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(S, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(S, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(S, "sla", 99.9, "ok", "the Meridian Sync SLA is 99.9% monthly uptime"),
    ], findings=[])

# 3 ---------------------------------------------------------------- london, Apple Mail QP
M3_LINES = {
    "dc": "Meridian Vault is hosted in our Frankfurt and London data centres, so your data never leaves Europe.",
    "sla": "Meridian Vault is backed by a 99.99% availability SLA, with service credits defined in Schedule B.",
}
M3_BODY = """Dear Fiona,

Thank you for your time on Thursday. As promised, here is a short summary for the board pack.

Meridian Vault encrypts every backup at rest with AES-256, and keys are rotated annually.

{dc}

{sla}

Meridian Vault also holds Cyber Essentials Plus certification, which I know matters for your supplier register.

On price: Meridian Vault is £16 per TB per month. For the 220 TB you mentioned, we can discuss a three-year term.

I know Northwind have been in touch too. Their brochure calls their product "industry-leading", but as far as I can tell they run from a single site.

Kind regards,

Oliver Pryce
Enterprise Account Manager
Meridian Data UK Ltd
1 Finsbury Avenue, London EC2M 2PF
+44 20 7946 0321
Registered in England and Wales No. 09876543""".format(**M3_LINES)

msg(n=3, style="apple", frm=OLIVER, to=[FIONA], date="Tue, 19 May 2026 11:42:03 +0100",
    subject="Meridian Vault – answers for the board pack", body=M3_BODY, archive=True,
    claims=[
        C(V, "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with AES-256"),
        C(V, "data_centers", "Frankfurt", "ok", M3_LINES["dc"]),
        C(V, "data_centers", "London", "conflict", M3_LINES["dc"]),
        C(V, "sla", 99.99, "conflict", M3_LINES["sla"]),
        C(V, "certifications", "Cyber Essentials Plus", "unverified", "Meridian Vault also holds Cyber Essentials Plus certification"),
        C(V, "price_per_tb", m(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
    ], findings=[
        P("en.superlative", 'Their brochure calls their product "industry-leading"'),
    ])

# 4 ---------------------------------------------------------------- customer reply, interleaved quote
M4_BODY = """Hi Oliver,

Thanks, this is helpful. A couple of points inline.

On 19 May 2026, at 11:42, Oliver Pryce <oliver.pryce@uk.meridian-data.com> wrote:

> {dc}

Good. Our regulator will want the exact addresses, can you send them?

> {sla}

Is that figure in the contract itself or only in the service description? We need at least 99.9% in writing.

Also, the board asked whether Meridian Vault is ISO 27001 certified. Could you confirm?

Thanks,
Fiona

Fiona McAllister
Head of IT Infrastructure, Ashgrove Building Society

Sent from my iPad""".format(**M3_LINES)

msg(n=4, style="ipad", frm=FIONA, to=[OLIVER], date="Thu, 21 May 2026 09:15:27 +0100",
    subject="Re: Meridian Vault – answers for the board pack", body=M4_BODY, archive=True, reply_to=3,
    claims=[
        C(V, "data_centers", "Frankfurt", "ok", M3_LINES["dc"], quoted=True, office="london"),
        C(V, "data_centers", "London", "conflict", M3_LINES["dc"], quoted=True, office="london"),
        C(V, "sla", 99.99, "conflict", M3_LINES["sla"], quoted=True, office="london"),
    ], findings=[])

# 5 ---------------------------------------------------------------- tokyo, Vault, UTF-8 base64
M5_BODY = """株式会社ミナト精機
情報システム部 山口様

お世話になっております。メリディアンデータの高橋です。
先日ご相談いただいたバックアップ基盤について、メリディアン ボールトの概要をお送りします。

・メリディアン ボールトのSLA（月間稼働率）は99.95％です。
・同製品のデータセンターは東京と大阪の国内2拠点に加え、オレゴンとフランクフルトにございます。
・同製品に保存されるデータはすべてAES-256で暗号化されます。
・メリディアン ボールトはISO/IEC 27017にも準拠しております。
・料金はメリディアン ボールト 1TBあたり月額2,800円（税抜）です。

御社の現行環境（約40TB）であれば、初年度は月額12万円前後の見込みです。
ランサムウェア被害に遭われても、バックアップから復旧できないということは絶対にございません。
管理コンソールのトップ画面から、各サーバーのバックアップ状況をご確認いただけます。

詳細は来週のお打ち合わせでご説明いたします。
よろしくお願いいたします。

""" + SIG_TOKYO.format(name="高橋 健一 (Kenichi Takahashi)")

M5_DC = "同製品のデータセンターは東京と大阪の国内2拠点に加え、オレゴンとフランクフルトにございます。"
msg(n=5, style="outlook-utf8", frm=TAKA, to=[YAMA], date="Tue, 02 Jun 2026 15:30:18 +0900",
    subject="メリディアン ボールトのご案内（バックアップ基盤）", body=M5_BODY, archive=True,
    claims=[
        C(V, "sla", 99.95, "ok", "メリディアン ボールトのSLA（月間稼働率）は99.95％です。"),
        C(V, "data_centers", "Tokyo", "ok", M5_DC),
        C(V, "data_centers", "Osaka", "ok", M5_DC),
        C(V, "data_centers", "Oregon", "ok", M5_DC),
        C(V, "data_centers", "Frankfurt", "ok", M5_DC),
        C(V, "encryption", "AES-256", "ok", "同製品に保存されるデータはすべてAES-256で暗号化されます。"),
        C(V, "certifications", "ISO 27017", "unverified", "メリディアン ボールトはISO/IEC 27017にも準拠しております。"),
        C(V, "price_per_tb", m(2800, "JPY", "TB-month", "excluded"), "ok", "料金はメリディアン ボールト 1TBあたり月額2,800円（税抜）です。"),
    ], findings=[
        P("ja.absolute", "バックアップから復旧できないということは絶対にございません。"),
    ])

# 6 ---------------------------------------------------------------- osaka, Thunderbird 8bit
M6_BODY = """北浜ロジスティクス株式会社
総務部 岡田様

いつもお世話になっております。
メリディアンデータ大阪オフィスの中村です。

お見積りの前提条件を以下にまとめました。

1. メリディアン シンク
・メリディアン シンクの月額料金は55,000円（税込）です。
・メリディアン シンクはプライバシーマーク（Pマーク）も取得済みです。
・業界最安クラスの料金で、全社展開しやすいプランとなっております。
・旧名称のメリディアン・ファイルシンクをご利用中の部署も、設定を引き継いでそのまま移行いただけます。

2. メリディアン インサイト
・メリディアン インサイトは2027年1月に正式リリース予定です。
・メリディアン インサイトの無料トライアル期間は60日間です。

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_OSAKA.format(name="中村 亮")

M6_CLAIMS = [
    C(S, "monthly_price", m(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）です。"),
    C(S, "certifications", "PrivacyMark", "conflict", "メリディアン シンクはプライバシーマーク（Pマーク）も取得済みです。"),
    C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に正式リリース予定です。"),
    C(I, "free_trial", d(60, "days"), "conflict", "メリディアン インサイトの無料トライアル期間は60日間です。"),
]
M6_FINDINGS = [
    P("ja.cheapest", "業界最安クラスの料金で、全社展開しやすいプランとなっております。"),
    T(S, "旧名称のメリディアン・ファイルシンクをご利用中の部署も"),
]
msg(n=6, style="thunderbird", frm=NAKA, to=[OKADA], date="Wed, 10 Jun 2026 13:10:55 +0900",
    subject="メリディアン シンク／インサイトのお見積り前提条件について", body=M6_BODY, archive=True,
    claims=M6_CLAIMS, findings=M6_FINDINGS)

# 7 ---------------------------------------------------------------- tokyo, multipart/alternative JIS
M7_BODY = """山口様

お世話になっております。佐藤です。
料金と仕様について、改めて整理してお送りします。

・メリディアン シンクの月額料金は50,000円（税抜）です。
・2026年4月の仕様改定により、メリディアン シンクは最大1万ユーザーまでご利用いただけます。
・メリディアン シンクのストレージは1ユーザーあたり1TBです。
・Linux端末には対応しておりませんので、設計部門の端末はブラウザからのご利用となります。

セミナーのご案内: https://www.meridian-data.com/jp/seminar/2026/no1.html
旧製品からの移行手順: https://support.meridian-data.com/MeridianFileSync/migration-guide

引き続きよろしくお願いいたします。

""" + SIG_TOKYO.format(name="佐藤 美咲 (Misaki Sato)")

msg(n=7, style="outlook-jis-alt", frm=SATO, to=[YAMA], date="Fri, 12 Jun 2026 11:00:37 +0900",
    subject="Re: メリディアン シンク 料金と仕様の確認", body=M7_BODY, archive=True, reply_to=1,
    claims=[
        C(S, "monthly_price", m(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）です。"),
        C(S, "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまでご利用いただけます。"),
        C(S, "storage_per_user", 1 * TB, "ok", "メリディアン シンクのストレージは1ユーザーあたり1TBです。"),
    ], findings=[])

# 8 ---------------------------------------------------------------- us-hq, Insight, footnoted superlative
M8_BODY = """Hi Gloria, hi Raj,

Dana mentioned you're also looking at analytics, so here is a quick overview of Meridian Insight.

- Meridian Insight will be generally available in January 2027; until then it is in beta, and pilot customers keep their setup at GA.
- Meridian Insight comes with a 30-day free trial, no card required.
- Meridian Insight ships with 120+ pre-built connectors, including Epic and Salesforce.
- It is localized into 9 languages, including Spanish and Tagalog.
- Meridian Insight has apps for iPad and Android tablets, and dashboards also open in any modern browser.
- Meridian Insight is SOC 2 Type II audited as part of our platform controls.
- Query results are guaranteed in under 2 seconds for Meridian Insight workspaces up to 100M rows.

Meridian Insight was named the #1 rated BI tool for mid-market healthcare in Halden Research's spring survey.[1]

Happy to set up a sandbox whenever suits.

[1] Source: Halden Research, Mid-Market BI Buyer Survey, March 2026.

Best,
Marcus
--
Marcus Lee | Solutions Engineer, Analytics
Meridian Data Inc. | 500 Howard Street, Suite 400, San Francisco, CA 94105
+1 (415) 555-0187"""

M8_APPS = "Meridian Insight has apps for iPad and Android tablets"
msg(n=8, style="gmail", frm=MARCUS, to=[GLORIA, RAJ], date="Thu, 18 Jun 2026 13:45:09 -0700",
    subject="Meridian Insight for Pinecrest analytics", body=M8_BODY, archive=True,
    claims=[
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027"),
        C(I, "free_trial", d(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial"),
        C(I, "integrations", 120, "unverified", "Meridian Insight ships with 120+ pre-built connectors"),
        C(I, "ui_languages", 9, "unverified", "It is localized into 9 languages"),
        C(I, "supported_platforms", "iOS", "unverified", M8_APPS),
        C(I, "supported_platforms", "Android", "unverified", M8_APPS),
        C(I, "certifications", "SOC 2 Type II", "unverified", "Meridian Insight is SOC 2 Type II audited"),
        C(I, "query_latency", d(2, "seconds"), "ok", "Query results are guaranteed in under 2 seconds for Meridian Insight workspaces"),
    ], findings=[
        P("en.guarantee", "Query results are guaranteed in under 2 seconds"),
    ])

# 9 ---------------------------------------------------------------- customer, Outlook JIS, full quote of #6
M9_BODY = """中村様

お世話になっております。北浜ロジスティクスの岡田です。
お見積りの前提条件、ありがとうございました。

社内で確認したところ、弊社の情報システム担当が以前の展示会で、御社の方からメリディアン シンクはLinuxにも対応していると伺ったそうです。
こちらは現在も正しいでしょうか。
また、Pマークの登録番号を教えていただけますでしょうか。

導入は2026年10月、対象は物流センター3拠点の約450名を予定しております。

岡田 恵
北浜ロジスティクス株式会社 総務部
〒541-0041 大阪市中央区北浜3-5-29
TEL 06-6201-3350

-----元のメッセージ-----
差出人: 中村 亮 <ryo.nakamura@osaka.jp.meridian-data.com>
送信日時: 2026年6月10日 13:10
宛先: 岡田 恵 <m.okada@kitahama-logi.co.jp>
件名: メリディアン シンク／インサイトのお見積り前提条件について

""" + M6_BODY

msg(n=9, style="outlook-jis", frm=OKADA, to=[NAKA], date="Thu, 25 Jun 2026 10:40:02 +0900",
    subject="RE: メリディアン シンク／インサイトのお見積り前提条件について", body=M9_BODY, archive=True, reply_to=6,
    claims=[C(S, "supported_platforms", "Linux", "conflict",
              "メリディアン シンクはLinuxにも対応していると伺ったそうです。", office="unknown")]
    + [dict(c, quoted=True, office="osaka") for c in M6_CLAIMS],
    findings=[dict(f, quoted=True) for f in M6_FINDINGS])

# 10 --------------------------------------------------------------- london, Sync, QP
M10_BODY = """Hi Priya,

Thanks for having me at Number One Freight on Tuesday, and please pass my thanks to the depot team for the tour.

To recap what we covered:

Meridian Sync is £329 per month, excluding VAT, for the whole organisation.

Meridian Sync supports Windows, macOS and ChromeOS, so the Chromebooks in the depot offices are covered.

Meridian Sync doesn't work offline; the desktop client needs a connection to sync changes.

Storage isn't unlimited, but each Meridian Sync user gets 1 TB, which is well above what your drivers' tablets will need.

If anyone still has the old Meridian File Sync installer on their laptop, please remove it before we start; the new client replaces it.

With 85 staff across Felixstowe and Tilbury, you'd be nowhere near the user limit.

Best wishes,
Harriet

Harriet Cole | Account Executive, SMB
Meridian Data UK Ltd · 1 Finsbury Avenue, London EC2M 2PF
+44 20 7946 0388 | +44 7700 900412"""

M10_PLAT = "Meridian Sync supports Windows, macOS and ChromeOS, so the Chromebooks in the depot offices are covered."
msg(n=10, style="apple", frm=HARRIET, to=[PRIYA], date="Fri, 03 Jul 2026 16:05:44 +0100",
    subject="Meridian Sync proposal – Number One Freight", body=M10_BODY, archive=True,
    claims=[
        C(S, "monthly_price", m(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month, excluding VAT"),
        C(S, "supported_platforms", "Windows", "ok", M10_PLAT),
        C(S, "supported_platforms", "macOS", "ok", M10_PLAT),
        C(S, "supported_platforms", "ChromeOS", "conflict", M10_PLAT),
        C(S, "offline_mode", False, "ok", "Meridian Sync doesn't work offline"),
        C(S, "storage_per_user", 1 * TB, "ok", "each Meridian Sync user gets 1 TB"),
    ], findings=[
        P("en.unlimited", "Storage isn't unlimited"),
        T(S, "the old Meridian File Sync installer"),
    ])

# 11 --------------------------------------------------------------- tokyo -> partner, Insight, JIS
M11_BODY = """株式会社テクノブリッジ
ソリューション営業部 小林様

いつもお世話になっております。
メリディアンデータの高橋でございます。

来週の販売店様向け勉強会に向けて、メリディアン インサイトの要点をまとめました。

【価格】
メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。

【性能・上限】
メリディアン インサイトのクエリ応答時間は最大2秒です（1億行規模のワークスペースでの実測値）。
同製品では、1ワークスペースあたり最大200個のダッシュボードを作成できます。

【連携・言語】
メリディアン インサイトは、Salesforce、kintone、SAPなど120種類以上のデータソースと連携できます。
同製品の対応言語は、日本語・英語を含む9言語です。

【セキュリティ】
同製品のAI分析機能は、ISO/IEC 42001認証の取得範囲に含まれております。

【訴求ポイント】
メリディアン インサイトは、国内初のノーコードAI分析機能を搭載しています。
勉強会資料のNo.12〜15ページに詳細を記載しております。

何卒よろしくお願いいたします。

""" + SIG_TOKYO.format(name="高橋 健一 (Kenichi Takahashi)")

M11_CLAIMS = [
    C(I, "per_user_price", m(4400, "JPY", "user-month", "included"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。"),
    C(I, "query_latency", d(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒です"),
    C(I, "max_dashboards", 200, "ok", "同製品では、1ワークスペースあたり最大200個のダッシュボードを作成できます。"),
    C(I, "integrations", 120, "unverified", "メリディアン インサイトは、Salesforce、kintone、SAPなど120種類以上のデータソースと連携できます。"),
    C(I, "ui_languages", 9, "unverified", "同製品の対応言語は、日本語・英語を含む9言語です。"),
]
M11_FINDINGS = [P("ja.first-in-industry", "メリディアン インサイトは、国内初のノーコードAI分析機能を搭載しています。")]
msg(n=11, style="outlook-jis", frm=TAKA, to=[KOBA], date="Wed, 08 Jul 2026 17:20:00 +0900",
    subject="【パートナー様向け】メリディアン インサイト 販売資料の要点", body=M11_BODY, archive=True,
    claims=M11_CLAIMS, findings=M11_FINDINGS)

# 12 --------------------------------------------------------------- osaka, Vault, 8bit
M12_BODY = """岡田様

お世話になっております。メリディアンデータ大阪オフィスの西田です。
先日のお打ち合わせでご質問いただいたバックアップの件、回答いたします。

・メリディアン・ボールトのRPOは15分、RTOは4時間です。
・同製品の標準の保持期間は90日間で、ポリシーにより延長も可能です。
・メリディアン・ボールトは1テナントあたり最大1PBまで保存できます。
・メリディアン・ボールトはISMAPに登録済みです。
・同製品のデータは100%安全に保護されます。

物流センター3拠点分のバックアップ容量（合計約60TB）を前提にお見積りいたします。

""" + SIG_OSAKA.format(name="西田 由佳")

msg(n=12, style="thunderbird", frm=NISHI, to=[OKADA], date="Wed, 15 Jul 2026 14:00:31 +0900",
    subject="メリディアン・ボールトの仕様について", body=M12_BODY, archive=True,
    claims=[
        C(V, "rpo", d(15, "minutes"), "ok", "メリディアン・ボールトのRPOは15分、RTOは4時間です。"),
        C(V, "rto", d(4, "hours"), "unverified", "メリディアン・ボールトのRPOは15分、RTOは4時間です。"),
        C(V, "retention", d(90, "days"), "ok", "同製品の標準の保持期間は90日間で、ポリシーにより延長も可能です。"),
        C(V, "max_storage", 1000 * TB, "conflict", "メリディアン・ボールトは1テナントあたり最大1PBまで保存できます。"),
        C(V, "certifications", "ISMAP", "unverified", "メリディアン・ボールトはISMAPに登録済みです。"),
    ], findings=[
        P("ja.absolute", "同製品のデータは100%安全に保護されます。"),
    ])

# 13 --------------------------------------------------------------- us-hq, interleaved Gmail reply (not archived)
M13_BODY = """Hi Gloria,

Answers inline below.

On Mon, Jul 27, 2026 at 4:12 PM Gloria Chen <gchen@pinecresthealth.com> wrote:
> Two follow-ups from our security committee:
>
> 1. Is Meridian Sync FedRAMP authorized?

No. Meridian Sync is not FedRAMP authorized, and it isn't on our roadmap for this year. Meridian Sync is ISO 27001 certified, and the SOC 2 Type II report you have is the current one.

> 2. Can Meridian Sync run on the Linux workstations in our imaging lab?

Not today. Meridian Sync's supported desktop platforms are Windows and macOS, and the mobile apps cover iOS and Android.

> Also, our CISO would like the migration done over a weekend.

Agreed, we'll plan the cutover for a weekend window. Your pilot is risk-free: if the imaging team isn't happy after the first month, you can walk away.

Best,
Dana

--
Dana Whitfield
Senior Account Executive | Meridian Data Inc.
500 Howard Street, Suite 400, San Francisco, CA 94105
m: +1 (415) 555-0142"""

M13_PLAT = "Meridian Sync's supported desktop platforms are Windows and macOS, and the mobile apps cover iOS and Android."
M13_CERT = "Meridian Sync is ISO 27001 certified, and the SOC 2 Type II report you have is the current one."
msg(n=13, style="gmail", frm=DANA, to=[GLORIA], date="Tue, 28 Jul 2026 09:40:16 -0700",
    subject="Re: Two follow-ups from security", body=M13_BODY, archive=False,
    claims=[
        C(S, "certifications", "ISO 27001", "ok", M13_CERT),
        C(S, "certifications", "SOC 2 Type II", "ok", M13_CERT),
        C(S, "supported_platforms", "Windows", "ok", M13_PLAT),
        C(S, "supported_platforms", "macOS", "ok", M13_PLAT),
        C(S, "supported_platforms", "iOS", "ok", M13_PLAT),
        C(S, "supported_platforms", "Android", "ok", M13_PLAT),
    ], findings=[
        P("en.guarantee", "Your pilot is risk-free"),
    ])

# 14 --------------------------------------------------------------- london, correction
M14_BODY = """Dear Fiona,

Apologies for the delay, and thank you for your patience while I checked with our service team.

A correction to my earlier note: Meridian Vault's availability SLA is 99.95%, not 99.99% as I wrote in May.

Meridian Vault does not have a London data centre. It would store your backups in the Frankfurt data centre, with Oregon as an optional secondary region.

On ISO 27001: Meridian Data's corporate ISMS is certified, but Meridian Vault itself is not in the certificate scope, so I would not put it in the board pack.

Price stays at £16 per TB per month for Meridian Vault. The revised order form for 220 TB is attached.

Meridian Vault's restore performance is best-in-class, and we'd be glad to demonstrate it on your own data.

Kind regards,

Oliver Pryce
Enterprise Account Manager
Meridian Data UK Ltd
1 Finsbury Avenue, London EC2M 2PF
+44 20 7946 0321
Registered in England and Wales No. 09876543"""

M14_DC = "It would store your backups in the Frankfurt data centre, with Oregon as an optional secondary region."
msg(n=14, style="apple", frm=OLIVER, to=[FIONA], date="Wed, 05 Aug 2026 10:30:12 +0100",
    subject="Re: Meridian Vault – answers for the board pack", body=M14_BODY, archive=True, reply_to=4,
    claims=[
        C(V, "sla", 99.95, "ok", "Meridian Vault's availability SLA is 99.95%, not 99.99% as I wrote in May."),
        C(V, "data_centers", "Frankfurt", "ok", M14_DC),
        C(V, "data_centers", "Oregon", "ok", M14_DC),
        C(V, "price_per_tb", m(16, "GBP", "TB-month"), "ok", "Price stays at £16 per TB per month for Meridian Vault."),
    ], findings=[
        P("en.superlative", "Meridian Vault's restore performance is best-in-class"),
    ])

# 15 --------------------------------------------------------------- osaka forwards tokyo's #11 (8bit)
M15_BODY = """小林様

お世話になっております。大阪オフィスの中村です。
東京の高橋からお送りした資料の要点を、関西の販売店様向けに転送いたします。

一点訂正がございます。メリディアン インサイトの無料トライアル期間は30日間です（以前に60日間とご案内したのは誤りでした）。

""" + SIG_OSAKA.format(name="中村 亮") + """

-------- 転送メッセージ --------
件名: 【パートナー様向け】メリディアン インサイト 販売資料の要点
日付: Wed, 8 Jul 2026 17:20:00 +0900
差出人: 高橋 健一 <kenichi.takahashi@jp.meridian-data.com>
宛先: 小林 直樹 <n.kobayashi@technobridge.co.jp>

""" + M11_BODY

msg(n=15, style="thunderbird", frm=NAKA, to=[KOBA], date="Thu, 20 Aug 2026 11:15:40 +0900",
    subject="Fwd: 【パートナー様向け】メリディアン インサイト 販売資料の要点", body=M15_BODY, archive=True,
    claims=[C(I, "free_trial", d(30, "days"), "ok", "メリディアン インサイトの無料トライアル期間は30日間です")]
    + [dict(c, quoted=True, office="tokyo") for c in M11_CLAIMS],
    findings=[dict(f, quoted=True) for f in M11_FINDINGS])

# 16 --------------------------------------------------------------- tokyo, spec table (alt, UTF-8 base64)
M16_BODY = """山口様

お世話になっております。佐藤です。
稟議用に、メリディアン シンクの主な仕様を一覧にしました。

■メリディアン シンク 主な仕様
・最大ユーザー数：10,000名
・稼働率SLA：99.9%
・対応OS：Windows / macOS / iOS / Android
・認証：ISO/IEC 27001、SOC 2 Type II、ISMAP
・オフライン利用：非対応

メリディアン シンクは、法人向けファイル共有サービスの顧客満足度No.1※を獲得しています。
※2026年6月 東京リサーチ調べ（国内法人向けファイル共有サービス利用企業1,200社を対象）

ご不明点があればお知らせください。

""" + SIG_TOKYO.format(name="佐藤 美咲 (Misaki Sato)")

M16_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Meiryo,sans-serif;font-size:10.5pt">
<p>山口様</p>
<p>お世話になっております。佐藤です。<br>稟議用に、メリディアン シンクの主な仕様を一覧にしました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<caption>メリディアン シンク 主な仕様</caption>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>最大ユーザー数</td><td>10,000名</td></tr>
<tr><td>稼働率SLA</td><td>99.9%</td></tr>
<tr><td>対応OS</td><td>Windows / macOS / iOS / Android</td></tr>
<tr><td>認証</td><td>ISO/IEC 27001、SOC 2 Type II、ISMAP</td></tr>
<tr><td>オフライン利用</td><td>非対応</td></tr>
</table>
<p>メリディアン シンクは、法人向けファイル共有サービスの顧客満足度No.1※を獲得しています。<br>
<small>※2026年6月 東京リサーチ調べ（国内法人向けファイル共有サービス利用企業1,200社を対象）</small></p>
<p>ご不明点があればお知らせください。</p>
<p>--<br>株式会社メリディアンデータ 東京オフィス<br>営業本部 佐藤 美咲 (Misaki Sato)<br>〒102-0082 東京都千代田区一番町8-1 一番町センタービル5F<br>TEL: 03-5210-4471 / FAX: 03-5210-4472<br>ISMS認証登録番号: IS 712345<br><a href="https://www.meridian-data.com/jp/">https://www.meridian-data.com/jp/</a></p>
</body></html>"""

M16_OS = "・対応OS：Windows / macOS / iOS / Android"
M16_CERT = "・認証：ISO/IEC 27001、SOC 2 Type II、ISMAP"
msg(n=16, style="outlook-utf8-alt", frm=SATO, to=[YAMA], date="Thu, 03 Sep 2026 16:40:22 +0900",
    subject="メリディアン シンク 導入仕様のご確認（稟議用）", body=M16_BODY, html=M16_HTML, archive=True,
    claims=[
        C(S, "max_users", 10000, "ok", "・最大ユーザー数：10,000名"),
        C(S, "sla", 99.9, "ok", "・稼働率SLA：99.9%"),
        C(S, "supported_platforms", "Windows", "ok", M16_OS),
        C(S, "supported_platforms", "macOS", "ok", M16_OS),
        C(S, "supported_platforms", "iOS", "ok", M16_OS),
        C(S, "supported_platforms", "Android", "ok", M16_OS),
        C(S, "certifications", "ISO 27001", "ok", M16_CERT),
        C(S, "certifications", "SOC 2 Type II", "ok", M16_CERT),
        C(S, "certifications", "ISMAP", "conflict", M16_CERT),
        C(S, "offline_mode", False, "ok", "・オフライン利用：非対応"),
    ], findings=[])

# 17 --------------------------------------------------------------- us-hq, Insight price (Gmail)
M17_BODY = """Hi Tom,

Good to speak earlier. Here's the short version for your CFO.

Meridian Insight is $30 per user per month, billed annually. For the 60 analysts you mentioned, that works out at $1,800 a month before the multi-year discount we discussed.

Meridian Insight queries return in less than a second on workspaces the size of yours.

Meridian Insight also gives you unlimited dashboards, so each regional team can have its own.

We've moved a lot of customers off NumberOne Cloud BI in the past year, and the migration usually takes a couple of weeks.

Best,
Marcus
--
Marcus Lee | Solutions Engineer, Analytics
Meridian Data Inc. | 500 Howard Street, Suite 400, San Francisco, CA 94105
+1 (415) 555-0187"""

M17_CLAIMS = [
    C(I, "per_user_price", m(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month, billed annually."),
    C(I, "query_latency", d(1, "seconds"), "conflict", "Meridian Insight queries return in less than a second on workspaces the size of yours."),
]
M17_FINDINGS = [P("en.unlimited", "Meridian Insight also gives you unlimited dashboards")]
msg(n=17, style="gmail", frm=MARCUS, to=[TOM], date="Thu, 10 Sep 2026 11:05:50 -0700",
    subject="Meridian Insight pricing and next steps", body=M17_BODY, archive=True,
    claims=M17_CLAIMS, findings=M17_FINDINGS)

# 18 --------------------------------------------------------------- london with attached message/rfc822 from us-hq
M18_BODY = """Hi Priya,

Following up on the Chromebook question: I owe you a correction. Meridian Sync does not support ChromeOS today, so I was wrong to include it in my July email.

I've attached the note from my US colleague Dana, who has run the same rollout for a haulage firm in Ohio.

For you, Meridian Sync stays at £329 per month, excluding VAT.

Meridian Sync is not ISMAP registered, as that is a Japanese government scheme, but it is ISO 27001 certified.

Separately, Meridian Data as a company holds Cyber Essentials Plus, which your insurer asked about.

Best wishes,
Harriet

Harriet Cole | Account Executive, SMB
Meridian Data UK Ltd · 1 Finsbury Avenue, London EC2M 2PF
+44 20 7946 0388 | +44 7700 900412"""

M18_ATT_BODY = """Harriet,

Quick notes for your logistics prospect, as promised.

Meridian Sync runs on Windows, macOS, iOS and Android; ChromeOS is on the roadmap but not supported today.

In the US, Meridian Sync is $399 per month, same feature set as the UK plan.

The haulage customer in Ohio rolled out to 140 drivers in three weeks, mostly on Android phones.

Dana"""

M18_PLAT = "Meridian Sync runs on Windows, macOS, iOS and Android; ChromeOS is on the roadmap but not supported today."
msg(n=18, style="apple-attach", frm=HARRIET, to=[PRIYA], date="Thu, 24 Sep 2026 14:25:08 +0100",
    subject="Chromebooks, ISMAP and a note from our US team", body=M18_BODY, archive=True,
    attached=dict(frm=DANA, to=[HARRIET], date="Tue, 22 Sep 2026 08:12:30 -0700",
                  subject="Sync for logistics customers - notes", body=M18_ATT_BODY),
    claims=[
        C(S, "monthly_price", m(329, "GBP", "month", "excluded"), "ok", "Meridian Sync stays at £329 per month, excluding VAT."),
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is not ISMAP registered, as that is a Japanese government scheme, but it is ISO 27001 certified."),
        C(S, "supported_platforms", "Windows", "ok", M18_PLAT, quoted=True, office="us-hq"),
        C(S, "supported_platforms", "macOS", "ok", M18_PLAT, quoted=True, office="us-hq"),
        C(S, "supported_platforms", "iOS", "ok", M18_PLAT, quoted=True, office="us-hq"),
        C(S, "supported_platforms", "Android", "ok", M18_PLAT, quoted=True, office="us-hq"),
        C(S, "monthly_price", m(399, "USD", "month"), "ok", "In the US, Meridian Sync is $399 per month", quoted=True, office="us-hq"),
    ], findings=[])

# 19 --------------------------------------------------------------- tokyo cold mail, old name, stale limit
M19_BODY = """株式会社あおば設計
総務部 吉田様

はじめてご連絡いたします。株式会社メリディアンデータの高橋と申します。
先日の展示会では弊社ブースにお立ち寄りいただき、ありがとうございました。

メリディアン シンク（旧称：メリディアン ファイルシンク）は、法人向けのクラウドファイル共有サービスです。
メリディアン シンクは業界No.1の導入実績を誇り、設計事務所様にも多数ご利用いただいております。
メリディアン シンクは最大5,000ユーザーまで対応しております。
同製品はWindows、Mac、iPhone、Androidでご利用いただけます。
同製品はオフラインでも編集でき、出張先や現場でも安心してお使いいただけます。
同製品では、CADデータのような大きなファイルも1ファイルあたり最大50GBまでアップロードできます。

お申し込みの際は、必ずご担当者様の連絡先をご記入ください。
オンラインでのデモも承っておりますので、ご都合のよい日時をお知らせください。

""" + SIG_TOKYO.format(name="高橋 健一 (Kenichi Takahashi)")

M19_OS = "同製品はWindows、Mac、iPhone、Androidでご利用いただけます。"
msg(n=19, style="outlook-jis", frm=TAKA, to=[YOSHI], date="Tue, 06 Oct 2026 10:30:45 +0900",
    subject="ファイル共有サービスのご紹介（メリディアン シンク）", body=M19_BODY, archive=True,
    claims=[
        C(S, "max_users", 5000, "stale", "メリディアン シンクは最大5,000ユーザーまで対応しております。"),
        C(S, "supported_platforms", "Windows", "ok", M19_OS),
        C(S, "supported_platforms", "macOS", "ok", M19_OS),
        C(S, "supported_platforms", "iOS", "ok", M19_OS),
        C(S, "supported_platforms", "Android", "ok", M19_OS),
        C(S, "offline_mode", True, "conflict", "同製品はオフラインでも編集でき、出張先や現場でも安心してお使いいただけます。"),
        C(S, "max_file_size", 50 * GB, "unverified", "同製品では、CADデータのような大きなファイルも1ファイルあたり最大50GBまでアップロードできます。"),
    ], findings=[
        T(S, "メリディアン シンク（旧称：メリディアン ファイルシンク）"),
        P("ja.superlative-no1", "メリディアン シンクは業界No.1の導入実績を誇り"),
    ])

# 20 --------------------------------------------------------------- customer reply, Outlook block quote of #17 (not archived)
M20_BODY = """Marcus,

Thanks. Two questions from our CFO before we sign:

1. Is Meridian Insight SOC 2 certified, or is that only Meridian Sync?
2. We need at least 50 dashboards at launch and room for about 150 by the end of next year. Is that OK?

Also, one of your competitors told us Meridian Insight only keeps query history for 30 days.

Tom

Tom Becker
VP, Finance Systems | Lakeside Analytics LLC
233 S Wacker Dr, Suite 4100, Chicago, IL 60606
+1 312 555 0199

-----Original Message-----
From: Marcus Lee <marcus.lee@meridian-data.com>
Sent: Thursday, September 10, 2026 1:05 PM
To: Tom Becker <tbecker@lakeside-analytics.com>
Subject: Meridian Insight pricing and next steps

""" + M17_BODY

msg(n=20, style="outlook-en", frm=TOM, to=[MARCUS], date="Tue, 20 Oct 2026 08:50:33 -0500",
    subject="RE: Meridian Insight pricing and next steps", body=M20_BODY, archive=False, reply_to=17,
    claims=[C(I, "retention", d(30, "days"), "unverified",
              "one of your competitors told us Meridian Insight only keeps query history for 30 days.", office="unknown")]
    + [dict(c, quoted=True, office="us-hq") for c in M17_CLAIMS],
    findings=[dict(f, quoted=True) for f in M17_FINDINGS])

# 21 --------------------------------------------------------------- london, plain 7bit, "From " line
M21_BODY = """Dear Fiona,

Ahead of the renewal meeting on 12 November, here are the points your auditors asked for.

From our side, Meridian Vault retains backups for 90 days by default, and your policy can extend that for the mortgage archive.

Meridian Vault's recovery point objective is 15 minutes for all protected workloads.

The renewal covers 240 TB at the 12% multi-year discount we agreed, starting 1 January 2027.

We guarantee your restores will complete, whatever happens to your primary site.

Kind regards,
Oliver

Oliver Pryce
Enterprise Account Manager
Meridian Data UK Ltd
1 Finsbury Avenue, London EC2M 2PF
+44 20 7946 0321"""

msg(n=21, style="ascii", frm=OLIVER, to=[FIONA], date="Mon, 02 Nov 2026 15:10:05 +0000",
    subject="Meridian Vault renewal - retention and recovery", body=M21_BODY, archive=True,
    claims=[
        C(V, "retention", d(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default"),
        C(V, "rpo", d(15, "minutes"), "ok", "Meridian Vault's recovery point objective is 15 minutes for all protected workloads."),
    ], findings=[
        P("en.guarantee", "We guarantee your restores will complete"),
    ])

# 22 --------------------------------------------------------------- tokyo writes English (Outlook, us-ascii)
M22_BODY = """Dear Ms. Ward,

Thank you for your inquiry through our website. I am Kenichi Takahashi from the Tokyo office of Meridian Data.

Meridian Sync is JPY 50,000 per month, excluding consumption tax, for your Tokyo entity.

For reference, your head office in Boston would pay $399 per month for Meridian Sync under the US price book.

Meridian Sync is ISO 27001 certified and SOC 2 Type 2 attested, and it is also covered by our ISO 27018 certificate for personal data in the cloud.

Our support team is the best in the industry, and they will respond in Japanese or English.

Meridian Sync supports up to 10,000 users. The planned rollout to 1,400 employees in Japan fits comfortably within that.

Best regards,

Kenichi Takahashi
Meridian Data K.K., Tokyo Office
Ichibancho Center Bldg. 5F, 8-1 Ichibancho, Chiyoda-ku, Tokyo 102-0082
Tel: +81-3-5210-4471"""

M22_CERT = "Meridian Sync is ISO 27001 certified and SOC 2 Type 2 attested, and it is also covered by our ISO 27018 certificate for personal data in the cloud."
msg(n=22, style="outlook-ascii", frm=TAKA_EN, to=[EMILY], date="Thu, 27 Aug 2026 14:00:19 +0900",
    subject="Meridian Sync pricing for Harbor Point Japan", body=M22_BODY, archive=True,
    claims=[
        C(S, "monthly_price", m(50000, "JPY", "month", "excluded"), "ok", "Meridian Sync is JPY 50,000 per month, excluding consumption tax"),
        C(S, "monthly_price", m(399, "USD", "month"), "office-variant", "your head office in Boston would pay $399 per month for Meridian Sync"),
        C(S, "certifications", "ISO 27001", "ok", M22_CERT),
        C(S, "certifications", "SOC 2 Type II", "ok", M22_CERT),
        C(S, "certifications", "ISO 27018", "conflict", M22_CERT),
        C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users."),
    ], findings=[
        P("en.superlative", "Our support team is the best in the industry"),
    ])
