#!/usr/bin/env python3
"""Deterministic generator for evaluation set 6 (English sales mail, US HQ and London).

    python3 gen/generate.py            # writes mail/, docs/, .onevoice.yaml, expected.jsonl, README.md
    python3 gen/generate.py --lint     # also prints every line that names a product, for review

Everything in the set is written by this script; nothing is hand-edited. After writing, it checks that
every `text` excerpt is in the decoded text of its file (for .eml and for the copy in archive.mbox), that
the hand-given verdicts agree with the claims base as FACTS.md and rules/ state it, that the phrase and
terminology findings are exactly those the rules fire, and it computes the cross-office lines from the
archive's claims (asserting they are the intended ones). Stdlib only.
"""
import email, email.policy, json, os, re, shutil, sys, unicodedata
import datetime as dt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *          # noqa: F401,F403
import lib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
RULES = os.path.normpath(os.path.join(SET, "..", "..", "shared", "eval", "rules"))
DOCS_AS_OF = "2026-11-22"
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"

# ------------------------------------------------------------------ people
dana = ("Dana Whitfield", "dana.whitfield@meridian-data.com", "us")
marcus = ("Marcus Bell", "marcus.bell@meridian-data.com", "us")
priya = ("Priya Raman", "priya.raman@meridian-data.com", "us")
events = ("Meridian Data Events", "events@meridian-data.com", "us")
orders = ("Meridian Data Order Desk", "orders@meridian-data.com", "us")
oliver = ("Oliver Hartley", "oliver.hartley@uk.meridian-data.com", "uk")
fiona = ("Fiona McLeod", "fiona.mcleod@uk.meridian-data.com", "uk")
tom = ("Tom Ashworth", "t.ashworth@uk.meridian-data.com", "uk")
kenji = ("Kenji Watanabe", "kenji.watanabe@jp.meridian-data.com", "jp")
aya = ("Aya Morimoto", "a.morimoto@osaka.jp.meridian-data.com", "jp")
greg = ("Greg Tanaka", "gtanaka@halvorsenlogistics.com", "us")
james = ("James Pryce", "j.pryce@kestrel-analytics.co.uk", "uk")
hiroshi = ("Hiroshi Sato", "h.sato@satotrading-us.com", "us")
hannah = ("Hannah Webb", "hannah@foxglovearchitects.co.uk", "uk")
sarah = ("Sarah Okafor", "sarah.okafor@brightwater-health.co.uk", "uk")
raj = ("Raj Patel", "raj.patel@northbridge-it.co.uk", "uk")
linda = ("Linda Alvarez", "lalvarez@pinecrestcu.org", "us")
bob = ("Bob Kowalski", "bkowalski@ridgelinemfg.com", "us")
dave = ("Dave Harris", "dharris@ridgelinemfg.com", "us")
kelly = ("Kelly Nguyen", "kelly.nguyen@summitcloudpartners.com", "us")
mike = ("Mike Dunleavy", "mike.dunleavy.consulting@gmail.com", "uk")
marek = ("Marek Nowak", "marek.nowak@calder-freight.co.uk", "uk")
chloe = ("Chloe Baxter", "chloe.baxter@baxterreeve.co.uk", "uk")
emma = ("Emma Clarke", "emma.clarke@satotrading-eu.co.uk", "uk")
rachel = ("Rachel Burns", "rachel.burns@ambleside-homes.co.uk", "uk")
priyanka = ("Priyanka Shah", "p.shah@lumen-dental.co.uk", "uk")
alicia = ("Alicia Ramos", "aramos@harborpointlaw.com", "us")

def office_of(p):
    a = p[1].lower()
    if a.endswith("@osaka.jp.meridian-data.com"):
        return "osaka"
    if a.endswith("@jp.meridian-data.com"):
        return "tokyo"
    if a.endswith("@uk.meridian-data.com"):
        return "london"
    if a.endswith("@meridian-data.com"):
        return "us-hq"
    return "unknown"

def A(p):
    return "%s <%s>" % (p[0], p[1])

# ------------------------------------------------------------------ signatures and footers (no claims)
DANA_SIG = """-- 
Dana Whitfield
Account Executive, Mid-Market West
Meridian Data Inc. | 548 Market St, Suite 400, San Francisco, CA 94104
o: +1 (415) 555-0142 ext. 3317 | m: +1 (415) 555-0178
"""
DANA_CONF = ("CONFIDENTIALITY NOTICE: This message, including any attachments, is intended only for the named "
             "recipient(s) and may contain confidential information. If you received it in error, please notify "
             "the sender and delete it. Meridian Data Inc. Privacy Policy rev. 2026-03-01.\n")
MARCUS_SIG = """Marcus Bell
Senior Solutions Engineer | Meridian Data Inc.
+1 415 555 0199 | Book 30 min: https://cal.meridian-data.com/mbell
"""
PRIYA_SIG = """Priya Raman | Director, Channel & Mid-Market Sales | Meridian Data Inc.
T +1 (415) 555-0110 | 548 Market St, Ste 400, San Francisco CA 94104
"""
UK_FOOTER = ("Meridian Data Ltd is registered in England and Wales (company no. 10482236). Registered office: "
             "30 Finsbury Square, London EC2A 1AG. VAT reg. GB 318 4471 09. This email and any attachments are "
             "confidential and may be privileged; if you have received it in error, please notify the sender and "
             "delete it. Meridian Data Ltd accepts no liability for loss or damage caused by software viruses; "
             "100% of outbound mail is scanned, but please run your own checks.\n")
OLIVER_SIG = """Oliver Hartley
Senior Account Manager, UK & Ireland
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
T: +44 (0)20 7946 0321 | M: +44 (0)7700 900417
"""
FIONA_SIG = "Fiona McLeod | Solutions Consultant | Meridian Data Ltd\n+44 (0)20 7946 0388 | 30 Finsbury Square, London EC2A 1AG\n"
TOM_SIG = "Tom Ashworth\nInside Sales | Meridian Data Ltd\nDD: 020 7946 0355 | Mob: 07700 900 862\n"
KENJI_SIG = """-- 
Kenji Watanabe (渡辺 健二)
Partner Sales Manager
Meridian Data K.K. (メリディアンデータ株式会社)
Marunouchi Trust Tower 12F, 1-8-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005
TEL +81-3-5555-0123 / FAX +81-3-5555-0124
"""

# ------------------------------------------------------------------ messages
MSGS = []
BYKEY = {}

def C(product, attribute, value, verdict, text, judged=None):
    return dict(product=product, attribute=attribute, value=value, verdict=verdict, text=text, judged=judged)

class Msg:
    def __init__(self, key, date, frm, to, subject, cc=(), archive=False, reply_to=None, eol="\n", mid=None,
                 extra_headers=()):
        self.key, self.date, self.frm, self.to, self.cc, self.subject = key, date, frm, to, list(cc), subject
        self.archive, self.reply_to, self.eol, self.extra_headers = archive, reply_to, eol, list(extra_headers)
        self._mid = mid
        self.own, self.quote, self.claims, self.quotes, self.attach, self.findings = "", "", [], [], None, []
        self.entity = None
        self.office = office_of(frm)
        MSGS.append(self)
        BYKEY[key] = self

    @property
    def mid(self):
        return self._mid or self.default_mid()

    def default_mid(self):
        dom = self.frm[1].split("@")[1]
        if dom == "gmail.com" or self.key in GMAIL_STYLE:
            return "CA%s+%s@mail.gmail.com" % (h(self.key, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                              h(self.key + "x", 10, "abcdefghijklmnopqrstuvwxyz0123456789"))
        if self.key in OUTLOOK_STYLE:
            box = ("LO2P265MB" if self.frm[2] == "uk" else "SJ0PR11MB") + h(self.key + "b", 4, "0123456789")
            region = "GBRP265.PROD.OUTLOOK.COM" if self.frm[2] == "uk" else "namprd11.prod.outlook.com"
            return "%s%s@%s.%s" % (box, h(self.key, 24), box, region)
        return "%s.%s@%s" % (self.date.strftime("%Y%m%d%H%M%S"), h(self.key, 8), dom)

    @property
    def as_of(self):
        return self.date.strftime("%Y-%m-%d")

    def header_block(self):
        hs = [("From", A(self.frm)), ("To", ", ".join(A(p) for p in self.to))]
        if self.cc:
            hs.append(("Cc", ", ".join(A(p) for p in self.cc)))
        hs += [("Subject", enc_header(self.subject)), ("Date", rfc_date(self.date)), ("Message-ID", "<%s>" % self.mid)]
        if self.reply_to:
            src = BYKEY[self.reply_to]
            hs += [("In-Reply-To", "<%s>" % src.mid), ("References", "<%s>" % src.mid)]
        hs += list(self.extra_headers) + [("MIME-Version", "1.0")]
        return "".join("%s: %s\n" % kv for kv in hs)

    def raw(self):
        eh, eb = self.entity
        return self.header_block() + eh + "\n" + eb

GMAIL_STYLE, OUTLOOK_STYLE = set(), set()

def plain(m, own, quote_text="", charset="utf-8", cte=None):
    m.own, m.quote = own, quote_text
    m.entity = body_part("text/plain", own + quote_text, charset, cte)

def alt(m, own, html_text, quote_text="", charset="utf-8", cte=None, html_cte=None):
    m.own, m.quote = own, quote_text
    m.entity = multipart("alternative", [body_part("text/plain", own + quote_text, charset, cte),
                                         body_part("text/html", html_text, charset, html_cte or cte)],
                         "_000_%s_" % h(m.key, 20))

def html_only(m, html_text, own_plain, charset="utf-8", cte="quoted-printable"):
    """own_plain: the text a reader sees (claims' excerpts are checked against the rendered HTML)."""
    m.own, m.quote = own_plain, ""
    m.entity = body_part("text/html", html_text, charset, cte)

# Outlook HTML scaffolding
def ohtml(blocks, lang="EN-US", charset="utf-8", after=""):
    out = []
    for b in blocks:
        if b == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif isinstance(b, tuple) and b[0] == "ul":
            out.append('<ul style="margin-top:0cm" type="disc">' + "".join(
                '<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1">'
                '<span style="mso-fareast-language:EN-US">%s<o:p></o:p></span></li>' % it for it in b[1]) + "</ul>")
        elif isinstance(b, tuple) and b[0] == "raw":
            out.append(b[1])
        else:
            out.append('<p class="MsoNormal"><span style="mso-fareast-language:EN-US">%s<o:p></o:p></span></p>' % b)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;mso-ligatures:standardcontextual;}\n'
            'a:link, span.MsoHyperlink {mso-style-priority:99;color:#467886;text-decoration:underline;}\n'
            'p.MsoListParagraph, li.MsoListParagraph {margin-top:0cm;margin-right:0cm;margin-bottom:0cm;'
            'margin-left:36.0pt;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults '
            'v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n</head>\n<body lang="%s" link="#467886" '
            'vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n'
            % (charset, lang, "\n".join(out), after))

def sig_table(lines, color="#1F3864"):
    rows = "".join('<tr><td style="padding:0cm 0cm 0cm 0cm"><p class="MsoNormal"><span style="font-size:9.0pt;'
                   'color:%s">%s<o:p></o:p></span></p></td></tr>' % (color, l) for l in lines)
    return ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:'
            'collapse"><tbody>%s</tbody></table>' % rows)

def outlook_block(src, region, to=None, cc=None, subject=None):
    s = "From: %s\nSent: %s\nTo: %s\n" % (A(src.frm), outlook_sent(src.date, region), ", ".join(A(p) for p in (to or src.to)))
    if cc or src.cc:
        s += "Cc: %s\n" % ", ".join(A(p) for p in (cc or src.cc))
    return s + "Subject: %s\n\n" % (subject or src.subject)

