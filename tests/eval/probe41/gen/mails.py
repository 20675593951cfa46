# Mail definitions for set 41 (exec'd by generate.py).
RFC822_TEXT = {}

DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARK = ("Mark Alvarez", "mark.alvarez@meridian-data.com")
OLIVER = ("Oliver Pemberton", "oliver.pemberton@uk.meridian-data.com")
PRIYA = ("Priya Nair", "priya.nair@uk.meridian-data.com")
SATO = ("佐藤 健二", "sato.kenji@jp.meridian-data.com")
ITO = ("伊藤 真理", "ito.mari@jp.meridian-data.com")
YAMA = ("山本 彩", "yamamoto.aya@osaka.jp.meridian-data.com")
NG = ("Rebecca Osei", "rosei@northgatehealth.org")
HARC = ("James Fairbairn", "james.fairbairn@harcourt-insurance.co.uk")
MINATO = ("高橋 直樹", "n-takahashi@minato-bank.co.jp")
KANSAI = ("中村 恵", "m.nakamura@kansai-denki.co.jp")
NISHI = ("小林 健太", "kobayashi@nishi-itp.co.jp")
COBALT = ("Hannah Brooks", "hbrooks@cobaltlogistics.com")

SIG_DANA = """--
Dana Whitfield
Enterprise Account Executive, Public Sector & Healthcare
Meridian Data Inc. | 535 Mission St, Suite 1400, San Francisco, CA 94105
Direct +1 (415) 555-0142 | Mobile +1 (628) 555-0199"""

SIG_OLIVER = """Kind regards,
Oliver

Oliver Pemberton | Senior Account Manager, Financial Services
Meridian Data UK Ltd | 1 Finsbury Avenue, London EC2M 2PF
T +44 20 7946 0321 | M +44 7700 900 415
Registered in England and Wales No. 09876543 | VAT GB 287 4410 93"""

SIG_SATO = """━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社 東京オフィス
金融営業部 佐藤 健二
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビル18F
TEL: 03-6555-0181 / FAX: 03-6555-0182
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_YAMA = """----------------------------------------
メリディアン・データ株式会社 大阪オフィス
ソリューション営業課 山本 彩（やまもと あや）
〒530-0001 大阪府大阪市北区梅田3-1-3 ノースゲートビル12F
TEL 06-6555-0240 / 携帯 090-5555-0817
----------------------------------------"""

# ---------------------------------------------------------------- Northgate Health RFP (us-hq)
mail(1, "Tue, 12 May 2026 09:14:22 -0400", NG, [DANA],
     "RFP NH-2026-014 Enterprise File Collaboration and Backup - Notice of Issue",
     """Dear Ms. Whitfield,

Northgate Health System has issued RFP NH-2026-014 for an enterprise file
collaboration and backup service. You are receiving this notice because
Meridian Data responded to our 2025 RFI.

Key dates:
  - Written questions due: May 22, 2026, 5:00 PM ET
  - Proposals due: June 5, 2026, 2:00 PM ET
  - Finalist presentations: week of June 22

Section 4 sets out the mandatory requirements. Among them: the service must
support at least 8,000 named users, provide a recovery point objective of one
hour or better, and keep backups for seven years. Please use the compliance
matrix in Attachment C (columns: Req. ID / Compliance C, PC, NC / Response)
and do not alter the requirement text.

One early question from our IT security team: does Meridian Sync have a
desktop client for Linux? Several of our research labs run Ubuntu.

Regards,
Rebecca Osei, CPPB
Senior Contracts Specialist, Supply Chain Management
Northgate Health System | 2200 Lakeshore Drive, Chicago, IL 60616
Phone 312-555-0177 | Fax 312-555-0178
""", "CAOs7r2k+Q1mTz8dF0pL=nXa3vB4@mail.gmail.com", cte="7bit", charset="us-ascii",
     xmailer="X-Mailer: Microsoft Outlook 16.0")

mail(2, "Thu, 4 Jun 2026 16:41:09 -0700", DANA, [NG],
     "Meridian Data response to RFP NH-2026-014",
     """Hi Rebecca,

