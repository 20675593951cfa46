#!/usr/bin/env python3
"""Generate evaluation set 62 (Meridian Data, Japanese everyday mail from Tokyo and Osaka).

    python3 gen/generate.py          # from anywhere; rewrites mail/, docs/, .onevoice.yaml, expected.jsonl

Stdlib only, deterministic. Every message is built as raw MIME bytes here; every
label is written next to the text it labels (see the C()/P()/T() calls), and the
generator checks that each label's `text` occurs in the decoded text it belongs to.
"""
import base64, json, os, quopri, random, shutil, unicodedata
from email.header import Header

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_DATE = "2026-11-22"

SY, VA, IN = "meridian-sync", "meridian-vault", "meridian-insight"


def jpy(a, per, tax=None):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12


# ------------------------------------------------------------------ labels
def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return {"type": "claim", "product": product, "attribute": attribute, "value": value,
            "verdict": verdict, "quoted": quoted, "office": office, "text": text}


def P(rule, text, quoted=False):
    return {"type": "finding", "kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def T(product, text, quoted=False):
    return {"type": "finding", "kind": "terminology", "rule": None, "product": product, "quoted": quoted, "text": text}


def requote(labels, office):
    """The labels of a message quoted in full by a reply: quoted, for the quoted author's office."""
    out = []
    for l in labels:
        l = dict(l, quoted=True)
        if l["type"] == "claim":
            l["office"] = l["office"] or office
        out.append(l)
    return out


def q(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


# ------------------------------------------------------------------ people
OFF = {"tokyo": "jp.meridian-data.com", "osaka": "osaka.jp.meridian-data.com",
       "london": "uk.meridian-data.com", "us-hq": "meridian-data.com"}
SATO = ("佐藤 美咲", "misaki.sato@jp.meridian-data.com")
TAKAHASHI = ("高橋 健太", "kenta.takahashi@jp.meridian-data.com")
ITO = ("伊藤 陽菜", "hina.ito@jp.meridian-data.com")
YAMAMOTO = ("山本 大輔", "daisuke.yamamoto@osaka.jp.meridian-data.com")
NAKAMURA = ("中村 彩", "aya.nakamura@osaka.jp.meridian-data.com")
HUGHES = ("Oliver Hughes", "oliver.hughes@uk.meridian-data.com")
BLAKE = ("Jordan Blake", "jordan.blake@meridian-data.com")
KOBAYASHI = ("小林 誠", "m.kobayashi@hokuto-seiki.co.jp")
YOSHIDA = ("吉田 浩二", "k.yoshida@kansai-logitech.co.jp")
MATSUMOTO = ("松本 由紀", "yuki.matsumoto@daiwa-foods.co.jp")
OKADA = ("岡田 翔", "s.okada@daiwa-foods.co.jp")
KIMURA = ("木村 拓也", "kimura@nikko-sys.co.jp")
INOUE = ("井上 真理子", "m-inoue@toyo-medical.jp")
MORI = ("森 亮介", "r.mori@keihan-textile.co.jp")
NAIR = ("Priya Nair", "priya.nair@harborlane.com")


def office_of(addr):
    dom = addr.split("@", 1)[1]
    for off in ("osaka", "tokyo", "london", "us-hq"):
        if dom == OFF[off]:
            return off
    return "unknown"


SIG_SATO = """--
佐藤 美咲（Misaki Sato）
メリディアンデータ株式会社 東京オフィス 第二営業部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル12F
TEL: 03-5218-4470 / 携帯: 090-3381-2294
misaki.sato@jp.meridian-data.com"""

SIG_TAKAHASHI = """――――――――――――――――――
高橋 健太 / Kenta Takahashi
Meridian Data K.K. Tokyo｜第一営業部
TEL 03-5218-4471｜Mobile 080-2211-0934
〒100-0005 東京都千代田区丸の内1-6-5
――――――――――――――――――"""

SIG_ITO = """--
伊藤 陽菜
メリディアンデータ株式会社 東京オフィス
ソリューションエンジニアリング部
TEL：03-5218-4475（内線 312）"""

SIG_YAMAMOTO = """━━━━━━━━━━━━━━━━━━━━
山本 大輔
メリディアンデータ株式会社 大阪オフィス
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6345-7781　FAX 06-6345-7782
適格請求書発行事業者登録番号 T8010401123456
━━━━━━━━━━━━━━━━━━━━"""

SIG_NAKAMURA = """*******************************
中村 彩（なかむら あや）
メリディアンデータ株式会社 大阪オフィス パートナー営業課
〒530-0001 大阪市北区梅田2-4-9 18F
TEL: 06-6345-7790
*******************************"""

SIG_HUGHES = """Oliver Hughes
Account Executive, Meridian Data UK Ltd
2nd Floor, 41 Luke Street, London EC2A 4DP
+44 20 7946 0321 | Registered in England, company no. 10483392"""

SIG_NAIR = """Best regards,
Priya Nair
IT Procurement Lead, Harbor Lane Logistics Japan G.K.
Shinagawa Intercity Tower A 14F, 2-15-1 Konan, Minato-ku, Tokyo 108-6014
+81 3 6711 4080"""


# ================================================================== messages
MSGS = []


def M(**kw):
    kw.setdefault("labels", [])
    kw.setdefault("archive", False)
    kw.setdefault("style", "utf8-b64")
    MSGS.append(kw)
    return kw


# ---- 0001 Tokyo, Thunderbird, ISO-2022-JP: first introduction of Sync (before the April 2026 limit change)
B0001 = """北斗精機株式会社
情報システム部 小林様

いつもお世話になっております。メリディアンデータの佐藤です。
先日はお忙しいところお時間をいただき、ありがとうございました。

ご質問いただいた点を以下にまとめました。

【ご利用人数】
メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
御社のご利用予定は800名程度と伺っていますので、十分に余裕がございます。

【ストレージ】
メリディアン シンクでは1ユーザーあたり1TBのストレージをご用意しています。

【料金】
メリディアン シンクの月額基本料金は50,000円（税抜）です。初期費用はかかりません。

【セキュリティ・稼働率】
本製品はISO 27001認証を取得しており、SOC 2 Type IIの報告書もNDA締結後にご提供できます。
同製品の稼働率（SLA）は99.9％です。

次回のお打ち合わせは2月18日（水）15時〜でいかがでしょうか。
ご都合をお聞かせいただけますと幸いです。

よろしくお願いいたします。

""" + SIG_SATO
L0001 = [
    C(SY, "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    C(SY, "storage_per_user", 1 * TB, "ok", "メリディアン シンクでは1ユーザーあたり1TBのストレージをご用意しています。"),
    C(SY, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンクの月額基本料金は50,000円（税抜）です。"),
    C(SY, "certifications", "ISO 27001", "ok", "本製品はISO 27001認証を取得しており、SOC 2 Type IIの報告書もNDA締結後にご提供できます。"),
    C(SY, "certifications", "SOC 2 Type II", "ok", "本製品はISO 27001認証を取得しており、SOC 2 Type IIの報告書もNDA締結後にご提供できます。"),
    C(SY, "sla", 99.9, "ok", "同製品の稼働率（SLA）は99.9％です。"),
]
M(fn="0001", mid="3f6c2a9e-1b7d-4c55-9e0a-6d2f81c4b7a1@jp.meridian-data.com", date="Tue, 10 Feb 2026 17:42:08 +0900",
  frm=SATO, to=[KOBAYASHI], subject="メリディアン シンクのご案内（北斗精機様）", body=B0001, labels=L0001,
  style="jis", mailer="Mozilla Thunderbird", archive=True)

# ---- 0002 customer reply from an iPhone; whole 0001 quoted below an iPhone attribution line
B0002 = """佐藤さん

ありがとうございます。18日15時で大丈夫です。
1点だけ、開発部でLinuxを使っている人が20人ほどいるのですが、ﾒﾘﾃﾞｨｱﾝ ｼﾝｸはLinuxでも使えますか？

小林

iPhoneから送信

2026/02/10 17:42、佐藤 美咲 <misaki.sato@jp.meridian-data.com>のメール:

""" + q(B0001)
M(fn="0002", mid="8C1E4F0A-77B2-4D0E-A1F3-5E9B2C7D4A61@hokuto-seiki.co.jp", date="Thu, 12 Feb 2026 08:03:51 +0900",
  frm=KOBAYASHI, to=[SATO], subject="Re: メリディアン シンクのご案内（北斗精機様）", body=B0002,
  labels=requote(L0001, "tokyo"), style="iphone", reply_to_fn="0001")

# ---- 0003 Tokyo answer; trimmed Gmail-style quote of the question only
B0003 = """小林様

お世話になっております。佐藤です。
18日（水）15時で承知いたしました。当日は弊社エンジニアの伊藤も同席いたします。

Linuxについてのご質問ですが、申し訳ございません、メリディアン シンクはLinuxには対応しておりません。
メリディアン シンクの対応OSはWindows、macOS、iOS（iPadOSを含む）、Androidの4つです。
開発部の皆様には、Windows端末またはMacからのご利用をご検討いただけますと幸いです。

また、メリディアン シンクはオフラインモードを備えておりませんので、ネットワークに接続した状態でご利用ください。

引き続きよろしくお願いいたします。

""" + SIG_SATO + """

2026年2月12日(木) 8:03 小林 誠 <m.kobayashi@hokuto-seiki.co.jp>:
> 佐藤さん
>
> ありがとうございます。18日15時で大丈夫です。
> 1点だけ、開発部でLinuxを使っている人が20人ほどいるのですが、ﾒﾘﾃﾞｨｱﾝ ｼﾝｸはLinuxでも使えますか？
>
> 小林"""
T3 = "メリディアン シンクの対応OSはWindows、macOS、iOS（iPadOSを含む）、Androidの4つです。"
L0003 = [C(SY, "supported_platforms", m, "ok", T3) for m in ("Windows", "macOS", "iOS", "Android")] + [
    C(SY, "offline_mode", False, "ok", "メリディアン シンクはオフラインモードを備えておりませんので、ネットワークに接続した状態でご利用ください。"),
]
M(fn="0003", mid="a81d0c44-2f3e-4b9a-8c17-0e5d6b3a9f22@jp.meridian-data.com", date="Fri, 13 Feb 2026 10:27:40 +0900",
  frm=SATO, to=[KOBAYASHI], subject="Re: メリディアン シンクのご案内（北斗精機様）", body=B0003, labels=L0003,
  style="utf8-8bit", mailer="Mozilla Thunderbird", archive=True, reply_to_fn="0002")

# ---- 0004 Osaka, Outlook, multipart/alternative: Vault proposal with ①②③ points
B0004 = """関西ロジテック株式会社
システム管理課 吉田様

いつもお世話になっております。
メリディアンデータ大阪オフィスの山本でございます。

先日のお打ち合わせ（３月３日）でご相談いただいたバックアップ基盤の件で、ご連絡いたします。
弊社のメリディアン・ボールトをご提案させていただきます。

【ご提案のポイント】
①メリディアン・ボールトのＲＰＯ（目標復旧時点）は最大１５分です。
②同製品のバックアップ保持期間は標準で九十日間です。
③メリディアン・ボールトのデータセンターは、東京と大阪の２拠点からお選びいただけます。
④同製品はAES-256で暗号化して保存しますので、安心してご利用いただけます。

【費用】
メリディアン・ヴォールトの容量課金は、1TBあたり月額２，８００円（税抜）です。
現行のバックアップ対象データは約40TBとのことですので、月額は約112,000円（税抜）の見込みです。
また、今回は初年度に限り10%のお値引きをご用意しております。

【サービスレベル】
メリディアン・ボールトのSLA（稼働率）は99.95％です。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

""" + SIG_YAMAMOTO
L0004 = [
    C(VA, "rpo", dur(15, "minutes"), "ok", "①メリディアン・ボールトのＲＰＯ（目標復旧時点）は最大１５分です。"),
    C(VA, "retention", dur(90, "days"), "ok", "②同製品のバックアップ保持期間は標準で九十日間です。"),
    C(VA, "data_centers", "Tokyo", "ok", "③メリディアン・ボールトのデータセンターは、東京と大阪の２拠点からお選びいただけます。"),
    C(VA, "data_centers", "Osaka", "ok", "③メリディアン・ボールトのデータセンターは、東京と大阪の２拠点からお選びいただけます。"),
    C(VA, "encryption", "AES-256", "ok", "④同製品はAES-256で暗号化して保存しますので、安心してご利用いただけます。"),
    C(VA, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン・ヴォールトの容量課金は、1TBあたり月額２，８００円（税抜）です。"),
    C(VA, "sla", 99.95, "ok", "メリディアン・ボールトのSLA（稼働率）は99.95％です。"),
]
M(fn="0004", mid="TYWPR01MB8842A1C3F0D9E2B7C51D4E3BA7712@TYWPR01MB8842.jpnprd01.prod.outlook.com",
  date="Thu, 5 Mar 2026 16:21:33 +0900", frm=YAMAMOTO, to=[YOSHIDA],
  subject="【ご提案】メリディアン・ボールト バックアップ基盤について", body=B0004, labels=L0004,
  style="outlook-alt", archive=True)

# ---- 0005 customer, Outlook reply quoting 0004 under -----Original Message-----
B0005 = """山本様

お世話になっております。関西ロジテックの吉田です。
ご提案ありがとうございました。社内で検討いたします。

１点確認させてください。
弊社のDR要件として、障害発生から４時間以内の復旧（RTO）が求められています。
メリディアン・ボールトでこの要件は満たせますでしょうか。

ちなみに、他社さんのご提案では「保持期間は最大１年」と伺っております。

吉田
----------------------------------------
関西ロジテック株式会社 管理本部 システム管理課
吉田 浩二
〒567-0032 大阪府茨木市西駅前町5-12
TEL 072-621-3305

-----Original Message-----
From: 山本 大輔 <daisuke.yamamoto@osaka.jp.meridian-data.com>
Sent: Thursday, March 5, 2026 4:21 PM
To: 吉田 浩二 <k.yoshida@kansai-logitech.co.jp>
Subject: 【ご提案】メリディアン・ボールト バックアップ基盤について

""" + B0004
M(fn="0005", mid="OS3PR01MB6610F2E8B4C0A9D1E6B2C7F0D5A13@OS3PR01MB6610.jpnprd01.prod.outlook.com",
  date="Mon, 9 Mar 2026 11:05:17 +0900", frm=YOSHIDA, to=[YAMAMOTO],
  subject="RE: 【ご提案】メリディアン・ボールト バックアップ基盤について", body=B0005,
  labels=requote(L0004, "osaka"), style="utf8-qp", mailer="Microsoft Outlook 16.0", reply_to_fn="0004")

# ---- 0006 Osaka answer on RTO (an attribute with no approved value), quoting the customer in a 元のメッセージ block
B0006_QUOTED = B0005.split("\n-----Original Message-----")[0]
B0006 = """吉田様

お世話になっております。山本です。
ご質問ありがとうございます。

メリディアン・ボールトの目標復旧時間（ＲＴＯ）は、４時間以内が目安です。
ただし、復旧対象のデータ量やネットワーク帯域によって前後しますので、
詳細は構成を確認のうえ、改めてご説明させてください。

保持期間の延長はオプションで対応可能です（別途お見積り）。

""" + SIG_YAMAMOTO + """

-----元のメッセージ-----
差出人: 吉田 浩二 <k.yoshida@kansai-logitech.co.jp>
送信日時: 2026年3月9日 11:05
宛先: 山本 大輔 <daisuke.yamamoto@osaka.jp.meridian-data.com>
件名: RE: 【ご提案】メリディアン・ボールト バックアップ基盤について

""" + B0006_QUOTED
L0006 = [C(VA, "rto", dur(4, "hours"), "unverified", "メリディアン・ボールトの目標復旧時間（ＲＴＯ）は、４時間以内が目安です。")]
M(fn="0006", mid="TYWPR01MB8842C77E1A0B3D9F2E4A6C8B10554@TYWPR01MB8842.jpnprd01.prod.outlook.com",
  date="Tue, 10 Mar 2026 09:48:02 +0900", frm=YAMAMOTO, to=[YOSHIDA],
  subject="RE: 【ご提案】メリディアン・ボールト バックアップ基盤について", body=B0006, labels=L0006,
  style="jis", mailer="Microsoft Outlook 16.0", archive=True, reply_to_fn="0005")

# ---- 0007 Osaka to a reseller: the April 2026 limit change, each value placed in its period
B0007 = """日興システムズ株式会社
営業本部 木村様

いつも大変お世話になっております。メリディアンデータ大阪の中村です。

4月1日付でメリディアン シンクの仕様が一部変わりましたので、お知らせいたします。

・2026年3月末までは、メリディアン シンクの上限は1テナントあたり5,000ユーザーでした。
・2026年4月以降は、同製品を最大1万ユーザーまでご利用いただけます。

メリディアン シンクの料金（月額50,000円・税抜）に変更はございません。
販売店様向けの仕切り価格は別紙のとおりです（添付：PL-JP-2026-04_partner.pdf）。

エンドユーザー様へのご案内文の例が必要でしたら、お気軽にお申し付けください。
今後ともよろしくお願いいたします。

""" + SIG_NAKAMURA
L0007 = [
    C(SY, "max_users", 5000, "ok", "・2026年3月末までは、メリディアン シンクの上限は1テナントあたり5,000ユーザーでした。"),
    C(SY, "max_users", 10000, "ok", "・2026年4月以降は、同製品を最大1万ユーザーまでご利用いただけます。"),
    C(SY, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンクの料金（月額50,000円・税抜）に変更はございません。"),
]
M(fn="0007", mid="20260420141233.5E2A.5B1C7D0F@osaka.jp.meridian-data.com", date="Mon, 20 Apr 2026 14:12:33 +0900",
  frm=NAKAMURA, to=[KIMURA], subject="【ご案内】メリディアン シンク 上限ユーザー数変更のお知らせ", body=B0007,
  labels=L0007, style="jis", mailer="Becky! ver. 2.81.05", archive=True)

# ---- 0008 Tokyo, Gmail multipart/alternative: Insight beta; product carried from a 【】 heading
B0008 = """大和フーズ株式会社
経営企画部 松本様

お世話になっております。メリディアンデータの高橋です。
昨日はありがとうございました。ご興味をお持ちいただいた分析ツールについて補足いたします。

メリディアン インサイトは現在ベータ版で、正式リリースは2027年1月を予定しています。
インサイトはベータ期間中も30日間の無料トライアルをお申し込みいただけます。

【メリディアン インサイトの主な仕様】
①ダッシュボードは1ワークスペースあたり最大２００個まで作成できます
②クエリの応答時間は最大２秒（p95）です
③料金は1ユーザーあたり月額4,000円（税抜）です
④標準で４０種類以上のデータソースと連携できます

【お見積りの目安】
分析をご担当される方は当面15名程度とお聞きしていますので、15名×4,000円で月額60,000円（税抜）が目安になります。

トライアルのお申し込みフォームは以下です。
https://www.meridian-data.com/jp/insight/trial?ref=daiwa-foods

""" + SIG_TAKAHASHI
L0008 = [
    C(IN, "general_availability", "2027-01", "ok", "メリディアン インサイトは現在ベータ版で、正式リリースは2027年1月を予定しています。"),
    C(IN, "free_trial", dur(30, "days"), "ok", "インサイトはベータ期間中も30日間の無料トライアルをお申し込みいただけます。"),
    C(IN, "max_dashboards", 200, "ok", "①ダッシュボードは1ワークスペースあたり最大２００個まで作成できます"),
    C(IN, "query_latency", dur(2, "seconds"), "ok", "②クエリの応答時間は最大２秒（p95）です"),
    C(IN, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "③料金は1ユーザーあたり月額4,000円（税抜）です"),
    C(IN, "integrations", 40, "unverified", "④標準で４０種類以上のデータソースと連携できます"),
]
M(fn="0008", mid="CAF7q+2mXcTa9VbQ0e3LrK1yN8hP4sWd6uJ5oZ2t@mail.gmail.com", date="Fri, 8 May 2026 18:30:12 +0900",
  frm=TAKAHASHI, to=[MATSUMOTO], subject="メリディアン インサイトについて（補足）", body=B0008, labels=L0008,
  style="gmail-alt", archive=True)

# ---- 0009 Tokyo engineer: Q&A with a stale limit and a results promise
B0009 = """小林様

お世話になっております。メリディアンデータの伊藤です。
先日のお打ち合わせでは大変お世話になりました。

ご質問いただいた件について、回答いたします。

Ｑ１．ユーザー数の上限はありますか
Ａ１．メリディアン シンクは最大５，０００ユーザーまでご利用いただけます。

Ｑ２．共有リンクに有効期限は設定できますか
Ａ２．はい、7日・30日・90日から選べます。

Ｑ３．iPadからも使えますか
Ａ３．メリディアン シンクはiPadでもご利用いただけます。

部門ごとのファイルサーバーを統合していただければ、管理の手間は必ず削減できます。
ほかにもご不明点があれば、何なりとお申し付けください。

""" + SIG_ITO
L0009 = [
    C(SY, "max_users", 5000, "stale", "Ａ１．メリディアン シンクは最大５，０００ユーザーまでご利用いただけます。"),
    C(SY, "supported_platforms", "iOS", "ok", "Ａ３．メリディアン シンクはiPadでもご利用いただけます。"),
    P("ja.absolute", "部門ごとのファイルサーバーを統合していただければ、管理の手間は必ず削減できます。"),
]
M(fn="0009", mid="5b0e7d13-9a4c-4f62-b8e1-c3d2a7f90e45@jp.meridian-data.com", date="Wed, 20 May 2026 13:15:44 +0900",
  frm=ITO, to=[KOBAYASHI], cc=[SATO], subject="先日のご質問への回答（メリディアン シンク）", body=B0009, labels=L0009,
  style="jis", mailer="Mozilla Thunderbird", archive=True)

# ---- 0010 customer, iPhone, short; quotes 0009 in full
B0010 = """伊藤さん

ありがとうございます。
5,000人だと数年後に足りなくなるかもしれないので、上位プランがあれば教えてください。

小林

iPhoneから送信

2026/05/20 13:15、伊藤 陽菜 <hina.ito@jp.meridian-data.com>のメール:

""" + q(B0009)
M(fn="0010", mid="E2B94C1D-0F6A-4E37-9D25-B81A7C3E6F04@hokuto-seiki.co.jp", date="Thu, 21 May 2026 07:58:10 +0900",
  frm=KOBAYASHI, to=[ITO], cc=[SATO], subject="Re: 先日のご質問への回答（メリディアン シンク）", body=B0010,
  labels=requote(L0009, "tokyo"), style="iphone", reply_to_fn="0009")

# ---- 0011 Tokyo correction (誤)(正): only the corrected value is a claim
B0011 = """小林様

たびたび失礼いたします。メリディアンデータの伊藤です。
先日お送りした回答に誤りがございましたので、訂正させてください。

メリディアン シンクのユーザー数上限：（誤）最大５，０００ユーザー →（正）最大１０，０００ユーザー
２０２６年４月のバージョンアップで上限が引き上げられておりました。確認不足で申し訳ございません。

上位プランのご契約は不要です。
引き続きよろしくお願いいたします。

""" + SIG_ITO
L0011 = [C(SY, "max_users", 10000, "ok", "メリディアン シンクのユーザー数上限：（誤）最大５，０００ユーザー →（正）最大１０，０００ユーザー")]
M(fn="0011", mid="0c7f5a28-6e1b-4d93-a2f4-91e8b6d0c317@jp.meridian-data.com", date="Fri, 22 May 2026 09:02:31 +0900",
  frm=ITO, to=[KOBAYASHI], cc=[SATO], subject="【訂正】先日のご質問への回答（メリディアン シンク）", body=B0011,
  labels=L0011, style="jis", mailer="Mozilla Thunderbird", archive=True, reply_to_fn="0010")

# ---- 0012 Osaka to the reseller: tax-included price list, an old product name, a cheapest claim
B0012 = """日興システムズ株式会社
木村様

いつもお世話になっております。大阪オフィスの中村です。
下期の販売店様向け価格について、以下のとおりご案内いたします（価格改定はございません）。

【エンドユーザー様向け標準価格（税込）】
①メリディアン シンク：月額55,000円（税込）
②メリディアン・ボールト：1TBあたり月額3,080円（税込）
③メリディアン・インサイト：1ユーザーあたり月額4,400円（税込）

他社と比べても業界最安クラスの水準ですので、ぜひ積極的にご提案ください。

なお、先月お送りしたメリディアン・ファイルシンクのカタログは旧版のため、お手数ですが差し替えをお願いいたします。
最新版：https://partners.meridian-data.com/dl/MeridianFileSync_Guide_v3.pdf（ファイル名は旧名称のままです）

ご不明な点は中村までご連絡ください。

""" + SIG_NAKAMURA
L0012 = [
    C(SY, "monthly_price", jpy(55000, "month", "included"), "ok", "①メリディアン シンク：月額55,000円（税込）"),
    C(VA, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", "②メリディアン・ボールト：1TBあたり月額3,080円（税込）"),
    C(IN, "per_user_price", jpy(4400, "user-month", "included"), "ok", "③メリディアン・インサイト：1ユーザーあたり月額4,400円（税込）"),
    P("ja.cheapest", "他社と比べても業界最安クラスの水準ですので、ぜひ積極的にご提案ください。"),
    T(SY, "なお、先月お送りしたメリディアン・ファイルシンクのカタログは旧版のため、お手数ですが差し替えをお願いいたします。"),
]
M(fn="0012", mid="20260615103911.7A3F.5B1C7D0F@osaka.jp.meridian-data.com", date="Mon, 15 Jun 2026 10:39:11 +0900",
  frm=NAKAMURA, to=[KIMURA], subject="下期 販売店様向け価格のご案内", body=B0012, labels=L0012,
  style="utf8-qp", mailer="Becky! ver. 2.81.05", archive=True)

# ---- 0013 London, English, to a Japanese subsidiary of a customer
B0013 = """Hi Priya,

Thanks for the call this morning. As promised, a quick summary for your Tokyo rollout.

Meridian Sync is £329 per month for the workspace (plus VAT), billed annually.
Availability is covered by our SLA at 99.95% for Meridian Sync, with service credits if we miss it.
Each Meridian Sync user gets 1 TB of storage.
Since the April release, a single Meridian Sync tenant takes up to 10,000 users.
Your 1,200 staff in Japan are comfortably within that.

For the backup side, Meridian Vault is hosted in Tokyo, Osaka, Oregon and Frankfurt, so everything can stay in Japan if you prefer.

My colleagues in our Tokyo office can take it from here and quote in yen. I have copied Kenta Takahashi.

Cheers,
Oliver

""" + SIG_HUGHES
L0013 = [
    C(SY, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month for the workspace (plus VAT), billed annually."),
    C(SY, "sla", 99.95, "conflict", "Availability is covered by our SLA at 99.95% for Meridian Sync, with service credits if we miss it."),
    C(SY, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage."),
    C(SY, "max_users", 10000, "ok", "Since the April release, a single Meridian Sync tenant takes up to 10,000 users."),
] + [C(VA, "data_centers", m, "ok", "For the backup side, Meridian Vault is hosted in Tokyo, Osaka, Oregon and Frankfurt, so everything can stay in Japan if you prefer.")
     for m in ("Tokyo", "Osaka", "Oregon", "Frankfurt")]
M(fn="0013", mid="CWXP265MB3391B0E5D7A24F1C9E8D6A2BC3F47@CWXP265MB3391.GBRP265.PROD.OUTLOOK.COM",
  date="Fri, 15 May 2026 11:47:05 +0100", frm=HUGHES, to=[NAIR], cc=[TAKAHASHI],
  subject="Meridian Sync for your Tokyo team", body=B0013, labels=L0013, style="utf8-qp",
  mailer="Microsoft Outlook 16.0", archive=True)

# ---- 0014 customer (English): two reported statements, one under the old product name
B0014 = """Hello Takahashi-san,

Oliver Hughes in London introduced us. Before our meeting on 10 June I have two points to check.

1. Oliver told us Meridian Sync has a 99.95% uptime SLA. Our procurement
template asks for the exact figure.
2. A reseller page we found says Meridian FileSync also runs on Linux. Our
engineering team in Osaka uses Ubuntu workstations.

We are looking at roughly 1,200 seats across Japan, so pricing in JPY would
help.

""" + SIG_NAIR
L0014 = [
    C(SY, "sla", 99.95, "conflict", "Oliver told us Meridian Sync has a 99.95% uptime SLA."),
    C(SY, "supported_platforms", "Linux", "conflict", "A reseller page we found says Meridian FileSync also runs on Linux."),
    T(SY, "A reseller page we found says Meridian FileSync also runs on Linux."),
]
M(fn="0014", mid="PH0PR12MB7718D2C4A90E1F6B3E5C8A7D2F190@PH0PR12MB7718.namprd12.prod.outlook.com",
  date="Wed, 3 Jun 2026 18:12:40 +0900", frm=NAIR, to=[TAKAHASHI], cc=[HUGHES],
  subject="Questions before our meeting (Meridian Sync)", body=B0014, labels=L0014, style="ascii",
  mailer="Microsoft Outlook 16.0", archive=True)

# ---- 0015 Tokyo answers inline (interleaved reply: only the > lines are quoted); a "From " line for mboxrd
B0015 = """Dear Priya,

Thank you for your email. My answers are inline below.

On Wed, Jun 3, 2026 at 6:12 PM Priya Nair <priya.nair@harborlane.com> wrote:
> 1. Oliver told us Meridian Sync has a 99.95% uptime SLA. Our procurement
> template asks for the exact figure.

The SLA for Meridian Sync is 99.9% monthly uptime. I am sorry for the confusion:
99.95% is the SLA of Meridian Vault, our backup service.

> 2. A reseller page we found says Meridian FileSync also runs on Linux. Our
> engineering team in Osaka uses Ubuntu workstations.

Unfortunately Meridian Sync does not run on Linux today.
Meridian Sync supports Windows, macOS, iOS and Android.

> We are looking at roughly 1,200 seats across Japan, so pricing in JPY would
> help.

In Japan, Meridian Sync is JPY 50,000 per month before consumption tax (JPY 55,000 including tax).
From our side, a formal quotation for 1,200 users will be ready for the meeting on 10 June.

Kind regards,
Kenta Takahashi
Meridian Data K.K. (Tokyo)
+81 3 5218 4471"""
L0015 = [
    C(SY, "sla", 99.9, "ok", "The SLA for Meridian Sync is 99.9% monthly uptime."),
    C(VA, "sla", 99.95, "ok", "99.95% is the SLA of Meridian Vault, our backup service."),
] + [C(SY, "supported_platforms", m, "ok", "Meridian Sync supports Windows, macOS, iOS and Android.") for m in ("Windows", "macOS", "iOS", "Android")] + [
    C(SY, "monthly_price", jpy(50000, "month", "excluded"), "ok", "In Japan, Meridian Sync is JPY 50,000 per month before consumption tax (JPY 55,000 including tax)."),
    C(SY, "monthly_price", jpy(55000, "month", "included"), "ok", "In Japan, Meridian Sync is JPY 50,000 per month before consumption tax (JPY 55,000 including tax)."),
] + requote(L0014, "unknown")
M(fn="0015", mid="CAF7q+2nR8wUe0Hk3Yt6Pq9Lc1bVz5Gx7aJd4sM@mail.gmail.com", date="Thu, 4 Jun 2026 10:20:55 +0900",
  frm=TAKAHASHI, to=[NAIR], cc=[HUGHES], subject="Re: Questions before our meeting (Meridian Sync)", body=B0015,
  labels=L0015, style="ascii", mailer=None, archive=True, reply_to_fn="0014")

# ---- 0016 Osaka, Shift_JIS (an Android mailer): RPO promised shorter than the base, a region that does not exist
B0016 = """吉田様

いつもお世話になっております。山本です。
先週の定例会でお話に出た、メリディアン・ボールトの更新契約の件です。

同製品はバックアップの取得間隔が短くなり、ＲＰＯは５分に短縮されました。
また、同製品のリージョンにシンガポールが追加されましたので、海外拠点のバックアップにもご活用いただけます。
メリディアン・ボールトの容量上限は、従来どおり1テナントあたり500TBです。

更新のお見積りは、来週火曜（9月22日）にお持ちします。
よろしくお願いいたします。

山本 大輔
メリディアンデータ株式会社 大阪オフィス
TEL 06-6345-7781 / 携帯 080-4417-2093"""
L0016 = [
    C(VA, "rpo", dur(5, "minutes"), "conflict", "同製品はバックアップの取得間隔が短くなり、ＲＰＯは５分に短縮されました。"),
    C(VA, "data_centers", "Singapore", "conflict", "また、同製品のリージョンにシンガポールが追加されましたので、海外拠点のバックアップにもご活用いただけます。"),
    C(VA, "max_storage", 500 * TB, "ok", "メリディアン・ボールトの容量上限は、従来どおり1テナントあたり500TBです。"),
]
M(fn="0016", mid="1726645211.8821.y.daisuke@osaka.jp.meridian-data.com", date="Fri, 18 Sep 2026 11:20:11 +0900",
  frm=YAMAMOTO, to=[YOSHIDA], subject="メリディアン・ボールト 更新の件", body=B0016, labels=L0016,
  style="sjis", mailer="SHARP SH-M26 Mail", archive=True)

# ---- 0017 Tokyo, multipart/alternative QP: Vault summary with product from the 【】 heading; an unsourced 国内トップ
B0017 = """東洋メディカル株式会社
情報システム課 井上様

お世話になっております。メリディアンデータの佐藤です。
本日はオンラインでのお打ち合わせ、ありがとうございました。
ご説明した内容の要点をお送りします。

【メリディアン ボールト 要点】
・RPO：15分
・標準保持期間：90日
・SLA：99.95%
・暗号化：AES-256
・データセンター：東京／大阪（国内2拠点）、オレゴン、フランクフルト
・料金：1TBあたり月額2,800円（税抜）

医療機関様での導入実績は国内トップクラスで、病院様向けの導入事例（3件）も添付しております。
ご検討のほど、よろしくお願いいたします。

""" + SIG_SATO
L0017 = [
    C(VA, "rpo", dur(15, "minutes"), "ok", "・RPO：15分"),
    C(VA, "retention", dur(90, "days"), "ok", "・標準保持期間：90日"),
    C(VA, "sla", 99.95, "ok", "・SLA：99.95%"),
    C(VA, "encryption", "AES-256", "ok", "・暗号化：AES-256"),
] + [C(VA, "data_centers", m, "ok", "・データセンター：東京／大阪（国内2拠点）、オレゴン、フランクフルト") for m in ("Tokyo", "Osaka", "Oregon", "Frankfurt")] + [
    C(VA, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "・料金：1TBあたり月額2,800円（税抜）"),
    P("ja.superlative-no1", "医療機関様での導入実績は国内トップクラスで、病院様向けの導入事例（3件）も添付しております。"),
]
M(fn="0017", mid="e6a1f0b2-3c8d-47e5-9f14-2b7c0d9a8e63@jp.meridian-data.com", date="Tue, 1 Sep 2026 17:05:26 +0900",
  frm=SATO, to=[INOUE], subject="メリディアン ボールトのご説明（要点）", body=B0017, labels=L0017,
  style="tb-alt-qp", mailer="Mozilla Thunderbird", archive=True)

# ---- 0018 Tokyo forwards an English HQ answer inline (Thunderbird 転送メッセージ): everything below is quoted, office us-hq
B0018_FWD = """Hi Misaki,

Short answer: no, we do not run a Virginia region.
Meridian Vault is hosted in Oregon and Frankfurt for customers outside APAC, plus Tokyo and Osaka.
For a hospital group the usual questions are about encryption and restores. Meridian Vault encrypts everything at rest with AES-256, and a full restore is typically back online within 6 hours.
Meridian Vault pricing in the US is $20 per TB per month, but your customer will be quoted in yen by you.

Jordan
--
Jordan Blake | Product Manager, Meridian Vault
Meridian Data Inc. | 500 Howard St, San Francisco, CA 94105
+1 415 555 0186"""
B0018 = """井上様

お世話になっております。佐藤です。
先日ご質問いただいた米国リージョンの件、本社の製品担当から回答がありましたので転送いたします。
英語のままで恐縮ですが、要点は以下のとおりです。

・メリディアン ボールトの海外データセンターはオレゴンとフランクフルトです
・バージニアにはデータセンターはございません
・メリディアン ボールトの米国での価格は1TBあたり月額20米ドルですが、日本でのご契約は円建てとなります

よろしくお願いいたします。

""" + SIG_SATO + """

-------- 転送メッセージ --------
件名: 	Re: Vault US region question
日付: 	Fri, 4 Sep 2026 16:40:12 -0700
差出人: 	Jordan Blake <jordan.blake@meridian-data.com>
宛先: 	Misaki Sato <misaki.sato@jp.meridian-data.com>

""" + B0018_FWD
TJ1 = "Meridian Vault is hosted in Oregon and Frankfurt for customers outside APAC, plus Tokyo and Osaka."
TJ2 = "Meridian Vault encrypts everything at rest with AES-256, and a full restore is typically back online within 6 hours."
L0018 = [C(VA, "data_centers", m, "ok", "・メリディアン ボールトの海外データセンターはオレゴンとフランクフルトです") for m in ("Oregon", "Frankfurt")] + [
    C(VA, "price_per_tb", money(20, "USD", "TB-month"), "office-variant", "・メリディアン ボールトの米国での価格は1TBあたり月額20米ドルですが、日本でのご契約は円建てとなります")] + [
    C(VA, "data_centers", m, "ok", TJ1, quoted=True, office="us-hq") for m in ("Oregon", "Frankfurt", "Tokyo", "Osaka")] + [
    C(VA, "encryption", "AES-256", "ok", TJ2, quoted=True, office="us-hq"),
    C(VA, "rto", dur(6, "hours"), "unverified", TJ2, quoted=True, office="us-hq"),
    C(VA, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault pricing in the US is $20 per TB per month, but your customer will be quoted in yen by you.", quoted=True, office="us-hq"),
]
M(fn="0018", mid="b4d9e2a7-0f31-4c86-a5e8-7d1c3f06b952@jp.meridian-data.com", date="Tue, 8 Sep 2026 09:31:47 +0900",
  frm=SATO, to=[INOUE], subject="Fwd: Re: Vault US region question", body=B0018, labels=L0018,
  style="utf8-b64", mailer="Mozilla Thunderbird", archive=True)

# ---- 0019 customer sends an Osaka mail as an attachment (message/rfc822); plus her own reported statement
B0019_INNER = """大和フーズ株式会社 大阪工場
岡田様

お世話になっております。メリディアンデータ大阪オフィスの中村です。
先日の展示会ではブースにお立ち寄りいただき、ありがとうございました。

ご関心をお寄せいただいたメリディアン・インサイトについて、ご案内いたします。

・メリディアン・インサイトは2026年11月に正式リリース予定です。
・無料トライアルは２か月間ご利用いただけます。
・料金は1ユーザーあたり月額4,000円（税抜）です。

工場の生産データの見える化にもご活用いただけますので、ぜひご検討ください。

""" + SIG_NAKAMURA
L0019_INNER = [
    C(IN, "general_availability", "2026-11", "conflict", "・メリディアン・インサイトは2026年11月に正式リリース予定です。"),
    C(IN, "free_trial", dur(60, "days"), "conflict", "・無料トライアルは２か月間ご利用いただけます。"),
    C(IN, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "・料金は1ユーザーあたり月額4,000円（税抜）です。"),
]
B0019 = """高橋様

いつもお世話になっております。大和フーズの松本です。

大阪工場の岡田が、御社大阪オフィスの中村様からご案内メールを受け取ったとのことで、添付いたします。
中村様からは、メリディアン インサイトは2026年11月に正式リリースと伺っております。
5月に高橋様から伺ったお話と違うようですので、念のためご確認いただけますでしょうか。

よろしくお願いいたします。

松本 由紀
大和フーズ株式会社 経営企画部
〒104-0061 東京都中央区銀座6-10-1
TEL 03-3572-6180（直通）"""
L0019 = [C(IN, "general_availability", "2026-11", "conflict", "中村様からは、メリディアン インサイトは2026年11月に正式リリースと伺っております。", office="unknown")] + \
    [dict(l, quoted=True, office="osaka") for l in L0019_INNER]
M(fn="0019", mid="TYCP286MB2193E0A4C7B1D5F9826E3A1C04B7@TYCP286MB2193.JPNP286.PROD.OUTLOOK.COM",
  date="Mon, 5 Oct 2026 15:44:09 +0900", frm=MATSUMOTO, to=[TAKAHASHI],
  subject="FW: メリディアン・インサイトのご案内", body=B0019, labels=L0019, style="rfc822",
  inner=dict(mid="20261001162050.3C9E.5B1C7D0F@osaka.jp.meridian-data.com", date="Thu, 1 Oct 2026 16:20:50 +0900",
             frm=NAKAMURA, to=[OKADA], subject="メリディアン・インサイトのご案内", body=B0019_INNER),
  mailer="Microsoft Outlook 16.0", archive=True)

# ---- 0020 Tokyo reply (Outlook, ISO-2022-JP): the right dates, and a languages figure with no approved value
B0020 = """松本様

お世話になっております。メリディアンデータの高橋です。
ご確認いただき、ありがとうございます。

メリディアン インサイトの正式リリースは2027年1月を予定しております（現在はベータ版です）。
また、インサイトの無料トライアル期間は３０日間です。
大阪オフィスからのご案内に誤りがあり、大変失礼いたしました。岡田様には中村から改めてご連絡いたします。

なお、インサイトの画面表示は日本語・英語を含む８言語に対応しています。
工場の海外スタッフの方にもお使いいただけます。

""" + SIG_TAKAHASHI + """

-----元のメッセージ-----
差出人: 松本 由紀 <yuki.matsumoto@daiwa-foods.co.jp>
送信日時: 2026年10月5日 15:44
宛先: 高橋 健太 <kenta.takahashi@jp.meridian-data.com>
件名: FW: メリディアン・インサイトのご案内

""" + B0019
L0020 = [
    C(IN, "general_availability", "2027-01", "ok", "メリディアン インサイトの正式リリースは2027年1月を予定しております（現在はベータ版です）。"),
    C(IN, "free_trial", dur(30, "days"), "ok", "また、インサイトの無料トライアル期間は３０日間です。"),
    C(IN, "ui_languages", 8, "unverified", "なお、インサイトの画面表示は日本語・英語を含む８言語に対応しています。"),
    C(IN, "general_availability", "2026-11", "conflict", "中村様からは、メリディアン インサイトは2026年11月に正式リリースと伺っております。", quoted=True, office="unknown"),
]
M(fn="0020", mid="TYWPR01MB9130A5E2C8D4B7F06E1A3C9D25F88@TYWPR01MB9130.jpnprd01.prod.outlook.com",
  date="Tue, 6 Oct 2026 10:12:36 +0900", frm=TAKAHASHI, to=[MATSUMOTO], subject="RE: FW: メリディアン・インサイトのご案内",
  body=B0020, labels=L0020, style="jis", mailer="Microsoft Outlook 16.0", archive=True, reply_to_fn="0019")

# ---- 0021 customer, iPhone, one line plus the whole of 0016 quoted
B0021 = """山本さん

ありがとうございます。RPO５分は助かります。
シンガポールは来期の検討にさせてください。22日10時でお待ちしています。

吉田

iPhoneから送信

2026/09/18 11:20、山本 大輔 <daisuke.yamamoto@osaka.jp.meridian-data.com>のメール:

""" + q(B0016)
M(fn="0021", mid="7F3A0C9E-2B51-4D8A-B6E4-0C19D7F2A853@kansai-logitech.co.jp", date="Sat, 19 Sep 2026 08:41:27 +0900",
  frm=YOSHIDA, to=[YAMAMOTO], subject="Re: メリディアン・ボールト 更新の件", body=B0021,
  labels=requote(L0016, "osaka"), style="iphone", reply_to_fn="0016")

# ---- 0022 Osaka to a new customer: tax-marked price equal to the base (conflict); a corrected user limit
B0022 = """京阪テキスタイル株式会社
総務部 森様

お世話になっております。メリディアンデータ大阪オフィスの中村です。
昨日はショールームまでお越しいただき、ありがとうございました。

メリディアン シンクの月額料金は50,000円（税込）です。
初期費用・解約金はございません。

なお、メリディアン シンクのユーザー数上限について、昨日「最大2万ユーザー」とお伝えしてしまいましたが、正しくは最大一万ユーザーです。
御社の規模（約350名）でしたら問題なくご利用いただけます。

資料一式をお送りしますので、ご査収ください。

""" + SIG_NAKAMURA
L0022 = [
    C(SY, "monthly_price", jpy(50000, "month", "included"), "conflict", "メリディアン シンクの月額料金は50,000円（税込）です。"),
    C(SY, "max_users", 10000, "ok", "なお、メリディアン シンクのユーザー数上限について、昨日「最大2万ユーザー」とお伝えしてしまいましたが、正しくは最大一万ユーザーです。"),
]
M(fn="0022", mid="20261102175520.9D4B.5B1C7D0F@osaka.jp.meridian-data.com", date="Mon, 2 Nov 2026 17:55:20 +0900",
  frm=NAKAMURA, to=[MORI], subject="メリディアン シンクのご案内（京阪テキスタイル様）", body=B0022, labels=L0022,
  style="utf8-b64", mailer="Becky! ver. 2.81.05", archive=True)

# ---- 0023 Tokyo renewal quote: a plain-text quote table under a 税込 caption; a substantiated No.1
B0023 = """小林様

いつもお世話になっております。メリディアンデータの佐藤です。
来期のご契約更新とメリディアン インサイトの追加について、お見積りをお送りします。

【お見積り概要】（金額はすべて税込）
品目                            単価（月額）        数量    金額
メリディアン シンク 基本料金        55,000円            12      660,000円
メリディアン インサイト            4,400円/ユーザー     180     792,000円
--------------------------------------------------------------------------
合計                                                        1,452,000円

※インサイトの数量は延べ利用月数で計上しています。
お支払い条件：月末締め翌月末払い／見積有効期限：2026年12月25日

メリディアン シンクは国内の法人向けファイル共有サービスで導入社数No.1※です。
※2026年8月 東京リサーチ調べ（国内法人向けファイル共有サービス市場）

ご不明な点がございましたらご連絡ください。

""" + SIG_SATO
L0023 = [
    C(SY, "monthly_price", jpy(55000, "month", "included"), "ok", "メリディアン シンク 基本料金        55,000円"),
    C(IN, "per_user_price", jpy(4400, "user-month", "included"), "ok", "メリディアン インサイト            4,400円/ユーザー"),
]
M(fn="0023", mid="c9e3b7a0-5d24-4f18-8b6a-e0f2d1c5a794@jp.meridian-data.com", date="Tue, 10 Nov 2026 14:08:52 +0900",
  frm=SATO, to=[KOBAYASHI], subject="【お見積り】ご契約更新およびメリディアン インサイト追加の件", body=B0023, labels=L0023,
  style="jis", mailer="Mozilla Thunderbird", archive=True)

# ---- 0024 unreadable: a compressed blob saved with an .eml name (no headers, no text)
UNREADABLE_FN = "0024"


# ================================================================== documents (judged as of DOC_DATE)
DOCS = []


def D(path, text, labels):
    DOCS.append({"path": path, "text": text, "labels": labels})


DOC1 = """# メリディアン シンク 導入のご提案

北斗精機株式会社 御中
2026年11月20日　メリディアンデータ株式会社 東京オフィス 第二営業部

本書ではメリディアン シンク（旧称：メリディアン ファイルシンク）を「本製品」と表記します。

## 1. ご提案の背景

御社では現在、部門ごとにファイルサーバーを運用されており、工場と本社の間でのファイル共有に時間がかかっていると伺っております。
本製品への移行により、共有の手間とサーバー保守の負担を減らすことをご提案します。

## 2. ご要件への対応

| ご要件 | 当社の回答 |
|---|---|
| 利用者数：1,000名以上 | 1テナントあたり最大10,000ユーザーまで対応 |
| 1人あたりの保存容量：500GB以上 | 1ユーザーあたり1TB |
| 稼働率：99.5%以上 | 月間稼働率99.9%（SLA） |
| Mac・iPhoneへの対応 | Windows、macOS、iOS、Androidに対応 |
| オフラインでの閲覧 | ~~オフラインモードに対応~~ 非対応（ネットワーク接続が必要です） |
| 第三者認証 | ISO/IEC 27001、SOC 2 Type II |

## 3. 料金

金額はすべて税抜です。

| 項目 | 金額 |
|---|---|
| メリディアン シンク 月額基本料金 | 50,000円 |

初期設定支援は別途お見積りいたします。

## 4. 導入スケジュール（案）

- 2026年12月上旬：キックオフ
- 2027年1月：情報システム部でのパイロット
- 2027年2月〜：全社展開

## 5. 補足

- メリディアン シンクは、部門単位の容量管理機能を業界初※で搭載しています。
- ※2026年6月 当社調べ（国内法人向けファイル共有サービス8製品を対象）

<!-- onevoice-disable-next-line ja.superlative-no1 -->
サポート満足度No.1の体制で、導入後も専任担当がご支援します。
"""
DOC1_LABELS = [
    C(SY, "max_users", 10000, "ok", "1テナントあたり最大10,000ユーザーまで対応"),
    C(SY, "storage_per_user", 1 * TB, "ok", "1人あたりの保存容量：500GB以上 | 1ユーザーあたり1TB"),
    C(SY, "sla", 99.9, "ok", "稼働率：99.5%以上 | 月間稼働率99.9%（SLA）"),
] + [C(SY, "supported_platforms", m, "ok", "Windows、macOS、iOS、Androidに対応") for m in ("Windows", "macOS", "iOS", "Android")] + [
    C(SY, "offline_mode", False, "ok", "~~オフラインモードに対応~~ 非対応（ネットワーク接続が必要です）"),
    C(SY, "certifications", "ISO 27001", "ok", "第三者認証 | ISO/IEC 27001、SOC 2 Type II"),
    C(SY, "certifications", "SOC 2 Type II", "ok", "第三者認証 | ISO/IEC 27001、SOC 2 Type II"),
    C(SY, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンク 月額基本料金 | 50,000円"),
    T(SY, "本書ではメリディアン シンク（旧称：メリディアン ファイルシンク）を「本製品」と表記します。"),
]
D("docs/tokyo/hokuto-seiki_sync_proposal_2026-11.md", DOC1, DOC1_LABELS)

DOC2 = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　関西ロジテック株式会社様向け
　メリディアン・ボールト　バックアップ基盤更新のご提案
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　２０２６年１１月１６日
　メリディアンデータ株式会社　大阪オフィス

【１．現状の課題】
・現行のテープバックアップは週１回の取得のため、障害時には最大で１週間分の更新が失われるおそれがあります。
・テープは本社サーバー室で保管しており、広域災害への備えが十分ではありません。

【２．メリディアン・ボールトの概要】
・ＲＰＯ（目標復旧時点）：１５分
・バックアップ保持期間：標準９０日
・最大容量：１テナントあたり０．５ＰＢ
・データセンター：東京、大阪
・暗号化方式：ＡＥＳ－２５６
・ＳＬＡ（稼働率）：９９．９５％

【３．災害対策】
・メリディアン・ボールトでは、東京と大阪に加えて、シンガポールのデータセンターへの遠隔保管も選べます。
・同製品の目標復旧時間（ＲＴＯ）は４時間以内を目安としています。
・改ざん防止（イミュータブル）保管により、ランサムウェアから大切なデータを必ず守れます。

【４．メリディアン・ボールト　お見積り（月額・税込）】
・容量課金：１ＴＢあたり３，０８０円
・想定利用量：４０ＴＢ（２０２６年１０月時点の実績値）

お見積り合計：１２３，２００円（税込）
※ご契約期間は１２か月、以降１年ごとの自動更新となります。

以上

担当：メリディアンデータ株式会社　大阪オフィス　山本（ＴＥＬ ０６－６３４５－７７８１）
"""
DOC2_LABELS = [
    C(VA, "rpo", dur(15, "minutes"), "ok", "・ＲＰＯ（目標復旧時点）：１５分"),
    C(VA, "retention", dur(90, "days"), "ok", "・バックアップ保持期間：標準９０日"),
    C(VA, "max_storage", 500 * TB, "ok", "・最大容量：１テナントあたり０．５ＰＢ"),
    C(VA, "data_centers", "Tokyo", "ok", "・データセンター：東京、大阪"),
    C(VA, "data_centers", "Osaka", "ok", "・データセンター：東京、大阪"),
    C(VA, "encryption", "AES-256", "ok", "・暗号化方式：ＡＥＳ－２５６"),
    C(VA, "sla", 99.95, "ok", "・ＳＬＡ（稼働率）：９９．９５％"),
    C(VA, "data_centers", "Singapore", "conflict", "・メリディアン・ボールトでは、東京と大阪に加えて、シンガポールのデータセンターへの遠隔保管も選べます。"),
    C(VA, "rto", dur(4, "hours"), "unverified", "・同製品の目標復旧時間（ＲＴＯ）は４時間以内を目安としています。"),
    P("ja.absolute", "・改ざん防止（イミュータブル）保管により、ランサムウェアから大切なデータを必ず守れます。"),
    C(VA, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", "・容量課金：１ＴＢあたり３，０８０円"),
]
D("docs/osaka/kansai-logitech_vault_renewal.txt", DOC2, DOC2_LABELS)

DOC3 = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>メリディアン インサイト ベータ版ご利用のご案内</title>
<style>
table { border-collapse: collapse; }
td, th { border: 1px solid #999; padding: 4px 8px; }
</style>
</head>
<body>
<h1>メリディアン インサイト ベータ版ご利用のご案内</h1>
<p>大和フーズ株式会社 経営企画部 御中</p>
<p>本資料では、メリディアン インサイトのベータプログラムの内容をご説明します。</p>

<h2>提供スケジュール</h2>
<p>メリディアン インサイトは現在ベータ版として提供しており、正式リリースは<del>2026年12月</del>2027年1月を予定しています。</p>

<h2>主な仕様</h2>
<table>
<caption>メリディアン インサイト 主な仕様（2026年11月時点）</caption>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>ダッシュボード数</td><td>1ワークスペースあたり最大200</td></tr>
<tr><td>クエリ応答時間</td><td>2秒以内（p95）</td></tr>
<tr><td>無料トライアル</td><td>30日間</td></tr>
<tr><td>データソース連携</td><td>標準コネクタ 40種類以上</td></tr>
<tr><td>稼働率</td><td>99.9%（目標値）</td></tr>
<tr><td>料金</td><td>1ユーザーあたり月額4,000円（税抜）</td></tr>
</table>

<h2>導入効果</h2>
<p>BIツールとして国内No.1の処理速度を誇り、月次の集計作業にかかる時間を大幅に短縮できます。</p>
<p>ベータ期間中のご利用料金は無料です。正式リリース後は上記料金での課金となります。</p>

<h2>お問い合わせ</h2>
<p>メリディアンデータ株式会社 東京オフィス 第一営業部 高橋<br>
TEL 03-5218-4471／kenta.takahashi@jp.meridian-data.com</p>
</body>
</html>
"""
DOC3_LABELS = [
    C(IN, "general_availability", "2027-01", "ok", "2027年1月を予定しています。"),
    C(IN, "max_dashboards", 200, "ok", "1ワークスペースあたり最大200"),
    C(IN, "query_latency", dur(2, "seconds"), "ok", "2秒以内（p95）"),
    C(IN, "free_trial", dur(30, "days"), "ok", "30日間"),
    C(IN, "integrations", 40, "unverified", "標準コネクタ 40種類以上"),
    C(IN, "sla", 99.9, "unverified", "99.9%（目標値）"),
    C(IN, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "1ユーザーあたり月額4,000円（税抜）"),
    P("ja.superlative-no1", "BIツールとして国内No.1の処理速度を誇り、月次の集計作業にかかる時間を大幅に短縮できます。"),
]
D("docs/tokyo/daiwa-foods_insight_beta.html", DOC3, DOC3_LABELS)

DOC4 = """# Meridian Sync and Meridian Vault: proposal summary for Harbor Lane Logistics

Prepared by Meridian Data UK Ltd, 18 November 2026. Scope: 1,500 named staff (1,200 in Japan, 300 in the UK).

## At a glance (prices ex. VAT)

| | Meridian Sync | Meridian Vault |
|---|---|---|
| List price | £329 per month | £16 per TB per month |
| Availability SLA | 99.9% | 99.95% |
| Encryption at rest | AES-256 | AES-256 |

## Security

Both products are ISO 27001 certified and are covered by a SOC 2 Type II report.

Meridian Vault is hosted in Tokyo and Osaka for your Japanese entities, and in Frankfurt for the UK head office.

## Why Harbor Lane should choose us

Meridian Sync gives your teams unlimited version history, and Meridian Vault offers industry-leading restore speeds.[1]

Next step: a workshop with your IT team in London in the week of 7 December.

[1] Source: Halden Research, Backup Restore Benchmark, September 2026.
"""
TRE = "Both products are ISO 27001 certified and are covered by a SOC 2 Type II report."
TDC = "Meridian Vault is hosted in Tokyo and Osaka for your Japanese entities, and in Frankfurt for the UK head office."
DOC4_LABELS = [
    C(SY, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "| List price | £329 per month | £16 per TB per month |"),
    C(VA, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "| List price | £329 per month | £16 per TB per month |"),
    C(SY, "sla", 99.9, "ok", "| Availability SLA | 99.9% | 99.95% |"),
    C(VA, "sla", 99.95, "ok", "| Availability SLA | 99.9% | 99.95% |"),
    C(SY, "encryption", "AES-256", "unverified", "| Encryption at rest | AES-256 | AES-256 |"),
    C(VA, "encryption", "AES-256", "ok", "| Encryption at rest | AES-256 | AES-256 |"),
    C(SY, "certifications", "ISO 27001", "ok", TRE),
    C(SY, "certifications", "SOC 2 Type II", "ok", TRE),
    C(VA, "certifications", "ISO 27001", "unverified", TRE),
    C(VA, "certifications", "SOC 2 Type II", "unverified", TRE),
] + [C(VA, "data_centers", m, "ok", TDC) for m in ("Tokyo", "Osaka", "Frankfurt")] + [
    P("en.unlimited", "Meridian Sync gives your teams unlimited version history, and Meridian Vault offers industry-leading restore speeds.[1]"),
]
D("docs/london/harbor-lane_summary.md", DOC4, DOC4_LABELS)

# a draft the config ignores: wrong on purpose, and no labels
DRAFT = """# （下書き）メリディアン シンク 価格改定メモ

メリディアン シンクの月額料金は45,000円（税抜）に改定予定。業界最安。
オフライン対応は来期。
"""
D("docs/tokyo/drafts/price_memo_draft.md", DRAFT, [])


# ================================================================== MIME
import html as _html

CRLF = "\r\n"


def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(p, cs):
    name, a = p
    try:
        name.encode("ascii")
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b64(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", CRLF)


def qp(data):
    return crlf(quopri.encodestring(data).decode("ascii"))


def leaf(ctype, cs, cte, text, extra=""):
    """-> (header lines, encoded body str)."""
    codec = {"ISO-2022-JP": "iso2022_jp", "Shift_JIS": "shift_jis", "us-ascii": "ascii"}.get(cs, "utf-8")
    data = crlf(text).encode(codec)                                 # strict: fails loudly if a char cannot be sent
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data)
    else:
        body = data.decode(codec if cte == "8bit" else "ascii")
    h = ['Content-Type: %s; charset="%s"%s' % (ctype, cs, extra) if cs != "ISO-2022-JP" else
         "Content-Type: %s; charset=%s%s" % (ctype, cs, extra), "Content-Transfer-Encoding: " + cte]
    return h, body


def to_html(text, outlook=False):
    lines = text.split("\n")
    if outlook:
        body = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\r\n' % (_html.escape(l) if l else "&nbsp;") for l in lines)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\r\n<head>\r\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n'
                '<body lang="JA" link="#0563C1" vlink="#954F72">\r\n<div class="WordSection1">\r\n%s</div>\r\n</body>\r\n</html>\r\n' % body)
    return '<div dir="ltr">' + "<br>\r\n".join(_html.escape(l) for l in lines) + "</div>\r\n"


def boundary(seed):
    r = random.Random(seed)
    return "".join(r.choice("0123456789abcdef") for _ in range(28))


def build(m, by_fn):
    style = m["style"]
    cs_h = "ISO-2022-JP" if style in ("jis", "rfc822") else "UTF-8"
    h = []
    h.append("Return-Path: <%s>" % m["frm"][1])
    h.append("Received: from %s (%s [203.0.113.%d])\r\n\tby mx.example.net with ESMTPS id %s\r\n\tfor <%s>; %s"
             % (m["frm"][1].split("@")[1], "mail." + m["frm"][1].split("@")[1], 10 + int(m["fn"]),
                boundary(m["fn"])[:12].upper(), m["to"][0][1], m["date"]))
    h.append("From: " + addr(m["frm"], cs_h))
    h.append("To: " + ", ".join(addr(p, cs_h) for p in m["to"]))
    if m.get("cc"):
        h.append("Cc: " + ", ".join(addr(p, cs_h) for p in m["cc"]))
    h.append("Subject: " + hdr(m["subject"], cs_h))
    h.append("Date: " + m["date"])
    h.append("Message-ID: <%s>" % m["mid"])
    if m.get("reply_to_fn"):
        parent = by_fn[m["reply_to_fn"]]
        h.append("In-Reply-To: <%s>" % parent["mid"])
        h.append("References: <%s>" % parent["mid"])
    h.append("MIME-Version: 1.0 (1.0)" if style == "iphone" else "MIME-Version: 1.0")
    if style == "iphone":
        h.append("X-Mailer: iPhone Mail (22A3354)")
    elif m.get("mailer"):
        h.append(("User-Agent: " if "Thunderbird" in m["mailer"] else "X-Mailer: ") + m["mailer"])
    text = m["body"]
    if style == "jis":
        ph, pb = leaf("text/plain", "ISO-2022-JP", "7bit", text)
    elif style == "sjis":
        ph, pb = leaf("text/plain", "Shift_JIS", "base64", text)
    elif style == "utf8-8bit":
        ph, pb = leaf("text/plain", "UTF-8", "8bit", text, "; format=flowed")
    elif style in ("utf8-b64", "iphone"):
        ph, pb = leaf("text/plain", "utf-8" if style == "iphone" else "UTF-8", "base64", text)
    elif style == "utf8-qp":
        ph, pb = leaf("text/plain", "utf-8", "quoted-printable", text)
    elif style == "ascii":
        ph, pb = leaf("text/plain", "us-ascii", "7bit", text)
    elif style in ("outlook-alt", "gmail-alt", "tb-alt-qp"):
        b = ("_000_" if style == "outlook-alt" else "") + boundary(m["fn"])
        cte = "quoted-printable" if style == "tb-alt-qp" else "base64"
        h1, b1 = leaf("text/plain", "utf-8", cte, text)
        h2, b2 = leaf("text/html", "utf-8", cte, to_html(text, style == "outlook-alt"))
        ph = ['Content-Type: multipart/alternative; boundary="%s"' % b]
        pb = CRLF.join(["", "--" + b] + h1 + ["", b1.rstrip(CRLF), "--" + b] + h2 + ["", b2.rstrip(CRLF), "--" + b + "--", ""])
    elif style == "rfc822":
        b = "_004_" + boundary(m["fn"])
        inner = dict(m["inner"], fn=m["fn"], style="utf8-b64", mailer="Becky! ver. 2.81.05")
        inner_bytes = build(inner, by_fn).decode("ascii")
        h1, b1 = leaf("text/plain", "ISO-2022-JP", "7bit", text)
        ph = ['Content-Type: multipart/mixed; boundary="%s"' % b]
        pb = CRLF.join(["This is a multi-part message in MIME format.", "--" + b] + h1 + ["", b1, "--" + b,
                        'Content-Type: message/rfc822', 'Content-Disposition: attachment;\r\n\tfilename="%s"' % Header(m["inner"]["subject"] + ".eml", "iso-2022-jp").encode(), "",
                        inner_bytes.rstrip(CRLF), "", "--" + b + "--", ""])
    else:
        raise ValueError(style)
    return (crlf(CRLF.join(h + ph)) + CRLF + CRLF + pb.rstrip(CRLF) + CRLF).encode("ascii" if style != "utf8-8bit" else "utf-8")


# ================================================================== writing
import email, email.policy, email.utils, datetime, time

SET_KINDS = {"certifications", "supported_platforms", "data_centers", "encryption"}
SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "months": 30 * 86400}


def as_of(date_hdr):
    t = email.utils.parsedate_tz(date_hdr)
    return "%04d-%02d-%02d" % t[:3]


def utc(date_hdr):
    return datetime.datetime.fromtimestamp(email.utils.mktime_tz(email.utils.parsedate_tz(date_hdr)), datetime.timezone.utc)


def vkey(v):
    if isinstance(v, dict) and "currency" in v:
        return ("money", v["amount"], v["currency"], v["per"], v.get("tax"))
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * SECS[v["unit"]])
    return ("v", json.dumps(v))


def line_for(l, file, mid, office, date):
    if l["type"] == "claim":
        return {"type": "claim", "file": file, "message_id": mid, "product": l["product"], "attribute": l["attribute"],
                "value": l["value"], "verdict": l["verdict"], "quoted": l["quoted"], "office": l["office"] or office,
                "as_of": date, "text": l["text"]}
    return {"type": "finding", "file": file, "message_id": mid, "kind": l["kind"], "rule": l["rule"],
            "product": l["product"], "quoted": l["quoted"], "text": l["text"]}


def decoded_texts(raw):
    """All text/* parts of a message (recursing into message/rfc822), decoded; for the self-check."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out


def unique_check(lines):
    seen = set()
    for o in lines:
        if o["type"] == "claim":
            k = ("c", o["file"], o["message_id"], o["product"], o["attribute"], vkey(o["value"]), o["quoted"], o["office"])
        elif o["type"] == "finding":
            k = ("f", o["file"], o["message_id"], o["kind"], o["rule"] if o["kind"] == "phrase" else o["product"])
        else:
            k = ("x", o["product"], o["attribute"], tuple(o["offices"]))
        assert k not in seen, "duplicate label: %r" % (k,)
        seen.add(k)


def cross_office(archived):
    """archived: [(claim line, utc datetime, eml file)] -> cross-office lines (LABELS.md rules)."""
    found = {}
    cl = [(o, t, f) for o, t, f in archived if o["type"] == "claim" and o["office"] in OFF]
    for i, (a, ta, fa) in enumerate(cl):
        for b, tb, fb in cl[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if a["attribute"] in SET_KINDS:
                continue                                   # set members never contradict each other
            if abs((datetime.date.fromisoformat(a["as_of"]) - datetime.date.fromisoformat(b["as_of"])).days) > 45:
                continue
            ka, kb = vkey(a["value"]), vkey(b["value"])
            if ka[0] == "money" and ka[2:4] != kb[2:4]:
                continue                                   # only the same currency and billing unit
            if ka == kb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue                                   # same value, or both right at their own date
            offs = tuple(sorted((a["office"], b["office"])))
            key = (a["product"], a["attribute"], offs)
            rec = found.setdefault(key, {"type": "cross-office", "product": a["product"], "attribute": a["attribute"],
                                         "offices": list(offs), "file": "mail/archive.mbox", "message_files": set(),
                                         "values": {}})
            rec["message_files"].update([fa, fb])
            for o in (a, b):
                if o["verdict"] != "ok" or o["office"] not in rec["values"]:
                    rec["values"][o["office"]] = o["value"]
    out = []
    for key in sorted(found):
        rec = found[key]
        rec["message_files"] = sorted(rec["message_files"])
        rec["values"] = {k: rec["values"][k] for k in sorted(rec["values"])}
        out.append(rec)
    return out


def mboxrd(entries):
    out = []
    for m, raw in entries:
        t = utc(m["date"])
        out.append("From %s %s" % (m["frm"][1], time.asctime(t.timetuple())))
        for line in raw.decode("utf-8").replace("\r\n", "\n").split("\n"):
            stripped = line.lstrip(">")
            out.append((">" + line) if stripped.startswith("From ") else line)
        if out[-1] != "":
            out.append("")
    return ("\n".join(out)).encode("utf-8")


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    by_fn = {m["fn"]: m for m in MSGS}
    lines, archive_lines, archived, entries = [], [], [], []
    for m in MSGS:
        raw = build(m, by_fn)
        path = "mail/%s.eml" % m["fn"]
        with open(os.path.join(ROOT, path), "wb") as fh:
            fh.write(raw)
        texts = decoded_texts(raw)
        norm = lambda s: s.replace("\r\n", "\n")
        assert norm(texts[0]).rstrip("\n") == m["body"].rstrip("\n"), "round trip failed for " + path
        office, date = office_of(m["frm"][1]), as_of(m["date"])
        for l in m["labels"]:
            assert any(l["text"] in norm(t) for t in texts), "%s: label text not found: %s" % (path, l["text"])
            o = line_for(l, path, m["mid"], office, date)
            lines.append(o)
            if m["archive"]:
                archive_lines.append(dict(o, file="mail/archive.mbox"))
                archived.append((o, utc(m["date"]), path))
        if m["archive"]:
            entries.append((m, raw))
    # the unreadable one: a gzip stream saved as .eml (no headers, binary)
    r = random.Random(62)
    blob = b"\x1f\x8b\x08\x00\x5c\x3e\x1b\x6a\x00\x03" + bytes(r.randrange(256) for _ in range(1500)) + b"\x00\x00"
    with open(os.path.join(ROOT, "mail/%s.eml" % UNREADABLE_FN), "wb") as fh:
        fh.write(blob)
    lines.append({"type": "finding", "file": "mail/%s.eml" % UNREADABLE_FN, "message_id": None, "kind": "unreadable",
                  "rule": None, "product": None, "quoted": False,
                  "text": "not a message: gzip-compressed binary data with no RFC 5322 headers"})
    # archive, in date order
    entries.sort(key=lambda e: utc(e[0]["date"]))
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        fh.write(mboxrd(entries))
    # documents
    for d in DOCS:
        p = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(d["text"])
        office = d["path"].split("/")[1]
        for l in d["labels"]:
            assert l["text"] in d["text"], "%s: label text not found: %s" % (d["path"], l["text"])
            lines.append(line_for(l, d["path"], None, office, DOC_DATE))
    xo = cross_office(archived)
    allx = lines + archive_lines + xo
    unique_check(allx)
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for o in allx:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    n = lambda t: sum(1 for o in allx if o["type"] == t)
    print("mails: %d .eml (%d in archive.mbox), docs: %d (+1 ignored draft), expected lines: %d "
          "(claims %d, findings %d, cross-office %d)" % (len(MSGS) + 1, len(entries), len(DOCS) - 1, len(allx),
                                                        n("claim"), n("finding"), n("cross-office")))
    for x in xo:
        print("  cross-office", x["product"], x["attribute"], x["offices"], x["message_files"], json.dumps(x["values"], ensure_ascii=False))


ONEVOICE_YAML = """# onevoice configuration for evaluation set 62 (SPEC section 6).
rules: ../../shared/eval/rules
paths:
  - glob: "docs/us-hq/**"
    office: us-hq
  - glob: "docs/london/**"
    office: london
  - glob: "docs/tokyo/**"
    office: tokyo
  - glob: "docs/osaka/**"
    office: osaka
ignore: ["**/drafts/**", "README.md", "expected.jsonl", "gen/**"]
"""

if __name__ == "__main__":
    main()
