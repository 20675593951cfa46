#!/usr/bin/env python3
"""Generate evaluation set 47 (Meridian Data; emphasis: offices contradicting each other, and not).

    python3 gen/generate.py            # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl
    python3 gen/generate.py --check    # also prints review aids (phrase hits, cross-office pairs)

Deterministic, stdlib only. Every label is written next to the text it labels; the script
asserts that each label's `text` is an exact excerpt of the decoded message or document, and
derives the cross-office records from the labelled claims (LABELS.md rules), then asserts they
equal the intended list.
"""
import datetime as dt, email.charset, email.utils, html, json, os, re, sys, unicodedata
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.policy import compat32

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = "/work/shared/eval/rules"
DOCS_AS_OF = "2026-11-22"
SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"

OFFICE_OF_DOMAIN = [("osaka.jp.meridian-data.com", "osaka"), ("jp.meridian-data.com", "tokyo"),
                    ("uk.meridian-data.com", "london"), ("meridian-data.com", "us-hq")]


def office_of(addr):
    dom = addr.rsplit("@", 1)[1].lower()
    for d, o in OFFICE_OF_DOMAIN:
        if dom == d:
            return o
    return "unknown"


# ------------------------------------------------------------------ value helpers
def money(amount, cur, per="month", tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


TB = 10 ** 12


class C:
    """One expected claim. office/quoted default to the speaker of the message/doc."""
    def __init__(self, product, attribute, value, verdict, text, quoted=False, office=None):
        self.product, self.attribute, self.value, self.verdict = product, attribute, value, verdict
        self.text, self.quoted, self.office = text, quoted, office


def Q(product, attribute, value, verdict, text, office):
    return C(product, attribute, value, verdict, text, quoted=True, office=office)


class F:
    """One expected finding: phrase (rule) or terminology (product)."""
    def __init__(self, kind, text, rule=None, product=None, quoted=False):
        self.kind, self.text, self.rule, self.product, self.quoted = kind, text, rule, product, quoted


# ------------------------------------------------------------------ MIME building
def qp_utf8():
    cs = email.charset.Charset("utf-8")
    cs.body_encoding = email.charset.QP
    cs.header_encoding = email.charset.QP
    return cs


def b64_utf8():
    cs = email.charset.Charset("utf-8")
    cs.body_encoding = email.charset.BASE64
    cs.header_encoding = email.charset.BASE64
    return cs


def text_part(body, enc):
    if enc == "ascii":
        body.encode("ascii")
        return MIMEText(body, "plain", "us-ascii")
    if enc == "iso2022":
        body.encode("iso2022_jp")                       # must be representable (no ～, ①, …)
        return MIMEText(body, "plain", "iso-2022-jp")
    if enc == "utf8-qp":
        return MIMEText(body, "plain", qp_utf8())
    if enc == "utf8-b64":
        return MIMEText(body, "plain", b64_utf8())
    if enc == "utf8-8bit":
        m = MIMEText(body, "plain", "utf-8")
        del m["Content-Transfer-Encoding"]
        m.set_payload(body.encode("utf-8"), None)
        m["Content-Transfer-Encoding"] = "8bit"
        return m
    raise ValueError(enc)


def html_of(body, gmail=True):
    paras = body.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(x, quote=False) for x in p.split("\n")]
        if gmail:
            out.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    inner = "\n".join(out)
    if gmail:
        return '<div dir="ltr">' + inner + "</div>\n"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + inner + "\n</body></html>\n")


def hdr(s, enc, name="Subject"):
    """Encode a header value the way the message's mailer would."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    cs = "iso-2022-jp" if enc == "iso2022" else qp_utf8() if enc == "utf8-qp" else b64_utf8()
    return Header(s, cs, header_name=name).encode()


def addr(name, a, enc):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        cs = "iso-2022-jp" if enc == "iso2022" else "utf-8"
        return email.utils.formataddr((name, a), charset=cs)


class Mail:
    def __init__(self, n, date, frm, to, subject, body, msgid, enc="utf8-qp", alt=None, cc=None,
                 in_reply_to=None, mailer=None, archive=True, claims=(), findings=(), attach=None,
                 lang=None):
        self.file = "mail/%04d.eml" % n
        self.date, self.frm, self.to, self.cc = date, frm, to, cc
        self.subject, self.body, self.msgid, self.enc, self.alt = subject, body, msgid, enc, alt
        self.in_reply_to, self.mailer, self.archive = in_reply_to, mailer, archive
        self.claims, self.findings, self.attach = list(claims), list(findings), attach
        self.office = office_of(frm[1])

    def as_of(self):
        return self.date.date().isoformat()

    def build(self):
        enc = self.enc
        if self.alt:                                     # multipart/alternative: text + html
            root = MIMEMultipart("alternative", boundary=self.boundary("alt"))
            root.attach(text_part(self.body, enc))
            h = html_of(self.body, gmail=(self.alt == "gmail"))
            hp = MIMEText(h, "html", qp_utf8() if enc != "utf8-b64" else b64_utf8())
            root.attach(hp)
        elif self.attach is not None:                     # multipart/mixed with message/rfc822
            root = MIMEMultipart("mixed", boundary=self.boundary("mix"))
            root.attach(text_part(self.body, enc))
            inner = self.attach.build_inner()
            att = MIMEMessage(inner)
            att.add_header("Content-Disposition", "attachment",
                           filename=self.attach.attach_name)
            root.attach(att)
        else:
            root = text_part(self.body, enc)
        for part in root.get_payload() if root.is_multipart() else []:
            del part["MIME-Version"]               # only the top level carries it, as mailers write it
        content = [(k, v) for k, v in root.items()]
        for k in list(root.keys()):
            del root[k]
        root["Date"] = email.utils.format_datetime(self.date)
        root["From"] = addr(self.frm[0], self.frm[1], enc)
        root["To"] = ", ".join(addr(n, a, enc) for n, a in self.to)
        if self.cc:
            root["Cc"] = ", ".join(addr(n, a, enc) for n, a in self.cc)
        root["Subject"] = hdr(self.subject, enc)
        root["Message-ID"] = "<%s>" % self.msgid
        if self.in_reply_to:
            root["In-Reply-To"] = "<%s>" % self.in_reply_to
            root["References"] = "<%s>" % self.in_reply_to
        if self.mailer:
            k, v = self.mailer
            root[k] = v
        for k, v in content:
            root[k] = v
        return root

    def boundary(self, tag):
        return "000000000000%s%s" % (re.sub(r"[^0-9a-f]", "", self.msgid.lower())[:16].ljust(16, "0"), tag)

    def decoded_text(self):
        t = self.body
        if self.attach is not None:
            t += "\n" + self.attach.body
        return t


class Inner:
    """An attached message (message/rfc822)."""
    def __init__(self, date, frm, to, subject, body, msgid, attach_name):
        self.date, self.frm, self.to, self.subject = date, frm, to, subject
        self.body, self.msgid, self.attach_name = body, msgid, attach_name

    def build_inner(self):
        m = text_part(self.body, "utf8-qp")
        content = [(k, v) for k, v in m.items()]
        for k in list(m.keys()):
            del m[k]
        m["From"] = addr(*self.frm, "utf8-qp")
        m["To"] = ", ".join(addr(n, a, "utf8-qp") for n, a in self.to)
        m["Subject"] = self.subject
        m["Date"] = email.utils.format_datetime(self.date)
        m["Message-ID"] = "<%s>" % self.msgid
        for k, v in content:
            m[k] = v
        return m


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


PST, PDT, GMT, BST, JST = tz(-8), tz(-7), tz(0), tz(1), tz(9)


def D(y, mo, d, h, mi, z):
    return dt.datetime(y, mo, d, h, mi, 0, tzinfo=z)


# ------------------------------------------------------------------ people
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")
PRIYA = ("Priya Raman", "priya.raman@uk.meridian-data.com")
TOM = ("Tom Ashworth", "tom.ashworth@uk.meridian-data.com")
SATO = ("佐藤 美咲", "misaki.sato@jp.meridian-data.com")
TAKAHASHI = ("高橋 健", "ken.takahashi@jp.meridian-data.com")
YAMAMOTO = ("山本 大輔", "d.yamamoto@osaka.jp.meridian-data.com")
NAKAMURA = ("中村 由佳", "y.nakamura@osaka.jp.meridian-data.com")
GREG = ("Greg Halvorsen", "greg@halvorsen-log.com")
HELEN = ("Helen Okafor", "h.okafor@brightwater-ha.org.uk")
KIMURA = ("木村 誠", "kimura@tohoseiki.co.jp")
OKADA = ("岡田 修", "okada@kansai-union.co.jp")
NISHIDA = ("西田 亮", "nishida@naniwa-sys.co.jp")
SARAH = ("Dr Sarah Lindqvist", "s.lindqvist@northgateclinics.co.uk")
JWU = ("Jennifer Wu", "jwu@kisaragi-pharma.com")
ISHII = ("石井 恵", "ishii@minato-sokuryo.co.jp")
MORI = ("森 英樹", "mori@kisaragi-pharma.co.jp")
NOGUCHI = ("野口 拓也", "noguchi@haruka-kensetsu.co.jp")
CARLA = ("Carla Mendes", "cmendes@bayline-foods.com")
IAN = ("Ian Pryce", "ian.pryce@cardiff-maritime.co.uk")

SIG_DANA = """--
Dana Whitfield | Senior Account Executive
Meridian Data Inc. | 500 Howard Street, Suite 1200, San Francisco, CA 94105
Direct +1 (415) 555-0142 | Mobile +1 (415) 555-0199
"""
SIG_MARCUS = """Marcus Oyelaran
Enterprise Account Executive | Meridian Data Inc.
500 Howard Street, Suite 1200, San Francisco, CA 94105
+1 (415) 555-0167
"""
SIG_PRIYA = """Priya Raman
Account Director, Public Sector
Meridian Data UK Ltd · 30 Crown Place, London EC2A 4EB
T +44 20 7946 0831 · M +44 7700 900 412
Registered in England and Wales, company no. 11873492. VAT reg. GB 318 4471 26.
"""
SIG_TOM = """Tom Ashworth
Solutions Consultant, Meridian Data UK Ltd
30 Crown Place, London EC2A 4EB
+44 20 7946 0855
"""
SIG_SATO = """――――――――――――――――――――
メリディアンデータ株式会社　東京オフィス
営業部　佐藤 美咲（Misaki Sato）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL：03-5555-0187　FAX：03-5555-0188
携帯：090-5555-2231
――――――――――――――――――――
"""
SIG_YAMAMOTO = """--
山本 大輔（やまもと だいすけ）
メリディアンデータ株式会社 大阪オフィス 営業課
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー 14F
TEL 06-5555-0342 / 携帯 080-5555-7719
"""
SIG_NAKAMURA = """――――――――――――――――
中村 由佳
メリディアンデータ株式会社　大阪オフィス　パートナー営業
〒530-0001　大阪市北区梅田2-4-9　ブリーゼタワー14F
TEL 06-5555-0345
――――――――――――――――
"""
GMAIL = ("X-Mailer", None)
OUTLOOK = ("X-MS-Has-Attach", "")
MAILS = []


def add(m):
    MAILS.append(m)
    return m


# ================================================================== the mail
# 0001 us-hq, Feb 3 — Sync summary (max users 5,000 still valid until 2026-03-31)
B0001 = """Hi Greg,

