#!/usr/bin/env python3
"""Generate evaluation set 74 (Meridian Data, several products at once).

    python3 gen/generate.py          # from anywhere; rewrites mail/, docs/, expected.jsonl

Deterministic, stdlib only. Every message and document is written next to its
labels (claims and findings per LABELS.md); the answer key is built from those
labels, and the cross-office records are computed from the archive subset and
then checked against the list written down at the bottom of this file.
"""
import base64, datetime as dt, email, email.policy, hashlib, json, os, quopri, re, shutil
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SY, VA, IN = "meridian-sync", "meridian-vault", "meridian-insight"
DOC_DATE = "2026-11-22"


# ------------------------------------------------------------------ values
def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def jpy(a, per, tax="excluded"):
    return money(a, "JPY", per, tax)


def usd(a, per, tax=None):
    return money(a, "USD", per, tax)


def gbp(a, per, tax=None):
    return money(a, "GBP", per, tax)


def dur(a, unit):
    return {"amount": a, "unit": unit}


def TB(n):
    return int(n * 10 ** 12)


class C:
    """One expected claim."""
    def __init__(self, product, attribute, value, verdict, text, quoted=False, office=None):
        self.product, self.attribute, self.value, self.verdict = product, attribute, value, verdict
        self.text, self.quoted, self.office = text, quoted, office


class F:
    """One expected finding (phrase / terminology / unreadable)."""
    def __init__(self, kind, text, rule=None, product=None, quoted=False):
        self.kind, self.text, self.rule, self.product, self.quoted = kind, text, rule, product, quoted


def office_of(addr):
    a = addr.lower()
    for suffix, office in (("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
                           ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")):
        if a.endswith(suffix):
            return office
    return "unknown"


# ------------------------------------------------------------------ people
P = {
    "sato": ("佐藤 美咲", "misaki.sato@jp.meridian-data.com"),
    "takahashi": ("高橋 健太", "kenta.takahashi@jp.meridian-data.com"),
    "nakamura": ("中村 大輔", "daisuke.nakamura@osaka.jp.meridian-data.com"),
    "fujii": ("藤井 由紀", "yuki.fujii@osaka.jp.meridian-data.com"),
    "dana": ("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    "marcus": ("Marcus Lee", "marcus.lee@meridian-data.com"),
    "priya": ("Priya Raman", "priya.raman@meridian-data.com"),
    "oliver": ("Oliver Hartley", "oliver.hartley@uk.meridian-data.com"),
    "fiona": ("Fiona McAllister", "fiona.mcallister@uk.meridian-data.com"),
    "kobayashi": ("小林 洋平", "y.kobayashi@kitakaze-unyu.co.jp"),
    "okada": ("岡田 誠", "m.okada@hanshin-kiko.co.jp"),
    "mori": ("森 浩二", "k.mori@towa-sys.co.jp"),
    "ana": ("Ana Souza", "ana.souza@baylinefreight.com"),
    "rachel": ("Rachel Patel", "r.patel@ashgrove-bs.co.uk"),
    "jamie": ("Jamie Murray", "j.murray@calderfoods.co.uk"),
    "tina": ("Tina Kim", "tkim@pinecrestdental.com"),
    "tom": ("Tom Reid", "tom.reid@kessler-it.co.uk"),
}

JST = dt.timezone(dt.timedelta(hours=9))
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))
GMT = dt.timezone.utc
BST = dt.timezone(dt.timedelta(hours=1))


def when(s, tz):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


# ------------------------------------------------------------------ MIME building
CRLF = "\r\n"


def h(s):
    return s.encode("ascii")


def enc_addr(key, charset):
    name, addr = P[key]
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def enc_subject(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        from email.header import Header
        return Header(s, charset, maxlinelen=76, header_name="Subject").encode(linesep=CRLF)


def body_part(text, charset, cte, subtype="plain"):
    """-> (headers list, encoded body str with CRLF)."""
    text = text.replace("\r\n", "\n")
    if charset.lower() == "iso-2022-jp":
        data = text.encode("iso-2022-jp")
        cte = "7bit"
    else:
        data = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("ascii")
    body = body.replace("\n", CRLF)
    if not body.endswith(CRLF):
        body += CRLF
    cs = charset if charset.lower() != "iso-2022-jp" else "ISO-2022-JP"
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, cs), "Content-Transfer-Encoding: " + cte]
    return hdrs, body


def html_of(text, lang="en"):
    """A plain mailer-style HTML rendering of a text body (same words, same sentences)."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out, para, quote = [], [], []

    def flush():
        if para:
            out.append("<div>" + "<br>\n".join(esc(x) for x in para) + "</div>")
            para.clear()
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">' + "<br>\n".join(esc(x[1:].lstrip(" ")) for x in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            if para:
                flush()
            quote.append(line)
        elif not line.strip():
            flush()
            out.append("<div><br></div>")
        else:
            if quote:
                flush()
            para.append(line)
    flush()
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div dir="ltr" lang="%s">\n%s\n</div></body></html>\n' % (lang, "\n".join(out)))


class Msg:
    def __init__(self, key, date, sender, to, subject, body, *, style, cc=(), msgid=None, in_reply_to=None,
                 html=None, attach=None, archive=False, claims=(), findings=(), mailer=None, lang="ja"):
        self.key, self.date, self.sender, self.to, self.cc = key, date, sender, list(to), list(cc)
        self.subject, self.body, self.style, self.html, self.attach = subject, body, style, html, attach
        self.in_reply_to, self.archive, self.claims, self.findings = in_reply_to, archive, list(claims), list(findings)
        self.mailer, self.lang = mailer, lang
        self.msgid = msgid or self.default_msgid()
        self.file = None

    @property
    def office(self):
        return office_of(P[self.sender][1])

    def default_msgid(self):
        hsh = hashlib.sha1(("set74/" + self.key).encode()).hexdigest()
        dom = P[self.sender][1].split("@")[1]
        if self.style in ("gmail", "gmail-alt"):
            return "CA%s+%s@mail.gmail.com" % (hsh[:13].upper(), hsh[13:21])
        if self.style in ("outlook-alt", "outlook"):
            box = "TYAPR01MB" if dom.endswith(".jp") or "jp." in dom else "LO2P265MB" if dom.endswith(".uk") else "BY5PR17MB"
            return "%s%s%s@%s%s.prod.outlook.com" % (box, hsh[:4].upper(), hsh[4:20].upper(), box, hsh[:4].upper())
        return "%s-%s-%s-%s-%s@%s" % (hsh[:8], hsh[8:12], hsh[12:16], hsh[16:20], hsh[20:32], dom)

    def headers(self, charset):
        hs = []
        hsh = hashlib.sha1(self.key.encode()).hexdigest()
        rcv_host = {"us-hq": "mail-sor-f41.google.com", "london": "LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM",
                    "tokyo": "mx2.jp.meridian-data.com", "osaka": "mx1.osaka.jp.meridian-data.com"}.get(
            self.office, "smtp.%s" % P[self.sender][1].split("@")[1])
        hs.append("Received: from %s ([10.%d.%d.%d])\r\n\tby mx.example-relay.net with ESMTPS id %s;\r\n\t%s"
                  % (rcv_host, int(hsh[0:2], 16) % 250, int(hsh[2:4], 16), int(hsh[4:6], 16), hsh[6:16],
                     format_datetime(self.date + dt.timedelta(seconds=3))))
        hs.append("Date: " + format_datetime(self.date))
        hs.append("From: " + enc_addr(self.sender, charset))
        hs.append("To: " + ", ".join(enc_addr(k, charset) for k in self.to))
        if self.cc:
            hs.append("Cc: " + ", ".join(enc_addr(k, charset) for k in self.cc))
        hs.append("Subject: " + enc_subject(self.subject, charset))
        hs.append("Message-ID: <%s>" % self.msgid)
        if self.in_reply_to:
            hs.append("In-Reply-To: <%s>" % self.in_reply_to.msgid)
            hs.append("References: <%s>" % self.in_reply_to.msgid)
        if self.mailer:
            hs.append(self.mailer.replace("AdqW3k9f2b1cQe0nT0a3kSx9dGm1Vg==", "Ad" + base64.b64encode(
                hashlib.sha1(("ti/" + self.key).encode()).digest()[:20]).decode()[:26] + "=="))
        hs.append("MIME-Version: 1.0")
        return hs

    def boundary(self, n=0):
        return "%026x" % int(hashlib.sha1(("b%d/%s" % (n, self.key)).encode()).hexdigest()[:26], 16)

    def render(self):
        st = self.style
        if st == "iso2022":                                          # classic Japanese mailer
            hs = self.headers("iso-2022-jp")
            ph, body = body_part(self.body, "iso-2022-jp", "7bit")
            return CRLF.join(hs + ph) + CRLF + CRLF + body
        if st in ("utf8-b64", "utf8-qp", "ascii", "latin1-qp"):
            charset, cte = {"utf8-b64": ("utf-8", "base64"), "utf8-qp": ("utf-8", "quoted-printable"),
                            "ascii": ("us-ascii", "7bit"), "latin1-qp": ("iso-8859-1", "quoted-printable")}[st]
            hs = self.headers("utf-8")
            ph, body = body_part(self.body, charset, cte)
            return CRLF.join(hs + ph) + CRLF + CRLF + body
        if st in ("gmail-alt", "outlook-alt", "outlook-alt-b64", "cp1252-alt"):
            charset, cte = {"gmail-alt": ("UTF-8", "quoted-printable"), "outlook-alt": ("utf-8", "quoted-printable"),
                            "outlook-alt-b64": ("utf-8", "base64"),
                            "cp1252-alt": ("Windows-1252", "quoted-printable")}[st]
            hs = self.headers("utf-8")
            b = self.boundary()
            html = self.html if self.html is not None else html_of(self.body, self.lang)
            if charset != "UTF-8" and charset != "utf-8":
                html = html.replace("charset=utf-8", "charset=" + charset.lower())
            p1h, p1 = body_part(self.body, charset, cte)
            p2h, p2 = body_part(html, charset, cte, "html")
            out = CRLF.join(hs + ['Content-Type: multipart/alternative; boundary="%s"' % b]) + CRLF + CRLF
            out += "--" + b + CRLF + CRLF.join(p1h) + CRLF + CRLF + p1 + CRLF
            out += "--" + b + CRLF + CRLF.join(p2h) + CRLF + CRLF + p2 + CRLF
            out += "--" + b + "--" + CRLF
            return out
        if st == "mixed-rfc822":                                     # a message forwarded as an attachment
            hs = self.headers("iso-2022-jp")
            b = self.boundary()
            p1h, p1 = body_part(self.body, "iso-2022-jp", "7bit")
            inner = self.attach.render()
            out = CRLF.join(hs + ['Content-Type: multipart/mixed; boundary="%s"' % b]) + CRLF + CRLF
            out += "This is a multi-part message in MIME format." + CRLF + CRLF
            out += "--" + b + CRLF + CRLF.join(p1h) + CRLF + CRLF + p1 + CRLF
            out += "--" + b + CRLF + 'Content-Type: message/rfc822' + CRLF
            out += 'Content-Disposition: attachment; filename="=?ISO-2022-JP?B?%s?="' % base64.b64encode(
                ("Fw: " + self.attach.subject + ".eml").encode("iso-2022-jp")).decode() + CRLF + CRLF
            out += inner + CRLF
            out += "--" + b + "--" + CRLF
            return out
        raise ValueError(st)


# ================================================================== the messages
M = {}


def add(m):
    M[m.key] = m
    return m


OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
OUTLOOK_JP = "X-Mailer: Microsoft Outlook 16.0\r\nThread-Index: AdqW3k9f2b1cQe0nT0a3kSx9dGm1Vg=="
THUNDERBIRD = "User-Agent: Mozilla Thunderbird"
APPLE = "X-Mailer: Apple Mail (2.3774.600.62)"

SIG_SATO = """--
佐藤 美咲 Misaki Sato
メリディアン・データ株式会社 東京オフィス 営業部
〒100-0005 東京都千代田区丸の内2-7-3 東京ビル18F
TEL: 03-6812-4471 / FAX: 03-6812-4472
携帯: 090-4417-2280
"""
SIG_TAKAHASHI = """--------------------------------------------
高橋 健太（Kenta Takahashi）
メリディアン・データ株式会社 東京オフィス
パートナー営業部 シニアマネージャー
TEL 03-6812-4480 / 携帯 080-3391-7206
--------------------------------------------
"""
SIG_NAKAMURA = """****************************************
メリディアン・データ株式会社 大阪オフィス
営業グループ 中村 大輔
〒530-0001 大阪府大阪市北区梅田3-4-5 梅田スクエア11F
TEL 06-6345-7712 / FAX 06-6345-7713
****************************************
"""
SIG_FUJII = """――――――――――――――――
藤井 由紀
メリディアン・データ株式会社 大阪オフィス
カスタマーサクセス担当
TEL 06-6345-7718
――――――――――――――――
"""

# ---------------------------------------------------------------- m01 = mail/0001.eml tokyo -> customer
m01 = add(Msg("m01", when("2026-02-10 16:12:31", JST), "sato", ["kobayashi"],
              "メリディアン製品のご紹介（3製品概要）", style="iso2022", mailer=OUTLOOK_JP, archive=True, body="""北風運輸株式会社
