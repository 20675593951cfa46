#!/usr/bin/env python3
"""Generate probe set 24 (mixed-language and forwarded chains) for onevoice.

python3 gen/generate.py   -- (re)writes mail/, docs/, .onevoice.yaml and expected.jsonl
Deterministic, stdlib only.  Every claim label carries an exact excerpt that is
checked against the decoded text; every verdict is re-derived from a small copy of
the claims base (FACTS.md) and must agree with the hand label; cross-office lines
are derived from the archive's claims.
"""
import base64, datetime as dt, html, json, os, quopri, re, shutil, sys, unicodedata
from email import message_from_bytes, policy
from email.header import Header
from email.utils import formataddr, format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"
JST, BST, UTC = dt.timezone(dt.timedelta(hours=9)), dt.timezone(dt.timedelta(hours=1)), dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"


def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12


def C(product, attribute, value, verdict, text, when=None):
    """One claim as the author of the text states it (office and quoted filled in later).
    `when` = the date a value is explicitly placed in (LABELS: judged as of that period)."""
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict,
            "text": text, "when": when}


def P(rule, text):
    return {"kind": "phrase", "rule": rule, "product": None, "text": text}


def T(product, text):
    return {"kind": "terminology", "rule": None, "product": product, "text": text}


# ====================================================================== base (FACTS.md)
OFFICE_OF = [("*@osaka.jp.meridian-data.com", "osaka"), ("*@jp.meridian-data.com", "tokyo"),
             ("*@uk.meridian-data.com", "london"), ("*@meridian-data.com", "us-hq")]
CUR = {"us-hq": "USD", "london": "GBP", "tokyo": "JPY", "osaka": "JPY"}
NOVALUE = {"rto", "integrations", "ui_languages", "api_rate_limit", "max_file_size",
           "support_response_time", "max_devices"}
SETS = {(S, "certifications"): {"ISO 27001", "SOC 2 Type II"},
        (S, "supported_platforms"): {"Windows", "macOS", "iOS", "Android"},
        (V, "data_centers"): {"Tokyo", "Osaka", "Oregon", "Frankfurt"},
        (V, "encryption"): {"AES-256"}}
SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}
PRICES = {(S, "monthly_price"): {"us-hq": money(399, "USD", "month"), "london": money(329, "GBP", "month"),
                                 "tokyo": money(50000, "JPY", "month", "excluded"), "osaka": money(50000, "JPY", "month", "excluded")},
          (V, "price_per_tb"): {"us-hq": money(20, "USD", "TB-month"), "london": money(16, "GBP", "TB-month"),
                                "tokyo": money(2800, "JPY", "TB-month", "excluded"), "osaka": money(2800, "JPY", "TB-month", "excluded")},
          (I, "per_user_price"): {"us-hq": money(30, "USD", "user-month"), "london": money(25, "GBP", "user-month"),
                                  "tokyo": money(4000, "JPY", "user-month", "excluded"), "osaka": money(4000, "JPY", "user-month", "excluded")}}
SCALARS = {(S, "max_users"): [(10000, "2026-04-01", None), (5000, None, "2026-03-31")],
           (S, "storage_per_user"): [(TB, None, None)], (S, "sla"): [(99.9, None, None)],
           (S, "offline_mode"): [(False, None, None)],
           (V, "rpo"): [(15 * 60, None, None)], (V, "retention"): [(90 * 86400, None, None)],
           (V, "sla"): [(99.95, None, None)], (V, "max_storage"): [(500 * TB, None, None)],
           (I, "general_availability"): [("2027-01", None, None)], (I, "query_latency"): [(2, None, None)],
           (I, "free_trial"): [(30 * 86400, None, None)], (I, "max_dashboards"): [(200, None, None)]}
SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}
KNOWN_ATTRS = {a for (_, a) in list(SETS) + list(PRICES) + list(SCALARS)}


def office_of(addr):
    addr = addr.lower()
    for glob, off in OFFICE_OF:
        if addr.endswith(glob[1:]):
            return off
    return "unknown"


def norm(v):
    if isinstance(v, dict) and "unit" in v:
        return v["amount"] * SECS[v["unit"]]
    return v


def jpy_excl(m):
    return m["amount"] / 1.1 if m.get("tax") == "included" else m["amount"]


def same_money(a, b):
    """Same true price (currency, period, amount before tax)."""
    if a["currency"] != b["currency"] or a["per"] != b["per"]:
        return False
    if a["currency"] == "JPY":
        if a.get("tax") == "included" and b.get("tax") == "included":
            return a["amount"] == b["amount"]
        return abs(jpy_excl(a) - jpy_excl(b)) < 0.5
    return a["amount"] == b["amount"]


def verdict_of(product, attr, value, office, date):
    key = (product, attr)
    if attr in NOVALUE or (attr in KNOWN_ATTRS and key not in SETS and key not in PRICES and key not in SCALARS):
        return "unverified"
    if key in SETS:
        return "ok" if value in SETS[key] else "conflict"
    if key in PRICES:
        table = PRICES[key]
        assert office in table, "no price judgement for office %s" % office
        base = table[office]
        if value["currency"] == base["currency"]:
            if value["currency"] == "JPY" and value.get("tax") == "included":
                return "ok" if abs(value["amount"] - base["amount"] * 1.1) < 0.5 else "conflict"
            return "ok" if value["amount"] == base["amount"] else "conflict"
        for other, m in table.items():
            if m["currency"] == value["currency"] and same_money(dict(value, tax=value.get("tax") if m.get("tax") else None), m):
                return "office-variant"
        return "conflict"
    if key in SCALARS:
        v = norm(value)
        for bv, frm, until in SCALARS[key]:
            if v == bv:
                if (frm and date < frm) or (until and date > until):
                    continue
                return "ok"
        for bv, frm, until in SCALARS[key]:
            if v == bv:
                return "stale"
        return "conflict"
    raise AssertionError("unknown attribute %s/%s" % key)


# ====================================================================== people
P_ = {
    "marcus": ("Marcus Lee", "marcus.lee@meridian-data.com"),
    "dana": ("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    "priya": ("Priya Raman", "priya.raman@uk.meridian-data.com"),
    "oliver": ("Oliver Hartley", "oliver.hartley@uk.meridian-data.com"),
    "kenji": ("佐藤 健二", "kenji.sato@jp.meridian-data.com"),
    "kenji_en": ("Kenji Sato", "kenji.sato@jp.meridian-data.com"),
    "mariko": ("山本 真理子", "m.yamamoto@jp.meridian-data.com"),
    "shota": ("中村 翔太", "shota.nakamura@osaka.jp.meridian-data.com"),
    "ayumi": ("西田 あゆみ", "ayumi.nishida@osaka.jp.meridian-data.com"),
    "brian": ("Brian Okafor", "brian.okafor@hayabusa-la.com"),
    "grace": ("Grace Tanaka", "grace.tanaka@hayabusa-la.com"),
    "kobayashi": ("小林 誠", "m.kobayashi@hayabusa-logi.co.jp"),
    "takahashi": ("高橋 智也", "t.takahashi@fenwickhale.com"),
    "james": ("James Whitcombe", "j.whitcombe@fenwickhale.co.uk"),
    "morita": ("森田 浩二", "k.morita@naniwa-seiko.co.jp"),
    "daniel": ("Daniel Hughes", "d.hughes@naniwa-seiko.co.jp"),
    "fujii": ("藤井 陽介", "y.fujii@naniwa-seiko.co.jp"),
    "yuko": ("Yuko Ishii", "y.ishii@kitamura-pharma.co.jp"),
    "yuko_ja": ("石井 優子", "y.ishii@kitamura-pharma.co.jp"),
    "kitamura": ("北村 達也", "t.kitamura@kitamura-pharma.co.jp"),
    "sarah": ("Sarah Finch", "s.finch@kitamura-pharma.co.uk"),
    "okada": ("岡田 隆", "t.okada@technobridge.co.jp"),
    "yoshikawa": ("吉川 美穂", "m.yoshikawa@sakura-kensetsu.co.jp"),
    "kevin": ("Kevin Marsh", "kmarsh@brightwater-retail.com"),
}


def who(k):
    n, a = P_[k]
    return "%s <%s>" % (n, a)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ====================================================================== messages
class Msg:
    def __init__(self, fname, msgid, date, frm, to, subject, body, claims=(), findings=(), cc=(),
                 quotes=(), archive=False, mailer=None, style="plain", charset="utf-8", cte="quoted-printable",
                 crlf=False, extra_headers=(), attach=None, in_reply_to=None, flowed=False):
        self.fname, self.msgid, self.date, self.frm, self.to, self.cc = fname, msgid, date, frm, to, cc
        self.subject, self.body, self.archive, self.mailer, self.style = subject, body, archive, mailer, style
        self.charset, self.cte, self.crlf, self.extra_headers, self.attach = charset, cte, crlf, extra_headers, attach
        self.in_reply_to, self.flowed = in_reply_to, flowed
        self.office = office_of(P_[frm][1])
        self.as_of = date.strftime("%Y-%m-%d")
        own = [dict(c, quoted=False, office=self.office) for c in claims]
        quoted = []
        for src, off in quotes:                       # (Msg or list of claim dicts, office or None)
            for c in (src.all_claims if isinstance(src, Msg) else src):
                quoted.append(dict(c, quoted=True, office=c["office"] if off is None else off))
        self.all_claims = own + quoted
        self.findings = [dict(f, quoted=False) for f in findings]
        for src, off in quotes:
            if isinstance(src, Msg):
                self.findings += [dict(f, quoted=True) for f in src.findings]


MSGS = []


def add(m):
    MSGS.append(m)
    return m


# ---------------------------------------------------------------- 0001 us-hq -> Hayabusa LA
B1 = """Hi Brian,

Thanks again for making time on Thursday with Grace and the ops team. Here is the recap I promised, plus the two answers I owed you.

Recovery point: Meridian Vault gives you an RPO of 15 minutes, so at worst you would lose the last quarter hour of changes.

Retention: Meridian Vault keeps backups for 90 days by default. Longer retention is a policy setting rather than a separate SKU.

Where the data lives: for Hayabusa Logistics America, Meridian Vault would store your backups in our Oregon data center, with Frankfurt available if the Hamburg team wants its own copies in the EU.

Security: Meridian Vault encrypts every backup at rest with AES-256, and it is covered by our 99.95% availability SLA.

Pricing: Meridian Vault is $20 per TB per month on the US price book. At the roughly 140 TB you sized last week, that lands close to the budget figure Grace mentioned.

The two open items:

1. Restore times. We don't publish an RTO for Meridian Vault yet, so I'd rather not put a number in writing. I can walk you through recent restore tests on a call.
2. Term. The 3-year term with the 12% multi-year discount is reflected in the draft order form Grace has. Nothing changes on the per-TB rate itself.

I've copied Kenji Sato from our Tokyo office, since your colleagues in Japan asked about the same setup.

Best,
Marcus

--
Marcus Lee
Senior Solutions Engineer | Meridian Data, Inc.
535 Mission Street, 14th Floor, San Francisco, CA 94105
o: +1 (415) 555-0187 | m: +1 (628) 555-0143"""
m1 = add(Msg("0001.eml", "CAGx1mLq7Vv3Rk2e9Y0dJc5sT8bW4nP6hF_zQ1uA3oK7rE9tM2g@mail.gmail.com",
             dt.datetime(2026, 5, 12, 9, 40, 11, tzinfo=PDT), "marcus", ["brian"],
             "Meridian Vault – follow-up from Thursday's call", B1, cc=["kenji_en", "grace"], archive=True,
             style="gmail", claims=[
                 C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault gives you an RPO of 15 minutes"),
                 C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default."),
                 C(V, "data_centers", "Oregon", "ok", "Meridian Vault would store your backups in our Oregon data center, with Frankfurt available"),
                 C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault would store your backups in our Oregon data center, with Frankfurt available"),
                 C(V, "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with AES-256"),
                 C(V, "sla", 99.95, "ok", "it is covered by our 99.95% availability SLA."),
                 C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month on the US price book."),
             ]))

# ---------------------------------------------------------------- 0002 tokyo forwards 0001 (Gmail) with Japanese notes
SIG_KENJI = """━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京本社
エンタープライズ営業部　佐藤 健二
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング21階
TEL: 03-5555-0142　携帯: 090-5555-7781
━━━━━━━━━━━━━━━━━━━━━━━━"""
B2 = """ハヤブサ物流株式会社
情報システム部 小林様

いつも大変お世話になっております。
メリディアン・データの佐藤でございます。

米国法人のOkafor様宛てに弊社米国本社のLeeからお送りしたメールを、ご参考までに転送いたします。
英文のため、要点を日本語でまとめました。

・メリディアン ボールトのRPO（目標復旧時点）は15分です。
・同製品のバックアップの標準保持期間は90日間です。
・メリディアン ボールトでは、国内のデータは東京と大阪のデータセンターに、米国法人様のデータはオレゴンのデータセンターに保管いたします。
・日本でご契約いただく場合、メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）となります。下記メールのドル建て価格は米国の価格表に基づくものですので、ご注意ください。

RTOにつきましては、Leeも申しておりますとおり現時点で公表値がございませんので、別途実績データをご説明させてください。

来週20日（水）14時からのお打ち合わせ、よろしくお願いいたします。

""" + SIG_KENJI + """


---------- Forwarded message ---------
From: Marcus Lee <marcus.lee@meridian-data.com>
Date: Tue, 12 May 2026 at 09:40
Subject: Meridian Vault – follow-up from Thursday's call
To: Brian Okafor <brian.okafor@hayabusa-la.com>
Cc: Kenji Sato <kenji.sato@jp.meridian-data.com>, Grace Tanaka <grace.tanaka@hayabusa-la.com>


""" + B1
m2 = add(Msg("0002.eml", "CAH4kS9p2Rz+wq7LmT0nVb3cX6dY8eF1gJ5hU2iA4oQ9sK7tB3w@mail.gmail.com",
             dt.datetime(2026, 5, 14, 10, 5, 31, tzinfo=JST), "kenji", ["kobayashi"],
             "Fwd: Meridian Vault – follow-up from Thursday's call", B2, archive=True, style="gmail",
             cte="base64", quotes=[(m1, None)], claims=[
                 C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分です。"),
                 C(V, "retention", dur(90, "days"), "ok", "同製品のバックアップの標準保持期間は90日間です。"),
                 C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトでは、国内のデータは東京と大阪のデータセンターに、米国法人様のデータはオレゴンのデータセンターに保管いたします。"),
                 C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトでは、国内のデータは東京と大阪のデータセンターに、米国法人様のデータはオレゴンのデータセンターに保管いたします。"),
                 C(V, "data_centers", "Oregon", "ok", "メリディアン ボールトでは、国内のデータは東京と大阪のデータセンターに、米国法人様のデータはオレゴンのデータセンターに保管いたします。"),
                 C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "日本でご契約いただく場合、メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）となります。"),
             ]))

