"""Set 82 messages: order forms, SLA schedules, 契約書・覚書・注文書 and legal review mail.
Every label is written by hand next to the text it labels (see ../README.md)."""
from lib import *  # noqa: F401,F403
from lib import MESSAGES, mail, alt, quote, as_quoted, C, SET, PH, TERM, money, dur, flat, TB, DOC_AS_OF  # noqa
from lib import OUTLOOK, APPLE, IPHONE, THUNDERBIRD, ACTIVEMAIL  # noqa
import mime

# ---------------------------------------------------------------------- people
DAN = ("Dan Reyes", "dan.reyes@meridian-data.com")
LAUREN = ("Lauren Choi", "lauren.choi@meridian-data.com")
PRIYA = ("Priya Nair", "priya.nair@meridian-data.com")
MARCUS = ("Marcus Webb", "marcus.webb@meridian-data.com")
HARRIET = ("Harriet Doyle", "harriet.doyle@uk.meridian-data.com")
TOM = ("Tom Ashworth", "tom.ashworth@uk.meridian-data.com")
MORI = ("森 亜希子", "akiko.mori@jp.meridian-data.com")
ISHII = ("石井 拓也", "takuya.ishii@jp.meridian-data.com")
NISHIDA = ("西田 恵", "megumi.nishida@osaka.jp.meridian-data.com")

ANGELA = ("Angela Brooks", "abrooks@redstonecu.org")
NADIA = ("Nadia Petrov", "npetrov@halewhitcombe.com")
OWEN = ("Owen Pritchard", "o.pritchard@caldermoor-ht.org.uk")
IMOGEN = ("Imogen Hale", "imogen.hale@fenwickrowe.co.uk")
TERESA = ("Teresa Lindqvist", "tlindqvist@pinecresthealth.org")
CONNOR = ("Connor Boyle", "connor.boyle@summitridge-partners.com")
JESS = ("Jess Fairley", "j.fairley@northmoor.ac.uk")
MIGUEL = ("Miguel Alvarez", "m.alvarez@harborpoint-logistics.com")
GAVIN = ("Gavin Shaw", "gavin.shaw@brackenfield-it.co.uk")
MURAKAMI = ("村上 陽子", "y.murakami@shirasagi-butsuryu.co.jp")
YOSHIOKA = ("吉岡 修", "yoshioka@kawachi-kasei.co.jp")
ODA = ("小田 真一", "s-oda@minato-keiso.co.jp")
KAWAGUCHI = ("川口 美穂", "m.kawaguchi@shinonome-insatsu.co.jp")
HORI = ("堀 健太郎", "hori.k@aoi-medsys.co.jp")
MATSUI = ("松井 里奈", "r-matsui@namba-foods.co.jp")

SIG_MORI = """━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス
営業本部　森 亜希子（Akiko Mori）
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング21F
TEL 03-5555-0142　携帯 090-5555-2718
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_ISHII = """━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス
営業推進部 契約管理グループ　石井 拓也
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング21F
TEL 03-5555-0147（直通）
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_NISHIDA = """----------------------------------------
メリディアン・データ株式会社　大阪オフィス
西田 恵（Megumi Nishida）
〒530-0001 大阪市北区梅田3-3-10 梅田ダイビル14F
TEL 06-5555-0163 / FAX 06-5555-0164
----------------------------------------
"""

# ====================================================================== 0001 US order form + Schedule 2 excerpt
T0001 = """Hi Angela,

Following Tuesday's call, attached is Order Form OF-2025-1187 for Meridian Sync, together with the Schedule 2 (Service Levels) excerpt your counsel asked for. Key commercial points:

- Product: Meridian Sync, 1 production workspace
- Quantity: 1,450 named users (Redstone's current headcount plus 10% growth)
- Fees: Meridian Sync is $399 per month per workspace; we've applied a 15% first-year discount under Section 4.2 of the Order Form.
- Initial Term: 12 months from December 1, 2025, renewing for successive 12-month terms unless either party gives 60 days' written notice.
- Payment terms: annually in advance, net 30 from the invoice date.

On capacity, Meridian Sync currently supports up to 5,000 users per tenant, so the 1,450 seats leave plenty of room.

Schedule 2 - Meridian Sync Service Levels (excerpt)

2.1 Uptime Commitment. Meridian Sync shall be Available at least 99.5% of the minutes in each calendar month (the "Uptime Commitment").
2.2 "Available" means that authorized users can sign in and sync files. Scheduled Maintenance announced at least 72 hours in advance is excluded.
2.3 Service Credits. If Monthly Uptime falls below the Uptime Commitment, Customer may claim a Service Credit of 10% of the monthly fee; if it falls below 99.0%, the Service Credit is 25%.
2.4 Service Credits are Customer's sole and exclusive remedy for unavailability and must be requested within 30 days after the end of the affected month.

Meridian Sync is ISO 27001 certified and SOC 2 Type II attested; the current SOC 2 report is available under NDA. The published SLA terms are also at https://trust.meridian-data.com/MeridianFileSync/sla (legacy address, still live).

Let me know if Hale & Whitcombe want to mark up the MSA directly or work from this summary.

Best,
Dan
--
Dan Reyes | Enterprise Account Executive
Meridian Data Inc. | 548 Market St #92110, San Francisco, CA 94104
o: (415) 555-0119 | m: (415) 555-0163
"""
C0001_SLA = C("sync", "sla", 99.5, "conflict",
              "Meridian Sync shall be Available at least 99.5% of the minutes in each calendar month")
mail("0001", "2025-11-12 10:14:37 -0800", DAN, [ANGELA], "Redstone CCU - Order Form OF-2025-1187 (Meridian Sync)",
     alt(T0001, "utf-8", "quoted-printable", "0001"), style="outlook-us", mailer=OUTLOOK, crlf=True,
     cc=[NADIA], archive=True,
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month"), "ok",
           "Meridian Sync is $399 per month per workspace"),
         C("sync", "max_users", 5000, "ok", "Meridian Sync currently supports up to 5,000 users per tenant"),
         C0001_SLA,
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
             "Meridian Sync is ISO 27001 certified and SOC 2 Type II attested"),
     ])