Thanks again for having Priyanka and me over on Thursday -- the tour of the
Stockton cross-dock was a highlight of my week.

As promised, here is a short summary of what we covered:

- Meridian Sync supports up to 5,000 users on a single tenant.
- Every Meridian Sync user gets 1 TB of storage.
- Desktop and mobile clients for Meridian Sync run on Windows, macOS, iOS and Android.
- Meridian Sync is covered by a 99.9% uptime SLA with service credits.
- Meridian Sync's list price is $399 per month for the tenant, billed annually.

That leaves plenty of headroom for your 1,140 office and depot staff.

For the rollout we talked about, I'd suggest a 60-day pilot with the dispatch
team (around 85 people) starting the week of March 2, then the remaining sites
in two waves.

On pricing for the first year: I can offer 12% off list if we get the order
signed by February 27. That's specific to this deal, so please keep it between us.

I've attached the security overview you asked for. Happy to set up a call with
our solutions engineer, Priyanka Deshmukh, on Feb 10 or 11.

Best,
Dana

""" + SIG_DANA
C0001 = [
    C(SYNC, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users on a single tenant."),
    C(SYNC, "storage_per_user", TB, "ok", "Every Meridian Sync user gets 1 TB of storage."),
] + [C(SYNC, "supported_platforms", p, "ok",
       "Desktop and mobile clients for Meridian Sync run on Windows, macOS, iOS and Android.")
     for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(SYNC, "sla", 99.9, "ok", "Meridian Sync is covered by a 99.9% uptime SLA with service credits."),
    C(SYNC, "monthly_price", money(399, "USD"), "ok",
      "Meridian Sync's list price is $399 per month for the tenant, billed annually."),
]
M0001 = add(Mail(1, D(2026, 2, 3, 10, 42, PST), DANA, [GREG],
                 "Meridian Sync for Halvorsen Logistics - follow-up from Thursday", B0001,
                 "CAH7n+Kq3vXo9bWm2-Lx5RTs8fGJ0pE4w1QmZ@mail.gmail.com", enc="ascii",
                 claims=C0001))

# 0002 london, Feb 10 — Sync price with and without VAT, SLA 99.9%, certifications
B0002 = """Dear Helen,

Thank you for your time on Friday, and please pass on my thanks to Mark for the tour of the Digbeth office.

To pick up the points from your board paper:

Pricing. Meridian Sync is £329 per month + VAT (£394.80 inc. VAT), which covers your whole organisation, however many staff use it. As a registered housing association you qualify for our 20% charity discount in year one; I've reflected that in the attached quote (ref. UKQ-2026-0117).

Availability. Meridian Sync carries a 99.9% availability SLA, measured monthly, with service credits if we fall short.

Compliance. Meridian Sync is certified to ISO 27001, and we can share the SOC 2 Type II report under a mutual NDA.

I'm in Birmingham again on 24 February and could drop in for half an hour with your IT lead if that helps.

Kind regards,

""" + SIG_PRIYA
T0002p = "Meridian Sync is £329 per month + VAT (£394.80 inc. VAT), which covers your whole organisation, however many staff use it."
T0002c = "Meridian Sync is certified to ISO 27001, and we can share the SOC 2 Type II report under a mutual NDA."
C0002 = [
    C(SYNC, "monthly_price", money(329, "GBP", tax="excluded"), "ok", T0002p),
    C(SYNC, "monthly_price", money(394.8, "GBP", tax="included"), "ok", T0002p),   # judgement call (UK VAT)
    C(SYNC, "sla", 99.9, "ok", "Meridian Sync carries a 99.9% availability SLA, measured monthly, with service credits if we fall short."),
    C(SYNC, "certifications", "ISO 27001", "ok", T0002c),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", T0002c),
]
add(Mail(2, D(2026, 2, 10, 11, 15, GMT), PRIYA, [HELEN],
         "Meridian Sync – pricing and compliance for Brightwater", B0002,
         "LO4P265MB5871A2C0E3D1F94B6B8C1D2EA41A2@LO4P265MB5871.GBRP265.PROD.OUTLOOK.COM",
         enc="utf8-qp", alt="outlook", mailer=("X-MS-Has-Attach", "yes"), claims=C0002))

# 0003 tokyo, Feb 12 — 税込 55,000円 (same as 税抜 50,000円), 5,000 users, Vault 3か月間 (= 90 days)
B0003 = """株式会社東邦精機
情報システム部　木村 様

いつも大変お世話になっております。
メリディアンデータ東京オフィスの佐藤でございます。

先日はお忙しいところ、オンライン打ち合わせのお時間を頂戴し
誠にありがとうございました。
ご質問いただいた点について、以下のとおりご回答申し上げます。

１．メリディアン シンクについて
・メリディアン シンクの月額料金は55,000円（税込）でございます。
・メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
・今回のお見積りは、本社および厚木工場の2拠点を対象としております。

２．メリディアン ボールトについて
・メリディアン ボールトでは、バックアップを標準で3か月間保持いたします。
・保持期間の延長をご希望の場合は、別途お見積りいたします。

次回のお打ち合わせは、2月19日（木）14:00〜15:00を予定しております。
資料は前日までにお送りいたします。

何卒よろしくお願い申し上げます。

""" + SIG_SATO
C0003 = [
    C(SYNC, "monthly_price", money(55000, "JPY", tax="included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）でございます。"),
    C(SYNC, "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    C(VAULT, "retention", dur(90, "days"), "ok", "メリディアン ボールトでは、バックアップを標準で3か月間保持いたします。"),
]
add(Mail(3, D(2026, 2, 12, 9, 30, JST), SATO, [("木村 誠 様", KIMURA[1])],
         "【メリディアンデータ】メリディアン シンク／ボールトのご案内", B0003,
         "TYCP286MB2144C1E8A7F3D0B2E95C4A17D8E32@TYCP286MB2144.JPNP286.PROD.OUTLOOK.COM",
         enc="iso2022", mailer=("X-Mailer", "Microsoft Outlook 16.0"), claims=C0003))

# 0004 osaka, Feb 17 — Vault RPO 5分 (wrong), DCs, 業界最安
B0004 = """関西ユニオン物流株式会社
システム課 岡田様

お世話になっております。メリディアンデータ大阪オフィスの山本です。
昨日はご来社いただき、ありがとうございました。

ご相談いただいたバックアップの件、メリディアン ボールトをご提案いたします。

・メリディアン ボールトのRPO（目標復旧時点）は5分です。
・メリディアン ボールトのデータセンターは東京と大阪にございますので、国内でデータを保管できます。
・メリディアン ボールトは業界最安の料金でご提供しております。

お見積りは来週火曜日（2月24日）までにお送りします。
倉庫管理システムのサーバー3台分（合計約18TB）を対象として算出いたします。

引き続きよろしくお願いいたします。

""" + SIG_YAMAMOTO
T0004dc = "メリディアン ボールトのデータセンターは東京と大阪にございますので、国内でデータを保管できます。"
C0004 = [
    C(VAULT, "rpo", dur(5, "minutes"), "conflict", "メリディアン ボールトのRPO（目標復旧時点）は5分です。"),
    C(VAULT, "data_centers", "Tokyo", "ok", T0004dc),
    C(VAULT, "data_centers", "Osaka", "ok", T0004dc),
]
F0004 = [F("phrase", "メリディアン ボールトは業界最安の料金でご提供しております。", rule="ja.cheapest")]
add(Mail(4, D(2026, 2, 17, 16, 5, JST), YAMAMOTO, [("岡田 修", OKADA[1])],
         "メリディアン ボールトのご提案について", B0004,
         "CAKx3vT9pQ+2mWd8rLhN0sYbE6u=Jq4Fz7cA1oGi@mail.gmail.com", enc="utf8-b64", alt="gmail",
         claims=C0004, findings=F0004))

# 0005 osaka, Feb 18 — correction by the same office: (誤)5分 (正)15分
B0005 = """岡田様

お世話になっております。大阪オフィスの山本です。

昨日お送りしたメールに誤りがございましたので、訂正させてください。

メリディアン ボールトのRPOは（誤）5分　（正）15分 でございます。

RPOとRTOを取り違えて記載しておりました。大変失礼いたしました。
なお、RTOにつきましては環境により異なりますので、お見積りの際に個別にご案内いたします。

山本
"""
C0005 = [C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは（誤）5分　（正）15分 でございます。")]
add(Mail(5, D(2026, 2, 18, 10, 12, JST), YAMAMOTO, [("岡田 修", OKADA[1])],
         "【訂正】メリディアン ボールトのRPOについて", B0005,
         "CAKx3vT-1nRk0Qe5sUa7JdLw8yMb2Xp=HcV4tZ9@mail.gmail.com", enc="utf8-b64", alt="gmail",
         in_reply_to="CAKx3vT9pQ+2mWd8rLhN0sYbE6u=Jq4Fz7cA1oGi@mail.gmail.com", claims=C0005))

# 0006 osaka, Feb 24 — 税抜 50,000円, SLA 99.90 %, offline false, old name in katakana
B0006 = """株式会社ナニワシステムズ
営業本部　西田様

いつもお世話になっております。
メリディアンデータ大阪オフィスの中村です。

先日ご依頼いただいた販売店様向けの資料を添付いたします。
要点を下記にまとめましたので、お客様へのご説明にご活用ください。

■メリディアン シンク（旧称：メリディアン・ファイルシンク）
・メリディアン シンクの月額料金は50,000円（税抜）です。
・メリディアン シンクの稼働率SLAは99.90 %です。
・メリディアン シンクはオフラインでのご利用には対応しておりません。

