# -*- coding: utf-8 -*-
"""Messages 0001-0011 of set22 (texts and their answer key)."""
from common import box

SUNRISE_TANAKA = ("田中 誠", "m.tanaka@sunrise-is.co.jp")
KITAHAMA_YAMAGUCHI = ("山口 由美", "y.yamaguchi@kitahama-ts.co.jp")
AOBA_SUZUKI = ("鈴木 健太", "k.suzuki@aobanet.jp")
SATO = ("佐藤 健一", "k.sato@jp.meridian-data.com")
MURAKAMI = ("村上 彩", "a.murakami@jp.meridian-data.com")
NISHIDA = ("西田 浩二", "k.nishida@osaka.jp.meridian-data.com")
OKAMOTO = ("岡本 美咲", "m.okamoto@osaka.jp.meridian-data.com")
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
OLIVER = ("Oliver Hartley", "oliver.hartley@uk.meridian-data.com")

SIG_SATO = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社
パートナー営業部　シニアパートナーマネージャー
佐藤 健一（さとう けんいち）
〒100-0005　東京都千代田区丸の内二丁目4番1号　丸の内ビルディング21階
TEL：03-6555-0142（代表）／直通：03-6555-0187
FAX：03-6555-0143　携帯：090-4417-2286
E-mail：k.sato@jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MURAKAMI = """--------------------------------------------------
メリディアン・データ株式会社　パートナー営業部
村上 彩（むらかみ あや）
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング21F
TEL 03-6555-0142（代表） 直通 03-6555-0193
FAX 03-6555-0143
a.murakami@jp.meridian-data.com
--------------------------------------------------"""

SIG_NISHIDA = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
メリディアン・データ株式会社　大阪支店
パートナー営業課　課長代理　西田 浩二
〒530-0011　大阪府大阪市北区大深町3番1号
グランフロント大阪タワーB 18階
TEL 06-6359-2270（代表）　FAX 06-6359-2271
携帯 080-3921-5564
k.nishida@osaka.jp.meridian-data.com
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_TANAKA = """--
株式会社サンライズ情報システム
営業本部 第二営業部 課長
田中 誠（Makoto Tanaka）
〒108-0075 東京都港区港南2-16-3 品川グランドセントラルタワー14F
TEL 03-5783-2210 / FAX 03-5783-2219
m.tanaka@sunrise-is.co.jp
https://www.sunrise-is.co.jp/"""

SIG_YAMAGUCHI = """====================================
北浜テクノサービス株式会社
ソリューション営業部　山口 由美
〒541-0041 大阪市中央区北浜2-6-18 北浜スクエアビル7F
TEL：06-6222-4810　FAX：06-6222-4811
Mail：y.yamaguchi@kitahama-ts.co.jp
===================================="""

SIG_DANA = """Dana Whitfield
Director, Channel Alliances - APAC & Japan
Meridian Data, Inc.
535 Mission Street, 14th Floor, San Francisco, CA 94105
+1 (415) 555-0186 | mobile +1 (628) 555-0114
dana.whitfield@meridian-data.com"""

SIG_OLIVER = """Oliver Hartley
Partner Manager, EMEA
Meridian Data Ltd
20 Farringdon Road, London EC1M 3HE, United Kingdom
T +44 20 7946 0321 | M +44 7700 900458
Meridian Data Ltd is registered in England and Wales, company no. 09876543.
VAT reg. no. GB 123 4567 89"""

# ---------------------------------------------------------------- 0001 tokyo -> Sunrise: 見積
T1 = box(["品名", "数量", "標準単価（月額）", "仕切率", "金額（12か月）"], [
    ["メリディアン シンク　基本料金（1テナント）", "1契約", "50,000円", "70％", "420,000円"],
    ["メリディアン ボールト　従量課金（1TBあたり）", "20TB", "2,800円", "70％", "470,400円"],
    None,
    ["小計", "", "", "", "890,400円"],
    ["消費税（10％）", "", "", "", "89,040円"],
    ["合計（税込）", "", "", "", "979,440円"],
], aligns=["l", "r", "r", "r", "r"])
T1_SYNC = T1.split("\n")[3]
T1_VAULT = T1.split("\n")[4]