# ====================================================================== 0002 customer counsel, interleaved redline
T0002 = """Dan,

Thanks. Our comments on the Schedule 2 excerpt are below; the MSA markup will follow separately.

On Wed, Nov 12, 2025 at 10:14 AM Dan Reyes <dan.reyes@meridian-data.com> wrote:
> 2.1 Uptime Commitment. Meridian Sync shall be Available at least 99.5% of the minutes in each calendar month (the "Uptime Commitment").

Please replace 99.5% with 99.9%. Meridian Data's public Trust Center states a 99.9% uptime SLA for Meridian Sync, and our client will not accept a lower contractual figure than the published one.

> 2.3 Service Credits. If Monthly Uptime falls below the Uptime Commitment, Customer may claim a Service Credit of 10% of the monthly fee; if it falls below 99.0%, the Service Credit is 25%.

We propose three tiers (10% / 25% / 50%), the last applying below 95.0%. We also want a termination right if the Uptime Commitment is missed in any three months of a rolling twelve-month period.

> 2.4 Service Credits are Customer's sole and exclusive remedy for unavailability and must be requested within 30 days after the end of the affected month.

Delete "sole and exclusive" and extend the claim window to 60 days.

Regards,
Nadia Petrov
Partner | Hale & Whitcombe LLP
1200 Grant St, Suite 400, Denver, CO 80203
T +1 303 555 0188
Counsel to Redstone Community Credit Union
"""
mail("0002", "2025-11-20 13:52:08 -0700", NADIA, [DAN], "Re: Redstone CCU - Order Form OF-2025-1187 (Meridian Sync)",
     alt(T0002, "UTF-8", "quoted-printable", "0002", "gmail"), style="gmail", reply_to="0001", cc=[ANGELA],
     archive=True,
     claims=[
         as_quoted([C0001_SLA], "us-hq", "2025-11-20"),
         C("sync", "sla", 99.9, "ok",
           "Meridian Data's public Trust Center states a 99.9% uptime SLA for Meridian Sync", office="unknown"),
     ])

# ====================================================================== 0003 US accepts the redline (strike-through)
T0003 = """Nadia,

Thank you for the quick turnaround. Our legal team has approved the following changes to Schedule 2:

2.1 Uptime Commitment. Meridian Sync shall be Available at least ~~99.5%~~ 99.9% of the minutes in each calendar month.
2.3 Service Credits: we accept three tiers (10% / 25% / 50%); the 50% tier applies below 95.0%.
2.4 "Sole and exclusive" stays, but the claim window moves to 60 days.

The termination right for repeated misses is acceptable as a new clause 2.5 (three missed months in any rolling twelve).

One more point for Angela's team: Meridian Sync supports up to 5,000 users per tenant today, and from April 1, 2026 the per-tenant limit for Meridian Sync rises to 10,000 users. No change to the Order Form is needed for that.

The revised PDF will follow through DocuSign.

Dan

Dan Reyes | Enterprise Account Executive | Meridian Data Inc.
o: (415) 555-0119 | m: (415) 555-0163
"""
mail("0003", "2025-11-21 09:05:44 -0800", DAN, [NADIA], "RE: Redstone CCU - Order Form OF-2025-1187 (Meridian Sync)",
     alt(T0003, "utf-8", "quoted-printable", "0003"), style="outlook-us", mailer=OUTLOOK, crlf=True,
     reply_to="0002", cc=[ANGELA], archive=True,
     claims=[
         C("sync", "sla", 99.9, "ok",
           "Meridian Sync shall be Available at least ~~99.5%~~ 99.9% of the minutes in each calendar month."),
         C("sync", "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per tenant today"),
         C("sync", "max_users", 10000, "ok",
           "from April 1, 2026 the per-tenant limit for Meridian Sync rises to 10,000 users",
           as_of="2026-04-01", judge="2026-04-01"),
     ])

