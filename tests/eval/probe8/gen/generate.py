#!/usr/bin/env python3
"""Generate evaluation set 8 (messy real mail, English and Japanese).

    python3 gen/generate.py            # from anywhere; writes into the set folder

Deterministic, stdlib only. Writes mail/NNNN.eml, mail/archive.mbox (mboxrd,
date order), docs/<office>/..., .onevoice.yaml, expected.jsonl and README.md.

Checks, and stops on any failure:
  * every `text` excerpt is in the decoded text of its file (MIME parts
    decoded with their charset; the unlabelled Shift_JIS body with shift_jis);
  * every claim's verdict equals the verdict of a small re-implementation of
    LABELS.md over the claims base (transcribed below from ../../shared/eval/rules);
  * no two lines share a scoring key;
  * the archive round-trips (mboxrd unescaping gives each .eml byte for byte);
  * the cross-office lines computed from the archive's claims are exactly the
    ones this set was designed to hold.
"""
import base64
import datetime as dt
import email
import email.policy
import html
import json
import os
import quopri
import re
import shutil
import sys
from email.header import Header
from email.utils import format_datetime, formataddr

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"
WRITTEN = "2026-12-03"

# --------------------------------------------------------------------- the claims base
# Transcribed from rules/ (products/*.yaml, attributes.yaml, offices.yaml).
KIND = {
    "max_users": "count", "max_dashboards": "count", "integrations": "count", "ui_languages": "count",
    "api_rate_limit": "count", "max_devices": "count", "sla": "percent", "monthly_price": "money",
    "price_per_tb": "money", "per_user_price": "money", "rpo": "duration", "rto": "duration",
    "retention": "duration", "query_latency": "duration", "free_trial": "duration",
    "support_response_time": "duration", "storage_per_user": "data-size", "max_storage": "data-size",
    "max_file_size": "data-size", "general_availability": "date", "offline_mode": "boolean",
    "certifications": "set", "supported_platforms": "set", "data_centers": "set", "encryption": "set",
}
PER = {"monthly_price": "month", "price_per_tb": "TB-month", "per_user_price": "user-month"}
CURRENCY = {"us-hq": "USD", "london": "GBP", "tokyo": "JPY", "osaka": "JPY"}
TB = 10 ** 12


def M(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def D(amount, unit):
    return {"amount": amount, "unit": unit}


def R(lo, hi, unit):
    return {"min": lo, "max": hi, "unit": unit}


def B(value, bound=None, frm=None, until=None, offices=None):
    return {"v": value, "bound": bound, "from": frm, "until": until, "offices": offices or []}


BASE = {
    "meridian-sync": {
        "max_users": [B(10000, "max", frm="2026-04-01"), B(5000, "max", until="2026-03-31")],
        "monthly_price": [B(M(50000, "JPY", "month", "excluded"), offices=["tokyo", "osaka"]),
                          B(M(399, "USD", "month"), offices=["us-hq"]),
                          B(M(329, "GBP", "month"), offices=["london"])],
        "storage_per_user": [B(1 * TB)],
        "sla": [B(99.9)],
        "certifications": [B(["ISO 27001", "SOC 2 Type II"])],
        "offline_mode": [B(False)],
        "supported_platforms": [B(["Windows", "macOS", "iOS", "Android"])],
    },
    "meridian-vault": {
        "rpo": [B(D(15, "minutes"), "max")],
        "retention": [B(D(90, "days"))],
        "sla": [B(99.95)],
        "price_per_tb": [B(M(20, "USD", "TB-month"), offices=["us-hq"]),
                         B(M(2800, "JPY", "TB-month", "excluded"), offices=["tokyo", "osaka"]),
                         B(M(16, "GBP", "TB-month"), offices=["london"])],
        "max_storage": [B(500 * TB, "max")],
        "data_centers": [B(["Tokyo", "Osaka", "Oregon", "Frankfurt"])],
        "encryption": [B(["AES-256"])],
    },
    "meridian-insight": {
        "general_availability": [B("2027-01")],
        "per_user_price": [B(M(30, "USD", "user-month"), offices=["us-hq"]),
                           B(M(4000, "JPY", "user-month", "excluded"), offices=["tokyo", "osaka"]),
                           B(M(25, "GBP", "user-month"), offices=["london"])],
        "query_latency": [B(D(2, "seconds"), "max")],
        "free_trial": [B(D(30, "days"))],
        "max_dashboards": [B(200, "max")],
    },
}
SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "months": 30 * 86400}


def scalar(kind, v):
    """A comparable number / string for a non-set, non-money value."""
    if kind == "duration":
        return v["amount"] * SECS[v["unit"]]
    return v


def money_eq(base, v):
    """Does stated money v match base money (tax: 税込 = base x 1.1 for a tax-excluded base)?"""
    if base["currency"] != v["currency"] or base["per"] != v["per"]:
        return False
    if base.get("tax") == "excluded" and v.get("tax") == "included":
        return abs(v["amount"] - base["amount"] * 1.1) < 1e-6
    return abs(v["amount"] - base["amount"]) < 1e-6


def valid_on(c, day):
    return (c["from"] is None or day >= c["from"]) and (c["until"] is None or day <= c["until"])


def judge(product, attr, value, office, day):
    """LABELS.md 'Judgement', for the constructions this set uses (anything else raises)."""
    kind = KIND[attr]
    claims = BASE[product].get(attr)
    if not claims:
        return "unverified"
    if kind == "money":
        own = [c for c in claims if not c["offices"] or office in c["offices"]]
        if office == "unknown":
            raise ValueError("customer price claims are not used in this set")
        if any(money_eq(c["v"], value) for c in own):
            return "ok"
        if value["currency"] != CURRENCY[office] and any(money_eq(c["v"], value) for c in claims if c not in own):
            return "office-variant"
        return "conflict"
    cands = [c for c in claims if not c["offices"] or office in c["offices"]]
    valid = [c for c in cands if valid_on(c, day)]
    if kind == "set":
        members = {m for c in valid for m in c["v"]}
        return "ok" if value in members else "conflict"
    if isinstance(value, dict) and "min" in value:               # a range
        (c,) = valid
        assert c["bound"] == "max", "ranges only against a max bound"
        hi = value["max"] * SECS.get(value["unit"], 1)
        if hi > scalar(kind, c["v"]):
            return "conflict"
        raise ValueError("a range inside the bound is not used in this set")
    sv = scalar(kind, value)
    eq = lambda c: (sv == scalar(kind, c["v"])) if not isinstance(sv, (int, float)) or isinstance(sv, bool) \
        else abs(sv - scalar(kind, c["v"])) < 1e-6 * max(1, abs(sv))
    if any(eq(c) for c in valid):
        return "ok"
    if any(eq(c) for c in cands if not valid_on(c, day)):
        return "stale"
    return "conflict"


