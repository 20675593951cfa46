"""set5 mail, part B: messages 0029-0055."""
from model import C, Phrase, Term, TB, GB, jpy, usd, gbp, dur, rng
from people import *  # noqa: F401,F403

MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


# =====================================================================================
# 0029 — US HQ, Outlook multipart/alternative (HTML): 99.99% SLA (conflict), "zero downtime";
#        the Outlook From:/Sent: block quotes the customer's reported Linux claim
REPLY_0029 = """\
Hi James,

Rachel asked me to pick up the technical questions from your note.

Linux: Meridian Sync does not have a Linux client today. For the radiology workstations, the web app is the supported route.

Offline: Meridian Sync does not offer an offline mode, so the iPads will need Wi-Fi or cellular to open and save files.

Availability: Meridian Sync is backed by a 99.99% uptime SLA, with service credits if we miss it.

Migration: we will move the clinic shares over a weekend with zero downtime for your staff.

Let me know if Anika would like a 30-minute walkthrough on Thursday.

Marcus

Marcus Webb
Senior Solutions Engineer
Meridian Data, Inc.
"""

QUOTE_0029 = """\
From: James Porter <jporter@brightwater-health.com>
Sent: Monday, November 2, 2026 4:51 PM
To: Rachel Kim <rkim@meridian-data.com>
Cc: Marcus Webb <mwebb@meridian-data.com>
Subject: Meridian Sync - answers for Anika

Rachel,

Anika is finalising the risk assessment this week. Three things she still needs in writing:

1. Our former reseller told us Meridian Sync supports Linux. Is that still the case?
2. Can the clinic iPads keep working offline?
3. What uptime does Meridian Sync commit to?

Thanks,
James
"""

M(n=29, date="2026-11-03 10:14:26 -0800", frm="mwebb", to=["jporter"], cc=["rkim"],
  subject="RE: Meridian Sync - answers for Anika", enc="alt-u8", subj="plain",
  msgid="PH0PR11MB5095E1F2A3B4C5D6E7F8A9B0C1D2E3F4@PH0PR11MB5095.namprd11.prod.outlook.com",
  irt="SA1PR19MB5523C8F7E6D5C4B3A2F1E0D9C8B7A6F5@SA1PR19MB5523.namprd19.prod.outlook.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"), archive=True,
  body=REPLY_0029 + "\n________________________________\n" + QUOTE_0029,
  html_parts=(REPLY_0029, QUOTE_0029), html_charset="utf-8",
  claims=[
      C("sync", "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode"),
      C("sync", "sla", 99.99, "conflict", "Meridian Sync is backed by a 99.99% uptime SLA, with service credits if we miss it."),
      C("sync", "supported_platforms", "Linux", "conflict", "1. Our former reseller told us Meridian Sync supports Linux.",
        quoted=True, office="unknown"),
  ],
  findings=[Phrase("en.guarantee", "we will move the clinic shares over a weekend with zero downtime for your staff.")])

# =====================================================================================
# 0030 — Tokyo (Shift_JIS base64): 10,000 users; 業界No.1 with no ※ note; 業界最速 is no rule
M(n=30, date="2026-11-04 13:55:40 +0900", frm="yamada", to=["okamoto"],
  subject="メリディアン シンク 全社展開に向けたご提案", enc="sjis64", subj="jisB",
  msgid="OS3PR01MB6612F9E8D7C6B5A4F3E2D1C0B9A8F7E6@OS3PR01MB6612.jpnprd01.prod.outlook.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"), archive=True,
  body=f"""\
北斗製薬株式会社
IT推進室　岡本様

いつも大変お世話になっております。メリディアン・データの山田でございます。
高橋より本件を引き継ぎました。今後ともよろしくお願い申し上げます。

全社展開（第1期：本社・研究所 約1,900名、第2期：工場・営業所 約1,600名）に向けて、改めてポイントを整理いたしました。

① メリディアン シンクは1テナントあたり最大10,000ユーザーまでご利用いただけますので、第2期完了後も単一テナントで運用可能でございます。
② 同製品は業界No.1のセキュリティ水準を備えており、ISO/IEC 27001認証を取得しております。
③ 業界最速クラスの差分同期エンジンにより、大容量のCADデータや治験資料もストレスなく共有いただけます。

ご提案書（第3版）を添付いたしますので、ご確認のほどよろしくお願いいたします。
11月12日(木)のご説明会（14:00～15:00、出席予定5名）にて、詳細をご説明いたします。

{SIG_YAMADA_SJIS}
""",
  claims=[
      C("sync", "max_users", 10000, "ok",
        "① メリディアン シンクは1テナントあたり最大10,000ユーザーまでご利用いただけますので、第2期完了後も単一テナントで運用可能でございます。"),
      C("sync", "certifications", "ISO 27001", "ok",
        "② 同製品は業界No.1のセキュリティ水準を備えており、ISO/IEC 27001認証を取得しております。"),
  ],
  findings=[Phrase("ja.superlative-no1", "同製品は業界No.1のセキュリティ水準を備えており")])

# =====================================================================================
# 0031 — Osaka (ISO-2022-JP): RPO 1時間 (conflict; 15分 elsewhere), RTO 2時間程度 (no base value)
M(n=31, date="2026-11-05 17:21:12 +0900", frm="hayashi", to=["yamamoto"],
  subject="Re: メリディアン・ボールトのご紹介（復旧目標について）", enc="jis", subj="jisB",
  msgid="20261105172112.61D0.HC5152@osaka.jp.meridian-data.com",
  irt="20261023134002.61D0.HC5152@osaka.jp.meridian-data.com",
  mailer=("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.32; x86_64-pc-linux-gnu)"), archive=True,
  body=f"""\
堺化成株式会社
山本様

お世話になっております。メリディアン・データ大阪支店の林でございます。
昨日はオンラインでのご説明のお時間をいただき、ありがとうございました。

ご質問のありました復旧目標について、以下のとおりご回答いたします。

・メリディアン・ボールトのRPO（目標復旧時点）は1時間でございます。
・同製品のRTO（目標復旧時間）は、基本的には2時間程度を想定しております。

なお、リストアテストは年2回、無償で実施しております。

ご不明点がございましたら、お気軽にお申し付けください。

{SIG_HAYASHI}
""",
  claims=[
      C("vault", "rpo", dur(1, "hours"), "conflict", "・メリディアン・ボールトのRPO（目標復旧時点）は1時間でございます。"),
      C("vault", "rto", dur(2, "hours"), "unverified", "・同製品のRTO（目標復旧時間）は、基本的には2時間程度を想定しております。"),
  ])

