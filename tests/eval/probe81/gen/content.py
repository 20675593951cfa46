"""The messages of set 81 (text attachments, calendar invitations, vCards,
forwarded .eml, pasted chat transcripts), each with its hand-written labels.

Label helpers: C(...) a claim, PH(...) a phrase finding, TERM(...) a
terminology finding. A claim's office/as_of default to the message's (or the
document's); `quoted=True` claims name the quoted author's office and the
reply's date; `judge` is the date a period-placed value is judged at.
"""
import hashlib
from datetime import datetime, timezone
from email.utils import format_datetime
from html import escape

import mime

TB = 10 ** 12
DOC_AS_OF = "2026-11-22"


# ====================================================================== label helpers
def money(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


def C(product, attribute, value, verdict, text, **kw):
    return dict(product="meridian-" + product, attribute=attribute, value=value, verdict=verdict, text=text, **kw)


def SET(product, attribute, members, verdict, text, **kw):
    return [C(product, attribute, m, verdict, text, **kw) for m in members]


def PH(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def TERM(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": "meridian-" + product, "quoted": quoted, "text": text}


def flat(*items):
    out = []
    for i in items:
        out += i if isinstance(i, list) else [i]
    return out


def as_quoted(claims, office, as_of):
    return [dict(c, quoted=True, office=office, as_of=as_of) for c in flat(*claims)]


# ====================================================================== mail helpers
OFFICE_OF = {"meridian-data.com": "us-hq", "uk.meridian-data.com": "london",
             "jp.meridian-data.com": "tokyo", "osaka.jp.meridian-data.com": "osaka"}


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def msgid(style, seed, domain=None):
    x = h(seed, 40)
    if style == "gmail":
        return "CAJ%s+%s@mail.gmail.com" % (x[:10].upper(), x[10:18])
    if style == "apple":
        return "%s-%s-%s-%s-%s@%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(),
                                      x[20:32].upper(), domain)
    if style == "outlook-uk":
        return "LO4P265MB%s%s@LO4P265MB%s.GBRP265.PROD.OUTLOOK.COM" % (x[:4].upper(), x[4:20].upper(), x[:4].upper())
    if style == "outlook-jp":
        return "TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com" % (x[:5].upper(), x[5:20].upper(), x[:5].upper())
    if style == "outlook-us":
        return "BY5PR11MB%s%s@BY5PR11MB%s.namprd11.prod.outlook.com" % (x[:4].upper(), x[4:20].upper(), x[:4].upper())
    if style == "webmail":
        return "%s.%s@%s" % (seed.split("|")[0], x[:12], domain)
    if style == "thunderbird":
        return "%s-%s-%s-%s-%s@%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    raise ValueError(style)


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def quote(text, attribution=None, prefix="> "):
    lines = []
    if attribution:
        lines += [attribution, ""]
    for line in text.rstrip("\n").split("\n"):
        lines.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(lines) + "\n"


def html_of(text, lang="en"):
    """A plain HTML alternative of a text body, as webmail and Outlook send."""
    body = []
    in_quote = False
    for line in text.rstrip("\n").split("\n"):
        q = line.startswith(">")
        if q and not in_quote:
            body.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
        if in_quote and not q:
            body.append("</blockquote>")
        in_quote = q
        content = line.lstrip("> ").rstrip() if q else line
        body.append("<div>%s</div>" % (escape(content) if content else "<br>"))
    if in_quote:
        body.append("</blockquote>")
    font = "Meiryo UI" if lang == "ja" else "Calibri"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, "\n".join(body)))


MESSAGES = []


def mail(n, when, frm, to, subject, part, claims=(), findings=(), archive=False, style="gmail", cc=None,
         reply_to=None, mailer=None, charset="UTF-8", crlf=False, received=None, extra=()):
    name, addr = frm
    domain = addr.split("@")[1]
    dt = parse_dt(when)
    mid = msgid(style, "%s|%s" % (dt.strftime("%Y%m%d%H%M%S"), n), domain)
    hdrs = [("Return-Path", "<%s>" % addr)]
    rcpt = to[0][1]
    relay = received or ("mail-%s.%s" % (h(n, 6), domain))
    hdrs.append(("Received", "from %s (%s [203.0.113.%d])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s"
                 % (relay, relay, int(h(n, 2), 16) % 250 + 2, rcpt.split("@")[1], h(n + "r", 12).upper(), rcpt,
                    format_datetime(dt))))
    hdrs.append(("From", mime.address(name, addr, charset)))
    hdrs.append(("To", ", ".join(mime.address(a, b, charset) for a, b in to)))
    if cc:
        hdrs.append(("Cc", ", ".join(mime.address(a, b, charset) for a, b in cc)))
    hdrs.append(("Subject", mime.encoded_words(subject, charset)))
    hdrs.append(("Date", format_datetime(dt)))
    hdrs.append(("Message-ID", "<%s>" % mid))
    if reply_to:
        parent = next(m for m in MESSAGES if m["n"] == reply_to)
        hdrs.append(("In-Reply-To", "<%s>" % parent["message_id"]))
        hdrs.append(("References", "<%s>" % parent["message_id"]))
    hdrs.append(("MIME-Version", "1.0"))
    if mailer:
        hdrs.append(mailer)
    hdrs += list(extra)
    raw = mime.message(hdrs, part, crlf=crlf)
    m = {"n": n, "dt": dt, "dt_utc": dt.astimezone(timezone.utc), "day": dt.strftime("%Y-%m-%d"),
         "from_addr": addr, "office": OFFICE_OF.get(domain, "unknown"), "message_id": mid, "raw": raw,
         "claims": flat(*claims), "findings": list(findings), "archive": archive}
    MESSAGES.append(m)
    return m


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
APPLE = ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")
IPHONE = ("X-Mailer", "iPhone Mail (22G86)")
THUNDERBIRD = ("User-Agent", "Mozilla Thunderbird")
ACTIVEMAIL = ("X-Mailer", "Active! mail")


def alt(text, charset, cte, seed, style="outlook", lang="en", html_cte=None):
    return mime.multipart("alternative", [mime.text_part(text, charset, cte),
                                          mime.text_part(html_of(text, lang), charset, html_cte or cte, "html")],
                          mime.boundary(seed, style))


# ---------------------------------------------------------------------- people
LAURA = ("Laura Bennett", "laura.bennett@meridian-data.com")
KEN = ("Ken Sato", "ken.sato@meridian-data.com")
HANNAH = ("Hannah Price", "hannah.price@uk.meridian-data.com")
RUPERT = ("Rupert Hale", "rupert.hale@uk.meridian-data.com")
MORI = ("森 健太郎", "kentaro.mori@jp.meridian-data.com")
INOUE = ("井上 彩", "aya.inoue@jp.meridian-data.com")
NISHIDA = ("西田 亮介", "ryosuke.nishida@osaka.jp.meridian-data.com")

GRACE = ("Grace Holloway", "grace.holloway@crestline-dental.com")
PRIYA = ("Priya Natarajan", "pnatarajan@bayview-freight.com")
DEREK = ("Derek Amsel", "derek@amsel-records.com")
EDWARD = ("Edward Lyle", "e.lyle@fenwick-archives.org.uk")
NAOMI = ("Naomi Fisher", "naomi.fisher@harrowgate-legal.co.uk")
SUGIYAMA = ("杉山 誠", "m-sugiyama@hokuto-seiko.co.jp")
NAKAGAWA = ("中川 隆", "t-nakagawa@hokuto-seiko.co.jp")
KOMATSU = ("小松 理恵", "r.komatsu@minato-kaiun.co.jp")
HIRANO = ("平野 大輝", "hirano@kansai-chemical.co.jp")
OKAMOTO = ("岡本 由紀", "okamoto@kansai-chemical.co.jp")
OTA = ("太田 佳奈", "k-ota@sakai-denki.co.jp")