情報システム部 小林様

いつもお世話になっております。メリディアン・データの佐藤でございます。
先日はお忙しいところお時間をいただき、誠にありがとうございました。

打ち合わせでご質問いただいた3製品の概要を、取り急ぎ以下にまとめました。

■メリディアン シンク（ファイル共有）
・1テナントあたり最大5,000ユーザーまでご利用いただけます。
・1ユーザーあたり1TBのストレージが付帯します。

■メリディアン ボールト（バックアップ）
・RPOは15分、標準の保持期間は90日間です。

■メリディアン インサイト（分析ダッシュボード）
・現在ベータ版で、2027年1月の一般提供開始を予定しております。

なお、シンクとボールトの稼働率SLAはそれぞれ99.9%、99.95%です。

次回は2月24日（火）14時より、御社会議室にて詳細のご説明に伺います。
弊社からは2名で伺う予定です。

何卒よろしくお願いいたします。

""" + SIG_SATO))
M01_CLAIMS = [
    C(SY, "max_users", 5000, "ok", "1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    C(SY, "storage_per_user", TB(1), "ok", "1ユーザーあたり1TBのストレージが付帯します。"),
    C(VA, "rpo", dur(15, "minutes"), "ok", "RPOは15分、標準の保持期間は90日間です。"),
    C(VA, "retention", dur(90, "days"), "ok", "RPOは15分、標準の保持期間は90日間です。"),
    C(IN, "general_availability", "2027-01", "ok", "現在ベータ版で、2027年1月の一般提供開始を予定しております。"),
    C(SY, "sla", 99.9, "ok", "なお、シンクとボールトの稼働率SLAはそれぞれ99.9%、99.95%です。"),
    C(VA, "sla", 99.95, "ok", "なお、シンクとボールトの稼働率SLAはそれぞれ99.9%、99.95%です。"),
]
m01.claims = M01_CLAIMS


def quoted(claims, office):
    return [C(c.product, c.attribute, c.value, c.verdict, c.text, True, office) for c in claims]


# ---------------------------------------------------------------- m02 = mail/0002.eml customer -> tokyo (Outlook, full quote)
m02 = add(Msg("m02", when("2026-02-12 18:05:44", JST), "kobayashi", ["sato"],
              "RE: メリディアン製品のご紹介（3製品概要）", style="utf8-b64", mailer=OUTLOOK, in_reply_to=m01,
              archive=True, body="""佐藤様

お世話になっております。北風運輸の小林です。
概要のご送付ありがとうございます。

社内で確認したところ、いくつか追加で教えてください。

1. 当社グループの従業員数は来年度に約6,500名となる見込みです。メリディアン シンクのユーザー上限を超える場合の対応は可能でしょうか。
2. ボールトのデータセンターは国内のみでしょうか。
3. また、別の販売代理店からは、メリディアン ボールトの標準保持期間は30日間と伺っております。どちらが正しいかご確認いただけますでしょうか。

24日の打ち合わせは、当社から3名（私、情報システム課長の木村、経理の堀）が出席いたします。

小林
----------------------------------
北風運輸株式会社 情報システム部
小林 洋平
TEL 045-671-2093（直通）
----------------------------------

-----Original Message-----
差出人: 佐藤 美咲 <misaki.sato@jp.meridian-data.com>
送信日時: 2026年2月10日 16:12
宛先: 小林 洋平 <y.kobayashi@kitakaze-unyu.co.jp>
件名: メリディアン製品のご紹介（3製品概要）

""" + m01.body))
m02.claims = [
    C(VA, "retention", dur(30, "days"), "conflict",
      "また、別の販売代理店からは、メリディアン ボールトの標準保持期間は30日間と伺っております。"),
] + quoted(M01_CLAIMS, "tokyo")

# ---------------------------------------------------------------- m03 = mail/0003.eml tokyo -> customer (answers; trimmed quote)
m03 = add(Msg("m03", when("2026-02-13 11:40:02", JST), "sato", ["kobayashi"],
              "Re: RE: メリディアン製品のご紹介（3製品概要）", style="iso2022", mailer=THUNDERBIRD, in_reply_to=m02,
              body="""小林様

お世話になっております。メリディアン・データの佐藤です。
ご質問について、以下のとおり回答いたします。

1. ユーザー数
メリディアン シンクは、2026年4月1日より1テナントあたりの上限が最大1万ユーザーに拡大されます。
来年度の6,500名規模でも、1テナントのままご利用いただけます。

2. データセンター
メリディアン ボールトのデータセンターは東京・大阪の国内2拠点に加え、フランクフルトとオレゴンにもございます。
国内のみでの保管をご希望の場合は、東京・大阪のみを指定いただけます。

3. 保持期間
ボールトの標準の保持期間は90日間でございます。30日間ではございません。
ご契約時に延長のご相談も可能です。

以上、よろしくお願いいたします。

""" + SIG_SATO + """
2026年2月12日(木) 18:05 小林 洋平 <y.kobayashi@kitakaze-unyu.co.jp>:
> 佐藤様
>
> お世話になっております。北風運輸の小林です。
> 概要のご送付ありがとうございます。
>
> 社内で確認したところ、いくつか追加で教えてください。
>
> 1. 当社グループの従業員数は来年度に約6,500名となる見込みです。メリディアン シンクのユーザー上限を超える場合の対応は可能でしょうか。
> 2. ボールトのデータセンターは国内のみでしょうか。
> 3. また、別の販売代理店からは、メリディアン ボールトの標準保持期間は30日間と伺っております。どちらが正しいかご確認いただけますでしょうか。
"""))
m03.claims = [
    C(SY, "max_users", 10000, "ok", "メリディアン シンクは、2026年4月1日より1テナントあたりの上限が最大1万ユーザーに拡大されます。"),
    C(VA, "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは東京・大阪の国内2拠点に加え、フランクフルトとオレゴンにもございます。"),
    C(VA, "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは東京・大阪の国内2拠点に加え、フランクフルトとオレゴンにもございます。"),
    C(VA, "data_centers", "Frankfurt", "ok", "メリディアン ボールトのデータセンターは東京・大阪の国内2拠点に加え、フランクフルトとオレゴンにもございます。"),
    C(VA, "data_centers", "Oregon", "ok", "メリディアン ボールトのデータセンターは東京・大阪の国内2拠点に加え、フランクフルトとオレゴンにもございます。"),
    C(VA, "retention", dur(90, "days"), "ok", "ボールトの標準の保持期間は90日間でございます。"),
    C(VA, "retention", dur(30, "days"), "conflict",
      "また、別の販売代理店からは、メリディアン ボールトの標準保持期間は30日間と伺っております。", True, "unknown"),
]

# ---------------------------------------------------------------- m04 = mail/0004.eml us-hq -> customer (swapped SLAs)
M04_BODY = """Hi Ana,

Thanks again for hosting us in Oakland last Thursday. The whiteboard session with your ops team was really useful.

As promised, here's the quick summary of the bundle we discussed for Bayline's 1,150 staff:

- Meridian Sync: $399 per month for the workspace, with 1 TB of storage per user.
- Meridian Vault: $20 per TB per month; we sized you at 180 TB to start.
- Meridian Insight: $30 per user per month once it's out of beta, for the 40 analysts on Kenji's team.

On reliability, Sync and Vault carry 99.95% and 99.9% uptime SLAs respectively, and all three products are SOC 2 Type II audited.

Because you're committing to all three, I can take 12% off the first-year total. That pricing holds until March 31.

Let me know if Tuesday the 10th works for a call with procurement.

Best,
Dana

--
Dana Whitfield | Senior Account Executive
Meridian Data Inc. | 500 Howard St, Suite 1200, San Francisco, CA 94105
+1 (415) 555-0187 | meridian-data.com
"""
m04 = add(Msg("m04", when("2026-03-02 10:14:09", PST), "dana", ["ana"], "Meridian bundle for Bayline - summary",
              M04_BODY, style="gmail-alt", archive=True, lang="en"))
M04_SLA = "On reliability, Sync and Vault carry 99.95% and 99.9% uptime SLAs respectively, and all three products are SOC 2 Type II audited."
M04_CLAIMS = [
    C(SY, "monthly_price", usd(399, "month"), "ok", "Meridian Sync: $399 per month for the workspace, with 1 TB of storage per user."),
    C(SY, "storage_per_user", TB(1), "ok", "Meridian Sync: $399 per month for the workspace, with 1 TB of storage per user."),
    C(VA, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault: $20 per TB per month; we sized you at 180 TB to start."),
    C(IN, "per_user_price", usd(30, "user-month"), "ok",
      "Meridian Insight: $30 per user per month once it's out of beta, for the 40 analysts on Kenji's team."),
    C(SY, "sla", 99.95, "conflict", M04_SLA),
    C(VA, "sla", 99.9, "conflict", M04_SLA),
    C(SY, "certifications", "SOC 2 Type II", "ok", M04_SLA),
    C(VA, "certifications", "SOC 2 Type II", "unverified", M04_SLA),
    C(IN, "certifications", "SOC 2 Type II", "unverified", M04_SLA),
]
m04.claims = M04_CLAIMS

# ---------------------------------------------------------------- m05 = mail/0005.eml london -> customer (Sync + Vault)
m05 = add(Msg("m05", when("2026-03-05 09:31:17", GMT), "oliver", ["rachel"],
              "Meridian Sync and Meridian Vault for Ashgrove - following our meeting", style="latin1-qp",
              mailer=OUTLOOK, archive=True, lang="en", body="""Dear Rachel,