B0001 = """株式会社サンライズ情報システム
営業本部 第二営業部
田中 誠 様

いつも大変お世話になっております。
メリディアン・データ株式会社 パートナー営業部の佐藤でございます。

先日はご多忙のところ、丸菱商事様案件のお打ち合わせにお時間を頂戴し、
誠にありがとうございました。
ご依頼いただいておりました御見積を、下記のとおりお送りいたします。
正式な見積書（PDF・押印版）は、社内決裁後に改めてお送りいたしますので、
まずは本文にてご確認いただけますと幸いでございます。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　御見積書（本文版）
　見積番号：MD-Q-2026-0117
　発行日　：令和8年1月20日　　有効期限：令和8年2月27日
　宛先　　：株式会社サンライズ情報システム 御中
　　　　　　（エンドユーザー：丸菱商事株式会社様）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

（金額はすべて税抜・単位：円）
%s

【備考】
・本見積は、貴社仕切率70％（標準価格の30％引き）にて算出しております。
・メリディアン シンクは、現行仕様では1テナントあたり最大5,000ユーザーまでのご利用となります。
・同製品は令和8年4月1日より、上限が最大1万ユーザーへ拡張される予定でございます。
・メリディアン シンクのSLA（月間稼働率）は99.9％でございます。
・メリディアン ボールトの従量課金は、毎月末時点のご利用量に基づき算出いたします。
・お支払条件：月末締め翌月末払い（銀行振込）
・テナント開設：ご発注書受領後、5営業日以内

ご不明な点がございましたら、何なりとお申し付けくださいませ。
引き続き何卒よろしくお願い申し上げます。

%s
""" % (T1, SIG_SATO)

M0001 = dict(
    file="0001.eml", date="2026-01-20 17:42:10 +0900", frm=SATO, to=[SUNRISE_TANAKA],
    cc=[("営業本部 共有", "eigyo2@sunrise-is.co.jp")],
    subject="【御見積】メリディアン シンク／ボールト ご提案価格の件（丸菱商事様）",
    mid="TYCPR01MB8423A1C5E07F3D2B6E9C4F18A3E52@TYCPR01MB8423.jpnprd01.prod.outlook.com",
    charset="iso-2022-jp", cte="7bit", mailer="Microsoft Outlook 16.0", body=B0001,
    claims=[
        ("meridian-sync", "monthly_price", {"amount": 50000, "currency": "JPY", "per": "month", "tax": "excluded"}, "ok", T1_SYNC),
        ("meridian-vault", "price_per_tb", {"amount": 2800, "currency": "JPY", "per": "TB-month", "tax": "excluded"}, "ok", T1_VAULT),
        ("meridian-sync", "max_users", 5000, "ok", "メリディアン シンクは、現行仕様では1テナントあたり最大5,000ユーザーまでのご利用となります。"),
        ("meridian-sync", "max_users", 10000, "ok", "同製品は令和8年4月1日より、上限が最大1万ユーザーへ拡張される予定でございます。", {"period": "2026-04-01"}),
        ("meridian-sync", "sla", 99.9, "ok", "メリディアン シンクのSLA（月間稼働率）は99.9％でございます。"),
    ])

# ---------------------------------------------------------------- 0002 Sunrise -> tokyo: interleaved ">" reply
B0002 = """メリディアン・データ株式会社
佐藤様

いつもお世話になっております。サンライズ情報システムの田中です。
早速の御見積、誠にありがとうございました。
丸菱商事様へは、来週27日（火）の定例で提出する予定です。

何点か確認させてください。

2026/01/20 17:42 佐藤 健一 <k.sato@jp.meridian-data.com>:
> ・メリディアン シンクは、現行仕様では1テナントあたり最大5,000ユーザーまでのご利用となります。
> ・同製品は令和8年4月1日より、上限が最大1万ユーザーへ拡張される予定でございます。

丸菱商事様のご要件は「利用者 6,000名以上（グループ会社含む）」となっております。
4月以降の契約開始であれば、1テナントで収まるという理解でよろしいでしょうか。

> ・メリディアン シンクのSLA（月間稼働率）は99.9％でございます。

承知しました。SLAについては先方情シスからも質問が出ておりましたので、このまま回答いたします。

もう一点、先方の開発部門にLinux端末が数十台ございます。
メリディアン シンクはLinuxのデスクトップでも利用可能でしょうか。

また、以前御社の前任のご担当者様より、メリディアン ボールトのデータセンターはシンガポールにもあると伺っております。
海外拠点のバックアップ先としてシンガポールを指定できるかどうか、あわせてご教示いただけますと助かります。

シンクの方は先方も前向きですので、ボールトとセットで年度内に決めたいと考えております。
以上、お手数ですがよろしくお願いいたします。

%s
""" % SIG_TANAKA

