"""The messages, documents and their labels for set 27 (read by generate.py)."""

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12


def jpy(amount, per, tax):
    return {"amount": amount, "currency": "JPY", "per": per, "tax": tax}


def usd(amount, per):
    return {"amount": amount, "currency": "USD", "per": per, "tax": None}


def gbp(amount, per):
    return {"amount": amount, "currency": "GBP", "per": per, "tax": None}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


def t(text, **kw):
    return dict(kw, text=text)


# ---------------------------------------------------------------- people
SASAKI = ("佐々木 直美", "n.sasaki@jp.meridian-data.com")
TAKAHASHI = ("高橋 健一", "k.takahashi@jp.meridian-data.com")
MORI = ("森 由紀", "y.mori@jp.meridian-data.com")
NISHIMURA = ("西村 拓也", "t.nishimura@osaka.jp.meridian-data.com")
OKADA = ("岡田 真理", "m.okada@osaka.jp.meridian-data.com")
REYES = ("Daniel Reyes", "d.reyes@meridian-data.com")
MURAKAMI = ("村上 健太", "k.murakami@hokuto-logi.co.jp")
NAKAJIMA = ("中島 亮介", "r.nakajima@kansai-seiko.co.jp")
ISHII = ("石井 沙織", "s.ishii@marufuku-foods.co.jp")
SAKAMOTO = ("坂本 浩二", "k.sakamoto@marufuku-foods.co.jp")
KOBAYASHI = ("小林 智也", "t-kobayashi@setouchi-techno.co.jp")
KINOSHITA = ("木下 誠", "m.kinoshita@aspire-sys.co.jp")
WATANABE = ("Ken Watanabe", "k.watanabe@marufuku-usa.com")

OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
BECKY = ("X-Mailer", "Becky! ver. 2.81.04 [ja]")
TBIRD = ("User-Agent", "Mozilla Thunderbird")
ACTIVE = ("X-Mailer", "Active! mail")
APPLE = ("X-Mailer", "Apple Mail (2.3774.600.62)")

SIG_SASAKI = """\
━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社
東京支店　営業本部 第二営業部
佐々木 直美（Naomi Sasaki）
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL：03-5219-4410　FAX：03-5219-4411
携帯：090-3381-2274
Mail：n.sasaki@jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_TAKAHASHI = """\
--
高橋 健一
メリディアン・データ株式会社 東京支店
営業本部 第一営業部 マネージャー
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL 03-5219-4432 / FAX 03-5219-4411
k.takahashi@jp.meridian-data.com"""

SIG_MORI = """\
-- 
森 由紀（Yuki Mori）
メリディアン・データ株式会社 東京支店 ソリューション営業部
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL 03-5219-4425 / 携帯 080-4471-9026"""

SIG_NISHIMURA = """\
――――――――――――――――――――――
メリディアン・データ株式会社　大阪支店
営業部　西村 拓也（にしむら たくや）
〒530-0001 大阪府大阪市北区梅田3-3-10 梅田ダイビル14階
TEL 06-6345-1200（代表）／FAX 06-6345-1201
E-mail: t.nishimura@osaka.jp.meridian-data.com
――――――――――――――――――――――"""

SIG_OKADA = """\
*-------------------------------------------*
 メリディアン・データ㈱ 大阪支店 営業部
 岡田 真理（Mari Okada）
 〒530-0001 大阪市北区梅田3-3-10 梅田ダイビル14F
 TEL：06-6345-1214　FAX：06-6345-1201
 m.okada@osaka.jp.meridian-data.com
*-------------------------------------------*"""

SIG_NAKAJIMA = """\
**************************************
関西精工株式会社 総務部 情報システム課
中島 亮介
〒577-0011 大阪府東大阪市荒本北1-4-17
TEL:06-6784-2210 FAX:06-6784-2219
**************************************"""


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body><div style=\"font-family:'Meiryo UI',sans-serif;font-size:10.5pt\">\n"
            + "<br>\n".join(esc.split("\n")) + "\n</div></body></html>\n")


# ================================================================ 0001
B0001 = """\
株式会社北斗物流
情報システム部　村上 様

いつもお世話になっております。
メリディアン・データ株式会社の佐々木でございます。

先日はお忙しいところ、お打ち合わせのお時間をいただき
誠にありがとうございました。
ご質問いただいた点につき、下記のとおりご回答申し上げます。

① ご利用人数について
メリディアン・シンクは現在、1テナントあたり最大五千ユーザーまでご利用いただけます。
なお、令和8年4月1日以降は同製品の上限が一万ユーザーに引き上げられる予定です。
御社の全社展開（約3,200名）にも問題なく対応できる見込みです。

② 料金について
同製品の月額料金は５万円（税抜）、税込では５万５千円でございます。
ご契約は年単位となり、お支払いは年額一括・月払いのいずれかをお選びいただけます。

③ ストレージ容量について
メリディアン・シンクでは1ユーザーあたり１ＴＢのストレージが付与されます。

次回のお打ち合わせは、1月28日（水）14時～15時を候補とさせていただければ幸いです。
ご都合をお聞かせくださいませ。

引き続きよろしくお願い申し上げます。

""" + SIG_SASAKI + "\n"

C0001 = [
    (S, "max_users", 5000, "ok", t("メリディアン・シンクは現在、1テナントあたり最大五千ユーザーまでご利用いただけます。")),
    (S, "max_users", 10000, "ok", t("令和8年4月1日以降は同製品の上限が一万ユーザーに引き上げられる予定です。")),
    (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", t("同製品の月額料金は５万円（税抜）、税込では５万５千円でございます。")),
    (S, "monthly_price", jpy(55000, "month", "included"), "ok", t("同製品の月額料金は５万円（税抜）、税込では５万５千円でございます。")),
    (S, "storage_per_user", 1 * TB, "ok", t("メリディアン・シンクでは1ユーザーあたり１ＴＢのストレージが付与されます。")),
]

# ================================================================ 0002
B0002_TOP = """\
佐々木様

お世話になっております。北斗物流の村上です。
ご丁寧にご回答いただきありがとうございました。

社内で検討したところ、以下2点を追加で確認させてください。

・4月以降の1万ユーザーへの拡張は、追加費用なしで適用されますでしょうか。
・弊社要件としては、ファイルの保存期間は最低でも3年、ご利用者は2,500名以上を想定しております。

1月28日（水）14時からで問題ございません。
当日は弊社9階 第2会議室にお越しください。

よろしくお願いいたします。

--
株式会社北斗物流
情報システム部 システム企画課
村上 健太
〒135-0064 東京都江東区青海2-7-4 the SOHO 9F
TEL: 03-6457-3310（直通）
https://www.hokuto-logi.co.jp/
"""
Q0002_HDR = "2026年1月20日(火) 10:15 佐々木 直美 <n.sasaki@jp.meridian-data.com>:"
B0002 = B0002_TOP + "\n" + Q0002_HDR + "\n\n" + quote_gt(B0001.rstrip("\n")) + "\n"


def gmail_html(top, hdr, quoted):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    top_html = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in top.rstrip("\n").split("\n"))
    q_html = "<br>\n".join(esc(l) for l in quoted.rstrip("\n").split("\n"))
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s<br>\n</blockquote></div>\n' % (top_html, esc(hdr), q_html))


Q = dict(quoted=True)
C0002 = [(p, a, v, vd, dict(o, quoted=True, office="tokyo")) for p, a, v, vd, o in C0001]

# ================================================================ 0003
B0003 = """\
関西精工㈱
総務部 情報システム課
中島 様