# ====================================================================== 0004 Tokyo 注文書（案） with 利用規約 articles
T0004 = """株式会社白鷺物流
管理本部 総務部　村上様

いつもお世話になっております。
メリディアン・データ東京オフィスの森でございます。

先日ご依頼いただきました、メリディアン シンクの注文書（案）をお送りいたします。
ご確認のうえ、ご不明点がございましたらお知らせください。

━━━━━━━━━━━━━━━━━━━━━━
注文書（案）　注文番号 JP-2025-0412
━━━━━━━━━━━━━━━━━━━━━━
発注者（甲）：株式会社白鷺物流
受注者（乙）：メリディアン・データ株式会社

1. 品目：メリディアン シンク（以下「本サービス」という。）
2. 数量：1テナント、利用者600名
3. 料金：メリディアン シンクの月額料金は50,000円（税抜）とする。
4. 契約期間：令和7年12月1日から令和8年11月30日まで（以後1年ごとの自動更新）
5. 支払条件：毎月末締め、翌月末日までに銀行振込
6. 解約：契約期間満了の3か月前までに書面により通知するものとする。

【利用規約（抜粋）】
第3条（利用上限）メリディアン シンクの利用者数の上限は、1テナントあたり最大5,000名とする。
第4条（ストレージ）本サービスは、1ユーザーあたり1TBのストレージ容量を提供する。
第5条（サービスレベル）乙は、本サービスの月間稼働率99.9%以上を維持するものとする。下回った場合のサービスクレジットは別紙2に定める。
第6条（対応環境）本サービスはWindows、macOS、iOS、Androidに対応する。
第7条（データの消去）乙は、契約終了後30日以内に甲のデータを消去する。

本注文書（案）は、令和7年12月15日までにご返送ください。

""" + SIG_MORI
C0004 = flat(
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "メリディアン シンクの月額料金は50,000円（税抜）とする。"),
    C("sync", "max_users", 5000, "ok", "メリディアン シンクの利用者数の上限は、1テナントあたり最大5,000名とする。"),
    C("sync", "storage_per_user", 1 * TB, "ok", "本サービスは、1ユーザーあたり1TBのストレージ容量を提供する。"),
    C("sync", "sla", 99.9, "ok", "乙は、本サービスの月間稼働率99.9%以上を維持するものとする。"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "本サービスはWindows、macOS、iOS、Androidに対応する。"),
)
mail("0004", "2025-12-03 15:20:11 +0900", MORI, [MURAKAMI], "メリディアン シンク 注文書（案）送付の件",
     mime.text_part(T0004, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     crlf=True, archive=True, claims=[C0004])

# ====================================================================== 0005 customer 法務 question, quotes 0004 in full
T0005 = """森様

お世話になっております。白鷺物流の村上です。
注文書（案）をお送りいただき、ありがとうございます。

弊社法務部で確認したところ、以下の2点についてご相談させてください。

・第5条の月間稼働率について、99.9%ではなく99.95%としていただくことは可能でしょうか。
・解約の予告期間を3か月前から1か月前に短縮できないでしょうか。

なお、契約開始日（令和7年12月1日）に変更はございません。

よろしくお願いいたします。

--
株式会社白鷺物流　管理本部 総務部
村上 陽子
〒231-0023 横浜市中区山下町22-1
TEL 045-555-0172


""" + quote(T0004, "2025年12月3日(水) 15:20 森 亜希子 <akiko.mori@jp.meridian-data.com>:")
mail("0005", "2025-12-05 11:47:30 +0900", MURAKAMI, [MORI], "Re: メリディアン シンク 注文書（案）送付の件",
     alt(T0005, "UTF-8", "base64", "0005", "gmail", "ja"), style="gmail", reply_to="0004", archive=True,
     claims=[as_quoted(C0004, "tokyo", "2025-12-05")])

# ====================================================================== 0006 London, draft Schedule 2 for Meridian Vault
T0006 = """Dear Owen,

As promised, please find below the draft Schedule 2 (Service Levels) for the Meridian Vault Order Form, for review by Fenwick Rowe before our call on 29 January.

SCHEDULE 2 - SERVICE LEVELS FOR MERIDIAN VAULT

1. Definitions
1.1 "Monthly Availability" means the percentage of minutes in a calendar month in which the Service is available to the Customer.
1.2 "Service" means Meridian Vault as described in the Order Form.

2. Service Levels
2.1 Meridian Vault shall achieve a Monthly Availability of at least 99.95%.
2.2 Meridian Vault will maintain a Recovery Point Objective of no more than 15 minutes for protected workloads.
2.3 Meridian Data will use reasonable endeavours to restore a protected Meridian Vault workload within 4 hours (the "Recovery Time Objective").
2.4 By default Meridian Vault retains backups for 90 days; longer retention may be agreed in the Order Form.

3. Service Credits
3.1 Where Monthly Availability falls below 99.95%, the Customer shall be entitled to a Service Credit of 5% of the Monthly Fees for each full 0.1% shortfall, capped at 30% of the Monthly Fees.
3.2 Service Credits shall be the Customer's sole financial remedy for a failure to meet the service levels in paragraph 2.

4. Hosting and security
4.1 Customer Data shall be stored in Meridian Vault's Frankfurt data centre. Meridian Data does not operate a data centre in London.
4.2 The Service encrypts Customer Data at rest using AES-256.

Commercial summary: Meridian Vault is £16 per TB per month, exclusive of VAT, billed monthly in arrears on the average protected capacity. Caldermoor's current estimate is 62 TB. The Initial Term is 36 months; either party may terminate for convenience on 6 months' written notice after month 24.

Kind regards,
Harriet
--
Harriet Doyle
Public Sector Account Director
Meridian Data UK Ltd · 30 Finsbury Square, London EC2A 1AG
T +44 (0)20 7946 0455 · M +44 (0)7700 900731
Registered in England & Wales No. 09876543
"""
C0006 = flat(
    C("vault", "sla", 99.95, "ok", "Meridian Vault shall achieve a Monthly Availability of at least 99.95%."),
    C("vault", "rpo", dur(15, "minutes"), "ok",
      "Meridian Vault will maintain a Recovery Point Objective of no more than 15 minutes"),
    C("vault", "rto", dur(4, "hours"), "unverified",
      "restore a protected Meridian Vault workload within 4 hours (the \"Recovery Time Objective\")"),
    C("vault", "retention", dur(90, "days"), "ok", "By default Meridian Vault retains backups for 90 days"),
    C("vault", "data_centers", "Frankfurt", "ok", "Customer Data shall be stored in Meridian Vault's Frankfurt data centre."),
    C("vault", "encryption", "AES-256", "ok", "The Service encrypts Customer Data at rest using AES-256."),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
      "Meridian Vault is £16 per TB per month, exclusive of VAT"),
)
mail("0006", "2026-01-15 16:02:19 +0000", HARRIET, [OWEN], "Meridian Vault - draft Schedule 2 (Service Levels)",
     alt(T0006, "utf-8", "quoted-printable", "0006"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     cc=[IMOGEN], archive=True, claims=[C0006])

# ====================================================================== 0007 UK counsel comments, Outlook header block
T0007 = """Harriet,

Thank you. Our client's comments on the draft Schedule 2 are as follows.

(a) Paragraph 2.2: please replace "no more than 15 minutes" with "no more than 5 minutes". Our client's board paper assumed a five-minute recovery point.
(b) Paragraph 2.3: "reasonable endeavours" should read "all reasonable endeavours".
(c) Paragraph 3.1: the cap on Service Credits should be 50%, not 30%.
(d) Paragraph 4.1: we note from your Trust Centre that Meridian Vault also keeps replicas in its Oregon data centre. Please confirm whether any Customer Data will leave the EEA.

We will respond separately on clause 12 (Limitation of Liability) of the MSA.

Kind regards

Imogen Hale
Senior Associate, Commercial & Technology
Fenwick Rowe LLP · 8 Park Row, Leeds LS1 5HD
DX 26412 Leeds · T +44 (0)113 496 0712

________________________________
From: Harriet Doyle <harriet.doyle@uk.meridian-data.com>
Sent: 15 January 2026 16:02
To: Owen Pritchard <o.pritchard@caldermoor-ht.org.uk>
Cc: Imogen Hale <imogen.hale@fenwickrowe.co.uk>
Subject: Meridian Vault - draft Schedule 2 (Service Levels)

""" + T0006
mail("0007", "2026-01-22 12:31:05 +0000", IMOGEN, [HARRIET], "RE: Meridian Vault - draft Schedule 2 (Service Levels)",
     alt(T0007, "utf-8", "quoted-printable", "0007"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     reply_to="0006", cc=[OWEN], archive=True,
     claims=[
         C("vault", "data_centers", "Oregon", "ok",
           "we note from your Trust Centre that Meridian Vault also keeps replicas in its Oregon data centre",
           office="unknown"),
         as_quoted(C0006, "london", "2026-01-22"),
     ])

# ====================================================================== 0008 London answers the redline
T0008 = """Imogen,

Thanks for the quick comments. Taking them in turn:

(a) We can't accept a five-minute figure. Meridian Vault's Recovery Point Objective is 15 minutes for every customer, and paragraph 2.2 will stay as drafted.
(b) Agreed.
(c) We can move the Service Credit cap to 40%.
(d) Correct: Meridian Vault replicates to our Oregon data centre unless the Order Form restricts hosting to Frankfurt, which we will do for Caldermoor by a special condition.

For the avoidance of doubt, Schedule 2 sets out commitments backed by Service Credits; nowhere does it say that recovery is guaranteed, and we'd ask that the board paper doesn't describe it that way either.

The Meridian Vault availability commitment of 99.95% a month is unchanged.

Best wishes,
Harriet

Harriet Doyle · Meridian Data UK Ltd · +44 (0)20 7946 0455
"""
mail("0008", "2026-01-23 09:14:52 +0000", HARRIET, [IMOGEN], "RE: Meridian Vault - draft Schedule 2 (Service Levels)",
     alt(T0008, "utf-8", "quoted-printable", "0008"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     reply_to="0007", cc=[OWEN], archive=True,
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's Recovery Point Objective is 15 minutes for every customer"),
         SET("vault", "data_centers", ["Oregon", "Frankfurt"], "ok",
             "Meridian Vault replicates to our Oregon data centre unless the Order Form restricts hosting to Frankfurt"),
         C("vault", "sla", 99.95, "ok", "The Meridian Vault availability commitment of 99.95% a month is unchanged."),
     ],
     findings=[PH("en.guarantee", "nowhere does it say that recovery is guaranteed")])

# ====================================================================== 0009 US Exhibit B for Meridian Vault (99.9 = conflict)
T0009 = """Hi Teresa,

As requested, here is the service-level summary that will go into Exhibit B of the Pinecrest MSA for Meridian Vault. Section references are to the MSA dated February 2, 2026.

Exhibit B - Meridian Vault
B.1 Availability: Meridian Vault will be available 99.9% of each calendar month, measured at our load balancers.
B.2 Recovery Point Objective: 15 minutes for Meridian Vault.
B.3 Capacity: a single Meridian Vault tenant stores up to 500 TB.
B.4 Hosting: Meridian Vault data for Pinecrest will be hosted in our Oregon and Virginia data centers.
B.5 Fees: Meridian Vault is $20 per TB per month, invoiced quarterly in arrears; the committed minimum is 120 TB.

Section 11.3 caps each party's aggregate liability at the fees paid in the 12 months before the claim; the BAA (Exhibit D) carves out breaches of PHI obligations up to $2,000,000.

Meridian Vault is also backed by our industry-leading restore engineering team.

Thanks,
Lauren
--
Lauren Choi | Deal Desk Manager | Meridian Data Inc.
548 Market St #92110, San Francisco, CA 94104 | (415) 555-0131
"""
mail("0009", "2026-02-05 14:26:40 -0800", LAUREN, [TERESA], "Pinecrest MSA - Exhibit B (Meridian Vault service levels)",
     alt(T0009, "utf-8", "quoted-printable", "0009"), style="outlook-us", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("vault", "sla", 99.9, "conflict",
           "B.1 Availability: Meridian Vault will be available 99.9% of each calendar month"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "B.2 Recovery Point Objective: 15 minutes for Meridian Vault."),
         C("vault", "max_storage", 500 * TB, "ok", "a single Meridian Vault tenant stores up to 500 TB"),
         C("vault", "data_centers", "Oregon", "ok",
           "Meridian Vault data for Pinecrest will be hosted in our Oregon and Virginia data centers."),
         C("vault", "data_centers", "Virginia", "conflict",
           "Meridian Vault data for Pinecrest will be hosted in our Oregon and Virginia data centers."),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month"),
     ],
     findings=[PH("en.superlative", "our industry-leading restore engineering team")])

# ====================================================================== 0010 Osaka 覚書（案）, 和暦, period-placed limit
T0010 = """株式会社河内化成
情報システム課　吉岡様

いつもお世話になっております。
メリディアン・データ大阪オフィスの西田です。

先日ご相談いただいた利用者数の拡大について、現行のご契約に追加する覚書（案）をお送りします。

――――――――――――――――――――
覚書（案）

株式会社河内化成（以下「甲」という。）とメリディアン・データ株式会社（以下「乙」という。）は、令和7年4月1日付「メリディアン サービス利用契約」（以下「原契約」という。）に関し、次のとおり合意する。

第1条（利用者数）
現在、メリディアン シンクの利用者数の上限は1テナントあたり最大5,000名である。
令和8年4月1日以降、メリディアン シンクの利用者数の上限は1テナントあたり最大10,000名とする。

第2条（料金）
メリディアン シンクの月額料金は55,000円（税込）とし、原契約別紙1の料金表を本覚書別紙のとおり改める。

第3条（バックアップ）
甲が併せて利用するメリディアン ボールトの料金は、1TBあたり月額3,080円（税込）とする。

第4条（その他）
本覚書に定めのない事項は、原契約の定めによる。本覚書の有効期間は、原契約の有効期間と同一とする。

令和8年2月　日
――――――――――――――――――――

なお、メリディアン ボールトに保存されたデータは完全に保護されますので、ご安心ください。
ご確認のほど、よろしくお願いいたします。

""" + SIG_NISHIDA
mail("0010", "2026-02-10 10:33:02 +0900", NISHIDA, [YOSHIOKA], "覚書（案）送付のご案内（メリディアン シンク利用者数の拡大）",
     mime.text_part(T0010, "Shift_JIS", "base64"), style="webmail", mailer=ACTIVEMAIL, charset="ISO-2022-JP",
     archive=True,
     claims=[
         C("sync", "max_users", 5000, "ok", "現在、メリディアン シンクの利用者数の上限は1テナントあたり最大5,000名である。"),
         C("sync", "max_users", 10000, "ok",
           "令和8年4月1日以降、メリディアン シンクの利用者数の上限は1テナントあたり最大10,000名とする。",
           as_of="2026-04-01", judge="2026-04-01"),
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
           "メリディアン シンクの月額料金は55,000円（税込）とし"),
         C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
           "甲が併せて利用するメリディアン ボールトの料金は、1TBあたり月額3,080円（税込）とする。"),
     ],
     findings=[PH("ja.absolute", "メリディアン ボールトに保存されたデータは完全に保護されます")])

