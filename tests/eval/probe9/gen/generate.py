#!/usr/bin/env python3
"""Generate evaluation set9 for onevoice (money, time and offices).

    python3 gen/generate.py            # writes mail/, docs/, expected.jsonl, .onevoice.yaml, README.md

Deterministic, stdlib only. Everything in the set is written from the data in
this file; nothing is hand-edited. The script also
  * re-judges every labelled claim with a small mirror of rules/ (BASE below)
    and stops if a hand-written verdict disagrees with it;
  * checks that every `text` excerpt occurs in the decoded text of its file
    (and of the message as read back from archive.mbox);
  * computes the cross-office lines from the archive's claims (LABELS.md) and
    stops if they differ from the lines the set was designed to contain.
"""
import base64, datetime as dt, email, email.policy, fnmatch, html, json, os, quopri, re, shutil, sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"
WINDOW_DAYS = 45
TB = 10 ** 12


# ====================================================================== values
def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "months": 30 * 86400}

# ====================================================================== claims base mirror
# A hand copy of rules/products/*.yaml (truth: FACTS.md), used only to re-check labels.
OFFICE_GLOBS = [("us-hq", "*@meridian-data.com"), ("london", "*@uk.meridian-data.com"),
                ("tokyo", "*@jp.meridian-data.com"), ("osaka", "*@osaka.jp.meridian-data.com")]
JP_TAX = 1.10
DECLARED = {"max_users", "max_dashboards", "integrations", "ui_languages", "api_rate_limit", "max_devices",
            "sla", "monthly_price", "price_per_tb", "per_user_price", "rpo", "rto", "retention",
            "query_latency", "free_trial", "support_response_time", "storage_per_user", "max_storage",
            "max_file_size", "general_availability", "offline_mode", "certifications",
            "supported_platforms", "data_centers", "encryption"}
SETS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def bc(value, offices=None, bound=None, frm=None, until=None):
    return {"value": value, "offices": offices, "bound": bound, "from": frm, "until": until}


BASE = {
    ("meridian-sync", "max_users"): [bc(10000, bound="max", frm="2026-04-01"),
                                     bc(5000, bound="max", until="2026-03-31")],
    ("meridian-sync", "monthly_price"): [bc(money(50000, "JPY", "month", "excluded"), ["tokyo", "osaka"]),
                                         bc(money(399, "USD", "month"), ["us-hq"]),
                                         bc(money(329, "GBP", "month"), ["london"])],
    ("meridian-sync", "storage_per_user"): [bc(1 * TB)],
    ("meridian-sync", "sla"): [bc(99.9)],
    ("meridian-sync", "certifications"): [bc(["ISO 27001", "SOC 2 Type II"])],
    ("meridian-sync", "offline_mode"): [bc(False)],
    ("meridian-sync", "supported_platforms"): [bc(["Windows", "macOS", "iOS", "Android"])],
    ("meridian-vault", "rpo"): [bc(dur(15, "minutes"), bound="max")],
    ("meridian-vault", "retention"): [bc(dur(90, "days"))],
    ("meridian-vault", "sla"): [bc(99.95)],
    ("meridian-vault", "price_per_tb"): [bc(money(20, "USD", "TB-month"), ["us-hq"]),
                                         bc(money(2800, "JPY", "TB-month", "excluded"), ["tokyo", "osaka"]),
                                         bc(money(16, "GBP", "TB-month"), ["london"])],
    ("meridian-vault", "max_storage"): [bc(500 * TB, bound="max")],
    ("meridian-vault", "data_centers"): [bc(["Tokyo", "Osaka", "Oregon", "Frankfurt"])],
    ("meridian-vault", "encryption"): [bc(["AES-256"])],
    ("meridian-insight", "general_availability"): [bc("2027-01")],
    ("meridian-insight", "per_user_price"): [bc(money(30, "USD", "user-month"), ["us-hq"]),
                                             bc(money(4000, "JPY", "user-month", "excluded"), ["tokyo", "osaka"]),
                                             bc(money(25, "GBP", "user-month"), ["london"])],
    ("meridian-insight", "query_latency"): [bc(dur(2, "seconds"), bound="max")],
    ("meridian-insight", "free_trial"): [bc(dur(30, "days"))],
    ("meridian-insight", "max_dashboards"): [bc(200, bound="max")],
}


def office_of(addr):
    addr = addr.lower()
    hits = [(len(g), o) for o, g in OFFICE_GLOBS if fnmatch.fnmatchcase(addr, g)]
    return max(hits)[1] if hits else "unknown"


def is_money(v):
    return isinstance(v, dict) and "currency" in v


def norm(v):
    """Comparable form of a value; JPY tax-included amounts are brought back to the excluded base."""
    if is_money(v):
        amt = v["amount"] / JP_TAX if (v["currency"] == "JPY" and v.get("tax") == "included") else v["amount"]
        return ("money", round(amt, 6), v["currency"], v["per"])
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * SECONDS[v["unit"]])
    return ("v", v)


def money_matches(v, base):
    if v["currency"] != base["currency"] or v["per"] != base["per"]:
        return False
    if v["currency"] == "JPY":
        if v.get("tax") == "included":
            return abs(v["amount"] - base["amount"] * JP_TAX) < 1e-6
        return v["amount"] == base["amount"]
    assert v.get("tax") != "included", "tax-included non-JPY prices are avoided in this set"
    return v["amount"] == base["amount"]


def valid_on(c, day):
    return (c["from"] is None or day >= c["from"]) and (c["until"] is None or day <= c["until"])


def judge(product, attr, value, office, day):
    """Verdict per LABELS.md, for the constructions this set uses."""
    assert attr in DECLARED, attr
    claims = BASE.get((product, attr))
    if not claims:
        return "unverified"
    if attr in SETS:
        return "ok" if value in claims[0]["value"] else "conflict"
    if is_money(value):
        assert office != "unknown", "customer price claims are avoided in this set"
        own = [c for c in claims if office in c["offices"]]
        if any(money_matches(value, c["value"]) for c in own):
            return "ok"
        if any(money_matches(value, c["value"]) for c in claims if c not in own):
            return "office-variant"
        return "conflict"
    assert all(c["offices"] is None for c in claims)
    same = [c for c in claims if norm(c["value"]) == norm(value)]
    if not same:
        return "conflict"
    return "ok" if any(valid_on(c, day) for c in same) else "stale"


# ====================================================================== people
P = {
    "jake": ("Jake Miller", "jake.miller@meridian-data.com"),
    "priya": ("Priya Shah", "priya.shah@meridian-data.com"),
    "sales": ("Meridian Data Sales", "sales@meridian-data.com"),
    "oliver": ("Oliver Bennett", "oliver.bennett@uk.meridian-data.com"),
    "amelia": ("Amelia Hughes", "amelia.hughes@uk.meridian-data.com"),
    "tanaka": ("田中 拓也", "t.tanaka@jp.meridian-data.com"),
    "sato": ("佐藤 花子", "hanako.sato@jp.meridian-data.com"),
    "yamamoto": ("山本 健一", "k.yamamoto@osaka.jp.meridian-data.com"),
    "inoue": ("井上 美咲", "m.inoue@osaka.jp.meridian-data.com"),
    # customers
    "dana": ("Dana Brooks", "dana.brooks@brightpath.io"),
    "rachel": ("Rachel Clarke", "r.clarke@thamesmedia.co.uk"),
    "kobayashi": ("小林 誠", "kobayashi@hokuto-seiki.co.jp"),
    "nakamura": ("中村 彩", "nakamura@naniwa-logi.co.jp"),
    "maria": ("Maria Ortiz", "m.ortiz@lakeshore-legal.com"),
    "ken": ("Ken Mori", "k.mori@hokuto-seiki-usa.com"),
    "grace": ("Grace Owens", "g.owens@cedarbank.com"),
    "fujita": ("藤田 浩二", "fujita@sakura-gin.co.jp"),
    "jay": ("Jay Patel", "j.patel@harbourside.co.uk"),
    "tom": ("Tom Nguyen", "t.nguyen@orbitretail.com"),
    "ueda": ("上田 直樹", "ueda@kansai-denki.co.jp"),
    "hannah": ("Hannah Wright", "h.wright@fenwick-design.co.uk"),
    "okada": ("岡田 真一", "okada@minato-shoji.co.jp"),
    "morita": ("森田 由紀", "morita@biwako-seimitsu.co.jp"),
    "ishikawa": ("石川 亮", "ishikawa@kanto-butsuryu.co.jp"),
    "pinecrest": ("Pinecrest IT", "it-ops@pinecrest.io"),
    "suzuki": ("鈴木 一郎", "suzuki@hokuto-seiki.co.uk"),
    "hale": ("Daniel Hale", "d.hale@greywharf.co.uk"),
    "samlee": ("Sam Lee", "sam.lee@northwind-foods.com"),
}
def _region(addr):
    dom = addr.split("@")[1]
    if dom.endswith("jp.meridian-data.com") or dom.endswith(".jp"):
        return "jp"
    if dom.endswith("uk.meridian-data.com") or dom.endswith(".uk"):
        return "uk"
    return "us"


def tz_for(addr, when):
    region = _region(addr)
    if region == "jp":
        return dt.timezone(dt.timedelta(hours=9))
    if region == "uk":
        return dt.timezone(dt.timedelta(hours=1 if dt.datetime(2026, 3, 29, 1) <= when < dt.datetime(2026, 10, 25, 1) else 0))
    return dt.timezone(dt.timedelta(hours=-7 if dt.datetime(2026, 3, 8, 2) <= when < dt.datetime(2026, 11, 1, 2) else -8))


def C(product, attribute, value, verdict, text, quoted=False, office=None, as_of=None):
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict, "text": text,
            "quoted": quoted, "office": office, "as_of": as_of}


def F(kind, text, rule=None, product=None, quoted=False):
    return {"kind": kind, "rule": rule, "product": product, "text": text, "quoted": quoted}


SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"
MSGS = {}


def M(key, when, frm, to, subject, body, claims=(), findings=(), archive=True, charset="utf-8", cte="8bit",
      html_body=None, reply_to=None, crlf=False, attach=None, cc=None):
    when_dt = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    name, addr = P[frm]
    MSGS[key] = dict(key=key, when=when_dt.replace(tzinfo=tz_for(addr, when_dt)), frm=frm, to=to, cc=cc,
                     subject=subject, body=body, claims=list(claims), findings=list(findings), archive=archive,
                     charset=charset, cte=cte, html=html_body, reply_to=reply_to, crlf=crlf, attach=attach)


def sig(*lines):
    return "\n-- \n" + "\n".join(lines) + "\n"


def gt(text):
    """Quote a text with '> ' (Gmail style)."""
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def on_wrote(key):
    m = MSGS[key]
    w = m["when"]
    name, addr = P[m["frm"]]
    return "On %s, %d %s %d at %s, %s <%s> wrote:" % (w.strftime("%a"), w.day, w.strftime("%b"), w.year,
                                                       w.strftime("%H:%M"), name, addr)