Please find attached Meridian Data's response to RFP NH-2026-014, together
with Appendix B (pricing), Appendix C (SOC 2 bridge letter) and Appendix D
(SLA schedule). A signed copy of the cover letter is on page 2.

A few highlights for the evaluation committee:

- Meridian Sync supports up to 10,000 named users per tenant. Your 8,000
  seats fit in one tenant with room to grow.
- Meridian Sync is $399 per month for the workspace, billed annually.
- Meridian Vault keeps backups for 90 days by default. For your seven-year
  requirement we propose the extended-retention add-on described in 4.6.

On pricing, we have applied a 12% first-year discount for Northgate, valid
for signature by August 31, 2026.

To your earlier question: Meridian Sync has no Linux client today. The
browser interface works on Ubuntu, and the labs can use that.

Thanks again for the opportunity. I'm around all week if anything in the
submission is unclear.

Best,
Dana

""" + SIG_DANA,
     "CAFq9zX1c+0pLmWq2s7e8R-5hTnYv=Kw@mail.gmail.com",
     claims=[C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 named users per tenant"),
             C(S, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for the workspace, billed annually."),
             C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default.")],
     archive=True, alt=True, attach=("application/pdf", "Meridian_Response_RFP_NH-2026-014.pdf", fake_pdf("NH-2026-014")),
     in_reply_to="CAOs7r2k+Q1mTz8dF0pL=nXa3vB4@mail.gmail.com")

mail(3, "Mon, 8 Jun 2026 10:02:51 -0500", NG, [DANA],
     "Re: Meridian Data response to RFP NH-2026-014",
     """Dana,

Thank you for the submission. The committee has two clarifications; please
answer inline or in a separate note by June 12.

On Thu, Jun 4, 2026 at 6:41 PM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
> A few highlights for the evaluation committee:
>
> - Meridian Sync supports up to 10,000 named users per tenant. Your 8,000
>   seats fit in one tenant with room to grow.

Understood. Our incumbent caps us at 6,500, so this is welcome.

> - Meridian Vault keeps backups for 90 days by default. For your seven-year
>   requirement we propose the extended-retention add-on described in 4.6.

Is the add-on priced per TB as well? And can you confirm where Meridian Vault
would host our backups, and what availability commitment applies to it?

Rebecca Osei, CPPB
Senior Contracts Specialist | Northgate Health System
Phone 312-555-0177
""", "CAOs7r2k+W8dQ4nE=pT1r6yGh0uZb@mail.gmail.com",
     claims=[C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 named users per tenant", quoted=True, office="us-hq"),
             C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default.", quoted=True, office="us-hq")],
     archive=True, cte="7bit", charset="us-ascii", in_reply_to="CAFq9zX1c+0pLmWq2s7e8R-5hTnYv=Kw@mail.gmail.com")

mail(4, "Wed, 10 Jun 2026 11:27:40 -0700", DANA, [NG],
     "RE: Meridian Data response to RFP NH-2026-014 - clarifications 1 and 2",
     """Hi Rebecca,

Answers to the committee's two clarifications:

1. Hosting. Meridian Vault would keep Northgate's backups in our Oregon data
   center, with a second copy in Frankfurt only if you opt in. Nothing leaves
   the US without that opt-in.

2. Availability. Meridian Vault is backed by a 99.95% availability SLA,
   measured monthly, with service credits as set out in Appendix D.

On the add-on: yes, extended retention is billed per TB like primary backup
storage; the rate is in Appendix B, line 7.

Also worth noting for your security reviewers: Meridian Vault is also SOC 2
Type II audited, and we target restoring a full tenant within 4 hours (RTO).

Best,
Dana

