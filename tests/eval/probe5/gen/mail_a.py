"""set5 mail, part A: messages 0001-0028 (Japanese threads, encodings, quoting)."""
from model import C, Phrase, Term, TB, jpy, usd, gbp, dur
from people import *  # noqa: F401,F403  (signatures)

MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


# =====================================================================================
# 0001 — Osaka introduces Sync to 浪速物流 (2025: the 5,000-user limit is still current)
M(n=1, date="2025-11-12 10:05:31 +0900", frm="matsumoto", to=["nishida"],
  subject="メリディアン・シンクのご案内（浪速物流様）", enc="jis", subj="jisB",
  msgid="20251112100531.3A1F.KM7720@osaka.jp.meridian-data.com", mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
  body=f"""\
浪速物流株式会社
総務部 情報システム課
西田 恵 様

はじめてご連絡いたします。
メリディアン・データ株式会社 大阪支店の松本と申します。
先日は「関西DX推進フェア2025」の弊社ブースにお立ち寄りいただき、誠にありがとうございました。

ご関心をお寄せいただいたファイル共有サービス「メリディアン・シンク」（旧称：メリディアン ファイルシンク）について、概要をご案内いたします。

・メリディアン・シンクは、1テナントあたり最大5,000名までご利用いただけます。
・シンクの月額料金は50,000円（税抜）で、ユーザー数による追加料金はございません。
・本製品はISO/IEC 27001認証を取得しております。

貴社の物流センター（堺・尼崎・茨木、計約1,200名）でのご利用にも十分お使いいただける規模でございます。

ご多忙のところ恐縮ですが、一度30分ほどオンラインでご説明のお時間を頂戴できれば幸いです。
11月19日(水)〜21日(金)の午後で、ご都合のよい日時をお知らせください。

何卒よろしくお願い申し上げます。

{SIG_MATSUMOTO}
""",
  claims=[
      C("sync", "max_users", 5000, "ok", "メリディアン・シンクは、1テナントあたり最大5,000名までご利用いただけます。"),
      C("sync", "monthly_price", jpy(50000, "month", "excluded"), "ok",
        "シンクの月額料金は50,000円（税抜）で、ユーザー数による追加料金はございません。"),
      C("sync", "certifications", "ISO 27001", "ok", "本製品はISO/IEC 27001認証を取得しております。"),
  ],
  findings=[Term("sync", "（旧称：メリディアン ファイルシンク）")])

# =====================================================================================
# 0002 — Tokyo promises 1万 users in February 2026: stale (valid only from 2026-04-01)
M(n=2, date="2026-02-20 17:05:12 +0900", frm="nakamura", to=["mori"],
  subject="メリディアン シンクのユーザー数上限について", enc="u8qp", subj="u8Q",
  msgid="a7c21e90-5b3d-4f8e-9d11-0220nakamura@jp.meridian-data.com",
  mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
  body=f"""\
さくら損害保険株式会社
システム企画部 企画グループ
森 直樹 様

いつもお世話になっております。
メリディアン・データの中村でございます。

本日はお電話をいただき、ありがとうございました。
ご相談いただいたユーザー数の件について、取り急ぎメールにてご回答いたします。

メリディアン シンクは最大1万ユーザーまでご利用いただけます。
ご要件の8,000名規模であれば、単一テナントでの運用が可能でございます。

また、本製品は30日間の無料トライアルをご用意しておりますので、
情報システム部門の皆様で事前に操作感をお試しいただくことも可能です。

詳細な資料は来週の打ち合わせ（2月26日(木) 10:00〜、貴社本社7階会議室）にてお持ちいたします。

引き続きよろしくお願いいたします。

{SIG_NAKAMURA}
""",
  claims=[
      C("sync", "max_users", 10000, "stale", "メリディアン シンクは最大1万ユーザーまでご利用いただけます。"),
      C("sync", "free_trial", dur(30, "days"), "unverified", "また、本製品は30日間の無料トライアルをご用意しておりますので、"),
  ])

# =====================================================================================
# 0003 — the customer answers (EUC-JP): quotes the stale claim, reports an ISMAP claim, asks
M(n=3, date="2026-02-24 11:48:03 +0900", frm="mori", to=["nakamura"],
  subject="Re: メリディアン シンクのユーザー数上限について", enc="euc", subj="jisB",
  msgid="20260224114803.C0FFEE12.n.mori@sakura-sonpo.co.jp",
  irt="a7c21e90-5b3d-4f8e-9d11-0220nakamura@jp.meridian-data.com",
  mailer=("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.32; x86_64-pc-linux-gnu)"),
  body="""\
中村様

お世話になっております。さくら損保の森です。
早速のご回答ありがとうございます。

2026年2月20日(金) 17:05 中村 由美 <yumi.nakamura@jp.meridian-data.com>:
> メリディアン シンクは最大1万ユーザーまでご利用いただけます。
> ご要件の8,000名規模であれば、単一テナントでの運用が可能でございます。

承知いたしました。社内の要件を改めて整理しましたので共有いたします。

要件：
・利用者数　8,000名以上（2027年度に10,000名まで拡大予定）
・稼働率　99.9％以上
・国内データセンターでの保管

なお、先日別件でお話しした御社サポート窓口の方からは、メリディアン シンクはISMAPにも登録済みと伺っております。
当社は金融機関のため、登録状況を示す書類をご提供いただけますでしょうか。

あわせて、Chromebookでの利用は可能でしょうか。
ご確認のほど、よろしくお願いいたします。

森
----------------------------------------
さくら損害保険株式会社 システム企画部
森 直樹  n.mori@sakura-sonpo.co.jp
〒103-0027 東京都中央区日本橋1-13-1
TEL 03-3270-5521 / 内線 6620
----------------------------------------
""",
  claims=[
      C("sync", "max_users", 10000, "stale", "> メリディアン シンクは最大1万ユーザーまでご利用いただけます。",
        quoted=True, office="tokyo"),
      C("sync", "certifications", "ISMAP", "conflict", "メリディアン シンクはISMAPにも登録済みと伺っております。"),
  ])

# =====================================================================================
# 0004 — Osaka in March 2026: 5,000 now, 1万 from April (a value placed in its period)
M(n=4, date="2026-03-18 10:40:26 +0900", frm="matsumoto", to=["nishida"],
  subject="Re: メリディアン・シンク 同時利用人数の件", enc="jis", subj="jisB",
  msgid="20260318104026.5E2B.KM7720@osaka.jp.meridian-data.com",
  irt="000f01dcb6a1$2c4e8a10$84eb9e30$@naniwa-butsuryu.co.jp",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"), archive=True,
  body=f"""\
浪速物流株式会社
総務部 情報システム課
西田様

いつもお世話になっております。
メリディアン・データ大阪支店の松本でございます。

先日はお打ち合わせのお時間を頂戴し、誠にありがとうございました。
お問い合わせいただいておりました利用人数の上限について、以下のとおりご回答いたします。

メリディアン・シンクは、現行仕様では1テナントあたり最大5,000名までご利用いただけます。
なお、同製品は2026年4月以降、最大1万ユーザーまで拡張される予定でございます。
貴社の現在の社員数（約1,800名）であれば、いずれの仕様でも問題なくお使いいただけます。

また、ご契約は月単位でも承っております。
シンクの料金は月額50,000円（税抜）でございます。

次回のお打ち合わせは3月26日(木) 14:00〜、貴社本社（大阪市西区）にて3名で伺う予定です。
何卒よろしくお願いいたします。

{SIG_MATSUMOTO}
""",
  claims=[
      C("sync", "max_users", 5000, "ok", "メリディアン・シンクは、現行仕様では1テナントあたり最大5,000名までご利用いただけます。"),
      C("sync", "max_users", 10000, "ok", "なお、同製品は2026年4月以降、最大1万ユーザーまで拡張される予定でございます。",
        as_of="2026-04-01"),
      C("sync", "monthly_price", jpy(50000, "month", "excluded"), "ok", "シンクの料金は月額50,000円（税抜）でございます。"),
  ])