M0002 = dict(
    file="0002.eml", date="2026-01-22 11:05:37 +0900", frm=SUNRISE_TANAKA, to=[SATO], cc=[],
    subject="Re: 【御見積】メリディアン シンク／ボールト ご提案価格の件（丸菱商事様）",
    mid="5c1e9a02-7b4d-4f0e-a3a1-2e6d94b0c7f1@sunrise-is.co.jp",
    irt=M0001["mid"], charset="shift_jis", cte="base64",
    ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
    body=B0002,
    claims=[
        ("meridian-sync", "max_users", 5000, "ok", "> ・メリディアン シンクは、現行仕様では1テナントあたり最大5,000ユーザーまでのご利用となります。", {"quoted": "tokyo"}),
        ("meridian-sync", "max_users", 10000, "ok", "> ・同製品は令和8年4月1日より、上限が最大1万ユーザーへ拡張される予定でございます。", {"quoted": "tokyo", "period": "2026-04-01"}),
        ("meridian-sync", "sla", 99.9, "ok", "> ・メリディアン シンクのSLA（月間稼働率）は99.9％でございます。", {"quoted": "tokyo"}),
        ("meridian-vault", "data_centers", "Singapore", "conflict", "メリディアン ボールトのデータセンターはシンガポールにもあると伺っております。"),
    ])

# ---------------------------------------------------------------- 0003 tokyo -> Sunrise: Outlook reply with Original Message
B0003 = """田中様

いつも大変お世話になっております。メリディアン・データの佐藤でございます。
ご確認いただき、誠にありがとうございます。
ご質問の件、下記のとおりご回答申し上げます。

【1】ユーザー数の上限について
ご認識のとおりでございます。令和8年4月1日付の仕様改定により、メリディアン シンクの上限は1テナントあたり1万ユーザーとなります。
したがいまして、4月以降の契約開始であれば、ご要件の6,000名様も1テナントにてご収容いただけます。

【2】Linux端末でのご利用について
大変申し訳ございませんが、メリディアン シンクのクライアントはWindows、macOS、iOS、Androidの4種に対応しており、Linuxには対応しておりません。
開発部門様につきましては、ブラウザからのご利用をご検討いただけますと幸いでございます。

【3】メリディアン ボールトのデータセンターについて
前任者のご案内に行き違いがあったようで、大変失礼いたしました。
メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点でございまして、シンガポールには拠点がございません。
海外拠点のバックアップ先としては、フランクフルトまたはオレゴンをご指定いただけます。

ご不明点がございましたら、お気軽にお申し付けください。
何卒よろしくお願い申し上げます。

%s

-----Original Message-----
From: 田中 誠 <m.tanaka@sunrise-is.co.jp> 
Sent: Thursday, January 22, 2026 11:05 AM
To: 佐藤 健一 <k.sato@jp.meridian-data.com>
Subject: Re: 【御見積】メリディアン シンク／ボールト ご提案価格の件（丸菱商事様）

メリディアン・データ株式会社
佐藤様

いつもお世話になっております。サンライズ情報システムの田中です。
早速の御見積、誠にありがとうございました。

（中略）

もう一点、先方の開発部門にLinux端末が数十台ございます。
メリディアン シンクはLinuxのデスクトップでも利用可能でしょうか。

また、以前御社の前任のご担当者様より、メリディアン ボールトのデータセンターはシンガポールにもあると伺っております。
海外拠点のバックアップ先としてシンガポールを指定できるかどうか、あわせてご教示いただけますと助かります。

（以下略）
""" % SIG_SATO

PLAT = "大変申し訳ございませんが、メリディアン シンクのクライアントはWindows、macOS、iOS、Androidの4種に対応しており、Linuxには対応しておりません。"
DC3 = "メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点でございまして、シンガポールには拠点がございません。"
M0003 = dict(
    file="0003.eml", date="2026-01-23 09:48:02 +0900", frm=SATO, to=[SUNRISE_TANAKA], cc=[],
    subject="RE: 【御見積】メリディアン シンク／ボールト ご提案価格の件（丸菱商事様）",
    mid="TYCPR01MB8423F0B7D91E2A4C5D3B8E70A6C11@TYCPR01MB8423.jpnprd01.prod.outlook.com",
    irt=M0002["mid"], refs=[M0001["mid"], M0002["mid"]],
    charset="iso-2022-jp", cte="7bit", mailer="Microsoft Outlook 16.0", body=B0003,
    claims=[
        ("meridian-sync", "max_users", 10000, "ok", "令和8年4月1日付の仕様改定により、メリディアン シンクの上限は1テナントあたり1万ユーザーとなります。", {"period": "2026-04-01"}),
        ("meridian-sync", "supported_platforms", "Windows", "ok", PLAT),
        ("meridian-sync", "supported_platforms", "macOS", "ok", PLAT),
        ("meridian-sync", "supported_platforms", "iOS", "ok", PLAT),
        ("meridian-sync", "supported_platforms", "Android", "ok", PLAT),
        ("meridian-vault", "data_centers", "Tokyo", "ok", DC3),
        ("meridian-vault", "data_centers", "Osaka", "ok", DC3),
        ("meridian-vault", "data_centers", "Oregon", "ok", DC3),
        ("meridian-vault", "data_centers", "Frankfurt", "ok", DC3),
        ("meridian-vault", "data_centers", "Singapore", "conflict", "メリディアン ボールトのデータセンターはシンガポールにもあると伺っております。", {"quoted": "unknown"}),
    ])

