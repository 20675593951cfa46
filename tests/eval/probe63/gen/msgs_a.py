# Messages 0001-0008 (Larkspur Health thread, Harrow & Fenwick, Northgate, Coastline, Kestrel).
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12


def usd(a, per):
    return {"amount": a, "currency": "USD", "per": per, "tax": None}


def gbp(a, per, tax=None):
    return {"amount": a, "currency": "GBP", "per": per, "tax": tax}


def jpy(a, per, tax):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return dict(product=product, attribute=attribute, value=value, verdict=verdict, text=text,
                quoted=quoted, office=office)


def F(kind, text, rule=None, product=None, quoted=False):
    return dict(kind=kind, rule=rule, product=product, text=text, quoted=quoted)


# ---------------------------------------------------------------- reusable signatures
SIG_DANA = """<table cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:12px;color:#333333">
<tbody><tr><td style="padding-right:12px;border-right:2px solid #0b5cad"><img src="https://www.meridian-data.com/email/md-logo-64.png" width="64" height="64" alt="Meridian Data"></td>
<td style="padding-left:12px"><b style="color:#0b5cad">Dana Whitfield</b><br>Senior Account Executive, Healthcare<br>Meridian Data Inc.<br>415 Mission Street, Suite 2200, San Francisco, CA 94105<br>m&nbsp;+1&nbsp;(415)&nbsp;555-0148 &nbsp;|&nbsp; o&nbsp;+1&nbsp;(415)&nbsp;555-0100 x231</td></tr></tbody></table>"""

SIG_PRIYA = """<table cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#444">
<tbody><tr><td colspan="2"><b>Priya Raman</b> &middot; Solutions Consultant</td></tr>
<tr><td style="padding-right:8px;color:#888">Meridian Data UK Ltd</td><td>1 Finsbury Avenue, London EC2M 2PF</td></tr>
<tr><td style="padding-right:8px;color:#888">Mobile</td><td>+44&nbsp;7700&nbsp;900&nbsp;417</td></tr>
<tr><td colspan="2" style="font-size:10px;color:#999;padding-top:6px">Registered in England &amp; Wales No. 11428763 &middot; VAT GB 298 4410 52</td></tr></tbody></table>"""

SIG_OLIVER = """<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="96" valign="top" style="width:72.0pt;padding:0cm 5.4pt 0cm 0cm"><p class="MsoNormal"><img width="80" height="80" src="cid:image001.png@01DC94A1.3F6C2B70" alt="Meridian Data"></p></td>
<td valign="top" style="padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b><span style="font-size:10.0pt;color:#0B5CAD">Oliver Pennington</span></b><span style="font-size:10.0pt"><br>Account Director, Professional Services<br>Meridian Data UK Ltd | 1 Finsbury Avenue, London EC2M 2PF<br>T +44 20 7946 0815 | M +44 7700 900 233<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Meridian Data UK Ltd is registered in England and Wales under company number 11428763. Registered office as above. VAT GB 298 4410 52.<o:p></o:p></span></p></td></tr></table>"""

SIG_MARCUS = """<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">
<tr><td style="padding:0in 0in 0in 0in"><p class="MsoNormal"><b><span style="font-size:10.0pt;font-family:&quot;Segoe UI&quot;,sans-serif;color:#0B5CAD">Marcus Bell</span></b><span style="font-size:10.0pt;font-family:&quot;Segoe UI&quot;,sans-serif"> | Principal Solutions Engineer<br>Meridian Data Inc. | 415 Mission Street, Suite 2200 | San Francisco, CA 94105<br>Direct: (415) 555-0177 | Mobile: (628) 555-0192<o:p></o:p></span></p></td></tr></table>"""

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(charset)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-family:"Calibri",sans-serif;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="%(lang)s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def mso(*paras):
    """Outlook paragraphs; '' is an empty paragraph."""
    out = []
    for p in paras:
        if p == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif p.startswith("<"):
            out.append(p)
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % p)
    return "\n".join(out) + "\n"


