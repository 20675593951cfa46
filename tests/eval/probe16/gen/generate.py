#!/usr/bin/env python3
"""Evaluation set 16 for onevoice: English from Tokyo/Osaka staff, busy people on phones.

Running this script (python3 stdlib only, deterministic) rewrites, relative to the set folder:
  mail/NNNN.eml, mail/archive.mbox, docs/<office>/..., .onevoice.yaml, expected.jsonl
and then checks its own answer key (every `text` excerpt must be in the decoded text,
phrase labels are compared with the rule regexes, cross-office records are recomputed).
"""
import base64, datetime as dt, email, email.header, email.policy, email.utils, hashlib, json, os, quopri, re, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"

# ------------------------------------------------------------------ value helpers
def M(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}

def D(amount, unit):
    return {"amount": amount, "unit": unit}

def TB(n):
    return int(round(n * 10 ** 12))

SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"

# ------------------------------------------------------------------ blocks of text with their labels
class Block:
    """A piece of text by one author, with the claims / findings it holds."""
    def __init__(self, text, office, claims=(), findings=()):
        self.text, self.office = text, office
        self.claims = list(claims)      # (product, attribute, value, verdict, excerpt)
        self.findings = list(findings)  # (kind, rule, product, excerpt)

def C(product, attribute, value, verdict, text):
    return (product, attribute, value, verdict, text)

def PH(rule, text):
    return ("phrase", rule, None, text)

def TERM(product, text):
    return ("terminology", None, product, text)

def prefix(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))

# ------------------------------------------------------------------ people
KENJI = ("Kenji Sato", "k.sato@jp.meridian-data.com")
YUKO = ("Yuko Hayashi", "y.hayashi@jp.meridian-data.com")
NISHI = ("Takuya Nishimura", "t.nishimura@osaka.jp.meridian-data.com")
OKADA = ("Mayumi Okada", "m.okada@osaka.jp.meridian-data.com")
MATSU = ("松本 亮", "r.matsumoto@osaka.jp.meridian-data.com")
DEV = ("Dev Patel", "dev.patel@meridian-data.com")
RACHEL = ("Rachel Nguyen", "rachel.nguyen@meridian-data.com")
OLIVER = ("Oliver Hart", "oliver.hart@uk.meridian-data.com")
WEILING = ("Wei Ling Tan", "weiling.tan@harbourline.com.sg")
ARJUN = ("Arjun Mehta", "arjun.mehta@kestrelsoft.in")
RAJ = ("Raj Kumar", "raj.kumar@sundaprecision.sg")
MEGAN = ("Megan Shaw", "mshaw@pinecrestdental.com")
PRIYA = ("Priya Raman", "priya.raman@vardhaninfotech.co.uk")
SANJAY = ("Sanjay Iyer", "sanjay.iyer@lotusmedisys.in")

def addr(p):
    return "%s <%s>" % p

KENJI_SIG = """Kenji Sato (佐藤 健司)
Global Sales, Tokyo Office
Meridian Data Japan K.K. (株式会社メリディアンデータ・ジャパン)
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング 18F
Tel: +81-3-6555-0142 / Mobile: +81-90-4417-2380
https://www.meridian-data.com/jp/"""

NISHI_SIG = """--------------------------------------------
Takuya Nishimura (西村 拓也)
Sales Dept. 2, Osaka Branch
Meridian Data Japan K.K.
〒530-0001 大阪府大阪市北区梅田3-1-3 ノースゲートビルディング 21F
TEL: 06-6345-7788 (ext. 214)  FAX: 06-6345-7789
Mobile: 080-3321-5907
--------------------------------------------"""

OKADA_SIG = """*****************************************
Mayumi Okada (岡田 真由美)
Overseas Sales, Osaka Branch
Meridian Data Japan K.K.
3-1-3 Umeda, Kita-ku, Osaka 530-0001, Japan
TEL: +81-6-6345-7788 (ext. 231)
*****************************************"""

YUKO_SIG = """-- 
Yuko Hayashi (林 優子)
Global Accounts Team, Tokyo Office
Meridian Data Japan K.K.
Marunouchi Building 18F, 2-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005
Tel +81-3-6555-0157"""

ARJUN_SIG = """Thanks & Regards,
Arjun Mehta
Head - IT Infrastructure
Kestrel Software Pvt. Ltd.
#42, 27th Main, Sector 1, HSR Layout, Bengaluru - 560102
Mob: +91 98450 12345 | Off: +91 80 4123 5678
CIN: U72200KA2011PTC056789"""

RAJ_SIG = """Raj Kumar
Procurement Manager | Sunda Precision Pte. Ltd.
10 Ubi Crescent #05-21, Singapore 408564
DID +65 6741 2290 | HP +65 9123 4407

Get Outlook for Android"""

RACHEL_SIG = """Rachel Nguyen
Regional Sales Director, West
Meridian Data, Inc. | 535 Mission St, 14th Floor, San Francisco, CA 94105
(415) 555-0199"""

# ------------------------------------------------------------------ dates and ids
def D8(y, mo, d, h, mi, off_min):
    return dt.datetime(y, mo, d, h, mi, tzinfo=dt.timezone(dt.timedelta(minutes=off_min)))

JST, SGT, IST, PDT, BST = 540, 480, 330, -420, 60

def h(s, n=16):
    return hashlib.sha256(s.encode()).hexdigest()[:n]

def mid_outlook(seed, tenant="TYCPR01MB", region="jpnprd01"):
    a = h(seed, 4).upper()
    b = h(seed + "b", 16).upper()
    return "%s%s%s@%s%s.%s.prod.outlook.com" % (tenant, int(h(seed, 4), 16) % 9000 + 1000, b, tenant, a, region)

def mid_gmail(seed):
    s = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode().replace("/", "_")[:40]
    return "CA%s@mail.gmail.com" % s

def mid_uuid(seed, domain):
    x = h(seed, 32).upper()
    return "%s-%s-%s-%s-%s@%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)

# ------------------------------------------------------------------ MIME
def enc_addr(p, cs):
    name, a = p
    if all(ord(c) < 128 for c in name):
        return "%s <%s>" % (name, a)
    return email.utils.formataddr((name, a), cs)

def enc_subj(s, cs):
    if all(ord(c) < 128 for c in s):
        return s
    return email.header.Header(s, cs, maxlinelen=76).encode()

def body_bytes(text, cs, cte):
    raw = text.encode(cs)
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)

def leaf(ctype, text, cs, cte, params=""):
    hdr = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, cs, params, cte)
    b = body_bytes(text if text.endswith("\n") else text + "\n", cs, cte)
    return hdr.encode() + b

def multipart(sub, parts, boundary):
    out = ("Content-Type: multipart/%s;\n\tboundary=\"%s\"\n\n" % (sub, boundary)).encode()
    for p in parts:
        out += ("--%s\n" % boundary).encode() + p + b"\n"
    out += ("--%s--\n" % boundary).encode()
    return out

def to_html(text, cs, style="outlook"):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = []
    for l in text.split("\n"):
        lines.append("<div>%s</div>" % (esc(l) if l.strip() else "<br>"))
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>' % cs
    if style == "gmail":
        return head + '<body><div dir="ltr">' + "\n".join(lines) + "</div></body></html>\n"
    return head + '<body lang="EN-US" style="word-wrap:break-word">\n<div class="WordSection1">\n' + "\n".join(lines) + "\n</div>\n</body></html>\n"

class Msg:
    def __init__(self, n, sender, to, date, subject, mid, blocks, cs, cte, kind="plain",
                 cc=None, irt=None, refs=None, xmailer=None, extra=None, archive=False, html_style="outlook",
                 flowed=False, html_cte=None):
        self.n, self.sender, self.to, self.date, self.subject = n, sender, to, date, subject
        self.mid, self.blocks, self.cs, self.cte, self.kind = mid, blocks, cs, cte, kind
        self.cc, self.irt, self.refs, self.xmailer, self.extra = cc, irt, refs, xmailer, extra or []
        self.archive, self.html_style, self.flowed, self.html_cte = archive, html_style, flowed, html_cte
        self.file = "mail/%04d.eml" % n

    @property
    def text(self):
        return "\n".join(b.text for b in self.blocks)

    def office(self):
        return office_of(self.sender[1])

    def build(self):
        cs = self.cs
        hd = []
        hd.append("Return-Path: <%s>" % self.sender[1])
        hd.append("Received: from %s (%s) by mx.%s with ESMTPS; %s" % (
            self.sender[1].split("@")[1], "203.0.113.%d" % (self.n * 7 % 250), self.to[0][1].split("@")[1],
            email.utils.format_datetime(self.date + dt.timedelta(seconds=4 + self.n))))
        hd.append("From: " + enc_addr(self.sender, cs))
        hd.append("To: " + ", ".join(enc_addr(p, cs) for p in self.to))
        if self.cc:
            hd.append("CC: " + ", ".join(enc_addr(p, cs) for p in self.cc))
        hd.append("Subject: " + enc_subj(self.subject, cs))
        hd.append("Date: " + email.utils.format_datetime(self.date))
        hd.append("Message-ID: <%s>" % self.mid)
        if self.irt:
            hd.append("In-Reply-To: <%s>" % self.irt)
        if self.refs:
            hd.append("References: " + "\n ".join("<%s>" % r for r in self.refs))
        for x in self.extra:
            hd.append(x)
        if self.xmailer:
            hd.append(self.xmailer)
        hd.append("MIME-Version: 1.0")
        head = ("\n".join(hd) + "\n").encode()
        text = self.text
        params = "; format=flowed" if self.flowed else ""
        if self.kind == "plain":
            body = leaf("text/plain", text, cs, self.cte, params)
        elif self.kind == "alternative":
            hcte = self.html_cte or self.cte
            body = multipart("alternative", [leaf("text/plain", text, cs, self.cte, params),
                                             leaf("text/html", to_html(text, cs, self.html_style), cs, hcte)],
                             "_000_%s_" % h(self.mid, 24))
        else:
            raise ValueError(self.kind)
        return head + body

