#!/usr/bin/env python3
"""Generate evaluation set 51 (competitor comparisons) for onevoice.

Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py
(Re)writes mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml and expected.jsonl
in the folder above this script.
"""
import base64, json, os, quopri, re, shutil, sys
from datetime import datetime, timedelta
from email.header import Header
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"

OFFICE_GLOBS = [("osaka.jp.meridian-data.com", "osaka"), ("jp.meridian-data.com", "tokyo"),
                ("uk.meridian-data.com", "london"), ("meridian-data.com", "us-hq")]


def office_of(addr):
    dom = addr.rsplit("@", 1)[1].lower().strip(">")
    for d, o in OFFICE_GLOBS:
        if dom == d:
            return o
    return "unknown"


# ------------------------------------------------------------------ label helpers
def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return {"type": "claim", "product": "meridian-" + product, "attribute": attribute, "value": value,
            "verdict": verdict, "quoted": quoted, "office": office, "text": text}


def P(rule, text, quoted=False):
    return {"type": "finding", "kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def T(product, text, quoted=False):
    return {"type": "finding", "kind": "terminology", "rule": None, "product": "meridian-" + product,
            "quoted": quoted, "text": text}


def JPY(a, per="month", tax="excluded"):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def USD(a, per="month", tax=None):
    return {"amount": a, "currency": "USD", "per": per, "tax": tax}


def GBP(a, per="month", tax=None):
    return {"amount": a, "currency": "GBP", "per": per, "tax": tax}


def DUR(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12

# ------------------------------------------------------------------ MIME helpers
def hdr(value, charset):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset).encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if ("," in name or "." in name) else "%s <%s>" % (name, email)
    return "%s <%s>" % (Header(name, charset).encode(), email)


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def leaf(ctype, text, charset, cte, extra=""):
    """-> (header lines, body) for one text part."""
    data = text.replace("\n", "\r\n").encode(charset) if cte != "7bit" or charset != "iso-2022-jp" \
        else text.encode(charset)
    if cte == "7bit":
        body = text.encode(charset).decode("ascii")
    elif cte == "base64":
        body = b64(text.replace("\n", "\r\n").encode(charset))
    elif cte == "quoted-printable":
        body = qp(text.encode(charset))
    elif cte == "8bit":
        body = text.encode(charset).decode("latin-1")
    cs = "ISO-2022-JP" if charset == "iso-2022-jp" else charset.upper() if charset == "utf-8" else charset
    h = ["Content-Type: %s; charset=%s%s" % (ctype, '"%s"' % cs if ctype == "text/html" and charset == "utf-8" else cs, extra),
         "Content-Transfer-Encoding: %s" % cte]
    return h, body


def build(m):
    """Raw RFC 5322 bytes for message dict m."""
    cs = m.get("hcharset", "utf-8")
    H = []
    order = m.get("order", "gmail")
    H.append("From: " + m["from"])
    H.append("To: " + m["to"])
    if m.get("cc"):
        H.append("Cc: " + m["cc"])
    H.append("Subject: " + hdr(m["subject"], cs))
    H.append("Date: " + m["date"])
    H.append("Message-ID: <%s>" % m["id"])
    if m.get("reply_to_id"):
        H.append("In-Reply-To: <%s>" % m["reply_to_id"])
        H.append("References: <%s>" % m["reply_to_id"])
    for x in m.get("xh", []):
        H.append(x)
    H.append("MIME-Version: 1.0")
    kind = m["kind"]
    if kind == "single":
        h, body = leaf(m.get("ctype", "text/plain"), m["body"], m["charset"], m["cte"], m.get("ctx", ""))
        H += h
        raw = "\n".join(H) + "\n\n" + body
    elif kind == "alt":
        bnd = m["boundary"]
        H.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
        h1, b1 = leaf("text/plain", m["body"], m["charset"], m["cte"])
        h2, b2 = leaf("text/html", m["html"], m["charset"], m["cte"])
        raw = ("\n".join(H) + "\n\n" + "--%s\n" % bnd + "\n".join(h1) + "\n\n" + b1.rstrip("\n") + "\n"
               + "--%s\n" % bnd + "\n".join(h2) + "\n\n" + b2.rstrip("\n") + "\n" + "--%s--\n" % bnd)
    elif kind == "rfc822":
        bnd = m["boundary"]
        H.append('Content-Type: multipart/mixed; boundary="%s"' % bnd)
        h1, b1 = leaf("text/plain", m["body"], m["charset"], m["cte"])
        inner = build(m["attached"]).decode("ascii")
        fname = m["attached_name"]
        raw = ("\n".join(H) + "\n\nThis is a multi-part message in MIME format.\n\n" + "--%s\n" % bnd
               + "\n".join(h1) + "\n\n" + b1.rstrip("\n") + "\n"
               + "--%s\nContent-Type: message/rfc822; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n\n"
               % (bnd, fname, fname) + inner.rstrip("\n") + "\n--%s--\n" % bnd)
    raw = raw.replace("\r\n", "\n")
    for line in raw.split("\n"):
        if len(line.encode("latin-1")) > 998:
            sys.exit("line too long in %s" % m["id"])
    return raw.replace("\n", "\r\n" if m.get("crlf") else "\n").encode("latin-1")


def decoded_texts(m):
    out = [m["body"]] + ([m["html"]] if m.get("html") else [])
    if m.get("attached"):
        out += decoded_texts(m["attached"])
    return out


# ------------------------------------------------------------------ the messages
MSGS = []


def msg(**kw):
    MSGS.append(kw)


SIG_DANA = """--
Dana Whitfield | Senior Account Executive, Mid-Market
Meridian Data Inc. | 535 Mission Street, Suite 1400, San Francisco, CA 94105
o +1 415 555 0148 | m +1 628 555 0193
"""

# 0001 -- us-hq, ascii, Gmail reply with interleaved quote; period-placed value
msg(n=1, archive=True, kind="single", charset="us-ascii", cte="7bit", ctx="; format=flowed",
    date="Tue, 10 Feb 2026 10:42:18 -0800",
    id="CAK7q2mXv3pL9tT0Rz1wq8Hn4uE6bYc0Jd=5fQ+WmA@mail.gmail.com",
    reply_to_id="CAH1r8sVt0x2kPz7cNq5Lw3Bn0Ye4Ff9Ug6aRb@mail.gmail.com",
    **{"from": "Dana Whitfield <dana.whitfield@meridian-data.com>",
       "to": "Ravi Menon <ravi.menon@harrowgate-logistics.com>",
       "subject": "Re: Meridian Sync vs Boxwell - quick comparison"},
    body="""Hi Ravi,

Thanks for sending over the Boxwell proposal. Happy to walk through the
differences before your steering committee on the 19th.

Scale: unlike Boxwell Drive, which caps a business account at 2,500 users,
Meridian Sync supports up to 5,000 users on a single tenant today.
And from April 1, 2026 the Meridian Sync limit goes to 10,000 users.

Storage: Boxwell's Plus tier gives 2 TB per user. Each Meridian Sync user
gets 1 TB of storage, which in our experience covers even the engineering
teams with CAD files.

Uptime: Meridian Sync carries a 99.9% uptime SLA with service credits.

On price, for your 340 seats I can hold the 12% multi-year discount until
March 6. After that it goes back to the standard terms.

On Mon, Feb 9, 2026 at 4:12 PM Ravi Menon <ravi.menon@harrowgate-logistics.com> wrote:
> Hi Dana,
>
> Boxwell is offering us 2,500 users and 2 TB each at $12/user/month.
> Does Meridian Sync support offline mode? Our drivers are often out of
> coverage.
>
> Ravi

Offline: no, Meridian Sync does not support offline mode; the clients need
a connection to sync. Most of our logistics customers pair it with the
mobile app's upload queue.

Best,
Dana

""" + SIG_DANA,
    labels=[
        C("sync", "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users on a single tenant today"),
        C("sync", "max_users", 10000, "ok", "And from April 1, 2026 the Meridian Sync limit goes to 10,000 users."),
        C("sync", "storage_per_user", TB, "ok", "Each Meridian Sync user\ngets 1 TB of storage"),
        C("sync", "sla", 99.9, "ok", "Meridian Sync carries a 99.9% uptime SLA with service credits."),
        C("sync", "offline_mode", False, "ok", "Meridian Sync does not support offline mode"),
    ])

# 0002 -- london, UTF-8 QP, plain-text comparison table
msg(n=2, archive=True, kind="single", charset="utf-8", cte="quoted-printable",
    date="Tue, 14 Apr 2026 09:18:55 +0100",
    id="7F3C21B0-94D2-4E61-A8B7-1C0E5D9A2F44@uk.meridian-data.com",
    xh=["X-Mailer: Apple Mail (2.3774.300.61.1.2)"],
    **{"from": "Oliver Pryce <oliver.pryce@uk.meridian-data.com>",
       "to": "Procurement Team <procurement@calder-vale-health.co.uk>",
       "cc": "Gemma Lowe <gemma.lowe@calder-vale-health.co.uk>",
       "subject": "Backup options: Meridian Vault and Corvane side by side"},
    body="""Dear Gemma, dear colleagues,

Following Thursday's call, here is the side-by-side you asked for. The Corvane figures are from their public datasheet (March 2026); ours are from the Meridian Vault service description.

                          Meridian Vault          Corvane Backup
  RPO                     15 minutes              1 hour
  Default retention       90 days                 30 days
  Price per TB/month      £16                     £14
  Data centres            Frankfurt, Oregon       London, Dublin

On assurance, Meridian Vault is audited annually against SOC 2 Type II, and we can share the bridge letter under NDA.

I appreciate Corvane's £14 looks sharper on paper. We won't match it, but for Calder Vale I can offer three months free on your first 40 TB, which closes most of the gap over a three-year term.

Kind regards,
Oliver

Oliver Pryce
Enterprise Account Manager, UK Public Sector
Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0321 | M +44 7700 900 418
Registered in England and Wales, company no. 09876543. VAT GB 123 4567 89
""",
    labels=[
        C("vault", "rpo", DUR(15, "minutes"), "ok", "RPO                     15 minutes"),
        C("vault", "retention", DUR(90, "days"), "ok", "Default retention       90 days"),
        C("vault", "price_per_tb", GBP(16, "TB-month"), "ok", "Price per TB/month      £16"),
        C("vault", "data_centers", "Frankfurt", "ok", "Data centres            Frankfurt, Oregon"),
        C("vault", "data_centers", "Oregon", "ok", "Data centres            Frankfurt, Oregon"),
        C("vault", "certifications", "SOC 2 Type II", "unverified",
          "Meridian Vault is audited annually against SOC 2 Type II"),
    ])

# 0003 -- us-hq, multipart/alternative, Insight vs Lumetric
B3 = """Hi Joanna,

Good to meet you and the analytics team on Friday. You asked how Meridian Insight stacks up against Lumetric, so here is the short version.

Speed: unlike Lumetric, which is still quoting 5-8 second refreshes on large models, Meridian Insight answers queries in under 1 second.

Price: Meridian Insight is $30 per user per month. Lumetric's quote to you was $27, but it excludes their connector pack.

Trial: Meridian Insight comes with a free 30-day trial, so your team can test it on real data before the budget round.

Timing: Meridian Insight is in beta today and goes GA in January 2027.

Honestly, it's the industry-leading analytics add-on for teams already on Meridian Sync.

You mentioned 45 analysts and a kickoff on May 4; I'll hold 2pm PT for the workshop.

Marcus

Marcus Bell
Solutions Engineer, Meridian Data Inc.
+1 415 555 0172 | 535 Mission St, San Francisco, CA 94105
"""
H3 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div dir="ltr"><p>Hi Joanna,</p>
<p>Good to meet you and the analytics team on Friday. You asked how Meridian Insight stacks up against Lumetric, so here is the short version.</p>
<p><b>Speed:</b> unlike Lumetric, which is still quoting 5-8 second refreshes on large models, Meridian Insight answers queries in under 1 second.</p>
<p><b>Price:</b> Meridian Insight is $30 per user per month. Lumetric's quote to you was $27, but it excludes their connector pack.</p>
<p><b>Trial:</b> Meridian Insight comes with a free 30-day trial, so your team can test it on real data before the budget round.</p>
<p><b>Timing:</b> Meridian Insight is in beta today and goes GA in January 2027.</p>
<p>Honestly, it's the industry-leading analytics add-on for teams already on Meridian Sync.</p>
<p>You mentioned 45 analysts and a kickoff on May 4; I'll hold 2pm PT for the workshop.</p>
<p>Marcus</p>
<p>--<br>Marcus Bell<br>Solutions Engineer, Meridian Data Inc.<br>+1 415 555 0172 | 535 Mission St, San Francisco, CA 94105</p></div>
</body></html>
"""
msg(n=3, archive=True, kind="alt", charset="utf-8", cte="quoted-printable", boundary="000000000000a1b2c3d4e5f60718",
    date="Mon, 20 Apr 2026 15:07:41 -0700",
    id="CAF9xT2wQm8Lr4Nk1Zp6Yb0Hc3Vd7Js5Ue=Ga2@mail.gmail.com",
    **{"from": "Marcus Bell <marcus.bell@meridian-data.com>",
       "to": "Joanna Reyes <jreyes@bluefin-retail.com>",
       "subject": "Meridian Insight vs Lumetric"},
    body=B3, html=H3,
    labels=[
        C("insight", "query_latency", DUR(1, "seconds"), "conflict",
          "Meridian Insight answers queries in under 1 second."),
        C("insight", "per_user_price", USD(30, "user-month"), "ok", "Meridian Insight is $30 per user per month."),
        C("insight", "free_trial", DUR(30, "days"), "ok", "Meridian Insight comes with a free 30-day trial"),
        C("insight", "general_availability", "2027-01", "ok",
          "Meridian Insight is in beta today and goes GA in January 2027."),
        P("en.superlative", "it's the industry-leading analytics add-on"),
    ])

SIG_SATO = """━━━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス
第二営業部　佐藤 健二（Kenji Sato）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル12F
TEL: 03-5555-0123　携帯: 090-5555-0187
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

# 0004 -- tokyo, ISO-2022-JP, competitor figure next to our name
msg(n=4, archive=True, kind="single", charset="iso-2022-jp", cte="7bit", hcharset="iso-2022-jp",
    date="Tue, 28 Apr 2026 11:26:03 +0900",
    id="20260428112603.4F1A.B2C7E9D1@jp.meridian-data.com",
    xh=["X-Mailer: Becky! ver. 2.81.06 [ja]"],
    **{"from": addr("佐藤 健二", "sato.kenji@jp.meridian-data.com", "iso-2022-jp"),
       "to": addr("山本 様", "yamamoto@kitano-seiki.co.jp", "iso-2022-jp"),
       "subject": "メリディアン シンクと他社製品の比較について"},
    body="""北野精機株式会社
情報システム部　山本様

いつもお世話になっております。
メリディアン・データの佐藤でございます。

先日のお打ち合わせでご依頼いただいた、他社製品との比較を以下にまとめました。

■ストレージ容量
他社製品A（Boxwell Drive）は1ユーザーあたり2TBですが、メリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。

■ユーザー数
メリディアン シンクは最大1万ユーザーまで対応しており、他社製品Aの上限3,000ユーザーを大きく上回ります。

■料金
同製品の月額料金は50,000円（税抜）でございます。

■分析オプション
あわせてご検討中の分析ツールについては、メリディアン インサイトのクエリ応答時間は最大2秒です。

なお、貴社の御見積は280名様分で作成しております。5月12日（火）14時からのお打ち合わせにて詳細をご説明いたします。

引き続きよろしくお願いいたします。

""" + SIG_SATO,
    labels=[
        C("sync", "storage_per_user", TB, "ok", "メリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。"),
        C("sync", "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまで対応しており"),
        C("sync", "monthly_price", JPY(50000), "ok", "同製品の月額料金は50,000円（税抜）でございます。"),
        C("insight", "query_latency", DUR(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒です。"),
    ])

SIG_NAKAMURA = """--
メリディアン・データ株式会社 大阪支店
営業課 中村 彩
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-5555-0456 / FAX 06-5555-0457
"""

B5 = """浪速電機株式会社
購買部 伊藤様

お世話になっております。メリディアン・データ大阪支店の中村です。
先日お問い合わせいただいたファイル共有サービスの件、他社製品との比較をお送りします。

他社製品Bは月額48,000円ですが、メリディアン シンクは月額45,000円（税抜）でご提供しております。
価格面では業界最安の水準と自負しております。

セキュリティ面では、メリディアン シンクはISO 27001認証を取得しており、ISMAPにも登録済みです。

今回ご検討の120ライセンスについては、初年度10%お値引きいたします。
ご不明な点がございましたら、お気軽にお問い合わせください。

よろしくお願いいたします。

""" + SIG_NAKAMURA
# 0005 -- osaka, UTF-8 base64 (Gmail-like)
msg(n=5, archive=True, kind="single", charset="utf-8", cte="base64",
    date="Thu, 07 May 2026 15:02:37 +0900",
    id="CAOs4kLm2Rn8Tq0Vx6Yz1Ab3Cd5Ef7Gh9Ij-Kl=Mn@mail.gmail.com",
    **{"from": addr("中村 彩", "nakamura.aya@osaka.jp.meridian-data.com"),
       "to": addr("伊藤 博", "ito.hiroshi@naniwa-denki.co.jp"),
       "subject": "【比較資料】メリディアン シンクのご案内"},
    body=B5,
    labels=[
        C("sync", "monthly_price", JPY(45000), "conflict", "メリディアン シンクは月額45,000円（税抜）でご提供しております。"),
        C("sync", "certifications", "ISO 27001", "ok", "メリディアン シンクはISO 27001認証を取得しており、ISMAPにも登録済みです。"),
        C("sync", "certifications", "ISMAP", "conflict", "メリディアン シンクはISO 27001認証を取得しており、ISMAPにも登録済みです。"),
        P("ja.cheapest", "価格面では業界最安の水準と自負しております。"),
    ])

# 0006 -- customer reply, quotes osaka with "日付 名前 <addr>:" + > lines
Q5 = "\n".join(("> " + l) if l else ">" for l in B5.rstrip("\n").split("\n"))
msg(n=6, archive=True, kind="single", charset="utf-8", cte="quoted-printable",
    date="Tue, 12 May 2026 09:48:12 +0900",
    id="OS3P286MB1642D0A7C3E1F94B2A6D88C1A4@OS3P286MB1642.JPNP286.PROD.OUTLOOK.COM",
    reply_to_id="CAOs4kLm2Rn8Tq0Vx6Yz1Ab3Cd5Ef7Gh9Ij-Kl=Mn@mail.gmail.com",
    **{"from": addr("伊藤 博", "ito.hiroshi@naniwa-denki.co.jp"),
       "to": addr("中村 彩", "nakamura.aya@osaka.jp.meridian-data.com"),
       "subject": "Re: 【比較資料】メリディアン シンクのご案内"},
    body="""中村様

お世話になっております。浪速電機の伊藤です。
比較資料をありがとうございました。

バックアップについても並行して検討しておりまして、他社製品Cの営業からは、RPO5分・保持期間1年と伺っております。
また、御社の東京の担当の方からは、メリディアン ボールトの保持期間は90日と伺っております。

メリディアン ボールトのデータセンターはシンガポールにもございますでしょうか。
海外拠点のデータも同じ契約で保護できるか確認したく、ご教示いただけますと幸いです。

よろしくお願いいたします。

浪速電機株式会社 購買部
伊藤 博
TEL 06-6555-7710（内線 2214）

2026年5月7日(木) 15:02 中村 彩 <nakamura.aya@osaka.jp.meridian-data.com>:
""" + Q5 + "\n",
    labels=[
        C("vault", "retention", DUR(90, "days"), "ok", "メリディアン ボールトの保持期間は90日と伺っております。"),
        C("sync", "monthly_price", JPY(45000), "conflict", "メリディアン シンクは月額45,000円（税抜）でご提供しております。",
          quoted=True, office="osaka"),
        C("sync", "certifications", "ISO 27001", "ok", "メリディアン シンクはISO 27001認証を取得しており、ISMAPにも登録済みです。",
          quoted=True, office="osaka"),
        C("sync", "certifications", "ISMAP", "conflict", "メリディアン シンクはISO 27001認証を取得しており、ISMAPにも登録済みです。",
          quoted=True, office="osaka"),
        P("ja.cheapest", "価格面では業界最安の水準と自負しております。", quoted=True),
    ])

# 0007 -- tokyo, Outlook UTF-8 QP, -----Original Message----- (not in archive)
msg(n=7, archive=False, kind="single", charset="utf-8", cte="quoted-printable",
    date="Wed, 13 May 2026 17:31:09 +0900",
    id="TYCPR01MB8841A2F3D7C45E9B61F0C2D8B3@TYCPR01MB8841.jpnprd01.prod.outlook.com",
    xh=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: =?UTF-8?B?44Oh44Oq44OH44Kj44Ki44OzIOODnOODvOODq+ODiA==?="],
    **{"from": addr("佐藤 健二", "sato.kenji@jp.meridian-data.com"),
       "to": addr("小林 真理子", "m-kobayashi@shirakawa-shoji.co.jp"),
       "subject": "RE: メリディアン ボールトについてのご質問"},
    body="""小林様

お世話になっております。メリディアン・データの佐藤でございます。
ご質問の件、回答いたします。

ご指摘の他社製品CはRPO 5分をうたっておりますが、メリディアン ボールトのRPOは15分でございます。
同製品の保持期間は標準で90日間です。
メリディアン ボールトのデータセンターは東京と大阪にございます（シンガポールには拠点がございません）。
メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。

御社の現行バックアップ容量（約35TB）であれば、初期費用は不要です。

何卒よろしくお願い申し上げます。

佐藤 健二
メリディアン・データ株式会社 東京オフィス
TEL: 03-5555-0123

-----Original Message-----
From: 小林 真理子 <m-kobayashi@shirakawa-shoji.co.jp>
Sent: Tuesday, May 12, 2026 6:05 PM
To: 佐藤 健二 <sato.kenji@jp.meridian-data.com>
Subject: メリディアン ボールトについてのご質問

佐藤様

他社製品CはRPO5分、1TBあたり月額2,000円とのことですが、メリディアン ボールトはいかがでしょうか。
また、データの保管場所がシンガポールになることはありますか。

白川商事株式会社 総務部
小林 真理子
""",
    labels=[
        C("vault", "rpo", DUR(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分でございます。"),
        C("vault", "retention", DUR(90, "days"), "ok", "同製品の保持期間は標準で90日間です。"),
        C("vault", "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは東京と大阪にございます"),
        C("vault", "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは東京と大阪にございます"),
        C("vault", "price_per_tb", JPY(3080, "TB-month", "included"), "ok",
          "メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。"),
    ])

# 0008 -- london battlecard to a reseller, multipart/alternative with an HTML table
B8 = """Hi Tom,

As promised, the refreshed Sync battlecard for your team. Please keep it partner-internal; the Boxwell column comes from their UK price list and datasheet (May 2026).

Meridian Sync vs Boxwell Drive (Business)

Capability           | Meridian Sync                                    | Boxwell Drive
Max users per tenant | 10,000                                           | 2,500
Storage per user     | 1 TB                                             | 2 TB
Uptime SLA           | 99.9%                                            | 99.5%
Platforms            | Windows, macOS, iOS, Android                     | Windows, macOS, Linux
Offline mode         | Not supported                                    | Yes
List price           | £329 per month                                   | £9 per user per month
Certifications       | ISO 27001, SOC 2 Type II, Cyber Essentials Plus  | ISO 27001

Talk track: Boxwell will tell prospects their storage is unlimited. It isn't; there is a fair-use cap buried in the terms.

For the Harlow deal you flagged (600 seats), call me before you put a number in front of them.

Cheers,
Oliver

Oliver Pryce | Meridian Data UK Ltd | +44 20 7946 0321
"""
H8 = """<html><body style="font-family:Calibri,sans-serif">
<p>Hi Tom,</p>
<p>As promised, the refreshed Sync battlecard for your team. Please keep it partner-internal; the Boxwell column comes from their UK price list and datasheet (May 2026).</p>
<table border="1" cellpadding="4" cellspacing="0">
<caption>Meridian Sync vs Boxwell Drive (Business)</caption>
<tr><th>Capability</th><th>Meridian Sync</th><th>Boxwell Drive</th></tr>
<tr><td>Max users per tenant</td><td>10,000</td><td>2,500</td></tr>
<tr><td>Storage per user</td><td>1 TB</td><td>2 TB</td></tr>
<tr><td>Uptime SLA</td><td>99.9%</td><td>99.5%</td></tr>
<tr><td>Platforms</td><td>Windows, macOS, iOS, Android</td><td>Windows, macOS, Linux</td></tr>
<tr><td>Offline mode</td><td>Not supported</td><td>Yes</td></tr>
<tr><td>List price</td><td>&pound;329 per month</td><td>&pound;9 per user per month</td></tr>
<tr><td>Certifications</td><td>ISO 27001, SOC 2 Type II, Cyber Essentials Plus</td><td>ISO 27001</td></tr>
</table>
<p>Talk track: Boxwell will tell prospects their storage is unlimited. It isn't; there is a fair-use cap buried in the terms.</p>
<p>For the Harlow deal you flagged (600 seats), call me before you put a number in front of them.</p>
<p>Cheers,<br>Oliver</p>
<p>Oliver Pryce | Meridian Data UK Ltd | +44 20 7946 0321</p>
</body></html>
"""
msg(n=8, archive=True, kind="alt", charset="utf-8", cte="quoted-printable", boundary="Apple-Mail=_5E2D8C41-0B7A-4F3E-9D16-2A8C7B1E0F53",
    date="Wed, 20 May 2026 12:14:30 +0100",
    id="5E2D8C41-0B7A-4F3E-9D16-2A8C7B1E0F53@uk.meridian-data.com",
    **{"from": "Oliver Pryce <oliver.pryce@uk.meridian-data.com>",
       "to": "Tom Fairbairn <tom.fairbairn@northbridge-it.co.uk>",
       "subject": "Sync battlecard - Boxwell refresh (partner use)"},
    body=B8, html=H8,
    labels=[
        C("sync", "max_users", 10000, "ok", "Max users per tenant | 10,000"),
        C("sync", "storage_per_user", TB, "ok", "Storage per user     | 1 TB"),
        C("sync", "sla", 99.9, "ok", "Uptime SLA           | 99.9%"),
        C("sync", "supported_platforms", "Windows", "ok", "Platforms            | Windows, macOS, iOS, Android"),
        C("sync", "supported_platforms", "macOS", "ok", "Platforms            | Windows, macOS, iOS, Android"),
        C("sync", "supported_platforms", "iOS", "ok", "Platforms            | Windows, macOS, iOS, Android"),
        C("sync", "supported_platforms", "Android", "ok", "Platforms            | Windows, macOS, iOS, Android"),
        C("sync", "offline_mode", False, "ok", "Offline mode         | Not supported"),
        C("sync", "monthly_price", GBP(329), "ok", "List price           | £329 per month"),
        C("sync", "certifications", "ISO 27001", "ok", "Certifications       | ISO 27001, SOC 2 Type II, Cyber Essentials Plus"),
        C("sync", "certifications", "SOC 2 Type II", "ok", "Certifications       | ISO 27001, SOC 2 Type II, Cyber Essentials Plus"),
        C("sync", "certifications", "Cyber Essentials Plus", "conflict",
          "Certifications       | ISO 27001, SOC 2 Type II, Cyber Essentials Plus"),
        P("en.unlimited", "Boxwell will tell prospects their storage is unlimited."),
    ])

# 0009 -- us-hq, Vault vs Corvane; a deprecated name only inside a URL
msg(n=9, archive=True, kind="single", charset="us-ascii", cte="7bit",
    date="Tue, 26 May 2026 08:55:02 -0700",
    id="CAB3nW5xPq7Ts1Uv9Rm2Lk4Jh6Gf8Ed0Cb-Ya@mail.gmail.com",
    **{"from": "Priya Raman <priya.raman@meridian-data.com>",
       "to": "Ravi Menon <ravi.menon@harrowgate-logistics.com>",
       "subject": "Backup: how Meridian Vault compares with Corvane"},
    body="""Hi Ravi,

Dana mentioned you are also looking at Corvane for backup, so a few notes
from our side.

- Recovery point: Corvane's RPO is 1 hour; Meridian Vault's RPO is 15 minutes.
- Scale: Meridian Vault scales to 1 PB per tenant. Your 180 TB of
  warehouse imaging is not a concern.
- Price: Vault is $20/TB/month, billed on the average stored volume.
- Hosting: Meridian Vault runs in our Oregon and Frankfurt data centers
  for US and EU customers.

Cut-over is planned as a zero downtime migration over two weekends.

The migration notes for teams coming from the old sync client are here:
https://docs.meridian-data.com/kb/MeridianFileSync-to-Sync-migration

Thanks,
Priya

Priya Raman
Account Executive | Meridian Data Inc.
(415) 555-0126
""",
    labels=[
        C("vault", "rpo", DUR(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes."),
        C("vault", "max_storage", 10 ** 15, "conflict", "Meridian Vault scales to 1 PB per tenant"),
        C("vault", "price_per_tb", USD(20, "TB-month"), "ok", "Vault is $20/TB/month"),
        C("vault", "data_centers", "Oregon", "ok", "Meridian Vault runs in our Oregon and Frankfurt data centers"),
        C("vault", "data_centers", "Frankfurt", "ok", "Meridian Vault runs in our Oregon and Frankfurt data centers"),
        P("en.guarantee", "Cut-over is planned as a zero downtime migration over two weekends."),
    ])

# 0010 -- london, Outlook QP, reply over an Outlook header block
msg(n=10, archive=True, kind="single", charset="utf-8", cte="quoted-printable",
    date="Tue, 9 Jun 2026 16:40:27 +0000",
    id="LO2P265MB4473C1E8A09F2B7D5E36A1C4F2@LO2P265MB4473.GBRP265.PROD.OUTLOOK.COM",
    xh=["X-MS-Has-Attach: ", "Content-Language: en-GB"],
    **{"from": "Harriet Cole <harriet.cole@uk.meridian-data.com>",
       "to": "Ravi Menon <ravi.menon@harrowgate-logistics.com>",
       "subject": "RE: Corvane vs Meridian Vault - UK sites"},
    body="""Hi Ravi,

Thanks for looping me in for the UK depots. Short answers below.

Meridian Vault's RPO is 5 minutes, against Corvane's 1 hour, so the overnight batch risk you described goes away.
Meridian Vault is £16 per TB per month for the UK entity.
For the Columbus head office, Meridian Vault is $20 per TB per month on the same contract.
Unlike Corvane, Meridian Vault has a London data centre, which keeps the depot backups onshore.
Vault's 99.95% availability SLA also beats Corvane's 99.5%.

I've pencilled in Thursday 18 June at 10:00 for the technical deep dive in Milton Keynes.

Best regards,
Harriet

Harriet Cole
Regional Sales Director, UK & Ireland
Meridian Data UK Ltd | 30 Finsbury Square, London EC2A 1AG
+44 20 7946 0388

From: Ravi Menon <ravi.menon@harrowgate-logistics.com>
Sent: 08 June 2026 17:22
To: Harriet Cole <harriet.cole@uk.meridian-data.com>
Subject: Corvane vs Meridian Vault - UK sites

Hi Harriet,

Corvane have offered £12/TB/month with a 5-minute RPO for our three UK depots.
How does Meridian Vault compare for the UK entity?

Ravi
""",
    labels=[
        C("vault", "rpo", DUR(5, "minutes"), "conflict", "Meridian Vault's RPO is 5 minutes"),
        C("vault", "price_per_tb", GBP(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month for the UK entity."),
        C("vault", "price_per_tb", USD(20, "TB-month"), "office-variant",
          "Meridian Vault is $20 per TB per month on the same contract."),
        C("vault", "data_centers", "London", "conflict", "Meridian Vault has a London data centre"),
        C("vault", "sla", 99.95, "ok", "Vault's 99.95% availability SLA also beats Corvane's 99.5%."),
    ])

# 0011 -- customer reports what London told him
msg(n=11, archive=True, kind="single", charset="us-ascii", cte="7bit",
    date="Mon, 15 Jun 2026 09:03:44 -0500",
    id="CAH8pQ3rS5tU7vW9xY1zA3bC5dE7fG9hI1jK3l@mail.gmail.com",
    **{"from": "Ravi Menon <ravi.menon@harrowgate-logistics.com>",
       "to": "Priya Raman <priya.raman@meridian-data.com>",
       "subject": "Vault RPO - which number is right?"},
    body="""Priya,

Quick one before our architecture review on Thursday. Your colleague in
London told us Meridian Vault has a 5 minute RPO, while Corvane quoted
us 1 hour. Your note said 15 minutes. Which is it?

Also, does Meridian Vault have a Singapore region? We have a small team
in Jurong.

Thanks,
Ravi

Ravi Menon | Director of IT Infrastructure
Harrowgate Logistics Inc. | 2200 Commerce Blvd, Columbus, OH 43219
+1 614 555 0190
""",
    labels=[
        C("vault", "rpo", DUR(5, "minutes"), "conflict", "London told us Meridian Vault has a 5 minute RPO", office="unknown"),
    ])

# 0012 -- us-hq reply, interleaved quoting
msg(n=12, archive=True, kind="single", charset="us-ascii", cte="7bit",
    date="Tue, 16 Jun 2026 07:21:15 -0700",
    id="CAB3nW5yRt2Uv4Wx6Yz8Ab0Cd2Ef4Gh6Ij8Kl+Mn@mail.gmail.com",
    reply_to_id="CAH8pQ3rS5tU7vW9xY1zA3bC5dE7fG9hI1jK3l@mail.gmail.com",
    **{"from": "Priya Raman <priya.raman@meridian-data.com>",
       "to": "Ravi Menon <ravi.menon@harrowgate-logistics.com>",
       "cc": "Harriet Cole <harriet.cole@uk.meridian-data.com>",
       "subject": "Re: Vault RPO - which number is right?"},
    body="""Hi Ravi,

On Mon, Jun 15, 2026 at 7:03 AM Ravi Menon <ravi.menon@harrowgate-logistics.com> wrote:
> Quick one before our architecture review on Thursday. Your colleague in
> London told us Meridian Vault has a 5 minute RPO, while Corvane quoted
> us 1 hour. Your note said 15 minutes. Which is it?

Sorry for the mixed messages. Meridian Vault's RPO is 15 minutes, not 5;
Harriet is copied and will update her notes.

> Also, does Meridian Vault have a Singapore region? We have a small team
> in Jurong.

Not today. For APAC we would host you in Tokyo. Everything Meridian Vault
stores is encrypted at rest with AES-256, wherever it lives.

Priya
""",
    labels=[
        C("vault", "rpo", DUR(5, "minutes"), "conflict", "London told us Meridian Vault has a 5 minute RPO",
          quoted=True, office="unknown"),
        C("vault", "rpo", DUR(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes, not 5;"),
        C("vault", "encryption", "AES-256", "ok", "stores is encrypted at rest with AES-256"),
    ])

# 0013 -- tokyo, partner battlecard for Insight, ISO-2022-JP
msg(n=13, archive=True, kind="single", charset="iso-2022-jp", cte="7bit", hcharset="iso-2022-jp",
    date="Mon, 22 Jun 2026 10:05:51 +0900",
    id="20260622100551.7C3E.9A4B1D2F@jp.meridian-data.com",
    xh=["X-Mailer: Becky! ver. 2.81.06 [ja]"],
    **{"from": addr("鈴木 舞", "suzuki.mai@jp.meridian-data.com", "iso-2022-jp"),
       "to": addr("東北システムズ 営業部", "sales@tohoku-systems.co.jp", "iso-2022-jp"),
       "subject": "【パートナー様向け】メリディアン インサイト 競合比較"},
    body="""東北システムズ株式会社
営業部 ご担当者様

いつもお世話になっております。メリディアン・データ東京オフィスの鈴木です。
販売パートナー様向けに、メリディアン インサイトの競合比較ポイントをお送りします。

・他社BIツールは無料トライアル14日間ですが、メリディアン インサイトは30日間の無料トライアルをご用意しています。
・メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。
・メリディアン インサイトのダッシュボードは最大500個まで作成可能で、他社の100個を大きく上回ります。
・メリディアン インサイトの正式リリースは2026年10月です。
・業界初のAI自動要約機能を搭載しています。

6月30日の勉強会では、上記に加えてデモ環境（20ユーザー分）をご用意いたします。

鈴木 舞
メリディアン・データ株式会社 東京オフィス パートナー営業部
〒100-0005 東京都千代田区丸の内1-6-5
TEL: 03-5555-0140
""",
    labels=[
        C("insight", "free_trial", DUR(30, "days"), "ok", "メリディアン インサイトは30日間の無料トライアルをご用意しています。"),
        C("insight", "per_user_price", JPY(4000, "user-month"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。"),
        C("insight", "max_dashboards", 500, "conflict", "メリディアン インサイトのダッシュボードは最大500個まで作成可能で"),
        C("insight", "general_availability", "2026-10", "conflict", "メリディアン インサイトの正式リリースは2026年10月です。"),
        P("ja.first-in-industry", "業界初のAI自動要約機能を搭載しています。"),
    ])

# 0014 -- osaka, katakana deprecated name, substantiated No.1 (silent)
msg(n=14, archive=False, kind="single", charset="utf-8", cte="base64",
    date="Wed, 01 Jul 2026 13:44:20 +0900",
    id="CAOs4kLn5Sp1Uq3Wr5Yt7Av9Cx1Ez3Gb5Id7Kf=Oh@mail.gmail.com",
    **{"from": addr("中村 彩", "nakamura.aya@osaka.jp.meridian-data.com"),
       "to": addr("森田 様", "morita@kansai-kenzai.co.jp"),
       "subject": "メリディアン シンクへの切り替えについて"},
    body="""関西建材株式会社
総務部 森田様

お世話になっております。メリディアン・データ大阪支店の中村です。

旧製品名メリディアン・ファイルシンクをご利用中の拠点につきましても、同じ手順で切り替えいただけます。

現場でのご利用について補足いたします。他社製品Aはオフライン編集に対応していますが、メリディアン・シンクはオフラインではご利用いただけません。
メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。

メリディアン シンクは国内No.1※のクラウドストレージです。
※2026年3月 東京リサーチ調べ（法人向けクラウドストレージ市場）

切り替え作業は7月18日（土）に、現在の45アカウントを対象に実施予定です。

""" + SIG_NAKAMURA,
    labels=[
        T("sync", "旧製品名メリディアン・ファイルシンクをご利用中の拠点"),
        C("sync", "offline_mode", False, "ok", "メリディアン・シンクはオフラインではご利用いただけません。"),
        C("sync", "supported_platforms", "Windows", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。"),
        C("sync", "supported_platforms", "macOS", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。"),
        C("sync", "supported_platforms", "iOS", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。"),
        C("sync", "supported_platforms", "Android", "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しています。"),
    ])

# 0015 -- tokyo forwards a us-hq note as an attached message/rfc822
INNER15 = dict(kind="single", charset="us-ascii", cte="7bit",
               date="Mon, 6 Jul 2026 14:12:09 -0700",
               id="CAE2kR7mT9nV1pX3rZ5tB7vD9xF1hJ3lN5pR7=T@mail.gmail.com",
               **{"from": "Dana Whitfield <dana.whitfield@meridian-data.com>",
                  "to": "Kenji Sato <sato.kenji@jp.meridian-data.com>",
                  "subject": "Sync spec summary for your Kitano account"},
               body="""Kenji,

Here is the one-paragraph summary you asked for, for Kitano's US
subsidiary. Meridian Sync supports up to 10,000 users per organization,
and Meridian Sync costs $399 per month on the US price book.

Dana
""")
msg(n=15, archive=True, kind="rfc822", charset="iso-2022-jp", cte="7bit", hcharset="iso-2022-jp",
    boundary="------------B7E4A1C93F2D6E08",
    date="Wed, 08 Jul 2026 09:30:44 +0900",
    id="a3f9c2e1-7b4d-4e8a-9c61-0d2b5e7f8a13@jp.meridian-data.com",
    xh=["User-Agent: Mozilla Thunderbird"],
    attached=INNER15, attached_name="Sync spec summary for your Kitano account.eml",
    **{"from": addr("佐藤 健二", "sato.kenji@jp.meridian-data.com", "iso-2022-jp"),
       "to": addr("山本 様", "yamamoto@kitano-seiki.co.jp", "iso-2022-jp"),
       "subject": "米国子会社様向け資料の件"},
    body="""山本様

お世話になっております。メリディアン・データの佐藤です。
米国子会社様向けに、米国本社の担当者からの説明メールを添付いたします。

なお、日本でのメリディアン シンクの月額料金は55,000円（税込）です。
米国側のご契約はドル建てとなりますのでご留意ください。

佐藤 健二
メリディアン・データ株式会社 東京オフィス
TEL: 03-5555-0123
""",
    labels=[
        C("sync", "monthly_price", JPY(55000, tax="included"), "ok", "日本でのメリディアン シンクの月額料金は55,000円（税込）です。"),
        C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization",
          quoted=True, office="us-hq"),
        C("sync", "monthly_price", USD(399), "ok", "Meridian Sync costs $399 per month on the US price book.",
          quoted=True, office="us-hq"),
    ])

# 0016 -- us-hq, Markdown table in a plain-text mail, deprecated name, #1 rated
msg(n=16, archive=False, kind="single", charset="utf-8", cte="quoted-printable",
    date="Wed, 15 Jul 2026 11:52:33 -0700",
    id="CAF9xT2zLp5Qm7Rn9So1Tp3Uq5Vr7Ws9Xt1Yu=Zv@mail.gmail.com",
    **{"from": "Marcus Bell <marcus.bell@meridian-data.com>",
       "to": "Kelsey Ortiz <kortiz@pinecrest-dental.com>",
       "subject": "Boxwell vs Meridian Sync, as discussed"},
    body="""Hi Kelsey,

Here's the comparison we talked through on the call, in the format your board likes:

| | Meridian Sync | Boxwell Business |
|---|---|---|
| Price | $399/month flat | $12/user/month |
| Users | up to 10,000 | up to 2,500 |
| SLA | 99.99% | 99.9% |

Meridian Sync is the #1 rated file-sharing platform for mid-market teams.

If any of your clinics are still on Meridian FileSync, the move to the current client is free and takes about an hour per site.

For your 38 seats across 6 clinics the flat price works out well below Boxwell's per-user model.

Marcus

Marcus Bell | Solutions Engineer | Meridian Data Inc. | +1 415 555 0172
""",
    labels=[
        C("sync", "monthly_price", USD(399), "ok", "| Price | $399/month flat | $12/user/month |"),
        C("sync", "max_users", 10000, "ok", "| Users | up to 10,000 | up to 2,500 |"),
        C("sync", "sla", 99.99, "conflict", "| SLA | 99.99% | 99.9% |"),
        P("en.superlative", "Meridian Sync is the #1 rated file-sharing platform for mid-market teams."),
        T("sync", "still on Meridian FileSync"),
    ])

# 0017 -- london, Insight vs Lumetric, footnoted Source clears best-in-class
msg(n=17, archive=False, kind="single", charset="utf-8", cte="quoted-printable",
    date="Mon, 3 Aug 2026 10:12:05 +0100",
    id="CWLP265MB52190B4E6F8A1D3C7E92F0A5B1@CWLP265MB5219.GBRP265.PROD.OUTLOOK.COM",
    **{"from": "Harriet Cole <harriet.cole@uk.meridian-data.com>",
       "to": "Sam Okafor <sam.okafor@brightwater-insurance.co.uk>",
       "subject": "Meridian Insight and Lumetric - the numbers"},
    body="""Hi Sam,

You asked for the numbers without the marketing, so here they are.

Meridian Insight is £25 per user per month, against Lumetric's £32.
Meridian Insight returns queries within 2 seconds on workspaces of your size.
Meridian Insight carries a 99.9% SLA from day one.
Meridian Insight connects to 150+ data sources, where Lumetric lists 90.
Meridian Insight reaches general availability in January 2027; your pilot would run on the beta.

Meridian Insight was rated best-in-class for dashboard speed.*

For the 12 underwriters in the pilot, I'd suggest we start on 1 September.

Kind regards,
Harriet

* Source: Northgate Analyst Group, BI Buyer's Guide, June 2026.

Harriet Cole | Meridian Data UK Ltd | +44 20 7946 0388
""",
    labels=[
        C("insight", "per_user_price", GBP(25, "user-month"), "ok", "Meridian Insight is £25 per user per month"),
        C("insight", "query_latency", DUR(2, "seconds"), "ok", "Meridian Insight returns queries within 2 seconds"),
        C("insight", "sla", 99.9, "unverified", "Meridian Insight carries a 99.9% SLA from day one."),
        C("insight", "integrations", 150, "unverified", "Meridian Insight connects to 150+ data sources"),
        C("insight", "general_availability", "2027-01", "ok", "Meridian Insight reaches general availability in January 2027"),
    ])

# 0018 -- customer, requirement + competitor offer + own statement
msg(n=18, archive=False, kind="single", charset="us-ascii", cte="7bit",
    date="Thu, 20 Aug 2026 14:31:50 +0100",
    id="DB9PR10MB6124E8C2A75F3B1D09E4C6A8F2@DB9PR10MB6124.EURPRD10.PROD.OUTLOOK.COM",
    **{"from": "Gemma Lowe <gemma.lowe@calder-vale-health.co.uk>",
       "to": "Oliver Pryce <oliver.pryce@uk.meridian-data.com>",
       "subject": "Vault - final questions before the panel"},
    body="""Hi Oliver,

Corvane has now quoted us a 5-minute RPO and 30-day retention at
GBP 12/TB. We need at least 200 TB under management from day one.
Can Meridian Vault match that?

Per your website, Meridian Vault is hosted in Frankfurt and Oregon,
which our DPO is comfortable with.

The panel sits on 27 August.

Gemma

Gemma Lowe | Head of Digital Infrastructure
Calder Vale Health Partnership | Calder House, Wakefield WF1 2EB
01924 555 730
""",
    labels=[
        C("vault", "data_centers", "Frankfurt", "ok", "Meridian Vault is hosted in Frankfurt and Oregon", office="unknown"),
        C("vault", "data_centers", "Oregon", "ok", "Meridian Vault is hosted in Frankfurt and Oregon", office="unknown"),
    ])

# 0019 -- london reply, Outlook header block quote
msg(n=19, archive=False, kind="single", charset="utf-8", cte="quoted-printable",
    date="Fri, 21 Aug 2026 08:15:22 +0100",
    id="LO4P265MB3987F1A2C6E84B0D5A93E7C2D1@LO4P265MB3987.GBRP265.PROD.OUTLOOK.COM",
    reply_to_id="DB9PR10MB6124E8C2A75F3B1D09E4C6A8F2@DB9PR10MB6124.EURPRD10.PROD.OUTLOOK.COM",
    **{"from": "Oliver Pryce <oliver.pryce@uk.meridian-data.com>",
       "to": "Gemma Lowe <gemma.lowe@calder-vale-health.co.uk>",
       "subject": "RE: Vault - final questions before the panel"},
    body="""Hi Gemma,

Meridian Vault stores up to 500 TB per tenant. Your 200 TB on day one leaves plenty of headroom.
Default retention on Meridian Vault is 90 days, and you can extend it per policy.
Meridian Vault's price is £16 per TB per month, excluding VAT.

We will not match the Corvane RPO figure on paper, and I'd rather tell you that now than at the panel.

Good luck on the 27th.

Oliver

Oliver Pryce
Enterprise Account Manager, UK Public Sector
Meridian Data UK Ltd | T +44 20 7946 0321

From: Gemma Lowe <gemma.lowe@calder-vale-health.co.uk>
Sent: 20 August 2026 14:31
To: Oliver Pryce <oliver.pryce@uk.meridian-data.com>
Subject: Vault - final questions before the panel

Hi Oliver,

Corvane has now quoted us a 5-minute RPO and 30-day retention at
GBP 12/TB. We need at least 200 TB under management from day one.
Can Meridian Vault match that?

Per your website, Meridian Vault is hosted in Frankfurt and Oregon,
which our DPO is comfortable with.

The panel sits on 27 August.

Gemma
""",
    labels=[
        C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant"),
        C("vault", "retention", DUR(90, "days"), "ok", "Default retention on Meridian Vault is 90 days"),
        C("vault", "price_per_tb", GBP(16, "TB-month", "excluded"), "ok",
          "Meridian Vault's price is £16 per TB per month, excluding VAT."),
        C("vault", "data_centers", "Frankfurt", "ok", "Meridian Vault is hosted in Frankfurt and Oregon",
          quoted=True, office="unknown"),
        C("vault", "data_centers", "Oregon", "ok", "Meridian Vault is hosted in Frankfurt and Oregon",
          quoted=True, office="unknown"),
    ])

# 0020 -- tokyo, HTML-only mail with a comparison table
H20 = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>メリディアン ボールト 比較表</title></head>
<body>
<p>白川商事株式会社<br>総務部 小林様</p>
<p>お世話になっております。メリディアン・データ東京オフィスの佐藤でございます。<br>
社内稟議用に、バックアップサービスの比較表をお送りいたします。</p>
<table border="1" cellspacing="0" cellpadding="6">
<caption>バックアップサービス比較（2026年9月時点）</caption>
<thead><tr><th>項目</th><th>メリディアン ボールト</th><th>他社製品C</th></tr></thead>
<tbody>
<tr><td>RPO（目標復旧時点）</td><td>15分</td><td>5分</td></tr>
<tr><td>標準保持期間</td><td>90日間</td><td>30日間</td></tr>
<tr><td>稼働率SLA</td><td>99.99%</td><td>99.9%</td></tr>
<tr><td>暗号化方式</td><td>AES-256</td><td>AES-128</td></tr>
<tr><td>容量単価</td><td>2,800円/TB・月（税抜）</td><td>2,400円/TB・月（税抜）</td></tr>
</tbody>
</table>
<p>メリディアン ボールトならデータが失われることは絶対にありません。</p>
<p>ご契約容量（35TB）でのお見積りは、9月15日までに別途お送りいたします。</p>
<p>佐藤 健二<br>メリディアン・データ株式会社 東京オフィス<br>TEL: 03-5555-0123</p>
</body></html>
"""
msg(n=20, archive=True, kind="single", ctype="text/html", charset="utf-8", cte="base64",
    date="Wed, 02 Sep 2026 16:20:11 +0900",
    id="TYCPR01MB8841C9E2B4A17F6D30E5B8A1C7@TYCPR01MB8841.jpnprd01.prod.outlook.com",
    **{"from": addr("佐藤 健二", "sato.kenji@jp.meridian-data.com"),
       "to": addr("小林 真理子", "m-kobayashi@shirakawa-shoji.co.jp"),
       "subject": "バックアップサービス比較表（稟議用）"},
    body=H20,
    labels=[
        C("vault", "rpo", DUR(15, "minutes"), "ok", "<td>15分</td>"),
        C("vault", "retention", DUR(90, "days"), "ok", "<td>90日間</td>"),
        C("vault", "sla", 99.99, "conflict", "<td>99.99%</td>"),
        C("vault", "encryption", "AES-256", "ok", "<td>AES-256</td>"),
        C("vault", "price_per_tb", JPY(2800, "TB-month"), "ok", "2,800円/TB・月（税抜）"),
        P("ja.absolute", "メリディアン ボールトならデータが失われることは絶対にありません。"),
    ])

# 0021 -- us-hq, before the 10,000 window began; Linux
msg(n=21, archive=False, kind="single", charset="us-ascii", cte="7bit",
    date="Wed, 18 Mar 2026 13:09:57 -0700",
    id="CAK7q2mYw4qM0uU1Sa2xr9Io5vF7cZd1Ke=6gR+XnB@mail.gmail.com",
    **{"from": "Dana Whitfield <dana.whitfield@meridian-data.com>",
       "to": "Leo Brandt <leo.brandt@ostrander-labs.com>",
       "subject": "Re: file sharing shortlist"},
    body="""Hi Leo,

Glad Meridian Sync made your shortlist alongside Boxwell and Stratashare.

Two things from the call: Boxwell caps you at 2,500 users, whereas
Meridian Sync handles up to 10,000 users per tenant. And since half of
your lab runs Ubuntu, good news: Meridian Sync also runs on Linux.

Stratashare's quote of $9/user looks cheap, but for 900 people that is
$8,100 a month before add-ons.

Let me know if Thursday 3pm works for the security review.

Dana

""" + SIG_DANA,
    labels=[
        C("sync", "max_users", 10000, "stale", "Meridian Sync handles up to 10,000 users per tenant"),
        C("sync", "supported_platforms", "Linux", "conflict", "Meridian Sync also runs on Linux."),
    ])

# 0022 -- osaka to a partner, casual, stale 5,000
msg(n=22, archive=False, kind="single", charset="utf-8", cte="quoted-printable",
    date="Mon, 05 Oct 2026 18:02:40 +0900",
    id="20261005180240.3D8B.A7F1C2E4@osaka.jp.meridian-data.com",
    **{"from": addr("中村 彩", "nakamura.aya@osaka.jp.meridian-data.com"),
       "to": addr("木下", "kinoshita@ms-partners.jp"),
       "subject": "Re: 来週の同行の件"},
    body="""木下さん

お疲れさまです、中村です。
来週10月13日の同行、よろしくお願いします。

先方は他社製品Aと比較中で、他社製品Aは上限3,000名とのことでした。
メリディアン シンクの上限は5,000ユーザーなので、規模面は問題ないと思います。
あと、メリディアン インサイトは2027年1月に一般提供開始予定なので、その話も軽く出しておきます。

先方の利用予定は約800名です。

中村
""",
    labels=[
        C("sync", "max_users", 5000, "stale", "メリディアン シンクの上限は5,000ユーザーなので"),
        C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供開始予定"),
    ])

# ------------------------------------------------------------------ documents
DOCS = []


def doc(path, text, labels, office):
    DOCS.append(dict(path=path, text=text, labels=labels, office=office))


doc("docs/london/battlecard-vault-vs-corvane.md", """# Battlecard: Meridian Vault vs Corvane Backup

*Owner: UK Enterprise Sales. Last reviewed 2 November 2026. Corvane figures from their public datasheet, October 2026.*

## At a glance

| Capability | Meridian Vault | Corvane Backup |
|---|---|---|
| RPO | 15 minutes | 60 minutes |
| Default retention | 90 days | 30 days |
| Max storage per tenant | 500 TB | 1 PB |
| Price per TB per month | £16 | £12 |
| Availability SLA | 99.95% | 99.9% |
| Encryption at rest | AES-256 | AES-128 |
| Data centres | Tokyo, Osaka, Oregon, Frankfurt | London, Dublin |

## Objection handling

**"Corvane is cheaper per terabyte."** It is, by £4. Unlike Corvane, Meridian Vault keeps 90 days of backups by default, so most customers avoid paying for an extended-retention add-on.

**"Corvane's RPO looks worse, but they say it is configurable."** Only on their premium tier. Meridian Vault's RPO of 15 minutes applies to every tenant.

**"We need APAC residency."** Meridian Vault also offers a Singapore data centre for customers in the region.

## Retired talking points

- ~~Meridian Vault restores any tenant within 1 hour (RTO).~~ Removed pending product sign-off.

## Discovery questions

1. How many TB do you protect today, and how fast is it growing?
2. Who signs off on data residency?
""", [
    C("vault", "rpo", DUR(15, "minutes"), "ok", "| RPO | 15 minutes | 60 minutes |"),
    C("vault", "retention", DUR(90, "days"), "ok", "| Default retention | 90 days | 30 days |"),
    C("vault", "max_storage", 500 * TB, "ok", "| Max storage per tenant | 500 TB | 1 PB |"),
    C("vault", "price_per_tb", GBP(16, "TB-month"), "ok", "| Price per TB per month | £16 | £12 |"),
    C("vault", "sla", 99.95, "ok", "| Availability SLA | 99.95% | 99.9% |"),
    C("vault", "encryption", "AES-256", "ok", "| Encryption at rest | AES-256 | AES-128 |"),
    C("vault", "data_centers", "Tokyo", "ok", "| Data centres | Tokyo, Osaka, Oregon, Frankfurt | London, Dublin |"),
    C("vault", "data_centers", "Osaka", "ok", "| Data centres | Tokyo, Osaka, Oregon, Frankfurt | London, Dublin |"),
    C("vault", "data_centers", "Oregon", "ok", "| Data centres | Tokyo, Osaka, Oregon, Frankfurt | London, Dublin |"),
    C("vault", "data_centers", "Frankfurt", "ok", "| Data centres | Tokyo, Osaka, Oregon, Frankfurt | London, Dublin |"),
    C("vault", "data_centers", "Singapore", "conflict", "Meridian Vault also offers a Singapore data centre"),
], "london")

doc("docs/london/drafts/battlecard-vault-2025.md", """# Battlecard (DRAFT, do not send): Meridian Vault vs Corvane

| | Meridian Vault | Corvane |
|---|---|---|
| RPO | 5 minutes | 60 minutes |
| Retention | 1 year | 30 days |

Meridian Vault is the best-in-class backup for the UK mid-market.
""", [], "london")

doc("docs/tokyo/kitano-seiki-proposal.md", """# メリディアン シンク ご提案書

北野精機株式会社 御中
2026年11月 メリディアン・データ株式会社 東京オフィス

## 1. 他社製品との比較

| 項目 | メリディアン シンク | 他社製品A | 他社製品B |
|---|---|---|---|
| 最大ユーザー数 | 10,000名 | 3,000名 | 5,000名 |
| 1ユーザーあたりストレージ | 1TB | 2TB | 無制限 |
| 稼働率SLA | 99.9% | 99.5% | 99.9% |
| 対応OS | Windows / macOS / iOS / Android | Windows / macOS / Linux | Windows |
| オフライン利用 | 非対応 | 対応 | 対応 |
| 認証 | ISO 27001、SOC 2 Type II | ISO 27001 | なし |

他社製品Aは1ユーザーあたり2TBを提供していますが、メリディアン シンクは業界最安の月額料金で、必要十分な容量をご提供いたします。

## 2. お見積り

| 品目 | 単価（税抜） | 数量 | 金額（税抜） |
|---|---|---|---|
| メリディアン シンク 月額基本料金 | 50,000円/月 | 12か月 | 600,000円 |
| メリディアン ボールト バックアップ利用料 | 2,800円/TB・月 | 20TB × 12か月 | 672,000円 |

※金額はすべて税抜表示です。

## 3. 導入スケジュール

2026年12月にキックオフ、2027年2月に全社展開を予定しております。
""", [
    C("sync", "max_users", 10000, "ok", "| 最大ユーザー数 | 10,000名 | 3,000名 | 5,000名 |"),
    C("sync", "storage_per_user", TB, "ok", "| 1ユーザーあたりストレージ | 1TB | 2TB | 無制限 |"),
    C("sync", "sla", 99.9, "ok", "| 稼働率SLA | 99.9% | 99.5% | 99.9% |"),
    C("sync", "supported_platforms", "Windows", "ok", "| 対応OS | Windows / macOS / iOS / Android |"),
    C("sync", "supported_platforms", "macOS", "ok", "| 対応OS | Windows / macOS / iOS / Android |"),
    C("sync", "supported_platforms", "iOS", "ok", "| 対応OS | Windows / macOS / iOS / Android |"),
    C("sync", "supported_platforms", "Android", "ok", "| 対応OS | Windows / macOS / iOS / Android |"),
    C("sync", "offline_mode", False, "ok", "| オフライン利用 | 非対応 | 対応 | 対応 |"),
    C("sync", "certifications", "ISO 27001", "ok", "| 認証 | ISO 27001、SOC 2 Type II | ISO 27001 | なし |"),
    C("sync", "certifications", "SOC 2 Type II", "ok", "| 認証 | ISO 27001、SOC 2 Type II | ISO 27001 | なし |"),
    C("sync", "monthly_price", JPY(50000), "ok", "| メリディアン シンク 月額基本料金 | 50,000円/月 | 12か月 | 600,000円 |"),
    C("vault", "price_per_tb", JPY(2800, "TB-month"), "ok", "| メリディアン ボールト バックアップ利用料 | 2,800円/TB・月 | 20TB × 12か月 | 672,000円 |"),
    P("ja.cheapest", "メリディアン シンクは業界最安の月額料金で"),
], "tokyo")

doc("docs/us-hq/insight-competitive-brief.html", """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Meridian Insight Competitive Brief</title></head>
<body>
<h1>Meridian Insight Competitive Brief</h1>
<p>Prepared for US field sales, November 2026. Competitor figures are taken from public pricing pages and datasheets as of October 2026.</p>

<table border="1">
<caption>Meridian Insight vs Lumetric Cloud vs Talon BI</caption>
<thead>
<tr><th>Capability</th><th>Meridian Insight</th><th>Lumetric Cloud</th><th>Talon BI</th></tr>
</thead>
<tbody>
<tr><td>Query latency (p95)</td><td>up to 2 seconds</td><td>4 seconds</td><td>3 seconds</td></tr>
<tr><td>Free trial</td><td>30 days</td><td>14 days</td><td>21 days</td></tr>
<tr><td>Price per user per month</td><td>$30</td><td>$28</td><td>$35</td></tr>
<tr><td>Dashboards per workspace</td><td>200</td><td>100</td><td>500</td></tr>
<tr><td>General availability</td><td>January 2027</td><td>2021</td><td>2019</td></tr>
</tbody>
</table>

<h2>Positioning</h2>
<p>Unlike Talon BI, Meridian Insight supports 40 UI languages out of the box, which matters for multinational rollouts.</p>
<p><s>Meridian Insight is generally available in October 2026.</s> The GA date moved; use the table above.</p>
<p>Meridian Insight is risk-free to evaluate: the trial needs no credit card.</p>

<!-- onevoice-disable en.superlative -->
<p>Expect the objection "Lumetric is industry-leading on connectors." Acknowledge their breadth, then move the conversation to query speed.</p>
<!-- onevoice-enable -->

<h2>Deal notes</h2>
<p>Typical first orders come from a single analytics team on a 12-month term. Discounts above 15% need RVP approval.</p>
</body>
</html>
""", [
    C("insight", "query_latency", DUR(2, "seconds"), "ok", "<td>up to 2 seconds</td>"),
    C("insight", "free_trial", DUR(30, "days"), "ok", "<td>30 days</td>"),
    C("insight", "per_user_price", USD(30, "user-month"), "ok", "<td>$30</td>"),
    C("insight", "max_dashboards", 200, "ok", "<td>200</td>"),
    C("insight", "general_availability", "2027-01", "ok", "<td>January 2027</td>"),
    C("insight", "ui_languages", 40, "unverified", "Meridian Insight supports 40 UI languages out of the box"),
    P("en.guarantee", "Meridian Insight is risk-free to evaluate"),
], "us-hq")

doc("docs/osaka/naniwa-denki-vault-hikaku.txt", """浪速電機株式会社 御中
バックアップサービス比較資料
メリディアン・データ株式会社 大阪支店　2026年11月

1. 主要項目の比較

  項目              メリディアン ボールト       他社製品C
  ----------------  --------------------------  ----------------
  RPO               15分                        5分
  標準保持期間      90日間                      1年
  稼働率SLA         99.95%                      99.9%
  容量単価          1TBあたり月額2,800円(税込)  1TBあたり月額2,600円

2. 補足

他社製品Cは最大容量200TBですが、メリディアン ボールトは1テナントあたり最大500TBまで保存可能です。
メリディアン ボールトの目標復旧時間（RTO）は4時間です。
ご参考：貴社の現在の保護対象データは約60TB、対象サーバーは14台と伺っております。

以上
""", [
    C("vault", "rpo", DUR(15, "minutes"), "ok", "RPO               15分"),
    C("vault", "retention", DUR(90, "days"), "ok", "標準保持期間      90日間"),
    C("vault", "sla", 99.95, "ok", "稼働率SLA         99.95%"),
    C("vault", "price_per_tb", JPY(2800, "TB-month", "included"), "conflict", "1TBあたり月額2,800円(税込)"),
    C("vault", "max_storage", 500 * TB, "ok", "メリディアン ボールトは1テナントあたり最大500TBまで保存可能です。"),
    C("vault", "rto", DUR(4, "hours"), "unverified", "メリディアン ボールトの目標復旧時間（RTO）は4時間です。"),
], "osaka")


# ------------------------------------------------------------------ writing
def day(date_hdr):
    return parsedate_to_datetime(date_hdr).date().isoformat()


def mboxrd(raw, m):
    dt = parsedate_to_datetime(m["date"])
    sender = re.search(r"<([^>]+)>", m["from"]).group(1)
    from_line = "From %s %s" % (sender, dt.astimezone(__import__("datetime").timezone.utc).strftime("%a %b %d %H:%M:%S %Y"))
    lines = raw.decode("latin-1").replace("\r\n", "\n").rstrip("\n").split("\n")
    lines = [(">" + l) if re.match(r"^>*From ", l) else l for l in lines]
    return (from_line + "\n" + "\n".join(lines) + "\n\n").encode("latin-1")


def canon(v):
    if isinstance(v, dict) and "currency" in v:
        return ("money", v["amount"], v["currency"], v["per"], v.get("tax"))
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]])
    return ("v", json.dumps(v))


def cross_office(records, dates):
    """Pairs of offices whose archive claims for one product/attribute cannot both be right within 45 days."""
    SETS = {"certifications", "supported_platforms", "data_centers", "encryption"}
    cl = [r for r in records if r["type"] == "claim" and r["file"] == "mail/archive.mbox"
          and r["office"] != "unknown" and r["attribute"] not in SETS]
    found = {}
    for i, a in enumerate(cl):
        for b in cl[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((dates[a["message_id"]] - dates[b["message_id"]]).days) > 45:
                continue
            va, vb = canon(a["value"]), canon(b["value"])
            if va[0] == "money" and vb[0] == "money" and (va[2], va[3]) != (vb[2], vb[3]):
                continue
            if va == vb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            f = found.setdefault(key, {"files": set(), "values": {}})
            for x in (a, b):
                f["files"].add(x["_src"])
                f["values"].setdefault(x["office"], x["value"])
    out = []
    for (p, at, offs), f in sorted(found.items()):
        out.append({"type": "cross-office", "product": p, "attribute": at, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": sorted(f["files"]),
                    "values": {o: f["values"][o] for o in offs}})
    return out


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    records, mbox, dates = [], [], {}
    for m in sorted(MSGS, key=lambda m: m["n"]):
        raw = build(m)
        fn = "mail/%04d.eml" % m["n"]
        with open(os.path.join(ROOT, fn), "wb") as fh:
            fh.write(raw)
        sender_office = office_of(re.search(r"<([^>]+)>", m["from"]).group(1))
        texts = decoded_texts(m)
        dt = parsedate_to_datetime(m["date"])
        dates[m["id"]] = dt.date()
        files = [fn] + (["mail/archive.mbox"] if m["archive"] else [])
        if m["archive"]:
            mbox.append((dt, raw, m))
        for lab in m["labels"]:
            if not any(lab["text"] in t for t in texts):
                sys.exit("%s: excerpt not in text: %r" % (fn, lab["text"]))
            for f in files:
                r = dict(lab, file=f, message_id=m["id"], _src=fn)
                if lab["type"] == "claim":
                    r["office"] = lab["office"] or sender_office
                    r["as_of"] = day(m["date"])
                records.append(r)
    mbox.sort(key=lambda x: x[0])
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        for _, raw, m in mbox:
            fh.write(mboxrd(raw, m))
    for d in DOCS:
        p = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["text"])
        for lab in d["labels"]:
            if lab["text"] not in d["text"]:
                sys.exit("%s: excerpt not in text: %r" % (d["path"], lab["text"]))
            r = dict(lab, file=d["path"], message_id=None, _src=d["path"])
            if lab["type"] == "claim":
                r["office"] = lab["office"] or d["office"]
                r["as_of"] = DOCS_AS_OF
            records.append(r)
    xo = cross_office(records, dates)
    want = {("meridian-insight", "query_latency", ("tokyo", "us-hq")),
            ("meridian-sync", "monthly_price", ("osaka", "tokyo")),
            ("meridian-vault", "rpo", ("london", "us-hq"))}
    got = {(x["product"], x["attribute"], tuple(x["offices"])) for x in xo}
    if got != want:
        sys.exit("cross-office cases differ from the design: %s" % sorted(got ^ want))
    order = ["type", "file", "message_id", "product", "attribute", "value", "verdict", "quoted", "office", "as_of",
             "kind", "rule", "text"]
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            if r["type"] == "claim":
                o = {k: r[k] for k in ["type", "file", "message_id", "product", "attribute", "value", "verdict",
                                       "quoted", "office", "as_of", "text"]}
            else:
                o = {k: r[k] for k in ["type", "file", "message_id", "kind", "rule", "product", "quoted", "text"]}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
        for x in xo:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w") as fh:
        fh.write("""# onevoice configuration for evaluation set 51 (SPEC section 6).
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
    n_claims = sum(1 for r in records if r["type"] == "claim")
    n_find = sum(1 for r in records if r["type"] == "finding")
    print("messages=%d archive=%d docs=%d claims=%d findings=%d cross-office=%d"
          % (len(MSGS), len(mbox), len(DOCS), n_claims, n_find, len(xo)))


if __name__ == "__main__":
    main()