販売店様の仕入価格につきましては、別紙の卸価格表（2026年度版）をご参照ください。
3月末までのキャンペーンとして、初年度は仕入価格からさらに8%お値引きいたします。

ご不明点がございましたら、お気軽にお問い合わせください。

""" + SIG_NAKAMURA
C0006 = [
    C(SYNC, "monthly_price", money(50000, "JPY", tax="excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）です。"),
    C(SYNC, "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは99.90 %です。"),
    C(SYNC, "offline_mode", False, "ok", "メリディアン シンクはオフラインでのご利用には対応しておりません。"),
]
F0006 = [F("terminology", "■メリディアン シンク（旧称：メリディアン・ファイルシンク）", product=SYNC)]
add(Mail(6, D(2026, 2, 24, 13, 40, JST), NAKAMURA, [("西田 亮 様", NISHIDA[1])],
         "販売店様向け資料（メリディアン シンク）の送付", B0006,
         "20260224134012.8F3A2C1D@osaka.jp.meridian-data.com", enc="iso2022",
         mailer=("X-Mailer", "Becky! ver. 2.81.04"), claims=C0006, findings=F0006))

# 0007 customer, Feb 26 — reported statement (unknown) + Outlook-quoted copy of 0001 (us-hq)
B0007 = """Dana,

Thanks for this. The team liked what they saw and we'd like to move ahead with
the pilot. A few follow-ups before I take it to our CFO on March 4:

1. We are also looking at backup for the two data rooms in Stockton and Reno.
   Our reseller told us that Meridian Vault keeps backups for 30 days by default.
   Is that right? Our auditors want at least 90.
2. Does Meridian Vault scale to 1 PB per tenant? We're at roughly 140 TB today
   but growing fast.
3. What does Vault cost per TB?

We'd want to start with 300 seats for the pilot and the depots.

Thanks,
Greg

Greg Halvorsen
IT Director, Halvorsen Logistics
2200 Port Road, Stockton, CA 95203
(209) 555-0176

-----Original Message-----
From: Dana Whitfield <dana.whitfield@meridian-data.com>
Sent: Tuesday, February 3, 2026 10:42 AM
To: Greg Halvorsen <greg@halvorsen-log.com>
Subject: Meridian Sync for Halvorsen Logistics - follow-up from Thursday

""" + B0001
C0007 = [C(VAULT, "retention", dur(30, "days"), "conflict",
           "Our reseller told us that Meridian Vault keeps backups for 30 days by default.")] + \
    [Q(c.product, c.attribute, c.value, c.verdict, c.text, "us-hq") for c in C0001]
add(Mail(7, D(2026, 2, 26, 15, 20, PST), GREG, [DANA],
         "RE: Meridian Sync for Halvorsen Logistics - follow-up from Thursday", B0007,
         "BY5PR11MB4182E6F1A09C3B7D2D44E91AB6712@BY5PR11MB4182.namprd11.prod.outlook.com",
         enc="ascii", in_reply_to=M0001.msgid, mailer=("X-Mailer", "Microsoft Outlook 16.0"),
         claims=C0007))

# 0008 us-hq, Mar 3 — interleaved reply; customer's lines quoted (office unknown)
B0008 = """Hi Greg,

Great news on the pilot. Answers inline below.

On Thu, Feb 26, 2026 at 3:20 PM Greg Halvorsen <greg@halvorsen-log.com> wrote:
> 1. We are also looking at backup for the two data rooms in Stockton and Reno.
>    Our reseller told us that Meridian Vault keeps backups for 30 days by default.
>    Is that right? Our auditors want at least 90.

Not quite: backups in Meridian Vault are kept for 90 days unless you set a longer policy, so your auditors' 90 is covered out of the box.

> 2. Does Meridian Vault scale to 1 PB per tenant? We're at roughly 140 TB today
>    but growing fast.

A single Meridian Vault tenant can hold up to 500 TB. At your growth rate we would split Stockton and Reno into two tenants well before you get close.

> 3. What does Vault cost per TB?

Meridian Vault is billed at $20 per TB per month, and restores carry no egress fees.

> We'd want to start with 300 seats for the pilot and the depots.

Perfect. I'll send the order form for 300 seats today; the 12% first-year
discount still applies since you confirmed before the 27th.

Best,
Dana

""" + SIG_DANA
C0008 = [
    C(VAULT, "retention", dur(90, "days"), "ok",
      "Not quite: backups in Meridian Vault are kept for 90 days unless you set a longer policy, so your auditors' 90 is covered out of the box."),
    C(VAULT, "max_storage", 500 * TB, "ok", "A single Meridian Vault tenant can hold up to 500 TB."),
    C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok",
      "Meridian Vault is billed at $20 per TB per month, and restores carry no egress fees."),
    Q(VAULT, "retention", dur(30, "days"), "conflict",
      "Our reseller told us that Meridian Vault keeps backups for 30 days by default.", "unknown"),
]
add(Mail(8, D(2026, 3, 3, 8, 55, PST), DANA, [GREG],
         "Re: Meridian Sync for Halvorsen Logistics - follow-up from Thursday", B0008,
         "CAH7n+KrT0w8yQ1pZ-3vNn5bX2cUe7LmAaF9sDg@mail.gmail.com", enc="ascii",
         in_reply_to="BY5PR11MB4182E6F1A09C3B7D2D44E91AB6712@BY5PR11MB4182.namprd11.prod.outlook.com",
         claims=C0008))

# 0009 london, Mar 10 — Insight GA Jan 2027, £25/user, < 2 s, 30-day trial, industry-leading
B0009 = """Hi Sarah,

Good to speak earlier. A quick recap on Meridian Insight for you and Raj:

Meridian Insight is in beta at the moment and will be generally available in January 2027. You're welcome to join the beta programme in the meantime.

Meridian Insight will be £25 per user per month once it's GA. For your 45 practice managers, that's the figure I've used in the budget estimate.

Query performance is where Meridian Insight really shines: its industry-leading engine returns queries in under 2 seconds, even on the 60 million appointment rows you mentioned.

There's a 30-day free trial of Meridian Insight, so there's no commitment before your April board.

I'll send over the beta agreement this week. The workshop with your analysts is pencilled in for 17 March, 10:00–12:00, at the Leeds clinic.

Cheers,
Tom

""" + SIG_TOM
T0009q = "Query performance is where Meridian Insight really shines: its industry-leading engine returns queries in under 2 seconds, even on the 60 million appointment rows you mentioned."
C0009 = [
    C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight is in beta at the moment and will be generally available in January 2027."),
    C(INSIGHT, "per_user_price", money(25, "GBP", "user-month"), "ok", "Meridian Insight will be £25 per user per month once it's GA."),
    C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", T0009q),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "There's a 30-day free trial of Meridian Insight, so there's no commitment before your April board."),
]
F0009 = [F("phrase", T0009q, rule="en.superlative")]
add(Mail(9, D(2026, 3, 10, 14, 2, GMT), TOM, [SARAH], "Meridian Insight beta – notes from our call", B0009,
         "5C2E91B7-3F0A-4D6E-9B18-7A0C4E2D1F63@uk.meridian-data.com", enc="utf8-qp", alt="outlook",
         mailer=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"), claims=C0009, findings=F0009))

# 0010 tokyo, Mar 16 — Insight GA / price / dashboards; Sync 5,000 (valid until Mar 31)
B0010 = """木村様

いつもお世話になっております。
メリディアンデータ東京オフィスの高橋でございます。
先日、佐藤からご紹介させていただいた分析ツールの件でご連絡いたしました。

メリディアン インサイトは現在ベータ版として提供しており、2027年1月に一般提供を開始する予定です。
料金は、メリディアン インサイトの1ユーザーあたり月額4,000円（税抜）を予定しております。
メリディアン インサイトでは、1ワークスペースにつき最大200個のダッシュボードを作成いただけます。

なお、先日ご質問のあったメリディアン シンクのユーザー数上限は、現時点では最大5,000ユーザーです。
4月以降の上限変更については、正式に決まり次第あらためてご案内いたします。

ベータ版の評価にご参加いただける場合、3月末までにお申し込みください。

高橋 健
メリディアンデータ株式会社 東京オフィス
ソリューション営業部
TEL：03-5555-0190
"""
C0010 = [
    C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは現在ベータ版として提供しており、2027年1月に一般提供を開始する予定です。"),
    C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "料金は、メリディアン インサイトの1ユーザーあたり月額4,000円（税抜）を予定しております。"),
    C(INSIGHT, "max_dashboards", 200, "ok", "メリディアン インサイトでは、1ワークスペースにつき最大200個のダッシュボードを作成いただけます。"),
    C(SYNC, "max_users", 5000, "ok", "なお、先日ご質問のあったメリディアン シンクのユーザー数上限は、現時点では最大5,000ユーザーです。"),
]
add(Mail(10, D(2026, 3, 16, 11, 20, JST), TAKAHASHI, [("木村 誠 様", KIMURA[1])],
         "メリディアン インサイト ベータ版のご案内", B0010,
         "a7d3c0e2-58f1-4b9a-9e21-6c4f0b8d2e17@jp.meridian-data.com", enc="utf8-b64", cc=[SATO],
         mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
         claims=C0010))

# 0011 osaka, Mar 20 — Sync 5,000名 (valid), platforms, substantiated No.1
B0011 = """関西ユニオン物流株式会社
システム課　岡田様

お世話になっております。
大阪オフィスの中村でございます。
山本より、ファイル共有についてもご検討中と伺いましたので、ご案内させていただきます。

メリディアン シンクは国内シェアNo.1※のクラウドファイル共有サービスです。
メリディアン シンクは、最大5,000名様までご利用いただけます。
本製品はWindows、Mac、iPhone、Androidでご利用いただけます。

※2026年1月 関西ITリサーチ調べ（国内法人向けファイル共有サービス）

来月（4月）に製品のアップデートを予定しておりますので、
詳細が決まりましたら改めてご連絡いたします。

