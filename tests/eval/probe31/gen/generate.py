#!/usr/bin/env python3
"""Evaluation set 31 for onevoice: plain-text mail from older and unusual clients.

Running this file (re)writes ../mail/*.eml, ../mail/archive.mbox, ../docs/**,
../.onevoice.yaml and ../expected.jsonl. Python 3 stdlib only; deterministic.
Labels follow /work/shared/eval/LABELS.md; see ../README.md for the judgement calls.
"""
import email
import email.policy
import json
import os
import re
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import (C, F, TB, addr, dur, enc_header, excerpt, fill, flowed, headers, html_text,  # noqa: E402
                 jwrap, money, para, qp, unflow)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"

OFFICE_OF = [("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
             ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")]


def office_of(address):
    a = address.lower()
    for suffix, office in OFFICE_OF:
        if a.endswith(suffix):
            return office
    return "unknown"


# ------------------------------------------------------------------ people
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Oyelaran", "m.oyelaran@meridian-data.com")
SARAH = ("Sarah Whitcombe", "sarah.whitcombe@uk.meridian-data.com")
NIGEL = ("Nigel Pryce", "nigel.pryce@uk.meridian-data.com")
SATO = ("佐藤 健二", "k.sato@jp.meridian-data.com")
YAMADA = ("山田 美咲", "misaki.yamada@jp.meridian-data.com")
YAMADA_EN = ("Misaki Yamada", "misaki.yamada@jp.meridian-data.com")
NAKAMURA = ("中村 浩", "h.nakamura@osaka.jp.meridian-data.com")
NAKAMURA_EN = ("Hiroshi Nakamura", "h.nakamura@osaka.jp.meridian-data.com")
PRIYA = ("Priya Raman", "priya@kestrelanalytics.io")
TOMASZ = ("Tomasz Wierzbicki", "tomasz@kestrelanalytics.io")
GRAHAM = ("Graham Ashworth", "g.ashworth@halbrook-logistics.co.uk")
JMARSH = ("James Marsh", "j.marsh@halbrook-logistics.co.uk")
TANAKA = ("田中 誠", "tanaka@hokushin-seiki.co.jp")
ONISHI = ("大西 隆", "onishi@naniwa-butsuryu.co.jp")
BILL = ("Bill Kowalski", "bkowalski@northgate-sys.com")
ELEANOR = ("Eleanor Fenwick", "e.fenwick@fenwick-dunmore.co.uk")
LUCAS = ("Lucas Brandt", "l.brandt@feldmann-werke.de")
TOM = ("Tom Hadley", "tom@hadley-it.co.uk")

MESSAGES = []


def message(key, *, date, sender, mid, raw, labels, archive, envelope=None):
    MESSAGES.append(dict(key=key, date=date, sender=sender, mid=mid, raw=raw, labels=labels,
                         archive=archive, envelope=envelope or sender[1]))


def b(s, charset="ascii"):
    return s.encode(charset)


# ================================================================== 1. Pine, hard-wrapped
SIG_DANA_PINE = """-- 
Dana Whitfield                          Meridian Data, Inc.
Account Executive, West                 500 Howard St, Suite 400
dana.whitfield@meridian-data.com        San Francisco, CA 94105
+1 415 555 0142 (o)                     +1 415 555 0199 (m)"""

P1_PRICE = ("Pricing: Meridian Sync is $399 a month for the whole workspace, billed "
            "annually.  Each Meridian Sync user gets 1 TB of storage, and a single tenant "
            "on the standard annual contract currently holds up to 5,000 users.  Kestrel's "
            "240 seats sit well inside that.")
P1_SLA = ("On uptime: the SLA we sign up to for our file-sharing product Meridian Sync "
          "is 99.9%, with service credits if we ever miss it.")
body1 = para(
    "Priya,",
    "Thanks for the call this morning.  Here is the short version of what we went "
    "over, so your procurement team has it in writing.",
    P1_PRICE,
    P1_SLA,
    "On the deal itself: I can hold the 12% first-year discount we talked about "
    "until January 30, and the order form will list 240 named seats starting "
    "February 2.",
    "I'll send the security pack (ISO and SOC reports) separately once your NDA "
    "is back.",
    "Dana",
    ("raw", SIG_DANA_PINE))
assert "Meridian\nSync is 99.9%" in body1 and "5,000\nusers" in body1, body1
MID1 = "Pine.LNX.4.64.2601140947120.31822@shell.meridian-data.com"
raw1 = headers([
    ("Date", "Wed, 14 Jan 2026 09:47:12 -0800 (PST)"),
    ("From", addr(*DANA)),
    ("To", addr(*PRIYA)),
    ("Subject", "Meridian Sync - summary of this morning's call"),
    ("Message-ID", "<%s>" % MID1),
    ("MIME-Version", "1.0"),
    ("Content-Type", "TEXT/PLAIN; charset=US-ASCII"),
]) + "\n" + body1
message("pine-summary", date="2026-01-14", sender=DANA, mid=MID1, raw=b(raw1), archive=True, labels=[
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 a month"),
    C("sync", "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage"),
    C("sync", "max_users", 5000, "ok", "a single tenant on the standard annual contract currently holds up to 5,000 users"),
    C("sync", "sla", 99.9, "ok", "the SLA we sign up to for our file-sharing product Meridian Sync is 99.9%"),
])

# ================================================================== 2. Mutt, interleaved reply
ATTR_DANA_MUTT = ("On Wed, Jan 14, 2026 at 09:47:12AM -0800, Dana Whitfield "
                  "<dana.whitfield@meridian-data.com> wrote:")
q1 = [l for l in fill(P1_PRICE, 72)]
body2 = "\n".join([
    ATTR_DANA_MUTT,
    "\n".join("> " + l for l in q1[:4]),
    "",
    "Fine on price.  Two questions from our IT lead, Tomasz:",
    "",
    "1. Does Meridian Sync run on Linux?  About 30 of our analysts are on",
    "   Ubuntu 22.04 laptops.",
    "2. Can people keep working offline on a flight and sync when they land?",
    "",
    "\n".join("> " + l for l in fill(P1_SLA, 72)),
    "",
    "Hm.  Tomasz says the Meridian rep he met at a conference last year told",
    "him Meridian Sync had a 99.99% uptime SLA.  Which one goes in the",
    "contract?",
    "",
    "Priya",
    "",
    "-- ",
    "Priya Raman | Head of Operations | Kestrel Analytics",
    "1200 Pearl St, Suite 210, Boulder CO 80302 | +1 303 555 0187",
]) + "\n"
MID2 = "20260115173204.GA14321@kestrelanalytics.io"
raw2 = headers([
    ("Date", "Thu, 15 Jan 2026 10:32:04 -0700"),
    ("From", addr(*PRIYA)),
    ("To", addr(*DANA)),
    ("Subject", "Re: Meridian Sync - summary of this morning's call"),
    ("Message-ID", "<%s>" % MID2),
    ("References", "<%s>" % MID1),
    ("In-Reply-To", "<%s>" % MID1),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=us-ascii"),
    ("Content-Disposition", "inline"),
    ("User-Agent", "Mutt/1.5.21 (2010-09-15)"),
]) + "\n" + body2
message("mutt-questions", date="2026-01-15", sender=PRIYA, mid=MID2, raw=b(raw2), archive=True, labels=[
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 a month",
      quoted=True, office="us-hq"),
    C("sync", "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage",
      quoted=True, office="us-hq"),
    C("sync", "max_users", 5000, "ok", "a single tenant on the standard annual contract currently holds up to 5,000 users", quoted=True, office="us-hq"),
    C("sync", "sla", 99.9, "ok", "Meridian Sync is 99.9%", quoted=True, office="us-hq"),
    C("sync", "sla", 99.99, "conflict", "told him Meridian Sync had a 99.99% uptime SLA"),
])

# ================================================================== 3. Pine again, answers
body3 = "\n".join([
    "On Thu, 15 Jan 2026, Priya Raman wrote:",
    "",
    "> 1. Does Meridian Sync run on Linux?  About 30 of our analysts are on",
    ">    Ubuntu 22.04 laptops.",
    "",
    "Not today, I'm afraid.  Meridian Sync runs on Windows, macOS, iOS and",
    "Android; there is no Linux client on the roadmap I can share.  The",
    "browser app works on any OS, but it doesn't keep a local folder in",
    "sync.",
    "",
    "> 2. Can people keep working offline on a flight and sync when they land?",
    "",
    "No.  Meridian Sync has no offline mode: the desktop client needs a",
    "connection to open and save files.",
    "",
    "> Hm.  Tomasz says the Meridian rep he met at a conference last year told",
    "> him Meridian Sync had a 99.99% uptime SLA.",
    "",
    "That figure isn't one we publish.  The contract SLA for Meridian Sync",
    "is 99.9% monthly uptime, the same number as in my note yesterday.",
    "",
    "Dana",
    "",
    SIG_DANA_PINE,
]) + "\n"
MID3 = "Pine.LNX.4.64.2601151402310.4410@shell.meridian-data.com"
raw3 = headers([
    ("Date", "Thu, 15 Jan 2026 14:02:31 -0800 (PST)"),
    ("From", addr(*DANA)),
    ("To", addr(*PRIYA)),
    ("Cc", addr(*TOMASZ)),
    ("Subject", "Re: Meridian Sync - summary of this morning's call"),
    ("Message-ID", "<%s>" % MID3),
    ("References", "<%s> <%s>" % (MID1, MID2)),
    ("In-Reply-To", "<%s>" % MID2),
    ("MIME-Version", "1.0"),
    ("Content-Type", "TEXT/PLAIN; charset=US-ASCII"),
]) + "\n" + body3
message("pine-answers", date="2026-01-15", sender=DANA, mid=MID3, raw=b(raw3), archive=False, labels=[
    C("sync", "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and\nAndroid"),
    C("sync", "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and\nAndroid"),
    C("sync", "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and\nAndroid"),
    C("sync", "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and\nAndroid"),
    C("sync", "offline_mode", False, "ok", "Meridian Sync has no offline mode"),
    C("sync", "sla", 99.99, "conflict", "him Meridian Sync had a 99.99% uptime SLA", quoted=True,
      office="unknown"),
    C("sync", "sla", 99.9, "ok", "The contract SLA for Meridian Sync is 99.9% monthly uptime"),
])

# ================================================================== 4. Outlook 2003, windows-1252 8bit
SIG_SARAH = """--
Sarah Whitcombe
Senior Account Manager, UK & Ireland
Meridian Data UK Ltd
 _____________________________________________________________
|  30 Finsbury Square, London EC2A 1AG                        |
|  T +44 (0)20 7946 0958   M +44 (0)7700 900 412              |
|  Registered in England & Wales No. 11873402                 |
|  VAT Reg. GB 294 1187 36                                    |
|_____________________________________________________________|"""
P4_VAULT = ("For the warehouse management servers, Meridian Vault is £16 per TB per "
            "month, and Meridian Vault keeps backups for 90 days by default. It would "
            "hold your data in our Frankfurt data centre, with a second copy in Oregon "
            "for disaster recovery.")
P4_SYNC = ("For the office staff, Meridian Sync is £329 per month plus VAT for the "
           "whole workspace, and every Meridian Sync user gets 1 TB of storage.")
P4_DEAL = ("Your current estate is 38 TB across the two sites, so the first invoice "
           "should come to roughly £608 a month before VAT; I’ve attached the "
           "workings. The 1,150 staff figure you mentioned is comfortably inside our "
           "limits, so nothing special is needed there.")
body4_pars = [
    "Dear Graham,",
    "Thank you for your time on Thursday, and please pass my thanks to Joanna "
    "for the tour of the Daventry depot.",
    "As promised, here is where we landed on the two services.",
    P4_VAULT, P4_SYNC, P4_DEAL,
    "From our side, Nigel Pryce will handle the technical onboarding – he’s "
    "copied here and will be in touch about the Frankfurt set-up.",
    ("raw", "Kind regards,\nSarah"),
]
body4 = para(*body4_pars, ("raw", SIG_SARAH))
assert "\nFrom our side" in body4
MID4 = "000801dcd0a1$4f2e8c30$ed8ba490$@uk.meridian-data.com"
raw4 = b(headers([
    ("From", addr(*SARAH)),
    ("To", addr(*GRAHAM)),
    ("Cc", addr(*NIGEL)),
    ("Subject", "Halbrook - Vault and Sync pricing"),
    ("Date", "Mon, 20 Apr 2026 11:32:40 +0100"),
    ("Message-ID", "<%s>" % MID4),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain;\n\tcharset="windows-1252"'),
    ("Content-Transfer-Encoding", "8bit"),
    ("X-Mailer", "Microsoft Office Outlook 11"),
    ("Thread-Index", "AdzQoU8uUeyTTUmpQ8yX1Kx0rqDZsg=="),
    ("Content-Language", "en-gb"),
])) + b"\n" + body4.encode("cp1252")
L4 = [
    C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month"),
    C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
    C("vault", "data_centers", "Frankfurt", "ok", "It would hold your data in our Frankfurt data centre, with a second copy in Oregon"),
    C("vault", "data_centers", "Oregon", "ok", "It would hold your data in our Frankfurt data centre, with a second copy in Oregon"),
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month plus VAT"),
    C("sync", "storage_per_user", 1 * TB, "ok", "every Meridian Sync user gets 1 TB of storage"),
]
message("outlook-halbrook", date="2026-04-20", sender=SARAH, mid=MID4, raw=raw4, archive=True, labels=L4)


def requote(labels, office):
    return [C(next(k for k, v in {"sync": "meridian-sync", "vault": "meridian-vault",
                                  "insight": "meridian-insight"}.items() if v == l.product),
              l.attribute, l.value, l.verdict, l.needle, quoted=True, office=office) for l in labels]


# ================================================================== 5. Outlook Express, iso-8859-1 QP
body5 = para(
    "Sarah,",
    "Thanks - Joanna enjoyed showing you round, and the lads in the yard are "
    "still talking about your boots.",
    "A couple of things from our IT manager before we go to the board on the 5th:",
    ("raw", "\n".join(["- Our auditors were told by another supplier that Meridian Vault has a",
                       "  data centre in London, which would suit us for data residency. Is",
                       "  that right?",
                       "- We would want the recovery time agreed in writing. Your competitor",
                       "  quoted us 4 hours; what does Meridian Vault commit to?",
                       "- Board approval is for 1,150 users and up to 45 TB in year one."])),
    ("raw", "Regards\nGraham"),
    ("raw", "Graham Ashworth\nIT & Facilities Manager\n"
            "Halbrook Logistics Ltd, Unit 7, Swan Valley Way, Northampton NN4 9BD\n"
            "Tel: 01604 555 281   Fax: 01604 555 282   Company No. 04418827"),
    ("raw", "----- Original Message ----- \n"
            'From: "Sarah Whitcombe" <sarah.whitcombe@uk.meridian-data.com>\n'
            'To: "Graham Ashworth" <g.ashworth@halbrook-logistics.co.uk>\n'
            'Cc: "Nigel Pryce" <nigel.pryce@uk.meridian-data.com>\n'
            "Sent: Monday, April 20, 2026 11:32 AM\n"
            "Subject: Halbrook - Vault and Sync pricing\n"),
    ("tight", ("qraw", "> ", body4.rstrip("\n"))),
)
assert "Meridian Vault has a\n  data centre in London" in body5, body5[:600]
MID5 = "002a01c8d4f1$7b3c1e20$6401a8c0@HALBROOKPC14"
raw5 = b(headers([
    ("Message-ID", "<%s>" % MID5),
    ("From", '"Graham Ashworth" <g.ashworth@halbrook-logistics.co.uk>'),
    ("To", '"Sarah Whitcombe" <sarah.whitcombe@uk.meridian-data.com>'),
    ("Cc", '"Nigel Pryce" <nigel.pryce@uk.meridian-data.com>'),
    ("References", "<%s>" % MID4),
    ("Subject", "Re: Halbrook - Vault and Sync pricing"),
    ("Date", "Wed, 22 Apr 2026 16:40:12 +0100"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain;\n\tcharset="iso-8859-1"'),
    ("Content-Transfer-Encoding", "quoted-printable"),
    ("X-Priority", "3"),
    ("X-MSMail-Priority", "Normal"),
    ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
    ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
])) + b"\n" + qp(body5.encode("cp1252"))
message("oe-halbrook", date="2026-04-22", sender=GRAHAM, mid=MID5, raw=raw5, archive=True, labels=[
    C("vault", "data_centers", "London", "conflict",
      "Our auditors were told by another supplier that Meridian Vault has a data centre in London"),
] + requote(L4, "london"))

# ================================================================== 6. Thunderbird 2, format=flowed, iso-8859-1
FL6 = [
    (0, "Hi Graham,"),
    (0, ""),
    (0, "Sarah asked me to pick up the technical points."),
    (0, ""),
    (0, "Graham Ashworth wrote:"),
    (1, "- Our auditors were told by another supplier that Meridian Vault has a"),
    (1, "  data centre in London, which would suit us for data residency. Is"),
    (1, "  that right?"),
    (0, ""),
    (0, "I'm afraid not. Meridian Vault is not hosted in London. Its data centres are in "
        "Tokyo, Osaka, Oregon and Frankfurt, and for a UK customer we would normally put "
        "the primary copy in Frankfurt."),
    (0, ""),
    (1, "- We would want the recovery time agreed in writing. Your competitor"),
    (1, "  quoted us 4 hours; what does Meridian Vault commit to?"),
    (0, ""),
    (0, "Meridian Vault's recovery point objective is 15 minutes, so at most a quarter of "
        "an hour of changes is at risk. We don't publish a contractual RTO yet, and I'd "
        "rather not put a number in writing that the service description doesn't back."),
    (0, ""),
    (0, "On size: Meridian Vault scales to 1 PB per tenant. Your 45 TB for year one is "
        "nowhere near that, so there is nothing to plan for there."),
    (0, ""),
    (0, "For reference, the pricing Sarah sent is below."),
    (0, ""),
    (1, "----- Original Message -----"),
    (1, 'From: "Sarah Whitcombe" <sarah.whitcombe@uk.meridian-data.com>'),
    (1, "Sent: Monday, April 20, 2026 11:32 AM"),
    (1, "Subject: Halbrook - Vault and Sync pricing"),
    (1, ""),
]
FL6 += [(2, l) for l in fill(P4_VAULT, 72)]
FL6 += [
    (0, ""),
    (0, "Best regards,"),
    (0, "Nigel"),
    (0, ""),
    (0, "-- "),
    (0, "Nigel Pryce | Solutions Engineer | Meridian Data UK Ltd"),
    (0, "+44 (0)20 7946 0960 | 30 Finsbury Square, London EC2A 1AG"),
    (0, "Registered in England & Wales No. 11873402"),
]
body6 = flowed(FL6, 72)
MID6 = "4B8E2F1C.6050807@uk.meridian-data.com"
raw6 = b(headers([
    ("Message-ID", "<%s>" % MID6),
    ("Date", "Thu, 23 Apr 2026 09:05:51 +0100"),
    ("From", addr(*NIGEL)),
    ("User-Agent", "Thunderbird 2.0.0.24 (Windows/20100228)"),
    ("MIME-Version", "1.0"),
    ("To", addr(*GRAHAM)),
    ("CC", addr(*SARAH)),
    ("Subject", "Re: Halbrook - Vault and Sync pricing"),
    ("References", "<%s> <%s>" % (MID4, MID5)),
    ("In-Reply-To", "<%s>" % MID5),
    ("Content-Type", "text/plain; charset=ISO-8859-1; format=flowed"),
    ("Content-Transfer-Encoding", "8bit"),
])) + b"\n" + body6.encode("latin-1")
DC6 = "Its data centres are in Tokyo, Osaka, Oregon and Frankfurt"
message("tb2-flowed", date="2026-04-23", sender=NIGEL, mid=MID6, raw=raw6, archive=True, labels=[
    C("vault", "data_centers", "London", "conflict", "Meridian Vault has a data centre in London",
      quoted=True, office="unknown"),
    C("vault", "data_centers", "Tokyo", "ok", DC6),
    C("vault", "data_centers", "Osaka", "ok", DC6),
    C("vault", "data_centers", "Oregon", "ok", DC6),
    C("vault", "data_centers", "Frankfurt", "ok", DC6),
    C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's recovery point objective is 15 minutes"),
    C("vault", "max_storage", 1000 * TB, "conflict", "Meridian Vault scales to 1 PB per tenant"),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month",
      quoted=True, office="london"),
    C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default",
      quoted=True, office="london"),
    C("vault", "data_centers", "Frankfurt", "ok", "It would hold your data in our Frankfurt data centre",
      quoted=True, office="london"),
    C("vault", "data_centers", "Oregon", "ok", "with a second copy in Oregon", quoted=True, office="london"),
])

