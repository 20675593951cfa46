#!/usr/bin/env python3
"""Generate evaluation set 64 (customer / partner side of the conversation).

python3 gen/generate.py      # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl

Stdlib only, deterministic. Raw MIME is built by hand (email.header / email.utils
only encode headers); every expected excerpt is checked against the decoded text.
"""
import base64, datetime as dt, email, email.policy, html, json, os, quopri, re, shutil, sys
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOC_DATE = "2026-11-22"

# ------------------------------------------------------------------ values
def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}

def dur(a, unit):
    return {"amount": a, "unit": unit}

TB = 10 ** 12
SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"
SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}

def office_of(addr):
    a = addr.lower()
    if a.endswith("@osaka.jp.meridian-data.com"): return "osaka"
    if a.endswith("@jp.meridian-data.com"): return "tokyo"
    if a.endswith("@uk.meridian-data.com"): return "london"
    if a.endswith("@meridian-data.com"): return "us-hq"
    return "unknown"

# claim helpers: C(product, attribute, value, verdict, text, quoted=False, office=None)
def C(p, a, v, verdict, text, quoted=False, office=None):
    return {"kind": "claim", "product": p, "attribute": a, "value": v, "verdict": verdict,
            "text": text, "quoted": quoted, "office": office}

def CS(p, a, members, verdict_of, text, quoted=False, office=None):
    """one claim line per set member; verdict_of: dict member -> verdict (default ok)"""
    return [C(p, a, m, verdict_of.get(m, "ok") if isinstance(verdict_of, dict) else verdict_of,
              text, quoted, office) for m in members]

def F(kind, rule, product, text, quoted=False):
    return {"kind": kind, "rule": rule, "product": product, "text": text, "quoted": quoted}

def flat(items):
    out = []
    for x in items:
        out += x if isinstance(x, list) else [x]
    return out

# ------------------------------------------------------------------ MIME building
def hdr(value, cs):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs, maxlinelen=76, header_name="Subject").encode()

def addr(name, a, cs):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

def encode_body(text, cs, cte):
    """-> (bytes with LF line ends, cte header value)"""
    raw = text.encode(cs)
    if cte == "7bit":
        return raw, "7bit"
    if cte == "8bit":
        return raw, "8bit"
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode(), "base64"
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False), "quoted-printable"
    raise ValueError(cte)

def flowed(text, width=72):
    """format=flowed (RFC 3676, DelSp=No): long lines broken after a space."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^(>+ ?)?", line)
        prefix = m.group(0) if m else ""
        body = line[len(prefix):]
        if line.startswith("-- ") and line.strip() == "--":
            out.append(line)
            continue
        while len(prefix) + len(body) > width and " " in body[:width - len(prefix)]:
            cut = body.rfind(" ", 0, width - len(prefix)) + 1
            out.append(prefix + body[:cut])
            body = body[cut:]
        out.append(prefix + body)
    return "\n".join(out)

def text_part(text, cs, cte, extra=""):
    data, cte = encode_body(text, cs, cte)
    h = 'Content-Type: text/plain; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (cs.upper() if cs == "iso-2022-jp" else cs, extra, cte)
    return h.encode() + data

def html_of(text, style):
    """A plausible HTML alternative of a plain-text body."""
    lines = text.split("\n")
    out, i = [], 0
    quote_hdr = re.compile(r"^(On .* wrote:|\d{4}年\d+月\d+日.*>:)$")
    outlook = re.compile(r"^(From: |差出人: |-----元のメッセージ-----|-----Original Message-----)")
    while i < len(lines):
        ln = lines[i]
        if outlook.match(ln):
            rest = "<br>\n".join(html.escape(x, quote=False) for x in lines[i:])
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                       '<p class="MsoNormal">%s</p></div>' % rest)
            break
        if quote_hdr.match(ln):
            out.append('<div dir="ltr" class="gmail_attr">%s<br></div>' % html.escape(ln, quote=False))
            i += 1
            continue
        if ln.startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(lines[i][1:].lstrip(" ") if lines[i] != ">" else "")
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       'rgb(204,204,204);padding-left:1ex">%s</blockquote>' % "<br>\n".join(html.escape(x, quote=False) for x in q))
            continue
        out.append("<div>%s</div>" % (html.escape(ln, quote=False) if ln else "<br>"))
        i += 1
    body = "\n".join(out)
    if style == "gmail":
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB">\n<div class="WordSection1">\n%s\n</div>\n</body></html>\n' % body)

def boundary(n, k=0):
    return "%s%08x%02d" % ("000000000000", (n * 2654435761) & 0xFFFFFFFF, k)

def build(m):
    cs = m["charset"]
    H = []
    H.append(("From", addr(m["from"][0], m["from"][1], cs)))
    H.append(("To", ", ".join(addr(n, a, cs) for n, a in m["to"])))
    if m.get("cc"):
        H.append(("Cc", ", ".join(addr(n, a, cs) for n, a in m["cc"])))
    H.append(("Subject", hdr(m["subject"], cs)))
    H.append(("Date", format_datetime(m["date"])))
    H.append(("Message-ID", "<%s>" % m["mid"]))
    if m.get("irt"):
        H.append(("In-Reply-To", "<%s>" % m["irt"]))
        H.append(("References", " ".join("<%s>" % r for r in m.get("refs", [m["irt"]]))))
    for k, v in m.get("extra", []):
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    body = m["body"]
    kind = m["kind"]
    if kind == "plain":
        extra = "; format=flowed" if m.get("flowed") else ""
        text = flowed(body) if m.get("flowed") else body
        part = text_part(text, cs, m["cte"], extra)
        head, data = part.split(b"\n\n", 1)
        out = "".join("%s: %s\n" % kv for kv in H).encode() + head + b"\n\n" + data
    elif kind == "alt":
        b = boundary(m["n"])
        hcs = "utf-8"
        html_text = html_of(body, m.get("html_style", "gmail"))
        parts = [text_part(body, cs, m["cte"]),
                 ('Content-Type: text/html; charset="%s"\nContent-Transfer-Encoding: %s\n\n'
                  % (hcs, m.get("html_cte", m["cte"]))).encode()
                 + encode_body(html_text, hcs, m.get("html_cte", m["cte"]))[0]]
        H.append(("Content-Type", 'multipart/alternative; boundary="%s"' % b))
        out = "".join("%s: %s\n" % kv for kv in H).encode() + b"\n"
        for p in parts:
            out += ("--%s\n" % b).encode() + p + (b"" if p.endswith(b"\n") else b"\n")
        out += ("--%s--\n" % b).encode()
    elif kind == "rfc822":
        b = boundary(m["n"], 1)
        H.append(("Content-Type", 'multipart/mixed; boundary="%s"' % b))
        inner = build(m["attached"])
        out = "".join("%s: %s\n" % kv for kv in H).encode() + b"\n"
        out += ("--%s\n" % b).encode() + text_part(body, cs, m["cte"])
        if not out.endswith(b"\n"):
            out += b"\n"
        out += ("--%s\n" % b).encode()
        fn = m["attached_name"]
        out += ('Content-Type: message/rfc822; name="%s"\nContent-Disposition: attachment; filename="%s"\n\n'
                % (fn, fn)).encode() + inner
        if not out.endswith(b"\n"):
            out += b"\n"
        out += ("--%s--\n" % b).encode()
    else:
        raise ValueError(kind)
    # what real mailers write: upper-case charset names in encoded words
    out = re.sub(rb"=\?(iso-2022-jp|utf-8|windows-1252)\?([bq])\?",
                 lambda mo: b"=?" + mo.group(1).upper() + b"?" + mo.group(2).upper() + b"?", out)
    return out


def unflow(t):
    out = []
    for line in t.split("\n"):
        depth = len(re.match(r"^>*", line).group(0))
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        if out and out[-1][1].endswith(" ") and out[-1][1] != "-- " and out[-1][0] == depth:
            out[-1][1] += content
        else:
            out.append([depth, content])
    return "\n".join(("> " * 0 + ">" * d + (" " if d else "")) + c for d, c in out)


def decoded_texts(raw):
    """All text/plain parts, decoded (format=flowed joined), incl. attached messages."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    texts = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            cs = part.get_content_charset() or "us-ascii"
            t = part.get_payload(decode=True).decode(cs)
            t = t.replace("\r\n", "\n")
            if part.get_param("format") == "flowed":
                t = unflow(t)
            texts.append(t)
    return "\n".join(texts)

# ------------------------------------------------------------------ people
JST, BST, PDT, GMT = (dt.timezone(dt.timedelta(hours=h)) for h in (9, 1, -7, 0))

TANAKA = ("田中 浩二", "k.tanaka@hokuto-logi.co.jp")
MORI = ("森 隆之", "t.mori@hokuto-logi.co.jp")
SATO = ("佐藤 美咲", "m.sato@jp.meridian-data.com")
TAKAHASHI = ("高橋 誠", "makoto.takahashi@jp.meridian-data.com")
NISHIMURA = ("西村 亜紀", "a.nishimura@osaka.jp.meridian-data.com")
YAMAMOTO = ("山本 恵", "m.yamamoto@sakura-si.co.jp")
NAKAMURA = ("中村 健", "k.nakamura@yamabiko-foods.co.jp")
CLAIRE = ("Claire Whitmore", "claire.whitmore@kesslerbrandt.co.uk")
ANTON = ("Anton Kessler", "anton.kessler@kesslerbrandt.co.uk")
TOM = ("Tom Ashworth", "tom.ashworth@uk.meridian-data.com")
FIONA = ("Fiona MacLeod", "f.macleod@uk.meridian-data.com")
PRIYA = ("Priya Raman", "p.raman@harrowfinch.co.uk")
GARETH = ("Gareth Price", "gareth@northgate-it.co.uk")
DANA = ("Dana Whitfield", "dwhitfield@pinecresthealth.org")
RAJ = ("Raj Mehta", "rmehta@pinecresthealth.org")
JORDAN = ("Jordan Alvarez", "jalvarez@meridian-data.com")
KEVIN = ("Kevin Osei", "kosei@meridian-data.com")
MEGAN = ("Megan Liu", "megan@cobaltridge.io")

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHa7mK2c1t9pXy4QkGk3vTt0Z1bWg==")]
OUTLOOK_JA = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja-JP")]
THUNDERBIRD = [("User-Agent", "Mozilla Thunderbird")]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]

SIG_SATO = """-- 
佐藤 美咲 / Misaki Sato
株式会社メリディアンデータ 東京支店 営業部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-6268-4410 (代表) / 080-3921-5567
https://www.meridian-data.com/ja/"""

SIG_TAKAHASHI = """-- 
高橋 誠（Makoto Takahashi）
株式会社メリディアンデータ 東京支店 営業部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-6268-4412 / FAX: 03-6268-4499"""

SIG_NISHIMURA = """-- 
西村 亜紀（Aki Nishimura）
株式会社メリディアンデータ 大阪支店 営業課
〒541-0041 大阪市中央区北浜2-6-18 淀屋橋スクエア 8F
TEL: 06-6202-7730 / 070-1288-4093"""

