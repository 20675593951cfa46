#!/usr/bin/env python3
"""Generate evaluation set 50 (Meridian Data): messy real-world message formats.

python3 gen/generate.py   # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl
Deterministic, stdlib only. Ends with a self-check that decodes every message the
way README.md describes and finds every labelled excerpt in the decoded text.
"""
import base64, gzip, html, json, os, re, shutil, sys, unicodedata
from email import message_from_bytes, policy
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"

def yen(a, per, tax): return {"amount": a, "currency": "JPY", "per": per, "tax": tax}
def usd(a, per): return {"amount": a, "currency": "USD", "per": per, "tax": None}
def gbp(a, per, tax=None): return {"amount": a, "currency": "GBP", "per": per, "tax": tax}
def dur(a, u): return {"amount": a, "unit": u}
TB = 10 ** 12

# ----------------------------------------------------------------- encoders
def addr(name, a, cs="utf-8"):
    return formataddr((name, a), charset=cs) if name else a

def subj(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76, header_name="Subject").encode()

def b64lines(b):
    e = base64.b64encode(b).decode()
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76)) + "\n"

def qp(text, cs="utf-8"):
    """Quoted-printable as mailers write it: lines <= 76, soft breaks '='.
    A '\x01' in text forces a soft break there (where a real wrap fell)."""
    out = []
    for line in text.split("\n"):
        pieces, cur = [], ""
        for ch in line:
            if ch == "\x01":
                pieces.append(cur + "="); cur = ""; continue
            tok = "".join(chr(c) if (33 <= c <= 126 and c != 61) or c == 32 else "=%02X" % c
                          for c in ch.encode(cs))
            if len(cur) + len(tok) > 75:
                pieces.append(cur + "="); cur = ""
            cur += tok
        if cur.endswith(" "):
            cur = cur[:-1] + "=20"
        pieces.append(cur)
        out.append("\n".join(pieces))
    return "\n".join(out)

def flowed(paras, width=72):
    """format=flowed (RFC 3676, DelSp=No): soft line breaks end in a space."""
    out = []
    for p in paras.split("\n"):
        if len(p) <= width or p.startswith(">") or p == "-- ":
            out.append(p); continue
        words, line = p.split(" "), ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line + " "); line = w
            else:
                line = line + " " + w if line else w
        out.append(line)
    return "\n".join(out)

def headers(h):
    return "".join("%s: %s\n" % (k, v) for k, v in h)

def msg(h, body_bytes, crlf=True):
    raw = headers(h).encode("ascii") + b"\n" + body_bytes
    raw = raw.replace(b"\r\n", b"\n")
    return raw.replace(b"\n", b"\r\n") if crlf else raw

# ----------------------------------------------------------------- labels
MESSAGES = []   # dict(n, mid, date, office, raw, archive, claims, findings, sender)

def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return dict(product=product, attribute=attribute, value=value, verdict=verdict, text=text,
                quoted=quoted, office=office)

def P(rule, text): return dict(kind="phrase", rule=rule, product=None, text=text)
def T(product, text): return dict(kind="terminology", rule=None, product=product, text=text)

def add(n, mid, date, office, raw, claims=(), findings=(), archive=False, sender=""):
    MESSAGES.append(dict(n=n, mid=mid, date=date, office=office, raw=raw, claims=list(claims),
                         findings=list(findings), archive=archive, sender=sender))

