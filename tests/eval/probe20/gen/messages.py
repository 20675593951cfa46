"""The 22 messages of set 20, each with its labels (LABELS.md)."""
import random
from lib import addr, b64, binary, date_hdr, ew, html2text, jis_html, leaf, message, multi, Part
from common import (S, V, I, TB, usd, gbp, jpy, dur, Labels, outlook_head, OUTLOOK_TAIL, mso,
                    outlook_reply_block)
from messages_ja import JA_MESSAGES

MESSAGES = []


def reg(fn):
    MESSAGES.append(fn)
    return fn


def out(file, msgid, dt, office, archive, envelope, raw, labels):
    return {"file": file, "msgid": msgid, "dt": dt, "office": office, "archive": archive,
            "envelope": envelope, "raw": raw, "records": labels.records}


HS_LINK = ("https://d2v8tf04.na1.hubspotlinks.com/Ctc/5F+113/d2v8tf04/VWk9Jz3xN4rQW7bqN2r1Kp0mW5cTYMn5fjbxrN1yQ0Wn3qgyTW7Y8"
           "-PT6lZ3n3W4dD1Y71kVHsRW2Q4Xcr1bR9qLW8j3Mqk1nRt5pW3H4dNh8KxL2hW1Xyz9b6tJ2M0W7k3sY63-YcQ0N7F8tq1C4xR1f3bdGq70%s")