# =====================================================================================
# 0005 — Tokyo after the April 2026 spec change (EUC-JP); heading carries the product
M(n=5, date="2026-04-09 13:15:44 +0900", frm="takahashi", to=["okamoto"],
  subject="メリディアン シンク 製品仕様改定のご案内", enc="euc", subj="jisB",
  msgid="20260409131544.8812.KT2301@jp.meridian-data.com",
  mailer=("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.32; x86_64-pc-linux-gnu)"), archive=True,
  body=f"""\
北斗製薬株式会社
IT推進室
岡本 隆 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
メリディアン・データ株式会社 パートナー営業部の高橋でございます。

2026年4月1日付で、メリディアン シンクの製品仕様書が第3.2版に改定されました。
これに伴い、メリディアン シンクは1テナントあたり最大10,000ユーザーまで対応可能となっております。
貴社の全社展開計画（約3,500名）につきましても、単一テナントでご対応いただけます。

あわせて、よくお問い合わせをいただく項目を以下にまとめましたので、ご確認くださいませ。

【メリディアン シンク 主な仕様（2026年4月1日現在）】
・稼働率SLA：99.9％
・認証：ISO/IEC 27001、SOC 2 Type II（報告書はNDA締結後にご提供）
・ストレージ容量：1ユーザーあたり1TB
・対応OS：Windows／macOS／iOS／Android

ご不明な点がございましたら、お気軽にお申し付けください。
今後ともよろしくお願い申し上げます。

{SIG_TAKAHASHI}
""",
  claims=[
      C("sync", "max_users", 10000, "ok", "これに伴い、メリディアン シンクは1テナントあたり最大10,000ユーザーまで対応可能となっております。"),
      C("sync", "sla", 99.9, "ok", "・稼働率SLA：99.9％"),
      C("sync", "certifications", "ISO 27001", "ok", "・認証：ISO/IEC 27001、SOC 2 Type II（報告書はNDA締結後にご提供）"),
      C("sync", "certifications", "SOC 2 Type II", "ok", "・認証：ISO/IEC 27001、SOC 2 Type II（報告書はNDA締結後にご提供）"),
      C("sync", "storage_per_user", 1 * TB, "ok", "・ストレージ容量：1ユーザーあたり1TB"),
      C("sync", "supported_platforms", "Windows", "ok", "・対応OS：Windows／macOS／iOS／Android"),
      C("sync", "supported_platforms", "macOS", "ok", "・対応OS：Windows／macOS／iOS／Android"),
      C("sync", "supported_platforms", "iOS", "ok", "・対応OS：Windows／macOS／iOS／Android"),
      C("sync", "supported_platforms", "Android", "ok", "・対応OS：Windows／macOS／iOS／Android"),
  ])