SIG_TANAKA = """--
北斗ロジスティクス株式会社
情報システム部 システム企画課
田中 浩二
〒135-0064 東京都江東区青海2-4-32 タイム24ビル 9F
TEL: 03-5530-1187 / FAX: 03-5530-1190
Mobile: 090-4412-8831"""

SIG_YAMAMOTO = """━━━━━━━━━━━━━━━━━━━━
株式会社さくらシステムズ
ソリューション営業部 第二課
山本 恵（Megumi Yamamoto）
〒530-0001 大阪府大阪市北区梅田3-3-10 梅田ダイビル 12F
TEL 06-6345-2218 / FAX 06-6345-2219
適格請求書発行事業者登録番号 T4120001098765
━━━━━━━━━━━━━━━━━━━━"""

SIG_TOM = """Tom Ashworth
Account Executive, UK & Ireland
Meridian Data Ltd
2nd Floor, 40 Bermondsey Street, London SE1 3UD
T +44 (0)20 3890 5521 | M +44 (0)7700 900772
Meridian Data Ltd is registered in England and Wales, company number 11874402."""

SIG_FIONA = """--
Fiona MacLeod
Senior Account Manager, Legal & Professional Services
Meridian Data Ltd | 2nd Floor, 40 Bermondsey Street, London SE1 3UD
+44 (0)20 3890 5534 | +44 (0)7700 900215"""

SIG_CLAIRE = """Claire Whitmore
Operations Manager
Kessler & Brandt Architects LLP
71 Clerkenwell Road, London EC1R 5BL
T +44 (0)20 7946 0381 | M +44 (0)7700 900418
Registered in England and Wales, OC412775"""

SIG_JORDAN = """Jordan Alvarez
Senior Account Executive, Healthcare
Meridian Data Inc.
500 Howard St, Suite 1200, San Francisco, CA 94105
+1 (415) 555-0142 | jalvarez@meridian-data.com"""

SIG_DANA = """--
Dana Whitfield
Director of IT Infrastructure
Pinecrest Health Partners
1180 NW Overton St, Suite 300, Portland, OR 97209
(503) 555-0187 | dwhitfield@pinecresthealth.org"""

SIG_KEVIN = """Kevin Osei
Solutions Consultant
Meridian Data Inc. | 500 Howard St, Suite 1200, San Francisco, CA 94105
+1 (415) 555-0178"""

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

MAILS = []

def mail(**m):
    m.setdefault("cc", [])
    m.setdefault("items", [])
    m.setdefault("archive", False)
    MAILS.append(m)
    return m

# ====================================================================== mails
# (exec'd by generate.py) -- each mail: headers, body, and its labelled items.

# ---------------------------------------------------------------- 0001 customer inquiry (Hokuto -> Tokyo)
M01_BODY = """株式会社メリディアンデータ
営業部 佐藤様

お世話になっております。北斗ロジスティクスの田中です。
先日は展示会にてご説明いただき、ありがとうございました。

社内で検討を進めるにあたり、いくつか確認させてください。

【弊社の現状と要件】
・対象人数：本社および全国18拠点で約6,500名
・要件：利用者数 6,500名以上、1名あたり500GB以上のストレージ
・一部の開発部門ではLinux端末を利用しています
・バックアップ要件：RPO 1時間以内、保持期間60日以上

【ご質問】
1. メリディアン シンクはLinuxに対応していますでしょうか。
2. 展示会で御社ブースの方から、メリディアン ボールトのデータセンターはシンガポールにもあると伺っております。海外拠点のデータもそちらに保管できるのでしょうか。
3. メリディアン ボールトで上記のバックアップ要件を満たせますでしょうか。

お手数ですが、ご回答をお願いいたします。

""" + SIG_TANAKA + "\n"

M01_SG = "展示会で御社ブースの方から、メリディアン ボールトのデータセンターはシンガポールにもあると伺っております。"

mail(n=1, date=dt.datetime(2026, 5, 12, 10, 4, 0, tzinfo=JST), **{"from": TANAKA}, to=[SATO],
     subject="ファイル共有・バックアップサービスのご相談",
     mid="TYAPR01MB58941C2E3D4F5B60A9@TYAPR01MB5894.jpnprd01.prod.outlook.com",
     extra=OUTLOOK_JA, kind="plain", charset="iso-2022-jp", cte="7bit", body=M01_BODY,
     items=[C(VAULT, "data_centers", "Singapore", "conflict", M01_SG)])

# ---------------------------------------------------------------- 0002 Tokyo answers inline
M02_TOP = """田中様

お世話になっております。メリディアンデータの佐藤です。
先日は弊社ブースにお立ち寄りいただき、ありがとうございました。
ご質問にインラインで回答いたします。

2026年5月12日(火) 10:04 田中 浩二 <k.tanaka@hokuto-logi.co.jp>:
> 【弊社の現状と要件】
> ・対象人数：本社および全国18拠点で約6,500名
> ・要件：利用者数 6,500名以上、1名あたり500GB以上のストレージ

"""
M02_A1 = """メリディアン シンクは1テナントで最大1万ユーザーまでご利用いただけます。
ご想定の規模であれば、1テナントで問題なく収まります。
また、メリディアン シンクのストレージは1ユーザーあたり1TBです。
"""
M02_A2 = """申し訳ございません、メリディアン シンクの対応OSはWindows、macOS、iOS、Androidとなっており、Linuxには対応しておりません。
Linux端末の方はブラウザからのご利用をご検討ください。
"""
M02_A3 = """こちらは弊社説明員の誤りでございました。失礼いたしました。
メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4か所です。
海外拠点のデータも、これらのいずれかに保管いただく形になります。
"""
M02_A4 = """メリディアン ボールトのRPOは15分、標準の保持期間は90日間です。
"""
M02_BODY = (M02_TOP + M02_A1 + """
> ・一部の開発部門ではLinux端末を利用しています
> 1. メリディアン シンクはLinuxに対応していますでしょうか。

""" + M02_A2 + """
> 2. """ + M01_SG + """海外拠点のデータもそちらに保管できるのでしょうか。

""" + M02_A3 + """
> ・バックアップ要件：RPO 1時間以内、保持期間60日以上
> 3. メリディアン ボールトで上記のバックアップ要件を満たせますでしょうか。

はい、いずれも満たしております。
""" + M02_A4 + """
お見積りは来週中にお送りいたします。
引き続きよろしくお願いいたします。

""" + SIG_SATO + "\n")

T_USERS_JA = "メリディアン シンクは1テナントで最大1万ユーザーまでご利用いただけます。"
T_STOR_JA = "メリディアン シンクのストレージは1ユーザーあたり1TBです。"
T_OS_JA = "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidとなっており、Linuxには対応しておりません。"
T_DC_JA = "メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4か所です。"
T_RPO_JA = "メリディアン ボールトのRPOは15分、標準の保持期間は90日間です。"

def tokyo_answers(quoted=False, office=None):
    return flat([
        C(SYNC, "max_users", 10000, "ok", T_USERS_JA, quoted, office),
        CS(SYNC, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", T_OS_JA, quoted, office),
        CS(VAULT, "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok", T_DC_JA, quoted, office),
        C(VAULT, "rpo", dur(15, "minutes"), "ok", T_RPO_JA, quoted, office),
        C(VAULT, "retention", dur(90, "days"), "ok", T_RPO_JA, quoted, office),
    ])

mail(n=2, date=dt.datetime(2026, 5, 13, 11, 20, 41, tzinfo=JST), **{"from": SATO}, to=[TANAKA],
     subject="Re: ファイル共有・バックアップサービスのご相談",
     mid="CAKq3nF8wJ2x_h7uYt5sQe0bQm7V4f1GhP9Lr2Dk8mZ0aQ@mail.gmail.com",
     irt="TYAPR01MB58941C2E3D4F5B60A9@TYAPR01MB5894.jpnprd01.prod.outlook.com",
     kind="alt", charset="utf-8", cte="base64", body=M02_BODY, archive=True,
     items=[tokyo_answers(),
            C(SYNC, "storage_per_user", 1 * TB, "ok", T_STOR_JA),
            C(VAULT, "data_centers", "Singapore", "conflict", M01_SG, True, "unknown")])

# ---------------------------------------------------------------- 0003 customer forwards internally (excerpt)
M03_BODY = """森部長

お疲れさまです。田中です。
メリディアンデータ社から回答が来ましたので、要点のみ抜粋して転送します。

・メリディアンの佐藤さんによると、メリディアン シンクは1テナントで最大1万ユーザーまで使えるとのことです。全社展開でもテナント分割は不要です。
・Linuxは非対応とのことなので、開発部の約120台はブラウザ利用で検討します。
・展示会で聞いたシンガポールのデータセンターの件は、先方の説明誤りだったそうです。
・見積りは来週中に届く予定です。

来週の定例でご相談させてください。

田中

-------- 転送メッセージ --------
件名: 	Re: ファイル共有・バックアップサービスのご相談
日付: 	Wed, 13 May 2026 11:20:41 +0900
差出人: 	佐藤 美咲 <m.sato@jp.meridian-data.com>
宛先: 	田中 浩二 <k.tanaka@hokuto-logi.co.jp>

""" + M02_A1 + "\n" + M02_A2 + "\n" + M02_A3 + "\n" + M02_A4 + "\n" + SIG_SATO + "\n"

mail(n=3, date=dt.datetime(2026, 5, 15, 9, 45, 12, tzinfo=JST), **{"from": TANAKA}, to=[MORI],
     subject="Fwd: Re: ファイル共有・バックアップサービスのご相談",
     mid="5d2b7e0c-3f41-4a8e-9b1d-8e64c0a7f2d3@hokuto-logi.co.jp", extra=THUNDERBIRD,
     kind="plain", charset="iso-2022-jp", cte="7bit", body=M03_BODY,
     items=[C(SYNC, "max_users", 10000, "ok", "メリディアンの佐藤さんによると、メリディアン シンクは1テナントで最大1万ユーザーまで使えるとのことです。"),
            tokyo_answers(True, "tokyo"),
            C(SYNC, "storage_per_user", 1 * TB, "ok", T_STOR_JA, True, "tokyo")])

# ---------------------------------------------------------------- 0004 UK customer asks London (Outlook, cp1252)
M04_BODY = """Hi Tom,

Thanks for the call on Friday. As promised, here’s where we are.

We’re a 42-person practice with about 180 TB of drawings, renders and point-cloud scans on two ageing NAS boxes in the Clerkenwell office. Our insurer has asked us to get proper offsite backup in place before the policy renews on 1 August.

For Meridian Vault to get past the insurer’s checklist we need an RPO of 30 minutes or better, and the data has to stay in a UK or EU data centre.

Rob from your team mentioned at the RIBA event that Meridian Vault has a data centre in London, which would make the UK question easy.

A couple of questions:
- Can Meridian Vault hold 650 TB for us? That’s roughly where the archive will be by 2028 if we keep scanning at this rate.
- How long are backups kept by default, and can that be extended for closed projects?
- What does Meridian Vault cost per TB?

Best,
Claire

""" + SIG_CLAIRE + "\n"

M04_LON = "Rob from your team mentioned at the RIBA event that Meridian Vault has a data centre in London"

mail(n=4, date=dt.datetime(2026, 6, 2, 14, 12, 7, tzinfo=BST), **{"from": CLAIRE}, to=[TOM],
     subject="Backup for the project server",
     mid="LO2P265MB5127E3B1A0C94D2F8A@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM", extra=OUTLOOK,
     kind="plain", charset="windows-1252", cte="quoted-printable", body=M04_BODY,
     items=[C(VAULT, "data_centers", "London", "conflict", M04_LON)])

# ---------------------------------------------------------------- 0005 London answers, Outlook quote block below
M05_OWN = """Hi Claire,

Thanks for sending this through, and sorry for the confusion from the RIBA event.

Data location: Meridian Vault does not have a London data centre. Meridian Vault runs in our Tokyo, Osaka, Oregon and Frankfurt data centres, and UK customers are hosted in Frankfurt, so your data stays in the EU.

RPO: Meridian Vault's RPO is 15 minutes, which is comfortably inside what your insurer is asking for.

Capacity: Meridian Vault scales to 500 TB per tenant. If you do reach 650 TB by 2028, we'd simply add a second tenant for the archive.

Retention: Meridian Vault keeps backups for 90 days by default. Longer retention for closed projects is available as an add-on; I'll send the options separately.

Pricing: Meridian Vault is £16 per TB per month, ex VAT. At today's 180 TB that works out at £2,880 a month, and on a three-year term I can take 12% off that.

Happy to do a call with Anton if that helps. I'm in the office Tuesday to Thursday.

Kind regards,
Tom

""" + SIG_TOM + "\n"

M05_QUOTE = """
From: Claire Whitmore <claire.whitmore@kesslerbrandt.co.uk>
Sent: 02 June 2026 14:12
To: Tom Ashworth <tom.ashworth@uk.meridian-data.com>
Subject: Backup for the project server

""" + M04_BODY

T_DC_EN = "Meridian Vault runs in our Tokyo, Osaka, Oregon and Frankfurt data centres, and UK customers are hosted in Frankfurt"

def london_vault(quoted=False, office=None):
    return flat([
        CS(VAULT, "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok", T_DC_EN, quoted, office),
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes", quoted, office),
        C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault scales to 500 TB per tenant.", quoted, office),
        C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default.", quoted, office),
        C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
          "Meridian Vault is £16 per TB per month, ex VAT.", quoted, office),
    ])

