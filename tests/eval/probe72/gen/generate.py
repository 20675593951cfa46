#!/usr/bin/env python3
"""Generate evaluation set 72 (hedged, conditional, approximate, planned and
negated wording) for onevoice. Stdlib only, deterministic.

    python3 gen/generate.py          # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl
    python3 gen/generate.py --check  # also re-parses everything and checks the labels' excerpts,
                                     # the phrase rules and the cross-office cases

The messages and documents are written below together with their labels: each
claim line is (product, attribute, value, verdict, exact excerpt).
"""
import datetime
import html
import io
import json
import os
import re
import sys
import unicodedata
from email import policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
RULES = os.path.normpath(os.path.join(SET, "..", "..", "shared", "eval", "rules"))
DOCS_AS_OF = "2026-11-22"

SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"


# ------------------------------------------------------------------ values
def money(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


def rng(lo, hi, unit):
    return {"min": lo, "max": hi, "unit": unit}


def TB(n):
    return int(round(n * 10 ** 12))


def C(product, attribute, value, verdict, text, quoted=False, office=None, at=None):
    """One claim label. office None = the speaker of the file; at = the period the text places
    the value in (LABELS: judged as of that period), used only by the self-check."""
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict,
            "text": text, "quoted": quoted, "office": office, "at": at}


def PH(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "text": text, "quoted": quoted}


def TERM(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": product, "text": text, "quoted": quoted}


# ------------------------------------------------------------------ people
OFFICE_OF_DOMAIN = [("osaka.jp.meridian-data.com", "osaka"), ("jp.meridian-data.com", "tokyo"),
                    ("uk.meridian-data.com", "london"), ("meridian-data.com", "us-hq")]


def office_of(addr):
    dom = addr.rsplit("@", 1)[1].lower()
    for d, o in OFFICE_OF_DOMAIN:
        if dom == d:
            return o
    return "unknown"


DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Bell", "m.bell@meridian-data.com")
PRIYA = ("Priya Nair", "priya.nair@uk.meridian-data.com")
OLIVER = ("Oliver Grant", "oliver.grant@uk.meridian-data.com")
YAMAMOTO = ("山本 彩", "aya.yamamoto@jp.meridian-data.com")
SATO = ("佐藤 健太", "k.sato@jp.meridian-data.com")
NAKAMURA = ("中村 翔", "sho.nakamura@osaka.jp.meridian-data.com")
NISHIDA = ("西田 真理子", "m.nishida@osaka.jp.meridian-data.com")
TANYA = ("Tanya Ortiz", "tanya.ortiz@kestrel-logistics.com")
RAJ = ("Raj Patel", "raj.patel@kestrel-logistics.com")
JAMES = ("James Carver", "j.carver@hollinsreed.co.uk")
GARETH = ("Gareth Pryce", "g.pryce@brightwell-analytics.co.uk")
SAM = ("Sam Doyle", "s.doyle@fenwickhale.co.uk")
TANAKA = ("田中 浩二", "k.tanaka@minato-tech.co.jp")
OKADA = ("岡田 誠", "okada@naniwa-seiki.co.jp")
SUZUKI = ("鈴木 里美", "s.suzuki@hikari-kensetsu.co.jp")
MORI = ("森 祐介", "mori@arclink.co.jp")

# ------------------------------------------------------------------ signatures (no claims)
SIG_DANA = """Dana Whitfield
Account Executive, West | Meridian Data, Inc.
548 Market St #62011, San Francisco, CA 94104
o: +1 (415) 555-0187 | m: +1 (415) 555-0164"""

SIG_MARCUS = """--
Marcus Bell | Solutions Engineer
Meridian Data, Inc. | 548 Market St #62011, San Francisco, CA 94104
Direct +1 (415) 555-0199 | Mobile +1 (628) 555-0143"""

SIG_PRIYA = """Priya Nair
Senior Account Manager
Meridian Data UK Ltd
2nd Floor, 14 Bonhill Street, London EC2A 4BX
T: +44 20 7946 0321 | M: +44 7700 900461
Registered in England and Wales, company no. 09876543. VAT no. GB 123 4567 89."""

SIG_OLIVER = """Oliver Grant
Partner Manager, EMEA
Meridian Data UK Ltd | 2nd Floor, 14 Bonhill Street, London EC2A 4BX
+44 20 7946 0388
Registered in England and Wales, company no. 09876543"""

SIG_YAMAMOTO = """--
株式会社メリディアンデータ 東京オフィス
営業部 山本 彩（やまもと あや）
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング 18F
TEL: 03-6555-0142 / FAX: 03-6555-0143
携帯: 090-2210-5873"""

SIG_SATO = """--
株式会社メリディアンデータ 東京オフィス
営業部 第二課 佐藤 健太
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング 18F
TEL: 03-6555-0140 / 携帯: 080-4455-9021
https://www.meridian-data.com/ja/"""

SIG_NAKAMURA = """━━━━━━━━━━━━━━━━━━━━
株式会社メリディアンデータ 大阪オフィス
営業グループ 中村 翔
〒530-0001 大阪府大阪市北区梅田3-1-3 ノースゲートビル 21F
TEL 06-6345-0123　FAX 06-6345-0124
━━━━━━━━━━━━━━━━━━━━"""

SIG_NISHIDA = """-- 
株式会社メリディアンデータ 大阪オフィス
営業グループ 西田 真理子
〒530-0001 大阪府大阪市北区梅田3-1-3 ノースゲートビル 21F
TEL 06-6345-0125 / 携帯 070-3321-8876"""


# ------------------------------------------------------------------ messages
class Msg:
    def __init__(self, key, date, sender, to, subject, msgid, body, claims=(), findings=(),
                 cc=(), style="gmail", reply_to_msg=None, html_body=None, archive=False):
        self.key, self.sender, self.to, self.cc = key, sender, list(to), list(cc)
        self.date = datetime.datetime.fromisoformat(date)
        self.subject, self.msgid, self.body, self.style = subject, msgid, body, style
        self.claims, self.findings = list(claims), list(findings)
        self.reply_to_msg, self.html_body, self.archive = reply_to_msg, html_body, archive
        self.office = office_of(sender[1])
        self.file = None


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def requote(claims, office):
    """The claims of a quoted message, as they stand in the reply that quotes it."""
    return [dict(c, quoted=True, office=c["office"] or office) for c in claims]


MSGS = []


def add(*a, **k):
    m = Msg(*a, **k)
    MSGS.append(m)
    return m


# ---- 2026-02-17 tokyo: Sync before the April limit change (ISO-2022-JP, plain) -----------------
M01 = add("m01", "2026-02-17T11:32:08+09:00", YAMAMOTO, [TANAKA],
          "メリディアン シンクに関するご質問への回答", "20260217113208.4F2A.aya.yamamoto@jp.meridian-data.com",
          f"""田中様

いつもお世話になっております。メリディアンデータの山本です。
2月12日のお打ち合わせでは、お時間をいただきありがとうございました。
ご質問いただいた点について、以下のとおり回答いたします。

1. ユーザー数について
現行のメリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
なお、2026年4月以降は同製品の上限が1万ユーザーに引き上げられる予定です。

2. ストレージ容量について
本製品では、1ユーザーあたり1TBのストレージ容量が付与されます。

3. オフライン利用について
恐れ入りますが、本製品はオフラインモードには非対応です。
ネットワークに再接続された時点で、変更内容は自動的に同期されます。

4. 料金について
メリディアン シンクの月額料金は、50,000円（税抜）です。
今回ご検討の300名様分につきましては、別途お見積りをお送りいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。
よろしくお願いいたします。

{SIG_YAMAMOTO}
""",
          claims=[
              C(SYNC, "max_users", 5000, "ok", "現行のメリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
              C(SYNC, "max_users", 10000, "ok", "なお、2026年4月以降は同製品の上限が1万ユーザーに引き上げられる予定です。", at="2026-04-01"),
              C(SYNC, "storage_per_user", TB(1), "ok", "本製品では、1ユーザーあたり1TBのストレージ容量が付与されます。"),
              C(SYNC, "offline_mode", False, "ok", "恐れ入りますが、本製品はオフラインモードには非対応です。"),
              C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
                "メリディアン シンクの月額料金は、50,000円（税抜）です。"),
          ], style="jis")

# ---- 2026-03-05 us-hq: scheduling, no claims ---------------------------------------------------
M22 = add("m22", "2026-03-05T09:47:31-08:00", DANA, [TANYA], "Meridian Insight demo - March 12",
          "CAF7q2Lk9dW0x+Rz8vT1mN4pQ7b@mail.gmail.com",
          f"""Hi Tanya,

Confirming the Meridian Insight demo for Thursday, March 12 at 10:00 PT (45 minutes). Raj and your two analysts are on the invite, and the dial-in details are in the calendar hold.

If you would like us to use your own data, a sample export of around 50,000 rows is plenty. CSV or a read-only Snowflake share both work.

Thanks,
Dana

{SIG_DANA}
""", cc=[RAJ], style="gmail")

# ---- 2026-04-21 us-hq: recap with hedges, a plan and a condition ------------------------------
M02_BODY = f"""Hi Tanya,

Thanks again for Thursday's call, and please pass my thanks to Raj as well. Here is a quick recap of what we covered so you have it in writing.

- Meridian Sync now supports up to 10,000 users per tenant, so your 2,400 drivers and office staff fit comfortably.
- Meridian Sync gives each user roughly 1 TB of storage.
- Meridian Sync comes with a 99.9% monthly uptime SLA.
- Meridian Sync does not work offline today: files need a connection to sync.
- Our product team plans to add an offline mode to it in Q4.
- Meridian Vault's RPO is 15 minutes at most, and in most cases much less.
- Meridian Vault keeps backups for 90 days by default; with the Enterprise plan you can extend retention to roughly a year.
- Meridian Vault is $20 per TB per month.
- Meridian Insight is still in beta; general availability is expected in January 2027.
- Once it is GA, query latency is typically under 2 seconds, even on large workspaces.

On the backup side, for the 180 TB you estimated, the storage charge comes to about $3,600 a month before the 12% volume discount we talked about.

I will send the formal quote by Friday. Let me know if Raj wants a separate session on the Insight beta.

Best,
Dana

{SIG_DANA}
"""
M02_CLAIMS = [
    C(SYNC, "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per tenant"),
    C(SYNC, "storage_per_user", TB(1), "ok", "Meridian Sync gives each user roughly 1 TB of storage."),
    C(SYNC, "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% monthly uptime SLA."),
    C(SYNC, "offline_mode", False, "ok", "Meridian Sync does not work offline today: files need a connection to sync."),
    C(SYNC, "offline_mode", True, "conflict", "Our product team plans to add an offline mode to it in Q4."),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes at most, and in most cases much less."),
    C(VAULT, "retention", dur(90, "days"), "ok",
      "Meridian Vault keeps backups for 90 days by default; with the Enterprise plan you can extend retention to roughly a year."),
    C(VAULT, "retention", dur(1, "years"), "conflict",
      "Meridian Vault keeps backups for 90 days by default; with the Enterprise plan you can extend retention to roughly a year."),
    C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
    C(INSIGHT, "general_availability", "2027-01", "ok",
      "Meridian Insight is still in beta; general availability is expected in January 2027."),
    C(INSIGHT, "query_latency", dur(2, "seconds"), "ok",
      "Once it is GA, query latency is typically under 2 seconds, even on large workspaces."),
]
M02 = add("m02", "2026-04-21T10:14:52-07:00", DANA, [TANYA], "Recap: Meridian Sync, Vault and Insight",
          "CAF7q2LmV0s1Qe9+pX3kYz4wHc2Ra@mail.gmail.com", M02_BODY, claims=M02_CLAIMS, cc=[RAJ], style="gmail-alt")

# ---- 2026-04-23 customer: reported claim, requirement, question; quotes M02 ---------------------
M03_OWN = """Hi Dana,

Thanks, this is really helpful.

Two things from our side. Our IT lead tells me Meridian Sync runs on Linux as well, which would matter for the dispatch terminals.
We also need at least 2,500 seats by the end of the year, so please size the quote for that.
And is Meridian Vault HIPAA compliant? Our occupational health team stores some medical records.

Best,
Tanya

Tanya Ortiz
Director of IT Operations | Kestrel Logistics
1200 Harbor Way, Oakland, CA 94607
o: (510) 555-0116 | m: (510) 555-0172
"""
M03 = add("m03", "2026-04-23T16:02:40-07:00", TANYA, [DANA], "Re: Recap: Meridian Sync, Vault and Insight",
          "CAB3x9Tq0rPz+yW2nD5cLk8vG1e@mail.gmail.com",
          M03_OWN + "\nOn Tue, Apr 21, 2026 at 10:14 AM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:\n"
          + quote_gt(M02_BODY.rstrip("\n")) + "\n",
          claims=[C(SYNC, "supported_platforms", "Linux", "conflict",
                    "Our IT lead tells me Meridian Sync runs on Linux as well, which would matter for the dispatch terminals.")]
          + requote(M02_CLAIMS, "us-hq"),
          cc=[RAJ], style="gmail-alt", reply_to_msg=M02)

# ---- 2026-04-24 us-hq: interleaved reply, negations ---------------------------------------------
M04 = add("m04", "2026-04-24T08:31:05-07:00", DANA, [TANYA], "Re: Recap: Meridian Sync, Vault and Insight",
          "CAF7q2Lnb8W3+Kq0sDd7hZ1uYv5Ta@mail.gmail.com",
          f"""Hi Tanya,

Answers inline below.

On Thu, Apr 23, 2026 at 4:02 PM Tanya Ortiz <tanya.ortiz@kestrel-logistics.com> wrote:
> Our IT lead tells me Meridian Sync runs on Linux as well, which would matter for the dispatch terminals.

Unfortunately not: Meridian Sync does not support Linux.
Meridian Sync's desktop client is available for Windows and macOS, and its mobile app for iOS and Android, so the terminals would need to run one of those.

> We also need at least 2,500 seats by the end of the year, so please size the quote for that.

Will do. That is well within the Meridian Sync limit of 10,000 users per tenant.

> And is Meridian Vault HIPAA compliant? Our occupational health team stores some medical records.

Meridian Vault is not HIPAA certified, and we do not sign BAAs today. I would keep the medical records out of scope for now and revisit once your legal team has reviewed.

Dana

{SIG_DANA}
""",
          claims=[
              C(SYNC, "supported_platforms", "Linux", "conflict",
                "Our IT lead tells me Meridian Sync runs on Linux as well, which would matter for the dispatch terminals.",
                quoted=True, office="unknown"),
              C(SYNC, "supported_platforms", "Windows", "ok",
                "Meridian Sync's desktop client is available for Windows and macOS, and its mobile app for iOS and Android"),
              C(SYNC, "supported_platforms", "macOS", "ok",
                "Meridian Sync's desktop client is available for Windows and macOS, and its mobile app for iOS and Android"),
              C(SYNC, "supported_platforms", "iOS", "ok",
                "Meridian Sync's desktop client is available for Windows and macOS, and its mobile app for iOS and Android"),
              C(SYNC, "supported_platforms", "Android", "ok",
                "Meridian Sync's desktop client is available for Windows and macOS, and its mobile app for iOS and Android"),
              C(SYNC, "max_users", 10000, "ok", "That is well within the Meridian Sync limit of 10,000 users per tenant."),
          ], style="gmail", reply_to_msg=M03)

# ---- 2026-05-12 london: Vault summary (Outlook, windows-1252, alternative) -----------------------
M05_BODY = """Dear James,

Thank you for your time on Friday. As promised, here is a short summary of Meridian Vault for the records-management project.

Meridian Vault offers a recovery point objective of up to 5 minutes on the Enterprise tier.
Your backups would be hosted in our Frankfurt region, as Meridian Vault does not currently have a London data centre.
A UK data centre is on the roadmap for 2027, but that has not been confirmed yet.
All Meridian Vault backups are encrypted at rest with AES-256.
Meridian Vault is covered by our ISO 27001 certificate; it is not certified to Cyber Essentials Plus at present.
The Meridian Vault availability SLA is 99.95%.
Meridian Vault pricing is £16 per TB per month, plus VAT.
At the 40 TB you mentioned, that would be roughly £640 a month before any multi-year discount.

I have pencilled in 2 June at 14:00 for the technical workshop with your IT team; do let me know if that still works.

Kind regards,
Priya

""" + SIG_PRIYA + "\n"
M05_CLAIMS = [
    C(VAULT, "rpo", dur(5, "minutes"), "conflict",
      "Meridian Vault offers a recovery point objective of up to 5 minutes on the Enterprise tier."),
    C(VAULT, "data_centers", "Frankfurt", "ok",
      "Your backups would be hosted in our Frankfurt region, as Meridian Vault does not currently have a London data centre."),
    C(VAULT, "encryption", "AES-256", "ok", "All Meridian Vault backups are encrypted at rest with AES-256."),
    C(VAULT, "certifications", "ISO 27001", "unverified",
      "Meridian Vault is covered by our ISO 27001 certificate; it is not certified to Cyber Essentials Plus at present."),
    C(VAULT, "sla", 99.95, "ok", "The Meridian Vault availability SLA is 99.95%."),
    C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
      "Meridian Vault pricing is £16 per TB per month, plus VAT."),
]
M05 = add("m05", "2026-05-12T16:20:11+01:00", PRIYA, [JAMES], "Meridian Vault - summary for records management",
          "AM9PR06MB7421C3E0B1F2A4D5E6F7A8B9C0D1E@AM9PR06MB7421.eurprd06.prod.outlook.com",
          M05_BODY, claims=M05_CLAIMS, style="outlook-uk", archive=True)