# =====================================================================================
# 0006 — Osaka, Shift_JIS with ①②③: ISMAP (conflict), SLA
M(n=6, date="2026-08-20 14:22:09 +0900", frm="inoue", to=["ueda"],
  subject="【ご回答】メリディアン・シンクのセキュリティ認証について", enc="sjis8", subj="jisB",
  msgid="TYWPR01MB10234F6A1C2B3D4E5F60718293A4B5C6D7@TYWPR01MB10234.jpnprd01.prod.outlook.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body=f"""\
株式会社洛北印刷
総務部 情報管理課
上田 様

いつも大変お世話になっております。
メリディアン・データ大阪支店の井上でございます。

先日ご質問いただきましたセキュリティ認証の件、下記のとおりご回答申し上げます。

① 第三者認証について
　メリディアン・シンクは、ISO/IEC 27001認証を取得しております。
　また、同製品は政府情報システムのためのセキュリティ評価制度（ISMAP）にも登録済みでございます。

② サービスレベルについて
　同製品の稼働率SLAは99.9％でございます。

③ データの保管について
　詳細は別途、東京本社の技術担当（小林）よりご説明いたします。

ご検討のほど、よろしくお願いいたします。

{SIG_INOUE_SJIS}
""",
  claims=[
      C("sync", "certifications", "ISO 27001", "ok", "メリディアン・シンクは、ISO/IEC 27001認証を取得しております。"),
      C("sync", "certifications", "ISMAP", "conflict",
        "また、同製品は政府情報システムのためのセキュリティ評価制度（ISMAP）にも登録済みでございます。"),
      C("sync", "sla", 99.9, "ok", "同製品の稼働率SLAは99.9％でございます。"),
  ])

# =====================================================================================
# 0007 — London, en-GB: "a quarter of an hour"; no London data centre
M(n=7, date="2026-09-10 16:02:18 +0100", frm="ohughes", to=["eclarke"],
  subject="Meridian Vault - follow-up from Tuesday's call", enc="u8bit", subj="plain",
  msgid="CAHx9mQ+7Yt3kV2pLw0nR1sZ4bE5uF8gH6iJ@mail.gmail.com", archive=True,
  body="""\
Hi Emma,

Thanks again for your time on Tuesday, and please pass my thanks to Gareth for the tour of the Leeds office.

As promised, a short summary of the points we covered on Meridian Vault:

- Recovery point: Meridian Vault's RPO is a quarter of an hour.
- Capacity: Vault scales to 0.5 PB per tenant, which leaves plenty of headroom over your current 140 TB.
- Pricing: Vault is billed at £16 per TB per month, with no separate egress charge for restores.
- Hosting: Vault would keep your backups in our Frankfurt data centre. We do not operate a data centre in London, which I know came up with your DPO.
- Encryption: Vault encrypts everything at rest with AES-256.

I've attached the service description (v2.1) and our standard DPA. Gareth asked about pricing for the 2027 budget - happy to put together a formal quote once you have a firmer view of volumes.

Speak soon,
Oliver

--
Oliver Hughes
Account Executive, UK & Ireland
Meridian Data Ltd
20 Farringdon Street, London EC4A 4AB
+44 20 7946 0321 | +44 7700 900417
""",
  claims=[
      C("vault", "rpo", dur(0.25, "hours"), "ok", "Meridian Vault's RPO is a quarter of an hour."),
      C("vault", "max_storage", 5 * 10 ** 14, "ok", "Vault scales to 0.5 PB per tenant"),
      C("vault", "price_per_tb", gbp(16, "TB-month"), "ok", "Vault is billed at £16 per TB per month"),
      C("vault", "data_centers", "Frankfurt", "ok", "Vault would keep your backups in our Frankfurt data centre."),
      C("vault", "encryption", "AES-256", "ok", "Vault encrypts everything at rest with AES-256."),
  ])

# =====================================================================================
# 0008 — customer inquiry (ISO-2022-JP): requirements, questions, a reported claim
M(n=8, date="2026-09-14 10:12:40 +0900", frm="tanaka", to=["yamada"],
  subject="メリディアン シンク導入に関するご相談", enc="jis", subj="jisB",
  msgid="5f3c2a10-8e1b-4c1a-9d0e-7b2f64aa0914@aoba-seiki.co.jp",
  mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
  archive=True,
  body="""\
メリディアン・データ株式会社
第一営業部　山田様

いつもお世話になっております。
株式会社アオバ精機 情報システム部の田中でございます。

先日は展示会にてご説明いただき、ありがとうございました。
社内でファイル共有基盤の刷新を検討しており、メリディアン シンクについて
いくつか確認させてください。

要件：
・利用者数：1,200名以上（グループ会社含む、将来的に二千名前後）
・1ユーザーあたりの容量：500GB以上
・対応OS：Windows、Mac、一部部署でLinux

以前、別の販売代理店の方からは、メリディアン シンクは最大5,000ユーザーまでと伺っております。
当社の将来計画（二千名程度）であれば問題ないと理解しておりますが、念のため現在の上限を
ご教示いただけますでしょうか。

また、Linux端末での利用は可能でしょうか。
オフライン環境での編集は可能ですか。

お忙しいところ恐れ入りますが、よろしくお願いいたします。

――――――――――――――――――――
株式会社アオバ精機
情報システム部　システム企画課
田中 和也（たなか かずや）
〒252-0131 神奈川県相模原市緑区西橋本5-4-21
TEL：042-700-1234（内線 315）　FAX：042-700-1299
E-mail：k.tanaka@aoba-seiki.co.jp
――――――――――――――――――――
""",
  claims=[
      C("sync", "max_users", 5000, "stale", "メリディアン シンクは最大5,000ユーザーまでと伺っております。"),
  ])

# =====================================================================================
# 0009 — Tokyo answers interleaved (ISO-2022-JP, 「日付 名前 <addr>:」 quote header)
M(n=9, date="2026-09-15 14:02:11 +0900", frm="yamada", to=["tanaka"],
  subject="Re: メリディアン シンク導入に関するご相談", enc="jis", subj="jisB",
  msgid="20260915140211.B0F2.6A9E1C4D@jp.meridian-data.com",
  irt="5f3c2a10-8e1b-4c1a-9d0e-7b2f64aa0914@aoba-seiki.co.jp",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"), archive=True,
  body=f"""\
株式会社アオバ精機
情報システム部　田中様

いつも大変お世話になっております。
メリディアン・データの山田でございます。

先日は展示会にお立ち寄りいただき、誠にありがとうございました。
ご質問いただいた点について、以下のとおりご回答申し上げます。

2026年9月14日(月) 10:12 田中 和也 <k.tanaka@aoba-seiki.co.jp>:
> 以前、別の販売代理店の方からは、メリディアン シンクは最大5,000ユーザーまでと伺っております。
> 当社の将来計画（二千名程度）であれば問題ないと理解しておりますが、念のため現在の上限を
> ご教示いただけますでしょうか。

メリディアン シンクは、現在1テナントあたり最大一万ユーザーまでご利用いただけます。
同製品の上限が5,000ユーザーであったのは2026年3月31日までの旧仕様でございまして、
代理店様の資料が古いままになっていたものと存じます。失礼いたしました。

> また、Linux端末での利用は可能でしょうか。

申し訳ございませんが、Linuxには対応しておりません。
本製品の対応OSはWindows、macOS、iOS、Androidの4種類でございます。

> オフライン環境での編集は可能ですか。

メリディアン シンクはオフラインモードを提供しておりませんので、
編集時にはネットワーク接続が必要となります。

なお、本製品では1ユーザーあたり1TBのストレージをご利用いただけますので、ご要件の容量は十分に満たしております。

ご不明な点がございましたら、お気軽にお申し付けください。
引き続きよろしくお願い申し上げます。

{SIG_YAMADA}
""",
  claims=[
      C("sync", "max_users", 5000, "stale", "> 以前、別の販売代理店の方からは、メリディアン シンクは最大5,000ユーザーまでと伺っております。",
        quoted=True, office="unknown"),
      C("sync", "max_users", 10000, "ok", "メリディアン シンクは、現在1テナントあたり最大一万ユーザーまでご利用いただけます。"),
      C("sync", "max_users", 5000, "ok", "同製品の上限が5,000ユーザーであったのは2026年3月31日までの旧仕様でございまして、",
        as_of="2026-03-31"),
      C("sync", "supported_platforms", "Windows", "ok", "本製品の対応OSはWindows、macOS、iOS、Androidの4種類でございます。"),
      C("sync", "supported_platforms", "macOS", "ok", "本製品の対応OSはWindows、macOS、iOS、Androidの4種類でございます。"),
      C("sync", "supported_platforms", "iOS", "ok", "本製品の対応OSはWindows、macOS、iOS、Androidの4種類でございます。"),
      C("sync", "supported_platforms", "Android", "ok", "本製品の対応OSはWindows、macOS、iOS、Androidの4種類でございます。"),
      C("sync", "offline_mode", False, "ok", "メリディアン シンクはオフラインモードを提供しておりませんので、"),
      C("sync", "storage_per_user", 1 * TB, "ok", "なお、本製品では1ユーザーあたり1TBのストレージをご利用いただけますので、"),
  ])

# =====================================================================================
# 0010 — US HQ, Insight (plain ASCII): GA, price, trial, latency, dashboards
M(n=10, date="2026-09-22 10:31:55 -0700", frm="praman", to=["lchen"],
  subject="Meridian Insight early access - answers to your questions", enc="ascii", subj="plain",
  msgid="BY5PR11MB4035C2D8E9F01A2B3C4D5E6F7A8B9C0D1@BY5PR11MB4035.namprd11.prod.outlook.com",
  mailer=("X-MS-Has-Attach", ""), archive=True,
  body="""\
Hi Laura,

Great to meet you and the finance systems team last week. Here are answers to the questions from your list.

1. Timing. Meridian Insight is in beta today and will be generally available in January 2027. Your team can join the beta now and move to the GA release without re-implementing anything.

2. Pricing. Meridian Insight is $30 per user per month, billed annually. For the 45 analysts you mentioned that comes to $1,350 a month.

3. Trial. Meridian Insight comes with a 30-day free trial, and you can run it on your own data; we usually suggest pointing it at one reporting workspace first.

4. Performance. In our benchmark on a 100M-row workspace, Meridian Insight returns queries in under 2 seconds at the 95th percentile.

5. Dashboards. Meridian Insight supports up to 200 dashboards per workspace.

Let me know if you'd like to set up the trial this week - I'm around Thursday and Friday.

Best,
Priya

Priya Raman | Product Marketing Manager, Analytics
Meridian Data, Inc. | 600 Townsend St, Suite 410, San Francisco, CA 94103
(415) 555-0148
""",
  claims=[
      C("insight", "general_availability", "2027-01", "ok",
        "Meridian Insight is in beta today and will be generally available in January 2027."),
      C("insight", "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month, billed annually."),
      C("insight", "free_trial", dur(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial"),
      C("insight", "query_latency", dur(2, "seconds"), "ok",
        "Meridian Insight returns queries in under 2 seconds at the 95th percentile."),
      C("insight", "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
  ])

# =====================================================================================
# 0011 — US HQ, Sync recap (7bit; a body line starts with "From " for mboxrd)
M(n=11, date="2026-09-24 09:41:07 -0700", frm="rkim", to=["jporter"],
  subject="Meridian Sync for Brightwater - summary and next steps", enc="ascii", subj="plain",
  msgid="CAOq3Z8vK1mXn4Rt7Yp2Ws9Ld6Hf0Jb5Ge8Tc3Va1Nu@mail.gmail.com", archive=True,
  body="""\
James,

Thanks for the time yesterday with you and Anika. A quick recap so you have it in writing before your steering committee on the 30th.

From what I heard on the call, the priority is replacing the shared drives at the three clinics before the EHR migration starts in Q1. Meridian Sync is a good fit for that timeline:

* Meridian Sync supports up to 10,000 users per organization. Your 2,300 staff fit comfortably in a single tenant.
* Meridian Sync is $399 per month for the whole organization, not per seat.
* It runs on Windows, macOS, iOS and Android, so the clinic iPads are covered.
* Meridian Sync is ISO 27001 certified, and I can share our SOC 2 Type II report once the mutual NDA is signed.
* Our industry-leading sharing controls let your compliance team lock down external links per clinic.

On the BAA question: we will sign one, and Marcus from our solutions team can walk your security officer through the controls.

Next step: I'll send an order form for a 12-month term starting December 1. Call me any time at (415) 555-0199.

Rachel

--
Rachel Kim
Senior Account Executive, Healthcare
Meridian Data, Inc.
""",
  claims=[
      C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization."),
      C("sync", "monthly_price", usd(399, "month"), "ok", "Meridian Sync is $399 per month for the whole organization, not per seat."),
      C("sync", "supported_platforms", "Windows", "ok", "It runs on Windows, macOS, iOS and Android, so the clinic iPads are covered."),
      C("sync", "supported_platforms", "macOS", "ok", "It runs on Windows, macOS, iOS and Android, so the clinic iPads are covered."),
      C("sync", "supported_platforms", "iOS", "ok", "It runs on Windows, macOS, iOS and Android, so the clinic iPads are covered."),
      C("sync", "supported_platforms", "Android", "ok", "It runs on Windows, macOS, iOS and Android, so the clinic iPads are covered."),
      C("sync", "certifications", "ISO 27001", "ok",
        "Meridian Sync is ISO 27001 certified, and I can share our SOC 2 Type II report once the mutual NDA is signed."),
      C("sync", "certifications", "SOC 2 Type II", "ok",
        "Meridian Sync is ISO 27001 certified, and I can share our SOC 2 Type II report once the mutual NDA is signed."),
  ],
  findings=[Phrase("en.superlative", "Our industry-leading sharing controls")])

# =====================================================================================
# 0012 — the customer replies (UTF-8 QP): requirement, reported Linux claim, question; quotes Rachel
M(n=12, date="2026-09-25 08:15:36 -0700", frm="jporter", to=["rkim"],
  subject="Re: Meridian Sync for Brightwater - summary and next steps", enc="u8qp", subj="plain",
  msgid="SA1PR19MB5523B7E6D4C3B2A1F0E9D8C7B6A5F4E3@SA1PR19MB5523.namprd19.prod.outlook.com",
  irt="CAOq3Z8vK1mXn4Rt7Yp2Ws9Ld6Hf0Jb5Ge8Tc3Va1Nu@mail.gmail.com",
  mailer=("X-Mailer", "Microsoft Outlook for Mac 16.89"), archive=True,
  body="""\
Hi Rachel,

Thanks, this is helpful. A couple of follow-ups from Anika before Wednesday’s steering committee:

- Requirement from our IT policy: at least 2,500 seats, with room to grow to 4,000 by 2028.
- Our former reseller told us Meridian Sync supports Linux, which matters for our radiology workstations. Can you confirm?
- Does Meridian Sync work offline on the clinic iPads when the Wi-Fi drops?

James

On Thu, Sep 24, 2026 at 9:41 AM Rachel Kim <rkim@meridian-data.com> wrote:
> James,
>
> Thanks for the time yesterday with you and Anika. A quick recap so you have it in writing before your steering committee on the 30th.
>
> * Meridian Sync supports up to 10,000 users per organization. Your 2,300 staff fit comfortably in a single tenant.
> * Meridian Sync is $399 per month for the whole organization, not per seat.
>
> Rachel
""",
  claims=[
      C("sync", "supported_platforms", "Linux", "conflict", "Our former reseller told us Meridian Sync supports Linux"),
      C("sync", "max_users", 10000, "ok", "> * Meridian Sync supports up to 10,000 users per organization.",
        quoted=True, office="us-hq"),
      C("sync", "monthly_price", usd(399, "month"), "ok",
        "> * Meridian Sync is $399 per month for the whole organization, not per seat.", quoted=True, office="us-hq"),
  ])

# =====================================================================================
# 0013 — Tokyo quote (Shift_JIS/CP932 base64: ㈱ ①②③ ～ －), caption states 税抜; No.1 with ※調べ
QUOTE_0013 = f"""\
㈱アオバ精機
情報システム部　田中様

いつもお世話になっております。メリディアン・データの山田です。

ご依頼いただきましたお見積書（見積番号：Q-2026-0917）をお送りいたします。
正式なお見積書はPDFにて添付しておりますが、概要を以下にまとめました。

■お見積概要（金額はすべて税抜）
　① メリディアン シンク 月額基本料金：50,000円
　② 初期導入支援サービス（一式・初回のみ）：300,000円
　③ 管理者向けオンライントレーニング（2回）：80,000円

　契約期間：2026年11月1日～2027年10月31日（12か月）
　年間契約割引：月額基本料金より5％お値引き
　合計金額（12か月分）：950,000円

お見積の有効期限は2026年10月30日まででございます。

なお、メリディアン シンクは国内製造業における導入社数No.1※のファイル共有サービスでございます。
※2026年8月 東京リサーチ調べ（国内製造業向け法人ファイル共有サービス 12製品を対象）

ご不明点がございましたら、山田または佐藤までお気軽にご連絡ください。
何卒よろしくお願い申し上げます。

{SIG_YAMADA_SJIS}
"""

M(n=13, date="2026-09-28 11:30:02 +0900", frm="yamada", to=["tanaka"], cc=["sato"],
  subject="【お見積書送付】メリディアン シンク ご利用料金（見積番号：Q-2026-0917）", enc="sjis64", subj="sjisB",
  msgid="OS3PR01MB6612A0B1C2D3E4F5A6B7C8D9E0F1A2B3@OS3PR01MB6612.jpnprd01.prod.outlook.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body=QUOTE_0013,
  claims=[
      C("sync", "monthly_price", jpy(50000, "month", "excluded"), "ok", "① メリディアン シンク 月額基本料金：50,000円"),
  ])

# =====================================================================================
# 0014 — Tokyo, Vault spec answers (Shift_JIS 8bit), short name ボールト after the full name
M(n=14, date="2026-10-01 15:47:30 +0900", frm="kobayashi", to=["okamoto"],
  subject="メリディアン ボールト 技術仕様のご回答", enc="sjis8", subj="jisB",
  msgid="20261001154730.2F4A.MK2418@jp.meridian-data.com",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"), archive=True,
  body=f"""\
北斗製薬株式会社
IT推進室　岡本様

お世話になっております。
メリディアン・データ株式会社 プリセールス技術部の小林でございます。
先日の定例会（9月29日）でご質問いただいた、バックアップ基盤の件についてご回答いたします。

ご検討中のメリディアン ボールトにつきまして、主な仕様は以下のとおりでございます。

１．目標復旧時点（RPO）
　　メリディアン ボールトのRPOは15分以内でございます。
２．容量
　　ボールトは1テナントあたり最大500TBまで保存可能です。
　　現在の貴社バックアップ総量（約180TB）の約2.7倍に相当いたします。
３．サービスレベル
　　ボールトのSLA（月間稼働率）は99.95％でございます。
４．暗号化
　　ボールトの保存データは、すべてAES-256で暗号化されます。

なお、治験データの保管場所に関するご要件（国内保管）につきましては、次回の打ち合わせでご説明いたします。

ご査収のほど、よろしくお願いいたします。

{SIG_KOBAYASHI_SJIS}
""",
  claims=[
      C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分以内でございます。"),
      C("vault", "max_storage", 500 * TB, "ok", "ボールトは1テナントあたり最大500TBまで保存可能です。"),
      C("vault", "sla", 99.95, "ok", "ボールトのSLA（月間稼働率）は99.95％でございます。"),
      C("vault", "encryption", "AES-256", "ok", "ボールトの保存データは、すべてAES-256で暗号化されます。"),
  ])

# =====================================================================================
# 0015 — customer replies Outlook-style (UTF-8 QP) with a -----元のメッセージ----- block quoting 0013
M(n=15, date="2026-10-06 09:45:19 +0900", frm="tanaka", to=["yamada"], cc=["sato"],
  subject="RE: 【お見積書送付】メリディアン シンク ご利用料金（見積番号：Q-2026-0917）", enc="u8qp", subj="u8B",
  msgid="TY3PR01MB11822E5F4A3B2C1D0E9F8A7B6C5D4E3F2@TY3PR01MB11822.jpnprd01.prod.outlook.com",
  irt="OS3PR01MB6612A0B1C2D3E4F5A6B7C8D9E0F1A2B3@OS3PR01MB6612.jpnprd01.prod.outlook.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"), archive=True,
  body="""\
山田様

お世話になっております。アオバ精機の田中です。
お見積書をお送りいただき、ありがとうございました。

社内稟議の関係で、2点確認させてください。
1) メリディアン シンクの月額料金は、税込ですと55,000円という理解でよろしいでしょうか。
2) 稟議書に「稼働率」の記載が必要なのですが、SLAの数値をご教示いただけますか。