mail(n=5, date=dt.datetime(2026, 6, 3, 10, 31, 55, tzinfo=BST), **{"from": TOM}, to=[CLAIRE],
     subject="RE: Backup for the project server",
     mid="CWLP123MB48809D7E2B6A41C0F3@CWLP123MB4880.GBRP123.PROD.OUTLOOK.COM",
     irt="LO2P265MB5127E3B1A0C94D2F8A@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM", extra=OUTLOOK,
     kind="alt", html_style="outlook", charset="utf-8", cte="quoted-printable",
     body=M05_OWN + M05_QUOTE, archive=True,
     items=[london_vault(), C(VAULT, "data_centers", "London", "conflict", M04_LON, True, "unknown")])

# ---------------------------------------------------------------- 0006 customer forwards internally (nested quote)
M06_BODY = """Anton,

Meridian came back on the backup question – see Tom’s reply below.

Short version: the London data centre was a red herring. Meridian Vault is hosted in Frankfurt for UK customers, which our insurer accepts (EU is fine, I checked with Harriet).
Vault’s RPO is 15 minutes, so that box is ticked too.
Cost at our current size is roughly £2.9k a month before the three-year discount.

Can we talk about it at Thursday’s partners’ meeting? I’d like to get the PO raised before the end of June.

Claire

________________________________
From: Tom Ashworth <tom.ashworth@uk.meridian-data.com>
Sent: 03 June 2026 10:31
To: Claire Whitmore <claire.whitmore@kesslerbrandt.co.uk>
Subject: RE: Backup for the project server

""" + M05_OWN + M05_QUOTE

mail(n=6, date=dt.datetime(2026, 6, 4, 9, 2, 31, tzinfo=BST), **{"from": CLAIRE}, to=[ANTON],
     subject="FW: Backup for the project server",
     mid="LO2P265MB51270F44C8E21B9D6E@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM", extra=OUTLOOK,
     kind="plain", charset="utf-8", cte="quoted-printable", body=M06_BODY,
     items=[C(VAULT, "data_centers", "Frankfurt", "ok",
              "Meridian Vault is hosted in Frankfurt for UK customers"),
            C(VAULT, "rpo", dur(15, "minutes"), "ok", "Vault’s RPO is 15 minutes"),
            london_vault(True, "london"),
            C(VAULT, "data_centers", "London", "conflict", M04_LON, True, "unknown")])

# ---------------------------------------------------------------- 0007 partner asks Osaka (Sakura SI)
M07_GA = "先日のお打ち合わせで、メリディアン インサイトは2026年10月に正式リリース予定と伺いました。"
M07_TRIAL = "なお、メリディアン インサイトには30日間の無料トライアルがあるとのことですので、まずはPoCからご提案する予定です。"
M07_Q = """先日のお打ち合わせで、メリディアン インサイトは2026年10月に正式リリース予定と伺いました。
エンドユーザー様の稼働開始が11月のため、この日程で相違ないかご確認いただけますでしょうか。"""
M07_REQ = """・ダッシュボード：300個以上
・利用者：工場・本社あわせて約800名
・基幹DB（約1億2,000万行）に対するクエリ応答：3秒以内"""
M07_Q2 = "メリディアン インサイトのクエリ応答時間は1秒未満という理解でよろしいでしょうか。"
M07_BODY = """株式会社メリディアンデータ 大阪支店
西村様

いつもお世話になっております。さくらシステムズの山本です。
やまびこ食品様向けのBI基盤のご提案につきまして、提案書を作成する前に何点か確認させてください。

""" + M07_Q + """

また、やまびこ食品様の要件は以下のとおりです。
""" + M07_REQ + """

""" + M07_Q2 + """

""" + M07_TRIAL + """

以上、よろしくお願いいたします。

""" + SIG_YAMAMOTO + "\n"

mail(n=7, date=dt.datetime(2026, 6, 18, 15, 22, 9, tzinfo=JST), **{"from": YAMAMOTO}, to=[NISHIMURA],
     subject="メリディアン インサイトの仕様確認のお願い（やまびこ食品様案件）",
     mid="20260618152209.8F3C.M.YAMAMOTO@sakura-si.co.jp", extra=[("X-Mailer", "Becky! ver. 2.81.05 [ja]")],
     kind="plain", charset="utf-8", cte="base64", body=M07_BODY,
     items=[C(INSIGHT, "general_availability", "2026-10", "conflict", M07_GA),
            C(INSIGHT, "free_trial", dur(30, "days"), "ok", M07_TRIAL)])

# ---------------------------------------------------------------- 0008 Osaka answers inline
M08_BODY = """さくらシステムズ
山本様

いつもお世話になっております。メリディアンデータ大阪支店の西村です。
お問い合わせの件、以下のとおり回答いたします。

2026年6月18日(木) 15:22 山本 恵 <m.yamamoto@sakura-si.co.jp>:
""" + quote(M07_Q) + """

大変申し訳ございません。お打ち合わせの際にお伝えした日程に誤りがございました。
メリディアン インサイトの一般提供開始は2027年1月を予定しております。
それまではベータ版でのご提供となりますので、11月からの稼働はベータ版での運用となる点、ご留意ください。

""" + quote(M07_REQ) + """

メリディアン インサイトで作成できるダッシュボードは、1ワークスペースあたり最大200個です。
300個以上が必要な場合は、ワークスペースを2つに分けた構成をご提案いたします。
ご利用人数については特に制限を設けておりませんので、800名様でも問題ございません。

> """ + M07_Q2 + """

いいえ、メリディアン インサイトのクエリ応答時間は最大2秒です（1億行規模のワークスペースでの社内計測値）。
3秒以内というご要件は満たしております。

> """ + M07_TRIAL + """

はい、無料トライアルは30日間ご利用いただけます。

料金は、メリディアン インサイトが1ユーザーあたり月額4,400円（税込）です。
800名様でのご契約の場合、年間一括払いで5%のお値引きが可能です。
また、メリディアン インサイトの標準コネクタは約40種類ございますので、基幹DB以外のデータソースも接続可能です。

エンドユーザー様向けには、上記をまとめたメールを別途お送りいたします。

""" + SIG_NISHIMURA + "\n"

mail(n=8, date=dt.datetime(2026, 6, 19, 10, 5, 44, tzinfo=JST), **{"from": NISHIMURA}, to=[YAMAMOTO],
     subject="Re: メリディアン インサイトの仕様確認のお願い（やまびこ食品様案件）",
     mid="0b7e2c94-6d1a-4f3e-a8c2-5e9d13f4b607@osaka.jp.meridian-data.com",
     irt="20260618152209.8F3C.M.YAMAMOTO@sakura-si.co.jp", extra=THUNDERBIRD,
     kind="plain", charset="iso-2022-jp", cte="7bit", body=M08_BODY, archive=True,
     items=[C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月を予定しております。"),
            C(INSIGHT, "max_dashboards", 200, "ok", "メリディアン インサイトで作成できるダッシュボードは、1ワークスペースあたり最大200個です。"),
            C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "いいえ、メリディアン インサイトのクエリ応答時間は最大2秒です"),
            C(INSIGHT, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
              "料金は、メリディアン インサイトが1ユーザーあたり月額4,400円（税込）です。"),
            C(INSIGHT, "integrations", 40, "unverified", "メリディアン インサイトの標準コネクタは約40種類ございます"),
            C(INSIGHT, "general_availability", "2026-10", "conflict", M07_GA, True, "unknown"),
            C(INSIGHT, "free_trial", dur(30, "days"), "ok", M07_TRIAL, True, "unknown")])

# ---------------------------------------------------------------- 0009 partner forwards Osaka's summary as an attachment
M09_ATT_BODY = """山本様

いつもお世話になっております。メリディアンデータの西村です。
やまびこ食品様向けに、本日ご回答した内容を以下にまとめました。

■メリディアン インサイトについて
・メリディアン インサイトの一般提供開始は2027年1月を予定しております（それまではベータ版）。
・メリディアン インサイトのクエリ応答時間は最大2秒です。
・メリディアン インサイトのダッシュボードは1ワークスペースあたり最大200個まで作成できます。
・メリディアン インサイトのSLAは99.9%を予定しております。
・メリディアン インサイトの料金は1ユーザーあたり月額4,000円（税抜）です。
・メリディアン インサイトの無料トライアル期間は30日間です。

ご不明な点がございましたら、お気軽にお問い合わせください。

西村
""" + SIG_NISHIMURA + "\n"

M09_ATT = dict(n=91, date=dt.datetime(2026, 6, 19, 16, 30, 2, tzinfo=JST), **{"from": NISHIMURA}, to=[YAMAMOTO],
               cc=[], subject="【ご回答まとめ】メリディアン インサイトについて（やまびこ食品様向け）",
               mid="7c1f0a3e-92b4-4e55-b1d8-2a6f90c3e418@osaka.jp.meridian-data.com", extra=THUNDERBIRD,
               kind="plain", charset="iso-2022-jp", cte="7bit", body=M09_ATT_BODY)