# ---- 2026-05-20 tokyo: Vault overview (Gmail UTF-8 base64, alternative) ---------------------------
M06_BODY = f"""田中様

お世話になっております。メリディアンデータの佐藤です。
先日ご相談いただいたバックアップ基盤の件、メリディアン ボールトの概要をお送りいたします。

・メリディアン ボールトのRPO（目標復旧時点）は最大15分です。
・同製品のバックアップ保持期間は、標準で90日間です。
・オプション契約時には、本製品の保存容量を1テナントあたり最大1PBまで拡張できます。
・メリディアン ボールトのデータセンターは東京と大阪の2拠点で、シンガポールリージョンは対象外となります。
・保存データは、本製品によりAES-256で暗号化されます。
・本製品のSLA（月間稼働率）は99.95%です。
・本製品の容量単価は、1TBあたり月額2,800円（税抜）です。

御社の想定容量（約120TB）の場合、月額336,000円（税抜）となります。
正式なお見積りは、5月27日（水）までにお送りいたします。

よろしくお願いいたします。

{SIG_SATO}
"""
M06_CLAIMS = [
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は最大15分です。"),
    C(VAULT, "retention", dur(90, "days"), "ok", "同製品のバックアップ保持期間は、標準で90日間です。"),
    C(VAULT, "max_storage", TB(1000), "conflict", "オプション契約時には、本製品の保存容量を1テナントあたり最大1PBまで拡張できます。"),
    C(VAULT, "data_centers", "Tokyo", "ok",
      "メリディアン ボールトのデータセンターは東京と大阪の2拠点で、シンガポールリージョンは対象外となります。"),
    C(VAULT, "data_centers", "Osaka", "ok",
      "メリディアン ボールトのデータセンターは東京と大阪の2拠点で、シンガポールリージョンは対象外となります。"),
    C(VAULT, "encryption", "AES-256", "ok", "保存データは、本製品によりAES-256で暗号化されます。"),
    C(VAULT, "sla", 99.95, "ok", "本製品のSLA（月間稼働率）は99.95%です。"),
    C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "本製品の容量単価は、1TBあたり月額2,800円（税抜）です。"),
]
M06 = add("m06", "2026-05-20T14:03:27+09:00", SATO, [TANAKA], "メリディアン ボールトのご案内",
          "CAHk3pQ9Zr1VbX+4mWn7tJ2sYd8fE@mail.gmail.com", M06_BODY, claims=M06_CLAIMS,
          style="gmail-alt-b64", archive=True)