# ====================================================================== 0011 Tokyo customer 法務, redline + reported claim
T0011 = """石井様

お世話になっております。みなと計装 法務部の小田でございます。
メリディアン ボールトのサービス利用契約書（案）について、弊社の修正案をお送りします。

1. 第4条第2項
　（原文）乙は、RPO（目標復旧時点）を最大15分とする。
　（修正案）乙は、RPO（目標復旧時点）を最大5分とする。
　理由：御社の営業ご担当者様から、メリディアン ボールトのRPOは5分と伺っております。

2. 第9条（損害賠償）
　損害賠償の上限を「直近12か月分の利用料金」から「直近24か月分の利用料金」に変更させてください。

3. 第12条（契約期間）
　契約期間を令和8年4月1日から3年間とし、以後1年ごとの自動更新とする点は異存ございません。

ご検討のほど、よろしくお願いいたします。

--
株式会社みなと計装　法務部
小田 真一
TEL 03-5555-0261（代表）
"""
mail("0011", "2026-02-24 17:08:26 +0900", ODA, [ISHII], "契約書（案）修正のお願い（メリディアン ボールト）",
     alt(T0011, "UTF-8", "base64", "0011", "gmail", "ja"), style="gmail",
     claims=[
         C("vault", "rpo", dur(5, "minutes"), "conflict",
           "御社の営業ご担当者様から、メリディアン ボールトのRPOは5分と伺っております。", office="unknown"),
     ])