# ================================================================== 7. Becky!, ISO-2022-JP with half-width katakana
SIG_SATO = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社 東京オフィス
営業部 佐藤 健二 (Kenji Sato)
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F
TEL: 03-5555-0123  FAX: 03-5555-0124
E-mail: k.sato@jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""
J7_USERS = ["ﾒﾘﾃﾞｨｱﾝ ｼﾝｸは、2026年4月の仕様改定により、1テナントあたり最大1万ﾕｰｻﾞｰ",
            "までご利用いただけるようになりました。"]
body7 = "\n".join([
    "株式会社北辰精機",
    "情報システム部 田中様",
    "",
    "いつもお世話になっております。",
    "メリディアン・データの佐藤でございます。",
    "",
    "先日はお打ち合わせのお時間をいただき、誠にありがとうございました。",
    "ご質問いただいた点について、以下のとおりご回答いたします。",
    "",
    "■ご利用人数",
] + J7_USERS + [
    "",
    "■料金",
    "ﾒﾘﾃﾞｨｱﾝ ｼﾝｸの月額料金は50,000円（税抜）でございます。",
    "貴社でご検討中の320名様でのご利用でも、月額料金は変わりません。",
    "",
    "■稼働率",
    "同製品のSLAは月間稼働率99.9%となっております。",
    "",
    "■旧製品からの移行",
    "現在ご利用中の「ﾒﾘﾃﾞｨｱﾝ ﾌｧｲﾙｼﾝｸ」（旧製品名）のデータにつきましては、",
    "弊社にて移行作業を承ります。移行費用はお見積りに含めております。",
    "",
    "お見積書（No.MD-JP-2026-0512）を添付いたしますので、ご査収ください。",
    "ご不明な点がございましたら、お気軽にお問い合わせください。",
    "",
    "よろしくお願いいたします。",
    "",
    SIG_SATO,
]) + "\n"
MID7 = "20260512140312.7C2E.K.SATO@jp.meridian-data.com"
raw7 = b(headers([
    ("Date", "Tue, 12 May 2026 14:03:12 +0900"),
    ("From", addr(*SATO, charset="iso-2022-jp")),
    ("To", addr(*TANAKA, charset="iso-2022-jp")),
    ("Subject", enc_header("メリディアン シンクのご質問への回答", "iso-2022-jp")),
    ("Message-Id", "<%s>" % MID7),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=ISO-2022-JP"),
    ("Content-Transfer-Encoding", "7bit"),
    ("X-Mailer", "Becky! ver. 2.75.03 [ja]"),
])) + b"\n" + body7.encode("iso2022_jp_ext")
L7 = [
    C("sync", "max_users", 10000, "ok", "1テナントあたり最大1万ﾕｰｻﾞｰ"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "ﾒﾘﾃﾞｨｱﾝ ｼﾝｸの月額料金は50,000円（税抜）"),
    C("sync", "sla", 99.9, "ok", "同製品のSLAは月間稼働率99.9%"),
]
message("becky-hankaku", date="2026-05-12", sender=SATO, mid=MID7, raw=raw7, archive=True, labels=L7 + [
    F("terminology", "sync", "ﾒﾘﾃﾞｨｱﾝ ﾌｧｲﾙｼﾝｸ"),
])

