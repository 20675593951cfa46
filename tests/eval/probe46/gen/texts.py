# -*- coding: utf-8 -*-
"""The messages and documents of probe set 46, each with its own answer key."""
import datetime

import mime
from mime import CRLF

JST = datetime.timezone(datetime.timedelta(hours=9))
BST = datetime.timezone(datetime.timedelta(hours=1))
PDT = datetime.timezone(datetime.timedelta(hours=-7))
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12
DOC_AS_OF = "2026-11-22"


def jst(y, mo, d, h, mi, s=0, tz=JST):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz)


# ---------------------------------------------------------------- answer-key helpers
def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return dict(type="claim", product=product, attribute=attribute, value=value, verdict=verdict,
                text=text, quoted=quoted, office=office)


def PH(rule, text, quoted=False):
    return dict(type="finding", kind="phrase", rule=rule, product=None, text=text, quoted=quoted)


def TERM(product, text, quoted=False):
    return dict(type="finding", kind="terminology", rule=None, product=product, text=text, quoted=quoted)


def requote(items, office):
    """The same items, now inside quoted text written by `office`."""
    out = []
    for it in items:
        d = dict(it, quoted=True)
        if d["type"] == "claim":
            d["office"] = d.get("office") or office
        out.append(d)
    return out


def yen(a, per="month", tax="excluded"):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def gbp(a, per="month", tax=None):
    return {"amount": a, "currency": "GBP", "per": per, "tax": tax}


