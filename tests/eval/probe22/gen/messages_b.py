# -*- coding: utf-8 -*-
"""Messages 0012-0022 of set22 (texts and their answer key)."""
from common import box
from messages_a import (SUNRISE_TANAKA, KITAHAMA_YAMAGUCHI, AOBA_SUZUKI, SATO, MURAKAMI, NISHIDA,
                        OKAMOTO, DANA, OLIVER, SIG_SATO, SIG_MURAKAMI, SIG_NISHIDA, SIG_TANAKA,
                        SIG_YAMAGUCHI, SIG_DANA, SIG_OLIVER)

SIG_OKAMOTO = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
メリディアン・データ㈱　大阪支店　パートナー営業課
岡本 美咲（おかもと みさき）
〒530-0011　大阪市北区大深町3-1 グランフロント大阪タワーB 18F
TEL 06-6359-2270（代表）／直通 06-6359-2284
FAX 06-6359-2271
m.okamoto@osaka.jp.meridian-data.com
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

# ---------------------------------------------------------------- 0012 osaka -> Kitahama (stale, offline, trial; not in the archive)
B0012 = """山口様

いつもお世話になっております。
メリディアン・データ大阪支店の岡本でございます。
西田が出張中のため、代わりにご連絡させていただきます。

なにわ精機様より、ファイル共有基盤の追加検討についてご相談をいただいたと伺いました。
取り急ぎ、ポイントを以下にまとめました。

①メリディアン シンクは最大5,000名までご利用いただけます。
　なにわ精機様の全社約1,100名でのご利用でも問題ございません。
②メリディアン シンクはオフラインモードを備えておりますので、電波の届かない工場内でもファイルの閲覧・編集が可能です。
③メリディアン シンクとメリディアン ボールトを組み合わせてご導入いただくことで、必ずファイル管理コストを削減できます。
④ご参考：メリディアン インサイトの無料トライアルは14日間となっております。

お見積が必要でしたら、ご発注予定数をお知らせください。
西田は5月18日（月）より出社予定でございます。

%s
""" % SIG_OKAMOTO

M0012 = dict(
    file="0012.eml", date="2026-05-12 13:56:40 +0900", frm=OKAMOTO, to=[KITAHAMA_YAMAGUCHI], cc=[NISHIDA],
    subject="なにわ精機様 ファイル共有基盤のご検討について",
    mid="OSAPR01MB4478B2C9E1F6A3D07E5C82B4A9D13@OSAPR01MB4478.jpnprd01.prod.outlook.com",
    charset="shift_jis", cte="base64", mailer="Microsoft Outlook 16.0", body=B0012,
    claims=[
        ("meridian-sync", "max_users", 5000, "stale", "①メリディアン シンクは最大5,000名までご利用いただけます。"),
        ("meridian-sync", "offline_mode", True, "conflict", "②メリディアン シンクはオフラインモードを備えておりますので、電波の届かない工場内でもファイルの閲覧・編集が可能です。"),
        ("meridian-insight", "free_trial", {"amount": 14, "unit": "days"}, "conflict", "④ご参考：メリディアン インサイトの無料トライアルは14日間となっております。"),
    ],
    findings=[("phrase", "ja.absolute", None, "必ずファイル管理コストを削減できます")],
)

# ---------------------------------------------------------------- 0013 us-hq -> Sunrise (English)
B0013 = """Hi Tanaka-san,

Great to meet you and your team at the Tokyo partner summit. As promised, here are the details of the Meridian Insight partner preview.

- Meridian Insight goes GA in January 2027; until then it is available as a beta to registered partners.
- Beta workspaces come with unlimited viewer accounts, so you can share dashboards with the whole customer team during the evaluation.
- Meridian Insight supports up to 200 dashboards per workspace, and query latency stays under 2 seconds on our reference workload.
- It connects to 40+ data sources out of the box, including Salesforce, SAP and kintone.

For the US list price, Meridian Insight is $30 per user per month; Sato-san will share the yen price list for your Japanese customers.

Best,
Dana

%s
""" % SIG_DANA