# ---------------------------------------------------------------- 0003 customer top-posts Japanese over 0002 (Gmail JP)
B3 = """佐藤様

お世話になっております。ハヤブサ物流の小林です。
早速の転送と日本語での要約、ありがとうございました。

2点確認させてください。

1. メリディアン ボールトのRPOが15分というのは、最大値という理解でよろしいでしょうか。
2. 弊社の社内規程では、バックアップを最低1年間保持する必要があります。保持期間の延長は追加費用なしで可能でしょうか。

20日の打ち合わせには、米国法人からOkafor、Tanakaもオンラインで参加予定です。

以上、よろしくお願いいたします。

--
ハヤブサ物流株式会社 情報システム部
小林 誠（Makoto Kobayashi）
〒144-0041 東京都大田区羽田空港3-3-2 第1ターミナルビル6F
TEL 03-5555-2610（内線 4471）

2026年5月14日(木) 10:05 佐藤 健二 <kenji.sato@jp.meridian-data.com>:

""" + quote(B2)
m3 = add(Msg("0003.eml", "CAF8pQ2rN6tVw1Ye4Ks7Xb0Lc9Md3Jg5Hh2Ui8Zo6Ra1Sb4Tc7Q@mail.gmail.com",
             dt.datetime(2026, 5, 15, 9, 48, 2, tzinfo=JST), "kobayashi", ["kenji"],
             "Re: Meridian Vault – follow-up from Thursday's call", B3, style="gmail", cte="base64",
             in_reply_to=m2.msgid, quotes=[(m2, None)]))

# ---------------------------------------------------------------- 0004 tokyo -> F&H Tokyo, ISO-2022-JP (not archived)
SIG_MARIKO = """--------------------------------------------------
メリディアン・データ株式会社
東京本社　エンタープライズ営業部
山本 真理子（Mariko Yamamoto）
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング21階
TEL：03-5555-0142（代表）　直通：03-5555-0166
--------------------------------------------------"""
B4 = """Fenwick & Hale法律事務所
東京オフィス　高橋様

いつもお世話になっております。
メリディアン・データ株式会社の山本でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご質問をいただいた点につきまして、以下のとおりご回答申し上げます。

【ユーザー数】
メリディアン シンクは、1組織あたり最大1万ユーザーまでご利用いただけます。

【料金】
メリディアン シンクの月額料金は50,000円（税抜）、税込では55,000円でございます。

【稼働率】
メリディアン シンクのSLA（月間稼働率）は99.95%でございます。

【ストレージ】
同製品では、1ユーザーあたり1TBのストレージをご利用いただけます。

【認証】
メリディアン シンクは、ISO 27001およびSOC 2 Type IIの認証を取得しております。

【対応端末】
本製品はWindows、Mac、iPhone・iPad、Androidに対応しております。

なお、ロンドンオフィスのご担当者様向けには、弊社ロンドン事務所のRamanより英文でご案内いたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_MARIKO
CL4 = [
    C(S, "max_users", 10000, "ok", "メリディアン シンクは、1組織あたり最大1万ユーザーまでご利用いただけます。"),
    C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）、税込では55,000円でございます。"),
    C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）、税込では55,000円でございます。"),
    C(S, "sla", 99.95, "conflict", "メリディアン シンクのSLA（月間稼働率）は99.95%でございます。"),
    C(S, "storage_per_user", TB, "ok", "同製品では、1ユーザーあたり1TBのストレージをご利用いただけます。"),
    C(S, "certifications", "ISO 27001", "ok", "メリディアン シンクは、ISO 27001およびSOC 2 Type IIの認証を取得しております。"),
    C(S, "certifications", "SOC 2 Type II", "ok", "メリディアン シンクは、ISO 27001およびSOC 2 Type IIの認証を取得しております。"),
    C(S, "supported_platforms", "Windows", "ok", "本製品はWindows、Mac、iPhone・iPad、Androidに対応しております。"),
    C(S, "supported_platforms", "macOS", "ok", "本製品はWindows、Mac、iPhone・iPad、Androidに対応しております。"),
    C(S, "supported_platforms", "iOS", "ok", "本製品はWindows、Mac、iPhone・iPad、Androidに対応しております。"),
    C(S, "supported_platforms", "Android", "ok", "本製品はWindows、Mac、iPhone・iPad、Androidに対応しております。"),
]
m4 = add(Msg("0004.eml", "20260602112012.7A3E.5C19B0D4@jp.meridian-data.com",
             dt.datetime(2026, 6, 2, 11, 20, 12, tzinfo=JST), "mariko", ["takahashi"],
             "メリディアン シンクのご提案について", B4, cc=["priya"], mailer="Becky! ver. 2.81.04 [ja]",
             charset="iso-2022-jp", cte="7bit", claims=CL4))

# ---------------------------------------------------------------- 0005 london forwards 0004 (Outlook) with English summary
SIG_PRIYA = """Priya Raman
Enterprise Account Director, UK & Ireland
Meridian Data UK Ltd | 1 Finsbury Avenue, London EC2M 2PF
T: +44 20 7946 0321 | M: +44 7700 900452
Meridian Data UK Ltd is registered in England and Wales, company no. 11873245."""
B5 = """Hi James,

As promised on Tuesday, below is the proposal my colleague Mariko Yamamoto sent to Takahashi-san in your Tokyo office. It is in Japanese, so here is the short version in English:

- Meridian Sync now takes up to 10,000 users in one organisation.
- Your combined London and Tokyo headcount is about 1,150, so there is plenty of room to grow.
- For Japan, Meridian Sync is priced at ¥50,000 a month before consumption tax; under a UK contract Meridian Sync is £329 per month plus VAT.
- Storage is 1 TB for each Meridian Sync user.
- Meridian Sync is certified to ISO 27001, and its SOC 2 Type II report is available to your security team under NDA.
- One correction to the Japanese text: the uptime SLA for Meridian Sync is 99.9%, not the figure shown below. Mariko is aware and will send Takahashi-san a corrected version.

I'd suggest a joint call with Takahashi-san on Thursday 11 June, 09:00 London / 17:00 Tokyo, to go through the contract structure.

Kind regards,
Priya

""" + SIG_PRIYA + """

________________________________
From: 山本 真理子 <m.yamamoto@jp.meridian-data.com>
Sent: 02 June 2026 03:20
To: 高橋 智也 <t.takahashi@fenwickhale.com>
Cc: Priya Raman <priya.raman@uk.meridian-data.com>
Subject: メリディアン シンクのご提案について

""" + B4
m5 = add(Msg("0005.eml", "LO4P265MB60127D3C1A9E4B2F8D6A05C3E91B7@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM",
             dt.datetime(2026, 6, 4, 8, 55, 12, tzinfo=UTC), "priya", ["james"],
             "FW: メリディアン シンクのご提案について", B5, cc=["mariko"], archive=True, style="outlook",
             crlf=True, quotes=[(m4, None)], claims=[
                 C(S, "max_users", 10000, "ok", "Meridian Sync now takes up to 10,000 users in one organisation."),
                 C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "office-variant", "For Japan, Meridian Sync is priced at ¥50,000 a month before consumption tax"),
                 C(S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "under a UK contract Meridian Sync is £329 per month plus VAT."),
                 C(S, "storage_per_user", TB, "ok", "Storage is 1 TB for each Meridian Sync user."),
                 C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001, and its SOC 2 Type II report is available to your security team under NDA."),
                 C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified to ISO 27001, and its SOC 2 Type II report is available to your security team under NDA."),
                 C(S, "sla", 99.9, "ok", "the uptime SLA for Meridian Sync is 99.9%, not the figure shown below."),
             ]))

# ---------------------------------------------------------------- 0006 customer (London) replies over 0005 (Outlook, nested)
B6 = """Priya,