# ---- 2026-05-28 osaka: Insight answers (ISO-2022-JP) ---------------------------------------------
M07 = add("m07", "2026-05-28T18:45:02+09:00", NAKAMURA, [OKADA], "メリディアン インサイトについてのご回答",
          "202605280945.A71C3E@osaka.jp.meridian-data.com",
          f"""岡田様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの中村でございます。

先日のお打ち合わせでご質問いただいた、メリディアン インサイトについてご回答いたします。

メリディアン インサイトの正式リリースは2027年1月を予定しております。
現在、同製品はベータ版として30日間の無料トライアルをご用意しております。
同製品のクエリ応答時間は、1億行規模のワークスペースで2秒前後です。
ダッシュボードは、本製品1ワークスペースあたり最大200個まで作成いただけます。
本製品は、Salesforceやkintoneなど約40種類のデータソースと標準連携しています。
本製品の表示言語は、日本語・英語を含む12言語以上です。
本製品の料金は、1ユーザーあたり月額4,400円（税込）です。

貴社でご想定の50名様でご利用の場合、月額220,000円（税込）となります。
デモ環境のご用意も可能ですので、ご希望の日程をお知らせください。

何卒よろしくお願い申し上げます。

{SIG_NAKAMURA}
""",
          claims=[
              C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトの正式リリースは2027年1月を予定しております。"),
              C(INSIGHT, "free_trial", dur(30, "days"), "ok", "現在、同製品はベータ版として30日間の無料トライアルをご用意しております。"),
              C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は、1億行規模のワークスペースで2秒前後です。"),
              C(INSIGHT, "max_dashboards", 200, "ok", "ダッシュボードは、本製品1ワークスペースあたり最大200個まで作成いただけます。"),
              C(INSIGHT, "integrations", 40, "unverified", "本製品は、Salesforceやkintoneなど約40種類のデータソースと標準連携しています。"),
              C(INSIGHT, "ui_languages", 12, "unverified", "本製品の表示言語は、日本語・英語を含む12言語以上です。"),
              C(INSIGHT, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
                "本製品の料金は、1ユーザーあたり月額4,400円（税込）です。"),
          ], style="jis", archive=True)

# ---- 2026-06-03 us-hq: Insight, over-promising ---------------------------------------------------
M08 = add("m08", "2026-06-03T13:12:44-07:00", MARCUS, [RAJ], "Meridian Insight follow-up",
          "7C1E9A2B-5D4F-4E31-9B8A-0F6C2D3E4A5B@meridian-data.com",
          f"""Hi Raj,

Following up on the Meridian Insight session from Monday.

Meridian Insight returns most queries in less than a second, even on the 90-million-row shipment table you showed us.
You can build up to 250 dashboards per workspace with it, which should cover every depot.
Meridian Insight is not generally available until January 2027, so anything we set up now runs on the beta.
The Meridian Insight free trial runs 30 days; if your analysts need longer, let me know.
It is not SOC 2 certified yet, so I'd suggest synthetic data for the trial.

I've booked the sandbox for 8 June. Your login invites will come from no-reply@meridian-data.com.

Cheers,
Marcus

{SIG_MARCUS}
""",
          claims=[
              C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict",
                "Meridian Insight returns most queries in less than a second, even on the 90-million-row shipment table you showed us."),
              C(INSIGHT, "max_dashboards", 250, "conflict",
                "You can build up to 250 dashboards per workspace with it, which should cover every depot."),
              C(INSIGHT, "general_availability", "2027-01", "ok",
                "Meridian Insight is not generally available until January 2027, so anything we set up now runs on the beta."),
              C(INSIGHT, "free_trial", dur(30, "days"), "ok", "The Meridian Insight free trial runs 30 days; if your analysts need longer, let me know."),
          ], cc=[DANA, TANYA], style="apple", archive=True)

# ---- 2026-06-10 partner: a customer's reported statement ----------------------------------------
M09_BODY = """メリディアンデータ
山本様

いつもお世話になっております。アークリンクの森です。

ミナトテック様の件でご相談です。
ミナトテック様の情報システム部からは、メリディアン・シンクはISMAPに登録済みと伺っております。
念のため、登録状況をご確認いただけますでしょうか。
また、同社ではLinux端末も利用しているため、Linux版クライアントの提供予定についても教えていただけますと幸いです。

よろしくお願いいたします。

――――――――――――――――
株式会社アークリンク
ソリューション営業部 森 祐介
〒105-0011 東京都港区芝公園1-2-3 芝公園ビル 7F
TEL: 03-5400-1234
――――――――――――――――
"""
M09_CLAIMS = [C(SYNC, "certifications", "ISMAP", "conflict",
                "ミナトテック様の情報システム部からは、メリディアン・シンクはISMAPに登録済みと伺っております。")]
M09 = add("m09", "2026-06-10T17:42:19+09:00", MORI, [YAMAMOTO], "ミナトテック様 メリディアン・シンクの認証について",
          "000001dcf8a2$4b6e1c30$e24a5490$@arclink.co.jp", M09_BODY, claims=M09_CLAIMS, style="outlook-jis")

# ---- 2026-06-11 tokyo: negations and 検討中; Outlook-quotes M09 ----------------------------------
M10 = add("m10", "2026-06-11T10:05:33+09:00", YAMAMOTO, [MORI], "RE: ミナトテック様 メリディアン・シンクの認証について",
          "000c01dcf935$8e1f7a20$aa5e6e60$@jp.meridian-data.com",
          f"""森様

お世話になっております。メリディアンデータの山本です。
ご確認いただきありがとうございます。

恐れ入りますが、メリディアン・シンクはISMAPには未登録で、現時点では登録の対象外となっております。
同製品が取得している認証は、ISO/IEC 27001とSOC 2 Type IIです。
同製品のLinux版クライアントについては、現在提供を検討中です（時期未定）。
なお、同製品の利用者数の上限は1テナントあたり5,000名程度ですので、ミナトテック様の規模であれば問題ございません。
ISMAPへの登録申請は、来年度以降に改めて検討する予定です。

ミナトテック様には、私から直接ご説明することも可能ですので、お申し付けください。

{SIG_YAMAMOTO}

-----元のメッセージ-----
差出人: 森 祐介 <mori@arclink.co.jp>
送信日時: 2026年6月10日 17:42
宛先: 山本 彩 <aya.yamamoto@jp.meridian-data.com>
件名: ミナトテック様 メリディアン・シンクの認証について

{M09_BODY}""",
          claims=[
              C(SYNC, "certifications", "ISO 27001", "ok", "同製品が取得している認証は、ISO/IEC 27001とSOC 2 Type IIです。"),
              C(SYNC, "certifications", "SOC 2 Type II", "ok", "同製品が取得している認証は、ISO/IEC 27001とSOC 2 Type IIです。"),
              C(SYNC, "max_users", 5000, "stale",
                "なお、同製品の利用者数の上限は1テナントあたり5,000名程度ですので、ミナトテック様の規模であれば問題ございません。"),
          ] + requote(M09_CLAIMS, "unknown"),
          style="outlook-jis", reply_to_msg=M09, archive=True)

# ---- 2026-06-24 customer: Gmail-JP reply quoting all of M06 ----------------------------------------
M23 = add("m23", "2026-06-24T09:18:40+09:00", TANAKA, [SATO], "Re: メリディアン ボールトのご案内",
          "CAM5uR8xYp2W+qK7bN3vT0aLs9dZc@mail.gmail.com",
          """佐藤様

お世話になっております。ミナトテックの田中です。
ご案内いただいた内容をもとに、社内稟議を進めております。
容量は初年度120TB、3年契約を想定しております。
7月上旬に改めてご連絡いたします。

田中

株式会社ミナトテック 情報システム部
田中 浩二
〒220-0012 神奈川県横浜市西区みなとみらい4-6-2
TEL 045-222-7310

2026年5月20日(水) 14:03 佐藤 健太 <k.sato@jp.meridian-data.com>:
""" + quote_gt(M06_BODY.rstrip("\n")) + "\n",
          claims=requote(M06_CLAIMS, "tokyo"), style="gmail-alt-b64", reply_to_msg=M06)

