#!/usr/bin/env python3
"""Probe set 19 for onevoice: the archive and cross-office consistency.

Deterministic, stdlib only. Running it (re)writes, in the set folder (the parent of gen/):
mail/NNNN.eml, mail/archive.mbox, docs/<office>/..., .onevoice.yaml, expected.jsonl, README.md.
Every label is written next to the text it labels; the cross-office records are derived from
the archive's labelled claims by the LABELS.md rules and then checked against the list the
author intended (see INTENDED_CROSS_OFFICE).
"""
import base64, datetime as dt, json, os, quopri, re, shutil, sys, unicodedata
from email import message_from_bytes, policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_AS_OF = "2026-11-22"
WINDOW = 45

OFFICE_DOMAINS = [("osaka.jp.meridian-data.com", "osaka"), ("jp.meridian-data.com", "tokyo"),
                  ("uk.meridian-data.com", "london"), ("meridian-data.com", "us-hq")]


def office_of(addr):
    dom = addr.split("@")[1].lower()
    for d, o in OFFICE_DOMAINS:
        if dom == d:
            return o
    return "unknown"


P = {"sync": "meridian-sync", "vault": "meridian-vault", "insight": "meridian-insight"}
SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def dur(n, unit):
    return {"amount": n, "unit": unit}


TB = 10 ** 12


def C(prod, attr, value, verdict, text, quoted=False, office=None):
    return dict(product=P[prod], attribute=attr, value=value, verdict=verdict, text=text,
                quoted=quoted, office=office)


def F(kind, text, rule=None, prod=None, quoted=False):
    return dict(kind=kind, rule=rule, product=P[prod] if prod else None, text=text, quoted=quoted)


# ---------------------------------------------------------------- people
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Lee", "marcus.lee@meridian-data.com")
PRIYA = ("Priya Raman", "priya.raman@meridian-data.com")
OLIVER = ("Oliver Hart", "oliver.hart@uk.meridian-data.com")
FIONA = ("Fiona Blake", "fiona.blake@uk.meridian-data.com")
SATO = ("佐藤 健二", "k.sato@jp.meridian-data.com")
NAKAMURA = ("中村 美咲", "m.nakamura@jp.meridian-data.com")
YAMAMOTO = ("山本 大輔", "d.yamamoto@osaka.jp.meridian-data.com")
OKADA = ("岡田 里奈", "r.okada@osaka.jp.meridian-data.com")
ELENA = ("Elena Ortiz", "elena.ortiz@brightwater.io")
JAMES = ("James Cole", "james.cole@harrowfinch.co.uk")
ISHIKAWA = ("石川 美穂", "m.ishikawa@minato-denso.co.jp")
TAMURA = ("田村 浩一", "k.tamura@kobayashi-seiki.co.jp")
FUJII = ("藤井 亮", "r.fujii@kitahama-logi.co.jp")
MORI = ("森 俊介", "s.mori@nextgate-si.co.jp")
NATE = ("Nate Brooks", "nate.brooks@cobaltridge-it.com")

# ---------------------------------------------------------------- signatures
SIG_DANA = """--
Dana Whitfield | Account Executive, West
Meridian Data Inc. | 600 Battery Street, Suite 400, San Francisco, CA 94111
+1 (415) 555-0142 | dana.whitfield@meridian-data.com"""
SIG_MARCUS = """--
Marcus Lee | Principal Solutions Engineer
Meridian Data Inc. | 600 Battery St, San Francisco, CA 94111
Direct +1 415 555 0187 | Mobile +1 415 555 0199"""
SIG_OLIVER = """Oliver Hart
Senior Account Manager, UK & Ireland
Meridian Data Ltd \u00b7 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0321 \u00b7 M +44 7700 900 418
Registered in England and Wales No. 09876543 \u00b7 VAT GB 123 4567 89"""
SIG_FIONA = """Fiona Blake
Solutions Consultant | Meridian Data Ltd
30 Finsbury Square, London EC2A 1AG | +44 20 7946 0388"""
SIG_SATO = """――――――――――――――――――――
メリディアンデータ株式会社 東京本社 営業部
佐藤 健二
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル9F
TEL 03-5321-8800 / 携帯 080-4455-1020
――――――――――――――――――――"""
SIG_NAKAMURA = """――――――――――――――――――――
メリディアンデータ株式会社 東京本社 営業部
中村 美咲（なかむら みさき）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル9F
TEL 03-5321-8812 / FAX 03-5321-8801
適格請求書発行事業者登録番号 T4010401234567
――――――――――――――――――――"""
SIG_OKADA = """━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社 大阪支店
営業部 岡田 里奈
〒530-0001 大阪府大阪市北区梅田2-4-9 梅田スクエアビル12F
TEL 06-6345-1200 / FAX 06-6345-1201
r.okada@osaka.jp.meridian-data.com
━━━━━━━━━━━━━━━━━━"""
SIG_YAMAMOTO = """━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社 大阪支店
営業部 課長 山本 大輔
〒530-0001 大阪府大阪市北区梅田2-4-9 梅田スクエアビル12F
TEL 06-6345-1200（代表） 携帯 090-1234-5678
━━━━━━━━━━━━━━━━━━"""

MSGS = []