# ====================================================================== 0001
@reg
def m0001():
    f, mid = "mail/0001.eml", "CAPz3kR8w1Yq7dN0v2mXbT5h9LcS4eJ6uA_fG8oK2pWq+Zr1x3Q@mail.gmail.com"
    date, dt = date_hdr(2026, 2, 10, 9, 14, 22, "-0800")
    L = Labels(f, mid, "us-hq", "2026-02-10")
    html = ("""<div dir="ltr"><div>Hi Marcus,</div><div><br></div><div>Thanks again for Thursday &ndash; great to meet you and Aisha. As promised, a short recap for the 1,200 staff across your 14 depots:</div><div><br></div><ul><li><b>Meridian Sync</b> supports up to 5,000&nbsp;users per tenant, so a single tenant covers Brightline with room to grow.</li><li>It includes 1&nbsp;TB of storage per user, and the uptime SLA is 99.9%%.</li><li>Meridian Sync list price is $399 per month, billed annually.</li></ul><div>Aisha mentioned a target of roughly 30&nbsp;TB for a Vault pilot &ndash; I&#39;ll loop in our backup specialist on a separate thread.</div><div><br></div><div>Here&#39;s the <a href="%s">pricing one-pager</a> and our <a href="%s">security overview</a>. Would Tuesday 17 Feb at 10:30 PT work for 30 minutes with your IT lead?</div><div><br></div><div>Best,</div><div>Dana</div><div><br></div>"""
            % (HS_LINK % "4", HS_LINK % "7") +
            """<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><table cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:12px;color:#3c4043"><tbody><tr><td style="padding-right:12px;border-right:2px solid #0b5cab"><img src="https://www.meridian-data.com/assets/email/meridian-mark-64.png" width="48" height="48" alt="Meridian Data"></td><td style="padding-left:12px"><b style="font-size:13px">Dana Whitfield</b><br>Senior Account Executive, West<br>Meridian Data, Inc.<br>m: +1 (415) 555-0142 &nbsp;|&nbsp; o: +1 (415) 555-0100 x2214<br>101 Mission Street, Suite 1800, San Francisco, CA 94105</td></tr></tbody></table></div></div>"""
            """<img src="https://t.sidekickopen74.com/Cto/5F+113/d2v8tf04/VWk9Jz3xN4rQW7bqN2r1Kp0mW5cTYMn5fjbxrN1yQ0Wn3qgyTW7Y8-PT6lZ3n3W4dD1Y71kVHsRW2Q4Xcr1bR9qLW8j3Mqk1nRt5pW3H4dNh8KxL2h0" alt="" width="1" height="1" style="display:none!important" border="0">\n""")
    text = html2text(html, "gmail", wrap=76)
    body = multi("alternative", "000000000000a4c1f2062c8e9b17", [
        leaf("plain", text, "UTF-8", "quoted-printable", "utf-8"),
        leaf("html", html, "UTF-8", "quoted-printable", "utf-8")])
    hdrs = [("Return-Path", "<dana.whitfield@meridian-data.com>"),
            ("MIME-Version", "1.0"),
            ("Date", date),
            ("Message-ID", "<%s>" % mid),
            ("Subject", "Meridian Sync for Brightline - pricing + next steps"),
            ("From", addr("Dana Whitfield", "dana.whitfield@meridian-data.com")),
            ("To", addr("Marcus Oyelaran", "moyelaran@brightlinelogistics.com")),
            ("Cc", addr("Aisha Kamara", "akamara@brightlinelogistics.com")),
            ("X-HubSpot-Sequence-Id", "41882705"),
            ("X-HS-Email-Tracking", "opens=1; clicks=1")]
    L.c(S, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per tenant")
    L.c(S, "storage_per_user", TB, "ok", "It includes 1 TB of storage per user")
    L.c(S, "sla", 99.9, "ok", "the uptime SLA is 99.9%")
    L.c(S, "monthly_price", usd(399, "month"), "ok", "Meridian Sync list price is $399 per month, billed annually.")
    return out(f, mid, dt, "us-hq", True, "dana.whitfield@meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0002
@reg
def m0002():
    f, mid = "mail/0002.eml", "DB9PR10MB5843A1C2E7F04B6D9E3A5B1CC2A12@DB9PR10MB5843.EURPRD10.PROD.OUTLOOK.COM"
    date, dt = date_hdr(2026, 2, 24, 11, 3, 47, "+0000")
    L = Labels(f, mid, "london", "2026-02-24")
    cs = "windows-1252"
    body_lines = mso([
        "Dear Gareth,",
        "",
        "Thank you for your time on the call this morning. As requested, please find our indicative pricing for Meridian Sync below, based on the 640 staff you mentioned across the Leeds and Bristol offices.",
        "",
    ])
    table = """<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<caption><p class=MsoNormal><b>Meridian Sync &#8211; indicative pricing (all prices exclude VAT)</b><o:p></o:p></p></caption>
<tr><td width=220 style='border:solid #A6A6A6 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Item<o:p></o:p></b></p></td><td width=90 style='border:solid #A6A6A6 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Term<o:p></o:p></b></p></td><td width=110 style='border:solid #A6A6A6 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Unit price<o:p></o:p></b></p></td><td width=110 style='border:solid #A6A6A6 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Total<o:p></o:p></b></p></td></tr>
<tr><td style='border:solid #A6A6A6 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Meridian Sync subscription, per month<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>12 months<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=right style='text-align:right'>&#163;329.00<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=right style='text-align:right'>&#163;3,948.00<o:p></o:p></p></td></tr>
</table>
"""
    rest = mso([
        "",
        "Meridian Sync currently supports up to 5,000 users per tenant. That leaves plenty of headroom for your 640 staff, and Meridian Sync is covered by our 99.9% availability SLA.",
        "",
        "The onboarding workshop we discussed is a one-off &#163;1,500 and can be booked for any week from 9 March.",
        "",
        "I&#8217;ll hold the pricing until 31 March 2026. Do let me know if you would like a formal quote raised against PO 4500018832.",
        "",
        "Kind regards,",
        "",
        "<b>Hannah Pryce</b>",
        "Account Manager, UK Mid-Market",
        "Meridian Data UK Ltd | 1 Finsbury Avenue, London EC2M 2PF",
        "T +44 20 7946 0321 | M +44 7700 900 512",
        "<span style='font-size:8.0pt;color:gray'>Meridian Data UK Ltd is registered in England and Wales, company no. 11223344. VAT reg. GB 287 6543 21.</span>",
    ])
    html = outlook_head(cs) + body_lines + table + rest + OUTLOOK_TAIL
    text = html2text(html, "outlook")
    body = multi("alternative", "_000_DB9PR10MB5843A1C2E7F04B6D9E3A5B1CC2A12DB9PR10MB5843EURP_", [
        leaf("plain", text, "windows-1252", "quoted-printable", "cp1252"),
        leaf("html", html, "windows-1252", "quoted-printable", "cp1252")])
    hdrs = [("From", addr("Hannah Pryce", "hannah.pryce@uk.meridian-data.com")),
            ("To", addr("Gareth Llewellyn", "gareth.llewellyn@corrie-hale.co.uk")),
            ("Subject", "Meridian Sync - indicative pricing for Corrie Hale"),
            ("Thread-Topic", "Meridian Sync - indicative pricing for Corrie Hale"),
            ("Thread-Index", "AdqnB3kQm0Vd1y4uT1yS3l3ZpQw9Zg=="),
            ("Date", date),
            ("Message-ID", "<%s>" % mid),
            ("Accept-Language", "en-GB, en-US"),
            ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", "")]
    L.c(S, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync subscription, per month 12 months £329.00")
    L.c(S, "max_users", 5000, "ok", "Meridian Sync currently supports up to 5,000 users per tenant")
    L.c(S, "sla", 99.9, "ok", "Meridian Sync is covered by our 99.9% availability SLA")
    return out(f, mid, dt, "london", True, "hannah.pryce@uk.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0003
@reg
def m0003():
    f, mid = "mail/0003.eml", "1080277553.8841205.1775145600123@abmktmail-batch1i.marketo.org"
    date, dt = date_hdr(2026, 4, 2, 8, 0, 4, "-0700")
    L = Labels(f, mid, "us-hq", "2026-04-02")
    track = "https://go.meridian-data.com/dc/Xq3LrT0pW9_b2mZk1HvQnF8dYc4sE7gJ0aN5uK6tR2w=/MDY3LUpRUi0yNTEAAAGZ%s"
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Meridian Sync: twice the headroom</title>
<style type="text/css">body{margin:0;padding:0}table td{border-collapse:collapse}.mktoText p{margin:0 0 14px 0}@media only screen and (max-width:600px){.container{width:100%!important}.col{display:block!important;width:100%!important}}</style></head>
<body style="margin:0;padding:0;background-color:#eef1f5">
<div style="display:none;font-size:1px;color:#eef1f5;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">Twice the headroom: up to 10,000 users in a single Meridian Sync tenant.&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef1f5"><tr><td align="center" style="padding:20px 0">
<table class="container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:8px 24px;font:11px Arial,sans-serif;color:#8a94a6" align="right"><a href="https://go.meridian-data.com/webmail/1080277553/8841205/c0ffee" style="color:#8a94a6">View in browser</a></td></tr>
<tr><td><a href="%(t1)s"><img src="https://go.meridian-data.com/rs/067-JQR-251/images/sync-10k-banner-1200.png" width="600" height="240" border="0" style="display:block" alt="Meridian Sync &ndash; now up to 10,000 users per tenant"></a></td></tr>
<tr><td class="mktoText" style="padding:28px 32px 8px 32px;font:15px/22px Arial,sans-serif;color:#1d2433">
<p>Hello,</p>
<p>A single Meridian Sync tenant now supports up to 10,000 users (until March 31, 2026 the limit was 5,000).</p>
<p>The new ceiling ships with Meridian Sync 3.2 and needs no action from your admins: the change is already live on every tenant.</p>
</td></tr>
<tr><td style="padding:0 32px">
<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr>
<td class="col" width="50%%" valign="top" style="padding:12px 12px 12px 0;font:14px/20px Arial,sans-serif;color:#1d2433"><img src="https://go.meridian-data.com/rs/067-JQR-251/images/icon-devices.png" width="40" height="40" alt=""><br><b>Every device your team uses</b><br>Meridian Sync runs on Windows, macOS, iOS and Android, with the same sharing controls everywhere.</td>
<td class="col" width="50%%" valign="top" style="padding:12px 0 12px 12px;font:14px/20px Arial,sans-serif;color:#1d2433"><img src="https://go.meridian-data.com/rs/067-JQR-251/images/icon-engine.png" width="40" height="40" alt=""><br><b>A faster sync engine</b><br>Meridian Sync 3.2 brings our industry-leading delta sync to large shared folders &ndash; big files now upload in a fraction of the time.</td>
</tr></table>
</td></tr>
<tr><td align="center" style="padding:16px 32px 32px 32px"><table cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="#0b5cab" style="border-radius:4px;padding:12px 22px"><a href="%(t2)s" style="font:bold 15px Arial,sans-serif;color:#ffffff;text-decoration:none">Read the 3.2 release notes&nbsp;&rsaquo;</a></td></tr></table></td></tr>
<tr><td style="padding:20px 32px;background:#f6f7f9;font:11px/16px Arial,sans-serif;color:#6b7385">
Meridian Data, Inc. &middot; 101 Mission Street, Suite 1800 &middot; San Francisco, CA 94105 &middot; +1 415 555 0100<br>
Meridian Sync, Meridian Vault and Meridian Insight are trademarks of Meridian Data, Inc. &copy; 2026 Meridian Data, Inc. All rights reserved.<br>
You are receiving this email because you are a Meridian Sync administrator (account ID 00D-7731-0042).<br>
<a href="https://go.meridian-data.com/UnsubscribePage.html?mkt_unsubscribe=1&amp;mkt_tok=MDY3LUpRUi0yNTEAAAGZx1v0kQ8s3pYwWdR4" style="color:#6b7385">Unsubscribe</a> &nbsp;|&nbsp; <a href="https://go.meridian-data.com/preferences?mkt_tok=MDY3LUpRUi0yNTEAAAGZx1v0kQ8s3pYwWdR4" style="color:#6b7385">Email preferences</a> &nbsp;|&nbsp; <a href="https://www.meridian-data.com/legal/privacy" style="color:#6b7385">Privacy</a>
</td></tr>
</table>
</td></tr></table>
<img src="https://go.meridian-data.com/trk?t=1&amp;mid=MDY3LUpRUi0yNTEAAAGZx1v0kQ8s3pYwWdR4" width="1" height="1" style="display:block;height:1px!important;width:1px!important;border-width:0!important;margin:0!important;padding:0!important" alt="">
</body></html>
""".replace("%(t1)s", track % "1").replace("%(t2)s", track % "2").replace("%%", "%")
    # Marketo's text version: written by hand by the campaign owner, shorter than the HTML
    text = """Meridian Sync: twice the headroom

A single Meridian Sync tenant now supports up to 10,000 users.
The new ceiling ships with Meridian Sync 3.2 and needs no action from
your admins.

Read the release notes:
%s

--
Meridian Data, Inc., 101 Mission Street, Suite 1800, San Francisco, CA 94105
Unsubscribe: https://go.meridian-data.com/UnsubscribePage.html?mkt_unsubscribe=1&mkt_tok=MDY3LUpRUi0yNTEAAAGZx1v0kQ8s3pYwWdR4
""" % (track % "2")
    body = multi("alternative", "----=_Part_8841205_1080277553.1775145600123", [
        leaf("plain", text, "UTF-8", "quoted-printable", "utf-8"),
        leaf("html", html, "UTF-8", "quoted-printable", "utf-8")])
    hdrs = [("Return-Path", "<067-JQR-251.0.88412.0.0.1207.9.4471105@em-sj-77.mktomail.com>"),
            ("Date", date),
            ("From", addr("Meridian Data", "news@meridian-data.com")),
            ("Reply-To", "news@meridian-data.com"),
            ("To", "it-admin@westmarch-dental.com"),
            ("Message-ID", "<%s>" % mid),
            ("Subject", "Meridian Sync now supports 10,000 users per tenant"),
            ("MIME-Version", "1.0"),
            ("X-Binding", "bulk"),
            ("X-MarketoID", "067-JQR-251:1207:88412:4471105"),
            ("X-MktArchive", "false"),
            ("List-Unsubscribe", "<mailto:MDY3LUpRUi0yNTEAAAGZx1v0kQ8s3pYwWdR4@unsub-sj.mktomail.com>"),
            ("X-Mailfrom", "067-JQR-251.0.88412.0.0.1207.9.4471105@em-sj-77.mktomail.com"),
            ("X-MSYS-API", '{"options":{"open_tracking":false,"click_tracking":false}}')]
    L.c(S, "max_users", 10000, "ok", "A single Meridian Sync tenant now supports up to 10,000 users")
    L.c(S, "max_users", 5000, "ok", "(until March 31, 2026 the limit was 5,000)", as_of="2026-03-31")
    for p in ("Windows", "macOS", "iOS", "Android"):
        L.c(S, "supported_platforms", p, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android")
    L.f("phrase", "Meridian Sync 3.2 brings our industry-leading delta sync", rule="en.superlative")
    return out(f, mid, dt, "us-hq", True, "067-JQR-251.0.88412.0.0.1207.9.4471105@em-sj-77.mktomail.com",
               message(hdrs, body), L)


# ====================================================================== 0005
@reg
def m0005():
    f, mid = "mail/0005.eml", "LO2P265MB4102B7E1D6A94F0C3E8D2A17B9C3A@LO2P265MB4102.GBRP265.PROD.OUTLOOK.COM"
    date, dt = date_hdr(2026, 5, 12, 14, 26, 9, "+0100")
    L = Labels(f, mid, "london", "2026-05-12")
    td = "style='border:solid #BFBFBF 1.0pt;border-top:none;padding:2.0pt 6.0pt 2.0pt 6.0pt'"
    th = "style='border:solid #BFBFBF 1.0pt;background:#1F3864;padding:2.0pt 6.0pt 2.0pt 6.0pt'"
    w = "<span style='color:white'>%s</span>"
    html = outlook_head("utf-8") + mso([
        "Hi Tom,",
        "",
        "Following Thursday&#8217;s steering group, here is the list-price summary you asked for, so Finance can budget for next year. The figures are UK list prices; any multi-year discount would come off these.",
        "",
    ]) + """<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td rowspan=2 valign=bottom %(th)s><p class=MsoNormal><b>%(p)s<o:p></o:p></b></p></td><td colspan=2 %(th)s><p class=MsoNormal align=center style='text-align:center'><b>%(lp)s<o:p></o:p></b></p></td></tr>
<tr><td %(th)s><p class=MsoNormal><b>%(u)s<o:p></o:p></b></p></td><td %(th)s><p class=MsoNormal align=right style='text-align:right'><b>%(pr)s<o:p></o:p></b></p></td></tr>
<tr><td %(td)s><p class=MsoNormal>Meridian Sync<o:p></o:p></p></td><td %(td)s><p class=MsoNormal>per month<o:p></o:p></p></td><td %(td)s><p class=MsoNormal align=right style='text-align:right'>&pound;329<o:p></o:p></p></td></tr>
<tr><td %(td)s><p class=MsoNormal>Meridian Vault<o:p></o:p></p></td><td %(td)s><p class=MsoNormal>per TB per month<o:p></o:p></p></td><td %(td)s><p class=MsoNormal align=right style='text-align:right'>&pound;16<o:p></o:p></p></td></tr>
<tr><td %(td)s><p class=MsoNormal>Meridian Insight<o:p></o:p></p></td><td %(td)s><p class=MsoNormal>per user per month<o:p></o:p></p></td><td %(td)s><p class=MsoNormal align=right style='text-align:right'>&pound;25<o:p></o:p></p></td></tr>
</table>
""" % {"th": th, "td": td, "p": w % "Product", "lp": w % "List price (GBP, excluding VAT)", "u": w % "Unit",
       "pr": w % "Price"} + mso([
        "",
        "A few points from the meeting that I promised to confirm in writing:",
    ]) + """<ul style='margin-top:0cm' type=disc>
<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'>Meridian Vault is backed by a 99.95%&nbsp;availability SLA and keeps backups for 90&nbsp;days by default.<o:p></o:p></li>
<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'>Meridian Vault also has a data centre in London, so your backups would stay in the UK.<o:p></o:p></li>
<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'>Meridian Insight is in beta today; general availability is planned for January 2027, and the price above applies from then.<o:p></o:p></li>
</ul>
""" + mso([
        "",
        "Happy to walk your CFO through it on the 21st if useful.",
        "",
        "Best wishes,",
        "Rhys",
        "",
        "<b><span style='color:#1F3864'>Rhys Morgan-Evans</span></b>",
        "<span style='font-size:9.0pt;color:#595959'>Senior Account Manager | Meridian Data UK Ltd</span>",
        "<span style='font-size:9.0pt;color:#595959'>1 Finsbury Avenue, London EC2M 2PF | +44 20 7946 0388</span>",
    ]) + OUTLOOK_TAIL
    text = html2text(html, "outlook")
    body = multi("alternative", "_000_LO2P265MB4102B7E1D6A94F0C3E8D2A17B9C3ALO2P265MB4102GBRP_", [
        leaf("plain", text, "utf-8", "base64"),
        leaf("html", html, "utf-8", "base64")])
    hdrs = [("From", addr("Rhys Morgan-Evans", "rhys.morgan-evans@uk.meridian-data.com")),
            ("To", addr("Tom Ashworth", "tom.ashworth@fenwick-lane.co.uk")),
            ("CC", addr("Priti Shah", "priti.shah@fenwick-lane.co.uk")),
            ("Subject", "List prices and follow-ups from Thursday"),
            ("Thread-Topic", "List prices and follow-ups from Thursday"),
            ("Thread-Index", "AdrkZxq1u2dQmV0sR6yB8n6N5e1b0Q=="),
            ("Date", date),
            ("Message-ID", "<%s>" % mid),
            ("Accept-Language", "en-GB, en-US"),
            ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", ""),
            ("X-Originating-IP", "[81.2.69.160]")]
    L.c(S, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync per month £329")
    L.c(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "Meridian Vault per TB per month £16")
    L.c(I, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "Meridian Insight per user per month £25")
    L.c(V, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA")
    L.c(V, "retention", dur(90, "days"), "ok", "keeps backups for 90 days by default")
    L.c(V, "data_centers", "London", "conflict", "Meridian Vault also has a data centre in London")
    L.c(I, "general_availability", "2027-01", "ok", "general availability is planned for January 2027")
    return out(f, mid, dt, "london", True, "rhys.morgan-evans@uk.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0008
@reg
def m0008():
    f, mid = "mail/0008.eml", "CAF1mN5qT8v2Lk0RzX4bYw9hC3pJ6sD7eG1aQ_uV5o8Ki2nMf4w@mail.gmail.com"
    date, dt = date_hdr(2026, 6, 15, 16, 42, 31, "+0100")
    L = Labels(f, mid, "london", "2026-06-15")
    quote = """<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 15 Jun 2026 at 09:12, Priya Natarajan &lt;<a href="mailto:priya.natarajan@harrowfield.co.uk">priya.natarajan@harrowfield.co.uk</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Oliver,<div><br></div><div>A couple of questions before our board meeting on the 24th:</div><div>1. What uptime does Meridian Vault commit to?</div><div>2. How far back can we restore, and how much data could we lose in an outage?</div><div>3. Is there a UK data centre?</div><div><br></div><div>Thanks,</div><div>Priya</div><div><br></div><div>Priya Natarajan | Head of IT Operations | Harrowfield Group plc</div><div>Registered office: 22 Wharf Road, Manchester M3 4LY | Registered in England No. 04417820</div></div></blockquote></div>"""
    html = ("""<div dir="ltr"><div>Hi Priya,</div><div><br></div><div>Happy to help &ndash; answers below so you have them in writing for the board pack:</div><ol><li>Meridian Vault has a 99.99% uptime SLA, with service credits if we ever miss it.</li><li>Vault keeps backups for 90 days by default, and you can extend that per policy.</li><li>There&#39;s no UK region at the moment. Meridian Vault data centres are in Frankfurt, Oregon, Tokyo and Osaka, and European customers are hosted in Frankfurt.</li></ol><div>From our side, Vault&#39;s recovery point objective is 15 minutes, which covers the second half of your question 2.</div><div><br></div><div>If it helps, I can join the first 15 minutes of the board meeting on the 24th.</div><div><br></div><div>Cheers,</div><div>Oliver</div><div><br></div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><table style="font-family:Verdana,sans-serif;font-size:11px;color:#444"><tbody><tr><td><b>Oliver Brennan-Hart</b><br>Solutions Consultant, Data Protection<br>Meridian Data UK Ltd &middot; 1 Finsbury Avenue, London EC2M 2PF<br>+44 20 7946 0417 &middot; +44 7700 900 233</td></tr></tbody></table></div></div></div><br>"""
            + quote + "\n")
    text = html2text(html, "gmail", wrap=76)
    plain = leaf("plain", text, "UTF-8", "quoted-printable", "utf-8")
    body = multi("alternative", "000000000000b7e35d061d2a4c81", [
        plain, leaf("html", html, "UTF-8", "quoted-printable", "utf-8")])
    hdrs = [("MIME-Version", "1.0"),
            ("References", "<CAH9Lk2wZ7r0pXbT3vN6mQ1yS8dF4gJ5hK2uE0aR9cW7oB3nLi@mail.gmail.com>"),
            ("In-Reply-To", "<CAH9Lk2wZ7r0pXbT3vN6mQ1yS8dF4gJ5hK2uE0aR9cW7oB3nLi@mail.gmail.com>"),
            ("From", addr("Oliver Brennan-Hart", "oliver.brennan@uk.meridian-data.com")),
            ("Date", date),
            ("Message-ID", "<%s>" % mid),
            ("Subject", "Re: Meridian Vault - questions for the board pack"),
            ("To", addr("Priya Natarajan", "priya.natarajan@harrowfield.co.uk"))]
    L.c(V, "sla", 99.99, "conflict", "Meridian Vault has a 99.99% uptime SLA")
    L.c(V, "retention", dur(90, "days"), "ok", "Vault keeps backups for 90 days by default")
    L.c(V, "rpo", dur(15, "minutes"), "ok", "Vault's recovery point objective is 15 minutes")
    for dc in ("Frankfurt", "Oregon", "Tokyo", "Osaka"):
        L.c(V, "data_centers", dc, "ok", "Meridian Vault data centres are in Frankfurt, Oregon, Tokyo and Osaka")
    return out(f, mid, dt, "london", True, "oliver.brennan@uk.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0011
@reg
def m0011():
    f, mid = "mail/0011.eml", "Zq9Lk000000000000000000000000000000000000000000000SXR7MN00Qw8Rt5Uv2XyZ@sfdc.net"
    date, dt = date_hdr(2026, 7, 8, 13, 55, 2, "-0700")
    L = Labels(f, mid, "us-hq", "2026-07-08")
    cell = 'style="padding:6px 10px;border-bottom:1px solid #dddbda;font:13px Arial,sans-serif"'
    num = 'style="padding:6px 10px;border-bottom:1px solid #dddbda;font:13px Arial,sans-serif;text-align:right"'
    hd = 'style="padding:6px 10px;background:#f3f2f2;border-bottom:2px solid #c9c7c5;font:bold 12px Arial,sans-serif;text-align:left"'
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#181818">
<p>Hi Renee,</p>
<p>Thanks for pulling the group together on Monday. Below is the pricing we walked through, reflecting the 120&nbsp;TB of backups your team estimated and the 45 analysts in the first Insight cohort.</p>
<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;min-width:560px">
<tr><th %(hd)s>Product</th><th %(hd)s>Quantity</th><th %(hd)s>Unit price</th><th %(hd)s>Monthly total</th></tr>
<tr><td %(c)s>Meridian Vault (backup storage)</td><td %(n)s>120 TB</td><td %(n)s>$20.00 per TB / month</td><td %(n)s>$2,400.00</td></tr>
<tr><td %(c)s>Meridian Insight (analytics)</td><td %(n)s>45 users</td><td %(n)s>$30.00 per user / month</td><td %(n)s>$1,350.00</td></tr>
<tr><td %(c)s colspan="3"><i>Multi-product discount (12-month term, signed by Sep 30)</i></td><td %(n)s>&minus;15%%</td></tr>
<tr><td %(c)s colspan="3"><b>Estimated monthly total after discount</b></td><td %(n)s><b>$3,187.50</b></td></tr>
</table>
<p>Meridian Vault scales to 0.5&nbsp;PB per tenant. Your 120&nbsp;TB estimate leaves plenty of room for the imaging archive you mentioned.</p>
<p>Meridian Insight will be generally available in January 2027; until then your analysts can start on the 30-day free trial and keep every dashboard they build.</p>
<p>I&#39;ve attached our standard MSA redlines from legal. Could we aim for a decision call the week of July 20?</p>
<p>Thanks,<br>Jake</p>
<p style="font-size:12px;color:#706e6b">Jake Morrison | Enterprise Account Executive | Meridian Data, Inc.<br>101 Mission Street, Suite 1800, San Francisco, CA 94105 | +1 (415) 555-0176</p>
<img src="https://meridian-data.my.salesforce.com/servlet/servlet.ImageServer?oid=00D5g000004XyZa&amp;esid=0185g00000AbCdEQ2a" width="1" height="1" alt="">
</body></html>
""" % {"hd": hd, "c": cell, "n": num}
    body = leaf("html", html, "UTF-8", "quoted-printable", "utf-8")
    hdrs = [("Return-Path", "<jake.morrison=meridian-data.com__0-4xq7ab2c9d1e3f@k8x2m4n6p0qr.bnc.salesforce.com>"),
            ("Date", date),
            ("From", addr("Jake Morrison", "jake.morrison@meridian-data.com")),
            ("Sender", "noreply@salesforce.com"),
            ("To", addr("Renee Castillo", "rcastillo@cascadiahealth.org")),
            ("Message-ID", "<%s>" % mid),
            ("Subject", "Cascadia Health - Vault + Insight pricing"),
            ("MIME-Version", "1.0"),
            ("X-SFDC-LK", "00D5g000004XyZa"),
            ("X-SFDC-User", "0055g00000H7qRtAAJ"),
            ("X-Sender", "postmaster@salesforce.com"),
            ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp"),
            ("X-SFDC-TLS-NoRelay", "1"),
            ("X-SFDC-Binding", "1WrIRBV94myi25uB"),
            ("X-SFDC-EmailCategory", "apiSingleMail")]
    L.c(V, "price_per_tb", usd(20, "TB-month"), "ok", "$20.00 per TB / month")
    L.c(I, "per_user_price", usd(30, "user-month"), "ok", "$30.00 per user / month")
    L.c(V, "max_storage", 5 * 10 ** 14, "ok", "Meridian Vault scales to 0.5 PB per tenant.")
    L.c(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027")
    L.c(I, "free_trial", dur(30, "days"), "ok", "your analysts can start on the 30-day free trial")
    return out(f, mid, dt, "us-hq", False, "jake.morrison@meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0014
@reg
def m0014():
    f, mid = "mail/0014.eml", "CWLP265MB5208E4C1A7B94D3F8E2C6A1D5B7F9@CWLP265MB5208.GBRP265.PROD.OUTLOOK.COM"
    date, dt = date_hdr(2026, 8, 3, 10, 5, 18, "+0100")
    L = Labels(f, mid, "london", "2026-08-03")
    link = "https://d3h8Kp04.eu1.hubspotlinks.com/Ctc/2M+23284/d3h8Kp04/VWQ6Xw1lZ0QbW3rT8kN1xZqVvW2yL9mH5cB4tTN7r1FqY3qgz4W7Y8-PT6lZ3lSW%s"
    html = outlook_head("utf-8") + mso([
        "Hi Callum,",
        "",
        "Good to speak on Friday. You mentioned your surveyors lose signal on most rural sites, so I wanted to follow up on that specifically.",
        "",
        "Meridian Sync (you may know it as Meridian FileSync, the name we used until 2024) supports offline mode, so your surveyors can keep working on site and changes sync once they are back in coverage.",
        "",
        "On the security questionnaire: Meridian Sync is ISO 27001 certified and holds ISO 27017 as well, and I can send the SOC 2 Type II report once the NDA is countersigned.",
        "",
        'Here is the <a href="%s">case study from Pennine Rail</a> I mentioned, and a <a href="%s">link to book 20 minutes</a> with our solutions team.' % (link % "3", link % "5"),
        "",
        "Best,",
        "Sophie",
        "",
    ]) + """<table border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td width=64 valign=top style='padding:0cm 8.0pt 0cm 0cm'><p class=MsoNormal><img width=56 height=56 src="cid:image001.png@01DD0321.4A1B2C30" alt="Meridian Data UK"><o:p></o:p></p></td>
<td valign=top style='border:none;border-left:solid #0B5CAB 1.5pt;padding:0cm 0cm 0cm 8.0pt'><p class=MsoNormal><b><span style='font-size:10.0pt;color:#0B5CAB'>Sophie Adeyemi</span></b><span style='font-size:9.0pt'><br>Business Development Representative<br>Meridian Data UK Ltd, 1 Finsbury Avenue, London EC2M 2PF<br>T +44 20 7946 0455 | M +44 7700 900 781<br><span style='color:gray'>Registered in England and Wales no. 11223344 | VAT GB 287 6543 21</span></span><o:p></o:p></p></td></tr>
</table>
<img src="https://track.eu1.hubspot.com/__ptq.gif?k=1&amp;m=2M23284&amp;r=Callum&amp;sq=71903344" width="1" height="1" style="display:none" alt="">
""" + OUTLOOK_TAIL
    text = html2text(html, "hubspot")
    logo = binary('image/png; name="image001.png"', bytes(random.Random(14).randrange(256) for _ in range(600)),
                  [("Content-ID", "<image001.png@01DD0321.4A1B2C30>"),
                   ("Content-Disposition", 'inline; filename="image001.png"')])
    body = multi("related", "_004_CWLP265MB5208E4C1A7B94D3F8E2C6A1D5B7F9CWLP265MB5208GBRP_", [
        multi("alternative", "_000_CWLP265MB5208E4C1A7B94D3F8E2C6A1D5B7F9CWLP265MB5208GBRP_", [
            leaf("plain", text, "utf-8", "quoted-printable"),
            leaf("html", html, "utf-8", "quoted-printable")]),
        logo], ct_extra=' type="multipart/alternative";')
    hdrs = [("From", addr("Sophie Adeyemi", "sophie.adeyemi@uk.meridian-data.com")),
            ("To", addr("Callum Reid", "callum.reid@strathmore-surveys.co.uk")),
            ("Subject", "Working offline on site - Meridian Sync"),
            ("Thread-Topic", "Working offline on site - Meridian Sync"),
            ("Date", date),
            ("Message-ID", "<%s>" % mid),
            ("Accept-Language", "en-GB, en-US"),
            ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", "yes"),
            ("X-HubSpot-Sequence-Id", "71903344"),
            ("X-HubSpot-Sequence-Step", "2")]
    L.c(S, "offline_mode", True, "conflict", "supports offline mode, so your surveyors can keep working on site")
    L.c(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and holds ISO 27017 as well")
    L.c(S, "certifications", "ISO 27017", "conflict", "Meridian Sync is ISO 27001 certified and holds ISO 27017 as well")
    L.c(S, "certifications", "SOC 2 Type II", "ok", "I can send the SOC 2 Type II report once the NDA is countersigned")
    L.f("terminology", "you may know it as Meridian FileSync", product=S)
    return out(f, mid, dt, "london", True, "sophie.adeyemi@uk.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0017
@reg
def m0017():
    f, mid = "mail/0017.eml", "CAB6rTq0Wz9mK3xLp7vN2cY8dF5hJ1sQ4eR6tU0aG3oB9iM7nPw@mail.gmail.com"
    date, dt = date_hdr(2026, 9, 2, 10, 18, 40, "-0400")
    L = Labels(f, mid, "us-hq", "2026-09-02")
    fwd = """<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Oliver Brennan-Hart</strong> <span dir="auto">&lt;<a href="mailto:oliver.brennan@uk.meridian-data.com">oliver.brennan@uk.meridian-data.com</a>&gt;</span><br>Date: Tue, 1 Sept 2026 at 16:20<br>Subject: Vault pricing for the UK entity<br>To: Luis Ortega &lt;<a href="mailto:luis.ortega@meridian-data.com">luis.ortega@meridian-data.com</a>&gt;<br></div><br><br><div dir="ltr"><div>Hi Luis,</div><div><br></div><div>For Quillon&#39;s UK subsidiary: Meridian Vault is &pound;16 per TB per month (ex VAT) when the contract is with the UK entity, and their backups would be hosted in our Frankfurt data centre.</div><div><br></div><div>Shout if they want me on the call.</div><div>Oliver</div></div></div>"""
    html = ("""<div dir="ltr"><div>Hi Mei,</div><div><br></div><div>Forwarding Oliver&#39;s note from our London team on the UK side of Quillon.</div><div><br></div><div>For the US entity, Meridian Vault is billed at $20/TB/month, with the same storage limits and retention settings as the UK contract. Both contracts can share one admin console.</div><div><br></div><div>Luis</div><div><br></div><div>--&nbsp;</div><div>Luis Ortega | Account Executive, East | Meridian Data, Inc. | 200 Park Avenue South, 9th Floor, New York, NY 10003 | +1 (212) 555-0193</div><br>"""
            + fwd + "</div>\n")
    text = html2text(html, "gmail", wrap=76)
    body = multi("alternative", "000000000000f3d9a8061e0c7b52", [
        leaf("plain", text, "UTF-8", "quoted-printable", "utf-8"),
        leaf("html", html, "UTF-8", "quoted-printable", "utf-8")])
    hdrs = [("MIME-Version", "1.0"),
            ("References", "<CAK2nVb1Lw8xR5tM9qZ3cP7yH0dE4gS6fJ2uA1oN8iT5kW3rBm@mail.gmail.com>"),
            ("In-Reply-To", "<CAK2nVb1Lw8xR5tM9qZ3cP7yH0dE4gS6fJ2uA1oN8iT5kW3rBm@mail.gmail.com>"),
            ("From", addr("Luis Ortega", "luis.ortega@meridian-data.com")),
            ("Date", date),
            ("Message-ID", "<%s>" % mid),
            ("Subject", "Fwd: Vault pricing for the UK entity"),
            ("To", addr("Mei Lin Zhou", "meilin.zhou@quillon-pharma.com"))]
    L.c(V, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is billed at $20/TB/month")
    L.c(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok",
        "Meridian Vault is £16 per TB per month (ex VAT)", quoted=True, office="london")
    L.c(V, "data_centers", "Frankfurt", "ok", "their backups would be hosted in our Frankfurt data centre",
        quoted=True, office="london")
    return out(f, mid, dt, "us-hq", True, "luis.ortega@meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0020
@reg
def m0020():
    f, mid = "mail/0020.eml", "CAMx9Rq4Lz2Wp8tY5vB1nK7cH3dS0fJ6gE9aU4oQ2iM8rT5wXk@mail.gmail.com"
    date, dt = date_hdr(2026, 10, 20, 9, 31, 5, "-0600")
    L = Labels(f, mid, "us-hq", "2026-10-20")
    bq = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>'
    html = ("""<div dir="ltr"><div>Hi Jordan,</div><div><br></div><div>Answers inline below.</div><div><br></div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Oct 19, 2026 at 4:02&#8239;PM Jordan Reyes &lt;<a href="mailto:jreyes@pinecrest-edu.org">jreyes@pinecrest-edu.org</a>&gt; wrote:<br></div>"""
            + bq % "<div dir=\"ltr\">Hi Kayla,<br><br>Thanks for the demo. Our committee meets Thursday, so a few quick ones:<br><br>1. What&#39;s the uptime SLA on Meridian Sync?<br></div>"
            + "<div>Meridian Sync has a 99.9% uptime SLA with service credits, same for every plan.</div><div><br></div>"
            + bq % "<div dir=\"ltr\">2. Our labs run Ubuntu. Is there a Linux client?<br></div>"
            + "<div>Not today. Meridian Sync runs on Windows, macOS, iOS and Android; there is no Linux client yet.</div><div><br></div>"
            + bq % "<div dir=\"ltr\">3. How much version history do we get?<br></div>"
            + "<div>Meridian Sync keeps unlimited version history for 90 days, so any edit in that window can be rolled back.</div><div><br></div>"
            + bq % "<div dir=\"ltr\">4. Can you do 20% off for education on 2,500 seats?<br><br>Thanks!<br>Jordan<br>--<br>Jordan Reyes, Director of Technology<br>Pinecrest Unified School District | 4100 Ridgeview Dr, Boulder, CO 80301 | (303) 555-0128<br></div>"
            + "<div>For 2,500 seats we can do 18% off list on a 3-year term. I&#39;ll send the order form once the committee signs off.</div><div><br></div><div>Kayla</div><div><br></div>"
            + """<div class="gmail_signature"><table cellpadding="0" cellspacing="0" style="font:12px Helvetica,Arial,sans-serif;color:#333"><tr><td><b>Kayla Brooks</b> &middot; Account Executive, Public Sector<br>Meridian Data, Inc. &middot; 1801 California St, Suite 2400, Denver, CO 80202<br>+1 (720) 555-0164</td></tr></table></div></div>\n""")
    text = """Hi Jordan,

Answers inline below.

On Mon, Oct 19, 2026 at 4:02\u202fPM Jordan Reyes <jreyes@pinecrest-edu.org> wrote:

> Hi Kayla,
>
> Thanks for the demo. Our committee meets Thursday, so a few quick ones:
>
> 1. What's the uptime SLA on Meridian Sync?
>

Meridian Sync has a 99.9% uptime SLA with service credits, same for every
plan.

> 2. Our labs run Ubuntu. Is there a Linux client?
>

Not today. Meridian Sync runs on Windows, macOS, iOS and Android; there is
no Linux client yet.

> 3. How much version history do we get?
>

Meridian Sync keeps unlimited version history for 90 days, so any edit in
that window can be rolled back.

> 4. Can you do 20% off for education on 2,500 seats?
>
> Thanks!
> Jordan
> --
> Jordan Reyes, Director of Technology
> Pinecrest Unified School District | 4100 Ridgeview Dr, Boulder, CO 80301 |
> (303) 555-0128
>

For 2,500 seats we can do 18% off list on a 3-year term. I'll send the
order form once the committee signs off.

Kayla

Kayla Brooks \u00b7 Account Executive, Public Sector
Meridian Data, Inc. \u00b7 1801 California St, Suite 2400, Denver, CO 80202
+1 (720) 555-0164
"""
    plain = leaf("plain", text, "UTF-8", "quoted-printable", "utf-8")
    body = multi("alternative", "0000000000009c2e41062248d7a3", [
        plain, leaf("html", html, "UTF-8", "quoted-printable", "utf-8")])
    hdrs = [("MIME-Version", "1.0"),
            ("References", "<CAE7hTq2mN5xW8zR1vL4pY0cK3dB6sF9gJ2uA5oQ8iH1tM4rVn@mail.gmail.com>"),
            ("In-Reply-To", "<CAE7hTq2mN5xW8zR1vL4pY0cK3dB6sF9gJ2uA5oQ8iH1tM4rVn@mail.gmail.com>"),
            ("From", addr("Kayla Brooks", "kayla.brooks@meridian-data.com")),
            ("Date", date),
            ("Message-ID", "<%s>" % mid),
            ("Subject", "Re: Quick questions before Thursday"),
            ("To", addr("Jordan Reyes", "jreyes@pinecrest-edu.org"))]
    L.c(S, "sla", 99.9, "ok", "Meridian Sync has a 99.9% uptime SLA with service credits")
    for p in ("Windows", "macOS", "iOS", "Android"):
        L.c(S, "supported_platforms", p, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android")
    L.c(S, "retention", dur(90, "days"), "unverified", "Meridian Sync keeps unlimited version history for 90 days")
    L.f("phrase", "Meridian Sync keeps unlimited version history for 90 days", rule="en.unlimited")
    return out(f, mid, dt, "us-hq", False, "kayla.brooks@meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0021
@reg
def m0021():
    f, mid = "mail/0021.eml", "LO4P265MB6690C3A1E8F24B7D9A0E5C2B6D8F1@LO4P265MB6690.GBRP265.PROD.OUTLOOK.COM"
    date, dt = date_hdr(2026, 11, 2, 15, 12, 44, "+0000")
    L = Labels(f, mid, "london", "2026-11-02")
    html = outlook_head("utf-8") + mso([
        "Dear Dr Okafor,",
        "",
        "Thank you for inviting us to the analytics review. As promised, a short written summary for the panel:",
        "",
        "Meridian Insight is &pound;25 per user per month plus VAT once it reaches general availability in January 2027; until then your team can stay on the beta at no charge.",
        "",
        "Meridian Insight query latency is typically under a second, even on the larger finance workspaces we tested with your sample data.",
        "",
        "It supports up to 200 dashboards per workspace, which comfortably covers the 35 reports in your current Tableau estate.",
        "",
        "I will send the data processing addendum (DPA v4.2) separately.",
        "",
        "Kind regards,",
        "",
    ]) + """<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td colspan=2 style='padding:0cm 0cm 4.0pt 0cm'><p class=MsoNormal><b><span style='font-size:11.0pt;color:#0B5CAB'>Amelia Clarke</span></b><span style='font-size:9.0pt;color:#595959'> | Enterprise Account Manager, Public Sector</span><o:p></o:p></p></td></tr>
<tr><td style='padding:0cm 6.0pt 0cm 0cm'><p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>M<o:p></o:p></span></p></td><td><p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>+44 7700 900 418<o:p></o:p></span></p></td></tr>
<tr><td style='padding:0cm 6.0pt 0cm 0cm'><p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>T<o:p></o:p></span></p></td><td><p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>+44 20 7946 0402<o:p></o:p></span></p></td></tr>
<tr><td colspan=2><p class=MsoNormal><span style='font-size:9.0pt;color:#0B5CAB'>Meridian Insight: 30-day free trial, general availability January 2027<o:p></o:p></span></p></td></tr>
<tr><td colspan=2><p class=MsoNormal><span style='font-size:7.5pt;color:gray'>Meridian Data UK Ltd, 1 Finsbury Avenue, London EC2M 2PF. Registered in England and Wales no. 11223344. VAT GB 287 6543 21.<o:p></o:p></span></p></td></tr>
</table>
""" + OUTLOOK_TAIL
    text = html2text(html, "outlook")
    body = multi("alternative", "_000_LO4P265MB6690C3A1E8F24B7D9A0E5C2B6D8F1LO4P265MB6690GBRP_", [
        leaf("plain", text, "utf-8", "quoted-printable"),
        leaf("html", html, "utf-8", "quoted-printable")])
    hdrs = [("From", addr("Amelia Clarke", "amelia.clarke@uk.meridian-data.com")),
            ("To", addr("Dr Nkechi Okafor", "n.okafor@ashbourne-nhs-trust.example.org.uk")),
            ("Subject", "Meridian Insight - summary for the analytics review panel"),
            ("Thread-Topic", "Meridian Insight - summary for the analytics review panel"),
            ("Date", date),
            ("Message-ID", "<%s>" % mid),
            ("Accept-Language", "en-GB, en-US"),
            ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", "")]
    L.c(I, "per_user_price", gbp(25, "user-month", "excluded"), "ok",
        "Meridian Insight is £25 per user per month plus VAT")
    L.c(I, "general_availability", "2027-01", "ok", "once it reaches general availability in January 2027")
    L.c(I, "query_latency", dur(1, "seconds"), "conflict",
        "Meridian Insight query latency is typically under a second")
    L.c(I, "max_dashboards", 200, "ok", "It supports up to 200 dashboards per workspace")
    return out(f, mid, dt, "london", False, "amelia.clarke@uk.meridian-data.com", message(hdrs, body), L)


MESSAGES.extend(JA_MESSAGES)
MESSAGES.sort(key=lambda fn: fn.__name__)