# ---- 2026-07-21 london: Insight for a partner (range, more than, negation of a Sync-only attribute)
M12 = add("m12", "2026-07-21T11:26:09+01:00", OLIVER, [GARETH], "Meridian Insight - reseller pack",
          "LO2P265MB4417A1B2C3D4E5F60718293A4B5C6D7E@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM",
          f"""Hi Gareth,

Good to catch up yesterday. Here is where Meridian Insight stands for your reseller pack.

Meridian Insight will be generally available from January 2027; until then it is in beta.
Meridian Insight pricing at GA is expected to be £25 per user per month, excluding VAT.
For your US resellers, Meridian Insight will be listed at $30 per user per month.
Meridian Insight's query latency is roughly 2–3 seconds on our 100-million-row benchmark, so please don't quote anything faster.
Meridian Insight connects to more than 60 data sources out of the box.
Meridian Insight will not support offline mode at launch.
Each Meridian Insight workspace is capped at 200 dashboards.

Partner margin stays at 20% for the first twelve months, as agreed with Helen.

Best wishes,
Oliver

{SIG_OLIVER}
""",
          claims=[
              C(INSIGHT, "general_availability", "2027-01", "ok",
                "Meridian Insight will be generally available from January 2027; until then it is in beta."),
              C(INSIGHT, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
                "Meridian Insight pricing at GA is expected to be £25 per user per month, excluding VAT."),
              C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "office-variant",
                "For your US resellers, Meridian Insight will be listed at $30 per user per month."),
              C(INSIGHT, "query_latency", rng(2, 3, "seconds"), "conflict",
                "Meridian Insight's query latency is roughly 2–3 seconds on our 100-million-row benchmark"),
              C(INSIGHT, "integrations", 60, "unverified", "Meridian Insight connects to more than 60 data sources out of the box."),
              C(INSIGHT, "offline_mode", False, "unverified", "Meridian Insight will not support offline mode at launch."),
              C(INSIGHT, "max_dashboards", 200, "ok", "Each Meridian Insight workspace is capped at 200 dashboards."),
          ], style="outlook-utf8", archive=True)

# ---- 2026-07-28 osaka: Sync (tax-included price, 以上, a wrong offline claim) ------------------------
M11 = add("m11", "2026-07-28T15:40:57+09:00", NISHIDA, [OKADA], "メリディアン シンクのご案内",
          "3b1f6c0e-8d2a-4b7e-a9c5-12f4e6d8b0a1@osaka.jp.meridian-data.com",
          f"""岡田様

お世話になっております。メリディアンデータ大阪オフィスの西田です。
ファイル共有基盤として、メリディアン シンクのご案内をお送りいたします。

メリディアン シンクの月額料金は、55,000円（税込）でございます。
本製品は、1テナントあたり最大1万名までご利用いただけます。
ただし、1万名を超える場合は複数テナントでの構成となります。
また、本製品はオフライン環境でもファイルの閲覧・編集が可能です。
本製品の月間稼働率は99.9%以上です。

製造部門の約350名様を先行導入の対象として想定しております。
8月中に一度、工場側のご担当者様も交えてお打ち合わせできれば幸いです。

{SIG_NISHIDA}
""",
          claims=[
              C(SYNC, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は、55,000円（税込）でございます。"),
              C(SYNC, "max_users", 10000, "ok", "本製品は、1テナントあたり最大1万名までご利用いただけます。"),
              C(SYNC, "offline_mode", True, "conflict", "また、本製品はオフライン環境でもファイルの閲覧・編集が可能です。"),
              C(SYNC, "sla", 99.9, "ok", "本製品の月間稼働率は99.9%以上です。"),
          ], style="thunderbird-qp", archive=True)

# ---- 2026-08-04 us-hq: renewal (deprecated name, planned price, negated "unlimited") ---------------
M14 = add("m14", "2026-08-04T09:02:15-07:00", DANA, [TANYA], "Kestrel renewal paperwork",
          "CAF7q2Lp1nQ8+Vt6cMz0rXk3Bw9Gd@mail.gmail.com",
          f"""Hi Tanya,

Your renewal paperwork is attached; the quote covers 2,400 seats on a two-year term with the 15% multi-year discount.

A few reminders for the rollout:
If any depots are still on the old Meridian FileSync desktop app, please have them upgrade before September 1, when the legacy client stops syncing.
Meridian Sync is priced at $399 a month for the whole workspace, and that does not change with the renewal.
The Meridian Sync list price is expected to rise to $449 a month from January 2027.
Storage isn't unlimited on Meridian Sync: each user gets 1 TB, and admins can watch usage in the console.
Meridian Sync still tops out at roughly 5,000 users per tenant, so there is plenty of headroom for the two new depots.
For Meridian Sync, the support desk typically responds within 4 business hours.

Talk soon,
Dana

{SIG_DANA}
""",
          claims=[
              C(SYNC, "monthly_price", money(399, "USD", "month"), "ok",
                "Meridian Sync is priced at $399 a month for the whole workspace, and that does not change with the renewal."),
              C(SYNC, "monthly_price", money(449, "USD", "month"), "conflict",
                "The Meridian Sync list price is expected to rise to $449 a month from January 2027."),
              C(SYNC, "storage_per_user", TB(1), "ok",
                "Storage isn't unlimited on Meridian Sync: each user gets 1 TB, and admins can watch usage in the console."),
              C(SYNC, "max_users", 5000, "stale",
                "Meridian Sync still tops out at roughly 5,000 users per tenant, so there is plenty of headroom for the two new depots."),
              C(SYNC, "support_response_time", dur(4, "hours"), "unverified",
                "For Meridian Sync, the support desk typically responds within 4 business hours."),
          ],
          findings=[
              TERM(SYNC, "If any depots are still on the old Meridian FileSync desktop app"),
              PH("en.unlimited", "Storage isn't unlimited on Meridian Sync"),
          ], style="gmail-alt")

# ---- 2026-08-19 tokyo: Sync intro (substantiated No.1, negated members inside a list) ------------
M15 = add("m15", "2026-08-19T10:21:36+09:00", SATO, [SUZUKI], "メリディアン シンクのご紹介（展示会のお礼）",
          "20260819102136.9C4D1B7E@jp.meridian-data.com",
          f"""株式会社ひかり建設
情報システム課 鈴木様

はじめてご連絡いたします。メリディアンデータ東京オフィスの佐藤と申します。
先日の展示会では弊社ブースにお立ち寄りいただき、誠にありがとうございました。

ご関心をお寄せいただいたメリディアン シンクについて、概要をご案内いたします。
メリディアン シンクは国内No.1※のクラウドファイル共有サービスです。
メリディアン シンクは最大10,000ユーザー、1ユーザーあたり1TBの容量をご利用いただけます。
本製品はWindows、macOS、iOS、Androidでご利用いただけます（Linux・ChromeOSは非対応）。
なお、本製品はオフラインでの編集には対応しておりません。
本製品の月間稼働率（SLA）は99.9%です。
メリディアン シンクの月額料金は50,000円（税抜）です。
※2026年6月 東京リサーチ調べ（法人向けクラウドファイル共有サービス市場）

現場の端末台数（約600台）についても、次回のお打ち合わせで伺えれば幸いです。

{SIG_SATO}
""",
          claims=[
              C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは最大10,000ユーザー、1ユーザーあたり1TBの容量をご利用いただけます。"),
              C(SYNC, "storage_per_user", TB(1), "ok", "メリディアン シンクは最大10,000ユーザー、1ユーザーあたり1TBの容量をご利用いただけます。"),
          ] + [C(SYNC, "supported_platforms", p, "ok", "本製品はWindows、macOS、iOS、Androidでご利用いただけます（Linux・ChromeOSは非対応）。")
               for p in ("Windows", "macOS", "iOS", "Android")] + [
              C(SYNC, "offline_mode", False, "ok", "なお、本製品はオフラインでの編集には対応しておりません。"),
              C(SYNC, "sla", 99.9, "ok", "本製品の月間稼働率（SLA）は99.9%です。"),
              C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）です。"),
          ], style="jis", archive=True)

# ---- 2026-09-01 customer: questions and requirements; Outlook-quotes M05 --------------------------
M13 = add("m13", "2026-09-01T12:48:03+01:00", JAMES, [PRIYA], "RE: Meridian Vault - summary for records management",
          "LO4P123MB6650B2D9E8F7A6C5D4E3F2A1B0C9D8E7@LO4P123MB6650.GBRP123.PROD.OUTLOOK.COM",
          """Priya,

Our DPO has asked for a written answer before the partners' meeting on 10 September: can Meridian Vault keep our data in the UK, and what would the recovery point be?
For the tender we need a recovery point of 15 minutes or better and at least seven years of retention for closed matters.

Thanks,
James

James Carver
Head of IT | Hollins & Reed LLP
30 Fetter Lane, London EC4A 1BW
DX 401 London Chancery Lane | T +44 20 7946 0770
Hollins & Reed LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. 612345).

From: Priya Nair <priya.nair@uk.meridian-data.com>
Sent: 12 May 2026 16:20
To: James Carver <j.carver@hollinsreed.co.uk>
Subject: Meridian Vault - summary for records management

""" + M05_BODY,
          claims=requote(M05_CLAIMS, "london"), style="outlook-uk", reply_to_msg=M05)

# ---- 2026-09-09 osaka: Vault spec (HTML table + plain, bounds, range, approximation, 絶対) ----------
M16_ROWS = [
    ("最大容量", "1テナントあたり約0.5PB"),
    ("RPO（目標復旧時点）", "15分以内"),
    ("RTO（目標復旧時間）", "4〜8時間程度"),
    ("保持期間", "標準90日（約3か月）"),
    ("データセンター", "東京・大阪・オレゴン・フランクフルトの4拠点（バージニアは対象外）"),
    ("稼働率（SLA）", "99.95%"),
    ("料金", "1TBあたり月額3,080円（税込）"),
]
M16_INTRO = """岡田様

お世話になっております。メリディアンデータ大阪オフィスの中村です。
バックアップ基盤のご検討に向けて、仕様をまとめました。
御社の基幹システム（約60TB）を対象としたお見積りは、別紙をご参照ください。
"""
M16_OUTRO = """ランサムウェア対策として、バックアップデータは改ざんできない領域に保管されますので、絶対に安心です。

ご不明な点がございましたら、お気軽にお問い合わせください。
"""
M16_TEXT = (M16_INTRO + "\n【メリディアン ボールト サービス仕様】\n" + "".join("・%s：%s\n" % r for r in M16_ROWS)
            + "\n" + M16_OUTRO + "\n" + SIG_NAKAMURA + "\n")


def _m16_html():
    p = lambda s: "".join("<p>%s</p>\n" % html.escape(l) if l else "<p><br></p>\n" for l in s.rstrip("\n").split("\n"))
    rows = "".join('<tr><td style="border:1px solid #999;padding:4px">%s</td><td style="border:1px solid #999;padding:4px">%s</td></tr>\n'
                   % (html.escape(a), html.escape(b)) for a, b in M16_ROWS)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n<body>\n'
            '<div style="font-family:\'Meiryo\',sans-serif;font-size:10.5pt">\n' + p(M16_INTRO)
            + '<table style="border-collapse:collapse">\n<caption style="text-align:left;font-weight:bold">メリディアン ボールト サービス仕様</caption>\n'
            '<tr><th style="border:1px solid #999;padding:4px">項目</th><th style="border:1px solid #999;padding:4px">仕様</th></tr>\n'
            + rows + "</table>\n" + p("\n" + M16_OUTRO) + p("\n" + SIG_NAKAMURA) + "</div>\n</body></html>\n")


