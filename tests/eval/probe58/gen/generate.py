#!/usr/bin/env python3
"""Generate evaluation set 58 (Meridian Data): non-native writers, slips, MT passages.

python3 gen/generate.py   -> rewrites mail/, docs/, .onevoice.yaml, expected.jsonl
Stdlib only, deterministic (no clock, no randomness).
"""
import base64, datetime as dt, gzip, html, json, os, quopri, re, shutil, unicodedata
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12


def M(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def D(amount, unit):
    return {"amount": amount, "unit": unit}


def OFFICE(addr):
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


# ------------------------------------------------------------------ MIME building
def enc_header(text, charset):
    """An unstructured header value: ASCII as is, else RFC 2047 B encoded words."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "iso-2022-jp" if charset == "iso-2022-jp" else "utf-8").encode()


def enc_addr(name, addr, charset):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, addr) if any(c in name for c in ",.()") else "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, charset), addr)


CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
         "windows-1252": "cp1252", "us-ascii": "ascii"}


def body_bytes(text, charset, cte):
    """-> (Content-Transfer-Encoding value, encoded body with \\n line ends)."""
    raw = text.encode(CODEC[charset])
    if cte == "base64":
        crlf = raw.replace(b"\n", b"\r\n")
        return "base64", base64.encodebytes(crlf).decode("ascii")
    if cte == "quoted-printable":
        return "quoted-printable", quopri.encodestring(raw).decode("ascii")
    return cte, raw.decode(CODEC[charset]) if charset != "iso-2022-jp" else raw.decode("ascii")


def leaf(text, subtype, charset, cte, flowed=False):
    cte_v, payload = body_bytes(text, charset, cte)
    ct = 'text/%s; charset="%s"' % (subtype, charset) if charset != "iso-2022-jp" else \
        "text/%s; charset=ISO-2022-JP" % subtype
    if flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, charset.upper())
    return "Content-Type: %s\nContent-Transfer-Encoding: %s\n\n%s" % (ct, cte_v, payload if payload.endswith("\n") else payload + "\n")


def to_html(text, gmail=True):
    """A plain body as a mailer's HTML alternative: paragraphs, quotes in a blockquote."""
    out, quote = [], []

    def flush_quote():
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + "<br>".join(html.escape(q[1:].lstrip(" ")) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line)
            continue
        flush_quote()
        out.append("<div>%s</div>" % (html.escape(line).replace("\u00a0", "&nbsp;") or "<br>"))
    flush_quote()
    if gmail:
        return '<div dir="ltr">' + "\n".join(out) + "</div>\n"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            '<body lang="EN-GB"><div class="WordSection1">\n' + "\n".join(
                o.replace("<div>", '<p class="MsoNormal">').replace("</div>", "</p>") for o in out) + "\n</div></body></html>\n")


def flow(text, width=72):
    """format=flowed (RFC 3676) as Thunderbird writes it: soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + len(word) + 1 > width:
                out.append(cur + " ")
                cur = word
            else:
                cur = cur + " " + word if cur else word
        out.append(cur)
    return "\n".join(out)


def unflow(text):
    return re.sub(r" \n(?!>)", " ", text)


class Mail:
    def __init__(self, n, date, frm, to, subject, msgid, body, style, cc=None, in_reply_to=None,
                 archive=True, mailer=None, attached=None):
        self.n, self.date, self.frm, self.to, self.cc = n, date, frm, to, cc
        self.subject, self.msgid, self.body, self.style = subject, msgid, body, style
        self.in_reply_to, self.archive, self.mailer, self.attached = in_reply_to, archive, mailer, attached
        self.file = "mail/%04d.eml" % n
        self.office = OFFICE(frm[1])
        self.claims, self.findings = [], []

    # label helpers ------------------------------------------------------
    def c(self, product, attribute, value, verdict, text, quoted=False, office=None):
        self.claims.append(dict(product=product, attribute=attribute, value=value, verdict=verdict,
                                text=text, quoted=quoted, office=office or self.office))
        return self

    def f(self, kind, text, rule=None, product=None, quoted=False):
        self.findings.append(dict(kind=kind, rule=rule, product=product, text=text, quoted=quoted))
        return self

    def quote_of(self, other, only=None, office=None):
        """Every claim / phrase / terminology of `other` again, quoted, for this reply."""
        for cl in other.claims:
            if cl["quoted"] or (only and not any(o in cl["text"] for o in only)):
                continue
            self.claims.append(dict(cl, quoted=True, office=office or cl["office"]))
        for fi in other.findings:
            if only and not any(o in fi["text"] for o in only):
                continue
            self.findings.append(dict(fi, quoted=True))
        return self

    # rendering ------------------------------------------------------------
    def rfc_date(self):
        return self.date.strftime("%a, %d %b %Y %H:%M:%S %z").replace(" 0", " ", 1) if False else \
            self.date.strftime("%a, %d %b %Y %H:%M:%S %z")

    def headers(self, cs):
        h = []
        if self.style.get("received"):
            h.append(self.style["received"])
        h += ["Date: " + self.rfc_date(),
              "From: " + enc_addr(self.frm[0], self.frm[1], cs),
              "To: " + ", ".join(enc_addr(n, a, cs) for n, a in self.to)]
        if self.cc:
            h.append("Cc: " + ", ".join(enc_addr(n, a, cs) for n, a in self.cc))
        h.append("Subject: " + enc_header(self.subject, cs))
        h.append("Message-ID: <%s>" % self.msgid)
        if self.in_reply_to:
            h.append("In-Reply-To: <%s>" % self.in_reply_to)
            h.append("References: <%s>" % self.in_reply_to)
        if self.mailer:
            h.append(self.mailer)
        h.append("MIME-Version: 1.0")
        return "\n".join(h)

    def render(self):
        st = self.style
        cs, cte, kind = st["charset"], st["cte"], st["kind"]
        head = self.headers(cs)
        if kind == "plain":
            return head + "\n" + leaf(self.body, "plain", cs, cte)
        if kind == "flowed":
            return head + "\n" + leaf(flow(self.body), "plain", cs, cte, flowed=True)
        if kind == "alt":
            b = "%s_%04d_alt" % (st.get("boundary", "000000000000b7e1c605f3a2"), self.n)
            gmail = st.get("gmail", True)
            parts = [leaf(self.body, "plain", cs, cte), leaf(to_html(self.body, gmail), "html", cs, cte)]
            return (head + '\nContent-Type: multipart/alternative; boundary="%s"\n\n' % b
                    + "".join("--%s\n%s\n" % (b, p) for p in parts) + "--%s--\n" % b)
        if kind == "mixed-rfc822":
            b = "------------%04dMIXED58A1" % self.n
            inner = self.attached
            return (head + '\nContent-Type: multipart/mixed; boundary="%s"\n\n'
                    'This is a multi-part message in MIME format.\n--%s\n%s\n--%s\n'
                    'Content-Type: message/rfc822; name="%s.eml"\nContent-Disposition: attachment; filename="%s.eml"\n\n%s\n--%s--\n'
                    % (b, b, leaf(self.body, "plain", cs, cte), b, inner["name"], inner["name"], inner["raw"], b))
        raise ValueError(kind)

    def decoded_text(self):
        text = self.body
        if self.attached:
            text += "\n" + self.attached["text"]
        return text


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def d(y, mo, da, hh, mi, off):
    return dt.datetime(y, mo, da, hh, mi, (da * 7 + mi) % 60, tzinfo=tz(off))


# people ---------------------------------------------------------------------
KENJI = ("Kenji Watanabe", "k.watanabe@jp.meridian-data.com")
SATO_EN = ("Yuki Sato", "y.sato@jp.meridian-data.com")
SATO_JA = ("佐藤 由紀", "y.sato@jp.meridian-data.com")
NAKAMURA = ("Hiroshi Nakamura", "h.nakamura@osaka.jp.meridian-data.com")
FUJIMOTO = ("藤本 彩", "a.fujimoto@osaka.jp.meridian-data.com")
OLIVER = ("Oliver Grant", "oliver.grant@uk.meridian-data.com")
CLAIRE = ("Claire Dubois", "claire.dubois@uk.meridian-data.com")
PRIYA = ("Priya Shah", "priya.shah@uk.meridian-data.com")
MEGAN = ("Megan Doyle", "megan.doyle@meridian-data.com")
DANIEL = ("Daniel Kim", "dkim@meridian-data.com")
TAN = ("Tan Wei Ling", "weiling.tan@straitsfreight.com.sg")
PARK = ("Park Ji-hoon", "jihoon.park@hanbit-logis.co.kr")
SASAKI = ("佐々木 亮", "sasaki@hokuto-denki.co.jp")
TANAKA = ("田中 美咲", "misaki.tanaka@minato-sys.co.jp")
SUZUKI = ("鈴木 一郎", "i.suzuki@aoba-shoji.co.jp")
BECKER = ("Lukas Becker", "lukas.becker@hansa-logistik.de")
DEVRIES = ("Sanne de Vries", "s.devries@polderbank.nl")
YAMAMOTO = ("山本 隆", "t.yamamoto@kansai-butsuryu.co.jp")
SOMCHAI = ("Somchai Prasert", "somchai.p@siamtextile.co.th")
RACHEL = ("Rachel Ortiz", "rortiz@brightlane-health.com")
KOBAYASHI = ("小林 誠", "kobayashi@sakura-net.co.jp")
MAI = ("Nguyen Thi Mai", "mai.nguyen@saigontech.vn")
WHITFIELD = ("James Whitfield", "j.whitfield@kestrel-engineering.co.uk")

OUTLOOK = {"kind": "plain", "charset": "utf-8", "cte": "quoted-printable"}
GMAIL_ALT = {"kind": "alt", "charset": "utf-8", "cte": "base64"}
X_OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
X_BECKY = "X-Mailer: Becky! ver. 2.81.04 [ja]"
UA_TB = "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"
X_APPLE = "X-Mailer: Apple Mail (2.3826.400.131.1.6)"

SIG_KENJI = """Best regards,