SIG_LAURA = """--
Laura Bennett | Account Executive, Healthcare & Logistics
Meridian Data, Inc. | 575 Market Street, Suite 1800, San Francisco, CA 94105
o: +1 (415) 555-0164 | m: +1 (628) 555-0119
"""
SIG_KEN = """--
Ken Sato
Senior Solutions Engineer | Meridian Data, Inc.
+1 (415) 555-0187 | ken.sato@meridian-data.com
"""
SIG_HANNAH = """Hannah Price
Account Manager, Heritage & Public Sector
Meridian Data UK Ltd · 30 Finsbury Square, London EC2A 1AG
T +44 (0)20 7946 0452 · M +44 (0)7700 900 731
Registered in England & Wales No. 09876543
"""
SIG_RUPERT = """Rupert Hale
Account Director, Legal & Professional Services
Meridian Data UK Ltd · 30 Finsbury Square, London EC2A 1AG
T +44 (0)20 7946 0457 · M +44 (0)7700 900 562
"""
SIG_MORI = """━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス
営業本部　シニアアカウントマネージャー
森 健太郎（Kentaro Mori）
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング21F
TEL：03-5555-0142　携帯：090-5555-0873
━━━━━━━━━━━━━━━━━━━━━━━━
"""
SIG_INOUE = """--
メリディアン・データ株式会社　東京オフィス
カスタマーサクセス部　井上 彩
TEL 03-5555-0166 / aya.inoue@jp.meridian-data.com
"""
SIG_NISHIDA = """----------------------------------------
メリディアン・データ株式会社　大阪オフィス
営業課　西田 亮介（Ryosuke Nishida）
〒530-0001 大阪市北区梅田2-5-25 ハービスOSAKA 16F
TEL 06-5555-0231 / 携帯 080-5555-0644
----------------------------------------
"""


def vcard(lines):
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0"] + lines + ["END:VCARD"]) + "\r\n"


VCARD_MORI = vcard([
    "N:森;健太郎;;;", "FN:森 健太郎",
    "ORG:メリディアン・データ株式会社;東京オフィス 営業本部",
    "TITLE:シニアアカウントマネージャー",
    "TEL;TYPE=WORK,VOICE:+81-3-5555-0142", "TEL;TYPE=CELL:+81-90-5555-0873",
    "EMAIL;TYPE=INTERNET:kentaro.mori@jp.meridian-data.com",
    "ADR;TYPE=WORK:;;丸の内2-4-1 丸の内ビルディング21F;千代田区;東京都;100-0005;日本",
    "URL:https://www.meridian-data.com/ja/"])
VCARD_INOUE = vcard([
    "N:井上;彩;;;", "FN:井上 彩", "ORG:メリディアン・データ株式会社;カスタマーサクセス部",
    "TEL;TYPE=WORK,VOICE:+81-3-5555-0166", "EMAIL;TYPE=INTERNET:aya.inoue@jp.meridian-data.com",
    "ADR;TYPE=WORK:;;丸の内2-4-1 丸の内ビルディング21F;千代田区;東京都;100-0005;日本",
    "BDAY:1991-04-18"])
VCARD_RUPERT = vcard([
    "N:Hale;Rupert;;;", "FN:Rupert Hale",
    "ORG:Meridian Data UK Ltd;Legal & Professional Services", "TITLE:Account Director",
    "TEL;TYPE=WORK,VOICE:+44 20 7946 0457", "TEL;TYPE=CELL:+44 7700 900 562",
    "EMAIL;TYPE=INTERNET:rupert.hale@uk.meridian-data.com",
    "ADR;TYPE=WORK:;;30 Finsbury Square;London;;EC2A 1AG;United Kingdom",
    "NOTE:Meridian Insight – free 30-day trial\\, dashboards in minutes",
    "URL:https://www.meridian-data.com/uk"])


def vcf(card, filename, subtype="x-vcard"):
    return mime.text_attachment(card, subtype, "utf-8", "base64", filename)


def mixed(seed, parts, style="outlook"):
    return mime.multipart("mixed", parts, mime.boundary(seed + "m", style), "This is a multi-part message in MIME format.")


def vevent(method, uid, summary, description, dtstart, dtend, tzid, organizer, attendees, stamp, lang="en-US",
           location=None, sequence=0, partstat="NEEDS-ACTION", alarm=True, prodid="Microsoft Exchange Server 2010"):
    lines = ["BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:" + prodid, "VERSION:2.0",
             "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for name, addr in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (partstat, name, addr))
    if description is not None:
        lines.append(("DESCRIPTION;LANGUAGE=%s" % lang, description))
    lines += ["UID:" + uid, ("SUMMARY;LANGUAGE=%s" % lang, summary),
              "DTSTART;TZID=%s:%s" % (tzid, dtstart), "DTEND;TZID=%s:%s" % (tzid, dtend),
              "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + stamp, "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:%d" % sequence]
    if location:
        lines.append(("LOCATION;LANGUAGE=%s" % lang, location))
    if alarm:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return mime.ical(lines)


def cal_part(ics, method, filename=None):
    if filename:
        return mime.text_attachment(ics, "calendar", "utf-8", "base64", filename, "; method=" + method)
    return mime.text_part(ics, "utf-8", "base64", "calendar", "; method=" + method)


# ====================================================================== 0001 US: a CSV price sheet
T0001 = """Hi Grace,

Good to speak with you and Dr. Alvarez on Tuesday. As promised, the FY26 list prices for the three Meridian products are in the attached CSV, one row per product, so your finance team can drop it straight into their budget workbook.

For the 14 clinics you mentioned, most groups your size start with Meridian Sync for the front desks and Meridian Vault for the imaging archive, and add analytics later.

A couple of numbers from our call, so they don't get lost:
- you have roughly 210 staff across the clinics, and about 38 TB of X-ray and CBCT images today;
- your current backup contract runs out on 31 January.

I'll send a calendar hold for the follow-up separately.

Best,
Laura

""" + SIG_LAURA
CSV0001 = """product,item,billing_unit,list_price_usd,notes
Meridian Sync,Business subscription (one organization),per month,399,"up to 5,000 users; 1 TB storage per user"
Meridian Vault,Backup storage,per TB per month,20,RPO 15 minutes; 90-day default retention
Meridian Insight,Analytics seat (beta until GA in January 2027),per user per month,30,30-day free trial
Onboarding,Remote onboarding package (one-off),once,1500,optional
"""
R1 = 'Meridian Sync,Business subscription (one organization),per month,399,"up to 5,000 users; 1 TB storage per user"'
R2 = "Meridian Vault,Backup storage,per TB per month,20,RPO 15 minutes; 90-day default retention"
R3 = "Meridian Insight,Analytics seat (beta until GA in January 2027),per user per month,30,30-day free trial"
mail("0001", "2025-11-20 10:14:36 -0800", LAURA, [GRACE], "Meridian FY26 list prices (CSV)",
     mixed("0001", [mime.text_part(T0001, "utf-8", "quoted-printable"),
                    mime.text_attachment(CSV0001, "csv", "utf-8", "base64", "Meridian_FY26_list_prices.csv",
                                         crlf_body=True)], "gmail"),
     style="gmail", archive=True,
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", R1),
         C("sync", "max_users", 5000, "ok", R1),
         C("sync", "storage_per_user", 1 * TB, "ok", R1),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", R2),
         C("vault", "rpo", dur(15, "minutes"), "ok", R2),
         C("vault", "retention", dur(90, "days"), "ok", R2),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", R3),
         C("insight", "general_availability", "2027-01", "ok", R3),
         C("insight", "free_trial", dur(30, "days"), "ok", R3),
     ])

# ====================================================================== 0002 Tokyo: a Shift_JIS spec sheet + vCard
T0002 = """株式会社北斗精工
情報システム課　杉山様

いつもお世話になっております。
メリディアン・データの森でございます。

先日ご依頼いただいたメリディアン ボールトのサービス仕様を、テキスト形式で添付いたします。
社内稟議の資料作成にご利用ください。

なお、御社の現在のバックアップ対象は約18TB、対象サーバーは12台と伺っております。
お見積りは来週12月10日（水）までにお送りいたします。

また、私の連絡先を電子名刺（vCard）で添付しております。

何卒よろしくお願いいたします。

""" + SIG_MORI
SPEC0002 = """メリディアン ボールト　サービス仕様（2025年12月版）

本書は、メリディアン ボールト（クラウドバックアップサービス）の主な仕様をまとめたものです。

■ 本製品の主な仕様
・目標復旧時点（RPO）：最大15分
・標準の保持期間：90日間（ポリシーにより延長可能）
・月間稼働率（SLA）：99.95％
・最大容量：1テナントあたり500TB
・保存時の暗号化：AES-256
・データセンター：東京、大阪、シンガポール

■ 料金
・本製品の容量課金は1TBあたり月額2,800円（税抜）です。

■ 改版履歴
・第3版（2025年12月1日）：表記を統一
・第2版（2025年9月16日）：保持期間の記載を追加

以上
"""
DC0002 = "・データセンター：東京、大阪、シンガポール"
mail("0002", "2025-12-03 16:05:12 +0900", MORI, [SUGIYAMA], "メリディアン ボールト サービス仕様のご送付",
     mixed("0002", [mime.text_part(T0002, "ISO-2022-JP", "7bit"),
                    mime.text_attachment(SPEC0002, "plain", "Shift_JIS", "base64",
                                         "メリディアンボールト_サービス仕様_2025年12月版.txt", crlf_body=True),
                    vcf(VCARD_MORI, "森 健太郎.vcf")], "outlook"),
     style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP", crlf=True, archive=True,
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "・目標復旧時点（RPO）：最大15分"),
         C("vault", "retention", dur(90, "days"), "ok", "・標準の保持期間：90日間（ポリシーにより延長可能）"),
         C("vault", "sla", 99.95, "ok", "・月間稼働率（SLA）：99.95％"),
         C("vault", "max_storage", 500 * TB, "ok", "・最大容量：1テナントあたり500TB"),
         C("vault", "encryption", "AES-256", "ok", "・保存時の暗号化：AES-256"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", DC0002),
         C("vault", "data_centers", "Singapore", "conflict", DC0002),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "・本製品の容量課金は1TBあたり月額2,800円（税抜）です。"),
     ])

