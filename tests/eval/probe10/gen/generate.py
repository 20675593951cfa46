#!/usr/bin/env python3
"""Deterministic generator for evaluation set10 (onevoice; LABELS.md).

Writes mail/NNNN.eml, mail/archive.mbox (mboxrd, date order), docs/<office>/...,
.onevoice.yaml, README.md and expected.jsonl into the set folder (this script's
parent). Stdlib only. Checks: every `text` excerpt is in the decoded text of its
file; every hand verdict agrees with a small judge written from FACTS.md; phrase
and terminology findings equal what the base's patterns find; every line that
names a product next to a number or set member is either a labelled claim or a
declared non-claim. Cross-office lines are computed from the archive's claims.
"""
import base64, email, email.policy, json, os, quopri, re, sys, unicodedata
from datetime import datetime, timedelta, timezone
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
DOCS_AS_OF = "2026-11-22"

# ------------------------------------------------------------------ values
def jpy(a, tax=None, per="month"): return {"amount": a, "currency": "JPY", "per": per, "tax": tax}
def usd(a, per="month"): return {"amount": a, "currency": "USD", "per": per, "tax": None}
def gbp(a, per="month"): return {"amount": a, "currency": "GBP", "per": per, "tax": None}
def dur(a, u): return {"amount": a, "unit": u}
def TB(n): return int(round(n * 10 ** 12))

SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}

# ------------------------------------------------------------------ a judge from FACTS.md
OFFICE_OF = [("*@osaka.jp.meridian-data.com", "osaka"), ("*@jp.meridian-data.com", "tokyo"),
             ("*@uk.meridian-data.com", "london"), ("*@meridian-data.com", "us-hq")]
UNVERIFIED = {"rto", "integrations", "ui_languages", "api_rate_limit", "max_file_size",
              "support_response_time", "max_devices"}
EXACT = {(S, "storage_per_user"): TB(1), (S, "sla"): 99.9, (S, "offline_mode"): False,
         (V, "rpo"): 15 * 60, (V, "retention"): 90 * 86400, (V, "sla"): 99.95, (V, "max_storage"): TB(500),
         (I, "general_availability"): "2027-01", (I, "query_latency"): 2, (I, "free_trial"): 30 * 86400,
         (I, "max_dashboards"): 200}
SETS = {(S, "certifications"): {"ISO 27001", "SOC 2 Type II"},
        (S, "supported_platforms"): {"Windows", "macOS", "iOS", "Android"},
        (V, "data_centers"): {"Tokyo", "Osaka", "Oregon", "Frankfurt"}, (V, "encryption"): {"AES-256"}}
PRICES = {(S, "monthly_price"): {"us-hq": (399, "USD"), "london": (329, "GBP"), "tokyo": (50000, "JPY"), "osaka": (50000, "JPY")},
          (V, "price_per_tb"): {"us-hq": (20, "USD"), "london": (16, "GBP"), "tokyo": (2800, "JPY"), "osaka": (2800, "JPY")},
          (I, "per_user_price"): {"us-hq": (30, "USD"), "london": (25, "GBP"), "tokyo": (4000, "JPY"), "osaka": (4000, "JPY")}}
PER = {(S, "monthly_price"): "month", (V, "price_per_tb"): "TB-month", (I, "per_user_price"): "user-month"}
ALL_ATTRS = {a for _, a in list(EXACT) + list(SETS) + list(PRICES)} | {"max_users"}


def norm(p, a, v):
    if isinstance(v, dict) and "unit" in v:
        return v["amount"] * SECS[v["unit"]]
    return v


def price_ok(amount, cur, tax, base):
    ba, bc = base
    if cur != bc:
        return False
    if cur == "JPY" and tax == "included":
        return abs(amount - ba * 1.1) < 1e-6
    return amount == ba


def judge(p, a, v, office, day):
    if a in UNVERIFIED:
        return "unverified"
    if (p, a) in EXACT:
        return "ok" if norm(p, a, v) == EXACT[(p, a)] else "conflict"
    if (p, a) in SETS:
        return "ok" if v in SETS[(p, a)] else "conflict"
    if (p, a) == (S, "max_users"):
        cur, old = (10000, 5000) if day >= "2026-04-01" else (5000, 10000)
        return "ok" if v == cur else "stale" if v == old else "conflict"
    if (p, a) in PRICES:
        assert office != "unknown", "no customer price claims in this set (LABELS gives no rule)"
        assert v["per"] == PER[(p, a)]
        tbl = PRICES[(p, a)]
        if price_ok(v["amount"], v["currency"], v["tax"], tbl[office]):
            return "ok"
        if any(price_ok(v["amount"], v["currency"], v["tax"], tbl[o]) for o in tbl if o != office):
            return "office-variant"
        return "conflict"
    if a in ALL_ATTRS:
        return "unverified"          # an attribute the base has for another product only
    raise ValueError((p, a))


def equivalent(p, a, x, y):
    if isinstance(x, dict) and "currency" in x:
        f = lambda m: m["amount"] / (1.1 if m["tax"] == "included" else 1)
        return abs(f(x) - f(y)) < 1e-6
    return norm(p, a, x) == norm(p, a, y)


# ------------------------------------------------------------------ people
P = {
    "dana": ("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    "mark": ("Mark Osei", "mark.osei@meridian-data.com"),
    "oliver": ("Oliver Grant", "oliver.grant@uk.meridian-data.com"),
    "priya": ("Priya Nair", "priya.nair@uk.meridian-data.com"),
    "ito": ("伊藤 健", "ken.ito@jp.meridian-data.com"),
    "sato": ("佐藤 美咲", "misaki.sato@jp.meridian-data.com"),
    "yamamoto": ("山本 翔太", "shota.yamamoto@osaka.jp.meridian-data.com"),
    "rosa": ("Rosa Moreno", "r.moreno@brightlinehealth.com"),
    "avery": ("Avery Brooks", "a.brooks@lakeshorecu.org"),
    "tanaka": ("田中 直子", "n.tanaka@harbor-logi.co.jp"),
    "suzuki": ("鈴木 浩", "h.suzuki@harbor-logi.co.jp"),
    "nakamura": ("中村 誠", "nakamura@kinki-insatsu.co.jp"),
    "ogawa": ("小川 健一", "k.ogawa@minato-seiki.co.jp"),
    "mori": ("森 彩", "s.mori@aozora-foods.co.jp"),
    "kimura": ("木村 陽介", "y.kimura@hokuto-kensetsu.co.jp"),
    "hale": ("Jonathan Hale", "j.hale@fenwicklegal.co.uk"),
    "ainsley": ("Martha Ainsley", "m.ainsley@fenwicklegal.co.uk"),
    "harper": ("Eleanor Harper", "e.harper@hollisrowe.co.uk"),
    "grace": ("Grace Calder", "g.calder@calderhousing.org.uk"),
    "kobayashi": ("小林 大輔", "d.kobayashi@nextbridge.co.jp"),
    "fujii": ("藤井 真理", "m.fujii@sunrise-is.co.jp"),
    "lola": ("Lola Okafor", "l.okafor@thamesidesystems.co.uk"),
    "sam": ("Sam Kerr", "sam.kerr@copperleaf-it.com"),
    "jenny": ("Jenny Wu", "j.wu@pacchannel.com"),
}


def office_of(addr):
    for glob, off in OFFICE_OF:
        if addr.lower().endswith(glob[1:]):
            return off
    return "unknown"


def who(k):
    return "%s <%s>" % P[k]


# ------------------------------------------------------------------ dates and quote headers
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
JA_DAYS = "月火水木金土日"


def dt(s, tz):
    h, m = int(tz[:3]), int(tz[0] + tz[3:])
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=h, minutes=m)))


def rfc_date(d):
    off = d.strftime("%z")
    return "%s, %02d %s %d %s %s" % (EN_DAYS[d.weekday()], d.day, EN_MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), off)


def on_wrote(d, k):
    name, addr = P[k]
    h = d.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (EN_DAYS[d.weekday()], EN_MON[d.month - 1], d.day, d.year,
                                                              h, d.minute, "AM" if d.hour < 12 else "PM", name, addr)


def on_wrote_uk(d, k):
    name, addr = P[k]
    return "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (EN_DAYS[d.weekday()], d.day, EN_MON[d.month - 1], d.year,
                                                            d.hour, d.minute, name, addr)


def ja_wrote(d, k):
    name, addr = P[k]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, JA_DAYS[d.weekday()], d.hour, d.minute, name, addr)


def F(t, *args):
    parts = t.split("%s")
    assert len(parts) == len(args) + 1
    return "".join(p + (args[i] if i < len(args) else "") for i, p in enumerate(parts))


def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# ------------------------------------------------------------------ messages
MSGS = {}


class M:
    def __init__(self, key, date, tz, frm, to, subject, body, cc=(), charset="utf-8", cte="8bit", html=False,
                 archive=False, reply_to=None, attach=None, claims=(), findings=(), nonclaims=()):
        self.key, self.d = key, dt(date, tz)
        self.frm, self.to, self.cc, self.subject, self.body = frm, list(to), list(cc), subject, body
        self.charset, self.cte, self.html, self.archive = charset, cte, html, archive
        self.reply_to, self.attach = reply_to, attach
        self.office = office_of(P[frm][1])
        self.claims, self.findings, self.nonclaims = list(claims), list(findings), list(nonclaims)
        self.mid = "%s.%s@%s" % (self.d.strftime("%Y%m%d%H%M"), key, P[frm][1].split("@")[1])
        MSGS[key] = self

    @property
    def day(self):
        return self.d.strftime("%Y-%m-%d")


def C(p, a, v, verdict, text, quoted=False, office=None):
    return dict(product=p, attribute=a, value=v, verdict=verdict, quoted=quoted, office=office, text=text)


def CS(p, a, members, verdict, text, quoted=False, office=None):
    vs = verdict if isinstance(verdict, list) else [verdict] * len(members)
    return [C(p, a, m, vv, text, quoted, office) for m, vv in zip(members, vs)]


def flat(xs):
    out = []
    for x in xs:
        out += x if isinstance(x, list) else [x]
    return out


