#!/usr/bin/env python3
"""Generate probe set 4 for onevoice (see ../README.md and LABELS.md).

    python3 gen/generate.py            # from the set folder, or from anywhere

Writes mail/NNNN.eml, mail/archive.mbox, docs/<office>/..., .onevoice.yaml,
README.md and expected.jsonl next to this folder. Deterministic: no clocks, no
randomness. Before writing expected.jsonl it checks that

  * every `text` excerpt occurs in the decoded text of its file or message;
  * every hand-given verdict agrees with an independent judge written from
    FACTS.md (validity windows, tax, office currencies, bounds, sets);
  * the phrase patterns of rules/phrases fire exactly where a phrase finding
    is labelled (a re-implementation of the rules, for catching slips);

and it computes the cross-office lines from the archive's claims.
Stdlib only.
"""
import base64, datetime as dt, gzip, html, json, os, quopri, re, sys, unicodedata
import email
from email import policy
from email.header import Header
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"
WINDOW_DAYS = 45

P = {"S": "meridian-sync", "V": "meridian-vault", "I": "meridian-insight"}


# ====================================================================== values
def M(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def D(amount, unit):
    return {"amount": amount, "unit": unit}


def R(mn, mx, unit):
    return {"min": mn, "max": mx, "unit": unit}


def TB(x):
    return int(round(x * 10 ** 12))


def GB(x):
    return int(round(x * 10 ** 9))


def GiB(x):
    return int(x * 2 ** 30)


def TiB(x):
    return int(x * 2 ** 40)


def C(prod, attr, value, verdict, text, quoted=False, office=None, as_of=None):
    """One claim line (office None: the sender's / the folder's office)."""
    return {"kind": "claim", "product": P[prod], "attribute": attr, "value": value, "verdict": verdict,
            "text": text, "quoted": quoted, "office": office, "as_of": as_of}


def PH(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "text": text, "quoted": quoted}


def TERM(prod, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": P[prod], "text": text, "quoted": quoted}


# ====================================================================== the judge (from FACTS.md)
SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "months": 30 * 86400}
SETS = {
    ("meridian-sync", "certifications"): {"ISO 27001", "SOC 2 Type II"},
    ("meridian-sync", "supported_platforms"): {"Windows", "macOS", "iOS", "Android"},
    ("meridian-vault", "data_centers"): {"Tokyo", "Osaka", "Oregon", "Frankfurt"},
    ("meridian-vault", "encryption"): {"AES-256"},
}
# (value normalised, bound, valid from, valid until)
SCALARS = {
    ("meridian-sync", "max_users"): [(10000, "max", "2026-04-01", None), (5000, "max", None, "2026-03-31")],
    ("meridian-sync", "storage_per_user"): [(TB(1), None, None, None)],
    ("meridian-sync", "sla"): [(99.9, None, None, None)],
    ("meridian-sync", "offline_mode"): [(False, None, None, None)],
    ("meridian-vault", "rpo"): [(15 * 60, "max", None, None)],
    ("meridian-vault", "retention"): [(90 * 86400, None, None, None)],
    ("meridian-vault", "sla"): [(99.95, None, None, None)],
    ("meridian-vault", "max_storage"): [(TB(500), "max", None, None)],
    ("meridian-insight", "general_availability"): [("2027-01", None, None, None)],
    ("meridian-insight", "query_latency"): [(2, "max", None, None)],
    ("meridian-insight", "free_trial"): [(30 * 86400, None, None, None)],
    ("meridian-insight", "max_dashboards"): [(200, "max", None, None)],
}
JP = ("tokyo", "osaka")
MONEY = {
    ("meridian-sync", "monthly_price"): {"tokyo": ("JPY", 50000, "month"), "osaka": ("JPY", 50000, "month"),
                                         "us-hq": ("USD", 399, "month"), "london": ("GBP", 329, "month")},
    ("meridian-vault", "price_per_tb"): {"tokyo": ("JPY", 2800, "TB-month"), "osaka": ("JPY", 2800, "TB-month"),
                                        "us-hq": ("USD", 20, "TB-month"), "london": ("GBP", 16, "TB-month")},
    ("meridian-insight", "per_user_price"): {"tokyo": ("JPY", 4000, "user-month"), "osaka": ("JPY", 4000, "user-month"),
                                             "us-hq": ("USD", 30, "user-month"), "london": ("GBP", 25, "user-month")},
}
DECLARED = {"max_users", "max_dashboards", "integrations", "ui_languages", "api_rate_limit", "max_devices", "sla",
            "monthly_price", "price_per_tb", "per_user_price", "rpo", "rto", "retention", "query_latency",
            "free_trial", "support_response_time", "storage_per_user", "max_storage", "max_file_size",
            "general_availability", "offline_mode", "certifications", "supported_platforms", "data_centers",
            "encryption"}


def norm(v):
    """A comparable form: durations and ranges in seconds, everything else as is."""
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"]
        if v["currency"] == "JPY" and v.get("tax") == "included":
            amt = round(amt / 1.1, 6)
        return ("money", v["currency"], v["per"], amt)
    if isinstance(v, dict) and "min" in v:
        f = SECS[v["unit"]]
        return ("range", v["min"] * f, v["max"] * f)
    if isinstance(v, dict) and "unit" in v:
        return v["amount"] * SECS[v["unit"]]
    return v


def in_window(date, frm, until):
    return (frm is None or date >= frm) and (until is None or date <= until)


def judge(product, attr, value, office, as_of):
    key = (product, attr)
    if key in SETS:
        return "ok" if value in SETS[key] else "conflict"
    if key in MONEY:
        prices = MONEY[key]
        if office not in prices:
            raise ValueError("a price from office %s: no rule in LABELS.md" % office)

        def fits(v, ref):
            cur, amt, per = ref
            if v["currency"] != cur or v["per"] != per:
                return False
            if v.get("tax") == "included":
                if cur != "JPY":
                    raise ValueError("tax-included non-JPY price")
                return abs(v["amount"] - amt * 1.1) < 1e-6
            return v["amount"] == amt
        if fits(value, prices[office]):
            return "ok"
        if any(fits(value, p) for o, p in prices.items() if o != office):
            return "office-variant"
        return "conflict"
    if key in SCALARS:
        v = norm(value)
        rows = SCALARS[key]
        if isinstance(v, tuple) and v[0] == "range":
            if rows[0][1] == "max" and v[2] > rows[0][0]:
                return "conflict"
            if rows[0][1] is None:
                return "conflict"
            raise ValueError("range inside a bound: avoided in this set")
        if any(v == r[0] and in_window(as_of, r[2], r[3]) for r in rows):
            return "ok"
        if any(v == r[0] for r in rows):
            return "stale"
        return "conflict"
    if attr in DECLARED:
        return "unverified"
    raise ValueError("unknown attribute " + attr)


# ====================================================================== people
TOKYO_SATO = ("佐藤 健太", "k.sato@jp.meridian-data.com")
TOKYO_YAMAMOTO = ("山本 美咲", "m.yamamoto@jp.meridian-data.com")
OSAKA_NAKAMURA = ("中村 大輔", "d.nakamura@osaka.jp.meridian-data.com")
OSAKA_FUJII = ("藤井 彩", "a.fujii@osaka.jp.meridian-data.com")
US_DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
US_MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")
US_PRIYA = ("Priya Raman", "priya.raman@meridian-data.com")
UK_OLIVER = ("Oliver Pennington", "oliver.pennington@uk.meridian-data.com")
UK_FIONA = ("Fiona McAllister", "fiona.mcallister@uk.meridian-data.com")


def office_of(addr):
    a = addr.lower()
    if a.endswith("@osaka.jp.meridian-data.com"):
        return "osaka"
    if a.endswith("@jp.meridian-data.com"):
        return "tokyo"
    if a.endswith("@uk.meridian-data.com"):
        return "london"
    if a.endswith("@meridian-data.com"):
        return "us-hq"
    return "unknown"


# ====================================================================== the messages
MSGS = []


def msg(**kw):
    kw.setdefault("archive", False)
    kw.setdefault("kind", "plain")
    kw.setdefault("charset", "utf-8")
    kw.setdefault("cte", "8bit")
    kw.setdefault("items", [])
    kw.setdefault("extra", [])
    MSGS.append(kw)


# ---------------------------------------------------------------- 2025-12-09 tokyo, Sync
msg(key="haruka-sync-dec", archive=True, date="Tue, 09 Dec 2025 10:12:37 +0900",
    frm=TOKYO_SATO, to=[("小林 直樹", "n.kobayashi@haruka-ss.co.jp")],
    subject="メリディアン シンク デモのフォローアップ", msgid="20251209101237.8f21c@jp.meridian-data.com",
    charset="iso-2022-jp", cte="7bit",
    body="""株式会社ハルカ製作所
情報システム部 小林様

いつもお世話になっております。
メリディアンデータ東京オフィスの佐藤です。

先日はお忙しいところ、メリディアン シンクのデモにお時間をいただき
ありがとうございました。ご質問いただいた点を以下にまとめます。

1. ユーザー数
　メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。
　御社の現在の利用者数（約1,200名）であれば、十分な余裕がございます。

2. ストレージ
　同製品では1ユーザーあたり1TBのストレージをご利用いただけます。

3. 料金
　同製品の月額料金は50,000円（税抜）です。
　お見積書（見積番号 Q-2025-1209-05）を添付いたしますので、ご確認ください。

次回のお打ち合わせは12月16日（火）14:00からを予定しております。
どうぞよろしくお願いいたします。

-- 
佐藤 健太 / Kenta Sato
メリディアンデータ株式会社 東京オフィス 営業部
TEL 03-5555-0142
""",
    items=[
        C("S", "max_users", 5000, "ok", "メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
        C("S", "storage_per_user", TB(1), "ok", "同製品では1ユーザーあたり1TBのストレージをご利用いただけます。"),
        C("S", "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）です。"),
    ])

# ---------------------------------------------------------------- 2026-01-20 london, Vault
msg(key="brightwater-vault", archive=True, date="Tue, 20 Jan 2026 09:41:05 +0000",
    frm=UK_OLIVER, to=[("Helen Marsh", "helen.marsh@brightwater-logistics.co.uk")],
    subject="Meridian Vault - summary from Friday", msgid="20260120094105.31a7@uk.meridian-data.com",
    cte="quoted-printable",
    body="""Hi Helen,

Thanks for the call on Friday. As promised, a quick summary on Meridian Vault for the depot backup project.

- Retention: Meridian Vault keeps backups for 90 days by default; longer retention is set per policy.
- Pricing: Vault is £16 per TB per month, excluding VAT, billed on the capacity you actually protect.
- Location: Meridian Vault would keep your data in our Frankfurt data centre, with Oregon as the secondary region. There is no London data centre, I'm afraid.
- Encryption: Vault encrypts everything at rest with AES-256.

Your reference for the evaluation is BWL-EV-2026-014, and we pencilled in 3 February for the workshop with your 12-person ops team.

Kind regards,
Oliver
-- 
Oliver Pennington | Account Executive, Meridian Data UK
+44 20 7946 0311
""",
    items=[
        C("V", "retention", D(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
        C("V", "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok",
          "Vault is £16 per TB per month, excluding VAT"),
        C("V", "data_centers", "Frankfurt", "ok", "Meridian Vault would keep your data in our Frankfurt data centre"),
        C("V", "data_centers", "Oregon", "ok", "with Oregon as the secondary region"),
        C("V", "encryption", "AES-256", "ok", "Vault encrypts everything at rest with AES-256."),
    ])

# ---------------------------------------------------------------- 2026-02-11 us-hq, Sync (alternative)
CORVID_FEB_TEXT = """Hi Raj,

Great speaking with you and the Corvid IT team yesterday. Here are the answers on Meridian Sync I owed you:

* Scale: Meridian Sync supports up to 5,000 users per organization today.
  With the spring release, from April 1, 2026 Meridian Sync's ceiling rises to 10,000 users per organization.
* Price: Meridian Sync is $399 per month for the whole organization, billed annually.
* Compliance: Meridian Sync is ISO 27001 certified and SOC 2 Type II attested. It is not HIPAA certified, so please loop in your privacy office before storing PHI.
* Platforms: Meridian Sync has desktop clients for Windows and macOS and mobile apps for iOS and Android.

Honestly, it's the industry-leading sync platform for regulated teams, and I think your rollout will be painless.

Best,
Dana
-- 
Dana Whitfield
Senior Account Executive, Meridian Data
"""
CORVID_FEB_HTML = """<html><body>
<p>Hi Raj,</p>
<p>Great speaking with you and the Corvid IT team yesterday. Here are the answers on Meridian Sync I owed you:</p>
<ul>
<li><b>Scale:</b> Meridian Sync supports up to 5,000 users per organization today.
With the spring release, from April 1, 2026 Meridian Sync's ceiling rises to 10,000 users per organization.</li>
<li><b>Price:</b> Meridian Sync is $399 per month for the whole organization, billed annually.</li>
<li><b>Compliance:</b> Meridian Sync is ISO 27001 certified and SOC 2 Type II attested. It is not HIPAA certified, so please loop in your privacy office before storing PHI.</li>
<li><b>Platforms:</b> Meridian Sync has desktop clients for Windows and macOS and mobile apps for iOS and Android.</li>
</ul>
<p>Honestly, it&#39;s the industry-leading sync platform for regulated teams, and I think your rollout will be painless.</p>
<p>Best,<br>Dana</p>
<div>-- <br>Dana Whitfield<br>Senior Account Executive, Meridian Data</div>
</body></html>
"""
msg(key="corvid-sync-feb", archive=True, date="Wed, 11 Feb 2026 10:14:22 -0800",
    frm=US_DANA, to=[("Raj Patel", "raj.patel@corvidhealth.com")],
    subject="Meridian Sync: your questions from yesterday", msgid="CAF3vQ7mW2x9Lh1b+Rk0p8e@mail.gmail.com",
    kind="alt", cte="quoted-printable", body=CORVID_FEB_TEXT, html=CORVID_FEB_HTML,
    items=[
        C("S", "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per organization today."),
        C("S", "max_users", 10000, "ok", "from April 1, 2026 Meridian Sync's ceiling rises to 10,000 users per organization.",
          as_of="2026-04-01"),
        C("S", "monthly_price", M(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for the whole organization"),
        C("S", "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and SOC 2 Type II attested."),
        C("S", "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified and SOC 2 Type II attested."),
        C("S", "supported_platforms", "Windows", "ok", "Meridian Sync has desktop clients for Windows and macOS"),
        C("S", "supported_platforms", "macOS", "ok", "Meridian Sync has desktop clients for Windows and macOS"),
        C("S", "supported_platforms", "iOS", "ok", "mobile apps for iOS and Android"),
        C("S", "supported_platforms", "Android", "ok", "mobile apps for iOS and Android"),
        PH("en.superlative", "it's the industry-leading sync platform for regulated teams"),
    ])

# ---------------------------------------------------------------- 2026-02-24 customer reply, interleaved
msg(key="corvid-reply", date="Tue, 24 Feb 2026 08:03:51 -0500",
    frm=("Raj Patel", "raj.patel@corvidhealth.com"), to=[US_DANA],
    subject="Re: Meridian Sync: your questions from yesterday", msgid="MN2PR17MB4410C1E0A2F1D9B3A@MN2PR17MB4410.namprd17.prod.outlook.com",
    extra=["In-Reply-To: <CAF3vQ7mW2x9Lh1b+Rk0p8e@mail.gmail.com>"],
    body="""Hi Dana,

Thanks, this is helpful. Answers inline.

On Wed, Feb 11, 2026 at 10:14 AM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
> * Scale: Meridian Sync supports up to 5,000 users per organization today.
>   With the spring release, from April 1, 2026 Meridian Sync's ceiling rises to 10,000 users per organization.

Good. Our requirement is at least 6,000 seats by Q3, so the April change matters to us.

> * Price: Meridian Sync is $399 per month for the whole organization, billed annually.

Procurement will ask whether that is before sales tax - can you confirm?

Also, does Meridian Sync run on Linux workstations? About 40 of our radiologists use Ubuntu.

Thanks,
Raj
""",
    items=[
        C("S", "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per organization today.",
          quoted=True, office="us-hq"),
        C("S", "max_users", 10000, "ok", "from April 1, 2026 Meridian Sync's ceiling rises to 10,000 users per organization.",
          quoted=True, office="us-hq", as_of="2026-04-01"),
        C("S", "monthly_price", M(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for the whole organization",
          quoted=True, office="us-hq"),
    ])

# ---------------------------------------------------------------- 2026-03-05 osaka, Vault (Shift_JIS)
msg(key="kansai-vault", archive=True, date="Thu, 05 Mar 2026 16:20:11 +0900",
    frm=OSAKA_NAKAMURA, to=[("森田 聡", "s.morita@kansai-seiki.co.jp")],
    subject="メリディアン・ボールトのご提案内容につきまして", msgid="TY3P286MB2719A7D0C41E2@TY3P286MB2719.JPNP286.PROD.OUTLOOK.COM",
    charset="shift_jis", cte="8bit",
    body="""関西精機株式会社
技術部 森田様

平素より大変お世話になっております。
メリディアンデータ大阪オフィスの中村でございます。

先日ご相談いただいたバックアップ基盤の件、メリディアン・ボールトでの
ご提案内容を以下のとおりご連絡いたします。

■ 料金
メリディアン・ボールトの容量単価は1TBあたり月額2,800円（税抜）です。
森田様のお見込みの40TBですと、月額112,000円（税抜）となります。

■ データセンター
同製品のデータセンターは東京と大阪の2拠点です。シンガポールには拠点がございません。

■ 保持期間・容量
同製品の標準の保持期間は90日間で、1テナントあたり最大500TBまで保存いただけます。

メリディアン・ボールトは、関西の製造業のお客様で導入実績No.1のバックアップサービスです。

ご注文番号 KS-20260305-500 にて社内稟議を進めていただけますと幸いです。
何卒よろしくお願い申し上げます。

-- 
中村 大輔
メリディアンデータ株式会社 大阪オフィス
06-6555-0187
""",
    items=[
        C("V", "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
          "メリディアン・ボールトの容量単価は1TBあたり月額2,800円（税抜）です。"),
        C("V", "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京と大阪の2拠点です。"),
        C("V", "data_centers", "Osaka", "ok", "同製品のデータセンターは東京と大阪の2拠点です。"),
        C("V", "retention", D(90, "days"), "ok", "同製品の標準の保持期間は90日間で"),
        C("V", "max_storage", TB(500), "ok", "1テナントあたり最大500TBまで保存いただけます。"),
        PH("ja.superlative-no1", "導入実績No.1のバックアップサービスです。"),
    ])

# ---------------------------------------------------------------- 2026-03-12 us-hq, product only in the subject
msg(key="halvorsen-subject-only", date="Thu, 12 Mar 2026 13:55:00 -0700",
    frm=US_MARCUS, to=[("Ingrid Halvorsen", "ingrid@halvorsen-shipping.com")],
    subject="Re: Meridian Vault sizing", msgid="CAGx2Q9pTz4kR8=u7YbN1w3@mail.gmail.com",
    body="""Hi Ingrid,

Quick answers before Thursday's call:

- RPO is 15 minutes; backups are kept for 90 days unless you change the policy.
- Storage runs $20 per TB per month, and there's a 10% discount above 100 TB.
- Your quote number is HS-Q-3391; the call is booked for March 19 at 9am PT.

Marcus
""")

# ---------------------------------------------------------------- 2026-03-10 london, 10,000 before it began (stale)
msg(key="ashford-sync-mar", date="Tue, 10 Mar 2026 15:12:40 +0000",
    frm=UK_OLIVER, to=[("Priyanka Shah", "p.shah@ashfordlegal.co.uk")],
    subject="Meridian Sync - sizing for Ashford Legal", msgid="20260310151240.61d0e@uk.meridian-data.com",
    body="""Hi Priyanka,

Thanks for your time this morning. On the points you raised about Meridian Sync:

Meridian Sync supports up to 10,000 users per tenant, so the merger with Dunmore won't force a second tenant.
Each Meridian Sync user can connect up to 5 devices, which covers a laptop, a desktop and a phone with room to spare.
For your document-management integration, the Meridian Sync API is throttled at 600 requests per minute per tenant.

I'll send the security pack separately.

Best,
Oliver
""",
    items=[
        C("S", "max_users", 10000, "stale", "Meridian Sync supports up to 10,000 users per tenant"),
        C("S", "max_devices", 5, "unverified", "Each Meridian Sync user can connect up to 5 devices"),
        C("S", "api_rate_limit", 600, "unverified", "the Meridian Sync API is throttled at 600 requests per minute per tenant."),
    ])

# ---------------------------------------------------------------- 2026-03-30 osaka, Sync (base64)
msg(key="minato-sync", archive=True, date="Mon, 30 Mar 2026 11:02:45 +0900",
    frm=OSAKA_FUJII, to=[("岡田 恵", "okada@minato-butsuryu.co.jp")],
    subject="Re: ユーザー数の上限について", msgid="a9c41e7f-2b77-4d1e-9d0e-5c3b1f0e2a61@osaka.jp.meridian-data.com",
    cte="base64",
    body="""株式会社みなと物流
総務部 岡田様

いつもお世話になっております。メリディアンデータ大阪オフィスの藤井です。

ご質問いただいたメリディアン シンクのユーザー数上限についてご回答いたします。

現時点では、メリディアン シンクは1テナントあたり最大5,000ユーザーまでのご利用となります。
なお、2026年4月1日以降は同製品の上限が最大1万ユーザーに拡張されます。
岡田様のグループ全体（約6,500名）でのご利用は、4月以降であれば1テナントで対応可能です。

また、メリディアン シンクはオフライン環境ではご利用いただけませんので、
出張先などでは通信環境のご用意をお願いいたします。

引き続きよろしくお願いいたします。

-- 
藤井 彩
メリディアンデータ株式会社 大阪オフィス 営業課
""",
    items=[
        C("S", "max_users", 5000, "ok", "メリディアン シンクは1テナントあたり最大5,000ユーザーまでのご利用となります。"),
        C("S", "max_users", 10000, "ok", "2026年4月1日以降は同製品の上限が最大1万ユーザーに拡張されます。", as_of="2026-04-01"),
        C("S", "offline_mode", False, "ok", "メリディアン シンクはオフライン環境ではご利用いただけません"),
    ])

# ---------------------------------------------------------------- 2026-04-09 london, Sync
ASHGROVE_BODY = """Dear Tom,

Following Tuesday's meeting, here is the summary you asked for on Meridian Sync.

Capacity. As of this month a single Meridian Sync tenant supports up to 10,000 users. Until the end of March 2026 the Meridian Sync limit was 5,000 users, which is the figure in the brochure you picked up at the expo, so please disregard that one.

Pricing. Meridian Sync is £329 per month for the whole council, ex VAT.

Storage. Each Meridian Sync user gets 1 TB of storage.

Certification. Meridian Sync holds ISO 27001 certification and a SOC 2 Type II report. We do not currently hold Cyber Essentials Plus for Sync; I know it is on your supplier checklist, so I have raised it internally.

Your purchase order number is ADC-PO-10000; please quote it on any correspondence.

Kind regards,
Fiona McAllister
-- 
Fiona McAllister | Public Sector Lead, Meridian Data UK
"""
ASHGROVE_ITEMS = [
    C("S", "max_users", 10000, "ok", "a single Meridian Sync tenant supports up to 10,000 users."),
    C("S", "max_users", 5000, "ok", "Until the end of March 2026 the Meridian Sync limit was 5,000 users", as_of="2026-03-31"),
    C("S", "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month for the whole council, ex VAT."),
    C("S", "storage_per_user", TB(1), "ok", "Each Meridian Sync user gets 1 TB of storage."),
    C("S", "certifications", "ISO 27001", "ok", "Meridian Sync holds ISO 27001 certification and a SOC 2 Type II report."),
    C("S", "certifications", "SOC 2 Type II", "ok", "Meridian Sync holds ISO 27001 certification and a SOC 2 Type II report."),
]
msg(key="ashgrove-sync", archive=True, date="Thu, 09 Apr 2026 11:02:19 +0100",
    frm=UK_FIONA, to=[("Tom Reilly", "tom.reilly@ashgrove.gov.uk")],
    subject="Meridian Sync summary", msgid="LO2P265MB5012B7E9A0C3F1D2@LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM",
    cte="quoted-printable", body=ASHGROVE_BODY, items=ASHGROVE_ITEMS)

# ---------------------------------------------------------------- 2026-04-15 customer reply, Outlook block
msg(key="ashgrove-reply", date="Wed, 15 Apr 2026 16:40:02 +0100",
    frm=("Tom Reilly", "tom.reilly@ashgrove.gov.uk"), to=[UK_FIONA],
    subject="RE: Meridian Sync summary", msgid="CWLP123MB3391E0F6D2A4B7C8@CWLP123MB3391.GBRP123.PROD.OUTLOOK.COM",
    cte="quoted-printable",
    body="""Fiona,

Thanks. Our IT team still calls it Meridian FileSync, old habits die hard. We will go ahead with the pilot for 450 staff in May.

Tom

-----Original Message-----
From: Fiona McAllister <fiona.mcallister@uk.meridian-data.com>
Sent: 09 April 2026 11:02
To: Tom Reilly <tom.reilly@ashgrove.gov.uk>
Subject: Meridian Sync summary

""" + ASHGROVE_BODY,
    items=[TERM("S", "Our IT team still calls it Meridian FileSync")] +
    [dict(c, quoted=True, office="london") for c in ASHGROVE_ITEMS])

# ---------------------------------------------------------------- 2026-05-06 us-hq, Insight ("From " line)
msg(key="lumen-insight-may", archive=True, date="Wed, 06 May 2026 15:30:08 -0700",
    frm=US_PRIYA, to=[("Jordan Blake", "jordan.blake@lumenretail.com")],
    subject="Meridian Insight preview - answers", msgid="CAHt5Fz0oQ1nV3+KeW8sJ2m@mail.gmail.com",
    cte="7bit",
    body="""Hi Jordan,

Thanks for signing up for the Meridian Insight preview. A few answers to your questions from Monday:

From a timing point of view, Meridian Insight will be generally available in January 2027; until then it is in beta.
Meridian Insight is $30 per user per month, and every new workspace starts with a 30-day free trial.
We can't promise a connector count yet; the list is still moving.

Best,
Priya
-- 
Priya Raman | Product Specialist, Meridian Data
""",
    items=[
        C("I", "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027"),
        C("I", "per_user_price", M(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month"),
        C("I", "free_trial", D(30, "days"), "ok", "every new workspace starts with a 30-day free trial."),
    ])

# ---------------------------------------------------------------- 2026-05-21 osaka, Insight (ISO-2022-JP)
msg(key="naniwa-foods-insight", archive=True, date="Thu, 21 May 2026 17:48:30 +0900",
    frm=OSAKA_NAKAMURA, to=[("西田 浩二", "nishida@naniwa-foods.co.jp")],
    subject="メリディアン・インサイトの評価について", msgid="20260521174830.5d0b2@osaka.jp.meridian-data.com",
    charset="iso-2022-jp", cte="7bit",
    body="""株式会社なにわ食品
経営企画室 西田様

お世話になっております。メリディアンデータ大阪オフィスの中村です。

メリディアン・インサイトの評価につきまして、以下ご案内いたします。

・メリディアン・インサイトは1か月間の無料トライアルをご利用いただけます。
・同製品の正式版の料金は、1ユーザーあたり月額4,400円（税込）です。
・同製品では、ダッシュボードを最大200個まで作成いただけます。

西田様からご質問のあった「1ユーザーあたり3,000円程度に収まるか」という点については、
ボリュームディスカウントも含め、別途お見積りにてご相談させてください。

よろしくお願いいたします。

-- 
中村 大輔
メリディアンデータ株式会社 大阪オフィス
""",
    items=[
        C("I", "free_trial", D(1, "months"), "ok", "メリディアン・インサイトは1か月間の無料トライアルをご利用いただけます。"),
        C("I", "per_user_price", M(4400, "JPY", "user-month", "included"), "ok",
          "同製品の正式版の料金は、1ユーザーあたり月額4,400円（税込）です。"),
        C("I", "max_dashboards", 200, "ok", "同製品では、ダッシュボードを最大200個まで作成いただけます。"),
    ])

# ---------------------------------------------------------------- 2026-06-02 us-hq, Vault (X1, minutes)
msg(key="pinecrest-vault", archive=True, date="Tue, 02 Jun 2026 09:12:44 -0400",
    frm=US_MARCUS, to=[("Elena Ruiz", "elena.ruiz@pinecrestbank.com")],
    subject="Meridian Vault - recovery objectives recap", msgid="CAGx2Q9qR1e7mBn0=Lw5YkP@mail.gmail.com",
    cte="quoted-printable",
    body="""Hi Elena,

Here is the short version of what we covered on recovery objectives for Meridian Vault:

1. RPO: Meridian Vault delivers a recovery point objective of 15 minutes for protected workloads.
2. Availability: the Meridian Vault service carries a 99.95% availability SLA.
3. Capacity: Meridian Vault scales to 0.5 PB per tenant, well beyond your current 180 TB.
4. Hosting: Meridian Vault runs in our Oregon and Frankfurt regions for US and EU customers; we don't operate a Virginia region.

The 15% multi-year discount we discussed applies from year two onward.

Marcus
-- 
Marcus Oyelaran
Solutions Engineer, Meridian Data
""",
    items=[
        C("V", "rpo", D(15, "minutes"), "ok", "Meridian Vault delivers a recovery point objective of 15 minutes"),
        C("V", "sla", 99.95, "ok", "the Meridian Vault service carries a 99.95% availability SLA."),
        C("V", "max_storage", TB(500), "ok", "Meridian Vault scales to 0.5 PB per tenant"),
        C("V", "data_centers", "Oregon", "ok", "Meridian Vault runs in our Oregon and Frankfurt regions for US and EU customers"),
        C("V", "data_centers", "Frankfurt", "ok", "Meridian Vault runs in our Oregon and Frankfurt regions for US and EU customers"),
    ])

# ---------------------------------------------------------------- 2026-06-10 tokyo, Sync old template (X3, stale)
TOHO_BODY = """東邦エンジニアリング株式会社
情報システム課 高橋様

お世話になっております。メリディアンデータ東京オフィスの山本でございます。

お問い合わせいただきましたメリディアン・シンクの概要をお送りいたします。

【メリディアン・シンク 製品概要】
・ご利用可能ユーザー数：1テナントあたり最大5,000ユーザー
・ストレージ容量：1ユーザーあたり1TB
・稼働率SLA：99.9％
・対応OS：Windows、macOS、iOS、Android
・月額料金：50,000円（税抜）

ご不明な点がございましたらお気軽にお問い合わせください。

-- 
山本 美咲
メリディアンデータ株式会社 東京オフィス
"""
msg(key="toho-sync-template", archive=True, date="Wed, 10 Jun 2026 14:05:12 +0900",
    frm=TOKYO_YAMAMOTO, to=[("高橋 修", "o.takahashi@toho-eng.co.jp")],
    subject="メリディアン・シンク 製品概要のご送付", msgid="20260610140512.77e1a@jp.meridian-data.com",
    cte="quoted-printable", body=TOHO_BODY,
    items=[
        C("S", "max_users", 5000, "stale", "・ご利用可能ユーザー数：1テナントあたり最大5,000ユーザー"),
        C("S", "storage_per_user", TB(1), "ok", "・ストレージ容量：1ユーザーあたり1TB"),
        C("S", "sla", 99.9, "ok", "・稼働率SLA：99.9％"),
        C("S", "supported_platforms", "Windows", "ok", "・対応OS：Windows、macOS、iOS、Android"),
        C("S", "supported_platforms", "macOS", "ok", "・対応OS：Windows、macOS、iOS、Android"),
        C("S", "supported_platforms", "iOS", "ok", "・対応OS：Windows、macOS、iOS、Android"),
        C("S", "supported_platforms", "Android", "ok", "・対応OS：Windows、macOS、iOS、Android"),
        C("S", "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "・月額料金：50,000円（税抜）"),
    ])

# ---------------------------------------------------------------- 2026-06-16 customer reply, Japanese quote header
msg(key="toho-reply", date="Tue, 16 Jun 2026 09:31:40 +0900",
    frm=("高橋 修", "o.takahashi@toho-eng.co.jp"), to=[TOKYO_YAMAMOTO],
    subject="Re: メリディアン・シンク 製品概要のご送付", msgid="5f3e2c1a-0b9d-4c47-8e6f-2d1a9b7c4e30@toho-eng.co.jp",
    cte="base64",
    body="""山本様

お世話になっております。東邦エンジニアリングの高橋です。
資料をありがとうございました。

当社では将来的に8,000名規模での利用を想定しております。
1テナントの上限が5,000ユーザーとのことですが、その場合はテナントを分ける必要がありますでしょうか。

2026年6月10日(水) 14:05 山本 美咲 <m.yamamoto@jp.meridian-data.com>:
> 【メリディアン・シンク 製品概要】
> ・ご利用可能ユーザー数：1テナントあたり最大5,000ユーザー
> ・ストレージ容量：1ユーザーあたり1TB
> ・稼働率SLA：99.9％
""",
    items=[
        C("S", "max_users", 5000, "stale", "・ご利用可能ユーザー数：1テナントあたり最大5,000ユーザー", quoted=True, office="tokyo"),
        C("S", "storage_per_user", TB(1), "ok", "・ストレージ容量：1ユーザーあたり1TB", quoted=True, office="tokyo"),
        C("S", "sla", 99.9, "ok", "・稼働率SLA：99.9％", quoted=True, office="tokyo"),
    ])

# ---------------------------------------------------------------- 2026-06-17 tokyo correction, (誤)(正)
msg(key="toho-correction", date="Wed, 17 Jun 2026 10:15:03 +0900",
    frm=TOKYO_YAMAMOTO, to=[("高橋 修", "o.takahashi@toho-eng.co.jp")],
    subject="【訂正】メリディアン・シンクのユーザー数上限について", msgid="20260617101503.9c4d2@jp.meridian-data.com",
    charset="iso-2022-jp", cte="7bit",
    body="""高橋様

お世話になっております。山本です。
先日お送りした概要に誤りがございました。大変失礼いたしました。

メリディアン・シンクのユーザー数上限は、（誤）5,000ユーザー（正）1万ユーザーです。
2026年4月の仕様改定で上限が引き上げられており、8,000名でのご利用も1テナントで可能です。

お詫びとともに訂正させていただきます。

-- 
山本 美咲
メリディアンデータ株式会社 東京オフィス
""",
    items=[
        C("S", "max_users", 10000, "ok", "メリディアン・シンクのユーザー数上限は、（誤）5,000ユーザー（正）1万ユーザーです。"),
    ])

# ---------------------------------------------------------------- 2026-06-20 osaka, Vault (X1, hours)
msg(key="yamato-vault", archive=True, date="Sat, 20 Jun 2026 10:44:09 +0900",
    frm=OSAKA_FUJII, to=[("吉田 圭", "k.yoshida@yamato-seiko.co.jp")],
    subject="メリディアン・ボールト 復旧要件へのご回答", msgid="b1e0c8d2-7f3a-4a55-9c1e-0d6f2e8a3b74@osaka.jp.meridian-data.com",
    cte="base64",
    body="""大和精工株式会社
システム管理室 吉田様

いつもお世話になっております。メリディアンデータ大阪オフィスの藤井です。

ご依頼のあったメリディアン・ボールトの復旧要件について回答いたします。

・RPO（目標復旧時点）：メリディアン・ボールトでは最大1時間です。
・暗号化：同製品はAES-256で保存データを暗号化しています。
・料金：同製品は1TBあたり月額3,080円（税込）です。

御社の基幹システムは30分以内の復旧ポイントが要件と伺っておりますので、
オプション構成を含めて改めてご提案いたします。

-- 
藤井 彩
メリディアンデータ株式会社 大阪オフィス
""",
    items=[
        C("V", "rpo", D(1, "hours"), "conflict", "・RPO（目標復旧時点）：メリディアン・ボールトでは最大1時間です。"),
        C("V", "encryption", "AES-256", "ok", "・暗号化：同製品はAES-256で保存データを暗号化しています。"),
        C("V", "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok", "・料金：同製品は1TBあたり月額3,080円（税込）です。"),
    ])

# ---------------------------------------------------------------- 2026-06-25 us-hq, Sync (X3, alternative)
CORVID_JUN_TEXT = """Hi Raj,

Picking this back up now that your Q3 rollout is confirmed.

Meridian Sync now supports up to 10k named users per tenant, so your 6,000 seats fit in a single tenant.
On pricing, Meridian Sync is still $399 per month, excluding sales tax.
On Linux: Meridian Sync does not run on Linux today; your Ubuntu users can use the web app instead.

We also just closed a 2,400-seat deployment at another hospital group, happy to connect you.

Best,
Dana
"""
CORVID_JUN_HTML = """<html><body>
<p>Hi Raj,</p>
<p>Picking this back up now that your Q3 rollout is confirmed.</p>
<p>Meridian Sync now supports up to 10k named users per tenant, so your 6,000 seats fit in a single tenant.<br>
On pricing, Meridian Sync is still $399 per month, excluding sales tax.<br>
On Linux: Meridian Sync does not run on Linux today; your Ubuntu users can use the web app instead.</p>
<p>We also just closed a 2,400-seat deployment at another hospital group, happy to connect you.</p>
<p>Best,<br>Dana</p>
</body></html>
"""
msg(key="corvid-sync-jun", archive=True, date="Thu, 25 Jun 2026 12:20:31 -0700",
    frm=US_DANA, to=[("Raj Patel", "raj.patel@corvidhealth.com")],
    subject="Meridian Sync for the Q3 rollout", msgid="CAF3vQ7oE5y1Np4c=Tm2r9g@mail.gmail.com",
    kind="alt", cte="base64", body=CORVID_JUN_TEXT, html=CORVID_JUN_HTML,
    items=[
        C("S", "max_users", 10000, "ok", "Meridian Sync now supports up to 10k named users per tenant"),
        C("S", "monthly_price", M(399, "USD", "month", "excluded"), "ok",
          "Meridian Sync is still $399 per month, excluding sales tax."),
    ])

# ---------------------------------------------------------------- 2026-07-01 us-hq, Vault RTO range + sourced superlative
msg(key="pinecrest-rto", date="Wed, 01 Jul 2026 10:05:57 -0400",
    frm=US_MARCUS, to=[("Elena Ruiz", "elena.ruiz@pinecrestbank.com")],
    subject="Re: auditor questions on Meridian Vault", msgid="CAGx2Q9sN6w3Hc2e+Pq8ZtA@mail.gmail.com",
    cte="quoted-printable",
    body="""Hi Elena,

Answers to your auditors' questions below.

On Tue, Jun 30, 2026 at 4:47 PM Elena Ruiz <elena.ruiz@pinecrestbank.com> wrote:
> Is Meridian Vault FedRAMP authorized?

No. Meridian Vault is not FedRAMP authorized today, and we don't expect that to change this year.

> What recovery time should we put in the DR plan for a full restore?

For a full-tenant restore, Meridian Vault's recovery time objective is typically 2–4 hours, depending on data volume.

> Can you send something we can show the board?

Happy to. For the deck: Meridian Vault is the #1 rated backup platform for mid-sized banks.*

* Source: Halden Research, Backup Buyers Survey, May 2026.

Marcus
""",
    items=[
        C("V", "rto", R(2, 4, "hours"), "unverified", "Meridian Vault's recovery time objective is typically 2–4 hours"),
    ])

# ---------------------------------------------------------------- 2026-07-08 london, Vault RTO (X2)
msg(key="brightwater-rto", archive=True, date="Wed, 08 Jul 2026 14:22:10 +0100",
    frm=UK_OLIVER, to=[("Helen Marsh", "helen.marsh@brightwater-logistics.co.uk")],
    subject="DR questions from the steering group", msgid="20260708142210.4be90@uk.meridian-data.com",
    body="""Hi Helen,

Picking up your DR questions from the steering group:

Meridian Vault's recovery time objective for a full depot restore is 4 hours. That assumes the standard restore tier.

For Meridian Vault, P1 support tickets get a first response within 30 minutes, 24x7.

On pricing, nothing changes from my January note.

Best,
Oliver
""",
    items=[
        C("V", "rto", D(4, "hours"), "unverified", "Meridian Vault's recovery time objective for a full depot restore is 4 hours."),
        C("V", "support_response_time", D(30, "minutes"), "unverified",
          "For Meridian Vault, P1 support tickets get a first response within 30 minutes, 24x7."),
    ])

# ---------------------------------------------------------------- 2026-07-14 tokyo, forwards a us-hq message as an attachment
ATTACHED_US = """From: Marcus Oyelaran <marcus.oyelaran@meridian-data.com>
To: =?utf-8?b?5L2Q6JekIOWBpeWkqg==?= <k.sato@jp.meridian-data.com>
Subject: Re: Vault questions from Haruka
Date: Mon, 13 Jul 2026 16:05:00 -0700
Message-ID: <CAGx2Q9uV0k2Ld5f=Hs7WcE@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Kenta,

Meridian Vault encrypts every backup at rest with AES-256, with per-tenant keys.
By default Meridian Vault keeps restore points for 90 days.
In eight years of operation, Meridian Vault has never lost a customer backup.

Marcus
"""
msg(key="haruka-fwd-attached", date="Tue, 14 Jul 2026 09:30:00 +0900",
    frm=TOKYO_SATO, to=[("小林 直樹", "n.kobayashi@haruka-ss.co.jp")],
    subject="Fw: Meridian Vault 暗号化と保持期間について", msgid="20260714093000.1f6e8@jp.meridian-data.com",
    kind="rfc822", attached=ATTACHED_US,
    body="""小林様

お世話になっております。佐藤です。
暗号化と保持期間について、米国本社のエンジニアからの回答をそのまま添付いたします。

補足として、メリディアン・ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。

-- 
佐藤 健太
""",
    items=[
        C("V", "data_centers", "Tokyo", "ok", "メリディアン・ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。"),
        C("V", "data_centers", "Osaka", "ok", "メリディアン・ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。"),
        C("V", "data_centers", "Oregon", "ok", "メリディアン・ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。"),
        C("V", "data_centers", "Frankfurt", "ok", "メリディアン・ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。"),
        C("V", "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with AES-256", quoted=True, office="us-hq"),
        C("V", "retention", D(90, "days"), "ok", "By default Meridian Vault keeps restore points for 90 days.", quoted=True, office="us-hq"),
        PH("en.guarantee", "Meridian Vault has never lost a customer backup.", quoted=True),
    ])

# ---------------------------------------------------------------- 2026-07-30 tokyo, Vault RTO (X2)
msg(key="haruka-rto", archive=True, date="Thu, 30 Jul 2026 18:10:26 +0900",
    frm=TOKYO_SATO, to=[("小林 直樹", "n.kobayashi@haruka-ss.co.jp")],
    subject="Re: メリディアン・ボールト BCP関連のご質問", msgid="20260730181026.2a7c3@jp.meridian-data.com",
    cte="quoted-printable",
    body="""小林様

お世話になっております。佐藤です。
メリディアン・ボールトのBCP関連のご質問に回答いたします。

目標復旧時間（RTO）は、メリディアン・ボールトの標準構成で8時間以内です。
同製品の稼働率SLAは99.95%です。
また、同製品は業界初の自動リストア検証機能を搭載しております。

小林様から伺った「RTO 4時間以内」というご要件については、構成オプションで対応可否を確認いたします。

-- 
佐藤 健太
メリディアンデータ株式会社 東京オフィス
""",
    items=[
        C("V", "rto", D(8, "hours"), "unverified", "目標復旧時間（RTO）は、メリディアン・ボールトの標準構成で8時間以内です。"),
        C("V", "sla", 99.95, "ok", "同製品の稼働率SLAは99.95%です。"),
        PH("ja.first-in-industry", "同製品は業界初の自動リストア検証機能を搭載しております。"),
    ])

# ---------------------------------------------------------------- 2026-08-04 tokyo, Sync price (X4)
msg(key="sakura-sync-price", archive=True, date="Tue, 04 Aug 2026 13:37:50 +0900",
    frm=TOKYO_YAMAMOTO, to=[("石井 真理", "m.ishii@sakura-tech.co.jp")],
    subject="メリディアン・シンクのお見積りについて", msgid="20260804133750.6b1f9@jp.meridian-data.com",
    charset="iso-2022-jp", cte="7bit",
    body="""株式会社さくらテック
管理本部 石井様

お世話になっております。メリディアンデータ東京オフィスの山本でございます。

メリディアン・シンクのお見積りについてご連絡いたします。

メリディアン・シンクの月額料金は50,000円（税抜）、税込では55,000円でございます。
年間契約の場合の合計額は660,000円（税込）となります（お見積番号 ST-2608-017）。

また、同製品はISMAPには登録しておりませんので、その点ご留意ください。
石井様の部署（120名）でご利用いただく場合でも、料金は変わりません。

-- 
山本 美咲
メリディアンデータ株式会社 東京オフィス
""",
    items=[
        C("S", "monthly_price", M(50000, "JPY", "month", "excluded"), "ok",
          "メリディアン・シンクの月額料金は50,000円（税抜）、税込では55,000円でございます。"),
        C("S", "monthly_price", M(55000, "JPY", "month", "included"), "ok",
          "メリディアン・シンクの月額料金は50,000円（税抜）、税込では55,000円でございます。"),
    ])

# ---------------------------------------------------------------- 2026-08-26 osaka, Sync price (X4, Shift_JIS)
NANIWA_BODY = """株式会社浪速印刷
総務課 松本様

いつもお世話になっております。メリディアンデータ大阪オフィスの中村です。

メリディアン シンクは月額45,000円（税抜）でご提供可能です。
業界最安の水準ですので、ぜひご検討ください。
同製品はWindows・Mac・Linuxに対応しておりますので、制作部のLinux端末でもご利用いただけます。

見積書番号 NP-0826-45 を添付いたします。

-- 
中村 大輔
メリディアンデータ株式会社 大阪オフィス
"""
NANIWA_ITEMS = [
    C("S", "monthly_price", M(45000, "JPY", "month", "excluded"), "conflict", "メリディアン シンクは月額45,000円（税抜）でご提供可能です。"),
    C("S", "supported_platforms", "Windows", "ok", "同製品はWindows・Mac・Linuxに対応しておりますので"),
    C("S", "supported_platforms", "macOS", "ok", "同製品はWindows・Mac・Linuxに対応しておりますので"),
    C("S", "supported_platforms", "Linux", "conflict", "同製品はWindows・Mac・Linuxに対応しておりますので"),
    PH("ja.cheapest", "業界最安の水準ですので、ぜひご検討ください。"),
]
msg(key="naniwa-print-sync", archive=True, date="Wed, 26 Aug 2026 15:32:08 +0900",
    frm=OSAKA_NAKAMURA, to=[("松本 由香", "matsumoto@naniwa-print.co.jp")],
    subject="メリディアン シンクのお見積り", msgid="TY3P286MB2719C3E9B80F4@TY3P286MB2719.JPNP286.PROD.OUTLOOK.COM",
    charset="shift_jis", cte="8bit", body=NANIWA_BODY, items=NANIWA_ITEMS)

# ---------------------------------------------------------------- 2026-08-28 customer reply, 元のメッセージ
msg(key="naniwa-print-reply", date="Fri, 28 Aug 2026 10:02:44 +0900",
    frm=("松本 由香", "matsumoto@naniwa-print.co.jp"), to=[OSAKA_NAKAMURA],
    subject="RE: メリディアン シンクのお見積り", msgid="OS3P286MB1844D2A7F6E09@OS3P286MB1844.JPNP286.PROD.OUTLOOK.COM",
    cte="base64",
    body="""中村様

お世話になっております。浪速印刷の松本です。
お見積りありがとうございます。制作部のLinux端末でも使えるとのこと、助かります。
稟議にかけますので、少々お待ちください。

-----元のメッセージ-----
差出人: 中村 大輔 <d.nakamura@osaka.jp.meridian-data.com>
送信日時: 2026年8月26日 15:32
宛先: 松本 由香 <matsumoto@naniwa-print.co.jp>
件名: メリディアン シンクのお見積り

""" + NANIWA_BODY,
    items=[dict(c, quoted=True, office="osaka") if c["kind"] == "claim" else dict(c, quoted=True)
           for c in NANIWA_ITEMS])

# ---------------------------------------------------------------- 2026-09-08 tokyo, Sync 1万 (agrees with london's 10k)
msg(key="haruka-sync-sep", archive=True, date="Tue, 08 Sep 2026 11:25:13 +0900",
    frm=TOKYO_SATO, to=[("小林 直樹", "n.kobayashi@haruka-ss.co.jp")],
    subject="Re: グループ会社への展開について", msgid="20260908112513.0d8e4@jp.meridian-data.com",
    charset="iso-2022-jp", cte="7bit",
    body="""小林様

いつもお世話になっております。佐藤です。
グループ会社への展開についてのご質問にお答えします。

メリディアン シンクは、現在1テナントあたり最大1万ユーザーまでご利用いただけます。
昨年ご案内した「最大5,000ユーザー」は2026年3月末までの仕様ですので、お手元の資料の差し替えをお願いいたします。
同製品のデスクトップアプリはWindowsとmacOSに、モバイルアプリはiOSとAndroidに対応しています。

グループ全体（約4,300名）での一括導入となる場合も、1テナントで問題ございません。

-- 
佐藤 健太
メリディアンデータ株式会社 東京オフィス
""",
    items=[
        C("S", "max_users", 10000, "ok", "メリディアン シンクは、現在1テナントあたり最大1万ユーザーまでご利用いただけます。"),
        C("S", "supported_platforms", "Windows", "ok", "同製品のデスクトップアプリはWindowsとmacOSに"),
        C("S", "supported_platforms", "macOS", "ok", "同製品のデスクトップアプリはWindowsとmacOSに"),
        C("S", "supported_platforms", "iOS", "ok", "モバイルアプリはiOSとAndroidに対応しています。"),
        C("S", "supported_platforms", "Android", "ok", "モバイルアプリはiOSとAndroidに対応しています。"),
    ])

# ---------------------------------------------------------------- 2026-09-15 london, Insight (ISO-8859-1)
msg(key="okafor-insight", date="Tue, 15 Sep 2026 10:48:00 +0100",
    frm=UK_FIONA, to=[("Adaeze Okafor", "a.okafor@thamesmeadhousing.org.uk")],
    subject="Meridian Insight - timing and pricing", msgid="20260915104800.8e2d1@uk.meridian-data.com",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Dear Ms Okafor,

Thank you for your interest in Meridian Insight.

To be clear on timing: Meridian Insight is in beta today and will be generally available in January 2027, not this December as the trade press reported.
Meridian Insight will be priced at £25 per user per month at launch.
Each Meridian Insight workspace can hold up to 200 dashboards, and queries return in under two seconds on a 100-million-row workspace.
We are not yet in a position to quote an SLA for Insight.

Yours sincerely,
Fiona McAllister
""",
    items=[
        C("I", "general_availability", "2027-01", "ok", "will be generally available in January 2027, not this December"),
        C("I", "per_user_price", M(25, "GBP", "user-month"), "ok", "Meridian Insight will be priced at £25 per user per month at launch."),
        C("I", "max_dashboards", 200, "ok", "Each Meridian Insight workspace can hold up to 200 dashboards"),
        C("I", "query_latency", D(2, "seconds"), "ok", "queries return in under two seconds on a 100-million-row workspace."),
    ])

# ---------------------------------------------------------------- 2026-09-17 us-hq, Vault
msg(key="halvorsen-vault", archive=True, date="Thu, 17 Sep 2026 16:02:39 -0700",
    frm=US_MARCUS, to=[("Ingrid Halvorsen", "ingrid@halvorsen-shipping.com")],
    subject="Meridian Vault - shortlist follow-up", msgid="CAGx2Q9wB8d4Fe6h+Ju1XmR@mail.gmail.com",
    body="""Hi Ingrid,

Following up on the shortlist call. For Meridian Vault:

Meridian Vault is $20 per TB per month, with no separate egress charge for restores.
Meridian Vault's US data lives in our Oregon data center; EU tenants use Frankfurt.
Meridian Vault scales to 500 TB per tenant; at your projected 220 TB you have plenty of room.

On your question #1 about pricing tiers: there is a single list price, and volume discounts start at 250 TB.

Marcus
""",
    items=[
        C("V", "price_per_tb", M(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month"),
        C("V", "data_centers", "Oregon", "ok", "Meridian Vault's US data lives in our Oregon data center; EU tenants use Frankfurt."),
        C("V", "data_centers", "Frankfurt", "ok", "Meridian Vault's US data lives in our Oregon data center; EU tenants use Frankfurt."),
        C("V", "max_storage", TB(500), "ok", "Meridian Vault scales to 500 TB per tenant"),
    ])

# ---------------------------------------------------------------- 2026-09-22 london forwards a tokyo note
msg(key="fwd-tokyo-pricing", date="Tue, 22 Sep 2026 08:15:27 +0100",
    frm=UK_FIONA, to=[("Aiko Brennan", "aiko.brennan@kestrelmedia.co.uk")],
    subject="Fwd: Meridian Sync pricing for Japan", msgid="20260922081527.3c9f0@uk.meridian-data.com",
    cte="quoted-printable",
    body="""Hi Aiko,

Forwarding my Tokyo colleague's note on Japanese pricing for your Osaka team, as requested.

Fiona

---------- Forwarded message ---------
From: 佐藤 健太 <k.sato@jp.meridian-data.com>
Date: Mon, 21 Sep 2026 at 17:40
Subject: Meridian Sync pricing for Japan
To: Fiona McAllister <fiona.mcallister@uk.meridian-data.com>

Fiona-san,

For the Japanese entity, Meridian Sync is ¥50,000 per month excluding consumption tax (¥55,000 including).
Meridian Sync supports up to 10,000 users in one tenant, same as everywhere else.

Kenta
""",
    items=[
        C("S", "monthly_price", M(50000, "JPY", "month", "excluded"), "ok",
          "Meridian Sync is ¥50,000 per month excluding consumption tax", quoted=True, office="tokyo"),
        C("S", "monthly_price", M(55000, "JPY", "month", "included"), "ok",
          "(¥55,000 including)", quoted=True, office="tokyo"),
        C("S", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users in one tenant", quoted=True, office="tokyo"),
    ])

# ---------------------------------------------------------------- 2026-09-29 london (agrees on users; X5 latency)
msg(key="harcourt-london", archive=True, date="Tue, 29 Sep 2026 17:05:41 +0100",
    frm=UK_OLIVER, to=[("James Harcourt", "j.harcourt@harcourtfinch.co.uk")],
    subject="Two quick points from today", msgid="20260929170541.b07e2@uk.meridian-data.com",
    body="""Hi James,

Two quick points from today:

1) Meridian Sync: a single tenant comfortably takes your 7,500 staff; the ceiling is 10k users.
2) Meridian Insight: query latency stays under 2 seconds at p95, even on the larger finance models.

Also, Meridian Insight ships with 60+ native integrations - I'll send the list.

Cheers,
Oliver
""",
    items=[
        C("S", "max_users", 10000, "ok", "the ceiling is 10k users."),
        C("I", "query_latency", D(2, "seconds"), "ok", "Meridian Insight: query latency stays under 2 seconds at p95"),
        C("I", "integrations", 60, "unverified", "Meridian Insight ships with 60+ native integrations"),
    ])

# ---------------------------------------------------------------- 2026-10-05 london, a quarter of an hour
msg(key="ashgrove-vault", archive=True, date="Mon, 05 Oct 2026 09:58:14 +0100",
    frm=UK_FIONA, to=[("Tom Reilly", "tom.reilly@ashgrove.gov.uk")],
    subject="Backup lot of the tender", msgid="LO2P265MB5012E4C1B9D7A06F@LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM",
    cte="quoted-printable",
    body="""Dear Tom,

On the backup side of the tender: Meridian Vault's recovery point objective is a quarter of an hour, so at most fifteen minutes of changes are at risk in a worst case.
Vault keeps 90 days of restore points by default.
Vault is hosted in Frankfurt for UK public-sector customers, with no data held in London.

We can start with a risk-free pilot in November if the panel agrees.

Kind regards,
Fiona
""",
    items=[
        C("V", "rpo", D(0.25, "hours"), "ok", "Meridian Vault's recovery point objective is a quarter of an hour"),
        C("V", "retention", D(90, "days"), "ok", "Vault keeps 90 days of restore points by default."),
        C("V", "data_centers", "Frankfurt", "ok", "Vault is hosted in Frankfurt for UK public-sector customers"),
        PH("en.guarantee", "We can start with a risk-free pilot in November"),
    ])

# ---------------------------------------------------------------- 2026-10-14 us-hq, Insight (X5)
msg(key="lumen-insight-oct", archive=True, date="Wed, 14 Oct 2026 11:11:11 -0700",
    frm=US_PRIYA, to=[("Jordan Blake", "jordan.blake@lumenretail.com")],
    subject="Beta update for Lumen", msgid="CAHt5Fz3pW7qX2=LfY0tK9n@mail.gmail.com",
    cte="quoted-printable",
    body="""Hi Jordan,

Good news from the beta: Meridian Insight answers most queries in less than 1 second, so your merchandising team will feel the difference.
Meridian Insight remains on track for general availability in January 2027.
Meridian Insight's free trial is 30 days, and I've extended yours to cover the holiday freeze.

We guarantee your dashboards will load faster than your current BI tool.

Priya
""",
    items=[
        C("I", "query_latency", D(1, "seconds"), "conflict", "Meridian Insight answers most queries in less than 1 second"),
        C("I", "general_availability", "2027-01", "ok", "Meridian Insight remains on track for general availability in January 2027."),
        C("I", "free_trial", D(30, "days"), "ok", "Meridian Insight's free trial is 30 days"),
        PH("en.guarantee", "We guarantee your dashboards will load faster than your current BI tool."),
    ])

# ---------------------------------------------------------------- 2026-10-20 tokyo, Vault 15分 (HTML only)
msg(key="hokuto-vault", archive=True, date="Tue, 20 Oct 2026 10:12:03 +0900",
    frm=TOKYO_YAMAMOTO, to=[("工藤 誠", "m.kudo@hokuto-kensetsu.co.jp")],
    subject="メリディアン・ボールトの仕様について", msgid="20261020101203.e4a71@jp.meridian-data.com",
    kind="html", cte="base64",
    body="""<html><head><meta charset="utf-8"></head><body>
<p>北斗建設株式会社<br>情報システム部 工藤様</p>
<p>お世話になっております。メリディアンデータ東京オフィスの山本です。</p>
<p>メリディアン・ボールトのRPO（目標復旧時点）は15分です。</p>
<p>同製品のデータは国内では東京・大阪のデータセンターに保管されます。</p>
<table border="1" cellpadding="4">
<caption>メリディアン・ボールト 主な仕様</caption>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>RPO（目標復旧時点）</td><td>15分</td></tr>
<tr><td>標準保持期間</td><td>90日間</td></tr>
</table>
<p>お見積り（見積番号 HK-1020-15）は別途お送りします。</p>
<p>--<br>山本 美咲<br>メリディアンデータ株式会社 東京オフィス</p>
</body></html>
""",
    items=[
        C("V", "rpo", D(15, "minutes"), "ok", "メリディアン・ボールトのRPO（目標復旧時点）は15分です。"),
        C("V", "data_centers", "Tokyo", "ok", "同製品のデータは国内では東京・大阪のデータセンターに保管されます。"),
        C("V", "data_centers", "Osaka", "ok", "同製品のデータは国内では東京・大阪のデータセンターに保管されます。"),
        C("V", "retention", D(90, "days"), "ok", "90日間"),
    ])

# ---------------------------------------------------------------- 2026-10-27 customer: partner's statement + quote
msg(key="hokuto-customer", archive=True, date="Tue, 27 Oct 2026 19:40:52 +0900",
    frm=("工藤 誠", "m.kudo@hokuto-kensetsu.co.jp"), to=[TOKYO_YAMAMOTO],
    subject="Re: メリディアン・ボールトの仕様について", msgid="CAO9kd2nQ5m0Bv7+Xe1rJ4s@mail.gmail.com",
    cte="base64",
    body="""山本様

ご連絡ありがとうございます。
以前、販売代理店の方からは、メリディアン・ボールトのRPOは1時間と伺っておりました。
15分という理解でよろしいでしょうか。
また、当社の要件は「保持期間1年以上」です。

2026年10月20日(火) 10:12 山本 美咲 <m.yamamoto@jp.meridian-data.com>:
> メリディアン・ボールトのRPO（目標復旧時点）は15分です。
> 同製品のデータは国内では東京・大阪のデータセンターに保管されます。
""",
    items=[
        C("V", "rpo", D(1, "hours"), "conflict", "メリディアン・ボールトのRPOは1時間と伺っておりました。"),
        C("V", "rpo", D(15, "minutes"), "ok", "メリディアン・ボールトのRPO（目標復旧時点）は15分です。", quoted=True, office="tokyo"),
        C("V", "data_centers", "Tokyo", "ok", "同製品のデータは国内では東京・大阪のデータセンターに保管されます。", quoted=True, office="tokyo"),
        C("V", "data_centers", "Osaka", "ok", "同製品のデータは国内では東京・大阪のデータセンターに保管されます。", quoted=True, office="tokyo"),
    ])

# ---------------------------------------------------------------- 2026-10-29 tokyo answer, さんは書きました
msg(key="hokuto-answer", date="Thu, 29 Oct 2026 09:05:30 +0900",
    frm=TOKYO_YAMAMOTO, to=[("工藤 誠", "m.kudo@hokuto-kensetsu.co.jp")],
    subject="Re: Re: メリディアン・ボールトの仕様について", msgid="20261029090530.5f2b8@jp.meridian-data.com",
    cte="quoted-printable",
    body="""工藤様

お世話になっております。山本です。

ご理解のとおり、メリディアン・ボールトのRPOは15分です。
代理店からお伝えした「1時間」という数値は誤りでございました。大変失礼いたしました。
保持期間の延長につきましては、別途お見積りをお送りいたします。

工藤 誠さんは書きました:
> 以前、販売代理店の方からは、メリディアン・ボールトのRPOは1時間と伺っておりました。
> 15分という理解でよろしいでしょうか。

-- 
山本 美咲
""",
    items=[
        C("V", "rpo", D(15, "minutes"), "ok", "ご理解のとおり、メリディアン・ボールトのRPOは15分です。"),
        C("V", "rpo", D(1, "hours"), "conflict", "メリディアン・ボールトのRPOは1時間と伺っておりました。", quoted=True, office="unknown"),
    ])

# ---------------------------------------------------------------- 2026-11-04 tokyo, Vault price 税抜 (agrees with osaka's 税込)
msg(key="haruka-vault-price", archive=True, date="Wed, 04 Nov 2026 15:18:22 +0900",
    frm=TOKYO_SATO, to=[("小林 直樹", "n.kobayashi@haruka-ss.co.jp")],
    subject="メリディアン・ボールト 追加お見積り", msgid="20261104151822.9a3c6@jp.meridian-data.com",
    cte="quoted-printable",
    body="""小林様

お世話になっております。佐藤です。
メリディアン・ボールトの追加お見積りについてご連絡いたします。

メリディアン・ボールトの容量課金は、1TBあたり月額2,800円（税抜）です。
今回の想定容量120TBに対し、年額合計4,032,000円（税抜）となります。
同製品の標準保持期間は3か月間（90日）です。

ご検討のほど、よろしくお願いいたします。

-- 
佐藤 健太
""",
    items=[
        C("V", "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
          "メリディアン・ボールトの容量課金は、1TBあたり月額2,800円（税抜）です。"),
        C("V", "retention", D(90, "days"), "ok", "同製品の標準保持期間は3か月間（90日）です。"),
    ])

# ---------------------------------------------------------------- 2026-11-12 osaka, Vault renewal
msg(key="kansai-renewal", archive=True, date="Thu, 12 Nov 2026 13:46:05 +0900",
    frm=OSAKA_FUJII, to=[("森田 聡", "s.morita@kansai-seiki.co.jp")],
    subject="メリディアン・ボールト ご契約更新のご案内", msgid="c7d2a9e4-1f60-4b8e-a3d5-6e0b9f2c8a17@osaka.jp.meridian-data.com",
    cte="base64",
    body="""森田様

いつもお世話になっております。大阪オフィスの藤井です。
中村の後任として、メリディアン・ボールトの更新のご案内をさせていただきます。

メリディアン・ボールトの料金は、1TBあたり月額3,080円（税込）で据え置きとなります。
また、同製品の1テナントあたりの上限は500TBです。現在のご利用量（約64TB）に対して十分な余裕がございます。
メリディアン・ボールトなら、データが失われることは絶対にございません。

-- 
藤井 彩
メリディアンデータ株式会社 大阪オフィス
""",
    items=[
        C("V", "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok",
          "メリディアン・ボールトの料金は、1TBあたり月額3,080円（税込）で据え置きとなります。"),
        C("V", "max_storage", TB(500), "ok", "同製品の1テナントあたりの上限は500TBです。"),
        PH("ja.absolute", "データが失われることは絶対にございません。"),
    ])

# ---------------------------------------------------------------- 2026-11-16 us-hq, JPY price (office-variant)
msg(key="tsubasa-us", date="Mon, 16 Nov 2026 08:40:12 -0800",
    frm=US_DANA, to=[("Kenji Mori", "kenji.mori@tsubasa-trading.com")],
    subject="Meridian Sync for your US and Osaka teams", msgid="CAF3vQ7rT8u4Jk6e+Wn3s1h@mail.gmail.com",
    cte="quoted-printable",
    body="""Hi Kenji,

Thanks for looping in your Osaka colleagues. A few clarifications on Meridian Sync:

- For your Osaka subsidiary, Meridian Sync is JPY 50,000 per month, excluding consumption tax, when contracted through Meridian Data Japan.
- Here in the US, Meridian Sync is $399 per month.
- Every Meridian Sync user gets 1,000 GB of storage.
- Meridian Sync is ISO 27001 certified and, as of this autumn, ISO 27017 certified as well.
- Meridian Sync keeps unlimited version history for Office files.

The upgrade guide for anyone still on the old client is at https://docs.meridian-data.com/MeridianFileSync/upgrade-guide.

Dana
""",
    items=[
        C("S", "monthly_price", M(50000, "JPY", "month", "excluded"), "office-variant",
          "Meridian Sync is JPY 50,000 per month, excluding consumption tax"),
        C("S", "monthly_price", M(399, "USD", "month"), "ok", "Here in the US, Meridian Sync is $399 per month."),
        C("S", "storage_per_user", GB(1000), "ok", "Every Meridian Sync user gets 1,000 GB of storage."),
        C("S", "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified"),
        C("S", "certifications", "ISO 27017", "conflict", "as of this autumn, ISO 27017 certified as well."),
        PH("en.unlimited", "Meridian Sync keeps unlimited version history for Office files."),
    ])

# ---------------------------------------------------------------- 2026-11-18 tokyo, USD price (office-variant), katakana old name
msg(key="tsubasa-tokyo", date="Wed, 18 Nov 2026 17:22:48 +0900",
    frm=TOKYO_SATO, to=[("中川 翔", "s.nakagawa@tsubasa-trading.co.jp")],
    subject="メリディアン製品に関するご質問への回答", msgid="20261118172248.c18d5@jp.meridian-data.com",
    charset="iso-2022-jp", cte="7bit",
    body="""株式会社つばさトレーディング
情報システム部 中川様

お世話になっております。東京オフィスの佐藤です。
米国本社のWhitfieldより共有のあったご質問について回答いたします。

・米国本社でのご契約の場合、メリディアン・シンクは月額399米ドルです。
・メリディアン・インサイトの稼働率SLAは、正式版で99.9%を予定しております。
・メリディアン・インサイトはWindows、Macのブラウザからご利用いただけます。
・旧製品名「メリディアン・ファイルシンク」でご契約中のライセンスは、そのまま移行できます。

-- 
佐藤 健太
メリディアンデータ株式会社 東京オフィス
""",
    items=[
        C("S", "monthly_price", M(399, "USD", "month"), "office-variant", "メリディアン・シンクは月額399米ドルです。"),
        C("I", "sla", 99.9, "unverified", "メリディアン・インサイトの稼働率SLAは、正式版で99.9%を予定しております。"),
        C("I", "supported_platforms", "Windows", "unverified", "メリディアン・インサイトはWindows、Macのブラウザからご利用いただけます。"),
        C("I", "supported_platforms", "macOS", "unverified", "メリディアン・インサイトはWindows、Macのブラウザからご利用いただけます。"),
        TERM("S", "旧製品名「メリディアン・ファイルシンク」"),
    ])

# ---------------------------------------------------------------- 2026-11-19 london, USD price (office-variant), TiB, GiB
msg(key="kestrel-vault", date="Thu, 19 Nov 2026 12:03:33 +0000",
    frm=UK_OLIVER, to=[("Marta Lindqvist", "marta.lindqvist@kestrelmedia.co.uk")],
    subject="Your three points on Meridian Vault", msgid="20261119120333.7d4a0@uk.meridian-data.com",
    cte="quoted-printable",
    body="""Hi Marta,

Answers to the three points you raised on Meridian Vault:

1. Price. Meridian Vault is £16 per TB per month on our UK price list. Your US parent would see $20 per TB per month on the US list, which is the same service.
2. Scale. Meridian Vault supports up to 500 TiB per tenant, so your 310 TB archive fits comfortably.
3. Files. Meridian Vault protects single files of up to 50 GiB; larger media files are split automatically.

Best,
Oliver
""",
    items=[
        C("V", "price_per_tb", M(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month on our UK price list."),
        C("V", "price_per_tb", M(20, "USD", "TB-month"), "office-variant", "Your US parent would see $20 per TB per month on the US list"),
        C("V", "max_storage", TiB(500), "conflict", "Meridian Vault supports up to 500 TiB per tenant"),
        C("V", "max_file_size", GiB(50), "unverified", "Meridian Vault protects single files of up to 50 GiB"),
    ])

# ---------------------------------------------------------------- 2026-11-20 customer, reseller's statement, question
msg(key="kansai-customer", date="Fri, 20 Nov 2026 08:55:19 +0900",
    frm=("森田 聡", "s.morita@kansai-seiki.co.jp"), to=[OSAKA_FUJII],
    subject="Re: メリディアン・ボールト ご契約更新のご案内", msgid="TYWP286MB3302F1A8C5D74@TYWP286MB3302.JPNP286.PROD.OUTLOOK.COM",
    charset="iso-2022-jp", cte="7bit",
    body="""藤井様

お世話になっております。関西精機の森田です。
更新のご案内ありがとうございました。

販売代理店の担当者からは、メリディアン・シンクはLinuxにも対応していると伺っております。
当社では来年、メリディアン・シンクで2万ユーザーまで利用することは可能でしょうか。
また、メリディアン・ボールトの保持期間を1年に延長する場合の費用もお教えください。

よろしくお願いいたします。
森田
""",
    items=[
        C("S", "supported_platforms", "Linux", "conflict", "メリディアン・シンクはLinuxにも対応していると伺っております。"),
    ])

UNREADABLE = {"key": "unreadable-gzip", "why": "gzip-compressed data, not an RFC 5322 message"}


# ====================================================================== the documents
DOCS = []


def doc(path, text, items=(), draft=False):
    DOCS.append({"path": path, "text": text, "items": list(items), "draft": draft})


# ---------------------------------------------------------------- us-hq: RFP answer matrix (md)
doc("docs/us-hq/northwind-rfp-response.md", """# Northwind Freight - RFP NWF-2026-118: Response from Meridian Data

Prepared for: Northwind Freight procurement (RFP NWF-2026-118, issued 2026-10-02)
Prepared by: Marcus Oyelaran, Solutions Engineering - submitted 2026-11-06

This response covers two products. Requirement text is reproduced verbatim from the RFP; our answers are in the right-hand column.

## Section A - Meridian Sync (file sync and share)

| Ref | Requirement (from RFP) | Meridian Data response |
|-----|------------------------|------------------------|
| A.1 | The solution must support at least 6,500 named users in a single tenant. | Compliant. Up to 10,000 named users per tenant. |
| A.2 | Per-user storage of no less than 500 GB. | Compliant. 1 TB per user. |
| A.3 | Availability commitment of 99.5% or higher. | Compliant. 99.9% monthly uptime SLA. |
| A.4 | Clients for Windows, macOS and Linux desktops. | Partially compliant. Windows and macOS desktop clients; iOS and Android mobile apps. No Linux client. |
| A.5 | Offline editing on field laptops. | Not compliant. Meridian Sync has no offline mode. |
| A.6 | Security certifications held (list). | ISO 27001, ISO 27017 and SOC 2 Type II (report available under NDA). |
| A.7 | Maximum single-file upload size. | 50 GB per file. |

## Section B - Meridian Vault (backup and recovery)

| Ref | Requirement (from RFP) | Meridian Data response |
|-----|------------------------|------------------------|
| B.1 | Recovery point objective (RPO) of 30 minutes or better. | Compliant. RPO of 15 minutes. |
| B.2 | Recovery time objective (RTO), stated in hours. | 4 hours for a full-tenant restore. |
| B.3 | Backup retention of at least 60 days. | Compliant. 90 days by default, configurable per policy. |
| B.4 | Protected capacity of 300 TB at contract start, growing to 450 TB. | Compliant. Up to 500 TB per tenant. |
| B.5 | Primary and secondary hosting regions in the United States. | Oregon (primary). Our second region is Frankfurt; we do not offer a second US region. |
| B.6 | Encryption of data at rest. | AES-256. |

## Section C - Commercials

Table C-1: Unit prices, USD, excluding sales tax

| Item | Billing unit | Unit price | Qty | Extended (12 months) |
|------|--------------|-----------|-----|----------------------|
| Meridian Sync | per month | $399 | 1 | $4,788 |
| Meridian Vault | per TB per month | $20 | 300 TB | $72,000 |

Extended amounts are before the 8% multi-product discount described in the cover letter.

## Appendix - Document history

| Version | Date | Author | Change |
|---------|------|--------|--------|
| 0.1 | 2026-10-20 | M. Oyelaran | First draft, 14 requirements answered |
| 0.9 | 2026-11-02 | D. Whitfield | Pricing reviewed; 2 answers reworded |
| 1.0 | 2026-11-06 | M. Oyelaran | Submitted |
""", [
    C("S", "max_users", 10000, "ok", "Compliant. Up to 10,000 named users per tenant."),
    C("S", "storage_per_user", TB(1), "ok", "Compliant. 1 TB per user."),
    C("S", "sla", 99.9, "ok", "Compliant. 99.9% monthly uptime SLA."),
    C("S", "supported_platforms", "Windows", "ok", "Windows and macOS desktop clients"),
    C("S", "supported_platforms", "macOS", "ok", "Windows and macOS desktop clients"),
    C("S", "supported_platforms", "iOS", "ok", "iOS and Android mobile apps"),
    C("S", "supported_platforms", "Android", "ok", "iOS and Android mobile apps"),
    C("S", "offline_mode", False, "ok", "Meridian Sync has no offline mode."),
    C("S", "certifications", "ISO 27001", "ok", "ISO 27001, ISO 27017 and SOC 2 Type II (report available under NDA)."),
    C("S", "certifications", "ISO 27017", "conflict", "ISO 27001, ISO 27017 and SOC 2 Type II (report available under NDA)."),
    C("S", "certifications", "SOC 2 Type II", "ok", "ISO 27001, ISO 27017 and SOC 2 Type II (report available under NDA)."),
    C("S", "max_file_size", GB(50), "unverified", "50 GB per file."),
    C("V", "rpo", D(15, "minutes"), "ok", "Compliant. RPO of 15 minutes."),
    C("V", "rto", D(4, "hours"), "unverified", "4 hours for a full-tenant restore."),
    C("V", "retention", D(90, "days"), "ok", "Compliant. 90 days by default, configurable per policy."),
    C("V", "max_storage", TB(500), "ok", "Compliant. Up to 500 TB per tenant."),
    C("V", "data_centers", "Oregon", "ok", "Oregon (primary). Our second region is Frankfurt"),
    C("V", "data_centers", "Frankfurt", "ok", "Oregon (primary). Our second region is Frankfurt"),
    C("V", "encryption", "AES-256", "ok", "| Encryption of data at rest. | AES-256. |"),
    C("S", "monthly_price", M(399, "USD", "month", "excluded"), "ok", "| Meridian Sync | per month | $399 |"),
    C("V", "price_per_tb", M(20, "USD", "TB-month", "excluded"), "ok", "| Meridian Vault | per TB per month | $20 |"),
])

# ---------------------------------------------------------------- us-hq: spec sheet with footnotes, rowspan (html)
doc("docs/us-hq/meridian-vault-spec-sheet.html", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Meridian Vault &mdash; Technical Specification Sheet</title>
</head>
<body>
<h1>Meridian Vault &mdash; Technical Specification Sheet</h1>
<p class="meta">Revision 2026.3 &middot; For customer distribution</p>

<table>
<caption>Service limits and objectives</caption>
<thead>
<tr><th>Area</th><th>Specification</th><th>Value</th></tr>
</thead>
<tbody>
<tr><td rowspan="2">Recovery</td><td>Recovery point objective (RPO)</td><td>&le; 15 min<sup><a href="#fn1">1</a></sup></td></tr>
<tr><td>Recovery time objective (RTO)</td><td>Depends on data volume<sup><a href="#fn2">2</a></sup></td></tr>
<tr><td rowspan="2">Capacity</td><td>Protected data per tenant</td><td>up to 500&nbsp;TB</td></tr>
<tr><td>Largest single file</td><td>5&nbsp;TB</td></tr>
<tr><td>Retention</td><td>Default retention</td><td>90 days</td></tr>
<tr><td>Availability</td><td>Service SLA</td><td>99.95%<sup><a href="#fn3">3</a></sup></td></tr>
<tr><td>Security</td><td>Encryption at rest</td><td>AES-256 (keys rotated every 90 days)</td></tr>
<tr><td>Hosting</td><td>Data center regions</td><td>Tokyo, Osaka, Oregon, Frankfurt</td></tr>
</tbody>
</table>

<h2>Pricing</h2>
<table>
<caption>List price (USD, excludes applicable taxes)</caption>
<tr><th>Billing unit</th><th>Price</th></tr>
<tr><td>Per TB protected, per month</td><td>$20</td></tr>
</table>

<p>Meridian Vault is the industry-leading backup service for mid-market IT teams.<sup>4</sup></p>

<h2>Notes</h2>
<ol class="footnotes">
<li id="fn1">RPO is measured as the maximum interval between successful snapshots of a protected workload.</li>
<li id="fn2">Restore duration depends on volume and network path; see the Restore Planning Guide.</li>
<li id="fn3">Monthly service availability as defined in the Meridian Cloud Services SLA v4, Schedule B.</li>
</ol>
<p class="source">4. Source: Halden Research, Mid-Market Backup Buyers Survey, May 2026.</p>

<h2>Revision history</h2>
<table>
<tr><th>Rev</th><th>Date</th><th>Changes</th></tr>
<tr><td>2026.1</td><td>2026-01-15</td><td>Initial sheet for FY2026; 12 rows</td></tr>
<tr><td>2026.2</td><td>2026-05-04</td><td>Added footnote 3; 2 corrections</td></tr>
<tr><td>2026.3</td><td>2026-09-30</td><td>Pricing table moved; RPO wording clarified</td></tr>
</table>
</body>
</html>
""", [
    C("V", "rpo", D(15, "minutes"), "ok", "15 min"),
    C("V", "max_storage", TB(500), "ok", "up to 500\u00a0TB"),
    C("V", "max_file_size", TB(5), "unverified", "Largest single file"),
    C("V", "retention", D(90, "days"), "ok", "Default retention"),
    C("V", "sla", 99.95, "ok", "99.95%"),
    C("V", "encryption", "AES-256", "ok", "AES-256 (keys rotated every 90 days)"),
    C("V", "data_centers", "Tokyo", "ok", "Tokyo, Osaka, Oregon, Frankfurt"),
    C("V", "data_centers", "Osaka", "ok", "Tokyo, Osaka, Oregon, Frankfurt"),
    C("V", "data_centers", "Oregon", "ok", "Tokyo, Osaka, Oregon, Frankfurt"),
    C("V", "data_centers", "Frankfurt", "ok", "Tokyo, Osaka, Oregon, Frankfurt"),
    C("V", "price_per_tb", M(20, "USD", "TB-month", "excluded"), "ok", "Per TB protected, per month"),
])

# ---------------------------------------------------------------- us-hq: FAQ (md)
doc("docs/us-hq/insight-faq.md", """# Meridian Insight - Frequently Asked Questions

_Last reviewed 2026-11-10 by the US solutions team. Meridian Insight is currently in beta._

### When will Meridian Insight be generally available?

General availability is planned for January 2027. Until then, Meridian Insight is offered as a beta to selected customers.

### How much does it cost?

Meridian Insight is $30 per user per month, excluding sales tax, billed annually.

### Is there a free trial?

Yes - every new workspace gets a 30-day free trial, no credit card required. Trials cannot be extended beyond 30 days.

### How fast are queries?

On our reference 100-million-row workspace, 95% of queries return in 2 seconds or less.

### How many dashboards can I create?

Up to 200 dashboards per workspace. If you need more, talk to us about splitting workspaces.

### Which data sources does Meridian Insight connect to?

Meridian Insight includes more than 40 pre-built connectors, including Salesforce, Snowflake and PostgreSQL.

### What uptime does Meridian Insight commit to?

During the beta there is no contractual SLA. After general availability, Meridian Insight will carry a 99.9% uptime SLA.

### Is Meridian Insight available in languages other than English?

The interface is available in 6 languages: English, Japanese, German, French, Spanish and Portuguese.

### Why do customers pick it?

Customers tell us Meridian Insight is the best BI tool on the market for teams without data engineers.
""", [
    C("I", "general_availability", "2027-01", "ok", "General availability is planned for January 2027."),
    C("I", "per_user_price", M(30, "USD", "user-month", "excluded"), "ok",
      "Meridian Insight is $30 per user per month, excluding sales tax, billed annually."),
    C("I", "free_trial", D(30, "days"), "ok", "every new workspace gets a 30-day free trial"),
    C("I", "query_latency", D(2, "seconds"), "ok", "95% of queries return in 2 seconds or less."),
    C("I", "max_dashboards", 200, "ok", "Up to 200 dashboards per workspace."),
    C("I", "integrations", 40, "unverified", "Meridian Insight includes more than 40 pre-built connectors"),
    C("I", "sla", 99.9, "unverified", "Meridian Insight will carry a 99.9% uptime SLA."),
    C("I", "ui_languages", 6, "unverified", "The interface is available in 6 languages"),
    PH("en.superlative", "Meridian Insight is the best BI tool on the market"),
])

# ---------------------------------------------------------------- london: proposal, product in section heading (md)
doc("docs/london/harcourt-finch-insight-proposal.md", """# Proposal: Analytics Modernisation for Harcourt & Finch LLP

Meridian Data UK Ltd - Proposal ref. MDUK-P-2611-07 - 18 November 2026

## 1. Executive summary

Harcourt & Finch asked us for a reporting platform that its 340 fee-earners can use without training. We propose Meridian Insight, our analytics and dashboard service, with an eight-week onboarding programme.

## 2. Meridian Insight at a glance

| Capability | What you get |
|---|---|
| Availability | Beta today; generally available from January 2027 |
| Dashboards | Up to 250 per workspace |
| Query performance | Typically under 2 seconds (p95) |
| Free trial | ~~14 days~~ 30 days from workspace creation |
| Data sources | 40+ connectors |

## 3. Commercials

Table 3.1 - Meridian Insight licence fees (GBP, all prices exclude VAT)

| Licence | Price | Users | Annual total |
|---|---|---|---|
| Named user | £25 per user per month | 340 | £102,000 |

A 10% discount applies to the annual total if the order is signed before 19 December 2026.

## 4. Assumptions

- Harcourt & Finch will provide read access to its practice-management database by 4 January 2027.
- Meridian Insight does not provide an uptime SLA during the beta period.
""", [
    C("I", "general_availability", "2027-01", "ok", "Beta today; generally available from January 2027"),
    C("I", "max_dashboards", 250, "conflict", "| Dashboards | Up to 250 per workspace |"),
    C("I", "query_latency", D(2, "seconds"), "ok", "Typically under 2 seconds (p95)"),
    C("I", "free_trial", D(30, "days"), "ok", "~~14 days~~ 30 days from workspace creation"),
    C("I", "integrations", 40, "unverified", "| Data sources | 40+ connectors |"),
    C("I", "per_user_price", M(25, "GBP", "user-month", "excluded"), "ok", "£25 per user per month"),
])

# ---------------------------------------------------------------- london: side-by-side, colspan "Both products" (html)
doc("docs/london/sync-vault-side-by-side.html", """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Meridian Sync and Meridian Vault: side-by-side</title></head>
<body>
<h1>Meridian Sync and Meridian Vault: side-by-side</h1>
<p>Prepared by the London office for public-sector buyers. Prices exclude VAT.</p>
<table border="1">
<caption>Key figures</caption>
<tr><th>Attribute</th><th>Meridian Sync</th><th>Meridian Vault</th></tr>
<tr><td>Service availability (SLA)</td><td>99.9%</td><td>99.95%</td></tr>
<tr><td>Price</td><td>&pound;329 per month</td><td>&pound;16 per TB per month</td></tr>
<tr><td>Capacity</td><td>1 TB per user</td><td>up to 500 TB per tenant</td></tr>
<tr><td>Users</td><td>up to 10,000</td><td>n/a</td></tr>
<tr><td>Certifications</td><td colspan="2">Both products: ISO 27001 and SOC 2 Type II</td></tr>
<tr><td>Encryption at rest</td><td colspan="2">Both products: AES-256</td></tr>
<tr><td>Data centre region</td><td>EU (Frankfurt) for UK customers</td><td>Frankfurt, with Oregon as the disaster-recovery site</td></tr>
<tr><td>Offline working</td><td>Not supported</td><td>n/a</td></tr>
</table>
<p>Figures correct as of November 2026. Meridian Data UK Ltd, registered in England no. 11294410.</p>
</body>
</html>
""", [
    C("S", "sla", 99.9, "ok", "99.9%"),
    C("V", "sla", 99.95, "ok", "99.95%"),
    C("S", "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "£329 per month"),
    C("V", "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "£16 per TB per month"),
    C("S", "storage_per_user", TB(1), "ok", "1 TB per user"),
    C("V", "max_storage", TB(500), "ok", "up to 500 TB per tenant"),
    C("S", "max_users", 10000, "ok", "up to 10,000"),
    C("S", "certifications", "ISO 27001", "ok", "Both products: ISO 27001 and SOC 2 Type II"),
    C("S", "certifications", "SOC 2 Type II", "ok", "Both products: ISO 27001 and SOC 2 Type II"),
    C("V", "certifications", "ISO 27001", "unverified", "Both products: ISO 27001 and SOC 2 Type II"),
    C("V", "certifications", "SOC 2 Type II", "unverified", "Both products: ISO 27001 and SOC 2 Type II"),
    C("V", "encryption", "AES-256", "ok", "Both products: AES-256"),
    C("S", "encryption", "AES-256", "unverified", "Both products: AES-256"),
    C("S", "data_centers", "Frankfurt", "unverified", "EU (Frankfurt) for UK customers"),
    C("V", "data_centers", "Frankfurt", "ok", "Frankfurt, with Oregon as the disaster-recovery site"),
    C("V", "data_centers", "Oregon", "ok", "Frankfurt, with Oregon as the disaster-recovery site"),
    C("S", "offline_mode", False, "ok", "Not supported"),
])

# ---------------------------------------------------------------- london: security appendix (txt)
doc("docs/london/security-appendix.txt", """MERIDIAN DATA UK - SECURITY AND COMPLIANCE APPENDIX
Applies to proposals for: Meridian Sync, Meridian Vault
Document owner: London Solutions Team    Version 3.1    Issued 2 November 2026

A.1 Scope
This appendix accompanies proposals issued by Meridian Data UK Ltd. It answers
the security questions most often asked by UK public-sector and legal buyers.

A.2 Certifications
Meridian Sync is certified to ISO/IEC 27001:2022 and has a SOC 2 Type II report
covering the period 1 October 2024 to 30 September 2025.
Meridian Vault holds Cyber Essentials Plus certification.

A.3 Encryption
Meridian Vault encrypts all backup data at rest using AES-256. Data in transit is
protected with TLS 1.2 or later.

A.4 Data location
Meridian Vault hosts UK customer backups in its Frankfurt data centre;
a second copy can be held in the Oregon region on request.
Meridian Vault has no London region.

A.5 Recovery objectives
Meridian Vault: RPO 15 minutes; RTO agreed per contract (typically 4-8 hours).

A.6 Support
Meridian Sync and Meridian Vault customers in the UK get a first response within 2 hours
for P1 incidents.

A.7 Version history
  Version  Date         Change
  2.0      2025-06-01   Rewritten for the ISO/IEC 27001:2022 transition
  3.0      2026-04-14   Added Meridian Vault; 6 sections
  3.1      2026-11-02   Support targets updated (A.6)
""", [
    C("S", "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO/IEC 27001:2022 and has a SOC 2 Type II report"),
    C("S", "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified to ISO/IEC 27001:2022 and has a SOC 2 Type II report"),
    C("V", "certifications", "Cyber Essentials Plus", "unverified", "Meridian Vault holds Cyber Essentials Plus certification."),
    C("V", "encryption", "AES-256", "ok", "Meridian Vault encrypts all backup data at rest using AES-256."),
    C("V", "data_centers", "Frankfurt", "ok", "Meridian Vault hosts UK customer backups in its Frankfurt data centre;"),
    C("V", "data_centers", "Oregon", "ok", "a second copy can be held in the Oregon region on request."),
    C("V", "rpo", D(15, "minutes"), "ok", "Meridian Vault: RPO 15 minutes;"),
    C("V", "rto", R(4, 8, "hours"), "unverified", "RTO agreed per contract (typically 4-8 hours)."),
    C("S", "support_response_time", D(2, "hours"), "unverified",
      "Meridian Sync and Meridian Vault customers in the UK get a first response within 2 hours"),
    C("V", "support_response_time", D(2, "hours"), "unverified",
      "Meridian Sync and Meridian Vault customers in the UK get a first response within 2 hours"),
])

# ---------------------------------------------------------------- tokyo: proposal with 両製品共通, tax caption (md)
doc("docs/tokyo/提案書_北斗建設_シンク_ボールト.md", """# 北斗建設株式会社様 ファイル共有・バックアップ基盤ご提案書

メリディアンデータ株式会社 東京オフィス
提案書番号：MDJ-T-2611-022　／　2026年11月16日

## 1. ご提案の概要

貴社設計部門（約900名）の図面共有と、基幹サーバーのバックアップを、メリディアン シンクとメリディアン ボールトの2製品で統合いたします。

## 2. メリディアン シンク

| 項目 | 仕様 |
|---|---|
| 最大ユーザー数 | 1テナントあたり1万ユーザー |
| ストレージ | 1ユーザーあたり1TB |
| 稼働率SLA | 99.9% |
| 対応OS | Windows／macOS／iOS／Android |
| オフライン利用 | 非対応 |

## 3. メリディアン ボールト

| 項目 | 仕様 |
|---|---|
| RPO（目標復旧時点） | 15分以内 |
| RTO（目標復旧時間） | 4〜8時間（データ量により変動） |
| 標準保持期間 | 90日間 |
| 最大容量 | 1テナントあたり0.5PB |
| データセンター | 東京・大阪（国内2拠点） |

## 4. 両製品共通

| 項目 | 内容 |
|---|---|
| 保存データの暗号化 | AES-256 |
| 第三者認証 | ISO/IEC 27001、SOC 2 Type II |
| サポート窓口の初回回答 | 平日4時間以内 |

## 5. お見積り

表5-1　月額ご利用料金（金額はすべて税抜）

| 製品 | 課金単位 | 単価 | 数量 | 月額小計 |
|---|---|---|---|---|
| メリディアン シンク | 1テナント／月 | 50,000円 | 1 | 50,000円 |
| メリディアン ボールト | 1TB／月 | 2,800円 | 60 | 168,000円 |
| 合計 | | | | 218,000円 |

※初年度は上記合計から10%の導入割引を適用いたします。

## 6. 参考：改訂履歴

| 版 | 日付 | 変更内容 |
|---|---|---|
| 1.0 | 2026-11-09 | 初版 |
| 1.1 | 2026-11-16 | 価格表を税抜表記に統一、RPO表記を修正 |

<!-- onevoice-disable ja.superlative-no1 -->
メリディアン シンクは、建設業界No.1の導入実績を誇ります。
<!-- onevoice-enable -->
""", [
    C("S", "max_users", 10000, "ok", "| 最大ユーザー数 | 1テナントあたり1万ユーザー |"),
    C("S", "storage_per_user", TB(1), "ok", "| ストレージ | 1ユーザーあたり1TB |"),
    C("S", "sla", 99.9, "ok", "| 稼働率SLA | 99.9% |"),
    C("S", "supported_platforms", "Windows", "ok", "Windows／macOS／iOS／Android"),
    C("S", "supported_platforms", "macOS", "ok", "Windows／macOS／iOS／Android"),
    C("S", "supported_platforms", "iOS", "ok", "Windows／macOS／iOS／Android"),
    C("S", "supported_platforms", "Android", "ok", "Windows／macOS／iOS／Android"),
    C("S", "offline_mode", False, "ok", "| オフライン利用 | 非対応 |"),
    C("V", "rpo", D(15, "minutes"), "ok", "| RPO（目標復旧時点） | 15分以内 |"),
    C("V", "rto", R(4, 8, "hours"), "unverified", "| RTO（目標復旧時間） | 4〜8時間（データ量により変動） |"),
    C("V", "retention", D(90, "days"), "ok", "| 標準保持期間 | 90日間 |"),
    C("V", "max_storage", TB(500), "ok", "| 最大容量 | 1テナントあたり0.5PB |"),
    C("V", "data_centers", "Tokyo", "ok", "| データセンター | 東京・大阪（国内2拠点） |"),
    C("V", "data_centers", "Osaka", "ok", "| データセンター | 東京・大阪（国内2拠点） |"),
    C("V", "encryption", "AES-256", "ok", "| 保存データの暗号化 | AES-256 |"),
    C("S", "encryption", "AES-256", "unverified", "| 保存データの暗号化 | AES-256 |"),
    C("S", "certifications", "ISO 27001", "ok", "| 第三者認証 | ISO/IEC 27001、SOC 2 Type II |"),
    C("S", "certifications", "SOC 2 Type II", "ok", "| 第三者認証 | ISO/IEC 27001、SOC 2 Type II |"),
    C("V", "certifications", "ISO 27001", "unverified", "| 第三者認証 | ISO/IEC 27001、SOC 2 Type II |"),
    C("V", "certifications", "SOC 2 Type II", "unverified", "| 第三者認証 | ISO/IEC 27001、SOC 2 Type II |"),
    C("S", "support_response_time", D(4, "hours"), "unverified", "| サポート窓口の初回回答 | 平日4時間以内 |"),
    C("V", "support_response_time", D(4, "hours"), "unverified", "| サポート窓口の初回回答 | 平日4時間以内 |"),
    C("S", "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク | 1テナント／月 | 50,000円 |"),
    C("V", "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "| メリディアン ボールト | 1TB／月 | 2,800円 |"),
])

# ---------------------------------------------------------------- tokyo: RFP answer matrix with rowspan (html)
doc("docs/tokyo/rfp回答_さくらテック_インサイト.html", """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>RFP回答書：経営ダッシュボード基盤</title></head>
<body>
<h1>RFP回答書：経営ダッシュボード基盤（株式会社さくらテック様）</h1>
<p>回答日：2026年11月11日　回答者：メリディアンデータ株式会社 東京オフィス 佐藤</p>
<table border="1">
<caption>メリディアン・インサイト 要件回答表</caption>
<tr><th>項番</th><th>区分</th><th>ご要件</th><th>回答</th></tr>
<tr><td>1</td><td rowspan="3">機能</td><td>ダッシュボードを300個以上作成できること</td><td>一部対応：1ワークスペースあたり最大200個まで作成可能です。</td></tr>
<tr><td>2</td><td>クエリ応答時間が3秒以内であること</td><td>対応：最大2秒（p95）です。</td></tr>
<tr><td>3</td><td>外部データソースとの標準連携</td><td>対応：標準コネクタを約40種類ご用意しています。</td></tr>
<tr><td>4</td><td rowspan="3">導入・価格</td><td>正式版の提供開始時期</td><td>2027年1月に一般提供を開始予定です。</td></tr>
<tr><td>5</td><td>1ユーザーあたりの月額料金（税込で回答のこと）</td><td>4,400円（税込）</td></tr>
<tr><td>6</td><td>海外拠点（米国）で契約する場合の参考価格</td><td>米国本社とのご契約では、1ユーザーあたり月額30米ドルとなります。</td></tr>
<tr><td>7</td><td rowspan="2">運用</td><td>無料トライアル期間</td><td>30日間</td></tr>
<tr><td>8</td><td>SLA（稼働率）の提示</td><td>正式版では99.9%を予定しております。</td></tr>
</table>
<p>メリディアン・インサイトは、国内BIツールの顧客満足度調査で第1位※を獲得しています。</p>
<p>※2026年9月 東京リサーチ調べ（国内BIツール利用企業500社を対象）</p>
</body>
</html>
""", [
    C("I", "max_dashboards", 200, "ok", "一部対応：1ワークスペースあたり最大200個まで作成可能です。"),
    C("I", "query_latency", D(2, "seconds"), "ok", "対応：最大2秒（p95）です。"),
    C("I", "integrations", 40, "unverified", "対応：標準コネクタを約40種類ご用意しています。"),
    C("I", "general_availability", "2027-01", "ok", "2027年1月に一般提供を開始予定です。"),
    C("I", "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", "4,400円（税込）"),
    C("I", "per_user_price", M(30, "USD", "user-month"), "office-variant", "米国本社とのご契約では、1ユーザーあたり月額30米ドルとなります。"),
    C("I", "free_trial", D(30, "days"), "ok", "30日間"),
    C("I", "sla", 99.9, "unverified", "正式版では99.9%を予定しております。"),
])

# ---------------------------------------------------------------- tokyo: FAQ (txt)
doc("docs/tokyo/よくあるご質問_メリディアン・ボールト.txt", """メリディアン・ボールト　よくあるご質問（FAQ）
東京オフィス 営業技術グループ　2026年10月版

Q1. バックアップデータはどこに保管されますか？
A1. メリディアン・ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。国内のお客様は東京・大阪をご利用いただけます。

Q2. RPOはどのくらいですか？
A2. 同製品のRPOは最大15分です。ただし「15分以内にリストアが完了する」という意味ではございません。

Q3. 保持期間は変更できますか？
A3. 同製品の標準の保持期間は90日間です。ポリシー設定により延長できます（追加料金がかかります）。

Q4. 料金はいくらですか？
A4. 同製品は1TBあたり月額2,800円（税抜）、税込3,080円です。最低契約期間は12か月です。

Q5. 1ファイルの最大サイズは？
A5. 同製品では1ファイルあたり最大5TBまでバックアップ可能です。

Q6. 復旧にかかる時間（RTO）は？
A6. 同製品のRTO（目標復旧時間）は、標準構成でおよそ4〜8時間が目安です。

Q7. 他社と比べて価格面の優位性はありますか？
A7. 容量単価は国内主要クラウドバックアップの中で最安水準です※。
※2026年8月 当社調べ（国内主要5サービスの公開価格を比較）
""", [
    C("V", "data_centers", "Tokyo", "ok", "メリディアン・ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。"),
    C("V", "data_centers", "Osaka", "ok", "メリディアン・ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。"),
    C("V", "data_centers", "Oregon", "ok", "メリディアン・ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。"),
    C("V", "data_centers", "Frankfurt", "ok", "メリディアン・ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。"),
    C("V", "rpo", D(15, "minutes"), "ok", "同製品のRPOは最大15分です。"),
    C("V", "retention", D(90, "days"), "ok", "同製品の標準の保持期間は90日間です。"),
    C("V", "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "同製品は1TBあたり月額2,800円（税抜）、税込3,080円です。"),
    C("V", "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok", "同製品は1TBあたり月額2,800円（税抜）、税込3,080円です。"),
    C("V", "max_file_size", TB(5), "unverified", "同製品では1ファイルあたり最大5TBまでバックアップ可能です。"),
    C("V", "rto", R(4, 8, "hours"), "unverified", "同製品のRTO（目標復旧時間）は、標準構成でおよそ4〜8時間が目安です。"),
])

# ---------------------------------------------------------------- tokyo: a draft (.onevoice.yaml ignores it)
doc("docs/tokyo/drafts/見積_下書き_さくらテック.md", """# 【下書き・社外秘】さくらテック様 お見積り（未確定）

- メリディアン シンク：月額45,000円（税込）※営業部長承認待ち
- メリディアン シンクは最大2万ユーザーまで拡張予定
- メリディアン・ファイルシンクからの移行費用は無料
- 業界No.1のサポート体制
""", draft=True)

# ---------------------------------------------------------------- osaka: quote with tax caption, colspan totals (html)
doc("docs/osaka/御見積書_大和精工_ボールト.html", """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>御見積書 OSK-Q-2611-0042</title></head>
<body>
<h1>御見積書</h1>
<p>株式会社大和精工 御中</p>
<p>見積番号：OSK-Q-2611-0042<br>発行日：2026年11月20日<br>有効期限：2026年12月19日</p>
<p>下記のとおりお見積り申し上げます。</p>
<table border="1">
<caption>メリディアン・ボールト ご利用料金（単価・金額はすべて税込）</caption>
<tr><th>品目</th><th>単位</th><th>単価（月額）</th><th>数量</th><th>金額（月額）</th></tr>
<tr><td>バックアップ容量</td><td>1TB</td><td>3,080円</td><td>80</td><td>246,400円</td></tr>
<tr><td colspan="4">月額合計（税込）</td><td>246,400円</td></tr>
<tr><td colspan="4">うち消費税（10%）</td><td>22,400円</td></tr>
</table>
<h2>前提条件</h2>
<ul>
<li>メリディアン・ボールトは1テナントあたり最大500TBまでご利用いただけます。</li>
<li>同製品の保存データは大阪データセンターに保管し、東京データセンターへ複製します。</li>
<li>同製品の標準保持期間は90日間です。延長をご希望の場合は別途お見積りいたします。</li>
<li>同製品の保存データはAES-128方式で暗号化されます。</li>
<li>本見積の有効期限は発行日から30日間です。</li>
</ul>
<p>担当：藤井 彩（大阪オフィス）</p>
</body>
</html>
""", [
    C("V", "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok", "3,080円"),
    C("V", "max_storage", TB(500), "ok", "メリディアン・ボールトは1テナントあたり最大500TBまでご利用いただけます。"),
    C("V", "data_centers", "Osaka", "ok", "同製品の保存データは大阪データセンターに保管し、東京データセンターへ複製します。"),
    C("V", "data_centers", "Tokyo", "ok", "同製品の保存データは大阪データセンターに保管し、東京データセンターへ複製します。"),
    C("V", "retention", D(90, "days"), "ok", "同製品の標準保持期間は90日間です。"),
    C("V", "encryption", "AES-128", "conflict", "同製品の保存データはAES-128方式で暗号化されます。"),
])

# ---------------------------------------------------------------- osaka: spec sheet with footnotes, (誤)(正), old name (md)
doc("docs/osaka/製品仕様書_メリディアン_シンク.md", """# メリディアン シンク 製品仕様書（大阪オフィス版）

旧称：メリディアン ファイルシンク（2025年10月に名称変更）
文書番号：OSK-SPEC-SYNC-07　／　第7版　／　2026年11月5日

## 1. 基本仕様

| 項目 | 仕様 | 備考 |
|---|---|---|
| 最大ユーザー数 | 5,000ユーザー[^1] | 1テナントあたり |
| ストレージ容量 | (誤)100GB (正)1TB | 1ユーザーあたり |
| 稼働率SLA | 99.9%[^2] | 月間 |
| オフライン利用 | 不可 | 常時接続が必要です |
| 対応OS | Windows 10/11、macOS、iOS、Android | Linuxは対象外 |

[^1]: 1テナントあたりの上限です。上限を超える場合はテナントを分割してご利用ください。
[^2]: 計画メンテナンス時間を除く月間稼働率です。

メリディアン シンクは、関西の中堅企業で導入社数No.1のファイル共有サービスです。

## 2. 料金（税込表示）

| プラン | 月額料金 |
|---|---|
| メリディアン シンク 標準プラン | 55,000円 |

## 3. 改訂履歴

| 版 | 日付 | 内容 |
|---|---|---|
| 第5版 | 2025-10-01 | 製品名変更に伴う改訂 |
| 第6版 | 2026-02-12 | 誤記修正（3箇所） |
| 第7版 | 2026-11-05 | 大阪オフィス向けに再構成 |
""", [
    TERM("S", "旧称：メリディアン ファイルシンク"),
    C("S", "max_users", 5000, "stale", "| 最大ユーザー数 | 5,000ユーザー[^1] | 1テナントあたり |"),
    C("S", "storage_per_user", TB(1), "ok", "| ストレージ容量 | (誤)100GB (正)1TB | 1ユーザーあたり |"),
    C("S", "sla", 99.9, "ok", "| 稼働率SLA | 99.9%[^2] | 月間 |"),
    C("S", "offline_mode", False, "ok", "| オフライン利用 | 不可 | 常時接続が必要です |"),
    C("S", "supported_platforms", "Windows", "ok", "Windows 10/11、macOS、iOS、Android"),
    C("S", "supported_platforms", "macOS", "ok", "Windows 10/11、macOS、iOS、Android"),
    C("S", "supported_platforms", "iOS", "ok", "Windows 10/11、macOS、iOS、Android"),
    C("S", "supported_platforms", "Android", "ok", "Windows 10/11、macOS、iOS、Android"),
    PH("ja.superlative-no1", "関西の中堅企業で導入社数No.1のファイル共有サービスです。"),
    C("S", "monthly_price", M(55000, "JPY", "month", "included"), "ok", "| メリディアン シンク 標準プラン | 55,000円 |"),
])

# ---------------------------------------------------------------- osaka: plain-text proposal (txt)
doc("docs/osaka/ご提案_なにわ食品_インサイト.txt", """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　ご提案書　経営データ可視化基盤のご提案
　株式会社なにわ食品 御中
　メリディアンデータ株式会社 大阪オフィス　2026年11月19日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

1. ご提案製品
　メリディアン・インサイト（クラウド型BI・ダッシュボードサービス）

2. 製品の特長
　・メリディアン・インサイトの正式版は2027年1月に一般提供開始予定です。
　・同製品のクエリ応答時間は、1〜3秒程度です。
　・同製品では最大200個のダッシュボードを作成できます。
　・同製品は業界初のAI自動分析機能を搭載しています。

3. 料金（税抜）
　・同製品の利用料は1ユーザーあたり月額4,000円です。
　・貴社ご利用予定の35名様の場合、月額140,000円（税抜）となります。
　・同製品の無料トライアル期間は14日間です。

4. 導入スケジュール（案）
　・2026年12月7日　キックオフ
　・2027年1月中旬　本番稼働
　・2027年2月　　　全社展開（約35名）

以上
""", [
    C("I", "general_availability", "2027-01", "ok", "メリディアン・インサイトの正式版は2027年1月に一般提供開始予定です。"),
    C("I", "query_latency", R(1, 3, "seconds"), "conflict", "同製品のクエリ応答時間は、1〜3秒程度です。"),
    C("I", "max_dashboards", 200, "ok", "同製品では最大200個のダッシュボードを作成できます。"),
    PH("ja.first-in-industry", "同製品は業界初のAI自動分析機能を搭載しています。"),
    C("I", "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "同製品の利用料は1ユーザーあたり月額4,000円です。"),
    C("I", "free_trial", D(14, "days"), "conflict", "同製品の無料トライアル期間は14日間です。"),
])

# ---------------------------------------------------------------- osaka: a draft (ignored)
doc("docs/osaka/drafts/旧版_製品仕様書_メリディアン_ボールト.txt", """【旧版・使用禁止】メリディアン・ボールト 製品仕様
・RPO：最大1時間
・データセンター：東京・大阪・シンガポール
・保持期間：30日間
・業界最安の容量単価
""", draft=True)


# ====================================================================== building mail
def enc_header(s, cs):
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8").encode(linesep="\n")


def enc_addr(who, cs):
    name, addr = who
    if all(ord(ch) < 128 for ch in name):
        return "%s <%s>" % (name if re.fullmatch(r"[\w .'-]*", name) else '"%s"' % name, addr)
    return "%s <%s>" % (enc_header(name, cs), addr)


def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    return raw


def cs_label(cs):
    return {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "iso-8859-1": "ISO-8859-1"}.get(cs, "utf-8")


def leaf(ctype, text, cs, cte):
    head = "Content-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, cs_label(cs), cte)
    return head.encode("ascii") + enc_body(text, cs, cte)


def build(m):
    cs = m["charset"]
    hs = ["From: " + enc_addr(m["frm"], cs),
          "To: " + ", ".join(enc_addr(t, cs) for t in m["to"]),
          "Subject: " + enc_header(m["subject"], cs),
          "Date: " + m["date"],
          "Message-ID: <%s>" % m["msgid"]] + m["extra"] + ["MIME-Version: 1.0"]
    head = ("\n".join(hs) + "\n").encode("ascii")
    if m["kind"] == "plain":
        return head + leaf("text/plain", m["body"], cs, m["cte"])
    if m["kind"] == "html":
        return head + leaf("text/html", m["body"], cs, m["cte"])
    if m["kind"] == "alt":
        b = "=_alt_%s" % m["key"]
        return (head + ('Content-Type: multipart/alternative; boundary="%s"\n\n' % b).encode() +
                b"This is a multi-part message in MIME format.\n\n" +
                ("--%s\n" % b).encode() + leaf("text/plain", m["body"], cs, m["cte"]) +
                ("\n--%s\n" % b).encode() + leaf("text/html", m["html"], cs, m["cte"]) +
                ("\n--%s--\n" % b).encode())
    if m["kind"] == "rfc822":
        b = "=_mixed_%s" % m["key"]
        return (head + ('Content-Type: multipart/mixed; boundary="%s"\n\n' % b).encode() +
                ("--%s\n" % b).encode() + leaf("text/plain", m["body"], cs, "8bit") +
                ("\n--%s\n" % b).encode() +
                b'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="forwarded.eml"\n\n' +
                m["attached"].encode("utf-8") + ("\n--%s--\n" % b).encode())
    raise ValueError(m["kind"])


def html_text(s):
    return html.unescape(re.sub(r"<[^>]+>", "\n", s))


def decoded_text(raw):
    msg_ = email.message_from_bytes(raw, policy=policy.default)
    out = []
    for part in msg_.walk():
        if part.get_content_type() == "text/plain":
            out.append(part.get_content())
        elif part.get_content_type() == "text/html":
            out.append(html_text(part.get_content()))
    return "\n".join(out)


def local_date(date_hdr):
    return parsedate_to_datetime(date_hdr).date().isoformat()


def mbox_from_line(m):
    d = parsedate_to_datetime(m["date"]).astimezone(dt.timezone.utc)
    return "From %s %s %s %2d %s\n" % (m["frm"][1], d.strftime("%a"), d.strftime("%b"), d.day,
                                      d.strftime("%H:%M:%S %Y"))


# ====================================================================== phrase re-check (python re, NFKC)
EN_PHRASES = {
    "en.guarantee": [r"(?i)\bguaranteed\b",
                     r"(?i)\bwe\s+guarantee\s+(?:that|you|your|results?|success|savings?|roi|zero|no|100)\b",
                     r"(?i)\b100\s?(?:%|percent|per\s+cent)\s+(?:secure|safe|protected|reliable|uptime|available|risk[- ]free|hack[- ]?proof)\b",
                     r"(?i)\brisk[- ]?free\b",
                     r"(?i)\bnever\s+(?:fails?|failed|goes\s+down|went\s+down|loses?|lost|crash(?:es)?|breaks?|be\s+down)\b",
                     r"(?i)\bzero[- ]downtime\b", r"(?i)\b(?:unhackable|hack[- ]proof|fail[- ]proof)\b"],
    "en.superlative": [r"(?i)\b(?:is|are|was|were|ranked|rated|voted|named|the|our)\s+(?:the\s+)?(?:#\s?1|no\.\s?1|number[- ]one)(?:\s+(?:[a-z-]+\s+){0,2}?(?:solution|platform|choice|provider|vendor|product|tool|service|software|app|add-on|addon|rated|ranked|selling|seller|brand|name)\b|\s+(?:in|for|on|among|by|across)\b|\s*[.,;:!)]|\s*$)",
                       r"(?i)(?:^|[^\w&])#\s?1\s+(?:rated|ranked|choice|selling|seller|provider|vendor|platform|solution)\b",
                       r"(?i)\bbest[- ]in[- ](?:the[- ])?(?:industry|market|class|business|breed)\b",
                       r"(?i)\bbest\s+(?:[a-z-]+\s+){0,3}(?:on|in)\s+the\s+market\b",
                       r"(?i)\b(?:industry|market|world|category)[- ]leading\b",
                       r"(?i)\b(?:industry|market|world)['’]?s\s+(?:best|fastest|leading|most\s+(?:secure|reliable|advanced|trusted))\b"],
    "en.unlimited": [r"(?i)\bunlimited\b"],
}
EN_UNLESS = {"en.superlative": [r"(?i)(?:^|\n)[^A-Za-z\n]{0,8}sources?\s?:\s?\S", r"(?i)\(\s?sources?\s?:\s?[^)\n]{3,}\)"]}
JA_NOTE = [r"※[^\n]{0,80}(?:調べ|調査|出典|出所)", r"(?:出典|出所)\s?[:：]", r"\*\s?\d{0,2}[^\n]{0,80}(?:調べ|調査|出典|出所)"]
JA_PHRASES = {
    "ja.superlative-no1": [r"(?i:no\.?\s?1)(?:[^0-9〜~\-‐–—ー、,./]|$)", r"ナンバー\s?(?:ワン|1)", r"トップシェア|シェア\s?(?:トップ|首位|1位|一位)",
                           r"(?:業界|国内|日本|世界|市場|アジア|地域|部門)\s?(?:で|における)?\s?(?:一番|1位|一位|首位|トップ|ナンバーワン)",
                           r"(?:業界|日本|世界|国内)一(?:[^部つ周律般括時斉定連貫丸環]|$)",
                           r"(?:ランキング|調査|満足度|シェア|売上|販売数|導入数|導入社数|導入実績|人気|評価)(?:[^。\n]{0,12}[^0-9])?第?(?:1|一)位",
                           r"(?:^|[^0-9])第?(?:1|一)位\s?(?:を|に)?\s?(?:獲得|受賞|選出|選ばれ|入賞|輝)"],
    "ja.first-in-industry": [r"(?:業界|世界|日本|国内|本邦|史上|アジア)\s?初(?:[^期回日頭旬心級]|$)",
                             r"(?:業界|世界|日本|国内)\s?で\s?(?:初めて|はじめて|最初)"],
    "ja.absolute": [r"絶対(?:[^パ値参座温数量]|$)",
                    r"完全\s?(?:に|な)?\s?(?:安全|安心|無停止|ゼロ|防止|防御|防ぎ|防げ|保護|無欠|セキュア)",
                    r"100\s?(?:%|パーセント)\s?(?:の)?\s?(?:安全|安心|保証|成功|防止|防ぎ|防げ|保護|セキュア)",
                    r"(?:稼働率|可用性)\s?100\s?(?:%|パーセント)",
                    r"必ず(?:[^し。\n][^。\n]{0,20})?(?:成功|削減|改善|向上|解決|防げ|防ぎ|防止|守れ|効果|成果|儲か|達成|実現|保証|お約束|回収|黒字|ご満足)"],
    "ja.cheapest": [r"最安(?:[^定]|$)", r"最も\s?(?:安い|安価|低価格|お得)", r"(?:一番|いちばん)\s?(?:安い|安価|お得)",
                    r"どこよりも\s?(?:安|お得|低価格)", r"(?:業界|国内|日本|世界|市場)\s?(?:で)?\s?最低\s?(?:価格|水準|料金)|最低価格保証"],
}
JA_UNLESS = {"ja.superlative-no1": JA_NOTE, "ja.first-in-industry": JA_NOTE, "ja.cheapest": JA_NOTE[:2]}


def phrase_hits(text):
    """Rules that fire in one document (body), with their unless patterns applied."""
    text = re.sub(r"<!-- onevoice-disable[^>]*-->.*?<!-- onevoice-enable -->", "", text, flags=re.S)
    t = unicodedata.normalize("NFKC", text)
    hits = set()
    for table, unless in ((EN_PHRASES, EN_UNLESS), (JA_PHRASES, JA_UNLESS)):
        for rule, pats in table.items():
            if any(re.search(p, t, re.M) for p in pats) and not any(re.search(u, t) for u in unless.get(rule, [])):
                hits.add(rule)
    return hits


DEPRECATED = ["Meridian FileSync", "Meridian File Sync", "MeridianFileSync", "メリディアン ファイルシンク",
              "メリディアン・ファイルシンク", "メリディアンファイルシンク"]


def term_hits(text):
    t = re.sub(r"https?://\S+", "", unicodedata.normalize("NFKC", text))
    return any(d.lower() in t.lower() for d in DEPRECATED)


# ====================================================================== main
def main():
    problems = []
    mail_dir, docs_dir = os.path.join(SET, "mail"), os.path.join(SET, "docs")
    for d in (mail_dir, docs_dir):
        if os.path.isdir(d):
            for root, dirs, files in os.walk(d, topdown=False):
                for f in files:
                    os.remove(os.path.join(root, f))
                for x in dirs:
                    os.rmdir(os.path.join(root, x))
    os.makedirs(mail_dir, exist_ok=True)

    msgs = sorted(MSGS, key=lambda m: parsedate_to_datetime(m["date"]))
    if len({m["msgid"] for m in msgs}) != len(msgs) or len({m["key"] for m in msgs}) != len(msgs):
        problems.append("duplicate message id or key")
    lines, archive_lines, arch_claims = [], [], []
    mbox = []
    for n, m in enumerate(msgs, 1):
        m["file"] = "mail/%04d.eml" % n
        raw = build(m)
        with open(os.path.join(SET, m["file"]), "wb") as fh:
            fh.write(raw)
        text = decoded_text(raw)
        sender_office = office_of(m["frm"][1])
        mdate = local_date(m["date"])
        m["day"] = mdate
        # phrase / terminology re-check (whole message, quotes included)
        want_ph = {i["rule"] for i in m["items"] if i["kind"] == "phrase"}
        got_ph = phrase_hits(text)
        if want_ph != got_ph:
            problems.append("%s (%s): phrase rules labelled %s, patterns fire %s" % (m["file"], m["key"], sorted(want_ph), sorted(got_ph)))
        want_t = any(i["kind"] == "terminology" for i in m["items"])
        if want_t != term_hits(text):
            problems.append("%s: terminology labelled %s, found %s" % (m["file"], want_t, not want_t))
        out = []
        for it in m["items"]:
            if it["text"] not in text:
                problems.append("%s (%s): excerpt not in decoded text: %r" % (m["file"], m["key"], it["text"]))
            if it["kind"] == "claim":
                office = it["office"] or sender_office
                as_of = it["as_of"] or mdate
                if True:
                    v = judge(it["product"], it["attribute"], it["value"], office, as_of)
                    if v != it["verdict"]:
                        problems.append("%s (%s): %s %s %r labelled %s, judge says %s" % (
                            m["file"], m["key"], it["product"], it["attribute"], it["value"], it["verdict"], v))
                out.append({"type": "claim", "file": m["file"], "message_id": m["msgid"], "product": it["product"],
                            "attribute": it["attribute"], "value": it["value"], "verdict": it["verdict"],
                            "quoted": it["quoted"], "office": office, "as_of": as_of, "text": it["text"]})
            else:
                out.append({"type": "finding", "file": m["file"], "message_id": m["msgid"], "kind": it["kind"],
                            "rule": it["rule"], "product": it["product"], "quoted": it["quoted"], "text": it["text"]})
        lines += out
        if m["archive"]:
            archive_lines += [dict(o, file="mail/archive.mbox") for o in out]
            arch_claims += [(o, m) for o in out if o["type"] == "claim"]
            body = re.sub(rb"^(>*From )", rb">\1", raw, flags=re.M)
            mbox.append(mbox_from_line(m).encode("ascii") + body + (b"" if body.endswith(b"\n") else b"\n") + b"\n")
    # the unreadable one, numbered last
    n = len(msgs) + 1
    bad_file = "mail/%04d.eml" % n
    payload = gzip.compress(build(dict(MSGS[0], extra=[])), mtime=0)
    with open(os.path.join(SET, bad_file), "wb") as fh:
        fh.write(payload)
    lines.append({"type": "finding", "file": bad_file, "message_id": None, "kind": "unreadable", "rule": None,
                  "product": None, "quoted": False, "text": UNREADABLE["why"]})
    with open(os.path.join(mail_dir, "archive.mbox"), "wb") as fh:
        fh.write(b"".join(mbox))
    lines += archive_lines

    # ---------------- documents
    for d in DOCS:
        path = os.path.join(SET, d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["text"])
        if d["draft"]:
            continue
        office = d["path"].split("/")[1]
        text = html_text(d["text"]) if d["path"].endswith(".html") else d["text"]
        want_ph = {i["rule"] for i in d["items"] if i["kind"] == "phrase"}
        got_ph = phrase_hits(text if not d["path"].endswith(".html") else
                             html.unescape(re.sub(r"<!--(?! onevoice)[^>]*-->", "", re.sub(r"<[^!][^>]*>", "\n", d["text"]))))
        if want_ph != got_ph:
            problems.append("%s: phrase rules labelled %s, patterns fire %s" % (d["path"], sorted(want_ph), sorted(got_ph)))
        want_t = any(i["kind"] == "terminology" for i in d["items"])
        if want_t != term_hits(text):
            problems.append("%s: terminology labelled %s" % (d["path"], want_t))
        seen = set()
        for it in d["items"]:
            if it["text"] not in text:
                problems.append("%s: excerpt not in text: %r" % (d["path"], it["text"]))
            if it["kind"] == "claim":
                v = judge(it["product"], it["attribute"], it["value"], office, DOCS_AS_OF)
                if v != it["verdict"]:
                    problems.append("%s: %s %s %r labelled %s, judge says %s" % (
                        d["path"], it["product"], it["attribute"], it["value"], it["verdict"], v))
                k = (it["product"], it["attribute"], json.dumps(norm(it["value"]), sort_keys=True))
                if k in seen:
                    problems.append("%s: claim twice %s" % (d["path"], k))
                seen.add(k)
                lines.append({"type": "claim", "file": d["path"], "message_id": None, "product": it["product"],
                              "attribute": it["attribute"], "value": it["value"], "verdict": it["verdict"],
                              "quoted": False, "office": office, "as_of": DOCS_AS_OF, "text": it["text"]})
            else:
                lines.append({"type": "finding", "file": d["path"], "message_id": None, "kind": it["kind"],
                              "rule": it["rule"], "product": it["product"], "quoted": False, "text": it["text"]})

    # ---------------- cross-office, from the archive's claims
    xo = {}
    kinds_set = {a for (_, a) in SETS}
    cand = [(o, m) for o, m in arch_claims if o["office"] != "unknown" and o["attribute"] not in kinds_set]
    for i, (a, ma) in enumerate(cand):
        for b, mb in cand[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            da, db = dt.date.fromisoformat(ma["day"]), dt.date.fromisoformat(mb["day"])
            if abs((da - db).days) > WINDOW_DAYS:
                continue
            na, nb = norm(a["value"]), norm(b["value"])
            if isinstance(na, tuple) and na[0] == "money":
                if na[1:3] != nb[1:3]:
                    continue                      # prices compare only in one currency and billing unit
            if na == nb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue                          # same meaning, or each right at its own date
            offs = tuple(sorted((a["office"], b["office"])))
            e = xo.setdefault((a["product"], a["attribute"], offs), {"files": set(), "values": {}})
            e["files"].update({ma["file"], mb["file"]})
            for o in (a, b):
                e["values"].setdefault(o["office"], o["value"])
    for (prod, attr, offs), e in sorted(xo.items()):
        lines.append({"type": "cross-office", "product": prod, "attribute": attr, "offices": list(offs),
                      "file": "mail/archive.mbox", "message_files": sorted(e["files"]),
                      "values": {k: e["values"][k] for k in offs}})

    # ---------------- config and README
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for o in lines:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    counts = {
        "messages": len(msgs) + 1, "archive": len(mbox),
        "docs": sum(1 for d in DOCS if not d["draft"]), "drafts": sum(1 for d in DOCS if d["draft"]),
        "claims": sum(1 for o in lines if o["type"] == "claim"),
        "claims_eml_docs": sum(1 for o in lines if o["type"] == "claim" and o["file"] != "mail/archive.mbox"),
        "findings": sum(1 for o in lines if o["type"] == "finding"),
        "non_ok_claims": sum(1 for o in lines if o["type"] == "claim" and o["verdict"] != "ok"),
        "cross_office": sum(1 for o in lines if o["type"] == "cross-office"),
    }
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README % counts)
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    print(json.dumps(counts))
    return 1 if problems else 0


ONEVOICE_YAML = """# onevoice configuration for probe set 4 (SPEC section 6), same shape as dev's.
# The claims base is the shared one; ../../shared/eval/run passes --rules anyway.
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

README = """# Probe set 4 - proposal documents, units, cross-office

Written 2026-12-03 by a blind writer (a helper session that read only
`shared/eval/LABELS.md`, `FACTS.md`, `README.md`, `rules/`, `score.py`,
`shared/SPEC.md` and the format of `dev/`; never the engine, its tests or the
other sets). Labelled by LABELS.md against `shared/eval/rules/`.

Everything here is written by `gen/generate.py` (deterministic, stdlib only);
do not edit the outputs by hand, change the generator and run it again. The
generator checks every excerpt against the decoded text, checks every verdict
against an independent judge written from FACTS.md, re-runs the phrase
patterns, and computes the cross-office lines from the archive's claims.

    mail/NNNN.eml        %(messages)d messages (the last one is unreadable: gzip data)
    mail/archive.mbox    %(archive)d of them again, mboxrd, date order
    docs/<office>/...    %(docs)d proposal documents (+ %(drafts)d drafts the config ignores)
    .onevoice.yaml       docs/<office>/** -> office, drafts ignored
    expected.jsonl       %(claims)d claim lines (%(claims_eml_docs)d outside the archive),
                         %(non_ok_claims)d of them not ok, %(findings)d findings,
                         %(cross_office)d cross-office lines

Documents are judged as of **2026-11-22** (`--as-of 2026-11-22`); emails as of
their own Date header.

Score a build (from the project's root, as for dev):

    ../shared/eval/run build/onevoice /work/probe/set4
    ../shared/eval/run build/onevoice /work/probe/set4 --only docs/

`python3 ../../shared/eval/score.py --selftest .` (from this folder) checks
that the answer key is well formed for the scorer.

## Judgement calls (where LABELS.md left room)

- GBP / USD prices marked "ex VAT" / "excluding sales tax" carry tax
  `excluded` and are `ok` when the amount is right (the base states no tax for
  them; the 税抜/税込 rule is about JPY).
- A tax note in a caption, a section heading (「3. 料金（税抜）」, 「（税込表示）」)
  or a document note ("Prices exclude VAT") sets the tax of the amounts under it.
- A value placed in a period carries that period's date in `as_of`
  ("from April 1, 2026 ... 10,000" -> 2026-04-01; "until the end of March 2026
  ... 5,000" -> 2026-03-31); both are `ok`.
- A document's title heading carries its product to later sentences and table
  cells that name none (FAQ answers, spec-sheet rows).
- "That assumes ..." / a product named only in the Subject: no product, no claim.
- One claim stated twice in different units in one sentence ("a quarter of an
  hour, so at most fifteen minutes") is one line; 税抜 and 税込 amounts of the
  same price are two lines (different money values).
- Cross-office lines are pairwise (two offices each). Pairs: same product and
  attribute, different known offices, Date headers at most 45 days apart (a
  quoted claim takes the reply's date), not a set attribute, money only in the
  same currency and billing unit with JPY 税込 normalised to 税抜, and values
  that differ in meaning and are not both `ok` (a stale 5,000 against a
  current 10,000 conflicts; 5,000 in March and 10,000 in April do not).

## What it emphasises

- Proposal documents as people write them: RFP answer matrices (the
  requirement column gives the cue, its own figures are no claims), a spec
  sheet with footnotes and rowspan cells, a quote with a tax-stating caption
  and colspan totals, markdown tables under a product heading, side-by-side
  tables with "Both products" / 両製品共通 rows, FAQs, appendices, version
  histories full of dates and counts that are no claims, strike-through and
  (誤)(正) corrections, an `onevoice-disable` block, drafts.
- Units and forms: minutes / hours / "a quarter of an hour" / 3か月間 / 1か月間,
  GB / TB / PB / GiB / TiB (500 TiB is above 500 TB), 1万 / 10,000 / 10k,
  ranges (2–4 hours, 4〜8時間, 1〜3秒), bounds (up to, 以内, 最大, under),
  "60+", "more than 40", 約; money per month / per TB-month / per user-month
  in USD, GBP and JPY, 税抜 / 税込 / ex VAT / excluding sales tax, and prices
  in another office's currency (office-variant).
- Cross-office in the archive: five real contradictions (users: a stale 5,000
  against 10k; a JPY price; RPO 15 minutes against 1 hour; RTO, which the base
  does not cover; query latency), and non-conflicts that look different
  (1万 vs 10k, 15 minutes vs a quarter of an hour, 1か月間 vs 30-day,
  2,800円税抜 vs 3,080円税込, 5,000 in March vs 10,000 in April), a customer's
  contrary statement (no part), different currencies (never compared).
- Traps: quote / PO / order numbers, meeting dates, headcounts and seat counts
  next to real claims, discounts and totals, customer requirements and
  questions, denied set members ("no London data centre"), a product named only
  in the subject, a deprecated name in a URL, sourced superlatives, a `From `
  line escaped in the mbox, an attached message/rfc822.
"""

if __name__ == "__main__":
    sys.exit(main())