M09_BODY = """やまびこ食品株式会社
情報システム課 中村様

いつもお世話になっております。さくらシステムズの山本です。

先日お問い合わせいただいたメリディアン インサイトの件、メーカーのメリディアンデータ社大阪支店から回答がありましたので、メールを添付にて転送いたします。

要点としては、メリディアン インサイトの一般提供は2027年1月予定とのことで、11月の稼働開始時点ではベータ版でのご利用となります。
ダッシュボード数の上限の関係で、ワークスペースは2つに分ける構成を想定しております。

PoCのスケジュールについては、来週のお打ち合わせでご相談させてください。

""" + SIG_YAMAMOTO + "\n"

mail(n=9, date=dt.datetime(2026, 6, 22, 13, 40, 18, tzinfo=JST), **{"from": YAMAMOTO}, to=[NAKAMURA],
     subject="メリディアン インサイトの仕様について（メリディアンデータ社回答）",
     mid="20260622134018.A1D7.M.YAMAMOTO@sakura-si.co.jp", extra=[("X-Mailer", "Becky! ver. 2.81.05 [ja]")],
     kind="rfc822", charset="utf-8", cte="base64", body=M09_BODY, attached=M09_ATT,
     attached_name="forward.eml",
     archive=True,
     items=[C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供は2027年1月予定とのことで"),
            C(INSIGHT, "general_availability", "2027-01", "ok", "・メリディアン インサイトの一般提供開始は2027年1月を予定しております（それまではベータ版）。", True, "osaka"),
            C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "・メリディアン インサイトのクエリ応答時間は最大2秒です。", True, "osaka"),
            C(INSIGHT, "max_dashboards", 200, "ok", "・メリディアン インサイトのダッシュボードは1ワークスペースあたり最大200個まで作成できます。", True, "osaka"),
            C(INSIGHT, "sla", 99.9, "unverified", "・メリディアン インサイトのSLAは99.9%を予定しております。", True, "osaka"),
            C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
              "・メリディアン インサイトの料金は1ユーザーあたり月額4,000円（税抜）です。", True, "osaka"),
            C(INSIGHT, "free_trial", dur(30, "days"), "ok", "・メリディアン インサイトの無料トライアル期間は30日間です。", True, "osaka")])

# ---------------------------------------------------------------- 0010 US customer asks us-hq
M10_BODY = """Hi Jordan,

Thanks for the demo last week. Our security review is on July 21, so I'm trying to close out the open questions before then.

Some background: we looked at Meridian FileSync two years ago but stopped at the security questionnaire. We have roughly 2,300 clinicians and 400 admin staff across 14 clinics, so about 2,700 seats in total.

1. Is Meridian Sync HIPAA compliant? Compliance will not sign off without a BAA.
2. Your webinar on May 20 said Meridian Sync supports offline mode for clinicians working in the field. Which plans include that?
3. About half our nursing stations are Chromebooks. Does Meridian Sync run on ChromeOS?
4. Our requirement for Meridian Sync is at least 1 TB of storage per user, because of imaging exports.

Thanks,
Dana

""" + SIG_DANA + "\n"

M10_OFF = "Your webinar on May 20 said Meridian Sync supports offline mode for clinicians working in the field."
M10_FS = "we looked at Meridian FileSync two years ago but stopped at the security questionnaire."

mail(n=10, date=dt.datetime(2026, 7, 7, 11, 12, 36, tzinfo=PDT), **{"from": DANA}, to=[JORDAN],
     subject="Questions before our security review",
     mid="B7E4A2C1-5F3D-4C8B-9E21-6A0D3F8B71C4@pinecresthealth.org", extra=APPLE,
     kind="plain", charset="utf-8", cte="quoted-printable", body=M10_BODY, archive=True,
     items=[C(SYNC, "offline_mode", True, "conflict", M10_OFF),
            F("terminology", None, SYNC, M10_FS)])

# ---------------------------------------------------------------- 0011 us-hq answers, top-posted over a Gmail quote
M11_OWN = """Hi Dana,

Thanks for pulling these together. Answers in order:

1. HIPAA: Meridian Sync is ISO 27001 certified and we hold a SOC 2 Type II report for it, which I can share under NDA. We don't hold a HIPAA attestation for Meridian Sync today, and we can't sign a BAA yet, so I'd like to get our compliance lead on a call with your team.

2. Offline: I'm sorry, the webinar got that wrong. Meridian Sync does not support offline mode; clients need a connection to sync.

3. ChromeOS: not at the moment. Meridian Sync runs on Windows, macOS, iOS and Android.

4. Storage: every Meridian Sync user gets 1 TB, so imaging exports shouldn't be a problem.

On sizing, Meridian Sync supports up to 10,000 users per organization. Your 2,700 seats fit in a single tenant.

Meridian Sync's list price is $399 per month for the organization. With a three-year commitment I can take 15% off year one.

One more thing: we run the pilot risk-free, so if it doesn't work out for the field teams you can walk away after 30 days with no charge.

Best,
Jordan

""" + SIG_JORDAN + "\n"

M11_BODY = M11_OWN + "\nOn Tue, Jul 7, 2026 at 11:12 AM Dana Whitfield <dwhitfield@pinecresthealth.org> wrote:\n" + quote(M10_BODY) + "\n"

T_CERT_US = "Meridian Sync is ISO 27001 certified and we hold a SOC 2 Type II report for it"
T_RISK = "we run the pilot risk-free"

def us_sync(quoted=False, office=None):
    return flat([
        CS(SYNC, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", T_CERT_US, quoted, office),
        C(SYNC, "offline_mode", False, "ok", "Meridian Sync does not support offline mode; clients need a connection to sync.", quoted, office),
        CS(SYNC, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
           "Meridian Sync runs on Windows, macOS, iOS and Android.", quoted, office),
        C(SYNC, "storage_per_user", 1 * TB, "ok", "every Meridian Sync user gets 1 TB", quoted, office),
        C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization.", quoted, office),
        C(SYNC, "monthly_price", money(399, "USD", "month"), "ok",
          "Meridian Sync's list price is $399 per month for the organization.", quoted, office),
        F("phrase", "en.guarantee", None, T_RISK, quoted),
    ])

mail(n=11, date=dt.datetime(2026, 7, 8, 9, 40, 3, tzinfo=PDT), **{"from": JORDAN}, to=[DANA],
     subject="Re: Questions before our security review",
     mid="CAF9mQx2Jw7n0rT4kVb8LpZ3cYh1Ue6sWd5Gq2Nf0Ra8Kt3mB@mail.gmail.com",
     irt="B7E4A2C1-5F3D-4C8B-9E21-6A0D3F8B71C4@pinecresthealth.org",
     kind="alt", html_style="gmail", charset="utf-8", cte="quoted-printable", body=M11_BODY, archive=True,
     items=[us_sync(),
            C(SYNC, "offline_mode", True, "conflict", M10_OFF, True, "unknown"),
            F("terminology", None, SYNC, M10_FS, True)])

# ---------------------------------------------------------------- 0012 customer forwards to CISO (Outlook, cp1252)
M12_BODY = """Raj,

Forwarding Meridian's answers ahead of the 21st. Two things stand out:

- Meridian confirmed that Meridian Sync does not work offline, so the field-team use case is off the table unless we change how the clinics work.
- Meridian Sync has ISO 27001 and SOC 2 Type II, but no HIPAA attestation and no BAA yet. Jordan wants to set up a call with their compliance lead – can you do the week of the 13th?

Everything else looks fine. They also said it doesn't run on ChromeOS, which we'd half expected.

Dana

-----Original Message-----
From: Jordan Alvarez <jalvarez@meridian-data.com>
Sent: Wednesday, July 8, 2026 9:40 AM
To: Dana Whitfield <dwhitfield@pinecresthealth.org>
Subject: Re: Questions before our security review

""" + M11_OWN

mail(n=12, date=dt.datetime(2026, 7, 9, 8, 15, 27, tzinfo=PDT), **{"from": DANA}, to=[RAJ],
     subject="FW: Questions before our security review",
     mid="BY5PR17MB3876A2D0E91F4C7B25@BY5PR17MB3876.namprd17.prod.outlook.com", extra=OUTLOOK,
     kind="plain", charset="windows-1252", cte="quoted-printable", body=M12_BODY,
     items=[C(SYNC, "offline_mode", False, "ok", "Meridian confirmed that Meridian Sync does not work offline"),
            CS(SYNC, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
               "Meridian Sync has ISO 27001 and SOC 2 Type II, but no HIPAA attestation and no BAA yet."),
            us_sync(True, "us-hq")])

# ---------------------------------------------------------------- 0013 Tokyo (second rep) sends quote assumptions
M13_BODY = """北斗ロジスティクス株式会社
情報システム部 田中様

いつもお世話になっております。メリディアンデータの高橋です。
佐藤より引き継ぎ、メリディアン ボールトの導入について担当させていただきます。

お見積りの前提条件を以下にまとめました。

・メリディアン ボールトの料金：1TBあたり月額2,800円（税抜）
・メリディアン ボールトのSLA（月間稼働率）は99.9%です。
・メリディアン ボールトの標準保持期間は90日間です。
・メリディアン ボールトの暗号化方式：AES-256（保存時）

初年度は40TBでのご契約を想定しており、月額112,000円（税抜）となります。
同等クラスのバックアップサービスの中でも最安の水準ですので、ぜひご検討ください。

来週水曜日（7月29日）14時に、御社へご説明に伺う予定です。
どうぞよろしくお願いいたします。

""" + SIG_TAKAHASHI + "\n"

def tokyo_vault(quoted=False, office=None):
    return flat([
        C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
          "・メリディアン ボールトの料金：1TBあたり月額2,800円（税抜）", quoted, office),
        C(VAULT, "sla", 99.9, "conflict", "・メリディアン ボールトのSLA（月間稼働率）は99.9%です。", quoted, office),
        C(VAULT, "retention", dur(90, "days"), "ok", "・メリディアン ボールトの標準保持期間は90日間です。", quoted, office),
        C(VAULT, "encryption", "AES-256", "ok", "・メリディアン ボールトの暗号化方式：AES-256（保存時）", quoted, office),
        F("phrase", "ja.cheapest", None, "同等クラスのバックアップサービスの中でも最安の水準ですので、ぜひご検討ください。", quoted),
    ])

mail(n=13, date=dt.datetime(2026, 7, 21, 14, 30, 12, tzinfo=JST), **{"from": TAKAHASHI}, to=[TANAKA], cc=[SATO],
     subject="【お見積り前提条件】メリディアン ボールト導入のご提案",
     mid="TY3PR01MB11346F0A7C2E58B91D4@TY3PR01MB11346.jpnprd01.prod.outlook.com", extra=OUTLOOK_JA,
     kind="plain", charset="iso-2022-jp", cte="7bit", body=M13_BODY, archive=True,
     items=[tokyo_vault()])