11月12日(木) 15:00から社内の決裁会議（出席者6名）がございますので、
それまでにご回答いただけますと幸いです。

田中

-----元のメッセージ-----
差出人: 山田 太郎 <taro.yamada@jp.meridian-data.com>
送信日時: 2026年9月28日 11:30
宛先: 田中 和也 <k.tanaka@aoba-seiki.co.jp>
CC: 佐藤 美咲 <misaki.sato@jp.meridian-data.com>
件名: 【お見積書送付】メリディアン シンク ご利用料金（見積番号：Q-2026-0917）

""" + QUOTE_0013,
  claims=[
      C("sync", "monthly_price", jpy(50000, "month", "excluded"), "ok", "① メリディアン シンク 月額基本料金：50,000円",
        quoted=True, office="tokyo"),
  ])

# =====================================================================================
# 0016 — Tokyo top-posts (UTF-8 base64): 税込55,000円 (= 50,000 × 1.1), SLA 99.9
M(n=16, date="2026-10-07 16:20:48 +0900", frm="yamada", to=["tanaka"], cc=["sato"],
  subject="Re: 【お見積書送付】メリディアン シンク ご利用料金（見積番号：Q-2026-0917）", enc="u8b64", subj="u8B",
  msgid="20261007162048.B0F2.6A9E1C4D@jp.meridian-data.com",
  irt="TY3PR01MB11822E5F4A3B2C1D0E9F8A7B6C5D4E3F2@TY3PR01MB11822.jpnprd01.prod.outlook.com",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"), archive=True,
  body="""\