LAT13 = "Meridian Insight supports up to 200 dashboards per workspace, and query latency stays under 2 seconds on our reference workload."
M0013 = dict(
    file="0013.eml", date="2026-06-02 08:40:12 -0700", frm=DANA, to=[SUNRISE_TANAKA], cc=[SATO],
    subject="Meridian Insight beta - partner preview for Sunrise",
    mid="BY5PR11MB42139A0C3E5F7D1B2C84E6A0F3D57@BY5PR11MB4213.namprd11.prod.outlook.com",
    charset="us-ascii", cte="7bit", mailer="Microsoft Outlook 16.0", body=B0013, archive=True,
    claims=[
        ("meridian-insight", "general_availability", "2027-01", "ok", "Meridian Insight goes GA in January 2027; until then it is available as a beta to registered partners."),
        ("meridian-insight", "max_dashboards", 200, "ok", LAT13),
        ("meridian-insight", "query_latency", {"amount": 2, "unit": "seconds"}, "ok", LAT13),
        ("meridian-insight", "integrations", 40, "unverified", "It connects to 40+ data sources out of the box, including Salesforce, SAP and kintone."),
        ("meridian-insight", "per_user_price", {"amount": 30, "currency": "USD", "per": "user-month", "tax": None}, "ok", "For the US list price, Meridian Insight is $30 per user per month;"),
    ],
    findings=[("phrase", "en.unlimited", None, "Beta workspaces come with unlimited viewer accounts")],
)

# ---------------------------------------------------------------- 0014 Kitahama -> osaka: forwarded US newsletter
B0014 = """西田様

いつもお世話になっております。北浜テクノの山口です。

6月10日付で米国本社様からパートナー向けニュースレターが届きましたので、転送いたします。
メリディアン ボールトの容量上限について、日本のお客様にも同じ内容でご案内してよろしいでしょうか。
なにわ精機様の来期計画（約40TB）に関わるため、ご確認いただけますと幸いです。

%s

-------- 転送メッセージ --------
件名: \tMeridian Partner News - June 2026
日付: \tWed, 10 Jun 2026 09:00:00 -0700
送信者: \tMeridian Partner Marketing <partner-news@meridian-data.com>
宛先: \ty.yamaguchi@kitahama-ts.co.jp

MERIDIAN PARTNER NEWS - JUNE 2026

Meridian Vault: bigger tenants
Meridian Vault now scales to 1 PB per tenant, twice the previous ceiling.
Meridian Vault retains backups for 90 days by default and is backed by a 99.95%% availability SLA.
Voted the #1 backup platform by mid-market IT teams in our spring partner survey.

Meridian Sync: more room to grow
Since April, Meridian Sync supports up to 10,000 users per tenant.

Upcoming webinars
June 24: Selling backup to manufacturing customers (Japanese session, hosted by Osaka)
July 8: Meridian Insight beta office hours

You are receiving this email because you are a registered Meridian partner.
Unsubscribe: https://partners.meridian-data.com/preferences
""" % SIG_YAMAGUCHI

VA14 = "Meridian Vault retains backups for 90 days by default and is backed by a 99.95% availability SLA."
M0014 = dict(
    file="0014.eml", date="2026-06-15 09:12:05 +0900", frm=KITAHAMA_YAMAGUCHI, to=[NISHIDA], cc=[],
    subject="Fwd: Meridian Partner News - June 2026",
    mid="a7e2c9d4-1f3b-4e8a-9c6d-5b0f2e7a3d18@kitahama-ts.co.jp",
    charset="utf-8", cte="quoted-printable",
    ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0",
    body=B0014,
    claims=[
        ("meridian-vault", "max_storage", 10 ** 15, "conflict", "Meridian Vault now scales to 1 PB per tenant, twice the previous ceiling.", {"quoted": "us-hq"}),
        ("meridian-vault", "retention", {"amount": 90, "unit": "days"}, "ok", VA14, {"quoted": "us-hq"}),
        ("meridian-vault", "sla", 99.95, "ok", VA14, {"quoted": "us-hq"}),
        ("meridian-sync", "max_users", 10000, "ok", "Since April, Meridian Sync supports up to 10,000 users per tenant.", {"quoted": "us-hq"}),
    ],
    findings=[("phrase", "en.superlative", None, "Voted the #1 backup platform by mid-market IT teams", True)],
)