# ------------------------------------------------------------------ offices
def office_of(a):
    a = a.lower()
    if a.endswith("@osaka.jp.meridian-data.com"):
        return "osaka"
    if a.endswith("@jp.meridian-data.com"):
        return "tokyo"
    if a.endswith("@uk.meridian-data.com"):
        return "london"
    if a.endswith("@meridian-data.com"):
        return "us-hq"
    return "unknown"

# ================================================================== the mail
MSGS = []

def add(m):
    MSGS.append(m)
    return m

# ---------------------------------------------------------------- 0001 Tokyo -> Harbourline (Singapore)
B0001 = Block("""Dear Ms. Tan,

Thank you very much for your kind inquiry about Meridian Sync, and also for your time
in the online meeting on 2026/2/6.

I am Kenji Sato from Tokyo office of Meridian Data. I will be your contact person
for Singapore side. Kindly note the details of Meridian Sync as below.

(1) Users
Meridian Sync can use up to 5,000 users per one tenant at the moment.
From 2026/4/1, the maximum of Meridian Sync will be expanded to 10,000 users.

(2) Storage
Each user of Meridian Sync has 1TB storage.

(3) SLA
The SLA of Meridian Sync is 99.9% (monthly basis).

(4) Price
As for the price, Meridian Sync is ￥50,000 per month (tax excluded).
For your reference, it is around USD 330 per month with today's exchange rate.

(5) Security
Meridian Sync has ISO 27001 and SOC 2 Type II certification.

Kindly let me know if you need more information. I can also arrange the trial
environment for your IT team.

Best regards,

""" + KENJI_SIG, "tokyo", [
    C(SYNC, "max_users", 5000, "ok", "Meridian Sync can use up to 5,000 users per one tenant at the moment."),
    C(SYNC, "max_users", 10000, "ok", "From 2026/4/1, the maximum of Meridian Sync will be expanded to 10,000 users."),
    C(SYNC, "storage_per_user", TB(1), "ok", "Each user of Meridian Sync has 1TB storage."),
    C(SYNC, "sla", 99.9, "ok", "The SLA of Meridian Sync is 99.9% (monthly basis)."),
    C(SYNC, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok",
      "As for the price, Meridian Sync is ￥50,000 per month (tax excluded)."),
    C(SYNC, "monthly_price", M(330, "USD", "month"), "conflict",
      "For your reference, it is around USD 330 per month with today's exchange rate."),
    C(SYNC, "certifications", "ISO 27001", "ok", "Meridian Sync has ISO 27001 and SOC 2 Type II certification."),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "Meridian Sync has ISO 27001 and SOC 2 Type II certification."),
])
M0001 = add(Msg(1, KENJI, [WEILING], D8(2026, 2, 10, 17, 5, JST), "Meridian Sync information / Harbourline Logistics",
                mid_outlook("0001"), [B0001], "iso-2022-jp", "7bit", archive=True,
                extra=["Content-Language: en-US", "X-MS-Has-Attach: ", "Thread-Topic: Meridian Sync information / Harbourline Logistics"],
                xmailer="X-Mailer: Microsoft Outlook 16.0"))

# ---------------------------------------------------------------- 0002 customer, iPhone, top-posted
B0002 = Block("""Hi Kenji,

Thanks for the details. A few questions from our side:

1. Does Meridian Sync support Linux? Some of our dispatch PCs are on Ubuntu.
2. Can Meridian Sync work offline? Our drivers often lose signal on the Causeway.
3. We need at least 800 seats for phase 1, maybe 1,200 next year.

Also can you share the SOC 2 report?

Thanks,
Wei Ling

Sent from my iPhone
""", "unknown")
QH0002 = "On 10 Feb 2026, at 16:05, Kenji Sato <k.sato@jp.meridian-data.com> wrote:\n\n"
Q0001_in_0002 = Block(QH0002 + prefix(B0001.text) + "\n", "tokyo", B0001.claims, B0001.findings)
M0002 = add(Msg(2, WEILING, [KENJI], D8(2026, 2, 11, 9, 18, SGT), "Re: Meridian Sync information / Harbourline Logistics",
                mid_uuid("0002", "harbourline.com.sg"), [B0002, Q0001_in_0002], "utf-8", "quoted-printable",
                irt=M0001.mid, refs=[M0001.mid], archive=True, xmailer="X-Mailer: iPhone Mail (23D60)"))

# ---------------------------------------------------------------- 0003 Tokyo answers, Outlook quote block
B0003 = Block("""Dear Ms. Tan,

Thank you for your quick reply. Please find our answers below.

(1) Linux
Unfortunately, Meridian Sync is not support Linux at this moment. It supports Windows, macOS, iOS and Android.
For the dispatch PCs, the web browser access is possible.

(2) Offline
Kindly note Meridian Sync cannot use in offline mode. When the connection is back, files will be synchronized automatically.

(3) Seats
800 seats is no problem, and 1,200 is also fine.

(4) SOC 2 report
We can share the SOC 2 Type II report after NDA. I will send you our NDA form separately.

The install guide is here:
https://support.meridian-data.com/MeridianFileSync/install-guide-en.pdf
(The URL is still the old one, sorry for confusing.)

Best regards,

""" + KENJI_SIG + "\n", "tokyo", [
    C(SYNC, "supported_platforms", "Windows", "ok", "It supports Windows, macOS, iOS and Android."),
    C(SYNC, "supported_platforms", "macOS", "ok", "It supports Windows, macOS, iOS and Android."),
    C(SYNC, "supported_platforms", "iOS", "ok", "It supports Windows, macOS, iOS and Android."),
    C(SYNC, "supported_platforms", "Android", "ok", "It supports Windows, macOS, iOS and Android."),
    C(SYNC, "offline_mode", False, "ok", "Kindly note Meridian Sync cannot use in offline mode."),
])
OH0003 = """-----Original Message-----
From: Wei Ling Tan <weiling.tan@harbourline.com.sg> 
Sent: Wednesday, February 11, 2026 10:18 AM
To: Kenji Sato <k.sato@jp.meridian-data.com>
Subject: Re: Meridian Sync information / Harbourline Logistics

"""
Q0002_in_0003 = Block(OH0003 + B0002.text + "\n", "unknown")
Q0001_in_0003 = Block(Q0001_in_0002.text, "tokyo", B0001.claims, B0001.findings)
M0003 = add(Msg(3, KENJI, [WEILING], D8(2026, 2, 12, 11, 40, JST), "RE: Meridian Sync information / Harbourline Logistics",
                mid_outlook("0003"), [B0003, Q0002_in_0003, Q0001_in_0003], "iso-2022-jp", "7bit", kind="alternative",
                irt=M0002.mid, refs=[M0001.mid, M0002.mid], archive=True, xmailer="X-Mailer: Microsoft Outlook 16.0",
                extra=["Content-Language: en-US"]))

# ---------------------------------------------------------------- 0004 Osaka -> Kestrel (India), Vault
B0004 = Block("""Dear Mr. Arjun Mehta,

Thank you for your inquiry through our web site.
I am Nishimura from Osaka branch of Meridian Data, in charge of customers in India.
Please find the below information.

【Meridian Vault】
(1) RPO : 15 minutes
(2) Retention : 90 days as default (you can extend by option)
(3) SLA : 99.9%
(4) Data center : Tokyo, Osaka and Singapore
(5) Encryption : AES-256
(6) Price : ￥2,800 per TB per month (excluding tax)

Kindly note that the price is same for all regions.
If you need the quotation, please let me know the capacity you need.

Best regards,
Nishimura

""" + NISHI_SIG, "osaka", [
    C(VAULT, "rpo", D(15, "minutes"), "ok", "(1) RPO : 15 minutes"),
    C(VAULT, "retention", D(90, "days"), "ok", "(2) Retention : 90 days as default (you can extend by option)"),
    C(VAULT, "sla", 99.9, "conflict", "(3) SLA : 99.9%"),
    C(VAULT, "data_centers", "Tokyo", "ok", "(4) Data center : Tokyo, Osaka and Singapore"),
    C(VAULT, "data_centers", "Osaka", "ok", "(4) Data center : Tokyo, Osaka and Singapore"),
    C(VAULT, "data_centers", "Singapore", "conflict", "(4) Data center : Tokyo, Osaka and Singapore"),
    C(VAULT, "encryption", "AES-256", "ok", "(5) Encryption : AES-256"),
    C(VAULT, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "(6) Price : ￥2,800 per TB per month (excluding tax)"),
])
M0004 = add(Msg(4, NISHI, [ARJUN], D8(2026, 3, 5, 14, 40, JST), "[Meridian Data] Information of Meridian Vault",
                mid_outlook("0004", "OS3PR01MB"), [B0004], "iso-2022-jp", "7bit", archive=True,
                xmailer="X-Mailer: Microsoft Outlook 16.0", extra=["Content-Language: ja-JP"]))

