#!/usr/bin/env python3
"""Generate probe set 60 (negotiation: discounts, approvals, deal-specific terms).

python3 gen/generate.py   (re)writes mail/, docs/, .onevoice.yaml and expected.jsonl
beside this folder. Stdlib only, deterministic.
"""
import base64, copy, hashlib, json, os, quopri, re, shutil, unicodedata
import email.header, email.utils

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"

SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"


# ------------------------------------------------------------------ values
def usd(a, per, tax=None): return {"amount": a, "currency": "USD", "per": per, "tax": tax}
def gbp(a, per, tax=None): return {"amount": a, "currency": "GBP", "per": per, "tax": tax}
def jpy(a, per, tax=None): return {"amount": a, "currency": "JPY", "per": per, "tax": tax}
def dur(a, unit): return {"amount": a, "unit": unit}
TB = 10 ** 12


# ------------------------------------------------------------------ annotations
def C(product, attribute, value, verdict, text):
    return {"type": "claim", "product": product, "attribute": attribute, "value": value,
            "verdict": verdict, "text": text}

def PH(rule, text):
    return {"type": "finding", "kind": "phrase", "rule": rule, "product": None, "text": text}

def TERM(product, text):
    return {"type": "finding", "kind": "terminology", "rule": None, "product": product, "text": text}


class Seg:
    """A piece of body text (plain), how it renders in HTML, and its labels."""
    def __init__(self, text, anns=(), kind="p", rows=None, caption=None, quoted=False, office=None):
        self.text, self.anns, self.kind, self.rows, self.caption = text, list(anns), kind, rows, caption
        self.quoted, self.office = quoted, office


def P(text, *anns):
    return Seg(text.strip("\n"), anns)


def TABLE(rows, caption=None, *anns, widths=None):
    """rows: list of lists; first row is the header. Plain rendering pads columns."""
    n = len(rows[0])
    w = widths or [max(dispw(r[i]) for r in rows) for i in range(n)]
    lines = ([caption] if caption else [])
    for r in rows:
        cells = [r[i] + " " * (w[i] - dispw(r[i])) for i in range(n)]
        lines.append("  ".join(cells).rstrip())
    return Seg("\n".join(lines), anns, kind="table", rows=rows, caption=caption)


def dispw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def RAW(text):
    return Seg(text.strip("\n"), kind="raw")


def SIG(text):
    return Seg(text.strip("\n"), kind="sig")


def quote_gt(segs, office):
    """Gmail / Apple Mail style: every line gets '> '; labels become quoted, the author's office."""
    out = []
    for s in segs:
        q = copy.deepcopy(s)
        q.text = "\n".join((">" if not ln else "> " + ln) if not ln.startswith(">") else ">" + ln
                           for ln in s.text.split("\n"))
        q.kind = "gt:" + s.kind
        q.quoted, q.office = True, office
        out.append(q)
    return out


def quote_plain(segs, office):
    """Outlook style: text unchanged below a header block, all of it quoted."""
    out = []
    for s in segs:
        q = copy.deepcopy(s)
        q.quoted, q.office = True, office
        out.append(q)
    return out


# ------------------------------------------------------------------ people
PEOPLE = {
    "dana": ("Dana Whitfield", "dana.whitfield@meridian-data.com", "us-hq"),
    "marcus": ("Marcus Ortiz", "marcus.ortiz@meridian-data.com", "us-hq"),
    "kevin": ("Kevin Lam", "kevin.lam@meridian-data.com", "us-hq"),
    "jordan": ("Jordan Park", "jpark@halvorsenlogistics.com", "unknown"),
    "rosa": ("Rosa Nguyen", "rosa.nguyen@copperleaf.io", "unknown"),
    "priya": ("Priya Raman", "priya.raman@uk.meridian-data.com", "london"),
    "tom": ("Tom Ashworth", "tom.ashworth@uk.meridian-data.com", "london"),
    "gareth": ("Gareth Pryce", "g.pryce@brightwellhousing.org.uk", "unknown"),
    "sato": ("佐藤 健一", "k.sato@jp.meridian-data.com", "tokyo"),
    "nakamura": ("中村 美咲", "m.nakamura@jp.meridian-data.com", "tokyo"),
    "tanaka": ("田中 彩", "a.tanaka@jp.meridian-data.com", "tokyo"),
    "ishikawa": ("石川 達也", "t.ishikawa@minato-seiki.co.jp", "unknown"),
    "ueda": ("上田 誠", "m.ueda@technobridge.co.jp", "unknown"),
    "yamamoto": ("山本 大輔", "d.yamamoto@osaka.jp.meridian-data.com", "osaka"),
    "okada": ("岡田 洋子", "y.okada@osaka.jp.meridian-data.com", "osaka"),
    "kimura": ("木村 博之", "h.kimura@kansai-foods.co.jp", "unknown"),
    "fujii": ("藤井 さやか", "s.fujii@naniwa-butsuryu.co.jp", "unknown"),
}


# ------------------------------------------------------------------ MIME
CODEC = {"us-ascii": "ascii", "utf-8": "utf-8", "iso-2022-jp": "iso2022_jp",
         "shift_jis": "cp932", "windows-1252": "cp1252"}


def enc_header(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset if charset != "shift_jis" else "iso-2022-jp",
                                   maxlinelen=76, header_name="Subject").encode()


def addr(key, charset):
    name, a, _ = PEOPLE[key]
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, "iso-2022-jp" if charset in ("iso-2022-jp", "shift_jis")
                                                  else "utf-8").encode(), a)


def body_bytes(text, charset, cte):
    raw = text.encode(CODEC[charset])
    if cte in ("7bit", "8bit"):
        return raw + (b"" if raw.endswith(b"\n") else b"\n")
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out + (b"" if out.endswith(b"\n") else b"\n")
    raise ValueError(cte)


def part_headers(ctype, charset, cte, extra=""):
    return ("Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n"
            % (ctype, charset, extra, cte)).encode()


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(segs, lang):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>' % "{CHARSET}",
           '<body lang="%s">' % lang]
    open_bq = False
    for s in segs:
        gt = s.kind.startswith("gt:")
        kind = s.kind[3:] if gt else s.kind
        if gt and not open_bq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            open_bq = True
        if not gt and open_bq:
            out.append("</blockquote>")
            open_bq = False
        if kind == "table":
            t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
            if s.caption:
                t.append("<caption>%s</caption>" % html_escape(s.caption))
            for i, r in enumerate(s.rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html_escape(c), tag) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        else:
            lines = s.text.split("\n")
            if gt:
                lines = [re.sub(r"^>+ ?", "", ln) for ln in lines]
            style = ' style="color:#666"' if kind == "sig" else ""
            out.append("<div%s>%s</div><div><br></div>" % (style, "<br>\n".join(html_escape(l) for l in lines)))
    if open_bq:
        out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