# ====================================================================== 0003 London: invitation, alternative with text/calendar
T0003 = """Hi Edward,

As agreed, a 45-minute session with our solutions engineer to walk through Meridian Vault for the Fenwick digitisation backups.

Before the call, two facts you asked for: Meridian Vault keeps backups for 90 days by default, and UK pricing is £16 per TB per month ex VAT.

Agenda:
1. Your current tape rotation (Edward, 10 min)
2. Meridian Vault restore demo
3. Next steps and a pilot on 25 TB of the catalogue scans

Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2@thread.v2/0
Meeting ID: 318 442 907 615
Passcode: uX7k2Q

Hannah
"""
ICS0003 = vevent("REQUEST", "040000008200E00074C5B7101A82E00800000000A1C3F4E2B586DC01000000000000000010000000D41F",
                 "Meridian Vault walkthrough – Fenwick Archives", T0003, "20260122T140000", "20260122T144500",
                 "GMT Standard Time", ("Hannah Price", HANNAH[1]), [EDWARD], "20260115T101204Z", lang="en-GB",
                 location="Microsoft Teams Meeting")
S0003 = "Meridian Vault keeps backups for 90 days by default, and UK pricing is £16 per TB per month ex VAT."
mail("0003", "2026-01-15 10:12:04 +0000", HANNAH, [EDWARD], "Meridian Vault walkthrough – Fenwick Archives",
     mime.multipart("alternative", [mime.text_part(T0003, "utf-8", "quoted-printable"),
                                    mime.text_part(html_of(T0003), "utf-8", "quoted-printable", "html"),
                                    cal_part(ICS0003, "REQUEST")], mime.boundary("0003")),
     style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", S0003),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", S0003),
     ])

# ====================================================================== 0004 Tokyo: an invitation with no claims
T0004 = """小松様

メリディアン インサイト（ベータ版）のオンラインデモを下記のとおり設定いたしました。

日時：2026年2月3日（火）15:00〜16:00
形式：Microsoft Teams
会議 ID: 428 615 330 92
パスコード: Hk3v9P
電話で参加: +81 3-4578-1390,,42861533092#

ご参加予定：御社3名、弊社2名

当日は、御社の運航データ（約40万行）を使ったダッシュボードの作成例をご覧いただく予定です。

井上
"""
ICS0004 = vevent("REQUEST", "040000008200E00074C5B7101A82E00800000000B7E2A19C5F90DC01000000000000000010000000E3A2",
                 "メリディアン インサイト オンラインデモ（ミナト海運様）", T0004, "20260203T150000", "20260203T160000",
                 "Tokyo Standard Time", ("井上 彩", INOUE[1]), [KOMATSU], "20260121T021530Z", lang="ja-JP",
                 location="Microsoft Teams 会議")
