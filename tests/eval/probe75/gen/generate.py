#!/usr/bin/env python3
"""Generate evaluation set 75 (forwards and attachments). python3, stdlib only, deterministic."""
"""Raw MIME building blocks for generate.py (stdlib only, deterministic).

Everything is built with LF line ends; `finish()` turns a message into CRLF
when the mailer would have written CRLF. Text bodies that are base64-encoded
are encoded in canonical form (CRLF inside), as real mailers do.
"""
import base64, hashlib, html, quopri, struct, urllib.parse, zipfile, zlib, io

CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso-2022-jp", "shift_jis": "cp932",
          "windows-1252": "cp1252", "us-ascii": "ascii"}


def codec(charset):
    return CODECS[charset.lower()]


def h(seed, n=40):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


# ------------------------------------------------------------------ headers
def ew(s, charset="UTF-8", maxlen=62):
    """RFC 2047 B encoded words, split on character boundaries, folded."""
    if all(ord(c) < 128 for c in s):
        return s
    cc = codec(charset)

    def enc(t):
        return "=?%s?B?%s?=" % (charset, base64.b64encode(t.encode(cc)).decode())
    words, chunk = [], ""
    for ch in s:
        if chunk and len(enc(chunk + ch)) > maxlen:
            words.append(enc(chunk))
            chunk = ch
        else:
            chunk += ch
    words.append(enc(chunk))
    return "\n ".join(words)


def addr(name, a, charset="UTF-8", quote=False):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return ('"%s" <%s>' % (name, a)) if quote else "%s <%s>" % (name, a)
    return "%s <%s>" % (ew(name, charset), a)


def rfcdate(d, pad=False):
    z = d.strftime("%z")
    return "%s, %s %s %s" % (d.strftime("%a"), ("%02d" % d.day) if pad else str(d.day),
                             d.strftime("%b %Y %H:%M:%S"), z)


# ------------------------------------------------------------------ parts
class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body          # [(name, value)], bytes (LF)

    def serialize(self):
        out = "".join("%s: %s\n" % (k, v) for k, v in self.headers).encode("ascii")
        return out + b"\n" + self.body


def b64lines(data):
    return base64.encodebytes(data)                       # 76-char lines, LF


def fname_params(filename, style, charset="UTF-8"):
    if all(ord(c) < 128 for c in filename):
        return '; name="%s"' % filename, '; filename="%s"' % filename
    if style == "rfc2231":
        v = "UTF-8''" + urllib.parse.quote(filename.encode("utf-8"), safe="")
        return '; name*=%s' % v, '; filename*=%s' % v
    w = ew(filename, charset, maxlen=200).replace("\n ", "")
    return '; name="%s"' % w, '; filename="%s"' % w


def text_part(text, subtype="plain", charset="UTF-8", cte="base64", flowed=False, filename=None,
              disp=None, fstyle="ew", quote_cs=True, extra=None):
    cc = codec(charset)
    cs = ('"%s"' % charset) if quote_cs else charset
    ct = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
    hdrs = []
    if filename:
        np, fp = fname_params(filename, fstyle)
        ct += np
    hdrs.append(("Content-Type", ct))
    if cte == "base64":
        body = b64lines(text.replace("\n", "\r\n").encode(cc))
    elif cte == "quoted-printable":
        body = quopri.encodestring(text.encode(cc))
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = text.encode(cc)
        if not body.endswith(b"\n"):
            body += b"\n"
    hdrs.append(("Content-Transfer-Encoding", cte))
    if filename:
        hdrs.append(("Content-Disposition", (disp or "attachment") + fp))
    for k, v in extra or []:
        hdrs.append((k, v))
    return Part(hdrs, body)


def bin_part(data, ctype, filename, fstyle="ew", disp="attachment", cid=None, extra=None):
    np, fp = fname_params(filename, fstyle)
    hdrs = [("Content-Type", ctype + np), ("Content-Disposition", disp + fp),
            ("Content-Transfer-Encoding", "base64")]
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    for k, v in extra or []:
        hdrs.append((k, v))
    return Part(hdrs, b64lines(data))


def rfc822_part(msg_bytes, filename=None, fstyle="ew"):
    ct, hdrs = "message/rfc822", []
    if filename:
        np, fp = fname_params(filename, fstyle)
        hdrs = [("Content-Type", ct + np), ("Content-Disposition", "attachment" + fp)]
    else:
        hdrs = [("Content-Type", ct)]
    body = msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n"
    return Part(hdrs, body)


def multipart(subtype, parts, boundary, extra="", preamble=None):
    hdrs = [("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra))]
    body = (preamble + "\n\n").encode() if preamble else b""
    for p in parts:
        s = p.serialize()
        body += b"--" + boundary.encode() + b"\n" + s + (b"" if s.endswith(b"\n") else b"\n")
    body += b"--" + boundary.encode() + b"--\n"
    return Part(hdrs, body)


def message(headers, part, crlf=True):
    """headers: [(name, value)] before the MIME headers; part: the body Part."""
    out = "".join("%s: %s\n" % (k, v) for k, v in headers)
    out += "MIME-Version: 1.0\n" if not any(k.lower() == "mime-version" for k, v in headers) else ""
    raw = out.encode("ascii") + part.serialize()
    return raw.replace(b"\n", b"\r\n") if crlf else raw


# ------------------------------------------------------------------ html
def to_html(text, style, charset="utf-8"):
    lines = [html.escape(l) for l in text.split("\n")]
    if style == "gmail":
        return '<div dir="ltr">' + "<br>\n".join(lines) + "</div>\n"
    if style == "outlook":
        body = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (l or "&nbsp;") for l in lines)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
                '<body lang="JA" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s</div>\n</body>\n</html>\n'
                % (charset, body))
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                + "<br>".join(lines) + "</body></html>\n")
    raise ValueError(style)


# ------------------------------------------------------------------ flowed
def flow(text, width=72):
    """RFC 3676 format=flowed soft line breaks (trailing space), as Thunderbird writes them."""
    out = []
    for line in text.split("\n"):
        if line == "-- " or len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def unflow(text):
    """Join soft line breaks (a line ending in a space), except the "-- " signature separator."""
    out, lines = [], text.replace("\r\n", "\n").split("\n")
    for line in lines:
        if out and out[-1].endswith(" ") and out[-1] != "-- " and not out[-1].startswith(">"):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------ binaries
def make_pdf(lines, title):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 72 770 Td 15 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            "<< /Title (%s) /Producer (Microsoft Word for Microsoft 365) >>" % esc(title)]
    out, offs = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o.encode("latin-1") + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def make_png(w, hgt, rgb, stripe=None):
    rows = []
    for y in range(hgt):
        c = stripe if stripe and (y // 4) % 2 else rgb
        rows.append(b"\x00" + bytes(c) * w)
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_xlsx(rows):
    strings, idx = [], {}
    for r in rows:
        for c in r:
            if isinstance(c, str) and c not in idx:
                idx[c] = len(strings)
                strings.append(c)
    def cell(ref, v):
        if isinstance(v, str):
            return '<c r="%s" t="s"><v>%d</v></c>' % (ref, idx[v])
        return '<c r="%s"><v>%s</v></c>' % (ref, v)
    sheet_rows = "".join('<row r="%d">%s</row>' % (i + 1, "".join(cell("%s%d" % ("ABCDEFGH"[j], i + 1), v)
                                                                     for j, v in enumerate(r))) for i, r in enumerate(rows))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="御見積書" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sheet_rows,
        "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>' % (
            len(strings), len(strings), "".join("<si><t>%s</t></si>" % html.escape(s) for s in strings)),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()
# ====================================================================== people
SATO = ("佐藤 健一", "k.sato@jp.meridian-data.com")
NAKAMURA = ("中村 由美", "y.nakamura@jp.meridian-data.com")
TANAKA = ("田中 誠", "m.tanaka@osaka.jp.meridian-data.com")
HAYASHI = ("林 美穂", "m.hayashi@osaka.jp.meridian-data.com")
OLIVER = ("Oliver Pemberton", "oliver.pemberton@uk.meridian-data.com")
PRIYA = ("Priya Nair", "priya.nair@uk.meridian-data.com")
MARCUS = ("Marcus Lee", "marcus.lee@meridian-data.com")
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
SUZUKI = ("鈴木 博", "suzuki.h@towa-seiki.co.jp")
YAMAMOTO = ("山本 隆", "t.yamamoto@kansai-logitech.co.jp")
NISHIDA = ("西田 優子", "nishida.y@naniwa-pharma.co.jp")
OGAWA = ("小川 翔太", "ogawa@nextlink-si.jp")
FLETCHER = ("James Fletcher", "j.fletcher@harbourside-legal.co.uk")
WHITCOMBE = ("Sarah Whitcombe", "s.whitcombe@brightwater-homes.co.uk")
JORDAN = ("Jordan Reyes", "jreyes@northwindclinics.org")
KEN = ("Ken Ashford", "ken.ashford@bluegate-sys.com")

SIG_SATO = """--
佐藤 健一 (Kenichi Sato)
メリディアンデータ株式会社 東京オフィス 営業部
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング18F
TEL: 03-6555-0142 / 携帯: 090-2234-8870
k.sato@jp.meridian-data.com"""

SIG_NAKAMURA = """----------------------------------------
中村 由美 Yumi Nakamura
メリディアンデータ株式会社 東京オフィス アカウント営業部
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング18F
TEL: 03-6555-0178
----------------------------------------"""

SIG_TANAKA = """-- 
田中 誠（たなか まこと）
メリディアンデータ株式会社 大阪オフィス 営業課
〒530-0001 大阪市北区梅田1-12-39 新阪急ビル9F
TEL: 06-6147-2285 / FAX: 06-6147-2291"""

SIG_HAYASHI = """――――――――――――――――――
林 美穂（はやし みほ）
メリディアンデータ株式会社 大阪オフィス
〒530-0001 大阪市北区梅田1-12-39 新阪急ビル9F
TEL 06-6147-2290 / FAX 06-6147-2291
適格請求書発行事業者登録番号 T5010001234567
――――――――――――――――――"""

SIG_OLIVER = """Kind regards,

Oliver Pemberton
Senior Account Executive, UK & Ireland
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
T: +44 20 7946 0321 | M: +44 7700 900412
Registered in England and Wales, company no. 09876543. VAT reg. GB 123 4567 89"""

SIG_MARCUS = """-- 
Marcus Lee
Senior Solutions Engineer, Meridian Data Inc.
535 Mission St, 14th Floor, San Francisco, CA 94105
+1 (415) 555-0187"""

SIG_DANA = """Dana Whitfield
Regional Sales Director, West
Meridian Data Inc. | 535 Mission St, San Francisco, CA 94105
+1 (415) 555-0142 | cell +1 (628) 555-0119"""

SIG_SUZUKI = """━━━━━━━━━━━━━━━━━━━━
東和精機株式会社 情報システム部
鈴木 博
〒448-0021 愛知県刈谷市八軒町3-15
TEL: 0566-21-7730 FAX: 0566-21-7731
━━━━━━━━━━━━━━━━━━━━"""

SIG_YAMAMOTO = """**************************************
関西ロジテック株式会社 システム企画課
山本 隆
〒559-0034 大阪市住之江区南港北1-3-5
TEL 06-6612-4410（内線 218）
**************************************"""

# ====================================================================== bodies
B01 = """東和精機株式会社
情報システム部 鈴木様

いつもお世話になっております。
メリディアンデータ東京オフィスの佐藤でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご質問いただいた点について、以下にご回答いたします。

・メリディアン シンクの月額料金は50,000円（税抜）でございます。
・同製品は1テナントあたり最大1万ユーザーまでご利用いただけます。
・ストレージは、メリディアン シンクの1ユーザーあたり1TBをご用意しております。

御社ご導入予定の300名様分につきましては、年間契約割引として
今回に限り10%のお値引きを適用したお見積書を別途お送りいたします。

次回のお打ち合わせは8月20日（木）14時からで承知いたしました。
どうぞよろしくお願いいたします。

""" + SIG_SATO

L01 = [
    ("メリディアン シンクの月額料金は50,000円（税抜）でございます。", "S", "monthly_price", ("JPY", 50000, "month", "excluded"), "ok"),
    ("同製品は1テナントあたり最大1万ユーザーまでご利用いただけます。", "S", "max_users", 10000, "ok"),
    ("ストレージは、メリディアン シンクの1ユーザーあたり1TBをご用意しております。", "S", "storage_per_user", "1TB", "ok"),
]