田中様

お世話になっております。山田でございます。
ご確認いただき、ありがとうございます。

1) ご認識のとおり、メリディアン シンクの月額料金は税込で55,000円でございます。
2) 同製品の稼働率SLAは99.9％でございます（当社SLA規程 第4版 別表Aに規定）。

稟議書にそのまま転記いただけるよう、正式な回答書（PDF）も本日中にお送りいたします。
決裁会議でのご審議、どうぞよろしくお願いいたします。

山田

2026年10月6日(火) 9:45 田中 和也 <k.tanaka@aoba-seiki.co.jp>:
> 山田様
>
> お世話になっております。アオバ精機の田中です。
> お見積書をお送りいただき、ありがとうございました。
>
> 社内稟議の関係で、2点確認させてください。
> 1) メリディアン シンクの月額料金は、税込ですと55,000円という理解でよろしいでしょうか。
> 2) 稟議書に「稼働率」の記載が必要なのですが、SLAの数値をご教示いただけますか。
>
> 11月12日(木) 15:00から社内の決裁会議（出席者6名）がございますので、
> それまでにご回答いただけますと幸いです。
>
> 田中
""",
  claims=[
      C("sync", "monthly_price", jpy(55000, "month", "included"), "ok",
        "1) ご認識のとおり、メリディアン シンクの月額料金は税込で55,000円でございます。"),
      C("sync", "sla", 99.9, "ok", "2) 同製品の稼働率SLAは99.9％でございます（当社SLA規程 第4版 別表Aに規定）。"),
  ])

# =====================================================================================
# 0017 — Tokyo corrects its proposal: （誤）…（正）… keeps only the corrected value
M(n=17, date="2026-10-08 09:12:37 +0900", frm="nakamura", to=["mori"],
  subject="【訂正】メリディアン シンク ご提案書の記載について", enc="jis", subj="jisB",
  msgid="3b8d5f21-0c44-4a9e-8e2f-1008nakamura@jp.meridian-data.com",
  mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
  body=f"""\
さくら損害保険株式会社
システム企画部　森様

いつもお世話になっております。メリディアン・データの中村でございます。

昨日お送りしたご提案書の記載に誤りがございましたので、訂正いたします。
大変申し訳ございません。

（誤）メリディアン シンクの利用上限は1テナントあたり5,000ユーザー
（正）メリディアン シンクの利用上限は1テナントあたり10,000ユーザー

改定前の資料を流用してしまったことが原因でございます。
訂正版のご提案書（第2版）を添付いたしますので、お手数ですが差し替えをお願いいたします。
なお、その他の記載に変更はございません。

今後このようなことのないよう、社内の確認体制を見直してまいります。
引き続きよろしくお願いいたします。

{SIG_NAKAMURA}
""",
  claims=[
      C("sync", "max_users", 10000, "ok", "（正）メリディアン シンクの利用上限は1テナントあたり10,000ユーザー"),
  ])

# =====================================================================================
# 0018 — Tokyo writes English for a US-owned customer: USD prices are office-variant
M(n=18, date="2026-10-13 11:05:14 +0900", frm="takahashi", to=["kwatanabe"],
  subject="Meridian Sync / Meridian Insight pricing in USD", enc="ascii", subj="plain",
  msgid="20261013110514.8812.KT2301@jp.meridian-data.com",
  irt="CAF7uB2k9Qm0vXs3Lw8Yt6Pn1Rj4Hd5Ge2Zc7Va0Ni@mail.gmail.com",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [en]"), archive=True,
  body="""\