U = "unknown"
SYNC4 = ["Windows", "macOS", "iOS", "Android"]

# --- 1. Brightline Health (US customer) asks us-hq; reported booth statements
b01 = """Hi Dana,

Thanks for the demo last week. A few things before our steering committee meets on the 24th.

We are a 4,200-employee health network, and today we run on a mix of network drives and NimbusDrive.
NimbusDrive caps us at 2 TB per user and their uptime commitment is 99.5%.
We looked at Meridian FileSync a few years ago but it did not fit at the time.
Your rep at the HIMSS booth told us that Meridian Sync supports up to 10,000 users and includes 1 TB of storage per user.

Questions:
1. Does Meridian Sync run on Linux workstations?
We have about 300 of them in radiology.
2. Is Meridian Sync HIPAA compliant?
3. Can Meridian Sync work offline for our home-care nurses?

Our requirement: at least 99.9% availability for any clinical file service.

Best,
Rosa

--
Rosa Moreno
IT Director, Brightline Health
"""
M("rosa1", "2026-09-08 10:14", "-0700", "rosa", ["dana"], "Questions after the Meridian Sync demo", b01,
  claims=[C(S, "max_users", 10000, "ok", "Your rep at the HIMSS booth told us that Meridian Sync supports up to 10,000 users and includes 1 TB of storage per user."),
          C(S, "storage_per_user", TB(1), "ok", "Your rep at the HIMSS booth told us that Meridian Sync supports up to 10,000 users and includes 1 TB of storage per user.")],
  findings=[("terminology", None, S, "We looked at Meridian FileSync a few years ago but it did not fit at the time.")],
  nonclaims=["Does Meridian Sync run on Linux workstations?", "Is Meridian Sync HIPAA compliant?",
             "3. Can Meridian Sync work offline for our home-care nurses?"])