# =====================================================================================
# 0032 — Osaka forwards a Tokyo note inline (-------- 転送メッセージ --------): quoted, office tokyo
M(n=32, date="2026-11-09 09:34:48 +0900", frm="hayashi", to=["yamamoto"],
  subject="Fwd: メリディアン・ボールト 保持期間の仕様について", enc="u8b64", subj="u8B",
  msgid="7e9c1b3d-5f70-4a2c-b4e6-1109hayashi@osaka.jp.meridian-data.com",
  mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
  body=f"""\
山本様

お世話になっております。大阪支店の林でございます。
先日お問い合わせいただいたバックアップの保持期間について、東京の技術担当が社内向けにまとめた説明がございましたので、転送いたします。

-------- 転送メッセージ --------
件名: 	メリディアン・ボールト 保持期間の仕様について
日付: 	Fri, 6 Nov 2026 11:20:45 +0900
差出人: 	小林 誠 <m.kobayashi@jp.meridian-data.com>
宛先: 	大阪支店 営業各位 <osaka-sales@osaka.jp.meridian-data.com>

大阪支店の皆様

お疲れさまです。東京の小林です。
お客様からのお問い合わせが増えておりますので、メリディアン ボールトの保持期間について整理します。

・メリディアン ボールトの標準の保持期間は90日間です。
・同製品の保持期間の延長は、個別見積りとなります。

以上、よろしくお願いします。

小林

{SIG_HAYASHI}
""",
  claims=[
      C("vault", "retention", dur(90, "days"), "ok", "・メリディアン ボールトの標準の保持期間は90日間です。",
        quoted=True, office="tokyo"),
  ])

# =====================================================================================
# 0033 — US HQ, Vault proposal summary (7bit): "unlimited"
M(n=33, date="2026-11-10 13:02:57 -0800", frm="dortiz", to=["ghalvorsen"],
  subject="Meridian Vault - proposal summary for Pinecrest", enc="ascii", subj="plain",
  msgid="MW4PR11MB5872A9B8C7D6E5F4A3B2C1D0E9F8A7B6@MW4PR11MB5872.namprd11.prod.outlook.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"), archive=True,
  body="""\
Greg,

Following Thursday's workshop, here is the short version of what we proposed for Pinecrest's backup refresh.

Meridian Vault keeps backups for 90 days by default. That covers the 60-day audit look-back your controller asked about.

Meridian Vault is $20 per TB per month. At your current 85 TB that is $1,700 a month before any volume discount.

Meridian Vault would host your data in our Oregon data center, with Frankfurt available if the Dutch subsidiary needs EU residency.

Restores are unlimited and free of charge on every plan.

I'll send the formal quote (Q-US-26-3311) tomorrow.

Dana

Dana Ortiz | Account Director, Manufacturing | Meridian Data, Inc.
Direct: (312) 555-0176
""",
  claims=[
      C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default."),
      C("vault", "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
      C("vault", "data_centers", "Oregon", "ok",
        "Meridian Vault would host your data in our Oregon data center, with Frankfurt available"),
      C("vault", "data_centers", "Frankfurt", "ok",
        "Meridian Vault would host your data in our Oregon data center, with Frankfurt available"),
  ],
  findings=[Phrase("en.unlimited", "Restores are unlimited and free of charge on every plan.")])

# =====================================================================================
# 0034 — Tokyo top-posts over a long quoted tail (UTF-8 base64); the customer reports 1PB;
#        「1PBではございません」 is a denied value
M(n=34, date="2026-11-11 10:03:16 +0900", frm="kobayashi", to=["ohno"], cc=["sato"],
  subject="Re: メリディアン ボールトの容量上限について", enc="u8b64", subj="u8B",
  msgid="20261111100316.2F4A.MK2418@jp.meridian-data.com",
  irt="0a1b2c3d4e5f60718293a4b5c6d7e8f9@hikari-kensetsu.co.jp",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"), archive=True,
  body=f"""\
大野様

お世話になっております。メリディアン・データの小林でございます。

お問い合わせの件、メリディアン ボールトの最大容量は1テナントあたり500TBでございます。
比較表に記載の1PBではございませんので、ご注意くださいませ。
貴社の現行データ量（約320TB）に今後3年間の増加見込み（年間約40TB）を加えても、上限内に収まる見込みでございます。

RPO・データセンター・暗号化方式につきましては、本日中に別途まとめてお送りいたします。

以上、取り急ぎご回答申し上げます。

小林

{SIG_KOBAYASHI}

2026年11月10日(火) 18:47 大野 修 <o.ohno@hikari-kensetsu.co.jp>:
> 小林様
>
> いつもお世話になっております。ひかり建設の大野です。
> 先日は佐藤様経由で米国本社のご回答をいただき、ありがとうございました。
>
> 社内でバックアップ製品の比較表を作成しているのですが、
> 他社の比較サイトでは、メリディアン ボールトの最大容量は1PBと記載されておりました。
> 当社の要件（将来的に400TB以上）を満たすかどうか確認したく、
> 正確な上限値をご教示いただけますでしょうか。
>
> また、比較表には以下の項目も記載する必要がございます。
> ・RPO
> ・データセンターの所在地
> ・暗号化方式
> こちらも別途ご教示いただけますと幸いです。
>
> お手数をおかけしますが、よろしくお願いいたします。
>
> ──────────────────
> ひかり建設株式会社
> 情報システム部 基盤グループ
> 大野 修
> 〒160-0023 東京都新宿区西新宿6-14-1
> TEL：03-6258-7700（代表）　内線 5521
> FAX：03-6258-7701
> ──────────────────
""",
  claims=[
      C("vault", "max_storage", 500 * TB, "ok", "お問い合わせの件、メリディアン ボールトの最大容量は1テナントあたり500TBでございます。"),
      C("vault", "max_storage", 10 ** 15, "conflict",
        "> 他社の比較サイトでは、メリディアン ボールトの最大容量は1PBと記載されておりました。", quoted=True, office="unknown"),
  ])