Kenji Watanabe (渡辺 健二)
Senior Account Manager, APAC Sales
Meridian Data K.K.
〒100-0005 Marunouchi 1-6-2, 12F, Chiyoda-ku, Tokyo
Tel: +81-3-5219-0142 / Mobile: +81-90-4471-2286"""

SIG_OLIVER_JA = """Oliver Grant
Senior Account Executive, Japanese Accounts
Meridian Data Ltd
30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0381 | M +44 7700 900 412
Registered in England and Wales, company number 10482736"""


def qt(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


# ------------------------------------------------------------------ the mails
def build_mails():
    mails = []

    # 0001 Tokyo -> Singapore customer, Tokyo English, full-width digits ---------
    b1 = """Dear Ms. Tan,

Thank you very much for your time in the web meeting yesterday.
As promised, I send you the information about Meridian Sync.

- From this April, Meridian Sync can use up to １０，０００ users in one tenant.
- Each Meridian Sync user have 1TB storage.
- Meridian Sync have client for Windows, Mac, iOS and Android. Unfortunately Linux is not supported.
- SLA of Meridian Sync is 99.9% (monthly).
- About the price, for customer outside Japan we usually make contract in USD. Meridian Sync is USD 399 per month.

Your team is about 180 persons, so I think one tenant is enough.
If you want, I can arrange 2 weeks trial account for your IT team.

Next meeting: 21 April (Tue) 15:00 SGT, 3 persons from our side will join.

""" + SIG_KENJI
    m1 = Mail(1, d(2026, 4, 14, 10, 2, 9), KENJI, [TAN], "Meridian Sync - information for your evaluation",
              "TYCP286MB1873A4C2E1F09B7D5E3F2A19B6A52@TYCP286MB1873.JPNP286.PROD.OUTLOOK.COM", b1, OUTLOOK,
              mailer=X_OUTLOOK)
    m1.c(S, "max_users", 10000, "ok", "Meridian Sync can use up to １０，０００ users in one tenant")
    m1.c(S, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user have 1TB storage.")
    for p in ("Windows", "macOS", "iOS", "Android"):
        m1.c(S, "supported_platforms", p, "ok", "Meridian Sync have client for Windows, Mac, iOS and Android.")
    m1.c(S, "sla", 99.9, "ok", "SLA of Meridian Sync is 99.9% (monthly).")
    m1.c(S, "monthly_price", M(399, "USD", "month"), "office-variant", "Meridian Sync is USD 399 per month.")
    mails.append(m1)

    # 0002 customer reply (Gmail, full quote after On ... wrote:) ---------------
    b2 = """Dear Kenji,

Thanks for the quick follow-up, very helpful.

Two points from our side:

1. Our IT vendor told us that Meridian Sync is also ISO 27017 certified. Is this correct? It is important for our group audit.
2. Does Meridian Sync work offline? Our drivers are often at the port where the signal is weak.

We will confirm the 21 April meeting by tomorrow.

Regards,
Wei Ling

Tan Wei Ling | IT Manager
Straits Freight Pte. Ltd.
25 Pioneer Road #04-12, Singapore 628503
UEN 201534567K | DID +65 6861 2290

On Tue, 14 Apr 2026 at 09:02, Kenji Watanabe <k.watanabe@jp.meridian-data.com> wrote:
""" + qt(b1)
    m2 = Mail(2, d(2026, 4, 16, 9, 41, 8), TAN, [KENJI], "Re: Meridian Sync - information for your evaluation",
              "CAH7xQp3vT9K+e1mWq0sZbYg2xF8nU4rLd6oJcA5hE0iRk7w3Qg@mail.gmail.com", b2,
              dict(GMAIL_ALT, cte="quoted-printable"), in_reply_to=m1.msgid)
    m2.c(S, "certifications", "ISO 27017", "conflict",
         "Our IT vendor told us that Meridian Sync is also ISO 27017 certified.")
    m2.quote_of(m1)
    mails.append(m2)

    # 0003 Osaka -> Korean customer, ISO-2022-JP, Outlook original below ----------
    b3 = """Dear Mr. Park,

Thank you for your kindly reply and sorry for late answer.
Please find the answers for your questions as below.

Q1. Meridian Vault RPO is 15min.
Q2. Backup data is kept 90 days as default in Meridian Vault, and you can extend it by option.
Q3. Data center of Meridian Vault are Tokyo and Osaka in Japan, Oregon in USA and Frankfurt in Germany. Seoul region is not exist at this moment, sorry.
Q4. Maximum capacity is 500TB per one tenant for Meridian Vault.
Q5. Meridian Vault price is JPY 2,800 per TB per month (tax excluded). Because the contract is with our Japan entity, quotation is in JPY.

Total for your 40TB will be JPY 112,000 per month.
Additionally, Meridian Vault keep the recovery time within 4 hours for whole tenant.

Please let me know if you have any other question.

Best regards,
中村 博 / Hiroshi Nakamura
Meridian Data K.K. Osaka Branch
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6345-1200  FAX 06-6345-1201

-----Original Message-----
From: Park Ji-hoon [mailto:jihoon.park@hanbit-logis.co.kr]
Sent: Wednesday, April 29, 2026 5:12 PM
To: h.nakamura@osaka.jp.meridian-data.com
Subject: RE: Meridian Vault quotation and questions

Dear Mr. Nakamura,

Thank you for the quotation. Before we go to internal approval, we have some questions.

1. What is RPO of Meridian Vault?
2. How long is the backup kept?
3. Where is the data center? Is there Seoul region?
4. Is there a limit of capacity? We have about 40TB now and growing 20% every year.
5. Can you quote in KRW or USD?

Best regards,
Park Ji-hoon
Hanbit Logis Co., Ltd. | IT Infrastructure Team
152 Teheran-ro, Gangnam-gu, Seoul 06236, Korea
Tel +82-2-555-0192"""
    m3 = Mail(3, d(2026, 5, 7, 11, 26, 9), NAKAMURA, [PARK], "Re: Meridian Vault quotation and questions",
              "20260507112633.6B41.H.NAKAMURA@osaka.jp.meridian-data.com", b3,
              {"kind": "plain", "charset": "iso-2022-jp", "cte": "7bit"}, mailer=X_BECKY)
    m3.c(V, "rpo", D(15, "minutes"), "ok", "Q1. Meridian Vault RPO is 15min.")
    m3.c(V, "retention", D(90, "days"), "ok", "Backup data is kept 90 days as default in Meridian Vault")
    for p in ("Tokyo", "Osaka", "Oregon", "Frankfurt"):
        m3.c(V, "data_centers", p, "ok",
             "Data center of Meridian Vault are Tokyo and Osaka in Japan, Oregon in USA and Frankfurt in Germany.")
    m3.c(V, "max_storage", 500 * TB, "ok", "Maximum capacity is 500TB per one tenant for Meridian Vault.")
    m3.c(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
         "Meridian Vault price is JPY 2,800 per TB per month (tax excluded).")
    m3.c(V, "rto", D(4, "hours"), "unverified", "Meridian Vault keep the recovery time within 4 hours for whole tenant.")
    mails.append(m3)

    # 0004 Tokyo, Japanese, Shift_JIS: tax slip + cheapest -------------------------
    b4 = """北斗電機株式会社
情報システム部 佐々木様

いつもお世話になっております。
メリディアン・データの佐藤でございます。

お問い合わせいただいたメリディアン ボールトの件、下記のとおりご回答いたします。

・メリディアン ボールトの料金は1TBあたり月額2,800円（税込）です。
・メリディアン ボールトのRPOは15分でございます。
・メリディアン ボールトは業界最安の料金でご提供しております。

御社のバックアップ対象は現在約30TBと伺っておりますので、
お見積書（見積番号 Q-2026-0512-07）を添付いたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

--
佐藤 由紀（Yuki Sato）
メリディアン・データ株式会社 東京本社 営業第二部
〒100-0005 東京都千代田区丸の内1-6-2 12F
TEL 03-5219-0150 / 携帯 080-3312-4478

-----Original Message-----
From: 佐々木 亮 <sasaki@hokuto-denki.co.jp>
Sent: Friday, May 8, 2026 4:03 PM
To: 佐藤 由紀 <y.sato@jp.meridian-data.com>
Subject: メリディアン ボールトのお見積りについて

佐藤様