def ja_wrote(key):
    m = MSGS[key]
    w = m["when"]
    name, addr = P[m["frm"]]
    wd = "月火水木金土日"[w.weekday()]
    return "%d年%d月%d日(%s) %s %s <%s>:" % (w.year, w.month, w.day, wd, w.strftime("%H:%M"), name, addr)


# ====================================================================== messages
# ---------------------------------------------------------------- January - March
M("osaka-vault-jan", "2026-01-20 10:12", "yamamoto", "nakamura", "メリディアン ボールトの仕様について",
  "浪速ロジスティクス株式会社\n情報システム部 中村様\n\n"
  "いつもお世話になっております。メリディアン・データ大阪営業所の山本でございます。\n"
  "先日はお打ち合わせのお時間をいただき、誠にありがとうございました。\n"
  "ご質問いただいたメリディアン ボールトの仕様について、以下のとおりご回答いたします。\n\n"
  "・メリディアン ボールトのRPO（目標復旧時点）は15分です。\n"
  "・メリディアン ボールトの標準の保持期間は30日間です。\n"
  "・同製品のデータセンターは東京と大阪にございます。\n\n"
  "ご不明な点がございましたら、お気軽にご連絡ください。\n"
  + sig("山本 健一", "メリディアン・データ株式会社 大阪営業所", "TEL 06-6000-1234"),
  [C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分です。"),
   C(VAULT, "retention", dur(30, "days"), "conflict", "メリディアン ボールトの標準の保持期間は30日間です。"),
   C(VAULT, "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京と大阪にございます。"),
   C(VAULT, "data_centers", "Osaka", "ok", "同製品のデータセンターは東京と大阪にございます。")],
  charset="iso-2022-jp", cte="7bit")