# ---------------------------------------------------------------- 0004 osaka -> Kitahama: 見積 (Outlook HTML, table)
D_ROWS = [
    ["品名", "数量", "標準単価（月額）", "仕切率", "金額（12か月）"],
    ["メリディアン インサイト（1ユーザーあたり）", "40名", "4,000円", "75％", "1,440,000円"],
    ["メリディアン ボールト（1TBあたり）", "8TB", "2,800円", "75％", "201,600円"],
    ["導入支援サービス（初期設定・操作説明会）", "一式", "―", "―", "300,000円"],
    ["合計（税抜）", "", "", "", "1,941,600円"],
]
D_TAB = "\n".join("\t".join(r) for r in D_ROWS)

B0004_HEAD = """北浜テクノサービス株式会社
ソリューション営業部
山口 由美 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
メリディアン・データ株式会社 大阪支店の西田でございます。

先日ご相談いただきました、なにわ精機株式会社様向けの御見積をお送りいたします。

メリディアン インサイトは現在ベータ版でのご提供となっており、正式版の一般提供開始は2027年1月を予定しております。
早期導入プログラムにご参加いただいたお客様は、正式版へそのままご移行いただけます。

■御見積明細（税抜）
"""
B0004_TAIL = """
【製品仕様の主なポイント】
・メリディアン インサイトのクエリ応答時間は、1億行規模のデータでも最大2秒以内を目安としております。
・同製品の無料トライアル期間は30日間で、期間中はすべての機能をお試しいただけます。
・メリディアン ボールトのRPO（目標復旧時点）は15分でございます。
・なにわ精機様の基幹システム（約12TB）のうち、8TB分を先行してバックアップ対象とするご提案です。

貴社の仕切率は、パートナー契約に基づき標準価格の75％にて算出しております。
本見積の有効期限は令和8年3月31日まででございます。

ご査収のほど、よろしくお願い申し上げます。

"""
B0004 = B0004_HEAD + D_TAB + "\n" + B0004_TAIL + SIG_NISHIDA + "\n"


def _html_0004():
    import html as h
    def para(t):
        return "".join("<p class=MsoNormal>%s<o:p></o:p></p>\n" % (h.escape(x) if x else "&nbsp;") for x in t.split("\n"))
    rows = []
    for i, r in enumerate(D_ROWS):
        tag = "th" if i == 0 else "td"
        rows.append("<tr>" + "".join('<%s style="border:solid windowtext 1.0pt;padding:0mm 5.4pt">%s</%s>' % (tag, h.escape(c) or "&nbsp;", tag) for c in r) + "</tr>")
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'
            '<style>p.MsoNormal{margin:0mm;font-size:10.5pt;font-family:"Yu Gothic"}</style></head>'
            '<body lang=JA link="#0563C1"><div class=WordSection1>\n'
            + para(B0004_HEAD.rstrip("\n")) +
            '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n'
            + "\n".join(rows) + "\n</table>\n" + para(B0004_TAIL.strip("\n")) + para(SIG_NISHIDA) +
            "</div></body></html>\n")


M0004 = dict(
    file="0004.eml", date="2026-02-10 16:12:44 +0900", frm=NISHIDA, to=[KITAHAMA_YAMAGUCHI], cc=[],
    subject="メリディアン インサイト早期導入プログラム 御見積の件（北浜テクノサービス様）",
    mid="OSAPR01MB2291C7E4B05A8D3F19E6B2C40D7A9@OSAPR01MB2291.jpnprd01.prod.outlook.com",
    charset="shift_jis", cte="base64", html=_html_0004(), html_cte="quoted-printable",
    mailer="Microsoft Outlook 16.0", body=B0004,
    claims=[
        ("meridian-insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは現在ベータ版でのご提供となっており、正式版の一般提供開始は2027年1月を予定しております。"),
        ("meridian-insight", "per_user_price", {"amount": 4000, "currency": "JPY", "per": "user-month", "tax": "excluded"}, "ok", "\t".join(D_ROWS[1])),
        ("meridian-vault", "price_per_tb", {"amount": 2800, "currency": "JPY", "per": "TB-month", "tax": "excluded"}, "ok", "\t".join(D_ROWS[2])),
        ("meridian-insight", "query_latency", {"amount": 2, "unit": "seconds"}, "ok", "メリディアン インサイトのクエリ応答時間は、1億行規模のデータでも最大2秒以内を目安としております。"),
        ("meridian-insight", "free_trial", {"amount": 30, "unit": "days"}, "ok", "同製品の無料トライアル期間は30日間で、期間中はすべての機能をお試しいただけます。"),
        ("meridian-vault", "rpo", {"amount": 15, "unit": "minutes"}, "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分でございます。"),
    ])