Thanks – that's very clear, and thank you for the English summary.

A couple of points from our side before Thursday's call:

1. Takahashi-san tells me the Tokyo office has been quoted ¥50,000 a month before tax. At today's rate that is roughly £255, so is there any reason we shouldn't contract the Tokyo seats in yen?
2. We'd like a single agreement in sterling if possible, with the Tokyo seats as a separate schedule.
3. Our records team still refers to the old Meridian FileSync contract from 2019 – I assume that simply lapses when the new agreement starts?

Thursday 09:00 works for me. I'll bring Helen Marsh from procurement.

Best,
James

James Whitcombe
IT Director
Fenwick & Hale LLP
20 Gresham Street, London EC2V 7JE
DX 42 London/City | +44 20 7946 0500

________________________________
From: Priya Raman <priya.raman@uk.meridian-data.com>
Sent: 04 June 2026 09:55
To: James Whitcombe <j.whitcombe@fenwickhale.co.uk>
Cc: 山本 真理子 <m.yamamoto@jp.meridian-data.com>
Subject: FW: メリディアン シンクのご提案について

""" + B5
m6 = add(Msg("0006.eml", "CWLP123MB48153F0A2B9C7D6E1F4A8B23C05D9@CWLP123MB4815.GBRP123.PROD.OUTLOOK.COM",
             dt.datetime(2026, 6, 5, 14, 10, 48, tzinfo=UTC), "james", ["priya"],
             "RE: メリディアン シンクのご提案について", B6, cc=["mariko"], archive=True, style="outlook", crlf=True,
             in_reply_to=m5.msgid, quotes=[(m5, None)],
             findings=[T(S, "Our records team still refers to the old Meridian FileSync contract from 2019")]))

# ---------------------------------------------------------------- 0007 osaka, Japanese then English in one message
B7 = """浪速精工株式会社
情報システム課 森田様
Daniel Hughes様

（English follows / 英文は下記）

いつもお世話になっております。メリディアン・データ大阪営業所の中村です。
先日は工場見学の機会をいただき、ありがとうございました。
メリディアン インサイトについて、ご質問いただいた点をまとめました。

1. メリディアン インサイトの一般提供（正式版）は2027年1月を予定しております。それまではベータ版としてご利用いただけます。
2. 同製品のクエリ応答時間は、1億行規模のワークスペースで最大2秒です。
3. 同製品では、30日間の無料トライアルをご用意しております。
4. メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）です。
5. 同製品では、ダッシュボードを最大200個まで作成いただけます。
6. メリディアン インサイトは、Salesforceや基幹システムのデータベースなど、40種類以上のデータソースと連携できます。
7. 同製品の画面表示は12言語に対応しております。

ご検討中の80名様でご利用の場合、月額合計は320,000円（税抜）となります。正式なお見積書は来週中にお送りいたします。

------------------------------------------------------------
English follows
------------------------------------------------------------

Dear Mr Morita, dear Daniel,

Thank you for showing us round the Higashiosaka plant last week. Here are the answers on Meridian Insight:

1. Meridian Insight is planned for general availability in January 2027; until then you can use it as a beta.
2. Meridian Insight answers queries in at most 2 seconds on a workspace of around 100 million rows.
3. A free trial of Meridian Insight runs for 14 days.
4. Meridian Insight costs JPY 4,000 per user per month, excluding consumption tax.
5. You can create up to 200 dashboards in Meridian Insight.
6. Meridian Insight connects to more than 40 data sources, including Salesforce and your ERP database.
7. The Meridian Insight interface is available in 12 languages.

For the 80 users you are planning, the monthly total would be JPY 320,000 before tax. We will send the formal quotation next week.

--
メリディアン・データ株式会社 大阪営業所
中村 翔太 / Shota Nakamura, Account Manager
〒530-0001 大阪市北区梅田2-5-25 ハービスPLAZA 12F
TEL 06-6555-0178 / Mobile 080-5555-2231"""
m7 = add(Msg("0007.eml", "9d4e7c12-3b8a-4f6e-a1d0-5c2b8e7f9a31@osaka.jp.meridian-data.com",
             dt.datetime(2026, 6, 18, 15, 30, 40, tzinfo=JST), "shota", ["morita", "daniel"],
             "【メリディアン インサイト】ご質問への回答 / Answers on Meridian Insight", B7, archive=True,
             mailer="thunderbird", flowed=True, claims=[
                 C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供（正式版）は2027年1月を予定しております。"),
                 C(I, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は、1億行規模のワークスペースで最大2秒です。"),
                 C(I, "free_trial", dur(30, "days"), "ok", "同製品では、30日間の無料トライアルをご用意しております。"),
                 C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）です。"),
                 C(I, "max_dashboards", 200, "ok", "同製品では、ダッシュボードを最大200個まで作成いただけます。"),
                 C(I, "integrations", 40, "unverified", "メリディアン インサイトは、Salesforceや基幹システムのデータベースなど、40種類以上のデータソースと連携できます。"),
                 C(I, "ui_languages", 12, "unverified", "同製品の画面表示は12言語に対応しております。"),
                 # English half: same claims again (one line each), except the trial length
                 C(I, "general_availability", "2027-01", "ok", "Meridian Insight is planned for general availability in January 2027"),
                 C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight answers queries in at most 2 seconds"),
                 C(I, "free_trial", dur(14, "days"), "conflict", "A free trial of Meridian Insight runs for 14 days."),
                 C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "Meridian Insight costs JPY 4,000 per user per month, excluding consumption tax."),
                 C(I, "max_dashboards", 200, "ok", "You can create up to 200 dashboards in Meridian Insight."),
                 C(I, "integrations", 40, "unverified", "Meridian Insight connects to more than 40 data sources"),
                 C(I, "ui_languages", 12, "unverified", "The Meridian Insight interface is available in 12 languages."),
             ]))

# ---------------------------------------------------------------- 0008 Japanese customer writes English to London
B8_PARAS = [
    "Dear Mr Hartley,",
    "My name is Yuko Ishii, from the IT Planning Group of Kitamura Pharmaceutical in Osaka. Mr Nakamura of your Osaka branch kindly gave me your contact. Our UK subsidiary in Cambridge is evaluating Meridian Vault, and I have some questions before our steering committee on 15 July.",
    "(1) Our requirement is that backups of the Cambridge site stay in Europe. Mr Nakamura told us that Meridian Vault has data centres in Tokyo, Osaka, Oregon and Frankfurt. Can you confirm that Frankfurt would be used for the Cambridge data?",
    "(2) We need at least 200 TB for one tenant. Is this possible?",
    "(3) As I understand, Meridian Vault keeps backups for 90 days as standard. For GMP records we need seven years. How can we achieve this?",
    "(4) Does Meridian Vault have ISO 27001 or ISO 27017 certification?",
    "(5) What is the RPO of Meridian Vault in the Frankfurt region?",
    "(6) Is the UK price of Meridian Vault the same as the 2,800 yen per TB per month in your Japanese price list?",
    "I am sorry for many questions. I would be grateful for your answer by 10 July.",
    "Best regards,\n\nYuko Ishii (石井 優子)\nIT Planning Group, Kitamura Pharmaceutical Co., Ltd.\n3-2-11 Doshomachi, Chuo-ku, Osaka 541-0045, Japan\nTel: +81-6-6555-0901",
]
B8 = "\n\n".join(B8_PARAS)
DC8 = "Mr Nakamura told us that Meridian Vault has data centres in Tokyo, Osaka, Oregon and Frankfurt."
m8 = add(Msg("0008.eml", "TYWPR01MB10482E6C5A3D1F9B72C4E8A61D03F2@TYWPR01MB10482.jpnprd01.prod.outlook.com",
             dt.datetime(2026, 7, 6, 10, 12, 37, tzinfo=JST), "yuko", ["oliver"],
             "Meridian Vault for our Cambridge site", B8, cc=["shota"], style="outlook", cte="base64", crlf=True,
             claims=[C(V, "data_centers", x, "ok", DC8) for x in ("Tokyo", "Osaka", "Oregon", "Frankfurt")] + [
                 C(V, "retention", dur(90, "days"), "ok", "As I understand, Meridian Vault keeps backups for 90 days as standard."),
             ]))

# ---------------------------------------------------------------- 0009 London answers inline (interleaved)
ANS9 = {
    2: "Yes. Meridian Vault would keep the Cambridge backups in our Frankfurt data centre. We do not operate a data centre in London, so Frankfurt is the closest EU location.",
    3: "Yes: a single Meridian Vault tenant can hold up to 500 TB. Your 200 TB is comfortably within that.",
    4: "That's right: the default retention for Meridian Vault is 90 days. Longer retention for GMP records is a policy setting, and I will confirm the seven-year case with our compliance team before your steering committee.",
    5: "Meridian Vault runs under our ISO 27001 certification, and it is included in our SOC 2 Type II report. ISO 27017 is not something we hold today.",
    6: "For Meridian Vault the RPO is 30 minutes in every region, Frankfurt included.",
    7: "No, the UK has its own price book: in the UK, Meridian Vault storage is billed at £18 a terabyte per month, excluding VAT. I have copied Mr Nakamura and Ms Nishida so that the Osaka team has the same information.",
}
parts9 = ["Dear Ms Ishii,",
          "Thank you for your message, and please don't apologise: these are exactly the right questions. My answers are inline below.",
          "On Mon, 6 Jul 2026 at 02:12, Yuko Ishii <y.ishii@kitamura-pharma.co.jp> wrote:"]
qparts = []
for i, para in enumerate(B8_PARAS):
    qparts.append(quote(para))
    if i in ANS9:
        parts9.append("\n>\n".join(qparts))
        qparts = []
        parts9.append(ANS9[i])
parts9.append("\n>\n".join(qparts))
parts9.append("Kind regards,\nOliver\n\n-- \nOliver Hartley\nAccount Executive, Life Sciences\nMeridian Data UK Ltd, 1 Finsbury Avenue, London EC2M 2PF\n+44 20 7946 0388 | +44 7700 900617")
B9 = "\n\n".join(parts9)
CL9 = [
    C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault would keep the Cambridge backups in our Frankfurt data centre."),
    C(V, "max_storage", 500 * TB, "ok", "a single Meridian Vault tenant can hold up to 500 TB."),
    C(V, "retention", dur(90, "days"), "ok", "the default retention for Meridian Vault is 90 days."),
    C(V, "certifications", "ISO 27001", "unverified", "Meridian Vault runs under our ISO 27001 certification, and it is included in our SOC 2 Type II report."),
    C(V, "certifications", "SOC 2 Type II", "unverified", "Meridian Vault runs under our ISO 27001 certification, and it is included in our SOC 2 Type II report."),
    C(V, "rpo", dur(30, "minutes"), "conflict", "For Meridian Vault the RPO is 30 minutes in every region, Frankfurt included."),
    C(V, "data_centers", "Frankfurt", "ok", "For Meridian Vault the RPO is 30 minutes in every region, Frankfurt included."),
    C(V, "price_per_tb", money(18, "GBP", "TB-month", "excluded"), "conflict", "Meridian Vault storage is billed at £18 a terabyte per month, excluding VAT."),
]
m9 = add(Msg("0009.eml", "CAMx7Rk3Tq9Wv2Lp5Ns8Ye1Zb4Hc6Jd0Fg3Ki7Mo2Pu5Sa9Vr4X@mail.gmail.com",
             dt.datetime(2026, 7, 7, 16, 42, 5, tzinfo=BST), "oliver", ["yuko"],
             "Re: Meridian Vault for our Cambridge site", B9, cc=["shota", "ayumi"], style="gmail",
             in_reply_to=m8.msgid, quotes=[(m8, None)], claims=CL9))

# ---------------------------------------------------------------- 0010 partner reseller, Shift_JIS, quoting Tokyo (元のメッセージ)
B10 = """株式会社サクラ建設
総務部 情報システム課
吉川様