# ====================================================================== 0012 US partner, Insight beta addendum redlines
T0012 = """Hi Connor,

Thanks for the redlines on the Meridian Insight Beta Addendum. Responses below, numbered to match your markup.

1. Section 2.1 (Beta Period). Meridian Insight is in beta today; general availability is scheduled for January 2027, and the Beta Period ends on that date.
2. Section 2.3 (Evaluation). Each of your end customers may start a 30-day free trial of Meridian Insight after general availability; we can't write 45 days into the Addendum, but your team can request one extension per customer by email.
3. Section 3.1 (Fees). From general availability, Meridian Insight is $30 per user per month; beta usage is not charged.
4. Section 3.4 (Partner Discount). The 20% resale margin stays as drafted.
5. Section 5.2 (Limits). Meridian Insight supports up to 200 dashboards per workspace during and after the beta.
6. Section 9 (Liability). We can't accept unlimited liability for beta services; the cap stays at $50,000 in aggregate.

I'll send a clean copy once your legal team confirms points 2 and 6.

Best,
Priya
--
Priya Nair | Partner Manager, Americas | Meridian Data Inc.
(415) 555-0176 | priya.nair@meridian-data.com
"""
mail("0012", "2026-03-05 11:19:03 -0800", PRIYA, [CONNOR], "Re: Meridian Insight Beta Addendum - redlines",
     alt(T0012, "UTF-8", "quoted-printable", "0012", "gmail"), style="gmail", archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight is in beta today; general availability is scheduled for January 2027"),
         C("insight", "free_trial", dur(30, "days"), "ok",
           "Each of your end customers may start a 30-day free trial of Meridian Insight after general availability"),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok",
           "From general availability, Meridian Insight is $30 per user per month"),
         C("insight", "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace"),
     ],
     findings=[PH("en.unlimited", "We can't accept unlimited liability for beta services")])

# ====================================================================== 0013 London renewal terms (stale 10,000; GA conflict)
T0013 = """Hi Jess,

Following up on the contract questions from Thursday:

- Term: the Meridian Sync renewal runs from 1 May 2026 to 30 April 2027, with 90 days' notice to terminate before the renewal date.
- Capacity: Meridian Sync now supports up to 10,000 users per organisation, so the planned merger with Eastfield College is no problem for the licence.
- Meridian Insight: we expect general availability in October 2026, and the college would be welcome on the beta until then.
- Meridian Insight pricing at GA will be £25 per user per month, ex VAT.

Procurement asked about the purchase order number: PO 4500-22817 is fine to quote on the invoice.

Cheers,
Tom
--
Tom Ashworth | Education Account Manager | Meridian Data UK Ltd
T +44 (0)20 7946 0388 | M +44 (0)7700 900265
"""
mail("0013", "2026-03-30 15:40:12 +0100", TOM, [JESS], "Meridian Sync renewal - contract questions",
     mime.text_part(T0013, "utf-8", "quoted-printable"), style="apple", mailer=APPLE, archive=True,
     claims=[
         C("sync", "max_users", 10000, "stale", "Meridian Sync now supports up to 10,000 users per organisation"),
         C("insight", "general_availability", "2026-10", "conflict",
           "Meridian Insight: we expect general availability in October 2026"),
         C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
           "Meridian Insight pricing at GA will be £25 per user per month, ex VAT."),
     ])

# ====================================================================== 0014 Tokyo 契約書（案）抜粋, defined term 本サービス
T0014 = """株式会社東雲印刷
総務部　川口様

いつもお世話になっております。メリディアン・データ東京オフィスの石井でございます。
メリディアン シンクのサービス利用契約書（案）の主要条項を以下にお送りします。正式版はPDFにて別途お送りいたします。
なお、旧製品名「メリディアン ファイルシンク」でご契約中の拠点も、本契約へ移行いただけます。

サービス利用契約書（案）抜粋

第1条（目的）
本契約は、乙が甲に対して提供するメリディアン シンク（以下「本サービス」という。）の利用条件を定める。

第3条（利用者数）
メリディアン シンクの利用者数の上限は、1テナントあたり最大10,000名とする。

第4条（サービスレベル）
1. 乙は、本サービスの月間稼働率を99.9%以上とするよう努める。
2. 月間稼働率が前項の値を下回った場合、乙は別紙2に定めるサービスクレジットを甲に付与する。

第7条（認証）
乙は、本サービスについてISO/IEC 27001認証及びISMAPへの登録を維持する。

第9条（契約期間）
本契約の期間は令和8年5月1日から令和11年4月30日までの3年間とし、期間満了の3か月前までにいずれの当事者からも書面による申出がない場合、1年間自動更新する。

第11条（損害賠償）
乙の損害賠償責任は、直近12か月間に甲が支払った利用料金の総額を上限とする。

別紙1（料金）
メリディアン シンク　月額料金　50,000円（税抜）
初期費用　0円

ご不明点がございましたらお申し付けください。

""" + SIG_ISHII
mail("0014", "2026-04-14 18:02:45 +0900", ISHII, [KAWAGUCHI], "サービス利用契約書（案）のご送付（メリディアン シンク）",
     alt(T0014, "UTF-8", "base64", "0014", "outlook", "ja"), style="outlook-jp", mailer=OUTLOOK, crlf=True,
     archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "メリディアン シンクの利用者数の上限は、1テナントあたり最大10,000名とする。"),
         C("sync", "sla", 99.9, "ok", "乙は、本サービスの月間稼働率を99.9%以上とするよう努める。"),
         SET("sync", "certifications", ["ISO 27001"], "ok", "乙は、本サービスについてISO/IEC 27001認証及びISMAPへの登録を維持する。"),
         SET("sync", "certifications", ["ISMAP"], "conflict", "乙は、本サービスについてISO/IEC 27001認証及びISMAPへの登録を維持する。"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンク　月額料金　50,000円（税抜）"),
     ],
     findings=[TERM("sync", "旧製品名「メリディアン ファイルシンク」")])