# ---------------------------------------------------------------- 0005 Kitahama -> osaka: Outlook reply quoting all of 0004
B0005 = """西田様

お世話になっております。北浜テクノの山口です。
御見積をお送りいただき、ありがとうございました。
なにわ精機様に提出いたしましたところ、前向きにご検討いただいております。

先方情シスの方から、2点ご質問をいただきました。
１）メリディアン インサイトで作成できるダッシュボードの上限はいくつでしょうか。
　　（先方では部門別に150程度を想定されています）
２）正式版リリース後に、価格が改定される可能性はございますでしょうか。

また別件ですが、弊社で取り扱っている他社のBIツールは表示言語が12か国語に対応しているため、
比較表を作成するにあたり、御社製品の対応言語数もお教えいただけますと幸いです。

お忙しいところ恐縮ですが、よろしくお願いいたします。

%s

-----Original Message-----
From: 西田 浩二 <k.nishida@osaka.jp.meridian-data.com> 
Sent: Tuesday, February 10, 2026 4:12 PM
To: 山口 由美 <y.yamaguchi@kitahama-ts.co.jp>
Subject: メリディアン インサイト早期導入プログラム 御見積の件（北浜テクノサービス様）

%s""" % (SIG_YAMAGUCHI, B0004)

M0005 = dict(
    file="0005.eml", date="2026-02-16 10:31:09 +0900", frm=KITAHAMA_YAMAGUCHI, to=[NISHIDA], cc=[],
    subject="RE: メリディアン インサイト早期導入プログラム 御見積の件（北浜テクノサービス様）",
    mid="TY2PR06MB3374E9A2C1B08F6D4E53A7B92F1C4@TY2PR06MB3374.apcprd06.prod.outlook.com",
    irt=M0004["mid"], charset="utf-8", cte="base64", mailer="Microsoft Outlook 16.0", body=B0005,
    claims=[c[:5] + (dict(c[5] if len(c) > 5 else {}, quoted="osaka"),) for c in M0004["claims"]],
)

# ---------------------------------------------------------------- 0006 us-hq -> Kitahama (English)
B0006 = """Hi Yamaguchi-san,

Thank you for signing the reseller agreement last week. Koji Nishida in our Osaka branch speaks very highly of your team, and we are delighted to welcome Kitahama Techno Service as our 14th reseller in Japan.

A few things to get you started:

1. Deal registration. Please register opportunities in the partner portal (https://partners.meridian-data.com/deals). Registered deals receive an additional 10%% off the partner price for 90 days.

2. Product one-pager. For your Japanese customers the yen price list from Osaka applies. For global accounts headquartered in the US, here is the short version of our pitch:
   - Meridian Sync carries a 99.99%% uptime SLA and is ISO 27001 and SOC 2 Type II certified.
   - Meridian Vault is $20 per TB per month, with an RPO of 15 minutes.
   - Meridian Insight (currently in beta) becomes generally available in January 2027 and is $30 per user per month.

3. Enablement. Our industry-leading partner training is free for the first two seats; additional seats are $150 each.
From April onwards the training catalogue will also be offered in Japanese, hosted by the Tokyo team.

I will be in Tokyo for the partner summit on April 14 and would love to meet you and Nishida-san in person.

Best regards,
Dana

%s
""" % SIG_DANA

CERT6 = "Meridian Sync carries a 99.99% uptime SLA and is ISO 27001 and SOC 2 Type II certified."
INS6 = "Meridian Insight (currently in beta) becomes generally available in January 2027 and is $30 per user per month."
VLT6 = "Meridian Vault is $20 per TB per month, with an RPO of 15 minutes."
M0006 = dict(
    file="0006.eml", date="2026-03-03 09:14:22 -0800", frm=DANA, to=[KITAHAMA_YAMAGUCHI], cc=[NISHIDA],
    subject="Welcome to the Meridian Partner Network - Kitahama Techno Service",
    mid="BY5PR11MB4213D6E0A9C1F2B7E84A5C3D91B6E@BY5PR11MB4213.namprd11.prod.outlook.com",
    charset="us-ascii", cte="7bit", mailer="Microsoft Outlook 16.0", body=B0006, archive=True,
    claims=[
        ("meridian-sync", "sla", 99.99, "conflict", CERT6),
        ("meridian-sync", "certifications", "ISO 27001", "ok", CERT6),
        ("meridian-sync", "certifications", "SOC 2 Type II", "ok", CERT6),
        ("meridian-vault", "price_per_tb", {"amount": 20, "currency": "USD", "per": "TB-month", "tax": None}, "ok", VLT6),
        ("meridian-vault", "rpo", {"amount": 15, "unit": "minutes"}, "ok", VLT6),
        ("meridian-insight", "general_availability", "2027-01", "ok", INS6),
        ("meridian-insight", "per_user_price", {"amount": 30, "currency": "USD", "per": "user-month", "tax": None}, "ok", INS6),
    ],
    findings=[("phrase", "en.superlative", None, "Our industry-leading partner training is free for the first two seats")],
)