M16 = add("m16", "2026-09-09T17:55:48+09:00", NAKAMURA, [OKADA], "メリディアン ボールト 仕様のご案内",
          "202609090855.5E20F1@osaka.jp.meridian-data.com", M16_TEXT, html_body=_m16_html(),
          claims=[
              C(VAULT, "max_storage", TB(500), "ok", "1テナントあたり約0.5PB"),
              C(VAULT, "rpo", dur(15, "minutes"), "ok", "15分以内"),
              C(VAULT, "rto", rng(4, 8, "hours"), "unverified", "4〜8時間程度"),
              C(VAULT, "retention", dur(90, "days"), "ok", "標準90日（約3か月）"),
          ] + [C(VAULT, "data_centers", d, "ok", "東京・大阪・オレゴン・フランクフルトの4拠点（バージニアは対象外）")
               for d in ("Tokyo", "Osaka", "Oregon", "Frankfurt")] + [
              C(VAULT, "sla", 99.95, "ok", "99.95%"),
              C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "1TBあたり月額3,080円（税込）"),
          ],
          findings=[PH("ja.absolute", "バックアップデータは改ざんできない領域に保管されますので、絶対に安心です。")],
          style="html-alt", archive=True)

# ---- 2026-09-15 london: corrected RPO (retracted value), "more than", condition -------------------
M17 = add("m17", "2026-09-15T09:40:22+01:00", PRIYA, [JAMES], "Meridian Vault - written answers for your DPO",
          "AM9PR06MB74215F0E1D2C3B4A59687A6B5C4D3E2F@AM9PR06MB7421.eurprd06.prod.outlook.com",
          """Dear James,

Thank you for your patience. Here are the written answers for your DPO.

Meridian Vault's recovery point objective is at most 15 minutes; my earlier note quoting 5 minutes was wrong, and I apologise for the confusion.
Meridian Vault does not have a UK data centre: UK customers are hosted in our Frankfurt region by default.
Meridian Vault retention defaults to 90 days, and retention periods beyond that are agreed per contract.
For very large estates, Meridian Vault can scale to more than 1 PB per tenant on request.
The seven-year requirement for closed matters would sit with our archiving partner; I have asked them to contact you directly.

Kind regards,
Priya

""" + SIG_PRIYA + "\n",
          claims=[
              C(VAULT, "rpo", dur(15, "minutes"), "ok",
                "Meridian Vault's recovery point objective is at most 15 minutes; my earlier note quoting 5 minutes was wrong"),
              C(VAULT, "data_centers", "Frankfurt", "ok",
                "Meridian Vault does not have a UK data centre: UK customers are hosted in our Frankfurt region by default."),
              C(VAULT, "retention", dur(90, "days"), "ok",
                "Meridian Vault retention defaults to 90 days, and retention periods beyond that are agreed per contract."),
              C(VAULT, "max_storage", TB(1000), "conflict",
                "For very large estates, Meridian Vault can scale to more than 1 PB per tenant on request."),
          ], style="outlook-uk", archive=True)

# ---- 2026-10-06 us-hq: "under 15 minutes", a planned region, a "From " line for mboxrd -------------
M18 = add("m18", "2026-10-06T15:07:59-07:00", MARCUS, [TANYA, RAJ], "Answers before the steering committee",
          "B40E2C7D-91A3-4F6B-8E2D-7C5A1B9F0E3D@meridian-data.com",
          f"""Hi Tanya, Raj,

Quick answers to Friday's questions before the steering committee.

Meridian Vault pricing stays at $20 per TB per month for the renewal term.
Meridian Vault's RPO is under 15 minutes for all tiers.
Meridian Vault is expected to add a Singapore region in the first half of 2027, which would help the APAC expansion you mentioned.
For completeness, Meridian Sync's uptime SLA is 99.9%, measured monthly.

From our side, the pilot data can stay in Oregon until the contract is signed.
The 10 TB pilot allowance runs until 30 November.

Cheers,
Marcus

{SIG_MARCUS}
""",
          claims=[
              C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok",
                "Meridian Vault pricing stays at $20 per TB per month for the renewal term."),
              C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is under 15 minutes for all tiers."),
              C(VAULT, "data_centers", "Singapore", "conflict",
                "Meridian Vault is expected to add a Singapore region in the first half of 2027"),
              C(SYNC, "sla", 99.9, "ok", "For completeness, Meridian Sync's uptime SLA is 99.9%, measured monthly."),
          ], cc=[DANA], style="apple", archive=True)

# ---- 2026-10-20 tokyo: Insight (未満, months, a deferred value) -------------------------------------
M19 = add("m19", "2026-10-20T16:33:12+09:00", YAMAMOTO, [SUZUKI], "メリディアン インサイトのご案内",
          "CAJy8mN2vR5q+Lt0xWc4Hb7sKe1Pz@mail.gmail.com",
          f"""鈴木様

お世話になっております。メリディアンデータの山本です。
先日お問い合わせいただいたメリディアン インサイトについてご案内いたします。

メリディアン インサイトは2027年1月の一般提供開始を予定しており、現在はベータ版としてご提供しております。
同製品では、大半のクエリが1秒未満で応答します。
同製品の無料トライアル期間は1か月間です。
同製品の料金は、1ユーザーあたり月額4,000円（税抜）です。
ご参考までに、米国本社でのご契約の場合、同製品の料金は1ユーザーあたり月額30米ドルとなります。
同製品のダッシュボードは、最大200個まで作成可能です。
なお、同製品のSLAは正式リリース時に公開予定で、現時点では未定です。

ご検討のほど、よろしくお願いいたします。

{SIG_YAMAMOTO}
""",
          claims=[
              C(INSIGHT, "general_availability", "2027-01", "ok",
                "メリディアン インサイトは2027年1月の一般提供開始を予定しており、現在はベータ版としてご提供しております。"),
              C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "同製品では、大半のクエリが1秒未満で応答します。"),
              C(INSIGHT, "free_trial", dur(1, "months"), "ok", "同製品の無料トライアル期間は1か月間です。"),
              C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
                "同製品の料金は、1ユーザーあたり月額4,000円（税抜）です。"),
              C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "office-variant",
                "ご参考までに、米国本社でのご契約の場合、同製品の料金は1ユーザーあたり月額30米ドルとなります。"),
              C(INSIGHT, "max_dashboards", 200, "ok", "同製品のダッシュボードは、最大200個まで作成可能です。"),
          ], style="gmail-alt-b64")

# ---- 2026-11-02 london: Sync (period value, "at least", a wrong certification, URL) ------------------
M20 = add("m20", "2026-11-02T14:11:45+00:00", OLIVER, [SAM], "Meridian Sync overview for your 2027 budget",
          "LO2P265MB44179E8D7C6B5A4F3E2D1C0B9A8F7E6D@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM",
          """Dear Sam,

Further to our call, here is an overview of Meridian Sync for the 2027 budget round.

Meridian Sync supports up to 10,000 users per tenant; until the end of March 2026 the cap was 5,000.
Meridian Sync is priced at £329 per month, excluding VAT.
Meridian Sync's SLA commits to at least 99.95% monthly uptime.
Meridian Sync is certified to ISO 27001 and Cyber Essentials Plus.
If you are migrating from the old client, the retirement notes are at https://support.meridian-data.com/kb/MeridianFileSync-EOL.

Your current estate of 85 users would sit well below the cap.

Kind regards,
Oliver

""" + SIG_OLIVER + "\n",
          claims=[
              C(SYNC, "max_users", 10000, "ok",
                "Meridian Sync supports up to 10,000 users per tenant; until the end of March 2026 the cap was 5,000."),
              C(SYNC, "max_users", 5000, "ok",
                "Meridian Sync supports up to 10,000 users per tenant; until the end of March 2026 the cap was 5,000.", at="2026-03-31"),
              C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is priced at £329 per month, excluding VAT."),
              C(SYNC, "sla", 99.95, "conflict", "Meridian Sync's SLA commits to at least 99.95% monthly uptime."),
              C(SYNC, "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001 and Cyber Essentials Plus."),
              C(SYNC, "certifications", "Cyber Essentials Plus", "conflict", "Meridian Sync is certified to ISO 27001 and Cyber Essentials Plus."),
          ], style="outlook-uk", archive=True)