mail("0004", "2026-01-21 11:15:30 +0900", INOUE, [KOMATSU], "メリディアン インサイト オンラインデモ（ミナト海運様）",
     mime.multipart("alternative", [mime.text_part(T0004, "ISO-2022-JP", "7bit"),
                                    mime.text_part(html_of(T0004, "ja"), "utf-8", "base64", "html"),
                                    cal_part(ICS0004, "REQUEST")], mime.boundary("0004")),
     style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP", crlf=True, archive=True, claims=[])

# ====================================================================== 0005 US: a Slack thread pasted into mail
T0005 = """Hi Priya,

I checked your two questions with our product team in Slack this morning. Pasting the thread as-is so you have it verbatim:

#vault-field-questions
[10:42 AM] Ken Sato: @Maya Chen customer (Bayview, ~60 TB of shipment scans) asks about RPO and default retention for Meridian Vault. Can you confirm?
[10:44 AM] Maya Chen: Meridian Vault RPO is 15 minutes, and default retention is 90 days :white_check_mark:
[10:44 AM] Maya Chen: it's also encrypted at rest with AES-256
[10:45 AM] Ken Sato: :pray: thanks!
[10:51 AM] Raj Iyer: fwiw Meridian Vault scales to 1 PB per tenant now
[10:53 AM] Maya Chen: @Raj Iyer no, still 500 TB per tenant for Meridian Vault. 1 PB is roadmap only
[10:53 AM] Raj Iyer: ah my bad, thanks 👍
:+1: 2  :eyes: 1

So in short: 15-minute RPO and 90 days of retention out of the box, and 500 TB is the ceiling per tenant, which leaves you plenty of headroom.

Let me know if your auditors need the encryption whitepaper.

Ken

""" + SIG_KEN
L0005 = "Meridian Vault RPO is 15 minutes, and default retention is 90 days"
C0005 = [
    C("vault", "rpo", dur(15, "minutes"), "ok", L0005),
    C("vault", "retention", dur(90, "days"), "ok", L0005),
    C("vault", "encryption", "AES-256", "ok", "it's also encrypted at rest with AES-256"),
    C("vault", "max_storage", 500 * TB, "ok", "no, still 500 TB per tenant for Meridian Vault."),
]
mail("0005", "2026-02-10 11:02:48 -0800", KEN, [PRIYA], "Re: Vault RPO and retention",
     alt(T0005, "utf-8", "8bit", "0005", "gmail", html_cte="quoted-printable"),
     style="gmail", archive=True, claims=C0005)

# ====================================================================== 0006 customer replies, quoting the thread
T0006 = """Thanks Ken, that's really helpful. Two follow-ups from our IT director:

1. Does Meridian Vault keep backups in a US data center, or would our data sit in Frankfurt?
2. Is 90 days enough for our 7-year retention policy, or is longer retention a paid add-on?

We're targeting a go-live of April 6.

Priya

Priya Natarajan
IT Program Manager, Bayview Freight Co.
2200 Harbor Way, Oakland, CA 94607 | +1 510 555 0147

""" + quote(T0005, "On Tue, Feb 10, 2026 at 11:02 AM Ken Sato <ken.sato@meridian-data.com> wrote:")
mail("0006", "2026-02-12 08:37:21 -0800", PRIYA, [KEN], "Re: Vault RPO and retention",
     alt(T0006, "utf-8", "quoted-printable", "0006", "gmail"), style="gmail", archive=True, reply_to="0005",
     claims=[as_quoted(C0005, "us-hq", "2026-02-12")])

# ====================================================================== 0007 Osaka: a Teams chat in Japanese, a period-placed value
T0007 = """関西ケミカル株式会社
情報システム部　平野様

いつもお世話になっております。大阪オフィスの西田です。

ご質問いただいたメリディアン シンクの利用人数について、東京の製品担当に確認しました。
Teamsでのやり取りをそのまま貼り付けます。

----- Teams チャット（2026/03/05）-----
[10:02] 西田 亮介: @森 健太郎 さん、関西ケミカル様（約6,200名）の件です。メリディアン シンクのユーザー上限は現在いくつでしょうか？
[10:05] 森 健太郎: 現在のメリディアン シンクは最大5,000ユーザーです。
[10:05] 森 健太郎: 2026年4月1日以降は、同製品で最大1万ユーザーまで拡張されます🎉
[10:06] 西田 亮介: 承知しました、ありがとうございます🙏
[10:09] 森 健太郎: なお、メリディアン シンクはLinuxには対応していませんので、その点だけご注意ください。
----- ここまで -----

つまり、4月以降であれば御社の全社員様で1テナントにまとめてご利用いただけます。
料金は、メリディアン シンクが月額50,000円（税抜）で、ユーザー数による追加費用はございません。
業界最安水準の価格で、全社導入をご検討いただけます。

よろしくお願いいたします。

""" + SIG_NISHIDA
mail("0007", "2026-03-05 10:31:09 +0900", NISHIDA, [HIRANO], "メリディアン シンクの利用人数について",
     mime.text_part(T0007, "utf-8", "base64"), style="thunderbird", mailer=THUNDERBIRD,
     claims=[
         C("sync", "max_users", 5000, "ok", "現在のメリディアン シンクは最大5,000ユーザーです。"),
         C("sync", "max_users", 10000, "ok", "2026年4月1日以降は、同製品で最大1万ユーザーまで拡張されます", judge="2026-04-01"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "料金は、メリディアン シンクが月額50,000円（税抜）で、ユーザー数による追加費用はございません。"),
     ],
     findings=[PH("ja.cheapest", "業界最安水準の価格で")])

# ====================================================================== 0008 London forwards a US note as .eml
T0008_INNER = """Hi Rupert,

Quick summary for your legal-sector prospects, from the US launch deck:

- Meridian Insight is in beta; general availability is planned for January 2027.
- Meridian Insight queries return in under 2 seconds on typical workspaces.
- Meridian Insight comes with a 14-day free trial.
- Meridian Insight supports up to 200 dashboards per workspace.

Feel free to forward.

Laura
"""
INNER0008 = mime.message([
    ("From", mime.address(*LAURA)), ("To", mime.address(*RUPERT)), ("Subject", "Insight one-pager for UK legal"),
    ("Date", format_datetime(parse_dt("2026-03-16 15:20:41 -0700"))),
    ("Message-ID", "<%s>" % msgid("outlook-us", "inner-0008")), ("MIME-Version", "1.0")],
    mime.text_part(T0008_INNER, "us-ascii", "7bit"))
T0008 = """Dear Naomi,

Further to our call, I'm forwarding a short note from my US colleague Laura on Meridian Insight, which answers most of the questions your partners raised.

One correction before you read it: her note gives the trial as 14 days, but the Meridian Insight free trial is 30 days for UK customers as well as US ones.

Meridian Insight will be priced at £25 per user per month ex VAT once it reaches general availability. For the 35 fee-earners in your pilot, that would be £875 per month.

Kind regards,
Rupert

""" + SIG_RUPERT
mail("0008", "2026-03-18 09:05:55 +0000", RUPERT, [NAOMI], "FW: Insight one-pager for UK legal",
     mixed("0008", [mime.text_part(T0008, "utf-8", "quoted-printable"),
                    mime.attached_message(INNER0008, "Insight one-pager for UK legal.eml")]),
     style="outlook-uk", mailer=OUTLOOK, crlf=True,
     claims=[
         C("insight", "free_trial", dur(30, "days"), "ok",
           "the Meridian Insight free trial is 30 days for UK customers as well as US ones."),
         C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
           "Meridian Insight will be priced at £25 per user per month ex VAT"),
         as_quoted([
             C("insight", "general_availability", "2027-01", "ok",
               "Meridian Insight is in beta; general availability is planned for January 2027."),
             C("insight", "query_latency", dur(2, "seconds"), "ok",
               "Meridian Insight queries return in under 2 seconds on typical workspaces."),
             C("insight", "free_trial", dur(14, "days"), "conflict", "Meridian Insight comes with a 14-day free trial."),
             C("insight", "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
         ], "us-hq", "2026-03-18"),
     ])

# ====================================================================== 0009 Tokyo: a Shift_JIS CSV quote + vCard
T0009 = """堺電機株式会社
総務部　太田様

いつもお世話になっております。メリディアン・データ東京オフィスの井上でございます。

ご依頼のお見積り明細をCSV形式で添付いたします（見積番号：TK-2026-0414-07）。
表計算ソフトでそのまま開いていただけます。

補足でございますが、メリディアン シンクは2026年4月より最大1万ユーザーまでご利用いただけるようになりました。
御社の約1,300名様であれば、1テナントで問題なくご利用いただけます。

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_INOUE
CSV0009 = """見積番号,TK-2026-0414-07,,,,
品名,仕様,単価（円・税抜）,数量,単位,金額（円・税抜）
メリディアン シンク 月額基本料金,1テナント（最大1万ユーザー）,50000,12,ヶ月,600000
メリディアン ボールト 容量課金,1TBあたり月額,2800,30,TB×12ヶ月,1008000
導入支援サービス,リモート（2回）,150000,1,式,150000
出精値引き,,,,,-100000
小計,,,,,1658000
消費税（10%）,,,,,165800
合計（税込）,,,,,1823800
"""
mail("0009", "2026-04-14 14:48:02 +0900", INOUE, [OTA], "お見積り明細（TK-2026-0414-07）のご送付",
     mixed("0009", [mime.text_part(T0009, "ISO-2022-JP", "7bit"),
                    mime.text_attachment(CSV0009, "csv", "Shift_JIS", "base64", "見積明細_TK-2026-0414-07.csv",
                                         crlf_body=True),
                    vcf(VCARD_INOUE, "井上 彩.vcf")]),
     style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP", crlf=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "メリディアン シンクは2026年4月より最大1万ユーザーまでご利用いただけるようになりました。"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "メリディアン シンク 月額基本料金,1テナント（最大1万ユーザー）,50000,12,ヶ月,600000"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "メリディアン ボールト 容量課金,1TBあたり月額,2800,30,TB×12ヶ月,1008000"),
     ])

# ====================================================================== 0010 US: a Markdown FAQ attachment
T0010 = """Hi Derek,

Attached is the Meridian Sync FAQ we give to new customers, as a Markdown file (it renders nicely in GitHub or any Markdown viewer, and reads fine as plain text too).

Your 85 seats would fit comfortably on one organization. I've also put the 10% multi-year discount in writing below, as promised: it applies if you sign a 3-year term by May 29.

Talk soon,
Laura

""" + SIG_LAURA
MD0010 = """# Meridian Sync – customer FAQ (April 2026)

Answers to the questions new customers ask us most often.

| Question | Answer |
|---|---|
| How many users can one organization have? | Up to 10,000 users |
| How much storage does each user get? | 2 TB per user |
| What is the uptime commitment? | 99.9% monthly uptime SLA, with service credits |
| Which platforms are supported? | Windows, macOS, iOS and Android |
| Can I work offline? | No. Meridian Sync needs a network connection to sync; there is no offline mode. |
| How many file versions are kept? | Unlimited file versions on every plan |

## Pricing

Meridian Sync is $399 per month for the whole organization, billed annually.

## Security

Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II report, available under NDA.
"""
mail("0010", "2026-04-22 13:26:44 -0700", LAURA, [DEREK], "Meridian Sync FAQ (Markdown)",
     mixed("0010", [mime.text_part(T0010, "utf-8", "quoted-printable"),
                    mime.text_attachment(MD0010, "markdown", "utf-8", "base64", "meridian-sync-faq.md",
                                         "; variant=GFM")], "gmail"),
     style="gmail", archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "| How many users can one organization have? | Up to 10,000 users |"),
         C("sync", "storage_per_user", 2 * TB, "conflict", "| How much storage does each user get? | 2 TB per user |"),
         C("sync", "sla", 99.9, "ok", "| What is the uptime commitment? | 99.9% monthly uptime SLA, with service credits |"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "| Which platforms are supported? | Windows, macOS, iOS and Android |"),
         C("sync", "offline_mode", False, "ok",
           "No. Meridian Sync needs a network connection to sync; there is no offline mode."),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok",
           "Meridian Sync is $399 per month for the whole organization, billed annually."),
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
             "Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II report, available under NDA."),
     ],
     findings=[PH("en.unlimited", "Unlimited file versions on every plan")])

# ====================================================================== 0011 London: a TSV attachment
T0011 = """Hi Edward,

Following the walkthrough, here is the side-by-side you asked for, as a tab-separated file so it pastes straight into your options appraisal spreadsheet.

Your digitisation programme is now at about 41 TB, so I've priced the pilot at that volume in the last column.

Best wishes,
Hannah

""" + SIG_HANNAH
TSV_ROWS = [
    ["product", "availability_sla", "list_price_gbp", "billing", "notes", "pilot_estimate_gbp"],
    ["Meridian Sync", "99.9%", "329", "per month", "desktop and mobile apps for Windows, macOS, iOS and Android", "-"],
    ["Meridian Vault", "99.95%", "16", "per TB per month", "RPO 15 minutes; backups retained for 30 days by default", "656"],
]
TSV0011 = "".join("\t".join(r) + "\n" for r in TSV_ROWS)
RS, RV = "\t".join(TSV_ROWS[1]), "\t".join(TSV_ROWS[2])
mail("0011", "2026-05-08 15:40:17 +0100", HANNAH, [EDWARD], "Sync / Vault side-by-side (TSV)",
     mixed("0011", [mime.text_part(T0011, "utf-8", "quoted-printable"),
                    mime.text_attachment(TSV0011, "tab-separated-values", "utf-8", "base64",
                                         "Meridian_services_summary_UK.tsv", crlf_body=True)]),
     style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "sla", 99.9, "ok", RS),
         C("sync", "monthly_price", money(329, "GBP", "month"), "ok", RS),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", RS),
         C("vault", "sla", 99.95, "ok", RV),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", RV),
         C("vault", "rpo", dur(15, "minutes"), "ok", RV),
         C("vault", "retention", dur(30, "days"), "conflict", RV),
     ])

# ====================================================================== 0012 US: an attached invite.ics whose DESCRIPTION holds the claims
T0012 = """Hi Priya,

Attached is the invite for the restore drill with your IT director (invite.ics; it should open in Outlook or Google Calendar).

Agenda and the background numbers are in the invite itself.

Ken

""" + SIG_KEN
D0012 = """Restore drill – Bayview Freight / Meridian Data

Meridian Vault keeps backups for 90 days by default, and your copies will sit in our Oregon data center with a second copy in Frankfurt.

We will restore 3 sample shipment folders (about 2 GB) and time each restore.

Zoom: https://meridian-data.zoom.us/j/88123456780 (passcode 441907)"""
ICS0012 = vevent("REQUEST", "6c1f0e2a-93b4-4d7e-b0a5-2f81c9d4e7aa@meridian-data.com",
                 "Meridian Vault restore drill (60 min)", D0012, "20260604T100000", "20260604T110000",
                 "Pacific Standard Time", ("Ken Sato", KEN[1]), [PRIYA], "20260526T170512Z",
                 location="Zoom", prodid="-//Google Inc//Google Calendar 70.9054//EN")
S0012 = "Meridian Vault keeps backups for 90 days by default, and your copies will sit in our Oregon data center with a second copy in Frankfurt."
mail("0012", "2026-05-26 10:05:12 -0700", KEN, [PRIYA], "Invitation: Meridian Vault restore drill @ Thu Jun 4, 2026 10am",
     mixed("0012", [mime.text_part(T0012, "utf-8", "7bit"), cal_part(ICS0012, "REQUEST", "invite.ics")], "gmail"),
     style="gmail", archive=True,
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", S0012),
         SET("vault", "data_centers", ["Oregon", "Frankfurt"], "ok", S0012),
     ])