B02_OWN = """メリディアンデータ
佐藤様

お世話になっております。東和精機の鈴木です。
ご回答ありがとうございます。社内で検討を進めております。

追加で2点確認させてください。
1. 弊社の設計部門ではLinuxの端末も使っておりますが、メリディアン・シンクはLinuxにも対応していますか？
2. 以前、販売代理店の方から、メリディアン・シンクはオフラインでも編集できると伺っております。
   出張先で回線がない場合も使えるという理解でよろしいでしょうか。

お手数ですがよろしくお願いいたします。

""" + SIG_SUZUKI

B02 = B02_OWN + """

-----Original Message-----
From: 佐藤 健一 <k.sato@jp.meridian-data.com> 
Sent: Tuesday, August 4, 2026 10:12 AM
To: 鈴木 博 <suzuki.h@towa-seiki.co.jp>
Subject: 【メリディアンデータ】メリディアン シンクのご案内とお見積りについて

""" + B01

L02_OWN = [
    ("販売代理店の方から、メリディアン・シンクはオフラインでも編集できると伺っております。", "S", "offline_mode", True, "conflict"),
]


def gtq(text, p="> ", empty=">"):
    return "\n".join((p + l) if l else empty for l in text.split("\n"))


B03 = """鈴木様

お世話になっております。メリディアンデータの佐藤です。
ご質問について、いただいたメールの下にインラインでご回答いたします。

2026年8月11日(火) 17:02 鈴木 博 <suzuki.h@towa-seiki.co.jp>:
> 追加で2点確認させてください。
> 1. 弊社の設計部門ではLinuxの端末も使っておりますが、メリディアン・シンクはLinuxにも対応していますか？

申し訳ございません、メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4つで、Linux版のクライアントはご用意がございません。
設計部門のLinux端末からは、ブラウザ経由でファイルの閲覧・ダウンロードのみ可能です。

> 2. 以前、販売代理店の方から、メリディアン・シンクはオフラインでも編集できると伺っております。
>    出張先で回線がない場合も使えるという理解でよろしいでしょうか。

こちらは誤った情報でございました。大変失礼いたしました。
メリディアン シンクにはオフラインモードはなく、同期・編集にはインターネット接続が必要です。

製品概要のPDFを添付いたしますので、あわせてご確認ください。

""" + SIG_SATO

L03 = [
    ("メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4つで", "S", "supported_platforms", "Windows", "ok"),
    ("メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4つで", "S", "supported_platforms", "macOS", "ok"),
    ("メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4つで", "S", "supported_platforms", "iOS", "ok"),
    ("メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4つで", "S", "supported_platforms", "Android", "ok"),
    ("メリディアン シンクにはオフラインモードはなく、同期・編集にはインターネット接続が必要です。", "S", "offline_mode", False, "ok"),
    # the customer's reported statement, quoted (> lines after the Gmail JP header)
    ("販売代理店の方から、メリディアン・シンクはオフラインでも編集できると伺っております。", "S", "offline_mode", True, "conflict", True, "unknown"),
]

B04 = """Hi James,

Thanks again for your time on Thursday, and please pass my thanks to Helen for the tour of the Leeds office.

As promised, a quick summary of how Meridian Vault would fit Harbourside's backup estate:

- Recovery point: Meridian Vault gives you an RPO of 15 minutes, so in the worst case you would lose a quarter of an hour of changes.
- Retention: Meridian Vault keeps backups for 90 days by default; longer retention can be set per policy.
- Hosting: Meridian Vault would keep your data in our Frankfurt data centre. We don't operate a UK data centre today, which I know came up with your compliance team.
- Encryption: Vault encrypts everything at rest with AES-256.
- Pricing: Meridian Vault is £16 per TB per month, plus VAT.

For the 40 TB you're planning to protect in year one, the list total comes to £640 a month. Because you're committing to three years, I can apply a 12% discount to that figure - I'll send the formal quote by Friday 4 September.

Happy to set up a call with our solutions engineer if useful.

""" + SIG_OLIVER

L04 = [
    ("Meridian Vault gives you an RPO of 15 minutes", "V", "rpo", ("dur", 15, "minutes"), "ok"),
    ("Meridian Vault keeps backups for 90 days by default", "V", "retention", ("dur", 90, "days"), "ok"),
    ("Meridian Vault would keep your data in our Frankfurt data centre.", "V", "data_centers", "Frankfurt", "ok"),
    ("Vault encrypts everything at rest with AES-256.", "V", "encryption", "AES-256", "ok"),
    ("Meridian Vault is £16 per TB per month, plus VAT.", "V", "price_per_tb", ("GBP", 16, "TB-month", "excluded"), "ok"),
]

B05 = """関西ロジテック株式会社
システム企画課 山本様

お世話になっております。
メリディアンデータ東京オフィスの中村です。

先日ご相談いただいたバックアップ基盤の件、メリディアン ボールトでのご提案内容をお送りいたします。

■ 復旧性能
メリディアン ボールトのRPOは5分です。万一の障害時も直近のデータから復旧いただけます。

■ データセンター
同製品のデータセンターは東京と大阪の2拠点で、国内にデータを保管いただけます。

■ 料金
メリディアン ボールトの料金は1TBあたり月額3,080円（税込）でございます。

なお、メリディアン ボールトは業界初のランサムウェア自動隔離機能を搭載しております。

主要な仕様と単価を添付のCSVにまとめましたので、社内ご説明の際にご利用ください。
御社の想定容量（約60TB）でのお見積りは、来週中にお送りいたします。

""" + SIG_NAKAMURA

L05_BODY = [
    ("メリディアン ボールトのRPOは5分です。", "V", "rpo", ("dur", 5, "minutes"), "conflict"),
    ("同製品のデータセンターは東京と大阪の2拠点で", "V", "data_centers", "Tokyo", "ok"),
    ("同製品のデータセンターは東京と大阪の2拠点で", "V", "data_centers", "Osaka", "ok"),
    ("メリディアン ボールトの料金は1TBあたり月額3,080円（税込）でございます。", "V", "price_per_tb", ("JPY", 3080, "TB-month", "included"), "ok"),
    ("F", "phrase", "ja.first-in-industry", None, "メリディアン ボールトは業界初のランサムウェア自動隔離機能を搭載しております。"),
]

CSV05 = """\ufeff製品,項目,値,備考
メリディアン ボールト,RPO,5分,
メリディアン ボールト,標準保持期間,90日,延長オプションあり
メリディアン ボールト,1TBあたり月額料金（税抜）,"2,800円",
メリディアン ボールト,最大容量（1テナントあたり）,500TB,
メリディアン ボールト,暗号化方式,AES-256,
"""

L05_CSV = [
    ("メリディアン ボールト,標準保持期間,90日", "V", "retention", ("dur", 90, "days"), "ok"),
    ('メリディアン ボールト,1TBあたり月額料金（税抜）,"2,800円"', "V", "price_per_tb", ("JPY", 2800, "TB-month", "excluded"), "ok"),
    ("メリディアン ボールト,最大容量（1テナントあたり）,500TB", "V", "max_storage", "500TB", "ok"),
    ("メリディアン ボールト,暗号化方式,AES-256", "V", "encryption", "AES-256", "ok"),
]

B06_OWN = """Hi Tanaka-san,

Forwarding Yumi's note to Kansai Logitech below, since the account sits with Osaka from October. Two things before your meeting with them on 17 September:

1. The RPO figure below doesn't match the service description. Meridian Vault's RPO is 15 minutes, not 5 - could you correct it with Yamamoto-san when you see him?
2. The "industry first" line about ransomware isolation has no substantiation we can point to, so please don't repeat it.

I've left the CSV off this forward; the pricing lines in it are fine.

Thanks,
Priya

--
Priya Nair | Solutions Consultant, EMEA & APAC partners
Meridian Data Ltd | +44 20 7946 0388"""

B06 = B06_OWN + """

---------- Forwarded message ---------
From: 中村 由美 <y.nakamura@jp.meridian-data.com>
Date: Tue, 8 Sept 2026 at 07:30
Subject: メリディアン ボールトのご提案について（関西ロジテック様）
To: 山本 隆 <t.yamamoto@kansai-logitech.co.jp>


""" + B05

L06_OWN = [
    ("Meridian Vault's RPO is 15 minutes, not 5", "V", "rpo", ("dur", 15, "minutes"), "ok"),
]

B07 = """Hi Priya,

Thank you for catching this, and sorry for the confusion. You are right: Meridian Vault's RPO is 15 minutes. I mixed it up with the snapshot interval in our internal test environment.

I will send a correction to Yamamoto-san today and copy Tanaka-san.

Best regards,
Yumi

Yumi Nakamura
Account Manager, Tokyo Office
Meridian Data K.K. | +81 3-6555-0178

________________________________
From: Priya Nair <priya.nair@uk.meridian-data.com>
Sent: Thursday, September 10, 2026 5:05 PM
To: 田中 誠 <m.tanaka@osaka.jp.meridian-data.com>
Cc: 中村 由美 <y.nakamura@jp.meridian-data.com>
Subject: Fwd: メリディアン ボールトのご提案について（関西ロジテック様）

""" + B06

L07_OWN = [
    ("You are right: Meridian Vault's RPO is 15 minutes.", "V", "rpo", ("dur", 15, "minutes"), "ok"),
]

B08 = """田中様

お世話になっております。関西ロジテックの山本です。
10月から御社大阪オフィスがご担当になると伺いましたので、東京の中村様から以前いただいたご提案を転送いたします。

社内の監査担当から、RPOの数値について根拠資料を求められております。
17日のお打ち合わせでは時間切れでしたので、あらためてご確認いただけますでしょうか。

""" + SIG_YAMAMOTO + """

________________________________
差出人: 中村 由美 <y.nakamura@jp.meridian-data.com>
送信日時: 2026年9月8日 15:30
宛先: 山本 隆 <t.yamamoto@kansai-logitech.co.jp>
件名: メリディアン ボールトのご提案について（関西ロジテック様）

""" + B05

B09_OWN = """山本様

いつもお世話になっております。
メリディアンデータ大阪オフィスの田中でございます。

転送いただいたご提案の件、確認いたしました。
弊社中村からお伝えしたRPOの数値に誤りがございました。大変申し訳ございません。

（誤）5分　（正）15分

メリディアン ボールトのRPO（目標復旧時点）は15分で、これはサービス仕様書 v2.1 の第3.2節に記載の値です。
仕様書の該当ページを抜粋したPDFと、管理画面のスクリーンショットを添付いたします。

なお、料金とデータセンターについてのご案内には変更はございません。

""" + SIG_TANAKA

B09 = B09_OWN + "\n\n2026/09/18 10:05、山本 隆 さんは書きました:\n" + gtq(B08)

L09_OWN = [
    ("メリディアン ボールトのRPO（目標復旧時点）は15分で", "V", "rpo", ("dur", 15, "minutes"), "ok"),
]

B10 = """鈴木様

お世話になっております。メリディアンデータの佐藤です。
先日の稟議用資料の件、正式なお見積書（見積番号 MDJ-Q-2026-0918）を添付いたします。

メリディアン シンクの月額料金は55,000円（税込）で、年間契約の場合も同額でございます。
今回の300名様分につきましては、お約束どおり初年度10%割引を反映しております。

お見積書の有効期限は2026年10月31日です。
ご不明な点がございましたら、お気軽にお知らせください。

""" + SIG_SATO

L10 = [
    ("メリディアン シンクの月額料金は55,000円（税込）で", "S", "monthly_price", ("JPY", 55000, "month", "included"), "ok"),
]

B11 = """Hi Jordan,

Answers inline below. Short version: Meridian Insight should be a good fit for the pilot.

On 10/5/26 4:51 PM, Jordan Reyes wrote:
> 1. Our clinic managers want their dashboards to load fast. What query latency should we expect?

Meridian Insight returns queries within 2 seconds at the 95th percentile on a 100-million-row workspace, which is far more data than your 14 clinics will generate in the pilot.

> 2. We need at least 150 dashboards across the regions. Is that OK?

Yes. Meridian Insight supports up to 200 dashboards per workspace, so you have headroom.

> 3. When does it leave beta? Procurement won't sign for a beta product.

Meridian Insight becomes generally available in January 2027; until then the pilot runs on the beta, and it comes with a 30-day free trial so nobody has to sign anything yet.

> 4. Do you have a HIPAA BAA?

That one I need to check with legal - I'll come back to you by Friday.

Best,
Marcus

""" + SIG_MARCUS