def on_wrote(src, region, style="gmail"):
    f = {"gmail": gmail_on, "apple": apple_on}[style]
    return f(src.date, region, A(src.frm))

def body_of(key):
    """What a quoting client shows of an earlier message: its own text plus anything it quoted."""
    m = BYKEY[key]
    return m.own + m.quote


# ================================================================== the mail
# ---------------------------------------------------------------- Halvorsen Logistics (US HQ, early 2026)
m = Msg("halv-1", when("2026-01-14 10:32", "us"), dana, [greg],
        "Meridian Sync for Halvorsen – follow-up from today's call", archive=True)
OUTLOOK_STYLE.add("halv-1")
s1 = "Meridian Sync supports up to 5,000 users per organization today."
s2 = "From April 1, Meridian Sync will support up to 10,000 users."
s3 = "Every Meridian Sync user gets 1 TB of storage."
s4 = "Meridian Sync is $399 per month for the whole organization."
plain(m, """Hi Greg,

Thanks for making time this morning, and please thank Anita for pulling the numbers together. Recap of what we covered:

%s
%s
%s
%s

Next steps on my side: a draft order form (ref. Q-2026-0114-HL) and the security docs by Friday 1/16. Your renewal with the incumbent is 3/31, so a 60-day pilot starting in February would land nicely.

Talk soon,
Dana

%s""" % (s1, s2, s3, s4, DANA_SIG))
m.claims = [C(S, "max_users", 5000, "ok", s1), C(S, "max_users", 10000, "ok", s2, judged="2026-04-01"),
            C(S, "storage_per_user", 1 * TB, "ok", s3), C(S, "monthly_price", money(399, "USD", "month"), "ok", s4)]

m = Msg("halv-2", when("2026-02-03 15:40", "us"), greg, [dana], "RE: Meridian Sync for Halvorsen – follow-up from today's call",
        archive=True, reply_to="halv-1", eol="\r\n")
OUTLOOK_STYLE.add("halv-2")
own = """Dana,

Sorry for the slow reply, month-end close ate my January. We're at roughly 6,200 staff now (the Reno acquisition closed), so the April change matters a lot for us.

Couple of questions from our IT lead before we book the pilot:
1. Does Meridian Sync run on Linux? Most of our engineers are on Ubuntu 24.04.
2. Is there an offline mode for the drivers' tablets?
3. Our current vendor caps us at 2 TB per user and commits to 99.5% uptime. How does that compare?

Thanks,
Greg

Greg Tanaka | IT Director | Halvorsen Logistics
9450 Double R Blvd, Reno, NV 89521 | 775-555-0163

"""
plain(m, own, "-----Original Message-----\n" + outlook_block(BYKEY["halv-1"], "us") + body_of("halv-1"))
m.quotes = ["halv-1"]

m = Msg("halv-3", when("2026-02-04 09:15", "us"), marcus, [greg], "Re: Meridian Sync for Halvorsen – follow-up from today's call",
        cc=[dana], archive=True, reply_to="halv-2")
GMAIL_STYLE.add("halv-3")
g = BYKEY["halv-2"]
a1 = "Until the end of March the cap on Meridian Sync is 5,000 users; from April 1 it's 10,000 users."
a2 = "Meridian Sync runs on Windows, macOS, iOS and Android; there's no Linux client."
a3 = "No. Meridian Sync doesn't have an offline mode, so the tablets need a connection to sync."
a4 = "Meridian Sync gives each user 1 TB of storage."
a5 = "On availability, Meridian Sync's uptime SLA is 99.9%."
plain(m, """Hi Greg, Marcus here (solutions engineer on Dana's team). Answers inline below.

%s
> We're at roughly 6,200 staff now (the Reno acquisition closed), so the April change matters a lot for us.

Understood. %s So the pilot can start now and the full rollout can follow in April.

> 1. Does Meridian Sync run on Linux? Most of our engineers are on Ubuntu 24.04.

Not today, sorry. %s

> 2. Is there an offline mode for the drivers' tablets?

%s

> 3. Our current vendor caps us at 2 TB per user and commits to 99.5%% uptime. How does that compare?

%s That's less raw space per head than you have now, but in our experience most teams use a fraction of it. %s

Marcus

%s""" % (on_wrote(g, "us"), a1, a2, a3, a4, a5, MARCUS_SIG))
m.claims = [C(S, "max_users", 5000, "ok", a1, judged="2026-03-31"), C(S, "max_users", 10000, "ok", a1, judged="2026-04-01"),
            C(S, "supported_platforms", "Windows", "ok", a2), C(S, "supported_platforms", "macOS", "ok", a2),
            C(S, "supported_platforms", "iOS", "ok", a2), C(S, "supported_platforms", "Android", "ok", a2),
            C(S, "offline_mode", False, "ok", a3), C(S, "storage_per_user", 1 * TB, "ok", a4), C(S, "sla", 99.9, "ok", a5)]

m = Msg("halv-4", when("2026-03-12 14:05", "us"), dana, [greg], "RE: Reno warehouse onboarding", archive=True)
OUTLOOK_STYLE.add("halv-4")
s1 = "Meridian Sync supports up to 10,000 users."
greg_q = Msg("halv-4q", when("2026-03-11 15:20", "us"), greg, [dana], "Reno warehouse onboarding")   # quoted only
GMAIL_STYLE.add("halv-4q")
plain(greg_q, "Hi Dana,\n\nAny chance we can bring the Reno warehouse on before April? It's another 900 people and they start using the new WMS on 3/23.\n\nGreg\n")
plain(m, """Hi Greg,

Good news on the Reno warehouse. %s That means the warehouse can be onboarded next week rather than waiting for April. I'll have Marcus send the bulk-invite CSV template.

Dana

%s
%s""" % (s1, DANA_SIG, DANA_CONF), "\n" + outlook_block(greg_q, "us") + body_of("halv-4q"))
m.claims = [C(S, "max_users", 10000, "stale", s1)]
m.reply_to = "halv-4q"