お世話になっております。北斗電機の佐々木です。
メリディアン ボールトの料金と、RPOについて教えていただけますでしょうか。
当社のバックアップ対象は約30TBです。

よろしくお願いいたします。"""
    m4 = Mail(4, d(2026, 5, 12, 14, 8, 9), SATO_JA, [SASAKI], "RE: メリディアン ボールトのお見積りについて",
              "OS3PR01MB7715C3E0A9D2B4F61E8A7C55D9A12@OS3PR01MB7715.jpnprd01.prod.outlook.com", b4,
              {"kind": "plain", "charset": "shift_jis", "cte": "base64"}, mailer=X_OUTLOOK)
    m4.c(V, "price_per_tb", M(2800, "JPY", "TB-month", "included"), "conflict",
         "メリディアン ボールトの料金は1TBあたり月額2,800円（税込）です。")
    m4.c(V, "rpo", D(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分でございます。")
    m4.f("phrase", "メリディアン ボールトは業界最安の料金でご提供しております。", rule="ja.cheapest")
    mails.append(m4)

    # 0005 London writes simple Japanese ----------------------------------------
    b5 = """田中様

こんにちは。ロンドンオフィスのオリバー・グラントです。
先週はミーティングの時間をありがとうございました。
私の日本語はまだ勉強中ですので、変なところがあったらごめんなさい。

メリディアン ボールトについて、いくつか説明します。

・メリディアン ボールトのRPOは5分です。
・メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルト、そしてロンドンにあります。
・メリディアン ボールトの料金は1TBあたり月16ポンドです。
・メリディアン ボールトを使えば、データは絶対になくなりません。

ミナトシステムズさんのロンドン支店のデータは約120TBと聞きましたので、問題ないと思います。
来週の水曜日（5月27日）にまた電話しましょう。

よろしくお願いします。

""" + SIG_OLIVER_JA
    m5 = Mail(5, d(2026, 5, 20, 9, 55, 1), OLIVER, [TANAKA], "メリディアン ボールトについて",
              "LO2P265MB5512E7B04A1C9D38F2E6A0B7C4F19@LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM", b5,
              {"kind": "plain", "charset": "utf-8", "cte": "base64"}, mailer=X_OUTLOOK)
    m5.c(V, "rpo", D(5, "minutes"), "conflict", "メリディアン ボールトのRPOは5分です。")
    dc5 = "メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルト、そしてロンドンにあります。"
    for p in ("Tokyo", "Osaka", "Oregon", "Frankfurt"):
        m5.c(V, "data_centers", p, "ok", dc5)
    m5.c(V, "data_centers", "London", "conflict", dc5)
    m5.c(V, "price_per_tb", M(16, "GBP", "TB-month"), "ok", "メリディアン ボールトの料金は1TBあたり月16ポンドです。")
    m5.f("phrase", "メリディアン ボールトを使えば、データは絶対になくなりません。", rule="ja.absolute")
    mails.append(m5)

    # 0006 US HQ writes simple Japanese (Gmail, multipart/alternative) -----------
    b6 = """鈴木さん

いつもお世話になっております。アメリカ本社のダニエル・キムです。
日本語がまだ下手で、すみません。
先日のご質問について、お答えします。

1. メリディアン インサイトは2027年1月に一般提供の予定です。今はベータ版です。
2. メリディアン インサイトの料金は、1ユーザーあたり月30米ドルです。
3. メリディアン インサイトのクエリは、2秒以内に結果が出ます。
4. ダッシュボードは、メリディアン インサイトで500個まで作ることができます。
5. メリディアン インサイトの無料トライアルは30日間です。

6月10日の打ち合わせには、東京オフィスの佐藤も参加します。
何か質問があれば、いつでも聞いてください。

Daniel Kim
Solutions Engineer | Meridian Data, Inc.
555 Mission Street, Suite 2100, San Francisco, CA 94105
+1 (415) 555-0187"""
    m6 = Mail(6, d(2026, 6, 1, 17, 12, -7), DANIEL, [SUZUKI], "メリディアン インサイトについて（ご質問への回答）",
              "CAL5pQ8+Zr2YtN0vWx4mKcE7bHj1sFq9uA3dGo6iTe5nVy2Lw8A@mail.gmail.com", b6, GMAIL_ALT)
    m6.c(I, "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供の予定です。")
    m6.c(I, "per_user_price", M(30, "USD", "user-month"), "ok", "メリディアン インサイトの料金は、1ユーザーあたり月30米ドルです。")
    m6.c(I, "query_latency", D(2, "seconds"), "ok", "メリディアン インサイトのクエリは、2秒以内に結果が出ます。")
    m6.c(I, "max_dashboards", 500, "conflict", "ダッシュボードは、メリディアン インサイトで500個まで作ることができます。")
    m6.c(I, "free_trial", D(30, "days"), "ok", "メリディアン インサイトの無料トライアルは30日間です。")
    mails.append(m6)

    # 0007 Tokyo -> German customer, a pasted machine translation ----------------
    b7 = """Dear Mr. Becker,

Thank you for your inquiry through our website.
I am Yuki Sato from Tokyo office. My English is not so good, so for the product details I use the machine translation of our Japanese brochure. Sorry if some sentence is strange.

---- (machine translation from Japanese brochure) ----
Meridian Vault is, the backup data is retained for 90 days as a standard.
The availability rate of Meridian Vault is 99.99%.
The Meridian Vault is encrypted by AES-256 at the time of storage.
It is the industry-leading backup service which protects the important data of the customer.
The official release of Meridian Insight, the analysis service, is scheduled for December 2026.
---- (end of translation) ----

For your company in Hamburg, I think Meridian Vault's Frankfurt data center is the best choice.
About the price in EUR, my colleague in our London office will contact you next week.

Best regards,
Yuki Sato
Meridian Data K.K. (メリディアン・データ株式会社)
Marunouchi 1-6-2, Chiyoda-ku, Tokyo 100-0005, Japan
Tel +81-3-5219-0150 | Corporate No. 4010001187652"""
    m7 = Mail(7, d(2026, 6, 18, 18, 20, 9), SATO_EN, [BECKER], "Meridian Vault and Meridian Insight - information",
              "TY3PR01MB10452F0E5B6A7C8D9E1F2A3B4C5D6@TY3PR01MB10452.jpnprd01.prod.outlook.com", b7, OUTLOOK,
              mailer=X_OUTLOOK)
    m7.c(V, "retention", D(90, "days"), "ok", "Meridian Vault is, the backup data is retained for 90 days as a standard.")
    m7.c(V, "sla", 99.99, "conflict", "The availability rate of Meridian Vault is 99.99%.")
    m7.c(V, "encryption", "AES-256", "ok", "The Meridian Vault is encrypted by AES-256 at the time of storage.")
    m7.c(I, "general_availability", "2026-12", "conflict",
         "The official release of Meridian Insight, the analysis service, is scheduled for December 2026.")
    m7.c(V, "data_centers", "Frankfurt", "ok", "I think Meridian Vault's Frankfurt data center is the best choice.")
    m7.f("phrase", "It is the industry-leading backup service which protects the important data of the customer.",
         rule="en.superlative")
    mails.append(m7)

    # 0008 London (French-born writer): continental separators, windows-1252 -----
    b8 = """Dear Sanne,

Thank you for a productive session in Utrecht on Tuesday. As promised, here is a short summary for your steering group.

Meridian Sync supports up to 10.000 users on a single tenant. Your 2.400 colleagues in Amsterdam and Utrecht will fit comfortably, with room to grow.
Until 31 March 2026 Meridian Sync was limited to 5.000 users per tenant, so older brochures you may find will show the lower figure.
The uptime SLA for Meridian Sync is 99,9 %, measured monthly.
Each Meridian Sync user gets 1 TB of storage.
Meridian Sync holds ISO 27001 and SOC 2 Type II certifications; the SOC 2 report is available under NDA.
Please note that Meridian Sync does not work offline — the client needs a connection to sync.
Meridian Sync is £329 per month, excl. VAT.

For a 36-month commitment I can offer 8 % off the list price; this offer is valid until 31 July.

Kind regards,
Claire

Claire Dubois
Account Executive, Benelux & France
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0425 | M +44 7700 900 873
Registered in England and Wales no. 10482736 | VAT GB 284 5521 07"""
    m8 = Mail(8, d(2026, 6, 25, 16, 47, 1), CLAIRE, [DEVRIES], "Meridian Sync – summary for your steering group",
              "AM9PR07MB7361B2D4E6F8A0C1D3E5F7A9B1C3@AM9PR07MB7361.eurprd07.prod.outlook.com", b8,
              {"kind": "alt", "charset": "windows-1252", "cte": "quoted-printable", "gmail": False,
               "boundary": "_000_AM9PR07MB7361B2D4E6F8"}, mailer=X_OUTLOOK)
    m8.c(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10.000 users on a single tenant.")
    m8.c(S, "max_users", 5000, "ok", "Until 31 March 2026 Meridian Sync was limited to 5.000 users per tenant")
    m8.c(S, "sla", 99.9, "ok", "The uptime SLA for Meridian Sync is 99,9 %, measured monthly.")
    m8.c(S, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage.")
    for p in ("ISO 27001", "SOC 2 Type II"):
        m8.c(S, "certifications", p, "ok", "Meridian Sync holds ISO 27001 and SOC 2 Type II certifications")
    m8.c(S, "offline_mode", False, "ok", "Meridian Sync does not work offline")
    m8.c(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month, excl. VAT.")
    mails.append(m8)

    # 0009 Osaka, native Japanese, ISO-2022-JP: 税込 ok, SLA wrong, Linux, No.1, old name
    b9 = """関西物流株式会社