L11 = [
    ("Meridian Insight returns queries within 2 seconds", "I", "query_latency", ("dur", 2, "seconds"), "ok"),
    ("Meridian Insight supports up to 200 dashboards per workspace", "I", "max_dashboards", 200, "ok"),
    ("Meridian Insight becomes generally available in January 2027", "I", "general_availability", "2027-01", "ok"),
    ("it comes with a 30-day free trial", "I", "free_trial", ("dur", 30, "days"), "ok"),
]

B12 = """Hi James,

Oliver mentioned your team is also looking at replacing the document portal, so I've attached the FAQ sheet we use for Meridian Sync. Happy to walk through it on a call next week.

One addition that isn't in the sheet: Meridian Sync comes with a 99.9% uptime SLA, with service credits if we miss it.

Best,
Priya

--
Priya Nair | Solutions Consultant, EMEA & APAC partners
Meridian Data Ltd | +44 20 7946 0388"""

L12 = [
    ("Meridian Sync comes with a 99.9% uptime SLA", "S", "sla", 99.9, "ok"),
]

FAQ12 = """Meridian Sync - frequently asked questions (UK edition, October 2026)
=====================================================================

Q: How many people can one organisation have on it?
A: Meridian Sync supports up to 5,000 users per organisation.

Q: What does it cost?
A: Meridian Sync is £329 per month, excluding VAT.

Q: Which devices are supported?
A: Meridian Sync runs on Windows, macOS, iOS and Android.

Q: Can staff work on the train with no signal?
A: Yes - Meridian Sync works offline and syncs your changes when you’re back online.

Q: How much space does each person get?
A: Each Meridian Sync user gets 2 TB of storage.

Questions not covered here: uk-sales@uk.meridian-data.com or 020 7946 0300.
"""

L12_FAQ = [
    ("Meridian Sync supports up to 5,000 users per organisation.", "S", "max_users", 5000, "stale"),
    ("Meridian Sync is £329 per month, excluding VAT.", "S", "monthly_price", ("GBP", 329, "month", "excluded"), "ok"),
    ("Meridian Sync runs on Windows, macOS, iOS and Android.", "S", "supported_platforms", "Windows", "ok"),
    ("Meridian Sync runs on Windows, macOS, iOS and Android.", "S", "supported_platforms", "macOS", "ok"),
    ("Meridian Sync runs on Windows, macOS, iOS and Android.", "S", "supported_platforms", "iOS", "ok"),
    ("Meridian Sync runs on Windows, macOS, iOS and Android.", "S", "supported_platforms", "Android", "ok"),
    ("Meridian Sync works offline and syncs your changes", "S", "offline_mode", True, "conflict"),
    ("Each Meridian Sync user gets 2 TB of storage.", "S", "storage_per_user", "2TB", "conflict"),
]

KEN_TEXT = """Hi Jordan,

Following our call, here's a summary of the Meridian stack we'd resell to you:

- Meridian Sync (you may know it as Meridian FileSync) is HIPAA compliant and FedRAMP authorized, so it's ready for patient records.
- Meridian Sync supports offline mode for clinicians working on home visits.
- Meridian Vault keeps backups for 90 days by default, encrypts them with AES-256, and never fails.

Pricing to follow once I hear back from Meridian's US team.

Ken

Ken Ashford | Partner Account Manager | Bluegate Systems LLC
+1 (312) 555-0166 | 200 W Madison St, Suite 2100, Chicago, IL 60606"""

L_KEN = [
    ("Meridian Sync (you may know it as Meridian FileSync) is HIPAA compliant and FedRAMP authorized", "S", "certifications", "HIPAA", "conflict"),
    ("Meridian Sync (you may know it as Meridian FileSync) is HIPAA compliant and FedRAMP authorized", "S", "certifications", "FedRAMP", "conflict"),
    ("Meridian Sync supports offline mode for clinicians working on home visits.", "S", "offline_mode", True, "conflict"),
    ("Meridian Vault keeps backups for 90 days by default, encrypts them with AES-256, and never fails.", "V", "retention", ("dur", 90, "days"), "ok"),
    ("Meridian Vault keeps backups for 90 days by default, encrypts them with AES-256, and never fails.", "V", "encryption", "AES-256", "ok"),
    ("F", "phrase", "en.guarantee", None, "Meridian Vault keeps backups for 90 days by default, encrypts them with AES-256, and never fails."),
    ("F", "terminology", None, "S", "Meridian Sync (you may know it as Meridian FileSync)"),
]

B13_OWN = """Dana - can you confirm the claims below from Bluegate before I take this to our compliance committee on the 27th? Some of it doesn't match what Marcus told us.

Jordan

Sent from my iPhone"""

B13 = B13_OWN + """

Begin forwarded message:

> From: Ken Ashford <ken.ashford@bluegate-sys.com>
> Date: October 12, 2026 at 4:37:12 PM CDT
> To: Jordan Reyes <jreyes@northwindclinics.org>
> Subject: Meridian options for Northwind
> 
""" + gtq(KEN_TEXT, "> ", "> ")

B14 = """なにわ製薬株式会社
総務部 西田様

いつもお世話になっております。メリディアンデータ大阪オフィスの林です。
先週はご来社いただきありがとうございました。

ご検討中のメリディアン・シンクについて、ご質問への回答をまとめました。

1) 料金：メリディアン・シンクは月額45,000円（税抜）でご利用いただけます。
2) 利用人数：メリディアン・シンクは1契約で最大1万ユーザーまで対応しております。御社の約450名様であれば十分な余裕がございます。
3) 稼働率：同製品のSLAは99.9%です。
4) 対応端末：本製品はWindows、Macに加え、iPhone・Androidのスマートフォンからもご利用いただけます。

また、メリディアン・シンクは業界最安の料金で、他社様からの乗り換えも増えております。

デモ環境は10月末までご用意できますので、ぜひ一度お試しください。

""" + SIG_HAYASHI

L14 = [
    ("メリディアン・シンクは月額45,000円（税抜）でご利用いただけます。", "S", "monthly_price", ("JPY", 45000, "month", "excluded"), "conflict"),
    ("メリディアン・シンクは1契約で最大1万ユーザーまで対応しております。", "S", "max_users", 10000, "ok"),
    ("同製品のSLAは99.9%です。", "S", "sla", 99.9, "ok"),
    ("本製品はWindows、Macに加え、iPhone・Androidのスマートフォンからもご利用いただけます。", "S", "supported_platforms", "Windows", "ok"),
    ("本製品はWindows、Macに加え、iPhone・Androidのスマートフォンからもご利用いただけます。", "S", "supported_platforms", "macOS", "ok"),
    ("本製品はWindows、Macに加え、iPhone・Androidのスマートフォンからもご利用いただけます。", "S", "supported_platforms", "iOS", "ok"),
    ("本製品はWindows、Macに加え、iPhone・Androidのスマートフォンからもご利用いただけます。", "S", "supported_platforms", "Android", "ok"),
    ("F", "phrase", "ja.cheapest", None, "メリディアン・シンクは業界最安の料金で、他社様からの乗り換えも増えております。"),
]

B15_OWN = """Hi Jordan,

Thanks for checking before the committee - a few of those points are not right, and I've raised it with Bluegate.

- Compliance: Meridian Sync is ISO 27001 certified and we can share our SOC 2 Type II report under NDA. It is not FedRAMP authorized, and we don't market it as HIPAA compliant; we can discuss a BAA separately.
- Offline: Meridian Sync does not have an offline mode today - clinicians need a connection to sync.
- Backups: the 90-day default retention for Meridian Vault is correct.
- Pricing: Meridian Sync is $399 per month for the workspace, as in Marcus's quote.

I'll ask Marcus to join the session on October 27 if that helps.

Dana

""" + SIG_DANA

B15 = B15_OWN + """

> On Oct 13, 2026, at 9:14 AM, Jordan Reyes <jreyes@northwindclinics.org> wrote:
> 
""" + gtq(B13, "> ", "> ").replace("> > ", ">> ").replace("> >", ">>")

L15_OWN = [
    ("Meridian Sync is ISO 27001 certified and we can share our SOC 2 Type II report under NDA.", "S", "certifications", "ISO 27001", "ok"),
    ("Meridian Sync is ISO 27001 certified and we can share our SOC 2 Type II report under NDA.", "S", "certifications", "SOC 2 Type II", "ok"),
    ("Meridian Sync does not have an offline mode today", "S", "offline_mode", False, "ok"),
    ("the 90-day default retention for Meridian Vault is correct.", "V", "retention", ("dur", 90, "days"), "ok"),
    ("Meridian Sync is $399 per month for the workspace", "S", "monthly_price", ("USD", 399, "month", None), "ok"),
]

B16 = """Hi Sarah,

Lovely to see you and the finance team this morning. A few notes while they're fresh:

- Meridian Insight answers queries in less than 1 second, even on the full five-year ledger you showed us.
- Meridian Insight is £25 per user per month. For the 60 finance and ops users we discussed, that comes to £1,500 a month.
- Meridian Insight will be generally available in January 2027, and your trial workspace can be ready next week.
- Meridian Insight also comes with an industry-leading library of connectors - over 150 data sources out of the box, including Sage and Xero.

I've attached the slides from today (PDF) and the user list template (CSV) you asked for.

Best wishes,
Oliver

Oliver Pemberton
Senior Account Executive, UK & Ireland
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
T: +44 20 7946 0321 | M: +44 7700 900412"""

L16 = [
    ("Meridian Insight answers queries in less than 1 second", "I", "query_latency", ("dur", 1, "seconds"), "conflict"),
    ("Meridian Insight is £25 per user per month.", "I", "per_user_price", ("GBP", 25, "user-month", None), "ok"),
    ("Meridian Insight will be generally available in January 2027", "I", "general_availability", "2027-01", "ok"),
    ("Meridian Insight also comes with an industry-leading library of connectors - over 150 data sources out of the box", "I", "integrations", 150, "unverified"),
    ("F", "phrase", "en.superlative", None, "Meridian Insight also comes with an industry-leading library of connectors"),
]

CSV16 = """Full name,Email,Role,Department,Phone
Sarah Whitcombe,s.whitcombe@brightwater-homes.co.uk,Admin,Finance,+44 113 496 0102
Example User,example.user@brightwater-homes.co.uk,Viewer,Operations,+44 113 496 0177
"""

B17_OWN = """Sato-san,

FYI - Oliver's notes to a UK prospect below. The sub-second figure is not something we can stand behind: Meridian Insight's published query latency is within 2 seconds (p95), so please keep that wording in the Japanese deck too.

I've asked Oliver to send Brightwater a correction.

Thanks,
Marcus

""" + SIG_MARCUS

B17 = B17_OWN + """

-------- Forwarded Message --------
Subject: \tMeridian Insight - notes from today's demo
Date: \tTue, 20 Oct 2026 14:05:12 +0100
From: \tOliver Pemberton <oliver.pemberton@uk.meridian-data.com>
To: \tSarah Whitcombe <s.whitcombe@brightwater-homes.co.uk>
CC: \tMarcus Lee <marcus.lee@meridian-data.com>



""" + B16

L17_OWN = [
    ("Meridian Insight's published query latency is within 2 seconds (p95)", "I", "query_latency", ("dur", 2, "seconds"), "ok"),
]

B18_INNER = """Hi Priya,

Quick answers for the APAC launch deck:

- Meridian Insight goes GA in January 2027. Until then everything is beta.
- Query latency: Meridian Insight returns queries within 2 seconds (p95).
- Meridian Insight supports up to 200 dashboards per workspace.
- Meridian Insight is $30 per user per month in the US price book; use your local price books for GBP and JPY.
- Meridian Insight has a 99.9% uptime SLA.

Marcus

""" + SIG_MARCUS

L18_INNER = [
    ("Meridian Insight goes GA in January 2027.", "I", "general_availability", "2027-01", "ok"),
    ("Meridian Insight returns queries within 2 seconds (p95).", "I", "query_latency", ("dur", 2, "seconds"), "ok"),
    ("Meridian Insight supports up to 200 dashboards per workspace.", "I", "max_dashboards", 200, "ok"),
    ("Meridian Insight is $30 per user per month in the US price book", "I", "per_user_price", ("USD", 30, "user-month", None), "ok"),
    ("Meridian Insight has a 99.9% uptime SLA.", "I", "sla", 99.9, "unverified"),
]

B18_MID = """Hi Sato-san,

For the Japanese version of the Insight launch deck - Marcus's answer from HQ is attached as an email. Everything in it applies to Japan as well, except the price: please use the JPY figure from your price list. For reference, in the UK we sell Meridian Insight at £25 per user per month.

Cheers,
Priya

--
Priya Nair | Solutions Consultant, EMEA & APAC partners
Meridian Data Ltd | +44 20 7946 0388"""