# ================================================================== 8. Winbiff, ISO-2022-JP, customer reply
body8 = "\n".join([
    "メリディアン・データ",
    "佐藤様",
    "",
    "お世話になっております。北辰精機の田中です。",
    "早速のご回答ありがとうございました。",
    "",
    "2026/05/12 14:03 佐藤 健二 <k.sato@jp.meridian-data.com>:",
    "> ■ご利用人数",
] + ["> " + l for l in J7_USERS] + [
    "",
    "承知しました。当社の要件は当面400名以下ですので問題ございません。",
    "",
    "1点確認させてください。",
    "設計部の端末はLinux(CentOS)が中心ですが、ﾒﾘﾃﾞｨｱﾝ ｼﾝｸはLinuxでも",
    "利用可能でしょうか。",
    "",
    "また、以前ご提案をいただいた別の販売代理店様からは、ﾒﾘﾃﾞｨｱﾝ ｼﾝｸは",
    "オフライン環境でも編集できると伺っております。こちらも念のため",
    "ご確認いただけますと幸いです。",
    "",
    "以上、よろしくお願いいたします。",
    "",
    "--",
    "田中 誠 (Makoto Tanaka)",
    "株式会社北辰精機 情報システム部",
    "〒950-0087 新潟県新潟市中央区東大通2-4-10",
    "TEL 025-555-0188 (内線 2231)",
]) + "\n"
MID8 = "20260513102144.3F21.TANAKA@hokushin-seiki.co.jp"
raw8 = b(headers([
    ("Date", "Wed, 13 May 2026 10:21:44 +0900"),
    ("From", addr(*TANAKA, charset="iso-2022-jp")),
    ("To", addr(*SATO, charset="iso-2022-jp")),
    ("Subject", enc_header("Re: メリディアン シンクのご質問への回答", "iso-2022-jp")),
    ("Message-Id", "<%s>" % MID8),
    ("In-Reply-To", "<%s>" % MID7),
    ("References", "<%s>" % MID7),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=ISO-2022-JP"),
    ("Content-Transfer-Encoding", "7bit"),
    ("X-Mailer", "Winbiff [Version 2.51 PL2]"),
])) + b"\n" + body8.encode("iso2022_jp_ext")
message("winbiff-reply", date="2026-05-13", sender=TANAKA, mid=MID8, raw=raw8, archive=False, labels=[
    C("sync", "max_users", 10000, "ok", "1テナントあたり最大1万ﾕｰｻﾞｰ", quoted=True, office="tokyo"),
    C("sync", "offline_mode", True, "conflict", "ﾒﾘﾃﾞｨｱﾝ ｼﾝｸは\nオフライン環境でも編集できると伺っております"),
])

# ================================================================== 9. Pegasus Mail, iso-8859-1 QP, mailing list
body9_main = "\n".join([
    "Hello all,",
    "",
    "The summer price list goes out to partners next week. Headline figures for your quotes, all ex VAT:",
    "",
    "  Meridian Sync ......... £329 per month per workspace",
    "  Meridian Vault ........ £16 per TB per month",
    "  Meridian Insight ...... £25 per user per month (from GA)",
    "",
    "A reminder while you are redoing the decks: Meridian Sync supports up to 5,000 users per tenant, so anything larger still needs a second tenant and a word with me first.",
    "",
    "From 1 June the partner margin on Meridian Vault goes up to 22%, which should help on the larger backup deals in the autumn.",
    "",
    "Cheers,",
    "Nigel",
    "",
    "----------------------------------------------------------------------",
    "Nigel Pryce                          Meridian Data UK Ltd",
    "Solutions Engineer                   30 Finsbury Square, London EC2A 1AG",
    "Tel: +44 (0)20 7946 0960             Registered in England No. 11873402",
    "----------------------------------------------------------------------",
]) + "\n"
qp9 = qp(body9_main.encode("latin-1"))
assert b"5,=\n000" in qp9, qp9.decode()
MID9 = "68372A41.14523.2B4C1D@uk.meridian-data.com"
FOOT9 = """_______________________________________________
UK-Partners mailing list
UK-Partners@lists.meridian-data.com
https://lists.meridian-data.com/mailman/listinfo/uk-partners
Partner desk: +44 (0)20 7946 0900 (Mon-Fri 09:00-17:30)
"""
BND9 = "===============7043381729126051262=="
raw9 = b(headers([
    ("Return-Path", "<uk-partners-bounces@lists.meridian-data.com>"),
    ("From", '"Nigel Pryce" <nigel.pryce@uk.meridian-data.com>'),
    ("Organization", "Meridian Data UK Ltd"),
    ("To", "uk-partners@lists.meridian-data.com"),
    ("Date", "Thu, 28 May 2026 15:20:33 +0100"),
    ("MIME-Version", "1.0"),
    ("Subject", "[UK-Partners] Summer price list and Sync limits"),
    ("Priority", "normal"),
    ("X-mailer", "Pegasus Mail for Windows (4.73.639)"),
    ("Message-ID", "<%s>" % MID9),
    ("X-BeenThere", "uk-partners@lists.meridian-data.com"),
    ("X-Mailman-Version", "2.1.39"),
    ("Precedence", "list"),
    ("List-Id", "UK reseller partners <uk-partners.lists.meridian-data.com>"),
    ("List-Unsubscribe", "<https://lists.meridian-data.com/mailman/options/uk-partners>,\n"
                         "\t<mailto:uk-partners-request@lists.meridian-data.com?subject=unsubscribe>"),
    ("List-Post", "<mailto:uk-partners@lists.meridian-data.com>"),
    ("Sender", '"UK-Partners" <uk-partners-bounces@lists.meridian-data.com>'),
    ("Content-Type", 'multipart/mixed; boundary="%s"' % BND9),
])) + b"\n" + b("--%s\nContent-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: "
                 "quoted-printable\nContent-Description: Mail message body\n\n" % BND9) + qp9 + \
    b("\n--%s\nContent-Type: text/plain; charset=\"us-ascii\"\nMIME-Version: 1.0\n"
      "Content-Transfer-Encoding: 7bit\nContent-Disposition: inline\n\n%s\n--%s--\n" % (BND9, FOOT9, BND9))
message("pegasus-list", date="2026-05-28", sender=NIGEL, mid=MID9, raw=raw9, archive=True, labels=[
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync ......... £329 per month per workspace"),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault ........ £16 per TB per month"),
    C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
      "Meridian Insight ...... £25 per user per month"),
    C("sync", "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per tenant"),
])

# ================================================================== 10. AL-Mail32, ISO-2022-JP, wrapped at 72 columns mid-word
J10 = [
    "株式会社なにわ物流",
    "情報システム課 大西様",
    "",
    "いつも大変お世話になっております。",
    "メリディアン・データ大阪オフィスの中村でございます。",
    "",
    "先般お問い合わせいただきましたバックアップサービスについて、概要をご案内申し上げます。",
    "",
    "弊社のバックアップサービス、メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）で、標準の保持期間は90日間でございます。",
    "同製品のRPO（目標復旧時点）は15分です。",
    "お預かりしたデータの保管場所と暗号化の方式につきましては、メリディアン ボールトのデータは東京と大阪のデータセンターに保管され、保存時はAES-256で暗号化されます。",
    "また、同製品の稼働率は99.99%でございます。",
    "同製品は1テナントあたり最大500TBまで保存できます。貴社の現行データ量（約62TB）であれば十分に余裕がございます。",
    "",
    "メリディアン ボールトは業界No.1の復旧速度を誇るサービスとして、関西の物流各社様にもご好評をいただいております。",
    "",
    "お見積りの有効期限は2026年6月30日までとなっております。",
    "ご検討のほど、よろしくお願い申し上げます。",
]
lines10 = []
for p in J10:
    lines10 += jwrap(p, 72) if p else [""]