# ====================================================================== 0013 customer forwards an Osaka mail as .eml
T0013_INNER = """北斗精工株式会社　大阪工場
設備管理課　中川様

お世話になっております。メリディアン・データ大阪オフィスの西田です。

先日お問い合わせいただいた件、回答いたします。
メリディアン ボールトのRPO（目標復旧時点）は5分です。
また、同製品の標準の保持期間は90日間で、データは大阪のデータセンターに保管されます。

よろしくお願いいたします。

""" + SIG_NISHIDA
INNER0013 = mime.message([
    ("From", mime.address(NISHIDA[0], NISHIDA[1], "ISO-2022-JP")),
    ("To", mime.address(NAKAGAWA[0], NAKAGAWA[1], "ISO-2022-JP")),
    ("Subject", mime.encoded_words("メリディアン ボールトについてのご回答", "ISO-2022-JP")),
    ("Date", format_datetime(parse_dt("2026-05-28 17:42:10 +0900"))),
    ("Message-ID", "<%s>" % msgid("thunderbird", "inner-0013", "osaka.jp.meridian-data.com")), ("MIME-Version", "1.0")],
    mime.text_part(T0013_INNER, "ISO-2022-JP", "7bit"))
T0013 = """メリディアン・データ株式会社
森様

いつもお世話になっております。北斗精工の杉山です。

弊社大阪工場の中川が、御社大阪オフィスの西田様から受け取ったメールを添付で転送いたします。
メリディアン ボールトのRPOについて、大阪オフィスからは5分と伺っておりますが、昨年12月にいただいた仕様書では最大15分となっておりました。
どちらが正しいか、ご確認いただけますでしょうか。

また、稟議の都合上、6月19日までにご回答いただけますと助かります。

杉山
--
株式会社北斗精工　情報システム課
杉山 誠　TEL 048-555-0312（内線 214）
"""
S0013 = "メリディアン ボールトのRPOについて、大阪オフィスからは5分と伺っておりますが、昨年12月にいただいた仕様書では最大15分となっておりました。"
mail("0013", "2026-06-09 09:12:33 +0900", SUGIYAMA, [MORI], "Fw: メリディアン ボールトについてのご回答",
     mixed("0013", [mime.text_part(T0013, "ISO-2022-JP", "7bit"),
                    mime.attached_message(INNER0013, "forwarded-message.eml")]),
     style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP", crlf=True, archive=True,
     claims=[
         C("vault", "rpo", dur(5, "minutes"), "conflict", S0013),
         C("vault", "rpo", dur(15, "minutes"), "ok", S0013),
         as_quoted([
             C("vault", "rpo", dur(5, "minutes"), "conflict", "メリディアン ボールトのRPO（目標復旧時点）は5分です。"),
             C("vault", "retention", dur(90, "days"), "ok",
               "また、同製品の標準の保持期間は90日間で、データは大阪のデータセンターに保管されます。"),
             C("vault", "data_centers", "Osaka", "ok",
               "また、同製品の標準の保持期間は90日間で、データは大阪のデータセンターに保管されます。"),
         ], "osaka", "2026-06-09"),
     ])