# ---------------------------------------------------------------- 0007 osaka -> Kitahama: Sync outline
B0007 = """山口様

いつもお世話になっております。メリディアン・データ大阪支店の西田でございます。
先般ご相談いただきました河内化学工業株式会社様の件につき、メリディアン シンクの概要をお送りいたします。

・料金：メリディアン シンクの月額基本料金は、1テナントあたり五万円（税抜）でございます。
・ユーザー数：同製品は現在最大5,000名まで、令和8年4月1日以降は最大一万名までご利用いただけます。
・SLA：同製品の月間稼働率は99.9％を保証しております。
・容量：同製品では1ユーザーあたり1TBのストレージをご利用いただけます。

河内化学工業様は約800名でのご利用をご予定と伺っておりますので、1テナントで十分ご収容いただける見込みです。

貴社の仕切率につきましては、パートナー契約書 別紙2のとおり標準価格の75％（ブロンズランク）となります。
なお、3月末までにご発注いただける場合に限り、初年度は特別仕切率70％を適用させていただきます。

ご検討のほど、よろしくお願い申し上げます。

%s
""" % SIG_NISHIDA

USERS7 = "・ユーザー数：同製品は現在最大5,000名まで、令和8年4月1日以降は最大一万名までご利用いただけます。"
M0007 = dict(
    file="0007.eml", date="2026-03-18 14:20:51 +0900", frm=NISHIDA, to=[KITAHAMA_YAMAGUCHI], cc=[],
    subject="メリディアン シンク 概要のご案内（河内化学工業様）",
    mid="OSAPR01MB22918D0F3A6C4B2E9D17F5A3C8B04@OSAPR01MB2291.jpnprd01.prod.outlook.com",
    charset="iso-2022-jp", cte="7bit", mailer="Microsoft Outlook 16.0", body=B0007, archive=True,
    claims=[
        ("meridian-sync", "monthly_price", {"amount": 50000, "currency": "JPY", "per": "month", "tax": "excluded"}, "ok", "・料金：メリディアン シンクの月額基本料金は、1テナントあたり五万円（税抜）でございます。"),
        ("meridian-sync", "max_users", 5000, "ok", USERS7),
        ("meridian-sync", "max_users", 10000, "ok", USERS7, {"period": "2026-04-01"}),
        ("meridian-sync", "sla", 99.9, "ok", "・SLA：同製品の月間稼働率は99.9％を保証しております。"),
        ("meridian-sync", "storage_per_user", 10 ** 12, "ok", "・容量：同製品では1ユーザーあたり1TBのストレージをご利用いただけます。"),
    ])

# ---------------------------------------------------------------- 0008 tokyo -> Aobanet (Gmail, box table)
T8 = box(["項目", "内容"], [
    ["月額基本料金", "55,000円（税込）"],
    ["最大ユーザー数", "5,000ユーザー（1テナントあたり）"],
    ["ストレージ", "1ユーザーあたり 1TB"],
    ["SLA（月間稼働率）", "99.9％"],
])
T8L = T8.split("\n")
B0008 = """株式会社アオバネット
営業部　鈴木 健太 様

いつもお世話になっております。
メリディアン・データ株式会社の村上でございます。

先日お問い合わせいただきました標準価格と主な仕様を、下記にまとめました。
貴社のお見積書作成の際にご活用いただけますと幸いです。

■メリディアン シンク　標準価格・主な仕様（2026年3月25日現在）
%s

なお、4月1日以降、メリディアン シンクの最大ユーザー数は1万ユーザーに拡張されますが、価格の変更はございません。
パートナー様向けの仕切り価格（標準価格の70％）は、パートナーポータルの「価格表」メニューからご確認いただけます。

引き続きどうぞよろしくお願いいたします。

%s
""" % (T8, SIG_MURAKAMI)