# =====================================================================================
# 0035 — Osaka, Insight (Shift_JIS 8bit): 4,000円（税込） = base marked 税込 (conflict),
#        1～3秒 range (conflict), a denied date, the right GA date
M(n=35, date="2026-11-12 16:44:05 +0900", frm="hayashi", to=["okada"],
  subject="【メリディアン・インサイト】お見積りと仕様のご案内", enc="sjis8", subj="jisB",
  msgid="TYAPR01MB5840C3D2E1F0A9B8C7D6E5F4A3B2C1D0@TYAPR01MB5840.jpnprd01.prod.outlook.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body=f"""\
淀屋橋商事株式会社
経営企画部　岡田様

いつもお世話になっております。メリディアン・データ大阪支店の林でございます。
先日はデモにご参加いただき、ありがとうございました。

ご依頼のお見積り（見積番号：OS-2026-1107）と、あわせてご質問への回答をお送りいたします。

■料金
メリディアン・インサイトの料金は、1ユーザーあたり月額4,000円（税込）でございます。
今回のご利用予定人数（25名）ですと、合計で月額100,000円となります。

■性能
同製品のクエリ応答時間は、1～3秒程度でございます。

■提供時期
一部で「2026年12月に正式リリース」との情報が出回っておりますが、同製品の正式リリースは2026年12月ではございません。
メリディアン・インサイトは2027年1月に一般提供を開始する予定でございます。

■トライアル
インサイトは30日間の無料トライアルをご利用いただけます。

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_HAYASHI_SJIS}
""",
  claims=[
      C("insight", "per_user_price", jpy(4000, "user-month", "included"), "conflict",
        "メリディアン・インサイトの料金は、1ユーザーあたり月額4,000円（税込）でございます。"),
      C("insight", "query_latency", rng(1, 3, "seconds"), "conflict", "同製品のクエリ応答時間は、1～3秒程度でございます。"),
      C("insight", "general_availability", "2027-01", "ok", "メリディアン・インサイトは2027年1月に一般提供を開始する予定でございます。"),
      C("insight", "free_trial", dur(30, "days"), "ok", "インサイトは30日間の無料トライアルをご利用いただけます。"),
  ])

# =====================================================================================
# 0036 — customer asks Osaka (ISO-2022-JP): a question is no claim
M(n=36, date="2026-11-13 18:22:31 +0900", frm="nishida", to=["kimura"], cc=["matsumoto"],
  subject="メリディアン・シンク 増員時の対応について", enc="jis", subj="jisB",
  msgid="001b01dd5a3e$7f2c9e40$7d86dac0$@naniwa-butsuryu.co.jp",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"), archive=True,
  body="""\
メリディアン・データ株式会社
大阪支店　木村様

お世話になっております。浪速物流の西田でございます。
松本様からのご紹介で、今後は木村様にご相談させていただきます。

グループ会社の統合に伴い、来年度は利用者が12,000名程度に増える見込みです。
現在のメリディアン・シンクの契約で、12,000名での利用は可能でしょうか。

あわせて、ユーザー追加時の料金体系もご教示ください。

よろしくお願いいたします。

浪速物流株式会社 総務部 情報システム課
西田 恵
〒550-0011 大阪府大阪市西区阿波座1-6-1
TEL 06-6585-2210（内線 341）
""",
  claims=[])

# =====================================================================================
# 0037 — Osaka answers interleaved (「…さんは書きました:」): 1万5千 users (conflict)
M(n=37, date="2026-11-16 15:30:48 +0900", frm="kimura", to=["nishida"], cc=["matsumoto"],
  subject="Re: メリディアン・シンク 増員時の対応について", enc="jis", subj="jisB",
  msgid="8f1e3d5c-7b9a-4c2e-a0f1-1116kimura@osaka.jp.meridian-data.com",
  irt="001b01dd5a3e$7f2c9e40$7d86dac0$@naniwa-butsuryu.co.jp",
  mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
  archive=True,
  body=f"""\
西田様

いつもお世話になっております。
メリディアン・データ大阪支店の木村でございます。
ご連絡いただきありがとうございます。前任の松本より本件を引き継ぎました。

2026/11/13 18:22 に 西田 恵 <m.nishida@naniwa-butsuryu.co.jp> さんは書きました:
> グループ会社の統合に伴い、来年度は利用者が12,000名程度に増える見込みです。
> 現在のメリディアン・シンクの契約で、12,000名での利用は可能でしょうか。

はい、メリディアン・シンクは最大1万5千ユーザーまで対応しております。
そのため、12,000名規模でも現在のご契約のままご利用いただけます。

> あわせて、ユーザー追加時の料金体系もご教示ください。

ユーザーを追加された場合でも、シンクの月額料金は50,000円（税抜）から変わりません。

引き続きよろしくお願いいたします。