# ---------------------------------------------------------------- 0015 tokyo -> Aobanet: terminology, URL, USD price
B0015 = """鈴木様

いつもお世話になっております。メリディアン・データの村上でございます。

貴社Webサイトの製品紹介ページに、旧製品名「メリディアン ファイルシンク」の記載が残っているとのご連絡をいただき、ありがとうございました。
お手数をおかけいたしますが、現行名称「メリディアン シンク」への差し替えをお願いできますでしょうか。

最新のロゴ・製品画像は、下記よりダウンロードいただけます。
https://partner.meridian-data.com/assets/sync/
旧資料の保管場所（https://partner.meridian-data.com/archive/MeridianFileSync/）は、7月末で閉鎖いたします。

また、貴社の米国拠点向けにご案内いただく場合の参考として、メリディアン シンクの米国での定価は月額399米ドルでございます。
（米国でのご契約・ご請求は、米国本社との直接契約となります。）
なお、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけますので、米国拠点様を含めても1テナントで運用いただけます。

販促用のクリアファイルとパンフレットは、国内一律で送料無料にてお送りいたします。
必要部数を今月中にお知らせいただけますと幸いです。

%s
""" % SIG_MURAKAMI

M0015 = dict(
    file="0015.eml", date="2026-07-01 11:27:54 +0900", frm=MURAKAMI, to=[AOBA_SUZUKI], cc=[],
    subject="製品名表記および販促資料の差し替えについてのお願い",
    mid="CAHx7pQ3kW8zN1vT6rJ2mL5bD9cS4fG7aE_hY0uP3oQ8xZ@mail.gmail.com",
    charset="iso-2022-jp", cte="7bit", body=B0015, archive=True,
    claims=[
        ("meridian-sync", "monthly_price", {"amount": 399, "currency": "USD", "per": "month", "tax": None}, "office-variant", "また、貴社の米国拠点向けにご案内いただく場合の参考として、メリディアン シンクの米国での定価は月額399米ドルでございます。"),
        ("meridian-sync", "max_users", 5000, "stale", "なお、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけますので、米国拠点様を含めても1テナントで運用いただけます。"),
    ],
    findings=[("terminology", None, "meridian-sync", "旧製品名「メリディアン ファイルシンク」の記載が残っている")],
)

# ---------------------------------------------------------------- 0016 Aobanet: an Outlook .msg saved as .eml (unreadable)
# built in generate.py

# ---------------------------------------------------------------- 0017 london -> Kitahama (English)
B0017 = """Dear Yamaguchi-san,

Nishida-san in Osaka asked me to follow up on the Naniwa Seiki UK enquiry. Thank you for the detailed questions - answers below.

On your point #1, pricing: Meridian Insight is \u00a325 per user per month (ex VAT) for UK-contracted customers. For the 35 users at the Telford plant that comes to \u00a3875 a month.

On your point #2, performance: Meridian Insight returns typical dashboard queries in under 2 seconds, even on the 80-million-row production history they shared with us.

On your point #3, timing: Meridian Insight becomes generally available in January 2027. Meridian Insight also comes with a 30-day free trial, which can start whenever the plant team is ready.

Data protection: the plant's source systems are already backed up with Meridian Vault, which encrypts everything at rest with AES-256.

Happy to join a call with Naniwa Seiki UK next week; Tuesday or Thursday afternoon UK time works for me.

Kind regards,
Oliver

--
%s
""" % SIG_OLIVER

M0017 = dict(
    file="0017.eml", date="2026-08-05 16:44:03 +0100", frm=OLIVER, to=[KITAHAMA_YAMAGUCHI], cc=[NISHIDA],
    subject="Naniwa Seiki UK - Meridian Insight for the Telford plant",
    mid="LO2P265MB51068F2C0A7D3E91B4C6F25E8A0D3@LO2P265MB5106.GBRP265.PROD.OUTLOOK.COM",
    charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0", body=B0017, archive=True,
    claims=[
        ("meridian-insight", "per_user_price", {"amount": 25, "currency": "GBP", "per": "user-month", "tax": "excluded"}, "ok", "Meridian Insight is \u00a325 per user per month (ex VAT) for UK-contracted customers."),
        ("meridian-insight", "query_latency", {"amount": 2, "unit": "seconds"}, "ok", "Meridian Insight returns typical dashboard queries in under 2 seconds"),
        ("meridian-insight", "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027."),
        ("meridian-insight", "free_trial", {"amount": 30, "unit": "days"}, "ok", "Meridian Insight also comes with a 30-day free trial, which can start whenever the plant team is ready."),
        ("meridian-vault", "encryption", "AES-256", "ok", "the plant's source systems are already backed up with Meridian Vault, which encrypts everything at rest with AES-256."),
    ])

