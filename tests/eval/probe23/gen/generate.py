#!/usr/bin/env python3
"""Generate probe set 23 (corrections, retractions and disagreement inside threads).

    python3 gen/generate.py          # from anywhere; rewrites mail/, docs/, expected.jsonl,
                                     # .onevoice.yaml next to gen/

Stdlib only, deterministic. Builds raw MIME bytes by hand (headers via email.header),
writes the answer key, then re-reads every file with the email package to check that each
labelled excerpt really is in the decoded text and that the cross-office records follow
from the claims in the archive.
"""
import base64, datetime as dt, email, email.policy, html, json, os, quopri, re, shutil, sys
from email.header import Header
from email.utils import format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
DOC_DATE = "2026-11-22"
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}


# ------------------------------------------------------------------ values
def jpy(a, per, tax=None):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def usd(a, per):
    return {"amount": a, "currency": "USD", "per": per, "tax": None}


def gbp(a, per):
    return {"amount": a, "currency": "GBP", "per": per, "tax": None}


def dur(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12
GB = 10 ** 9


# ------------------------------------------------------------------ MIME helpers
def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_text(s, charset):
    return s if is_ascii(s) else Header(s, charset, maxlinelen=76).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    if is_ascii(name):
        return ('"%s" <%s>' % (name, a)) if re.search(r'[.,]', name) else "%s <%s>" % (name, a)
    return "%s <%s>" % (Header(name, charset).encode(), a)


def render_headers(hs):
    return "".join("%s: %s\n" % (k, v) for k, v in hs)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    raw = text.encode(CODEC[charset])
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    else:                                   # 7bit (ascii, iso-2022-jp) or 8bit (utf-8)
        body = raw.decode("ascii") if charset != "utf-8" else text
    if not body.endswith("\n"):
        body += "\n"
    hs = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
          ("Content-Transfer-Encoding", cte)]
    return hs, body


