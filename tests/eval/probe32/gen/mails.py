# The 16 messages around the proposals. Each entry: how to build it, and its labels.
from labels import C, P, T, S, V, I, usd, gbp, jpy, dur, TB, GB, PB
from mimeutil import text, to_html, alternative, mixed, attached_message, addr, hdr, finish

MAILS = []


def mail(name, date, sender, mid, archive, claims=(), findings=()):
    def deco(build):
        MAILS.append({"name": name, "date": date, "sender": sender, "message_id": mid,
                      "archive": archive, "build": build, "claims": list(claims), "findings": list(findings)})
        return build
    return deco


def rcvd(host, ip, mx, stamp):
    return ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s;\n\t%s"
            % (host, host, ip, mx, "".join(c for c in stamp if c.isdigit())[:12] + "x", stamp))


# ---------------------------------------------------------------- 0001 Tokyo, Gmail, 2026-02-10
B0001 = """\
株式会社ミナト精機
情報システム課 北村 様

いつもお世話になっております。
メリディアンデータの佐伯でございます。

先日はお打ち合わせのお時間をいただき、ありがとうございました。
ご質問いただいた点について、以下のとおりご回答いたします。

1. 利用者数
メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
御社でご想定の1,200名様規模であれば問題ございません。

2. 料金
同製品の月額料金は50,000円（税抜）でございます。
年間契約の場合も月額は変わりませんが、お支払いを年1回にまとめることができます。

3. 次回のお打ち合わせ
2月19日（木）14時から、御社本社にて30分ほどお時間を頂戴できれば幸いです。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社 東京オフィス
営業第二部 佐伯 直樹（さえき なおき）
〒100-0005 東京都千代田区丸の内1-8-3 丸の内グランドビル12F
TEL 03-6809-4412 / FAX 03-6809-4413
━━━━━━━━━━━━━━━━━━━━
"""