L18_MID = [
    ("in the UK we sell Meridian Insight at £25 per user per month.", "I", "per_user_price", ("GBP", 25, "user-month", None), "ok"),
]

B18 = """林さん

お疲れさまです。東京の佐藤です。
インサイトのローンチ資料の件、ロンドンのPriyaさん経由で本社Marcusさんの回答が届きましたので、メールごと添付で転送します。

日本向けの資料では、以下の内容で統一したいと思います。
・メリディアン インサイトの一般提供開始は2027年1月
・メリディアン インサイトの価格は1ユーザーあたり月額4,000円（税抜）

なお、添付の中にインサイトのSLAに関する記載がありますが、承認済みの値ではないため資料には載せないでください。

よろしくお願いします。
佐藤"""

L18 = [
    ("メリディアン インサイトの一般提供開始は2027年1月", "I", "general_availability", "2027-01", "ok"),
    ("メリディアン インサイトの価格は1ユーザーあたり月額4,000円（税抜）", "I", "per_user_price", ("JPY", 4000, "user-month", "excluded"), "ok"),
]

B19 = """メリディアンデータ株式会社
大阪オフィス 林様

いつもお世話になっております。ネクストリンクの小川です。

なにわ製薬様向けの提案書ドラフトを添付いたします。
11月12日の提出前に、製品仕様の記載に誤りがないかご確認いただけますと幸いです。
特にデータセンターとSLAの項目は、前任者のメモから転記したため自信がございません。

どうぞよろしくお願いいたします。

--------------------------------------------------
株式会社ネクストリンク ソリューション営業部
小川 翔太
〒541-0041 大阪市中央区北浜2-6-18 淀屋橋スクエア5F
TEL: 06-6204-1187
--------------------------------------------------"""

MD19 = """# なにわ製薬株式会社様 バックアップ基盤刷新のご提案（ドラフト v0.3）

株式会社ネクストリンク　2026年11月2日

## 1. ご提案製品

メリディアン ボールト（メリディアンデータ株式会社）

## 2. 主な仕様

- メリディアン ボールトのRPOは15分です。
- 本製品のバックアップ保持期間は標準で90日間です。
- 同製品のデータセンターは東京・大阪に加え、シンガポールもご選択いただけます。
- 同製品のSLAは99.99%です。

## 3. 復旧時間

メリディアン ボールトでは、障害発生から4時間以内の復旧（RTO）を目標としています。

## 4. 概算費用

別紙お見積書をご参照ください。
"""

L19_MD = [
    ("メリディアン ボールトのRPOは15分です。", "V", "rpo", ("dur", 15, "minutes"), "ok"),
    ("本製品のバックアップ保持期間は標準で90日間です。", "V", "retention", ("dur", 90, "days"), "ok"),
    ("同製品のデータセンターは東京・大阪に加え、シンガポールもご選択いただけます。", "V", "data_centers", "Tokyo", "ok"),
    ("同製品のデータセンターは東京・大阪に加え、シンガポールもご選択いただけます。", "V", "data_centers", "Osaka", "ok"),
    ("同製品のデータセンターは東京・大阪に加え、シンガポールもご選択いただけます。", "V", "data_centers", "Singapore", "conflict"),
    ("同製品のSLAは99.99%です。", "V", "sla", 99.99, "conflict"),
    ("メリディアン ボールトでは、障害発生から4時間以内の復旧（RTO）を目標としています。", "V", "rto", ("dur", 4, "hours"), "unverified"),
]

B20 = """小川様

お世話になっております。メリディアンデータの林です。
提案書ドラフトのご確認、承知いたしました。以下3点の修正をお願いいたします。

1. データセンター：メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で、シンガポールには拠点がございません。
2. SLA：同製品のSLAは99.95%です（99.99%ではございません）。
3. 復旧時間（RTO）：承認済みの数値がないため、恐れ入りますが4時間の記載は削除してください。

RPOと保持期間の記載はそのままで問題ございません。
修正版を頂ければ、社内の最終確認に回します。

林

""" + SIG_HAYASHI + """

> 2026/11/02 14:21、小川 翔太 <ogawa@nextlink-si.jp>のメール:
> 
""" + gtq(B19, "> ", "> ")

L20 = [
    ("メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で", "V", "data_centers", "Tokyo", "ok"),
    ("メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で", "V", "data_centers", "Osaka", "ok"),
    ("メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で", "V", "data_centers", "Oregon", "ok"),
    ("メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で", "V", "data_centers", "Frankfurt", "ok"),
    ("同製品のSLAは99.95%です（99.99%ではございません）。", "V", "sla", 99.95, "ok"),
]

B21_HAYASHI = """佐藤さん

お疲れさまです。大阪の林です。
東和精機様のご質問の件、以下でご回答いただいて問題ございません。

・メリディアン ボールトのデータセンターは東京と大阪にございます。
・同製品は1テナントあたり最大500TBまで保存できます。

よろしくお願いします。
林"""

L21_HAYASHI = [
    ("メリディアン ボールトのデータセンターは東京と大阪にございます。", "V", "data_centers", "Tokyo", "ok"),
    ("メリディアン ボールトのデータセンターは東京と大阪にございます。", "V", "data_centers", "Osaka", "ok"),
    ("同製品は1テナントあたり最大500TBまで保存できます。", "V", "max_storage", "500TB", "ok"),
]

B21 = """鈴木様

お世話になっております。メリディアンデータの佐藤です。
先日お問い合わせいただいたバックアップの件、大阪オフィスの林から回答がありましたので、以下に転送いたします。

あわせて、メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）でございます。
また、メリディアン ボールトは国内導入社数No.1※のバックアップサービスとして、多くの製造業のお客様にご利用いただいております。
※2026年6月 株式会社テクノリサーチ調べ（国内法人向けクラウドバックアップ市場）

よくあるご質問をまとめたテキストファイルも添付いたしますので、ご参照ください。

""" + SIG_SATO + """

---------- Forwarded message ---------
差出人: 林 美穂 <m.hayashi@osaka.jp.meridian-data.com>
Date: 2026年11月9日(月) 18:02
Subject: Re: 東和精機様 ボールトのご質問
To: 佐藤 健一 <k.sato@jp.meridian-data.com>


""" + B21_HAYASHI

L21_OWN = [
    ("メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）でございます。", "V", "price_per_tb", ("JPY", 2800, "TB-month", "excluded"), "ok"),
]

FAQ21 = """メリディアン ボールト よくあるご質問（2026年11月版）

Q1. 障害時、どの時点まで戻せますか？
A1. メリディアン ボールトのRPO（目標復旧時点）は15分です。

Q2. バックアップはどのくらいの期間保存されますか？
A2. メリディアン ボールトの標準の保持期間は90日間です。ご要望に応じて延長も可能です。

Q3. 暗号化には対応していますか？
A3. メリディアン ボールトはAES-256で暗号化して保存します。

Q4. 申込みから利用開始までの期間は？
A4. 通常、お申込みから5営業日でご利用いただけます。

メリディアンデータ株式会社 東京オフィス　TEL 03-6555-0100
"""

L21_FAQ = [
    ("メリディアン ボールトのRPO（目標復旧時点）は15分です。", "V", "rpo", ("dur", 15, "minutes"), "ok"),
    ("メリディアン ボールトの標準の保持期間は90日間です。", "V", "retention", ("dur", 90, "days"), "ok"),
    ("メリディアン ボールトはAES-256で暗号化して保存します。", "V", "encryption", "AES-256", "ok"),
]

B22_YAMAMOTO = """田中様

いつもお世話になっております。関西ロジテックの山本です。

来年度、倉庫の監視カメラ映像もバックアップ対象に加える計画があり、データ量が大きく増える見込みです。
以前、別の代理店の方から、メリディアン ボールトは1テナントで最大2PBまで保存できると伺っております。
この理解で正しいでしょうか。

""" + SIG_YAMAMOTO

B22 = """中村さん

お疲れさまです。大阪の田中です。
関西ロジテックの山本様から、バックアップの上限についてお問い合わせがありました（以下転送します）。
メリディアン ボールトの容量上限は1テナントあたり500TBですので、その旨で回答します。
9月のRPOの件の経緯もあるので、念のため共有します。

田中

-------- 転送メッセージ --------
件名: \tバックアップ容量について
日付: \tWed, 11 Nov 2026 16:40:22 +0900
差出人: \t山本 隆 <t.yamamoto@kansai-logitech.co.jp>
宛先: \t田中 誠 <m.tanaka@osaka.jp.meridian-data.com>



""" + B22_YAMAMOTO

L22 = [
    ("メリディアン ボールトの容量上限は1テナントあたり500TBですので", "V", "max_storage", "500TB", "ok"),
    ("メリディアン ボールトは1テナントで最大2PBまで保存できると伺っております。", "V", "max_storage", "2PB", "conflict", True, "unknown"),
]

# the gzip'ed message (unreadable)
B23 = """Hi team,

Attaching the signed order form for Northwind. Meridian Insight pilot starts 1 December.

Marcus"""
# ====================================================================== driver
import datetime as _dt
import email as _email
import email.policy as _policy
import gzip as _gzip
import json as _json
import os as _os
import re as _re
import shutil as _shutil
import sys as _sys
import unicodedata as _ud

GEN = _os.path.dirname(_os.path.abspath(__file__))
SET = _os.path.dirname(GEN)
RULES = _os.path.normpath(_os.path.join(SET, "..", "..", "shared", "eval", "rules"))
DOCS_AS_OF = "2026-11-22"
PRODUCTS = {"S": "meridian-sync", "V": "meridian-vault", "I": "meridian-insight"}
SIZE_ATTRS = {"storage_per_user", "max_storage", "max_file_size"}
JST, BST, GMT = _dt.timezone(_dt.timedelta(hours=9)), _dt.timezone(_dt.timedelta(hours=1)), _dt.timezone.utc
PDT, CDT = _dt.timezone(_dt.timedelta(hours=-7)), _dt.timezone(_dt.timedelta(hours=-5))


def office_of(a):
    a = a.lower()
    for o, suf in (("osaka", "@osaka.jp.meridian-data.com"), ("tokyo", "@jp.meridian-data.com"),
                   ("london", "@uk.meridian-data.com"), ("us-hq", "@meridian-data.com")):
        if a.endswith(suf):
            return o
    return "unknown"


def value_of(attr, v):
    if isinstance(v, tuple) and v[0] == "dur":
        return {"amount": v[1], "unit": v[2]}
    if isinstance(v, tuple):
        return {"amount": v[1], "currency": v[0], "per": v[2], "tax": v[3]}
    if attr in SIZE_ATTRS:
        m = _re.match(r"^(\d+)(TB|PB)$", v)
        return int(m.group(1)) * {"TB": 10 ** 12, "PB": 10 ** 15}[m.group(2)]
    return v


def quoted(labels, office):
    """The labels of a text as they read when quoted/forwarded: quoted, its author's office."""
    out = []
    for l in labels:
        if l[0] == "F":
            out.append(l + ("Q",))
        elif len(l) > 5:
            out.append(l)                              # already quoted: keeps its author
        else:
            out.append(l + (True, office))
    return out


def dt(y, mo, d, hh, mm, ss, tz):
    return _dt.datetime(y, mo, d, hh, mm, ss, tzinfo=tz)


# ---------------------------------------------------------------- message ids
def gmail_id(seed):
    import base64, hashlib
    s = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    s = s.replace("/", "_").replace("+", "=")[:38]
    return "CA%s%s@mail.gmail.com" % ("J" if len(seed) % 2 else "K", s)


def outlook_id(seed, region="jp"):
    hx = h(seed, 36).upper()
    if region == "jp":
        return "TYCPR01MB%s@TYCPR01MB%s.jpnprd01.prod.outlook.com" % (hx, 10000 + int(hx[:4], 16) % 9000)
    return "LO4P265MB%s@LO4P265MB%s.GBRP265.PROD.OUTLOOK.COM" % (hx, 1000 + int(hx[:4], 16) % 9000)


def tb_id(seed, domain):
    x = h(seed, 32)
    return "%s-%s-%s-%s-%s@%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)


def apple_id(seed, domain):
    x = h(seed, 32).upper()
    return "%s-%s-%s-%s-%s@%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)


# ---------------------------------------------------------------- mailers
def addrs(people, cs="UTF-8", quote=False):
    return ", ".join(addr(n, a, cs, quote) for n, a in people)