いつもお世話になっております。
テクノブリッジの岡田でございます。

先日お話しいたしましたファイル共有サービスについて、資料とあわせてご案内いたします。

メリディアン シンク（旧製品名：メリディアン ファイルシンク）は、業界No.1の法人向けファイル共有サービスです。
メーカーのメリディアン・データ社からは、メリディアン シンクの稼働率は99.9%と伺っております。
同製品は最大1万ユーザーまで対応しておりますので、全国の現場事務所を含めてもまったく問題ございません。
また、メリディアン シンクはオフライン環境でもファイルの編集が可能ですので、電波の届きにくい現場でも安心してお使いいただけます。
セキュリティ面では、メリディアン シンクはISO 27001に加え、ISMAPにも登録されております。

弊社経由でご契約いただく場合、初年度は月額48,000円（税抜）でご提供いたします。

メリディアン・データ社の担当者からの回答を以下に添付いたします。
対応端末についてご確認ください。

以上、よろしくお願いいたします。

*********************************************
株式会社テクノブリッジ ソリューション営業部
岡田 隆
〒460-0008 名古屋市中区栄3-15-33 栄ガスビル8F
TEL:052-555-3380 FAX:052-555-3381
Email: t.okada@technobridge.co.jp
*********************************************

-----元のメッセージ-----
差出人: 佐藤 健二 <kenji.sato@jp.meridian-data.com>
送信日時: 2026年7月16日 18:05
宛先: 岡田 隆 <t.okada@technobridge.co.jp>
件名: RE: メリディアン シンク 対応OSについて

岡田様

お世話になっております。メリディアン・データの佐藤です。

お問い合わせの件、メリディアン シンクはWindows、macOS、iOS、Androidでご利用いただけます。
Linux版クライアントの提供予定はございません。

よろしくお願いいたします。

佐藤"""
PLAT10 = "メリディアン シンクはWindows、macOS、iOS、Androidでご利用いただけます。"
m10 = add(Msg("0010.eml", "202607211352.NBA47218@technobridge.co.jp",
              dt.datetime(2026, 7, 21, 13, 52, 9, tzinfo=JST), "okada", ["yoshikawa"],
              "メリディアン シンクのご紹介（サクラ建設様）", B10, cc=["kenji"], archive=True,
              mailer="Active! mail", charset="shift_jis", cte="base64", crlf=True,
              quotes=[([dict(C(S, "supported_platforms", x, "ok", PLAT10), office="tokyo") for x in
                        ("Windows", "macOS", "iOS", "Android")], None)],
              claims=[
                  C(S, "sla", 99.9, "ok", "メーカーのメリディアン・データ社からは、メリディアン シンクの稼働率は99.9%と伺っております。"),
                  C(S, "max_users", 10000, "ok", "同製品は最大1万ユーザーまで対応しておりますので"),
                  C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフライン環境でもファイルの編集が可能ですので"),
                  C(S, "certifications", "ISO 27001", "ok", "メリディアン シンクはISO 27001に加え、ISMAPにも登録されております。"),
                  C(S, "certifications", "ISMAP", "conflict", "メリディアン シンクはISO 27001に加え、ISMAPにも登録されております。"),
              ], findings=[
                  P("ja.superlative-no1", "業界No.1の法人向けファイル共有サービスです。"),
                  T(S, "旧製品名：メリディアン ファイルシンク"),
              ]))

# ---------------------------------------------------------------- 0011 osaka forwards 0009 (Outlook JP block) with Japanese notes
B11 = """北村部長

いつもお世話になっております。
メリディアン・データ大阪営業所の西田でございます。

石井様からロンドン事務所のHartleyへお問い合わせいただいた件につきまして、Hartleyからの回答（英文）を転送いたします。
部長にもご確認いただけるよう、要点を日本語で補足いたします。

・メリディアン ボールトでは、ケンブリッジの英国子会社様のバックアップはフランクフルトのデータセンターに保管されます。
・メリディアン ボールトの容量上限は1テナントあたり500TBです。
・メリディアン ボールトの標準保持期間は90日間です。GMP記録の長期保管につきましては、ロンドンより別途ご連絡いたします。
・メリディアン ボールトのRPO（目標復旧時点）は15分です。
・日本国内でご契約いただく場合、メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。英国子会社様のご契約はポンド建てとなります。

ご不明な点がございましたら、お気軽にお申し付けください。

―――――――――――――――――――――
メリディアン・データ株式会社 大阪営業所
西田 あゆみ（Ayumi Nishida）
〒530-0001 大阪市北区梅田2-5-25 ハービスPLAZA 12F
TEL：06-6555-0170　FAX：06-6555-0171
―――――――――――――――――――――

________________________________
差出人: Oliver Hartley <oliver.hartley@uk.meridian-data.com>
送信日時: 2026年7月8日 0:42
宛先: 石井 優子 <y.ishii@kitamura-pharma.co.jp>
CC: 中村 翔太 <shota.nakamura@osaka.jp.meridian-data.com>; 西田 あゆみ <ayumi.nishida@osaka.jp.meridian-data.com>
件名: Re: Meridian Vault for our Cambridge site

""" + B9
m11 = add(Msg("0011.eml", "TYCP286MB26157B9E0D4C3A2F1E8B6D47A90C5@TYCP286MB2615.JPNP286.PROD.OUTLOOK.COM",
              dt.datetime(2026, 7, 9, 11, 15, 26, tzinfo=JST), "ayumi", ["kitamura"],
              "FW: Re: Meridian Vault for our Cambridge site", B11, cc=["yuko_ja"], archive=True, style="outlook",
              cte="base64", crlf=True, quotes=[(m9, None)], claims=[
                  C(V, "data_centers", "Frankfurt", "ok", "メリディアン ボールトでは、ケンブリッジの英国子会社様のバックアップはフランクフルトのデータセンターに保管されます。"),
                  C(V, "max_storage", 500 * TB, "ok", "メリディアン ボールトの容量上限は1テナントあたり500TBです。"),
                  C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準保持期間は90日間です。"),
                  C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分です。"),
                  C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "日本国内でご契約いただく場合、メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。"),
              ]))

# ---------------------------------------------------------------- 0012 tokyo Insight estimate, ISO-2022-JP (not archived)
B12 = """ハヤブサ物流株式会社
情報システム部 小林様

お世話になっております。メリディアン・データの佐藤です。

先日ご相談いただいた配送実績ダッシュボードの件、メリディアン インサイトの概算をお送りいたします。

・メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税込）です。
・ご利用予定の35名様の場合、月額合計は154,000円となります。
・メリディアン インサイトのクエリ応答時間は最大2秒です。
・同製品の一般提供開始は2027年1月の予定で、それまではベータ版としてご利用いただけます。
・あわせてご検討中のメリディアン ボールトは、1TBあたり月額3,080円（税込）です。

正式なお見積書は、ご利用人数が確定しましたら発行いたします。

よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京本社
エンタープライズ営業部　佐藤 健二
TEL: 03-5555-0142　携帯: 090-5555-7781
━━━━━━━━━━━━━━━━━━━━"""
m12 = add(Msg("0012.eml", "20260723103008.4B2D.7E61C3A9@jp.meridian-data.com",
              dt.datetime(2026, 7, 23, 10, 30, 8, tzinfo=JST), "kenji", ["kobayashi"],
              "メリディアン インサイト お見積りの件", B12, mailer="Becky! ver. 2.81.04 [ja]",
              charset="iso-2022-jp", cte="7bit", claims=[
                  C(I, "per_user_price", money(4000, "JPY", "user-month", "included"), "conflict", "メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税込）です。"),
                  C(I, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒です。"),
                  C(I, "general_availability", "2027-01", "ok", "同製品の一般提供開始は2027年1月の予定で"),
                  C(V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "あわせてご検討中のメリディアン ボールトは、1TBあたり月額3,080円（税込）です。"),
              ]))

# ---------------------------------------------------------------- 0013 customer question over quoted 0012 (元のメッセージ), ISO-2022-JP
B13 = """佐藤様

お世話になっております。小林です。
お見積りの件、ありがとうございます。

一点確認させてください。
税込で4,000円とのことですが、先月の展示会で大阪営業所の方からは税抜で4,000円と伺った記憶があります。
どちらが正しいでしょうか。
社内稟議の締切が7月31日のため、早めにご回答いただけますと幸いです。

小林

-----元のメッセージ-----
差出人: 佐藤 健二 [mailto:kenji.sato@jp.meridian-data.com]
送信日時: 2026年7月23日 10:30
宛先: 小林 誠 <m.kobayashi@hayabusa-logi.co.jp>
件名: メリディアン インサイト お見積りの件

""" + B12
m13 = add(Msg("0013.eml", "OS3P286MB18247C2E9A0B5D4F3E1C6A89B72D4@OS3P286MB1824.JPNP286.PROD.OUTLOOK.COM",
              dt.datetime(2026, 7, 24, 16, 20, 51, tzinfo=JST), "kobayashi", ["kenji"],
              "RE: メリディアン インサイト お見積りの件", B13, archive=True, mailer="Microsoft Outlook 16.0",
              charset="iso-2022-jp", cte="7bit", crlf=True, in_reply_to=m12.msgid, quotes=[(m12, None)]))

# ---------------------------------------------------------------- 0014 tokyo forwards a London mail as an attachment (message/rfc822)
B14_INNER = """Hi James,

Following our call with Helen, here are the UK terms as they will appear in the order form:

- Meridian Sync is £329 per month plus VAT for the London workspace, billed annually in advance.
- Each Meridian Sync user has 2 TB of storage under the UK enterprise terms.
- Meridian Sync clients are available for Windows, macOS, iOS and Android. There is no Linux client.
- Meridian Sync needs a network connection to sync; it has no offline mode.
- The 99.9% uptime SLA for Meridian Sync applies with service credits as set out in Schedule 2.

The Tokyo schedule stays in yen, as Mariko set out.

Kind regards,
Priya