# ---- 2026-11-10 osaka: forward of a tokyo message (quoted, conditional 程度), katakana old name ---
M21 = add("m21", "2026-11-10T11:02:38+09:00", NISHIDA, [OKADA], "Fwd: 大規模構成について",
          "8f0d2e4a-6b1c-4d3e-9f7a-5c2b1e0d9a8f@osaka.jp.meridian-data.com",
          f"""岡田様

お世話になっております。メリディアンデータ大阪オフィスの西田です。
東京オフィスの山本より、大規模構成についての情報が届きましたので転送いたします。

メリディアン シンクの月額料金（50,000円・税抜）に変更はございません。
旧製品名「メリディアン・ファイルシンク」でご契約のお客様も、同じ料金体系となります。

{SIG_NISHIDA}

-------- 転送メッセージ --------
件名: 大規模構成について
日付: Mon, 9 Nov 2026 18:05:12 +0900
差出人: 山本 彩 <aya.yamamoto@jp.meridian-data.com>
宛先: 西田 真理子 <m.nishida@osaka.jp.meridian-data.com>

西田さん

お疲れさまです。山本です。
浪速精機様の件、メリディアン シンクの大規模構成について共有します。
エンタープライズ契約時は、メリディアン シンクを1テナントあたり2万ユーザー程度までご利用いただけます。
詳細は来週の定例でご説明します。

山本
""",
          claims=[
              C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
                "メリディアン シンクの月額料金（50,000円・税抜）に変更はございません。"),
              C(SYNC, "max_users", 20000, "conflict",
                "エンタープライズ契約時は、メリディアン シンクを1テナントあたり2万ユーザー程度までご利用いただけます。",
                quoted=True, office="tokyo"),
          ],
          findings=[TERM(SYNC, "旧製品名「メリディアン・ファイルシンク」でご契約のお客様も、同じ料金体系となります。")],
          style="thunderbird-b64", archive=True)


# ------------------------------------------------------------------ documents
class Doc:
    def __init__(self, path, office, text, claims=(), findings=()):
        self.path, self.office, self.text = path, office, text
        self.claims, self.findings = list(claims), list(findings)


DOCS = []

D1_TEXT = """# 株式会社ミナトテック様 ファイル共有基盤 ご提案書

株式会社メリディアンデータ 東京オフィス
2026年11月18日 / 提案書番号: MDJ-P-2026-0412

## 1. メリディアン シンク 製品仕様

| 項目 | 仕様 |
|---|---|
| 最大ユーザー数 | 1テナントあたり最大10,000ユーザー |
| ストレージ容量 | 1ユーザーあたり1TB |
| 稼働率（SLA） | 月間99.9%以上 |
| 対応OS | Windows / macOS / iOS / Android（Linux・ChromeOSは非対応） |
| オフライン利用 | 非対応 |
| 取得認証 | ISO/IEC 27001、SOC 2 Type II（ISMAPは対象外） |

## 2. お見積り

（金額はすべて税抜）

| 品目 | 単価（月額） | 期間 | 小計 |
|---|---|---|---|
| メリディアン シンク 月額基本料金 | 50,000円 | 12か月 | 600,000円 |
| 導入支援サービス（初期設定・データ移行） | 300,000円 | 一式 | 300,000円 |
| 初年度特別値引き（10%） | | | -60,000円 |
| 合計 | | | 840,000円 |

お見積りの有効期限は2026年12月25日です。

## 3. 今後の機能拡張について

メリディアン シンクのオフラインモードについては、2027年中の提供を検討中です。
また、メリディアン シンクの1テナントあたりの上限ユーザー数は、2027年4月以降に2万ユーザーへ引き上げられる予定です。

## 4. 弊社が選ばれる理由

業界最安水準の料金体系で、中堅企業の皆様にも導入しやすい価格設定となっております。
導入から運用定着まで、専任の担当者がご支援いたします。
"""
_os = "| 対応OS | Windows / macOS / iOS / Android（Linux・ChromeOSは非対応） |"
_cert = "| 取得認証 | ISO/IEC 27001、SOC 2 Type II（ISMAPは対象外） |"
DOCS.append(Doc("docs/tokyo/minato-tech_sync_proposal.md", "tokyo", D1_TEXT, claims=[
    C(SYNC, "max_users", 10000, "ok", "| 最大ユーザー数 | 1テナントあたり最大10,000ユーザー |"),
    C(SYNC, "storage_per_user", TB(1), "ok", "| ストレージ容量 | 1ユーザーあたり1TB |"),
    C(SYNC, "sla", 99.9, "ok", "| 稼働率（SLA） | 月間99.9%以上 |"),
] + [C(SYNC, "supported_platforms", p, "ok", _os) for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(SYNC, "offline_mode", False, "ok", "| オフライン利用 | 非対応 |"),
    C(SYNC, "certifications", "ISO 27001", "ok", _cert),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", _cert),
    C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円 | 12か月 | 600,000円 |"),
    C(SYNC, "max_users", 20000, "conflict",
      "また、メリディアン シンクの1テナントあたりの上限ユーザー数は、2027年4月以降に2万ユーザーへ引き上げられる予定です。", at="2027-04-01"),
], findings=[PH("ja.cheapest", "業界最安水準の料金体系で、中堅企業の皆様にも導入しやすい価格設定となっております。")]))