# ---------------------------------------------------------------- 0005 Indian customer replies (Gmail)
B0005 = Block("""Dear Nishimura-san,

Thank you for the prompt revert.

We are evaluating backup for our Chennai and Pune offices. Approx. 120 TB data is there as of now.
Kindly share the quotation at the earliest. Also please confirm if our data can be kept in Singapore only,
as our compliance team has some concern on cross-border transfer.

Please do the needful.

""" + ARJUN_SIG + "\n", "unknown")
QH0005 = "On Thu, 5 Mar 2026 at 11:10, Takuya Nishimura <t.nishimura@osaka.jp.meridian-data.com> wrote:\n\n"
Q0004_in_0005 = Block(QH0005 + prefix(B0004.text) + "\n", "osaka", B0004.claims, B0004.findings)
M0005 = add(Msg(5, ARJUN, [NISHI], D8(2026, 3, 6, 10, 12, IST), "Re: [Meridian Data] Information of Meridian Vault",
                mid_gmail("0005"), [B0005, Q0004_in_0005], "UTF-8", "quoted-printable", kind="alternative",
                html_style="gmail", irt=M0004.mid, refs=[M0004.mid], archive=True))

# ---------------------------------------------------------------- 0006 Osaka quotation reply (not in archive)
B0006 = Block("""Dear Arjun-san,

Thank you for your reply. As per your request, please find our quotation (No. OSK-Q-2603-118) below.

Meridian Vault unit price is ￥2,800 per TB per month (tax excluded).
For 120TB, monthly total is ￥336,000. Special discount 10% is applied for this deal, so ￥302,400 per month.
This quotation is valid until 2026/4/30.

As for the data location, I have to correct my previous mail. Sorry for that.
For Meridian Vault, you can choose Tokyo or Osaka data center.
Meridian Vault data center is not in Singapore.

Best regards,
Nishimura

""" + NISHI_SIG + "\n", "osaka", [
    C(VAULT, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
      "Meridian Vault unit price is ￥2,800 per TB per month (tax excluded)."),
    C(VAULT, "data_centers", "Tokyo", "ok", "For Meridian Vault, you can choose Tokyo or Osaka data center."),
    C(VAULT, "data_centers", "Osaka", "ok", "For Meridian Vault, you can choose Tokyo or Osaka data center."),
])
OH0006 = """-----Original Message-----
From: Arjun Mehta <arjun.mehta@kestrelsoft.in> 
Sent: Friday, March 6, 2026 1:42 PM
To: Takuya Nishimura <t.nishimura@osaka.jp.meridian-data.com>
Subject: Re: [Meridian Data] Information of Meridian Vault

"""
M0006 = add(Msg(6, NISHI, [ARJUN], D8(2026, 3, 9, 16, 20, JST), "RE: [Meridian Data] Information of Meridian Vault (Quotation)",
                mid_outlook("0006", "OS3PR01MB"),
                [B0006, Block(OH0006 + B0005.text + "\n", "unknown"), Block(Q0004_in_0005.text, "osaka", B0004.claims)],
                "utf-8", "base64", kind="alternative", irt=M0005.mid, refs=[M0004.mid, M0005.mid],
                xmailer="X-Mailer: Microsoft Outlook 16.0", extra=["Content-Language: en-US"]))