def gmail(m, body_text, atts=(), crlf=True):
    plain = text_part(body_text, charset="UTF-8",
                      cte="base64" if any(ord(c) > 127 for c in body_text) else "quoted-printable")
    htm = text_part(to_html(body_text, "gmail"), "html", "UTF-8",
                    cte="base64" if any(ord(c) > 127 for c in body_text) else "quoted-printable")
    b = "000000000000" + h(m["id"] + "a", 12)
    part = multipart("alternative", [plain, htm], b)
    if atts:
        part = multipart("mixed", [part] + list(atts), "000000000000" + h(m["id"] + "m", 12))
    hd = [("MIME-Version", "1.0"), ("Date", rfcdate(m["date"]))]
    if m.get("refs"):
        hd += [("References", " ".join("<%s>" % r for r in m["refs"])), ("In-Reply-To", "<%s>" % m["refs"][-1])]
    hd += [("Message-ID", "<%s>" % m["id"]), ("Subject", ew(m["subject"])),
           ("From", addr(*m["from"])), ("To", addrs(m["to"]))]
    if m.get("cc"):
        hd.append(("Cc", addrs(m["cc"])))
    return message(hd, part, crlf)


def outlook(m, body_text, atts=(), related=None, jp=True, crlf=True):
    cs = "iso-2022-jp" if jp else "utf-8"
    if jp:
        plain = text_part(body_text, charset=cs, cte="7bit")
        htm = text_part(to_html(body_text, "outlook", cs), "html", cs, cte="quoted-printable")
    else:
        heavy = sum(ord(c) > 127 for c in body_text) > 20
        plain = text_part(body_text, charset=cs, cte="base64" if heavy else "quoted-printable")
        htm = text_part(to_html(body_text, "outlook", cs), "html", cs, cte="base64" if heavy else "quoted-printable")
    key = h(m["id"], 8)
    part = multipart("alternative", [plain, htm], "_000_%s_" % m["id"].split("@")[0][:40])
    if related:
        part = multipart("related", [part] + list(related), "_004_%s_" % m["id"].split("@")[0][:40],
                         extra=';\n\ttype="multipart/alternative"')
    if atts:
        part = multipart("mixed", [part] + list(atts), "_006_%s_" % m["id"].split("@")[0][:40])
    hcs = "iso-2022-jp" if jp else "utf-8"
    hd = [("From", addr(m["from"][0], m["from"][1], hcs, True)),
          ("To", addrs(m["to"], hcs, True))]
    if m.get("cc"):
        hd.append(("CC", addrs(m["cc"], hcs, True)))
    hd += [("Subject", ew(m["subject"], hcs)), ("Thread-Topic", ew(_re.sub(r"^(RE|FW|Fwd): ", "", m["subject"]), hcs)),
           ("Thread-Index", "AdzA" + h(m["id"] + "ti", 24)), ("Date", rfcdate(m["date"], pad=True)),
           ("Message-ID", "<%s>" % m["id"])]
    if m.get("refs"):
        hd += [("References", " ".join("<%s>" % r for r in m["refs"])), ("In-Reply-To", "<%s>" % m["refs"][-1])]
    hd += [("Accept-Language", "ja-JP, en-US" if jp else "en-GB, en-US"),
           ("Content-Language", "ja-JP" if jp else "en-GB"),
           ("X-MS-Has-Attach", "yes" if atts or related else ""), ("X-MS-TNEF-Correlator", ""),
           ("msip_labels", ""), ("MIME-Version", "1.0")]
    return message(hd, part, crlf)


def thunderbird(m, body_text, atts=(), jp=False, crlf=False, lang="en-US"):
    if jp and m.get("iso2022"):
        plain = text_part(body_text, charset="ISO-2022-JP", cte="7bit", flowed=True, quote_cs=False)
    else:
        txt = body_text if jp else flow(body_text)
        plain = text_part(txt, charset="UTF-8", cte="8bit" if any(ord(c) > 127 for c in txt) else "7bit",
                          flowed=True, quote_cs=False)
    part = plain
    if atts:
        part = multipart("mixed", [plain] + list(atts), "------------" + h(m["id"], 24),
                         preamble="This is a multi-part message in MIME format.")
    hd = [("Message-ID", "<%s>" % m["id"]), ("Date", rfcdate(m["date"])), ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)]
    hd += [("To", addrs(m["to"]))]
    if m.get("cc"):
        hd.append(("Cc", addrs(m["cc"])))
    if m.get("refs"):
        hd += [("References", " ".join("<%s>" % r for r in m["refs"])), ("In-Reply-To", "<%s>" % m["refs"][-1])]
    hd += [("From", addr(*m["from"])), ("Subject", ew(m["subject"]))]
    return message(hd, part, crlf)


def apple(m, body_text, atts=(), iphone=False, crlf=True):
    plain = text_part(body_text, charset="utf-8", cte="quoted-printable", quote_cs=False)
    b = "Apple-Mail=_" + apple_id(m["id"], "x").split("@")[0]
    if iphone:
        part = plain
    else:
        htm = text_part(to_html(body_text, "apple"), "html", "utf-8", cte="quoted-printable", quote_cs=False)
        part = multipart("alternative", [plain, htm], b)
    if atts:
        part = multipart("mixed", [part] + list(atts), b.replace("=_", "=_M"))
    hd = [("From", addr(*m["from"])), ("Mime-Version", "1.0 (1.0)" if iphone else "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"),
          ("Subject", ew(m["subject"], "utf-8")), ("Date", rfcdate(m["date"]))]
    if m.get("refs"):
        hd += [("References", " ".join("<%s>" % r for r in m["refs"]))]
    if m.get("cc"):
        hd.append(("Cc", addrs(m["cc"])))
    hd += [("To", addrs(m["to"]))]
    if m.get("refs"):
        hd += [("In-Reply-To", "<%s>" % m["refs"][-1])]
    hd += [("Message-Id", "<%s>" % m["id"]),
           ("X-Mailer", "iPhone Mail (23A355)" if iphone else "Apple Mail (2.3826.200.121)")]
    return message(hd, part, crlf)


