#!/usr/bin/env python3
"""Generate evaluation set 44 (Meridian Data) — stdlib only, deterministic.

    python3 gen/generate.py        # (re)writes mail/, docs/, .onevoice.yaml,
                                   # expected.jsonl and README.md beside gen/

Emphasis: proposal documents (HTML with nested tables / rowspan / colspan,
fixed-width plain text, Markdown with footnotes and appendices, Japanese
提案書 / 見積書 with 全角 columns) and the mail that sends or discusses them
(text attachments in base64 and quoted-printable, a forwarded message/rfc822).
Every claim is labelled by hand next to the text that holds it; the script
checks each label's excerpt against the decoded text it writes and derives
the archive repeats and the cross-office cases mechanically (then compares
them with the hand-written list).
"""
import base64, datetime as dt, email, email.policy, email.utils, io, json, os, quopri, random, shutil
import sys, time, unicodedata, zipfile
from email.header import Header

GEN = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(GEN)
DOCS_AS_OF = "2026-11-22"
TB, GB = 10 ** 12, 10 ** 9


def money(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"


class C:
    """One hand label: a claim (product, attribute, value, verdict, excerpt)."""

    def __init__(self, product, attribute, value, verdict, text, quoted=False, office=None):
        self.product, self.attribute, self.value, self.verdict = product, attribute, value, verdict
        self.text, self.quoted, self.office = text, quoted, office


class F:
    """One hand label: a phrase / terminology / unreadable finding."""

    def __init__(self, kind, text, rule=None, product=None, quoted=False):
        self.kind, self.text, self.rule, self.product, self.quoted = kind, text, rule, product, quoted


def S(product, attribute, members, verdicts, text, **kw):
    """A set claim: one label per member named."""
    if isinstance(verdicts, str):
        verdicts = [verdicts] * len(members)
    return [C(product, attribute, m, v, text, **kw) for m, v in zip(members, verdicts)]


def flat(xs):
    out = []
    for x in xs:
        out.extend(x if isinstance(x, list) else [x])
    return out


# =====================================================================================
# MIME helpers (raw bytes, as real mailers write them)
# =====================================================================================
def hdr(text, charset="utf-8"):
    """An unstructured header value, RFC 2047-encoded when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, header_name="Subject").encode(linesep="\r\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def part(ctype, body, cte, extra=()):
    lines = ["Content-Type: " + ctype, "Content-Transfer-Encoding: " + cte] + list(extra)
    return "\n".join(lines) + "\n\n" + body


def multipart(subtype, boundary, parts, preamble=None):
    out = ['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, boundary), ""]
    if preamble:
        out += [preamble, ""]
    for p in parts:
        out += ["--" + boundary, p.rstrip("\n")]
    out += ["--" + boundary + "--", ""]
    return out[0] + "\n\n" + "\n".join(out[2:])


def html_from_text(text, style="outlook"):
    """A plain HTML rendering of a text body (what Outlook / Gmail send as the html part)."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = text.strip("\n").split("\n\n")
    if style == "outlook":
        body = "\n".join('<p class=MsoNormal>%s<o:p></o:p></p>' % "<br>\n".join(esc(l) for l in p.split("\n"))
                         for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0mm; font-size:11.0pt; font-family:"Yu Gothic",sans-serif;} --></style>\n'
                '</head>\n<body lang=JA link="#0563C1">\n<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n' % body)
    body = "\n".join("<div>%s</div><div><br></div>" % "<br>".join(esc(l) for l in p.split("\n")) for p in paras)
    return '<div dir="ltr">%s</div>\n' % body


class Msg:
    def __init__(self, num, date, sender, office, mid, labels, mbox, raw_fn, crlf=True):
        self.num, self.date, self.sender, self.office, self.mid = num, date, sender, office, mid
        self.labels, self.mbox, self.raw_fn, self.crlf = flat(labels), mbox, raw_fn, crlf
        self.file = "mail/%04d.eml" % num

    def raw(self):
        data = self.raw_fn()
        if isinstance(data, bytes):
            return data
        data = data.replace("\r\n", "\n")
        return (data.replace("\n", "\r\n") if self.crlf else data).encode("ascii")


def headers(pairs):
    return "\n".join("%s: %s" % kv for kv in pairs if kv[1] is not None) + "\n"


def date_hdr(d):
    return email.utils.format_datetime(d)


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


JST, BST, GMT, PDT, PST = tz(9), tz(1), tz(0), tz(-7), tz(-8)

# people
SATO = ("佐藤 美咲", "misaki.sato@jp.meridian-data.com")
TAKAHASHI = ("高橋 健", "ken.takahashi@jp.meridian-data.com")
NISHIDA = ("西田 葵", "aoi.nishida@osaka.jp.meridian-data.com")
MORIMOTO = ("森本 翔太", "shota.morimoto@osaka.jp.meridian-data.com")
OLU = ("Olu Brennan", "olu.brennan@uk.meridian-data.com")
PRIYA = ("Priya Achebe", "priya.achebe@uk.meridian-data.com")
DANA = ("Dana Whitaker", "dana.whitaker@meridian-data.com")
JORGE = ("Jorge Ortega", "jorge.ortega@meridian-data.com")
YAMAGUCHI = ("山口 達也", "t.yamaguchi@sakura-seiki.co.jp")
MATSUI = ("松井 由紀", "y.matsui@naniwa-foods.co.jp")
OKADA = ("岡田 真理子", "okada@hokusetsu-mg.or.jp")
KONDO = ("近藤 勇気", "kondo@technobridge.co.jp")
MURAKAMI = ("村上 直樹", "murakami@marufuku-shoji.co.jp")
RACHEL = ("Rachel Dunmore", "r.dunmore@harrowbc.gov.uk")
MARCUS = ("Marcus Hale", "mhale@northwindfreight.com")
TOM = ("Tom Greaves", "tgreaves@ellison-partners.co.uk")
ALICIA = ("Alicia Romero", "aromero@brightlinehealth.org")

MESSAGES = []


def message(num, date, sender, office, mid, labels, mbox=True, crlf=True):
    def deco(fn):
        MESSAGES.append(Msg(num, date, sender, office, mid, labels, mbox, fn, crlf))
        return fn
    return deco


# =====================================================================================
# 0001 — Tokyo, March 2026 (5,000 users is still right), ISO-2022-JP, 7bit
# =====================================================================================
M01_BODY = """株式会社さくら精機
情報システム部　山口 様

いつもお世話になっております。
メリディアン・データ東京支社の佐藤でございます。

先日はお忙しいところ、お打ち合わせのお時間をいただき誠にありがとうございました。
3月5日の打ち合わせでお伺いした内容をもとに、メリディアン シンクの概要をお送りいたします。

・メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
・同製品のストレージは、1ユーザーあたり1TBをご用意しております。
・メリディアン シンクの月額料金は50,000円（税抜）でございます。

貴社の現状（本社および3工場で約1,200名、ファイルサーバー4台）であれば、
1テナントで全社展開が可能と考えております。

次回は3月24日（火）14時より、工場ご担当者様も交えてデモを実施させていただければ幸いです。

何卒よろしくお願い申し上げます。

--
メリディアン・データ株式会社　東京支社　営業第二部
佐藤 美咲（Misaki Sato）
〒100-0005 東京都千代田区丸の内1-9-2 グラントウキョウサウスタワー21F
TEL: 03-5555-0178 / FAX: 03-5555-0179 / 携帯: 080-5555-2741
misaki.sato@jp.meridian-data.com
"""


@message(1, dt.datetime(2026, 3, 12, 10, 4, 55, tzinfo=JST), SATO, "tokyo",
         "20260312100455.7F3A.misaki.sato@jp.meridian-data.com", [
             C(SYNC, "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
             C(SYNC, "storage_per_user", 1 * TB, "ok", "同製品のストレージは、1ユーザーあたり1TBをご用意しております。"),
             C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
               "メリディアン シンクの月額料金は50,000円（税抜）でございます。"),
         ])