M0008 = dict(
    file="0008.eml", date="2026-03-25 15:03:29 +0900", frm=MURAKAMI, to=[AOBA_SUZUKI], cc=[],
    subject="【ご案内】メリディアン シンク 標準価格・主な仕様",
    mid="CAHx7pQ2rT5vJ9wL3mK8nB4cF6dG1sA0eZ_yU2iO7pE4kR@mail.gmail.com",
    charset="utf-8", cte="base64", html="mono", html_cte="base64", body=B0008, archive=True,
    claims=[
        ("meridian-sync", "monthly_price", {"amount": 55000, "currency": "JPY", "per": "month", "tax": "included"}, "ok", T8L[3]),
        ("meridian-sync", "max_users", 5000, "ok", T8L[4]),
        ("meridian-sync", "storage_per_user", 10 ** 12, "ok", T8L[5]),
        ("meridian-sync", "sla", 99.9, "ok", T8L[6]),
        ("meridian-sync", "max_users", 10000, "ok", "なお、4月1日以降、メリディアン シンクの最大ユーザー数は1万ユーザーに拡張されますが、価格の変更はございません。", {"period": "2026-04-01"}),
    ])

# ---------------------------------------------------------------- 0009 london -> Sunrise (English)
B0009 = """Dear Tanaka-san,

Kenichi Sato kindly introduced us. I look after our partners in EMEA from the London office and will support the Marubishi Europe side of the rollout.

As discussed on Friday's call, the UK entity would be contracted and invoiced in sterling by Meridian Data Ltd. A short summary for your proposal:

- Meridian Sync is \u00a3329 per month plus VAT, and a single tenant now supports up to 10,000 users, so Marubishi's group-wide plan fits comfortably.
- Meridian Vault is \u00a316 per TB per month.
- Meridian Vault keeps backups for 30 days by default; longer retention can be added on request.
- Meridian Vault runs in our Tokyo, Osaka, Oregon and Frankfurt data centres; for UK data we would suggest Frankfurt.

On the Japanese side nothing changes: Sato-san's quotation in yen stands for the parent company.

If it helps, we could run a 30-day risk-free pilot for the London office before the group contract is signed.

Kind regards,
Oliver

--
%s
""" % SIG_OLIVER

S9 = "Meridian Sync is \u00a3329 per month plus VAT, and a single tenant now supports up to 10,000 users, so Marubishi's group-wide plan fits comfortably."
DC9 = "Meridian Vault runs in our Tokyo, Osaka, Oregon and Frankfurt data centres; for UK data we would suggest Frankfurt."
RET9 = "Meridian Vault keeps backups for 30 days by default; longer retention can be added on request."
M0009 = dict(
    file="0009.eml", date="2026-04-14 17:05:48 +0100", frm=OLIVER, to=[SUNRISE_TANAKA], cc=[SATO],
    subject="Marubishi Europe - Meridian Sync & Vault pricing for the UK entity",
    mid="LO2P265MB5106A3E8C4D1B9F2A67E05D3B8C91@LO2P265MB5106.GBRP265.PROD.OUTLOOK.COM",
    charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0", body=B0009, archive=True,
    claims=[
        ("meridian-sync", "monthly_price", {"amount": 329, "currency": "GBP", "per": "month", "tax": "excluded"}, "ok", S9),
        ("meridian-sync", "max_users", 10000, "ok", S9),
        ("meridian-vault", "price_per_tb", {"amount": 16, "currency": "GBP", "per": "TB-month", "tax": None}, "ok", "Meridian Vault is \u00a316 per TB per month."),
        ("meridian-vault", "retention", {"amount": 30, "unit": "days"}, "conflict", RET9),
        ("meridian-vault", "data_centers", "Tokyo", "ok", DC9),
        ("meridian-vault", "data_centers", "Osaka", "ok", DC9),
        ("meridian-vault", "data_centers", "Oregon", "ok", DC9),
        ("meridian-vault", "data_centers", "Frankfurt", "ok", DC9),
    ],
    findings=[("phrase", "en.guarantee", None, "we could run a 30-day risk-free pilot for the London office")],
)

# ---------------------------------------------------------------- 0010 Sunrise -> london: Gmail interleaved reply
B0010 = """Dear Oliver-san,

Thank you very much for your kind e-mail, and nice to meet you.
I answer inline below.

On Tue, 14 Apr 2026 at 17:05, Oliver Hartley <oliver.hartley@uk.meridian-data.com> wrote:
> - Meridian Sync is \u00a3329 per month plus VAT, and a single tenant now supports up to 10,000 users, so Marubishi's group-wide plan fits comfortably.

Understood. Marubishi group has about 6,200 users in total including Europe, so one tenant is OK.

> - Meridian Vault keeps backups for 30 days by default; longer retention can be added on request.

This point is a little different from our understanding. Sato-san explained to us in January that Meridian Vault retains backups for 90 days as standard.
Could you kindly check with the Tokyo office?

> On the Japanese side nothing changes: Sato-san's quotation in yen stands for the parent company.

Thank you, this is clear for us.

Best regards,
Makoto Tanaka

%s
""" % SIG_TANAKA