""" + SIG_PRIYA
PLAT14 = "Meridian Sync clients are available for Windows, macOS, iOS and Android."
INNER14 = Msg("(attached)", "LO4P265MB60129A1E5C7D3B0F4E2A86D1C37B9@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM",
              dt.datetime(2026, 8, 19, 16, 10, 3, tzinfo=UTC), "priya", ["james"],
              "UK contract terms for Meridian Sync", B14_INNER, cc=["mariko"], style="outlook-plain", crlf=False,
              claims=[
                  C(S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month plus VAT for the London workspace"),
                  C(S, "storage_per_user", 2 * TB, "conflict", "Each Meridian Sync user has 2 TB of storage under the UK enterprise terms."),
              ] + [C(S, "supported_platforms", x, "ok", PLAT14) for x in ("Windows", "macOS", "iOS", "Android")] + [
                  C(S, "offline_mode", False, "ok", "Meridian Sync needs a network connection to sync; it has no offline mode."),
                  C(S, "sla", 99.9, "ok", "The 99.9% uptime SLA for Meridian Sync applies"),
              ])
B14 = """高橋様

いつもお世話になっております。メリディアン・データの山本です。

ロンドン事務所のRamanがWhitcombe様にお送りした英国側のご契約条件のメールを、念のため添付にて転送いたします。
東京オフィス分の条件は先日お送りしたとおりで、変更はございません。

なお、ストレージにつきましては、メリディアン シンクは1ユーザーあたり1TBでございます。
英文の内容についてご不明点があれば、Ramanと私のどちらにでもお問い合わせください。

山本

""" + SIG_MARIKO
m14 = add(Msg("0014.eml", "20260820130522.9F4C.2A7D81E6@jp.meridian-data.com",
              dt.datetime(2026, 8, 20, 13, 5, 22, tzinfo=JST), "mariko", ["takahashi"],
              "Fw: 英国側のご契約条件について", B14, mailer="Becky! ver. 2.81.04 [ja]", charset="iso-2022-jp",
              cte="7bit", archive=True, attach=INNER14, quotes=[(INNER14, None)], claims=[
                  C(S, "storage_per_user", TB, "ok", "なお、ストレージにつきましては、メリディアン シンクは1ユーザーあたり1TBでございます。"),
              ]))

# ---------------------------------------------------------------- 0015 London forwards an Osaka mail (Apple Mail) with English summary
B15_OSAKA = """石井様

いつもお世話になっております。メリディアン・データ大阪営業所の西田です。
先日の定例会でご説明した導入スケジュールを、改めてお送りいたします。

■スケジュール
・9月14日（月）〜25日（金）：大阪工場とケンブリッジ拠点の並行稼働
・10月5日（月）：本番切り替え

■設定内容
・メリディアン ボールトでは、大阪工場のデータは大阪のデータセンターに保管し、東京のデータセンターに複製を保持いたします。
・メリディアン ボールトでは、ケンブリッジの英国子会社様のデータをフランクフルトのデータセンターに保管いたします。
・メリディアン ボールトのバックアップ保持期間は30日間（標準設定）です。
・GMP対象データには、別途長期保管のルールを設定いたします。
・RPO（目標復旧時点）は、メリディアン ボールトの仕様どおり15分です。
・料金は、大阪工場分がメリディアン ボールトの1TBあたり月額2,800円（税抜）、ケンブリッジ分は英国の価格表に基づきポンド建てとなります。

ご不明な点がございましたら、お気軽にお問い合わせください。

―――――――――――――――――――――
メリディアン・データ株式会社 大阪営業所
西田 あゆみ（Ayumi Nishida）
TEL：06-6555-0170　FAX：06-6555-0171
―――――――――――――――――――――"""
OSAKA15 = [
    C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトでは、大阪工場のデータは大阪のデータセンターに保管し、東京のデータセンターに複製を保持いたします。"),
    C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトでは、大阪工場のデータは大阪のデータセンターに保管し、東京のデータセンターに複製を保持いたします。"),
    C(V, "data_centers", "Frankfurt", "ok", "メリディアン ボールトでは、ケンブリッジの英国子会社様のデータをフランクフルトのデータセンターに保管いたします。"),
    C(V, "retention", dur(30, "days"), "conflict", "メリディアン ボールトのバックアップ保持期間は30日間（標準設定）です。"),
    C(V, "rpo", dur(15, "minutes"), "ok", "RPO（目標復旧時点）は、メリディアン ボールトの仕様どおり15分です。"),
    C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "大阪工場分がメリディアン ボールトの1TBあたり月額2,800円（税抜）"),
]
B15 = """Hi Sarah,

Forwarding the note my Osaka colleague Ayumi Nishida sent to Ishii-san on Friday, since it sets out the rollout plan for both sites. It's in Japanese, so the key points for Cambridge are:

- Go-live for the Cambridge site is planned for Monday 5 October, after the two-week parallel run.
- Meridian Vault will hold the Cambridge backups in our Frankfurt data centre, and the Osaka plant's backups in Osaka with a second copy in Tokyo.
- Default retention on Meridian Vault is 90 days.
- The seven-year GMP policy is configured as a separate rule.
- Under your UK contract Meridian Vault is £16 per TB per month, excluding VAT.

Note that the retention period in Ayumi's note below is not the default, so please go by the figure above.

Oliver

Oliver Hartley
Account Executive, Life Sciences
Meridian Data UK Ltd
+44 20 7946 0388

Begin forwarded message:

> From: 西田 あゆみ <ayumi.nishida@osaka.jp.meridian-data.com>
> Subject: メリディアン ボールト 導入スケジュールについて
> Date: 4 September 2026 at 06:30:12 BST
> To: 石井 優子 <y.ishii@kitamura-pharma.co.jp>
> Cc: Oliver Hartley <oliver.hartley@uk.meridian-data.com>
>
""" + quote(B15_OSAKA)
DC15 = "Meridian Vault will hold the Cambridge backups in our Frankfurt data centre, and the Osaka plant's backups in Osaka with a second copy in Tokyo."
m15 = add(Msg("0015.eml", "6E2D9B14-7C3A-4F85-B1E0-93A4D8C27F56@uk.meridian-data.com",
              dt.datetime(2026, 9, 8, 10, 5, 44, tzinfo=BST), "oliver", ["sarah"],
              "Fwd: メリディアン ボールト 導入スケジュールについて", B15, cc=["ayumi"], archive=True,
              mailer="apple", quotes=[([dict(c, office="osaka") for c in OSAKA15], None)],
              claims=[C(V, "data_centers", x, "ok", DC15) for x in ("Frankfurt", "Osaka", "Tokyo")] + [
                  C(V, "retention", dur(90, "days"), "ok", "Default retention on Meridian Vault is 90 days."),
                  C(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Under your UK contract Meridian Vault is £16 per TB per month, excluding VAT."),
              ]))

# ---------------------------------------------------------------- 0016 us-hq to a US customer, plain 7bit ("From " line for mboxrd)
B16 = """Hi Kevin,

Good to talk yesterday. Here is what you asked for ahead of the Japan rollout review on the 28th.

On user limits:
From 1 April 2026, a single Meridian Sync organization can have up to 10,000 users. Until 31 March 2026 the Meridian Sync cap was 5,000 users, which is why your 2024 order form still mentions that number.

Your Japan entity adds about 600 employees to the 1,800 already on the US tenant, so one organization covers everyone.

On pricing:
Meridian Sync stays at $399 per month for the organization. Brightwater Japan KK will be invoiced by our Tokyo office in yen, at the Japanese list price.

On analytics:
Meridian Insight reaches general availability in January 2027, and Brightwater Japan can join the beta now. Meridian Insight beta seats are billed at $30 per user per month, the same as at GA. Insight queries typically return in under 2 seconds on data sets your size.

Our migration team will move the Japan files over a weekend with zero downtime for your stores. Honestly, for retail chains your size Meridian Sync is the industry-leading choice.

Thanks,
Dana

Dana Whitfield
Regional Sales Director, West | Meridian Data, Inc.
535 Mission Street, 14th Floor, San Francisco, CA 94105
(415) 555-0112"""
m16 = add(Msg("0016.eml", "CAKm2Vn8Rq4Tw7Xp1Ls5Zc9Hb3Jd6Yf0Gk2Mi8Oe4Pu7Sa1Wr5Q@mail.gmail.com",
              dt.datetime(2026, 10, 20, 11, 25, 9, tzinfo=PDT), "dana", ["kevin"],
              "Meridian Sync + Insight for Brightwater Japan", B16, archive=True, style="gmail-plain",
              charset="us-ascii", cte="7bit", claims=[
                  C(S, "max_users", 10000, "ok", "From 1 April 2026, a single Meridian Sync organization can have up to 10,000 users."),
                  C(S, "max_users", 5000, "ok", "Until 31 March 2026 the Meridian Sync cap was 5,000 users", when="2026-03-31"),
                  C(S, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync stays at $399 per month for the organization."),
                  C(I, "general_availability", "2027-01", "ok", "Meridian Insight reaches general availability in January 2027"),
                  C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight beta seats are billed at $30 per user per month, the same as at GA."),
                  C(I, "query_latency", dur(2, "seconds"), "ok", "Insight queries typically return in under 2 seconds on data sets your size."),
              ], findings=[
                  P("en.guarantee", "move the Japan files over a weekend with zero downtime for your stores"),
                  P("en.superlative", "Meridian Sync is the industry-leading choice."),
              ]))

# ---------------------------------------------------------------- 0017 tokyo corrects the partner's claims, ISO-2022-JP
B17 = """株式会社サクラ建設
総務部 情報システム課 吉川様
（CC：テクノブリッジ 岡田様）

お世話になっております。
メリディアン・データ株式会社の佐藤でございます。

先日テクノブリッジ岡田様よりお送りいただいたご案内につきまして、メーカーとして数点補足させていただきます。

1. メリディアン シンクは、1組織あたり最大1万ユーザーまでご利用いただけます。
2. 同製品はオフライン環境での編集には対応しておりません。ファイルの同期・編集にはインターネット接続が必要です。
3. 認証につきましては、メリディアン シンクはISO 27001およびSOC 2 Type IIを取得しております。ISMAPへの登録はございません。
4. メリディアン シンクのSLA（月間稼働率）は99.9%でございます。

なお、弊社のサポート窓口は、顧客満足度調査で第1位※をいただいております。
※2026年5月 クラウド市場研究所調べ（国内法人向けクラウドストレージ10サービスを対象）

旧バージョンからの移行手順は、以下のページをご参照ください。
https://support.meridian-data.com/ja/MeridianFileSync/migration-guide

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_KENJI
CERT17 = "メリディアン シンクはISO 27001およびSOC 2 Type IIを取得しております。"
m17 = add(Msg("0017.eml", "20260728143512.9C1F.4E2A7B3D@jp.meridian-data.com",
              dt.datetime(2026, 7, 28, 14, 35, 12, tzinfo=JST), "kenji", ["yoshikawa"],
              "メリディアン シンクについての補足", B17, cc=["okada"], archive=True,
              mailer="Becky! ver. 2.81.04 [ja]", charset="iso-2022-jp", cte="7bit", claims=[
                  C(S, "max_users", 10000, "ok", "メリディアン シンクは、1組織あたり最大1万ユーザーまでご利用いただけます。"),
                  C(S, "offline_mode", False, "ok", "同製品はオフライン環境での編集には対応しておりません。"),
                  C(S, "certifications", "ISO 27001", "ok", CERT17),
                  C(S, "certifications", "SOC 2 Type II", "ok", CERT17),
                  C(S, "sla", 99.9, "ok", "メリディアン シンクのSLA（月間稼働率）は99.9%でございます。"),
              ]))