""" + SIG_DANA,
     "CAFq9zX1c+3kHnB0vR=Jw2Lq7tPo@mail.gmail.com",
     claims=[C(V, "data_centers", "Oregon", "ok", "Meridian Vault would keep Northgate's backups in our Oregon data center, with a second copy in Frankfurt only if you opt in."),
             C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault would keep Northgate's backups in our Oregon data center, with a second copy in Frankfurt only if you opt in."),
             C(V, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA, measured monthly"),
             C(V, "certifications", "SOC 2 Type II", "unverified", "Meridian Vault is also SOC 2 Type II audited"),
             C(V, "rto", dur(4, "hours"), "unverified", "we target restoring a full tenant within 4 hours (RTO)")],
     archive=True, cte="quoted-printable", in_reply_to="CAOs7r2k+W8dQ4nE=pT1r6yGh0uZb@mail.gmail.com")

# ---------------------------------------------------------------- Harcourt Insurance (london)
mail(5, "Wed, 20 May 2026 14:05:13 +0100", OLIVER, [HARC],
     "Harcourt Insurance - SIG Lite questionnaire and pricing for Meridian Vault",
     """Dear James,

As promised on Monday's call, attached is our completed SIG Lite
questionnaire for Meridian Vault, with the pen-test summary as Appendix 3.

To recap the commercial position we discussed:

Meridian Vault is £16 per TB per month, billed quarterly in arrears.
Your current backup footprint is around 120 TB, which we have used for the
indicative figure in the attached quote (ref. Q-LDN-26-0447).

Meridian Vault stores up to 500 TB per tenant, so there is plenty of
headroom for the claims archive migration you mentioned.

On residency: Meridian Vault hosts EU customers in its Frankfurt and London
data centres, and you can pin Harcourt's tenant to either.

Happy to walk your security team through any of the answers.

""" + SIG_OLIVER,
     "6f1c2a9e-3b7d-4e20-9a51-0c8d4f7e2b61@uk.meridian-data.com",
     claims=[C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month, billed quarterly in arrears."),
             C(V, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant"),
             C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault hosts EU customers in its Frankfurt and London data centres"),
             C(V, "data_centers", "London", "conflict", "Meridian Vault hosts EU customers in its Frankfurt and London data centres")],
     archive=True, cte="8bit", xmailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0",
     attach=("application/pdf", "Harcourt_SIG_Lite_Meridian_Vault_v1.1.pdf", fake_pdf("SIG Lite v1.1")))

mail(6, "Tue, 2 Jun 2026 09:48:30 +0100", OLIVER, [HARC], 
     "RE: Harcourt Insurance - SIG Lite questionnaire and pricing for Meridian Vault",
     """James,

Thanks for passing on the questions from your CISO. Short answers below; the
full wording will go into v1.2 of the questionnaire.

Q3.2 (recovery point): Meridian Vault's RPO is 15 minutes. Snapshots are
taken continuously and replicated within that window.

Q5.1 (key management): customer-managed keys are supported via your own KMS.

Q7.4 (retention): your draft asks for ten years on the claims archive; that
would be configured per policy rather than as the default.

""" + SIG_OLIVER + """

-----Original Message-----
From: James Fairbairn <james.fairbairn@harcourt-insurance.co.uk>
Sent: 29 May 2026 17:12
To: Oliver Pemberton <oliver.pemberton@uk.meridian-data.com>
Subject: RE: Harcourt Insurance - SIG Lite questionnaire and pricing for Meridian Vault

Oliver,

Our CISO has reviewed v1.1. Open points are Q3.2, Q5.1 and Q7.4. She
would like a recovery point of no more than 30 minutes stated in writing.

James Fairbairn
Head of IT Procurement | Harcourt Insurance plc | 40 Gracechurch Street, London EC3V 0BT
""",
     "AM9PR05MB8871E1C4B0A2F3D6E1B7A9C2D5F0A@AM9PR05MB8871.eurprd05.prod.outlook.com",
     claims=[C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes.")],
     archive=True, cte="quoted-printable", xmailer="X-MS-Has-Attach: \nX-Mailer: Microsoft Outlook 16.0")

mail(7, "Wed, 15 Jul 2026 12:30:02 +0100", PRIYA, [HARC], 
     "Meridian Insight - beta access for Harcourt's MI team",
     """Hi James,

Following Tuesday's session with your MI team, here is the summary you asked
for on Meridian Insight.

Meridian Insight is £25 per user per month. Your team of 14 analysts would
come to £350 a month at list, before the 10% multi-product discount we
discussed.

We can enable beta workspaces for your analysts from 1 August.