# --------------------------------------------------------------------- people and offices
P = {
    "dana": ("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    "marcus": ("Marcus Lee", "marcus.lee@meridian-data.com"),
    "olivia": ("Olivia Hart", "olivia.hart@uk.meridian-data.com"),
    "james": ("James Cole", "james.cole@uk.meridian-data.com"),
    "tanaka": ("田中 健", "ken.tanaka@jp.meridian-data.com"),
    "sato": ("佐藤 美咲", "misaki.sato@jp.meridian-data.com"),
    "yamamoto": ("山本 大輔", "daisuke.yamamoto@osaka.jp.meridian-data.com"),
    "nakamura": ("中村 由紀", "yuki.nakamura@osaka.jp.meridian-data.com"),
    "suzuki": ("鈴木 一郎", "i.suzuki@kaede-shoji.co.jp"),
    "ito": ("伊藤 真理", "m.ito@naniwa-kogyo.co.jp"),
    "takahashi": ("高橋 誠", "m.takahashi@harborview-health.co.jp"),
    "tom": ("Tom Becker", "tbecker@harborview-health.com"),
    "lena": ("Lena Ortiz", "lena.ortiz@brightwater-energy.com"),
    "priya": ("Priya Nair", "priya.nair@northwind-logistics.co.uk"),
    "ben": ("Ben Ashworth", "ben.ashworth@calder-retail.co.uk"),
}


def office_of(address):
    a = address.lower()
    for suffix, office in (("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
                           ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")):
        if a.endswith(suffix):
            return office
    return "unknown"


PROD = {"sync": "meridian-sync", "vault": "meridian-vault", "insight": "meridian-insight"}


def C(prod, attr, value, verdict, text, quoted=False, office=None, as_of=None):
    """One expected claim; office None = the sender's; as_of None = the message date."""
    return {"t": "claim", "product": PROD[prod], "attribute": attr, "value": value, "verdict": verdict,
            "text": text, "quoted": quoted, "office": office, "as_of": as_of}


def PH(rule, text, quoted=False):
    return {"t": "finding", "kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def TERM(prod, text, quoted=False):
    return {"t": "finding", "kind": "terminology", "rule": None, "product": PROD[prod], "quoted": quoted,
            "text": text}


# --------------------------------------------------------------------- MIME building
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "euc-jp": "euc_jp",
         "iso-8859-1": "latin-1", "us-ascii": "ascii"}
SD = "@@SIGDASH@@"          # stands for the signature delimiter "-- " (dash dash space)


def prep(s):
    s = s.replace(SD, "-- ")
    return s if s.endswith("\n") else s + "\n"


def encode_body(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def text_part(s, charset="utf-8", cte="8bit", sub="plain", label=True, filename=None, params=""):
    data = prep(s).encode(CODEC[charset])
    if cte == "7bit":
        assert max(data) < 128, "7bit body holds 8-bit bytes"
    ct = "text/%s" % sub + ('; charset="%s"' % charset if label else "") + params
    if filename:
        ct += '; name="%s"' % filename
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if filename:
        hs.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    return hs, encode_body(data, cte)


def binary_part(data, ctype, filename):
    return ([("Content-Type", '%s; name="%s"' % (ctype, filename)), ("Content-Transfer-Encoding", "base64"),
             ("Content-Disposition", 'attachment; filename="%s"' % filename)], base64.encodebytes(data))


def rfc822_part(msg_bytes, filename):
    return ([("Content-Type", "message/rfc822"), ("Content-Disposition", 'attachment; filename="%s"' % filename)],
            msg_bytes)


def head_bytes(hs):
    return b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in hs)


def multipart(sub, parts, boundary, preamble=True):
    b = boundary.encode("ascii")
    out = b"This is a multi-part message in MIME format.\n" if preamble else b""
    for hs, payload in parts:
        out += b"\n--" + b + b"\n" + head_bytes(hs) + b"\n" + payload.rstrip(b"\n") + b"\n"
    out += b"\n--" + b + b"--\n"
    return [("Content-Type", 'multipart/%s; boundary="%s"' % (sub, boundary))], out


def who(person, charset):
    name, address = P[person] if isinstance(person, str) else person
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def subj(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def when(y, mo, d, h, mi, tz):
    return dt.datetime(y, mo, d, h, mi, 0, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def build(frm, to, date, subject, msgid, body, hcs="utf-8", cc=None, extra=()):
    hs = [("From", who(frm, hcs)), ("To", ", ".join(who(t, hcs) for t in (to if isinstance(to, list) else [to])))]
    if cc:
        hs.append(("Cc", ", ".join(who(t, hcs) for t in cc)))
    hs += [("Subject", subj(subject, hcs)), ("Date", format_datetime(date)), ("Message-ID", "<%s>" % msgid)]
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    part_headers, payload = body
    return head_bytes(hs + part_headers) + b"\n" + payload


# --------------------------------------------------------------------- the messages
MAILS = []


def mail(n, frm, to, date, subject, msgid, body, lines, archive=False, hcs="utf-8", cc=None, extra=(),
         true_charset=None):
    MAILS.append({"n": n, "file": "mail/%04d.eml" % n, "from": P[frm][1] if isinstance(frm, str) else frm[1],
                  "date": date, "msgid": msgid, "archive": archive, "lines": lines, "true_charset": true_charset,
                  "raw": build(frm, to, date, subject, msgid, body, hcs, cc, extra)})


JP_SIG_TANAKA = """@@SIGDASH@@
株式会社メリディアン・データ 東京オフィス
営業部 田中 健
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-6555-0142（内線 214）／FAX: 03-6555-0199
"""
JP_SIG_SATO = """@@SIGDASH@@
株式会社メリディアン・データ 東京オフィス
営業部 佐藤 美咲
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-6555-0142（内線 231）　携帯: 090-1234-5678
"""
JP_SIG_YAMAMOTO = """@@SIGDASH@@
株式会社メリディアン・データ 大阪オフィス
営業部　山本 大輔
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー 12F
TEL 06-6345-0118（内線 305）　FAX 06-6345-0119
"""
JP_SIG_NAKAMURA = """@@SIGDASH@@
株式会社メリディアン・データ 大阪オフィス
ソリューション営業課　中村 由紀
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー 12F
TEL 06-6345-0118（内線 312）
法人番号 1234567890123
"""
EN_SIG_DANA = """@@SIGDASH@@
Dana Whitfield | Account Executive, Healthcare
Meridian Data Inc. | 500 Howard Street, Suite 300, San Francisco, CA 94105
T +1 (415) 555-0134 ext. 212 | M +1 (415) 555-0172
"""
EN_SIG_MARCUS = """@@SIGDASH@@
Marcus Lee | Senior Account Executive
Meridian Data Inc. | 500 Howard Street, Suite 300, San Francisco, CA 94105
T +1 (415) 555-0134 ext. 227 | F +1 (415) 555-0199
"""
UK_SIG_OLIVIA = """@@SIGDASH@@
Olivia Hart | Senior Account Executive, UK & Ireland
Meridian Data Ltd | 1 Finsbury Avenue, London EC2M 2PF
T +44 20 7946 0321 | M +44 7700 900123

Meridian Data Ltd is registered in England and Wales (company no. 09876543),
VAT GB 294 7781 06. This e-mail and any attachments are confidential. If you
have received this message in error please notify the sender and delete the
message. Late payment interest is charged at 8% above the Bank of England
base rate under the Late Payment of Commercial Debts Act 1998.
"""
UK_SIG_JAMES = """@@SIGDASH@@
James Cole | Account Executive
Meridian Data Ltd | 1 Finsbury Avenue, London EC2M 2PF
T +44 20 7946 0388
Registered in England and Wales, company no. 09876543.
"""

# 0001 — Tokyo, ISO-2022-JP, March 2026: 5,000 users is right on its date --------------
mail(1, "tanaka", "suzuki", when(2026, 3, 10, 11, 20, 9), "メリディアン シンクについてのご回答",
     "20260310112015.4A7C.ken.tanaka@jp.meridian-data.com",
     text_part("""楓商事株式会社
情報システム部 鈴木様

いつもお世話になっております。
メリディアン・データ東京オフィスの田中でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご質問いただいた点について、以下の通りご回答いたします。

メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
メリディアン シンクの月額料金は50,000円（税抜）です。

引き続きよろしくお願いいたします。

""" + JP_SIG_TANAKA, charset="iso-2022-jp", cte="7bit"),
     [C("sync", "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
      C("sync", "monthly_price", M(50000, "JPY", "month", "excluded"), "ok",
        "メリディアン シンクの月額料金は50,000円（税抜）です。")],
     archive=True, hcs="iso-2022-jp", extra=[("X-Mailer", "Becky! ver. 2.81.04")])

# 0002 — London, April 2026, emoji: 10,000 users right on its date -------------------
mail(2, "olivia", "priya", when(2026, 4, 15, 9, 42, 1), "Meridian Sync update for Northwind",
     "LO2P265MB3311APRIL0002C0DE1234@LO2P265MB3311.GBRP265.PROD.OUTLOOK.COM",
     text_part("""Hi Priya,

Good news 🎉 Meridian Sync now supports up to 10,000 users per organisation.

For budgeting: Meridian Sync is £329 per month for the whole organisation.
Meridian Sync runs on Windows, macOS, iOS and Android.

Talk soon,
Olivia

""" + UK_SIG_OLIVIA, cte="quoted-printable"),
     [C("sync", "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per organisation."),
      C("sync", "monthly_price", M(329, "GBP", "month"), "ok", "Meridian Sync is £329 per month for the whole organisation."),
      C("sync", "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android.")],
     archive=True)

# 0003 — Osaka, Shift_JIS body with NO charset label, Feb 2026; a value placed in a period --
mail(3, "yamamoto", "ito", when(2026, 2, 18, 14, 5, 9), "メリディアン ボールトのお見積り前提について",
     "20260218140511.2C81.daisuke.yamamoto@osaka.jp.meridian-data.com",
     text_part("""浪速工業株式会社
伊藤様

いつも大変お世話になっております。
メリディアン・データ大阪オフィスの山本でございます。

先日お問い合わせいただきました件につき、ご回答申し上げます。

メリディアン ボールトの標準の保持期間は90日間です。
メリディアン ボールトは１TBあたり月額２，８００円（税抜）でご提供しております。
2026年4月以降は、メリディアン・シンクは最大1万ユーザーまでご利用いただけるようになります。

ご検討のほど、よろしくお願い申し上げます。

""" + JP_SIG_YAMAMOTO, charset="shift_jis", cte="8bit", label=False),
     [C("vault", "retention", D(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間です。"),
      C("vault", "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
        "メリディアン ボールトは１TBあたり月額２，８００円（税抜）でご提供しております。"),
      C("sync", "max_users", 10000, "ok", "2026年4月以降は、メリディアン・シンクは最大1万ユーザーまでご利用いただけるようになります。",
        as_of="2026-04-01")],
     hcs="iso-2022-jp", true_charset="shift_jis", extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")])

# 0004 — Tokyo, Feb 2026: 10,000 users before that value's window opens = stale ------------
mail(4, "sato", "suzuki", when(2026, 2, 24, 16, 30, 9), "Re: ユーザー数の上限について",
     "20260224163002.9D1E.misaki.sato@jp.meridian-data.com",
     text_part("""鈴木様

お世話になっております。佐藤です。
ユーザー数の上限について、取り急ぎご回答いたします。

メリディアン シンクは最大1万ユーザーまで対応しております。
メリディアン シンクの稼働率SLAは99.9％です。

よろしくお願いいたします。

""" + JP_SIG_SATO, cte="base64"),
     [C("sync", "max_users", 10000, "stale", "メリディアン シンクは最大1万ユーザーまで対応しております。"),
      C("sync", "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは99.9％です。")],
     extra=[("In-Reply-To", "<OS3P286MB1842A1B2C3D4E5F6@OS3P286MB1842.JPNP286.PROD.OUTLOOK.COM>")])

# 0005 — London, ISO-8859-1 quoted-printable, claim across a hard wrap ---------------------
mail(5, "olivia", "priya", when(2026, 9, 8, 10, 14, 1), "Meridian follow-up: backup and file sharing",
     "LO2P265MB3311F0A1C2D3E4B5A6C7D8E9F0@LO2P265MB3311.GBRP265.PROD.OUTLOOK.COM",
     text_part("""Dear Priya,

Thank you for your time on Thursday. As promised, a short summary of the
points we discussed.

Meridian Vault keeps backups for
90 days by default, and retention can be extended per policy.
Meridian Sync is £ 329 per month for the whole organisation.
Meridian Vault is £16 per TB per month.

I'll send the draft order form once your procurement team has had a look.

Kind regards,
Olivia

""" + UK_SIG_OLIVIA, charset="iso-8859-1", cte="quoted-printable"),
     [C("vault", "retention", D(90, "days"), "ok", "Meridian Vault keeps backups for\n90 days by default"),
      C("sync", "monthly_price", M(329, "GBP", "month"), "ok", "Meridian Sync is £ 329 per month for the whole organisation."),
      C("vault", "price_per_tb", M(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month.")],
     archive=True, extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 0006 — London: Insight GA stated too early; a typo'd name in non-claim text -----------
mail(6, "james", "ben", when(2026, 9, 22, 15, 2, 1), "Analytics for Calder Retail",
     "CAE9pQ2v1Lk7+Zr0aYh3sT6wBn4dXc8Jm@mail.gmail.com",
     text_part("""Hi Ben,

Following up on Monday's call about analytics.

Meridian Insight launches in October 2026, so your Q4 reporting can move
across straight away.
Meridian Insight is £25 per user per month.
Meridian Insight comes with a 30-day free trial.

Happy to set up a Meridain Insight demo for your finance team next week.

Cheers,
James

""" + UK_SIG_JAMES),
     [C("insight", "general_availability", "2026-10", "conflict", "Meridian Insight launches in October 2026"),
      C("insight", "per_user_price", M(25, "GBP", "user-month"), "ok", "Meridian Insight is £25 per user per month."),
      C("insight", "free_trial", D(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial.")],
     archive=True)

# 0007 — US HQ, base64 HTML-only, unsubscribe footer ------------------------------------
HTML_0007 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Tom,</p>
<p>Great speaking with you and the infrastructure team. A quick recap of what we covered:</p>
<ul>
<li>Meridian Sync includes 1 TB of storage per user.</li>
<li>Meridian Vault is $20 per TB per month.</li>
<li>Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt.</li>
<li>Meridian Vault has industry-leading encryption at rest.</li>
</ul>
<p>Best,<br>Marcus</p>
<p>Marcus Lee | Senior Account Executive<br>Meridian Data Inc. | T +1 (415) 555-0134 ext. 227</p>
<hr>
<p style="font-size:10px;color:#888">You are receiving this email because you requested information from
Meridian Data Inc. <a href="https://www.meridian-data.com/unsubscribe?u=88213">Unsubscribe</a> &middot;
Meridian Data Inc., 500 Howard Street, Suite 300, San Francisco, CA 94105 &middot; +1 (415) 555-0134</p>
</body></html>
"""
mail(7, "marcus", "tom", when(2026, 9, 29, 13, 25, -7), "Recap: Meridian for Harborview",
     "0100018f3b2a7c1d-4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718-000000@email.amazonses.com",
     text_part(HTML_0007, sub="html", cte="base64"),
     [C("sync", "storage_per_user", 1 * TB, "ok", "Meridian Sync includes 1 TB of storage per user."),
      C("vault", "price_per_tb", M(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
      C("vault", "data_centers", "Tokyo", "ok", "Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt."),
      C("vault", "data_centers", "Osaka", "ok", "Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt."),
      C("vault", "data_centers", "Oregon", "ok", "Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt."),
      C("vault", "data_centers", "Frankfurt", "ok", "Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt."),
      PH("en.superlative", "Meridian Vault has industry-leading encryption at rest.")],
     archive=True, extra=[("List-Unsubscribe", "<https://www.meridian-data.com/unsubscribe?u=88213>")])

# 0008 — Tokyo, UTF-8 quoted-printable: Insight GA, 税込 price, 同製品, 業界初 ----------------
mail(8, "tanaka", "suzuki", when(2026, 10, 1, 10, 48, 9), "メリディアン インサイトのご案内",
     "20261001104812.5B3F.ken.tanaka@jp.meridian-data.com",
     text_part("""鈴木様

いつもお世話になっております。田中です。
メリディアン インサイトについて、社内でご検討いただくための情報をお送りします。

メリディアン インサイトは2027年1月に一般提供を開始する予定です。
メリディアン インサイトは1ユーザーあたり月額4,400円（税込）でご利用いただけます。
同製品の無料トライアル期間は30日間です。
業界初のAI自動分析機能も搭載しております。

ご不明点がございましたら、お気軽にお申し付けください。

""" + JP_SIG_TANAKA, cte="quoted-printable"),
     [C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始する予定です。"),
      C("insight", "per_user_price", M(4400, "JPY", "user-month", "included"), "ok",
        "メリディアン インサイトは1ユーザーあたり月額4,400円（税込）でご利用いただけます。"),
      C("insight", "free_trial", D(30, "days"), "ok", "同製品の無料トライアル期間は30日間です。"),
      PH("ja.first-in-industry", "業界初のAI自動分析機能も搭載しております。")],
     archive=True)

# 0009 — Osaka, UTF-8 8bit, bullets, wrapped claim, 1,000GB, offline claimed -------------
mail(9, "nakamura", "ito", when(2026, 10, 5, 13, 40, 9), "メリディアン・シンクに関するご回答",
     "20261005134007.1E2D.yuki.nakamura@osaka.jp.meridian-data.com",
     text_part("""浪速工業株式会社
伊藤様

お世話になっております。大阪オフィスの中村です。
メリディアン・シンクについて、ご質問への回答をお送りいたします。

・メリディアン・シンクは1ユーザーあたり
　1,000GBのストレージをご利用いただけます。
・メリディアン・シンクの月額料金は50,000円（税抜）です。
・メリディアン・シンクはオフライン環境でもご利用いただけます。
・導入期間：約2〜3週間

以上、よろしくお願いいたします。

""" + JP_SIG_NAKAMURA),
     [C("sync", "storage_per_user", 1 * TB, "ok", "メリディアン・シンクは1ユーザーあたり\n　1,000GBのストレージをご利用いただけます。"),
      C("sync", "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "メリディアン・シンクの月額料金は50,000円（税抜）です。"),
      C("sync", "offline_mode", True, "conflict", "メリディアン・シンクはオフライン環境でもご利用いただけます。")],
     archive=True)

# 0010 — US HQ, text body + text/calendar invite (not checked): RTO (no approved value) ----
ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6
DTSTAMP:20261006T160000Z
DTSTART:20261013T170000Z
DTEND:20261013T174500Z
SUMMARY:Backup walkthrough - Harborview DR team
LOCATION:Zoom https://meridian-data.zoom.us/j/84512345678
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@meridian-data.com
ATTENDEE;CN=Tom Becker;RSVP=TRUE:mailto:tbecker@harborview-health.com
END:VEVENT
END:VCALENDAR
"""
mail(10, "dana", "tom", when(2026, 10, 6, 9, 0, -7), "DR questions + walkthrough invite",
     "BY5PR11MB4182C0FFEE1234567890ABCDEF@BY5PR11MB4182.namprd11.prod.outlook.com",
     multipart("mixed", [
         text_part("""Hi Tom,

Thanks for the questions from your DR team. Short answers below, and I've
attached an invite for the walkthrough (the session takes ~45 minutes).

Meridian Vault has an RTO of 4 hours for a full tenant restore.
Meridian Vault is backed by a 99.95% availability SLA.
Meridian Vault encrypts all backups at rest with AES-256.

Dana

""" + EN_SIG_DANA, cte="7bit", charset="us-ascii"),
         text_part(ICS, sub="calendar", cte="base64", filename="invite.ics", params="; method=REQUEST")],
         "_000_BY5PR11MB4182C0FFEE_"),
     [C("vault", "rto", D(4, "hours"), "unverified", "Meridian Vault has an RTO of 4 hours for a full tenant restore."),
      C("vault", "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA."),
      C("vault", "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256.")],
     archive=True)

# 0011 — London, interleaved reply: only the > lines are quoted -------------------------
mail(11, "olivia", "priya", when(2026, 10, 8, 9, 31, 1), "Re: Vault questions",
     "LO2P265MB3311A9B8C7D6E5F4A3B2C1D0E9@LO2P265MB3311.GBRP265.PROD.OUTLOOK.COM",
     text_part("""Hi Priya,

Answers inline below.

On Wed, 7 Oct 2026 at 16:40, Priya Nair <priya.nair@northwind-logistics.co.uk> wrote:
> Hi Olivia,
>
> Could you confirm the RPO for Meridian Vault?

Meridian Vault delivers an RPO of 1 hour, measured per protected workload.

> And where would our backups be hosted?

Meridian Vault has a data centre in London and one in Frankfurt.

> Thanks,
> Priya

Best,
Olivia

""" + UK_SIG_OLIVIA),
     [C("vault", "rpo", D(1, "hours"), "conflict", "Meridian Vault delivers an RPO of 1 hour, measured per protected workload."),
      C("vault", "data_centers", "London", "conflict", "Meridian Vault has a data centre in London and one in Frankfurt."),
      C("vault", "data_centers", "Frankfurt", "ok", "Meridian Vault has a data centre in London and one in Frankfurt.")],
     archive=True, extra=[("In-Reply-To", "<CAPn4ir0Q1wZ8kLmT5vB2xY7aE3dR6fH9jU@mail.gmail.com>")])

# 0012 — Tokyo, mobile reply (iPhoneから送信) with the whole thread quoted below -----------
mail(12, "sato", "suzuki", when(2026, 10, 9, 10, 32, 9), "Re: Re: メリディアン ボールトについて",
     "3F2A1B0C-9D8E-4F7A-B6C5-D4E3F2A1B0C9@jp.meridian-data.com",
     text_part("""鈴木様

承知いたしました。メリディアン ボールトのバックアップ保持期間は標準で3か月間です。
詳細は週明けにあらためてご連絡いたします。

iPhoneから送信

2026年10月8日(木) 17:05 鈴木 一郎 <i.suzuki@kaede-shoji.co.jp>:
> 佐藤様
>
> ご回答ありがとうございます。
> バックアップの保持期間についても教えていただけますでしょうか。
>
> 2026年10月7日(水) 11:20 佐藤 美咲 <misaki.sato@jp.meridian-data.com>:
>> 鈴木様
>>
>> お世話になっております。佐藤です。
>> メリディアン ボールトのSLAは99.95％です。
>> メリディアン ボールトはAES-256で暗号化して保存します。
>>
>> 佐藤
"""),
     [C("vault", "retention", D(3, "months"), "ok", "メリディアン ボールトのバックアップ保持期間は標準で3か月間です。"),
      C("vault", "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95％です。", quoted=True, office="tokyo"),
      C("vault", "encryption", "AES-256", "ok", "メリディアン ボールトはAES-256で暗号化して保存します。", quoted=True,
        office="tokyo")],
     archive=True, extra=[("X-Mailer", "iPhone Mail (21G93)"),
                          ("In-Reply-To", "<TYCPR01MB8899AB12CD34EF56@TYCPR01MB8899.jpnprd01.prod.outlook.com>")])

# 0013 — Osaka: RPO 15分 (right), a wrong JPY price per TB; ※ note with a date ----------
mail(13, "yamamoto", "ito", when(2026, 10, 12, 15, 12, 9), "メリディアン ボールトのお見積り前提",
     "20261012151244.6C0A.daisuke.yamamoto@osaka.jp.meridian-data.com",
     text_part("""伊藤様

いつもお世話になっております。大阪オフィスの山本です。
メリディアン ボールトのお見積りの前提について、ご連絡いたします。

メリディアン ボールトのRPOは15分です。
メリディアン ボールトの料金は1TBあたり月額2,500円（税抜）でご提供いたします。

※本メールに記載の内容は2026年10月12日時点の情報です。

""" + JP_SIG_YAMAMOTO, charset="iso-2022-jp", cte="7bit"),
     [C("vault", "rpo", D(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分です。"),
      C("vault", "price_per_tb", M(2500, "JPY", "TB-month", "excluded"), "conflict",
        "メリディアン ボールトの料金は1TBあたり月額2,500円（税抜）でご提供いたします。")],
     archive=True, hcs="iso-2022-jp")

# 0014 — Tokyo: 5,000 users restated in autumn = stale; deprecated katakana name ---------
mail(14, "tanaka", "suzuki", when(2026, 10, 14, 11, 5, 9), "メリディアン シンク 追加情報",
     "20261014110533.8E4B.ken.tanaka@jp.meridian-data.com",
     text_part("""鈴木様

お世話になっております。田中です。
メリディアン シンク（旧称：メリディアン ファイルシンク）の件でご連絡いたします。

メリディアン シンクは最大5,000ユーザーまでご利用いただけます。
メリディアン ボールトは1TBあたり月額2,800円（税抜）です。

よろしくお願いいたします。

""" + JP_SIG_TANAKA),
     [C("sync", "max_users", 5000, "stale", "メリディアン シンクは最大5,000ユーザーまでご利用いただけます。"),
      C("vault", "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
        "メリディアン ボールトは1TBあたり月額2,800円（税抜）です。"),
      TERM("sync", "メリディアン シンク（旧称：メリディアン ファイルシンク）")],
     archive=True)

# 0015 — London auto-reply: dates and phone numbers, no claims -------------------------
mail(15, "james", "priya", when(2026, 10, 16, 8, 3, 1), "Automatic reply: Northwind renewal",
     "LO4P265MB5123AUTO0000000000000001@LO4P265MB5123.GBRP265.PROD.OUTLOOK.COM",
     text_part("""Thank you for your email. I am out of the office from 16 to 23 October 2026
with limited access to email, and will reply on my return.

For anything urgent, please contact Olivia Hart on +44 20 7946 0321 or
olivia.hart@uk.meridian-data.com.

James Cole
Meridian Data Ltd | 1 Finsbury Avenue, London EC2M 2PF
"""),
     [], archive=True, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                              ("In-Reply-To", "<CAPn4ir0Q9renewalX2@mail.gmail.com>")])

# 0016 — Tokyo: RTO (no approved value), 税込 price per TB, 絶対 ---------------------------
mail(16, "sato", "suzuki", when(2026, 10, 20, 16, 45, 9), "BCP検討資料（メリディアン ボールト）",
     "20261020164501.0F9C.misaki.sato@jp.meridian-data.com",
     text_part("""鈴木様

お世話になっております。佐藤です。
事業継続計画（BCP）のご検討に関して、メリディアン ボールトの情報をお送りします。

メリディアン ボールトのRTO（目標復旧時間）は1時間です。
メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。
メリディアン ボールトならデータが消えることは絶対にありません。

よろしくお願いいたします。

""" + JP_SIG_SATO, cte="base64"),
     [C("vault", "rto", D(1, "hours"), "unverified", "メリディアン ボールトのRTO（目標復旧時間）は1時間です。"),
      C("vault", "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok",
        "メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。"),
      PH("ja.absolute", "メリディアン ボールトならデータが消えることは絶対にありません。")],
     archive=True)

# 0017 — US HQ: 10,000 users, no offline mode ----------------------------------------
mail(17, "dana", "tom", when(2026, 10, 28, 11, 18, -7), "Rollout plan for the hospital group",
     "CAH7dW1t+rollout2Vd9nXq8m=Lr4uZp0@mail.gmail.com",
     text_part("""Hi Tom,

Following up on the rollout plan for the full hospital group.

Meridian Sync supports up to 10,000 users per organization.
Meridian Sync does not offer an offline mode; clients need a connection to sync.

Pricing on the attached order form is valid for 30 days.

Dana

""" + EN_SIG_DANA),
     [C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization."),
      C("sync", "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode; clients need a connection to sync.")],
     archive=True)

# 0018 — Osaka: 500TB, data centres, full-width SLA; a denied member is no claim --------
mail(18, "nakamura", "ito", when(2026, 11, 2, 10, 20, 9), "メリディアン ボールトの構成について",
     "20261102102033.3A5D.yuki.nakamura@osaka.jp.meridian-data.com",
     text_part("""伊藤様

お世話になっております。中村です。
メリディアン ボールトの構成についてご案内いたします。

メリディアン ボールトは1テナントあたり最大500TBまで保存できます。
メリディアン ボールトのデータセンターは東京と大阪にございます。シンガポールには拠点がございません。
メリディアン ボールトのＳＬＡは９９．９５％です。

よろしくお願いいたします。

""" + JP_SIG_NAKAMURA, cte="quoted-printable"),
     [C("vault", "max_storage", 500 * TB, "ok", "メリディアン ボールトは1テナントあたり最大500TBまで保存できます。"),
      C("vault", "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは東京と大阪にございます。"),
      C("vault", "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは東京と大阪にございます。"),
      C("vault", "sla", 99.95, "ok", "メリディアン ボールトのＳＬＡは９９．９５％です。")],
     archive=True)

# 0019 — US HQ reply with an Outlook block quoting London's wrong claim -----------------
mail(19, "marcus", "priya", when(2026, 11, 10, 8, 55, -8), "RE: Northwind archive sizing",
     "SJ0PR11MB5678DEADBEEF00112233445566@SJ0PR11MB5678.namprd11.prod.outlook.com",
     text_part("""Hi Priya,

I'm covering for Olivia this week. Our solutions engineer will confirm the
exact tenant sizing for your archive by Friday.

Best regards,
Marcus

""" + EN_SIG_MARCUS.replace(SD + "\n", "") + """
-----Original Message-----
From: Olivia Hart <olivia.hart@uk.meridian-data.com>
Sent: Tuesday, November 3, 2026 10:14 AM
To: Priya Nair <priya.nair@northwind-logistics.co.uk>
Subject: Northwind archive sizing

Hi Priya,

Good news on the archive: Meridian Vault scales to 1 PB per tenant.

Kind regards,
Olivia
""", cte="quoted-printable"),
     [C("vault", "max_storage", 1000 * TB, "conflict", "Meridian Vault scales to 1 PB per tenant.", quoted=True,
        office="london")],
     archive=True, cc=["olivia"],
     extra=[("In-Reply-To", "<LO2P265MB3311ARCHIVE0311@LO2P265MB3311.GBRP265.PROD.OUTLOOK.COM>")])

# 0020 — Tokyo: forward of a reply of a forward (three levels) --------------------------
mail(20, "tanaka", "suzuki", when(2026, 11, 12, 13, 30, 9), "Fwd: RE: FW: Meridian Sync certifications for Kaede Shoji",
     "6d1c2b3a-4e5f-4a6b-9c7d-8e9f0a1b2c3d@jp.meridian-data.com",
     text_part("""鈴木様

お世話になっております。田中です。
認証に関するお問い合わせについて、米国本社からの回答を転送いたします。
補足ですが、メリディアン シンクの稼働率SLAは99.9％です。

-------- 転送メッセージ --------
件名: 	RE: FW: Meridian Sync certifications for Kaede Shoji
日付: 	Wed, 11 Nov 2026 09:12:44 -0800
差出人: 	Marcus Lee <marcus.lee@meridian-data.com>
宛先: 	田中 健 <ken.tanaka@jp.meridian-data.com>

Ken,

Thanks for forwarding. Confirming for the customer: Meridian Sync is ISO 27001
certified and we can share our SOC 2 Type II report under NDA.

Marcus

-----Original Message-----
From: 田中 健 <ken.tanaka@jp.meridian-data.com>
Sent: Tuesday, November 10, 2026 5:05 PM
To: Marcus Lee <marcus.lee@meridian-data.com>
Subject: FW: Meridian Sync certifications for Kaede Shoji

Marcus, could you double-check the certification list below before I send
it to the customer?

Ken

---------- Forwarded message ---------
From: James Cole <james.cole@uk.meridian-data.com>
Date: Mon, 9 Nov 2026 at 14:31
Subject: Meridian Sync certifications for Kaede Shoji
To: 田中 健 <ken.tanaka@jp.meridian-data.com>

Hi Ken,

For your customer: Meridian Sync is also ISO 27017 certified.
Meridian Sync comes with a 99.9% uptime SLA.

James
""", cte="base64"),
     [C("sync", "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは99.9％です。"),
      C("sync", "certifications", "ISO 27001", "ok",
        "Meridian Sync is ISO 27001\ncertified and we can share our SOC 2 Type II report under NDA.", quoted=True,
        office="us-hq"),
      C("sync", "certifications", "SOC 2 Type II", "ok",
        "Meridian Sync is ISO 27001\ncertified and we can share our SOC 2 Type II report under NDA.", quoted=True,
        office="us-hq"),
      C("sync", "certifications", "ISO 27017", "conflict", "Meridian Sync is also ISO 27017 certified.", quoted=True,
        office="london"),
      C("sync", "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA.", quoted=True, office="london")],
     archive=True)

# 0021 — London, a .txt proposal attached (a text attachment is checked) -----------------
PROPOSAL_0021 = """MERIDIAN DATA LTD
PROPOSAL FOR NORTHWIND LOGISTICS - REF NW-2026-044 - v2
Page 1 of 3

1. File sharing

Meridian Sync is £329 per month.
Every Meridian Sync user gets 1 TB of storage.

Page 2 of 3

2. Backup and recovery

Meridian Vault retains backups for 90 days by default.
Meridian Vault stores up to 500 TB per tenant.
Meridian Vault is £18 per TB per month.

Page 3 of 3

Contact: Olivia Hart, +44 20 7946 0321. This proposal is valid until
31 December 2026.
"""
mail(21, "olivia", "priya", when(2026, 11, 13, 11, 40, 0), "Northwind proposal v2",
     "LO2P265MB3311PROPOSAL2A4B6C8D0E@LO2P265MB3311.GBRP265.PROD.OUTLOOK.COM",
     multipart("mixed", [
         text_part("""Dear Priya,

Please find attached our proposal for Northwind Logistics
(Northwind-proposal-v2.txt). The PDF version follows on Monday.

Kind regards,
Olivia

""" + UK_SIG_OLIVIA, cte="quoted-printable"),
         text_part(PROPOSAL_0021, cte="base64", filename="Northwind-proposal-v2.txt")],
         "----=_NextPart_000_0021_01DB3F2A.5C6D7E80"),
     [C("sync", "monthly_price", M(329, "GBP", "month"), "ok", "Meridian Sync is £329 per month."),
      C("sync", "storage_per_user", 1 * TB, "ok", "Every Meridian Sync user gets 1 TB of storage."),
      C("vault", "retention", D(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default."),
      C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant."),
      C("vault", "price_per_tb", M(18, "GBP", "TB-month"), "conflict", "Meridian Vault is £18 per TB per month.")],
     archive=True)

# 0022 — US HQ, text body next to a PDF attachment (not checked), bullets --------------
PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R
/Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 58 >> stream
BT /F1 12 Tf 72 720 Td (Order form HV-2026-0412 Page 1 of 1) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""
mail(22, "dana", "tom", when(2026, 11, 16, 10, 5, -8), "Signed order form - Harborview analytics",
     "CAH7dW1t+orderform3sVd9nXq8m=Lr4uZ@mail.gmail.com",
     multipart("mixed", [
         text_part("""Hi Tom,

The signed order form is attached as a PDF. A recap of the analytics terms:

• Meridian Insight is $30 per user per month.
• Meridian Insight returns queries within 2 seconds.
• Meridian Insight supports up to 200 dashboards per workspace.

Dana

""" + EN_SIG_DANA),
         binary_part(PDF, "application/pdf", "HV-2026-0412-order-form.pdf")],
         "000000000000a1b2c3d4e5f60722"),
     [C("insight", "per_user_price", M(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month."),
      C("insight", "query_latency", D(2, "seconds"), "ok", "Meridian Insight returns queries within 2 seconds."),
      C("insight", "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace.")],
     archive=True)

# 0023 — Tokyo: a USD price in a Tokyo mail (office-variant), 税込 price, devices --------
mail(23, "sato", "takahashi", when(2026, 11, 18, 14, 10, 9), "メリディアン シンクのお見積り（両通貨）",
     "20261118141022.7A2E.misaki.sato@jp.meridian-data.com",
     text_part("""高橋様

お世話になっております。メリディアン・データ東京オフィスの佐藤です。
米国本社とのお取引に合わせ、メリディアン シンクの料金を両通貨で記載いたします。

メリディアン シンクの月額料金は55,000円（税込）となります。
メリディアン シンクの月額料金は399米ドルです。
メリディアン シンクは1ユーザーあたり最大5台の端末でご利用いただけます。

よろしくお願いいたします。

""" + JP_SIG_SATO),
     [C("sync", "monthly_price", M(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）となります。"),
      C("sync", "monthly_price", M(399, "USD", "month"), "office-variant", "メリディアン シンクの月額料金は399米ドルです。"),
      C("sync", "max_devices", 5, "unverified", "メリディアン シンクは1ユーザーあたり最大5台の端末でご利用いただけます。")],
     archive=True)

# 0024 — Osaka forwards a Tokyo message as an attachment (message/rfc822) ---------------
INNER_0024 = build("sato", "ito", when(2026, 11, 13, 9, 50, 9), "メリディアン インサイトの仕様",
                   "20261113095017.2B7F.misaki.sato@jp.meridian-data.com",
                   text_part("""伊藤様

お世話になっております。東京オフィスの佐藤です。

メリディアン インサイトのクエリ応答時間は最大2秒です。
メリディアン インサイトでは最大300個のダッシュボードを作成できます。

""" + JP_SIG_SATO, cte="base64"))
mail(24, "yamamoto", "ito", when(2026, 11, 19, 11, 25, 9), "FW: メリディアン インサイトの仕様",
     "20261119112540.9C3B.daisuke.yamamoto@osaka.jp.meridian-data.com",
     multipart("mixed", [
         text_part("""伊藤様

お世話になっております。山本です。
東京オフィスからお送りしたメリディアン インサイトのご案内を添付いたします。
なお、メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。

""" + JP_SIG_YAMAMOTO, charset="iso-2022-jp", cte="7bit"),
         rfc822_part(INNER_0024, "forwarded-message.eml")],
         "Boundary_0024_(ID_k3Jd8Q2mPz)"),
     [C("insight", "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok",
        "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。"),
      C("insight", "query_latency", D(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒です。",
        quoted=True, office="tokyo"),
      C("insight", "max_dashboards", 300, "conflict", "メリディアン インサイトでは最大300個のダッシュボードを作成できます。",
        quoted=True, office="tokyo")],
     archive=True, hcs="iso-2022-jp")

# 0025 — London: short name after the full name; a short name with no full name; typos ---
mail(25, "james", "ben", when(2026, 11, 20, 16, 20, 0), "Follow-up from today",
     "CAE9pQ2v1followupZr0aYh3sT6wBn4dXc8@mail.gmail.com",
     text_part("""Hi Ben,

Thanks for your time today 👍 As discussed, Meridian Sync is £329 per month
for the whole organisation.
Sync runs on Windows, macOS, iOS and Android.

Vault keeps backups for 30 days as standard, so the archive question is one
for our backup team.

I've copied Anna from our meridian sync onboarding team, and the Meridian Snyc
admin guide is on its way.

Cheers,
James

""" + UK_SIG_JAMES),
     [C("sync", "monthly_price", M(329, "GBP", "month"), "ok", "As discussed, Meridian Sync is £329 per month"),
      C("sync", "supported_platforms", "Windows", "ok", "Sync runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "macOS", "ok", "Sync runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "iOS", "ok", "Sync runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "Android", "ok", "Sync runs on Windows, macOS, iOS and Android.")])

# 0026 — US HQ interleaved reply; the customer's reported claim; a denied member -------
mail(26, "dana", "tom", when(2026, 11, 24, 9, 14, -8), "Re: Linux and offline",
     "CAH7dW1t+linuxQ4sVd9nXq8m=Lr4uZ@mail.gmail.com",
     text_part("""Hi Tom,

On Mon, Nov 23, 2026 at 3:02 PM Tom Becker <tbecker@harborview-health.com> wrote:
> Your reseller told us Meridian Sync runs on Linux too.

Meridian Sync does not run on Linux; it runs on Windows, macOS, iOS and Android.

> We need at least 8,000 seats for the merged group.
> Does Meridian Sync support offline mode?

No. Meridian Sync does not offer an offline mode.

Dana

""" + EN_SIG_DANA, cte="quoted-printable"),
     [C("sync", "supported_platforms", "Linux", "conflict", "Your reseller told us Meridian Sync runs on Linux too.",
        quoted=True, office="unknown"),
      C("sync", "supported_platforms", "Windows", "ok",
        "Meridian Sync does not run on Linux; it runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "macOS", "ok",
        "Meridian Sync does not run on Linux; it runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "iOS", "ok",
        "Meridian Sync does not run on Linux; it runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "Android", "ok",
        "Meridian Sync does not run on Linux; it runs on Windows, macOS, iOS and Android."),
      C("sync", "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode.")],
     archive=True, extra=[("In-Reply-To", "<CAKt0mB3ck3rLinux0ff1ine@mail.gmail.com>")])

# 0027 — Osaka: attributes with no approved value; 業界最安 ------------------------------
mail(27, "nakamura", "ito", when(2026, 11, 25, 15, 55, 9), "メリディアン インサイト・ボールト 補足資料",
     "20261125155502.4D8A.yuki.nakamura@osaka.jp.meridian-data.com",
     text_part("""伊藤様

お世話になっております。中村です。
メリディアン インサイトとメリディアン ボールトについて補足いたします。

メリディアン インサイトは30種類以上のデータソースと連携できます。
メリディアン インサイトの稼働率SLAは99.9％です。
メリディアン ボールトはISO 27001認証を取得しています。
業界最安の料金でご提供しております。

よろしくお願いいたします。

""" + JP_SIG_NAKAMURA),
     [C("insight", "integrations", 30, "unverified", "メリディアン インサイトは30種類以上のデータソースと連携できます。"),
      C("insight", "sla", 99.9, "unverified", "メリディアン インサイトの稼働率SLAは99.9％です。"),
      C("vault", "certifications", "ISO 27001", "unverified", "メリディアン ボールトはISO 27001認証を取得しています。"),
      PH("ja.cheapest", "業界最安の料金でご提供しております。")],
     archive=True)

# 0028 — Tokyo: No.1 with a ※ survey note (silent); Linux denied (no claim) ------------
mail(28, "tanaka", "suzuki", when(2026, 11, 26, 10, 15, 9), "メリディアン シンク 製品概要",
     "20261126101509.1F6E.ken.tanaka@jp.meridian-data.com",
     text_part("""鈴木様

お世話になっております。田中です。

メリディアン シンクは国内No.1※のクラウドストレージです。
メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。
メリディアン シンクはLinuxには対応しておりません。

※2026年9月 東京リサーチ調べ（法人向けクラウドストレージ市場）

""" + JP_SIG_TANAKA, charset="iso-2022-jp", cte="7bit"),
     [C("sync", "supported_platforms", "Windows", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。"),
      C("sync", "supported_platforms", "macOS", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。"),
      C("sync", "supported_platforms", "iOS", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。"),
      C("sync", "supported_platforms", "Android", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。")],
     archive=True, hcs="iso-2022-jp")

# 0029 — customer (Japanese): a reported statement is the customer's claim -------------
mail(29, "suzuki", "sato", when(2026, 10, 21, 13, 0, 9), "ユーザー数とオフライン利用について",
     "TYCPR01MB8899CD34EF56AB12@TYCPR01MB8899.jpnprd01.prod.outlook.com",
     text_part("""佐藤様

いつもお世話になっております。楓商事の鈴木です。

御社の代理店から、メリディアン シンクは最大2万ユーザーまで利用できると伺っております。
要件: 5,000名以上
オフラインでの利用は可能でしょうか。

よろしくお願いいたします。

@@SIGDASH@@
楓商事株式会社 情報システム部
鈴木 一郎
TEL 03-5555-0177
""", cte="base64"),
     [C("sync", "max_users", 20000, "conflict", "御社の代理店から、メリディアン シンクは最大2万ユーザーまで利用できると伺っております。",
        office="unknown")],
     archive=True)

# 0030 — customer (English): requirements and questions only, no claims ---------------
mail(30, "tom", "dana", when(2026, 11, 3, 7, 45, -8), "Before Thursday",
     "CAKt0mB3ck3rBeforeThursday01@mail.gmail.com",
     text_part("""Hi Dana,

Ahead of Thursday's call, here is where we landed internally.

Requirements:
• at least 5,000 seats in year one, growing to 8,000
• EU and US data residency
• RPO no worse than 30 minutes

Questions:
1. Does Meridian Sync support 8,000 users on a single tenant?
2. What is the RPO of Meridian Vault?
3. Is Meridian Insight available before January?

Thanks,
Tom

Tom Becker | Director of IT Infrastructure
Harborview Health Partners | 1200 Alaskan Way, Suite 400, Seattle, WA 98101
o: (206) 555-0187 x4402 | m: (206) 555-0123

Sent from Outlook for iOS
"""),
     [])

# 0031 — US HQ, multipart/alternative; strike-through and a corrected value ------------
PLAIN_0031 = """Hi Tom,

One correction to the pricing sheet I sent: Meridian Vault is ~~$25~~ $20 per TB per month.

Also, Meridian Vault retains backups for 90 days by default, not 30 as I wrote last week.

Dana
"""
HTML_0031 = """<html><body>
<p>Hi Tom,</p>
<p>One correction to the pricing sheet I sent: Meridian Vault is <del>$25</del> $20 per TB per month.</p>
<p>Also, Meridian Vault retains backups for 90 days by default, not 30 as I wrote last week.</p>
<p>Dana</p>
</body></html>
"""
mail(31, "dana", "tom", when(2026, 10, 30, 14, 2, -7), "Correction: Vault pricing",
     "CAH7dW1t+correctionsVd9nXq8m=Lr4uZ@mail.gmail.com",
     multipart("alternative", [text_part(PLAIN_0031, cte="quoted-printable"),
                               text_part(HTML_0031, sub="html", cte="base64")], "000000000000f00d0031", preamble=False),
     [C("vault", "price_per_tb", M(20, "USD", "TB-month"), "ok", "Meridian Vault is ~~$25~~ $20 per TB per month."),
      C("vault", "retention", D(90, "days"), "ok",
        "Meridian Vault retains backups for 90 days by default, not 30 as I wrote last week.")])

# 0032 — London: latency promised below the base, a range past the bound; phrases ------
mail(32, "olivia", "ben", when(2026, 10, 27, 11, 30, 0), "Insight performance",
     "LO2P265MB3311PERF0032ABCDEF0123@LO2P265MB3311.GBRP265.PROD.OUTLOOK.COM",
     text_part("""Hi Ben,

A few notes on performance ahead of your board meeting.

Meridian Insight answers queries in less than 1 second on typical workspaces.
In our benchmark, Meridian Insight query latency is 1–3 seconds for the largest models.

We will migrate your reports with zero downtime. You also get unlimited
onboarding sessions in the first month.

Best,
Olivia

""" + UK_SIG_OLIVIA),
     [C("insight", "query_latency", D(1, "seconds"), "conflict",
        "Meridian Insight answers queries in less than 1 second on typical workspaces."),
      C("insight", "query_latency", R(1, 3, "seconds"), "conflict",
        "Meridian Insight query latency is 1–3 seconds for the largest models."),
      PH("en.guarantee", "We will migrate your reports with zero downtime."),
      PH("en.unlimited", "You also get unlimited\nonboarding sessions in the first month.")])

# 0033 — Tokyo: ■ ・ ※ bullets, full-width digits, a 〜 range past the bound ------------
mail(33, "tanaka", "suzuki", when(2026, 11, 4, 17, 20, 9), "ご提案概要の送付",
     "20261104172011.8B1C.ken.tanaka@jp.meridian-data.com",
     text_part("""鈴木様

お世話になっております。田中です。
ご依頼の概要を以下にまとめました🙏

■ご提案概要
・メリディアン シンクは最大１０，０００ユーザーまでご利用いただけます。
・メリディアン シンクの稼働率ＳＬＡは９９．９％です。
・メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。
・メリディアン インサイトのクエリ応答時間は1〜3秒です。
・導入支援期間：２〜３週間（目安）
※お見積りは別途お送りいたします。

""" + JP_SIG_TANAKA, cte="quoted-printable"),
     [C("sync", "max_users", 10000, "ok", "メリディアン シンクは最大１０，０００ユーザーまでご利用いただけます。"),
      C("sync", "sla", 99.9, "ok", "メリディアン シンクの稼働率ＳＬＡは９９．９％です。"),
      C("sync", "certifications", "ISO 27001", "ok", "メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。"),
      C("sync", "certifications", "SOC 2 Type II", "ok", "メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。"),
      C("insight", "query_latency", R(1, 3, "seconds"), "conflict", "メリディアン インサイトのクエリ応答時間は1〜3秒です。")])

# 0034 — US HQ, "Sent from my iPhone", the thread quoted two levels deep --------------
mail(34, "marcus", "tom", when(2026, 11, 5, 10, 20, -8), "Re: Vault retention",
     "A1B2C3D4-E5F6-4789-9ABC-DEF012345634@meridian-data.com",
     text_part("""Yes — Meridian Vault retains backups for 90 days by default.

Sent from my iPhone

On Nov 5, 2026, at 8:12 AM, Tom Becker <tbecker@harborview-health.com> wrote:

> Quick one: how long does Meridian Vault keep backups by default?
>
> On Nov 4, 2026, at 4:30 PM, Marcus Lee <marcus.lee@meridian-data.com> wrote:
>
>> Tom, confirming the numbers from today:
>> Meridian Vault is $20 per TB per month.
>> Meridian Vault encrypts all backups at rest with AES-256.
""", cte="quoted-printable"),
     [C("vault", "retention", D(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default."),
      C("vault", "price_per_tb", M(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month.", quoted=True,
        office="us-hq"),
      C("vault", "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256.", quoted=True,
        office="us-hq")],
     archive=True, extra=[("X-Mailer", "iPhone Mail (22B83)"),
                          ("In-Reply-To", "<CAKt0mB3ck3rQuickOne77@mail.gmail.com>")])

# 0035 — Osaka, EUC-JP (labelled) ---------------------------------------------------
mail(35, "nakamura", "ito", when(2026, 9, 15, 11, 10, 9), "メリディアン・ボールトのデータセンター",
     "20260915111003.5E1A.yuki.nakamura@osaka.jp.meridian-data.com",
     text_part("""伊藤様

お世話になっております。中村です。

メリディアン・ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトにございます。
メリディアン・ボールトはAES-256で暗号化して保存します。

""" + JP_SIG_NAKAMURA, charset="euc-jp", cte="8bit"),
     [C("vault", "data_centers", "Tokyo", "ok", "メリディアン・ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトにございます。"),
      C("vault", "data_centers", "Osaka", "ok", "メリディアン・ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトにございます。"),
      C("vault", "data_centers", "Oregon", "ok", "メリディアン・ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトにございます。"),
      C("vault", "data_centers", "Frankfurt", "ok", "メリディアン・ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトにございます。"),
      C("vault", "encryption", "AES-256", "ok", "メリディアン・ボールトはAES-256で暗号化して保存します。")],
     hcs="iso-2022-jp")

# 0036 — truncated in the header block: unreadable (added after the loop below) ---------
BROKEN_0036 = (b"Return-Path: <misaki.sato@jp.meridian-data.com>\n"
               b"Received: from mail-jp1.meridian-data.com (mail-jp1.meridian-data.com [203.0.113.25])\n"
               b"\tby mx.archive.kaede-shoji.co.jp with ESMTPS id 4f1c9a\n"
               b"\tfor <i.suzuki@kaede-shoji.co.jp>; Tue, 17 Nov 2026 1"
               + b"\x00" * 384 + bytes(range(0x80, 0x100)) + b"\x00" * 128)
UNREADABLE_WHY = ("truncated inside the header block: no From, Date, Message-ID or body; "
                  "the rest of the file is NUL and binary bytes")

# 0037 — Tokyo reply with 「-----元のメッセージ-----」 quoting Osaka's wrong trial length ----
mail(37, "tanaka", "ito", when(2026, 11, 9, 11, 45, 9), "RE: メリディアン インサイトのご案内",
     "20261109114530.2D9E.ken.tanaka@jp.meridian-data.com",
     text_part("""伊藤様

東京オフィスの田中でございます。
中村より先日ご案内した内容に一点誤りがございましたので、訂正いたします。
メリディアン インサイトの無料トライアル期間は30日間です。

よろしくお願いいたします。

""" + JP_SIG_TANAKA.replace(SD + "\n", "") + """
-----元のメッセージ-----
差出人: 中村 由紀 <yuki.nakamura@osaka.jp.meridian-data.com>
送信日時: 2026年11月6日 15:20
宛先: 伊藤 真理 <m.ito@naniwa-kogyo.co.jp>
件名: メリディアン インサイトのご案内

伊藤様

メリディアン インサイトは60日間の無料トライアルをご用意しています。
メリディアン インサイトのクエリ応答時間は最大2秒です。

中村
"""),
     [C("insight", "free_trial", D(30, "days"), "ok", "メリディアン インサイトの無料トライアル期間は30日間です。"),
      C("insight", "free_trial", D(60, "days"), "conflict", "メリディアン インサイトは60日間の無料トライアルをご用意しています。",
        quoted=True, office="osaka"),
      C("insight", "query_latency", D(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒です。",
        quoted=True, office="osaka")])

# 0038 — US HQ: "Page 1 of 3", payment terms, a deprecated name only inside a URL ------
mail(38, "marcus", "tom", when(2026, 11, 11, 13, 40, -8), "Quote Q-2026-1187",
     "SJ0PR11MB5678QUOTE1187AABBCCDDEE@SJ0PR11MB5678.namprd11.prod.outlook.com",
     text_part("""Hi Tom,

Below is the summary of quote Q-2026-1187 (Page 1 of 3 of the PDF version).

Meridian Sync is $399 per month for your whole team.
Meridian Sync comes with a 99.9% uptime SLA.
Meridian Sync holds ISO 27017 certification as well.

If you are migrating from the legacy client, the guide is at
https://docs.meridian-data.com/MeridianFileSync/migration-guide

Payment terms: net 30. Late payments accrue interest at 1.5% per month.
This quote is valid for 30 days from 11 Nov 2026.

Best,
Marcus

""" + EN_SIG_MARCUS + """
CONFIDENTIALITY NOTICE: This message and any attachments are intended only for
the addressee. To unsubscribe from Meridian Data product updates, reply STOP or
visit https://www.meridian-data.com/unsubscribe (allow up to 10 business days).
""", cte="quoted-printable"),
     [C("sync", "monthly_price", M(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for your whole team."),
      C("sync", "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA."),
      C("sync", "certifications", "ISO 27017", "conflict", "Meridian Sync holds ISO 27017 certification as well.")])

# 0039 — London: "10 000" with a space, ISO/IEC alias, #1, the deprecated name -------
mail(39, "james", "ben", when(2026, 11, 17, 10, 10, 0), "Group rollout",
     "CAE9pQ2v1rolloutZr0aYh3sT6wBn4dXc8Jm@mail.gmail.com",
     text_part("""Hi Ben,

Meridian Sync supports up to 10 000 users per organisation, so the group
rollout fits comfortably.
Meridian Sync is ISO/IEC 27001 certified.
Meridian Sync is the #1 file-sharing platform for UK retailers.
(You may still see it called Meridian FileSync in older contracts.)

Cheers,
James

""" + UK_SIG_JAMES),
     [C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10 000 users per organisation"),
      C("sync", "certifications", "ISO 27001", "ok", "Meridian Sync is ISO/IEC 27001 certified."),
      PH("en.superlative", "Meridian Sync is the #1 file-sharing platform for UK retailers."),
      TERM("sync", "(You may still see it called Meridian FileSync in older contracts.)")])

# 0040 — US HQ, multipart/alternative (QP text + base64 HTML): each claim once -------
PLAIN_0040 = """Hi Lena,

Thanks for your interest in analytics for Brightwater.

Meridian Insight will be generally available in January 2027.
Meridian Insight comes with a 30-day free trial.
Meridian Insight is guaranteed to cut your reporting time in half.

Dana
"""
HTML_0040 = """<html><body>
<p>Hi Lena,</p>
<p>Thanks for your interest in analytics for Brightwater.</p>
<p>Meridian Insight will be generally available in January 2027.<br>
Meridian Insight comes with a 30-day free trial.<br>
Meridian Insight is guaranteed to cut your reporting time in half.</p>
<p>Dana</p>
</body></html>
"""
mail(40, "dana", "lena", when(2026, 9, 17, 12, 30, -7), "Meridian Insight for Brightwater",
     "CAH7dW1t+brightwaterVd9nXq8m=Lr4uZ@mail.gmail.com",
     multipart("alternative", [text_part(PLAIN_0040, cte="quoted-printable"),
                               text_part(HTML_0040, sub="html", cte="base64")], "000000000000beef0040", preamble=False),
     [C("insight", "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027."),
      C("insight", "free_trial", D(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial."),
      PH("en.guarantee", "Meridian Insight is guaranteed to cut your reporting time in half.")])

# 0041 — customer (English): reporting what a Meridian colleague said ---------------
mail(41, "priya", "olivia", when(2026, 10, 19, 9, 5, 1), "Retention",
     "CAPn4ir0Q7retentionT5vB2xY7aE3dR6fH9jU@mail.gmail.com",
     text_part("""Thanks Olivia.

For the record, your colleague told us Meridian Vault keeps backups for 30 days by default, which is why we asked.
We need at least 60 days of retention for audit purposes.

Priya

Priya Nair | Head of IT Operations | Northwind Logistics Ltd
Unit 4, Meridian Way, Daventry NN11 8RE | +44 1327 555 014
"""),
     [C("vault", "retention", D(30, "days"), "conflict",
        "your colleague told us Meridian Vault keeps backups for 30 days by default", office="unknown")])

# 0042 — Tokyo: トップシェア with no survey note ---------------------------------------
mail(42, "sato", "suzuki", when(2026, 9, 30, 15, 35, 9), "メリディアン ボールトのご紹介",
     "20260930153518.6F2B.misaki.sato@jp.meridian-data.com",
     text_part("""鈴木様

お世話になっております。佐藤です。

メリディアン ボールトは業界トップシェアを誇るバックアップサービスです。
メリディアン ボールトの標準の保持期間は90日間です。

※価格はすべて税抜表示です。

""" + JP_SIG_SATO, charset="iso-2022-jp", cte="7bit"),
     [C("vault", "retention", D(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間です。"),
      PH("ja.superlative-no1", "メリディアン ボールトは業界トップシェアを誇るバックアップサービスです。")],
     hcs="iso-2022-jp")

# 0043 — Osaka: シンク / ボールト after the full names; spaces around the amount --------
mail(43, "yamamoto", "ito", when(2026, 10, 22, 14, 0, 9), "ご質問への回答（シンク・ボールト）",
     "20261022140009.3C7D.daisuke.yamamoto@osaka.jp.meridian-data.com",
     text_part("""伊藤様

お世話になっております。山本です。
メリディアン シンクとメリディアン・ボールトについて、ご質問の点をまとめました。

メリディアン シンクの月額料金は 50,000 円（税抜）です。
シンクは1ユーザーあたり1TBのストレージをご利用いただけます。
メリディアン・ボールトはAES-256で暗号化して保存します。
ボールトの標準の保持期間は90日間です。

""" + JP_SIG_YAMAMOTO),
     [C("sync", "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は 50,000 円（税抜）です。"),
      C("sync", "storage_per_user", 1 * TB, "ok", "シンクは1ユーザーあたり1TBのストレージをご利用いただけます。"),
      C("vault", "encryption", "AES-256", "ok", "メリディアン・ボールトはAES-256で暗号化して保存します。"),
      C("vault", "retention", D(90, "days"), "ok", "ボールトの標準の保持期間は90日間です。")])

# 0044 — Osaka: (誤)(正) retraction; ChromeOS via the Chromebook alias -----------------
mail(44, "nakamura", "ito", when(2026, 11, 6, 16, 5, 9), "【訂正】メリディアン シンクのストレージ容量",
     "20261106160544.8A0F.yuki.nakamura@osaka.jp.meridian-data.com",
     text_part("""伊藤様

先ほどお送りしたメールに誤りがございました。大変失礼いたしました。
メリディアン シンクのストレージ容量は1ユーザーあたり（誤）100GB（正）1TBです。
メリディアン シンクはChromebookにも対応しています。

""" + JP_SIG_NAKAMURA, cte="base64"),
     [C("sync", "storage_per_user", 1 * TB, "ok", "メリディアン シンクのストレージ容量は1ユーザーあたり（誤）100GB（正）1TBです。"),
      C("sync", "supported_platforms", "ChromeOS", "conflict", "メリディアン シンクはChromebookにも対応しています。")])

# 0045 — US HQ: a value placed in a past period; "a quarter of an hour"; 0.5 PB -------
mail(45, "dana", "lena", when(2026, 9, 24, 10, 45, -7), "Sizing notes",
     "CAH7dW1t+sizingnotesd9nXq8m=Lr4uZ@mail.gmail.com",
     text_part("""Hi Lena,

Some sizing notes for your architecture review.

Until March 2026 the limit was 5,000 users per Meridian Sync organization.
Meridian Sync now supports up to 10,000 users per organization.
With Meridian Vault, data loss is limited to a quarter of an hour (RPO).
Meridian Vault scales to 0.5 PB per tenant.

Dana

""" + EN_SIG_DANA),
     [C("sync", "max_users", 5000, "ok", "Until March 2026 the limit was 5,000 users per Meridian Sync organization.",
        as_of="2026-03-31"),
      C("sync", "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per organization."),
      C("vault", "rpo", D(0.25, "hours"), "ok", "With Meridian Vault, data loss is limited to a quarter of an hour (RPO)."),
      C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault scales to 0.5 PB per tenant.")])

# 0046 — customer (Japanese): questions and a requirement only, no claims -----------
mail(46, "ito", "yamamoto", when(2026, 11, 16, 9, 30, 9), "ご質問",
     "TY4PR01MB1234NANIWA0046ABCD@TY4PR01MB1234.jpnprd01.prod.outlook.com",
     text_part("""山本様

いつもお世話になっております。浪速工業の伊藤です。

メリディアン シンクは2万ユーザーでの利用は可能でしょうか。
要件: 1テナントあたり5,000名以上
メリディアン ボールトのRPOはどの程度でしょうか。

よろしくお願いいたします。
浪速工業株式会社 情報システム課 伊藤 真理
TEL 06-6555-0142
""", charset="iso-2022-jp", cte="7bit"),
     [], hcs="iso-2022-jp")

# --------------------------------------------------------------------- documents
DOCS = []


def doc(path, text, lines):
    office = path.split("/")[1]
    DOCS.append({"file": path, "office": office, "text": text, "lines": lines})


doc("docs/tokyo/kaede-shoji-proposal.md", """# 楓商事株式会社様 クラウド基盤ご提案書

株式会社メリディアン・データ 東京オフィス　2026年11月20日

## メリディアン シンク

- 最大1万ユーザーまでご利用いただけます。
- 1ユーザーあたり1TBのストレージをご利用いただけます。
- 稼働率SLAは99.9％です。

## メリディアン ボールト

| 項目 | 内容 |
|---|---|
| RPO（目標復旧時点） | 15分 |
| 標準の保持期間 | 90日間 |
| データセンター | 東京、大阪 |

## お見積り

金額はすべて税抜です。

| 製品 | 料金 |
|---|---|
| メリディアン シンク（月額） | 50,000円 |
| メリディアン ボールト（1TBあたり月額） | 2,800円 |

どこよりも安い価格でご提案いたします。
""", [
    C("sync", "max_users", 10000, "ok", "- 最大1万ユーザーまでご利用いただけます。"),
    C("sync", "storage_per_user", 1 * TB, "ok", "- 1ユーザーあたり1TBのストレージをご利用いただけます。"),
    C("sync", "sla", 99.9, "ok", "- 稼働率SLAは99.9％です。"),
    C("vault", "rpo", D(15, "minutes"), "ok", "| RPO（目標復旧時点） | 15分 |"),
    C("vault", "retention", D(90, "days"), "ok", "| 標準の保持期間 | 90日間 |"),
    C("vault", "data_centers", "Tokyo", "ok", "| データセンター | 東京、大阪 |"),
    C("vault", "data_centers", "Osaka", "ok", "| データセンター | 東京、大阪 |"),
    C("sync", "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク（月額） | 50,000円 |"),
    C("vault", "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
      "| メリディアン ボールト（1TBあたり月額） | 2,800円 |"),
    PH("ja.cheapest", "どこよりも安い価格でご提案いたします。"),
])

doc("docs/osaka/naniwa-quote.html", """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>浪速工業株式会社様 お見積書</title></head>
<body>
<h1>浪速工業株式会社様 お見積書</h1>
<p>見積番号: OSK-2026-0311／発行日: 2026年11月19日／有効期限: 2026年12月18日</p>
<p>株式会社メリディアン・データ 大阪オフィス　〒530-0001 大阪府大阪市北区梅田2-4-9　TEL 06-6345-0118</p>
<h2>メリディアン インサイト</h2>
<table>
<caption>メリディアン インサイト ご利用料金（金額はすべて税抜）</caption>
<tr><th>プラン</th><th>単価（1ユーザーあたり月額）</th></tr>
<tr><td>スタンダード</td><td>4,000円</td></tr>
</table>
<p>メリディアン インサイトの無料トライアル期間は30日間です。</p>
<p>メリディアン インサイトは2027年1月に一般提供を開始する予定です。</p>
<p>メリディアン インサイトのダッシュボード作成数の上限は<s>500個</s>200個です。</p>
</body>
</html>
""", [
    C("insight", "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok",
      "<tr><td>スタンダード</td><td>4,000円</td></tr>"),
    C("insight", "free_trial", D(30, "days"), "ok", "メリディアン インサイトの無料トライアル期間は30日間です。"),
    C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始する予定です。"),
    C("insight", "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボード作成数の上限は<s>500個</s>200個です。"),
])

doc("docs/london/northwind-proposal.txt", """Meridian Data Ltd
Proposal: backup and file sharing for Northwind Logistics
Reference NW-2026-051 | 20 November 2026 | Page 1 of 2

Backup

Meridian Vault stores up to 500 TB per tenant.
Meridian Vault is £16 per TB per month.
Meridian Vault has an RPO of 15–30 minutes, depending on the workload.
Meridian Vault runs in data centres in Frankfurt and Oregon.

File sharing

Meridian Sync is certified to ISO 27001 and SOC 2 Type II.
Meridian Sync is available on Windows, macOS, iOS, Android and ChromeOS.

Page 2 of 2
This proposal is valid for 30 days. Meridian Data Ltd, company no. 09876543.
""", [
    C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant."),
    C("vault", "price_per_tb", M(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
    C("vault", "rpo", R(15, 30, "minutes"), "conflict", "Meridian Vault has an RPO of 15–30 minutes, depending on the workload."),
    C("vault", "data_centers", "Frankfurt", "ok", "Meridian Vault runs in data centres in Frankfurt and Oregon."),
    C("vault", "data_centers", "Oregon", "ok", "Meridian Vault runs in data centres in Frankfurt and Oregon."),
    C("sync", "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001 and SOC 2 Type II."),
    C("sync", "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified to ISO 27001 and SOC 2 Type II."),
    C("sync", "supported_platforms", "Windows", "ok", "Meridian Sync is available on Windows, macOS, iOS, Android and ChromeOS."),
    C("sync", "supported_platforms", "macOS", "ok", "Meridian Sync is available on Windows, macOS, iOS, Android and ChromeOS."),
    C("sync", "supported_platforms", "iOS", "ok", "Meridian Sync is available on Windows, macOS, iOS, Android and ChromeOS."),
    C("sync", "supported_platforms", "Android", "ok", "Meridian Sync is available on Windows, macOS, iOS, Android and ChromeOS."),
    C("sync", "supported_platforms", "ChromeOS", "conflict",
      "Meridian Sync is available on Windows, macOS, iOS, Android and ChromeOS."),
])

doc("docs/us-hq/harborview-insight-proposal.md", """# Meridian Insight for Harborview Health

Prepared by Meridian Data Inc., San Francisco · 18 November 2026

## Requirements and answers

| Requirement | Meridian Insight |
|---|---|
| Query time under 5 seconds at p95 | Queries return within 2 seconds |
| At least 150 dashboards | Up to 200 dashboards per workspace |
| Trial of at least 14 days | 30-day free trial |
| Uptime | 99.9% uptime SLA |
| Interface languages | Available in 12 languages |

Meridian Insight is $30 per user per month.

<!-- onevoice-disable-next-line en.superlative -->
Meridian Insight is the industry-leading analytics add-on for hospital networks.
""", [
    C("insight", "query_latency", D(2, "seconds"), "ok", "| Query time under 5 seconds at p95 | Queries return within 2 seconds |"),
    C("insight", "max_dashboards", 200, "ok", "| At least 150 dashboards | Up to 200 dashboards per workspace |"),
    C("insight", "free_trial", D(30, "days"), "ok", "| Trial of at least 14 days | 30-day free trial |"),
    C("insight", "sla", 99.9, "unverified", "| Uptime | 99.9% uptime SLA |"),
    C("insight", "ui_languages", 12, "unverified", "| Interface languages | Available in 12 languages |"),
    C("insight", "per_user_price", M(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month."),
])

# an ignored draft (.onevoice.yaml ignores **/drafts/**): its wrong claims are no lines
DRAFT = ("docs/us-hq/drafts/harborview-v0.md", """# DRAFT - do not send

Meridian Insight is $25 per user per month.
Meridian Insight answers queries in under a second.
""")

# --------------------------------------------------------------------- cross-office design
# Real contradictions in the archive (within 45 days) and the pairs that only look different.
DESIGNED_CROSS = {
    ("meridian-vault", "rto", ("tokyo", "us-hq")),              # attribute with no approved value
    ("meridian-vault", "rpo", ("london", "osaka")),             # across units: 1 hour vs 15分
    ("meridian-vault", "max_storage", ("london", "osaka")),     # London's claim quoted in a US reply
    ("meridian-sync", "max_users", ("tokyo", "us-hq")),         # stale 5,000 vs 10,000
    ("meridian-insight", "general_availability", ("london", "tokyo")),
    ("meridian-sync", "offline_mode", ("osaka", "us-hq")),
    ("meridian-vault", "price_per_tb", ("osaka", "tokyo")),     # JPY 2,500 vs 2,800 (and 3,080 税込)
    ("meridian-insight", "max_dashboards", ("tokyo", "us-hq")),  # Tokyo's, inside a message/rfc822
}
# Look different, agree (asserted to produce no line):
AGREE = [
    ("meridian-vault", "retention", ("london", "tokyo")),        # 90 days vs 3か月間
    ("meridian-sync", "storage_per_user", ("osaka", "us-hq")),  # 1 TB vs 1,000GB
    ("meridian-sync", "monthly_price", ("osaka", "tokyo")),     # 50,000円（税抜） vs 55,000円（税込）
    ("meridian-sync", "max_users", ("london", "tokyo")),        # 5,000 in March vs 10,000 in April: each right on its date
]


# --------------------------------------------------------------------- checks and output
def fail(msg):
    sys.exit("generate.py: " + msg)


def decoded_texts(raw, true_charset=None):
    """Every text/plain and text/html part (also inside message/rfc822), decoded."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.get_content_subtype() not in ("plain", "html"):
            continue
        data = part.get_payload(decode=True)
        cs = part.get_content_charset() or true_charset or "us-ascii"
        t = data.decode(CODEC.get(cs, cs))
        out.append(t)
        if part.get_content_subtype() == "html":
            out.append(html.unescape(re.sub(r"<[^>]+>", "", t)))
    return out


def as_of(m):
    return m["date"].date().isoformat()


def claim_line(file, msgid, office, day, x):
    return {"type": "claim", "file": file, "message_id": msgid, "product": x["product"], "attribute": x["attribute"],
            "value": x["value"], "verdict": x["verdict"], "quoted": x["quoted"], "office": x["office"] or office,
            "as_of": x["as_of"] or day, "text": x["text"]}


def finding_line(file, msgid, x):
    return {"type": "finding", "file": file, "message_id": msgid, "kind": x["kind"], "rule": x["rule"],
            "product": x["product"], "quoted": x["quoted"], "text": x["text"]}


def check_verdict(line):
    got = judge(line["product"], line["attribute"], line["value"], line["office"], line["as_of"])
    if got != line["verdict"]:
        fail("%s %s %s %s: labelled %s, base says %s" % (line["file"], line["product"], line["attribute"],
                                                           json.dumps(line["value"], ensure_ascii=False),
                                                           line["verdict"], got))


def mboxrd_escape(raw):
    return re.sub(rb"(?m)^(>*From )", rb">\1", raw)


def mboxrd_unescape(raw):
    return re.sub(rb"(?m)^>(>*From )", rb"\1", raw)


def norm_for_cross(line):
    kind, v = KIND[line["attribute"]], line["value"]
    if kind in ("set",) or (isinstance(v, dict) and "min" in v):
        return None
    if kind == "money":
        amt = v["amount"] / 1.1 if v["currency"] == "JPY" and v.get("tax") == "included" else v["amount"]
        return ("money", v["currency"], v["per"], round(amt, 6))
    if kind == "duration":
        return ("num", v["amount"] * SECS[v["unit"]])
    return ("v", v)


def cross_office(archive_lines, dates):
    """LABELS.md: two offices, same product+attribute, values that cannot both be right, within 45 days."""
    cl = [l for l in archive_lines if l["type"] == "claim" and l["office"] != "unknown" and norm_for_cross(l)]
    found = {}
    for i, a in enumerate(cl):
        for b in cl[i + 1:]:
            if a["office"] == b["office"] or (a["product"], a["attribute"]) != (b["product"], b["attribute"]):
                continue
            na, nb = norm_for_cross(a), norm_for_cross(b)
            if na[:3] != nb[:3] if na[0] == "money" else False:
                continue                                   # prices compare only in one currency and unit
            if na == nb:
                continue
            if a["verdict"] == "ok" and b["verdict"] == "ok":
                continue                                   # each right at its own date
            da, db = dates[a["message_id"]], dates[b["message_id"]]
            if abs((da - db).days) > 45:
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            e = found.setdefault(key, {"files": set(), "values": {}})
            e["files"].update({a["eml"], b["eml"]})
            for x in (a, b):
                e["values"].setdefault(x["office"], x["value"])
    return found


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    expected, archive_lines, dates = [], [], {}
    mails = sorted(MAILS, key=lambda m: m["n"])
    numbers = [m["n"] for m in mails] + [36]
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        fail("message numbers are not 1..N")
    per_file = {}
    for m in mails:
        with open(os.path.join(SET, m["file"]), "wb") as fh:
            fh.write(m["raw"])
        office, day = office_of(m["from"]), as_of(m)
        texts = decoded_texts(m["raw"], m["true_charset"])
        parsed = email.message_from_bytes(m["raw"], policy=email.policy.compat32)
        if parsed["Message-ID"].strip("<> ") != m["msgid"]:
            fail("%s: Message-ID did not survive" % m["file"])
        dates[m["msgid"]] = m["date"].date()
        lines = []
        for x in m["lines"]:
            if not any(x["text"] in t for t in texts):
                fail("%s: excerpt not in decoded text: %r" % (m["file"], x["text"]))
            line = (claim_line(m["file"], m["msgid"], office, day, x) if x["t"] == "claim"
                    else finding_line(m["file"], m["msgid"], x))
            if line["type"] == "claim":
                check_verdict(line)
            lines.append(line)
        per_file[m["file"]] = lines
        expected += lines
    # 0036: unreadable
    with open(os.path.join(SET, "mail/0036.eml"), "wb") as fh:
        fh.write(BROKEN_0036)
    broken = {"type": "finding", "file": "mail/0036.eml", "message_id": None, "kind": "unreadable", "rule": None,
              "product": None, "quoted": False, "text": UNREADABLE_WHY}
    expected.insert(next(i for i, l in enumerate(expected) if l["file"] > "mail/0036.eml"), broken)

    # archive: mboxrd, date order
    arch = sorted((m for m in mails if m["archive"]), key=lambda m: m["date"].astimezone(dt.timezone.utc))
    mbox = b""
    for m in arch:
        u = m["date"].astimezone(dt.timezone.utc)
        mbox += ("From %s %s %s %2d %s\n" % (m["from"], u.strftime("%a"), u.strftime("%b"), u.day,
                                             u.strftime("%H:%M:%S %Y"))).encode("ascii")
        mbox += mboxrd_escape(m["raw"].rstrip(b"\n") + b"\n") + b"\n"
        for l in per_file[m["file"]]:
            a = dict(l, file="mail/archive.mbox")
            archive_lines.append(dict(a, eml=m["file"]))
            expected.append(a)
    with open(os.path.join(SET, "mail/archive.mbox"), "wb") as fh:
        fh.write(mbox)
    chunks = re.split(rb"(?m)^From \S+ [A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}\n", mbox)[1:]
    if len(chunks) != len(arch) or any(mboxrd_unescape(c)[:-1] != m["raw"].rstrip(b"\n") + b"\n"
                                       for c, m in zip(chunks, arch)):
        fail("archive.mbox does not round-trip")

    # documents
    for d in DOCS:
        path = os.path.join(SET, d["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(d["text"])
        for x in d["lines"]:
            if x["text"] not in d["text"]:
                fail("%s: excerpt not in text: %r" % (d["file"], x["text"]))
            line = (claim_line(d["file"], None, d["office"], DOCS_AS_OF, x) if x["t"] == "claim"
                    else finding_line(d["file"], None, x))
            if line["type"] == "claim":
                check_verdict(line)
            expected.append(line)
    path = os.path.join(SET, DRAFT[0])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(DRAFT[1])

    # cross-office
    found = cross_office(archive_lines, dates)
    if set(found) != DESIGNED_CROSS:
        fail("cross-office lines differ from the design:\n  extra %s\n  missing %s"
             % (sorted(set(found) - DESIGNED_CROSS), sorted(DESIGNED_CROSS - set(found))))
    for key in AGREE:
        assert key not in found
    for key in sorted(found):
        product, attribute, offices = key
        expected.append({"type": "cross-office", "product": product, "attribute": attribute, "offices": list(offices),
                         "file": "mail/archive.mbox", "message_files": sorted(found[key]["files"]),
                         "values": {o: found[key]["values"][o] for o in offices}})

    # scoring keys must be unique
    seen = set()
    for l in expected:
        if l["type"] == "claim":
            k = ("c", l["file"], l["message_id"], l["product"], l["attribute"], l["quoted"], l["office"],
                 json.dumps(l["value"], sort_keys=True))
        elif l["type"] == "finding":
            k = ("f", l["file"], l["message_id"], l["kind"], l["rule"], l["product"])
        else:
            k = ("x", l["product"], l["attribute"], tuple(l["offices"]))
        if k in seen:
            fail("duplicate line %s" % (k,))
        seen.add(k)

    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in expected:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(CONFIG)
    write_readme(expected, mails, arch)
    counts = summary(expected)
    print("wrote %d messages (+1 unreadable), archive of %d, %d documents; %s"
          % (len(mails), len(arch), len(DOCS), ", ".join("%s=%d" % kv for kv in counts)))


CONFIG = """# onevoice configuration for evaluation set 8 (SPEC section 6).
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


def summary(expected):
    from collections import Counter
    c = Counter()
    for l in expected:
        if l["type"] == "claim":
            c["claims"] += 1
            c["claim:" + l["verdict"]] += 1
        elif l["type"] == "finding":
            c["finding:" + l["kind"]] += 1
        else:
            c["cross-office"] += 1
    return sorted(c.items())


def write_readme(expected, mails, arch):
    counts = dict(summary(expected))
    eml = [l for l in expected if l["type"] == "claim" and l["file"].endswith(".eml")]
    docs = [l for l in expected if l["type"] == "claim" and l["file"].startswith("docs/")]
    text = """# Evaluation set 8 — messy real mail, English and Japanese

Written %s by a blind set writer (a helper session of the project that read
only `shared/eval/LABELS.md`, `FACTS.md`, `README.md`, `rules/`, `score.py`,
`shared/SPEC.md` and the format of `dev/`; no engine code, no other set).
Generated by `gen/generate.py` (deterministic, stdlib only); do not edit the
outputs by hand — change the generator and run it again.

Documents are judged as of **%s** (`--as-of %s`); emails as of their own
Date header. Labels follow `shared/eval/LABELS.md`; the claims base is
`../../shared/eval/rules` (see `.onevoice.yaml`).

## Emphasis

Mail as it lands in a compliance archive:

- MIME: ISO-2022-JP, EUC-JP, ISO-8859-1 quoted-printable, a Shift_JIS body with
  no charset label (0003), base64 HTML-only mail (0007), multipart/alternative
  with the same claims in both parts (0031, 0040), a text/calendar invite
  (0010) and a PDF (0022) next to the body (neither holds claims), a .txt
  proposal attached (0021; its claims are the sender's), a message/rfc822
  attachment (0024), an auto-reply (0015), mobile replies with the whole thread
  quoted (0012 「iPhoneから送信」, 0034 "Sent from my iPhone"), a forward of a
  reply of a forward (0020), interleaved replies (0011, 0026), and one message
  truncated inside its header block (0036: one `unreadable` finding, no id).
- Writing: typos and casing in product names only in non-claim text (0006,
  0025), short names after the full name (0025 Sync, 0043 シンク/ボールト) and
  one short name with no full name before it (0025 "Vault …": no claim), a
  claim across a hard wrap (0005, 0009, 0020), full-width digits (0003, 0018,
  0033), "10 000" and "£ 329" and " 50,000 円", emoji, •/・/■/※ bullets and
  notes, ranges with – and 〜, (誤)(正) and ~~strike~~ retractions.
- Numbers that are no claims: signatures (phone, fax, extension, 〒 codes,
  company and VAT numbers), "Page 1 of 3", payment terms, disclaimers with
  percentages and dates, unsubscribe footers, customers' requirements and
  questions.
- Verdicts of every kind: ok, conflict, stale (5,000 users in October 2026;
  10,000 users in February 2026), office-variant (a USD price in a Tokyo
  mail), unverified (RTO, devices, integrations, UI languages; SLA of
  Insight, certifications of Vault).
- Cross-office: %d lines in `mail/archive.mbox` (%d messages), including
  one on an attribute with no approved value (Vault RTO), one across units
  (Vault RPO 1 hour vs 15分), one carried by London's claim quoted in a US
  reply (Vault max storage) and one by Tokyo's claim inside a message/rfc822
  attachment (Insight dashboards). Pairs that look different but agree, and
  make no line: Vault retention 90 days vs 3か月間, Sync storage 1 TB vs
  1,000GB, Sync price 50,000円（税抜） vs 55,000円（税込）, and Sync users 5,000
  (Tokyo, March 2026) vs 10,000 (London, April 2026), each right on its own date.

## Counts

- %d messages in `mail/` (%d readable, 1 unreadable), %d of them again in
  `mail/archive.mbox`; %d documents in `docs/` (plus one ignored draft).
- %d claim lines (%d in .eml files, %d in documents, the rest the archive's
  repeats): ok %d, conflict %d, stale %d, office-variant %d, unverified %d.
- Findings: phrase %d, terminology %d, unreadable %d; cross-office %d.

## Judgement calls

- A text/plain attachment (0021) is read like the body: its claims are the
  sender's own, `quoted: false` (the brief of this set; LABELS.md names only
  message/rfc822 attachments).
- The Shift_JIS body with no charset label (0003) is labelled as decoded with
  Shift_JIS. No mislabelled ISO-2022-JP message: LABELS.md does not say which
  decoding a mislabelled part should get.
- Quote headers use the forms LABELS.md lists (`On … wrote:`, `日付 名前 <addr>:`,
  `-----Original Message-----`, `-----元のメッセージ-----`, forward markers); a
  nested quote belongs to the author of its innermost header.
""" % (WRITTEN, DOCS_AS_OF, DOCS_AS_OF, counts.get("cross-office", 0), len(arch), len(mails) + 1, len(mails),
       len(arch), len(DOCS), counts["claims"], len(eml), len(docs), counts.get("claim:ok", 0),
       counts.get("claim:conflict", 0), counts.get("claim:stale", 0), counts.get("claim:office-variant", 0),
       counts.get("claim:unverified", 0), counts.get("finding:phrase", 0), counts.get("finding:terminology", 0),
       counts.get("finding:unreadable", 0), counts.get("cross-office", 0))
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