総務部 山本様

いつも大変お世話になっております。
メリディアン・データ大阪支店の藤本でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご質問いただいた点につきまして、以下のとおりご回答申し上げます。

■料金について
メリディアン・シンクの月額料金は55,000円（税込）でございます。
ご契約ユーザー数は350名様でお見積りいたしました。お見積書（No.2026-0702-01）を添付いたします。

■サービス品質について
メリディアン・シンクの稼働率SLAは９９．９９％となっております。
また、メリディアン・シンクはLinuxにも対応しております。
メリディアン・シンクは業界No.1のファイル共有サービスです。

■移行について
現在ご利用中のメリディアン・ファイルシンク（旧製品）からのデータ移行も無償で承ります。

ご不明な点がございましたら、お気軽にお申し付けください。
引き続きよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━
藤本 彩（Aya Fujimoto）
メリディアン・データ株式会社 大阪支店 営業部
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL：06-6345-1207　FAX：06-6345-1201
━━━━━━━━━━━━━━━━━━━━━━━━"""
    m9 = Mail(9, d(2026, 7, 2, 10, 3, 9), FUJIMOTO, [YAMAMOTO], "メリディアン・シンクのお見積りとご質問への回答",
              "20260702100344.A91C.A.FUJIMOTO@osaka.jp.meridian-data.com", b9,
              {"kind": "plain", "charset": "iso-2022-jp", "cte": "7bit"}, mailer=X_BECKY)
    m9.c(S, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "メリディアン・シンクの月額料金は55,000円（税込）でございます。")
    m9.c(S, "sla", 99.99, "conflict", "メリディアン・シンクの稼働率SLAは９９．９９％となっております。")
    m9.c(S, "supported_platforms", "Linux", "conflict", "また、メリディアン・シンクはLinuxにも対応しております。")
    m9.f("phrase", "メリディアン・シンクは業界No.1のファイル共有サービスです。", rule="ja.superlative-no1")
    m9.f("terminology", "現在ご利用中のメリディアン・ファイルシンク（旧製品）からのデータ移行も無償で承ります。", product=S)
    mails.append(m9)

    # 0010 Tokyo -> Thai customer, Thunderbird format=flowed, misspelt name ------
    b10 = """Dear Khun Somchai,

Thank you for visiting our booth at the Bangkok Cloud Expo last week, and also for your many questions about Meridian Insight. I am sorry for my slow reply.

Here is the summary:

* Meridian Insight is still beta version now, and general availability is planed on January 2027.
* Meridian Insight price is 4,000 yen per user per month (tax excluded).
* Meridian Insight can make maximum 200 dashboards.
* Meridian Insight query response is less than 1 second in most of case.
* Meridian Insight have 30 days free trial, you can start anytime.
* Meridian Insight can connect more than 120 data sources.

Your finance team is 45 people, so the trial account for 45 users is no problem.
Also for your head office file sharing, Meridian Sync supports up to 5,000 users per tenant.
We are also happy to introduce Meridan Vault in the next meeting.

Best regards,
Kenji Watanabe
Senior Account Manager, APAC Sales
Meridian Data K.K.
Tel: +81-3-5219-0142"""
    m10 = Mail(10, d(2026, 7, 9, 19, 31, 9), KENJI, [SOMCHAI], "Meridian Insight - summary of your questions",
               "b3e9c1d2-7f4a-4e58-9a6d-0c1f2e3d4b5a@jp.meridian-data.com", b10,
               {"kind": "flowed", "charset": "utf-8", "cte": "8bit"}, mailer=UA_TB)
    m10.c(I, "general_availability", "2027-01", "ok",
          "Meridian Insight is still beta version now, and general availability is planed on January 2027.")
    m10.c(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok",
          "Meridian Insight price is 4,000 yen per user per month (tax excluded).")
    m10.c(I, "max_dashboards", 200, "ok", "Meridian Insight can make maximum 200 dashboards.")
    m10.c(I, "query_latency", D(1, "seconds"), "conflict", "Meridian Insight query response is less than 1 second in most of case.")
    m10.c(I, "free_trial", D(30, "days"), "ok", "Meridian Insight have 30 days free trial")
    m10.c(S, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per tenant.")
    m10.c(I, "integrations", 120, "unverified", "Meridian Insight can connect more than 120 data sources.")
    mails.append(m10)

    # 0011 German customer replies under an Outlook header block (all quoted) ---
    b11 = """Dear Ms. Sato,

thank you for the information and no problem with the translation, it was understandable.

Our backup volume is ca. 85 TB today, growing around 15 % per year.
Your colleague from London wrote us last week that Meridian Vault keeps backups for 30 days only.
Can you please confirm, if the 99.99% availability of Meridian Vault is valid also for the Frankfurt data center?

Mit freundlichen Grüßen / Best regards

Lukas Becker
Leiter IT-Infrastruktur
Hansa Logistik GmbH
Am Sandtorkai 48, 20457 Hamburg
Tel. +49 40 3070 5512
Amtsgericht Hamburg HRB 148822

________________________________
From: Yuki Sato <y.sato@jp.meridian-data.com>
Sent: Thursday, June 18, 2026 11:20
To: Lukas Becker <lukas.becker@hansa-logistik.de>
Subject: Meridian Vault and Meridian Insight - information

""" + b7
    m11 = Mail(11, d(2026, 7, 15, 8, 52, 2), BECKER, [SATO_EN], "AW: Meridian Vault and Meridian Insight - information",
               "FR2P281MB2718C4A7E9B1D3F5A7C9E1B3D5F7@FR2P281MB2718.DEUP281.PROD.OUTLOOK.COM", b11, OUTLOOK,
               in_reply_to=m7.msgid, archive=False, mailer=X_OUTLOOK)
    m11.c(V, "retention", D(30, "days"), "conflict",
          "Your colleague from London wrote us last week that Meridian Vault keeps backups for 30 days only.")
    m11.quote_of(m7)
    mails.append(m11)

    # 0012 US HQ, native English, Apple Mail; NBSP inside a product name ------------
    b12 = """Hi Rachel,

Great talking with you and Tom on Thursday. Quick recap of where we landed:

1. Meridian Sync (you may still see it as Meridian FileSync on older invoices) is $399 per month for the whole workspace.
2. Meridian Sync is HIPAA compliant, so your clinical teams can share patient files without a second tool.
3. Meridian\u00a0Vault is $20 per TB per month, and it encrypts every backup with AES-256.
4. Meridian Vault's RPO is 15 minutes and its default retention is 90 days.
5. Restores are guaranteed to complete within the hour, even for your largest imaging archive.

Your 60 TB footprint is comfortably inside what a single tenant can hold, so no need to split it.
I've asked our Tokyo team about the Osaka data center for your Japan subsidiary and will loop back next week.

Best,
Megan

--
Megan Doyle
Enterprise Account Executive, Healthcare
Meridian Data, Inc. · 555 Mission Street, Suite 2100 · San Francisco, CA 94105
o: +1 415 555 0132 · m: +1 628 555 0199"""
    m12 = Mail(12, d(2026, 8, 4, 13, 15, -7), MEGAN, [RACHEL], "Recap: Meridian Sync + Vault for Brightlane",
               "8F2C6A1E-4B7D-4E0A-9C3B-5D1E7F9A2B4C@meridian-data.com", b12,
               {"kind": "alt", "charset": "utf-8", "cte": "quoted-printable", "gmail": True,
                "boundary": "Apple-Mail=_6E1F3A9C-2B47-4D18-A5C0"}, mailer=X_APPLE)
    m12.f("terminology", "(you may still see it as Meridian FileSync on older invoices)", product=S)
    m12.c(S, "monthly_price", M(399, "USD", "month"), "ok",
          "Meridian Sync (you may still see it as Meridian FileSync on older invoices) is $399 per month for the whole workspace.")
    m12.c(S, "certifications", "HIPAA", "conflict", "Meridian Sync is HIPAA compliant")
    m12.c(V, "price_per_tb", M(20, "USD", "TB-month"), "ok", "Meridian\u00a0Vault is $20 per TB per month")
    m12.c(V, "encryption", "AES-256", "ok", "Meridian\u00a0Vault is $20 per TB per month, and it encrypts every backup with AES-256.")
    m12.c(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes")
    m12.c(V, "retention", D(90, "days"), "ok", "Meridian Vault's RPO is 15 minutes and its default retention is 90 days.")
    m12.f("phrase", "Restores are guaranteed to complete within the hour", rule="en.guarantee")
    mails.append(m12)

    # 0013 Tokyo, Japanese reply; the customer's reported claim quoted; ※-noted 業界初
    q13 = """佐藤様