# ---------------------------------------------------------------- the mail
def build_mail():
    M = []

    def add(**kw):
        M.append(kw)
        return kw

    png_logo = make_png(120, 32, (0, 59, 92), (255, 255, 255))
    png_shot = make_png(64, 48, (236, 240, 244), (40, 120, 200))

    m01 = add(n=1, id=gmail_id("m01"), date=dt(2026, 8, 4, 10, 12, 33, JST), **{"from": SATO}, to=[SUZUKI],
              subject="【メリディアンデータ】メリディアン シンクのご案内とお見積りについて",
              body=B01, labels=L01, archive=True)
    m01["raw"] = gmail(m01, B01)

    m02 = add(n=2, id=outlook_id("m02"), date=dt(2026, 8, 11, 17, 2, 41, JST), **{"from": SUZUKI}, to=[SATO],
              subject="RE: 【メリディアンデータ】メリディアン シンクのご案内とお見積りについて", refs=[m01["id"]],
              body=B02, labels=L02_OWN + quoted(L01, "tokyo"), archive=False)
    m02["raw"] = outlook(m02, B02)

    pdf03 = make_pdf(["Meridian Sync - Product Overview 2026", "Meridian Sync supports up to 50,000 users per tenant.",
                      "Works fully offline on Windows, macOS and Linux.", "Contact: sales@jp.meridian-data.com"],
                     "Meridian Sync Product Overview")
    m03 = add(n=3, id=gmail_id("m03"), date=dt(2026, 8, 12, 9, 40, 5, JST), **{"from": SATO}, to=[SUZUKI],
              subject="Re: 【メリディアンデータ】メリディアン シンクのご案内とお見積りについて",
              refs=[m01["id"], m02["id"]], body=B03, labels=L03, archive=True)
    m03["raw"] = gmail(m03, B03, [bin_part(pdf03, "application/pdf", "Meridian_Sync_製品概要_2026.pdf")])

    m04 = add(n=4, id=outlook_id("m04", "uk"), date=dt(2026, 9, 1, 11, 26, 18, BST), **{"from": OLIVER}, to=[FLETCHER],
              subject="Meridian Vault - follow-up from Thursday", body=B04, labels=L04, archive=True)
    m04["raw"] = outlook(m04, B04, jp=False, related=[bin_part(png_logo, "image/png", "image001.png", disp="inline",
                                                               cid="image001.png@01DD1A2B.3C4D5E60")])

    m05 = add(n=5, id=outlook_id("m05"), date=dt(2026, 9, 8, 15, 30, 2, JST), **{"from": NAKAMURA}, to=[YAMAMOTO],
              subject="メリディアン ボールトのご提案について（関西ロジテック様）", body=B05,
              labels=L05_BODY + L05_CSV, archive=True, texts=[CSV05])
    m05["raw"] = outlook(m05, B05, atts=[text_part(CSV05, "csv", "utf-8", "base64", filename="メリディアンボールト_仕様単価.csv")])

    m06 = add(n=6, id=gmail_id("m06"), date=dt(2026, 9, 10, 9, 5, 44, BST), **{"from": PRIYA}, to=[TANAKA], cc=[NAKAMURA],
              subject="Fwd: メリディアン ボールトのご提案について（関西ロジテック様）", body=B06,
              labels=L06_OWN + quoted(L05_BODY, "tokyo"), archive=True)
    m06["raw"] = gmail(m06, B06)

    m07 = add(n=7, id=outlook_id("m07"), date=dt(2026, 9, 11, 8, 47, 10, JST), **{"from": NAKAMURA}, to=[PRIYA], cc=[TANAKA],
              subject="RE: Fwd: メリディアン ボールトのご提案について（関西ロジテック様）", refs=[m06["id"]], body=B07,
              labels=L07_OWN + quoted(L06_OWN, "london") + quoted(L05_BODY, "tokyo"), archive=False)
    m07["raw"] = outlook(m07, B07, jp=False)

    m08 = add(n=8, id=outlook_id("m08"), date=dt(2026, 9, 18, 10, 5, 51, JST), **{"from": YAMAMOTO}, to=[TANAKA],
              subject="FW: メリディアン ボールトのご提案について（関西ロジテック様）", body=B08,
              labels=quoted(L05_BODY, "tokyo"), archive=True)
    m08["raw"] = outlook(m08, B08)

    pdf09 = make_pdf(["Meridian Vault Service Description v2.1 (excerpt)", "3.2 Recovery objectives",
                      "Recovery point objective (RPO): 15 minutes", "Recovery time objective: see 3.3"],
                     "Meridian Vault Service Description excerpt")
    m09 = add(n=9, id=tb_id("m09", "osaka.jp.meridian-data.com"), date=dt(2026, 9, 22, 16, 48, 3, JST),
              **{"from": TANAKA}, to=[YAMAMOTO], cc=[NAKAMURA],
              subject="Re: FW: メリディアン ボールトのご提案について（関西ロジテック様）", refs=[m08["id"]], body=B09,
              labels=L09_OWN + quoted(L05_BODY, "tokyo"), archive=True)
    m09["raw"] = thunderbird(m09, B09, atts=[
        bin_part(pdf09, "application/pdf", "サービス仕様書_抜粋_RPO.pdf", fstyle="rfc2231"),
        bin_part(png_shot, "image/png", "管理画面_バックアップ設定.png", fstyle="rfc2231")], jp=True, lang="ja")

    xlsx10 = make_xlsx([["御見積書", "", "", ""], ["見積番号", "MDJ-Q-2026-0918", "", ""],
                        ["品目", "単価", "数量", "金額"],
                        ["メリディアン シンク 月額基本料金（税抜）", 45000, 12, 540000],
                        ["メリディアン シンク 最大ユーザー数", "50,000ユーザー", "", ""]])
    m10 = add(n=10, id=gmail_id("m10"), date=dt(2026, 10, 2, 11, 20, 16, JST), **{"from": SATO}, to=[SUZUKI],
              subject="【メリディアンデータ】正式お見積書送付の件（MDJ-Q-2026-0918）", body=B10, labels=L10, archive=True)
    m10["raw"] = gmail(m10, B10, [bin_part(xlsx10, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                           "御見積書_MDJ-Q-2026-0918.xlsx")])

    m11 = add(n=11, id=tb_id("m11", "meridian-data.com"), date=dt(2026, 10, 6, 8, 42, 57, PDT), **{"from": MARCUS},
              to=[JORDAN], subject="Re: Meridian Insight pilot - technical questions",
              refs=[apple_id("jordan-q", "northwindclinics.org")], body=B11, labels=L11, archive=True)
    m11["raw"] = thunderbird(m11, B11)

    m12 = add(n=12, id=gmail_id("m12"), date=dt(2026, 10, 8, 15, 12, 9, BST), **{"from": PRIYA}, to=[FLETCHER], cc=[OLIVER],
              subject="Meridian Sync FAQ", body=B12, labels=L12 + L12_FAQ, archive=False, texts=[FAQ12])
    m12["raw"] = gmail(m12, B12, [text_part(FAQ12, "plain", "windows-1252", "quoted-printable",
                                            filename="Meridian_Sync_FAQ_UK.txt")])

    m13 = add(n=13, id=apple_id("m13", "northwindclinics.org"), date=dt(2026, 10, 13, 9, 14, 26, CDT),
              **{"from": JORDAN}, to=[DANA], subject="Fwd: Meridian options for Northwind", body=B13,
              labels=quoted(L_KEN, "unknown"), archive=True)
    m13["raw"] = apple(m13, B13, iphone=True)

    m14 = add(n=14, id=apple_id("m14", "osaka.jp.meridian-data.com"), date=dt(2026, 10, 14, 13, 15, 40, JST),
              **{"from": HAYASHI}, to=[NISHIDA], subject="メリディアン・シンクのご質問への回答", body=B14, labels=L14,
              archive=True)
    m14["raw"] = apple(m14, B14)

    b15 = B15.replace("9:14 AM", "7:14 AM")
    m15 = add(n=15, id=apple_id("m15", "meridian-data.com"), date=dt(2026, 10, 14, 10, 2, 31, PDT), **{"from": DANA},
              to=[JORDAN], cc=[MARCUS], subject="Re: Fwd: Meridian options for Northwind", refs=[m13["id"]], body=b15,
              labels=L15_OWN + quoted(L_KEN, "unknown"), archive=True)
    m15["raw"] = apple(m15, b15)

    pdf16 = make_pdf(["Meridian Insight - Brightwater Homes demo", "Sub-second queries on any data volume",
                      "Unlimited dashboards", "Generally available Q4 2026"], "Brightwater demo")
    m16 = add(n=16, id=outlook_id("m16", "uk"), date=dt(2026, 10, 20, 14, 5, 12, BST), **{"from": OLIVER}, to=[WHITCOMBE],
              cc=[MARCUS], subject="Meridian Insight - notes from today's demo", body=B16, labels=L16, archive=True,
              texts=[CSV16])
    m16["raw"] = outlook(m16, B16, jp=False, atts=[
        bin_part(pdf16, "application/pdf", "Brightwater_Insight_demo_20Oct2026.pdf"),
        text_part(CSV16, "csv", "utf-8", "quoted-printable", filename="Insight_user_list_template.csv")])

    m17 = add(n=17, id=tb_id("m17", "meridian-data.com"), date=dt(2026, 10, 21, 7, 58, 2, PDT), **{"from": MARCUS},
              to=[SATO], cc=[OLIVER], subject="Fwd: Meridian Insight - notes from today's demo", body=B17,
              labels=L17_OWN + quoted(L16, "london"), archive=True)
    m17["raw"] = thunderbird(m17, B17)

    # nested: Marcus (us-hq) -> Priya (london), attached by Priya -> Sato (tokyo), attached by Sato -> Hayashi (osaka)
    inner = dict(id=tb_id("m18-inner", "meridian-data.com"), date=dt(2026, 10, 21, 16, 30, 45, PDT), **{"from": MARCUS},
                 to=[PRIYA], subject="Re: Insight answers for the APAC launch deck")
    inner_raw = thunderbird(inner, B18_INNER, crlf=False)
    mid = dict(id=gmail_id("m18-mid"), date=dt(2026, 10, 22, 9, 12, 30, BST), **{"from": PRIYA}, to=[SATO],
               subject="Fwd: Insight answers for the APAC launch deck")
    mid_raw = gmail(mid, B18_MID, [rfc822_part(inner_raw, "Re_ Insight answers for the APAC launch deck.eml")], crlf=False)
    m18 = add(n=18, id=gmail_id("m18"), date=dt(2026, 10, 23, 10, 30, 11, JST), **{"from": SATO}, to=[HAYASHI],
              subject="Fwd: Fwd: Insight answers for the APAC launch deck", body=B18,
              labels=L18 + quoted(L18_MID, "london") + quoted(L18_INNER, "us-hq"), archive=True,
              texts=[B18_MID, B18_INNER])
    m18["raw"] = gmail(m18, B18, [rfc822_part(mid_raw, "Fwd_ Insight answers for the APAC launch deck.eml")])

    m19 = add(n=19, id=tb_id("m19", "nextlink-si.jp"), date=dt(2026, 11, 2, 14, 21, 37, JST), **{"from": OGAWA},
              to=[HAYASHI], subject="【確認依頼】なにわ製薬様 提案書ドラフト", body=B19, labels=L19_MD, archive=False,
              texts=[MD19])
    m19["raw"] = thunderbird(m19, B19, atts=[text_part(MD19, "markdown", "UTF-8", "base64", quote_cs=False,
                                                       filename="なにわ製薬様_提案書ドラフト_v0.3.md", fstyle="rfc2231")],
                             jp=True, lang="ja")

    m20 = add(n=20, id=apple_id("m20", "osaka.jp.meridian-data.com"), date=dt(2026, 11, 4, 11, 3, 20, JST),
              **{"from": HAYASHI}, to=[OGAWA], subject="Re: 【確認依頼】なにわ製薬様 提案書ドラフト", refs=[m19["id"]],
              body=B20, labels=L20, archive=True)
    m20["raw"] = apple(m20, B20)

    m21 = add(n=21, id=gmail_id("m21"), date=dt(2026, 11, 10, 9, 26, 48, JST), **{"from": SATO}, to=[SUZUKI],
              subject="Fwd: 東和精機様 ボールトのご質問", body=B21,
              labels=L21_OWN + L21_FAQ + quoted(L21_HAYASHI, "osaka"), archive=True, texts=[FAQ21])
    m21["raw"] = gmail(m21, B21, [text_part(FAQ21, "plain", "Shift_JIS", "base64",
                                            filename="ボールト_よくあるご質問.txt")])

    m22 = add(n=22, id=tb_id("m22", "osaka.jp.meridian-data.com"), date=dt(2026, 11, 12, 9, 2, 14, JST),
              **{"from": TANAKA}, to=[NAKAMURA], subject="Fwd: バックアップ容量について", body=B22, labels=L22,
              archive=True, iso2022=True)
    m22["raw"] = thunderbird(m22, B22, jp=True, lang="ja")

    inner23 = dict(id=tb_id("m23", "meridian-data.com"), date=dt(2026, 11, 13, 12, 0, 0, _dt.timezone(_dt.timedelta(hours=-8))), **{"from": MARCUS},
                   to=[DANA], subject="Northwind order form")
    m23 = add(n=23, id=None, date=None, **{"from": MARCUS}, to=[DANA], subject="", body="", labels=[
        ("F", "unreadable", None, None, "gzip-compressed data saved with an .eml name; not an RFC 5322 message")],
        archive=False)
    m23["raw"] = _gzip.compress(thunderbird(inner23, B23), mtime=0)
    return M
# ====================================================================== documents
D_LONDON = """# Proposal: Meridian Vault for Harbourside Legal LLP

Prepared by Oliver Pemberton, Meridian Data Ltd - 16 November 2026
Reference: MD-UK-P-2611-07 | Client contact: James Fletcher, Head of IT

## 1. Summary

Harbourside Legal asked us to replace the tape rotation that currently protects its London and Leeds offices. Harbourside currently protects roughly 38 TB on tape. This proposal covers Meridian Vault for server and Microsoft 365 backup, and Meridian Sync for sharing documents with clients.

## 2. Meridian Vault at a glance

| Item | Meridian Vault |
|---|---|
| Recovery point objective (RPO) | 15 minutes |
| Default retention | 90 days |
| Availability SLA | 99.95% |
| Encryption at rest | AES-256 |
| Hosting | Frankfurt data centre (EU) |
| Maximum capacity per tenant | 500 TB |

With Meridian Vault, successful restores are guaranteed.

## 3. Pricing

| Product | Billing unit | List price (ex VAT) |
|---|---|---|
| Meridian Vault | per TB per month | £16 |
| Meridian Sync | per month | £329 |

Harbourside's three-year commitment attracts a 12% discount on the above, applied on the order form (order ref. HL-2026-114).

## 4. Meridian Sync for client sharing

Meridian Sync supports up to 5,000 users per organisation, comfortably above Harbourside's 210 fee earners and staff. Each user gets 1 TB of storage. Sync runs on Windows, macOS, iOS and Android.

## 5. Next steps

1. Technical workshop with Harbourside IT (week commencing 30 November).
2. Pilot on the Leeds file server for four weeks.
3. Full cut-over before the end of Q1 2027.

Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG. Registered in England and Wales, company no. 09876543.
"""

L_LONDON = [
    ("| Recovery point objective (RPO) | 15 minutes |", "V", "rpo", ("dur", 15, "minutes"), "ok"),
    ("| Default retention | 90 days |", "V", "retention", ("dur", 90, "days"), "ok"),
    ("| Availability SLA | 99.95% |", "V", "sla", 99.95, "ok"),
    ("| Encryption at rest | AES-256 |", "V", "encryption", "AES-256", "ok"),
    ("| Hosting | Frankfurt data centre (EU) |", "V", "data_centers", "Frankfurt", "ok"),
    ("| Maximum capacity per tenant | 500 TB |", "V", "max_storage", "500TB", "ok"),
    ("| Meridian Vault | per TB per month | £16 |", "V", "price_per_tb", ("GBP", 16, "TB-month", "excluded"), "ok"),
    ("| Meridian Sync | per month | £329 |", "S", "monthly_price", ("GBP", 329, "month", "excluded"), "ok"),
    ("Meridian Sync supports up to 5,000 users per organisation", "S", "max_users", 5000, "stale"),
    ("Each user gets 1 TB of storage.", "S", "storage_per_user", "1TB", "ok"),
    ("Sync runs on Windows, macOS, iOS and Android.", "S", "supported_platforms", "Windows", "ok"),
    ("Sync runs on Windows, macOS, iOS and Android.", "S", "supported_platforms", "macOS", "ok"),
    ("Sync runs on Windows, macOS, iOS and Android.", "S", "supported_platforms", "iOS", "ok"),
    ("Sync runs on Windows, macOS, iOS and Android.", "S", "supported_platforms", "Android", "ok"),
    ("F", "phrase", "en.guarantee", None, "With Meridian Vault, successful restores are guaranteed."),
]

D_LONDON_DRAFT = """# Harbourside - first draft (do not send)

- Meridian Vault also runs in a London data centre.
- Unlimited retention on request.
- Meridian Sync supports 25,000 users.
"""

D_TOKYO = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>東和精機株式会社様 ファイル共有基盤ご提案書</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}.note{font-size:small}</style>
</head>
<body>
<h1>東和精機株式会社様 ファイル共有基盤ご提案書</h1>
<p>2026年11月18日<br>メリディアンデータ株式会社 東京オフィス 営業部 佐藤 健一</p>

<h2>1. ご提案の概要</h2>
<p>現在ご利用中のファイルサーバーは約12TB、利用者は約300名です。これをメリディアン シンクへ段階的に移行するご提案です。</p>

<h2>2. 製品仕様</h2>
<table>
<caption>メリディアン シンク 主な仕様</caption>
<tr><th>項目</th><th>仕様</th></tr>
<tr><td>最大ユーザー数</td><td><del>5,000ユーザー</del> 10,000ユーザー（2026年4月改定）</td></tr>
<tr><td>ストレージ容量</td><td>1ユーザーあたり1TB</td></tr>
<tr><td>稼働率SLA</td><td>99.9%</td></tr>
<tr><td>対応OS</td><td>Windows / macOS / iOS / Android</td></tr>
<tr><td>認証</td><td>ISO/IEC 27001、SOC 2 Type II</td></tr>
<tr><td>オフライン利用</td><td>不可（同期にはインターネット接続が必要です）</td></tr>
</table>

<h2>3. 料金</h2>
<table>
<caption>お見積り（金額はすべて税抜）</caption>
<tr><th>製品</th><th>課金単位</th><th>単価</th></tr>
<tr><td>メリディアン シンク</td><td>月額（基本料金）</td><td>50,000円</td></tr>
<tr><td>メリディアン インサイト</td><td>1ユーザーあたり月額</td><td>4,000円</td></tr>
</table>
<p class="note">※メリディアン インサイトは2027年1月の一般提供開始後のご契約となります。</p>

