# -*- coding: utf-8 -*-
"""The 23 messages of set 30 and their labels. Imported by generate.py."""
from common import C, PH, TERM, M, D, TB, GB, S, V, I

MESSAGES = []


def add(**kw):
    MESSAGES.append(kw)


# ------------------------------------------------------------------ Pinecrest (US customer) / us-hq
PINECREST_Q = """Hi Dana,

Thanks for the call on Friday. As promised, here is our short vendor questionnaire for the file-sharing replacement. Our board wants a recommendation by March 20, so answers by the end of next week would be ideal.

Background: we have 4,800 staff across 37 branches today and expect to pass 6,000 after the Lakeshore merger closes.

Requirements
1. Must support at least 6,000 named users at go-live (planned for May 2026).
2. Uptime of 99.9% or better, with service credits.
3. Branch staff lose connectivity a few times a week. Is it true that Meridian Sync works offline?
4. We understand from your website that Meridian Sync is SOC 2 Type II attested. Please send the report under NDA.
5. Our incumbent, Ferrous Box, charges us $11 per user per month. We need to see how your pricing compares.

Thanks,
Janet

--
Janet Kowalski
VP, Information Technology
Pinecrest Credit Union | NMLS #402817
2200 Ridgeview Pkwy, Boise, ID 83702
Direct 208-555-0164 | Mobile 208-555-0199
"""

add(n=1, date="Tue, 17 Feb 2026 09:12:44 -0800",
    **{"from": ("Janet Kowalski", "jkowalski@pinecrestcu.org")},
    to=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    subject="Vendor questionnaire - file sharing replacement (Pinecrest CU)",
    id="CAH3mR8vK2pQx7Lz0JtWn5eYb4F1s9dGk+Qa@mail.gmail.com",
    charset="UTF-8", cte="quoted-printable", kind="alternative", boundary="000000000000a41c7e0619b2f3d1",
    body=PINECREST_Q, archive=False,
    claims=[C(S, "certifications", "SOC 2 Type II", "ok",
              "We understand from your website that Meridian Sync is SOC 2 Type II attested.")])

add(n=2, date="Thu, 19 Feb 2026 14:03:10 -0800",
    **{"from": ("Dana Whitfield", "dana.whitfield@meridian-data.com")},
    to=("Janet Kowalski", "jkowalski@pinecrestcu.org"),
    subject="Re: Vendor questionnaire - file sharing replacement (Pinecrest CU)",
    id="CAPd7Wn1xQ4rT8yKm2ZvH6cL0bS3jN9fE=w@mail.gmail.com",
    reply_to_id="CAH3mR8vK2pQx7Lz0JtWn5eYb4F1s9dGk+Qa@mail.gmail.com",
    charset="UTF-8", cte="quoted-printable", kind="alternative", boundary="000000000000c93e2a0619d4b8a7",
    archive=True,
    body="""Hi Janet,

Answers inline below. I've asked our security team to send the SOC 2 report through the NDA portal today.

On Tue, Feb 17, 2026 at 9:12 AM Janet Kowalski <jkowalski@pinecrestcu.org> wrote:
> Background: we have 4,800 staff across 37 branches today and expect to pass 6,000 after the Lakeshore merger closes.
>
> Requirements
> 1. Must support at least 6,000 named users at go-live (planned for May 2026).

Today a single Meridian Sync tenant supports up to 5,000 users. From April 1, 2026, Meridian Sync's limit rises to 10,000 users per tenant, so a May go-live is covered.

> 2. Uptime of 99.9% or better, with service credits.

Yes. Meridian Sync has a 99.9% uptime SLA, and service credits apply if we miss it.

> 3. Branch staff lose connectivity a few times a week. Is it true that Meridian Sync works offline?

No, and I'd rather tell you now than after the pilot: Meridian Sync does not have an offline mode. Files sync again as soon as the device reconnects.

> 4. We understand from your website that Meridian Sync is SOC 2 Type II attested. Please send the report under NDA.

Correct. Meridian Sync is also ISO 27001 certified; both certificates are on the Trust Center.

> 5. Our incumbent, Ferrous Box, charges us $11 per user per month. We need to see how your pricing compares.

Meridian Sync is not priced per seat: it is a flat $399 per month for the whole workspace. For 6,000 people that works out far below $11 a head.

Talk soon,
Dana

--
Dana Whitfield
Account Executive, Financial Services West
Meridian Data Inc. | 650 Townsend St, Suite 400 | San Francisco, CA 94103
+1 415-555-0187 | dana.whitfield@meridian-data.com
""",
    claims=[
        C(S, "max_users", 5000, "ok", "Today a single Meridian Sync tenant supports up to 5,000 users."),
        C(S, "max_users", 10000, "ok", "From April 1, 2026, Meridian Sync's limit rises to 10,000 users per tenant"),
        C(S, "sla", 99.9, "ok", "Meridian Sync has a 99.9% uptime SLA"),
        C(S, "offline_mode", False, "ok", "Meridian Sync does not have an offline mode."),
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is also ISO 27001 certified"),
        C(S, "monthly_price", M(399, "USD", "month"), "ok", "it is a flat $399 per month for the whole workspace"),
        C(S, "certifications", "SOC 2 Type II", "ok",
          "We understand from your website that Meridian Sync is SOC 2 Type II attested.", quoted=True, office="unknown"),
    ])

# ------------------------------------------------------------------ 東邦ファーマ (Tokyo customer) / tokyo
TOHO_RFI = """メリディアンデータ株式会社
佐藤様

いつもお世話になっております。
東邦ファーマ 情報システム部の小林です。

先日はご来社いただきありがとうございました。
ファイル共有基盤の更改について、社内で整理した要件を以下にお送りいたします。
各項目への対応可否を3月17日（火）までにご回答いただけますと幸いです。

【要件一覧】
項番1　利用者数：3,500名以上が利用可能であること（将来的に8,000名まで拡張予定）
項番2　稼働率：99.95%以上のSLAが提示されること
項番3　対応OS：Windows、macOS、iOSに対応していること
項番4　ISMAPに登録済みであることが望ましい
項番5　ストレージ容量：1ユーザーあたり2TB以上

【ご質問】
・メリディアン シンクはオフライン環境でも利用できるのでしょうか。
・以前、別部署が「メリディアン・ファイルシンク」という製品名でご案内を受けたようですが、同じ製品でしょうか。

ご参考までに、現行サービスの月額費用は48,000円（税抜）です。

以上、よろしくお願いいたします。

――――――――――――――――
東邦ファーマ株式会社
情報システム部 基盤グループ
小林 智也
〒103-0023 東京都中央区日本橋本町3-5-11
TEL：03-5555-2841　FAX：03-5555-2849
――――――――――――――――
"""

add(n=3, date="Tue, 10 Mar 2026 10:42:18 +0900",
    **{"from": ("小林 智也", "tomoya.kobayashi@toho-pharma.co.jp")},
    to=("佐藤 美咲", "misaki.sato@jp.meridian-data.com"),
    subject="【RFI】ファイル共有基盤更改に関するご質問（東邦ファーマ）",
    id="TYWPR01MB10482A3C51E9D27F4B08E6C1AB7E52@TYWPR01MB10482.jpnprd01.prod.outlook.com",
    charset="ISO-2022-JP", cte="7bit", archive=True,
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja"],
    body=TOHO_RFI, claims=[],
    findings=[TERM(S, "「メリディアン・ファイルシンク」という製品名でご案内を受けた")])