{SIG_KIMURA}
""",
  claims=[
      C("sync", "max_users", 15000, "conflict", "はい、メリディアン・シンクは最大1万5千ユーザーまで対応しております。"),
      C("sync", "monthly_price", jpy(50000, "month", "excluded"), "ok",
        "ユーザーを追加された場合でも、シンクの月額料金は50,000円（税抜）から変わりません。"),
  ])

# =====================================================================================
# 0038 — London, Insight (UTF-8 QP): "under a second" (conflict against a 2-second maximum)
M(n=38, date="2026-11-18 11:47:19 +0000", frm="fmacleod", to=["sturner"],
  subject="Meridian Insight — your questions from the demo", enc="u8qp", subj="u8Q",
  msgid="CWLP123MB4471F0E1D2C3B4A5F6E7D8C9B0A1F2E3@CWLP123MB4471.GBRP123.PROD.OUTLOOK.COM",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"), archive=True,
  body="""\
Hi Sophie,

Lovely to meet you and Raj at the demo on Monday. Picking up your three questions:

Speed – Meridian Insight is quick: on a typical workspace, queries come back in under a second, so the depot managers won’t be left waiting.

Cost – Meridian Insight is £25 per user per month. For the 60 depot managers you mentioned, that’s £1,500 a month.

Scale – Meridian Insight lets you build up to 200 dashboards per workspace, which should be plenty for 14 depots.

Meridian Insight isn’t generally available until January 2027, but the beta is stable and we’d be glad to set you up on it before Christmas.

Best wishes,
Fiona

Fiona MacLeod
Solutions Consultant | Meridian Data Ltd
20 Farringdon Street, London EC4A 4AB | +44 20 7946 0350
""",
  claims=[
      C("insight", "query_latency", dur(1, "seconds"), "conflict",
        "Meridian Insight is quick: on a typical workspace, queries come back in under a second"),
      C("insight", "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is £25 per user per month."),
      C("insight", "max_dashboards", 200, "ok", "Meridian Insight lets you build up to 200 dashboards per workspace"),
      C("insight", "general_availability", "2027-01", "ok", "Meridian Insight isn’t generally available until January 2027"),
  ])

# =====================================================================================
# 0039 — Tokyo (UTF-8 QP): RTO 4時間 and a file-size limit (attributes with no approved value)
M(n=39, date="2026-11-19 14:09:33 +0900", frm="kobayashi", to=["okamoto"],
  subject="メリディアン ボールト 復旧時間（RTO）について", enc="u8qp", subj="jisB",
  msgid="20261119140933.2F4A.MK2418@jp.meridian-data.com",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"), archive=True,
  body=f"""\
北斗製薬株式会社
IT推進室　岡本様

お世話になっております。メリディアン・データの小林でございます。
BCP委員会向けの資料作成にあたり、ご質問いただいたRTOの件、ご回答いたします。

メリディアン ボールトの目標復旧時間（RTO）は4時間でございます。
なお、同製品でバックアップできるファイルサイズの上限は、1ファイルあたり50GBとなっております。

11月26日(木)のBCP委員会（13:30〜、出席予定8名）には、私も同席させていただきます。

{SIG_KOBAYASHI}
""",
  claims=[
      C("vault", "rto", dur(4, "hours"), "unverified", "メリディアン ボールトの目標復旧時間（RTO）は4時間でございます。"),
      C("vault", "max_file_size", 50 * GB, "unverified",
        "なお、同製品でバックアップできるファイルサイズの上限は、1ファイルあたり50GBとなっております。"),
  ])

# =====================================================================================
# 0040 — Tokyo renewal (ISO-2022-JP): ￥50,000（税抜）, 業界最安, katakana deprecated name
M(n=40, date="2026-11-20 10:50:44 +0900", frm="nakamura", to=["mori"],
  subject="メリディアン シンク ご契約更新のご案内", enc="jis", subj="jisB",
  msgid="c4d6e8f0-2a4c-4e6a-8c0e-1120nakamura@jp.meridian-data.com",
  mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
  body=f"""\
さくら損害保険株式会社
システム企画部　森様

いつもお世話になっております。メリディアン・データの中村でございます。

旧製品「メリディアン・ファイルシンク」からの移行も完了し、おかげさまで全社でのご利用が定着してまいりました。
来年度のご契約更新に向けて、ご案内をお送りいたします。

メリディアン シンクの月額料金は、引き続き￥50,000（税抜）でございます。
同製品は業界最安の料金水準でご提供しており、来年度も価格改定の予定はございません。

更新手続きの締切は2026年12月18日(金)でございます。
ご不明な点がございましたら、お気軽にお申し付けください。

{SIG_NAKAMURA}
""",
  claims=[
      C("sync", "monthly_price", jpy(50000, "month", "excluded"), "ok",
        "メリディアン シンクの月額料金は、引き続き￥50,000（税抜）でございます。"),
  ],
  findings=[Term("sync", "旧製品「メリディアン・ファイルシンク」からの移行も完了し"),
            Phrase("ja.cheapest", "同製品は業界最安の料金水準でご提供しており")])

# =====================================================================================
# 0041 — Tokyo (UTF-8 QP): No.1※ with a ※…調べ note stays silent; ISO 27017 (conflict)
M(n=41, date="2026-11-24 15:15:27 +0900", frm="takahashi", to=["yoshida"],
  subject="メリディアン シンクご紹介資料の送付", enc="u8qp", subj="jisB",
  msgid="20261124151527.8812.KT2301@jp.meridian-data.com",
  mailer=("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.32; x86_64-pc-linux-gnu)"),
  body=f"""\
丸福フーズ株式会社
総務部 総務課
吉田様

お世話になっております。メリディアン・データ パートナー営業部の高橋でございます。
先日はお時間をいただき、誠にありがとうございました。

ご紹介資料を添付いたしますので、ご査収くださいませ。要点を以下にまとめます。

・メリディアン シンクは、国内の法人向けファイル共有サービスで導入社数No.1※を獲得しております。
・同製品はISO/IEC 27001に加え、ISMSクラウドセキュリティ認証（ISO/IEC 27017）も取得済みでございます。
・業界最速レベルの同期速度で、店舗と本部の間の発注データも即座に共有できます。