Dear Watanabe-san,

Thank you for your call this morning. As requested, here are our list prices in US dollars so that your head office in Denver can compare them with your current contract.

- Meridian Sync is $399 per month for the whole company.
- Meridian Insight is $30 per user per month.

Please note that invoices from our Tokyo office are issued in Japanese yen. For the Japan entity, Meridian Sync is JPY 50,000 per month, excluding consumption tax.

I will send the formal quotation (Quote No. TK-2026-1188) by Friday.

Best regards,

Kenichi Takahashi
Partner Sales Division, Meridian Data K.K.
Marunouchi 2-7-3, Chiyoda-ku, Tokyo 100-0005
Tel: +81-3-5218-4455 / Mobile: +81-70-2233-8841
""",
  claims=[
      C("sync", "monthly_price", usd(399, "month"), "office-variant", "- Meridian Sync is $399 per month for the whole company."),
      C("insight", "per_user_price", usd(30, "user-month"), "office-variant", "- Meridian Insight is $30 per user per month."),
      C("sync", "monthly_price", jpy(50000, "month", "excluded"), "ok",
        "Meridian Sync is JPY 50,000 per month, excluding consumption tax."),
  ])

# =====================================================================================
# 0019 — customer (Gmail, UTF-8 base64) asks Osaka about Vault: questions and requirements only
M(n=19, date="2026-10-19 18:03:51 +0900", frm="fujii", to=["inoue"],
  subject="メリディアン・ボールトについての質問", enc="u8b64", subj="u8B",
  msgid="CAK7xR4mN2pQ8sT1vW6yZ3bD5fH9jL0nP4rU7wX2aC6eG8iK@mail.gmail.com", archive=True,
  body="""\
メリディアン・データ
井上様

お世話になっております。関西電材工業の藤井です。
先週はご来社いただきありがとうございました。

メリディアン・ボールトの導入検討にあたり、社内から以下の質問が出ております。

・バックアップの保持期間は何日間でしょうか。
・データセンターは国内のみでしょうか。海外へのデータ移転が発生するかを確認したいです。
・保存データの暗号化方式を教えてください。
・1TBあたりの料金はおいくらでしょうか。

要件としては、保持期間90日以上、RPOは30分以内を想定しております。

よろしくお願いいたします。

--
関西電材工業株式会社
経営企画部 情報システムグループ
藤井 玲奈
〒661-0976 兵庫県尼崎市潮江1-2-6
TEL 06-6499-3102
""",
  claims=[])

# =====================================================================================
# 0020 — Osaka answers Outlook-style: multipart/alternative (ISO-2022-JP text + HTML);
#        retention 30日間 is wrong; no Singapore DC is no claim
REPLY_0020 = f"""\
関西電材工業株式会社
藤井様

いつもお世話になっております。
メリディアン・データ大阪支店の井上でございます。

ご質問いただいた4点につきまして、下記のとおりご回答申し上げます。

■保持期間
メリディアン・ボールトのバックアップ保持期間は、標準で30日間となっております。

■データセンター
同製品のデータセンターは東京と大阪にございます。
シンガポールにはデータセンターがございませんので、海外へのデータ移転は発生いたしません。

■暗号化
同製品では、保存データをすべてAES-256で暗号化しております。

■料金
同製品の料金は、1TBあたり月額2,800円（税抜）でございます。

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_INOUE}
"""

QUOTEBLOCK_0020 = """\
差出人: 藤井 玲奈 <reina.fujii@kansai-denzai.co.jp>
送信日時: 2026年10月19日 18:03
宛先: 井上 愛 <ai.inoue@osaka.jp.meridian-data.com>
件名: メリディアン・ボールトについての質問

メリディアン・データ
井上様

お世話になっております。関西電材工業の藤井です。
先週はご来社いただきありがとうございました。

メリディアン・ボールトの導入検討にあたり、社内から以下の質問が出ております。

・バックアップの保持期間は何日間でしょうか。
・データセンターは国内のみでしょうか。海外へのデータ移転が発生するかを確認したいです。
・保存データの暗号化方式を教えてください。
・1TBあたりの料金はおいくらでしょうか。

要件としては、保持期間90日以上、RPOは30分以内を想定しております。

よろしくお願いいたします。
"""

M(n=20, date="2026-10-20 15:12:33 +0900", frm="inoue", to=["fujii"],
  subject="RE: メリディアン・ボールトについての質問", enc="alt-jis", subj="jisB",
  msgid="TYCPR01MB8123A1B2C3D4E5F6A7B8C9D0E1F2A3B4@TYCPR01MB8123.jpnprd01.prod.outlook.com",
  irt="CAK7xR4mN2pQ8sT1vW6yZ3bD5fH9jL0nP4rU7wX2aC6eG8iK@mail.gmail.com",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body=REPLY_0020 + "\n-----Original Message-----\n" + QUOTEBLOCK_0020,
  html_parts=(REPLY_0020, QUOTEBLOCK_0020), html_charset="utf-8",
  claims=[
      C("vault", "retention", dur(30, "days"), "conflict", "メリディアン・ボールトのバックアップ保持期間は、標準で30日間となっております。"),
      C("vault", "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京と大阪にございます。"),
      C("vault", "data_centers", "Osaka", "ok", "同製品のデータセンターは東京と大阪にございます。"),
      C("vault", "encryption", "AES-256", "ok", "同製品では、保存データをすべてAES-256で暗号化しております。"),
      C("vault", "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "同製品の料金は、1TBあたり月額2,800円（税抜）でございます。"),
  ])

# =====================================================================================
# 0021 — Tokyo, Insight (UTF-8 base64): 令和9年1月, 三十日間, 税込4,400円, 最大200個, 最大2秒, 1億行
M(n=21, date="2026-10-21 10:26:15 +0900", frm="sato", to=["ishida"],
  subject="メリディアン インサイトのご案内（ベータ版のご利用について）", enc="u8b64", subj="u8B",
  msgid="CAM5pL8xQ2rS6tV0wY4zB7cE1gI3kN5oR9uW2xA6dF8hJ0lM@mail.gmail.com", archive=True,
  body=f"""\
株式会社みらい電機
経営企画本部 データ活用推進室
石田 様

お世話になっております。
メリディアン・データ株式会社 インサイドセールスの佐藤でございます。
先日はウェビナー「データドリブン経営のはじめ方」にご参加いただき、誠にありがとうございました。

お問い合わせいただいたメリディアン インサイトについて、ご案内いたします。

メリディアン インサイトは現在ベータ版として提供しており、令和9年1月に一般提供を開始する予定でございます。
本製品は三十日間の無料トライアルをご用意しておりますので、まずは貴社のデータでお試しください。
インサイトの料金は、1ユーザーあたり月額4,400円（税込）でございます。
また、インサイトでは最大200個のダッシュボードを作成いただけます。
性能面では、1億行規模のデータでもインサイトのクエリ応答時間は最大2秒となっております。

ご利用予定人数（約40名）でのお見積りも、ご要望があれば作成いたします。
どうぞお気軽にお申し付けください。