M("us-vault-feb", "2026-02-03 09:14", "jake", "dana", "Meridian Vault - the numbers you asked for",
  "Hi Dana,\n\n"
  "Thanks for the call this morning. Here are the numbers you asked for.\n\n"
  "Meridian Vault's RPO is a quarter of an hour.\n"
  "Meridian Vault is $20 per TB per month.\n"
  "Meridian Vault encrypts every backup at rest with AES-256.\n\n"
  "Best,\nJake\n" + sig("Jake Miller", "Account Executive, Meridian Data Inc.", "San Francisco"),
  [C(VAULT, "rpo", dur(0.25, "hours"), "ok", "Meridian Vault's RPO is a quarter of an hour."),
   C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
   C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with AES-256.")],
  charset="us-ascii", cte="7bit")

M("cust-brightpath-feb", "2026-02-17 13:40", "dana", "jake", "Re: Meridian Vault - the numbers you asked for",
  lambda: "Hi Jake,\n\n"
  "Thanks for the details. Before we go further: we need at least 200 TB of backup capacity. "
  "Can Meridian Vault handle that?\n\nDana\n\n" + on_wrote("us-vault-feb") + "\n" + gt(MSGS["us-vault-feb"]["body"]),
  [C(VAULT, "rpo", dur(0.25, "hours"), "ok", "Meridian Vault's RPO is a quarter of an hour.", True, "us-hq"),
   C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month.", True, "us-hq"),
   C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with AES-256.", True, "us-hq")],
  charset="us-ascii", cte="7bit", reply_to="us-vault-feb")

M("tokyo-sync-mar", "2026-03-10 15:30", "sato", "kobayashi", "メリディアン シンクに関するご質問への回答",
  "北斗精機株式会社\n情報システム部 小林様\n\n"
  "いつもお世話になっております。メリディアン・データ東京営業所の佐藤でございます。\n"
  "メリディアン シンクについて、ご質問への回答をお送りいたします。\n\n"
  "・メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。\n"
  "・同製品の月額料金は50,000円（税抜）です。\n"
  "・メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。\n\n"
  "引き続きよろしくお願いいたします。\n" + sig("佐藤 花子", "メリディアン・データ株式会社 東京営業所"),
  [C(SYNC, "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
   C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）です。"),
   C(SYNC, "supported_platforms", "Windows", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。"),
   C(SYNC, "supported_platforms", "macOS", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。"),
   C(SYNC, "supported_platforms", "iOS", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。"),
   C(SYNC, "supported_platforms", "Android", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。")],
  cte="base64")

M("osaka-sync-mar", "2026-03-16 11:05", "inoue", "nakamura", "メリディアン・シンクのユーザー数について",
  "浪速ロジスティクス株式会社\n中村様\n\n"
  "いつもお世話になっております。大阪営業所の井上でございます。\n"
  "メリディアン・シンクのユーザー数についてご案内いたします。\n\n"
  "メリディアン・シンクは現在、1テナントあたり最大5,000ユーザーまでご利用いただけます。\n"
  "なお、2026年4月以降、同製品は最大1万ユーザーまでご利用いただけるようになります。\n\n"
  "よろしくお願いいたします。\n" + sig("井上 美咲", "メリディアン・データ株式会社 大阪営業所"),
  [C(SYNC, "max_users", 5000, "ok", "メリディアン・シンクは現在、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
   C(SYNC, "max_users", 10000, "ok", "2026年4月以降、同製品は最大1万ユーザーまでご利用いただけるようになります。",
     as_of="2026-04-01")],
  archive=False, charset="shift_jis", cte="8bit")

M("us-sync-mar", "2026-03-20 08:45", "priya", "maria", "Meridian Sync for Lakeshore Legal",
  "Hi Maria,\n\n"
  "Good news for your rollout plans: Meridian Sync supports up to 10,000 users per organization.\n"
  "Meridian Sync is $399 per month for your whole team.\n\n"
  "Happy to set up a call next week.\n\nPriya\n" + sig("Priya Shah", "Solutions Engineer, Meridian Data Inc."),
  [C(SYNC, "max_users", 10000, "stale",
     "Good news for your rollout plans: Meridian Sync supports up to 10,000 users per organization."),
   C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for your whole team.")],
  archive=False, charset="us-ascii", cte="7bit")

M("us-vault-mar", "2026-03-24 16:20", "jake", "dana", "Re: Meridian Vault capacity",
  "Hi Dana,\n\n"
  "Following up on your capacity question \u2014 here is what you need for the review.\n\n"
  "Meridian Vault stores up to 500 TB per tenant.\n"
  "Meridian Vault retains backups for 90 days by default.\n"
  "Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt.\n\n"
  "Best,\nJake\n" + sig("Jake Miller", "Account Executive, Meridian Data Inc."),
  [C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant."),
   C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default."),
   C(VAULT, "data_centers", "Tokyo", "ok", "Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt."),
   C(VAULT, "data_centers", "Osaka", "ok", "Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt."),
   C(VAULT, "data_centers", "Oregon", "ok", "Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt."),
   C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt.")],
  cte="quoted-printable", reply_to="cust-brightpath-feb")

# ---------------------------------------------------------------- April - June
UK_SYNC_APR = ("Dear Rachel,\n\n"
               "Thank you for your time on Friday. As promised, here is a short summary for Meridian Sync.\n\n"
               "From 1 April 2026, Meridian Sync supports up to 10,000 users per organisation.\n"
               "Meridian Sync is \u00a3329 per month + VAT.\n"
               "Each Meridian Sync user gets 1 TB of storage.\n\n"
               "Kind regards,\nOliver\n" + sig("Oliver Bennett", "Account Executive, Meridian Data UK", "London"))
M("uk-sync-apr", "2026-04-14 10:12", "oliver", "rachel", "Meridian Sync for Thames Media", UK_SYNC_APR,
  [C(SYNC, "max_users", 10000, "ok", "From 1 April 2026, Meridian Sync supports up to 10,000 users per organisation."),
   C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is \u00a3329 per month + VAT."),
   C(SYNC, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage.")])

M("cust-thames-apr", "2026-04-21 16:40", "rachel", "oliver", "RE: Meridian Sync for Thames Media",
  lambda: "Hi Oliver,\n\n"
  "Thanks. We currently use Meridian FileSync for a small team, so the move should be simple.\n"
  "Could you confirm whether Meridian Sync works on Linux desktops? We would need around 6,000 seats across the group.\n\n"
  "Best,\nRachel\n\n"
  "-----Original Message-----\n"
  "From: Oliver Bennett <oliver.bennett@uk.meridian-data.com>\n"
  "Sent: 14 April 2026 10:12\n"
  "To: Rachel Clarke <r.clarke@thamesmedia.co.uk>\n"
  "Subject: Meridian Sync for Thames Media\n\n" + UK_SYNC_APR,
  [C(SYNC, "max_users", 10000, "ok", "From 1 April 2026, Meridian Sync supports up to 10,000 users per organisation.",
     True, "london"),
   C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is \u00a3329 per month + VAT.",
     True, "london"),
   C(SYNC, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage.", True, "london")],
  [F("terminology", "We currently use Meridian FileSync for a small team", product=SYNC)],
  reply_to="uk-sync-apr")

M("uk-sync-apr-reply", "2026-04-23 09:30", "oliver", "rachel", "Re: Meridian Sync for Thames Media",
  lambda: "Hi Rachel,\n\n" + on_wrote("cust-thames-apr") + "\n"
  "> Could you confirm whether Meridian Sync works on Linux desktops?\n\n"
  "Meridian Sync does not run on Linux desktops. It runs on Windows, macOS, iOS and Android.\n\n"
  "> We would need around 6,000 seats across the group.\n\n"
  "Understood, I will size the proposal for the whole group.\n\n"
  "For your US parent company, the US list price of Meridian Sync is $399 per month.\n\n"
  "Kind regards,\nOliver\n" + sig("Oliver Bennett", "Account Executive, Meridian Data UK"),
  [C(SYNC, "supported_platforms", m, "ok", "It runs on Windows, macOS, iOS and Android.")
   for m in ("Windows", "macOS", "iOS", "Android")] +
  [C(SYNC, "monthly_price", money(399, "USD", "month"), "office-variant",
     "For your US parent company, the US list price of Meridian Sync is $399 per month.")],
  charset="us-ascii", cte="7bit", reply_to="cust-thames-apr")

M("uk-fwd-vault-may", "2026-05-05 11:00", "oliver", "tanaka", "Fwd: Meridian Vault pricing",
  "Takuya,\n\n"
  "FYI, below is what Jake sent to a US prospect last week. For UK customers, Meridian Vault is \u00a316 per TB per month.\n\n"
  "Oliver\n\n"
  "---------- Forwarded message ---------\n"
  "From: Jake Miller <jake.miller@meridian-data.com>\n"
  "Date: Wed, 29 Apr 2026 at 17:20\n"
  "Subject: Meridian Vault pricing\n"
  "To: Sam Lee <sam.lee@northwind-foods.com>\n\n"
  "Hi Sam,\n\n"
  "Meridian Vault is $20 per TB per month.\n"
  "Meridian Vault stores up to 500 TB per tenant.\n\n"
  "Best,\nJake\n",
  [C(VAULT, "price_per_tb", money(16, "GBP", "TB-month"), "ok",
     "For UK customers, Meridian Vault is \u00a316 per TB per month."),
   C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month.", True, "us-hq"),
   C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant.", True, "us-hq")],
  archive=False, cte="quoted-printable")

M("tokyo-price-may", "2026-05-12 14:20", "tanaka", "kobayashi", "お見積りの前提条件について",
  "小林様\n\n"
  "いつもお世話になっております。東京営業所の田中でございます。\n"
  "お見積りの前提となる料金と仕様をご案内いたします。\n\n"
  "・メリディアン シンクの月額料金は55,000円（税込）です。\n"
  "・メリディアン シンクは最大1万ユーザーまでご利用いただけます。\n"
  "・メリディアン ボールトは1TBあたり月額3,080円（税込）です。\n\n"
  "何卒よろしくお願いいたします。\n" + sig("田中 拓也", "メリディアン・データ株式会社 東京営業所"),
  [C(SYNC, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）です。"),
   C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまでご利用いただけます。"),
   C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
     "メリディアン ボールトは1TBあたり月額3,080円（税込）です。")],
  charset="iso-2022-jp", cte="7bit")

OSAKA_PRICE_MAY_HEAD = ("中村様\n\n"
                        "いつもお世話になっております。大阪営業所の山本でございます。\n"
                        "メリディアン製品の料金をご案内いたします。\n\n"
                        "・メリディアン・シンクの月額料金は50,000円（税抜）です。\n"
                        "・メリディアン・ボールトは1TBあたり月額2,800円（税抜）です。\n")
M("osaka-price-may", "2026-05-20 14:03", "yamamoto", "nakamura", "メリディアン製品 料金のご案内",
  OSAKA_PRICE_MAY_HEAD + "\nいずれも業界最安の水準でご提供しております。\n\n"
  "ご検討のほど、よろしくお願いいたします。\n" + sig("山本 健一", "メリディアン・データ株式会社 大阪営業所"),
  [C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン・シンクの月額料金は50,000円（税抜）です。"),
   C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
     "メリディアン・ボールトは1TBあたり月額2,800円（税抜）です。")],
  [F("phrase", "いずれも業界最安の水準でご提供しております。", rule="ja.cheapest")],
  cte="quoted-printable")

M("tokyo-gbp-may", "2026-05-26 10:40", "sato", "suzuki", "英国でのご契約時の料金について",
  "Hokuto Seiki UK Ltd.\n鈴木様\n\n"
  "いつもお世話になっております。東京営業所の佐藤でございます。\n"
  "英国の御社現地法人でご契約いただく場合の料金をご案内いたします。\n\n"
  "・メリディアン シンクの月額料金は329ポンドです。\n"
  "・メリディアン インサイトは1ユーザーあたり月額25ポンドです。\n\n"
  "ご契約手続きは当社英国法人が担当いたします。\n" + sig("佐藤 花子", "メリディアン・データ株式会社 東京営業所"),
  [C(SYNC, "monthly_price", money(329, "GBP", "month"), "office-variant", "メリディアン シンクの月額料金は329ポンドです。"),
   C(INSIGHT, "per_user_price", money(25, "GBP", "user-month"), "office-variant",
     "メリディアン インサイトは1ユーザーあたり月額25ポンドです。")],
  cte="base64")

TOKYO_SYNC_JUN = ("小林様\n\n"
                  "いつもお世話になっております。東京営業所の田中でございます。\n"
                  "先日お問い合わせいただいた主な仕様をご案内いたします。\n\n"
                  "・メリディアン シンクは最大5,000ユーザーまでご利用いただけます。\n"
                  "・メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。\n")
M("tokyo-sync-jun", "2026-06-10 11:05", "tanaka", "kobayashi", "メリディアン シンクの仕様について",
  TOKYO_SYNC_JUN + "\nよろしくお願いいたします。\n" + sig("田中 拓也", "メリディアン・データ株式会社 東京営業所"),
  [C(SYNC, "max_users", 5000, "stale", "メリディアン シンクは最大5,000ユーザーまでご利用いただけます。"),
   C(SYNC, "storage_per_user", 1 * TB, "ok", "メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。")],
  cte="base64")

M("cust-hokuto-jun", "2026-06-12 09:20", "kobayashi", "tanaka", "Re: メリディアン シンクの仕様について",
  lambda: "田中様\n\n"
  "ご案内ありがとうございます。\n"
  "弊社では約8,000名での利用を想定しておりますが、メリディアン シンクで対応可能でしょうか。\n\n"
  "小林\n\n" + ja_wrote("tokyo-sync-jun") + "\n" + gt(TOKYO_SYNC_JUN),
  [C(SYNC, "max_users", 5000, "stale", "メリディアン シンクは最大5,000ユーザーまでご利用いただけます。", True, "tokyo"),
   C(SYNC, "storage_per_user", 1 * TB, "ok", "メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。", True, "tokyo")],
  charset="iso-2022-jp", cte="7bit", reply_to="tokyo-sync-jun")

M("tokyo-correction-jun", "2026-06-15 17:10", "tanaka", "kobayashi", "【訂正】メリディアン シンクの利用上限について",
  "小林様\n\n"
  "いつもお世話になっております。東京営業所の田中でございます。\n"
  "6月10日にお送りしたメールに誤りがございましたので、訂正いたします。\n\n"
  "メリディアン シンクの利用上限は（誤）最大5,000ユーザー（正）最大1万ユーザーです。\n\n"
  "ご迷惑をおかけし、申し訳ございません。\n" + sig("田中 拓也", "メリディアン・データ株式会社 東京営業所"),
  [C(SYNC, "max_users", 10000, "ok", "メリディアン シンクの利用上限は（誤）最大5,000ユーザー（正）最大1万ユーザーです。")],
  charset="iso-2022-jp", cte="7bit", reply_to="cust-hokuto-jun")

M("osaka-sync-jun", "2026-06-18 13:00", "inoue", "kobayashi", "メリディアン・シンクのご利用人数について",
  "北斗精機株式会社\n小林様\n\n"
  "はじめてご連絡いたします。メリディアン・データ大阪営業所の井上でございます。\n"
  "御社の関西の工場でのご利用について、東京営業所の田中より引き継ぎました。\n\n"
  "メリディアン・シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。\n\n"
  "今後ともよろしくお願いいたします。\n" + sig("井上 美咲", "メリディアン・データ株式会社 大阪営業所"),
  [C(SYNC, "max_users", 10000, "ok", "メリディアン・シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。")],
  charset="shift_jis", cte="8bit", cc="tanaka")

M("cust-naniwa-jun", "2026-06-25 15:45", "nakamura", "yamamoto", "RE: メリディアン製品 料金のご案内",
  lambda: "山本様\n\n"
  "お世話になっております。浪速ロジスティクスの中村です。\n"
  "料金のご案内ありがとうございました。社内で検討を進めております。\n\n"
  "一点確認させてください。御社東京営業所からは、メリディアン・ボールトのSLAは99.99％と伺っております。"
  "大阪営業所でも同じ条件でご提供いただけるのでしょうか。\n\n"
  "中村\n\n"
  "-----元のメッセージ-----\n"
  "差出人: 山本 健一 <k.yamamoto@osaka.jp.meridian-data.com>\n"
  "送信日時: 2026年5月20日 14:03\n"
  "宛先: 中村 彩 <nakamura@naniwa-logi.co.jp>\n"
  "件名: メリディアン製品 料金のご案内\n\n" + OSAKA_PRICE_MAY_HEAD,
  [C(VAULT, "sla", 99.99, "conflict", "御社東京営業所からは、メリディアン・ボールトのSLAは99.99％と伺っております。",
     office="unknown"),
   C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン・シンクの月額料金は50,000円（税抜）です。",
     True, "osaka"),
   C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
     "メリディアン・ボールトは1TBあたり月額2,800円（税抜）です。", True, "osaka")],
  cte="base64", reply_to="osaka-price-may")

M("us-jpy-jun", "2026-06-30 10:15", "jake", "ken", "Meridian Vault pricing for Hokuto Seiki",
  "Hi Ken,\n\n"
  "Thanks for the call. Your colleagues in Japan are on the Japanese price list: in Japan, Meridian Vault is "
  "\u00a52,800 per TB per month excluding consumption tax.\n"
  "Your US team would be billed in dollars, and I will send the US quote separately.\n\n"
  "Best,\nJake\n" + sig("Jake Miller", "Account Executive, Meridian Data Inc."),
  [C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "office-variant",
     "in Japan, Meridian Vault is \u00a52,800 per TB per month excluding consumption tax.")],
  archive=False, cte="quoted-printable")

# ---------------------------------------------------------------- July - September
M("us-vault-jul", "2026-07-07 11:30", "priya", "grace", "Meridian Vault recovery figures",
  "Hi Grace,\n\n"
  "Here are the recovery figures you asked for.\n\n"
  "Meridian Vault delivers an RPO of 15 minutes.\n"
  "Meridian Vault is backed by a 99.95% availability SLA.\n\n"
  "Thanks,\nPriya\n" + sig("Priya Shah", "Solutions Engineer, Meridian Data Inc."),
  [C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault delivers an RPO of 15 minutes."),
   C(VAULT, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA.")],
  charset="us-ascii", cte="7bit")

M("us-sync-clarify-jul", "2026-07-14 09:00", "priya", "maria", "Meridian Sync user limits - clarification",
  "Hi Maria,\n\n"
  "A clarification on user limits, since your board asked about the history. "
  "Until 31 March 2026, Meridian Sync supported up to 5,000 users per organization. "
  "Since 1 April 2026, Meridian Sync has supported up to 10,000 users per organization.\n\n"
  "Priya\n" + sig("Priya Shah", "Solutions Engineer, Meridian Data Inc."),
  [C(SYNC, "max_users", 5000, "ok", "Until 31 March 2026, Meridian Sync supported up to 5,000 users per organization.",
     as_of="2026-03-31"),
   C(SYNC, "max_users", 10000, "ok", "Since 1 April 2026, Meridian Sync has supported up to 10,000 users per organization.",
     as_of="2026-04-01")],
  archive=False, charset="us-ascii", cte="7bit", reply_to="us-sync-mar")

M("tokyo-vault-jul", "2026-07-21 16:00", "sato", "fujita", "メリディアン ボールトの復旧性能について",
  "藤田様\n\n"
  "いつもお世話になっております。東京営業所の佐藤でございます。\n"
  "メリディアン ボールトの復旧性能についてご回答いたします。\n\n"
  "・メリディアン ボールトのRPOは最大1時間です。\n"
  "・メリディアン ボールトのSLAは99.95％です。\n\n"
  "よろしくお願いいたします。\n" + sig("佐藤 花子", "メリディアン・データ株式会社 東京営業所"),
  [C(VAULT, "rpo", dur(1, "hours"), "conflict", "メリディアン ボールトのRPOは最大1時間です。"),
   C(VAULT, "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95％です。")],
  cte="quoted-printable")

M("uk-vault-jul", "2026-07-28 12:10", "amelia", "jay", "Your questions about Meridian Vault",
  "Dear Jay,\n\n"
  "Thank you for your questions about Meridian Vault.\n\n"
  "Meridian Vault has a 99.9% uptime SLA.\n"
  "Meridian Vault is \u00a316 per TB per month, ex VAT.\n"
  "Meridian Vault keeps backups for 90 days by default.\n\n"
  "Kind regards,\nAmelia\n" + sig("Amelia Hughes", "Account Manager, Meridian Data UK"),
  [C(VAULT, "sla", 99.9, "conflict", "Meridian Vault has a 99.9% uptime SLA."),
   C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is \u00a316 per TB per month, ex VAT."),
   C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default.")],
  charset="iso-8859-1", cte="quoted-printable")

M("us-insight-aug", "2026-08-04 14:00", "jake", "tom", "Meridian Insight and Meridian Sync",
  "Hi Tom,\n\n"
  "Meridian Insight is currently in beta and will be generally available in January 2027.\n"
  "Meridian Insight is $30 per user per month.\n"
  "Meridian Insight comes with a 30-day free trial.\n\n"
  "You also asked about file sharing: Meridian Sync is $399 per month plus tax.\n\n"
  "Best,\nJake\n" + sig("Jake Miller", "Account Executive, Meridian Data Inc."),
  [C(INSIGHT, "general_availability", "2027-01", "ok",
     "Meridian Insight is currently in beta and will be generally available in January 2027."),
   C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month."),
   C(INSIGHT, "free_trial", dur(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial."),
   C(SYNC, "monthly_price", money(399, "USD", "month", "excluded"), "ok",
     "You also asked about file sharing: Meridian Sync is $399 per month plus tax.")],
  charset="us-ascii", cte="7bit")

M("osaka-insight-aug", "2026-08-11 10:30", "yamamoto", "ueda", "メリディアン インサイトのご案内",
  "関西電機株式会社\n上田様\n\n"
  "いつもお世話になっております。大阪営業所の山本でございます。\n"
  "メリディアン インサイトについてご案内いたします。\n\n"
  "・メリディアン インサイトは2026年12月に正式リリース予定です。\n"
  "・メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。\n\n"
  "よろしくお願いいたします。\n" + sig("山本 健一", "メリディアン・データ株式会社 大阪営業所"),
  [C(INSIGHT, "general_availability", "2026-12", "conflict", "メリディアン インサイトは2026年12月に正式リリース予定です。"),
   C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
     "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。")],
  cte="base64")

M("uk-usd-aug", "2026-08-19 15:25", "oliver", "hannah", "Meridian Sync pricing for Fenwick Design",
  "Dear Hannah,\n\n"
  "For the UK entity, Meridian Sync is \u00a3329 per month.\n"
  "Your colleagues in Boston would be invoiced in US dollars: Meridian Sync is $349 a month for them.\n\n"
  "Kind regards,\nOliver\n" + sig("Oliver Bennett", "Account Executive, Meridian Data UK"),
  [C(SYNC, "monthly_price", money(329, "GBP", "month"), "ok", "For the UK entity, Meridian Sync is \u00a3329 per month."),
   C(SYNC, "monthly_price", money(349, "USD", "month"), "conflict",
     "Your colleagues in Boston would be invoiced in US dollars: Meridian Sync is $349 a month for them.")],
  cte="quoted-printable")

M("tokyo-fwd-insight-aug", "2026-08-25 10:00", "tanaka", "yamamoto", "転送: Meridian Insight pricing",
  "山本さん\n\n"
  "お疲れさまです。東京営業所の田中です。\n"
  "米国本社のPriyaさんからの案内を転送します。国内のお客様向けには、メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。\n\n"
  "-------- 転送メッセージ --------\n"
  "件名: Meridian Insight pricing\n"
  "日付: Mon, 24 Aug 2026 09:30:00 -0700\n"
  "差出人: Priya Shah <priya.shah@meridian-data.com>\n"
  "宛先: Takuya Tanaka <t.tanaka@jp.meridian-data.com>\n\n"
  "Hi Takuya,\n\n"
  "Meridian Insight is $30 per user per month.\n\n"
  "Thanks,\nPriya\n",
  [C(INSIGHT, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
     "国内のお客様向けには、メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。"),
   C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month.",
     True, "us-hq")],
  archive=False, cte="base64")

M("tokyo-sync-sep", "2026-09-08 11:45", "tanaka", "okada", "メリディアン シンクの料金について",
  "港商事株式会社\n岡田様\n\n"
  "いつもお世話になっております。東京営業所の田中でございます。\n"
  "メリディアン シンクは月額45,000円（税抜）でご利用いただけます。\n\n"
  "よろしくお願いいたします。\n" + sig("田中 拓也", "メリディアン・データ株式会社 東京営業所"),
  [C(SYNC, "monthly_price", money(45000, "JPY", "month", "excluded"), "conflict",
     "メリディアン シンクは月額45,000円（税抜）でご利用いただけます。")],
  charset="shift_jis", cte="8bit")

M("osaka-sync-sep", "2026-09-15 10:10", "inoue", "morita", "メリディアン・シンクの料金のご案内",
  "琵琶湖精密株式会社\n森田様\n\n"
  "いつもお世話になっております。大阪営業所の井上でございます。\n"
  "メリディアン・シンクの月額料金は5万円（税抜）です。\n\n"
  "よろしくお願いいたします。\n" + sig("井上 美咲", "メリディアン・データ株式会社 大阪営業所"),
  [C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン・シンクの月額料金は5万円（税抜）です。")],
  charset="iso-2022-jp", cte="7bit")

M("osaka-vault-sep", "2026-09-22 14:30", "yamamoto", "nakamura", "メリディアン ボールトの容量単価について",
  "中村様\n\n"
  "いつもお世話になっております。大阪営業所の山本でございます。\n"
  "メリディアン ボールトは1TBあたり月額2,800円（税込）です。\n\n"
  "よろしくお願いいたします。\n" + sig("山本 健一", "メリディアン・データ株式会社 大阪営業所"),
  [C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "included"), "conflict",
     "メリディアン ボールトは1TBあたり月額2,800円（税込）です。")])

TOKYO_ATTACHED = {
    "from": "sato", "when": "2026-09-25 15:00", "subject": "メリディアン ボールトの仕様",
    "msgid": "20260925150000.7f3a1c@jp.meridian-data.com", "to": "morita",
    "body": "森田様\n\n東京営業所の佐藤でございます。\n\n"
            "・メリディアン ボールトのRPO（目標復旧時点）は15分です。\n"
            "・メリディアン ボールトは1テナントあたり最大500TBまで保存できます。\n",
}
M("osaka-attach-sep", "2026-09-29 09:40", "inoue", "morita", "メリディアン ボールトの仕様（東京営業所からのご案内）",
  "森田様\n\n"
  "いつもお世話になっております。大阪営業所の井上でございます。\n"
  "メリディアン ボールトの仕様について、東京営業所の佐藤が以前お送りした案内を添付いたします。\n\n"
  "よろしくお願いいたします。\n" + sig("井上 美咲", "メリディアン・データ株式会社 大阪営業所"),
  [C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分です。", True, "tokyo"),
   C(VAULT, "max_storage", 500 * TB, "ok", "メリディアン ボールトは1テナントあたり最大500TBまで保存できます。", True, "tokyo")],
  archive=False, cte="base64", attach=TOKYO_ATTACHED)

# ---------------------------------------------------------------- October - November
M("tokyo-vault-oct", "2026-10-01 10:00", "sato", "fujita", "メリディアン・ボールトの料金について",
  "藤田様\n\n"
  "いつもお世話になっております。東京営業所の佐藤でございます。\n"
  "メリディアン・ボールトの料金は1TBあたり月額2,800円（税抜）です。\n\n"
  "よろしくお願いいたします。\n" + sig("佐藤 花子", "メリディアン・データ株式会社 東京営業所"),
  [C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
     "メリディアン・ボールトの料金は1TBあたり月額2,800円（税抜）です。")],
  charset="iso-2022-jp", cte="7bit")

US_INSIGHT_OCT_HEAD = ("Hi Dana,\n\n"
                       "Meridian Insight ships with 120 pre-built connectors.\n"
                       "Meridian Insight supports up to 200 dashboards per workspace.\n"
                       "Meridian Insight returns queries within 2 seconds.\n")
US_INSIGHT_OCT = (US_INSIGHT_OCT_HEAD + "\n"
                  "Onboarding is risk-free: our team handles the setup for you.\n\n"
                  "Priya\n")
M("us-insight-oct", "2026-10-06 10:05", "priya", "dana", "Meridian Insight for BrightPath",
  US_INSIGHT_OCT + sig("Priya Shah", "Solutions Engineer, Meridian Data Inc."),
  [C(INSIGHT, "integrations", 120, "unverified", "Meridian Insight ships with 120 pre-built connectors."),
   C(INSIGHT, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
   C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight returns queries within 2 seconds.")],
  [F("phrase", "Onboarding is risk-free: our team handles the setup for you.", rule="en.guarantee")],
  charset="us-ascii", cte="7bit")

M("tokyo-en-oct", "2026-10-13 18:20", "sato", "ken", "Meridian Sync pricing for Hokuto Seiki",
  "Dear Mr. Mori,\n\n"
  "This is Hanako Sato from the Tokyo office of Meridian Data.\n"
  "For the Japanese head office, Meridian Sync is JPY 50,000 per month, excluding consumption tax.\n"
  "For your US headquarters, Meridian Sync is $399 per month.\n\n"
  "Best regards,\nHanako Sato\n" + sig("Hanako Sato", "Meridian Data K.K."),
  [C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
     "For the Japanese head office, Meridian Sync is JPY 50,000 per month, excluding consumption tax."),
   C(SYNC, "monthly_price", money(399, "USD", "month"), "office-variant",
     "For your US headquarters, Meridian Sync is $399 per month.")],
  charset="us-ascii", cte="7bit")

M("uk-insight-oct", "2026-10-20 11:15", "amelia", "jay", "Meridian Insight",
  "Dear Jay,\n\n"
  "Meridian Insight comes with 80 native integrations.\n"
  "Meridian Insight is \u00a325 per user per month + VAT.\n"
  "Meridian Insight is in beta today and will be generally available in January 2027.\n\n"
  "Kind regards,\nAmelia\n" + sig("Amelia Hughes", "Account Manager, Meridian Data UK"),
  [C(INSIGHT, "integrations", 80, "unverified", "Meridian Insight comes with 80 native integrations."),
   C(INSIGHT, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
     "Meridian Insight is \u00a325 per user per month + VAT."),
   C(INSIGHT, "general_availability", "2027-01", "ok",
     "Meridian Insight is in beta today and will be generally available in January 2027.")],
  cte="quoted-printable")

M("cust-brightpath-oct", "2026-10-27 08:50", "dana", "priya", "Re: Meridian Insight for BrightPath",
  lambda: "Hi Priya,\n\n"
  "Thanks. One more thing: we understand Meridian Vault keeps backups for 30 days by default, which is too short "
  "for our auditors. Can Meridian Vault keep backups for 365 days?\n\n"
  "Dana\n\n" + on_wrote("us-insight-oct") + "\n" + gt(US_INSIGHT_OCT_HEAD) + ">\n> [...]\n",
  [C(VAULT, "retention", dur(30, "days"), "conflict",
     "we understand Meridian Vault keeps backups for 30 days by default", office="unknown"),
   C(INSIGHT, "integrations", 120, "unverified", "Meridian Insight ships with 120 pre-built connectors.", True, "us-hq"),
   C(INSIGHT, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace.", True, "us-hq"),
   C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight returns queries within 2 seconds.", True, "us-hq")],
  charset="us-ascii", cte="7bit", reply_to="us-insight-oct")

M("tokyo-insight-nov", "2026-11-02 13:30", "tanaka", "ishikawa", "メリディアン インサイトの提供時期について",
  "関東物流株式会社\n石川様\n\n"
  "いつもお世話になっております。東京営業所の田中でございます。\n"
  "メリディアン インサイトの提供時期についてご案内いたします。\n\n"
  "メリディアン インサイトの一般提供開始は2026年12月ではございません。\n"
  "同製品は令和9年1月に一般提供を開始する予定です。\n"
  "現在はベータ版としてご提供しております。\n"
  "メリディアン インサイトの無料トライアル期間は30日間です。\n\n"
  "よろしくお願いいたします。\n" + sig("田中 拓也", "メリディアン・データ株式会社 東京営業所"),
  [C(INSIGHT, "general_availability", "2027-01", "ok", "同製品は令和9年1月に一般提供を開始する予定です。"),
   C(INSIGHT, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトの無料トライアル期間は30日間です。")],
  cte="base64")

US_ALT_PLAIN = ("Hello from Meridian Data,\n\n"
                "Here are answers to the questions from your IT team.\n\n"
                "Meridian Sync does not offer an offline mode; your team needs a connection to sync files.\n"
                "Meridian Sync comes with a 99.9% uptime SLA.\n"
                "Meridian Vault is $20/TB/month.\n\n"
                "Meridian Data Sales\n")
US_ALT_HTML = ("<html><body>\n<p>Hello from Meridian Data,</p>\n"
               "<p>Here are answers to the questions from your IT team.</p>\n<ul>\n"
               "<li>Meridian Sync does not offer an offline mode; your team needs a connection to sync files.</li>\n"
               "<li>Meridian Sync comes with a 99.9% uptime SLA.</li>\n"
               "<li>Meridian Vault is $20/TB/month.</li>\n</ul>\n<p>Meridian Data Sales</p>\n</body></html>\n")
M("us-alt-nov", "2026-11-10 12:00", "sales", "pinecrest", "Your questions about Meridian Sync and Meridian Vault",
  US_ALT_PLAIN,
  [C(SYNC, "offline_mode", False, "ok",
     "Meridian Sync does not offer an offline mode; your team needs a connection to sync files."),
   C(SYNC, "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA."),
   C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20/TB/month.")],
  charset="us-ascii", cte="7bit", html_body=US_ALT_HTML)

UK_QUOTE_PLAIN = ("Dear Jay,\n\n"
                  "Please find our quotation below (monthly charges in GBP, excluding VAT).\n\n"
                  "Item                Unit price               Qty   Line total\n"
                  "Meridian Sync       \u00a3329.00 per month          1      \u00a3329.00\n"
                  "Meridian Vault      \u00a316.00 per TB-month       25      \u00a3400.00\n"
                  "Meridian Insight    \u00a325.00 per user-month     30      \u00a3750.00\n"
                  "Subtotal                                          \u00a31,479.00\n"
                  "Discount (10%)                                     -\u00a3147.90\n"
                  "Total per month                                   \u00a31,331.10\n"
                  "Total for 12 months                              \u00a315,973.20\n\n"
                  "Kind regards,\nAmelia\n" + sig("Amelia Hughes", "Account Manager, Meridian Data UK"))
UK_QUOTE_HTML = ("<html><body>\n<p>Dear Jay,</p>\n<p>Please find our quotation below.</p>\n<table border=\"1\">\n"
                 "<caption>Monthly charges in GBP, excluding VAT</caption>\n"
                 "<tr><th>Item</th><th>Unit price</th><th>Qty</th><th>Line total</th></tr>\n"
                 "<tr><td>Meridian Sync</td><td>&pound;329.00 per month</td><td>1</td><td>&pound;329.00</td></tr>\n"
                 "<tr><td>Meridian Vault</td><td>&pound;16.00 per TB-month</td><td>25</td><td>&pound;400.00</td></tr>\n"
                 "<tr><td>Meridian Insight</td><td>&pound;25.00 per user-month</td><td>30</td><td>&pound;750.00</td></tr>\n"
                 "<tr><td colspan=\"3\">Subtotal</td><td>&pound;1,479.00</td></tr>\n"
                 "<tr><td colspan=\"3\">Discount (10%)</td><td>-&pound;147.90</td></tr>\n"
                 "<tr><td colspan=\"3\">Total per month</td><td>&pound;1,331.10</td></tr>\n"
                 "<tr><td colspan=\"3\">Total for 12 months</td><td>&pound;15,973.20</td></tr>\n"
                 "</table>\n<p>Kind regards,<br>Amelia</p>\n</body></html>\n")
M("uk-quote-nov", "2026-11-17 16:30", "amelia", "jay", "Quotation Q-LON-2026-131",
  UK_QUOTE_PLAIN,
  [C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync       \u00a3329.00 per month"),
   C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault      \u00a316.00 per TB-month"),
   C(INSIGHT, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
     "Meridian Insight    \u00a325.00 per user-month")],
  cte="quoted-printable", html_body=UK_QUOTE_HTML)

M("osaka-quote-nov", "2026-11-24 11:00", "yamamoto", "ueda", "お見積りの送付",
  "関西電機株式会社\n上田様\n\n"
  "いつもお世話になっております。大阪営業所の山本でございます。\n"
  "ご依頼のお見積りをお送りいたします。\n\n"
  "御見積明細（金額はすべて税抜）\n"
  "品目                      単価                        数量    金額\n"
  "メリディアン・シンク      月額50,000円                  12     600,000円\n"
  "メリディアン・インサイト  1ユーザーあたり月額4,000円  240     960,000円\n"
  "小計                                                        1,560,000円\n"
  "値引き                                                        -60,000円\n"
  "合計                                                        1,500,000円\n\n"
  "ご査収のほど、よろしくお願いいたします。\n" + sig("山本 健一", "メリディアン・データ株式会社 大阪営業所"),
  [C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン・シンク      月額50,000円"),
   C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
     "メリディアン・インサイト  1ユーザーあたり月額4,000円")],
  archive=False, crlf=True)

M("uk-renewal-may", "2026-05-14 09:50", "oliver", "hale", "Your Meridian Sync renewal",
  "Dear Mr Hale,\n\n"
  "Thank you for renewing. Your renewal moves you to the current price list, so let me set out the figures.\n\n"
  "Until 31 March 2026, Meridian Sync was \u00a3299 per month.\n"
  "Since 1 April 2026, Meridian Sync has been \u00a3329 per month.\n\n"
  "Kind regards,\nOliver\n" + sig("Oliver Bennett", "Account Executive, Meridian Data UK"),
  [C(SYNC, "monthly_price", money(299, "GBP", "month"), "conflict", "Until 31 March 2026, Meridian Sync was \u00a3299 per month.",
     as_of="2026-03-31"),
   C(SYNC, "monthly_price", money(329, "GBP", "month"), "ok", "Since 1 April 2026, Meridian Sync has been \u00a3329 per month.",
     as_of="2026-04-01")],
  archive=False, cte="quoted-printable")


# ====================================================================== documents
DOCS = []


def D(path, text, claims):
    DOCS.append({"path": path, "text": text, "claims": claims})


D("docs/tokyo/quote-hokuto-2026-11.md",
  "# 御見積書（北斗精機株式会社 御中）\n\n"
  "発行日：2026年11月18日\n\n"
  "## お見積明細\n\n"
  "表1：月額利用料（金額はすべて税抜）\n\n"
  "| 品目 | 単価 | 数量 | 金額 |\n"
  "|---|---|---|---|\n"
  "| メリディアン シンク 月額基本料金 | 50,000円／月 | 12 | 600,000円 |\n"
  "| メリディアン ボールト 容量課金 | 2,800円／TB・月 | 240 | 672,000円 |\n"
  "| メリディアン インサイト ユーザー課金 | 4,000円／ユーザー・月 | 600 | 2,400,000円 |\n"
  "| 小計 | | | 3,672,000円 |\n"
  "| 出精値引き | | | -172,000円 |\n"
  "| 合計（税抜） | | | 3,500,000円 |\n"
  "| 消費税（10%） | | | 350,000円 |\n"
  "| 合計（税込） | | | 3,850,000円 |\n\n"
  "## 前提条件\n\n"
  "- メリディアン シンクは、2026年4月以降、1テナントあたり最大1万ユーザーまでご利用いただけます。\n"
  "- メリディアン ボールトのデータは東京と大阪のデータセンターに保管されます。\n"
  "- メリディアン インサイトは令和9年1月に一般提供開始予定です（現在はベータ版）。\n",
  [C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円／月 |"),
   C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "| メリディアン ボールト 容量課金 | 2,800円／TB・月 |"),
   C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
     "| メリディアン インサイト ユーザー課金 | 4,000円／ユーザー・月 |"),
   C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは、2026年4月以降、1テナントあたり最大1万ユーザーまでご利用いただけます。"),
   C(VAULT, "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータは東京と大阪のデータセンターに保管されます。"),
   C(VAULT, "data_centers", "Osaka", "ok", "メリディアン ボールトのデータは東京と大阪のデータセンターに保管されます。"),
   C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは令和9年1月に一般提供開始予定です（現在はベータ版）。")])

D("docs/tokyo/proposal-kanto-2026-11.html",
  "<!DOCTYPE html>\n<html lang=\"ja\">\n<head><meta charset=\"utf-8\"><title>クラウド基盤 導入ご提案書</title></head>\n<body>\n"
  "<h1>クラウド基盤 導入ご提案書</h1>\n"
  "<p>関東物流株式会社 御中</p>\n"
  "<h2>製品別の料金と仕様</h2>\n"
  "<table border=\"1\">\n<caption>料金・仕様一覧</caption>\n"
  "<tr><th>製品</th><th>項目</th><th>内容</th></tr>\n"
  "<tr><td rowspan=\"2\">メリディアン シンク</td><td>月額基本料金（税込）</td><td>55,000円</td></tr>\n"
  "<tr><td>ストレージ容量（1ユーザーあたり）</td><td>1TB</td></tr>\n"
  "<tr><td rowspan=\"3\">メリディアン インサイト</td><td>1ユーザーあたり月額（税込）</td><td>4,000円</td></tr>\n"
  "<tr><td>ダッシュボード数</td><td>最大200</td></tr>\n"
  "<tr><td>一般提供開始</td><td>2027年1月（予定）</td></tr>\n"
  "</table>\n"
  "<h2>メリディアン シンクの利用規模</h2>\n"
  "<p>メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。</p>\n"
  "</body>\n</html>\n",
  [C(SYNC, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "55,000円"),
   C(SYNC, "storage_per_user", 1 * TB, "ok", "ストレージ容量（1ユーザーあたり）"),
   C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "included"), "conflict", "4,000円"),
   C(INSIGHT, "max_dashboards", 200, "ok", "最大200"),
   C(INSIGHT, "general_availability", "2027-01", "ok", "2027年1月（予定）"),
   C(SYNC, "max_users", 5000, "stale", "メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。")])

D("docs/tokyo/drafts/quote-draft.md",
  "# 御見積書（下書き・社内確認前）\n\n"
  "- メリディアン シンクの月額料金は40,000円（税抜）です。\n"
  "- メリディアン ボールトのRPOは5分です。\n", [])

D("docs/osaka/teian-naniwa-2026-11.txt",
  "浪速ロジスティクス株式会社 御中\n"
  "メリディアン ボールト ご提案書\n"
  "メリディアン・データ株式会社\n\n"
  "■ 製品概要\n"
  "メリディアン ボールトのRPO（目標復旧時点）は15分です。\n"
  "同製品の標準の保持期間は3か月間です。\n"
  "同製品のデータセンターは東京、大阪、オレゴン、フランクフルトにございます。\n"
  "同製品は1テナントあたり最大0.5PBまで保存できます。\n"
  "同製品のRTO（目標復旧時間）は4時間です。\n\n"
  "■ 料金\n"
  "料金訂正：メリディアン ボールトの容量単価は（誤）月額2,500円（正）月額2,800円（税抜）です。\n\n"
  "■ 分析オプション\n"
  "メリディアン インサイトの一般提供開始は2027年1月を予定しております。\n"
  "メリディアン インサイトの無料トライアル期間は1か月間です。\n",
  [C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分です。"),
   C(VAULT, "retention", dur(3, "months"), "ok", "同製品の標準の保持期間は3か月間です。"),
   C(VAULT, "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京、大阪、オレゴン、フランクフルトにございます。"),
   C(VAULT, "data_centers", "Osaka", "ok", "同製品のデータセンターは東京、大阪、オレゴン、フランクフルトにございます。"),
   C(VAULT, "data_centers", "Oregon", "ok", "同製品のデータセンターは東京、大阪、オレゴン、フランクフルトにございます。"),
   C(VAULT, "data_centers", "Frankfurt", "ok", "同製品のデータセンターは東京、大阪、オレゴン、フランクフルトにございます。"),
   C(VAULT, "max_storage", 500 * TB, "ok", "同製品は1テナントあたり最大0.5PBまで保存できます。"),
   C(VAULT, "rto", dur(4, "hours"), "unverified", "同製品のRTO（目標復旧時間）は4時間です。"),
   C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
     "料金訂正：メリディアン ボールトの容量単価は（誤）月額2,500円（正）月額2,800円（税抜）です。"),
   C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月を予定しております。"),
   C(INSIGHT, "free_trial", dur(1, "months"), "ok", "メリディアン インサイトの無料トライアル期間は1か月間です。")])

D("docs/osaka/quote-kansai-insight.md",
  "# お見積書 — メリディアン インサイト\n\n"
  "宛先：関西電機株式会社 御中\n\n"
  "- 無料トライアル：30日間\n"
  "- 一般提供開始：2027年1月（現在はベータ版）\n\n"
  "| 項目 | 単価（月額・税抜） | 数量 | 金額 |\n"
  "|---|---|---|---|\n"
  "| 1ユーザーあたり利用料 | ~~3,500円~~ 4,000円 | 100 | 400,000円 |\n"
  "| 合計（税抜） | | | 400,000円 |\n",
  [C(INSIGHT, "free_trial", dur(30, "days"), "ok", "無料トライアル：30日間"),
   C(INSIGHT, "general_availability", "2027-01", "ok", "一般提供開始：2027年1月（現在はベータ版）"),
   C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
     "| 1ユーザーあたり利用料 | ~~3,500円~~ 4,000円 |")])

D("docs/osaka/pricing-2026.html",
  "<!DOCTYPE html>\n<html lang=\"ja\">\n<head><meta charset=\"utf-8\"><title>料金のご案内</title></head>\n<body>\n"
  "<h1>料金のご案内</h1>\n"
  "<table border=\"1\">\n<caption>料金表（金額はすべて税込）</caption>\n"
  "<tr><th>製品</th><th>項目</th><th>金額</th></tr>\n"
  "<tr><td>メリディアン・シンク</td><td>月額基本料金</td><td>55,000円</td></tr>\n"
  "<tr><td>メリディアン・ボールト</td><td>1TBあたり月額</td><td>3,080円</td></tr>\n"
  "<tr><td>メリディアン・インサイト</td><td>1ユーザーあたり月額</td><td>4,400円</td></tr>\n"
  "</table>\n"
  "<p>※2026年4月1日以降、メリディアン・シンクの上限は1テナントあたり1万ユーザーです。</p>\n"
  "<p>メリディアン・インサイトは現在ベータ版で、2027年1月に正式リリース予定です。</p>\n"
  "</body>\n</html>\n",
  [C(SYNC, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "55,000円"),
   C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "3,080円"),
   C(INSIGHT, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "4,400円"),
   C(SYNC, "max_users", 10000, "ok", "※2026年4月1日以降、メリディアン・シンクの上限は1テナントあたり1万ユーザーです。"),
   C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン・インサイトは現在ベータ版で、2027年1月に正式リリース予定です。")])

D("docs/london/proposal-thames.md",
  "# Proposal: Meridian Sync and Meridian Vault for Thames Media Group\n\n"
  "Prepared by Meridian Data UK. All GBP prices below exclude VAT.\n\n"
  "## Meridian Sync\n\n"
  "- Meridian Sync is \u00a3329 per month.\n"
  "- Until 31 March 2026, Meridian Sync supported up to 5,000 users per organisation.\n"
  "- Since 1 April 2026, Meridian Sync supports up to 10,000 users per organisation.\n"
  "- Each Meridian Sync user gets 1 TB of storage.\n"
  "- For your Boston office, billed in US dollars, Meridian Sync is $399 per month.\n\n"
  "## Meridian Vault\n\n"
  "- Meridian Vault is \u00a316 per TB per month.\n"
  "- Meridian Vault scales to 0.5 PB per tenant.\n"
  "- Meridian Vault has an RPO of 15 minutes.\n"
  "- Meridian Vault backups for UK customers are hosted in Frankfurt.\n\n"
  "## Meridian Insight (beta)\n\n"
  "- Meridian Insight will be generally available in January 2027.\n"
  "- Meridian Insight is \u00a325 per user per month.\n",
  [C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is \u00a3329 per month."),
   C(SYNC, "max_users", 5000, "ok", "Until 31 March 2026, Meridian Sync supported up to 5,000 users per organisation.",
     as_of="2026-03-31"),
   C(SYNC, "max_users", 10000, "ok", "Since 1 April 2026, Meridian Sync supports up to 10,000 users per organisation."),
   C(SYNC, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage."),
   C(SYNC, "monthly_price", money(399, "USD", "month"), "office-variant",
     "For your Boston office, billed in US dollars, Meridian Sync is $399 per month."),
   C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is \u00a316 per TB per month."),
   C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault scales to 0.5 PB per tenant."),
   C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault has an RPO of 15 minutes."),
   C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault backups for UK customers are hosted in Frankfurt."),
   C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027."),
   C(INSIGHT, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
     "Meridian Insight is \u00a325 per user per month.")])

D("docs/london/quote-thames.html",
  "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\"><title>Quotation Q-LON-2026-140</title></head>\n<body>\n"
  "<h1>Quotation Q-LON-2026-140 for Thames Media Group</h1>\n"
  "<p>Valid until 31 December 2026.</p>\n"
  "<table border=\"1\">\n<caption>Monthly charges in GBP, excluding VAT</caption>\n"
  "<tr><th>Item</th><th>Unit price (per month)</th><th>Quantity</th><th>Line total</th></tr>\n"
  "<tr><td>Meridian Sync subscription</td><td>&pound;329.00</td><td>1</td><td>&pound;329.00</td></tr>\n"
  "<tr><td>Meridian Vault storage, per TB</td><td>&pound;18.00</td><td>50</td><td>&pound;900.00</td></tr>\n"
  "<tr><td>Meridian Insight, per user</td><td>&pound;25.00</td><td>40</td><td>&pound;1,000.00</td></tr>\n"
  "<tr><td colspan=\"3\">Subtotal</td><td>&pound;2,229.00</td></tr>\n"
  "<tr><td colspan=\"3\">Discount (10%)</td><td>-&pound;222.90</td></tr>\n"
  "<tr><td colspan=\"3\">Total per month</td><td>&pound;2,006.10</td></tr>\n"
  "<tr><td colspan=\"3\">Annual total (12 months)</td><td>&pound;24,073.20</td></tr>\n"
  "</table>\n</body>\n</html>\n",
  [C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync subscription"),
   C(VAULT, "price_per_tb", money(18, "GBP", "TB-month", "excluded"), "conflict", "\u00a318.00"),
   C(INSIGHT, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "Meridian Insight, per user")])

D("docs/london/faq-pricing.txt",
  "Meridian Data UK: pricing and product FAQ\n\n"
  "Q: What does Meridian Sync cost in the UK?\n"
  "A: Meridian Sync is \u00a3329 a month, ex VAT.\n\n"
  "Q: Does Meridian Sync work offline?\n"
  "A: No. Meridian Sync does not offer an offline mode.\n\n"
  "Q: Is the user limit still 5,000?\n"
  "A: No. Since 1 April 2026, Meridian Sync supports up to 10,000 users per organisation.\n\n"
  "Q: When will Meridian Insight be available?\n"
  "A: Meridian Insight is in beta now; general availability is planned for January 2027.\n\n"
  "Q: How long is the Meridian Insight trial?\n"
  "A: Meridian Insight comes with a 30-day free trial.\n",
  [C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is \u00a3329 a month, ex VAT."),
   C(SYNC, "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode."),
   C(SYNC, "max_users", 10000, "ok", "Since 1 April 2026, Meridian Sync supports up to 10,000 users per organisation."),
   C(INSIGHT, "general_availability", "2027-01", "ok",
     "Meridian Insight is in beta now; general availability is planned for January 2027."),
   C(INSIGHT, "free_trial", dur(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial.")])

D("docs/us-hq/proposal-brightpath.md",
  "# Meridian Vault and Meridian Insight for BrightPath Health\n\n"
  "Prepared by Meridian Data, San Francisco. Prices in USD, plus applicable sales tax.\n\n"
  "## Meridian Vault\n\n"
  "- Meridian Vault is $20 per TB per month.\n"
  "- Meridian Vault retains backups for 90 days by default.\n"
  "- Meridian Vault encrypts backups at rest with AES-256.\n"
  "- With Meridian Vault, data loss is limited to at most 15 minutes (RPO).\n\n"
  "## Meridian Insight\n\n"
  "- Meridian Insight is in public beta and will be generally available in January 2027.\n"
  "- Meridian Insight is $30 per user per month.\n"
  "- Meridian Insight returns queries in under 2 seconds.\n"
  "- Meridian Insight has a 99.9% availability SLA.\n"
  "- Meridian Insight offers a 14-day free trial.\n",
  [C(VAULT, "price_per_tb", money(20, "USD", "TB-month", "excluded"), "ok", "Meridian Vault is $20 per TB per month."),
   C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default."),
   C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts backups at rest with AES-256."),
   C(VAULT, "rpo", dur(15, "minutes"), "ok", "With Meridian Vault, data loss is limited to at most 15 minutes (RPO)."),
   C(INSIGHT, "general_availability", "2027-01", "ok",
     "Meridian Insight is in public beta and will be generally available in January 2027."),
   C(INSIGHT, "per_user_price", money(30, "USD", "user-month", "excluded"), "ok", "Meridian Insight is $30 per user per month."),
   C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight returns queries in under 2 seconds."),
   C(INSIGHT, "sla", 99.9, "unverified", "Meridian Insight has a 99.9% availability SLA."),
   C(INSIGHT, "free_trial", dur(14, "days"), "conflict", "Meridian Insight offers a 14-day free trial.")])

D("docs/us-hq/quote-brightpath.txt",
  "MERIDIAN DATA INC. - QUOTATION US-2026-4471\n"
  "Customer: BrightPath Health\n"
  "All amounts in USD per month; sales tax not included.\n\n"
  "Item                                Unit price    Qty    Line total\n"
  "Meridian Sync (per month)              $399.00      1       $399.00\n"
  "Meridian Vault (per TB-month)           $20.00     80     $1,600.00\n"
  "Meridian Insight (per user-month)       $35.00     25       $875.00\n"
  "                                          Subtotal          $2,874.00\n"
  "                                     Discount (5%)           -$143.70\n"
  "                                       Grand total          $2,730.30\n\n"
  "Reference for the customer's Japanese subsidiary: Meridian Sync is JPY 50,000 per month, excluding consumption tax.\n",
  [C(SYNC, "monthly_price", money(399, "USD", "month", "excluded"), "ok", "Meridian Sync (per month)              $399.00"),
   C(VAULT, "price_per_tb", money(20, "USD", "TB-month", "excluded"), "ok", "Meridian Vault (per TB-month)           $20.00"),
   C(INSIGHT, "per_user_price", money(35, "USD", "user-month", "excluded"), "conflict",
     "Meridian Insight (per user-month)       $35.00"),
   C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "office-variant",
     "Meridian Sync is JPY 50,000 per month, excluding consumption tax.")])

# Cross-office lines the archive was designed to contain (checked against the computed ones).
DESIGNED_LINES = {
    (SYNC, "max_users", ("osaka", "tokyo")),            # stale 5,000 (tokyo, June) vs current 1万 (osaka)
    (SYNC, "monthly_price", ("osaka", "tokyo")),        # ¥45,000 税抜 vs 5万円 税抜
    (SYNC, "monthly_price", ("london", "us-hq")),       # $349 (London, USD) vs $399 plus tax
    (VAULT, "price_per_tb", ("osaka", "tokyo")),        # 2,800円（税込） vs 2,800円（税抜）
    (VAULT, "rpo", ("tokyo", "us-hq")),                 # 最大1時間 vs 15 minutes
    (VAULT, "sla", ("london", "us-hq")),                # 99.9 vs 99.95
    (VAULT, "sla", ("london", "tokyo")),                # 99.9 vs 99.95
    (INSIGHT, "integrations", ("london", "us-hq")),     # 80 vs 120 (no approved value)
    (INSIGHT, "general_availability", ("osaka", "us-hq")),  # 2026-12 vs 2027-01
}


# ====================================================================== writing messages
def enc_header(s, charset):
    if all(ord(c) < 128 for c in s):
        return s
    hcs = "iso-2022-jp" if charset == "iso-2022-jp" else "utf-8"
    return Header(s, hcs).encode()


def addr_header(key, charset):
    name, addr = P[key]
    return "%s <%s>" % (enc_header(name, charset), addr)


PYCODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii",
           "utf-8": "utf-8", "iso-8859-1": "latin-1"}


def encode_body(text, charset, cte):
    raw = text.encode(PYCODEC[charset])
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(b < 128 for b in raw), "7bit body has 8-bit bytes"
        return raw
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    raise ValueError(cte)


def part(text, subtype, charset, cte):
    return (b"Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n"
            % (subtype.encode(), charset.encode(), cte.encode())) + encode_body(text, charset, cte)


def msgid_for(m):
    k, w = m["key"], m["when"]
    o = office_of(P[m["frm"]][1])
    stamp = w.strftime("%Y%m%d%H%M")
    h = sum(ord(c) * (i + 7) for i, c in enumerate(k)) % 0xFFFFF
    if o == "tokyo" or o == "osaka":
        return "%s.%05x@%s" % (stamp, h, P[m["frm"]][1].split("@")[1])
    if o == "london":
        return "LO2P265MB%05X%s@LO2P265MB%04d.GBRP265.PROD.OUTLOOK.COM" % (h, stamp, h % 9973)
    if o == "us-hq":
        return "CAM%05x+%s-%s@mail.gmail.com" % (h, stamp, k.replace("-", ""))
    return "%s.%05x@%s" % (stamp, h, P[m["frm"]][1].split("@")[1])


def build(m):
    cs, cte = m["charset"], m["cte"]
    hdr = ["From: " + addr_header(m["frm"], cs),
           "To: " + addr_header(m["to"], cs)]
    if m["cc"]:
        hdr.append("Cc: " + addr_header(m["cc"], cs))
    hdr += ["Subject: " + enc_header(m["subject"], cs),
            "Date: " + email.utils.format_datetime(m["when"]),
            "Message-ID: <%s>" % m["msgid"]]
    if m["reply_to"]:
        parent = MSGS[m["reply_to"]]["msgid"]
        hdr += ["In-Reply-To: <%s>" % parent, "References: <%s>" % parent]
    hdr.append("MIME-Version: 1.0")
    head = "\n".join(hdr).encode("ascii") + b"\n"
    b1 = ("=_alt_%s" % m["key"]).encode()
    if m["html"] is not None:
        body = (b"Content-Type: multipart/alternative; boundary=\"" + b1 + b"\"\n\n"
                b"This is a multi-part message in MIME format.\n\n--" + b1 + b"\n" +
                part(m["body"], "plain", cs, cte) + b"\n--" + b1 + b"\n" +
                part(m["html"], "html", "utf-8", "quoted-printable") + b"\n--" + b1 + b"--\n")
    elif m["attach"] is not None:
        a = m["attach"]
        aw = dt.datetime.strptime(a["when"], "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=9)))
        inner = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s>\nMIME-Version: 1.0\n"
                 % (addr_header(a["from"], "utf-8"), addr_header(a["to"], "utf-8"), enc_header(a["subject"], "utf-8"),
                    email.utils.format_datetime(aw), a["msgid"])).encode("ascii")
        inner += part(a["body"], "plain", "utf-8", "base64")
        body = (b"Content-Type: multipart/mixed; boundary=\"" + b1 + b"\"\n\n--" + b1 + b"\n" +
                part(m["body"], "plain", cs, cte) + b"\n--" + b1 + b"\n"
                b"Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"forwarded.eml\"\n\n" +
                inner + b"\n--" + b1 + b"--\n")
    else:
        body = part(m["body"], "plain", cs, cte)
    raw = head + body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if m["crlf"]:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


# ====================================================================== decoding (for the checks)
def strip_html(s):
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
    return html.unescape(re.sub(r"<[^>]+>", "\n", s))


def decoded_texts(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content()
            out.append(strip_html(t) if p.get_content_subtype() == "html" else t)
    return out


def ws(s):
    return " ".join(s.split())


def check_in(texts, excerpt, where):
    if not any(excerpt in t.replace("\r\n", "\n") for t in texts):
        sys.exit("excerpt not in decoded text of %s: %r" % (where, excerpt))


# ====================================================================== mbox (mboxrd)
FROM_RE = re.compile(rb"^>*From ")


def mboxrd(msgs):
    out = b""
    for m in msgs:
        utc = m["when"].astimezone(dt.timezone.utc)
        out += ("From %s %s\n" % (P[m["frm"]][1], utc.strftime("%a %b %d %H:%M:%S %Y"))).encode()
        for line in m["raw"].split(b"\n")[:-1] if m["raw"].endswith(b"\n") else m["raw"].split(b"\n"):
            out += (b">" + line if FROM_RE.match(line) else line) + b"\n"
        out += b"\n"
    return out


def read_mboxrd(data):
    msgs, cur = [], None
    for line in data.split(b"\n")[:-1]:
        if line.startswith(b"From ") and (cur is None or cur[-1:] == [b""]):
            if cur is not None:
                msgs.append(b"\n".join(cur[:-1]) + b"\n")
            cur = []
            continue
        cur.append(line[1:] if FROM_RE.match(line) and line.startswith(b">") else line)
    if cur is not None:
        msgs.append(b"\n".join(cur[:-1]) + b"\n")
    return msgs


# ====================================================================== cross-office
def day_of(m):
    return m["when"].date()


def compute_cross_office(archive_msgs):
    pts = []
    for m in archive_msgs:
        for c in m["claims"]:
            if c["office"] == "unknown" or c["attribute"] in SETS:
                continue
            pts.append(dict(c, date=day_of(m), file=m["file"]))
    lines = {}
    close = []
    for i, a in enumerate(pts):
        for b in pts[i + 1:]:
            if a["office"] == b["office"] or (a["product"], a["attribute"]) != (b["product"], b["attribute"]):
                continue
            na, nb = norm(a["value"]), norm(b["value"])
            if na[0] == "money" and na[2:] != nb[2:]:
                continue                       # other currency or billing unit: not comparable
            if na == nb:
                continue                       # same value
            if a["verdict"] in ("ok", "office-variant") and b["verdict"] in ("ok", "office-variant"):
                continue                       # each right at its own date
            gap = abs((a["date"] - b["date"]).days)
            if WINDOW_DAYS - 3 <= gap <= WINDOW_DAYS + 3:
                close.append((a["file"], b["file"], gap))
            if gap > WINDOW_DAYS:
                continue
            offs = tuple(sorted((a["office"], b["office"])))
            key = (a["product"], a["attribute"], offs)
            ln = lines.setdefault(key, {"values": {}, "files": set()})
            for x in (a, b):
                ln["values"].setdefault(x["office"], x["value"])
                ln["files"].add(x["file"])
    if close:
        sys.exit("contradicting pairs too close to the %d-day edge: %r" % (WINDOW_DAYS, close))
    return lines


# ====================================================================== main
def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))

    # bodies given as callables refer to other messages' headers
    order = sorted(MSGS.values(), key=lambda m: m["when"])
    for n, m in enumerate(order, 1):
        m["file"] = "mail/%04d.eml" % n
        m["msgid"] = msgid_for(m)
    for m in order:
        if callable(m["body"]):
            m["body"] = m["body"]()
    lines = []
    for m in order:
        office = office_of(P[m["frm"]][1])
        m["office"] = office
        m["raw"] = build(m)
        with open(os.path.join(SET, m["file"]), "wb") as fh:
            fh.write(m["raw"])
        texts = decoded_texts(m["raw"])
        day = day_of(m).isoformat()
        for c in m["claims"]:
            c["office"] = c["office"] or office
            as_of = c["as_of"] or day
            v = judge(c["product"], c["attribute"], c["value"], c["office"], as_of)
            if v != c["verdict"]:
                sys.exit("%s: %s %s %r: labelled %s, base says %s" % (m["file"], c["product"], c["attribute"],
                                                                       c["value"], c["verdict"], v))
            if c["quoted"]:
                assert c["office"] != office or m["attach"] or "Forward" in m["body"] or "転送" in m["body"]
            check_in(texts, c["text"], m["file"])
            c["as_of_final"] = as_of
        for f in m["findings"]:
            check_in(texts, f["text"], m["file"])
        if m["html"] is not None:       # every claim of a multipart/alternative is in both parts
            for c in m["claims"]:
                if ws(c["text"]) not in ws(texts[1]) and c["attribute"] not in ("monthly_price", "price_per_tb", "per_user_price"):
                    sys.exit("claim missing from HTML part of %s: %r" % (m["file"], c["text"]))

    def claim_line(file, m, c):
        return {"type": "claim", "file": file, "message_id": m["msgid"], "product": c["product"],
                "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"], "quoted": c["quoted"],
                "office": c["office"], "as_of": c["as_of_final"], "text": c["text"]}

    def finding_line(file, m, f):
        return {"type": "finding", "file": file, "message_id": m["msgid"], "kind": f["kind"], "rule": f["rule"],
                "product": f["product"], "quoted": f["quoted"], "text": f["text"]}

    for m in order:
        lines += [claim_line(m["file"], m, c) for c in m["claims"]]
        lines += [finding_line(m["file"], m, f) for f in m["findings"]]

    # archive: mboxrd, date order
    archived = [m for m in order if m["archive"]]
    data = mboxrd(archived)
    with open(os.path.join(SET, "mail/archive.mbox"), "wb") as fh:
        fh.write(data)
    back = read_mboxrd(data)
    assert len(back) == len(archived), (len(back), len(archived))
    for m, raw in zip(archived, back):
        assert raw == m["raw"], "mboxrd round trip changed %s" % m["file"]
        texts = decoded_texts(raw)
        for c in m["claims"]:
            check_in(texts, c["text"], "archive.mbox/" + m["file"])
        lines += [claim_line("mail/archive.mbox", m, c) for c in m["claims"]]
        lines += [finding_line("mail/archive.mbox", m, f) for f in m["findings"]]
    assert sum(1 for m in archived for l in m["raw"].split(b"\n") if l.startswith(b"From ")) >= 1, \
        "the archive should exercise mboxrd From-escaping"

    # documents, judged as of DOCS_AS_OF
    for d in DOCS:
        path = os.path.join(SET, d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["text"])
        office = d["path"].split("/")[1]
        ignored = "/drafts/" in d["path"]
        assert not (ignored and d["claims"])
        text = strip_html(d["text"]) if d["path"].endswith(".html") else d["text"]
        for c in d["claims"]:
            c["office"] = c["office"] or office
            as_of = c["as_of"] or DOCS_AS_OF
            v = judge(c["product"], c["attribute"], c["value"], c["office"], as_of)
            if v != c["verdict"]:
                sys.exit("%s: %s %s %r: labelled %s, base says %s" % (d["path"], c["product"], c["attribute"],
                                                                       c["value"], c["verdict"], v))
            if c["text"] not in text or (d["path"].endswith(".html") and c["text"] not in html.unescape(d["text"])):
                sys.exit("excerpt not in %s: %r" % (d["path"], c["text"]))
            lines.append({"type": "claim", "file": d["path"], "message_id": None, "product": c["product"],
                          "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                          "quoted": False, "office": c["office"], "as_of": as_of, "text": c["text"]})

    # cross-office, computed from the archive's claims
    xo = compute_cross_office(archived)
    if set(xo) != DESIGNED_LINES:
        sys.exit("cross-office lines differ from the design:\n  extra %r\n  missing %r"
                 % (sorted(set(xo) - DESIGNED_LINES), sorted(DESIGNED_LINES - set(xo))))
    for (product, attribute, offs), ln in sorted(xo.items()):
        lines.append({"type": "cross-office", "product": product, "attribute": attribute, "offices": list(offs),
                      "file": "mail/archive.mbox", "message_files": sorted(ln["files"]),
                      "values": {o: ln["values"][o] for o in offs}})

    # no claim line twice (same file, message, product, attribute, value, quoted, office)
    seen = set()
    for l in lines:
        if l["type"] == "claim":
            k = (l["file"], l["message_id"], l["product"], l["attribute"], json.dumps(norm(l["value"])), l["quoted"], l["office"])
            assert k not in seen, k
            seen.add(k)

    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(order, archived, lines, xo))
    n_claims = sum(1 for l in lines if l["type"] == "claim")
    print("messages=%d archived=%d docs=%d lines=%d claims=%d findings=%d cross-office=%d" % (
        len(order), len(archived), len(DOCS), len(lines), n_claims,
        sum(1 for l in lines if l["type"] == "finding"), len(xo)))


ONEVOICE_YAML = """# onevoice configuration for evaluation set9 (SPEC section 6).
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


def readme(order, archived, lines, xo):
    from collections import Counter
    verdicts = Counter(l["verdict"] for l in lines if l["type"] == "claim")
    mails = "\n".join("    %s  %s  %-7s %s%s" % (m["file"][5:], m["when"].strftime("%Y-%m-%d"), m["office"],
                                                  m["key"], "  (archive)" if m["archive"] else "") for m in order)
    xl = "\n".join("    %s %s %s  <- %s" % (p, a, "/".join(o), ", ".join(x[5:] for x in sorted(v["files"])))
                   for (p, a, o), v in sorted(xo.items()))
    return """# Evaluation set9: money, time and offices

Written by a blind set-writer session (it read only LABELS.md, FACTS.md,
README.md, rules/, SPEC.md and score.py of /work/shared), 2026-12-03.
Everything here is produced by `python3 gen/generate.py`; do not hand-edit.

Documents are judged as of **2026-11-22** (`--as-of 2026-11-22`); emails as of
their own Date header. Score from this folder exactly as LABELS.md says, or
with `../../shared/eval/run BINARY /work/probe/set9`.

## Emphasis

- Prices in every office's currency and in other offices' currencies
  (office-variant vs conflict), per month / per TB-month / per user-month;
  JPY 税込 (= base x 1.1) and 税抜, GBP "+ VAT" / "ex VAT", USD "plus tax"
  (recorded as `tax: excluded`); quote tables with unit price, quantity, line
  total, subtotal, discount and totals (only unit prices are claims; monthly and
  annual totals are not).
- Validity windows: the Sync user limit said before and after 2026-04-01,
  values explicitly placed in a period ("Until 31 March 2026...",
  「2026年4月以降…」), stale restatements (also quoted, also in a document),
  a price placed in the past that the base never had (conflict), the Insight
  GA date as "January 2027", 「令和9年1月」, 「2027年1月」, a denied date, beta wording.
- Offices: senders from all four offices (osaka.jp. is a subdomain of jp.),
  customers quoting office text (Gmail `On ... wrote:`, Outlook
  `-----Original Message-----`, 「-----元のメッセージ-----」, 「日付 名前 <addr>:」),
  internal forwards between offices (Gmail forward, Thunderbird 転送, attached
  message/rfc822), a London rep quoting a US price, a Tokyo rep quoting GBP,
  a US rep quoting JPY.
- Cross-office (audit of mail/archive.mbox, 45-day window).

## Verdict counts

%s

## Messages

%s

## Cross-office lines (computed by gen/generate.py from the archive's claims)

%s

Pairs that must NOT be lines (all in the archive):
- 税込 vs 税抜 of the same price: Sync 55,000円（税込, tokyo 05-12) vs
  50,000円（税抜, osaka 05-20); Vault 3,080円（税込） vs 2,800円（税抜）.
- Different currencies: Sync $349 (london, conflict, 08-19) vs ¥45,000
  (tokyo, conflict, 09-08); GBP vs USD list prices.
- Each right at its own date: Sync 5,000 users (tokyo, 2026-03-10) vs 10,000
  (london, 2026-04-14).
- More than 45 days apart: Vault retention 30 days (osaka, 01-20) vs 90 days
  (us-hq 03-24, london 07-28); Insight GA 2026-12 (osaka, 08-11) vs 2027-01
  (london 10-20, tokyo 11-02); Sync 5,000 (tokyo 06-10) vs london's quoted
  10,000 (04-21, 50 days).
- Same value in other units: Vault RPO 15分 (osaka 01-20) vs "a quarter of an
  hour" (us-hq 02-03, and quoted 02-17).
- Customers take no part: the customer's 99.99%% SLA and 30-day retention.

## Judgement calls (where LABELS.md is silent, the set avoids the case or decides)

- GBP "+ VAT" / "ex VAT" and USD "plus (sales) tax" with the base amount are
  `ok` with `tax: excluded` (the base's GBP/USD values state no tax; only the
  JPY 税込 rule is written down). No tax-included GBP/USD price is used.
- No per-year price is a claim in this set: an annual amount appears only as a
  quote-table total, which is not a unit price. (LABELS.md gives no verdict
  rule for a `per: year` amount against a per-month base value.)
- Quote-table quantities carry no unit cue (bare numbers) and are no claims.
- A JPY price in another office's mail is tax-excluded (税抜/excluding
  consumption tax) so its office-variant verdict does not hinge on the 税込 rule.
- Period-placed values get `as_of` = the period's date (not scored).
- Cross-office: a quoted claim takes the quoting message's date; a line needs
  the same currency and billing unit for prices (税込 amounts compared after
  dividing by 1.1), different values, not both right, and <= 45 days. No
  contradicting pair lies within 3 days of the 45-day edge.
- Customers' own claims (office `unknown`) are only about attributes whose
  claims name no office (SLA, retention), never prices.
""" % ("\n".join("    %-15s %d" % kv for kv in sorted(verdicts.items())), mails, xl)


if __name__ == "__main__":
    main()