平素より大変お世話になっております。
メリディアン・データ大阪支店の西村でございます。

先日ご依頼いただきましたバックアップ基盤およびファイル共有基盤の件、
貴社ご利用予定の約450名様を前提として、弊社からのご提案概要を下記にまとめました。
ご査収のほどよろしくお願いいたします。

【メリディアン・ボールト】
■RPO（目標復旧時点）：約15分
■バックアップ保持期間：標準90日間
■容量単価：1TBにつき月額2,800円（税別）
■データセンター：東京・大阪の国内2拠点

【メリディアン・シンク】
■ご利用可能人数：最大１０，０００名（令和8年4月1日～）
■稼働率（SLA）：99.9％
■月額料金：５０，０００円（税別）

――――――――――――――――
※お見積書は2月末までに別途お送りいたします。
※ご不明な点がございましたら、お気軽に西村までご連絡ください。

引き続きよろしくお願い申し上げます。

""" + SIG_NISHIMURA + "\n"

C0003 = [
    (V, "rpo", dur(15, "minutes"), "ok", t("■RPO（目標復旧時点）：約15分")),
    (V, "retention", dur(90, "days"), "ok", t("■バックアップ保持期間：標準90日間")),
    (V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", t("■容量単価：1TBにつき月額2,800円（税別）")),
    (V, "data_centers", "Tokyo", "ok", t("■データセンター：東京・大阪の国内2拠点")),
    (V, "data_centers", "Osaka", "ok", t("■データセンター：東京・大阪の国内2拠点")),
    (S, "max_users", 10000, "ok", t("■ご利用可能人数：最大１０，０００名（令和8年4月1日～）")),
    (S, "sla", 99.9, "ok", t("■稼働率（SLA）：99.9％")),
    (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", t("■月額料金：５０，０００円（税別）")),
]

# ================================================================ 0004
B0004 = """\
丸福食品株式会社
経営企画部 データ活用推進室
石井 様

いつもお世話になっております。
メリディアン・データの高橋です。

昨日のお電話でお話しした分析基盤の件、概要をお送りします。

メリディアン インサイトは現在ベータ版として一部のお客様にご提供しており、
一般提供は令和9年1月を予定しております。
料金はユーザー課金制で、同製品のユーザー単価は月額四千円（税抜）です。
また、同製品には30日間の無料トライアルもございますので、まずは経営企画部の皆さまで
お使いいただくのがよいかと存じます。

性能面では、メリディアン インサイトのクエリ応答時間は1億行規模のデータでも2秒程度です。
同製品では、ダッシュボードを1ワークスペースあたり最大200個まで作成いただけます。

スケジュールとしては、2026年度上期中に小規模に検証し、
下期からの本格導入というイメージでいかがでしょうか。
来週中に改めてお電話いたします。

""" + SIG_TAKAHASHI + "\n"

C0004 = [
    (I, "general_availability", "2027-01", "ok", t("一般提供は令和9年1月を予定しております。")),
    (I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", t("同製品のユーザー単価は月額四千円（税抜）です。")),
    (I, "free_trial", dur(30, "days"), "ok", t("また、同製品には30日間の無料トライアルもございますので")),
    (I, "query_latency", dur(2, "seconds"), "ok", t("メリディアン インサイトのクエリ応答時間は1億行規模のデータでも2秒程度です。")),
    (I, "max_dashboards", 200, "ok", t("同製品では、ダッシュボードを1ワークスペースあたり最大200個まで作成いただけます。")),
]

# ================================================================ 0005
B0005 = """\
瀬戸内テクノ株式会社
管理本部 システム課
小林 様

お世話になっております。
メリディアン・データ大阪支店の岡田です。

先日ご依頼のありました、メリディアン・シンク（旧称：メリディアン・ファイルシンク）の
製品概要を以下にお送りいたします。

【メリディアン・シンク　製品概要】
●ご利用人数：最大１万ユーザーまでご利用いただけます
●稼働率：月間99.9％以上（SLA）
●ストレージ：1ユーザーあたり1,000GB
●対応端末：Windows／Mac／iPhone・iPad／Android

【キャンペーンのご案内】
3月31日（火）までにお申込みいただいた場合、初期設定費用（通常150,000円）を
無償とさせていただきます。

ご検討のほど、よろしくお願いいたします。

""" + SIG_OKADA + "\n"

C0005 = [
    (S, "max_users", 10000, "stale", t("●ご利用人数：最大１万ユーザーまでご利用いただけます")),
    (S, "sla", 99.9, "ok", t("●稼働率：月間99.9％以上（SLA）")),
    (S, "storage_per_user", 1 * TB, "ok", t("●ストレージ：1ユーザーあたり1,000GB")),
    (S, "supported_platforms", "Windows", "ok", t("●対応端末：Windows／Mac／iPhone・iPad／Android")),
    (S, "supported_platforms", "macOS", "ok", t("●対応端末：Windows／Mac／iPhone・iPad／Android")),
    (S, "supported_platforms", "iOS", "ok", t("●対応端末：Windows／Mac／iPhone・iPad／Android")),
    (S, "supported_platforms", "Android", "ok", t("●対応端末：Windows／Mac／iPhone・iPad／Android")),
]
F0005 = [{"kind": "terminology", "product": S, "text": "メリディアン・シンク（旧称：メリディアン・ファイルシンク）の"}]

# ================================================================ 0006
B0006 = """\
株式会社北斗物流
情報システム部　村上 様

お世話になっております。メリディアン・データの佐々木です。

先日のお打ち合わせでご依頼いただきました、メリディアン・シンクの
お見積りを下記のとおりお送りいたします。
ご確認のほど、よろしくお願い申し上げます。

　　　　　　　　　　　　　　　記

１．件名　　　：メリディアン・シンク 年間ご利用料金
２．契約期間　：令和8年4月1日～令和9年3月31日（12か月）
３．お見積金額（※金額はすべて税抜表示です）

┌────────────────┬────┬──────┬──────┐
│品目　　　　　　　　　　　　　　│数量　　│単価　　　　│金額　　　　│
├────────────────┼────┼──────┼──────┤
│メリディアン・シンク　月額基本料金│12か月　│　50,000円　│ 600,000円　│
│初期導入支援サービス　　　　　　│1式　　 │ 300,000円　│ 300,000円　│
├────────────────┴────┴──────┼──────┤
│合計（税抜）　　　　　　　　　　　　　　　　　　　　　　│ 900,000円　│
│消費税（10％）　　　　　　　　　　　　　　　　　　　　　│　90,000円　│
│合計（税込）　　　　　　　　　　　　　　　　　　　　　　│ 990,000円　│
└───────────────────────────┴──────┘

４．お支払条件：月末締め翌月末払い
５．見積有効期限：令和8年4月30日

　　　　　　　　　　　　　　　　　　　　　　　　　　　以上