m = Msg("amb-1", when("2026-03-10 10:00", "uk"), tom, [rachel], "Meridian Sync – summary for Ambleside Homes")
s1 = "Meridian Sync is £329 per month + VAT."
s2 = "It supports up to 10,000 users, so there's plenty of room as Ambleside grows."
s3 = "Meridian Sync holds ISO 27001 and Cyber Essentials Plus certification."
plain(m, """Hi Rachel,

Following our call, a quick summary. %s %s

%s We can share the ISO certificate today; the rest of the pack follows under NDA.

Best,
Tom

%s
%s""" % (s1, s2, s3, TOM_SIG, UK_FOOTER), charset="iso-8859-1", cte="quoted-printable")
m.claims = [C(S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", s1),
            C(S, "max_users", 10000, "stale", s2),
            C(S, "certifications", "ISO 27001", "ok", s3), C(S, "certifications", "Cyber Essentials Plus", "conflict", s3)]

m = Msg("kelly-jan", when("2026-01-20 11:00", "us"), priya, [kelly], "Partner price sheet + Insight beta timing")
OUTLOOK_STYLE.add("kelly-jan")
b1 = "- Meridian Sync: up to 5,000 users per organization, $399 per month."
b2 = "- Meridian Vault: $20 per TB per month, and a tenant stores up to 500 TB."
b3 = "- Meridian Insight: general availability is planned for January 2027 (beta until then)."
plain(m, """Hi Kelly,

As promised, the headline numbers for your team's enablement deck (full price book PB-US-2026-01 attached):

%s
%s
%s

Partner discount stays at 20%% off list through 31 December 2026; deal registration is via the portal (portal.meridian-data.com/partners).

Priya

%s""" % (b1, b2, b3, PRIYA_SIG))
m.claims = [C(S, "max_users", 5000, "ok", b1), C(S, "monthly_price", money(399, "USD", "month"), "ok", b1),
            C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", b2), C(V, "max_storage", 500 * TB, "ok", b2),
            C(I, "general_availability", "2027-01", "ok", b3)]

# ---------------------------------------------------------------- Insight, partners (US HQ)
m = Msg("ins-onepager", when("2026-09-15 10:20", "us"), priya, [kelly], "Meridian Insight beta – one-pager for your reps",
        archive=True)
OUTLOOK_STYLE.add("ins-onepager")
s1 = "Meridian Insight is in public beta today and goes GA in January 2027."
s2 = "Meridian Insight pricing at GA will be $30 per user per month."
s3 = "Meridian Insight comes with a 30-day free trial, no credit card needed."
s4 = "Meridian Insight dashboards load in under 2 seconds on typical workspaces."
s5 = "Each Meridian Insight workspace supports up to 200 dashboards."
own = """Hi Kelly,

Here's the short version of the Meridian Insight story for your reps. Feel free to lift it straight into your deck.

%s
%s
%s
%s
%s

Webinar for your team: Thursday, September 24, 9:00-9:45 AM PT. Invite to follow.

Priya

%s""" % (s1, s2, s3, s4, s5, PRIYA_SIG)
hs = ohtml(["Hi Kelly,", "",
            "Here&#8217;s the short version of the <b>Meridian Insight</b> story for your reps. Feel free to lift it straight into your deck.",
            "",
            "<span style='color:#1F3864'>Meridian Insight</span> is in public beta today and goes GA in January&nbsp;2027.",
            "Meridian Insight pricing at GA will be $30 per user per month.",
            "Meridian Insight comes with a 30-day free trial, no credit card needed.",
            "Meridian Insight dashboards load in under 2&nbsp;seconds on typical workspaces.",
            "Each Meridian Insight workspace supports up to <b>200</b> dashboards.", "",
            "Webinar for your team: Thursday, September 24, 9:00&#8211;9:45 AM PT. Invite to follow.", "", "Priya", "",
            ("raw", sig_table(["Priya Raman | Director, Channel &amp; Mid-Market Sales | Meridian Data Inc.",
                               "T +1 (415) 555-0110 | 548 Market St, Ste 400, San Francisco CA 94104"]))])
alt(m, own, hs, cte="quoted-printable")
m.claims = [C(I, "general_availability", "2027-01", "ok", s1), C(I, "per_user_price", money(30, "USD", "user-month"), "ok", s2),
            C(I, "free_trial", dur(30, "days"), "ok", s3), C(I, "query_latency", dur(2, "seconds"), "ok", s4),
            C(I, "max_dashboards", 200, "ok", s5)]

m = Msg("ins-connectors", when("2026-09-22 13:10", "us"), priya, [kelly], "RE: Meridian Insight beta – one-pager for your reps",
        archive=True, reply_to="ins-onepager")
OUTLOOK_STYLE.add("ins-connectors")
s1 = "Meridian Insight ships with 120 pre-built connectors (Salesforce, NetSuite, Snowflake, BigQuery, HubSpot and so on), with more landing every month."
s2 = "Honestly it's the industry-leading connector library in mid-market BI, and your reps should lead with it."
plain(m, "Kelly – to your reps' question from this morning: %s %s\n\nP.\n\n%s" % (s1, s2, PRIYA_SIG))
m.claims = [C(I, "integrations", 120, "unverified", s1)]
m.findings = [("phrase", "en.superlative", None, s2)]

m = Msg("events", when("2026-09-24 08:00", "us"), events, [kelly], "Meet Meridian Insight – partner webinar, 8 October",
        archive=True, extra_headers=[("List-Unsubscribe", "<https://go.meridian-data.com/unsub?u=88213>"),
                                     ("Precedence", "bulk")])
e1 = "Meridian Insight connects to 120+ data sources out of the box."
e2 = "Build up to 200 dashboards per workspace with Meridian Insight."
e3 = "Industry-leading speed, without a data team."
ev_html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Meet Meridian Insight</title>
<style>td{font-family:Arial,Helvetica,sans-serif;color:#1b2a3a} .btn{background:#0b5cad;color:#fff;padding:10px 18px}</style></head>
<body style="margin:0;padding:0;background:#eef2f6">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px"><img src="https://go.meridian-data.com/img/logo-600x80.png" width="600" height="80" alt="Meridian Data"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:26px">Meet Meridian Insight</h1></td></tr>
<tr><td style="padding:0 24px"><p>%s</p><p>%s</p><p>%s</p></td></tr>
<tr><td style="padding:12px 24px"><p><b>Partner webinar:</b> Thursday 8 October 2026 &middot; 10:00 PT / 18:00 BST &middot; 45 minutes</p>
<p><a class="btn" href="https://go.meridian-data.com/e/insight-partners-1008?utm_source=email&amp;utm_campaign=2026-10">Save my seat</a></p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#6b7785">Meridian Data Inc., 548 Market St, Suite 400, San Francisco, CA 94104.<br>
You received this email because you are a registered Meridian partner (partner ID SCP-0107).<br>
<a href="https://go.meridian-data.com/unsub?u=88213">Unsubscribe</a> | <a href="https://go.meridian-data.com/prefs?u=88213">Manage preferences</a><br>&copy; 2026 Meridian Data Inc.</td></tr>
</table></td></tr></table></body></html>
""" % (e1, e2, e3)
html_only(m, ev_html, e1 + "\n" + e2 + "\n" + e3 + "\n")
m.claims = [C(I, "integrations", 120, "unverified", e1), C(I, "max_dashboards", 200, "ok", e2)]
m.findings = [("phrase", "en.superlative", None, e3)]

# ---------------------------------------------------------------- Northbridge IT (London partner)
m = Msg("raj-1", when("2026-09-29 10:10", "uk"), raj, [oliver], "Vault datasheet + a couple of questions", archive=True)
GMAIL_STYLE.add("raj-1")
r1 = "Our copy of the Meridian Vault datasheet says Meridian Vault retains backups for 30 days."
own = """Hi Oliver,

Quick one. %s (It's version 1.9, so probably ancient.) Two of our clients are quoting that back at us.

Also: is Meridian Vault available out of a Singapore region yet? A couple of APAC clients keep asking.

And the partner margin on renewals – still 18%%?

Cheers,
Raj

Raj Patel | Director | Northbridge IT Solutions Ltd
Gold Partner ID NB-UK-0042 | 0121 496 0388 | Unit 4, Brindley Place, Birmingham B1 2JB
""" % r1
plain(m, own)
m.claims = [C(V, "retention", dur(30, "days"), "conflict", r1)]

m = Msg("raj-2", when("2026-09-30 11:45", "uk"), oliver, [raj], "Re: Vault datasheet + a couple of questions",
        archive=True, reply_to="raj-1")
GMAIL_STYLE.add("raj-2")
o1 = "Meridian Vault's default retention is 90 days."
o2 = "Meridian Vault is hosted in Tokyo, Osaka, Oregon and Frankfurt."
plain(m, """Hi Raj – see inline below.

%s
> Quick one. %s (It's version 1.9, so probably ancient.) Two of our clients are quoting that back at us.

It is ancient! %s The current datasheet is v2.1; I'll send it over this afternoon.

> Also: is Meridian Vault available out of a Singapore region yet? A couple of APAC clients keep asking.

Not at the moment. %s

> And the partner margin on renewals – still 18%%?

Yes, 18%% through 31 March 2027.

Oliver

%s
%s""" % (on_wrote(BYKEY["raj-1"], "uk"), r1, o1, o2, OLIVER_SIG, UK_FOOTER))
m.quote = "> " + r1      # the quoted claim's line (for deriving it)
m.quotes = ["raj-1"]
m.claims = [C(V, "retention", dur(90, "days"), "ok", o1)] + [C(V, "data_centers", x, "ok", o2) for x in
                                                               ("Tokyo", "Osaka", "Oregon", "Frankfurt")]

# ---------------------------------------------------------------- Kestrel Analytics (London, US HQ correction)
m = Msg("kes-1", when("2026-10-06 14:12", "uk"), oliver, [james], "Meridian Vault – figures for your board pack",
        cc=[marcus], archive=True)
OUTLOOK_STYLE.add("kes-1")
k1 = "Meridian Vault gives you an RPO of one hour and keeps backups for three months by default."
k2 = "A single Meridian Vault tenant scales to half a petabyte."
k3 = "Meridian Vault pricing is £16 per TB per month."
k4 = "Meridian Vault has data centres in Frankfurt, Oregon and London."
own = """Hi James,

Good to speak earlier. As promised, the figures for your board pack:

%s
%s
%s
%s

I'll send the security pack (SOC 2 report under NDA) separately. Our reference is OPP-2026-3391.

Kind regards,
Oliver

%s
%s""" % (k1, k2, k3, k4, OLIVER_SIG, UK_FOOTER)
hs = ohtml(["Hi James,", "", "Good to speak earlier. As promised, the figures for your board pack:", "",
            "<span style='color:#0B3D91'>Meridian Vault</span> gives you an RPO of one hour and keeps backups for three months by default.",
            "A single Meridian Vault tenant scales to half a petabyte.",
            "Meridian Vault pricing is &pound;16 per TB per month.",
            "Meridian Vault has data centres in Frankfurt, Oregon and London.", "",
            "I&#8217;ll send the security pack (SOC&nbsp;2 report under NDA) separately. Our reference is OPP-2026-3391.",
            "", "Kind regards,", "Oliver", "",
            ("raw", sig_table(["<b>Oliver Hartley</b>", "Senior Account Manager, UK &amp; Ireland",
                               "Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG",
                               "T: +44 (0)20 7946 0321 | M: +44 (0)7700 900417"])),
            ("raw", '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">%s</span></p>' % UK_FOOTER.strip())],
           lang="EN-GB")
alt(m, own, hs, cte="quoted-printable")
m.claims = [C(V, "rpo", dur(1, "hours"), "conflict", k1), C(V, "retention", dur(90, "days"), "ok", k1),
            C(V, "max_storage", 500 * TB, "ok", k2), C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", k3),
            C(V, "data_centers", "Frankfurt", "ok", k4), C(V, "data_centers", "Oregon", "ok", k4),
            C(V, "data_centers", "London", "conflict", k4)]

m = Msg("kes-2", when("2026-10-07 09:05", "uk"), james, [oliver], "RE: Meridian Vault – figures for your board pack",
        cc=[marcus], archive=True, reply_to="kes-1", eol="\r\n")
OUTLOOK_STYLE.add("kes-2")
own = """Oliver,

Thanks – this is useful. One hour RPO is going to be a problem though; our board wants no more than 30 minutes of data loss on the client-reporting systems. For comparison, Acme Backup quoted us a 5-minute RPO and one-year retention, albeit at roughly twice the price.

Can Meridian Vault do better than an hour? If not, I'd rather know now.

Best,
James

James Pryce
Head of Infrastructure | Kestrel Analytics Ltd
2nd Floor, 11 Whitworth Street, Manchester M1 3GW
+44 161 555 0147 | Company No. 08812345

"""
plain(m, own, outlook_block(BYKEY["kes-1"], "uk") + body_of("kes-1"))
m.quotes = ["kes-1"]

m = Msg("kes-3", when("2026-10-08 08:30", "us"), marcus, [james], "RE: Meridian Vault – figures for your board pack",
        cc=[oliver], archive=True, reply_to="kes-2", eol="\r\n")
OUTLOOK_STYLE.add("kes-3")
c1 = "Small but important correction to the note below: Meridian Vault's RPO is 15 minutes, not one hour."
c2 = "Put another way, Meridian Vault caps data loss at a quarter of an hour, which sits comfortably inside what your board is asking for."
c3 = "Also for the board pack: Meridian Vault's default retention is ninety days, and you can extend it per policy."
c4 = "Meridian Vault lists at $20/TB/mo in the US; Oliver will confirm sterling pricing for you."
own = """Hi James,

Marcus from the US solutions team – Oliver asked me to jump in. %s %s

%s %s

Happy to walk your board through the recovery design – I'm free Tuesday 13 Oct, 8-10am PT (4-6pm UK).

Marcus

%s
""" % (c1, c2, c3, c4, MARCUS_SIG)
plain(m, own, outlook_block(BYKEY["kes-2"], "us") + body_of("kes-2"))
m.quotes = ["kes-2"]
m.claims = [C(V, "rpo", dur(15, "minutes"), "ok", c1), C(V, "rpo", dur(0.25, "hours"), "ok", c2),
            C(V, "retention", dur(90, "days"), "ok", c3), C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", c4)]

m = Msg("kes-4", when("2026-10-09 10:15", "uk"), oliver, [james], "Re: Meridian Vault – figures for your board pack",
        cc=[marcus], reply_to="kes-3")
GMAIL_STYLE.add("kes-4")
o1 = "Meridian Vault's RPO is 15 minutes."
o2 = "Meridian Vault's data centres are in Frankfurt, Oregon, Tokyo and Osaka, and for a UK customer we'd place your data in Frankfurt."
o3 = "Sterling pricing, as Marcus mentioned: Meridian Vault is £16 per TB per month."
own = """James,

Apologies – Marcus is quite right and I had the wrong figure in my head. %s

I also wrongly listed London; we don't have a London data centre. %s

%s

Sorry again for the confusion.
Oliver

%s
""" % (o1, o2, o3, OLIVER_SIG)
k3 = BYKEY["kes-3"]
qt = on_wrote(k3, "uk") + "\n" + quote("Hi James,\n\nMarcus from the US solutions team – Oliver asked me to jump in. %s %s\n\n%s %s\n\n[...]" % (c1, c2, c3, c4))
plain(m, own, qt)
m.quotes = ["kes-3"]
m.claims = [C(V, "rpo", dur(15, "minutes"), "ok", o1)] + [C(V, "data_centers", x, "ok", o2) for x in
            ("Frankfurt", "Oregon", "Tokyo", "Osaka")] + [C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", o3)]

m = Msg("fiona-raj", when("2026-10-13 11:30", "uk"), fiona, [raj], "Partner enablement – Sync & Insight one-pager (UK)",
        archive=True)
OUTLOOK_STYLE.add("fiona-raj")
f1 = "- Meridian Sync is available on Windows, macOS, iOS and Android."
f2 = "- Meridian Sync is the #1 rated file-sharing platform for UK professional-services firms.*"
f3 = "- Meridian Insight is in public beta; it is generally available from January 2027."
f4 = "- Meridian Insight is £25/user/mo."
f5 = "- Meridian Insight query response times should be under 2 seconds for most workspaces."
f6 = "- Meridian Insight is localised into 11 languages."
plain(m, """Hi Raj,

Ahead of Thursday's enablement session, here's the UK one-pager in plain text so you can paste it wherever you like.

MERIDIAN SYNC
%s
%s

MERIDIAN INSIGHT
%s
%s
%s
%s

* Source: Halden Research, UK Collaboration Tools Survey, June 2026 (n=412).

Session: Thu 15 Oct, 14:00-15:30 BST, your offices (Unit 4, Brindley Place, Birmingham B1 2JB). Parking is booked for 6 cars.

Fiona

%s
%s""" % (f1, f2, f3, f4, f5, f6, FIONA_SIG, UK_FOOTER))
m.claims = [C(S, "supported_platforms", x, "ok", f1) for x in ("Windows", "macOS", "iOS", "Android")] + [
    C(I, "general_availability", "2027-01", "ok", f3), C(I, "per_user_price", money(25, "GBP", "user-month"), "ok", f4),
    C(I, "query_latency", dur(2, "seconds"), "ok", f5), C(I, "ui_languages", 11, "unverified", f6)]

m = Msg("tom-insight", when("2026-10-15 15:45", "uk"), tom, [james], "Meridian Insight – beta access for Kestrel",
        cc=[oliver], archive=True)
t1 = "Meridian Insight has 80 connectors out of the box, including Xero, Sage and HubSpot."
t2 = "Meridian Insight is £25/user/month once it goes GA in January 2027."
t3 = "The Meridian Insight trial is 30 days."
plain(m, """Hi James,

Oliver mentioned you'd be interested in the Meridian Insight beta as well as Vault, so here are the basics:

%s
%s
%s

Beta places are capped at 25 workspaces this quarter, so shout if you want one.

Cheers,
Tom

%s
%s""" % (t1, t2, t3, TOM_SIG, UK_FOOTER))
m.claims = [C(I, "integrations", 80, "unverified", t1), C(I, "per_user_price", money(25, "GBP", "user-month"), "ok", t2),
            C(I, "general_availability", "2027-01", "ok", t2), C(I, "free_trial", dur(30, "days"), "ok", t3)]

# ---------------------------------------------------------------- Mike Dunleavy (London, small customer)
m = Msg("mike-1", when("2026-10-16 11:20", "uk"), tom, [mike], "Meridian Sync – as discussed")
m1 = "- Meridian Sync is £329 per month, flat."
m2 = "- Meridian Sync has desktop clients for Windows, macOS and Linux."
m3 = "- Meridian Sync keeps unlimited file versions, so nothing is ever really lost."
m4 = "- Your files are 100% secure in Meridian Sync."
plain(m, """Hi Mike,

Nice to chat yesterday. For a small consultancy like yours Meridian Sync is a great fit:

%s
%s
%s
%s

Happy to set up a trial account whenever suits.

Cheers,
Tom

%s
%s""" % (m1, m2, m3, m4, TOM_SIG, UK_FOOTER), charset="iso-8859-1", cte="quoted-printable")
m.claims = [C(S, "monthly_price", money(329, "GBP", "month"), "ok", m1)] + [
    C(S, "supported_platforms", x, v, m2) for x, v in (("Windows", "ok"), ("macOS", "ok"), ("Linux", "conflict"))]
m.findings = [("phrase", "en.unlimited", None, m3), ("phrase", "en.guarantee", None, m4)]

m = Msg("mike-2", when("2026-10-19 19:45", "uk"), mike, [tom], "Re: Meridian Sync – as discussed", reply_to="mike-1")
own = """cheers tom

so to confirm – its 329 quid a month flat, not per user? my two devs are on ubuntu so the linux client is the big one for us

mike

"""
qt = on_wrote(BYKEY["mike-1"], "uk") + "\n" + quote("Hi Mike,\n\nNice to chat yesterday. For a small consultancy like yours Meridian Sync is a great fit:\n\n%s\n%s\n[...]" % (m1, m2))
plain(m, own, qt, cte="base64")
m.quotes = ["mike-1"]

m = Msg("mike-3", when("2026-10-21 09:30", "uk"), tom, [mike], "Re: Meridian Sync – as discussed", reply_to="mike-2")
GMAIL_STYLE.add("mike-3")
n1 = "Meridian Sync runs on Windows, macOS, iOS and Android; there's no Linux client at the moment."
n2 = "And yes: Meridian Sync is £329 a month flat, whatever the headcount."
own = """Hi Mike,

My mistake on Linux, sorry – I was thinking of an old roadmap slide. %s
%s

If the devs can live with the web app on Ubuntu, that works today through any modern browser.

Tom

%s
""" % (n1, n2, TOM_SIG)
plain(m, own, on_wrote(BYKEY["mike-2"], "uk") + "\n" + quote(body_of("mike-2")))
m.quotes = ["mike-2"]
m.claims = [C(S, "supported_platforms", x, "ok", n1) for x in ("Windows", "macOS", "iOS", "Android")] + [
    C(S, "monthly_price", money(329, "GBP", "month"), "ok", n2)]

# ---------------------------------------------------------------- Sato Trading America (Tokyo in English, US HQ)
m = Msg("sato-1", when("2026-10-20 10:14", "jp"), kenji, [hiroshi], "Meridian Sync for Sato Trading America (US team)",
        cc=[dana], archive=True)
j1 = "- Meridian Sync gives each user 2 TB of storage."
j2 = "- Meridian Sync is certified to ISO 27001 and SOC 2 Type II."
j3 = "- In Japan, Meridian Sync is JPY 50,000 per month excluding consumption tax."
j4 = "- For your US team, Meridian Sync is USD 399 monthly."
plain(m, """Dear Sato-san,

Thank you for your time on the phone yesterday. As discussed, I summarize the main points of Meridian Sync for your US team.

%s
%s
%s
%s

Our US colleague Dana Whitfield in San Francisco will take care of the US contract. I put her in cc.

Best regards,
Kenji Watanabe

%s""" % (j1, j2, j3, j4, KENJI_SIG))
m.claims = [C(S, "storage_per_user", 2 * TB, "conflict", j1), C(S, "certifications", "ISO 27001", "ok", j2),
            C(S, "certifications", "SOC 2 Type II", "ok", j2),
            C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", j3),
            C(S, "monthly_price", money(399, "USD", "month"), "office-variant", j4)]

m = Msg("sato-2", when("2026-10-21 08:30", "us"), hiroshi, [kenji], "Re: Meridian Sync for Sato Trading America (US team)",
        cc=[dana], archive=True, reply_to="sato-1")
GMAIL_STYLE.add("sato-2")
hz = "Our IT manager tells us Meridian Sync supports offline mode, which is important for the warehouse in Long Beach."
own = """Kenji-san, Dana,

Thank you. Two things from our side:

%s
Could you confirm the 2 TB per user figure? Our current NAS quota is 500 GB per person, so 2 TB would be very generous.

We have 85 people in the US office, growing to about 120 next year.

Regards,
Hiroshi Sato
Sato Trading America, Inc. | 2390 E. Carson St, Long Beach, CA 90810 | (562) 555-0131

""" % hz
plain(m, own, on_wrote(BYKEY["sato-1"], "us") + "\n" + quote(body_of("sato-1")))
m.quotes = ["sato-1"]
m.claims = [C(S, "offline_mode", True, "conflict", hz)]

m = Msg("sato-3", when("2026-10-22 10:40", "us"), dana, [hiroshi], "Re: Meridian Sync for Sato Trading America (US team)",
        cc=[kenji], archive=True, reply_to="sato-2")
GMAIL_STYLE.add("sato-3")
d1 = "1. Meridian Sync includes 1 TB of storage per user, not 2 TB."
d2 = "2. Meridian Sync does not have an offline mode, so the Long Beach warehouse would need Wi-Fi or a cellular connection for the desktop and mobile apps."
d3 = "On pricing, Meridian Sync is $399 per month for the whole US organization."
own = """Hi Hiroshi (and thanks Kenji for the intro!),

Two quick corrections so nobody works off the wrong numbers:

%s Kenji and I have compared notes and the 1 TB figure is the right one.
%s

%s I'll send the order form this week.

Best,
Dana

%s
%s
""" % (d1, d2, d3, DANA_SIG, DANA_CONF)
plain(m, own, on_wrote(BYKEY["sato-2"], "us") + "\n" + quote(body_of("sato-2")))
m.quotes = ["sato-2"]
m.claims = [C(S, "storage_per_user", 1 * TB, "ok", d1), C(S, "offline_mode", False, "ok", d2),
            C(S, "monthly_price", money(399, "USD", "month"), "ok", d3)]

# ---------------------------------------------------------------- Summit Cloud Partners (US partner)
m = Msg("kelly-deck", when("2026-10-26 15:41", "us"), kelly, [priya], "Partner deck refresh – Insight numbers")
GMAIL_STYLE.add("kelly-deck")
kd = "Our deck currently says Meridian Insight has a 14-day trial and supports up to 250 dashboards per workspace."
plain(m, """Hi Priya,

Doing a refresh of our partner deck before the QBR on 11/4. %s Which of those need fixing?

Thanks!
Kelly

Kelly Nguyen | Alliance Manager | Summit Cloud Partners
1800 Summit Ave, Suite 300, Denver, CO 80202 | 303-555-0150
""" % kd)
m.claims = [C(I, "free_trial", dur(14, "days"), "conflict", kd), C(I, "max_dashboards", 250, "conflict", kd)]

m = Msg("kelly-fix", when("2026-10-27 08:05", "us"), priya, [kelly], "Re: Partner deck refresh – Insight numbers",
        reply_to="kelly-deck")
GMAIL_STYLE.add("kelly-fix")
p1 = "Both, I'm afraid! The Meridian Insight trial is 30 days, and Meridian Insight supports up to 200 dashboards per workspace."
p2 = "Also worth adding: Meridian Insight goes GA in January 2027."
plain(m, "%s\n\n%s\n\nPriya\n\n%s\n" % (p1, p2, PRIYA_SIG),
      on_wrote(BYKEY["kelly-deck"], "us") + "\n" + quote(body_of("kelly-deck")))
m.quotes = ["kelly-deck"]
m.claims = [C(I, "free_trial", dur(30, "days"), "ok", p1), C(I, "max_dashboards", 200, "ok", p1),
            C(I, "general_availability", "2027-01", "ok", p2)]

# ---------------------------------------------------------------- Baxter & Reeve (London)
m = Msg("chloe", when("2026-10-28 12:00", "uk"), oliver, [chloe], "Following up from Monday – Meridian Sync and Vault",
        archive=True)
OUTLOOK_STYLE.add("chloe")
b1 = "On reliability: Meridian Sync has run north of 99.9% uptime every month this year, and the contractual SLA is 99.9%."
b2 = "On storage: every Meridian Sync user gets 1,000 GB of storage, which is far more than a typical fee-earner uses."
b3 = "On backups: Meridian Vault's default retention is 90 days, and matter-level legal holds can extend it indefinitely."
b4 = "On security: Meridian Sync is ISO 27001 and SOC 2 Type II certified."
plain(m, """Dear Chloe,

Thank you for your time on Monday, and for the tour of the new Leeds office. I've pulled together the points your partners asked about.

%s

%s

%s

%s

Your IT support case (CS-48213) about the legacy file server is with our onboarding team; they'll be in touch by Friday 30 October.

Kind regards,
Oliver

%s
%s""" % (b1, b2, b3, b4, OLIVER_SIG, UK_FOOTER))
m.claims = [C(S, "sla", 99.9, "ok", b1), C(S, "storage_per_user", 1 * TB, "ok", b2),
            C(V, "retention", dur(90, "days"), "ok", b3), C(S, "certifications", "ISO 27001", "ok", b4),
            C(S, "certifications", "SOC 2 Type II", "ok", b4)]

# ---------------------------------------------------------------- Foxglove Architects (London, HTML-only Outlook)
m = Msg("fox-1", when("2026-11-02 11:04", "uk"), fiona, [hannah], "Meridian Sync for Foxglove – the numbers", archive=True)
OUTLOOK_STYLE.add("fox-1")
x1 = "Meridian Sync includes 1 TB of storage per user."
x2 = "Until the end of March Meridian Sync was capped at 5,000 users; since 1 April it tops out at 10,000 users per organisation."
x3 = "Meridian Sync comes with a 99.9% uptime SLA."
x4 = "Meridian Sync is £329 a month for the whole practice."
fox_plain = """Hi Hannah,

Lovely to meet you and the team on Thursday. Here's the summary I promised:

• %s
• %s
• %s
• %s

I've pencilled in a follow-up call for Tuesday 10 November at 14:00. Our ref: FOX-2026-118.

Best wishes,
Fiona

%s""" % (x1, x2, x3, x4, FIONA_SIG)
hs = ohtml(["Hi Hannah,", "", "Lovely to meet you and the team on Thursday. Here&#8217;s the summary I promised:", "",
            ("ul", ["<span style='color:#1F3864'>Meridian Sync</span> includes 1&nbsp;TB of storage per user.",
                    "Until the end of March Meridian Sync was capped at 5,000 users; since 1&nbsp;April it tops out at <b>10,000</b> users per organisation.",
                    "Meridian Sync comes with a 99.9% uptime SLA.",
                    "Meridian Sync is &pound;329 a month for the whole practice."]), "",
            "I&#8217;ve pencilled in a follow-up call for Tuesday 10&nbsp;November at 14:00. Our ref: FOX-2026-118.", "",
            "Best wishes,", "Fiona", "",
            ("raw", sig_table(["<b>Fiona McLeod</b> | Solutions Consultant | Meridian Data Ltd",
                               "+44 (0)20 7946 0388 | 30 Finsbury Square, London EC2A 1AG"])),
            ("raw", '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">%s</span></p>' % UK_FOOTER.strip())],
           lang="EN-GB", charset="windows-1252")
html_only(m, hs, fox_plain, charset="windows-1252")
m.claims = [C(S, "storage_per_user", 1 * TB, "ok", x1), C(S, "max_users", 5000, "ok", x2, judged="2026-03-31"),
            C(S, "max_users", 10000, "ok", x2), C(S, "sla", 99.9, "ok", x3),
            C(S, "monthly_price", money(329, "GBP", "month"), "ok", x4)]

m = Msg("fox-2", when("2026-11-05 16:20", "uk"), hannah, [fiona], "Re: Meridian Sync for Foxglove – the numbers",
        archive=True, reply_to="fox-1", mid="4C1D7E2A-93B5-4F0E-A6D1-7B2E0C5F9A31@foxglovearchitects.co.uk")
y1 = "Your website says Meridian Sync is SOC 2 certified, which is the main box our insurer wants ticked."
own = """Hi Fiona,

Thanks, that's really helpful. We're 38 people so the user cap isn't going to trouble us!

%s

Two questions before I take it to the partners:
- Does the iPad app work offline? Half the team are on site most days.
- Could you send the SOC 2 report?

Thanks,
Hannah

Hannah Webb | Practice Manager
Foxglove Architects LLP | 14 Cheyne Row, London SW3 5HL | 020 7946 0912
Registered in England & Wales, OC412233

""" % y1
plain(m, own, on_wrote(BYKEY["fox-1"], "uk", "apple") + "\n\n" + quote(fox_plain))
m.quotes = ["fox-1"]
m.claims = [C(S, "certifications", "SOC 2 Type II", "ok", y1)]

m = Msg("fox-3", when("2026-11-12 09:50", "uk"), fiona, [hannah], "RE: Meridian Sync for Foxglove – the numbers",
        archive=True, reply_to="fox-2")
OUTLOOK_STYLE.add("fox-3")
z1 = "It is. Meridian Sync is SOC 2 Type II and ISO 27001 certified, and both reports are renewed annually."
z2 = "I'm afraid not: Meridian Sync has no offline mode, on the iPad or anywhere else."
z3 = "Meridian Sync encrypts files at rest with AES-256, which your insurer will probably ask about next."
plain(m, """Hi Hannah, answers inline below.

%s
> %s

%s

> Two questions before I take it to the partners:
> - Does the iPad app work offline? Half the team are on site most days.

%s %s

> - Could you send the SOC 2 report?

Yes – I'll send it over via our NDA portal (ref. NDA-UK-2026-0447) this afternoon.

Fiona

%s
%s""" % (gmail_on(BYKEY["fox-2"].date, "uk", A(hannah)), y1, z1, z2, z3, FIONA_SIG, UK_FOOTER))
m.quote = "> " + y1
m.quotes = ["fox-2"]
m.claims = [C(S, "certifications", "SOC 2 Type II", "ok", z1), C(S, "certifications", "ISO 27001", "ok", z1),
            C(S, "offline_mode", False, "ok", z2), C(S, "encryption", "AES-256", "unverified", z3)]

# ---------------------------------------------------------------- Pinecrest Credit Union (US HQ)
m = Msg("pine-1", when("2026-11-03 10:25", "us"), priya, [linda], "Pinecrest – Meridian Sync & Vault overview", archive=True)
OUTLOOK_STYLE.add("pine-1")
q1 = "Meridian Sync tops out at 10,000 users per tenant, which leaves plenty of headroom for Pinecrest."
q2 = "Meridian Sync is SOC 2 Type II and ISO 27001 certified."
q3 = "Meridian Vault's availability SLA is 99.95%."
q4 = "Meridian Vault encrypts every backup at rest with AES-256."
q5 = "Meridian Vault data centers are in Oregon and Frankfurt, and there is no Virginia region."
pine_plain = """Hi Linda,

Great to meet you and Jorge at the CU Tech Summit. As promised, a quick overview ahead of your committee meeting on the 12th:

%s
%s
%s
%s
%s

I'll send our SOC 2 bridge letter (valid through 31 Jan 2027) separately.

Best,
Priya

%s""" % (q1, q2, q3, q4, q5, PRIYA_SIG)
# soft line breaks inside the numbers, in both parts
pp = pine_plain.replace("tops out at 10,000", "tops out at 10,0" + BRK + "00").replace("SLA is 99.95%", "SLA is 99.9" + BRK + "5%")
hs = ohtml(["Hi Linda,", "", "Great to meet you and Jorge at the CU Tech Summit. As promised, a quick overview ahead of your committee meeting on the 12th:", "",
            "Meridian Sync tops out at 10," + BRK + "000 users per tenant, which leaves plenty of headroom for Pinecrest.",
            "Meridian Sync is SOC&nbsp;2 Type II and ISO 27001 certified.",
            "<span style='color:#0B3D91'>Meridian Vault</span>&#8217;s availability SLA is 99." + BRK + "95%.",
            "Meridian Vault encrypts every backup at rest with AES-256.",
            "Meridian Vault data centers are in Oregon and Frankfurt, and there is no Virginia region.", "",
            "I&#8217;ll send our SOC&nbsp;2 bridge letter (valid through 31 Jan 2027) separately.", "", "Best,", "Priya", "",
            ("raw", sig_table(["Priya Raman | Director, Channel &amp; Mid-Market Sales | Meridian Data Inc.",
                               "T +1 (415) 555-0110 | 548 Market St, Ste 400, San Francisco CA 94104"]))])
m.own, m.quote = pine_plain, ""
m.entity = multipart("alternative", [body_part("text/plain", pp, "utf-8", "quoted-printable"),
                                     body_part("text/html", hs, "utf-8", "quoted-printable")], "_000_%s_" % h(m.key, 20))
m.claims = [C(S, "max_users", 10000, "ok", q1), C(S, "certifications", "SOC 2 Type II", "ok", q2),
            C(S, "certifications", "ISO 27001", "ok", q2), C(V, "sla", 99.95, "ok", q3),
            C(V, "encryption", "AES-256", "ok", q4), C(V, "data_centers", "Oregon", "ok", q5),
            C(V, "data_centers", "Frankfurt", "ok", q5)]

m = Msg("pine-2", when("2026-11-04 08:15", "us"), linda, [priya], "RE: Pinecrest – Meridian Sync & Vault overview",
        archive=True, reply_to="pine-1", eol="\r\n")
OUTLOOK_STYLE.add("pine-2")
own = """Priya,

Thanks, this is helpful. A few follow-ups from our committee prep:

Our examiners require at least 99.9% availability from any file-sharing vendor, and we need room for 1,200 seats with growth.
What would Meridian Sync cost per month for us? And is Meridian Sync FedRAMP authorized? Our examiner asked.

Linda

Linda Alvarez
VP, Information Technology | Pinecrest Credit Union
NMLS #402817 | 3100 Pinecrest Pkwy, Boise, ID 83706 | 208-555-0174
Federally insured by NCUA.

"""
plain(m, own, outlook_block(BYKEY["pine-1"], "us") + pine_plain)
m.quotes = ["pine-1"]

m = Msg("pine-3", when("2026-11-05 14:30", "us"), priya, [linda], "Re: Pinecrest – Meridian Sync & Vault overview",
        reply_to="pine-2")
GMAIL_STYLE.add("pine-3")
l1 = "Meridian Sync is $399 per month for the whole credit union."
l2 = "No – Meridian Sync is not FedRAMP authorized. Meridian Sync's certifications are ISO 27001 and SOC 2 Type II, and I can send both reports."
l3 = "Meridian Sync's uptime SLA is 99.9%, so it meets your examiners' requirement."
l4 = "Meridian Vault for the file-server backups would be $20 per TB per month on top, billed on what you actually store."
pl = BYKEY["pine-2"]
plain(m, """Hi Linda,

Answers below, and the formal quote (Q-2026-1187) is attached.

%s
> What would Meridian Sync cost per month for us?

%s With the three-year term we discussed, the quote applies an 8%% multi-year discount, so the first-year total comes to USD 4,404.96. Renewal would be 30 November 2029.

> And is Meridian Sync FedRAMP authorized? Our examiner asked.

%s

> Our examiners require at least 99.9%% availability from any file-sharing vendor, and we need room for 1,200 seats with growth.

%s %s

Priya

%s""" % (on_wrote(pl, "us"), l1, l2, l3, l4, PRIYA_SIG))
m.claims = [C(S, "monthly_price", money(399, "USD", "month"), "ok", l1), C(S, "certifications", "ISO 27001", "ok", l2),
            C(S, "certifications", "SOC 2 Type II", "ok", l2), C(S, "sla", 99.9, "ok", l3),
            C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", l4)]

# ---------------------------------------------------------------- Ridgeline Manufacturing (US HQ, casual)
m = Msg("rid-1", when("2026-11-09 15:02", "us"), marcus, [bob], "vault recap", archive=True)
GMAIL_STYLE.add("rid-1")
v1 = "- Vault RPO is typically 15 min"
v2 = "- Vault retention defaults to 90 days"
v3 = "- Vault is $20/TB/mo, no egress fees"
v4 = "- Vault capacity caps at 500TB per tenant"
v5 = "- Meridian Vault RTO is usually under 4 hours for a full-site restore (we'll test it in the POC)"
plain(m, """hey Bob,

quick recap on Meridian Vault from the call so you have it in writing:

%s
%s
%s
%s
%s

your current footprint is about 140TB so there's plenty of headroom.

POC kicks off Mon 11/16, I'll send the runbook + the SOW (ref SOW-RM-2026-07) by Thursday.

m

Sent from my iPhone
""" % (v1, v2, v3, v4, v5))
m.claims = [C(V, "rpo", dur(15, "minutes"), "ok", v1), C(V, "retention", dur(90, "days"), "ok", v2),
            C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", v3), C(V, "max_storage", 500 * TB, "ok", v4),
            C(V, "rto", dur(4, "hours"), "unverified", v5)]

m = Msg("rid-2", when("2026-11-10 07:12", "us"), bob, [marcus], "Re: vault recap", reply_to="rid-1")
GMAIL_STYLE.add("rid-2")
own = """thx Marcus. 2 more q's from our CISO:
does Meridian Vault do immutable backups?
whats the max file size it can back up? we have some CAD archives that are 300+ GB

Bob
Ridgeline Manufacturing | 1200 Industrial Pkwy, Toledo OH 43612 | 419-555-0190

"""
plain(m, own, on_wrote(BYKEY["rid-1"], "us") + "\n" + quote(body_of("rid-1")))
m.quotes = ["rid-1"]

m = Msg("rid-3", when("2026-11-12 11:20", "us"), marcus, [bob], "Re: vault recap", reply_to="rid-2")
GMAIL_STYLE.add("rid-3")
w1 = "Meridian Vault backs up single files of up to 5 TB, so the CAD archives are fine."
plain(m, """Hi Bob – inline.

%s
> does Meridian Vault do immutable backups?

Yes, object-lock immutability is included at no extra cost.

> whats the max file size it can back up? we have some CAD archives that are 300+ GB

%s

Marcus

%s""" % (on_wrote(BYKEY["rid-2"], "us"), w1, MARCUS_SIG))
m.claims = [C(V, "max_file_size", 5 * TB, "unverified", w1)]

# ---------------------------------------------------------------- Brightwater Health (forward, Outlook history, retraction)
tom_sep = Msg("bw-0", when("2026-09-28 15:20", "uk"), tom, [sarah], "Meridian Vault – key figures")   # only forwarded
u1 = "- Meridian Vault comes with a 99.9% uptime SLA."
u2 = "- Meridian Vault's RPO is 15 minutes."
u3 = "- Meridian Vault retains backups for 90 days as standard."
u4 = "- Meridian Vault is £16/TB/month ex VAT."
plain(tom_sep, """Hi Sarah,

As requested, the key figures for Meridian Vault:

%s
%s
%s
%s

Any questions, just shout.

Tom

%s""" % (u1, u2, u3, u4, TOM_SIG))
tom_sep.claims = [C(V, "sla", 99.9, "conflict", u1), C(V, "rpo", dur(15, "minutes"), "ok", u2),
                  C(V, "retention", dur(90, "days"), "ok", u3),
                  C(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", u4)]

m = Msg("bw-1", when("2026-11-10 09:47", "uk"), sarah, [dana], "Fw: Meridian Vault – key figures", archive=True)
GMAIL_STYLE.add("bw-1")
sa = "Your trust centre page says Meridian Vault has 99.95% availability."
own = """Dana,

Tom in your London team sent me the figures below back in September. %s I'm not sure which figure should go into our contract schedule – can you confirm?

Thanks,
Sarah

Sarah Okafor
Head of Digital Infrastructure, Brightwater Health Ltd
Unit 7, Riverside Park, Bristol BS1 6AA | 0117 496 0731

""" % sa
fwd = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n"
       % (A(tom), gmail_fwd_date(tom_sep.date, "uk"), tom_sep.subject, A(sarah))) + body_of("bw-0")
plain(m, own, fwd)
m.quotes = ["bw-0"]
m.claims = [C(V, "sla", 99.95, "ok", sa)]

m = Msg("bw-2", when("2026-11-11 08:55", "us"), dana, [sarah], "RE: Fw: Meridian Vault – key figures", cc=[tom],
        archive=True, reply_to="bw-1", eol="\r\n")
OUTLOOK_STYLE.add("bw-2")
w1 = "The trust centre is right: Meridian Vault's availability SLA is 99.95%."
w2 = "Meridian Vault – availability SLA 99.95% (monthly), RPO 15 minutes, default retention 90 days."
own = """Hi Sarah,

%s Tom's note had the wrong figure – I've let him know, and he'll confirm in writing.

For your contract schedule, please use:
%s

I've also put a call in for next Thursday to walk through the schedule with your procurement team (invite to follow, 19 Nov 16:00 GMT).

Best,
Dana

%s
%s
""" % (w1, w2, DANA_SIG, DANA_CONF)
plain(m, own, outlook_block(BYKEY["bw-1"], "us") + body_of("bw-1"))
m.quotes = ["bw-1"]
m.claims = [C(V, "sla", 99.95, "ok", w1), C(V, "rpo", dur(15, "minutes"), "ok", w2),
            C(V, "retention", dur(90, "days"), "ok", w2)]

m = Msg("bw-invite", when("2026-11-12 09:00", "us"), dana, [sarah], "Meridian Vault contract schedule review",
        cc=[tom], extra_headers=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
OUTLOOK_STYLE.add("bw-invite")
inv = """When: Thursday, November 19, 2026 4:00 PM-4:45 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

Agenda: walk through the Meridian Vault contract schedule (availability, RPO, retention) with Brightwater procurement.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 284 913 557 061
Passcode: 7mQ2xR
Dial in by phone
+44 20 3855 1234,,551283042# United Kingdom, London
Phone conference ID: 551 283 042#
________________________________________________________________________________
"""
ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@meridian-data.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Okafor:mailto:sarah.okafor@brightwater-health.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Ashworth:mailto:t.ashworth@uk.meridian-data.com
DESCRIPTION;LANGUAGE=en-US:Agenda: walk through the Meridian Vault contract schedule (availability\\, RPO\\, retention) with Brightwater procurement.\\nMeeting ID: 284 913 557 061\\nPasscode: 7mQ2xR
UID:040000008200E00074C5B7101A82E0080000000010A7C39E2E5ADC01000000000000000010000000B7F2D1C6E9A64C4C8E1F
SUMMARY;LANGUAGE=en-US:Meridian Vault contract schedule review
DTSTART;TZID=GMT Standard Time:20261119T160000
DTEND;TZID=GMT Standard Time:20261119T164500
DTSTAMP:20261112T170000Z
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
m.own, m.quote = inv, ""
m.entity = multipart("alternative", [body_part("text/plain", inv, "utf-8", "7bit"),
                                     body_part("text/calendar", ics, "utf-8", "7bit", extra="; method=REQUEST")],
                     "_000_%s_" % h(m.key, 20))

m = Msg("ooo", when("2026-11-13 09:02", "uk"), oliver, [james], "Automatic reply: Kestrel – Vault onboarding plan",
        archive=True, extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
OUTLOOK_STYLE.add("ooo")
plain(m, """Thank you for your email. I'm out of the office from Friday 13 November until Monday 23 November, with limited access to email.

For anything urgent, please contact uk-sales@uk.meridian-data.com or call +44 (0)20 7946 0300 (Mon-Fri, 9:00-17:30).

Oliver Hartley | Meridian Data Ltd | Registered in England & Wales No. 10482236
""")

m = Msg("bw-3", when("2026-11-16 10:05", "uk"), tom, [sarah], "Re: Fw: Meridian Vault – key figures", cc=[dana],
        archive=True, reply_to="bw-2")
GMAIL_STYLE.add("bw-3")
t1 = "Sorry, Sarah – Meridian Vault's availability SLA is 99.95%, not 99.9% as I wrote in September."
bw2 = BYKEY["bw-2"]
plain(m, """%s Dana's summary below is the one to use for the schedule.

Tom

%s
""" % (t1, TOM_SIG), on_wrote(bw2, "uk") + "\n" + quote(bw2.own.split(DANA_SIG)[0] + "[...]"))
m.quotes = ["bw-2"]
m.claims = [C(V, "sla", 99.95, "ok", t1)]

# ---------------------------------------------------------------- Lumen Dental (London; deprecated name, stale, guarantee)
m = Msg("lumen", when("2026-11-13 15:10", "uk"), tom, [priyanka], "Your Meridian renewal")
e1 = "Since your practices are still on Meridian FileSync, the move to Meridian Sync is included in your renewal at no extra cost, and we'll do the migration with zero downtime."
e2 = "Meridian Sync supports up to 5,000 users per organisation."
e3 = "Meridian Sync is £329 per month per organisation."
plain(m, """Hi Priyanka,

%s

%s %s

Your renewal date is 1 February 2027 and the renewal quote (Q-UK-2026-0931) is attached.

Best,
Tom

%s
%s""" % (e1, e2, e3, TOM_SIG, UK_FOOTER))
m.claims = [C(S, "max_users", 5000, "stale", e2), C(S, "monthly_price", money(329, "GBP", "month"), "ok", e3)]
m.findings = [("terminology", None, S, e1), ("phrase", "en.guarantee", None, e1)]

m = Msg("harbor", when("2026-11-16 13:40", "us"), marcus, [alicia], "Migration guide + a couple of limits")
OUTLOOK_STYLE.add("harbor")
hb1 = "A couple of limits worth knowing before you migrate: Meridian Sync accepts individual files of up to 250 GB, and Meridian Sync keeps deleted files for 30 days before they're purged."
hb2 = "Meridian Sync supports up to 10,000 users per organization, so there's room for all of your offices."
plain(m, """Hi Alicia,

The migration guide you asked for is here: https://support.meridian-data.com/kb/MeridianFileSync-Migration-Guide (the URL still uses the old product name, but the content is current).

%s

%s

Marcus

%s""" % (hb1, hb2, MARCUS_SIG))
m.claims = [C(S, "max_file_size", 250 * 10 ** 9, "unverified", hb1), C(S, "retention", dur(30, "days"), "unverified", hb1),
            C(S, "max_users", 10000, "ok", hb2)]

# ---------------------------------------------------------------- Sato Trading Europe (Tokyo in English)
m = Msg("emma-1", when("2026-11-17 10:30", "jp"), kenji, [emma], "Meridian Vault for Sato Trading Europe", cc=[oliver],
        archive=True)
k1 = "Meridian Vault has data centers in Tokyo and Osaka, which are used by your head office, and in Frankfurt for Europe."
k2 = "The price of Meridian Vault in Japan is JPY 2,800 per TB per month (tax excluded)."
k3 = "For the UK, Meridian Vault is £16 per TB per month, and my colleague Oliver Hartley in London will prepare the quotation."
plain(m, """Dear Ms Clarke,

Thank you for your inquiry about Meridian Vault for the European office. Let me explain about the data location and the price.

%s
%s %s

Best regards,
Kenji Watanabe

%s""" % (k1, k2, k3, KENJI_SIG))
m.claims = [C(V, "data_centers", x, "ok", k1) for x in ("Tokyo", "Osaka", "Frankfurt")] + [
    C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", k2),
    C(V, "price_per_tb", money(16, "GBP", "TB-month"), "office-variant", k3)]

# ---------------------------------------------------------------- Calder Freight (London)
m = Msg("calder-1", when("2026-11-17 14:00", "uk"), marek, [tom], "Meridian Sync – questions", archive=True,
        eol="\r\n")
OUTLOOK_STYLE.add("calder-1")
marek_txt = """Hello Tom,

We currently use Acme Drive, which gives us 99.99% uptime and 5 TB per user. What's the SLA on Meridian Sync? We need at least 400 seats and a Linux client for the depot PCs.

Regards,
Marek Nowak
IT Manager, Calder Freight Ltd | Calder House, Wakefield WF1 2AB | 01924 555 0193 | Company reg. 04412786
"""
plain(m, marek_txt)

m = Msg("calder-2", when("2026-11-19 11:40", "uk"), tom, [marek], "RE: Meridian Sync – questions", archive=True,
        reply_to="calder-1", eol="\r\n")
OUTLOOK_STYLE.add("calder-2")
g1 = "Meridian Sync's SLA is 99.95% uptime."
g2 = "Each Meridian Sync user gets 1 TB of storage."
g3 = "Meridian Sync runs on Windows, macOS, iOS and Android."
g4 = "Meridian Sync is £329/month (ex VAT) for up to 10,000 users."
own = """Hi Marek,

Thanks for getting in touch. To your questions:

%s
%s
%s There's no Linux client, I'm afraid.
%s

Happy to set up a call – I'm free Tuesday 24 Nov, 10:00-11:00.

Tom

%s
""" % (g1, g2, g3, g4, TOM_SIG)
mk = BYKEY["calder-1"]
qt = "________________________________\n" + outlook_block(mk, "uk") + marek_txt
hs = ohtml(["Hi Marek,", "", "Thanks for getting in touch. To your questions:", "",
            "Meridian Sync&#8217;s SLA is 99.95% uptime.", "Each Meridian Sync user gets 1&nbsp;TB of storage.",
            "Meridian Sync runs on Windows, macOS, iOS and Android. There&#8217;s no Linux client, I&#8217;m afraid.",
            "Meridian Sync is &pound;329/month (ex VAT) for up to 10,000 users.", "",
            "Happy to set up a call &#8211; I&#8217;m free Tuesday 24 Nov, 10:00&#8211;11:00.", "", "Tom", "",
            ("raw", sig_table(["Tom Ashworth", "Inside Sales | Meridian Data Ltd", "DD: 020 7946 0355 | Mob: 07700 900 862"]))],
           lang="EN-GB",
           after='<div id="mail-editor-reference-message-container"><div style="border:none;border-top:solid #B5C4DF 1.0pt;'
                 'padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" style="margin-bottom:12.0pt"><b><span style="font-size:12.0pt;'
                 'color:black">From: </span></b><span style="font-size:12.0pt;color:black">Marek Nowak &lt;marek.nowak@calder-freight.co.uk&gt;<br>'
                 '<b>Sent: </b>%s<br><b>To: </b>Tom Ashworth &lt;t.ashworth@uk.meridian-data.com&gt;<br><b>Subject: </b>%s<o:p></o:p></span></p></div>'
                 '<div><p class="MsoNormal">Hello Tom,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">'
                 'We currently use Acme Drive, which gives us 99.99%% uptime and 5 TB per user. What&#8217;s the SLA on Meridian Sync? '
                 'We need at least 400 seats and a Linux client for the depot PCs.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                 '<p class="MsoNormal">Regards,<br>Marek Nowak<br>IT Manager, Calder Freight Ltd | Calder House, Wakefield WF1 2AB | '
                 '01924 555 0193 | Company reg. 04412786<o:p></o:p></p></div></div>\n'
                 % (outlook_sent(mk.date, "uk"), mk.subject))
alt(m, own, hs, quote_text=qt, cte="quoted-printable")
m.claims = [C(S, "sla", 99.95, "conflict", g1), C(S, "storage_per_user", 1 * TB, "ok", g2)] + [
    C(S, "supported_platforms", x, "ok", g3) for x in ("Windows", "macOS", "iOS", "Android")] + [
    C(S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", g4), C(S, "max_users", 10000, "ok", g4)]

# ---------------------------------------------------------------- Osaka (English, base64)
m = Msg("osaka", when("2026-11-18 13:00", "jp"), aya, [dave], "Meridian Sync for your plant in Japan", cc=[marcus])
a1 = "For your plant, Meridian Sync would be JPY 55,000 per month including consumption tax (JPY 50,000 before tax)."
a2 = "Meridian Sync supports up to 10,000 users, so the plant team can join the same organization as the US team."
plain(m, """Dear Mr. Harris,

I am Aya Morimoto from the Osaka branch of Meridian Data. Marcus Bell asked me to support your plant.

%s
%s

If convenient, I can visit the plant on 2 December (Wed) at 10:00.

Best regards,
Aya Morimoto
Meridian Data K.K. Osaka Branch | Grand Front Osaka Tower B 22F, 3-1 Ofukacho, Kita-ku, Osaka 530-0011 | TEL 06-6555-0140
""" % (a1, a2), cte="base64")
m.claims = [C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", a1),
            C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", a1),
            C(S, "max_users", 10000, "ok", a2)]

# ---------------------------------------------------------------- Summit (strike-through, HTML only)
m = Msg("kelly-del", when("2026-11-18 09:30", "us"), priya, [kelly], "Correction: partner price sheet", archive=True)
OUTLOOK_STYLE.add("kelly-del")
hs = ohtml(["Hi Kelly,", "",
            "Quick fix for the price sheet I sent on Monday: Meridian Vault is <del>$25</del> $20 per TB per month. The $25 was a typo on my part.",
            "Meridian Insight stays at $30 per user per month, and the Meridian Insight free trial is 30 days.", "",
            "Sorry for the noise,", "Priya", "",
            ("raw", sig_table(["Priya Raman | Director, Channel &amp; Mid-Market Sales | Meridian Data Inc.",
                               "T +1 (415) 555-0110 | 548 Market St, Ste 400, San Francisco CA 94104"]))])
dl1 = "$20 per TB per month"
dl2 = "Meridian Insight stays at $30 per user per month, and the Meridian Insight free trial is 30 days."
html_only(m, hs, "Meridian Vault is $20 per TB per month.\n" + dl2 + "\n", cte="7bit")
m.claims = [C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", dl1),
            C(I, "per_user_price", money(30, "USD", "user-month"), "ok", dl2), C(I, "free_trial", dur(30, "days"), "ok", dl2)]

# ---------------------------------------------------------------- Kestrel again (attached message/rfc822)
m = Msg("kes-att", when("2026-11-19 09:12", "uk"), james, [fiona], "October figures vs your deck")
OUTLOOK_STYLE.add("kes-att")
ja = "Your deck says Meridian Vault has a 15-minute RPO and I'd like the right one in our risk register."
txt = """Hi Fiona,

Attaching the note Oliver sent us in October, as the figures in it don't match your deck. %s

Thanks,
James

James Pryce
Head of Infrastructure | Kestrel Analytics Ltd
+44 161 555 0147
""" % ja
m.own, m.quote = txt, ""
att = BYKEY["kes-1"].raw()
m.entity = multipart("mixed", [body_part("text/plain", txt, "utf-8"),
                               ("Content-Type: message/rfc822\nContent-Disposition: attachment;\n\tfilename=\"Meridian Vault - figures for your board pack.eml\"\n", att)],
                     "_004_%s_" % h(m.key, 20))
m.attach = "kes-1"
m.claims = [C(V, "rpo", dur(15, "minutes"), "ok", ja)]

m = Msg("kes-att-2", when("2026-11-20 10:00", "uk"), fiona, [james], "Re: October figures vs your deck", reply_to="kes-att")
GMAIL_STYLE.add("kes-att-2")
fa1 = "The attachment predates Marcus's correction in October: Meridian Vault's RPO is 15 minutes."
fa2 = "Meridian Vault's data centres are Frankfurt, Oregon, Tokyo and Osaka, and we'd host Kestrel in Frankfurt."
plain(m, """Hi James,

Thanks for flagging. %s There's also no London data centre. %s

I'll send an updated one-pager for the risk register today.

Fiona

%s
""" % (fa1, fa2, FIONA_SIG), on_wrote(BYKEY["kes-att"], "uk") + "\n" + quote(
    "Hi Fiona,\n\nAttaching the note Oliver sent us in October, as the figures in it don't match your deck. %s" % ja))
m.quotes = ["kes-att"]
m.claims = [C(V, "rpo", dur(15, "minutes"), "ok", fa1)] + [C(V, "data_centers", x, "ok", fa2) for x in
                                                          ("Frankfurt", "Oregon", "Tokyo", "Osaka")]

# ---------------------------------------------------------------- order confirmation (US HQ, quote table)
m = Msg("order", when("2026-11-20 12:00", "us"), orders, [linda], "Order confirmation SO-2026-55817 – Pinecrest Credit Union",
        archive=True)
row = "Meridian Sync - organization license         1   399.00"
plain(m, """Thank you for your order. Please keep this email for your records.

Order number:      SO-2026-55817
Quote reference:   Q-2026-1187
Customer PO:       PCU-PO-88412
Order date:        20 November 2026

Item                                        Qty   Unit price (USD per month)
%s

Term: 36 months, starting 1 December 2026
Multi-year discount: 8%%
Seats provisioned: 1,150
Renewal date: 30 November 2029

Questions? Reply to this email or call the Order Desk at +1 (415) 555-0100, option 3, Mon-Fri 6am-5pm PT.

Meridian Data Inc. | 548 Market St, Suite 400 | San Francisco, CA 94104 | Tax ID 94-3218876
""" % row)
m.claims = [C(S, "monthly_price", money(399, "USD", "month"), "ok", row)]

m = Msg("emma-2", when("2026-11-20 10:00", "jp"), kenji, [emma], "Meridian Insight – additional information", cc=[oliver])
i1 = "Meridian Insight will be generally available in January 2027, in Japan and in the UK at the same time."
i2 = "In Japan, Meridian Insight is JPY 4,000 per user per month excluding tax."
i3 = "Meridian Insight queries return in roughly 2 seconds on large workspaces."
plain(m, """Dear Ms Clarke,

Additional information about Meridian Insight, which your head office is evaluating:

%s
%s
%s

Best regards,
Kenji Watanabe

%s""" % (i1, i2, i3, KENJI_SIG))
m.claims = [C(I, "general_availability", "2027-01", "ok", i1),
            C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", i2),
            C(I, "query_latency", dur(2, "seconds"), "ok", i3)]

# messages that exist only as quoted or forwarded text
HIDDEN = {"halv-4q", "bw-0"}

# ================================================================== documents (judged as of DOCS_AS_OF)
DOCS = []
def Doc(path, office, text, claims, findings=()):
    DOCS.append(dict(path=path, office=office, text=text, claims=claims, findings=list(findings)))

d1 = {"sync_users": "- Up to 10,000 users per organization.", "sync_storage": "- 1 TB of storage per user.",
      "sync_sla": "- 99.9% uptime SLA.", "sync_pf": "- Desktop and mobile clients for Windows, macOS, iOS and Android.",
      "sync_cert": "- ISO 27001 and SOC 2 Type II certified.",
      "rpo": "| Recovery point objective | 30 minutes or better | 15 minutes |",
      "ret": "| Backup retention | at least 60 days | 90 days by default |",
      "sla": "| Availability | 99.9% | 99.95% |",
      "dc": "| Data center locations | United States | Oregon (primary), Frankfurt (secondary) |",
      "enc": "| Encryption at rest | AES-256 | AES-256 |",
      "p1": "| Meridian Sync | $399 per month |", "p2": "| Meridian Vault | $20 per TB per month |",
      "ga": "Meridian Insight (beta) is expected to be generally available in ~~October 2026~~ January 2027; Pinecrest is welcome to join the beta at no charge."}
Doc("docs/us-hq/pinecrest-proposal.md", "us-hq", """# Proposal: Meridian Sync and Meridian Vault for Pinecrest Credit Union

Prepared by Priya Raman, Meridian Data Inc. | 20 November 2026 | Quote reference Q-2026-1187

## 1. Summary

Pinecrest asked for a file-sharing platform for all staff and managed backup for its core file servers. This proposal covers Meridian Sync for file sharing and Meridian Vault for backup.

## 2. Meridian Sync

{sync_users}
{sync_storage}
{sync_sla}
{sync_pf}
{sync_cert}

## 3. Meridian Vault

| Requirement (RFP section 4) | Pinecrest asks for | Meridian Vault |
|---|---|---|
{rpo}
{ret}
{sla}
{dc}
{enc}

Meridian Vault is rated the best backup service in the market for credit unions.[^1]

[^1]: Source: Halden Research, Financial Services Backup Buyer Survey, September 2026.

## 4. Pricing

Table 2 - Monthly list prices (USD)

| Product | Unit price |
|---|---|
{p1}
{p2}

The multi-year discount and the first-year total are in quote Q-2026-1187.

## 5. Roadmap

{ga}

## 6. Contacts

Priya Raman, +1 (415) 555-0110, priya.raman@meridian-data.com
Marcus Bell (solutions engineering), +1 (415) 555-0199
""".format(**d1), [
    C(S, "max_users", 10000, "ok", d1["sync_users"]), C(S, "storage_per_user", 1 * TB, "ok", d1["sync_storage"]),
    C(S, "sla", 99.9, "ok", d1["sync_sla"])] + [C(S, "supported_platforms", x, "ok", d1["sync_pf"]) for x in
                                                ("Windows", "macOS", "iOS", "Android")] + [
    C(S, "certifications", "ISO 27001", "ok", d1["sync_cert"]), C(S, "certifications", "SOC 2 Type II", "ok", d1["sync_cert"]),
    C(V, "rpo", dur(15, "minutes"), "ok", d1["rpo"]), C(V, "retention", dur(90, "days"), "ok", d1["ret"]),
    C(V, "sla", 99.95, "ok", d1["sla"]), C(V, "data_centers", "Oregon", "ok", d1["dc"]),
    C(V, "data_centers", "Frankfurt", "ok", d1["dc"]), C(V, "encryption", "AES-256", "ok", d1["enc"]),
    C(S, "monthly_price", money(399, "USD", "month"), "ok", d1["p1"]),
    C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", d1["p2"]),
    C(I, "general_availability", "2027-01", "ok", d1["ga"])])

d2 = {"ga": "Meridian Insight is in beta today; general availability is planned for January 2027.",
      "dash": "<tr><td>Dashboards per workspace</td><td>up to 200</td></tr>",
      "lat": "<tr><td>Query latency</td><td>under 2 seconds</td></tr>",
      "trial": "<tr><td>Free trial</td><td>30 days</td></tr>",
      "conn": "<tr><td>Pre-built connectors</td><td>120</td></tr>",
      "sla": "<tr><td>Uptime SLA during beta</td><td>99.5%</td></tr>",
      "usd": "Meridian Insight is $30 per user per month.",
      "gbp": "UK customers are billed &pound;25 per user per month for Meridian Insight."}
Doc("docs/us-hq/insight-beta-brief.html", "us-hq", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Meridian Insight - Beta Program Brief</title>
<style>body{{font-family:Georgia,serif;max-width:46em;margin:2em auto}} table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:4px 8px}}</style>
</head>
<body>
<h1>Meridian Insight &mdash; Beta Program Brief</h1>
<p>For partners and prospects. Updated November 2026.</p>
<p>{ga}</p>
<table>
<caption>Meridian Insight beta limits</caption>
<tr><th>Item</th><th>Value</th></tr>
{dash}
{lat}
{trial}
{conn}
{sla}
</table>
<!-- onevoice-disable en.superlative -->
<p>Industry-leading time to insight for mid-market finance teams.</p>
<!-- onevoice-enable -->
<h2>Pricing at general availability</h2>
<p>{usd} {gbp}</p>
<p>Contact: partners@meridian-data.com &middot; +1 (415) 555-0100</p>
</body>
</html>
""".format(**d2), [
    C(I, "general_availability", "2027-01", "ok", d2["ga"]), C(I, "max_dashboards", 200, "ok", d2["dash"]),
    C(I, "query_latency", dur(2, "seconds"), "ok", d2["lat"]), C(I, "free_trial", dur(30, "days"), "ok", d2["trial"]),
    C(I, "integrations", 120, "unverified", d2["conn"]), C(I, "sla", 99.5, "unverified", d2["sla"]),
    C(I, "per_user_price", money(30, "USD", "user-month"), "ok", d2["usd"]),
    C(I, "per_user_price", money(25, "GBP", "user-month"), "office-variant", "UK customers are billed £25 per user per month for Meridian Insight.")])

d3 = {"scope": "Meridian Data will protect Ridgeline's plant file servers and the customer's Meridian FileSync shares with Meridian Vault.",
      "sla": "Availability: 99.95% per calendar month.", "rpo": "Recovery point objective: no more than 15 minutes.",
      "rto": "Recovery time objective: 4 hours for a full-site restore.", "ret": "Default retention: 90 days.",
      "cap": "Maximum protected capacity: 500 TB per tenant.", "enc": "Encryption at rest: AES-256.",
      "price": "Meridian Vault storage is billed at USD 20.00 per TB per month on the volume actually protected, invoiced monthly in arrears."}
Doc("docs/us-hq/ridgeline-vault-sow.txt", "us-hq", """Meridian Vault - Statement of Work SOW-RM-2026-07
Customer: Ridgeline Manufacturing Inc., 1200 Industrial Pkwy, Toledo, OH 43612
Prepared by: Marcus Bell, Meridian Data Inc.      Date: 20 November 2026

1. Scope
{scope}

2. Service levels
{sla}
{rpo}
{rto}
{ret}
{cap}
{enc}

3. Pricing
{price}

4. Acceptance
The POC runs from 16 November to 4 December 2026; acceptance criteria are in Appendix A.

Signed for Meridian Data Inc.: ____________________   Signed for Ridgeline: ____________________
""".format(**d3), [
    C(V, "sla", 99.95, "ok", d3["sla"]), C(V, "rpo", dur(15, "minutes"), "ok", d3["rpo"]),
    C(V, "rto", dur(4, "hours"), "unverified", d3["rto"]), C(V, "retention", dur(90, "days"), "ok", d3["ret"]),
    C(V, "max_storage", 500 * TB, "ok", d3["cap"]), C(V, "encryption", "AES-256", "ok", d3["enc"]),
    C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", d3["price"])],
    findings=[("terminology", None, S, d3["scope"])])

d4 = {"why": "Meridian Sync scales to 10k named users per organisation, runs on Windows, macOS, iOS and Android, and includes 1 TB of storage per user.",
      "pilot": "Start with a risk-free pilot for the design team.",
      "sla": "| Uptime SLA | 99.9% | 99.95% |", "price": "| Price | £329 per month | £16 per TB per month |",
      "enc": "| Encryption at rest | AES-256 | AES-256 |", "iso": "Both products are ISO 27001 certified."}
Doc("docs/london/foxglove-proposal.md", "london", """# Meridian Sync for Foxglove Architects

Prepared by Fiona McLeod, Meridian Data Ltd | 18 November 2026 | Ref FOX-2026-118

## Why Meridian Sync

{why}

{pilot}

## Meridian Sync and Meridian Vault at a glance

| | Meridian Sync | Meridian Vault |
|---|---|---|
{sla}
{price}
{enc}

All prices exclude VAT.

{iso}

## Next steps

Pilot kick-off: Monday 30 November 2026, 10:00, at 14 Cheyne Row. Contact: Fiona McLeod, +44 (0)20 7946 0388.
""".format(**d4), [
    C(S, "max_users", 10000, "ok", d4["why"])] + [C(S, "supported_platforms", x, "ok", d4["why"]) for x in
                                                  ("Windows", "macOS", "iOS", "Android")] + [
    C(S, "storage_per_user", 1 * TB, "ok", d4["why"]),
    C(S, "sla", 99.9, "ok", d4["sla"]), C(V, "sla", 99.95, "ok", d4["sla"]),
    C(S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", d4["price"]),
    C(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", d4["price"]),
    C(S, "encryption", "AES-256", "unverified", d4["enc"]), C(V, "encryption", "AES-256", "ok", d4["enc"]),
    C(S, "certifications", "ISO 27001", "ok", d4["iso"]), C(V, "certifications", "ISO 27001", "unverified", d4["iso"])],
    findings=[("phrase", "en.guarantee", None, d4["pilot"])])

d5 = {"rpo": "Recovery point objective: a quarter of an hour.", "rto": "Recovery time objective: under 4 hours for a full restore.",
      "ret": "Retention: three months by default (90 days), extendable for legal hold.",
      "cap": "Capacity: up to 500 TB per tenant.",
      "dc": "Data centres: Frankfurt (primary) and Oregon (secondary).",
      "price": "£16 per TB per month"}
Doc("docs/london/kestrel-vault-proposal.html", "london", """<html>
<head><meta charset="utf-8"><title>Meridian Vault proposal - Kestrel Analytics</title>
<style>.meta{{color:#666}} td{{padding:2px 10px}}</style></head>
<body>
<h1>Meridian Vault &ndash; proposal for Kestrel Analytics</h1>
<p class="meta">Prepared by Fiona McLeod &middot; 20 November 2026 &middot; Ref OPP-2026-3391 (supersedes the October note)</p>
<h2>Recovery</h2>
<p>{rpo}</p>
<p>{rto}</p>
<p>{ret}</p>
<h2>Capacity and locations</h2>
<p>{cap}</p>
<p>{dc} There is no London data centre.</p>
<h2>Price</h2>
<p>Meridian Vault storage: <del>&pound;18</del> {price_html}.</p>
<table class="layout"><tr><td>Fiona McLeod</td><td>Solutions Consultant</td><td>+44 (0)20 7946 0388</td></tr>
<tr><td>Meridian Data Ltd</td><td>30 Finsbury Square, London EC2A 1AG</td><td>Company no. 10482236</td></tr></table>
</body>
</html>
""".format(price_html=d5["price"].replace("£", "&pound;"), **d5), [
    C(V, "rpo", dur(0.25, "hours"), "ok", d5["rpo"]), C(V, "rto", dur(4, "hours"), "unverified", d5["rto"]),
    C(V, "retention", dur(90, "days"), "ok", d5["ret"]), C(V, "max_storage", 500 * TB, "ok", d5["cap"]),
    C(V, "data_centers", "Frankfurt", "ok", d5["dc"]), C(V, "data_centers", "Oregon", "ok", d5["dc"]),
    C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", d5["price"])])

d6 = {"r1": "3.1  Uptime of at least 99.5%                 Meridian Sync: 99.9% uptime SLA.",
      "r2": "3.2  Minimum 400 named users                  Meridian Sync supports up to 10,000 named users per organisation.",
      "r3": "3.3  Offline working on depot laptops         Meridian Sync does not offer an offline mode.",
      "r4": "3.4  Linux desktop support                    Not supported. Meridian Sync clients: Windows, macOS, iOS, Android.",
      "r5": "3.5  Per-user storage of 500 GB or more       Meridian Sync: 1 TB of storage per user.",
      "r6": "3.6  Security certifications                 Meridian Sync is ISO 27001 and SOC 2 Type II certified, and holds Cyber Essentials Plus.",
      "r7": "3.7  API access for the TMS                   Meridian Sync API: 600 requests per minute per tenant.",
      "r8": "3.8  Management reporting                     Meridian Insight (beta) will be generally available in January 2027 at £25 per user per month."}
Doc("docs/london/calder-rfp-response.txt", "london", """Calder Freight Ltd - RFP CF-IT-2026-09 - Response from Meridian Data Ltd (Meridian Sync)
Submitted 20 November 2026 by Tom Ashworth, Inside Sales (020 7946 0355)

Ref  Requirement                                Response
{r1}
{r2}
{r3}
{r4}
{r5}
{r6}
{r7}
{r8}

Prices are valid for 60 days from submission. Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG.
""".format(**d6), [
    C(S, "sla", 99.9, "ok", d6["r1"]), C(S, "max_users", 10000, "ok", d6["r2"]), C(S, "offline_mode", False, "ok", d6["r3"])] + [
    C(S, "supported_platforms", x, "ok", d6["r4"]) for x in ("Windows", "macOS", "iOS", "Android")] + [
    C(S, "storage_per_user", 1 * TB, "ok", d6["r5"]), C(S, "certifications", "ISO 27001", "ok", d6["r6"]),
    C(S, "certifications", "SOC 2 Type II", "ok", d6["r6"]), C(S, "certifications", "Cyber Essentials Plus", "conflict", d6["r6"]),
    C(S, "api_rate_limit", 600, "unverified", d6["r7"]), C(I, "general_availability", "2027-01", "ok", d6["r8"]),
    C(I, "per_user_price", money(25, "GBP", "user-month"), "ok", d6["r8"])])

DRAFT = ("docs/london/drafts/calder-rfp-response-v0.md", """# DRAFT v0 - do not send

- Meridian Sync supports 50,000 users per organisation.
- Meridian Sync comes with unlimited storage and a 99.99% uptime SLA.
- Meridian FileSync customers migrate free of charge.
""")

INTENDED_CROSS = {(V, "rpo", ("london", "us-hq")), (S, "storage_per_user", ("london", "tokyo")),
                  (S, "storage_per_user", ("tokyo", "us-hq")), (I, "integrations", ("london", "us-hq")),
                  (V, "sla", ("london", "us-hq"))}

if __name__ == "__main__":
    import build
    build.main(sys.modules[__name__], "--lint" in sys.argv)