def m01():
    h = headers([
        ("Return-Path", "<misaki.sato@jp.meridian-data.com>"),
        ("Date", date_hdr(dt.datetime(2026, 3, 12, 10, 4, 55, tzinfo=JST))),
        ("From", addr(*SATO, charset="iso-2022-jp")),
        ("To", addr(*YAMAGUCHI, charset="iso-2022-jp")),
        ("Subject", hdr("【メリディアン・データ】ファイル共有サービスのご案内", "iso-2022-jp")),
        ("Message-ID", "<20260312100455.7F3A.misaki.sato@jp.meridian-data.com>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=ISO-2022-JP"),
        ("Content-Transfer-Encoding", "7bit"),
        ("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
    ])
    return h + "\n" + M01_BODY.encode("iso-2022-jp").decode("ascii")


# =====================================================================================
# 0002 — Osaka, April 2026, Outlook multipart/alternative, UTF-8 base64
# =====================================================================================
M02_BODY = """なにわ食品株式会社
総務部　松井 様

平素より大変お世話になっております。
メリディアン・データ大阪営業所の西田です。

4月3日にお問い合わせいただいた件につきまして、ご回答いたします。

1. ユーザー数について
2026年4月より、メリディアン・シンクは1テナントあたり最大1万ユーザーまで対応しております。
貴社の約650名様であれば、将来のグループ会社統合後も余裕をもってご利用いただけます。

2. 料金について
メリディアン・シンクの月額料金は55,000円（税込）です。
初年度は初期設定費用（通常150,000円）を無償とさせていただきます。

3. バックアップについて
メリディアン・ボールトを併用いただくと、RPO（目標復旧時点）15分でのバックアップが可能です。
同製品のデータセンターは大阪と東京の2拠点でございます。

4. 端末について
メリディアン・シンクは1ユーザーあたり5台までの端末でご利用いただけます。

ご不明な点がございましたら、お気軽にお問い合わせください。
引き続きよろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　大阪営業所
西田 葵（にしだ あおい）
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー12F
TEL 06-5555-0233（代表）　内線 412
━━━━━━━━━━━━━━━━━━━━━━━━
"""


@message(2, dt.datetime(2026, 4, 8, 16, 31, 7, tzinfo=JST), NISHIDA, "osaka",
         "OS3P286MB0917C2A4E61B0D5F3E8A9C41B7A2@OS3P286MB0917.JPNP286.PROD.OUTLOOK.COM", [
             C(SYNC, "max_users", 10000, "ok",
               "2026年4月より、メリディアン・シンクは1テナントあたり最大1万ユーザーまで対応しております。"),
             C(SYNC, "monthly_price", money(55000, "JPY", "month", "included"), "ok",
               "メリディアン・シンクの月額料金は55,000円（税込）です。"),
             C(VAULT, "rpo", dur(15, "minutes"), "ok",
               "メリディアン・ボールトを併用いただくと、RPO（目標復旧時点）15分でのバックアップが可能です。"),
             S(VAULT, "data_centers", ["Osaka", "Tokyo"], "ok", "同製品のデータセンターは大阪と東京の2拠点でございます。"),
             C(SYNC, "max_devices", 5, "unverified", "メリディアン・シンクは1ユーザーあたり5台までの端末でご利用いただけます。"),
         ])
def m02():
    d = dt.datetime(2026, 4, 8, 16, 31, 7, tzinfo=JST)
    h = headers([
        ("From", addr(*NISHIDA)),
        ("To", addr(*MATSUI)),
        ("Subject", hdr("メリディアン・シンク／ボールトのご案内（なにわ食品様）")),
        ("Thread-Topic", hdr("メリディアン・シンク／ボールトのご案内（なにわ食品様）")),
        ("Thread-Index", "AdzHd1xQm3pT8kGVR0e6F4hJ2w5u9A=="),
        ("Date", date_hdr(d)),
        ("Message-ID", "<OS3P286MB0917C2A4E61B0D5F3E8A9C41B7A2@OS3P286MB0917.JPNP286.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "ja-JP, en-US"),
        ("Content-Language", "ja-JP"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ])
    body = multipart("alternative", "_000_OS3P286MB0917C2A4E61B0D5F3E8A9C41B7A2OS3P286MB0917JPNP_", [
        part('text/plain; charset="utf-8"', b64(M02_BODY.encode("utf-8")), "base64"),
        part('text/html; charset="utf-8"', b64(html_from_text(M02_BODY).encode("utf-8")), "base64"),
    ])
    return h.replace("X-MS-Has-Attach: \n", "X-MS-Has-Attach:\n") + body


# =====================================================================================
# 0003 — London, Sep 2026: SLA 99.95 % (conflict; cross-office with us-hq), QP
# =====================================================================================
M03_BODY = """Dear Rachel,

Thank you again for hosting us at the Civic Centre last Thursday.
From our call on 28 August, I noted three things to come back to you on.

1. Service levels. Meridian Sync carries a 99.95% availability SLA, measured monthly, with service credits if we miss it.

2. Pricing. Meridian Sync is £329 per month for the whole organisation, plus VAT. The price does not depend on headcount, so the figure stays the same as the Council grows. You mentioned about 2,300 staff across six sites.

3. Timeline. We can start a pilot in the Planning and Revenues teams in October, with around 150 people, and move to a wider rollout in January.

I will send the full written proposal by the end of September. In the meantime, our Trust Center summary is at https://trust.meridian-data.com/uk.

Kind regards,

Olu Brennan
Public Sector Account Director
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0381 | M +44 7700 900412
Registered in England and Wales, company no. 09876543. VAT GB 123 4567 89.
"""


@message(3, dt.datetime(2026, 9, 3, 11, 47, 22, tzinfo=BST), OLU, "london",
         "LO2P265MB5311D1B0A3F94C06B7E2AC19D8F4@LO2P265MB5311.GBRP265.PROD.OUTLOOK.COM", [
             C(SYNC, "sla", 99.95, "conflict",
               "Meridian Sync carries a 99.95% availability SLA, measured monthly, with service credits if we miss it."),
             C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
               "Meridian Sync is £329 per month for the whole organisation, plus VAT."),
         ])
def m03():
    d = dt.datetime(2026, 9, 3, 11, 47, 22, tzinfo=BST)
    h = headers([
        ("From", addr(*OLU)),
        ("To", addr(*RACHEL)),
        ("Subject", "Harrow BC - file collaboration: follow-up from 28 August"),
        ("Date", date_hdr(d)),
        ("Message-ID", "<LO2P265MB5311D1B0A3F94C06B7E2AC19D8F4@LO2P265MB5311.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ])
    return h + "\n" + qp(M03_BODY)


# =====================================================================================
# 0004 — US HQ, Sep 2026: SLA 99.9 % (right), Thunderbird 8bit
# =====================================================================================
M04_BODY = """Hi Marcus,

Good talking to you and Priyanka on Friday. Quick answers to the questions from
your list, so you have them before Thursday's steering meeting:

- Uptime: Meridian Sync comes with a 99.9% uptime SLA.
- Backup: Meridian Vault is $20 per TB per month. Its industry-leading 15-minute
  RPO means you lose at most a quarter of an hour of changes.
- Where your data lives: Vault runs in our Oregon and Frankfurt data centers.
- Desktop and mobile: Sync runs on Windows, macOS, iOS and Android.

On licensing: you mentioned 1,850 staff and roughly 40 TB of NAS data. I'll
price both in the proposal.

Talk Thursday,
Dana

--
Dana Whitaker | Account Executive, West
Meridian Data Inc. | 500 Howard Street, Suite 1200, San Francisco, CA 94105
o: +1 (415) 555-0142 | m: +1 (415) 555-0187
"""
M04_LABELS = [
    C(SYNC, "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA."),
    C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "Its industry-leading 15-minute"),
    S(VAULT, "data_centers", ["Oregon", "Frankfurt"], "ok", "Vault runs in our Oregon and Frankfurt data centers."),
    S(SYNC, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
      "Sync runs on Windows, macOS, iOS and Android."),
    F("phrase", "Its industry-leading 15-minute", rule="en.superlative"),
]


@message(4, dt.datetime(2026, 9, 21, 16, 12, 40, tzinfo=PDT), DANA, "us-hq",
         "5b0e7c1a-92d4-4f8e-b1c3-6a2f0d9e4b17@meridian-data.com", M04_LABELS)
def m04():
    d = dt.datetime(2026, 9, 21, 16, 12, 40, tzinfo=PDT)
    h = headers([
        ("Message-ID", "<5b0e7c1a-92d4-4f8e-b1c3-6a2f0d9e4b17@meridian-data.com>"),
        ("Date", date_hdr(d)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US"),
        ("To", addr(*MARCUS)),
        ("From", addr(*DANA)),
        ("Subject", "Meridian Sync + Vault: quick answers before Thursday"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "7bit"),
    ])
    return h + "\n" + M04_BODY


# =====================================================================================
# 0005 — customer (Gmail) replies to 0004, quotes it with "On ... wrote:" + ">"
# =====================================================================================
M05_OWN = """Hi Dana,

Thanks - this was useful for the steering group. Two follow-ups:

1. From the datasheet I read, Meridian Vault keeps backups for 30 days by default, which is too short for our auditors. Does Vault go to a year?

2. We need at least 60 TB of capacity in year one, with room for 100 TB by 2028. Please make sure the proposal covers that.

Also, can we get the pricing before Oct 15? Our budget cut-off is the 20th.

Thanks,
Marcus

Marcus Hale
Director of IT Operations, Northwind Freight Co.
1400 Kietzke Lane, Reno, NV 89502 | (775) 555-0119
"""
M05_ATTR = "On Mon, Sep 21, 2026 at 4:12 PM Dana Whitaker <dana.whitaker@meridian-data.com> wrote:"


def quote_lines(text):
    return "\n".join(">" if not l else "> " + l for l in text.rstrip("\n").split("\n")) + "\n"


def requote(labels, office):
    out = []
    for x in labels:
        if isinstance(x, C):
            out.append(C(x.product, x.attribute, x.value, x.verdict, x.text, quoted=True, office=office))
        else:
            out.append(F(x.kind, x.text, rule=x.rule, product=x.product, quoted=True))
    return out


@message(5, dt.datetime(2026, 10, 2, 8, 55, 3, tzinfo=PDT), MARCUS, "unknown",
         "CAHx9v+Qm2kR7tNw0pLq4eYb8JcU3sFz1dKa6VgXo5WnE-rT7yA@mail.gmail.com", [
             C(VAULT, "retention", dur(30, "days"), "conflict",
               "Meridian Vault keeps backups for 30 days by default, which is too short for our auditors."),
         ] + requote(flat(M04_LABELS), "us-hq"))
def m05():
    d = dt.datetime(2026, 10, 2, 8, 55, 3, tzinfo=PDT)
    text = M05_OWN + "\n" + M05_ATTR + "\n" + quote_lines(M04_BODY)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    html = (html_from_text(M05_OWN, "gmail") + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + esc(M05_ATTR.replace(" wrote:", "")) + ' wrote:<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + html_from_text(M04_BODY, "gmail") + "</blockquote></div>\n")
    h = headers([
        ("MIME-Version", "1.0"),
        ("References", "<5b0e7c1a-92d4-4f8e-b1c3-6a2f0d9e4b17@meridian-data.com>"),
        ("In-Reply-To", "<5b0e7c1a-92d4-4f8e-b1c3-6a2f0d9e4b17@meridian-data.com>"),
        ("From", addr(*MARCUS)),
        ("Date", date_hdr(d)),
        ("Message-ID", "<CAHx9v+Qm2kR7tNw0pLq4eYb8JcU3sFz1dKa6VgXo5WnE-rT7yA@mail.gmail.com>"),
        ("Subject", "Re: Meridian Sync + Vault: quick answers before Thursday"),
        ("To", addr(*DANA)),
        ("Cc", "Priyanka Rao <prao@northwindfreight.com>"),
    ])
    body = multipart("alternative", "000000000000a3c1f2062f4e8d17", [
        part('text/plain; charset="UTF-8"', qp(text), "quoted-printable"),
        part('text/html; charset="UTF-8"', qp(html), "quoted-printable"),
    ])
    return h + body


# =====================================================================================
# 0006 — London sends an outline as a base64 text/markdown attachment
# =====================================================================================
M06_BODY = """Dear Tom,

As promised after Tuesday's session with your finance team, I attach a short outline of the Meridian Insight pilot. The headline figures: Meridian Insight is £25 per user per month (ex VAT), and the pilot starts on the 30-day free trial, so nothing is invoiced until the trial ends.

I have pencilled in 3 November for the kick-off; we would need about 90 minutes with Joanna and two of the practice managers.

Best wishes,
Priya

Priya Achebe
Solutions Consultant, Analytics
Meridian Data Ltd · 30 Finsbury Square · London EC2A 1AG
+44 20 7946 0377 · priya.achebe@uk.meridian-data.com
"""
M06_ATTACH = """# Meridian Insight pilot — outline for Ellison & Partners (v0.9)

Prepared by Priya Achebe, 6 October 2026. Draft for discussion.

## Scope

- Pilot group: twelve fee-earners from Finance and Knowledge Management
- Data: time recording (Aderant) and billing exports, refreshed nightly
- Duration: 30-day free trial, then a decision on a paid pilot

## What Meridian Insight gives you

- Price after the trial: Meridian Insight is £25 per user per month, excluding VAT
- Query latency: Insight returns queries in under 2 seconds at p95 on the firm's data volumes
- Dashboards: Insight allows up to 200 dashboards per workspace
- Connectors for Aderant, iManage and Excel out of the box

## Next steps

1. Kick-off on 3 November (90 minutes)
2. Connector set-up in week 1
3. Read-out to the partners' meeting on 8 December
"""


@message(6, dt.datetime(2026, 10, 6, 14, 20, 11, tzinfo=BST), PRIYA, "london",
         "LO4P265MB6620A9E3C1F07B52D84E1A06C3B9@LO4P265MB6620.GBRP265.PROD.OUTLOOK.COM", [
             C(INSIGHT, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
               "Meridian Insight is £25 per user per month (ex VAT)"),
             C(INSIGHT, "free_trial", dur(30, "days"), "ok", "the pilot starts on the 30-day free trial"),
             C(INSIGHT, "query_latency", dur(2, "seconds"), "ok",
               "Query latency: Insight returns queries in under 2 seconds at p95 on the firm's data volumes"),
             C(INSIGHT, "max_dashboards", 200, "ok", "Dashboards: Insight allows up to 200 dashboards per workspace"),
         ])
def m06():
    d = dt.datetime(2026, 10, 6, 14, 20, 11, tzinfo=BST)
    h = headers([
        ("From", addr(*PRIYA)),
        ("To", addr(*TOM)),
        ("Subject", "Meridian Insight pilot - outline (v0.9)"),
        ("Date", date_hdr(d)),
        ("Message-ID", "<LO4P265MB6620A9E3C1F07B52D84E1A06C3B9@LO4P265MB6620.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
    ])
    body = multipart("mixed", "_004_LO4P265MB6620A9E3C1F07B52D84E1A06C3B9LO4P265MB6620GBRP_", [
        part('text/plain; charset="utf-8"', qp(M06_BODY), "quoted-printable"),
        part('text/markdown; charset="utf-8"; name="Ellison_Insight_pilot_outline_v0.9.md"',
             b64(M06_ATTACH.encode("utf-8")), "base64",
             ['Content-Description: Ellison_Insight_pilot_outline_v0.9.md',
              'Content-Disposition: attachment;\n\tfilename="Ellison_Insight_pilot_outline_v0.9.md"; size=%d'
              % len(M06_ATTACH.encode("utf-8"))]),
    ])
    return h + body


# =====================================================================================
# 0007 — Tokyo sends a draft quote: ISO-2022-JP body + Shift_JIS text attachment
# =====================================================================================
M07_BODY = """株式会社さくら精機
情報システム部　山口 様

いつもお世話になっております。
メリディアン・データの高橋です。佐藤に代わり、本件の見積を担当いたします。

先日のデモでご質問いただいた点を含め、お見積りのドラフトを添付いたします。

■価格
メリディアン シンクの月額料金は50,000円（税抜）、
メリディアン ボールトの容量課金は1TBあたり月額2,800円（税抜）です。

■メリディアン インサイトについて
工場の稼働データ可視化でご関心をいただいたメリディアン インサイトは、2027年1月に一般提供開始の予定です。
それまでは同製品のベータ版で、30日間の無料トライアルをお試しいただけます。

なお、ユーザー数につきましては山口様から伺った1,200名での試算としております。

ご査収のほど、よろしくお願いいたします。

--------------------------------------------------
メリディアン・データ株式会社 東京支社 営業第二部
高橋 健（Ken Takahashi）
〒100-0005 東京都千代田区丸の内1-9-2 グラントウキョウサウスタワー21F
TEL 03-5555-0181 / 携帯 090-5555-6620
--------------------------------------------------
"""
M07_ATTACH = """御見積書（ドラフト）　MD-T-2026-1187
株式会社さくら精機　御中
2026年10月14日

品目                                   数量   単位        単価          金額
メリディアン シンク 月額基本料金          12   ヶ月      50,000       600,000
メリディアン ボールト 容量課金           480   TB・月     2,800     1,344,000
初期設定支援（リモート）                   1   式       150,000       150,000
                                                        小計       2,094,000
                                                    出精値引き       △94,000
                                                    合計(税抜)     2,000,000
                                                   消費税(10%)       200,000
                                                    合計(税込)     2,200,000

※金額はすべて税抜です（合計(税込)欄を除く）。
※有効期限：発行日より45日間
"""
M07_LABELS = [
    C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）、"),
    C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "メリディアン ボールトの容量課金は1TBあたり月額2,800円（税抜）です。"),
    C(INSIGHT, "general_availability", "2027-01", "ok",
      "工場の稼働データ可視化でご関心をいただいたメリディアン インサイトは、2027年1月に一般提供開始の予定です。"),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "それまでは同製品のベータ版で、30日間の無料トライアルをお試しいただけます。"),
]


@message(7, dt.datetime(2026, 10, 14, 18, 2, 36, tzinfo=JST), TAKAHASHI, "tokyo",
         "20261014180236.C1E4.ken.takahashi@jp.meridian-data.com", M07_LABELS)
def m07():
    d = dt.datetime(2026, 10, 14, 18, 2, 36, tzinfo=JST)
    fname = "見積書_MD-T-2026-1187_ドラフト.txt"
    h = headers([
        ("Return-Path", "<ken.takahashi@jp.meridian-data.com>"),
        ("Date", date_hdr(d)),
        ("From", addr(*TAKAHASHI, charset="iso-2022-jp")),
        ("To", addr(*YAMAGUCHI, charset="iso-2022-jp")),
        ("Cc", addr(*SATO, charset="iso-2022-jp")),
        ("Subject", hdr("【お見積り送付】ファイル共有基盤刷新の件（MD-T-2026-1187 ドラフト）", "iso-2022-jp")),
        ("Message-ID", "<20261014180236.C1E4.ken.takahashi@jp.meridian-data.com>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
    ])
    body = multipart("mixed", "------_6A1F0C3B2D4E5F60718293A4_MULTIPART_MIXED_", [
        part("text/plain; charset=ISO-2022-JP", M07_BODY.encode("iso-2022-jp").decode("ascii"), "7bit"),
        part('text/plain; charset=Shift_JIS;\n name="%s"' % Header(fname, "iso-2022-jp").encode(maxlinelen=998),
             b64(M07_ATTACH.encode("shift_jis")), "base64",
             ["Content-Disposition: attachment;\n filename*=%s" % email.utils.encode_rfc2231(fname, "utf-8")]),
    ])
    return h + body


# =====================================================================================
# 0008 — Osaka, Oct 2026: Vault 2,500 JPY/TB (conflict; cross-office with tokyo), No.1
# =====================================================================================
M08_BODY = """北摂メディカルグループ
経営企画室　岡田 様
（CC: テクノブリッジ 近藤様）

いつも大変お世話になっております。
メリディアン・データ大阪営業所の森本でございます。

10月16日の打ち合わせでは、貴重なお時間をいただきありがとうございました。
ご提案内容の要点をお送りいたします。

・メリディアン インサイトは、大阪エリアの医療法人様でNo.1の導入実績がございます。
・メリディアン インサイトのダッシュボードは最大200個まで作成いただけます。
・メリディアン インサイトは30日間の無料トライアルをご用意しております。
・バックアップには、メリディアン・ボールトを1TBあたり月額2,500円（税抜）でご提供いたします。

4病院・11クリニック分のデータ（約2億行）を想定した試算は、11月中旬に提案書としてお届けいたします。

引き続きよろしくお願い申し上げます。

――――――――――――――――――――
メリディアン・データ株式会社　大阪営業所
森本 翔太
TEL 06-5555-0291 / 携帯 090-5555-3382
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー12F
――――――――――――――――――――
"""


@message(8, dt.datetime(2026, 10, 20, 10, 15, 48, tzinfo=JST), MORIMOTO, "osaka",
         "CAN8fK2pT4xQ+Wd1sYh7mRb0vLc3uJe9aGz5nPo6XkE2tF4wq@mail.gmail.com", [
             C(INSIGHT, "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボードは最大200個まで作成いただけます。"),
             C(INSIGHT, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトは30日間の無料トライアルをご用意しております。"),
             C(VAULT, "price_per_tb", money(2500, "JPY", "TB-month", "excluded"), "conflict",
               "バックアップには、メリディアン・ボールトを1TBあたり月額2,500円（税抜）でご提供いたします。"),
             F("phrase", "メリディアン インサイトは、大阪エリアの医療法人様でNo.1の導入実績がございます。", rule="ja.superlative-no1"),
         ])
def m08():
    d = dt.datetime(2026, 10, 20, 10, 15, 48, tzinfo=JST)
    h = headers([
        ("MIME-Version", "1.0"),
        ("From", addr(*MORIMOTO)),
        ("Date", date_hdr(d)),
        ("Message-ID", "<CAN8fK2pT4xQ+Wd1sYh7mRb0vLc3uJe9aGz5nPo6XkE2tF4wq@mail.gmail.com>"),
        ("Subject", hdr("経営ダッシュボードのご提案について（メリディアン インサイト）")),
        ("To", addr(*OKADA)),
        ("Cc", addr(*KONDO)),
        ("Content-Type", 'text/plain; charset="UTF-8"'),
        ("Content-Transfer-Encoding", "base64"),
    ])
    return h + "\n" + b64(M08_BODY.encode("utf-8"))


# =====================================================================================
# 0009 — US HQ, Oct 2026: Insight GA December 2026 (conflict; cross-office), URL with old name
# =====================================================================================
M09_BODY = """Hi Alicia,

Thanks for the time this morning. Recapping the three points we covered:

1) Timing. Meridian Insight goes GA in December 2026. Until then your team stays on the beta workspace; the phase 2 rollout is still planned for February.

2) Pricing. Meridian Insight is $30 per user per month. Your existing Meridian Sync subscription stays as is, and we co-term it with the Insight order.

3) Limits. The Insight API allows 600 requests per minute per workspace, which covers the nightly Clarity loads with plenty of headroom.

If some of your team are still on the old desktop client, the upgrade notes are here:
https://help.meridian-data.com/MeridianFileSync/legacy-client-upgrade

Best,
Jorge

Jorge Ortega
Solutions Engineer, Healthcare
Meridian Data Inc. | 500 Howard Street, Suite 1200, San Francisco, CA 94105
+1 (415) 555-0166
"""


@message(9, dt.datetime(2026, 10, 27, 13, 40, 2, tzinfo=PDT), JORGE, "us-hq",
         "A7C2E1F0-3B94-4D5A-8E6F-1C2B3D4E5F60@meridian-data.com", [
             C(INSIGHT, "general_availability", "2026-12", "conflict", "Meridian Insight goes GA in December 2026."),
             C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month."),
             C(INSIGHT, "api_rate_limit", 600, "unverified", "The Insight API allows 600 requests per minute per workspace"),
         ])
def m09():
    d = dt.datetime(2026, 10, 27, 13, 40, 2, tzinfo=PDT)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    url = "https://help.meridian-data.com/MeridianFileSync/legacy-client-upgrade"
    paras = M09_BODY.strip("\n").split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family: Calibri, sans-serif; font-size: 11pt;">\n'
            + "\n".join("<p>%s</p>" % "<br>\n".join(
                ('<a href="%s">%s</a>' % (url, url) if l == url else esc(l)) for l in p.split("\n")) for p in paras)
            + "\n</body></html>\n")
    h = headers([
        ("From", addr(*JORGE)),
        ("To", addr(*ALICIA)),
        ("Subject", "Insight roadmap + next steps"),
        ("Thread-Topic", "Insight roadmap + next steps"),
        ("Date", date_hdr(d)),
        ("Message-ID", "<A7C2E1F0-3B94-4D5A-8E6F-1C2B3D4E5F60@meridian-data.com>"),
        ("User-Agent", "Microsoft-MacOutlook/16.89.24091630"),
        ("MIME-Version", "1.0"),
    ])
    body = multipart("alternative", "B_3812456402_1940263187", [
        part('text/plain; charset="UTF-8"', qp(M09_BODY), "quoted-printable"),
        part('text/html; charset="UTF-8"', qp(html), "quoted-printable"),
    ], preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                "this format, some or all of this message may not be legible.")
    return h + body


# =====================================================================================
# 0010 — customer (Outlook JP) replies to 0007 under -----元のメッセージ-----
# =====================================================================================
M10_OWN = """メリディアン・データ株式会社
高橋様

お世話になっております。さくら精機の山口です。
お見積りのドラフトをお送りいただきありがとうございました。

社内で確認したところ、いくつか質問が出ましたのでお送りします。

1. 工場の設計部門ではLinux端末を使っておりますが、メリディアン シンクはLinuxでも利用可能でしょうか。
2. 販売代理店のテクノブリッジ様からは、メリディアン シンクはオフライン環境でも編集できると伺っております。この点、正式なご回答をいただけますでしょうか。
3. 当社の要件として、ユーザー数1,500名以上に対応できることが必要です。

11月10日までにご回答いただけますと幸いです。

山口 達也
株式会社さくら精機 情報システム部
〒399-0011 長野県松本市寿北7-12-3
TEL 0263-55-5120（直通）
"""
M10_QHDR = """-----元のメッセージ-----
差出人: 高橋 健 <ken.takahashi@jp.meridian-data.com>
送信日時: 2026年10月14日 18:02
宛先: 山口 達也 <t.yamaguchi@sakura-seiki.co.jp>
CC: 佐藤 美咲 <misaki.sato@jp.meridian-data.com>
件名: 【お見積り送付】ファイル共有基盤刷新の件（MD-T-2026-1187 ドラフト）
"""


@message(10, dt.datetime(2026, 11, 3, 9, 12, 30, tzinfo=JST), YAMAGUCHI, "unknown",
         "TY3P286MB2604F1A7D9C34E0B52A6E8C1D0F3@TY3P286MB2604.JPNP286.PROD.OUTLOOK.COM", [
             C(SYNC, "offline_mode", True, "conflict",
               "販売代理店のテクノブリッジ様からは、メリディアン シンクはオフライン環境でも編集できると伺っております。"),
         ] + requote(M07_LABELS, "tokyo"))
def m10():
    d = dt.datetime(2026, 11, 3, 9, 12, 30, tzinfo=JST)
    text = M10_OWN + "\n" + M10_QHDR + "\n" + M07_BODY
    html = html_from_text(text)
    subj = "RE: 【お見積り送付】ファイル共有基盤刷新の件（MD-T-2026-1187 ドラフト）"
    h = headers([
        ("From", addr(*YAMAGUCHI)),
        ("To", addr(*TAKAHASHI)),
        ("Subject", hdr(subj)),
        ("Thread-Topic", hdr(subj[4:])),
        ("Date", date_hdr(d)),
        ("Message-ID", "<TY3P286MB2604F1A7D9C34E0B52A6E8C1D0F3@TY3P286MB2604.JPNP286.PROD.OUTLOOK.COM>"),
        ("References", "<20261014180236.C1E4.ken.takahashi@jp.meridian-data.com>"),
        ("In-Reply-To", "<20261014180236.C1E4.ken.takahashi@jp.meridian-data.com>"),
        ("Accept-Language", "ja-JP, en-US"),
        ("Content-Language", "ja-JP"),
        ("MIME-Version", "1.0"),
    ])
    body = multipart("alternative", "_000_TY3P286MB2604F1A7D9C34E0B52A6E8C1D0F3TY3P286MB2604JPNP_", [
        part('text/plain; charset="iso-2022-jp"', text.encode("iso-2022-jp").decode("ascii"), "7bit"),
        part('text/html; charset="utf-8"', qp(html), "quoted-printable"),
    ])
    return h + body


# =====================================================================================
# 0011 — London forwards a US HQ note as an attached message/rfc822
# =====================================================================================
M11_BODY = """Dear Tom,

You asked on Friday whether the Insight dates might slip. I've attached the note I had from our US product team this week. In short: Meridian Insight is planned for general availability in January 2027, and nothing in your pilot plan depends on an earlier date.

Best wishes,
Priya

Priya Achebe
Solutions Consultant, Analytics
Meridian Data Ltd · 30 Finsbury Square · London EC2A 1AG
+44 20 7946 0377
"""
M11_INNER_BODY = """Priya,

Confirmed with product management this morning: Meridian Insight becomes generally available in January 2027. Please use "January 2027" with customers; I had told one of my accounts December by mistake and have corrected it.

Meridian Insight query latency stays at up to 2 seconds (p95) for GA.

Jorge
"""


@message(11, dt.datetime(2026, 11, 9, 15, 30, 18, tzinfo=GMT), PRIYA, "london",
         "LO4P265MB66202B7F0E91C3A4D5B6E7F8A9C0@LO4P265MB6620.GBRP265.PROD.OUTLOOK.COM", [
             C(INSIGHT, "general_availability", "2027-01", "ok",
               "In short: Meridian Insight is planned for general availability in January 2027"),
             C(INSIGHT, "general_availability", "2027-01", "ok",
               "Meridian Insight becomes generally available in January 2027.", quoted=True, office="us-hq"),
             C(INSIGHT, "query_latency", dur(2, "seconds"), "ok",
               "Meridian Insight query latency stays at up to 2 seconds (p95) for GA.", quoted=True, office="us-hq"),
         ])
def m11():
    d = dt.datetime(2026, 11, 9, 15, 30, 18, tzinfo=GMT)
    inner = headers([
        ("From", addr(*JORGE)),
        ("To", addr(*PRIYA)),
        ("Subject", "Insight GA date - customer-facing wording"),
        ("Date", date_hdr(dt.datetime(2026, 11, 6, 9, 5, 11, tzinfo=PST))),
        ("Message-ID", "<0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0@meridian-data.com>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="UTF-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]) + "\n" + qp(M11_INNER_BODY)
    h = headers([
        ("From", addr(*PRIYA)),
        ("To", addr(*TOM)),
        ("Subject", "FW: Insight GA date - customer-facing wording"),
        ("Date", date_hdr(d)),
        ("Message-ID", "<LO4P265MB66202B7F0E91C3A4D5B6E7F8A9C0@LO4P265MB6620.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
    ])
    body = multipart("mixed", "_005_LO4P265MB66202B7F0E91C3A4D5B6E7F8A9C0LO4P265MB6620GBRP_", [
        part('text/plain; charset="utf-8"', qp(M11_BODY), "quoted-printable"),
        "Content-Type: message/rfc822\nContent-Disposition: attachment;\n\tfilename=\"Insight GA date - customer-facing wording.eml\"\n\n" + inner,
    ])
    return h + body


# =====================================================================================
# 0012 — US HQ sends a pricing summary as a quoted-printable .txt attachment
# =====================================================================================
M12_BODY = """Hi Marcus,

Attached is the pricing summary that goes with proposal NWF-2026-114 (the full HTML version is in the deal room). Two things changed since your October note:

- Backup capacity is sized at 40 TB for year one, inside the 60 TB you asked for.
- The 12% multi-year discount now applies to the whole order.

On your retention question: Meridian Vault keeps backups for 90 days by default, and longer retention for the finance share is a policy option we price separately.

Everything is covered by a risk-free 60-day exit if the pilot depots are not happy.

Dana

--
Dana Whitaker | Account Executive, West
Meridian Data Inc. | 500 Howard Street, Suite 1200, San Francisco, CA 94105
o: +1 (415) 555-0142 | m: +1 (415) 555-0187
"""
M12_ATTACH = """NORTHWIND FREIGHT CO. — PRICING SUMMARY (proposal NWF-2026-114, 12 Nov 2026)
All amounts in USD, excluding sales tax.

Item                                       Unit price             Qty        Annual
Meridian Sync organization subscription    $399.00 / month          1     $4,788.00
Meridian Vault protected storage           $20.00 / TB / month     40     $9,600.00
                                                            Subtotal    $14,388.00
                                  Multi-year discount (12%, 3 years)    -$1,726.56
                                                       Total, year 1    $12,661.44

Service notes
  Meridian Vault recovery time objective (RTO): 4 hours for a full restore
  Meridian Vault retention: 90 days default
  Payment terms: net 30; quote valid until 31 Dec 2026
"""


@message(12, dt.datetime(2026, 11, 12, 17, 45, 9, tzinfo=PST), DANA, "us-hq",
         "e41d8b2c-6f3a-4c59-9a7e-0b5d1c2e3f48@meridian-data.com", [
             C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
             C(SYNC, "monthly_price", money(399, "USD", "month", "excluded"), "ok",
               "Meridian Sync organization subscription    $399.00 / month"),
             C(VAULT, "price_per_tb", money(20, "USD", "TB-month", "excluded"), "ok",
               "Meridian Vault protected storage           $20.00 / TB / month"),
             C(VAULT, "rto", dur(4, "hours"), "unverified",
               "Meridian Vault recovery time objective (RTO): 4 hours for a full restore"),
             F("phrase", "Everything is covered by a risk-free 60-day exit", rule="en.guarantee"),
         ])
def m12():
    d = dt.datetime(2026, 11, 12, 17, 45, 9, tzinfo=PST)
    h = headers([
        ("Message-ID", "<e41d8b2c-6f3a-4c59-9a7e-0b5d1c2e3f48@meridian-data.com>"),
        ("Date", date_hdr(d)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US"),
        ("To", addr(*MARCUS)),
        ("From", addr(*DANA)),
        ("Subject", "Northwind proposal NWF-2026-114 + pricing summary"),
    ])
    body = multipart("mixed", "------------0A7rJx3Yb9Qk2WmT5sLfHc1D", [
        part("text/plain; charset=UTF-8", M12_BODY, "7bit"),
        part('text/plain; charset=UTF-8; name="NWF-2026-114_pricing-summary.txt"', qp(M12_ATTACH),
             "quoted-printable", ['Content-Disposition: attachment; filename="NWF-2026-114_pricing-summary.txt"']),
    ], preamble="This is a multi-part message in MIME format.")
    return h + body


# =====================================================================================
# 0013 — Osaka, May 2026: 5,000 users after 2026-03-31 (stale), deprecated katakana name
# =====================================================================================
M13_BODY = """丸福商事株式会社
経理部　村上 様

いつもお世話になっております。
メリディアン・データ大阪営業所の西田です。

先週お問い合わせいただいた、メリディアン ファイルシンク（現：メリディアン シンク）の件でご回答いたします。

メリディアン シンクは最大5,000ユーザーまでご利用いただけます。
貴社の約300名様でのご利用にも問題はございません。

また、同製品はISO 27001認証を取得しております。

ご検討のほど、よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　大阪営業所
西田 葵（にしだ あおい）
TEL 06-5555-0233（代表）　内線 412
━━━━━━━━━━━━━━━━━━━━━━━━
"""


@message(13, dt.datetime(2026, 5, 20, 13, 5, 44, tzinfo=JST), NISHIDA, "osaka",
         "20260520130544.9B21.aoi.nishida@osaka.jp.meridian-data.com", [
             C(SYNC, "max_users", 5000, "stale", "メリディアン シンクは最大5,000ユーザーまでご利用いただけます。"),
             C(SYNC, "certifications", "ISO 27001", "ok", "また、同製品はISO 27001認証を取得しております。"),
             F("terminology", "メリディアン ファイルシンク（現：メリディアン シンク）", product=SYNC),
         ], mbox=False, crlf=False)
def m13():
    d = dt.datetime(2026, 5, 20, 13, 5, 44, tzinfo=JST)
    h = headers([
        ("Date", date_hdr(d)),
        ("From", addr(*NISHIDA, charset="iso-2022-jp")),
        ("To", addr(*MURAKAMI, charset="iso-2022-jp")),
        ("Subject", hdr("Re: メリディアン シンクについてのご質問", "iso-2022-jp")),
        ("Message-ID", "<20260520130544.9B21.aoi.nishida@osaka.jp.meridian-data.com>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=ISO-2022-JP"),
        ("Content-Transfer-Encoding", "7bit"),
        ("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
    ])
    return h + "\n" + M13_BODY.encode("iso-2022-jp").decode("ascii")


# =====================================================================================
# 0014 — an Outlook .msg (OLE compound file) saved with an .eml name: unreadable
# =====================================================================================
@message(14, None, None, "unknown", None, [
    F("unreadable", "mail/0014.eml is an Outlook .msg (OLE2 compound file, D0 CF 11 E0 signature), "
                    "not an RFC 5322 message: no headers, no body text"),
], mbox=False)
def m14():
    rnd = random.Random(44)
    head = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900060000000000000000000000")
    return head + rnd.randbytes(8192 - len(head))


# =====================================================================================
# 0015 — London, Nov 2026: interleaved reply; correction of the SLA; a quoted customer claim
# =====================================================================================
M15_TEXT = """Hi Rachel,

Answers inline below. One correction first: Meridian Sync's uptime SLA is 99.9%, not 99.95% as I wrote in September. Apologies for the confusion; the proposal (issue 3) has the right figure.

On 13 Nov 2026, at 16:40, Rachel Dunmore <r.dunmore@harrowbc.gov.uk> wrote:

> Olu,
>
> Three questions from our information governance board:
>
> 1. How long does Meridian Vault keep backups by default?

Meridian Vault keeps backups for 90 days by default; longer retention is a policy setting.

> 2. Where is the data physically held? Our policy prefers UK or EU.

Vault backups for UK customers are held in our Frankfurt data centre, with a second copy in London.

> 3. One of your colleagues told our CIO that Meridian Sync also holds ISO 27017.
> Can you confirm?

Meridian Sync is certified to ISO 27001 and has a SOC 2 Type II report, which we can share under NDA. It does not hold ISO 27017 today.

> Thanks,
> Rachel
>
> Rachel Dunmore
> Head of ICT Procurement, Harrow Borough Council
> Civic Centre, Station Road, Harrow HA1 2XY | 020 8555 0144

Kind regards,
Olu

Olu Brennan
Public Sector Account Director
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0381 | M +44 7700 900412
"""


@message(15, dt.datetime(2026, 11, 16, 10, 22, 51, tzinfo=GMT), OLU, "london",
         "4E7A19C2-D85B-4F03-A6E1-92B0C7D3F458@uk.meridian-data.com", [
             C(SYNC, "sla", 99.9, "ok", "Meridian Sync's uptime SLA is 99.9%, not 99.95% as I wrote in September."),
             C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default;"),
             S(VAULT, "data_centers", ["Frankfurt", "London"], ["ok", "conflict"],
               "Vault backups for UK customers are held in our Frankfurt data centre, with a second copy in London."),
             S(SYNC, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
               "Meridian Sync is certified to ISO 27001 and has a SOC 2 Type II report, which we can share under NDA."),
             C(SYNC, "certifications", "ISO 27017", "conflict",
               "One of your colleagues told our CIO that Meridian Sync also holds ISO 27017.", quoted=True, office="unknown"),
         ])
def m15():
    d = dt.datetime(2026, 11, 16, 10, 22, 51, tzinfo=GMT)
    h = headers([
        ("From", addr(*OLU)),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
        ("Subject", "Re: Harrow BC - information governance questions"),
        ("Date", date_hdr(d)),
        ("In-Reply-To", "<CWLP265MB4471A0B9C8D7E6F5@CWLP265MB4471.GBRP265.PROD.OUTLOOK.COM>"),
        ("References", "<CWLP265MB4471A0B9C8D7E6F5@CWLP265MB4471.GBRP265.PROD.OUTLOOK.COM>"),
        ("To", addr(*RACHEL)),
        ("Message-Id", "<4E7A19C2-D85B-4F03-A6E1-92B0C7D3F458@uk.meridian-data.com>"),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ])
    return h + "\n" + qp(M15_TEXT)


# =====================================================================================
# Documents (judged as of DOCS_AS_OF; office from .onevoice.yaml)
# =====================================================================================
DOCS = []   # (path, bytes or str, encoding, labels)


def doc(path, labels, encoding="utf-8"):
    def deco(fn):
        DOCS.append((path, fn, encoding, flat(labels)))
        return fn
    return deco


# ------------------------------------------------------------------ D1 US HQ, HTML
D1_LABELS = [
    C(SYNC, "max_users", 10000, "ok", "Up to 10,000 named users"),
    C(SYNC, "storage_per_user", 1 * TB, "ok", "1 TB per user"),
    S(SYNC, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "iOS and Android"),
    C(SYNC, "sla", 99.9, "ok", "99.9% monthly uptime SLA"),
    S(SYNC, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "ISO/IEC 27001:2022"),
    C(SYNC, "offline_mode", False, "ok", "Not available; desktop and mobile clients need a network connection"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "recovery point objective of 15 minutes"),
    C(VAULT, "retention", dur(90, "days"), "ok", "keeps backups for 90 days by default"),
    C(VAULT, "sla", 99.95, "ok", "99.95%"),
    C(VAULT, "rto", dur(4, "hours"), "unverified", "4 hours for a full-site restore"),
    S(VAULT, "data_centers", ["Oregon", "Virginia"], ["ok", "conflict"], "Virginia (secondary)"),
    S(VAULT, "encryption", ["AES-256"], "ok", "AES-256, keys managed in a dedicated KMS per tenant"),
    C(VAULT, "max_storage", 500 * TB, "ok", "up to 500 TB"),
    C(SYNC, "monthly_price", money(399, "USD", "month", "excluded"), "ok", "$399.00"),
    C(VAULT, "price_per_tb", money(20, "USD", "TB-month", "excluded"), "ok", "$20.00"),
    F("phrase", "with zero downtime for depot staff", rule="en.guarantee"),
]


@doc("docs/us-hq/northwind-freight_NWF-2026-114.html", D1_LABELS)
def d1():
    return """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northwind Freight Co. | Proposal NWF-2026-114</title>
<style>
  body { font-family: "Helvetica Neue", Arial, sans-serif; color: #1d2433; max-width: 880px; margin: 0 auto; }
  h1 { font-size: 26px; border-bottom: 3px solid #0a5bd3; padding-bottom: 6px; }
  table { border-collapse: collapse; width: 100%; margin: 12px 0 24px; }
  th, td { border: 1px solid #c9d1e0; padding: 6px 8px; vertical-align: top; }
  th { background: #eef3fb; text-align: left; }
  table.inner td { border: none; padding: 2px 6px 2px 0; }
  .toc td.page { text-align: right; width: 40px; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .muted { color: #66708a; font-size: 12px; }
  blockquote.testimonial { border-left: 4px solid #0a5bd3; margin: 12px 0; padding: 4px 14px; font-style: italic; }
</style>
</head>
<body>
<header>
  <img src="cid:meridian-logo" alt="Meridian Data" width="160" height="32">
  <h1>Northwind Freight Co. &mdash; Proposal for secure file collaboration and backup</h1>
  <p class="muted">Prepared by Dana Whitaker, Account Executive &middot; Ref. NWF-2026-114 &middot; November 17, 2026 &middot; Confidential</p>
</header>

<nav>
<h2>Contents</h2>
<table class="toc">
  <tr><td>1. Executive summary</td><td class="page">2</td></tr>
  <tr><td>2. Meridian Sync</td><td class="page">3</td></tr>
  <tr><td>3. Meridian Vault</td><td class="page">5</td></tr>
  <tr><td>4. Pricing schedule</td><td class="page">7</td></tr>
  <tr><td>5. Terms and conditions</td><td class="page">9</td></tr>
</table>
</nav>

<section id="summary">
<h2>1. Executive summary</h2>
<p>Northwind runs 14 depots and about 1,850 office and warehouse staff. Today, files sit on three NAS appliances in Reno, and tapes are kept off-site for 30 days.</p>
<p>This proposal replaces both with two managed services, rolled out depot by depot between January and April 2027.</p>
<!-- onevoice-disable en.superlative -->
<blockquote class="testimonial">&ldquo;The best backup service on the market for a fleet our size.&rdquo; &mdash; Operations Director, Kestrel Haulage (customer since 2023)</blockquote>
<!-- onevoice-enable -->
</section>

<section id="sync">
<h2>2. Meridian Sync</h2>
<p>Meridian Sync gives every Northwind employee one place to store and share files, on the desktop and on the phone. Our migration team moves the existing NAS shares into Meridian Sync over three weekends with zero downtime for depot staff.</p>
<table class="spec">
  <tr><th style="width:32%">Capability</th><th>What you get</th></tr>
  <tr><td>Users per organization</td><td>Up to 10,000 named users</td></tr>
  <tr><td>Storage</td><td>1 TB per user</td></tr>
  <tr><td>Supported platforms</td><td>Windows<br>macOS<br>iOS and Android</td></tr>
  <tr><td>Availability</td><td>99.9% monthly uptime SLA</td></tr>
  <tr><td>Security certifications</td>
      <td><table class="inner">
            <tr><td>ISO/IEC 27001:2022</td><td>certified</td></tr>
            <tr><td>SOC 2 Type II</td><td>audited annually; report available under NDA</td></tr>
          </table></td></tr>
  <tr><td>Offline mode</td><td>Not available; desktop and mobile clients need a network connection</td></tr>
</table>
</section>

<section id="vault">
<h2>3. Meridian Vault</h2>
<p>Meridian Vault replaces the weekly tape rotation: it backs up continuously with a recovery point objective of 15 minutes, and keeps backups for 90 days by default.</p>
<table class="grid">
  <caption>Meridian Vault service parameters</caption>
  <thead><tr><th>Area</th><th>Parameter</th><th>Value</th></tr></thead>
  <tbody>
  <tr><td rowspan="2">Resilience</td><td>Availability SLA</td><td class="num">99.95%</td></tr>
  <tr><td>Recovery time objective (RTO)</td><td>4 hours for a full-site restore</td></tr>
  <tr><td rowspan="2">Hosting</td><td>Data centers</td><td>Oregon (primary)<br>Virginia (secondary)</td></tr>
  <tr><td>Encryption at rest</td><td>AES-256, keys managed in a dedicated KMS per tenant</td></tr>
  <tr><td>Capacity</td><td>Storage per tenant</td><td>up to 500 TB</td></tr>
  </tbody>
</table>
</section>

<section id="pricing">
<h2>4. Pricing schedule</h2>
<table class="pricing">
  <caption>Recurring charges (USD, excluding applicable sales tax)</caption>
  <thead>
  <tr><th rowspan="2">Item</th><th colspan="2">Unit price</th><th rowspan="2">Qty</th><th rowspan="2">Annual (USD)</th></tr>
  <tr><th>Amount</th><th>Billing unit</th></tr>
  </thead>
  <tbody>
  <tr><td>Meridian Sync &mdash; organization subscription</td><td class="num">$399.00</td><td>per month</td><td class="num">1</td><td class="num">4,788.00</td></tr>
  <tr><td>Meridian Vault &mdash; protected storage</td><td class="num">$20.00</td><td>per TB per month</td><td class="num">40</td><td class="num">9,600.00</td></tr>
  <tr><td colspan="4">Less: multi-year commitment discount (12%, this agreement only)</td><td class="num">(1,726.56)</td></tr>
  <tr class="total"><td colspan="4"><strong>Total, year 1</strong></td><td class="num"><strong>12,661.44</strong></td></tr>
  </tbody>
</table>
</section>

<section id="terms">
<h2>5. Terms and conditions</h2>
<ol class="terms">
  <li>5.1 Term. The initial term is 36 months from the Effective Date and renews for successive 12-month periods unless either party gives 60 days' written notice.</li>
  <li>5.2 Payment. Invoices are payable net 30. Overdue amounts accrue interest at 1.5% per month or the maximum rate permitted by law, whichever is lower.</li>
  <li>5.3 Liability. Either party's aggregate liability is capped at the fees paid in the 12 months preceding the claim, and in no event exceeds $250,000.</li>
  <li>5.4 Service credits. Credits under the Meridian Cloud Services SLA are the sole remedy for availability shortfalls: 10% of the monthly fee below 99.9%, 25% below 99.0%.</li>
  <li>5.5 Termination. Either party may terminate for material breach not cured within 30 days of notice.</li>
</ol>
</section>

<footer class="muted">Meridian Data Inc. &middot; 500 Howard Street, Suite 1200, San Francisco, CA 94105 &middot; +1 (415) 555-0142 &middot; This proposal is valid for 30 days.</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ draft (ignored by .onevoice.yaml)
@doc("docs/us-hq/drafts/northwind-freight_v0.html", [])
def d1_draft():
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>DRAFT v0 - Northwind</title></head>
<body>
<p><b>DRAFT - do not send.</b> Notes from discovery call, Sept 19.</p>
<ul>
  <li>Meridian Sync runs on Linux too? (check with PM before we say this)</li>
  <li>Meridian Vault - unlimited storage on the enterprise tier??</li>
  <li>Meridian FileSync legacy clients at Kestrel (reference account)</li>
</ul>
</body></html>
"""


# ------------------------------------------------------------------ D3 London, fixed-width plain text
D3_LABELS = [
    C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users in one organisation."),
    C(SYNC, "storage_per_user", 1 * TB, "ok", "Storage per user            1 TB"),
    C(SYNC, "sla", 99.9, "ok", "Uptime SLA                  99.9 % per calendar month"),
    S(SYNC, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
      "Platforms                   Windows, macOS, iOS, Android"),
    S(SYNC, "certifications", ["ISO 27001", "SOC 2 Type II", "Cyber Essentials Plus"], ["ok", "ok", "conflict"],
      "Certifications              ISO 27001, SOC 2 Type II, Cyber Essentials Plus"),
    C(SYNC, "offline_mode", True, "conflict", "Offline working             Yes - files marked \"keep on device\""),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "continuously, with a recovery point objective of 15 minutes."),
    C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default;"),
    S(VAULT, "data_centers", ["Frankfurt", "London"], ["ok", "conflict"],
      "are held in our Frankfurt data centre, with a replica in London."),
    C(VAULT, "max_storage", 500 * TB, "ok", "A single Meridian Vault tenant holds up to 500 TB."),
    C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
      "Meridian Sync organisation licence       329.00   per month"),
    C(VAULT, "price_per_tb", money(18, "GBP", "TB-month", "excluded"), "conflict",
      "Meridian Vault protected storage          18.00   per TB/month"),
]


@doc("docs/london/harrow-bc_HBC-0923_issue3.txt", D3_LABELS)
def d3():
    return """MERIDIAN DATA LTD
London office - 30 Finsbury Square, London EC2A 1AG - +44 20 7946 0381
Registered in England & Wales No. 09876543 - VAT GB 123 4567 89

==============================================================================
PROPOSAL HBC-0923
File collaboration and backup for Harrow Borough Council
Issue 3 - 12 November 2026
==============================================================================

REVISION HISTORY

  Rev  Date        Author       Change
  ---  ----------  -----------  ---------------------------------------------
  1    02/10/2026  O. Brennan   First issue
  2    21/10/2026  O. Brennan   Pricing updated after workshop of 16/10/2026
  3    12/11/2026  P. Achebe    Section 6 aligned with G-Cloud 14 call-off

CONTENTS

  1  Background ..................................................  2
  2  Meridian Sync ...............................................  3
  3  Meridian Vault ..............................................  5
  4  Pricing schedule ............................................  7
  5  Implementation plan .........................................  8
  6  Terms .......................................................  9


1  BACKGROUND

The Council employs roughly 2,300 staff across 6 sites and holds about 180 TB
of file data on premises, growing at around 8% a year. Two of the four file
servers reach end of support in March 2027.


2  MERIDIAN SYNC

Meridian Sync supports up to 10,000 users in one organisation. The Council's
staff therefore fit in a single tenant, with room for the schools' admin
teams later.

  Feature                     Meridian Sync
  --------------------------  --------------------------------------------
  Storage per user            1 TB
  Uptime SLA                  99.9 % per calendar month
  Platforms                   Windows, macOS, iOS, Android
  Certifications              ISO 27001, SOC 2 Type II, Cyber Essentials Plus
  Offline working             Yes - files marked "keep on device" open
                              without a connection
  Data residency              See section 3 (backups)


3  MERIDIAN VAULT

Meridian Vault backs up the Council's file shares and Microsoft 365 mailboxes
continuously, with a recovery point objective of 15 minutes.
Meridian Vault keeps backups for 90 days by default; longer retention is set
by policy.

Meridian Vault backups for UK public-sector customers
are held in our Frankfurt data centre, with a replica in London.

A single Meridian Vault tenant holds up to 500 TB. The Council's current
180 TB therefore fits with room to grow.


4  PRICING SCHEDULE

All prices in GBP and exclusive of VAT at the prevailing rate.

  Item                                  Unit price  Basis            Qty  Annual (GBP)
  ------------------------------------  ----------  ---------------  ---  ------------
  Meridian Sync organisation licence       329.00   per month         12      3,948.00
  Meridian Vault protected storage          18.00   per TB/month     180     38,880.00
  Onboarding workshop (2 days)           2,400.00   once               1      2,400.00
  ------------------------------------  ----------  ---------------  ---  ------------
  Total, year 1                                                              45,228.00


5  IMPLEMENTATION PLAN

  Weeks 1-2    Discovery and tenant set-up
  Weeks 3-6    Pilot in Planning and Revenues (about 150 staff)
  Weeks 7-10   Wider rollout, site by site
  Week 11      Decommissioning plan for the two oldest file servers


6  TERMS

  6.1  This proposal is valid for 60 days from the date of issue.
  6.2  Invoices are payable within 30 days of receipt. Late payment interest
       accrues at 8% above the Bank of England base rate under the Late
       Payment of Commercial Debts (Interest) Act 1998.
  6.3  Either party may terminate on 90 days' written notice after the first
       24 months.
  6.4  Total liability under this agreement is limited to 125% of the charges
       paid in the preceding 12 months.
  6.5  Availability credits follow the Meridian Cloud Services SLA,
       Schedule A.

Prepared by: Olu Brennan, Public Sector Account Director
             +44 7700 900412 - olu.brennan@uk.meridian-data.com
"""


# ------------------------------------------------------------------ D4 London, Markdown with footnotes
D4_LABELS = [
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "The first 30 days of the pilot run on Meridian Insight's free trial."),
    C(INSIGHT, "general_availability", "2027-01", "ok",
      "Meridian Insight is in beta today and becomes generally available in January 2027."),
    C(INSIGHT, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace,"),
    C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Insight queries return in under 2 seconds at p95"),
    C(INSIGHT, "integrations", 60, "unverified", "Insight ships with 60+ pre-built connectors"),
    C(INSIGHT, "sla", 99.9, "unverified", "Meridian Insight will carry a 99.9% availability SLA from general availability."),
    C(INSIGHT, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "| £25.00 | per user per month |"),
    C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "| £16.00 | per TB per month |"),
    C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "office-variant",
      "Meridian Insight is $30 per user per month, invoiced by Meridian Data Inc."),
    S(INSIGHT, "encryption", ["AES-256"], "unverified", "Meridian Insight encrypts workspace data at rest with AES-256"),
    S(INSIGHT, "data_centers", ["Frankfurt"], "unverified", "workspaces for UK customers are hosted in our Frankfurt region"),
]


@doc("docs/london/ellison-partners_insight-pilot_v1.0.md", D4_LABELS)
def d4():
    return """# Ellison & Partners LLP: Meridian Insight pilot proposal

*Prepared by Priya Achebe, Meridian Data Ltd (London) · 19 November 2026 · Ref. EP-INS-07 · v1.0*

## Contents

1. [Summary](#1-summary)
2. [What the pilot covers](#2-what-the-pilot-covers)
3. [Pricing schedule](#3-pricing-schedule)
4. [Terms](#4-terms)
5. [New York office](#5-new-york-office)
- [Appendix A: Security](#appendix-a-security)
- [Appendix B: Revision history](#appendix-b-revision-history)

## 1. Summary

Ellison & Partners wants matter-profitability dashboards for its 42 partners without another on-premises BI server. Meridian Insight is the industry-leading[^1] way to get there.

The first 30 days of the pilot run on Meridian Insight's free trial. Meridian Insight is in beta today and becomes generally available in January 2027.[^2]

## 2. What the pilot covers

- Meridian Insight supports up to 200 dashboards per workspace, comfortably above what the finance team has sketched so far.
- Insight queries return in under 2 seconds at p95, measured on a 100-million-row workspace.
- Insight ships with 60+ pre-built connectors, including Aderant, iManage and Excel.
- Meridian Insight will carry a 99.9% availability SLA from general availability.

## 3. Pricing schedule

Table 1: Pilot pricing (GBP, excluding VAT)

| Item | Unit price | Basis | Pilot qty | Pilot cost, Dec to Feb |
|------|-----------:|-------|----------:|-----------------------:|
| Meridian Insight named user | £25.00 | per user per month | 12 | £900.00 |
| Meridian Vault backup of workspace exports | £16.00 | per TB per month | 2 | £96.00 |
| **Pilot total** | | | | **£996.00** |

## 4. Terms

1. Pilot licences are billed monthly in arrears; invoices are due within 30 days.
2. Either party may end the pilot on 14 days' notice.
3. Fees for the pilot are capped at £1,500 excluding VAT.
4. This proposal is valid until 31 December 2026.

## 5. New York office

For the firm's New York office, Meridian Insight is $30 per user per month, invoiced by Meridian Data Inc.

## Appendix A: Security

Meridian Insight encrypts workspace data at rest with AES-256, and workspaces for UK customers are hosted in our Frankfurt region.

## Appendix B: Revision history

| Version | Date | Notes |
|---------|------|-------|
| 0.9 | 6 Oct 2026 | Outline sent to Tom Greaves |
| 1.0 | 19 Nov 2026 | Issued after the 3 November kick-off (90 minutes) |

[^1]: Source: Halden Research, *Mid-market BI Benchmark*, September 2026 (query speed category).
[^2]: Dates are Meridian's current plan and may move; see the roadmap briefing of 3 November 2026.
"""


# ------------------------------------------------------------------ unreadable: a truncated .docx saved as .md
UNREADABLE_DOC_WHY = ("docs/london/appendix-c_rate-card.md is not text: a truncated ZIP (Word .docx) "
                      "saved with an .md name; no central directory, nothing can be decoded")


@doc("docs/london/appendix-c_rate-card.md", [F("unreadable", UNREADABLE_DOC_WHY)])
def d_unreadable():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in [
            ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns='
                                    '"http://schemas.openxmlformats.org/package/2006/content-types"/>'),
            ("word/document.xml", "<w:document>" + "".join(
                "<w:p><w:r><w:t>Appendix C rate card line %d</w:t></w:r></w:p>" % i for i in range(400))
             + "</w:document>"),
        ]:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 3, 9, 0, 0)), body, compress_type=zipfile.ZIP_DEFLATED)
    data = buf.getvalue()
    return data[: len(data) * 3 // 5]


# ------------------------------------------------------------------ D5 Tokyo, Japanese Markdown 提案書
D5_LABELS = [
    C(SYNC, "max_users", 10000, "ok", "1テナントあたり最大1万ユーザー"),
    C(SYNC, "storage_per_user", 1 * TB, "ok", "1ユーザーあたり1TB"),
    C(SYNC, "sla", 99.9, "ok", "99.9％（月間）"),
    S(SYNC, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "Windows／Mac／iPhone・iPad／Android"),
    S(SYNC, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "ISO/IEC 27001、SOC 2 Type II"),
    C(SYNC, "offline_mode", False, "ok", "不可（常時ネットワーク接続が必要です）"),
    C(SYNC, "ui_languages", 12, "unverified", "同製品の管理コンソールは、日本語・英語を含む12言語に対応しています。"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "RPO（目標復旧時点）は最大15分です。"),
    S(VAULT, "data_centers", ["Tokyo", "Osaka"], "ok", "同製品のバックアップデータは東京・大阪の国内データセンターに二重保管され"),
    C(VAULT, "retention", dur(90, "days"), "ok", "標準の保持期間は90日間です。"),
    S(VAULT, "encryption", ["AES-256"], "ok", "同製品の保存データはAES-256で暗号化されます。"),
    C(VAULT, "sla", 99.99, "conflict", "同製品の稼働率SLAは99.99％です。"),
    C(VAULT, "rto", dur(2, "hours"), "unverified", "同製品の障害時の目標復旧時間（RTO）は2時間以内です。"),
    C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円／月 | 税抜 |"),
    C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "| メリディアン ボールト 容量課金 | 3,080円／TB・月 | 税込 |"),
    C(SYNC, "monthly_price", money(399, "USD", "month"), "office-variant",
      "※貴社米国子会社でのご契約の場合、メリディアン シンクの月額料金は399米ドルとなります。"),
    F("phrase", "導入いただければ、ファイルを探す時間は必ず削減できます。", rule="ja.absolute"),
]


@doc("docs/tokyo/提案書_さくら精機_ファイル共有基盤刷新.md", D5_LABELS)
def d5():
    return """# 株式会社さくら精機 御中
## ファイル共有基盤刷新のご提案

2026年11月10日
メリディアン・データ株式会社 東京支社 営業第二部
〒100-0005 東京都千代田区丸の内1-9-2 グラントウキョウサウスタワー21F　TEL 03-5555-0178

---

### 目次

1. 現状の課題 …… 2
2. メリディアン シンクのご紹介 …… 3
3. メリディアン ボールトによるバックアップ …… 5
4. お見積り概要 …… 6
5. 導入スケジュール …… 7

---

### 1. 現状の課題

貴社では現在、本社および3工場の計約1,200名がファイルサーバー4台を利用されており、容量は合計38TBに達しています。
バックアップは週1回のテープ取得のみで、直近1年間に2件のファイル消失事故が発生しています。

### 2. メリディアン シンクのご紹介

メリディアン シンクは国内No.1※のクラウドファイル共有サービスです。導入いただければ、ファイルを探す時間は必ず削減できます。

※2026年6月 東京リサーチ調べ（法人向けクラウドファイル共有市場、売上高ベース）

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | 1テナントあたり最大1万ユーザー |
| ストレージ容量 | 1ユーザーあたり1TB |
| 稼働率SLA | 99.9％（月間） |
| 対応OS | Windows／Mac／iPhone・iPad／Android |
| 第三者認証 | ISO/IEC 27001、SOC 2 Type II |
| オフライン利用 | 不可（常時ネットワーク接続が必要です） |

> **備考**　同製品の管理コンソールは、日本語・英語を含む12言語に対応しています。

### 3. メリディアン ボールトによるバックアップ

メリディアン ボールトは、貴社の工場系ファイルサーバーを継続的にバックアップし、RPO（目標復旧時点）は最大15分です。
同製品のバックアップデータは東京・大阪の国内データセンターに二重保管され、標準の保持期間は90日間です。
同製品の保存データはAES-256で暗号化されます。
同製品の稼働率SLAは99.99％です。
同製品の障害時の目標復旧時間（RTO）は2時間以内です。

### 4. お見積り概要

詳細は別紙見積書（MD-T-2026-1187）をご参照ください。

| 品目 | 単価 | 備考 |
|---|---|---|
| メリディアン シンク 月額基本料金 | 50,000円／月 | 税抜 |
| メリディアン ボールト 容量課金 | 3,080円／TB・月 | 税込 |

**注記**
- 年間契約の場合、初年度に限り月額基本料金を10％お値引きいたします（本件限り）。
- ※貴社米国子会社でのご契約の場合、メリディアン シンクの月額料金は399米ドルとなります。
- ※お支払条件：月末締め翌月末払い。

### 5. 導入スケジュール

| フェーズ | 期間 | 内容 |
|---|---|---|
| 1 | 2026年12月 | 本社200名でパイロット |
| 2 | 2027年1月〜2月 | 3工場へ展開（約1,000名） |
| 3 | 2027年3月 | 旧ファイルサーバー4台の撤去 |

以上
"""


# ------------------------------------------------------------------ D6 Tokyo, 全角 見積書 in Shift_JIS (CP932)
D6_LABELS = [
    C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンク　月額基本料金"),
    C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールト　容量課金"),
    C(SYNC, "max_users", 5000, "stale", "５．メリディアン シンクの最大ユーザー数は１テナントあたり５，０００名です。"),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "６．ご希望により、メリディアン インサイトの３０日間無料トライアルをご利用いただけます。"),
]


@doc("docs/tokyo/見積書_MD-T-2026-1187.txt", D6_LABELS, encoding="cp932")
def d6():
    return """　　　　　　　　　　　　　　　　　御　見　積　書

株式会社さくら精機　御中　　　　　　　　　　　　見積番号：ＭＤ－Ｔ－２０２６－１１８７
　　　　　　　　　　　　　　　　　　　　　　　　発行日　：２０２６年１１月１０日
　　　　　　　　　　　　　　　　　　　　　　　　有効期限：２０２６年１２月２５日

件名：ファイル共有基盤刷新（メリディアン シンク／メリディアン ボールト）

下記のとおりお見積り申し上げます。

　　御見積金額合計　　￥２，２００，０００－（税込）

────────────────────────────────────────
Ｎｏ．品名　　　　　　　　　　　　　　　数量　単位　　　　単価　　　　　金額
────────────────────────────────────────
１　　メリディアン シンク　月額基本料金　　１２　ヶ月　　５０，０００　　６００，０００
２　　メリディアン ボールト　容量課金　　４８０　ＴＢ・月　２，８００　１，３４４，０００
３　　初期設定支援（リモート）　　　　　　　１　式　　１５０，０００　　１５０，０００
────────────────────────────────────────
　　　　　　　　　　　　　　　　　　　　　　　　　　　　小計　２，０９４，０００
　　　　　　　　　　　　　　　　　　　　　　　　　　出精値引き　　△９４，０００
　　　　　　　　　　　　　　　　　　　　　　　　　　合計（税抜）２，０００，０００
　　　　　　　　　　　　　　　　　　　　　　　　　消費税（１０％）　２００，０００
　　　　　　　　　　　　　　　　　　　　　　　　　　合計（税込）２，２００，０００

【備考】
１．上記単価・金額はすべて税抜です。消費税（１０％）は合計欄にて別途加算しております。
２．メリディアン ボールトの容量課金は、月末時点の保存容量（ＴＢ単位、小数点以下切り上げ）に基づき算定いたします。
３．お支払条件：月末締め翌月末払い（銀行振込、振込手数料は貴社ご負担）
４．本見積の有効期限は発行日より４５日間です。
５．メリディアン シンクの最大ユーザー数は１テナントあたり５，０００名です。
６．ご希望により、メリディアン インサイトの３０日間無料トライアルをご利用いただけます。

メリディアン・データ株式会社　東京支社
〒１００－０００５　東京都千代田区丸の内１－９－２　ＴＥＬ ０３－５５５５－０１７８
担当：高橋 健
"""


# ------------------------------------------------------------------ D7 Osaka, Japanese HTML with rowspan / colspan
D7_LABELS = [
    C(SYNC, "sla", 99.9, "ok", "99.9％"),
    C(VAULT, "sla", 99.95, "ok", "99.95％"),
    S(VAULT, "data_centers", ["Osaka", "Tokyo"], "ok", "大阪"),
    S(SYNC, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "ISO/IEC 27001・SOC 2 Type II（両製品共通）"),
    S(VAULT, "certifications", ["ISO 27001", "SOC 2 Type II"], "unverified", "ISO/IEC 27001・SOC 2 Type II（両製品共通）"),
    S(VAULT, "encryption", ["AES-256"], "ok", "AES-256"),
    C(SYNC, "offline_mode", True, "conflict", "可能（一部機能）"),
    C(SYNC, "storage_per_user", 1 * TB, "ok", "1TB"),
    C(VAULT, "max_storage", 10 ** 15, "conflict", "1PB"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "15分／90日間"),
    C(VAULT, "retention", dur(90, "days"), "ok", "15分／90日間"),
    C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン・シンク 基本料金"),
    C(VAULT, "price_per_tb", money(2500, "JPY", "TB-month", "excluded"), "conflict", "メリディアン・ボールト 容量課金"),
    F("phrase", "業界最安クラスの料金でご提供いたします。", rule="ja.cheapest"),
]


@doc("docs/osaka/提案書_なにわ食品_データ保護.html", D7_LABELS)
def d7():
    return """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>なにわ食品株式会社様 データ保護・ファイル共有 ご提案書</title>
<style>
body{font-family:"Hiragino Kaku Gothic ProN","Meiryo",sans-serif;font-size:14px;line-height:1.7}
table.spec,table.quote{border-collapse:collapse;margin:8px 0 20px}
table.spec th,table.spec td,table.quote th,table.quote td{border:1px solid #999;padding:4px 10px}
table.spec thead th{background:#dfe8f5}
td.cat{background:#f4f4f4;font-weight:bold;text-align:center}
td.yen{text-align:right}
tr.total td{font-weight:bold;border-top:2px solid #333}
span.note{font-size:11px;color:#555}
.footer{font-size:11px;color:#666;border-top:1px solid #ccc;margin-top:30px}
</style>
</head>
<body>
<h1>なにわ食品株式会社様　ご提案書</h1>
<p class="sub">メリディアン・データ株式会社 大阪営業所｜〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー12F｜TEL 06-5555-0233</p>

<h2>ご提案の概要</h2>
<p>貴社の受発注システムおよび各拠点（本社・2工場・5営業所）のファイルを、メリディアン・ボールトとメリディアン・シンクで保護・共有いたします。</p>

<table class="spec">
<caption>製品仕様比較</caption>
<thead>
<tr><th>区分</th><th>項目</th><th>メリディアン・シンク</th><th>メリディアン・ボールト</th></tr>
</thead>
<tbody>
<tr><td class="cat" rowspan="2">可用性</td><td>SLA（月間稼働率）</td><td>99.9％</td><td>99.95％</td></tr>
<tr><td>データセンター</td><td>―</td><td>大阪<br>東京</td></tr>
<tr><td class="cat" rowspan="3">セキュリティ</td><td>第三者認証</td><td colspan="2">ISO/IEC 27001・SOC 2 Type II（両製品共通）</td></tr>
<tr><td>暗号化</td><td>―</td><td>AES-256</td></tr>
<tr><td>オフライン利用</td><td>可能（一部機能）</td><td>―</td></tr>
<tr><td class="cat" rowspan="2">容量</td><td>1ユーザーあたり容量</td><td>1TB</td><td>―</td></tr>
<tr><td>1テナントあたり上限</td><td>―</td><td>1PB</td></tr>
<tr><td class="cat">バックアップ</td><td>RPO／保持期間</td><td>―</td><td>15分／90日間</td></tr>
</tbody>
</table>

<h2>お見積り</h2>
<table class="quote">
<caption>月額費用（金額はすべて税抜）</caption>
<tr><th>品目</th><th>単価</th><th>数量</th><th>小計</th></tr>
<tr><td>メリディアン・シンク 基本料金</td><td class="yen">50,000円</td><td class="yen">1</td><td class="yen">50,000円</td></tr>
<tr><td>メリディアン・ボールト 容量課金<br><span class="note">（1TBあたり）</span></td><td class="yen">2,500円</td><td class="yen">25</td><td class="yen">62,500円</td></tr>
<tr class="total"><td colspan="3">合計（税抜）</td><td class="yen">112,500円</td></tr>
</table>

<h2>補足事項</h2>
<ul>
<li>業界最安クラスの料金でご提供いたします。</li>
<li>契約期間は12か月、以降1年ごとの自動更新です。解約の際は3か月前までにご通知ください。</li>
<li>初期設定作業（2営業日）は無償で実施いたします。</li>
</ul>

<p class="footer">提案書番号 OSK-2026-0412｜2026年11月6日｜本提案書の有効期限：発行日より30日間</p>
</body>
</html>
"""


# ------------------------------------------------------------------ D8 Osaka, plain-text 提案書 with 改訂履歴 / 注記
D8_LABELS = [
    C(INSIGHT, "general_availability", "2027-01", "ok",
      "メリディアン インサイトは2027年1月に一般提供を開始いたします（現在はベータ版としてご利用いただけます）。"),
    C(INSIGHT, "max_dashboards", 200, "ok", "同製品のダッシュボードは最大200個まで作成でき、病院別・診療科別の画面を自由に構成できます。"),
    C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "同製品は、1億行規模のデータでもクエリ応答時間は1秒未満です。"),
    C(INSIGHT, "integrations", 30, "unverified", "同製品は、電子カルテ・医事会計システムなど30種類以上のデータソースと連携できます。"),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "同製品には30日間の無料トライアルをご用意しております。"),
    C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "4,000円／ユーザー・月"),
    C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "2,800円／TB・月"),
    C(INSIGHT, "sla", 99.5, "unverified", "メリディアン インサイトの稼働率SLAは、一般提供開始後99.5％を予定しております"),
]