# --- 2. us-hq answers (multipart/alternative), quoting the customer's reported figures
R1 = MSGS["rosa1"]
b02 = F("""Hi Rosa,

Your booth notes are right: Meridian Sync supports up to 10,000 users per organization, and every user gets 1 TB of storage.

On your questions:
1. Meridian Sync runs on Windows, macOS, iOS and Android.
There is no Linux client for Meridian Sync today.
2. Meridian Sync is ISO 27001 certified and we can share our SOC 2 Type II report under NDA.
We do not hold a HIPAA attestation for Meridian Sync.
3. Meridian Sync does not offer an offline mode; clients need a connection to sync.

Meridian Sync comes with a 99.9% uptime SLA, which meets your requirement.
Meridian Sync is $399 per month.

Best,
Dana

%s
> Your rep at the HIMSS booth told us that Meridian Sync supports up to 10,000 users and includes 1 TB of storage per user.
>
> Questions:
> 1. Does Meridian Sync run on Linux workstations?
> 2. Is Meridian Sync HIPAA compliant?
> 3. Can Meridian Sync work offline for our home-care nurses?
""", on_wrote(R1.d, "rosa"))
RB = "Your rep at the HIMSS booth told us that Meridian Sync supports up to 10,000 users and includes 1 TB of storage per user."
M("dana1", "2026-09-10 16:02", "-0700", "dana", ["rosa"], "Re: Questions after the Meridian Sync demo", b02,
  html=True, archive=True, reply_to="rosa1",
  claims=flat([C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization, and every user gets 1 TB of storage."),
               C(S, "storage_per_user", TB(1), "ok", "Meridian Sync supports up to 10,000 users per organization, and every user gets 1 TB of storage."),
               CS(S, "supported_platforms", SYNC4, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
               CS(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "Meridian Sync is ISO 27001 certified and we can share our SOC 2 Type II report under NDA."),
               C(S, "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode; clients need a connection to sync."),
               C(S, "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA, which meets your requirement."),
               C(S, "monthly_price", usd(399), "ok", "Meridian Sync is $399 per month."),
               C(S, "max_users", 10000, "ok", RB, True, U),
               C(S, "storage_per_user", TB(1), "ok", RB, True, U)]),
  nonclaims=["There is no Linux client for Meridian Sync today.", "We do not hold a HIPAA attestation for Meridian Sync.",
             "Does Meridian Sync run on Linux workstations?", "Is Meridian Sync HIPAA compliant?",
             "3. Can Meridian Sync work offline for our home-care nurses?"])

# --- 3. the customer's reply: the rep's figures quoted, new questions interleaved
D1 = MSGS["dana1"]
b03 = F("""Hi Dana,

Thanks, a few follow-ups inline.

%s
> Your booth notes are right: Meridian Sync supports up to 10,000 users per organization, and every user gets 1 TB of storage.

Good. Is the 1 TB pooled across the organization or strictly per user?

> 3. Meridian Sync does not offer an offline mode; clients need a connection to sync.

Understood. Our nurses currently use a USB workaround, so we will plan for that.

> Meridian Sync comes with a 99.9% uptime SLA, which meets your requirement.

What service credits apply if the SLA is missed?

Separately, we also need backups. We were quoted a 5-minute RPO by another vendor.
Could you send the Meridian Vault service description?

Rosa
""", on_wrote(D1.d, "dana"))
M("rosa2", "2026-09-15 09:30", "-0700", "rosa", ["dana"], "Re: Questions after the Meridian Sync demo", b03,
  archive=True, reply_to="dana1",
  claims=[C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization, and every user gets 1 TB of storage.", True, "us-hq"),
          C(S, "storage_per_user", TB(1), "ok", "Meridian Sync supports up to 10,000 users per organization, and every user gets 1 TB of storage.", True, "us-hq"),
          C(S, "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode; clients need a connection to sync.", True, "us-hq"),
          C(S, "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA, which meets your requirement.", True, "us-hq")])

# --- 4. reseller forwards a customer's question to Tokyo (forward marker)
b04 = """伊藤様

いつもお世話になっております。ネクストブリッジの小林です。
弊社のお客様である株式会社ハーバー物流様から、下記のご相談をいただきました。
ご回答をいただけますでしょうか。

-------- 転送メッセージ --------
件名: メリディアン シンクについて
日付: 2026年9月11日 10:20
差出人: 田中 直子 <n.tanaka@harbor-logi.co.jp>
宛先: 小林 大輔 <d.kobayashi@nextbridge.co.jp>

小林様

弊社は従業員1,800名、拠点は全国12か所です。
現在利用中のファイルサーバーは、1ユーザーあたりの容量が50GBに制限されています。
御社サイトには、メリディアン シンクは最大1万ユーザーまで利用可能と記載がありました。
また、メリディアン シンクはLinuxにも対応していると伺っております。

以下についてご教示ください。
・メリディアン シンクはオフラインでも利用できますか。
・メリディアン シンクの月額料金はいくらでしょうか。

要件：全社員1,800名が同時に利用できること。

田中
"""
T4a = "御社サイトには、メリディアン シンクは最大1万ユーザーまで利用可能と記載がありました。"
T4b = "また、メリディアン シンクはLinuxにも対応していると伺っております。"
M("koba1", "2026-09-14 11:05", "+0900", "kobayashi", ["ito"], "Fw: メリディアン シンクについて", b04,
  charset="iso-2022-jp", cte="7bit",
  claims=[C(S, "max_users", 10000, "ok", T4a, True, U), C(S, "supported_platforms", "Linux", "conflict", T4b, True, U)],
  nonclaims=["・メリディアン シンクはオフラインでも利用できますか。"])

# --- 5. Tokyo answers the reseller and the customer
K1 = MSGS["koba1"]
b05 = F("""小林様
（CC：ハーバー物流 田中様）

お世話になっております。メリディアンデータ東京オフィスの伊藤でございます。
田中様のご質問に回答いたします。

メリディアン シンクは、最大1万ユーザーまでご利用いただけます。
全社員の皆様での同時利用も問題ございません。
なお、メリディアン シンクはLinuxには対応しておりません。
メリディアン シンクの対応OSはWindows、macOS、iOS、Androidです。
メリディアン シンクはオフラインではご利用いただけません。
メリディアン シンクの月額料金は50,000円（税抜）です。

何卒よろしくお願いいたします。

伊藤

%s
%s
""", ja_wrote(K1.d, "kobayashi"), q(b04))
M("ito1", "2026-09-16 15:30", "+0900", "ito", ["kobayashi"], "Re: Fw: メリディアン シンクについて", b05,
  cc=["tanaka"], charset="iso-2022-jp", cte="7bit", archive=True, reply_to="koba1",
  claims=flat([C(S, "max_users", 10000, "ok", "メリディアン シンクは、最大1万ユーザーまでご利用いただけます。"),
               CS(S, "supported_platforms", SYNC4, "ok", "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidです。"),
               C(S, "offline_mode", False, "ok", "メリディアン シンクはオフラインではご利用いただけません。"),
               C(S, "monthly_price", jpy(50000, "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）です。"),
               C(S, "max_users", 10000, "ok", T4a, True, U), C(S, "supported_platforms", "Linux", "conflict", T4b, True, U)]),
  nonclaims=["なお、メリディアン シンクはLinuxには対応しておりません。", "・メリディアン シンクはオフラインでも利用できますか。"])

# --- 6. UK partner writes to a customer (cc London) with a stale and a wrong figure
b06 = """Hi Jonathan,

Following our call, here is a summary of the Meridian options.

Meridian Sync supports up to 5,000 users per organisation.
With 6,200 staff you would therefore need two tenants.
Meridian Vault keeps backups for 90 days by default.
Meridian Vault stores your data in data centres in London and Frankfurt.

Oliver at Meridian's London office is copied and can help with pricing.

Kind regards,
Lola

--
Lola Okafor
Thameside Systems Ltd
"""
T6a = "Meridian Sync supports up to 5,000 users per organisation."
T6b = "Meridian Vault keeps backups for 90 days by default."
T6c = "Meridian Vault stores your data in data centres in London and Frankfurt."
M6_CLAIMS = lambda quoted: flat([C(S, "max_users", 5000, "stale", T6a, quoted, U), C(V, "retention", dur(90, "days"), "ok", T6b, quoted, U),
                                 CS(V, "data_centers", ["London", "Frankfurt"], ["conflict", "ok"], T6c, quoted, U)])
M("lola1", "2026-09-18 11:30", "+0100", "lola", ["hale"], "Meridian options for Fenwick Legal", b06,
  cc=["oliver"], cte="quoted-printable", archive=True, claims=M6_CLAIMS(False))

# --- 7. the customer forwards the partner's note to London as an attached message (message/rfc822)
b07 = """Oliver,

Thameside's note is attached. Before we sign, can you confirm whether Meridian Vault has a data centre in London?
Our firm has 6,200 staff and about 40 TB of matter files.

Jonathan
"""
M("hale1", "2026-09-19 10:05", "+0100", "hale", ["oliver"], "Fwd: Meridian options for Fenwick Legal", b07,
  attach="lola1", claims=M6_CLAIMS(True),
  nonclaims=["can you confirm whether Meridian Vault has a data centre in London?"])

# --- 8. London corrects the partner: "not 5,000 as our partner wrote"
L1 = MSGS["lola1"]
b08 = F("""Hi Jonathan, hi Lola,

Thank you both. One correction first: Meridian Sync's limit is not 5,000 users as our partner wrote; it is 10,000 users per organisation.
All of your staff will therefore fit in a single tenant.

Meridian Vault data centres are in Tokyo, Osaka, Oregon and Frankfurt.
There is no London data centre for Meridian Vault, so UK customers are usually served from Frankfurt.
Meridian Vault delivers an RPO of 15 minutes.
Meridian Vault is £16 per TB per month.

Best regards,
Oliver

%s
%s
""", on_wrote_uk(L1.d, "lola"), q(b06))
M("oliver1", "2026-09-21 14:40", "+0100", "oliver", ["hale", "lola"], "Re: Meridian options for Fenwick Legal", b08,
  archive=True, reply_to="lola1",
  claims=flat([C(S, "max_users", 10000, "ok", "One correction first: Meridian Sync's limit is not 5,000 users as our partner wrote; it is 10,000 users per organisation."),
               CS(V, "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok", "Meridian Vault data centres are in Tokyo, Osaka, Oregon and Frankfurt."),
               C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault delivers an RPO of 15 minutes."),
               C(V, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
               M6_CLAIMS(True)]),
  nonclaims=["There is no London data centre for Meridian Vault, so UK customers are usually served from Frankfurt."])

# --- 9. customer to colleague: what London told them (reported, office unknown)
b09 = """Martha,

Quick update on the Meridian evaluation.
Meridian's London office has confirmed that Meridian Sync supports up to 10,000 users per organisation.
Oliver also told us that Meridian Vault delivers an RPO of 15 minutes.
Our current backup vendor keeps only 30 days of history, so this is a real improvement.

I will circulate the pricing separately.

Jonathan
"""
M("hale2", "2026-09-22 09:15", "+0100", "hale", ["ainsley"], "Meridian evaluation: update", b09, cte="quoted-printable",
  claims=[C(S, "max_users", 10000, "ok", "Meridian's London office has confirmed that Meridian Sync supports up to 10,000 users per organisation."),
          C(V, "rpo", dur(15, "minutes"), "ok", "Oliver also told us that Meridian Vault delivers an RPO of 15 minutes.")])

# --- 10. us-hq answers the Vault question (a wrong SLA)
R2 = MSGS["rosa2"]
b10 = F("""Hi Rosa,

Here is the short version of the Meridian Vault service description; the full PDF follows on Monday.

Meridian Vault is backed by a 99.9% availability SLA.
Meridian Vault retains backups for 90 days by default.
Meridian Vault is $20 per TB per month.
Meridian Vault scales to 0.5 PB per tenant.
Meridian Vault encrypts all backups at rest with AES-256.

Best,
Dana

%s
> Could you send the Meridian Vault service description?
""", on_wrote(R2.d, "rosa"))
M("dana2", "2026-09-17 11:20", "-0700", "dana", ["rosa"], "Re: Questions after the Meridian Sync demo", b10,
  archive=True, reply_to="rosa2",
  claims=[C(V, "sla", 99.9, "conflict", "Meridian Vault is backed by a 99.9% availability SLA."),
          C(V, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default."),
          C(V, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
          C(V, "max_storage", TB(500), "ok", "Meridian Vault scales to 0.5 PB per tenant."),
          C(V, "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256.")])

# --- 11. customer to colleague (Japanese), reported statements
b11 = """鈴木さん

メリディアン シンクの件、東京オフィスの伊藤様から回答をいただきました。
伊藤様からは、メリディアン シンクは最大1万ユーザーまで利用可能と伺っております。
メリディアン シンクはオフラインでは利用できないとのことです。
現行のファイルサーバーの保守契約は2027年3月に切れます。
要件の「全社員1,800名が同時利用」は満たせる見込みです。

来週の会議で比較表を共有します。

田中
"""
M("tanaka1", "2026-09-24 13:00", "+0900", "tanaka", ["suzuki"], "メリディアン シンク 回答の共有", b11, cte="base64",
  claims=[C(S, "max_users", 10000, "ok", "伊藤様からは、メリディアン シンクは最大1万ユーザーまで利用可能と伺っております。"),
          C(S, "offline_mode", False, "ok", "メリディアン シンクはオフラインでは利用できないとのことです。")],
  nonclaims=["メリディアン シンクの件、東京オフィスの伊藤様から回答をいただきました。"])

# --- 12. the customer replies to Tokyo, quoting its figures, questions interleaved
I1 = MSGS["ito1"]
b12 = F("""伊藤様

ご回答ありがとうございました。いくつか追加で質問させてください。

%s
> メリディアン シンクは、最大1万ユーザーまでご利用いただけます。

承知しました。ゲストユーザーも上限の対象に含まれますか。

> メリディアン シンクの月額料金は50,000円（税抜）です。

こちらは全社員で利用した場合の金額でしょうか。

あわせて、メリディアン ボールトのお見積もりをお願いできますでしょうか。
バックアップ対象のデータ量は約120TBです。

田中
""", ja_wrote(I1.d, "ito"))
M("tanaka2", "2026-09-28 10:20", "+0900", "tanaka", ["ito"], "Re: Re: Fw: メリディアン シンクについて", b12,
  cte="quoted-printable", archive=True, reply_to="ito1",
  claims=[C(S, "max_users", 10000, "ok", "メリディアン シンクは、最大1万ユーザーまでご利用いただけます。", True, "tokyo"),
          C(S, "monthly_price", jpy(50000, "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）です。", True, "tokyo")])

# --- 13. Tokyo answers with a requirement/answer table for Meridian Vault
b13 = """田中様

お世話になっております。東京オフィスの伊藤でございます。
メリディアン ボールトについて、ご要件と弊社回答を下表にまとめました。

メリディアン ボールト 回答表
| 項目 | 御社要件 | メリディアン ボールト |
|---|---|---|
| 容量 | 約120TB | 1テナントあたり最大500TB |
| 保持期間 | 90日以上 | 標準90日間 |
| データセンター | 国内 | 東京・大阪 |
| 暗号化 | AES-256相当以上 | AES-256 |
| 容量単価 | なし | 1TBあたり月額2,800円（税抜） |

お見積書は別途お送りいたします。

伊藤
"""
M("ito2", "2026-10-01 17:10", "+0900", "ito", ["tanaka"], "メリディアン ボールト ご要件への回答", b13,
  cte="base64", archive=True,
  claims=flat([C(V, "max_storage", TB(500), "ok", "| 容量 | 約120TB | 1テナントあたり最大500TB |"),
               C(V, "retention", dur(90, "days"), "ok", "| 保持期間 | 90日以上 | 標準90日間 |"),
               CS(V, "data_centers", ["Tokyo", "Osaka"], "ok", "| データセンター | 国内 | 東京・大阪 |"),
               C(V, "encryption", "AES-256", "ok", "| 暗号化 | AES-256相当以上 | AES-256 |"),
               C(V, "price_per_tb", jpy(2800, "excluded", "TB-month"), "ok", "| 容量単価 | なし | 1TBあたり月額2,800円（税抜） |")]))

# --- 14. a customer's own comparison table sent to Osaka
b14 = """山本様

近畿印刷の中村です。
バックアップ製品の比較表を作成しましたので、ご確認ください。

| 項目 | メリディアン ボールト | 他社A |
|---|---|---|
| RPO | 15分 | 5分 |
| 保持期間 | 30日 | 365日 |
| SLA | 99.99% | 99.9% |
| 1テナントあたりの最大容量 | 500TB | 200TB |

数値は各社の営業担当者から伺った内容と、Webサイトの記載をもとにしています。
質問：メリディアン ボールトの保持期間は延長できますか。
要件：保持期間は最低1年間が必要です。
また、弊社の現在のNASは容量が40TBで、すでに8割を使用しています。

中村
"""
M14_CLAIMS = lambda quoted: [C(V, "rpo", dur(15, "minutes"), "ok", "| RPO | 15分 | 5分 |", quoted, U),
                             C(V, "retention", dur(30, "days"), "conflict", "| 保持期間 | 30日 | 365日 |", quoted, U),
                             C(V, "sla", 99.99, "conflict", "| SLA | 99.99% | 99.9% |", quoted, U),
                             C(V, "max_storage", TB(500), "ok", "| 1テナントあたりの最大容量 | 500TB | 200TB |", quoted, U)]
M("naka1", "2026-10-01 09:40", "+0900", "nakamura", ["yamamoto"], "バックアップ製品の比較表", b14,
  charset="shift_jis", cte="8bit", archive=True, claims=M14_CLAIMS(False),
  nonclaims=["質問：メリディアン ボールトの保持期間は延長できますか。", "| 項目 | メリディアン ボールト | 他社A |"])

# --- 15. Osaka corrects two cells, and gets the RPO wrong
N1 = MSGS["naka1"]
b15 = F("""中村様

お世話になっております。メリディアンデータ大阪オフィスの山本でございます。
比較表をお送りいただき、ありがとうございます。
弊社製品の列について、訂正と補足をさせてください。

メリディアン ボールトの標準の保持期間は90日間です。
メリディアン ボールトのSLAは99.95％です。
また、メリディアン ボールトのRPOは最大1時間となります。
メリディアン ボールトは1TBあたり月額2,800円（税抜）です。
業界最安の料金でご提供しております。
保持期間の延長はオプションにて承ります。

山本

-----Original Message-----
From: 中村 誠 <nakamura@kinki-insatsu.co.jp>
Sent: Thursday, October 1, 2026 9:40 AM
To: 山本 翔太 <shota.yamamoto@osaka.jp.meridian-data.com>
Subject: バックアップ製品の比較表

%s""", b14)
M("yama1", "2026-10-05 14:00", "+0900", "yamamoto", ["nakamura"], "RE: バックアップ製品の比較表", b15,
  charset="iso-2022-jp", cte="7bit", archive=True, reply_to="naka1",
  claims=[C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間です。"),
          C(V, "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95％です。"),
          C(V, "rpo", dur(1, "hours"), "conflict", "また、メリディアン ボールトのRPOは最大1時間となります。"),
          C(V, "price_per_tb", jpy(2800, "excluded", "TB-month"), "ok", "メリディアン ボールトは1TBあたり月額2,800円（税抜）です。")]
  + M14_CLAIMS(True),
  findings=[("phrase", "ja.cheapest", None, "業界最安の料金でご提供しております。")],
  nonclaims=["質問：メリディアン ボールトの保持期間は延長できますか。", "| 項目 | メリディアン ボールト | 他社A |"])

# --- 16. US partner to distributor: what "Meridian's rep" said
b16 = """Jenny,

Brightline Health is close to a decision on backups. Mark Osei at Meridian is copied.
Meridian's rep told us that Meridian Vault is hosted in Oregon and Virginia.
Do you know whether Meridian Vault has an RTO commitment?
Our customer needs at least 99.95% availability for backups and a US-only region.

Thanks,
Sam

--
Sam Kerr
Copperleaf IT Solutions
"""
T16 = "Meridian's rep told us that Meridian Vault is hosted in Oregon and Virginia."
M16_CLAIMS = lambda quoted: CS(V, "data_centers", ["Oregon", "Virginia"], ["ok", "conflict"], T16, quoted, U)
M("sam1", "2026-10-06 08:45", "-0700", "sam", ["jenny"], "Brightline: Meridian Vault hosting", b16, cc=["mark"],
  claims=M16_CLAIMS(False), nonclaims=["Do you know whether Meridian Vault has an RTO commitment?"])

# --- 17. us-hq corrects the partner (Outlook-style quote block)
S1 = MSGS["sam1"]
b17 = F("""Sam, Jenny,

A quick correction for the Brightline file.
Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt.
Meridian Vault is not hosted in Virginia.
Meridian Vault's RTO is 4 hours.

Mark

-----Original Message-----
From: Sam Kerr <sam.kerr@copperleaf-it.com>
Sent: Tuesday, October 6, 2026 8:45 AM
To: Jenny Wu <j.wu@pacchannel.com>
Cc: Mark Osei <mark.osei@meridian-data.com>
Subject: Brightline: Meridian Vault hosting

%s""", b16)
M("mark1", "2026-10-08 13:10", "-0700", "mark", ["sam", "jenny"], "RE: Brightline: Meridian Vault hosting", b17,
  archive=True, reply_to="sam1",
  claims=flat([CS(V, "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok", "Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt."),
               C(V, "rto", dur(4, "hours"), "unverified", "Meridian Vault's RTO is 4 hours."),
               M16_CLAIMS(True)]),
  nonclaims=["Meridian Vault is not hosted in Virginia.", "Do you know whether Meridian Vault has an RTO commitment?"])

# --- 18. US customer reports what the website said
b18 = """Hi Mark,

Our branch staff often work where the connection drops.
Your website says Meridian Sync supports offline mode.
Is that still the case?
We have 650 employees across 14 branches, and we need at least 500 seats on day one.
Could you also confirm whether Meridian Sync has a ChromeOS client?

Thanks,
Avery
"""
M("avery1", "2026-10-09 10:00", "-0500", "avery", ["mark"], "Meridian Sync for Lakeshore branches", b18,
  claims=[C(S, "offline_mode", True, "conflict", "Your website says Meridian Sync supports offline mode.")],
  nonclaims=["Could you also confirm whether Meridian Sync has a ChromeOS client?"])

# --- 19. us-hq confirms the wrong website statement (offline: true)
A1 = MSGS["avery1"]
b19 = F("""Hi Avery,

Yes, Meridian Sync supports offline mode, so your branch staff can keep working when the connection drops.
There is no ChromeOS client for Meridian Sync.
Meridian Sync runs on Windows, macOS, iOS and Android.
Meridian Sync supports up to 10,000 users.
Starting with the seats you need on day one is no problem.
Meridian Sync's industry-leading encryption keeps your files safe.
Meridian Sync is $399 per month.

Mark

%s
%s
""", on_wrote(A1.d, "avery"), q(b18))
M("mark2", "2026-10-12 12:30", "-0700", "mark", ["avery"], "Re: Meridian Sync for Lakeshore branches", b19,
  archive=True, reply_to="avery1",
  claims=flat([C(S, "offline_mode", True, "conflict", "Yes, Meridian Sync supports offline mode, so your branch staff can keep working when the connection drops."),
               CS(S, "supported_platforms", SYNC4, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
               C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users."),
               C(S, "monthly_price", usd(399), "ok", "Meridian Sync is $399 per month."),
               C(S, "offline_mode", True, "conflict", "Your website says Meridian Sync supports offline mode.", True, U)]),
  findings=[("phrase", "en.superlative", None, "Meridian Sync's industry-leading encryption keeps your files safe.")],
  nonclaims=["There is no ChromeOS client for Meridian Sync.", "Could you also confirm whether Meridian Sync has a ChromeOS client?"])

# --- 20. Japanese customer to Osaka: what a partner said (ISMAP)
b20 = """山本様

はじめてご連絡いたします。みなと精機の小川です。
メリディアン シンクの導入を検討しております。

弊社の従業員は約350名で、うち80名は工場勤務です。
他社製品のB社は1ユーザーあたり2TBの容量を提供しています。
御社のパートナー様からは、メリディアン シンクはISMAPに登録済みと伺っております。
メリディアン シンクの月額料金（税込）を教えていただけますでしょうか。
工場のPCはWindows 10ですが、メリディアン シンクは利用可能でしょうか。

小川
"""
T20 = "御社のパートナー様からは、メリディアン シンクはISMAPに登録済みと伺っております。"
M("ogawa1", "2026-10-13 10:10", "+0900", "ogawa", ["yamamoto"], "メリディアン シンクの導入について", b20,
  charset="iso-2022-jp", cte="7bit",
  claims=[C(S, "certifications", "ISMAP", "conflict", T20)],
  nonclaims=["工場のPCはWindows 10ですが、メリディアン シンクは利用可能でしょうか。"])

# --- 21. Osaka answers: a tax-included price that agrees with Tokyo's tax-excluded one
O1 = MSGS["ogawa1"]
b21 = F("""小川様

お問い合わせいただき、ありがとうございます。大阪オフィスの山本でございます。

メリディアン シンクの月額料金は55,000円（税込）となります。
メリディアン シンクはWindows 10でご利用いただけます。
メリディアン シンクはISO/IEC 27001認証を取得しております。
ISMAPには登録しておりませんので、ご了承ください。
メリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。
旧製品名のメリディアン ファイルシンクをご利用中のお客様は、移行ガイドをご参照ください。
https://support.meridian-data.com/MeridianFileSync/migration

山本

-----元のメッセージ-----
差出人: 小川 健一 <k.ogawa@minato-seiki.co.jp>
送信日時: 2026年10月13日 10:10
宛先: 山本 翔太 <shota.yamamoto@osaka.jp.meridian-data.com>
件名: メリディアン シンクの導入について

%s""", b20)
M("yama2", "2026-10-15 11:45", "+0900", "yamamoto", ["ogawa"], "RE: メリディアン シンクの導入について", b21,
  charset="shift_jis", cte="8bit", archive=True, reply_to="ogawa1",
  claims=[C(S, "monthly_price", jpy(55000, "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）となります。"),
          C(S, "supported_platforms", "Windows", "ok", "メリディアン シンクはWindows 10でご利用いただけます。"),
          C(S, "certifications", "ISO 27001", "ok", "メリディアン シンクはISO/IEC 27001認証を取得しております。"),
          C(S, "storage_per_user", TB(1), "ok", "メリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。"),
          C(S, "certifications", "ISMAP", "conflict", T20, True, U)],
  findings=[("terminology", None, S, "旧製品名のメリディアン ファイルシンクをご利用中のお客様は、移行ガイドをご参照ください。")],
  nonclaims=["工場のPCはWindows 10ですが、メリディアン シンクは利用可能でしょうか。"])

# --- 22. Japanese customer asks Tokyo about Insight, reports a trade-show figure
b22 = """佐藤様

いつもお世話になっております。青空食品の森です。
メリディアン インサイトについて、いくつか質問させてください。

先日の展示会で、メリディアン インサイトの無料トライアルは14日間と伺っております。
メリディアン インサイトの正式リリースはいつ頃でしょうか。
弊社では現在、他社のBIツールを50ライセンス利用しています。
現行ツールでは、ダッシュボードの表示に10秒ほどかかることがあります。
要件：ダッシュボードを300個以上作成できること。
メリディアン インサイトで300個のダッシュボードを作成することは可能でしょうか。

森
"""
T22 = "先日の展示会で、メリディアン インサイトの無料トライアルは14日間と伺っております。"
M("mori1", "2026-10-20 14:12", "+0900", "mori", ["sato"], "メリディアン インサイトについて", b22, cte="base64",
  claims=[C(I, "free_trial", dur(14, "days"), "conflict", T22)],
  nonclaims=["メリディアン インサイトで300個のダッシュボードを作成することは可能でしょうか。"])

# --- 23. Tokyo answers (wrong GA date)
MO1 = MSGS["mori1"]
b23 = F("""森様

お世話になっております。メリディアンデータ東京オフィスの佐藤でございます。
ご質問にお答えいたします。

メリディアン インサイトは2026年12月に一般提供を開始する予定です。
メリディアン インサイトの無料トライアル期間は30日間です。
展示会でお伝えした期間は誤りでした。申し訳ございません。
メリディアン インサイトでは最大200個のダッシュボードを作成できます。
そのため、300個のご要件については別途ご相談させてください。
メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。

佐藤

%s
%s
""", ja_wrote(MO1.d, "mori"), q(b22))
M("sato1", "2026-10-22 10:30", "+0900", "sato", ["mori"], "Re: メリディアン インサイトについて", b23,
  cte="quoted-printable", archive=True, reply_to="mori1",
  claims=[C(I, "general_availability", "2026-12", "conflict", "メリディアン インサイトは2026年12月に一般提供を開始する予定です。"),
          C(I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトの無料トライアル期間は30日間です。"),
          C(I, "max_dashboards", 200, "ok", "メリディアン インサイトでは最大200個のダッシュボードを作成できます。"),
          C(I, "per_user_price", jpy(4000, "excluded", "user-month"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。"),
          C(I, "free_trial", dur(14, "days"), "conflict", T22, True, U)],
  nonclaims=["メリディアン インサイトで300個のダッシュボードを作成することは可能でしょうか。"])

# --- 24. customer to colleagues: what Tokyo said (reported; no cross-office part)
b24 = """皆様

メリディアン インサイトの件、共有します。
東京オフィスの佐藤様からは、メリディアン インサイトは2026年12月に一般提供開始予定と伺っております。
メリディアン インサイトのダッシュボードは最大200個までとのことです。
要件の300個には届かないため、運用の見直しが必要です。

森
"""
M("mori2", "2026-10-23 16:00", "+0900", "mori", ["suzuki"], "メリディアン インサイト 検討状況", b24,
  claims=[C(I, "general_availability", "2026-12", "conflict", "東京オフィスの佐藤様からは、メリディアン インサイトは2026年12月に一般提供開始予定と伺っております。"),
          C(I, "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボードは最大200個までとのことです。")])

# --- 25. reseller to customer (Japanese), a wrong retention
b25 = """木村様

いつもお世話になっております。ネクストブリッジの小林です。
メリディアン ボールトについてご案内いたします。

メリディアン ボールトの保持期間は標準で30日間です。
メリディアン ボールトのデータセンターは東京と大阪にございます。
メリディアン ボールトはAES-256で暗号化して保存します。

詳細は東京オフィスの佐藤様よりご連絡いたします。

小林
"""
M25_CLAIMS = lambda quoted: flat([C(V, "retention", dur(30, "days"), "conflict", "メリディアン ボールトの保持期間は標準で30日間です。", quoted, U),
                                  CS(V, "data_centers", ["Tokyo", "Osaka"], "ok", "メリディアン ボールトのデータセンターは東京と大阪にございます。", quoted, U),
                                  C(V, "encryption", "AES-256", "ok", "メリディアン ボールトはAES-256で暗号化して保存します。", quoted, U)])
M("koba2", "2026-10-26 16:40", "+0900", "kobayashi", ["kimura"], "メリディアン ボールトのご案内", b25,
  charset="iso-2022-jp", cte="7bit", claims=M25_CLAIMS(False))

# --- 26. Tokyo corrects the reseller: 「パートナー様のご案内にあった30日間ではなく、90日間」
K2 = MSGS["koba2"]
b26 = F("""木村様
（CC：ネクストブリッジ 小林様）

東京オフィスの佐藤でございます。
小林様のご案内に一点補足いたします。

メリディアン ボールトの標準の保持期間は、パートナー様のご案内にあった30日間ではなく、90日間です。
メリディアン ボールトは1テナントあたり最大500TBまで保存できます。
RTOについては現在確認中です。

佐藤

%s
%s
""", ja_wrote(K2.d, "kobayashi"), q(b25))
M("sato2", "2026-10-28 11:00", "+0900", "sato", ["kimura"], "Re: メリディアン ボールトのご案内", b26,
  cc=["kobayashi"], archive=True, reply_to="koba2",
  claims=[C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は、パートナー様のご案内にあった30日間ではなく、90日間です。"),
          C(V, "max_storage", TB(500), "ok", "メリディアン ボールトは1テナントあたり最大500TBまで保存できます。")]
  + M25_CLAIMS(True))

# --- 27. UK customer's own comparison table, and a reported statement about Tokyo
b27 = """Hi Priya,

We have put Meridian Insight next to Lumen BI, which we trialled last year:

| | Meridian Insight | Lumen BI |
|---|---|---|
| Query latency | under 1 second | 3 seconds |
| Free trial | 30 days | 14 days |
| Dashboards | 200 | 100 |

Your colleague in Tokyo told our Osaka subsidiary that Meridian Insight launches in December 2026.
Does Meridian Insight connect to Snowflake?
We need sub-second queries on our 40-million-row matter database.

Regards,
Eleanor

--
Eleanor Harper
Head of Knowledge Systems, Hollis & Rowe LLP
"""
M27_CLAIMS = lambda quoted: [C(I, "query_latency", dur(1, "seconds"), "conflict", "| Query latency | under 1 second | 3 seconds |", quoted, U),
                             C(I, "free_trial", dur(30, "days"), "ok", "| Free trial | 30 days | 14 days |", quoted, U),
                             C(I, "max_dashboards", 200, "ok", "| Dashboards | 200 | 100 |", quoted, U),
                             C(I, "general_availability", "2026-12", "conflict", "Your colleague in Tokyo told our Osaka subsidiary that Meridian Insight launches in December 2026.", quoted, U)]
M("harper1", "2026-10-29 09:50", "+0000", "harper", ["priya"], "Meridian Insight vs Lumen BI", b27,
  archive=True, claims=M27_CLAIMS(False), nonclaims=["Does Meridian Insight connect to Snowflake?"])

# --- 28. London answers (multipart/alternative), quoting the customer's table
H1 = MSGS["harper1"]
b28 = F("""Hi Eleanor,

Thank you for the table; two cells need a correction.

Meridian Insight will be generally available in January 2027.
Meridian Insight returns queries within 2 seconds.
Please update the latency row in your table accordingly.
Meridian Insight has 40 native integrations, including Snowflake.
Meridian Insight is £25 per user per month.

Kind regards,
Priya

%s
%s
""", on_wrote_uk(H1.d, "harper"), q(b27.split("\nRegards,")[0]))
M("priya1", "2026-11-02 15:20", "+0000", "priya", ["harper"], "Re: Meridian Insight vs Lumen BI", b28,
  html=True, archive=True, reply_to="harper1",
  claims=[C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027."),
          C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight returns queries within 2 seconds."),
          C(I, "integrations", 40, "unverified", "Meridian Insight has 40 native integrations, including Snowflake."),
          C(I, "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is £25 per user per month.")]
  + M27_CLAIMS(True), nonclaims=["Does Meridian Insight connect to Snowflake?"])

# --- 29. US customer's own table with a requirement column
b29 = """Hi Dana,

We built this table from your emails and Keystone's website:

| | Our requirement | Meridian Vault | Keystone Backup |
|---|---|---|---|
| Retention | 1 year | 90 days | 1 year |
| Data centers | US only | Oregon, Virginia | Ohio |
| Availability SLA | 99.95% | 99.9% | 99.99% |
| Encryption | AES-256 | AES-256 | AES-128 |

Which Meridian Vault region would hold our data if we need US-only hosting?

Rosa
"""
M29_CLAIMS = lambda quoted: flat([C(V, "retention", dur(90, "days"), "ok", "| Retention | 1 year | 90 days | 1 year |", quoted, U),
                                  CS(V, "data_centers", ["Oregon", "Virginia"], ["ok", "conflict"], "| Data centers | US only | Oregon, Virginia | Ohio |", quoted, U),
                                  C(V, "sla", 99.9, "conflict", "| Availability SLA | 99.95% | 99.9% | 99.99% |", quoted, U),
                                  C(V, "encryption", "AES-256", "ok", "| Encryption | AES-256 | AES-256 | AES-128 |", quoted, U)])
M("rosa3", "2026-10-30 13:45", "-0700", "rosa", ["dana"], "Backup comparison", b29, archive=True,
  claims=M29_CLAIMS(False), nonclaims=["| | Our requirement | Meridian Vault | Keystone Backup |"])

# --- 30. us-hq corrects its own earlier SLA
R3 = MSGS["rosa3"]
b30 = F("""Hi Rosa,

Thanks for pulling this together. I need to correct my earlier note: Meridian Vault is backed by a 99.95% availability SLA, not 99.9%.
Meridian Vault has no Virginia region.
For US-only hosting, Meridian Vault uses our Oregon data center.

Best,
Dana

%s
%s
""", on_wrote(R3.d, "rosa"), q(b29))
M("dana3", "2026-11-03 10:05", "-0800", "dana", ["rosa"], "Re: Backup comparison", b30, archive=True, reply_to="rosa3",
  claims=[C(V, "sla", 99.95, "ok", "I need to correct my earlier note: Meridian Vault is backed by a 99.95% availability SLA, not 99.9%."),
          C(V, "data_centers", "Oregon", "ok", "For US-only hosting, Meridian Vault uses our Oregon data center.")]
  + M29_CLAIMS(True),
  nonclaims=["Meridian Vault has no Virginia region.", "| | Our requirement | Meridian Vault | Keystone Backup |"])

# --- 31. UK partner forwards a prospect's question to London (forward marker)
b31 = """Hi Priya,

Forwarding a question from one of our prospects, Calder Housing. Could you help?

---------- Forwarded message ---------
From: Grace Calder <g.calder@calderhousing.org.uk>
Date: Wed, 4 Nov 2026 at 09:12
Subject: File sharing for caseworkers
To: Lola Okafor <l.okafor@thamesidesystems.co.uk>

Hi Lola,

We have 2,300 staff and 140 volunteers who would need accounts.
Our current provider limits us to 15 GB per user.
The Meridian website says Meridian Sync is available on ChromeOS.
Is Meridian Sync certified to Cyber Essentials Plus?
We need at least 99.9% uptime.

Grace
"""
T31 = "The Meridian website says Meridian Sync is available on ChromeOS."
M("lola2", "2026-11-05 14:03", "+0000", "lola", ["priya"], "Fwd: File sharing for caseworkers", b31, archive=True,
  claims=[C(S, "supported_platforms", "ChromeOS", "conflict", T31, True, U)],
  nonclaims=["Is Meridian Sync certified to Cyber Essentials Plus?"])

# --- 32. London answers (a wrong certification)
L2 = MSGS["lola2"]
b32 = F("""Hi Lola, hi Grace,

Meridian Sync runs on Windows, macOS, iOS and Android.
Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II report.
Meridian Sync is also Cyber Essentials Plus certified.
Meridian Sync comes with a 99.9% uptime SLA.
Meridian Sync is £329 per month.

Best,
Priya

%s
%s
""", on_wrote_uk(L2.d, "lola"), q(b31))
M("priya2", "2026-11-06 10:30", "+0000", "priya", ["lola", "grace"], "Re: Fwd: File sharing for caseworkers", b32,
  archive=True, reply_to="lola2",
  claims=flat([CS(S, "supported_platforms", SYNC4, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
               CS(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II report."),
               C(S, "certifications", "Cyber Essentials Plus", "conflict", "Meridian Sync is also Cyber Essentials Plus certified."),
               C(S, "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA."),
               C(S, "monthly_price", gbp(329), "ok", "Meridian Sync is £329 per month."),
               C(S, "supported_platforms", "ChromeOS", "conflict", T31, True, U)]),
  nonclaims=["Is Meridian Sync certified to Cyber Essentials Plus?"])

# --- 33. partner to partner (Japanese): what Osaka said
b33 = """藤井様

ネクストブリッジの小林です。
来月の共同提案の件でご連絡いたします。
メリディアン社の大阪オフィスからは、メリディアン ボールトのRPOは1時間と伺っております。
弊社の検証環境では、他社製品のRPOは5分でした。
比較表は弊社で作成いたします。

小林
"""
M("koba3", "2026-11-10 09:30", "+0900", "kobayashi", ["fujii"], "共同提案の件", b33, cte="quoted-printable",
  claims=[C(V, "rpo", dur(1, "hours"), "conflict", "メリディアン社の大阪オフィスからは、メリディアン ボールトのRPOは1時間と伺っております。")])

# --- 34. customer to Osaka: 「御社サイトには…と記載がありました」
b34 = """山本様

先日はご回答ありがとうございました。みなと精機の小川です。

御社サイトには、メリディアン シンクの稼働率SLAは99.9％と記載がありました。
弊社の基幹システムの稼働率は99.5％です。
追加で、メリディアン インサイトの無料トライアルは何日間でしょうか。
また、メリディアン インサイトのクエリ応答時間は最大2秒と伺っております。
見積書の有効期限は30日間でお願いいたします。

小川
"""
M34_CLAIMS = lambda quoted: [C(S, "sla", 99.9, "ok", "御社サイトには、メリディアン シンクの稼働率SLAは99.9％と記載がありました。", quoted, U),
                             C(I, "query_latency", dur(2, "seconds"), "ok", "また、メリディアン インサイトのクエリ応答時間は最大2秒と伺っております。", quoted, U)]
M("ogawa2", "2026-11-12 10:00", "+0900", "ogawa", ["yamamoto"], "追加のご質問", b34, charset="shift_jis", cte="8bit",
  claims=M34_CLAIMS(False))

# --- 35. Osaka answers (tax-included per-user price)
OG2 = MSGS["ogawa2"]
b35 = F("""小川様

大阪オフィスの山本でございます。

メリディアン インサイトは30日間の無料トライアルをご用意しています。
メリディアン インサイトは1ユーザーあたり月額4,400円（税込）でご利用いただけます。
メリディアン インサイトのダッシュボードは最大200個まで作成できます。

山本

-----元のメッセージ-----
差出人: 小川 健一 <k.ogawa@minato-seiki.co.jp>
送信日時: 2026年11月12日 10:00
宛先: 山本 翔太 <shota.yamamoto@osaka.jp.meridian-data.com>
件名: 追加のご質問

%s""", b34)
M("yama3", "2026-11-13 15:00", "+0900", "yamamoto", ["ogawa"], "RE: 追加のご質問", b35, archive=True, reply_to="ogawa2",
  claims=[C(I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトは30日間の無料トライアルをご用意しています。"),
          C(I, "per_user_price", jpy(4400, "included", "user-month"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,400円（税込）でご利用いただけます。"),
          C(I, "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボードは最大200個まで作成できます。")]
  + M34_CLAIMS(True))

# --- 36. customer to Tokyo, multipart/alternative, a reported statement and questions
b36 = """佐藤様

青空食品の森です。先日はありがとうございました。

展示会では、メリディアン ボールトのデータセンターは大阪にもあると伺っております。
弊社の本社と工場はいずれも大阪府内にあります。
メリディアン ボールトの1テナントあたりの容量上限は何TBでしょうか。
また、メリディアン ボールトのRTOは何時間でしょうか。

森
"""
M("mori3", "2026-11-16 11:00", "+0900", "mori", ["sato"], "メリディアン ボールトについて", b36, html=True,
  claims=[C(V, "data_centers", "Osaka", "ok", "展示会では、メリディアン ボールトのデータセンターは大阪にもあると伺っております。")],
  nonclaims=["メリディアン ボールトの1テナントあたりの容量上限は何TBでしょうか。", "また、メリディアン ボールトのRTOは何時間でしょうか。"])

# ------------------------------------------------------------------ documents
DOCS = []
d1 = """# メリディアン シンク ご提案書

株式会社ハーバー物流 御中
メリディアンデータ 東京オフィス

金額はすべて税抜です。

## 御社要件への回答

| 項目 | 御社要件 | 回答 |
|---|---|---|
| 利用者数 | 1,800名 | 最大10,000ユーザー |
| 1ユーザーあたりの容量 | 100GB以上 | 1TB |
| 稼働率 | 99.5%以上 | 99.9% |
| 対応OS | Windows、macOS | Windows、macOS、iOS、Android |
| 月額料金 | なし | 50,000円 |

## 補足

メリディアン シンクはオフライン環境ではご利用いただけません。
メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。
"""
DOCS.append(("docs/tokyo/harbor-logi-sync-proposal.md", "tokyo", d1, flat([
    C(S, "max_users", 10000, "ok", "| 利用者数 | 1,800名 | 最大10,000ユーザー |"),
    C(S, "storage_per_user", TB(1), "ok", "| 1ユーザーあたりの容量 | 100GB以上 | 1TB |"),
    C(S, "sla", 99.9, "ok", "| 稼働率 | 99.5%以上 | 99.9% |"),
    CS(S, "supported_platforms", SYNC4, "ok", "| 対応OS | Windows、macOS | Windows、macOS、iOS、Android |"),
    C(S, "monthly_price", jpy(50000, "excluded"), "ok", "| 月額料金 | なし | 50,000円 |"),
    C(S, "offline_mode", False, "ok", "メリディアン シンクはオフライン環境ではご利用いただけません。"),
    CS(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。")])))

d2 = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Meridian Vault proposal for Fenwick Legal</title></head>
<body>
<h1>Meridian Vault proposal for Fenwick Legal</h1>
<p>Prepared by the Meridian Data London office.</p>
<table>
<caption>Meridian Vault: your requirements and our answers</caption>
<tr><th>Item</th><th>Your requirement</th><th>Meridian Vault</th></tr>
<tr><td>Recovery point objective</td><td>1 hour</td><td>15 minutes</td></tr>
<tr><td>Default retention</td><td>60 days</td><td>90 days</td></tr>
<tr><td>Capacity per tenant</td><td>40 TB</td><td>up to 500 TB</td></tr>
<tr><td>Data centre</td><td>within the EU</td><td>Frankfurt</td></tr>
<tr><td>Price per TB per month</td><td>none stated</td><td>£16</td></tr>
</table>
<p>Meridian Insight will be generally available in January 2027, and we would be glad to add it in a later phase.</p>
</body>
</html>
"""
DOCS.append(("docs/london/fenwick-vault-proposal.html", "london", d2, [
    C(V, "rpo", dur(15, "minutes"), "ok", "<tr><td>Recovery point objective</td><td>1 hour</td><td>15 minutes</td></tr>"),
    C(V, "retention", dur(90, "days"), "ok", "<tr><td>Default retention</td><td>60 days</td><td>90 days</td></tr>"),
    C(V, "max_storage", TB(500), "ok", "<tr><td>Capacity per tenant</td><td>40 TB</td><td>up to 500 TB</td></tr>"),
    C(V, "data_centers", "Frankfurt", "ok", "<tr><td>Data centre</td><td>within the EU</td><td>Frankfurt</td></tr>"),
    C(V, "price_per_tb", gbp(16, "TB-month"), "ok", "<tr><td>Price per TB per month</td><td>none stated</td><td>£16</td></tr>"),
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027, and we would be glad to add it in a later phase.")]))

d3 = """近畿印刷株式会社様 メリディアン ボールト ご提案
メリディアンデータ 大阪オフィス

・メリディアン ボールトの標準の保持期間は90日間です。
・メリディアン ボールトのSLAは99.95％です。
・メリディアン ボールトのRPOは15分です。
・メリディアン ボールトは1TBあたり月額3,080円（税込）です。
・メリディアン ボールトのデータ保管場所は東京と大阪です。

ご要件の長期保管につきましては、オプションにて対応いたします。
"""
DOCS.append(("docs/osaka/kinki-insatsu-vault-teian.txt", "osaka", d3, flat([
    C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間です。"),
    C(V, "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95％です。"),
    C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分です。"),
    C(V, "price_per_tb", jpy(3080, "included", "TB-month"), "ok", "メリディアン ボールトは1TBあたり月額3,080円（税込）です。"),
    CS(V, "data_centers", ["Tokyo", "Osaka"], "ok", "メリディアン ボールトのデータ保管場所は東京と大阪です。")])))

DOC_NONCLAIMS = {"docs/london/fenwick-vault-proposal.html": [
    '<head><meta charset="utf-8"><title>Meridian Vault proposal for Fenwick Legal</title></head>',
    "<h1>Meridian Vault proposal for Fenwick Legal</h1>"]}

# a draft the config ignores: no expected lines
DRAFT = ("docs/tokyo/drafts/harbor-logi-v0.md", "# 下書き\n\nメリディアン シンクは最大5,000ユーザーまでご利用いただけます。\n")


# ------------------------------------------------------------------ building messages
def hdr_addr(k, charset):
    name, addr = P[k]
    if all(ord(c) < 128 for c in name):
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (Header(name, charset).encode(), addr)


def hdr_text(s, charset):
    return s if all(ord(c) < 128 for c in s) else Header(s, charset).encode()


def html_of(text):
    out, inq = [], False
    for l in text.split("\n"):
        isq = l.startswith(">")
        if isq and not inq:
            out.append("<blockquote>")
        if inq and not isq:
            out.append("</blockquote>")
        inq = isq
        body = l[1:].lstrip() if isq else l
        body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<div>%s</div>" % (body or "<br>"))
    if inq:
        out.append("</blockquote>")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


def encode_body(text, charset, cte):
    raw = text.encode(charset.replace("-", "_") if charset == "iso-2022-jp" else charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def part(text, ctype, charset, cte):
    cs = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS"}[charset]
    h = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (ctype, cs, cte)
    return h.encode("ascii") + encode_body(text, charset, cte)


def build(m):
    hcs = "iso-2022-jp" if m.charset == "iso-2022-jp" else "utf-8"
    h = ["From: " + hdr_addr(m.frm, hcs), "To: " + ", ".join(hdr_addr(k, hcs) for k in m.to)]
    if m.cc:
        h.append("Cc: " + ", ".join(hdr_addr(k, hcs) for k in m.cc))
    h += ["Subject: " + hdr_text(m.subject, hcs), "Date: " + rfc_date(m.d), "Message-ID: <%s>" % m.mid]
    if m.reply_to:
        h += ["In-Reply-To: <%s>" % MSGS[m.reply_to].mid, "References: <%s>" % MSGS[m.reply_to].mid]
    h.append("MIME-Version: 1.0")
    head = "\n".join(h).encode("ascii") + b"\n"
    if m.html:
        bnd = "=_alt_%s" % m.key
        body = (b"Content-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\n" % (bnd.encode(), bnd.encode())
                + part(m.body, "text/plain", m.charset, m.cte if m.cte != "8bit" else "quoted-printable")
                + b"\n--%s\n" % bnd.encode() + part(html_of(m.body), "text/html", m.charset, "quoted-printable")
                + b"\n--%s--\n" % bnd.encode())
    elif m.attach:
        bnd = "=_mixed_%s" % m.key
        inner = build(MSGS[m.attach])
        body = (b"Content-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\n" % (bnd.encode(), bnd.encode())
                + part(m.body, "text/plain", m.charset, m.cte) + b"\n--%s\n" % bnd.encode()
                + b"Content-Type: message/rfc822\nContent-Disposition: attachment\n\n" + inner
                + b"\n--%s--\n" % bnd.encode())
    else:
        cs = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS"}[m.charset]
        body = ("Content-Type: text/plain; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (cs, m.cte)).encode("ascii") \
            + encode_body(m.body, m.charset, m.cte)
    out = head + body
    return out if out.endswith(b"\n") else out + b"\n"


def decoded_texts(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]


def plain_texts(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return [p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain"]


# ------------------------------------------------------------------ checks
NAMES = {S: ["Meridian Sync", "MeridianSync", "メリディアン シンク", "メリディアン・シンク", "メリディアンシンク", "メリディアンSync", "メリディアン Sync"],
         V: ["Meridian Vault", "MeridianVault", "メリディアン ボールト", "メリディアン・ボールト", "メリディアンボールト", "メリディアンVault", "メリディアン Vault", "メリディアン ヴォールト"],
         I: ["Meridian Insight", "MeridianInsight", "メリディアン インサイト", "メリディアン・インサイト", "メリディアンインサイト", "メリディアンInsight", "メリディアン Insight"]}
DEPRECATED = ["Meridian FileSync", "Meridian File Sync", "MeridianFileSync", "メリディアン ファイルシンク", "メリディアン・ファイルシンク", "メリディアンファイルシンク"]
MEMBERS = ["Linux", "ChromeOS", "Windows", "macOS", "iOS", "Android", "ISMAP", "HIPAA", "Cyber Essentials", "ISO", "SOC",
           "Virginia", "Oregon", "Frankfurt", "London", "Tokyo", "Osaka", "東京", "大阪", "AES", "オフライン", "offline"]
PHRASES = {
    "ja.superlative-no1": [r'(?i:no\.?\s?1)(?:[^0-9〜~\-‐–—ー、,./]|$)', r'ナンバー\s?(?:ワン|1)', r'トップシェア|シェア\s?(?:トップ|首位|1位|一位)',
                           r'(?:業界|国内|日本|世界|市場|アジア|地域|部門)\s?(?:で|における)?\s?(?:一番|1位|一位|首位|トップ|ナンバーワン)',
                           r'(?:業界|日本|世界|国内)一(?:[^部つ周律般括時斉定連貫丸環]|$)',
                           r'(?:ランキング|調査|満足度|シェア|売上|販売数|導入数|導入社数|導入実績|人気|評価)(?:[^。\n]{0,12}[^0-9])?第?(?:1|一)位',
                           r'(?:^|[^0-9])第?(?:1|一)位\s?(?:を|に)?\s?(?:獲得|受賞|選出|選ばれ|入賞|輝)'],
    "ja.first-in-industry": [r'(?:業界|世界|日本|国内|本邦|史上|アジア)\s?初(?:[^期回日頭旬心級]|$)', r'(?:業界|世界|日本|国内)\s?で\s?(?:初めて|はじめて|最初)'],
    "ja.absolute": [r'絶対(?:[^パ値参座温数量]|$)', r'完全\s?(?:に|な)?\s?(?:安全|安心|無停止|ゼロ|防止|防御|防ぎ|防げ|保護|無欠|セキュア)',
                    r'100\s?(?:%|パーセント)\s?(?:の)?\s?(?:安全|安心|保証|成功|防止|防ぎ|防げ|保護|セキュア)', r'(?:稼働率|可用性)\s?100\s?(?:%|パーセント)',
                    r'必ず(?:[^し。\n][^。\n]{0,20})?(?:成功|削減|改善|向上|解決|防げ|防ぎ|防止|守れ|効果|成果|儲か|達成|実現|保証|お約束|回収|黒字|ご満足)'],
    "ja.cheapest": [r'最安(?:[^定]|$)', r'最も\s?(?:安い|安価|低価格|お得)', r'(?:一番|いちばん)\s?(?:安い|安価|お得)', r'どこよりも\s?(?:安|お得|低価格)',
                    r'(?:業界|国内|日本|世界|市場)\s?(?:で)?\s?最低\s?(?:価格|水準|料金)|最低価格保証'],
    "en.guarantee": [r'(?i)\bguaranteed\b', r'(?i)\bwe\s+guarantee\s+(?:that|you|your|results?|success|savings?|roi|zero|no|100)\b',
                     r'(?i)\b100\s?(?:%|percent|per\s+cent)\s+(?:secure|safe|protected|reliable|uptime|available|risk[- ]free|hack[- ]?proof)\b',
                     r'(?i)\brisk[- ]?free\b', r'(?i)\bnever\s+(?:fails?|failed|goes\s+down|went\s+down|loses?|lost|crash(?:es)?|breaks?|be\s+down)\b',
                     r'(?i)\bzero[- ]downtime\b', r'(?i)\b(?:unhackable|hack[- ]proof|fail[- ]proof)\b'],
    "en.superlative": [r'(?i)\b(?:is|are|was|were|ranked|rated|voted|named|the|our)\s+(?:the\s+)?(?:#\s?1|no\.\s?1|number[- ]one)(?:\s+(?:[a-z-]+\s+){0,2}?(?:solution|platform|choice|provider|vendor|product|tool|service|software|app|add-on|addon|rated|ranked|selling|seller|brand|name)\b|\s+(?:in|for|on|among|by|across)\b|\s*[.,;:!)]|\s*$)',
                       r'(?i)(?:^|[^\w&])#\s?1\s+(?:rated|ranked|choice|selling|seller|provider|vendor|platform|solution)\b',
                       r'(?i)\bbest[- ]in[- ](?:the[- ])?(?:industry|market|class|business|breed)\b', r'(?i)\bbest\s+(?:[a-z-]+\s+){0,3}(?:on|in)\s+the\s+market\b',
                       r'(?i)\b(?:industry|market|world|category)[- ]leading\b',
                       r"(?i)\b(?:industry|market|world)['’]?s\s+(?:best|fastest|leading|most\s+(?:secure|reliable|advanced|trusted))\b"],
    "en.unlimited": [r'(?i)\bunlimited\b'],
}
UNLESS = [r'※[^\n]{0,80}(?:調べ|調査|出典|出所)', r'(?:出典|出所)\s?[:：]', r'(?i)(?:^|\n)[^A-Za-z\n]{0,8}sources?\s?:\s?\S', r'(?i)\(\s?sources?\s?:\s?[^)\n]{3,}\)']

problems = []


def check_text(where, texts, claims, findings, nonclaims):
    """texts: decoded texts of one file. Every excerpt present; findings equal the scan; suspicious lines covered."""
    allt = "\n".join(texts)
    for c in claims:
        if c["text"] not in allt:
            problems.append("%s: excerpt not found: %s" % (where, c["text"]))
    for n in nonclaims:
        if n not in allt:
            problems.append("%s: non-claim not found: %s" % (where, n))
    for f in findings:
        if f[3] not in allt:
            problems.append("%s: finding excerpt not found: %s" % (where, f[3]))
    # phrase scan (on the first text/plain or the file's text: multipart parts say the same)
    body = unicodedata.normalize("NFKC", texts[0])
    got = set()
    for rule, pats in PHRASES.items():
        if any(re.search(p, body, re.M) for p in pats) and not any(re.search(u, body) for u in UNLESS):
            got.add(("phrase", rule))
    nourl = re.sub(r"https?://\S+", "", texts[0])
    if any(d.lower() in nourl.lower() for d in DEPRECATED):
        got.add(("terminology", S))
    want = {(f[0], f[1] if f[0] == "phrase" else f[2]) for f in findings}
    if got != want:
        problems.append("%s: findings scan %s != labelled %s" % (where, sorted(got), sorted(want)))
    # suspicious lines: a product name (or table row) with a digit / member, not covered by any excerpt or non-claim
    covered = [c["text"] for c in claims] + list(nonclaims)
    for line in texts[0].split("\n"):
        l = line.lstrip("> ").strip()
        if not l:
            continue
        has_prod = any(n in l for ns in NAMES.values() for n in ns)
        is_row = l.startswith("|") or l.startswith("<tr>")
        if (has_prod or is_row) and (re.search(r"[0-9０-９万]", l) or any(mm in l for mm in MEMBERS)):
            if not any(l in cv or cv in l for cv in covered) and not re.match(r"^\|[-|]+\|$", l):
                problems.append("%s: uncovered line: %s" % (where, l))


def main():
    msgs = sorted(MSGS.values(), key=lambda m: m.d)
    # the attached message is written only inside its carrier? No: it is a message of its own as well.
    os.makedirs(os.path.join(SET, "mail"), exist_ok=True)
    for old in os.listdir(os.path.join(SET, "mail")):
        os.remove(os.path.join(SET, "mail", old))
    lines, archive_claims = [], []
    for n, m in enumerate(msgs, 1):
        m.file = "mail/%04d.eml" % n
        m.raw = build(m)
        with open(os.path.join(SET, m.file), "wb") as fh:
            fh.write(m.raw)
    for m in msgs:
        texts = plain_texts(m.raw)
        check_text(m.file, texts, m.claims, m.findings, m.nonclaims)
        seen = set()
        for c in m.claims:
            off = c["office"] or m.office
            v = judge(c["product"], c["attribute"], c["value"], off, m.day)
            if v != c["verdict"]:
                problems.append("%s: verdict %s, judge says %s: %s" % (m.file, c["verdict"], v, c["text"]))
            key = (c["product"], c["attribute"], json.dumps(c["value"], sort_keys=True), c["quoted"], off)
            if key in seen:
                problems.append("%s: duplicate claim %s" % (m.file, key))
            seen.add(key)
            files = [m.file] + (["mail/archive.mbox"] if m.archive else [])
            for f in files:
                lines.append({"type": "claim", "file": f, "message_id": m.mid, "product": c["product"], "attribute": c["attribute"],
                              "value": c["value"], "verdict": c["verdict"], "quoted": c["quoted"], "office": off, "as_of": m.day,
                              "text": c["text"]})
            if m.archive and off != "unknown":
                archive_claims.append(dict(c, office=off, day=m.day, file=m.file))
        for kind, rule, prod, text in m.findings:
            for f in [m.file] + (["mail/archive.mbox"] if m.archive else []):
                lines.append({"type": "finding", "file": f, "message_id": m.mid, "kind": kind, "rule": rule, "product": prod,
                              "quoted": False, "text": text})
    # ---- archive (mboxrd, date order)
    with open(os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        for m in msgs:
            if not m.archive:
                continue
            u = m.d.astimezone(timezone.utc)
            fh.write(("From %s %s %s %2d %s %d\n" % (P[m.frm][1], EN_DAYS[u.weekday()], EN_MON[u.month - 1], u.day,
                                                    u.strftime("%H:%M:%S"), u.year)).encode("ascii"))
            for l in m.raw.split(b"\n")[:-1]:
                fh.write((b">" + l if re.match(rb"^>*From ", l) else l) + b"\n")
            fh.write(b"\n")
    # ---- cross-office, from the archive's claims (customers take no part)
    xo = {}
    for i, a in enumerate(archive_claims):
        for b in archive_claims[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if (a["product"], a["attribute"]) in SETS:
                continue                                   # set members never contradict each other
            days = abs((datetime.strptime(a["day"], "%Y-%m-%d") - datetime.strptime(b["day"], "%Y-%m-%d")).days)
            if days > 45:
                continue
            if isinstance(a["value"], dict) and "currency" in a["value"]:
                if (a["value"]["currency"], a["value"]["per"]) != (b["value"]["currency"], b["value"]["per"]):
                    continue
            if equivalent(a["product"], a["attribute"], a["value"], b["value"]):
                continue
            if a["verdict"] == "ok" and b["verdict"] == "ok":
                continue                                   # each right at its own date
            offs = tuple(sorted((a["office"], b["office"])))
            k = (a["product"], a["attribute"], offs)
            e = xo.setdefault(k, {"files": set(), "values": {}})
            e["files"].update([a["file"], b["file"]])
            e["values"].setdefault(a["office"], a["value"])
            e["values"].setdefault(b["office"], b["value"])
            print("cross-office: %s %s %s  %s@%s=%s  %s@%s=%s" % (k[0], k[1], offs, a["office"], a["day"], a["value"],
                                                                b["office"], b["day"], b["value"]))
    for (p, a, offs), e in sorted(xo.items()):
        lines.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs), "file": "mail/archive.mbox",
                      "message_files": sorted(e["files"]), "values": {o: e["values"][o] for o in offs}})
    # ---- documents
    import shutil
    shutil.rmtree(os.path.join(SET, "docs"), ignore_errors=True)
    for path, office, text, claims in DOCS:
        os.makedirs(os.path.dirname(os.path.join(SET, path)), exist_ok=True)
        with open(os.path.join(SET, path), "w", encoding="utf-8") as fh:
            fh.write(text)
        check_text(path, [text], claims, [], DOC_NONCLAIMS.get(path, []))
        for c in claims:
            v = judge(c["product"], c["attribute"], c["value"], office, DOCS_AS_OF)
            if v != c["verdict"]:
                problems.append("%s: verdict %s, judge says %s: %s" % (path, c["verdict"], v, c["text"]))
            lines.append({"type": "claim", "file": path, "message_id": None, "product": c["product"], "attribute": c["attribute"],
                          "value": c["value"], "verdict": c["verdict"], "quoted": False, "office": office, "as_of": DOCS_AS_OF,
                          "text": c["text"]})
    os.makedirs(os.path.dirname(os.path.join(SET, DRAFT[0])), exist_ok=True)
    with open(os.path.join(SET, DRAFT[0]), "w", encoding="utf-8") as fh:
        fh.write(DRAFT[1])
    # ---- config, readme, expected
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(CONFIG)
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README % {"n_mail": len(msgs), "n_arch": sum(m.archive for m in msgs),
                           "n_claims": sum(1 for l in lines if l["type"] == "claim"),
                           "n_find": sum(1 for l in lines if l["type"] == "finding"),
                           "n_xo": sum(1 for l in lines if l["type"] == "cross-office")})
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    # the archive re-read: every archived message decodes to the same texts
    import mailbox
    box = mailbox.mbox(os.path.join(SET, "mail", "archive.mbox"))
    got = [email.message_from_bytes(box.get_bytes(k), policy=email.policy.default)["Message-ID"].strip("<>") for k in box.keys()]
    if got != [m.mid for m in msgs if m.archive]:
        problems.append("archive order or content differs")
    for p in problems:
        print("PROBLEM: " + p)
    print("%d messages (%d archived), %d docs, %d expected lines" % (len(msgs), sum(m.archive for m in msgs), len(DOCS), len(lines)))
    return 1 if problems else 0


CONFIG = """# onevoice configuration for evaluation set10 (SPEC section 6).
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

README = """# Evaluation set10: the other side of the conversation

Written blind (from LABELS.md, FACTS.md, rules/, SPEC.md and score.py only) by an
independent helper session, 2026-12-03. Generated by `gen/generate.py` (stdlib,
deterministic); do not hand-edit the outputs, edit the generator and re-run it.

Emphasis: customers, resellers and partners writing to Meridian offices and to
each other, in English and Japanese: their questions, requirements, own
environment and competitors' figures (no claims); their reports of what a rep
or the website said ("your rep told us…", 「…と伺っております」,
「御社サイトには…と記載がありました」: claims, office `unknown`); customer-built
comparison tables (the Meridian column is the customer's claim, the competitor
column is none, a requirement column's figures are none); Meridian replies that
answer, correct ("not 5,000 users as our partner wrote; it is 10,000") or quote
them; a reseller forwarding a customer's question to Tokyo below a forward
marker; a customer's reply quoting a rep's figures between new questions; an
attached message/rfc822; multipart/alternative; ISO-2022-JP, Shift_JIS,
base64 and quoted-printable bodies.

- mail/NNNN.eml: %(n_mail)d messages, judged as of their own Date header.
- mail/archive.mbox: %(n_arch)d of them again (mboxrd, date order). It holds four
  cross-office contradictions between Meridian offices within 45 days, one pair
  that looks different but agrees (Sync 月額55,000円（税込） from Osaka vs
  50,000円（税抜） from Tokyo; also Vault 0.5 PB vs 500 TB, Insight 4,400円税込 vs
  4,000円税抜), and customers' contradictions of Meridian offices, which are not
  cross-office lines.
- docs/<office>/: 3 short proposals, judged as of 2026-11-22 (`--as-of 2026-11-22`);
  docs/tokyo/drafts/ is ignored by .onevoice.yaml and has no expected lines.
- expected.jsonl: %(n_claims)d claim lines, %(n_find)d finding lines, %(n_xo)d cross-office lines.

Score from inside this folder as LABELS.md says (`rules:` in .onevoice.yaml
points at ../../shared/eval/rules), or with `../../shared/eval/run BINARY .`.
"""

if __name__ == "__main__":
    sys.exit(main())
