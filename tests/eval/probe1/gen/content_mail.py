# -*- coding: utf-8 -*-
"""The emails of probe set 1, with their labels (LABELS.md). Written from scratch."""
from labels import S, V, I, M, D, TB, C, CS, P, T, U, flat

MAILS = []


def mail(**kw):
    kw["labels"] = flat(kw.get("labels", []))
    MAILS.append(kw)
    return kw


# ---------------------------------------------------------------- 0001 tokyo, ISO-2022-JP
mail(num=1, date="2025-11-04 09:12:07 +0900",
     frm=("佐藤 健二", "sato.kenji@jp.meridian-data.com"),
     to=("若葉建設 森田様", "morita@wakaba-kensetsu.co.jp"),
     subject="メリディアン シンクのご案内（若葉建設様）",
     msgid="20251104091207.7A31C@mx01.jp.meridian-data.com",
     charset="iso-2022-jp", cte="7bit", kind="plain",
     body="""株式会社若葉建設
総務部 森田様

いつも大変お世話になっております。
メリディアンデータ東京オフィスの佐藤でございます。

先日はお忙しい中、お打ち合わせのお時間をいただき、誠にありがとうございました。
ご要望いただきましたファイル共有サービス「メリディアン シンク」について、概要をご案内申し上げます。

・メリディアン シンクは、１テナントあたり最大５，０００ユーザーまでご利用いただけます。
・本製品の月額料金は５万円（税抜）でございます。
・同製品では、１ユーザーあたり１ＴＢのストレージをご利用いただけます。
・本製品の対応OSは、Windows、Mac、iPhone／iPad、Androidでございます。
・なお、本製品はISMAPにも登録済みでございます。

貴社の従業員様３２０名でのご利用でしたら、上限まで十分な余裕がございます。
お見積り（見積番号 MQ-2025-1187）は別途お送りいたします。

次回のお打ち合わせは、１１月１２日（水）１４時からを予定しております。
何卒よろしくお願い申し上げます。

――――――――――――――――
メリディアンデータ株式会社 東京オフィス
営業部 佐藤 健二
〒100-0005 東京都千代田区丸の内1-8-3 丸の内トラストタワー本館20階
TEL: 03-5555-0142 ／ FAX: 03-5555-0143
――――――――――――――――
""",
     labels=[
         C(S, "max_users", 5000, "ok", "メリディアン シンクは、１テナントあたり最大５，０００ユーザーまでご利用いただけます。"),
         C(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "本製品の月額料金は５万円（税抜）でございます。"),
         C(S, "storage_per_user", TB(1), "ok", "同製品では、１ユーザーあたり１ＴＢのストレージをご利用いただけます。"),
         CS(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
            "本製品の対応OSは、Windows、Mac、iPhone／iPad、Androidでございます。"),
         C(S, "certifications", "ISMAP", "conflict", "なお、本製品はISMAPにも登録済みでございます。"),
     ])

# ---------------------------------------------------------------- 0002 us-hq, ASCII, terse
mail(num=2, date="2025-11-18 14:03:51 -0800", archive=True,
     frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
     to=("Dr. Alan Cho", "alan.cho@pinecrestdental.com"),
     subject="Backups for Pinecrest - quick follow-up",
     msgid="CAK7pX2vQ9m1e0f3Rz8u+Dw1_hQy@mail.gmail.com",
     charset="us-ascii", cte="7bit", kind="plain",
     body="""Hi Alan,

Thanks again for the time on Thursday. As promised, here's the short version on Meridian Vault for the practice.

- Meridian Vault keeps your backups for 90 days by default, and we can extend that if your compliance folks need longer.
- Recovery point objective on Vault is 15 minutes, so at worst you'd lose a quarter of an hour of chart edits.
- Vault's RTO for a typical clinic server is about 4 hours.
- Vault pricing is $20 per TB per month.
- Vault runs out of our Oregon and Frankfurt data centers; for you we'd pin everything to Oregon.
- Vault's availability SLA is 99.95%, a notch above the 99.9% we commit to on Meridian Sync.

You mentioned roughly 38 TB across the 14 clinics today. At that volume the monthly bill comes to $760 before any discount, and I can take 10% off if we sign before December 19.

Honestly the pilot is risk-free: if it doesn't fit, you walk away.

Talk soon,
Dana

--
Dana Whitfield | Account Executive, West
Meridian Data Inc. | 500 Howard St, Suite 1200, San Francisco, CA 94105
Direct 415-555-0187 | Mobile 415-555-0112
""",
     labels=[
         C(V, "retention", D(90, "days"), "ok", "Meridian Vault keeps your backups for 90 days by default"),
         C(V, "rpo", D(15, "minutes"), "ok", "Recovery point objective on Vault is 15 minutes"),
         C(V, "rto", D(4, "hours"), "unverified", "Vault's RTO for a typical clinic server is about 4 hours."),
         C(V, "price_per_tb", M(20, "USD", "TB-month"), "ok", "Vault pricing is $20 per TB per month."),
         CS(V, "data_centers", ["Oregon", "Frankfurt"], "ok", "Vault runs out of our Oregon and Frankfurt data centers"),
         C(V, "sla", 99.95, "ok", "Vault's availability SLA is 99.95%, a notch above the 99.9% we commit to on Meridian Sync."),
         C(S, "sla", 99.9, "ok", "Vault's availability SLA is 99.95%, a notch above the 99.9% we commit to on Meridian Sync."),
         P("en.guarantee", "risk-free"),
     ])