def usd(a, per="month", tax=None):
    return {"amount": a, "currency": "USD", "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- people
TAKAHASHI = ("高橋 誠", "m.takahashi@jp.meridian-data.com")
NAKAMURA = ("中村 由美", "y.nakamura@jp.meridian-data.com")
SUZUKI = ("鈴木 聡", "s.suzuki@jp.meridian-data.com")
NISHIDA = ("西田 浩二", "k.nishida@osaka.jp.meridian-data.com")
OKAMOTO = ("岡本 さやか", "s.okamoto@osaka.jp.meridian-data.com")
FIONA = ("Fiona Clarke", "fiona.clarke@uk.meridian-data.com")
DANIEL = ("Daniel Reyes", "daniel.reyes@meridian-data.com")
YOSHIDA = ("吉田 直樹", "n.yoshida@minato-seiki.co.jp")
HUGHES = ("James Hughes", "j.hughes@minato-seiki.eu")
MATSUMOTO = ("松本 和彦", "matsumoto@naniwa-bussan.co.jp")
MORI = ("森 健太", "k.mori@sunrise-sys.co.jp")
SASAKI = ("佐々木 恵", "sasaki@hokuto-lease.co.jp")
ISHII = ("石井 健一", "k-ishii@aobakai.or.jp")
NAKAGAWA = ("中川 隆", "t.nakagawa@nakagawa-koumuten.co.jp")
SAKAGUCHI = ("坂口 真理子", "m.sakaguchi@kishu-foods.co.jp")

SIG_TAKAHASHI = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社
営業本部 第二営業部
高橋 誠（Makoto Takahashi）
〒100-6318 東京都千代田区丸の内二丁目4番1号 丸の内ビルディング18階
TEL：03-6212-4400（代表）　FAX：03-6212-4401
携帯：090-3184-7726
E-mail：m.takahashi@jp.meridian-data.com
適格請求書発行事業者登録番号：T4010401176543
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_NAKAMURA = """―――――――――――――――――――――――――――
メリディアンデータ株式会社
パートナー営業部　中村 由美
〒100-6318 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL 03-6212-4410（パートナー窓口直通）
Mobile 080-4471-2093
―――――――――――――――――――――――――――"""

SIG_SUZUKI = """-- 
鈴木 聡（すずき さとし）
メリディアンデータ株式会社 営業本部 第一営業部
〒100-6318 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL: 03-6212-4400 / 携帯: 070-5529-8140"""

SIG_NISHIDA = """**************************************************
メリディアンデータ株式会社 関西支社
営業課 課長　西田 浩二
〒530-0011 大阪市北区大深町3番1号 グランフロント大阪 タワーB 21階
TEL：06-6359-2180　FAX：06-6359-2181
**************************************************"""

SIG_OKAMOTO_CP932 = """――――――――――――――――――――――
メリディアンデータ㈱ 関西支社 営業課
岡本 さやか
〒530-0011 大阪市北区大深町3-1 グランフロント大阪 タワーB 21F
TEL 06-6359-2185（直通）／ 携帯 090-8832-1574
――――――――――――――――――――――"""

SIG_OKAMOTO = SIG_OKAMOTO_CP932.replace("メリディアンデータ㈱", "メリディアンデータ株式会社")

MESSAGES = []


def add(**m):
    MESSAGES.append(m)
    return m


# ====================================================================== 0001
# Tokyo -> customer. Becky!, ISO-2022-JP. 拝啓/敬具, 記/以上, full-width digits.
M01_BODY = """株式会社ミナト精機
総務部 情報システム課
吉田 直樹 様

拝啓　余寒の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。
メリディアンデータ株式会社 営業本部の高橋でございます。

さて、２月９日付でお問い合わせいただきましたメリディアン・シンクの仕様につきまして、
下記のとおりご回答申し上げます。
ご検討の一助となれば幸いに存じます。

まずは取り急ぎ、書中をもちましてご案内申し上げます。
                                                              敬具

                                記

１．ご利用可能なユーザー数
　　メリディアン・シンクは、現行の仕様では１テナントあたり最大５，０００ユーザーまで
　　ご利用いただけます。
　　なお、２０２６年４月１日以降は、同製品の上限が最大１０，０００ユーザーへ拡張される
　　予定でございます。

２．月額料金
　　同製品の月額料金は、１テナントあたり５０，０００円（税抜）でございます。
　　お見積りは、貴社ご検討の３２０ライセンス分にて別途作成のうえ、お送りいたします。

３．ストレージ容量
　　同製品では、１ユーザーあたり１ＴＢのストレージをご利用いただけます。

４．対応ＯＳ
　　同製品は、Windows、macOS、iOS及びAndroidに対応しております。

５．セキュリティ認証
　　同製品は、ISO/IEC 27001及びSOC 2 Type IIの認証を取得しております。

詳細につきましては、別紙「メリディアン・シンク 仕様書（第3.2版）」をご参照ください。
別紙は本日、郵送にてお送りいたしました。

                                                              以上

""" + SIG_TAKAHASHI + "\n"

M01_ITEMS = [
    C(S, "max_users", 5000, "ok", "メリディアン・シンクは、現行の仕様では１テナントあたり最大５，０００ユーザーまで"),
    C(S, "max_users", 10000, "ok", "なお、２０２６年４月１日以降は、同製品の上限が最大１０，０００ユーザーへ拡張される"),
    C(S, "monthly_price", yen(50000), "ok", "同製品の月額料金は、１テナントあたり５０，０００円（税抜）でございます。"),
    C(S, "storage_per_user", 1 * TB, "ok", "同製品では、１ユーザーあたり１ＴＢのストレージをご利用いただけます。"),
    C(S, "supported_platforms", "Windows", "ok", "同製品は、Windows、macOS、iOS及びAndroidに対応しております。"),
    C(S, "supported_platforms", "macOS", "ok", "同製品は、Windows、macOS、iOS及びAndroidに対応しております。"),
    C(S, "supported_platforms", "iOS", "ok", "同製品は、Windows、macOS、iOS及びAndroidに対応しております。"),
    C(S, "supported_platforms", "Android", "ok", "同製品は、Windows、macOS、iOS及びAndroidに対応しております。"),
    C(S, "certifications", "ISO 27001", "ok", "同製品は、ISO/IEC 27001及びSOC 2 Type IIの認証を取得しております。"),
    C(S, "certifications", "SOC 2 Type II", "ok", "同製品は、ISO/IEC 27001及びSOC 2 Type IIの認証を取得しております。"),
]
M01_DATE = jst(2026, 2, 16, 10, 32, 12)
M01_ID = "20260216103212.5E1A.A4D6C3F1@jp.meridian-data.com"
M01_SUBJECT = "【ご回答】メリディアン・シンクに関するお問い合わせの件"


def build01():
    cs, cd = "ISO-2022-JP", "iso2022_jp"
    h = ["Date: " + mime.date_header(M01_DATE),
         "From: " + mime.address(*TAKAHASHI, cs, cd),
         "To: " + mime.addresses([("吉田 直樹 様", YOSHIDA[1])], cs, cd),
         "Subject: " + mime.encoded_words(M01_SUBJECT, cs, cd),
         "Message-Id: <%s>" % M01_ID,
         "X-Mailer: Becky! ver. 2.81.05 [ja]"]
    return mime.message(h, mime.text_part(M01_BODY, cs, cd, "7bit"))


add(file="0001.eml", date=M01_DATE, msgid=M01_ID, **{"from": TAKAHASHI}, mbox=False, items=M01_ITEMS, build=build01)

# ====================================================================== 0002
# Customer -> Tokyo. Outlook plain text, Shift_JIS quoted-printable, "-----Original Message-----"
# with Japanese field names; the whole of 0001 below it is quoted (Tokyo's claims, quoted).
M02_TOP = """メリディアンデータ株式会社
高橋様

いつも大変お世話になっております。
ミナト精機の吉田でございます。

先日は詳細なご回答をいただき、誠にありがとうございました。
社内で確認いたしましたところ、初年度は本社および厚木工場の２００名で導入し、
来期以降に全社展開（約３２０名）を検討する方向となりました。
（なお、社内では旧名称の「メリディアン・ファイルシンク」で呼ばれていることが多く、
稟議書では新名称に統一いたします。）

一点、確認させてください。
弊社の協力会社から、メリディアン・シンクはオフライン環境でもファイルの編集ができると
伺っております。
出張先などで通信できない場面も多いため、この点をご確認いただけますと幸いです。

また、３月１２日（木）１５時からの打ち合わせは、予定どおり弊社７階会議室にて
お待ちしております。

何卒よろしくお願い申し上げます。

――――――――――――――――――――
株式会社ミナト精機
総務部 情報システム課　吉田 直樹
〒243-0018 神奈川県厚木市中町4-14-3
TEL 046-221-5810（内線 2214）
――――――――――――――――――――
"""
M02_BODY = M02_TOP + """
-----Original Message-----
差出人: 高橋 誠 <m.takahashi@jp.meridian-data.com> 
送信日時: 2026年2月16日 10:32
宛先: 吉田 直樹 <n.yoshida@minato-seiki.co.jp>
件名: 【ご回答】メリディアン・シンクに関するお問い合わせの件

""" + M01_BODY
M02_CUSTOMER_OFFLINE = C(S, "offline_mode", True, "conflict",
                         "メリディアン・シンクはオフライン環境でもファイルの編集ができると", office="unknown")
M02_ITEMS = [
    M02_CUSTOMER_OFFLINE,
    TERM(S, "社内では旧名称の「メリディアン・ファイルシンク」で呼ばれていることが多く"),
] + requote(M01_ITEMS, "tokyo")
M02_DATE = jst(2026, 2, 27, 17, 42, 10)
M02_ID = "OS3PR01MB7421B6A0E2C94F1D8B35C7E2A1B90@OS3PR01MB7421.jpnprd01.prod.outlook.com"


def build02():
    cs, cd = "shift_jis", "cp932"
    h = ["From: " + mime.address(*YOSHIDA, cs, cd),
         "To: " + mime.address("高橋 誠", TAKAHASHI[1], cs, cd),
         "Subject: " + mime.encoded_words("RE: " + M01_SUBJECT, cs, cd),
         "Thread-Topic: " + mime.encoded_words(M01_SUBJECT, cs, cd),
         "Thread-Index: AdyfR2kQz8bT1nHwQ3KpX0m4VtE5uA==",
         "Date: " + mime.date_header(M02_DATE),
         "Message-ID: <%s>" % M02_ID,
         "References: <%s>" % M01_ID,
         "In-Reply-To: <%s>" % M01_ID,
         "Accept-Language: ja-JP, en-US",
         "Content-Language: ja-JP",
         "X-MS-Has-Attach: ",
         "X-Mailer: Microsoft Outlook 16.0"]
    return mime.message(h, mime.text_part(M02_BODY, cs, cd, "quoted-printable"))


add(file="0002.eml", date=M02_DATE, msgid=M02_ID, **{"from": YOSHIDA}, mbox=False, items=M02_ITEMS, build=build02)

# ====================================================================== 0003
# Tokyo -> customer, interleaved reply (Becky!): only the ">" lines are quoted, and they are
# the customer's own words (office unknown).
M03_BODY = """吉田様

いつもお世話になっております。メリディアンデータの高橋でございます。
お問い合わせの件、ご回答申し上げます。

On Fri, 27 Feb 2026 17:42:10 +0900
"吉田 直樹" <n.yoshida@minato-seiki.co.jp> wrote:
> 一点、確認させてください。
> 弊社の協力会社から、メリディアン・シンクはオフライン環境でもファイルの編集ができると
> 伺っております。
> 出張先などで通信できない場面も多いため、この点をご確認いただけますと幸いです。

誠に恐れ入りますが、メリディアン・シンクはオフライン環境ではご利用いただけません。
ファイルの同期・編集にはインターネット接続が必要となりますので、
あらかじめご了承くださいますようお願い申し上げます。
出張先での閲覧が必要な場合は、事前に端末へファイルをダウンロードいただく運用を
お勧めしております。
なお、同期対象フォルダの設定画面では、絶対パスでご指定いただく必要がございます。

> また、３月１２日（木）１５時からの打ち合わせは、予定どおり弊社７階会議室にて
> お待ちしております。

承知いたしました。当日は弊社技術部の小林と二名で伺います。
引き続きよろしくお願い申し上げます。

""" + SIG_TAKAHASHI + "\n"
M03_ITEMS = [
    requote([M02_CUSTOMER_OFFLINE], "unknown")[0],
    C(S, "offline_mode", False, "ok", "メリディアン・シンクはオフライン環境ではご利用いただけません。"),
]
M03_DATE = jst(2026, 3, 2, 9, 15, 40)
M03_ID = "20260302091540.5E2C.A4D6C3F1@jp.meridian-data.com"


def build03():
    cs, cd = "ISO-2022-JP", "iso2022_jp"
    h = ["Date: " + mime.date_header(M03_DATE),
         "From: " + mime.address(*TAKAHASHI, cs, cd),
         "To: " + mime.address(*YOSHIDA, cs, cd),
         "Subject: " + mime.encoded_words("Re: " + M01_SUBJECT, cs, cd),
         "Message-Id: <%s>" % M03_ID,
         "In-Reply-To: <%s>" % M02_ID,
         "References: <%s>" % M01_ID + CRLF + " <%s>" % M02_ID,
         "X-Mailer: Becky! ver. 2.81.05 [ja]"]
    return mime.message(h, mime.text_part(M03_BODY, cs, cd, "7bit"))


add(file="0003.eml", date=M03_DATE, msgid=M03_ID, **{"from": TAKAHASHI}, mbox=True, items=M03_ITEMS, build=build03)

# ====================================================================== 0004
# Osaka -> customer. Outlook multipart/alternative, shift_jis quoted-printable in both parts.
M04_BODY = """浪速物産株式会社
管理本部 システム企画室
室長　松本 和彦 様

拝啓　早春の候、貴社におかれましてはますますご隆盛のこととお慶び申し上げます。
平素より格別のご高配を賜り、厚く御礼申し上げます。

先般はご多忙の折、弊社関西支社までお運びいただき誠にありがとうございました。
お打ち合わせの際にご説明いたしましたメリディアン・ボールトにつきまして、
主な仕様を以下のとおりまとめましたので、ご査収くださいますようお願い申し上げます。

・メリディアン・ボールトにつきましては、貴社基幹システムのように常時更新が発生する環境におきましても、障害発生時点から遡って最大15分までのデータ損失に抑えることが可能でございます（RPO 15分）。
・同製品のバックアップ保持期間は、標準で90日間でございます。
・同製品のデータセンターは、東京及び大阪の国内2拠点でございます。
・サービス稼働率（SLA）につきましては、同製品は99.99%をお約束しております。
・同製品の料金は、1TBあたり月額2,800円（税抜）でございます。
・同製品は、関西の製造業において導入実績ＮＯ．１のバックアップサービスでございます。

なお、貴社の現行データ量（約38TB）を前提とした概算では、初年度のご利用料金は
金1,276,800円（税抜）となる見込みでございます。
正式な御見積書は、3月17日（火）までにお届けいたします。

今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。
                                                              敬具

""" + SIG_NISHIDA + "\n"
M04_ITEMS = [
    C(V, "rpo", dur(15, "minutes"), "ok", "障害発生時点から遡って最大15分までのデータ損失に抑えることが可能でございます（RPO 15分）"),
    C(V, "retention", dur(90, "days"), "ok", "同製品のバックアップ保持期間は、標準で90日間でございます。"),
    C(V, "data_centers", "Tokyo", "ok", "同製品のデータセンターは、東京及び大阪の国内2拠点でございます。"),
    C(V, "data_centers", "Osaka", "ok", "同製品のデータセンターは、東京及び大阪の国内2拠点でございます。"),
    C(V, "sla", 99.99, "conflict", "サービス稼働率（SLA）につきましては、同製品は99.99%をお約束しております。"),
    C(V, "price_per_tb", yen(2800, "TB-month"), "ok", "同製品の料金は、1TBあたり月額2,800円（税抜）でございます。"),
    PH("ja.superlative-no1", "関西の製造業において導入実績ＮＯ．１のバックアップサービス"),
]
M04_DATE = jst(2026, 3, 10, 11, 5, 27)
M04_ID = "TYWPR01MB10873E91C0A4D2B7F5E16A3C8D4E2@TYWPR01MB10873.jpnprd01.prod.outlook.com"
M04_SUBJECT = "メリディアン・ボールト ご提案資料送付の件"


def build04():
    cs, cd = "shift_jis", "cp932"
    h = ["From: " + mime.address(*NISHIDA, cs, cd),
         "To: " + mime.address("松本 和彦 様", MATSUMOTO[1], cs, cd),
         "CC: " + mime.address(*OKAMOTO, cs, cd),
         "Subject: " + mime.encoded_words(M04_SUBJECT, cs, cd),
         "Thread-Topic: " + mime.encoded_words(M04_SUBJECT, cs, cd),
         "Thread-Index: AdywQ1b7hF0x9G2kS4e1pVd7cR3Lmw==",
         "Date: " + mime.date_header(M04_DATE),
         "Message-ID: <%s>" % M04_ID,
         "Accept-Language: ja-JP, en-US",
         "Content-Language: ja-JP",
         "X-MS-Has-Attach: ",
         "X-Mailer: Microsoft Outlook 16.0"]
    body = mime.multipart("alternative", "_000_TYWPR01MB10873E91C0A4D2B7F5E16A3C8D4E2TYWPR01MB10873jpnp_", [
        mime.text_part(M04_BODY, cs, cd, "quoted-printable"),
        mime.text_part(mime.outlook_html(M04_BODY, cs), cs, cd, "quoted-printable", "html")])
    return mime.message(h, body)


add(file="0004.eml", date=M04_DATE, msgid=M04_ID, **{"from": NISHIDA}, mbox=True, items=M04_ITEMS, build=build04)

# ====================================================================== 0005
# Tokyo partner sales -> reseller. UTF-8 base64, multipart/alternative.
M05_BODY = """株式会社サンライズシステムズ
ソリューション営業部
森 様

いつも大変お世話になっております。
メリディアンデータ パートナー営業部の中村でございます。

先日のパートナー定例会でご質問いただいた件について、ご回答いたします。

■メリディアン・ボールト
・同製品のSLA（月間稼働率）は99.95%でございます。
・同製品のバックアップデータは、すべてAES-256で暗号化して保管しております。
・同製品のエンドユーザー様向け参考価格は、1TBあたり月額2,800円（税抜）でございます。
　仕切価格につきましては、別途パートナー価格表（PL-JP-2026-04-P）をご参照ください。

■メリディアン・インサイト
・メリディアン・インサイトは現在ベータ版としてご提供しており、一般提供開始は2027年1月を予定しております。
・同製品は、他社製品と比較しても業界最安水準の価格でご提供できる見込みでございます。

■その他
また、メリディアン・シンクにつきましては、1テナントあたり最大1万ユーザーまでご利用いただけますので、大規模なお客様にもご提案いただけます。

ご不明な点がございましたら、お気軽にお問い合わせください。
引き続きよろしくお願いいたします。

""" + SIG_NAKAMURA + "\n"
M05_ITEMS = [
    C(V, "sla", 99.95, "ok", "同製品のSLA（月間稼働率）は99.95%でございます。"),
    C(V, "encryption", "AES-256", "ok", "同製品のバックアップデータは、すべてAES-256で暗号化して保管しております。"),
    C(V, "price_per_tb", yen(2800, "TB-month"), "ok", "同製品のエンドユーザー様向け参考価格は、1TBあたり月額2,800円（税抜）でございます。"),
    C(I, "general_availability", "2027-01", "ok", "一般提供開始は2027年1月を予定しております。"),
    C(S, "max_users", 10000, "stale", "メリディアン・シンクにつきましては、1テナントあたり最大1万ユーザーまでご利用いただけます"),
    PH("ja.cheapest", "他社製品と比較しても業界最安水準の価格でご提供できる見込みでございます。"),
]
M05_DATE = jst(2026, 3, 19, 14, 5, 51)
M05_ID = "TY4PR01MB13025F0B7D2A1C39E84F6B0D51C7A@TY4PR01MB13025.jpnprd01.prod.outlook.com"
M05_SUBJECT = "【サンライズシステムズ様】メリディアン・ボールト／インサイト 販売パートナー向け情報のご案内"


def build05():
    cs, cd = "utf-8", "utf-8"
    h = ["From: " + mime.address(*NAKAMURA, cs, cd),
         "To: " + mime.address("森 健太 様", MORI[1], cs, cd),
         "Subject: " + mime.encoded_words(M05_SUBJECT, cs, cd),
         "Thread-Topic: " + mime.encoded_words(M05_SUBJECT, cs, cd),
         "Thread-Index: AdyxL9TQ2m0bVq5mQm6Z7m3hKp3d1g==",
         "Date: " + mime.date_header(M05_DATE),
         "Message-ID: <%s>" % M05_ID,
         "Accept-Language: ja-JP, en-US",
         "Content-Language: ja-JP",
         "X-MS-Has-Attach: ",
         "X-Mailer: Microsoft Outlook 16.0"]
    body = mime.multipart("alternative", "_000_TY4PR01MB13025F0B7D2A1C39E84F6B0D51C7ATY4PR01MB13025jpnp_", [
        mime.text_part(M05_BODY, cs, cd, "base64"),
        mime.text_part(mime.outlook_html(M05_BODY, cs), cs, cd, "base64", "html")])
    return mime.message(h, body)


add(file="0005.eml", date=M05_DATE, msgid=M05_ID, **{"from": NAKAMURA}, mbox=True, items=M05_ITEMS, build=build05)

# ====================================================================== 0006
# Reseller (Gmail, UTF-8) -> Tokyo. Top-post; Gmail's "日付 名前 <addr>:" header, the whole of
# 0005 quoted with ">" (Tokyo's claims and phrase, quoted).
M06_TOP = """中村様

いつもお世話になっております。サンライズシステムズの森です。
早速のご回答ありがとうございます。

一点ご相談です。
弊社の既存顧客から、メリディアン・ボールトのデータセンターはシンガポールにもあると伺っております。
海外拠点のバックアップ先として提案できればと考えておりますが、
実際のところはいかがでしょうか。

なお、4月からの販売開始にあたり、初期目標は年間10社・合計120TB程度を見込んでおります。

よろしくお願いいたします。

--
株式会社サンライズシステムズ
ソリューション営業部　森 健太
〒460-0008 名古屋市中区栄2-9-26 ポーラ名古屋ビル 8F
TEL: 052-211-7730 / Mobile: 080-6612-4091"""
M06_QHEAD = "2026年3月19日(木) 14:05 中村 由美 <y.nakamura@jp.meridian-data.com>:"
M06_BODY = M06_TOP + "\n\n" + M06_QHEAD + "\n\n" + quote_gt(M05_BODY.rstrip("\n")) + "\n"
M06_ITEMS = [
    C(V, "data_centers", "Singapore", "conflict", "弊社の既存顧客から、メリディアン・ボールトのデータセンターはシンガポールにもあると伺っております。",
      office="unknown"),
] + requote(M05_ITEMS, "tokyo")
M06_DATE = jst(2026, 3, 24, 10, 20, 3)
M06_ID = "CAH8q2Lx0vR7kfN3m+WzY5tQ1dGpE4sJcA9u_b6nK2oV0fT3rQg@mail.gmail.com"


def build06():
    cs, cd = "UTF-8", "utf-8"
    h = ["Received: by 2002:a05:6a10:9c41:b0:5e1:2f4a:77c1 with HTTP; Mon, 23 Mar 2026 18:20:03 -0700 (PDT)",
         "Date: " + mime.date_header(M06_DATE),
         "References: <%s>" % M05_ID,
         "In-Reply-To: <%s>" % M05_ID,
         "Message-ID: <%s>" % M06_ID,
         "Subject: " + mime.encoded_words("Re: " + M05_SUBJECT, cs, cd),
         "From: " + mime.address(*MORI, cs, cd),
         "To: " + mime.address(*NAKAMURA, cs, cd)]
    html = mime.gmail_html(M06_TOP, M06_QHEAD, M05_BODY.rstrip("\n"))
    body = mime.multipart("alternative", "000000000000b7e1a40620f3c9d2", [
        mime.text_part(M06_BODY, cs, cd, "base64"),
        mime.text_part(html, cs, cd, "quoted-printable", "html")])
    return mime.message(h, body)


add(file="0006.eml", date=M06_DATE, msgid=M06_ID, **{"from": MORI}, mbox=True, items=M06_ITEMS, build=build06)

# ====================================================================== 0007
# Tokyo -> customer about Insight (beta). Polite hedges, product as topic several clauses
# before its figure.
M07_BODY = """北斗リース株式会社
経営企画部
佐々木 恵 様

拝啓　春暖の候、貴社いよいよご清祥のこととお慶び申し上げます。
平素は格別のご愛顧を賜り、厚く御礼申し上げます。

先日のセミナーでお声がけいただきましたメリディアン・インサイトにつきまして、
概要をご案内申し上げます。

メリディアン・インサイトは、貴社の基幹システムや会計データを集約して可視化する
分析基盤でございますが、現時点ではベータ版としてのご提供となっており、
正式版の一般提供開始は２０２７年１月の見込みでございます。

同製品の料金は、１ユーザーあたり月額４，０００円（税抜）を予定しております。
また、大量のデータを対象とした集計におきましても、同製品のクエリ応答時間はおおむね２秒以内と
存じます。
ダッシュボードにつきましては、同製品では最大３００個まで作成いただけます。
同製品は、日本語の文章で質問するだけでグラフを自動生成する、国内初の分析サービスでございます。
正式版のご導入に先立ち、同製品には３０日間の無料トライアル期間がございますので、
ぜひ一度お試しくださいませ。

なお、先般お問い合わせいただいたメリディアン・シンクにつきましては、現行の仕様では
最大５，０００ユーザーまでのご利用となっております。

ご不明な点がございましたら、何なりとお申し付けください。
                                                              敬具

""" + SIG_TAKAHASHI + "\n"
M07_ITEMS = [
    C(I, "general_availability", "2027-01", "ok", "正式版の一般提供開始は２０２７年１月の見込みでございます。"),
    C(I, "per_user_price", yen(4000, "user-month"), "ok", "同製品の料金は、１ユーザーあたり月額４，０００円（税抜）を予定しております。"),
    C(I, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間はおおむね２秒以内と"),
    C(I, "max_dashboards", 300, "conflict", "ダッシュボードにつきましては、同製品では最大３００個まで作成いただけます。"),
    C(I, "free_trial", dur(30, "days"), "ok", "同製品には３０日間の無料トライアル期間がございますので、"),
    C(S, "max_users", 5000, "ok", "最大５，０００ユーザーまでのご利用となっております。"),
    PH("ja.first-in-industry", "日本語の文章で質問するだけでグラフを自動生成する、国内初の分析サービスでございます。"),
]
M07_DATE = jst(2026, 3, 27, 16, 40, 9)
M07_ID = "20260327164009.6B3F.A4D6C3F1@jp.meridian-data.com"
M07_SUBJECT = "メリディアン・インサイトのご紹介（北斗リース様）"


def build07():
    cs, cd = "ISO-2022-JP", "iso2022_jp"
    h = ["Date: " + mime.date_header(M07_DATE),
         "From: " + mime.address(*TAKAHASHI, cs, cd),
         "To: " + mime.address("佐々木 恵 様", SASAKI[1], cs, cd),
         "Subject: " + mime.encoded_words(M07_SUBJECT, cs, cd),
         "Message-Id: <%s>" % M07_ID,
         "X-Mailer: Becky! ver. 2.81.05 [ja]"]
    return mime.message(h, mime.text_part(M07_BODY, cs, cd, "7bit"))


add(file="0007.eml", date=M07_DATE, msgid=M07_ID, **{"from": TAKAHASHI}, mbox=True, items=M07_ITEMS, build=build07)

# ====================================================================== 0008
# Osaka -> customer. Outlook shift_jis (really CP932: ①…④ and ㈱), multipart/alternative QP.
M08_BODY = """浪速物産㈱
管理本部 システム企画室
松本 和彦 様

いつも大変お世話になっております。
メリディアンデータ関西支社の岡本でございます。
先日は西田とともにお時間を頂戴し、誠にありがとうございました。

ご依頼いただいておりましたメリディアン・シンクのご提案内容について、
要点を下記にまとめました。

①ご利用人数
メリディアン・シンクは、本年4月1日の仕様改定により、1テナントあたり最大1万ユーザーまで
ご利用いただけるようになりました。

②料金
同製品の月額料金は55,000円（税込）でございます。
貴社のご発注予定数量（150ユーザー）にかかわらず、月額の基本料金は変わりません。

③オフライン利用
同製品は、オフライン環境でもファイルの閲覧・編集が可能でございます。

④対応端末
同製品は、Windows・Mac・iPhone・iPad・Androidでご利用いただけます。

ご不明な点がございましたら、お気軽にお申し付けください。
何卒よろしくお願い申し上げます。

""" + SIG_OKAMOTO_CP932 + "\n"
M08_ITEMS = [
    C(S, "max_users", 10000, "ok", "1テナントあたり最大1万ユーザーまで"),
    C(S, "monthly_price", yen(55000, tax="included"), "ok", "同製品の月額料金は55,000円（税込）でございます。"),
    C(S, "offline_mode", True, "conflict", "同製品は、オフライン環境でもファイルの閲覧・編集が可能でございます。"),
    C(S, "supported_platforms", "Windows", "ok", "同製品は、Windows・Mac・iPhone・iPad・Androidでご利用いただけます。"),
    C(S, "supported_platforms", "macOS", "ok", "同製品は、Windows・Mac・iPhone・iPad・Androidでご利用いただけます。"),
    C(S, "supported_platforms", "iOS", "ok", "同製品は、Windows・Mac・iPhone・iPad・Androidでご利用いただけます。"),
    C(S, "supported_platforms", "Android", "ok", "同製品は、Windows・Mac・iPhone・iPad・Androidでご利用いただけます。"),
]
M08_DATE = jst(2026, 4, 8, 13, 30, 44)
M08_ID = "TYCPR01MB11562D3A9F0E7B14C2D86E5F0A3B1@TYCPR01MB11562.jpnprd01.prod.outlook.com"
M08_SUBJECT = "メリディアン・シンク ご提案内容のご案内"


def build08():
    cs, cd = "shift_jis", "cp932"
    h = ["From: " + mime.address(*OKAMOTO, cs, cd),
         "To: " + mime.address("松本 和彦 様", MATSUMOTO[1], cs, cd),
         "CC: " + mime.address(*NISHIDA, cs, cd),
         "Subject: " + mime.encoded_words(M08_SUBJECT, cs, cd),
         "Thread-Topic: " + mime.encoded_words(M08_SUBJECT, cs, cd),
         "Thread-Index: Ady3Hc0fO8k3s2U1S0ql6m1z8J0t2A==",
         "Date: " + mime.date_header(M08_DATE),
         "Message-ID: <%s>" % M08_ID,
         "Accept-Language: ja-JP, en-US",
         "Content-Language: ja-JP",
         "X-MS-Has-Attach: ",
         "X-Mailer: Microsoft Outlook 16.0"]
    body = mime.multipart("alternative", "_000_TYCPR01MB11562D3A9F0E7B14C2D86E5F0A3B1TYCPR01MB11562jpnp_", [
        mime.text_part(M08_BODY, cs, cd, "quoted-printable"),
        mime.text_part(mime.outlook_html(M08_BODY, cs), cs, cd, "quoted-printable", "html")])
    return mime.message(h, body)


add(file="0008.eml", date=M08_DATE, msgid=M08_ID, **{"from": OKAMOTO}, mbox=True, items=M08_ITEMS, build=build08)

# ====================================================================== 0009
# Customer -> Osaka, Outlook (shift_jis base64); English "-----Original Message-----" block,
# all of 0008 below it quoted (Osaka's claims, quoted). Deal figures, 和暦, a requirement.
M09_TOP = """岡本様
（cc：西田様）

いつもお世話になっております。浪速物産の松本です。
ご丁寧にご案内いただき、ありがとうございました。

ご提示いただいた内容にて、社内稟議を進めてまいります。
ご発注数量は150ユーザー、ご契約期間は令和8年5月1日から1年間を予定しております。
なお、弊社の要件として、将来的に全社員約180名が利用できることが条件となっておりますので、
その点もご留意いただけますと幸いです。

引き続きよろしくお願いいたします。

浪速物産株式会社
管理本部 システム企画室　松本 和彦
〒541-0046 大阪市中央区平野町3-5-12
TEL 06-6201-3377
"""
M09_BODY = M09_TOP + """
-----Original Message-----
From: 岡本 さやか <s.okamoto@osaka.jp.meridian-data.com> 
Sent: Wednesday, April 8, 2026 1:30 PM
To: 松本 和彦 <matsumoto@naniwa-bussan.co.jp>
Cc: 西田 浩二 <k.nishida@osaka.jp.meridian-data.com>
Subject: メリディアン・シンク ご提案内容のご案内

""" + M08_BODY
M09_ITEMS = requote(M08_ITEMS, "osaka")
M09_DATE = jst(2026, 4, 14, 9, 50, 18)
M09_ID = "KL1PR01MB5093C1E6A27F4D0B9E3A85C2D7F6@KL1PR01MB5093.apcprd01.prod.exchangelabs.com"


def build09():
    cs, cd = "shift_jis", "cp932"
    h = ["From: " + mime.address(*MATSUMOTO, cs, cd),
         "To: " + mime.address(*OKAMOTO, cs, cd),
         "CC: " + mime.address(*NISHIDA, cs, cd),
         "Subject: " + mime.encoded_words("RE: " + M08_SUBJECT, cs, cd),
         "Thread-Topic: " + mime.encoded_words(M08_SUBJECT, cs, cd),
         "Thread-Index: Ady3Hc0fO8k3s2U1S0ql6m1z8J0t2AEAbc3R",
         "Date: " + mime.date_header(M09_DATE),
         "Message-ID: <%s>" % M09_ID,
         "References: <%s>" % M08_ID,
         "In-Reply-To: <%s>" % M08_ID,
         "Accept-Language: ja-JP",
         "Content-Language: ja-JP",
         "X-MS-Has-Attach: ",
         "X-Mailer: Microsoft Outlook 16.0"]
    return mime.message(h, mime.text_part(M09_BODY, cs, cd, "base64"))


add(file="0009.eml", date=M09_DATE, msgid=M09_ID, **{"from": MATSUMOTO}, mbox=True, items=M09_ITEMS, build=build09)

# ====================================================================== 0010
# Tokyo -> customer after the April spec change. 五万円 in kanji, a Teams meeting ID.
M10_BODY = """株式会社ミナト精機
吉田 直樹 様

いつも大変お世話になっております。
メリディアンデータの高橋でございます。

先般ご案内いたしましたとおり、メリディアン・シンクは４月１日付で仕様を改定し、
１テナントあたりのご利用上限が最大１０，０００ユーザーへと拡張されました。
これにより、来期以降の全社展開（約３２０名様）につきましても、単一のテナントにて
ご利用いただけるようになります。
なお、同製品の月額料金（五万円・税抜）及び稼働率ＳＬＡ（９９．９％）に変更はございません。

次回のお打ち合わせにつきましては、５月１２日（火）１４時より、Ｔｅａｍｓにて
実施させていただければと存じます。
会議ＩＤ：３８２ ４１７ ９０６ ５５１　／　パスコード：ｋＸ７ｑ２Ｐ

ご都合が悪いようでしたら、お手数ですが候補日をお知らせくださいませ。
何卒よろしくお願い申し上げます。

""" + SIG_TAKAHASHI + "\n"
M10_ITEMS = [
    C(S, "max_users", 10000, "ok", "１テナントあたりのご利用上限が最大１０，０００ユーザーへと拡張されました。"),
    C(S, "monthly_price", yen(50000), "ok", "同製品の月額料金（五万円・税抜）及び稼働率ＳＬＡ（９９．９％）に変更はございません。"),
    C(S, "sla", 99.9, "ok", "同製品の月額料金（五万円・税抜）及び稼働率ＳＬＡ（９９．９％）に変更はございません。"),
]
M10_DATE = jst(2026, 4, 21, 10, 10, 2)
M10_ID = "20260421101002.7C41.A4D6C3F1@jp.meridian-data.com"


def build10():
    cs, cd = "ISO-2022-JP", "iso2022_jp"
    h = ["Date: " + mime.date_header(M10_DATE),
         "From: " + mime.address(*TAKAHASHI, cs, cd),
         "To: " + mime.address(*YOSHIDA, cs, cd),
         "Subject: " + mime.encoded_words("メリディアン・シンク 仕様改定のお知らせ及び次回お打ち合わせの件", cs, cd),
         "Message-Id: <%s>" % M10_ID,
         "X-Mailer: Becky! ver. 2.81.05 [ja]"]
    return mime.message(h, mime.text_part(M10_BODY, cs, cd, "7bit"))


add(file="0010.eml", date=M10_DATE, msgid=M10_ID, **{"from": TAKAHASHI}, mbox=True, items=M10_ITEMS, build=build10)

# ====================================================================== 0011
# London -> the customer's UK subsidiary, English, UTF-8 quoted-printable (for the £ signs).
M11_BODY = """Hi James,

Thanks for your time on Monday, and please pass my thanks to Yuki for the tour of the Reading site.

As promised, a short summary of what we discussed:

- Backups: Meridian Vault keeps daily backups for 30 days by default, and you can extend retention per policy if your auditors need longer.
- Pricing: Meridian Vault is £16 per TB per month.
- Hosting: Meridian Vault would host your backups in our Frankfurt data centre, which keeps everything inside the EU.
- Meridian Sync: each user gets 1 TB of storage, and the plan is £329 per month for the whole workspace.

On your current footprint of roughly 42 TB, that comes to about £672 a month before any volume discount.

We can set up a risk-free pilot for the Reading team in June if that helps with the business case. Takahashi-san in Tokyo is copied so that the Japanese side sees the same figures.

Kind regards,
Fiona

--
Fiona Clarke | Account Executive, Enterprise
Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG
+44 20 7946 0321 | +44 7700 900 418
Registered in England and Wales, company number 09876543. VAT GB 318 4721 96.
"""
M11_ITEMS = [
    C(V, "retention", dur(30, "days"), "conflict", "Meridian Vault keeps daily backups for 30 days by default"),
    C(V, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
    C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault would host your backups in our Frankfurt data centre"),
    C(S, "storage_per_user", 1 * TB, "ok", "Meridian Sync: each user gets 1 TB of storage, and the plan is £329 per month for the whole workspace."),
    C(S, "monthly_price", gbp(329), "ok", "Meridian Sync: each user gets 1 TB of storage, and the plan is £329 per month for the whole workspace."),
    PH("en.guarantee", "We can set up a risk-free pilot for the Reading team in June"),
]
M11_DATE = jst(2026, 5, 13, 15, 22, 41, tz=BST)
M11_ID = "LO2P265MB5213A7E0C4B91F3D6A28E5B0C9D1@LO2P265MB5213.GBRP265.PROD.OUTLOOK.COM"


def build11():
    cs, cd = "utf-8", "utf-8"
    h = ["From: " + mime.address(*FIONA, cs, cd),
         "To: " + mime.address(*HUGHES, cs, cd),
         "CC: " + mime.address("Makoto Takahashi", TAKAHASHI[1], cs, cd),
         "Subject: Meridian Vault and Sync for Minato Seiki Europe - follow-up",
         "Thread-Topic: Meridian Vault and Sync for Minato Seiki Europe - follow-up",
         "Thread-Index: AdzC4Fq1r0lXb1s9T0y8V6wH3n4Z5Q==",
         "Date: " + mime.date_header(M11_DATE),
         "Message-ID: <%s>" % M11_ID,
         "Accept-Language: en-GB, en-US",
         "Content-Language: en-GB",
         "X-MS-Has-Attach: ",
         "X-Mailer: Microsoft Outlook 16.0"]
    return mime.message(h, mime.text_part(M11_BODY, cs, cd, "quoted-printable"))


add(file="0011.eml", date=M11_DATE, msgid=M11_ID, **{"from": FIONA}, mbox=True, items=M11_ITEMS, build=build11)

# ====================================================================== 0012
# Tokyo -> a medical corporation, question-sheet answers (ご質問１…５), ISO-2022-JP 7bit.
M12_BODY = """医療法人社団 青葉会
法人事務局 情報システム担当
石井 様

拝啓　新緑の候、貴会ますますご盛栄のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

先日お送りいただきましたご質問票につきまして、下記のとおりご回答申し上げます。
                                                              敬具

                                記

ご質問１：バックアップデータの保存期間について
　メリディアン・ボールトにおけるバックアップの保持期間は、標準設定で９０日間でございます。
　なお、電子カルテ等の長期保存が必要なデータにつきましては、別途アーカイブ方式をご提案いたします。

ご質問２：障害時の復旧について
　同製品の目標復旧時点（ＲＰＯ）は１５分、目標復旧時間（ＲＴＯ）は４時間程度を見込んでおります。

ご質問３：暗号化について
　同製品では、保存データをすべて２５６ビットＡＥＳにて暗号化しております。

ご質問４：データの保管場所について
　同製品のデータセンターは、東京及び大阪にございます。
　また、同製品はシンガポールにはデータセンターを設けておりません。

ご質問５：万一の障害時について
　同製品は複数拠点へのバックアップにより、大切な診療データを完全に保護いたします。

                                                              以上

""" + SIG_NAKAMURA + "\n"
M12_ITEMS = [
    C(V, "retention", dur(90, "days"), "ok", "メリディアン・ボールトにおけるバックアップの保持期間は、標準設定で９０日間でございます。"),
    C(V, "rpo", dur(15, "minutes"), "ok", "同製品の目標復旧時点（ＲＰＯ）は１５分、目標復旧時間（ＲＴＯ）は４時間程度を見込んでおります。"),
    C(V, "rto", dur(4, "hours"), "unverified", "同製品の目標復旧時点（ＲＰＯ）は１５分、目標復旧時間（ＲＴＯ）は４時間程度を見込んでおります。"),
    C(V, "encryption", "AES-256", "ok", "同製品では、保存データをすべて２５６ビットＡＥＳにて暗号化しております。"),
    C(V, "data_centers", "Tokyo", "ok", "同製品のデータセンターは、東京及び大阪にございます。"),
    C(V, "data_centers", "Osaka", "ok", "同製品のデータセンターは、東京及び大阪にございます。"),
    PH("ja.absolute", "大切な診療データを完全に保護いたします。"),
]
M12_DATE = jst(2026, 5, 29, 11, 0, 35)
M12_ID = "TYAPR01MB6029B4D1E8C37A0F5B92D6E1C4A8@TYAPR01MB6029.jpnprd01.prod.outlook.com"


def build12():
    cs, cd = "iso-2022-jp", "iso2022_jp"
    h = ["From: " + mime.address(*NAKAMURA, cs, cd),
         "To: " + mime.address("石井 健一 様", ISHII[1], cs, cd),
         "Subject: " + mime.encoded_words("メリディアン・ボールトに関するご質問へのご回答", cs, cd),
         "Thread-Topic: " + mime.encoded_words("メリディアン・ボールトに関するご質問へのご回答", cs, cd),
         "Thread-Index: AdzPc1R7mB2v0s2cQ6a3Kx9nT4eW1g==",
         "Date: " + mime.date_header(M12_DATE),
         "Message-ID: <%s>" % M12_ID,
         "Accept-Language: ja-JP, en-US",
         "Content-Language: ja-JP",
         "X-MS-Has-Attach: ",
         "X-Mailer: Microsoft Outlook 16.0"]
    return mime.message(h, mime.text_part(M12_BODY, cs, cd, "7bit"))


add(file="0012.eml", date=M12_DATE, msgid=M12_ID, **{"from": NAKAMURA}, mbox=True, items=M12_ITEMS, build=build12)

# ====================================================================== 0013
# Osaka -> customer about Insight, shift_jis base64 single part.
M13_BODY = """松本様
（cc：岡本）

いつも大変お世話になっております。メリディアンデータ関西支社の西田でございます。
先日はメリディアン・シンクのご発注を賜り、誠にありがとうございました。

さて、お打ち合わせの際に話題に上りましたメリディアン・インサイトにつきまして、
ご案内申し上げます。

メリディアン・インサイトは、現在ベータ版として一部のお客様にご提供しておりますが、
正式版の提供開始は2027年1月を予定しております。
同製品の料金は、1ユーザーあたり月額4,000円（税込）でございます。
また、同製品は数億件規模のデータであっても、クエリの応答時間は最大2秒でございます。
ご関心がございましたら、30日間の無料トライアルのお申し込みも承っております。

ご検討のほど、何卒よろしくお願い申し上げます。

""" + SIG_NISHIDA + "\n"
M13_ITEMS = [
    C(I, "general_availability", "2027-01", "ok", "正式版の提供開始は2027年1月を予定しております。"),
    C(I, "per_user_price", yen(4000, "user-month", "included"), "conflict", "同製品の料金は、1ユーザーあたり月額4,000円（税込）でございます。"),
    C(I, "query_latency", dur(2, "seconds"), "ok", "また、同製品は数億件規模のデータであっても、クエリの応答時間は最大2秒でございます。"),
]
M13_DATE = jst(2026, 6, 5, 10, 45, 12)
M13_ID = "TYWPR01MB10873A2F5C8D06E1B7A49C3E0D2F5@TYWPR01MB10873.jpnprd01.prod.outlook.com"


def build13():
    cs, cd = "shift_jis", "cp932"
    h = ["From: " + mime.address(*NISHIDA, cs, cd),
         "To: " + mime.address(*MATSUMOTO, cs, cd),
         "CC: " + mime.address(*OKAMOTO, cs, cd),
         "Subject: " + mime.encoded_words("メリディアン・インサイトのご案内", cs, cd),
         "Date: " + mime.date_header(M13_DATE),
         "Message-ID: <%s>" % M13_ID,
         "Content-Language: ja-JP",
         "X-Mailer: Microsoft Outlook 16.0"]
    return mime.message(h, mime.text_part(M13_BODY, cs, cd, "base64"))


add(file="0013.eml", date=M13_DATE, msgid=M13_ID, **{"from": NISHIDA}, mbox=True, items=M13_ITEMS, build=build13)

# ====================================================================== 0014
# Tokyo (new account owner, Thunderbird, UTF-8 8bit) -> customer. 令和 date for GA (wrong).
M14_BODY = """佐々木様

いつもお世話になっております。
本件を高橋より引き継ぎました、メリディアンデータ営業本部の鈴木でございます。
今後ともどうぞよろしくお願いいたします。

先日のオンラインデモにご参加いただき、ありがとうございました。
ご質問いただいた点について、以下にご回答いたします。

・正式版のリリース時期
　メリディアン・インサイトの正式リリースは、令和8年10月を予定しております。

・ダッシュボード数
　同製品で作成いただけるダッシュボードは、最大200個まででございます。

・無料トライアル
　同製品の無料トライアル期間は14日間となっております。

・ご提案規模
　デモでお話のあった経営企画部・営業推進部の計85名様を対象に、お見積りを作成いたします。

ご不明点がございましたら、お気軽にお問い合わせください。

""" + SIG_SUZUKI + "\n"
M14_GA = C(I, "general_availability", "2026-10", "conflict", "メリディアン・インサイトの正式リリースは、令和8年10月を予定しております。")
M14_DASH = C(I, "max_dashboards", 200, "ok", "同製品で作成いただけるダッシュボードは、最大200個まででございます。")
M14_TRIAL = C(I, "free_trial", dur(14, "days"), "conflict", "同製品の無料トライアル期間は14日間となっております。")
M14_ITEMS = [M14_GA, M14_DASH, M14_TRIAL]
M14_DATE = jst(2026, 6, 18, 16, 20, 55)
M14_ID = "8d3b6f0e-2c71-4a9e-b5d4-7f1e0c9a2b63@jp.meridian-data.com"


def build14():
    cs, cd = "UTF-8", "utf-8"
    h = ["Message-ID: <%s>" % M14_ID,
         "Date: " + mime.date_header(M14_DATE),
         "User-Agent: Mozilla Thunderbird",
         "Subject: " + mime.encoded_words("Re: " + M07_SUBJECT, cs, cd),
         "Content-Language: ja",
         "To: " + mime.address(*SASAKI, cs, cd),
         "From: " + mime.address(*SUZUKI, cs, cd),
         "References: <%s>" % M07_ID]
    p = mime.text_part(M14_BODY, cs, cd, "8bit", params="; format=flowed")
    return mime.message(h, p)


add(file="0014.eml", date=M14_DATE, msgid=M14_ID, **{"from": SUZUKI}, mbox=True, items=M14_ITEMS, build=build14)

# ====================================================================== 0015
# Customer -> Tokyo, interleaved "On ... <addr> wrote:" reply. A requirement and a question
# (no claims), and what the customer was told at a trade fair (a reported statement: office unknown).
M15_BODY = """鈴木様

お世話になっております。北斗リースの佐々木です。
ご回答ありがとうございました。いくつか確認させてください。
なお、御社の展示会ご担当者様からは、メリディアン・インサイトのクエリ応答時間は最大2秒と伺っております。

On 2026/06/18 16:20, 鈴木 聡 <s.suzuki@jp.meridian-data.com> wrote:
> ・正式版のリリース時期
> 　メリディアン・インサイトの正式リリースは、令和8年10月を予定しております。

承知しました。当社の中期経営計画の説明会が11月ですので、それに間に合えば助かります。

> ・ダッシュボード数
> 　同製品で作成いただけるダッシュボードは、最大200個まででございます。

当社の要件としては、部門別に300個以上のダッシュボードが必要になる見込みです。
この点、何か対応策はございますでしょうか。

> ・無料トライアル
> 　同製品の無料トライアル期間は14日間となっております。

トライアル期間を30日間に延長していただくことは可能でしょうか。

以上、よろしくお願いいたします。

佐々木 恵
北斗リース株式会社 経営企画部
〒060-0001 札幌市中央区北1条西4-2-2 北斗ビル5F
TEL 011-241-8850
"""
M15_ITEMS = [
    C(I, "query_latency", dur(2, "seconds"), "ok", "メリディアン・インサイトのクエリ応答時間は最大2秒と伺っております。", office="unknown"),
] + requote([M14_GA, M14_DASH, M14_TRIAL], "tokyo")
M15_DATE = jst(2026, 7, 2, 11, 30, 26)
M15_ID = "e41c07a2-95b3-4f68-8d1e-2a6c3b9f0d74@hokuto-lease.co.jp"


def build15():
    cs, cd = "UTF-8", "utf-8"
    h = ["Message-ID: <%s>" % M15_ID,
         "Date: " + mime.date_header(M15_DATE),
         "User-Agent: Mozilla Thunderbird",
         "Subject: " + mime.encoded_words("Re: " + M07_SUBJECT, cs, cd),
         "Content-Language: ja",
         "To: " + mime.address(*SUZUKI, cs, cd),
         "References: <%s>" % M07_ID + CRLF + " <%s>" % M14_ID,
         "From: " + mime.address(*SASAKI, cs, cd),
         "In-Reply-To: <%s>" % M14_ID]
    return mime.message(h, mime.text_part(M15_BODY, cs, cd, "quoted-printable"))


add(file="0015.eml", date=M15_DATE, msgid=M15_ID, **{"from": SASAKI}, mbox=True, items=M15_ITEMS, build=build15)

# ====================================================================== 0016
# Tokyo correction: (誤)/(正), "14日間ではなく30日間": only the corrected values count.
M16_BODY = """佐々木様

いつもお世話になっております。メリディアンデータの鈴木でございます。

6月18日にお送りしたメールにつきまして、記載に誤りがございました。
大変申し訳ございません。以下のとおり訂正させていただきます。

■正式リリース時期
　（誤）令和8年10月
　（正）令和9年1月
　メリディアン・インサイトの正式リリース（一般提供開始）は、令和9年1月の予定でございます。

■無料トライアル期間
　同製品の無料トライアル期間は、14日間ではなく30日間でございました。

ご迷惑をおかけいたしましたこと、重ねてお詫び申し上げます。
ダッシュボードの件につきましては、現在社内で確認しておりますので、
今しばらくお時間を頂戴できますと幸いです。

""" + SIG_SUZUKI + "\n"
M16_ITEMS = [
    C(I, "general_availability", "2027-01", "ok", "メリディアン・インサイトの正式リリース（一般提供開始）は、令和9年1月の予定でございます。"),
    C(I, "free_trial", dur(30, "days"), "ok", "同製品の無料トライアル期間は、14日間ではなく30日間でございました。"),
]
M16_DATE = jst(2026, 7, 6, 9, 40, 7)
M16_ID = "0b9e7c15-3d48-4e2f-a6b1-5c8d2e7f9a30@jp.meridian-data.com"


def build16():
    cs, cd = "UTF-8", "utf-8"
    h = ["Message-ID: <%s>" % M16_ID,
         "Date: " + mime.date_header(M16_DATE),
         "User-Agent: Mozilla Thunderbird",
         "Subject: " + mime.encoded_words("【訂正とお詫び】メリディアン・インサイトの正式リリース時期について", cs, cd),
         "Content-Language: ja",
         "To: " + mime.address(*SASAKI, cs, cd),
         "From: " + mime.address(*SUZUKI, cs, cd)]
    return mime.message(h, mime.text_part(M16_BODY, cs, cd, "base64"))


add(file="0016.eml", date=M16_DATE, msgid=M16_ID, **{"from": SUZUKI}, mbox=False, items=M16_ITEMS, build=build16)

# ====================================================================== 0017
# Osaka -> prospect met at a trade fair. ISO-2022-JP. A stale 5,000, a wrong SLA, a polite
# negative (Linux), an unsubstantiated トップシェア.
M17_BODY = """株式会社中川工務店
総務部
中川 隆 様

拝啓　残暑の候、貴社ますますご繁栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、誠にありがとうございます。

先日は、展示会「関西ものづくりＩＴフェア２０２６」の弊社ブースにお立ち寄りいただき、
誠にありがとうございました。
ご関心をお寄せいただきましたメリディアン・シンクにつきまして、概要をご案内申し上げます。

メリディアン・シンクは、現場の写真や図面を社内外で安全に共有できるクラウドサービスで、
稼働率につきましては、９９．９５％のＳＬＡをお約束しております。
同製品は１テナントあたり最大５，０００ユーザーまでご利用いただけますので、
協力会社の皆様にもアカウントを発行いただけます。
同製品はWindows、Mac、iPhone、Androidでご利用いただけますが、Linuxには対応しておりません。
また、同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。
おかげさまで、同製品は建設業界でトップシェアを誇るファイル共有サービスとなっております。
建設現場のタブレット（１現場あたり平均１２台）でも、そのままご利用いただけます。

詳しくは、別送のパンフレットをご覧くださいませ。
ご不明な点がございましたら、お気軽にお問い合わせください。
                                                              敬具

""" + SIG_OKAMOTO + "\n"
PLAT17 = "同製品はWindows、Mac、iPhone、Androidでご利用いただけますが、Linuxには対応しておりません。"
CERT17 = "また、同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。"
M17_ITEMS = [
    C(S, "sla", 99.95, "conflict", "稼働率につきましては、９９．９５％のＳＬＡをお約束しております。"),
    C(S, "max_users", 5000, "stale", "同製品は１テナントあたり最大５，０００ユーザーまでご利用いただけますので、"),
    C(S, "supported_platforms", "Windows", "ok", PLAT17),
    C(S, "supported_platforms", "macOS", "ok", PLAT17),
    C(S, "supported_platforms", "iOS", "ok", PLAT17),
    C(S, "supported_platforms", "Android", "ok", PLAT17),
    C(S, "certifications", "ISO 27001", "ok", CERT17),
    C(S, "certifications", "SOC 2 Type II", "ok", CERT17),
    PH("ja.superlative-no1", "同製品は建設業界でトップシェアを誇るファイル共有サービスとなっております。"),
]
M17_DATE = jst(2026, 8, 20, 14, 15, 31)
M17_ID = "20260820141531.9A17.B7E2C0D4@osaka.jp.meridian-data.com"


def build17():
    cs, cd = "ISO-2022-JP", "iso2022_jp"
    h = ["Date: " + mime.date_header(M17_DATE),
         "From: " + mime.address(*OKAMOTO, cs, cd),
         "To: " + mime.address("中川 隆 様", NAKAGAWA[1], cs, cd),
         "Subject: " + mime.encoded_words("メリディアン・シンクのご案内（関西ものづくりＩＴフェアご来場御礼）", cs, cd),
         "Message-Id: <%s>" % M17_ID,
         "X-Mailer: Becky! ver. 2.81.05 [ja]"]
    return mime.message(h, mime.text_part(M17_BODY, cs, cd, "7bit"))


add(file="0017.eml", date=M17_DATE, msgid=M17_ID, **{"from": OKAMOTO}, mbox=True, items=M17_ITEMS, build=build17)

# ====================================================================== 0018
# US HQ -> Japan team, plain English, us-ascii, LF line endings (sent from a Mac).
M18_BODY = """Hi all,

Quick alignment note before the autumn campaign in Japan.

1. Meridian Insight: GA is January 2027. Until then it is a beta, so please avoid calling it "launched" or quoting an autumn date to customers.

2. Meridian Vault regions: Tokyo, Osaka, Oregon and Frankfurt. We had two customer questions about Singapore this month; there is no Singapore region, so please don't offer it.

3. The US list price for Meridian Insight stays at $30 per user per month for FY2026.

Consistency is our number one priority this quarter. If a customer needs anything beyond this, loop me in and I'll get product to confirm.

Thanks,
Dan

Daniel Reyes
Director, Field Enablement
Meridian Data, Inc. | 500 Howard Street, Suite 900, San Francisco, CA 94105
+1 (415) 555-0182
"""
REG18 = "Meridian Vault regions: Tokyo, Osaka, Oregon and Frankfurt."
M18_ITEMS = [
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight: GA is January 2027."),
    C(V, "data_centers", "Tokyo", "ok", REG18),
    C(V, "data_centers", "Osaka", "ok", REG18),
    C(V, "data_centers", "Oregon", "ok", REG18),
    C(V, "data_centers", "Frankfurt", "ok", REG18),
    C(I, "per_user_price", usd(30, "user-month"), "ok", "The US list price for Meridian Insight stays at $30 per user per month for FY2026."),
]
M18_DATE = jst(2026, 9, 3, 8, 12, 47, tz=PDT)
M18_ID = "A3F1C9E2-7B4D-4E15-9C02-6D8E1F7A5B39@meridian-data.com"


def build18():
    h = ["From: " + mime.address(*DANIEL, "us-ascii", "ascii"),
         "Subject: Insight GA date and Vault regions - please align",
         "Date: " + mime.date_header(M18_DATE),
         "To: " + mime.addresses([("Makoto Takahashi", TAKAHASHI[1]), ("Koji Nishida", NISHIDA[1]),
                                  ("Yumi Nakamura", NAKAMURA[1])], "us-ascii", "ascii"),
         "Cc: " + mime.address(*FIONA, "us-ascii", "ascii"),
         "Message-Id: <%s>" % M18_ID,
         "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    p = mime.text_part(M18_BODY, "us-ascii", "ascii", "7bit")
    return mime.message(h, p, eol="\n")


add(file="0018.eml", date=M18_DATE, msgid=M18_ID, **{"from": DANIEL}, mbox=True, items=M18_ITEMS, build=build18)

# ====================================================================== 0019
# An Outlook .msg (OLE2 compound file) that someone saved with an .eml name: unreadable.


def build19():
    import struct
    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", hdr, 24, 0x003E, 0x0003, 0xFFFE, 0x0009, 0x0006)
    struct.pack_into("<I", hdr, 44, 1)
    struct.pack_into("<I", hdr, 48, 1)
    struct.pack_into("<I", hdr, 56, 0x1000)
    struct.pack_into("<I", hdr, 60, 2)
    struct.pack_into("<I", hdr, 64, 1)
    struct.pack_into("<I", hdr, 68, 0xFFFFFFFE)
    struct.pack_into("<I", hdr, 76, 0)
    for i in range(1, 109):
        struct.pack_into("<I", hdr, 76 + 4 * i, 0xFFFFFFFF)
    body = bytearray()
    names = ["Root Entry", "__nameid_version1.0", "__substg1.0_0037001F", "__substg1.0_1000001F",
             "__substg1.0_0C1A001F", "__properties_version1.0"]
    for n in names:
        e = bytearray(128)
        u = n.encode("utf-16-le")[:62]
        e[0:len(u)] = u
        struct.pack_into("<H", e, 64, len(u) + 2)
        e[66] = 5 if n == "Root Entry" else 2
        body += e
    subj = "メリディアン・ボールト 御見積書送付の件".encode("utf-16-le")
    text = ("松本様\r\nいつもお世話になっております。御見積書を添付いたします。\r\n").encode("utf-16-le")
    blob = subj + b"\x00\x00" + text
    body += blob + bytes((-len(blob)) % 512)
    seed = 46
    filler = bytearray()
    for _ in range(2048):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        filler.append((seed >> 16) & 0xFF)
    return bytes(hdr) + bytes(body) + bytes(filler)


add(file="0019.eml", date=None, msgid=None, **{"from": ("", "")}, mbox=False, unreadable=True, build=build19,
    items=[dict(type="finding", kind="unreadable", rule=None, product=None, quoted=False,
                text="not an RFC 5322 message: an Outlook .msg (OLE2 compound file, D0 CF 11 E0) saved under an .eml name")])

# ====================================================================== 0020
# Osaka -> prospect, Outlook UTF-8 multipart/alternative. A value placed in a period (ok),
# a substantiated シェアNo.1※ (silent), 100%安全 (phrase), Sync free trial (unverified).
M20_BODY = """株式会社紀州フーズ
情報システム部
坂口 真理子 様

拝啓　秋冷の候、貴社ますますご清栄のこととお慶び申し上げます。
このたびは、メリディアン・シンクに関する資料をご請求いただき、誠にありがとうございます。

メリディアン・シンクのご利用人数の上限は、2026年3月末までは1テナントあたり最大5,000ユーザーでございましたが、現在は最大1万ユーザーまで拡張されております。
同製品の1ユーザーあたりのストレージ容量は１ＴＢでございます。
おかげさまで、同製品は関西エリアの法人向けファイル共有サービスにおいてシェアNo.1※を頂戴しております。
同製品に保存されたデータは１００％安全に保護されますので、安心してご利用ください。
なお、同製品は30日間の無料トライアルをご用意しております。

※2026年6月 関西ITリサーチ調べ（関西2府4県の従業員100名以上の企業を対象）

資料は本日、別送にてお送りいたしました。
ご査収のほど、よろしくお願い申し上げます。
                                                              敬具

""" + SIG_OKAMOTO + "\n"
USERS20 = "2026年3月末までは1テナントあたり最大5,000ユーザーでございましたが、現在は最大1万ユーザーまで拡張されております。"
M20_ITEMS = [
    C(S, "max_users", 5000, "ok", USERS20),
    C(S, "max_users", 10000, "ok", USERS20),
    C(S, "storage_per_user", 1 * TB, "ok", "同製品の1ユーザーあたりのストレージ容量は１ＴＢでございます。"),
    C(S, "free_trial", dur(30, "days"), "unverified", "なお、同製品は30日間の無料トライアルをご用意しております。"),
    PH("ja.absolute", "同製品に保存されたデータは１００％安全に保護されますので、安心してご利用ください。"),
]
M20_DATE = jst(2026, 9, 24, 15, 0, 19)
M20_ID = "TYCPR01MB11562F7E1B0A9D34C5E28A6D1B0C7@TYCPR01MB11562.jpnprd01.prod.outlook.com"


def build20():
    cs, cd = "utf-8", "utf-8"
    h = ["From: " + mime.address(*OKAMOTO, cs, cd),
         "To: " + mime.address("坂口 真理子 様", SAKAGUCHI[1], cs, cd),
         "Subject: " + mime.encoded_words("メリディアン・シンク 資料ご請求の御礼", cs, cd),
         "Thread-Topic: " + mime.encoded_words("メリディアン・シンク 資料ご請求の御礼", cs, cd),
         "Thread-Index: Adz4K0m1Qe2r9c6bTqO1l2xS7h0YpA==",
         "Date: " + mime.date_header(M20_DATE),
         "Message-ID: <%s>" % M20_ID,
         "Accept-Language: ja-JP, en-US",
         "Content-Language: ja-JP",
         "X-MS-Has-Attach: ",
         "X-Mailer: Microsoft Outlook 16.0"]
    body = mime.multipart("alternative", "_000_TYCPR01MB11562F7E1B0A9D34C5E28A6D1B0C7TYCPR01MB11562jpnp_", [
        mime.text_part(M20_BODY, cs, cd, "base64"),
        mime.text_part(mime.outlook_html(M20_BODY, cs), cs, cd, "quoted-printable", "html")])
    return mime.message(h, body)


add(file="0020.eml", date=M20_DATE, msgid=M20_ID, **{"from": OKAMOTO}, mbox=False, items=M20_ITEMS, build=build20)

# ====================================================================== 0021
# Tokyo renewal notice, ISO-2022-JP. 大字 (金伍萬円), 和暦, contract counts that are no claims.
M21_BODY = """株式会社ミナト精機
総務部 情報システム課
吉田 直樹 様

拝啓　仲秋の候、貴社ますますご清栄のこととお慶び申し上げます。
平素はメリディアン・シンクをご愛用いただき、誠にありがとうございます。

さて、現在ご利用中のご契約が令和8年11月30日をもちまして満了を迎えますので、
更新のご案内を申し上げます。

現在のご契約数は２００ライセンスでございますが、更新にあわせて３２０ライセンスへの
増枠をご希望の場合は、１１月１３日（金）までにお申し付けください。
なお、更新後も同製品の稼働率ＳＬＡは９９．９％、１ユーザーあたりのストレージ容量は１ＴＢにて
変わらずご提供いたします。
また、令和8年度価格表に基づき、同製品の月額料金は金伍萬円（税抜）でございます。
更新手続きの前に、必ず別紙の利用規約（改定版）をご確認くださいますようお願い申し上げます。

ご不明な点がございましたら、お気軽にお問い合わせください。
                                                              敬具

""" + SIG_TAKAHASHI + "\n"
M21_ITEMS = [
    C(S, "sla", 99.9, "ok", "なお、更新後も同製品の稼働率ＳＬＡは９９．９％、１ユーザーあたりのストレージ容量は１ＴＢにて"),
    C(S, "storage_per_user", 1 * TB, "ok", "なお、更新後も同製品の稼働率ＳＬＡは９９．９％、１ユーザーあたりのストレージ容量は１ＴＢにて"),
    C(S, "monthly_price", yen(50000), "ok", "また、令和8年度価格表に基づき、同製品の月額料金は金伍萬円（税抜）でございます。"),
]
M21_DATE = jst(2026, 10, 15, 10, 0, 58)
M21_ID = "20261015100058.3D9E.A4D6C3F1@jp.meridian-data.com"


def build21():
    cs, cd = "ISO-2022-JP", "iso2022_jp"
    h = ["Date: " + mime.date_header(M21_DATE),
         "From: " + mime.address(*TAKAHASHI, cs, cd),
         "To: " + mime.address("吉田 直樹 様", YOSHIDA[1], cs, cd),
         "Subject: " + mime.encoded_words("メリディアン・シンク ご契約更新のご案内", cs, cd),
         "Message-Id: <%s>" % M21_ID,
         "X-Mailer: Becky! ver. 2.81.05 [ja]"]
    return mime.message(h, mime.text_part(M21_BODY, cs, cd, "7bit"))


add(file="0021.eml", date=M21_DATE, msgid=M21_ID, **{"from": TAKAHASHI}, mbox=True, items=M21_ITEMS, build=build21)

# ====================================================================== 0022
# Osaka -> Tokyo (internal), Thunderbird "forward as attachment": multipart/mixed with the
# customer's ISO-2022-JP message as message/rfc822. The customer's reported 2PB is quoted,
# office unknown, and carries the outer message id.
M22_TOP = """高橋さん
（cc：中村さん）

お疲れさまです。関西支社の西田です。

浪速物産様より、添付のとおりメリディアン・ボールトの容量についてお問い合わせがありました。
メリディアン・ボールトの保存容量は、1テナントあたり最大500TBが上限と認識しております。
念のため、本社側でもご確認いただけますでしょうか。
先方は来年度、グループ全拠点のバックアップ（約650TB）を集約したいご意向です。

よろしくお願いします。

西田
"""
M22_INNER_BODY = """西田様

いつもお世話になっております。浪速物産の松本です。

来年度、当社グループ全拠点のバックアップをメリディアン・ボールトへ集約することを検討しております。
以前ご紹介いただいた販売店の方から、メリディアン・ボールトは1テナントで最大2PBまで保存可能と伺っております。
当社の全データは約650TBとなる見込みですが、単一のご契約で対応可能でしょうか。

お手数ですが、ご確認のほどよろしくお願いいたします。

浪速物産株式会社
管理本部 システム企画室　松本 和彦
TEL 06-6201-3377
"""
M22_ITEMS = [
    C(V, "max_storage", 500 * TB, "ok", "メリディアン・ボールトの保存容量は、1テナントあたり最大500TBが上限と認識しております。"),
    C(V, "max_storage", 2000 * TB, "conflict", "メリディアン・ボールトは1テナントで最大2PBまで保存可能と伺っております。",
      quoted=True, office="unknown"),
]
M22_DATE = jst(2026, 10, 28, 17, 5, 36)
M22_ID = "5f2a8c91-0e6d-4b37-9a15-c3d8e2f40b17@osaka.jp.meridian-data.com"
M22_INNER_ID = "TYBP286MB0712E4C9A1D05B3F6E82C7A0D9B4@TYBP286MB0712.JPNP286.PROD.OUTLOOK.COM"


def build22():
    cs, cd = "ISO-2022-JP", "iso2022_jp"
    inner_h = ["From: " + mime.address(*MATSUMOTO, cs, cd),
               "To: " + mime.address(*NISHIDA, cs, cd),
               "Subject: " + mime.encoded_words("メリディアン・ボールトの容量について", cs, cd),
               "Date: " + mime.date_header(jst(2026, 10, 27, 18, 22, 5)),
               "Message-ID: <%s>" % M22_INNER_ID,
               "Content-Language: ja-JP",
               "X-Mailer: Microsoft Outlook 16.0"]
    inner = mime.message(inner_h, mime.text_part(M22_INNER_BODY, cs, cd, "7bit"))
    u8 = "UTF-8"
    h = ["Message-ID: <%s>" % M22_ID,
         "Date: " + mime.date_header(M22_DATE),
         "User-Agent: Mozilla Thunderbird",
         "Content-Language: ja",
         "To: " + mime.address(*TAKAHASHI, u8, "utf-8"),
         "Cc: " + mime.address(*NAKAMURA, u8, "utf-8"),
         "From: " + mime.address(*NISHIDA, u8, "utf-8"),
         "Subject: " + mime.encoded_words("Fwd: メリディアン・ボールトの容量について（浪速物産様）", u8, "utf-8")]
    body = mime.multipart("mixed", "------------a7Q3vN0xK2mR8pT5wB1cL6dF", [
        mime.text_part(M22_TOP, u8, "utf-8", "8bit", params="; format=flowed"),
        mime.rfc822_part(inner, "メリディアン・ボールトの容量について.eml")],
        preamble="This is a multi-part message in MIME format.")
    return mime.message(h, body)


add(file="0022.eml", date=M22_DATE, msgid=M22_ID, **{"from": NISHIDA}, mbox=True, items=M22_ITEMS, build=build22)

# ====================================================================== 0023
# Tokyo -> reseller, Thunderbird inline forward ("-------- 転送メッセージ --------"):
# everything below the marker is quoted and belongs to Osaka. Tokyo corrects the price in
# its own text; the forwarded wrong price keeps its claim.
M23_FWD = """サンライズシステムズ株式会社 大阪営業所 御中

いつもお世話になっております。メリディアンデータ関西支社の岡本でございます。

エンドユーザー様向けのメリディアン・ボールトの料金は、1TBあたり月額2,500円（税抜）でございます。
また、同製品のRPOは15分、バックアップの標準保持期間は90日間でございます。

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_OKAMOTO
M23_BODY = """森様

いつもお世話になっております。メリディアンデータの中村でございます。

関西支社の岡本より、サンライズシステムズ様の大阪営業所宛てにお送りした料金のご案内を、
参考までに転送いたします。

ただし、転送メール中の料金に誤りがございました。
メリディアン・ボールトの正しい料金は、1TBあたり月額2,800円（税抜）でございます。
大変失礼いたしました。エンドユーザー様へのご案内の際は、こちらの金額をご利用ください。

中村


-------- 転送メッセージ --------
件名: \tメリディアン・ボールト 料金のご案内
日付: \tMon, 2 Nov 2026 11:48:30 +0900
差出人: \t岡本 さやか <s.okamoto@osaka.jp.meridian-data.com>
宛先: \t大阪営業所 御中 <osaka-sales@sunrise-sys.co.jp>



""" + M23_FWD + "\n"
M23_ITEMS = [
    C(V, "price_per_tb", yen(2800, "TB-month"), "ok", "メリディアン・ボールトの正しい料金は、1TBあたり月額2,800円（税抜）でございます。"),
    C(V, "price_per_tb", yen(2500, "TB-month"), "conflict", "エンドユーザー様向けのメリディアン・ボールトの料金は、1TBあたり月額2,500円（税抜）でございます。",
      quoted=True, office="osaka"),
    C(V, "rpo", dur(15, "minutes"), "ok", "また、同製品のRPOは15分、バックアップの標準保持期間は90日間でございます。", quoted=True, office="osaka"),
    C(V, "retention", dur(90, "days"), "ok", "また、同製品のRPOは15分、バックアップの標準保持期間は90日間でございます。", quoted=True, office="osaka"),
]
M23_DATE = jst(2026, 11, 5, 13, 20, 49)
M23_ID = "c7d1e5a3-8f20-4b96-b3e4-1a9f6d0c2e58@jp.meridian-data.com"


def build23():
    cs, cd = "ISO-2022-JP", "iso2022_jp"
    h = ["Message-ID: <%s>" % M23_ID,
         "Date: " + mime.date_header(M23_DATE),
         "User-Agent: Mozilla Thunderbird",
         "Content-Language: ja",
         "To: " + mime.address(*MORI, cs, cd),
         "From: " + mime.address(*NAKAMURA, cs, cd),
         "Subject: " + mime.encoded_words("Fwd: メリディアン・ボールト 料金のご案内", cs, cd)]
    return mime.message(h, mime.text_part(M23_BODY, cs, cd, "7bit"))


add(file="0023.eml", date=M23_DATE, msgid=M23_ID, **{"from": NAKAMURA}, mbox=True, items=M23_ITEMS, build=build23)

# ====================================================================== 0024
# Tokyo -> London, English written by a Japanese account manager, UTF-8 quoted-printable.
# A GBP price from Tokyo (office-variant), the deprecated name, a "From " line for mboxrd.
M24_BODY = """Hi Fiona,

Thank you for your help with Minato Seiki Europe this year.

Yoshida-san at Minato Seiki HQ asked me whether the UK subsidiary can join their Japanese tenant next year. Before I answer, I want to make sure we quote consistently:

- For reference, the UK list price for Meridian Sync is £329 per month, as in your proposal.
- The customer's IT team still calls it "Meridian FileSync" in their internal wiki, so you may see that name in their emails.
- Their UK headcount is 46. That fits easily within the Meridian Sync limit of 10,000 users per tenant.

From my side there is no problem either way, but there is no guarantee that HQ will want to pay for the UK seats.
Could you let me know whether London would prefer a separate UK contract? Happy to discuss on Monday's call (16:00 JST / 07:00 GMT).

Best regards,
Makoto

--
Makoto Takahashi
Enterprise Sales Dept. 2, Meridian Data K.K.
Marunouchi Building 18F, 2-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-6318
Tel: +81 3 6212 4400 / Mobile: +81 90 3184 7726
"""
M24_ITEMS = [
    C(S, "monthly_price", gbp(329), "office-variant", "the UK list price for Meridian Sync is £329 per month"),
    C(S, "max_users", 10000, "ok", "That fits easily within the Meridian Sync limit of 10,000 users per tenant."),
    TERM(S, 'The customer\'s IT team still calls it "Meridian FileSync" in their internal wiki'),
]
M24_DATE = jst(2026, 11, 12, 18, 30, 4)
M24_ID = "20261112183004.4F2A.A4D6C3F1@jp.meridian-data.com"


def build24():
    cs, cd = "UTF-8", "utf-8"
    h = ["Date: " + mime.date_header(M24_DATE),
         "From: " + mime.address("Makoto Takahashi", TAKAHASHI[1], cs, cd),
         "To: " + mime.address(*FIONA, cs, cd),
         "Cc: " + mime.address(*DANIEL, cs, cd),
         "Subject: Minato Seiki Europe - renewal alignment",
         "Message-Id: <%s>" % M24_ID,
         "X-Mailer: Becky! ver. 2.81.05 [ja]"]
    return mime.message(h, mime.text_part(M24_BODY, cs, cd, "quoted-printable"))


add(file="0024.eml", date=M24_DATE, msgid=M24_ID, **{"from": TAKAHASHI}, mbox=True, items=M24_ITEMS, build=build24)


# ====================================================================== cross-office
CROSS_OFFICE = [
    dict(product=V, attribute="sla", values={"osaka": 99.99, "tokyo": 99.95},
         message_files=["mail/0004.eml", "mail/0005.eml", "mail/0006.eml"]),
    dict(product=S, attribute="offline_mode", values={"osaka": True, "tokyo": False},
         message_files=["mail/0003.eml", "mail/0008.eml", "mail/0009.eml"]),
    dict(product=V, attribute="retention", values={"london": {"amount": 30, "unit": "days"},
                                                   "tokyo": {"amount": 90, "unit": "days"}},
         message_files=["mail/0011.eml", "mail/0012.eml"]),
    dict(product=I, attribute="general_availability", values={"osaka": "2027-01", "tokyo": "2026-10"},
         message_files=["mail/0013.eml", "mail/0014.eml", "mail/0015.eml"]),
    dict(product=V, attribute="price_per_tb", values={"osaka": yen(2500, "TB-month"), "tokyo": yen(2800, "TB-month")},
         message_files=["mail/0023.eml"]),
]

from docs import DOCS  # noqa: E402,F401