{SIG_SATO}
""",
  claims=[
      C("insight", "general_availability", "2027-01", "ok",
        "メリディアン インサイトは現在ベータ版として提供しており、令和9年1月に一般提供を開始する予定でございます。"),
      C("insight", "free_trial", dur(30, "days"), "ok", "本製品は三十日間の無料トライアルをご用意しておりますので、"),
      C("insight", "per_user_price", jpy(4400, "user-month", "included"), "ok",
        "インサイトの料金は、1ユーザーあたり月額4,400円（税込）でございます。"),
      C("insight", "max_dashboards", 200, "ok", "また、インサイトでは最大200個のダッシュボードを作成いただけます。"),
      C("insight", "query_latency", dur(2, "seconds"), "ok",
        "性能面では、1億行規模のデータでもインサイトのクエリ応答時間は最大2秒となっております。"),
  ])

# =====================================================================================
# 0022 — Osaka cold mail (EUC-JP): 業界初 and 絶対 without substantiation
M(n=22, date="2026-10-23 13:40:02 +0900", frm="hayashi", to=["yamamoto"],
  subject="メリディアン・ボールトのご紹介", enc="euc", subj="jisB",
  msgid="20261023134002.61D0.HC5152@osaka.jp.meridian-data.com",
  mailer=("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.32; x86_64-pc-linux-gnu)"), archive=True,
  body=f"""\
堺化成株式会社
管理本部 情報システム課
山本様

突然のご連絡失礼いたします。
メリディアン・データ大阪支店の林と申します。
先日の展示会で名刺交換をさせていただきました。

弊社のバックアップサービス「メリディアン・ボールト」をご紹介させてください。

メリディアン・ボールトは、業界初のランサムウェア自動隔離機能を搭載したクラウドバックアップです。
同製品をご導入いただければ、大切なデータが失われることは絶対にございません。
ボールトの保存データはすべてAES-256で暗号化され、SLAは99.95％でございます。

ご興味がございましたら、30分ほどオンラインでご説明させていただけますと幸いです。
11月4日(水)以降で、ご都合のよい日時をお知らせくださいませ。

{SIG_HAYASHI}
""",
  claims=[
      C("vault", "encryption", "AES-256", "ok", "ボールトの保存データはすべてAES-256で暗号化され、SLAは99.95％でございます。"),
      C("vault", "sla", 99.95, "ok", "ボールトの保存データはすべてAES-256で暗号化され、SLAは99.95％でございます。"),
  ],
  findings=[Phrase("ja.first-in-industry", "業界初のランサムウェア自動隔離機能"),
            Phrase("ja.absolute", "大切なデータが失われることは絶対にございません。")])

# =====================================================================================
# 0023 — Tokyo takes over (ISO-2022-JP), top-posts over Osaka's message (差出人/送信日時 block):
#        the quoted claims are Osaka's, judged as of this reply
M(n=23, date="2026-10-26 16:40:09 +0900", frm="kobayashi", to=["fujii"], cc=["inoue"],
  subject="RE: メリディアン・ボールトについての質問", enc="jis", subj="jisB",
  msgid="20261026164009.2F4A.MK2418@jp.meridian-data.com",
  irt="TYCPR01MB8123A1B2C3D4E5F6A7B8C9D0E1F2A3B4@TYCPR01MB8123.jpnprd01.prod.outlook.com",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"), archive=True,
  body=f"""\
藤井様
（CC：大阪支店 井上）

お世話になっております。
メリディアン・データ プリセールス技術部の小林でございます。
本件、技術的なご質問が多いため、今後は東京の私も担当させていただきます。

先日井上よりお送りしたご回答のうち、バックアップの保持期間についての記載に誤りがございました。
正式な仕様書を添付いたしますので、改めてご確認いただけますでしょうか。
大変失礼いたしました。

あわせて、ご要件にございましたRPOについてご回答いたします。
メリディアン ボールトのRPO（目標復旧時点）は15分でございますので、ご要件の30分以内を満たしております。

引き続きよろしくお願いいたします。

{SIG_KOBAYASHI}

-----元のメッセージ-----
差出人: 井上 愛 <ai.inoue@osaka.jp.meridian-data.com>
送信日時: 2026年10月20日 15:12
宛先: 藤井 玲奈 <reina.fujii@kansai-denzai.co.jp>
件名: RE: メリディアン・ボールトについての質問

{REPLY_0020}""",
  claims=[
      C("vault", "rpo", dur(15, "minutes"), "ok",
        "メリディアン ボールトのRPO（目標復旧時点）は15分でございますので、ご要件の30分以内を満たしております。"),
      C("vault", "retention", dur(30, "days"), "conflict",
        "メリディアン・ボールトのバックアップ保持期間は、標準で30日間となっております。", quoted=True, office="osaka"),
      C("vault", "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京と大阪にございます。", quoted=True, office="osaka"),
      C("vault", "data_centers", "Osaka", "ok", "同製品のデータセンターは東京と大阪にございます。", quoted=True, office="osaka"),
      C("vault", "encryption", "AES-256", "ok", "同製品では、保存データをすべてAES-256で暗号化しております。",
        quoted=True, office="osaka"),
      C("vault", "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok",
        "同製品の料金は、1TBあたり月額2,800円（税抜）でございます。", quoted=True, office="osaka"),
  ])

# =====================================================================================
# 0024 — US HQ quotes yen from the Japanese price list: office-variant (UTF-8 8bit)
M(n=24, date="2026-10-27 14:18:40 -0700", frm="rkim", to=["hendo"],
  subject="Yen pricing for the Osaka plant", enc="u8bit", subj="plain",
  msgid="CAOq3Z8vK1mXn4Rt7Yp2Ws9Ld6Hf0Jb5Ge8Tc3Va1Nx@mail.gmail.com", archive=True,
  body="""\
Hi Hiroshi,

Good to speak with you and Mr. Tanabe on Friday. You asked for figures in yen so that the Osaka plant can budget locally; here they are, taken from the Japanese price list:

- Meridian Sync: ¥50,000 per month, excluding consumption tax.
- Meridian Vault: ¥2,800 per TB per month, excluding consumption tax.

Your purchase order would still be placed with Meridian Data, Inc. in US dollars unless you prefer to contract with our Tokyo office directly; Takahashi-san there can help with that.

Thanks,
Rachel

--
Rachel Kim
Senior Account Executive
Meridian Data, Inc.
""",
  claims=[
      C("sync", "monthly_price", jpy(50000, "month", "excluded"), "office-variant",
        "- Meridian Sync: ¥50,000 per month, excluding consumption tax."),
      C("vault", "price_per_tb", jpy(2800, "TB-month", "excluded"), "office-variant",
        "- Meridian Vault: ¥2,800 per TB per month, excluding consumption tax."),
  ])

# =====================================================================================
# 0025 — customer interleaves (Shift_JIS 8bit, 「…さんは書きました:」); quotes Tokyo's RPO
M(n=25, date="2026-10-28 09:58:27 +0900", frm="fujii", to=["kobayashi"], cc=["inoue"],
  subject="Re: RE: メリディアン・ボールトについての質問", enc="sjis8", subj="jisB",
  msgid="b2e4d6f8-1a3c-4e5f-9071-8c2d4e6f8a0b@kansai-denzai.co.jp",
  irt="20261026164009.2F4A.MK2418@jp.meridian-data.com",
  mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
  archive=True,
  body="""\
小林様

お世話になっております。関西電材の藤井です。
仕様書のご送付、ありがとうございました。