M0010 = dict(
    file="0010.eml", date="2026-04-20 10:22:15 +0900", frm=SUNRISE_TANAKA, to=[OLIVER], cc=[SATO],
    subject="Re: Marubishi Europe - Meridian Sync & Vault pricing for the UK entity",
    mid="CAOq3mN7vX2bR8kT5wJ4hL9cF1dS6gA3eY_zP0uI8oW2nQ@mail.gmail.com",
    irt=M0009["mid"], charset="utf-8", cte="quoted-printable", body=B0010, archive=True,
    claims=[
        ("meridian-sync", "monthly_price", {"amount": 329, "currency": "GBP", "per": "month", "tax": "excluded"}, "ok", "> - " + S9, {"quoted": "london"}),
        ("meridian-sync", "max_users", 10000, "ok", "> - " + S9, {"quoted": "london"}),
        ("meridian-vault", "retention", {"amount": 30, "unit": "days"}, "conflict", "> - " + RET9, {"quoted": "london"}),
        ("meridian-vault", "retention", {"amount": 90, "unit": "days"}, "ok", "Sato-san explained to us in January that Meridian Vault retains backups for 90 days as standard."),
    ])

# ---------------------------------------------------------------- 0011 tokyo -> Sunrise: correction + confirmed quote
T11 = box(["品名", "数量", "標準単価（月額）", "仕切後金額（12か月）"], [
    ["メリディアン シンク　基本料金（1テナント）", "１契約", "５０，０００円", "４２０，０００円"],
    ["メリディアン ボールト　従量課金（1TBあたり）", "２５TB", "２，８００円", "５８８，０００円"],
    None,
    ["合計（税抜）", "", "", "１，００８，０００円"],
], aligns=["l", "r", "r", "r"])
T11L = T11.split("\n")
B0011 = """田中様
（cc：ロンドン Hartley様）

いつも大変お世話になっております。メリディアン・データの佐藤でございます。
ロンドンのHartleyからご案内いたしました内容につき、確認が取れましたのでご連絡申し上げます。

メリディアン ボールトの標準のバックアップ保持期間は90日間でございます。
ロンドンからのご案内に誤りがございましたこと、弊社を代表して深くお詫び申し上げます。Hartleyにも共有済みでございます。
なお、保持期間の延長をご希望の場合は、個別にお見積りさせていただきます。

あわせて、丸菱商事様（国内）のご契約内容を下記にて確定させていただきたく存じます。

（令和8年5月1日契約開始・12か月／金額はすべて税抜）
%s

メリディアン シンクは本年4月の仕様改定により、1テナントあたり最大1万ユーザーとなっております。
グループ全体の約6,200名様も、単一テナントにてご収容いただけます。

ご確認のうえ、注文書をお送りいただけますと幸いです。
何卒よろしくお願い申し上げます。

%s
""" % (T11, SIG_SATO)

M0011 = dict(
    file="0011.eml", date="2026-04-28 18:47:33 +0900", frm=SATO, to=[SUNRISE_TANAKA], cc=[OLIVER],
    subject="RE: Marubishi Europe - Meridian Sync & Vault pricing for the UK entity／保持期間の件",
    mid="TYCPR01MB84235E2D7A0C9F1B3E6D48A2C7F05@TYCPR01MB8423.jpnprd01.prod.outlook.com",
    irt=M0010["mid"], refs=[M0009["mid"], M0010["mid"]],
    charset="iso-2022-jp", cte="7bit", mailer="Microsoft Outlook 16.0", body=B0011, archive=True,
    claims=[
        ("meridian-vault", "retention", {"amount": 90, "unit": "days"}, "ok", "メリディアン ボールトの標準のバックアップ保持期間は90日間でございます。"),
        ("meridian-sync", "monthly_price", {"amount": 50000, "currency": "JPY", "per": "month", "tax": "excluded"}, "ok", T11L[3]),
        ("meridian-vault", "price_per_tb", {"amount": 2800, "currency": "JPY", "per": "TB-month", "tax": "excluded"}, "ok", T11L[4]),
        ("meridian-sync", "max_users", 10000, "ok", "メリディアン シンクは本年4月の仕様改定により、1テナントあたり最大1万ユーザーとなっております。"),
    ])

MESSAGES_A = [M0001, M0002, M0003, M0004, M0005, M0006, M0007, M0008, M0009, M0010, M0011]
