#!/usr/bin/env python3
"""Generate evaluation set 65 (Meridian Data, emphasis: time and validity windows).

Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py
(Re)writes mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml and
expected.jsonl in the folder above this script, then re-parses every message
and checks that every labelled excerpt is present in the decoded text.
"""
import base64, datetime as dt, hashlib, html, json, os, quopri, re, shutil, sys
import email, email.policy
from email.header import Header
from email.utils import format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"


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


def TZ(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


JST, BST, GMT, PDT, PST = TZ(9), TZ(1), TZ(0), TZ(-7), TZ(-8)


def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def dur(n, unit):
    return {"amount": n, "unit": unit}


TB = 10 ** 12


# ------------------------------------------------------------------ MIME helpers
def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, email_addr, charset="utf-8"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        return ('"%s" <%s>' % (name, email_addr)) if any(c in name for c in ",.;@") else "%s <%s>" % (name, email_addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email_addr)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def jis(text):
    return "\n".join(line.encode("iso-2022-jp").decode("ascii") for line in text.split("\n"))


def to_html(text, font="Calibri"):
    out = []
    for line in text.split("\n"):
        out.append("<div>%s</div>" % (html.escape(line, quote=False) if line.strip() else "<br>"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div dir="ltr" style="font-family:%s,sans-serif">\n%s\n</div></body></html>\n' % (font, "\n".join(out)))


def part(ctype, body, cte, charset="UTF-8", extra=""):
    if cte == "quoted-printable":
        payload = qp(body)
    elif cte == "base64":
        payload = b64(body.encode("utf-8"))
    elif cte == "7bit-jis":
        payload, cte, charset = jis(body), "7bit", "ISO-2022-JP"
    else:
        payload = body
    ct = "%s; charset=%s%s" % (ctype, '"%s"' % charset if '"' not in charset else charset, extra)
    return "Content-Type: %s\nContent-Transfer-Encoding: %s\n\n%s" % (ct, cte, payload if payload.endswith("\n") else payload + "\n")


def alternative(plain, cte, boundary, html_text=None):
    h = html_text or to_html(plain)
    return ('Content-Type: multipart/alternative;\n\tboundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n'
            % (boundary, boundary, part("text/plain", plain, cte), boundary, part("text/html", h, cte), boundary))


# ------------------------------------------------------------------ messages
MSGS = []


def msg(**kw):
    kw.setdefault("claims", [])
    kw.setdefault("findings", [])
    kw.setdefault("archive", True)
    kw.setdefault("crlf", False)
    kw.setdefault("to", None)
    kw.setdefault("cc", None)
    kw.setdefault("in_reply_to", None)
    MSGS.append(kw)
    return kw


def C(product, attribute, value, verdict, text, quoted=False, office=None, as_of=None):
    return dict(product=product, attribute=attribute, value=value, verdict=verdict, text=text,
                quoted=quoted, office=office, as_of=as_of)


def P(rule, text, quoted=False):
    return dict(kind="phrase", rule=rule, product=None, text=text, quoted=quoted)


def T(product, text, quoted=False):
    return dict(kind="terminology", rule=None, product=product, text=text, quoted=quoted)


# ------------------------------------------------------------------ people and signatures
SATO = ("佐藤 健", "ken.sato@jp.meridian-data.com")
NAKAMURA = ("中村 彩", "aya.nakamura@jp.meridian-data.com")
NISHIDA = ("西田 和也", "kazuya.nishida@osaka.jp.meridian-data.com")
YAMAGUCHI = ("山口 真理", "mari.yamaguchi@osaka.jp.meridian-data.com")
OLIVER = ("Oliver Hartley", "oliver.hartley@uk.meridian-data.com")
PRIYA = ("Priya Raman", "priya.raman@uk.meridian-data.com")
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Bell", "marcus.bell@meridian-data.com")

SIG_SATO = """--
株式会社メリディアンデータ 東京支社
営業第一部 佐藤 健
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F
TEL: 03-5219-4410 / 携帯: 090-3381-2275
ken.sato@jp.meridian-data.com"""

SIG_NAKAMURA = """━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社メリディアンデータ 東京支社
営業第二部 中村 彩（なかむら あや）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F
TEL: 03-5219-4423　FAX: 03-5219-4400
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_NISHIDA = """--
株式会社メリディアンデータ 大阪支社
西田 和也
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 18F
TEL 06-6345-7781　FAX 06-6345-7790"""

SIG_YAMAGUCHI = """--
株式会社メリディアンデータ 大阪支社
営業部 山口 真理
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 18F
TEL 06-6345-7781（代表） / 080-4412-6630"""

SIG_OLIVER = """--
Oliver Hartley
Senior Account Manager
Meridian Data UK Ltd · 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0321 · M +44 7700 900418
Registered in England and Wales, company no. 09876543. VAT GB 123 4567 89."""

SIG_PRIYA = """Priya Raman | Account Manager, Public Sector
Meridian Data UK Ltd | 30 Finsbury Square, London EC2A 1AG
+44 20 7946 0388 | Registered in England and Wales No. 09876543"""

SIG_DANA = """--
Dana Whitfield
Senior Account Executive, Healthcare
Meridian Data Inc. | 201 Mission St, Suite 1800, San Francisco, CA 94105
o: +1 415-555-0142 | m: +1 415-555-0199"""

SIG_MARCUS = """Marcus Bell
Regional Sales Director, West
Meridian Data Inc.
201 Mission St, Suite 1800, San Francisco, CA 94105
+1 415-555-0177"""

# ------------------------------------------------------------------ 0001 tokyo, 2025-02: 5,000 users, right when sent
msg(n=1, date=dt.datetime(2025, 2, 17, 10, 24, tzinfo=JST), frm=SATO,
    to=("高橋 直樹", "n.takahashi@mitsuwa-bussan.co.jp"), style="jis", crlf=True,
    mailer="Microsoft Outlook 16.0",
    subject="【ご案内】メリディアン シンクの概要とお見積りについて",
    body="""株式会社三ツ輪物産
情報システム部 高橋様

いつもお世話になっております。
メリディアンデータ東京支社の佐藤でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご依頼いただいておりました、メリディアン シンクの概要をお送りいたします。

■製品概要
・メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
・メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。
・同製品の月額料金は50,000円（税抜）でございます。

貴社の営業部門約350名様でのご利用であれば、現行の上限内で十分に運用いただける見込みです。
次回は3月4日（火）14時より、御社会議室にてデモをご覧いただければと存じます。
お見積書（見積番号 MD-Q-25-0217）はPDFにて別途お送りいたします。

何卒よろしくお願いいたします。

""" + SIG_SATO,
    claims=[C(S, "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
            C(S, "storage_per_user", TB, "ok", "メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。"),
            C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）でございます。")])

# ------------------------------------------------------------------ 0002 london, 2025-08: 5,000 users, ok then
msg(n=2, date=dt.datetime(2025, 8, 6, 14, 12, tzinfo=BST), frm=OLIVER,
    to=("Fiona Clarke", "fiona.clarke@harbourside-legal.co.uk"), style="flowed",
    mailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0",
    subject="Re: Document sharing for the Leeds and Bristol offices",
    in_reply_to="<DB9PR02MB7731A0E1F3C2@DB9PR02MB7731.eurprd02.prod.outlook.com>",
    body="""Hi Fiona,

Thanks for your note. The headline figures first, then the detail you asked for.

Meridian Sync is £329 a month plus VAT for the whole firm, and it supports up to 5,000 users on a single tenant.
Your 240 fee earners and support staff are comfortably inside that.

Meridian Sync runs on Windows, macOS, iOS and Android, so the iPads your partners take to court are covered.
Meridian Sync is ISO 27001 certified and also holds Cyber Essentials Plus certification, which I know your insurer asks about.

I can bring the data processing addendum (DPA v3.1) to the meeting on 19 August.

Kind regards,
Oliver

On 05/08/2025 16:47, Fiona Clarke wrote:
> Hi Oliver,
> Can Meridian Sync cope with all 240 of our fee earners and support staff?
> And what does it cost per month?
> Thanks, Fiona

""" + SIG_OLIVER,
    claims=[C(S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
              "Meridian Sync is £329 a month plus VAT for the whole firm"),
            C(S, "max_users", 5000, "ok", "it supports up to 5,000 users on a single tenant"),
            *[C(S, "supported_platforms", p, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android")
              for p in ("Windows", "macOS", "iOS", "Android")],
            C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and also holds Cyber Essentials Plus certification"),
            C(S, "certifications", "Cyber Essentials Plus", "conflict", "Meridian Sync is ISO 27001 certified and also holds Cyber Essentials Plus certification")])

# ------------------------------------------------------------------ 0003 us-hq, 2025-09: Vault recap + Sync 5,000 (cross-office with 0004)
msg(n=3, date=dt.datetime(2025, 9, 24, 9, 41, tzinfo=PDT), frm=DANA,
    to=("Ravi Menon", "ravi.menon@pinecresthealth.org"), style="gmail-qp",
    subject="Meridian Vault follow-up + numbers for Thursday",
    body="""Hi Ravi,

Thanks again for the time on Monday. As promised, here's a recap of what we covered on Meridian Vault so you have it ahead of Thursday's steering committee.

- Recovery: Meridian Vault gives you an RPO of 15 minutes.
- Restores: Meridian Vault restores are typically back online within 4 hours (RTO).
- Retention: Meridian Vault keeps backups for 90 days by default, and you can extend that per policy.
- Hosting: Meridian Vault runs in our Oregon and Frankfurt data centers, which covers both your US clinics and the Hamburg lab.
- Price: Meridian Vault is $20 per TB per month.

For your current 120 TB that works out to $2,400 a month at list, before the 12% multi-year discount we discussed.

One more thing, since your team asked: if you also roll out Meridian Sync to the field nurses, note that Meridian Sync supports up to 5,000 users per tenant today. Your 1,850 staff fit comfortably.

I'll send over the draft order form (ref. PH-2025-0931) once legal has had a look.

Best,
Dana

""" + SIG_DANA,
    claims=[C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault gives you an RPO of 15 minutes."),
            C(V, "rto", dur(4, "hours"), "unverified", "Meridian Vault restores are typically back online within 4 hours (RTO)."),
            C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
            C(V, "data_centers", "Oregon", "ok", "Meridian Vault runs in our Oregon and Frankfurt data centers"),
            C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault runs in our Oregon and Frankfurt data centers"),
            C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
            C(S, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per tenant today.")])

# ------------------------------------------------------------------ 0004 tokyo, 2025-10: 1万 before its window -> stale
msg(n=4, date=dt.datetime(2025, 10, 14, 17, 5, tzinfo=JST), frm=SATO,
    to=("森 大輔", "d.mori@hokuriku-seiki.co.jp"), style="outlook-b64", crlf=True,
    mailer="Microsoft Outlook 16.0",
    subject="メリディアン シンク／メリディアン インサイトのご紹介",
    body="""北陸精機株式会社
情報システム課 森様

お世話になっております。メリディアンデータの佐藤です。
先ほどはお電話にてありがとうございました。お問い合わせの2製品について、要点をお送りします。

【メリディアン シンク】
メリディアン シンクは最大1万ユーザーまで対応しておりますので、グループ会社を含めた一括導入も可能です。

【メリディアン インサイト】
メリディアン インサイトは、業界初のノーコード予測分析を搭載したBIサービスで、2026年7月に正式リリースの予定です。
同製品には30日間の無料トライアルがございますので、リリース後すぐにお試しいただけます。

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_SATO,
    claims=[C(S, "max_users", 10000, "stale", "メリディアン シンクは最大1万ユーザーまで対応しておりますので、グループ会社を含めた一括導入も可能です。"),
            C(I, "general_availability", "2026-07", "conflict", "メリディアン インサイトは、業界初のノーコード予測分析を搭載したBIサービスで、2026年7月に正式リリースの予定です。"),
            C(I, "free_trial", dur(30, "days"), "ok", "同製品には30日間の無料トライアルがございますので")],
    findings=[P("ja.first-in-industry", "業界初のノーコード予測分析を搭載したBIサービス")])

# ------------------------------------------------------------------ 0005 customer reply quoting 0004 (same window)
msg(n=5, date=dt.datetime(2025, 11, 20, 10, 12, tzinfo=JST), frm=("森 大輔", "d.mori@hokuriku-seiki.co.jp"),
    to=SATO, style="gmail-b64",
    subject="Re: メリディアン シンク／メリディアン インサイトのご紹介",
    body="""佐藤様

お世話になっております。北陸精機の森です。
社内で検討した結果、まずはシンクの方から進めたいと考えております。
弊社は現在グループ全体で2,600名ですが、来年度には3,400名程度になる見込みです。
つきましては、12月上旬に役員向けのご説明の場をいただけますでしょうか。

--
北陸精機株式会社 情報システム課
森 大輔
〒920-0031 石川県金沢市広岡3-1-1
TEL 076-224-5180

2025年10月14日(火) 17:05 佐藤 健 <ken.sato@jp.meridian-data.com>:
> 【メリディアン シンク】
> メリディアン シンクは最大1万ユーザーまで対応しておりますので、グループ会社を含めた一括導入も可能です。
""",
    claims=[C(S, "max_users", 10000, "stale", "メリディアン シンクは最大1万ユーザーまで対応しておりますので、グループ会社を含めた一括導入も可能です。",
              quoted=True, office="tokyo")])

# ------------------------------------------------------------------ 0006 osaka, 2026-01: 「4月以降は」
msg(n=6, date=dt.datetime(2026, 1, 19, 11, 30, tzinfo=JST), frm=NISHIDA,
    to=("岡本 浩二", "k.okamoto@kansai-logitech.co.jp"), style="jis",
    mailer="Becky! ver. 2.81.04",
    subject="メリディアン・シンク お見積りの件",
    body="""関西ロジテック株式会社
総務部 岡本様

いつも大変お世話になっております。
メリディアンデータ大阪支社の西田です。

先日ご相談いただいたユーザー数の件、確認が取れましたのでご連絡いたします。
メリディアン・シンクは現在1テナントあたり最大5,000ユーザーですが、4月以降は最大1万ユーザーまで拡張されます。
御社の4月の組織再編後も、同一テナントのままご利用いただけます。

料金は従来どおり、メリディアン・シンクの月額料金が55,000円（税込）です。
今回は3年契約のため、初年度は10%お値引きいたします。
ご契約前に必ず利用規約をご確認ください。

2月5日（木）の午後でしたら、御社にお伺いできます。

""" + SIG_NISHIDA,
    claims=[C(S, "max_users", 5000, "ok", "メリディアン・シンクは現在1テナントあたり最大5,000ユーザーですが、4月以降は最大1万ユーザーまで拡張されます。"),
            C(S, "max_users", 10000, "ok", "メリディアン・シンクは現在1テナントあたり最大5,000ユーザーですが、4月以降は最大1万ユーザーまで拡張されます。",
              as_of="2026-04-01"),
            C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン・シンクの月額料金が55,000円（税込）です。")])

# ------------------------------------------------------------------ 0007 london, 2026-02: "until the end of March" / "From 1 April"
M7_BODY = """Hi Tom,

Following Tuesday's call, here is where things stand on the two points you raised.

User cap. Until the end of March, Meridian Sync is capped at 5,000 users per tenant.
From 1 April, Meridian Sync supports up to 10,000 users per tenant, which covers the post-merger organisation from day one.

Analytics. Meridian Insight (currently in beta) is £25 per user per month.
The Meridian Insight free trial runs for 14 days, and we can start it whenever your analysts are ready.
Its industry-leading query engine is the main reason the finance team in Reading chose it.

Happy to go through the order form (ref. GH-2026-027) on a call next week.

Best wishes,
Priya

""" + SIG_PRIYA

M7_CLAIMS = [
    C(S, "max_users", 5000, "ok", "Until the end of March, Meridian Sync is capped at 5,000 users per tenant.", as_of="2026-03-31"),
    C(S, "max_users", 10000, "ok", "From 1 April, Meridian Sync supports up to 10,000 users per tenant", as_of="2026-04-01"),
    C(I, "per_user_price", money(25, "GBP", "user-month"), "ok", "Meridian Insight (currently in beta) is £25 per user per month."),
    C(I, "free_trial", dur(14, "days"), "conflict", "The Meridian Insight free trial runs for 14 days"),
]
msg(n=7, date=dt.datetime(2026, 2, 18, 15, 20, tzinfo=GMT), frm=PRIYA,
    to=("Tom Ellery", "tom.ellery@greyfriarshousing.org.uk"), style="outlook-qp", crlf=True,
    mailer="Microsoft Outlook 16.0",
    subject="Meridian Sync and Insight – user cap and pricing",
    body=M7_BODY, claims=M7_CLAIMS,
    findings=[P("en.superlative", "Its industry-leading query engine")])

# ------------------------------------------------------------------ 0008 customer reply quoting 0007 whole (Outlook block)
m8_quote = "\n".join(["From: Priya Raman <priya.raman@uk.meridian-data.com>",
                      "Sent: 18 February 2026 15:20",
                      "To: Tom Ellery <tom.ellery@greyfriarshousing.org.uk>",
                      "Subject: Meridian Sync and Insight – user cap and pricing", "", M7_BODY])
msg(n=8, date=dt.datetime(2026, 3, 3, 9, 5, tzinfo=GMT), frm=("Tom Ellery", "tom.ellery@greyfriarshousing.org.uk"),
    to=PRIYA, style="plain-qp", crlf=True, mailer="Microsoft Outlook 16.0",
    subject="RE: Meridian Sync and Insight – user cap and pricing",
    body="""Hi Priya,

Thanks, that's helpful. We're at 4,800 staff today and expect about 6,300 after the merger completes in May, so the April change matters to us.

Can Meridian Sync really take 10,000 users from April, or is that a soft limit?
Could you also send the DPA before Friday?

Regards,
Tom

Tom Ellery
Head of IT, Greyfriars Housing
01632 960551

""" + m8_quote,
    claims=[dict(c, quoted=True, office="london") for c in M7_CLAIMS],
    findings=[P("en.superlative", "Its industry-leading query engine", quoted=True)])

# ------------------------------------------------------------------ 0009 osaka, 2026-03: 5,000 still right
msg(n=9, date=dt.datetime(2026, 3, 10, 13, 48, tzinfo=JST), frm=YAMAGUCHI,
    to=("松本 紀子", "n.matsumoto@naniwa-foods.co.jp"), style="apple-qp",
    mailer="Apple Mail (2.3826.500.181.1.5)",
    subject="メリディアン シンク・ボールトのご提案について",
    body="""浪速フーズ株式会社
システム課 松本様

お世話になっております。メリディアンデータ大阪支社の山口です。
昨日のご質問への回答をお送りいたします。

1. メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。
   ※4月以降の上限変更については、正式発表後に改めてご案内いたします。
2. メリディアン ボールトの容量単価は1TBあたり月額3,080円（税込）です。
3. 同製品のデータセンターは東京と大阪の2拠点で、バックアップは国内で完結します。
4. ボールトは業界最安クラスの料金でご提供しております。

来週のご訪問の際に、詳細なお見積り（概算 月額約18万円）をお持ちいたします。

""" + SIG_YAMAGUCHI,
    claims=[C(S, "max_users", 5000, "ok", "メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
            C(V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "メリディアン ボールトの容量単価は1TBあたり月額3,080円（税込）です。"),
            C(V, "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京と大阪の2拠点で"),
            C(V, "data_centers", "Osaka", "ok", "同製品のデータセンターは東京と大阪の2拠点で")],
    findings=[P("ja.cheapest", "ボールトは業界最安クラスの料金でご提供しております。")])

# ------------------------------------------------------------------ 0010 us-hq, 2026-04: 10,000 now, 5,000 until March
msg(n=10, date=dt.datetime(2026, 4, 14, 8, 52, tzinfo=PDT), frm=MARCUS,
    to=("Alicia Gomez", "agomez@northwinddental.com"), style="apple-qp",
    mailer="Apple Mail (2.3826.500.181.1.5)",
    subject="Meridian Sync limits after the April update",
    body="""Hi Alicia,

Good news on the question from your board: as of April 1, Meridian Sync supports up to 10,000 users per tenant, up from 5,000 until the end of March.
Pricing is unchanged: Meridian Sync is $399 per month for the workspace, billed annually.
Your renewal on May 1 covers 2,300 seats across the 41 practices, so there is no need to split tenants.

Meridian Insight will be generally available in January 2027; until then it stays in beta for design partners.

Talk Thursday,
Marcus

""" + SIG_MARCUS,
    claims=[C(S, "max_users", 10000, "ok", "as of April 1, Meridian Sync supports up to 10,000 users per tenant, up from 5,000 until the end of March."),
            C(S, "max_users", 5000, "ok", "as of April 1, Meridian Sync supports up to 10,000 users per tenant, up from 5,000 until the end of March.",
              as_of="2026-03-31"),
            C(S, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for the workspace, billed annually."),
            C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027")])

# ------------------------------------------------------------------ 0011 tokyo, 2026-05: 1万 now right (cross-office with 0012)
msg(n=11, date=dt.datetime(2026, 5, 12, 16, 30, tzinfo=JST), frm=NAKAMURA,
    to=("小林 誠", "m.kobayashi@kotobuki-sekkei.co.jp"), style="jis", crlf=True,
    mailer="Microsoft Outlook 16.0",
    subject="【メリディアンデータ】ご質問への回答（シンク上限・インサイト料金）",
    body="""株式会社ことぶき設計
小林様

いつもお世話になっております。メリディアンデータ東京支社の中村でございます。
先日いただいたご質問に回答いたします。

Q1. ユーザー数の上限について
メリディアン シンクは2026年4月より、最大1万ユーザーまでご利用いただけるようになりました。

Q2. メリディアン インサイトの料金について
メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）でご提供しております。

Q3. 表示速度について
メリディアン インサイトのクエリ応答時間は1秒未満です。

6月18日の定例会にて、デモ環境をご覧いただく予定です。
以上、よろしくお願いいたします。

""" + SIG_NAKAMURA,
    claims=[C(S, "max_users", 10000, "ok", "メリディアン シンクは2026年4月より、最大1万ユーザーまでご利用いただけるようになりました。"),
            C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）でご提供しております。"),
            C(I, "query_latency", dur(1, "seconds"), "conflict", "メリディアン インサイトのクエリ応答時間は1秒未満です。")])

# ------------------------------------------------------------------ 0012 london, 2026-06: old 5,000 reused -> stale
msg(n=12, date=dt.datetime(2026, 6, 2, 10, 15, tzinfo=BST), frm=OLIVER,
    to=("Fiona Clarke", "fiona.clarke@harbourside-legal.co.uk"), style="gmail-qp",
    subject="Meridian Vault for the records archive",
    body="""Hi Fiona,

Good to catch up at the LegalTech breakfast. As discussed, a few notes on Meridian Vault and the wider estate.

Meridian Vault is £16 per TB per month.
Your records team estimated 40 TB to start, so roughly £640 a month before any commitment discount.
Meridian Vault also has a data centre in London, which should help with the client-confidentiality questions.

For Meridian Sync, which you already run, the limit is up to 5,000 users per tenant, so the new Manchester office can go on the existing tenant.
There is no Linux client for Meridian Sync, so the two Ubuntu workstations in the print room will need the web app.

Kind regards,
Oliver

""" + SIG_OLIVER,
    claims=[C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
            C(V, "data_centers", "London", "conflict", "Meridian Vault also has a data centre in London"),
            C(S, "max_users", 5000, "stale", "For Meridian Sync, which you already run, the limit is up to 5,000 users per tenant")])

# ------------------------------------------------------------------ 0013 customer, reported statement (office unknown)
msg(n=13, date=dt.datetime(2026, 6, 20, 14, 2, tzinfo=JST), frm=("岡本 浩二", "k.okamoto@kansai-logitech.co.jp"),
    to=NISHIDA, style="gmail-b64",
    subject="シンクのユーザー上限について",
    body="""西田様

お世話になっております。関西ロジテックの岡本です。
グループ会社の統合に伴い、ユーザー数についてご相談させてください。

先週、御社の東京支社の方とお話しした際に、メリディアン シンクは最大2万ユーザーまで対応可能と伺っております。
弊社としては最終的に12,000名程度での利用を想定しているのですが、1テナントで収まりますでしょうか。

ご確認のほどよろしくお願いいたします。

--
関西ロジテック株式会社 総務部
岡本 浩二
〒552-0021 大阪市港区築港1-8-22
TEL 06-6441-2038
""",
    claims=[C(S, "max_users", 20000, "conflict", "メリディアン シンクは最大2万ユーザーまで対応可能と伺っております。")])

# ------------------------------------------------------------------ 0014 osaka, 2026-07: Insight before GA
msg(n=14, date=dt.datetime(2026, 7, 8, 18, 20, tzinfo=JST), frm=YAMAGUCHI,
    to=("松本 紀子", "n.matsumoto@naniwa-foods.co.jp"), style="plain-b64", crlf=True,
    mailer="Microsoft Outlook 16.0",
    subject="Re: メリディアン インサイトについて",
    body="""松本様

お世話になっております。大阪支社の山口です。
ご質問の件、以下のとおり回答いたします。

・メリディアン インサイトでは、最大200個のダッシュボードを作成できます。
・同製品のSLAは月間稼働率99.9%を予定しております。
・メリディアン インサイトの一般提供開始は2027年1月を予定しており、それまではベータ版としてご利用いただけます。

料金につきましては、別途お見積りにてご案内いたします。

""" + SIG_YAMAGUCHI + """

2026年7月7日(火) 16:40 松本 紀子 <n.matsumoto@naniwa-foods.co.jp>:
> 山口様
> メリディアン インサイトについて、いくつか教えてください。
> ダッシュボードはいくつまで作れますか？また、正式版はいつ頃になりますか？
> 浪速フーズ 松本
""",
    claims=[C(I, "max_dashboards", 200, "ok", "メリディアン インサイトでは、最大200個のダッシュボードを作成できます。"),
            C(I, "sla", 99.9, "unverified", "同製品のSLAは月間稼働率99.9%を予定しております。"),
            C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月を予定しており")])

# ------------------------------------------------------------------ 0015 london, 2026-09: wrong GA (cross-office with 0016)
msg(n=15, date=dt.datetime(2026, 9, 8, 11, 45, tzinfo=BST), frm=PRIYA,
    to=("Tom Ellery", "tom.ellery@greyfriarshousing.org.uk"), style="outlook-qp", crlf=True,
    mailer="Microsoft Outlook 16.0",
    subject="Meridian Insight – next steps",
    body="""Hi Tom,

Quick update ahead of your budget round.

Meridian Insight launches commercially in November 2026, so a Q4 start for the finance team is realistic.
In the pilot, Meridian Insight returned queries within 2 seconds on the full rent ledger.
Meridian Insight connects to more than 40 data sources, including the housing management system you use.

I've pencilled in 24 September for the workshop with your analysts.

Best wishes,
Priya

""" + SIG_PRIYA,
    claims=[C(I, "general_availability", "2026-11", "conflict", "Meridian Insight launches commercially in November 2026"),
            C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight returned queries within 2 seconds on the full rent ledger."),
            C(I, "integrations", 40, "unverified", "Meridian Insight connects to more than 40 data sources")])

# ------------------------------------------------------------------ 0016 us-hq, 2026-09: right GA
msg(n=16, date=dt.datetime(2026, 9, 30, 10, 5, tzinfo=PDT), frm=DANA,
    to=("Ravi Menon", "ravi.menon@pinecresthealth.org"), style="gmail-qp",
    subject="Meridian Insight for the analytics team",
    body="""Hi Ravi,

Following up on Insight for your analytics team.

Meridian Insight will be generally available in January 2027, and design partners can start in beta now.
Meridian Insight is $30 per user per month, and each workspace holds up to 200 dashboards.
Meridian Insight comes with a 30-day free trial once it is GA.
We'd like to offer a risk-free pilot for your 25 analysts in November.

This pricing is a limited-time offer until December 15.

Best,
Dana

""" + SIG_DANA,
    claims=[C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027"),
            C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month"),
            C(I, "max_dashboards", 200, "ok", "Meridian Insight is $30 per user per month, and each workspace holds up to 200 dashboards."),
            C(I, "free_trial", dur(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial once it is GA.")],
    findings=[P("en.guarantee", "We'd like to offer a risk-free pilot for your 25 analysts in November.")])

# ------------------------------------------------------------------ 0017 tokyo, 2026-10: HTML-only, old name, 税込 trap (not archived)
M17_HTML = """<html>
<head><meta charset="utf-8"><title>メリディアン シンク 更新のご案内</title></head>
<body style="font-family:'Yu Gothic',sans-serif;font-size:14px">
<p>株式会社ことぶき設計<br>
小林様</p>
<p>いつもお世話になっております。メリディアンデータの中村です。</p>
<p>2021年よりご利用いただいているメリディアン・ファイルシンク（現 メリディアン シンク）の更新時期が近づいてまいりましたので、ご案内いたします。</p>
<p>メリディアン シンクは2026年4月より最大1万ユーザーまでご利用いただけるようになりました。現在の320名様から将来的な増員にも対応できます。</p>
<p>メリディアン シンクの更新後の月額料金は50,000円（税込）となります。</p>
<p>メリディアン シンクの稼働率SLAは引き続き99.9%です。</p>
<p>ご不明点は担当 中村（03-5219-4423）までご連絡ください。</p>
<p style="color:#666">株式会社メリディアンデータ 東京支社<br>
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F</p>
</body>
</html>
"""
msg(n=17, date=dt.datetime(2026, 10, 15, 14, 0, tzinfo=JST), frm=NAKAMURA,
    to=("小林 誠", "m.kobayashi@kotobuki-sekkei.co.jp"), style="html-only", archive=False,
    mailer="MD-SFA Mailer 4.2",
    subject="メリディアン シンク 更新のご案内",
    body=M17_HTML,
    claims=[C(S, "max_users", 10000, "ok", "メリディアン シンクは2026年4月より最大1万ユーザーまでご利用いただけるようになりました。"),
            C(S, "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "メリディアン シンクの更新後の月額料金は50,000円（税込）となります。"),
            C(S, "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは引き続き99.9%です。")],
    findings=[T(S, "メリディアン・ファイルシンク（現 メリディアン シンク）")])

# ------------------------------------------------------------------ 0018 us-hq, 2026-11, with London's message attached (message/rfc822)
M18_INNER_BODY = """Marcus,

For Northwind's Bristol practices, here's what I told their office manager:

Meridian Vault has an RPO of 15 minutes and keeps backups for 90 days by default.
Meridian Vault scales to 1 PB per tenant, so the imaging archive is not a concern.
UK data stays in Frankfurt, the closest Meridian Vault region to them.

Cheers,
Oliver

""" + SIG_OLIVER
msg(n=18, date=dt.datetime(2026, 11, 5, 9, 30, tzinfo=PST), frm=MARCUS,
    to=("Alicia Gomez", "agomez@northwinddental.com"), style="mixed-rfc822",
    mailer="Apple Mail (2.3826.500.181.1.5)",
    subject="Fwd: Vault questions from your UK practices",
    inner=dict(date=dt.datetime(2026, 11, 4, 16, 10, tzinfo=GMT), frm=OLIVER, to=MARCUS,
               subject="Northwind UK - Vault answers", body=M18_INNER_BODY),
    body="""Hi Alicia,

Your UK team in Bristol asked our London office a few questions about Meridian Vault. I've attached Oliver's answer so you have it first-hand.
From our side, Meridian Vault is $20 per TB per month for the US entities.

Marcus

""" + SIG_MARCUS,
    claims=[C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month for the US entities."),
            C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault has an RPO of 15 minutes and keeps backups for 90 days by default.", quoted=True, office="london"),
            C(V, "retention", dur(90, "days"), "ok", "Meridian Vault has an RPO of 15 minutes and keeps backups for 90 days by default.", quoted=True, office="london"),
            C(V, "max_storage", 10 ** 15, "conflict", "Meridian Vault scales to 1 PB per tenant", quoted=True, office="london"),
            C(V, "data_centers", "Frankfurt", "ok", "UK data stays in Frankfurt, the closest Meridian Vault region to them.", quoted=True, office="london")])

# ------------------------------------------------------------------ 0019 osaka, 2027-01: GA has happened
msg(n=19, date=dt.datetime(2027, 1, 21, 10, 0, tzinfo=JST), frm=NISHIDA,
    to=("岡本 浩二", "k.okamoto@kansai-logitech.co.jp"), style="jis",
    mailer="Becky! ver. 2.81.04",
    subject="メリディアン・インサイト 一般提供開始のお知らせ",
    body="""関西ロジテック株式会社
総務部 岡本様

いつもお世話になっております。大阪支社の西田です。

メリディアン・インサイトは、2027年1月より一般提供を開始いたしました。
同製品は1ユーザーあたり月額4,400円（税込）でご利用いただけます。
同製品には30日間の無料トライアルもご用意しておりますので、まずは物流管理部門の皆様でお試しください。

メリディアン・インサイトは関西の物流業界で導入満足度No.1※の評価をいただいております。
※2026年12月 関西ITリサーチ調べ（物流業向けBIツール利用企業 120社）

2月の導入説明会は2月10日と2月17日の2回を予定しております。

""" + SIG_NISHIDA,
    claims=[C(I, "general_availability", "2027-01", "ok", "メリディアン・インサイトは、2027年1月より一般提供を開始いたしました。"),
            C(I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "同製品は1ユーザーあたり月額4,400円（税込）でご利用いただけます。"),
            C(I, "free_trial", dur(30, "days"), "ok", "同製品には30日間の無料トライアルもご用意しておりますので")])

# ------------------------------------------------------------------ 0020 tokyo, 2027-02: interleaved reply
msg(n=20, date=dt.datetime(2027, 2, 9, 11, 20, tzinfo=JST), frm=SATO,
    to=("森 大輔", "d.mori@hokuriku-seiki.co.jp"), style="plain-b64",
    mailer="Mozilla Thunderbird 128.6.0",
    subject="Re: メリディアン ボールトについての質問",
    body="""森様

お世話になっております。佐藤です。
ご質問に順にお答えします。

On 2027/02/05 11:02, 森 大輔 wrote:
> 1. RPO（目標復旧時点）はどのくらいですか。

メリディアン ボールトのRPOは最大15分です。

> 2. バックアップの保持期間は？

同製品の標準の保持期間は90日間です。

> 3. 容量の上限はありますか。弊社は将来的に300TB程度を想定しています。

メリディアン ボールトの最大容量は1テナントあたり0.5PBです。
300TB規模でも問題ございません。

> 4. 暗号化方式を教えてください。

メリディアン ボールトはAES-256で暗号化して保存します。

以上です。よろしくお願いいたします。

""" + SIG_SATO,
    claims=[C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは最大15分です。"),
            C(V, "retention", dur(90, "days"), "ok", "同製品の標準の保持期間は90日間です。"),
            C(V, "max_storage", 5 * 10 ** 14, "ok", "メリディアン ボールトの最大容量は1テナントあたり0.5PBです。"),
            C(V, "encryption", "AES-256", "ok", "メリディアン ボールトはAES-256で暗号化して保存します。")])

# ------------------------------------------------------------------ 0021 an Outlook .msg saved as .eml: unreadable
msg(n=21, date=None, style="ole-msg", archive=False, frm=None, subject=None, body=None,
    why="Outlook .msg (OLE2 compound file) saved with an .eml name: no RFC 5322 header block")


# ------------------------------------------------------------------ rendering
def message_id(m):
    seed = "set65-%d" % m["n"]
    style, dom = m["style"], m["frm"][1].split("@")[1]
    if style.startswith("gmail"):
        return "CA%s+%s@mail.gmail.com" % (hx(seed, 14).upper(), hx(seed + "g", 8))
    if m.get("mailer", "").startswith("Microsoft Outlook") or style.startswith("outlook"):
        box = ("TYCPR01MB%d" if dom.endswith("jp.meridian-data.com") else "LO2P265MB%d") % (1000 + int(hx(seed, 4), 16) % 9000)
        region = "jpnprd01" if dom.endswith("jp.meridian-data.com") or m["frm"][1].endswith(".jp") else "gbrprd01"
        if dom in ("greyfriarshousing.org.uk",):
            box, region = "CWLP123MB%d" % (1000 + int(hx(seed, 4), 16) % 9000), "gbrprd01"
        return "%s%s@%s.%s.prod.outlook.com" % (box, hx(seed, 12).upper(), box, region)
    if style == "apple-qp" or m.get("mailer", "").startswith("Apple"):
        h = hx(seed, 32).upper()
        return "%s-%s-%s-%s-%s@%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)
    if m.get("mailer", "").startswith("Becky"):
        return "%s.%s@%s" % (m["date"].strftime("%Y%m%d%H%M%S"), hx(seed, 8).upper(), dom)
    if m.get("mailer", "").startswith("MD-SFA"):
        return "sfa.%s.%s@mailer.jp.meridian-data.com" % (m["date"].strftime("%Y%m%d"), hx(seed, 10))
    h = hx(seed, 32)
    return "%s-%s-%s-%s-%s@%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)


def relay(m, mid):
    if m["style"].startswith("gmail"):
        return "mail-yw1-f%d.google.com" % (100 + int(hx(mid, 2), 16) % 90)
    if "Outlook" in m.get("mailer", ""):
        return "mail-%s.outbound.protection.outlook.com" % hx(mid, 6)
    return "smtp-out%d.%s" % (1 + int(hx(mid, 1), 16) % 4, m["frm"][1].split("@")[1])


def headers(m, mid, charset="utf-8", extra=()):
    hs = ["Return-Path: <%s>" % m["frm"][1],
          "Received: from %s (%s [%s])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s" % (
              relay(m, mid), relay(m, mid).split(".")[0],
              ("209.85.%d.%d" if m["style"].startswith("gmail") else "40.107.%d.%d" if "Outlook" in m.get("mailer", "")
               else "203.0.%d.%d") % (int(hx(mid, 2), 16) % 250, int(hx(mid + "x", 2), 16) % 250),
              m["to"][1].split("@")[1], hx(mid + "r", 12), m["to"][1], format_datetime(m["date"] + dt.timedelta(seconds=7))),
          "From: " + addr(m["frm"][0], m["frm"][1], charset),
          "To: " + addr(m["to"][0], m["to"][1], charset),
          "Subject: " + enc_header(m["subject"], charset),
          "Date: " + format_datetime(m["date"]),
          "Message-ID: <%s>" % mid]
    if m.get("in_reply_to"):
        hs += ["In-Reply-To: " + m["in_reply_to"], "References: " + m["in_reply_to"]]
    if m.get("mailer"):
        hs.append(("User-Agent: " if "Thunderbird" in m["mailer"] or "Gecko" in m["mailer"] else "X-Mailer: ") + m["mailer"])
    hs += list(extra)
    hs.append("MIME-Version: 1.0")
    return "\n".join(hs) + "\n"


def render(m):
    if m["style"] == "ole-msg":
        return ole_bytes()
    mid = m["mid"]
    st, body = m["style"], m["body"]
    if st == "jis":
        s = headers(m, mid, "iso-2022-jp") + part("text/plain", body, "7bit-jis")
    elif st == "flowed":
        s = headers(m, mid) + ("Content-Language: en-GB\n"
                               + part("text/plain", body, "8bit", "UTF-8", "; format=flowed"))
    elif st == "gmail-qp":
        b = "000000000000%s" % hx(mid, 12)
        s = headers(m, mid) + alternative(body, "quoted-printable", b)
    elif st == "gmail-b64":
        b = "000000000000%s" % hx(mid, 12)
        s = headers(m, mid) + alternative(body, "base64", b)
    elif st == "outlook-b64":
        b = "_000_%s_" % hx(mid, 30).upper()
        s = headers(m, mid, extra=["Content-Language: ja-JP", "X-MS-Has-Attach:", "Thread-Topic: " + enc_header(m["subject"])]) \
            + alternative(body, "base64", b, to_html(body, "游ゴシック"))
    elif st == "outlook-qp":
        b = "_000_%s_" % hx(mid, 30).upper()
        s = headers(m, mid, extra=["Content-Language: en-GB", "X-MS-Has-Attach:", "Thread-Topic: " + enc_header(m["subject"])]) \
            + alternative(body, "quoted-printable", b, to_html(body, "Aptos"))
    elif st == "plain-qp":
        s = headers(m, mid, extra=["Content-Language: en-GB"]) + part("text/plain", body, "quoted-printable")
    elif st == "plain-b64":
        s = headers(m, mid) + part("text/plain", body, "base64", "UTF-8",
                                   "; format=flowed" if "Thunderbird" in m.get("mailer", "") else "")
    elif st == "apple-qp":
        s = headers(m, mid) + part("text/plain", body, "quoted-printable")
    elif st == "html-only":
        s = headers(m, mid) + part("text/html", body, "quoted-printable")
    elif st == "mixed-rfc822":
        inner = dict(m["inner"], style="plain", n=m["n"] * 100, mailer="Microsoft Outlook 16.0")
        imid = "LO2P265MB%d%s@LO2P265MB%d.GBRP265.PROD.OUTLOOK.COM" % (4417, hx("inner18", 12).upper(), 4417)
        inner_s = ("From: " + addr(*inner["frm"]) + "\nTo: " + addr(*inner["to"]) + "\nSubject: " + inner["subject"]
                   + "\nDate: " + format_datetime(inner["date"]) + "\nMessage-ID: <%s>\nContent-Language: en-GB\nMIME-Version: 1.0\n" % imid
                   + part("text/plain", inner["body"], "quoted-printable"))
        b = "Apple-Mail=_%s" % hx(mid, 32).upper()
        s = (headers(m, mid) + 'Content-Type: multipart/mixed;\n\tboundary="%s"\n\n--%s\n' % (b, b)
             + part("text/plain", body, "quoted-printable")
             + '\n--%s\nContent-Disposition: attachment;\n\tfilename="Northwind UK - Vault answers.eml"\n'
               'Content-Type: message/rfc822;\n\tname="Northwind UK - Vault answers.eml"\nContent-Transfer-Encoding: 7bit\n\n' % b
             + inner_s + "\n--%s--\n" % b)
    else:
        raise SystemExit("unknown style " + st)
    data = s.encode("ascii") if not st == "flowed" else s.encode("utf-8")
    if m["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def ole_bytes():
    """An Outlook .msg (OLE2 compound document) that someone saved with an .eml name."""
    out = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00\x06\x00")
    out += b"\x00" * (512 - len(out))
    seed = b"set65-ole"
    while len(out) < 6144:
        seed = hashlib.sha256(seed).digest()
        out += seed
    for off, s in ((1024, "Root Entry"), (1152, "__substg1.0_0037001F"), (1280, "__substg1.0_1000001F"),
                   (2048, "RE: メリディアン シンク 契約更新について"), (2304, "__properties_version1.0")):
        enc = s.encode("utf-16-le")
        out[off:off + len(enc)] = enc
    return bytes(out)


# ------------------------------------------------------------------ documents (judged as of DOCS_AS_OF)
DOCS = []


def doc(path, office, text, claims=(), findings=()):
    DOCS.append(dict(path=path, office=office, text=text, claims=list(claims), findings=list(findings)))


D1_ROW = "| メリディアン シンク 月額基本料金 | 12か月 | 50,000円 | 600,000円 |"
doc("docs/tokyo/mitsuwa-sync-proposal-2025-09.md", "tokyo", """# 全社ファイル共有基盤 ご提案書

株式会社三ツ輪物産 御中
作成日：2025年9月12日
株式会社メリディアンデータ 東京支社 営業第一部

## 1. ご提案の背景

貴社では現在、部門ごとに異なるファイルサーバーを運用されており、営業部門と設計部門の間でのファイル共有に課題をお持ちと伺っております。
本書では、クラウド型ファイル同期・共有サービス「メリディアン シンク」による統合をご提案いたします。

## 2. 製品概要

メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただける法人向けファイル同期・共有サービスです。
本製品は1ユーザーあたり1TBのストレージをご利用いただけます。
メリディアン シンクのクライアントはWindows、macOS、iOS、Androidに対応しています。

## 3. お見積り

表1 お見積り明細（金額はすべて税抜）

| 品目 | 数量 | 単価 | 金額 |
|---|---|---|---|
""" + D1_ROW + """
| 初期設定・移行支援 | 1式 | 150,000円 | 150,000円 |
| 合計 | | | 750,000円 |

※お見積りの有効期限は発行日より30日間です。
※導入スケジュールは2025年11月の本番稼働を想定しております。

## 4. 導入スケジュール（案）

- 2025年10月：PoC（営業部門の一部）
- 2025年11月：全社展開
""",
    claims=[C(S, "max_users", 5000, "stale", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただける法人向けファイル同期・共有サービスです。"),
            C(S, "storage_per_user", TB, "ok", "本製品は1ユーザーあたり1TBのストレージをご利用いただけます。"),
            *[C(S, "supported_platforms", p, "ok", "メリディアン シンクのクライアントはWindows、macOS、iOS、Androidに対応しています。")
              for p in ("Windows", "macOS", "iOS", "Android")],
            C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", D1_ROW)])

doc("docs/osaka/kansai-logitech-teian-2026-10.html", "osaka", """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>関西ロジテック株式会社様 ご提案書（2026年10月）</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>
</head>
<body>
<h1>関西ロジテック株式会社様 ご提案書</h1>
<p>2026年10月20日　株式会社メリディアンデータ 大阪支社</p>

<h2>1. メリディアン・シンク</h2>
<p>メリディアン・シンクの利用上限は、2025年度までは1テナントあたり最大5,000ユーザーでしたが、2026年4月以降は最大1万ユーザーに拡大しています。</p>
<p>グループ統合後の運用体制については、別紙の構成案をご参照ください。</p>
<p>月額料金は55,000円（税込）です。</p>

<h2>2. メリディアン・ボールト</h2>
<table>
<caption>メリディアン・ボールト 主な仕様（金額は税抜）</caption>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>RPO（目標復旧時点）</td><td>15分</td></tr>
<tr><td>標準保持期間</td><td>90日間</td></tr>
<tr><td>容量単価</td><td>1TBあたり月額2,800円</td></tr>
<tr><td>データセンター</td><td>東京・大阪</td></tr>
<tr><td>暗号化</td><td>AES-256</td></tr>
<tr><td>RTO（目標復旧時間）</td><td>4時間以内</td></tr>
</table>

<h2>3. メリディアン・インサイト（ご参考）</h2>
<p>メリディアン・インサイトは2027年1月に一般提供開始予定です。</p>
<p>現在はベータ版を無償でお試しいただけます。同製品の無料トライアル期間は60日間です。</p>

<hr>
<p>株式会社メリディアンデータ 大阪支社<br>
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 18F　TEL 06-6345-7781</p>
</body>
</html>
""",
    claims=[C(S, "max_users", 5000, "ok", "2025年度までは1テナントあたり最大5,000ユーザーでしたが", as_of="2026-03-31"),
            C(S, "max_users", 10000, "ok", "2026年4月以降は最大1万ユーザーに拡大しています。", as_of="2026-04-01"),
            C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "月額料金は55,000円（税込）です。"),
            C(V, "rpo", dur(15, "minutes"), "ok", "<td>RPO（目標復旧時点）</td><td>15分</td>"),
            C(V, "retention", dur(90, "days"), "ok", "<td>標準保持期間</td><td>90日間</td>"),
            C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "<td>容量単価</td><td>1TBあたり月額2,800円</td>"),
            C(V, "data_centers", "Tokyo", "ok", "<td>データセンター</td><td>東京・大阪</td>"),
            C(V, "data_centers", "Osaka", "ok", "<td>データセンター</td><td>東京・大阪</td>"),
            C(V, "encryption", "AES-256", "ok", "<td>暗号化</td><td>AES-256</td>"),
            C(V, "rto", dur(4, "hours"), "unverified", "<td>RTO（目標復旧時間）</td><td>4時間以内</td>"),
            C(I, "general_availability", "2027-01", "ok", "メリディアン・インサイトは2027年1月に一般提供開始予定です。"),
            C(I, "free_trial", dur(60, "days"), "conflict", "同製品の無料トライアル期間は60日間です。")])

# ignored by .onevoice.yaml (drafts): no expected lines
DRAFT = """# （下書き）浪速フーズ様 ご提案書

- メリディアン シンクは最大3万ユーザーまで対応
- メリディアン ボールトは業界No.1のバックアップサービス
- 価格：月額45,000円（税込）
"""

doc("docs/london/northgate-vault-proposal-2026.txt", "london", """BACKUP AND RECOVERY PROPOSAL
Northgate Housing Association

Prepared by Meridian Data UK Ltd, 14 October 2026
Proposal ref: UK-PR-2026-118 | Contact: Oliver Hartley, +44 20 7946 0321

1. RECOVERY

Meridian Vault delivers a recovery point objective (RPO) of 15 minutes across all protected systems.
Support tickets for Meridian Vault receive a first response within 1 hour, around the clock.

2. HOSTING

Meridian Vault is hosted in our Frankfurt data centre, with a secondary copy in Oregon.
Northgate's tenancy records therefore never leave the EU for primary storage.

3. PRICING

Meridian Vault is £16 per TB per month, excluding VAT.
For Northgate's estimated 85 TB, the monthly charge would be £1,360.
A 36-month term qualifies for the 8% framework discount under lot 2.

4. MIGRATION

We will move your existing Veeam backups across with zero downtime.

5. OPTIONAL: FILE SHARING

Since 1 April 2026, Meridian Sync supports up to 10,000 users per tenant.
Meridian Sync carries a 99.9% uptime SLA, backed by service credits.

Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG.
Registered in England and Wales No. 09876543. VAT GB 123 4567 89.
""",
    claims=[C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault delivers a recovery point objective (RPO) of 15 minutes across all protected systems."),
            C(V, "support_response_time", dur(1, "hours"), "unverified", "Support tickets for Meridian Vault receive a first response within 1 hour, around the clock."),
            C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault is hosted in our Frankfurt data centre, with a secondary copy in Oregon."),
            C(V, "data_centers", "Oregon", "ok", "Meridian Vault is hosted in our Frankfurt data centre, with a secondary copy in Oregon."),
            C(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month, excluding VAT."),
            C(S, "max_users", 10000, "ok", "Since 1 April 2026, Meridian Sync supports up to 10,000 users per tenant."),
            C(S, "sla", 99.9, "ok", "Meridian Sync carries a 99.9% uptime SLA, backed by service credits.")],
    findings=[P("en.guarantee", "We will move your existing Veeam backups across with zero downtime.")])

D4_PRICE = "Meridian Insight is ~~$35~~ $30 per user per month, billed annually."
doc("docs/us-hq/cascade-insight-early-access.md", "us-hq", """# Early Access Proposal for Cascade Outdoor Co.

Prepared by Meridian Data Inc., San Francisco. October 2026. Quote ref. Q-US-26-4471.

## Timeline

Meridian Insight is in beta today and will be generally available in January 2027.
Early-access customers move to a standard contract at GA with no re-implementation.

## Fit to requirements

| Requirement (Cascade RFP, section 4) | Meridian Insight |
|---|---|
| 40 store managers each need their own dashboard | Up to 200 dashboards per workspace |
| Queries on the 50M-row sales table in under 5 seconds | p95 query latency within 2 seconds |
| Pilot of at least 6 weeks before purchase | 30-day free trial; longer pilots by agreement |
| Spanish and French interfaces for store staff | Available in 9 UI languages |
| Go-live before the 2027 spring season | General availability in January 2027 |

## Pricing

""" + D4_PRICE + """
Cascade's 140 analyst seats would therefore run $4,200 per month.
Meridian Insight includes unlimited read-only viewers.

## Why Meridian

Meridian Insight was rated the #1 analytics add-on by mid-market retailers.[^1]

[^1]: Source: Halvorsen Retail Tech Survey, August 2026 (n=212).
""",
    claims=[C(I, "general_availability", "2027-01", "ok", "Meridian Insight is in beta today and will be generally available in January 2027."),
            C(I, "max_dashboards", 200, "ok", "| 40 store managers each need their own dashboard | Up to 200 dashboards per workspace |"),
            C(I, "query_latency", dur(2, "seconds"), "ok", "| Queries on the 50M-row sales table in under 5 seconds | p95 query latency within 2 seconds |"),
            C(I, "free_trial", dur(30, "days"), "ok", "| Pilot of at least 6 weeks before purchase | 30-day free trial; longer pilots by agreement |"),
            C(I, "ui_languages", 9, "unverified", "| Spanish and French interfaces for store staff | Available in 9 UI languages |"),
            C(I, "per_user_price", money(30, "USD", "user-month"), "ok", D4_PRICE)],
    findings=[P("en.unlimited", "Meridian Insight includes unlimited read-only viewers.")])


# ------------------------------------------------------------------ output
def mboxrd(messages):
    out = []
    for m, data in messages:
        raw = data.replace(b"\r\n", b"\n")
        when = m["date"].astimezone(dt.timezone.utc).strftime("%a %b %e %H:%M:%S %Y")     # asctime, UTC
        out.append(b"From %s %s\n" % (m["frm"][1].encode(), when.encode()))
        for line in raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n"):
            out.append((b">" + line if re.match(rb"^>*From ", line) else line) + b"\n")
        out.append(b"\n")
    return b"".join(out)


def jdump(o):
    return json.dumps(o, ensure_ascii=False)


def claim_lines(file, mid, office, as_of, claims):
    lines = []
    for c in claims:
        lines.append({"type": "claim", "file": file, "message_id": mid, "product": c["product"],
                      "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                      "quoted": c["quoted"], "office": c["office"] or office, "as_of": c["as_of"] or as_of,
                      "text": c["text"]})
    return lines


def finding_lines(file, mid, findings):
    return [{"type": "finding", "file": file, "message_id": mid, "kind": f["kind"], "rule": f["rule"],
             "product": f["product"], "quoted": f["quoted"], "text": f["text"]} for f in findings]


def norm_for_compare(attr, v, office):
    """A value comparable across offices (None: not comparable with anything of another currency)."""
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
        return ("money", v["currency"], v["per"], round(amt, 2))
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]])
    return ("v", v)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(archived):
    """archived: [(msg, claim)] -> cross-office records, one per (product, attribute, office pair)."""
    found = {}
    for i, (m1, c1) in enumerate(archived):
        for m2, c2 in archived[i + 1:]:
            o1, o2 = c1["office"] or office_of(m1["frm"][1]), c2["office"] or office_of(m2["frm"][1])
            if "unknown" in (o1, o2) or o1 == o2:
                continue
            if (c1["product"], c1["attribute"]) != (c2["product"], c2["attribute"]) or c1["attribute"] in SET_ATTRS:
                continue
            if abs((m1["date"] - m2["date"]).total_seconds()) > 45 * 86400:
                continue
            n1, n2 = norm_for_compare(c1["attribute"], c1["value"], o1), norm_for_compare(c2["attribute"], c2["value"], o2)
            if n1[:3] != n2[:3] if n1[0] == "money" or n2[0] == "money" else False:
                continue                                   # another currency or billing unit: not compared
            if n1 == n2 or (c1["verdict"] == "ok" and c2["verdict"] == "ok"):
                continue
            offs = tuple(sorted((o1, o2)))
            key = (c1["product"], c1["attribute"], offs)
            rec = found.setdefault(key, {"type": "cross-office", "product": c1["product"], "attribute": c1["attribute"],
                                         "offices": list(offs), "file": "mail/archive.mbox",
                                         "message_files": [], "values": {}})
            for m, c, o in ((m1, c1, o1), (m2, c2, o2)):
                if m["file"] not in rec["message_files"]:
                    rec["message_files"].append(m["file"])
                rec["values"].setdefault(o, c["value"])
    for rec in found.values():
        rec["message_files"].sort()
    return list(found.values())


def check_texts(m, data):
    """Re-parse the bytes as a mail reader would and check every excerpt is in the decoded text."""
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    texts = []
    for p in parsed.walk():
        if p.get_content_type() in ("text/plain", "text/html"):
            t = p.get_content()
            texts.append(t if p.get_content_type() == "text/plain" else html.unescape(t))
    blob = "\n".join(texts)
    assert str(parsed["Message-ID"]).strip("<>") == m["mid"], m["n"]
    for item in m["claims"] + m["findings"]:
        assert item["text"] in blob, (m["n"], item["text"])


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    expected, archived_msgs, archived_claims = [], [], []
    for m in MSGS:
        m["file"] = "mail/%04d.eml" % m["n"]
        if m["style"] == "ole-msg":
            m["mid"] = None
            data = render(m)
            expected.append({"type": "finding", "file": m["file"], "message_id": None, "kind": "unreadable",
                             "rule": None, "product": None, "quoted": False, "text": m["why"]})
        else:
            m["mid"] = message_id(m)
            data = render(m)
            check_texts(m, data)
            office, as_of = office_of(m["frm"][1]), m["date"].date().isoformat()
            files = [m["file"]] + (["mail/archive.mbox"] if m["archive"] else [])
            for f in files:
                expected += claim_lines(f, m["mid"], office, as_of, m["claims"])
                expected += finding_lines(f, m["mid"], m["findings"])
            if m["archive"]:
                archived_msgs.append((m, data))
                archived_claims += [(m, c) for c in m["claims"]]
        with open(os.path.join(ROOT, m["file"]), "wb") as fh:
            fh.write(data)
    archived_msgs.sort(key=lambda x: x[0]["date"])
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        fh.write(mboxrd(archived_msgs))
    expected += cross_office(sorted(archived_claims, key=lambda x: x[0]["date"]))

    for d in DOCS:
        path = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["text"])
        for item in d["claims"] + d["findings"]:
            assert item["text"] in d["text"], (d["path"], item["text"])
        expected += claim_lines(d["path"], None, d["office"], DOCS_AS_OF, d["claims"])
        expected += finding_lines(d["path"], None, d["findings"])
    os.makedirs(os.path.join(ROOT, "docs", "osaka", "drafts"), exist_ok=True)
    with open(os.path.join(ROOT, "docs", "osaka", "drafts", "naniwa-teian-draft.md"), "w", encoding="utf-8") as fh:
        fh.write(DRAFT)

    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for evaluation set 65 (SPEC section 6).
# The claims base is the shared one; `run` passes --rules explicitly as well.
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
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(jdump(o) + "\n" for o in expected)
    kinds = {}
    for o in expected:
        k = o["type"] if o["type"] != "claim" else "claim:" + o["verdict"]
        kinds[k] = kinds.get(k, 0) + 1
    print("mails %d (archive %d), docs %d, expected lines %d" % (len(MSGS), len(archived_msgs), len(DOCS), len(expected)))
    print(" ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    for o in expected:
        if o["type"] == "cross-office":
            print("cross-office:", jdump(o))


if __name__ == "__main__":
    main()