@doc("docs/osaka/提案書_北摂メディカル_経営ダッシュボード.txt", D8_LABELS)
def d8():
    return """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　北摂メディカルグループ様　経営ダッシュボード導入のご提案
　（メリディアン インサイト）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
提出日：2026年11月18日　　提出者：メリディアン・データ株式会社 大阪営業所　森本 翔太

■改訂履歴
　版　　日付　　　　　　　内容
　1.0　 2026年10月28日　初版
　1.1　 2026年11月18日　第3章の価格を2026年度価格表（PL-JP-2026-04）に合わせて修正

■1．ご提案の背景
北摂メディカルグループ様では、4病院・11クリニックの経営指標をExcelで月次集計されており、集計作業に毎月約120時間を要しています。
本提案では、これを日次で自動更新されるダッシュボードに置き換えます。

■2．メリディアン インサイトの特長
・メリディアン インサイトは2027年1月に一般提供を開始いたします（現在はベータ版としてご利用いただけます）。
・同製品のダッシュボードは最大200個まで作成でき、病院別・診療科別の画面を自由に構成できます。
・同製品は、1億行規模のデータでもクエリ応答時間は1秒未満です。
・同製品は、電子カルテ・医事会計システムなど30種類以上のデータソースと連携できます。
・同製品には30日間の無料トライアルをご用意しております。

■3．お見積り（月額）
　品目　　　　　　　　　　　　単価（税抜）　　　　　　数量　　小計（税抜）
　メリディアン インサイト　　　4,000円／ユーザー・月　　　60　　240,000円
　メリディアン ボールト　　　　2,800円／TB・月　　　　　 10　　 28,000円
　合計　　　　　　　　　　　　　　　　　　　　　　　　　　　　268,000円

■4．注記
※1　本提案書記載の価格は2026年11月時点のものです。
※2　メリディアン インサイトの稼働率SLAは、一般提供開始後99.5％を予定しております（ベータ期間中はSLA対象外）。
※3　医療情報の取扱いについては、厚生労働省「医療情報システムの安全管理に関するガイドライン 第6.0版」に沿ってご説明いたします。
※4　お支払条件：月末締め翌月末払い。契約期間は1年間（中途解約時は残存期間の50％を申し受けます）。

──────────────────────────────
メリディアン・データ株式会社　大阪営業所　森本 翔太
TEL 06-5555-0291　携帯 090-5555-3382
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー12F
"""