# ---------------------------------------------------------------- 0003 london, UTF-8 QP, British
mail(num=3, date="2025-12-02 11:26:40 +0000",
     frm=("Oliver Grant", "oliver.grant@uk.meridian-data.com"),
     to=("Fiona Blake", "fiona.blake@hartwellpryce.co.uk"),
     subject="Meridian Sync for Hartwell & Pryce",
     msgid="LO2P265MB4471C2E0A9D7B8F1@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM",
     charset="utf-8", cte="quoted-printable", kind="plain",
     body="""Dear Fiona,

Thank you for your time on Friday — it was a pleasure to meet the practice-management team.

To summarise where we landed: Meridian Sync is £329 per month plus VAT for the whole organisation, and it is licensed for up to 5,000 users, so your 85 fee-earners and support staff are comfortably covered.

On security, Meridian Sync is ISO 27001 certified and we hold a current SOC 2 Type II report, which I can share under NDA. It is also Cyber Essentials Plus certified.

The Meridian Sync desktop client supports Windows and macOS, and there are apps for iOS and Android; there is no Linux client, I'm afraid.

Our industry-leading sync engine handles large bundles of court documents without fuss.

I've pencilled in 9 December at 10:30 for the pilot kick-off; do let me know if that suits.

Kind regards,

Oliver Grant
Senior Account Manager
Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG
+44 20 7946 0321
""",
     labels=[
         C(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync is £329 per month plus VAT for the whole organisation"),
         C(S, "max_users", 5000, "ok", "it is licensed for up to 5,000 users"),
         CS(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
            "Meridian Sync is ISO 27001 certified and we hold a current SOC 2 Type II report"),
         C(S, "certifications", "Cyber Essentials Plus", "conflict", "It is also Cyber Essentials Plus certified."),
         CS(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
            "The Meridian Sync desktop client supports Windows and macOS, and there are apps for iOS and Android"),
         P("en.superlative", "industry-leading"),
     ])

# ---------------------------------------------------------------- 0004 customer -> tokyo, Shift_JIS
BODY_0004 = """メリディアンデータ株式会社
鈴木様

お世話になっております。青葉テクノの小林です。
先日はご説明いただきありがとうございました。社内で検討するにあたり、いくつか確認させてください。

１．メリディアン シンクは最大２万ユーザーまで対応可能でしょうか。
２．御社代理店の方からは、メリディアン シンクはオフラインでも編集作業ができると伺っております。
３．弊社で調べたところ、メリディアン シンクのSLAは９９．５％とのことでした。相違ないでしょうか。

弊社の要件は、利用者数８００名以上、稼働率９９．９％以上となります。

お手数ですが、年内にご回答いただけますと幸いです。

株式会社青葉テクノ
情報システム部 小林 真由美
〒330-0854 埼玉県さいたま市大宮区桜木町2-3-1
TEL 048-555-0198
"""
CUST_0004 = lambda quoted: [
    C(S, "offline_mode", True, "conflict",
      "御社代理店の方からは、メリディアン シンクはオフラインでも編集作業ができると伺っております。",
      quoted=quoted, office="unknown"),
    C(S, "sla", 99.5, "conflict", "弊社で調べたところ、メリディアン シンクのSLAは９９．５％とのことでした。",
      quoted=quoted, office="unknown"),
]
mail(num=4, date="2025-12-15 17:42:18 +0900",
     frm=("小林 真由美", "kobayashi@aoba-techno.co.jp"),
     to=("鈴木 彩花", "suzuki.ayaka@jp.meridian-data.com"),
     subject="メリディアン シンク導入検討についてのご質問",
     msgid="002a01dc6d9b$4e1f2b30$ea5d8190$@aoba-techno.co.jp",
     charset="shift_jis", cte="8bit", kind="plain",
     body=BODY_0004,
     labels=CUST_0004(False))

# ---------------------------------------------------------------- 0005 tokyo reply, ISO-2022-JP, 元のメッセージ
mail(num=5, date="2025-12-16 10:05:44 +0900",
     frm=("鈴木 彩花", "suzuki.ayaka@jp.meridian-data.com"),
     to=("小林 真由美", "kobayashi@aoba-techno.co.jp"),
     subject="RE: メリディアン シンク導入検討についてのご質問",
     msgid="TYCPR01MB8213E5F4A0B9C77D2@TYCPR01MB8213.jpnprd01.prod.outlook.com",
     irt="002a01dc6d9b$4e1f2b30$ea5d8190$@aoba-techno.co.jp",
     charset="iso-2022-jp", cte="7bit", kind="plain",
     body="""株式会社青葉テクノ
小林様

いつもお世話になっております。メリディアンデータの鈴木でございます。
ご質問いただきました件、以下のとおり回答申し上げます。

１．メリディアン シンクは、現在１テナントあたり最大５，０００ユーザーまでのご提供でございます。
　　なお、２０２６年４月以降、メリディアン シンクの上限は１万ユーザーへ拡張される予定でございます。
２．恐れ入りますが、同製品はオフラインでのご利用には対応しておりません。
３．同製品の稼働率SLAは９９．９％でございます。

ご要件の８００名につきましては、現行の上限内で問題なくご利用いただけます。

引き続きよろしくお願いいたします。

――――――――――――――――
メリディアンデータ株式会社 東京オフィス
鈴木 彩花
TEL: 03-5555-0150
――――――――――――――――

-----元のメッセージ-----
差出人: 小林 真由美 <kobayashi@aoba-techno.co.jp>
送信日時: 2025年12月15日 17:42
宛先: 鈴木 彩花 <suzuki.ayaka@jp.meridian-data.com>
件名: メリディアン シンク導入検討についてのご質問

""" + BODY_0004,
     labels=[
         C(S, "max_users", 5000, "ok", "メリディアン シンクは、現在１テナントあたり最大５，０００ユーザーまでのご提供でございます。"),
         C(S, "max_users", 10000, "ok", "２０２６年４月以降、メリディアン シンクの上限は１万ユーザーへ拡張される予定でございます。"),
         C(S, "offline_mode", False, "ok", "同製品はオフラインでのご利用には対応しておりません。"),
         C(S, "sla", 99.9, "ok", "同製品の稼働率SLAは９９．９％でございます。"),
     ] + CUST_0004(True))

# ---------------------------------------------------------------- 0006 osaka, UTF-8 base64
mail(num=6, date="2026-01-09 16:48:02 +0900",
     frm=("中村 結衣", "nakamura.yui@osaka.jp.meridian-data.com"),
     to=("淀川精密 西田様", "nishida@yodogawa-seimitsu.co.jp"),
     subject="【ご提案】バックアップ基盤のご案内（メリディアン・ボールト）",
     msgid="a93f1c0e-5d2b-4c77-9e1a-0b6f2d4c8e11@osaka.jp.meridian-data.com",
     charset="utf-8", cte="base64", kind="plain",
     body="""株式会社淀川精密
情報システム課 西田様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
メリディアンデータ大阪オフィスの中村でございます。

先日ご相談いただきました基幹システムのバックアップにつきまして、「メリディアン・ボールト」をご提案させていただきます。

【製品概要】
■メリディアン・ボールトの容量単価は、１TBあたり月額２，８００円（税抜）でございます。
■同製品のデータセンターは東京と大阪の２拠点で、シンガポールには拠点がございません。
■同製品のRPO（目標復旧時点）は５分でございます。
■メリディアン・ボールトの標準の保持期間は９０日間でございます。
■同製品でお預かりしたデータが消失することは絶対にございません。

現在のバックアップ対象データは約４２TBとのことですので、お見積り合計は月額１１７，６００円（税抜）となります。
ご契約は２０２６年２月１日開始を想定しております。

ご不明な点がございましたら、お気軽にお申し付けくださいませ。

━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社 大阪オフィス
中村 結衣
〒530-0001 大阪府大阪市北区梅田3-2-5 グランフロント北館14F
TEL 06-5555-0231
━━━━━━━━━━━━━━━━━━
""",
     labels=[
         C(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
           "メリディアン・ボールトの容量単価は、１TBあたり月額２，８００円（税抜）でございます。"),
         CS(V, "data_centers", ["Tokyo", "Osaka"], "ok", "同製品のデータセンターは東京と大阪の２拠点で、シンガポールには拠点がございません。"),
         C(V, "rpo", D(5, "minutes"), "conflict", "同製品のRPO（目標復旧時点）は５分でございます。"),
         C(V, "retention", D(90, "days"), "ok", "メリディアン・ボールトの標準の保持期間は９０日間でございます。"),
         P("ja.absolute", "絶対にございません"),
     ])

# ---------------------------------------------------------------- 0007 us-hq, multipart/alternative
TXT_0007 = """Hi Jenna,

Great chatting yesterday. Here's what you asked about Meridian Insight:

* Timing: Meridian Insight is in beta today and becomes generally available in January 2027.
* Pricing: Insight will be $30 per user per month at GA.
* Speed: Insight queries return in under 2 seconds on a 100M-row workspace.
* Limits: you can build up to 200 dashboards per workspace in Insight.
* Connectors: it ships with 45 native data sources, Shopify and NetSuite included.
* Trial: Insight comes with a 30-day free trial, no card needed.

We think it's the #1 analytics platform for mid-market retailers, and your 22 store managers would be live in a week.

Cheers,
Marcus

Marcus Lee
Solutions Engineer | Meridian Data Inc.
415-555-0164 | 500 Howard St, San Francisco, CA 94105
"""
HTML_0007 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Jenna,</p>
<p>Great chatting yesterday. Here's what you asked about Meridian Insight:</p>
<ul>
<li><b>Timing:</b> Meridian Insight is in beta today and becomes generally available in January 2027.</li>
<li><b>Pricing:</b> Insight will be $30 per user per month at GA.</li>
<li><b>Speed:</b> Insight queries return in under 2 seconds on a 100M-row workspace.</li>
<li><b>Limits:</b> you can build up to 200 dashboards per workspace in Insight.</li>
<li><b>Connectors:</b> it ships with 45 native data sources, Shopify and NetSuite included.</li>
<li><b>Trial:</b> Insight comes with a 30-day free trial, no card needed.</li>
</ul>
<p>We think it's the #1 analytics platform for mid-market retailers, and your 22 store managers would be live in a week.</p>
<p>Cheers,<br>Marcus</p>
<p style="color:#666;font-size:12px">Marcus Lee<br>Solutions Engineer | Meridian Data Inc.<br>415-555-0164 | 500 Howard St, San Francisco, CA 94105</p>
</body></html>
"""
mail(num=7, date="2026-01-20 09:31:12 -0800",
     frm=("Marcus Lee", "marcus.lee@meridian-data.com"),
     to=("Jenna Ortiz", "jenna.ortiz@bluefinchoutdoor.com"),
     subject="Meridian Insight beta - details you asked for",
     msgid="CAM3x+Lq0oRkY5w2PfZ8sVd6nTq@mail.gmail.com",
     charset="utf-8", cte="quoted-printable", kind="alt", body=TXT_0007, html=HTML_0007,
     html_charset="utf-8", html_cte="quoted-printable",
     labels=[
         C(I, "general_availability", "2027-01", "ok",
           "Meridian Insight is in beta today and becomes generally available in January 2027."),
         C(I, "per_user_price", M(30, "USD", "user-month"), "ok", "Insight will be $30 per user per month at GA."),
         C(I, "query_latency", D(2, "seconds"), "ok", "Insight queries return in under 2 seconds on a 100M-row workspace."),
         C(I, "max_dashboards", 200, "ok", "you can build up to 200 dashboards per workspace in Insight."),
         C(I, "integrations", 45, "unverified", "it ships with 45 native data sources, Shopify and NetSuite included."),
         C(I, "free_trial", D(30, "days"), "ok", "Insight comes with a 30-day free trial, no card needed."),
         P("en.superlative", "the #1 analytics platform"),
     ])

# ---------------------------------------------------------------- 0008 london, interleaved "On ... wrote:"
mail(num=8, date="2026-02-03 08:57:29 +0000",
     frm=("Priya Shah", "priya.shah@uk.meridian-data.com"),
     to=("Helen Marsh", "h.marsh@brackenridge-homes.co.uk"),
     subject="Re: Backup questions from Brackenridge",
     msgid="CWXP123MB5560A1F0E2C93B7D@CWXP123MB5560.GBRP123.PROD.OUTLOOK.COM",
     irt="CAHm9Kx2+Brk7@mail.gmail.com",
     charset="utf-8", cte="8bit", kind="plain",
     body="""Hi Helen,

Answers inline below — shout if anything's unclear.

On Mon, 2 Feb 2026 at 16:41, Helen Marsh <h.marsh@brackenridge-homes.co.uk> wrote:
> Hi Priya,
>
> A few questions from our board before Thursday's meeting about Meridian Vault.
>
> 1. Where are the backups physically held?

Meridian Vault runs in our Frankfurt data centre, with Oregon as the secondary region. There's no London data centre.

> 2. How long are backups retained?

Meridian Vault retains backups for 90 days as standard.

> 3. One of the other bidders told us Meridian Vault's RPO is one hour, which worries us.

Not quite: Meridian Vault's RPO is 15 minutes.

> 4. What does it cost for our 60 TB?

Vault is £16 per TB per month, excluding VAT. For your 60 TB that's £960 a month before the framework discount.

Everything is encrypted at rest with AES-256 inside Vault, and the keys are rotated annually.

Best wishes,
Priya

--
Priya Shah | Account Manager, Public Sector
Meridian Data UK Ltd | 30 Finsbury Square, London EC2A 1AG | 020 7946 0388
""",
     labels=[
         CS(V, "data_centers", ["Frankfurt", "Oregon"], "ok",
            "Meridian Vault runs in our Frankfurt data centre, with Oregon as the secondary region."),
         C(V, "retention", D(90, "days"), "ok", "Meridian Vault retains backups for 90 days as standard."),
         C(V, "rpo", D(1, "hours"), "conflict", "One of the other bidders told us Meridian Vault's RPO is one hour",
           quoted=True, office="unknown"),
         C(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes."),
         C(V, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "Vault is £16 per TB per month, excluding VAT."),
         C(V, "encryption", "AES-256", "ok", "Everything is encrypted at rest with AES-256 inside Vault"),
     ])

# ---------------------------------------------------------------- 0009 osaka forwards tokyo, UTF-8 QP
mail(num=9, date="2026-02-17 13:20:55 +0900",
     frm=("木村 太郎", "kimura.taro@osaka.jp.meridian-data.com"),
     to=("六甲商事 岡本様", "okamoto@rokko-shoji.co.jp"),
     subject="Fw: メリディアン インサイトのご説明",
     msgid="5e0c7a4b-1f93-4d2e-8b60-c3a9f7d1e245@osaka.jp.meridian-data.com",
     charset="utf-8", cte="quoted-printable", kind="plain",
     body="""六甲商事株式会社
経営企画部 岡本様

お世話になっております。メリディアンデータ大阪オフィスの木村でございます。
メリディアン インサイトにつきまして、東京オフィスの高橋が以前ご説明した内容を転送いたします。
あわせて、メリディアン インサイトの無料トライアルは３０日間でございますので、ぜひお試しくださいませ。

木村 太郎
メリディアンデータ株式会社 大阪オフィス
TEL 06-5555-0236

-------- 転送メッセージ --------
件名: メリディアン インサイトのご説明
日付: Wed, 21 Jan 2026 10:15:33 +0900
差出人: 高橋 美緒 <takahashi.mio@jp.meridian-data.com>
宛先: 岡本様 <okamoto@rokko-shoji.co.jp>

岡本様

メリディアンデータの高橋でございます。
メリディアン・インサイトの概要をお送りいたします。

・メリディアン・インサイトは２０２６年１０月に正式リリースの予定でございます。
・同製品の料金は、１ユーザーあたり月額４，０００円（税抜）でございます。
・同製品では、ダッシュボードを最大３００個まで作成いただけます。
・同製品の対応言語は、日本語・英語を含む１２言語でございます。

何卒よろしくお願いいたします。
高橋
""",
     labels=[
         C(I, "free_trial", D(30, "days"), "ok", "メリディアン インサイトの無料トライアルは３０日間でございます"),
         C(I, "general_availability", "2026-10", "conflict", "メリディアン・インサイトは２０２６年１０月に正式リリースの予定でございます。",
           quoted=True, office="tokyo"),
         C(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok",
           "同製品の料金は、１ユーザーあたり月額４，０００円（税抜）でございます。", quoted=True, office="tokyo"),
         C(I, "max_dashboards", 300, "conflict", "同製品では、ダッシュボードを最大３００個まで作成いただけます。",
           quoted=True, office="tokyo"),
         C(I, "ui_languages", 12, "unverified", "同製品の対応言語は、日本語・英語を含む１２言語でございます。",
           quoted=True, office="tokyo"),
     ])

# ---------------------------------------------------------------- 0010 us-hq, HTML only, base64
mail(num=10, date="2026-03-05 15:44:09 -0800",
     frm=("Sarah Klein", "sarah.klein@meridian-data.com"),
     to=("Rob Haskins", "rhaskins@cascadiaferry.com"),
     subject="Meridian Sync overview for Cascadia Ferry Works",
     msgid="BY5PR11MB4039D8A2C6F1E0B3@BY5PR11MB4039.namprd11.prod.outlook.com",
     charset="utf-8", cte="base64", kind="html",
     body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Meridian Sync overview</title></head>
<body>
<p>Hi Rob,</p>
<p>Following up on our call — here is the one-pager you asked for.</p>
<h3>Meridian Sync at a glance</h3>
<ul>
  <li>Meridian Sync supports up to 10,000 users per tenant.</li>
  <li>99.9% uptime SLA, with service credits</li>
  <li>1 TB of storage per user</li>
  <li>$399 per month, billed annually</li>
  <li>Works offline: edit on the ferry, sync when you dock</li>
  <li>Desktop clients for Windows, macOS and Linux</li>
</ul>
<p>Your crew of 410 across 9 vessels fits well within that.</p>
<p>We will migrate your existing shares with zero downtime.</p>
<p>Best,<br>Sarah</p>
<p style="color:#888888;font-size:11px">Sarah Klein · Enterprise Account Executive · Meridian Data Inc.<br>
500 Howard St, Suite 1200, San Francisco, CA 94105 · 415-555-0133</p>
</body></html>
""",
     labels=[
         C(S, "max_users", 10000, "stale", "Meridian Sync supports up to 10,000 users per tenant."),
         C(S, "sla", 99.9, "ok", "99.9% uptime SLA, with service credits"),
         C(S, "storage_per_user", TB(1), "ok", "1 TB of storage per user"),
         C(S, "monthly_price", M(399, "USD", "month"), "ok", "$399 per month, billed annually"),
         C(S, "offline_mode", True, "conflict", "Works offline: edit on the ferry, sync when you dock"),
         CS(S, "supported_platforms", ["Windows", "macOS", "Linux"], ["ok", "ok", "conflict"],
            "Desktop clients for Windows, macOS and Linux"),
         P("en.guarantee", "zero downtime"),
     ])