# ====================================================================== 0015 Osaka phone mail: 50,000円（税込） conflict, 業界最安
T0015 = """吉岡様

お世話になっております。大阪の西田です。外出先から失礼します。

先日の件、メリディアン シンクの料金は月額50,000円（税込）で変わりございません。
業界最安の水準ですので、ご安心ください。
覚書の押印版は、5月8日までにご返送いただければ間に合います。

取り急ぎご連絡まで。

西田

iPhoneから送信
"""
mail("0015", "2026-04-28 12:15:33 +0900", NISHIDA, [YOSHIOKA], "Re: 覚書（案）送付のご案内",
     mime.text_part(T0015, "utf-8", "quoted-printable"), style="apple", mailer=IPHONE, archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "included"), "conflict",
           "メリディアン シンクの料金は月額50,000円（税込）で変わりございません。"),
     ],
     findings=[PH("ja.cheapest", "業界最安の水準ですので")])

# ====================================================================== 0016 US counsel, Amendment No. 1 (strike, old name)
T0016 = """Nadia,

Attached is Amendment No. 1 to the Redstone MSA. Summary of the substantive changes, using the numbering of the amended Schedule 1 (Product Description):

1.1 Meridian Sync shall support up to ~~5,000~~ 10,000 Authorized Users per tenant. (The old figure reflected the limit before April 1, 2026.)
1.2 Meridian Sync runs on Windows, macOS, iOS and Android. Linux is not a supported platform, and Redstone's Linux kiosks will continue to use the web interface.
1.3 Meridian Sync does not offer an offline mode; Section 1.3 now says so expressly, as your client asked.
1.4 We have also corrected the product name: the 2025 Schedule 1 still called it "Meridian FileSync", which we retired last year.

Clauses 8 (Fees) and 12 (Term) are unchanged: the renewal date remains December 1, 2026 and notice of non-renewal is due 60 days before it.

Regards,
Marcus

Marcus Webb
Senior Counsel, Commercial | Meridian Data Inc.
548 Market St #92110, San Francisco, CA 94104 | +1 (415) 555-0107
This message may contain privileged and confidential information.
"""
mail("0016", "2026-05-20 16:48:09 -0700", MARCUS, [NADIA], "Redstone MSA - Amendment No. 1",
     alt(T0016, "utf-8", "quoted-printable", "0016"), style="outlook-us", mailer=OUTLOOK, crlf=True,
     cc=[DAN], archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok",
           "Meridian Sync shall support up to ~~5,000~~ 10,000 Authorized Users per tenant."),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "Meridian Sync runs on Windows, macOS, iOS and Android."),
         C("sync", "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode"),
     ],
     findings=[TERM("sync", "the 2025 Schedule 1 still called it \"Meridian FileSync\"")])

# ====================================================================== 0017 London renewal order form clauses
T0017 = """Hi Jess,

Ahead of your renewal on 1 July 2026, here is the Meridian Sync renewal Order Form summary for your finance team.

Order Form UK-OF-2026-0381 (renewal)
Clause 1 - Subscription: Meridian Sync is £329 per month, exclusive of VAT, for the college's single tenant.
Clause 2 - Term: 12 months from 1 July 2026; either party may give 60 days' notice of non-renewal.
Clause 3 - Uptime Commitment: Meridian Sync will be available 99.9% of each month.
Clause 4 - Service Credits: 10% of the monthly fee where uptime falls below the Uptime Commitment, rising to 25% below 99.0%.
Clause 5 - Security: Meridian Sync holds ISO 27001 and Cyber Essentials Plus certification.
Clause 6 - Liability: liability for death or personal injury caused by negligence is unlimited; all other liability is capped at the fees paid in the preceding 12 months.

Payment is due within 30 days of invoice. Your headcount of 2,300 staff and students is comfortably within the tenant limit.

Kind regards,
Tom
--
Tom Ashworth | Education Account Manager | Meridian Data UK Ltd
T +44 (0)20 7946 0388
"""
mail("0017", "2026-06-09 10:05:27 +0100", TOM, [JESS], "Meridian Sync renewal - Order Form UK-OF-2026-0381",
     alt(T0017, "utf-8", "quoted-printable", "0017"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync is £329 per month, exclusive of VAT"),
         C("sync", "sla", 99.9, "ok", "Clause 3 - Uptime Commitment: Meridian Sync will be available 99.9% of each month."),
         C("sync", "certifications", "ISO 27001", "ok",
           "Meridian Sync holds ISO 27001 and Cyber Essentials Plus certification."),
         C("sync", "certifications", "Cyber Essentials Plus", "conflict",
           "Meridian Sync holds ISO 27001 and Cyber Essentials Plus certification."),
     ],
     findings=[PH("en.unlimited", "caused by negligence is unlimited")])