def multipart(subtype, parts, boundary):
    body = "".join("--%s\n%s\n%s\n" % (boundary, render_headers(h), b.rstrip("\n")) for h, b in parts)
    body += "--%s--\n" % boundary
    return [("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary))], body


def rfc822_part(inner, filename):
    return [("Content-Type", 'message/rfc822; name="%s"' % filename),
            ("Content-Disposition", 'attachment; filename="%s"' % filename)], inner


def message(top, part, crlf=False):
    hs, body = part
    s = render_headers(top + [("MIME-Version", "1.0")] + hs) + "\n" + body
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s


def to_html(text, lang="en", quote_style="gmail"):
    """A plain body as a mailer's HTML alternative: paragraphs and <blockquote>s for > lines."""
    out, depth = [], 0
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        d = m.group(1).count(">")
        while depth < d:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                       'border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        body = m.group(2)
        out.append("<div>%s</div>" % (html.escape(body, quote=False) if body.strip() else "<br>"))
    out += ["</blockquote>"] * depth
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div dir="ltr" lang="%s">\n%s\n</div></body></html>\n' % (lang, "\n".join(out)))


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def date(y, mo, d, h, mi, off_h, off_m=0):
    tz = dt.timezone(dt.timedelta(hours=off_h, minutes=off_m))
    return dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz)


# ------------------------------------------------------------------ people
P = {
    "sakamoto": ("坂本 優子", "yuko.sakamoto@jp.meridian-data.com"),
    "ishii": ("石井 大輝", "daiki.ishii@jp.meridian-data.com"),
    "morimoto": ("森本 彩", "aya.morimoto@jp.meridian-data.com"),
    "aya_en": ("Aya Morimoto", "aya.morimoto@jp.meridian-data.com"),
    "nakagawa": ("中川 健二", "kenji.nakagawa@osaka.jp.meridian-data.com"),
    "nishida": ("西田 美穂", "miho.nishida@osaka.jp.meridian-data.com"),
    "carlos": ("Carlos Rivera", "carlos.rivera@meridian-data.com"),
    "megan": ("Megan Doyle", "megan.doyle@meridian-data.com"),
    "james": ("James Whitfield", "james.whitfield@uk.meridian-data.com"),
    "olivia": ("Olivia Brennan", "olivia.brennan@uk.meridian-data.com"),
    "kobayashi": ("小林 隆", "t.kobayashi@minato-butsuryu.co.jp"),
    "dana": ("Dana Whitaker", "dwhitaker@bluecrestcu.org"),
    "rachel": ("Rachel Kim", "rkim@orcharddental.com"),
    "tom": ("Tom Ashby", "tom.ashby@hartwell-logistics.co.uk"),
    "sato": ("佐藤 真理子", "m.sato@hartwell-logistics.co.jp"),
    "yamamoto": ("山本 浩", "h.yamamoto@kansai-seiki.co.jp"),
    "priya": ("Priya Natarajan", "priya.natarajan@fenwickhealth.nhs.uk"),
    "yoshida": ("吉田 真一", "s.yoshida@naniwa-kaikei.co.jp"),
}


def office_of(a):
    a = a.lower()
    if a.endswith("@osaka.jp.meridian-data.com"):
        return "osaka"
    if a.endswith("@jp.meridian-data.com"):
        return "tokyo"
    if a.endswith("@uk.meridian-data.com"):
        return "london"
    if a.endswith("@meridian-data.com"):
        return "us-hq"
    return "unknown"


def who(key, charset="utf-8"):
    n, a = P[key]
    return addr(n, a, charset)


# ------------------------------------------------------------------ signatures
SIG_SAKAMOTO = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
坂本 優子（Yuko Sakamoto）
メリディアンデータ株式会社　東京オフィス　営業部
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL: 03-5219-4410　FAX: 03-5219-4411
Mail: yuko.sakamoto@jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ISHII = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
石井 大輝（Daiki Ishii）
メリディアンデータ株式会社　東京オフィス　営業部
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL: 03-5219-4418　携帯: 080-3312-7765
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MORIMOTO = """--
森本 彩 / Aya Morimoto
メリディアンデータ株式会社　東京オフィス　アカウントマネージャー
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング18F
TEL 03-5219-4415"""

SIG_NAKAGAWA = """──────────────────────────
中川 健二（なかがわ けんじ）
メリディアンデータ株式会社　大阪オフィス
〒530-0001 大阪市北区梅田3-1-3 ノースゲートビル14F
TEL 06-6345-7720／携帯 090-4417-2231
──────────────────────────"""

SIG_NISHIDA = """──────────────────────────
西田 美穂（Miho Nishida）
メリディアンデータ株式会社　大阪オフィス　営業グループ
〒530-0001 大阪市北区梅田3-1-3 ノースゲートビル14F
TEL 06-6345-7724　FAX 06-6345-7729
──────────────────────────"""

SIG_CARLOS = """--
Carlos Rivera | Account Executive, Financial Services
Meridian Data, Inc. | 415 Mission Street, Suite 2200, San Francisco, CA 94105
+1 (415) 555-0142 | carlos.rivera@meridian-data.com"""

SIG_MEGAN = """Megan Doyle
Senior Account Executive, Healthcare
Meridian Data, Inc.
415 Mission Street, Suite 2200 | San Francisco, CA 94105
Direct +1 415 555 0177 | Mobile +1 415 555 0190"""

SIG_JAMES = """--
James Whitfield
Senior Account Executive
Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0321 | M +44 7700 900412
Registered in England and Wales No. 09876543 | VAT GB 312 4567 89"""

SIG_OLIVIA = """--
Olivia Brennan
Account Director, Public Sector
Meridian Data UK Ltd | 30 Finsbury Square, London EC2A 1AG
+44 20 7946 0388 | olivia.brennan@uk.meridian-data.com
Registered in England and Wales No. 09876543"""

SIG_AYA_EN = """--
Aya Morimoto / 森本 彩
Account Manager, Meridian Data K.K. (Tokyo)
Marunouchi Building 18F, 2-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005
+81 3 5219 4415"""

# ------------------------------------------------------------------ bodies
B01 = """株式会社ミナト物流
情報システム部　小林様

いつもお世話になっております。
メリディアンデータ東京オフィスの坂本でございます。

先日はお忙しいところお打ち合わせのお時間をいただき、
誠にありがとうございました。
ご質問いただいた点について、下記のとおりご回答いたします。

■ご利用人数について
メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
今回のお見積りは、まず物流本部の120名様分で作成しております。

■料金について
メリディアン シンクの月額料金は50,000円（税抜）でございます。
年間一括でのお支払いをご希望の場合は、別途ご相談ください。

■稼働率について
同製品のSLAは、月間稼働率99.9%となっております。

■今後の予定
メリディアン シンクの本番切替は4月6日（月）を予定しております。
3月26日（木）14時からのデモにつきましては、別途ご案内をお送りいたします。

引き続きよろしくお願いいたします。

""" + SIG_SAKAMOTO + "\n"

B02_QUOTED = """Hi Carlos,

Two quick ones before our board meeting on the 19th:

- How many users can a single Meridian Sync tenant hold?
- Can you remind me of the monthly price?

We're at 1,850 staff today and that could double once the Lakeshore merger closes.

Thanks,
Dana

Dana Whitaker
VP, Information Technology | Bluecrest Credit Union
2200 Harbor Blvd, Oakland, CA 94607 | (510) 555-0198 | NMLS #408812"""

B02 = """Hi Dana,

Thanks for sending the department list over so quickly. Answers below, and I'm happy to walk the board through it on the 19th if that helps.

Today Meridian Sync supports up to 5,000 users per tenant. You're at 1,850 staff, so there's plenty of room.

From April 1, 2026, Meridian Sync's limit rises to 10,000 users per tenant with the v3.2 release, which covers you if the Lakeshore merger doubles headcount.

Pricing for Meridian Sync stays at $399 per month for the tenant, billed annually. I can hold the 8% multi-year discount until March 31.

If you decide to fold backups into the same contract, Meridian Vault is $20 per TB per month.

Best,
Carlos

""" + SIG_CARLOS + """

On Fri, Mar 6, 2026 at 4:47 PM Dana Whitaker <dwhitaker@bluecrestcu.org> wrote:
""" + quote(B02_QUOTED) + "\n"

B03 = """Hi Rachel,

Great speaking with you and Dr. Patel this morning. Fourteen clinics and about 380 staff is a very manageable rollout, and we can do it in two waves. A few notes to take back to the partners:

1. Capacity. Meridian Sync now supports up to 10,000 users per organization; the limit was raised on April 1.

2. Devices. Meridian Sync runs on Windows, macOS, iOS and Android, so the front-desk PCs and the hygienists' iPads are both covered.

3. Offline. Meridian Sync doesn't offer an offline mode, so the operatory tablets will need Wi-Fi to open patient files.

4. Cutover. We'll plan the switch for a Saturday so the move happens with zero downtime for the clinics.

5. Admin. Meridian Sync's industry-leading admin console lets your office managers reset passwords themselves.

I'll send the order form once the partners sign off on the 22nd.

Thanks,
Megan

""" + SIG_MEGAN + "\n"

B04 = """Tom,

Good to see you and Fiona on Thursday. As promised, the headline terms for Meridian Vault, so you have them before Fiona's budget review:

- Meridian Vault is covered by a 99.9% availability SLA, with service credits from the first missed month.
- Meridian Vault's RPO is 15 minutes across all protected workloads.
- Meridian Vault is £16 per TB per month.
- Meridian Vault data centres: Frankfurt for Hartwell UK, Tokyo for Hartwell Japan.

On your current footprint of about 180 TB, the storage line comes to roughly £2,880 before the three-year discount.

Aya (copied) looks after Hartwell Japan and will follow up with Sato-san on the yen pricing.

Best,
James

""" + SIG_JAMES

B05_OWN = """Hi Tom, James,

One correction before this goes to Fiona: the Meridian Vault availability SLA is 99.95%, not 99.9%. That's Schedule B of our Cloud Services SLA, and it's the figure Hartwell Japan's contract will show too.

For Hartwell Japan, Meridian Vault is ¥2,800 per TB per month excluding consumption tax. I'll send Sato-san the Japanese quote on Thursday.

Best regards,
Aya

""" + SIG_AYA_EN

B05_HDR = "On Mon, 11 May 2026 at 18:14, James Whitfield <james.whitfield@uk.meridian-data.com> wrote:"
B05 = B05_OWN + "\n\n" + B05_HDR + "\n" + quote(B04) + "\n"

B06 = """Tom,

Aya is quite right, and apologies for the slip. Please ignore the 99.9% in my earlier mail: the Meridian Vault SLA is 99.95%. I've corrected the proposal PDF and will resend it with the order form this afternoon.

James

""" + SIG_JAMES + """

On 12 May 2026, at 00:31, Aya Morimoto <aya.morimoto@jp.meridian-data.com> wrote:
""" + quote(B05_OWN + "\n\n" + B05_HDR + "\n" + quote(B04)) + "\n"

B07 = """関西精機株式会社
総務部 情報システム課
山本 浩 様

平素より大変お世話になっております。
メリディアンデータ大阪オフィスの中川でございます。

先日ご依頼いただきましたお見積りにつきまして、概要を下記にてご案内申し上げます。
正式なお見積書はPDFにて別途お送りいたします。

【メリディアン シンク】
メリディアン シンクの月額料金は50,000円（税抜）でございます。
同製品の1ユーザーあたりのストレージ容量は500GBとなります。

【メリディアン ボールト】
メリディアン ボールトの容量単価は、1TBあたり月額2,800円（税抜）でございます。
同製品のデータセンターは、大阪・東京の2拠点をご用意しております。

今回のお見積りは、約40TB分および80名様分で算出しております。
お見積りの有効期限は6月30日まででございます。

何卒よろしくお願い申し上げます。

""" + SIG_NAKAGAWA + "\n"

B08 = """山本様

大阪オフィスの中川でございます。
本日午前にお送りしたお見積りのご案内に誤りがございました。
大変失礼いたしました。下記のとおり訂正させていただきます。

メリディアン シンクの1ユーザーあたりのストレージ容量：（誤）500GB　→　（正）1TB

その他の記載内容に変更はございません。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

""" + SIG_NAKAGAWA + "\n"

B09 = """佐藤様

いつもお世話になっております。メリディアンデータの森本です。

6月10日にお送りしたメリディアン ボールトのご提案書に誤記がございましたので、訂正させてください。
大変申し訳ございません。

メリディアン ボールトのRPO：（誤）5分　（正）15分

また、ご質問をいただいていた点についても、あわせてご回答いたします。

・同製品の標準の保持期間は90日間でございます。
・メリディアン ボールトの料金は1TBあたり月額3,080円（税込）となります。
・なお、シンガポールにはデータセンターがございません。

訂正版のご提案書は本日中にお送りいたします。
引き続きどうぞよろしくお願いいたします。

""" + SIG_MORIMOTO + "\n"

B10 = """Hi Olivia,

Thanks again for the session last week. Our steering group meets on 15 July and I'd like to go in with answers to the following.

For context, the trust has roughly 6,200 staff across four sites.

Your US team told us at the HIMSS booth that Meridian Sync includes 2 TB of storage per user.

1. How many users can a single Meridian Sync tenant take?
2. Does Meridian Sync have a Linux client? Our research teams use Ubuntu.
3. Is Meridian Sync ISO 27017 certified, or only ISO 27001?
4. What would Meridian Insight cost per user, and when does it come out of beta?

Many thanks,
Priya

Priya Natarajan
Head of Digital Workplace
Fenwick Health NHS Foundation Trust
Fenwick General Hospital, Eastgate Road, Leeds LS9 7TF
Tel: 0113 496 0721 | Ext. 4411"""

B11 = """Hi Priya,

Thanks for the list. Answers inline below, and I'll bring a printed copy on the 15th.

Olivia

On Mon, 6 Jul 2026 at 16:20, Priya Natarajan <priya.natarajan@fenwickhealth.nhs.uk> wrote:
> Hi Olivia,
>
> Thanks again for the session last week. Our steering group meets on 15 July and I'd like to go in with answers to the following.
>
> For context, the trust has roughly 6,200 staff across four sites.
>
> Your US team told us at the HIMSS booth that Meridian Sync includes 2 TB of storage per user.

I'm afraid that one got garbled somewhere along the way: Meridian Sync includes 1 TB of storage per user.

> 1. How many users can a single Meridian Sync tenant take?

A Meridian Sync tenant takes up to 10,000 users. You're comfortably inside that.

> 2. Does Meridian Sync have a Linux client? Our research teams use Ubuntu.

Not at present. Meridian Sync runs on Windows, macOS, iOS and Android.

> 3. Is Meridian Sync ISO 27017 certified, or only ISO 27001?

Meridian Sync is certified to ISO 27001, and we can share the SOC 2 Type II report under NDA. We don't hold ISO 27017.

> 4. What would Meridian Insight cost per user, and when does it come out of beta?

Meridian Insight is £25 per user per month, and it becomes generally available in January 2027.

> Many thanks,
> Priya
>
> Priya Natarajan
> Head of Digital Workplace
> Fenwick Health NHS Foundation Trust

""" + SIG_OLIVIA + "\n"

B12_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222}</style>
</head>
<body>
<p>Hi Rachel,</p>
<p>Here are the updated Meridian Insight terms for the partners&rsquo; meeting. I&rsquo;ve struck through the figures that changed since the one-pager you saw on Friday, so nobody works from the old numbers.</p>
<ul>
<li>Meridian Insight free trial: <del>14 days</del> 30 days, no card required.</li>
<li>Meridian Insight pricing: $30 per user per month.</li>
<li>Meridian Insight general availability: January 2027 (it is in beta until then).</li>
<li>Meridian Insight dashboards: up to <s>500</s> 200 per workspace.</li>
</ul>
<p>With 38 front-office users the annual list comes to $13,680, before the healthcare discount we discussed.</p>
<p>Best,<br>Megan</p>
<p style="color:#666;font-size:12px">Megan Doyle<br>Senior Account Executive, Healthcare<br>Meridian Data, Inc.<br>415 Mission Street, Suite 2200 | San Francisco, CA 94105<br>Direct +1 415 555 0177</p>
<img src="https://t.crm.meridian-data.com/o/8f2c91d4e7.gif" width="1" height="1" alt="">
</body>
</html>
"""

B13 = """株式会社なにわ会計事務所
IT推進室　吉田 真一 様