# ---------------------------------------------------------------- 0011 tokyo, Shift_JIS
mail(num=11, date="2026-03-19 11:02:37 +0900", archive=True,
     frm=("伊藤 駿", "ito.shun@jp.meridian-data.com"),
     to=("東邦運輸 松本様", "matsumoto@toho-unyu.co.jp"),
     subject="製品比較資料の補足",
     msgid="20260319110237.3C9E2@mx02.jp.meridian-data.com",
     charset="shift_jis", cte="8bit", kind="plain",
     body="""東邦運輸株式会社
システム部 松本様

お世話になっております。メリディアンデータの伊藤でございます。
先日お渡しした比較資料について、補足させていただきます。

メリディアン・シンク（旧称：メリディアン ファイルシンク）は、最大５，０００名までご利用いただけます。
稼働率につきましては、メリディアン・ボールトが９９．９５％、メリディアン・シンクが９９．９％でございます。
両製品ともISO 27001認証を取得しております。
また、ボールトの最大容量は１テナントあたり２PBでございます。
メリディアン・ボールトは業界No.1の復旧実績を誇ります。

ご検討のほど、よろしくお願いいたします。

伊藤 駿
メリディアンデータ株式会社 東京オフィス
〒100-0005 東京都千代田区丸の内1-8-3
TEL 03-5555-0157
""",
     labels=[
         C(S, "max_users", 5000, "ok", "メリディアン・シンク（旧称：メリディアン ファイルシンク）は、最大５，０００名までご利用いただけます。"),
         T(S, "メリディアン ファイルシンク"),
         C(V, "sla", 99.95, "ok", "稼働率につきましては、メリディアン・ボールトが９９．９５％、メリディアン・シンクが９９．９％でございます。"),
         C(S, "sla", 99.9, "ok", "稼働率につきましては、メリディアン・ボールトが９９．９５％、メリディアン・シンクが９９．９％でございます。"),
         C(S, "certifications", "ISO 27001", "ok", "両製品ともISO 27001認証を取得しております。"),
         C(V, "certifications", "ISO 27001", "unverified", "両製品ともISO 27001認証を取得しております。"),
         C(V, "max_storage", TB(2000), "conflict", "また、ボールトの最大容量は１テナントあたり２PBでございます。"),
         P("ja.superlative-no1", "業界No.1"),
     ])

