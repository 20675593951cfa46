#!/usr/bin/env python3
"""Deterministic generator for evaluation set11 (HTML as real tools write it, EN + JA).

    python3 gen/generate.py            # from anywhere; writes beside gen/

Writes mail/NNNN.eml, mail/archive.mbox (mboxrd, date order), docs/<office>/...,
.onevoice.yaml, README.md and expected.jsonl. Stdlib only. Every `text` excerpt is
checked against the decoded text of its file (HTML rendered to text), and the
cross-office lines are computed from the archive's claims (LABELS.md).
"""
import json, os, re, sys, unicodedata
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"
TB = 10 ** 12
LINES = []            # expected.jsonl, in order
CHECKS = []           # (file, message_id, text) to verify


# ------------------------------------------------------------------ values
def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"
SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def C(product, attribute, value, verdict, text, quoted=False, office=None, as_of=None):
    return dict(kind="claim", product=product, attribute=attribute, value=value, verdict=verdict,
                text=text, quoted=quoted, office=office, as_of=as_of)


def PH(rule, text, quoted=False):
    return dict(kind="phrase", rule=rule, product=None, text=text, quoted=quoted)


def TERM(product, text, quoted=False):
    return dict(kind="terminology", rule=None, product=product, text=text, quoted=quoted)


# ------------------------------------------------------------------ HTML -> text
class Render(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "table",
             "caption", "blockquote", "section", "header", "footer", "nav", "ul", "ol", "dl", "main",
             "title", "hr", "article", "aside", "thead", "tbody"}
    SKIP = {"script", "style", "svg", "head"}
    KEEP_IN_HEAD = {"title"}

    def __init__(self, strike=False):
        super().__init__(convert_charrefs=True)
        self.strike = strike                     # plain-text parts mark <s>/<del> as ~~...~~
        self.lines, self.cur, self.depth, self.line_depth, self.skip = [], "", 0, 0, []

    def flush(self):
        t = self.cur.strip(" ")
        if t:
            self.lines.append("> " * self.line_depth + t)
        self.cur = ""

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip.append(tag)
            return
        if self.skip and tag not in self.KEEP_IN_HEAD:
            return
        if tag in self.BLOCK:
            self.flush()
        if tag == "blockquote":
            self.depth += 1
        if tag in ("td", "th") and self.cur.strip():
            self.cur += " | "
        if self.strike and tag in ("s", "del", "strike"):
            self.cur += "~~"

    def handle_endtag(self, tag):
        if self.skip and tag == self.skip[-1]:
            self.skip.pop()
            return
        if self.skip:
            if tag in self.KEEP_IN_HEAD:
                self.flush()
            return
        if tag in self.BLOCK:
            self.flush()
        if self.strike and tag in ("s", "del", "strike"):
            self.cur += "~~"
        if tag == "blockquote":
            self.depth -= 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in ("br",):
            self.handle_endtag(tag)

    def handle_data(self, data):
        if self.skip and self.skip[-1] != "head":
            return
        if self.skip and self.skip[-1] == "head" and not self._in_title:
            return
        d = re.sub(r"[ \t\r\n]+", " ", data)
        if not self.cur.strip():
            self.line_depth = self.depth
            d = d.lstrip(" ")
        self.cur += d

    _in_title = False

    def handle_comment(self, data):
        pass


def render(html, strike=False):
    r = Render(strike)
    # <title> inside <head>: track it
    orig_start, orig_end = r.handle_starttag, r.handle_endtag

    def st(tag, attrs):
        if tag == "title":
            r._in_title = True
        orig_start(tag, attrs)

    def en(tag):
        if tag == "title":
            r._in_title = False
        orig_end(tag)
    r.handle_starttag, r.handle_endtag = st, en
    r.feed(html)
    r.close()
    r.flush()
    return "\n".join(r.lines) + "\n"


def norm_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


# ------------------------------------------------------------------ HTML builders
SVG_CHECK = ('<svg class="icon icon-check" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">'
             '<path fill="currentColor" d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"/></svg>')
SVG_CLOUD = ('<svg class="icon" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">'
             '<path d="M19.35 10.04A7.49 7.49 0 0 0 12 4C9.11 4 6.6 5.64 5.35 8.04A5.994 5.994 0 0 0 0 14c0 '
             '3.31 2.69 6 6 6h13c2.76 0 5-2.24 5-5 0-2.64-2.05-4.78-4.65-4.96z"/></svg>')
SVG_SHIELD = ('<svg class="icon" viewBox="0 0 24 24" width="24" height="24"><path d="M12 1 3 5v6c0 5.55 '
              '3.84 10.74 9 12 5.16-1.26 9-6.45 9-12V5l-9-4z"/></svg>')

GMAIL_QUOTE_STYLE = "margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"


def gmail_html(paras, sig=None, quote=None, extra=""):
    body = "".join("<div>%s</div>" % p if p else "<div><br></div>" for p in paras)
    s = ""
    if sig:
        s = ('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
             'class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">%s</div></div>'
             % "<br>".join(sig))
    q = ""
    if quote:
        attr, inner = quote
        q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="%s">%s</blockquote></div>' % (attr, GMAIL_QUOTE_STYLE, inner))
    return '<div dir="ltr">%s%s</div>%s%s\n' % (body, s, extra, q)


def gmail_fwd_html(paras, sig, fwd_attr_lines, fwd_paras):
    body = "".join("<div>%s</div>" % p if p else "<div><br></div>" for p in paras)
    s = ('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
         'class="gmail_signature"><div dir="ltr">%s</div></div>' % "<br>".join(sig))
    fwd = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>%s<br></div>'
           '<br><br><div dir="ltr">%s</div></div>'
           % ("<br>".join(fwd_attr_lines), "".join("<div>%s</div>" % p if p else "<div><br></div>" for p in fwd_paras)))
    return '<div dir="ltr">%s%s%s</div>\n' % (body, s, fwd)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:%(font)s; panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0mm; font-size:11.0pt; font-family:%(font)s, sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
span.EmailStyle19 {mso-style-type:personal-reply; font-family:%(font)s, sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt; margin:99.25pt 30.0mm 30.0mm 30.0mm;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="%(lang)s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def mso(p):
    return "<p class=MsoNormal>%s<o:p></o:p></p>\n" % p if p else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"


def outlook_html(paras, lang="EN-US", font='"Calibri"', quote=None):
    h = OUTLOOK_HEAD % {"lang": lang, "font": font}
    h += "".join(mso(p) for p in paras)
    if quote:
        marker, header, qparas = quote
        h += mso("")
        h += mso(marker)
        h += ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm'>\n"
              "<p class=MsoNormal>%s<o:p></o:p></p>\n</div>\n" % "<br>\n".join("<b>%s</b> %s" % kv for kv in header))
        h += mso("")
        h += "".join(mso(p) for p in qparas)
    h += "</div>\n</body>\n</html>\n"
    return h


# ------------------------------------------------------------------ offices
def office_of(addr):
    a = addr.lower()
    if a.endswith("@osaka.jp.meridian-data.com"):
        return "osaka"
    if a.endswith("@jp.meridian-data.com"):
        return "tokyo"
    if a.endswith("@uk.meridian-data.com"):
        return "london"
    if a.endswith("@meridian-data.com"):
        return "us-hq"
    return "unknown"


def addr_of(s):
    m = re.search(r"<([^>]+)>", s)
    return m.group(1) if m else s


# ------------------------------------------------------------------ mail
def tz(h):
    return timezone(timedelta(hours=h))


MAILS = []


def mail(num, msgid, date, frm, to, subject, html, items, archive, plain=True, charset="utf-8",
         cte=None, attach=None):
    MAILS.append(dict(num=num, msgid=msgid, date=date, frm=frm, to=to, subject=subject, html=html,
                      items=items, archive=archive, plain=plain, charset=charset, cte=cte, attach=attach))


def build_message(m):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"].strftime("%a, %d %b %Y %H:%M:%S %z")
    msg["Message-ID"] = "<%s>" % m["msgid"]
    ja = bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", m["html"]))
    cte = m["cte"] or ("base64" if ja else "quoted-printable")
    if m["plain"]:
        msg.set_content(render(m["html"], strike=True), subtype="plain", charset=m["charset"], cte=cte)
        msg.add_alternative(m["html"], subtype="html", charset=m["charset"], cte=cte)
    else:
        msg.set_content(m["html"], subtype="html", charset=m["charset"], cte=cte)
    if m["attach"]:
        msg.add_attachment(build_message(m["attach"]))
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%s_%d.%s" % (m["num"], n, m["msgid"].split("@")[0][-8:]))
    return msg


# ------------------------------------------------------------------ 0016 tokyo, Feb 2026 (before the 10,000 window)
SATO = "佐藤 博 <hiro.sato@jp.meridian-data.com>"
SATO_SIG = ["佐藤 博", "株式会社メリディアンデータ 東京オフィス 営業部", "TEL 03-5555-0100"]
KONDO = "近藤 真一 <kondo@hokuto-logi.co.jp>"