body10 = "\n".join(lines10 + [
    "",
    "==================================================",
    " メリディアン・データ株式会社 大阪オフィス",
    " 営業部 中村 浩",
    " 〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F",
    " TEL 06-6555-0170 / FAX 06-6555-0171",
    "==================================================",
]) + "\n"
assert "2,\n800" in body10, body10
assert "メリディアン\nボールト" in body10 or "メリディアン \nボールト" in body10 or "メリディアン\n ボールト" in body10, body10
MID10 = "20260603111502.0042.H.NAKAMURA@osaka.jp.meridian-data.com"
raw10 = b(headers([
    ("Message-Id", "<%s>" % MID10),
    ("From", addr(*NAKAMURA, charset="iso-2022-jp")),
    ("To", addr(*ONISHI, charset="iso-2022-jp")),
    ("Subject", enc_header("メリディアン ボールトのご案内", "iso-2022-jp")),
    ("Date", "Wed, 03 Jun 2026 11:15:02 +0900"),
    ("X-Mailer", "AL-Mail32 Version 1.13"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=iso-2022-jp"),
    ("Content-Transfer-Encoding", "7bit"),
])) + b"\n" + body10.encode("iso2022_jp_ext")
DC10 = "メリディアン ボールトのデータは東京と大阪のデータセンターに保管され"
message("almail-wrapped", date="2026-06-03", sender=NAKAMURA, mid=MID10, raw=raw10, archive=True, labels=[
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "1TBあたり月額2,800円（税抜）"),
    C("vault", "retention", dur(90, "days"), "ok", "標準の保持期間は90日間"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "同製品のRPO（目標復旧時点）は15分です。"),
    C("vault", "data_centers", "Tokyo", "ok", DC10),
    C("vault", "data_centers", "Osaka", "ok", DC10),
    C("vault", "encryption", "AES-256", "ok", "保存時はAES-256で暗号化されます"),
    C("vault", "sla", 99.99, "conflict", "同製品の稼働率は99.99%"),
    C("vault", "max_storage", 500 * TB, "ok", "同製品は1テナントあたり最大500TBまで保存できます。"),
    F("phrase", "ja.superlative-no1", "業界No.1の復旧速度"),
])

# ================================================================== 11. Outlook 16 (JP), ISO-2022-JP, -----Original Message-----
body11 = "\n".join([
    "大西様",
    "",
    "お世話になっております。メリディアン・データの中村です。",
    "ご質問いただきました件、以下のとおりご回答申し上げます。",
    "",
    "メリディアン ボールトのRTO（目標復旧時間）につきましては、現時点で公表している数値はございません。",
    "個別のご要件を伺ったうえで、復旧手順とあわせてご説明させていただければと存じます。",
    "",
    "なお、先日のメールでメリディアン ボールトの稼働率を99.99%とご案内いたしましたが、正しくは99.95%でございます。大変失礼いたしました。",
    "",
    "引き続きよろしくお願いいたします。",
    "",
    "中村",
    "",
    "-----Original Message-----",
    "From: 大西 隆 <onishi@naniwa-butsuryu.co.jp> ",
    "Sent: Thursday, June 4, 2026 6:12 PM",
    "To: 中村 浩 <h.nakamura@osaka.jp.meridian-data.com>",
    "Subject: RE: メリディアン ボールトのご案内",
    "",
    "中村様",
    "",
    "ご案内ありがとうございます。",
    "他社からは、メリディアン ボールトのRTOは1時間と伺っております。御社の場合はいかがでしょうか。",
    "弊社の要件としては、バックアップの保持期間は最低1年が必要です。",
    "",
    "大西",
]) + "\n"
MID11 = "TYCPR01MB8823F1A2B3C4D5E6F7A8B9C0D1E2F3@TYCPR01MB8823.jpnprd01.prod.outlook.com"
raw11 = b(headers([
    ("From", addr(*NAKAMURA, charset="iso-2022-jp")),
    ("To", addr(*ONISHI, charset="iso-2022-jp")),
    ("Subject", enc_header("RE: メリディアン ボールトのご案内", "iso-2022-jp")),
    ("Thread-Topic", enc_header("メリディアン ボールトのご案内", "iso-2022-jp")),
    ("Date", "Fri, 5 Jun 2026 00:40:20 +0000"),
    ("Message-ID", "<%s>" % MID11),
    ("References", "<%s>" % MID10),
    ("Accept-Language", "ja-JP, en-US"),
    ("Content-Language", "ja-JP"),
    ("X-MS-Has-Attach", ""),
    ("Content-Type", 'text/plain; charset="iso-2022-jp"'),
    ("Content-Transfer-Encoding", "7bit"),
    ("MIME-Version", "1.0"),
])) + b"\n" + body11.encode("iso2022_jp_ext")
message("outlook-jp-original", date="2026-06-05", sender=NAKAMURA, mid=MID11, raw=raw11, archive=False, labels=[
    C("vault", "sla", 99.95, "ok", "正しくは99.95%でございます"),
    C("vault", "rto", dur(1, "hours"), "unverified", "メリディアン ボールトのRTOは1時間と伺っております",
      quoted=True, office="unknown"),
])

# ================================================================== 12. Claris Emailer (classic Mac OS): bare CR line ends
body12 = para(
    "Priya,",
    "Following up on Meridian Insight, since Dana mentioned your analysts are keen to "
    "try it before the budget round.",
    "Meridian Insight is in beta today and becomes generally available in January 2027. "
    "Meridian Insight will be $30 per user per month at GA, with the beta free until then.",
    "You can start a 30-day free trial of Meridian Insight whenever suits you; I just need "
    "the names of the first few users.",
    "Meridian Insight answers most queries in under a second on workspaces your size. Each "
    "Meridian Insight workspace takes up to 200 dashboards.",
    ("raw", "Best,\nMarcus"),
    ("raw", "Marcus Oyelaran\nSolutions Consultant, Meridian Data, Inc.\n"
            "500 Howard St, Suite 400, San Francisco CA 94105\n415.555.0163"),
)
MID12 = "l03130300b6e1f0a2c3d4@[192.168.10.77]"
raw12 = headers([
    ("Message-Id", "<%s>" % MID12),
    ("Mime-Version", "1.0"),
    ("Content-Type", 'text/plain; charset="us-ascii"'),
    ("Date", "Wed, 10 Jun 2026 15:22:00 -0700"),
    ("To", addr(*PRIYA)),
    ("From", addr(*MARCUS)),
    ("Subject", "Meridian Insight trial"),
    ("X-Mailer", "Claris Emailer 2.0v3, January 22, 1998"),
]) + "\n" + body12
raw12 = raw12.replace("\n", "\r").encode("ascii")
message("emailer-bare-cr", date="2026-06-10", sender=MARCUS, mid=MID12, raw=raw12, archive=False, labels=[
    C("insight", "general_availability", "2027-01", "ok", "becomes generally available in January 2027"),
    C("insight", "per_user_price", money(30, "USD", "user-month"), "ok",
      "Meridian Insight will be $30 per user per month"),
    C("insight", "free_trial", dur(30, "days"), "ok", "a 30-day free trial of Meridian Insight"),
    C("insight", "query_latency", dur(1, "seconds"), "conflict",
      "Meridian Insight answers most queries in under a second"),
    C("insight", "max_dashboards", 200, "ok", "Meridian Insight workspace takes up to 200 dashboards"),
])

# ================================================================== 13. Mailman MIME digest (multipart/digest)
D1_BODY = para(
    "All,",
    "A reminder for partners still using the spring slide deck: since 1 April, "
    "Meridian Sync supports up to 10,000 users per tenant, not the old 5,000. Please "
    "update page 4 of the deck before you send it on.",
    "The UK price is unchanged: Meridian Sync is £329 per month.",
    ("raw", "Nigel"),
    ("raw", "-- \nNigel Pryce | Solutions Engineer | Meridian Data UK Ltd\n+44 (0)20 7946 0960"),
)
D1 = b(headers([
    ("Message-ID", "<4C2A81F0.9010302@uk.meridian-data.com>"),
    ("Date", "Fri, 12 Jun 2026 16:02:10 +0100"),
    ("From", addr(*NIGEL)),
    ("To", "meridian-partners@lists.meridian-data.com"),
    ("Subject", "[Meridian-partners] Sync user limit for the UK price list"),
    ("Content-Type", "text/plain; charset=ISO-8859-1"),
    ("Content-Transfer-Encoding", "quoted-printable"),
    ("MIME-Version", "1.0"),
])) + b"\n" + qp(D1_BODY.encode("latin-1"))
D2_BODY = para(
    "Hello everyone,",
    "For the partner deck, please use the figures in the service description: "
    "Meridian Vault has an RPO of 15 minutes and keeps backups for 90 days by default.",
    ("raw", "Best regards,\nHiroshi Nakamura\nMeridian Data K.K., Osaka Office\n"
            "Tel +81-6-6555-0170"),
)
D2 = b(headers([
    ("Message-Id", "<20260613094511.0077.H.NAKAMURA@osaka.jp.meridian-data.com>"),
    ("Date", "Sat, 13 Jun 2026 09:45:11 +0900"),
    ("From", addr(*NAKAMURA_EN)),
    ("To", "meridian-partners@lists.meridian-data.com"),
    ("Subject", "Re: [Meridian-partners] Vault recovery figures for partner decks"),
    ("Content-Type", "text/plain; charset=us-ascii"),
    ("Content-Transfer-Encoding", "7bit"),
    ("MIME-Version", "1.0"),
])) + b"\n" + b(D2_BODY)
D3_BODY = para(
    "Thanks Hiroshi.  Related question while we are at it: we have been telling "
    "prospects that Meridian Sync works offline, and one of them now wants that in "
    "writing.  Can someone from Meridian confirm before Friday?",
    ("raw", "Tom"),
    ("raw", "--\nHadley IT Services Ltd | 14 Mill Lane, Leeds LS12 6AB\n"
            "0113 555 0172 | Company No. 08811247 | VAT GB 188 2231 07"),
)
D3 = b(headers([
    ("Message-ID", "<CAF3x9q0Lm2N7r@mail.hadley-it.co.uk>"),
    ("Date", "Sun, 14 Jun 2026 20:11:48 +0100"),
    ("From", addr(*TOM)),
    ("To", "meridian-partners@lists.meridian-data.com"),
    ("Subject", "Re: [Meridian-partners] Vault recovery figures for partner decks"),
    ("Content-Type", "text/plain; charset=us-ascii"),
    ("MIME-Version", "1.0"),
])) + b"\n" + b(D3_BODY)
BO = "===============1781524803=="
BI = "===============0458217739=="
TOC13 = """Send Meridian-partners mailing list submissions to
	meridian-partners@lists.meridian-data.com

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.meridian-data.com/mailman/listinfo/meridian-partners
or, via email, send a message with subject or body 'help' to
	meridian-partners-request@lists.meridian-data.com

You can reach the person managing the list at
	meridian-partners-owner@lists.meridian-data.com

When replying, please edit your Subject line so it is more specific
than "Re: Contents of Meridian-partners digest..."


Today's Topics:

   1. Sync user limit for the UK price list (Nigel Pryce)
   2. Re: Vault recovery figures for partner decks (Hiroshi Nakamura)
   3. Re: Vault recovery figures for partner decks (Tom Hadley)
"""
FOOT13 = """_______________________________________________
Meridian-partners mailing list
meridian-partners@lists.meridian-data.com
https://lists.meridian-data.com/mailman/listinfo/meridian-partners
Partner portal: https://partners.meridian-data.com | Partner desk +1 415 555 0100


End of Meridian-partners Digest, Vol 3, Issue 14
************************************************
"""
MID13 = "mailman.1843.1781524803.2291.meridian-partners@lists.meridian-data.com"
raw13 = b(headers([
    ("From", "meridian-partners-request@lists.meridian-data.com"),
    ("Subject", "Meridian-partners Digest, Vol 3, Issue 14"),
    ("To", "meridian-partners@lists.meridian-data.com"),
    ("Reply-To", "meridian-partners@lists.meridian-data.com"),
    ("Date", "Mon, 15 Jun 2026 12:00:03 +0000"),
    ("Message-ID", "<%s>" % MID13),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/mixed; boundary="%s"' % BO),
    ("X-BeenThere", "meridian-partners@lists.meridian-data.com"),
    ("X-Mailman-Version", "2.1.39"),
    ("Precedence", "list"),
    ("List-Id", "Meridian reseller partners <meridian-partners.lists.meridian-data.com>"),
    ("Errors-To", "meridian-partners-bounces@lists.meridian-data.com"),
    ("Sender", '"Meridian-partners" <meridian-partners-bounces@lists.meridian-data.com>'),
])) + b"\n"
raw13 += b("--%s\nContent-Type: text/plain; charset=\"us-ascii\"\nMIME-Version: 1.0\n"
           "Content-Transfer-Encoding: 7bit\nContent-Description: Meridian-partners Digest, Vol 3, "
           "Issue 14\n\n%s\n--%s\nContent-Type: multipart/digest; boundary=\"%s\"\nMIME-Version: 1.0\n\n"
           % (BO, TOC13, BO, BI))