# ---------------------------------------------------------------- 0018 tokyo -> Sunrise: Insight outline (Shift_JIS 8bit)
B0018 = """田中様

いつも大変お世話になっております。メリディアン・データの佐藤でございます。
先日は丸菱商事様経営企画部様向けのデモにご同席いただき、誠にありがとうございました。
ご要望のございました、メリディアン インサイトのご提案骨子をお送りいたします。

１．製品概要
メリディアン インサイトは、社内の各種データを集計・可視化するクラウドBIサービスでございます（2027年1月一般提供開始予定、現在ベータ版）。
同製品のクエリ応答時間は1秒未満でございますので、経営会議の場でもストレスなくご利用いただけます。

２．価格（ご参考）
メリディアン インサイト：1ユーザーあたり月額4,400円（税込）
丸菱商事様の想定ユーザー数（経営企画部・各事業部長 計120名）の場合、年間ご利用料は税抜で576万円となります。

３．ご参考
弊社のクラウドバックアップは、国内の中堅企業向けバックアップ分野で顧客満足度No.1※をいただいております。
※2026年6月　日本ITサービス評価機構調べ（中堅企業向けクラウドバックアップ部門）

ご不明な点がございましたら、何なりとお申し付けくださいませ。

%s
""" % SIG_SATO

M0018 = dict(
    file="0018.eml", date="2026-08-20 19:02:41 +0900", frm=SATO, to=[SUNRISE_TANAKA], cc=[],
    subject="メリディアン インサイト ご提案骨子（丸菱商事様 経営企画部様）",
    mid="TYCPR01MB84239B1E5C7A2D0F4E8B63C1D5A27@TYCPR01MB8423.jpnprd01.prod.outlook.com",
    charset="shift_jis", cte="8bit", mailer="Microsoft Outlook 16.0", body=B0018, archive=True,
    claims=[
        ("meridian-insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは、社内の各種データを集計・可視化するクラウドBIサービスでございます（2027年1月一般提供開始予定、現在ベータ版）。"),
        ("meridian-insight", "query_latency", {"amount": 1, "unit": "seconds"}, "conflict", "同製品のクエリ応答時間は1秒未満でございますので、経営会議の場でもストレスなくご利用いただけます。"),
        ("meridian-insight", "per_user_price", {"amount": 4400, "currency": "JPY", "per": "user-month", "tax": "included"}, "ok", "メリディアン インサイト：1ユーザーあたり月額4,400円（税込）"),
    ])

# ---------------------------------------------------------------- 0019 osaka -> Kitahama: quote with a 税込 slip (cp932 labelled Shift_JIS)
T19 = box(["品名", "数量", "標準単価（月額・税抜）", "標準単価（月額・税込）"], [
    ["メリディアン ボールト（1TBあたり）", "10TB", "2,800円", "3,080円"],
    ["メリディアン インサイト（1ユーザーあたり）", "20名", "4,000円", "4,000円"],
], aligns=["l", "r", "r", "r"])
T19L = T19.split("\n")
B0019 = """北浜テクノサービス㈱
山口様

いつも大変お世話になっております。メリディアン・データ大阪支店の西田でございます。
先日はなにわ精機様の定例会にお招きいただき、ありがとうございました。
追加分の御見積を下記のとおりお送りいたします。

■御見積（なにわ精機様 追加分）　見積番号：OS-2026-0908-02
%s
※仕切率は前回同様75％を適用いたします（貴社ご請求額は別紙のとおり）。

【補足事項】
①メリディアン ボールトは保存データをAES-256で暗号化しております。
②メリディアン ボールトの目標復旧時間（RTO）は4時間以内でございます。
③メリディアン ボールトは他社バックアップサービスと比較しても業界最安水準の価格でございます。

お振込先：三井住友銀行 梅田支店 普通 1234567 ﾒﾘﾃﾞｨｱﾝﾃﾞｰﾀ(ｶ
ご検討のほど、何卒よろしくお願い申し上げます。

%s
""" % (T19, SIG_NISHIDA)