@mail("0001", "2026-02-10", "naoki.saeki@jp.meridian-data.com",
      "CAKx7Wq2Lm9Pz4rN0bVt5sYc8HfJ3eD1gA@mail.gmail.com", True, claims=[
          C(S, "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
          C(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）でございます。"),
      ])
def m0001(m):
    body = alternative(text(B0001, "utf-8", "b64"), text(to_html(B0001, "font-family:sans-serif"), "utf-8", "qp", "html"))
    return finish(body, [
        rcvd("mail-sor-f41.google.com", "209.85.220.41", "mx.minato-seiki.co.jp", "Tue, 10 Feb 2026 10:42:35 +0900"),
        ("MIME-Version", "1.0"),
        ("From", addr("佐伯 直樹", "naoki.saeki@jp.meridian-data.com")),
        ("Date", "Tue, 10 Feb 2026 10:42:33 +0900"),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("Subject", hdr("【メリディアンデータ】ファイル共有サービスについてのご回答")),
        ("To", addr("北村 真理子", "kitamura@minato-seiki.co.jp")),
    ], "000000000000a1f2c40624b9e701")


# ---------------------------------------------------------------- 0002 US HQ, Gmail, 2026-05-06
B0002 = """\
Hi Dana,

Thanks again for hosting us in Columbus on Tuesday. Here's a short recap of the points your team raised, so you have them in writing before the architecture review on May 14.

Meridian Sync
- A single Meridian Sync tenant supports up to 10,000 users.
- Your rollout list has 1,850 names on it today, and the Grove City terminal would be first.

Meridian Vault
- Meridian Vault's RPO is 15 minutes for databases and file shares alike.
- Meridian Vault keeps backups for 90 days by default; longer retention for the general ledger is something we'd scope separately.

Meridian Insight
- Meridian Insight is in beta now and goes GA in January 2027.
- Happy to set up a beta workspace for your operations analysts next month.

On pricing, I'll send a formal quote once you've confirmed the terminal count.

Best,
Marcus

--
Marcus Oyelaran | Senior Account Executive, Enterprise
Meridian Data Inc. | 575 Market Street, Suite 1900, San Francisco, CA 94105
m +1 (415) 555-0182 | o +1 (415) 555-0100
"""


@mail("0002", "2026-05-06", "marcus.oyelaran@meridian-data.com",
      "CAH4vQ7kE2p1x9ZcTq3u0bR8mJfW6s5nY+Lw@mail.gmail.com", True, claims=[
          C(S, "max_users", 10000, "ok", "A single Meridian Sync tenant supports up to 10,000 users."),
          C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes for databases and file shares alike."),
          C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
          C(I, "general_availability", "2027-01", "ok", "Meridian Insight is in beta now and goes GA in January 2027."),
      ])
def m0002(m):
    body = alternative(text(B0002, "utf-8", "qp"), text(to_html(B0002, "font-family:Arial,sans-serif"), "utf-8", "qp", "html"))
    return finish(body, [
        rcvd("mail-yw1-f170.google.com", "209.85.128.170", "mx1.callowayfreight.com", "Wed, 06 May 2026 09:14:22 -0700"),
        ("MIME-Version", "1.0"),
        ("From", addr("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")),
        ("Date", "Wed, 6 May 2026 09:14:20 -0700"),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("Subject", "Follow-up from Tuesday: Sync, Vault and Insight"),
        ("To", addr("Dana Whitfield", "dwhitfield@callowayfreight.com")),
        ("Cc", addr("Rachel Kim", "rachel.kim@meridian-data.com")),
    ], "000000000000b7c3e10625a4f902")


# ---------------------------------------------------------------- 0003 London, Outlook, cp1252 QP, 2026-05-19
B0003 = """\
Hi Priya,

Thanks for sending over the questions from your IT steering group. Answers below.

1. How much data could we lose? Meridian Vault takes a recovery point every 5 minutes, so your RPO is 5 minutes.

2. Retention: Meridian Vault keeps backups for 90 days as standard, and you can extend individual policies.

3. Cost: Meridian Vault is £16 per TB per month plus VAT, billed monthly in arrears.

4. Where is the data held? Meridian Vault data centres are in Frankfurt and Oregon for European customers; there is no UK data centre.

From our side, the next step is a short call with your infrastructure lead. I'm free on Thursday 21 May at 10:00 or Friday 22 May after 14:00.

Kind regards,
Oliver

Oliver Pennington
Account Director, Public Sector
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0381 | M +44 7700 900418
Meridian Data Ltd is registered in England and Wales, company no. 10472318. VAT reg. GB 284 5519 07.
"""

C0003 = [
    C(V, "rpo", dur(5, "minutes"), "conflict", "Meridian Vault takes a recovery point every 5 minutes, so your RPO is 5 minutes."),
    C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days as standard"),
    C(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month plus VAT"),
    C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault data centres are in Frankfurt and Oregon for European customers"),
    C(V, "data_centers", "Oregon", "ok", "Meridian Vault data centres are in Frankfurt and Oregon for European customers"),
]


@mail("0003", "2026-05-19", "oliver.pennington@uk.meridian-data.com",
      "LO2P265MB48213C0F6A9E2B1A7C4D9E3B6A1@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM", True, claims=C0003)
def m0003(m):
    body = alternative(text(B0003, "windows-1252", "qp"),
                       text(to_html(B0003, charset="windows-1252"), "windows-1252", "qp", "html"))
    return finish(body, [
        rcvd("LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM", "2603:10a6:600:1a6::9", "mx.harrowgate-ha.org.uk", "Tue, 19 May 2026 14:20:11 +0000"),
        ("From", addr("Oliver Pennington", "oliver.pennington@uk.meridian-data.com")),
        ("To", addr("Priya Ramanathan", "p.ramanathan@harrowgate-ha.org.uk")),
        ("Subject", hdr("Meridian Vault – answers to your backup questions")),
        ("Thread-Topic", hdr("Meridian Vault – answers to your backup questions")),
        ("Thread-Index", "AdrJ3mQ0aTnX5c8HQ0yF2kP9wB7vLQ=="),
        ("Date", "Tue, 19 May 2026 14:20:08 +0000"),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
    ], "_000_LO2P265MB48213C0F6A9E2B1A7C4D9E3B6A1LO2P265MB4821GBRP_")


# ---------------------------------------------------------------- 0004 customer reply, Apple Mail, interleaved
B0004 = """\
Hi Oliver,

Thanks, this is really helpful. A couple of follow-ups inline.

On 19 May 2026, at 15:20, Oliver Pennington <oliver.pennington@uk.meridian-data.com> wrote:

> 1. How much data could we lose? Meridian Vault takes a recovery point every 5 minutes, so your RPO is 5 minutes.

That's better than we expected - our current supplier only manages hourly snapshots. Is that 5 minutes for the database as well as the file server?

> 3. Cost: Meridian Vault is £16 per TB per month plus VAT, billed monthly in arrears.

Understood. Finance will want this against our 22 TB today and roughly 30 TB by 2028.

Could you also confirm whether Meridian Vault can restore a whole server within 2 hours? That's what our continuity plan assumes.

Thanks,
Priya

Priya Ramanathan
Head of Digital Services
Harrowgate Housing Association
12 Wellington Street, Leeds LS1 4DL
0113 496 0725
Registered Society no. 31277R | Regulator of Social Housing no. L4821
"""


@mail("0004", "2026-05-27", "p.ramanathan@harrowgate-ha.org.uk",
      "8F2B6C1A-4D7E-4A39-9C55-2E1D0B7A6F31@harrowgate-ha.org.uk", True, claims=[
          C(V, "rpo", dur(5, "minutes"), "conflict", "Meridian Vault takes a recovery point every 5 minutes, so your RPO is 5 minutes.", quoted=True, office="london"),
          C(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month plus VAT", quoted=True, office="london"),
      ])
def m0004(m):
    body = text(B0004, "utf-8", "qp")
    return finish(body, [
        ("From", addr("Priya Ramanathan", "p.ramanathan@harrowgate-ha.org.uk")),
        ("Subject", hdr("Re: Meridian Vault – answers to your backup questions")),
        ("Date", "Wed, 27 May 2026 08:55:41 +0100"),
        ("In-Reply-To", "<LO2P265MB48213C0F6A9E2B1A7C4D9E3B6A1@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM>"),
        ("References", "<LO2P265MB48213C0F6A9E2B1A7C4D9E3B6A1@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM>"),
        ("To", addr("Oliver Pennington", "oliver.pennington@uk.meridian-data.com")),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    ])


# ---------------------------------------------------------------- 0005 Tokyo, Outlook, UTF-8 base64, 2026-06-03
B0005 = """\
東雲製薬株式会社
経営企画部 藤田様

お世話になっております。メリディアンデータ東京オフィスの森下です。
先日お問い合わせいただいたメリディアン インサイトについてご案内いたします。

・メリディアン インサイトは2026年10月に正式リリースの予定です。現在はベータ版として無償でご利用いただけます。
・正式リリース後の同製品の料金は、1ユーザーあたり月額4,400円（税込）です。
・本製品には30日間の無料トライアルがございます。

まずは営業企画部の10名様ほどでお試しいただくのはいかがでしょうか。
デモ環境のご用意に1週間ほどかかりますので、ご希望の日程を6月10日までにお知らせいただけますと幸いです。

よろしくお願いいたします。

――――――――――――――――――
メリディアンデータ株式会社 東京オフィス
ソリューション営業部 森下 彩（もりした あや）
TEL: 03-6809-4430　携帯: 080-4127-5598
――――――――――――――――――
"""


@mail("0005", "2026-06-03", "aya.morishita@jp.meridian-data.com",
      "TYCP286MB22917A6F0E4B7C9D1E2F3A4B5C6@TYCP286MB2291.JPNP286.PROD.OUTLOOK.COM", True, claims=[
          C(I, "general_availability", "2026-10", "conflict", "メリディアン インサイトは2026年10月に正式リリースの予定です。"),
          C(I, "per_user_price", jpy(4400, "user-month", "included"), "ok", "正式リリース後の同製品の料金は、1ユーザーあたり月額4,400円（税込）です。"),
          C(I, "free_trial", dur(30, "days"), "ok", "本製品には30日間の無料トライアルがございます。"),
      ])
def m0005(m):
    body = text(B0005, "utf-8", "b64")
    return finish(body, [
        ("From", addr("森下 彩", "aya.morishita@jp.meridian-data.com")),
        ("To", addr("藤田 浩二", "k-fujita@shinonome-pharma.co.jp")),
        ("Subject", hdr("メリディアン インサイト（ベータ版）のご案内")),
        ("Thread-Topic", hdr("メリディアン インサイト（ベータ版）のご案内")),
        ("Thread-Index", "AdrTf2vQ9c1aK0mXTrmq8d3PzV6eJw=="),
        ("Date", "Wed, 3 Jun 2026 07:05:52 +0000"),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("Accept-Language", "ja-JP, en-US"),
        ("Content-Language", "ja-JP"),
    ])


# ---------------------------------------------------------------- 0006 Osaka, Becky!, ISO-2022-JP, 2026-06-15
B0006 = """\
浪速ロジスティクス株式会社
情報システム部 岡本様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの西田でございます。

先日お話しいたしましたメリディアン ボールトについて、要点をお送りいたします。

■データセンター
メリディアン ボールトのデータセンターは大阪と東京にございますので、関西圏のお客様にも安心してご利用いただけます。

■料金
メリディアン ボールトは1TBあたり月額2,800円（税抜）でございます。

■稼働率
同製品の稼働率SLAは99.95%です。

なお、旧メリディアン ファイルシンクをご利用中の部署がございましたら、メリディアン シンクへの移行手順も併せてご案内いたします。

来週のお打ち合わせは、6月24日（水）15時からでいかがでしょうか。

――
メリディアンデータ株式会社 大阪オフィス
営業部 西田 健吾
〒530-0001 大阪市北区梅田2-4-9 梅田スクエアビル18F
TEL 06-6341-7720 / FAX 06-6341-7721
"""


@mail("0006", "2026-06-15", "kengo.nishida@osaka.jp.meridian-data.com",
      "20260615113012.4C7D.D4E5F6A7@osaka.jp.meridian-data.com", True, claims=[
          C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは大阪と東京にございますので"),
          C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは大阪と東京にございますので"),
          C(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン ボールトは1TBあたり月額2,800円（税抜）でございます。"),
          C(V, "sla", 99.95, "ok", "同製品の稼働率SLAは99.95%です。"),
      ], findings=[
          T(S, "旧メリディアン ファイルシンクをご利用中の部署がございましたら"),
      ])
def m0006(m):
    body = text(B0006, "iso-2022-jp")
    return finish(body, [
        ("From", addr("西田 健吾", "kengo.nishida@osaka.jp.meridian-data.com", "iso-2022-jp")),
        ("To", addr("岡本 誠", "okamoto@naniwa-logi.co.jp", "iso-2022-jp")),
        ("Subject", hdr("バックアップサービスのご案内（メリディアン ボールト）", "iso-2022-jp")),
        ("Date", "Mon, 15 Jun 2026 11:30:12 +0900"),
        ("Message-Id", "<%s>" % m["message_id"]),
        ("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
    ])


# ---------------------------------------------------------------- 0007 London, Outlook reply over -----Original Message-----
B0007 = """\
Hi Tom,

Short answers to your three questions:

- Meridian Sync scales to 10,000 users on one tenant, so adding the Derby site later is no problem.
- It is £329 per month plus VAT for the tenant, whatever the headcount.
- Meridian Sync's availability commitment is 99.95%, backed by service credits.

I'll send the order form once you've confirmed the start date.

Regards,
Oliver

Oliver Pennington
Account Director, Public Sector
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0381 | M +44 7700 900418

-----Original Message-----
From: Tom Ashcroft <tom.ashcroft@kestrel-eng.co.uk>
Sent: 19 June 2026 16:47
To: Oliver Pennington <oliver.pennington@uk.meridian-data.com>
Subject: Meridian Sync questions

Hi Oliver,

Before we sign, three quick ones:
1. How many users can one Meridian Sync tenant take? We're 380 today.
2. Is the monthly price per user or per tenant?
3. What uptime do you commit to?

We currently pay £5.10 per user per month to our old provider, so ideally we'd land somewhere close.

Thanks
Tom
"""


@mail("0007", "2026-06-22", "oliver.pennington@uk.meridian-data.com",
      "LO4P265MB5517E2A9C3B8D1F0A6E4C7B2D9@LO4P265MB5517.GBRP265.PROD.OUTLOOK.COM", False, claims=[
          C(S, "max_users", 10000, "ok", "Meridian Sync scales to 10,000 users on one tenant"),
          C(S, "monthly_price", gbp(329, "month", "excluded"), "ok", "It is £329 per month plus VAT for the tenant, whatever the headcount."),
          C(S, "sla", 99.95, "conflict", "Meridian Sync's availability commitment is 99.95%, backed by service credits."),
      ])
def m0007(m):
    body = alternative(text(B0007, "windows-1252", "qp"), text(to_html(B0007, charset="windows-1252"), "windows-1252", "qp", "html"))
    return finish(body, [
        ("From", addr("Oliver Pennington", "oliver.pennington@uk.meridian-data.com")),
        ("To", addr("Tom Ashcroft", "tom.ashcroft@kestrel-eng.co.uk")),
        ("Subject", "RE: Meridian Sync questions"),
        ("Thread-Topic", "Meridian Sync questions"),
        ("Thread-Index", "AQHa4Q0kYx7p2VbKkU6mJ3nQ8s1rTwAAbC9w"),
        ("Date", "Mon, 22 Jun 2026 09:02:47 +0000"),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("References", "<AM9PR10MB4471D0E6B2C8F3A1E5D7C9B4A2@AM9PR10MB4471.EURPRD10.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<AM9PR10MB4471D0E6B2C8F3A1E5D7C9B4A2@AM9PR10MB4471.EURPRD10.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
    ], "_000_LO4P265MB5517E2A9C3B8D1F0A6E4C7B2D9LO4P265MB5517GBRP_")


# ---------------------------------------------------------------- 0008 partner (unknown), Thunderbird, ISO-2022-JP
B0008 = """\
メリディアンデータ
佐伯様

いつもお世話になっております。日新システムズの山根です。

ミナト精機様のバックアップ案件について、確認させてください。
以前、貴社ご担当者様から、メリディアン ボールトの標準保持期間は90日間と伺っております。
ミナト精機様からは、会計データを1年間保持したいとのご要望をいただいておりますが、
同製品で保持期間を1年に延長することは可能でしょうか。

また、RPOは何分になりますでしょうか。

お手数ですが、7月17日までにご回答いただけますと幸いです。

--
日新システムズ株式会社
ソリューション営業部 山根 俊介
〒450-0002 名古屋市中村区名駅3-15-1 名駅セントラルビル7F
TEL 052-589-3310
"""


@mail("0008", "2026-07-10", "yamane@nishin-systems.co.jp",
      "5b3f7e21-9c04-4d6a-8e1f-2a7c6d90b418@nishin-systems.co.jp", False, claims=[
          C(V, "retention", dur(90, "days"), "ok", "以前、貴社ご担当者様から、メリディアン ボールトの標準保持期間は90日間と伺っております。"),
      ])
def m0008(m):
    body = text(B0008, "iso-2022-jp")
    body.set_param("format", "flowed")
    body.set_param("delsp", "yes")
    return finish(body, [
        ("Message-ID", "<%s>" % m["message_id"]),
        ("Date", "Fri, 10 Jul 2026 09:20:05 +0900"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "ja"),
        ("To", addr("佐伯 直樹", "naoki.saeki@jp.meridian-data.com", "iso-2022-jp")),
        ("From", addr("山根 俊介", "yamane@nishin-systems.co.jp", "iso-2022-jp")),
        ("Subject", hdr("ミナト精機様案件 ボールトの仕様確認", "iso-2022-jp")),
    ])


# ---------------------------------------------------------------- 0009 Tokyo, Gmail reply with 「日付 名前 <addr>:」 header
B0009 = """\
山根様

お世話になっております。メリディアンデータの佐伯です。
ご確認いただきありがとうございます。以下のとおりご回答いたします。

・保持期間について
ご認識のとおり、メリディアン ボールトの標準保持期間は90日間です。
1年間の保持につきましては、別途アーカイブオプションでのご提案となりますので、お見積りを改めてお送りいたします。

・RPOについて
メリディアン ボールトのRPOは15分です。

引き続きよろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社 東京オフィス
営業第二部 佐伯 直樹
TEL 03-6809-4412
━━━━━━━━━━━━━━━━━━━━

2026年7月10日(金) 9:20 山根 俊介 <yamane@nishin-systems.co.jp>:

> メリディアンデータ
> 佐伯様
>
> いつもお世話になっております。日新システムズの山根です。
>
> ミナト精機様のバックアップ案件について、確認させてください。
> 以前、貴社ご担当者様から、メリディアン ボールトの標準保持期間は90日間と伺っております。
> ミナト精機様からは、会計データを1年間保持したいとのご要望をいただいておりますが、
> 同製品で保持期間を1年に延長することは可能でしょうか。
>
> また、RPOは何分になりますでしょうか。
>
> お手数ですが、7月17日までにご回答いただけますと幸いです。
>
> --
> 日新システムズ株式会社
> ソリューション営業部 山根 俊介
> 〒450-0002 名古屋市中村区名駅3-15-1 名駅セントラルビル7F
> TEL 052-589-3310
"""


@mail("0009", "2026-07-14", "naoki.saeki@jp.meridian-data.com",
      "CAKx7Wq2Lm9Pz4rN0bVt5sYc8HfJ3eD1gA+q7T@mail.gmail.com", True, claims=[
          C(V, "retention", dur(90, "days"), "ok", "ご認識のとおり、メリディアン ボールトの標準保持期間は90日間です。"),
          C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分です。"),
          C(V, "retention", dur(90, "days"), "ok", "以前、貴社ご担当者様から、メリディアン ボールトの標準保持期間は90日間と伺っております。", quoted=True, office="unknown"),
      ])
def m0009(m):
    body = alternative(text(B0009, "utf-8", "b64"), text(to_html(B0009, "font-family:sans-serif"), "utf-8", "qp", "html"))
    return finish(body, [
        ("MIME-Version", "1.0"),
        ("References", "<5b3f7e21-9c04-4d6a-8e1f-2a7c6d90b418@nishin-systems.co.jp>"),
        ("In-Reply-To", "<5b3f7e21-9c04-4d6a-8e1f-2a7c6d90b418@nishin-systems.co.jp>"),
        ("From", addr("佐伯 直樹", "naoki.saeki@jp.meridian-data.com")),
        ("Date", "Tue, 14 Jul 2026 13:48:26 +0900"),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("Subject", hdr("Re: ミナト精機様案件 ボールトの仕様確認")),
        ("To", addr("山根 俊介", "yamane@nishin-systems.co.jp")),
    ], "000000000000c4d8a20629e3b15f")


# ---------------------------------------------------------------- 0010 US HQ, Gmail alternative, 2026-08-04
B0010 = """\
Hi Luis,

Here are the figures you asked for, ready to paste into the board deck:

* Meridian Insight list price: $30 per user per month.
* Meridian Insight query latency: under 2 seconds at the 95th percentile, guaranteed even on your largest claims tables.
* Meridian Insight supports up to 200 dashboards per workspace.
* Meridian Insight general availability: January 2027. Until then you're on the beta at no charge.

If the board would like a live demo, I can do Thursday 13 August at 10am Pacific.

Rachel

Rachel Kim | Solutions Consultant, Healthcare
Meridian Data Inc. | 575 Market Street, Suite 1900, San Francisco, CA 94105
+1 (628) 555-0147
"""


@mail("0010", "2026-08-04", "rachel.kim@meridian-data.com",
      "CAN2x9TbWk7mPq4rLs8vZc1nH3yJ6eD0gU@mail.gmail.com", True, claims=[
          C(I, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight list price: $30 per user per month."),
          C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight query latency: under 2 seconds at the 95th percentile"),
          C(I, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
          C(I, "general_availability", "2027-01", "ok", "Meridian Insight general availability: January 2027."),
      ], findings=[
          P("en.guarantee", "guaranteed even on your largest claims tables"),
      ])
def m0010(m):
    body = alternative(text(B0010, "utf-8", "qp"), text(to_html(B0010, "font-family:Arial,sans-serif"), "utf-8", "qp", "html"))
    return finish(body, [
        ("MIME-Version", "1.0"),
        ("From", addr("Rachel Kim", "rachel.kim@meridian-data.com")),
        ("Date", "Tue, 4 Aug 2026 14:31:09 -0700"),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("Subject", hdr("Meridian Insight beta – numbers for your board deck")),
        ("To", addr("Luis Ortega", "lortega@brightline-health.com")),
    ], "000000000000e19f6b062b7d4c30")


# ---------------------------------------------------------------- 0011 London, Gmail forward of a US HQ message
B0011 = """\
Hi Ewan,

I checked with our US product team about the Linux question, and Marcus's answer is below. In short: Meridian Sync runs on Windows, macOS, iOS and Android. There is no Linux client; Linux users work in the browser.

For budgeting, Meridian Sync is £329 per month and Meridian Insight, once it is generally available in January 2027, is £25 per user per month.

Best wishes,
Hannah

Hannah Clarke
Customer Success Manager, Meridian Data Ltd
+44 20 7946 0392

---------- Forwarded message ---------
From: Marcus Oyelaran <marcus.oyelaran@meridian-data.com>
Date: Tue, 18 Aug 2026 at 17:02
Subject: Re: Meridian Sync platform support
To: Hannah Clarke <hannah.clarke@uk.meridian-data.com>


Hi Hannah,

No Linux client for Meridian Sync, I'm afraid, and nothing on the roadmap for 2026. Meridian Sync supports Windows 10/11, macOS, iOS and Android. Linux users can use the web app for browsing, upload and sharing.

Marcus
"""


@mail("0011", "2026-08-20", "hannah.clarke@uk.meridian-data.com",
      "CAG5hKp3Rv8nWx2mQz7tLb4sY1cF9jE6aD@mail.gmail.com", True, claims=[
          C(S, "supported_platforms", "Windows", "ok", "In short: Meridian Sync runs on Windows, macOS, iOS and Android."),
          C(S, "supported_platforms", "macOS", "ok", "In short: Meridian Sync runs on Windows, macOS, iOS and Android."),
          C(S, "supported_platforms", "iOS", "ok", "In short: Meridian Sync runs on Windows, macOS, iOS and Android."),
          C(S, "supported_platforms", "Android", "ok", "In short: Meridian Sync runs on Windows, macOS, iOS and Android."),
          C(S, "monthly_price", gbp(329, "month"), "ok", "Meridian Sync is £329 per month"),
          C(I, "general_availability", "2027-01", "ok", "Meridian Insight, once it is generally available in January 2027, is £25 per user per month."),
          C(I, "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight, once it is generally available in January 2027, is £25 per user per month."),
          C(S, "supported_platforms", "Windows", "ok", "Meridian Sync supports Windows 10/11, macOS, iOS and Android.", quoted=True, office="us-hq"),
          C(S, "supported_platforms", "macOS", "ok", "Meridian Sync supports Windows 10/11, macOS, iOS and Android.", quoted=True, office="us-hq"),
          C(S, "supported_platforms", "iOS", "ok", "Meridian Sync supports Windows 10/11, macOS, iOS and Android.", quoted=True, office="us-hq"),
          C(S, "supported_platforms", "Android", "ok", "Meridian Sync supports Windows 10/11, macOS, iOS and Android.", quoted=True, office="us-hq"),
      ])
def m0011(m):
    body = alternative(text(B0011, "utf-8", "qp"), text(to_html(B0011, "font-family:Arial,sans-serif"), "utf-8", "qp", "html"))
    return finish(body, [
        ("MIME-Version", "1.0"),
        ("References", "<CAH4vQ7kF8s2y0AdUr4v1cS9nKgX7t6oZ+Mx@mail.gmail.com>"),
        ("In-Reply-To", "<CAH4vQ7kF8s2y0AdUr4v1cS9nKgX7t6oZ+Mx@mail.gmail.com>"),
        ("From", addr("Hannah Clarke", "hannah.clarke@uk.meridian-data.com")),
        ("Date", "Thu, 20 Aug 2026 12:10:44 +0100"),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("Subject", "Fwd: Meridian Sync platform support"),
        ("To", addr("Ewan MacLeod", "ewan.macleod@thistle-print.co.uk")),
    ], "000000000000f3a2d7062c91e8b4")


# ---------------------------------------------------------------- 0012 Osaka, Becky!, with an attached Tokyo message
B0012 = """\
浪速ロジスティクス株式会社
情報システム部 岡本様

お世話になっております。大阪オフィスの西田です。

昨日お問い合わせいただいた容量の件、東京オフィスからの回答メールを添付いたします。
ただし、添付メールの容量の記載には誤りがございました。
メリディアン ボールトの最大容量は、1テナントあたり500TBです。

貴社の現在のバックアップ対象（約62TB）であれば、十分に収まる見込みです。
ご迷惑をおかけし申し訳ございません。

――
メリディアンデータ株式会社 大阪オフィス
営業部 西田 健吾
TEL 06-6341-7720 / FAX 06-6341-7721
"""

B0012_INNER = """\
西田さん

お疲れさまです。東京オフィスの森下です。

お問い合わせの件、メリディアン ボールトの最大容量は1テナントあたり1PBです。
同製品のRPOは15分、データセンターは東京・大阪の2か所です。

浪速ロジスティクス様へはこのままご転送いただいて問題ございません。

森下
"""


@mail("0012", "2026-09-09", "kengo.nishida@osaka.jp.meridian-data.com",
      "20260909174015.6A2E.E7F8A9B0@osaka.jp.meridian-data.com", True, claims=[
          C(V, "max_storage", TB(500), "ok", "メリディアン ボールトの最大容量は、1テナントあたり500TBです。"),
          C(V, "max_storage", PB(1), "conflict", "お問い合わせの件、メリディアン ボールトの最大容量は1テナントあたり1PBです。", quoted=True, office="tokyo"),
          C(V, "rpo", dur(15, "minutes"), "ok", "同製品のRPOは15分、データセンターは東京・大阪の2か所です。", quoted=True, office="tokyo"),
          C(V, "data_centers", "Tokyo", "ok", "同製品のRPOは15分、データセンターは東京・大阪の2か所です。", quoted=True, office="tokyo"),
          C(V, "data_centers", "Osaka", "ok", "同製品のRPOは15分、データセンターは東京・大阪の2か所です。", quoted=True, office="tokyo"),
      ])
def m0012(m):
    inner = text(B0012_INNER, "utf-8", "b64")
    inner = finish(inner, [
        ("From", addr("森下 彩", "aya.morishita@jp.meridian-data.com")),
        ("To", addr("西田 健吾", "kengo.nishida@osaka.jp.meridian-data.com")),
        ("Subject", hdr("RE: ボールト 容量上限の確認")),
        ("Date", "Tue, 8 Sep 2026 09:12:44 +0000"),
        ("Message-ID", "<TYCP286MB22919B3C5D7E1F2A4B6C8D0E9F1@TYCP286MB2291.JPNP286.PROD.OUTLOOK.COM>"),
        ("Content-Language", "ja-JP"),
    ])
    body = mixed(text(B0012, "iso-2022-jp"), attached_message(inner, "RE_vault_capacity.eml"))
    return finish(body, [
        ("From", addr("西田 健吾", "kengo.nishida@osaka.jp.meridian-data.com", "iso-2022-jp")),
        ("To", addr("岡本 誠", "okamoto@naniwa-logi.co.jp", "iso-2022-jp")),
        ("Subject", hdr("Fw: ボールトの容量について（訂正あり）", "iso-2022-jp")),
        ("Date", "Wed, 09 Sep 2026 17:40:15 +0900"),
        ("Message-Id", "<%s>" % m["message_id"]),
        ("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
    ], "----_NextPart_20260909174015_7E2A")


# ---------------------------------------------------------------- 0013 US HQ, Apple Mail, 2026-10-26
B0013 = """\
Dana,

Quick answers before Thursday's call:

Meridian Vault stores up to 500 TB per tenant. Your auditors' seven-year estimate of about 210 TB would fit comfortably.

Calloway's data would live in our Oregon data center; Meridian Vault's other data centers are Frankfurt, Tokyo and Osaka. We don't operate anything in Virginia.

Meridian Vault is $20 per TB per month, and the recovery point objective is 15 minutes on every tier.

Happy to walk through a risk-free 60-day pilot on Thursday if that helps the business case.

Marcus

Sent from my iPhone
"""


@mail("0013", "2026-10-26", "marcus.oyelaran@meridian-data.com",
      "7A3F2C1E-9B4D-4E8A-A1C2-5D6E7F8091AB@meridian-data.com", True, claims=[
          C(V, "max_storage", TB(500), "ok", "Meridian Vault stores up to 500 TB per tenant."),
          C(V, "data_centers", "Oregon", "ok", "Calloway's data would live in our Oregon data center; Meridian Vault's other data centers are Frankfurt, Tokyo and Osaka."),
          C(V, "data_centers", "Frankfurt", "ok", "Calloway's data would live in our Oregon data center; Meridian Vault's other data centers are Frankfurt, Tokyo and Osaka."),
          C(V, "data_centers", "Tokyo", "ok", "Calloway's data would live in our Oregon data center; Meridian Vault's other data centers are Frankfurt, Tokyo and Osaka."),
          C(V, "data_centers", "Osaka", "ok", "Calloway's data would live in our Oregon data center; Meridian Vault's other data centers are Frankfurt, Tokyo and Osaka."),
          C(V, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is $20 per TB per month"),
          C(V, "rpo", dur(15, "minutes"), "ok", "the recovery point objective is 15 minutes on every tier."),
      ], findings=[
          P("en.guarantee", "Happy to walk through a risk-free 60-day pilot on Thursday"),
      ])
def m0013(m):
    body = text(B0013, "us-ascii")
    return finish(body, [
        ("From", addr("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", "Mon, 26 Oct 2026 10:15:37 -0700"),
        ("Subject", "Meridian Vault sizing and hosting"),
        ("Message-Id", "<%s>" % m["message_id"]),
        ("To", addr("Dana Whitfield", "dwhitfield@callowayfreight.com")),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ])


# ---------------------------------------------------------------- 0014 London, Gmail, 2026-11-03
B0014 = """\
Dear Gareth,

Thank you for your time on Friday. To answer the capacity question first: a single Meridian Vault tenant scales to 1 PB. The council's 340 TB of archive data would therefore fit in one contract.

Pricing is £16 per TB per month plus VAT for Meridian Vault, with 90-day retention included as standard.

Meridian Vault is also the number one choice for UK councils moving off tape.

I will send our G-Cloud service definition separately. Do let me know if you would like to visit the Frankfurt data centre in the new year.

Kind regards,

Hannah Clarke
Customer Success Manager, Meridian Data Ltd
30 Finsbury Square, London EC2A 1AG
+44 20 7946 0392 | +44 7700 900725
"""


@mail("0014", "2026-11-03", "hannah.clarke@uk.meridian-data.com",
      "CAM7pL2vX9kQw4rTn8bZs3mH1yC6jF0eG5@mail.gmail.com", True, claims=[
          C(V, "max_storage", PB(1), "conflict", "a single Meridian Vault tenant scales to 1 PB."),
          C(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "Pricing is £16 per TB per month plus VAT for Meridian Vault"),
          C(V, "retention", dur(90, "days"), "ok", "with 90-day retention included as standard."),
      ], findings=[
          P("en.superlative", "Meridian Vault is also the number one choice for UK councils moving off tape."),
      ])
def m0014(m):
    body = alternative(text(B0014, "utf-8", "qp"), text(to_html(B0014, "font-family:Arial,sans-serif"), "utf-8", "qp", "html"))
    return finish(body, [
        ("MIME-Version", "1.0"),
        ("From", addr("Hannah Clarke", "hannah.clarke@uk.meridian-data.com")),
        ("Date", "Tue, 3 Nov 2026 16:22:03 +0000"),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("Subject", "Meridian Vault capacity and pricing"),
        ("To", addr("Gareth Lloyd", "gareth.lloyd@severnvale.gov.uk")),
    ], "000000000000a8e4f1063081c2d7")


# ---------------------------------------------------------------- 0015 customer (unknown), Outlook, 2026-11-05
B0015 = """\
Hi Rachel,

We've been on Meridian FileSync since 2022 and our renewal comes up in January. From what I read on a review site, Meridian Sync comes with a 99.99% uptime SLA, which is a big part of why we're staying.

Also, can Meridian Sync handle 60 users across our four offices? We're opening a fifth in Grand Rapids next spring.

Thanks,
Jordan

Jordan Pike
Practice Manager | Lakeshore Dental Group
(616) 555-0193
"""


@mail("0015", "2026-11-05", "jpike@lakeshore-dental.com",
      "SN6PR04MB4672F1A2B3C4D5E6F7A8B9C0D1@SN6PR04MB4672.namprd04.prod.outlook.com", False, claims=[
          C(S, "sla", 99.99, "conflict", "From what I read on a review site, Meridian Sync comes with a 99.99% uptime SLA"),
      ], findings=[
          T(S, "We've been on Meridian FileSync since 2022"),
      ])
def m0015(m):
    body = alternative(text(B0015, "us-ascii"), text(to_html(B0015, charset="us-ascii"), "us-ascii", subtype="html"))
    return finish(body, [
        ("From", addr("Jordan Pike", "jpike@lakeshore-dental.com")),
        ("To", addr("Rachel Kim", "rachel.kim@meridian-data.com")),
        ("Subject", "Question about our renewal"),
        ("Thread-Topic", "Question about our renewal"),
        ("Thread-Index", "AdsP1k3Qm7yV0cXhTa2nL9wE4rB6uQ=="),
        ("Date", "Thu, 5 Nov 2026 14:03:18 +0000"),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
    ], "_000_SN6PR04MB4672F1A2B3C4D5E6F7A8B9C0D1SN6PR04MB4672namp_")


# ---------------------------------------------------------------- 0016 Tokyo, Outlook, ISO-2022-JP, -----元のメッセージ-----
B0016 = """\
北村様

お世話になっております。メリディアンデータ東京オフィスの森下です。
佐伯に代わりまして、ご確認いただいた3点についてご回答いたします。

1) メリディアン シンクの月額料金は55,000円（税込）です。
2) 同製品は1テナントあたり最大1万ユーザーまでご利用いただけますので、海外販売子会社の追加も問題ございません。
3) メリディアン シンクはオフラインでの編集には対応しておりません。工場内では社内Wi-Fiへの接続をお願いいたします。

ご契約開始日は2027年1月1日を予定しております。
引き続きよろしくお願いいたします。

――――――――――――――――――
メリディアンデータ株式会社 東京オフィス
ソリューション営業部 森下 彩
TEL: 03-6809-4430
――――――――――――――――――

-----元のメッセージ-----
差出人: 北村 真理子 <kitamura@minato-seiki.co.jp>
送信日時: 2026年11月11日 15:32
宛先: 佐伯 直樹 <naoki.saeki@jp.meridian-data.com>
件名: メリディアン シンク ご契約条件の確認

佐伯様

お世話になっております。ミナト精機の北村です。
契約前に、以下の3点を確認させてください。

1) 月額料金は税込でいくらになりますか。
2) 将来、海外販売子会社（約300名）を追加しても問題ないでしょうか。
3) 工場内でネットワークが切れた場合も作業できますか。

よろしくお願いいたします。
"""


@mail("0016", "2026-11-12", "aya.morishita@jp.meridian-data.com",
      "TYCP286MB2291C4D5E6F7A8B9C0D1E2F3A4B@TYCP286MB2291.JPNP286.PROD.OUTLOOK.COM", True, claims=[
          C(S, "monthly_price", jpy(55000, "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）です。"),
          C(S, "max_users", 10000, "ok", "同製品は1テナントあたり最大1万ユーザーまでご利用いただけますので"),
          C(S, "offline_mode", False, "ok", "メリディアン シンクはオフラインでの編集には対応しておりません。"),
      ])
def m0016(m):
    body = text(B0016, "iso-2022-jp")
    return finish(body, [
        ("From", addr("森下 彩", "aya.morishita@jp.meridian-data.com", "iso-2022-jp")),
        ("To", addr("北村 真理子", "kitamura@minato-seiki.co.jp", "iso-2022-jp")),
        ("CC", addr("佐伯 直樹", "naoki.saeki@jp.meridian-data.com", "iso-2022-jp")),
        ("Subject", hdr("RE: メリディアン シンク ご契約条件の確認", "iso-2022-jp")),
        ("Thread-Topic", hdr("メリディアン シンク ご契約条件の確認", "iso-2022-jp")),
        ("Thread-Index", "AQHbNd2kR7v0pXcQy8mW3tJ5nLb9sAAEf1Zg"),
        ("Date", "Thu, 12 Nov 2026 09:05:33 +0000"),
        ("Message-ID", "<%s>" % m["message_id"]),
        ("Accept-Language", "ja-JP, en-US"),
        ("Content-Language", "ja-JP"),
    ])