# ---------------------------------------------------------------- 0014 London answers a law firm inline
M14_BODY = """Hi Priya,

Lovely to meet you at the Legal IT Show. Answers inline below.

On 28/07/2026 16:40, Priya Raman <p.raman@harrowfinch.co.uk> wrote:
> We were told on your stand that Meridian Sync has a 99.99% uptime SLA. Is that right?

Not quite. The uptime SLA for Meridian Sync is 99.9%, with service credits if we miss it.
Meridian Vault is the one with 99.95% availability.

> Does Meridian Vault keep data in the UK? Our clients ask about this constantly.

Meridian Vault doesn't have a UK data centre; UK customers are hosted in Frankfurt, so the data stays in the EU.

> We're 85 fee-earners plus about 30 support staff. Would that fit?

Easily. Meridian Sync supports up to 10,000 users in a single organisation.
Meridian Sync also keeps unlimited version history on every file, which your records team will like.

> And could you send indicative pricing?

Of course. Meridian Sync is £329 a month for the whole firm, ex VAT.
Meridian Vault is £16 per TB per month, ex VAT.
For the 115 of you I'd suggest starting Meridian Vault at 10 TB and growing from there.

On security, Meridian Sync is ISO 27001 and Cyber Essentials Plus certified, and our SOC 2 Type II report is available under NDA.

Best wishes,
Fiona

""" + SIG_FIONA + "\n"

T_CERT_UK = "Meridian Sync is ISO 27001 and Cyber Essentials Plus certified, and our SOC 2 Type II report is available under NDA."

mail(n=14, date=dt.datetime(2026, 7, 30, 11, 5, 48, tzinfo=BST), **{"from": FIONA}, to=[PRIYA],
     subject="Re: Meridian Sync / Vault - follow-up from Legal IT Show",
     mid="6a3d1f8e-0c52-4b9a-b7e4-91f2c8d05a36@uk.meridian-data.com",
     irt="DB9PR02MB7212C5E8A3F04D61B9@DB9PR02MB7212.eurprd02.prod.outlook.com", extra=THUNDERBIRD,
     kind="plain", charset="utf-8", cte="quoted-printable", body=M14_BODY, archive=True,
     items=[C(SYNC, "sla", 99.99, "conflict", "We were told on your stand that Meridian Sync has a 99.99% uptime SLA.", True, "unknown"),
            C(SYNC, "sla", 99.9, "ok", "The uptime SLA for Meridian Sync is 99.9%, with service credits if we miss it."),
            C(VAULT, "sla", 99.95, "ok", "Meridian Vault is the one with 99.95% availability."),
            C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault doesn't have a UK data centre; UK customers are hosted in Frankfurt"),
            C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users in a single organisation."),
            F("phrase", "en.unlimited", None, "Meridian Sync also keeps unlimited version history on every file"),
            C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
              "Meridian Sync is £329 a month for the whole firm, ex VAT."),
            C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
              "Meridian Vault is £16 per TB per month, ex VAT."),
            CS(SYNC, "certifications", ["ISO 27001", "Cyber Essentials Plus", "SOC 2 Type II"],
               {"Cyber Essentials Plus": "conflict"}, T_CERT_UK)])

# ---------------------------------------------------------------- 0015 Osaka answers an Osaka customer (wrong retention)
M15_BODY = """やまびこ食品株式会社
中村様

いつもお世話になっております。メリディアンデータ大阪支店の西村です。
バックアップのご相談について、インラインで回答いたします。

2026年8月10日(月) 17:02 中村 健 <k.nakamura@yamabiko-foods.co.jp>:
> 現在、工場の生産管理データが約120TBあり、毎年20TBずつ増えています。
> メリディアン ボールトでは、バックアップは何日間保持されますか。

メリディアン ボールトの標準の保持期間は30日間でございます。
オプションで延長も可能です。

> 保存先は国内のデータセンターでしょうか。海外に出ると監査で指摘を受けるため、国内保管が必須です。

メリディアン ボールトは東京・大阪の国内2拠点のデータセンターで運用しておりますので、国内で完結いたします。
また、メリディアン ボールトは保存データをすべてAES-256で暗号化しております。

> 概算の費用感を教えてください。

メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。
120TBの場合、月額369,600円（税込）の試算となります。
さくらシステムズ様経由でのご契約の場合は、別途お見積りいたします。

よろしくお願いいたします。

""" + SIG_NISHIMURA + "\n"

mail(n=15, date=dt.datetime(2026, 8, 11, 10, 20, 30, tzinfo=JST), **{"from": NISHIMURA}, to=[NAKAMURA],
     subject="Re: バックアップサービスについてのご相談",
     mid="CAH4kW9z+Lm2Qp7xNc0vRt8YbF3jGs6Ue1Dk5Xa9Pq4Wn7oT@mail.gmail.com",
     irt="CAJp2Vd8Hq5mZx1Lr0sT4yNc7Bf9Gk3Ue6Wa2Pq8Xj5nMv0R@mail.gmail.com",
     kind="alt", html_style="gmail", charset="utf-8", cte="base64", body=M15_BODY, archive=True,
     items=[C(VAULT, "retention", dur(30, "days"), "conflict", "メリディアン ボールトの標準の保持期間は30日間でございます。"),
            CS(VAULT, "data_centers", ["Tokyo", "Osaka"], "ok",
               "メリディアン ボールトは東京・大阪の国内2拠点のデータセンターで運用しておりますので、国内で完結いたします。"),
            C(VAULT, "encryption", "AES-256", "ok", "メリディアン ボールトは保存データをすべてAES-256で暗号化しております。"),
            C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
              "メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。")])

# ---------------------------------------------------------------- 0016 UK reseller asks London
M16_LINUX = "Your Tokyo colleague's datasheet from the spring says Meridian Sync supports Linux, so we told them it would be fine."
M16_FRA = "we resell Meridian Vault to around 30 clients now and every one of them is hosted in the Frankfurt region."
M16_BODY = """Hi Fiona,

Quick one. We've got a client (accountancy, 60 staff) who want Meridian Sync, but about a third of their laptops are on Ubuntu.

""" + M16_LINUX + """ Can you confirm before I send the quote?

Also, for what it's worth: """ + M16_FRA + """

Cheers,
Gareth

Gareth Price | Technical Director
Northgate IT Solutions Ltd
Unit 4, Brindley Court, Warrington WA1 1RB
01925 555 0193 | 07700 900 561
Company reg. 08812345 | VAT GB 812 3456 78
"""

mail(n=16, date=dt.datetime(2026, 9, 2, 14, 5, 11, tzinfo=BST), **{"from": GARETH}, to=[FIONA],
     subject="Sync on Linux?",
     mid="9E1C7B3A-42D8-4F06-A5B2-C83E1D0F6A97@northgate-it.co.uk", extra=APPLE,
     kind="plain", charset="us-ascii", cte="7bit", body=M16_BODY, archive=True,
     items=[C(SYNC, "supported_platforms", "Linux", "conflict", M16_LINUX),
            C(VAULT, "data_centers", "Frankfurt", "ok", M16_FRA)])

# ---------------------------------------------------------------- 0017 London answers (Apple Mail, format=flowed) -- stale limit
M17_BODY = """Hi Gareth,

Thanks for checking before it went to the client.

On 2 Sep 2026, at 14:05, Gareth Price <gareth@northgate-it.co.uk> wrote:
> """ + M16_LINUX + """ Can you confirm before I send the quote?

I'm afraid that datasheet was wrong. Meridian Sync runs on Windows, macOS, iOS and Android only; there is no Linux client. The Ubuntu users could use the web app in the meantime.

On size, Meridian Sync tops out at 5,000 users per organisation. Sixty seats is nowhere near that.

Pricing is unchanged: Meridian Sync is £329 per month for the organisation, plus VAT.

> Also, for what it's worth: """ + M16_FRA + """

That's right, UK and EU customers of Meridian Vault are hosted in Frankfurt.

Fiona

""" + SIG_FIONA + "\n"

mail(n=17, date=dt.datetime(2026, 9, 3, 9, 50, 26, tzinfo=BST), **{"from": FIONA}, to=[GARETH],
     subject="Re: Sync on Linux?",
     mid="F04B8D21-7C3E-4A19-B6D5-2E8A9C1F7B30@uk.meridian-data.com",
     irt="9E1C7B3A-42D8-4F06-A5B2-C83E1D0F6A97@northgate-it.co.uk", extra=APPLE,
     kind="plain", flowed=True, charset="utf-8", cte="quoted-printable", body=M17_BODY, archive=True,
     items=[C(SYNC, "supported_platforms", "Linux", "conflict", M16_LINUX, True, "unknown"),
            C(VAULT, "data_centers", "Frankfurt", "ok", M16_FRA, True, "unknown"),
            CS(SYNC, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
               "Meridian Sync runs on Windows, macOS, iOS and Android only; there is no Linux client."),
            C(SYNC, "max_users", 5000, "stale", "Meridian Sync tops out at 5,000 users per organisation."),
            C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
              "Meridian Sync is £329 per month for the organisation, plus VAT."),
            C(VAULT, "data_centers", "Frankfurt", "ok", "UK and EU customers of Meridian Vault are hosted in Frankfurt.")])

# ---------------------------------------------------------------- 0018 customer queries a figure, quoting Tokyo's mail (Outlook JA)
M18_OWN = """高橋様

お世話になっております。北斗ロジスティクスの田中です。

稟議書を作成するにあたり、確認させてください。
7月21日にいただいたメールに記載のメリディアン ボールトのSLAの数値が、御社ウェブサイトのサービス仕様書の数値と異なっているようです。
稟議書にはどちらの数値を記載すればよろしいでしょうか。

また、容量は初年度40TB、3年後に約90TBを見込んでおります。

お手数ですが、ご確認をお願いいたします。

""" + SIG_TANAKA + "\n"

M18_BODY = M18_OWN + """
-----元のメッセージ-----
差出人: 高橋 誠 <makoto.takahashi@jp.meridian-data.com> 
送信日時: 2026年7月21日 14:30
宛先: 田中 浩二 <k.tanaka@hokuto-logi.co.jp>
CC: 佐藤 美咲 <m.sato@jp.meridian-data.com>
件名: 【お見積り前提条件】メリディアン ボールト導入のご提案

""" + M13_BODY

mail(n=18, date=dt.datetime(2026, 9, 10, 16, 5, 50, tzinfo=JST), **{"from": TANAKA}, to=[TAKAHASHI],
     subject="RE: 【お見積り前提条件】メリディアン ボールト導入のご提案",
     mid="TYAPR01MB5894E7B20C1D49A3F6@TYAPR01MB5894.jpnprd01.prod.outlook.com",
     irt="TY3PR01MB11346F0A7C2E58B91D4@TY3PR01MB11346.jpnprd01.prod.outlook.com", extra=OUTLOOK_JA,
     kind="plain", charset="iso-2022-jp", cte="7bit", body=M18_BODY, archive=True,
     items=[tokyo_vault(True, "tokyo")])