# ------------------------------------------------------------------ D9 US HQ, Markdown SOW
D9_LABELS = [
    C(INSIGHT, "general_availability", "2027-01", "ok", "| General availability | January 2027"),
    C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "| Query latency (p95) | ≤ 2 s on the Clarity extract |"),
    C(INSIGHT, "max_dashboards", 250, "conflict", "| Dashboards per workspace | up to 250 |"),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "| Free trial | 30 days, started October 28, 2026 |"),
    C(INSIGHT, "sla", 99.9, "unverified", "| Uptime | 99.9% after GA |"),
    C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight named user | $30.00 / user / month"),
    C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync (existing, co-termed) | $399.00 / month"),
    F("phrase", "| Sharing | unlimited read-only viewers |", rule="en.unlimited"),
    F("terminology", "Brightline staff currently keep extracts in Meridian FileSync", product=SYNC),
]


@doc("docs/us-hq/brightline-health_SOW-BHP-2026-03.md", D9_LABELS)
def d9():
    return """# Statement of Work: Meridian Insight rollout

**Customer:** Brightline Health Partners, 2200 Market Ave, Suite 400, Denver, CO 80205
**SOW No.:** SOW-BHP-2026-03 · **MSA ref.:** MSA-2024-0117 · **Date:** November 20, 2026
**Meridian contact:** Jorge Ortega, Solutions Engineer, +1 (415) 555-0166

## Table of contents

| Section | Page |
|---|---:|
| 1. Scope | 1 |
| 2. Product commitments | 2 |
| 3. Pricing schedule | 3 |
| 4. Acceptance | 4 |
| Appendix A. Assumptions | 5 |
| Appendix B. Change log | 6 |

## 1. Scope

Phase 1 covers Brightline's revenue-cycle team of 85 analysts; phase 2 extends to about 140 by the end of Q2 2027. Meridian's team connects the workspace to Epic Clarity and Workday and builds the first set of revenue-cycle dashboards with Brightline.

## 2. Product commitments

| Commitment | Meridian Insight |
|---|---|
| General availability | January 2027 (Brightline stays on the beta workspace until then) |
| Query latency (p95) | ≤ 2 s on the Clarity extract |
| Dashboards per workspace | up to 250 |
| Free trial | 30 days, started October 28, 2026 |
| Sharing | unlimited read-only viewers |
| Uptime | 99.9% after GA |

## 3. Pricing schedule

| Line | Description | Unit price | Units | Term | Extended |
|---:|---|---|---:|---|---:|
| 1 | Meridian Insight named user | $30.00 / user / month | 85 | 12 mo | $30,600.00 |
| 2 | Meridian Sync (existing, co-termed) | $399.00 / month | 1 | 7 mo | $2,793.00 |
| 3 | Implementation services (fixed fee) | $18,500.00 | 1 | once | $18,500.00 |
| | **Total** | | | | **$51,893.00** |

Brightline receives a one-time credit of $3,060.00 (10% of line 1) under the 2026 healthcare promotion.

## 4. Acceptance

Brightline has 10 business days to accept each deliverable. A deliverable not rejected in writing within 10 business days is deemed accepted. Disputed items are escalated to the steering group, which meets every 2 weeks.

## Appendix A. Assumptions

- Brightline provides a read-only Clarity replica refreshed at least every 24 hours.
- Brightline staff currently keep extracts in Meridian FileSync; those folders stay where they are.
- Travel is billed at cost, capped at $4,000 per phase.

## Appendix B. Change log

| Rev | Date | By | Change |
|---|---|---|---|
| A | 2026-11-02 | J. Ortega | Initial draft |
| B | 2026-11-20 | J. Ortega | Line 2 co-terming added; Workday connector added to scope |
"""