D2_TEXT = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kestrel Logistics - Backup and Analytics Proposal</title>
<style>
body { font-family: Helvetica, Arial, sans-serif; max-width: 52em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #aaa; padding: 4px 8px; text-align: left; vertical-align: top; }
</style>
</head>
<body>
<h1>Kestrel Logistics: Backup and Analytics Proposal</h1>
<p>Prepared by Dana Whitfield and Marcus Bell, Meridian Data, Inc. &middot; November 16, 2026 &middot; Proposal MD-US-26-0387</p>

<h2>1. Meridian Vault</h2>
<p>Meridian Vault would protect the dispatch, TMS and payroll databases with continuous, policy-based backup.</p>
<table>
<caption>Meridian Vault: response to Kestrel RFP section 4</caption>
<tr><th>Requirement (RFP &sect;4)</th><th>Meridian Vault response</th></tr>
<tr><td>4.1 Recovery point of 30 minutes or better</td><td>RPO of 15 minutes or less</td></tr>
<tr><td>4.2 Recovery time objective under 8 hours</td><td>Typically 2 to 4 hours, depending on data volume</td></tr>
<tr><td>4.3 Retain backups for at least 60 days</td><td>90 days by default; up to 7 years with the Compliance add-on</td></tr>
<tr><td>4.4 Capacity for 180 TB, growing about 20% a year</td><td>Up to 500 TB per tenant</td></tr>
<tr><td>4.5 Hosting in the United States</td><td>Hosted in our Oregon region, with optional replicas in Frankfurt</td></tr>
<tr><td>4.6 Encryption at rest</td><td>AES-256</td></tr>
<tr><td>4.7 Availability commitment</td><td>99.95% monthly uptime SLA</td></tr>
<tr><td>4.8 Storage price</td><td><del>$18</del> $20 per TB per month</td></tr>
</table>

<h2>2. Meridian Insight (beta)</h2>
<ul>
<li>General availability is planned for January 2027.</li>
<li>Query latency: under 2 seconds at the 95th percentile on a 100-million-row workspace.</li>
<li>Free trial: 30 days for the analytics team.</li>
<li>Up to 200 dashboards per workspace.</li>
<li>Meridian Insight is not yet in scope of our SOC 2 Type II report.</li>
</ul>
<p>Meridian Insight delivers industry-leading query performance on large datasets (Source: Halvorsen Labs, BI Query Benchmark, August 2026).</p>

<h2>3. Commercial summary</h2>
<p>For 180 TB of protected data, the estimated storage charge is $3,600 per month, before the 12% discount agreed on October 14.</p>
<p>Analytics seats for the pilot group (25 analysts) are included at no charge until general availability.</p>
<p>We propose starting with a risk-free 60-day pilot at the Oakland depot.</p>
<p>Questions: Dana Whitfield, dana.whitfield@meridian-data.com, +1 (415) 555-0187</p>
</body>
</html>
"""
_reg = "<td>Hosted in our Oregon region, with optional replicas in Frankfurt</td>"
_ret = "<td>90 days by default; up to 7 years with the Compliance add-on</td>"
DOCS.append(Doc("docs/us-hq/kestrel-backup-analytics-proposal.html", "us-hq", D2_TEXT, claims=[
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "<td>RPO of 15 minutes or less</td>"),
    C(VAULT, "rto", rng(2, 4, "hours"), "unverified", "<td>Typically 2 to 4 hours, depending on data volume</td>"),
    C(VAULT, "retention", dur(90, "days"), "ok", _ret),
    C(VAULT, "retention", dur(7, "years"), "conflict", _ret),
    C(VAULT, "max_storage", TB(500), "ok", "<td>Up to 500 TB per tenant</td>"),
    C(VAULT, "data_centers", "Oregon", "ok", _reg),
    C(VAULT, "data_centers", "Frankfurt", "ok", _reg),
    C(VAULT, "encryption", "AES-256", "ok", "<td>4.6 Encryption at rest</td><td>AES-256</td>"),
    C(VAULT, "sla", 99.95, "ok", "<td>99.95% monthly uptime SLA</td>"),
    C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "<td><del>$18</del> $20 per TB per month</td>"),
    C(INSIGHT, "general_availability", "2027-01", "ok", "<li>General availability is planned for January 2027.</li>"),
    C(INSIGHT, "query_latency", dur(2, "seconds"), "ok",
      "<li>Query latency: under 2 seconds at the 95th percentile on a 100-million-row workspace.</li>"),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "<li>Free trial: 30 days for the analytics team.</li>"),
    C(INSIGHT, "max_dashboards", 200, "ok", "<li>Up to 200 dashboards per workspace.</li>"),
], findings=[PH("en.guarantee", "We propose starting with a risk-free 60-day pilot at the Oakland depot.")]))

D3_TEXT = """# Hollins & Reed LLP: Document Sync and Backup Proposal

Prepared by Priya Nair, Meridian Data UK Ltd · 17 November 2026 · Ref. HR-2026-114

## 1. Meridian Sync

Meridian Sync supports up to 10,000 users per tenant, comfortably above the firm's 640 fee-earners and support staff.

- Storage: approximately 1 TB per user.
- Availability: 99.9% monthly uptime SLA.
- Platforms: Windows, macOS, iOS and Android. Linux is not supported.
- Certifications: ISO 27001 and SOC 2 Type II. Meridian Sync is not certified under Cyber Essentials Plus.
- Price: £329 per month, excluding VAT.

## 2. Meridian Vault

- Recovery point objective of around 15 minutes.
- Default retention of 90 days.
- Capacity of up to 0.5 PB per tenant; with the Dedicated Tenant option, more than 750 TB can be provisioned.
- Hosted in our Frankfurt and Oregon data centres (there is no UK data centre).
- Price: £16 per TB per month, excluding VAT.

## 3. Why Meridian

<!-- onevoice-disable-next-line en.superlative -->
Our onboarding team is industry-leading in legal-sector migrations.

We have moved more than 40 law firms in England and Wales onto our platform since 2021.

## 4. Commercial terms

- 640 user licences on a 36-month term.
- Estimated backup volume: 40 TB in year one.
- Multi-year discount: 8%, applied to both services.
"""
_plat = "- Platforms: Windows, macOS, iOS and Android. Linux is not supported."
_certs = "- Certifications: ISO 27001 and SOC 2 Type II. Meridian Sync is not certified under Cyber Essentials Plus."
_cap = "- Capacity of up to 0.5 PB per tenant; with the Dedicated Tenant option, more than 750 TB can be provisioned."
_dc = "- Hosted in our Frankfurt and Oregon data centres (there is no UK data centre)."
DOCS.append(Doc("docs/london/hollins-reed-proposal.md", "london", D3_TEXT, claims=[
    C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant"),
    C(SYNC, "storage_per_user", TB(1), "ok", "- Storage: approximately 1 TB per user."),
    C(SYNC, "sla", 99.9, "ok", "- Availability: 99.9% monthly uptime SLA."),
] + [C(SYNC, "supported_platforms", p, "ok", _plat) for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(SYNC, "certifications", "ISO 27001", "ok", _certs),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", _certs),
    C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "- Price: £329 per month, excluding VAT."),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "- Recovery point objective of around 15 minutes."),
    C(VAULT, "retention", dur(90, "days"), "ok", "- Default retention of 90 days."),
    C(VAULT, "max_storage", TB(500), "ok", _cap),
    C(VAULT, "max_storage", TB(750), "conflict", _cap),
    C(VAULT, "data_centers", "Frankfurt", "ok", _dc),
    C(VAULT, "data_centers", "Oregon", "ok", _dc),
    C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "- Price: £16 per TB per month, excluding VAT."),
]))

D4_TEXT = """浪速精機株式会社 御中

メリディアン インサイト ご提案書
2026年11月20日
株式会社メリディアンデータ 大阪オフィス 営業グループ

1. 提供開始時期
メリディアン インサイトの一般提供開始は、2027年1月を予定しております（現在はベータ版でのご提供です）。
同製品の正式リリースは2026年12月ではございませんので、ご留意ください。

2. 性能・仕様
・本製品のクエリ応答時間は、最大2秒以内です（1億行規模のワークスペース、95パーセンタイル値）。
・本製品では、1ワークスペースあたり200個までダッシュボードを作成いただけます。
・本製品は、50種類以上のデータソースとの標準連携に対応しております。
・正式版の提供開始後、本製品のSLAは99.9%となる見込みです。

3. 料金（税抜）
・本製品のご利用料金：1ユーザーあたり月額4,000円（税抜）
・本製品は30日間、無料でお試しいただけます。
・貴社のご利用人数に応じたお見積りは、別紙をご参照ください。

4. 特長
・業界初のAI自動要約機能を搭載予定です。
・既存の生産管理システムとのCSV連携にも対応しております。

以上

株式会社メリディアンデータ 大阪オフィス
〒530-0001 大阪府大阪市北区梅田3-1-3 ノースゲートビル 21F
TEL 06-6345-0123 / FAX 06-6345-0124
"""
DOCS.append(Doc("docs/osaka/naniwa-seiki_insight_proposal.txt", "osaka", D4_TEXT, claims=[
    C(INSIGHT, "general_availability", "2027-01", "ok",
      "メリディアン インサイトの一般提供開始は、2027年1月を予定しております（現在はベータ版でのご提供です）。"),
    C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "・本製品のクエリ応答時間は、最大2秒以内です（1億行規模のワークスペース、95パーセンタイル値）。"),
    C(INSIGHT, "max_dashboards", 200, "ok", "・本製品では、1ワークスペースあたり200個までダッシュボードを作成いただけます。"),
    C(INSIGHT, "integrations", 50, "unverified", "・本製品は、50種類以上のデータソースとの標準連携に対応しております。"),
    C(INSIGHT, "sla", 99.9, "unverified", "・正式版の提供開始後、本製品のSLAは99.9%となる見込みです。"),
    C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "・本製品のご利用料金：1ユーザーあたり月額4,000円（税抜）"),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "・本製品は30日間、無料でお試しいただけます。"),
], findings=[PH("ja.first-in-industry", "・業界初のAI自動要約機能を搭載予定です。")]))

# an old draft: ignored by .onevoice.yaml, so it carries no labels
DRAFT = ("docs/tokyo/drafts/minato-tech_sync_proposal_v0.md", """# （下書き）ミナトテック様 ご提案書 v0

## メリディアン・ファイルシンク 製品仕様

- 最大ユーザー数: 1テナントあたり最大5,000ユーザー
- 月額料金: 50,000円（税込）
- 業界No.1の使いやすさ
""")

ONEVOICE_YAML = """# onevoice configuration for evaluation set 72 (SPEC section 6).
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


# ------------------------------------------------------------------ MIME
MAILERS = {
    "jis": ("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
    "gmail": (None, None), "gmail-alt": (None, None), "gmail-alt-b64": (None, None),
    "outlook-uk": ("X-Mailer", None), "outlook-utf8": ("X-Mailer", None),
    "outlook-jis": ("X-Mailer", "Microsoft Outlook 16.0"),
    "apple": ("X-Mailer", "Apple Mail (2.3776.700.51)"),
    "thunderbird-qp": ("User-Agent", "Mozilla Thunderbird"),
    "thunderbird-b64": ("User-Agent", "Mozilla Thunderbird"),
    "html-alt": ("X-Mailer", "Microsoft Outlook 16.0"),
}


def cs(name, enc):
    c = Charset(name)
    c.body_encoding = enc
    return c


def text_to_html(text, gmail=False):
    """A plain rendering as the mailer's HTML part: > lines become a blockquote."""
    out, quote = [], []

    def flush():
        if quote:
            inner = "<br>\n".join(html.escape(l) for l in quote)
            cls = ' class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"' if gmail else ""
            out.append("<blockquote%s>%s</blockquote>" % (cls, inner))
            quote.clear()
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" ") if line.startswith("> ") or line == ">" else line[1:])
            continue
        flush()
        out.append(html.escape(line) + "<br>" if line else "<br>")
    flush()
    if gmail:
        return '<div dir="ltr">' + "\n".join(out) + "</div>\n"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body lang="EN-GB"><div class="WordSection1">\n' % "utf-8" + "\n".join(
                "<p class=\"MsoNormal\">%s</p>" % l for l in out) + "\n</div></body></html>\n")


def addr(person, charset):
    name, a = person
    if all(ord(ch) < 128 for ch in name):
        return formataddr((name, a))
    return formataddr((name, a), charset=charset)


def subj(s, charset):
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, charset).encode()