for part in (D1, D2, D3):
    raw13 += b("--%s\nContent-Type: message/rfc822\nMIME-Version: 1.0\n\n" % BI) + part + b"\n"
raw13 += b("--%s--\n\n--%s\nContent-Type: text/plain; charset=\"us-ascii\"\nMIME-Version: 1.0\n"
           "Content-Transfer-Encoding: 7bit\nContent-Description: Digest Footer\n\n%s\n--%s--\n"
           % (BI, BO, FOOT13, BO))
message("mailman-digest", date="2026-06-15", sender=("Meridian-partners", "meridian-partners-request@lists.meridian-data.com"),
        mid=MID13, raw=raw13, archive=True, envelope="meridian-partners-bounces@lists.meridian-data.com", labels=[
    C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant",
      quoted=True, office="london"),
    C("sync", "monthly_price", money(329, "GBP", "month"), "ok", "Meridian Sync is £329 per month",
      quoted=True, office="london"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault has an RPO of 15 minutes",
      quoted=True, office="osaka"),
    C("vault", "retention", dur(90, "days"), "ok", "keeps backups for 90 days by default",
      quoted=True, office="osaka"),
    C("sync", "offline_mode", True, "conflict", "we have been telling prospects that Meridian Sync works offline",
      quoted=True, office="unknown"),
])

# ================================================================== 14. Windows Live Mail, CRLF line ends
body14 = flowed([(0, l) for l in """Dear Bill,

Thank you for introducing Northgate's Tokyo subsidiary to us last week.

For the Tokyo team, Meridian Vault is ¥2,800 per TB per month, excluding consumption \
tax. For reference, our US list price for Meridian Vault is US$20 per TB per month, \
so the two are roughly in line at today's exchange rate.

Meridian Vault encrypts every backup at rest with AES-256, and the subsidiary's data \
would stay in our Tokyo data center.

The subsidiary has about 14 TB today and expects 25 TB by next March; we would invoice \
them monthly in yen from our Tokyo office.

Best regards,
Misaki

-- 
Misaki Yamada
Meridian Data K.K. | Tokyo Office
Marunouchi Kitaguchi Bldg 12F, 1-6-5 Marunouchi, Chiyoda-ku, Tokyo 100-0005
Tel +81-3-5555-0131 | Fax +81-3-5555-0124
Meridian Sync | 1 TB per user | 99.9% uptime SLA""".split("\n")], 72)
MID14 = "8F2C1A9E4B7D4E31A0C6BB91@MISAKIPC"
raw14 = headers([
    ("From", addr(*YAMADA_EN)),
    ("To", addr(*BILL)),
    ("Subject", "Meridian Vault for Northgate Japan"),
    ("Date", "Thu, 18 Jun 2026 17:40:09 +0900"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain;\n\tformat=flowed;\n\tcharset="utf-8";\n\treply-type=original'),
    ("Content-Transfer-Encoding", "8bit"),
    ("X-Priority", "3"),
    ("X-MSMail-Priority", "Normal"),
    ("Importance", "Normal"),
    ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
    ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331"),
    ("Message-ID", "<%s>" % MID14),
]) + "\n" + body14
raw14 = raw14.replace("\n", "\r\n").encode("utf-8")
message("wlm-crlf", date="2026-06-18", sender=YAMADA_EN, mid=MID14, raw=raw14, archive=True, labels=[
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "Meridian Vault is ¥2,800 per TB per month, excluding consumption tax"),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "office-variant",
      "our US list price for Meridian Vault is US$20 per TB per month"),
    C("vault", "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with AES-256"),
    C("vault", "data_centers", "Tokyo", "ok", "would stay in our Tokyo data center"),
])

# ================================================================== 15. Outlook 2003, windows-1252 8bit (Insight)
body15 = para(
    "Dear Eleanor,",
    "Thank you for the call this morning, and for the tour of the new offices on "
    "Colmore Row.",
    "Meridian Insight is in beta at the moment and becomes generally available in "
    "January 2027; the price at launch will be £25 per user per month.",
    "Meridian Insight comes with a 14-day free trial, so your partners can try it on "
    "real matters before you commit. Meridian Insight also holds ISO 27001 "
    "certification, which I know your risk committee will ask about.",
    "For the firm’s 85 fee earners the monthly bill would be a little over £2,100 at "
    "list, VAT on top. It’s the number one request we hear from law firms at the "
    "moment, so I expect the trial slots to go quickly.",
    ("raw", "Kind regards,\nSarah"),
    ("raw", "Sarah Whitcombe · Senior Account Manager, UK & Ireland\n"
            "Meridian Data UK Ltd · 30 Finsbury Square, London EC2A 1AG · +44 (0)20 7946 0958\n"
            "Registered in England & Wales No. 11873402 · VAT Reg. GB 294 1187 36"),
)
MID15 = "001c01dd08f2$3a7b5e10$af1218f0$@uk.meridian-data.com"
raw15 = b(headers([
    ("From", addr(*SARAH)),
    ("To", addr(*ELEANOR)),
    ("Subject", "Meridian Insight for Fenwick & Dunmore"),
    ("Date", "Tue, 30 Jun 2026 12:44:02 +0100"),
    ("Message-ID", "<%s>" % MID15),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain;\n\tcharset="windows-1252"'),
    ("Content-Transfer-Encoding", "8bit"),
    ("X-Mailer", "Microsoft Office Outlook 11"),
    ("Content-Language", "en-gb"),
])) + b"\n" + body15.encode("cp1252")
message("outlook-insight-uk", date="2026-06-30", sender=SARAH, mid=MID15, raw=raw15, archive=True, labels=[
    C("insight", "general_availability", "2027-01", "ok", "becomes generally available in\nJanuary 2027"),
    C("insight", "per_user_price", money(25, "GBP", "user-month"), "ok", "the price at launch will be £25 per user per month"),
    C("insight", "free_trial", dur(14, "days"), "conflict", "Meridian Insight comes with a 14-day free trial"),
    C("insight", "certifications", "ISO 27001", "unverified", "Meridian Insight also holds ISO 27001\ncertification"),
])

# ================================================================== 16. Postfix bounce (multipart/report) quoting the original
ORIG16_BODY = para(
    "Dear Graham, dear James,",
    "Following Tuesday's board decision, a short summary for your files.",
    "Meridian Sync supports up to 10,000 users per tenant, and each Meridian Sync user "
    "has 1 TB of storage. All 1,150 of your staff will sit on one tenant. Meridian Sync "
    "stays at £329 per month plus VAT for the workspace.",
    "Meridian Vault: backups are kept for 90 days by default, and the primary copy of your "
    "data sits in our Frankfurt data centre.",
    "Contract start is 1 August 2026; the first invoice will follow on 31 August.",
    ("raw", "Kind regards,\nSarah"),
    ("raw", SIG_SARAH),
)
MID16_ORIG = "002401dd0a1e$8c41f2a0$a4c5d7e0$@uk.meridian-data.com"
ORIG16 = b(headers([
    ("From", addr(*SARAH)),
    ("To", "%s, %s" % (addr(*GRAHAM), addr(*JMARSH))),
    ("Subject", "Halbrook - summary after the board decision"),
    ("Date", "Thu, 2 Jul 2026 10:13:55 +0100"),
    ("Message-ID", "<%s>" % MID16_ORIG),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain;\n\tcharset="windows-1252"'),
    ("Content-Transfer-Encoding", "8bit"),
    ("X-Mailer", "Microsoft Office Outlook 11"),
])) + b"\n" + ORIG16_BODY.encode("cp1252")
B16 = "5C1A83E1F2.1782983647/mx2.halbrook-logistics.co.uk"
MID16 = "20260702091407.5C1A83E1F2@mx2.halbrook-logistics.co.uk"
raw16 = b(headers([
    ("Date", "Thu,  2 Jul 2026 10:14:07 +0100 (BST)"),
    ("From", "MAILER-DAEMON@mx2.halbrook-logistics.co.uk (Mail Delivery System)"),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("To", "sarah.whitcombe@uk.meridian-data.com"),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % B16),
    ("Content-Transfer-Encoding", "8bit"),
    ("Message-Id", "<%s>" % MID16),
])) + b"\nThis is a MIME-encapsulated message.\n\n" + b("""--%s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.halbrook-logistics.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.marsh@halbrook-logistics.co.uk>: host mail.halbrook-logistics.co.uk[10.20.0.14]
    said: 550 5.1.1 <j.marsh@halbrook-logistics.co.uk>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--%s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.halbrook-logistics.co.uk
X-Postfix-Queue-ID: 5C1A83E1F2
X-Postfix-Sender: rfc822; sarah.whitcombe@uk.meridian-data.com
Arrival-Date: Thu,  2 Jul 2026 10:14:04 +0100 (BST)

Final-Recipient: rfc822; j.marsh@halbrook-logistics.co.uk
Original-Recipient: rfc822;j.marsh@halbrook-logistics.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.halbrook-logistics.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <j.marsh@halbrook-logistics.co.uk>: Recipient
    address rejected: User unknown in virtual mailbox table

--%s
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

""" % (B16, B16, B16)) + ORIG16 + b("\n--%s--\n" % B16)
message("postfix-bounce", date="2026-07-02", sender=("Mail Delivery System", "MAILER-DAEMON@mx2.halbrook-logistics.co.uk"),
        mid=MID16, raw=raw16, archive=True, envelope="MAILER-DAEMON", labels=[
    C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant", quoted=True, office="london"),
    C("sync", "storage_per_user", 1 * TB, "ok", "each Meridian Sync user\nhas 1 TB of storage", quoted=True, office="london"),
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync\nstays at £329 per month plus VAT",
      quoted=True, office="london"),
    C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault: backups are kept for 90 days by default",
      quoted=True, office="london"),
    C("vault", "data_centers", "Frankfurt", "ok", "the primary copy of your\ndata sits in our Frankfurt data centre",
      quoted=True, office="london"),
])