def outlook_classic_hdr(frm, sent, to, subject, cc=None):
    """Outlook desktop reply header (border-top block, From:/Sent:/To:/Subject:)."""
    cc_line = "<br>\n<b>Cc:</b> %s" % cc if cc else ""
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> %s <br>\n'
            '<b>Sent:</b> %s<br>\n<b>To:</b> %s%s<br>\n<b>Subject:</b> %s<o:p></o:p></span></p>\n</div>\n'
            % (frm, sent, to, cc_line, subject))


def owa_hdr(frm, sent, to, subject):
    return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            '<b>From:</b> %s<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n<b>Subject:</b> %s</font>\n<div>&nbsp;</div>\n</div>\n'
            % (frm, sent, to, subject))


def gmail_quote(attr, inner):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
            '%s</blockquote></div>\n' % (attr, inner))


def gmail_body(inner, sig=None, quote=""):
    s = '<div dir="ltr">' + inner
    if sig:
        s += ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
              '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">%s</div>' % sig)
    s += "</div>\n"
    if quote:
        s += "<br>" + quote
    return s


# ================================================================ 0001 us-hq -> Larkspur Health
M0001_INNER = """<div>Hi Luis,</div><div><br></div>
<div>Thanks for the time on Tuesday&#39;s call &mdash; great to hear the board signed off on the backup refresh for all 14 clinics.</div><div><br></div>
<div>As promised, a short recap of what we covered on Meridian&nbsp;Vault:</div>
<ul>
<li style="margin-left:15px">Meridian Vault&#39;s RPO is 15 minutes, so at most a quarter of an hour of changes is ever at risk.</li>
<li style="margin-left:15px">Meridian Vault retains backups for 90 days by default; longer holds can be set per policy.</li>
<li style="margin-left:15px">It encrypts every backup at rest with AES-256, with keys rotated every 90 days by our KMS.</li>
<li style="margin-left:15px">Meridian Vault is $20 per TB per month, with no egress or restore fees.</li>
</ul>
<div>Your current footprint is about 38&nbsp;TB, so we&#39;re looking at roughly $760/month before the multi-year discount we talked about.</div><div><br></div>
<div>Our Trust Center has the security documentation your CISO asked for: <a href="https://trust.meridian-data.com/">trust.meridian-data.com</a></div><div><br></div>
<div>Talk soon,</div><div>Dana</div>"""