""" + SIG_NAKAMURA
C0011 = [C(SYNC, "max_users", 5000, "ok", "メリディアン シンクは、最大5,000名様までご利用いただけます。")] + \
    [C(SYNC, "supported_platforms", p, "ok", "本製品はWindows、Mac、iPhone、Androidでご利用いただけます。")
     for p in ("Windows", "macOS", "iOS", "Android")]
add(Mail(11, D(2026, 3, 20, 17, 45, JST), NAKAMURA, [("岡田 修 様", OKADA[1])],
         "メリディアン シンクのご紹介", B0011,
         "20260320174455.3B7E90A1@osaka.jp.meridian-data.com", enc="iso2022",
         mailer=("X-Mailer", "Becky! ver. 2.81.04"), claims=C0011))

# 0012 london, Apr 2 — 10,000 users as of 1 April, 1 TB, unlimited links; "2,300 users" with no product
B0012 = """Hi Helen,

Quick update ahead of your IT steering group on the 9th: as of 1 April, Meridian Sync supports up to 10,000 users per organisation, up from the previous limit. That should settle the question about bringing the care staff onto the same tenant.

A couple of other things people asked about last time:

- Meridian Sync gives every user 1 TB of storage, so the scanned tenancy files won't be a problem.
- Sharing links to contractors are unlimited, and you can set an expiry date on each one.

The revised quote is attached (UKQ-2026-0117 rev B, 2,300 users). It's valid until 30 April.

Best wishes,
Priya

""" + SIG_PRIYA
C0012 = [
    C(SYNC, "max_users", 10000, "ok", "as of 1 April, Meridian Sync supports up to 10,000 users per organisation, up from the previous limit."),
    C(SYNC, "storage_per_user", TB, "ok", "Meridian Sync gives every user 1 TB of storage, so the scanned tenancy files won't be a problem."),
]
F0012 = [F("phrase", "Sharing links to contractors are unlimited, and you can set an expiry date on each one.", rule="en.unlimited")]
add(Mail(12, D(2026, 4, 2, 9, 5, BST), PRIYA, [HELEN], "Meridian Sync – user limit raised", B0012,
         "LO4P265MB58719D03B7E24C1A5F6D8E2CA41B7@LO4P265MB5871.GBRP265.PROD.OUTLOOK.COM",
         enc="utf8-qp", alt="outlook", claims=C0012, findings=F0012))

# 0013 us-hq, Apr 8 — questionnaire answers; "not FedRAMP" (no claim); deprecated name only in a URL
B0013 = """Hi Jennifer,

Thanks for sending over the vendor security questionnaire. I've filled in sections 1-4 and attached it; here are the headline answers so your team can get started:

Q3.1 Maximum tenant size: Meridian Sync supports up to 10,000 users in a single tenant as of this month.
Q3.4 Offline access: Meridian Sync does not work offline; the desktop client needs a connection to sync changes.
Q5.2 Certifications: Meridian Sync holds ISO 27001, and the SOC 2 Type II report is available under NDA.
Q5.3 Government frameworks: Meridian Sync is not FedRAMP authorized, and we have no plans for it this year.

Your procurement team mentioned 3 sites and about 900 employees in scope; that's comfortably within range.

For the desktop migration notes, see https://support.meridian-data.com/kb/MeridianFileSync-client-retirement (the old client is retired on your side automatically).

I'm out on April 15-16 for our sales kickoff, but back on the 17th for the follow-up call.

Thanks,
Marcus

""" + SIG_MARCUS
T0013c = "Q5.2 Certifications: Meridian Sync holds ISO 27001, and the SOC 2 Type II report is available under NDA."
C0013 = [
    C(SYNC, "max_users", 10000, "ok", "Q3.1 Maximum tenant size: Meridian Sync supports up to 10,000 users in a single tenant as of this month."),
    C(SYNC, "offline_mode", False, "ok", "Q3.4 Offline access: Meridian Sync does not work offline; the desktop client needs a connection to sync changes."),
    C(SYNC, "certifications", "ISO 27001", "ok", T0013c),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", T0013c),
]
add(Mail(13, D(2026, 4, 8, 13, 30, PDT), MARCUS, [JWU], "Security questionnaire - Meridian Sync (Kisaragi Pharma USA)",
         B0013, "CAOm2Lr4+Yx7QpT1eWn9vBd3sZf6Kg0Hc5Ja8uE@mail.gmail.com", enc="utf8-qp", alt="gmail",
         claims=C0013))

# 0014 tokyo, Apr 14 — Vault 2,800円（税抜）/TB, SLA 99.95%, AES-256, unsubstantiated No.1
B0014 = """株式会社みなと測量
総務部 IT担当　石井様

はじめてご連絡いたします。
メリディアンデータ東京オフィスの佐藤と申します。
展示会「クラウドバックアップEXPO 2026」では弊社ブースにお立ち寄りいただき、
誠にありがとうございました。

ブースでご説明したメリディアン ボールトの概要をお送りいたします。

・メリディアン ボールトは業界No.1の復旧スピードを誇るバックアップサービスです。
・メリディアン ボールトの料金は、1TBあたり月額2,800円（税抜）です。
・メリディアン ボールトのSLAは99.95%です。
・メリディアン ボールトは保存データをAES-256で暗号化します。

測量データ（約12TB）のバックアップであれば、月額のお見積りは別途お送りいたします。
ご都合のよい日時をお知らせいただければ、オンラインでのデモも可能です。

""" + SIG_SATO
C0014 = [
    C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールトの料金は、1TBあたり月額2,800円（税抜）です。"),
    C(VAULT, "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95%です。"),
    C(VAULT, "encryption", "AES-256", "ok", "メリディアン ボールトは保存データをAES-256で暗号化します。"),
]
F0014 = [F("phrase", "メリディアン ボールトは業界No.1の復旧スピードを誇るバックアップサービスです。", rule="ja.superlative-no1")]
add(Mail(14, D(2026, 4, 14, 10, 10, JST), SATO, [("石井 恵 様", ISHII[1])],
         "メリディアン ボールトのご案内（株式会社みなと測量様）", B0014,
         "TYCP286MB2144F07B2D9E1C84A3B6E50D9F214@TYCP286MB2144.JPNP286.PROD.OUTLOOK.COM",
         enc="iso2022", mailer=("X-Mailer", "Microsoft Outlook 16.0"), claims=C0014, findings=F0014))

# 0015 osaka, Apr 22 — 1万ユーザー (same as London's 10,000); previous limit without product
B0015 = """株式会社ナニワシステムズ
西田様

お世話になっております。大阪オフィスの山本です。

4月1日より、メリディアン シンクは最大1万ユーザーまでご利用いただけるようになりました。
従来の上限は5,000ユーザーでしたので、大規模なお客様にもご提案いただけます。
また、メリディアン シンクのストレージ容量は、引き続き1ユーザーあたり1TBです。

販売店様向けの説明会を5月13日（水）15時から当オフィスで開催します。
参加人数を5月8日までにお知らせいただけますと幸いです。

""" + SIG_YAMAMOTO
C0015 = [
    C(SYNC, "max_users", 10000, "ok", "4月1日より、メリディアン シンクは最大1万ユーザーまでご利用いただけるようになりました。"),
    C(SYNC, "storage_per_user", TB, "ok", "また、メリディアン シンクのストレージ容量は、引き続き1ユーザーあたり1TBです。"),
]
add(Mail(15, D(2026, 4, 22, 15, 30, JST), YAMAMOTO, [("西田 亮 様", NISHIDA[1])],
         "メリディアン シンク 上限ユーザー数変更のお知らせ（販売店様向け）", B0015,
         "CAKx3vT8mZq=4oPd2Wn0sRk6LhB1yV7cXe9TaJ3@mail.gmail.com", enc="utf8-b64", alt="gmail",
         claims=C0015))

# 0016 us-hq, May 7 — Vault $25/TB (wrong), RPO 15 min (far from Osaka's 5分), AES-256
B0016 = """Hi Greg,

Following our call on Tuesday, here's where we landed on Meridian Vault for the two data rooms.

Since the May price book update, Meridian Vault is $25 per TB per month. For the 140 TB you're protecting today, that comes to $3,500 a month before the multi-year discount.

Recovery-wise, Meridian Vault gives you a 15-minute RPO on both sites.

Backups are encrypted at rest with AES-256 in Meridian Vault, and you can bring your own keys.

Let me know if Thursday at 11 works to walk your CFO through the numbers.

Dana

""" + SIG_DANA
C0016 = [
    C(VAULT, "price_per_tb", money(25, "USD", "TB-month"), "conflict", "Since the May price book update, Meridian Vault is $25 per TB per month."),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "Recovery-wise, Meridian Vault gives you a 15-minute RPO on both sites."),
    C(VAULT, "encryption", "AES-256", "ok", "Backups are encrypted at rest with AES-256 in Meridian Vault, and you can bring your own keys."),
]
add(Mail(16, D(2026, 5, 7, 9, 40, PDT), DANA, [GREG], "Meridian Vault quote for Stockton and Reno", B0016,
         "CAH7n+KsB2d5nW8qE-0xYt4mLr1Vz6PcUj3oHfA@mail.gmail.com", enc="ascii", claims=C0016))

# 0017 london, May 12 — Insight GA "October 2026" (wrong); customer's question quoted
B0017 = """Hi Sarah,

Good news on the timeline: Meridian Insight is now scheduled to go GA in October 2026, so you could plan the rollout for Q4 rather than waiting until next year.

The 30-day trial of Meridian Insight still applies, and we can start it whenever your analysts are ready.

I'll be at the Leeds clinic on 21 May for the data-protection review; happy to meet Raj then.

Tom

On Mon, 11 May 2026 at 17:48, Dr Sarah Lindqvist <s.lindqvist@northgateclinics.co.uk> wrote:
> Hi Tom,
>
> Can you confirm when Meridian Insight will be out of beta? Our board wants to plan the rollout around it.
>
> Thanks,
> Sarah
"""
C0017 = [
    C(INSIGHT, "general_availability", "2026-10", "conflict", "Meridian Insight is now scheduled to go GA in October 2026, so you could plan the rollout for Q4 rather than waiting until next year."),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "The 30-day trial of Meridian Insight still applies, and we can start it whenever your analysts are ready."),
]
add(Mail(17, D(2026, 5, 12, 16, 20, BST), TOM, [SARAH], "Re: Meridian Insight – timeline for the rollout", B0017,
         "8E4B2A6C-0D19-4F73-A5C2-3B9E1D7F0A48@uk.meridian-data.com", enc="utf8-qp",
         in_reply_to="CAPr8xW2nQ5+Tz9mKd1sYv3Lb7Jf0uHg4Ae6Rc@mail.gmail.com",
         mailer=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"), claims=C0017))

# 0018 tokyo, May 20 — Insight GA 2027年1月 (8 days after London said October 2026)
B0018 = """木村様