def msg(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("claims", [])
    kw.setdefault("findings", [])
    kw.setdefault("html", None)
    kw.setdefault("attach", None)
    kw.setdefault("in_reply_to", None)
    MSGS.append(kw)


# ======================================================================= 0001
msg(n=1, archive=True, date="Tue, 20 Jan 2026 10:14:36 -0800", frm=DANA, to=[ELENA],
    cc=[("Tomas Reyes", "tomas.reyes@brightwater.io")],
    subject="Meridian Vault overview + pilot options",
    msgid="CAM7x9dWq2kLr0Pz+Tn4fH1sVb8uE_3YgQ@mail.gmail.com", charset="us-ascii", cte="7bit",
    mailer=None,
    body=f"""Hi Elena,

Thanks for the time on Friday. As promised, here is the short version of what
we covered on Meridian Vault, so you can share it with Tomas and the infra team.

- Recovery point: Meridian Vault delivers an RPO of 15 minutes for protected workloads.
- Retention: Meridian Vault keeps backups for 30 days by default, and you can extend that per policy.
- Availability: Meridian Vault is backed by a 99.95% availability SLA.
- Pricing: Meridian Vault is $20 per TB per month, billed on the average stored volume.
- Where it runs: for US customers we host Meridian Vault in our Oregon data center, with Frankfurt as the EU option.

For Brightwater's 38 TB estate that works out to roughly $760 a month before the
volume discount we talked about (we can do 8% on a two-year term).

We'd suggest a risk-free pilot on two of your Postgres clusters in February -
no commitment, and we'll tear it down if it isn't a fit.

Best,
Dana

{SIG_DANA}
""",
    claims=[
        C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault delivers an RPO of 15 minutes for protected workloads."),
        C("vault", "retention", dur(30, "days"), "conflict", "Meridian Vault keeps backups for 30 days by default"),
        C("vault", "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA."),
        C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month"),
        C("vault", "data_centers", "Oregon", "ok", "we host Meridian Vault in our Oregon data center, with Frankfurt as the EU option"),
        C("vault", "data_centers", "Frankfurt", "ok", "we host Meridian Vault in our Oregon data center, with Frankfurt as the EU option"),
    ],
    findings=[F("phrase", "We'd suggest a risk-free pilot", rule="en.guarantee")])

# ======================================================================= 0002
msg(n=2, archive=True, date="Tue, 10 Feb 2026 11:32:08 +0000", frm=OLIVER, to=[JAMES],
    subject="Meridian Sync \u2013 proposal summary for Harrow & Finch",
    msgid="5f2c1a9e-7d43-4b8e-a0e1-3c6d9f2b8e71@uk.meridian-data.com", charset="utf-8",
    cte="quoted-printable", mailer="Mozilla Thunderbird", alt=True,
    body=f"""Dear James,

Thank you for a productive session at your Leeds office yesterday. Please find
below the headline points for Meridian Sync ahead of your board meeting on 3 March.

\u2022 Pricing: Meridian Sync is \u00a3329 per month plus VAT, on a 12-month agreement.
\u2022 Scale: Meridian Sync supports up to 5,000 users per organisation.
\u2022 Availability: Meridian Sync carries a 99.95% uptime SLA.
\u2022 Security: Meridian Sync is ISO 27001 certified and holds Cyber Essentials Plus.

Your current headcount of 640 is well within that. I've attached the draft order
form; the 10% introductory discount applies to the first year only.

P.S. Your team can move the legacy shares with the guide at
https://support.meridian-data.com/kb/MeridianFileSync-migration

Kind regards,
Oliver

{SIG_OLIVER}
""",
    claims=[
        C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is \u00a3329 per month plus VAT"),
        C("sync", "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per organisation."),
        C("sync", "sla", 99.95, "conflict", "Meridian Sync carries a 99.95% uptime SLA."),
        C("sync", "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and holds Cyber Essentials Plus."),
        C("sync", "certifications", "Cyber Essentials Plus", "conflict", "Meridian Sync is ISO 27001 certified and holds Cyber Essentials Plus."),
    ])

# ======================================================================= 0003
msg(n=3, archive=True, date="Wed, 18 Mar 2026 10:35:12 +0900", frm=OKADA, to=[FUJII],
    subject="【ご提案】メリディアン シンク導入のご案内",
    msgid="20260318103512.8A3F.D7E1A2B4@osaka.jp.meridian-data.com", charset="shift_jis", cte="8bit",
    mailer="Becky! ver. 2.81.04",
    body=f"""北浜ロジスティクス株式会社
情報システム課 藤井様

いつもお世話になっております。
メリディアンデータ大阪支店の岡田でございます。

先日はお打合せのお時間をいただき、誠にありがとうございました。
貴社の現在の対象人数（倉庫・本社あわせて約430名）を前提に、ご質問いただいた点を以下にまとめました。

■メリディアン シンクの概要
・ご利用人数：メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。
・料金：メリディアン シンクの月額料金は5万円（税抜）でございます。
・容量：同製品は1ユーザーあたり1TBのストレージをご利用いただけます。
・対応OS：本製品はWindows、Mac、iPhone、Androidに対応しております。

次回は3月27日（金）15時より、弊社梅田オフィスにてデモをご覧いただく予定です。

何卒よろしくお願い申し上げます。

{SIG_OKADA}
""",
    claims=[
        C("sync", "max_users", 5000, "ok", "メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
        C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は5万円（税抜）でございます。"),
        C("sync", "storage_per_user", TB, "ok", "同製品は1ユーザーあたり1TBのストレージをご利用いただけます。"),
    ] + [C("sync", "supported_platforms", m, "ok", "本製品はWindows、Mac、iPhone、Androidに対応しております。")
         for m in ("Windows", "macOS", "iOS", "Android")])

# ======================================================================= 0004 (not archived)
msg(n=4, archive=False, date="Thu, 26 Mar 2026 09:12:40 +0900", frm=ISHIKAWA, to=[NAKAMURA],
    subject="メリディアン・ファイルシンクについてのお問い合わせ",
    msgid="TYWPR01MB9876A1B2C3D4E5F6A7B8C9D0E1F2A@TYWPR01MB9876.jpnprd01.prod.outlook.com",
    charset="iso-2022-jp", cte="7bit", mailer="Microsoft Outlook 16.0",
    body="""メリディアンデータ株式会社
営業部 中村様

はじめてご連絡いたします。株式会社ミナト電装 総務部の石川と申します。
以前、取引先から「メリディアン・ファイルシンク」というサービス名で紹介を受けたのですが、
現在は名称が変わっているのでしょうか。

弊社では社内のファイルサーバーの置き換えを検討しており、以下の点を確認させていただけますでしょうか。
1. 利用者数は将来的に8,000名程度まで増える可能性がありますが、対応は可能でしょうか。
2. 出張時にネットにつながらない環境でも編集できるかどうか。
3. 月額の費用感（概算で結構です）。

お打合せは4月上旬でご調整いただけますと幸いです。

――――――――――――――――
株式会社ミナト電装 総務部 情報システム担当
石川 美穂
〒210-0007 神奈川県川崎市川崎区駅前本町11-2
TEL: 044-211-5580（代表）
――――――――――――――――
""",
    findings=[F("terminology", "「メリディアン・ファイルシンク」というサービス名", prod="sync")])

# ======================================================================= 0005 (not archived)
BODY_0005 = """Hi Fiona,

Quick update from our side: after the Wakefield acquisition we will be at roughly
7,500 staff by the summer, so we need at least 7,500 seats on whatever we roll out.
Oliver's proposal from February was sized for the old business.

Two questions before Tuesday's steering group:
- Can Meridian Sync go beyond the limit Oliver quoted?
- Do laptops keep working on a train without signal?

We're also looking at backup for the new sites - could you include Meridian Vault
in the next proposal?

Thanks,
James

James Cole
Head of IT Operations | Harrow & Finch Ltd
Unit 4, Calder Park, Wakefield WF2 7AW
+44 113 496 0772
"""
msg(n=5, archive=False, date="Fri, 17 Apr 2026 09:14:51 +0100", frm=JAMES, to=[FIONA], cc=[OLIVER],
    subject="Re: Meridian Sync - next steps",
    msgid="LO2P265MB4421C0FFEE1234ABCD5678EF90AB12@LO2P265MB4421.GBRP265.PROD.OUTLOOK.COM",
    charset="us-ascii", cte="7bit", mailer="Microsoft Outlook 16.0", body=BODY_0005)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


# ======================================================================= 0006
msg(n=6, archive=True, date="Mon, 20 Apr 2026 16:48:03 +0100", frm=FIONA, to=[JAMES], cc=[OLIVER],
    subject="Re: Meridian Sync - next steps",
    msgid="CAHk3Fbl9z_Qm+2Rw8YxPn4vTt6Jd1eS0aK@mail.gmail.com", in_reply_to=5,
    charset="utf-8", cte="quoted-printable", mailer=None, alt=True,
    body=f"""Hi James,

Thanks for the update, and congratulations on the Wakefield deal.

On scale: since 1 April Meridian Sync supports up to 10,000 users per organisation.
Your 7,500 seats would fit within a single tenant.

On working offline: Meridian Sync doesn't have an offline mode today, so files
need a connection to sync. Meridian Sync runs on Windows, macOS, iOS and Android;
there is no Linux client at the moment.

On backup, here is what I'd propose with Meridian Vault:
- Meridian Vault retains backups for 90 days by default.
- Meridian Vault is \u00a316 per TB per month.
- Meridian Vault's RTO is 4 hours for a full tenant restore.
- For UK customers Meridian Vault stores your backups in our Frankfurt data centre.
- Meridian Vault is ISO 27001 and SOC 2 Type II certified as well.

Happy to walk your steering group through this on Tuesday.

Best wishes,
Fiona

{SIG_FIONA}

On Fri, 17 Apr 2026 at 09:14, James Cole <james.cole@harrowfinch.co.uk> wrote:
{quote(BODY_0005)}
""",
    claims=[
        C("sync", "max_users", 10000, "ok", "since 1 April Meridian Sync supports up to 10,000 users per organisation."),
        C("sync", "offline_mode", False, "ok", "Meridian Sync doesn't have an offline mode today"),
    ] + [C("sync", "supported_platforms", m, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android;")
         for m in ("Windows", "macOS", "iOS", "Android")] + [
        C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default."),
        C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is \u00a316 per TB per month."),
        C("vault", "rto", dur(4, "hours"), "unverified", "Meridian Vault's RTO is 4 hours for a full tenant restore."),
        C("vault", "data_centers", "Frankfurt", "ok", "For UK customers Meridian Vault stores your backups in our Frankfurt data centre."),
        C("vault", "certifications", "ISO 27001", "unverified", "Meridian Vault is ISO 27001 and SOC 2 Type II certified as well."),
        C("vault", "certifications", "SOC 2 Type II", "unverified", "Meridian Vault is ISO 27001 and SOC 2 Type II certified as well."),
    ])

# ======================================================================= 0007
msg(n=7, archive=True, date="Tue, 28 Apr 2026 17:20:44 +0900", frm=YAMAMOTO, to=[FUJII],
    subject="メリディアン・ボールトのお見積りについて",
    msgid="20260428172044.2C91.A0B3C5D7@osaka.jp.meridian-data.com", charset="shift_jis", cte="base64",
    mailer="Becky! ver. 2.81.04",
    body=f"""北浜ロジスティクス株式会社
藤井様

お世話になっております。メリディアンデータ大阪支店の山本です。
先日お問い合わせいただいたバックアップの件、メリディアン・ボールトでのご提案をお送りいたします。

・メリディアン・ボールトのRPO（目標復旧時点）は5分です。
・同製品の料金は1TBあたり月額3,080円（税込）となります。
・メリディアン・ボールトのバックアップ保持期間は標準で90日間です。
・メリディアン・ボールトのデータは東京・大阪の国内2拠点のデータセンターに保管いたします。

価格面でも国内最安クラスでご提供しておりますので、ぜひご検討ください。

現在お使いのNASの容量（約42TB）の場合、月額はおよそ129,360円（税込）の見込みです。
連休明けの5月7日（木）以降でしたら、いつでもご説明に伺います。

{SIG_YAMAMOTO}
""",
    claims=[
        C("vault", "rpo", dur(5, "minutes"), "conflict", "メリディアン・ボールトのRPO（目標復旧時点）は5分です。"),
        C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "同製品の料金は1TBあたり月額3,080円（税込）となります。"),
        C("vault", "retention", dur(90, "days"), "ok", "メリディアン・ボールトのバックアップ保持期間は標準で90日間です。"),
        C("vault", "data_centers", "Tokyo", "ok", "メリディアン・ボールトのデータは東京・大阪の国内2拠点のデータセンターに保管いたします。"),
        C("vault", "data_centers", "Osaka", "ok", "メリディアン・ボールトのデータは東京・大阪の国内2拠点のデータセンターに保管いたします。"),
    ],
    findings=[F("phrase", "価格面でも国内最安クラスでご提供しております", rule="ja.cheapest")])

# ======================================================================= 0008
BODY_0008 = """メリディアンデータ株式会社
佐藤様

いつもお世話になっております。小林精機の田村です。
先日ご紹介いただいたバックアップ製品について、社内で検討を進めております。

別件で大阪支店の山本様にもご相談したのですが、その際、メリディアン ボールトのRPOは5分と伺っております。
また、ロンドン事務所の方からは、メリディアン ボールトの保持期間は180日だと聞きました。

弊社の要件は以下のとおりです。
・RPO：15分以内
・保持期間：90日以上
・保管先：国内

上記の情報に相違がないか、ご確認いただけますでしょうか。

──────────────
小林精機株式会社 情報システム部
田村 浩一
〒143-0006 東京都大田区平和島3-8-14
TEL 03-3761-4420 内線 215
──────────────
"""
T_RPO5 = "メリディアン ボールトのRPOは5分と伺っております。"
T_RET180 = "メリディアン ボールトの保持期間は180日だと聞きました。"
msg(n=8, archive=True, date="Fri, 08 May 2026 16:21:09 +0900", frm=TAMURA, to=[SATO],
    subject="バックアップ製品の件（確認のお願い）",
    msgid="TYCPR01MB8123F00D4455AA66BB77CC88DD99EE00@TYCPR01MB8123.jpnprd01.prod.outlook.com",
    charset="iso-2022-jp", cte="7bit", mailer="Microsoft Outlook 16.0", body=BODY_0008,
    claims=[
        C("vault", "rpo", dur(5, "minutes"), "conflict", T_RPO5),
        C("vault", "retention", dur(180, "days"), "conflict", T_RET180),
    ])

# ======================================================================= 0009
msg(n=9, archive=True, date="Mon, 11 May 2026 11:02:37 +0900", frm=SATO, to=[TAMURA],
    subject="Re: バックアップ製品の件（確認のお願い）",
    msgid="CAGt8pWm1n2B3v4C5x6Z7a8S9d0F1g2H3j@mail.gmail.com", in_reply_to=8,
    charset="iso-2022-jp", cte="7bit", mailer=None,
    body=f"""田村様

お世話になっております。メリディアンデータの佐藤です。
ご確認ありがとうございます。正しい情報を以下にお送りいたします。

・メリディアン ボールトのRPOは最大15分でございます。
・同製品の標準の保持期間は90日間です（ポリシーにより延長可能です）。
・同製品のRTO（目標復旧時間）は8時間を目安としております。
・メリディアン ボールトのデータセンターは東京と大阪にございますので、国内保管のご要件も満たせます。
・メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。

大阪支店からのご説明と食い違いがあり、ご迷惑をおかけいたしました。
5月20日（水）14時のお打合せで、詳細をご説明できればと存じます。

{SIG_SATO}

2026年5月8日(金) 16:21 田村 浩一 <k.tamura@kobayashi-seiki.co.jp>:
{quote(BODY_0008)}
""",
    claims=[
        C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは最大15分でございます。"),
        C("vault", "retention", dur(90, "days"), "ok", "同製品の標準の保持期間は90日間です"),
        C("vault", "rto", dur(8, "hours"), "unverified", "同製品のRTO（目標復旧時間）は8時間を目安としております。"),
        C("vault", "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは東京と大阪にございます"),
        C("vault", "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは東京と大阪にございます"),
        C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。"),
        C("vault", "rpo", dur(5, "minutes"), "conflict", T_RPO5, quoted=True, office="unknown"),
        C("vault", "retention", dur(180, "days"), "conflict", T_RET180, quoted=True, office="unknown"),
    ])

# ======================================================================= 0010
BODY_0010 = f"""株式会社ミナト電装
総務部 石川様

いつもお世話になっております。メリディアンデータの中村です。
先日はお打合せにご参加いただき、ありがとうございました。
なお、お問い合わせいただいた旧サービス名の製品は、現在「メリディアン シンク」としてご提供しております。

メリディアン シンクは国内シェアNo.1※の法人向けファイル共有サービスです。

■ご提案内容
・メリディアン シンクは最大1万ユーザーまでご利用いただけます。
・メリディアン シンクの月額料金は55,000円（税込）です。
・メリディアン シンクはオフライン環境でも編集作業が可能ですので、出張先でも安心です。
・同製品の稼働率SLAは99.9％です。
・同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。

将来の増員（8,000名程度）にも余裕をもって対応できる構成です。
ご不明な点がございましたら、お気軽にお問い合わせください。

※2026年2月 東京リサーチ調べ（法人向けファイル共有サービス 国内売上シェア）

{SIG_NAKAMURA}
"""


def claims_0010(quoted):
    o = "tokyo" if quoted else None
    return [
        C("sync", "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまでご利用いただけます。", quoted, o),
        C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）です。", quoted, o),
        C("sync", "offline_mode", True, "conflict", "メリディアン シンクはオフライン環境でも編集作業が可能です", quoted, o),
        C("sync", "sla", 99.9, "ok", "同製品の稼働率SLAは99.9％です。", quoted, o),
        C("sync", "certifications", "ISO 27001", "ok", "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。", quoted, o),
        C("sync", "certifications", "SOC 2 Type II", "ok", "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。", quoted, o),
    ]


msg(n=10, archive=True, date="Tue, 12 May 2026 15:47:22 +0900", frm=NAKAMURA, to=[ISHIKAWA],
    subject="メリディアン シンクのご提案（株式会社ミナト電装様）",
    msgid="CAGt8pWm9K2jX7r4Q1s0Lw3Ev5Nb6Hc8Yd@mail.gmail.com", in_reply_to=4,
    charset="iso-2022-jp", cte="7bit", mailer=None, body=BODY_0010, claims=claims_0010(False))

# ======================================================================= 0011
msg(n=11, archive=True, date="Thu, 14 May 2026 10:05:58 +0900", frm=ISHIKAWA, to=[NAKAMURA],
    subject="RE: メリディアン シンクのご提案（株式会社ミナト電装様）",
    msgid="TYWPR01MB9876B7C6D5E4F3A2B1C0D9E8F7A6B5C@TYWPR01MB9876.jpnprd01.prod.outlook.com",
    in_reply_to=10, charset="shift_jis", cte="base64", mailer="Microsoft Outlook 16.0",
    body=f"""中村様

ご提案ありがとうございます。ミナト電装の石川です。
社内で確認したところ、以下2点について追加で確認させてください。

1. オフライン環境での編集について、対象となるOS（Windows/Mac）で差があるかどうか。
2. 別途いただいているお見積りと金額の表記が異なっているようですので、正しい金額をご教示ください。

よろしくお願いいたします。

石川 美穂
株式会社ミナト電装 総務部
TEL: 044-211-5580

-----Original Message-----
From: 中村 美咲 <m.nakamura@jp.meridian-data.com>
Sent: Tuesday, May 12, 2026 3:47 PM
To: 石川 美穂 <m.ishikawa@minato-denso.co.jp>
Subject: メリディアン シンクのご提案（株式会社ミナト電装様）

{BODY_0010}""",
    claims=claims_0010(True))

# ======================================================================= 0012
msg(n=12, archive=True, date="Fri, 15 May 2026 13:30:15 +0900", frm=NAKAMURA, to=[ISHIKAWA],
    subject="Re: RE: メリディアン シンクのご提案（株式会社ミナト電装様）",
    msgid="CAGt8pWnQ4r5S6t7U8v9W0x1Y2z3A4b5C6@mail.gmail.com", in_reply_to=11,
    charset="utf-8", cte="base64", mailer=None,
    body=f"""石川様

お世話になっております。メリディアンデータの中村です。
ご指摘いただいた2点について回答いたします。

1. オフライン環境でのご利用について
先日のメールで誤ったご案内をしてしまい、大変申し訳ございません。
メリディアン シンクはオフライン環境でのご利用には対応しておりません。ファイルの同期にはインターネット接続が必要です。
（OSによる差はございません。）

2. 金額について
メリディアン シンクの月額料金は5万円（税抜）、税込では55,000円となります。
先日のメールでは税込金額のみを記載しておりましたので、表記が異なって見えたかと存じます。

引き続きよろしくお願いいたします。

{SIG_NAKAMURA}
""",
    claims=[
        C("sync", "offline_mode", False, "ok", "メリディアン シンクはオフライン環境でのご利用には対応しておりません。"),
        C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は5万円（税抜）、税込では55,000円となります。"),
        C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は5万円（税抜）、税込では55,000円となります。"),
    ])

# ======================================================================= 0013
msg(n=13, archive=True, date="Tue, 02 Jun 2026 09:45:11 +0900", frm=YAMAMOTO, to=[FUJII],
    subject="【お見積り】メリディアン シンク更新およびメリディアン・インサイトのご案内",
    msgid="20260602094511.7E02.B1C2D3E4@osaka.jp.meridian-data.com", charset="shift_jis", cte="base64",
    mailer="Microsoft Outlook 16.0", alt=True,
    body=f"""藤井様

いつもお世話になっております。大阪支店の山本です。
ご依頼いただいたお見積りの概要をお送りいたします（正式なお見積書はPDFで別途お送りします）。
合計金額は月額160,000円（税込）です（25名様でのご利用を想定）。

【メリディアン シンク（更新）】
・メリディアン シンクの月額料金：50,000円（税込）

【メリディアン・インサイト（新規）】
・メリディアン・インサイトは1ユーザーあたり月額4,400円（税込）です。
・同製品のクエリ応答時間は1〜2秒程度です。
・同製品は50以上のデータソースと連携できます。
・同製品は2026年10月に正式リリース予定です。

ご不明点がございましたら、山本までご連絡ください。

{SIG_YAMAMOTO}
""",
    claims=[
        C("sync", "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "メリディアン シンクの月額料金：50,000円（税込）"),
        C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "メリディアン・インサイトは1ユーザーあたり月額4,400円（税込）です。"),
        C("insight", "query_latency", {"min": 1, "max": 2, "unit": "seconds"}, "ok", "同製品のクエリ応答時間は1〜2秒程度です。"),
        C("insight", "integrations", 50, "unverified", "同製品は50以上のデータソースと連携できます。"),
        C("insight", "general_availability", "2026-10", "conflict", "同製品は2026年10月に正式リリース予定です。"),
    ])

# ======================================================================= 0014
BODY_0014_POINTS = """1. Timing. Meridian Insight is in beta today and becomes generally available in January 2027.
2. Pricing. Meridian Insight will be $30 per user per month at GA; beta seats are free.
3. Performance. Meridian Insight queries return within 2 seconds on our 100M-row benchmark workspace.
4. Trial. You don't need a PO to start.
From the day you sign up, Meridian Insight comes with a 30-day free trial.
5. Limits. Meridian Insight supports up to 200 dashboards per workspace.
6. Connectors. Meridian Insight ships with over 50 pre-built connectors, including Snowflake, BigQuery and Salesforce.
7. Uptime. During the beta we run Meridian Insight against a 99.9% uptime target."""
msg(n=14, archive=True, date="Wed, 10 Jun 2026 16:12:45 -0700", frm=MARCUS, to=[ELENA],
    subject="Meridian Insight beta - answers to your team's questions",
    msgid="CAN2mLq8Zr4Tx+Yv6Wp1Ks3Qj9Hd5Fb0Ge@mail.gmail.com", charset="us-ascii", cte="7bit", mailer=None,
    body=f"""Hi Elena,

Good to see you again at the Denver summit. Your data team asked a handful of
questions about Meridian Insight, so here are the answers in one place:

{BODY_0014_POINTS}

Meridian Insight's industry-leading query speed is what our beta customers mention first.

Let me know if you want a sandbox for the Brightwater team before the 4th of July break.

Marcus
{SIG_MARCUS}
""",
    claims=[
        C("insight", "general_availability", "2027-01", "ok", "Meridian Insight is in beta today and becomes generally available in January 2027."),
        C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight will be $30 per user per month at GA"),
        C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries return within 2 seconds on our 100M-row benchmark workspace."),
        C("insight", "free_trial", dur(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial."),
        C("insight", "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
        C("insight", "integrations", 50, "unverified", "Meridian Insight ships with over 50 pre-built connectors"),
        C("insight", "sla", 99.9, "unverified", "During the beta we run Meridian Insight against a 99.9% uptime target."),
    ],
    findings=[F("phrase", "Meridian Insight's industry-leading query speed", rule="en.superlative")])

# ======================================================================= 0015
msg(n=15, archive=True, date="Thu, 11 Jun 2026 08:31:20 -0600", frm=ELENA, to=[MARCUS],
    subject="Re: Meridian Insight beta - answers to your team's questions",
    msgid="CAB5eOr7Xk2Lp9Mq4Nw1Rs8Tv3Uy6Zz0Aa@mail.gmail.com", in_reply_to=14,
    charset="us-ascii", cte="7bit", mailer=None,
    body="""Hi Marcus,

Thanks - comments inline.

On Wed, Jun 10, 2026 at 4:12 PM Marcus Lee <marcus.lee@meridian-data.com> wrote:
> 1. Timing. Meridian Insight is in beta today and becomes generally available in January 2027.

Works for us; our budget cycle starts in February.

> 3. Performance. Meridian Insight queries return within 2 seconds on our 100M-row benchmark workspace.

Interesting. Our London subsidiary was told by your UK team that Meridian Insight
queries can take up to 5 seconds on large workspaces. Which is it?

> 5. Limits. Meridian Insight supports up to 200 dashboards per workspace.
> 6. Connectors. Meridian Insight ships with over 50 pre-built connectors, including Snowflake, BigQuery and Salesforce.

We have about 140 dashboards in Tableau today, so 200 is fine.

> Meridian Insight's industry-leading query speed is what our beta customers mention first.

We'll be the judge of that :)

Elena

Elena Ortiz
Director of Data Platform, Brightwater Analytics
1200 17th Street, Denver, CO 80202 | +1 720 555 0119
""",
    claims=[
        C("insight", "general_availability", "2027-01", "ok", "Meridian Insight is in beta today and becomes generally available in January 2027.", True, "us-hq"),
        C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries return within 2 seconds on our 100M-row benchmark workspace.", True, "us-hq"),
        C("insight", "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace.", True, "us-hq"),
        C("insight", "integrations", 50, "unverified", "Meridian Insight ships with over 50 pre-built connectors", True, "us-hq"),
        C("insight", "query_latency", dur(5, "seconds"), "conflict", "Our London subsidiary was told by your UK team that Meridian Insight\nqueries can take up to 5 seconds on large workspaces.", False, "unknown"),
    ],
    findings=[F("phrase", "Meridian Insight's industry-leading query speed", rule="en.superlative", quoted=True)])

# ======================================================================= 0016
msg(n=16, archive=True, date="Thu, 25 Jun 2026 10:18:33 +0900", frm=SATO, to=[MORI],
    subject="Fw: メリディアン・インサイト 販売パートナー向け情報",
    msgid="3b7e1f24-9c8d-4a52-b6e0-1d2c3f4a5b6c@jp.meridian-data.com", charset="iso-2022-jp", cte="7bit",
    mailer="Mozilla Thunderbird",
    body=f"""森様

いつもお世話になっております。メリディアンデータの佐藤です。
大阪支店の岡田から届いた、メリディアン・インサイトのパートナー向け情報を転送いたします。

ただし、一点訂正がございます。
メリディアン・インサイトの一般提供開始は2027年1月の予定です。
下記の大阪からの案内のうち、リリース時期の記載は古い情報ですのでご注意ください。

{SIG_SATO}

-------- 転送メッセージ --------
件名: メリディアン・インサイト 販売パートナー向け情報
日付: Wed, 24 Jun 2026 18:05:12 +0900
差出人: 岡田 里奈 <r.okada@osaka.jp.meridian-data.com>
宛先: 佐藤 健二 <k.sato@jp.meridian-data.com>

佐藤さん

お疲れさまです。大阪の岡田です。
パートナー様向けにお伝えしている内容を以下にまとめました。

・メリディアン・インサイトは2026年10月に正式リリース予定です。
・同製品は30日間の無料トライアルをご用意しています。
・同製品のダッシュボードは最大300個まで作成できます。
・同製品の料金は1ユーザーあたり月額4,000円（税抜）です。

よろしくお願いします。
岡田
""",
    claims=[
        C("insight", "general_availability", "2027-01", "ok", "メリディアン・インサイトの一般提供開始は2027年1月の予定です。"),
        C("insight", "general_availability", "2026-10", "conflict", "メリディアン・インサイトは2026年10月に正式リリース予定です。", True, "osaka"),
        C("insight", "free_trial", dur(30, "days"), "ok", "同製品は30日間の無料トライアルをご用意しています。", True, "osaka"),
        C("insight", "max_dashboards", 300, "conflict", "同製品のダッシュボードは最大300個まで作成できます。", True, "osaka"),
        C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "同製品の料金は1ユーザーあたり月額4,000円（税抜）です。", True, "osaka"),
    ])

# ======================================================================= 0017
msg(n=17, archive=True, date="Mon, 20 Jul 2026 14:26:51 +0100", frm=FIONA, to=[JAMES],
    cc=[("Aisha Khan", "aisha.khan@harrowfinch.co.uk")],
    subject="Meridian Insight for the Harrow & Finch analytics team",
    msgid="CAHk3FbmR7t2Y9u4I1o6P3a8S5d0F2g7H4@mail.gmail.com", charset="utf-8", cte="quoted-printable",
    mailer=None,
    body=f"""Hi James,

Following our call on Thursday, here is an overview of Meridian Insight for
Aisha's analytics team.

Meridian Insight is in beta at the moment and goes GA in January 2027.
Meridian Insight is \u00a325 per user per month.
In our experience Meridian Insight queries take up to 5 seconds on large workspaces, and less on smaller ones.
Meridian Insight comes with a 30-day free trial, which we can start as soon as your SSO is set up.
Each dashboard can be shared with unlimited read-only viewers inside your organisation.

For your 35 analysts the annual cost would be \u00a310,500 excluding VAT.

Kind regards,
Fiona

{SIG_FIONA}
""",
    claims=[
        C("insight", "general_availability", "2027-01", "ok", "Meridian Insight is in beta at the moment and goes GA in January 2027."),
        C("insight", "per_user_price", money(25, "GBP", "user-month"), "ok", "Meridian Insight is \u00a325 per user per month."),
        C("insight", "query_latency", dur(5, "seconds"), "conflict", "In our experience Meridian Insight queries take up to 5 seconds on large workspaces"),
        C("insight", "free_trial", dur(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial"),
    ],
    findings=[F("phrase", "shared with unlimited read-only viewers", rule="en.unlimited")])

# ======================================================================= 0018
msg(n=18, archive=True, date="Tue, 04 Aug 2026 09:41:17 +0100", frm=OLIVER, to=[JAMES],
    subject="Fwd: Meridian Vault hosting and encryption",
    msgid="CAJo9Lx2Pq5Rs8Tu1Vw4Xy7Za0Bc3De6Fg@mail.gmail.com", charset="utf-8", cte="quoted-printable",
    mailer=None,
    body=f"""Hi James,

Forwarding the answer from our US product team on your auditors' questions.
For Harrow & Finch, Meridian Vault would keep your backups in our Frankfurt data centre, as agreed.

Oliver

{SIG_OLIVER}

---------- Forwarded message ---------
From: Marcus Lee <marcus.lee@meridian-data.com>
Date: Mon, 3 Aug 2026 at 17:02
Subject: Meridian Vault hosting and encryption
To: Oliver Hart <oliver.hart@uk.meridian-data.com>


Hi Oliver,

Answers for your customer's audit team:

- Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt. There is no London region today.
- Meridian Vault encrypts every backup at rest with AES-256.
- Meridian Vault scales to 0.5 PB per tenant.

Their 60 TB is nowhere near that, so no capacity planning is needed on their side.

Cheers,
Marcus
{SIG_MARCUS}
""",
    claims=[
        C("vault", "data_centers", "Frankfurt", "ok", "Meridian Vault would keep your backups in our Frankfurt data centre"),
    ] + [C("vault", "data_centers", m, "ok", "Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt.", True, "us-hq")
         for m in ("Tokyo", "Osaka", "Oregon", "Frankfurt")] + [
        C("vault", "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with AES-256.", True, "us-hq"),
        C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault scales to 0.5 PB per tenant.", True, "us-hq"),
    ])

# ======================================================================= 0019 (with an attached message)
INNER_0019 = dict(date="Wed, 19 Aug 2026 19:22:08 +0900", frm=NAKAMURA, to=[OKADA],
                  subject="Re: ボールトの仕様確認（北浜ロジスティクス様）",
                  msgid="CAGt8pWp2Q3r4S5t6U7v8W9x0Y1z2A3b4C@mail.gmail.com", charset="iso-2022-jp", cte="7bit",
                  mailer=None, cc=[], html=None, attach=None, in_reply_to=None,
                  body="""岡田さん

お疲れさまです。東京の中村です。
北浜ロジスティクス様からのご質問への回答です。

・メリディアン ボールトのSLAは99.95％です。
・メリディアン ボールトは1テナントあたり最大500TBまで保存できます。
・メリディアン ボールトはバックアップデータをAES-256で暗号化して保存します。

以上、よろしくお願いします。
中村
""")
msg(n=19, archive=True, date="Thu, 20 Aug 2026 11:33:07 +0900", frm=OKADA, to=[FUJII],
    subject="メリディアン・ボールトの仕様に関するご回答",
    msgid="20260820113307.4D5E.C9B8A7F6@osaka.jp.meridian-data.com", charset="iso-2022-jp", cte="7bit",
    mailer="Becky! ver. 2.81.04", attach=INNER_0019,
    body=f"""北浜ロジスティクス株式会社
藤井様

お世話になっております。大阪支店の岡田です。
先日ご質問いただいたメリディアン・ボールトの仕様について、東京本社の中村からの回答を添付いたします。

補足として、メリディアン・ボールトの目標復旧時間（RTO）は4時間です。
ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_OKADA}
""",
    claims=[
        C("vault", "rto", dur(4, "hours"), "unverified", "メリディアン・ボールトの目標復旧時間（RTO）は4時間です。"),
        C("vault", "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95％です。", True, "tokyo"),
        C("vault", "max_storage", 500 * TB, "ok", "メリディアン ボールトは1テナントあたり最大500TBまで保存できます。", True, "tokyo"),
        C("vault", "encryption", "AES-256", "ok", "メリディアン ボールトはバックアップデータをAES-256で暗号化して保存します。", True, "tokyo"),
    ])

# ======================================================================= 0020
msg(n=20, archive=True, date="Tue, 08 Sep 2026 13:05:42 -0700", frm=PRIYA, to=[NATE],
    subject="Sync talking points for your Q4 campaign",
    msgid="CAP1rRmn5Tb8Vc2Xd4Ze6Af8Bg0Ch2Dj4Ek@mail.gmail.com", charset="us-ascii", cte="7bit", mailer=None,
    body="""Hi Nate,

As requested, here are the talking points for the Cobalt Ridge Q4 campaign. Some
of your reps still call it Meridian FileSync in their decks - please update those
slides to Meridian Sync.

- Meridian Sync supports up to 5,000 users per tenant.
- Meridian Sync is $399 per month for the whole tenant.
- Every Meridian Sync user gets 1 TB of storage.

Your margin on the partner tier stays at 22% through December.

Thanks,
Priya

Priya Raman | Channel Partner Manager
Meridian Data Inc. | +1 (415) 555-0163
""",
    claims=[
        C("sync", "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per tenant."),
        C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for the whole tenant."),
        C("sync", "storage_per_user", TB, "ok", "Every Meridian Sync user gets 1 TB of storage."),
    ],
    findings=[F("terminology", "still call it Meridian FileSync in their decks", prod="sync")])

# ======================================================================= 0021
msg(n=21, archive=True, date="Tue, 15 Sep 2026 10:40:26 +0900", frm=SATO, to=[TAMURA],
    subject="メリディアン シンクのご案内（ファイルサーバー更改の件）",
    msgid="CAGt8pWo7L1m2N3o4P5q6R7s8T9u0V1w2X@mail.gmail.com", charset="iso-2022-jp", cte="7bit", mailer=None,
    body=f"""田村様

いつもお世話になっております。メリディアンデータの佐藤です。
バックアップの件に続き、ファイルサーバー更改についてご相談いただきありがとうございます。

メリディアン シンク（旧称：メリディアン ファイルシンク）の概要は以下のとおりです。
・メリディアン シンクは1テナントあたり最大10,000ユーザーまでご利用いただけます。
・同製品の月額料金は50,000円（税抜）です。
・同製品の稼働率は99.9%です。
・ご参考までに、米国ではメリディアン シンクを月額399米ドルで販売しております。

貴社の利用予定人数（約650名）でも問題なくご利用いただけます。
10月6日（火）の定例会で、移行スケジュール案をご説明いたします。

{SIG_SATO}
""",
    claims=[
        C("sync", "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大10,000ユーザーまでご利用いただけます。"),
        C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）です。"),
        C("sync", "sla", 99.9, "ok", "同製品の稼働率は99.9%です。"),
        C("sync", "monthly_price", money(399, "USD", "month"), "office-variant", "米国ではメリディアン シンクを月額399米ドルで販売しております。"),
    ],
    findings=[F("terminology", "（旧称：メリディアン ファイルシンク）", prod="sync")])

# ======================================================================= 0022
BODY_0022 = """山本様

お世話になっております。北浜ロジスティクスの藤井です。
物流センターの増設に伴い、メリディアン シンクの利用者を増やす予定です。

先日、東京本社のセミナーに参加した際に、メリディアン シンクは最大1万ユーザーまで使えると伺いました。
一方、3月にいただいたご提案書では5,000名までとなっておりましたので、どちらが正しいか確認させてください。

弊社の要件：2027年春までに利用者8,000名以上

以上、よろしくお願いいたします。

北浜ロジスティクス株式会社 情報システム課
藤井 亮
〒552-0021 大阪府大阪市港区築港1-10-3
TEL 06-6571-3300
"""
T_FUJII = "メリディアン シンクは最大1万ユーザーまで使えると伺いました。"
msg(n=22, archive=True, date="Mon, 28 Sep 2026 17:40:05 +0900", frm=FUJII, to=[YAMAMOTO],
    subject="シンクの利用人数上限について",
    msgid="000c01dd2f4a$5b6c7d80$12345678$@kitahama-logi.co.jp", charset="shift_jis", cte="8bit",
    mailer="Microsoft Outlook 16.0", body=BODY_0022,
    claims=[C("sync", "max_users", 10000, "ok", T_FUJII)])

# ======================================================================= 0023
msg(n=23, archive=True, date="Tue, 29 Sep 2026 10:15:42 +0900", frm=YAMAMOTO, to=[FUJII],
    subject="Re: シンクの利用人数上限について",
    msgid="20260929101542.9A1B.E5F6A7B8@osaka.jp.meridian-data.com", in_reply_to=22,
    charset="iso-2022-jp", cte="7bit", mailer="Becky! ver. 2.81.04",
    body=f"""藤井様

お世話になっております。大阪支店の山本です。
お問い合わせありがとうございます。

メリディアン シンクは、2026年4月以降、1テナントあたり最大10,000ユーザーまでご利用いただけます。
3月にご提案した時点では、メリディアン シンクの上限は5,000ユーザーでしたので、資料の記載が古くなっておりました。
8,000名へのご増員にも、現行のご契約のまま対応可能です。

{SIG_YAMAMOTO}

2026年9月28日(月) 17:40 藤井 亮 <r.fujii@kitahama-logi.co.jp>:
{quote(BODY_0022)}
""",
    claims=[
        C("sync", "max_users", 10000, "ok", "メリディアン シンクは、2026年4月以降、1テナントあたり最大10,000ユーザーまでご利用いただけます。"),
        C("sync", "max_users", 5000, "ok", "3月にご提案した時点では、メリディアン シンクの上限は5,000ユーザーでした"),
        C("sync", "max_users", 10000, "ok", T_FUJII, True, "unknown"),
    ])

# ======================================================================= 0024 (not archived, HTML only)
msg(n=24, archive=False, date="Mon, 05 Oct 2026 08:55:30 -0700", frm=DANA, to=[ELENA],
    subject="Current list prices for your 2027 budget planning",
    msgid="CAM7x9dXr3mMs1Qa+Uo5gI2tWc9vF_4ZhR@mail.gmail.com", charset="utf-8", cte="quoted-printable",
    mailer=None, html_only=True,
    body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body>
<div dir="ltr">
<p>Hi Elena,</p>
<p>Ahead of your February budget cycle, here are our current list prices. Nothing has changed since the spring.</p>
<table border="1" cellpadding="4" cellspacing="0">
<caption>Meridian Data list prices (USD, excluding sales tax)</caption>
<tr><th>Product</th><th>List price</th><th>Billing unit</th></tr>
<tr><td>Meridian Sync</td><td>$399</td><td>per month</td></tr>
<tr><td>Meridian Vault</td><td>$20</td><td>per TB per month</td></tr>
<tr><td>Meridian Insight</td><td>$30</td><td>per user per month (from GA)</td></tr>
</table>
<p>Brightwater's two-year term discount of 8% still applies on renewal.</p>
<p>Best,<br>Dana</p>
<p style="color:#666">--<br>Dana Whitfield | Account Executive, West<br>Meridian Data Inc. | 600 Battery Street, Suite 400, San Francisco, CA 94111<br>+1 (415) 555-0142</p>
</div>
</body></html>
""",
    claims=[
        C("sync", "monthly_price", money(399, "USD", "month", "excluded"), "ok", "<td>Meridian Sync</td><td>$399</td><td>per month</td>"),
        C("vault", "price_per_tb", money(20, "USD", "TB-month", "excluded"), "ok", "<td>Meridian Vault</td><td>$20</td><td>per TB per month</td>"),
        C("insight", "per_user_price", money(30, "USD", "user-month", "excluded"), "ok", "<td>Meridian Insight</td><td>$30</td><td>per user per month (from GA)</td>"),
    ])

# ---------------------------------------------------------------- documents
DOCS = []


def doc(path, office, text, claims=(), findings=()):
    DOCS.append(dict(path=path, office=office, text=text, claims=list(claims), findings=list(findings)))


doc("docs/tokyo/minato-denso-sync-proposal.md", "tokyo", """# メリディアン シンク ご提案書

株式会社ミナト電装 様 ／ 2026年11月 ／ メリディアンデータ株式会社 東京本社 営業部

## 1. ご提案の背景

貴社では現在、本社・川崎工場・横浜営業所でそれぞれファイルサーバーを運用されており、
保守期限（2027年3月）を控えて、クラウドへの移行をご検討中と伺っております。

## 2. 製品仕様と貴社要件

| 項目 | 貴社要件 | メリディアン シンク |
|---|---|---|
| 利用ユーザー数 | 8,000名以上 | 最大 ~~5,000~~ 10,000ユーザー |
| ストレージ容量 | 1人あたり500GB以上 | 1ユーザーあたり1TB |
| 稼働率SLA | 99.5%以上 | 99.9% |
| 対応OS | Windows、macOS | Windows、macOS、iOS、Android |
| 認証 | ISMS認証 | ISO/IEC 27001、SOC 2 Type II |
| オフライン利用 | 不要 | 非対応（同期にはインターネット接続が必要） |

## 3. 料金

| 項目 | 金額 |
|---|---|
| メリディアン シンク 月額基本料金 | 50,000円 |

※金額はすべて税抜表示です。初期設定は弊社にて無償で実施いたします。

## 4. 導入スケジュール

- 2027年1月 キックオフ
- 2027年2月 川崎工場で先行導入
- 2027年3月 全社展開

## 5. 当社の強み

メリディアン シンクは、業界初の双方向差分同期エンジンを搭載しています。

<!-- onevoice-disable-next-line ja.cheapest -->
バックアップには、業界最安水準のメリディアン ボールトもあわせてご検討いただけます。
""",
    claims=[
        C("sync", "max_users", 10000, "ok", "| 利用ユーザー数 | 8,000名以上 | 最大 ~~5,000~~ 10,000ユーザー |"),
        C("sync", "storage_per_user", TB, "ok", "| ストレージ容量 | 1人あたり500GB以上 | 1ユーザーあたり1TB |"),
        C("sync", "sla", 99.9, "ok", "| 稼働率SLA | 99.5%以上 | 99.9% |"),
    ] + [C("sync", "supported_platforms", m, "ok", "| 対応OS | Windows、macOS | Windows、macOS、iOS、Android |")
         for m in ("Windows", "macOS", "iOS", "Android")] + [
        C("sync", "certifications", m, "ok", "| 認証 | ISMS認証 | ISO/IEC 27001、SOC 2 Type II |") for m in ("ISO 27001", "SOC 2 Type II")] + [
        C("sync", "offline_mode", False, "ok", "| オフライン利用 | 不要 | 非対応（同期にはインターネット接続が必要） |"),
        C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円 |"),
    ],
    findings=[F("phrase", "業界初の双方向差分同期エンジン", rule="ja.first-in-industry")])

doc("docs/osaka/kitahama-vault-teian.txt", "osaka", """メリディアン・ボールト ご提案書

北浜ロジスティクス株式会社 御中
2026年11月10日
メリディアンデータ株式会社 大阪支店
お見積番号：MD-OSK-2026-1187（有効期限：2026年12月25日）

1. 概要
メリディアン・ボールトは、オンプレミスおよびクラウド上のデータを自動でバックアップする
マネージドサービスです。現在のNAS（約42TB）と基幹DBを対象といたします。

2. 主な仕様
・メリディアン・ボールトのRPO（目標復旧時点）：最大15分
・同製品のRTO（目標復旧時間）：4時間
・同製品の標準保持期間：90日間
・同製品の最大容量：1テナントあたり1PB
・同製品の暗号化方式：AES-256
・同製品のデータセンター：東京、大阪、シンガポール

3. 料金（税抜）
・メリディアン・ボールト 1TBあたり月額2,800円

4. 補足
メリディアン・ボールトをご利用いただければ、大切なデータが失われることは絶対にありません。

以上
""",
    claims=[
        C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトのRPO（目標復旧時点）：最大15分"),
        C("vault", "rto", dur(4, "hours"), "unverified", "同製品のRTO（目標復旧時間）：4時間"),
        C("vault", "retention", dur(90, "days"), "ok", "同製品の標準保持期間：90日間"),
        C("vault", "max_storage", 1000 * TB, "conflict", "同製品の最大容量：1テナントあたり1PB"),
        C("vault", "encryption", "AES-256", "ok", "同製品の暗号化方式：AES-256"),
        C("vault", "data_centers", "Tokyo", "ok", "同製品のデータセンター：東京、大阪、シンガポール"),
        C("vault", "data_centers", "Osaka", "ok", "同製品のデータセンター：東京、大阪、シンガポール"),
        C("vault", "data_centers", "Singapore", "conflict", "同製品のデータセンター：東京、大阪、シンガポール"),
        C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン・ボールト 1TBあたり月額2,800円"),
    ],
    findings=[F("phrase", "大切なデータが失われることは絶対にありません", rule="ja.absolute")])

doc("docs/london/harrow-finch-insight.html", "london", """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meridian Insight proposal for Harrow &amp; Finch</title>
</head>
<body>
<h1>Meridian Insight: proposal for Harrow &amp; Finch Ltd</h1>
<p>Prepared by Fiona Blake, Solutions Consultant, Meridian Data Ltd &middot; 12 November 2026 &middot; Ref. HF-2026-114</p>

<h2>Commercial summary</h2>
<table>
<caption>Meridian Insight: key terms</caption>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Price</td><td><del>&pound;22</del> &pound;25 per user per month, excluding VAT</td></tr>
<tr><td>General availability</td><td>January 2027 (beta until then)</td></tr>
<tr><td>Query response time</td><td>under 2 seconds (p95)</td></tr>
<tr><td>Free trial</td><td>30 days</td></tr>
<tr><td>Dashboards</td><td>up to 200 per workspace</td></tr>
<tr><td>Interface languages</td><td>9 languages, including English, French and German</td></tr>
</table>

<h2>Why Meridian Insight</h2>
<p>Meridian Insight has industry-leading query speed for its class (Source: Halvorsen Analytics, Cloud BI Benchmark, September 2026).</p>
<p>The order form for Aisha's team of 35 analysts is attached separately.</p>
</body>
</html>
""",
    claims=[
        C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "&pound;25 per user per month, excluding VAT"),
        C("insight", "general_availability", "2027-01", "ok", "<tr><td>General availability</td><td>January 2027 (beta until then)</td></tr>"),
        C("insight", "query_latency", dur(2, "seconds"), "ok", "<tr><td>Query response time</td><td>under 2 seconds (p95)</td></tr>"),
        C("insight", "free_trial", dur(30, "days"), "ok", "<tr><td>Free trial</td><td>30 days</td></tr>"),
        C("insight", "max_dashboards", 200, "ok", "<tr><td>Dashboards</td><td>up to 200 per workspace</td></tr>"),
        C("insight", "ui_languages", 9, "unverified", "<tr><td>Interface languages</td><td>9 languages, including English, French and German</td></tr>"),
    ])

doc("docs/us-hq/cobalt-ridge-bundle.md", "us-hq", """# Sync + Vault bundle: Cobalt Ridge IT reseller brief

*Meridian Data Partner Programs, November 2026. For partner use with end customers.*

## Meridian Sync

- Meridian Sync is $399 per month per tenant.
- Meridian Sync supports up to 10,000 users per tenant.
- Meridian Sync is ISO 27001 certified and FedRAMP Moderate authorized.
- Meridian Sync carries a 99.9% uptime SLA.

## Meridian Vault

- Meridian Vault is $20 per TB per month.
- Meridian Vault delivers an RPO of 15 minutes.
- Meridian Vault has a 99.95% availability SLA.

## Both products

| | Meridian Sync | Meridian Vault |
|---|---|---|
| Encryption at rest | AES-256 | AES-256 |

## Migration

Our onboarding team moves existing file shares across with zero downtime for end users.
Typical projects for 500 to 2,000 seats finish in six to eight weeks.
""",
    claims=[
        C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month per tenant."),
        C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant."),
        C("sync", "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and FedRAMP Moderate authorized."),
        C("sync", "certifications", "FedRAMP", "conflict", "Meridian Sync is ISO 27001 certified and FedRAMP Moderate authorized."),
        C("sync", "sla", 99.9, "ok", "Meridian Sync carries a 99.9% uptime SLA."),
        C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
        C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault delivers an RPO of 15 minutes."),
        C("vault", "sla", 99.95, "ok", "Meridian Vault has a 99.95% availability SLA."),
        C("sync", "encryption", "AES-256", "unverified", "| Encryption at rest | AES-256 | AES-256 |"),
        C("vault", "encryption", "AES-256", "ok", "| Encryption at rest | AES-256 | AES-256 |"),
    ],
    findings=[F("phrase", "moves existing file shares across with zero downtime", rule="en.guarantee")])

# an ignored draft (.onevoice.yaml ignores **/drafts/**): no labels
DRAFT = ("docs/us-hq/drafts/cobalt-ridge-bundle-v0.md", """# Sync + Vault bundle (DRAFT v0, do not send)

- Meridian Sync scales to 50,000 users.
- Meridian Vault is the #1 backup platform for resellers.
- Meridian Vault keeps backups for 30 days by default.
""")

# Cross-office cases the author intended (checked against the derived list).
INTENDED_CROSS_OFFICE = {
    ("meridian-vault", "rpo", ("osaka", "tokyo")),                 # 0007 5 min vs 0009 15 min (13 days)
    ("meridian-vault", "rto", ("london", "tokyo")),                # unverified attribute: 4 h vs 8 h (21 days)
    ("meridian-sync", "offline_mode", ("london", "tokyo")),        # false vs true (22 days)
    ("meridian-sync", "monthly_price", ("osaka", "tokyo")),        # 50,000 incl. (wrong) vs 55,000 incl. / 50,000 excl.
    ("meridian-insight", "general_availability", ("osaka", "us-hq")),
    ("meridian-insight", "general_availability", ("osaka", "tokyo")),    # inside one forward
    ("meridian-insight", "general_availability", ("london", "osaka")),   # via the forward's date (25 days)
    ("meridian-insight", "query_latency", ("london", "us-hq")),    # 5 s vs 2 s (39 days from the quoting reply)
    ("meridian-insight", "max_dashboards", ("osaka", "us-hq")),    # forwarded 300 vs 200
    ("meridian-sync", "max_users", ("tokyo", "us-hq")),            # 5,000 stale vs 10,000
    ("meridian-sync", "max_users", ("osaka", "us-hq")),
}


# ======================================================================= MIME building
def ew(s, charset):
    """RFC 2047 encoded words (B), each word self-contained (ISO-2022-JP returns to ASCII)."""
    if all(ord(c) < 128 for c in s):
        return s
    cs = {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "utf-8": "UTF-8", "us-ascii": "UTF-8"}[charset]
    codec = {"ISO-2022-JP": "iso2022_jp", "Shift_JIS": "shift_jis", "UTF-8": "utf-8"}[cs]
    words, chunk = [], ""
    for c in s:
        if len((chunk + c).encode(codec)) > 45:
            words.append(chunk)
            chunk = ""
        chunk += c
    words.append(chunk)
    return "\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(codec)).decode()) for w in words)


def addr(p, charset):
    name, a = p
    if all(ord(c) < 128 for c in name):
        return '%s <%s>' % (('"%s"' % name) if any(c in name for c in ",.&") else name, a)
    return "%s <%s>" % (ew(name, charset), a)


def encode_body(text, charset, cte):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8", "us-ascii": "ascii"}[charset]
    if cte in ("7bit", "8bit"):
        raw = text.encode(codec)
        if cte == "7bit":
            assert all(b < 128 for b in raw), "7bit body is not 7bit"
        return raw
    if cte == "base64":
        raw = text.replace("\n", "\r\n").encode(codec)
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(codec))
    raise ValueError(cte)


def ctype(kind, charset):
    cs = {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "utf-8": "UTF-8", "us-ascii": "us-ascii"}[charset]
    return 'Content-Type: %s; charset="%s"' % (kind, cs) if charset != "iso-2022-jp" else "Content-Type: %s; charset=ISO-2022-JP" % kind


def to_html(text, charset):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out, quoted = [], []
    lines = text.rstrip("\n").split("\n")

    def flush():
        if quoted:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + "<br>\n".join(esc(q) for q in quoted) + "</blockquote>")
            quoted.clear()
    for l in lines:
        if l.startswith(">"):
            quoted.append(l[1:].lstrip(" "))
            continue
        flush()
        out.append("<div>%s</div>" % (esc(l) if l.strip() else "<br>"))
    flush()
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>\n<body>\n<div dir=\"ltr\">\n" % charset
            + "\n".join(out) + "\n</div>\n</body></html>\n")


def boundary(m, k=""):
    return "000000000000%012x%s" % ((m["n"] * 7919 + 104729) * 2654435761 % (1 << 48), k)


def build(m, nested=False):
    cs = m["charset"]
    hdr = []
    if not nested:
        hdr.append("Return-Path: <%s>" % m["frm"][1])
        hdr.append("Received: from %s (%s [203.0.113.%d])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s"
                   % ("mail-" + m["frm"][1].split("@")[1], "mail." + m["frm"][1].split("@")[1], 10 + m["n"],
                      m["to"][0][1].split("@")[1], "x%06d" % (m["n"] * 4211 % 999983), m["to"][0][1], m["date"]))
    hdr.append("MIME-Version: 1.0")
    hdr.append("Date: " + m["date"])
    hdr.append("From: " + addr(m["frm"], cs))
    hdr.append("To: " + ", ".join(addr(p, cs) for p in m["to"]))
    if m.get("cc"):
        hdr.append("Cc: " + ",\n ".join(addr(p, cs) for p in m["cc"]))
    hdr.append("Subject: " + ew(m["subject"], cs))
    hdr.append("Message-ID: <%s>" % m["msgid"])
    if m.get("in_reply_to"):
        parent = next(x for x in MSGS if x["n"] == m["in_reply_to"])
        hdr.append("In-Reply-To: <%s>" % parent["msgid"])
        hdr.append("References: <%s>" % parent["msgid"])
    if m.get("mailer"):
        hdr.append(("User-Agent: " if "Thunderbird" in m["mailer"] else "X-Mailer: ") + m["mailer"])
    head = "\n".join(hdr).encode("ascii")
    text_part = lambda kind, body: (ctype(kind, cs) + "\nContent-Transfer-Encoding: %s\n\n" % m["cte"]).encode("ascii") + encode_body(body, cs, m["cte"])
    if m.get("html_only"):
        body = text_part("text/html", m["body"])
    elif m.get("alt"):
        b = boundary(m)
        html = to_html(m["body"], {"shift_jis": "Shift_JIS", "utf-8": "UTF-8"}.get(cs, cs))
        body = ('Content-Type: multipart/alternative; boundary="%s"\n\n' % b).encode("ascii")
        body += ("--%s\n" % b).encode() + text_part("text/plain", m["body"]) + b"\n"
        body += ("--%s\n" % b).encode() + text_part("text/html", html) + b"\n"
        body += ("--%s--\n" % b).encode()
    elif m.get("attach"):
        b = boundary(m, "mx")
        inner = build(m["attach"], nested=True)
        body = ('Content-Type: multipart/mixed; boundary="%s"\n\n' % b).encode("ascii")
        body += b"This is a multi-part message in MIME format.\n\n"
        body += ("--%s\n" % b).encode() + text_part("text/plain", m["body"]) + b"\n"
        body += ("--%s\n" % b).encode() + b'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="reply-from-tokyo.eml"\n\n' + inner + b"\n"
        body += ("--%s--\n" % b).encode()
    else:
        body = text_part("text/plain", m["body"])
    out = head + b"\n" + body
    return out if out.endswith(b"\n") else out + b"\n"


def date_of(m):
    d = dt.datetime.strptime(m["date"][5:16], "%d %b %Y")
    return d.date()


def asctime(m):
    d = dt.datetime.strptime(m["date"][:31], "%a, %d %b %Y %H:%M:%S %z").astimezone(dt.timezone.utc)
    return d.strftime("%a %b %d %H:%M:%S %Y")


FROM_RE = re.compile(rb"^(>*From )", re.M)


# ======================================================================= decoding checks
def decoded_texts(raw):
    out = []

    def walk(msg):
        for part in msg.walk():
            ct = part.get_content_type()
            if ct in ("text/plain", "text/html"):
                out.append(part.get_content().replace("\r\n", "\n"))
            elif ct == "message/rfc822":
                pass                                   # walk() descends into it already
    walk(message_from_bytes(raw, policy=policy.default))
    return "\n".join(out)


def norm_ws(s):
    return " ".join(s.split())


# ======================================================================= writing
def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    expected, archive_claims = [], []
    mbox = b""
    for m in sorted(MSGS, key=lambda x: x["n"]):
        raw = build(m)
        office = office_of(m["frm"][1])
        fname = "mail/%04d.eml" % m["n"]
        with open(os.path.join(ROOT, fname), "wb") as fh:
            fh.write(raw.replace(b"\n", b"\r\n"))
        text = decoded_texts(raw)
        day = date_of(m).isoformat()
        files = [fname] + (["mail/archive.mbox"] if m["archive"] else [])
        for c in m["claims"]:
            assert norm_ws(c["text"]) in norm_ws(text), (fname, c["text"])
            o = c["office"] or office
            for f in files:
                expected.append({"type": "claim", "file": f, "message_id": m["msgid"], "product": c["product"],
                                 "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                                 "quoted": c["quoted"], "office": o, "as_of": day, "text": c["text"]})
            if m["archive"]:
                archive_claims.append(dict(c, office=o, date=date_of(m), file=fname))
        for x in m["findings"]:
            assert norm_ws(x["text"]) in norm_ws(text), (fname, x["text"])
            for f in files:
                expected.append({"type": "finding", "file": f, "message_id": m["msgid"], "kind": x["kind"],
                                 "rule": x["rule"], "product": x["product"], "quoted": x["quoted"], "text": x["text"]})
        if m["archive"]:
            lf = raw.replace(b"\r\n", b"\n")
            mbox += ("From %s %s\n" % (m["frm"][1], asctime(m))).encode() + FROM_RE.sub(rb">\1", lf)
            mbox += b"\n" if lf.endswith(b"\n") else b"\n\n"
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        fh.write(mbox)
    # documents
    for d in DOCS + [dict(path=DRAFT[0], text=DRAFT[1], claims=[], findings=[], office=None)]:
        p = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(d["text"])
        if d["office"] is None:
            continue
        for c in d["claims"]:
            assert norm_ws(c["text"]) in norm_ws(d["text"]), (d["path"], c["text"])
            expected.append({"type": "claim", "file": d["path"], "message_id": None, "product": c["product"],
                             "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                             "quoted": False, "office": d["office"], "as_of": DOC_AS_OF, "text": c["text"]})
        for x in d["findings"]:
            assert norm_ws(x["text"]) in norm_ws(d["text"]), (d["path"], x["text"])
            expected.append({"type": "finding", "file": d["path"], "message_id": None, "kind": x["kind"],
                             "rule": x["rule"], "product": x["product"], "quoted": False, "text": x["text"]})
    # cross-office
    xo = cross_office(archive_claims)
    got = {(r["product"], r["attribute"], tuple(r["offices"])) for r in xo}
    if got != INTENDED_CROSS_OFFICE:
        sys.exit("cross-office mismatch:\n  derived only: %s\n  intended only: %s"
                 % (sorted(got - INTENDED_CROSS_OFFICE), sorted(INTENDED_CROSS_OFFICE - got)))
    expected += xo
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in expected:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    write_readme(expected)
    counts = {}
    for r in expected:
        k = r["type"] + ("/" + r["verdict"] if r["type"] == "claim" else "/" + r["kind"] if r["type"] == "finding" else "")
        counts[k] = counts.get(k, 0) + 1
    print("wrote %d expected lines: %s" % (len(expected), json.dumps(counts, sort_keys=True)))


def comparable(c):
    """-> (kind, value) normalised for cross-office comparison."""
    v = c["value"]
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v["currency"] == "JPY" and v.get("tax") == "included" else v["amount"]
        return ("money", v["currency"], v["per"]), round(amt, 2)
    if isinstance(v, dict) and "unit" in v:
        f = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        if "amount" in v:
            return ("dur",), (v["amount"] * f, v["amount"] * f)
        return ("dur",), (v["min"] * f, v["max"] * f)
    return ("plain",), v


def cross_office(claims):
    """LABELS.md: two offices, same product and attribute, values that cannot both be right, within 45 days.
    Sets never contradict; money only in the same currency and unit; two values each right at their own
    date (verdict ok) do not conflict; customers (unknown) take no part; quoted claims dated by the reply."""
    found = {}
    cl = [c for c in claims if c["office"] != "unknown" and c["attribute"] not in SET_ATTRS]
    for i, a in enumerate(cl):
        for b in cl[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((a["date"] - b["date"]).days) > WINDOW:
                continue
            (ka, va), (kb, vb) = comparable(a), comparable(b)
            if ka != kb or va == vb:
                continue
            if a["verdict"] == "ok" and b["verdict"] == "ok":
                continue
            if "office-variant" in (a["verdict"], b["verdict"]):
                continue
            x, y = sorted([a, b], key=lambda c: c["office"])
            key = (a["product"], a["attribute"], (x["office"], y["office"]))
            rec = found.setdefault(key, {"type": "cross-office", "product": key[0], "attribute": key[1],
                                         "offices": list(key[2]), "file": "mail/archive.mbox",
                                         "message_files": set(), "values": {x["office"]: x["value"], y["office"]: y["value"]}})
            rec["message_files"].update([a["file"], b["file"]])
    out = []
    for key in sorted(found):
        r = found[key]
        r["message_files"] = sorted(r["message_files"])
        out.append(r)
    return out


ONEVOICE_YAML = """# onevoice configuration for probe set 19 (SPEC section 6).
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


def write_readme(expected):
    n = lambda pred: sum(1 for r in expected if pred(r))
    kinds = {}
    for r in expected:
        k = r["type"] if r["type"] != "claim" else "claim"
        kinds[k] = kinds.get(k, 0) + 1
    verdicts = {}
    for r in expected:
        if r["type"] == "claim":
            verdicts[r["verdict"]] = verdicts.get(r["verdict"], 0) + 1
    fk = {}
    for r in expected:
        if r["type"] == "finding":
            fk[r["kind"]] = fk.get(r["kind"], 0) + 1
    summary = ("%d expected lines: %d claim lines (%s), %d finding lines (%s), %d cross-office records."
               % (len(expected), kinds.get("claim", 0), ", ".join("%s %d" % kv for kv in sorted(verdicts.items())),
                  kinds.get("finding", 0), ", ".join("%s %d" % kv for kv in sorted(fk.items())),
                  kinds.get("cross-office", 0)))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.replace("@SUMMARY@", summary))


README = """# Probe set 19: the archive and cross-office consistency

A blind evaluation set for onevoice about Meridian Data, in the format of the
development set (see `/work/shared/eval/LABELS.md`). It emphasises `audit`:
`mail/archive.mbox` holds 21 of the 24 messages (mboxrd, date order, every
office speaking, Jan to Sep 2026), with threads in which offices quote and
forward each other, customers relay what another office told them, and the
same value is written in different ways.

    mail/0001-0024.eml   24 messages (ISO-2022-JP, Shift_JIS 8bit and base64, UTF-8
                         base64 and quoted-printable, us-ascii; multipart/alternative,
                         HTML-only, one message/rfc822 attachment)
    mail/archive.mbox    21 of them (all but 0004, 0005, 0024)
    docs/<office>/       4 proposals (.md, .txt, .html), judged as of 2026-11-22;
                         docs/us-hq/drafts/ is ignored by .onevoice.yaml and unlabelled
    expected.jsonl       the answer key
    gen/generate.py      rewrites everything above (python3, stdlib only)

@SUMMARY@

## How to run

    python3 gen/generate.py                                  # rebuild (deterministic)
    python3 /work/shared/eval/score.py --selftest .          # scorer self-test on this key
    /work/shared/eval/run BINARY /work/probe/set19           # score a build

## What the archive tests

Cross-office records (11), each derived by `generate.py` from the labelled
archive claims and checked against the author's intended list:

| product / attribute | offices | why |
|---|---|---|
| vault rpo | osaka, tokyo | 0007 "RPO 5分" vs 0009 "最大15分" (13 days) |
| vault rto | london, tokyo | attribute with no approved value: 4 hours (0006) vs 8時間 (0009), both `unverified` |
| sync offline_mode | london, tokyo | 0006 no offline mode vs 0010 オフライン環境でも編集可能 (also in 0011's quote) |
| sync monthly_price | osaka, tokyo | 0013 50,000円（税込） (wrong) vs tokyo's 55,000円（税込） / 5万円（税抜） |
| insight general_availability | osaka, us-hq | 0013 2026年10月 vs 0014 January 2027 |
| insight general_availability | osaka, tokyo | inside the forward 0016: tokyo's own 2027年1月 vs the forwarded osaka 2026年10月 |
| insight general_availability | london, osaka | 0017 (07-20) vs osaka's forwarded claim dated by 0016 (06-25): 25 days; osaka's own 0013 is 48 days away |
| insight query_latency | london, us-hq | 0017 up to 5 seconds vs us-hq's 2 seconds quoted in 0015 (06-11, 39 days) |
| insight max_dashboards | osaka, us-hq | forwarded 300 (0016) vs 200 (0014/0015) |
| sync max_users | tokyo, us-hq | 0020 5,000 (stale in September) vs 0021 10,000 |
| sync max_users | osaka, us-hq | 0020 vs 0023 10,000 |

Deliberately no cross-office record:

- agreeing values written differently: 1万 / 10,000 / "10,000 users"; 5万円（税抜） /
  55,000円（税込） / 50,000円（税抜）; 2,800円（税抜） vs 3,080円（税込） per TB; 99.9% vs
  99.9％; 0.5 PB vs 500TB; "over 50 connectors" vs 50以上のデータソース (both unverified,
  same value); tokyo's 399米ドル (office-variant) vs us-hq's $399;
- range vs bound that overlap: osaka 1〜2秒 vs us-hq "within 2 seconds" (both ok);
- true contradictions outside the 45-day window: sync sla london 99.95% (02-10) vs
  tokyo 99.9％ (05-12, 91 days); vault retention us-hq 30 days (01-20) vs london 90
  days (04-20, 90 days); insight query_latency london 5 s (07-20) vs osaka 1〜2秒
  (06-02, 48 days); vault rto tokyo 8時間 (05-11) vs osaka 4時間 (08-20);
- values each right at their own date: osaka 5,000 users (03-18) vs london 10,000
  (04-20); osaka's "3月にご提案した時点では…5,000ユーザーでした" (placed in March) in 0023;
- customers relaying other offices: 0008 (RPO 5分 "from Osaka", retention 180日 "from
  London"), 0015 ("your UK team" said 5 seconds), 0022 (1万 from Tokyo): office
  `unknown`, no part in cross-office;
- set attributes (vault certifications from london vs sync certifications elsewhere,
  data centers, platforms): never contradict.

## Judgement calls

1. Cross-office, "cannot both be right": two values conflict when, after normalising
   (money to the tax-excluded amount in the same currency and billing unit, durations
   to seconds, ranges as min/max), they differ and they are not both `ok` on their own
   dates. Two different `unverified` values (RTO 4 h vs 8 h) therefore conflict; two
   equal wrong values would not (none in the set). A bound against a different bound
   (london "up to 5 seconds" vs us-hq "within 2 seconds") counts as a contradiction
   about the maximum.
2. Quoted and forwarded claims take part in cross-office under the quoted author's
   office and the date of the message that carries them (LABELS: "a quoted claim is
   dated by the reply that quotes it"). This makes london/osaka general_availability
   fire through the forward 0016 although osaka's own 0013 is outside the window, and
   makes the tokyo/osaka GA case fire inside a single message.
3. Days between messages are counted on the calendar date of each Date header in its
   own time zone. The closest calls are 39/40 days (in) and 48 days (out).
4. "£329 per month plus VAT" and the HTML caption "(USD, excluding sales tax)" give
   `tax: "excluded"` (as the dev key does for "plus VAT"); prices that say nothing
   about tax have `tax: null`.
5. 0023 "3月にご提案した時点では…上限は5,000ユーザーでした" is a value explicitly placed in a
   period, judged as of March 2026: `ok`, and not a cross-office contradiction.
6. 0014 contains a body line starting with "From the day you sign up, ..."; in the
   mboxrd archive it is stored as ">From the day..." and must be unescaped: it is the
   sender's own (unquoted) claim in both files.
7. Customer claims: only on attributes whose base claims name no office (rpo,
   retention, query_latency, max_users), so the "judged against claims that name no
   office" rule decides them.
8. Deal figures were kept out of sentences that name a product (e.g. "Your 7,500 seats
   would fit within a single tenant.", "合計金額は月額160,000円（税込）です（25名様…）" placed
   before any product heading) so they are no claims.
9. The docs/tokyo table: the requirement column (8,000名以上, 500GB以上, 99.5%以上,
   ISMS認証) holds no claims; "~~5,000~~ 10,000ユーザー" claims only 10,000; "非対応" in
   the offline row states `false`; the "業界最安水準" line under
   `onevoice-disable-next-line ja.cheapest` stays silent (the directive names a rule
   whose id does not itself match a pattern). The reseller brief's "500 to 2,000
   seats" under its "Migration" heading is no claim: no product there, and the title
   names only short names.
10. docs/us-hq "Encryption at rest | AES-256 | AES-256" under the two product columns is
    a claim for each product: `ok` for Vault, `unverified` for Sync (encryption is in
    the base for Vault only).
11. 0002 names "MeridianFileSync" only inside a URL: no terminology finding. 0021's
    "（旧称：メリディアン ファイルシンク）" names the deprecated name and is a finding.
12. 0010/0011 "国内シェアNo.1※" has its "※…東京リサーチ調べ" note in the same body (also in
    the quoted copy): silent. The london doc's "industry-leading" has an inline
    "(Source: …)": silent.
"""

if __name__ == "__main__":
    main()