なお、メリディアン・シンクは4月1日以降、最大1万ユーザーまでご利用いただけます。
御社の全社展開にも十分対応できる見込みです。
また、初年度の基本料金につきましては10％のお値引きを社内で調整中です。
確定額は来月初めにご連絡いたします。

""" + SIG_SASAKI + "\n"

C0006 = [
    (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", t("│メリディアン・シンク　月額基本料金│12か月　│　50,000円　│ 600,000円　│")),
    (S, "max_users", 10000, "ok", t("なお、メリディアン・シンクは4月1日以降、最大1万ユーザーまでご利用いただけます。")),
]

# ================================================================ 0007
B0007_ORIG = """\
西村様

お世話になっております。関西精工の中島です。

メリディアン・シンクは何名まで利用できますでしょうか。
また、他社の販売店様からは、メリディアン・シンクはLinuxでも利用可能と伺っております。
弊社の設計部門ではLinux端末を使っているため、念のため確認させてください。

よろしくお願いいたします。

""" + SIG_NAKAJIMA

B0007 = """\
中島様

お世話になっております。大阪支店の西村です。
お問い合わせの件、ご回答いたします。

メリディアン・シンクの利用者数の上限は、1テナントあたり五千名となっております。
貴社の現在のご利用規模（約450名）であれば、上限を気にされる必要はございません。

なお、同製品はLinuxには対応しておりません。
同製品のクライアントはWindows・Mac・iOS・Android向けにご用意しております。
設計部門の皆さまには、Windows端末からのご利用をお勧めいたします。

よろしくお願いいたします。

""" + SIG_NISHIMURA + """

-----元のメッセージ-----
差出人: 中島 亮介 <r.nakajima@kansai-seiko.co.jp>
送信日時: 2026年4月7日 17:42
宛先: 西村 拓也 <t.nishimura@osaka.jp.meridian-data.com>
件名: メリディアン・シンクの利用人数について

""" + B0007_ORIG + "\n"

C0007 = [
    (S, "max_users", 5000, "stale", t("メリディアン・シンクの利用者数の上限は、1テナントあたり五千名となっております。")),
    (S, "supported_platforms", "Windows", "ok", t("同製品のクライアントはWindows・Mac・iOS・Android向けにご用意しております。")),
    (S, "supported_platforms", "macOS", "ok", t("同製品のクライアントはWindows・Mac・iOS・Android向けにご用意しております。")),
    (S, "supported_platforms", "iOS", "ok", t("同製品のクライアントはWindows・Mac・iOS・Android向けにご用意しております。")),
    (S, "supported_platforms", "Android", "ok", t("同製品のクライアントはWindows・Mac・iOS・Android向けにご用意しております。")),
    (S, "supported_platforms", "Linux", "conflict", t("また、他社の販売店様からは、メリディアン・シンクはLinuxでも利用可能と伺っております。",
                                                       quoted=True, office="unknown")),
]

# ================================================================ 0008
B0008 = """\
丸福食品株式会社
情報システム部
坂本 様

いつも大変お世話になっております。
メリディアン・データ東京支店の森でございます。

先週お伺いしたバックアップ基盤更改の件につきまして、
メリディアン・ボールトの主な仕様を以下にまとめました。

【メリディアン・ボールト 主要仕様】
・RPO：5分〜15分（バックアップ間隔の設定により異なります）
・標準保持期間：３か月（延長オプションあり）
・容量上限：1テナントあたり最大0.5PB
・暗号化：AES-256による保存時暗号化
・料金：1TBあたり月額2,800円（税抜）／税込3,080円

【概算費用】
現行環境のバックアップ対象は約38TBと伺っておりますので、
月額ではおよそ10万6千円（税抜）となる見込みです。
正式なお見積書は4月末までにお送りいたします。

【ランサムウェア対策について】
バックアップデータは改ざんできない形式で保管されますので、
データが失われることは絶対にありません。

ご不明な点がございましたら、お気軽にお申し付けください。

""" + SIG_MORI + "\n"

C0008 = [
    (V, "rpo", {"min": 5, "max": 15, "unit": "minutes"}, "ok", t("・RPO：5分〜15分（バックアップ間隔の設定により異なります）")),
    (V, "retention", dur(3, "months"), "ok", t("・標準保持期間：３か月（延長オプションあり）")),
    (V, "max_storage", 500 * TB, "ok", t("・容量上限：1テナントあたり最大0.5PB")),
    (V, "encryption", "AES-256", "ok", t("・暗号化：AES-256による保存時暗号化")),
    (V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", t("・料金：1TBあたり月額2,800円（税抜）／税込3,080円")),
    (V, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", t("・料金：1TBあたり月額2,800円（税抜）／税込3,080円")),
]
F0008 = [{"kind": "phrase", "rule": "ja.absolute", "text": "データが失われることは絶対にありません。"}]

# ================================================================ 0009
B0009 = """\
瀬戸内テクノ株式会社
管理本部 システム課
小林 様

お世話になっております。メリディアン・データ大阪支店の岡田です。
先日はショールームまでお越しいただき、ありがとうございました。

ご質問のあったメリディアン・ボールトの費用ですが、1TBあたり月額3千円（税別）となります。
御社のバックアップ容量（約12TB）ですと、月額36,000円（税別）の見込みです。
また、同製品のデータセンターは東京・大阪・シンガポールの3拠点からお選びいただけます。

先日お問い合わせのシンクの容量（1ユーザーあたり1TB）につきましては、
別途資料をお送りいたしますので、少々お待ちください。

""" + SIG_OKADA + "\n"

C0009 = [
    (V, "price_per_tb", jpy(3000, "TB-month", "excluded"), "conflict", t("ご質問のあったメリディアン・ボールトの費用ですが、1TBあたり月額3千円（税別）となります。")),
    (V, "data_centers", "Tokyo", "ok", t("また、同製品のデータセンターは東京・大阪・シンガポールの3拠点からお選びいただけます。")),
    (V, "data_centers", "Osaka", "ok", t("また、同製品のデータセンターは東京・大阪・シンガポールの3拠点からお選びいただけます。")),
    (V, "data_centers", "Singapore", "conflict", t("また、同製品のデータセンターは東京・大阪・シンガポールの3拠点からお選びいただけます。")),
]

# ================================================================ 0010
B0010 = """\
石井様

お世話になっております。メリディアン・データの高橋です。
先日のデモではお時間をいただき、ありがとうございました。

ご質問いただいた3点について回答いたします。

1. 正式版の提供時期
　メリディアン インサイトの一般提供開始は2027年1月を予定しております。
　ベータ期間中に作成いただいたダッシュボードは、そのまま正式版に引き継がれます。

2. 料金
　同製品の料金は1ユーザーあたり月額4,400円（税込）です。
　なお、御社の米国子会社様でご契約される場合、同製品は米国本社の価格表に基づき
　1ユーザーあたり月額30ドルとなります。

3. ダッシュボード数の上限
　同製品のダッシュボード数の上限は、1ワークスペースあたり200です。

ちなみに、メリディアン インサイトは北米の中堅企業向けBI市場で導入社数No.1※を獲得しております。
※2026年3月 Halden Research調べ（北米中堅企業向けBIツールの導入社数）

引き続きよろしくお願いいたします。