お世話になっております。さくらネットの小林です。
他社の担当者からは、メリディアン ボールトの標準保持期間は30日と伺っております。
実際の保持期間と、1TBあたりの料金を教えてください。
また、メリディアン シンクも検討しており、要件として利用者は最大8,000名を想定しております。

株式会社さくらネット 情報システム部
小林 誠
〒150-0002 東京都渋谷区渋谷2-21-1 TEL 03-6427-3310"""
    b13 = """小林様

いつもお世話になっております。メリディアン・データの佐藤です。
ご質問の件、以下のとおり回答いたします。

メリディアン ボールトの標準の保持期間は90日間でございます。他社様からお聞きになった30日というのは、当社の以前の体験版の設定かと存じます。
メリディアン ボールトの料金は、1TBあたり月額3,080円（税込）です。
同製品は1テナントあたり最大500TBまで保存可能です。

また、メリディアン　シンクは2026年4月以降、最大1万ユーザーまでご利用いただけます。8,000名規模の要件にも対応可能です。
メリディアン　シンクは、ISMAPにも登録済みでございます。

なお、メリディアン ボールトは業界初※のバックアップ自動検証機能を搭載しております。
※2026年7月 当社調べ（国内法人向けバックアップサービス12製品を対象）

どうぞよろしくお願いいたします。

佐藤 由紀
メリディアン・データ株式会社 東京本社 営業第二部
TEL 03-5219-0150

2026年8月19日(水) 17:45 小林 誠 <kobayashi@sakura-net.co.jp>:
""" + qt(q13)
    m13 = Mail(13, d(2026, 8, 20, 10, 22, 9), SATO_JA, [KOBAYASHI], "Re: メリディアン ボールトの保持期間と料金について",
               "CAKx9wR2bN4+qT7eYv1mZc8sUf3hJd0pLg5aWo6iEk2nXr4Bt7Q@mail.gmail.com", b13, GMAIL_ALT,
               in_reply_to="TYWPR01MB8843D1C6B2A0F4E7C9A5B3D1E8F6@TYWPR01MB8843.jpnprd01.prod.outlook.com")
    m13.c(V, "retention", D(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間でございます。")
    m13.c(V, "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok", "メリディアン ボールトの料金は、1TBあたり月額3,080円（税込）です。")
    m13.c(V, "max_storage", 500 * TB, "ok", "同製品は1テナントあたり最大500TBまで保存可能です。")
    m13.c(S, "max_users", 10000, "ok", "メリディアン　シンクは2026年4月以降、最大1万ユーザーまでご利用いただけます。")
    m13.c(S, "certifications", "ISMAP", "conflict", "メリディアン　シンクは、ISMAPにも登録済みでございます。")
    m13.c(V, "retention", D(30, "days"), "conflict", "他社の担当者からは、メリディアン ボールトの標準保持期間は30日と伺っております。",
          quoted=True, office="unknown")
    mails.append(m13)

    # 0014 Osaka -> Vietnamese partner; old name explained, glued product name ---------
    b14 = """Dear Ms. Mai,

Thank you for your e-mail and for introducing the new end user project in Ho Chi Minh City.
Please see our answers below.

1) Product name
Meridian File Sync is old name, now the product is called Meridian Sync. Please use new name in your proposal to end user.

2) Specification
- MeridianSync maximum users is 10,000 per tenant.
- MeridianSync storage is 2TB per user.
- MeridianSync works also offline, so engineers at construction site can edit files without network.

3) Price
MeridianSync monthly price for Japanese customer is JPY 50,000 (tax excluded), but for your end user in Vietnam we propose USD 399 per month.
Partner margin is 20% for the first 12 months.

If you need more information, please do not hesitate to contact me.

Best regards,
Hiroshi Nakamura
Meridian Data K.K. Osaka Branch
2-4-9 Umeda, Kita-ku, Osaka 530-0001, Japan
Tel +81-6-6345-1200 / Fax +81-6-6345-1201"""
    m14 = Mail(14, d(2026, 9, 3, 15, 40, 9), NAKAMURA, [MAI], "Re: Meridian Sync for end user project in HCMC",
               "20260903154012.7C2E.H.NAKAMURA@osaka.jp.meridian-data.com", b14, OUTLOOK, mailer=X_BECKY)
    m14.f("terminology", "Meridian File Sync is old name, now the product is called Meridian Sync.", product=S)
    m14.c(S, "max_users", 10000, "ok", "MeridianSync maximum users is 10,000 per tenant.")
    m14.c(S, "storage_per_user", 2 * TB, "conflict", "MeridianSync storage is 2TB per user.")
    m14.c(S, "offline_mode", True, "conflict", "MeridianSync works also offline")
    pr14 = ("MeridianSync monthly price for Japanese customer is JPY 50,000 (tax excluded), "
            "but for your end user in Vietnam we propose USD 399 per month.")
    m14.c(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", pr14)
    m14.c(S, "monthly_price", M(399, "USD", "month"), "office-variant", pr14)
    mails.append(m14)

    # 0015 London, native British English, Insight; #1 with a Source: footnote ------
    b15 = """Hi James,

Thanks for your time on the call this morning — really useful to hear how the finance team works today.

As discussed, a few notes on Meridian Insight:

• Meridian Insight goes GA in January 2027; until then you'd be on the beta programme.
• Meridian Insight is £25 per user per month.
• Meridian Insight dashboards load in under 2 seconds, even on the larger workspaces.
• Meridian Insight is available in 12 languages, including Welsh.
• Meridian Insight is ISO 27001 certified.
• You can try Meridian Insight free for 30 days, no card needed.

Meridian Insight was voted the #1 analytics add-on by mid-market finance teams.*

Indicative cost for your team: 25 users x £25 x 12 months = £7,500 per year, ex VAT.

Happy to set up the trial whenever suits — just let me know.

Best wishes,
Priya

* Source: Northbeam Analyst Survey of 400 UK finance leaders, July 2026.

Priya Shah
Account Manager, UK Mid-Market
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG
+44 20 7946 0518
Registered in England and Wales no. 10482736"""
    m15 = Mail(15, d(2026, 9, 15, 11, 4, 1), PRIYA, [WHITFIELD], "Meridian Insight – notes from today",
               "LO4P123MB6620A1B3C5D7E9F1A3B5C7D9E1F3@LO4P123MB6620.GBRP123.PROD.OUTLOOK.COM", b15,
               {"kind": "alt", "charset": "utf-8", "cte": "quoted-printable", "gmail": False,
                "boundary": "_000_LO4P123MB6620A1B3C5D7"}, mailer=X_OUTLOOK)
    m15.c(I, "general_availability", "2027-01", "ok", "Meridian Insight goes GA in January 2027")
    m15.c(I, "per_user_price", M(25, "GBP", "user-month"), "ok", "Meridian Insight is £25 per user per month.")
    m15.c(I, "query_latency", D(2, "seconds"), "ok", "Meridian Insight dashboards load in under 2 seconds")
    m15.c(I, "ui_languages", 12, "unverified", "Meridian Insight is available in 12 languages, including Welsh.")
    m15.c(I, "certifications", "ISO 27001", "unverified", "Meridian Insight is ISO 27001 certified.")
    m15.c(I, "free_trial", D(30, "days"), "ok", "You can try Meridian Insight free for 30 days, no card needed.")
    mails.append(m15)

    # 0016 Tokyo -> Singapore customer, Vault, full-width digits, base64 --------------
    b16 = """Dear Ms. Tan,

I hope Meridian Sync is working well for your team.

As you asked in last week's call, here is the information about Meridian Vault for your backup project.

- Meridian Vault SLA is ９９．９５％.
- Meridian Vault can store maximum 1PB per tenant, so 3 years of your growth is no problem.
- Meridian Vault has data center in Singapore also, so latency from your office is very small.
- Meridian Vault RPO is 15 minutes.
- Meridian Vault price for Singapore contract is USD 20 per TB per month.
- With Meridian Vault, your data is 100% secure.

I will send the formal quotation for 35TB by Friday.

""" + SIG_KENJI
    m16 = Mail(16, d(2026, 9, 24, 16, 18, 9), KENJI, [TAN], "Meridian Vault information",
               "TYCP286MB1873F7E6D5C4B3A2918E7D6C5B4A3@TYCP286MB1873.JPNP286.PROD.OUTLOOK.COM", b16,
               {"kind": "plain", "charset": "utf-8", "cte": "base64"}, mailer=X_OUTLOOK)
    m16.c(V, "sla", 99.95, "ok", "Meridian Vault SLA is ９９．９５％.")
    m16.c(V, "max_storage", 1000 * TB, "conflict", "Meridian Vault can store maximum 1PB per tenant")
    m16.c(V, "data_centers", "Singapore", "conflict", "Meridian Vault has data center in Singapore also")
    m16.c(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault RPO is 15 minutes.")
    m16.c(V, "price_per_tb", M(20, "USD", "TB-month"), "office-variant",
          "Meridian Vault price for Singapore contract is USD 20 per TB per month.")
    m16.f("phrase", "With Meridian Vault, your data is 100% secure.", rule="en.guarantee")
    mails.append(m16)

    # 0017 Osaka internal forward of a customer's mail (not in the archive) ---------
    fw17 = """-------- 転送メッセージ --------