Best wishes,
Priya

Priya Nair | Solutions Consultant | Meridian Data UK Ltd
+44 20 7946 0388 | 1 Finsbury Avenue, London EC2M 2PF
""",
     "b21e7f04-9c6a-4b3d-8e11-5a2f0c7d9e33@uk.meridian-data.com",
     claims=[C(I, "per_user_price", money(25, "GBP", "user-month"), "ok", "Meridian Insight is £25 per user per month.")],
     archive=True, cte="8bit", xmailer="User-Agent: Mozilla Thunderbird")

# ---------------------------------------------------------------- Cobalt Logistics (us-hq)
mail(8, "Mon, 20 Jul 2026 08:55:17 -0700", MARK, [COBALT],
     "Meridian Insight pricing + trial for Cobalt",
     """Hannah,

Quick follow-up from Friday.

Meridian Insight is $30 per user per month. For the 40 planners on your
list that is $1,200 a month before the partner discount.

Meridian Insight ships with a 14-day free trial, which we can start as soon
as your SSO metadata is in.

Mark

Mark Alvarez | Solutions Engineer | Meridian Data
m: +1 (415) 555-0163
""",
     "CAGx7PqR0-2nVb=Lk9sT4wYz1uHe@mail.gmail.com",
     claims=[C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month."),
             C(I, "free_trial", dur(14, "days"), "conflict", "Meridian Insight ships with a 14-day free trial")],
     archive=True, alt=True, cte="quoted-printable")

mail(14, "Thu, 10 Sep 2026 13:18:44 -0700", MARK, [COBALT], 
     "Cobalt vendor security questionnaire - Meridian Sync answers",
     """Hi Hannah,

Attached is the completed vendor security questionnaire (your template
VSQ-2026 rev 3). A few answers your reviewers usually ask about:

Section B, availability: Meridian Sync carries a 99.99% uptime SLA,
reported monthly on our status page.

Section D, certifications: Meridian Sync is ISO 27001 certified and SOC 2
Type II audited; the SOC 2 report can be shared under your NDA. We are not
FedRAMP authorized, and Cobalt's questionnaire marks that as N/A anyway.

Section F, migration: we move your existing shares with zero downtime for
your users, over a weekend cut-over.

Let me know if question 14 needs more detail, it was a bit ambiguous.

Mark

Mark Alvarez | Solutions Engineer | Meridian Data
m: +1 (415) 555-0163
""",
     "CAGx7PqR0-9tWc=Hm3vN8sDf2oKa@mail.gmail.com",
     claims=[C(S, "sla", 99.99, "conflict", "Meridian Sync carries a 99.99% uptime SLA"),
             C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and SOC 2 Type II audited"),
             C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified and SOC 2 Type II audited")],
     findings=[P("en.guarantee", "we move your existing shares with zero downtime for your users")],
     archive=True, cte="quoted-printable",
     attach=("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Cobalt_VSQ-2026_Meridian.xlsx", b"PK\x03\x04fake-xlsx"))

# ---------------------------------------------------------------- みなと銀行 (tokyo)
MINATO_Q = """佐藤様

いつもお世話になっております。みなと銀行 システム企画部の高橋です。

先日ご説明した要件定義書（MB-IT-2026-07）をお送りいたします。
7月15日（水）までに、各要件への回答書をご提出いただけますでしょうか。

主な要件は以下のとおりです。
・利用者数 6,000名以上に対応すること
・RPO 1時間以内、国内データセンターでの保管

また、他行の担当者からは、メリディアン シンクはLinuxにも対応していると伺っております。
当行の開発部門でも利用できるか、あわせてご確認ください。

よろしくお願いいたします。