Thank you for your time on Tuesday, and please pass on my thanks to Graham for the tour of the Leeds operations centre.

Following our conversation, I have set out below how Meridian Sync and Meridian Vault would fit together for the Society.

Meridian Sync would replace the current shared drives for your 2,300 colleagues. Meridian Sync is £329 per month plus VAT. It runs on Windows, macOS, iOS and Android, so the branch iPads are covered.

Meridian Vault would back up the core banking exports and the Sync tenant itself. Meridian Vault backups are encrypted with AES-256, retained for 90 days by default, and priced at £16 per TB per month ex VAT.

Meridian Sync and Meridian Vault are covered by 99.9% and 99.95% availability SLAs respectively, with service credits set out in Schedule 3 of our MSA.

On data residency: both products are hosted in our Frankfurt data centre for UK customers, which your DPO has confirmed is acceptable.

I will send the draft order form over by Friday 13 March. Reference for your procurement team: MD-UK-2026-0412.

Kind regards,

Oliver Hartley
Enterprise Account Manager
Meridian Data Ltd
20 Eastbourne Terrace, London W2 6LG
Tel: +44 20 7946 0321 | Mob: +44 7700 900 456
Registered in England and Wales No. 10874523. VAT GB 294 3187 62.
"""))
M05_PLAT = "It runs on Windows, macOS, iOS and Android, so the branch iPads are covered."
M05_VAULT = "Meridian Vault backups are encrypted with AES-256, retained for 90 days by default, and priced at £16 per TB per month ex VAT."
M05_SLA = "Meridian Sync and Meridian Vault are covered by 99.9% and 99.95% availability SLAs respectively"
M05_DC = "both products are hosted in our Frankfurt data centre for UK customers"
m05.claims = [
    C(SY, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync is £329 per month plus VAT."),
    C(SY, "supported_platforms", "Windows", "ok", M05_PLAT),
    C(SY, "supported_platforms", "macOS", "ok", M05_PLAT),
    C(SY, "supported_platforms", "iOS", "ok", M05_PLAT),
    C(SY, "supported_platforms", "Android", "ok", M05_PLAT),
    C(VA, "encryption", "AES-256", "ok", M05_VAULT),
    C(VA, "retention", dur(90, "days"), "ok", M05_VAULT),
    C(VA, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", M05_VAULT),
    C(SY, "sla", 99.9, "ok", M05_SLA),
    C(VA, "sla", 99.95, "ok", M05_SLA),
    C(VA, "data_centers", "Frankfurt", "ok", M05_DC),
    C(SY, "data_centers", "Frankfurt", "unverified", M05_DC),
]

# ---------------------------------------------------------------- m06 = mail/0006.eml customer -> us-hq (interleaved Gmail reply)
m06 = add(Msg("m06", when("2026-03-09 16:51:38", PDT), "ana", ["dana"], "Re: Meridian bundle for Bayline - summary",
              style="gmail-alt", in_reply_to=m04, archive=True, lang="en", body="""Hi Dana,

Thanks for the summary. A few notes inline.

On Mon, Mar 2, 2026 at 10:14 AM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
> - Meridian Sync: $399 per month for the workspace, with 1 TB of storage per user.

Fine by us.

> - Meridian Vault: $20 per TB per month; we sized you at 180 TB to start.

We'd rather start at 120 TB and grow into it. Does Meridian Vault go beyond 500 TB if we acquire Coastline next year?

> - Meridian Insight: $30 per user per month once it's out of beta, for the 40 analysts on Kenji's team.

Kenji says 25 analysts is more realistic for year one.

> On reliability, Sync and Vault carry 99.95% and 99.9% uptime SLAs respectively, and all three products are SOC 2 Type II audited.

Our security team checked the Trust Center page last week and it shows a 99.95% availability SLA for Meridian Vault. Could you double-check which figure is right? We need at least 99.9% on anything that holds backups.

Tuesday the 10th at 2pm Pacific works for us.

Ana

Ana Souza
IT Director, Bayline Freight
(510) 555-0142
"""))
m06.claims = [
    C(VA, "sla", 99.95, "ok",
      "Our security team checked the Trust Center page last week and it shows a 99.95% availability SLA for Meridian Vault."),
] + quoted(M04_CLAIMS, "us-hq")

# ---------------------------------------------------------------- m07 = mail/0007.eml us-hq -> customer (correction)
m07 = add(Msg("m07", when("2026-03-10 08:02:51", PDT), "dana", ["ana"], "Re: Meridian bundle for Bayline - summary",
              style="gmail-alt", in_reply_to=m06, cc=["priya"], archive=True, lang="en", body="""Hi Ana,

Good catch, and apologies. I had the two SLAs the wrong way round in my note: the Meridian Sync SLA is 99.9% and the Meridian Vault SLA is 99.95%. The Trust Center page is right.

On Mon, Mar 9, 2026 at 4:51 PM Ana Souza <ana.souza@baylinefreight.com> wrote:
> Does Meridian Vault go beyond 500 TB if we acquire Coastline next year?

Meridian Vault holds up to 500 TB per tenant. Coastline's 140 TB would still fit alongside your own data. If you ever outgrow that, a second tenant is the usual answer.

> Our security team checked the Trust Center page last week and it shows a 99.95% availability SLA for Meridian Vault.

See above. For what it's worth, a full-tenant restore from Meridian Vault typically completes in under 4 hours (RTO), though that isn't a contractual number yet.

Talk at 2pm.

Dana

--
Dana Whitfield | Senior Account Executive
Meridian Data Inc. | 500 Howard St, Suite 1200, San Francisco, CA 94105
+1 (415) 555-0187 | meridian-data.com
"""))
M07_SLA = "the Meridian Sync SLA is 99.9% and the Meridian Vault SLA is 99.95%"
m07.claims = [
    C(SY, "sla", 99.9, "ok", M07_SLA),
    C(VA, "sla", 99.95, "ok", M07_SLA),
    C(VA, "max_storage", TB(500), "ok", "Meridian Vault holds up to 500 TB per tenant"),
    C(VA, "rto", dur(4, "hours"), "unverified",
      "a full-tenant restore from Meridian Vault typically completes in under 4 hours (RTO)"),
    C(VA, "sla", 99.95, "ok",
      "Our security team checked the Trust Center page last week and it shows a 99.95% availability SLA for Meridian Vault.",
      True, "unknown"),
]

# ---------------------------------------------------------------- m24 = mail/0008.eml customer -> us-hq (ordinary, no claims)
m24 = add(Msg("m24", when("2026-03-12 13:27:05", PDT), "ana", ["dana"], "PO for the Meridian bundle",
              style="ascii", mailer=APPLE, archive=True, lang="en", body="""Hi Dana,

Thanks for the call on Tuesday, and for sorting out the SLA question so quickly.

Procurement has approved the three-product bundle. PO 4500021877 will come from our AP system by Friday; please make sure the invoice references it, otherwise it bounces.

We'd like to onboard the first 400 people in April and the rest by the end of June. Kenji will be the admin contact (kenji.watanabe@baylinefreight.com).

Thanks,
Ana

Sent from my iPhone
"""))

# ---------------------------------------------------------------- m08 = mail/0009.eml osaka -> customer (HTML comparison table)
M08_TEXT = """阪神機工株式会社
総務部 岡田様

いつも大変お世話になっております。
メリディアン・データ大阪オフィスの中村でございます。

先日ご依頼いただきました3製品の比較表をお送りいたします。

3製品比較（金額はすべて税抜）
項目\tメリディアン シンク\tメリディアン ボールト\tメリディアン インサイト
料金\t月額50,000円\t1TBあたり月額2,800円\t1ユーザーあたり月額4,000円
稼働率（SLA）\t99.9%\t99.95%\t99.5%
容量\t1ユーザーあたり1TB\t1テナントあたり最大500TB\t－
暗号化\t－\tAES-256\t－
保持期間\t－\t90日間\t－
無料トライアル\t－\t－\t30日間

メリディアン ボールトとメリディアン インサイトは、いずれも東京・大阪のデータセンターで運用しております。
税込でのご請求額は、シンクが月額55,000円、ボールトが1TBあたり月額3,080円となります。
御社のご利用想定（320名様、バックアップ対象45TB）ですと、月額合計は税抜176,000円（50,000円＋2,800円×45TB）です。

おかげさまでメリディアン シンクは関西の製造業で導入社数No.1となりました。

ご不明な点がございましたら、お気軽にお問い合わせください。
今後ともよろしくお願い申し上げます。

""" + SIG_NAKAMURA


def m08_html():
    rows = [("料金", "月額50,000円", "1TBあたり月額2,800円", "1ユーザーあたり月額4,000円"),
            ("稼働率（SLA）", "99.9%", "99.95%", "99.5%"),
            ("容量", "1ユーザーあたり1TB", "1テナントあたり最大500TB", "－"),
            ("暗号化", "－", "AES-256", "－"),
            ("保持期間", "－", "90日間", "－"),
            ("無料トライアル", "－", "－", "30日間")]
    pre, post = M08_TEXT.split("3製品比較（金額はすべて税抜）\n")
    post = post.split("\n\n", 1)[1]
    para = lambda s: "\n".join('<p class="MsoNormal">%s</p>' % (x if x else "&nbsp;") for x in s.split("\n"))
    t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">',
         '<caption>3製品比較（金額はすべて税抜）</caption>',
         '<tr><th>項目</th><th>メリディアン シンク</th><th>メリディアン ボールト</th><th>メリディアン インサイト</th></tr>']
    t += ["<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in rows]
    t.append("</table>")
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
            '<body lang="JA" link="#0563C1"><div class="WordSection1">\n' + para(pre.rstrip("\n")) + "\n"
            + "\n".join(t) + "\n" + para(post.rstrip("\n")) + "\n</div></body></html>\n")


m08 = add(Msg("m08", when("2026-03-16 10:05:12", JST), "nakamura", ["okada"], "【メリディアン・データ】3製品比較表の送付",
              M08_TEXT, style="outlook-alt-b64", mailer=OUTLOOK_JP, html=m08_html()))
M08_DC = "メリディアン ボールトとメリディアン インサイトは、いずれも東京・大阪のデータセンターで運用しております。"
M08_TAX = "税込でのご請求額は、シンクが月額55,000円、ボールトが1TBあたり月額3,080円となります。"
m08.claims = [
    C(SY, "monthly_price", jpy(50000, "month"), "ok", "月額50,000円"),
    C(VA, "price_per_tb", jpy(2800, "TB-month"), "ok", "1TBあたり月額2,800円"),
    C(IN, "per_user_price", jpy(4000, "user-month"), "ok", "1ユーザーあたり月額4,000円"),
    C(SY, "sla", 99.9, "ok", "稼働率（SLA）\t99.9%"),
    C(VA, "sla", 99.95, "ok", "99.95%"),
    C(IN, "sla", 99.5, "unverified", "99.5%"),
    C(SY, "storage_per_user", TB(1), "ok", "1ユーザーあたり1TB"),
    C(VA, "max_storage", TB(500), "ok", "1テナントあたり最大500TB"),
    C(VA, "encryption", "AES-256", "ok", "AES-256"),
    C(VA, "retention", dur(90, "days"), "ok", "90日間"),
    C(IN, "free_trial", dur(30, "days"), "ok", "30日間"),
    C(VA, "data_centers", "Tokyo", "ok", M08_DC),
    C(VA, "data_centers", "Osaka", "ok", M08_DC),
    C(IN, "data_centers", "Tokyo", "unverified", M08_DC),
    C(IN, "data_centers", "Osaka", "unverified", M08_DC),
    C(SY, "monthly_price", jpy(55000, "month", "included"), "ok", M08_TAX),
    C(VA, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", M08_TAX),
]
m08.findings = [F("phrase", "おかげさまでメリディアン シンクは関西の製造業で導入社数No.1となりました。", rule="ja.superlative-no1")]

# ---------------------------------------------------------------- m09 = mail/0010.eml tokyo -> partner (spec sheet, Vault SLA slip)
m09 = add(Msg("m09", when("2026-03-18 19:22:40", JST), "takahashi", ["mori"], "勉強会用 3製品スペックのご共有",
              style="iso2022", mailer=OUTLOOK_JP, archive=True, body="""東和システム株式会社