# ---------------------------------------------------------------- 0018 osaka Sync proposal with a stale limit, ISO-2022-JP
B18 = """浪速精工株式会社
情報システム課 森田様

いつもお世話になっております。
メリディアン・データ大阪営業所の西田でございます。

先日の定例会でご相談いただいた、図面ファイル共有の件につきましてご提案いたします。

メリディアン シンクは最大5,000ユーザーまでご利用いただけますので、協力会社様のアカウントを含めても十分な規模でございます。
メリディアン シンクの月額料金は55,000円（税込）でございます。
同製品の月間稼働率は99.9%で、ISO 27001認証も取得しております。
導入いただければ、必ず図面の共有にかかる時間を削減できます。

また、既存のファイルサーバーからの移行は、弊社大阪営業所のエンジニアが現地でご支援いたします。
9月8日（火）の定例会で、デモ環境をご覧いただければと存じます。

―――――――――――――――――――――
メリディアン・データ株式会社 大阪営業所
西田 あゆみ（Ayumi Nishida）
〒530-0001 大阪市北区梅田2-5-25 ハービスPLAZA 12F
TEL：06-6555-0170　FAX：06-6555-0171
―――――――――――――――――――――"""
SLA18 = "同製品の月間稼働率は99.9%で、ISO 27001認証も取得しております。"
m18 = add(Msg("0018.eml", "3a7f0c9e-2d41-4b6a-9e85-71c3d0b4f2a8@osaka.jp.meridian-data.com",
              dt.datetime(2026, 8, 25, 10, 40, 33, tzinfo=JST), "ayumi", ["morita"],
              "メリディアン シンク 追加ご提案の件", B18, archive=True, mailer="thunderbird", flowed=True,
              charset="iso-2022-jp", cte="7bit", claims=[
                  C(S, "max_users", 5000, "stale", "メリディアン シンクは最大5,000ユーザーまでご利用いただけますので"),
                  C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）でございます。"),
                  C(S, "sla", 99.9, "ok", SLA18),
                  C(S, "certifications", "ISO 27001", "ok", SLA18),
              ], findings=[P("ja.absolute", "導入いただければ、必ず図面の共有にかかる時間を削減できます。")]))

# ---------------------------------------------------------------- 0019 US customer asks about a Japanese price (question only)
B19 = """Hi Dana,

Quick one before our budget meeting on Thursday. Our Japan team received a quote from your Tokyo office, and I want to make sure we compare like with like.

Is the ¥2,800 per TB per month that Tokyo quoted for Meridian Vault the same list price as the $20 per TB per month you quoted us, or is there a discount built into one of them?

We are looking at about 60 TB in Japan and 220 TB in the US.

Thanks,
Kevin

Kevin Marsh
VP, IT Infrastructure
Brightwater Retail Inc.
1200 Harbor Blvd, Suite 400, Oakland, CA 94607
(510) 555-0199"""
m19 = add(Msg("0019.eml", "BY5PR11MB42108C3D7E1A9F6B2C5D4E08A3F71@BY5PR11MB4210.namprd11.prod.outlook.com",
              dt.datetime(2026, 9, 22, 16, 5, 17, tzinfo=PDT), "kevin", ["dana"],
              "Vault pricing question – US vs Japan", B19, style="outlook-plain", crlf=True))

# ---------------------------------------------------------------- 0020 us-hq answers from an iPhone, top-posted
B20 = """Hi Kevin,

Yes, they are the same list price in local currency, with no discount in either. Meridian Vault is $20 per TB per month on the US price book, and ¥2,800 per TB per month (excluding consumption tax) on the Japanese one.

Any discount for the 280 TB combined would be a separate line on the order form, so you'll see it clearly.

Dana

Sent from my iPhone

On Sep 22, 2026, at 4:05 PM, Kevin Marsh <kmarsh@brightwater-retail.com> wrote:

""" + quote(B19)
PR20 = "Meridian Vault is $20 per TB per month on the US price book, and ¥2,800 per TB per month (excluding consumption tax) on the Japanese one."
m20 = add(Msg("0020.eml", "4C8E1A27-9B3D-4E6F-A05C-2D7B91E38F4A@meridian-data.com",
              dt.datetime(2026, 9, 23, 8, 12, 40, tzinfo=PDT), "dana", ["kevin"],
              "Re: Vault pricing question – US vs Japan", B20, archive=True, mailer="iphone",
              in_reply_to=m19.msgid, quotes=[(m19, None)], claims=[
                  C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", PR20),
                  C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "office-variant", PR20),
              ]))

# ---------------------------------------------------------------- 0021 osaka forwards a Tokyo mail (Thunderbird 転送メッセージ), ISO-2022-JP
B21_TOKYO = """藤井様

お世話になっております。メリディアン・データの佐藤です。

お問い合わせいただいた容量の件、メリディアン ボールトは1テナントあたり最大1PBまで保存いただけます。
同製品のデータは暗号化（AES-256）したうえで、東京・大阪の国内データセンターに保管いたします。
設計図面のバックアップ容量は年間約30TBの増加とのことですので、十分に余裕がございます。

よろしくお願いいたします。

佐藤"""
ENC21 = "同製品のデータは暗号化（AES-256）したうえで、東京・大阪の国内データセンターに保管いたします。"
TOKYO21 = [
    C(V, "max_storage", 1000 * TB, "conflict", "メリディアン ボールトは1テナントあたり最大1PBまで保存いただけます。"),
    C(V, "encryption", "AES-256", "ok", ENC21),
    C(V, "data_centers", "Tokyo", "ok", ENC21),
    C(V, "data_centers", "Osaka", "ok", ENC21),
]
B21 = """森田様

いつもお世話になっております。大阪営業所の中村です。

東京支社の藤井様宛てに弊社東京本社の佐藤からお送りしたメールを、ご参考までに転送いたします。
一点訂正がございます。メリディアン ボールトの容量上限は、1テナントあたり500TBでございます。
下記メールの記載は誤りですので、お詫びして訂正いたします。

今後とも、よろしくお願いいたします。

--
メリディアン・データ株式会社 大阪営業所
中村 翔太 / Shota Nakamura
TEL 06-6555-0178 / Mobile 080-5555-2231

-------- 転送メッセージ --------
件名:\tメリディアン ボールト 容量について
日付:\tFri, 2 Oct 2026 15:12:44 +0900
差出人:\t佐藤 健二 <kenji.sato@jp.meridian-data.com>
宛先:\t藤井 陽介 <y.fujii@naniwa-seiko.co.jp>
CC:\t中村 翔太 <shota.nakamura@osaka.jp.meridian-data.com>



""" + B21_TOKYO
m21 = add(Msg("0021.eml", "e5b2a8f1-4c7d-4a90-8e36-1f9d2c07b5e4@osaka.jp.meridian-data.com",
              dt.datetime(2026, 10, 6, 17, 20, 5, tzinfo=JST), "shota", ["morita"],
              "Fwd: メリディアン ボールト 容量について", B21, archive=True, mailer="thunderbird", flowed=True,
              charset="iso-2022-jp", cte="7bit", quotes=[([dict(c, office="tokyo") for c in TOKYO21], None)],
              claims=[C(V, "max_storage", 500 * TB, "ok", "メリディアン ボールトの容量上限は、1テナントあたり500TBでございます。")]))


# ====================================================================== MIME
def enc_header(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(linesep="\n")


def addr_list(keys, charset):
    return ", ".join(formataddr(P_[k], charset=charset) for k in keys)


def codec(cs):
    return {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}.get(cs, cs)


def encode_body(text, charset, cte):
    data = text.encode(codec(charset))
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii") + ("" if data.endswith(b"\n") else "\n")
    return data.decode("ascii") + "\n"          # 7bit: us-ascii or ISO-2022-JP escape sequences


def to_html(text):
    def render(lines):
        out, i = [], 0
        while i < len(lines):
            if lines[i].startswith(">"):
                j = i
                while j < len(lines) and lines[j].startswith(">"):
                    j += 1
                inner = [l[2:] if l.startswith("> ") else l[1:] for l in lines[i:j]]
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                           + render(inner) + "\n</blockquote>")
                i = j
            elif lines[i].startswith("________________________________"):
                out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
                i += 1
            else:
                out.append("<div>%s</div>" % (html.escape(lines[i], quote=False) or "<br>"))
                i += 1
        return "\n".join(out)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body>\n<div dir="ltr">\n' + render(text.split("\n")) + "\n</div>\n</body>\n</html>\n")


def build(m):
    cs = m.charset
    hcs = "utf-8" if cs in ("utf-8", "us-ascii") else cs
    h = []
    if m.style.startswith("gmail"):
        h += ["MIME-Version: 1.0"]
    h += ["Date: " + format_datetime(m.date), "Message-ID: <%s>" % m.msgid]
    if m.in_reply_to:
        h += ["In-Reply-To: <%s>" % m.in_reply_to, "References: <%s>" % m.in_reply_to]
    h += ["Subject: " + enc_header(m.subject, hcs), "From: " + addr_list([m.frm], hcs),
          "To: " + addr_list(m.to, hcs)]
    if m.cc:
        h += [("CC: " if m.style.startswith("outlook") else "Cc: ") + addr_list(m.cc, hcs)]
    if m.style.startswith("outlook"):
        h += ["Thread-Topic: " + enc_header(re.sub(r"^(RE|FW|Re|Fw): ", "", m.subject), hcs),
              "Thread-Index: AQHc" + base64.b64encode(m.msgid[:18].encode()).decode()[:20],
              "Accept-Language: ja-JP, en-US" if P_[m.frm][1].endswith(".jp") else "Accept-Language: en-GB, en-US",
              "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    mailer = {"thunderbird": "User-Agent: Mozilla Thunderbird", "apple": "X-Mailer: Apple Mail (2.3826.600.51.1.1)",
              "iphone": "X-Mailer: iPhone Mail (22G86)"}.get(m.mailer, "X-Mailer: " + m.mailer if m.mailer else None)
    if mailer:
        h.append(mailer)
    if not m.style.startswith("gmail"):
        h.append("MIME-Version: 1.0")
    flowed = "; format=flowed; delsp=yes" if m.flowed and cs == "iso-2022-jp" else "; format=flowed" if m.flowed else ""
    if m.flowed:
        assert not any(l.endswith(" ") for l in m.body.split("\n")), m.fname
    ctext = 'text/plain; charset="%s"%s' % (cs.upper() if cs == "iso-2022-jp" else cs if cs != "shift_jis" else "Shift_JIS", flowed)
    if m.style.startswith("gmail") and not m.style.endswith("plain") or m.style == "outlook":
        bnd = ("000000000000" + base64.b16encode(m.msgid[:10].encode()).decode().lower()[:16]) if m.style == "gmail" \
            else "_000_" + m.msgid.split("@")[0] + "_"
        h.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
        body = "\n--%s\nContent-Type: %s\nContent-Transfer-Encoding: %s\n\n%s" % (bnd, ctext, m.cte, encode_body(m.body, cs, m.cte))
        body += "\n--%s\nContent-Type: text/html; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n%s" % (
            bnd, cs, m.cte, encode_body(to_html(m.body), cs, m.cte))
        body += "\n--%s--\n" % bnd
        if m.style == "outlook":
            h.insert(h.index("MIME-Version: 1.0"), "Content-Language: en-GB" if not P_[m.frm][1].endswith(".jp") else "Content-Language: ja-JP")
    elif m.attach is not None:
        bnd = "------------%s" % base64.b16encode(m.msgid[:12].encode()).decode()
        h.append('Content-Type: multipart/mixed; boundary="%s"' % bnd)
        inner = build(m.attach).decode("ascii")
        fn = Header(m.attach.subject + ".eml", "iso-2022-jp").encode(linesep="\n") if not m.attach.subject.isascii() \
            else m.attach.subject + ".eml"
        body = "This is a multi-part message in MIME format.\n\n--%s\nContent-Type: %s\nContent-Transfer-Encoding: %s\n\n%s" % (
            bnd, ctext, m.cte, encode_body(m.body, cs, m.cte))
        body += '\n--%s\nContent-Type: message/rfc822;\n name="%s"\nContent-Transfer-Encoding: 7bit\nContent-Disposition: attachment;\n filename="%s"\n\n%s' % (
            bnd, fn, fn, inner)
        body += "\n--%s--\n" % bnd
    else:
        h += ["Content-Type: " + ctext, "Content-Transfer-Encoding: " + m.cte]
        body = "\n" + encode_body(m.body, cs, m.cte)
    raw = ("\n".join(h) + "\n" + body).encode("ascii" if cs != "shift_jis" or m.cte != "8bit" else "latin-1")
    return raw