# ================================================================== 17. Thunderbird 115, format=flowed, space-stuffing
PRIYA_0707 = ("We are also looking at backup for the two Boulder file servers, about 60 TB "
              "together. What would Meridian Vault cost, and how much could we lose if a server "
              "dies at 4pm?")
FL17 = [
    (0, "Hi Priya,"),
    (0, ""),
    (0, "On 7/7/26 4:12 PM, Priya Raman wrote:"),
    (1, PRIYA_0707),
    (1, ""),
    (1, ATTR_DANA_MUTT),
    (2, "Pricing: Meridian Sync is $399 a month for the whole workspace, billed annually."),
    (1, ""),
    (1, "Is that still the price if the Boulder team (another 35 people) joins the workspace?"),
    (0, ""),
    (0, "Yes: Meridian Sync stays at $399 a month for the whole workspace, however many of "
        "your people join it."),
    (0, ""),
    (0, "Meridian Vault is $20 per TB per month. For 60 TB that comes to about $1,200 a month "
        "at list, before the multi-year discount we discussed."),
    (0, ""),
    (0, "Meridian Vault's RPO is 15 minutes: at 4pm you'd lose at most the changes since 3:45."),
    (0, ""),
    (0, "From what you describe, I'd put both servers in Oregon; Meridian Vault also has data "
        "centers in Frankfurt, Tokyo and Osaka if you ever want a copy outside the US."),
    (0, ""),
    (0, "And on Meridian Insight, since you asked on the phone: the Meridian Insight free trial "
        "is 30 days, and Marcus can set one up for your analysts next week."),
    (0, ""),
    (0, "Dana"),
    (0, ""),
    (0, "-- "),
    (0, "Dana Whitfield · Account Executive, West · Meridian Data, Inc."),
    (0, "+1 415 555 0142 · 500 Howard St, Suite 400, San Francisco, CA 94105"),
]
body17 = flowed(FL17, 72)
assert "\n From what you describe" in body17
MID17 = "7c1e9a52-3f0d-4b8a-9e21-5d6f0a4c2b17@meridian-data.com"
raw17 = b(headers([
    ("Message-ID", "<%s>" % MID17),
    ("Date", "Wed, 8 Jul 2026 10:02:44 -0700"),
    ("MIME-Version", "1.0"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Subject", "Re: Vault for the Boulder file servers"),
    ("Content-Language", "en-US"),
    ("To", addr(*PRIYA)),
    ("Cc", addr(*TOMASZ)),
    ("References", "<%s> <e91b07c2-2f4a-4a0e-b1d4-0c8e5f3a9d61@kestrelanalytics.io>" % MID1),
    ("From", addr(*DANA)),
    ("In-Reply-To", "<e91b07c2-2f4a-4a0e-b1d4-0c8e5f3a9d61@kestrelanalytics.io>"),
    ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
    ("Content-Transfer-Encoding", "8bit"),
])) + b"\n" + body17.encode("utf-8")
DC17 = "I'd put both servers in Oregon; Meridian Vault also has data centers in Frankfurt, Tokyo and Osaka"
message("tb115-flowed", date="2026-07-08", sender=DANA, mid=MID17, raw=raw17, archive=True, labels=[
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 a month for the whole workspace",
      quoted=True, office="us-hq"),
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync stays at $399 a month"),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes"),
    C("vault", "data_centers", "Oregon", "ok", DC17),
    C("vault", "data_centers", "Frankfurt", "ok", DC17),
    C("vault", "data_centers", "Tokyo", "ok", DC17),
    C("vault", "data_centers", "Osaka", "ok", DC17),
    C("insight", "free_trial", dur(30, "days"), "ok", "the Meridian Insight free trial is 30 days"),
])

# ================================================================== 18. Gnus, '>>>' nesting, re-filled at 70
G = 70
body18 = para(
    ("raw", "Dana Whitfield <dana.whitfield@meridian-data.com> writes:"),
    ("qraw", "> ", "On 7/7/26 4:12 PM, Priya Raman wrote:"),
    ("tight", ("qraw", ">> ", ATTR_DANA_MUTT)),
    ("tight", ("q", ">>> ", "Pricing: Meridian Sync is $399 a month for the whole workspace, "
                            "billed annually.")),
    ("q", ">> ", "Is that still the price if the Boulder team (another 35 people) joins "
                 "the workspace?"),
    ("q", "> ", "Yes: Meridian Sync stays at $399 a month for the whole workspace, however many "
                "of your people join it."),
    ("q", "> ", "Meridian Vault is $20 per TB per month. For 60 TB that comes to about $1,200 a "
                "month at list, before the multi-year discount we discussed."),
    ("q", "> ", "Meridian Vault's RPO is 15 minutes: at 4pm you'd lose at most the changes since 3:45."),
    "Tomasz here; Priya asked me to check the technical side before finance signs off the "
    "Vault budget.",
    "Understood on the 15 minutes.  Our old backup vendor promised 5 minutes and never hit "
    "it, so 15 is fine as long as it's real.",
    "One more for our security team: which encryption does Meridian Vault use for backups at "
    "rest, and who holds the keys?",
    ("raw", "-- \nTomasz Wierzbicki, IT lead, Kestrel Analytics\n"
            "PGP: 4F2A 91C3 77D0 1B6E 5A08  C2D4 0E19 B7F3 66A2 9C10\n+1 303 555 0190"),
    width=G)
assert ">> On Wed" in body18 and ">>> Pricing" in body18
MID18 = "87h6q4x2ab.fsf@kestrelanalytics.io"
raw18 = b(headers([
    ("From", addr(*TOMASZ)),
    ("To", addr(*DANA)),
    ("Cc", addr(*PRIYA)),
    ("Subject", "Re: Vault for the Boulder file servers"),
    ("In-Reply-To", "<%s> (Dana Whitfield's message of \"Wed, 8 Jul 2026 10:02:44 -0700\")" % MID17),
    ("References", "<%s>" % MID17),
    ("User-Agent", "Gnus/5.13 (Gnus v5.13) Emacs/29.1 (gnu/linux)"),
    ("Date", "Thu, 09 Jul 2026 08:30:17 -0600"),
    ("Message-ID", "<%s>" % MID18),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain"),
])) + b"\n" + b(body18)
message("gnus-nested", date="2026-07-09", sender=TOMASZ, mid=MID18, raw=raw18, archive=True, labels=[
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month",
      quoted=True, office="us-hq"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes", quoted=True, office="us-hq"),
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 a month",
      quoted=True, office="us-hq"),
])

# ================================================================== 19. Thunderbird (ja), ISO-2022-JP format=flowed delsp=yes
FL19 = [
    (0, "株式会社北辰精機"),
    (0, "田中様"),
    (0, ""),
    (0, "いつもお世話になっております。メリディアン・データの山田です。"),
    (0, "佐藤より引き継ぎ、分析基盤のご提案を担当させていただくことになりました。"),
    (0, ""),
    (0, "メリディアン・インサイトは現在ベータ版として提供しており、2026年10月に正式リリースの予定です。"),
    (0, "同製品の料金は1ユーザーあたり月額4,400円（税込）でございます。"),
    (0, "同製品には30日間の無料トライアルもご用意しております。"),
    (0, "メリディアン・インサイトでは、ダッシュボードを最大200個まで作成でき、クエリの応答時間は通常2秒以内です。"),
    (0, ""),
    (0, "設計部の30名様でのトライアル開始日につきましては、来週のお打ち合わせで調整させてください。"),
    (0, ""),
    (0, "よろしくお願いいたします。"),
    (0, ""),
    (0, "-- "),
    (0, "山田 美咲 (Misaki Yamada)"),
    (0, "メリディアン・データ株式会社 東京オフィス 営業部"),
    (0, "〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル12F"),
    (0, "TEL 03-5555-0131"),
]
body19 = flowed(FL19, 72, delsp=True)
MID19 = "a3f91c0e-6b2d-4e57-8c1a-2d9e7f4b6a08@jp.meridian-data.com"
raw19 = b(headers([
    ("Message-ID", "<%s>" % MID19),
    ("Date", "Wed, 15 Jul 2026 13:30:45 +0900"),
    ("MIME-Version", "1.0"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Content-Language", "ja"),
    ("To", addr(*TANAKA, charset="iso-2022-jp")),
    ("From", addr(*YAMADA, charset="iso-2022-jp")),
    ("Subject", enc_header("メリディアン・インサイトのご提案について", "iso-2022-jp")),
    ("Content-Type", "text/plain; charset=ISO-2022-JP; format=flowed; delsp=yes"),
    ("Content-Transfer-Encoding", "7bit"),
])) + b"\n" + body19.encode("iso2022_jp_ext")
message("tb-ja-delsp", date="2026-07-15", sender=YAMADA, mid=MID19, raw=raw19, archive=True, labels=[
    C("insight", "general_availability", "2026-10", "conflict", "2026年10月に正式リリースの予定です"),
    C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
      "同製品の料金は1ユーザーあたり月額4,400円（税込）"),
    C("insight", "free_trial", dur(30, "days"), "ok", "同製品には30日間の無料トライアル"),
    C("insight", "max_dashboards", 200, "ok", "ダッシュボードを最大200個まで作成でき"),
    C("insight", "query_latency", dur(2, "seconds"), "ok", "クエリの応答時間は通常2秒以内です"),
])