# ====================================================================== 0014 Tokyo answers (no quote)
T0014 = """北斗精工株式会社
情報システム課　杉山様

いつもお世話になっております。メリディアン・データの森でございます。

ご確認いただきありがとうございます。また、ご迷惑をおかけし申し訳ございません。
メリディアン ボールトのRPO（目標復旧時点）は最大15分が正しい値でございます。
大阪オフィスからの5分というご案内は誤りで、担当には既に訂正を伝えております。

なお、同製品のSLAは99.95％、データセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。

取り急ぎ、ご回答まで。

""" + SIG_MORI
S0014 = "なお、同製品のSLAは99.95％、データセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。"
mail("0014", "2026-06-10 10:03:47 +0900", MORI, [SUGIYAMA], "RE: Fw: メリディアン ボールトについてのご回答",
     mime.text_part(T0014, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     crlf=True, archive=True, reply_to="0013",
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は最大15分が正しい値でございます。"),
         C("vault", "sla", 99.95, "ok", S0014),
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok", S0014),
     ])

# ====================================================================== 0015 Osaka: a Japanese seminar invitation with claims
T0015 = """平野様

「メリディアン インサイト 活用セミナー（大阪）」のご案内です。

日時：2026年7月16日（木）14:00～16:00（受付 13:30～）
会場：梅田センタービル 12階 会議室A（定員40名）

メリディアン インサイトは2027年1月に一般提供を開始する予定です。
同製品の無料トライアルは30日間で、セミナー当日にお申し込みいただけます。
同製品のクエリ応答時間は最大2秒です。

ご出席の可否を、この招待への返信でお知らせください。

西田
"""
ICS0015 = vevent("REQUEST", "040000008200E00074C5B7101A82E00800000000C9D4B27A110DDD01000000000000000010000000F6B1",
                 "メリディアン インサイト 活用セミナー（大阪）", T0015, "20260716T140000", "20260716T160000",
                 "Tokyo Standard Time", ("西田 亮介", NISHIDA[1]), [HIRANO], "20260702T005521Z", lang="ja-JP",
                 location="梅田センタービル 12階 会議室A")
mail("0015", "2026-07-02 09:55:21 +0900", NISHIDA, [HIRANO], "メリディアン インサイト 活用セミナー（大阪）のご案内",
     mime.multipart("alternative", [mime.text_part(T0015, "utf-8", "quoted-printable"),
                                    cal_part(ICS0015, "REQUEST")], mime.boundary("0015")),
     style="outlook-jp", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始する予定です。"),
         C("insight", "free_trial", dur(30, "days"), "ok", "同製品の無料トライアルは30日間で、セミナー当日にお申し込みいただけます。"),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒です。"),
     ])

# ====================================================================== 0016 Tokyo: a Slack Connect thread with the customer
T0016 = """株式会社ミナト海運
小松様

いつもお世話になっております。メリディアン・データの井上です。

先ほどの共有チャンネルでのやり取りを、社内展開用にメールでもお送りします。

#minato-meridian（Slackコネクト）
[14:02] 小松 理恵（ミナト海運）: メリディアン インサイトで作れるダッシュボードは何個までですか？
[14:05] 井上 彩: メリディアン インサイトのダッシュボードは最大200個まで作成できます。
[14:06] 小松 理恵（ミナト海運）: ありがとうございます！正式リリースはいつ頃になりますか？
[14:09] 井上 彩: 同製品の正式リリースは2026年12月の予定です🙇‍♀️
[14:10] 小松 理恵（ミナト海運）: 👍
[14:12] 井上 彩: あと、メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。

以上、よろしくお願いいたします。

""" + SIG_INOUE
mail("0016", "2026-07-20 14:31:06 +0900", INOUE, [KOMATSU], "Slackでのご質問への回答（メリディアン インサイト）",
     alt(T0016, "utf-8", "base64", "0016", "outlook", "ja"), style="outlook-jp", mailer=OUTLOOK, crlf=True,
     archive=True,
     claims=[
         C("insight", "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボードは最大200個まで作成できます。"),
         C("insight", "general_availability", "2026-12", "conflict", "同製品の正式リリースは2026年12月の予定です"),
         C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
           "あと、メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。"),
     ])

# ====================================================================== 0017 London: a text spec sheet (windows-1252) + vCard with a tagline
T0017 = """Dear Naomi,

Thank you for the partners' questions. Attached is our one-page Meridian Insight spec sheet as a text file, which your IT team asked for in preference to a PDF.

Meridian Insight is the industry-leading choice for firms that want their matter data in one place, and the beta is open to your pilot group now.

I've also attached my contact card.

Kind regards,
Rupert

""" + SIG_RUPERT
SPEC0017 = """Meridian Insight – specification sheet (UK, August 2026)
=========================================================

Status ............... Beta; general availability January 2027
Query latency ........ 2 seconds or less (p95, 100M-row workspace)
Dashboards ........... up to 500 per workspace
Connectors ........... 60+ data sources out of the box
Free trial ........... 30 days
Price ................ £25 per user per month, excluding VAT

Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG
"""
mail("0017", "2026-08-11 11:20:38 +0100", RUPERT, [NAOMI], "Meridian Insight spec sheet (text)",
     mixed("0017", [mime.text_part(T0017, "utf-8", "quoted-printable"),
                    mime.text_attachment(SPEC0017, "plain", "windows-1252", "quoted-printable",
                                         "Meridian_Insight_spec_sheet_UK.txt", crlf_body=True),
                    vcf(VCARD_RUPERT, "Rupert Hale.vcf", "vcard")]),
     style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok", "Status ............... Beta; general availability January 2027"),
         C("insight", "query_latency", dur(2, "seconds"), "ok",
           "Query latency ........ 2 seconds or less (p95, 100M-row workspace)"),
         C("insight", "max_dashboards", 500, "conflict", "Dashboards ........... up to 500 per workspace"),
         C("insight", "integrations", 60, "unverified", "Connectors ........... 60+ data sources out of the box"),
         C("insight", "free_trial", dur(30, "days"), "ok", "Free trial ........... 30 days"),
         C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
           "Price ................ £25 per user per month, excluding VAT"),
     ],
     findings=[PH("en.superlative", "Meridian Insight is the industry-leading choice")])