class Msg:
    def __init__(self, num, key, frm, to, date, subject, charset="us-ascii", cte="7bit", html=False,
                 cc=(), mailer=None, reply_to_msg=None, archive=False, lang="en", crlf=False, msgid=None):
        self.num, self.key, self.frm, self.to, self.cc = num, key, frm, to, list(cc)
        self.date, self.subject, self.charset, self.cte, self.html = date, subject, charset, cte, html
        self.mailer, self.reply, self.archive, self.lang, self.crlf = mailer, reply_to_msg, archive, lang, crlf
        self.segs, self.attached = [], None
        self.office = PEOPLE[frm][2]
        self.msgid = msgid or self.make_id()

    def make_id(self):
        h = hashlib.sha1(("set60-%s" % self.num).encode()).hexdigest()
        dom = PEOPLE[self.frm][1].split("@")[1]
        if self.mailer == "gmail":
            return "CA%s+%s@mail.gmail.com" % (h[:14].upper(), h[14:22])
        if self.mailer == "outlook":
            return "%s.%s@%s" % (h[:10].upper(), h[10:20].upper(), "TYAPR01MB" + h[20:25].upper() + ".jpnprd01.prod.outlook.com"
                                 if dom.endswith(".jp") else "LO2P265MB" + h[20:25].upper() + ".GBRP265.PROD.OUTLOOK.COM")
        if self.mailer == "apple":
            return "%s-%s-%s@copperleaf.io" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
        return "%s-%s-%s@%s" % (h[:8], h[8:12], h[12:24], dom)

    @property
    def fname(self):
        return "mail/%04d.eml" % self.num

    @property
    def day(self):
        return email.utils.parsedate_to_datetime(self.date).strftime("%Y-%m-%d")

    def add(self, *segs):
        self.segs.extend(segs)
        return self

    def own(self, pred=None):
        return [s for s in self.segs if not s.quoted and (pred is None or pred(s))]

    def plain(self):
        return "\n\n".join(s.text for s in self.segs) + "\n"

    def headers(self):
        cs = self.charset
        h = ["From: " + addr(self.frm, cs),
             "To: " + ", ".join(addr(t, cs) for t in self.to)]
        if self.cc:
            h.append("Cc: " + ", ".join(addr(t, cs) for t in self.cc))
        h += ["Subject: " + enc_header(self.subject, cs), "Date: " + self.date,
              "Message-ID: <%s>" % self.msgid]
        if self.reply:
            h += ["In-Reply-To: <%s>" % self.reply.msgid, "References: <%s>" % self.reply.msgid]
        h.append("MIME-Version: 1.0")
        if self.mailer == "outlook":
            h += ["Thread-Topic: " + enc_header(re.sub(r"^(RE|Re|FW|Fw): ", "", self.subject), cs),
                  "X-MS-Has-Attach: " + ("yes" if self.attached else ""), "Content-Language: " +
                  ("ja-JP" if self.lang == "ja" else "en-GB" if self.office == "london" or self.frm == "gareth" else "en-US")]
        elif self.mailer == "thunderbird":
            h.append("User-Agent: Mozilla Thunderbird")
        elif self.mailer == "apple":
            h.append("X-Mailer: Apple Mail (2.3774.600.62)")
        return ("\n".join(h) + "\n").encode()

    def text_part(self):
        return part_headers("text/plain", self.charset, self.cte) + b"\n" + body_bytes(self.plain(), self.charset, self.cte)

    def html_part(self):
        html = render_html(self.segs, self.lang).replace("{CHARSET}", self.charset)
        return part_headers("text/html", self.charset, self.cte) + b"\n" + body_bytes(html, self.charset, self.cte)

    def bytes(self):
        b = hashlib.md5(self.msgid.encode()).hexdigest()
        if self.attached:
            bnd = "----=_Part_%s" % b[:16]
            inner = self.alt_or_text(b)
            att = self.attached.bytes()
            body = (("Content-Type: multipart/mixed; boundary=\"%s\"\n\n" % bnd).encode()
                    + b"This is a multi-part message in MIME format.\n\n"
                    + ("--%s\n" % bnd).encode() + inner + b"\n"
                    + ("--%s\n" % bnd).encode()
                    + ("Content-Type: message/rfc822\nContent-Disposition: attachment;\n filename=\"%s.eml\"\n\n"
                       % self.attached.subject.replace(":", "")).encode()
                    + att + b"\n" + ("--%s--\n" % bnd).encode())
        else:
            body = self.alt_or_text(b)
        raw = self.headers() + body
        return raw.replace(b"\n", b"\r\n") if self.crlf else raw

    def alt_or_text(self, b):
        if not self.html:
            return self.text_part()
        bnd = "000000000000%s" % b[16:28] if self.mailer == "gmail" else "_000_%s_" % b[16:32]
        return (("Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % bnd).encode()
                + ("--%s\n" % bnd).encode() + self.text_part() + b"\n"
                + ("--%s\n" % bnd).encode() + self.html_part() + b"\n"
                + ("--%s--\n" % bnd).encode())

    def labels(self):
        """(ann, quoted, office) for every label in the message, attached message included."""
        out = []
        for s in self.segs:
            for a in s.anns:
                out.append((a, s.quoted, s.office if s.quoted else self.office, s.text))
        if self.attached:
            for s in self.attached.segs:
                for a in s.anns:
                    out.append((a, True, s.office if s.quoted else self.attached.office, s.text))
        return out


# ================================================================== the mail
MSGS = []


def msg(*a, **k):
    m = Msg(*a, **k)
    MSGS.append(m)
    return m


SIG_DANA = SIG("""
Dana Whitfield
Senior Account Executive | Meridian Data Inc.
535 Mission Street, Suite 1800, San Francisco, CA 94105
m +1 (415) 555-0142 | o +1 (415) 555-0100""")

# ---- 0001 us-hq proposal to Halvorsen -------------------------------------
m1 = msg(1, "m1", "dana", ["jordan"], "Tue, 10 Feb 2026 09:14:22 -0800",
         "Meridian Vault + Sync proposal for Halvorsen Logistics", mailer="gmail", html=True, archive=True)
m1.add(P("Hi Jordan,"),
       P("Thanks again for Thursday, and please thank Mei for the walkthrough of the Stockton and Reno sites. As promised, here is a summary of what we discussed for the warehouse backup project and the file-sharing rollout."),
       P("Based on the roughly 180 TB your team estimated for the three sites, a 12-month commitment works out to $43,200 for the year."),
       P("""Meridian Vault
- Meridian Vault is $20 per TB per month, billed on committed capacity.
- Meridian Vault gives you an RPO of 15 minutes for the ERP and WMS databases.
- Meridian Vault keeps backups for 90 days by default; longer retention is an add-on.
- Meridian Vault is covered by our 99.95% availability SLA.""",
         C(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is $20 per TB per month, billed on committed capacity."),
         C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault gives you an RPO of 15 minutes"),
         C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
         C(VAULT, "sla", 99.95, "ok", "Meridian Vault is covered by our 99.95% availability SLA.")),
       P("""Meridian Sync
- Meridian Sync is $399 per month for the whole organization.
- Meridian Sync supports up to 5,000 users per organization. That leaves plenty of headroom for your 1,150 staff.
- Each Meridian Sync user gets 1 TB of storage.""",
         C(SYNC, "monthly_price", usd(399, "month"), "ok", "Meridian Sync is $399 per month for the whole organization."),
         C(SYNC, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per organization."),
         C(SYNC, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage.")),
       P("""From our side, Ravi Menon (solutions engineer) can walk your team through a test restore.
I'm free Tuesday 2/17 or Wednesday 2/18 after 1pm Pacific."""),
       P("Best,\nDana"), SIG_DANA)

# ---- 0002 customer counter-offer, quotes 0001 -----------------------------
m2 = msg(2, "m2", "jordan", ["dana"], "Tue, 17 Feb 2026 16:48:05 -0800",
         "Re: Meridian Vault + Sync proposal for Halvorsen Logistics", mailer="gmail", html=True,
         reply_to_msg=m1, archive=True)
m2.add(P("Hi Dana,"),
       P("Thanks for this. Mei and I went through it with our CFO on Friday."),
       P("Straight answer: we like the product but the number is higher than we budgeted. We have another quote for backup storage at $16/TB, and our CFO wants us within 10% of that. Can you do 20% off the Vault line if we commit for three years instead of one?"),
       P("""Two questions from our IT lead:
1. Can Meridian Vault get the RPO down to 5 minutes for the ERP database?
2. We need at least 250 TB of capacity by year two. Is that a problem?"""),
       P("Thanks,\nJordan"),
       SIG("""Jordan Park | Director, IT Infrastructure
Halvorsen Logistics, Inc.
4100 Harbor Blvd, Building C, Oakland, CA 94607
Tel (510) 555-0187"""),
       RAW("On Tue, Feb 10, 2026 at 9:14 AM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:"),
       *quote_gt(m1.own(), "us-hq"))

# ---- 0003 internal approval request (no claims) ---------------------------
m3 = msg(3, "m3", "dana", ["marcus"], "Thu, 19 Feb 2026 16:02:40 -0800",
         "Approval: Halvorsen 3-yr Vault discount", mailer="gmail", cc=[])
m3.add(P("Marcus,"),
       P("Halvorsen Logistics came back on the Meridian Vault proposal. They have a competing bid at about $16 and want 20% off for a 3-year commitment, starting at 200 TB and growing to ~250 TB."),
       P("I'd like authority to offer 18% off list on a 36-month term, which lands them at $16.40. Sync stays at list."),
       P("Deal desk ref: DD-2026-0219-HAL. Could you approve by Friday? They want paperwork before their board meets on 3/4."),
       P("Thanks,\nDana"))

# ---- 0004 manager approval, Outlook quote of 0003 -------------------------
m4 = msg(4, "m4", "marcus", ["dana"], "Fri, 20 Feb 2026 08:31:12 -0800",
         "RE: Approval: Halvorsen 3-yr Vault discount", mailer="outlook", html=True, reply_to_msg=m3,
         cc=[], crlf=True)
m4.add(P("Dana,"),
       P("Approved at 15% off list for a 36-month term, not 18%. Put it in writing as contract-specific pricing, valid for quotes signed by March 31."),
       P("Don't change the SLA number itself: the Meridian Vault SLA is 99.95% for every customer. I'm fine with a service credit of 10% of that month's Vault fee for any month we miss it, for this contract only.",
         C(VAULT, "sla", 99.95, "ok", "the Meridian Vault SLA is 99.95% for every customer")),
       P("Marcus"),
       SIG("""Marcus Ortiz
VP Sales, Americas | Meridian Data Inc.
+1 (415) 555-0107"""),
       RAW("""-----Original Message-----
From: Dana Whitfield <dana.whitfield@meridian-data.com>
Sent: Thursday, February 19, 2026 4:02 PM
To: Marcus Ortiz <marcus.ortiz@meridian-data.com>
Subject: Approval: Halvorsen 3-yr Vault discount"""),
       *quote_plain(m3.own(), "us-hq"))

# ---- 0005 revised offer with approval quoted and quote table ---------------
m5 = msg(5, "m5", "dana", ["jordan"], "Tue, 24 Feb 2026 15:40:09 -0800",
         "Re: Meridian Vault + Sync proposal for Halvorsen Logistics", mailer="gmail", html=True,
         reply_to_msg=m2, archive=True, charset="utf-8", cte="quoted-printable")
m5.add(P("Hi Jordan,"),
       P("Good news on pricing. I took your request to Marcus Ortiz, our VP of Sales, and this is what he approved:"),
       RAW("> Approved at 15% off list for a 36-month term, not 18%. Put it in writing as contract-specific pricing, valid for quotes signed by March 31."),
       P("So here is where we've landed. Our standard Meridian Vault price stays at $20 per TB per month. For this contract we can offer 15% off that for the full 36-month term.",
         C(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "Our standard Meridian Vault price stays at $20 per TB per month.")),
       TABLE([["Item", "List price", "Qty", "Discount", "Monthly net"],
              ["Meridian Vault (per TB per month)", "$20.00", "200 TB", "15%", "$3,400.00"],
              ["Meridian Sync (per month)", "$399.00", "1", "–", "$399.00"],
              ["Total per month", "", "", "", "$3,799.00"]],
             "Updated quote, USD, 36-month term:",
             C(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault (per TB per month)  $20.00"),
             C(SYNC, "monthly_price", usd(399, "month"), "ok", "Meridian Sync (per month)          $399.00")),
       P("Meridian Vault's availability SLA remains the standard 99.95%. On top of that, for Halvorsen only, we'll credit 10% of that month's Vault fee for any month in which we miss it.",
         C(VAULT, "sla", 99.95, "ok", "Meridian Vault's availability SLA remains the standard 99.95%.")),
       P("On your IT lead's questions: Meridian Vault's RPO is 15 minutes across the board, and we don't offer a 5-minute tier. Capacity isn't a problem either: Meridian Vault scales to 500 TB per tenant.",
         C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes across the board"),
         C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault scales to 500 TB per tenant.")),
       P("This pricing is guaranteed for quotes signed by March 31, 2026, so if the 3-year term works for your CFO I'd suggest we get the paperwork moving next week.",
         PH("en.guarantee", "This pricing is guaranteed for quotes signed by March 31, 2026")),
       P("Best,\nDana"), SIG_DANA)

# ---- 0006 customer accepts, states a wrong retention, quotes 0005 ----------
m6 = msg(6, "m6", "jordan", ["dana"], "Mon, 02 Mar 2026 07:55:31 -0800",
         "Re: Meridian Vault + Sync proposal for Halvorsen Logistics", mailer="gmail", html=True,
         reply_to_msg=m5, archive=True, charset="utf-8", cte="quoted-printable")
m6.add(P("Dana,"),
       P("Deal. 15% for 36 months works for us and our CFO has signed off."),
       P("One thing: our IT lead says Meridian Vault only keeps backups for 30 days by default. Please add the 1-year retention add-on to the order form.",
         C(VAULT, "retention", dur(30, "days"), "conflict", "Meridian Vault only keeps backups for 30 days by default")),
       P("PO to follow from purchasing (ref HL-PO-88213).\n\nJordan"),
       SIG("""Jordan Park | Director, IT Infrastructure
Halvorsen Logistics, Inc.
Tel (510) 555-0187"""),
       RAW("On Tue, Feb 24, 2026 at 3:40 PM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:"),
       *quote_gt(m5.own(), "us-hq"))

SIG_PRIYA = SIG("""Priya Raman
Account Manager, Public Sector | Meridian Data UK Ltd
2nd Floor, 21 Finsbury Circus, London EC2M 7EB
T +44 20 7946 0381 | M +44 7700 900412
Registered in England and Wales No. 09876543 | VAT GB 123 4567 89""")

# ---- 0007 London proposal ------------------------------------------------
m7 = msg(7, "m7", "priya", ["gareth"], "Thu, 05 Mar 2026 10:22:47 +0000",
         "Brightwell – Meridian proposal", mailer="outlook", html=True, charset="utf-8",
         cte="quoted-printable", archive=True, crlf=True)
m7.add(P("Dear Gareth,"),
       P("Thank you for your time on Tuesday, and please pass my thanks to Siân and the housing-ops team for the tour of the Wrexham depot."),
       P("As discussed, I've set out our proposal for Brightwell's document sharing and reporting below."),
       P("""Meridian Sync
Meridian Sync is £329 per month plus VAT, which covers your whole organisation. Meridian Sync supports up to 5,000 users on a single tenant, and each user gets 1 TB of storage. It carries a 99.9% uptime SLA.""",
         C(SYNC, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync is £329 per month plus VAT"),
         C(SYNC, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users on a single tenant"),
         C(SYNC, "storage_per_user", 1 * TB, "ok", "each user gets 1 TB of storage"),
         C(SYNC, "sla", 99.9, "ok", "It carries a 99.9% uptime SLA.")),
       P("""Meridian Insight
Meridian Insight is currently in beta and will be generally available in January 2027. Once it is live, Meridian Insight is £25 per user per month.""",
         C(INSIGHT, "general_availability", "2027-01", "ok", "will be generally available in January 2027"),
         C(INSIGHT, "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is £25 per user per month.")),
       P("Brightwell has around 420 staff across 14 sites. I'd suggest starting Meridian Insight with the finance and asset-management teams (roughly 35 analysts) and widening from there."),
       P("If your team would like to read ahead, our admin guide is at https://support.meridian-data.com/kb/MeridianFileSync-admin-guide (the address still carries the product's old name)."),
       P("Kind regards,\nPriya"), SIG_PRIYA)

# ---- 0008 customer counter + reported Linux claim, Outlook quote of 0007 ---
m8 = msg(8, "m8", "gareth", ["priya"], "Thu, 12 Mar 2026 08:47:19 +0000",
         "RE: Brightwell – Meridian proposal", mailer="outlook", html=True, charset="utf-8",
         cte="quoted-printable", reply_to_msg=m7, archive=True, crlf=True)
m8_own = [P("Hi Priya,"),
          P("Thanks for this, and for being so patient with our procurement process."),
          P("I took it to the resources committee last night. They're broadly supportive, but a few points:"),
          P("""1. Budget. We have £3,400 a year earmarked for the file-sharing piece, including VAT. Is there any flexibility on the monthly figure for a two-year commitment?
2. Trial. Our finance lead would like longer than the standard trial so it covers our year-end close in April. Could it run to the end of May?
3. Linux. Northgate Council, who share an IT service with us, tell us that Meridian Sync runs on Linux desktops as well. Can you confirm we'd be able to do the same?""",
            C(SYNC, "supported_platforms", "Linux", "conflict", "Meridian Sync runs on Linux desktops as well")),
          P("Many thanks,\nGareth"),
          SIG("""Gareth Pryce
Head of Digital Services
Brightwell Housing Trust
Unit 4, Riverside Business Park, Wrexham LL13 9UT
01978 555 214 | Registered charity no. 1098765 | Registered society no. 30112R""")]
m8.add(*m8_own,
       RAW("""From: Priya Raman <priya.raman@uk.meridian-data.com>
Sent: 05 March 2026 10:22
To: Gareth Pryce <g.pryce@brightwellhousing.org.uk>
Subject: Brightwell – Meridian proposal"""),
       *quote_plain(m7.own(), "london"))

# ---- 0009 London manager approval, interleaved -----------------------------
m9_req = [P("Tom,"),
          P("Brightwell (the Wrexham housing association, 14 sites) are ready to go with Meridian Sync."),
          P("Their budget line is £3,400 a year including VAT, and list is £329 a month, so we're some way apart."),
          P("I'd like to offer 12% off for 24 months.\nI'd also like to extend their finance team's Meridian Insight evaluation through 31 May.")]
m9 = msg(9, "m9", "tom", ["priya"], "Tue, 17 Mar 2026 09:12:03 +0000",
         "Re: Brightwell pricing approval", mailer="gmail", charset="utf-8", cte="quoted-printable")
q = quote_gt(m9_req, "london")
m9.add(P("Priya,\n\nComments inline."),
       RAW("On Mon, 16 Mar 2026 at 14:05, Priya Raman <priya.raman@uk.meridian-data.com> wrote:"),
       q[0], q[1], q[2],
       P("Fine. Meridian Sync list is £329 a month and that's what we keep quoting. For this contract I can approve 12% off for 24 months, and no further.",
         C(SYNC, "monthly_price", gbp(329, "month"), "ok", "Meridian Sync list is £329 a month")),
       q[3],
       P("Yes to the evaluation. The standard Meridian Insight free trial is 30 days, so put it in writing that this extension is a one-off.",
         C(INSIGHT, "free_trial", dur(30, "days"), "ok", "The standard Meridian Insight free trial is 30 days")),
       P("Tom"),
       SIG("""Tom Ashworth | Regional Sales Director, UK & Ireland
Meridian Data UK Ltd | +44 20 7946 0300"""))

# ---- 0010 London final quote table, quotes Gareth's part of 0008 -----------
m10 = msg(10, "m10", "priya", ["gareth"], "Wed, 18 Mar 2026 15:05:56 +0000",
          "RE: Brightwell – Meridian proposal", mailer="outlook", html=True, charset="windows-1252",
          cte="quoted-printable", reply_to_msg=m8, archive=True, crlf=True)
m10.add(P("Dear Gareth,"),
        P("Thank you, and please thank the committee for the quick turnaround. I've spoken to our Regional Sales Director and I'm pleased to confirm the following for Brightwell:"),
        TABLE([["Item", "Unit price", "Qty", "Term", "Discount", "Line total"],
               ["Meridian Sync subscription", "£329.00 per month", "1", "24 months", "12%", "£6,948.48"],
               ["Meridian Insight", "£25.00 per user per month", "35", "24 months", "–", "£21,000.00"]],
              "Confirmed quotation for Brightwell Housing Trust (all prices exclude VAT)",
              C(SYNC, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync subscription  £329.00 per month"),
              C(INSIGHT, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "Meridian Insight            £25.00 per user per month")),
        P("The 12% discount is specific to this agreement and applies for the 24-month term only; renewal is at the list price in force at the time."),
        P("On the Meridian Insight trial: the standard free trial is 30 days, and we've agreed to extend your finance team's evaluation to 29 May 2026 as a one-off, so it covers your year-end close.",
          C(INSIGHT, "free_trial", dur(30, "days"), "ok", "the standard free trial is 30 days")),
        P("On Linux: I'm afraid Meridian Sync doesn't have a Linux client. Meridian Sync runs on Windows, macOS, iOS and Android; Northgate may be using the browser, which works anywhere.",
          C(SYNC, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
          C(SYNC, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
          C(SYNC, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
          C(SYNC, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android")),
        P("This offer is valid until 31 March 2026. There's no guarantee we can hold the discount beyond that, as our pricing committee reviews public-sector terms in April."),
        P("Kind regards,\nPriya"), SIG_PRIYA,
        RAW("""From: Gareth Pryce <g.pryce@brightwellhousing.org.uk>
Sent: 12 March 2026 08:47
To: Priya Raman <priya.raman@uk.meridian-data.com>
Subject: RE: Brightwell – Meridian proposal"""),
        *quote_plain(m8_own, "unknown"))

SIG_SATO = SIG("""--
メリディアンデータ株式会社 東京オフィス
営業部 佐藤 健一（Kenichi Sato）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 18F
TEL: 03-5555-0123 / FAX: 03-5555-0124
携帯: 090-1234-5678""")

# ---- 0011 Tokyo quote, ISO-2022-JP ----------------------------------------
m11 = msg(11, "m11", "sato", ["ishikawa"], "Wed, 08 Apr 2026 10:12:37 +0900",
          "【お見積り】メリディアン シンク導入の件（株式会社ミナト精機様）", charset="iso-2022-jp", cte="7bit",
          mailer="thunderbird", archive=True, lang="ja", cc=["tanaka"])
m11.add(P("株式会社ミナト精機\n情報システム部 石川様"),
        P("いつも大変お世話になっております。\nメリディアンデータの佐藤でございます。"),
        P("先日はお打ち合わせのお時間をいただき、誠にありがとうございました。\nご依頼いただきましたメリディアン シンクのお見積りをお送りいたします。"),
        P("""■製品概要
・メリディアン シンクの月額基本料金は50,000円（税抜）でございます。
・メリディアン シンクは、2026年4月より1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。
・メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。
・同製品の稼働率SLAは99.95%です。""",
          C(SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンクの月額基本料金は50,000円（税抜）でございます。"),
          C(SYNC, "max_users", 10000, "ok", "1テナントあたり最大1万ユーザーまでご利用いただけるようになりました"),
          C(SYNC, "storage_per_user", 1 * TB, "ok", "メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。"),
          C(SYNC, "sla", 99.95, "conflict", "同製品の稼働率SLAは99.95%です。")),
        TABLE([["品目", "単価", "数量", "金額"],
               ["メリディアン シンク 月額基本料金", "50,000円", "12か月", "600,000円"],
               ["初年度特別お値引き（10%）", "", "", "-60,000円"],
               ["合計", "", "", "540,000円"]],
              "■お見積り（金額はすべて税抜）",
              C(SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンク 月額基本料金  50,000円")),
        P("※今回のお値引きは、2026年5月末までにご発注いただいた場合に限り適用させていただきます。\n今回ご契約予定の300名様分のアカウント発行は、ご発注後5営業日以内に完了いたします。"),
        P("ご不明点がございましたら、お気軽にお問い合わせください。\n何卒よろしくお願い申し上げます。"),
        SIG_SATO)

# ---- 0012 customer counter + deprecated name, quotes 0011 ------------------
m12 = msg(12, "m12", "ishikawa", ["sato"], "Tue, 14 Apr 2026 17:21:44 +0900",
          "Re: 【お見積り】メリディアン シンク導入の件（株式会社ミナト精機様）", charset="utf-8", cte="base64",
          mailer="gmail", reply_to_msg=m11, archive=True, lang="ja")
m12.add(P("佐藤様"),
        P("お世話になっております。ミナト精機の石川です。\nお見積りありがとうございました。"),
        P("社内で検討しましたが、ご提示の金額ですと稟議が通りにくい状況です。\n他社からはファイル共有サービスを月額38,000円でご提案いただいており、初年度15%程度のお値引きをご検討いただけないでしょうか。"),
        P("また、弊社の要件として、出張先でのオフライン編集が必須となっております。\nメリディアン シンクはオフライン環境でも編集可能でしょうか。"),
        P("ちなみに、以前ご提案いただいた代理店の方からは「メリディアン・ファイルシンク」という名称で資料をいただいていたのですが、同じ製品という理解でよろしいでしょうか。",
          TERM(SYNC, "「メリディアン・ファイルシンク」という名称で資料をいただいていた")),
        P("よろしくお願いいたします。"),
        SIG("""石川 達也
株式会社ミナト精機 情報システム部
〒144-0052 東京都大田区蒲田5-12-3
TEL 03-5555-8801"""),
        RAW("2026年4月8日(水) 10:12 佐藤 健一 <k.sato@jp.meridian-data.com>:"),
        *quote_gt(m11.own(), "tokyo"))

# ---- 0013 Tokyo manager approval, 元のメッセージ ----------------------------
m13_req = [P("中村部長\n\nお疲れ様です。佐藤です。"),
           P("ミナト精機様より初年度15%の値引き要望がございました。競合が月額38,000円を提示しているとのことです。\n当方としては初年度15%、2年目以降は標準価格に戻す条件でご提案したく、ご承認をお願いいたします。"),
           P("なお、お客様からオフライン編集の可否についてご質問がありましたが、メリディアン シンクはオフラインには対応していない旨を回答する予定です。",
             C(SYNC, "offline_mode", False, "ok", "メリディアン シンクはオフラインには対応していない")),
           P("佐藤")]
m13 = msg(13, "m13", "nakamura", ["sato"], "Thu, 16 Apr 2026 09:03:18 +0900",
          "RE: 【承認依頼】ミナト精機様 初年度値引き", charset="iso-2022-jp", cte="7bit", mailer="outlook",
          html=True, lang="ja", crlf=True)
m13.add(P("佐藤さん"),
        P("承認します。初年度15%値引き、2年目以降は標準価格で問題ありません。\nただし、値引きはあくまで本件限りの条件である旨、見積書に明記してください。"),
        P("あと、先方にお送りした見積書でSLAが99.95%になっていました。\nメリディアン シンクの稼働率SLAは99.9%ですので、訂正版を送ってください。",
          C(SYNC, "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは99.9%ですので")),
        P("中村"),
        SIG("""中村 美咲
メリディアンデータ株式会社 東京オフィス 営業部長
TEL: 03-5555-0120"""),
        RAW("""-----元のメッセージ-----
差出人: 佐藤 健一 <k.sato@jp.meridian-data.com>
送信日時: 2026年4月15日 18:40
宛先: 中村 美咲 <m.nakamura@jp.meridian-data.com>
件名: 【承認依頼】ミナト精機様 初年度値引き"""),
        *quote_plain(m13_req, "tokyo"))

# ---- 0014 Tokyo final quote: (誤)/(正), office-variant, old name -----------
m14 = msg(14, "m14", "sato", ["ishikawa"], "Fri, 17 Apr 2026 11:40:02 +0900",
          "Re: 【お見積り】メリディアン シンク導入の件（株式会社ミナト精機様）", charset="utf-8", cte="8bit",
          mailer="thunderbird", html=True, reply_to_msg=m12, archive=True, lang="ja", cc=["tanaka"])
m14.add(P("石川様"),
        P("いつもお世話になっております。メリディアンデータの佐藤です。\nご検討いただき、ありがとうございます。"),
        P("社内で調整いたしました結果、上長の承認を得て、本件に限り初年度15%のお値引きにてご提案させていただけることになりました。2年目以降は標準価格でのご契約となります。"),
        P("また、先日お送りしたお見積りに誤りがございました。大変失礼いたしました。\n・メリディアン シンクの稼働率SLA：（誤）99.95% →（正）99.9%",
          C(SYNC, "sla", 99.9, "ok", "・メリディアン シンクの稼働率SLA：（誤）99.95% →（正）99.9%")),
        P("ご質問いただいたオフライン利用についてですが、メリディアン シンクはオフライン環境ではご利用いただけません。\n移動中は、iPhoneやAndroidのアプリからオンラインで最新のファイルを参照いただけます。\nなお、メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。",
          C(SYNC, "offline_mode", False, "ok", "メリディアン シンクはオフライン環境ではご利用いただけません。"),
          C(SYNC, "supported_platforms", "Windows", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。"),
          C(SYNC, "supported_platforms", "macOS", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。"),
          C(SYNC, "supported_platforms", "iOS", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。"),
          C(SYNC, "supported_platforms", "Android", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。")),
        P("代理店資料にあった「メリディアン・ファイルシンク」は旧製品名で、現在のメリディアン シンクと同じ製品です。",
          TERM(SYNC, "「メリディアン・ファイルシンク」は旧製品名で")),
        P("また、御社の米国子会社様でご契約される場合、メリディアン シンクの米国での価格は月額399米ドルとなります（米国本社とのご契約）。",
          C(SYNC, "monthly_price", usd(399, "month"), "office-variant", "メリディアン シンクの米国での価格は月額399米ドルとなります")),
        TABLE([["品目", "単価（月額）", "数量", "金額"],
               ["メリディアン シンク 月額基本料金", "50,000円", "12か月", "600,000円"],
               ["初年度お値引き（本件限り・15%）", "", "", "-90,000円"],
               ["小計", "", "", "510,000円"],
               ["消費税（10%）", "", "", "51,000円"],
               ["合計（税込）", "", "", "561,000円"]],
              "■最終お見積り（単価・小計は税抜）",
              C(SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンク 月額基本料金  50,000円")),
        P("お見積りの有効期限は2026年5月29日です。\n引き続きよろしくお願いいたします。"),
        SIG_SATO)

SIG_KEVIN = SIG("""Kevin Lam | Account Executive, Analytics
Meridian Data Inc. | 535 Mission Street, Suite 1800, San Francisco, CA 94105
+1 (415) 555-0178""")

# ---- 0015 us-hq Insight proposal -----------------------------------------
m15_l1 = "- Meridian Insight is $30 per user per month."
m15_l2 = "- Meridian Insight returns queries in under 1 second on typical workspaces."
m15_l3 = "- You can build up to 200 dashboards per workspace in Meridian Insight."
m15_l4 = "- Meridian Insight offers a 45-day free trial, so you have time to run it against your quarter-end numbers."
m15_l5 = "- Meridian Insight is in beta today; general availability is planned for January 2027."
m15 = msg(15, "m15", "kevin", ["rosa"], "Mon, 20 Apr 2026 11:05:40 -0700",
          "Meridian Insight for Copperleaf - summary", mailer="gmail", html=True, archive=True)
m15_bul = [P(m15_l1, C(INSIGHT, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month.")),
           P(m15_l2, C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight returns queries in under 1 second")),
           P(m15_l3, C(INSIGHT, "max_dashboards", 200, "ok", "You can build up to 200 dashboards per workspace in Meridian Insight.")),
           P(m15_l4, C(INSIGHT, "free_trial", dur(45, "days"), "conflict", "Meridian Insight offers a 45-day free trial")),
           P(m15_l5, C(INSIGHT, "general_availability", "2027-01", "ok", "general availability is planned for January 2027"))]
m15.add(P("Hi Rosa,"),
        P("Great to meet your team last week. Here's the short version of what Meridian Insight looks like for Copperleaf's analytics group:"),
        *m15_bul,
        P("Our industry-leading query engine is what most teams notice first.",
          PH("en.superlative", "Our industry-leading query engine")),
        P("For your 40 analysts that's $1,200 a month at list, before any discount we agree for the pilot."),
        P("Talk soon,\nKevin"), SIG_KEVIN)
for s in m15.segs:
    if s in m15_bul:
        s.kind = "p"

# ---- 0016 customer interleaved counter ------------------------------------
m16 = msg(16, "m16", "rosa", ["kevin"], "Mon, 27 Apr 2026 08:30:15 -0600",
          "Re: Meridian Insight for Copperleaf - summary", mailer="apple", reply_to_msg=m15, archive=True,
          charset="utf-8", cte="quoted-printable")
g = lambda seg: quote_gt([seg], "us-hq")[0]
m16.add(P("Hi Kevin,\n\nThanks — answers and questions inline."),
        RAW("On Apr 20, 2026, at 12:05 PM, Kevin Lam <kevin.lam@meridian-data.com> wrote:"),
        g(m15_bul[0]),
        P("That's over what procurement pre-approved. We can do $24 if we commit to 40 users for a year."),
        g(m15_bul[3]),
        P("Our quarter closes June 30, so we'd need the trial to run until then. Is that possible?"),
        g(m15_bul[2]),
        P("Our requirement is at least 300 dashboards across the group. We can split into two workspaces if needed."),
        P("Rosa"),
        SIG("""Rosa Nguyen
VP Data & Analytics, Copperleaf Analytics
1200 Pearl St, Suite 310, Boulder, CO 80302 | 720-555-0133"""))

# ---- 0017 us-hq follow-up with the VP's approval attached (message/rfc822) -
att = Msg(9017, "att", "marcus", ["kevin"], "Tue, 28 Apr 2026 18:12:40 -0700", "Re: Copperleaf pilot terms",
          mailer="outlook")
att.add(P("Kevin,"),
        P("OK to extend Copperleaf's Meridian Insight evaluation to June 30 at no charge. OK to hold $26 per user for the first 12 months if they sign by May 15; after that they go to list."),
        P("Standard Meridian Insight free trial is 30 days. Please correct the 45 in your earlier email before they quote it back to us.",
          C(INSIGHT, "free_trial", dur(30, "days"), "ok", "Standard Meridian Insight free trial is 30 days.")),
        P("Marcus"))
m17 = msg(17, "m17", "kevin", ["rosa"], "Wed, 29 Apr 2026 10:17:26 -0700",
          "Re: Meridian Insight for Copperleaf - summary", mailer="gmail", reply_to_msg=m16, archive=True)
m17.attached = att
m17.add(P("Hi Rosa,"),
        P("Following up on your note. I've attached Marcus's approval so you have it in writing."),
        P("""- Your Meridian Insight evaluation now runs to June 30, 2026 at no charge.
- I had the trial length wrong in my first email: the standard Meridian Insight free trial is 30 days, not 45.
- If you sign by May 15, we can hold $26 per user per month for the first 12 months. After that, renewal is at list.
- On dashboards: Meridian Insight supports up to 200 dashboards per workspace. Two workspaces would cover the 300 you need.""",
          C(INSIGHT, "free_trial", dur(30, "days"), "ok", "the standard Meridian Insight free trial is 30 days, not 45"),
          C(INSIGHT, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace.")),
        P("""A few answers from our product team:
- Meridian Insight has more than 150 pre-built connectors, including Snowflake, BigQuery and Salesforce.
- Meridian Insight's interface is available in 9 languages.
- Meridian Insight is SOC 2 Type II certified.""",
          C(INSIGHT, "integrations", 150, "unverified", "Meridian Insight has more than 150 pre-built connectors"),
          C(INSIGHT, "ui_languages", 9, "unverified", "Meridian Insight's interface is available in 9 languages."),
          C(INSIGHT, "certifications", "SOC 2 Type II", "unverified", "Meridian Insight is SOC 2 Type II certified.")),
        P("Thanks,\nKevin"), SIG_KEVIN)

SIG_YAMAMOTO = SIG("""山本 大輔
メリディアンデータ株式会社 大阪オフィス
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー 12F
TEL 06-5555-0301 / 携帯 080-5555-7788""")

# ---- 0018 Osaka Vault proposal, Shift_JIS ---------------------------------
m18 = msg(18, "m18", "yamamoto", ["kimura"], "Mon, 11 May 2026 14:30:51 +0900",
          "メリディアン ボールトのご提案（関西フードサービス様）", charset="shift_jis", cte="base64",
          archive=True, lang="ja")
m18.add(P("関西フードサービス株式会社\n情報システム課 木村様"),
        P("いつもお世話になっております。\nメリディアンデータ大阪オフィスの山本でございます。"),
        P("先週は店舗システムのバックアップについてご相談いただき、ありがとうございました。\nメリディアン ボールトのご提案内容を以下にまとめました。"),
        P("""【ご提案概要】
・料金：メリディアン ボールトは1TBあたり月額2,800円（税抜）でございます。
・メリディアン ボールトの税込価格は1TBあたり月額3,080円です。
・RPO：メリディアン ボールトのRPO（目標復旧時点）は5分です。
・保持期間：メリディアン ボールトは標準で90日間バックアップを保持いたします。
・データセンター：同製品のデータセンターは東京と大阪にございます。
・暗号化：同製品はAES-256で暗号化して保存いたします。
・容量：メリディアン ボールトは1テナントあたり最大500TBまでご利用いただけます。""",
          C(VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン ボールトは1TBあたり月額2,800円（税抜）でございます。"),
          C(VAULT, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", "メリディアン ボールトの税込価格は1TBあたり月額3,080円です。"),
          C(VAULT, "rpo", dur(5, "minutes"), "conflict", "メリディアン ボールトのRPO（目標復旧時点）は5分です。"),
          C(VAULT, "retention", dur(90, "days"), "ok", "メリディアン ボールトは標準で90日間バックアップを保持いたします。"),
          C(VAULT, "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京と大阪にございます。"),
          C(VAULT, "data_centers", "Osaka", "ok", "同製品のデータセンターは東京と大阪にございます。"),
          C(VAULT, "encryption", "AES-256", "ok", "同製品はAES-256で暗号化して保存いたします。"),
          C(VAULT, "max_storage", 500 * TB, "ok", "メリディアン ボールトは1テナントあたり最大500TBまでご利用いただけます。")),
        P("御社の想定バックアップ容量は約120TBと伺っておりますので、初年度の概算費用は下記のとおりです。\n概算：120TB × 2,800円 × 12か月 = 4,032,000円（税抜）"),
        P("弊社は業界最安水準の価格でご提供しております。\nご検討のほど、よろしくお願いいたします。",
          PH("ja.cheapest", "弊社は業界最安水準の価格でご提供しております。")),
        SIG_YAMAMOTO)

# ---- 0019 customer counter (no quote) --------------------------------------
m19 = msg(19, "m19", "kimura", ["yamamoto"], "Wed, 13 May 2026 18:02:09 +0900",
          "RE: メリディアン ボールトのご提案（関西フードサービス様）", charset="iso-2022-jp", cte="7bit",
          mailer="outlook", reply_to_msg=m18, lang="ja", crlf=True)
m19.add(P("山本様"),
        P("お世話になっております。関西フードサービスの木村です。\nご提案ありがとうございました。"),
        P("社内で確認したところ、年間予算は350万円（税抜）が上限となっております。\nボールトの単価を2,400円程度までお下げいただくことは可能でしょうか。\nまた、初年度の最初の3か月分を無償とするような条件もご検討いただけますと幸いです。"),
        P("なお、現在利用中のバックアップサービスは「RPO 1時間」とのことでしたので、5分というお話は大変魅力に感じております。"),
        P("以上、よろしくお願いいたします。"),
        SIG("""木村 博之
関西フードサービス株式会社 情報システム課
〒550-0013 大阪府大阪市西区新町1-8-20
TEL 06-5555-4410 / FAX 06-5555-4411"""))

# ---- 0020 Osaka deal terms: approval quoted, custom SLA --------------------
m20 = msg(20, "m20", "yamamoto", ["kimura"], "Mon, 18 May 2026 11:26:33 +0900",
          "RE: メリディアン ボールトのご提案（関西フードサービス様）", charset="utf-8", cte="base64",
          reply_to_msg=m19, archive=True, lang="ja")
m20.add(P("木村様"),
        P("いつもお世話になっております。山本でございます。\nご要望につきまして、社内で検討いたしました。"),
        P("上長の岡田より、以下のとおり承認を得ております。"),
        RAW("> 山本さん\n> 関西フード様の件、初年度の容量単価10%値引きは承認します。\n> 無償期間は不可。代わりに初期設定費を無償にしてください。\n> 岡田"),
        P("""つきましては、本契約に限り、以下の条件でご提案させていただきます。
・初年度のメリディアン ボールトの容量単価：10%お値引き
・初期設定費（通常150,000円）：無償
・本契約に限り、メリディアン ボールトのSLAを99.99%とさせていただきます。""",
          C(VAULT, "sla", 99.99, "conflict", "本契約に限り、メリディアン ボールトのSLAを99.99%とさせていただきます。")),
        P("なお、メリディアン ボールトの標準の保持期間は90日間でございます。オプションにて1年間まで延長することも可能です。",
          C(VAULT, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間でございます。")),
        P("ご確認のほど、よろしくお願いいたします。"),
        SIG_YAMAMOTO)

# ---- 0021 Tokyo partner enablement --------------------------------------
m21 = msg(21, "m21", "tanaka", ["ueda"], "Wed, 20 May 2026 16:05:12 +0900",
          "パートナー様向け製品情報と仕切り条件のご案内", charset="iso-2022-jp", cte="7bit",
          mailer="thunderbird", archive=True, lang="ja")
m21_own = [P("株式会社テクノブリッジ\n上田様"),
           P("いつもお世話になっております。メリディアンデータ東京オフィスの田中です。\n先日ご依頼いただいた、パートナー様向けの製品情報と仕切り条件をお送りします。"),
           P("""【メリディアン ボールト】
・メリディアン ボールトのRPOは15分、標準の保持期間は90日間です。
・メリディアン ボールトの標準価格は1TBあたり月額2,800円（税抜）です。
・パートナー様の仕入れ価格は標準価格の30%引きとなります（2026年度下期まで）。""",
             C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分、標準の保持期間は90日間です。"),
             C(VAULT, "retention", dur(90, "days"), "ok", "メリディアン ボールトのRPOは15分、標準の保持期間は90日間です。"),
             C(VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン ボールトの標準価格は1TBあたり月額2,800円（税抜）です。")),
           P("""【メリディアン インサイト】
・メリディアン インサイトは現在ベータ版で、2027年1月に一般提供を開始する予定です。
・メリディアン インサイトの標準価格は1ユーザーあたり月額4,000円（税抜）です。""",
             C(INSIGHT, "general_availability", "2027-01", "ok", "2027年1月に一般提供を開始する予定です。"),
             C(INSIGHT, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "メリディアン インサイトの標準価格は1ユーザーあたり月額4,000円（税抜）です。")),
           P("なお、パートナー様向け勉強会を6月3日（水）14:00より弊社東京オフィス18階にて開催いたします。"),
           P("よろしくお願いいたします。"),
           SIG("""田中 彩
メリディアンデータ株式会社 東京オフィス パートナー営業部
TEL: 03-5555-0131""")]
m21.add(*m21_own)

# ---- 0022 partner reply: old name, reported retention, quotes 0021 ---------
m22 = msg(22, "m22", "ueda", ["tanaka"], "Tue, 26 May 2026 09:48:27 +0900",
          "Re: パートナー様向け製品情報と仕切り条件のご案内", charset="utf-8", cte="base64",
          mailer="thunderbird", reply_to_msg=m21, archive=True, lang="ja")
m22.add(P("田中様"),
        P("お世話になっております。テクノブリッジの上田です。\n資料ありがとうございます。"),
        P("仕入れ条件について、既存の「メリディアン・ファイルシンク」ユーザー企業様向けの更新案件に限り、35%引きとしていただけないでしょうか。\n弊社の担当顧客は約40社です。",
          TERM(SYNC, "既存の「メリディアン・ファイルシンク」ユーザー企業様向け")),
        P("また、あるお客様からは「メリディアン ボールトは保持期間が180日間」と伺っております。念のためご確認いただけますでしょうか。",
          C(VAULT, "retention", dur(180, "days"), "conflict", "「メリディアン ボールトは保持期間が180日間」と伺っております。")),
        P("よろしくお願いいたします。"),
        SIG("""上田 誠
株式会社テクノブリッジ ソリューション営業部
〒105-0014 東京都港区芝2-28-8 芝二丁目ビル 6F
TEL 03-5555-7720"""),
        RAW("2026年5月20日 16:05 田中 彩 <a.tanaka@jp.meridian-data.com> さんは書きました:"),
        *quote_gt(m21_own, "tokyo"))

# ---- 0023 Osaka exhibition follow-up: stale, GA conflict, absolute ---------
m23 = msg(23, "m23", "okada", ["fujii"], "Mon, 15 Jun 2026 13:10:44 +0900",
          "展示会ご来場のお礼とメリディアン製品のご案内", charset="utf-8", cte="quoted-printable",
          mailer="outlook", html=True, lang="ja", crlf=True)
m23.add(P("株式会社なにわ物流\n藤井様"),
        P("平素より大変お世話になっております。\nメリディアンデータ大阪オフィスの岡田でございます。\n先日の展示会では弊社ブースにお立ち寄りいただき、誠にありがとうございました。"),
        P("ご関心をお寄せいただいた2製品について、概要をご案内いたします。"),
        P("""■メリディアン シンク
・メリディアン シンクは最大5,000ユーザーまでご利用いただけます。
・メリディアン シンクの月額料金は55,000円（税込）です。
・導入いただければ、必ずファイル管理の工数を削減できます。""",
          C(SYNC, "max_users", 5000, "stale", "メリディアン シンクは最大5,000ユーザーまでご利用いただけます。"),
          C(SYNC, "monthly_price", jpy(55000, "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）です。"),
          PH("ja.absolute", "必ずファイル管理の工数を削減できます")),
        P("""■メリディアン インサイト
・メリディアン インサイトは2026年12月に正式リリース予定です。
・メリディアン インサイトの無料トライアルは30日間です。""",
          C(INSIGHT, "general_availability", "2026-12", "conflict", "メリディアン インサイトは2026年12月に正式リリース予定です。"),
          C(INSIGHT, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトの無料トライアルは30日間です。")),
        P("展示会特典として、7月末までのご契約で初期費用（通常100,000円）を無償とさせていただきます。"),
        P("ご不明な点がございましたら、お気軽にご連絡くださいませ。"),
        SIG("""岡田 洋子
メリディアンデータ株式会社 大阪オフィス 営業課長
TEL 06-5555-0300"""))


# ================================================================== documents
DOCS = []   # (path, text, office, [anns])

DOC_TOKYO = """# お見積書：メリディアン シンク／メリディアン インサイト（株式会社ミナト精機様）

発行日：2026年11月20日
見積番号：MD-TKY-2026-1120-03
有効期限：2026年12月25日
担当：メリディアンデータ株式会社 東京オフィス 営業部 佐藤 健一（TEL 03-5555-0123）

## 1. ご提案の背景

2026年5月よりご利用いただいているメリディアン シンクの2年目更新にあわせ、設計部門へのメリディアン インサイト導入をご提案いたします。
メリディアン シンクは国内製造業向けクラウドストレージの導入社数No.1※です。

※2026年9月 東京ITリサーチ調べ（国内製造業向け法人クラウドストレージ市場）

## 2. 製品仕様（抜粋）

- メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。
- メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。
- メリディアン シンクの稼働率SLAは99.9%です。
- メリディアン インサイトは2027年1月に一般提供を開始する予定です（現在はベータ版）。
- メリディアン インサイトのクエリ応答時間は1秒以内です。
- メリディアン インサイトでは最大200個のダッシュボードを作成いただけます。
- メリディアン インサイトは30日間の無料トライアルをご用意しております。

## 3. お見積り

金額はすべて税抜です。

| 品目 | 単価 | 数量 | 期間 | 金額 |
|---|---|---|---|---|
| メリディアン シンク 月額基本料金 | 月額 50,000円 | 1 | 12か月 | 600,000円 |
| メリディアン インサイト | 1ユーザーあたり月額 4,000円 | 25 | 12か月 | 1,200,000円 |
| 更新特別値引き（本見積限り・8%） | | | | -144,000円 |
| 合計 | | | | 1,656,000円 |

※更新特別値引きは、2026年12月25日までにご発注いただいた場合に限り適用いたします。

以上
"""
DOCS.append(("docs/tokyo/minato-seiki_renewal_quote_2026-11.md", DOC_TOKYO, "tokyo", [
    C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。"),
    C(SYNC, "storage_per_user", 1 * TB, "ok", "メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。"),
    C(SYNC, "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは99.9%です。"),
    C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始する予定です"),
    C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "メリディアン インサイトのクエリ応答時間は1秒以内です。"),
    C(INSIGHT, "max_dashboards", 200, "ok", "メリディアン インサイトでは最大200個のダッシュボードを作成いただけます。"),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトは30日間の無料トライアルをご用意しております。"),
    C(SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 月額 50,000円 |"),
    C(INSIGHT, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "| メリディアン インサイト | 1ユーザーあたり月額 4,000円 |"),
]))

DOC_DRAFT = """# （下書き）ミナト精機様 更新見積

- メリディアン シンクは業界No.1のファイル共有サービスです。
- メリディアン シンクの月額基本料金は45,000円（税抜）です。
- メリディアン インサイトは2026年10月に正式リリース予定です。
"""
DRAFTS = [("docs/tokyo/drafts/minato-seiki_renewal_draft.md", DOC_DRAFT)]

DOC_LONDON = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Order Form – Brightwell Housing Trust</title>
<style>body{font-family:Arial,sans-serif;font-size:10.5pt} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px}</style>
</head>
<body>
<h1>Order Form – Brightwell Housing Trust</h1>
<p>Reference: MD-UK-OF-2026-0412 &middot; Prepared by Priya Raman, Meridian Data UK Ltd &middot; Version 3, 19 November 2026</p>

<h2>1. Services</h2>
<table>
<caption>Subscription fees (all prices exclude VAT)</caption>
<tr><th>Service</th><th>Unit price</th><th>Qty</th><th>Term</th><th>Discount (this agreement)</th><th>Line total</th></tr>
<tr><td>Meridian Sync subscription</td><td>£329.00 per month</td><td>1</td><td>24 months</td><td>12%</td><td>£6,948.48</td></tr>
<tr><td>Meridian Insight</td><td>£25.00 per user per month</td><td>35</td><td>24 months</td><td>–</td><td>£21,000.00</td></tr>
<tr><td>Meridian Vault (add-on from month 7)</td><td><del>£14.00</del> £16.00 per TB per month</td><td>20</td><td>18 months</td><td>–</td><td>£5,760.00</td></tr>
</table>

<h2>2. Service levels</h2>
<ul>
<li>Meridian Sync is covered by a 99.9% monthly uptime SLA.</li>
<li>Meridian Vault is covered by a 99.95% availability SLA, with backups held in our Frankfurt data centre.</li>
<li>Meridian Insight is in beta until general availability in January 2027; during beta it targets 99.5% availability.</li>
</ul>

<h2>3. Special terms for this agreement</h2>
<ol>
<li>The 12% discount on the Meridian Sync subscription applies to this agreement only, for months 1–24. Renewal is at the list price then in force.</li>
<li>For this agreement, Brightwell receives a service credit of 10% of that month's fee for any calendar month in which we miss the commitment above.</li>
<li>The Meridian Insight evaluation for the finance team was extended to 29 May 2026 as a one-off.</li>
<li>All plans include unlimited guest links for contractors working on Brightwell properties.</li>
</ol>

<p>Signed for Meridian Data UK Ltd: ____________________ &nbsp; Signed for Brightwell Housing Trust: ____________________</p>
<p style="font-size:8pt">Meridian Data UK Ltd, 2nd Floor, 21 Finsbury Circus, London EC2M 7EB. Registered in England and Wales No. 09876543. VAT GB 123 4567 89.</p>
</body>
</html>
"""
DOCS.append(("docs/london/brightwell-order-form-v3.html", DOC_LONDON, "london", [
    C(SYNC, "monthly_price", gbp(329, "month", "excluded"), "ok", "<td>Meridian Sync subscription</td><td>£329.00 per month</td>"),
    C(INSIGHT, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "<td>Meridian Insight</td><td>£25.00 per user per month</td>"),
    C(VAULT, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "<del>£14.00</del> £16.00 per TB per month"),
    C(SYNC, "sla", 99.9, "ok", "Meridian Sync is covered by a 99.9% monthly uptime SLA."),
    C(VAULT, "sla", 99.95, "ok", "Meridian Vault is covered by a 99.95% availability SLA"),
    C(VAULT, "data_centers", "Frankfurt", "ok", "with backups held in our Frankfurt data centre"),
    C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight is in beta until general availability in January 2027"),
    C(INSIGHT, "sla", 99.5, "unverified", "during beta it targets 99.5% availability"),
    PH("en.unlimited", "All plans include unlimited guest links"),
]))

DOC_US = """MERIDIAN DATA INC. - RENEWAL AND EXPANSION QUOTE
==============================================================

Customer:    Halvorsen Logistics, Inc.
             4100 Harbor Blvd, Building C, Oakland, CA 94607
Quote no.:   Q-2026-01147            Customer PO: HL-PO-88213 (amendment 2)
Prepared:    2026-11-18 by Dana Whitfield, +1 (415) 555-0142
Valid until: 2026-12-18


SECTION 1 - PRODUCTS AND LIST PRICES
(USD, exclusive of applicable sales tax)

  Meridian Vault ...................... $20.00 per TB per month
  Meridian Sync ....................... $399.00 per month (whole organization)


SECTION 2 - CONTRACT-SPECIFIC PRICING

Per the approval of 2026-02-20 (M. Ortiz, VP Sales), a 15% discount
applies to Meridian Vault for the 36-month term that began 2026-03-15.
Committed capacity: 240 TB (expanded from 200 TB on 2026-11-01).
Monthly net for the committed capacity: $4,080.00 (240 TB at list, less 15%).
Legacy Meridian FileSync workspaces were migrated on 2026-03-15.


SECTION 3 - SERVICE TERMS

  - Meridian Vault RPO: 15 minutes.
  - Meridian Vault RTO: 4 hours for a full-site restore.
  - Meridian Vault default retention: 90 days.
  - Retention add-on purchased: 1 year (contract-specific).
  - Meridian Vault data centers: Oregon (primary), Frankfurt (secondary copy).
  - Meridian Vault maximum storage: 500 TB per tenant.
  - Offline copies: Meridian Vault supports offline mode for air-gapped restores.
  - Meridian Sync: up to 10,000 users per organization.
  - Meridian Sync storage: 1 TB per user.
  - Meridian Sync SLA: 99.9% monthly uptime.
  - Service credits (this contract only): 10% of the monthly fee for any
    month in which we miss the uptime commitment.


SECTION 4 - PRICE PROTECTION

The discounted Meridian Vault rate is guaranteed for the full 36-month term.


Accepted for Halvorsen Logistics, Inc.: ______________________  Date: __________
"""
DOCS.append(("docs/us-hq/halvorsen_renewal_quote_Q-2026-01147.txt", DOC_US, "us-hq", [
    C(VAULT, "price_per_tb", usd(20, "TB-month", "excluded"), "ok", "Meridian Vault ...................... $20.00 per TB per month"),
    C(SYNC, "monthly_price", usd(399, "month", "excluded"), "ok", "Meridian Sync ....................... $399.00 per month"),
    TERM(SYNC, "Legacy Meridian FileSync workspaces were migrated on 2026-03-15."),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault RPO: 15 minutes."),
    C(VAULT, "rto", dur(4, "hours"), "unverified", "Meridian Vault RTO: 4 hours for a full-site restore."),
    C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault default retention: 90 days."),
    C(VAULT, "data_centers", "Oregon", "ok", "Meridian Vault data centers: Oregon (primary), Frankfurt (secondary copy)."),
    C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault data centers: Oregon (primary), Frankfurt (secondary copy)."),
    C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault maximum storage: 500 TB per tenant."),
    C(VAULT, "offline_mode", True, "unverified", "Meridian Vault supports offline mode for air-gapped restores."),
    C(SYNC, "max_users", 10000, "ok", "Meridian Sync: up to 10,000 users per organization."),
    C(SYNC, "storage_per_user", 1 * TB, "ok", "Meridian Sync storage: 1 TB per user."),
    C(SYNC, "sla", 99.9, "ok", "Meridian Sync SLA: 99.9% monthly uptime."),
    PH("en.guarantee", "The discounted Meridian Vault rate is guaranteed for the full 36-month term."),
]))

DOC_OSAKA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>メリディアン ボールト ご提案書（関西フードサービス株式会社様）</title>
</head>
<body>
<h1>メリディアン ボールト ご提案書</h1>
<p>関西フードサービス株式会社 御中<br>
ご提案日：2026年11月16日<br>
メリディアンデータ株式会社 大阪オフィス 山本 大輔（TEL 06-5555-0301）</p>

<h2>1. ご提案の趣旨</h2>
<p>全86店舗のPOSデータおよび本部基幹システムのバックアップを、2027年2月までにクラウドへ移行いただくためのご提案です。</p>
<p>ランサムウェア被害に遭われた場合でも、データが失われることは絶対にありません。</p>

<h2>2. 製品仕様</h2>
<ul>
<li>RPO（目標復旧時点）：15分</li>
<li>標準保持期間：90日間</li>
<li>SLA（月間稼働率）：99.95%</li>
<li>データセンター：東京・大阪・シンガポール</li>
<li>暗号化方式：AES-256</li>
<li>1テナントあたりの最大容量：500TB</li>
</ul>

<h2>3. お見積り</h2>
<table border="1">
<caption>金額はすべて税抜</caption>
<tr><th>項目</th><th>単価</th><th>数量（TB）</th><th>金額</th></tr>
<tr><td>メリディアン ボールト（1TBあたり月額）</td><td>2,800円</td><td>130</td><td>364,000円</td></tr>
<tr><td>本契約限りの値引き（初年度10%）</td><td></td><td></td><td>-36,400円</td></tr>
<tr><td>初期設定費</td><td>150,000円</td><td>1式</td><td>0円（本契約限り無償）</td></tr>
</table>
<!-- onevoice-disable-next-line ja.cheapest -->
<p>同等の他社サービスと比べても、業界最安クラスの料金でご提供しております。</p>
<p>本契約に限り、前記の保証水準を下回った月は、当月ご利用分の10%をサービスクレジットとして返金いたします。</p>

<h2>4. 移行スケジュール（予定）</h2>
<p>2026年12月：本部システム移行　／　2027年1月〜2月：店舗POSデータ移行</p>
</body>
</html>
"""
DOCS.append(("docs/osaka/kansai-foods_vault_proposal_2026-11.html", DOC_OSAKA, "osaka", [
    PH("ja.absolute", "データが失われることは絶対にありません。"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "<li>RPO（目標復旧時点）：15分</li>"),
    C(VAULT, "retention", dur(90, "days"), "ok", "<li>標準保持期間：90日間</li>"),
    C(VAULT, "sla", 99.95, "ok", "<li>SLA（月間稼働率）：99.95%</li>"),
    C(VAULT, "data_centers", "Tokyo", "ok", "<li>データセンター：東京・大阪・シンガポール</li>"),
    C(VAULT, "data_centers", "Osaka", "ok", "<li>データセンター：東京・大阪・シンガポール</li>"),
    C(VAULT, "data_centers", "Singapore", "conflict", "<li>データセンター：東京・大阪・シンガポール</li>"),
    C(VAULT, "encryption", "AES-256", "ok", "<li>暗号化方式：AES-256</li>"),
    C(VAULT, "max_storage", 500 * TB, "ok", "<li>1テナントあたりの最大容量：500TB</li>"),
    C(VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "<td>メリディアン ボールト（1TBあたり月額）</td><td>2,800円</td>"),
]))


# ================================================================== cross-office
CROSS = [
    {"product": INSIGHT, "attribute": "free_trial", "offices": ["london", "us-hq"],
     "message_files": ["mail/0010.eml", "mail/0015.eml", "mail/0016.eml"],
     "values": {"london": dur(30, "days"), "us-hq": dur(45, "days")}},
    {"product": VAULT, "attribute": "rpo", "offices": ["osaka", "tokyo"],
     "message_files": ["mail/0018.eml", "mail/0021.eml", "mail/0022.eml"],
     "values": {"osaka": dur(5, "minutes"), "tokyo": dur(15, "minutes")}},
    {"product": SYNC, "attribute": "sla", "offices": ["london", "tokyo"],
     "message_files": ["mail/0007.eml", "mail/0008.eml", "mail/0011.eml", "mail/0012.eml"],
     "values": {"london": 99.9, "tokyo": 99.95}},
]


# ================================================================== unreadable
def outlook_msg_bytes():
    """An Outlook .msg (OLE2 compound file) someone saved under an .eml name."""
    b = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
                  + b"\x06\x00" + b"\x00" * 10 + b"\x01\x00\x00\x00" + b"\x00" * 8 + b"\x00\x10\x00\x00")
    b += b"\xff" * (512 - len(b))
    for name in ("Root Entry", "__substg1.0_0037001F", "__substg1.0_1000001F", "__substg1.0_0C1F001F",
                 "__properties_version1.0", "__nameid_version1.0"):
        e = name.encode("utf-16-le")
        b += e + b"\x00" * (64 - len(e)) + bytes([len(e) + 2, 0, 1 if name != "Root Entry" else 5, 1]) + b"\xff" * 60
    b += "RE: Halvorsen – order form and DPA".encode("utf-16-le") + b"\x00\x00"
    seed = hashlib.sha256(b"set60-msg").digest()
    while len(b) < 4096:
        seed = hashlib.sha256(seed).digest()
        b += seed
    return bytes(b[:4096])


UNREADABLE = [("mail/0024.eml", "not an RFC 5322 message: an Outlook .msg (OLE2 compound file) saved under an .eml name")]


# ================================================================== writing
def decoded_texts(m):
    t = [m.plain(), render_html(m.segs, m.lang)]
    if m.attached:
        t.append(m.attached.plain())
    return t


def expected_for_message(m, file):
    lines, seen = [], set()
    for a, quoted, office, segtext in m.labels():
        texts = decoded_texts(m)
        assert any(a["text"] in t for t in texts), (m.num, a["text"])
        if a["type"] == "claim":
            key = (a["product"], a["attribute"], json.dumps(a["value"], sort_keys=True), quoted, office)
            if key in seen:
                continue
            seen.add(key)
            lines.append({"type": "claim", "file": file, "message_id": m.msgid, "product": a["product"],
                          "attribute": a["attribute"], "value": a["value"], "verdict": a["verdict"],
                          "quoted": quoted, "office": office, "as_of": m.day, "text": a["text"]})
        else:
            key = (a["kind"], a["rule"], a["product"])
            if key in seen:
                continue
            seen.add(key)
            lines.append({"type": "finding", "file": file, "message_id": m.msgid, "kind": a["kind"],
                          "rule": a["rule"], "product": a["product"], "quoted": quoted, "text": a["text"]})
    return lines


def mboxrd(msgs):
    out = b""
    for m in sorted(msgs, key=lambda m: email.utils.parsedate_to_datetime(m.date)):
        raw = m.bytes().replace(b"\r\n", b"\n")
        dt = email.utils.parsedate_to_datetime(m.date).astimezone(__import__("datetime").timezone.utc)
        out += ("From %s %s\n" % (PEOPLE[m.frm][1], dt.strftime("%a %b %d %H:%M:%S %Y"))).encode()
        for ln in raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n"):
            out += (b">" + ln if re.match(rb"^>*From ", ln) else ln) + b"\n"
        out += b"\n"
    return out


def main():
    for d in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    expected = []
    for m in MSGS:
        with open(os.path.join(ROOT, m.fname), "wb") as fh:
            fh.write(m.bytes())
        expected += expected_for_message(m, m.fname)
    for f, why in UNREADABLE:
        with open(os.path.join(ROOT, f), "wb") as fh:
            fh.write(outlook_msg_bytes())
        expected.append({"type": "finding", "file": f, "message_id": None, "kind": "unreadable", "rule": None,
                         "product": None, "quoted": False, "text": why})
    arch = [m for m in MSGS if m.archive]
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        fh.write(mboxrd(arch))
    for m in sorted(arch, key=lambda m: email.utils.parsedate_to_datetime(m.date)):
        expected += [dict(x, file="mail/archive.mbox") for x in expected_for_message(m, "mail/archive.mbox")]
    for path, text, office, anns in DOCS:
        os.makedirs(os.path.dirname(os.path.join(ROOT, path)), exist_ok=True)
        with open(os.path.join(ROOT, path), "w", encoding="utf-8") as fh:
            fh.write(text)
        seen = set()
        for a in anns:
            assert a["text"] in text, (path, a["text"])
            if a["type"] == "claim":
                key = (a["product"], a["attribute"], json.dumps(a["value"], sort_keys=True))
                assert key not in seen, (path, key)
                seen.add(key)
                expected.append({"type": "claim", "file": path, "message_id": None, "product": a["product"],
                                 "attribute": a["attribute"], "value": a["value"], "verdict": a["verdict"],
                                 "quoted": False, "office": office, "as_of": DOCS_AS_OF, "text": a["text"]})
            else:
                expected.append({"type": "finding", "file": path, "message_id": None, "kind": a["kind"],
                                 "rule": a["rule"], "product": a["product"], "quoted": False, "text": a["text"]})
    for path, text in DRAFTS:
        os.makedirs(os.path.dirname(os.path.join(ROOT, path)), exist_ok=True)
        with open(os.path.join(ROOT, path), "w", encoding="utf-8") as fh:
            fh.write(text)
    for x in CROSS:
        expected.append(dict({"type": "cross-office", "file": "mail/archive.mbox"}, **x))
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for x in expected:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d in archive.mbox), %d documents, %d expected lines"
          % (len(MSGS) + len(UNREADABLE), len(arch), len(DOCS) + len(DRAFTS), len(expected)))


ONEVOICE_YAML = """# onevoice configuration for probe set 60 (SPEC section 6).
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

if __name__ == "__main__":
    main()