# ---------------------------------------------------------------- 0007 US-HQ -> dental group (not in archive)
B0007 = Block("""Hi Megan,

Great chatting yesterday. Quick recap for you and Dr. Alvarez:

- Meridian Sync is $399/month for the whole practice, billed annually.
- Meridian Sync supports up to 5,000 users today, and that limit doubles to 10,000 on April 1.
- Your team of 60 across the 4 clinics is well within that either way.
- Storage: 1 TB per user on Meridian Sync, which is plenty for the X-ray and CBCT files.
- Meridian Sync is HIPAA compliant and we have a SOC 2 Type II report we can share under NDA.
- Uptime SLA on Meridian Sync is 99.9%.

Our industry-leading sync engine also handles the big imaging files well, so the front desk
won't be stuck waiting on uploads.

If you can sign before 3/31 I can take 15% off year one. Want to set up a call with IT Thursday?

Dev

Dev Patel | Account Executive, SMB West
Meridian Data, Inc. | 535 Mission St, 14th Fl, San Francisco, CA 94105
o: (415) 555-0186 | m: (628) 555-0143
""", "us-hq", [
    C(SYNC, "monthly_price", M(399, "USD", "month"), "ok", "Meridian Sync is $399/month for the whole practice, billed annually."),
    C(SYNC, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users today, and that limit doubles to 10,000 on April 1."),
    C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 5,000 users today, and that limit doubles to 10,000 on April 1."),
    C(SYNC, "storage_per_user", TB(1), "ok", "Storage: 1 TB per user on Meridian Sync"),
    C(SYNC, "certifications", "HIPAA", "conflict", "Meridian Sync is HIPAA compliant and we have a SOC 2 Type II report we can share under NDA."),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is HIPAA compliant and we have a SOC 2 Type II report we can share under NDA."),
    C(SYNC, "sla", 99.9, "ok", "Uptime SLA on Meridian Sync is 99.9%."),
], [PH("en.superlative", "Our industry-leading sync engine also handles the big imaging files well")])
M0007 = add(Msg(7, DEV, [MEGAN], D8(2026, 3, 12, 15, 47, PDT), "Meridian Sync recap + next steps",
                mid_gmail("0007"), [B0007], "UTF-8", "quoted-printable", kind="alternative", html_style="gmail"))

# ---------------------------------------------------------------- 0008 Tokyo -> Harbourline, Vault (Thunderbird, flowed)
B0008 = Block("""Dear Wei Ling,

Thank you for the meeting yesterday with your IT team. As promised, here is the summary of Meridian Vault.

(1) Meridian Vault SLA is ９９．９５％ (monthly).
(2) Meridian Vault data centers are in Tokyo, Osaka, Oregon and Frankfurt. Kindly note we do not have a Singapore data center.
(3) Meridian Vault RPO is 15 minutes, and default retention period is 90 days.
(4) It can store up to 500TB per one tenant. Your current data (about 35TB) is no problem.
(5) Meridian Vault encrypts the backup data by AES-256.
(6) As for the price, we usually quote in USD for Singapore customers: Meridian Vault is USD 20 per TB per month.
In case you contract with our Japan entity, Meridian Vault is ￥2,800 per TB per month (tax excluded).

Your backup data is 100% safe in our Tokyo and Osaka data centers.

Kindly let me know your available date for the PoC. 2026/3/30 or 3/31 is possible from our side.

Best regards,
Yuko

""" + YUKO_SIG + "\n", "tokyo", [
    C(VAULT, "sla", 99.95, "ok", "(1) Meridian Vault SLA is ９９．９５％ (monthly)."),
    C(VAULT, "data_centers", "Tokyo", "ok", "Meridian Vault data centers are in Tokyo, Osaka, Oregon and Frankfurt."),
    C(VAULT, "data_centers", "Osaka", "ok", "Meridian Vault data centers are in Tokyo, Osaka, Oregon and Frankfurt."),
    C(VAULT, "data_centers", "Oregon", "ok", "Meridian Vault data centers are in Tokyo, Osaka, Oregon and Frankfurt."),
    C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault data centers are in Tokyo, Osaka, Oregon and Frankfurt."),
    C(VAULT, "rpo", D(15, "minutes"), "ok", "Meridian Vault RPO is 15 minutes, and default retention period is 90 days."),
    C(VAULT, "retention", D(90, "days"), "ok", "Meridian Vault RPO is 15 minutes, and default retention period is 90 days."),
    C(VAULT, "max_storage", TB(500), "ok", "(4) It can store up to 500TB per one tenant."),
    C(VAULT, "encryption", "AES-256", "ok", "(5) Meridian Vault encrypts the backup data by AES-256."),
    C(VAULT, "price_per_tb", M(20, "USD", "TB-month"), "office-variant", "Meridian Vault is USD 20 per TB per month."),
    C(VAULT, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
      "In case you contract with our Japan entity, Meridian Vault is ￥2,800 per TB per month (tax excluded)."),
], [PH("en.guarantee", "Your backup data is 100% safe in our Tokyo and Osaka data centers.")])
M0008 = add(Msg(8, YUKO, [WEILING], D8(2026, 3, 20, 10, 5, JST), "Meridian Vault for Harbourline (backup)",
                mid_uuid("0008", "jp.meridian-data.com").lower(), [B0008], "UTF-8", "8bit", flowed=True, archive=True,
                extra=["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"]))

# ---------------------------------------------------------------- 0009 Osaka -> Sunda (Singapore), Sync
B0009 = Block("""Dear Mr. Raj Kumar,

Thank you for your time in the web meeting on 2026/3/24.
As promised, I send you the information of Meridian Sync.

■Meridian Sync
（１）Max users : 5,000 users at this moment. From 2026/4/1, it will be up to １０，０００ users.
（２）SLA : 99.9% (monthly)
（３）Storage : 1TB per 1 user
（４）Price : ￥55,000 per month (tax included)
（５）Offline : Meridian Sync can be used offline also, and data will sync after connection is back.
（６）OS : Windows, Mac, iPhone/iPad and Android

If you have any question, please do not hesitate to contact me.
よろしくお願いいたします。

""" + OKADA_SIG, "osaka", [
    C(SYNC, "max_users", 5000, "ok", "（１）Max users : 5,000 users at this moment."),
    C(SYNC, "max_users", 10000, "ok", "From 2026/4/1, it will be up to １０，０００ users."),
    C(SYNC, "sla", 99.9, "ok", "（２）SLA : 99.9% (monthly)"),
    C(SYNC, "storage_per_user", TB(1), "ok", "（３）Storage : 1TB per 1 user"),
    C(SYNC, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "（４）Price : ￥55,000 per month (tax included)"),
    C(SYNC, "offline_mode", True, "conflict", "（５）Offline : Meridian Sync can be used offline also, and data will sync after connection is back."),
    C(SYNC, "supported_platforms", "Windows", "ok", "（６）OS : Windows, Mac, iPhone/iPad and Android"),
    C(SYNC, "supported_platforms", "macOS", "ok", "（６）OS : Windows, Mac, iPhone/iPad and Android"),
    C(SYNC, "supported_platforms", "iOS", "ok", "（６）OS : Windows, Mac, iPhone/iPad and Android"),
    C(SYNC, "supported_platforms", "Android", "ok", "（６）OS : Windows, Mac, iPhone/iPad and Android"),
])
M0009 = add(Msg(9, OKADA, [RAJ], D8(2026, 3, 25, 16, 2, JST), "Meridian Sync information",
                mid_outlook("0009", "TY0PR01MB"), [B0009], "iso-2022-jp", "7bit", archive=True,
                xmailer="X-Mailer: Microsoft Outlook 16.0"))

# ---------------------------------------------------------------- 0010 Sunda asks (Outlook for Android)
B0010 = Block("""Hi Okada-san,

Thanks for the info. Sorry, just to confirm: is the SLA of Meridian Sync 99.9% or 99.99%?
Our sister company in KL was told by a reseller that Meridian Sync has 99.99% uptime.

Regards,
""" + RAJ_SIG + "\n", "unknown", [
    C(SYNC, "sla", 99.99, "conflict", "Our sister company in KL was told by a reseller that Meridian Sync has 99.99% uptime."),
])
OH0010 = """________________________________
From: Mayumi Okada <m.okada@osaka.jp.meridian-data.com>
Sent: Wednesday, March 25, 2026 3:02:11 PM
To: Raj Kumar <raj.kumar@sundaprecision.sg>
Subject: Meridian Sync information

"""
Q0009_in_0010 = Block(OH0010 + B0009.text + "\n", "osaka", B0009.claims)
M0010 = add(Msg(10, RAJ, [OKADA], D8(2026, 3, 26, 17, 40, SGT), "RE: Meridian Sync information",
                mid_outlook("0010", "SG2PR06MB", "apcprd06"), [B0010, Q0009_in_0010], "utf-8", "base64",
                kind="alternative", irt=M0009.mid, refs=[M0009.mid], archive=True))

# ---------------------------------------------------------------- 0011 Osaka one-liner from iPhone
B0011 = Block("""Yes, 99.9% as I said.

iPhoneから送信
""", "osaka")
QH0011 = "2026/03/26 18:40、Raj Kumar <raj.kumar@sundaprecision.sg>のメール:\n\n"
Q0010_in_0011 = Block(QH0011 + prefix(B0010.text) + "\n" + prefix(Q0009_in_0010.text) + "\n", "mixed")
Q0010_in_0011.parts = [("unknown", B0010.claims), ("osaka", B0009.claims)]
M0011 = add(Msg(11, OKADA, [RAJ], D8(2026, 3, 26, 19, 5, JST), "Re: Meridian Sync information",
                mid_uuid("0011", "osaka.jp.meridian-data.com"), [B0011, Q0010_in_0011], "utf-8", "quoted-printable",
                irt=M0010.mid, refs=[M0009.mid, M0010.mid], archive=True, xmailer="X-Mailer: iPhone Mail (23D60)"))

# ---------------------------------------------------------------- 0012 Tokyo update, cc Osaka, JP+EN
B0012 = Block("""西村さん（CC）
お疲れ様です。Harbourline様への最新のご案内を、ご参考までに共有いたします。
（メリディアン・ファイルシンク時代からのお客様です）
なお、メリディアン シンクの月額料金は従来どおり50,000円（税抜）です。

---

Dear Ms. Tan,

I hope you are doing well. Kindly note the below update of Meridian Sync.

(1) Max users
From 2026/4/1, Meridian Sync maximum users is expanded to 10,000 users per tenant.
So your plan of 1,200 users for next year is no problem at all.

(2) Offline mode
As informed before, Meridian Sync does not support offline mode.

(3) Price
As for the price, Meridian Sync is still ￥50,000 per month (excluding consumption tax).

By the way, Meridian Sync is No.1 file sharing service in Japan market, so please be relax.
Your satisfaction is our No.1 priority.

Best regards,

""" + KENJI_SIG, "tokyo", [
    C(SYNC, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "なお、メリディアン シンクの月額料金は従来どおり50,000円（税抜）です。"),
    C(SYNC, "max_users", 10000, "ok", "From 2026/4/1, Meridian Sync maximum users is expanded to 10,000 users per tenant."),
    C(SYNC, "offline_mode", False, "ok", "As informed before, Meridian Sync does not support offline mode."),
], [TERM(SYNC, "（メリディアン・ファイルシンク時代からのお客様です）"),
    PH("en.superlative", "By the way, Meridian Sync is No.1 file sharing service in Japan market, so please be relax.")])
M0012 = add(Msg(12, KENJI, [WEILING], D8(2026, 4, 8, 9, 30, JST), "[Update] Meridian Sync maximum users / Harbourline Logistics",
                mid_outlook("0012"), [B0012], "iso-2022-jp", "7bit", cc=[NISHI], archive=True,
                xmailer="X-Mailer: Microsoft Outlook 16.0"))

# ---------------------------------------------------------------- 0013 Osaka introduces Insight
B0013 = Block("""Dear Arjun-san,

Thank you for your continuous support.
As I mentioned in the phone call on 2026/4/10, I would like to introduce our new service, Meridian Insight.

【Meridian Insight】
(1) Release : Meridian Insight will release on 2026/12/1 officially. Currently it is beta version.
(2) Free trial : You can try Meridian Insight free for 30 days.
(3) Performance : It can return query result within 2 seconds.
(4) Dashboards : Max 300 dashboards per one workspace.
(5) Connectors : More than 50 data sources are supported.
(6) Price : ￥4,000 per user per month (excluding tax)

Meridian Insight is the world's fastest BI tool for big data, so I believe it is good for your Chennai team.

Best regards,
Nishimura

""" + NISHI_SIG, "osaka", [
    C(INSIGHT, "general_availability", "2026-12-01", "conflict", "(1) Release : Meridian Insight will release on 2026/12/1 officially."),
    C(INSIGHT, "free_trial", D(30, "days"), "ok", "(2) Free trial : You can try Meridian Insight free for 30 days."),
    C(INSIGHT, "query_latency", D(2, "seconds"), "ok", "(3) Performance : It can return query result within 2 seconds."),
    C(INSIGHT, "max_dashboards", 300, "conflict", "(4) Dashboards : Max 300 dashboards per one workspace."),
    C(INSIGHT, "integrations", 50, "unverified", "(5) Connectors : More than 50 data sources are supported."),
    C(INSIGHT, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "(6) Price : ￥4,000 per user per month (excluding tax)"),
], [PH("en.superlative", "Meridian Insight is the world's fastest BI tool for big data")])
M0013 = add(Msg(13, NISHI, [ARJUN], D8(2026, 4, 14, 11, 52, JST), "Introduction of Meridian Insight",
                mid_outlook("0013", "OS3PR01MB"), [B0013], "iso-2022-jp", "7bit", archive=True,
                xmailer="X-Mailer: Microsoft Outlook 16.0"))

# ---------------------------------------------------------------- 0014 US-HQ on Insight
B0014 = Block("""Hi Megan,

Dev mentioned you're also curious about analytics for the practice, so here's where Meridian Insight stands:

• Meridian Insight is in public beta right now; general availability is planned for January 2027.
• At GA, Meridian Insight will be $30 per user per month.
• You can start a 30-day free trial of Meridian Insight whenever you're ready, no card needed.

Separately, the renewal for your 60 Meridian Sync seats is due on 6/1. I'll send the paperwork in May.

Best,
Rachel

""" + RACHEL_SIG + "\n", "us-hq", [
    C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight is in public beta right now; general availability is planned for January 2027."),
    C(INSIGHT, "per_user_price", M(30, "USD", "user-month"), "ok", "At GA, Meridian Insight will be $30 per user per month."),
    C(INSIGHT, "free_trial", D(30, "days"), "ok", "You can start a 30-day free trial of Meridian Insight whenever you're ready"),
])
M0014 = add(Msg(14, RACHEL, [MEGAN], D8(2026, 4, 20, 10, 15, PDT), "Meridian Insight - where things stand",
                mid_outlook("0014", "BY5PR11MB", "namprd11"), [B0014], "utf-8", "quoted-printable", kind="alternative",
                archive=True, xmailer="X-Mailer: Microsoft Outlook for Mac 16.84"))

# ---------------------------------------------------------------- 0015 Indian customer points at the contradiction
B0015 = Block("""Dear Nishimura-san,

Thanks for the details on Meridian Insight.

One clarification please. As per your mail, Meridian Insight official release is 2026/12/1.
However, our US subsidiary was informed by your San Francisco office that Meridian Insight GA is January 2027.
Kindly clarify which one is correct, as we are preparing FY2027 budget now.

Also please share the trial registration link.

""" + ARJUN_SIG + "\n", "unknown", [
    C(INSIGHT, "general_availability", "2026-12-01", "conflict", "As per your mail, Meridian Insight official release is 2026/12/1."),
    C(INSIGHT, "general_availability", "2027-01", "ok", "However, our US subsidiary was informed by your San Francisco office that Meridian Insight GA is January 2027."),
])
QH0015 = "On Tue, 14 Apr 2026 at 08:22, Takuya Nishimura <t.nishimura@osaka.jp.meridian-data.com> wrote:\n\n"
Q0013_in_0015 = Block(QH0015 + prefix(B0013.text) + "\n", "osaka", B0013.claims, B0013.findings)
M0015 = add(Msg(15, ARJUN, [NISHI], D8(2026, 4, 22, 10, 17, IST), "Re: Introduction of Meridian Insight",
                mid_gmail("0015"), [B0015, Q0013_in_0015], "UTF-8", "quoted-printable", kind="alternative",
                html_style="gmail", irt=M0013.mid, refs=[M0013.mid], archive=True))

# ---------------------------------------------------------------- 0016 Osaka corrects itself
B0016 = Block("""Dear Arjun-san,

Sorry for the confusion. Meridian Insight GA is January 2027, not 2026/12/1 as I wrote in my previous mail.
Our San Francisco colleague is correct. Until GA, Meridian Insight is provided as beta version.

The trial registration link is below.
https://insight.meridian-data.com/trial?ref=OSK-0423

Best regards,
Nishimura

""" + NISHI_SIG + "\n", "osaka", [
    C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight GA is January 2027, not 2026/12/1 as I wrote in my previous mail."),
])
OH0016 = """-----Original Message-----
From: Arjun Mehta <arjun.mehta@kestrelsoft.in> 
Sent: Wednesday, April 22, 2026 1:47 PM
To: Takuya Nishimura <t.nishimura@osaka.jp.meridian-data.com>
Subject: Re: Introduction of Meridian Insight

"""
M0016 = add(Msg(16, NISHI, [ARJUN], D8(2026, 4, 23, 9, 10, JST), "RE: Introduction of Meridian Insight",
                mid_outlook("0016", "OS3PR01MB"),
                [B0016, Block(OH0016 + B0015.text + "\n", "unknown", B0015.claims),
                 Block(Q0013_in_0015.text, "osaka", B0013.claims, B0013.findings)],
                "iso-2022-jp", "7bit", irt=M0015.mid, refs=[M0013.mid, M0015.mid], archive=True,
                xmailer="X-Mailer: Microsoft Outlook 16.0"))

# ---------------------------------------------------------------- 0017 London -> UK arm of an Indian firm (not in archive)
B0017 = Block("""Dear Priya,

Many thanks for your time on Tuesday. As promised, a short summary on Meridian Vault for the UK entity:

1. Meridian Vault is £16 per TB per month, excluding VAT.
2. Default retention on Meridian Vault is 90 days; longer periods are available as an add-on.
3. We can host your Meridian Vault tenant in our London data centre, or in Frankfurt if you prefer.
4. Meridian Vault's RTO is typically under 4 hours for a full tenant restore.

Happy to set up a call with our solutions engineer next week. Do let me know what suits.

Kind regards,
Oliver

Oliver Hart
Senior Account Manager
Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG
T: +44 20 7946 0321 | M: +44 7700 900461
Registered in England and Wales, company no. 09876543. VAT reg. GB 123 4567 89
""", "london", [
    C(VAULT, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "1. Meridian Vault is £16 per TB per month, excluding VAT."),
    C(VAULT, "retention", D(90, "days"), "ok", "2. Default retention on Meridian Vault is 90 days; longer periods are available as an add-on."),
    C(VAULT, "data_centers", "London", "conflict", "We can host your Meridian Vault tenant in our London data centre, or in Frankfurt if you prefer."),
    C(VAULT, "data_centers", "Frankfurt", "ok", "We can host your Meridian Vault tenant in our London data centre, or in Frankfurt if you prefer."),
    C(VAULT, "rto", D(4, "hours"), "unverified", "4. Meridian Vault's RTO is typically under 4 hours for a full tenant restore."),
])
M0017 = add(Msg(17, OLIVER, [PRIYA], D8(2026, 5, 8, 16, 32, BST), "Meridian Vault – summary from Tuesday",
                mid_outlook("0017", "LO2P265MB", "GBRP265"), [B0017], "utf-8", "quoted-printable", kind="alternative",
                xmailer="X-Mailer: Microsoft Outlook 16.0"))

# ---------------------------------------------------------------- 0018 Tokyo forwards a Japanese answer from Osaka (not in archive)
B0018 = Block("""Dear Wei Ling,

Regarding your question about the backup of big CAD files, I asked our engineer in Osaka.
His answer is below in Japanese, sorry for that. Short summary in English:

(1) Meridian Vault default retention is 90 days.
(2) Meridian Vault can backup a single file up to 5TB.
(3) Your data is stored in Tokyo and Osaka data centers of Meridian Vault.

Best regards,
Yuko
""", "tokyo", [
    C(VAULT, "retention", D(90, "days"), "ok", "(1) Meridian Vault default retention is 90 days."),
    C(VAULT, "max_file_size", TB(5), "unverified", "(2) Meridian Vault can backup a single file up to 5TB."),
    C(VAULT, "data_centers", "Tokyo", "ok", "(3) Your data is stored in Tokyo and Osaka data centers of Meridian Vault."),
    C(VAULT, "data_centers", "Osaka", "ok", "(3) Your data is stored in Tokyo and Osaka data centers of Meridian Vault."),
])
F0018 = Block("""
-------- 転送メッセージ --------
件名: 	Re: [質問] Harbourline様 大容量ファイルのバックアップについて
日付: 	Mon, 1 Jun 2026 17:48:12 +0900
差出人: 	松本 亮 <r.matsumoto@osaka.jp.meridian-data.com>
宛先: 	林 優子 <y.hayashi@jp.meridian-data.com>

林さん

お疲れ様です。大阪の松本です。
Harbourline様のご質問の件、以下のとおり回答いたします。

・メリディアン ボールトのバックアップ保持期間は、標準で90日となります（延長はオプション）。
・メリディアン ボールトでは1ファイルあたり最大5TBまでバックアップ可能です。
・同製品のデータは東京と大阪の2拠点に保存されるため、消失することは絶対にありません。

以上、よろしくお願いします。
松本
""", "osaka", [
    C(VAULT, "retention", D(90, "days"), "ok", "メリディアン ボールトのバックアップ保持期間は、標準で90日となります（延長はオプション）。"),
    C(VAULT, "max_file_size", TB(5), "unverified", "メリディアン ボールトでは1ファイルあたり最大5TBまでバックアップ可能です。"),
    C(VAULT, "data_centers", "Tokyo", "ok", "同製品のデータは東京と大阪の2拠点に保存されるため、消失することは絶対にありません。"),
    C(VAULT, "data_centers", "Osaka", "ok", "同製品のデータは東京と大阪の2拠点に保存されるため、消失することは絶対にありません。"),
], [PH("ja.absolute", "同製品のデータは東京と大阪の2拠点に保存されるため、消失することは絶対にありません。")])
M0018 = add(Msg(18, YUKO, [WEILING], D8(2026, 6, 2, 14, 25, JST), "Fwd: Backup of big CAD files (answer from Osaka engineer)",
                mid_uuid("0018", "jp.meridian-data.com").lower(), [B0018, F0018], "UTF-8", "base64",
                extra=["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"]))

# ---------------------------------------------------------------- 0019 US customer from phone
B0019 = Block("""Hi Rachel - quick one. Dev told us back in March that Meridian Sync is HIPAA compliant.
Our compliance person wants the BAA before we renew, can you send it over?

Thanks!
Megan

Sent from my iPhone
""", "unknown", [
    C(SYNC, "certifications", "HIPAA", "conflict", "Dev told us back in March that Meridian Sync is HIPAA compliant."),
])
M0019 = add(Msg(19, MEGAN, [RACHEL], D8(2026, 6, 15, 21, 14, PDT), "HIPAA / BAA",
                mid_uuid("0019", "pinecrestdental.com"), [B0019], "utf-8", "7bit", archive=True,
                xmailer="X-Mailer: iPhone Mail (23F79)"))

# ---------------------------------------------------------------- 0020 US-HQ corrects the customer
B0020 = Block("""Hi Megan,

Thanks for checking before signing. I have to correct what you were told: Meridian Sync is not HIPAA certified,
and we can't sign a BAA for it today. What Meridian Sync does have is ISO 27001 certification and a SOC 2 Type II
report, which I'm happy to send under NDA.

I'm sorry for the confusion; Dev and I have talked it through.

Best,
Rachel

""" + RACHEL_SIG + "\n", "us-hq", [
    C(SYNC, "certifications", "ISO 27001", "ok", "What Meridian Sync does have is ISO 27001 certification and a SOC 2 Type II"),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "What Meridian Sync does have is ISO 27001 certification and a SOC 2 Type II"),
])
QH0020 = "On Jun 15, 2026, at 9:14 PM, Megan Shaw <mshaw@pinecrestdental.com> wrote:\n\n"
M0020 = add(Msg(20, RACHEL, [MEGAN], D8(2026, 6, 16, 8, 5, PDT), "Re: HIPAA / BAA",
                mid_outlook("0020", "BY5PR11MB", "namprd11"),
                [B0020, Block(QH0020 + prefix(B0019.text) + "\n", "unknown", B0019.claims)],
                "utf-8", "quoted-printable", kind="alternative", irt=M0019.mid, refs=[M0019.mid], archive=True,
                xmailer="X-Mailer: Microsoft Outlook for Mac 16.86"))

