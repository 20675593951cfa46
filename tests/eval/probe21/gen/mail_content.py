# -*- coding: utf-8 -*-
"""Mail of set21: people, message texts and labels (imported by generate.py).

A message: num, date, sender, to, cc, subject, mailer style, body (the text
the author typed, quotes included), optional html-only flag, attachments,
an optional attached message (message/rfc822), whether it goes into the
archive, and its labels. A claim label is (product, attribute, value, verdict,
excerpt) for the sender's own text, or ("Q", office, product, attribute,
value, verdict, excerpt) for quoted / forwarded / attached text, or
("U", product, attribute, value, verdict, excerpt) for a customer's or
partner's own statement (office unknown).
"""
from docs_content import SY, VA, IN, TB, M, D

P = {
    # us-hq
    "dana": ("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    "marcus": ("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com"),
    # london
    "harriet": ("Harriet Pell", "harriet.pell@uk.meridian-data.com"),
    "tom": ("Tom Achterberg", "tom.achterberg@uk.meridian-data.com"),
    # tokyo
    "sasaki": ("佐々木 美帆", "m.sasaki@jp.meridian-data.com"),
    "onodera": ("小野寺 健", "k.onodera@jp.meridian-data.com"),
    # osaka
    "nishimura": ("西村 拓也", "t.nishimura@osaka.jp.meridian-data.com"),
    "fujii": ("藤井 彩", "a.fujii@osaka.jp.meridian-data.com"),
    # customers / partner
    "greg": ("Greg Halvorsen", "greg.halvorsen@northwindlogistics.com"),
    "priya": ("Priya Raman", "priya.raman@northwindlogistics.com"),
    "janet": ("Janet Ruiz", "procurement@pinecrestusd.org"),
    "emeka": ("Emeka Okafor", "e.okafor@calderfinch.co.uk"),
    "kubota": ("久保田 洋介", "y.kubota@hamamatsu-seiki.co.jp"),
    "matsuoka": ("松岡 真理子", "matsuoka@kansai-chuo-shinkin.jp"),
    "hirano": ("平野 聡", "s.hirano@minato-logi.co.jp"),
    "yamashita": ("山下 隆之", "yamashita@akebono-sys.co.jp"),
}

OFFICE = {"dana": "us-hq", "marcus": "us-hq", "harriet": "london", "tom": "london",
          "sasaki": "tokyo", "onodera": "tokyo", "nishimura": "osaka", "fujii": "osaka"}

SIG_SASAKI = """\
--
佐々木 美帆（Miho Sasaki）
メリディアンデータ株式会社 東京オフィス 営業部
〒100-0005 東京都千代田区丸の内1-6-2 丸の内センタービル12F
TEL: 03-5555-0188 / 携帯: 090-5555-3471
m.sasaki@jp.meridian-data.com"""

SIG_NISHIMURA = """\
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社 大阪オフィス
営業第二課 課長　西村 拓也
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6555-0217（直通）／FAX 06-6555-0218
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_FUJII = """\
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社 大阪オフィス
ソリューション技術課　藤井 彩
TEL 06-6555-0223／携帯 080-5555-6619
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_HARRIET = """\
Harriet Pell
Account Director, Legal & Professional Services
Meridian Data UK Ltd
3rd Floor, 14 Bevis Marks, London EC3A 7JB
T +44 (0)20 7946 0321 | M +44 (0)7700 900417
Registered in England and Wales No. 11839274 | VAT GB 318 4471 62"""

SIG_DANA = """\
Dana Whitfield
Senior Account Executive | Meridian Data Inc.
600 Harrison Street, Suite 410, San Francisco, CA 94107
m +1 (415) 555-0142 | o +1 (415) 555-0100"""

SIG_MARCUS = """\
Marcus Oyelaran
Solutions Engineer, Public Sector
Meridian Data Inc. | +1 (415) 555-0199"""

# ---------------------------------------------------------------- 0001 tokyo, Feb 2026
B0001 = """\
株式会社浜松精機
管理本部 情報システム課 久保田様

いつもお世話になっております。
メリディアンデータ東京オフィスの佐々木でございます。

先日は展示会（2月12日、東京ビッグサイト）にて弊社ブースにお立ち寄りいただき、
誠にありがとうございました。ご依頼のありました製品資料を添付いたします。

ご質問いただいた点について、簡単にご回答いたします。

・メリディアン シンクは、現在1テナントあたり最大5,000ユーザーまでご利用いただけます。
・なお、2026年4月1日のアップデートで、メリディアン シンクの上限は10,000ユーザーに引き上げられる予定です。
・メリディアン シンクのストレージ容量は、1ユーザーあたり1TBでございます。

貴社の約1,200名様でのご利用であれば、現行の上限でも十分に収まる規模かと存じます。

来週、オンラインで30分ほどお時間を頂戴できれば幸いです。
2月24日（火）または25日（水）の午後はいかがでしょうか。

""" + SIG_SASAKI + "\n"

L0001 = [
    (SY, "max_users", 5000, "ok", "メリディアン シンクは、現在1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    (SY, "max_users", 10000, "ok", "2026年4月1日のアップデートで、メリディアン シンクの上限は10,000ユーザーに引き上げられる予定です。"),
    (SY, "storage_per_user", TB, "ok", "メリディアン シンクのストレージ容量は、1ユーザーあたり1TBでございます。"),
]

# ---------------------------------------------------------------- 0002 customer reply (Outlook block)
B0002 = """\
佐々木様

お世話になっております。浜松精機の久保田です。
資料をお送りいただき、ありがとうございました。

打ち合わせは2月25日（水）15時からでお願いできますでしょうか。

事前に2点確認させてください。
1. 工場の一部PCはネットワークに常時接続できないのですが、メリディアン シンクはオフラインでも使えますでしょうか。
2. バックアップについても相談したいのですが、メリディアン ボールトのデータセンターは国内にありますか。

よろしくお願いいたします。

久保田 洋介
株式会社浜松精機 管理本部 情報システム課
〒430-0944 静岡県浜松市中区田町330-5
TEL 053-555-2210（内線 412）

-----Original Message-----
差出人: 佐々木 美帆 <m.sasaki@jp.meridian-data.com>
送信日時: 2026年2月17日 10:32
宛先: 久保田 洋介 <y.kubota@hamamatsu-seiki.co.jp>
件名: メリディアン シンクのご紹介資料送付の件

""" + B0001

L0002 = [
    ("Q", "tokyo", SY, "max_users", 5000, "ok", "メリディアン シンクは、現在1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    ("Q", "tokyo", SY, "max_users", 10000, "ok", "2026年4月1日のアップデートで、メリディアン シンクの上限は10,000ユーザーに引き上げられる予定です。"),
    ("Q", "tokyo", SY, "storage_per_user", TB, "ok", "メリディアン シンクのストレージ容量は、1ユーザーあたり1TBでございます。"),
]

# ---------------------------------------------------------------- 0003 us-hq call recap
B0003 = """\
Hi Greg,

Thanks to you, Priya and Luis for the time today. A quick recap so we're all working from the same page:

- You're protecting roughly 40 TB today across the three VMware clusters plus Microsoft 365, and the cyber-insurance renewal in June 2027 is the hard deadline.
- Meridian Vault would give you a 15-minute RPO, and backups are kept for 90 days by default. Today, nightly tape leaves up to 24 hours of changes exposed.
- On the file server side, I'll bring Marcus in to walk through Meridian Sync on the next call.

Discovery workshops: I've pencilled in September 24 and October 8 at your Columbus office, 9:30am-12:30pm. I'll send invites today.

Best,
Dana

""" + SIG_DANA + "\n"

L0003 = [
    (VA, "rpo", D(15, "minutes"), "ok", "Meridian Vault would give you a 15-minute RPO, and backups are kept for 90 days by default."),
    (VA, "retention", D(90, "days"), "ok", "Meridian Vault would give you a 15-minute RPO, and backups are kept for 90 days by default."),
]

# ---------------------------------------------------------------- 0004 london cover (wrong RPO, London DC)
B0004 = """\
Dear Emeka,

Further to our meeting at Bevis Marks on Thursday, please find attached our proposal (issue 1) for replacing the firm's document server.

In short:

1. Meridian Sync for matter files, at £329 per month plus VAT for the whole firm.
2. Meridian Insight for practice analytics once it becomes generally available in January 2027.

You also asked whether we could look after the archive backups. We can: Meridian Vault gives a 5-minute RPO, and for UK firms we host backups in our London data centre.

I have held 29 September at 2pm for a follow-up with your COO, Rachel Dunmore. Do let me know if that no longer works.

Kind regards,

""" + SIG_HARRIET + "\n"

L0004 = [
    (SY, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync for matter files, at £329 per month plus VAT for the whole firm."),
    (IN, "general_availability", "2027-01", "ok", "Meridian Insight for practice analytics once it becomes generally available in January 2027."),
    (VA, "rpo", D(5, "minutes"), "conflict", "Meridian Vault gives a 5-minute RPO"),
    (VA, "data_centers", "London", "conflict", "for UK firms we host backups in our London data centre."),
]

# ---------------------------------------------------------------- 0005 tokyo cover, proposal v1
B0005 = """\
株式会社浜松精機
久保田様

いつもお世話になっております。メリディアンデータの佐々木です。
9月15日の現地調査では、湖西工場・磐田工場までご案内いただき、ありがとうございました。

ご提案書（第1版）を添付にてお送りいたします。主なポイントは以下のとおりです。

■メリディアン シンク
　・メリディアン シンクは月額55,000円（税込）で、全社員の皆様にご利用いただけます。
　・メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。
■メリディアン ボールト
　・メリディアン ボールトのRPO（目標復旧時点）は15分です。
　・メリディアン ボールトは東京・大阪の国内データセンターで運用しており、データが国外に保管されることはございません。

ご不明点がございましたら、お気軽にお知らせください。
10月第1週に、ご提案内容のご説明のお時間をいただけますと幸いです。

""" + SIG_SASAKI + "\n"

L0005 = [
    (SY, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "メリディアン シンクは月額55,000円（税込）で、全社員の皆様にご利用いただけます。"),
    (SY, "supported_platforms", "Windows", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。"),
    (SY, "supported_platforms", "macOS", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。"),
    (SY, "supported_platforms", "iOS", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。"),
    (SY, "supported_platforms", "Android", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。"),
    (VA, "rpo", D(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分です。"),
    (VA, "data_centers", "Tokyo", "ok", "メリディアン ボールトは東京・大阪の国内データセンターで運用しており"),
    (VA, "data_centers", "Osaka", "ok", "メリディアン ボールトは東京・大阪の国内データセンターで運用しており"),
]

# ---------------------------------------------------------------- 0006 customer interleaved reply to 0004
B0006 = """\
Hi Harriet,

Thanks for this, and apologies for the slow reply: we had a new matter starting. Comments inline.

On 15 Sep 2026, at 10:12, Harriet Pell <harriet.pell@uk.meridian-data.com> wrote:

> 1. Meridian Sync for matter files, at £329 per month plus VAT for the whole firm.

Understood. Our New York colleagues mentioned that Meridian Sync is capped at 10,000 users, which is far more than we need, so no concerns there.

> You also asked whether we could look after the archive backups. We can: Meridian Vault gives a 5-minute RPO, and for UK firms we host backups in our London data centre.

That is helpful. Our insurers will ask for the hosting location in writing, so please include it in the next issue.

See you at 2pm today.

Emeka

--
Emeka Okafor
Head of IT, Calder & Finch LLP
1 Finsbury Avenue, London EC2M 2PP
DD +44 (0)20 7946 0588
"""

L0006 = [
    ("U", SY, "max_users", 10000, "ok", "Our New York colleagues mentioned that Meridian Sync is capped at 10,000 users"),
    ("Q", "london", SY, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "> 1. Meridian Sync for matter files, at £329 per month plus VAT for the whole firm."),
    ("Q", "london", VA, "rpo", D(5, "minutes"), "conflict", "Meridian Vault gives a 5-minute RPO"),
    ("Q", "london", VA, "data_centers", "London", "conflict", "for UK firms we host backups in our London data centre."),
]

# ---------------------------------------------------------------- 0007 osaka, wrong Sync SLA
B0007 = """\
関西中央信用金庫
システム部 松岡様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの西村でございます。

先日のお打ち合わせでご質問をいただいた件、概算をご連絡いたします。

1. メリディアン・ボールト（バックアップ）
　メリディアン・ボールトは1TBあたり月額3,080円（税込）でございます。
　対象データ約12TBの場合、合計で36,960円（税込）程度となります。

2. メリディアン・シンク（ファイル共有）
　本部の企画部門でご検討中のファイル共有につきましては、
　メリディアン・シンクの稼働率SLAは99.99%となっております。

正式なお見積りは、11月中旬にご提案書とあわせてお持ちいたします。
引き続きよろしくお願い申し上げます。

""" + SIG_NISHIMURA + "\n"

L0007 = [
    (VA, "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok", "メリディアン・ボールトは1TBあたり月額3,080円（税込）でございます。"),
    (SY, "sla", 99.99, "conflict", "メリディアン・シンクの稼働率SLAは99.99%となっております。"),
]

# ---------------------------------------------------------------- 0008 us-hq RFP submission
B0008 = """\
Dear Ms. Ruiz,

Meridian Data's response to RFP No. 2026-114 was uploaded to the district's bid portal this morning at 9:41 a.m. Pacific (confirmation number BP-77120-3). A courtesy copy is attached.

Two points the evaluation committee asked us to make clear up front:

1. Meridian Sync supports up to 10,000 users per organization. All 6,200 district staff fit within a single organization.
2. Meridian Sync carries a 99.9% monthly uptime SLA, with service credits if we miss it.

It's no surprise that Meridian Sync is the #1 choice for K-12 districts in California.

We would welcome the chance to present to the committee during the week of November 2.

Sincerely,

""" + SIG_MARCUS + "\n"

L0008 = [
    (SY, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization."),
    (SY, "sla", 99.9, "ok", "Meridian Sync carries a 99.9% monthly uptime SLA"),
]
F0008 = [("phrase", "en.superlative", None, "Meridian Sync is the #1 choice for K-12 districts in California.")]

# ---------------------------------------------------------------- 0009 tokyo, html only (CRM tool)
H0009 = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Meiryo UI',sans-serif;font-size:10.5pt">
<p>株式会社みなと物流<br>経営企画部 平野様</p>
<p>いつもお世話になっております。<br>メリディアンデータ東京オフィスの小野寺です。</p>
<p>先日はWMS・TMSのデータ構成についてご説明いただき、ありがとうございました。<br>ご依頼いただいた件、以下のとおりご案内いたします。</p>
<ul>
<li>メリディアン インサイトは2027年1月に一般提供開始予定で、現在はベータ版をご利用いただけます。</li>
<li>メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）です。</li>
<li>メリディアン インサイトは、正式契約の前に30日間の無料トライアルをご利用いただけます。</li>
</ul>
<p>なお、ご質問のあった米国価格表での表記は、メリディアン インサイト 1ユーザーあたり月額30米ドルとなっております（国内でのご契約は円建てです）。</p>
<p>ご提案書は11月中旬にお送りする予定です。<br>引き続きよろしくお願いいたします。</p>
<p style="color:#666">──────────────────<br>
小野寺 健（Ken Onodera）<br>
メリディアンデータ株式会社 東京オフィス ソリューション技術部<br>
TEL 03-5555-0191 ／ k.onodera@jp.meridian-data.com<br>
──────────────────</p>
</body></html>
"""

L0009 = [
    (IN, "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供開始予定で、現在はベータ版をご利用いただけます。"),
    (IN, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）です。"),
    (IN, "free_trial", D(30, "days"), "ok", "メリディアン インサイトは、正式契約の前に30日間の無料トライアルをご利用いただけます。"),
    (IN, "per_user_price", M(30, "USD", "user-month"), "office-variant", "メリディアン インサイト 1ユーザーあたり月額30米ドルとなっております"),
]

# ---------------------------------------------------------------- 0010 london correction
B0010 = """\
Dear Emeka,

Please find attached issue 2 of our proposal, which reflects the points from our meeting on 29 September.

One correction to our earlier note on backups: the Meridian Vault RPO is 15 minutes, not 5 minutes. Meridian Vault is hosted in Frankfurt for UK and EU customers; we do not run a data centre in London.

Issue 2 also adds Meridian Insight at £25 per user per month plus VAT, with the introductory discount we discussed.

Best regards,

Tom Achterberg
Solutions Consultant | Meridian Data UK Ltd
T +44 (0)20 7946 0330
"""

L0010 = [
    (VA, "rpo", D(15, "minutes"), "ok", "the Meridian Vault RPO is 15 minutes, not 5 minutes."),
    (VA, "data_centers", "Frankfurt", "ok", "Meridian Vault is hosted in Frankfurt for UK and EU customers"),
    (IN, "per_user_price", M(25, "GBP", "user-month", "excluded"), "ok", "Issue 2 also adds Meridian Insight at £25 per user per month plus VAT"),
]

# ---------------------------------------------------------------- 0011 osaka -> partner
B0011 = """\
株式会社曙システム
ソリューション営業部 山下様

いつもお世話になっております。
メリディアンデータ大阪オフィスの藤井です。

関西中央信用金庫様の案件について、ご質問いただいた仕様をまとめました。

・メリディアン・ボールトの最大容量は、1テナントあたり500TBです。
・メリディアン・ボールトの標準の保持期間は90日間です。
・メリディアン・ボールトは業界No.1の復旧速度を誇るバックアップサービスです。

提案書は11月20日に先方へ提出予定です。
共同提案の体制（貴社2名・弊社3名）について、来週ご相談させてください。

""" + SIG_FUJII + "\n"

L0011 = [
    (VA, "max_storage", 500 * TB, "ok", "メリディアン・ボールトの最大容量は、1テナントあたり500TBです。"),
    (VA, "retention", D(90, "days"), "ok", "メリディアン・ボールトの標準の保持期間は90日間です。"),
]
F0011 = [("phrase", "ja.superlative-no1", None, "メリディアン・ボールトは業界No.1の復旧速度を誇るバックアップサービスです。")]

# ---------------------------------------------------------------- 0012 customer (Outlook block quoting 0003)
B0012 = """\
Dana,

Thanks for v2 of the proposal. A few questions before our steering committee on November 17:

1. Does Meridian Vault go beyond 500 TB per tenant if we add the Dayton acquisition?
2. Can the 12% multi-year discount apply to the Insight line as well?
3. We still have a handful of Meridian FileSync licences left over from our old pilot. Can those be credited?

Regards,
Greg

Greg Halvorsen | Director, IT Infrastructure
Northwind Logistics, Inc. | 4400 Easton Commons Way, Columbus, OH 43219
P 614-555-0187

-----Original Message-----
From: Dana Whitfield <dana.whitfield@meridian-data.com>
Sent: Tuesday, September 8, 2026 4:18 PM
To: Greg Halvorsen <greg.halvorsen@northwindlogistics.com>
Cc: Priya Raman <priya.raman@northwindlogistics.com>
Subject: Northwind / Meridian - summary of today's call and next steps

""" + B0003

L0012 = [
    ("Q", "us-hq", VA, "rpo", D(15, "minutes"), "ok", "Meridian Vault would give you a 15-minute RPO, and backups are kept for 90 days by default."),
    ("Q", "us-hq", VA, "retention", D(90, "days"), "ok", "Meridian Vault would give you a 15-minute RPO, and backups are kept for 90 days by default."),
]
F0012 = [("terminology", None, SY, "We still have a handful of Meridian FileSync licences left over from our old pilot.")]

# ---------------------------------------------------------------- 0013 us-hq interleaved answer
B0013 = """\
Hi Greg,

Answers below, and the revised proposal (v2.1) is attached.

On Nov 5, 2026, at 3:02 PM, Greg Halvorsen <greg.halvorsen@northwindlogistics.com> wrote:

> 1. Does Meridian Vault go beyond 500 TB per tenant if we add the Dayton acquisition?

Meridian Vault holds up to 500 TB per tenant. Your projected 55 TB by month 24, even with Dayton added, leaves a lot of headroom. Full-site recovery for Meridian Vault stays planned at 4 hours (RTO) whatever the volume.

> 2. Can the 12% multi-year discount apply to the Insight line as well?

Yes. v2.1 applies it to all recurring lines, including Meridian Insight at $30 per user per month.

> Can those be credited?

They can. We'll credit them against the first Meridian Sync invoice; details are in section 5.4.

Best,
Dana

Sent from my iPad
"""

L0013 = [
    (VA, "max_storage", 500 * TB, "ok", "Meridian Vault holds up to 500 TB per tenant."),
    (IN, "per_user_price", M(30, "USD", "user-month"), "ok", "including Meridian Insight at $30 per user per month."),
    (VA, "rto", D(4, "hours"), "unverified", "Full-site recovery for Meridian Vault stays planned at 4 hours (RTO)"),
]

# ---------------------------------------------------------------- 0014 partner reply (Japanese quote header)
B0014 = """\
藤井様

お世話になっております。曙システムの山下です。
仕様のおまとめ、ありがとうございます。

1点確認させてください。
先月、御社東京オフィスの方から、メリディアン・ボールトはシンガポールのデータセンターも選択できると伺っております。
関西中央信用金庫様は国内保管が必須のため、シンガポールは提案から外す想定でよろしいでしょうか。

2026年11月3日(火) 14:20 藤井 彩 <a.fujii@osaka.jp.meridian-data.com>:
> 株式会社曙システム
> ソリューション営業部 山下様
>
> いつもお世話になっております。
> メリディアンデータ大阪オフィスの藤井です。
>
> 関西中央信用金庫様の案件について、ご質問いただいた仕様をまとめました。
>
> ・メリディアン・ボールトの最大容量は、1テナントあたり500TBです。
> ・メリディアン・ボールトの標準の保持期間は90日間です。
> ・メリディアン・ボールトは業界No.1の復旧速度を誇るバックアップサービスです。
>
> 提案書は11月20日に先方へ提出予定です。

-----------------------------------------
山下 隆之
株式会社曙システム ソリューション営業部
〒541-0041 大阪市中央区北浜3-5-22 北浜NBビル7F
TEL 06-6555-7731
"""

L0014 = [
    ("U", VA, "data_centers", "Singapore", "conflict", "御社東京オフィスの方から、メリディアン・ボールトはシンガポールのデータセンターも選択できると伺っております。"),
    ("Q", "osaka", VA, "max_storage", 500 * TB, "ok", "> ・メリディアン・ボールトの最大容量は、1テナントあたり500TBです。"),
    ("Q", "osaka", VA, "retention", D(90, "days"), "ok", "> ・メリディアン・ボールトの標準の保持期間は90日間です。"),
]
F0014 = [("phrase", "ja.superlative-no1", None, "> ・メリディアン・ボールトは業界No.1の復旧速度を誇るバックアップサービスです。", True)]

# ---------------------------------------------------------------- 0015 tokyo cover, v3
B0015 = """\
久保田様

お世話になっております。メリディアンデータの佐々木です。

11月11日のお打ち合わせでいただいたご意見を反映し、ご提案書を第3版に更新いたしました。
主な変更点は次のとおりです。

1. メリディアン シンクの月額料金を50,000円（税抜）として明記しました。
2. メリディアン ボールトの稼働率SLA（99.95%）を比較表に追記しました。
3. 5.3項に、年間一括前払いの場合の5%お値引きを追加しました。

なお、メリディアン ボールトの容量単価は、1TBあたり月額2,800円（税抜）から変更ございません。
また、ご質問のあったメリディアン ボールトの管理画面は、日本語・英語の2か国語に対応しております。

第3版の有効期限は12月25日です。ご確認のほど、よろしくお願いいたします。

""" + SIG_SASAKI + "\n"

L0015 = [
    (SY, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金を50,000円（税抜）として明記しました。"),
    (VA, "sla", 99.95, "ok", "メリディアン ボールトの稼働率SLA（99.95%）を比較表に追記しました。"),
    (VA, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールトの容量単価は、1TBあたり月額2,800円（税抜）から変更ございません。"),
    (VA, "ui_languages", 2, "unverified", "メリディアン ボールトの管理画面は、日本語・英語の2か国語に対応しております。"),
]

# ---------------------------------------------------------------- 0016 us-hq with attached London message
B0016 = """\
Dear Ms. Ruiz,

Ahead of the committee's December 9 meeting, here is the Meridian Insight information you asked for. Meridian Insight offers a 30-day free trial, so the pilot schools could start in January without a purchase order.

I've also attached a note from my London colleague Tom Achterberg, who ran a UK school-trust beta; his numbers come from that deployment.

Sincerely,

""" + SIG_MARCUS + "\n"

B0016_INNER = """\
Marcus,

Figures from the Thornbury Schools Trust beta, as promised:

- Meridian Insight answered queries in under 2 seconds across all 41 schools.
- Meridian Insight supports up to 300 dashboards per workspace.
- The trust has built about 120 so far.
- Meridian Insight general availability is still January 2027.

Cheers,
Tom
"""

L0016 = [
    (IN, "free_trial", D(30, "days"), "ok", "Meridian Insight offers a 30-day free trial"),
    ("Q", "london", IN, "query_latency", D(2, "seconds"), "ok", "Meridian Insight answered queries in under 2 seconds across all 41 schools."),
    ("Q", "london", IN, "max_dashboards", 300, "conflict", "Meridian Insight supports up to 300 dashboards per workspace."),
    ("Q", "london", IN, "general_availability", "2027-01", "ok", "Meridian Insight general availability is still January 2027."),
]

# ---------------------------------------------------------------- 0017 customer requirement
B0017 = """\
Marcus,

Received, thank you. For the record, the district's requirement is unchanged: we need Meridian Sync for at least 6,500 users by August 2027, and any analytics tool must return queries within 3 seconds.

The committee meets December 9 at 6:00 p.m.; you will have 20 minutes including questions.

Janet Ruiz
Purchasing Agent, Pinecrest Unified School District
2150 Ridgeview Parkway, Pinecrest, CA 95610
(916) 555-0143
"""

# ---------------------------------------------------------------- 0018 osaka correction (誤/正)
B0018 = """\
関西中央信用金庫
システム部 松岡様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの西村でございます。

本日、ご提案書を添付にてお送りいたします。

あわせて、10月6日にお送りしたメールの記載に誤りがございました。
メリディアン・シンクの稼働率SLAについて、（誤）99.99%（正）99.9%と訂正させていただきます。
ご迷惑をおかけし、大変申し訳ございません。

ご提案書の内容につきましては、11月27日のお打ち合わせにてご説明いたします。

""" + SIG_NISHIMURA + "\n"

L0018 = [
    (SY, "sla", 99.9, "ok", "メリディアン・シンクの稼働率SLAについて、（誤）99.99%（正）99.9%と訂正させていただきます。"),
]

# ---------------------------------------------------------------- 0019 london, no claims
B0019 = """\
Dear Emeka,

As promised, issue 3 of the proposal is attached. The only changes from issue 2 are the New York reference prices in section 5.2 and the assumptions in section 6, which now reflect 420 users at go-live.

On Rachel's question about growth: Meridian Sync supports up to 5,000 users per organisation. The firm's 420 users are comfortably inside that.

The introductory discount on Meridian Insight is held until 18 December 2026.

Kind regards,
Harriet

""" + SIG_HARRIET + "\n"

L0019 = [
    (SY, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per organisation."),
]

# ---------------------------------------------------------------- 0020 tokyo, scheduling (no claims)
B0020 = """\
平野様

お世話になっております。メリディアンデータの小野寺です。

メリディアン インサイトのデモについて、日程のご相談です。
下記のいずれかでご都合はいかがでしょうか。

　(1) 10月9日（金）14:00〜15:00
　(2) 10月14日（水）10:00〜11:00

当日は弊社から3名で伺います。会議室とプロジェクターのご用意をお願いできますと幸いです。
デモでは、貴社の出荷実績データ（サンプル約50万行）を使ったダッシュボードをお見せする予定です。

小野寺 健
メリディアンデータ株式会社 東京オフィス ソリューション技術部
TEL 03-5555-0191
"""

MESSAGES = [
    dict(num="0001", date="2026-02-17T10:32:08+09:00", frm="sasaki", to=["kubota"], cc=[],
         subject="メリディアン シンクのご紹介資料送付の件", style="thunderbird-8bit", body=B0001,
         attach=[("MeridianSync_製品概要_2026.pdf", "Meridian Sync overview")], archive=True, labels=L0001),
    dict(num="0002", date="2026-02-19T09:05:51+09:00", frm="kubota", to=["sasaki"], cc=[],
         subject="RE: メリディアン シンクのご紹介資料送付の件", style="outlook-jis", body=B0002,
         reply_to_num="0001", archive=True, labels=L0002),
    dict(num="0003", date="2026-09-08T16:18:40-07:00", frm="dana", to=["greg"], cc=["priya"],
         subject="Northwind / Meridian - summary of today's call and next steps", style="outlook-us", body=B0003,
         archive=False, labels=L0003),
    dict(num="0004", date="2026-09-15T10:12:19+01:00", frm="harriet", to=["emeka"], cc=["tom"],
         subject="Calder & Finch – proposal for document collaboration (issue 1)", style="outlook-uk", body=B0004,
         attach=[("Calder-Finch-Meridian-proposal-issue1.pdf", "MD-UK-PR-0391 issue 1")], archive=True, labels=L0004),
    dict(num="0005", date="2026-09-22T18:47:03+09:00", frm="sasaki", to=["kubota"], cc=["onodera"],
         subject="【メリディアンデータ】ファイル共有・バックアップ基盤のご提案書（第1版）送付", style="thunderbird-b64",
         body=B0005, attach=[("浜松精機様_ご提案書_第1版.pdf", "MDJ-TKY-2026-0588 v1")], archive=True, labels=L0005),
    dict(num="0006", date="2026-09-29T08:47:55+01:00", frm="emeka", to=["harriet"], cc=[],
         subject="Re: Calder & Finch – proposal for document collaboration (issue 1)", style="apple-qp", body=B0006,
         reply_to_num="0004", archive=True, labels=L0006),
    dict(num="0007", date="2026-10-06T11:20:37+09:00", frm="nishimura", to=["matsuoka"], cc=["fujii"],
         subject="バックアップ環境更改の件（概算のご連絡）", style="becky-jis", body=B0007, archive=True, labels=L0007),
    dict(num="0008", date="2026-10-13T10:02:11-07:00", frm="marcus", to=["janet"], cc=["dana"],
         subject="RFP 2026-114 — Meridian Data response submitted", style="gmail-qp", body=B0008,
         attach=[("Meridian_Pinecrest_RFP-2026-114_response.pdf", "RFP 2026-114 response")], archive=True,
         labels=L0008, findings=F0008),
    dict(num="0009", date="2026-10-20T15:30:00+09:00", frm="onodera", to=["hirano"], cc=[],
         subject="メリディアン インサイト ベータ版のご案内", style="crm-html", body=None, html=H0009,
         archive=False, labels=L0009),
    dict(num="0010", date="2026-10-27T14:55:02+00:00", frm="tom", to=["emeka"], cc=["harriet"],
         subject="Calder & Finch – revised proposal (issue 2) and a correction", style="outlook-uk", body=B0010,
         attach=[("Calder-Finch-Meridian-proposal-issue2.pdf", "MD-UK-PR-0391 issue 2")], archive=True, labels=L0010),
    dict(num="0011", date="2026-11-03T14:20:45+09:00", frm="fujii", to=["yamashita"], cc=["nishimura"],
         subject="メリディアン・ボールト 仕様のご確認について", style="becky-jis", body=B0011, archive=True,
         labels=L0011, findings=F0011),
    dict(num="0012", date="2026-11-05T15:02:27-05:00", frm="greg", to=["dana"], cc=["priya"],
         subject="RE: Northwind / Meridian - summary of today's call and next steps", style="outlook-1252", body=B0012,
         reply_to_num="0003", archive=False, labels=L0012, findings=F0012),
    dict(num="0013", date="2026-11-09T09:14:36-08:00", frm="dana", to=["greg"], cc=["priya", "marcus"],
         subject="Re: Northwind / Meridian - summary of today's call and next steps", style="apple-qp", body=B0013,
         reply_to_num="0012", attach=[("Northwind_Meridian_Proposal_v2.1.pdf", "MD-US-2026-1147 v2.1")],
         archive=False, labels=L0013),
    dict(num="0014", date="2026-11-06T17:41:09+09:00", frm="yamashita", to=["fujii"], cc=[],
         subject="Re: メリディアン・ボールト 仕様のご確認について", style="activemail-sjis", body=B0014,
         reply_to_num="0011", archive=True, labels=L0014, findings=F0014),
    dict(num="0015", date="2026-11-16T19:03:12+09:00", frm="sasaki", to=["kubota"], cc=["onodera"],
         subject="ご提案書（第3版）のご送付", style="thunderbird-qp", body=B0015,
         attach=[("浜松精機様_ご提案書_第3版.pdf", "MDJ-TKY-2026-0588 v3")], archive=True, labels=L0015),
    dict(num="0016", date="2026-11-18T13:26:50-08:00", frm="marcus", to=["janet"], cc=[],
         subject="Pinecrest – Meridian Insight details for the committee", style="gmail-rfc822", body=B0016,
         inner=dict(date="2026-11-16T17:05:33+00:00", frm="tom", to=["marcus"],
                    subject="Insight beta figures for Pinecrest", body=B0016_INNER),
         archive=True, labels=L0016),
    dict(num="0017", date="2026-11-19T08:12:04-08:00", frm="janet", to=["marcus"], cc=[],
         subject="Re: Pinecrest – Meridian Insight details for the committee", style="plain-ascii", body=B0017,
         reply_to_num="0016", archive=False, labels=[]),
    dict(num="0018", date="2026-11-20T16:40:22+09:00", frm="nishimura", to=["matsuoka"], cc=["fujii"],
         subject="【訂正】10月6日のメールについて／ご提案書の送付", style="becky-jis", body=B0018,
         attach=[("関西中央信用金庫様_バックアップ環境更改のご提案.pdf", "osaka proposal")], archive=True, labels=L0018),
    dict(num="0019", date="2026-11-10T11:31:48+00:00", frm="harriet", to=["emeka"], cc=["tom"],
         subject="Calder & Finch – proposal issue 3", style="outlook-uk", body=B0019,
         attach=[("Calder-Finch-Meridian-proposal-issue3.pdf", "MD-UK-PR-0391 issue 3")], archive=True, labels=L0019),
    dict(num="0020", date="2026-10-02T10:08:59+09:00", frm="onodera", to=["hirano"], cc=[],
         subject="デモ日程のご相談（メリディアン インサイト）", style="outlook-jis", body=B0020, archive=False, labels=[]),
]

# the cross-office contradictions the archive holds (checked against the labels by generate.py)
CROSS_OFFICE = [
    (VA, "rpo", ["london", "tokyo"]),
    (SY, "max_users", ["london", "us-hq"]),
    (SY, "sla", ["osaka", "us-hq"]),
]