<h2>4. 導入実績</h2>
<p>メリディアン シンク（旧称：メリディアン ファイルシンク）は、製造業を中心に国内で多数の導入実績がございます。製造業向けファイル共有サービスとして顧客満足度No.1※を獲得しております。</p>
<p class="note">※2026年7月 日本ITサービス評価機構調べ（製造業向けクラウドストレージ8製品の比較）</p>
<p>移行手順の詳細は <a href="https://www.meridian-data.com/jp/filesync-migration/">https://www.meridian-data.com/jp/filesync-migration/</a> をご覧ください。</p>

<h2>5. 今後のスケジュール</h2>
<p>12月3日（木）にPoC環境をご用意し、2027年2月の本番移行を予定しております。</p>
</body>
</html>
"""

L_TOKYO = [
    ("10,000ユーザー（2026年4月改定）", "S", "max_users", 10000, "ok"),
    ("ストレージ容量 1ユーザーあたり1TB", "S", "storage_per_user", "1TB", "ok"),
    ("稼働率SLA 99.9%", "S", "sla", 99.9, "ok"),
    ("対応OS Windows / macOS / iOS / Android", "S", "supported_platforms", "Windows", "ok"),
    ("対応OS Windows / macOS / iOS / Android", "S", "supported_platforms", "macOS", "ok"),
    ("対応OS Windows / macOS / iOS / Android", "S", "supported_platforms", "iOS", "ok"),
    ("対応OS Windows / macOS / iOS / Android", "S", "supported_platforms", "Android", "ok"),
    ("認証 ISO/IEC 27001、SOC 2 Type II", "S", "certifications", "ISO 27001", "ok"),
    ("認証 ISO/IEC 27001、SOC 2 Type II", "S", "certifications", "SOC 2 Type II", "ok"),
    ("オフライン利用 不可（同期にはインターネット接続が必要です）", "S", "offline_mode", False, "ok"),
    ("メリディアン シンク 月額（基本料金） 50,000円", "S", "monthly_price", ("JPY", 50000, "month", "excluded"), "ok"),
    ("メリディアン インサイト 1ユーザーあたり月額 4,000円", "I", "per_user_price", ("JPY", 4000, "user-month", "excluded"), "ok"),
    ("※メリディアン インサイトは2027年1月の一般提供開始後のご契約となります。", "I", "general_availability", "2027-01", "ok"),
    ("F", "terminology", None, "S", "メリディアン シンク（旧称：メリディアン ファイルシンク）"),
]

D_OSAKA = """\ufeff関西ロジテック株式会社 御中
メリディアン ボールト 導入ご提案書（改訂版）

2026年11月16日
メリディアンデータ株式会社 大阪オフィス
担当：田中 誠（TEL 06-6147-2285）


1. 背景
貴社倉庫管理システム（WMS）のバックアップを、現行のテープ運用からクラウドへ移行したいとのご要望を頂戴しております。

2. 製品仕様
・メリディアン ボールトのRPO（目標復旧時点）は15分です。
・本製品の標準のデータ保持期間は90日間です。
・同製品のデータセンターは東京と大阪にございます。
・メリディアン ボールトの稼働率は99.95%です。
・本製品は1テナントあたり最大1PBまでバックアップ可能です。

3. 復旧時間について
メリディアン ボールトの目標復旧時間（RTO）は、データ量10TBの場合で約2時間です。
本製品を導入いただければ、ランサムウェア被害からの復旧を必ずお約束いたします。

4. お見積り
メリディアン ボールト　1TBあたり月額　3,080円（税込）
合計金額は別紙お見積書をご参照ください。

5. 備考
・本提案書の内容は2026年12月末まで有効です。
・ご不明点は担当の田中までお問い合わせください。
"""

L_OSAKA = [
    ("メリディアン ボールトのRPO（目標復旧時点）は15分です。", "V", "rpo", ("dur", 15, "minutes"), "ok"),
    ("本製品の標準のデータ保持期間は90日間です。", "V", "retention", ("dur", 90, "days"), "ok"),
    ("同製品のデータセンターは東京と大阪にございます。", "V", "data_centers", "Tokyo", "ok"),
    ("同製品のデータセンターは東京と大阪にございます。", "V", "data_centers", "Osaka", "ok"),
    ("メリディアン ボールトの稼働率は99.95%です。", "V", "sla", 99.95, "ok"),
    ("本製品は1テナントあたり最大1PBまでバックアップ可能です。", "V", "max_storage", "1PB", "conflict"),
    ("メリディアン ボールトの目標復旧時間（RTO）は、データ量10TBの場合で約2時間です。", "V", "rto", ("dur", 2, "hours"), "unverified"),
    ("メリディアン ボールト　1TBあたり月額　3,080円（税込）", "V", "price_per_tb", ("JPY", 3080, "TB-month", "included"), "ok"),
    ("F", "phrase", "ja.absolute", None, "本製品を導入いただければ、ランサムウェア被害からの復旧を必ずお約束いたします。"),
]

D_US = """# Northwind Clinics - Meridian Insight Pilot Proposal

Prepared for: Jordan Reyes, Director of IT, Northwind Clinics
Prepared by: Marcus Lee, Meridian Data Inc. - November 12, 2026
Quote ID: NW-INS-2611 | Valid through December 31, 2026

## Why Meridian Insight

Meridian Insight gives your 14 clinics one place to track patient throughput, staffing and billing. It has industry-leading query performance on clinic-scale data.[^1]

## Pilot scope and pricing

| Item | Detail |
|---|---|
| Product | Meridian Insight (beta until general availability in January 2027) |
| Pilot group | 45 clinic managers |
| Free trial | 30 days, then converts to paid |
| List price | $30 per user per month |
| Pilot discount | 20% off list for the first 12 months |
| Dashboards | up to 200 per workspace |

## Integration and security

Meridian Insight connects to 40+ data sources, including Epic and athenahealth, through pre-built connectors.
Meridian Insight is covered by our SOC 2 Type II report.
Meridian Insight query latency stays under 2 seconds for dashboards of this size.
Unlimited viewers can open shared dashboards without a paid seat.

<!-- onevoice-disable-next-line en.guarantee -->
The pilot is risk-free: if it misses the success criteria we agree in week one, Northwind pays nothing.

## Timeline

- December 1: workspace provisioned, SSO connected
- December 15: first clinic views live
- January 29: pilot review with the Northwind leadership team

[^1]: Source: Halvorsen Analytics, Healthcare BI Benchmark, September 2026.
"""

L_US = [
    ("| Product | Meridian Insight (beta until general availability in January 2027) |", "I", "general_availability", "2027-01", "ok"),
    ("| Free trial | 30 days, then converts to paid |", "I", "free_trial", ("dur", 30, "days"), "ok"),
    ("| List price | $30 per user per month |", "I", "per_user_price", ("USD", 30, "user-month", None), "ok"),
    ("| Dashboards | up to 200 per workspace |", "I", "max_dashboards", 200, "ok"),
    ("Meridian Insight connects to 40+ data sources, including Epic and athenahealth, through pre-built connectors.", "I", "integrations", 40, "unverified"),
    ("Meridian Insight is covered by our SOC 2 Type II report.", "I", "certifications", "SOC 2 Type II", "unverified"),
    ("Meridian Insight query latency stays under 2 seconds for dashboards of this size.", "I", "query_latency", ("dur", 2, "seconds"), "ok"),
    ("F", "phrase", "en.unlimited", None, "Unlimited viewers can open shared dashboards without a paid seat."),
]

DOCS = [
    # path, text, labels, office, encoding, crlf
    ("docs/london/harbourside-vault-proposal.md", D_LONDON, L_LONDON, "london", "utf-8", False),
    ("docs/london/drafts/harbourside-v0.md", D_LONDON_DRAFT, None, "london", "utf-8", False),
    ("docs/tokyo/towa-seiki-teian.html", D_TOKYO, L_TOKYO, "tokyo", "utf-8", False),
    ("docs/osaka/kansai-logitech-vault-teian.txt", D_OSAKA, L_OSAKA, "osaka", "utf-8", True),
    ("docs/us-hq/northwind-insight-pilot.md", D_US, L_US, "us-hq", "utf-8", False),
]
README = """# Evaluation set 75 — forwards and attachments

An independent labelled set about Meridian Data in the format of `../../shared/eval/dev`
(layout, values and verdicts as `LABELS.md` says). {messages} messages in `mail/`
({archived} of them again in `mail/archive.mbox`, mboxrd, date order), {docs} proposal
documents in `docs/<office>/` (plus one ignored draft), judged as of **2026-11-22**.
`expected.jsonl` holds {claims} claim lines and {findings} finding lines outside the archive,
{lines} lines in all with the archive repeats and the cross-office cases.

Everything is written by `gen/generate.py` (python3, stdlib only, deterministic):

    python3 gen/generate.py                      # rewrites mail/, docs/, expected.jsonl, .onevoice.yaml, README.md

The generator checks its own labels: every excerpt is found in the text a MIME parser
decodes from the written bytes (text parts and text attachments, attached messages
included), the phrase rules of `rules/phrases/*.yaml` fire exactly where a phrase finding is
labelled, deprecated names appear exactly where a terminology finding is labelled, and the
cross-office cases come out the same whether or not quoted and internal claims take part.

## Run it

From the project root, as for dev:

    ../shared/eval/run build/onevoice ../probe/set75
    python3 ../shared/eval/score.py --selftest ../probe/set75

## What it emphasises

- **Forward headers of every common client**, English and Japanese: Gmail
  (`---------- Forwarded message ---------` with `From:` and with `差出人:`), Outlook header
  blocks (`From:/Sent:/To:/Subject:` and `差出人:/送信日時:/宛先:/件名:` after a `____` rule),
  `-----Original Message-----`, Thunderbird (`-------- Forwarded Message --------` and
  `-------- 転送メッセージ --------`, tab-separated fields), iPhone/Apple Mail
  (`Begin forwarded message:` with `>` lines, `…のメール:` reply headers).
- **One office forwarding another office's answer to a third**: London forwards Tokyo's
  Vault proposal to Osaka (0006), Tokyo answers London inside an Outlook reply that still
  carries the Gmail forward (0007), the US forwards London's demo notes to Tokyo (0017).
  Quoted claims keep their author's office (from the address in the nearest header) and are
  judged as of the forwarding message's date.
- **Forwards inside replies**: a customer's Outlook forward of Tokyo's mail, quoted again with
  `>` in Osaka's Thunderbird reply (0008 → 0009); a partner's mail inside an iPhone forward
  inside an Apple Mail reply (0013 → 0015, `> >` lines).
- **message/rfc822 attachments nested two deep** (0018): Tokyo → Osaka attaches London's mail,
  which attaches the US answer. Each level keeps the outer Message-ID, `quoted: true`, and the
  office of its own sender.
- **Text attachments with claims**: `.csv` (UTF-8 with BOM, 0005), `.txt` in windows-1252
  (0012) and in Shift_JIS (0021), `.md` from a partner (0019); a `.csv` without claims (0016).
- **Binary attachments to skip**: PDFs whose uncompressed page text holds wrong claims (0003,
  0009, 0016), PNG logo/screenshot (0004 inline in multipart/related, 0009), an XLSX quote whose
  cells hold wrong claims (0010).
- Encodings as the clients write them: ISO-2022-JP 7bit + QP HTML (Outlook JP), UTF-8 base64
  (Gmail), UTF-8 8bit `format=flowed` with soft line breaks (Thunderbird), QP (Apple Mail),
  RFC 2047 and RFC 2231 file names, CRLF and LF files; one gzip file saved as `.eml`.
- Near-misses: seat counts, discounts, quote totals, meeting dates, quote numbers, spec
  section numbers, signatures with phones/postcodes/registration numbers, a customer's
  data volume, questions and requirements, "not 5", 「99.99%ではございません」, a set member
  stated as absent, "industry first" in English (no rule), a substantiated No.1※ and a
  footnoted `Source:` superlative, an `onevoice-disable-next-line` line, a deprecated name in a URL.

## Cross-office cases (archive)

{cross}

Each is a pair of offices; every case already holds between customer-facing, unquoted
claims, and quoted or internal claims add no other pair.

## Judgement calls

LABELS.md is silent on these; the set takes the reading below.

1. **Text attachments** (`text/plain`, `text/csv`, `text/markdown` with
   `Content-Disposition: attachment`) are read as part of the message: their claims carry the
   message's id, `quoted: false` and the office of the message's From address. A claim that
   an attachment repeats from the body of the same message (0005: the RPO of 5 minutes) is
   one line, as "the same claim stated twice in one file". A CSV row naming the product, an
   item and a value is a claim like a table row.