mail("0016", "CAHt7mQp0216+a1b2c3d4@mail.gmail.com", datetime(2026, 2, 16, 14, 5, tzinfo=tz(9)), SATO, KONDO,
     "メリディアン シンクのユーザー上限について",
     gmail_html(["近藤様", "", "いつもお世話になっております。メリディアンデータ東京オフィスの佐藤です。", "",
                 "メリディアン シンクは最大5,000ユーザーまでご利用いただけます。",
                 "2026年4月以降は、メリディアン シンクは最大1万ユーザーまでご利用いただけるようになります。", "",
                 "引き続きよろしくお願いいたします。"], sig=SATO_SIG),
     [C(SYNC, "max_users", 5000, "ok", "メリディアン シンクは最大5,000ユーザーまでご利用いただけます。"),
      C(SYNC, "max_users", 10000, "ok", "2026年4月以降は、メリディアン シンクは最大1万ユーザーまでご利用いただけるようになります。",
        as_of="2026-04-01")],
     archive=True)

# ------------------------------------------------------------------ 0001 tokyo, Gmail
P0001 = ["近藤様", "", "お世話になっております。メリディアンデータの佐藤です。", "ご質問の件、以下のとおりご回答いたします。", "",
         "メリディアン シンクは、1テナントあたり最大10,000ユーザーまでご利用いただけます。",
         "メリディアン シンクの月額料金は<span>&yen;50,000</span>（税抜）です。",
         "メリディアン ボールトのRPOは15分、標準の保持期間は90日間です。", "",
         "ご不明な点がございましたら、お気軽にお知らせください。"]
I0001 = [C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは、1テナントあたり最大10,000ユーザーまでご利用いただけます。"),
         C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は¥50,000（税抜）です。"),
         C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分、標準の保持期間は90日間です。"),
         C(VAULT, "retention", dur(90, "days"), "ok", "メリディアン ボールトのRPOは15分、標準の保持期間は90日間です。")]
mail("0001", "CAHt7mQq0908+5e6f7a8b@mail.gmail.com", datetime(2026, 9, 8, 10, 15, tzinfo=tz(9)), SATO, KONDO,
     "メリディアン シンク・ボールトのご案内", gmail_html(P0001, sig=SATO_SIG), I0001, archive=True)

# ------------------------------------------------------------------ 0002 customer reply (Gmail, quotes 0001)
mail("0002", "CAKd9xRt0910+c0ffee01@mail.gmail.com", datetime(2026, 9, 10, 16, 40, tzinfo=tz(9)), KONDO, SATO,
     "Re: メリディアン シンク・ボールトのご案内",
     gmail_html(["佐藤様", "", "ご回答ありがとうございます。",
                 "将来的に15,000名規模まで拡張することは可能でしょうか。",
                 "また、他社の営業の方からは、メリディアン ボールトのデータセンターはシンガポールにもあると伺っております。",
                 "事実関係をご確認いただけますと幸いです。", "", "近藤"],
                quote=("2026年9月8日(火) 10:15 佐藤 博 &lt;<a href=\"mailto:hiro.sato@jp.meridian-data.com\">hiro.sato@jp.meridian-data.com</a>&gt;:",
                       '<div dir="ltr">%s</div>' % "".join("<div>%s</div>" % p if p else "<div><br></div>" for p in P0001))),
     [C(VAULT, "data_centers", "Singapore", "conflict",
        "また、他社の営業の方からは、メリディアン ボールトのデータセンターはシンガポールにもあると伺っております。")]
     + [dict(c, quoted=True, office="tokyo") for c in I0001],
     archive=False)