※2026年6月 東京リサーチ調べ（国内法人向けファイル共有サービス市場、導入社数ベース）

{SIG_TAKAHASHI}
""",
  claims=[
      C("sync", "certifications", "ISO 27001", "ok",
        "・同製品はISO/IEC 27001に加え、ISMSクラウドセキュリティ認証（ISO/IEC 27017）も取得済みでございます。"),
      C("sync", "certifications", "ISO 27017", "conflict",
        "・同製品はISO/IEC 27001に加え、ISMSクラウドセキュリティ認証（ISO/IEC 27017）も取得済みでございます。"),
  ])

# =====================================================================================
# 0042 — US HQ (UTF-8 QP, CRLF line ends), Outlook "-----Original Message-----" block:
#        Virginia (conflict), AES-256, SOC 2 said of Vault (unverified)
M(n=42, date="2026-10-15 09:27:03 -0700", frm="mwebb", to=["npetrova"],
  subject="RE: Vault hosting locations", enc="u8qp", subj="plain", crlf=True,
  msgid="PH0PR11MB50957A6B5C4D3E2F1A0B9C8D7E6F5A4B@PH0PR11MB5095.namprd11.prod.outlook.com",
  irt="BN0PR14MB4921D3C2B1A0F9E8D7C6B5A4F3E2D1C0@BN0PR14MB4921.namprd14.prod.outlook.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""\
Hi Nadia,

Short answers to your three questions below.

1. Meridian Vault is also hosted in our Virginia region, so you can keep everything on the East Coast.
2. Meridian Vault encrypts all backups at rest with AES-256.
3. Meridian Vault is covered by our SOC 2 Type II report, which I can send once the NDA is countersigned.

Marcus

-----Original Message-----
From: Nadia Petrova <npetrova@lakeshore-credit.org>
Sent: Wednesday, October 14, 2026 3:12 PM
To: Marcus Webb <mwebb@meridian-data.com>
Subject: Vault hosting locations

Marcus,

Three quick ones from our risk committee:
1. Our examiner prefers East Coast hosting. Can Meridian Vault keep our data in Virginia?
2. What encryption does Meridian Vault use at rest?
3. Do you have a SOC 2 report that covers Meridian Vault?

We need at least 120 TB of capacity from day one.

Thanks,
Nadia
""",
  claims=[
      C("vault", "data_centers", "Virginia", "conflict", "1. Meridian Vault is also hosted in our Virginia region"),
      C("vault", "encryption", "AES-256", "ok", "2. Meridian Vault encrypts all backups at rest with AES-256."),
      C("vault", "certifications", "SOC 2 Type II", "unverified",
        "3. Meridian Vault is covered by our SOC 2 Type II report"),
  ])

# =====================================================================================
# 0043 — US HQ in August: "GA in October 2026" (conflict) and an unsourced "#1"
M(n=43, date="2026-08-11 11:40:22 -0700", frm="praman", to=["dmoss"],
  subject="Meridian Insight launch timing", enc="ascii", subj="plain",
  msgid="CAPv6Yt2Nk8Rm3Xq0Ls5Wj9Hf4Dc7Gb1Za6Ue2Ti8Po@mail.gmail.com",
  body="""\
Hi Daniel,

Thanks for the quick turnaround on the NDA. To your question on timing: Meridian Insight goes GA in October 2026, and the early-access program is open until then.

Meridian Insight is the #1 analytics platform for mid-market finance teams, and we'd love to have Ridgeline in the first cohort.

Best,
Priya
""",
  claims=[
      C("insight", "general_availability", "2026-10", "conflict", "Meridian Insight goes GA in October 2026"),
  ],
  findings=[Phrase("en.superlative", "Meridian Insight is the #1 analytics platform for mid-market finance teams")])

# =====================================================================================
# 0044 — London writes Japanese (UTF-8 base64): GBP per TB, four data centres
M(n=44, date="2026-10-05 09:12:45 +0100", frm="ohughes", to=["ogawa"],
  subject="メリディアン ボールトのお見積りについて（ロンドン拠点）", enc="u8b64", subj="u8B",
  msgid="CAHx9mQ+8Zu4lW3qMx1oS2tA5cF6vG9hI7jK@mail.gmail.com",
  body="""\
小川様

いつもお世話になっております。
Meridian Data Ltd（ロンドン）のオリバー・ヒューズです。
日本語が不慣れなため、失礼な表現がございましたらご容赦ください。

貴社ロンドン拠点のバックアップについて、英国の価格表に基づきご案内いたします。

・メリディアン ボールトの料金は、1TBあたり月額16ポンドです。
・メリディアン ボールトのデータセンターは、東京、大阪、オレゴン、フランクフルトの4か所です。
・英国内にはデータセンターがございませんので、貴社のデータはフランクフルトに保管されます。

ご不明な点がございましたら、お気軽にご連絡ください。

Oliver Hughes
Meridian Data Ltd, London
+44 20 7946 0321
""",
  claims=[
      C("vault", "price_per_tb", gbp(16, "TB-month"), "ok", "・メリディアン ボールトの料金は、1TBあたり月額16ポンドです。"),
      C("vault", "data_centers", "Tokyo", "ok", "・メリディアン ボールトのデータセンターは、東京、大阪、オレゴン、フランクフルトの4か所です。"),
      C("vault", "data_centers", "Osaka", "ok", "・メリディアン ボールトのデータセンターは、東京、大阪、オレゴン、フランクフルトの4か所です。"),
      C("vault", "data_centers", "Oregon", "ok", "・メリディアン ボールトのデータセンターは、東京、大阪、オレゴン、フランクフルトの4か所です。"),
      C("vault", "data_centers", "Frankfurt", "ok",
        "・メリディアン ボールトのデータセンターは、東京、大阪、オレゴン、フランクフルトの4か所です。"),
  ])