# ================================================================== 20. Outlook 16, multipart/alternative, QP soft breaks in numbers
T20 = [
    "Hi Lucas,",
    "",
    "Great to meet you and Katrin in Frankfurt last week. As promised, here is a short summary of the two services we discussed for Feldmann Werke.",
    "",
    "For file sharing in Stuttgart and Leipzig, Meridian Sync supports up to 10,000 users per tenant, so the whole group fits on one tenant.",
    "",
    "For backups at the two sites, Meridian Vault is backed by a contractual 99.95% availability SLA. A single Meridian Vault tenant scales up to 500 TB. That is well above the 180 TB on your SAN today.",
    "",
    "Meridian Vault's industry-leading restore tooling is honestly what most of our German customers pick us for.",
    "",
    "I have pencilled in Tuesday 28 July, 14:00 CEST, for the follow-up with your works council.",
    "",
    "Best regards,",
    "Marcus",
    "",
    "Marcus Oyelaran | Solutions Consultant | Meridian Data, Inc.",
    "+1 415 555 0163 | 500 Howard St, Suite 400, San Francisco, CA 94105",
]
text20 = "\r\n".join(T20) + "\r\n"
qp20 = qp(text20.replace("\r\n", "\n").encode("utf-8")).replace(b"\n", b"\r\n")
assert b"10,=\r\n000" in qp20 and b"99.=\r\n95" in qp20, qp20.decode()
H20 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
       "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style>"
       "</head><body lang=\"EN-US\" link=\"#0563C1\"><div class=\"WordSection1\">" +
       "".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>" % (l.replace("&", "&amp;") or "&nbsp;") for l in T20) +
       "</div></body></html>")
qp20h = qp(H20.encode("utf-8")).replace(b"\n", b"\r\n")
B20 = "_000_BY5PR11MB4179C2E0A1F3B8D2E4C5A9F1B2C3BY5PR11MB4179namp_"
MID20 = "BY5PR11MB4179C2E0A1F3B8D2E4C5A9F1B2C3@BY5PR11MB4179.namprd11.prod.outlook.com"
raw20 = b(headers([
    ("From", addr(*MARCUS)),
    ("To", addr(*LUCAS)),
    ("CC", '"Katrin Vogel" <k.vogel@feldmann-werke.de>'),
    ("Subject", "Meridian Sync and Vault for Feldmann Werke"),
    ("Thread-Topic", "Meridian Sync and Vault for Feldmann Werke"),
    ("Date", "Tue, 21 Jul 2026 15:15:30 +0000"),
    ("Message-ID", "<%s>" % MID20),
    ("Accept-Language", "en-US"),
    ("Content-Language", "en-US"),
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % B20),
    ("MIME-Version", "1.0"),
])).replace(b"\n", b"\r\n") + b"\r\n" + b(
    "--%s\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" % B20
) + qp20 + b("\r\n--%s\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" % B20
             ) + qp20h + b("\r\n--%s--\r\n" % B20)
message("outlook16-qp", date="2026-07-21", sender=MARCUS, mid=MID20, raw=raw20, archive=True, labels=[
    C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant"),
    C("vault", "sla", 99.95, "ok", "Meridian Vault is backed by a contractual 99.95% availability SLA"),
    C("vault", "max_storage", 500 * TB, "ok", "A single Meridian Vault tenant scales up to 500 TB"),
    F("phrase", "en.superlative", "Meridian Vault's industry-leading restore tooling"),
])

# ================================================================== 21. Alpine, '> > >' nesting
body21 = para(
    ("raw", "On Mon, 3 Aug 2026, Priya Raman wrote:"),
    ("qraw", "> ", "On Fri, 31 Jul 2026, Marcus Oyelaran <m.oyelaran@meridian-data.com> wrote:"),
    ("qraw", "> > ", "On Thu, 30 Jul 2026, Tomasz Wierzbicki wrote:"),
    ("q", "> > > ", "We'd want dashboards for all 14 regional managers plus the exec team, so "
                    "maybe 40 dashboards to start.  How far does Meridian Insight go?"),
    ("q", "> > ", "Meridian Insight supports up to 200 dashboards per workspace, which leaves "
                  "plenty of room.  For a workspace of your size, Meridian Insight queries come "
                  "back within 2 seconds."),
    ("q", "> ", "Good.  And the trial -- we'd like to start it on 17 August, after Tomasz is back."),
    "Done: the Meridian Insight trial runs for 30 days from 17 August, so it ends on 15 "
    "September, a week before your budget meeting.",
    "Meridian Insight is generally available from January 2027; until then your workspace "
    "stays on the beta build, and we move it across for you at GA.",
    ("raw", "Marcus"),
    ("raw", "-- \nMarcus Oyelaran, Solutions Consultant\nMeridian Data, Inc. | 415.555.0163"),
)
assert "> > Meridian\n> > Insight" in body21 or "Meridian\n> > Insight" in body21, body21
MID21 = "alpine.DEB.2.22.394.2608041558220.28761@shell.meridian-data.com"
raw21 = b(headers([
    ("Date", "Tue, 4 Aug 2026 16:05:11 -0700 (PDT)"),
    ("From", addr(*MARCUS)),
    ("To", addr(*PRIYA)),
    ("cc", addr(*TOMASZ)),
    ("Subject", "Re: Meridian Insight trial dates"),
    ("In-Reply-To", "<CAK7t2pR9x@mail.kestrelanalytics.io>"),
    ("Message-ID", "<%s>" % MID21),
    ("User-Agent", "Alpine 2.22 (DEB 394 2020-01-19)"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "TEXT/PLAIN; charset=US-ASCII"),
])) + b"\n" + b(body21)
message("alpine-deep", date="2026-08-04", sender=MARCUS, mid=MID21, raw=raw21, archive=True, labels=[
    C("insight", "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace",
      quoted=True, office="us-hq"),
    C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries come back within 2 seconds", quoted=True, office="us-hq"),
    C("insight", "free_trial", dur(30, "days"), "ok", "the Meridian Insight trial runs for 30 days"),
    C("insight", "general_availability", "2027-01", "ok", "Meridian Insight is generally available from January 2027"),
])


# ================================================================== documents
DOCS = []


def doc(path, office, content, labels, crlf=False, encoding="utf-8"):
    DOCS.append(dict(path=path, office=office, content=content, labels=labels, crlf=crlf, encoding=encoding))


LONDON_TXT = "\n".join([
    "MERIDIAN DATA UK LTD",
    "Proposal: off-site backup and file sharing for Halbrook Logistics Ltd",
    "Ref: MD-UK-P-2026-0418    Issued: 9 November 2026    Valid to: 9 December 2026",
    "=" * 72,
    "",
    "1. Summary",
    "",
] + fill("Halbrook Logistics asked for a single supplier for off-site backup of its warehouse "
         "management systems and for file sharing across its 1,150 office and depot staff. This "
         "proposal covers Meridian Vault and Meridian Sync for the two years from 1 January 2027.") + [
    "",
    "2. Backup",
    "",
] + fill("Meridian Vault is £16 per TB per month. Meridian Vault keeps backups for 90 days by "
         "default, and its recovery point objective is 15 minutes.") + [""] +
    fill("Meridian Vault will hold Halbrook's primary copy in our Frankfurt data centre, with a "
         "secondary copy in our Oregon data centre.") + [
    "",
    "3. File sharing",
    "",
] + fill("Meridian Sync is £329 per month for the whole workspace, excluding VAT. Meridian Sync "
         "supports up to 10,000 users per tenant, so Halbrook's staff fit on one tenant.") + [""] +
    fill("Meridian Sync is certified to ISO 27001 and ISO 27017; the certificates are in "
         "Appendix B.") + [""] +
    fill("Depot staff who still use the old Meridian FileSync desktop client will be moved to "
         "the current client over one weekend in January.") + [
    "",
    "4. Estimated charges",
    "",
] + fill("The estimated monthly charge for the first year is £1,049 excluding VAT, based on 45 TB "
         "of backup storage and one file-sharing workspace. Onboarding is a one-off £2,500.") + [
    "",
    "-- ",
    "Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG",
    "Registered in England & Wales No. 11873402. VAT Reg. GB 294 1187 36.",
    "",
])
DC_L = "Meridian Vault will hold Halbrook's primary copy in our Frankfurt data centre, with a secondary copy in our Oregon data centre"
doc("docs/london/halbrook-proposal-2026-11.txt", "london", LONDON_TXT, crlf=True, labels=[
    C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
    C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "its recovery point objective is 15 minutes"),
    C("vault", "data_centers", "Frankfurt", "ok", DC_L),
    C("vault", "data_centers", "Oregon", "ok", DC_L),
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
      "Meridian Sync is £329 per month for the whole workspace, excluding VAT"),
    C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant"),
    C("sync", "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001 and ISO 27017"),
    C("sync", "certifications", "ISO 27017", "conflict", "Meridian Sync is certified to ISO 27001 and ISO 27017"),
    F("terminology", "sync", "the old Meridian FileSync desktop client"),
])

TOKYO_MD = """# 株式会社北辰精機様 分析基盤ご提案書

メリディアン・データ株式会社 東京オフィス　2026年11月16日

## 1. ご提案の概要

設計部における品質データ分析を目的として、メリディアン インサイトの導入をご提案いたします。
既存のファイル共有基盤（メリディアン シンク）のデータをそのまま分析対象とすることができます。

## 2. メリディアン インサイトの主な仕様

| 項目 | 内容 |
|---|---|
| 一般提供開始 | 2027年1月（現在はベータ版） |
| 料金 | 1ユーザーあたり月額4,000円 |
| 無料トライアル | 30日間 |
| ダッシュボード数 | 最大200個 |
| クエリ応答時間 | 2秒以内 |
| 稼働率（SLA） | 99.9% |

※金額はすべて税抜表示です。

メリディアン インサイトは、業界初のノーコード予測分析機能を搭載しています。

## 3. メリディアン シンクとの併用

メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけますので、全社展開の際も追加のテナントは不要です。

## 4. スケジュール

- 2026年12月：トライアル環境のご用意
- 2027年1月：本番環境への移行
"""
doc("docs/tokyo/hokushin-insight-teian.md", "tokyo", TOKYO_MD, labels=[
    C("insight", "general_availability", "2027-01", "ok", "| 一般提供開始 | 2027年1月（現在はベータ版） |"),
    C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "| 料金 | 1ユーザーあたり月額4,000円 |"),
    C("insight", "free_trial", dur(30, "days"), "ok", "| 無料トライアル | 30日間 |"),
    C("insight", "max_dashboards", 200, "ok", "| ダッシュボード数 | 最大200個 |"),
    C("insight", "query_latency", dur(2, "seconds"), "ok", "| クエリ応答時間 | 2秒以内 |"),
    C("insight", "sla", 99.9, "unverified", "| 稼働率（SLA） | 99.9% |"),
    C("sync", "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます"),
    F("phrase", "ja.first-in-industry", "業界初のノーコード予測分析機能"),
])

OSAKA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>株式会社なにわ物流様 バックアップ基盤ご提案</title>
</head>
<body>
<h1>株式会社なにわ物流様 バックアップ基盤ご提案</h1>
<p>メリディアン・データ株式会社 大阪オフィス／2026年11月10日</p>
<p>金額はすべて税抜です。</p>