株式会社みなと銀行 システム企画部
高橋 直樹
〒231-0062 横浜市中区桜木町1-1 TEL: 045-555-0130"""

mail(9, "Wed, 1 Jul 2026 10:21:05 +0900", MINATO, [SATO],
     "要件定義書（MB-IT-2026-07）送付のご案内", MINATO_Q + "\n",
     "TYCPR01MB8123A0B1C2D3E4F5A6B7C8D9E0F1@TYCPR01MB8123.jpnprd01.prod.outlook.com",
     claims=[C(S, "supported_platforms", "Linux", "conflict", "メリディアン シンクはLinuxにも対応していると伺っております。")],
     charset="iso-2022-jp", cte="7bit", xmailer="X-Mailer: Microsoft Outlook 16.0")

mail(10, "Tue, 14 Jul 2026 18:06:33 +0900", SATO, [MINATO],
     "RE: 要件定義書（MB-IT-2026-07）送付のご案内",
     """みなと銀行
高橋様

いつもお世話になっております。メリディアン・データの佐藤でございます。

ご依頼いただいた要件定義書への回答書を添付にてお送りいたします。
あわせて、6,000ライセンス分のお見積書（見積番号 Q-TKY-26-0713）も添付しております。

主な回答を以下に抜粋いたします。
・メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。
・同製品の月額料金は50,000円（税抜）でございます。
・ご質問のLinuxにつきましては、恐れ入りますがメリディアン シンクは対応しておりません。
　開発部門の方にはブラウザからのご利用をご案内しております。

詳細は回答書の各要件番号をご参照ください。
ご不明な点がございましたら、お気軽にお申し付けください。

""" + SIG_SATO + """

-----Original Message-----
From: 高橋 直樹 <n-takahashi@minato-bank.co.jp>
Sent: Wednesday, July 1, 2026 10:21 AM
To: 佐藤 健二 <sato.kenji@jp.meridian-data.com>
Subject: 要件定義書（MB-IT-2026-07）送付のご案内

""" + MINATO_Q + "\n",
     "TYAPR01MB5577C3D2E1F0A9B8C7D6E5F4A3B2@TYAPR01MB5577.jpnprd01.prod.outlook.com",
     claims=[C(S, "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。"),
             C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）でございます。"),
             C(S, "supported_platforms", "Linux", "conflict", "メリディアン シンクはLinuxにも対応していると伺っております。", quoted=True, office="unknown")],
     archive=True, charset="iso-2022-jp", cte="7bit", xmailer="X-Mailer: Microsoft Outlook 16.0",
     attach=("application/pdf", "MB-IT-2026-07_kaitousho.pdf", fake_pdf("MB-IT-2026-07")),
     in_reply_to="TYCPR01MB8123A0B1C2D3E4F5A6B7C8D9E0F1@TYCPR01MB8123.jpnprd01.prod.outlook.com")

mail(11, "Wed, 19 Aug 2026 11:40:12 +0900", SATO, [MINATO],
     "【訂正】回答書 要件2-6の記載について",
     """高橋様

お世話になっております。メリディアン・データの佐藤です。

先日お送りした回答書の要件2-6に誤記がございましたので、訂正させてください。

メリディアン ボールトの保存容量：(誤)1テナントあたり最大200TB (正)1テナントあたり最大500TB

差し替え版（第1.1版）を本日中に共有フォルダへ格納いたします。
ご迷惑をおかけし申し訳ございません。

""" + SIG_SATO + "\n",
     "TYAPR01MB5577D9E8F7A6B5C4D3E2F1A0B9C8@TYAPR01MB5577.jpnprd01.prod.outlook.com",
     claims=[C(V, "max_storage", 500 * TB, "ok", "(正)1テナントあたり最大500TB")],
     charset="iso-2022-jp", cte="7bit", xmailer="X-Mailer: Microsoft Outlook 16.0")

# ---------------------------------------------------------------- 関西電機 (osaka)
mail(12, "Mon, 22 Jun 2026 15:12:48 +0900", YAMA, [KANSAI],
     "セキュリティチェックシートご回答（メリディアン ボールト）",
     """関西電機株式会社
情報システム部 中村様

いつも大変お世話になっております。
メリディアン・データ大阪オフィスの山本でございます。

先日ご送付いただいたセキュリティチェックシート（全42問）のうち、
メリディアン ボールトに関する項目の回答をお送りいたします。

・メリディアン ボールトのRPOは5分です。
・同製品のバックアップ保持期間は標準で90日間となっております。
・同製品のデータセンターは東京と大阪の2拠点で、国外への保管はございません。
・保存データは暗号化されており、お客様のデータは完全に安全です。