M0019 = dict(
    file="0019.eml", date="2026-09-08 17:35:26 +0900", frm=NISHIDA, to=[KITAHAMA_YAMAGUCHI], cc=[],
    subject="【御見積】なにわ精機様 追加分（メリディアン ボールト／インサイト）",
    mid="OSAPR01MB22914A7D2C9E0B5F31A6D8E4B7C92@OSAPR01MB2291.jpnprd01.prod.outlook.com",
    charset="shift_jis", cte="base64", html="mono", html_cte="base64", mailer="Microsoft Outlook 16.0", body=B0019,
    claims=[
        ("meridian-vault", "price_per_tb", {"amount": 2800, "currency": "JPY", "per": "TB-month", "tax": "excluded"}, "ok", T19L[3]),
        ("meridian-vault", "price_per_tb", {"amount": 3080, "currency": "JPY", "per": "TB-month", "tax": "included"}, "ok", T19L[3]),
        ("meridian-insight", "per_user_price", {"amount": 4000, "currency": "JPY", "per": "user-month", "tax": "excluded"}, "ok", T19L[4]),
        ("meridian-insight", "per_user_price", {"amount": 4000, "currency": "JPY", "per": "user-month", "tax": "included"}, "conflict", T19L[4]),
        ("meridian-vault", "encryption", "AES-256", "ok", "①メリディアン ボールトは保存データをAES-256で暗号化しております。"),
        ("meridian-vault", "rto", {"amount": 4, "unit": "hours"}, "unverified", "②メリディアン ボールトの目標復旧時間（RTO）は4時間以内でございます。"),
    ],
    findings=[("phrase", "ja.cheapest", None, "業界最安水準の価格でございます")],
)

# ---------------------------------------------------------------- 0020 Sunrise -> tokyo with an attached London mail (message/rfc822)
INNER_0020 = """Hi James,

Thanks for a productive steering group on Tuesday. Two follow-ups:

- Good news: Meridian Sync now has an offline mode on the desktop clients, so your engineers can keep editing files while travelling.
- Meridian Sync is \u00a3329 per month plus VAT for the UK tenant, as per the order form we signed in May.

Your 420 UK users fit well within the tenant limit.

Regards,
Oliver

--
%s
""" % SIG_OLIVER

B0020 = """佐藤様

いつもお世話になっております。サンライズ情報システムの田中です。

丸菱ヨーロッパ様のご担当者から、ロンドンのHartley様より添付のようなご案内があったと連絡がございました。
メリディアン シンクのオフライン利用について、1月に佐藤様から伺っていた内容と異なるように思われます。
丸菱商事様（本社）の情シス部門からも同じ質問が来ておりますので、正しい仕様をご確認いただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。

%s
""" % SIG_TANAKA

M0020 = dict(
    file="0020.eml", date="2026-10-06 10:35:12 +0900", frm=SUNRISE_TANAKA, to=[SATO], cc=[],
    subject="【確認依頼】メリディアン シンクのオフライン利用について（丸菱ヨーロッパ様）",
    mid="20261006103512.7C4E.4F1A2B3C@sunrise-is.co.jp",
    charset="iso-2022-jp", cte="7bit", mailer="Becky! ver. 2.81.06 [ja]", body=B0020,
    attach=dict(frm=OLIVER, to=[("James Whitmore", "j.whitmore@marubishi-europe.co.uk")],
                date="2026-10-02 15:18:07 +0100",
                subject="Meridian Sync rollout - answers for your IT steering group",
                mid="LO2P265MB5106C1D8E3A9F0B27D54E6A1C8F30@LO2P265MB5106.GBRP265.PROD.OUTLOOK.COM",
                body=INNER_0020),
    claims=[
        ("meridian-sync", "offline_mode", True, "conflict", "Good news: Meridian Sync now has an offline mode on the desktop clients, so your engineers can keep editing files while travelling.", {"quoted": "london", "inner": True}),
        ("meridian-sync", "monthly_price", {"amount": 329, "currency": "GBP", "per": "month", "tax": "excluded"}, "ok", "Meridian Sync is \u00a3329 per month plus VAT for the UK tenant, as per the order form we signed in May.", {"quoted": "london", "inner": True}),
    ])