お世話になっております。東京オフィスの高橋です。
お問い合わせの件、ご回答いたします。

メリディアン インサイトの正式リリースは、予定どおり2027年1月でございます。
それまではベータ版として、メリディアン インサイトを1ユーザーあたり月額4,000円（税抜）でご利用いただけます。
※ベータ期間中も正式版と同じ料金体系となります。

10名様での試用につきましては、トライアルのお申し込みフォームをお送りしますので、
そちらからご登録ください。

高橋

2026年5月19日(火) 18:02 木村 誠 <kimura@tohoseiki.co.jp>:
> 高橋様
>
> お世話になっております。東邦精機の木村です。
> メリディアン インサイトの正式版はいつ頃リリースされる予定でしょうか。
> また、社内の10名ほどで試用してみたいと考えております。
>
> よろしくお願いいたします。
"""
C0018 = [
    C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトの正式リリースは、予定どおり2027年1月でございます。"),
    C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "それまではベータ版として、メリディアン インサイトを1ユーザーあたり月額4,000円（税抜）でご利用いただけます。"),
]
add(Mail(18, D(2026, 5, 20, 14, 0, JST), TAKAHASHI, [("木村 誠 様", KIMURA[1])],
         "Re: メリディアン インサイト ベータ版のご案内", B0018,
         "f2b81d4c-7a3e-4c60-b5d9-0e1a2c3f4b58@jp.meridian-data.com", enc="utf8-b64",
         in_reply_to="CAM5tYk1pR8=wXq3Nn7dLe0sVb2Hf9Jc4Ug6Za@mail.gmail.com",
         mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.10.0"),
         claims=C0018))

# 0019 tokyo, May 25 — ¥2,800 税抜 and the US list price $20 (office-variant) side by side
B0019 = """如月製薬株式会社
情報システム部　森様

いつもお世話になっております。
メリディアンデータ東京オフィスの佐藤でございます。

米国子会社様との契約条件の比較についてご質問をいただきましたので、ご回答いたします。

・日本でのご契約の場合、メリディアン ボールトは1TBあたり月額2,800円（税抜）でございます。
・米国でのご契約の場合、メリディアン ボールトは1TBあたり月額20米ドルでございます（米国本社の価格表による）。

為替レートにより円換算額は変動いたしますので、比較の際はご留意ください。
なお、本件は米国担当のMarcus Oyelaranにもccで共有しております。

""" + SIG_SATO
C0019 = [
    C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "・日本でのご契約の場合、メリディアン ボールトは1TBあたり月額2,800円（税抜）でございます。"),
    C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "office-variant", "・米国でのご契約の場合、メリディアン ボールトは1TBあたり月額20米ドルでございます（米国本社の価格表による）。"),
]
add(Mail(19, D(2026, 5, 25, 11, 0, JST), SATO, [("森 英樹 様", MORI[1])], "メリディアン ボールト 料金のご確認（米国子会社様との比較）",
         B0019, "TYCP286MB21440A9E6C3D2B7F14E8C95A1D730@TYCP286MB2144.JPNP286.PROD.OUTLOOK.COM",
         enc="utf8-b64", cc=[MARCUS], mailer=("X-Mailer", "Microsoft Outlook 16.0"), claims=C0019))

# 0020 osaka, Jun 1 — Vault 30日間 (wrong); quotes a us-hq mail (Insight GA, $30) that is not in the archive
B0020 = """岡田様
（cc: Dana様）

お世話になっております。大阪オフィスの中村です。
Dana、米国側の状況の共有をありがとうございます。

岡田様、Danaからのご案内のとおり、分析ツールの件は米国本社と連携して進めてまいります。
日本語の資料は来週中にお送りいたします。

また、先日ご質問いただいたバックアップの件ですが、
メリディアン ボールトでは、バックアップデータを標準で30日間保持いたします。
それ以上の保持が必要な場合は、オプションにて延長が可能です。

中村 由佳
メリディアンデータ株式会社 大阪オフィス
TEL 06-5555-0345

2026年5月29日(金) 8:12 Dana Whitfield <dana.whitfield@meridian-data.com>:
> Hello Okada-san, Yuka,
>
> Your colleagues in Seattle asked me about Meridian Insight for the fleet dashboards.
> Meridian Insight will be generally available in January 2027, and the beta is open now.
> In the US, Meridian Insight is $30 per user per month.
> Yuka will follow up with the Japanese material.
>
> Best,
> Dana
"""
C0020 = [
    C(VAULT, "retention", dur(30, "days"), "conflict", "メリディアン ボールトでは、バックアップデータを標準で30日間保持いたします。"),
    Q(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027, and the beta is open now.", "us-hq"),
    Q(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "In the US, Meridian Insight is $30 per user per month.", "us-hq"),
]
add(Mail(20, D(2026, 6, 1, 10, 30, JST), NAKAMURA, [("岡田 修 様", OKADA[1])],
         "Re: Meridian Insight for Kansai Union (Seattle branch)", B0020,
         "CAL9wQe4=Yt2nVb6Hx0mRs8Kd1Zp3Fj7Ua5Gc@mail.gmail.com", enc="utf8-b64", alt="gmail",
         cc=[DANA], in_reply_to="CAH7n+KtF1s4pQ9xW-7zRb2nYm5Lc8DeUo0jVg@mail.gmail.com", claims=C0020))

# 0021 london, Jun 2 — Sync SLA 99.95% (wrong), Vault 90 days (one day after Osaka's 30日間), £16/TB
B0021 = """Dear Helen,

Thanks for the call yesterday. As discussed, a summary for your renewal paper. Your renewal is due on 30 June, and the number of staff we've quoted on is unchanged at 2,300. At 22 TB, your backup line on the renewal quote comes to £352 plus VAT.

Meridian Sync
- Meridian Sync is covered by a 99.95% uptime SLA, with service credits paid automatically.
- Admin training for your two new IT starters is included at no charge.

Meridian Vault
- Meridian Vault's default retention is 90 days, which meets the retention schedule your auditors sent over.
- Meridian Vault storage is billed at £16 per TB per month.

I'll send the formal renewal quote by Friday.

Kind regards,
Priya

""" + SIG_PRIYA
C0021 = [
    C(SYNC, "sla", 99.95, "conflict", "Meridian Sync is covered by a 99.95% uptime SLA, with service credits paid automatically."),
    C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault's default retention is 90 days, which meets the retention schedule your auditors sent over."),
    C(VAULT, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault storage is billed at £16 per TB per month."),
]
M0021 = add(Mail(21, D(2026, 6, 2, 10, 0, BST), PRIYA, [HELEN], "Brightwater – Meridian Sync renewal and Meridian Vault",
                 B0021, "LO4P265MB5871C4E7A1B03D92F8E6D5A0B41C8@LO4P265MB5871.GBRP265.PROD.OUTLOOK.COM",
                 enc="utf8-qp", alt="outlook", claims=C0021))

# 0022 london, Jun 5 — the same office corrects itself ("99.9%, not 99.95% as I wrote")
B0022 = """Dear Helen,

A correction to my email of Tuesday, before it goes into your board pack: the Meridian Sync SLA is 99.9%, not 99.95% as I wrote. I'd mixed it up with the Meridian Vault figure. Apologies for the confusion.

Everything else in that summary stands.

Best,
Priya

""" + SIG_PRIYA
C0022 = [C(SYNC, "sla", 99.9, "ok", "the Meridian Sync SLA is 99.9%, not 99.95% as I wrote.")]
add(Mail(22, D(2026, 6, 5, 8, 45, BST), PRIYA, [HELEN], "Correction: Meridian Sync SLA", B0022,
         "LO4P265MB5871E02B9C6D4A71F3E8B0D5C41D2@LO4P265MB5871.GBRP265.PROD.OUTLOOK.COM",
         enc="utf8-qp", in_reply_to=M0021.msgid, claims=C0022))

# 0023 osaka, Jun 10 — Vault 2,800円（税込） (wrong: base amount marked 税込)
B0023 = """岡田様

お世話になっております。大阪オフィスの山本です。
お待たせいたしました。倉庫管理システムのバックアップのお見積りをお送りします。

・メリディアン ボールトの料金は、1TBあたり月額2,800円（税込）です。
・対象容量は約18TB、契約期間は2026年7月1日から12か月間を想定しております。
・メリディアン ボールトのRPOは15分です。

ご発注の際は、注文書に押印のうえPDFでお送りください。
7月1日のご利用開始には、6月24日までのご発注が必要です。

山本
"""
C0023 = [
    C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "included"), "conflict", "・メリディアン ボールトの料金は、1TBあたり月額2,800円（税込）です。"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "・メリディアン ボールトのRPOは15分です。"),
]
add(Mail(23, D(2026, 6, 10, 13, 15, JST), YAMAMOTO, [("岡田 修 様", OKADA[1])], "メリディアン ボールト お見積りの件",
         B0023, "20260610131502.6D1F4E8B@osaka.jp.meridian-data.com", enc="iso2022",
         mailer=("X-Mailer", "Becky! ver. 2.81.04"), claims=C0023))

# 0024 tokyo, Jun 15 — Sync 5,000 users (stale); customer's inquiry quoted Outlook-style
B0024 = """株式会社ハルカ建設
情報システム課　野口様

お問い合わせいただき、誠にありがとうございます。
メリディアンデータ東京オフィスの佐藤でございます。

ご質問の件ですが、メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
そのため、グループ全体（約8,000名）でご利用になる場合は、テナントを2つに分ける構成をご提案いたします。

メリディアン シンクの料金は月額50,000円（税抜）です。
2テナント構成の場合、合計で月額100,000円（税抜）となります。

来週、オンラインでのご説明の機会をいただけますと幸いです。

""" + SIG_SATO + """
-----Original Message-----
差出人: 野口 拓也 <noguchi@haruka-kensetsu.co.jp>
送信日時: 2026年6月12日 17:40
宛先: info-jp@jp.meridian-data.com
件名: メリディアン シンクについての問い合わせ

メリディアンデータ株式会社
ご担当者様