<table border="1">
<caption>メリディアン ボールト 主な仕様</caption>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>容量単価</td><td>1TBあたり月額<del>2,500円</del> 2,800円</td></tr>
<tr><td>最大容量</td><td>1テナントあたり500TB</td></tr>
<tr><td>保持期間</td><td>標準90日間</td></tr>
<tr><td>RPO（目標復旧時点）</td><td>15分</td></tr>
<tr><td>RTO（目標復旧時間）</td><td>4時間</td></tr>
<tr><td>データセンター</td><td>東京・大阪</td></tr>
<tr><td>暗号化</td><td>AES-256</td></tr>
<tr><td>稼働率（SLA）</td><td>99.95%</td></tr>
</table>

<table border="1">
<caption>ご要件への対応（メリディアン ボールト）</caption>
<tr><th>ご要件</th><th>回答</th></tr>
<tr><td>バックアップ保持期間 1年以上</td><td>標準90日間（延長は別途お見積り）</td></tr>
<tr><td>国内データセンターでの保管</td><td>東京・大阪のデータセンターで保管</td></tr>
</table>

<p>メリディアン ボールトは業界最安水準の容量単価でご提供いたします。</p>
<p>貴社の現行データ量は約62TB、3年後の想定は約110TBです。</p>
</body>
</html>
"""
doc("docs/osaka/naniwa-vault-proposal.html", "osaka", OSAKA_HTML, labels=[
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "容量単価 1TBあたり月額 2,500円 2,800円"),
    C("vault", "max_storage", 500 * TB, "ok", "最大容量 1テナントあたり500TB"),
    C("vault", "retention", dur(90, "days"), "ok", "保持期間 標準90日間"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "RPO（目標復旧時点） 15分"),
    C("vault", "rto", dur(4, "hours"), "unverified", "RTO（目標復旧時間） 4時間"),
    C("vault", "data_centers", "Tokyo", "ok", "データセンター 東京・大阪"),
    C("vault", "data_centers", "Osaka", "ok", "データセンター 東京・大阪"),
    C("vault", "encryption", "AES-256", "ok", "暗号化 AES-256"),
    C("vault", "sla", 99.95, "ok", "稼働率（SLA） 99.95%"),
    F("phrase", "ja.cheapest", "業界最安水準の容量単価"),
])

US_MD = """# Statement of Work: Meridian Insight for Kestrel Analytics

Prepared by Marcus Oyelaran, Meridian Data, Inc. | 12 November 2026 | SOW-US-2026-1187

## Scope

Kestrel Analytics will roll out Meridian Insight to its analysts in Boulder and Denver,
starting with the Meridian Insight 30-day free trial and moving to paid subscriptions at
general availability. Kestrel's existing Meridian Sync workspace and Meridian Vault
backups stay as they are.

## Pricing

| Product | Unit | List price |
|---|---|---|
| Meridian Insight | per user per month | $30 |
| Meridian Vault | per TB per month | $20 |
| Meridian Sync | per workspace per month | $399 |

Kestrel's order covers 85 analysts and 60 TB of backups; the 15% multi-year
discount in the order form applies to the first 36 months.

## Service levels and limits

- Meridian Insight is generally available in January 2027.
- Meridian Insight dashboards load within 2 seconds.
- Meridian Insight supports up to 250 dashboards per workspace.
- Meridian Insight includes unlimited data refreshes.
- Meridian Sync supports up to 5,000 users per tenant.

<!-- onevoice-disable-next-line en.superlative -->
Kestrel's evaluation team rated Meridian Insight the industry-leading option of the four tools it tested.
"""
doc("docs/us-hq/kestrel-insight-sow.md", "us-hq", US_MD, labels=[
    C("insight", "free_trial", dur(30, "days"), "ok", "the Meridian Insight 30-day free trial"),
    C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", "| Meridian Insight | per user per month | $30 |"),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "| Meridian Vault | per TB per month | $20 |"),
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "| Meridian Sync | per workspace per month | $399 |"),
    C("insight", "general_availability", "2027-01", "ok", "Meridian Insight is generally available in January 2027."),
    C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight dashboards load within 2 seconds."),
    C("insight", "max_dashboards", 250, "conflict", "Meridian Insight supports up to 250 dashboards per workspace."),
    C("sync", "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per tenant."),
    F("phrase", "en.unlimited", "Meridian Insight includes unlimited data refreshes."),
])

DRAFT_MD = """# DRAFT - SOW v0 (do not send)

- Meridian Insight supports up to 1,000 dashboards per workspace.
- Meridian Insight is the #1 analytics platform for mid-sized firms.
- Meridian Insight GA: October 2026.
"""
doc("docs/us-hq/drafts/kestrel-insight-sow-v0.md", "us-hq", DRAFT_MD, labels=[])

ONEVOICE_YAML = """# onevoice configuration for evaluation set 31 (SPEC section 6).
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


# ================================================================== decoding (for excerpts)
def decoded_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True)
        if payload is None:
            continue
        cs = (part.get_content_charset() or "us-ascii").lower()
        codec = {"iso-2022-jp": "iso2022_jp_ext", "us-ascii": "latin-1", "iso-8859-1": "cp1252"}.get(cs, cs)
        text = payload.decode(codec, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        if part.get_content_subtype() == "html":
            text = html_text(text)
        params = {k.lower(): v.lower() for k, v in part.get_params() or []}
        if params.get("format") == "flowed":
            text = unflow(text, params.get("delsp") == "yes")
        out.append(text)
    return "\n".join(out)


# ================================================================== writing
def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as fh:
        fh.write(data)


def mboxrd(msgs):
    out = b""
    for m in msgs:
        dt = parsedate_to_datetime(email.message_from_bytes(m["raw"])["Date"]).astimezone(timezone.utc)
        raw = m["raw"].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        lines = raw.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        body = b"\n".join(b">" + l if re.match(rb"^>*From ", l) else l for l in lines)
        out += b("From %s %s\n" % (m["envelope"], dt.strftime("%a %b %d %H:%M:%S %Y"))) + body + b"\n\n"
    return out


def claim_record(file, mid, l, office, as_of, text):
    return {"type": "claim", "file": file, "message_id": mid, "product": l.product, "attribute": l.attribute,
            "value": l.value, "verdict": l.verdict, "quoted": l.quoted, "office": l.office or office,
            "as_of": as_of, "text": text}


def finding_record(file, mid, l, text):
    return {"type": "finding", "file": file, "message_id": mid, "kind": l.kind, "rule": l.rule,
            "product": l.product, "quoted": l.quoted, "text": text}


def records_for(file, mid, labels, office, as_of, decoded):
    recs = []
    for l in labels:
        t = excerpt(decoded, l.needle)
        if t is None:
            sys.exit("excerpt not found in %s: %r" % (file, l.needle))
        recs.append(claim_record(file, mid, l, office, as_of, t) if isinstance(l, C)
                    else finding_record(file, mid, l, t))
    return recs


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    msgs = sorted(MESSAGES, key=lambda m: parsedate_to_datetime(email.message_from_bytes(m["raw"])["Date"]))
    expected, archive_recs, files = [], [], {}
    for n, m in enumerate(msgs, 1):
        name = "mail/%04d.eml" % n
        files[m["key"]] = name
        write(name, m["raw"])
        dec = decoded_text(m["raw"])
        office = office_of(m["sender"][1])
        recs = records_for(name, m["mid"], m["labels"], office, m["date"], dec)
        keys = set()
        for r in recs:     # the same claim twice in one file is one line
            k = json.dumps([r.get(x) for x in ("type", "product", "attribute", "value", "quoted", "office", "kind",
                                               "rule")], sort_keys=True)
            assert k not in keys, (name, r)
            keys.add(k)
        expected += recs
        m["file"] = name
        if m["archive"]:
            archive_recs += [dict(r, file="mail/archive.mbox") for r in recs]
    arch = [m for m in msgs if m["archive"]]
    write("mail/archive.mbox", mboxrd(arch))
    for d in DOCS:
        content = d["content"].replace("\n", "\r\n") if d["crlf"] else d["content"]
        write(d["path"], content.encode(d["encoding"]))
        dec = html_text(d["content"]) if d["path"].endswith(".html") else d["content"]
        expected += records_for(d["path"], None, d["labels"], d["office"], DOCS_AS_OF, dec)
    cross = cross_office(arch, files)
    write(".onevoice.yaml", ONEVOICE_YAML.encode())
    lines = expected + archive_recs + cross
    write("expected.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines).encode("utf-8"))
    print("%d messages (%d in archive.mbox), %d documents, %d expected lines (%d cross-office)"
          % (len(msgs), len(arch), len([d for d in DOCS if "/drafts/" not in d["path"]]),
             len(lines), len(cross)))
    for c in cross:
        print("  cross-office", c["product"], c["attribute"], c["offices"], c["values"], c["message_files"])


# ================================================================== cross-office (archive only)
def comparable(l):
    """A value in a form where equal means 'the same statement'; None: not comparable."""
    v = l.value
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
        return ("money", v["currency"], v["per"], round(amt, 6))
    if isinstance(v, dict) and "unit" in v:
        f = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur", v["amount"] * f)
    return ("v", v)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(arch, files):
    stated = []   # (date, office, product, attribute, comparable, verdict, value, file)
    for m in arch:
        d = datetime.strptime(m["date"], "%Y-%m-%d")
        for l in m["labels"]:
            if not isinstance(l, C) or l.attribute in SET_ATTRS:
                continue
            off = l.office or office_of(m["sender"][1])
            if off == "unknown":
                continue
            stated.append((d, off, l.product, l.attribute, comparable(l), l.verdict, l.value, files[m["key"]]))
    found = {}
    for i, a in enumerate(stated):
        for bb in stated[i + 1:]:
            if a[2:4] != bb[2:4] or a[1] == bb[1] or abs((a[0] - bb[0]).days) > 45:
                continue
            if a[4][:3] != bb[4][:3] if a[4][0] == "money" or bb[4][0] == "money" else False:
                continue                      # other currency or billing unit
            if a[4] == bb[4] or (a[5] == "ok" and bb[5] == "ok"):
                continue                      # the same value, or each right at its own date
            key = (a[2], a[3], tuple(sorted((a[1], bb[1]))))
            rec = found.setdefault(key, {"values": {}, "files": set()})
            for s in (a, bb):
                rec["values"].setdefault(s[1], s[6])
                rec["files"].add(s[7])
    out = []
    for (prod, attr, offs), rec in sorted(found.items()):
        out.append({"type": "cross-office", "product": prod, "attribute": attr, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": sorted(rec["files"]),
                    "values": {o: rec["values"][o] for o in offs}})
    return out


if __name__ == "__main__":
    main()