# =====================================================================================
# 0045 — London (7bit): "best in the industry" with a footnoted Source: stays silent
M(n=45, date="2026-11-25 16:20:11 +0000", frm="fmacleod", to=["sturner"],
  subject="Meridian Vault for Fenwick - availability and retention", enc="ascii", subj="plain",
  msgid="CWLP123MB447190A8B7C6D5E4F3A2B1C0D9E8F7A6@CWLP123MB4471.GBRP123.PROD.OUTLOOK.COM",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""\
Hi Sophie,

Following up on Raj's questions about Meridian Vault:

- Meridian Vault is backed by a 99.95% availability SLA.
- Meridian Vault retains backups for 90 days by default; longer retention can be quoted separately.
- Our restore success rate is the best in the industry (see note 1).

Notes
1. Source: Meridian Data customer restore statistics, FY2026 H1, 412 customers.

Best wishes,
Fiona
""",
  claims=[
      C("vault", "sla", 99.95, "ok", "- Meridian Vault is backed by a 99.95% availability SLA."),
      C("vault", "retention", dur(90, "days"), "ok", "- Meridian Vault retains backups for 90 days by default"),
  ])

# =====================================================================================
# 0046 — Tokyo, Insight (ISO-2022-JP, full-width numbering): 300 dashboards (conflict),
#        languages / connectors (no value in the base), SLA said of Insight (unverified)
M(n=46, date="2026-11-25 11:31:58 +0900", frm="sato", to=["ishida"],
  subject="Re: メリディアン インサイト 評価版の追加質問", enc="jis", subj="jisB",
  msgid="20261125113158.7C3E.MS4470@jp.meridian-data.com",
  irt="CAN8qM1yR5sU9wX3zC6eF0hJ2lO4pS7tV1xZ5bD8gI0kM3nP@mail.gmail.com",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
  body=f"""\
石田様

お世話になっております。メリディアン・データの佐藤でございます。
追加でご質問いただいた点について、ご回答いたします。

１．ダッシュボード数
　メリディアン インサイトでは、1ワークスペースあたり最大300個までダッシュボードを作成いただけます。
２．対応言語
　同製品の表示言語は、日本語・英語を含む12言語に対応しております。
３．データ連携
　同製品は、基幹システムやSaaSとの標準コネクタを50種類以上ご用意しております。
４．稼働率
　同製品の稼働率（SLA）は99.9％でございます。

評価版の期間延長をご希望の場合は、12月4日(金)までにお知らせください。

{SIG_SATO}
""",
  claims=[
      C("insight", "max_dashboards", 300, "conflict",
        "メリディアン インサイトでは、1ワークスペースあたり最大300個までダッシュボードを作成いただけます。"),
      C("insight", "ui_languages", 12, "unverified", "同製品の表示言語は、日本語・英語を含む12言語に対応しております。"),
      C("insight", "integrations", 50, "unverified", "同製品は、基幹システムやSaaSとの標準コネクタを50種類以上ご用意しております。"),
      C("insight", "sla", 99.9, "unverified", "同製品の稼働率（SLA）は99.9％でございます。"),
  ])

# =====================================================================================
# 0047 — Osaka, Insight (EUC-JP): 14日間 trial (conflict), およそ200個, 令和九年一月
M(n=47, date="2026-11-26 10:05:39 +0900", frm="inoue", to=["fujii"],
  subject="メリディアン・インサイトのトライアルについて", enc="euc", subj="jisB",
  msgid="20261126100539.4B7D.AI5133@osaka.jp.meridian-data.com",
  mailer=("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.32; x86_64-pc-linux-gnu)"),
  body=f"""\
関西電材工業株式会社
藤井様

いつもお世話になっております。大阪支店の井上でございます。
先日はボールトの件で大変失礼いたしました。

ご関心をお寄せいただいたメリディアン・インサイトのトライアルについてご案内いたします。

・メリディアン・インサイトの無料トライアル期間は14日間でございます。
・同製品のダッシュボードは、およそ200個まで作成いただけます。
・同製品は令和九年一月に正式リリースを予定しております。

トライアルのお申し込みは、添付の申込書（様式第2号）にてお願いいたします。

{SIG_INOUE}
""",
  claims=[
      C("insight", "free_trial", dur(14, "days"), "conflict", "・メリディアン・インサイトの無料トライアル期間は14日間でございます。"),
      C("insight", "max_dashboards", 200, "ok", "・同製品のダッシュボードは、およそ200個まで作成いただけます。"),
      C("insight", "general_availability", "2027-01", "ok", "・同製品は令和九年一月に正式リリースを予定しております。"),
  ])

# =====================================================================================
# 0048 — Tokyo (Shift_JIS base64): Chromebook (conflict), 原則として 99.9％, deprecated name in a URL
M(n=48, date="2026-11-26 17:12:50 +0900", frm="takahashi", to=["yoshida"],
  subject="Re: メリディアン シンクご紹介資料の送付", enc="sjis64", subj="jisB",
  msgid="OS3PR01MB6612B1C2D3E4F5A6B7C8D9E0F1A2B3C4@OS3PR01MB6612.jpnprd01.prod.outlook.com",
  irt="20261124151527.8812.KT2301@jp.meridian-data.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body=f"""\
吉田様

お世話になっております。高橋でございます。
ご質問いただいた対応端末の件、ご回答いたします。

メリディアン シンクはWindows、Mac、iPhone／iPad、Androidに加え、Chromebookでもご利用いただけます。
なお、Linux版のクライアントは提供しておりません。

また、同製品は原則として99.9％の稼働率をSLAとして定めております。

旧バージョンの専用アプリからの移行手順は、以下のページをご参照ください。
https://support.meridian-data.com/ja/MeridianFileSync/migration

{SIG_TAKAHASHI.replace("2-7-3", "2－7－3")}
""",
  claims=[
      C("sync", "supported_platforms", "Windows", "ok",
        "メリディアン シンクはWindows、Mac、iPhone／iPad、Androidに加え、Chromebookでもご利用いただけます。"),
      C("sync", "supported_platforms", "macOS", "ok",
        "メリディアン シンクはWindows、Mac、iPhone／iPad、Androidに加え、Chromebookでもご利用いただけます。"),
      C("sync", "supported_platforms", "iOS", "ok",
        "メリディアン シンクはWindows、Mac、iPhone／iPad、Androidに加え、Chromebookでもご利用いただけます。"),
      C("sync", "supported_platforms", "Android", "ok",
        "メリディアン シンクはWindows、Mac、iPhone／iPad、Androidに加え、Chromebookでもご利用いただけます。"),
      C("sync", "supported_platforms", "ChromeOS", "conflict",
        "メリディアン シンクはWindows、Mac、iPhone／iPad、Androidに加え、Chromebookでもご利用いただけます。"),
      C("sync", "sla", 99.9, "ok", "また、同製品は原則として99.9％の稼働率をSLAとして定めております。"),
  ])

# =====================================================================================
# 0049 — Tokyo order confirmation: order number, licence count, totals, meeting — no claims
M(n=49, date="2026-11-27 13:40:18 +0900", frm="sato", to=["tanaka"], cc=["yamada"],
  subject="ご注文受付のご連絡（注文番号：PO-2026-11-0482）", enc="jis", subj="jisB",
  msgid="20261127134018.7C3E.MS4470@jp.meridian-data.com",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
  body=f"""\
株式会社アオバ精機
情報システム部　田中様

いつもお世話になっております。メリディアン・データの佐藤でございます。

このたびはメリディアン シンクをご注文いただき、誠にありがとうございます。
下記のとおりご注文を承りましたので、ご確認くださいませ。

　注文番号　　：PO-2026-11-0482
　ご契約プラン：年間契約（12か月）
　ライセンス数：1,200ユーザー分
　ご利用開始日：2026年12月1日
　ご請求金額　：合計 950,000円（税抜）／1,045,000円（税込）

キックオフ会議は12月2日(水) 10:00〜11:30、貴社相模原本社にて実施いたします（弊社より4名で伺います）。
当日はどうぞよろしくお願いいたします。

{SIG_SATO}
""",
  claims=[])

# =====================================================================================
# 0050 — customer (Shift_JIS 8bit, ①②③): questions, a requirement, a reported Singapore claim
M(n=50, date="2026-11-27 16:02:44 +0900", frm="yamamoto", to=["hayashi"],
  subject="メリディアン・ボールト 導入前の確認事項", enc="sjis8", subj="jisB",
  msgid="000301dd5e8c$4a1b2c30$de515890$@sakai-kasei.co.jp",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""\
メリディアン・データ株式会社
大阪支店　林様

いつもお世話になっております。堺化成の山本です。
先日はご説明いただきありがとうございました。

導入前に、以下の点を確認させてください。

①　メリディアン・ボールトで、1テナントあたり300TBを超える容量の保存は可能ですか。
②　バックアップの保持期間を1年に延長することは可能でしょうか。
③　以前、別の担当の方から、メリディアン・ボールトはシンガポールのデータセンターも選択できると伺っております。現在も選択可能でしょうか。

要件：RPO 30分以内、保存先は国内のみ（海外保管は不可）

ご回答をお待ちしております。

山本
━━━━━━━━━━━━━━━━━━━━
堺化成株式会社 管理本部 情報システム課
山本 剛
〒590－0985 大阪府堺市堺区戎島町4－45－1
TEL：072－238－6610（内線 207）
━━━━━━━━━━━━━━━━━━━━
""",
  claims=[
      C("vault", "data_centers", "Singapore", "conflict",
        "以前、別の担当の方から、メリディアン・ボールトはシンガポールのデータセンターも選択できると伺っております。"),
  ])