# ====================================================================== 0018 US forwards a London .eml that quotes Tokyo
T0018_INNER = """Hi Laura,

Crestline's UK arm asked the same thing last month. For the record, Meridian Sync is £329 a month here, ex VAT, and it runs on Windows and macOS, which is all Crestline's UK office uses.

Kentaro in Tokyo confirmed the SLA wording for me:

On Thu, 27 Aug 2026 at 09:12, Kentaro Mori <kentaro.mori@jp.meridian-data.com> wrote:
> Hi Hannah,
> Meridian Sync's uptime SLA is 99.9% in every region, and it is ISO 27001 certified.
> Kentaro

Hannah
"""
INNER0018 = mime.message([
    ("From", mime.address(*HANNAH)), ("To", mime.address(*LAURA)), ("Subject", "Re: Crestline UK - Sync questions"),
    ("Date", format_datetime(parse_dt("2026-08-28 16:04:19 +0100"))),
    ("Message-ID", "<%s>" % msgid("outlook-uk", "inner-0018")), ("MIME-Version", "1.0")],
    mime.text_part(T0018_INNER, "utf-8", "quoted-printable"))
T0018 = """Hi Grace,

Your UK office had asked our London team about Meridian Sync, so I'm attaching Hannah's note rather than paraphrasing it.

For the US entity nothing changes: Meridian Sync is $399 per month, and every user gets 1 TB of storage.

See you at the quarterly review on September 17.

Laura

""" + SIG_LAURA
S0018 = "Meridian Sync is £329 a month here, ex VAT, and it runs on Windows and macOS"
Q0018 = "Meridian Sync's uptime SLA is 99.9% in every region, and it is ISO 27001 certified."
mail("0018", "2026-09-01 08:47:29 -0700", LAURA, [GRACE], "Fwd: Re: Crestline UK - Sync questions",
     mixed("0018", [mime.text_part(T0018, "utf-8", "quoted-printable"),
                    mime.attached_message(INNER0018, "Re Crestline UK - Sync questions.eml")], "gmail"),
     style="gmail", archive=True,
     claims=[
         C("sync", "monthly_price", money(399, "USD", "month"), "ok",
           "For the US entity nothing changes: Meridian Sync is $399 per month, and every user gets 1 TB of storage."),
         C("sync", "storage_per_user", 1 * TB, "ok",
           "For the US entity nothing changes: Meridian Sync is $399 per month, and every user gets 1 TB of storage."),
         as_quoted([
             C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", S0018),
             SET("sync", "supported_platforms", ["Windows", "macOS"], "ok", S0018),
         ], "london", "2026-09-01"),
         as_quoted([
             C("sync", "sla", 99.9, "ok", Q0018),
             C("sync", "certifications", "ISO 27001", "ok", Q0018),
         ], "tokyo", "2026-09-01"),
     ])

# ====================================================================== 0019 Osaka forwards a customer's own .eml
T0019_INNER = """西田様

関西ケミカル 生産管理課の岡本です。
工場の現場では、メリディアン シンクはオフラインでも編集できると聞いております。
また、タブレット（Android）とWindows PCの両方で使えるとのことですが、間違いないでしょうか。

岡本
"""
INNER0019 = mime.message([
    ("From", mime.address(OKAMOTO[0], OKAMOTO[1], "UTF-8")),
    ("To", mime.address(NISHIDA[0], NISHIDA[1], "UTF-8")),
    ("Subject", mime.encoded_words("メリディアン シンクについて質問です", "UTF-8")),
    ("Date", format_datetime(parse_dt("2026-09-22 08:55:02 +0900"))),
    ("Message-ID", "<%s>" % msgid("gmail", "inner-0019")), ("MIME-Version", "1.0")],
    mime.text_part(T0019_INNER, "utf-8", "base64"))
T0019 = """関西ケミカル株式会社
平野様

いつもお世話になっております。大阪オフィスの西田です。

生産管理課の岡本様からいただいたご質問のメールを添付し、回答をまとめます。

・メリディアン シンクはオフラインモードには対応しておりません。編集には常時ネットワーク接続が必要です。
・同製品はWindows、Mac、iPhone/iPad、Androidでご利用いただけます。
・同製品の稼働率SLAは99.9％です。

工場のタブレット20台分の設定は、10月6日の訪問時に実施いたします。

よろしくお願いいたします。

""" + SIG_NISHIDA
P0019 = "・同製品はWindows、Mac、iPhone/iPad、Androidでご利用いただけます。"
mail("0019", "2026-09-24 13:16:40 +0900", NISHIDA, [HIRANO], "メリディアン シンクに関するご質問への回答",
     mixed("0019", [mime.text_part(T0019, "utf-8", "8bit"),
                    mime.attached_message(INNER0019, "question-okamoto.eml")], "outlook"),
     style="thunderbird", mailer=THUNDERBIRD, archive=True,
     claims=[
         C("sync", "offline_mode", False, "ok", "・メリディアン シンクはオフラインモードには対応しておりません。"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", P0019),
         C("sync", "sla", 99.9, "ok", "・同製品の稼働率SLAは99.9％です。"),
         C("sync", "offline_mode", True, "conflict", "工場の現場では、メリディアン シンクはオフラインでも編集できると聞いております。",
           quoted=True, office="unknown", as_of="2026-09-24"),
     ])

# ====================================================================== 0020 London: a Teams chat with a US colleague
T0020 = """Hi Edward,

You asked whether the price and SLA I quoted still hold now that your volumes have grown. I checked with our US solutions team on Teams this morning; here's the exchange:

Ken Sato 10:42 AM
Meridian Vault SLA is 99.95%, same in every region
Hannah Price 10:43 AM
and UK list price is still £16/TB/month?
Ken Sato 10:44 AM
yes, Meridian Vault is £16 per TB per month for UK customers 👍
Ken Sato 10:45 AM
Meridian Vault data centers are Tokyo, Osaka, Oregon and Frankfurt. There's no London region, so UK data sits in Frankfurt
Hannah Price 10:46 AM
perfect, thanks Ken 🙏

So nothing changes for you at 58 TB; the renewal on 1 December is at the same rate.

Best wishes,
Hannah

""" + SIG_HANNAH
mail("0020", "2026-10-14 11:02:51 +0100", HANNAH, [EDWARD], "RE: Vault renewal – price and SLA",
     alt(T0020, "utf-8", "quoted-printable", "0020"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("vault", "sla", 99.95, "ok", "Meridian Vault SLA is 99.95%, same in every region"),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok",
           "yes, Meridian Vault is £16 per TB per month for UK customers"),
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
             "Meridian Vault data centers are Tokyo, Osaka, Oregon and Frankfurt."),
     ])