株式会社ハルカ建設の野口と申します。
グループ会社を含めて約8,000名でファイル共有サービスの導入を検討しております。
メリディアン シンクで8,000ユーザーの利用は可能でしょうか。
また、料金体系についても教えていただけますと幸いです。
"""
C0024 = [
    C(SYNC, "max_users", 5000, "stale", "ご質問の件ですが、メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    C(SYNC, "monthly_price", money(50000, "JPY", tax="excluded"), "ok", "メリディアン シンクの料金は月額50,000円（税抜）です。"),
]
add(Mail(24, D(2026, 6, 15, 9, 50, JST), SATO, [("野口 拓也 様", NOGUCHI[1])], "RE: メリディアン シンクについての問い合わせ",
         B0024, "TYCP286MB2144B3D8E0F17A6C92D4E1B5F0A62@TYCP286MB2144.JPNP286.PROD.OUTLOOK.COM",
         enc="iso2022", in_reply_to="TY3P286MB0781A2E5C9D04F61B8E7C3D2A95E1@TY3P286MB0781.JPNP286.PROD.OUTLOOK.COM",
         mailer=("X-Mailer", "Microsoft Outlook 16.0"), claims=C0024))

# 0025 us-hq, Jun 24 — Sync 10,000 and 99.9%; zero downtime
B0025 = """Hi Jennifer,

Thanks for the rollout plan. A few notes before Thursday's steering call:

1. Tenant size: with the limit now at 10,000 users per Meridian Sync tenant, the whole of Kisaragi Pharma USA (plus the Boston lab) fits in one tenant.
2. Availability: Meridian Sync's uptime SLA is 99.9%, measured monthly.
3. Migration: we'll move your 14 TB from the old file servers over two weekends with zero downtime for your users.

Your order for 950 seats went through on June 19; you should have the admin invites by now.

Best,
Marcus

""" + SIG_MARCUS
C0025 = [
    C(SYNC, "max_users", 10000, "ok", "1. Tenant size: with the limit now at 10,000 users per Meridian Sync tenant, the whole of Kisaragi Pharma USA (plus the Boston lab) fits in one tenant."),
    C(SYNC, "sla", 99.9, "ok", "2. Availability: Meridian Sync's uptime SLA is 99.9%, measured monthly."),
]
F0025 = [F("phrase", "3. Migration: we'll move your 14 TB from the old file servers over two weekends with zero downtime for your users.", rule="en.guarantee")]
add(Mail(25, D(2026, 6, 24, 11, 5, PDT), MARCUS, [JWU], "Re: Meridian Sync rollout plan", B0025,
         "CAOm2Lr5+Hq8WnT3eYb0vRd6sXf1Kc9Pj4Ga7uM@mail.gmail.com", enc="utf8-qp", alt="gmail",
         in_reply_to="SN7PR04MB8843C1A7E5D92B0F46A3E8D71C5B2@SN7PR04MB8843.namprd04.prod.outlook.com",
         claims=C0025, findings=F0025))

# 0026 us-hq, Jul 8 — Insight $30, 30 days, 120 connectors (unverified); Vault RTO (unverified), DCs
B0026 = """Hi Carla,

Great to meet you at the Bay Area CIO breakfast. Here's the short version of what we discussed.

Meridian Insight
- Meridian Insight is $30 per user per month, and the beta is open today.
- You can try Meridian Insight free for 30 days.
- Meridian Insight ships with 120 pre-built connectors, including NetSuite and Snowflake.

Meridian Vault
- Meridian Vault brings a full site back online within 4 hours (RTO).
- Meridian Vault is available in our Oregon and Frankfurt data centers.

Our SE, Priyanka Deshmukh, can run a 45-minute demo any day next week except Wednesday the 15th.

Best,
Dana

""" + SIG_DANA
T0026dc = "Meridian Vault is available in our Oregon and Frankfurt data centers."
C0026 = [
    C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month, and the beta is open today."),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "You can try Meridian Insight free for 30 days."),
    C(INSIGHT, "integrations", 120, "unverified", "Meridian Insight ships with 120 pre-built connectors, including NetSuite and Snowflake."),
    C(VAULT, "rto", dur(4, "hours"), "unverified", "Meridian Vault brings a full site back online within 4 hours (RTO)."),
    C(VAULT, "data_centers", "Oregon", "ok", T0026dc),
    C(VAULT, "data_centers", "Frankfurt", "ok", T0026dc),
]
add(Mail(26, D(2026, 7, 8, 10, 20, PDT), DANA, [CARLA], "Meridian Insight + Meridian Vault overview for Bayline Foods",
         B0026, "CAH7n+KuW9e2rT5yQ-1bMx8nVc4Lz0PfSo6dJh@mail.gmail.com", enc="utf8-qp", alt="gmail",
         claims=C0026))

# 0027 london, Jul 15 — NOT in the archive: 14-day trial (wrong) a week after us-hq said 30 days
B0027 = """Hi Ian,

Thanks for your interest in Meridian Insight after the Cardiff roadshow.

Meridian Insight comes with a 14-day free trial. If your analysts need longer, we can usually extend it.
Meridian Insight is priced at £25 per user per month.
We're also happy to set up a Meridian FileSync tenant for your document control team.

Regards,
Tom

""" + SIG_TOM
C0027 = [
    C(INSIGHT, "free_trial", dur(14, "days"), "conflict", "Meridian Insight comes with a 14-day free trial."),
    C(INSIGHT, "per_user_price", money(25, "GBP", "user-month"), "ok", "Meridian Insight is priced at £25 per user per month."),
]
F0027 = [F("terminology", "We're also happy to set up a Meridian FileSync tenant for your document control team.", product=SYNC)]
add(Mail(27, D(2026, 7, 15, 15, 35, BST), TOM, [IAN], "Meridian Insight trial and next steps", B0027,
         "0B7D3E9A-6C21-4F8B-9D04-E5A1C2F7B386@uk.meridian-data.com", enc="utf8-qp", archive=False,
         mailer=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"), claims=C0027, findings=F0027))

# 0028 tokyo, Jul 21 — NOT in the archive: forwards a London mail as an attachment (message/rfc822)
B0028 = """木村様

お世話になっております。東京オフィスの高橋です。
英国工場でのバックアップ導入の件、ロンドンオフィスの担当者からの案内を添付にてお送りいたします。
英国でのご契約は、ロンドンオフィスが窓口となります。

なお、日本でご契約いただく場合、メリディアン ボールトは1TBあたり月額3,080円（税込）です。

高橋
"""
B0028i = """Hi Ken,

Happy to help with the Telford plant. For the UK entity:

- Meridian Vault is charged at £16 per TB per month, billed in sterling.
- Meridian Vault keeps UK customers' backups in our Frankfurt data centre.
- Meridian Vault's RPO is 15 minutes.

Their IT manager, Gareth Hughes, can reach me on +44 20 7946 0831.

Cheers,
Priya
"""
I0028 = Inner(D(2026, 7, 20, 16, 10, BST), PRIYA, [("Ken Takahashi", TAKAHASHI[1])],
              "Meridian Vault for Tohoseiki UK (Telford plant)", B0028i,
              "LO4P265MB5871F81C2E9A0B47D6C3E5A9D41E5@LO4P265MB5871.GBRP265.PROD.OUTLOOK.COM",
              "Meridian Vault for Tohoseiki UK (Telford plant).eml")
C0028 = [
    C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "なお、日本でご契約いただく場合、メリディアン ボールトは1TBあたり月額3,080円（税込）です。"),
    Q(VAULT, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is charged at £16 per TB per month, billed in sterling.", "london"),
    Q(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault keeps UK customers' backups in our Frankfurt data centre.", "london"),
    Q(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes.", "london"),
]
add(Mail(28, D(2026, 7, 21, 9, 15, JST), TAKAHASHI, [("木村 誠 様", KIMURA[1])], "英国工場向けバックアップのご案内（転送）",
         B0028, "3c9e0a71-d4b2-4f85-8a16-b7e2f0c95d34@jp.meridian-data.com", enc="utf8-b64", archive=False,
         mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.12.0"),
         attach=I0028, claims=C0028))


# ================================================================== documents
class Doc:
    def __init__(self, path, office, text, claims=(), findings=()):
        self.file, self.office, self.text = path, office, text
        self.claims, self.findings = list(claims), list(findings)


DOCS = []

T_TOKYO = """# 株式会社東邦精機様　クラウド基盤ご提案書

2026年11月
メリディアンデータ株式会社　東京オフィス

## 1. ご提案の背景

貴社では、本社（東京都大田区）と厚木工場の2拠点で、設計データと品質記録の共有・保全が課題となっております。
本提案では、ファイル共有にメリディアン シンク、バックアップにメリディアン ボールトを採用し、2027年4月までに段階的に移行する計画をご提案いたします。

## 2. メリディアン シンク

メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。
同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。
なお、同製品はオフライン環境での編集には対応しておりません。

## 3. メリディアン ボールト

メリディアン ボールトのRPO（目標復旧時点）は15分、標準の保持期間は90日間です。
データは東京・大阪の国内データセンターに保管され、AES-256で暗号化されます。

## 4. お見積り

金額はすべて税抜です。

| 品目 | 単価（月額） | 数量 | 小計（月額） |
|---|---|---|---|
| メリディアン シンク 基本料金 | 50,000円 | 1式 | 50,000円 |
| メリディアン ボールト（1TBあたり） | 2,800円 | 25 | 70,000円 |
| メリディアン インサイト（1ユーザーあたり） | 4,000円 | 30 | 120,000円 |

合計（月額）：240,000円（税抜）

※メリディアン インサイトは2027年1月の一般提供開始後にご利用開始となります。同製品のクエリ応答時間は1秒以内です。

## 5. 導入実績

メリディアン ボールトは国内製造業での導入社数No.1※のバックアップサービスです。

※2026年9月 東京マーケティングリサーチ調べ（国内製造業向けクラウドバックアップ）

## 6. 移行スケジュール

| フェーズ | 期間 | 内容 |
|---|---|---|
| 1 | 2026年12月〜2027年1月 | メリディアン シンク 本社導入 |
| 2 | 2027年2月〜3月 | 厚木工場展開 |
| 3 | 2027年4月 | メリディアン ボールト 本番運用開始 |