# =================================================================== 0001
# tokyo; Shift_JIS (cp932) bytes sent 8bit under a charset="ISO-2022-JP" label
b1 = """北斗電機株式会社
情報システム部　木村様

いつもお世話になっております。メリディアン・データの佐藤です。
先日はお忙しいところ、お打ち合わせのお時間をいただきありがとうございました。
ご質問いただいた点について、以下のとおり回答いたします。

1. 利用人数について
メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。
御社の現在の対象人数（約1,800名）であれば、将来の拡張も含めて問題ございません。

2. 料金について
メリディアン シンクの月額料金は50,000円（税抜）です。
年間契約の場合は12か月分を一括でご請求いたします。

3. ストレージ容量
同製品では1ユーザーあたり1TBのストレージが付与されます。

4. 次回のお打ち合わせ
5月20日（水）14:00から、御社会議室にてデモを予定しております。
当日はノートPCを2台持参いたします。

引き続きよろしくお願いいたします。

--
メリディアン・データ株式会社 東京オフィス
営業本部 第二営業部　佐藤 美咲
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F
TEL: 03-6555-0142 / FAX: 03-6555-0143
携帯: 090-1234-5678
m.sato@jp.meridian-data.com
"""
add(1, "20260512101403.7A1F.M.SATO@jp.meridian-data.com", "2026-05-12", "tokyo", msg([
    ("Return-Path", "<m.sato@jp.meridian-data.com>"),
    ("Date", "Tue, 12 May 2026 10:14:03 +0900"),
    ("From", addr("佐藤 美咲", "m.sato@jp.meridian-data.com", "iso-2022-jp")),
    ("To", addr("木村 様", "kimura@hokuto-denki.co.jp", "iso-2022-jp")),
    ("Subject", subj("ファイル共有サービスのご質問への回答", "iso-2022-jp")),
    ("Message-Id", "<20260512101403.7A1F.M.SATO@jp.meridian-data.com>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain; charset="ISO-2022-JP"'),
    ("Content-Transfer-Encoding", "8bit"),
    ("X-Mailer", "Becky! ver. 2.81.04"),
], b1.encode("cp932")), [
    C(S, "max_users", 10000, "ok", "メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。"),
    C(S, "monthly_price", yen(50000, "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）です。"),
    C(S, "storage_per_user", TB, "ok", "同製品では1ユーザーあたり1TBのストレージが付与されます。"),
])

# =================================================================== 0002
# us-hq; quoted-printable with soft breaks inside "Meridian Sync" and "99.9%"
b2 = """Hi Priya,

Thanks for the time on Thursday \u2013 great to meet the whole IT team. Here\u2019s a recap of what we covered, plus the answers I owed you:

- Pricing: Meridian Sync is $399 per month for the workspace, billed annually.
- Order form Q-2026-0417 covers 250 licences for the Denver and Boise clinics; the 8% multi-year discount is applied to the first term.
- Uptime: as discussed with Dr. Okonkwo (your compliance lead), Meridian Sync is backed, as are all the production workspaces we run for you, by a 99.9% uptime SLA with service credits if we miss the target.
- Backups: if you add Meridian Vault later, its RPO is 15 minutes and default retention is 90 days.
- Your question about the Linux workstations in radiology: I\u2019ve asked our product team and will come back to you by Tuesday.

Next step is the security review call on May 27 at 10am MT (dial-in below).

Best,
Jake

Jake Ortiz | Account Executive, Healthcare West
Meridian Data Inc. | 500 Howard St, Suite 900, San Francisco, CA 94105
o: +1 (415) 555-0187 | m: +1 (628) 555-0112
Zoom: 842 1190 3345, passcode 118822
"""
add(2, "CAKp7x2vQ9=Ld4fR0nYb+4dG1s0Hq8rJm@mail.gmail.com", "2026-05-19", "us-hq", msg([
    ("Date", "Tue, 19 May 2026 09:22:10 -0700"),
    ("From", "Jake Ortiz <jake.ortiz@meridian-data.com>"),
    ("To", "Priya Raman <praman@cascadehealth.org>"),
    ("Subject", "Recap + open items from Thursday"),
    ("Message-ID", "<CAKp7x2vQ9=Ld4fR0nYb+4dG1s0Hq8rJm@mail.gmail.com>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain; charset="UTF-8"'),
    ("Content-Transfer-Encoding", "quoted-printable"),
], qp(b2).encode("ascii")), [
    C(S, "monthly_price", usd(399, "month"), "ok", "Pricing: Meridian Sync is $399 per month for the workspace, billed annually."),
    C(S, "sla", 99.9, "ok", "Meridian Sync is backed, as are all the production workspaces we run for you, by a 99.9% uptime SLA with service credits if we miss the target."),
    C(V, "rpo", dur(15, "minutes"), "ok", "if you add Meridian Vault later, its RPO is 15 minutes and default retention is 90 days."),
    C(V, "retention", dur(90, "days"), "ok", "if you add Meridian Vault later, its RPO is 15 minutes and default retention is 90 days."),
], archive=True, sender="jake.ortiz@meridian-data.com")

# =================================================================== 0003
# london; UTF-8 bytes labelled iso-8859-1
b3 = """Hi Tom,

Following up on Tuesday\u2019s call \u2014 here\u2019s the short version for your board pack.

Meridian Sync is \u00a3329 per month plus VAT for the whole organisation, and each user gets 1 TB of storage.

For backups, Meridian Vault is \u00a316 per TB per month, and your data would sit in our Frankfurt and London data centres.

You mentioned 40 TB today growing to roughly 70 TB by 2028 \u2014 that\u2019s well within what one tenant can hold.

I\u2019ll send the draft order form once procurement confirms the 3-year term.

Kind regards,
Olivia

Olivia Brennan
Senior Account Manager, UK & Ireland
Meridian Data Ltd \u00b7 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0321 \u00b7 M +44 7700 900 418
Registered in England and Wales, company no. 09876543 \u00b7 VAT GB 123 4567 89
"""
add(3, "0b9e3c1d-5f7a-4e2b-9c61-2d8f04a7be15@uk.meridian-data.com", "2026-06-02", "london", msg([
    ("Date", "Tue, 2 Jun 2026 16:41:27 +0100"),
    ("From", "Olivia Brennan <olivia.brennan@uk.meridian-data.com>"),
    ("To", "Tom Hale <tom.hale@northgate-logistics.co.uk>"),
    ("Subject", "Sync + Vault - numbers for the board pack"),
    ("Message-ID", "<0b9e3c1d-5f7a-4e2b-9c61-2d8f04a7be15@uk.meridian-data.com>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=iso-8859-1"),
    ("Content-Transfer-Encoding", "8bit"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], b3.encode("utf-8")), [
    C(S, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync is £329 per month plus VAT for the whole organisation, and each user gets 1 TB of storage."),
    C(S, "storage_per_user", TB, "ok", "Meridian Sync is £329 per month plus VAT for the whole organisation, and each user gets 1 TB of storage."),
    C(V, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month, and your data would sit in our Frankfurt and London data centres."),
    C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault is £16 per TB per month, and your data would sit in our Frankfurt and London data centres."),
    C(V, "data_centers", "London", "conflict", "Meridian Vault is £16 per TB per month, and your data would sit in our Frankfurt and London data centres."),
], archive=True, sender="olivia.brennan@uk.meridian-data.com")

# =================================================================== 0004
# london; format=flowed (Thunderbird), claims broken across soft line breaks
b4 = flowed("""Dear Hannah,

Thank you for your patience while I checked the details with our product team in San Francisco.

Meridian Insight will be generally available in January 2027; until then the product is in beta, and your analysts are welcome to join the beta programme at no charge.

Once it is generally available, Meridian Insight is \u00a325 per user per month, and every new workspace starts with a 30-day free trial.

On limits: a Meridian Insight workspace holds up to 500 dashboards. Your finance team has about 60 today, so there is plenty of headroom.

I have pencilled in Thursday 18 June, 14:00, for a walkthrough at your Leeds office (Wellington Place, LS1 4AP).

Best wishes,
Rajesh

-- 
Rajesh Patel | Solutions Consultant
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG
+44 20 7946 0377 | +44 7700 900 262
""")
add(4, "5c2d7e90-88a1-4b3f-a0d2-7f3e1b9c6a44@uk.meridian-data.com", "2026-06-09", "london", msg([
    ("Message-ID", "<5c2d7e90-88a1-4b3f-a0d2-7f3e1b9c6a44@uk.meridian-data.com>"),
    ("Date", "Tue, 9 Jun 2026 11:03:52 +0100"),
    ("MIME-Version", "1.0"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Content-Language", "en-GB"),
    ("To", "Hannah Moore <hannah.moore@fenwickco.co.uk>"),
    ("From", "Rajesh Patel <r.patel@uk.meridian-data.com>"),
    ("Subject", "Re: Meridian Insight - timing and limits"),
    ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
    ("Content-Transfer-Encoding", "8bit"),
], b4.encode("utf-8"), crlf=False), [
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027"),
    C(I, "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is £25 per user per month, and every new workspace starts with a 30-day free trial."),
    C(I, "free_trial", dur(30, "days"), "ok", "Meridian Insight is £25 per user per month, and every new workspace starts with a 30-day free trial."),
    C(I, "max_dashboards", 500, "conflict", "a Meridian Insight workspace holds up to 500 dashboards."),
])

# =================================================================== 0005
# tokyo; HTML-only <br>-soup, base64, UTF-8
h5 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
      "<body><div style=\"font-family:'ＭＳ Ｐゴシック';font-size:10pt\">瀬戸商会株式会社<br>管理部　大西様<br><br>"
      "いつもお世話になっております。<br>メリディアン・データの中村でございます。<br><br>"
      "先日お問い合わせいただいたバックアップサービスの件、下記のとおりご回答いたします。<br><br><br>"
      "<b>■メリディアン ボールトについて</b><br>"
      "・料金：メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。<br>"
      "・RPO：メリディアン ボールトのRPO（目標復旧時点）は最大15分です。<br>"
      "・保持期間：メリディアン ボールトでは、標準で30日間バックアップを保持いたします。<br><br>"
      "なお、メリディアン ボールトは法人向けクラウドバックアップで業界No.1の実績がございます。<br><br>"
      "貴社の現在のファイルサーバー（約12TB）であれば、初期移行は2日程度で完了する見込みです。<br>"
      "&nbsp;<br>ご不明な点がございましたら、お気軽にお申し付けください。<br>"
      "何卒よろしくお願い申し上げます。<br><br>"
      "<font color=\"#666666\">***************************************<br>"
      "メリディアン・データ株式会社 東京オフィス<br>"
      "営業本部　中村 健太<br>"
      "〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F<br>"
      "TEL：03-6555-0150　携帯：080-4455-6120<br>"
      "***************************************</font><br></div></body></html>\n")
add(5, "TYWPR01MB9921D3A8E0C1F2B6A5D7C4E1A9F02@TYWPR01MB9921.jpnprd01.prod.outlook.com", "2026-07-08", "tokyo", msg([
    ("From", addr("中村 健太", "k.nakamura@jp.meridian-data.com")),
    ("To", addr("大西 様", "onishi@seto-shokai.co.jp")),
    ("Subject", subj("【ご回答】バックアップサービスについて")),
    ("Date", "Wed, 8 Jul 2026 13:27:45 +0900"),
    ("Message-ID", "<TYWPR01MB9921D3A8E0C1F2B6A5D7C4E1A9F02@TYWPR01MB9921.jpnprd01.prod.outlook.com>"),
    ("Content-Language", "ja-JP"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/html; charset="utf-8"'),
    ("Content-Transfer-Encoding", "base64"),
], b64lines(h5.encode("utf-8")).encode()), [
    C(V, "price_per_tb", yen(3080, "TB-month", "included"), "ok", "メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。"),
    C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は最大15分です。"),
    C(V, "retention", dur(30, "days"), "conflict", "メリディアン ボールトでは、標準で30日間バックアップを保持いたします。"),
], [P("ja.superlative-no1", "メリディアン ボールトは法人向けクラウドバックアップで業界No.1の実績がございます。")],
    archive=True, sender="k.nakamura@jp.meridian-data.com")

# =================================================================== 0006
# us-hq; Outlook multipart/alternative, mso-styled HTML, Outlook header block quoting the customer
t6 = """Hi Marcus,

Great questions \u2013 answers below so your team has them in one place.

Meridian Insight is $30 per user per month on the annual plan.
Meridian Insight dashboards load in under 1 second, even on your largest store-level datasets.
That\u2019s down to our industry-leading query engine.

For the pilot we\u2019d set up 35 seats for the Chicago region; we can expand at renewal.
I\u2019ll have the order form to you by Friday.

Thanks,
Dana

Dana Whitfield
Regional Sales Director, Central
Meridian Data Inc.
+1 (312) 555-0164

From: Marcus Reed <mreed@brightline-retail.com>
Sent: Monday, July 27, 2026 4:12 PM
To: Dana Whitfield <dana.whitfield@meridian-data.com>
Subject: Insight pricing + performance

Dana,
What\u2019s the per-user price for Meridian Insight, and how fast do queries come back on 2 years of POS data?
We have about 400 analysts and store managers who\u2019d need access.
Marcus
"""
def mso(p): return ("<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>%s"
                    "<o:p></o:p></span></p>\n" % p)
h6 = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
      "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
      "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
      "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n"
      "/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n"
      "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\n"
      "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n"
      "@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n"
      "div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
      "</xml><![endif]--></head><body lang=EN-US link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
      "<div class=WordSection1>\n"
      + mso("Hi Marcus,") + mso("&nbsp;")
      + mso("Great questions &#8211; answers below so your team has them in one place.") + mso("&nbsp;")
      + mso("<b>Meridian Insight</b> is $30 per user per month on the annual plan.")
      + mso("<b>Meridian Insight</b> dashboards load in under 1&nbsp;second, even on your largest store-level datasets.")
      + mso("That&#8217;s down to our industry-leading query engine.") + mso("&nbsp;")
      + mso("For the pilot we&#8217;d set up 35 seats for the Chicago region; we can expand at renewal.")
      + mso("I&#8217;ll have the order form to you by Friday.") + mso("&nbsp;")
      + mso("Thanks,") + mso("Dana") + mso("&nbsp;")
      + "<p class=MsoNormal><b><span style='font-size:10.0pt;color:#1F3864'>Dana Whitfield</span></b>"
        "<span style='font-size:10.0pt;color:#1F3864'><br>Regional Sales Director, Central<br>Meridian Data Inc.<br>"
        "+1 (312) 555-0164<o:p></o:p></span></p>\n"
      + mso("&nbsp;")
      + "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>"
        "<p class=MsoNormal><b>From:</b> Marcus Reed &lt;mreed@brightline-retail.com&gt; <br><b>Sent:</b> Monday, July 27, 2026 4:12 PM<br>"
        "<b>To:</b> Dana Whitfield &lt;dana.whitfield@meridian-data.com&gt;<br><b>Subject:</b> Insight pricing + performance<o:p></o:p></p></div>\n"
      + mso("&nbsp;") + mso("Dana,")
      + mso("What&#8217;s the per-user price for Meridian Insight, and how fast do queries come back on 2 years of POS data?")
      + mso("We have about 400 analysts and store managers who&#8217;d need access.") + mso("Marcus")
      + "</div></body></html>\n")
B6 = "_000_BY5PR17MB39041C6E2A0F8D1B7E55A3C2BY5PR17MB3904namp_"
body6 = ("This is a multi-part message in MIME format.\n\n--%s\nContent-Type: text/plain; charset=\"utf-8\"\n"
         "Content-Transfer-Encoding: quoted-printable\n\n%s\n\n--%s\nContent-Type: text/html; charset=\"utf-8\"\n"
         "Content-Transfer-Encoding: quoted-printable\n\n%s\n\n--%s--\n") % (B6, qp(t6), B6, qp(h6), B6)
add(6, "BY5PR17MB39041C6E2A0F8D1B7E55A3C2BY5PR17MB3904@BY5PR17MB3904.namprd17.prod.outlook.com", "2026-07-28", "us-hq", msg([
    ("From", "Dana Whitfield <dana.whitfield@meridian-data.com>"),
    ("To", "Marcus Reed <mreed@brightline-retail.com>"),
    ("Subject", "RE: Insight pricing + performance"),
    ("Thread-Topic", "Insight pricing + performance"),
    ("Thread-Index", "AQHc9lXkqL0z7s3YJ0ue1Oq5ZkXw3g=="),
    ("Date", "Tue, 28 Jul 2026 14:05:31 +0000"),
    ("Message-ID", "<BY5PR17MB39041C6E2A0F8D1B7E55A3C2BY5PR17MB3904@BY5PR17MB3904.namprd17.prod.outlook.com>"),
    ("In-Reply-To", "<SA1PR04MB8807E1B0C3D4A2F5C96B12D7A3E4@SA1PR04MB8807.namprd04.prod.outlook.com>"),
    ("Accept-Language", "en-US"),
    ("Content-Language", "en-US"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % B6),
], body6.encode("ascii")), [
    C(I, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month on the annual plan."),
    C(I, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight dashboards load in under 1 second, even on your largest store-level datasets."),
], [P("en.superlative", "That’s down to our industry-leading query engine.")])

# =================================================================== 0007
# tokyo; 8bit UTF-8 with very long unwrapped lines (well past 998 octets)
b7 = ("ミナト・アパレル・ジャパン株式会社\n情報システム部　田中様\n\n"
      "いつもお世話になっております。メリディアン・データの高橋でございます。\n\n"
      "先日はお打ち合わせの機会をいただき、誠にありがとうございました。当日いただいたご質問のうち、持ち帰りとさせていただいた項目について、社内で確認が取れましたのでまとめてご連絡いたします。"
      "まず対応環境についてですが、メリディアン シンクはWindows、Mac、iPhone、Android、Linuxに対応しておりますので、開発部門のLinux端末からもご利用いただけます。"
      "また、メリディアン シンクはオフライン環境でもファイルの編集が可能で、接続が回復した時点で自動的に同期されます。"
      "稼働率につきましても、メリディアン シンクのSLAは月間99.9％でございますので、セール期間など店舗からのアクセスが集中する時期も安心してお使いいただけるかと存じます。"
      "導入時のアカウント移行作業は、貴社の情報システム部様と弊社エンジニアの2名体制で、おおむね3営業日を想定しております。\n\n"
      "なお、米国本社との一括契約をご検討とのことでしたので補足いたしますと、米国本社経由でご契約いただく場合、メリディアン シンクの月額料金は399米ドルとなります。"
      "国内でのご契約の場合は従来どおり円建てでのご請求となり、請求書は毎月末日締め、翌月末日払いでございます。"
      "為替の影響を含めたどちらの契約形態が有利かについては、貴社の経理部門のご判断もあるかと存じますので、必要でしたら比較表をお作りいたします。\n\n"
      "引き続きどうぞよろしくお願いいたします。\n\n"
      "――――――――――――――――――――\nメリディアン・データ株式会社 東京オフィス\nパートナー営業部　高橋 由紀\n"
      "〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F\nTEL 03-6555-0168（直通）\nhttps://www.meridian-data.com/ja/\n")
add(7, "CAH9wQx3+M2kTj7eN0pWc8aLr5dF_yZs1oGvB4hK@mail.gmail.com", "2026-08-04", "tokyo", msg([
    ("MIME-Version", "1.0"),
    ("Date", "Tue, 4 Aug 2026 18:09:12 +0900"),
    ("Message-ID", "<CAH9wQx3+M2kTj7eN0pWc8aLr5dF_yZs1oGvB4hK@mail.gmail.com>"),
    ("Subject", subj("先日のお打ち合わせの件（対応環境・ご契約形態）")),
    ("From", addr("高橋 由紀", "y.takahashi@jp.meridian-data.com")),
    ("To", addr("田中 様", "tanaka.k@minato-apparel.jp")),
    ("Content-Type", 'text/plain; charset="UTF-8"'),
    ("Content-Transfer-Encoding", "8bit"),
], b7.encode("utf-8")), [
    *[C(S, "supported_platforms", m, "conflict" if m == "Linux" else "ok",
        "メリディアン シンクはWindows、Mac、iPhone、Android、Linuxに対応しておりますので、開発部門のLinux端末からもご利用いただけます。")
      for m in ("Windows", "macOS", "iOS", "Android", "Linux")],
    C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフライン環境でもファイルの編集が可能で、接続が回復した時点で自動的に同期されます。"),
    C(S, "sla", 99.9, "ok", "メリディアン シンクのSLAは月間99.9％でございます"),
    C(S, "monthly_price", usd(399, "month"), "office-variant", "米国本社経由でご契約いただく場合、メリディアン シンクの月額料金は399米ドルとなります。"),
])

# =================================================================== 0008
# tokyo; ISO-2022-JP body + a Shift_JIS text attachment, base64, Japanese filename
b8 = """旭工業株式会社
総務部　森様

お世話になっております。メリディアン・データの小林です。

ご依頼いただいておりましたお見積書を添付にてお送りいたします。
ご査収のほどよろしくお願いいたします。

なお、メリディアン ボールトの保持期間は標準で90日間ですが、
オプションにて延長も可能です。ご要望があればお知らせください。

----------------------------------------
メリディアン・データ株式会社 東京オフィス
営業本部　小林 大輔
TEL 03-6555-0177 / 携帯 070-3318-2044
----------------------------------------
"""
att8 = """御見積条件書

見積番号：QT-2026-0806-03
発行日：2026年8月6日
有効期限：2026年9月5日

旭工業株式会社　御中

【お見積り条件】
・メリディアン シンク：月額基本料金 50,000円（税抜）
・メリディアン ボールト：容量課金 1TBあたり月額 2,800円（税抜）
・ご契約容量：20TB（初年度）
・ご契約期間：12か月（自動更新）
・お支払条件：月末締め翌月末払い

以上
メリディアン・データ株式会社　東京オフィス
"""
B8 = "----=_NextPart_000_0A1B_01DD2604.7C3E5F10"
fn8 = Header("見積条件書_20260806.txt", "iso-2022-jp").encode()
body8 = ("This is a multi-part message in MIME format.\n\n--%s\nContent-Type: text/plain; charset=ISO-2022-JP\n"
         "Content-Transfer-Encoding: 7bit\n\n" % B8).encode() + b8.encode("iso-2022-jp") + (
        "\n--%s\nContent-Type: text/plain; charset=Shift_JIS;\n name=\"%s\"\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment;\n filename=\"%s\"\n\n" % (B8, fn8, fn8)).encode() + \
        b64lines(att8.replace("\n", "\r\n").encode("shift_jis")).encode() + ("\n--%s--\n" % B8).encode()
add(8, "000a01dd2604$7c3e5f10$74bb1d30$@jp.meridian-data.com", "2026-08-06", "tokyo", msg([
    ("From", addr("小林 大輔", "d.kobayashi@jp.meridian-data.com", "iso-2022-jp")),
    ("To", addr("森 様", "mori@asahi-kogyo.co.jp", "iso-2022-jp")),
    ("Subject", subj("御見積書送付の件", "iso-2022-jp")),
    ("Date", "Thu, 6 Aug 2026 15:48:20 +0900"),
    ("Message-ID", "<000a01dd2604$7c3e5f10$74bb1d30$@jp.meridian-data.com>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/mixed;\n\tboundary="%s"' % B8),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Content-Language", "ja"),
], body8), [
    C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトの保持期間は標準で90日間ですが、"),
    C(S, "monthly_price", yen(50000, "month", "excluded"), "ok", "・メリディアン シンク：月額基本料金 50,000円（税抜）"),
    C(V, "price_per_tb", yen(2800, "TB-month", "excluded"), "ok", "・メリディアン ボールト：容量課金 1TBあたり月額 2,800円（税抜）"),
])

# =================================================================== 0009
# us-hq forward with nested message/rfc822: us-hq -> [tokyo -> [osaka original, ISO-2022-JP]]
inner9 = """京都精密株式会社
情報システム部　上田様

いつもお世話になっております。メリディアン・データ大阪オフィスの松本でございます。

お問い合わせいただいておりましたバックアップ費用の件、ご回答いたします。
メリディアン ボールトの容量課金は、1TBあたり月額2,500円（税抜）でご提供いたします。
初年度のご契約容量は約35TBを想定しております。

ご不明点がございましたら、お気軽にお問い合わせください。

━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社 大阪オフィス
ソリューション営業課　松本 彩
TEL 06-6450-7781 ／ FAX 06-6450-7782
━━━━━━━━━━━━━━━━━━━━
"""
osaka9 = msg([
    ("Date", "Tue, 14 Jul 2026 11:20:05 +0900"),
    ("From", addr("松本 彩", "a.matsumoto@osaka.jp.meridian-data.com", "iso-2022-jp")),
    ("To", addr("上田 様", "ueda@kyoto-seimitsu.co.jp", "iso-2022-jp")),
    ("Subject", subj("バックアップ費用のご回答", "iso-2022-jp")),
    ("Message-ID", "<20260714112005.3E92.A.MATSUMOTO@osaka.jp.meridian-data.com>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=ISO-2022-JP"),
    ("Content-Transfer-Encoding", "7bit"),
], inner9.encode("iso-2022-jp"), crlf=False)
mid9 = """Kevin-san,

Please find attached the Osaka team's mail to Kyoto Seimitsu (in Japanese).
For your reference, Meridian Vault data centers in Japan are in Tokyo and Osaka.

Regards,
Tsubasa Ito
Meridian Data K.K., Tokyo | +81 3-6555-0191
"""
B9b = "Apple-Mail=_4C1D9E2B-7F30-4A8E-B5D1-0E6C2F9A3B17"
tokyo9 = msg([
    ("From", "Tsubasa Ito <t.ito@jp.meridian-data.com>"),
    ("Content-Type", 'multipart/mixed;\n\tboundary="%s"' % B9b),
    ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"),
    ("Subject", "Fwd: Kyoto Seimitsu - Vault pricing (JP)"),
    ("Date", "Thu, 16 Jul 2026 09:02:44 +0900"),
    ("Message-Id", "<4C1D9E2B-7F30-4A8E-B5D1-0E6C2F9A3B17@jp.meridian-data.com>"),
    ("To", "Kevin Marsh <kevin.marsh@meridian-data.com>"),
], ("\n--%s\nContent-Transfer-Encoding: 7bit\nContent-Type: text/plain;\n\tcharset=us-ascii\n\n%s\n--%s\n"
    "Content-Disposition: attachment;\n\tfilename=\"original.eml\"\nContent-Type: message/rfc822\n\n"
    % (B9b, mid9, B9b)).encode() + osaka9 + ("\n--%s--\n" % B9b).encode(), crlf=False)
outer9 = """Hi Lauren,

Forwarding the thread from our Japan team so you can see the yen pricing your Kyoto colleagues were given.
For the US entity, Meridian Vault is $20 per TB per month, billed in USD.

Let me know if procurement wants both quotes on one order form (PO 4500-117-2291 can cover both).

Kevin
--
Kevin Marsh | Enterprise Account Executive | Meridian Data Inc.
+1 (415) 555-0133 | 500 Howard St, San Francisco, CA 94105
"""
B9 = "000000000000a4c2e9061f3b7d55"
add(9, "CAMx2Wq8T_p4YdK1rE0s9vLh6uNc3Zo7bFj5gA@mail.gmail.com", "2026-07-21", "us-hq", msg([
    ("MIME-Version", "1.0"),
    ("Date", "Tue, 21 Jul 2026 08:15:40 -0700"),
    ("Message-ID", "<CAMx2Wq8T_p4YdK1rE0s9vLh6uNc3Zo7bFj5gA@mail.gmail.com>"),
    ("Subject", "Fwd: Kyoto Seimitsu - Vault pricing (JP)"),
    ("From", "Kevin Marsh <kevin.marsh@meridian-data.com>"),
    ("To", "Lauren Pike <lauren.pike@kyoto-precision-us.com>"),
    ("Content-Type", 'multipart/mixed; boundary="%s"' % B9),
], ("--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s\n--%s\nContent-Type: message/rfc822; name=\"Fwd: Kyoto Seimitsu - Vault pricing (JP).eml\"\n"
    "Content-Disposition: attachment; filename=\"Fwd: Kyoto Seimitsu - Vault pricing (JP).eml\"\n\n"
    % (B9, outer9, B9)).encode() + tokyo9 + ("\n--%s--\n" % B9).encode()), [
    C(V, "price_per_tb", usd(20, "TB-month"), "ok", "For the US entity, Meridian Vault is $20 per TB per month, billed in USD."),
    C(V, "data_centers", "Tokyo", "ok", "Meridian Vault data centers in Japan are in Tokyo and Osaka.", True, "tokyo"),
    C(V, "data_centers", "Osaka", "ok", "Meridian Vault data centers in Japan are in Tokyo and Osaka.", True, "tokyo"),
    C(V, "price_per_tb", yen(2500, "TB-month", "excluded"), "conflict", "メリディアン ボールトの容量課金は、1TBあたり月額2,500円（税抜）でご提供いたします。", True, "osaka"),
], archive=True, sender="kevin.marsh@meridian-data.com")

# =================================================================== 0010
# london; multipart/alternative whose closing boundary never comes
t10 = """Dear Dr Okafor,

Thank you for sending over the tender questionnaire (ref. WU-ITS-2026-044). Answers to the security section are below; the full response pack follows on Monday.

Q4. Maximum number of users on a single tenant
Meridian Sync supports up to 10,000 users per organisation. That comfortably covers your 6,200 staff and postgraduate researchers.

Q7. Certifications
Meridian Sync is certified to ISO 27001 and ISO 27017, and our SOC 2 Type II report is available under NDA.

Q9. Cyber Essentials Plus
Not held at present; we will confirm the timeline separately.

With best regards,
Sophie Clarke
Public Sector Lead, Meridian Data Ltd
+44 20 7946 0410
"""
h10 = "<div dir=\"ltr\">" + "".join(
    "<div>%s</div>" % (html.escape(l) if l else "<br>") for l in t10.split("\n")) + "</div>\n"
B10 = "0000000000008f1d7e061f9a02c4"
add(10, "CAFv8Hs1LmQ3=xT0pZ7rWd2cYk9eNb4uJg6oA5iR@mail.gmail.com", "2026-08-12", "london", msg([
    ("MIME-Version", "1.0"),
    ("Date", "Wed, 12 Aug 2026 10:31:18 +0100"),
    ("Message-ID", "<CAFv8Hs1LmQ3=xT0pZ7rWd2cYk9eNb4uJg6oA5iR@mail.gmail.com>"),
    ("Subject", "Westmoor University tender - security answers (Q4-Q9)"),
    ("From", "Sophie Clarke <sophie.clarke@uk.meridian-data.com>"),
    ("To", "Dr Amara Okafor <a.okafor@westmoor.ac.uk>"),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % B10),
], ("--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s\n--%s\nContent-Type: text/html; charset=\"UTF-8\"\n\n%s"
    % (B10, t10, B10, h10)).encode("utf-8")), [
    C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organisation."),
    C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001 and ISO 27017, and our SOC 2 Type II report is available under NDA."),
    C(S, "certifications", "ISO 27017", "conflict", "Meridian Sync is certified to ISO 27001 and ISO 27017, and our SOC 2 Type II report is available under NDA."),
    C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified to ISO 27001 and ISO 27017, and our SOC 2 Type II report is available under NDA."),
], archive=True, sender="sophie.clarke@uk.meridian-data.com")

# =================================================================== 0012 / 0013
b12 = """メリディアン・データ株式会社
佐藤様

お世話になっております。関西精機の山本です。

社内で導入の稟議を上げるにあたり、いくつか確認させてください。

先日の展示会で御社の別の営業の方から、メリディアン シンクは最大2万ユーザーまで対応可能と伺っております。
この点、相違ないでしょうか。

また、以下についてもご教示いただけますと幸いです。
・ISMAPへの登録状況
・要件：グループ全体で3,500名以上の利用
・メリディアン シンクはLinux端末でも利用可能でしょうか

よろしくお願いいたします。

--------------------------------
関西精機株式会社　情報システム課
山本 誠
〒532-0011 大阪市淀川区西中島5-14-10
TEL 06-6304-5521（内線 214）
--------------------------------
"""
add(12, "20260701094211.4C2A.M.YAMAMOTO@kansai-seiki.co.jp", "2026-07-01", "unknown", msg([
    ("Date", "Wed, 1 Jul 2026 09:42:11 +0900"),
    ("From", addr("山本 誠", "m.yamamoto@kansai-seiki.co.jp", "iso-2022-jp")),
    ("To", addr("佐藤 美咲", "m.sato@jp.meridian-data.com", "iso-2022-jp")),
    ("Subject", subj("メリディアン シンク導入に関するご質問", "iso-2022-jp")),
    ("Message-Id", "<20260701094211.4C2A.M.YAMAMOTO@kansai-seiki.co.jp>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=ISO-2022-JP"),
    ("Content-Transfer-Encoding", "7bit"),
    ("X-Mailer", "Becky! ver. 2.80.03"),
], b12.encode("iso-2022-jp")), [
    C(S, "max_users", 20000, "conflict", "先日の展示会で御社の別の営業の方から、メリディアン シンクは最大2万ユーザーまで対応可能と伺っております。"),
], archive=True, sender="m.yamamoto@kansai-seiki.co.jp")

b13 = """関西精機株式会社
山本様

お世話になっております。メリディアン・データの佐藤です。
お問い合わせいただいた件、以下のとおりご回答いたします。

■利用人数
メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。
2万ユーザーという数字は誤りでございます。ご案内に不備があり、大変失礼いたしました。
グループ全体で3,500名のご利用でも問題ございません。

■ISMAP
メリディアン シンクは現時点でISMAPには登録しておりません。
なお、メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得済みです。

■Linux端末でのご利用
申し訳ございませんが、メリディアン シンクはLinuxには対応しておりません。
同製品の対応OSはWindows、macOS、iOS、Androidの4つでございます。

ご検討のほど、よろしくお願いいたします。

--
メリディアン・データ株式会社 東京オフィス
営業本部 第二営業部　佐藤 美咲
TEL: 03-6555-0142 / 携帯: 090-1234-5678

2026年7月1日(水) 9:42 山本 誠 <m.yamamoto@kansai-seiki.co.jp>:
""" + "".join("> " + l + "\n" if l else ">\n" for l in b12.rstrip("\n").split("\n"))
add(13, "20260702103305.5D19.M.SATO@jp.meridian-data.com", "2026-07-02", "tokyo", msg([
    ("Date", "Thu, 2 Jul 2026 10:33:05 +0900"),
    ("From", addr("佐藤 美咲", "m.sato@jp.meridian-data.com", "iso-2022-jp")),
    ("To", addr("山本 誠", "m.yamamoto@kansai-seiki.co.jp", "iso-2022-jp")),
    ("Subject", subj("Re: メリディアン シンク導入に関するご質問", "iso-2022-jp")),
    ("Message-Id", "<20260702103305.5D19.M.SATO@jp.meridian-data.com>"),
    ("In-Reply-To", "<20260701094211.4C2A.M.YAMAMOTO@kansai-seiki.co.jp>"),
    ("References", "<20260701094211.4C2A.M.YAMAMOTO@kansai-seiki.co.jp>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=ISO-2022-JP"),
    ("Content-Transfer-Encoding", "7bit"),
    ("X-Mailer", "Becky! ver. 2.81.04"),
], b13.encode("iso-2022-jp")), [
    C(S, "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。"),
    C(S, "certifications", "ISO 27001", "ok", "なお、メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得済みです。"),
    C(S, "certifications", "SOC 2 Type II", "ok", "なお、メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得済みです。"),
    *[C(S, "supported_platforms", m, "ok", "同製品の対応OSはWindows、macOS、iOS、Androidの4つでございます。")
      for m in ("Windows", "macOS", "iOS", "Android")],
    C(S, "max_users", 20000, "conflict", "メリディアン シンクは最大2万ユーザーまで対応可能と伺っております。", True, "unknown"),
], archive=True, sender="m.sato@jp.meridian-data.com")

# =================================================================== 0014
b14 = """株式会社なにわ物流
経営企画部　岡田様

いつも大変お世話になっております。
メリディアン・データ大阪オフィスの松本でございます。

先日ご相談いただいたBIツールの件、メリディアン インサイトのご案内をお送りいたします。

・料金：メリディアン インサイトは1ユーザーあたり月額4,400円（税込）でご利用いただけます。
・提供時期：メリディアン インサイトは2026年10月に正式リリースの予定です。
・お試し：同製品は30日間の無料トライアルをご用意しております。

メリディアン インサイトは業界初のAI予兆分析を搭載しており、物流業界での活用が期待されています。

来週6月30日（火）15時に、改めてデモのお時間をいただけますと幸いです。
御社の配車担当の方 3～4名にもご同席いただけますと、具体的な活用イメージをお持ちいただけるかと存じます。

━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社 大阪オフィス
ソリューション営業課　松本 彩
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 18F
TEL 06-6450-7781 ／ FAX 06-6450-7782
適格請求書発行事業者登録番号 T4010401234567
━━━━━━━━━━━━━━━━━━━━
""".replace("3～4名", "3、4名")
add(14, "20260625163012.8B41.A.MATSUMOTO@osaka.jp.meridian-data.com", "2026-06-25", "osaka", msg([
    ("Date", "Thu, 25 Jun 2026 16:30:12 +0900"),
    ("From", addr("松本 彩", "a.matsumoto@osaka.jp.meridian-data.com", "iso-2022-jp")),
    ("To", addr("岡田 様", "okada@naniwa-butsuryu.co.jp", "iso-2022-jp")),
    ("Subject", subj("メリディアン インサイトのご案内", "iso-2022-jp")),
    ("Message-Id", "<20260625163012.8B41.A.MATSUMOTO@osaka.jp.meridian-data.com>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=ISO-2022-JP"),
    ("Content-Transfer-Encoding", "7bit"),
], b14.encode("iso-2022-jp")), [
    C(I, "per_user_price", yen(4400, "user-month", "included"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,400円（税込）でご利用いただけます。"),
    C(I, "general_availability", "2026-10", "conflict", "メリディアン インサイトは2026年10月に正式リリースの予定です。"),
    C(I, "free_trial", dur(30, "days"), "ok", "同製品は30日間の無料トライアルをご用意しております。"),
], [P("ja.first-in-industry", "メリディアン インサイトは業界初のAI予兆分析を搭載しており、物流業界での活用が期待されています。")],
    archive=True, sender="a.matsumoto@osaka.jp.meridian-data.com")

# =================================================================== 0015
# london; quoted-printable, soft breaks inside "£329" and "Meridian FileSync"
b15 = """Hi James,

Lovely to speak earlier. As promised, a summary for your partners\u2019 meeting on 8 September:

As agreed with your managing partner on the call: Meridian Sync is \u00a3329 per month for the firm, and a single tenant takes up to 5,000 named users.
Older brochures and your procurement portal may still call it "Meridian FileSync" \u2013 same product, new name.
Every matter workspace keeps unlimited file versions, so nothing your fee-earners overwrite is lost.

For the document archive, Meridian Vault carries a 99.95% availability SLA and encrypts everything at rest with AES-256.

On commercials, we\u2019ve agreed 12% off list for the first year on your 85-user order, which I\u2019ll reflect in the order form (ref. HL-2026-118).

Speak soon,
Charlotte

Charlotte Evans
Account Executive \u2013 Legal & Professional Services
Meridian Data Ltd | +44 20 7946 0455 | +44 7700 900 731
Registered office: 30 Finsbury Square, London EC2A 1AG. Company no. 09876543.
"""
add(15, "LO4P265MB6120A7F3C2E9B1D0487C5E2A91F3@LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM", "2026-09-01", "london", msg([
    ("From", "Charlotte Evans <charlotte.evans@uk.meridian-data.com>"),
    ("To", "James Whitaker <j.whitaker@harcourt-legal.co.uk>"),
    ("Subject", "Summary for the partners' meeting"),
    ("Date", "Tue, 1 Sep 2026 17:48:02 +0000"),
    ("Message-ID", "<LO4P265MB6120A7F3C2E9B1D0487C5E2A91F3@LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM>"),
    ("Accept-Language", "en-GB, en-US"),
    ("Content-Language", "en-GB"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain; charset="utf-8"'),
    ("Content-Transfer-Encoding", "quoted-printable"),
], qp(b15).encode("ascii")), [
    C(S, "monthly_price", gbp(329, "month"), "ok", "Meridian Sync is £329 per month for the firm, and a single tenant takes up to 5,000 named users."),
    C(S, "max_users", 5000, "stale", "Meridian Sync is £329 per month for the firm, and a single tenant takes up to 5,000 named users."),
    C(V, "sla", 99.95, "ok", "Meridian Vault carries a 99.95% availability SLA and encrypts everything at rest with AES-256."),
    C(V, "encryption", "AES-256", "ok", "Meridian Vault carries a 99.95% availability SLA and encrypts everything at rest with AES-256."),
], [T(S, "Older brochures and your procurement portal may still call it \"Meridian FileSync\""),
    P("en.unlimited", "Every matter workspace keeps unlimited file versions, so nothing your fee-earners overwrite is lost.")])

# =================================================================== 0016 / 0019
b16 = """Hi Ewan,

Olivia mentioned you're comparing backup vendors this quarter, so a quick intro from the US side, since your parent company's master agreement sits with us.

Meridian Vault is backed by a 99.99% availability SLA, and a single tenant stores up to 500 TB.
All backups are encrypted at rest with AES-256 in Meridian Vault.

Happy to set up a call with Olivia and our solutions engineer next week -- Tuesday 25 Aug, 9am Pacific works on our end.

Brian

Brian Cole
VP Sales, EMEA Strategic Accounts
Meridian Data Inc. | +1 (415) 555-0199
"""
add(16, "CAPq4Rz7_hV2eL9mW0sT3kYb8nXc1uD6oJf5gB@mail.gmail.com", "2026-08-18", "us-hq", msg([
    ("MIME-Version", "1.0"),
    ("Date", "Tue, 18 Aug 2026 09:05:44 -0700"),
    ("Message-ID", "<CAPq4Rz7_hV2eL9mW0sT3kYb8nXc1uD6oJf5gB@mail.gmail.com>"),
    ("Subject", "Meridian Vault - intro"),
    ("From", "Brian Cole <brian.cole@meridian-data.com>"),
    ("To", "Ewan Price <ewan.price@pembroke-analytics.co.uk>"),
    ("Cc", "Olivia Brennan <olivia.brennan@uk.meridian-data.com>"),
    ("Content-Type", 'text/plain; charset="UTF-8"'),
], b16.encode("ascii")), [
    C(V, "sla", 99.99, "conflict", "Meridian Vault is backed by a 99.99% availability SLA, and a single tenant stores up to 500 TB."),
    C(V, "max_storage", 500 * TB, "ok", "Meridian Vault is backed by a 99.99% availability SLA, and a single tenant stores up to 500 TB."),
    C(V, "encryption", "AES-256", "ok", "All backups are encrypted at rest with AES-256 in Meridian Vault."),
], archive=True, sender="brian.cole@meridian-data.com")

b19 = ("""Hi Ewan,

Just one correction to Brian\u2019s note below: Meridian Vault\u2019s availability SLA is 99.95%, as set out in Schedule B of our cloud services SLA. Everything else he wrote stands.

Looking forward to Tuesday.

Olivia

Olivia Brennan
Senior Account Manager, UK & Ireland
Meridian Data Ltd \u00b7 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0321 \u00b7 M +44 7700 900 418

-----Original Message-----
From: Brian Cole <brian.cole@meridian-data.com>
Sent: 18 August 2026 17:05
To: Ewan Price <ewan.price@pembroke-analytics.co.uk>
Cc: Olivia Brennan <olivia.brennan@uk.meridian-data.com>
Subject: Meridian Vault - intro

""" + b16)
add(19, "DB9PR02MB7315F4A2C9E01B3D6A8F7C5E2B40@DB9PR02MB7315.eurprd02.prod.outlook.com", "2026-08-25", "london", msg([
    ("From", "Olivia Brennan <olivia.brennan@uk.meridian-data.com>"),
    ("To", "Ewan Price <ewan.price@pembroke-analytics.co.uk>"),
    ("CC", "Brian Cole <brian.cole@meridian-data.com>"),
    ("Subject", "RE: Meridian Vault - intro"),
    ("Date", "Tue, 25 Aug 2026 08:12:09 +0000"),
    ("Message-ID", "<DB9PR02MB7315F4A2C9E01B3D6A8F7C5E2B40@DB9PR02MB7315.eurprd02.prod.outlook.com>"),
    ("In-Reply-To", "<CAPq4Rz7_hV2eL9mW0sT3kYb8nXc1uD6oJf5gB@mail.gmail.com>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain; charset="Windows-1252"'),
    ("Content-Transfer-Encoding", "8bit"),
], b19.encode("cp1252")), [
    C(V, "sla", 99.95, "ok", "Meridian Vault’s availability SLA is 99.95%, as set out in Schedule B of our cloud services SLA."),
    C(V, "sla", 99.99, "conflict", "Meridian Vault is backed by a 99.99% availability SLA, and a single tenant stores up to 500 TB.", True, "us-hq"),
    C(V, "max_storage", 500 * TB, "ok", "Meridian Vault is backed by a 99.99% availability SLA, and a single tenant stores up to 500 TB.", True, "us-hq"),
    C(V, "encryption", "AES-256", "ok", "All backups are encrypted at rest with AES-256 in Meridian Vault.", True, "us-hq"),
], archive=True, sender="olivia.brennan@uk.meridian-data.com")

# =================================================================== 0017
# us-hq; Apple Mail multipart/alternative: format=flowed plain + HTML, interleaved reply
t17 = """Hi Nora,

Answers inline.

On Sep 14, 2026, at 6:02 PM, Nora Quinn <nquinn@sablepharma.com> wrote:

> Our IT lead was told by your London colleague that Meridian Vault keeps backups for 30 days by default. Is that right?

Meridian Vault keeps backups for 90 days by default, and you can set longer retention per policy. I'll check with London where the other figure came from.

> Also - does Meridian Sync work offline? Half our field reps are on planes every week.

Meridian Sync does not offer an offline mode today; files sync as soon as the device reconnects.

> And we'd need the migration from Box done without interrupting the sales team.

Our migration team runs the cutover over a weekend with zero downtime for your users.

Grace

Grace Liu | Solutions Engineer | Meridian Data Inc.
+1 (617) 555-0148 | 1 Lincoln St, Boston, MA 02111
"""
h17 = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
       "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
       "Hi Nora,<div><br></div><div>Answers inline.<br><div><br><blockquote type=\"cite\"><div>On Sep 14, 2026, at 6:02 PM, "
       "Nora Quinn &lt;nquinn@sablepharma.com&gt; wrote:</div><br><div><div>Our IT lead was told by your London colleague that "
       "Meridian Vault keeps backups for 30 days by default. Is that right?</div></div></blockquote><div><br></div>"
       "<div>Meridian Vault keeps backups for 90 days by default, and you can set longer retention per policy. I'll check with "
       "London where the other figure came from.</div><div><br></div><blockquote type=\"cite\"><div>Also - does Meridian Sync "
       "work offline? Half our field reps are on planes every week.</div></blockquote><div><br></div><div>Meridian Sync does "
       "not offer an offline mode today; files sync as soon as the device reconnects.</div><div><br></div>"
       "<blockquote type=\"cite\"><div>And we'd need the migration from Box done without interrupting the sales team."
       "</div></blockquote><div><br></div><div>Our migration team runs the cutover over a weekend with zero downtime for "
       "your users.</div><div><br></div><div>Grace</div><div><br></div><div>Grace Liu | Solutions Engineer | Meridian Data Inc."
       "<br>+1 (617) 555-0148 | 1 Lincoln St, Boston, MA 02111</div></div></div></body></html>\n")
B17 = "Apple-Mail=_9E7A3C51-2B6D-4F08-8C14-A5D3E0F27B96"
add(17, "9E7A3C51-2B6D-4F08-8C14-A5D3E0F27B96@meridian-data.com", "2026-09-15", "us-hq", msg([
    ("From", "Grace Liu <grace.liu@meridian-data.com>"),
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % B17),
    ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87\\))"),
    ("Subject", "Re: Vault retention, Sync offline, migration"),
    ("In-Reply-To", "<BN8PR11MB36190C2E5A7D4F91B3E6C8A0D2F1@BN8PR11MB3619.namprd11.prod.outlook.com>"),
    ("Date", "Tue, 15 Sep 2026 08:47:19 -0400"),
    ("Message-Id", "<9E7A3C51-2B6D-4F08-8C14-A5D3E0F27B96@meridian-data.com>"),
    ("To", "Nora Quinn <nquinn@sablepharma.com>"),
], ("\n--%s\nContent-Transfer-Encoding: 7bit\nContent-Type: text/plain;\n\tcharset=us-ascii;\n\tformat=flowed\n\n%s\n--%s\n"
    "Content-Transfer-Encoding: quoted-printable\nContent-Type: text/html;\n\tcharset=utf-8\n\n%s\n--%s--\n"
    % (B17, flowed(t17), B17, qp(h17), B17)).encode("ascii")), [
    C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default, and you can set longer retention per policy."),
    C(S, "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode today; files sync as soon as the device reconnects."),
    C(V, "retention", dur(30, "days"), "conflict", "Our IT lead was told by your London colleague that Meridian Vault keeps backups for 30 days by default.", True, "unknown"),
], [P("en.guarantee", "Our migration team runs the cutover over a weekend with zero downtime for your users.")],
    archive=True, sender="grace.liu@meridian-data.com")

# =================================================================== 0018
# tokyo, 2025; Shift_JIS body in base64 (correctly labelled); deprecated katakana name
b18 = """東和商事株式会社
総務部　石井様

お世話になっております。メリディアン・データの渡辺です。
ご質問いただいたファイル共有サービスについて、簡単にまとめました。

・メリディアン シンク（旧称：メリディアン ファイルシンク）は、最大5,000ユーザーまでご利用いただけます。
・同製品の稼働率SLAは99.9％です。
・データはすべて暗号化して保存されます。

貴社の約320名の社員の皆様であれば、十分ご利用可能な規模かと存じます。
11月25日（火）の定例会で、改めてご説明させてください。

渡辺 翔
メリディアン・データ株式会社 東京オフィス
TEL 03-6555-0125
"""
add(18, "001301dc5843$9a2b7c40$ce8174c0$@jp.meridian-data.com", "2025-11-18", "tokyo", msg([
    ("From", addr("渡辺 翔", "s.watanabe@jp.meridian-data.com", "shift_jis")),
    ("To", addr("石井 様", "ishii@towa-shoji.co.jp", "shift_jis")),
    ("Subject", subj("ファイル共有サービスの概要", "shift_jis")),
    ("Date", "Tue, 18 Nov 2025 17:02:33 +0900"),
    ("Message-ID", "<001301dc5843$9a2b7c40$ce8174c0$@jp.meridian-data.com>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain; charset="shift_jis"'),
    ("Content-Transfer-Encoding", "base64"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], b64lines(b18.replace("\n", "\r\n").encode("shift_jis")).encode()), [
    C(S, "max_users", 5000, "ok", "メリディアン シンク（旧称：メリディアン ファイルシンク）は、最大5,000ユーザーまでご利用いただけます。"),
    C(S, "sla", 99.9, "ok", "同製品の稼働率SLAは99.9％です。"),
], [T(S, "メリディアン シンク（旧称：メリディアン ファイルシンク）")], archive=True, sender="s.watanabe@jp.meridian-data.com")

# =================================================================== 0020
# us-hq; plain 7bit; a body line starting "From " (mboxrd escaping), near-miss numbers
b20 = """Hi Alan,

Thanks for sitting through the Insight beta demo on Friday. A few follow-ups:

1. Timing: Meridian Insight will be generally available in January 2027. Until then you're on the beta, free of charge.
2. Limits: a Meridian Insight workspace supports up to 200 dashboards.
3. Uptime: Meridian Insight will carry a 99.9% uptime SLA at GA.
4. Connectors: Meridian Insight ships with more than 40 pre-built connectors, including Snowflake and NetSuite.

Ticket #1042 (the CSV export bug you hit in the demo workspace) is fixed in beta build 2.3.1.
From our side, the next step is a 45-minute technical session with Ravi; I've pencilled in June 23 at 11am PT.

Michelle

Michelle Park
Account Executive, Logistics & Transportation
Meridian Data Inc. | 500 Howard St, Suite 900, San Francisco, CA 94105
+1 (415) 555-0172
"""
add(20, "CAGt6Ye1_bN8qR3wZ0mK5sV2cX7uL9oH4jD1fA@mail.gmail.com", "2026-06-16", "us-hq", msg([
    ("MIME-Version", "1.0"),
    ("Date", "Tue, 16 Jun 2026 13:20:05 -0700"),
    ("Message-ID", "<CAGt6Ye1_bN8qR3wZ0mK5sV2cX7uL9oH4jD1fA@mail.gmail.com>"),
    ("Subject", "Follow-ups from Friday's Insight demo"),
    ("From", "Michelle Park <michelle.park@meridian-data.com>"),
    ("To", "Alan Brooks <abrooks@redwoodfreight.com>"),
    ("Content-Type", 'text/plain; charset="us-ascii"'),
    ("Content-Transfer-Encoding", "7bit"),
], b20.encode("ascii"), crlf=False), [
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027."),
    C(I, "max_dashboards", 200, "ok", "a Meridian Insight workspace supports up to 200 dashboards."),
    C(I, "sla", 99.9, "unverified", "Meridian Insight will carry a 99.9% uptime SLA at GA."),
    C(I, "integrations", 40, "unverified", "Meridian Insight ships with more than 40 pre-built connectors, including Snowflake and NetSuite."),
], archive=True, sender="michelle.park@meridian-data.com")

# =================================================================== 0021
# tokyo; HTML-only, no charset parameter anywhere, UTF-8 bytes sent 8bit
h21 = """<html>
<body>
<p>港北信用金庫<br>
システム部　斎藤様</p>
<p>いつもお世話になっております。メリディアン・データの伊藤でございます。</p>
<p>ご依頼いただいておりましたメリディアン ボールトの仕様について、以下にまとめました。</p>
<ul>
<li>最大容量：メリディアン ボールトは1テナントあたり最大1PBまで保存できます。</li>
<li>暗号化：メリディアン ボールトは保存データをAES-256で暗号化します。</li>
<li>目標復旧時間：メリディアン ボールトのRTOは4時間です。</li>
</ul>
<p>10月6日（火）の定例会にて、詳細をご説明いたします。<br>
当日は弊社エンジニア1名が同席いたします。</p>
<p>伊藤 翼<br>
メリディアン・データ株式会社 東京オフィス<br>
TEL 03-6555-0191</p>
</body>
</html>
"""
add(21, "20260922142730.1F6C.T.ITO@jp.meridian-data.com", "2026-09-22", "tokyo", msg([
    ("Date", "Tue, 22 Sep 2026 14:27:30 +0900"),
    ("From", "t.ito@jp.meridian-data.com"),
    ("To", "saito@kohoku-shinkin.jp"),
    ("Subject", subj("メリディアン ボールト仕様のご案内")),
    ("Message-ID", "<20260922142730.1F6C.T.ITO@jp.meridian-data.com>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/html"),
    ("Content-Transfer-Encoding", "8bit"),
], h21.encode("utf-8")), [
    C(V, "max_storage", 10 ** 15, "conflict", "メリディアン ボールトは1テナントあたり最大1PBまで保存できます。"),
    C(V, "encryption", "AES-256", "ok", "メリディアン ボールトは保存データをAES-256で暗号化します。"),
    C(V, "rto", dur(4, "hours"), "unverified", "メリディアン ボールトのRTOは4時間です。"),
])

# =================================================================== 0022
b22 = """Hi Saanvi,

Confirming Thursday 10 September, 10:30-12:00, meeting room 4.02 at 30 Finsbury Square (EC2A 1AG). Ask for me at reception on the ground floor.

Agenda: the Meridian Vault demo will take about 45 minutes, then Q&A with our solutions team. Please bring the list of the 14 file servers you want in scope.

If anything changes, my mobile is 07700 900 418.

Thanks,
Olivia
"""
add(22, "a7d3f1e8-2c94-4b60-8e1f-93c5b2d0a6f7@uk.meridian-data.com", "2026-09-03", "london", msg([
    ("Message-ID", "<a7d3f1e8-2c94-4b60-8e1f-93c5b2d0a6f7@uk.meridian-data.com>"),
    ("Date", "Thu, 3 Sep 2026 12:10:45 +0100"),
    ("MIME-Version", "1.0"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("From", "Olivia Brennan <olivia.brennan@uk.meridian-data.com>"),
    ("To", "Saanvi Mehta <s.mehta@greyfriars-housing.org.uk>"),
    ("Subject", "Thursday's demo - room and agenda"),
    ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
    ("Content-Transfer-Encoding", "7bit"),
], flowed(b22).encode("ascii"), crlf=False))

# =================================================================== 0011 (unreadable)
# a gzip-compressed copy of a message saved with .eml: binary, no header fields
inner11 = msg([
    ("Date", "Mon, 14 Sep 2026 10:00:00 +0100"),
    ("From", "Sophie Clarke <sophie.clarke@uk.meridian-data.com>"),
    ("Subject", "Vault sizing"),
    ("Message-ID", "<f3b0c2aa-1d7e-4c55-9a02-6e8d1b7c4f90@uk.meridian-data.com>"),
], b"Meridian Vault scales to 2 PB per tenant.\n")
gz11 = gzip.compress(inner11, compresslevel=9, mtime=0)
MESSAGES.append(dict(n=11, mid=None, date=None, office="london", raw=gz11, claims=[], archive=False, sender="",
                     findings=[dict(kind="unreadable", rule=None, product=None,
                                    text="gzip-compressed binary data saved as .eml: no RFC 5322 header fields, no readable text")]))

# =================================================================== documents
DOCS = {}
DOCS["docs/tokyo/関西精機様_ファイル共有・バックアップ基盤ご提案書.md"] = ("tokyo", """# 関西精機株式会社様 ファイル共有・バックアップ基盤 ご提案書

2026年11月
メリディアン・データ株式会社 東京オフィス

## 1. ご提案の背景

貴社では現在、部門ごとにNASを運用されており、容量の逼迫とバックアップ運用の負荷が課題となっております。
本書では、ファイル共有とバックアップをクラウドに集約する構成をご提案いたします。

## 2. メリディアン シンク

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | 1テナントあたり10,000ユーザー |
| 月額料金 | 55,000円（税込） |
| ストレージ容量 | 1ユーザーあたり1TB |
| 稼働率SLA | 99.9% |
| 対応OS | Windows / macOS / iOS / Android |

メリディアン シンクは国内製造業における導入社数No.1※のファイル共有サービスです。

※2026年9月 東洋マーケティング総研調べ（国内製造業向け法人ファイル共有サービス）

## 3. メリディアン ボールト

| 項目 | 内容 |
|---|---|
| RPO | 15分 |
| 標準保持期間 | 90日間 |
| データセンター | 東京・大阪 |
| 最大容量 | 1テナントあたり500TB |

## 4. お見積り（金額はすべて税抜）

| 品目 | 単価 | 数量 | 備考 |
|---|---|---|---|
| メリディアン シンク 月額基本料金 | 50,000円/月 | 1 | |
| メリディアン ボールト 容量課金 | 2,800円/TB/月 | 40 | 初年度分 |

## 5. 今後のスケジュール

- 12月上旬：PoC環境のご提供（2週間）
- 2027年1月：本番移行
""", [
    C(S, "max_users", 10000, "ok", "| 最大ユーザー数 | 1テナントあたり10,000ユーザー |"),
    C(S, "monthly_price", yen(55000, "month", "included"), "ok", "| 月額料金 | 55,000円（税込） |"),
    C(S, "storage_per_user", TB, "ok", "| ストレージ容量 | 1ユーザーあたり1TB |"),
    C(S, "sla", 99.9, "ok", "| 稼働率SLA | 99.9% |"),
    *[C(S, "supported_platforms", m, "ok", "| 対応OS | Windows / macOS / iOS / Android |") for m in ("Windows", "macOS", "iOS", "Android")],
    C(V, "rpo", dur(15, "minutes"), "ok", "| RPO | 15分 |"),
    C(V, "retention", dur(90, "days"), "ok", "| 標準保持期間 | 90日間 |"),
    C(V, "data_centers", "Tokyo", "ok", "| データセンター | 東京・大阪 |"),
    C(V, "data_centers", "Osaka", "ok", "| データセンター | 東京・大阪 |"),
    C(V, "max_storage", 500 * TB, "ok", "| 最大容量 | 1テナントあたり500TB |"),
    C(S, "monthly_price", yen(50000, "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円/月 | 1 | |"),
    C(V, "price_per_tb", yen(2800, "TB-month", "excluded"), "ok", "| メリディアン ボールト 容量課金 | 2,800円/TB/月 | 40 | 初年度分 |"),
], [])

DOCS["docs/london/halden-logistics-proposal.html"] = ("london", """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Proposal: Halden Logistics Ltd</title>
<style>body{font-family:Arial,sans-serif;max-width:52em} .footnote{font-size:smaller;color:#555}</style>
</head>
<body>
<h1>Proposal for Halden Logistics Ltd</h1>
<p>Prepared by Meridian Data Ltd, London &middot; November 2026 &middot; Ref. HAL-2026-11</p>
<p>Halden&rsquo;s 420 drivers and depot staff would all work from one shared workspace, with backups of the
three depot file servers handled centrally.</p>

<h2>Meridian Sync</h2>
<ul>
<li>Price: &pound;329 per month for the organisation, excluding VAT.</li>
<li>Storage: 1 TB per user.</li>
<li>Availability: 99.9% uptime SLA.</li>
<li>Supported platforms: Windows, macOS, iOS and Android.</li>
</ul>

<h2>Meridian Vault</h2>
<ul>
<li>Price: <s>&pound;18</s> &pound;16 per TB per month.</li>
<li>Recovery point objective: 15 minutes.</li>
<li>Hosting: UK customer data is held in our Frankfurt data centre; there is no London region.</li>
<li>Capacity: up to 0.5 PB per tenant.</li>
</ul>

<h2>Meridian Insight (optional)</h2>
<p>Meridian Insight becomes generally available in January 2027 and can be added later; a 30-day free trial is included.</p>
<p>Meridian Insight is the best in the industry for logistics reporting.<sup>1</sup></p>

<h2>Next steps</h2>
<p>Technical workshop at your Daventry depot (NN11 8UH) in the week of 7 December; contract start 1 February 2027.</p>

<p class="footnote"><sup>1</sup> Source: Fernley Research, UK Logistics BI Survey, September 2026.</p>
</body>
</html>
""", [
    C(S, "monthly_price", gbp(329, "month", "excluded"), "ok", "Price: £329 per month for the organisation, excluding VAT."),
    C(S, "storage_per_user", TB, "ok", "Storage: 1 TB per user."),
    C(S, "sla", 99.9, "ok", "Availability: 99.9% uptime SLA."),
    *[C(S, "supported_platforms", m, "ok", "Supported platforms: Windows, macOS, iOS and Android.") for m in ("Windows", "macOS", "iOS", "Android")],
    C(V, "price_per_tb", gbp(16, "TB-month"), "ok", "Price: £18 £16 per TB per month."),
    C(V, "rpo", dur(15, "minutes"), "ok", "Recovery point objective: 15 minutes."),
    C(V, "data_centers", "Frankfurt", "ok", "UK customer data is held in our Frankfurt data centre; there is no London region."),
    C(V, "max_storage", 500 * TB, "ok", "Capacity: up to 0.5 PB per tenant."),
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027 and can be added later; a 30-day free trial is included."),
    C(I, "free_trial", dur(30, "days"), "ok", "Meridian Insight becomes generally available in January 2027 and can be added later; a 30-day free trial is included."),
], [])

DOCS["docs/us-hq/coastal-cu-vault-renewal-quote.txt"] = ("us-hq", """MERIDIAN DATA INC.
Renewal Quote RQ-2026-3381 -- Meridian Vault
Customer: Coastal Credit Union (Acct 00417729)
Prepared: November 18, 2026      Valid through: December 31, 2026
Account Executive: Jake Ortiz, +1 (415) 555-0187

SERVICE SUMMARY
- Meridian Vault storage is billed at $20 per TB per month.
- Backups in Meridian Vault are kept for 90 days unless you set a longer policy.
- Meridian Vault recovery point objective: a quarter of an hour.
- Meridian Vault scales to 750 TB per tenant, so your projected growth is covered.
- Meridian Vault availability: 99.95% per the Meridian Cloud Services SLA.
- Encryption at rest: AES-256 (Meridian Vault).

RENEWAL TERMS
Committed volume: 120 TB (up from 85 TB)
Term: 36 months, starting January 1, 2027
Discount: 15% off list for the committed volume
Net amount due each billing period: USD 2,040.00
Payment: Net 30, invoiced monthly in arrears

Questions? Reply to this quote or call Jake Ortiz at +1 (415) 555-0187.
""".replace("\n", "\r\n"), [
    C(V, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault storage is billed at $20 per TB per month."),
    C(V, "retention", dur(90, "days"), "ok", "Backups in Meridian Vault are kept for 90 days unless you set a longer policy."),
    C(V, "rpo", dur(0.25, "hours"), "ok", "Meridian Vault recovery point objective: a quarter of an hour."),
    C(V, "max_storage", 750 * TB, "conflict", "Meridian Vault scales to 750 TB per tenant, so your projected growth is covered."),
    C(V, "sla", 99.95, "ok", "Meridian Vault availability: 99.95% per the Meridian Cloud Services SLA."),
    C(V, "encryption", "AES-256", "ok", "Encryption at rest: AES-256 (Meridian Vault)."),
], [])

DOCS["docs/osaka/なにわ物流様_ご提案条件書.txt"] = ("osaka", "\ufeff" + """株式会社なにわ物流　御中
ご提案条件書（メリディアン インサイト／メリディアン ボールト）
2026年11月20日
メリディアン・データ株式会社 大阪オフィス

1. BIツール
・メリディアン インサイトの料金は1ユーザーあたり月額4,000円（税抜）です。
・メリディアン インサイトでは最大200個のダッシュボードを作成いただけます。
・メリディアン インサイトのクエリ応答時間は最大5秒です（1億行規模のデータの場合）。
・ご契約期間：24か月（2027年1月より）

2. バックアップ
・メリディアン ボールトの容量課金は1TBあたり月額2,800円（税抜）です。
・メリディアン ボールトなら、お預かりしたデータが失われることは絶対にございません。
・メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。

3. ファイル共有（ご参考）
・メリディアン シンクの月額料金は50,000円（税込）です。

以上
""".replace("\n", "\r\n"), [
    C(I, "per_user_price", yen(4000, "user-month", "excluded"), "ok", "メリディアン インサイトの料金は1ユーザーあたり月額4,000円（税抜）です。"),
    C(I, "max_dashboards", 200, "ok", "メリディアン インサイトでは最大200個のダッシュボードを作成いただけます。"),
    C(I, "query_latency", dur(5, "seconds"), "conflict", "メリディアン インサイトのクエリ応答時間は最大5秒です（1億行規模のデータの場合）。"),
    C(V, "price_per_tb", yen(2800, "TB-month", "excluded"), "ok", "メリディアン ボールトの容量課金は1TBあたり月額2,800円（税抜）です。"),
    *[C(V, "data_centers", m, "ok", "メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。")
      for m in ("Tokyo", "Osaka", "Oregon", "Frankfurt")],
    C(S, "monthly_price", yen(50000, "month", "included"), "conflict", "メリディアン シンクの月額料金は50,000円（税込）です。"),
], [P("ja.absolute", "メリディアン ボールトなら、お預かりしたデータが失われることは絶対にございません。")])

# The cross-office cases the archive holds (checked against the claims below by cross_office()).
CROSS = [
    (I, "general_availability", {"osaka": "2026-10", "us-hq": "2027-01"}, [14, 20]),
    (V, "price_per_tb", {"osaka": yen(2500, "TB-month", "excluded"), "tokyo": yen(3080, "TB-month", "included")}, [5, 9]),
    (V, "sla", {"london": 99.95, "us-hq": 99.99}, [16, 19]),
]

# ----------------------------------------------------------------- writing
def fname(n): return "mail/%04d.eml" % n

def from_line(m):
    dt = parsedate_to_datetime(message_from_bytes(m["raw"], policy=policy.compat32)["Date"])
    import datetime
    u = dt.astimezone(datetime.timezone.utc)
    return "From %s %s" % (m["sender"], u.strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  ", 1) if u.day < 10 else u.strftime("%a %b %d %H:%M:%S %Y"))

def mboxrd(msgs):
    out = []
    for m in sorted(msgs, key=lambda m: parsedate_to_datetime(message_from_bytes(m["raw"], policy=policy.compat32)["Date"])):
        body = m["raw"].replace(b"\r\n", b"\n")
        lines = [(b">" + l if re.match(rb"^>*From ", l) else l) for l in body.split(b"\n")]
        if lines and lines[-1] == b"":
            lines.pop()
        out.append(from_line(m).encode() + b"\n" + b"\n".join(lines) + b"\n\n")
    return b"".join(out)

def records():
    recs = []
    for m in sorted(MESSAGES, key=lambda m: m["n"]):
        files = [fname(m["n"])] + (["mail/archive.mbox"] if m["archive"] else [])
        for f in files:
            for c in m["claims"]:
                recs.append({"type": "claim", "file": f, "message_id": m["mid"], "product": c["product"],
                             "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                             "quoted": c["quoted"], "office": c["office"] or m["office"], "as_of": m["date"],
                             "text": c["text"]})
            for x in m["findings"]:
                recs.append({"type": "finding", "file": f, "message_id": m["mid"], "kind": x["kind"],
                             "rule": x["rule"], "product": x["product"], "quoted": False, "text": x["text"]})
    for path, (office, _text, claims, findings) in DOCS.items():
        for c in claims:
            recs.append({"type": "claim", "file": path, "message_id": None, "product": c["product"],
                         "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                         "quoted": False, "office": office, "as_of": DOCS_AS_OF, "text": c["text"]})
        for x in findings:
            recs.append({"type": "finding", "file": path, "message_id": None, "kind": x["kind"], "rule": x["rule"],
                         "product": x["product"], "quoted": False, "text": x["text"]})
    for product, attribute, values, ns in CROSS:
        recs.append({"type": "cross-office", "product": product, "attribute": attribute,
                     "offices": sorted(values), "file": "mail/archive.mbox",
                     "message_files": [fname(n) for n in ns], "values": values})
    return recs

def write():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    for m in MESSAGES:
        with open(os.path.join(SET, fname(m["n"])), "wb") as fh:
            fh.write(m["raw"])
    with open(os.path.join(SET, "mail/archive.mbox"), "wb") as fh:
        fh.write(mboxrd([m for m in MESSAGES if m["archive"]]))
    for path, (office, text, _c, _f) in DOCS.items():
        p = os.path.join(SET, path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(text.encode("utf-8"))
    with open(os.path.join(SET, ".onevoice.yaml"), "w") as fh:
        fh.write("# onevoice configuration for evaluation set 50 (SPEC section 6).\nrules: ../../shared/eval/rules\npaths:\n"
                 + "".join('  - glob: "docs/%s/**"\n    office: %s\n' % (o, o) for o in ("us-hq", "london", "tokyo", "osaka"))
                 + 'ignore: ["**/drafts/**", "README.md", "expected.jsonl", "gen/**"]\n')
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# ----------------------------------------------------------------- self-check (a reader's decoding)
def decode_text(b, charset):
    """The decoding README.md relies on: the declared charset when the bytes are valid in
    it and it is not a mislabel; UTF-8 when the bytes are valid UTF-8 under a single-byte or
    missing label; cp932 (Shift_JIS) when 8-bit bytes arrive under ISO-2022-JP."""
    cs = (charset or "").lower()
    if cs in ("", "us-ascii", "iso-8859-1", "latin-1", "windows-1252") and re.search(rb"[\x80-\xff]", b):
        try:
            return b.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if cs in ("iso-2022-jp",) and re.search(rb"[\x80-\xff]", b):
        return b.decode("cp932")
    if cs in ("shift_jis", "shift-jis", "sjis"):
        cs = "cp932"
    return b.decode(cs or "ascii")

def unflow(t):
    out = []
    for line in t.split("\n"):
        if out and out[-1].endswith(" ") and out[-1] != "-- " and not line.startswith(">"):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)

def html_text(h):
    h = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</?(p|div|li|tr|h\d|ul|blockquote)\b[^>]*>", "\n", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def texts_of(part, out):
    ct = part.get_content_type()
    if part.is_multipart():
        for p in part.get_payload():
            texts_of(p, out)
    elif ct == "message/rfc822":
        for p in part.get_payload():
            texts_of(p, out)
    elif ct.startswith("text/"):
        t = decode_text(part.get_payload(decode=True), part.get_content_charset())
        t = t.replace("\r\n", "\n")
        if part.get_param("format", "").lower() == "flowed":
            t = unflow(t)
        out.append(html_text(t) if ct == "text/html" else t)

def norm(s): return " ".join(unicodedata.normalize("NFKC", s).split())

def cross_office():
    """Recompute cross-office pairs from archive claims (45 days, quoted dated by the reply)."""
    import datetime
    def key(v):
        if isinstance(v, dict) and "currency" in v:
            a = v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
            return ("money", v["currency"], v["per"], round(a, 6))
        if isinstance(v, dict):
            return ("dur", v["amount"] * {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}[v["unit"]])
        return v
    sets = {"certifications", "supported_platforms", "data_centers", "encryption"}
    pts = [(m, c) for m in MESSAGES if m["archive"] for c in m["claims"]
           if (c["office"] or m["office"]) != "unknown" and c["attribute"] not in sets]
    found = {}
    for i, (m1, c1) in enumerate(pts):
        for m2, c2 in pts[i + 1:]:
            o1, o2 = c1["office"] or m1["office"], c2["office"] or m2["office"]
            if o1 == o2 or (c1["product"], c1["attribute"]) != (c2["product"], c2["attribute"]):
                continue
            k1, k2 = key(c1["value"]), key(c2["value"])
            if isinstance(k1, tuple) and isinstance(k2, tuple) and k1[:3] != k2[:3]:
                continue
            if k1 == k2 or (c1["verdict"] == "ok" and c2["verdict"] == "ok"):
                continue
            d = abs((datetime.date.fromisoformat(m1["date"]) - datetime.date.fromisoformat(m2["date"])).days)
            if d <= 45:
                found.setdefault((c1["product"], c1["attribute"], tuple(sorted((o1, o2)))), set()).update([m1["n"], m2["n"]])
    return found

def check():
    bad = 0
    for m in MESSAGES:
        if m["mid"] is None:
            assert m["raw"][:2] == b"\x1f\x8b"
            continue
        em = message_from_bytes(m["raw"], policy=policy.compat32)
        assert em["Message-ID"].strip("<> ") == m["mid"], m["n"]
        out = []
        texts_of(em, out)
        full = norm("\n".join(out))
        for c in m["claims"] + m["findings"]:
            if norm(c["text"]) not in full:
                bad += 1
                print("NOT FOUND in %s: %s" % (fname(m["n"]), c["text"]))
    for path, (office, text, claims, findings) in DOCS.items():
        full = norm(html_text(text) if path.endswith(".html") else text)
        for c in claims + findings:
            if norm(c["text"]) not in full:
                bad += 1
                print("NOT FOUND in %s: %s" % (path, c["text"]))
    # the archive holds exactly the archived messages, byte-for-byte after un-escaping
    data = open(os.path.join(SET, "mail/archive.mbox"), "rb").read()
    chunks = re.split(rb"(?m)^From [^\n]*\n", data)[1:]
    got = [b"\n".join(re.sub(rb"^>(>*From )", rb"\1", l) for l in ch.split(b"\n")) for ch in chunks]
    want = sorted([m for m in MESSAGES if m["archive"]],
                  key=lambda m: parsedate_to_datetime(message_from_bytes(m["raw"], policy=policy.compat32)["Date"]))
    for g, m in zip(got, want):
        if g.rstrip(b"\n") != m["raw"].replace(b"\r\n", b"\n").rstrip(b"\n"):
            bad += 1
            print("mbox copy differs for", fname(m["n"]))
    assert len(got) == len(want), (len(got), len(want))
    xo = cross_office()
    mine = {(p, a, tuple(sorted(v))): set(ns) for p, a, v, ns in CROSS}
    if xo != mine:
        bad += 1
        print("cross-office mismatch:\n computed %s\n labelled %s" % (xo, mine))
    return bad

if __name__ == "__main__":
    write()
    n = check()
    recs = records()
    print("messages=%d archive=%d docs=%d expected=%d (claims=%d findings=%d cross-office=%d) problems=%d" % (
        len(MESSAGES), sum(m["archive"] for m in MESSAGES), len(DOCS), len(recs),
        sum(r["type"] == "claim" for r in recs), sum(r["type"] == "finding" for r in recs),
        sum(r["type"] == "cross-office" for r in recs), n))
    sys.exit(1 if n else 0)
