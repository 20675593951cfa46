# -*- coding: utf-8 -*-
"""The messages and documents of set 61, with their labels (LABELS.md).

Each message: n, date (ISO with offset), from, to, cc, subject, message_id, body,
charset/cte/style (how its mailer encodes it), mbox (also in archive.mbox),
claims (C(...)) and findings (F(...)). Quoted claims name their author's office.
"""

CROSS_OFFICE = []


def build(M, D, C, F, usd, gbp, jpy, dur, TB, SYNC, VAULT, INSIGHT):
    def requote(claims, office, prefix=""):
        """The claims of a message body quoted in full inside another one."""
        return [dict(c, quoted=True, office=office) for c in claims]

    # ================================================================ 0001
    # us-hq AE to a dental group, March 2026: the user limit before and after 1 April.
    b0001 = """Hi Maria,

Thanks for the time on Thursday -- great to meet Dr. Alvarez and the front-desk leads from all 14 practices.

A few answers from the call:

- Meridian Sync supports up to 5,000 users per organization today. Your 240 seats fit comfortably.
From 1 April 2026, Meridian Sync will support up to 10,000 users per organization (spec v3.2), so growth is not a concern.
- Storage: every Meridian Sync user gets 1 TB.
- Pricing: Meridian Sync is $399 per month at list. The 12% multi-year discount we talked about holds if we sign by March 31.

Your IT contact asked about older admin docs. Anything under https://docs.meridian-data.com/MeridianFileSync/admin-guide/ still applies to the current product.

I'll send the order form Tuesday. Happy to set up a 30-minute call with our solutions engineer if that helps.

Best,
Dana

--
Dana Whitfield | Account Executive, Healthcare
Meridian Data Inc. | 101 Mission Street, Suite 1400, San Francisco, CA 94105
m: (415) 555-0182 | o: (415) 555-0100 x214
"""
    M(n="0001", date="2026-03-16T11:42:10-07:00",
      **{"from": ("Dana Whitfield", "dana.whitfield@meridian-data.com")},
      to=[("Maria Delgado", "mdelgado@redwooddental.com")],
      subject="Follow-up: Meridian Sync for Redwood Dental",
      message_id="7C3E91A4-2B6F-4D0E-9A51-3F8D2C6B1E07@meridian-data.com",
      extra_headers=[("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
                     ("Content-Language", "en-US")],
      charset="us-ascii", cte="7bit", crlf=False, mbox=True,
      body=b0001,
      claims=[
          C(SYNC, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per organization today."),
          C(SYNC, "max_users", 10000, "ok", "From 1 April 2026, Meridian Sync will support up to 10,000 users per organization (spec v3.2)"),
          C(SYNC, "storage_per_user", 1 * TB, "ok", "Storage: every Meridian Sync user gets 1 TB."),
          C(SYNC, "monthly_price", usd(399), "ok", "Pricing: Meridian Sync is $399 per month at list."),
      ])

    # ================================================================ 0002
    # us-hq product marketing, internal announcement of the 1 April change.
    b0002 = """Team,

Quick heads-up ahead of the spec v3.2 release on April 1.

Starting April 1, 2026, Meridian Sync supports up to 10,000 users per organization.

Until March 31, the documented limit for Meridian Sync is still 5,000 users, so please keep quoting that figure in anything that goes out before then.

Nothing else changes. Meridian Sync pricing stays at $399 per month in the US and at JPY 50,000 per month (excluding consumption tax) in Japan.

The updated one-pager and battlecard will be on the Highspot page by March 27. Questions to me or to #sales-enablement.

Thanks,
Priya

Priya Raman
Director, Product Marketing
Meridian Data Inc. | +1 415 555 0139
"""
    M(n="0002", date="2026-03-20T09:05:33-07:00",
      **{"from": ("Priya Raman", "priya.raman@meridian-data.com")},
      to=[("Sales - All", "sales-all@meridian-data.com")],
      cc=[("Sales Ops", "salesops@meridian-data.com")],
      subject="[Claims update] Meridian Sync limit change, effective April 1",
      message_id="BY5PR17MB36901C2E4F8A0D7B5E3C9A41F2D6B0E8@BY5PR17MB3690.namprd17.prod.outlook.com",
      extra_headers=[("Thread-Topic", "[Claims update] Meridian Sync limit change, effective April 1"),
                     ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")],
      charset="us-ascii", cte="7bit", alternative=True, html_charset="us-ascii", style="outlook",
      mbox=False, body=b0002,
      claims=[
          C(SYNC, "max_users", 10000, "ok", "Starting April 1, 2026, Meridian Sync supports up to 10,000 users per organization."),
          C(SYNC, "max_users", 5000, "ok", "Until March 31, the documented limit for Meridian Sync is still 5,000 users"),
          C(SYNC, "monthly_price", usd(399), "ok", "Meridian Sync pricing stays at $399 per month in the US"),
          C(SYNC, "monthly_price", jpy(50000), "office-variant", "at JPY 50,000 per month (excluding consumption tax) in Japan"),
      ])

    # ================================================================ 0003
    # London AM to a logistics customer: wrong SLA, wrong offline claim.
    b0003 = """Dear James,

Thank you again for hosting us at Daventry on Thursday. As promised, a short summary of where we landed on Meridian Sync.

Meridian Sync carries a 99.95% uptime SLA, backed by service credits.

Meridian Sync supports offline mode, so the drivers' tablets can keep working between depots and catch up when they are back on the network.

It runs on Windows, macOS, iOS and Android, so the warehouse PCs and the Android handhelds are both covered.

On pricing, Meridian Sync is \u00a3329 per month plus VAT for the whole organisation.

For your 180 staff across Daventry and Felixstowe, we would suggest a four-week pilot with the transport office first. I've pencilled in a workshop for Tuesday 22 September at 10:00; do let me know if that clashes with your quarter-end.

Your PO reference for the pilot would be HL-2026-0417.

Kind regards,

Oliver Pembridge
Senior Account Manager
Meridian Data UK Ltd
20 Farringdon Street, London EC4A 4AB
T +44 20 7946 0321 | M +44 7700 900 418
Registered in England and Wales No. 11834562 | VAT GB 318 4471 92
"""
    c0003 = [
        C(SYNC, "sla", 99.95, "conflict", "Meridian Sync carries a 99.95% uptime SLA, backed by service credits."),
        C(SYNC, "offline_mode", True, "conflict", "Meridian Sync supports offline mode, so the drivers' tablets can keep working between depots"),
        C(SYNC, "supported_platforms", "Windows", "ok", "It runs on Windows, macOS, iOS and Android"),
        C(SYNC, "supported_platforms", "macOS", "ok", "It runs on Windows, macOS, iOS and Android"),
        C(SYNC, "supported_platforms", "iOS", "ok", "It runs on Windows, macOS, iOS and Android"),
        C(SYNC, "supported_platforms", "Android", "ok", "It runs on Windows, macOS, iOS and Android"),
        C(SYNC, "monthly_price", gbp(329, tax="excluded"), "ok", "On pricing, Meridian Sync is \u00a3329 per month plus VAT for the whole organisation."),
    ]
    M(n="0003", date="2026-09-08T10:14:27+01:00",
      **{"from": ("Oliver Pembridge", "oliver.pembridge@uk.meridian-data.com")},
      to=[("James Fenwick", "j.fenwick@harwicklogistics.co.uk")],
      cc=[("", "crm-capture@meridian-data.com")],
      subject="Harwick Logistics - Meridian Sync follow-up",
      message_id="LO2P265MB51270A3E9C1B4F6D28E7A5C03B19D4F2@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM",
      extra_headers=[("Thread-Topic", "Harwick Logistics - Meridian Sync follow-up"), ("Content-Language", "en-GB")],
      charset="utf-8", cte="quoted-printable", alternative=True, style="outlook", mbox=True,
      body=b0003, claims=c0003)

    # ================================================================ 0004
    # us-hq sales ops corrects London (internal), Outlook block quoting 0003.
    b0004 = """Oliver,

Saw the Harwick summary go through the CRM. Two things before James forwards it to his IT team.

Please stop quoting 99.95% for Meridian Sync -- that number belongs to Meridian Vault. The Meridian Sync SLA is 99.9% (SLA v4, Schedule A).

Meridian Sync has no offline mode. Clients need a connection to sync, and I'd rather we say that now than have the drivers find out in week two of the pilot.

Can you send James a short correction today? Siobhan, can you check the UK battlecard for the same two lines?

Thanks,
Marcus

Marcus Oyelaran | Sales Operations | Meridian Data Inc.
+1 415 555 0176

-----Original Message-----
From: Oliver Pembridge <oliver.pembridge@uk.meridian-data.com>
Sent: Tuesday, September 8, 2026 10:14 AM
To: James Fenwick <j.fenwick@harwicklogistics.co.uk>
Cc: crm-capture@meridian-data.com
Subject: Harwick Logistics - Meridian Sync follow-up

""" + b0003
    M(n="0004", date="2026-09-15T08:31:09-07:00",
      **{"from": ("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")},
      to=[("Oliver Pembridge", "oliver.pembridge@uk.meridian-data.com")],
      cc=[("Siobhan Clarke", "siobhan.clarke@uk.meridian-data.com")],
      subject="RE: Harwick Logistics - Meridian Sync follow-up",
      message_id="BY5PR17MB3690E2A71F04C9B83D5A6E10C7F2B49A@BY5PR17MB3690.namprd17.prod.outlook.com",
      in_reply_to="LO2P265MB51270A3E9C1B4F6D28E7A5C03B19D4F2@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM",
      extra_headers=[("Thread-Topic", "Harwick Logistics - Meridian Sync follow-up"), ("Content-Language", "en-US")],
      charset="utf-8", cte="quoted-printable", alternative=True, style="outlook", mbox=False,
      body=b0004,
      claims=[
          C(SYNC, "sla", 99.9, "ok", "The Meridian Sync SLA is 99.9% (SLA v4, Schedule A)."),
          C(SYNC, "offline_mode", False, "ok", "Meridian Sync has no offline mode."),
      ] + requote(c0003, "london"))

    # ================================================================ 0005
    # Tokyo to a Japanese manufacturer (Becky!, ISO-2022-JP): all correct.
    b0005 = """株式会社みなと精機
情報システム部 山口 様

いつも大変お世話になっております。
メリディアンデータ東京支店の佐藤でございます。

先日はお忙しいところ、オンラインでのお打ち合わせにお時間をいただき、誠にありがとうございました。
ご質問いただいた点につきまして、以下のとおりご回答申し上げます。

1. ご利用人数について
メリディアン シンクは、1組織あたり最大1万ユーザーまでご利用いただけます。
貴社のご利用予定（約320名）であれば、十分に余裕がございます。

2. 稼働率について
同製品のSLAは、月間稼働率99.9%でございます。

3. 料金について
メリディアン シンクの月額料金は50,000円（税抜）でございます。
年間契約の場合のお見積りは、別途お送りいたします。

次回のお打ち合わせは、10月6日（火）14時から貴社にてお願いできればと存じます。
ご不明な点がございましたら、お気軽にお申し付けくださいませ。

何卒よろしくお願い申し上げます。

────────────────────────────
株式会社メリディアンデータ 東京支店
営業部 佐藤 健一（Kenichi Sato）
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL: 03-6555-0147 / FAX: 03-6555-0148
適格請求書発行事業者登録番号：T4010401234567
────────────────────────────
"""
    M(n="0005", date="2026-09-25T10:30:12+09:00",
      **{"from": ("佐藤 健一", "k.sato@jp.meridian-data.com")},
      to=[("山口 亮", "yamaguchi.r@minato-seiki.co.jp")],
      subject="メリディアン シンクに関するご質問への回答",
      message_id="20260925103012.4F2A.K.SATO@jp.meridian-data.com",
      extra_headers=[("X-Mailer", "Becky! ver. 2.81.06 [ja]")],
      charset="iso-2022-jp", cte="7bit", mbox=True, body=b0005,
      claims=[
          C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは、1組織あたり最大1万ユーザーまでご利用いただけます。"),
          C(SYNC, "sla", 99.9, "ok", "同製品のSLAは、月間稼働率99.9%でございます。"),
          C(SYNC, "monthly_price", jpy(50000), "ok", "メリディアン シンクの月額料金は50,000円（税抜）でございます。"),
      ])

    # ================================================================ 0006
    # us-hq AE to a retailer in August: Insight GA date and latency wrong.
    b0006 = """Hi Rachel,

Great chatting yesterday. Recapping the Meridian Insight points for your finance and merchandising teams:

Meridian Insight is in beta today and will be generally available in October 2026.

Dashboards in Meridian Insight load in under a second, even on the full sales history you showed us.

Meridian Insight is $30 per user per month. It also comes with a 30-day free trial, so your 45 analysts can kick the tires first.

I'll set up the trial workspace once you send over the list of names. Does Oct 6 still work for the kickoff?

Cheers,
Dana

Dana Whitfield
Account Executive | Meridian Data
(415) 555-0182
"""
    c0006 = [
        C(INSIGHT, "general_availability", "2026-10", "conflict", "Meridian Insight is in beta today and will be generally available in October 2026."),
        C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "Dashboards in Meridian Insight load in under a second"),
        C(INSIGHT, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month."),
        C(INSIGHT, "free_trial", dur(30, "days"), "ok", "It also comes with a 30-day free trial"),
    ]
    M(n="0006", date="2026-08-20T16:12:44-07:00",
      **{"from": ("Dana Whitfield", "dana.whitfield@meridian-data.com")},
      to=[("Rachel Nguyen", "r.nguyen@cascadeoutdoor.com")],
      subject="Meridian Insight - recap and next steps",
      message_id="CAK7mQx3vR9pZt2N0yWf4bLhE8sJc1GdU6oYa5iTnPq=Xk2Vw@mail.gmail.com",
      charset="UTF-8", cte="7bit", alternative=True, style="gmail", boundary_prefix="000000000000a41c3b",
      mbox=True, body=b0006, claims=c0006)

    # ================================================================ 0007
    # Osaka to a chemicals firm (Outlook, UTF-8 base64): RPO wrong, rest right.
    b0007 = """北浜化成株式会社
総務部 システム管理課
浅野 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
メリディアンデータ大阪支店の西田でございます。

先般お打ち合わせさせていただきましたバックアップ基盤の件につき、
メリディアン・ボールトのご提案内容を下記のとおりお送りいたします。

・メリディアン・ボールトのRPO（目標復旧時点）は5分でございます。
・同製品の標準の保持期間は90日間でございます。
・同製品のデータは、東京および大阪のデータセンターに保管いたします。
・料金は、メリディアン・ボールトの1TBあたり月額2,800円（税抜）でございます。

御社の現在のバックアップ対象容量（約38TB）を前提に、初年度は10%のお値引きをご用意しております。
詳細は添付のお見積書をご確認くださいませ。

何卒ご検討のほど、よろしくお願い申し上げます。

--
株式会社メリディアンデータ 大阪支店
ソリューション営業課 西田 浩二
〒530-0001 大阪市北区梅田3-1-3 ノースゲートビル21F
TEL 06-6345-0192 / 携帯 090-1234-5678
"""
    M(n="0007", date="2026-10-02T15:47:03+09:00",
      **{"from": ("西田 浩二", "k.nishida@osaka.jp.meridian-data.com")},
      to=[("浅野 真一", "asano.shinichi@kitahama-kasei.co.jp")],
      subject="【ご提案】メリディアン・ボールトによるバックアップ基盤のご提案",
      message_id="TYCPR01MB8437F3A2C05D19E64B7A0C82D5E1F39B@TYCPR01MB8437.jpnprd01.prod.outlook.com",
      extra_headers=[("Content-Language", "ja-JP")],
      charset="utf-8", cte="base64", alternative=True, style="outlook", mbox=True, body=b0007,
      claims=[
          C(VAULT, "rpo", dur(5, "minutes"), "conflict", "メリディアン・ボールトのRPO（目標復旧時点）は5分でございます。"),
          C(VAULT, "retention", dur(90, "days"), "ok", "同製品の標準の保持期間は90日間でございます。"),
          C(VAULT, "data_centers", "Tokyo", "ok", "同製品のデータは、東京および大阪のデータセンターに保管いたします。"),
          C(VAULT, "data_centers", "Osaka", "ok", "同製品のデータは、東京および大阪のデータセンターに保管いたします。"),
          C(VAULT, "price_per_tb", jpy(2800, "TB-month"), "ok", "料金は、メリディアン・ボールトの1TBあたり月額2,800円（税抜）でございます。"),
      ])

    # ================================================================ 0008
    # the retailer replies in October, interleaved, quoting two of Dana's August lines.
    b0008 = """Hi Dana,

Sorry for the slow reply -- fiscal planning ate September.

On Thu, Aug 20, 2026 at 4:12 PM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
> Meridian Insight is in beta today and will be generally available in October 2026.

We'd want to be on the GA build, not the beta, before we roll it out to the stores. Is that date still holding?

> Meridian Insight is $30 per user per month.

Budget is approved at that number for the first 60 seats.

One more thing: the partner rep we met at the Retail Analytics Summit told us Meridian Insight supports up to 500 dashboards per workspace. We'll need around 300 across merchandising and finance, so that matters to us.

Thanks,
Rachel

Rachel Nguyen
Director, FP&A | Cascade Outdoor Co.
1220 SE Water Ave, Portland, OR 97214 | (503) 555-0147
"""
    M(n="0008", date="2026-10-12T09:58:21-07:00",
      **{"from": ("Rachel Nguyen", "r.nguyen@cascadeoutdoor.com")},
      to=[("Dana Whitfield", "dana.whitfield@meridian-data.com")],
      subject="Re: Meridian Insight - recap and next steps",
      message_id="CAH2xWq8Lm5Tb0Rk3Zc7Yv1NfGd9Ps4Je6Ua2Io_Hn8Qw0Ed@mail.gmail.com",
      in_reply_to="CAK7mQx3vR9pZt2N0yWf4bLhE8sJc1GdU6oYa5iTnPq=Xk2Vw@mail.gmail.com",
      charset="UTF-8", cte="7bit", alternative=True, style="gmail", boundary_prefix="0000000000005e7f21",
      mbox=True, body=b0008,
      claims=[
          C(INSIGHT, "general_availability", "2026-10", "conflict", "Meridian Insight is in beta today and will be generally available in October 2026.", quoted=True, office="us-hq"),
          C(INSIGHT, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month.", quoted=True, office="us-hq"),
          C(INSIGHT, "max_dashboards", 500, "conflict", "told us Meridian Insight supports up to 500 dashboards per workspace"),
      ])

    # ================================================================ 0009
    # Tokyo sales ops forwards the chemicals firm's question to Osaka (Thunderbird, 8bit).
    b0009 = """西田さん

お疲れさまです。東京の中村です。
北浜化成様から東京のサポート窓口宛てに、以下のお問い合わせが届きましたので転送いたします。

先日のご提案書のRPOの記載に誤りがあるようです。念のため正しい値を共有いたします。

メリディアン・ボールトのRPO：（誤）5分 （正）最大15分

ボールトの保持期間（90日間）とデータセンター（東京・大阪）の記載は問題ございません。

浅野様へのご回答は、大阪支店からお願いできますでしょうか。訂正版のご提案書が必要でしたら、こちらでも作成をお手伝いします。

よろしくお願いいたします。

中村 美咲
株式会社メリディアンデータ 東京支店 セールスオペレーション
内線 2214 / 03-6555-0150

-------- 転送メッセージ --------
件名: 	メリディアン・ボールトのRPOについて（ご確認のお願い）
日付: 	Tue, 13 Oct 2026 16:05:22 +0900
差出人: 	浅野 真一 <asano.shinichi@kitahama-kasei.co.jp>
宛先: 	support-jp@jp.meridian-data.com

メリディアンデータ 東京サポート窓口 御中

北浜化成の浅野でございます。
貴社大阪支店の西田様よりいただいたご提案書では、メリディアン・ボールトのRPOは5分と記載されておりました。
社内の監査部門より、根拠となる資料（サービス仕様書等）のご提示を求められております。
お手数ですが、ご確認のうえご送付いただけますでしょうか。

北浜化成株式会社 総務部 システム管理課
浅野 真一
TEL 06-6201-7788
"""
    M(n="0009", date="2026-10-14T11:20:48+09:00",
      **{"from": ("中村 美咲", "m.nakamura@jp.meridian-data.com")},
      to=[("西田 浩二", "k.nishida@osaka.jp.meridian-data.com")],
      cc=[("佐藤 健一", "k.sato@jp.meridian-data.com")],
      subject="Fwd: メリディアン・ボールトのRPOについて（ご確認のお願い）",
      message_id="3b8e0f52-7c41-4a9d-b6e2-19d0c5a7f3e8@jp.meridian-data.com",
      extra_headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja")],
      charset="UTF-8", cte="8bit", ctype_extra="; format=flowed", mbox=False, body=b0009,
      claims=[
          C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトのRPO：（誤）5分 （正）最大15分"),
          C(VAULT, "retention", dur(90, "days"), "ok", "ボールトの保持期間（90日間）とデータセンター（東京・大阪）の記載は問題ございません。"),
          C(VAULT, "data_centers", "Tokyo", "ok", "ボールトの保持期間（90日間）とデータセンター（東京・大阪）の記載は問題ございません。"),
          C(VAULT, "data_centers", "Osaka", "ok", "ボールトの保持期間（90日間）とデータセンター（東京・大阪）の記載は問題ございません。"),
          C(VAULT, "rpo", dur(5, "minutes"), "conflict", "貴社大阪支店の西田様よりいただいたご提案書では、メリディアン・ボールトのRPOは5分と記載されておりました。", quoted=True, office="unknown"),
      ])

    # ================================================================ 0010
    # us-hq AE to a credit union: Vault, right figures plus two unverified ones.
    b0010 = """Hi Denise,

Following up on Tuesday's call with your infrastructure team. Answers to the open questions:

RPO: Meridian Vault's RPO is 15 minutes for every protected workload.
Retention: Meridian Vault keeps backups for 90 days by default.
Hosting: Meridian Vault runs in our Oregon and Frankfurt data centers; we'd place Harbor in Oregon.
Pricing: Meridian Vault is $20 per TB per month, with no ingress or egress fees.
Compliance: Meridian Vault is SOC 2 Type II audited, and I can share the report once the MNDA is countersigned.
Recovery time: a full restore of a Meridian Vault volume typically completes within 4 hours (RTO).

On sizing \u2014 your 62 TB across Salem and Keizer is well within what we see from credit unions your size. I'll get the formal proposal over by the 30th (Harbor ticket #20417 in our portal).

Best regards,
Tom

Tom Brandt
Senior Account Executive, Financial Services
Meridian Data Inc. | 101 Mission Street, Suite 1400, San Francisco, CA 94105
Direct: +1 (415) 555-0193
"""
    M(n="0010", date="2026-10-20T14:03:55-07:00",
      **{"from": ("Tom Brandt", "tom.brandt@meridian-data.com")},
      to=[("Denise Carver", "dcarver@harborcu.org")],
      subject="Harbor CU - Meridian Vault follow-up",
      message_id="BY5PR17MB3690A8D40E6F2C917B3E5D0A49C1F7E2@BY5PR17MB3690.namprd17.prod.outlook.com",
      extra_headers=[("Thread-Topic", "Harbor CU - Meridian Vault follow-up"), ("Content-Language", "en-US")],
      charset="utf-8", cte="quoted-printable", alternative=True, style="outlook", mbox=True, body=b0010,
      claims=[
          C(VAULT, "rpo", dur(15, "minutes"), "ok", "RPO: Meridian Vault's RPO is 15 minutes for every protected workload."),
          C(VAULT, "retention", dur(90, "days"), "ok", "Retention: Meridian Vault keeps backups for 90 days by default."),
          C(VAULT, "data_centers", "Oregon", "ok", "Hosting: Meridian Vault runs in our Oregon and Frankfurt data centers"),
          C(VAULT, "data_centers", "Frankfurt", "ok", "Hosting: Meridian Vault runs in our Oregon and Frankfurt data centers"),
          C(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "Pricing: Meridian Vault is $20 per TB per month"),
          C(VAULT, "certifications", "SOC 2 Type II", "unverified", "Compliance: Meridian Vault is SOC 2 Type II audited"),
          C(VAULT, "rto", dur(4, "hours"), "unverified", "a full restore of a Meridian Vault volume typically completes within 4 hours (RTO)"),
      ])

    # ================================================================ 0011
    # Tokyo legal reviews a draft (日付 名前 <addr>: then > lines), risky wording.
    b0011 = """中村さん

法務・コンプライアンス部の高橋です。
ご依頼のあった東邦トラスト様向けメール案を確認しました。以下、修正をお願いします。

2026年10月21日(水) 18:40 中村 美咲 <m.nakamura@jp.meridian-data.com>:
> 東邦トラスト株式会社
> 情報企画部 小野寺様
>
> メリディアン インサイトは、業界初のAI自動分析機能を搭載したBIサービスです。
> 国内No.1の導入実績を誇る分析基盤として、多くのお客様にご利用いただいております。

「業界初」「国内No.1」は、調査機関と調査時期を明記した注記がない限り使用できません。根拠資料がなければ削除してください。

> メリディアン インサイトのクエリ応答時間は最大2秒です。
> 同製品は2027年1月に一般提供を開始する予定です。

こちらは製品仕様書どおりですので、このままで問題ありません。

> 導入いただければ、必ずコスト削減を実現できます。

断定的な表現にあたりますので、「コスト削減が期待できます」などに言い換えてください。

修正版をいただければ、再度確認します。

高橋 由紀
法務・コンプライアンス部
株式会社メリディアンデータ
内線 2301
"""
    M(n="0011", date="2026-10-22T10:02:37+09:00",
      **{"from": ("高橋 由紀", "y.takahashi@jp.meridian-data.com")},
      to=[("中村 美咲", "m.nakamura@jp.meridian-data.com")],
      subject="Re: 【法務確認依頼】東邦トラスト様向けメール案",
      message_id="TYWPR01MB10382B7E14A9C3D05F6E28A1B7C4D90E3@TYWPR01MB10382.jpnprd01.prod.outlook.com",
      extra_headers=[("Content-Language", "ja-JP")],
      charset="utf-8", cte="base64", mbox=False, body=b0011,
      claims=[
          C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒です。", quoted=True, office="tokyo"),
          C(INSIGHT, "general_availability", "2027-01", "ok", "同製品は2027年1月に一般提供を開始する予定です。", quoted=True, office="tokyo"),
      ],
      findings=[
          F("phrase", "ja.first-in-industry", None, "「業界初」「国内No.1」は"),
          F("phrase", "ja.superlative-no1", None, "「業界初」「国内No.1」は"),
          F("phrase", "ja.absolute", None, "導入いただければ、必ずコスト削減を実現できます。", quoted=True),
      ])

    # ================================================================ 0012
    # us-hq legal reviews a London draft (Outlook block: everything below is quoted).
    b0012 = """Siobhan,

Thanks for sending this over before it goes to Pell & Rowe. I can't clear it as written. My comments:

- "never fails" has to come out. We can't promise that about any service. Point to the SLA instead: Meridian Vault is backed by a 99.95% availability SLA, with service credits if we miss it.
- We can't say unlimited anything. Restore points are bounded by the retention period, so say that.
- "the number one backup platform" needs a named, dated source in a footnote, or it goes.
- Meridian Vault has no London data centre; UK tenants sit in the Frankfurt data centre. Please fix the hosting paragraph.
- Meridian Vault's per-tenant limit is 500 TB, not 1 PB.

Everything else (pricing, retention) is fine from a legal standpoint. Happy to look at the next draft today.

Helen

Helen Kowalczyk
Senior Counsel, Commercial & Marketing
Meridian Data Inc.
+1 415 555 0107

-----Original Message-----
From: Siobhan Clarke <siobhan.clarke@uk.meridian-data.com>
Sent: Monday, October 26, 2026 4:52 PM
To: Helen Kowalczyk <helen.kowalczyk@meridian-data.com>
Subject: Legal review please - Pell & Rowe Vault paragraph

Hi Helen, could you review the paragraph below before I send it to Pell & Rowe tomorrow?

---
Meridian Vault never fails, even during a regional outage, and it keeps unlimited restore points for every server.
Meridian Vault stores up to 1 PB per tenant, so Pell & Rowe's archive will not outgrow it.
Meridian Vault holds your data in our London data centre, so it stays in the UK.
Meridian Vault retains backups for 90 days by default and costs \u00a316 per TB per month.
Meridian Vault is the number one backup platform for UK law firms.
---

Thanks,
Siobhan
"""
    M(n="0012", date="2026-10-27T07:48:12-07:00",
      **{"from": ("Helen Kowalczyk", "helen.kowalczyk@meridian-data.com")},
      to=[("Siobhan Clarke", "siobhan.clarke@uk.meridian-data.com")],
      subject="RE: Legal review please - Pell & Rowe Vault paragraph",
      message_id="SJ0PR17MB5512C4E9A03B7D18F2A6E5C09D3B1F84@SJ0PR17MB5512.namprd17.prod.outlook.com",
      extra_headers=[("Thread-Topic", "Legal review please - Pell & Rowe Vault paragraph"), ("Content-Language", "en-US")],
      charset="utf-8", cte="quoted-printable", alternative=True, style="outlook", mbox=False, body=b0012,
      claims=[
          C(VAULT, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA, with service credits if we miss it."),
          C(VAULT, "data_centers", "Frankfurt", "ok", "UK tenants sit in the Frankfurt data centre."),
          C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault's per-tenant limit is 500 TB, not 1 PB."),
          C(VAULT, "max_storage", 1000 * TB, "conflict", "Meridian Vault stores up to 1 PB per tenant", quoted=True, office="london"),
          C(VAULT, "data_centers", "London", "conflict", "Meridian Vault holds your data in our London data centre", quoted=True, office="london"),
          C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default", quoted=True, office="london"),
          C(VAULT, "price_per_tb", gbp(16, "TB-month"), "ok", "costs \u00a316 per TB per month", quoted=True, office="london"),
      ],
      findings=[
          F("phrase", "en.guarantee", None, '"never fails" has to come out.'),
          F("phrase", "en.unlimited", None, "We can't say unlimited anything."),
          F("phrase", "en.superlative", None, '"the number one backup platform" needs a named, dated source'),
      ])

    # ================================================================ 0013
    # Tokyo's revised mail to a trust bank after legal review: price wrong, two unverified.
    b0013 = """東邦トラスト株式会社
情報企画部 小野寺 様

いつもお世話になっております。メリディアンデータ東京支店の中村でございます。
先日はメリディアン インサイトのデモにご参加いただき、誠にありがとうございました。
ご質問いただいた点について、下記のとおりご回答いたします。

■ 提供時期
メリディアン インサイトは現在ベータ版としてご提供しており、2027年1月に一般提供を開始する予定でございます。

■ 性能
同製品のクエリ応答時間は最大2秒でございます（1億行規模のワークスペースでの当社計測値）。

■ 料金・トライアル
メリディアン インサイトの料金は、1ユーザーあたり月額3,500円（税抜）でございます。
本製品は30日間の無料トライアルをご利用いただけます。
また、本製品では最大200個のダッシュボードを作成いただけます。

■ 連携・言語
本製品は40種類以上のデータソースと標準連携が可能で、画面表示は日本語・英語の2言語に対応しております。

85ライセンス分のお見積書を別途お送りいたしますので、ご査収のほどよろしくお願いいたします。

中村 美咲
株式会社メリディアンデータ 東京支店 セールスオペレーション
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL 03-6555-0150
"""
    M(n="0013", date="2026-10-30T13:15:40+09:00",
      **{"from": ("中村 美咲", "m.nakamura@jp.meridian-data.com")},
      to=[("小野寺 誠", "onodera.m@toho-trust.co.jp")],
      subject="メリディアン インサイトに関するご回答",
      message_id="TYWPR01MB103829C2F5E80A4B17D3C6E9F0A2B58D1@TYWPR01MB10382.jpnprd01.prod.outlook.com",
      extra_headers=[("Content-Language", "ja-JP")],
      charset="utf-8", cte="base64", alternative=True, style="outlook", mbox=True, body=b0013,
      claims=[
          C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは現在ベータ版としてご提供しており、2027年1月に一般提供を開始する予定でございます。"),
          C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒でございます"),
          C(INSIGHT, "per_user_price", jpy(3500, "user-month"), "conflict", "メリディアン インサイトの料金は、1ユーザーあたり月額3,500円（税抜）でございます。"),
          C(INSIGHT, "free_trial", dur(30, "days"), "ok", "本製品は30日間の無料トライアルをご利用いただけます。"),
          C(INSIGHT, "max_dashboards", 200, "ok", "また、本製品では最大200個のダッシュボードを作成いただけます。"),
          C(INSIGHT, "integrations", 40, "unverified", "本製品は40種類以上のデータソースと標準連携が可能で"),
          C(INSIGHT, "ui_languages", 2, "unverified", "画面表示は日本語・英語の2言語に対応しております。"),
      ])

    # ================================================================ 0014
    # the manufacturer complains (ISO-2022-JP); its reported statement is its claim.
    b0014 = """株式会社メリディアンデータ
東京支店 佐藤様

いつもお世話になっております。みなと精機の山口です。

10月から利用を開始したメリディアン シンクについて、2点ご相談させてください。

1点目：設計部のLinux端末で同期ができません。契約前のお打ち合わせでは、御社の営業の方から「メリディアン シンクはLinuxにも対応している」と伺っておりました。現場では既に運用を始めており、大変困っております。

2点目：10月分の請求書（No.INV-2026-10-0388）の金額が、お見積書の金額と異なっているように見受けられます。ご確認いただけますでしょうか。

お忙しいところ恐縮ですが、早急にご回答いただけますと幸いです。

株式会社みなと精機 情報システム部
山口 亮
〒220-0012 横浜市西区みなとみらい4-6-2
TEL 045-680-3321
"""
    c0014 = [C(SYNC, "supported_platforms", "Linux", "conflict", "「メリディアン シンクはLinuxにも対応している」と伺っておりました。")]
    M(n="0014", date="2026-11-02T09:41:18+09:00",
      **{"from": ("山口 亮", "yamaguchi.r@minato-seiki.co.jp")},
      to=[("佐藤 健一", "k.sato@jp.meridian-data.com")],
      subject="メリディアン シンクの件でご相談",
      message_id="000001db2c8e$4a7f1e20$df7d5a60$@minato-seiki.co.jp",
      extra_headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdsseEp/Hh3ffVpgQ0uB6xT2mZ1Nqw==")],
      charset="iso-2022-jp", cte="7bit", mbox=True, body=b0014, claims=c0014)

    # ================================================================ 0015
    # Osaka to a transport company: Insight price right (vs Tokyo's 3,500), a cheapest claim.
    b0015 = """大和川運輸株式会社
経営企画部 松井 様

いつも大変お世話になっております。
メリディアンデータ大阪支店の森本でございます。

先日お問い合わせいただきました2製品につき、概要をご案内申し上げます。

【メリディアン・インサイト】
・メリディアン・インサイトの料金は、1ユーザーあたり月額4,000円（税抜）でございます。
・同製品では、最大200個のダッシュボードを作成いただけます。

【メリディアン・シンク】
・メリディアン・シンクの月額料金は55,000円（税込）でございます。
・メリディアン・シンクは、最大5,000ユーザーまでご利用いただけます。
・他社製品と比べましても最安値クラスの料金でご提供しております。

ご不明な点がございましたら、何なりとお申し付けくださいませ。
今後ともよろしくお願い申し上げます。

森本 さやか
株式会社メリディアンデータ 大阪支店 営業課
〒530-0001 大阪市北区梅田3-1-3 ノースゲートビル21F
TEL 06-6345-0195
"""
    M(n="0015", date="2026-11-05T16:22:09+09:00",
      **{"from": ("森本 さやか", "s.morimoto@osaka.jp.meridian-data.com")},
      to=[("松井 直樹", "matsui@yamatogawa-unyu.co.jp")],
      subject="メリディアン・インサイト／メリディアン・シンクのご案内",
      message_id="TYCPR01MB84375D0E2B9A7C41F8E3D6A0B5C2E71F@TYCPR01MB8437.jpnprd01.prod.outlook.com",
      extra_headers=[("Content-Language", "ja-JP")],
      charset="utf-8", cte="base64", alternative=True, style="outlook", mbox=True, body=b0015,
      claims=[
          C(INSIGHT, "per_user_price", jpy(4000, "user-month"), "ok", "メリディアン・インサイトの料金は、1ユーザーあたり月額4,000円（税抜）でございます。"),
          C(INSIGHT, "max_dashboards", 200, "ok", "同製品では、最大200個のダッシュボードを作成いただけます。"),
          C(SYNC, "monthly_price", jpy(55000, tax="included"), "ok", "メリディアン・シンクの月額料金は55,000円（税込）でございます。"),
          C(SYNC, "max_users", 5000, "stale", "メリディアン・シンクは、最大5,000ユーザーまでご利用いただけます。"),
      ],
      findings=[F("phrase", "ja.cheapest", None, "他社製品と比べましても最安値クラスの料金でご提供しております。")])

    # ================================================================ 0016
    # Tokyo's very polite answer to the complaint, quoting it (-----元のメッセージ-----).
    b0016 = """株式会社みなと精機
情報システム部 山口 様

いつも格別のご高配を賜り、誠にありがとうございます。
メリディアンデータ東京支店の佐藤でございます。

このたびは、弊社の不十分なご案内により多大なるご迷惑をおかけしておりますこと、心より深くお詫び申し上げます。
ご指摘いただきました2点につき、社内で確認いたしましたので、下記のとおりご報告申し上げます。

1. Linux端末でのご利用について
契約前のお打ち合わせにおいて、弊社担当よりメリディアン・シンクがLinuxに対応している旨をご説明いたしましたが、これは誤りでございました。
メリディアン・シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。
誠に恐れ入りますが、設計部の皆様には、当面Windows端末からのご利用をお願いできますでしょうか。代替案につきましては、改めてご相談させていただきたく存じます。

2. ご請求金額について
メリディアン・シンクの月額料金は50,000円（税抜）でございます。
お見積書は税抜金額にて、ご請求書は消費税10%を含めた金額（55,000円）にて記載しておりましたため、金額が異なって見えておりました。
ご説明が行き届かず、大変失礼いたしました。

重ねてお詫び申し上げますとともに、今後このようなことのないよう、社内での情報共有を徹底してまいります。
何卒ご容赦賜りますよう、お願い申し上げます。

────────────────────────────
株式会社メリディアンデータ 東京支店
営業部 佐藤 健一（Kenichi Sato）
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL: 03-6555-0147 / FAX: 03-6555-0148
────────────────────────────

-----元のメッセージ-----
差出人: 山口 亮 <yamaguchi.r@minato-seiki.co.jp>
送信日時: 2026年11月2日(月) 9:41
宛先: 佐藤 健一 <k.sato@jp.meridian-data.com>
件名: メリディアン シンクの件でご相談

""" + b0014
    M(n="0016", date="2026-11-04T17:55:30+09:00",
      **{"from": ("佐藤 健一", "k.sato@jp.meridian-data.com")},
      to=[("山口 亮", "yamaguchi.r@minato-seiki.co.jp")],
      subject="Re: メリディアン シンクの件でご相談",
      message_id="20261104175530.7B1C.K.SATO@jp.meridian-data.com",
      in_reply_to="000001db2c8e$4a7f1e20$df7d5a60$@minato-seiki.co.jp",
      extra_headers=[("X-Mailer", "Becky! ver. 2.81.06 [ja]")],
      charset="iso-2022-jp", cte="7bit", mbox=True, body=b0016,
      claims=[
          C(SYNC, "supported_platforms", "Windows", "ok", "メリディアン・シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。"),
          C(SYNC, "supported_platforms", "macOS", "ok", "メリディアン・シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。"),
          C(SYNC, "supported_platforms", "iOS", "ok", "メリディアン・シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。"),
          C(SYNC, "supported_platforms", "Android", "ok", "メリディアン・シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。"),
          C(SYNC, "monthly_price", jpy(50000), "ok", "メリディアン・シンクの月額料金は50,000円（税抜）でございます。"),
      ] + requote(c0014, "unknown"))

    # ================================================================ 0017
    # Osaka's apology to the chemicals firm, quoting its question (日付 名前 <addr>:), PDF attached.
    b0017 = """北浜化成株式会社
総務部 システム管理課
浅野 様

平素より大変お世話になっております。
メリディアンデータ大阪支店の西田でございます。

東京サポート窓口宛てにお問い合わせをいただいておりました件、弊社内で転送を受けておりながら、ご回答が大変遅くなりましたこと、誠に申し訳ございません。

2026年10月13日 16:05 浅野 真一 <asano.shinichi@kitahama-kasei.co.jp>:
> 貴社大阪支店の西田様よりいただいたご提案書では、メリディアン・ボールトのRPOは5分と記載されておりました。
> 社内の監査部門より、根拠となる資料（サービス仕様書等）のご提示を求められております。

ご提案書に記載いたしましたRPO 5分は、弊社の誤りでございました。
正しくは、メリディアン・ボールトのRPOは最大15分でございます。
根拠資料として、サービス仕様書（Service Description v2.1）第3.2節の抜粋を添付いたしますので、監査部門の皆様にご査収いただけますと幸いでございます。
訂正版のご提案書もあわせてお送り申し上げます。

このたびは、ご迷惑とお手数をおかけいたしましたこと、重ねて深くお詫び申し上げます。
今後とも変わらぬご愛顧を賜りますよう、何卒よろしくお願い申し上げます。

--
株式会社メリディアンデータ 大阪支店
ソリューション営業課 西田 浩二
〒530-0001 大阪市北区梅田3-1-3 ノースゲートビル21F
TEL 06-6345-0192 / 携帯 090-1234-5678
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
           b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
           b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n166\n%%EOF\n")
    M(n="0017", date="2026-11-09T10:08:51+09:00",
      **{"from": ("西田 浩二", "k.nishida@osaka.jp.meridian-data.com")},
      to=[("浅野 真一", "asano.shinichi@kitahama-kasei.co.jp")],
      subject="Re: メリディアン・ボールトのRPOについて（ご確認のお願い）",
      message_id="TYCPR01MB84372E9F0C4A6B5D13E7F8A2C0D9B46E@TYCPR01MB8437.jpnprd01.prod.outlook.com",
      extra_headers=[("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "yes")],
      charset="utf-8", cte="base64", alternative=True, style="outlook", mbox=True, body=b0017,
      attachment=("MV-ServiceDescription-v2.1-sec3.2.pdf", "application/pdf", pdf),
      claims=[
          C(VAULT, "rpo", dur(15, "minutes"), "ok", "正しくは、メリディアン・ボールトのRPOは最大15分でございます。"),
          C(VAULT, "rpo", dur(5, "minutes"), "conflict", "貴社大阪支店の西田様よりいただいたご提案書では、メリディアン・ボールトのRPOは5分と記載されておりました。", quoted=True, office="unknown"),
      ])

    # ================================================================ 0018
    # London forwards a customer's mail to Tokyo (Gmail forward marker).
    b0018 = """Nakamura-san,

Forwarding this from James at Harwick -- their parent company in Japan seems to have been told something about ISMAP. Could you check with the Tokyo team whether anyone said this?

As far as I know, Meridian Sync is certified to ISO 27001 and has a SOC 2 Type II report, and that's all. I've also told James that Meridian Sync tops out at 10,000 users per organisation, which answers his second question.

Many thanks,
Siobhan

Siobhan Clarke
Sales Enablement Lead, EMEA | Meridian Data UK Ltd
+44 20 7946 0355
Registered in England and Wales No. 11834562

---------- Forwarded message ---------
From: James Fenwick <j.fenwick@harwicklogistics.co.uk>
Date: Mon, 9 Nov 2026 at 15:22
Subject: Meridian Sync - ISMAP and user numbers
To: Siobhan Clarke <siobhan.clarke@uk.meridian-data.com>


Hi Siobhan,

Two quick ones from our side. Our parent company, Harwick Japan KK, says your Tokyo colleagues told them Meridian Sync is registered under ISMAP. Our group security team would need that confirmed in writing.

Second, the datasheet we were given last year says Meridian Sync supports up to 5,000 users. Can it handle 12,000? We're at 212 today, but the group wants one tenant for all UK and Japan staff by 2028.

Thanks,
James

James Fenwick
Head of IT, Harwick Logistics Ltd
Unit 7, Royal Oak Industrial Estate, Daventry NN11 8QL
+44 1327 555 014
"""
    M(n="0018", date="2026-11-10T17:02:14+00:00",
      **{"from": ("Siobhan Clarke", "siobhan.clarke@uk.meridian-data.com")},
      to=[("Misaki Nakamura", "m.nakamura@jp.meridian-data.com")],
      cc=[("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")],
      subject="Fwd: Meridian Sync - ISMAP and user numbers",
      message_id="CAF9pLm2Qz7Xr4Wt1Vb8Nc0Kd5Hy3Gs6Je9Uf2Ra_Ti4Mo7Pw@mail.gmail.com",
      charset="UTF-8", cte="7bit", alternative=True, style="gmail", boundary_prefix="000000000000c92d04",
      mbox=False, body=b0018,
      claims=[
          C(SYNC, "certifications", "ISO 27001", "ok", "As far as I know, Meridian Sync is certified to ISO 27001 and has a SOC 2 Type II report, and that's all."),
          C(SYNC, "certifications", "SOC 2 Type II", "ok", "As far as I know, Meridian Sync is certified to ISO 27001 and has a SOC 2 Type II report, and that's all."),
          C(SYNC, "max_users", 10000, "ok", "I've also told James that Meridian Sync tops out at 10,000 users per organisation"),
          C(SYNC, "certifications", "ISMAP", "conflict", "says your Tokyo colleagues told them Meridian Sync is registered under ISMAP.", quoted=True, office="unknown"),
          C(SYNC, "max_users", 5000, "stale", "the datasheet we were given last year says Meridian Sync supports up to 5,000 users.", quoted=True, office="unknown"),
      ])

    # ================================================================ 0019
    # Tokyo answers London in English, interleaved (On ... wrote: then > lines).
    b0019 = """Dear Siobhan-san,

Thank you for forwarding James-san's mail.

On Tue, 10 Nov 2026 at 17:02, Siobhan Clarke <siobhan.clarke@uk.meridian-data.com> wrote:
> As far as I know, Meridian Sync is certified to ISO 27001 and has a SOC 2 Type II report, and that's all.

Yes, that is correct. I checked with Sato-san and our team: nobody in Tokyo told Harwick Japan about ISMAP. Meridian Sync is not ISMAP registered. I think the customer confused it with another vendor's materials.

I will send a short written confirmation to Harwick Japan in Japanese tomorrow, with James-san in cc.

Best regards,
Misaki Nakamura
Sales Operations, Tokyo Office
Meridian Data K.K.
+81 3 6555 0150
"""
    M(n="0019", date="2026-11-11T09:36:02+09:00",
      **{"from": ("Misaki Nakamura", "m.nakamura@jp.meridian-data.com")},
      to=[("Siobhan Clarke", "siobhan.clarke@uk.meridian-data.com")],
      subject="RE: Fwd: Meridian Sync - ISMAP and user numbers",
      message_id="TYWPR01MB10382F1D3E5A7B90C2E4F6A8D0B1C3E5F@TYWPR01MB10382.jpnprd01.prod.outlook.com",
      in_reply_to="CAF9pLm2Qz7Xr4Wt1Vb8Nc0Kd5Hy3Gs6Je9Uf2Ra_Ti4Mo7Pw@mail.gmail.com",
      extra_headers=[("Content-Language", "ja-JP")],
      charset="iso-2022-jp", cte="7bit", mbox=False, body=b0019,
      claims=[
          C(SYNC, "certifications", "ISO 27001", "ok", "> As far as I know, Meridian Sync is certified to ISO 27001 and has a SOC 2 Type II report, and that's all.", quoted=True, office="london"),
          C(SYNC, "certifications", "SOC 2 Type II", "ok", "> As far as I know, Meridian Sync is certified to ISO 27001 and has a SOC 2 Type II report, and that's all.", quoted=True, office="london"),
      ])

    # ================================================================ 0020
    # us-hq product marketing: Q4 reminders (a stop-saying line, a dated price).
    b0020 = """Hi all,

With Q4 proposals going out, three reminders from Product Marketing:

1. Meridian Insight is in beta. It becomes generally available in January 2027, so please don't write "available now" in proposals.

2. Meridian Sync has supported up to 10,000 users per organization since April 1. Please stop telling customers that Meridian Sync is limited to 5,000 users.

3. There is still no approved SLA figure for Meridian Insight, so please leave SLA numbers out of Insight proposals until Legal signs off.

Starting January 1, 2027, the Meridian Insight list price will be $30 per user per month in the US price book, the same as the beta pricing.

Updated battlecards are on Highspot.

Priya
"""
    M(n="0020", date="2026-11-12T10:15:00-08:00",
      **{"from": ("Priya Raman", "priya.raman@meridian-data.com")},
      to=[("Sales - All", "sales-all@meridian-data.com")],
      subject="Claims reminders for Q4 proposals",
      message_id="BY5PR17MB36907F4B2D9E0A1C58E3B6D2F4A0C97B@BY5PR17MB3690.namprd17.prod.outlook.com",
      extra_headers=[("Thread-Topic", "Claims reminders for Q4 proposals"), ("Content-Language", "en-US")],
      charset="us-ascii", cte="7bit", alternative=True, html_charset="us-ascii", style="outlook",
      mbox=False, body=b0020,
      claims=[
          C(INSIGHT, "general_availability", "2027-01", "ok", "It becomes generally available in January 2027"),
          C(SYNC, "max_users", 10000, "ok", "Meridian Sync has supported up to 10,000 users per organization since April 1."),
          C(INSIGHT, "per_user_price", usd(30, "user-month"), "ok", "the Meridian Insight list price will be $30 per user per month in the US price book"),
      ])

    # ================================================================ 0021
    # an Outlook .msg (OLE2 compound file) saved with an .eml name: unreadable.
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00\x06\x00")
    ole += b"\x00" * (512 - len(ole))
    ole += "__substg1.0_0037001F".encode("utf-16-le") + b"\x00" * 64
    ole += "RE: Harbor CU renewal".encode("utf-16-le") + b"\x00" * 200 + bytes(range(256)) * 2
    M(n="0021", date="2026-11-13T00:00:00+00:00", raw_bytes=bytes(ole),
      why="not an RFC 5322 message: an Outlook .msg (OLE2 compound file, D0 CF 11 E0) saved as .eml")

    # ================================================================ 0022
    # London's cleared Vault mail to a law firm: right figures, sourced #1 claim.
    b0022 = """Dear Ms Okafor,

Further to our meeting at your Holborn office, please find below a summary of Meridian Vault for Pell & Rowe.

Meridian Vault is backed by a 99.95% availability SLA, with service credits if we miss it.
Meridian Vault takes a recovery point every 15 minutes (RPO) and retains backups for 90 days by default.
UK tenants are hosted in the Meridian Vault data centre in Frankfurt, and Meridian Vault encrypts all backups at rest with AES-256.
Meridian Vault stores up to 500 TB per tenant.
Meridian Vault is \u00a316 per TB per month, excluding VAT.

Meridian Vault is rated the #1 backup platform for mid-sized professional-services firms.\u00b9

Your current archive (roughly 41 TB across the Holborn and Leeds offices) would fit comfortably; I have assumed 45 TB for year one in the attached estimate.

\u00b9 Source: Halvorsen Peer Review, Backup & Recovery for Professional Services, Q3 2026.

Kind regards,

Siobhan Clarke
Sales Enablement Lead, EMEA
Meridian Data UK Ltd | 20 Farringdon Street, London EC4A 4AB
+44 20 7946 0355 | Registered in England and Wales No. 11834562
"""
    M(n="0022", date="2026-11-18T11:26:45+00:00",
      **{"from": ("Siobhan Clarke", "siobhan.clarke@uk.meridian-data.com")},
      to=[("Adaeze Okafor", "a.okafor@pellrowe.co.uk")],
      subject="Meridian Vault for Pell & Rowe - summary",
      message_id="LO2P265MB51279D3C0B7E4A2F61D8C5E0A3B7F912@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM",
      extra_headers=[("Thread-Topic", "Meridian Vault for Pell & Rowe - summary"), ("Content-Language", "en-GB")],
      charset="utf-8", cte="quoted-printable", alternative=True, style="outlook", mbox=True, body=b0022,
      claims=[
          C(VAULT, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA, with service credits if we miss it."),
          C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault takes a recovery point every 15 minutes (RPO)"),
          C(VAULT, "retention", dur(90, "days"), "ok", "retains backups for 90 days by default"),
          C(VAULT, "data_centers", "Frankfurt", "ok", "UK tenants are hosted in the Meridian Vault data centre in Frankfurt"),
          C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256."),
          C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant."),
          C(VAULT, "price_per_tb", gbp(16, "TB-month", tax="excluded"), "ok", "Meridian Vault is \u00a316 per TB per month, excluding VAT."),
      ])

    # ================================================================ 0023
    # a reseller in Osaka (ISO-2022-JP): old product name, its own statement.
    b0023 = """株式会社メリディアンデータ 大阪支店
森本 様

いつもお世話になっております。関西ネットソリューションズの岡田でございます。

弊社のお客様向け提案資料の一部に、旧製品名の「メリディアン・ファイルシンク」が残っておりました。現在の正式名称は「メリディアン・シンク」との認識でよろしいでしょうか。

また、弊社資料では「メリディアン・シンクは1ユーザーあたり1TBのストレージをご利用いただけます」と記載しております。こちらも最新の仕様と相違ないか、念のためご確認いただけますと幸いです。

最後に、お客様から、Linux版の提供予定についてお問い合わせをいただいております。差し支えない範囲でお教えいただけますでしょうか。

関西ネットソリューションズ株式会社
ソリューション営業部 岡田 隆
〒541-0041 大阪市中央区北浜2-3-9 北浜NSビル7F
TEL 06-6227-4410
"""
    c0023 = [C(SYNC, "storage_per_user", 1 * TB, "ok", "「メリディアン・シンクは1ユーザーあたり1TBのストレージをご利用いただけます」と記載しております。")]
    f0023 = [F("terminology", None, SYNC, "旧製品名の「メリディアン・ファイルシンク」が残っておりました。")]
    M(n="0023", date="2026-11-19T10:12:33+09:00",
      **{"from": ("岡田 隆", "okada.t@kns-sol.co.jp")},
      to=[("森本 さやか", "s.morimoto@osaka.jp.meridian-data.com")],
      subject="製品名称および仕様の確認のお願い",
      message_id="20261119101233.D4E5.OKADA.T@kns-sol.co.jp",
      extra_headers=[("X-Mailer", "Becky! ver. 2.80.04 [ja]")],
      charset="iso-2022-jp", cte="7bit", mbox=True, body=b0023, claims=c0023, findings=f0023)

    # ================================================================ 0024
    # Osaka answers the reseller, politely, quoting it in full (-----元のメッセージ-----).
    b0024 = """関西ネットソリューションズ株式会社
ソリューション営業部 岡田 様

平素より大変お世話になっております。
メリディアンデータ大阪支店の森本でございます。

お問い合わせいただきました件につき、ご回答申し上げます。

1. 製品名称について
ご認識のとおり、現在の正式名称は「メリディアン・シンク」でございます。お手数をおかけいたしますが、資料のご更新をお願いできますと幸いでございます。

2. ストレージ容量について
メリディアン・シンクは、1ユーザーあたり1TBのストレージをご利用いただけます。御社資料のご記載のとおりで相違ございません。

3. Linux版について
恐れ入りますが、現時点でLinux版のご提供予定はございません。

引き続きご支援のほど、何卒よろしくお願い申し上げます。

森本 さやか
株式会社メリディアンデータ 大阪支店 営業課
TEL 06-6345-0195

-----元のメッセージ-----
差出人: 岡田 隆 <okada.t@kns-sol.co.jp>
送信日時: 2026年11月19日(木) 10:12
宛先: 森本 さやか <s.morimoto@osaka.jp.meridian-data.com>
件名: 製品名称および仕様の確認のお願い

""" + b0023
    M(n="0024", date="2026-11-20T14:40:27+09:00",
      **{"from": ("森本 さやか", "s.morimoto@osaka.jp.meridian-data.com")},
      to=[("岡田 隆", "okada.t@kns-sol.co.jp")],
      subject="RE: 製品名称および仕様の確認のお願い",
      message_id="TYCPR01MB8437B0A6E3F2D15C97A4E8D1F0C36B2A@TYCPR01MB8437.jpnprd01.prod.outlook.com",
      in_reply_to="20261119101233.D4E5.OKADA.T@kns-sol.co.jp",
      extra_headers=[("Content-Language", "ja-JP")],
      charset="utf-8", cte="base64", alternative=True, style="outlook", mbox=True, body=b0024,
      claims=[
          C(SYNC, "storage_per_user", 1 * TB, "ok", "メリディアン・シンクは、1ユーザーあたり1TBのストレージをご利用いただけます。"),
      ] + requote(c0023, "unknown"),
      findings=[dict(x, quoted=True) for x in f0023])

    # ================================================================ cross-office (archive)
    CROSS_OFFICE.extend([
        {"product": SYNC, "attribute": "max_users", "offices": ["osaka", "tokyo"],
         "message_files": ["mail/0005.eml", "mail/0015.eml"], "values": {"osaka": 5000, "tokyo": 10000}},
        {"product": SYNC, "attribute": "sla", "offices": ["london", "tokyo"],
         "message_files": ["mail/0003.eml", "mail/0005.eml"], "values": {"london": 99.95, "tokyo": 99.9}},
        {"product": INSIGHT, "attribute": "general_availability", "offices": ["tokyo", "us-hq"],
         "message_files": ["mail/0008.eml", "mail/0013.eml"], "values": {"tokyo": "2027-01", "us-hq": "2026-10"}},
        {"product": VAULT, "attribute": "rpo", "offices": ["osaka", "us-hq"],
         "message_files": ["mail/0007.eml", "mail/0010.eml"],
         "values": {"osaka": dur(5, "minutes"), "us-hq": dur(15, "minutes")}},
        {"product": INSIGHT, "attribute": "per_user_price", "offices": ["osaka", "tokyo"],
         "message_files": ["mail/0013.eml", "mail/0015.eml"],
         "values": {"osaka": jpy(4000, "user-month"), "tokyo": jpy(3500, "user-month")}},
    ])

    docs(D, C, F, usd, gbp, jpy, dur, TB, SYNC, VAULT, INSIGHT)


def docs(D, C, F, usd, gbp, jpy, dur, TB, SYNC, VAULT, INSIGHT):
    # ================================================================ us-hq: Markdown
    D(path="docs/us-hq/harbor-credit-union-vault-proposal.md", body="""# Meridian Vault — Backup & Recovery Proposal

Prepared for Harbor Credit Union · November 2026 · Ref. MD-US-26-1187
Contact: Tom Brandt, Senior Account Executive, +1 (415) 555-0193

## 1. Summary

Harbor's two branches (Salem and Keizer) need a managed backup service that an
examiner can audit. Meridian Vault backs up every workload with a recovery point
objective of 15 minutes and keeps backups for 90 days by default.

## 2. Service levels

| Metric | Meridian Vault |
|---|---|
| Availability SLA | 99.95% |
| RPO | 15 minutes |
| RTO | 4 hours |
| Max storage per tenant | 500 TB |

<!-- onevoice-disable-next-line en.guarantee -->
Service credits are guaranteed under the Meridian Cloud Services SLA v4 whenever monthly availability falls below the committed level.

## 3. Where your data lives

Meridian Vault runs in our Oregon and Frankfurt data centers; for Harbor we propose
Oregon as the primary site. Meridian Vault encrypts all backups at rest with AES-256.

## 4. Pricing

Meridian Vault is priced at $20 per TB per month, billed monthly in arrears. A
sizing-based estimate for Harbor is in the attached order form.

## 5. Why Meridian

Meridian Vault is the industry-leading choice for regulated mid-market firms, and
our onboarding team has moved more than forty credit unions off tape.

## 6. Response to Harbor's RFP (section 4)

| Harbor RFP requirement | Meridian Vault response |
|---|---|
| R-4.1 Backups retained for at least 7 years | Default retention is 90 days; longer retention is quoted separately |
| R-4.2 Recovery point of 1 hour or better | RPO of 15 minutes |
| R-4.3 SOC 2 Type II report available | Yes: Meridian Vault's SOC 2 Type II report is shared under NDA |
| R-4.4 Data must stay in the United States | Oregon data center |
""", claims=[
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "with a recovery point\nobjective of 15 minutes"),
        C(VAULT, "retention", dur(90, "days"), "ok", "keeps backups for 90 days by default"),
        C(VAULT, "sla", 99.95, "ok", "| Availability SLA | 99.95% |"),
        C(VAULT, "rto", dur(4, "hours"), "unverified", "| RTO | 4 hours |"),
        C(VAULT, "max_storage", 500 * TB, "ok", "| Max storage per tenant | 500 TB |"),
        C(VAULT, "data_centers", "Oregon", "ok", "Meridian Vault runs in our Oregon and Frankfurt data centers"),
        C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault runs in our Oregon and Frankfurt data centers"),
        C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256."),
        C(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is priced at $20 per TB per month"),
        C(VAULT, "certifications", "SOC 2 Type II", "unverified", "Yes: Meridian Vault's SOC 2 Type II report is shared under NDA"),
    ], findings=[
        F("phrase", "en.superlative", None, "Meridian Vault is the industry-leading choice for regulated mid-market firms"),
    ])

    # ================================================================ london: HTML
    D(path="docs/london/harwick-sync-proposal.html", body="""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meridian Sync proposal &ndash; Harwick Logistics</title>
<style>body{font-family:Arial,sans-serif} td,th{border:1px solid #999;padding:4px 8px} .note{font-size:90%}</style>
</head>
<body>
<h1>Meridian Sync for Harwick Logistics</h1>
<p>Proposal ref. MDUK-P-2026-0311 &middot; Prepared by Oliver Pembridge, Meridian Data UK Ltd &middot; 20 November 2026</p>

<h2>1. Why we are proposing Meridian Sync</h2>
<p>Harwick's transport office ran a four-week pilot in September and October, and the
depot teams in Daventry and Felixstowe now want the same shared folders.</p>
<p>When Harwick first looked at Meridian Sync in 2025, it supported up to 5,000 users per organisation; today the limit is 10,000.</p>
<p>Meridian Sync gives every user 1&nbsp;TB of storage. Meridian Sync storage is not unlimited: quotas are enforced per user.</p>

<h2>2. Meridian Sync at a glance</h2>
<table>
<caption>Meridian Sync &ndash; key facts</caption>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Users per organisation</td><td>Up to 10,000</td></tr>
<tr><td>Uptime SLA</td><td><del>99.95%</del> 99.9%</td></tr>
<tr><td>Supported platforms</td><td>Windows, macOS, iOS, Android</td></tr>
<tr><td>Offline mode</td><td>Not available &ndash; a network connection is required</td></tr>
<tr><td>Certifications</td><td>ISO 27001; SOC 2 Type II</td></tr>
<tr><td>Monthly subscription</td><td>&pound;329 per month</td></tr>
</table>

<h2>3. Optional: Meridian Insight</h2>
<p>Meridian Insight, our analytics service, is in beta and becomes generally available in January 2027.
It can be added later at &pound;25 per user per month.</p>

<h2>4. Commercials</h2>
<p>The pilot credit of &pound;658 will be applied to the first annual invoice. Payment terms are 30 days from invoice.</p>
<p class="note">All prices in this proposal exclude VAT at the prevailing rate.</p>
</body>
</html>
""", claims=[
        C(SYNC, "max_users", 5000, "ok", "When Harwick first looked at Meridian Sync in 2025, it supported up to 5,000 users per organisation"),
        C(SYNC, "storage_per_user", 1 * TB, "ok", "Meridian Sync gives every user 1\u00a0TB of storage."),
        C(SYNC, "max_users", 10000, "ok", "Users per organisation | Up to 10,000"),
        C(SYNC, "sla", 99.9, "ok", "Uptime SLA | 99.95% 99.9%"),
        C(SYNC, "supported_platforms", "Windows", "ok", "Supported platforms | Windows, macOS, iOS, Android"),
        C(SYNC, "supported_platforms", "macOS", "ok", "Supported platforms | Windows, macOS, iOS, Android"),
        C(SYNC, "supported_platforms", "iOS", "ok", "Supported platforms | Windows, macOS, iOS, Android"),
        C(SYNC, "supported_platforms", "Android", "ok", "Supported platforms | Windows, macOS, iOS, Android"),
        C(SYNC, "offline_mode", False, "ok", "Offline mode | Not available \u2013 a network connection is required"),
        C(SYNC, "certifications", "ISO 27001", "ok", "Certifications | ISO 27001; SOC 2 Type II"),
        C(SYNC, "certifications", "SOC 2 Type II", "ok", "Certifications | ISO 27001; SOC 2 Type II"),
        C(SYNC, "monthly_price", gbp(329, tax="excluded"), "ok", "Monthly subscription | \u00a3329 per month"),
        C(INSIGHT, "general_availability", "2027-01", "ok", "is in beta and becomes generally available in January 2027."),
        C(INSIGHT, "per_user_price", gbp(25, "user-month", tax="excluded"), "ok", "It can be added later at \u00a325 per user per month."),
    ], findings=[
        F("phrase", "en.unlimited", None, "Meridian Sync storage is not unlimited: quotas are enforced per user."),
    ])

    # ================================================================ tokyo: Markdown (Japanese)
    D(path="docs/tokyo/toho-trust-insight-proposal.md", body="""# メリディアン インサイト ご提案書

東邦トラスト株式会社 情報企画部 御中
2026年11月13日　株式会社メリディアンデータ 東京支店

## 1. ご提案の背景

貴社では、各部門が表計算ソフトで作成している月次レポートの集計作業を効率化したいとのご要望を承っております。

## 2. メリディアン インサイトの概要

メリディアン インサイトは、2027年1月に一般提供を開始する予定のBI・分析サービスです（現在はベータ版としてご提供中）。

同製品のクエリ応答時間は最大2秒です（1億行規模のワークスペース、95パーセンタイル値）。

本製品では、ダッシュボードを最大200個まで作成いただけます。

メリディアン インサイトは、使いやすさの評価で国内No.1※を獲得しております。
※2026年9月 東京リサーチ調べ（国内BIツール利用企業412社へのアンケート）

## 3. ご利用条件（メリディアン インサイト）

- 無料トライアル期間：~~14日間~~ 30日間
- 最低ご契約期間：12か月
- 料金：下記お見積りのとおり

## 4. お見積り

表1　メリディアン インサイト 御見積（金額はすべて税抜）

| 品目 | 数量 | 単価（1ユーザーあたり月額） | 月額小計 |
|---|---|---|---|
| メリディアン インサイト ユーザーライセンス | 85 | 4,000円 | 340,000円 |

導入支援サービス（初期設定・研修2回）は、一式300,000円（税抜）にて承ります。

## 5. データ連携

本製品は、Salesforce、kintone、Google BigQueryなどの主要なデータソースとの連携に対応しております。
""", claims=[
        C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは、2027年1月に一般提供を開始する予定のBI・分析サービスです"),
        C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒です"),
        C(INSIGHT, "max_dashboards", 200, "ok", "本製品では、ダッシュボードを最大200個まで作成いただけます。"),
        C(INSIGHT, "free_trial", dur(30, "days"), "ok", "- 無料トライアル期間：~~14日間~~ 30日間"),
        C(INSIGHT, "per_user_price", jpy(4000, "user-month"), "ok", "| メリディアン インサイト ユーザーライセンス | 85 | 4,000円 | 340,000円 |"),
    ])

    # ================================================================ osaka: plain text (Japanese)
    D(path="docs/osaka/kitahama-vault-proposal-rev2.txt", body="""メリディアン・ボールト ご提案書（訂正版）

北浜化成株式会社 総務部 システム管理課 御中
2026年11月9日
株式会社メリディアンデータ 大阪支店 ソリューション営業課

■ 訂正のお知らせ
10月2日付のご提案書におきまして、RPOの記載に誤りがございました。
謹んでお詫び申し上げますとともに、下記のとおり訂正いたします。

  メリディアン・ボールトのRPO：（誤）5分 →（正）最大15分

■ サービス概要
・メリディアン・ボールトの標準保持期間は90日間でございます。
・同製品のデータセンターは、東京・大阪の2拠点でございます。
・本製品は、保存データをAES-256で暗号化いたします。
・本製品のSLA（稼働率）は99.95%でございます。
・本製品の目標復旧時間（RTO）は4時間以内でございます。
・本製品の1テナントあたりの保存容量の上限は500TBでございます。

■ 料金
・メリディアン・ボールト 容量課金：1TBあたり月額2,800円（税抜）
・お見積りの詳細は別紙をご参照ください。

以上
""", claims=[
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトのRPO：（誤）5分 →（正）最大15分"),
        C(VAULT, "retention", dur(90, "days"), "ok", "・メリディアン・ボールトの標準保持期間は90日間でございます。"),
        C(VAULT, "data_centers", "Tokyo", "ok", "・同製品のデータセンターは、東京・大阪の2拠点でございます。"),
        C(VAULT, "data_centers", "Osaka", "ok", "・同製品のデータセンターは、東京・大阪の2拠点でございます。"),
        C(VAULT, "encryption", "AES-256", "ok", "・本製品は、保存データをAES-256で暗号化いたします。"),
        C(VAULT, "sla", 99.95, "ok", "・本製品のSLA（稼働率）は99.95%でございます。"),
        C(VAULT, "rto", dur(4, "hours"), "unverified", "・本製品の目標復旧時間（RTO）は4時間以内でございます。"),
        C(VAULT, "max_storage", 500 * TB, "ok", "・本製品の1テナントあたりの保存容量の上限は500TBでございます。"),
        C(VAULT, "price_per_tb", jpy(2800, "TB-month"), "ok", "・メリディアン・ボールト 容量課金：1TBあたり月額2,800円（税抜）"),
    ])

    # ================================================================ tokyo draft: ignored by .onevoice.yaml
    D(path="docs/tokyo/drafts/minato-sync-draft.md", ignored=True, body="""# メリディアン・ファイルシンク ご提案書（下書き）

※社内レビュー前の下書きです。送付しないでください。

- メリディアン シンクはLinuxにも対応しています。
- 国内No.1のクラウドストレージです。
- 最大5,000ユーザーまでご利用いただけます。
- 月額料金は45,000円（税込）です。
""", claims=[])