なお、No.17〜No.23（物理セキュリティ）は、別紙の第三者報告書をご参照ください。

何卒よろしくお願い申し上げます。

""" + SIG_YAMA + "\n",
     "20260622151248.3F7A2C19@osaka.jp.meridian-data.com",
     claims=[C(V, "rpo", dur(5, "minutes"), "conflict", "メリディアン ボールトのRPOは5分です。"),
             C(V, "retention", dur(90, "days"), "ok", "同製品のバックアップ保持期間は標準で90日間となっております。"),
             C(V, "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京と大阪の2拠点で、国外への保管はございません。"),
             C(V, "data_centers", "Osaka", "ok", "同製品のデータセンターは東京と大阪の2拠点で、国外への保管はございません。")],
     findings=[P("ja.absolute", "お客様のデータは完全に安全です。")],
     archive=True, alt=True, charset="utf-8", cte="base64",
     xmailer="X-Mailer: Becky! ver. 2.81.04")

mail(13, "Wed, 5 Aug 2026 09:33:20 +0900", YAMA, [KANSAI],
     "メリディアン インサイト ベータ版のご案内",
     """中村様

お世話になっております。メリディアン・データの山本です。
先日お話のありましたBIツールについて、ご案内をお送りいたします。

メリディアン インサイトは現在ベータ版として提供しており、2027年1月に一般提供を開始する予定です。
業界初のAI自動要因分析を搭載しており、現場の方でも簡単にお使いいただけます。

・同製品は30日間の無料トライアルをご用意しております。
・同製品の料金は1ユーザーあたり月額4,400円（税込）です。

9月の定例会（9月10日 14:00〜）にてデモをご覧いただければ幸いです。

""" + SIG_YAMA + "\n",
     "20260805093320.8B1D4E02@osaka.jp.meridian-data.com",
     claims=[C(I, "general_availability", "2027-01", "ok", "2027年1月に一般提供を開始する予定です。"),
             C(I, "free_trial", dur(30, "days"), "ok", "30日間の無料トライアルをご用意しております。"),
             C(I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "料金は1ユーザーあたり月額4,400円（税込）です。")],
     findings=[P("ja.first-in-industry", "業界初のAI自動要因分析を搭載しており")],
     archive=True, charset="utf-8", cte="base64", xmailer="X-Mailer: Becky! ver. 2.81.04")

# ---------------------------------------------------------------- tokyo, SLA answer to a questionnaire
mail(15, "Tue, 29 Sep 2026 17:25:09 +0900", ITO, [("鈴木 亮", "r-suzuki@sakura-shoji.co.jp")],
     "Re: クラウドサービス利用申請書（セキュリティ項目）について",
     """さくら商事株式会社
鈴木様

お世話になっております。メリディアン・データの伊藤です。
利用申請書のセキュリティ項目について、ご回答いたします。

項番3（可用性）：メリディアン シンクのSLAは月間稼働率99.9%です。
項番5（旧製品名）：申請書に記載の「メリディアン ファイルシンク」は旧称で、現在の製品と同一です。
項番8（移行手順）：https://support.meridian-data.com/MeridianFileSync/ja/migration をご参照ください。

ほかにご記入が必要な項目がございましたらお知らせください。

伊藤 真理
メリディアン・データ株式会社 東京オフィス カスタマーサクセス部
TEL: 03-6555-0195
""",
     "5c0e9a7d-41b2-4f88-a3e6-2d9b7c1f0e54@jp.meridian-data.com",
     claims=[C(S, "sla", 99.9, "ok", "メリディアン シンクのSLAは月間稼働率99.9%です。")],
     findings=[T(S, "申請書に記載の「メリディアン ファイルシンク」は旧称で、現在の製品と同一です。")],
     archive=True, charset="utf-8", cte="8bit",
     xmailer="User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")

# ---------------------------------------------------------------- london forwards a us-hq note
mail(16, "Tue, 6 Oct 2026 10:15:27 +0100", OLIVER, [HARC],
     "Fwd: Vault storage rate for the US subsidiary",
     """James,