# ---------------------------------------------------------------- 0021 Osaka quotation (Shift_JIS)
B0021 = Block("""Dear Mr. Raj Kumar,

Thank you for deciding to go ahead with 350 licenses from 2026/8/1.
Please find our quotation No. Q-OSK-2607-031 as below.

■Meridian Sync (former name: Meridian FileSync)
（１）Monthly fee : ￥50,000 (excl. tax) / ￥55,000 (incl. tax)
（２）Max users : 10,000 users per tenant
（３）Certification : ISO 27001, SOC 2 Type II and ISO 27017
（４）Version history : unlimited
（５）Contract term : 12 months

※金額は税抜・税込を併記しております。

Best regards,

""" + OKADA_SIG, "osaka", [
    C(SYNC, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "（１）Monthly fee : ￥50,000 (excl. tax) / ￥55,000 (incl. tax)"),
    C(SYNC, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "（１）Monthly fee : ￥50,000 (excl. tax) / ￥55,000 (incl. tax)"),
    C(SYNC, "max_users", 10000, "ok", "（２）Max users : 10,000 users per tenant"),
    C(SYNC, "certifications", "ISO 27001", "ok", "（３）Certification : ISO 27001, SOC 2 Type II and ISO 27017"),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "（３）Certification : ISO 27001, SOC 2 Type II and ISO 27017"),
    C(SYNC, "certifications", "ISO 27017", "conflict", "（３）Certification : ISO 27001, SOC 2 Type II and ISO 27017"),
], [TERM(SYNC, "■Meridian Sync (former name: Meridian FileSync)"), PH("en.unlimited", "（４）Version history : unlimited")])
M0021 = add(Msg(21, OKADA, [RAJ], D8(2026, 7, 1, 13, 30, JST), "Quotation for Meridian Sync (Q-OSK-2607-031)",
                mid_outlook("0021", "TY0PR01MB"), [B0021], "Shift_JIS", "8bit", archive=True,
                xmailer="X-Mailer: Becky! ver. 2.81.04"))