# ------------------------------------------------------------------ 0003 london, Outlook
EMMA = "Emma Clarke <emma.clarke@uk.meridian-data.com>"
PATEL = "James Patel <j.patel@harbourline.co.uk>"
mail("0003", "LO2P265MB0915A1B2C3D4E5F6A7B8@LO2P265MB0915.GBRP265.PROD.OUTLOOK.COM",
     datetime(2026, 9, 15, 11, 20, tzinfo=tz(1)), EMMA, PATEL, "Meridian Vault – pricing and recovery",
     outlook_html(["Hi James,", "", "Thanks for your time on the call this morning. As promised, here are the key points.", "",
                   "Meridian Vault is &pound;16 per TB per month.",
                   "Meridian Vault offers a 5-minute RPO for every tenant.",
                   "Meridian Vault encrypts all backups at rest with AES-256.",
                   "Meridian Vault is hosted in our Frankfurt data centre for UK customers.", "",
                   "Kind regards,", "Emma", "",
                   "<b>Emma Clarke</b> | Account Executive | Meridian Data Ltd | +44 20 7946 0321"], lang="EN-GB"),
     [C(VAULT, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
      C(VAULT, "rpo", dur(5, "minutes"), "conflict", "Meridian Vault offers a 5-minute RPO for every tenant."),
      C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256."),
      C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault is hosted in our Frankfurt data centre for UK customers.")],
     archive=True)

# ------------------------------------------------------------------ 0004 us-hq, Gmail
DAN = "Dan Reyes <dan.reyes@meridian-data.com>"
ROSA = "Rosa Alvarez <r.alvarez@cobaltmfg.com>"
DAN_SIG = ["Dan Reyes | Account Executive", "Meridian Data Inc. | +1 (415) 555-0142"]
mail("0004", "CAPq3vLm0922+9d8e7f60@mail.gmail.com", datetime(2026, 9, 22, 9, 14, tzinfo=tz(-7)), DAN, ROSA,
     "Meridian Insight – beta and pricing",
     gmail_html(["Hi Rosa,", "", "Great to speak with you yesterday. A few answers on Meridian Insight:", "",
                 "Meridian Insight will be generally available in January 2027; until then it is in beta.",
                 "Meridian Insight is <span>$30</span> per user per month.",
                 "The Meridian Insight free trial runs for 14 days.",
                 "Insight supports up to 200 dashboards per workspace.", "", "Best,", "Dan"], sig=DAN_SIG),
     [C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027; until then it is in beta."),
      C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month."),
      C(INSIGHT, "free_trial", dur(14, "days"), "conflict", "The Meridian Insight free trial runs for 14 days."),
      C(INSIGHT, "max_dashboards", 200, "ok", "Insight supports up to 200 dashboards per workspace.")],
     archive=True)

# ------------------------------------------------------------------ 0005 us-hq, Outlook reply quoting a customer
MARIA = "Maria Chen <maria.chen@meridian-data.com>"
TOM = "Tom Baker <tbaker@northwind-freight.com>"
mail("0005", "BY5PR11MB4321B0A1C2D3E4F5A6B7@BY5PR11MB4321.namprd11.prod.outlook.com",
     datetime(2026, 9, 24, 10, 2, tzinfo=tz(-7)), MARIA, TOM, "RE: Meridian Sync questions",
     outlook_html(["Hi Tom,", "", "Thanks for the questions. Answers below.", "",
                   "Meridian Sync runs on Windows, macOS, iOS and Android; there is no Linux client.",
                   "A single Meridian Sync tenant supports up to 10,000 users.",
                   "Meridian Sync is $399 per month for the whole organization.",
                   "Meridian Sync does not offer an offline mode.", "",
                   "Best regards,", "Maria", "", "<b>Maria Chen</b> | Solutions Engineer | Meridian Data Inc."],
                  quote=("-----Original Message-----",
                         [("From:", "Tom Baker &lt;tbaker@northwind-freight.com&gt;"),
                          ("Sent:", "Wednesday, September 23, 2026 4:02 PM"),
                          ("To:", "Maria Chen &lt;maria.chen@meridian-data.com&gt;"),
                          ("Subject:", "Meridian Sync questions")],
                         ["Hi Maria,", "", "We are evaluating Meridian Sync for our operations team.",
                          "We understand Meridian Sync is ISO 27001 certified.",
                          "We need at least 5,000 seats.", "Does Meridian Sync support Linux desktops?", "",
                          "Thanks,", "Tom"])),
     [C(SYNC, "supported_platforms", p, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android; there is no Linux client.")
      for p in ("Windows", "macOS", "iOS", "Android")]
     + [C(SYNC, "max_users", 10000, "ok", "A single Meridian Sync tenant supports up to 10,000 users."),
        C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for the whole organization."),
        C(SYNC, "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode."),
        C(SYNC, "certifications", "ISO 27001", "ok", "We understand Meridian Sync is ISO 27001 certified.",
          quoted=True, office="unknown")],
     archive=True)

# ------------------------------------------------------------------ 0006 tokyo, Outlook (ja, full-width)
TANAKA = "田中 由紀 <yuki.tanaka@jp.meridian-data.com>"
ISHII = "石井 亮 <ishii@sakura-shoji.co.jp>"
mail("0006", "TYCPR01MB8765C1D2E3F4A5B6C7D8@TYCPR01MB8765.jpnprd01.prod.outlook.com",
     datetime(2026, 9, 29, 15, 30, tzinfo=tz(9)), TANAKA, ISHII, "メリディアン・ボールトの仕様について",
     outlook_html(["石井様", "", "いつもお世話になっております。メリディアンデータ東京オフィスの田中でございます。",
                   "お問い合わせいただきました件についてご回答いたします。", "",
                   "メリディアン・ボールトのＳＬＡは<span>９９．９５</span>％です。",
                   "メリディアン・ボールトの容量課金は1TBあたり月額&yen;3,080（税込）です。",
                   "メリディアン・ボールトは1テナントあたり最大0.5PBまで保存できます。",
                   "メリディアン・ボールトのデータセンターは東京・大阪・フランクフルト・オレゴンの4拠点です。", "",
                   "何卒よろしくお願い申し上げます。", "",
                   "田中 由紀<br>株式会社メリディアンデータ 東京オフィス<br>TEL 03-5555-0100"],
                  lang="JA", font='"游ゴシック"'),
     [C(VAULT, "sla", 99.95, "ok", "メリディアン・ボールトのＳＬＡは９９．９５％です。"),
      C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "メリディアン・ボールトの容量課金は1TBあたり月額¥3,080（税込）です。"),
      C(VAULT, "max_storage", 500 * TB, "ok", "メリディアン・ボールトは1テナントあたり最大0.5PBまで保存できます。")]
     + [C(VAULT, "data_centers", dc, "ok", "メリディアン・ボールトのデータセンターは東京・大阪・フランクフルト・オレゴンの4拠点です。")
        for dc in ("Tokyo", "Osaka", "Frankfurt", "Oregon")],
     archive=True)

# ------------------------------------------------------------------ 0007 osaka, Gmail
MORI = "森 健二 <kenji.mori@osaka.jp.meridian-data.com>"
YAMADA = "山田 太郎 <yamada@kansai-seiki.co.jp>"
MORI_SIG = ["森 健二", "株式会社メリディアンデータ 大阪オフィス 営業部", "TEL 06-5555-0200"]
mail("0007", "CAJm2wXy1002+77aa88bb@mail.gmail.com", datetime(2026, 10, 2, 11, 5, tzinfo=tz(9)), MORI, YAMADA,
     "メリディアン シンクのご案内",
     gmail_html(["山田様", "", "いつもお世話になっております。メリディアンデータ大阪オフィスの森です。", "",
                 "メリディアン シンクの月額料金は50,000円（税抜）でございます。",
                 "メリディアン シンクの稼働率SLAは<span>99.9</span>%です。",
                 "メリディアン シンクはISO 27001とISMAPの認証を取得しております。",
                 "旧名称のメリディアン・ファイルシンクをご利用中のお客様も、そのまま移行いただけます。", "",
                 "引き続きよろしくお願いいたします。"], sig=MORI_SIG),
     [C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）でございます。"),
      C(SYNC, "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは99.9%です。"),
      C(SYNC, "certifications", "ISO 27001", "ok", "メリディアン シンクはISO 27001とISMAPの認証を取得しております。"),
      C(SYNC, "certifications", "ISMAP", "conflict", "メリディアン シンクはISO 27001とISMAPの認証を取得しております。"),
      TERM(SYNC, "旧名称のメリディアン・ファイルシンクをご利用中のお客様も、そのまま移行いただけます。")],
     archive=True)

# ------------------------------------------------------------------ 0008 osaka, Outlook reply quoting a customer question
mail("0008", "OS3PR01MB6543D4E5F6A7B8C9D0E1@OS3PR01MB6543.jpnprd01.prod.outlook.com",
     datetime(2026, 10, 6, 13, 45, tzinfo=tz(9)), MORI, YAMADA, "RE: メリディアン インサイトについて",
     outlook_html(["山田様", "", "お世話になっております。大阪オフィスの森です。", "",
                   "メリディアン インサイトの無料トライアルは30日間です。",
                   "メリディアン インサイトのクエリ応答時間は最大2秒です。",
                   "メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。",
                   "メリディアン インサイトの一般提供開始は2027年1月を予定しております。", "",
                   "よろしくお願いいたします。", "", "森 健二<br>株式会社メリディアンデータ 大阪オフィス"],
                  lang="JA", font='"游ゴシック"',
                  quote=("-----元のメッセージ-----",
                         [("差出人:", "山田 太郎 &lt;yamada@kansai-seiki.co.jp&gt;"),
                          ("送信日時:", "2026年10月5日 17:20"),
                          ("宛先:", "森 健二 &lt;kenji.mori@osaka.jp.meridian-data.com&gt;"),
                          ("件名:", "メリディアン インサイトについて")],
                         ["森様", "", "メリディアン インサイトの無料トライアル期間は何日間でしょうか。",
                          "また、料金についても教えていただけますでしょうか。", "", "山田"])),
     [C(INSIGHT, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトの無料トライアルは30日間です。"),
      C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒です。"),
      C(INSIGHT, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。"),
      C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月を予定しております。")],
     archive=True)

# ------------------------------------------------------------------ 0009 london, Gmail forward of a us-hq note
OLIVER = "Oliver Hughes <oliver.hughes@uk.meridian-data.com>"
MORGAN = "Alex Morgan <a.morgan@fenwickco.co.uk>"
mail("0009", "CAGr5tYu1009+31415926@mail.gmail.com", datetime(2026, 10, 9, 14, 30, tzinfo=tz(1)), OLIVER, MORGAN,
     "Fwd: Meridian Sync security documents",
     gmail_fwd_html(["Hi Alex,", "", "Forwarding Dan's note from our US team below, plus two points for UK customers.", "",
                     "Meridian Sync is now <del>&pound;349</del> &pound;329 per month.",
                     "Meridian Sync also has a desktop client for Linux.",
                     "We will migrate your existing shares with zero downtime.", "", "Cheers,", "Oliver"],
                    ["Oliver Hughes | Account Manager, Meridian Data Ltd", "+44 20 7946 0388"],
                    ['From: <strong class="gmail_sendername" dir="auto">Dan Reyes</strong> <span dir="auto">&lt;'
                     '<a href="mailto:dan.reyes@meridian-data.com">dan.reyes@meridian-data.com</a>&gt;</span>',
                     "Date: Thu, Oct 8, 2026 at 3:10 PM", "Subject: Meridian Sync security documents",
                     "To: Oliver Hughes &lt;<a href=\"mailto:oliver.hughes@uk.meridian-data.com\">oliver.hughes@uk.meridian-data.com</a>&gt;"],
                    ["Hi Oliver,", "", "Meridian Sync is ISO 27001 certified and SOC 2 Type II attested.",
                     "Meridian Sync includes 1 TB of storage per user.", "", "Dan"]),
     [C(SYNC, "monthly_price", money(329, "GBP", "month"), "ok", "Meridian Sync is now ~~£349~~ £329 per month."),
      C(SYNC, "supported_platforms", "Linux", "conflict", "Meridian Sync also has a desktop client for Linux."),
      PH("en.guarantee", "We will migrate your existing shares with zero downtime."),
      C(SYNC, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and SOC 2 Type II attested.", quoted=True, office="us-hq"),
      C(SYNC, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified and SOC 2 Type II attested.", quoted=True, office="us-hq"),
      C(SYNC, "storage_per_user", 1 * TB, "ok", "Meridian Sync includes 1 TB of storage per user.", quoted=True, office="us-hq")],
     archive=False)

# ------------------------------------------------------------------ 0010 us-hq, Outlook with a sourced superlative
mail("0010", "BY5PR11MB4321F9E8D7C6B5A4F3E2@BY5PR11MB4321.namprd11.prod.outlook.com",
     datetime(2026, 10, 14, 13, 20, tzinfo=tz(-7)), DAN, ROSA, "Meridian Vault for Cobalt Manufacturing",
     outlook_html(["Hi Rosa,", "", "Following up on Meridian Vault:", "",
                   "Meridian Vault is $20 per TB per month.",
                   "Meridian Vault scales to 1 PB per tenant.",
                   "Meridian Vault retains backups for 90 days by default.",
                   "Meridian Vault is the industry-leading backup service for mid-sized firms.<sup>[1]</sup>", "",
                   "<span style='font-size:9.0pt'>[1] Source: Halden Research, Backup Vendor Benchmark, June 2026.</span>", "",
                   "Best,", "Dan", "", "<b>Dan Reyes</b> | Account Executive | Meridian Data Inc. | +1 (415) 555-0142"]),
     [C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
      C(VAULT, "max_storage", 1000 * TB, "conflict", "Meridian Vault scales to 1 PB per tenant."),
      C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default.")],
     archive=True)

# ------------------------------------------------------------------ 0011 tokyo, Gmail
mail("0011", "CAHt7mQr1020+2468ace0@mail.gmail.com", datetime(2026, 10, 20, 10, 40, tzinfo=tz(9)), SATO, KONDO,
     "メリディアン シンク お見積りの件",
     gmail_html(["近藤様", "", "お世話になっております。佐藤です。", "",
                 "メリディアン シンクの月額料金は55,000円（税込）です。",
                 "メリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。",
                 "メリディアン シンクはオフライン環境でも編集作業が可能です。",
                 "メリディアン シンクは国内No.1の法人向けファイル共有サービスです。", "",
                 "よろしくお願いいたします。"], sig=SATO_SIG),
     [C(SYNC, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）です。"),
      C(SYNC, "storage_per_user", 1 * TB, "ok", "メリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。"),
      C(SYNC, "offline_mode", True, "conflict", "メリディアン シンクはオフライン環境でも編集作業が可能です。"),
      PH("ja.superlative-no1", "メリディアン シンクは国内No.1の法人向けファイル共有サービスです。")],
     archive=True)

# ------------------------------------------------------------------ 0012 london, Outlook reply quoting tokyo (English)
mail("0012", "LO2P265MB09157A8B9C0D1E2F3A4B@LO2P265MB0915.GBRP265.PROD.OUTLOOK.COM",
     datetime(2026, 11, 2, 9, 50, tzinfo=tz(0)), EMMA, PATEL, "RE: Meridian Vault – hosting in Japan",
     outlook_html(["Hi James,", "",
                   "Please see Yuki's note from our Tokyo office below. One correction: the default retention for Meridian Vault is 90 days.",
                   "Meridian Vault is &pound;16 per TB per month and the SLA is 99.95%.", "",
                   "Kind regards,", "Emma", "", "<b>Emma Clarke</b> | Account Executive | Meridian Data Ltd | +44 20 7946 0321"],
                  lang="EN-GB",
                  quote=("-----Original Message-----",
                         [("From:", "Yuki Tanaka &lt;yuki.tanaka@jp.meridian-data.com&gt;"),
                          ("Sent:", "Monday, November 2, 2026 1:12 AM"),
                          ("To:", "Emma Clarke &lt;emma.clarke@uk.meridian-data.com&gt;"),
                          ("Subject:", "Meridian Vault – hosting in Japan")],
                         ["Hi Emma,", "", "Meridian Vault is hosted in our Tokyo and Osaka data centres.",
                          "Meridian Vault keeps backups for 30 days by default.", "", "Best regards,", "Yuki"])),
     [C(VAULT, "retention", dur(90, "days"), "ok",
        "One correction: the default retention for Meridian Vault is 90 days."),
      C(VAULT, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month and the SLA is 99.95%."),
      C(VAULT, "sla", 99.95, "ok", "Meridian Vault is £16 per TB per month and the SLA is 99.95%."),
      C(VAULT, "data_centers", "Tokyo", "ok", "Meridian Vault is hosted in our Tokyo and Osaka data centres.", quoted=True, office="tokyo"),
      C(VAULT, "data_centers", "Osaka", "ok", "Meridian Vault is hosted in our Tokyo and Osaka data centres.", quoted=True, office="tokyo"),
      C(VAULT, "retention", dur(30, "days"), "conflict", "Meridian Vault keeps backups for 30 days by default.", quoted=True, office="tokyo")],
     archive=False)

# ------------------------------------------------------------------ 0013 us-hq, Gmail interleaved reply
LISA = "Lisa Wong <lisa.wong@brightpath.io>"
BQ = '<blockquote class="gmail_quote" style="%s"><div>%%s</div></blockquote>' % GMAIL_QUOTE_STYLE
mail("0013", "CAPq3vLn1105+1357bdf9@mail.gmail.com", datetime(2026, 11, 5, 11, 30, tzinfo=tz(-8)), MARIA, LISA,
     "Re: Meridian Insight evaluation",
     '<div dir="ltr"><div>Hi Lisa,</div><div>Answers inline below.</div><div><br></div></div>'
     '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Nov 4, 2026 at 4:55 PM Lisa Wong &lt;'
     '<a href="mailto:lisa.wong@brightpath.io">lisa.wong@brightpath.io</a>&gt; wrote:<br></div>'
     + BQ % "Does Meridian Insight connect to Salesforce and Snowflake?"
     + "<div>Yes. Meridian Insight ships with 40 pre-built connectors, including both.</div><div><br></div>"
     + BQ % "We were told Meridian Insight queries return in under a second."
     + "<div>Meridian Insight returns queries within 2 seconds.</div><div><br></div>"
     + BQ % "How quickly does your support team respond?"
     + "<div>For Meridian Insight, the support team replies within 4 hours on business days.</div>"
     + "<div>Meridian Insight is available in 12 UI languages.</div><div><br></div>"
     + "<div>Best,</div><div>Maria</div></div>\n",
     [C(INSIGHT, "integrations", 40, "unverified", "Yes. Meridian Insight ships with 40 pre-built connectors, including both."),
      C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "We were told Meridian Insight queries return in under a second.",
        quoted=True, office="unknown"),
      C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight returns queries within 2 seconds."),
      C(INSIGHT, "support_response_time", dur(4, "hours"), "unverified",
        "For Meridian Insight, the support team replies within 4 hours on business days."),
      C(INSIGHT, "ui_languages", 12, "unverified", "Meridian Insight is available in 12 UI languages.")],
     archive=False)

# ------------------------------------------------------------------ 0014 tokyo, with an attached message from osaka
INNER = dict(num="0014a", msgid="CAJm2wXz1109+bead5eed@mail.gmail.com", date=datetime(2026, 11, 9, 18, 20, tzinfo=tz(9)),
             frm=MORI, to=SATO, subject="Re: インサイトのダッシュボード上限",
             html=gmail_html(["佐藤さん", "", "メリディアン インサイトのダッシュボードは最大500個まで作成できます。", "", "森"]),
             items=[], archive=False, plain=True, charset="utf-8", cte=None, attach=None)
mail("0014", "CAHt7mQs1110+fedcba98@mail.gmail.com", datetime(2026, 11, 10, 17, 5, tzinfo=tz(9)), SATO, ISHII,
     "メリディアン インサイトのご案内（大阪オフィスからの回答を添付）",
     gmail_html(["石井様", "", "お世話になっております。東京オフィスの佐藤です。", "",
                 "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。",
                 "ダッシュボード数については、大阪オフィスの森からの回答メールを添付いたします。", "",
                 "よろしくお願いいたします。"], sig=SATO_SIG),
     [C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。"),
      C(INSIGHT, "max_dashboards", 500, "conflict", "メリディアン インサイトのダッシュボードは最大500個まで作成できます。",
        quoted=True, office="osaka")],
     archive=True, attach=INNER)

# ------------------------------------------------------------------ 0015 osaka, HTML only, Shift_JIS
mail("0015", "20261116011000.4F2A@osaka.jp.meridian-data.com", datetime(2026, 11, 16, 10, 10, tzinfo=tz(9)), MORI, YAMADA,
     "メリディアン ボールトのお見積り",
     '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>\n<body>\n'
     "<p>山田様</p>\n<p>いつもお世話になっております。大阪オフィスの森です。</p>\n"
     "<p>メリディアン ボールトのRPOは15分です。</p>\n"
     "<p>メリディアン ボールトは1TBあたり月額2,500円（税抜）でご提供いたします。</p>\n"
     "<p>メリディアン ボールトは業界最安クラスの料金でご提供しております。</p>\n"
     "<p>森 健二<br>株式会社メリディアンデータ 大阪オフィス<br>TEL 06-5555-0200</p>\n</body></html>\n",
     [C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分です。"),
      C(VAULT, "price_per_tb", money(2500, "JPY", "TB-month", "excluded"), "conflict", "メリディアン ボールトは1TBあたり月額2,500円（税抜）でご提供いたします。"),
      PH("ja.cheapest", "メリディアン ボールトは業界最安クラスの料金でご提供しております。")],
     archive=False, plain=False, charset="shift_jis", cte="base64")


# ================================================================== documents
DOCS = []


def doc(path, content, items, encoding="utf-8"):
    DOCS.append(dict(path=path, content=content, items=items, encoding=encoding))


def cms_page(lang, title, main, nav, cookie, footer, charset="utf-8"):
    return """<!DOCTYPE html>
<html lang="%(lang)s">
<head>
<meta charset="%(charset)s">
<title>%(title)s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/wp-content/themes/meridian/assets/site.2f9c1e.css">
<style>
.hero{padding:48px 0;background:#0b2545;color:#fff}.stat b{font-size:2.5rem}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;z-index:999}
table.compare td,table.compare th{padding:8px 12px;border-bottom:1px solid #e5e7eb}
</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-MD2026X"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-MD2026X', {"page_type": "product", "max_users": 25000, "sla": "99.99%%", "price": 299});
</script>
</head>
<body class="page-template-product wp-embed-responsive">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite">%(cookie)s</div>
<header class="site-header">
<a class="logo" href="/">%(svg)s<span class="screen-reader-text">Meridian Data</span></a>
<nav class="main-nav" aria-label="Main"><ul class="menu">%(nav)s</ul></nav>
</header>
<main id="content" class="site-main">
%(main)s
</main>
<footer class="site-footer">
%(footer)s
</footer>
<script>
document.querySelector('#cookie-banner button').addEventListener('click', function () {
  document.cookie = "md_consent=1; max-age=31536000; path=/";
  document.getElementById('cookie-banner').hidden = true;
});
</script>
</body>
</html>
""" % dict(lang=lang, title=title, main=main, nav="".join('<li class="menu-item"><a href="#">%s</a></li>' % n for n in nav),
           cookie=cookie, footer=footer, svg=SVG_CLOUD, charset=charset)


NAV_EN = ["Products", "Solutions", "Customers", "Resources", "Contact sales"]
NAV_JA = ["製品", "ソリューション", "導入事例", "資料ダウンロード", "お問い合わせ"]
COOKIE_EN = 'We use cookies to personalise content and analyse our traffic. <button type="button">Accept</button> <a href="/cookies">Cookie settings</a>'
COOKIE_JA = '当サイトでは、利便性向上のためCookieを使用しています。<button type="button">同意する</button> <a href="/cookies">詳細</a>'
FOOT_US = ('<div class="footer-address"><p>Meridian Data Inc. &middot; 500 Howard Street, Suite 400, San Francisco, CA 94105'
           ' &middot; +1&nbsp;(415)&nbsp;555-0142</p></div>\n<nav class="footer-links"><a href="/privacy">Privacy</a> | '
           '<a href="/terms">Terms</a> | <a href="/cookies">Cookie settings</a></nav>\n<p class="copyright">&copy; 2026 Meridian Data Inc. All rights reserved.</p>')
FOOT_UK = ('<p>Meridian Data Ltd &middot; 1 Finsbury Avenue, London EC2M 2PF &middot; +44&nbsp;20&nbsp;7946&nbsp;0321</p>\n'
           '<p>Registered in England and Wales, company number 09876543.</p>\n<p class="copyright">&copy; 2026 Meridian Data Ltd</p>')
FOOT_TOKYO = ('<p>株式会社メリディアンデータ 東京オフィス　〒100-0005 東京都千代田区丸の内1-1-1　TEL 03-5555-0100</p>\n'
              '<p class="copyright">&copy; 2026 Meridian Data K.K.</p>')
FOOT_OSAKA = ('<p>株式会社メリディアンデータ 大阪オフィス　〒530-0001 大阪府大阪市北区梅田1-1-1　TEL 06-5555-0200</p>\n'
              '<p class="copyright">&copy; 2026 Meridian Data K.K.</p>')

# ---------------------------------------------------------------- us-hq
doc("docs/us-hq/sync-landing.html", cms_page("en-US", "Meridian Sync | File sync and share for teams", """
<section class="hero">
<h1>Meridian Sync</h1>
<p class="lead">Meridian Sync is the #1 file sync platform for growing teams.</p>
<a class="btn btn-primary" href="/sync/demo">Book a demo</a>
</section>
<section class="stats">
<h2>Meridian Sync at a glance</h2>
<ul class="stat-list">
<li class="stat">%(check)s Up to <b>10,000</b> users on a single tenant</li>
<li class="stat">%(shield)s <b><span>99.9</span>%%</b> uptime SLA</li>
<li class="stat">%(cloud)s <b>1&nbsp;TB</b> of storage per user</li>
</ul>
</section>
<section id="pricing" class="pricing">
<h2>Meridian Sync pricing</h2>
<div class="price-card">
<p class="price"><s>$449</s> <strong>$399</strong> per month</p>
<p>One flat price for your whole organization, billed monthly.</p>
</div>
</section>
<section class="platforms">
<h2>Meridian Sync on every device</h2>
<p>Meridian Sync runs on Windows, macOS, iOS and Android.</p>
</section>
""" % dict(check=SVG_CHECK, shield=SVG_SHIELD, cloud=SVG_CLOUD), NAV_EN, COOKIE_EN, FOOT_US),
    [PH("en.superlative", "Meridian Sync is the #1 file sync platform for growing teams."),
     C(SYNC, "max_users", 10000, "ok", "Up to 10,000 users on a single tenant"),
     C(SYNC, "sla", 99.9, "ok", "99.9% uptime SLA"),
     C(SYNC, "storage_per_user", 1 * TB, "ok", "1 TB of storage per user"),
     C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "$449 $399 per month")]
    + [C(SYNC, "supported_platforms", p, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android.")
       for p in ("Windows", "macOS", "iOS", "Android")])

doc("docs/us-hq/vault-spec-sheet.html", cms_page("en-US", "Meridian Vault — Technical Specifications", """
<article class="spec-sheet">
<h1>Meridian Vault — Technical Specifications</h1>
<p class="intro">Meridian Vault is the industry-leading backup service for mid-sized firms.<sup><a href="#fn1" id="ref1">1</a></sup></p>
<h2>Meridian Vault recovery objectives</h2>
<dl class="spec">
<dt>RPO<dd>15 minutes
<dt>Default retention<dd>90 days
<dt>Availability SLA<dd><span>99.95</span>%<sup><a href="#fn2" id="ref2">2</a></sup>
</dl>
<h2>Meridian Vault capacity and pricing</h2>
<table class="spec-table">
<caption>Meridian Vault &mdash; US list price and limits</caption>
<tbody>
<tr><th scope="row">Price per TB</th><td>$20 per TB per month</td></tr>
<tr><th scope="row">Maximum storage</th><td>500&nbsp;TB per tenant</td></tr>
<tr><th scope="row">Encryption at rest</th><td>AES-256</td></tr>
<tr><th scope="row">Data centers</th><td>Tokyo, Osaka, Oregon, Frankfurt</td></tr>
<tr><th scope="row">Recovery time (RTO)</th><td>4 hours</td></tr>
</tbody>
</table>
<ol class="footnotes">
<li id="fn1">Source: Halden Research, Backup Vendor Benchmark, June 2026.</li>
<li id="fn2">Measured per calendar month, excluding announced maintenance.</li>
</ol>
</article>
""", NAV_EN, COOKIE_EN, FOOT_US),
    [C(VAULT, "rpo", dur(15, "minutes"), "ok", "15 minutes"),
     C(VAULT, "retention", dur(90, "days"), "ok", "90 days"),
     C(VAULT, "sla", 99.95, "ok", "99.95%"),
     C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "$20 per TB per month"),
     C(VAULT, "max_storage", 500 * TB, "ok", "500 TB per tenant"),
     C(VAULT, "encryption", "AES-256", "ok", "Encryption at rest | AES-256")]
    + [C(VAULT, "data_centers", d, "ok", "Data centers | Tokyo, Osaka, Oregon, Frankfurt") for d in ("Tokyo", "Osaka", "Oregon", "Frankfurt")]
    + [C(VAULT, "rto", dur(4, "hours"), "unverified", "Recovery time (RTO) | 4 hours")])

doc("docs/us-hq/product-comparison.html", cms_page("en-US", "Compare Meridian products", """
<h1>Compare Meridian products</h1>
<table class="compare">
<caption>Meridian product comparison (US list prices)</caption>
<thead><tr><th scope="col">Feature</th><th scope="col">Meridian Sync</th><th scope="col">Meridian Vault</th><th scope="col">Meridian Insight</th></tr></thead>
<tbody>
<tr><th scope="row">Uptime SLA</th><td><span>99.9</span>%%</td><td>99.95%%</td><td>&mdash;</td></tr>
<tr><th scope="row">List price</th><td>$399 per month</td><td>$20 per TB per month</td><td>$30 per user per month</td></tr>
<tr><th scope="row">Maximum users</th><td>up to 10,000</td><td>&mdash;</td><td>&mdash;</td></tr>
<tr><th scope="row">Recovery point (RPO)</th><td>&mdash;</td><td>15 minutes</td><td>&mdash;</td></tr>
<tr><th scope="row">Encryption at rest</th><td colspan="3">%(check)s AES-256 on all three products</td></tr>
<tr><th scope="row">Free trial</th><td>&mdash;</td><td>&mdash;</td><td>30 days</td></tr>
<tr><th scope="row">Dashboards</th><td>&mdash;</td><td>&mdash;</td><td>up to 250</td></tr>
<tr><th scope="row">General availability</th><td>Available now</td><td>Available now</td><td>January 2027</td></tr>
</tbody>
</table>
""" % dict(check=SVG_CHECK), NAV_EN, COOKIE_EN, FOOT_US),
    [C(SYNC, "sla", 99.9, "ok", "Uptime SLA | 99.9% | 99.95%"),
     C(VAULT, "sla", 99.95, "ok", "Uptime SLA | 99.9% | 99.95%"),
     C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "$399 per month"),
     C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "$20 per TB per month"),
     C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "$30 per user per month"),
     C(SYNC, "max_users", 10000, "ok", "Maximum users | up to 10,000"),
     C(VAULT, "rpo", dur(15, "minutes"), "ok", "Recovery point (RPO) | — | 15 minutes"),
     C(SYNC, "encryption", "AES-256", "unverified", "AES-256 on all three products"),
     C(VAULT, "encryption", "AES-256", "ok", "AES-256 on all three products"),
     C(INSIGHT, "encryption", "AES-256", "unverified", "AES-256 on all three products"),
     C(INSIGHT, "free_trial", dur(30, "days"), "ok", "Free trial | — | — | 30 days"),
     C(INSIGHT, "max_dashboards", 250, "conflict", "Dashboards | — | — | up to 250"),
     C(INSIGHT, "general_availability", "2027-01", "ok", "January 2027")])

doc("docs/us-hq/insight-faq.md", """# Meridian Insight — frequently asked questions

**When will Meridian Insight be generally available?**
Meridian Insight will be generally available in January 2027. Until then it is in open beta.

**How fast are queries?**
Meridian Insight answers queries in less than 1 second.

**Is there a trial?**
Yes. Meridian Insight comes with a 30-day free trial.

**Which data sources can I connect?**
Meridian Insight connects to 25 data sources out of the box, including Salesforce and Snowflake.

<!-- onevoice-disable-next-line en.superlative -->
Meridian Insight is the number one analytics add-on for Meridian Sync customers.

**I still use the old sync client. Where do I start?**
See the migration guide at https://www.meridian-data.com/MeridianFileSync/migrate and your shares move over automatically.
""",
    [C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027."),
     C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight answers queries in less than 1 second."),
     C(INSIGHT, "free_trial", dur(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial."),
     C(INSIGHT, "integrations", 25, "unverified", "Meridian Insight connects to 25 data sources out of the box")])

# ---------------------------------------------------------------- london
doc("docs/london/vault-proposal.html", cms_page("en-GB", "Proposal: Meridian Vault for Harbourline Logistics", """
<h1>Proposal: Meridian Vault for Harbourline Logistics</h1>
<p class="meta">Prepared for James Patel, 16 November 2026</p>
<p>Meridian Vault keeps backups for 90 days by default, and you can add longer retention at any time.</p>
<table class="layout" width="100%%" cellpadding="0" cellspacing="0" role="presentation">
<tr>
<td class="main" width="70%%" valign="top">
<h3>Meridian Vault at a glance</h3>
<table class="spec" border="1" cellpadding="6">
<tr><th scope="row">Storage price</th><td>&pound;16 per TB per month</td></tr>
<tr><th scope="row">Recovery point objective</th><td>a quarter of an hour</td></tr>
<tr><th scope="row">Availability</th><td>99.9%%</td></tr>
<tr><th scope="row">Data centres</th><td>Frankfurt and London</td></tr>
</table>
</td>
<td class="sidebar" valign="top">
<p><strong>Your contact</strong><br>Emma Clarke<br>Account Executive<br>+44&nbsp;20&nbsp;7946&nbsp;0321</p>
</td>
</tr>
</table>
<p>Meridian Vault gives you unlimited restores at no extra charge.</p>
<h2>Commercial summary</h2>
<table class="quote" border="1" cellpadding="6">
<caption>Commercial summary (GBP)</caption>
<tr><th>Product</th><th>Item</th><th>Value</th></tr>
<tr><td rowspan="2">Meridian Vault</td><td>Backup storage, per TB per month</td><td>&pound;16.00</td></tr>
<tr><td>Default retention</td><td>90 days</td></tr>
<tr><td rowspan="2">Meridian Sync</td><td>Subscription, per month</td><td>&pound;329.00</td></tr>
<tr><td>Uptime SLA</td><td>99.9%%</td></tr>
</table>
""" % {}, NAV_EN, COOKIE_EN, FOOT_UK),
    [C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
     C(VAULT, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Storage price | £16 per TB per month"),
     C(VAULT, "rpo", dur(0.25, "hours"), "ok", "Recovery point objective | a quarter of an hour"),
     C(VAULT, "sla", 99.9, "conflict", "Availability | 99.9%"),
     C(VAULT, "data_centers", "Frankfurt", "ok", "Data centres | Frankfurt and London"),
     C(VAULT, "data_centers", "London", "conflict", "Data centres | Frankfurt and London"),
     PH("en.unlimited", "Meridian Vault gives you unlimited restores at no extra charge."),
     C(SYNC, "monthly_price", money(329, "GBP", "month"), "ok", "Subscription, per month | £329.00"),
     C(SYNC, "sla", 99.9, "ok", "Uptime SLA | 99.9%")])

doc("docs/london/sync-datasheet.html", cms_page("en-GB", "Meridian Sync and Meridian Insight — data sheet", """
<h1>Meridian Sync and Meridian Insight — data sheet</h1>
<section class="product">
<h2>Meridian Sync</h2>
<p class="price"><del>&pound;349</del> &pound;329 per month</p>
<p class="keyfacts">Up to 10,000 users per organisation<br>1&nbsp;TB storage per user<br><span>99.9</span>%% uptime</p>
<p>Certified to ISO 27001 and ISO 27017.</p>
<p>Meridian Sync works offline too, so your team can carry on editing on a train.</p>
<p>Meridian FileSync customers are moved to Meridian Sync automatically.</p>
</section>
<section class="product">
<h2>Meridian Insight</h2>
<p class="price">&pound;25 per user per month</p>
<p>Up to 200 dashboards per workspace.</p>
</section>
""" % {}, NAV_EN, COOKIE_EN, FOOT_UK),
    [C(SYNC, "monthly_price", money(329, "GBP", "month"), "ok", "£349 £329 per month"),
     C(SYNC, "max_users", 10000, "ok", "Up to 10,000 users per organisation"),
     C(SYNC, "storage_per_user", 1 * TB, "ok", "1 TB storage per user"),
     C(SYNC, "sla", 99.9, "ok", "99.9% uptime"),
     C(SYNC, "certifications", "ISO 27001", "ok", "Certified to ISO 27001 and ISO 27017."),
     C(SYNC, "certifications", "ISO 27017", "conflict", "Certified to ISO 27001 and ISO 27017."),
     C(SYNC, "offline_mode", True, "conflict", "Meridian Sync works offline too, so your team can carry on editing on a train."),
     TERM(SYNC, "Meridian FileSync customers are moved to Meridian Sync automatically."),
     C(INSIGHT, "per_user_price", money(25, "GBP", "user-month"), "ok", "£25 per user per month"),
     C(INSIGHT, "max_dashboards", 200, "ok", "Up to 200 dashboards per workspace.")])

doc("docs/london/insight-briefing.txt", """Meridian Insight - briefing for Fenwick & Co
Prepared 18 November 2026

Meridian Insight is £25 per user per month.
Meridian Insight is generally available from October 2026.
Meridian Insight query latency stays within 2 seconds.
Meridian Insight supports up to 200 dashboards per workspace.
The Meridian Insight free trial lasts 30 days.
""",
    [C(INSIGHT, "per_user_price", money(25, "GBP", "user-month"), "ok", "Meridian Insight is £25 per user per month."),
     C(INSIGHT, "general_availability", "2026-10", "conflict", "Meridian Insight is generally available from October 2026."),
     C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight query latency stays within 2 seconds."),
     C(INSIGHT, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
     C(INSIGHT, "free_trial", dur(30, "days"), "ok", "The Meridian Insight free trial lasts 30 days.")])

# ---------------------------------------------------------------- tokyo
doc("docs/tokyo/sync-teian.html", cms_page("ja", "メリディアン シンク ご提案書", """
<h1>メリディアン シンク ご提案書</h1>
<p class="to">株式会社北斗ロジスティクス 御中</p>
<h2>メリディアン シンクの概要</h2>
<p>メリディアン シンクは法人向けファイル共有で国内No.1<sup>※</sup>のサービスです。</p>
<p>メリディアン シンクは最大<span class="num">１０，０００</span>ユーザーまでご利用いただけます。</p>
<h2>メリディアン シンク 料金</h2>
<table class="price" border="1">
<tr><th scope="row">月額料金</th><td><s>&yen;60,000</s> &yen;50,000（税抜）</td></tr>
<tr><th scope="row">稼働率SLA</th><td>99.9％</td></tr>
</table>
<h2>メリディアン シンク 動作環境</h2>
<table class="env" border="1">
<tr><th scope="row">対応OS</th><td>Windows、macOS、iOS、Android、Linux</td></tr>
</table>
<p class="note">※2026年6月 東京リサーチ調べ（法人向けファイル共有サービス市場）</p>
""", NAV_JA, COOKIE_JA, FOOT_TOKYO),
    [C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは最大１０，０００ユーザーまでご利用いただけます。"),
     C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "月額料金 | ¥60,000 ¥50,000（税抜）"),
     C(SYNC, "sla", 99.9, "ok", "稼働率SLA | 99.9％")]
    + [C(SYNC, "supported_platforms", p, "ok", "対応OS | Windows、macOS、iOS、Android、Linux") for p in ("Windows", "macOS", "iOS", "Android")]
    + [C(SYNC, "supported_platforms", "Linux", "conflict", "対応OS | Windows、macOS、iOS、Android、Linux")])

doc("docs/tokyo/vault-spec.html", cms_page("ja", "メリディアン・ボールト 製品仕様書", """
<h1>メリディアン・ボールト 製品仕様書</h1>
<!-- onevoice-disable ja.superlative-no1 -->
<p class="catch">メリディアン・ボールトは業界ナンバーワンの復旧速度を誇るバックアップサービスです。</p>
<!-- onevoice-enable -->
<h2>メリディアン・ボールト 復旧と保持</h2>
<dl class="spec">
<dt>RPO（目標復旧時点）</dt><dd>15分</dd>
<dt>標準保持期間</dt><dd>3か月間</dd>
<dt>SLA</dt><dd>99.95％</dd>
</dl>
<h2>メリディアン・ボールト 容量・料金・拠点</h2>
<table class="spec" border="1">
<tr><th scope="row">容量単価</th><td>1TBあたり月額&yen;2,800（税抜）</td></tr>
<tr><th scope="row">最大容量</th><td>1テナントあたり500TB</td></tr>
<tr><th scope="row">暗号化方式</th><td>AES-256</td></tr>
<tr><th scope="row">データセンター</th><td>東京、大阪、シンガポール</td></tr>
<tr><th scope="row">目標復旧時間（RTO）</th><td>4時間</td></tr>
<tr><th scope="row">取得認証</th><td>ISO 27001</td></tr>
</table>
""", NAV_JA, COOKIE_JA, FOOT_TOKYO),
    [C(VAULT, "rpo", dur(15, "minutes"), "ok", "15分"),
     C(VAULT, "retention", dur(3, "months"), "ok", "3か月間"),
     C(VAULT, "sla", 99.95, "ok", "99.95％"),
     C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "1TBあたり月額¥2,800（税抜）"),
     C(VAULT, "max_storage", 500 * TB, "ok", "1テナントあたり500TB"),
     C(VAULT, "encryption", "AES-256", "ok", "暗号化方式 | AES-256"),
     C(VAULT, "data_centers", "Tokyo", "ok", "データセンター | 東京、大阪、シンガポール"),
     C(VAULT, "data_centers", "Osaka", "ok", "データセンター | 東京、大阪、シンガポール"),
     C(VAULT, "data_centers", "Singapore", "conflict", "データセンター | 東京、大阪、シンガポール"),
     C(VAULT, "rto", dur(4, "hours"), "unverified", "目標復旧時間（RTO） | 4時間"),
     C(VAULT, "certifications", "ISO 27001", "unverified", "取得認証 | ISO 27001")])

doc("docs/tokyo/insight-lp.html", cms_page("ja", "メリディアン インサイト | クラウドBI", """
<section class="hero">
<h1>メリディアン インサイト</h1>
<p>業界初のAI自動インサイト機能を搭載したクラウドBIです。</p>
<p>メリディアン インサイトは2027年1月に一般提供を開始する予定です。</p>
</section>
<section class="plans">
<h2>メリディアン インサイト 料金プラン</h2>
<div class="plan">%(check)s<p class="plan-name">スタンダード</p><p class="plan-price">1ユーザーあたり月額&yen;4,000（税抜）</p></div>
<p>無料トライアル：30日間</p>
</section>
<section class="limits">
<h2>メリディアン インサイト 性能と上限</h2>
<ul>
<li>クエリ応答時間：最大５秒</li>
<li>ダッシュボード：最大200個</li>
<li>連携データソース：40種類以上</li>
</ul>
</section>
""" % dict(check=SVG_CHECK), NAV_JA, COOKIE_JA, FOOT_TOKYO),
    [PH("ja.first-in-industry", "業界初のAI自動インサイト機能を搭載したクラウドBIです。"),
     C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始する予定です。"),
     C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "1ユーザーあたり月額¥4,000（税抜）"),
     C(INSIGHT, "free_trial", dur(30, "days"), "ok", "無料トライアル：30日間"),
     C(INSIGHT, "query_latency", dur(5, "seconds"), "conflict", "クエリ応答時間：最大５秒"),
     C(INSIGHT, "max_dashboards", 200, "ok", "ダッシュボード：最大200個"),
     C(INSIGHT, "integrations", 40, "unverified", "連携データソース：40種類以上")])

doc("docs/tokyo/hikaku.md", """# 製品比較表（金額はすべて税抜）

メリディアン シンクとメリディアン ボールトの主な仕様を比較しました。

| 項目 | メリディアン シンク | メリディアン ボールト |
|---|---|---|
| 月額料金 | ¥50,000 | — |
| 容量単価（1TBあたり月額） | — | ¥2,800 |
| 稼働率SLA | 99.9% | 99.95% |
| 暗号化 | AES-256 | AES-256 |
| オフライン利用 | 非対応 | — |

メリディアン シンクは旧製品名メリディアン・ファイルシンクから名称を変更しました。
""",
    [C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| 月額料金 | ¥50,000 | — |"),
     C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "| 容量単価（1TBあたり月額） | — | ¥2,800 |"),
     C(SYNC, "sla", 99.9, "ok", "| 稼働率SLA | 99.9% | 99.95% |"),
     C(VAULT, "sla", 99.95, "ok", "| 稼働率SLA | 99.9% | 99.95% |"),
     C(SYNC, "encryption", "AES-256", "unverified", "| 暗号化 | AES-256 | AES-256 |"),
     C(VAULT, "encryption", "AES-256", "ok", "| 暗号化 | AES-256 | AES-256 |"),
     C(SYNC, "offline_mode", False, "ok", "| オフライン利用 | 非対応 | — |"),
     TERM(SYNC, "メリディアン シンクは旧製品名メリディアン・ファイルシンクから名称を変更しました。")])

doc("docs/tokyo/drafts/sync-draft.html", cms_page("ja", "下書き", """
<h1>メリディアン シンク（下書き）</h1>
<p>メリディアン シンクは最大25,000ユーザーまでご利用いただけます。</p>
<p>メリディアン・ファイルシンクは業界No.1です。</p>
""", NAV_JA, COOKIE_JA, FOOT_TOKYO), [])       # ignored by .onevoice.yaml: no lines

# ---------------------------------------------------------------- osaka
doc("docs/osaka/vault-teian.html", cms_page("ja", "メリディアン ボールト ご提案", """
<h1>メリディアン ボールト ご提案</h1>
<p>メリディアン ボールトのRPOは最大15分です。</p>
<p>メリディアン ボールトの標準の保持期間は90日間です。</p>
<p>メリディアン ボールトなら、お客様のデータは完全に安全です。</p>
<h2>お見積り</h2>
<table class="quote" border="1">
<caption>お見積り（金額は税込）</caption>
<tr><th>製品</th><th>項目</th><th>内容</th></tr>
<tr><td rowspan="2">メリディアン ボールト</td><td>容量課金（1TBあたり月額）</td><td>3,080円</td></tr>
<tr><td>最大容量（1テナントあたり）</td><td>500TB</td></tr>
<tr><td>メリディアン シンク</td><td>月額基本料金</td><td>50,000円</td></tr>
</table>
""", NAV_JA, COOKIE_JA, FOOT_OSAKA, charset="Shift_JIS"),
    [C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは最大15分です。"),
     C(VAULT, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間です。"),
     PH("ja.absolute", "メリディアン ボールトなら、お客様のデータは完全に安全です。"),
     C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "容量課金（1TBあたり月額） | 3,080円"),
     C(VAULT, "max_storage", 500 * TB, "ok", "最大容量（1テナントあたり） | 500TB"),
     C(SYNC, "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "メリディアン シンク | 月額基本料金 | 50,000円")],
    encoding="shift_jis")

doc("docs/osaka/sync-mitsumori.html", cms_page("ja", "メリディアン・シンク お見積り", """
<h1>メリディアン・シンク お見積り・ご要件への回答</h1>
<h2>メリディアン・シンク お見積り</h2>
<table class="outer" width="100%%"><tr><td>
<table class="estimate" border="1">
<caption>お見積り（金額は税抜）</caption>
<tr><th>品目</th><th>単価</th></tr>
<tr><td>メリディアン・シンク 月額基本料金</td><td>&yen;50,000</td></tr>
</table>
</td></tr></table>
<p>ご参考：メリディアン・シンクの米国での月額料金は399米ドルです。</p>
<h2>メリディアン・シンク ご要件への回答</h2>
<table class="answers" border="1">
<tr><th>ご要件</th><th>回答</th></tr>
<tr><td>ユーザー数 8,000名以上</td><td>%(check)s対応可能（最大10,000ユーザー）</td></tr>
<tr><td>オフライン利用</td><td>非対応（オンライン接続が必要です）</td></tr>
<tr><td>稼働率</td><td>99.9%%</td></tr>
<tr><td>セキュリティ認証</td><td>SOC 2 Type IIの報告書をご提供できます</td></tr>
</table>
<h2>メリディアン・シンク 導入規模</h2>
<p>メリディアン・シンクの最大利用者数は5,000名です。</p>
""" % dict(check=SVG_CHECK), NAV_JA, COOKIE_JA, FOOT_OSAKA),
    [C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン・シンク 月額基本料金 | ¥50,000"),
     C(SYNC, "monthly_price", money(399, "USD", "month"), "office-variant", "ご参考：メリディアン・シンクの米国での月額料金は399米ドルです。"),
     C(SYNC, "max_users", 10000, "ok", "対応可能（最大10,000ユーザー）"),
     C(SYNC, "offline_mode", False, "ok", "オフライン利用 | 非対応（オンライン接続が必要です）"),
     C(SYNC, "sla", 99.9, "ok", "稼働率 | 99.9%"),
     C(SYNC, "certifications", "SOC 2 Type II", "ok", "SOC 2 Type IIの報告書をご提供できます"),
     C(SYNC, "max_users", 5000, "stale", "メリディアン・シンクの最大利用者数は5,000名です。")])

doc("docs/osaka/insight-annai.txt", """メリディアン インサイト ご案内
大阪オフィス 営業部

メリディアン インサイトは1ユーザーあたり月額4,000円（税込）です。
メリディアン インサイトの無料トライアルは14日間です。
メリディアン インサイトのダッシュボードは最大200個まで作成できます。
メリディアン インサイトは業界最安の料金でご提供しております。
""",
    [C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "included"), "conflict", "メリディアン インサイトは1ユーザーあたり月額4,000円（税込）です。"),
     C(INSIGHT, "free_trial", dur(14, "days"), "conflict", "メリディアン インサイトの無料トライアルは14日間です。"),
     C(INSIGHT, "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボードは最大200個まで作成できます。"),
     PH("ja.cheapest", "メリディアン インサイトは業界最安の料金でご提供しております。")])


# ================================================================== write
def wfile(rel, data):
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as fh:
        fh.write(data)


def line_for(item, file, mid, office, as_of):
    if item["kind"] == "claim":
        return {"type": "claim", "file": file, "message_id": mid, "product": item["product"],
                "attribute": item["attribute"], "value": item["value"], "verdict": item["verdict"],
                "quoted": item["quoted"], "office": item["office"] or office,
                "as_of": item["as_of"] or as_of, "text": item["text"]}
    return {"type": "finding", "file": file, "message_id": mid, "kind": item["kind"], "rule": item["rule"],
            "product": item["product"], "quoted": item["quoted"], "text": item["text"]}


def mboxrd_escape(body):
    return re.sub(rb"(?m)^(>*From )", rb">\1", body)


def decoded_texts_of_message(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            out.append(render(t) if part.get_content_subtype() == "html" else t)
    return out


def main():
    # ------------------------------------------------ mail
    eml_texts, archive_lines, archive_claims = {}, [], []
    mbox = b""
    for m in sorted(MAILS, key=lambda m: m["num"]):
        msg = build_message(m)
        data = msg.as_bytes(policy=policy.SMTP)
        wfile("mail/%s.eml" % m["num"], data)
        parsed = BytesParser(policy=policy.default).parsebytes(data)
        eml_texts["mail/%s.eml" % m["num"]] = decoded_texts_of_message(parsed)
        office = office_of(addr_of(m["frm"]))
        as_of = m["date"].strftime("%Y-%m-%d")
        for it in m["items"]:
            LINES.append(line_for(it, "mail/%s.eml" % m["num"], m["msgid"], office, as_of))
    for m in sorted((m for m in MAILS if m["archive"]), key=lambda m: m["date"]):
        msg = build_message(m)
        body = msg.as_bytes(policy=policy.default.clone(linesep="\n"))
        sender = addr_of(m["frm"])
        stamp = m["date"].astimezone(timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
        mbox += ("From %s %s\n" % (sender, stamp)).encode() + mboxrd_escape(body).rstrip(b"\n") + b"\n\n"
        office = office_of(sender)
        as_of = m["date"].strftime("%Y-%m-%d")
        for it in m["items"]:
            ln = line_for(it, "mail/archive.mbox", m["msgid"], office, as_of)
            archive_lines.append(ln)
            if it["kind"] == "claim":
                archive_claims.append((m, ln))
    wfile("mail/archive.mbox", mbox)
    LINES.extend(archive_lines)

    # ------------------------------------------------ docs
    doc_texts = {}
    for d in DOCS:
        raw = d["content"].encode(d["encoding"])
        wfile(d["path"], raw)
        text = raw.decode(d["encoding"])
        doc_texts[d["path"]] = [render(text) if d["path"].endswith(".html") else text]
        office = d["path"].split("/")[1]
        if "/drafts/" in d["path"]:
            assert not d["items"]
            continue
        for it in d["items"]:
            LINES.append(line_for(it, d["path"], None, office, DOCS_AS_OF))

    # ------------------------------------------------ cross-office
    LINES.extend(cross_office(archive_claims))

    # ------------------------------------------------ checks
    errors = []
    mbox_texts = check_mbox(mbox)
    for ln in LINES:
        if ln["type"] == "cross-office":
            continue
        f = ln["file"]
        texts = (eml_texts.get(f) if f.startswith("mail/") and f.endswith(".eml") else
                 mbox_texts.get(ln["message_id"]) if f == "mail/archive.mbox" else doc_texts.get(f))
        if texts is None:
            errors.append("no file for %s" % ln)
            continue
        if not any(norm_ws(ln["text"]) in norm_ws(t) for t in texts):
            errors.append("excerpt not in %s: %r" % (f, ln["text"]))
        if ln["type"] == "claim":
            assert ln["verdict"] in ("ok", "conflict", "stale", "office-variant", "unverified"), ln
            assert ln["office"] in ("us-hq", "london", "tokyo", "osaka", "unknown"), ln
            assert (ln["message_id"] is None) == f.startswith("docs/"), ln
    # one line per (file, message, product, attribute, value, quoted, office) / finding key
    seen = set()
    for ln in LINES:
        k = json.dumps({x: ln.get(x) for x in ("type", "file", "message_id", "product", "attribute", "value", "quoted",
                                                 "office", "kind", "rule", "offices")}, sort_keys=True, ensure_ascii=False)
        if k in seen:
            errors.append("duplicate line %s" % k)
        seen.add(k)
    if errors:
        sys.exit("\n".join(errors))

    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for ln in LINES:
            fh.write(json.dumps(ln, ensure_ascii=False) + "\n")
    write_config()
    counts = {}
    for ln in LINES:
        k = ln["type"] if ln["type"] != "claim" else "claim:" + ln["verdict"]
        counts[k] = counts.get(k, 0) + 1
    print("wrote %d lines: %s" % (len(LINES), json.dumps(counts, sort_keys=True)))


def check_mbox(mbox):
    """Split the mboxrd archive back into messages (unescaping), return {message_id: [texts]}."""
    out, chunks, cur = {}, [], None
    for line in mbox.split(b"\n"):
        if line.startswith(b"From "):
            if cur is not None:
                chunks.append(cur)
            cur = []
            continue
        cur.append(re.sub(rb"^>(>*From )", rb"\1", line))
    chunks.append(cur)
    dates = []
    for c in chunks:
        msg = BytesParser(policy=policy.default).parsebytes(b"\n".join(c))
        mid = msg["Message-ID"].strip("<> ")
        out[mid] = decoded_texts_of_message(msg)
        dates.append(msg["Date"].datetime)
    assert dates == sorted(dates), "archive not in date order"
    return out


# ------------------------------------------------------------------ cross-office (LABELS.md)
def comparable(v):
    """Money -> (currency, per, tax-excluded amount); durations -> seconds; others as is."""
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if (v["currency"] == "JPY" and v.get("tax") == "included") else v["amount"]
        return ("money", v["currency"], v["per"], round(amt, 6))
    if isinstance(v, dict) and "unit" in v:
        sec = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "months": 30 * 86400}[v["unit"]]
        return ("dur", v["amount"] * sec)
    return ("v", v)


def cross_office(archive_claims):
    out, done = [], set()
    cl = [(m, ln) for m, ln in archive_claims
          if ln["office"] != "unknown" and ln["attribute"] not in SET_ATTRS]
    for i, (m1, a) in enumerate(cl):
        for m2, b in cl[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((m1["date"] - m2["date"]).total_seconds()) > 45 * 86400:     # quoted claims: the reply's date
                continue
            ca, cb = comparable(a["value"]), comparable(b["value"])
            if ca[0] == "money" and ca[1:3] != cb[1:3]:
                continue                                   # other currency or billing unit: not compared
            if ca == cb:
                continue                                   # the same value, however written
            if a["verdict"] == "ok" and b["verdict"] == "ok":
                continue                                   # each right at its own date
            offs = sorted([a["office"], b["office"]])
            key = (a["product"], a["attribute"], tuple(offs))
            if key in done:
                continue
            done.add(key)
            out.append({"type": "cross-office", "product": a["product"], "attribute": a["attribute"], "offices": offs,
                        "file": "mail/archive.mbox",
                        "message_files": sorted(["mail/%s.eml" % m1["num"], "mail/%s.eml" % m2["num"]]),
                        "values": {a["office"]: a["value"], b["office"]: b["value"]},
                        "text": "%s / %s" % (a["text"], b["text"])})
    return out


def write_config():
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for evaluation set11 (SPEC section 6).
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
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("""# Evaluation set 11 — HTML as real tools write it (English and Japanese)

Written 2026-12-03 by an independent, blind set writer (a helper session that read
only LABELS.md, FACTS.md, the eval README, rules/, SPEC §2/§5/§6 and score.py; not
the engine, not the dev set beyond its .onevoice.yaml and the format of its
expected.jsonl). Labelled by LABELS.md against `../../shared/eval/rules`.

Documents are judged as of **2026-11-22** (`--as-of 2026-11-22`); emails as of
their own Date header.

Emphasis: HTML exported from CMSs and mail clients —
nav bars, cookie banners, footers with addresses and phone numbers, `<script>`
(with decoy numbers) and `<style>` blocks, inline SVG icons; `<dl>` spec lists
(also with implied `</dt>`/`</dd>`), `<th scope=row>` row headers, nested layout
tables, rowspan/colspan, `<sup>` footnote markers with a footnote list (a
footnoted `Source:` that clears a superlative), `<br>`-separated lines,
`<span>` inside numbers, `&nbsp;` `&yen;` `&pound;` entities, full-width digits,
`<s>`/`<del>` struck old prices (the text/plain alternative of an HTML mail
writes them as `~~…~~`), `onevoice-disable`/`onevoice-enable` comments,
product names in `<h1>`-`<h3>` governing the sections below, a comparison table
with one column per product; Outlook (MsoNormal, `-----Original Message-----` /
`-----元のメッセージ-----` header blocks) and Gmail (`div dir=ltr`, `gmail_quote`
blockquotes, an interleaved reply, a forward) HTML mail, a message/rfc822
attachment, a Shift_JIS HTML mail and a Shift_JIS HTML document; one ignored
draft under docs/tokyo/drafts/.

Cross-office lines are computed by gen/generate.py from the claims of
mail/archive.mbox (45-day window, quoted claims dated by their reply, sets and
customers excluded, prices only in the same currency and billing unit, JPY 税込
compared as base × 1.1). The archive also holds pairs that look different but
agree (Osaka 50,000円（税抜） vs Tokyo 55,000円（税込） for Meridian Sync; Osaka
4,400円（税込） vs Tokyo 4,000円（税抜） for Meridian Insight) and one pair outside
the window (Meridian Insight dashboards, 49 days apart).

Regenerate: `python3 gen/generate.py` (stdlib only, deterministic). Check:
`python3 ../../shared/eval/score.py --selftest .`
""")


if __name__ == "__main__":
    main()