Forwarding Dana's note for your colleagues at Harcourt US, who will be billed
from San Francisco. For the UK entity nothing changes: Meridian Vault remains
£16 per TB per month.

Oliver

---------- Forwarded message ---------
From: Dana Whitfield <dana.whitfield@meridian-data.com>
Date: Mon, 5 Oct 2026 at 18:02
Subject: Vault storage rate for the US subsidiary
To: Oliver Pemberton <oliver.pemberton@uk.meridian-data.com>

Oliver - for Harcourt's US arm: Meridian Vault is $20 per TB per month on
the US price book, and they would sign our US MSA (ref. MSA-US-2026-118).

Dana
""",
     "CAJz1pLr8=VbX4eQ7nT0wKd9sHc2@mail.gmail.com",
     claims=[C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault remains £16 per TB per month."),
             C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month on the US price book", quoted=True, office="us-hq")],
     archive=True, cte="quoted-printable", xmailer="X-Mailer: Microsoft Outlook 16.0")

# ---------------------------------------------------------------- partner (osaka)
NISHI_Q = """山本様

お世話になっております。西日本ITパートナーズの小林です。

関西電機様向けの提案書を作成しております。
以前、貴社からメリディアン インサイトのダッシュボードは最大500個まで作成できると伺っております。
提案書にこの数字を記載してよいか、念のためご確認いただけますでしょうか。

西日本ITパートナーズ株式会社 営業2課 小林 健太
TEL 078-555-0162"""

mail(17, "Tue, 20 Oct 2026 17:42:05 +0900", NISHI, [YAMA],
     "ダッシュボード上限数の確認", NISHI_Q + "\n",
     "000a01dc4e2f$3b7c8d90$b2759ab0$@nishi-itp.co.jp",
     claims=[C(I, "max_dashboards", 500, "conflict", "メリディアン インサイトのダッシュボードは最大500個まで作成できると伺っております。")],
     charset="iso-2022-jp", cte="7bit", xmailer="X-Mailer: Microsoft Outlook 16.0")

mail(18, "Thu, 22 Oct 2026 10:08:51 +0900", YAMA, [NISHI],
     "Re: ダッシュボード上限数の確認",
     """小林様

お世話になっております。山本です。
お問い合わせの件、確認いたしました。

メリディアン インサイトのダッシュボード数の上限は200個です。500個ではございませんので、提案書は200個でご記載ください。
また、同製品のクエリ応答時間は最大2秒です（1億行規模のワークスペースでの測定値）。

2026年10月20日(火) 17:42 小林 健太 <kobayashi@nishi-itp.co.jp>:
> 山本様
>
> 以前、貴社からメリディアン インサイトのダッシュボードは最大500個まで作成できると伺っております。
> 提案書にこの数字を記載してよいか、念のためご確認いただけますでしょうか。

""" + SIG_YAMA + "\n",
     "20261022100851.6C2E9F47@osaka.jp.meridian-data.com",
     claims=[C(I, "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボード数の上限は200個です。"),
             C(I, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒です"),
             C(I, "max_dashboards", 500, "conflict", "メリディアン インサイトのダッシュボードは最大500個まで作成できると伺っております。", quoted=True, office="unknown")],
     archive=True, charset="utf-8", cte="base64", xmailer="X-Mailer: Becky! ver. 2.81.04",
     in_reply_to="000a01dc4e2f$3b7c8d90$b2759ab0$@nishi-itp.co.jp")

# ---------------------------------------------------------------- us-hq attaches a london note (message/rfc822)
ATT = """Date: Fri, 30 Oct 2026 16:20:11 +0000
From: Priya Nair <priya.nair@uk.meridian-data.com>
To: Mark Alvarez <mark.alvarez@meridian-data.com>
Subject: Insight answers for the RFP appendix
Message-ID: <9d3f0b12-7e4a-4c61-b8d2-1a6e5f3c7b90@uk.meridian-data.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Mark,

For your RFP appendix, the lines I used for Harcourt:

Meridian Insight query latency is under 2 seconds at p95 on a 100M-row
workspace.

Meridian Insight supports 40 data source connectors out of the box.