# ---------------------------------------------------------------- 0019 Tokyo corrects with (誤)(正)
M19_BODY = """田中様

お世話になっております。メリディアンデータの高橋です。
ご指摘いただき、誠にありがとうございます。

7月21日のメールの記載に誤りがございました。大変申し訳ございません。

　メリディアン ボールトのSLA（月間稼働率）：（誤）99.9%　（正）99.95%

稟議書には99.95%とご記載ください。

容量につきましては、メリディアン ボールトは1テナントあたり最大500TBまで保存できます。
3年後の約90TBでも十分に余裕がございます。

なお、メリディアン シンクについても併せてご検討いただいているとのことですので補足いたしますと、メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。

引き続きよろしくお願いいたします。

""" + SIG_TAKAHASHI + """

-----Original Message-----
From: 田中 浩二 <k.tanaka@hokuto-logi.co.jp> 
Sent: Thursday, September 10, 2026 4:06 PM
To: 高橋 誠 <makoto.takahashi@jp.meridian-data.com>
Subject: RE: 【お見積り前提条件】メリディアン ボールト導入のご提案

""" + M18_OWN

mail(n=19, date=dt.datetime(2026, 9, 11, 11, 0, 5, tzinfo=JST), **{"from": TAKAHASHI}, to=[TANAKA], cc=[SATO],
     subject="RE: 【お見積り前提条件】メリディアン ボールト導入のご提案",
     mid="TY3PR01MB1134602B9D4E1A7C85F@TY3PR01MB11346.jpnprd01.prod.outlook.com",
     irt="TYAPR01MB5894E7B20C1D49A3F6@TYAPR01MB5894.jpnprd01.prod.outlook.com", extra=OUTLOOK,
     kind="plain", charset="utf-8", cte="base64", body=M19_BODY, archive=True,
     items=[C(VAULT, "sla", 99.95, "ok", "メリディアン ボールトのSLA（月間稼働率）：（誤）99.9%　（正）99.95%"),
            C(VAULT, "max_storage", 500 * TB, "ok", "容量につきましては、メリディアン ボールトは1テナントあたり最大500TBまで保存できます。"),
            C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。")])

# ---------------------------------------------------------------- 0020 US partner restates what it was told
M20_GA = "Per our call, Meridian Insight goes GA in January 2027 and comes with a 30-day free trial, so we'd start the client on the trial in December."
M20_DB = "I told the client Meridian Insight handles up to 500 dashboards."
M20_Q1 = "1. What query latency should I quote for Meridian Insight on their 2-billion-row orders table?"
M20_Q2 = "2. Is Meridian Insight covered by your SOC 2 Type II report?"
M20_BODY = """Hi Kevin,

Following up on Thursday's call so I have it in writing before the client workshop.

""" + M20_GA + """

""" + M20_DB + """ They have about 340 today across finance and ops, so I want to make sure that holds.

From the client's side, the hard deadline is their board meeting on January 19.

Two questions:
""" + M20_Q1 + "\n" + M20_Q2 + """

Thanks,
Megan

Megan Liu
Principal, Cobalt Ridge Consulting
2100 Market St, Suite 410, Denver, CO 80205
(720) 555-0164
"""

def partner_insight(quoted=False):
    o = "unknown" if quoted else None
    return [C(INSIGHT, "general_availability", "2027-01", "ok", M20_GA, quoted, o),
            C(INSIGHT, "free_trial", dur(30, "days"), "ok", M20_GA, quoted, o),
            C(INSIGHT, "max_dashboards", 500, "conflict", M20_DB, quoted, o)]

mail(n=20, date=dt.datetime(2026, 10, 6, 10, 22, 40, tzinfo=PDT), **{"from": MEGAN}, to=[KEVIN],
     subject="Insight for the Harlan Foods workshop",
     mid="CAB6vX0pT3kQ9nLz2Wm7Yc4Rf8Hd1Js5Ge0Ua6Kq3Vb9Nt2xP@mail.gmail.com",
     kind="plain", charset="us-ascii", cte="7bit", body=M20_BODY, archive=True,
     items=partner_insight())

# ---------------------------------------------------------------- 0021 us-hq answers inline
M21_BODY = """Hi Megan,

Thanks for writing it up. Comments inline.

On Tue, Oct 6, 2026 at 10:22 AM Megan Liu <megan@cobaltridge.io> wrote:
> """ + M20_GA + """

Correct on both counts.

> """ + M20_DB + """ They have about 340 today across finance and ops, so I want to make sure that holds.

Please walk that back with them. Meridian Insight supports up to 200 dashboards per workspace, so they'd need two workspaces. That's a normal setup for finance plus ops.

> """ + M20_Q1 + """

Meridian Insight returns queries in under 2 seconds at p95 on our 100M-row benchmark workspace. I can't give you a number for 2 billion rows until we've profiled their data.

> """ + M20_Q2 + """

Not yet. Meridian Insight is not in scope of the current SOC 2 Type II report; we expect to add it after GA.

For budgeting, Meridian Insight will be $30 per user per month. Meridian Insight ships with 25 native connectors, which should cover their ERP and CRM. Honestly, it's the number one add-on our Meridian Sync customers ask for.

Kevin

""" + SIG_KEVIN + "\n"

mail(n=21, date=dt.datetime(2026, 10, 7, 8, 55, 19, tzinfo=PDT), **{"from": KEVIN}, to=[MEGAN],
     subject="Re: Insight for the Harlan Foods workshop",
     mid="CAN2pQ8rV5mXw1Ty7Lk3Zb0Hc9Ge4Jf6Ud2Sa8Wn5Rq1Mx7oK@mail.gmail.com",
     irt="CAB6vX0pT3kQ9nLz2Wm7Yc4Rf8Hd1Js5Ge0Ua6Kq3Vb9Nt2xP@mail.gmail.com",
     kind="alt", html_style="gmail", charset="utf-8", cte="quoted-printable", body=M21_BODY, archive=True,
     items=partner_insight(True) + [
         C(INSIGHT, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace, so they'd need two workspaces."),
         C(INSIGHT, "query_latency", dur(2, "seconds"), "ok",
           "Meridian Insight returns queries in under 2 seconds at p95 on our 100M-row benchmark workspace."),
         C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok",
           "For budgeting, Meridian Insight will be $30 per user per month."),
         C(INSIGHT, "integrations", 25, "unverified", "Meridian Insight ships with 25 native connectors"),
         F("phrase", "en.superlative", None, "Honestly, it's the number one add-on our Meridian Sync customers ask for.")])

# ---------------------------------------------------------------- 0022 Osaka customer reports what Tokyo said (iPhone)
M22_PB = "御社の東京支店の方からは、メリディアン ボールトは1テナントで最大1PBまで保存できると伺っております。"
M22_Q = "弊社のデータは5年後に約650TBになる見込みですが、1テナントで収まりますでしょうか。"
M22_BODY = """西村様

お世話になっております。やまびこ食品の中村です。
バックアップの件で追加の確認です。

""" + M22_PB + "\n" + M22_Q + """

また、RPOは何分になりますか。

よろしくお願いいたします。

iPhoneから送信
"""

mail(n=22, date=dt.datetime(2026, 10, 20, 18, 10, 2, tzinfo=JST), **{"from": NAKAMURA}, to=[NISHIMURA],
     subject="バックアップ容量について",
     mid="A3F8C2D1-6B4E-4F70-9D15-E2C7B08A4F63@yamabiko-foods.co.jp", extra=IPHONE,
     kind="plain", charset="utf-8", cte="base64", body=M22_BODY,
     items=[C(VAULT, "max_storage", 1000 * TB, "conflict", M22_PB)])

# ---------------------------------------------------------------- 0023 Osaka corrects, with two phrase problems
M23_BODY = """中村様

お世話になっております。メリディアンデータ大阪支店の西村です。

2026年10月20日(火) 18:10 中村 健 <k.nakamura@yamabiko-foods.co.jp>:
> """ + M22_PB + "\n> " + M22_Q + """

東京支店からのご案内に誤りがあったようで、大変失礼いたしました。
メリディアン ボールトの保存容量の上限は1テナントあたり500TBでございます。
約650TBとなる場合は、2テナントに分けて運用いただく構成をご提案いたします。

> また、RPOは何分になりますか。

メリディアン ボールトのRPOは最大15分です。
メリディアン ボールトは業界一の復旧速度を誇っており、一度バックアップしたデータが失われることは絶対にございません。

引き続きよろしくお願いいたします。

""" + SIG_NISHIMURA + "\n"

T_M23_PH = "メリディアン ボールトは業界一の復旧速度を誇っており、一度バックアップしたデータが失われることは絶対にございません。"

mail(n=23, date=dt.datetime(2026, 10, 21, 10, 40, 37, tzinfo=JST), **{"from": NISHIMURA}, to=[NAKAMURA],
     subject="Re: バックアップ容量について",
     mid="e4a9b1c7-2d3f-4806-9a5e-71c0f8d2b3a4@osaka.jp.meridian-data.com",
     irt="A3F8C2D1-6B4E-4F70-9D15-E2C7B08A4F63@yamabiko-foods.co.jp", extra=THUNDERBIRD,
     kind="plain", charset="iso-2022-jp", cte="7bit", body=M23_BODY, archive=True,
     items=[C(VAULT, "max_storage", 1000 * TB, "conflict", M22_PB, True, "unknown"),
            C(VAULT, "max_storage", 500 * TB, "ok", "メリディアン ボールトの保存容量の上限は1テナントあたり500TBでございます。"),
            C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは最大15分です。"),
            F("phrase", "ja.superlative-no1", None, T_M23_PH),
            F("phrase", "ja.absolute", None, T_M23_PH)])

# ---------------------------------------------------------------- 0024 customer: PO, dates, no claims
M24_BODY = """Hi Tom,

The signed order form is on its way back to you by DocuSign; our PO number is PO-2026-0147 (180 TB, three-year term, as discussed).

Could you confirm the migration can start on Monday 30 November? Our IT contractor is booked for that week and we'd like the first full copy done before the studio closes on 18 December.

Thanks again for all your help on this.

Claire

""" + SIG_CLAIRE + "\n"

mail(n=24, date=dt.datetime(2026, 11, 2, 9, 15, 42, tzinfo=GMT), **{"from": CLAIRE}, to=[TOM],
     subject="RE: Backup for the project server - PO",
     mid="LO2P265MB5127B6E19A0D3C8F47@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM", extra=OUTLOOK,
     kind="plain", charset="us-ascii", cte="7bit", body=M24_BODY)


# ====================================================================== documents
# (exec'd by generate.py) -- judged as of DOC_DATE; office from the folder.
DOCS, DRAFTS = [], []

# ---------------------------------------------------------------- tokyo: Markdown proposal with requirement tables
D1 = """# 北斗ロジスティクス株式会社様 ご提案書

## ファイル共有基盤およびバックアップ基盤の刷新について

株式会社メリディアンデータ 東京支店
2026年11月 第2版

---

## 1. はじめに

本書は、北斗ロジスティクス株式会社様（以下「貴社」）の全社ファイル共有基盤およびバックアップ基盤の刷新に向けて、メリディアン シンク（旧称：メリディアン ファイルシンク）とメリディアン ボールトの組み合わせをご提案するものです。

メリディアン シンクは国内導入社数No.1※のクラウドファイル共有サービスです。

※2026年3月 東京リサーチ調べ（国内法人向けクラウドファイル共有サービス、導入社数ベース）

## 2. メリディアン シンク ご要件への対応

| 項目 | 貴社ご要件 | 弊社回答 |
|---|---|---|
| 利用者数 | 6,500名以上 | 1テナントで最大10,000ユーザー |
| 対応OS | Windows / macOS / Linux | Windows、macOS、iOS、Android（Linuxは非対応） |
| ストレージ | 1名あたり500GB以上 | 1ユーザーあたり1TB |
| 可用性 | 99.5%以上 | 月間稼働率 99.9%（SLA） |
| 第三者認証 | ISMAP登録 | ISO 27001、SOC 2 Type II（ISMAPは未登録） |

## 3. メリディアン ボールト ご要件への対応

| 項目 | 貴社ご要件 | 弊社回答 |
|---|---|---|
| RPO | 1時間以内 | 15分 |
| 保持期間 | 60日以上 | 標準90日間 |
| 保存先 | 国内 | 東京・大阪のデータセンター |
| 可用性 | 99.9%以上 | 月間稼働率 99.95%（SLA） |
| 暗号化 | AES-256以上 | AES-256 |
| 目標復旧時間 | 24時間以内 | RTO 4時間以内 |

## 4. お見積り

お見積り（金額はすべて税抜）

| 品目 | 単価（月額） | 数量 | 月額小計 |
|---|---|---|---|
| メリディアン シンク 基本料金 | 50,000円 | 1 | 50,000円 |
| メリディアン ボールト（1TBあたり） | 2,800円 | 40 TB | 112,000円 |
| 合計 | | | 162,000円 |

年額（12か月分）：1,944,000円（税抜）

## 5. 導入スケジュール（案）

- 2026年12月：情報システム部でのパイロット運用
- 2027年1月〜3月：全拠点への展開
- 2027年4月：拠点サーバーのバックアップ移行

以上
"""

DOCS.append({"file": "docs/tokyo/hokuto-logistics-teian.md", "content": D1, "items": [
    F("terminology", None, SYNC, "メリディアン シンク（旧称：メリディアン ファイルシンク）"),
    C(SYNC, "max_users", 10000, "ok", "| 利用者数 | 6,500名以上 | 1テナントで最大10,000ユーザー |"),
    CS(SYNC, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
       "| 対応OS | Windows / macOS / Linux | Windows、macOS、iOS、Android（Linuxは非対応） |"),
    C(SYNC, "storage_per_user", 1 * TB, "ok", "| ストレージ | 1名あたり500GB以上 | 1ユーザーあたり1TB |"),
    C(SYNC, "sla", 99.9, "ok", "| 可用性 | 99.5%以上 | 月間稼働率 99.9%（SLA） |"),
    CS(SYNC, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
       "| 第三者認証 | ISMAP登録 | ISO 27001、SOC 2 Type II（ISMAPは未登録） |"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "| RPO | 1時間以内 | 15分 |"),
    C(VAULT, "retention", dur(90, "days"), "ok", "| 保持期間 | 60日以上 | 標準90日間 |"),
    CS(VAULT, "data_centers", ["Tokyo", "Osaka"], "ok", "| 保存先 | 国内 | 東京・大阪のデータセンター |"),
    C(VAULT, "sla", 99.95, "ok", "| 可用性 | 99.9%以上 | 月間稼働率 99.95%（SLA） |"),
    C(VAULT, "encryption", "AES-256", "ok", "| 暗号化 | AES-256以上 | AES-256 |"),
    C(VAULT, "rto", dur(4, "hours"), "unverified", "| 目標復旧時間 | 24時間以内 | RTO 4時間以内 |"),
    C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "| メリディアン シンク 基本料金 | 50,000円 | 1 | 50,000円 |"),
    C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "| メリディアン ボールト（1TBあたり） | 2,800円 | 40 TB | 112,000円 |"),
]})