""" + SIG_TAKAHASHI + "\n"

C0010 = [
    (I, "general_availability", "2027-01", "ok", t("メリディアン インサイトの一般提供開始は2027年1月を予定しております。")),
    (I, "per_user_price", jpy(4400, "user-month", "included"), "ok", t("同製品の料金は1ユーザーあたり月額4,400円（税込）です。")),
    (I, "per_user_price", usd(30, "user-month"), "office-variant", t("1ユーザーあたり月額30ドルとなります。")),
    (I, "max_dashboards", 200, "ok", t("同製品のダッシュボード数の上限は、1ワークスペースあたり200です。")),
]

# ================================================================ 0011
B0011 = """\
中島様

いつもお世話になっております。メリディアン・データ大阪支店の西村です。
先日お話に出ました分析ツールについて、ご案内いたします。

■メリディアン・インサイトとは
社内の各種データを集約し、ダッシュボードで可視化するクラウドBIサービスです。

■提供時期
メリディアン・インサイトは、今年10月（令和8年10月）に正式リリースの予定です。

■無料トライアル
同製品は正式リリース前でも、２週間の無料トライアルをご利用いただけます。

■性能
同製品のクエリ応答時間は、データ量にもよりますが1～3秒程度です。

ご興味がございましたら、6月上旬にデモのお時間をいただけますと幸いです。

""" + SIG_NISHIMURA + "\n"

C0011 = [
    (I, "general_availability", "2026-10", "conflict", t("メリディアン・インサイトは、今年10月（令和8年10月）に正式リリースの予定です。")),
    (I, "free_trial", dur(2, "weeks"), "conflict", t("同製品は正式リリース前でも、２週間の無料トライアルをご利用いただけます。")),
    (I, "query_latency", {"min": 1, "max": 3, "unit": "seconds"}, "conflict", t("同製品のクエリ応答時間は、データ量にもよりますが1～3秒程度です。")),
]

# ================================================================ 0012
B0012 = """\
西村様

お世話になっております。関西精工の中島です。
ご案内ありがとうございます。

一点確認させてください。
先日、東京支店の高橋様が弊社グループの丸福食品様にご説明された際には、
メリディアン・インサイトの一般提供は2027年1月と伺っております。
どちらの時期が正しいのでしょうか。

また、トライアルは6月中旬から開始したいと考えております。

よろしくお願いいたします。

""" + SIG_NAKAJIMA + """

-----元のメッセージ-----
差出人: 西村 拓也 <t.nishimura@osaka.jp.meridian-data.com>
送信日時: 2026年5月20日 11:04
宛先: 中島 亮介 <r.nakajima@kansai-seiko.co.jp>
件名: メリディアン・インサイトのご案内

""" + B0011

C0012 = [
    (I, "general_availability", "2027-01", "ok", t("メリディアン・インサイトの一般提供は2027年1月と伺っております。", office="unknown")),
] + [(p, a, v, vd, dict(o, quoted=True, office="osaka")) for p, a, v, vd, o in C0011]

# ================================================================ 0013
B0013 = """\
中島様

お世話になっております。大阪支店の西村です。
先日のご案内に誤りがございました。大変申し訳ございません。
以下のとおり訂正させていただきます。

【メリディアン・インサイト　訂正箇所】
・一般提供開始時期：（誤）令和8年10月　→　（正）令和9年1月
・無料トライアル期間：（誤）2週間　→　（正）30日間
・クエリ応答時間：（誤）1～3秒程度　→　（正）最大2秒

東京支店の高橋からご説明した内容が正しい情報となります。
社内での情報共有が不十分であったこと、重ねてお詫び申し上げます。

ご利用開始日は6月15日（月）で手配いたします。
アカウント発行の準備が整いましたら、改めてご連絡いたします。

""" + SIG_NISHIMURA + "\n"

C0013 = [
    (I, "general_availability", "2027-01", "ok", t("・一般提供開始時期：（誤）令和8年10月　→　（正）令和9年1月")),
    (I, "free_trial", dur(30, "days"), "ok", t("・無料トライアル期間：（誤）2週間　→　（正）30日間")),
    (I, "query_latency", dur(2, "seconds"), "ok", t("・クエリ応答時間：（誤）1～3秒程度　→　（正）最大2秒")),
]

# ================================================================ 0014
B0014 = """\
坂本様

お世話になっております。メリディアン・データ東京支店の森です。

英国子会社様のバックアップについて、弊社ロンドン支店の担当者から
ご案内が届きましたので、転送いたします。

なお、日本国内でご契約いただく場合のメリディアン・ボールトの料金は、1TBあたり月額2,800円（税抜）です。
英国でのご契約はポンド建てとなりますのでご注意ください。

ご不明点がございましたらお知らせください。

""" + SIG_MORI + """

-------- 転送メッセージ --------
件名: 	Meridian Vault for Marufuku Foods UK
日付: 	Wed, 24 Jun 2026 16:32:10 +0100
差出人: 	Oliver Bennett <o.bennett@uk.meridian-data.com>
宛先: 	Edward Hale <e.hale@marufuku-foods.co.uk>
CC: 	森 由紀 <y.mori@jp.meridian-data.com>


Dear Edward,

Thank you for your time on the call this morning. As promised, here is a
short summary of Meridian Vault for the Birmingham site.

- Pricing: Meridian Vault is £16 per TB per month, billed quarterly.
- Recovery: Meridian Vault gives you an RPO of 15 minutes.
- Hosting: your backups would sit in our London and Frankfurt data centres.
- Your current footprint is roughly 6 TB, so you would be looking at
  around £96 a month before any volume discount.

We also back every Vault tenant with industry-leading encryption at rest.

Kind regards,
Oliver

Oliver Bennett
Account Executive, Meridian Data UK Ltd
2 Finsbury Avenue, London EC2M 2PP
Tel +44 20 7946 0321 | Mob +44 7700 900 418
Registered in England and Wales, company number 10482276
"""

LQ = dict(quoted=True, office="london")
C0014 = [
    (V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", t("なお、日本国内でご契約いただく場合のメリディアン・ボールトの料金は、1TBあたり月額2,800円（税抜）です。")),
    (V, "price_per_tb", gbp(16, "TB-month"), "ok", t("- Pricing: Meridian Vault is £16 per TB per month, billed quarterly.", **LQ)),
    (V, "rpo", dur(15, "minutes"), "ok", t("- Recovery: Meridian Vault gives you an RPO of 15 minutes.", **LQ)),
    (V, "data_centers", "London", "conflict", t("- Hosting: your backups would sit in our London and Frankfurt data centres.", **LQ)),
    (V, "data_centers", "Frankfurt", "ok", t("- Hosting: your backups would sit in our London and Frankfurt data centres.", **LQ)),
]
F0014 = [{"kind": "phrase", "rule": "en.superlative", "quoted": True,
          "text": "We also back every Vault tenant with industry-leading encryption at rest."}]

# ================================================================ 0015
B0015 = """\
メリディアン・データ株式会社
佐々木様

いつもお世話になっております。
アスパイアシステムズの木下です。

北斗物流様の件でご相談です。
先方では来年4月以降、グループ会社を含めて最大で約1.5万名まで利用を拡大する計画があるそうです。
弊社では、メリディアン シンクは1テナントあたり最大3万ユーザーまで拡張できると理解しております。
この認識で相違ないか、ご確認いただけますでしょうか。