# ---------------------------------------------------------------- 0021 tokyo -> Aobanet: data for a proposal (No.1, ISMAP)
B0021 = """鈴木様

いつもお世話になっております。メリディアン・データの村上でございます。
ご依頼いただいておりました、大和運輸様向けご提案書に記載いただく製品データをお送りいたします。
大和運輸様は全国38拠点・約2,400名でのご利用をご検討とのことですので、拠点ごとのフォルダ設計についても別途ご提案いたします。

◆メリディアン シンク　基本データ
・メリディアン シンクは、国内の法人向けファイル共有市場でシェアNo.1のサービスです。
・同製品はISO 27001およびSOC 2 Type IIの認証を取得しているほか、ISMAPにも登録済みでございます。
・同製品のSLA（月間稼働率）は99.9％でございます。
・1テナントあたり最大1万ユーザーまでご利用いただけます。
・1ユーザーあたり最大5台の端末（PC・スマートフォン）でご利用いただけます。

ご提案書の初稿ができましたら、表記の確認をさせていただきますので、お気軽にお送りください。
どうぞよろしくお願いいたします。

%s
""" % SIG_MURAKAMI

CERT21 = "・同製品はISO 27001およびSOC 2 Type IIの認証を取得しているほか、ISMAPにも登録済みでございます。"
M0021 = dict(
    file="0021.eml", date="2026-10-20 16:08:19 +0900", frm=MURAKAMI, to=[AOBA_SUZUKI], cc=[],
    subject="【大和運輸様】メリディアン シンク ご提案書用データ",
    mid="CAHx7pQ1mB6xV3nR9tK2wJ8cL5dF0sG4aZ_eU7iY1oP6vM@mail.gmail.com",
    charset="utf-8", cte="base64", html="plain", html_cte="base64", body=B0021, archive=True,
    claims=[
        ("meridian-sync", "certifications", "ISO 27001", "ok", CERT21),
        ("meridian-sync", "certifications", "SOC 2 Type II", "ok", CERT21),
        ("meridian-sync", "certifications", "ISMAP", "conflict", CERT21),
        ("meridian-sync", "sla", 99.9, "ok", "・同製品のSLA（月間稼働率）は99.9％でございます。"),
        ("meridian-sync", "max_users", 10000, "ok", "・1テナントあたり最大1万ユーザーまでご利用いただけます。"),
        ("meridian-sync", "max_devices", 5, "unverified", "・1ユーザーあたり最大5台の端末（PC・スマートフォン）でご利用いただけます。"),
    ],
    findings=[("phrase", "ja.superlative-no1", None, "国内の法人向けファイル共有市場でシェアNo.1のサービスです")],
)

# ---------------------------------------------------------------- 0022 us-hq -> Kitahama (English): RTO, zero downtime
B0022 = """Hi Yamaguchi-san,

Naniwa Seiki America's IT lead asked two questions about the Vault renewal, so I am copying Nishida-san to make sure the Osaka team has the same answers.

1. Availability: Meridian Vault is covered by our 99.95%% availability SLA.
2. Recovery: with Meridian Vault, a full environment can be restored within 4 hours in a regional failover.

We can also move their remaining on-prem archive with zero downtime, as we did for their Ohio plant last year.
Meridian Vault pricing for their US entity remains $20 per TB per month.

Cheers,
Dana

%s
""" % SIG_DANA

M0022 = dict(
    file="0022.eml", date="2026-11-10 07:55:31 -0800", frm=DANA, to=[KITAHAMA_YAMAGUCHI], cc=[NISHIDA],
    subject="Naniwa Seiki America - Vault renewal questions",
    mid="BY5PR11MB4213E2A7C0D95B3F16A8E4D2C7B08@BY5PR11MB4213.namprd11.prod.outlook.com",
    charset="us-ascii", cte="7bit", mailer="Microsoft Outlook 16.0", body=B0022, archive=True,
    claims=[
        ("meridian-vault", "sla", 99.95, "ok", "1. Availability: Meridian Vault is covered by our 99.95% availability SLA."),
        ("meridian-vault", "rto", {"amount": 4, "unit": "hours"}, "unverified", "2. Recovery: with Meridian Vault, a full environment can be restored within 4 hours in a regional failover."),
        ("meridian-vault", "price_per_tb", {"amount": 20, "currency": "USD", "per": "TB-month", "tax": None}, "ok", "Meridian Vault pricing for their US entity remains $20 per TB per month."),
    ],
    findings=[("phrase", "en.guarantee", None, "We can also move their remaining on-prem archive with zero downtime")],
)

MESSAGES_B = [M0012, M0013, M0014, M0015, M0017, M0018, M0019, M0020, M0021, M0022]