# ====================================================================== 0018 Tokyo Insight beta 覚書 points
T0018 = """株式会社あおい医療システム
経営企画部　堀様

いつもお世話になっております。メリディアン・データ東京オフィスの森です。
メリディアン インサイトのベータ参加に関する覚書（案）の要点をお送りいたします。

1. ベータ期間：メリディアン インサイトは2027年1月に一般提供を開始する予定であり、それまでの期間をベータ期間とします。
2. 評価期間：一般提供開始後、メリディアン インサイトは30日間の無料トライアルでお試しいただけます。
3. 料金：一般提供開始後のメリディアン インサイトの料金は、1ユーザーあたり月額4,400円（税込）です。
4. 性能：メリディアン インサイトのクエリ応答時間は最大2秒です（1億行規模のワークスペースでの測定値）。
5. 表示言語：メリディアン インサイトは12言語での表示に対応しています。
6. 秘密保持：ベータ期間中に知り得た情報は、原契約第15条に従い秘密として扱うものとします。

なお、メリディアン インサイトは国内初のリアルタイム医療データ分析基盤です。

覚書の締結日は令和8年8月1日を予定しております。

""" + SIG_MORI
mail("0018", "2026-07-15 14:22:18 +0900", MORI, [HORI], "メリディアン インサイト ベータ参加覚書（案）の要点",
     mime.text_part(T0018, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     crlf=True, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始する予定であり"),
         C("insight", "free_trial", dur(30, "days"), "ok", "メリディアン インサイトは30日間の無料トライアルでお試しいただけます。"),
         C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
           "一般提供開始後のメリディアン インサイトの料金は、1ユーザーあたり月額4,400円（税込）です。"),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒です"),
         C("insight", "ui_languages", 12, "unverified", "メリディアン インサイトは12言語での表示に対応しています。"),
     ],
     findings=[PH("ja.first-in-industry", "国内初のリアルタイム医療データ分析基盤です")])

# ====================================================================== 0019 Osaka Insight terms: 4,000円（税込） conflict
T0019 = """株式会社なんば食品
営業企画部　松井様

お世話になっております。メリディアン・データ大阪オフィスの西田です。
先日ご質問いただいたメリディアン インサイトの契約条件について回答いたします。

（1）料金：メリディアン インサイトは1ユーザーあたり月額4,000円（税込）です。
（2）ダッシュボード：メリディアン インサイトでは最大200個のダッシュボードを作成できます。
（3）最低利用期間：12か月とし、以後は1か月前までのご連絡で解約いただけます。
（4）お支払い：毎月末締め、翌月末払いとなります。

ご契約数量（30ユーザー）でのお見積書は、今週中にお送りします。

""" + SIG_NISHIDA
mail("0019", "2026-08-04 09:41:50 +0900", NISHIDA, [MATSUI], "メリディアン インサイトの契約条件について",
     mime.text_part(T0019, "Shift_JIS", "base64"), style="webmail", mailer=ACTIVEMAIL, charset="ISO-2022-JP",
     archive=True,
     claims=[
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "included"), "conflict",
           "メリディアン インサイトは1ユーザーあたり月額4,000円（税込）です。"),
         C("insight", "max_dashboards", 200, "ok", "メリディアン インサイトでは最大200個のダッシュボードを作成できます。"),
     ])

# ====================================================================== 0020 US forwards a Tokyo English mail
T0020_FWD = """Dear Mr. Tanabe,

As discussed, the key terms of the Meridian Vault order form for Harbor Point Japan are:

- Fee: Meridian Vault is JPY 2,800 per TB per month, excluding consumption tax.
- Data location: Meridian Vault data for Harbor Point Japan stays in our Tokyo and Osaka data centers.
- Default retention: Meridian Vault keeps backups for 90 days.
- Term: 24 months from October 1, 2026 (Reiwa 8), with 3 months' notice before renewal.

Best regards,
Takuya Ishii
Meridian Data K.K., Tokyo Office
Tel: +81-3-5555-0147
"""
T0020 = """Hi Miguel,

Forwarding the note my colleague in Tokyo sent your Yokohama team last week, so both sides of the house are working from the same contract terms. For the US entity, the Meridian Vault fee in the Order Form is $20 per TB per month; the Japanese subsidiary is billed in yen under its own order form.

Thanks,
Lauren

---------- Forwarded message ---------
From: Takuya Ishii <takuya.ishii@jp.meridian-data.com>
Date: Wed, Sep 2, 2026 at 3:12 PM
Subject: Meridian Vault - order form terms for Harbor Point Japan
To: <k.tanabe@harborpoint-logistics.co.jp>


""" + T0020_FWD
mail("0020", "2026-09-10 08:55:16 -0700", LAUREN, [MIGUEL], "Fwd: Meridian Vault - order form terms for Harbor Point Japan",
     alt(T0020, "UTF-8", "quoted-printable", "0020", "gmail"), style="gmail", archive=True,
     claims=[
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok",
           "the Meridian Vault fee in the Order Form is $20 per TB per month"),
         as_quoted(flat(
             C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
               "Meridian Vault is JPY 2,800 per TB per month, excluding consumption tax."),
             SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok",
                 "Meridian Vault data for Harbor Point Japan stays in our Tokyo and Osaka data centers."),
             C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days."),
         ), "tokyo", "2026-09-10"),
     ])