# ------------------------------------------------------------------ D10 Tokyo, HTML RFP 回答書 (requirement columns)
D10_LABELS = [
    C(SYNC, "max_users", 10000, "ok", "最大1万ユーザーまで対応"),
    C(SYNC, "sla", 99.9, "ok", "99.9％（月間）"),
    S(SYNC, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
      "Linuxには対応しておりません（Windows・Mac・iOS・Androidに対応）"),
    S(SYNC, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "ISO/IEC 27001およびSOC 2 Type IIを取得済みです。"),
    C(SYNC, "max_file_size", 100 * GB, "unverified", "1ファイルあたり最大100GBまでアップロード可能"),
    C(SYNC, "offline_mode", False, "ok", "オフラインでのご利用はできません"),
    C(SYNC, "support_response_time", dur(4, "hours"), "unverified", "4時間以内に一次回答"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "RPO 15分"),
    S(VAULT, "data_centers", ["Tokyo", "Osaka"], "ok", "東京・大阪の2拠点で保管"),
    C(VAULT, "retention", dur(90, "days"), "ok", "標準保持期間は90日間（延長は別途ご相談）"),
    S(VAULT, "encryption", ["AES-256"], "ok", "AES-256により暗号化"),
    F("phrase", "メリディアン シンクは業界初のブロック単位差分同期により", rule="ja.first-in-industry"),
]


