#!/usr/bin/env python3
"""Generate evaluation set 57 (Meridian Data): mail/*.eml, mail/archive.mbox,
docs/<office>/..., .onevoice.yaml and expected.jsonl.

Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py
Emphasis: numbers in every written form (漢数字, 全角, 万/千, ranges, bounds,
tax notes, mixed duration units, TB/TiB/テラバイト, 令和/relative/UK dates,
percentages) mixed with many numbers that are not product claims.
"""
import base64, datetime as dt, email.utils, hashlib, json, os, quopri, random, re, shutil, unicodedata
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"

SY, VA, IN = "meridian-sync", "meridian-vault", "meridian-insight"
SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def money(a, c, per, tax=None):
    return {"amount": a, "currency": c, "per": per, "tax": tax}


def dur(a, u):
    return {"amount": a, "unit": u}


def rng(lo, hi, u):
    return {"min": lo, "max": hi, "unit": u}


TB = 10 ** 12
TIB = 2 ** 40

# ---------------------------------------------------------------- people
P = {
    "ohno": ("大野 拓海", "t.ohno@jp.meridian-data.com"),
    "saeki": ("佐伯 真理子", "m.saeki@jp.meridian-data.com"),
    "kitamura": ("北村 圭介", "k.kitamura@osaka.jp.meridian-data.com"),
    "morishita": ("森下 あかり", "a.morishita@osaka.jp.meridian-data.com"),
    "dana": ("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    "marcus": ("Marcus Oyelaran", "m.oyelaran@meridian-data.com"),
    "fiona": ("Fiona Achterberg", "fiona.achterberg@uk.meridian-data.com"),
    "tom": ("Tom Halloran", "tom.halloran@uk.meridian-data.com"),
    "tanaka": ("田中 一郎", "i.tanaka@minato-seiki.co.jp"),
    "matsumoto": ("松本 浩二", "matsumoto@naniwa-logitech.co.jp"),
    "yamaguchi": ("山口 美咲", "yamaguchi@toho-medsys.co.jp"),
    "inoue": ("井上 健太", "inoue@kansai-ss.co.jp"),
    "greg": ("Greg Lindqvist", "glindqvist@bellweatherfoods.com"),
    "priya": ("Priya Raman", "praman@crestlinedental.com"),
    "james": ("James Okafor", "j.okafor@harcourtpryce.co.uk"),
    "sarah": ("Sarah Penhaligon", "s.penhaligon@northgate-ha.org.uk"),
    "kevin": ("Kevin Ashford", "kashford@minato-usa.com"),
}


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


def hx(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n].upper()


def msgid(style, seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "outlook-jp":
        box = "TYCPR01MB" + str(int(h[:4], 16) % 9000 + 1000)
        return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (box, h[4:24].upper(), box)
    if style == "outlook-uk":
        box = "LO2P265MB" + str(int(h[:4], 16) % 9000 + 1000)
        return "<%s%s@%s.GBRP265.PROD.OUTLOOK.COM>" % (box, h[4:24].upper(), box)
    if style == "outlook-us":
        box = "BY5PR11MB" + str(int(h[:4], 16) % 9000 + 1000)
        return "<%s%s@%s.namprd11.prod.outlook.com>" % (box, h[4:24].upper(), box)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h + h[:8]), b"+=").decode().rstrip("=")
        return "<CA%s@mail.gmail.com>" % b[:46]
    if style.startswith("uuid@"):
        u = "%s-%s-4%s-9%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
        return "<%s@%s>" % (u, style[5:])
    if style.startswith("UUID@"):
        u = "%s-%s-4%s-9%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
        return "<%s@%s>" % (u.upper(), style[5:])
    if style.startswith("plain@"):
        return "<%s.%s@%s>" % (h[:14], h[14:22], style[6:])
    raise ValueError(style)


# ---------------------------------------------------------------- MIME helpers
def addr(key, cs):
    name, a = P[key]
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, a), charset=cs)


def hdr_text(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76, header_name="Subject").encode()


def wrap_flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith((" ", "From ", ">")) and not line.startswith("> "):
            line = " " + line
        while len(line) > width and " " in line[:width]:
            cut = line.rfind(" ", 0, width) + 1
            out.append(line[:cut])          # keeps the trailing space: a soft break
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def encode_body(text, cs, cte):
    """-> (content-transfer-encoding header value, body str with LF)"""
    raw = text.encode(cs)
    if cte == "base64":
        return "base64", base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return "quoted-printable", quopri.encodestring(raw).decode("ascii")
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return cte, raw.decode(cs) if cte == "8bit" else raw.decode("ascii")
    raise ValueError(cte)


def html_of(text, style):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = text.split("\n\n")
    if style == "gmail":
        body = "".join('<div dir="ltr">%s</div><div><br></div>' % "<br>".join(esc(l) for l in p.split("\n")) for p in paras)
        return '<div dir="ltr">%s</div>\n' % body
    body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=@@CHARSET@@"><style><!--\n'
            'p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style></head>\n'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % body)


def leaf(text, cs, cte, subtype="plain", flowed=False):
    if flowed:
        text = wrap_flowed(text)
    enc, body = encode_body(text, cs, cte)
    label = {"iso-2022-jp": "ISO-2022-JP", "utf-8": "UTF-8", "windows-1252": '"windows-1252"',
             "iso-8859-1": '"iso-8859-1"', "us-ascii": "us-ascii"}[cs.lower()]
    ct = "text/%s; charset=%s" % (subtype, label)
    if flowed:
        ct += "; format=flowed"
    return ["Content-Type: " + ct, "Content-Transfer-Encoding: " + enc], body


def multipart(sub, parts, boundary):
    lines = ["This is a multi-part message in MIME format.", ""] if sub == "mixed" else []
    for h, b in parts:
        lines.append("--" + boundary)
        lines += h
        lines.append("")
        lines.append(b.rstrip("\n"))
        lines.append("")
    lines.append("--" + boundary + "--")
    return ['Content-Type: multipart/%s; boundary="%s"' % (sub, boundary)], "\n".join(lines) + "\n"


# ---------------------------------------------------------------- messages
MSGS = []


def M(**kw):
    MSGS.append(kw)


def C(product, attribute, value, verdict, text, quoted=False, office=None, as_of=None):
    return dict(product=product, attribute=attribute, value=value, verdict=verdict, text=text,
                quoted=quoted, office=office, as_of=as_of)


def F(kind, text, rule=None, product=None, quoted=False):
    return dict(kind=kind, rule=rule, product=product, text=text, quoted=quoted)