はじめてご連絡いたします。
メリディアンデータ大阪オフィスの西田と申します。
先日の「関西DXフェア2026」では弊社ブースにお立ち寄りいただき、誠にありがとうございました。

ご関心をお寄せいただいたメリディアン インサイトについて、概要をご案内いたします。

・メリディアン インサイトは、2026年11月の正式リリースを予定しております。
・同製品の料金は、1ユーザーあたり月額4,400円（税込）でございます。
・メリディアン インサイトには30日間の無料トライアルをご用意しております。
・同製品のSLAは、稼働率99.9%でございます。
・業界初のAI自動仕訳分析機能を搭載しております。

ご興味をお持ちいただけましたら、オンラインでのデモも承っております。
どうぞよろしくお願いいたします。

""" + SIG_NISHIDA + "\n"

B14 = """株式会社ミナト物流
小林様

いつもお世話になっております。
メリディアンデータ東京オフィスの石井でございます。
先日お問い合わせいただいたメリディアン インサイトについて、ご案内いたします。

・メリディアン インサイトのクエリ応答時間は1秒未満です。
・同製品の料金は、1ユーザーあたり月額4,000円（税抜）でございます。
・同製品では、ダッシュボードを最大200個まで作成いただけます。

メリディアン シンクとのデータ連携も可能ですので、あわせてご検討いただけますと幸いです。

""" + SIG_ISHII

B15 = """小林様

いつもお世話になっております。東京オフィスの坂本でございます。

今朝ほど石井よりお送りしたご案内に一点誤りがございましたので、訂正させてください。
メリディアン インサイトのクエリ応答時間は「1秒未満」ではなく、最大2秒でございます。
（1億行規模のワークスペースにおける95パーセンタイル値です）

その他の内容（料金、ダッシュボード数）は石井のご案内のとおりです。
ご迷惑をおかけし、申し訳ございません。

""" + SIG_SAKAMOTO + """

-----元のメッセージ-----
差出人: 石井 大輝 <daiki.ishii@jp.meridian-data.com>
送信日時: 2026年8月4日 9:10
宛先: 小林 隆 様 <t.kobayashi@minato-butsuryu.co.jp>
CC: 坂本 優子 <yuko.sakamoto@jp.meridian-data.com>
件名: メリディアン インサイトのご案内

""" + B14 + "\n"

B16 = """Hi Dana,

Following up on Monday's call with your ops team:

- Meridian Vault carries a 99.5% availability SLA.
- Meridian Vault keeps backups for 90 days by default; longer retention is a line item on the order form.
- For US customers Meridian Vault runs out of our Oregon data center.
- Priority tickets on Meridian Vault get a first response within 1 hour.

We'll kick off the Meridian Vault pilot on September 14 with two of our engineers on site.

Carlos

""" + SIG_CARLOS

B17 = """Dana, sorry, typo in my last note. I meant 99.95%: the Meridian Vault availability SLA is 99.95%, not 99.5%. Everything else stands.

Carlos

On Tue, Aug 18, 2026 at 10:02 AM Carlos Rivera <carlos.rivera@meridian-data.com> wrote:
""" + quote(B16) + "\n"

B18_FWD = """Graham,

Following our call, a short summary of Meridian Vault for the Telford site:

- Meridian Vault scales to 1 PB per tenant, so the CAD archive is no problem.
- Meridian Vault is £16 per TB per month.
- Meridian Vault encrypts all backups at rest with AES-256.

Happy to set up a trial restore whenever suits.

Olivia

--
Olivia Brennan | Account Director | Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG | +44 20 7946 0388"""

B18 = """山本様

いつもお世話になっております。メリディアンデータ大阪オフィスの西田でございます。
（9月より、中川の後任として御社を担当させていただいております。）

英国法人様向けにロンドンオフィスからご案内した内容を、ご参考までに転送いたします。
一点補足がございます。メリディアン ボールトの保存容量の上限は、1テナントあたり500TBでございます（下記メールの「1 PB」は誤りです）。
また、ポンド建ての価格は英国法人様向けのものです。日本法人様向けのメリディアン ボールトは、1TBあたり月額2,800円（税抜）となります。

ご不明点がございましたら、お気軽にお申し付けください。

""" + SIG_NISHIDA + """

-------- 転送メッセージ --------
件名: 	Meridian Vault for Kansai Seiki UK
日付: 	Thu, 3 Sep 2026 16:42:10 +0100
差出人: 	Olivia Brennan <olivia.brennan@uk.meridian-data.com>
宛先: 	Graham Pike <graham.pike@kansai-seiki.co.uk>
CC: 	山本 浩 <h.yamamoto@kansai-seiki.co.jp>

""" + B18_FWD + "\n"

B19 = """佐藤様

いつもお世話になっております。メリディアンデータの森本です。
シンガポール支店でのご利用について、社内で確認いたしました。

メリディアン ボールトは、東京・大阪に加えてシンガポールのデータセンターもご利用いただけます。
現在シンガポール支店でお使いのメリディアン ファイルシンクのデータも、同じ契約でバックアップ可能です。
バックアップデータが失われることは絶対にございませんので、ご安心ください。

来週の定例（9月24日）で詳細をご説明いたします。

""" + SIG_MORIMOTO + "\n"

B20 = """佐藤様

森本です。たびたび失礼いたします。
先ほどお送りしたメールに誤りがございました。お手数ですが、先ほどのメールは破棄していただけますでしょうか。

メリディアン ボールトのデータセンターは、東京・大阪・オレゴン・フランクフルトの4拠点でございます。
シンガポールにはデータセンターがございませんので、シンガポール支店のデータは東京リージョンで保管する形となります。

確認不足でご迷惑をおかけし、大変申し訳ございません。
9月24日の定例では、構成案をあらためてご説明いたします。

""" + SIG_MORIMOTO + "\n"

B21 = """Tom,