また、旧Meridian FileSyncからの移行ユーザーについて、データ移行の手順書があれば
共有いただけますと助かります。

7月末の先方定例（7/29 15:00～）までにご回答いただけますと幸いです。
よろしくお願いいたします。

─────────────────────
株式会社アスパイアシステムズ
第一営業本部 パートナー営業部
木下 誠
〒150-0002 東京都渋谷区渋谷3-12-18 渋谷南東急ビル7F
TEL：03-5468-7720　FAX：03-5468-7721
Meridian Data 認定パートナー（登録番号：MDP-JP-00417）
─────────────────────
"""

C0015 = [
    (S, "max_users", 30000, "conflict", t("弊社では、メリディアン シンクは1テナントあたり最大3万ユーザーまで拡張できると理解しております。")),
]
F0015 = [{"kind": "terminology", "product": S, "text": "また、旧Meridian FileSyncからの移行ユーザーについて、データ移行の手順書があれば"}]

# ================================================================ 0016
B0016 = """\
木下様

お世話になっております。メリディアン・データの佐々木です。
ご連絡ありがとうございます。インラインでご回答いたします。

2026年7月9日(木) 18:22 木下 誠 <m.kinoshita@aspire-sys.co.jp>:
> 先方では来年4月以降、グループ会社を含めて最大で約1.5万名まで利用を拡大する計画があるそうです。
> 弊社では、メリディアン シンクは1テナントあたり最大3万ユーザーまで拡張できると理解しております。
> この認識で相違ないか、ご確認いただけますでしょうか。

恐れ入りますが、メリディアン シンクの上限は1テナントあたり最大１０，０００ユーザーとなります。
なお、令和8年3月末までは同製品の上限は五千ユーザーでしたので、古い資料をご覧になっている可能性がございます。
約1.5万名でのご利用となる場合は、テナントを2つに分けてご契約いただく構成をご提案いたします。

また、先方の情報セキュリティ部門向けに補足いたしますと、メリディアン シンクはISO/IEC 27001およびSOC 2 Type IIの認証を取得しておりますが、ISMAPには登録しておりません。

> データ移行の手順書があれば共有いただけますと助かります。

移行手順書は以下からダウンロードいただけます。
https://support.meridian-data.com/ja/MeridianFileSync/migration-guide.pdf

> 7月末の先方定例（7/29 15:00～）までにご回答いただけますと幸いです。

承知いたしました。7/29の定例には私も同席いたします。

""" + SIG_SASAKI + "\n"

C0016 = [
    (S, "max_users", 30000, "conflict", t("弊社では、メリディアン シンクは1テナントあたり最大3万ユーザーまで拡張できると理解しております。",
                                          quoted=True, office="unknown")),
    (S, "max_users", 10000, "ok", t("恐れ入りますが、メリディアン シンクの上限は1テナントあたり最大１０，０００ユーザーとなります。")),
    (S, "max_users", 5000, "ok", t("なお、令和8年3月末までは同製品の上限は五千ユーザーでしたので")),
    (S, "certifications", "ISO 27001", "ok", t("メリディアン シンクはISO/IEC 27001およびSOC 2 Type IIの認証を取得しておりますが、ISMAPには登録しておりません。")),
    (S, "certifications", "SOC 2 Type II", "ok", t("メリディアン シンクはISO/IEC 27001およびSOC 2 Type IIの認証を取得しておりますが、ISMAPには登録しておりません。")),
]

# ================================================================ 0017
B0017 = """\
村上様

お世話になっております。メリディアン・データの高橋です。
先日はシンクの全社展開の件でご相談いただき、ありがとうございました。

続いて、バックアップ基盤としてメリディアン・ボールトの概要をお送りいたします。

【メリディアン・ボールト サービス概要】
・SLA（月間稼働率）：99.95％
・最大容量：500TB／テナント
・標準保持期間：90日（延長オプションあり）
・RTO（目標復旧時間）：4時間以内
・容量単価：業界最安水準の1TBあたり月額2,800円（税抜）

【御社環境での試算】
現行のバックアップ対象（約120TB）を前提とした場合、月額費用は約33万6千円（税抜）となります。
8月中にお見積書を正式にお出しいたします。

何卒よろしくお願いいたします。

""" + SIG_TAKAHASHI + "\n"

H0017 = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'游ゴシック',sans-serif;font-size:10.5pt">
<p>村上様</p>
<p>お世話になっております。メリディアン・データの高橋です。<br>
先日はシンクの全社展開の件でご相談いただき、ありがとうございました。</p>
<p>続いて、バックアップ基盤としてメリディアン・ボールトの概要をお送りいたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<caption style="text-align:left;font-weight:bold">【メリディアン・ボールト サービス概要】</caption>
<tr><td>SLA（月間稼働率）</td><td>99.95％</td></tr>
<tr><td>最大容量</td><td>500TB／テナント</td></tr>
<tr><td>標準保持期間</td><td>90日（延長オプションあり）</td></tr>
<tr><td>RTO（目標復旧時間）</td><td>4時間以内</td></tr>
<tr><td>容量単価</td><td>業界最安水準の1TBあたり月額2,800円（税抜）</td></tr>
</table>
<p><b>【御社環境での試算】</b><br>
現行のバックアップ対象（約120TB）を前提とした場合、月額費用は約33万6千円（税抜）となります。<br>
8月中にお見積書を正式にお出しいたします。</p>
<p>何卒よろしくお願いいたします。</p>
<p>--<br>高橋 健一<br>メリディアン・データ株式会社 東京支店<br>営業本部 第一営業部 マネージャー<br>
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング18F<br>
TEL 03-5219-4432 / FAX 03-5219-4411<br>k.takahashi@jp.meridian-data.com</p>
</body></html>
"""