件名: メリディアン・シンクのユーザー数について
日付: Mon, 5 Oct 2026 10:14:22 +0900
差出人: 山本 隆 <t.yamamoto@kansai-butsuryu.co.jp>
宛先: 藤本 彩 <a.fujimoto@osaka.jp.meridian-data.com>

藤本様

いつもお世話になっております。関西物流の山本です。
先日、御社の東京オフィスの方からは、メリディアン・シンクは最大2万ユーザーまで利用可能と伺っております。
当社グループ全体での利用を検討しておりますので、正確な上限を教えていただけますでしょうか。
なお、要件として、オフライン環境での作業が必須です。

山本"""
    b17 = """佐藤さん

お疲れさまです。大阪の藤本です。
関西物流の山本様から、下記のお問い合わせをいただきました。
東京オフィスから2万ユーザーとご案内した記録はありますでしょうか。
メリディアン・シンクの上限は1万ユーザーですので、山本様には訂正のご連絡が必要かと思います。

お手数ですが、ご確認をお願いいたします。

藤本

""" + fw17
    m17 = Mail(17, d(2026, 10, 6, 9, 12, 9), FUJIMOTO, [SATO_JA], "Fwd: メリディアン・シンクのユーザー数について",
               "5d0c9a3e-1b2f-4c7d-8e6a-2f4b1c3d5e7a@osaka.jp.meridian-data.com", b17,
               {"kind": "plain", "charset": "iso-2022-jp", "cte": "7bit"}, archive=False, mailer=UA_TB)
    m17.c(S, "max_users", 10000, "ok", "メリディアン・シンクの上限は1万ユーザーですので")
    m17.c(S, "max_users", 20000, "conflict", "メリディアン・シンクは最大2万ユーザーまで利用可能と伺っております。",
          quoted=True, office="unknown")
    mails.append(m17)

    # 0018 Tokyo forwards a London mail as an attachment (message/rfc822) ----------
    att_body = """Hi Yuki,

For Sakura Net UK Ltd (Reading), here is what I can offer on Meridian Vault:

- Meridian Vault is £18 per TB per month on a UK contract.
- Meridian Vault has a 15 minute RPO, and backups are kept for 90 days unless they ask for longer.
- Their 12 TB would sit in our Frankfurt region.

Could you pass this on to Kobayashi-san with our usual caveat that the UK entity invoices in GBP?

Cheers,
Oliver
--
Oliver Grant | Meridian Data Ltd | +44 20 7946 0381"""
    cte, payload = body_bytes(att_body, "utf-8", "quoted-printable")
    att_raw = ("Date: Fri, 16 Oct 2026 16:42:10 +0100\nFrom: Oliver Grant <oliver.grant@uk.meridian-data.com>\n"
               "To: Yuki Sato <y.sato@jp.meridian-data.com>\nSubject: Meridian Vault for Sakura Net UK\n"
               "Message-ID: <LO2P265MB5512AA10B2C3D4E5F6A7B8C9D0E1@LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM>\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: %s\n\n%s"
               % (cte, payload))
    b18 = """小林様

いつもお世話になっております。メリディアン・データの佐藤です。

御社英国子会社様向けのメリディアン ボールトの件、ロンドンオフィスのグラントからのご案内を添付いたします。
なお、日本でのご契約の場合、メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）でございます。

ご検討のほど、よろしくお願いいたします。

佐藤 由紀
メリディアン・データ株式会社 東京本社 営業第二部
TEL 03-5219-0150"""
    m18 = Mail(18, d(2026, 10, 20, 11, 37, 9), SATO_JA, [KOBAYASHI], "Fw: Meridian Vault for Sakura Net UK（ロンドンオフィスからのご案内）",
               "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d@jp.meridian-data.com", b18,
               {"kind": "mixed-rfc822", "charset": "iso-2022-jp", "cte": "7bit"}, mailer=UA_TB,
               attached={"name": "Meridian Vault for Sakura Net UK", "raw": att_raw, "text": att_body})
    m18.c(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
          "メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）でございます。")
    m18.c(V, "price_per_tb", M(18, "GBP", "TB-month"), "conflict", "Meridian Vault is £18 per TB per month on a UK contract.",
          quoted=True, office="london")
    a18 = "Meridian Vault has a 15 minute RPO, and backups are kept for 90 days unless they ask for longer."
    m18.c(V, "rpo", D(15, "minutes"), "ok", a18, quoted=True, office="london")
    m18.c(V, "retention", D(90, "days"), "ok", a18, quoted=True, office="london")
    mails.append(m18)

    # 0019 Osaka -> Korean customer, short, plain ASCII ------------------------------
    b19 = """Dear Mr. Park,

Thank you for the call today. I summarize the points again.

- Meridian Vault RPO is 15 minutes, same as before.
- Meridian Vault recovery time objective is within 4 hours.
- Meridian Vault support team respond within 2 hours for Priority 1 incident.
- Contract start is 1 December 2026, and 12 months term.

I will send the contract draft for 45TB tomorrow.

Best regards,
Hiroshi Nakamura
Meridian Data K.K. Osaka Branch
Tel +81-6-6345-1200"""
    m19 = Mail(19, d(2026, 11, 2, 15, 10, 9), NAKAMURA, [PARK], "Meridian Vault - summary of today's call",
               "20261102151033.3D8F.H.NAKAMURA@osaka.jp.meridian-data.com", b19,
               {"kind": "plain", "charset": "us-ascii", "cte": "7bit"}, mailer=X_BECKY)
    m19.c(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault RPO is 15 minutes, same as before.")
    m19.c(V, "rto", D(4, "hours"), "unverified", "Meridian Vault recovery time objective is within 4 hours.")
    m19.c(V, "support_response_time", D(2, "hours"), "unverified",
          "Meridian Vault support team respond within 2 hours for Priority 1 incident.")
    mails.append(m19)

    # 0020 London writes simple Japanese again: a stale user limit -------------------
    b20 = """田中様

こんにちは。ロンドンのオリバー・グラントです。
先月はロンドン支店でのデモに参加していただき、ありがとうございました。

メリディアン シンクについて、ご質問の答えです。

・メリディアン シンクは、１ユーザーに1TBのストレージがあります。
・メリディアン シンクの料金は、月329ポンドです。
・メリディアン シンクは、ISO 27001とSOC 2 Type IIの認証があります。
・メリディアン シンクのSLAは99.9%です。
・メリディアン シンクは最大5,000ユーザーまで使えます。

ロンドン支店の40人のチームなら、まったく問題ありません。

よろしくお願いします。

""" + SIG_OLIVER_JA
    m20 = Mail(20, d(2026, 11, 10, 10, 6, 0), OLIVER, [TANAKA], "メリディアン シンクについて（ご質問の答え）",
               "LO2P265MB5512C9D8E7F6A5B4C3D2E1F0A9B8@LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM", b20,
               {"kind": "plain", "charset": "utf-8", "cte": "base64"}, mailer=X_OUTLOOK)
    m20.c(S, "storage_per_user", 1 * TB, "ok", "メリディアン シンクは、１ユーザーに1TBのストレージがあります。")
    m20.c(S, "monthly_price", M(329, "GBP", "month"), "ok", "メリディアン シンクの料金は、月329ポンドです。")
    for p in ("ISO 27001", "SOC 2 Type II"):
        m20.c(S, "certifications", p, "ok", "メリディアン シンクは、ISO 27001とSOC 2 Type IIの認証があります。")
    m20.c(S, "sla", 99.9, "ok", "メリディアン シンクのSLAは99.9%です。")
    m20.c(S, "max_users", 5000, "stale", "メリディアン シンクは最大5,000ユーザーまで使えます。")
    mails.append(m20)

    # 0021 Korean customer replies, interleaved-style quote of part of 0019 ---------
    q21 = """Dear Mr. Park,

Thank you for the call today. I summarize the points again.

- Meridian Vault RPO is 15 minutes, same as before.
- Meridian Vault recovery time objective is within 4 hours."""
    b21 = """Dear Mr. Nakamura,

Thank you for the summary. We decided to go with Meridian Vault for our 45TB backup.
Please send the contract draft, our legal team will review it this week.

Best regards,
Park Ji-hoon
박지훈 | Hanbit Logis Co., Ltd. (한빛로지스 주식회사)
IT Infrastructure Team
서울특별시 강남구 테헤란로 152 (06236)
Tel +82-2-555-0192 | Mobile +82-10-4821-7730

On Mon, Nov 2, 2026 at 3:10 PM Hiroshi Nakamura <h.nakamura@osaka.jp.meridian-data.com> wrote:
""" + qt(q21)
    m21 = Mail(21, d(2026, 11, 16, 9, 2, 9), PARK, [NAKAMURA], "Re: Meridian Vault - summary of today's call",
               "CAM2hT7+pY4wQz9vXn1bKd6sRf0uLc8aGe3jWo5iNk7mBt2Ev4S@mail.gmail.com", b21, GMAIL_ALT,
               in_reply_to=m19.msgid)
    m21.quote_of(m19, only=["RPO is 15", "recovery time objective"])
    mails.append(m21)
    return mails


# ------------------------------------------------------------------ documents
DOCS = {}

DOCS["docs/tokyo/sakura-net_teian_2026-11.md"] = ("tokyo", """# メリディアン ボールト／メリディアン シンク ご提案書