ソリューション営業部 森様

お世話になっております。メリディアン・データ東京オフィスの高橋です。
来週の販売パートナー向け勉強会に向けて、3製品の主要スペックを共有いたします。

・メリディアン シンク：最大5,000ユーザー、月額50,000円（税抜）、1ユーザーあたり1TB、稼働率99.9%
・メリディアン ボールト：1TBあたり月額2,800円（税抜）、RPO 15分、稼働率99.9%
・メリディアン インサイト：1ユーザーあたり月額4,000円（税抜）、クエリ応答は最大2秒、ダッシュボードは最大200個

シンクとボールトは両製品ともISO 27001認証を取得済みです。

勉強会は3月25日（水）15:00〜17:00、弊社セミナールーム（定員30名）にて開催いたします。
資料は前日までにお送りします。

""" + SIG_TAKAHASHI))
M09_S = "・メリディアン シンク：最大5,000ユーザー、月額50,000円（税抜）、1ユーザーあたり1TB、稼働率99.9%"
M09_V = "・メリディアン ボールト：1TBあたり月額2,800円（税抜）、RPO 15分、稼働率99.9%"
M09_I = "・メリディアン インサイト：1ユーザーあたり月額4,000円（税抜）、クエリ応答は最大2秒、ダッシュボードは最大200個"
M09_C = "シンクとボールトは両製品ともISO 27001認証を取得済みです。"
m09.claims = [
    C(SY, "max_users", 5000, "ok", M09_S),
    C(SY, "monthly_price", jpy(50000, "month"), "ok", M09_S),
    C(SY, "storage_per_user", TB(1), "ok", M09_S),
    C(SY, "sla", 99.9, "ok", M09_S),
    C(VA, "price_per_tb", jpy(2800, "TB-month"), "ok", M09_V),
    C(VA, "rpo", dur(15, "minutes"), "ok", M09_V),
    C(VA, "sla", 99.9, "conflict", M09_V),
    C(IN, "per_user_price", jpy(4000, "user-month"), "ok", M09_I),
    C(IN, "query_latency", dur(2, "seconds"), "ok", M09_I),
    C(IN, "max_dashboards", 200, "ok", M09_I),
    C(SY, "certifications", "ISO 27001", "ok", M09_C),
    C(VA, "certifications", "ISO 27001", "unverified", M09_C),
]

# ---------------------------------------------------------------- m10 = mail/0011.eml london -> customer (FileSync, unlimited)
m10 = add(Msg("m10", when("2026-04-14 15:48:03", BST), "fiona", ["jamie"], "Your two questions from Glasgow",
              style="utf8-qp", mailer=APPLE, archive=True, lang="en", body="""Hi Jamie,

Lovely to catch up at the Glasgow roadshow. To your two questions:

Meridian Insight is still in beta; general availability is planned for January 2027, and you can start a 30-day free trial today. It connects to around 60 data sources out of the box, including your SAP system.

Your old Meridian FileSync licences carry over: Meridian Sync is the same product under its new name, and each user keeps 1 TB of storage.
From 1 April, a Meridian Sync tenant takes up to 10,000 users, so the Aberdeen plant can come on board too.

Both Meridian Sync and Meridian Insight come with unlimited version history, so nobody loses a spreadsheet again.

Cheers,
Fiona

Fiona McAllister
Account Manager, Scotland & North
Meridian Data Ltd | +44 141 496 0877 | Mob +44 7700 900 612
"""))
M10_I = "Meridian Insight is still in beta; general availability is planned for January 2027, and you can start a 30-day free trial today."
m10.claims = [
    C(IN, "general_availability", "2027-01", "ok", M10_I),
    C(IN, "free_trial", dur(30, "days"), "ok", M10_I),
    C(IN, "integrations", 60, "unverified", "It connects to around 60 data sources out of the box, including your SAP system."),
    C(SY, "storage_per_user", TB(1), "ok", "Meridian Sync is the same product under its new name, and each user keeps 1 TB of storage."),
    C(SY, "max_users", 10000, "ok", "From 1 April, a Meridian Sync tenant takes up to 10,000 users"),
]
m10.findings = [
    F("terminology", "Your old Meridian FileSync licences carry over", product=SY),
    F("phrase", "Both Meridian Sync and Meridian Insight come with unlimited version history", rule="en.unlimited"),
]

# ---------------------------------------------------------------- m11 = mail/0012.eml us-hq -> customer (HIPAA, 100% secure)
m11 = add(Msg("m11", when("2026-04-20 12:36:50", PDT), "marcus", ["tina"], "Recap: Meridian Vault + Sync for Pinecrest",
              style="ascii", archive=False, lang="en", body="""Hi Tina,

Great speaking with you and Dr. Alvarez this morning. Here's a recap for the 14 Pinecrest clinics.