add(n=4, date="Thu, 12 Mar 2026 18:05:37 +0900",
    **{"from": ("佐藤 美咲", "misaki.sato@jp.meridian-data.com")},
    to=("小林 智也", "tomoya.kobayashi@toho-pharma.co.jp"),
    subject="RE: 【RFI】ファイル共有基盤更改に関するご質問（東邦ファーマ）",
    id="OS3PR01MB7719E0B42D6A38C19F5D2E47A90C1@OS3PR01MB7719.jpnprd01.prod.outlook.com",
    reply_to_id="TYWPR01MB10482A3C51E9D27F4B08E6C1AB7E52@TYWPR01MB10482.jpnprd01.prod.outlook.com",
    charset="ISO-2022-JP", cte="7bit", archive=True,
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja"],
    body="""東邦ファーマ株式会社
情報システム部　小林様

いつも大変お世話になっております。
メリディアンデータの佐藤でございます。

RFIをお送りいただき、誠にありがとうございます。
各ご要件への回答を以下にまとめましたので、ご確認くださいませ。

■ご要件への回答（メリディアン シンク）

項番1　利用者数（3,500名以上）　→　対応可
　メリディアン シンクは、現行仕様で1テナントあたり最大5,000ユーザーまでご利用いただけます。
　また、2026年4月以降は同製品の上限が最大1万ユーザーに拡張されます。将来の8,000名規模でも問題ございません。

項番2　稼働率（99.95%以上）　→　一部対応
　同製品のSLAは月間稼働率99.9%でございます。99.95%のSLAはご提示できかねますので、一部対応とさせていただきます。

項番3　対応OS（Windows、macOS、iOS）　→　対応可
　メリディアン シンクはWindows、macOS、iOS、Androidに対応しております。

項番4　ISMAP登録　→　非対応
　ISMAPには現時点で登録しておりません。メリディアン シンクはISO/IEC 27001認証およびSOC 2 Type IIの報告書を取得しております。

項番5　ストレージ容量（1ユーザーあたり2TB以上）　→　一部対応
　同製品のストレージ容量は1ユーザーあたり1TBでございます。

■ご質問への回答
・オフライン環境について：申し訳ございませんが、メリディアン シンクはオフライン環境ではご利用いただけません。
・製品名について：「メリディアン・ファイルシンク」は旧製品名で、現在はメリディアン シンクとしてご提供しております。同じ製品でございます。

■ご参考：価格
メリディアン シンクの月額料金は50,000円（税抜）でございます。

何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社　東京オフィス
営業本部　エンタープライズ営業部
佐藤 美咲（Misaki Sato）
〒100-0005 東京都千代田区丸の内1-8-3 丸の内トラストタワー本館 12F
TEL：03-5555-7710　携帯：090-5555-3381
━━━━━━━━━━━━━━━━━━━━

-----元のメッセージ-----
差出人: 小林 智也 <tomoya.kobayashi@toho-pharma.co.jp>
送信日時: 2026年3月10日 火曜日 10:42
宛先: 佐藤 美咲 <misaki.sato@jp.meridian-data.com>
件名: 【RFI】ファイル共有基盤更改に関するご質問（東邦ファーマ）

""" + TOHO_RFI,
    claims=[
        C(S, "max_users", 5000, "ok", "メリディアン シンクは、現行仕様で1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
        C(S, "max_users", 10000, "ok", "2026年4月以降は同製品の上限が最大1万ユーザーに拡張されます。"),
        C(S, "sla", 99.9, "ok", "同製品のSLAは月間稼働率99.9%でございます。"),
        C(S, "supported_platforms", "Windows", "ok", "メリディアン シンクはWindows、macOS、iOS、Androidに対応しております。"),
        C(S, "supported_platforms", "macOS", "ok", "メリディアン シンクはWindows、macOS、iOS、Androidに対応しております。"),
        C(S, "supported_platforms", "iOS", "ok", "メリディアン シンクはWindows、macOS、iOS、Androidに対応しております。"),
        C(S, "supported_platforms", "Android", "ok", "メリディアン シンクはWindows、macOS、iOS、Androidに対応しております。"),
        C(S, "certifications", "ISO 27001", "ok", "メリディアン シンクはISO/IEC 27001認証およびSOC 2 Type IIの報告書を取得しております。"),
        C(S, "certifications", "SOC 2 Type II", "ok", "メリディアン シンクはISO/IEC 27001認証およびSOC 2 Type IIの報告書を取得しております。"),
        C(S, "storage_per_user", TB(1), "ok", "同製品のストレージ容量は1ユーザーあたり1TBでございます。"),
        C(S, "offline_mode", False, "ok", "メリディアン シンクはオフライン環境ではご利用いただけません。"),
        C(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）でございます。"),
    ],
    findings=[TERM(S, "「メリディアン・ファイルシンク」は旧製品名で")])

# ------------------------------------------------------------------ Halvorsen (UK customer) / london
HALVORSEN_REQ = """Hi Priya,

Good to meet you and Tom at the Manchester roadshow. As discussed, here are our requirements for replacing Corvane Backup. We are comparing three suppliers and would like written answers before our steering group on 6 May.

For context, Corvane currently gives us a 30-minute RPO and 60-day retention, and charges £19 per TB per month. We protect roughly 620 TB across two sites.

Requirements
R1. RPO of 15 minutes or better for the ERP and warehouse systems.
R2. Retention of at least 90 days; 1 year for finance data if possible.
R3. UK or EU hosting. We understand Meridian Vault has a London data centre, which would suit us best.
R4. Capacity for 620 TB today, growing about 15% a year.
R5. Encryption at rest with AES-256.

One more question from our auditors: is it true that Meridian Vault can restore a full tenant in under 2 hours?

Kind regards,
Mark

Mark Tillotson
Head of Infrastructure
Halvorsen Logistics Ltd
Unit 7, Westinghouse Road, Trafford Park, Manchester M17 1PR
T: +44 161 555 0142 | M: +44 7700 900 318
Registered in England No. 04417382
"""

add(n=5, date="Tue, 21 Apr 2026 16:48:02 +0100",
    **{"from": ("Mark Tillotson", "mark.tillotson@halvorsen-logistics.co.uk")},
    to=("Priya Raman", "priya.raman@uk.meridian-data.com"),
    subject="Backup replacement - requirements and questions",
    id="DB9PR02MB7274F1C0A8E35D6B92C4E1F0A3B87@DB9PR02MB7274.eurprd02.prod.outlook.com",
    charset="utf-8", cte="quoted-printable", crlf=True, archive=False,
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-GB"],
    body=HALVORSEN_REQ,
    claims=[C(V, "data_centers", "London", "conflict",
              "We understand Meridian Vault has a London data centre, which would suit us best.")])

HALVORSEN_ROWS = [
    ("R1 (RPO 15 minutes or better)", "Compliant", "Meridian Vault achieves a 5-minute RPO on the Enterprise tier."),
    ("R2 (retention of at least 90 days)", "Compliant",
     "Backups are retained for 90 days by default, and longer retention can be set per policy for finance data."),
    ("R3 (UK or EU hosting)", "Partially compliant",
     "Meridian Vault is hosted in Frankfurt for EU customers; we do not have a London data centre."),
    ("R4 (620 TB today)", "Partially compliant",
     "A single Meridian Vault tenant stores up to 500 TB, so we would split your estate across two tenants."),
    ("R5 (AES-256 at rest)", "Compliant", "All backups are encrypted at rest with AES-256."),
]
_h6_plain = "\n".join("%s\t%s\t%s" % r for r in HALVORSEN_ROWS)
_h6_intro = ("Hi Mark,\n\nThank you for sending these through. Our answers are below, requirement by requirement; "
             "Tom will follow up with the commercial paperwork.\n\n")
_h6_after = ("On your auditors' question: we don't publish a contractual figure, but Meridian Vault full-tenant restores "
             "are typically back online within 4 hours.\n\n"
             "Pricing: Meridian Vault is £16 per TB per month, excluding VAT. On a three-year term we can take 12% off "
             "that for Halvorsen.\n\n")
_h6_sig = """Best wishes,
Priya

Priya Raman
Senior Account Manager, UK & Ireland
Meridian Data UK Ltd
1 Finsbury Avenue, London EC2M 2PF
+44 20 7946 0321 | +44 7700 900 456
Registered in England and Wales No. 11873402
"""
_h6_quote_head = """
From: Mark Tillotson <mark.tillotson@halvorsen-logistics.co.uk>
Sent: 21 April 2026 16:48
To: Priya Raman <priya.raman@uk.meridian-data.com>
Subject: Backup replacement - requirements and questions

"""
_h6_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body lang="EN-GB"><div class="WordSection1">\n'
            "<p>Hi Mark,</p>\n<p>Thank you for sending these through. Our answers are below, requirement by "
            "requirement; Tom will follow up with the commercial paperwork.</p>\n"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
            "<caption><b>Meridian Vault - response to Halvorsen requirements</b></caption>\n"
            "<tr><th>Requirement</th><th>Response</th><th>Comment</th></tr>\n"
            + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % tuple(html_esc for html_esc in r)
                      for r in HALVORSEN_ROWS)
            + "</table>\n<p>On your auditors' question: we don't publish a contractual figure, but Meridian Vault "
            "full-tenant restores are typically back online within 4 hours.</p>\n"
            "<p>Pricing: Meridian Vault is &pound;16 per TB per month, excluding VAT. On a three-year term we can "
            "take 12% off that for Halvorsen.</p>\n"
            "<p>Best wishes,<br>Priya</p>\n<p>Priya Raman<br>Senior Account Manager, UK &amp; Ireland<br>"
            "Meridian Data UK Ltd<br>1 Finsbury Avenue, London EC2M 2PF<br>+44 20 7946 0321 | +44 7700 900 456<br>"
            "Registered in England and Wales No. 11873402</p>\n"
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            "<p><b>From:</b> Mark Tillotson &lt;mark.tillotson@halvorsen-logistics.co.uk&gt;<br><b>Sent:</b> 21 April "
            "2026 16:48<br><b>To:</b> Priya Raman &lt;priya.raman@uk.meridian-data.com&gt;<br><b>Subject:</b> Backup "
            "replacement - requirements and questions</p></div>\n"
            + "".join("<p>%s</p>\n" % (l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") or "&nbsp;")
                      for l in HALVORSEN_REQ.split("\n"))
            + "</div></body></html>\n")

add(n=6, date="Thu, 23 Apr 2026 11:20:41 +0100",
    **{"from": ("Priya Raman", "priya.raman@uk.meridian-data.com")},
    to=("Mark Tillotson", "mark.tillotson@halvorsen-logistics.co.uk"),
    subject="RE: Backup replacement - requirements and questions",
    id="LO4P265MB5873D1A0C9E2B7F4A6E3D8C1B0A5@LO4P265MB5873.GBRP265.PROD.OUTLOOK.COM",
    reply_to_id="DB9PR02MB7274F1C0A8E35D6B92C4E1F0A3B87@DB9PR02MB7274.eurprd02.prod.outlook.com",
    charset="utf-8", cte="quoted-printable", kind="alternative", boundary="_000_LO4P265MB5873D1A0C9E2B7F4A6E3_",
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-GB"],
    archive=True,
    body=_h6_intro + "Meridian Vault - response to Halvorsen requirements\n\n" + "Requirement\tResponse\tComment\n"
    + _h6_plain + "\n\n" + _h6_after + _h6_sig + _h6_quote_head + HALVORSEN_REQ,
    html=_h6_html,
    claims=[
        C(V, "rpo", D(5, "minutes"), "conflict", "Meridian Vault achieves a 5-minute RPO on the Enterprise tier."),
        C(V, "retention", D(90, "days"), "ok", "Backups are retained for 90 days by default"),
        C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault is hosted in Frankfurt for EU customers"),
        C(V, "max_storage", TB(500), "ok", "A single Meridian Vault tenant stores up to 500 TB"),
        C(V, "encryption", "AES-256", "ok", "All backups are encrypted at rest with AES-256."),
        C(V, "rto", D(4, "hours"), "unverified",
          "Meridian Vault full-tenant restores are typically back online within 4 hours."),
        C(V, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok",
          "Meridian Vault is £16 per TB per month, excluding VAT."),
        C(V, "data_centers", "London", "conflict", "We understand Meridian Vault has a London data centre",
          quoted=True, office="unknown"),
    ])

# ------------------------------------------------------------------ 北斗建設 (Tokyo customer) / tokyo
add(n=7, date="Fri, 08 May 2026 09:31:55 +0900",
    **{"from": ("高橋 健", "ken.takahashi@jp.meridian-data.com")},
    to=("松本 浩二", "k.matsumoto@hokuto-kensetsu.co.jp"),
    subject="Re: バックアップ更改RFPのご質問について",
    id="CAN8kT3xW9pL2vRf5QzM7hY0cJ4sB6nD1-x7@mail.gmail.com",
    reply_to_id="CAG5rQm2Yp7Lw0XzN3kT8vB1cF6hJ9sD4@mail.gmail.com",
    charset="UTF-8", cte="base64", archive=True,
    body="""北斗建設株式会社
情報システム部　松本様

お世話になっております。メリディアンデータの高橋です。
昨日お送りいただいたRFPのご質問について、メリディアン ボールトの仕様を以下のとおりご回答いたします。

1. RPO
メリディアン ボールトのRPO（目標復旧時点）は15分です。ご要件の「1時間以内」を満たしております。

2. 保持期間
同製品のバックアップ保持期間は標準で90日間です。現行製品の30日間から大きく延びます。

3. データセンター
メリディアン ボールトのデータセンターは東京と大阪にございます。国外へのデータ転送は発生いたしません。

4. 稼働率
同製品の稼働率SLAは99.95%です。

5. 価格
メリディアン ボールトは1TBあたり月額2,800円（税抜）でご提供しております。
御社の想定容量50TBの場合、月額140,000円（税抜）となります。

ご不明な点がございましたら、お気軽にご連絡ください。
来週の定例（5月14日 15:00〜）でも補足させていただきます。

--
メリディアンデータ株式会社 東京オフィス
ソリューション営業部　高橋 健
TEL 03-5555-7724 / 携帯 080-5555-1902
〒100-0005 東京都千代田区丸の内1-8-3

2026年5月7日(木) 17:42 松本 浩二 <k.matsumoto@hokuto-kensetsu.co.jp>:
> メリディアンデータ株式会社
> 高橋様
>
> お世話になっております。北斗建設の松本です。
> バックアップ更改のRFPについて、以下ご質問です。
>
> ・RPOは1時間以内であること
> ・現行製品は保持期間30日ですが、90日以上を希望します
> ・データは国内で保管すること（東京または大阪）
> ・稼働率99.9%以上
>
> よろしくお願いします。
>
> 松本
""",
    claims=[
        C(V, "rpo", D(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分です。"),
        C(V, "retention", D(90, "days"), "ok", "同製品のバックアップ保持期間は標準で90日間です。"),
        C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは東京と大阪にございます。"),
        C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは東京と大阪にございます。"),
        C(V, "sla", 99.95, "ok", "同製品の稼働率SLAは99.95%です。"),
        C(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
          "メリディアン ボールトは1TBあたり月額2,800円（税抜）でご提供しております。"),
    ])

# ------------------------------------------------------------------ Kestrel (US customer) / us-hq
KESTREL_ROWS = [
    ("At least 150 dashboards", "Yes - up to 200 dashboards per workspace."),
    ("Query response under 3 seconds", "Yes - queries return in under 1 second, even on large datasets."),
    ("Proof of concept", "30-day free trial, and we can extend it by agreement."),
    ("Availability", "99.9% uptime SLA."),
    ("HIPAA", "Meridian Insight is HIPAA compliant and we sign BAAs."),
    ("Pricing", "$30 per user per month at list."),
    ("Timing", "Generally available in January 2027; beta access today."),
]
_k_plain = "\n".join("%-32s | %s" % r for r in KESTREL_ROWS)
_k_quote = """On Mon, May 18, 2026 at 3:27 PM Rachel Nguyen <rnguyen@kestrelhealth.com> wrote:
> Hi Marcus,
>
> Following up on the demo, our analytics steering group needs answers to
> the following before we shortlist:
>
> 1. We need at least 150 dashboards for the service lines.
> 2. Query response under 3 seconds for our 50M-row claims dataset.
> 3. A proof of concept period of at least 30 days.
> 4. 99.9% availability.
> 5. HIPAA - will you sign a BAA?
> 6. Pricing for roughly 240 named analysts.
>
> Our current tool, Tabulo, takes 8-10 seconds per query, which is the main
> reason we're looking.
>
> Thanks,
> Rachel
"""
_k_intro = ("Hi Rachel,\n\nThanks for the detailed list. Short version: Meridian Insight's industry-leading query engine "
            "covers everything you asked about, and I've put the detail in the table below.\n\n")
_k_outro = """For your 240 analysts, I'd suggest starting the trial with the finance team in June.

Best,
Marcus

--
Marcus Oyelaran
Senior Solutions Engineer | Meridian Data Inc.
650 Townsend St, Suite 400, San Francisco, CA 94103
m: +1 415-555-0143

"""
_k_html = ('<div dir="ltr"><div>Hi Rachel,</div><div><br></div><div>Thanks for the detailed list. Short version: '
           "Meridian Insight's industry-leading query engine covers everything you asked about, and I've put the "
           "detail in the table below.</div><div><br></div>\n"
           '<table border="1" cellspacing="0" cellpadding="4">\n<caption><b>Meridian Insight - answers to Kestrel\'s '
           "requirements</b></caption>\n<tr><th>Requirement</th><th>Our answer</th></tr>\n"
           + "".join("<tr><td>%s</td><td>%s</td></tr>\n" % r for r in KESTREL_ROWS)
           + "</table>\n<div><br></div><div>For your 240 analysts, I'd suggest starting the trial with the finance "
           "team in June.</div><div><br></div><div>Best,</div><div>Marcus</div><div><br></div>"
           '<div class="gmail_signature">--<br>Marcus Oyelaran<br>Senior Solutions Engineer | Meridian Data Inc.<br>'
           "650 Townsend St, Suite 400, San Francisco, CA 94103<br>m: +1 415-555-0143</div></div><br>\n"
           '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, May 18, 2026 at 3:27 PM Rachel Nguyen '
           '&lt;<a href="mailto:rnguyen@kestrelhealth.com">rnguyen@kestrelhealth.com</a>&gt; wrote:<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
           'padding-left:1ex">'
           + "".join("<div>%s</div>" % (html_line[2:] if html_line.startswith("> ") else "<br>")
                     for html_line in _k_quote.split("\n")[1:-1])
           + "</blockquote></div>\n")

add(n=8, date="Tue, 19 May 2026 10:14:09 -0700",
    **{"from": ("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")},
    to=("Rachel Nguyen", "rnguyen@kestrelhealth.com"),
    subject="Re: Analytics platform questions - Kestrel Health",
    id="CAM4vQz8R1tY6pWn3KcL9xF2bH7sJ0gEd_k2@mail.gmail.com",
    reply_to_id="CAB9pW2mX7kR4tZ1vQ8nL3cH6sJ0fY5eG@mail.gmail.com",
    charset="UTF-8", cte="quoted-printable", kind="alternative", boundary="0000000000007f2d4b061a8c3e55",
    archive=True,
    body=_k_intro + "Meridian Insight - answers to Kestrel's requirements\n\n"
    + "%-32s | %s\n" % ("Requirement", "Our answer") + "-" * 33 + "+" + "-" * 66 + "\n" + _k_plain + "\n\n"
    + _k_outro + _k_quote,
    html=_k_html,
    claims=[
        C(I, "max_dashboards", 200, "ok", "Yes - up to 200 dashboards per workspace."),
        C(I, "query_latency", D(1, "seconds"), "conflict", "Yes - queries return in under 1 second, even on large datasets."),
        C(I, "free_trial", D(30, "days"), "ok", "30-day free trial, and we can extend it by agreement."),
        C(I, "sla", 99.9, "unverified", "99.9% uptime SLA."),
        C(I, "certifications", "HIPAA", "unverified", "Meridian Insight is HIPAA compliant and we sign BAAs."),
        C(I, "per_user_price", M(30, "USD", "user-month"), "ok", "$30 per user per month at list."),
        C(I, "general_availability", "2027-01", "ok", "Generally available in January 2027; beta access today."),
    ],
    findings=[PH("en.superlative", "Meridian Insight's industry-leading query engine")])

# ------------------------------------------------------------------ みなと精機 (Osaka customer) / osaka
add(n=9, date="Wed, 27 May 2026 15:22:30 +0900",
    **{"from": ("西村 亮", "ryo.nishimura@osaka.jp.meridian-data.com")},
    to=("川口 誠", "m.kawaguchi@minato-seiki.co.jp"),
    subject="Re: BIツール導入のご相談（みなと精機）",
    id="8c1d4e6f-2b7a-4f3e-9a5d-1e0c7b3f9a42@osaka.jp.meridian-data.com",
    reply_to_id="5e2b9c71-0d4a-4c8e-b1f3-7a6d2e9c0b18@minato-seiki.co.jp",
    charset="ISO-2022-JP", cte="7bit", archive=True,
    ct_extra="; format=flowed; delsp=yes",
    extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2",
                   "Content-Language: ja"],
    body="""株式会社みなと精機
生産管理部　川口様

いつもお世話になっております。
メリディアンデータ大阪オフィスの西村です。

先日お伺いしたご要件について、メリディアン インサイトでの対応状況をご報告いたします。

・応答速度：メリディアン インサイトのクエリ応答時間は最大2秒です（1億行規模のデータで計測）。ご要件の3秒以内は満たしております。
・ダッシュボード：同製品では最大200個のダッシュボードを作成できます。
・無料トライアル：メリディアン インサイトは30日間の無料トライアルをご用意しております。
・料金：同製品は1ユーザーあたり月額4,400円（税込）でございます。
・提供時期：メリディアン インサイトは2027年1月に一般提供を開始する予定で、それまではベータ版としてご評価いただけます。

ご参考までに、米国本社の価格表ではメリディアン インサイトは1ユーザーあたり月額30米ドルとなっております。

なお、工場の現場端末（約300台）からの閲覧については、来週のお打ち合わせでご相談させてください。

次回お打ち合わせ：6月4日（木）14:00〜　弊社大阪オフィス（梅田）

--------------------------------------------------
メリディアンデータ株式会社 大阪オフィス
営業部　西村 亮（にしむら りょう）
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 18F
TEL 06-5555-4410 / FAX 06-5555-4411
--------------------------------------------------

2026/05/25 16:10 に 川口 誠 さんは書きました:
> メリディアンデータ　西村様
>
> お世話になっております。みなと精機の川口です。
> BIツールの件、社内要件をまとめました。
>
> ・集計結果の表示は3秒以内であること
> ・ダッシュボードは部門ごとに作成するため150個程度は必要
> ・本番導入前に1か月程度の試用期間がほしい
> ・利用者は当面120名、将来的に300名
>
> 以上、ご検討よろしくお願いいたします。
""",
    claims=[
        C(I, "query_latency", D(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒です"),
        C(I, "max_dashboards", 200, "ok", "同製品では最大200個のダッシュボードを作成できます。"),
        C(I, "free_trial", D(30, "days"), "ok", "メリディアン インサイトは30日間の無料トライアルをご用意しております。"),
        C(I, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", "同製品は1ユーザーあたり月額4,400円（税込）でございます。"),
        C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始する予定"),
        C(I, "per_user_price", M(30, "USD", "user-month"), "office-variant",
          "米国本社の価格表ではメリディアン インサイトは1ユーザーあたり月額30米ドルとなっております。"),
    ])

# ------------------------------------------------------------------ Brightwater County Council (UK) / london
BRIGHTWATER_CQ = [
    "CQ1. Clause 4.2 of the specification requires that the solution supports a minimum of 9,000 user accounts. "
    "Your bid refers to the G-Cloud listing, which says Meridian Sync supports up to 5,000 users. Please confirm the "
    "current figure.",
    "CQ2. Your bid uses the name Meridian Sync, while our framework records show Meridian FileSync. Please confirm "
    "these are the same product.",
    "CQ3. Our incumbent provides 2 TB of storage per user. What does your solution provide?",
    "CQ4. Is it true that Meridian Sync runs on Linux desktops? Several planning officers use Ubuntu.",
    "CQ5. Clause 6.1 requires suppliers to hold Cyber Essentials Plus. Please provide your certificate number.",
    "CQ6. What availability does the service commit to?",
]
add(n=10, date="Tue, 09 Jun 2026 10:02:47 +0100",
    **{"from": ("Gareth Pryce", "g.pryce@brightwater.gov.uk")},
    to=("Tom Ashworth", "tom.ashworth@uk.meridian-data.com"),
    subject="ITT BCC/2026/114 - clarification questions (file sharing)",
    id="CWLP123MB4410B7D2E9A01C36F58E2D94C1A7@CWLP123MB4410.GBRP123.PROD.OUTLOOK.COM",
    charset="us-ascii", cte="7bit", archive=False,
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-GB"],
    body="""Dear Tom,

Thank you for Meridian Data's bid for lot 2 of ITT BCC/2026/114. The evaluation panel has the following clarification questions. Please respond by 17:00 on 12 June 2026 via this email address.

""" + "\n".join(BRIGHTWATER_CQ) + """

Yours sincerely,

Gareth Pryce
Procurement Officer, Corporate Procurement
Brightwater County Council
County Hall, Brightwater BW1 2AA
Tel: 01632 960 482
""",
    claims=[C(S, "max_users", 5000, "stale", "which says Meridian Sync supports up to 5,000 users")],
    findings=[TERM(S, "our framework records show Meridian FileSync")])

add(n=11, date="Thu, 11 Jun 2026 15:37:12 +0100",
    **{"from": ("Tom Ashworth", "tom.ashworth@uk.meridian-data.com")},
    to=("Gareth Pryce", "g.pryce@brightwater.gov.uk"),
    subject="Re: ITT BCC/2026/114 - clarification questions (file sharing)",
    id="CAF2pX9mT4kW7rQz1LvN8cY3hB5sJ6dGa0u@mail.gmail.com",
    reply_to_id="CWLP123MB4410B7D2E9A01C36F58E2D94C1A7@CWLP123MB4410.GBRP123.PROD.OUTLOOK.COM",
    charset="UTF-8", cte="quoted-printable", archive=True,
    body="""Dear Gareth,

Thank you for the questions. Our responses are inline below.

From our side, we are happy to walk the panel through any of these in person; I am in Brightwater on 16 June.

On Tue, 9 Jun 2026 at 10:02, Gareth Pryce <g.pryce@brightwater.gov.uk> wrote:
> """ + BRIGHTWATER_CQ[0] + """

Confirmed: since April 2026 Meridian Sync supports up to 10,000 user accounts per tenant. The G-Cloud listing predates that change and is being updated. Your 9,000 accounts sit within the limit.

> """ + BRIGHTWATER_CQ[1] + """

Yes. Meridian FileSync is the former name of Meridian Sync; the product was renamed in 2025 and nothing else changed.

> """ + BRIGHTWATER_CQ[2] + """

Meridian Sync provides 1 TB of storage per user.

> """ + BRIGHTWATER_CQ[3] + """

No, Linux is not supported. Sync runs on Windows, macOS, iOS and Android, and officers on other desktops can use the web app in a browser.

> """ + BRIGHTWATER_CQ[4] + """

Meridian Sync is certified to ISO 27001 and holds a SOC 2 Type II report. Meridian Sync is also Cyber Essentials Plus certified (certificate IASME-CEP-014482).

> """ + BRIGHTWATER_CQ[5] + """

Meridian Sync carries a 99.9% monthly uptime SLA, with service credits below that.

Pricing, for completeness: Meridian Sync is £329 per month plus VAT. For councils buying through G-Cloud, Meridian Sync is £299 per month.

Kind regards,

Tom Ashworth
Public Sector Account Director
Meridian Data UK Ltd | 1 Finsbury Avenue, London EC2M 2PF
Tel: +44 20 7946 0388 | Mob: +44 7700 900 721
Registered in England and Wales No. 11873402 | VAT GB 318 4471 26
""",
    claims=[
        C(S, "max_users", 10000, "ok", "since April 2026 Meridian Sync supports up to 10,000 user accounts per tenant"),
        C(S, "storage_per_user", TB(1), "ok", "Meridian Sync provides 1 TB of storage per user."),
        C(S, "supported_platforms", "Windows", "ok", "Sync runs on Windows, macOS, iOS and Android"),
        C(S, "supported_platforms", "macOS", "ok", "Sync runs on Windows, macOS, iOS and Android"),
        C(S, "supported_platforms", "iOS", "ok", "Sync runs on Windows, macOS, iOS and Android"),
        C(S, "supported_platforms", "Android", "ok", "Sync runs on Windows, macOS, iOS and Android"),
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001 and holds a SOC 2 Type II report."),
        C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified to ISO 27001 and holds a SOC 2 Type II report."),
        C(S, "certifications", "Cyber Essentials Plus", "conflict", "Meridian Sync is also Cyber Essentials Plus certified"),
        C(S, "sla", 99.9, "ok", "Meridian Sync carries a 99.9% monthly uptime SLA"),
        C(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month plus VAT."),
        C(S, "monthly_price", M(299, "GBP", "month"), "conflict",
          "For councils buying through G-Cloud, Meridian Sync is £299 per month."),
        C(S, "max_users", 5000, "stale", "which says Meridian Sync supports up to 5,000 users", quoted=True, office="unknown"),
    ],
    findings=[TERM(S, "Meridian FileSync is the former name of Meridian Sync")])

# ------------------------------------------------------------------ 東邦ファーマ, June / tokyo
TOHO_ROWS = [
    ("利用者数", "8,000名以上", "対応可", "1テナントあたり最大10,000ユーザーまでご利用いただけます。"),
    ("稼働率", "99.95%以上", "一部対応", "SLAは月間稼働率99.9%です。"),
    ("ISMAP", "登録済みであること", "対応可", "ISMAPに登録済みです。"),
    ("オフライン利用", "現場での閲覧・編集", "対応可", "オフライン環境でも閲覧・編集が可能です（再接続時に自動同期）。"),
    ("料金", "―", "―", "月額55,000円（税込）"),
]
_t12_intro = """東邦ファーマ株式会社
情報システム部　小林様

いつもお世話になっております。
メリディアンデータの高橋でございます。

4月の仕様拡張を反映した要件適合表を、以下のとおりお送りいたします。
3月に佐藤からお送りした回答から、利用者数の項目を更新しております。

"""
_t12_outro = """
弊社はメリディアン シンクを業界最安水準の価格でご提供しております。ぜひご検討くださいませ。

何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社　東京オフィス
ソリューション営業部　高橋 健
TEL：03-5555-7724　携帯：080-5555-1902
━━━━━━━━━━━━━━━━━━━━
"""
add(n=12, date="Tue, 16 Jun 2026 17:48:26 +0900",
    **{"from": ("高橋 健", "ken.takahashi@jp.meridian-data.com")},
    to=("小林 智也", "tomoya.kobayashi@toho-pharma.co.jp"),
    cc=("佐藤 美咲", "misaki.sato@jp.meridian-data.com"),
    subject="【ご回答】メリディアン シンク 要件適合表（2026年6月版）",
    id="TYCPR01MB8456C2E1A9F0D3B7E4A1C5F2A9B3@TYCPR01MB8456.jpnprd01.prod.outlook.com",
    charset="utf-8", cte="base64", kind="alternative", boundary="_000_TYCPR01MB8456C2E1A9F0D3B7E4A1_",
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja-JP"],
    archive=True,
    body=_t12_intro + "【メリディアン シンク 要件適合表（2026年6月版）】\n項目｜ご要件｜回答｜補足\n"
    + "\n".join("｜".join(r) for r in TOHO_ROWS) + "\n" + _t12_outro,
    html=('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="JA">\n'
          + "".join("<p>%s</p>\n" % (l or "&nbsp;") for l in _t12_intro.rstrip("\n").split("\n"))
          + '<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
          "<caption>メリディアン シンク 要件適合表（2026年6月版）</caption>\n"
          "<tr><th>項目</th><th>ご要件</th><th>回答</th><th>補足</th></tr>\n"
          + "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in TOHO_ROWS)
          + "</table>\n" + "".join("<p>%s</p>\n" % (l or "&nbsp;") for l in _t12_outro.strip("\n").split("\n"))
          + "</body></html>\n"),
    claims=[
        C(S, "max_users", 10000, "ok", "1テナントあたり最大10,000ユーザーまでご利用いただけます。"),
        C(S, "sla", 99.9, "ok", "SLAは月間稼働率99.9%です。"),
        C(S, "certifications", "ISMAP", "conflict", "ISMAPに登録済みです。"),
        C(S, "offline_mode", True, "conflict", "オフライン環境でも閲覧・編集が可能です（再接続時に自動同期）。"),
        C(S, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "月額55,000円（税込）"),
    ],
    findings=[PH("ja.cheapest", "弊社はメリディアン シンクを業界最安水準の価格でご提供しております。")])

# ------------------------------------------------------------------ Pinecrest, June / us-hq
add(n=13, date="Tue, 30 Jun 2026 08:55:03 -0700",
    **{"from": ("Dana Whitfield", "dana.whitfield@meridian-data.com")},
    to=("Janet Kowalski", "jkowalski@pinecrestcu.org"),
    subject="Pinecrest order summary and the two open items",
    id="CAPd7Wn3mK8sQ1xZ4vT7bL2cH9fR0jY5e+3@mail.gmail.com",
    charset="us-ascii", cte="7bit", archive=True,
    body="""Hi Janet,

Great to get the signatures back yesterday. Order summary for your records:

- Product: Meridian Sync, workspace subscription
- Seats provisioned: 5,200 (room to grow to 6,000 after Lakeshore)
- Term: 36 months, starting July 15, 2026
- Your pricing is guaranteed for the full 36 months.

The two open items from the call:

1. Offline use in the branches. Meridian Sync has no offline mode, so branch staff will need a connection to open and sync files. Your network team's LTE failover plan covers this.
2. Availability. Meridian Sync's 99.9% uptime SLA applies from day one; credits are described in Schedule A.

Setup guide for your admins: https://support.meridian-data.com/kb/MeridianFileSync-admin-setup (the old URL still works and redirects).

P.S. Your colleague Greg asked about Vault for the core banking backups. It keeps backups for 90 days by default; happy to set up a separate call with our backup team.

Thanks again,
Dana

--
Dana Whitfield
Account Executive, Financial Services West
Meridian Data Inc. | 650 Townsend St, Suite 400 | San Francisco, CA 94103
+1 415-555-0187 | dana.whitfield@meridian-data.com
""",
    claims=[
        C(S, "offline_mode", False, "ok", "Meridian Sync has no offline mode, so branch staff will need a connection"),
        C(S, "sla", 99.9, "ok", "Meridian Sync's 99.9% uptime SLA applies from day one"),
    ],
    findings=[PH("en.guarantee", "Your pricing is guaranteed for the full 36 months.")])

# ------------------------------------------------------------------ アークシステムズ (partner) / osaka
ARC_REQ = """メリディアンデータ株式会社
大阪オフィス　岡田様

いつもお世話になっております。
アークシステムズの藤井です。

関西の製造業のエンドユーザー様（従業員約1,200名）から、バックアップ基盤について以下の要件をいただいております。
メリディアン ボールトでの対応可否をご教示いただけますでしょうか。

＜要件＞
1．RPO：15分以内
2．最大容量：将来的に1PBまで拡張できること
3．保持期間：1年
4．暗号化：AES-256以上
5．データセンター：国内
6．SLA：99.9%以上
7．ISO 27001認証を取得していること

また、以前御社東京オフィスの方から、メリディアン ボールトのRPOは5分と伺っております。
こちらは現在も変わっていないでしょうか。

海外拠点のバックアップ先として、シンガポールのデータセンターは利用可能でしょうか。

お手数ですが、7月17日（金）までにご回答いただけますと助かります。

**************************************************
株式会社アークシステムズ
ソリューション営業部　藤井 大輔
〒541-0041 大阪市中央区北浜3-2-18
TEL 06-5555-8802　携帯 090-5555-7126
適格請求書発行事業者登録番号 T4120001234567
**************************************************
"""
add(n=14, date="Tue, 14 Jul 2026 13:25:40 +0900",
    **{"from": ("藤井 大輔", "d.fujii@arc-systems.co.jp")},
    to=("岡田 千尋", "chihiro.okada@osaka.jp.meridian-data.com"),
    subject="【ご相談】メリディアン ボールト　エンドユーザー様要件の確認",
    id="OSZPR01MB6352B8A1E0C4D97F23A6B5E0C1D8@OSZPR01MB6352.jpnprd01.prod.outlook.com",
    charset="ISO-2022-JP", cte="7bit", archive=False,
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja"],
    body=ARC_REQ,
    claims=[C(V, "rpo", D(5, "minutes"), "conflict", "メリディアン ボールトのRPOは5分と伺っております。")])

add(n=15, date="Thu, 16 Jul 2026 11:08:14 +0900",
    **{"from": ("岡田 千尋", "chihiro.okada@osaka.jp.meridian-data.com")},
    to=("藤井 大輔", "d.fujii@arc-systems.co.jp"),
    subject="RE: 【ご相談】メリディアン ボールト　エンドユーザー様要件の確認",
    id="TY2PR01MB4027A6E3C9B1D05F48E2A7C3B9D0@TY2PR01MB4027.jpnprd01.prod.outlook.com",
    reply_to_id="OSZPR01MB6352B8A1E0C4D97F23A6B5E0C1D8@OSZPR01MB6352.jpnprd01.prod.outlook.com",
    charset="ISO-2022-JP", cte="7bit", archive=True,
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja"],
    body="""株式会社アークシステムズ
藤井様

いつもお世話になっております。
メリディアンデータ大阪オフィスの岡田でございます。

ご相談いただいた要件について、以下のとおり回答いたします。

■メリディアン ボールト　ご要件への回答
要件／回答／補足
1．RPO 15分以内／対応可／同製品のRPOは15分です（5分ではございません）。
2．最大容量 1PB／一部対応／1テナントあたり最大500TBまで保存できます。超過分はテナントを分割してご利用いただきます。
3．保持期間 1年／一部対応／標準の保持期間は90日間です。
4．暗号化 AES-256以上／対応可／AES-256で暗号化して保存します。
5．データセンター 国内／対応可／東京・大阪のデータセンターをご利用いただけます（海外拠点はオレゴン・フランクフルト）。シンガポールには拠点がございません。
6．SLA 99.9%以上／対応可／稼働率99.95%のSLAをご提供しております。
7．ISO 27001／対応可／同製品はISO 27001認証を取得しております。

料金：メリディアン ボールトは1TBあたり月額3,080円（税込）でございます。

また、東京オフィスからRPO 5分とお伝えしていた件ですが、RPO 5分という値はメリディアン ボールトの仕様ではございません。
社内で確認のうえ、東京オフィスにも共有いたしました。

何卒よろしくお願いいたします。

──────────────────────
メリディアンデータ株式会社　大阪オフィス
営業部　岡田 千尋
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 18F
TEL：06-5555-4416
──────────────────────

-----元のメッセージ-----
差出人: 藤井 大輔 <d.fujii@arc-systems.co.jp>
送信日時: 2026年7月14日 火曜日 13:25
宛先: 岡田 千尋 <chihiro.okada@osaka.jp.meridian-data.com>
件名: 【ご相談】メリディアン ボールト　エンドユーザー様要件の確認

""" + ARC_REQ,
    claims=[
        C(V, "rpo", D(15, "minutes"), "ok", "同製品のRPOは15分です（5分ではございません）。"),
        C(V, "max_storage", TB(500), "ok", "1テナントあたり最大500TBまで保存できます。"),
        C(V, "retention", D(90, "days"), "ok", "標準の保持期間は90日間です。"),
        C(V, "encryption", "AES-256", "ok", "AES-256で暗号化して保存します。"),
        C(V, "data_centers", "Tokyo", "ok", "東京・大阪のデータセンターをご利用いただけます（海外拠点はオレゴン・フランクフルト）。"),
        C(V, "data_centers", "Osaka", "ok", "東京・大阪のデータセンターをご利用いただけます（海外拠点はオレゴン・フランクフルト）。"),
        C(V, "data_centers", "Oregon", "ok", "東京・大阪のデータセンターをご利用いただけます（海外拠点はオレゴン・フランクフルト）。"),
        C(V, "data_centers", "Frankfurt", "ok", "東京・大阪のデータセンターをご利用いただけます（海外拠点はオレゴン・フランクフルト）。"),
        C(V, "sla", 99.95, "ok", "稼働率99.95%のSLAをご提供しております。"),
        C(V, "certifications", "ISO 27001", "unverified", "同製品はISO 27001認証を取得しております。"),
        C(V, "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok",
          "メリディアン ボールトは1TBあたり月額3,080円（税込）でございます。"),
        C(V, "rpo", D(5, "minutes"), "conflict", "メリディアン ボールトのRPOは5分と伺っております。",
          quoted=True, office="unknown"),
    ])

# ------------------------------------------------------------------ Nordlicht IT (partner, DE) / london
VESTMARK = """From: Katrin Vogel <k.vogel@vestmark.de>
To: Jonas Becker <j.becker@nordlicht-it.de>
Subject: Backup-Anforderungen / backup requirements
Date: Thu, 30 Jul 2026 09:14:03 +0200
Message-ID: <a3f0c2d9-58e1-4b7a-9c64-2d1e8f0b7a35@vestmark.de>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"; format=flowed
Content-Transfer-Encoding: quoted-printable

Hallo Herr Becker,

as discussed, our requirements for the new backup service:

- RPO: max. 30 minutes
- Retention: at least 180 days (we were told this is the Meridian default)
- Hosting: EU only (Frankfurt preferred)
- Encryption at rest, AES-256 or stronger

We already know that Meridian Vault encrypts all backups with AES-256, so point 4 should be easy.

Viele Gr=C3=BC=C3=9Fe
Katrin Vogel
IT-Leitung, Vestmark AG
Tel. +49 89 5555 2210
"""
NORDLICHT = """Hi Priya,

We are preparing the Vestmark AG proposal (about 180 TB of ERP and file-server backups) and need your help with three points before their board meeting on 19 August. Their IT lead's original mail is attached.

1. Vestmark says they were told by your US team that Meridian Vault keeps backups for 180 days by default. Our datasheet says something else - which is right?
2. They need all data to stay in the EU. Can you confirm which Meridian Vault region they would use?
3. What partner price can we work with? Their budget is tight.

Danke und viele Grüße,
Jonas

--
Jonas Becker
Partner Manager Cloud Services
Nordlicht IT GmbH · Am Sandtorkai 41 · 20457 Hamburg
Tel. +49 40 5555 7140 · HRB 148822 (Amtsgericht Hamburg)
"""
add(n=16, date="Tue, 04 Aug 2026 16:20:31 +0200",
    **{"from": ("Jonas Becker", "j.becker@nordlicht-it.de")},
    to=("Priya Raman", "priya.raman@uk.meridian-data.com"),
    subject="Vestmark AG - Vault questions before their board meeting",
    id="7d41a9e2-3c5b-4f08-b6d2-91e0c4a8f357@nordlicht-it.de",
    charset="UTF-8", cte="quoted-printable", kind="mixed-rfc822", boundary="------------3Xk9v2TqLm0pR8sN1wYb4Zc7",
    extra_headers=["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"],
    attached=VESTMARK, attached_name="Backup-Anforderungen.eml", archive=False,
    body=NORDLICHT,
    claims=[
        C(V, "retention", D(180, "days"), "conflict",
          "Vestmark says they were told by your US team that Meridian Vault keeps backups for 180 days by default."),
        C(V, "encryption", "AES-256", "ok", "We already know that Meridian Vault encrypts all backups with AES-256",
          quoted=True, office="unknown"),
    ])

add(n=17, date="Thu, 06 Aug 2026 09:45:18 +0100",
    **{"from": ("Priya Raman", "priya.raman@uk.meridian-data.com")},
    to=("Jonas Becker", "j.becker@nordlicht-it.de"),
    subject="Re: Vestmark AG - Vault questions before their board meeting",
    id="CAL7wR3nP0xK5tY8mQ2vZ9cB4hF1sJ6dE-p@mail.gmail.com",
    reply_to_id="7d41a9e2-3c5b-4f08-b6d2-91e0c4a8f357@nordlicht-it.de",
    charset="UTF-8", cte="quoted-printable", archive=False,
    body="""Hi Jonas,

Thanks - happy to help with Vestmark.

1. Retention: Meridian Vault retains backups for 90 days by default. 180 days is not a figure we publish anywhere; longer retention is a per-policy setting, priced by the extra capacity it uses.
2. Region: Meridian Vault would run Vestmark's backups in our Frankfurt data centre, so the data stays in the EU. (For completeness, Meridian Vault is also hosted in Oregon, Tokyo and Osaka.)
3. Partner pricing: Meridian Vault lists at £16 per TB per month; Nordlicht's partner discount of 20% applies on top. I'll send the deal registration form separately.

Vestmark's 180 TB is well within the limit. Meridian Vault scales to 0.5 PB per tenant.

Best,
Priya

Priya Raman
Senior Account Manager, UK & Ireland
Meridian Data UK Ltd
+44 20 7946 0321

On Tue, 4 Aug 2026 at 16:20, Jonas Becker <j.becker@nordlicht-it.de> wrote:
""" + "".join(("> " + l if l else ">") + "\n" for l in NORDLICHT.rstrip("\n").split("\n")),
    claims=[
        C(V, "retention", D(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default."),
        C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault would run Vestmark's backups in our Frankfurt data centre"),
        C(V, "data_centers", "Oregon", "ok", "Meridian Vault is also hosted in Oregon, Tokyo and Osaka."),
        C(V, "data_centers", "Tokyo", "ok", "Meridian Vault is also hosted in Oregon, Tokyo and Osaka."),
        C(V, "data_centers", "Osaka", "ok", "Meridian Vault is also hosted in Oregon, Tokyo and Osaka."),
        C(V, "price_per_tb", M(16, "GBP", "TB-month"), "ok", "Meridian Vault lists at £16 per TB per month"),
        C(V, "max_storage", TB(500), "ok", "Meridian Vault scales to 0.5 PB per tenant."),
        C(V, "retention", D(180, "days"), "conflict",
          "Vestmark says they were told by your US team that Meridian Vault keeps backups for 180 days by default.",
          quoted=True, office="unknown"),
    ])

# ------------------------------------------------------------------ みなと精機, forward of a Tokyo mail / osaka
add(n=18, date="Thu, 10 Sep 2026 10:02:57 +0900",
    **{"from": ("西村 亮", "ryo.nishimura@osaka.jp.meridian-data.com")},
    to=("川口 誠", "m.kawaguchi@minato-seiki.co.jp"),
    subject="Fwd: メリディアン インサイト ご説明資料の補足",
    id="b6e0f3a1-9d2c-4e75-8a1b-3c7f5d9e2a60@osaka.jp.meridian-data.com",
    charset="UTF-8", cte="base64", archive=True,
    extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0",
                   "Content-Language: ja"],
    body="""川口様

いつもお世話になっております。メリディアンデータ大阪オフィスの西村です。

東京支店の石田様に弊社東京オフィスの高橋からお送りしたご案内を、念のため転送いたします。
ただし、下記転送メール中のダッシュボード数の記載には誤りがございます。
メリディアン インサイトで作成できるダッシュボードは最大200個です。大変失礼いたしました。

引き続きよろしくお願いいたします。

--
西村 亮
メリディアンデータ株式会社 大阪オフィス
TEL 06-5555-4410


-------- 転送メッセージ --------
件名: 	メリディアン インサイト ご説明資料の補足
日付: 	Tue, 8 Sep 2026 11:20:45 +0900
差出人: 	高橋 健 <ken.takahashi@jp.meridian-data.com>
宛先: 	石田 翔 <s.ishida@minato-seiki.co.jp>



石田様

先日はお時間をいただきありがとうございました。メリディアンデータの高橋です。
ご説明資料の補足として、メリディアン インサイトの主な仕様をお送りいたします。

・メリディアン インサイトのダッシュボードは最大500個まで作成できます。
・同製品の料金は1ユーザーあたり月額4,000円（税抜）です。
・メリディアン インサイトは2027年1月に一般提供開始予定です。

ご検討のほど、よろしくお願いいたします。

--
高橋 健
メリディアンデータ株式会社 東京オフィス
TEL 03-5555-7724
""",
    claims=[
        C(I, "max_dashboards", 200, "ok", "メリディアン インサイトで作成できるダッシュボードは最大200個です。"),
        C(I, "max_dashboards", 500, "conflict", "メリディアン インサイトのダッシュボードは最大500個まで作成できます。",
          quoted=True, office="tokyo"),
        C(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "同製品の料金は1ユーザーあたり月額4,000円（税抜）です。",
          quoted=True, office="tokyo"),
        C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供開始予定です。",
          quoted=True, office="tokyo"),
    ])

# ------------------------------------------------------------------ Kestrel, September / us-hq
KESTREL_SEP = """Hi Marcus,

Quick one before our budget review next Tuesday. Our UK subsidiary's IT manager, Sophie, says your London colleague told her that Meridian Insight goes GA in October 2026. That doesn't match the January 2027 date in your May email. Which is right?

Also, is it still $30 per user per month once it goes GA, or will list pricing change?

Thanks,
Rachel

Rachel Nguyen
Director, Analytics Platforms
Kestrel Health Partners
1180 Peachtree St NE, Suite 2100, Atlanta, GA 30309
O: 404-555-0126
"""
add(n=19, date="Thu, 24 Sep 2026 08:41:19 -0400",
    **{"from": ("Rachel Nguyen", "rnguyen@kestrelhealth.com")},
    to=("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com"),
    subject="Insight GA date - conflicting information",
    id="BN8PR04MB6291E3A7C0D54B1F9A82E6C3D7B0@BN8PR04MB6291.namprd04.prod.outlook.com",
    charset="us-ascii", cte="7bit", crlf=True, archive=False,
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-US"],
    body=KESTREL_SEP,
    claims=[C(I, "general_availability", "2026-10", "conflict",
              "your London colleague told her that Meridian Insight goes GA in October 2026")])

add(n=20, date="Fri, 25 Sep 2026 12:06:44 -0700",
    **{"from": ("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")},
    to=("Rachel Nguyen", "rnguyen@kestrelhealth.com"),
    subject="Re: Insight GA date - conflicting information",
    id="CAM4vQz9T2uY7pWn4KcL0xF3bH8sJ1gEe_m5@mail.gmail.com",
    reply_to_id="BN8PR04MB6291E3A7C0D54B1F9A82E6C3D7B0@BN8PR04MB6291.namprd04.prod.outlook.com",
    charset="UTF-8", cte="quoted-printable", kind="alternative", boundary="000000000000e18b5c061c2f9d03",
    archive=True,
    body="""Hi Rachel,

Sorry for the confusion. Meridian Insight will be generally available in January 2027; until then it is in beta.
The October date Sophie heard is not correct, and I've let our London team know.

List pricing does not change at GA: Meridian Insight stays at $30 per user per month.

Correction to my May note: Meridian Insight returns queries within 2 seconds, not under 1 second as I wrote.

Happy to join the budget review if useful.

Marcus

On Thu, Sep 24, 2026 at 8:41 AM Rachel Nguyen <rnguyen@kestrelhealth.com> wrote:
""" + "".join(("> " + l if l else ">") + "\n" for l in KESTREL_SEP.rstrip("\n").split("\n")),
    claims=[
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027"),
        C(I, "per_user_price", M(30, "USD", "user-month"), "ok", "Meridian Insight stays at $30 per user per month."),
        C(I, "query_latency", D(2, "seconds"), "ok",
          "Meridian Insight returns queries within 2 seconds, not under 1 second as I wrote."),
        C(I, "general_availability", "2026-10", "conflict",
          "your London colleague told her that Meridian Insight goes GA in October 2026", quoted=True, office="unknown"),
    ])

# ------------------------------------------------------------------ みなと精機, October (Shift_JIS) / osaka
MINATO_OCT = """メリディアンデータ株式会社
西村様

いつもお世話になっております。みなと精機の川口です。
BIツールの件ではお世話になりました。

今回は別件で、ファイル共有サービスの更改についてご相談です。
社内で以下の要件を整理しました。

・利用者数：当面600名、将来的に1,500名まで拡張
・オフライン利用が必須（工場内に電波の届かないエリアがあるため）
・ストレージ：1人あたり2TB以上
・対応端末：Windows PCとiPad

現行のC社サービスはオフラインで利用可能で、ストレージも1人2TBです。
なお、メリディアン シンクは最大1万ユーザーまで利用できると理解しております。

お見積りとあわせてご回答いただけますと幸いです。

――――――――――
株式会社みなと精機
生産管理部　川口 誠
〒552-0007 大阪市港区弁天1-2-30
TEL 06-5555-6620（代表）
――――――――――
"""
add(n=21, date="Tue, 20 Oct 2026 11:05:33 +0900",
    **{"from": ("川口 誠", "m.kawaguchi@minato-seiki.co.jp")},
    to=("西村 亮", "ryo.nishimura@osaka.jp.meridian-data.com"),
    subject="ファイル共有サービスのご相談（みなと精機）",
    id="20261020110533.4F2A.m.kawaguchi@minato-seiki.co.jp",
    charset="Shift_JIS", cte="base64", archive=False,
    body=MINATO_OCT,
    claims=[C(S, "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまで利用できると理解しております。")])

add(n=22, date="Thu, 22 Oct 2026 16:40:09 +0900",
    **{"from": ("西村 亮", "ryo.nishimura@osaka.jp.meridian-data.com")},
    to=("川口 誠", "m.kawaguchi@minato-seiki.co.jp"),
    subject="Re: ファイル共有サービスのご相談（みなと精機）",
    id="e41c7a08-6f3d-4b92-a5e1-0d8b2c9f7e34@osaka.jp.meridian-data.com",
    reply_to_id="20261020110533.4F2A.m.kawaguchi@minato-seiki.co.jp",
    charset="ISO-2022-JP", cte="7bit", archive=True,
    extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
                   "Content-Language: ja"],
    body="""川口様

お世話になっております。メリディアンデータの西村です。
ファイル共有の件、メリディアン シンクでの対応状況を以下にご回答いたします。

2026/10/20 11:05 に 川口 誠 さんは書きました:
> ・利用者数：当面600名、将来的に1,500名まで拡張

メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけますので、将来の1,500名規模でも問題ございません。

> ・オフライン利用が必須（工場内に電波の届かないエリアがあるため）

申し訳ございませんが、メリディアン シンクはオフラインではご利用いただけません。電波の届かないエリアでのご利用方法は、別途ご提案させていただきます。

> ・ストレージ：1人あたり2TB以上

同製品のストレージ容量は1ユーザーあたり1TBでございます。2TBのご要件に対しては一部対応となります。

> ・対応端末：Windows PCとiPad

メリディアン シンクはWindows、Mac、iPhone・iPad、Androidに対応しております。

> 現行のC社サービスはオフラインで利用可能で、ストレージも1人2TBです。
> なお、メリディアン シンクは最大1万ユーザーまで利用できると理解しております。

ご認識のとおりです。

価格につきましては、メリディアン シンクの月額料金は50,000円（税込）でございます。正式なお見積書は明日お送りいたします。

--------------------------------------------------
メリディアンデータ株式会社 大阪オフィス
営業部　西村 亮
TEL 06-5555-4410 / FAX 06-5555-4411
--------------------------------------------------
""",
    claims=[
        C(S, "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます"),
        C(S, "offline_mode", False, "ok", "メリディアン シンクはオフラインではご利用いただけません。"),
        C(S, "storage_per_user", TB(1), "ok", "同製品のストレージ容量は1ユーザーあたり1TBでございます。"),
        C(S, "supported_platforms", "Windows", "ok", "メリディアン シンクはWindows、Mac、iPhone・iPad、Androidに対応しております。"),
        C(S, "supported_platforms", "macOS", "ok", "メリディアン シンクはWindows、Mac、iPhone・iPad、Androidに対応しております。"),
        C(S, "supported_platforms", "iOS", "ok", "メリディアン シンクはWindows、Mac、iPhone・iPad、Androidに対応しております。"),
        C(S, "supported_platforms", "Android", "ok", "メリディアン シンクはWindows、Mac、iPhone・iPad、Androidに対応しております。"),
        C(S, "monthly_price", M(50000, "JPY", "month", "included"), "conflict",
          "メリディアン シンクの月額料金は50,000円（税込）でございます。"),
        C(S, "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまで利用できると理解しております。",
          quoted=True, office="unknown"),
    ])

# ------------------------------------------------------------------ Lumen Dental (US prospect) / us-hq
add(n=23, date="Tue, 10 Nov 2026 09:18:51 -0500",
    **{"from": ("Kevin Brandt", "kevin.brandt@meridian-data.com")},
    to=("Alan Cho", "alan.cho@lumendental.com"),
    subject="RE: Checklist for file sharing + backup",
    id="SA1PR11MB8462D0F7B3A9C2E15D64F8A0B7C3@SA1PR11MB8462.namprd11.prod.outlook.com",
    reply_to_id="MW4PR17MB5321C9E0A2F7B84D16A3E5C0D9F2@MW4PR17MB5321.namprd17.prod.outlook.com",
    charset="us-ascii", cte="7bit", archive=False,
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-US"],
    body="""Hi Alan,

Thanks for the checklist. Answers in order:

1. Users: Meridian Sync supports up to 5,000 users, which leaves plenty of headroom for your practices.
2. Storage: each Meridian Sync user gets 1 TB.
3. Backups: Meridian Vault keeps backups for 90 days by default, with an RPO of 15 minutes.
4. Mac support: Meridian Sync runs on macOS and Windows, plus iOS and Android phones.
5. File size: Meridian Sync accepts files up to 250 GB.
6. Support: for Meridian Vault, our support team responds within 1 hour to P1 tickets.

I can have a sandbox ready for the practice managers by Friday.

Thanks,
Kevin

Kevin Brandt
Account Executive, SMB East
Meridian Data Inc.
+1 617-555-0175 | 100 Summer St, Floor 16, Boston, MA 02110

-----Original Message-----
From: Alan Cho <alan.cho@lumendental.com>
Sent: Monday, November 9, 2026 4:12 PM
To: Kevin Brandt <kevin.brandt@meridian-data.com>
Subject: Checklist for file sharing + backup

Kevin,

Here's our checklist from the practice managers:

1. Users - we're 1,150 staff across 23 practices; must support at least 1,500 accounts.
2. Storage - at least 500 GB per user for imaging files.
3. Backups - 30-day retention minimum, RPO under 1 hour.
4. Mac support is a must (front desks are all iMacs).
5. Single files up to 50 GB (CBCT scans).
6. Support response under 2 hours for outages.

Our current provider, Molarbox, tops out at 1,000 users, so this is urgent.

Alan
""",
    claims=[
        C(S, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users"),
        C(S, "storage_per_user", TB(1), "ok", "each Meridian Sync user gets 1 TB."),
        C(V, "retention", D(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default, with an RPO of 15 minutes."),
        C(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault keeps backups for 90 days by default, with an RPO of 15 minutes."),
        C(S, "supported_platforms", "macOS", "ok", "Meridian Sync runs on macOS and Windows, plus iOS and Android phones."),
        C(S, "supported_platforms", "Windows", "ok", "Meridian Sync runs on macOS and Windows, plus iOS and Android phones."),
        C(S, "supported_platforms", "iOS", "ok", "Meridian Sync runs on macOS and Windows, plus iOS and Android phones."),
        C(S, "supported_platforms", "Android", "ok", "Meridian Sync runs on macOS and Windows, plus iOS and Android phones."),
        C(S, "max_file_size", GB(250), "unverified", "Meridian Sync accepts files up to 250 GB."),
        C(V, "support_response_time", D(1, "hours"), "unverified",
          "for Meridian Vault, our support team responds within 1 hour to P1 tickets."),
    ])