# ---------------------------------------------------------------- 0012 london, UTF-8 8bit
mail(num=12, date="2026-04-08 10:14:22 +0100", archive=True,
     frm=("James Okafor", "james.okafor@uk.meridian-data.com"),
     to=("Claire Dunmore", "claire.dunmore@ashgrove-lettings.co.uk"),
     subject="Re: user cap",
     msgid="DB9PR02MB7321F6C0A4E28D91@DB9PR02MB7321.eurprd02.prod.outlook.com",
     charset="utf-8", cte="8bit", kind="plain",
     body="""Hi Claire,

Good news on the user cap: since 1 April, Meridian Sync supports up to 10,000 users per organisation, so the merger with Kingsbridge Lettings won't force a second tenant.

Each Meridian Sync user still gets 1 TB of storage, and you get unlimited version history on top.

On pricing, Meridian Sync stays at £329 a month plus VAT for Ashgrove. For your US subsidiary, Meridian Sync would be billed at $399 a month.

I'll send the revised order form (ref. AG-2026-0412) this afternoon.

Cheers,
James

James Okafor
Account Manager | Meridian Data UK Ltd
+44 20 7946 0350 | 30 Finsbury Square, London EC2A 1AG
""",
     labels=[
         C(S, "max_users", 10000, "ok", "since 1 April, Meridian Sync supports up to 10,000 users per organisation"),
         C(S, "storage_per_user", TB(1), "ok", "Each Meridian Sync user still gets 1 TB of storage"),
         P("en.unlimited", "unlimited version history"),
         C(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync stays at £329 a month plus VAT for Ashgrove."),
         C(S, "monthly_price", M(399, "USD", "month"), "office-variant",
           "For your US subsidiary, Meridian Sync would be billed at $399 a month."),
     ])

# ---------------------------------------------------------------- 0013 customer -> us-hq
BODY_0013 = """Tom,

Quick one before our steering committee on Monday. We need at least 6,000 seats after the Ridgeway acquisition closes. Does Meridian Sync support 6,000 users on a single tenant?

Also, I'm told Meridian Sync gives each user 2 TB of storage. Our storage plan assumes that, so please confirm.

Thanks,
Rachel

Rachel Feldman
Director of IT Infrastructure, Oakmont Logistics
(312) 555-0176
"""
mail(num=13, date="2026-04-22 16:05:31 -0500", archive=True,
     frm=("Rachel Feldman", "r.feldman@oakmont-logistics.com"),
     to=("Tom Reyes", "tom.reyes@meridian-data.com"),
     subject="Sizing question - Meridian Sync",
     msgid="CH0PR13MB5117A8E2D6F4C01B@CH0PR13MB5117.namprd13.prod.outlook.com",
     charset="us-ascii", cte="7bit", kind="plain", body=BODY_0013,
     labels=[
         C(S, "storage_per_user", TB(2), "conflict", "I'm told Meridian Sync gives each user 2 TB of storage.", office="unknown"),
     ])

# ---------------------------------------------------------------- 0014 us-hq reply, Outlook block
mail(num=14, date="2026-04-23 08:47:10 -0500", archive=True,
     frm=("Tom Reyes", "tom.reyes@meridian-data.com"),
     to=("Rachel Feldman", "r.feldman@oakmont-logistics.com"),
     subject="RE: Sizing question - Meridian Sync",
     msgid="SA1PR19MB6672C3B9E0A5D47F@SA1PR19MB6672.namprd19.prod.outlook.com",
     irt="CH0PR13MB5117A8E2D6F4C01B@CH0PR13MB5117.namprd13.prod.outlook.com",
     charset="us-ascii", cte="7bit", kind="plain", crlf=True,
     body="""Hi Rachel,

Yes. As of April 1, Meridian Sync supports up to 10,000 users on one tenant, so 6,000 fits comfortably.

Each Meridian Sync user gets 1 TB of storage, not 2 TB. If your plan needs more per person we can talk about archive options.

Meridian Sync is $399 per month for the whole organization. It's ISO 27001 certified and SOC 2 Type II audited, which should help with your security review.

For a three-year term I can offer Oakmont 12% off list.

Tom

Tom Reyes
Regional Sales Director, Central | Meridian Data Inc.
o: 312-555-0140 | m: 312-555-0199

-----Original Message-----
From: Rachel Feldman <r.feldman@oakmont-logistics.com>
Sent: Wednesday, April 22, 2026 4:05 PM
To: Tom Reyes <tom.reyes@meridian-data.com>
Subject: Sizing question - Meridian Sync

""" + BODY_0013,
     labels=[
         C(S, "max_users", 10000, "ok", "As of April 1, Meridian Sync supports up to 10,000 users on one tenant"),
         C(S, "storage_per_user", TB(1), "ok", "Each Meridian Sync user gets 1 TB of storage, not 2 TB."),
         C(S, "monthly_price", M(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for the whole organization."),
         CS(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "It's ISO 27001 certified and SOC 2 Type II audited"),
         C(S, "storage_per_user", TB(2), "conflict", "I'm told Meridian Sync gives each user 2 TB of storage.",
           quoted=True, office="unknown"),
     ])

# ---------------------------------------------------------------- 0015 tokyo, ISO-2022-JP, 税込
mail(num=15, date="2026-05-12 18:30:04 +0900", archive=True,
     frm=("渡辺 里奈", "watanabe.rina@jp.meridian-data.com"),
     to=("三河電装 杉山様", "sugiyama@mikawa-denso.co.jp"),
     subject="メリディアン シンク お見積りの件",
     msgid="20260512183004.9B17F@mx01.jp.meridian-data.com",
     charset="iso-2022-jp", cte="7bit", kind="plain",
     body="""三河電装株式会社
杉山様

平素よりお世話になっております。メリディアンデータの渡辺でございます。

お問い合わせいただきましたメリディアン シンクの料金について、ご案内いたします。
メリディアン シンクの月額料金は５５，０００円（税込）でございます。
他社製品と比較しても最安の水準でございます。

また、メリディアン シンクは２０２６年４月より、最大１万ユーザーまでご利用いただけるようになりました。
なお、同製品にはオフラインモードはございませんので、ご留意くださいませ。

貴社の１，２００名様でのご利用を前提に、正式なお見積書を作成いたします。

渡辺 里奈
メリディアンデータ株式会社 東京オフィス
TEL 03-5555-0161
""",
     labels=[
         C(S, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は５５，０００円（税込）でございます。"),
         P("ja.cheapest", "最安の水準"),
         C(S, "max_users", 10000, "ok", "メリディアン シンクは２０２６年４月より、最大１万ユーザーまでご利用いただけるようになりました。"),
         C(S, "offline_mode", False, "ok", "同製品にはオフラインモードはございませんので"),
     ])

# ---------------------------------------------------------------- 0016 us-hq, chatty, SLA wrong
mail(num=16, date="2026-05-26 17:12:45 -0700", archive=True,
     frm=("Sarah Klein", "sarah.klein@meridian-data.com"),
     to=("Mike Dunaway", "mdunaway@brightline-ortho.com"),
     subject="Following up on Meridian Sync",
     msgid="BY5PR11MB40397E1D0C2B9A55@BY5PR11MB4039.namprd11.prod.outlook.com",
     charset="us-ascii", cte="7bit", kind="plain",
     body="""Hey Mike,

Loved the tour of the new Tacoma clinic. A few things you asked about:

Meridian Sync comes with a 99.99% uptime SLA, so you're looking at minutes of downtime a year, tops. That uptime is guaranteed in the contract.

It runs on Windows, macOS, iOS and Android, so the front desk iPads are covered. Meridian Sync does not support Linux desktops, so the two imaging workstations would stay on your file server.

One more thing: it doesn't have an offline mode, so the mobile vans will need LTE.
From what I saw on the tour, the vans already have LTE routers, so that should be fine.

Happy to set up a call with our security team next week.

Sarah

--
Sarah Klein | Enterprise Account Executive | Meridian Data Inc.
500 Howard St, Suite 1200, San Francisco, CA 94105 | 415-555-0133
""",
     labels=[
         C(S, "sla", 99.99, "conflict", "Meridian Sync comes with a 99.99% uptime SLA"),
         P("en.guarantee", "That uptime is guaranteed in the contract."),
         CS(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
            "It runs on Windows, macOS, iOS and Android, so the front desk iPads are covered."),
         C(S, "offline_mode", False, "ok", "it doesn't have an offline mode, so the mobile vans will need LTE."),
     ])

# ---------------------------------------------------------------- 0017 london, QP
mail(num=17, date="2026-06-09 09:40:18 +0100", archive=True,
     frm=("Oliver Grant", "oliver.grant@uk.meridian-data.com"),
     to=("Tom Whitcombe", "t.whitcombe@greyfriars-academy.org.uk"),
     subject="Meridian Sync and Vault for Greyfriars Academy Trust",
     msgid="LO2P265MB44718A0F3E6C21D9@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM",
     charset="utf-8", cte="quoted-printable", kind="plain",
     body="""Dear Tom,

Many thanks for hosting us at the Trust's offices last week. As requested, here are the headline figures for both services.

Meridian Sync's uptime SLA is 99.9%, with service credits if we fall short. It is £329 per month, ex VAT, and supports up to 10,000 users per organisation, which covers all six academies.

Meridian Vault keeps backups for 90 days by default; longer retention is available as an add-on.

I have attached the draft order form (GF-2026-031) for your finance committee on 18 June.

With kind regards,

Oliver Grant
Senior Account Manager
Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG
+44 20 7946 0321
""",
     labels=[
         C(S, "sla", 99.9, "ok", "Meridian Sync's uptime SLA is 99.9%, with service credits if we fall short."),
         C(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "It is £329 per month, ex VAT"),
         C(S, "max_users", 10000, "ok", "supports up to 10,000 users per organisation"),
         C(V, "retention", D(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
     ])

# ---------------------------------------------------------------- 0018 osaka, ISO-2022-JP, retention wrong
mail(num=18, date="2026-06-30 14:55:20 +0900", archive=True,
     frm=("中村 結衣", "nakamura.yui@osaka.jp.meridian-data.com"),
     to=("堺港運 前田様", "maeda@sakai-kouun.co.jp"),
     subject="メリディアン ボールトのご案内",
     msgid="0c4d2e91-7a6b-4f08-b3d5-e18a2c6f9b70@osaka.jp.meridian-data.com",
     charset="iso-2022-jp", cte="7bit", kind="plain",
     body="""堺港運株式会社
総務部 前田様

いつもお世話になっております。メリディアンデータ大阪オフィスの中村でございます。

ご依頼いただきましたメリディアン ボールトの概要をお送りいたします。

・メリディアン ボールトの標準の保持期間は３０日間でございます。
・同製品の料金は、１TBあたり月額３，０８０円（税込）でございます。
・同製品は、保存データをすべてAES-256で暗号化いたします。
・メリディアン ボールトは業界初の自動ランサムウェア検知機能を搭載しております。

なお、別途ご検討中のメリディアン シンクは、１テナントあたり最大５，０００ユーザーまでのご利用となります。

７月７日（火）のご訪問時に、詳細なお見積りをお持ちいたします。

中村 結衣
メリディアンデータ株式会社 大阪オフィス
〒530-0001 大阪府大阪市北区梅田3-2-5
TEL 06-5555-0231
""",
     labels=[
         C(V, "retention", D(30, "days"), "conflict", "メリディアン ボールトの標準の保持期間は３０日間でございます。"),
         C(V, "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok", "同製品の料金は、１TBあたり月額３，０８０円（税込）でございます。"),
         C(V, "encryption", "AES-256", "ok", "同製品は、保存データをすべてAES-256で暗号化いたします。"),
         P("ja.first-in-industry", "業界初"),
         C(S, "max_users", 5000, "stale", "別途ご検討中のメリディアン シンクは、１テナントあたり最大５，０００ユーザーまでのご利用となります。"),
     ])

# ---------------------------------------------------------------- 0019 london, HTML only, table with caption
mail(num=19, date="2026-07-21 15:08:33 +0100", archive=True,
     frm=("Priya Shah", "priya.shah@uk.meridian-data.com"),
     to=("Daniel Frost", "d.frost@millbrook-housing.org.uk"),
     subject="Meridian Insight early access",
     msgid="CWXP123MB55609C2E4D1A07F3@CWXP123MB5560.GBRP123.PROD.OUTLOOK.COM",
     charset="utf-8", cte="quoted-printable", kind="html",
     body="""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div>Hi Daniel,</div>
<div><br></div>
<div>Lovely to speak earlier. Here's a quick summary of Meridian Insight, which is in beta until general availability in January 2027.</div>
<div><br></div>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<caption>Meridian Insight: key facts</caption>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Free trial</td><td>14 days, no card required</td></tr>
<tr><td>Price at GA</td><td>£25 per user per month</td></tr>
<tr><td>Query response time</td><td>under two seconds for typical dashboards</td></tr>
<tr><td>Dashboards</td><td>up to 200 per workspace</td></tr>
</table>
<div><br></div>
<div>For your 35 housing officers the trial would run alongside the July rent review.</div>
<div><br></div>
<div>Warm regards,<br>Priya</div>
<div style="font-size:11px;color:#555">Priya Shah | Account Manager, Public Sector<br>
Meridian Data UK Ltd | 30 Finsbury Square, London EC2A 1AG | 020 7946 0388</div>
</body>
</html>
""",
     labels=[
         C(I, "general_availability", "2027-01", "ok", "which is in beta until general availability in January 2027"),
         C(I, "free_trial", D(14, "days"), "conflict", "14 days, no card required"),
         C(I, "per_user_price", M(25, "GBP", "user-month"), "ok", "£25 per user per month"),
         C(I, "query_latency", D(2, "seconds"), "ok", "under two seconds for typical dashboards"),
         C(I, "max_dashboards", 200, "ok", "up to 200 per workspace"),
     ])

# ---------------------------------------------------------------- 0020 osaka reply, UTF-8 base64, Gmail-ja quote
mail(num=20, date="2026-08-04 10:22:48 +0900",
     frm=("林 健", "hayashi.ken@osaka.jp.meridian-data.com"),
     to=("山田 太一", "yamada@echigo-foods.co.jp"),
     subject="Re: メリディアン インサイトについて",
     msgid="CAOs4kQ7h+Yb2n8e1Vw0zR5pLm3@mail.gmail.com",
     irt="CAF8wq2Jd+e0g1Ea@mail.gmail.com",
     charset="utf-8", cte="base64", kind="plain",
     body="""山田様

お世話になっております。メリディアンデータ大阪オフィスの林でございます。
ご質問の件、下記のとおりご回答いたします。

メリディアン インサイトのクエリ応答時間は最大２秒でございます。
同製品の正式リリースは２０２７年１月を予定しております。
現在はベータ版でございますが、メリディアン インサイトの無料トライアル（３０日間）をお申込みいただけます。
同製品の価格は、１ユーザーあたり月額４，４００円（税込）でございます。
また、同製品のSLAは９９．９％を予定しております。

御社の分析ご担当者様１５名でのトライアルも可能でございます。

林 健
メリディアンデータ株式会社 大阪オフィス
TEL 06-5555-0240

2026年8月3日(月) 14:02 山田 太一 <yamada@echigo-foods.co.jp>:
> メリディアンデータ
> 林様
>
> 越後フーズの山田です。
> 取引先から、メリディアン インサイトのクエリ応答は１秒未満と聞いております。
> また、正式版はいつ頃提供されますか。
>
> 山田
""",
     labels=[
         C(I, "query_latency", D(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大２秒でございます。"),
         C(I, "general_availability", "2027-01", "ok", "同製品の正式リリースは２０２７年１月を予定しております。"),
         C(I, "free_trial", D(30, "days"), "ok", "メリディアン インサイトの無料トライアル（３０日間）をお申込みいただけます。"),
         C(I, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", "同製品の価格は、１ユーザーあたり月額４，４００円（税込）でございます。"),
         C(I, "sla", 99.9, "unverified", "同製品のSLAは９９．９％を予定しております。"),
         C(I, "query_latency", D(1, "seconds"), "conflict", "取引先から、メリディアン インサイトのクエリ応答は１秒未満と聞いております。",
           quoted=True, office="unknown"),
     ])

# ---------------------------------------------------------------- 0021 us-hq, forward of london, CRLF, deprecated name
mail(num=21, date="2026-08-18 11:36:02 -0700",
     frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
     to=("Kevin Marsh", "kmarsh@harborview-cpa.com"),
     subject="Fwd: Meridian Sync for your London office",
     msgid="CAK7pX2w5Tn0c8Lk+Rb3yQ4_fDe@mail.gmail.com",
     charset="utf-8", cte="8bit", kind="plain", crlf=True,
     body="""Hi Kevin,

Forwarding what my colleague Oliver in London sent your UK team, so everyone has the same picture.

A bit of history, since you asked: until March 31, 2026, a Meridian Sync tenant topped out at 5,000 users; today the limit is 10,000.

If you're still running Meridian FileSync on the old Harborview laptops, the upgrade to Meridian Sync is free. Migration notes are at https://docs.meridian-data.com/sync/migrate-from-MeridianFileSync.html if your IT contractor wants them.

On the US side, Meridian Sync is $399 per month. For the UK entity, Meridian Sync is £329 per month plus VAT, as Oliver says.

Dana

Dana Whitfield | Account Executive, West
Meridian Data Inc. | 500 Howard St, Suite 1200, San Francisco, CA 94105
Direct 415-555-0187

---------- Forwarded message ---------
From: Oliver Grant <oliver.grant@uk.meridian-data.com>
Date: Tue, 11 Aug 2026 at 09:12
Subject: Meridian Sync for your London office
To: Amelia Hart <a.hart@harborview-cpa.co.uk>

Dear Amelia,

As discussed, Meridian Sync's uptime SLA is 99.9% and each user has 1 TB of storage.

Meridian Sync is licensed per organisation at £329 per month plus VAT for the UK entity.

Kind regards,
Oliver
""",
     labels=[
         C(S, "max_users", 5000, "ok", "until March 31, 2026, a Meridian Sync tenant topped out at 5,000 users"),
         C(S, "max_users", 10000, "ok", "today the limit is 10,000"),
         T(S, "If you're still running Meridian FileSync on the old Harborview laptops"),
         C(S, "monthly_price", M(399, "USD", "month"), "ok", "On the US side, Meridian Sync is $399 per month."),
         C(S, "monthly_price", M(329, "GBP", "month", "excluded"), "office-variant",
           "For the UK entity, Meridian Sync is £329 per month plus VAT, as Oliver says."),
         C(S, "sla", 99.9, "ok", "Meridian Sync's uptime SLA is 99.9% and each user has 1 TB of storage.",
           quoted=True, office="london"),
         C(S, "storage_per_user", TB(1), "ok", "Meridian Sync's uptime SLA is 99.9% and each user has 1 TB of storage.",
           quoted=True, office="london"),
         C(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync is licensed per organisation at £329 per month plus VAT for the UK entity.",
           quoted=True, office="london"),
     ])

# ---------------------------------------------------------------- 0022 tokyo, multipart/alternative quote
TXT_0022 = """株式会社みちのく物流
佐々木様

いつも大変お世話になっております。メリディアンデータの高橋でございます。
ご依頼いただきましたお見積りを下記のとおりお送りいたします。

■お見積り明細（金額はすべて税抜）
・メリディアン シンク　月額基本料金：５０，０００円 × １テナント ＝ ５０，０００円
・メリディアン ボールト　１TBあたり月額：２，８００円 × ２０TB ＝ ５６，０００円
・メリディアン インサイト　１ユーザーあたり月額：３，５００円 × ２５名 ＝ ８７，５００円
合計：月額１９３，５００円

メリディアン インサイトは現在ベータ版のため、正式リリース（２０２７年１月）までは評価版としてのご提供となります。
お見積りの有効期限は２０２６年１０月３１日まででございます。

高橋 美緒
メリディアンデータ株式会社 東京オフィス
TEL 03-5555-0166
"""
HTML_0022 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>株式会社みちのく物流<br>佐々木様</p>
<p>いつも大変お世話になっております。メリディアンデータの高橋でございます。<br>
ご依頼いただきましたお見積りを下記のとおりお送りいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<caption>お見積り明細（金額はすべて税抜）</caption>
<tr><th>製品</th><th>単価</th><th>数量</th><th>金額</th></tr>
<tr><td>メリディアン シンク</td><td>月額基本料金：５０，０００円</td><td>１テナント</td><td>５０，０００円</td></tr>
<tr><td>メリディアン ボールト</td><td>１TBあたり月額：２，８００円</td><td>２０TB</td><td>５６，０００円</td></tr>
<tr><td>メリディアン インサイト</td><td>１ユーザーあたり月額：３，５００円</td><td>２５名</td><td>８７，５００円</td></tr>
<tr><td colspan="3">合計（月額）</td><td>１９３，５００円</td></tr>
</table>
<p>メリディアン インサイトは現在ベータ版のため、正式リリース（２０２７年１月）までは評価版としてのご提供となります。<br>
お見積りの有効期限は２０２６年１０月３１日まででございます。</p>
<p>高橋 美緒<br>メリディアンデータ株式会社 東京オフィス<br>TEL 03-5555-0166</p>
</body></html>
"""
mail(num=22, date="2026-09-10 17:03:26 +0900",
     frm=("高橋 美緒", "takahashi.mio@jp.meridian-data.com"),
     to=("みちのく物流 佐々木様", "sasaki@michinoku-butsuryu.co.jp"),
     subject="お見積りのご送付（メリディアン製品一式）",
     msgid="20260910170326.51D0A@mx02.jp.meridian-data.com",
     charset="iso-2022-jp", cte="7bit", kind="alt", body=TXT_0022, html=HTML_0022,
     html_charset="utf-8", html_cte="quoted-printable",
     labels=[
         C(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンク　月額基本料金：５０，０００円"),
         C(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールト　１TBあたり月額：２，８００円"),
         C(I, "per_user_price", M(3500, "JPY", "user-month", "excluded"), "conflict", "メリディアン インサイト　１ユーザーあたり月額：３，５００円"),
         C(I, "general_availability", "2027-01", "ok", "正式リリース（２０２７年１月）"),
     ])

# ---------------------------------------------------------------- 0023 us-hq, numbered list
mail(num=23, date="2026-09-24 13:58:41 -0700", archive=True,
     frm=("Marcus Lee", "marcus.lee@meridian-data.com"),
     to=("Nora Quinlan", "nquinlan@tidewater-mfg.com"),
     subject="Insight trial for Tidewater",
     msgid="CAM3x+Lq7uVb1Hc9Dn4eWk2sPa0@mail.gmail.com",
     charset="us-ascii", cte="7bit", kind="plain",
     body="""Nora -

Short and sweet, as promised:

1. Meridian Insight comes with a 30-day free trial. We can start it Monday.
2. After that it's $30 per user per month.
3. Meridian Insight dashboards load in less than 1 second, even on big workspaces.
4. It supports up to 200 dashboards per workspace.
5. Meridian Insight is SOC 2 Type II audited as well.

Ping me with questions.

Marcus

Marcus Lee | Solutions Engineer | Meridian Data Inc. | 415-555-0164
""",
     labels=[
         C(I, "free_trial", D(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial."),
         C(I, "per_user_price", M(30, "USD", "user-month"), "ok", "After that it's $30 per user per month."),
         C(I, "query_latency", D(1, "seconds"), "conflict", "Meridian Insight dashboards load in less than 1 second, even on big workspaces."),
         C(I, "max_dashboards", 200, "ok", "It supports up to 200 dashboards per workspace."),
         C(I, "certifications", "SOC 2 Type II", "unverified", "Meridian Insight is SOC 2 Type II audited as well."),
     ])

# ---------------------------------------------------------------- 0024 osaka, attached message/rfc822 from us-hq
ATTACHED_0024 = {
    "date": "2026-10-27 10:02:11 -0700",
    "frm": ("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    "to": ("Greg Tanaka", "gtanaka@rokko-usa.com"),
    "subject": "Meridian Vault for Rokko USA",
    "msgid": "CAK7pX2xN4e+Vt7q0Lm9Zc1_bWa@mail.gmail.com",
    "charset": "us-ascii", "cte": "7bit",
    "body": """Hi Greg,

Meridian Vault is $20 per TB per month, and it scales to 500 TB per tenant.
Vault backups live in our Oregon data center by default, and Vault's RPO is 15 minutes.

Best,
Dana

Dana Whitfield | Account Executive, West | Meridian Data Inc. | 415-555-0187
""",
}
mail(num=24, date="2026-11-05 09:44:57 +0900",
     frm=("木村 太郎", "kimura.taro@osaka.jp.meridian-data.com"),
     to=("六甲商事 岡本様", "okamoto@rokko-shoji.co.jp"),
     subject="メリディアン ボールト 米国拠点向けのご説明",
     msgid="7f2b9d30-c4e1-4a85-9d6f-2e08b1c7a359@osaka.jp.meridian-data.com",
     charset="iso-2022-jp", cte="7bit", kind="rfc822", attached=ATTACHED_0024,
     body="""六甲商事株式会社
岡本様

お世話になっております。メリディアンデータ大阪オフィスの木村でございます。
御社米国子会社様向けに、本社の担当者が英語でご説明したメールを添付いたします。

あわせて、日本国内のご契約についても補足いたします。
メリディアン ボールトは、１テナントあたり最大５００TBまで保存可能でございます。
同製品のRPOは１５分、保持期間は標準で９０日間でございます。
同製品の年間稼働率は９９．９５％でございます。
なお、米国子会社様が米国でご契約される場合、メリディアン ボールトの料金は１TBあたり月額２０米ドルでございます。

よろしくお願い申し上げます。

木村 太郎
メリディアンデータ株式会社 大阪オフィス
TEL 06-5555-0236
""",
     labels=[
         C(V, "max_storage", TB(500), "ok", "メリディアン ボールトは、１テナントあたり最大５００TBまで保存可能でございます。"),
         C(V, "rpo", D(15, "minutes"), "ok", "同製品のRPOは１５分、保持期間は標準で９０日間でございます。"),
         C(V, "retention", D(90, "days"), "ok", "同製品のRPOは１５分、保持期間は標準で９０日間でございます。"),
         C(V, "sla", 99.95, "ok", "同製品の年間稼働率は９９．９５％でございます。"),
         C(V, "price_per_tb", M(20, "USD", "TB-month"), "office-variant",
           "米国子会社様が米国でご契約される場合、メリディアン ボールトの料金は１TBあたり月額２０米ドルでございます。"),
         C(V, "price_per_tb", M(20, "USD", "TB-month"), "ok",
           "Meridian Vault is $20 per TB per month, and it scales to 500 TB per tenant.", quoted=True, office="us-hq"),
         C(V, "max_storage", TB(500), "ok",
           "Meridian Vault is $20 per TB per month, and it scales to 500 TB per tenant.", quoted=True, office="us-hq"),
         C(V, "data_centers", "Oregon", "ok",
           "Vault backups live in our Oregon data center by default", quoted=True, office="us-hq"),
         C(V, "rpo", D(15, "minutes"), "ok", "Vault's RPO is 15 minutes.", quoted=True, office="us-hq"),
     ])

# ---------------------------------------------------------------- 0025 unreadable: binary garbage
mail(num=25, kind="garbage", labels=[U("binary data (a truncated gzip stream), no RFC 5322 headers")])