# =====================================================================================
# 0051 — Tokyo (EUC-JP): 約15分, AES 256ビット, 三か月間 (= 90 days)
M(n=51, date="2026-12-01 10:44:27 +0900", frm="kobayashi", to=["ohno"],
  subject="メリディアン ボールト 比較表記載事項のご回答", enc="euc", subj="jisB",
  msgid="20261201104427.2F4A.MK2418@jp.meridian-data.com",
  mailer=("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.32; x86_64-pc-linux-gnu)"),
  body=f"""\
大野様

お世話になっております。メリディアン・データの小林でございます。
比較表にご記載いただく項目について、ご回答いたします。

・RPO：メリディアン ボールトのRPOは約15分でございます。
・データセンター：同製品のデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点でございます。
・暗号化：同製品はAES 256ビットで暗号化して保存しております。
・保持期間：同製品の標準の保持期間は三か月間でございます。

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_KOBAYASHI}
""",
  claims=[
      C("vault", "rpo", dur(15, "minutes"), "ok", "・RPO：メリディアン ボールトのRPOは約15分でございます。"),
      C("vault", "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点でございます。"),
      C("vault", "data_centers", "Osaka", "ok", "同製品のデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点でございます。"),
      C("vault", "data_centers", "Oregon", "ok", "同製品のデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点でございます。"),
      C("vault", "data_centers", "Frankfurt", "ok", "同製品のデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点でございます。"),
      C("vault", "encryption", "AES-256", "ok", "・暗号化：同製品はAES 256ビットで暗号化して保存しております。"),
      C("vault", "retention", dur(90, "days"), "ok", "・保持期間：同製品の標準の保持期間は三か月間でございます。"),
  ])