def build(m):
    st = m.style
    body = m.body
    hcs = "iso-2022-jp" if st in ("jis", "outlook-jis") else "utf-8"
    if st == "jis":
        top = MIMEText(body, "plain", "iso-2022-jp")
    elif st == "outlook-jis":
        top = MIMEMultipart("alternative", boundary="_000_%s_" % m.msgid.split("$")[0].replace("@", "").upper())
        top.attach(MIMEText(body, "plain", "iso-2022-jp"))
        h = MIMEText(text_to_html(body).replace("charset=utf-8", "charset=iso-2022-jp"), "html", cs("iso-2022-jp", QP))
        top.attach(h)
    elif st in ("gmail", "gmail-alt", "gmail-alt-b64"):
        enc = BASE64 if st == "gmail-alt-b64" else QP
        top = MIMEMultipart("alternative", boundary="000000000000%012x" % (int(m.date.timestamp()) * 4099 % 16 ** 12))
        plain_cs = cs("utf-8", enc)
        if enc == QP and all(ord(ch) < 128 for ch in body) and max(len(l) for l in body.split("\n")) <= 76:
            plain = MIMEText(body, "plain", "us-ascii")
            plain.replace_header("Content-Type", 'text/plain; charset="UTF-8"')
        else:
            plain = MIMEText(body, "plain", plain_cs)
        top.attach(plain)
        top.attach(MIMEText(text_to_html(body, gmail=True), "html", cs("utf-8", enc)))
    elif st in ("outlook-uk", "outlook-utf8"):
        name = "windows-1252" if st == "outlook-uk" else "utf-8"
        top = MIMEMultipart("alternative", boundary="_000_%s_" % m.msgid.split("@")[0][:40])
        top.attach(MIMEText(body, "plain", cs(name, QP)))
        top.attach(MIMEText(text_to_html(body).replace("charset=utf-8", "charset=" + name), "html", cs(name, QP)))
    elif st == "apple":
        top = MIMEText(body, "plain", cs("utf-8", QP))
        top.replace_header("Content-Type", "text/plain;\n\tcharset=utf-8")
    elif st == "thunderbird-qp":
        top = MIMEText(body, "plain", cs("utf-8", None))
        top.replace_header("Content-Type", "text/plain; charset=UTF-8; format=flowed")
        top.replace_header("Content-Transfer-Encoding", "8bit")
    elif st == "thunderbird-b64":
        top = MIMEText(body, "plain", cs("utf-8", BASE64))
        top.replace_header("Content-Type", "text/plain; charset=UTF-8")
    elif st == "html-alt":
        top = MIMEMultipart("alternative", boundary="_000_OS3P286MB%08X_" % (int(m.date.timestamp()) % 16 ** 8))
        top.attach(MIMEText(body, "plain", cs("utf-8", BASE64)))
        top.attach(MIMEText(m.html_body, "html", cs("utf-8", BASE64)))
    else:
        raise ValueError(st)

    if top.is_multipart():
        for part in top.get_payload():
            del part["MIME-Version"]
            if st.startswith("gmail"):
                part.replace_header("Content-Type", part["Content-Type"].replace('charset="utf-8"', 'charset="UTF-8"'))
    ctype = top["Content-Type"]
    cte = top["Content-Transfer-Encoding"]
    hdrs = []
    rcpt_dom = m.to[0][1].split("@")[1]
    snd_dom = m.sender[1].split("@")[1]
    utc = m.date.astimezone(datetime.timezone.utc)
    relay = ("mail-sor-f41.google.com", "209.85.220.41") if "gmail" in m.msgid else (
        "smtp." + snd_dom, "203.0.113.%d" % ((len(snd_dom) * 37 + m.date.day * 7) % 250 + 2))
    hdrs.append(("Received", "from %s (%s [%s])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s"
                 % (relay[0], relay[0], relay[1], rcpt_dom,
                    "%x" % (int(utc.timestamp()) * 2654435761 % 2 ** 40), m.to[0][1], format_datetime(utc))))
    if st.startswith("gmail") or st == "apple" or st.startswith("thunderbird"):
        hdrs.append(("MIME-Version", "1.0"))
    hdrs.append(("Date", format_datetime(m.date)))
    hdrs.append(("From", addr(m.sender, hcs)))
    hdrs.append(("To", ", ".join(addr(p, hcs) for p in m.to)))
    if m.cc:
        hdrs.append(("Cc", ", ".join(addr(p, hcs) for p in m.cc)))
    hdrs.append(("Subject", subj(m.subject, hcs)))
    if st.startswith("outlook") or st == "html-alt":
        hdrs.append(("Thread-Topic", subj(re.sub(r"^(RE|Re|Fwd|FW): ", "", m.subject), hcs)))
        hdrs.append(("Thread-Index", "AQHc%sA==" % m.msgid[:18].replace("$", "").replace(".", "")[:16]))
    hdrs.append(("Message-ID", "<%s>" % m.msgid))
    if m.reply_to_msg is not None:
        hdrs.append(("In-Reply-To", "<%s>" % m.reply_to_msg.msgid))
        hdrs.append(("References", "<%s>" % m.reply_to_msg.msgid))
    if st.startswith("outlook") or st == "html-alt":
        hdrs.append(("Accept-Language", "ja-JP, en-US" if hcs != "utf-8" or m.office in ("osaka", "tokyo") else "en-GB, en-US"))
        hdrs.append(("Content-Language", "ja-JP" if m.office in ("osaka", "tokyo") or hcs != "utf-8" else "en-GB"))
        hdrs.append(("X-MS-Has-Attach", ""))
        hdrs.append(("X-MS-TNEF-Correlator", ""))
    k, v = MAILERS[st]
    if k and v:
        hdrs.append((k, v))
    if not (st.startswith("gmail") or st == "apple" or st.startswith("thunderbird")):
        hdrs.append(("MIME-Version", "1.0"))
    hdrs.append(("Content-Type", ctype))
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    head = "".join("%s: %s\n" % (k, v) if v else "%s:\n" % k for k, v in hdrs)
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=policy.compat32.clone(linesep="\n"))
    g.flatten(top, unixfrom=False)
    raw = buf.getvalue()
    raw = raw[raw.index(b"\n\n") + 2:]          # our own header block replaces the generator's
    return head.encode("ascii") + b"\n" + raw


def mboxrd(msgs_bytes):
    out = []
    for m, raw in msgs_bytes:
        utc = m.date.astimezone(datetime.timezone.utc)
        out.append(("From %s %s\n" % (m.sender[1], utc.strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  ", 1)
                                      if utc.day < 10 else utc.strftime("%a %b %d %H:%M:%S %Y"))).encode())
        for line in raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n"):
            if re.match(rb"^>*From ", line):
                line = b">" + line
            out.append(line + b"\n")
        out.append(b"\n")
    return b"".join(out)


# ------------------------------------------------------------------ labels
def claim_line(file, mid, c, office, as_of):
    return {"type": "claim", "file": file, "message_id": mid, "product": c["product"], "attribute": c["attribute"],
            "value": c["value"], "verdict": c["verdict"], "quoted": c["quoted"], "office": c["office"] or office,
            "as_of": as_of, "text": c["text"]}


def finding_line(file, mid, f):
    return {"type": "finding", "file": file, "message_id": mid, "kind": f["kind"], "rule": f["rule"],
            "product": f["product"], "quoted": f["quoted"], "text": f["text"]}


KIND = {"max_users": "count", "max_dashboards": "count", "integrations": "count", "ui_languages": "count",
        "api_rate_limit": "count", "max_devices": "count", "sla": "percent", "monthly_price": "money",
        "price_per_tb": "money", "per_user_price": "money", "rpo": "duration", "rto": "duration",
        "retention": "duration", "query_latency": "duration", "free_trial": "duration",
        "support_response_time": "duration", "storage_per_user": "data-size", "max_storage": "data-size",
        "max_file_size": "data-size", "general_availability": "date", "offline_mode": "boolean",
        "certifications": "set", "supported_platforms": "set", "data_centers": "set", "encryption": "set"}
SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "months": 30 * 86400, "years": 365 * 86400}


def norm(attr, v):
    """A comparable form of a value for the cross-office check (None: not comparable across offices)."""
    k = KIND[attr]
    if k == "money":
        amt = v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
        return ("money", v["currency"], v["per"], round(amt, 6))
    if isinstance(v, dict) and "min" in v:
        return ("range", v["min"] * SECS.get(v["unit"], 1), v["max"] * SECS.get(v["unit"], 1))
    if k == "duration":
        return ("num", v["amount"] * SECS[v["unit"]])
    return ("v", v)


def cross_office(archive_claims):
    """(product, attribute, offices) -> the pairs of archive claims that cannot both be right within 45 days."""
    found = {}
    for i, (ma, a) in enumerate(archive_claims):
        for mb, b in archive_claims[i + 1:]:
            oa, ob = a["office"], b["office"]
            if "unknown" in (oa, ob) or oa == ob or (a["product"], a["attribute"]) != (b["product"], b["attribute"]):
                continue
            if KIND[a["attribute"]] == "set":
                continue
            if abs((ma.date.date() - mb.date.date()).days) > 45:
                continue
            na, nb = norm(a["attribute"], a["value"]), norm(b["attribute"], b["value"])
            if na[0] == "money" and na[1:3] != nb[1:3]:
                continue
            if na == nb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            key = (a["product"], a["attribute"], tuple(sorted((oa, ob))))
            found.setdefault(key, []).append(((ma, a), (mb, b)))
    return found


def main():
    check = "--check" in sys.argv
    MSGS.sort(key=lambda m: m.date)
    for n, m in enumerate(MSGS, 1):
        m.file = "mail/%04d.eml" % n
    for sub in ("mail", "docs"):
        p = os.path.join(SET, sub)
        if os.path.isdir(p):
            for dp, dn, fn in os.walk(p, topdown=False):
                for f in fn:
                    os.remove(os.path.join(dp, f))
                for d in dn:
                    os.rmdir(os.path.join(dp, d))
    os.makedirs(os.path.join(SET, "mail"), exist_ok=True)
    raws = {}
    for m in MSGS:
        raws[m.key] = build(m)
        with open(os.path.join(SET, m.file), "wb") as fh:
            fh.write(raws[m.key])
    arch = [m for m in MSGS if m.archive]
    with open(os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        fh.write(mboxrd([(m, raws[m.key]) for m in arch]))
    for d in DOCS + [Doc(DRAFT[0], "tokyo", DRAFT[1])]:
        p = os.path.join(SET, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(d.text)
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)

    lines = []
    for m in MSGS:
        for c in m.claims:
            lines.append(claim_line(m.file, m.msgid, c, m.office, m.date.date().isoformat()))
        for f in m.findings:
            lines.append(finding_line(m.file, m.msgid, f))
    for d in DOCS:
        for c in d.claims:
            lines.append(claim_line(d.path, None, c, d.office, DOCS_AS_OF))
        for f in d.findings:
            lines.append(finding_line(d.path, None, f))
    for m in arch:
        for c in m.claims:
            lines.append(claim_line("mail/archive.mbox", m.msgid, c, m.office, m.date.date().isoformat()))
        for f in m.findings:
            lines.append(finding_line("mail/archive.mbox", m.msgid, f))
    arch_claims = [(m, claim_line(m.file, m.msgid, c, m.office, "")) for m in arch for c in m.claims]
    xo = cross_office(arch_claims)
    for (prod, attr, offs), pairs in sorted(xo.items()):
        (ma, a), (mb, b) = pairs[0]
        files = sorted({x.file for p in pairs for x in (p[0][0], p[1][0])})
        lines.append({"type": "cross-office", "product": prod, "attribute": attr, "offices": list(offs),
                      "file": "mail/archive.mbox", "message_files": files,
                      "values": {a["office"]: a["value"], b["office"]: b["value"]}})
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d in the archive), %d documents, %d expected lines (%d claims, %d findings, %d cross-office)"
          % (len(MSGS), len(arch), len(DOCS), len(lines), sum(l["type"] == "claim" for l in lines),
             sum(l["type"] == "finding" for l in lines), sum(l["type"] == "cross-office" for l in lines)))
    if check:
        sys.dont_write_bytecode = True
        import selfcheck
        return selfcheck.run(SET, MSGS, DOCS, raws, lines, xo)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    sys.exit(main())
