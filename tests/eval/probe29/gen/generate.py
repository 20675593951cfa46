#!/usr/bin/env python3
"""Evaluation set 29 (Meridian Data): marketing wording, superlatives, terminology.

Deterministic, stdlib only.  Running it (re)writes, beside gen/:
    mail/NNNN.eml, mail/archive.mbox (mboxrd), docs/<office>/..., .onevoice.yaml,
    expected.jsonl
Every message and document is written here together with its labels, so the
text and its answer key cannot drift apart.  `python3 gen/generate.py`
"""
import base64, datetime as dt, hashlib, json, os, quopri, shutil
from email.header import Header
from email.utils import format_datetime, formataddr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_DATE = "2026-11-22"          # documents are judged as of this date (run: --as-of)

SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"

OFFICE_OF = [("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
             ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")]


def office_of(addr):
    for suffix, office in OFFICE_OF:
        if addr.lower().endswith(suffix):
            return office
    return "unknown"


# ---------------------------------------------------------------- values
def jpy(amount, per, tax):
    return {"amount": amount, "currency": "JPY", "per": per, "tax": tax}


def gbp(amount, per, tax=None):
    return {"amount": amount, "currency": "GBP", "per": per, "tax": tax}


def usd(amount, per, tax=None):
    return {"amount": amount, "currency": "USD", "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


TB = 10 ** 12


# ---------------------------------------------------------------- label helpers
def C(product, attribute, value, verdict, text, quoted=False, office=None):
    """One claim line (office None = the file's own office)."""
    return {"kind": "claim", "product": product, "attribute": attribute, "value": value,
            "verdict": verdict, "text": text, "quoted": quoted, "office": office}


def P(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "text": text, "quoted": quoted}


def T(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": product, "text": text, "quoted": quoted}


# ---------------------------------------------------------------- MIME building
def hdr(value, charset):
    """An unstructured header value, encoded the way the named mailer would."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, address, charset):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def encode_body(text, charset, cte):
    """-> (bytes of the encoded body, Content-Type params, CTE header)."""
    raw = text.encode(charset)
    if cte == "7bit":
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "8bit":
        body = raw
    else:
        raise ValueError(cte)
    return body, cte


def html_of(text):
    """A plain HTML rendering of a text body (for multipart/alternative)."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p for p in text.split("\n\n")]
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div dir="ltr">']
    for p in paras:
        lines = p.split("\n")
        if lines and all(l.startswith(("- ", "・")) for l in lines if l):
            out.append("<ul>" + "".join("<li>%s</li>" % esc(l[2:] if l.startswith("- ") else l[1:])
                                         for l in lines if l) + "</ul>")
        else:
            out.append("<div>%s</div><div><br></div>" % "<br>".join(esc(l) for l in lines))
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def boundary(seed):
    return "000000000000" + hashlib.sha1(seed.encode()).hexdigest()[:16]


def build_message(m):
    """-> bytes (LF line ends) of one RFC 5322 message."""
    cs = m["charset"]
    h = []
    h.append(("Received", "from %s (%s [%s])\n\tby mx1.%s with ESMTPS id %s;\n\t%s" % (
        m["relay"], m["relay"], m["relay_ip"], m["to_domain"],
        hashlib.md5(m["id"].encode()).hexdigest()[:12].upper(), format_datetime(m["date"]))))
    h.append(("MIME-Version", "1.0"))
    h.append(("Date", format_datetime(m["date"])))
    h.append(("Message-ID", "<%s>" % m["id"]))
    if m.get("in_reply_to"):
        h.append(("In-Reply-To", "<%s>" % m["in_reply_to"]))
        h.append(("References", "<%s>" % m["in_reply_to"]))
    h.append(("Subject", hdr(m["subject"], cs)))
    h.append(("From", addr(m["from"][0], m["from"][1], cs)))
    h.append(("To", ", ".join(addr(n, a, cs) for n, a in m["to"])))
    if m.get("cc"):
        h.append(("Cc", ", ".join(addr(n, a, cs) for n, a in m["cc"])))
    for k, v in m.get("extra", []):
        h.append((k, v))
    text = m["body"]
    if m.get("alternative"):
        b = boundary(m["id"])
        tb, tcte = encode_body(text, cs, m["cte"])
        hb, hcte = encode_body(m.get("html") or html_of(text), cs, m["cte"])
        h.append(("Content-Type", 'multipart/alternative; boundary="%s"' % b))
        parts = [b"--" + b.encode() + b"\n" +
                 ('Content-Type: text/plain; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (cs.upper() if cs != "utf-8" else "UTF-8", tcte)).encode() + tb,
                 b"--" + b.encode() + b"\n" +
                 ('Content-Type: text/html; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (cs.upper() if cs != "utf-8" else "UTF-8", hcte)).encode() + hb]
        payload = b"\n".join(p if p.endswith(b"\n") else p + b"\n" for p in parts) + b"\n--" + b.encode() + b"--\n"
    else:
        pb, cte = encode_body(text, cs, m["cte"])
        h.append(("Content-Type", 'text/plain; charset="%s"%s' % (
            cs.upper() if cs != "utf-8" else "UTF-8", '; format=flowed' if m.get("flowed") else "")))
        h.append(("Content-Transfer-Encoding", cte))
        payload = pb if pb.endswith(b"\n") else pb + b"\n"
    head = "".join("%s: %s\n" % (k, v) for k, v in h).encode("ascii")
    return head + b"\n" + payload


# ---------------------------------------------------------------- time zones
JST = dt.timezone(dt.timedelta(hours=9))
BST = dt.timezone(dt.timedelta(hours=1))
GMT = dt.timezone(dt.timedelta(hours=0))
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))
CDT = dt.timezone(dt.timedelta(hours=-5))


def D(y, mo, d, hh, mm, tz):
    return dt.datetime(y, mo, d, hh, mm, 0, tzinfo=tz)


def gmail_id(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return "CA" + base64.b64encode(h[:30]).decode().replace("/", "_").replace("=", "") + "@mail.gmail.com"


def outlook_id(seed, host):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "%s%s@%s.%s" % (host, h[:22], host, "jpnprd01.prod.outlook.com" if host.startswith("TY") else "GBRP265.PROD.OUTLOOK.COM")


def uuid_id(seed, domain):
    h = hashlib.md5(seed.encode()).hexdigest()
    return "%s-%s-%s-%s-%s@%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], domain)


# People
SATO = ("佐藤 美咲", "misaki.sato@jp.meridian-data.com")
TANAKA = ("田中 健一", "kenichi.tanaka@jp.meridian-data.com")
YAMAMOTO = ("山本 大輔", "daisuke.yamamoto@osaka.jp.meridian-data.com")
OLIVER = ("Oliver Hughes", "oliver.hughes@uk.meridian-data.com")
PRIYA = ("Priya Raman", "priya.raman@uk.meridian-data.com")
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Lee", "marcus.lee@meridian-data.com")
LUIS = ("Luis Ortega", "luis.ortega@meridian-data.com")
EVENTS = ("Meridian Data Events", "events@meridian-data.com")
KIMURA = ("木村 浩二", "koji.kimura@kitahama-bussan.co.jp")
MATSUDA = ("松田 恵子", "keiko.matsuda@aoba-denki.co.jp")
MORITA = ("森田 由美", "yumi.morita@naniwa-seiki.co.jp")
KOBAYASHI = ("小林 誠", "makoto.kobayashi@nextlink-sol.co.jp")
JAMES = ("James Whitcombe", "james.whitcombe@harrowfinch.co.uk")
HANNAH = ("Hannah Moss", "hannah.moss@calderlogistics.co.uk")
CLAIRE = ("Claire Dunn", "claire.dunn@fenwickdental.co.uk")
RACHEL = ("Rachel Kim", "rachel.kim@pinecresthealth.org")
TOM = ("Tom Becker", "tbecker@lakeshore-mfg.com")

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdqXk2m5QvJ1cR8uTmK0bW3yZp7e4A==")]
GMAIL = []
THUNDERBIRD = [("User-Agent", "Mozilla Thunderbird")]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
BECKY = [("X-Mailer", "Becky! ver. 2.81.04")]

SIG_SATO = """━━━━━━━━━━━━━━━━━━━━━━━━━━
佐藤 美咲（Misaki Sato）
メリディアン・データ株式会社 東京オフィス 営業部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F
TEL: 03-5219-4410 / FAX: 03-5219-4411
Mail: misaki.sato@jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_YAMAMOTO = """━━━━━━━━━━━━━━━━━━━━
山本 大輔
メリディアン・データ株式会社 大阪オフィス
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 18F
TEL: 06-6345-2210
━━━━━━━━━━━━━━━━━━━━"""

MESSAGES = []


def mail(num, **m):
    m["num"] = num
    m["from"] = m.pop("frm")
    if "to_domain" not in m:
        m["to_domain"] = m["to"][0][1].split("@")[1]
    m.setdefault("relay", "mail-" + m["from"][1].split("@")[1].replace(".", "-") + ".outbound.protection.example")
    m.setdefault("relay_ip", "203.0.113.%d" % (10 + num))
    m.setdefault("labels", [])
    m.setdefault("archive", False)
    MESSAGES.append(m)


# ======================================================================= 0001
mail(1, date=D(2026, 1, 13, 10, 42, JST), frm=SATO, to=[KIMURA],
     id=outlook_id("0001", "TYWPR01MB8812"), extra=OUTLOOK,
     charset="iso-2022-jp", cte="7bit", archive=True,
     subject="【ご案内】メリディアン シンクのご紹介と料金について",
     body="""北浜物産株式会社
情報システム部 木村様

いつも大変お世話になっております。
メリディアン・データの佐藤でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご質問をいただいておりました点について、以下のとおりご案内いたします。

■ 製品概要
メリディアン シンクは、社内外とのファイル共有を安全に行える法人向けサービスです。
おかげさまで国内No.1※の評価をいただいており、製造業のお客様にも多数ご採用いただいております。

■ ご利用規模
メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
なお、同製品は2026年4月以降、最大1万ユーザーまで上限が引き上げられる予定です。

■ 料金
メリディアン シンクの月額料金は50,000円（税抜）でございます。
貴社300名様分のお見積りは、改めて別途お送りいたします。

■ その他
業界最速の差分同期エンジンにより、大容量のCADデータもスムーズに共有いただけます。
次回は1月27日（火）14時より、デモを交えてご説明できればと存じます。

※2025年12月 東京リサーチ調べ（法人向けファイル共有サービス 導入社数）

何卒よろしくお願い申し上げます。

""" + SIG_SATO + "\n",
     labels=[
         C(SYNC, "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
         C(SYNC, "max_users", 10000, "ok", "なお、同製品は2026年4月以降、最大1万ユーザーまで上限が引き上げられる予定です。"),
         C(SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）でございます。"),
     ])

# ======================================================================= 0002
mail(2, date=D(2026, 3, 5, 6, 0, PST), frm=MARCUS, to=[("", "undisclosed-recipients:;")],
     to_domain="meridian-data.com",
     id=gmail_id("0002"), extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.meridian-data.com/unsubscribe?u=88412>")],
     charset="utf-8", cte="quoted-printable", alternative=True, archive=True,
     subject="Meridian Data named a Top 100 Cloud Vendor; Meridian Sync to double its user limit",
     body="""FOR IMMEDIATE RELEASE

Meridian Data named to the 2026 Top 100 Cloud Vendors list; Meridian Sync to double its user limit

SAN FRANCISCO — March 5, 2026 — Meridian Data, Inc. today announced that, from April 1, 2026, Meridian Sync will support up to 10,000 users per organization, twice today’s limit.

The company was also named to CloudTech Review’s 2026 Top 100 Cloud Vendors list, ranking 41st overall and 6th in the data-protection category.

“Customers told us they wanted one workspace for the whole company, not three,” said Elena Park, Chief Product Officer at Meridian Data. “Lifting the ceiling on Meridian Sync was the number one item on our 2026 roadmap.”

Meridian Vault, the company’s managed backup service, is the #1 rated backup service among mid-market IT teams, and customers such as Pinecrest Health rely on it to protect more than 2 PB of clinical records. “We cut the time our team spends on restore testing by about 70%,” said Ana Ruiz, IT Director at Pinecrest Health.

Meridian Insight, the company’s analytics service, is in public beta today and will be generally available in January 2027.

Meridian Data will share its product roadmap at Meridian Summit 2026 in San Francisco on October 27–28.

About Meridian Data
Meridian Data, Inc. builds cloud services for file sharing, backup and analytics. Founded in 2014, the company serves more than 4,000 customers from offices in San Francisco, London, Tokyo and Osaka.

Media contact
Jordan Ellis, press@meridian-data.com, +1 415 555 0142
""",
     labels=[
         C(SYNC, "max_users", 10000, "ok", "from April 1, 2026, Meridian Sync will support up to 10,000 users per organization, twice today’s limit."),
         C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight, the company’s analytics service, is in public beta today and will be generally available in January 2027."),
         P("en.superlative", "Meridian Vault, the company’s managed backup service, is the #1 rated backup service among mid-market IT teams"),
     ])

# ======================================================================= 0003
mail(3, date=D(2026, 4, 14, 16, 2, BST), frm=OLIVER, to=[JAMES],
     id=outlook_id("0003", "LO2P265MB4471"), extra=OUTLOOK,
     charset="utf-8", cte="quoted-printable", archive=True,
     subject="Meridian Sync for Harrow & Finch – pricing and next steps",
     body="""Dear James,

Thank you for your time on Friday, and please pass my thanks to Sam for the very thorough list of questions.

As promised, a short summary before we meet again:

Meridian Sync is £329 per month for the whole firm, plus VAT.
Since 1 April a single Meridian Sync tenant can hold up to 10,000 users, so you have plenty of headroom beyond your 140 fee-earners.
It also gives every user 1 TB of storage, which should comfortably cover your document archive.
Meridian Sync is certified to ISO 27001 and SOC 2 Type II; I can send the SOC 2 report under NDA.
Separately, Meridian Data Ltd holds Cyber Essentials Plus for our UK operations.

On support: our UK team is, in my slightly biased view, best in class, and you would have a named contact from day one.

For comparison, Boxfield’s business tier is around £6 per user per month, which for 140 people adds up quickly.

If it helps, we can start with a risk-free 30-day pilot for the litigation team before you commit.

Would Thursday 23 April at 10:30 at your Holborn office suit?

Kind regards,
Oliver

Oliver Hughes
Senior Account Executive
Meridian Data Ltd
1 Finsbury Avenue, London EC2M 2PF
+44 20 7946 0321 | +44 7700 900123
Registered in England and Wales, No. 09876543
""",
     labels=[
         C(SYNC, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync is £329 per month for the whole firm, plus VAT."),
         C(SYNC, "max_users", 10000, "ok", "Since 1 April a single Meridian Sync tenant can hold up to 10,000 users"),
         C(SYNC, "storage_per_user", TB, "ok", "It also gives every user 1 TB of storage"),
         C(SYNC, "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001 and SOC 2 Type II"),
         C(SYNC, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified to ISO 27001 and SOC 2 Type II"),
         P("en.superlative", "our UK team is, in my slightly biased view, best in class"),
         P("en.guarantee", "we can start with a risk-free 30-day pilot"),
     ])

# ======================================================================= 0004
mail(4, date=D(2026, 4, 20, 9, 15, BST), frm=JAMES, to=[OLIVER],
     id=uuid_id("0004", "harrowfinch.co.uk").split("@")[0].upper() + "@harrowfinch.co.uk",
     in_reply_to=outlook_id("0003", "LO2P265MB4471"), extra=APPLE,
     charset="utf-8", cte="quoted-printable", archive=True,
     subject="Re: Meridian Sync for Harrow & Finch – pricing and next steps",
     body="""Hi Oliver,

Thanks for this. Answers inline below.

On 14 Apr 2026, at 16:02, Oliver Hughes <oliver.hughes@uk.meridian-data.com> wrote:

> Meridian Sync is £329 per month for the whole firm, plus VAT.

That is within what the partners approved. Finance would prefer one annual invoice if possible.

> Since 1 April a single Meridian Sync tenant can hold up to 10,000 users, so you have plenty of headroom beyond your 140 fee-earners.

We are 140 today, with around 30 trainees joining in September, so 170 seats by the autumn.

> Would Thursday 23 April at 10:30 at your Holborn office suit?

Yes, 10:30 on the 23rd works. Room 4B, ask for me at reception.

One more question from Sam, who used Meridian FileSync at his previous firm: can Meridian Sync be used offline, e.g. on the train to Leeds?

Best,
James

-- 
James Whitcombe
Head of Operations, Harrow & Finch LLP
22 Bedford Row, London WC1R 4JS
T +44 20 7946 0877
""",
     labels=[
         C(SYNC, "monthly_price", gbp(329, "month", "excluded"), "ok", "> Meridian Sync is £329 per month for the whole firm, plus VAT.", quoted=True, office="london"),
         C(SYNC, "max_users", 10000, "ok", "> Since 1 April a single Meridian Sync tenant can hold up to 10,000 users", quoted=True, office="london"),
         T(SYNC, "One more question from Sam, who used Meridian FileSync at his previous firm"),
     ])

# ======================================================================= 0005
mail(5, date=D(2026, 5, 12, 11, 20, JST), frm=TANAKA, to=[MATSUDA],
     id=outlook_id("0005", "TYCPR01MB9034"), extra=OUTLOOK,
     charset="utf-8", cte="base64", alternative=True, archive=True,
     subject="【業界No.1】メリディアン ボールトのご提案（青葉電機様）",
     body="""青葉電機株式会社
総務部 情報システム課
松田 恵子 様

お世話になっております。メリディアン・データの田中です。
先日お問い合わせいただいたバックアップ基盤の刷新について、メリディアン ボールトをご提案いたします。

メリディアン ボールトは、国内の法人向けバックアップサービスで導入社数No.1のサービスです。

【主な仕様】
・本製品のRPO（目標復旧時点）は15分、標準の保持期間は90日間です。
・メリディアン ボールトのデータセンターは東京と大阪にございます。
・メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。

万一の障害時にも、必ずデータを復旧できることをお約束いたします。

なお、他社サービスではRPOが24時間、保持期間が30日間というケースも多く、比較の際にはご注意ください。
業界最速クラスのリストア性能も、多くのお客様にご評価いただいております。

【お見積りの目安】
御社の想定容量120TBの場合、月額336,000円（税抜）となります。
5月26日（火）15時からのお打ち合わせで、詳細をご説明いたします。

よろしくお願いいたします。

--------------------------------------------------
田中 健一
メリディアン・データ株式会社 東京オフィス 営業部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F
TEL: 03-5219-4410 / 携帯: 090-1234-5678
--------------------------------------------------
""",
     labels=[
         C(VAULT, "rpo", dur(15, "minutes"), "ok", "・本製品のRPO（目標復旧時点）は15分、標準の保持期間は90日間です。"),
         C(VAULT, "retention", dur(90, "days"), "ok", "・本製品のRPO（目標復旧時点）は15分、標準の保持期間は90日間です。"),
         C(VAULT, "data_centers", "Tokyo", "ok", "・メリディアン ボールトのデータセンターは東京と大阪にございます。"),
         C(VAULT, "data_centers", "Osaka", "ok", "・メリディアン ボールトのデータセンターは東京と大阪にございます。"),
         C(VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "・メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。"),
         P("ja.superlative-no1", "メリディアン ボールトは、国内の法人向けバックアップサービスで導入社数No.1のサービスです。"),
         P("ja.absolute", "万一の障害時にも、必ずデータを復旧できることをお約束いたします。"),
     ])

# ======================================================================= 0006
mail(6, date=D(2026, 5, 20, 13, 5, JST), frm=YAMAMOTO, to=[MORITA],
     id=uuid_id("0006", "osaka.jp.meridian-data.com"), extra=BECKY,
     charset="iso-2022-jp", cte="7bit", archive=True,
     subject="メリディアン・ボールトのご案内（浪速精機様）",
     body="""浪速精機株式会社
管理本部 森田 様

いつもお世話になっております。
メリディアン・データ大阪オフィスの山本でございます。

先日ご相談いただきました8拠点のファイルサーバーのバックアップについて、メリディアン・ボールトのご案内をお送りいたします。

・メリディアン・ボールトの稼働率SLAは99.95％でございます。
・同製品は1テナントあたり最大500TBまで保存いただけます。
・また、同製品は保存データをAES-256で暗号化しております。

さらに、メリディアン・ボールトには業界初※のランサムウェア自動隔離機能を搭載しております。
データ消失のリスクは完全にゼロです。

※2026年4月 当社調べ（国内法人向けバックアップサービス12製品を対象）

ご不明な点がございましたら、お気軽にお問い合わせください。
6月3日（水）の定例会にて、改めてご説明させていただきます。

""" + SIG_YAMAMOTO + "\n",
     labels=[
         C(VAULT, "sla", 99.95, "ok", "・メリディアン・ボールトの稼働率SLAは99.95％でございます。"),
         C(VAULT, "max_storage", 500 * TB, "ok", "・同製品は1テナントあたり最大500TBまで保存いただけます。"),
         C(VAULT, "encryption", "AES-256", "ok", "・また、同製品は保存データをAES-256で暗号化しております。"),
         P("ja.absolute", "データ消失のリスクは完全にゼロです。"),
     ])

# ======================================================================= 0007
mail(7, date=D(2026, 6, 10, 11, 40, BST), frm=PRIYA, to=[HANNAH], cc=[("Raj Patel", "raj.patel@calderlogistics.co.uk")],
     id=uuid_id("0007", "uk.meridian-data.com"), extra=THUNDERBIRD,
     charset="utf-8", cte="quoted-printable", archive=True,
     subject="Meridian Vault proposal – Calder Logistics",
     body="""Hi Hannah,

Lovely to meet you and Raj at the Manchester depot last week. Here is the summary you asked for.

Meridian Vault comes with a 99.99% availability SLA.
It keeps backups for 90 days by default, and you can extend that per policy.
Meridian Vault is £16 per TB per month.
Meridian Vault stores UK customers’ backups in our Frankfurt data centre; there is no London region.

Kestrel Backup quotes a 4-hour RPO on its standard plan. Meridian Vault’s RPO is 15 minutes.

Meridian Vault also has industry-leading restore speeds*, and our support desk is best-in-class.

We guarantee your data will be recoverable from any point in the retention window.

For your 38 TB across the three depots, I have applied the 10% logistics-sector discount discussed with Raj; I will send the quote as a PDF separately.

From the call notes: you would like a decision by 30 June, with go-live in the week of 13 July.

* Source: Halden Research, Backup Restore Benchmark, March 2026.

Best wishes,
Priya

Priya Raman
Account Manager, Meridian Data Ltd
1 Finsbury Avenue, London EC2M 2PF
+44 20 7946 0388
""",
     labels=[
         C(VAULT, "sla", 99.99, "conflict", "Meridian Vault comes with a 99.99% availability SLA."),
         C(VAULT, "retention", dur(90, "days"), "ok", "It keeps backups for 90 days by default"),
         C(VAULT, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
         C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault stores UK customers’ backups in our Frankfurt data centre; there is no London region."),
         C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault’s RPO is 15 minutes."),
         P("en.guarantee", "We guarantee your data will be recoverable from any point in the retention window."),
     ])

# ======================================================================= 0008
mail(8, date=D(2026, 6, 18, 10, 5, PDT), frm=DANA, to=[RACHEL], cc=[("Dev Anand", "dev.anand@pinecresthealth.org")],
     id=gmail_id("0008"), extra=GMAIL,
     charset="utf-8", cte="quoted-printable", alternative=True, archive=True,
     subject="Meridian Insight: dashboards in under a second",
     body="""Hi Rachel,

Great talking with you and Dev yesterday. A quick recap on Meridian Insight:

- Meridian Insight answers dashboard queries in under a second, even on your largest claims tables.
- Meridian Insight is $30 per user per month.
- We're running the public beta now, and Meridian Insight goes GA in October 2026.
- It comes with a 30-day free trial, so your analysts can test it on real data.
- A Meridian Insight workspace supports up to 200 dashboards.

For context, Lumora BI caps workspaces at 50 dashboards and charges $45 per user.

Beta pricing is guaranteed for the first 12 months after you sign.

It's honestly the fastest analytics product we have ever built. One of our beta customers, a regional bank, told us it took their month-end reporting from 3 days to 4 hours.

For your 85 analysts I'd suggest starting with the finance team (about 20 people) in July.

Talk soon,
Dana

Dana Whitfield | Enterprise Account Executive
Meridian Data, Inc. | 505 Howard Street, San Francisco, CA 94105
o: +1 415 555 0199 | m: +1 628 555 0147
""",
     labels=[
         C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight answers dashboard queries in under a second"),
         C(INSIGHT, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month."),
         C(INSIGHT, "general_availability", "2026-10", "conflict", "Meridian Insight goes GA in October 2026."),
         C(INSIGHT, "free_trial", dur(30, "days"), "ok", "It comes with a 30-day free trial"),
         C(INSIGHT, "max_dashboards", 200, "ok", "A Meridian Insight workspace supports up to 200 dashboards."),
         P("en.guarantee", "Beta pricing is guaranteed for the first 12 months after you sign."),
     ])

# ======================================================================= 0009
mail(9, date=D(2026, 7, 2, 15, 30, JST), frm=SATO, to=[KIMURA],
     id=outlook_id("0009", "TYWPR01MB8812"), extra=OUTLOOK,
     charset="iso-2022-jp", cte="7bit", archive=True,
     subject="メリディアン インサイト（ベータ版）のご紹介",
     body="""北浜物産株式会社
情報システム部 木村様

お世話になっております。メリディアン・データの佐藤です。
先日お話に出ました分析基盤について、メリディアン インサイトをご紹介いたします。

メリディアン インサイトは現在ベータ版として提供しており、2027年1月に一般提供を開始する予定です。
メリディアン インサイトの価格は、1ユーザーあたり月額4,400円（税込）です。
同製品のクエリ応答時間は最大2秒で、数億行規模のデータでも快適にお使いいただけます。
また、同製品は30日間の無料トライアルをご用意しております。

ダッシュボードの作りやすさは業界トップクラスと自負しております。
国内で唯一、日本語の自然文でグラフを作成できる点も、多くのお客様にご好評いただいております。

※価格は2026年7月時点のものです。

ご検討のほど、よろしくお願いいたします。

""" + SIG_SATO + "\n",
     labels=[
         C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは現在ベータ版として提供しており、2027年1月に一般提供を開始する予定です。"),
         C(INSIGHT, "per_user_price", jpy(4400, "user-month", "included"), "ok", "メリディアン インサイトの価格は、1ユーザーあたり月額4,400円（税込）です。"),
         C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒で、数億行規模のデータでも快適にお使いいただけます。"),
         C(INSIGHT, "free_trial", dur(30, "days"), "ok", "また、同製品は30日間の無料トライアルをご用意しております。"),
         P("ja.superlative-no1", "ダッシュボードの作りやすさは業界トップクラスと自負しております。"),
     ])

# ======================================================================= 0010
mail(10, date=D(2026, 7, 15, 9, 40, PDT), frm=DANA, to=[RACHEL],
     id=gmail_id("0010"), extra=GMAIL,
     charset="utf-8", cte="quoted-printable", alternative=True,
     subject="Fwd: Meridian Vault now in four regions",
     body="""Hi Rachel,

Forwarding the announcement I mentioned on our call, since your compliance team asked where backups would live.

Meridian Vault is $20 per TB per month. For your 60 TB that comes to $1,200 a month, before the 12% multi-year discount we discussed.

Dana

---------- Forwarded message ---------
From: Marcus Lee <marcus.lee@meridian-data.com>
Date: Tue, Jun 30, 2026 at 9:00 AM
Subject: Meridian Vault now in four regions
To: <customers@meridian-data.com>


Meridian Vault now runs in four data centers: Tokyo, Osaka, Oregon and Frankfurt.

Every backup is encrypted at rest with AES-256, and Meridian Vault keeps 90 days of backups by default.

Meridian Vault scales to 500 TB per tenant, and restores are zero-downtime for the applications you protect.

Read more: https://www.meridian-data.com/blog/2026/06/vault-frankfurt

-- 
Marcus Lee
Product Marketing, Meridian Data, Inc.
""",
     labels=[
         C(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
         C(VAULT, "data_centers", "Tokyo", "ok", "Meridian Vault now runs in four data centers: Tokyo, Osaka, Oregon and Frankfurt.", quoted=True, office="us-hq"),
         C(VAULT, "data_centers", "Osaka", "ok", "Meridian Vault now runs in four data centers: Tokyo, Osaka, Oregon and Frankfurt.", quoted=True, office="us-hq"),
         C(VAULT, "data_centers", "Oregon", "ok", "Meridian Vault now runs in four data centers: Tokyo, Osaka, Oregon and Frankfurt.", quoted=True, office="us-hq"),
         C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault now runs in four data centers: Tokyo, Osaka, Oregon and Frankfurt.", quoted=True, office="us-hq"),
         C(VAULT, "encryption", "AES-256", "ok", "Every backup is encrypted at rest with AES-256, and Meridian Vault keeps 90 days of backups by default.", quoted=True, office="us-hq"),
         C(VAULT, "retention", dur(90, "days"), "ok", "Every backup is encrypted at rest with AES-256, and Meridian Vault keeps 90 days of backups by default.", quoted=True, office="us-hq"),
         C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault scales to 500 TB per tenant", quoted=True, office="us-hq"),
         P("en.guarantee", "restores are zero-downtime for the applications you protect.", quoted=True),
     ])

# ======================================================================= 0011
mail(11, date=D(2026, 7, 28, 10, 30, JST), frm=YAMAMOTO, to=[KOBAYASHI],
     id=outlook_id("0011", "TYAPR01MB5526"), extra=OUTLOOK, crlf=True,
     in_reply_to=outlook_id("0011-kobayashi", "TYCP286MB2210"),
     charset="iso-2022-jp", cte="7bit", archive=True,
     subject="RE: メリディアン シンクの件",
     body="""ネクストリンク株式会社
小林 様

いつもお世話になっております。メリディアン・データの山本です。
ご質問の件、以下のとおり回答いたします。

1. 対応OSについて
メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4つで、Linuxには対応しておりません。

2. オフライン利用について
同製品はオフラインではご利用いただけません。

3. 料金について
同製品の月額料金は税込55,000円です。
パートナー様向けの仕切り条件（標準25%）は、別途契約書にてご案内いたします。
どこよりもお得な価格でご提供できるよう、社内でも調整を進めております。

また、11月12日開催の「Meridian Summit 2026 大阪」にもぜひお越しください。

以上、よろしくお願いいたします。

山本 大輔
メリディアン・データ株式会社 大阪オフィス
TEL: 06-6345-2210

-----Original Message-----
From: 小林 誠 <makoto.kobayashi@nextlink-sol.co.jp> 
Sent: Monday, July 27, 2026 6:12 PM
To: 山本 大輔 <daisuke.yamamoto@osaka.jp.meridian-data.com>
Subject: メリディアン シンクの件

メリディアン・データ
山本様

お世話になっております。ネクストリンクの小林です。

エンドユーザー様から、メリディアン シンクはLinuxにも対応していると伺っております。
旧メリディアン・ファイルシンクの頃からご利用いただいているお客様です。
あわせて、オフライン環境での利用は可能でしょうか。

ご確認のほど、よろしくお願いいたします。

小林 誠
ネクストリンク株式会社 ソリューション営業部
TEL: 03-6555-0192
""",
     labels=[
         C(SYNC, "supported_platforms", "Windows", "ok", "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4つで、Linuxには対応しておりません。"),
         C(SYNC, "supported_platforms", "macOS", "ok", "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4つで、Linuxには対応しておりません。"),
         C(SYNC, "supported_platforms", "iOS", "ok", "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4つで、Linuxには対応しておりません。"),
         C(SYNC, "supported_platforms", "Android", "ok", "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4つで、Linuxには対応しておりません。"),
         C(SYNC, "offline_mode", False, "ok", "同製品はオフラインではご利用いただけません。"),
         C(SYNC, "monthly_price", jpy(55000, "month", "included"), "ok", "同製品の月額料金は税込55,000円です。"),
         C(SYNC, "supported_platforms", "Linux", "conflict", "エンドユーザー様から、メリディアン シンクはLinuxにも対応していると伺っております。", quoted=True, office="unknown"),
         P("ja.cheapest", "どこよりもお得な価格でご提供できるよう、社内でも調整を進めております。"),
         T(SYNC, "旧メリディアン・ファイルシンクの頃からご利用いただいているお客様です。", quoted=True),
     ])

# ======================================================================= 0012
mail(12, date=D(2026, 8, 5, 14, 20, BST), frm=OLIVER, to=[JAMES], cc=[("Sam Okafor", "sam.okafor@harrowfinch.co.uk")],
     id=outlook_id("0012", "LO2P265MB4471"), extra=OUTLOOK,
     charset="utf-8", cte="quoted-printable", alternative=True, archive=True,
     subject="Meridian Sync: 99.9% uptime SLA and your rollout plan",
     body="""Dear James,

Thank you again for hosting us in Holborn. As agreed, here is the rollout plan and the answer on availability.

Meridian Sync carries a 99.9% uptime SLA, with service credits if we miss it.

Rollout plan:
- Phase 1: 60 users in Holborn, week of 7 September
- Phase 2: 80 users in Leeds, week of 21 September
- Phase 3: the 30 trainees, w/c 5 October

On Sam’s question: Meridian Sync needs a connection to sync, so there is no offline mode; files opened on the train will sync once he is back online.

I will send the admin guide separately — the PDF is still called “Meridian FileSync Admin Guide v7.pdf”; the content is current, only the title predates the rename.

Kind regards,
Oliver

Oliver Hughes
Senior Account Executive
Meridian Data Ltd
+44 20 7946 0321
""",
     labels=[
         C(SYNC, "sla", 99.9, "ok", "Meridian Sync carries a 99.9% uptime SLA, with service credits if we miss it."),
         C(SYNC, "offline_mode", False, "ok", "Meridian Sync needs a connection to sync, so there is no offline mode"),
         T(SYNC, "the PDF is still called “Meridian FileSync Admin Guide v7.pdf”"),
     ])

# ======================================================================= 0013
mail(13, date=D(2026, 8, 19, 11, 10, JST), frm=SATO, to=[KIMURA],
     id=gmail_id("0013"), extra=GMAIL, in_reply_to=gmail_id("0013-kimura"),
     charset="utf-8", cte="base64", archive=True,
     subject="Re: メリディアン シンクの容量と認証について",
     body="""木村様

お世話になっております。メリディアン・データの佐藤です。
ご質問いただいた3点について回答いたします。

メリディアン シンクのストレージ容量は、1ユーザーあたり1TBでございます。
2TBとお伝えしていたのであれば、私どもの説明の誤りでございます。大変失礼いたしました。

同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しておりますが、ISMAPには現時点で登録しておりません。

メリディアン シンクは最大1万ユーザーまでご利用いただけます。
500名様でのご利用であれば、十分な余裕がございます。

セキュリティ面につきましては、私どもも絶対の自信を持っております。

旧製品からの移行手順は https://support.meridian-data.com/ja/kb/MeridianFileSync-migration をご参照ください。

引き続きよろしくお願いいたします。

佐藤 美咲
メリディアン・データ株式会社 東京オフィス 営業部
TEL: 03-5219-4410

2026年8月18日(火) 14:02 木村 浩二 <koji.kimura@kitahama-bussan.co.jp>:

> メリディアン・データ
> 佐藤様
>
> お世話になっております。北浜物産の木村です。
> 社内検討にあたり、以下3点をご確認させてください。
>
> 1. 御社の営業の方から、メリディアン シンクは1ユーザーあたり2TBのストレージが使えると伺いました。
> 2. 要件としては、500名以上での利用と、ISMAP登録済みであることが必要です。
> 3. 他社のクラウドストレージはISMAP登録済みと聞いていますが、御社はいかがでしょうか。
>
> 以上、よろしくお願いいたします。
> 木村
""",
     labels=[
         C(SYNC, "storage_per_user", TB, "ok", "メリディアン シンクのストレージ容量は、1ユーザーあたり1TBでございます。"),
         C(SYNC, "certifications", "ISO 27001", "ok", "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しておりますが、ISMAPには現時点で登録しておりません。"),
         C(SYNC, "certifications", "SOC 2 Type II", "ok", "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しておりますが、ISMAPには現時点で登録しておりません。"),
         C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまでご利用いただけます。"),
         C(SYNC, "storage_per_user", 2 * TB, "conflict", "> 1. 御社の営業の方から、メリディアン シンクは1ユーザーあたり2TBのストレージが使えると伺いました。", quoted=True, office="unknown"),
         P("ja.absolute", "セキュリティ面につきましては、私どもも絶対の自信を持っております。"),
     ])

# ======================================================================= 0014
mail(14, date=D(2026, 9, 3, 13, 15, PDT), frm=DANA, to=[RACHEL],
     id=gmail_id("0014"), extra=GMAIL, in_reply_to=gmail_id("0014-rachel"),
     charset="utf-8", cte="quoted-printable", alternative=True, archive=True,
     subject="Re: Security questionnaire – Meridian Sync",
     body="""Hi Rachel,

Thanks for sending the questionnaire over. Short answers below; the full document is in the shared folder.

Question #1 from your security team: yes, Meridian Sync supports SAML single sign-on with Okta and Entra ID.

Meridian Sync runs on Windows, macOS, iOS and Android.
Meridian Sync is not HIPAA certified today, so we would not recommend storing PHI in it.
Meridian Sync storage isn't unlimited — every user gets 1 TB.
Meridian Sync is $399 per month, billed annually.

Security is our number one priority, and our SOC 2 Type II report is available under NDA.

As Pinecrest’s CIO said on stage at our customer day in May, “we haven’t lost a single file in 18 months.”

Let me know if the team wants a call with our security lead before the 15th.

Dana

On Tue, Sep 1, 2026 at 4:48 PM Rachel Kim <rachel.kim@pinecresthealth.org> wrote:
> Hi Dana,
> Attached is our vendor security questionnaire (42 questions). Could you send answers for Meridian Sync by September 10?
> Thanks,
> Rachel
""",
     labels=[
         C(SYNC, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
         C(SYNC, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
         C(SYNC, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
         C(SYNC, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
         C(SYNC, "storage_per_user", TB, "ok", "Meridian Sync storage isn't unlimited — every user gets 1 TB."),
         C(SYNC, "monthly_price", usd(399, "month"), "ok", "Meridian Sync is $399 per month, billed annually."),
         P("en.unlimited", "Meridian Sync storage isn't unlimited — every user gets 1 TB."),
     ])

# ======================================================================= 0015
mail(15, date=D(2026, 9, 16, 10, 0, BST), frm=PRIYA, to=[HANNAH], cc=[("Raj Patel", "raj.patel@calderlogistics.co.uk")],
     id=uuid_id("0015", "uk.meridian-data.com"), extra=THUNDERBIRD, flowed=False,
     charset="utf-8", cte="quoted-printable", archive=True,
     subject="Meridian Insight beta for Calder – pricing",
     body="""Hi Hannah,

Following Raj’s question about reporting across the depots, some detail on Meridian Insight.

Meridian Insight is £25 per user per month (the US list price is $30 per user per month).
Meridian Insight will be generally available in January 2027; until then you would be on the public beta.
Insight dashboards load in under 2 seconds, even with three years of consignment data.
Each Meridian Insight workspace holds up to 300 dashboards.

Meridian Insight was voted the number one new product by our UK user council this spring.

For the 12 planners in Warrington we could start the beta in October.

Best wishes,
Priya

Priya Raman
Account Manager, Meridian Data Ltd
+44 20 7946 0388
""",
     labels=[
         C(INSIGHT, "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is £25 per user per month (the US list price is $30 per user per month)."),
         C(INSIGHT, "per_user_price", usd(30, "user-month"), "office-variant", "Meridian Insight is £25 per user per month (the US list price is $30 per user per month)."),
         C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027"),
         C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Insight dashboards load in under 2 seconds"),
         C(INSIGHT, "max_dashboards", 300, "conflict", "Each Meridian Insight workspace holds up to 300 dashboards."),
         P("en.superlative", "Meridian Insight was voted the number one new product by our UK user council this spring."),
     ])

# ======================================================================= 0016
mail(16, date=D(2026, 10, 1, 16, 40, JST), frm=TANAKA, to=[MATSUDA],
     id=outlook_id("0016", "TYCPR01MB9034"), extra=OUTLOOK, crlf=True,
     in_reply_to=outlook_id("0016-matsuda", "OS3PR01MB7718"),
     charset="iso-2022-jp", cte="7bit",
     subject="RE: メリディアン ボールト お見積り（120TB）について",
     body="""青葉電機株式会社
松田様

お世話になっております。メリディアン・データの田中です。
お問い合わせの件、回答いたします。

メリディアン ボールトの容量単価は、1TBあたり月額3,080円（税込）です。
前回お送りした資料に2,500円と記載しておりましたが、誤りでした。申し訳ございません。

RPOにつきましては、メリディアン ボールトのRPOは15分でございます。
また、メリディアン ボールトのRTO（目標復旧時間）は4時間を目標としております。

他社様のお見積りと比較しても、業界最安水準の価格と考えております。

ご契約は10月中旬のご発注、11月1日からのご利用開始を想定しております。

田中 健一
メリディアン・データ株式会社 東京オフィス 営業部
TEL: 03-5219-4410

-----元のメッセージ-----
差出人: 松田 恵子 <keiko.matsuda@aoba-denki.co.jp> 
送信日時: 2026年9月30日 17:55
宛先: 田中 健一 <kenichi.tanaka@jp.meridian-data.com>
件名: メリディアン ボールト お見積り（120TB）について

田中様

お世話になっております。青葉電機の松田です。

1TBあたりの料金を改めてご確認させてください。
また、RPOの値についても改めてご教示ください。
なお、他社（B社）からは1TBあたり月額2,200円の提示を受けております。

松田
""",
     labels=[
         C(VAULT, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", "メリディアン ボールトの容量単価は、1TBあたり月額3,080円（税込）です。"),
         C(VAULT, "rpo", dur(15, "minutes"), "ok", "RPOにつきましては、メリディアン ボールトのRPOは15分でございます。"),
         C(VAULT, "rto", dur(4, "hours"), "unverified", "また、メリディアン ボールトのRTO（目標復旧時間）は4時間を目標としております。"),
         P("ja.cheapest", "他社様のお見積りと比較しても、業界最安水準の価格と考えております。"),
     ])

# ======================================================================= 0017
mail(17, date=D(2026, 10, 8, 8, 30, PDT), frm=EVENTS, to=[("", "undisclosed-recipients:;")],
     to_domain="meridian-data.com",
     id=uuid_id("0017", "mail.meridian-data.com"),
     extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.meridian-data.com/unsubscribe?u=88412>"),
            ("X-Campaign-ID", "ms26-invite-03")],
     charset="utf-8", cte="quoted-printable", alternative=True, archive=True,
     subject="You're invited: Meridian Summit 2026, October 27–28",
     body="""MERIDIAN SUMMIT 2026
October 27–28 · Moscone West, San Francisco

Two days of product sessions, customer stories and hands-on labs.

Hear how Pinecrest Health moved 1,400 clinicians onto Meridian Sync in six weeks.
Get a first look at Meridian Insight ahead of its general availability in January 2027.
Celebrate with us: Meridian Data was named one of CloudTech Review’s Top 100 Cloud Vendors of 2026.

Featured sessions
- Keynote: “The next ten years of data resilience”
- Workshop: “Retiring Meridian FileSync: a migration playbook”
- Panel: “Zero-downtime cutovers: what it really takes”
- Lab: “Hands-on with Meridian Insight”

Register by October 20 and save 50% on the conference pass: https://events.meridian-data.com/summit2026?utm_source=email&utm_campaign=ms26

Meridian Data, Inc. · 505 Howard Street, San Francisco, CA 94105
You are receiving this because you are a Meridian Data customer. Unsubscribe: https://www.meridian-data.com/unsubscribe?u=88412
""",
     labels=[
         C(INSIGHT, "general_availability", "2027-01", "ok", "Get a first look at Meridian Insight ahead of its general availability in January 2027."),
         P("en.guarantee", "Panel: “Zero-downtime cutovers: what it really takes”"),
         T(SYNC, "Workshop: “Retiring Meridian FileSync: a migration playbook”"),
     ])

# ======================================================================= 0018
mail(18, date=D(2026, 10, 22, 14, 0, JST), frm=YAMAMOTO, to=[MORITA],
     id=uuid_id("0018", "osaka.jp.meridian-data.com"), extra=THUNDERBIRD,
     charset="utf-8", cte="base64", archive=True,
     subject="メリディアン インサイト ベータ版のご案内",
     body="""浪速精機株式会社
管理本部 森田 様

いつもお世話になっております。メリディアン・データ大阪オフィスの山本です。
メリディアン・ボールトの導入準備では大変お世話になっております。

本日は、分析サービス「メリディアン インサイト」のベータ版をご案内いたします。

メリディアン インサイトは、業界初※の日本語自然文クエリに対応したBIサービスです。
同製品は2027年1月に正式リリース予定で、現在はベータ版として無償でお試しいただけます。
メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）を予定しております。
同製品の無料トライアル期間は14日間です。

集計結果は暗号化された状態で保存され、お客様のデータは完全に保護されます。

※2026年9月 当社調べ（国内向けクラウドBIサービス8製品を対象）

ご興味がございましたら、11月のMeridian Summit 2026 大阪会場でデモをご覧いただけます。

""" + SIG_YAMAMOTO + "\n",
     labels=[
         C(INSIGHT, "general_availability", "2027-01", "ok", "同製品は2027年1月に正式リリース予定で、現在はベータ版として無償でお試しいただけます。"),
         C(INSIGHT, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）を予定しております。"),
         C(INSIGHT, "free_trial", dur(14, "days"), "conflict", "同製品の無料トライアル期間は14日間です。"),
         P("ja.absolute", "集計結果は暗号化された状態で保存され、お客様のデータは完全に保護されます。"),
     ])

# ======================================================================= 0019
mail(19, date=D(2026, 11, 5, 10, 20, GMT), frm=OLIVER, to=[CLAIRE],
     id=outlook_id("0019", "LO2P265MB4471"), extra=OUTLOOK,
     charset="utf-8", cte="quoted-printable", archive=True,
     subject="Meridian Sync for Fenwick Dental Group",
     body="""Hi Claire,

Thanks for the tour of the Didsbury practice on Tuesday. As promised, an overview of Meridian Sync for the group.

Meridian Sync runs on Windows and Mac, with apps for iPhone and Android.
Meridian Sync also works offline, so reception can keep going if the broadband drops.
Meridian Sync keeps unlimited file versions for every practice.
Each Meridian Sync user gets 1 TB of storage, which is far more than your imaging archive needs.
With Meridian Sync your patient records stay 100% protected.

Meridian Sync lists at £329 per month. With the 10% two-year discount we agreed for Fenwick, your invoice would be £296.10 a month.

For the 9 practices and roughly 110 staff, I suggest we onboard two practices a week from 16 November.

Kind regards,
Oliver

Oliver Hughes
Senior Account Executive
Meridian Data Ltd
+44 20 7946 0321
""",
     labels=[
         C(SYNC, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows and Mac, with apps for iPhone and Android."),
         C(SYNC, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows and Mac, with apps for iPhone and Android."),
         C(SYNC, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows and Mac, with apps for iPhone and Android."),
         C(SYNC, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows and Mac, with apps for iPhone and Android."),
         C(SYNC, "offline_mode", True, "conflict", "Meridian Sync also works offline, so reception can keep going if the broadband drops."),
         C(SYNC, "storage_per_user", TB, "ok", "Each Meridian Sync user gets 1 TB of storage"),
         C(SYNC, "monthly_price", gbp(329, "month"), "ok", "Meridian Sync lists at £329 per month."),
         P("en.unlimited", "Meridian Sync keeps unlimited file versions for every practice."),
         P("en.guarantee", "With Meridian Sync your patient records stay 100% protected."),
     ])

# ======================================================================= 0020
mail(20, date=D(2026, 11, 10, 9, 50, JST), frm=KIMURA, to=[SATO],
     id=gmail_id("0020"), extra=GMAIL, in_reply_to=gmail_id("0020-sato"),
     charset="utf-8", cte="base64", alternative=True, archive=True,
     subject="Re: メリディアン シンク 導入スケジュールについて",
     body="""佐藤様

お世話になっております。北浜物産の木村です。

社内でのPoCの結果をご報告いたします。
弊社で検証したところ、メリディアン シンクはChromebookでも問題なく動作しました。
旧メリディアン・ファイルシンクの頃からの利用者も多く、操作面での混乱もありませんでした。

稟議書には「業界No.1のサービスを選定した」と記載する予定です。

インサイトの正式版はいつ頃になりますでしょうか。

12月1日からの本番稼働に向けて、引き続きよろしくお願いいたします。

木村 浩二
北浜物産株式会社 情報システム部
〒530-0047 大阪市北区西天満3-8-1
TEL: 06-6361-7720
""",
     labels=[
         C(SYNC, "supported_platforms", "ChromeOS", "conflict", "弊社で検証したところ、メリディアン シンクはChromebookでも問題なく動作しました。"),
         T(SYNC, "旧メリディアン・ファイルシンクの頃からの利用者も多く、操作面での混乱もありませんでした。"),
         P("ja.superlative-no1", "稟議書には「業界No.1のサービスを選定した」と記載する予定です。"),
     ])

# ======================================================================= 0021
mail(21, date=D(2026, 11, 18, 13, 30, JST), frm=TANAKA, to=[MATSUDA],
     id=outlook_id("0021", "TYCPR01MB9034"), extra=OUTLOOK,
     charset="iso-2022-jp", cte="7bit",
     subject="メリディアン ボールト ご契約内容のご確認",
     body="""青葉電機株式会社
松田様

お世話になっております。メリディアン・データの田中です。
この度はメリディアン ボールトをご採用いただき、誠にありがとうございます。
ご契約内容を以下のとおりご確認ください。

・ご契約容量: 120TB（12か月契約）
・ご利用開始日: 2026年12月1日

メリディアン ボールトの標準の保持期間は90日間で、オプションにて延長も可能です。
メリディアン ボールトは国内バックアップ市場でトップシェアを獲得しております※。

※2026年10月 東京リサーチ調べ（国内法人向けクラウドバックアップ市場、売上高ベース）

今後ともよろしくお願いいたします。

田中 健一
メリディアン・データ株式会社 東京オフィス 営業部
TEL: 03-5219-4410
""",
     labels=[
         C(VAULT, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間で、オプションにて延長も可能です。"),
     ])

# ======================================================================= 0022
mail(22, date=D(2026, 5, 27, 11, 0, CDT), frm=LUIS, to=[TOM],
     id=gmail_id("0022"), extra=GMAIL, in_reply_to=gmail_id("0022-tom"),
     charset="utf-8", cte="quoted-printable", alternative=True, archive=True,
     subject="Re: Meridian Sync — 10,000 users per tenant?",
     body="""Hi Tom,

Yes — since April 1, Meridian Sync supports up to 10,000 users per tenant. Your 2,300 employees fit comfortably on one tenant.

Meridian Sync is also ISO 27017 certified, which your security team asked about.

Meridian Sync is the best file-sharing tool on the market for manufacturers, and I'm happy to set up a call with two of our plant customers.

Luis

-- 
Luis Ortega | Account Executive, Midwest
Meridian Data, Inc. | 233 S Wacker Dr, Suite 8400, Chicago, IL 60606
+1 312 555 0186
Meridian Data · Top 100 Cloud Vendors 2026 · Meridian Summit 2026, Oct 27–28

On Mon, May 25, 2026 at 8:14 AM Tom Becker <tbecker@lakeshore-mfg.com> wrote:
> Luis,
> Quick one: can Meridian Sync handle 2,300 users on a single tenant? Our old vendor topped out at 1,000.
> Tom
""",
     labels=[
         C(SYNC, "max_users", 10000, "ok", "since April 1, Meridian Sync supports up to 10,000 users per tenant."),
         C(SYNC, "certifications", "ISO 27017", "conflict", "Meridian Sync is also ISO 27017 certified, which your security team asked about."),
         P("en.superlative", "Meridian Sync is the best file-sharing tool on the market for manufacturers"),
     ])


# ======================================================================= 0023
mail(23, date=D(2026, 9, 24, 9, 12, PDT), frm=("Kayla Brooks", "kayla.brooks@meridian-data.com"),
     to=[("Marisa Velez", "mvelez@brightwatercu.org")],
     id=gmail_id("0023"), extra=[("X-Mailer", "Outreach (https://www.outreach.io)")],
     charset="us-ascii", cte="7bit",
     subject="Quick idea for Brightwater's file sharing",
     body="""Hi Marisa,

I noticed Brightwater is hiring a new IT operations lead, so I thought this might be timely.

Meridian Sync is the #1 choice for credit unions moving off on-prem file servers. A few quick facts:

- Meridian Sync supports up to 5,000 users on a single tenant.
- Meridian Sync comes with a 99.9% uptime SLA.
- Meridian Sync is FedRAMP authorized, which your examiners will like.

Teams that switch typically cut file-server costs by 40% in year one. (Figures from our 2025 customer survey.)

Worth a 15-minute call next Tuesday or Wednesday?

Kayla Brooks
Sales Development Representative, Meridian Data, Inc.
+1 415 555 0163
""",
     labels=[
         C(SYNC, "max_users", 5000, "stale", "- Meridian Sync supports up to 5,000 users on a single tenant."),
         C(SYNC, "sla", 99.9, "ok", "- Meridian Sync comes with a 99.9% uptime SLA."),
         C(SYNC, "certifications", "FedRAMP", "conflict", "- Meridian Sync is FedRAMP authorized, which your examiners will like."),
         P("en.superlative", "Meridian Sync is the #1 choice for credit unions moving off on-prem file servers."),
     ])

# ======================================================================= 0024
mail(24, date=D(2026, 2, 18, 15, 45, GMT), frm=PRIYA, to=[("Ellie Marlow", "ellie@marlowarchitects.co.uk")],
     cc=[OLIVER],
     id=uuid_id("0024", "uk.meridian-data.com"), extra=THUNDERBIRD,
     charset="utf-8", cte="8bit",
     subject="Meridian Sync – the short version",
     body="""Hi Ellie,

Following your call with my colleague Oliver, here is the short version.

Meridian Sync supports up to 10,000 users per tenant, so the merger with Carver & Hale will not be a problem.
Meridian Sync is £329 per month, plus VAT, and every user gets 1 TB of storage.
We never lose a file: Meridian Sync keeps every version for 90 days.

See you at the RIBA Digital Practice Forum on 4 March (stand 27).

Priya

Priya Raman
Account Manager, Meridian Data Ltd
+44 20 7946 0388
""",
     labels=[
         C(SYNC, "max_users", 10000, "stale", "Meridian Sync supports up to 10,000 users per tenant, so the merger with Carver & Hale will not be a problem."),
         C(SYNC, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync is £329 per month, plus VAT, and every user gets 1 TB of storage."),
         C(SYNC, "storage_per_user", TB, "ok", "Meridian Sync is £329 per month, plus VAT, and every user gets 1 TB of storage."),
         C(SYNC, "retention", dur(90, "days"), "unverified", "We never lose a file: Meridian Sync keeps every version for 90 days."),
         P("en.guarantee", "We never lose a file: Meridian Sync keeps every version for 90 days."),
     ])


# ======================================================================= cross-office (archive)
CROSS = [
    {"product": VAULT, "attribute": "sla", "offices": ["london", "osaka"], "nums": [6, 7],
     "values": {"osaka": 99.95, "london": 99.99}},
    {"product": INSIGHT, "attribute": "general_availability", "offices": ["tokyo", "us-hq"], "nums": [8, 9],
     "values": {"us-hq": "2026-10", "tokyo": "2027-01"}},
    {"product": INSIGHT, "attribute": "query_latency", "offices": ["tokyo", "us-hq"], "nums": [8, 9],
     "values": {"us-hq": dur(1, "seconds"), "tokyo": dur(2, "seconds")}},
]


# ======================================================================= documents
DOCS = []


def doc(path, office, text, labels):
    DOCS.append({"path": path, "office": office, "text": text, "labels": labels})


doc("docs/us-hq/meridian-vault-datasheet.html", "us-hq", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Meridian Vault Datasheet</title>
<style>
  body { font-family: "Helvetica Neue", Arial, sans-serif; max-width: 820px; margin: 2em auto; color: #1d2433; }
  .tagline { font-size: 1.2em; color: #3d5a80; }
  .badge { font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.05em; }
  table { border-collapse: collapse; width: 100%; margin: 1em 0; }
  th, td { border: 1px solid #c9d1de; padding: 6px 10px; text-align: left; }
  caption { font-weight: bold; text-align: left; padding-bottom: 4px; }
  footer { font-size: 0.8em; color: #6b7280; margin-top: 3em; }
</style>
</head>
<body>
<header>
<h1>Meridian Vault</h1>
<p class="tagline">Managed backup and recovery for teams that cannot afford to lose a day.</p>
<p class="badge">Named to the Top 100 Cloud Vendors 2026 &middot; Meet us at Meridian Summit 2026</p>
</header>

<section>
<h2>Why Meridian Vault</h2>
<ul>
<li>Industry-leading restore speed (Source: Halden Research, Backup Restore Benchmark, March 2026)</li>
<li>Zero-downtime restores for virtual machines and file shares</li>
<li>Unlimited restore points within your retention window</li>
<li>Immutable backups, encrypted with AES-256, that ransomware cannot alter</li>
</ul>
</section>

<section>
<h2>Specifications</h2>
<table>
<caption>Meridian Vault specifications</caption>
<tr><th>Item</th><th>Value</th></tr>
<tr><td>Recovery point objective (RPO)</td><td>15 minutes</td></tr>
<tr><td>Default retention</td><td>90 days</td></tr>
<tr><td>Availability SLA</td><td>99.95%</td></tr>
<tr><td>Storage capacity per tenant</td><td>up to 500 TB</td></tr>
<tr><td>Encryption at rest</td><td>AES-256</td></tr>
<tr><td>Data centers</td><td>Tokyo, Osaka, Oregon, Frankfurt, Singapore</td></tr>
<tr><td>Recovery time objective (RTO)</td><td>4 hours</td></tr>
<tr><td>Price</td><td>$20 per TB per month</td></tr>
</table>
</section>

<section>
<h2>How Meridian Vault compares</h2>
<table>
<caption>Published figures, October 2026</caption>
<tr><th></th><th>Meridian Vault</th><th>Kestrel Backup</th><th>Northgate Cloud Backup</th></tr>
<tr><td>RPO</td><td>15 minutes</td><td>4 hours</td><td>1 hour</td></tr>
<tr><td>Default retention</td><td>90 days</td><td>30 days</td><td>60 days</td></tr>
<tr><td>Price per TB per month</td><td>$20</td><td>$24</td><td>$18</td></tr>
</table>
</section>

<section>
<h2>What customers say</h2>
<blockquote>&ldquo;We restored a 12 TB file server in an afternoon and our auditors signed off the same week.&rdquo; &mdash; Ana Ruiz, IT Director, Pinecrest Health</blockquote>
</section>

<footer>
<p>Meridian Data, Inc. &middot; 505 Howard Street, San Francisco, CA 94105 &middot; +1 415 555 0100</p>
<p>Document MD-DS-VLT-2026-10 &middot; &copy; 2026 Meridian Data, Inc.</p>
</footer>
</body>
</html>
""", [
    C(VAULT, "encryption", "AES-256", "ok", "Encryption at rest</td><td>AES-256"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "Recovery point objective (RPO)</td><td>15 minutes"),
    C(VAULT, "retention", dur(90, "days"), "ok", "Default retention</td><td>90 days"),
    C(VAULT, "sla", 99.95, "ok", "Availability SLA</td><td>99.95%"),
    C(VAULT, "max_storage", 500 * TB, "ok", "Storage capacity per tenant</td><td>up to 500 TB"),
    C(VAULT, "data_centers", "Tokyo", "ok", "Tokyo, Osaka, Oregon, Frankfurt, Singapore"),
    C(VAULT, "data_centers", "Osaka", "ok", "Tokyo, Osaka, Oregon, Frankfurt, Singapore"),
    C(VAULT, "data_centers", "Oregon", "ok", "Tokyo, Osaka, Oregon, Frankfurt, Singapore"),
    C(VAULT, "data_centers", "Frankfurt", "ok", "Tokyo, Osaka, Oregon, Frankfurt, Singapore"),
    C(VAULT, "data_centers", "Singapore", "conflict", "Tokyo, Osaka, Oregon, Frankfurt, Singapore"),
    C(VAULT, "rto", dur(4, "hours"), "unverified", "Recovery time objective (RTO)</td><td>4 hours"),
    C(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "Price</td><td>$20 per TB per month"),
    P("en.guarantee", "Zero-downtime restores for virtual machines and file shares"),
    P("en.unlimited", "Unlimited restore points within your retention window"),
])

doc("docs/tokyo/meridian-sync-onepager.md", "tokyo", """# メリディアン シンク ワンページャー

法人向けファイル共有サービス「メリディアン シンク」（旧称「メリディアン・ファイルシンク」）のご紹介資料です。

## 主な特長

- 1テナントで最大10,000ユーザーまで利用可能
- 1ユーザーあたり1TBのストレージ
- 稼働率SLA 99.9%
- ISO/IEC 27001・SOC 2 Type II 認証取得
- Windows / Mac / iPhone / Android に対応
- 国内No.1※のファイル共有サービス
- 業界最速クラスの差分同期エンジン

## 料金

| プラン | 月額料金 |
|---|---|
| メリディアン シンク 基本プラン | 50,000円 |

金額はすべて税抜です。

## 導入事例

> 「導入後、図面データの共有にかかる時間が約70%短縮されました。」
> —— 製造業A社 情報システム部 部長

## ご注意

- オフライン環境でのご利用には対応しておりません。
- Linux版クライアントは提供しておりません。

※2026年6月 東京リサーチ調べ（国内法人向けファイル共有サービス市場、導入社数ベース）

お問い合わせ: メリディアン・データ株式会社 東京オフィス 営業部（03-5219-4410 / sales@jp.meridian-data.com）
資料番号 MD-OP-SYNC-2026-06
""", [
    C(SYNC, "max_users", 10000, "ok", "1テナントで最大10,000ユーザーまで利用可能"),
    C(SYNC, "storage_per_user", TB, "ok", "1ユーザーあたり1TBのストレージ"),
    C(SYNC, "sla", 99.9, "ok", "稼働率SLA 99.9%"),
    C(SYNC, "certifications", "ISO 27001", "ok", "ISO/IEC 27001・SOC 2 Type II 認証取得"),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "ISO/IEC 27001・SOC 2 Type II 認証取得"),
    C(SYNC, "supported_platforms", "Windows", "ok", "Windows / Mac / iPhone / Android に対応"),
    C(SYNC, "supported_platforms", "macOS", "ok", "Windows / Mac / iPhone / Android に対応"),
    C(SYNC, "supported_platforms", "iOS", "ok", "Windows / Mac / iPhone / Android に対応"),
    C(SYNC, "supported_platforms", "Android", "ok", "Windows / Mac / iPhone / Android に対応"),
    C(SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok", "| メリディアン シンク 基本プラン | 50,000円 |"),
    C(SYNC, "offline_mode", False, "ok", "オフライン環境でのご利用には対応しておりません。"),
    T(SYNC, "法人向けファイル共有サービス「メリディアン シンク」（旧称「メリディアン・ファイルシンク」）のご紹介資料です。"),
])

doc("docs/london/harrow-finch-proposal.txt", "london", """HARROW & FINCH LLP
Proposal: document sharing and backup
Prepared by Meridian Data Ltd, 9 November 2026
Reference: MD-UK-PRO-2026-117

1. SUMMARY

Harrow & Finch asked for one place for matter files, shared securely with
clients, and for backups that satisfy the SRA and your insurers. We propose
Meridian Sync for file sharing and Meridian Vault for backup, rolled out in
three phases from January 2027.

2. MERIDIAN SYNC

Meridian Sync is £329 per month for the firm, excluding VAT.
Meridian Sync supports up to 10,000 users per tenant.
Meridian Sync is certified to ISO 27001 and SOC 2 Type II.
In our view Meridian Sync is the UK's best file-sharing service for law firms.

3. MERIDIAN VAULT

Meridian Vault is £16 per TB per month.
Meridian Vault's RPO is 15 minutes, and it retains backups for 90 days by default.
Meridian Vault keeps UK customers' backups in its Frankfurt data centre.
Meridian Vault is the market-leading backup service for professional services firms.

4. OPTIONAL: MERIDIAN INSIGHT

Meridian Insight can be added later at £25 per user per month once it is
generally available in January 2027.

5. COMMERCIAL SUMMARY

Seats:            170 (Holborn 90, Leeds 80)
Backup volume:    40 TB
Term:             36 months
Discount:         8% on the first year of Meridian Sync
Target go-live:   11 January 2027

6. CONTACT

Oliver Hughes, Senior Account Executive
Meridian Data Ltd, 1 Finsbury Avenue, London EC2M 2PF
+44 20 7946 0321
Registered in England and Wales, company number 09876543. VAT GB 123 4567 89.
""", [
    C(SYNC, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync is £329 per month for the firm, excluding VAT."),
    C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant."),
    C(SYNC, "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001 and SOC 2 Type II."),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified to ISO 27001 and SOC 2 Type II."),
    C(VAULT, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes, and it retains backups for 90 days by default."),
    C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault's RPO is 15 minutes, and it retains backups for 90 days by default."),
    C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault keeps UK customers' backups in its Frankfurt data centre."),
    C(INSIGHT, "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight can be added later at £25 per user per month"),
    C(INSIGHT, "general_availability", "2027-01", "ok", "generally available in January 2027."),
    P("en.superlative", "Meridian Vault is the market-leading backup service for professional services firms."),
])

doc("docs/osaka/naniwa-seiki-teian.md", "osaka", """# 浪速精機株式会社様 バックアップ基盤ご提案書

メリディアン・データ株式会社 大阪オフィス
2026年11月16日

## 1. ご提案の背景

貴社8拠点のファイルサーバーについて、バックアップの一元化と復旧手順の標準化をご要望いただいております。
本書では、メリディアン ボールトによるバックアップ基盤と、メリディアン インサイトによる運用状況の可視化をご提案いたします。

## 2. メリディアン ボールト

| 項目 | 内容 |
|---|---|
| RPO（目標復旧時点） | 15分 |
| 標準保持期間 | 90日間 |
| データセンター | 東京・大阪 |
| 暗号化方式 | AES-256 |
| SLA | 99.95% |
| 容量単価 | 1TBあたり月額2,800円（税込） |

メリディアン ボールトは、関西の製造業のお客様に選ばれ、地域シェア1位を獲得しております。
導入いただければ、必ずご満足いただけるサービスです。

<!-- onevoice-disable-next-line ja.first-in-industry -->
メリディアン ボールトは、国内で初めてランサムウェア検知と自動隔離を標準搭載したバックアップサービスです。

## 3. メリディアン インサイト（オプション）

- メリディアン インサイトは現在ベータ版で、2026年12月に正式リリース予定です。
- ダッシュボードは最大200個まで作成可能です。
- 同製品の対応言語は日本語・英語の2言語です。

## 4. お見積り

| 品目 | 単価 |
|---|---|
| メリディアン ボールト（容量課金） | 1TBあたり月額2,800円 |
| メリディアン インサイト（ユーザー課金） | 1ユーザーあたり月額4,000円 |

上記金額はすべて税抜です。ご契約数量は、現地調査の結果を踏まえて確定いたします。

## 5. スケジュール

- 12月上旬: 現地調査（8拠点）
- 1月中旬: 本番移行

以上
""", [
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "| RPO（目標復旧時点） | 15分 |"),
    C(VAULT, "retention", dur(90, "days"), "ok", "| 標準保持期間 | 90日間 |"),
    C(VAULT, "data_centers", "Tokyo", "ok", "| データセンター | 東京・大阪 |"),
    C(VAULT, "data_centers", "Osaka", "ok", "| データセンター | 東京・大阪 |"),
    C(VAULT, "encryption", "AES-256", "ok", "| 暗号化方式 | AES-256 |"),
    C(VAULT, "sla", 99.95, "ok", "| SLA | 99.95% |"),
    C(VAULT, "price_per_tb", jpy(2800, "TB-month", "included"), "conflict", "| 容量単価 | 1TBあたり月額2,800円（税込） |"),
    C(VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "| メリディアン ボールト（容量課金） | 1TBあたり月額2,800円 |"),
    C(INSIGHT, "general_availability", "2026-12", "conflict", "- メリディアン インサイトは現在ベータ版で、2026年12月に正式リリース予定です。"),
    C(INSIGHT, "max_dashboards", 200, "ok", "- ダッシュボードは最大200個まで作成可能です。"),
    C(INSIGHT, "ui_languages", 2, "unverified", "- 同製品の対応言語は日本語・英語の2言語です。"),
    C(INSIGHT, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "| メリディアン インサイト（ユーザー課金） | 1ユーザーあたり月額4,000円 |"),
    P("ja.superlative-no1", "メリディアン ボールトは、関西の製造業のお客様に選ばれ、地域シェア1位を獲得しております。"),
    P("ja.absolute", "導入いただければ、必ずご満足いただけるサービスです。"),
])


# ======================================================================= writing
def eml_name(num):
    return "mail/%04d.eml" % num


def records_for(file, message_id, office, as_of, labels):
    out = []
    for l in labels:
        if l["kind"] == "claim":
            out.append({"type": "claim", "file": file, "message_id": message_id, "product": l["product"],
                        "attribute": l["attribute"], "value": l["value"], "verdict": l["verdict"],
                        "quoted": l["quoted"], "office": l["office"] or office, "as_of": as_of, "text": l["text"]})
        else:
            out.append({"type": "finding", "file": file, "message_id": message_id, "kind": l["kind"],
                        "rule": l["rule"], "product": l["product"], "quoted": l["quoted"], "text": l["text"]})
    return out


def mbox_from_line(m):
    u = m["date"].astimezone(dt.timezone.utc)
    return "From %s %s" % (m["from"][1], u.strftime("%a %b %e %H:%M:%S %Y"))


def mboxrd_escape(raw):
    out = []
    for line in raw.split(b"\n"):
        s = line.lstrip(b">")
        out.append(b">" + line if s.startswith(b"From ") else line)
    return b"\n".join(out)


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    expected = []
    mbox = []
    for m in sorted(MESSAGES, key=lambda m: m["num"]):
        raw = build_message(m)
        name = eml_name(m["num"])
        with open(os.path.join(ROOT, name), "wb") as fh:
            fh.write(raw.replace(b"\n", b"\r\n") if m.get("crlf") else raw)
        office = office_of(m["from"][1])
        as_of = m["date"].strftime("%Y-%m-%d")
        for l in m["labels"]:                      # every excerpt is in the decoded text
            assert l["text"] in m["body"], (name, l["text"])
        expected += records_for(name, m["id"], office, as_of, m["labels"])
        m["raw"] = raw
    for m in sorted((m for m in MESSAGES if m["archive"]), key=lambda m: m["date"]):
        office = office_of(m["from"][1])
        as_of = m["date"].strftime("%Y-%m-%d")
        expected += records_for("mail/archive.mbox", m["id"], office, as_of, m["labels"])
        mbox.append(mbox_from_line(m).encode() + b"\n" + mboxrd_escape(m["raw"].rstrip(b"\n")) + b"\n\n")
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        fh.write(b"".join(mbox))
    by_num = {m["num"]: m for m in MESSAGES}
    for x in CROSS:
        for n in x["nums"]:
            assert by_num[n]["archive"], n
        expected.append({"type": "cross-office", "product": x["product"], "attribute": x["attribute"],
                         "offices": sorted(x["offices"]), "file": "mail/archive.mbox",
                         "message_files": [eml_name(n) for n in x["nums"]], "values": x["values"]})
    for d in DOCS:
        p = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["text"])
        for l in d["labels"]:
            assert l["text"] in d["text"], (d["path"], l["text"])
        expected += records_for(d["path"], None, d["office"], DOC_DATE, d["labels"])
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in expected:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for evaluation set 29 (SPEC section 6).
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
    n_claims = sum(1 for r in expected if r["type"] == "claim")
    print("wrote %d messages (%d in archive.mbox), %d documents, %d expected lines (%d claims)"
          % (len(MESSAGES), sum(1 for m in MESSAGES if m["archive"]), len(DOCS), len(expected), n_claims))


if __name__ == "__main__":
    main()