Priya
"""
RFC822_TEXT[19] = ATT

mail(19, "Mon, 2 Nov 2026 09:10:45 -0800", MARK, [COBALT],
     "Meridian Insight - answers for RFP appendix F",
     """Hi Hannah,

For appendix F of your RFP (analytics), I've attached the note from my UK
colleague with the performance and connector answers; they apply to Cobalt
unchanged.

On timing: Meridian Insight will be generally available in January 2027;
until then your team would be on the beta programme.

Mark

Mark Alvarez | Solutions Engineer | Meridian Data
m: +1 (415) 555-0163
""",
     "CAGx7PqR0-4bYe=Tn6mQ1vRk8pWs@mail.gmail.com",
     claims=[C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027"),
             C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight query latency is under 2 seconds at p95", quoted=True, office="london"),
             C(I, "integrations", 40, "unverified", "Meridian Insight supports 40 data source connectors out of the box.", quoted=True, office="london")],
     cte="7bit", charset="us-ascii", rfc822=ATT)

# ---------------------------------------------------------------- london, Sync overview with phrase trouble
mail(20, "Mon, 25 May 2026 11:02:37 +0100", OLIVER, [HARC],
     "Meridian Sync for the Harcourt broker portal",
     """Hi James,

As requested, a short note on Meridian Sync for the broker-portal workstream
(section 6 of your RFP, lot 2).

Meridian Sync runs on Windows, macOS, iOS and Android, so your brokers can
use their own devices.

Meridian Sync is £329 per month plus VAT for the workspace.

Its industry-leading sharing controls let you expire external links
automatically, and every workspace includes unlimited version history.

We would suggest a four-week pilot with 25 brokers from the Leeds office.

""" + SIG_OLIVER,
     "3a8e5d21-6f0b-4c97-a1d4-7b2e9c0f6a18@uk.meridian-data.com",
     claims=[C(S, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
             C(S, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
             C(S, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
             C(S, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
             C(S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month plus VAT for the workspace.")],
     findings=[P("en.superlative", "Its industry-leading sharing controls let you expire external links"),
               P("en.unlimited", "every workspace includes unlimited version history.")],
     archive=True, alt=True, cte="quoted-printable", xmailer="X-Mailer: Microsoft Outlook 16.0")

# ---------------------------------------------------------------- ordinary traffic, no claims
mail(21, "Fri, 18 Sep 2026 16:44:02 +0900", SATO, [MINATO],
     "本契約書ご送付の件",
     """高橋様

お世話になっております。佐藤です。

本日、契約書（2部）を簡易書留にてお送りいたしました。
追跡番号は 1234-5678-9012 です。
ご捺印のうえ、1部をご返送いただけますと幸いです。

導入キックオフは10月5日（月）10:00〜、貴行横浜本店にて予定しております。

""" + SIG_SATO + "\n",
     "TYAPR01MB5577A1B2C3D4E5F6A7B8C9D0E1F2@TYAPR01MB5577.jpnprd01.prod.outlook.com",
     charset="iso-2022-jp", cte="7bit", xmailer="X-Mailer: Microsoft Outlook 16.0", archive=True)

mail(22, "Thu, 11 Jun 2026 08:30:00 -0400", NG, [DANA],
     "RE: Meridian Data response to RFP NH-2026-014 - clarifications 1 and 2",
     """Dana,

Thank you, that closes both clarifications. You are shortlisted; finalist
presentations are on June 24 at 10:00 AM CT in Conference Room 4B, 2200
Lakeshore Drive. Please plan for 45 minutes plus 15 minutes of Q&A, and send
the names of up to 5 attendees by June 19.

Rebecca
""", "CAOs7r2k+Z3mRp=Qe5tY9uJw6aLc@mail.gmail.com", cte="7bit", charset="us-ascii", archive=True,
     in_reply_to="CAFq9zX1c+3kHnB0vR=Jw2Lq7tPo@mail.gmail.com")

CROSS_EXPECTED = [(V, "rpo", ("london", "osaka")), (S, "sla", ("tokyo", "us-hq")),
                  (I, "free_trial", ("osaka", "us-hq"))]