# ====================================================================== 0021 Tokyo 更新覚書（案）, denied 5分, 絶対
T0021 = """株式会社みなと計装
法務部　小田様

いつもお世話になっております。メリディアン・データ東京オフィスの石井でございます。
2月にご指摘いただいた第4条第2項の件も含め、メリディアン ボールト契約の更新覚書（案）をお送りいたします。

更新覚書（案）の主な内容
第1条（更新期間）原契約の期間を令和8年10月1日から令和9年9月30日まで更新する。
第2条（料金）メリディアン ボールトの料金は、1TBあたり月額2,800円（税抜）に据え置く。
第3条（RPO）メリディアン ボールトのRPO（目標復旧時点）は最大15分とする。ご要望の「最大5分」への変更はお受けいたしかねます。
第4条（保持期間）メリディアン ボールトのバックアップの標準保持期間は90日間とする。
第5条（保存先）メリディアン ボールトのデータセンターは東京及び大阪とし、甲の書面による承諾なく国外に保存しない。
第6条（容量）メリディアン ボールトの1テナントあたりの最大容量は500TBとする。
第7条（サービスレベル）メリディアン ボールトの月間稼働率は99.95%以上とする。

当社のバックアップ基盤であれば、データが失われることは絶対にございません。

ご確認のほど、よろしくお願いいたします。

""" + SIG_ISHII
mail("0021", "2026-10-06 13:30:00 +0900", ISHII, [ODA], "メリディアン ボールト契約 更新覚書（案）のご送付",
     mime.text_part(T0021, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     crlf=True, archive=True,
     claims=[
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "メリディアン ボールトの料金は、1TBあたり月額2,800円（税抜）に据え置く。"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は最大15分とする。"),
         C("vault", "retention", dur(90, "days"), "ok", "メリディアン ボールトのバックアップの標準保持期間は90日間とする。"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "メリディアン ボールトのデータセンターは東京及び大阪とし"),
         C("vault", "max_storage", 500 * TB, "ok", "メリディアン ボールトの1テナントあたりの最大容量は500TBとする。"),
         C("vault", "sla", 99.95, "ok", "メリディアン ボールトの月間稼働率は99.95%以上とする。"),
     ],
     findings=[PH("ja.absolute", "データが失われることは絶対にございません。")])

# ====================================================================== 0022 UK reseller's own template wording
T0022 = """Hi Harriet,

Quick one before we sign the reseller addendum. Our proposal template for housing-association customers currently says "Meridian Vault keeps backups for 30 days by default and offers a 99.99% availability SLA". Can you confirm that's right before we send it out again on Monday? Clause 7.2 of the reseller agreement says we must use Meridian-approved wording.

Thanks
Gavin

Gavin Shaw | Director | Brackenfield IT Ltd
Unit 4, Calder Park, Wakefield WF2 7AA | 01924 555 019
"""
C0022 = flat(
    C("vault", "retention", dur(30, "days"), "conflict", "Meridian Vault keeps backups for 30 days by default",
      office="unknown"),
    C("vault", "sla", 99.99, "conflict", "offers a 99.99% availability SLA", office="unknown"),
)
mail("0022", "2026-11-05 09:12:41 +0000", GAVIN, [HARRIET], "Vault wording in our proposal template",
     mime.text_part(T0022, "us-ascii", "7bit"), style="thunderbird", mailer=THUNDERBIRD, claims=[C0022])

# ====================================================================== 0023 London corrects the reseller, interleaved
T0023 = """Hi Gavin,

On Thu, 5 Nov 2026 at 09:12, Gavin Shaw <gavin.shaw@brackenfield-it.co.uk> wrote:
> Our proposal template for housing-association customers currently says "Meridian Vault keeps backups for 30 days by default and offers a 99.99% availability SLA".

Not quite, I'm afraid. Meridian Vault retains backups for 90 days by default, and the Meridian Vault availability SLA is 99.95%, as in Schedule 2 of our MSA. Please don't describe it as zero downtime either; the Service Credits clause exists precisely because downtime can happen.

> Clause 7.2 of the reseller agreement says we must use Meridian-approved wording.

Yes, and I'll send the approved wording pack this afternoon.

Best wishes,
Harriet
"""
mail("0023", "2026-11-06 11:26:03 +0000", HARRIET, [GAVIN], "RE: Vault wording in our proposal template",
     alt(T0023, "utf-8", "quoted-printable", "0023"), style="outlook-uk", mailer=OUTLOOK, crlf=True,
     reply_to="0022",
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default"),
         C("vault", "sla", 99.95, "ok", "the Meridian Vault availability SLA is 99.95%"),
         as_quoted(C0022, "unknown", "2026-11-06"),
     ],
     findings=[PH("en.guarantee", "Please don't describe it as zero downtime either")])

# ====================================================================== 0024 Osaka Vault 注文書 summary (Singapore = conflict)
T0024 = """吉岡様

いつもお世話になっております。大阪の西田です。
メリディアン ボールトの追加契約について、注文書の内容を下記にまとめました。

■注文書 OS-2026-1098（メリディアン ボールト追加容量）
・契約期間：令和8年12月1日から令和9年11月30日まで
・数量：80TB（既存40TBと合わせて120TB）
・単価：メリディアン ボールトは1TBあたり月額2,800円（税抜）
・月額小計：224,000円（税抜）
・支払条件：毎月末締め翌月末払い、振込手数料は貴社ご負担

■サービス内容（別紙1より）
・メリディアン ボールトのRPOは最大15分です。
・メリディアン ボールトの保存先データセンターは東京、大阪、シンガポールの3拠点です。
・メリディアン ボールトの容量上限は1テナントあたり0.5PBです。

押印済みの注文書は11月27日までにご返送ください。

""" + SIG_NISHIDA
C0024_DC = SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok",
               "メリディアン ボールトの保存先データセンターは東京、大阪、シンガポールの3拠点です。") + [
    C("vault", "data_centers", "Singapore", "conflict",
      "メリディアン ボールトの保存先データセンターは東京、大阪、シンガポールの3拠点です。")]
mail("0024", "2026-11-10 16:05:48 +0900", NISHIDA, [YOSHIOKA], "メリディアン ボールト追加容量 注文書の件",
     mime.text_part(T0024, "utf-8", "8bit", params="; format=flowed"), style="thunderbird", mailer=THUNDERBIRD,
     archive=True,
     claims=[
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "単価：メリディアン ボールトは1TBあたり月額2,800円（税抜）"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは最大15分です。"),
         C0024_DC,
         C("vault", "max_storage", 500 * TB, "ok", "メリディアン ボールトの容量上限は1テナントあたり0.5PBです。"),
     ])

# ====================================================================== 0025 customer, 「さんは書きました」 quote + reported ISMAP
T0025 = """西田様

お世話になっております。河内化成の吉岡です。
注文書の内容、承知いたしました。1点だけ確認させてください。

2026/11/10 16:05、西田 恵 <megumi.nishida@osaka.jp.meridian-data.com> さんは書きました:
> ・メリディアン ボールトの保存先データセンターは東京、大阪、シンガポールの3拠点です。

弊社の規程上、データを国外に保存することができません。シンガポールのデータセンターを使用しない設定は可能でしょうか。
なお、社内の監査担当からは、メリディアン ボールトはISMAPに登録済みと伺っております。稟議書にそのように記載してよいか、あわせてご教示ください。

よろしくお願いいたします。

--
株式会社河内化成　情報システム課
吉岡 修
TEL 072-555-0148
"""
mail("0025", "2026-11-13 10:21:09 +0900", YOSHIOKA, [NISHIDA], "Re: メリディアン ボールト追加容量 注文書の件",
     alt(T0025, "UTF-8", "base64", "0025", "gmail", "ja"), style="gmail", reply_to="0024", archive=True,
     claims=[
         as_quoted(C0024_DC, "osaka", "2026-11-13"),
         C("vault", "certifications", "ISMAP", "unverified",
           "メリディアン ボールトはISMAPに登録済みと伺っております。", office="unknown"),
     ])

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "general_availability", ("london", "us-hq")),
    ("meridian-insight", "per_user_price", ("osaka", "tokyo")),
    ("meridian-sync", "monthly_price", ("osaka", "tokyo")),
    ("meridian-sync", "sla", ("tokyo", "us-hq")),
    ("meridian-vault", "sla", ("london", "us-hq")),
]

from docs_content import DOCS  # noqa: E402,F401