株式会社さくらネット 御中
提出日：2026年11月12日
メリディアン・データ株式会社 東京本社 営業第二部 佐藤 由紀（TEL 03-5219-0150）

## 1. ご提案の背景

貴社では現在、約45TBの業務データを各拠点のNASで管理されており、バックアップはテープで週1回取得されていると伺っております。
本書では、バックアップとファイル共有の両方をクラウドに移行する構成をご提案いたします。

## 2. メリディアン ボールト（バックアップ）

- RPO：15分
- 標準保持期間：90日間
- データセンター：東京・大阪（国内2拠点）
- 暗号化方式：AES-256
- 目標復旧時間（RTO）：4時間以内
- SLA：99.95％

## 3. メリディアン シンク（ファイル共有）

- 利用者数の上限：10,000名（2026年4月以降）
- 1ユーザーあたりのストレージ容量：1TB
- 対応OS：Windows／macOS／iOS／Android
- オフライン利用：非対応（常時インターネット接続が必要です）

メリディアン シンクを導入いただければ、必ずファイル管理コストを削減できます。

## 4. お見積り

表1 月額ご利用料金（金額はすべて税抜）

| 製品 | 単価 | 数量 |
|---|---|---|
| メリディアン シンク | 月額 50,000円 | 1契約 |
| メリディアン ボールト | 1TBあたり月額 2,800円 | 45TB |

合計（月額）：176,000円（税抜）
※初期費用は無料です。

## 5. 導入実績

メリディアン シンクは法人向けファイル共有サービスで国内導入社数No.1※です。
※2026年9月 東京リサーチ調べ（国内法人向けファイル共有サービス、導入社数ベース）
""")

DOCS["docs/osaka/hanbit-logis_proposal.txt"] = ("osaka", """PROPOSAL: MERIDIAN VAULT BACKUP SERVICE
For:  Hanbit Logis Co., Ltd. (IT Infrastructure Team)
From: Meridian Data K.K. Osaka Branch
Date: 2026-11-05   Ref: OSK-P-2026-118

1. Background
Hanbit Logis has about 45TB of backup data in Seoul and Busan, and it is growing about 20% per year.
Currently backup is done by tape, and restore from tape takes 2-3 days.

2. Service specification
- Meridian Vault RPO: 15 minutes
- Meridian Vault backup retention: 90 days (default). Longer retention is available by option, please ask.
- Meridian Vault data center: Tokyo, Osaka (Japan), Oregon (US), Frankfurt (Germany)
- Meridian Vault max storage: 500TB per tenant
- Meridian Vault availability (SLA): 99.95%
- Meridian Vault RTO: within 4 hours
- Meridian Vault is ISO 27001 certified.
- Meridian Vault encryption: AES-256 for all backup data at rest

3. Price
- Meridian Vault: JPY 2,800/TB/month (tax excluded)
- Estimated total for 45TB: JPY 126,000 (tax excluded)
- Contract period: １２ months (from 1 December 2026)

4. Schedule
- Kick-off meeting: 24 November 2026 in Seoul
- Initial full backup: within 2 weeks after kick-off

Meridian Data K.K. Osaka Branch
2-4-9 Umeda, Kita-ku, Osaka 530-0001, Japan / Tel +81-6-6345-1200
""")

DOCS["docs/london/polderbank_proposal.html"] = ("london", """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Proposal – Polderbank N.V.</title></head>
<body>
<h1>Meridian Sync and Meridian Insight: proposal for Polderbank N.V.</h1>
<p>Prepared by Claire Dubois, Meridian Data Ltd, 9 November 2026. Reference LDN-2026-0917.</p>

<h2>1. Why Polderbank is looking at this</h2>
<p>Polderbank&rsquo;s staff currently share files through three separate systems, and month-end reporting still runs on spreadsheets. Your steering group asked us for one platform for files and one for reporting.</p>

<h2>2. Meridian Sync</h2>
<p>Meridian Sync supports up to <del>5,000</del> 10,000 users per tenant, which leaves ample headroom for the bank.</p>
<p>Meridian Sync is not available for Linux desktops; your developers would use the web client.</p>
<p>Meridian Sync also includes unlimited external sharing links, so auditors and advisers can be invited without extra licences.</p>

<h2>3. Meridian Insight</h2>
<p>Meridian Insight will be generally available in January 2027; until then Polderbank can join the beta at no charge.</p>
<p>Meridian Insight queries run in 1&ndash;3 seconds on a typical finance workspace.</p>
<!-- onevoice-disable en.superlative -->
<p>Meridian Insight is the industry-leading BI companion for file-centric teams.</p>
<!-- onevoice-enable -->

<h2>4. Commercial summary</h2>
<table>
<caption>Both products &mdash; list prices, excluding VAT</caption>
<thead><tr><th>Item</th><th>Meridian Sync</th><th>Meridian Insight</th></tr></thead>
<tbody>
<tr><td>Price</td><td>&pound;329 per month</td><td>&pound;25 per user per month</td></tr>
<tr><td>Uptime SLA</td><td>99.9%</td><td>99.9%</td></tr>
<tr><td>Free trial</td><td>not offered</td><td>30 days</td></tr>
</tbody>
</table>

<p>Claire Dubois &middot; Account Executive, Benelux &amp; France &middot; +44 20 7946 0425<br>
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG &middot; Registered in England and Wales no. 10482736</p>
</body>
</html>
""")

DOCS["docs/us-hq/aoba-shoji_insight_proposal.md"] = ("us-hq", """# Meridian Insight — Proposal for Aoba Shoji Co., Ltd.（アオバ商事株式会社）

Prepared by: Daniel Kim, Solutions Engineer, Meridian Data, Inc.
Date: November 16, 2026 · Proposal ID US-PR-2026-1142

## Summary

Aoba Shoji's sales planning team wants one place for pipeline and margin reporting; phase 1 starts in April 2027.
Meridian Insight is currently in beta and will be generally available in January 2027.

## Key figures

| Item | Meridian Insight |
|---|---|
| Price | $30 per user per month |
| Dashboards | up to 200 per workspace |
| Query latency | under 2 seconds (p95) |
| Free trial | 30 days |
| Integrations | 85+ pre-built connectors |

Meridian Insight is guaranteed to pay for itself within two quarters.

## 日本語での要約（ご担当者様向け）

- メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）でご利用いただけます。
- メリディアン インサイトでは、ダッシュボードを最大２００個まで作成できます。
- メリディアン インサイトの一般提供開始は2027年1月の予定です。

Meridian Data, Inc. · 555 Mission Street, Suite 2100, San Francisco, CA 94105 · +1 (415) 555-0187
""")

DOCS["docs/tokyo/drafts/sakura-net_teian_draft1.md"] = ("tokyo", """# （下書き）メリディアン・ファイルシンク ご提案