Meridian Vault backs up your imaging server every 15 minutes (that's our RPO), keeps backups for 90 days by default, and encrypts everything with AES-256. Your X-ray archive is about 38 TB today, which at $20 per TB per month comes to $760/month.

Meridian Sync gives each of your 260 staff 1 TB of storage and runs on the Windows front-desk PCs as well as the iPads in the operatories. Both Meridian Sync and Meridian Vault are HIPAA compliant, and with Vault your patient data is 100% secure.

Meridian Sync and Meridian Vault both have a 15-minute recovery point, so a ransomware hit costs you at most a quarter of an hour of work.

I'll send over the BAA and the order form for the 3-year term by Thursday.

Thanks,
Marcus

Marcus Lee
Account Executive, Healthcare
Meridian Data Inc.
Direct: +1 (415) 555-0164
"""))
M11_V = "Meridian Vault backs up your imaging server every 15 minutes (that's our RPO), keeps backups for 90 days by default, and encrypts everything with AES-256."
M11_S = "Meridian Sync gives each of your 260 staff 1 TB of storage and runs on the Windows front-desk PCs as well as the iPads in the operatories."
M11_H = "Both Meridian Sync and Meridian Vault are HIPAA compliant, and with Vault your patient data is 100% secure."
M11_R = "Meridian Sync and Meridian Vault both have a 15-minute recovery point"
m11.claims = [
    C(VA, "rpo", dur(15, "minutes"), "ok", M11_V),
    C(VA, "retention", dur(90, "days"), "ok", M11_V),
    C(VA, "encryption", "AES-256", "ok", M11_V),
    C(SY, "storage_per_user", TB(1), "ok", M11_S),
    C(SY, "supported_platforms", "Windows", "ok", M11_S),
    C(SY, "supported_platforms", "iOS", "ok", M11_S),
    C(SY, "certifications", "HIPAA", "conflict", M11_H),
    C(VA, "certifications", "HIPAA", "unverified", M11_H),
    C(SY, "rpo", dur(15, "minutes"), "unverified", M11_R),
]
m11.findings = [F("phrase", "with Vault your patient data is 100% secure", rule="en.guarantee")]

# ---------------------------------------------------------------- m12 = mail/0013.eml osaka -> customer (correction, old name)
m12 = add(Msg("m12", when("2026-04-22 17:10:26", JST), "fujii", ["okada"], "【訂正】資料記載内容の訂正について",
              style="iso2022", mailer=OUTLOOK_JP, archive=True, body="""阪神機工株式会社
総務部 岡田様

いつもお世話になっております。メリディアン・データ大阪オフィスの藤井でございます。

先日お送りした資料に誤りがございましたので、訂正させていただきます。

メリディアン・ボールトの1テナントあたりの最大容量：（誤）50TB　（正）500TB

また、旧製品名「メリディアン・ファイルシンク」でご契約中のアカウントは、4月より自動的にメリディアン・シンクへ移行しております。
メリディアン・シンクの上限は、移行後も最大10,000ユーザーです。

両製品共通で、保存データはAES-256で暗号化されます。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願いいたします。

""" + SIG_FUJII))
m12.claims = [
    C(VA, "max_storage", TB(500), "ok", "メリディアン・ボールトの1テナントあたりの最大容量：（誤）50TB　（正）500TB"),
    C(SY, "max_users", 10000, "ok", "メリディアン・シンクの上限は、移行後も最大10,000ユーザーです。"),
    C(VA, "encryption", "AES-256", "ok", "両製品共通で、保存データはAES-256で暗号化されます。"),
    C(SY, "encryption", "AES-256", "unverified", "両製品共通で、保存データはAES-256で暗号化されます。"),
]
m12.findings = [F("terminology", "旧製品名「メリディアン・ファイルシンク」でご契約中のアカウント", product=SY)]

# ---------------------------------------------------------------- m13 = mail/0014.eml customer -> osaka (partner's hearsay)
M13_BODY = """メリディアン・データ
藤井様

お世話になっております。阪神機工の岡田です。
訂正のご連絡、ありがとうございました。

別件ですが、分析ツールの検討を始めております。
東和システムさんからは、メリディアン インサイトはクエリ応答が1秒以内で、ダッシュボードも無制限に作成できると伺っております。
当社では工場ごとに約120個のダッシュボードを作る想定です。
正式版の提供開始時期と、1ユーザーあたりの料金を改めて教えていただけますでしょうか。

よろしくお願いいたします。

岡田 誠
阪神機工株式会社 総務部
〒660-0892 兵庫県尼崎市東難波町5-17-22
TEL 06-6481-3350（代表）
"""
M13_Q = "東和システムさんからは、メリディアン インサイトはクエリ応答が1秒以内で、ダッシュボードも無制限に作成できると伺っております。"
m13 = add(Msg("m13", when("2026-05-06 17:32:15", JST), "okada", ["fujii"], "分析ツールについてのご相談",
              M13_BODY, style="iso2022", mailer=OUTLOOK_JP))
m13.claims = [C(IN, "query_latency", dur(1, "seconds"), "conflict", M13_Q)]

# ---------------------------------------------------------------- m14 = mail/0015.eml osaka -> customer (answers with 同製品)
m14 = add(Msg("m14", when("2026-05-07 09:55:41", JST), "fujii", ["okada"], "Re: 分析ツールについてのご相談",
              style="utf8-b64", mailer=THUNDERBIRD, in_reply_to=m13, archive=True, body="""岡田様

お世話になっております。メリディアン・データの藤井でございます。
メリディアン インサイトについて、正確な情報をお伝えいたします。

・同製品の一般提供開始は2027年1月を予定しており、現在はベータ版をご利用いただけます。
・同製品の料金は1ユーザーあたり月額4,400円（税込）です。
・同製品のクエリ応答時間は最大2秒です（1秒以内ではございません）。
・同製品では、ダッシュボードを1ワークスペースあたり最大200個まで作成できます。

工場ごとに120個ということでしたら、上限内でご利用いただけます。
なお、メリディアン インサイトには30日間の無料トライアルもございますので、まずはお試しください。

""" + SIG_FUJII + """
2026/05/06 17:32、岡田 誠 <m.okada@hanshin-kiko.co.jp> さんは書きました:
""" + "".join("> " + x + "\n" if x else ">\n" for x in M13_BODY.split("\n")[:-1])))
m14.claims = [
    C(IN, "general_availability", "2027-01", "ok", "・同製品の一般提供開始は2027年1月を予定しており、現在はベータ版をご利用いただけます。"),
    C(IN, "per_user_price", jpy(4400, "user-month", "included"), "ok", "・同製品の料金は1ユーザーあたり月額4,400円（税込）です。"),
    C(IN, "query_latency", dur(2, "seconds"), "ok", "・同製品のクエリ応答時間は最大2秒です（1秒以内ではございません）。"),
    C(IN, "max_dashboards", 200, "ok", "・同製品では、ダッシュボードを1ワークスペースあたり最大200個まで作成できます。"),
    C(IN, "free_trial", dur(30, "days"), "ok", "なお、メリディアン インサイトには30日間の無料トライアルもございますので、まずはお試しください。"),
    C(IN, "query_latency", dur(1, "seconds"), "conflict", M13_Q, True, "unknown"),
]

# ---------------------------------------------------------------- m15 = mail/0016.eml london -> partner (price list, Vault slip)
m15 = add(Msg("m15", when("2026-05-12 11:03:29", BST), "oliver", ["tom"], "UK list prices for the webinar on the 19th",
              style="utf8-qp", mailer=OUTLOOK, archive=True, lang="en", body="""Tom,

Ahead of your team's webinar on the 19th, here are the UK list prices for the three products, all ex VAT:

  Meridian Sync      £329 per month per tenant
  Meridian Vault     £25 per TB per month
  Meridian Insight   £25 per user per month (beta; GA January 2027)

Partner margin stays at 20% on first-year contract value, as per clause 7.2 of the reseller agreement (ref. KIT-RA-2025-03).

A couple of points your sales team keep asking about:
- Meridian Vault keeps backups for 90 days by default in our Frankfurt data centre.
- Meridian Insight queries return in under 2 seconds on a 100-million-row workspace.
- Meridian Sync does not work offline; users need a connection to sync.

Speak soon,
Oliver

Oliver Hartley | Enterprise Account Manager | Meridian Data Ltd
+44 20 7946 0321 | 20 Eastbourne Terrace, London W2 6LG
"""))
m15.claims = [
    C(SY, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync      £329 per month per tenant"),
    C(VA, "price_per_tb", gbp(25, "TB-month", "excluded"), "conflict", "Meridian Vault     £25 per TB per month"),
    C(IN, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "Meridian Insight   £25 per user per month (beta; GA January 2027)"),
    C(IN, "general_availability", "2027-01", "ok", "Meridian Insight   £25 per user per month (beta; GA January 2027)"),
    C(VA, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default in our Frankfurt data centre."),
    C(VA, "data_centers", "Frankfurt", "ok", "Meridian Vault keeps backups for 90 days by default in our Frankfurt data centre."),
    C(IN, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries return in under 2 seconds on a 100-million-row workspace."),
    C(SY, "offline_mode", False, "ok", "Meridian Sync does not work offline; users need a connection to sync."),
]

# ---------------------------------------------------------------- m16 = mail/0017.eml tokyo -> customer (respectively, USD, 最安)
m16 = add(Msg("m16", when("2026-05-20 14:18:57", JST), "sato", ["kobayashi"], "3製品セットのご提案について",
              style="utf8-qp", mailer=OUTLOOK_JP, body="""小林様

お世話になっております。メリディアン・データの佐藤です。
先日の打ち合わせ、ありがとうございました。3製品セットのご提案書は、本日中に別途お送りいたします。

改めて料金を整理いたしますと、メリディアン シンク、メリディアン ボールト、メリディアン インサイトの月額料金は、それぞれ50,000円、1TBあたり2,800円、1ユーザーあたり4,000円（いずれも税抜）です。
なお、米国本社の価格表ではボールトは1TBあたり月額20米ドルとなっております。
ボールトは国内の法人向けバックアップサービスの中でも最安水準の料金です。

セット導入特典として、初年度のシンク月額料金を10%お値引きいたします（2026年6月30日ご契約分まで）。

ご検討のほど、よろしくお願いいたします。

""" + SIG_SATO))
M16_P = "メリディアン シンク、メリディアン ボールト、メリディアン インサイトの月額料金は、それぞれ50,000円、1TBあたり2,800円、1ユーザーあたり4,000円（いずれも税抜）です。"
m16.claims = [
    C(SY, "monthly_price", jpy(50000, "month"), "ok", M16_P),
    C(VA, "price_per_tb", jpy(2800, "TB-month"), "ok", M16_P),
    C(IN, "per_user_price", jpy(4000, "user-month"), "ok", M16_P),
    C(VA, "price_per_tb", usd(20, "TB-month"), "office-variant", "なお、米国本社の価格表ではボールトは1TBあたり月額20米ドルとなっております。"),
]
m16.findings = [F("phrase", "ボールトは国内の法人向けバックアップサービスの中でも最安水準の料金です。", rule="ja.cheapest")]

# ---------------------------------------------------------------- m17 = mail/0018.eml us-hq -> customer (GA slip, API, all three)
m17 = add(Msg("m17", when("2026-05-26 17:44:12", PDT), "priya", ["ana"], "Follow-ups from Friday's architecture review",
              style="gmail-alt", cc=["dana"], archive=True, lang="en", body="""Hi Ana,

Following up on the questions from Friday's architecture review. Your security review is our number one priority this week, so here is everything in one place.

1. Platforms. Meridian Sync runs on Windows, macOS, iOS and Android. There's no Linux client, so the dispatch terminals would need to go through the web app.

2. Limits. A Meridian Sync tenant takes up to 10,000 users and Meridian Vault up to 500 TB, so both have plenty of headroom for the combined company. Bayline plus Coastline comes to roughly 1,600 people and 260 TB.

3. Insight timeline. Meridian Insight goes GA in October 2026; until then you're on the beta, which already handles up to 200 dashboards per workspace.

4. API. Meridian Sync and Meridian Insight both allow 600 API requests per minute per tenant.

5. Keys. Meridian Vault encrypts at rest with AES-256. Meridian Sync and Meridian Insight use the same key service, so you'd have one key policy across all three products.

Happy to walk your security lead through any of this.

Priya

Priya Raman
Solutions Engineer, Meridian Data Inc.
+1 (415) 555-0193
"""))
M17_P = "Meridian Sync runs on Windows, macOS, iOS and Android."
M17_L = "A Meridian Sync tenant takes up to 10,000 users and Meridian Vault up to 500 TB"
M17_G = "Meridian Insight goes GA in October 2026; until then you're on the beta, which already handles up to 200 dashboards per workspace."
M17_A = "Meridian Sync and Meridian Insight both allow 600 API requests per minute per tenant."
m17.claims = [
    C(SY, "supported_platforms", "Windows", "ok", M17_P),
    C(SY, "supported_platforms", "macOS", "ok", M17_P),
    C(SY, "supported_platforms", "iOS", "ok", M17_P),
    C(SY, "supported_platforms", "Android", "ok", M17_P),
    C(SY, "max_users", 10000, "ok", M17_L),
    C(VA, "max_storage", TB(500), "ok", M17_L),
    C(IN, "general_availability", "2026-10", "conflict", M17_G),
    C(IN, "max_dashboards", 200, "ok", M17_G),
    C(SY, "api_rate_limit", 600, "unverified", M17_A),
    C(IN, "api_rate_limit", 600, "unverified", M17_A),
    C(VA, "encryption", "AES-256", "ok", "Meridian Vault encrypts at rest with AES-256."),
]

# ---------------------------------------------------------------- m18 = mail/0019.eml london -> customer (forwarded us-hq note)
m18 = add(Msg("m18", when("2026-06-02 10:12:48", BST), "fiona", ["rachel"], "Fwd: Vault hosting for EU/UK accounts",
              style="utf8-qp", lang="en", cc=["oliver"], body="""Hi Rachel,

As promised, I'm forwarding Dana's note from our San Francisco team on where the backups live. The short version: Meridian Vault data for UK customers stays in our Frankfurt data centre.

One correction to Dana's note: the default retention on Meridian Vault is 90 days, not 30.

Best wishes,
Fiona

---------- Forwarded message ---------
From: Dana Whitfield <dana.whitfield@meridian-data.com>
Date: Fri, 29 May 2026 at 18:02
Subject: Vault hosting for EU/UK accounts
To: Fiona McAllister <fiona.mcallister@uk.meridian-data.com>


Fiona,

Quick summary for your building society deal. Meridian Vault runs in Tokyo, Osaka, Oregon and Frankfurt; UK tenants are placed in Frankfurt by default. Meridian Vault keeps 30 days of backups by default.

Dana
"""))
M18_F = "Meridian Vault runs in Tokyo, Osaka, Oregon and Frankfurt; UK tenants are placed in Frankfurt by default."
m18.claims = [
    C(VA, "data_centers", "Frankfurt", "ok", "The short version: Meridian Vault data for UK customers stays in our Frankfurt data centre."),
    C(VA, "retention", dur(90, "days"), "ok", "One correction to Dana's note: the default retention on Meridian Vault is 90 days, not 30."),
    C(VA, "data_centers", "Tokyo", "ok", M18_F, True, "us-hq"),
    C(VA, "data_centers", "Osaka", "ok", M18_F, True, "us-hq"),
    C(VA, "data_centers", "Oregon", "ok", M18_F, True, "us-hq"),
    C(VA, "data_centers", "Frankfurt", "ok", M18_F, True, "us-hq"),
    C(VA, "retention", dur(30, "days"), "conflict", "Meridian Vault keeps 30 days of backups by default.", True, "us-hq"),
]

# ---------------------------------------------------------------- m19 = mail/0020.eml partner -> tokyo (osaka mail attached)
m19_inner = Msg("m19-inner", when("2026-06-05 18:40:03", JST), "nakamura", ["mori"], "阪神機工様 お見積りの前提について",
                style="utf8-b64", mailer=OUTLOOK_JP, body="""森様

いつもお世話になっております。メリディアン・データ大阪オフィスの中村です。
阪神機工様向けのお見積りの件、承知いたしました。

メリディアン シンクは1ユーザーあたり2TBのストレージをご利用いただけます。
メリディアン ボールトの標準保持期間は90日間、RPOは15分です。

見積書は6月12日（金）までにお送りします。

""" + SIG_NAKAMURA)
m19 = add(Msg("m19", when("2026-06-10 11:20:36", JST), "mori", ["takahashi"], "シンクのストレージ容量について（確認）",
              style="mixed-rfc822", mailer=OUTLOOK_JP, attach=m19_inner, archive=True, body="""メリディアン・データ
高橋様

お世話になっております。東和システムの森です。
先日、大阪オフィスの中村様から頂いたメールを添付いたします。
3月の勉強会資料では、メリディアン シンクは1ユーザーあたり1TBと伺っております。
中村様のメールとどちらが正しいかご確認いただけますでしょうか。

よろしくお願いいたします。

森 浩二
東和システム株式会社 ソリューション営業部
TEL 03-5789-2210
"""))
m19.claims = [
    C(SY, "storage_per_user", TB(1), "ok", "3月の勉強会資料では、メリディアン シンクは1ユーザーあたり1TBと伺っております。"),
    C(SY, "storage_per_user", TB(2), "conflict", "メリディアン シンクは1ユーザーあたり2TBのストレージをご利用いただけます。", True, "osaka"),
    C(VA, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準保持期間は90日間、RPOは15分です。", True, "osaka"),
    C(VA, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトの標準保持期間は90日間、RPOは15分です。", True, "osaka"),
]

# ---------------------------------------------------------------- m20 = mail/0021.eml tokyo -> partner (answer)
m20 = add(Msg("m20", when("2026-06-11 09:08:19", JST), "takahashi", ["mori"], "Re: シンクのストレージ容量について（確認）",
              style="iso2022", mailer=THUNDERBIRD, in_reply_to=m19, archive=True, body="""森様

お世話になっております。メリディアン・データの高橋です。

ご確認ありがとうございます。勉強会資料のとおり、メリディアン シンクのストレージ容量は1ユーザーあたり1TBが正しい値です。
中村からのメールの「2TB」は誤りで、大阪オフィスにも訂正を依頼いたしました。

あわせて、メリディアン ボールトの保持期間（標準90日間）とRPO（15分）は中村のメールのとおりで問題ございません。

""" + SIG_TAKAHASHI + """
2026年6月10日(水) 11:20 森 浩二 <k.mori@towa-sys.co.jp>:
> メリディアン・データ
> 高橋様
>
> お世話になっております。東和システムの森です。
> 先日、大阪オフィスの中村様から頂いたメールを添付いたします。
> 3月の勉強会資料では、メリディアン シンクは1ユーザーあたり1TBと伺っております。
> 中村様のメールとどちらが正しいかご確認いただけますでしょうか。
"""))
M20_V = "あわせて、メリディアン ボールトの保持期間（標準90日間）とRPO（15分）は中村のメールのとおりで問題ございません。"
m20.claims = [
    C(SY, "storage_per_user", TB(1), "ok", "勉強会資料のとおり、メリディアン シンクのストレージ容量は1ユーザーあたり1TBが正しい値です。"),
    C(VA, "retention", dur(90, "days"), "ok", M20_V),
    C(VA, "rpo", dur(15, "minutes"), "ok", M20_V),
    C(SY, "storage_per_user", TB(1), "ok", "3月の勉強会資料では、メリディアン シンクは1ユーザーあたり1TBと伺っております。", True, "unknown"),
]

# ---------------------------------------------------------------- m21 = mail/0022.eml osaka -> customer (both 99.95%, 絶対)
m21 = add(Msg("m21", when("2026-06-15 16:27:33", JST), "nakamura", ["okada"], "御見積書送付のご案内（MD-OSK-2606-118）",
              style="iso2022", mailer=OUTLOOK_JP, archive=True, body="""阪神機工株式会社
総務部 岡田様

いつもお世話になっております。メリディアン・データ大阪オフィスの中村でございます。
ご依頼の御見積書（No. MD-OSK-2606-118）を別送いたしました。

見積の前提を改めてご案内いたします。
・メリディアン シンク：1ユーザーあたり1TBのストレージ（一部資料で2TBと記載しておりましたが誤りです）
・メリディアン ボールト：標準保持期間90日間、データセンターは大阪
・シンク・ボールトとも稼働率は99.95%です
・ボールトに保存したデータが失われることは絶対にございません

ご検討のほど、何卒よろしくお願い申し上げます。

""" + SIG_NAKAMURA))
M21_V = "・メリディアン ボールト：標準保持期間90日間、データセンターは大阪"
m21.claims = [
    C(SY, "storage_per_user", TB(1), "ok", "・メリディアン シンク：1ユーザーあたり1TBのストレージ（一部資料で2TBと記載しておりましたが誤りです）"),
    C(VA, "retention", dur(90, "days"), "ok", M21_V),
    C(VA, "data_centers", "Osaka", "ok", M21_V),
    C(SY, "sla", 99.95, "conflict", "・シンク・ボールトとも稼働率は99.95%です"),
    C(VA, "sla", 99.95, "ok", "・シンク・ボールトとも稼働率は99.95%です"),
]
m21.findings = [F("phrase", "・ボールトに保存したデータが失われることは絶対にございません", rule="ja.absolute")]

# ---------------------------------------------------------------- m22 = mail/0023.eml london -> customer (board one-liner)
m22 = add(Msg("m22", when("2026-06-30 17:55:02", BST), "oliver", ["rachel"], "Availability wording for your board pack",
              style="cp1252-alt", mailer=OUTLOOK, archive=True, lang="en", body="""Hi Rachel,

Quick one before your board meeting on 7 July. You asked for a one-liner on availability for the board pack:

"Meridian Sync is backed by a 99.9% monthly uptime SLA and Meridian Vault by 99.95%, each with service credits under Schedule 3."

If the board wants a comparison, Meridian Vault's restore speeds are industry-leading in the independent test we discussed [1].

[1] Source: Halvorsen Labs, Backup Restore Benchmark 2026, p. 14.

Regards,
Oliver

Oliver Hartley
Enterprise Account Manager
Meridian Data Ltd
Tel: +44 20 7946 0321 | Mob: +44 7700 900 456
"""))
M22_S = "Meridian Sync is backed by a 99.9% monthly uptime SLA and Meridian Vault by 99.95%, each with service credits under Schedule 3."
m22.claims = [C(SY, "sla", 99.9, "ok", M22_S), C(VA, "sla", 99.95, "ok", M22_S)]

# ---------------------------------------------------------------- m23 = mail/0024.eml tokyo -> customer (stale 5,000; Insight retention)
m23 = add(Msg("m23", when("2026-07-08 10:31:45", JST), "sato", ["kobayashi"], "ご利用開始手順のご案内",
              style="utf8-b64", mailer=OUTLOOK_JP, body="""小林様

いつもお世話になっております。メリディアン・データの佐藤です。
7月1日付でご契約いただきましたメリディアン シンク（320ライセンス）とメリディアン ボールト（初期60TB）の利用開始手順をお送りいたします。

念のため仕様を再掲いたします。
メリディアン シンクは最大5,000ユーザーまで1テナントでご利用いただけますので、グループ会社の追加にも対応可能です。
メリディアン インサイトは2027年1月に一般提供開始予定で、正式版ではデータを90日間保持いたします。

オンボーディング説明会は7月14日（火）10時から、オンラインで実施いたします。
接続先URLは前日にお送りします。

""" + SIG_SATO))
M23_I = "メリディアン インサイトは2027年1月に一般提供開始予定で、正式版ではデータを90日間保持いたします。"
m23.claims = [
    C(SY, "max_users", 5000, "stale", "メリディアン シンクは最大5,000ユーザーまで1テナントでご利用いただけますので、グループ会社の追加にも対応可能です。"),
    C(IN, "general_availability", "2027-01", "ok", M23_I),
    C(IN, "retention", dur(90, "days"), "unverified", M23_I),
]


# ================================================================== documents
DOCS = []


def doc(path, text, claims=(), findings=(), labelled=True):
    DOCS.append((path, text, list(claims), list(findings), labelled))


D1 = """# 北風運輸株式会社様 ご提案書
## メリディアン 3製品による情報基盤刷新のご提案

作成日：2026年11月16日
メリディアン・データ株式会社 東京オフィス 営業部

## 1. ご提案の概要

本提案は、メリディアン シンク（ファイル共有）、メリディアン ボールト（バックアップ）、メリディアン インサイト（分析）の3製品を組み合わせ、御社全拠点（本社および物流センター12か所）の情報基盤を刷新するものです。
現行のファイルサーバー4台とテープバックアップは、2027年3月末を目途に段階的に廃止いたします。

## 2. 製品比較

表1　3製品の主な仕様（金額はすべて税抜）

| 項目 | メリディアン シンク | メリディアン ボールト | メリディアン インサイト |
|---|---|---|---|
| 料金 | 月額50,000円 | 1TBあたり月額2,800円 | 1ユーザーあたり月額4,000円 |
| 稼働率（SLA） | 99.9% | 99.95% | 99.9% |
| 容量 | 1ユーザーあたり1TB | 1テナントあたり最大500TB | ― |
| 利用者数の上限 | 最大10,000ユーザー | ― | ― |
| ダッシュボード数 | ― | ― | 最大200個 |
| 無料トライアル | ― | ― | 30日間 |
| 一般提供 | 提供中 | 提供中 | 2027年1月予定 |

## 3. 可用性

メリディアン シンクとメリディアン ボールトの稼働率は、それぞれ99.9%、99.95%です。
いずれも月間の稼働率で、下回った場合はサービスクレジットにて返金いたします。

なお、メリディアン インサイトのクエリ応答時間は最大2秒、ダッシュボードは最大500個まで作成可能です。

## 4. セキュリティ

メリディアン シンクとメリディアン ボールトは、いずれも保存データをAES-256で暗号化しています。
メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しています。
メリディアン ボールトのデータセンターは東京と大阪の2拠点で、御社のデータが国外に保管されることはございません。

## 5. 導入実績

メリディアン シンクは法人向けファイル共有サービスで国内シェアNo.1※です。

※2026年9月 東京マーケットリサーチ調べ（国内法人向けファイル共有市場、出荷金額ベース）

## 6. お見積り概算

表2　お見積り概算（月額・税抜）

| 製品 | 単価 | 数量 | 月額小計 |
|---|---|---|---|
| メリディアン シンク | 月額50,000円 | 1テナント | 50,000円 |
| メリディアン ボールト | 1TBあたり月額2,800円 | 80TB | 224,000円 |
| メリディアン インサイト | 1ユーザーあたり月額4,000円 | 35ユーザー | 140,000円 |
| 合計 | | | 414,000円 |

3製品セットでのご契約の場合、初年度の合計金額から8%をお値引きいたします。

## 7. トライアル

メリディアン インサイトとメリディアン ボールトは、いずれも30日間の無料トライアルをご利用いただけます。
トライアル期間中のデータは、本契約へそのまま引き継ぐことができます。

以上
"""
D1_SLA = "メリディアン シンクとメリディアン ボールトの稼働率は、それぞれ99.9%、99.95%です。"
D1_ENC = "メリディアン シンクとメリディアン ボールトは、いずれも保存データをAES-256で暗号化しています。"
D1_CERT = "メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しています。"
D1_DC = "メリディアン ボールトのデータセンターは東京と大阪の2拠点で、御社のデータが国外に保管されることはございません。"
D1_LAT = "なお、メリディアン インサイトのクエリ応答時間は最大2秒、ダッシュボードは最大500個まで作成可能です。"
D1_TR = "メリディアン インサイトとメリディアン ボールトは、いずれも30日間の無料トライアルをご利用いただけます。"
doc("docs/tokyo/teian-kitakaze-unyu-3seihin.md", D1, [
    C(SY, "monthly_price", jpy(50000, "month"), "ok", "| 料金 | 月額50,000円 | 1TBあたり月額2,800円 | 1ユーザーあたり月額4,000円 |"),
    C(VA, "price_per_tb", jpy(2800, "TB-month"), "ok", "| 料金 | 月額50,000円 | 1TBあたり月額2,800円 | 1ユーザーあたり月額4,000円 |"),
    C(IN, "per_user_price", jpy(4000, "user-month"), "ok", "| 料金 | 月額50,000円 | 1TBあたり月額2,800円 | 1ユーザーあたり月額4,000円 |"),
    C(SY, "sla", 99.9, "ok", "| 稼働率（SLA） | 99.9% | 99.95% | 99.9% |"),
    C(VA, "sla", 99.95, "ok", "| 稼働率（SLA） | 99.9% | 99.95% | 99.9% |"),
    C(IN, "sla", 99.9, "unverified", "| 稼働率（SLA） | 99.9% | 99.95% | 99.9% |"),
    C(SY, "storage_per_user", TB(1), "ok", "| 容量 | 1ユーザーあたり1TB | 1テナントあたり最大500TB | ― |"),
    C(VA, "max_storage", TB(500), "ok", "| 容量 | 1ユーザーあたり1TB | 1テナントあたり最大500TB | ― |"),
    C(SY, "max_users", 10000, "ok", "| 利用者数の上限 | 最大10,000ユーザー | ― | ― |"),
    C(IN, "max_dashboards", 200, "ok", "| ダッシュボード数 | ― | ― | 最大200個 |"),
    C(IN, "free_trial", dur(30, "days"), "ok", "| 無料トライアル | ― | ― | 30日間 |"),
    C(IN, "general_availability", "2027-01", "ok", "| 一般提供 | 提供中 | 提供中 | 2027年1月予定 |"),
    C(IN, "query_latency", dur(2, "seconds"), "ok", D1_LAT),
    C(IN, "max_dashboards", 500, "conflict", D1_LAT),
    C(SY, "encryption", "AES-256", "unverified", D1_ENC),
    C(VA, "encryption", "AES-256", "ok", D1_ENC),
    C(SY, "certifications", "ISO 27001", "ok", D1_CERT),
    C(SY, "certifications", "SOC 2 Type II", "ok", D1_CERT),
    C(VA, "data_centers", "Tokyo", "ok", D1_DC),
    C(VA, "data_centers", "Osaka", "ok", D1_DC),
    C(VA, "free_trial", dur(30, "days"), "unverified", D1_TR),
])

D2 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Proposal: secure file sharing and backup for Ashgrove Building Society</title>
<style>
 body { font-family: Arial, sans-serif; max-width: 52em; margin: 2em auto; }
 table { border-collapse: collapse; margin: 1em 0; }
 td, th { border: 1px solid #999; padding: .3em .6em; text-align: left; vertical-align: top; }
 caption { font-weight: bold; text-align: left; padding-bottom: .4em; }
</style>
</head>
<body>
<h1>Proposal: secure file sharing and backup for Ashgrove Building Society</h1>
<p>Prepared by Meridian Data Ltd, London &middot; 9 November 2026 &middot; Ref. MD-UK-2026-0412 rev C</p>

<h2>1. Summary</h2>
<p>Ashgrove's 2,300 colleagues across 41 branches will share files on Meridian Sync, and every core system will be backed up by Meridian Vault. Both services are run by Meridian Data Ltd under the Master Services Agreement signed on 14 April 2026.</p>

<h2>2. Service comparison</h2>
<table>
<caption>Table 1. Meridian Sync and Meridian Vault at a glance (prices in GBP, excluding VAT)</caption>
<tr><th>Area</th><th>Meridian Sync</th><th>Meridian Vault</th></tr>
<tr><td>List price</td><td>&pound;329 per month</td><td>&pound;16 per TB per month</td></tr>
<tr><td>Availability SLA</td><td>99.9%</td><td>99.95%</td></tr>
<tr><td>Encryption at rest</td><td colspan="2">AES-256 (both products)</td></tr>
<tr><td>Certifications</td><td>ISO 27001, SOC 2 Type II</td><td>ISO 27001</td></tr>
<tr><td>Capacity</td><td>1 TB per user</td><td>up to 500 TB per tenant</td></tr>
<tr><td>Hosting</td><td colspan="2">Frankfurt data centre (both products)</td></tr>
</table>

<h2>3. How the two services work together</h2>
<ul>
<li>Meridian Vault retains backups for <del>30 days</del> 90 days by default, and longer retention can be bought per policy.</li>
<li>Deleted files in Meridian Sync are kept for 30 days in the recycle bin.</li>
<li>Meridian Sync has no offline mode, so branch staff need connectivity to open shared files.</li>
<li>Ashgrove will protect around 210 TB in Meridian Vault in year one, growing to roughly 300 TB by 2029.</li>
</ul>
<p>With Meridian Vault in place, Ashgrove will never lose a day's work again.</p>

<h2>4. Optional: Meridian Insight</h2>
<table>
<caption>Table 2. Meridian Insight pilot (GBP, excluding VAT)</caption>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td rowspan="3">Meridian Insight</td><td>&pound;25 per user per month after general availability in January 2027</td></tr>
<tr><td>Free trial: 30 days for up to 15 analysts in Finance and Risk</td></tr>
<tr><td>Queries return in under 2 seconds on typical branch-reporting workloads</td></tr>
</table>

<h2>5. Commercials</h2>
<p>For a three-year commitment signed before 19 December 2026 we will waive the onboarding fee of &pound;4,500. Payment terms are 30 days from invoice.</p>

<hr>
<p><small>Meridian Data Ltd, registered in England and Wales No. 10874523. 20 Eastbourne Terrace, London W2 6LG. VAT GB 294 3187 62.</small></p>
</body>
</html>
"""
doc("docs/london/proposal-ashgrove-building-society.html", D2, [
    C(SY, "monthly_price", gbp(329, "month", "excluded"), "ok", "£329 per month"),
    C(VA, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "£16 per TB per month"),
    C(SY, "sla", 99.9, "ok", "Availability SLA | 99.9%"),
    C(VA, "sla", 99.95, "ok", "Availability SLA | 99.95%"),
    C(SY, "encryption", "AES-256", "unverified", "Encryption at rest | AES-256 (both products)"),
    C(VA, "encryption", "AES-256", "ok", "Encryption at rest | AES-256 (both products)"),
    C(SY, "certifications", "ISO 27001", "ok", "Certifications | ISO 27001, SOC 2 Type II"),
    C(SY, "certifications", "SOC 2 Type II", "ok", "Certifications | ISO 27001, SOC 2 Type II"),
    C(VA, "certifications", "ISO 27001", "unverified", "Certifications | ISO 27001"),
    C(SY, "storage_per_user", TB(1), "ok", "1 TB per user"),
    C(VA, "max_storage", TB(500), "ok", "up to 500 TB per tenant"),
    C(SY, "data_centers", "Frankfurt", "unverified", "Hosting | Frankfurt data centre (both products)"),
    C(VA, "data_centers", "Frankfurt", "ok", "Hosting | Frankfurt data centre (both products)"),
    C(VA, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 30 days 90 days by default"),
    C(SY, "retention", dur(30, "days"), "unverified", "Deleted files in Meridian Sync are kept for 30 days in the recycle bin."),
    C(SY, "offline_mode", False, "ok", "Meridian Sync has no offline mode, so branch staff need connectivity to open shared files."),
    C(IN, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "£25 per user per month after general availability in January 2027"),
    C(IN, "general_availability", "2027-01", "ok", "£25 per user per month after general availability in January 2027"),
    C(IN, "free_trial", dur(30, "days"), "ok", "Free trial: 30 days for up to 15 analysts in Finance and Risk"),
    C(IN, "query_latency", dur(2, "seconds"), "ok", "Queries return in under 2 seconds on typical branch-reporting workloads"),
], [F("phrase", "With Meridian Vault in place, Ashgrove will never lose a day's work again.", rule="en.guarantee")])

D3 = """# Meridian platform: product comparison sheet

_For account teams and customers. Prices are US list prices in USD, before any deal discount. Updated November 2026._

## At a glance

| Product | Price | Availability SLA | Key limit | Encryption at rest |
|---|---|---|---|---|
| Meridian Sync | $399 per month | 99.9% | 10,000 users per tenant | AES-256 |
| Meridian Vault | $20 per TB per month | 99.95% | 500 TB per tenant | AES-256 |
| Meridian Insight | $30 per user per month | 99.95% | 200 dashboards per workspace | AES-256 |

Meridian Sync and Meridian Vault list at $399 per month and $20 per TB per month respectively; Meridian Insight is $30 per user per month.

## What all three share

- All three products are ISO 27001 certified and covered by our SOC 2 Type II report.
- Support tickets on all three products get a first response within 4 business hours.
- For US tenants, data for all three products is hosted in Oregon.

## Product notes

**Sync.** Meridian Sync runs on Windows, macOS, iOS and Android; Linux desktops are not supported. Customers still on the old desktop client can follow the upgrade guide at https://docs.meridian-data.com/MeridianFileSync/upgrade-guide before the client is retired.

**Vault.** Meridian Vault keeps 90 days of backups by default and restores to within 15 minutes of the incident (RPO).

**Insight.** Meridian Insight is in public beta and becomes generally available in January 2027; a 30-day free trial is open now. Meridian Insight is the #1 rated analytics add-on for mid-market teams.[^1]

<!-- onevoice-disable-next-line en.guarantee -->
Customers on legacy plans keep a guaranteed renewal price until their next renewal.

Questions: sales-engineering@meridian-data.com or +1 (415) 555-0100.

[^1]: Source: G2 Grid Report for Embedded Analytics, Fall 2026, mid-market segment.
"""
D3_S = "| Meridian Sync | $399 per month | 99.9% | 10,000 users per tenant | AES-256 |"
D3_V = "| Meridian Vault | $20 per TB per month | 99.95% | 500 TB per tenant | AES-256 |"
D3_I = "| Meridian Insight | $30 per user per month | 99.95% | 200 dashboards per workspace | AES-256 |"
D3_CERT = "All three products are ISO 27001 certified and covered by our SOC 2 Type II report."
D3_SUP = "Support tickets on all three products get a first response within 4 business hours."
D3_DC = "For US tenants, data for all three products is hosted in Oregon."
D3_P = "Meridian Sync runs on Windows, macOS, iOS and Android; Linux desktops are not supported."
D3_V2 = "Meridian Vault keeps 90 days of backups by default and restores to within 15 minutes of the incident (RPO)."
D3_I2 = "Meridian Insight is in public beta and becomes generally available in January 2027; a 30-day free trial is open now."
d3 = [
    C(SY, "monthly_price", usd(399, "month"), "ok", D3_S),
    C(SY, "sla", 99.9, "ok", D3_S),
    C(SY, "max_users", 10000, "ok", D3_S),
    C(SY, "encryption", "AES-256", "unverified", D3_S),
    C(VA, "price_per_tb", usd(20, "TB-month"), "ok", D3_V),
    C(VA, "sla", 99.95, "ok", D3_V),
    C(VA, "max_storage", TB(500), "ok", D3_V),
    C(VA, "encryption", "AES-256", "ok", D3_V),
    C(IN, "per_user_price", usd(30, "user-month"), "ok", D3_I),
    C(IN, "sla", 99.95, "unverified", D3_I),
    C(IN, "max_dashboards", 200, "ok", D3_I),
    C(IN, "encryption", "AES-256", "unverified", D3_I),
]
for prod, verdicts in ((SY, ("ok", "ok")), (VA, ("unverified", "unverified")), (IN, ("unverified", "unverified"))):
    d3 += [C(prod, "certifications", "ISO 27001", verdicts[0], D3_CERT),
           C(prod, "certifications", "SOC 2 Type II", verdicts[1], D3_CERT)]
for prod in (SY, VA, IN):
    d3.append(C(prod, "support_response_time", dur(4, "hours"), "unverified", D3_SUP))
d3 += [C(SY, "data_centers", "Oregon", "unverified", D3_DC), C(VA, "data_centers", "Oregon", "ok", D3_DC),
       C(IN, "data_centers", "Oregon", "unverified", D3_DC)]
d3 += [C(SY, "supported_platforms", p, "ok", D3_P) for p in ("Windows", "macOS", "iOS", "Android")]
d3 += [C(VA, "retention", dur(90, "days"), "ok", D3_V2), C(VA, "rpo", dur(15, "minutes"), "ok", D3_V2),
       C(IN, "general_availability", "2027-01", "ok", D3_I2), C(IN, "free_trial", dur(30, "days"), "ok", D3_I2)]
doc("docs/us-hq/comparison-sheet-meridian-platform.md", D3, d3)

D4 = """                                御 見 積 書

阪神機工株式会社 御中
見積番号: MD-OSK-2611-204
発行日  : 2026年11月18日
有効期限: 2026年12月18日

メリディアン・データ株式会社 大阪オフィス
〒530-0001 大阪府大阪市北区梅田3-4-5 梅田スクエア11F
TEL 06-6345-7712  FAX 06-6345-7713
担当: 中村 大輔

件名: メリディアン シンク／メリディアン ボールト／メリディアン インサイト 年間ご利用料金

下記のとおり御見積申し上げます。

【明細】（単価は税抜）
No.  品名                      単価                          数量         月額金額
1    メリディアン シンク        月額 50,000円                 1式          50,000円
2    メリディアン ボールト      1TBあたり月額 2,800円         60TB        168,000円
3    メリディアン インサイト    1ユーザーあたり月額 4,000円   25ユーザー  100,000円
                                                              月額小計    318,000円
                                                              年額(12か月) 3,816,000円
                                                              消費税(10%)   381,600円
                                                              年額合計(税込) 4,197,600円

【備考】
1. 税込単価は、シンクが月額55,000円、ボールトが1TBあたり月額3,080円、メリディアン インサイトが1ユーザーあたり月額4,000円です。
2. メリディアン ボールトの保存容量は1テナントあたり最大500TBです。本見積は60TBで算出しております。
3. メリディアン インサイトは2027年1月の一般提供開始までベータ版としてご提供し、ベータ期間中の利用料は無償です。
4. シンクは2026年4月以降、最大10,000ユーザーまでご利用いただけます（それ以前は最大5,000ユーザー）。
5. 関西圏の製造業向けバックアップとしては業界最安の価格帯です。
6. お支払いは年額一括、請求書発行月の翌月末日までにお振込みください。

以上
"""
D4_T = "1. 税込単価は、シンクが月額55,000円、ボールトが1TBあたり月額3,080円、メリディアン インサイトが1ユーザーあたり月額4,000円です。"
D4_U = "4. シンクは2026年4月以降、最大10,000ユーザーまでご利用いただけます（それ以前は最大5,000ユーザー）。"
doc("docs/osaka/mitsumori-hanshin-kiko-2026-11.txt", D4, [
    C(SY, "monthly_price", jpy(50000, "month"), "ok", "1    メリディアン シンク        月額 50,000円"),
    C(VA, "price_per_tb", jpy(2800, "TB-month"), "ok", "2    メリディアン ボールト      1TBあたり月額 2,800円"),
    C(IN, "per_user_price", jpy(4000, "user-month"), "ok", "3    メリディアン インサイト    1ユーザーあたり月額 4,000円"),
    C(SY, "monthly_price", jpy(55000, "month", "included"), "ok", D4_T),
    C(VA, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", D4_T),
    C(IN, "per_user_price", jpy(4000, "user-month", "included"), "conflict", D4_T),
    C(VA, "max_storage", TB(500), "ok", "2. メリディアン ボールトの保存容量は1テナントあたり最大500TBです。"),
    C(IN, "general_availability", "2027-01", "ok", "3. メリディアン インサイトは2027年1月の一般提供開始までベータ版としてご提供し、ベータ期間中の利用料は無償です。"),
    C(SY, "max_users", 10000, "ok", D4_U),
    C(SY, "max_users", 5000, "ok", D4_U),
], [F("phrase", "5. 関西圏の製造業向けバックアップとしては業界最安の価格帯です。", rule="ja.cheapest")])

D5 = """# 【下書き・社内確認中】北風運輸様 追加提案（ボールト容量増設）

※営業部長レビュー前のため、社外送付不可

- メリディアン ボールトは1テナントあたり最大2PBまで拡張できます（要確認）
- メリディアン シンクはLinuxにも対応しています（要確認）
- 業界No.1のバックアップ速度（出典未確認）

TODO: 価格は大阪オフィスの見積と揃えること
"""
doc("docs/tokyo/drafts/teian-draft-kitakaze-vault-zousetsu.md", D5, labelled=False)


# ================================================================== writing
def decoded_text(raw):
    """All text/* parts and attached messages, decoded (for checking that excerpts exist)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = re.sub(r"<[^>]+>", " ", t).replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            out.append(t)
    return "\n".join(out)


def mboxrd(msgs):
    out = []
    for m in sorted(msgs, key=lambda m: m.date):
        u = m.date.astimezone(dt.timezone.utc)
        out.append("From %s %s %s %2d %s" % (P[m.sender][1], u.strftime("%a"), u.strftime("%b"), u.day,
                                                u.strftime("%H:%M:%S %Y")))
        for line in m.raw.replace("\r\n", "\n").rstrip("\n").split("\n"):
            out.append(">" + line if re.match(r"^>*From ", line) else line)
        out.append("")
    return ("\n".join(out) + "\n").encode("ascii")


def value_norm(v):
    """Comparable value for cross-office (money: JPY tax-included brought back to base)."""
    if isinstance(v, dict) and "currency" in v:
        a = v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
        return ("money", round(a, 6), v["currency"], v["per"])
    if isinstance(v, dict) and "unit" in v:
        sec = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur", v["amount"] * sec)
    return ("v", v)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(archive_msgs):
    rows = []
    for m in archive_msgs:
        for c in m.claims:
            office = c.office or m.office
            if office == "unknown" or c.attribute in SET_ATTRS or c.verdict == "unverified":
                continue
            rows.append((c.product, c.attribute, office, m.date.date(), value_norm(c.value), c.value,
                         c.verdict in ("ok", "office-variant"), m))
    found = {}
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a[0:2] != b[0:2] or a[2] == b[2] or abs((a[3] - b[3]).days) > 45:
                continue
            va, vb = a[4], b[4]
            if va[0] == "money" and va[2:] != vb[2:]:
                continue                           # other currency or billing unit: not comparable
            if va == vb or (a[6] and b[6]):
                continue                           # same value, or both right at their own dates
            offs = tuple(sorted((a[2], b[2])))
            rec = found.setdefault((a[0], a[1], offs), {"values": {}, "files": set()})
            for x in (a, b):
                if not x[6] or not rec["values"].get(x[2]):
                    rec["values"].setdefault(x[2], x[5])
                rec["files"].add(x[7].file)
    return found


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    msgs = sorted(M.values(), key=lambda m: m.date)
    for n, m in enumerate(msgs, 1):
        m.file = "mail/%04d.eml" % n
        m.raw = m.render()
        with open(os.path.join(ROOT, m.file), "wb") as fh:
            fh.write(m.raw.encode("ascii"))
    archive = [m for m in msgs if m.archive]
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        fh.write(mboxrd(archive))

    lines, problems = [], []

    def claim_line(file, mid, as_of, office, c):
        return {"type": "claim", "file": file, "message_id": mid, "product": c.product, "attribute": c.attribute,
                "value": c.value, "verdict": c.verdict, "quoted": c.quoted, "office": c.office or office,
                "as_of": as_of, "text": c.text}

    def finding_line(file, mid, f):
        return {"type": "finding", "file": file, "message_id": mid, "kind": f.kind, "rule": f.rule,
                "product": f.product, "quoted": f.quoted, "text": f.text}

    for m in msgs:
        text = decoded_text(m.raw.encode("ascii"))
        norm = lambda s: re.sub(r"\s+", " ", s)
        seen = set()
        for c in m.claims + m.findings:
            if norm(c.text) not in norm(text):
                problems.append("%s: excerpt not found: %s" % (m.file, c.text))
        for files in ([m.file, "mail/archive.mbox"] if m.archive else [m.file]):
            for c in m.claims:
                k = (c.product, c.attribute, json.dumps(value_norm(c.value)), c.quoted, c.office or m.office)
                if k in seen and files == m.file:
                    problems.append("%s: duplicate claim %s" % (m.file, k))
                seen.add(k)
                lines.append(claim_line(files, m.msgid, m.date.date().isoformat(), m.office, c))
            for f in m.findings:
                lines.append(finding_line(files, m.msgid, f))

    os.makedirs(os.path.join(ROOT, "docs"))
    for path, text, claims, findings, labelled in DOCS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        office = path.split("/")[1]
        flat = re.sub(r"<[^>]+>", " | ", text).replace("&pound;", "£")
        for c in claims + findings:
            probe = [p for p in re.split(r"\s*\|\s*", c.text) if p.strip()]
            flat2 = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text).replace("&pound;", "£"))
            if not all(re.sub(r"\s+", " ", p) in re.sub(r"\s+", " ", flat) for p in probe) and \
                    re.sub(r"\s+", " ", c.text) not in flat2:
                problems.append("%s: excerpt not found: %s" % (path, c.text))
        for c in claims:
            lines.append(claim_line(path, None, DOC_DATE, office, c))
        for f in findings:
            lines.append(finding_line(path, None, f))

    xo = cross_office(archive)
    for (prod, attr, offs), rec in sorted(xo.items()):
        lines.append({"type": "cross-office", "product": prod, "attribute": attr, "offices": list(offs),
                      "file": "mail/archive.mbox", "message_files": sorted(rec["files"]),
                      "values": {k: rec["values"][k] for k in offs}})
    got = sorted((p, a, ",".join(o)) for p, a, o in xo)
    if got != sorted(EXPECTED_CROSS_OFFICE):
        problems.append("cross-office cases differ from the intended list: %s" % got)

    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(ONEVOICE_YAML)
    for p in problems:
        print("PROBLEM:", p)
    print("wrote %d messages (%d in archive.mbox), %d documents, %d expected lines (%d cross-office)"
          % (len(msgs), len(archive), len(DOCS), len(lines), len(xo)))
    return 1 if problems else 0


EXPECTED_CROSS_OFFICE = [
    (SY, "sla", "london,osaka"), (SY, "sla", "london,us-hq"), (SY, "sla", "tokyo,us-hq"),
    (VA, "sla", "london,tokyo"), (VA, "sla", "london,us-hq"), (VA, "sla", "tokyo,us-hq"),
    (IN, "general_availability", "london,us-hq"), (IN, "general_availability", "osaka,us-hq"),
    (SY, "storage_per_user", "osaka,tokyo"),
]

ONEVOICE_YAML = """# onevoice configuration for evaluation set 74 (SPEC section 6).
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
    raise SystemExit(main())