C0017 = [
    (V, "sla", 99.95, "ok", t("・SLA（月間稼働率）：99.95％")),
    (V, "max_storage", 500 * TB, "ok", t("・最大容量：500TB／テナント")),
    (V, "retention", dur(90, "days"), "ok", t("・標準保持期間：90日（延長オプションあり）")),
    (V, "rto", dur(4, "hours"), "unverified", t("・RTO（目標復旧時間）：4時間以内")),
    (V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", t("・容量単価：業界最安水準の1TBあたり月額2,800円（税抜）")),
]
F0017 = [{"kind": "phrase", "rule": "ja.cheapest", "text": "・容量単価：業界最安水準の1TBあたり月額2,800円（税抜）"}]

# ================================================================ 0018
B0018 = """\
小林様

お世話になっております。メリディアン・データ大阪支店の岡田です。
8月18日のお打ち合わせでいただいたご質問に、以下のとおり回答いたします。

①メリディアン・ボールトの稼働率について
メリディアン・ボールトのSLAは月間稼働率99.9%です。

②復旧ポイントについて
同製品のRPOは約15分です。

③メリディアン・インサイトについて
メリディアン・インサイトのSLAは99.5%です。
同製品は国内初のノーコード予測分析機能を搭載しています。
同製品の表示言語は日本語・英語・中国語の３か国語です。

10月の第3四半期レビューまでに、検証環境をご用意いたします。

""" + SIG_OKADA + "\n"

C0018 = [
    (V, "sla", 99.9, "conflict", t("メリディアン・ボールトのSLAは月間稼働率99.9%です。")),
    (V, "rpo", dur(15, "minutes"), "ok", t("同製品のRPOは約15分です。")),
    (I, "sla", 99.5, "unverified", t("メリディアン・インサイトのSLAは99.5%です。")),
    (I, "ui_languages", 3, "unverified", t("同製品の表示言語は日本語・英語・中国語の３か国語です。")),
]
F0018 = [{"kind": "phrase", "rule": "ja.first-in-industry", "text": "同製品は国内初のノーコード予測分析機能を搭載しています。"}]

# ================================================================ 0019
B0019 = """\
Hi Ken,

Great to meet you and the Torrance team last Thursday. Here's a quick recap
of what we covered on Meridian Sync.

Meridian Sync is $399 per month for the whole workspace, billed annually.
It supports up to 10,000 users per organization. Your 180 US staff are
well within that limit.
Storage is 1 TB per user on Meridian Sync.
Version history on Meridian Sync is unlimited and kept for 30 days.

From our side, Takahashi-san in Tokyo will stay on the thread so the
Japanese parent company has the same information.

Let me know if a call on Monday 9/21 works for the security review.

Best,
Daniel

--
Daniel Reyes
Senior Account Executive | Meridian Data, Inc.
535 Mission St, 14th Floor, San Francisco, CA 94105
Office +1 (415) 555-0142 | Mobile +1 (415) 555-0187
"""

C0019 = [
    (S, "monthly_price", usd(399, "month"), "ok", t("Meridian Sync is $399 per month for the whole workspace, billed annually.")),
    (S, "max_users", 10000, "ok", t("It supports up to 10,000 users per organization")),
    (S, "storage_per_user", 1 * TB, "ok", t("Storage is 1 TB per user on Meridian Sync.")),
    (S, "retention", dur(30, "days"), "unverified", t("Version history on Meridian Sync is unlimited and kept for 30 days.")),
]
F0019 = [{"kind": "phrase", "rule": "en.unlimited", "text": "Version history on Meridian Sync is unlimited and kept for 30 days."}]

# ================================================================ 0020
B0020 = """\
株式会社北斗物流
情報システム部　村上 様

いつもお世話になっております。
メリディアン・データ㈱の佐々木でございます。

来年4月の契約更新に向けて、今期（2026年度下期）中にご検討いただきたい事項をまとめました。

【メリディアン シンク　ご利用条件（更新後）】
① 月額料金：55,000円（税込）
② ご利用可能ユーザー数：最大１万ユーザー
③ 対応OS：Windows／Mac／iPhone／Android
④ 移動中などオフラインの状態でもファイルの閲覧・編集が可能
⑤ 同時利用端末：1ユーザーあたり最大5台

【ご契約内容について】
現在のご契約ユーザー数は2,800名でございます。
来年4月の更新時に3,500名への増枠をご検討いただく場合、10月末までに概算をお出しいたします。

ご不明点がございましたら、お気軽にお問い合わせください。
引き続きよろしくお願い申し上げます。

""" + SIG_SASAKI + "\n"

C0020 = [
    (S, "monthly_price", jpy(55000, "month", "included"), "ok", t("① 月額料金：55,000円（税込）")),
    (S, "max_users", 10000, "ok", t("② ご利用可能ユーザー数：最大１万ユーザー")),
    (S, "supported_platforms", "Windows", "ok", t("③ 対応OS：Windows／Mac／iPhone／Android")),
    (S, "supported_platforms", "macOS", "ok", t("③ 対応OS：Windows／Mac／iPhone／Android")),
    (S, "supported_platforms", "iOS", "ok", t("③ 対応OS：Windows／Mac／iPhone／Android")),
    (S, "supported_platforms", "Android", "ok", t("③ 対応OS：Windows／Mac／iPhone／Android")),
    (S, "offline_mode", True, "conflict", t("④ 移動中などオフラインの状態でもファイルの閲覧・編集が可能")),
    (S, "max_devices", 5, "unverified", t("⑤ 同時利用端末：1ユーザーあたり最大5台")),
]

# ================================================================ 0021
B0021 = """\
中島様

お世話になっております。大阪支店の西村です。
先日ご相談いただいたファイル共有基盤の件、概算をお送りいたします。

メリディアン・シンクの月額料金は5万円（税込）でございます。
同製品のユーザー数の上限は10,000名です。
貴社の全拠点（約620名）でご利用いただいても、まったく問題ございません。

ご契約開始は12月1日を想定しておりますが、月末締めの関係上、
11月20日（金）までにご発注いただけますと幸いです。

よろしくお願いいたします。

""" + SIG_NISHIMURA + "\n"

C0021 = [
    (S, "monthly_price", jpy(50000, "month", "included"), "conflict", t("メリディアン・シンクの月額料金は5万円（税込）でございます。")),
    (S, "max_users", 10000, "ok", t("同製品のユーザー数の上限は10,000名です。")),
]

# ================================================================ 0022
B0022 = """\
石井様

いつもお世話になっております。メリディアン・データ東京支店の森です。

ベータ版からご利用いただいているメリディアン インサイトは、来月いよいよ一般提供開始となります。
同製品の正式版のライセンス単価は月額￥4,000（税込）です。
ベータ期間中に作成されたダッシュボードやデータ接続の設定は、そのまま引き継がれます。
また、同製品の正式版では1ワークスペースあたり300個以上のダッシュボードを作成いただけるようになります。

新たにご利用を開始される部署の方向けには、同製品の30日間の無料トライアルもご用意しております。

年末年始の休業期間（12月29日〜1月4日）中にいただいたご連絡は、1月5日以降に順次対応いたします。

""" + SIG_MORI + "\n"

C0022 = [
    (I, "general_availability", "2027-01", "ok", t("ベータ版からご利用いただいているメリディアン インサイトは、来月いよいよ一般提供開始となります。")),
    (I, "per_user_price", jpy(4000, "user-month", "included"), "conflict", t("同製品の正式版のライセンス単価は月額￥4,000（税込）です。")),
    (I, "max_dashboards", 300, "conflict", t("また、同製品の正式版では1ワークスペースあたり300個以上のダッシュボードを作成いただけるようになります。")),
    (I, "free_trial", dur(30, "days"), "ok", t("新たにご利用を開始される部署の方向けには、同製品の30日間の無料トライアルもご用意しております。")),
]


# ================================================================ 0023 (unreadable)
def ole_blob():
    """An Outlook .msg (OLE2 compound file) someone saved with an .eml name."""
    head = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900060000000000000000000000")
    body, x = bytearray(), 0x2545F491
    for _ in range(6000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        body.append((x >> 16) & 0xFF)
    return head + bytes(body)


def rcv(host, ip, by, date):
    return "from %s (%s [%s])\n\tby %s with ESMTPS; %s" % (host, host, ip, by, date)


MESSAGES = [
    dict(n="0001", office="tokyo", charset="ISO-2022-JP", cte="7bit", crlf=True,
         from_=SASAKI, to=[("村上 健太 様", MURAKAMI[1])], subject="【メリディアン・データ】メリディアン・シンクのご案内（北斗物流様）",
         date="Tue, 20 Jan 2026 10:15:02 +0900",
         id="TYCPR01MB8834A1E3F0C2B47D9E5A11C2D9A42@TYCPR01MB8834.jpnprd01.prod.outlook.com",
         extra_headers=[OUTLOOK, ("Thread-Index", "AdyJ3kQx7bT2f0pUQk6mZq1vH3c5Aw==")], body=B0001, claims=C0001),
    dict(n="0002", office="unknown", charset="UTF-8", cte="base64", html_cte="base64", boundary="000000000000b7c3e2064a91d2f0",
         from_=MURAKAMI, to=[SASAKI], subject="Re: 【メリディアン・データ】メリディアン・シンクのご案内（北斗物流様）",
         date="Thu, 22 Jan 2026 09:48:37 +0900", id="CAH7xK2pR4Jd0WvX9q1NhY3mT8sFzB6uE5gLcQ2aV7nP0oRk1dw@mail.gmail.com",
         reply_to_id="TYCPR01MB8834A1E3F0C2B47D9E5A11C2D9A42@TYCPR01MB8834.jpnprd01.prod.outlook.com",
         body=B0002, html=gmail_html(B0002_TOP, Q0002_HDR, B0001), claims=C0002),
    dict(n="0003", office="osaka", charset="Shift_JIS", cte="base64",
         from_=NISHIMURA, to=[("中島 亮介 様", NAKAJIMA[1])], subject="ご提案内容のご確認（メリディアン・ボールト／シンク）",
         date="Tue, 10 Feb 2026 09:12:44 +0900", id="20260210091244.6E1F.A04B7C2D@osaka.jp.meridian-data.com",
         extra_headers=[ACTIVE], received=[rcv("mx2.osaka.jp.meridian-data.com", "203.0.113.44", "mx.kansai-seiko.co.jp", "Tue, 10 Feb 2026 09:12:47 +0900")],
         body=B0003, claims=C0003),
    dict(n="0004", office="tokyo", charset="UTF-8", cte="quoted-printable", boundary="Apple-Mail=_5C1D8E2A-7F33-4B0E-9A61-2D8C4F0B1E77",
         from_=TAKAHASHI, to=[ISHII], subject="メリディアン インサイト（ベータ版）のご紹介",
         date="Wed, 18 Feb 2026 18:03:51 +0900", id="5C1D8E2A-7F33-4B0E-9A61-2D8C4F0B1E77@jp.meridian-data.com",
         extra_headers=[APPLE], body=B0004, html=html_of(B0004), claims=C0004),
    dict(n="0005", office="osaka", charset="ISO-2022-JP", cte="7bit", ct_extra="; format=flowed; delsp=yes",
         from_=OKADA, to=[KOBAYASHI], subject="メリディアン・シンク 製品概要のご送付",
         date="Thu, 05 Mar 2026 16:40:09 +0900", id="7b2f0e1c-93d4-4a5e-b8f1-0c6d2e9a4f13@osaka.jp.meridian-data.com",
         extra_headers=[TBIRD, ("Content-Language", "ja")], body=B0005, claims=C0005, findings=F0005),
    dict(n="0006", office="tokyo", charset="ISO-2022-JP", cte="7bit", crlf=True,
         from_=SASAKI, to=[("村上 健太 様", MURAKAMI[1])], subject="【お見積書送付】メリディアン・シンク年間ご利用料金（北斗物流様）",
         date="Thu, 19 Mar 2026 15:27:30 +0900",
         id="TYCPR01MB8834F6B0D41A9C3E7B2F8E90C1D55@TYCPR01MB8834.jpnprd01.prod.outlook.com",
         extra_headers=[OUTLOOK], body=B0006, claims=C0006),
    dict(n="0007", office="osaka", charset="Shift_JIS", cte="8bit",
         from_=NISHIMURA, to=[("中島 亮介 様", NAKAJIMA[1])], subject="RE: メリディアン・シンクの利用人数について",
         date="Wed, 08 Apr 2026 10:02:18 +0900", id="20260408100218.7A20.A04B7C2D@osaka.jp.meridian-data.com",
         reply_to_id="OS3PR01MB6617C0E2A94B1D7F3E8A5B20C4E71@OS3PR01MB6617.jpnprd01.prod.outlook.com",
         extra_headers=[ACTIVE], body=B0007, claims=C0007),
    dict(n="0008", office="tokyo", charset="UTF-8", cte="base64",
         from_=MORI, to=[SAKAMOTO], subject="メリディアン・ボールトのご提案（バックアップ基盤更改）",
         date="Tue, 14 Apr 2026 11:36:05 +0900", id="CAN3yQv8Lr0pT7bZk2WdH5sJxE9mF4aG1cU6nR8oPq0Vt3Ke7zg@mail.gmail.com",
         body=B0008, claims=C0008, findings=F0008),
    dict(n="0009", office="osaka", charset="ISO-2022-JP", cte="7bit",
         from_=OKADA, to=[KOBAYASHI], subject="メリディアン・ボールト 概算費用のご連絡",
         date="Mon, 20 Apr 2026 17:55:41 +0900", id="20260420175541.B3C8.E91F2A60@osaka.jp.meridian-data.com",
         extra_headers=[BECKY], body=B0009, claims=C0009),
    dict(n="0010", office="tokyo", charset="UTF-8", cte="quoted-printable", boundary="_000_TYWPR01MB10432D2E5F8A1B94C6E0F3A7B2D9TYWPR01MB10432jpnp_",
         preamble=False, from_=TAKAHASHI, to=[ISHII], subject="Re: メリディアン インサイト（ベータ版）のご紹介",
         date="Tue, 12 May 2026 13:21:09 +0900",
         id="TYWPR01MB10432D2E5F8A1B94C6E0F3A7B2D9@TYWPR01MB10432.jpnprd01.prod.outlook.com",
         reply_to_id="OS0PR01MB5922A7C3E1D08B64F2C9E5D1A3B70@OS0PR01MB5922.jpnprd01.prod.outlook.com",
         extra_headers=[OUTLOOK], body=B0010, html=html_of(B0010), claims=C0010),
    dict(n="0011", office="osaka", charset="ISO-2022-JP", cte="7bit",
         from_=NISHIMURA, to=[("中島 亮介 様", NAKAJIMA[1])], subject="メリディアン・インサイトのご案内",
         date="Wed, 20 May 2026 11:04:26 +0900", id="20260520110426.C41D.A04B7C2D@osaka.jp.meridian-data.com",
         extra_headers=[BECKY], body=B0011, claims=C0011),
    dict(n="0012", office="unknown", charset="ISO-2022-JP", cte="7bit", crlf=True,
         from_=NAKAJIMA, to=[NISHIMURA], subject="RE: メリディアン・インサイトのご案内",
         date="Tue, 02 Jun 2026 09:31:55 +0900",
         id="OS3PR01MB66172B9D0E4C7A1F58E3D6B9A0C24@OS3PR01MB6617.jpnprd01.prod.outlook.com",
         reply_to_id="20260520110426.C41D.A04B7C2D@osaka.jp.meridian-data.com",
         extra_headers=[OUTLOOK], body=B0012, claims=C0012),
    dict(n="0013", office="osaka", charset="ISO-2022-JP", cte="7bit",
         from_=NISHIMURA, to=[("中島 亮介 様", NAKAJIMA[1])], subject="RE: メリディアン・インサイトのご案内【訂正】",
         date="Thu, 04 Jun 2026 14:48:03 +0900", id="20260604144803.D522.A04B7C2D@osaka.jp.meridian-data.com",
         reply_to_id="OS3PR01MB66172B9D0E4C7A1F58E3D6B9A0C24@OS3PR01MB6617.jpnprd01.prod.outlook.com",
         extra_headers=[BECKY], body=B0013, claims=C0013),
    dict(n="0014", office="tokyo", charset="UTF-8", cte="8bit", ct_extra="; format=flowed",
         from_=MORI, to=[SAKAMOTO], subject="Fwd: Meridian Vault for Marufuku Foods UK",
         date="Thu, 25 Jun 2026 10:12:40 +0900", id="e4a1c9d2-5b7f-4e08-a3c6-91f2d0b8e7a5@jp.meridian-data.com",
         extra_headers=[TBIRD, ("Content-Language", "ja")], body=B0014, claims=C0014, findings=F0014),
    dict(n="0015", office="unknown", charset="UTF-8", cte="base64",
         from_=KINOSHITA, to=[SASAKI], subject="【ご相談】北斗物流様 全社展開時のユーザー数について",
         date="Thu, 09 Jul 2026 18:22:14 +0900",
         id="TY3PR01MB11240E7C2A5D9B01F6E4C8A3D7B92@TY3PR01MB11240.jpnprd01.prod.outlook.com",
         extra_headers=[OUTLOOK], body=B0015, claims=C0015, findings=F0015),
    dict(n="0016", office="tokyo", charset="ISO-2022-JP", cte="7bit",
         from_=SASAKI, to=[KINOSHITA], cc=[MURAKAMI], subject="Re: 【ご相談】北斗物流様 全社展開時のユーザー数について",
         date="Fri, 10 Jul 2026 11:08:47 +0900", id="a9d3f1e0-6c2b-4d7a-8e15-3b0c9f4a2d61@jp.meridian-data.com",
         reply_to_id="TY3PR01MB11240E7C2A5D9B01F6E4C8A3D7B92@TY3PR01MB11240.jpnprd01.prod.outlook.com",
         extra_headers=[TBIRD], body=B0016, claims=C0016),
    dict(n="0017", office="tokyo", charset="UTF-8", cte="quoted-printable", boundary="----=_NextPart_000_0117_01DD24C3.7A1B9E40",
         preamble=True, from_=TAKAHASHI, to=[("村上 健太 様", MURAKAMI[1])], subject="メリディアン・ボールト ご提案資料（概要）",
         date="Mon, 03 Aug 2026 16:45:12 +0900", id="000001dd24c3$7a1b9e40$6e52dac0$@jp.meridian-data.com",
         extra_headers=[OUTLOOK], body=B0017, html=H0017, claims=C0017, findings=F0017),
    dict(n="0018", office="osaka", charset="ISO-2022-JP", cte="7bit",
         from_=OKADA, to=[KOBAYASHI], subject="メリディアン・ボールト／インサイト ご質問への回答",
         date="Thu, 20 Aug 2026 10:26:33 +0900", id="20260820102633.E6F4.E91F2A60@osaka.jp.meridian-data.com",
         extra_headers=[BECKY], body=B0018, claims=C0018, findings=F0018),
    dict(n="0019", office="us-hq", charset="UTF-8", cte="quoted-printable", boundary="0000000000004f1a2b064d0e8c31",
         from_=REYES, to=[WATANABE], cc=[TAKAHASHI], subject="Meridian Sync for Marufuku USA - follow-up",
         date="Tue, 15 Sep 2026 17:04:22 -0700", id="CAPz9Wm1bX4rT8kQ2vN7dJ0eH5sY3fL6aG9cU1oR4pK8nE2tWqA@mail.gmail.com",
         body=B0019, html=html_of(B0019), claims=C0019, findings=F0019),
    dict(n="0020", office="tokyo", charset="ISO-2022-JP", cte="7bit", crlf=True,
         from_=SASAKI, to=[("村上 健太 様", MURAKAMI[1])], subject="メリディアン シンク　契約更新とご利用拡大のご案内",
         date="Tue, 06 Oct 2026 13:50:19 +0900",
         id="TYCPR01MB88347D2C9E0B5A1F3E6D8C4B2A0F7@TYCPR01MB8834.jpnprd01.prod.outlook.com",
         extra_headers=[OUTLOOK], body=B0020, claims=C0020),
    dict(n="0021", office="osaka", charset="ISO-2022-JP", cte="7bit",
         from_=NISHIMURA, to=[("中島 亮介 様", NAKAJIMA[1])], subject="メリディアン・シンク お見積りの件",
         date="Mon, 02 Nov 2026 15:14:50 +0900", id="20261102151450.F8A1.A04B7C2D@osaka.jp.meridian-data.com",
         extra_headers=[BECKY], body=B0021, claims=C0021),
    dict(n="0022", office="tokyo", charset="UTF-8", cte="quoted-printable",
         from_=MORI, to=[ISHII], subject="メリディアン インサイト 正式版リリースのお知らせ",
         date="Tue, 01 Dec 2026 09:05:33 +0900", id="0b7e2d4f-8a1c-4f69-b3d5-7e9c0a2f1b84@jp.meridian-data.com",
         extra_headers=[TBIRD], body=B0022, claims=C0022),
    dict(n="0023", raw=ole_blob(),
         findings=[{"kind": "unreadable", "text": "Outlook .msg (OLE2 compound file) saved under an .eml name: not an RFC 5322 message"}]),
]
for _m in MESSAGES:
    if "from_" in _m:
        _m["from"] = _m.pop("from_")

MBOX_MEMBERS = {"0001", "0002", "0003", "0004", "0006", "0008", "0009", "0010", "0011", "0012", "0013",
                "0014", "0015", "0016", "0017", "0018", "0019", "0020", "0021", "0022"}

CROSS_OFFICE = [
    {"product": I, "attribute": "general_availability", "offices": ["osaka", "tokyo"],
     "message_files": ["mail/0010.eml", "mail/0011.eml", "mail/0012.eml"],
     "values": {"tokyo": "2027-01", "osaka": "2026-10"}},
    {"product": V, "attribute": "price_per_tb", "offices": ["osaka", "tokyo"],
     "message_files": ["mail/0008.eml", "mail/0009.eml"],
     "values": {"tokyo": jpy(2800, "TB-month", "excluded"), "osaka": jpy(3000, "TB-month", "excluded")}},
    {"product": V, "attribute": "sla", "offices": ["osaka", "tokyo"],
     "message_files": ["mail/0017.eml", "mail/0018.eml"],
     "values": {"tokyo": 99.95, "osaka": 99.9}},
    {"product": S, "attribute": "monthly_price", "offices": ["osaka", "tokyo"],
     "message_files": ["mail/0020.eml", "mail/0021.eml"],
     "values": {"tokyo": jpy(55000, "month", "included"), "osaka": jpy(50000, "month", "included")}},
]

from docs_content import DOCS, DRAFTS  # noqa: E402,F401