- メリディアン・ファイルシンクは最大5,000ユーザーまでご利用いただけます。
- 月額料金は45,000円（税込）です。
- 業界No.1のファイル共有サービスです。
""")


def doc_labels():
    out = []

    def c(file, product, attribute, value, verdict, text):
        out.append(dict(type="claim", file=file, message_id=None, product=product, attribute=attribute, value=value,
                        verdict=verdict, quoted=False, office=DOCS[file][0], as_of=DOCS_AS_OF, text=text))

    def f(file, kind, text, rule=None, product=None):
        out.append(dict(type="finding", file=file, message_id=None, kind=kind, rule=rule, product=product,
                        quoted=False, text=text))
    t = "docs/tokyo/sakura-net_teian_2026-11.md"
    c(t, V, "rpo", D(15, "minutes"), "ok", "- RPO：15分")
    c(t, V, "retention", D(90, "days"), "ok", "- 標準保持期間：90日間")
    for p in ("Tokyo", "Osaka"):
        c(t, V, "data_centers", p, "ok", "- データセンター：東京・大阪（国内2拠点）")
    c(t, V, "encryption", "AES-256", "ok", "- 暗号化方式：AES-256")
    c(t, V, "rto", D(4, "hours"), "unverified", "- 目標復旧時間（RTO）：4時間以内")
    c(t, V, "sla", 99.95, "ok", "- SLA：99.95％")
    c(t, S, "max_users", 10000, "ok", "- 利用者数の上限：10,000名（2026年4月以降）")
    c(t, S, "storage_per_user", 1 * TB, "ok", "- 1ユーザーあたりのストレージ容量：1TB")
    for p in ("Windows", "macOS", "iOS", "Android"):
        c(t, S, "supported_platforms", p, "ok", "- 対応OS：Windows／macOS／iOS／Android")
    c(t, S, "offline_mode", False, "ok", "- オフライン利用：非対応（常時インターネット接続が必要です）")
    f(t, "phrase", "メリディアン シンクを導入いただければ、必ずファイル管理コストを削減できます。", rule="ja.absolute")
    c(t, S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク | 月額 50,000円 | 1契約 |")
    c(t, V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "| メリディアン ボールト | 1TBあたり月額 2,800円 | 45TB |")

    o = "docs/osaka/hanbit-logis_proposal.txt"
    c(o, V, "rpo", D(15, "minutes"), "ok", "- Meridian Vault RPO: 15 minutes")
    c(o, V, "retention", D(90, "days"), "ok", "- Meridian Vault backup retention: 90 days (default).")
    for p in ("Tokyo", "Osaka", "Oregon", "Frankfurt"):
        c(o, V, "data_centers", p, "ok", "- Meridian Vault data center: Tokyo, Osaka (Japan), Oregon (US), Frankfurt (Germany)")
    c(o, V, "max_storage", 500 * TB, "ok", "- Meridian Vault max storage: 500TB per tenant")
    c(o, V, "sla", 99.95, "ok", "- Meridian Vault availability (SLA): 99.95%")
    c(o, V, "rto", D(4, "hours"), "unverified", "- Meridian Vault RTO: within 4 hours")
    c(o, V, "certifications", "ISO 27001", "unverified", "- Meridian Vault is ISO 27001 certified.")
    c(o, V, "encryption", "AES-256", "ok", "- Meridian Vault encryption: AES-256 for all backup data at rest")
    c(o, V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok",
      "- Meridian Vault: JPY 2,800/TB/month (tax excluded)")

    l = "docs/london/polderbank_proposal.html"
    c(l, S, "max_users", 10000, "ok", "10,000 users per tenant, which leaves ample headroom for the bank.")
    f(l, "phrase", "Meridian Sync also includes unlimited external sharing links", rule="en.unlimited")
    c(l, I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027")
    c(l, I, "query_latency", {"min": 1, "max": 3, "unit": "seconds"}, "conflict",
      "Meridian Insight queries run in 1–3 seconds on a typical finance workspace.")
    c(l, S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Price £329 per month")
    c(l, I, "per_user_price", M(25, "GBP", "user-month", "excluded"), "ok", "£25 per user per month")
    c(l, S, "sla", 99.9, "ok", "Uptime SLA 99.9% 99.9%")
    c(l, I, "sla", 99.9, "unverified", "Uptime SLA 99.9% 99.9%")
    c(l, I, "free_trial", D(30, "days"), "ok", "Free trial not offered 30 days")

    u = "docs/us-hq/aoba-shoji_insight_proposal.md"
    c(u, I, "general_availability", "2027-01", "ok", "Meridian Insight is currently in beta and will be generally available in January 2027.")
    c(u, I, "per_user_price", M(30, "USD", "user-month"), "ok", "| Price | $30 per user per month |")
    c(u, I, "max_dashboards", 200, "ok", "| Dashboards | up to 200 per workspace |")
    c(u, I, "query_latency", D(2, "seconds"), "ok", "| Query latency | under 2 seconds (p95) |")
    c(u, I, "free_trial", D(30, "days"), "ok", "| Free trial | 30 days |")
    c(u, I, "integrations", 85, "unverified", "| Integrations | 85+ pre-built connectors |")
    f(u, "phrase", "Meridian Insight is guaranteed to pay for itself within two quarters.", rule="en.guarantee")
    c(u, I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "office-variant",
      "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）でご利用いただけます。")
    return out


# ------------------------------------------------------------------ cross-office (computed, then reviewed)
def secs(v):
    return v["amount"] * {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}[v["unit"]]


def same_value(a, b):
    if isinstance(a, dict) and "currency" in a:
        return a == b
    if isinstance(a, dict) and "unit" in a and "amount" in a and isinstance(b, dict) and "amount" in b:
        return secs(a) == secs(b)
    return a == b


def comparable(a, b):
    if isinstance(a, dict) and "currency" in a:
        return isinstance(b, dict) and b.get("currency") == a["currency"] and b.get("per") == a["per"]
    return True


SETS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(mails):
    rows = []
    for m in mails:
        if not m.archive:
            continue
        for cl in m.claims:
            if cl["office"] != "unknown" and cl["attribute"] not in SETS:
                rows.append((m, cl))
    found = {}
    for i, (ma, a) in enumerate(rows):
        for mb, b in rows[i + 1:]:
            if a["office"] == b["office"] or (a["product"], a["attribute"]) != (b["product"], b["attribute"]):
                continue
            if abs((ma.date - mb.date).total_seconds()) > 45 * 86400:
                continue
            if not comparable(a["value"], b["value"]) or same_value(a["value"], b["value"]):
                continue
            if a["verdict"] in ("ok", "office-variant") and b["verdict"] in ("ok", "office-variant"):
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            x = found.setdefault(key, {"files": set(), "values": {}})
            x["files"].update([ma.file, mb.file])
            x["values"].setdefault(a["office"], a["value"])
            x["values"].setdefault(b["office"], b["value"])
    out = []
    for (p, attr, offs), x in sorted(found.items()):
        out.append(dict(type="cross-office", product=p, attribute=attr, offices=list(offs), file="mail/archive.mbox",
                        message_files=sorted(x["files"]), values={k: x["values"][k] for k in offs}))
    return out


# ------------------------------------------------------------------ writing
def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def mboxrd(mails):
    out = []
    for m in sorted((m for m in mails if m.archive), key=lambda m: m.date):
        raw = m.rendered.replace("\r\n", "\n")
        stamp = m.date.astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
        out.append("From %s %s\n" % (m.frm[1], stamp))
        for line in raw.split("\n"):
            out.append((">" + line if re.match(r">*From ", line) else line) + "\n")
        if not raw.endswith("\n"):
            out.append("\n")
        out.append("\n")
    return "".join(out)


def check_texts(mails):
    for m in mails:
        body = m.decoded_text()
        if m.style["kind"] == "flowed":
            body = unflow(flow(m.body))
        for x in m.claims + m.findings:
            assert x["text"] in body, (m.file, x["text"])
    for x in doc_labels():
        raw = DOCS[x["file"]][1]
        if x["file"].endswith(".html"):       # excerpts of an HTML document: its text, tags dropped
            raw = html.unescape(re.sub(r"\s*<[^>]+>\s*", " ", raw))
            raw = re.sub(r"[ \t]+", " ", raw)
        assert x["text"] in raw, (x["file"], x["text"])


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    mails = build_mails()
    check_texts(mails)
    lines = []
    for m in mails:
        m.rendered = m.render()
        with open(os.path.join(SET, m.file), "wb") as fh:
            fh.write(crlf(m.rendered).encode("ascii" if m.style["cte"] != "8bit" else "utf-8"))
        for where in [m.file] + (["mail/archive.mbox"] if m.archive else []):
            for cl in m.claims:
                lines.append(dict(type="claim", file=where, message_id=m.msgid, product=cl["product"],
                                  attribute=cl["attribute"], value=cl["value"], verdict=cl["verdict"],
                                  quoted=cl["quoted"], office=cl["office"], as_of=m.date.strftime("%Y-%m-%d"),
                                  text=cl["text"]))
            for fi in m.findings:
                lines.append(dict(type="finding", file=where, message_id=m.msgid, kind=fi["kind"], rule=fi["rule"],
                                  product=fi["product"], quoted=fi["quoted"], text=fi["text"]))
    # 0022: a gzip-compressed message saved with an .eml name -> unreadable
    inner = crlf("From: Kenji Watanabe <k.watanabe@jp.meridian-data.com>\nTo: weiling.tan@straitsfreight.com.sg\n"
                 "Subject: Meridian Vault quotation\nDate: Wed, 30 Sep 2026 17:05:41 +0900\n"
                 "Message-ID: <0022-gz@jp.meridian-data.com>\n\nMeridian Vault RPO is 15 minutes.\n")
    with open(os.path.join(SET, "mail/0022.eml"), "wb") as fh:
        fh.write(gzip.compress(inner.encode("ascii"), mtime=0))
    lines.append(dict(type="finding", file="mail/0022.eml", message_id=None, kind="unreadable", rule=None, product=None,
                      quoted=False, text="gzip-compressed data saved as .eml: not an RFC 5322 message"))
    with open(os.path.join(SET, "mail/archive.mbox"), "wb") as fh:
        fh.write(mboxrd(mails).encode("ascii", "strict") if False else mboxrd(mails).encode("utf-8"))
    for path, (office, text) in DOCS.items():
        full = os.path.join(SET, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    lines += doc_labels()
    lines += cross_office(mails)
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# onevoice configuration for evaluation set 58 (SPEC section 6).\nrules: ../../shared/eval/rules\npaths:\n"
                 + "".join('  - glob: "docs/%s/**"\n    office: %s\n' % (o, o) for o in ("us-hq", "london", "tokyo", "osaka"))
                 + 'ignore: ["**/drafts/**", "README.md", "expected.jsonl", "gen/**"]\n')
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for x in lines:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    n = lambda t: sum(1 for x in lines if x["type"] == t)
    print("mails %d (archive %d), docs %d, expected lines %d: claims %d, findings %d, cross-office %d"
          % (len(mails) + 1, sum(m.archive for m in mails), len(DOCS), len(lines), n("claim"), n("finding"), n("cross-office")))


if __name__ == "__main__":
    main()