# ---------------------------------------------------------------- 0022 Tokyo -> new Indian customer, Insight (not in archive)
B0022 = Block("""Dear Mr. Iyer,

Nice to e-meet you. I am Kenji Sato from Tokyo office of Meridian Data. Ms. Tan of Harbourline kindly introduced you to me.

As for Meridian Insight, kindly note the following points.
(1) Meridian Insight is beta version now and will be GA on 2027/1.
(2) You can use Meridian Insight free trial for 30 days.
(3) Meridian Insight UI is available in 12 languages including Hindi and Japanese.
(4) As for the price, Meridian Insight is ￥4,400 per user per month including tax.
For customers in India we can also quote in USD: Meridian Insight is USD 30 per user per month.
(5) Version upgrade of Meridian Insight is done with zero downtime.

Please feel free to ask me anytime. I am in Tokyo, so kindly allow some time difference.

Best regards,

""" + KENJI_SIG + "\n", "tokyo", [
    C(INSIGHT, "general_availability", "2027-01", "ok", "(1) Meridian Insight is beta version now and will be GA on 2027/1."),
    C(INSIGHT, "free_trial", D(30, "days"), "ok", "(2) You can use Meridian Insight free trial for 30 days."),
    C(INSIGHT, "ui_languages", 12, "unverified", "(3) Meridian Insight UI is available in 12 languages including Hindi and Japanese."),
    C(INSIGHT, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", "(4) As for the price, Meridian Insight is ￥4,400 per user per month including tax."),
    C(INSIGHT, "per_user_price", M(30, "USD", "user-month"), "office-variant", "Meridian Insight is USD 30 per user per month."),
], [PH("en.guarantee", "(5) Version upgrade of Meridian Insight is done with zero downtime.")])
M0022 = add(Msg(22, KENJI, [SANJAY], D8(2026, 9, 10, 18, 45, JST), "Meridian Insight information for Lotus Medisys",
                mid_outlook("0022"), [B0022], "utf-8", "base64", kind="alternative",
                xmailer="X-Mailer: Microsoft Outlook 16.0"))

# ================================================================== documents
DOCS = []   # (path, office, text, claims, findings)

DOC_TOKYO = """# Proposal for Harbourline Logistics Pte. Ltd. — File sharing and backup, FY2027

Prepared by: Kenji Sato / Yuko Hayashi, Tokyo Office, Meridian Data Japan K.K.
Date: 2026/11/20
Proposal No.: MDJ-TKY-2611-044

## 1. Background

Harbourline Logistics is using Meridian Sync since 2026/2 for the staff in Singapore, Johor Bahru and Jakarta.
For FY2027, Harbourline would like to add the backup of the dispatch system and CAD files.
In this proposal, we kindly suggest the renewal of Meridian Sync and the new introduction of Meridian Vault.

## 2. Meridian Sync

| Item | Specification |
|---|---|
| Max users | 10,000 users per tenant |
| Storage | 1TB per user |
| SLA | 99.9% (monthly) |
| Supported OS | Windows, macOS, iOS, Android |
| Offline mode | Not supported |

Kindly note the dispatch PCs with Ubuntu can use Meridian Sync by web browser only.

## 3. Meridian Vault

| Item | Specification |
|---|---|
| RPO | 15 minutes |
| Default retention | 90 days |
| SLA | 99.95% |
| Data center | Tokyo, Osaka (Japan) |
| Max storage | 500TB per tenant (1PB is also possible by special contract) |
| Encryption | AES-256 |

Meridian Vault was rated #1 backup service by logistics IT managers in APAC [1].

## 4. Price

All amounts below are in Japanese Yen and exclude consumption tax.

| Product | Unit price | Qty | Note |
|---|---|---|---|
| Meridian Sync | ￥50,000 / month | 1 tenant | renewal |
| Meridian Vault | ￥2,800 / TB / month | 40 | new |

Estimated total: ￥162,000 per month, before the volume discount of 8% for this deal.

## 5. Schedule

- Kick-off meeting: 2026/12/7 (Mon) 15:00 SGT
- Migration of backup data: 2026/12/14 – 2027/1/8
- Target date of completion: 2027/1/15

[1] Source: APAC Logistics IT Survey 2026, Straits Tech Research (n=214).
"""
DOCS.append(("docs/tokyo/harbourline-proposal-fy2027.md", "tokyo", DOC_TOKYO, [
    C(SYNC, "max_users", 10000, "ok", "| Max users | 10,000 users per tenant |"),
    C(SYNC, "storage_per_user", TB(1), "ok", "| Storage | 1TB per user |"),
    C(SYNC, "sla", 99.9, "ok", "| SLA | 99.9% (monthly) |"),
    C(SYNC, "supported_platforms", "Windows", "ok", "| Supported OS | Windows, macOS, iOS, Android |"),
    C(SYNC, "supported_platforms", "macOS", "ok", "| Supported OS | Windows, macOS, iOS, Android |"),
    C(SYNC, "supported_platforms", "iOS", "ok", "| Supported OS | Windows, macOS, iOS, Android |"),
    C(SYNC, "supported_platforms", "Android", "ok", "| Supported OS | Windows, macOS, iOS, Android |"),
    C(SYNC, "offline_mode", False, "ok", "| Offline mode | Not supported |"),
    C(VAULT, "rpo", D(15, "minutes"), "ok", "| RPO | 15 minutes |"),
    C(VAULT, "retention", D(90, "days"), "ok", "| Default retention | 90 days |"),
    C(VAULT, "sla", 99.95, "ok", "| SLA | 99.95% |"),
    C(VAULT, "data_centers", "Tokyo", "ok", "| Data center | Tokyo, Osaka (Japan) |"),
    C(VAULT, "data_centers", "Osaka", "ok", "| Data center | Tokyo, Osaka (Japan) |"),
    C(VAULT, "max_storage", TB(500), "ok", "| Max storage | 500TB per tenant (1PB is also possible by special contract) |"),
    C(VAULT, "max_storage", TB(1000), "conflict", "| Max storage | 500TB per tenant (1PB is also possible by special contract) |"),
    C(VAULT, "encryption", "AES-256", "ok", "| Encryption | AES-256 |"),
    C(SYNC, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "| Meridian Sync | ￥50,000 / month | 1 tenant | renewal |"),
    C(VAULT, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "| Meridian Vault | ￥2,800 / TB / month | 40 | new |"),
], []))

DOC_OSAKA = """御見積書 / QUOTATION
==============================================================
見積番号 / Quotation No. : Q-OSK-2611-087
発行日 / Date            : 2026/11/18
宛先 / To                : Sunda Precision Pte. Ltd.  Attn: Mr. Raj Kumar
有効期限 / Valid until   : 2026/12/31

株式会社メリディアンデータ・ジャパン 大阪支社
Meridian Data Japan K.K., Osaka Branch
〒530-0001 大阪市北区梅田3-1-3 ノースゲートビルディング21F  TEL 06-6345-7788
担当 / Sales rep : 岡田 真由美 (Mayumi Okada)

--------------------------------------------------------------
品目 / Item                                 単価 / Unit price               数量 / Qty
--------------------------------------------------------------
メリディアン シンク / Meridian Sync           ￥55,000 / month（税込）          1
メリディアン ボールト / Meridian Vault        ￥2,800 / TB / month（税込）      40
メリディアン インサイト / Meridian Insight    ￥4,000 / user / month（税抜）    25
--------------------------------------------------------------

【備考 / Notes】
(1) Meridian Sync : max 10,000 users per tenant / メリディアン シンクは1テナントあたり最大10,000ユーザーまでご利用いただけます。
(2) Meridian Sync can be used in offline environment. / メリディアン シンクはオフライン環境でもご利用いただけます。
(3) Meridian Sync supports Windows, macOS, iOS, Android and Linux (Ubuntu 22.04).
(4) Meridian Insight : official release (GA) is 2027/1. Until then it is provided as beta.
(5) メリディアン ボールトは業界最安クラスの料金でご提供しております。
(6) Usage of Meridian Vault is calculated by the actual TB at the end of each month.

以上
"""
DOCS.append(("docs/osaka/sunda-quotation-Q-OSK-2611-087.txt", "osaka", DOC_OSAKA, [
    C(SYNC, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "メリディアン シンク / Meridian Sync           ￥55,000 / month（税込）"),
    C(VAULT, "price_per_tb", M(2800, "JPY", "TB-month", "included"), "conflict", "メリディアン ボールト / Meridian Vault        ￥2,800 / TB / month（税込）"),
    C(INSIGHT, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイト / Meridian Insight    ￥4,000 / user / month（税抜）"),
    C(SYNC, "max_users", 10000, "ok", "(1) Meridian Sync : max 10,000 users per tenant"),
    C(SYNC, "offline_mode", True, "conflict", "(2) Meridian Sync can be used in offline environment."),
    C(SYNC, "supported_platforms", "Windows", "ok", "(3) Meridian Sync supports Windows, macOS, iOS, Android and Linux (Ubuntu 22.04)."),
    C(SYNC, "supported_platforms", "macOS", "ok", "(3) Meridian Sync supports Windows, macOS, iOS, Android and Linux (Ubuntu 22.04)."),
    C(SYNC, "supported_platforms", "iOS", "ok", "(3) Meridian Sync supports Windows, macOS, iOS, Android and Linux (Ubuntu 22.04)."),
    C(SYNC, "supported_platforms", "Android", "ok", "(3) Meridian Sync supports Windows, macOS, iOS, Android and Linux (Ubuntu 22.04)."),
    C(SYNC, "supported_platforms", "Linux", "conflict", "(3) Meridian Sync supports Windows, macOS, iOS, Android and Linux (Ubuntu 22.04)."),
    C(INSIGHT, "general_availability", "2027-01", "ok", "(4) Meridian Insight : official release (GA) is 2027/1."),
], [PH("ja.cheapest", "(5) メリディアン ボールトは業界最安クラスの料金でご提供しております。")]))

DOC_US = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pinecrest Dental Group - Analytics and File Sharing Proposal</title>
</head>
<body>
<h1>Pinecrest Dental Group: Analytics &amp; File Sharing Proposal</h1>
<p>Prepared by Rachel Nguyen, Meridian Data, Inc. &middot; November 19, 2026 &middot; Ref. MD-US-P-26-1187</p>

<h2>Meridian Insight</h2>
<p>Meridian Insight is in beta today and becomes generally available in January 2027. Pinecrest can
start on the beta and move to the GA release without re-implementing anything.</p>
<ul>
  <li>Pricing: <del>$35</del> $30 per user per month at GA.</li>
  <li>Dashboards load in under one second for a typical practice workload.</li>
  <li>Up to 200 dashboards per workspace, so each of the 4 clinics can keep its own set.</li>
  <li>Start with a risk-free 30-day trial on your own data.</li>
  <li>Meridian Insight connects to 40+ data sources, including Dentrix and QuickBooks.</li>
</ul>

<h2>Meridian Sync</h2>
<table>
  <caption>Meridian Sync subscription</caption>
  <tr><th>Item</th><th>Detail</th></tr>
  <tr><td>Monthly price</td><td>$399 per month (whole practice)</td></tr>
  <tr><td>Users</td><td>Up to 10,000 per organization</td></tr>
  <tr><td>Uptime SLA</td><td>99.9%</td></tr>
  <tr><td>Compliance</td><td>SOC 2 Type II, ISO 27001 (not HIPAA)</td></tr>
</table>
<p>Your current plan covers the 4 clinics and the central billing office; nothing changes at renewal on June 1, 2027.</p>

<hr>
<p><small>Meridian Data, Inc. &middot; 535 Mission St, 14th Floor, San Francisco, CA 94105 &middot; (415) 555-0199</small></p>
</body>
</html>
"""
DOCS.append(("docs/us-hq/pinecrest-analytics-proposal.html", "us-hq", DOC_US, [
    C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight is in beta today and becomes generally available in January 2027."),
    C(INSIGHT, "per_user_price", M(30, "USD", "user-month"), "ok", "$30 per user per month at GA."),
    C(INSIGHT, "query_latency", D(1, "seconds"), "conflict", "Dashboards load in under one second for a typical practice workload."),
    C(INSIGHT, "max_dashboards", 200, "ok", "Up to 200 dashboards per workspace"),
    C(INSIGHT, "free_trial", D(30, "days"), "ok", "Start with a risk-free 30-day trial on your own data."),
    C(INSIGHT, "integrations", 40, "unverified", "Meridian Insight connects to 40+ data sources, including Dentrix and QuickBooks."),
    C(SYNC, "monthly_price", M(399, "USD", "month"), "ok", "$399 per month (whole practice)"),
    C(SYNC, "max_users", 10000, "ok", "Up to 10,000 per organization"),
    C(SYNC, "sla", 99.9, "ok", "<td>Uptime SLA</td><td>99.9%</td>"),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "SOC 2 Type II, ISO 27001 (not HIPAA)"),
    C(SYNC, "certifications", "ISO 27001", "ok", "SOC 2 Type II, ISO 27001 (not HIPAA)"),
], [PH("en.guarantee", "Start with a risk-free 30-day trial on your own data.")]))

DOC_LONDON = """# Backup and file sharing proposal — Vardhan Infotech UK Ltd

Prepared by Oliver Hart, Meridian Data UK Ltd · 16 November 2026 · Ref. MDUK-P-1126-019

## Meridian Vault

Meridian Vault gives Vardhan a recovery point objective of 15 minutes across all protected workloads.
Availability is 99.95%, as set out in our Cloud Services SLA.
Meridian Vault is hosted in our Frankfurt and Oregon data centres; for UK data we recommend Frankfurt.
Meridian Vault is SOC 2 Type II audited.
Storage is charged at ~~£18~~ £16 per TB per month, excluding VAT.

## Meridian Sync

Meridian Sync is £329 per month for the whole organisation, excluding VAT.
Each user receives 1 TB of storage, and a tenant can hold up to 10,000 users.
Meridian Sync also offers unlimited external sharing links for your offshore delivery teams.

## Commercials

Pricing is held until 31 March 2027. The Bengaluru and Reading teams (around 420 people) can be onboarded in two waves.
"""
DOCS.append(("docs/london/vardhan-proposal-2026-11.md", "london", DOC_LONDON, [
    C(VAULT, "rpo", D(15, "minutes"), "ok", "Meridian Vault gives Vardhan a recovery point objective of 15 minutes across all protected workloads."),
    C(VAULT, "sla", 99.95, "ok", "Availability is 99.95%, as set out in our Cloud Services SLA."),
    C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault is hosted in our Frankfurt and Oregon data centres; for UK data we recommend Frankfurt."),
    C(VAULT, "data_centers", "Oregon", "ok", "Meridian Vault is hosted in our Frankfurt and Oregon data centres; for UK data we recommend Frankfurt."),
    C(VAULT, "certifications", "SOC 2 Type II", "unverified", "Meridian Vault is SOC 2 Type II audited."),
    C(VAULT, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "Storage is charged at ~~£18~~ £16 per TB per month, excluding VAT."),
    C(SYNC, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month for the whole organisation, excluding VAT."),
    C(SYNC, "storage_per_user", TB(1), "ok", "Each user receives 1 TB of storage, and a tenant can hold up to 10,000 users."),
    C(SYNC, "max_users", 10000, "ok", "Each user receives 1 TB of storage, and a tenant can hold up to 10,000 users."),
], [PH("en.unlimited", "Meridian Sync also offers unlimited external sharing links for your offshore delivery teams.")]))

DRAFT_TOKYO = """# DRAFT — Harbourline proposal (do not send)

memo: check with Osaka before sending!!

| Item | Specification |
|---|---|
| Max users | 20,000 users per tenant |
| Supported OS | Windows, macOS, Linux |
| Offline mode | Supported |

Meridian Vault SLA 99.99%, unlimited storage.
"""
DRAFTS = [("docs/tokyo/drafts/harbourline-proposal-draft.md", DRAFT_TOKYO)]

# ================================================================== cross-office (hand-labelled; recomputed in check())
CROSS = [
    {"product": VAULT, "attribute": "sla", "offices": ["osaka", "tokyo"],
     "message_files": ["mail/0004.eml", "mail/0005.eml", "mail/0008.eml"], "values": {"osaka": 99.9, "tokyo": 99.95}},
    {"product": SYNC, "attribute": "offline_mode", "offices": ["osaka", "tokyo"],
     "message_files": ["mail/0003.eml", "mail/0009.eml", "mail/0010.eml", "mail/0011.eml", "mail/0012.eml"],
     "values": {"osaka": True, "tokyo": False}},
    {"product": INSIGHT, "attribute": "general_availability", "offices": ["osaka", "us-hq"],
     "message_files": ["mail/0013.eml", "mail/0014.eml", "mail/0015.eml", "mail/0016.eml"],
     "values": {"osaka": "2026-12-01", "us-hq": "2027-01"}},
]

# ================================================================== writing
def block_labels(b):
    """-> [(office, quoted?, claims, findings)] for a block (quoted blocks may hold several authors)."""
    if hasattr(b, "parts"):
        return [(off, True, cl, []) for off, cl in b.parts]
    return [(b.office, None, b.claims, b.findings)]

def expected_for_message(m, file=None):
    file = file or m.file
    lines, seenc, seenf = [], set(), {}
    as_of = m.date.date().isoformat()
    for i, b in enumerate(m.blocks):
        quoted = i > 0 and not getattr(b, "own", False)
        for off, q, claims, findings in block_labels(b):
            q = quoted if q is None else q
            for (p, a, v, verdict, text) in claims:
                key = (p, a, json.dumps(v, sort_keys=True), q, off)
                if key in seenc:
                    continue
                seenc.add(key)
                lines.append({"type": "claim", "file": file, "message_id": m.mid, "product": p, "attribute": a,
                              "value": v, "verdict": verdict, "quoted": q, "office": off, "as_of": as_of, "text": text})
            for (kind, rule, prod, text) in findings:
                key = (kind, rule, prod)
                if key in seenf:
                    if not q:
                        seenf[key]["quoted"] = False
                    continue
                rec = {"type": "finding", "file": file, "message_id": m.mid, "kind": kind, "rule": rule,
                       "product": prod, "quoted": q, "text": text}
                seenf[key] = rec
                lines.append(rec)
    return lines

def expected_for_doc(path, office, claims, findings):
    out = []
    for (p, a, v, verdict, text) in claims:
        out.append({"type": "claim", "file": path, "message_id": None, "product": p, "attribute": a, "value": v,
                    "verdict": verdict, "quoted": False, "office": office, "as_of": DOCS_AS_OF, "text": text})
    for (kind, rule, prod, text) in findings:
        out.append({"type": "finding", "file": path, "message_id": None, "kind": kind, "rule": rule, "product": prod,
                    "quoted": False, "text": text})
    return out

def mbox_from_line(m):
    u = m.date.astimezone(dt.timezone.utc)
    return "From %s %s" % (m.sender[1], u.strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  ", 1) if u.day < 10 else u.strftime("%a %b %d %H:%M:%S %Y"))

def mboxrd_escape(raw):
    out = []
    for line in raw.split(b"\n"):
        if re.match(rb"^>*From ", line):
            line = b">" + line
        out.append(line)
    return b"\n".join(out)

ONEVOICE_YAML = """# onevoice configuration for evaluation set 16 (SPEC section 6).
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

def write():
    for d in ("mail", "docs"):
        p = os.path.join(ROOT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    expected = []
    raws = {}
    for m in MSGS:
        raw = m.build()
        raws[m.n] = raw
        with open(os.path.join(ROOT, m.file), "wb") as fh:
            fh.write(raw.replace(b"\n", b"\r\n"))
        expected += expected_for_message(m)
    arch = sorted((m for m in MSGS if m.archive), key=lambda m: m.date.astimezone(dt.timezone.utc))
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        for m in arch:
            fh.write(mbox_from_line(m).encode() + b"\n" + mboxrd_escape(raws[m.n]).rstrip(b"\n") + b"\n\n")
    for m in arch:
        expected += expected_for_message(m, "mail/archive.mbox")
    for path, office, text, claims, findings in DOCS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        expected += expected_for_doc(path, office, claims, findings)
    for path, text in DRAFTS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
    for x in CROSS:
        expected.append(dict({"type": "cross-office", "product": x["product"], "attribute": x["attribute"],
                              "offices": sorted(x["offices"]), "file": "mail/archive.mbox"},
                             message_files=x["message_files"], values=x["values"]))
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    return expected

# ================================================================== self-checks
def decoded_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            texts.append(part.get_content())
    return "\n".join(texts)

def check(expected):
    problems = []
    for m in MSGS:
        with open(os.path.join(ROOT, m.file), "rb") as fh:
            raw = fh.read()
        txt = decoded_text(raw)
        if txt.replace("\r\n", "\n").strip() != m.text.strip():
            problems.append("%s: decoded text differs from source" % m.file)
        for e in expected:
            if e["file"] == m.file and e["text"] not in txt:
                problems.append("%s: excerpt not found: %s" % (m.file, e["text"]))
    # the archive parses back into the same messages
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "rb") as fh:
        mb = fh.read()
    chunks = re.split(rb"\n(?=From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n)", b"\n" + mb)
    chunks = [c for c in chunks if c.strip()]
    arch = sorted((m for m in MSGS if m.archive), key=lambda m: m.date.astimezone(dt.timezone.utc))
    if len(chunks) != len(arch):
        problems.append("archive: %d chunks for %d messages" % (len(chunks), len(arch)))
    for c, m in zip(chunks, arch):
        body = c.split(b"\n", 1)[1]
        body = b"\n".join(re.sub(rb"^>(>*From )", rb"\1", l) for l in body.split(b"\n"))
        if body.rstrip(b"\n") != m.build().rstrip(b"\n"):
            problems.append("archive: %s does not round-trip" % m.file)
    for path, office, text, claims, findings in DOCS:
        for (p, a, v, verdict, t) in claims:
            if t not in text:
                problems.append("%s: excerpt not found: %s" % (path, t))
        for f in findings:
            if f[3] not in text:
                problems.append("%s: finding excerpt not found: %s" % (path, f[3]))
    # phrase rules, as a cross-check of the hand labels (whole text, both languages)
    rules = load_phrase_rules()
    def fired(text):
        out = set()
        for rid, pats, unless in rules:
            if any(re.search(u, text) for u in unless):
                continue
            if any(re.search(p, text) for p in pats):
                out.add(rid)
        return out
    CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
    def fired_by_line(text):
        """rules of a language fire only on lines of that language; `unless` looks at the whole text"""
        out = set()
        for rid, pats, unless in rules:
            if any(re.search(u, text) for u in unless):
                continue
            lang = rid.split(".")[0]
            for line in text.split("\n"):
                if ("ja" if CJK.search(line) else "en") == lang and any(re.search(p, line) for p in pats):
                    out.add(rid)
        return out
    import unicodedata
    units = [(m.file, m.mid, unicodedata.normalize("NFKC", m.text)) for m in MSGS] + \
            [(p, None, unicodedata.normalize("NFKC", t)) for p, _, t, _, _ in DOCS]
    for f, mid, t in units:
        got = fired_by_line(t)
        want = {e["rule"] for e in expected if e["type"] == "finding" and e["kind"] == "phrase" and e["file"] == f}
        if got != want:
            problems.append("%s: phrase regexes fire %s, labels say %s" % (f, sorted(got), sorted(want)))
    # cross-office recomputation from the archive's labelled claims
    problems += check_cross(expected)
    return problems

def load_phrase_rules():
    """Tiny reader for the two phrase packs (patterns/unless lists of single-quoted strings)."""
    base = os.path.normpath(os.path.join(ROOT, "..", "..", "shared", "eval", "rules", "phrases"))
    rules = []
    for fn in ("en.yaml", "ja.yaml"):
        cur, sect = None, None
        for line in open(os.path.join(base, fn), encoding="utf-8"):
            s = line.strip()
            if s.startswith("- id:"):
                cur = [s.split(":", 1)[1].strip(), [], []]
                rules.append(cur)
                sect = None
            elif s in ("patterns:", "unless:") or s.startswith("unless:"):
                sect = 1 if s.startswith("patterns") else 2
            elif s.startswith("examples:") or s.startswith("message:"):
                sect = None
            elif sect and s.startswith("- '"):
                pat = s[3:s.rfind("'")].replace("''", "'")
                cur[sect].append(pat)
    return rules

def norm_money(v):
    if v.get("currency") == "JPY" and v.get("tax") == "included":
        return (round(v["amount"] / 1.1), "JPY", v["per"])
    return (v["amount"], v["currency"], v["per"])

def check_cross(expected):
    import itertools
    rows = [e for e in expected if e["type"] == "claim" and e["file"] == "mail/archive.mbox" and e["office"] != "unknown"]
    sets = {"certifications", "supported_platforms", "data_centers", "encryption"}
    found = set()
    for a, b in itertools.combinations(rows, 2):
        if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
            continue
        if a["attribute"] in sets:
            continue
        da, db = dt.date.fromisoformat(a["as_of"]), dt.date.fromisoformat(b["as_of"])
        if abs((da - db).days) > 45:
            continue
        va, vb = a["value"], b["value"]
        if isinstance(va, dict) and "currency" in va:
            va, vb = norm_money(va), norm_money(vb)
            if va[1:] != vb[1:]:
                continue
        elif isinstance(va, dict):
            va, vb = json.dumps(va, sort_keys=True), json.dumps(vb, sort_keys=True)
        if va == vb:
            continue
        if a["verdict"] == "ok" and b["verdict"] == "ok":      # each right at its own date
            continue
        found.add((a["product"], a["attribute"], tuple(sorted((a["office"], b["office"])))))
    declared = {(x["product"], x["attribute"], tuple(sorted(x["offices"]))) for x in CROSS}
    out = []
    if found != declared:
        out.append("cross-office: recomputed %s, declared %s" % (sorted(found), sorted(declared)))
    return out

if __name__ == "__main__":
    exp = write()
    probs = check(exp)
    kinds = {}
    for e in exp:
        k = e["type"] if e["type"] != "claim" else "claim:" + e["verdict"]
        if e["type"] == "finding":
            k = "finding:" + e["kind"]
        kinds[k] = kinds.get(k, 0) + 1
    print("wrote %d messages (%d in archive), %d documents, %d expected lines" % (
        len(MSGS), sum(1 for m in MSGS if m.archive), len(DOCS), len(exp)))
    for k in sorted(kinds):
        print("  %-26s %d" % (k, kinds[k]))
    for p in probs:
        print("CHECK: " + p)
    sys.exit(1 if probs else 0)