2. **Binary attachments** (PDF, PNG, XLSX) are skipped silently: no claims, no
   `unreadable` finding, even though the PDFs carry readable page text and the XLSX wrong
   figures.
3. **Forward markers beyond the ones LABELS lists**: Thunderbird's
   `-------- Forwarded Message --------`, Apple's `Begin forwarded message:`, and the Outlook
   header block in Japanese (`差出人:/送信日時:/宛先:/件名:`) are forward markers: all text after
   them is quoted, with the office of the address in their From/差出人 field. (In 0013/0015 the
   forwarded lines also start with `>`, so they are quoted either way.)
4. **Nested headers**: where a forward block sits inside `>` quoted text (0009, 0015) or
   inside an Outlook header block (0007), the office is taken from the innermost header
   that precedes the claim (the forwarded author's address), not from the outer quote
   header (which in 0009 names no address).
5. **Cross-office cases are pairs**: when Tokyo's 5-minute RPO contradicts both London and
   Osaka (who agree with each other), that is two cases, `[london, tokyo]` and `[osaka, tokyo]`.
6. A partner's attached draft (0019, from a reseller domain) and a customer's forward of a
   partner's mail (0013) are office `unknown`, judged against the claims that name no office.
7. "plus VAT" / "excluding VAT" / "(ex VAT)" column header state `tax: excluded` for GBP
   prices; a GBP or USD price with no tax words has `tax: null`.
8. A deprecated name introduced as a former name (「旧称：メリディアン ファイルシンク」) is still a
   terminology finding; the same word inside a URL (`/filesync-migration/`) is not.
9. Phrase findings in quoted text are listed with `quoted: true`, once per message and rule.
10. A `.eml` that is gzip-compressed bytes (0023) is one `unreadable` finding with
    `message_id: null`; it is not in the archive.
11. The (誤)/(正) line in 0009 names no product or cue, so it states nothing; Osaka's own RPO
    claim is the next sentence.
"""
# ====================================================================== checks and output
def decoded_texts(raw):
    """Every text the engine should read in a message: text parts, text attachments, attached messages."""
    msg = _email.message_from_bytes(raw, policy=_policy.default)
    out = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if (p.get_param("format") or "").lower() == "flowed":
                t = unflow(t)
            out.append(t.replace("\r\n", "\n"))
    return out


def html_text(s):
    s = _re.sub(r"(?s)<(style|head)[^>]*>.*?</\1>", " ", s)
    return " ".join(_re.sub(r"<[^>]+>", " ", s).split())


def load_phrases():
    rules = []
    d = _os.path.join(RULES, "phrases")
    for fn in sorted(_os.listdir(d)):
        cur, sec = None, None
        for line in open(_os.path.join(d, fn), encoding="utf-8"):
            m = _re.match(r"^\s*- id: (\S+)", line)
            if m:
                cur = {"id": m.group(1), "patterns": [], "unless": []}
                rules.append(cur)
                continue
            m = _re.match(r"^\s+(patterns|unless|examples):", line)
            if m:
                sec = m.group(1)
                continue
            m = _re.match(r"^\s+- '(.*)'\s*(#.*)?$", line)
            if m and cur and sec in ("patterns", "unless"):
                cur[sec].append(m.group(1).replace("''", "'"))
    return rules


def phrase_hits(text, rules):
    lines, skip = text.split("\n"), {}
    kept = []
    for i, l in enumerate(lines):
        m = _re.search(r"onevoice-disable-next-line\s+(\S+)", l)
        if m:
            skip[i + 1] = m.group(1).rstrip(" ->")
        kept.append((i, l))
    hits = set()
    for r in rules:
        body = "\n".join(l for i, l in kept if skip.get(i) != r["id"])
        t = _ud.normalize("NFKC", body)
        if any(_re.search(p, t) for p in r["patterns"]) and not any(_re.search(u, t) for u in r["unless"]):
            hits.add(r["id"])
    return hits


DEPRECATED = ["Meridian FileSync", "Meridian File Sync", "MeridianFileSync", "メリディアン ファイルシンク",
              "メリディアン・ファイルシンク", "メリディアンファイルシンク"]


def claim_line(file, mid, as_of, l, office):
    if l[0] == "F":
        kind, rule, prod, text = l[1], l[2], l[3], l[4]
        return {"type": "finding", "file": file, "message_id": mid, "kind": kind, "rule": rule,
                "product": PRODUCTS.get(prod), "quoted": len(l) > 5, "text": text}
    text, p, attr, v, verdict = l[:5]
    q, off = (l[5], l[6]) if len(l) > 5 else (False, office)
    return {"type": "claim", "file": file, "message_id": mid, "product": PRODUCTS[p], "attribute": attr,
            "value": value_of(attr, v), "verdict": verdict, "quoted": q, "office": off, "as_of": as_of, "text": text}


def dedup_lines(lines):
    out, seen = [], set()
    for x in lines:
        if x["type"] == "claim":
            k = ("c", x["product"], x["attribute"], _json.dumps(x["value"], sort_keys=True), x["quoted"], x["office"])
        else:
            k = ("f", x["kind"], x["rule"], x["product"])
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


SETS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def incompatible(a, b):
    if a["attribute"] in SETS:
        return False
    va, vb = a["value"], b["value"]
    if isinstance(va, dict) and "currency" in va:
        if (va["currency"], va["per"]) != (vb["currency"], vb["per"]):
            return False
    if a["verdict"] == "ok" and b["verdict"] == "ok":
        return False
    def secs(v):
        if isinstance(v, dict) and "unit" in v:
            return v["amount"] * {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return _json.dumps(v, sort_keys=True)
    return secs(va) != secs(vb)


def cross_office(msgs, by_file, external_only):
    found = {}
    claims = []
    for m in msgs:
        if not m["archive"]:
            continue
        internal = all(office_of(a) != "unknown" for n, a in m["to"] + m.get("cc", []))
        for x in by_file[m["file"]]:
            if x["type"] != "claim" or x["office"] == "unknown":
                continue
            if external_only and (x["quoted"] or internal):
                continue
            claims.append((m["date"], m["file"], x))
    for i, (da, fa, a) in enumerate(claims):
        for db, fb, b in claims[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((da - db).total_seconds()) > 45 * 86400 or not incompatible(a, b):
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            e = found.setdefault(key, {"files": set(), "values": {}})
            e["files"].update((fa, fb))
            e["values"].setdefault(a["office"], a["value"])
            e["values"].setdefault(b["office"], b["value"])
    return found


def mboxrd(msgs):
    out = b""
    for m in sorted((m for m in msgs if m["archive"]), key=lambda m: m["date"]):
        raw = m["raw"].replace(b"\r\n", b"\n")
        body = b"\n".join((b">" + l) if _re.match(rb"^>*From ", l) else l for l in raw.split(b"\n"))
        u = m["date"].astimezone(_dt.timezone.utc)
        out += b"From %s %s\n" % (m["from"][1].encode(), u.strftime("%a %b %e %H:%M:%S %Y").encode())
        out += body.rstrip(b"\n") + b"\n\n"
    return out


def main():
    for sub in ("mail", "docs"):
        _shutil.rmtree(_os.path.join(SET, sub), ignore_errors=True)
    _os.makedirs(_os.path.join(SET, "mail"))
    rules, problems, expected, by_file = load_phrases(), [], [], {}
    msgs = build_mail()
    for m in msgs:
        m["file"] = "mail/%04d.eml" % m["n"]
        with open(_os.path.join(SET, m["file"]), "wb") as fh:
            fh.write(m["raw"])
        office = office_of(m["from"][1])
        as_of = m["date"].date().isoformat() if m["date"] else None
        lines = dedup_lines([claim_line(m["file"], m["id"], as_of, l, office) for l in m["labels"]])
        by_file[m["file"]] = lines
        expected += lines
        if m["id"] is None:
            continue
        texts = decoded_texts(m["raw"])
        whole = "\n".join(texts)
        for x in lines:
            if x["text"] not in whole and x["kind" if x["type"] == "finding" else "type"] != "unreadable":
                problems.append("%s: excerpt not found: %s" % (m["file"], x["text"]))
        # phrase / terminology cross-check (per message body: all decoded texts, html parts excluded)
        msg = _email.message_from_bytes(m["raw"], policy=_policy.default)
        plain = "\n".join(unflow(p.get_content()) if (p.get_param("format") or "") == "flowed" else p.get_content()
                          for p in msg.walk() if p.get_content_type() != "text/html" and p.get_content_maintype() == "text")
        hits = phrase_hits(plain, rules)
        want = {x["rule"] for x in lines if x["type"] == "finding" and x["kind"] == "phrase"}
        if hits != want:
            problems.append("%s: phrase rules hit %s, labelled %s" % (m["file"], sorted(hits), sorted(want)))
        terms = any(d.casefold() in _ud.normalize("NFKC", plain).casefold() for d in DEPRECATED)
        if terms != any(x["type"] == "finding" and x["kind"] == "terminology" for x in lines):
            problems.append("%s: terminology mismatch" % m["file"])

    for path, text, labels, office, enc, crlf in DOCS:
        full = _os.path.join(SET, path)
        _os.makedirs(_os.path.dirname(full), exist_ok=True)
        data = text.replace("\n", "\r\n") if crlf else text
        with open(full, "wb") as fh:
            fh.write(data.encode(enc))
        if labels is None:
            continue
        lines = dedup_lines([claim_line(path, None, DOCS_AS_OF, l, office) for l in labels])
        expected += lines
        plain = html_text(text) if path.endswith(".html") else text
        for x in lines:
            if x["text"] not in plain:
                problems.append("%s: excerpt not found: %s" % (path, x["text"]))
        hits = phrase_hits(html_text(text) if path.endswith(".html") else text, rules)
        want = {x["rule"] for x in lines if x["type"] == "finding" and x["kind"] == "phrase"}
        if hits != want:
            problems.append("%s: phrase rules hit %s, labelled %s" % (path, sorted(hits), sorted(want)))
        body = _re.sub(r"https?://\S+", "", plain)
        terms = any(d.casefold() in _ud.normalize("NFKC", body).casefold() for d in DEPRECATED)
        if terms != any(x["type"] == "finding" and x["kind"] == "terminology" for x in lines):
            problems.append("%s: terminology mismatch" % path)

    # the archive repeats its messages' lines
    for m in sorted((m for m in msgs if m["archive"]), key=lambda m: m["date"]):
        expected += [dict(x, file="mail/archive.mbox") for x in by_file[m["file"]]]
    with open(_os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        fh.write(mboxrd(msgs))

    a = cross_office(msgs, by_file, external_only=False)
    b = cross_office(msgs, by_file, external_only=True)
    if set(a) != set(b):
        problems.append("cross-office depends on quoted/internal claims: all=%s customer-facing=%s" % (sorted(a), sorted(b)))
    for key in sorted(b):
        prod, attr, offs = key
        expected.append({"type": "cross-office", "product": prod, "attribute": attr, "offices": list(offs),
                         "file": "mail/archive.mbox", "message_files": sorted(b[key]["files"]),
                         "values": {o: b[key]["values"][o] for o in offs}})

    with open(_os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for x in expected:
            fh.write(_json.dumps(x, ensure_ascii=False) + "\n")
    with open(_os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    stats = {
        "messages": len(msgs), "archived": sum(1 for m in msgs if m["archive"]),
        "docs": sum(1 for d in DOCS if d[2] is not None),
        "claims": sum(1 for x in expected if x["type"] == "claim" and x["file"] != "mail/archive.mbox"),
        "findings": sum(1 for x in expected if x["type"] == "finding" and x["file"] != "mail/archive.mbox"),
        "lines": len(expected), "cross": sorted(b),
    }
    with open(_os.path.join(SET, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(**{k: v for k, v in stats.items() if k != "cross"},
                               cross="\n".join("- %s / %s: %s" % (k[0], k[1], " vs ".join(k[2])) for k in stats["cross"])))
    for p in problems:
        print("PROBLEM: " + p, file=_sys.stderr)
    print("set75: %(messages)d messages (%(archived)d in archive.mbox), %(docs)d documents, "
          "%(claims)d claim lines + %(findings)d finding lines outside the archive, %(lines)d lines in all" % stats)
    for k in stats["cross"]:
        print("cross-office:", k)
    return 1 if problems else 0


ONEVOICE_YAML = """# onevoice configuration for evaluation set 75 (SPEC section 6).
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
    _sys.exit(main())