以上
"""
T_TK_CERT = "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。"
T_TK_V = "メリディアン ボールトのRPO（目標復旧時点）は15分、標準の保持期間は90日間です。"
T_TK_DC = "データは東京・大阪の国内データセンターに保管され、AES-256で暗号化されます。"
T_TK_NOTE = "※メリディアン インサイトは2027年1月の一般提供開始後にご利用開始となります。同製品のクエリ応答時間は1秒以内です。"
DOCS.append(Doc("docs/tokyo/tohoseiki-proposal-2026-11.md", "tokyo", T_TOKYO, [
    C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。"),
    C(SYNC, "certifications", "ISO 27001", "ok", T_TK_CERT),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", T_TK_CERT),
    C(SYNC, "offline_mode", False, "ok", "なお、同製品はオフライン環境での編集には対応しておりません。"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", T_TK_V),
    C(VAULT, "retention", dur(90, "days"), "ok", T_TK_V),
    C(VAULT, "data_centers", "Tokyo", "ok", T_TK_DC),
    C(VAULT, "data_centers", "Osaka", "ok", T_TK_DC),
    C(VAULT, "encryption", "AES-256", "ok", T_TK_DC),
    C(SYNC, "monthly_price", money(50000, "JPY", tax="excluded"), "ok", "| メリディアン シンク 基本料金 | 50,000円 | 1式 | 50,000円 |"),
    C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "| メリディアン ボールト（1TBあたり） | 2,800円 | 25 | 70,000円 |"),
    C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "| メリディアン インサイト（1ユーザーあたり） | 4,000円 | 30 | 120,000円 |"),
    C(INSIGHT, "general_availability", "2027-01", "ok", T_TK_NOTE),
    C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", T_TK_NOTE),
]))

T_US = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Halvorsen Logistics – Meridian Sync &amp; Meridian Vault renewal proposal</title>
<style>body{font-family:Helvetica,Arial,sans-serif;max-width:820px;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px}</style>
</head>
<body>
<h1>Proposal: Meridian Sync and Meridian Vault for Halvorsen Logistics</h1>
<p>Prepared by Dana Whitfield, Meridian Data Inc. &middot; November 2026 &middot; Ref. PR-US-2026-0388</p>

<h2>Summary</h2>
<p>Halvorsen Logistics runs 14 depots and two data rooms (Stockton and Reno). This proposal renews Meridian Sync for 1,380 staff and extends Meridian Vault to the Reno data room from January 2027.</p>
<p>Meridian Sync clients are available for Windows, macOS, iOS, Android and ChromeOS.</p>

<h2>Service levels</h2>
<table>
<caption>Service commitments by product</caption>
<tr><th>Commitment</th><th>Meridian Sync</th><th>Meridian Vault</th></tr>
<tr><td>Uptime SLA</td><td>99.9%</td><td>99.95%</td></tr>
<tr><td>Maximum users per tenant</td><td>10,000</td><td>n/a</td></tr>
<tr><td>Default backup retention</td><td>n/a</td><td>90 days</td></tr>
<tr><td>Recovery point objective (RPO)</td><td>n/a</td><td>15 minutes</td></tr>
<tr><td>Certifications (both products)</td><td colspan="2">ISO 27001, SOC 2 Type II</td></tr>
</table>

<h2>Pricing</h2>
<table>
<caption>Monthly list prices (USD)</caption>
<tr><th>Item</th><th>List price</th><th>Quantity</th></tr>
<tr><td>Meridian Sync subscription</td><td><del>$449</del> $399 per month</td><td>1 tenant</td></tr>
<tr><td>Meridian Vault backup</td><td>$20 per TB per month</td><td>160 TB</td></tr>
</table>
<p>Halvorsen's 12% multi-year discount applies to both lines for the 36-month term.</p>

<h2>Meridian Vault track record</h2>
<p>Meridian Vault was ranked #1 for restore speed among mid-market logistics firms (Source: Freightech IT Buyers' Survey 2026, n=412, p. 12).</p>

<h2>Meridian Insight (optional)</h2>
<p>Meridian Insight, our analytics product, is in beta and becomes generally available in January 2027. Halvorsen's dispatch managers can start a 30-day free trial of Meridian Insight today.</p>
<p>Each workspace can hold up to 250 dashboards in Meridian Insight.</p>
<p>With Meridian Insight, month-end reporting effort drops by a guaranteed 40%.</p>

<hr>
<p><small>Prices exclude applicable sales tax. Proposal valid until 31 December 2026.</small></p>
</body>
</html>
"""
T_US_PL = "Meridian Sync clients are available for Windows, macOS, iOS, Android and ChromeOS."
T_US_CERT = "<tr><td>Certifications (both products)</td><td colspan=\"2\">ISO 27001, SOC 2 Type II</td></tr>"
DOCS.append(Doc("docs/us-hq/halvorsen-renewal-proposal.html", "us-hq", T_US,
    [C(SYNC, "supported_platforms", p, "ok", T_US_PL) for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(SYNC, "supported_platforms", "ChromeOS", "conflict", T_US_PL),
    C(SYNC, "sla", 99.9, "ok", "<tr><td>Uptime SLA</td><td>99.9%</td><td>99.95%</td></tr>"),
    C(VAULT, "sla", 99.95, "ok", "<tr><td>Uptime SLA</td><td>99.9%</td><td>99.95%</td></tr>"),
    C(SYNC, "max_users", 10000, "ok", "<tr><td>Maximum users per tenant</td><td>10,000</td><td>n/a</td></tr>"),
    C(VAULT, "retention", dur(90, "days"), "ok", "<tr><td>Default backup retention</td><td>n/a</td><td>90 days</td></tr>"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "<tr><td>Recovery point objective (RPO)</td><td>n/a</td><td>15 minutes</td></tr>"),
    C(SYNC, "certifications", "ISO 27001", "ok", T_US_CERT),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", T_US_CERT),
    C(VAULT, "certifications", "ISO 27001", "unverified", T_US_CERT),
    C(VAULT, "certifications", "SOC 2 Type II", "unverified", T_US_CERT),
    C(SYNC, "monthly_price", money(399, "USD"), "ok", "<tr><td>Meridian Sync subscription</td><td><del>$449</del> $399 per month</td><td>1 tenant</td></tr>"),
    C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "<tr><td>Meridian Vault backup</td><td>$20 per TB per month</td><td>160 TB</td></tr>"),
    C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight, our analytics product, is in beta and becomes generally available in January 2027."),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "Halvorsen's dispatch managers can start a 30-day free trial of Meridian Insight today."),
    C(INSIGHT, "max_dashboards", 250, "conflict", "Each workspace can hold up to 250 dashboards in Meridian Insight."),
], [F("phrase", "With Meridian Insight, month-end reporting effort drops by a guaranteed 40%.", rule="en.guarantee")]))

T_LONDON = """BRIGHTWATER HOUSING ASSOCIATION
Renewal proposal: Meridian Sync and Meridian Vault
Prepared by Priya Raman, Meridian Data UK Ltd, 16 November 2026
Reference UKQ-2026-0402

1. Background

Brightwater has used Meridian Sync since March 2026 across 41 schemes. This proposal covers the renewal from 1 January 2027 and adds Meridian Vault for the housing management system. (Longer-serving staff may still know the product as Meridian FileSync.)

2. Meridian Sync

Meridian Sync supports up to 5,000 users per organisation.
Meridian Sync is £329 per month (ex VAT) for the whole organisation.
It is available on Windows, macOS, iOS and Android.
Sync keeps unlimited version history for every file, so nothing your housing officers overwrite is lost.

3. Meridian Vault

Meridian Vault costs £16 per TB per month plus VAT.
Meridian Vault stores backups in our Frankfurt and London data centres, so your data stays in Europe.
Default retention in Meridian Vault is 90 days.
Meridian Vault offers a 10-minute RPO.
Meridian Vault's availability SLA is 99.95%.

4. Pricing summary

All prices exclude VAT at 20%.

  Meridian Sync        £329.00 per month
  Meridian Vault       £16.00 per TB per month
  Charity discount     10% in year one

5. Next steps

We propose a 45-minute review with your IT lead in the week of 30 November, and signature by 18 December so the renewal starts on 1 January 2027.

Priya Raman
Account Director, Public Sector
Meridian Data UK Ltd, 30 Crown Place, London EC2A 4EB
T +44 20 7946 0831
"""
T_LN_DC = "Meridian Vault stores backups in our Frankfurt and London data centres, so your data stays in Europe."
DOCS.append(Doc("docs/london/brightwater-renewal-proposal.txt", "london", T_LONDON, [
    C(SYNC, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per organisation."),
    C(SYNC, "monthly_price", money(329, "GBP", tax="excluded"), "ok", "Meridian Sync is £329 per month (ex VAT) for the whole organisation."),
] + [C(SYNC, "supported_platforms", p, "ok", "It is available on Windows, macOS, iOS and Android.")
     for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault costs £16 per TB per month plus VAT."),
    C(VAULT, "data_centers", "Frankfurt", "ok", T_LN_DC),
    C(VAULT, "data_centers", "London", "conflict", T_LN_DC),
    C(VAULT, "retention", dur(90, "days"), "ok", "Default retention in Meridian Vault is 90 days."),
    C(VAULT, "rpo", dur(10, "minutes"), "conflict", "Meridian Vault offers a 10-minute RPO."),
    C(VAULT, "sla", 99.95, "ok", "Meridian Vault's availability SLA is 99.95%."),
], [
    F("phrase", "Sync keeps unlimited version history for every file, so nothing your housing officers overwrite is lost.", rule="en.unlimited"),
    F("terminology", "(Longer-serving staff may still know the product as Meridian FileSync.)", product=SYNC),
]))

T_OSAKA = """# 販売店様向け　製品概要シート（2026年11月版）

メリディアンデータ株式会社　大阪オフィス　パートナー営業

## メリディアン シンク

- 最大ユーザー数：1万ユーザー
- 月額料金：~~45,000円~~ 50,000円（税抜）
- ストレージ容量：1ユーザーあたり1TB
- 対応OS：Windows、macOS、iOS、Android
- オフラインでの利用：可能

## メリディアン ボールト

- RPO：15分
- 標準保持期間：90日
- 月額料金（1TBあたり）：3,080円（税込）
- データセンター：東京、大阪、シンガポール
- 暗号化方式：AES-256

## メリディアン インサイト

- 一般提供開始：2027年1月（現在ベータ版）
- 料金：1ユーザーあたり月額4,000円（税抜）
- 無料トライアル：30日間
- 連携データソース：50種類以上

<!-- onevoice-disable-next-line ja.superlative-no1 -->
メリディアン インサイトは国内BI市場でナンバーワンの処理速度です。

## 販売店様へのお願い

- お客様への価格提示の前に、必ず最新の価格表をご確認ください。
- 卸価格・キャンペーン条件は別紙（2026年度版 卸価格表）をご参照ください。
"""
DOCS.append(Doc("docs/osaka/naniwa-reseller-sheet-2026-11.md", "osaka", T_OSAKA, [
    C(SYNC, "max_users", 10000, "ok", "- 最大ユーザー数：1万ユーザー"),
    C(SYNC, "monthly_price", money(50000, "JPY", tax="excluded"), "ok", "- 月額料金：~~45,000円~~ 50,000円（税抜）"),
    C(SYNC, "storage_per_user", TB, "ok", "- ストレージ容量：1ユーザーあたり1TB"),
] + [C(SYNC, "supported_platforms", p, "ok", "- 対応OS：Windows、macOS、iOS、Android") for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(SYNC, "offline_mode", True, "conflict", "- オフラインでの利用：可能"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "- RPO：15分"),
    C(VAULT, "retention", dur(90, "days"), "ok", "- 標準保持期間：90日"),
    C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "- 月額料金（1TBあたり）：3,080円（税込）"),
    C(VAULT, "data_centers", "Tokyo", "ok", "- データセンター：東京、大阪、シンガポール"),
    C(VAULT, "data_centers", "Osaka", "ok", "- データセンター：東京、大阪、シンガポール"),
    C(VAULT, "data_centers", "Singapore", "conflict", "- データセンター：東京、大阪、シンガポール"),
    C(VAULT, "encryption", "AES-256", "ok", "- 暗号化方式：AES-256"),
    C(INSIGHT, "general_availability", "2027-01", "ok", "- 一般提供開始：2027年1月（現在ベータ版）"),
    C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "- 料金：1ユーザーあたり月額4,000円（税抜）"),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "- 無料トライアル：30日間"),
    C(INSIGHT, "integrations", 50, "unverified", "- 連携データソース：50種類以上"),
]))