2026/10/26 16:40 に 小林 誠 <m.kobayashi@jp.meridian-data.com> さんは書きました:
> メリディアン ボールトのRPO（目標復旧時点）は15分でございますので、ご要件の30分以内を満たしております。

承知しました。では、RTO（目標復旧時間）はどの程度でしょうか。
また、障害時の復旧手順書はご提供いただけますか。

> 先日井上よりお送りしたご回答のうち、バックアップの保持期間についての記載に誤りがございました。

仕様書の記載のほうが正しいという理解でよろしいでしょうか。

藤井
""",
  claims=[
      C("vault", "rpo", dur(15, "minutes"), "ok",
        "> メリディアン ボールトのRPO（目標復旧時点）は15分でございますので、ご要件の30分以内を満たしております。",
        quoted=True, office="tokyo"),
  ])

# =====================================================================================
# 0026 — London, Sync pricing for UK + US offices: GBP ok, USD office-variant, Latin deprecated name
M(n=26, date="2026-10-29 15:36:50 +0000", frm="tashworth", to=["hcole"],
  subject="Meridian Sync – pricing for Alder & Finch (UK and US offices)", enc="u8qp", subj="u8Q",
  msgid="LO2P265MB5142D1E2F3A4B5C6D7E8F9A0B1C2D3E4@LO2P265MB5142.GBRP265.PROD.OUTLOOK.COM",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"), archive=True,
  body="""\
Dear Harriet,

Thank you for the call earlier. As discussed, here is how pricing would work across your two offices.

For the London practice, Meridian Sync is £329 per month for the whole firm. Your New York office would normally be contracted through our US colleagues, and for them Meridian Sync is $399 a month.

A few points from your IT lead's checklist:

• Meridian Sync does not work offline: files are edited in the browser or the desktop client and need a connection to sync.
• Each user gets 1 TB of storage in Meridian Sync.
• If any of your staff still have the old Meridian FileSync desktop app installed, they should upgrade before migration.

Happy to join a call with your IT lead next week. I'm free Tuesday after 2pm.

Kind regards,

Tom Ashworth
Account Manager, Professional Services
Meridian Data Ltd | 20 Farringdon Street, London EC4A 4AB
T +44 20 7946 0388
""",
  claims=[
      C("sync", "monthly_price", gbp(329, "month"), "ok",
        "For the London practice, Meridian Sync is £329 per month for the whole firm."),
      C("sync", "monthly_price", usd(399, "month"), "office-variant", "for them Meridian Sync is $399 a month."),
      C("sync", "offline_mode", False, "ok", "Meridian Sync does not work offline"),
      C("sync", "storage_per_user", 1 * TB, "ok", "Each user gets 1 TB of storage in Meridian Sync."),
  ],
  findings=[Term("sync", "the old Meridian FileSync desktop app")])

# =====================================================================================
# 0027 — Tokyo forwards HQ's answer as an attached message/rfc822 (quoted, office us-hq)
INNER_0027 = dict(
    date="2026-10-29 16:05:44 -0700", frm="mwebb", to=["sato"],
    subject="Re: Vault data centers question from Hikari Kensetsu",
    msgid="CAJm2Wq8Xr4Tn7Yk1Lp5Vs9Hd3Gf6Bc0Nz2Qe8Ua4Ri@mail.gmail.com",
    body="""\
Hi Misaki,

Happy to help. For your customer:

Meridian Vault runs in four data centers: Tokyo, Osaka, Oregon and Frankfurt. Japanese customers are provisioned in Tokyo by default, with Osaka available as the secondary site.

For reference, the US list price for Meridian Vault is $20 per TB per month.

Cheers,
Marcus

--
Marcus Webb | Senior Solutions Engineer | Meridian Data, Inc.
""")

M(n=27, date="2026-10-30 10:08:21 +0900", frm="sato", to=["ohno"],
  subject="Fw: メリディアン ボールトのデータセンターについて（米国本社回答）", enc="rfc822-jis", subj="jisB",
  msgid="20261030100821.7C3E.MS4470@jp.meridian-data.com",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"), archive=True, attach=INNER_0027,
  attach_name="Re_ Vault data centers question from Hikari Kensetsu.eml",
  body=f"""\
ひかり建設株式会社
情報システム部　大野様

お世話になっております。メリディアン・データの佐藤でございます。

先日ご質問いただいたメリディアン ボールトのデータセンターの件、米国本社の技術担当（Marcus Webb）から
回答が届きましたので、原文のまま添付にて転送いたします。

円建ての料金についても補足いたします。
メリディアン ボールトの料金は、1TBあたり月額3,080円（税込）でございます。

英文のため、ご不明な点がございましたら私までお気軽にお問い合わせください。

{SIG_SATO}
""",
  claims=[
      C("vault", "price_per_tb", jpy(3080, "TB-month", "included"), "ok",
        "メリディアン ボールトの料金は、1TBあたり月額3,080円（税込）でございます。"),
      C("vault", "data_centers", "Tokyo", "ok",
        "Meridian Vault runs in four data centers: Tokyo, Osaka, Oregon and Frankfurt.", quoted=True, office="us-hq"),
      C("vault", "data_centers", "Osaka", "ok",
        "Meridian Vault runs in four data centers: Tokyo, Osaka, Oregon and Frankfurt.", quoted=True, office="us-hq"),
      C("vault", "data_centers", "Oregon", "ok",
        "Meridian Vault runs in four data centers: Tokyo, Osaka, Oregon and Frankfurt.", quoted=True, office="us-hq"),
      C("vault", "data_centers", "Frankfurt", "ok",
        "Meridian Vault runs in four data centers: Tokyo, Osaka, Oregon and Frankfurt.", quoted=True, office="us-hq"),
      C("vault", "price_per_tb", usd(20, "TB-month"), "ok",
        "the US list price for Meridian Vault is $20 per TB per month.", quoted=True, office="us-hq"),
  ])

# =====================================================================================
# 0028 — short names before the full name name nothing; after it they do (subject has no name)
M(n=28, date="2026-11-02 11:22:05 +0900", frm="yamada", to=["tanaka"],
  subject="バックアップサービスの概要（ご参考）", enc="jis", subj="jisB",
  msgid="20261102112205.B0F2.6A9E1C4D@jp.meridian-data.com",
  mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
  body=f"""\
田中様

お世話になっております。山田でございます。
先日のお打ち合わせでお話に出ましたバックアップの件、概要をお送りいたします。

ボールトの保持期間は、標準で90日間でございます。
ご契約時にご相談いただければ、延長のお見積りも可能です。

弊社のバックアップサービス「メリディアン ボールト」は、東京と大阪のデータセンターで運用しております。
ボールトのRPO（目標復旧時点）は約15分でございます。

詳細は技術担当の小林より改めてご説明いたします。

{SIG_YAMADA}
""",
  claims=[
      C("vault", "data_centers", "Tokyo", "ok",
        "弊社のバックアップサービス「メリディアン ボールト」は、東京と大阪のデータセンターで運用しております。"),
      C("vault", "data_centers", "Osaka", "ok",
        "弊社のバックアップサービス「メリディアン ボールト」は、東京と大阪のデータセンターで運用しております。"),
      C("vault", "rpo", dur(15, "minutes"), "ok", "ボールトのRPO（目標復旧時点）は約15分でございます。"),
  ])