# 1 ---- Tokyo, Feb 2026: 10,000 users before the limit changed (stale), full-width digits
M(key="tokyo-feb", date="Fri, 20 Feb 2026 17:42:10 +0900", frm="ohno", to=["tanaka"], client="outlook-jp",
  cs="iso-2022-jp", cte="7bit", eol="\r\n", mbox=False,
  subject="【ご提案資料送付】メリディアン・シンクのご紹介",
  body="""株式会社みなと精機
情報システム部 田中様

いつもお世話になっております。
メリディアンデータ東京オフィスの大野です。

先日２月１８日（水）は、お忙しいところ１時間半にわたり
お時間をいただき、誠にありがとうございました。

お打ち合わせでご説明した内容を、あらためて以下にまとめます。

・メリディアン・シンクは１テナントあたり最大１０，０００ユーザーまでご利用いただけます。
・同製品のストレージ容量は、１ユーザーあたり１ＴＢです。
・メリディアン・シンクの月額料金は５万５千円（税込）です。

御社の現在のご利用者数（約３２０名）であれば、十分に余裕のある構成です。
提案資料（ＰＤＦ、全１２ページ）は、本日中に別メールでお送りいたします。

次回のお打ち合わせは、３月４日（水）１０：００〜を候補とさせてください。

何卒よろしくお願い申し上げます。

──────────────────────
メリディアンデータ株式会社 東京オフィス
営業本部 第二営業部　大野 拓海（Takumi Ohno）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-5219-4410　携帯: 080-4126-7735
t.ohno@jp.meridian-data.com
──────────────────────
""",
  claims=[C(SY, "max_users", 10000, "stale", "メリディアン・シンクは１テナントあたり最大１０，０００ユーザーまでご利用いただけます。"),
          C(SY, "storage_per_user", TB, "ok", "同製品のストレージ容量は、１ユーザーあたり１ＴＢです。"),
          C(SY, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン・シンクの月額料金は５万５千円（税込）です。")])

# 2 ---- Osaka, Mar 2026: current 5,000 and 令和8年4月1日以降 1万; short name before full name
M(key="osaka-mar", date="Tue, 10 Mar 2026 11:05:33 +0900", frm="kitamura", to=["matsumoto"], client="gmail",
  cs="utf-8", cte="base64", alt=True, eol="\r\n", mbox=True,
  subject="ファイル共有・バックアップのお見積り前提について",
  body="""浪速ロジテック株式会社
総務部 松本様

お世話になっております。メリディアンデータ大阪オフィスの北村です。
昨日はお電話ありがとうございました。

まず、ボールト（バックアップ）のRPOは15分でございます。
詳細は別紙の仕様書にまとめておりますので、あわせてご確認ください。

次に、ファイル共有についてです。
メリディアン シンクは、現在は最大5,000ユーザーまでのご利用となっておりますが、令和8年4月1日以降は最大1万ユーザーまで拡張されます。
大阪本社・堺・尼崎の3拠点、約1,800名の皆様でお使いいただく想定で問題ございません。

メリディアン ボールトのお見積りは、対象データ量が確定しましたら改めてお送りいたします（目安として3月19日（木）までに）。

何卒よろしくお願いいたします。

--
北村 圭介 / Keisuke Kitamura
メリディアンデータ株式会社 大阪オフィス
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 15階
TEL 06-6341-2280 / FAX 06-6341-2281
""",
  claims=[C(SY, "max_users", 5000, "ok", "メリディアン シンクは、現在は最大5,000ユーザーまでのご利用となっておりますが"),
          C(SY, "max_users", 10000, "ok", "令和8年4月1日以降は最大1万ユーザーまで拡張されます。", as_of="2026-04-01")])

# 3 ---- US HQ, Mar 2026: 5,000 users still right; signature tagline holds no claims
M(key="us-mar", date="Fri, 20 Mar 2026 10:12:45 -0700", frm="dana", to=["greg"], client="applemail-us",
  cs="us-ascii", cte="7bit", eol="\n", mbox=True,
  subject="Follow-up: Sync + Vault numbers for Bellweather",
  body="""Hi Greg,

Thanks again for the time on Wednesday -- it was great to walk the plant in
Modesto. Quick recap of the numbers we talked about:

1. Users. Meridian Sync supports no more than 5,000 named users per tenant today.
   With 1,240 employees across your three plants you're well inside that,
   even if the Fresno acquisition closes.

2. Backup. Meridian Vault storage runs $20 per TB per month. Based on the
   ~42 TB you estimated for the ERP and file servers, I'll put together a
   formal quote (PO 4500018832 once procurement issues it).

3. Retention. Vault keeps daily restore points for 90 days by default.

Your FY27 budget cycle starts in Q1 2027, so we could also look at a
3-year term then. Are you free Thursday 3/26 at 2:30 PM PT for a
30-minute call with our solutions engineer?

Best,
Dana

-- 
Dana Whitfield | Account Executive, West
Meridian Data Inc. | 600 Townsend St, Suite 410, San Francisco, CA 94103
+1 (415) 555-0148 | dana.whitfield@meridian-data.com
Meridian Vault: 15-minute RPO, 99.95% availability.
""",
  claims=[C(SY, "max_users", 5000, "ok", "Meridian Sync supports no more than 5,000 named users per tenant today."),
          C(VA, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault storage runs $20 per TB per month."),
          C(VA, "retention", dur(90, "days"), "ok", "Vault keeps daily restore points for 90 days by default.")])

# 4 ---- Tokyo, Apr 2026: reply with Gmail-style Japanese quote header; requirement in the same sentence
M(key="tokyo-apr", date="Wed, 15 Apr 2026 13:20:05 +0900", frm="saeki", to=["tanaka"], client="gmail",
  cs="utf-8", cte="base64", eol="\r\n", mbox=True, reply_to_seed="tanaka-apr14",
  subject="Re: メリディアン シンク・ボールトについての確認事項",
  body="""田中様

お世話になっております。メリディアンデータの佐伯です。
ご質問いただいた3点について、以下のとおり回答いたします。

1) 利用者数について
メリディアン シンクは、4月1日の仕様改定により最大1万ユーザーまでご利用いただけるようになりました。
御社の約3,200名様のご利用規模であれば、十分に余裕がございます。

2) 目標復旧時点について
メリディアン・ボールトのRPOは15分以下ですので、ご要件の30分以内を満たしております。

3) バックアップの保持期間について
同製品のバックアップ保持期間は、標準で3か月間です。
延長をご希望の場合は、別途オプション（1年・3年・7年）をご用意しております。

ご不明な点がございましたら、お気軽にお知らせください。
（携帯：090-3318-5521）

佐伯

2026年4月14日(火) 18:05 田中 一郎 <i.tanaka@minato-seiki.co.jp>:
> メリディアンデータ 佐伯様
>
> お世話になっております。みなと精機の田中です。
> 先日のご提案について、社内で検討した結果、以下3点を確認させてください。
>
> 1. 弊社は国内外あわせて約3,200名ですが、メリディアン シンクは1万人規模でも利用可能でしょうか。
> 2. 弊社の要件はRPO 30分以内です。
> 3. バックアップは何日分保持されますか。
>
> 4月24日（金）の役員会までに方針を固めたいと考えております。
> よろしくお願いいたします。
>
> --
> 株式会社みなと精機 情報システム部
> 田中 一郎
> TEL 045-663-1207（内線 3412）
""",
  claims=[C(SY, "max_users", 10000, "ok", "メリディアン シンクは、4月1日の仕様改定により最大1万ユーザーまでご利用いただけるようになりました。"),
          C(VA, "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトのRPOは15分以下ですので、ご要件の30分以内を満たしております。"),
          C(VA, "retention", dur(90, "days"), "ok", "同製品のバックアップ保持期間は、標準で3か月間です。")])

# 5 ---- Osaka, Apr 2026: ISO-2022-JP, full-width; wrong Vault SLA (cross-office with US HQ)
M(key="osaka-apr", date="Wed, 22 Apr 2026 15:47:29 +0900", frm="morishita", to=["matsumoto"], client="outlook-jp",
  cs="iso-2022-jp", cte="7bit", eol="\r\n", mbox=True,
  subject="メリディアン ボールト お見積りのご送付（見積番号 OSK-2604-117）",
  body="""浪速ロジテック株式会社
総務部 松本様
（CC：情報システム課 吉岡様）

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの森下でございます。

先日ご依頼いただきましたメリディアン ボールトのお見積りをお送りいたします。
見積書（ＰＤＦ・２ページ）は本メールに続けて別送いたします。

■価格
メリディアン ボールトの容量単価は、１ＴＢあたり月額２，８００円（税抜）でございます。
ご提示いただいた対象データ量１２０ＴＢでお見積りしますと、月額３３６，０００円（税抜）となります。

■サービスレベル
メリディアン ボールトの月間稼働率は９９．９％でございます。
バックアップデータは、同製品の大阪および東京のデータセンターに二重化して保管いたします。

見積有効期限は令和８年５月２９日（金）でございます。
ご不明点がございましたら、森下までお気軽にご連絡ください。

━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社 大阪オフィス
営業部　森下 あかり
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー15階
TEL：06-6341-2283　FAX：06-6341-2281
━━━━━━━━━━━━━━━━━━━━
""",
  claims=[C(VA, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールトの容量単価は、１ＴＢあたり月額２，８００円（税抜）でございます。"),
          C(VA, "sla", 99.9, "conflict", "メリディアン ボールトの月間稼働率は９９．９％でございます。"),
          C(VA, "data_centers", "Osaka", "ok", "バックアップデータは、同製品の大阪および東京のデータセンターに二重化して保管いたします。"),
          C(VA, "data_centers", "Tokyo", "ok", "バックアップデータは、同製品の大阪および東京のデータセンターに二重化して保管いたします。")])

# 6 ---- US HQ, May 2026: Outlook multipart/alternative, QP
M(key="us-may", date="Tue, 05 May 2026 09:31:07 -0700", frm="marcus", to=["priya"], client="outlook-us",
  cs="utf-8", cte="quoted-printable", alt=True, eol="\r\n", mbox=True,
  subject="Crestline - Vault SLA and Insight beta",
  body="""Hi Priya,

Good to speak yesterday. Answers to the questions from your IT steering group:

- Availability: Meridian Vault’s availability commitment is 99.95% per calendar month, with service credits if we fall short.
- Support: Meridian Vault support tickets get a first response within 1.5 hours for Severity 2.
- Analytics: Meridian Insight is in beta right now; general availability is planned for January 2027.
- Trial: the Insight trial runs 30 days, and we can start it whenever your team is ready.

On the commercial side, the draft order form (OF-2026-0457) covers 45 clinics and the 2.5 TB of imaging data you expect to add each quarter. I’ve held the 7% multi-year discount we discussed through May 29.

Talk soon,
Marcus

Marcus Oyelaran
Senior Account Executive | Meridian Data Inc.
Direct: +1 (312) 555-0193 | Mobile: +1 (773) 555-0147
""",
  claims=[C(VA, "sla", 99.95, "ok", "Meridian Vault’s availability commitment is 99.95% per calendar month"),
          C(VA, "support_response_time", dur(1.5, "hours"), "unverified", "Meridian Vault support tickets get a first response within 1.5 hours for Severity 2."),
          C(IN, "general_availability", "2027-01", "ok", "Meridian Insight is in beta right now; general availability is planned for January 2027."),
          C(IN, "free_trial", dur(30, "days"), "ok", "the Insight trial runs 30 days")])

# 7 ---- London, May 2026: Thunderbird format=flowed; 1/4/2027 is 1 April 2027
M(key="london-may", date="Tue, 12 May 2026 09:41:18 +0100", frm="fiona", to=["james"], client="thunderbird-uk",
  cs="utf-8", cte="8bit", flowed=True, eol="\r\n", mbox=True,
  subject="Harcourt & Pryce – proposal follow-up",
  body="""Dear James,

Thank you for your time on Thursday, and please pass my thanks to Helen for the tour of the Leeds office.

As promised, a summary of where we landed:

Meridian Sync is £329 a month, ex VAT, for the whole firm. Every Sync user gets a terabyte of storage. That should comfortably cover the matter files your 85 fee earners keep today.

On security, Meridian Sync is ISO 27001 certified and also holds ISO 27017.

You also asked about the analytics roadmap: Meridian Insight becomes generally available on 1/4/2027, so the reporting work could start as a beta pilot in the new year.

If the partners approve the budget on 28 May, we could have you live by 1/6/2026. I'll send the revised order form (ref. HP-0512-R2) by Friday.

Kind regards,

Fiona

-- 
Fiona Achterberg
Enterprise Account Manager, Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG · +44 (0)20 7946 0321 · mobile +44 (0)7700 900 482
Registered in England and Wales, company no. 10483321 · VAT GB 284 5619 03
""",
  claims=[C(SY, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 a month, ex VAT, for the whole firm."),
          C(SY, "storage_per_user", TB, "ok", "Every Sync user gets a terabyte of storage."),
          C(SY, "certifications", "ISO 27001", "ok", "On security, Meridian Sync is ISO 27001 certified and also holds ISO 27017."),
          C(SY, "certifications", "ISO 27017", "conflict", "On security, Meridian Sync is ISO 27001 certified and also holds ISO 27017."),
          C(IN, "general_availability", "2027-04-01", "conflict", "Meridian Insight becomes generally available on 1/4/2027")])

# 8 ---- Tokyo, May 2026: 令和9年1月, 三十日間, 二百個, 4千円
M(key="tokyo-may", date="Wed, 20 May 2026 16:08:44 +0900", frm="ohno", to=["yamaguchi"], client="gmail",
  cs="utf-8", cte="base64", alt=True, eol="\r\n", mbox=True,
  subject="メリディアン インサイト ベータ版のご案内",
  body="""東邦メディカルシステムズ株式会社
経営企画部 山口様

お世話になっております。メリディアンデータの大野です。
5月18日（月）のオンラインデモにご参加いただき、ありがとうございました。

ご質問の多かった点を整理いたしました。

・提供時期：メリディアン インサイトは令和9年1月に一般提供を開始する予定で、現在はベータ版としてご評価いただけます。
・無料トライアル：同製品の無料トライアル期間は三十日間です。
・ダッシュボード：メリディアン インサイトでは、ダッシュボードを最大二百個まで作成できます。
・価格：メリディアン インサイトのユーザー単価は、月額4千円（税抜）です。

ご検討中の50ユーザー分で試算しますと、月額20万円（税抜）となります。
デモ環境のURL（https://demo.meridian-data.com/insight/toho-2026）は6月30日まで有効です。

引き続きよろしくお願いいたします。

大野 拓海
メリディアンデータ株式会社 東京オフィス
TEL 03-5219-4410 / 080-4126-7735
""",
  claims=[C(IN, "general_availability", "2027-01", "ok", "メリディアン インサイトは令和9年1月に一般提供を開始する予定で"),
          C(IN, "free_trial", dur(30, "days"), "ok", "同製品の無料トライアル期間は三十日間です。"),
          C(IN, "max_dashboards", 200, "ok", "メリディアン インサイトでは、ダッシュボードを最大二百個まで作成できます。"),
          C(IN, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイトのユーザー単価は、月額4千円（税抜）です。")])

# 9 ---- customer (London deal), May 2026: Apple Mail interleaved reply; reported Linux claim
M(key="cust-hp-may", date="Thu, 28 May 2026 16:05:44 +0100", frm="james", to=["fiona"], client="applemail-hp",
  cs="utf-8", cte="quoted-printable", eol="\n", mbox=True, reply_to_key="london-may",
  subject="Re: Harcourt & Pryce – proposal follow-up",
  body="""Hi Fiona,

Thanks — a few points inline.

On 12 May 2026, at 09:41, Fiona Achterberg <fiona.achterberg@uk.meridian-data.com> wrote:

> Meridian Sync is £329 a month, ex VAT, for the whole firm. Every Sync user gets a terabyte of storage.

Understood. Finance have signed off on the monthly figure. For the record we need at least 130 seats on day one (85 fee earners plus support staff).

> On security, Meridian Sync is ISO 27001 certified and also holds ISO 27017.

Our risk committee was pleased to see this. Separately, your Tokyo colleagues told our Osaka subsidiary that Meridian Sync runs on Linux too. Is that right? Two of our litigation support team use Ubuntu laptops.

> If the partners approve the budget on 28 May, we could have you live by 1/6/2026.

The partners meet at 4pm today, so 1 June still looks possible.

Best,
James

James Okafor
IT Director
Harcourt & Pryce LLP
1 Park Row, Leeds LS1 5AB
T +44 (0)113 496 0775
""",
  claims=[C(SY, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 a month, ex VAT, for the whole firm.", quoted=True, office="london"),
          C(SY, "storage_per_user", TB, "ok", "Every Sync user gets a terabyte of storage.", quoted=True, office="london"),
          C(SY, "certifications", "ISO 27001", "ok", "On security, Meridian Sync is ISO 27001 certified and also holds ISO 27017.", quoted=True, office="london"),
          C(SY, "certifications", "ISO 27017", "conflict", "On security, Meridian Sync is ISO 27001 certified and also holds ISO 27017.", quoted=True, office="london"),
          C(SY, "supported_platforms", "Linux", "conflict", "your Tokyo colleagues told our Osaka subsidiary that Meridian Sync runs on Linux too.")])

# 10 ---- London, Jun 2026: Outlook windows-1252; fifteen minutes, "it" retains 30 days, TiB file size
M(key="london-jun", date="Tue, 02 Jun 2026 11:20:03 +0100", frm="tom", to=["james"], cc=["fiona"], client="outlook-uk",
  cs="windows-1252", cte="quoted-printable", alt=True, eol="\r\n", mbox=True,
  subject="Meridian Vault – backup proposal for H&P",
  body="""Hi James,

Fiona asked me to pick up the backup side. Here’s the short version before Thursday’s call (10:30–11:15).

Meridian Vault pricing is £16 per TB per month, excluding VAT, billed on the capacity you actually protect.

Meridian Vault limits data loss to fifteen minutes; that is the recovery point objective in our service description. By default it retains restore points for 30 days, extendable on request.

For UK clients Meridian Vault is hosted in Frankfurt, with no London data centre at this stage.

Your current archive is roughly 38 TB (about 34.6 TiB), growing maybe 15% a year, so a 3-year view lands somewhere around 58 TB.

One more practical point: the file-size limit on Meridian Vault is 5 TiB per individual file, which is far above anything in your DMS.

Regards,
Tom

Tom Halloran | Solutions Consultant
Meridian Data UK Ltd | +44 (0)20 7946 0388
""",
  claims=[C(VA, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault pricing is £16 per TB per month, excluding VAT"),
          C(VA, "rpo", dur(15, "minutes"), "ok", "Meridian Vault limits data loss to fifteen minutes; that is the recovery point objective in our service description."),
          C(VA, "retention", dur(30, "days"), "conflict", "By default it retains restore points for 30 days, extendable on request."),
          C(VA, "data_centers", "Frankfurt", "ok", "For UK clients Meridian Vault is hosted in Frankfurt, with no London data centre at this stage."),
          C(VA, "max_file_size", 5 * TIB, "unverified", "the file-size limit on Meridian Vault is 5 TiB per individual file")])

# 11 ---- Osaka, Jun 2026: Thunderbird JP inline forward of a Tokyo note; 3,080円（税込）; 半日
M(key="osaka-jun-fwd", date="Mon, 08 Jun 2026 10:52:37 +0900", frm="kitamura", to=["inoue"], client="thunderbird-osaka",
  cs="utf-8", cte="8bit", eol="\n", mbox=True,
  subject="Fwd: メリディアン ボールトの仕様について",
  body="""井上様

いつもお世話になっております。メリディアンデータ大阪の北村です。

浪速ロジテック様の件で、東京の佐伯がまとめた資料を転送いたします。
大阪からも補足いたします。

・メリディアン ボールトの容量単価は、1TBあたり月額3,080円（税込）です。
・メリディアン ボールトの目標復旧時間（RTO）は、半日程度を目安としております。

6月12日（金）の同行訪問では、こちらの内容でご説明いただければ幸いです。

北村

-------- 転送メッセージ --------
件名: \tメリディアン ボールトの仕様について
日付: \tThu, 4 Jun 2026 14:22:51 +0900
差出人: \t佐伯 真理子 <m.saeki@jp.meridian-data.com>
宛先: \t北村 圭介 <k.kitamura@osaka.jp.meridian-data.com>

北村さん

お疲れさまです。佐伯です。
浪速ロジテック様向けに、メリディアン ボールトの仕様をまとめました。

・メリディアン・ボールトの保存容量の上限は、1テナントあたり五百テラバイトです。
・同製品は、すべてのバックアップデータをAES 256ビットで暗号化して保存します。

よろしくお願いします。
佐伯
""",
  claims=[C(VA, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "メリディアン ボールトの容量単価は、1TBあたり月額3,080円（税込）です。"),
          C(VA, "rto", dur(0.5, "days"), "unverified", "メリディアン ボールトの目標復旧時間（RTO）は、半日程度を目安としております。"),
          C(VA, "max_storage", 500 * TB, "ok", "メリディアン・ボールトの保存容量の上限は、1テナントあたり五百テラバイトです。", quoted=True, office="tokyo"),
          C(VA, "encryption", "AES-256", "ok", "同製品は、すべてのバックアップデータをAES 256ビットで暗号化して保存します。", quoted=True, office="tokyo")])

# 12 ---- partner (reseller), Jun 2026: own range claim (unknown), question, Outlook block quoting Osaka
M(key="partner-jun", date="Mon, 15 Jun 2026 18:30:12 +0900", frm="inoue", to=["morishita"], client="outlook-kss",
  cs="iso-2022-jp", cte="7bit", eol="\r\n", mbox=True,
  subject="RE: 【関西SS】浪速ロジテック様 提案内容の確認",
  body="""森下様

いつもお世話になっております。関西システムサービスの井上です。
ご回答ありがとうございます。

弊社の提案書では、メリディアン シンクを1万〜2万ユーザー規模の企業向けとしてご紹介しております。
この表現で問題ないか、念のためご確認いただけますでしょうか。

また、浪速ロジテック様から、メリディアン シンクはオフライン環境でも利用可能でしょうか、とのご質問をいただいております。
ご回答をいただけましたら、弊社からお客様へお伝えいたします。

案件番号：KSS-2026-0612（仕入見積 3部）

井上 健太
株式会社関西システムサービス ソリューション営業部
〒541-0051 大阪市中央区備後町3-2-15 ／ TEL 06-6125-8830

-----Original Message-----
From: 森下 あかり <a.morishita@osaka.jp.meridian-data.com>
Sent: 2026年6月10日 17:48
To: 井上 健太 <inoue@kansai-ss.co.jp>
Subject: RE: 【関西SS】浪速ロジテック様 提案内容の確認

井上様

お世話になっております。森下でございます。

メリディアン シンクの月額料金は、55,000円（税込）でございます。
仕切り価格につきましては、別途ご案内いたします。

森下
""",
  claims=[C(SY, "max_users", rng(10000, 20000, "users"), "conflict", "メリディアン シンクを1万〜2万ユーザー規模の企業向けとしてご紹介しております。"),
          C(SY, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は、55,000円（税込）でございます。", quoted=True, office="osaka")])

# 13 ---- customer (Tokyo deal), Jun 2026: purchase order, SKU not a product name — no claims
M(key="cust-minato-po", date="Thu, 18 Jun 2026 14:11:02 +0900", frm="tanaka", to=["saeki"], client="outlook-minato",
  cs="iso-2022-jp", cte="7bit", eol="\r\n", mbox=True,
  subject="注文書送付の件（注番 MS-2026-0418）",
  body="""メリディアンデータ株式会社
佐伯様

いつもお世話になっております。みなと精機の田中です。

先般お見積りいただいた件、社内決裁が下りましたので、注文書をお送りします。
原本は本日、簡易書留にて発送いたしました。

品名：MD-SYNC-ENT（年間契約）
数量：3,200
契約期間：2026年7月1日〜2027年6月30日（12か月）
納品先：〒231-0062 横浜市中区桜木町1-101-1 クロスゲート 9F

2027年春を目途に、海外拠点（タイ・ベトナム）への展開も検討しております。
引き続きよろしくお願いいたします。

田中
""",
  claims=[])

# 14 ---- US HQ, Jun 2026: Outlook reply above an Original Message block; URL with the old name
M(key="us-jun", date="Mon, 22 Jun 2026 13:07:22 -0700", frm="dana", to=["greg"], client="outlook-us",
  cs="utf-8", cte="quoted-printable", alt=True, eol="\r\n", mbox=False,
  subject="RE: Sync rollout questions",
  body="""Hi Greg,

Short answers below, and happy to go deeper on Thursday.

On storage: every Meridian Sync user has a 1,000 GB quota.
Meridian Sync’s uptime SLA is 99.9%, measured monthly.
Meridian Sync doesn’t work offline; the desktop client needs a connection to sync changes.
It runs on Windows 11, macOS 14 and later, iOS 17+ and Android 12+.
Meridian Sync has no Linux client today.
Meridian Sync allows at least 5 devices per user.

Your quote (Q-2026-1187) covers 2,150 users at the 12% multi-year discount, valid through 7/31/2026. Migration notes for teams coming from Box are here: https://docs.meridian-data.com/MeridianFileSync/migrate-from-box

Dana

-----Original Message-----
From: Greg Lindqvist <glindqvist@bellweatherfoods.com>
Sent: Monday, June 22, 2026 8:14 AM
To: Dana Whitfield <dana.whitfield@meridian-data.com>
Subject: Sync rollout questions

Dana,

We now have 2,150 staff on Box after the Fresno deal and need at least 2,000 seats on day one. A few questions from our infrastructure lead:
1) How much storage does each user get?
2) Does Meridian Sync have a Linux client?
3) Can people keep working when the plant Wi-Fi drops?

Thanks,
Greg
""",
  claims=[C(SY, "storage_per_user", TB, "ok", "On storage: every Meridian Sync user has a 1,000 GB quota."),
          C(SY, "sla", 99.9, "ok", "Meridian Sync’s uptime SLA is 99.9%, measured monthly."),
          C(SY, "offline_mode", False, "ok", "Meridian Sync doesn’t work offline; the desktop client needs a connection to sync changes."),
          C(SY, "supported_platforms", "Windows", "ok", "It runs on Windows 11, macOS 14 and later, iOS 17+ and Android 12+."),
          C(SY, "supported_platforms", "macOS", "ok", "It runs on Windows 11, macOS 14 and later, iOS 17+ and Android 12+."),
          C(SY, "supported_platforms", "iOS", "ok", "It runs on Windows 11, macOS 14 and later, iOS 17+ and Android 12+."),
          C(SY, "supported_platforms", "Android", "ok", "It runs on Windows 11, macOS 14 and later, iOS 17+ and Android 12+."),
          C(SY, "max_devices", 5, "unverified", "Meridian Sync allows at least 5 devices per user.")])

# 15 ---- London, Jul 2026: Outlook plain text iso-8859-1; a fortnight; more than 35; 9 languages
M(key="london-jul", date="Wed, 01 Jul 2026 14:02:37 +0100", frm="tom", to=["sarah"], client="outlook-uk",
  cs="iso-8859-1", cte="quoted-printable", eol="\r\n", mbox=True,
  subject="Meridian Insight pilot - Northgate",
  body="""Dear Sarah,

Thank you for confirming the pilot. A few details for your board paper:

Meridian Insight costs £25 per user per month, excluding VAT; the pilot itself is free of charge.
Meridian Insight's p95 query time is under 2 seconds on a 100M-row workspace, which is larger than anything in your housing register.
Insight connects to more than 35 data sources out of the box, including your Civica and Dynamics systems.
The Insight interface is localised into 9 languages, which matters for your tenant-facing team.
You can trial Meridian Insight free for a fortnight before the pilot formally starts.

The pilot runs from Monday 6 July to Friday 31 July for the 140 housing officers in the Bristol and Bath teams. Our kick-off is booked for 10:00 on 6/7 in your Temple Quay office (room 3.14).

Kind regards,
Tom Halloran
Solutions Consultant | Meridian Data UK Ltd
+44 (0)20 7946 0388 | Registered in England and Wales No. 10483321
""",
  claims=[C(IN, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "Meridian Insight costs £25 per user per month, excluding VAT"),
          C(IN, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight's p95 query time is under 2 seconds on a 100M-row workspace"),
          C(IN, "integrations", 35, "unverified", "Insight connects to more than 35 data sources out of the box"),
          C(IN, "ui_languages", 9, "unverified", "The Insight interface is localised into 9 languages"),
          C(IN, "free_trial", dur(14, "days"), "conflict", "You can trial Meridian Insight free for a fortnight before the pilot formally starts.")])

# 16 ---- Tokyo, Jul 2026: forward-as-attachment (message/rfc822) of a US HQ mail; 九十九・九パーセント; USD in Tokyo
M(key="tokyo-jul", date="Wed, 08 Jul 2026 11:26:50 +0900", frm="saeki", to=["tanaka"], client="thunderbird-tokyo",
  cs="utf-8", cte="base64", eol="\r\n", mbox=True,
  subject="Fwd: 米国本社からの製品情報（メリディアン シンク／ボールト）",
  body="""田中様

お世話になっております。メリディアンデータの佐伯です。

御社米国子会社（Minato Precision USA）のご担当者様向けに、米国本社が送付した製品情報を添付にてお送りします。

なお、日本での条件は以下のとおりです。
・メリディアン シンクの国内での月額料金は、5万円（税抜）です。
・米国での同製品の価格は月額399ドルで、米国子会社様とのご契約は米国本社が担当いたします。
・メリディアン・シンクの月間稼働率は九十九・九パーセントとなっております。

7月15日（水）14時からのお打ち合わせで、あわせてご説明いたします。

佐伯 真理子
メリディアンデータ株式会社 東京オフィス 営業本部
TEL 03-5219-4408
""",
  attach=dict(frm="dana", to=["kevin"], date="Tue, 30 Jun 2026 11:03:12 -0700", subject="Meridian Sync and Vault overview",
              seed="dana-kevin-0630", body="""Hi Kevin,

As requested, the headline numbers:

Meridian Sync runs $399 a month for the whole team, billed annually.
Meridian Vault encrypts every backup at rest with AES-256.

Happy to set up a call with your IT team in Torrance.

Dana
"""),
  claims=[C(SY, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの国内での月額料金は、5万円（税抜）です。"),
          C(SY, "monthly_price", money(399, "USD", "month"), "office-variant", "米国での同製品の価格は月額399ドルで"),
          C(SY, "sla", 99.9, "ok", "メリディアン・シンクの月間稼働率は九十九・九パーセントとなっております。"),
          C(SY, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync runs $399 a month for the whole team, billed annually.", quoted=True, office="us-hq"),
          C(VA, "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with AES-256.", quoted=True, office="us-hq")])

# 17 ---- customer (London deal), Jul 2026: S/MIME encrypted — unreadable
M(key="cust-hp-smime", date="Wed, 15 Jul 2026 08:47:19 +0100", frm="james", to=["fiona"], client="smime",
  cs="us-ascii", cte="base64", eol="\r\n", mbox=False, subject="Signed engagement letter",
  body="", claims=[],
  findings=[F("unreadable", "application/pkcs7-mime (smime-type=enveloped-data): the message body is encrypted; no readable text")])

# 18 ---- Osaka, Aug 2026: 50,000円（税込） conflict (cross-office with Tokyo), phrases, old name
M(key="osaka-aug", date="Mon, 03 Aug 2026 10:15:48 +0900", frm="morishita", to=["matsumoto"], client="gmail",
  cs="utf-8", cte="base64", alt=True, eol="\r\n", mbox=True,
  subject="メリディアン シンク 本契約に向けたご案内",
  body="""松本様

お世話になっております。メリディアンデータ大阪の森下でございます。
先日は吉岡様ともども、お時間をいただきありがとうございました。

メリディアン シンク（旧称：メリディアン・ファイルシンク）は、業界最安クラスの料金でご利用いただけるファイル共有サービスです。
メリディアン シンクの月額料金は50,000円（税込）でございます。
同製品では、1ユーザーあたり約1テラバイトのストレージをご用意しております。
導入いただければ、ファイル管理にかかる工数を必ず削減できます。

ご契約開始日は2026年9月1日（火）を想定しております。
契約期間は12か月、ご利用人数は約1,800名様の想定です。

何卒よろしくお願い申し上げます。

森下 あかり
メリディアンデータ株式会社 大阪オフィス
TEL 06-6341-2283
""",
  claims=[C(SY, "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "メリディアン シンクの月額料金は50,000円（税込）でございます。"),
          C(SY, "storage_per_user", TB, "ok", "同製品では、1ユーザーあたり約1テラバイトのストレージをご用意しております。")],
  findings=[F("phrase", "業界最安クラスの料金でご利用いただける", rule="ja.cheapest"),
            F("phrase", "ファイル管理にかかる工数を必ず削減できます", rule="ja.absolute"),
            F("terminology", "旧称：メリディアン・ファイルシンク", product=SY)])

# 19 ---- Tokyo, Aug 2026: Outlook JP 元のメッセージ; 2秒以内 ok, 1秒未満 conflict; customer's reported 来年4月
M(key="tokyo-aug", date="Thu, 20 Aug 2026 15:33:09 +0900", frm="ohno", to=["yamaguchi"], client="outlook-jp",
  cs="utf-8", cte="base64", eol="\r\n", mbox=True,
  subject="RE: メリディアン インサイトの性能について",
  body="""山口様

お世話になっております。メリディアンデータの大野です。
お問い合わせの件、以下のとおりご回答いたします。

メリディアン インサイトのクエリ応答時間は、1億行規模のデータでも2秒以内です。
同製品では、ダッシュボードの表示速度も概ね1秒未満です。
なお、同製品のSLAは月間99.9%を予定しております。

メリディアン インサイトの正式リリースは2027年1月を予定しており、4月ではございません。

8月27日（木）16時〜17時の定例会でも補足いたします。

大野

-----元のメッセージ-----
差出人: 山口 美咲 <yamaguchi@toho-medsys.co.jp>
送信日時: 2026年8月18日 11:32
宛先: 大野 拓海 <t.ohno@jp.meridian-data.com>
件名: メリディアン インサイトの性能について

大野様

いつもお世話になっております。東邦メディカルシステムズの山口です。

弊社の要件は、ダッシュボード表示3秒以内です。
また、貴社の別のご担当者様からは、メリディアン インサイトは来年4月に正式リリースと伺っております。
スケジュールの確認をお願いできますでしょうか。

山口
""",
  claims=[C(IN, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は、1億行規模のデータでも2秒以内です。"),
          C(IN, "query_latency", dur(1, "seconds"), "conflict", "同製品では、ダッシュボードの表示速度も概ね1秒未満です。"),
          C(IN, "sla", 99.9, "unverified", "なお、同製品のSLAは月間99.9%を予定しております。"),
          C(IN, "general_availability", "2027-01", "ok", "メリディアン インサイトの正式リリースは2027年1月を予定しており、4月ではございません。"),
          C(IN, "general_availability", "2027-04", "conflict", "メリディアン インサイトは来年4月に正式リリースと伺っております。", quoted=True, office="unknown")])

# 20 ---- US HQ, Sep 2026: Insight pricing; 250 dashboards; "unlimited"
M(key="us-sep", date="Wed, 02 Sep 2026 08:55:40 -0700", frm="marcus", to=["priya"], client="outlook-us",
  cs="utf-8", cte="quoted-printable", alt=True, eol="\r\n", mbox=False,
  subject="Meridian Insight pricing for Crestline",
  body="""Hi Priya,

Following up on Monday’s call with your analytics team:

Meridian Insight lists at $30/user/month. For the 85 analysts you mentioned that’s $2,550/month before the 8% first-year discount.
Each Meridian Insight workspace can hold as many as 250 dashboards, so one workspace per region should be plenty.
Viewers are unlimited on every plan, so clinic managers can read reports without a paid seat.
The Meridian Insight trial is 30 days and needs no credit card.

Could we do Tue 9/8 at 10:00 AM CT to walk through the rollout plan? I’ll send an invite to you, Raj and Lena.

Best,
Marcus
""",
  claims=[C(IN, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight lists at $30/user/month."),
          C(IN, "max_dashboards", 250, "conflict", "Each Meridian Insight workspace can hold as many as 250 dashboards"),
          C(IN, "free_trial", dur(30, "days"), "ok", "The Meridian Insight trial is 30 days and needs no credit card.")],
  findings=[F("phrase", "Viewers are unlimited on every plan", rule="en.unlimited")])

# 21 ---- London, Sep 2026: correction (retracted £299), ISO/IEC 27001:2022, SOC 2 Type 2
M(key="london-sep", date="Thu, 10 Sep 2026 12:18:26 +0100", frm="fiona", to=["james"], client="thunderbird-uk",
  cs="utf-8", cte="8bit", flowed=True, eol="\r\n", mbox=False,
  subject="Correction and a couple of confirmations",
  body="""Dear James,

Correction to Tuesday's email: Meridian Sync is £329 per month ex VAT, not the £299 I quoted. Apologies for the confusion.

Two confirmations your risk committee asked for:
- Meridian Sync is certified to ISO/IEC 27001:2022 and has a current SOC 2 Type 2 report.
- Meridian Vault's availability SLA is 99.95%, and its data centres for your tenant are Frankfurt and Oregon.

The DPA (v3.1, 14 pages) is attached to the contract pack; clause 9.2 covers sub-processors.

Kind regards,
Fiona

-- 
Fiona Achterberg
Enterprise Account Manager, Meridian Data UK Ltd
+44 (0)20 7946 0321
""",
  claims=[C(SY, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month ex VAT, not the £299 I quoted."),
          C(SY, "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO/IEC 27001:2022 and has a current SOC 2 Type 2 report."),
          C(SY, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified to ISO/IEC 27001:2022 and has a current SOC 2 Type 2 report."),
          C(VA, "sla", 99.95, "ok", "Meridian Vault's availability SLA is 99.95%, and its data centres for your tenant are Frankfurt and Oregon."),
          C(VA, "data_centers", "Frankfurt", "ok", "Meridian Vault's availability SLA is 99.95%, and its data centres for your tenant are Frankfurt and Oregon."),
          C(VA, "data_centers", "Oregon", "ok", "Meridian Vault's availability SLA is 99.95%, and its data centres for your tenant are Frankfurt and Oregon.")])

# 22 ---- Osaka, Oct 2026: 2週間, 4,400円（税込）, 90分, USD in Osaka, 九十日間
M(key="osaka-oct", date="Mon, 05 Oct 2026 17:02:55 +0900", frm="kitamura", to=["matsumoto"], client="thunderbird-osaka",
  cs="utf-8", cte="8bit", eol="\n", mbox=True,
  subject="メリディアン インサイト・ボールトの追加ご提案",
  body="""松本様

お世話になっております。メリディアンデータ大阪の北村です。
10月1日（木）にいただいたご要望をふまえ、追加のご提案をお送りします。

■メリディアン インサイト（分析基盤）
・メリディアン インサイトの無料トライアルは2週間です。
・同製品は、1ユーザーあたり月額4,400円（税込）でご利用いただけます。

■メリディアン ボールト（バックアップ）
・メリディアン ボールトのRPOは90分です。
・メリディアン ボールトの料金は、米国価格ですと1TBあたり月額20ドルになります。
・メリディアン ボールトのバックアップ保持期間は、標準で九十日間です。

以上、ご検討のほどよろしくお願いいたします。

北村 圭介
メリディアンデータ株式会社 大阪オフィス
TEL 06-6341-2280（直通 06-6341-2287）
""",
  claims=[C(IN, "free_trial", dur(14, "days"), "conflict", "メリディアン インサイトの無料トライアルは2週間です。"),
          C(IN, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "同製品は、1ユーザーあたり月額4,400円（税込）でご利用いただけます。"),
          C(VA, "rpo", dur(90, "minutes"), "conflict", "メリディアン ボールトのRPOは90分です。"),
          C(VA, "price_per_tb", money(20, "USD", "TB-month"), "office-variant", "メリディアン ボールトの料金は、米国価格ですと1TBあたり月額20ドルになります。"),
          C(VA, "retention", dur(90, "days"), "ok", "メリディアン ボールトのバックアップ保持期間は、標準で九十日間です。")])

# 23 ---- Tokyo, Nov 2026: denied value, customer's reported 99.95％ (quoted), substantiated No.1※
M(key="tokyo-nov", date="Mon, 02 Nov 2026 14:40:21 +0900", frm="saeki", to=["tanaka"], client="gmail",
  cs="utf-8", cte="base64", eol="\r\n", mbox=True, reply_to_seed="tanaka-oct30",
  subject="Re: 更新時の確認事項",
  body="""田中様

お世話になっております。佐伯です。
ご確認いただいた件について回答いたします。

メリディアン シンクの稼働率（SLA）は99.9％で、99.95％ではございません。資料の記載に誤りがあり、大変失礼いたしました。
また、メリディアン インサイトは来年1月に一般提供を開始いたします。

メリディアン シンクは法人向けファイル共有サービスで導入社数No.1※を獲得しております。
※2026年9月 ITRサーベイ社調べ（国内法人向けファイル共有サービス市場）

更新のお見積り（見積番号 TKY-2611-032）は、11月6日（金）までにお送りします。

佐伯

2026年10月30日(金) 9:42 田中 一郎 <i.tanaka@minato-seiki.co.jp>:
> 佐伯様
>
> お世話になっております。みなと精機の田中です。
> 更新にあたり、2点確認させてください。
>
> ・御社の資料では、メリディアン シンクの稼働率は99.95％とありました。
> ・メリディアン インサイトの一般提供開始時期を教えてください。
>
> 来年度（2027年春）には海外拠点への展開も検討しております。
>
> 田中
""",
  claims=[C(SY, "sla", 99.9, "ok", "メリディアン シンクの稼働率（SLA）は99.9％で、99.95％ではございません。"),
          C(IN, "general_availability", "2027-01", "ok", "メリディアン インサイトは来年1月に一般提供を開始いたします。"),
          C(SY, "sla", 99.95, "conflict", "御社の資料では、メリディアン シンクの稼働率は99.95％とありました。", quoted=True, office="unknown")])

# 24 ---- London, Nov 2026: 7bit plain; a body line starting "From " (mboxrd escapes it); 0.5 PB; 1.5 hours
M(key="london-nov", date="Thu, 12 Nov 2026 10:24:51 +0000", frm="tom", to=["sarah"], client="outlook-uk-plain",
  cs="us-ascii", cte="7bit", eol="\r\n", mbox=True,
  subject="Backup options for Northgate",
  body="""Dear Sarah,

Following the board's decision on Insight, you asked whether we could also take over backups from your current supplier.

From a backup point of view, Meridian Vault gives you an RPO of 15 minutes, which comfortably covers your 1-hour target.
Meridian Vault's RTO for a full restore of your file shares is about 1.5 hours in our tests.
Capacity is not a concern either: each Meridian Vault tenant can hold up to 0.5 PB.

I have pencilled in a workshop for 1/12/2026 at 14:00 (about 90 minutes) at Temple Quay. Agenda and attendee list to follow.

Kind regards,
Tom Halloran
Solutions Consultant | Meridian Data UK Ltd
+44 (0)20 7946 0388
""",
  claims=[C(VA, "rpo", dur(15, "minutes"), "ok", "From a backup point of view, Meridian Vault gives you an RPO of 15 minutes, which comfortably covers your 1-hour target."),
          C(VA, "rto", dur(1.5, "hours"), "unverified", "Meridian Vault's RTO for a full restore of your file shares is about 1.5 hours in our tests."),
          C(VA, "max_storage", 500 * TB, "ok", "each Meridian Vault tenant can hold up to 0.5 PB.")])


CLIENTS = {
    "outlook-jp": ("outlook-jp", "Microsoft Outlook 16.0"),
    "outlook-us": ("outlook-us", "Microsoft Outlook 16.0"),
    "outlook-uk": ("outlook-uk", "Microsoft Outlook 16.0"),
    "outlook-uk-plain": ("outlook-uk", "Microsoft Outlook 16.0"),
    "outlook-kss": ("plain@kansai-ss.co.jp", "Microsoft Outlook 16.0"),
    "outlook-minato": ("plain@minato-seiki.co.jp", "Microsoft Outlook 16.0"),
    "gmail": ("gmail", None),
    "applemail-us": ("UUID@meridian-data.com", "Apple Mail (2.3774.600.62)"),
    "applemail-hp": ("UUID@harcourtpryce.co.uk", "Apple Mail (2.3774.600.62)"),
    "thunderbird-uk": ("uuid@uk.meridian-data.com", "Mozilla Thunderbird"),
    "thunderbird-osaka": ("uuid@osaka.jp.meridian-data.com", "Mozilla Thunderbird"),
    "thunderbird-tokyo": ("uuid@jp.meridian-data.com", "Mozilla Thunderbird"),
    "smime": ("UUID@harcourtpryce.co.uk", "Apple Mail (2.3774.600.62)"),
}


def parse_date(s):
    return email.utils.parsedate_to_datetime(s)


def build(m, ids):
    """-> raw message str with LF line ends (converted later)."""
    cs, style = m["cs"], CLIENTS[m["client"]]
    hcs = "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8"
    d = parse_date(m["date"])
    h = []
    # one Received line, as the receiving side would have written it
    recv_host = {"tokyo": "jp", "osaka": "osaka.jp", "london": "uk", "us-hq": "us"}.get(office_of(P[m["frm"]][1]), "ext")
    h.append("Received: from %s.mail.protection.example.net (10.%d.%d.%d)\n\tby mx1.example.net with ESMTPS id %s;\n\t%s"
             % (recv_host, int(hx(m["key"], 2), 16) % 250, int(hx(m["key"] + "b", 2), 16) % 250, int(hx(m["key"] + "c", 2), 16) % 250,
                hx(m["key"] + "id", 12), email.utils.format_datetime(d)))
    h.append("From: " + addr(m["frm"], hcs))
    h.append("To: " + ", ".join(addr(k, hcs) for k in m["to"]))
    if m.get("cc"):
        h.append("Cc: " + ", ".join(addr(k, hcs) for k in m["cc"]))
    h.append("Subject: " + hdr_text(m["subject"], hcs))
    h.append("Date: " + m["date"])
    h.append("Message-ID: " + ids[m["key"]])
    if m.get("reply_to_key") or m.get("reply_to_seed"):
        rid = ids[m["reply_to_key"]] if m.get("reply_to_key") else msgid("gmail", m["reply_to_seed"])
        h.append("In-Reply-To: " + rid)
        h.append("References: " + rid)
    if style[1] and style[1].startswith("Mozilla"):
        h.append("User-Agent: Mozilla Thunderbird")
    elif style[1]:
        h.append("X-Mailer: " + style[1])
    if cs in ("iso-2022-jp",) or m["client"] in ("gmail", "outlook-jp"):
        h.append("Content-Language: ja")
    h.append("MIME-Version: 1.0")
    if m["client"] == "smime":
        rnd = random.Random(m["key"])
        blob = bytes(rnd.randrange(256) for _ in range(2400))
        h += ['Content-Type: application/pkcs7-mime; name=smime.p7m; smime-type=enveloped-data',
              "Content-Transfer-Encoding: base64", 'Content-Disposition: attachment; filename=smime.p7m',
              "Content-Description: S/MIME Encrypted Message"]
        return "\n".join(h) + "\n\n" + base64.encodebytes(b"\x30\x82\x09\x5c\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03\xa0" + blob).decode()
    body = m["body"]
    if m.get("attach"):
        a = m["attach"]
        inner_id = msgid("UUID@meridian-data.com", a["seed"])
        inner_h = ["From: " + addr(a["frm"], "utf-8"), "To: " + ", ".join(addr(k, "utf-8") for k in a["to"]),
                   "Subject: " + a["subject"], "Date: " + a["date"], "Message-ID: " + inner_id,
                   "X-Mailer: Apple Mail (2.3774.600.62)", "MIME-Version: 1.0",
                   "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"]
        inner = "\n".join(inner_h) + "\n\n" + a["body"]
        ph, pb = leaf(body, cs, m["cte"])
        att = (['Content-Type: message/rfc822; name="Meridian Sync and Vault overview.eml"',
                'Content-Disposition: attachment; filename="Meridian Sync and Vault overview.eml"'], inner)
        mh, mb = multipart("mixed", [(ph, pb), att], "------------" + hx(m["key"], 24))
        return "\n".join(h + mh) + "\n\n" + mb
    if m.get("alt"):
        ph, pb = leaf(body, cs, m["cte"], flowed=m.get("flowed", False))
        html = html_of(body, "gmail" if m["client"] == "gmail" else "outlook")
        html = html.replace("@@CHARSET@@", cs)
        hh, hb = leaf(html, cs, m["cte"], subtype="html")
        bnd = ("000000000000" + hx(m["key"], 16).lower()) if m["client"] == "gmail" else "_000_" + hx(m["key"], 30) + "_"
        mh, mb = multipart("alternative", [(ph, pb), (hh, hb)], bnd)
        return "\n".join(h + mh) + "\n\n" + mb
    ph, pb = leaf(body, cs, m["cte"], flowed=m.get("flowed", False))
    return "\n".join(h + ph) + "\n\n" + pb


# ---------------------------------------------------------------- documents
DOCS = []


def D(path, text, claims=(), findings=()):
    DOCS.append(dict(path=path, text=text, claims=list(claims), findings=list(findings)))


D("docs/tokyo/minato-seiki_teian_202611.md", """# 株式会社みなと精機様 ファイル共有・バックアップ基盤 ご提案書

提出日：2026年11月20日　／　提出者：メリディアンデータ株式会社 東京オフィス 営業本部
文書番号：TKY-PRP-2611-008（全8ページ）

## 1. ご提案の背景

御社では現在、国内3工場・海外2拠点の約3,200名が、オンプレミスのファイルサーバー（約85TB）を利用されています。
2027年春の海外展開に先立ち、ファイル共有とバックアップをクラウドへ移行することをご提案いたします。

## 2. メリディアン シンク

- 最大利用者数：~~5,000~~ 10,000ユーザー（1テナントあたり）
- ストレージ：1ユーザーあたり1TB
- 稼働率（SLA）：99.9%
- 対応OS：Windows／macOS／iOS／Android
- オフライン利用：非対応（編集には常時接続が必要です）

## 3. メリディアン ボールト

- RPO（目標復旧時点）：15分以内
- 標準の保持期間：90日間
- SLA：99.95％
- データセンター：東京・大阪（国内2拠点）
- 保存容量の上限：1テナントあたり0.5PB
- RTO（目標復旧時間）：2〜4時間（データ量により変動）

## 4. メリディアン インサイト（ベータ版）

- 一般提供開始：2027年1月（予定）
- 無料トライアル：30日間

## 5. お見積り

表1　月額費用（金額はすべて税抜）

| 品目 | 単価 | 備考 |
|---|---|---|
| メリディアン シンク 月額基本料金 | 50,000円／月 | 1テナント |
| メリディアン ボールト 容量課金 | 2,800円／TB・月 | 実使用量に応じて課金 |
| メリディアン インサイト ユーザー課金 | 4,000円／ユーザー・月 | 一般提供開始後 |

※表示価格は2026年11月20日時点のものです。
※お支払いは月末締め翌月末払いとなります。

## 6. 導入スケジュール（案）

| フェーズ | 期間 | 内容 |
|---|---|---|
| 1 | 2026年12月〜2027年1月 | 本社（横浜）約1,100名の移行 |
| 2 | 2027年2月〜3月 | 国内工場 約1,500名の移行 |
| 3 | 2027年4月以降 | 海外拠点 約600名の移行 |
""", claims=[
    C(SY, "max_users", 10000, "ok", "最大利用者数：~~5,000~~ 10,000ユーザー（1テナントあたり）"),
    C(SY, "storage_per_user", TB, "ok", "ストレージ：1ユーザーあたり1TB"),
    C(SY, "sla", 99.9, "ok", "稼働率（SLA）：99.9%"),
    C(SY, "supported_platforms", "Windows", "ok", "対応OS：Windows／macOS／iOS／Android"),
    C(SY, "supported_platforms", "macOS", "ok", "対応OS：Windows／macOS／iOS／Android"),
    C(SY, "supported_platforms", "iOS", "ok", "対応OS：Windows／macOS／iOS／Android"),
    C(SY, "supported_platforms", "Android", "ok", "対応OS：Windows／macOS／iOS／Android"),
    C(SY, "offline_mode", False, "ok", "オフライン利用：非対応（編集には常時接続が必要です）"),
    C(VA, "rpo", dur(15, "minutes"), "ok", "RPO（目標復旧時点）：15分以内"),
    C(VA, "retention", dur(90, "days"), "ok", "標準の保持期間：90日間"),
    C(VA, "sla", 99.95, "ok", "SLA：99.95％"),
    C(VA, "data_centers", "Tokyo", "ok", "データセンター：東京・大阪（国内2拠点）"),
    C(VA, "data_centers", "Osaka", "ok", "データセンター：東京・大阪（国内2拠点）"),
    C(VA, "max_storage", 500 * TB, "ok", "保存容量の上限：1テナントあたり0.5PB"),
    C(VA, "rto", rng(2, 4, "hours"), "unverified", "RTO（目標復旧時間）：2〜4時間（データ量により変動）"),
    C(IN, "general_availability", "2027-01", "ok", "一般提供開始：2027年1月（予定）"),
    C(IN, "free_trial", dur(30, "days"), "ok", "無料トライアル：30日間"),
    C(SY, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円／月 | 1テナント |"),
    C(VA, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "| メリディアン ボールト 容量課金 | 2,800円／TB・月 | 実使用量に応じて課金 |"),
    C(IN, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "| メリディアン インサイト ユーザー課金 | 4,000円／ユーザー・月 | 一般提供開始後 |"),
])

# an ignored draft (.onevoice.yaml ignores **/drafts/**): full of errors, nothing expected
D("docs/tokyo/drafts/minato-seiki_teian_v0.md", """# みなと精機様 ご提案書（たたき台・社外秘）

- メリディアン・ファイルシンクは最大5,000ユーザーまで（要確認）
- メリディアン ボールトは業界No.1のバックアップ、RPOは5分
- メリディアン インサイトは2026年10月に正式リリース
""")

D("docs/osaka/naniwa-logitech_mitsumori_202611.html", """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>御見積書 OSK-2611-204 浪速ロジテック株式会社様</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>
</head>
<body>
<h1>御見積書</h1>
<p>浪速ロジテック株式会社 御中</p>
<p>見積番号：OSK-2611-204<br>見積日：令和8年11月16日<br>有効期限：令和8年12月25日</p>
<p>メリディアンデータ株式会社 大阪オフィス（〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー15階　TEL 06-6341-2280）</p>
<p>メリディアンデータは、国内トップクラスの導入実績を持つクラウドサービス事業者です。</p>

<table>
<caption>表1 ご要件への回答（金額はすべて税込）</caption>
<thead>
<tr><th>製品</th><th>項目</th><th>ご要件</th><th>弊社回答</th></tr>
</thead>
<tbody>
<tr><td rowspan="3">メリディアン シンク</td><td>利用者数</td><td>1,500名以上</td><td>最大1万ユーザーまで対応</td></tr>
<tr><td>月額料金</td><td>月額5万円以内</td><td><del>45,000円</del> 55,000円</td></tr>
<tr><td>オフライン利用</td><td>倉庫内の電波不感地帯での利用</td><td>オフラインでのご利用には対応しておりません</td></tr>
<tr><td rowspan="4">メリディアン ボールト</td><td>容量単価</td><td>―</td><td>1TBあたり月額3,080円</td></tr>
<tr><td>RPO</td><td>1時間以内</td><td>15分</td></tr>
<tr><td>保持期間</td><td>1年以上</td><td>標準1年</td></tr>
<tr><td>データセンター</td><td>国内</td><td>大阪・東京</td></tr>
<tr><td rowspan="3">メリディアン インサイト</td><td>ユーザー単価</td><td>―</td><td>1ユーザーあたり月額4,000円</td></tr>
<tr><td>提供開始</td><td>2027年上期</td><td>令和9年1月（一般提供開始予定）</td></tr>
<tr><td>ダッシュボード数</td><td>300以上</td><td>最大200</td></tr>
</tbody>
</table>
<p>※金額は月額、消費税10％を含みます。</p>
<p>※お支払条件：月末締め翌月末払い</p>
</body>
</html>
""", claims=[
    C(SY, "max_users", 10000, "ok", "最大1万ユーザーまで対応"),
    C(SY, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "<del>45,000円</del> 55,000円"),
    C(SY, "offline_mode", False, "ok", "オフラインでのご利用には対応しておりません"),
    C(VA, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "1TBあたり月額3,080円"),
    C(VA, "rpo", dur(15, "minutes"), "ok", "<td>RPO</td><td>1時間以内</td><td>15分</td>"),
    C(VA, "retention", dur(1, "years"), "conflict", "<td>保持期間</td><td>1年以上</td><td>標準1年</td>"),
    C(VA, "data_centers", "Osaka", "ok", "<td>データセンター</td><td>国内</td><td>大阪・東京</td>"),
    C(VA, "data_centers", "Tokyo", "ok", "<td>データセンター</td><td>国内</td><td>大阪・東京</td>"),
    C(IN, "per_user_price", money(4000, "JPY", "user-month", "included"), "conflict", "1ユーザーあたり月額4,000円"),
    C(IN, "general_availability", "2027-01", "ok", "令和9年1月（一般提供開始予定）"),
    C(IN, "max_dashboards", 200, "ok", "<td>ダッシュボード数</td><td>300以上</td><td>最大200</td>"),
], findings=[F("phrase", "国内トップクラスの導入実績を持つ", rule="ja.superlative-no1")])

D("docs/london/harcourt-pryce_proposal_v2.txt", """HARCOURT & PRYCE LLP
Proposal: document sync and backup
Prepared by Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG
Reference HP-PRP-0926 v2 · 18 November 2026 · 11 pages


1. Summary

Harcourt & Pryce LLP has 85 fee earners and around 45 business services
staff across its Leeds and Manchester offices. This proposal covers
document synchronisation for all 130 people and backup of roughly 38 TB
of matter data.

We guarantee a risk-free migration over two weekends.


2. Meridian Sync

Meridian Sync costs £329 per month (exclusive of VAT) for the firm.
Meridian Sync allows up to 10,000 users in one tenant, so growth is not a constraint.
Meridian Sync clients are available for Windows, macOS, iOS and Android.
Meridian Sync allows no fewer than three devices per user.


3. Meridian Vault

Meridian Vault is priced at £16/TB/month ex VAT.
Default retention on Meridian Vault is 90 days; longer retention is a paid option.
Meridian Vault encrypts data at rest with AES-256 and in transit with TLS 1.3.
Meridian Vault's data centres for UK clients are Frankfurt (primary) and Oregon (secondary).
Meridian Vault is rated the #1 backup service for professional services firms.*


4. Meridian Insight

General availability of Meridian Insight is planned for January 2027; until then it runs as a beta.
Meridian Insight ships with no fewer than 30 connectors to common practice-management systems.


5. Timetable

Proposal valid until 31/12/2026. Phase 1 go-live 1/3/2027; phase 2 (Manchester) by 30/4/2027.
Day rate for additional consultancy: £1,150 + VAT.


* Source: Legal IT Buyers' Survey, September 2026 (n = 212 firms).
""", claims=[
    C(SY, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync costs £329 per month (exclusive of VAT) for the firm."),
    C(SY, "max_users", 10000, "ok", "Meridian Sync allows up to 10,000 users in one tenant, so growth is not a constraint."),
    C(SY, "supported_platforms", "Windows", "ok", "Meridian Sync clients are available for Windows, macOS, iOS and Android."),
    C(SY, "supported_platforms", "macOS", "ok", "Meridian Sync clients are available for Windows, macOS, iOS and Android."),
    C(SY, "supported_platforms", "iOS", "ok", "Meridian Sync clients are available for Windows, macOS, iOS and Android."),
    C(SY, "supported_platforms", "Android", "ok", "Meridian Sync clients are available for Windows, macOS, iOS and Android."),
    C(SY, "max_devices", 3, "unverified", "Meridian Sync allows no fewer than three devices per user."),
    C(VA, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is priced at £16/TB/month ex VAT."),
    C(VA, "retention", dur(90, "days"), "ok", "Default retention on Meridian Vault is 90 days; longer retention is a paid option."),
    C(VA, "encryption", "AES-256", "ok", "Meridian Vault encrypts data at rest with AES-256 and in transit with TLS 1.3."),
    C(VA, "data_centers", "Frankfurt", "ok", "Meridian Vault's data centres for UK clients are Frankfurt (primary) and Oregon (secondary)."),
    C(VA, "data_centers", "Oregon", "ok", "Meridian Vault's data centres for UK clients are Frankfurt (primary) and Oregon (secondary)."),
    C(IN, "general_availability", "2027-01", "ok", "General availability of Meridian Insight is planned for January 2027; until then it runs as a beta."),
    C(IN, "integrations", 30, "unverified", "Meridian Insight ships with no fewer than 30 connectors to common practice-management systems."),
], findings=[F("phrase", "We guarantee a risk-free migration over two weekends.", rule="en.guarantee")])

D("docs/us-hq/crestline_insight_pilot.md", """# Analytics pilot proposal — Crestline Dental Group

Prepared for Priya Raman, Director of Operations · Meridian Data Inc., San Francisco · November 19, 2026

## Why now

Crestline runs 45 clinics in three states and produces about 1.2 million patient-visit records a year. Reporting today takes your analysts roughly 6 hours a week per clinic cluster.

## Meridian Insight at a glance

| Item | Meridian Insight |
|---|---|
| General availability | January 2027 (beta until then) |
| Typical query latency | 1–3 s |
| Dashboards per workspace | up to 200 |
| Free trial | 30 days |
| List price | $30 per user per month, taxes not included |
| Uptime SLA | 99.9% |

Meridian Insight's industry-leading query engine keeps dashboards responsive even on multi-year data.

## Pilot plan

- 85 analysts and clinic managers, 6 weeks, starting Monday, January 11, 2027
- Weekly check-ins, Thursdays 10:00–10:45 AM CT
- Success criteria agreed by December 18, 2026; budget approval expected in Q1 2027

Questions: Marcus Oyelaran, +1 (312) 555-0193
""", claims=[
    C(IN, "general_availability", "2027-01", "ok", "| General availability | January 2027 (beta until then) |"),
    C(IN, "query_latency", rng(1, 3, "seconds"), "conflict", "| Typical query latency | 1–3 s |"),
    C(IN, "max_dashboards", 200, "ok", "| Dashboards per workspace | up to 200 |"),
    C(IN, "free_trial", dur(30, "days"), "ok", "| Free trial | 30 days |"),
    C(IN, "per_user_price", money(30, "USD", "user-month", "excluded"), "ok", "| List price | $30 per user per month, taxes not included |"),
    C(IN, "sla", 99.9, "unverified", "| Uptime SLA | 99.9% |"),
], findings=[F("phrase", "Meridian Insight's industry-leading query engine", rule="en.superlative")])

OFFICE_OF_DOC = lambda p: p.split("/")[1]


# ---------------------------------------------------------------- cross-office
def canon_key(v):
    return json.dumps(v, sort_keys=True)


def cross_office(records, dates):
    """records: expected claim lines of archive messages. Pairs of different offices (customers excluded),
    same product+attribute (not a set), within 45 days, different values in the same currency/billing unit,
    not both right."""
    out = {}
    rs = [r for r in records if r["office"] not in ("unknown", None) and r["attribute"] not in SET_ATTRS]
    for i, a in enumerate(rs):
        for b in rs[i + 1:]:
            if a["office"] == b["office"] or (a["product"], a["attribute"]) != (b["product"], b["attribute"]):
                continue
            if abs((dates[a["message_id"]] - dates[b["message_id"]]).days) > 45:
                continue
            va, vb = a["value"], b["value"]
            if isinstance(va, dict) and "currency" in va:
                if (va["currency"], va["per"]) != (vb["currency"], vb["per"]):
                    continue
            if canon_key(va) == canon_key(vb):
                continue
            right = lambda r: r["verdict"] in ("ok", "office-variant")
            if right(a) and right(b):
                continue
            if "unverified" in (a["verdict"], b["verdict"]):
                print("REVIEW unverified pair:", a["product"], a["attribute"], a["office"], b["office"])
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            o = out.setdefault(key, {"files": set(), "values": {}, "pairs": []})
            o["files"] |= {a["_file"], b["_file"]}
            for r in (a, b):
                if not right(r) or r["office"] not in o["values"]:
                    o["values"][r["office"]] = r["value"]
            o["pairs"].append((a["_file"], a["office"], canon_key(va), a["verdict"], b["_file"], b["office"], canon_key(vb), b["verdict"]))
    return out


# ---------------------------------------------------------------- write
def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    msgs = sorted(MSGS, key=lambda m: parse_date(m["date"]))
    ids = {m["key"]: msgid(CLIENTS[m["client"]][0], "set57-" + m["key"]) for m in msgs}
    expected, mbox_parts, dates, arch_claims = [], [], {}, []
    for n, m in enumerate(msgs, 1):
        fn = "mail/%04d.eml" % n
        m["file"] = fn
        raw = build(m, ids)
        raw = raw if raw.endswith("\n") else raw + "\n"
        data = raw.replace("\n", m["eol"]).encode("ascii" if m["cte"] != "8bit" else m["cs"])
        with open(os.path.join(SET, fn), "wb") as fh:
            fh.write(data)
        mid = ids[m["key"]].strip("<>")
        d = parse_date(m["date"])
        as_of = d.strftime("%Y-%m-%d")
        dates[mid] = d.date()
        full_text = m["body"] + (m.get("attach") or {}).get("body", "")
        lines = []
        sender_office = office_of(P[m["frm"]][1])
        for c in m["claims"]:
            assert c["text"] in full_text, (fn, c["text"])
            office = c["office"] or sender_office
            lines.append({"type": "claim", "file": fn, "message_id": mid, "product": c["product"],
                          "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                          "quoted": c["quoted"], "office": office, "as_of": c["as_of"] or as_of, "text": c["text"]})
        for f in m.get("findings", []):
            assert f["kind"] == "unreadable" or f["text"] in full_text, (fn, f["text"])
            lines.append({"type": "finding", "file": fn, "message_id": mid, "kind": f["kind"], "rule": f["rule"],
                          "product": f["product"], "quoted": f["quoted"], "text": f["text"]})
        expected += lines
        if m["mbox"]:
            env = email.utils.parseaddr(P[m["frm"]][1])[1]
            u = d.astimezone(dt.timezone.utc)
            stamp = u.strftime("%a %b ") + "%2d" % u.day + u.strftime(" %H:%M:%S %Y")   # asctime()
            body = raw.replace("\r\n", "\n")
            body = re.sub(r"(?m)^(>*From )", r">\1", body)
            mbox_parts.append(("From %s %s\n" % (env, stamp)).encode() +
                              body.encode("ascii" if m["cte"] != "8bit" else m["cs"]) + b"\n")
            for l in lines:
                l2 = dict(l, file="mail/archive.mbox")
                expected.append(l2)
                if l["type"] == "claim":
                    arch_claims.append(dict(l2, _file=fn))
    with open(os.path.join(SET, "mail/archive.mbox"), "wb") as fh:
        fh.write(b"".join(mbox_parts))
    # documents
    for doc in DOCS:
        p = os.path.join(SET, doc["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(doc["text"])
        off = OFFICE_OF_DOC(doc["path"])
        for c in doc["claims"]:
            assert c["text"] in doc["text"], (doc["path"], c["text"])
            expected.append({"type": "claim", "file": doc["path"], "message_id": None, "product": c["product"],
                             "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                             "quoted": False, "office": c["office"] or off, "as_of": DOCS_AS_OF, "text": c["text"]})
        for f in doc["findings"]:
            assert f["text"] in doc["text"], (doc["path"], f["text"])
            expected.append({"type": "finding", "file": doc["path"], "message_id": None, "kind": f["kind"],
                             "rule": f["rule"], "product": f["product"], "quoted": False, "text": f["text"]})
    # cross-office
    xo = cross_office(arch_claims, dates)
    for (prod, attr, offs), o in sorted(xo.items()):
        expected.append({"type": "cross-office", "product": prod, "attribute": attr, "offices": list(offs),
                         "file": "mail/archive.mbox", "message_files": sorted(o["files"]),
                         "values": {k: o["values"][k] for k in sorted(o["values"])}})
        if os.environ.get("SHOW_XO"):
            for pr in o["pairs"]:
                print("XO", prod, attr, pr)
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for evaluation set 57 (SPEC section 6).
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
    n_claims = sum(1 for e in expected if e["type"] == "claim")
    print("messages=%d mbox=%d docs=%d expected=%d (claims=%d, findings=%d, cross-office=%d)" % (
        len(msgs), len(mbox_parts), len([d for d in DOCS if "/drafts/" not in d["path"]]), len(expected), n_claims,
        sum(1 for e in expected if e["type"] == "finding"), sum(1 for e in expected if e["type"] == "cross-office")))


if __name__ == "__main__":
    main()