# ---------------------------------------------------------------- london: HTML proposal (del, caption tax note)
D2 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meridian Vault &ndash; proposal for Kessler &amp; Brandt Architects LLP</title>
<style>
body { font-family: "Segoe UI", Arial, sans-serif; max-width: 52em; margin: 2em auto; color: #222; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #bbb; padding: .4em .6em; text-align: left; vertical-align: top; }
caption { font-weight: 600; text-align: left; padding-bottom: .3em; }
.meta, .footer { color: #666; font-size: .9em; }
</style>
</head>
<body>
<h1>Meridian Vault: offsite backup for Kessler &amp; Brandt Architects</h1>
<p class="meta">Prepared by Tom Ashworth, Meridian Data Ltd &middot; Version 3 &middot; November 2026</p>

<h2>1. Summary</h2>
<p>Kessler &amp; Brandt need offsite backup for roughly 180 TB of project data before the insurance renewal.
This proposal covers Meridian Vault for the two NAS systems in the Clerkenwell studio, with the migration
starting on 30 November 2026.</p>
<p>Meridian Vault offers industry-leading restore performance for large CAD and point-cloud files.</p>

<h2>2. Your requirements and our response</h2>
<table>
<caption>Meridian Vault against the insurer's checklist</caption>
<thead><tr><th>Requirement (from your brief)</th><th>Meridian Vault</th></tr></thead>
<tbody>
<tr><td>Recovery point objective of 30 minutes or better</td><td>RPO of 15 minutes</td></tr>
<tr><td>Backups retained for at least 60 days</td><td>90 days default retention, extendable for closed projects</td></tr>
<tr><td>Data held in the UK or EU</td><td>Hosted in our Frankfurt data centre</td></tr>
<tr><td>Encryption at rest</td><td>AES-256</td></tr>
<tr><td>Availability of 99.9% or better</td><td>99.95% availability SLA</td></tr>
<tr><td>Room to grow to 650 TB by 2028</td><td>Up to 500 TB per tenant; a second tenant would be added for the archive</td></tr>
</tbody>
</table>

<h2>3. Hosting</h2>
<p>Meridian Vault backups for Kessler &amp; Brandt would be replicated between our Frankfurt and London data centres.</p>

<h2>4. Pricing</h2>
<table>
<caption>Meridian Vault pricing &ndash; all prices exclude VAT</caption>
<thead><tr><th>Item</th><th>Unit price (per month)</th><th>Quantity</th><th>Monthly total</th></tr></thead>
<tbody>
<tr><td>Meridian Vault storage, per TB</td><td><del>&pound;18.00</del> &pound;16.00</td><td>180 TB</td><td>&pound;2,880.00</td></tr>
<tr><td>Three-year term discount (12%)</td><td></td><td></td><td>&minus;&pound;345.60</td></tr>
</tbody>
</table>
<p>Prices are held for 60 days from the date of this proposal.</p>

<h2>5. Next steps</h2>
<ol>
<li>Kessler &amp; Brandt return the signed order form (PO-2026-0147).</li>
<li>We schedule the initial seeding; the first full copy of 180 TB takes about ten days over your 1 Gbit/s line.</li>
</ol>
<p class="footer">Meridian Data Ltd, 2nd Floor, 40 Bermondsey Street, London SE1 3UD.
Registered in England and Wales, company number 11874402.</p>
</body>
</html>
"""

DOCS.append({"file": "docs/london/kessler-brandt-vault-proposal.html", "content": D2, "items": [
    F("phrase", "en.superlative", None, "Meridian Vault offers industry-leading restore performance for large CAD and point-cloud files."),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "RPO of 15 minutes"),
    C(VAULT, "retention", dur(90, "days"), "ok", "90 days default retention, extendable for closed projects"),
    C(VAULT, "data_centers", "Frankfurt", "ok", "Hosted in our Frankfurt data centre"),
    C(VAULT, "encryption", "AES-256", "ok", "AES-256"),
    C(VAULT, "sla", 99.95, "ok", "99.95% availability SLA"),
    C(VAULT, "max_storage", 500 * TB, "ok", "Up to 500 TB per tenant; a second tenant would be added for the archive"),
    C(VAULT, "data_centers", "London", "conflict",
      "Meridian Vault backups for Kessler & Brandt would be replicated between our Frankfurt and London data centres."),
    C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault storage, per TB £18.00 £16.00"),
]})

# ---------------------------------------------------------------- us-hq: Markdown proposal (period value, URL, disable)
D3 = """# Proposal: Meridian Sync and Meridian Insight for Pinecrest Health Partners

Prepared by Jordan Alvarez and Kevin Osei, Meridian Data Inc.
November 2026 · Reference MD-US-2026-1184

## Executive summary

Pinecrest Health Partners (14 clinics, about 2,700 staff) wants to replace its on-premises file shares and give clinic managers self-service reporting. We propose Meridian Sync for file sharing from January 2027, and a Meridian Insight pilot for the finance and operations teams.

Teams moving from the old client can follow the migration guide at https://support.meridian-data.com/kb/MeridianFileSync-to-MeridianSync.

## Meridian Sync

Pinecrest requirement (RFP section 4.2): 2,700 named users, at least 1 TB of storage per user, a HIPAA BAA.

- Capacity: Meridian Sync supports up to 10,000 users in a single organization. (Until March 2026, Meridian Sync was limited to 5,000 users per organization.)
- Storage: every Meridian Sync user gets 1 TB of storage.
- Availability: Meridian Sync is covered by a 99.9% uptime SLA.
- Security: Meridian Sync is ISO 27001 certified and audited annually for SOC 2 Type II. Meridian Sync does not yet hold a HIPAA attestation; see Appendix A.
- Devices: Meridian Sync runs on Windows, macOS, iOS and Android.
- Connectivity: Meridian Sync does not work offline, so clinic workstations need a network connection to sync.
- Price: $399 per month for the organization, billed annually.

## Meridian Insight

Meridian Insight is currently in beta and will be generally available in January 2027.

- Pricing at GA: $30 per user per month.
- Trial: a 30-day free trial for the finance team before any commitment.
- Performance: Meridian Insight dashboards load in less than 1 second on typical clinic datasets.
- Compliance: Meridian Insight is SOC 2 Type II audited.
- Meridian Insight is guaranteed to cut month-end reporting time in half for your finance team.

<!-- onevoice-disable-next-line en.superlative -->
Clinic groups we work with rate Meridian Insight the #1 analytics add-on for healthcare.

## Commercial summary

| Item | Unit price | Billing |
|---|---|---|
| Meridian Sync, organization subscription | $399.00 per month | annually in advance |

## Appendix A: compliance roadmap

Pinecrest's compliance team will receive the current SOC 2 Type II report under NDA. Our compliance lead, Maria Chen, will join the security review call on December 3.
"""

DOCS.append({"file": "docs/us-hq/pinecrest-health-proposal.md", "content": D3, "items": [
    C(SYNC, "max_users", 10000, "ok", "Capacity: Meridian Sync supports up to 10,000 users in a single organization."),
    C(SYNC, "max_users", 5000, "ok", "(Until March 2026, Meridian Sync was limited to 5,000 users per organization.)"),
    C(SYNC, "storage_per_user", 1 * TB, "ok", "Storage: every Meridian Sync user gets 1 TB of storage."),
    C(SYNC, "sla", 99.9, "ok", "Availability: Meridian Sync is covered by a 99.9% uptime SLA."),
    CS(SYNC, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
       "Security: Meridian Sync is ISO 27001 certified and audited annually for SOC 2 Type II."),
    CS(SYNC, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
       "Devices: Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(SYNC, "offline_mode", False, "ok", "Connectivity: Meridian Sync does not work offline"),
    C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "Price: $399 per month for the organization, billed annually."),
    C(INSIGHT, "general_availability", "2027-01", "ok",
      "Meridian Insight is currently in beta and will be generally available in January 2027."),
    C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Pricing at GA: $30 per user per month."),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "Trial: a 30-day free trial for the finance team before any commitment."),
    C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict",
      "Performance: Meridian Insight dashboards load in less than 1 second on typical clinic datasets."),
    C(INSIGHT, "certifications", "SOC 2 Type II", "unverified", "Compliance: Meridian Insight is SOC 2 Type II audited."),
    F("phrase", "en.guarantee", None, "Meridian Insight is guaranteed to cut month-end reporting time in half for your finance team."),
]})

# ---------------------------------------------------------------- osaka: plain-text proposal
D4 = """やまびこ食品株式会社 御中

　　バックアップ基盤および経営ダッシュボード導入のご提案

2026年11月16日
株式会社メリディアンデータ 大阪支店
（販売パートナー：株式会社さくらシステムズ）

────────────────────────────
1. ご提案の概要
────────────────────────────

工場の生産管理データのバックアップにはメリディアン ボールトを、本社・工場の経営ダッシュボードにはメリディアン インサイトをご提案いたします。

────────────────────────────
2. メリディアン ボールト
────────────────────────────

・メリディアン ボールトのデータは東京と大阪のデータセンターに保管され、海外に出ることはございません。
・メリディアン ボールトのRPO（目標復旧時点）は15分です。
・メリディアン ボールトの標準の保持期間は90日間です。
・メリディアン ボールトは1テナントあたり最大500TBまで保存できます。
・メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。

メリディアン ボールトは、業界初の「ライン停止ゼロ」バックアップ方式を採用しております。

────────────────────────────
3. メリディアン インサイト
────────────────────────────

・メリディアン インサイトの正式リリースは2026年12月の予定です。
・メリディアン インサイトの料金は1ユーザーあたり月額4,000円（税抜）です。
・メリディアン インサイトの無料トライアル期間は30日間です。

────────────────────────────
4. ご参考：メリディアン シンク
────────────────────────────

将来的なファイル共有基盤の刷新に向け、メリディアン シンクもあわせてご検討ください。
・メリディアン シンクは最大5,000ユーザーまでご利用いただけます。
・メリディアン シンクの月額料金は55,000円（税込）です。

────────────────────────────
5. お見積りについて
────────────────────────────

詳細なお見積りは、さくらシステムズ様より別途ご提出いたします。

以上
"""

DOCS.append({"file": "docs/osaka/yamabiko-foods-teian.txt", "content": D4, "items": [
    CS(VAULT, "data_centers", ["Tokyo", "Osaka"], "ok",
       "・メリディアン ボールトのデータは東京と大阪のデータセンターに保管され、海外に出ることはございません。"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "・メリディアン ボールトのRPO（目標復旧時点）は15分です。"),
    C(VAULT, "retention", dur(90, "days"), "ok", "・メリディアン ボールトの標準の保持期間は90日間です。"),
    C(VAULT, "max_storage", 500 * TB, "ok", "・メリディアン ボールトは1テナントあたり最大500TBまで保存できます。"),
    C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
      "・メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。"),
    F("phrase", "ja.first-in-industry", None, "メリディアン ボールトは、業界初の「ライン停止ゼロ」バックアップ方式を採用しております。"),
    C(INSIGHT, "general_availability", "2026-12", "conflict", "・メリディアン インサイトの正式リリースは2026年12月の予定です。"),
    C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
      "・メリディアン インサイトの料金は1ユーザーあたり月額4,000円（税抜）です。"),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "・メリディアン インサイトの無料トライアル期間は30日間です。"),
    C(SYNC, "max_users", 5000, "stale", "・メリディアン シンクは最大5,000ユーザーまでご利用いただけます。"),
    C(SYNC, "monthly_price", money(55000, "JPY", "month", "included"), "ok",
      "・メリディアン シンクの月額料金は55,000円（税込）です。"),
]})

# ---------------------------------------------------------------- a draft that .onevoice.yaml ignores (no labels)
DRAFTS.append({"file": "docs/tokyo/drafts/hokuto-logistics-teian-v1.md", "content": """# 北斗ロジスティクス株式会社様 ご提案書（第1版・社内レビュー前）

- メリディアン シンクは最大5,000ユーザーまでご利用いただけます。
- メリディアン シンクはLinuxにも対応しています。
- メリディアン ボールトのデータセンターは東京・大阪・シンガポールです。
- 業界最安の料金でご提供いたします。
"""})


# ------------------------------------------------------------------ cross-office (hand-labelled)
CROSS = [
    {"product": VAULT, "attribute": "sla", "offices": ["london", "tokyo"],
     "message_files": ["mail/0013.eml", "mail/0014.eml", "mail/0018.eml"],
     "values": {"tokyo": 99.9, "london": 99.95}},
    {"product": VAULT, "attribute": "retention", "offices": ["osaka", "tokyo"],
     "message_files": ["mail/0013.eml", "mail/0015.eml", "mail/0018.eml"],
     "values": {"tokyo": {"amount": 90, "unit": "days"}, "osaka": {"amount": 30, "unit": "days"}}},
    {"product": SYNC, "attribute": "max_users", "offices": ["london", "tokyo"],
     "message_files": ["mail/0017.eml", "mail/0019.eml"],
     "values": {"london": 5000, "tokyo": 10000}},
]

# ------------------------------------------------------------------ writing
def canon_money(v):
    amt = v["amount"]
    if v.get("tax") == "included":
        amt = round(amt / 1.1, 6)
    return ("money", v["currency"], v["per"], amt)

def canon(v):
    if isinstance(v, dict) and "currency" in v:
        return canon_money(v)
    if isinstance(v, dict) and "unit" in v:
        f = {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}[v["unit"]]
        return ("dur", v["amount"] * f)
    return ("v", v)

def check_cross(records):
    """Recompute cross-office pairs from the archive's office claims and compare with CROSS."""
    by = {}
    for r in records:
        if r["type"] != "claim" or r["file"] != "mail/archive.mbox" or r["office"] == "unknown":
            continue
        if r["attribute"] in SET_ATTRS:
            continue
        by.setdefault((r["product"], r["attribute"]), []).append(r)
    found = set()
    for (p, a), rs in by.items():
        for x in rs:
            for y in rs:
                if x["office"] >= y["office"]:
                    continue
                dx = dt.date.fromisoformat(x["as_of"]); dy = dt.date.fromisoformat(y["as_of"])
                if abs((dx - dy).days) > 45:
                    continue
                cx, cy = canon(x["value"]), canon(y["value"])
                if cx[0] == "money" and cx[:3] != cy[:3]:
                    continue
                if cx != cy:
                    found.add((p, a, x["office"], y["office"]))
    want = {(c["product"], c["attribute"]) + tuple(c["offices"]) for c in CROSS}
    if found != want:
        sys.exit("cross-office mismatch: computed %s, labelled %s" % (sorted(found), sorted(want)))


def main():
    for d in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, d), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    records, problems = [], []
    built = []
    for m in MAILS:
        raw = build(m)
        fn = "mail/%04d.eml" % m["n"]
        with open(os.path.join(SET, fn), "wb") as fh:
            fh.write(raw.replace(b"\n", b"\r\n"))
        built.append((m, raw, fn))
        text = decoded_texts(raw)
        norm = lambda s: re.sub(r"\s+", " ", s)
        sender_office = office_of(m["from"][1])
        for it in flat(m["items"]):
            if norm(it["text"]) not in norm(text):
                problems.append("%s: excerpt not in decoded text: %s" % (fn, it["text"]))
            for f in ([fn, "mail/archive.mbox"] if m["archive"] else [fn]):
                if it["kind"] == "claim":
                    records.append({"type": "claim", "file": f, "message_id": m["mid"], "product": it["product"],
                                    "attribute": it["attribute"], "value": it["value"], "verdict": it["verdict"],
                                    "quoted": it["quoted"], "office": it["office"] or sender_office,
                                    "as_of": m["date"].date().isoformat(), "text": it["text"]})
                else:
                    records.append({"type": "finding", "file": f, "message_id": m["mid"], "kind": it["kind"],
                                    "rule": it["rule"], "product": it["product"], "quoted": it["quoted"],
                                    "text": it["text"]})
    # mboxrd archive, date order
    arch = sorted((x for x in built if x[0]["archive"]), key=lambda x: x[0]["date"])
    with open(os.path.join(SET, "mail/archive.mbox"), "wb") as fh:
        for m, raw, fn in arch:
            utc = m["date"].astimezone(dt.timezone.utc)
            fh.write(("From %s %s\n" % (m["from"][1], utc.strftime("%a %b %d %H:%M:%S %Y"))).encode())
            for line in raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n"):
                if re.match(rb"^>*From ", line):
                    line = b">" + line
                fh.write(line + b"\n")
            fh.write(b"\n")
    # documents
    for d in DOCS:
        path = os.path.join(SET, d["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["content"])
        plain = d["content"]
        if d["file"].endswith(".html"):
            plain = html.unescape(re.sub(r"<[^>]+>", " ", plain))
        office = d["file"].split("/")[1]
        for it in flat(d["items"]):
            if re.sub(r"\s+", " ", it["text"]) not in re.sub(r"\s+", " ", plain):
                problems.append("%s: excerpt not in text: %s" % (d["file"], it["text"]))
            if it["kind"] == "claim":
                records.append({"type": "claim", "file": d["file"], "message_id": None, "product": it["product"],
                                "attribute": it["attribute"], "value": it["value"], "verdict": it["verdict"],
                                "quoted": False, "office": office, "as_of": DOC_DATE, "text": it["text"]})
            else:
                records.append({"type": "finding", "file": d["file"], "message_id": None, "kind": it["kind"],
                                "rule": it["rule"], "product": it["product"], "quoted": False, "text": it["text"]})
    for d in DRAFTS:
        path = os.path.join(SET, d["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["content"])
    check_cross(records)
    for c in CROSS:
        records.append(dict({"type": "cross-office"}, **c, file="mail/archive.mbox"))
    # one line per claim key: the same claim stated twice in one file is one line
    seen, out = set(), []
    for r in records:
        key = json.dumps({k: v for k, v in r.items() if k not in ("text", "verdict", "as_of")}, sort_keys=True,
                         ensure_ascii=False)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    if problems:
        sys.exit("\n".join(problems))
    print("wrote %d mails (%d in archive.mbox), %d docs, %d expected lines"
          % (len(MAILS), len(arch), len(DOCS), len(out)))


ONEVOICE_YAML = """# onevoice configuration for evaluation set 64 (SPEC section 6).
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
    main()