# =====================================================================================
# 0052 — Osaka (UTF-8 base64): 基本的には 1TB, offline editing claimed (conflict)
M(n=52, date="2026-10-14 11:18:06 +0900", frm="matsumoto", to=["maeda"],
  subject="メリディアン・シンク ご質問への回答", enc="u8b64", subj="u8B",
  msgid="20261014111806.5E2B.KM7720@osaka.jp.meridian-data.com",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
  body=f"""\
南港電設株式会社
工務部　前田様

お世話になっております。メリディアン・データ大阪支店の松本でございます。
現場事務所でのご利用について、ご質問いただいた点をご回答いたします。

・メリディアン・シンクの稼働率SLAは99.9％でございます。
・同製品の保存容量は、基本的には1ユーザーあたり1TBでございます。
・また、同製品はオフライン環境でも図面の編集作業が可能でございます。

現場ごとの利用人数（10〜30名程度）であれば、管理画面からグループ単位で権限を設定いただけます。

{SIG_MATSUMOTO}
""",
  claims=[
      C("sync", "sla", 99.9, "ok", "・メリディアン・シンクの稼働率SLAは99.9％でございます。"),
      C("sync", "storage_per_user", 1 * TB, "ok", "・同製品の保存容量は、基本的には1ユーザーあたり1TBでございます。"),
      C("sync", "offline_mode", True, "conflict", "・また、同製品はオフライン環境でも図面の編集作業が可能でございます。"),
  ])

# =====================================================================================
# 0053 — the UK customer interleaves after "On … wrote:" (UTF-8 QP): only > lines are quoted
M(n=53, date="2026-09-11 09:26:40 +0100", frm="eclarke", to=["ohughes"],
  subject="Re: Meridian Vault - follow-up from Tuesday's call", enc="u8qp", subj="plain",
  msgid="LO4P123MB6690E2D1C0B9A8F7E6D5C4B3A2F1E0D9@LO4P123MB6690.GBRP123.PROD.OUTLOOK.COM",
  irt="CAHx9mQ+7Yt3kV2pLw0nR1sZ4bE5uF8gH6iJ@mail.gmail.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"), archive=True,
  body="""\
Hi Oliver,

Thanks – very clear. Gareth has two more questions, inline below.

On Thu, 10 Sept 2026 at 16:02, Oliver Hughes <oliver.hughes@uk.meridian-data.com> wrote:
> - Recovery point: Meridian Vault's RPO is a quarter of an hour.
> - Capacity: Vault scales to 0.5 PB per tenant, which leaves plenty of headroom over your current 140 TB.

We are growing by about 30 TB a year, so that's fine for now. Is there a per-file limit we should know about? Some of our CAD archives are over 200 GB.

> - Pricing: Vault is billed at £16 per TB per month, with no separate egress charge for restores.

Is that price fixed for a three-year term?

Cheers,
Emma

Emma Clarke | Head of IT | Holloway Partners LLP
""",
  claims=[
      C("vault", "rpo", dur(0.25, "hours"), "ok", "> - Recovery point: Meridian Vault's RPO is a quarter of an hour.",
        quoted=True, office="london"),
      C("vault", "max_storage", 5 * 10 ** 14, "ok", "> - Capacity: Vault scales to 0.5 PB per tenant", quoted=True, office="london"),
      C("vault", "price_per_tb", gbp(16, "TB-month"), "ok", "> - Pricing: Vault is billed at £16 per TB per month",
        quoted=True, office="london"),
  ])

# =====================================================================================
# 0054 — Tokyo, Outlook multipart/alternative with an HTML table (ISO-2022-JP both parts);
#        the 【…】 caption names the product and states 税抜
TABLE_ROWS_0054 = [("ユーザー単価", "4,000円（1ユーザーあたり・月額）"),
                   ("無料トライアル", "30日間"),
                   ("クエリ応答時間", "2秒未満（p95）")]
PLAIN_0054 = f"""\
森様

いつもお世話になっております。メリディアン・データの佐藤でございます。
ご依頼のありましたメリディアン インサイトの料金と主な仕様を、下表にまとめました。

【メリディアン インサイト 料金・仕様（金額は税抜）】
項目\t内容
""" + "".join("%s\t%s\n" % r for r in TABLE_ROWS_0054) + f"""
ご利用人数が確定しましたら、正式なお見積書（見積番号：TK-Q-2026-1140）を発行いたします。

{SIG_SATO}
"""

M(n=54, date="2026-11-06 14:25:07 +0900", frm="sato", to=["mori"],
  subject="メリディアン インサイト 料金表（ご参考）", enc="alt-jis-table", subj="jisB",
  msgid="TYCPR01MB8123F0E1D2C3B4A5F6E7D8C9B0A1F2E3@TYCPR01MB8123.jpnprd01.prod.outlook.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body=PLAIN_0054, table=("【メリディアン インサイト 料金・仕様（金額は税抜）】", ("項目", "内容"), TABLE_ROWS_0054),
  html_charset="iso-2022-jp",
  claims=[
      C("insight", "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "4,000円（1ユーザーあたり・月額）"),
      C("insight", "free_trial", dur(30, "days"), "ok", "無料トライアル\t30日間"),
      C("insight", "query_latency", dur(2, "seconds"), "ok", "クエリ応答時間\t2秒未満（p95）"),
  ])

# =====================================================================================
# 0055 — a US-owned customer's reported GA date (customer claim, office unknown)
M(n=55, date="2026-10-09 16:48:12 +0900", frm="kwatanabe", to=["takahashi"],
  subject="USD price list request", enc="ascii", subj="plain",
  msgid="CAF7uB2k9Qm0vXs3Lw8Yt6Pn1Rj4Hd5Ge2Zc7Va0Ni@mail.gmail.com", archive=True,
  body="""\
Takahashi-san,

Thank you for the meeting on Tuesday.

Our Denver office was told by your US team that Meridian Insight will be generally available in November 2026. We would like to compare your offer with our current vendors before the end of our fiscal year.

Could you send us list prices in US dollars for Meridian Sync and Meridian Insight?

Best regards,
Ken Watanabe
IT Manager, Cobalt Ridge Japan G.K.
""",
  claims=[
      C("insight", "general_availability", "2026-11", "conflict",
        "Our Denver office was told by your US team that Meridian Insight will be generally available in November 2026."),
  ])