# ====================================================================== 0021 Tokyo: an updated invitation (SEQUENCE:1) with claims and the old name
T0021 = """杉山様

日程変更に伴い、招待を更新いたしました（変更後：11月12日（木）10:00～11:00）。

当日は、旧メリディアン・ファイルシンクからメリディアン シンクへの移行計画をご説明します。事前情報として要点をお送りします。
・メリディアン シンクは最大1万ユーザーまでご利用いただけます。
・同製品は1ユーザーあたり1TBのストレージをご利用いただけます。
・同製品はISMAPに登録済みです。

会議室：弊社丸の内オフィス 21階 第3会議室（受付で「森」とお申し付けください）

森
"""
ICS0021 = vevent("REQUEST", "040000008200E00074C5B7101A82E00800000000D1A7C3E9502EDD01000000000000000010000000A7C4",
                 "メリディアン シンク 移行計画のご説明（北斗精工様）", T0021, "20261112T100000", "20261112T110000",
                 "Tokyo Standard Time", ("森 健太郎", MORI[1]), [SUGIYAMA], "20261104T061840Z", lang="ja-JP",
                 location="丸の内オフィス 21階 第3会議室", sequence=1)
mail("0021", "2026-11-04 15:18:40 +0900", MORI, [SUGIYAMA], "更新: メリディアン シンク 移行計画のご説明（北斗精工様）",
     mime.multipart("alternative", [mime.text_part(T0021, "utf-8", "base64"),
                                    mime.text_part(html_of(T0021, "ja"), "utf-8", "base64", "html"),
                                    cal_part(ICS0021, "REQUEST")], mime.boundary("0021")),
     style="outlook-jp", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "・メリディアン シンクは最大1万ユーザーまでご利用いただけます。"),
         C("sync", "storage_per_user", 1 * TB, "ok", "・同製品は1ユーザーあたり1TBのストレージをご利用いただけます。"),
         C("sync", "certifications", "ISMAP", "conflict", "・同製品はISMAPに登録済みです。"),
     ],
     findings=[TERM("sync", "旧メリディアン・ファイルシンクからメリディアン シンクへの移行計画")])

# ====================================================================== 0022 customer accepts an invitation (METHOD:REPLY)
T0022 = """Laura – accepted. I'll bring our new practice manager. We're now at 16 clinics and about 47 TB of imaging, so let's talk about whether Meridian Vault still makes sense at that size.

Grace
"""
ICS0022 = vevent("REPLY", "b0d3e7f1-58c2-4a19-9e6d-7c2a41f0d5e3@meridian-data.com",
                 "Accepted: Crestline / Meridian quarterly review", None, "20261119T090000", "20261119T100000",
                 "Pacific Standard Time", ("Laura Bennett", LAURA[1]), [GRACE], "20261112T224409Z",
                 partstat="ACCEPTED", alarm=False, prodid="-//Google Inc//Google Calendar 70.9054//EN")
mail("0022", "2026-11-12 14:44:09 -0800", GRACE, [LAURA], "Accepted: Crestline / Meridian quarterly review",
     mime.multipart("alternative", [mime.text_part(T0022, "utf-8", "quoted-printable"), cal_part(ICS0022, "REPLY")],
                    mime.boundary("0022", "gmail")),
     style="gmail", archive=True, claims=[])

# ====================================================================== 0023 US: a Slack thread in "Name  time" copy format
T0023 = """Hi Derek,

Quick answers from our Insight product channel, pasted straight from Slack:

Maya Chen  9:14 AM
Meridian Insight GA is January 2027, and list price will be $30 per user per month
Ken Sato  9:15 AM
:+1: and the trial length?
Maya Chen  9:15 AM
Meridian Insight trials run 30 days, and dashboards cap at 200 per workspace
Maya Chen  9:16 AM
also: customers coming from Meridian FileSync keep their folder permissions when they connect it as a data source
Ken Sato  9:17 AM
:raised_hands:

One more thing from my side: Meridian Insight integrates with 45 data sources today, including Meridian Sync and your Shopify store.

Ken

""" + SIG_KEN
G0023 = "Meridian Insight GA is January 2027, and list price will be $30 per user per month"
T2_0023 = "Meridian Insight trials run 30 days, and dashboards cap at 200 per workspace"
mail("0023", "2026-11-18 09:31:12 -0800", KEN, [DEREK], "Insight answers from the product team",
     mime.text_part(T0023, "utf-8", "quoted-printable", params="; format=flowed"), style="apple", mailer=APPLE,
     archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok", G0023),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", G0023),
         C("insight", "free_trial", dur(30, "days"), "ok", T2_0023),
         C("insight", "max_dashboards", 200, "ok", T2_0023),
         C("insight", "integrations", 45, "unverified",
           "Meridian Insight integrates with 45 data sources today, including Meridian Sync and your Shopify store."),
     ],
     findings=[TERM("sync", "customers coming from Meridian FileSync keep their folder permissions")])

# ====================================================================== 0024 Osaka: an old text overview attached late (stale) + a USD price
MURAKAMI = ("村上 智子", "t-murakami@naniwa-shokuhin.co.jp")
T0024 = """浪速食品株式会社
情報システム課　村上様

いつもお世話になっております。大阪オフィスの西田です。

ご依頼の製品概要をテキストファイルでお送りします。
米国のグループ会社様向けの料金もあわせて記載しております。

来週11月25日（水）の定例会で、内容をご説明いたします。

よろしくお願いいたします。

""" + SIG_NISHIDA
TXT0024 = """メリディアン シンク 製品概要

■ 基本仕様
・本製品は最大5,000ユーザーまでご利用いただけます。
・本製品の稼働率SLAは99.9％です。
・本製品はWindows、Mac、iOS、Androidに対応しています。

■ 料金
・国内：本製品の月額料金は55,000円（税込）です。
・米国グループ会社様：本製品の月額料金は399米ドルです。
"""
mail("0024", "2026-11-20 17:05:33 +0900", NISHIDA, [MURAKAMI], "メリディアン シンク 製品概要のご送付",
     mixed("0024", [mime.text_part(T0024, "utf-8", "8bit"),
                    mime.text_attachment(TXT0024, "plain", "utf-8", "base64", "メリディアンシンク_製品概要.txt")]),
     style="thunderbird", mailer=THUNDERBIRD, archive=True,
     claims=[
         C("sync", "max_users", 5000, "stale", "・本製品は最大5,000ユーザーまでご利用いただけます。"),
         C("sync", "sla", 99.9, "ok", "・本製品の稼働率SLAは99.9％です。"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "・本製品はWindows、Mac、iOS、Androidに対応しています。"),
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
           "・国内：本製品の月額料金は55,000円（税込）です。"),
         C("sync", "monthly_price", money(399, "USD", "month"), "office-variant",
           "・米国グループ会社様：本製品の月額料金は399米ドルです。"),
     ])

CROSS_OFFICE_EXPECTED = [
    ("meridian-sync", "max_users", ("osaka", "tokyo")),                  # 0024 (stale 5,000) vs 0021, 16 days
    ("meridian-insight", "general_availability", ("london", "tokyo")),   # 0017 vs 0016, 22 days
    ("meridian-insight", "general_availability", ("osaka", "tokyo")),    # 0015 vs 0016, 18 days
    ("meridian-insight", "max_dashboards", ("london", "tokyo")),         # 0017 vs 0016, 22 days
    ("meridian-vault", "retention", ("london", "osaka")),                # 0011 vs 0013 (quoted Osaka), 32 days
    ("meridian-vault", "retention", ("london", "us-hq")),                # 0011 vs 0012, 18 days
    ("meridian-vault", "rpo", ("london", "osaka")),                      # 0011 vs 0013 (quoted Osaka), 32 days
    ("meridian-vault", "rpo", ("osaka", "tokyo")),                       # 0013 (quoted Osaka) vs 0014, 1 day
]

from docs_content import DOCS  # noqa: E402,F401
