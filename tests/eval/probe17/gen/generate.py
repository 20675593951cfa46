#!/usr/bin/env python3
"""Probe set 17 (emphasis: time). Deterministic, stdlib only.

    python3 gen/generate.py        # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl

Every claim below carries the exact excerpt it comes from; the generator checks that
each excerpt occurs in the decoded text it will write, and computes the cross-office
cases of the archive from the labelled claims (and asserts they are the intended ones).
"""
import base64, datetime as dt, email.utils, gzip, html, json, os, quopri, re, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"

SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"


def jpy(a, tax, per="month"):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def usd(a, per="month", tax=None):
    return {"amount": a, "currency": "USD", "per": per, "tax": tax}


def gbp(a, per="month", tax=None):
    return {"amount": a, "currency": "GBP", "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12

OFFICE_OF = [("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
             ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")]


def office(addr):
    for suf, o in OFFICE_OF:
        if addr.lower().endswith(suf):
            return o
    return "unknown"


# ---------------------------------------------------------------- MIME helpers
def encword(s, charset, codec):
    """RFC 2047 B-encoded words, folded; ASCII text is left alone."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(codec)) > 36:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(codec)).decode()) for w in words)


def addr(name, a, charset="UTF-8", codec="utf-8"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, a))
    return "%s <%s>" % (encword(name, charset, codec), a)


CODECS = {"ISO-2022-JP": "iso2022_jp", "UTF-8": "utf-8", "Shift_JIS": "shift_jis", "us-ascii": "ascii"}


def encode_body(text, charset, cte):
    raw = text.encode(CODECS[charset])
    if cte in ("7bit", "8bit"):
        return raw.decode("latin-1")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    raise ValueError(cte)


def text_part(text, charset, cte, subtype="plain", extra=""):
    body = encode_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return ("Content-Type: text/%s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n%s"
            % (subtype, charset, extra, cte, body))


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n<body>\n" \
        + "\n".join(out) + "\n</body></html>\n"


# ---------------------------------------------------------------- the set
MESSAGES = []      # dicts: n, date, frm, name, to, subject, mid, headers, body(str after headers), archive, claims, findings, text
DOCS = []          # dicts: path, office, content, claims, findings


def claim(product, attribute, value, verdict, text, quoted=False, office_=None):
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict,
            "quoted": quoted, "office": office_, "text": text}


def phrase(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def term(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": product, "quoted": quoted, "text": text}


def msg(n, date, frm, name, to, subject, mid, body_kind, text, claims=(), findings=(), archive=False,
        charset="UTF-8", cte="quoted-printable", extra_headers=(), html_text=None, inner=None, crlf=False,
        agent=None):
    MESSAGES.append(dict(n=n, date=date, frm=frm, name=name, to=to, subject=subject, mid=mid,
                         kind=body_kind, text=text, claims=list(claims), findings=list(findings),
                         archive=archive, charset=charset, cte=cte, extra=list(extra_headers),
                         html=html_text, inner=inner, crlf=crlf, agent=agent))


def D(s, tz):
    """'2025-01-21 09:14:03' with tz '+0900' -> aware datetime."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(off))


# People
SATO = ("佐藤 美咲", "misaki.sato@jp.meridian-data.com")
TAKA = ("高橋 健一", "kenichi.takahashi@jp.meridian-data.com")
NAKA = ("中村 大輔", "daisuke.nakamura@osaka.jp.meridian-data.com")
MATSU = ("松本 彩", "aya.matsumoto@osaka.jp.meridian-data.com")
JORDAN = ("Jordan Ellis", "jordan.ellis@meridian-data.com")
PRIYA = ("Priya Raman", "priya.raman@meridian-data.com")
OLIVER = ("Oliver Hart", "oliver.hart@uk.meridian-data.com")
FIONA = ("Fiona McLeod", "fiona.mcleod@uk.meridian-data.com")
TANAKA = ("田中 一郎", "i.tanaka@minato-logi.co.jp")
YAMADA = ("山田 直樹", "n.yamada@kitahama-seiko.co.jp")
NISHI = ("西村 恵子", "k.nishimura@kansai-medical.co.jp")
DANA = ("Dana Kim", "dana.kim@brightwaterhealth.org")
RAJ = ("Raj Patel", "raj.patel@halvorsenfreight.co.uk")
MARCUS = ("Marcus Lindqvist", "mlindqvist@northwindlegal.com")
TOM = ("Tom Whitaker", "tom.whitaker@penninewater.co.uk")
OGAWA = ("小川 聡", "s.ogawa@ashiya-kogyo.co.jp")
FUJII = ("藤井 真理子", "m.fujii@naniwa-shoji.co.jp")
KOBA = ("小林 翔太", "shota.kobayashi@setouchi-foods.co.jp")

SIG_SATO = """--
佐藤 美咲 Misaki Sato
メリディアンデータ株式会社 東京オフィス 営業部
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング 21F
TEL: 03-6555-0142 / FAX: 03-6555-0143
"""
SIG_TAKA = """--
高橋 健一
メリディアンデータ株式会社 東京オフィス 第二営業部
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング 21F
TEL: 03-6555-0150 / 携帯: 080-4412-7730
"""
SIG_NAKA = """──────────────────────────
中村 大輔（Daisuke Nakamura）
メリディアンデータ株式会社 大阪オフィス
〒530-0001 大阪市北区梅田2-2-2 オフィスタワー 15F
TEL 06-6345-2210 ／ 携帯 090-3318-5521
──────────────────────────
"""
SIG_MATSU = """■□■□■□■□■□■□■□■□■□■□
松本 彩（まつもと あや）
メリディアンデータ株式会社 大阪オフィス ソリューション営業課
〒530-0001 大阪市北区梅田2-2-2 15F
TEL：06-6345-2214
■□■□■□■□■□■□■□■□■□■□
"""
SIG_JORDAN = """Jordan Ellis | Account Executive, Healthcare
Meridian Data Inc. | 555 Mission Street, Suite 1400, San Francisco, CA 94105
+1 (415) 555-0187 | jordan.ellis@meridian-data.com
"""
SIG_PRIYA = """Priya Raman
Solutions Consultant | Meridian Data Inc.
555 Mission Street, Suite 1400, San Francisco, CA 94105
Direct +1 (415) 555-0112
"""
SIG_OLIVER = """Oliver Hart
Senior Account Manager, Meridian Data Ltd
20 Farringdon Road, London EC1M 3HE
Tel +44 20 7946 0321 | Mob +44 7700 900412
Meridian Data Ltd. Registered in England and Wales No. 11873402. VAT GB 318 4471 26.
"""
SIG_FIONA = """Fiona McLeod
Solutions Architect, Meridian Data Ltd
20 Farringdon Road, London EC1M 3HE | +44 20 7946 0388
Registered in England and Wales No. 11873402
"""

# ------------------------------------------------------------------ 0001
msg(1, D("2024-11-12 10:23:45", "+0900"), SATO, None, TANAKA, "メリディアン シンク お打ち合わせのご質問への回答",
    "5c1e7a02-3b4f-4d8e-9a61-20241112102345@jp.meridian-data.com", "plain",
    """株式会社みなと物流
情報システム部 田中様

いつもお世話になっております。メリディアンデータ東京オフィスの佐藤です。
先日はお打ち合わせのお時間をいただき、誠にありがとうございました。

ご質問いただいた点について、以下のとおり回答いたします。

1. 利用人数の上限
メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
御社の現在のご利用予定（約1,200名）であれば、十分に余裕がございます。

2. 料金
メリディアン シンクの月額料金は50,000円（税抜）です。
なお、お見積書（見積番号 MQ-2024-1187）の有効期限は2024年12月27日となっております。

3. 稼働率
同製品のSLAは月間稼働率99.9%となっております。

次回のお打ち合わせは11月28日（木）14時からを予定しております。
引き続きよろしくお願いいたします。

""" + SIG_SATO,
    claims=[claim(SYNC, "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
            claim(SYNC, "monthly_price", jpy(50000, "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）です。"),
            claim(SYNC, "sla", 99.9, "ok", "同製品のSLAは月間稼働率99.9%となっております。")],
    archive=True, charset="ISO-2022-JP", cte="7bit", agent="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.4.2")

# ------------------------------------------------------------------ 0002
T2 = """Hi Dana,

Thanks for the time on Thursday. Quick recap of where things landed:

- Meridian Sync supports up to 5,000 users per tenant today, so your 1,850 clinicians plus the admin staff fit comfortably.
- Meridian Sync pricing is $399 per month for the workspace, billed annually.
- Meridian Vault would cover the imaging archive at $20 per TB per month.
- On analytics: Meridian Insight is on the roadmap for general availability in September 2026, and we can get your team into the beta before then.

I've attached our security pack; the SOC 2 Type II report itself comes under NDA. Does Tuesday the 28th work for the follow-up with your CISO?

Best,
Jordan

""" + SIG_JORDAN
msg(2, D("2025-01-21 16:41:09", "-0800"), JORDAN, None, DANA, "Recap: Meridian Sync + Vault for Brightwater",
    "CAJ7qZk3Y2m1=Vx0Q8bT+fR4pLw@mail.gmail.com", "alt", T2,
    claims=[claim(SYNC, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per tenant today"),
            claim(SYNC, "monthly_price", usd(399), "ok", "Meridian Sync pricing is $399 per month for the workspace, billed annually."),
            claim(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault would cover the imaging archive at $20 per TB per month."),
            claim(INSIGHT, "general_availability", "2026-09", "conflict", "Meridian Insight is on the roadmap for general availability in September 2026")],
    archive=True, charset="UTF-8", cte="quoted-printable")

# ------------------------------------------------------------------ 0003
msg(3, D("2025-03-18 11:05:52", "+0000"), OLIVER, None, RAJ, "Meridian Sync for Felixstowe and Leeds",
    "A3F19C2E-7D41-4B8A-9E0F-5C2D7B1A9E44@uk.meridian-data.com", "plain",
    """Dear Raj,

Following our call this morning, a few points on Meridian Sync for the Felixstowe and Leeds depots.

Meridian Sync now supports up to 10,000 users on a single tenant, so consolidating both depots onto one account is straightforward. Meridian Sync is £329 per month plus VAT. It carries a 99.95% uptime SLA.

Some of your older paperwork may still call the product Meridian FileSync; it is the same service, renamed in 2023.

I understand your headcount used to be around 2,000 before the Ardent acquisition and is now nearer 3,400, so it would be worth planning the rollout in two waves. I'm out on 25 March but can do any time on the 26th.

Kind regards,
Oliver

""" + SIG_OLIVER,
    claims=[claim(SYNC, "max_users", 10000, "stale", "Meridian Sync now supports up to 10,000 users on a single tenant"),
            claim(SYNC, "monthly_price", gbp(329, tax="excluded"), "ok", "Meridian Sync is £329 per month plus VAT."),
            claim(SYNC, "sla", 99.95, "conflict", "It carries a 99.95% uptime SLA.")],
    findings=[term(SYNC, "Some of your older paperwork may still call the product Meridian FileSync")],
    archive=True, charset="UTF-8", cte="quoted-printable", crlf=True,
    agent="X-Mailer: Microsoft Outlook 16.0")

# ------------------------------------------------------------------ 0004 (customer)
T4 = """メリディアンデータ株式会社
高橋様

お世話になっております。北浜精工の山田です。

先日ご紹介いただいたメリディアン シンクについて、社内で検討を進めております。
他社の販売代理店からは、メリディアン シンクは最大2万ユーザーまで対応可能と伺っております。

当社は来年度にグループ会社を統合する予定で、利用者が約8,000名になる見込みです。
8,000名規模でのご利用が可能かどうか、ご教示いただけますでしょうか。
また、Linuxのサーバーからも同期できるのでしょうか。

お忙しいところ恐縮ですが、よろしくお願いいたします。

北浜精工株式会社 情報システム課
山田 直樹
〒541-0041 大阪市中央区北浜3-5-29 北浜第一ビル 6F
TEL 06-6202-7781 / FAX 06-6202-7782
"""
CUST20K = "他社の販売代理店からは、メリディアン シンクは最大2万ユーザーまで対応可能と伺っております。"
msg(4, D("2025-06-19 10:12:31", "+0900"), YAMADA, None, TAKA, "メリディアン シンクのユーザー数について",
    "CAK5bX+9Qe1s7hT0vW2mLpZr8dA@mail.gmail.com", "plain", T4,
    claims=[claim(SYNC, "max_users", 20000, "conflict", CUST20K, office_="unknown")],
    charset="UTF-8", cte="base64")

# ------------------------------------------------------------------ 0005 (tokyo reply, Outlook quote)
T5 = """山田様

お世話になっております。メリディアンデータの高橋です。
お問い合わせいただき、ありがとうございます。

現時点では、メリディアン シンクの上限は1テナントあたり最大5,000ユーザーです。
ただし、2026年4月1日以降、同製品は最大1万ユーザーまで拡張される予定でございます。
御社の統合時期（来年度）には間に合う見込みですので、ご安心ください。

なお、代理店様からお聞きになった「2万ユーザー」という数値は、弊社の公式な仕様ではございません。

Linuxにつきましては、メリディアン シンクは現在Windows、macOS、iOS、Androidに対応しており、Linux版のご用意はございません。

ご検討のほど、よろしくお願いいたします。

""" + SIG_TAKA + """
-----Original Message-----
From: 山田 直樹 <n.yamada@kitahama-seiko.co.jp>
Sent: Thursday, June 19, 2025 10:12 AM
To: 高橋 健一 <kenichi.takahashi@jp.meridian-data.com>
Subject: メリディアン シンクのユーザー数について

""" + T4
msg(5, D("2025-06-23 15:47:10", "+0900"), TAKA, None, YAMADA, "RE: メリディアン シンクのユーザー数について",
    "TYCPR01MB8832C4E1A7F2B9D05E3A61C4B2@TYCPR01MB8832.jpnprd01.prod.outlook.com", "plain", T5,
    claims=[claim(SYNC, "max_users", 5000, "ok", "現時点では、メリディアン シンクの上限は1テナントあたり最大5,000ユーザーです。"),
            claim(SYNC, "max_users", 10000, "ok", "ただし、2026年4月1日以降、同製品は最大1万ユーザーまで拡張される予定でございます。"),
            claim(SYNC, "supported_platforms", "Windows", "ok", "メリディアン シンクは現在Windows、macOS、iOS、Androidに対応しており"),
            claim(SYNC, "supported_platforms", "macOS", "ok", "メリディアン シンクは現在Windows、macOS、iOS、Androidに対応しており"),
            claim(SYNC, "supported_platforms", "iOS", "ok", "メリディアン シンクは現在Windows、macOS、iOS、Androidに対応しており"),
            claim(SYNC, "supported_platforms", "Android", "ok", "メリディアン シンクは現在Windows、macOS、iOS、Androidに対応しており"),
            claim(SYNC, "max_users", 20000, "conflict", CUST20K, quoted=True, office_="unknown")],
    archive=True, charset="ISO-2022-JP", cte="7bit", crlf=True,
    extra_headers=["In-Reply-To: <CAK5bX+9Qe1s7hT0vW2mLpZr8dA@mail.gmail.com>",
                   "References: <CAK5bX+9Qe1s7hT0vW2mLpZr8dA@mail.gmail.com>",
                   "Thread-Topic: =?ISO-2022-JP?B?GyRCJWElaiVHJSMlIiVzGyhCIBskQiU3JXMlLyROJWYhPCU2ITw/dCRLJEQkJCRGGyhC?="],
    agent="X-Mailer: Microsoft Outlook 16.0")

# ------------------------------------------------------------------ 0006 osaka
msg(6, D("2025-08-28 13:02:44", "+0900"), NAKA, None, NISHI, "メリディアン ボールト ご提案内容のご送付",
    "OS3PR01MB6127A9C2D4E8F1B07C5D3E2A91@OS3PR01MB6127.jpnprd01.prod.outlook.com", "plain",
    """関西メディカルサービス株式会社
総務部 西村様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの中村でございます。

先日ご相談いただいたバックアップの件、ご提案内容を以下にまとめました。

■メリディアン ボールト ご提案概要
・RPO（目標復旧時点）：15分
・標準の保持期間：90日間
・データセンター：東京・大阪の国内2拠点
・料金：1TBあたり月額2,800円（税抜）

メリディアン ボールトなら、万一ランサムウェアの被害に遭われても、データを失うことは絶対にございません。

また、別件でお問い合わせのメリディアン シンクにつきましては、来年4月から1テナントあたりの上限が1万ユーザーに引き上げられる予定です。

9月24日（水）に改めてお伺いし、詳細をご説明できればと存じます。
ご都合はいかがでしょうか。

""" + SIG_NAKA,
    claims=[claim(VAULT, "rpo", dur(15, "minutes"), "ok", "・RPO（目標復旧時点）：15分"),
            claim(VAULT, "retention", dur(90, "days"), "ok", "・標準の保持期間：90日間"),
            claim(VAULT, "data_centers", "Tokyo", "ok", "・データセンター：東京・大阪の国内2拠点"),
            claim(VAULT, "data_centers", "Osaka", "ok", "・データセンター：東京・大阪の国内2拠点"),
            claim(VAULT, "price_per_tb", jpy(2800, "excluded", "TB-month"), "ok", "・料金：1TBあたり月額2,800円（税抜）"),
            claim(SYNC, "max_users", 10000, "ok", "来年4月から1テナントあたりの上限が1万ユーザーに引き上げられる予定です。")],
    findings=[phrase("ja.absolute", "データを失うことは絶対にございません。")],
    archive=True, charset="UTF-8", cte="quoted-printable", agent="X-Mailer: Microsoft Outlook 16.0")

# ------------------------------------------------------------------ 0007 us-hq
msg(7, D("2025-10-02 09:18:27", "-0700"), PRIYA, None, MARCUS, "Meridian Vault details for the Oct 14 review",
    "6b0f2d1e-94a7-4c35-b8e2-7f1c0a9d3e58@meridian-data.com", "plain",
    """Hi Marcus,

Here are the Meridian Vault details your infrastructure team asked for ahead of the October 14 review.

Meridian Vault gives you a recovery point objective of 15 minutes. Vault encrypts every backup at rest with AES-256 and keeps backups for 90 days by default.

Your data would live in Vault's Oregon region, with Frankfurt available if your EU subsidiary needs it.

Vault capacity goes up to 500 TB per tenant, comfortably above the 140 TB you're projecting for 2027.

Vault pricing is $20 per TB per month.

Happy to walk through the restore runbook on the call.

Thanks,
Priya

""" + SIG_PRIYA,
    claims=[claim(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault gives you a recovery point objective of 15 minutes."),
            claim(VAULT, "encryption", "AES-256", "ok", "Vault encrypts every backup at rest with AES-256 and keeps backups for 90 days by default."),
            claim(VAULT, "retention", dur(90, "days"), "ok", "Vault encrypts every backup at rest with AES-256 and keeps backups for 90 days by default."),
            claim(VAULT, "data_centers", "Oregon", "ok", "Your data would live in Vault's Oregon region, with Frankfurt available if your EU subsidiary needs it."),
            claim(VAULT, "data_centers", "Frankfurt", "ok", "Your data would live in Vault's Oregon region, with Frankfurt available if your EU subsidiary needs it."),
            claim(VAULT, "max_storage", 500 * TB, "ok", "Vault capacity goes up to 500 TB per tenant"),
            claim(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "Vault pricing is $20 per TB per month.")],
    archive=True, charset="us-ascii", cte="7bit",
    agent="User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.2.3")

# ------------------------------------------------------------------ 0008 london (cross-office with 0007)
msg(8, D("2025-10-20 14:36:05", "+0100"), FIONA, None, TOM, "RE: DR questionnaire - Meridian Vault",
    "LO2P265MB5391F0C8A2E6D4B71A93C5E0D2@LO2P265MB5391.GBRP265.PROD.OUTLOOK.COM", "plain",
    """Hello Tom,

Thanks for sending over the DR questionnaire. Short answers below; the full detail is in the attached service description (v2.1).

Q3 Recovery point: Meridian Vault offers a 5-minute RPO on the standard tier.
Q4 Retention: Meridian Vault keeps 90 days of backups by default, extendable by policy.
Q7 Recovery time: Meridian Vault is back online within 4 hours for a full-tenant restore.
Q9 Pricing: Meridian Vault is £16 per TB per month, excluding VAT.
Q11 Hosting: Meridian Vault is hosted in Frankfurt for UK customers.

Questions 1, 2, 5, 6, 8 and 10 are for your own team to answer; I've left them blank.

Best wishes,
Fiona

""" + SIG_FIONA,
    claims=[claim(VAULT, "rpo", dur(5, "minutes"), "conflict", "Q3 Recovery point: Meridian Vault offers a 5-minute RPO on the standard tier."),
            claim(VAULT, "retention", dur(90, "days"), "ok", "Q4 Retention: Meridian Vault keeps 90 days of backups by default, extendable by policy."),
            claim(VAULT, "rto", dur(4, "hours"), "unverified", "Q7 Recovery time: Meridian Vault is back online within 4 hours for a full-tenant restore."),
            claim(VAULT, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "Q9 Pricing: Meridian Vault is £16 per TB per month, excluding VAT."),
            claim(VAULT, "data_centers", "Frankfurt", "ok", "Q11 Hosting: Meridian Vault is hosted in Frankfurt for UK customers.")],
    archive=True, charset="UTF-8", cte="quoted-printable", crlf=True,
    extra_headers=["In-Reply-To: <PAXP195MB1180B2D7E4C9A0F3D6B1@PAXP195MB1180.EURP195.PROD.OUTLOOK.COM>"],
    agent="X-Mailer: Microsoft Outlook 16.0")

# ------------------------------------------------------------------ 0009 tokyo (Insight GA wrong)
msg(9, D("2025-12-15 17:20:18", "+0900"), SATO, None, OGAWA, "メリディアン インサイトのご案内",
    "b71c44e0-2a9f-4d7b-8c13-20251215172018@jp.meridian-data.com", "plain",
    """芦屋工業株式会社
経営企画部 小川様

お世話になっております。メリディアンデータの佐藤です。
先日は展示会ブースにお立ち寄りいただき、ありがとうございました。

ご関心をお寄せいただいているメリディアン インサイトにつきましては、2026年10月の正式リリースを予定しております。
同製品の正式リリース後の料金は、1ユーザーあたり月額4,000円（税抜）を予定しております。
同製品の無料トライアル期間は14日間です。

御社の2026年度予算に計上いただけるよう、年内にお見積書をお送りいたします。
年末年始は12月27日から1月4日まで休業となりますので、ご了承ください。

""" + SIG_SATO,
    claims=[claim(INSIGHT, "general_availability", "2026-10", "conflict", "ご関心をお寄せいただいているメリディアン インサイトにつきましては、2026年10月の正式リリースを予定しております。"),
            claim(INSIGHT, "per_user_price", jpy(4000, "excluded", "user-month"), "ok", "同製品の正式リリース後の料金は、1ユーザーあたり月額4,000円（税抜）を予定しております。"),
            claim(INSIGHT, "free_trial", dur(14, "days"), "conflict", "同製品の無料トライアル期間は14日間です。")],
    archive=True, charset="ISO-2022-JP", cte="7bit",
    agent="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0")

# ------------------------------------------------------------------ 0010 osaka (Insight GA right; 来期)
msg(10, D("2026-01-09 11:45:00", "+0900"), MATSU, None, FUJII, "【メリディアンデータ】新年のご挨拶とインサイトのご案内",
    "CAM9tVg4+Hn2wJx7Yq1dKs5oEeR=Bf3P@mail.gmail.com", "plain",
    """浪速商事株式会社
情報システム部 藤井様

新年あけましておめでとうございます。
旧年中は格別のお引き立てを賜り、厚く御礼申し上げます。
メリディアンデータ大阪オフィスの松本でございます。

昨年末にお問い合わせいただいた件、ご案内いたします。

メリディアン インサイトの一般提供開始は2027年1月を予定しております。
同製品では1ワークスペースあたり最大200個のダッシュボードを作成できます。
一般提供までの間は、ベータ版を無償でお試しいただけます。

また、ご利用中のメリディアン シンクは、来期（2026年度）より最大1万ユーザーまで対応いたします。
現在の御社のご利用は約3,600名様ですので、グループ会社様の追加も問題ございません。

本年もどうぞよろしくお願い申し上げます。

""" + SIG_MATSU,
    claims=[claim(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月を予定しております。"),
            claim(INSIGHT, "max_dashboards", 200, "ok", "同製品では1ワークスペースあたり最大200個のダッシュボードを作成できます。"),
            claim(SYNC, "max_users", 10000, "ok", "ご利用中のメリディアン シンクは、来期（2026年度）より最大1万ユーザーまで対応いたします。")],
    archive=True, charset="UTF-8", cte="base64")

# ------------------------------------------------------------------ 0011 tokyo (4月から), multipart/alternative
T11 = """山田様

いつもお世話になっております。メリディアンデータの高橋です。

昨年ご案内しておりましたとおり、メリディアン シンクは4月から1テナントあたり最大1万ユーザーまでご利用いただけるようになります。
御社の統合後の約8,000名様でも、1テナントで運用いただけます。

料金は変わらず、メリディアン シンクの月額料金は55,000円（税込）です。
初年度に限り、月額料金から10%のお値引きをご用意しております。
お見積書（MQ-2026-0211）の有効期限は2026年3月31日までとなっておりますので、ご注意ください。

3月上旬に一度、移行スケジュールのお打ち合わせをお願いできれば幸いです。

""" + SIG_TAKA
msg(11, D("2026-02-16 09:58:36", "+0900"), TAKA, None, YAMADA, "メリディアン シンク 4月以降のご利用について",
    "TYCPR01MB8832E1F0B3C7A24D9F6B08E5C1@TYCPR01MB8832.jpnprd01.prod.outlook.com", "alt", T11,
    claims=[claim(SYNC, "max_users", 10000, "ok", "昨年ご案内しておりましたとおり、メリディアン シンクは4月から1テナントあたり最大1万ユーザーまでご利用いただけるようになります。"),
            claim(SYNC, "monthly_price", jpy(55000, "included"), "ok", "料金は変わらず、メリディアン シンクの月額料金は55,000円（税込）です。")],
    archive=True, charset="UTF-8", cte="base64", agent="X-Mailer: Microsoft Outlook 16.0")

# ------------------------------------------------------------------ 0012 tokyo (5,000 right then; looks-different pair with 0013 and 0014)
msg(12, D("2026-03-25 14:11:02", "+0900"), SATO, None, KOBA, "メリディアン シンク・ボールトのお見積り条件",
    "e38d9a5b-10c2-47f6-a0d4-20260325141102@jp.meridian-data.com", "plain",
    """瀬戸内フーズ株式会社
総務部 小林様

お世話になっております。メリディアンデータの佐藤です。
本日はお電話にてありがとうございました。お見積り条件を改めてお送りいたします。

メリディアン シンクは現在、1テナントあたり最大5,000ユーザーまでとなっております。
メリディアン ボールトの容量単価は、1TBあたり月額3,080円（税込）です。

お見積りは御社のご希望に合わせ、2,400名様分・容量30TBで作成いたしました。
来週3月31日（火）のお打ち合わせで、詳細をご説明いたします。

""" + SIG_SATO,
    claims=[claim(SYNC, "max_users", 5000, "ok", "メリディアン シンクは現在、1テナントあたり最大5,000ユーザーまでとなっております。"),
            claim(VAULT, "price_per_tb", jpy(3080, "included", "TB-month"), "ok", "メリディアン ボールトの容量単価は、1TBあたり月額3,080円（税込）です。")],
    archive=True, charset="ISO-2022-JP", cte="7bit",
    agent="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0")

# ------------------------------------------------------------------ 0013 london ("From 1 April", line starts with From)
msg(13, D("2026-04-14 10:30:41", "+0100"), OLIVER, None, RAJ, "Consolidation: one Meridian Sync tenant",
    "1D8E4F27-B6A3-4C09-8F5E-2A7C1B9D0E63@uk.meridian-data.com", "plain",
    """Dear Raj,

Good news on the consolidation question.
From 1 April Meridian Sync supports up to 10,000 users on a single tenant, so Felixstowe, Leeds and the new Ardent sites can share one account.

On analytics: Meridian Insight is still in beta; general availability is planned for January 2027. Once your finance team is ready, we can set up a 30-day free trial of Meridian Insight for them.

The quote I sent on 2 March (ref. MDL-Q-2026-0412) remains valid until 30 April — let me know if you need it reissued.

Kind regards,
Oliver

""" + SIG_OLIVER,
    claims=[claim(SYNC, "max_users", 10000, "ok", "From 1 April Meridian Sync supports up to 10,000 users on a single tenant"),
            claim(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight is still in beta; general availability is planned for January 2027."),
            claim(INSIGHT, "free_trial", dur(30, "days"), "ok", "we can set up a 30-day free trial of Meridian Insight for them.")],
    archive=True, charset="UTF-8", cte="quoted-printable", agent="X-Mailer: Apple Mail (2.3774.500.171.1.1)")

# ------------------------------------------------------------------ 0014 osaka (Shift_JIS; 2,800 税抜 = 3,080 税込; No.1 with note)
msg(14, D("2026-05-07 16:05:59", "+0900"), NAKA, None, NISHI, "メリディアン ボールト 追加容量のお見積り",
    "20260507160559.8F3A2C71D5E4@osaka.jp.meridian-data.com", "plain",
    """関西メディカルサービス株式会社
総務部 西村様

いつもお世話になっております。大阪オフィスの中村でございます。
追加容量のお見積りについて、ご連絡いたします。

メリディアン ボールトの容量単価は1TBあたり月額2,800円（税抜）です。
メリディアン ボールトのRPOは15分、稼働率SLAは99.95%です。

メリディアン ボールトは、国内の中堅企業向けバックアップサービスで導入社数No.1※です。
※2026年2月 関西ITリサーチ調べ（従業員300名以上の企業を対象）

増設分（15TB）は5月20日から課金開始となります。

""" + SIG_NAKA,
    claims=[claim(VAULT, "price_per_tb", jpy(2800, "excluded", "TB-month"), "ok", "メリディアン ボールトの容量単価は1TBあたり月額2,800円（税抜）です。"),
            claim(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分、稼働率SLAは99.95%です。"),
            claim(VAULT, "sla", 99.95, "ok", "メリディアン ボールトのRPOは15分、稼働率SLAは99.95%です。")],
    archive=True, charset="Shift_JIS", cte="base64", agent="X-Mailer: Becky! ver. 2.81.04")

# ------------------------------------------------------------------ 0015 tokyo (stale 5,000 from an old template; old katakana name)
msg(15, D("2026-06-15 10:02:13", "+0900"), SATO, None, TANAKA, "メリディアン シンク 製品概要のご送付",
    "f02a6c9d-5e18-4b3a-9c7d-20260615100213@jp.meridian-data.com", "plain",
    """株式会社みなと物流
情報システム部 田中様

お世話になっております。メリディアンデータの佐藤です。
ご依頼のありました製品概要を、以下にお送りいたします。

メリディアン・ファイルシンク（現メリディアン シンク）は、1テナントあたり最大5,000ユーザーまでご利用いただけます。
メリディアン シンクのSLAは99.9%です。
メリディアン シンクはISO 27001認証を取得しております。

ご不明な点がございましたら、お気軽にお申し付けください。

""" + SIG_SATO,
    claims=[claim(SYNC, "max_users", 5000, "stale", "メリディアン・ファイルシンク（現メリディアン シンク）は、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
            claim(SYNC, "sla", 99.9, "ok", "メリディアン シンクのSLAは99.9%です。"),
            claim(SYNC, "certifications", "ISO 27001", "ok", "メリディアン シンクはISO 27001認証を取得しております。")],
    findings=[term(SYNC, "メリディアン・ファイルシンク（現メリディアン シンク）")],
    archive=True, charset="ISO-2022-JP", cte="7bit",
    agent="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.0")

# ------------------------------------------------------------------ 0016 us-hq (history; cross-office with 0015)
T16 = """Hi Dana,

Good to hear the merger closed. A few notes before the tenant merge.

Meridian Sync supports up to 10,000 users per tenant. Your combined organization of about 6,500 people fits on one tenant with room to spare.

For context: until March 31, 2026, Meridian Sync was capped at 5,000 users per tenant, which is why our 2025 proposal split you across two tenants. Your company used to be about 2,000 employees when we first met, so it has been quite a ride.

Meridian Sync stays at $399 per month per workspace; nothing changes on the billing side.

We'll move your tenant with zero downtime over the July 4 weekend. Release notes are here: https://docs.meridian-data.com/MeridianFileSync/release-notes/3.2

Best,
Jordan

""" + SIG_JORDAN
msg(16, D("2026-06-30 15:12:48", "-0700"), JORDAN, None, DANA, "Brightwater tenant merge: next steps",
    "CAJ7qZk3eR8s=Tn4Wm2Lq9XbV0@mail.gmail.com", "alt", T16,
    claims=[claim(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant."),
            claim(SYNC, "max_users", 5000, "ok", "until March 31, 2026, Meridian Sync was capped at 5,000 users per tenant"),
            claim(SYNC, "monthly_price", usd(399), "ok", "Meridian Sync stays at $399 per month per workspace")],
    findings=[phrase("en.guarantee", "We'll move your tenant with zero downtime over the July 4 weekend.")],
    archive=True, charset="UTF-8", cte="quoted-printable")

# ------------------------------------------------------------------ 0017 osaka (令和8年, 来年1月) UTF-8 8bit
msg(17, D("2026-08-04 18:26:33", "+0900"), MATSU, None, FUJII, "Re: ユーザー追加とインサイトの件",
    "7c4e1b90-3d2f-4a8e-b5c6-0e9f2a1d7b43@osaka.jp.meridian-data.com", "plain",
    """藤井様

いつもお世話になっております。大阪オフィスの松本です。

令和8年4月1日より、メリディアン シンクの1テナントあたりの上限は1万名に拡大しております。
グループ会社様のアカウント追加は、管理画面からそのまま行っていただけます。

メリディアン インサイトは、来年1月に一般提供を開始する予定です。
メリディアン インサイトは業界初のAI自動要約機能を搭載しております。
同製品は30日間の無料トライアルをご利用いただけますので、ぜひお試しください。

お盆期間（8月13日から16日）は休業となります。

""" + SIG_MATSU,
    claims=[claim(SYNC, "max_users", 10000, "ok", "令和8年4月1日より、メリディアン シンクの1テナントあたりの上限は1万名に拡大しております。"),
            claim(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは、来年1月に一般提供を開始する予定です。"),
            claim(INSIGHT, "free_trial", dur(30, "days"), "ok", "同製品は30日間の無料トライアルをご利用いただけますので、ぜひお試しください。")],
    findings=[phrase("ja.first-in-industry", "メリディアン インサイトは業界初のAI自動要約機能を搭載しております。")],
    archive=True, charset="UTF-8", cte="8bit",
    extra_headers=["In-Reply-To: <TY4PR01MB9920D1E2C3B4A5F6@TY4PR01MB9920.jpnprd01.prod.outlook.com>"],
    agent="User-Agent: Mozilla Thunderbird")

# ------------------------------------------------------------------ 0018 london, interleaved reply quoting a customer
CUST30 = "Our Tokyo colleagues were told that Meridian Vault keeps backups for 30 days by default."
msg(18, D("2026-09-14 09:41:17", "+0100"), FIONA, None, TOM, "Re: Vault questions from our DPO",
    "CAH3nF0p=Xw9Lk2Qe7Rv1Ts8YbM4Jd@mail.gmail.com", "plain",
    """Hi Tom,

Answers inline below.

On Thu, 10 Sept 2026 at 16:02, Tom Whitaker <tom.whitaker@penninewater.co.uk> wrote:
> """ + CUST30 + """ Is that right for the UK contract too?

No: Meridian Vault keeps backups for 90 days by default, in every region.

> Also, is there a London data centre? Our DPO would prefer UK residency.

Meridian Vault is hosted in Frankfurt for UK and EU customers; there is no London data centre.

> And will the price still be £16/TB after the April price review?

Yes. Meridian Vault stays at £16 per TB per month after April 2027; the price review did not touch it.

Best wishes,
Fiona

""" + SIG_FIONA,
    claims=[claim(VAULT, "retention", dur(30, "days"), "conflict", CUST30, quoted=True, office_="unknown"),
            claim(VAULT, "retention", dur(90, "days"), "ok", "No: Meridian Vault keeps backups for 90 days by default, in every region."),
            claim(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault is hosted in Frankfurt for UK and EU customers; there is no London data centre."),
            claim(VAULT, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault stays at £16 per TB per month after April 2027")],
    archive=True, charset="UTF-8", cte="quoted-printable",
    extra_headers=["In-Reply-To: <CAPw2Tq8=bN5xZr0Hv6Ye3Ls9Kd1Mf@mail.gmail.com>",
                   "References: <CAPw2Tq8=bN5xZr0Hv6Ye3Ls9Kd1Mf@mail.gmail.com>"])

# ------------------------------------------------------------------ 0019 us-hq multipart/alternative (Insight)
T19 = """Hi Dana,

Following up on the analytics pilot for Brightwater's finance group.

Meridian Insight is in beta today and will be generally available in January 2027.
Meridian Insight is $30 per user per month at GA.
Every Meridian Insight pilot starts with a 30-day free trial.
Meridian Insight queries return in under 2 seconds on a 100M-row workspace.
Meridian Insight connects to more than 40 data sources out of the box.
Meridian Insight includes unlimited scheduled exports.

The pilot would cover the 45 analysts on your list. This proposal is valid until December 31, 2026.

Priya

""" + SIG_PRIYA
msg(19, D("2026-10-06 11:03:22", "-0700"), PRIYA, None, DANA, "Meridian Insight pilot for Brightwater finance",
    "0100019a3f2c7e1b-5d8a4c2e-77f1-4b0e-a9d3-6c2e1f0b8a47-000000@email.meridian-data.com", "alt", T19,
    claims=[claim(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight is in beta today and will be generally available in January 2027."),
            claim(INSIGHT, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month at GA."),
            claim(INSIGHT, "free_trial", dur(30, "days"), "ok", "Every Meridian Insight pilot starts with a 30-day free trial."),
            claim(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries return in under 2 seconds on a 100M-row workspace."),
            claim(INSIGHT, "integrations", 40, "unverified", "Meridian Insight connects to more than 40 data sources out of the box.")],
    findings=[phrase("en.unlimited", "Meridian Insight includes unlimited scheduled exports.")],
    archive=True, charset="UTF-8", cte="quoted-printable")

# ------------------------------------------------------------------ 0020 tokyo (2026年度価格表; 2027年4月より改定予定; 最安)
msg(20, D("2026-11-05 13:37:50", "+0900"), TAKA, None, KOBA, "メリディアン ボールト 容量単価について",
    "TYCPR01MB8832A7B6C5D4E3F2A1B0C9D8E7@TYCPR01MB8832.jpnprd01.prod.outlook.com", "plain",
    """小林様

お世話になっております。メリディアンデータの高橋です。
先日お問い合わせいただいた容量単価について、回答いたします。

2026年度の価格表に基づき、メリディアン ボールトは1TBあたり月額2,800円（税抜）でご提供しております。
なお、2027年4月より、メリディアン ボールトの容量単価は1TBあたり月額3,000円（税抜）に改定される予定です。
メリディアン ボールトは業界最安水準の容量単価でご提供しております。

ご契約の更新は2027年3月末ですので、ご検討のご参考になれば幸いです。

""" + SIG_TAKA,
    claims=[claim(VAULT, "price_per_tb", jpy(2800, "excluded", "TB-month"), "ok", "2026年度の価格表に基づき、メリディアン ボールトは1TBあたり月額2,800円（税抜）でご提供しております。"),
            claim(VAULT, "price_per_tb", jpy(3000, "excluded", "TB-month"), "conflict", "なお、2027年4月より、メリディアン ボールトの容量単価は1TBあたり月額3,000円（税抜）に改定される予定です。")],
    findings=[phrase("ja.cheapest", "メリディアン ボールトは業界最安水準の容量単価でご提供しております。")],
    archive=True, charset="ISO-2022-JP", cte="7bit", crlf=True, agent="X-Mailer: Microsoft Outlook 16.0")

# ------------------------------------------------------------------ 0021 us-hq forwarding a tokyo message (Gmail forward marker)
FWD_TOKYO_1 = "メリディアン シンクは現在、1テナントあたり最大5,000ユーザーまでご利用いただけます。"
FWD_TOKYO_2 = "同製品は2026年4月以降、最大1万ユーザーまで拡張予定です。"
FWD_TOKYO_3 = "メリディアン シンクの日本での月額料金は50,000円（税抜）です。"
msg(21, D("2026-01-20 08:55:14", "-0800"), JORDAN, None, DANA, "Fwd: Brightwater Japan rollout",
    "CAJ7qZk0pW4n=Ht6Ux1Ma8ZcQ3@mail.gmail.com", "plain",
    """Dana,

Forwarding the note from my Tokyo colleague Misaki on the Japan subsidiary rollout; she can handle the local contract in yen. For the US entity, Meridian Sync stays at $399 per month.

Jordan

---------- Forwarded message ---------
From: 佐藤 美咲 <misaki.sato@jp.meridian-data.com>
Date: Mon, Jan 19, 2026 at 5:42 PM
Subject: Brightwater Japan rollout
To: Jordan Ellis <jordan.ellis@meridian-data.com>


Jordanさん

お疲れさまです。東京の佐藤です。
ブライトウォーター日本法人の件、概要をまとめました。

""" + FWD_TOKYO_1 + "\n" + FWD_TOKYO_2 + "\n" + FWD_TOKYO_3 + """
日本法人の利用者は約420名です。

佐藤
""",
    claims=[claim(SYNC, "monthly_price", usd(399), "ok", "For the US entity, Meridian Sync stays at $399 per month."),
            claim(SYNC, "max_users", 5000, "ok", FWD_TOKYO_1, quoted=True, office_="tokyo"),
            claim(SYNC, "max_users", 10000, "ok", FWD_TOKYO_2, quoted=True, office_="tokyo"),
            claim(SYNC, "monthly_price", jpy(50000, "excluded"), "ok", FWD_TOKYO_3, quoted=True, office_="tokyo")],
    charset="UTF-8", cte="base64")

# ------------------------------------------------------------------ 0022 osaka with an attached us-hq message (message/rfc822)
INNER = "\n".join([
    "Return-Path: <priya.raman@meridian-data.com>",
    "From: Priya Raman <priya.raman@meridian-data.com>",
    "To: =?UTF-8?B?5p2+5pysIOW9qQ==?= <aya.matsumoto@osaka.jp.meridian-data.com>",
    "Subject: Re: Insight limits for Naniwa Shoji",
    "Date: Mon, 20 Jul 2026 17:14:05 -0700",
    "Message-ID: <c2d9e4f1-6a3b-4e7c-9d05-8b1f3a2e6c70@meridian-data.com>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=\"us-ascii\"",
    "Content-Transfer-Encoding: 7bit",
    "",
    "Hi Aya,",
    "",
    "Answers for Naniwa Shoji:",
    "",
    "Meridian Insight supports up to 200 dashboards per workspace.",
    "Meridian Insight query latency stays within 2 seconds at p95.",
    "Meridian Insight is available in 9 UI languages, including Japanese.",
    "",
    "Cheers,",
    "Priya",
    "",
])
T22 = """藤井様

お世話になっております。大阪オフィスの松本です。
先日のご質問について、米国本社の担当者からの回答を添付にてお送りいたします。

なお、メリディアン インサイトの料金は、1ユーザーあたり月額4,400円（税込）でございます。

ご確認のほど、よろしくお願いいたします。

""" + SIG_MATSU
msg(22, D("2026-07-21 10:20:09", "+0900"), MATSU, None, FUJII, "メリディアン インサイトに関するご質問への回答（米国本社より）",
    "9a1f7c3e-4b2d-4e8a-b6c0-d5e2f1a09b38@osaka.jp.meridian-data.com", "rfc822", T22,
    claims=[claim(INSIGHT, "per_user_price", jpy(4400, "included", "user-month"), "ok", "なお、メリディアン インサイトの料金は、1ユーザーあたり月額4,400円（税込）でございます。"),
            claim(INSIGHT, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace.", quoted=True, office_="us-hq"),
            claim(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight query latency stays within 2 seconds at p95.", quoted=True, office_="us-hq"),
            claim(INSIGHT, "ui_languages", 9, "unverified", "Meridian Insight is available in 9 UI languages, including Japanese.", quoted=True, office_="us-hq")],
    charset="UTF-8", cte="base64", inner=INNER, agent="User-Agent: Mozilla Thunderbird")

# ------------------------------------------------------------------ 0023 unreadable (a gzip blob saved as .eml)
msg(23, None, None, None, None, None, None, "raw", None,
    findings=[{"kind": "unreadable", "rule": None, "product": None, "quoted": False,
               "text": "not an RFC 5322 message: the file is gzip-compressed binary data"}])


# ---------------------------------------------------------------- building messages
def build(m):
    if m["kind"] == "raw":
        payload = ("From: someone@example.invalid\nSubject: archived export\n\n" + "x" * 200).encode()
        return gzip.compress(payload, mtime=0)
    name, a = m["frm"]
    cs = m["charset"]
    hcs, hcodec = (cs, CODECS[cs]) if cs != "us-ascii" else ("UTF-8", "utf-8")
    H = []
    if m["agent"] and m["agent"].startswith("X-Mailer: Becky"):
        H.append("Return-Path: <%s>" % a)
    H.append("From: " + addr(name, a, hcs, hcodec))
    tname, ta = m["to"]
    H.append("To: " + addr(tname, ta, hcs, hcodec))
    H.append("Subject: " + encword(m["subject"], hcs, hcodec))
    H.append("Date: " + email.utils.format_datetime(m["date"]))
    H.append("Message-ID: <%s>" % m["mid"])
    H += m["extra"]
    if m["agent"]:
        H.append(m["agent"])
    H.append("MIME-Version: 1.0")
    if m["kind"] == "plain":
        extra = "; format=flowed" if "Thunderbird" in (m["agent"] or "") and cs == "us-ascii" else ""
        body = text_part(m["text"], cs, m["cte"], extra=extra)
    elif m["kind"] == "alt":
        b = "00000000000059c3b0%04d06f5a2e1b7" % m["n"]
        htmlt = to_html(m["text"])
        body = ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\n%s\n--%s\n%s\n--%s--\n"
                % (b, b, text_part(m["text"], cs, m["cte"]), b, text_part(htmlt, cs, m["cte"], "html"), b))
    elif m["kind"] == "rfc822":
        b = "------------Xq7bN2dK0pW9sE3vL5tR%04d" % m["n"]
        body = ("Content-Type: multipart/mixed; boundary=\"%s\"\n\nThis is a multi-part message in MIME format.\n"
                "--%s\n%s\n--%s\nContent-Type: message/rfc822; name=\"Re_ Insight limits for Naniwa Shoji.eml\"\n"
                "Content-Disposition: attachment; filename=\"Re_ Insight limits for Naniwa Shoji.eml\"\n\n%s\n--%s--\n"
                % (b, b, text_part(m["text"], cs, m["cte"]), b, m["inner"], b))
    else:
        raise ValueError(m["kind"])
    out = "\n".join(H) + "\n" + body
    if m["crlf"]:
        out = out.replace("\n", "\r\n")
    return out.encode("latin-1")


def decoded_texts(m):
    t = [m["text"]]
    if m["inner"]:
        t.append(m["inner"])
    return "\n".join(t)


def mboxrd(messages):
    out = []
    for m, raw in messages:
        text = raw.replace(b"\r\n", b"\n")
        lines = text.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        esc = [b">" + l if re.match(rb"^>*From ", l) else l for l in lines]
        utc = m["date"].astimezone(dt.timezone.utc)
        out.append(b"From " + m["frm"][1].encode() + b" " + utc.strftime("%a %b %d %H:%M:%S %Y").encode() + b"\n")
        out.append(b"\n".join(esc) + b"\n\n")
    return b"".join(out)


# ---------------------------------------------------------------- documents
def doc(path, office_, content, claims=(), findings=(), check_text=None):
    DOCS.append(dict(path=path, office=office_, content=content, claims=list(claims), findings=list(findings),
                     check=check_text if check_text is not None else content))


D1 = """# メリディアン シンク 導入ご提案書

株式会社みなと物流 御中
2026年11月20日 メリディアンデータ株式会社 東京オフィス 営業部

## 1. ご提案の背景

御社では2027年度に首都圏3拠点の統合を予定されており、現在約1,200名様でご利用中のファイル共有環境を、統合後の約4,500名様規模へ拡張する必要がございます。
本書では、2027年4月の本稼働を想定した構成とお見積りをご提案いたします。

## 2. メリディアン シンクの主な仕様

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | 1テナントあたり1万ユーザー |
| ストレージ容量 | 1ユーザーあたり1TB |
| 稼働率SLA | 99.9% |
| 対応OS | Windows、macOS、iOS、Android |
| 第三者認証 | ISO 27001、SOC 2 Type II |
| オフライン利用 | 非対応（常時接続が必要です） |

なお、2026年3月までのメリディアン シンクの上限は5,000ユーザーでした。

## 3. 製品ロードマップ（2027年度以降）

メリディアン シンクは、2027年度より1テナントあたり最大2万ユーザーへの拡張を計画しております。
メリディアン インサイトは2027年1月に一般提供を開始する予定です。

## 4. お見積り

表1 お見積り明細（金額はすべて税抜）

| 品目 | 単価 | 数量 | 小計 |
|---|---|---|---|
| メリディアン シンク 月額基本料金 | 50,000円/月 | 12か月 | 600,000円 |
| メリディアン ボールト 容量課金 | 2,800円/TB・月 | 20TB × 12か月 | 672,000円 |

本見積の有効期限：2026年12月25日
お支払条件：月末締め翌月末払い
"""
T = "docs/tokyo/minato-logistics-sync-proposal.md"
doc(T, "tokyo", D1, claims=[
    claim(SYNC, "max_users", 10000, "ok", "| 最大ユーザー数 | 1テナントあたり1万ユーザー |"),
    claim(SYNC, "storage_per_user", 1 * TB, "ok", "| ストレージ容量 | 1ユーザーあたり1TB |"),
    claim(SYNC, "sla", 99.9, "ok", "| 稼働率SLA | 99.9% |"),
    claim(SYNC, "supported_platforms", "Windows", "ok", "| 対応OS | Windows、macOS、iOS、Android |"),
    claim(SYNC, "supported_platforms", "macOS", "ok", "| 対応OS | Windows、macOS、iOS、Android |"),
    claim(SYNC, "supported_platforms", "iOS", "ok", "| 対応OS | Windows、macOS、iOS、Android |"),
    claim(SYNC, "supported_platforms", "Android", "ok", "| 対応OS | Windows、macOS、iOS、Android |"),
    claim(SYNC, "certifications", "ISO 27001", "ok", "| 第三者認証 | ISO 27001、SOC 2 Type II |"),
    claim(SYNC, "certifications", "SOC 2 Type II", "ok", "| 第三者認証 | ISO 27001、SOC 2 Type II |"),
    claim(SYNC, "offline_mode", False, "ok", "| オフライン利用 | 非対応（常時接続が必要です） |"),
    claim(SYNC, "max_users", 5000, "ok", "なお、2026年3月までのメリディアン シンクの上限は5,000ユーザーでした。"),
    claim(SYNC, "max_users", 20000, "conflict", "メリディアン シンクは、2027年度より1テナントあたり最大2万ユーザーへの拡張を計画しております。"),
    claim(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始する予定です。"),
    claim(SYNC, "monthly_price", jpy(50000, "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円/月 | 12か月 | 600,000円 |"),
    claim(VAULT, "price_per_tb", jpy(2800, "excluded", "TB-month"), "ok", "| メリディアン ボールト 容量課金 | 2,800円/TB・月 | 20TB × 12か月 | 672,000円 |"),
])

D2 = """メリディアン ボールト バックアップ基盤ご提案書
令和8年11月18日
メリディアンデータ株式会社 大阪オフィス

関西メディカルサービス株式会社 御中

1. 製品概要（メリディアン ボールト）
  ・RPO（目標復旧時点）：15分
  ・標準保持期間：90日間
  ・暗号化方式：AES-256
  ・データセンター：東京・大阪
  ・1テナントあたりの最大容量：500TB
  ・稼働率SLA：99.95%
  ・目標復旧時間（RTO）：4時間

2. 費用（税込表示）
  ・メリディアン ボールト 容量単価：1TBあたり月額3,080円（税込）
  ・メリディアン インサイト（オプション）：1ユーザーあたり月額4,000円（税込）
  ・初期設定費用：お見積り対象外（無償）

3. 補足
  メリディアン シンクの1テナントあたりの上限は、2025年度までは5,000ユーザー、2026年度からは1万ユーザーとなっております。
  電子カルテ系システムのバックアップ対象は約62TBを想定しております。

4. スケジュール
  令和9年1月 本番稼働予定
  令和8年12月 検証環境構築
"""
O = "docs/osaka/kansai-medical-vault-teian.txt"
doc(O, "osaka", D2, claims=[
    claim(VAULT, "rpo", dur(15, "minutes"), "ok", "・RPO（目標復旧時点）：15分"),
    claim(VAULT, "retention", dur(90, "days"), "ok", "・標準保持期間：90日間"),
    claim(VAULT, "encryption", "AES-256", "ok", "・暗号化方式：AES-256"),
    claim(VAULT, "data_centers", "Tokyo", "ok", "・データセンター：東京・大阪"),
    claim(VAULT, "data_centers", "Osaka", "ok", "・データセンター：東京・大阪"),
    claim(VAULT, "max_storage", 500 * TB, "ok", "・1テナントあたりの最大容量：500TB"),
    claim(VAULT, "sla", 99.95, "ok", "・稼働率SLA：99.95%"),
    claim(VAULT, "rto", dur(4, "hours"), "unverified", "・目標復旧時間（RTO）：4時間"),
    claim(VAULT, "price_per_tb", jpy(3080, "included", "TB-month"), "ok", "・メリディアン ボールト 容量単価：1TBあたり月額3,080円（税込）"),
    claim(INSIGHT, "per_user_price", jpy(4000, "included", "user-month"), "conflict", "・メリディアン インサイト（オプション）：1ユーザーあたり月額4,000円（税込）"),
    claim(SYNC, "max_users", 5000, "ok", "メリディアン シンクの1テナントあたりの上限は、2025年度までは5,000ユーザー、2026年度からは1万ユーザーとなっております。"),
    claim(SYNC, "max_users", 10000, "ok", "メリディアン シンクの1テナントあたりの上限は、2025年度までは5,000ユーザー、2026年度からは1万ユーザーとなっております。"),
])

# an ignored draft: wrong on purpose, must produce nothing (.onevoice.yaml ignores **/drafts/**)
DRAFT = """メリディアン・ファイルシンク ご提案書（旧版・下書き）
2025年2月

・メリディアン シンクは最大5,000ユーザー、月額45,000円（税抜）でご利用いただけます。
・メリディアン ボールトは業界No.1のバックアップサービスです。
"""

D3 = """# Analytics Proposal: Meridian Insight for Brightwater Health

Prepared by Meridian Data Inc. for Brightwater Health, November 2026. This proposal is valid until January 31, 2027.

## Where the product stands

Meridian Insight is in public beta today and becomes generally available in January 2027.
Brightwater's pilot would begin on December 1, 2026, with a 30-day free trial of Meridian Insight for the finance group.
Meridian Insight has industry-leading query speed[^1], and its queries return within 2 seconds at p95 on workspaces of up to 100 million rows.
Meridian Insight supports up to 200 dashboards per workspace.
Meridian Insight is SOC 2 Type II certified.

## Pricing

| Item | Unit price | Qty |
|---|---|---|
| Meridian Insight | $30 per user per month | 250 |
| Meridian Vault (imaging archive) | $20 per TB per month | 40 |

## Background

When Brightwater first looked at Meridian Sync in 2025, it supported up to 5,000 users per tenant, so we proposed two tenants. Since April 2026 Meridian Sync supports up to 10,000 users per tenant, and the two tenants were merged in July.

[^1]: Source: Corvid Analytics BI Benchmark, Q3 2026 (p95, 100M-row workspace).
"""
U = "docs/us-hq/brightwater-insight-proposal.md"
doc(U, "us-hq", D3, claims=[
    claim(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight is in public beta today and becomes generally available in January 2027."),
    claim(INSIGHT, "free_trial", dur(30, "days"), "ok", "with a 30-day free trial of Meridian Insight for the finance group."),
    claim(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "its queries return within 2 seconds at p95"),
    claim(INSIGHT, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
    claim(INSIGHT, "certifications", "SOC 2 Type II", "unverified", "Meridian Insight is SOC 2 Type II certified."),
    claim(INSIGHT, "per_user_price", usd(30, "user-month"), "ok", "| Meridian Insight | $30 per user per month | 250 |"),
    claim(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "| Meridian Vault (imaging archive) | $20 per TB per month | 40 |"),
    claim(SYNC, "max_users", 5000, "ok", "When Brightwater first looked at Meridian Sync in 2025, it supported up to 5,000 users per tenant"),
    claim(SYNC, "max_users", 10000, "ok", "Since April 2026 Meridian Sync supports up to 10,000 users per tenant"),
])

D4 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meridian Vault: backup proposal for Pennine Water</title>
</head>
<body>
<h1>Meridian Vault: backup proposal for Pennine Water</h1>
<p>Prepared by Meridian Data Ltd, 16 November 2026. All prices exclude VAT and are valid until 31 March 2027.</p>

<h2>Service summary</h2>
<table>
<caption>Meridian Vault service levels</caption>
<tr><th>Item</th><th>Commitment</th></tr>
<tr><td>Recovery point objective (RPO)</td><td>15 minutes</td></tr>
<tr><td>Default retention</td><td>90 days</td></tr>
<tr><td>Availability SLA</td><td>99.95%</td></tr>
<tr><td>Hosting</td><td>Frankfurt data centre</td></tr>
<tr><td>Storage price</td><td>&pound;16 per TB per month</td></tr>
<tr><td>Recovery time objective (RTO)</td><td>4 hours</td></tr>
</table>

<h2>Your existing estate</h2>
<p>Pennine Water&rsquo;s corporate file sharing already runs on Meridian Sync, which supports up to 5,000 users per tenant, so the Vault rollout does not change your licensing.</p>

<h2>Roadmap</h2>
<p>Meridian Insight is scheduled for general availability in January 2027.</p>
<p>From April 2027, Meridian Vault&rsquo;s per-tenant capacity will rise to 1 PB.</p>

<h2>Why Meridian Vault</h2>
<p>With Meridian Vault your backups are 100% secure, and restores are tested with your team every quarter.</p>
<p>Contact: Fiona McLeod, Solutions Architect, +44 20 7946 0388.</p>
</body>
</html>
"""
L = "docs/london/pennine-water-vault-proposal.html"
L_TEXT = html.unescape(re.sub(r"<[^>]+>", " ", D4))
doc(L, "london", D4, check_text=L_TEXT, claims=[
    claim(VAULT, "rpo", dur(15, "minutes"), "ok", "Recovery point objective (RPO) 15 minutes"),
    claim(VAULT, "retention", dur(90, "days"), "ok", "Default retention 90 days"),
    claim(VAULT, "sla", 99.95, "ok", "Availability SLA 99.95%"),
    claim(VAULT, "data_centers", "Frankfurt", "ok", "Hosting Frankfurt data centre"),
    claim(VAULT, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "Storage price £16 per TB per month"),
    claim(VAULT, "rto", dur(4, "hours"), "unverified", "Recovery time objective (RTO) 4 hours"),
    claim(SYNC, "max_users", 5000, "stale", "already runs on Meridian Sync, which supports up to 5,000 users per tenant"),
    claim(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight is scheduled for general availability in January 2027."),
    claim(VAULT, "max_storage", 10 ** 15, "conflict", "From April 2027, Meridian Vault’s per-tenant capacity will rise to 1 PB."),
], findings=[phrase("en.guarantee", "With Meridian Vault your backups are 100% secure")])


# ---------------------------------------------------------------- cross-office (computed, then asserted)
def comparable(a, b):
    va, vb = a["value"], b["value"]
    if isinstance(va, dict) and "currency" in va:
        if va["currency"] != vb["currency"] or va["per"] != vb["per"]:
            return None
        norm = lambda v: v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
        return abs(norm(va) - norm(vb)) < 0.5
    if isinstance(va, dict) and "unit" in va:
        sec = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}
        return va["amount"] * sec[va["unit"]] == vb["amount"] * sec[vb["unit"]]
    return va == vb


SET_ATTRS = {"data_centers", "encryption", "certifications", "supported_platforms"}


def cross_office(archive_claims):
    cases = {}
    cl = [c for c in archive_claims if c["office"] != "unknown" and c["attribute"] not in SET_ATTRS]
    for i, a in enumerate(cl):
        for b in cl[i + 1:]:
            if a["office"] == b["office"] or (a["product"], a["attribute"]) != (b["product"], b["attribute"]):
                continue
            if abs((a["date"] - b["date"]).days) > 45:
                continue
            same = comparable(a, b)
            if same is None or same:
                continue
            if a["verdict"] == "ok" and b["verdict"] == "ok":
                continue        # each right at its own date (or period)
            key = (a["product"], a["attribute"], tuple(sorted({a["office"], b["office"]})))
            cases.setdefault(key, []).append((a, b))
    return cases


# ---------------------------------------------------------------- write
def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    expected, archived, archive_claims = [], [], []
    for m in MESSAGES:
        raw = build(m)
        fn = "mail/%04d.eml" % m["n"]
        with open(os.path.join(ROOT, fn), "wb") as fh:
            fh.write(raw)
        m["file"] = fn
        if m["kind"] != "raw":
            full = decoded_texts(m)
            for c in m["claims"] + m["findings"]:
                assert c["text"] in full, (fn, c["text"])
            # a crude check that the encoded body round-trips: each claim excerpt line decodes back
            raw.decode("latin-1")
        if m["archive"]:
            archived.append((m, raw))
    for m in MESSAGES:
        asof = m["date"].date().isoformat() if m["date"] else None
        sender = office(m["frm"][1]) if m["frm"] else "unknown"
        mid = m["mid"]
        files = [m["file"]] + (["mail/archive.mbox"] if m["archive"] else [])
        for f in files:
            for c in m["claims"]:
                expected.append({"type": "claim", "file": f, "message_id": mid, "product": c["product"],
                                 "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                                 "quoted": c["quoted"], "office": c["office"] or sender, "as_of": asof,
                                 "text": c["text"]})
            for x in m["findings"]:
                expected.append({"type": "finding", "file": f, "message_id": mid, "kind": x["kind"],
                                 "rule": x["rule"], "product": x["product"], "quoted": x["quoted"], "text": x["text"]})
        if m["archive"]:
            for c in m["claims"]:
                archive_claims.append(dict(c, office=c["office"] or sender, date=m["date"].date(), file=m["file"]))
    archived.sort(key=lambda t: t[0]["date"])
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        fh.write(mboxrd(archived))

    for d in DOCS:
        p = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["content"])
        norm = " ".join(d["check"].split())
        for c in d["claims"] + d["findings"]:
            assert " ".join(c["text"].split()) in norm, (d["path"], c["text"])
            if c.get("type") is None and "verdict" in c:
                expected.append({"type": "claim", "file": d["path"], "message_id": None, "product": c["product"],
                                 "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                                 "quoted": False, "office": d["office"], "as_of": DOCS_AS_OF, "text": c["text"]})
            else:
                expected.append({"type": "finding", "file": d["path"], "message_id": None, "kind": c["kind"],
                                 "rule": c["rule"], "product": c["product"], "quoted": False, "text": c["text"]})
    dp = os.path.join(ROOT, "docs/osaka/drafts/kansai-medical-teian-2025-draft.txt")
    os.makedirs(os.path.dirname(dp), exist_ok=True)
    with open(dp, "w", encoding="utf-8") as fh:
        fh.write(DRAFT)

    cases = cross_office(archive_claims)
    intended = {(VAULT, "rpo", ("london", "us-hq")),
                (INSIGHT, "general_availability", ("osaka", "tokyo")),
                (SYNC, "max_users", ("tokyo", "us-hq"))}
    assert set(cases) == intended, sorted(cases)
    for (prod, attr, offs), pairs in sorted(cases.items()):
        files, values = set(), {}
        for a, b in pairs:
            for c in (a, b):
                files.add(c["file"])
                values.setdefault(c["office"], c["value"])
        expected.append({"type": "cross-office", "product": prod, "attribute": attr, "offices": list(offs),
                         "file": "mail/archive.mbox", "message_files": sorted(files), "values": values})

    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for probe set 17 (SPEC section 6).
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
""")
    kinds = {}
    for e in expected:
        k = e["type"] if e["type"] != "claim" else "claim:" + e["verdict"]
        if e["type"] == "finding":
            k = "finding:" + e["kind"]
        kinds[k] = kinds.get(k, 0) + 1
    print(json.dumps(kinds, sort_keys=True))
    print("cross-office:", sorted(cases))


if __name__ == "__main__":
    main()