@doc("docs/tokyo/RFP回答書_みなと銀行_文書管理基盤.html", D10_LABELS)
def d10():
    return """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>RFP（文書管理基盤更改）ご回答書 - 株式会社みなと銀行 御中</title>
<style>
  table.rfp { border-collapse: collapse; width: 100%; font-size: 13px; }
  table.rfp th, table.rfp td { border: 1px solid #888; padding: 3px 6px; }
  table.rfp caption { text-align: left; font-weight: bold; padding: 6px 0; }
  td.ans { text-align: center; width: 3em; }
  td.no { white-space: nowrap; }
</style>
</head>
<body>
<p style="text-align:right">2026年11月4日<br>管理番号：MD-T-RFP-2026-031</p>
<p>株式会社みなと銀行　御中<br>事務統括部 システム企画グループ</p>
<h1>RFP（文書管理基盤更改）ご回答書</h1>
<p style="text-align:right">メリディアン・データ株式会社　東京支社<br>〒100-0005 東京都千代田区丸の内1-9-2　TEL 03-5555-0178</p>

<p>2026年10月9日付でご提示いただいたRFP（全42項目）のうち、製品仕様に関する項目への回答を以下に記載いたします。
回答欄の記号は、〇：標準機能で対応、△：代替策で対応、×：対応不可 を示します。</p>

<p>メリディアン シンクは業界初のブロック単位差分同期により、設計図面などの大容量ファイルも短時間で同期できます。</p>

<table class="rfp">
<caption>表1　機能要件への回答（メリディアン シンク）</caption>
<tr><th>No.</th><th>要件</th><th>回答</th><th>補足</th></tr>
<tr><td class="no">1-1</td><td>利用者数5,000名以上に対応すること</td><td class="ans">〇</td><td>最大1万ユーザーまで対応</td></tr>
<tr><td class="no">1-2</td><td>稼働率99.9％以上のSLAを提示すること</td><td class="ans">〇</td><td>99.9％（月間）</td></tr>
<tr><td class="no">1-3</td><td>Linux端末から利用できること</td><td class="ans">×</td><td>Linuxには対応しておりません（Windows・Mac・iOS・Androidに対応）</td></tr>
<tr><td class="no">1-4</td><td>ISMAPに登録されていること</td><td class="ans">△</td><td>ISO/IEC 27001およびSOC 2 Type IIを取得済みです。ISMAPは未登録です。</td></tr>
<tr><td class="no">1-5</td><td>1ファイル50GBまでアップロードできること</td><td class="ans">〇</td><td>1ファイルあたり最大100GBまでアップロード可能</td></tr>
<tr><td class="no">1-6</td><td>オフライン環境で閲覧できること</td><td class="ans">×</td><td>オフラインでのご利用はできません</td></tr>
<tr><td class="no">1-7</td><td>障害時の問い合わせに24時間以内に回答すること</td><td class="ans">〇</td><td>4時間以内に一次回答</td></tr>
</table>

<table class="rfp">
<caption>表2　非機能要件への回答（メリディアン ボールト）</caption>
<tr><th>No.</th><th>要件</th><th>回答</th><th>補足</th></tr>
<tr><td class="no">2-1</td><td>RPOを1時間以内とすること</td><td class="ans">〇</td><td>RPO 15分</td></tr>
<tr><td class="no">2-2</td><td>国内2拠点以上でデータを保管すること</td><td class="ans">〇</td><td>東京・大阪の2拠点で保管</td></tr>
<tr><td class="no">2-3</td><td>バックアップを7年間保管できること</td><td class="ans">△</td><td>標準保持期間は90日間（延長は別途ご相談）</td></tr>
<tr><td class="no">2-4</td><td>保存データを暗号化すること</td><td class="ans">〇</td><td>AES-256により暗号化</td></tr>
</table>

<p>※本回答書の内容は2026年11月4日時点の情報に基づきます。価格については別紙見積書をご参照ください。</p>
</body>
</html>
"""