M0001 = dict(
    n=1, style="gmail", frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    to=[("Luis Ortiz", "l.ortiz@larkspurhealth.org")],
    date="Tue, 13 Jan 2026 16:12:09 -0800", subject="Meridian Vault recap - Larkspur Health",
    html=gmail_body(M0001_INNER, SIG_DANA), archive=True,
    claims=[
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes, so at most a quarter of an hour of changes is ever at risk."),
        C(V, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default; longer holds can be set per policy."),
        C(V, "encryption", "AES-256", "ok", "It encrypts every backup at rest with AES-256, with keys rotated every 90 days by our KMS."),
        C(V, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is $20 per TB per month, with no egress or restore fees."),
    ])


def quoted_copy(claims, office):
    return [dict(c, quoted=True, office=office) for c in claims]


# ================================================================ 0002 customer (OWA) reply, quoting 0001 whole
M0002_OWN = """<div class="elementToProof" style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Dana,<br><br>
Thanks, this is helpful. Two follow-ups from our CISO before Thursday&#39;s steering group:<br><br>
1) Does Meridian Vault hold a SOC 2 Type II report we can review?<br>
2) Our DR policy requires an RTO of 4 hours for clinical systems &mdash; can you commit to that in the MSA?<br><br>
We also need at least 60 TB of headroom over the next three years, given the imaging archive.<br><br>
Luis Ortiz<br>Director of IT Infrastructure | Larkspur Health<br>2250 Alder Creek Pkwy, Sacramento, CA 95833<br>(916) 555-0163</div>
"""

M0002 = dict(
    n=2, style="owa", frm=("Luis Ortiz", "l.ortiz@larkspurhealth.org"),
    to=[("Dana Whitfield", "dana.whitfield@meridian-data.com")],
    date="Tue, 20 Jan 2026 09:03:41 -0800", subject="RE: Meridian Vault recap - Larkspur Health",
    reply_to_n=1, archive=True,
    html=('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
          '<body dir="ltr">\n' + M0002_OWN +
          owa_hdr("Dana Whitfield &lt;dana.whitfield@meridian-data.com&gt;", "Tuesday, January 13, 2026 4:12 PM",
                  "Luis Ortiz &lt;l.ortiz@larkspurhealth.org&gt;", "Meridian Vault recap - Larkspur Health")
          + gmail_body(M0001_INNER, SIG_DANA) + "</body></html>\n"),
    claims=quoted_copy(M0001["claims"], "us-hq"))

# ================================================================ 0003 us-hq Gmail reply, nested quote (0002 > 0001)
M0003_INNER = """<div>Hi Luis,</div><div><br></div>
<div>Good questions &mdash; answers inline below so you can paste them into the steering pack.</div><div><br></div>
<div><b>1) SOC 2.</b> Yes: Meridian Vault is covered by our SOC 2 Type II report, which I can share under NDA today.</div><div><br></div>
<div><b>2) RTO.</b> We don&#39;t put a contractual RTO in the MSA yet. In our restore drills, a clinic-sized Meridian Vault dataset is back online within 4 hours, and I&#39;m happy to walk your CISO through the drill logs.</div><div><br></div>
<div><b>3) Headroom.</b> Meridian Vault scales up to 500 TB per tenant. Your 60 TB three-year projection fits comfortably, imaging archive included.</div><div><br></div>
<div>Honestly, our restore team is the best in the industry, and the drill logs show it.</div><div><br></div>
<div>I&#39;ve pencilled Thursday 29 January, 10:30&ndash;11:15 PT for the CISO session; invite to follow.</div><div><br></div>
<div>Best,</div><div>Dana</div>"""

M0003 = dict(
    n=3, style="gmail", frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    to=[("Luis Ortiz", "l.ortiz@larkspurhealth.org")],
    date="Thu, 22 Jan 2026 11:47:30 -0800", subject="Re: Meridian Vault recap - Larkspur Health",
    reply_to_n=2, archive=True,
    html=gmail_body(M0003_INNER, SIG_DANA, gmail_quote(
        'On Tue, Jan 20, 2026 at 9:03\u202fAM Luis Ortiz &lt;<a href="mailto:l.ortiz@larkspurhealth.org">l.ortiz@larkspurhealth.org</a>&gt; wrote:',
        M0002_OWN + owa_hdr("Dana Whitfield &lt;dana.whitfield@meridian-data.com&gt;", "Tuesday, January 13, 2026 4:12 PM",
                            "Luis Ortiz &lt;l.ortiz@larkspurhealth.org&gt;", "Meridian Vault recap - Larkspur Health")
        + gmail_body(M0001_INNER, SIG_DANA))),
    claims=[
        C(V, "certifications", "SOC 2 Type II", "unverified", "Meridian Vault is covered by our SOC 2 Type II report, which I can share under NDA today."),
        C(V, "rto", dur(4, "hours"), "unverified", "In our restore drills, a clinic-sized Meridian Vault dataset is back online within 4 hours"),
        C(V, "max_storage", 500 * TB, "ok", "Meridian Vault scales up to 500 TB per tenant."),
    ] + quoted_copy(M0001["claims"], "us-hq"),
    findings=[F("phrase", "our restore team is the best in the industry", rule="en.superlative")])

# ================================================================ 0004 london Outlook quote (iso-8859-1)
M0004 = dict(
    n=4, style="outlook", charset="windows-1252", lang="EN-GB",
    frm=("Oliver Pennington", "oliver.pennington@uk.meridian-data.com"),
    to=[("Jessica Marsh", "j.marsh@harrowfenwick.co.uk")],
    date="Tue, 3 Feb 2026 14:26:05 +0000", subject="Meridian Sync proposal - Harrow & Fenwick LLP",
    archive=True,
    html=mso(
        "Dear Ms Marsh,", "",
        "Further to our meeting at your Moorgate office on 29 January, please find below our proposal for the firm&#8217;s 340 fee-earners and support staff.", "",
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
        '<caption style="text-align:left"><b>Meridian Sync &#8211; proposed subscription (all prices exclude VAT)</b></caption>\n'
        '<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Item</b></p></td>'
        '<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Qty</b></p></td>'
        '<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Unit price per month</b></p></td>'
        '<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Term</b></p></td></tr>\n'
        '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Meridian Sync Business (one tenant)</p></td>'
        '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">1</p></td>'
        '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">&#163;329.00</p></td>'
        '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">36 months</p></td></tr>\n'
        '</table>', "",
        "Migration services would be scoped separately by our partner, Kestrel IT Solutions.", "",
        "A few points from the meeting that your risk committee asked us to put in writing:", "",
        "Meridian Sync is ISO 27001 certified and audited annually against SOC 2 Type II.",
        "Each Meridian Sync user receives 1 TB of storage, which covers even your largest matter files.",
        "As discussed, Meridian Sync currently supports up to 5,000 users per organisation, which leaves plenty of room for the planned merger with Dunmore Clarke.",
        "You may still see the product called Meridian FileSync in the older brochure we left behind; it is the same service.", "",
        "I would be happy to join your IT steering meeting on 12 February if helpful.", "",
        "Kind regards,", "Oliver", "", SIG_OLIVER),
    claims=[
        C(S, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync Business (one tenant)\n1\n£329.00"),
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and audited annually against SOC 2 Type II."),
        C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified and audited annually against SOC 2 Type II."),
        C(S, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user receives 1 TB of storage, which covers even your largest matter files."),
        C(S, "max_users", 5000, "ok", "Meridian Sync currently supports up to 5,000 users per organisation"),
    ],
    findings=[F("terminology", "You may still see the product called Meridian FileSync in the older brochure", product=S)])

# ================================================================ 0005 london Gmail -> Northgate Housing (Vault)
M0005_INNER = """<div>Hi Femi,</div><div><br></div>
<div>Lovely to meet you and Sandra in Leeds on Thursday. Here is the summary I promised for the Meridian Vault pilot:</div><div><br></div>
<div>&bull; Meridian Vault comes with a 99.9% uptime SLA, measured monthly.<br>
&bull; Meridian Vault backups for UK customers are held in our Frankfurt and London data centres.<br>
&bull; Meridian Vault is &pound;16 per TB per month, ex VAT.<br>
&bull; Restores from Meridian Vault are unlimited and never billed separately.</div><div><br></div>
<div>For your 22&nbsp;TB estate across the four housing offices that works out at about &pound;352 a month before any multi-year discount.</div><div><br></div>
<div>I&#39;ve attached nothing this time &ndash; the pilot plan is in the shared folder (<a href="https://share.meridian-data.com/s/nh-pilot-2026">link</a>).</div><div><br></div>
<div>Cheers,</div><div>Priya</div>"""

M0005 = dict(
    n=5, style="gmail", frm=("Priya Raman", "priya.raman@uk.meridian-data.com"),
    to=[("Femi Adeyemi", "femi.adeyemi@northgatehousing.org.uk")],
    date="Tue, 17 Feb 2026 10:05:44 +0000", subject="Meridian Vault pilot - summary",
    html=gmail_body(M0005_INNER, SIG_PRIYA), archive=True,
    claims=[
        C(V, "sla", 99.9, "conflict", "Meridian Vault comes with a 99.9% uptime SLA, measured monthly."),
        C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault backups for UK customers are held in our Frankfurt and London data centres."),
        C(V, "data_centers", "London", "conflict", "Meridian Vault backups for UK customers are held in our Frankfurt and London data centres."),
        C(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month, ex VAT."),
    ],
    findings=[F("phrase", "Restores from Meridian Vault are unlimited and never billed separately.", rule="en.unlimited")])

# ================================================================ 0006 us-hq Outlook -> Coastline Logistics
M0006 = dict(
    n=6, style="outlook", charset="utf-8", lang="EN-US",
    frm=("Marcus Bell", "marcus.bell@meridian-data.com"),
    to=[("Jorge Reyes", "j.reyes@coastline-logistics.com")],
    date="Mon, 2 Mar 2026 08:41:17 -0800", subject="Follow-up: Meridian Vault architecture review",
    archive=True,
    html=mso(
        "Hi Jorge,", "",
        "Thanks again for hosting us in Long Beach. Following up on the three items from the architecture review:", "",
        '<p class="MsoListParagraph" style="margin-left:.5in;text-indent:-.25in"><span style="font-family:Symbol">&#183;</span><span style="font-size:7.0pt">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Meridian Vault is backed by a 99.95% availability SLA, with service credits from the first missed minute.<o:p></o:p></p>',
        '<p class="MsoListParagraph" style="margin-left:.5in;text-indent:-.25in"><span style="font-family:Symbol">&#183;</span><span style="font-size:7.0pt">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Meridian Vault keeps point-in-time copies with a 15-minute RPO.<o:p></o:p></p>',
        '<p class="MsoListParagraph" style="margin-left:.5in;text-indent:-.25in"><span style="font-family:Symbol">&#183;</span><span style="font-size:7.0pt">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Meridian Vault stores your US data in our Oregon region, with Frankfurt available for the EU subsidiaries.<o:p></o:p></p>',
        "",
        "For Coastline&#8217;s 212 TB across the three distribution centers, the 3-year term brings the effective rate down by 12%.", "",
        "You also asked about analytics: Meridian Insight is scheduled for general availability in January 2027, and we can add your team to the beta in the meantime.", "",
        "I&#8217;ve sent an invite for Thursday, March 5 at 1:30 PM PT to go through the runbooks.", "",
        "Thanks,", "Marcus", "", SIG_MARCUS),
    claims=[
        C(V, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA, with service credits from the first missed minute."),
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault keeps point-in-time copies with a 15-minute RPO."),
        C(V, "data_centers", "Oregon", "ok", "Meridian Vault stores your US data in our Oregon region, with Frankfurt available for the EU subsidiaries."),
        C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault stores your US data in our Oregon region, with Frankfurt available for the EU subsidiaries."),
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight is scheduled for general availability in January 2027"),
    ])

# ================================================================ 0007 partner -> london (reported statement)
M0007_INNER = """<div>Hi Oliver,</div><div><br></div>
<div>Quick one before I go back to Brindley Foods on Friday. Their IT lead says someone on your US team told them that Meridian Sync works in offline mode, so the delivery drivers could edit documents on the road.</div><div><br></div>
<div>Could you confirm either way? They also asked whether it would run on the Chromebooks the depots use.</div><div><br></div>
<div>Brindley has roughly 1,800 staff across 9 sites, for sizing.</div><div><br></div>
<div>Thanks,</div><div>Tom</div>"""
SIG_TOM = """<div style="font-size:small;color:#555">Tom Achebe | Partner Manager<br>Kestrel IT Solutions Ltd &middot; Unit 4, Navigation Court, Manchester M1 2NP<br>0161 496 0728 &middot; Company No. 08812640</div>"""

M0007 = dict(
    n=7, style="gmail", frm=("Tom Achebe", "tom.achebe@kestrel-it.co.uk"),
    to=[("Oliver Pennington", "oliver.pennington@uk.meridian-data.com")],
    date="Tue, 10 Mar 2026 16:22:10 +0000", subject="Brindley Foods - offline question",
    html=gmail_body(M0007_INNER, SIG_TOM), archive=False,
    claims=[C(S, "offline_mode", True, "conflict",
              "someone on your US team told them that Meridian Sync works in offline mode, so the delivery drivers could edit documents on the road.",
              office="unknown")])

# ================================================================ 0008 london Outlook reply to partner
M0008 = dict(
    n=8, style="outlook", charset="utf-8", cte="quoted-printable", lang="EN-GB",
    frm=("Oliver Pennington", "oliver.pennington@uk.meridian-data.com"),
    to=[("Tom Achebe", "tom.achebe@kestrel-it.co.uk")],
    date="Wed, 11 Mar 2026 09:15:52 +0000", subject="RE: Brindley Foods - offline question",
    reply_to_n=7, archive=True,
    html=mso(
        "Hi Tom,", "",
        "I&#8217;m afraid that&#8217;s not right: Meridian Sync does not have an offline mode, and the clients need a connection to sync.", "",
        "The Meridian Sync apps run on Windows, macOS, iOS and Android; there is no ChromeOS client at present, so the depots would need the browser.", "",
        "Size is not a concern for Brindley. Meridian Sync supports up to 5,000 users per organisation today, rising to 10,000 from 1 April.", "",
        "Happy to do a joint call with their IT lead &#8211; Thursday after 2pm works for me.", "",
        "Best,", "Oliver", "", SIG_OLIVER, "",
        outlook_classic_hdr("Tom Achebe &lt;tom.achebe@kestrel-it.co.uk&gt;", "10 March 2026 16:22",
                            "Oliver Pennington &lt;oliver.pennington@uk.meridian-data.com&gt;", "Brindley Foods - offline question"),
        "",
        "Hi Oliver,", "",
        "Quick one before I go back to Brindley Foods on Friday. Their IT lead says someone on your US team told them that Meridian Sync works in offline mode, so the delivery drivers could edit documents on the road.", "",
        "Could you confirm either way? They also asked whether it would run on the Chromebooks the depots use.", "",
        "Brindley has roughly 1,800 staff across 9 sites, for sizing.", "",
        "Thanks,", "Tom", "",
        "Tom Achebe | Partner Manager<br>Kestrel IT Solutions Ltd &#183; Unit 4, Navigation Court, Manchester M1 2NP<br>0161 496 0728 &#183; Company No. 08812640"),
    claims=[
        C(S, "offline_mode", False, "ok", "Meridian Sync does not have an offline mode, and the clients need a connection to sync."),
        C(S, "supported_platforms", "Windows", "ok", "The Meridian Sync apps run on Windows, macOS, iOS and Android; there is no ChromeOS client at present"),
        C(S, "supported_platforms", "macOS", "ok", "The Meridian Sync apps run on Windows, macOS, iOS and Android; there is no ChromeOS client at present"),
        C(S, "supported_platforms", "iOS", "ok", "The Meridian Sync apps run on Windows, macOS, iOS and Android; there is no ChromeOS client at present"),
        C(S, "supported_platforms", "Android", "ok", "The Meridian Sync apps run on Windows, macOS, iOS and Android; there is no ChromeOS client at present"),
        C(S, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per organisation today, rising to 10,000 from 1 April."),
        C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 5,000 users per organisation today, rising to 10,000 from 1 April."),
        C(S, "offline_mode", True, "conflict",
          "someone on your US team told them that Meridian Sync works in offline mode, so the delivery drivers could edit documents on the road.",
          quoted=True, office="unknown"),
    ])

MSGS_A = [M0001, M0002, M0003, M0004, M0005, M0006, M0007, M0008]