def decoded_text(raw):
    """All text/plain (and attached message) text, decoded, for excerpt checks."""
    msg = message_from_bytes(raw, policy=policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            out.append(part.get_content())
    return "\n".join(out)


# ====================================================================== documents
DOCS = {}
D_TOKYO = """# ハヤブサ物流株式会社様 バックアップ基盤ご提案書
## Backup platform proposal for Hayabusa Logistics Co., Ltd.

提出日：2026年11月16日 / Submitted 16 November 2026
メリディアン・データ株式会社 東京本社 エンタープライズ営業部

---

## 1. ご提案の概要 / Overview

貴社の国内物流センター12か所と米国法人のバックアップを、メリディアン ボールトで一元化いたします。

This proposal brings the backups of your 12 distribution centres in Japan and of Hayabusa Logistics America together on Meridian Vault.

既存のメリディアン ファイルシンク環境で保管している共有ファイルの移行も、あわせてご支援いたします。

## 2. 主な仕様 / Key specifications

| 項目 / Item | メリディアン ボールト / Meridian Vault |
|---|---|
| RPO（目標復旧時点） / Recovery point objective | 15分 / 15 minutes |
| 標準保持期間 / Default retention | 90日間 / 90 days |
| SLA（月間稼働率） / Availability SLA | 99.95% |
| 1テナントあたりの容量上限 / Capacity per tenant | 500TB |
| データセンター / Data centres | 東京・大阪（米国法人様：オレゴン） / Tokyo, Osaka (US entity: Oregon) |
| 保存時の暗号化 / Encryption at rest | AES-256 |
| RTO（目標復旧時間） / Recovery time objective | 4時間 / 4 hours |

メリディアン ボールトは、国内法人向けクラウドバックアップで導入社数No.1※のサービスです。

※2026年9月 東京マーケットリサーチ調べ（国内法人向けクラウドバックアップ市場、導入社数ベース）

## 3. お見積り / Quotation

下表の金額はすべて税抜です（消費税は別途申し受けます）。

| 品目 / Item | 単価 / Unit price | 数量 / Qty |
|---|---|---|
| メリディアン ボールト（1TBあたり月額） | 2,800円 | 140 TB |
| 初期設定・移行支援（一式） | 450,000円 | 1式 |

月額のご利用料金は合計392,000円（税抜）の見込みです。

## 4. 米国法人様向け / For Hayabusa Logistics America

For the US entity, Meridian Vault is billed in US dollars at $20 per TB per month under the US price book.
Meridian Vault keeps the US entity's backups in our Oregon data center, separate from the Japanese data.

## 5. 今後のスケジュール / Next steps

- 2026年12月3日（木）：技術検証キックオフ
- 2027年1月中旬：本番環境構築
"""
DC_ROW = "| データセンター / Data centres | 東京・大阪（米国法人様：オレゴン） / Tokyo, Osaka (US entity: Oregon) |"
DOCS["docs/tokyo/hayabusa-logistics-proposal.md"] = (D_TOKYO, "tokyo", [
    C(V, "rpo", dur(15, "minutes"), "ok", "| RPO（目標復旧時点） / Recovery point objective | 15分 / 15 minutes |"),
    C(V, "retention", dur(90, "days"), "ok", "| 標準保持期間 / Default retention | 90日間 / 90 days |"),
    C(V, "sla", 99.95, "ok", "| SLA（月間稼働率） / Availability SLA | 99.95% |"),
    C(V, "max_storage", 500 * TB, "ok", "| 1テナントあたりの容量上限 / Capacity per tenant | 500TB |"),
    C(V, "data_centers", "Tokyo", "ok", DC_ROW),
    C(V, "data_centers", "Osaka", "ok", DC_ROW),
    C(V, "data_centers", "Oregon", "ok", DC_ROW),
    C(V, "encryption", "AES-256", "ok", "| 保存時の暗号化 / Encryption at rest | AES-256 |"),
    C(V, "rto", dur(4, "hours"), "unverified", "| RTO（目標復旧時間） / Recovery time objective | 4時間 / 4 hours |"),
    C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "| メリディアン ボールト（1TBあたり月額） | 2,800円 | 140 TB |"),
    C(V, "price_per_tb", money(20, "USD", "TB-month"), "office-variant", "For the US entity, Meridian Vault is billed in US dollars at $20 per TB per month under the US price book."),
    C(V, "data_centers", "Oregon", "ok", "Meridian Vault keeps the US entity's backups in our Oregon data center"),
], [T(S, "既存のメリディアン ファイルシンク環境で保管している共有ファイルの移行も")])

D_LONDON = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Fenwick &amp; Hale LLP — Meridian Sync proposal</title>
<style>body{font-family:Arial,sans-serif} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px}</style>
</head>
<body>
<h1>Meridian Sync for Fenwick &amp; Hale LLP</h1>
<p>Prepared by Priya Raman, Meridian Data UK Ltd — 9 November 2026</p>

<h2>Why Meridian Sync</h2>
<p>Meridian Sync gives the 1,150 partners and staff in London and Tokyo one place to work on matter files, with the same controls in both offices.</p>
<p>Meridian Sync is the industry-leading platform for law firms that share files across borders (Source: Legal IT Insider, Document Management Survey, March 2026).</p>

<table>
<caption>Meridian Sync — key terms under the UK agreement</caption>
<thead><tr><th>Term</th><th>Meridian Sync</th></tr></thead>
<tbody>
<tr><td>Users per organisation</td><td>Up to 10,000</td></tr>
<tr><td>Storage</td><td>1 TB per user</td></tr>
<tr><td>Service level</td><td>99.9% monthly uptime, with service credits</td></tr>
<tr><td>Certifications</td><td>ISO 27001; SOC 2 Type II</td></tr>
<tr><td>Offline working</td><td>Not available: the clients need a network connection</td></tr>
<tr><td>Desktop and mobile apps</td><td>Windows, macOS, iOS, Android</td></tr>
<tr><td>Subscription</td><td><s>£349</s> £329 per month, excluding VAT</td></tr>
</tbody>
</table>

<h2 lang="ja">東京オフィスの皆様へ（日本語要約）</h2>
<p lang="ja">メリディアン シンクは、1組織あたり最大1万ユーザーまでご利用いただけます。</p>
<p lang="ja">東京オフィス分を円建てでご請求する場合、メリディアン シンクの月額料金は50,000円（税抜）となります。</p>
<p lang="ja">なお、英国契約でのメリディアン シンクの料金は月額329ポンド（VAT別）です。</p>
<p lang="ja">ファイルは暗号化して保存され、完全に安全な環境で管理されます。</p>

<footer><p>Meridian Data UK Ltd · 1 Finsbury Avenue, London EC2M 2PF · Registered in England and Wales No. 11873245 · VAT GB 312 4455 67</p></footer>
</body>
</html>
"""
DOCS["docs/london/fenwick-hale-proposal.html"] = (D_LONDON, "london", [
    C(S, "max_users", 10000, "ok", "Up to 10,000"),
    C(S, "storage_per_user", TB, "ok", "1 TB per user"),
    C(S, "sla", 99.9, "ok", "99.9% monthly uptime, with service credits"),
    C(S, "certifications", "ISO 27001", "ok", "ISO 27001; SOC 2 Type II"),
    C(S, "certifications", "SOC 2 Type II", "ok", "ISO 27001; SOC 2 Type II"),
    C(S, "offline_mode", False, "ok", "Not available: the clients need a network connection"),
] + [C(S, "supported_platforms", x, "ok", "Windows, macOS, iOS, Android") for x in ("Windows", "macOS", "iOS", "Android")] + [
    C(S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "£329 per month, excluding VAT"),
    C(S, "max_users", 10000, "ok", "メリディアン シンクは、1組織あたり最大1万ユーザーまでご利用いただけます。"),
    C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "office-variant", "東京オフィス分を円建てでご請求する場合、メリディアン シンクの月額料金は50,000円（税抜）となります。"),
    C(S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "なお、英国契約でのメリディアン シンクの料金は月額329ポンド（VAT別）です。"),
], [P("ja.absolute", "ファイルは暗号化して保存され、完全に安全な環境で管理されます。")])

RULE = "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"
D_OSAKA = """浪速精工株式会社 御中
メリディアン インサイト 導入ご提案書（Proposal: Meridian Insight for Naniwa Seiko）

2026年11月12日
メリディアン・データ株式会社 大阪営業所
担当：中村 翔太

{R}
1. ご提案の背景
{R}
東大阪工場と滋賀工場の生産実績を、メリディアン インサイトでまとめて可視化します。
現在は各工場のExcel集計に毎月約40時間を要していると伺っております。

{R}
2. 製品概要
{R}
・メリディアン インサイトの一般提供開始は2027年1月を予定しております。現在はベータ版をご利用いただけます。
・同製品のクエリ応答時間は最大2秒です（1億行規模のワークスペース、p95）。
・同製品で作成できるダッシュボードは最大300個です。
・メリディアン インサイトは30日間の無料トライアルをご用意しております。
・同製品の稼働率は99.9%です。
・メリディアン インサイトは、業界初のAIによる自動要約機能を搭載しています。

{R}
3. お見積り（税込表示）
{R}
メリディアン インサイト　1ユーザーあたり月額 4,400円（税込）
ご利用人数・期間を含む詳細は、別紙お見積書をご参照ください。

{R}
4. Summary in English (for Mr Hughes)
{R}
- Meridian Insight goes into general availability in January 2027; the beta is open now.
- Meridian Insight returns most queries in under a second on your production data.
- A free trial of Meridian Insight is available for 30 days.
- Pricing for Meridian Insight is JPY 4,400 per user per month including consumption tax.

以上