You asked what Tokyo quoted Hartwell Japan for Meridian Sync, so I've attached Aya's mail to Sato-san from last week (it's in Japanese; summary below).

In short: Meridian Sync for Hartwell Japan is ¥50,000 a month before consumption tax, which is the Japanese price book figure. Hartwell UK stays on Meridian Sync at £329 a month.

Meridian Sync's uptime SLA is 99.9% in both countries. The 99.99% on slide 6 of Friday's deck was my typo; please ignore it.

Security is our number one priority on this one, so I've also asked our trust team to send the ISO certificate pack to you directly.

Migration notes from the community forum, in case your team wants a look:
https://community.meridian-data.com/t/meridianfilesync-to-sync-migration-notes/4412

James

""" + SIG_JAMES + "\n"

B21_INNER = """佐藤様

いつもお世話になっております。メリディアンデータの森本です。
ご依頼のメリディアン シンクのお見積りについてご連絡いたします。

メリディアン シンクは、1テナントあたり最大10,000ユーザーまでご利用いただけます。
同製品の月額料金は50,000円（税抜）でございます。
今回は日本法人の210名様分でお見積りを作成しております。

詳細はPDFをご確認ください。

""" + SIG_MORIMOTO + "\n"

B22 = """メリディアンデータ株式会社
西田様

なにわ会計事務所の吉田です。先日はご丁寧にありがとうございました。
所内で検討を進めておりますが、一点確認させてください。

西田様からは、メリディアン インサイトの正式リリースは2026年11月とご案内いただきました。
一方、先月の米国本社のウェビナーでは、同製品の一般提供は2027年1月からと伺いました。
どちらが正しいのでしょうか。来年度の予算申請に関わるため、ご確認いただけますと助かります。

吉田
--
株式会社なにわ会計事務所　IT推進室
吉田 真一
〒541-0041 大阪市中央区北浜2-6-18
TEL 06-6203-5512"""

B23 = """吉田様

いつもお世話になっております。メリディアンデータ大阪オフィスの西田でございます。
ご確認いただき、ありがとうございます。

先日のご案内に誤りがございました。大変申し訳ございません。
メリディアン インサイトの一般提供開始は、2027年1月の予定でございます（2026年11月ではございません）。
現在はベータ版として、限られたお客様に先行してご提供しております。

ご予算の件、2027年1月以降のご契約を前提にお見積りをあらためてお送りいたします。

""" + SIG_NISHIDA + """

2026年8月10日(月) 15:02 吉田 真一 <s.yoshida@naniwa-kaikei.co.jp>:
""" + quote(B22) + "\n"


# ------------------------------------------------------------------ messages
def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict,
            "text": text, "quoted": quoted, "office": office}


def F(kind, text, rule=None, product=None, quoted=False):
    return {"kind": kind, "rule": rule, "product": product, "text": text, "quoted": quoted}


MESSAGES = []


def add(n, frm, date_, mid, subject, part_fn, claims=(), findings=(), archive=True, to=(), cc=(),
        charset="utf-8", crlf=False, extra=(), in_reply_to=None):
    name, a = P[frm] if frm in P else frm
    top = [("From", addr(name, a, charset)),
           ("To", ", ".join(who(k, charset) for k in to)),
           ] + ([("Cc", ", ".join(who(k, charset) for k in cc))] if cc else []) + [
           ("Subject", enc_text(subject, charset)),
           ("Date", format_datetime(date_)),
           ("Message-ID", "<%s>" % mid)]
    if in_reply_to:
        top += [("In-Reply-To", "<%s>" % in_reply_to), ("References", "<%s>" % in_reply_to)]
    top += list(extra)
    raw = message(top, part_fn(), crlf)
    office = office_of(a)
    for c in claims:
        c["office"] = c["office"] or office
    MESSAGES.append({"n": n, "file": "mail/%04d.eml" % n, "mid": mid, "date": date_, "from": a,
                     "office": office, "raw": raw, "claims": list(claims), "findings": list(findings),
                     "archive": archive})


JA_OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
BECKY = ("X-Mailer", "Becky! ver. 2.81.04 [ja]")
GMAIL = ()
APPLE = ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")
TBIRD = ("User-Agent", "Mozilla Thunderbird")


def alt(plain, lang="en", charset="utf-8", cte="quoted-printable", boundary="0000000000004e1c7a0620f1b5d3"):
    return lambda: multipart("alternative", [text_part(plain, "plain", charset, cte),
                                             text_part(to_html(plain, lang), "html", charset, cte)], boundary)


def plain(text, charset="utf-8", cte="quoted-printable", params=""):
    return lambda: text_part(text, "plain", charset, cte, params)


MID = {
    1: "20260312102415.B7C1.4A2B7C3E@jp.meridian-data.com",
    2: "CAOq7Zt3vH1wQ9kJ5xYb2Pn+8dRmE4fT6uLs0aG=Kp1cW@mail.gmail.com",
    3: "BY5PR11MB4182D7E2A0C6F31B9E58C2A4D91A2@BY5PR11MB4182.namprd11.prod.outlook.com",
    4: "4C8E2F1A-7B3D-4E9A-9F21-6A0D3C5B8E17@uk.meridian-data.com",
    5: "CAF3kP9m2Lx7QwR0nT5vYh8sJd4Gc6Zb1Ue=Nf3aXo+Vq7w@mail.gmail.com",
    6: "A1D94B27-5C0E-4F6B-8D33-2E7F90C4B6A1@uk.meridian-data.com",
    7: "OS0PR01MB5923A1B2C3D4E5F60718293A4B5C6@OS0PR01MB5923.jpnprd01.prod.outlook.com",
    8: "OS0PR01MB5923F0E1D2C3B4A59687766A1B2C3@OS0PR01MB5923.jpnprd01.prod.outlook.com",
    9: "CAH8Lm2+Qz0vRk7Tn4Wc9Jp1Ys5Bx3Ud6Ge=Ha2Fo8Ki0t@mail.gmail.com",
    10: "LO2P265MB3141C9A8E7F6D5C4B3A2918F7E6D5@LO2P265MB3141.GBRP265.PROD.OUTLOOK.COM",
    11: "CAB1nR4t+Wq8Zx2Lk6Jv0Ms3Pd9Fh5Gc7Ye=Ta1Uo4Ni2b@mail.gmail.com",
    12: "0100019a2c7e4f1b-3d5e8a21-7c4b-4f0e-9a6d-2b1c8e5f7a93-000000@email.amazonses.com",
    13: "20260729100512.8C3D.6F1E2A90@osaka.jp.meridian-data.com",
    14: "TYCPR01MB8452B6A7C8D9E0F1A2B3C4D5E6F7A@TYCPR01MB8452.jpnprd01.prod.outlook.com",
    15: "TYCPR01MB7731E2D3C4B5A69788695A4B3C2D1@TYCPR01MB7731.jpnprd01.prod.outlook.com",
    16: "CAJ9xW2v+Hk4Rt7Lp0Nq3Bz6Mc8Ds1Fy5Ge=Ja9Uo2Ki4r@mail.gmail.com",
    17: "CAJ9xW2tQ1m+Ks8Lp5Nv0Bz3Hc7Dr2Fw6Ge=Ja9Uo2Ki5s@mail.gmail.com",
    18: "7e1c4b9a-2f3d-4a8e-b6c5-91d0e2f3a4b7@osaka.jp.meridian-data.com",
    19: "20260915160533.5E2A.0B7D4C21@jp.meridian-data.com",
    20: "20260915184710.5E2B.0B7D4C21@jp.meridian-data.com",
    21: "9F3E1B6C-4A27-4D85-B0E3-7C21A9D5F468@uk.meridian-data.com",
    22: "CAK5pT8r+Zm2Wq6Lx0Jn4Bc9Hd3Fs7Gy1Ue=Ra5Io8Ke2v@mail.gmail.com",
    23: "20260811093044.7B3C.6F1E2A90@osaka.jp.meridian-data.com",
}

# 0001 Tokyo, ISO-2022-JP, Becky!; Sync 5,000 users while that was the limit
add(1, "sakamoto", date(2026, 3, 12, 10, 24, 9), MID[1], "メリディアン シンク ご提案内容について",
    plain(B01, "iso-2022-jp", "7bit"), charset="iso-2022-jp", to=["kobayashi"], extra=[BECKY],
    claims=[C(S, "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
            C(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）でございます。"),
            C(S, "sla", 99.9, "ok", "同製品のSLAは、月間稼働率99.9%となっております。")])

# 0002 US HQ, Gmail reply; a value placed in a coming period; a body line starting "From "
add(2, "carlos", date(2026, 3, 9, 11, 5, -7), MID[2], "Re: Meridian Sync sizing for Bluecrest",
    lambda: multipart("alternative", [text_part(B02, "plain", "utf-8", "7bit"),
                                      text_part(to_html(B02), "html", "utf-8", "quoted-printable")],
                      "000000000000b2f70d0620a4c1e8"),
    to=["dana"], in_reply_to="CAGm4Rk2+dW7hXz0Lq9Vn3Tc5Bp8Jy1Fs6Ue=Pa4Io7Kd3q@mail.gmail.com",
    claims=[C(S, "max_users", 5000, "ok", "Today Meridian Sync supports up to 5,000 users per tenant."),
            C(S, "max_users", 10000, "ok", "From April 1, 2026, Meridian Sync's limit rises to 10,000 users per tenant"),
            C(S, "monthly_price", usd(399, "month"), "ok", "Pricing for Meridian Sync stays at $399 per month for the tenant, billed annually."),
            C(V, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is $20 per TB per month.")])

# 0003 US HQ, Outlook; 10,000 users right after the change; two phrase findings
add(3, "megan", date(2026, 4, 8, 14, 32, -7), MID[3], "Orchard Dental – Meridian Sync rollout notes",
    lambda: multipart("alternative", [text_part(B03, "plain", "us-ascii", "7bit"),
                                      text_part(to_html(B03), "html", "utf-8", "quoted-printable")],
                      "_000_BY5PR11MB4182D7E2A0C6F31B9E58C2A4D91A2BY5PR11MB4182namp_"),
    to=["rachel"], crlf=True, extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
    claims=[C(S, "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per organization"),
            C(S, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
            C(S, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
            C(S, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
            C(S, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
            C(S, "offline_mode", False, "ok", "Meridian Sync doesn't offer an offline mode")],
    findings=[F("phrase", "the move happens with zero downtime for the clinics", rule="en.guarantee"),
              F("phrase", "Meridian Sync's industry-leading admin console", rule="en.superlative")])

# 0004 London: Vault SLA 99.9 (wrong) -- the start of the cross-office thread
Q4 = dict(quoted=True, office="london")
VAULT_LONDON = [
    (V, "sla", 99.9, "conflict", "Meridian Vault is covered by a 99.9% availability SLA, with service credits from the first missed month."),
    (V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes across all protected workloads."),
    (V, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
    (V, "data_centers", "Frankfurt", "ok", "Meridian Vault data centres: Frankfurt for Hartwell UK, Tokyo for Hartwell Japan."),
    (V, "data_centers", "Tokyo", "ok", "Meridian Vault data centres: Frankfurt for Hartwell UK, Tokyo for Hartwell Japan."),
]
add(4, "james", date(2026, 5, 11, 10, 14, 1), MID[4], "Meridian Vault – headline terms for Hartwell",
    plain(B04, "utf-8", "quoted-printable"), to=["tom"], cc=["aya_en"], extra=[APPLE],
    claims=[C(*x) for x in VAULT_LONDON])

# 0005 Tokyo (in English) corrects London in a reply-all; London's text quoted
TOKYO_5 = [
    (V, "sla", 99.95, "ok", "the Meridian Vault availability SLA is 99.95%, not 99.9%."),
    (V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "For Hartwell Japan, Meridian Vault is ¥2,800 per TB per month excluding consumption tax."),
]
add(5, "aya_en", date(2026, 5, 12, 8, 31, 9), MID[5], "Re: Meridian Vault – headline terms for Hartwell",
    alt(B05, boundary="000000000000e4a1b90620fd27c3"), to=["tom"], cc=["james"], in_reply_to=MID[4],
    claims=[C(*x) for x in TOKYO_5] + [C(*x, **Q4) for x in VAULT_LONDON])

# 0006 London concedes; Tokyo quoted, London's first mail nested (>>) inside
add(6, "james", date(2026, 5, 12, 9, 2, 1), MID[6], "Re: Meridian Vault – headline terms for Hartwell",
    plain(B06, "utf-8", "quoted-printable"), to=["tom"], cc=["aya_en"], extra=[APPLE], in_reply_to=MID[5],
    claims=[C(V, "sla", 99.95, "ok", "Please ignore the 99.9% in my earlier mail: the Meridian Vault SLA is 99.95%.")]
    + [C(*x, quoted=True, office="tokyo") for x in TOKYO_5] + [C(*x, **Q4) for x in VAULT_LONDON])

# 0007 Osaka, Shift_JIS base64; storage 500GB (wrong) -- not in the archive
add(7, "nakagawa", date(2026, 6, 2, 11, 20, 9), MID[7], "【お見積り】メリディアン シンク／メリディアン ボールト",
    plain(B07, "shift_jis", "base64"), charset="shift_jis", to=["yamamoto"], extra=[JA_OUTLOOK], crlf=True,
    archive=False,
    claims=[C(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）でございます。"),
            C(S, "storage_per_user", 500 * GB, "conflict", "同製品の1ユーザーあたりのストレージ容量は500GBとなります。"),
            C(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン ボールトの容量単価は、1TBあたり月額2,800円（税抜）でございます。"),
            C(V, "data_centers", "Osaka", "ok", "同製品のデータセンターは、大阪・東京の2拠点をご用意しております。"),
            C(V, "data_centers", "Tokyo", "ok", "同製品のデータセンターは、大阪・東京の2拠点をご用意しております。")])

# 0008 Osaka corrects itself in a separate mail: （誤）500GB → （正）1TB
add(8, "nakagawa", date(2026, 6, 2, 17, 46, 9), MID[8], "【訂正】先ほどのお見積りのご案内について",
    plain(B08, "iso-2022-jp", "7bit"), charset="iso-2022-jp", to=["yamamoto"], extra=[JA_OUTLOOK], crlf=True,
    archive=False, in_reply_to=MID[7],
    claims=[C(S, "storage_per_user", 1 * TB, "ok", "メリディアン シンクの1ユーザーあたりのストレージ容量：（誤）500GB　→　（正）1TB")])

# 0009 Tokyo, UTF-8 base64 alternative; （誤）5分（正）15分 -- agrees with London's 15 minutes
add(9, "morimoto", date(2026, 6, 16, 15, 40, 9), MID[9], "【訂正】メリディアン ボールト ご提案書（6月10日送付分）について",
    alt(B09, "ja", "utf-8", "base64", "0000000000007d3e5a0621b6f048"), to=["sato"],
    claims=[C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO：（誤）5分　（正）15分"),
            C(V, "retention", dur(90, "days"), "ok", "同製品の標準の保持期間は90日間でございます。"),
            C(V, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", "メリディアン ボールトの料金は1TBあたり月額3,080円（税込）となります。")])

# 0010 customer (Outlook): questions, and a reported statement about US HQ
add(10, "priya", date(2026, 7, 6, 16, 20, 1), MID[10], "Meridian Sync / Insight – a few questions before our steering group",
    lambda: multipart("alternative", [text_part(B10, "plain", "us-ascii", "7bit"),
                                      text_part(to_html(B10), "html", "us-ascii", "quoted-printable")],
                      "_000_LO2P265MB3141C9A8E7F6D5C4B3A2918F7E6D5LO2P265MB3141GBRP_"),
    to=["olivia"], crlf=True, extra=[("Content-Language", "en-GB")],
    claims=[C(S, "storage_per_user", 2 * TB, "conflict", "Your US team told us at the HIMSS booth that Meridian Sync includes 2 TB of storage per user.")])

# 0011 London answers inline (only the > lines are quoted)
LON_11 = [
    (S, "storage_per_user", 1 * TB, "ok", "Meridian Sync includes 1 TB of storage per user."),
    (S, "max_users", 10000, "ok", "A Meridian Sync tenant takes up to 10,000 users."),
    (S, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    (S, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    (S, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    (S, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    (S, "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001, and we can share the SOC 2 Type II report under NDA."),
    (S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified to ISO 27001, and we can share the SOC 2 Type II report under NDA."),
    (I, "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is £25 per user per month"),
    (I, "general_availability", "2027-01", "ok", "it becomes generally available in January 2027."),
]
add(11, "olivia", date(2026, 7, 7, 9, 48, 1), MID[11], "Re: Meridian Sync / Insight – a few questions before our steering group",
    plain(B11, "utf-8", "quoted-printable"), to=["priya"], in_reply_to=MID[10],
    claims=[C(*x) for x in LON_11]
    + [C(S, "storage_per_user", 2 * TB, "conflict", "Your US team told us at the HIMSS booth that Meridian Sync includes 2 TB of storage per user.",
         quoted=True, office="unknown")])

# 0012 US HQ, HTML only (CRM send), <del> and <s> retract the old figures
add(12, "megan", date(2026, 7, 21, 13, 15, -7), MID[12], "Meridian Insight – updated terms (changes struck through)",
    lambda: text_part(B12_HTML, "html", "utf-8", "quoted-printable"), to=["rachel"],
    extra=[("X-Mailer", "Salesforce Mail"), ("X-SES-Outgoing", "2026.07.21-54.240.27.18")],
    claims=[C(I, "free_trial", dur(30, "days"), "ok", "Meridian Insight free trial: 14 days 30 days, no card required."),
            C(I, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight pricing: $30 per user per month."),
            C(I, "general_availability", "2027-01", "ok", "Meridian Insight general availability: January 2027 (it is in beta until then)."),
            C(I, "max_dashboards", 200, "ok", "Meridian Insight dashboards: up to 500 200 per workspace.")])

# 0013 Osaka: Insight GA November 2026 (wrong) -- cross-office with London and US HQ
add(13, "nishida", date(2026, 7, 29, 10, 5, 9), MID[13], "メリディアン インサイトのご紹介",
    plain(B13, "iso-2022-jp", "7bit"), charset="iso-2022-jp", to=["yoshida"], extra=[BECKY],
    claims=[C(I, "general_availability", "2026-11", "conflict", "メリディアン インサイトは、2026年11月の正式リリースを予定しております。"),
            C(I, "per_user_price", jpy(4400, "user-month", "included"), "ok", "同製品の料金は、1ユーザーあたり月額4,400円（税込）でございます。"),
            C(I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトには30日間の無料トライアルをご用意しております。"),
            C(I, "sla", 99.9, "unverified", "同製品のSLAは、稼働率99.9%でございます。")],
    findings=[F("phrase", "業界初のAI自動仕訳分析機能を搭載しております。", rule="ja.first-in-industry")])

# 0014 Tokyo junior: latency "under 1 second" (promises more than the base)
TOKYO_14 = [
    (I, "query_latency", dur(1, "seconds"), "conflict", "メリディアン インサイトのクエリ応答時間は1秒未満です。"),
    (I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "同製品の料金は、1ユーザーあたり月額4,000円（税抜）でございます。"),
    (I, "max_dashboards", 200, "ok", "同製品では、ダッシュボードを最大200個まで作成いただけます。"),
]
add(14, "ishii", date(2026, 8, 4, 9, 10, 9), MID[14], "メリディアン インサイトのご案内",
    alt(B14, "ja", "utf-8", "base64", "_000_TYCPR01MB8452B6A7C8D9E0F1A2B3C4D5E6F7ATYCPR01MB8452jpnp_"),
    to=["kobayashi"], cc=["sakamoto"], crlf=True, extra=[JA_OUTLOOK, ("Content-Language", "ja-JP")],
    claims=[C(*x) for x in TOKYO_14])

# 0015 Tokyo senior corrects the colleague in a reply-all; Outlook 元のメッセージ block
add(15, "sakamoto", date(2026, 8, 4, 11, 32, 9), MID[15], "RE: メリディアン インサイトのご案内",
    plain(B15, "iso-2022-jp", "7bit"), charset="iso-2022-jp", to=["kobayashi"], cc=["ishii"], crlf=True,
    extra=[JA_OUTLOOK], in_reply_to=MID[14],
    claims=[C(I, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は「1秒未満」ではなく、最大2秒でございます。")]
    + [C(*x, quoted=True, office="tokyo") for x in TOKYO_14])

# 0016 US HQ: "99.5%" typo
US_16 = [
    (V, "sla", 99.5, "conflict", "Meridian Vault carries a 99.5% availability SLA."),
    (V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
    (V, "data_centers", "Oregon", "ok", "For US customers Meridian Vault runs out of our Oregon data center."),
    (V, "support_response_time", dur(1, "hours"), "unverified", "Priority tickets on Meridian Vault get a first response within 1 hour."),
]
add(16, "carlos", date(2026, 8, 18, 10, 2, -7), MID[16], "Meridian Vault follow-up",
    plain(B16, "utf-8", "7bit"), to=["dana"], claims=[C(*x) for x in US_16])

# 0017 US HQ: "Sorry, typo -- I meant 99.95%"
add(17, "carlos", date(2026, 8, 18, 10, 14, -7), MID[17], "Re: Meridian Vault follow-up",
    plain(B17, "utf-8", "7bit"), to=["dana"], in_reply_to=MID[16],
    claims=[C(V, "sla", 99.95, "ok", "the Meridian Vault availability SLA is 99.95%, not 99.5%.")]
    + [C(*x, quoted=True, office="us-hq") for x in US_16])

# 0018 Osaka forwards a London mail (Thunderbird inline forward): London's 1 PB is London's
add(18, "nishida", date(2026, 9, 8, 14, 20, 9), MID[18], "Fwd: Meridian Vault for Kansai Seiki UK",
    plain(B18, "utf-8", "base64"), to=["yamamoto"], extra=[TBIRD, ("Content-Language", "ja")],
    claims=[C(V, "max_storage", 500 * TB, "ok", "メリディアン ボールトの保存容量の上限は、1テナントあたり500TBでございます（下記メールの「1 PB」は誤りです）。"),
            C(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "日本法人様向けのメリディアン ボールトは、1TBあたり月額2,800円（税抜）となります。"),
            C(V, "max_storage", 10 ** 15, "conflict", "Meridian Vault scales to 1 PB per tenant, so the CAD archive is no problem.", True, "london"),
            C(V, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month.", True, "london"),
            C(V, "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256.", True, "london")])

# 0019 Tokyo: Singapore DC (wrong), deprecated name, 絶対
add(19, "morimoto", date(2026, 9, 15, 16, 5, 9), MID[19], "メリディアン ボールト シンガポール拠点でのご利用について",
    plain(B19, "utf-8", "8bit"), to=["sato"], extra=[BECKY],
    claims=[C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトは、東京・大阪に加えてシンガポールのデータセンターもご利用いただけます。"),
            C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトは、東京・大阪に加えてシンガポールのデータセンターもご利用いただけます。"),
            C(V, "data_centers", "Singapore", "conflict", "メリディアン ボールトは、東京・大阪に加えてシンガポールのデータセンターもご利用いただけます。")],
    findings=[F("terminology", "現在シンガポール支店でお使いのメリディアン ファイルシンクのデータも", product=S),
              F("phrase", "バックアップデータが失われることは絶対にございませんので", rule="ja.absolute")])

# 0020 Tokyo: "please discard my previous mail"
add(20, "morimoto", date(2026, 9, 15, 18, 47, 9), MID[20], "【訂正】先ほどのメール（シンガポール拠点）について",
    plain(B20, "iso-2022-jp", "7bit"), charset="iso-2022-jp", to=["sato"], extra=[BECKY], in_reply_to=MID[19],
    claims=[C(V, "data_centers", m, "ok", "メリディアン ボールトのデータセンターは、東京・大阪・オレゴン・フランクフルトの4拠点でございます。")
            for m in ("Tokyo", "Osaka", "Oregon", "Frankfurt")])


# 0021 London forwards a Tokyo mail as an attachment (message/rfc822)
def part21():
    inner_top = [("From", addr("森本 彩", "aya.morimoto@jp.meridian-data.com", "iso-2022-jp")),
                 ("To", addr("佐藤 真理子 様", "m.sato@hartwell-logistics.co.jp", "iso-2022-jp")),
                 ("Subject", enc_text("メリディアン シンク お見積りについて", "iso-2022-jp")),
                 ("Date", format_datetime(date(2026, 9, 30, 10, 12, 9))),
                 ("Message-ID", "<20260930101211.6A1F.0B7D4C21@jp.meridian-data.com>"), BECKY]
    inner = message(inner_top, text_part(B21_INNER, "plain", "iso-2022-jp", "7bit"))
    return multipart("mixed", [text_part(B21, "plain", "utf-8", "quoted-printable"),
                               rfc822_part(inner, "Hartwell Japan - Meridian Sync quote.eml")],
                     "Apple-Mail=_5B2E8C71-0D4A-4F3B-9E62-A18C7D03F5B9")


add(21, "james", date(2026, 10, 5, 11, 30, 1), MID[21], "Fwd: メリディアン シンク お見積りについて (Hartwell Japan)",
    part21, to=["tom"], extra=[APPLE],
    claims=[C(S, "monthly_price", jpy(50000, "month", "excluded"), "office-variant",
              "Meridian Sync for Hartwell Japan is ¥50,000 a month before consumption tax"),
            C(S, "monthly_price", gbp(329, "month"), "ok", "Hartwell UK stays on Meridian Sync at £329 a month."),
            C(S, "sla", 99.9, "ok", "Meridian Sync's uptime SLA is 99.9% in both countries."),
            C(S, "max_users", 10000, "ok", "メリディアン シンクは、1テナントあたり最大10,000ユーザーまでご利用いただけます。", True, "tokyo"),
            C(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）でございます。", True, "tokyo")])

# 0022 customer (JA): two reported statements, one per office
CUST_22 = [
    (I, "general_availability", "2026-11", "conflict", "西田様からは、メリディアン インサイトの正式リリースは2026年11月とご案内いただきました。"),
    (I, "general_availability", "2027-01", "ok", "一方、先月の米国本社のウェビナーでは、同製品の一般提供は2027年1月からと伺いました。"),
]
add(22, "yoshida", date(2026, 8, 10, 15, 2, 9), MID[22], "メリディアン インサイトのリリース時期について",
    plain(B22, "utf-8", "base64"), to=["nishida"], in_reply_to=MID[13],
    claims=[C(*x, office="unknown") for x in CUST_22])

# 0023 Osaka concedes (quote header "日付 名前 <addr>:")
add(23, "nishida", date(2026, 8, 11, 9, 30, 9), MID[23], "Re: メリディアン インサイトのリリース時期について",
    plain(B23, "iso-2022-jp", "7bit"), charset="iso-2022-jp", to=["yoshida"], extra=[BECKY], in_reply_to=MID[22],
    claims=[C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は、2027年1月の予定でございます（2026年11月ではございません）。")]
    + [C(*x, quoted=True, office="unknown") for x in CUST_22])


# ------------------------------------------------------------------ documents
DOC_LONDON = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Fenwick Health NHS Foundation Trust — Meridian Sync and Meridian Insight proposal (rev. 2)</title>
<style>
body { font-family: Georgia, serif; max-width: 46em; margin: 2em auto; color: #1d1d1d; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #bbb; padding: .3em .6em; text-align: left; }
.note { background: #f4f1e8; padding: .6em 1em; }
s, del { color: #a33; }
</style>
</head>
<body>
<h1>Fenwick Health NHS Foundation Trust</h1>
<p><strong>Proposal, revision 2 — 12 November 2026</strong><br>
Prepared by Olivia Brennan, Meridian Data UK Ltd. Our reference MD-UK-P-2026-118.</p>
<p class="note">Revision 2 corrects two figures in revision 1 (sent 28 October). The superseded figure is shown struck through next to the correct one.</p>

<h2>1. Scope</h2>
<p>Fenwick Health employs around 6,200 staff across four sites. Phase 1 covers 1,400 clinical administrators from January, with the remaining sites following in Q2 2027.</p>

<h2>2. Meridian Sync</h2>
<table>
<caption>Meridian Sync — key terms</caption>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Users per tenant</td><td>Up to 10,000</td></tr>
<tr><td>Storage</td><td>1 TB per user</td></tr>
<tr><td>Availability SLA</td><td>99.9%</td></tr>
<tr><td>Monthly price</td><td><s>£299</s> £329 per month</td></tr>
<tr><td>Supported platforms</td><td>Windows, macOS, iOS, Android</td></tr>
<tr><td>Offline mode</td><td>Not supported; clients need a network connection to sync</td></tr>
</table>

<h2>3. Meridian Insight</h2>
<p>Meridian Insight is priced at £25 per user per month.</p>
<p>Meridian Insight general availability: <del>October 2026</del> January 2027. Until then Fenwick would join the beta programme.</p>
<p>Meridian Insight offers a 30-day free trial, which we suggest running with the finance team first.</p>
<p>Meridian Insight's industry-leading query engine keeps the board dashboards responsive.</p>

<h2>4. Commercials</h2>
<p>The NHS framework discount of 7% applies to both lines and will be shown on the order form.</p>

<hr>
<p><small>Meridian Data UK Ltd · 30 Finsbury Square, London EC2A 1AG · +44 20 7946 0388 · Registered in England and Wales No. 09876543</small></p>
</body>
</html>
"""

DOC_TOKYO = """# 株式会社ミナト物流様　ご提案書（第2版）

メリディアンデータ株式会社　東京オフィス　営業部
2026年11月10日

> 本書は2026年10月27日付の第1版を訂正したものです。訂正箇所は末尾の正誤表をご参照ください。

## 1. メリディアン シンク

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | ~~5,000ユーザー~~ 10,000ユーザー |
| 月額料金 | 55,000円（税込） |
| ストレージ容量 | 1ユーザーあたり1TB |
| 稼働率SLA | 99.9% |
| 対応OS | Windows / macOS / iOS / Android |

## 2. メリディアン インサイト

- 一般提供開始：2027年1月（現在はベータ版としてご提供中）
- 料金：1ユーザーあたり月額4,000円（税抜）
- クエリ応答時間：最大2秒
- ダッシュボード数：最大200個

## 3. 導入スケジュール（予定）

| フェーズ | 時期 | 対象 |
|---|---|---|
| 第1期 | 2026年12月 | 物流本部 120名 |
| 第2期 | 2027年2月 | 全拠点 約480名 |

## 4. 正誤表（第1版からの訂正）

| 箇所 | 誤 | 正 |
|---|---|---|
| 1. メリディアン シンク　最大ユーザー数 | 5,000ユーザー | 10,000ユーザー |
| 2. メリディアン インサイト　無料トライアル | 14日間 | 30日間 |

以上
"""

DOC_TOKYO_DRAFT = """# 株式会社ミナト物流様　ご提案書（第1版・下書き）

## 1. メリディアン シンク

- 最大ユーザー数：5,000ユーザー
- 月額料金：50,000円（税込）

## 2. メリディアン インサイト

- 無料トライアル：14日間
- 業界No.1の分析スピード
"""

DOC_OSAKA = """　　　　　　　　　　　　御　見　積　書（訂正版）

見積番号：OSK-2026-1109-02（OSK-2026-1102-01 を差し替え）
発行日：2026年11月9日
有効期限：2026年12月25日

関西精機株式会社　御中

メリディアンデータ株式会社　大阪オフィス
〒530-0001 大阪市北区梅田3-1-3 ノースゲートビル14F
TEL 06-6345-7720　担当：西田

※本見積書の金額はすべて税抜です。

■ 単価
　(1) メリディアン シンク　月額基本料金　　　　　　　　　50,000円
　(2) メリディアン ボールト　容量単価（1TBあたり・月額）　 2,800円

■ 金額（12か月分）
　(1) × 12か月　　　　　　　　　　　　　　　　　　　　　600,000円
　(2) × 40TB × 12か月　　　　　　　　　　　　　　　　1,344,000円
　小計　　　　　　　　　　　　　　　　　　　　　　　　1,944,000円

■ 訂正箇所
　前回のお見積り（OSK-2026-1102-01）の記載に誤りがございました。
　メリディアン ボールト容量単価：（誤）2,500円　（正）2,800円

■ 備考
　・メリディアン シンク（旧製品名：メリディアン・ファイルシンク）は、1テナントあたり最大5,000名までご利用いただけます。
　・メリディアン シンクは業界最安の月額料金でご提供しております。
　・メリディアン ボールトのデータ保管場所は大阪・東京です。
　・お支払い条件：月末締め翌月末払い
"""

DOC_US = """# Bluecrest Credit Union — Meridian Vault and Meridian Insight brief

*Revised 16 November 2026. This revision corrects three figures from the 2 November draft; superseded figures are struck through.*

Prepared for Dana Whitaker, VP Information Technology. Account BCU-0419.

## Meridian Vault

- RPO: ~~5 minutes~~ 15 minutes for all protected systems.
- Default retention: 90 days.
- Availability SLA: 99.95%.
- Price: $20 per TB per month.
- Capacity: up to 500 TB per tenant.
- Data centers: Oregon for US customers, with Frankfurt as the secondary copy.
- RTO: a full-tenant restore is back online within 4 hours.

Sizing note: Bluecrest's backup estimate today is about 62 TB, growing roughly 15% a year.

## Meridian Insight

- Query latency: ~~under 1 second~~ within 2 seconds at p95.
- Dashboards: 200 per workspace (not 500, as the 2 November draft said).
- Connectors: 40+ pre-built data sources, including Jack Henry and Salesforce.
- Pricing: $30 per user per month.
- Unlimited read-only viewers on every plan.
- General availability: January 2027.

Questions: Carlos Rivera, +1 (415) 555-0142, carlos.rivera@meridian-data.com
"""

DOCS = [
    ("docs/london/fenwick-health-proposal.html", DOC_LONDON, "london", [
        C(S, "max_users", 10000, "ok", "Users per tenant Up to 10,000"),
        C(S, "storage_per_user", 1 * TB, "ok", "Storage 1 TB per user"),
        C(S, "sla", 99.9, "ok", "Availability SLA 99.9%"),
        C(S, "monthly_price", gbp(329, "month"), "ok", "Monthly price £299 £329 per month"),
        C(S, "supported_platforms", "Windows", "ok", "Supported platforms Windows, macOS, iOS, Android"),
        C(S, "supported_platforms", "macOS", "ok", "Supported platforms Windows, macOS, iOS, Android"),
        C(S, "supported_platforms", "iOS", "ok", "Supported platforms Windows, macOS, iOS, Android"),
        C(S, "supported_platforms", "Android", "ok", "Supported platforms Windows, macOS, iOS, Android"),
        C(S, "offline_mode", False, "ok", "Offline mode Not supported; clients need a network connection to sync"),
        C(I, "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is priced at £25 per user per month."),
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight general availability: October 2026 January 2027."),
        C(I, "free_trial", dur(30, "days"), "ok", "Meridian Insight offers a 30-day free trial"),
    ], [F("phrase", "Meridian Insight's industry-leading query engine", rule="en.superlative")]),
    ("docs/tokyo/minato-butsuryu-teian.md", DOC_TOKYO, "tokyo", [
        C(S, "max_users", 10000, "ok", "| 最大ユーザー数 | ~~5,000ユーザー~~ 10,000ユーザー |"),
        C(S, "monthly_price", jpy(55000, "month", "included"), "ok", "| 月額料金 | 55,000円（税込） |"),
        C(S, "storage_per_user", 1 * TB, "ok", "| ストレージ容量 | 1ユーザーあたり1TB |"),
        C(S, "sla", 99.9, "ok", "| 稼働率SLA | 99.9% |"),
        C(S, "supported_platforms", "Windows", "ok", "| 対応OS | Windows / macOS / iOS / Android |"),
        C(S, "supported_platforms", "macOS", "ok", "| 対応OS | Windows / macOS / iOS / Android |"),
        C(S, "supported_platforms", "iOS", "ok", "| 対応OS | Windows / macOS / iOS / Android |"),
        C(S, "supported_platforms", "Android", "ok", "| 対応OS | Windows / macOS / iOS / Android |"),
        C(I, "general_availability", "2027-01", "ok", "- 一般提供開始：2027年1月（現在はベータ版としてご提供中）"),
        C(I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "- 料金：1ユーザーあたり月額4,000円（税抜）"),
        C(I, "query_latency", dur(2, "seconds"), "ok", "- クエリ応答時間：最大2秒"),
        C(I, "max_dashboards", 200, "ok", "- ダッシュボード数：最大200個"),
        C(I, "free_trial", dur(30, "days"), "ok", "| 2. メリディアン インサイト　無料トライアル | 14日間 | 30日間 |"),
    ], []),
    ("docs/tokyo/drafts/minato-butsuryu-teian-v1.md", DOC_TOKYO_DRAFT, "tokyo", [], []),   # ignored
    ("docs/osaka/kansai-seiki-mitsumori.txt", DOC_OSAKA, "osaka", [
        C(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "(1) メリディアン シンク　月額基本料金　　　　　　　　　50,000円"),
        C(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "(2) メリディアン ボールト　容量単価（1TBあたり・月額）　 2,800円"),
        C(S, "max_users", 5000, "stale", "メリディアン シンク（旧製品名：メリディアン・ファイルシンク）は、1テナントあたり最大5,000名までご利用いただけます。"),
        C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトのデータ保管場所は大阪・東京です。"),
        C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータ保管場所は大阪・東京です。"),
    ], [F("terminology", "メリディアン シンク（旧製品名：メリディアン・ファイルシンク）", product=S),
        F("phrase", "メリディアン シンクは業界最安の月額料金でご提供しております。", rule="ja.cheapest")]),
    ("docs/us-hq/bluecrest-vault-insight-brief.md", DOC_US, "us-hq", [
        C(V, "rpo", dur(15, "minutes"), "ok", "- RPO: ~~5 minutes~~ 15 minutes for all protected systems."),
        C(V, "retention", dur(90, "days"), "ok", "- Default retention: 90 days."),
        C(V, "sla", 99.95, "ok", "- Availability SLA: 99.95%."),
        C(V, "price_per_tb", usd(20, "TB-month"), "ok", "- Price: $20 per TB per month."),
        C(V, "max_storage", 500 * TB, "ok", "- Capacity: up to 500 TB per tenant."),
        C(V, "data_centers", "Oregon", "ok", "- Data centers: Oregon for US customers, with Frankfurt as the secondary copy."),
        C(V, "data_centers", "Frankfurt", "ok", "- Data centers: Oregon for US customers, with Frankfurt as the secondary copy."),
        C(V, "rto", dur(4, "hours"), "unverified", "- RTO: a full-tenant restore is back online within 4 hours."),
        C(I, "query_latency", dur(2, "seconds"), "ok", "- Query latency: ~~under 1 second~~ within 2 seconds at p95."),
        C(I, "max_dashboards", 200, "ok", "- Dashboards: 200 per workspace (not 500, as the 2 November draft said)."),
        C(I, "integrations", 40, "unverified", "- Connectors: 40+ pre-built data sources, including Jack Henry and Salesforce."),
        C(I, "per_user_price", usd(30, "user-month"), "ok", "- Pricing: $30 per user per month."),
        C(I, "general_availability", "2027-01", "ok", "- General availability: January 2027."),
    ], [F("phrase", "- Unlimited read-only viewers on every plan.", rule="en.unlimited")]),
]

ONEVOICE_YAML = """# onevoice configuration for probe set 23 (SPEC section 6).
rules: /work/shared/eval/rules
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


# ------------------------------------------------------------------ cross-office
def cmp_value(attr, v):
    """Comparable form: JPY tax-included amounts brought back to tax-excluded."""
    if isinstance(v, dict) and "currency" in v:
        a = v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
        return ("money", v["currency"], v["per"], round(a, 6))
    if isinstance(v, dict) and "unit" in v:
        f = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur", v["amount"] * f)
    return ("v", v)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(archive_msgs):
    """Pairs of offices (no customers) that stated values for one product/attribute that
    cannot both be right, within 45 days (a quoted claim dated by its reply)."""
    cl = [(m, c) for m in archive_msgs for c in m["claims"]
          if c["office"] != "unknown" and c["attribute"] not in SET_ATTRS]
    found = {}
    for i, (ma, a) in enumerate(cl):
        for mb, b in cl[i + 1:]:
            if a["office"] == b["office"] or (a["product"], a["attribute"]) != (b["product"], b["attribute"]):
                continue
            if abs((ma["date"] - mb["date"]).total_seconds()) > 45 * 86400:
                continue
            va, vb = cmp_value(a["attribute"], a["value"]), cmp_value(b["attribute"], b["value"])
            if va[0] == "money" and va[1:3] != vb[1:3]:
                continue                    # other currency or billing unit: not comparable
            if va == vb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue                    # same value, or each right at its own date
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            rec = found.setdefault(key, {"files": set(), "values": {}})
            for m, c in ((ma, a), (mb, b)):
                rec["files"].add(m["file"])
                if c["verdict"] != "ok" or c["office"] not in rec["values"]:
                    rec["values"][c["office"]] = c["value"]
    return found


EXPECTED_CROSS = {
    (V, "sla", ("london", "tokyo")),
    (V, "max_storage", ("london", "osaka")),
    (I, "general_availability", ("london", "osaka")),
    (I, "general_availability", ("osaka", "us-hq")),
}


# ------------------------------------------------------------------ writing
def mboxrd(msgs):
    out = []
    for m in sorted(msgs, key=lambda m: m["date"]):
        text = m["raw"].replace("\r\n", "\n")
        lines = [(">" + l) if re.match(r"^>*From ", l) else l for l in text.split("\n")]
        body = "\n".join(lines).rstrip("\n") + "\n"
        utc = m["date"].astimezone(dt.timezone.utc)
        stamp = utc.strftime("%a %b ") + "%2d" % utc.day + utc.strftime(" %H:%M:%S %Y")
        out.append("From %s %s\n%s\n" % (m["from"], stamp, body))
    return "".join(out)


def decoded_text(msg):
    parts = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return parts


def norm(s):
    return " ".join(re.sub(r"[>]+ ?", " ", s).split())


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    lines = []
    for m in MESSAGES:
        with open(os.path.join(ROOT, m["file"]), "wb") as fh:
            fh.write(m["raw"].encode("utf-8"))
        files = [m["file"]] + (["mail/archive.mbox"] if m["archive"] else [])
        for f in files:
            for c in m["claims"]:
                lines.append({"type": "claim", "file": f, "message_id": m["mid"], "product": c["product"],
                              "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                              "quoted": c["quoted"], "office": c["office"],
                              "as_of": m["date"].strftime("%Y-%m-%d"), "text": c["text"]})
            for x in m["findings"]:
                lines.append({"type": "finding", "file": f, "message_id": m["mid"], "kind": x["kind"],
                              "rule": x["rule"], "product": x["product"], "quoted": x["quoted"], "text": x["text"]})
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(mboxrd([m for m in MESSAGES if m["archive"]]))
    for path, text, office, claims, findings in DOCS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        for c in claims:
            lines.append({"type": "claim", "file": path, "message_id": None, "product": c["product"],
                          "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                          "quoted": False, "office": office, "as_of": DOC_DATE, "text": c["text"]})
        for x in findings:
            lines.append({"type": "finding", "file": path, "message_id": None, "kind": x["kind"],
                          "rule": x["rule"], "product": x["product"], "quoted": False, "text": x["text"]})
    xo = cross_office([m for m in MESSAGES if m["archive"]])
    if set(xo) != EXPECTED_CROSS:
        sys.exit("cross-office mismatch: %s" % sorted(set(xo) ^ EXPECTED_CROSS))
    for (product, attribute, offices), rec in sorted(xo.items()):
        lines.append({"type": "cross-office", "product": product, "attribute": attribute,
                      "offices": list(offices), "file": "mail/archive.mbox",
                      "message_files": sorted(rec["files"]), "values": dict(sorted(rec["values"].items()))})
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    check(lines)
    print("wrote %d messages (%d in archive), %d documents, %d expected lines"
          % (len(MESSAGES), sum(m["archive"] for m in MESSAGES), len(DOCS), len(lines)))


def check(lines):
    """Every excerpt must be in the decoded text of its file (and of its archive copy)."""
    texts = {}
    for m in MESSAGES:
        with open(os.path.join(ROOT, m["file"]), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        assert msg["Message-ID"].strip("<> ") == m["mid"], m["file"]
        texts[(m["file"], m["mid"])] = norm(" ".join(decoded_text(msg)))
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "rb") as fh:
        raw = fh.read().decode("utf-8")
    chunks = re.split(r"(?m)^From \S+ .+\n", raw)[1:]
    for ch in chunks:
        ch = "\n".join(l[1:] if re.match(r"^>+From ", l) else l for l in ch.split("\n"))
        msg = email.message_from_bytes(ch.encode("utf-8"), policy=email.policy.default)
        texts[("mail/archive.mbox", msg["Message-ID"].strip("<> "))] = norm(" ".join(decoded_text(msg)))
    for path, text, _, _, _ in DOCS:
        t = html.unescape(re.sub(r"<[^>]+>", " ", text)) if path.endswith(".html") else text
        texts[(path, None)] = norm(t)
    bad = [l for l in lines if l["type"] != "cross-office" and norm(l["text"]) not in texts[(l["file"], l["message_id"])]]
    for l in bad:
        print("excerpt not found:", l["file"], l["text"], file=sys.stderr)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