# =====================================================================================
# Hand-written cross-office cases (checked against a mechanical derivation below)
# =====================================================================================
CROSS_OFFICE = [
    (VAULT, "price_per_tb", ["osaka", "tokyo"], ["mail/0007.eml", "mail/0008.eml", "mail/0010.eml"],
     {"tokyo": money(2800, "JPY", "TB-month", "excluded"), "osaka": money(2500, "JPY", "TB-month", "excluded")}),
    (SYNC, "sla", ["london", "us-hq"], ["mail/0003.eml", "mail/0004.eml", "mail/0005.eml"],
     {"london": 99.95, "us-hq": 99.9}),
    (INSIGHT, "general_availability", ["tokyo", "us-hq"], ["mail/0007.eml", "mail/0009.eml", "mail/0010.eml"],
     {"tokyo": "2027-01", "us-hq": "2026-12"}),
    (INSIGHT, "general_availability", ["london", "us-hq"], ["mail/0009.eml", "mail/0011.eml"],
     {"london": "2027-01", "us-hq": "2026-12"}),
]

ONEVOICE_YAML = """# onevoice configuration for evaluation set 44 (SPEC section 6).
# rules: the shared claims base, relative to this folder (/work/probe/set44 -> /work/shared/eval/rules);
# ../shared/eval/run passes --rules explicitly anyway.
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


# =====================================================================================
# writing
# =====================================================================================
def mboxrd(msgs):
    out = []
    for m in sorted(msgs, key=lambda m: m.date):
        raw = m.raw().replace(b"\r\n", b"\n")
        sender = m.sender[1]
        when = time.asctime(m.date.astimezone(dt.timezone.utc).timetuple())
        out.append(b"From %s %s\n" % (sender.encode(), when.encode()))
        for line in raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n"):
            if line.lstrip(b">").startswith(b"From "):
                line = b">" + line
            out.append(line + b"\n")
        out.append(b"\n")
    return b"".join(out)


def decoded_text(raw):
    """All text a reader can get from a message: every text/* part, attached messages included."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            texts.append(p.get_content())
    return "\n".join(texts)


def label_lines(lbls, file, mid, office, as_of):
    lines = []
    seen = set()
    for x in lbls:
        if isinstance(x, C):
            o = {"type": "claim", "file": file, "message_id": mid, "product": x.product, "attribute": x.attribute,
                 "value": x.value, "verdict": x.verdict, "quoted": x.quoted, "office": x.office or office,
                 "as_of": as_of, "text": x.text}
            key = json.dumps([o["product"], o["attribute"], o["value"], o["quoted"], o["office"]], sort_keys=True)
        else:
            o = {"type": "finding", "file": file, "message_id": mid, "kind": x.kind,
                 "rule": x.rule if x.kind == "phrase" else None,
                 "product": x.product if x.kind == "terminology" else None, "quoted": x.quoted, "text": x.text}
            key = json.dumps([o["kind"], o["rule"], o["product"]])
        assert key not in seen, ("duplicate label", file, key)
        seen.add(key)
        lines.append(o)
    return lines


def norm_value(attr, v):
    """A value comparable across offices: durations in seconds, JPY tax-included amounts as tax-excluded."""
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v["currency"] == "JPY" and v.get("tax") == "included" else v["amount"]
        return ("money", v["currency"], v["per"], round(amt, 6))
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}[v["unit"]])
    return ("v", v)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def derive_cross_office(records):
    """Pairs of archive claims from two offices, same product+attribute, within 45 days, that cannot both be right."""
    cl = [r for r in records if r["type"] == "claim" and r["file"] == "mail/archive.mbox"
          and r["office"] != "unknown" and r["attribute"] not in SET_ATTRS]
    found = {}
    for i, a in enumerate(cl):
        for b in cl[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((dt.date.fromisoformat(a["as_of"]) - dt.date.fromisoformat(b["as_of"])).days) > 45:
                continue
            va, vb = norm_value(a["attribute"], a["value"]), norm_value(b["attribute"], b["value"])
            if va[0] == "money" and va[1:3] != vb[1:3]:
                continue
            if va == vb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            assert "unverified" not in (a["verdict"], b["verdict"]), ("unverified cross-office pair", a, b)
            key = (a["product"], a["attribute"], tuple(sorted([a["office"], b["office"]])))
            found.setdefault(key, []).append((a["message_id"], b["message_id"]))
    return found


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    records, problems = [], []

    # ---- mail
    for m in sorted(MESSAGES, key=lambda m: m.num):
        raw = m.raw()
        with open(os.path.join(SET, m.file), "wb") as fh:
            fh.write(raw)
        as_of = m.date.date().isoformat() if m.date else None
        lines = label_lines(m.labels, m.file, m.mid, m.office, as_of)
        if m.date:
            text = unicodedata.normalize("NFC", decoded_text(raw))
            for o in lines:
                if o["text"] not in text:
                    problems.append("%s: excerpt not in decoded text: %r" % (m.file, o["text"]))
            parsed = email.message_from_bytes(raw, policy=email.policy.default)
            if parsed["Message-ID"].strip("<> ") != m.mid:
                problems.append("%s: Message-ID mismatch" % m.file)
            if m.office != "unknown" and not parsed["From"].addresses[0].addr_spec == m.sender[1]:
                problems.append("%s: From mismatch" % m.file)
        records += lines
        if m.mbox:
            records += [dict(o, file="mail/archive.mbox") for o in lines]
    with open(os.path.join(SET, "mail/archive.mbox"), "wb") as fh:
        fh.write(mboxrd([m for m in MESSAGES if m.mbox]))

    # ---- documents
    for path, fn, encoding, lbls in DOCS:
        full = os.path.join(SET, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        content = fn()
        data = content if isinstance(content, bytes) else content.encode(encoding)
        with open(full, "wb") as fh:
            fh.write(data)
        if "/drafts/" in path:
            continue
        office = path.split("/")[1]
        lines = label_lines(lbls, path, None, office, DOCS_AS_OF)
        if not isinstance(content, bytes):
            for o in lines:
                if o["text"] not in content:
                    problems.append("%s: excerpt not in text: %r" % (path, o["text"]))
        records += lines

    # ---- cross-office
    derived = derive_cross_office(records)
    hand = {(p, a, tuple(offs)) for p, a, offs, _, _ in CROSS_OFFICE}
    if set(derived) != hand:
        problems.append("cross-office: derived %s, hand-written %s" % (sorted(derived), sorted(hand)))
    for p, a, offs, files, values in CROSS_OFFICE:
        records.append({"type": "cross-office", "product": p, "attribute": a, "offices": offs,
                        "file": "mail/archive.mbox", "message_files": files, "values": values})

    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    readme = os.path.join(GEN, "README.template.md")
    if os.path.exists(readme):
        shutil.copyfile(readme, os.path.join(SET, "README.md"))

    kinds = {}
    for r in records:
        k = r["type"] if r["type"] != "finding" else r["kind"]
        kinds[k] = kinds.get(k, 0) + 1
    print("messages: %d (%d in archive.mbox), documents: %d (+%d ignored draft), expected lines: %d %s"
          % (len(MESSAGES), sum(m.mbox for m in MESSAGES), sum("/drafts/" not in p for p, *_ in DOCS),
             sum("/drafts/" in p for p, *_ in DOCS), len(records), kinds))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