# an ignored draft (.onevoice.yaml ignores **/drafts/**): wrong on purpose, no labels
T_DRAFT = """# （下書き）販売店様向け　製品概要シート

- メリディアン シンク：最大3万ユーザー、Linux対応
- メリディアン ボールト：RPO 1分、保持期間1年
- メリディアン インサイト：2026年10月正式リリース、業界No.1の速度
"""

ONEVOICE_YAML = """# onevoice configuration for evaluation set 47 (SPEC section 6).
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

# ================================================================== cross-office (LABELS.md)
# Intended: (product, attribute, offices) -> why. Derived below from the labelled claims and checked.
INTENDED_X = {
    (SYNC, "sla", ("london", "us-hq")): "0021 London 99.95% vs 0025 US 99.9% (22 days)",
    (SYNC, "max_users", ("tokyo", "us-hq")): "0024 Tokyo 5,000 (stale in June) vs 0025 US 10,000 (9 days)",
    (VAULT, "retention", ("london", "osaka")): "0020 Osaka 30日間 vs 0021 London 90 days (1 day)",
    (INSIGHT, "general_availability", ("london", "tokyo")): "0017 London October 2026 vs 0018 Tokyo 2027年1月 (8 days)",
    (INSIGHT, "general_availability", ("london", "us-hq")): "0017 London October 2026 vs US January 2027 quoted in Osaka's 0020, dated by that reply (20 days)",
    (VAULT, "price_per_tb", ("osaka", "tokyo")): "0023 Osaka 2,800円（税込）= 2,545円 ex tax vs 0019 Tokyo 2,800円（税抜）(16 days)",
    (VAULT, "price_per_tb", ("tokyo", "us-hq")): "0016 US $25/TB vs 0019 Tokyo quoting the US list price $20/TB (18 days)",
}
SET_KINDS = {"certifications", "supported_platforms", "data_centers", "encryption"}
RIGHT = {"ok", "office-variant"}
JP_TAX = 1.1


def norm_value(v):
    """Comparable form; money -> (currency, per, amount ex tax); JPY 税込 divided by 1.1."""
    if isinstance(v, dict) and "currency" in v:
        a = v["amount"]
        if v["currency"] == "JPY" and v.get("tax") == "included":
            a = a / JP_TAX
        if v["currency"] == "GBP" and v.get("tax") == "included":
            a = a / 1.2                     # UK VAT (judgement call; only London writes GBP here)
        return ("money", v["currency"], v["per"], round(a, 2))
    if isinstance(v, dict) and "unit" in v:
        s = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "months": 30 * 86400}[v["unit"]]
        return ("dur", v["amount"] * s)
    return ("v", v)


def derive_cross_office():
    rows = []
    for m in MAILS:
        if not m.archive:
            continue
        for c in m.claims:
            office = c.office or m.office
            if office == "unknown" or c.attribute in SET_KINDS:
                continue
            rows.append((m, c, office))
    found = {}
    for i, (m1, c1, o1) in enumerate(rows):
        for m2, c2, o2 in rows[i + 1:]:
            if (c1.product, c1.attribute) != (c2.product, c2.attribute) or o1 == o2:
                continue
            if abs((m1.date.date() - m2.date.date()).days) > 45:
                continue
            n1, n2 = norm_value(c1.value), norm_value(c2.value)
            if n1[0] == "money" and n1[1:3] != n2[1:3]:
                continue                                   # different currency or billing unit
            if n1 == n2:
                continue
            if c1.verdict in RIGHT and c2.verdict in RIGHT:
                continue                                   # each right at its own date
            key = (c1.product, c1.attribute, tuple(sorted((o1, o2))))
            found.setdefault(key, []).append(((m1, c1, o1), (m2, c2, o2)))
    return found


# ================================================================== writing
def raw_bytes(m):
    raw = m.build().as_bytes(policy=compat32.clone(linesep="\n"))
    return re.sub(rb"\nMessage-ID: \n ", b"\nMessage-ID:\n ", raw)   # Outlook-style fold, no trailing blank


def mboxrd(msgs):
    out = []
    for m in sorted(msgs, key=lambda x: x.date):
        raw = raw_bytes(m)
        when = m.date.astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
        when = when[:8] + ("%2d" % m.date.astimezone(dt.timezone.utc).day) + when[10:]
        out.append(("From %s %s\n" % (m.frm[1], when)).encode())
        for line in raw.split(b"\n"):
            if re.match(rb"^>*From ", line):
                line = b">" + line
            out.append(line + b"\n")
        if not raw.endswith(b"\n"):
            out.append(b"\n")
        out.append(b"\n")
    return b"".join(out)


def claim_rec(file, msgid, c, office, as_of):
    return {"type": "claim", "file": file, "message_id": msgid, "product": c.product, "attribute": c.attribute,
            "value": c.value, "verdict": c.verdict, "quoted": c.quoted, "office": c.office or office,
            "as_of": as_of, "text": c.text}


def finding_rec(file, msgid, f):
    return {"type": "finding", "file": file, "message_id": msgid, "kind": f.kind, "rule": f.rule,
            "product": f.product, "quoted": f.quoted, "text": f.text}


def html_text(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def main():
    check = "--check" in sys.argv
    os.makedirs(os.path.join(ROOT, "mail"), exist_ok=True)
    for sub in ("us-hq", "london", "tokyo", "osaka", "osaka/drafts"):
        os.makedirs(os.path.join(ROOT, "docs", sub), exist_ok=True)
    for f in os.listdir(os.path.join(ROOT, "mail")):
        os.remove(os.path.join(ROOT, "mail", f))
    recs = []
    for m in MAILS:
        raw = raw_bytes(m)
        with open(os.path.join(ROOT, m.file), "wb") as fh:
            fh.write(raw)
        text = m.decoded_text()
        for c in m.claims:
            assert c.text in text, (m.file, c.text)
        for f in m.findings:
            assert f.text in text, (m.file, f.text)
        files = [m.file] + (["mail/archive.mbox"] if m.archive else [])
        for file in files:
            seen = set()
            for c in m.claims:
                k = (c.product, c.attribute, json.dumps(c.value, sort_keys=True), c.quoted, c.office or m.office)
                assert k not in seen, (m.file, k)
                seen.add(k)
                recs.append(claim_rec(file, m.msgid, c, m.office, m.as_of()))
            for f in m.findings:
                recs.append(finding_rec(file, m.msgid, f))
    archived = [m for m in MAILS if m.archive]
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        fh.write(mboxrd(archived))
    for d in DOCS:
        with open(os.path.join(ROOT, d.file), "w", encoding="utf-8") as fh:
            fh.write(d.text)
        keys = [(c.product, c.attribute, json.dumps(c.value, sort_keys=True)) for c in d.claims]
        assert len(keys) == len(set(keys)), d.file
        for c in d.claims:
            assert c.text in d.text, (d.file, c.text)
            recs.append(claim_rec(d.file, None, c, d.office, DOCS_AS_OF))
        for f in d.findings:
            assert f.text in d.text or f.text in html_text(d.text), (d.file, f.text)
            recs.append(finding_rec(d.file, None, f))
    with open(os.path.join(ROOT, "docs", "osaka", "drafts", "naniwa-sheet-draft.md"), "w", encoding="utf-8") as fh:
        fh.write(T_DRAFT)
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)

    found = derive_cross_office()
    assert set(found) == set(INTENDED_X), ("cross-office mismatch",
                                           sorted(set(found) - set(INTENDED_X)), sorted(set(INTENDED_X) - set(found)))
    for key in sorted(found):
        product, attribute, offices = key
        files, values = set(), {}
        for pair in found[key]:
            for m, c, o in pair:
                files.add(m.file)
                values.setdefault(o, []).append(c.value)
        vals = {}
        for o, vs in values.items():
            uniq = []
            for v in vs:
                if v not in uniq:
                    uniq.append(v)
            vals[o] = uniq[0] if len(uniq) == 1 else uniq
        vals = dict(sorted(vals.items()))
        recs.append({"type": "cross-office", "product": product, "attribute": attribute, "offices": list(offices),
                     "file": "mail/archive.mbox", "message_files": sorted(files), "values": vals})
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_claims = sum(1 for r in recs if r["type"] == "claim")
    n_find = sum(1 for r in recs if r["type"] == "finding")
    n_x = sum(1 for r in recs if r["type"] == "cross-office")
    print("mail: %d messages (%d in archive.mbox); docs: %d; expected: %d claims, %d findings, %d cross-office"
          % (len(MAILS), len(archived), len(DOCS), n_claims, n_find, n_x))
    if check:
        review()


# ------------------------------------------------------------------ review aids (--check)
def review():
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import review as r                 # gen/review.py: phrase hits, cue lines not labelled (needs PyYAML)
    r.review(MAILS, DOCS, RULES)


if __name__ == "__main__":
    main()