メリディアン・データ株式会社 大阪営業所
〒530-0001 大阪市北区梅田2-5-25 ハービスPLAZA 12F　TEL 06-6555-0178
""".replace("{R}", RULE)
DOCS["docs/osaka/naniwa-seiko-insight-proposal.txt"] = (D_OSAKA, "osaka", [
    C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月を予定しております。"),
    C(I, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒です（1億行規模のワークスペース、p95）。"),
    C(I, "max_dashboards", 300, "conflict", "同製品で作成できるダッシュボードは最大300個です。"),
    C(I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトは30日間の無料トライアルをご用意しております。"),
    C(I, "sla", 99.9, "unverified", "同製品の稼働率は99.9%です。"),
    C(I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "メリディアン インサイト　1ユーザーあたり月額 4,400円（税込）"),
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight goes into general availability in January 2027"),
    C(I, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight returns most queries in under a second on your production data."),
    C(I, "free_trial", dur(30, "days"), "ok", "A free trial of Meridian Insight is available for 30 days."),
    C(I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "Pricing for Meridian Insight is JPY 4,400 per user per month including consumption tax."),
], [P("ja.first-in-industry", "メリディアン インサイトは、業界初のAIによる自動要約機能を搭載しています。")])

D_US = """# Brightwater Retail — Japan rollout plan

Prepared by Dana Whitfield, Meridian Data, Inc. · 2 November 2026

## Scope

Brightwater Japan KK (stores in Osaka and Yokohama, head office in Minato-ku) joins the existing US organization.
Brightwater has about 2,400 employees across both countries.

## Meridian Sync

- Meridian Sync takes up to 10,000 users in one organization, so Japan joins the current tenant.
- Meridian Sync clients are available for Windows, macOS, iOS, Android and Chromebook.
- Each Meridian Sync user keeps 1 TB of storage.
- Meridian Sync support tickets get a first response within 4 hours.
- Version history in Meridian Sync is unlimited on Brightwater's plan.

## Pricing

| Entity | Billing office | Meridian Sync monthly price |
|---|---|---|
| Brightwater Retail Inc. (US) | San Francisco | $399 per month |
| Brightwater Japan KK | Tokyo | ¥50,000 per month excluding consumption tax (¥55,000 including tax) |

## Meridian Insight

Meridian Insight becomes generally available in January 2027. Brightwater Japan can join the Meridian Insight beta now at $30 per user per month.

## 日本チーム向けクイックガイド / Quick guide for the Japan team

- メリディアン シンクはオフラインモードに対応しているため、店舗の回線が不安定な時間帯でも作業を続けられます。
- メリディアン シンクのSLA（月間稼働率）は99.9%です。
"""
PLAT_US = "Meridian Sync clients are available for Windows, macOS, iOS, Android and Chromebook."
JP_ROW = "| Brightwater Japan KK | Tokyo | ¥50,000 per month excluding consumption tax (¥55,000 including tax) |"
DOCS["docs/us-hq/brightwater-japan-rollout.md"] = (D_US, "us-hq", [
    C(S, "max_users", 10000, "ok", "Meridian Sync takes up to 10,000 users in one organization"),
] + [C(S, "supported_platforms", x, "ok", PLAT_US) for x in ("Windows", "macOS", "iOS", "Android")] + [
    C(S, "supported_platforms", "ChromeOS", "conflict", PLAT_US),
    C(S, "storage_per_user", TB, "ok", "Each Meridian Sync user keeps 1 TB of storage."),
    C(S, "support_response_time", dur(4, "hours"), "unverified", "Meridian Sync support tickets get a first response within 4 hours."),
    C(S, "monthly_price", money(399, "USD", "month"), "ok", "| Brightwater Retail Inc. (US) | San Francisco | $399 per month |"),
    C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "office-variant", JP_ROW),
    C(S, "monthly_price", money(55000, "JPY", "month", "included"), "office-variant", JP_ROW),
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027."),
    C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "Brightwater Japan can join the Meridian Insight beta now at $30 per user per month."),
    C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフラインモードに対応しているため、店舗の回線が不安定な時間帯でも作業を続けられます。"),
    C(S, "sla", 99.9, "ok", "メリディアン シンクのSLA（月間稼働率）は99.9%です。"),
], [P("en.unlimited", "Version history in Meridian Sync is unlimited on Brightwater's plan.")])


# ====================================================================== phrase scan (for the author's review)
def phrase_hits(text):
    import glob
    hits = []
    text = unicodedata.normalize("NFKC", text)
    for f in ([] if RULES else sorted(glob.glob("/work/shared/eval/rules/phrases/*.yaml"))):
        cur, sect = None, None
        for line in open(f, encoding="utf-8"):
            mm = re.match(r"\s*- id: (\S+)", line)
            if mm:
                cur, pats, unl = mm.group(1), [], []
                sect = None
                RULES.setdefault(cur, (pats, unl))
                continue
            if re.match(r"\s+patterns:", line):
                sect = "p"
                continue
            if re.match(r"\s+unless:", line):
                sect = "u"
                continue
            if re.match(r"\s+(examples|message|severity|lang):", line):
                sect = None
                continue
            mm = re.match(r"\s+- '(.*)'\s*$", line)
            if mm and cur and sect:
                RULES[cur][0 if sect == "p" else 1].append(mm.group(1).replace("''", "'"))
    for rid, (pats, unl) in RULES.items():
        for p in pats:
            for mm in re.finditer(p, text, re.M):
                cleared = any(re.search(u, text, re.M) for u in unl)
                hits.append((rid, cleared, text[max(0, mm.start() - 15):mm.end() + 15].replace("\n", " ")))
    return hits


RULES = {}


# ====================================================================== write everything
def canon_key(c):
    return (c["product"], c["attribute"], json.dumps(c["value"], sort_keys=True), c["quoted"], c["office"])


def claim_lines(file, msgid, claims, as_of):
    out, seen = [], set()
    for c in claims:
        k = canon_key(c)
        if k in seen:
            continue
        seen.add(k)
        when = c.get("when") or as_of
        if c["office"] != "unknown" or (c["product"], c["attribute"]) not in PRICES:
            v = verdict_of(c["product"], c["attribute"], c["value"], c["office"] if c["office"] != "unknown" else
                           "tokyo", when)
            assert v == c["verdict"], ("verdict", file, c, v)
        out.append({"type": "claim", "file": file, "message_id": msgid, "product": c["product"],
                    "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"], "quoted": c["quoted"],
                    "office": c["office"], "as_of": as_of, "text": c["text"]})
    return out


def finding_lines(file, msgid, findings):
    out, seen = [], set()
    for f in sorted(findings, key=lambda f: f["quoted"]):      # own text wins over quoted
        k = (f["kind"], f["rule"], f["product"])
        if k in seen:
            continue
        seen.add(k)
        out.append({"type": "finding", "file": file, "message_id": msgid, "kind": f["kind"], "rule": f["rule"],
                    "product": f["product"], "quoted": f["quoted"], "text": f["text"]})
    return out


def cross_office(archived):
    rows = []
    for m in archived:
        for c in m.all_claims:
            if c["office"] == "unknown" or c["attribute"] in SET_ATTRS:
                continue
            rows.append((m, c))
    found = {}
    for i, (ma, a) in enumerate(rows):
        for mb, b in rows[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((ma.date.date() - mb.date.date()).days) > 45:
                continue
            va, vb = a["value"], b["value"]
            if isinstance(va, dict) and "currency" in va:
                if va["currency"] != vb["currency"] or va["per"] != vb["per"] or same_money(va, vb):
                    continue
            elif norm(va) == norm(vb):
                continue
            if a["verdict"] == "ok" and b["verdict"] == "ok":
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            e = found.setdefault(key, {"files": set(), "values": {}})
            e["files"] |= {"mail/" + ma.fname, "mail/" + mb.fname}
            e["values"][a["office"]] = va
            e["values"][b["office"]] = vb
    return [{"type": "cross-office", "product": p, "attribute": at, "offices": list(offs), "file": "mail/archive.mbox",
             "message_files": sorted(e["files"]), "values": {k: e["values"][k] for k in sorted(e["values"])}}
            for (p, at, offs), e in sorted(found.items())]


def from_line(m):
    u = m.date.astimezone(UTC)
    return "From %s %s %2d %s" % (P_[m.frm][1], u.strftime("%a %b"), u.day, u.strftime("%H:%M:%S %Y"))


def main():
    for d in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    expected, problems = [], []
    raws = {}
    for m in MSGS:
        raw = build(m)
        if m.crlf:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        raws[m.fname] = raw
        with open(os.path.join(ROOT, "mail", m.fname), "wb") as fh:
            fh.write(raw)
        text = decoded_text(raw)
        assert m.body in text.replace("\r\n", "\n"), m.fname
        for c in m.all_claims:
            if c["text"] not in text:
                problems.append("excerpt not found in %s: %s" % (m.fname, c["text"]))
        for f in m.findings:
            if f["text"] not in text:
                problems.append("finding excerpt not found in %s: %s" % (m.fname, f["text"]))
        for rid, cleared, ctx in phrase_hits(text):
            if not cleared and not any(f["kind"] == "phrase" and f["rule"] == rid for f in m.findings):
                problems.append("unlabelled phrase hit %s in %s: %s" % (rid, m.fname, ctx))
        for f in m.findings:
            if f["kind"] == "phrase" and not any(r == f["rule"] and not cl for r, cl, _ in phrase_hits(text)):
                problems.append("labelled phrase %s does not fire in %s" % (f["rule"], m.fname))
    archived = sorted([m for m in MSGS if m.archive], key=lambda m: m.date)
    for m in MSGS:
        expected += claim_lines("mail/" + m.fname, m.msgid, m.all_claims, m.as_of)
        expected += finding_lines("mail/" + m.fname, m.msgid, m.findings)
    for m in archived:
        expected += claim_lines("mail/archive.mbox", m.msgid, m.all_claims, m.as_of)
        expected += finding_lines("mail/archive.mbox", m.msgid, m.findings)
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        for m in archived:
            raw = raws[m.fname].replace(b"\r\n", b"\n")
            lines = raw.split(b"\n")
            lines = [b">" + l if re.match(rb"^>*From ", l) else l for l in lines]
            body = b"\n".join(lines)
            if not body.endswith(b"\n"):
                body += b"\n"
            fh.write(from_line(m).encode("ascii") + b"\n" + body + b"\n")
    for path, (text, office, claims, findings) in DOCS.items():
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
        cl = [dict(c, quoted=False, office=office) for c in claims]
        for c in cl:
            if c["text"] not in text:
                problems.append("excerpt not found in %s: %s" % (path, c["text"]))
        fl = [dict(f, quoted=False) for f in findings]
        for rid, cleared, ctx in phrase_hits(re.sub(r"<[^>]+>", "", text)):
            if not cleared and not any(f["rule"] == rid for f in fl):
                problems.append("unlabelled phrase hit %s in %s: %s" % (rid, path, ctx))
        expected += claim_lines(path, None, cl, DOCS_AS_OF)
        expected += finding_lines(path, None, fl)
    expected += cross_office(archived)
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for probe set 24 (SPEC section 6).
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
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    n = {k: sum(1 for e in expected if e["type"] == k) for k in ("claim", "finding", "cross-office")}
    print("messages=%d archived=%d docs=%d  expected: %s" % (len(MSGS), len(archived), len(DOCS), n))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
