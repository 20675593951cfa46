"""Small helpers that build raw MIME bytes the way common mailers do (stdlib only)."""
import base64, quopri
from email.header import Header
from email.utils import formataddr

CRLF = "\r\n"


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    if is_ascii(name):
        return formataddr((name, mail))
    return formataddr((name, mail), charset=charset)


def subj(text, charset="utf-8"):
    if is_ascii(text):
        return text
    return Header(text, charset, maxlinelen=76, header_name="Subject").encode()


def encode_body(text, charset, cte):
    """-> (bytes of the encoded body with CRLF line ends)."""
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw.replace(b"\n", b"\r\n")
    if cte == "base64":
        b = base64.b64encode(raw.replace(b"\n", b"\r\n")).decode("ascii")
        return (CRLF.join(b[i:i + 76] for i in range(0, len(b), 76)) + CRLF).encode("ascii")
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        return q.replace(b"\n", b"\r\n")
    raise ValueError(cte)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    """One leaf part: headers + blank line + body, as bytes."""
    ctype = "text/%s; charset=%s" % (subtype, charset if subtype != "plain" or charset.lower() != "us-ascii" else "us-ascii")
    if subtype == "plain" and charset.lower() in ("iso-2022-jp",):
        ctype = 'text/plain; charset="ISO-2022-JP"'
    hs = ["Content-Type: " + ctype, "Content-Transfer-Encoding: " + cte] + list(extra or [])
    return (CRLF.join(hs) + CRLF + CRLF).encode("ascii") + encode_body(text, charset, cte)


def multipart(subtype, boundary, parts, preamble=None):
    out = ("Content-Type: multipart/%s;%s\tboundary=\"%s\"" % (subtype, CRLF, boundary) + CRLF + CRLF).encode("ascii")
    if preamble:
        out += (preamble + CRLF + CRLF).encode("ascii")
    for p in parts:
        out += ("--" + boundary + CRLF).encode("ascii") + p
        if not p.endswith(b"\r\n"):
            out += b"\r\n"
    out += ("--" + boundary + "--" + CRLF).encode("ascii")
    return out


def rfc822_part(message_bytes, filename):
    hs = ["Content-Type: message/rfc822; name=\"%s\"" % filename,
          "Content-Disposition: attachment; filename=\"%s\"" % filename]
    return (CRLF.join(hs) + CRLF + CRLF).encode("ascii") + message_bytes


def message(headers, body_part_bytes):
    """headers: list of (name, value) already encoded; body_part_bytes: a part (its own Content-* headers first)."""
    h = "".join("%s: %s%s" % (k, v, CRLF) for k, v in headers)
    return h.encode("ascii") + body_part_bytes


# =====================================================================================
# The set: Meridian Data mail and proposal documents whose language does not match the
# sending office (Tokyo/Osaka writing English, London writing Japanese, bilingual text,
# forwards between offices in the other language).
# =====================================================================================
import json, os, re, sys, email, html as htmlmod
from email import policy
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
DOC_AS_OF = "2026-11-22"


def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


TB = 10 ** 12


def office_of(a):
    a = a.lower()
    for dom, off in (("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
                     ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")):
        if a.endswith(dom):
            return off
    return "unknown"


# record helpers: C = claim, P = phrase, T = terminology. `q` = quoted, `off` overrides the office.
def C(product, attribute, value, verdict, text, q=False, off=None):
    return ("claim", product, attribute, value, verdict, text, q, off)


def P(rule, text, q=False):
    return ("phrase", rule, text, q)


def T(product, text, q=False):
    return ("terminology", product, text, q)


MAILS = []


def mail(**kw):
    MAILS.append(kw)


# ------------------------------------------------------------------------------- 0001
mail(n="0001", date="Tue, 17 Feb 2026 10:42:18 +0900", frm=("Kenta Sasaki", "k.sasaki@jp.meridian-data.com"),
     to=addr("Jorge Morales", "jmorales@brightwaterlogistics.com"),
     subject="Meridian Sync - summary from Friday's call",
     msgid="<TYCPR01MB8841A2F0C3D61E27B5D04C19A7D52@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
     mailer="outlook", charset="iso-2022-jp", cte="7bit", archive=False,
     body="""Hi Jorge,

Thanks for the call on Friday. As promised, a short summary on Meridian Sync for the Chicago and Osaka warehouses.

Meridian Sync currently supports up to 5,000 users per tenant; from 1 April 2026 the limit rises to 10,000 users.
Your planned rollout of 6,200 seats would therefore fit once you go live in Q2.
Each Meridian Sync user gets 1 TB of storage.

On price, Meridian Sync is USD 399 per month on the US price book.
Because your contract would be with our Tokyo entity, we would invoice Meridian Sync at JPY 50,000 per month excluding consumption tax.

I will be in Chicago on 9 and 10 March and would be happy to meet your IT team then.

Best regards,
Kenta Sasaki
佐々木 健太
Account Executive, Meridian Data K.K. (Tokyo)
Shiba Park Bldg. 8F, 2-4-1 Shiba-koen, Minato-ku, Tokyo 105-0011
Tel +81-3-5412-7788 / Mobile +81-90-4471-2038
""",
     recs=[C(S, "max_users", 5000, "ok", "Meridian Sync currently supports up to 5,000 users per tenant"),
           C(S, "max_users", 10000, "ok", "from 1 April 2026 the limit rises to 10,000 users"),
           C(S, "storage_per_user", TB, "ok", "Each Meridian Sync user gets 1 TB of storage."),
           C(S, "monthly_price", money(399, "USD", "month"), "office-variant", "Meridian Sync is USD 399 per month on the US price book"),
           C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "we would invoice Meridian Sync at JPY 50,000 per month excluding consumption tax")])

# ------------------------------------------------------------------------------- 0002
mail(n="0002", date="Thu, 5 Mar 2026 14:08:51 +0900", frm=("北川 友里", "y.kitagawa@osaka.jp.meridian-data.com"),
     to=addr("村田 浩二", "k.murata@naniwa-seiko.co.jp", "iso-2022-jp"),
     subject="メリディアン シンクのお見積りについて",
     msgid="<OS3PR01MB66120E4B9A17C2D85F3A0B61C9E42@OS3PR01MB6612.jpnprd01.prod.outlook.com>",
     mailer="outlook", charset="iso-2022-jp", cte="7bit", archive=False,
     body="""浪速精工株式会社
情報システム課　村田様

いつも大変お世話になっております。
メリディアンデータ大阪支店の北川でございます。

先日はお忙しい中お時間をいただき、誠にありがとうございました。
ご質問いただいた点について、以下のとおりご回答いたします。

メリディアン シンクは最大1万ユーザーまでご利用いただけますので、御社の全社展開にも対応可能です。
メリディアン・シンクの月額料金は50,000円（税抜）、税込では55,000円となります。
同製品の稼働率SLAは99.9％です。

正式なお見積書は4月1日のお打ち合わせの際にお持ちいたします。
引き続きどうぞよろしくお願いいたします。

──────────────────
北川 友里（Yuri Kitagawa）
メリディアンデータ株式会社　大阪支店
〒530-0001 大阪市北区梅田3-1-3 ノースゲート14F
TEL 06-6345-2210　FAX 06-6345-2211
──────────────────
""",
     recs=[C(S, "max_users", 10000, "stale", "メリディアン シンクは最大1万ユーザーまでご利用いただけますので"),
           C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン・シンクの月額料金は50,000円（税抜）、税込では55,000円となります。"),
           C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン・シンクの月額料金は50,000円（税抜）、税込では55,000円となります。"),
           C(S, "sla", 99.9, "ok", "同製品の稼働率SLAは99.9％です。")])

# ------------------------------------------------------------------------------- 0003
M0003_BODY = """Dear Jorge,

Following up on your backup question from last week's call.

Meridian Vault is USD 20 per TB per month on the US price book.
For reference, the Japan list price for Meridian Vault is JPY 2,800 per TB per month, excluding consumption tax.
Meridian Vault has a recovery point objective of 15 minutes.
Meridian Vault runs in data centers in Tokyo, Osaka and Oregon, so your Chicago and Osaka sites can each back up to the nearest one.
You mentioned roughly 120 TB across the three warehouses; I have sized the quote on that basis.

We can hold a short workshop on 26 May (JST) if that suits your team.

Regards,
Kenta Sasaki
佐々木 健太
Account Executive, Meridian Data K.K. (Tokyo)
Tel +81-3-5412-7788
"""
M0003_RECS = [
    C(V, "price_per_tb", money(20, "USD", "TB-month"), "office-variant", "Meridian Vault is USD 20 per TB per month on the US price book."),
    C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "the Japan list price for Meridian Vault is JPY 2,800 per TB per month, excluding consumption tax"),
    C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault has a recovery point objective of 15 minutes."),
    C(V, "data_centers", "Tokyo", "ok", "Meridian Vault runs in data centers in Tokyo, Osaka and Oregon"),
    C(V, "data_centers", "Osaka", "ok", "Meridian Vault runs in data centers in Tokyo, Osaka and Oregon"),
    C(V, "data_centers", "Oregon", "ok", "Meridian Vault runs in data centers in Tokyo, Osaka and Oregon")]
mail(n="0003", date="Tue, 12 May 2026 17:41:05 +0900", frm=("Kenta Sasaki", "k.sasaki@jp.meridian-data.com"),
     to=addr("Jorge Morales", "jmorales@brightwaterlogistics.com"),
     subject="Meridian Vault for the warehouses",
     msgid="<TYCPR01MB884193C1E0A4F7D2B6E55A08C1F63@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
     mailer="outlook", charset="iso-2022-jp", cte="7bit", archive=True, body=M0003_BODY, recs=M0003_RECS)


def quote(text):
    return "".join(("> " + l if l else ">") + "\n" for l in text.rstrip("\n").split("\n"))


def requote(recs, off):
    return [r[:6] + (True, off) if r[0] == "claim" else r[:3] + (True,) for r in recs]


# ------------------------------------------------------------------------------- 0004
M0004_TOP = """Hi Kenta,

Thanks, this is helpful. Our IT lead says Meridian Vault keeps backups for 30 days by default, which would be too short for our auditors.
Can Meridian Vault hold more than 500 TB if we add the Monterrey plant next year?
We need at least 180 days of retention for the finance share.

Jorge

Jorge Morales | Director, IT Infrastructure
Brightwater Logistics, Inc.
2200 W. Fulton Market, Suite 400, Chicago, IL 60612
o: (312) 555-0187
"""
mail(n="0004", date="Tue, 19 May 2026 09:02:37 -0500", frm=("Jorge Morales", "jmorales@brightwaterlogistics.com"),
     to=addr("Kenta Sasaki", "k.sasaki@jp.meridian-data.com"),
     subject="Re: Meridian Vault for the warehouses",
     msgid="<CAH7pX2kR5vq0e3ZxT1nD9mJ8sLw4Gf6bQyU2aVc7NhKe0PzRtw@mail.gmail.com>",
     in_reply_to="<TYCPR01MB884193C1E0A4F7D2B6E55A08C1F63@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
     mailer="gmail", charset="utf-8", cte="quoted-printable", archive=True, gmail_html=True,
     body=M0004_TOP + "\nOn Tue, May 12, 2026 at 3:41 AM Kenta Sasaki <k.sasaki@jp.meridian-data.com> wrote:\n\n" + quote(M0003_BODY),
     recs=[C(V, "retention", dur(30, "days"), "conflict", "Our IT lead says Meridian Vault keeps backups for 30 days by default")]
     + requote(M0003_RECS, "tokyo"))

# ------------------------------------------------------------------------------- 0005
mail(n="0005", date="Thu, 21 May 2026 10:15:44 +0900", frm=("Kenta Sasaki", "k.sasaki@jp.meridian-data.com"),
     to=addr("Jorge Morales", "jmorales@brightwaterlogistics.com"),
     subject="RE: Meridian Vault for the warehouses",
     msgid="<TYCPR01MB8841F0B27D6C41A9E3C28D77B0A15@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
     in_reply_to="<CAH7pX2kR5vq0e3ZxT1nD9mJ8sLw4Gf6bQyU2aVc7NhKe0PzRtw@mail.gmail.com>",
     mailer="outlook", charset="iso-2022-jp", cte="7bit", archive=False,
     body="""Jorge,

Your IT lead may be thinking of a different product: Meridian Vault keeps backups for 90 days by default, and the policy can be extended for the finance share.
Meridian Vault stores up to 500 TB per tenant, so the Monterrey plant would fit as well.
Restores from Meridian Vault are guaranteed to finish within the same business day.

I have asked our Osaka colleagues to prepare the Japanese-side contract.

Kenta
佐々木 健太 / Kenta Sasaki
Meridian Data K.K. (Tokyo)  Tel +81-3-5412-7788

-----Original Message-----
From: Jorge Morales <jmorales@brightwaterlogistics.com>
Sent: Tuesday, May 19, 2026 11:02 PM
To: Sasaki Kenta <k.sasaki@jp.meridian-data.com>
Subject: Re: Meridian Vault for the warehouses

Hi Kenta,

Thanks, this is helpful. Our IT lead says Meridian Vault keeps backups for 30 days by default, which would be too short for our auditors.
Can Meridian Vault hold more than 500 TB if we add the Monterrey plant next year?
We need at least 180 days of retention for the finance share.

Jorge
""",
     recs=[C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
           C(V, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant"),
           P("en.guarantee", "Restores from Meridian Vault are guaranteed to finish within the same business day."),
           C(V, "retention", dur(30, "days"), "conflict", "Our IT lead says Meridian Vault keeps backups for 30 days by default", True, "unknown")])

# ------------------------------------------------------------------------------- 0006
mail(n="0006", date="Tue, 2 Jun 2026 16:27:09 +0100", frm=("Oliver Pembroke", "oliver.pembroke@uk.meridian-data.com"),
     to=addr("佐藤 恵美", "e.sato@kestrel-analytics.co.jp", "iso-2022-jp"),
     subject="メリディアン インサイトのご案内（Meridian Data ロンドン）",
     msgid="<LO4P265MB5920C81D3E2A7F0B94A6E1D2C8F07@LO4P265MB5920.GBRP265.PROD.OUTLOOK.COM>",
     mailer="outlook", charset="iso-2022-jp", cte="7bit", archive=True,
     body="""佐藤様

いつもお世話になっております。
Meridian Data ロンドンオフィスのオリバー・ペンブロークでございます。

先日のお打ち合わせでご質問いただいたメリディアン インサイトについて、ご案内いたします。

メリディアン インサイトの一般提供開始は2027年1月を予定しております。
それまでの間、メリディアン インサイトは30日間の無料トライアルでお試しいただけます。
メリディアン インサイトのクエリ応答時間は最大2秒です。
同製品では、ダッシュボードを最大200個まで作成いただけます。

料金は、メリディアン インサイトが1ユーザーあたり月額25ポンドでございます。
日本円でのご契約をご希望の場合、メリディアン インサイトは東京オフィスより1ユーザーあたり月額4,000円（税抜）でのご提供となります。
他社のBIサービスと比較しても業界最安の水準です。

貴社分析チーム45名様分のお見積書を添付いたしますので、ご査収くださいませ。

何卒よろしくお願い申し上げます。

Oliver Pembroke（オリバー・ペンブローク）
Senior Account Manager, Meridian Data Ltd
20 Eastcheap, London EC3M 1EB, United Kingdom
Tel: +44 20 7946 0321
Registered in England and Wales No. 11849302
""",
     recs=[C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月を予定しております。"),
           C(I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトは30日間の無料トライアルでお試しいただけます。"),
           C(I, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒です。"),
           C(I, "max_dashboards", 200, "ok", "同製品では、ダッシュボードを最大200個まで作成いただけます。"),
           C(I, "per_user_price", money(25, "GBP", "user-month"), "ok", "メリディアン インサイトが1ユーザーあたり月額25ポンドでございます。"),
           C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "office-variant", "メリディアン インサイトは東京オフィスより1ユーザーあたり月額4,000円（税抜）でのご提供となります。"),
           P("ja.cheapest", "他社のBIサービスと比較しても業界最安の水準です。")])

# ------------------------------------------------------------------------------- 0007
mail(n="0007", date="Tue, 9 Jun 2026 11:03:27 +0900", frm=("中村 美咲", "m.nakamura@jp.meridian-data.com"),
     to=addr("山口 隆之", "t.yamaguchi@marusugi-logi.co.jp", "iso-2022-jp"),
     subject="【メリディアンデータ】メリディアン インサイトのご紹介",
     msgid="<TYAPR01MB57142D6E0F83B1C4A9D720E5F1B38@TYAPR01MB5714.jpnprd01.prod.outlook.com>",
     mailer="outlook", charset="iso-2022-jp", cte="7bit", archive=True,
     body="""丸杉物流株式会社
物流システム部　山口様

いつもお世話になっております。
メリディアンデータ東京オフィスの中村でございます。

先日お問い合わせいただきましたメリディアン インサイトについて、概要をお送りいたします。

メリディアン インサイトは2026年10月に正式リリースの予定です。
メリディアン インサイトの料金は1ユーザーあたり月額4,400円（税込）でございます。
メリディアン インサイトのクエリ応答時間は1秒未満と、非常に高速です。

ご利用予定の120名様でのお見積りは、別途お送りいたします。
また、10月15日（木）のデモのお時間も確保しておりますので、ご都合をお知らせください。

よろしくお願いいたします。

中村 美咲
メリディアンデータ株式会社　東京オフィス　営業部
〒105-0011 東京都港区芝公園2-4-1 芝パークビル8F
TEL 03-5412-7788（代表）
""",
     recs=[C(I, "general_availability", "2026-10", "conflict", "メリディアン インサイトは2026年10月に正式リリースの予定です。"),
           C(I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "メリディアン インサイトの料金は1ユーザーあたり月額4,400円（税込）でございます。"),
           C(I, "query_latency", dur(1, "seconds"), "conflict", "メリディアン インサイトのクエリ応答時間は1秒未満と、非常に高速です。")])

# ------------------------------------------------------------------------------- 0008
M0008_BODY = """Dear Ms Ashworth,

Thank you for visiting our stand at the Dental Technology Show in Birmingham. Oliver in our London office is travelling this week, so I am following up from Osaka.

Meridian Sync supports up to 10,000 users, which leaves plenty of room for your 38 clinics.
Meridian Sync runs on Windows, macOS, iOS and Android.
Meridian Sync is ISO 27001 and ISO 27017 certified.
On price, Meridian Sync is £329 per month and Meridian Insight is £25 per user per month.
If you prefer to contract with our Japanese entity, Meridian Sync would be ¥55,000 per month including consumption tax.
We can also take 12% off the first-year invoice if you sign before 31 July.

Meridian Sync is the No.1 file-sharing service in Japan, and we would love to bring it to Yorkshire.

Kind regards,
Daisuke Fujiwara
藤原 大輔
Meridian Data K.K., Osaka Branch
Northgate 14F, 3-1-3 Umeda, Kita-ku, Osaka 530-0001
Tel +81-6-6345-2210
"""
M0008_RECS = [
    C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users, which leaves plenty of room for your 38 clinics."),
    C(S, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(S, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(S, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(S, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android.")]
mail(n="0008", date="Mon, 15 Jun 2026 17:12:40 +0900", frm=("Daisuke Fujiwara", "d.fujiwara@osaka.jp.meridian-data.com"),
     to=addr("Philippa Ashworth", "p.ashworth@castlefordental.co.uk"),
     subject="Meridian Sync and Meridian Insight for Castleford Dental Group",
     msgid="<OS3PR01MB7730B4E19F2C06D8A51E3C42D9A70@OS3PR01MB7730.jpnprd01.prod.outlook.com>",
     mailer="outlook", charset="utf-8", cte="quoted-printable", archive=True, body=M0008_BODY,
     recs=M0008_RECS + [
         C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 and ISO 27017 certified."),
         C(S, "certifications", "ISO 27017", "conflict", "Meridian Sync is ISO 27001 and ISO 27017 certified."),
         C(S, "monthly_price", money(329, "GBP", "month"), "office-variant", "Meridian Sync is £329 per month"),
         C(I, "per_user_price", money(25, "GBP", "user-month"), "office-variant", "Meridian Insight is £25 per user per month"),
         C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "Meridian Sync would be ¥55,000 per month including consumption tax"),
         P("en.superlative", "Meridian Sync is the No.1 file-sharing service in Japan")])

# ------------------------------------------------------------------------------- 0009
mail(n="0009", date="Thu, 18 Jun 2026 16:40:12 +0100", frm=("Philippa Ashworth", "p.ashworth@castlefordental.co.uk"),
     to=addr("Daisuke Fujiwara", "d.fujiwara@osaka.jp.meridian-data.com"),
     subject="Re: Meridian Sync and Meridian Insight for Castleford Dental Group",
     msgid="<7F3C1A2E-94B0-4D5F-8E61-2C0A9B7D4E18@castlefordental.co.uk>",
     in_reply_to="<OS3PR01MB7730B4E19F2C06D8A51E3C42D9A70@OS3PR01MB7730.jpnprd01.prod.outlook.com>",
     mailer="applemail", charset="utf-8", cte="quoted-printable", archive=False,
     body="""Hello Daisuke,

Thanks for this, a couple of replies inline.

On 15 Jun 2026, at 09:12, Daisuke Fujiwara <d.fujiwara@osaka.jp.meridian-data.com> wrote:

> Meridian Sync supports up to 10,000 users, which leaves plenty of room for your 38 clinics.

That's fine, we need at least 420 seats in year one.

> Meridian Sync runs on Windows, macOS, iOS and Android.

Does Meridian Sync have an offline mode? Our hygienists often work in surgeries with poor signal.

> We can also take 12% off the first-year invoice if you sign before 31 July.

Noted, I'll take it to the partners' meeting on 2 July.

Best,
Philippa

Philippa Ashworth
Operations Director, Castleford Dental Group Ltd
Unit 4, Whitwood Enterprise Park, Castleford WF10 5QH
Company No. 08813297 | 01977 555 301
""",
     recs=requote(M0008_RECS, "osaka"))

# ------------------------------------------------------------------------------- 0010
mail(n="0010", date="Mon, 22 Jun 2026 10:31:56 +0900", frm=("Daisuke Fujiwara", "d.fujiwara@osaka.jp.meridian-data.com"),
     to=addr("Philippa Ashworth", "p.ashworth@castlefordental.co.uk"),
     subject="Re: Meridian Sync and Meridian Insight for Castleford Dental Group",
     msgid="<b2e4c7a1-5f0d-4e3b-9a8c-61d07f2e9b34@osaka.jp.meridian-data.com>",
     in_reply_to="<7F3C1A2E-94B0-4D5F-8E61-2C0A9B7D4E18@castlefordental.co.uk>",
     mailer="thunderbird", charset="utf-8", cte="8bit", archive=True,
     body="""Dear Philippa,

On 18/06/2026 16:40, Philippa Ashworth wrote:
> Does Meridian Sync have an offline mode? Our hygienists often work in
> surgeries with poor signal.

Meridian Sync does not offer an offline mode; the clients need a connection to sync.
Meridian Sync has a 99.9% uptime SLA, and planned maintenance is announced a week ahead.
Meridian Sync also keeps unlimited file versions, so an overwritten X-ray can always be restored.

Your invoices may still show the old name Meridian FileSync until the renewal in October.
The setup guide for the surgery PCs is here: https://docs.meridian-data.com/MeridianFileSync/setup-windows

Kind regards,
Daisuke

--
藤原 大輔 / Daisuke Fujiwara
Meridian Data K.K. Osaka Branch
〒530-0001 大阪市北区梅田3-1-3 ノースゲート14F
TEL 06-6345-2210 / +81-6-6345-2210
""",
     recs=[C(S, "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode; the clients need a connection to sync."),
           C(S, "sla", 99.9, "ok", "Meridian Sync has a 99.9% uptime SLA"),
           P("en.unlimited", "Meridian Sync also keeps unlimited file versions"),
           T(S, "Your invoices may still show the old name Meridian FileSync until the renewal in October.")])

# ------------------------------------------------------------------------------- 0011
mail(n="0011", date="Wed, 8 Jul 2026 09:20:33 +0900", frm=("佐々木 健太", "k.sasaki@jp.meridian-data.com"),
     to=addr("北川 友里", "y.kitagawa@osaka.jp.meridian-data.com"),
     subject="Fwd: Penrose Marine - UK pricing for Vault",
     msgid="<4d1f8e2a-7c36-4b90-a5e1-0f9c2b7d6e53@jp.meridian-data.com>",
     mailer="thunderbird", charset="utf-8", cte="base64", archive=True,
     body="""北川さん

お疲れさまです。佐々木です。
英国のペンローズ・マリン社の件で、ロンドンのOliverさんから英国向け価格について連絡がありましたので転送します。
なお、メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で、ロンドンにはございません。
お客様へご回答の際はご注意ください。

佐々木

-------- 転送メッセージ --------
件名: 	Penrose Marine - UK pricing for Vault
日付: 	Tue, 7 Jul 2026 17:48:10 +0100
差出人: 	Oliver Pembroke <oliver.pembroke@uk.meridian-data.com>
宛先: 	Kenta Sasaki <k.sasaki@jp.meridian-data.com>



Kenta,

Penrose Marine will be billed from London, so please quote Meridian Vault at £16 per TB per month from the UK price book.
Meridian Vault now also has a data centre in London, which their compliance team will like.

Cheers,
Oliver

Oliver Pembroke | Senior Account Manager | Meridian Data Ltd
20 Eastcheap, London EC3M 1EB | +44 20 7946 0321
""",
     recs=[C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で"),
           C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で"),
           C(V, "data_centers", "Oregon", "ok", "メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で"),
           C(V, "data_centers", "Frankfurt", "ok", "メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で"),
           C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "please quote Meridian Vault at £16 per TB per month from the UK price book", True, "london"),
           C(V, "data_centers", "London", "conflict", "Meridian Vault now also has a data centre in London", True, "london")])

# ------------------------------------------------------------------------------- 0012
M0012_TEXT = """Dear Sato-san,
佐藤様

Please find below the summary on Meridian Vault for Kestrel Analytics Japan, in English and Japanese so that your Singapore head office can follow as well.
Kestrel Analytics Japan様向けに、メリディアン ボールトの概要を英語と日本語で併記いたします。

1. Recovery / 復旧
Meridian Vault keeps backups for 90 days by default and has a recovery point objective of 15 minutes.
メリディアン ボールトの標準保持期間は90日間、RPOは15分です。

2. Capacity / 容量
Meridian Vault stores up to 500 TB per tenant.
メリディアン ボールトの1テナントあたりの保存上限は1PBです。

3. Security / セキュリティ
Meridian Vault encrypts every backup with AES-256 and is backed by a 99.95% availability SLA.
メリディアン ボールトは全てのバックアップをAES-256で暗号化し、可用性SLAは99.95％です。
Once a backup has been written, your data is never lost.
一度取得したバックアップのデータが失われることは絶対にありません。

4. Price / 料金
Meridian Vault is £16 per TB per month.
メリディアン ボールトの料金は1TBあたり月額16ポンドです。

Licences bought under the old Sync name move over automatically.
旧称メリディアン・ファイルシンクのライセンスをお持ちの場合も、自動的に移行されます。

Kind regards / 何卒よろしくお願いいたします。
Oliver Pembroke（オリバー・ペンブローク）
Meridian Data Ltd, 20 Eastcheap, London EC3M 1EB
+44 20 7946 0321
"""
M0012_RECS = [
    C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
    C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトの標準保持期間は90日間、RPOは15分です。"),
    C(V, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant."),
    C(V, "max_storage", 1000 * TB, "conflict", "メリディアン ボールトの1テナントあたりの保存上限は1PBです。"),
    C(V, "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup with AES-256"),
    C(V, "sla", 99.95, "ok", "メリディアン ボールトは全てのバックアップをAES-256で暗号化し、可用性SLAは99.95％です。"),
    C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
    P("en.guarantee", "Once a backup has been written, your data is never lost."),
    P("ja.absolute", "一度取得したバックアップのデータが失われることは絶対にありません。"),
    T(S, "旧称メリディアン・ファイルシンクのライセンスをお持ちの場合も、自動的に移行されます。")]
M0012_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Sato-san,<br>佐藤様</p>
<p>Please find below the summary on Meridian Vault for Kestrel Analytics Japan, in English and Japanese so that your Singapore head office can follow as well.<br>
Kestrel Analytics Japan様向けに、メリディアン ボールトの概要を英語と日本語で併記いたします。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>English</th><th>日本語</th></tr>
<tr><td>Meridian Vault keeps backups for 90 days by default and has a recovery point objective of 15 minutes.</td><td>メリディアン ボールトの標準保持期間は90日間、RPOは15分です。</td></tr>
<tr><td>Meridian Vault stores up to 500 TB per tenant.</td><td>メリディアン ボールトの1テナントあたりの保存上限は1PBです。</td></tr>
<tr><td>Meridian Vault encrypts every backup with AES-256 and is backed by a 99.95% availability SLA.</td><td>メリディアン ボールトは全てのバックアップをAES-256で暗号化し、可用性SLAは99.95％です。</td></tr>
<tr><td>Once a backup has been written, your data is never lost.</td><td>一度取得したバックアップのデータが失われることは絶対にありません。</td></tr>
<tr><td>Meridian Vault is &pound;16 per TB per month.</td><td>メリディアン ボールトの料金は1TBあたり月額16ポンドです。</td></tr>
<tr><td>Licences bought under the old Sync name move over automatically.</td><td>旧称メリディアン・ファイルシンクのライセンスをお持ちの場合も、自動的に移行されます。</td></tr>
</table>
<p>Kind regards / 何卒よろしくお願いいたします。<br>
Oliver Pembroke（オリバー・ペンブローク）<br>
Meridian Data Ltd, 20 Eastcheap, London EC3M 1EB<br>+44 20 7946 0321</p>
</body></html>
"""
mail(n="0012", date="Tue, 14 Jul 2026 10:02:48 +0100", frm=("Oliver Pembroke", "oliver.pembroke@uk.meridian-data.com"),
     to=addr("佐藤 恵美", "e.sato@kestrel-analytics.co.jp"),
     subject="Meridian Vault – summary / メリディアン ボールトのご案内",
     msgid="<LO4P265MB59207A0D2C6B1E48F3D95B17E4C21@LO4P265MB5920.GBRP265.PROD.OUTLOOK.COM>",
     mailer="outlook", charset="utf-8", cte="base64", archive=True, body=M0012_TEXT, html=M0012_HTML, recs=M0012_RECS)

# ------------------------------------------------------------------------------- 0013
mail(n="0013", date="Tue, 21 Jul 2026 13:55:02 +0900", frm=("佐藤 恵美", "e.sato@kestrel-analytics.co.jp"),
     to=addr("Oliver Pembroke", "oliver.pembroke@uk.meridian-data.com"),
     subject="Re: Meridian Vault – summary / メリディアン ボールトのご案内",
     msgid="<CAF3kq9mW0tJ2p+Yv8eZ5sRcB1xN4hDfL7aUo6gQi3TnK9wEmXA@mail.gmail.com>",
     in_reply_to="<LO4P265MB59207A0D2C6B1E48F3D95B17E4C21@LO4P265MB5920.GBRP265.PROD.OUTLOOK.COM>",
     mailer="gmail", charset="utf-8", cte="base64", archive=True, gmail_html=True,
     body="""Oliver様

ご丁寧にありがとうございます。
1点確認させてください。東京オフィスの方からは、メリディアン ボールトのRPOは5分と伺っております。
また、容量の上限が英語版と日本語版で異なっているようですが、どちらが正しいのでしょうか。
弊社では最低でも300TBの保存が必要です。

佐藤 恵美
Kestrel Analytics Japan株式会社　情報システム部
〒150-0002 東京都渋谷区渋谷2-21-1 ヒカリエ27F
TEL: 03-6418-5520

2026年7月14日(火) 18:02 Oliver Pembroke <oliver.pembroke@uk.meridian-data.com>:

""" + quote(M0012_TEXT),
     recs=[C(V, "rpo", dur(5, "minutes"), "conflict", "東京オフィスの方からは、メリディアン ボールトのRPOは5分と伺っております。", False, "unknown")]
     + requote(M0012_RECS, "london"))

# ------------------------------------------------------------------------------- 0014
mail(n="0014", date="Fri, 24 Jul 2026 15:30:19 +0900", frm=("中村 美咲", "m.nakamura@jp.meridian-data.com"),
     to=addr("山口 隆之", "t.yamaguchi@marusugi-logi.co.jp", "iso-2022-jp"),
     subject="メリディアン ボールトのご提案について",
     msgid="<TYAPR01MB5714E8C03B92D7F14A6B2E90D3C75@TYAPR01MB5714.jpnprd01.prod.outlook.com>",
     mailer="outlook", charset="iso-2022-jp", cte="7bit", archive=True,
     body="""丸杉物流株式会社
物流システム部　山口様

いつもお世話になっております。メリディアンデータの中村でございます。
先日ご相談いただいたバックアップの件、メリディアン ボールトでのご提案をお送りいたします。

メリディアン ボールトのRPOは5分でございます。
メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。
同製品の標準保持期間は90日間です。
メリディアン ボールトは業界No.1の復旧速度を誇っております。

お見積りは80TBで算出しております。
8月第1週に、倉庫管理システムご担当の方も交えてご説明の機会をいただけますと幸いです。

中村 美咲
メリディアンデータ株式会社　東京オフィス　営業部
〒105-0011 東京都港区芝公園2-4-1 芝パークビル8F
TEL 03-5412-7788（代表）
""",
     recs=[C(V, "rpo", dur(5, "minutes"), "conflict", "メリディアン ボールトのRPOは5分でございます。"),
           C(V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。"),
           C(V, "retention", dur(90, "days"), "ok", "同製品の標準保持期間は90日間です。"),
           P("ja.superlative-no1", "メリディアン ボールトは業界No.1の復旧速度を誇っております。")])

# ------------------------------------------------------------------------------- 0015
M0015_TEXT = """Hi Marcus,

Great speaking with you and Priya on Monday. A few answers from the call:

- Meridian Vault's recovery point objective is a quarter of an hour, so at most 15 minutes of changes are ever exposed.
- Meridian Vault is $20 per TB per month.
- Meridian Insight reaches general availability in January 2027; until then you would be on the beta.
- Meridian Insight is $30 per user per month.
- Your Osaka affiliate can be billed in yen by our Tokyo office: Meridian Insight is ¥4,000 per user per month there (税抜).

We discussed 75 seats for the litigation support group; I'll send the order form by Friday, August 14.

Dana

Dana Whitfield
Enterprise Account Executive | Meridian Data, Inc.
535 Mission Street, 14th Floor, San Francisco, CA 94105
+1 (415) 555-0142
"""
mail(n="0015", date="Wed, 5 Aug 2026 08:47:31 -0700", frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
     to=addr("Marcus Pike", "mpike@harlowpike.com"),
     subject="Follow-up: Vault and Insight",
     msgid="<3A9E5C71-0B2D-4F68-A4C3-7D81E2F09B56@meridian-data.com>",
     mailer="applemail", charset="utf-8", cte="quoted-printable", archive=True, body=M0015_TEXT,
     html="<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body style=\"overflow-wrap: break-word;\">"
          + "".join("<div>%s</div>" % (htmlmod.escape(l) if l else "<br>") for l in M0015_TEXT.rstrip("\n").split("\n")) + "</body></html>\n",
     recs=[C(V, "rpo", dur(0.25, "hours"), "ok", "Meridian Vault's recovery point objective is a quarter of an hour, so at most 15 minutes of changes are ever exposed."),
           C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
           C(I, "general_availability", "2027-01", "ok", "Meridian Insight reaches general availability in January 2027"),
           C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month."),
           C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "office-variant", "Meridian Insight is ¥4,000 per user per month there (税抜)")])

# ------------------------------------------------------------------------------- 0016
mail(n="0016", date="Wed, 12 Aug 2026 11:06:52 +0900", frm=("Yuri Kitagawa", "y.kitagawa@osaka.jp.meridian-data.com"),
     to=addr("Tom Hollis", "tom.hollis@penrosemarine.co.uk"),
     subject="Meridian Vault - pricing and hosting for the Kobe yard project",
     msgid="<OS3PR01MB6612C5A08E3F91B2D47E6A03B8F19@OS3PR01MB6612.jpnprd01.prod.outlook.com>",
     mailer="outlook", charset="utf-8", cte="quoted-printable", archive=True,
     body="""Dear Mr Hollis,

I'm Yuri Kitagawa from Meridian Data's Osaka branch; I look after the Japanese side of your Kobe shipyard project together with Oliver in London.

Meridian Vault is ¥2,800 per TB per month excluding consumption tax, which at today's exchange rate is about £14 per TB per month.
Meridian Vault keeps your backups in our Tokyo and Osaka data centres by default, and EU data can be held in our Frankfurt data centre.
Meridian Vault's recovery time objective is 4 hours.

Your three vessels and the Kobe yard would share one tenant. I have pencilled in a call for Tuesday 18 August, 9:00 BST.

Best regards,
Yuri Kitagawa (北川 友里)
Meridian Data K.K., Osaka Branch
Northgate 14F, 3-1-3 Umeda, Kita-ku, Osaka 530-0001, Japan
Tel +81-6-6345-2210
""",
     recs=[C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "Meridian Vault is ¥2,800 per TB per month excluding consumption tax"),
           C(V, "price_per_tb", money(14, "GBP", "TB-month"), "conflict", "which at today's exchange rate is about £14 per TB per month"),
           C(V, "data_centers", "Tokyo", "ok", "Meridian Vault keeps your backups in our Tokyo and Osaka data centres by default"),
           C(V, "data_centers", "Osaka", "ok", "Meridian Vault keeps your backups in our Tokyo and Osaka data centres by default"),
           C(V, "data_centers", "Frankfurt", "ok", "EU data can be held in our Frankfurt data centre"),
           C(V, "rto", dur(4, "hours"), "unverified", "Meridian Vault's recovery time objective is 4 hours.")])

# ------------------------------------------------------------------------------- 0017
mail(n="0017", date="Thu, 20 Aug 2026 14:18:27 +0100", frm=("Harriet Cole", "harriet.cole@uk.meridian-data.com"),
     to=addr("鈴木 直子", "n.suzuki@aldgate-pharma.jp", "iso-2022-jp"),
     subject="メリディアン シンクのお見積りについて（Meridian Data ロンドン）",
     msgid="<LO2P265MB4471D9B0E62F3C81A5E07D24B6A93@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
     mailer="outlook", charset="iso-2022-jp", cte="7bit", archive=True,
     body="""Aldgate Pharma Japan合同会社
鈴木様

お世話になっております。Meridian Data ロンドンオフィスのハリエット・コールです。
英国本社のDavid Moore様より、貴社でのメリディアン シンクのご利用についてご相談をいただきました。

メリディアン シンクの月額料金は329ポンドです。
日本法人でのご契約をご希望の場合、メリディアン シンクは東京オフィスより月額50,000円（税込）でのご提供となります。
メリディアン シンクは最大1万ユーザーまでご利用いただけ、1ユーザーあたり1TBのストレージが付属します。
同製品はISO 27001認証を取得しており、ISMAPにも登録済みです。
なお、メリディアン シンクはLinuxには対応しておりません。

ご不明な点がございましたら、お気軽にお問い合わせください。

Harriet Cole（ハリエット・コール）
Account Manager, Meridian Data Ltd
20 Eastcheap, London EC3M 1EB
Tel: +44 20 7946 0388
Company No. 11849302 / VAT Reg. GB 318 4471 20
""",
     recs=[C(S, "monthly_price", money(329, "GBP", "month"), "ok", "メリディアン シンクの月額料金は329ポンドです。"),
           C(S, "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "メリディアン シンクは東京オフィスより月額50,000円（税込）でのご提供となります。"),
           C(S, "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまでご利用いただけ"),
           C(S, "storage_per_user", TB, "ok", "1ユーザーあたり1TBのストレージが付属します。"),
           C(S, "certifications", "ISO 27001", "ok", "同製品はISO 27001認証を取得しており、ISMAPにも登録済みです。"),
           C(S, "certifications", "ISMAP", "conflict", "同製品はISO 27001認証を取得しており、ISMAPにも登録済みです。")])

# ------------------------------------------------------------------------------- 0018
mail(n="0018", date="Thu, 3 Sep 2026 09:12:44 +0900", frm=("Misaki Nakamura", "m.nakamura@jp.meridian-data.com"),
     to=addr("Jorge Morales", "jmorales@brightwaterlogistics.com"),
     subject="Meridian Sync for the Monterrey plant",
     msgid="<TYAPR01MB57140A7F2D4C9E31B8C65F17A2D04@TYAPR01MB5714.jpnprd01.prod.outlook.com>",
     mailer="outlook", charset="iso-2022-jp", cte="7bit", archive=True,
     body="""Dear Jorge,

I am taking over the Meridian Sync side of your account from Kenta, who has moved to our partner team.

Meridian Sync supports up to 5,000 users per tenant.
Meridian Sync is $399 per month, or JPY 50,000 per month (税抜) if billed from Tokyo.
Meridian Sync has a 99.9% uptime SLA, and Sync also has apps for iPhone and Android.

Kenta mentioned 140 users at the Monterrey plant; I will add them to the renewal quote dated 1 October.

Best regards,
Misaki Nakamura
中村 美咲
Meridian Data K.K. (Tokyo), Sales Dept.
Tel +81-3-5412-7788
""",
     recs=[C(S, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per tenant."),
           C(S, "monthly_price", money(399, "USD", "month"), "office-variant", "Meridian Sync is $399 per month"),
           C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "or JPY 50,000 per month (税抜) if billed from Tokyo"),
           C(S, "sla", 99.9, "ok", "Meridian Sync has a 99.9% uptime SLA"),
           C(S, "supported_platforms", "iOS", "ok", "Sync also has apps for iPhone and Android"),
           C(S, "supported_platforms", "Android", "ok", "Sync also has apps for iPhone and Android")])

# ------------------------------------------------------------------------------- 0019
M0019_BODY = """佐々木様

いつもお世話になっております。テッセラ・ソリューションズの高田です。

先週の打ち合わせで、シンクはLinuxでも動作すると伺いました。
また、メリディアン インサイトのコネクタは50種類以上あると伺いました。
SAPとの連携は可能でしょうか。

9月24日（木）14時からの定例で、詳細を確認させてください。

高田 誠
テッセラ・ソリューションズ株式会社　ソリューション営業部
〒460-0008 名古屋市中区栄3-15-33
TEL 052-238-1190 / FAX 052-238-1191
"""
mail(n="0019", date="Thu, 10 Sep 2026 17:22:05 +0900", frm=("高田 誠", "m.takada@tessera-si.co.jp"),
     to=addr("佐々木 健太", "k.sasaki@jp.meridian-data.com"),
     subject="メリディアン インサイトの連携について",
     msgid="<20260910172205.3F8A.TAKADA@tessera-si.co.jp>",
     mailer="becky", charset="shift_jis", cte="8bit", archive=False, body=M0019_BODY,
     recs=[C(I, "integrations", 50, "unverified", "メリディアン インサイトのコネクタは50種類以上あると伺いました。")])

# ------------------------------------------------------------------------------- 0020
mail(n="0020", date="Mon, 14 Sep 2026 10:48:33 +0900", frm=("佐々木 健太", "k.sasaki@jp.meridian-data.com"),
     to=addr("高田 誠", "m.takada@tessera-si.co.jp", "iso-2022-jp"),
     subject="Re: メリディアン インサイトの連携について",
     msgid="<TYCPR01MB88412B6F0E9A3C57D1F48E02C6B97@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
     in_reply_to="<20260910172205.3F8A.TAKADA@tessera-si.co.jp>",
     mailer="outlook", charset="iso-2022-jp", cte="7bit", archive=False,
     body="""高田様

お世話になっております。メリディアンデータの佐々木です。

まず訂正させてください。メリディアン シンクはLinuxには対応しておりません。
同製品の対応OSはWindows、macOS、iOS、Androidの4つです。
メリディアン インサイトのquery latencyは最大2秒（p95）です。
標準コネクタの数については、現在米国本社に確認中です。

2026年9月10日(木) 17:22 高田 誠 <m.takada@tessera-si.co.jp>:
> また、メリディアン インサイトのコネクタは50種類以上あると伺いました。
> SAPとの連携は可能でしょうか。

SAPとの連携は標準でご利用いただけます。

佐々木 健太
メリディアンデータ株式会社　パートナー営業部
TEL 03-5412-7788
""",
     recs=[C(S, "supported_platforms", "Windows", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidの4つです。"),
           C(S, "supported_platforms", "macOS", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidの4つです。"),
           C(S, "supported_platforms", "iOS", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidの4つです。"),
           C(S, "supported_platforms", "Android", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidの4つです。"),
           C(I, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのquery latencyは最大2秒（p95）です。"),
           C(I, "integrations", 50, "unverified", "メリディアン インサイトのコネクタは50種類以上あると伺いました。", True, "unknown")])

# ------------------------------------------------------------------------------- 0021 (attached message)
M0021_INNER = """鈴木様

いつもお世話になっております。メリディアンデータ東京オフィスの佐々木でございます。
ロンドンのハリエット・コールより引き継ぎ、日本法人でのご契約についてご案内いたします。

メリディアン シンクの月額料金は55,000円（税込）でございます。
メリディアン シンクは最大1万ユーザーまでご利用いただけます。
また、同製品はオフライン環境でも編集作業が可能です。

ご検討のほど、よろしくお願いいたします。

佐々木 健太
メリディアンデータ株式会社　パートナー営業部
TEL 03-5412-7788
"""
mail(n="0021", date="Tue, 6 Oct 2026 16:05:12 +0900", frm=("Yuri Kitagawa", "y.kitagawa@osaka.jp.meridian-data.com"),
     to=addr("Harriet Cole", "harriet.cole@uk.meridian-data.com"),
     subject="FW: Aldgate Pharma Japan - yen quote from Tokyo",
     msgid="<OS3PR01MB66129D1E47B3A0C58F2E7B16D4A80@OS3PR01MB6612.jpnprd01.prod.outlook.com>",
     mailer="outlook", charset="us-ascii", cte="7bit", archive=True,
     body="""Hi Harriet,

Attaching the mail Kenta sent to Aldgate Pharma's Tokyo team last week, since Suzuki-san asked us for a GBP comparison.
Please ignore the line about offline editing; Kenta is sending them a correction today.

Thanks,
Yuri

Yuri Kitagawa | Meridian Data K.K. Osaka Branch | +81-6-6345-2210
""",
     attach=dict(date="Tue, 29 Sep 2026 11:40:02 +0900", frm=("佐々木 健太", "k.sasaki@jp.meridian-data.com"),
                 to=addr("鈴木 直子", "n.suzuki@aldgate-pharma.jp", "iso-2022-jp"),
                 subject="メリディアン シンクのお見積り（日本法人契約）",
                 msgid="<TYCPR01MB8841C07E5B2A94D3F61C8A05E9D32@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
                 body=M0021_INNER, filename="メリディアン シンクのお見積り.eml"),
     recs=[C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）でございます。", True, "tokyo"),
           C(S, "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまでご利用いただけます。", True, "tokyo"),
           C(S, "offline_mode", True, "conflict", "同製品はオフライン環境でも編集作業が可能です。", True, "tokyo")])

# ------------------------------------------------------------------------------- 0022 bilingual
mail(n="0022", date="Tue, 20 Oct 2026 13:34:09 +0900", frm=("中村 美咲", "m.nakamura@jp.meridian-data.com"),
     to=addr("山口 隆之", "t.yamaguchi@marusugi-logi.co.jp", "utf-8"),
     cc=addr("Linda Chen", "lchen@marusugi-america.com"),
     subject="メリディアン インサイト ご提案内容（日英併記） / Meridian Insight proposal (JA/EN)",
     msgid="<TYAPR01MB5714F6A2E0B83D19C7A54D28E1F06@TYAPR01MB5714.jpnprd01.prod.outlook.com>",
     mailer="outlook", charset="utf-8", cte="base64", archive=True,
     body="""山口様
CC: Marusugi America Inc.　Linda Chen様

いつもお世話になっております。メリディアンデータの中村でございます。
米国拠点の皆様にもご覧いただけるよう、メリディアン インサイトのご提案内容を日英併記でお送りいたします。
Dear Ms Chen, the same content in English follows each Japanese line.

■ 提供時期 / Availability
メリディアン インサイトの一般提供開始は2027年1月です。
Meridian Insight will be generally available in January 2027.

6月にお伝えした「2026年10月リリース」は誤りでした。大変失礼いたしました。

■ 料金 / Pricing
メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。
Meridian Insight is JPY 4,000 per user per month, excluding consumption tax.

■ 無料トライアル / Free trial
メリディアン インサイトは30日間の無料トライアルをご利用いただけます。
Meridian Insight includes a 30-day free trial.

■ 機能 / Features
メリディアン インサイトでは最大200個のダッシュボードを作成できます。
Meridian Insight supports up to 200 dashboards.
メリディアン インサイトの画面は12言語に対応しています。
The Meridian Insight interface is available in 12 languages.

中村 美咲 / Misaki Nakamura
メリディアンデータ株式会社　東京オフィス　営業部
Meridian Data K.K., Tokyo Office
〒105-0011 東京都港区芝公園2-4-1 芝パークビル8F
TEL 03-5412-7788 / +81-3-5412-7788
""",
     recs=[C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月です。"),
           C(I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。"),
           C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "Meridian Insight is JPY 4,000 per user per month, excluding consumption tax."),
           C(I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトは30日間の無料トライアルをご利用いただけます。"),
           C(I, "max_dashboards", 200, "ok", "メリディアン インサイトでは最大200個のダッシュボードを作成できます。"),
           C(I, "ui_languages", 12, "unverified", "メリディアン インサイトの画面は12言語に対応しています。")])

# ------------------------------------------------------------------------------- 0023
mail(n="0023", date="Mon, 2 Nov 2026 09:58:40 +0900", frm=("藤原 大輔", "d.fujiwara@osaka.jp.meridian-data.com"),
     to=addr("村田 浩二", "k.murata@naniwa-seiko.co.jp", "iso-2022-jp"),
     subject="RE: メリディアン ボールトの件",
     msgid="<OS3PR01MB7730E1B64C08D2F39A7E5C21B0D84@OS3PR01MB7730.jpnprd01.prod.outlook.com>",
     mailer="outlook", charset="iso-2022-jp", cte="7bit", archive=True,
     body="""浪速精工株式会社
情報システム課　村田様

いつもお世話になっております。メリディアンデータ大阪支店の藤原です。
お問い合わせの件、以下のとおりご回答いたします。

メリディアン ボールトのRTOは4時間を目安としております。
メリディアン ボールトのSLAは99.9％です。
メリディアン インサイトの稼働率SLAも同じく99.9％です。
なお、最大容量についてはメリディアン ボールトは1テナントあたり最大500TBで、2PBではございません。
メリディアン ボールトは業界初※の自動リストア検証機能を搭載しております。
※2026年9月 当社調べ（国内法人向けバックアップサービス8製品を対象）

11月12日（木）の定例会にて、詳細をご説明いたします。

藤原 大輔
メリディアンデータ株式会社　大阪支店
〒530-0001 大阪市北区梅田3-1-3 ノースゲート14F
TEL 06-6345-2210

-----Original Message-----
From: 村田 浩二 <k.murata@naniwa-seiko.co.jp>
Sent: Friday, October 30, 2026 4:15 PM
To: 藤原 大輔 <d.fujiwara@osaka.jp.meridian-data.com>
Subject: メリディアン ボールトの件

藤原様

御社の営業資料では、メリディアン ボールトの最大容量は2PBと記載がありました。
弊社の要件は、RPO 30分以内です。
復旧時間の目安についても教えていただけますでしょうか。

村田
""",
     recs=[C(V, "rto", dur(4, "hours"), "unverified", "メリディアン ボールトのRTOは4時間を目安としております。"),
           C(V, "sla", 99.9, "conflict", "メリディアン ボールトのSLAは99.9％です。"),
           C(I, "sla", 99.9, "unverified", "メリディアン インサイトの稼働率SLAも同じく99.9％です。"),
           C(V, "max_storage", 500 * TB, "ok", "メリディアン ボールトは1テナントあたり最大500TBで、2PBではございません。"),
           C(V, "max_storage", 2000 * TB, "conflict", "御社の営業資料では、メリディアン ボールトの最大容量は2PBと記載がありました。", True, "unknown")])


# =====================================================================================
# Documents (judged as of DOC_AS_OF; office from .onevoice.yaml)
# =====================================================================================
DOCS = []


def doc(path, office, text, recs, encoding="utf-8"):
    DOCS.append(dict(path=path, office=office, text=text, recs=recs, encoding=encoding))


doc("docs/tokyo/marusugi-insight-proposal.md", "tokyo", """# メリディアン インサイト ご提案書

丸杉物流株式会社 御中
2026年11月18日
メリディアンデータ株式会社 東京オフィス 営業部（担当: 中村 美咲 / TEL 03-5412-7788）

## 1. 製品概要

メリディアン インサイトは、倉庫・配送データをリアルタイムに可視化するクラウドBIサービスです。
国内No.1※の導入支援実績を持つ専任チームが、初期設定から定着化までご支援いたします。

※2026年8月 東京リサーチ調べ（国内クラウドBI導入支援サービス、導入件数ベース）

- 一般提供開始: 2027年1月（現在はベータ版としてご提供）
- 無料トライアル: 30日間
- ダッシュボード数: 最大200個
- クエリ応答時間: 最大2秒（p95、1億行規模のワークスペースで計測）
- 画面表示言語: 日本語・英語を含む12言語

## 2. お見積り

金額はすべて税抜です。

| 項目 | 単価 | 数量 | 小計 |
|---|---|---|---|
| メリディアン インサイト 利用料 | 1ユーザーあたり月額4,000円 | 120 | 480,000円 |
| 導入支援サービス（初回のみ） | 300,000円 | 1 | 300,000円 |

お支払い条件: 月末締め翌月末払い。見積有効期限: 2026年12月25日。

## 3. バックアップ

分析対象データのバックアップには、東京と大阪のデータセンターで運用されるメリディアン ボールトをご利用いただけます。

以上
""", [
    C(I, "general_availability", "2027-01", "ok", "一般提供開始: 2027年1月（現在はベータ版としてご提供）"),
    C(I, "free_trial", dur(30, "days"), "ok", "無料トライアル: 30日間"),
    C(I, "max_dashboards", 200, "ok", "ダッシュボード数: 最大200個"),
    C(I, "query_latency", dur(2, "seconds"), "ok", "クエリ応答時間: 最大2秒（p95、1億行規模のワークスペースで計測）"),
    C(I, "ui_languages", 12, "unverified", "画面表示言語: 日本語・英語を含む12言語"),
    C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "| メリディアン インサイト 利用料 | 1ユーザーあたり月額4,000円 | 120 | 480,000円 |"),
    C(V, "data_centers", "Tokyo", "ok", "東京と大阪のデータセンターで運用されるメリディアン ボールトをご利用いただけます。"),
    C(V, "data_centers", "Osaka", "ok", "東京と大阪のデータセンターで運用されるメリディアン ボールトをご利用いただけます。")])

doc("docs/tokyo/drafts/marusugi-insight-proposal-v0.md", "tokyo", """# メリディアン インサイト ご提案書（下書き・社内用）

- 一般提供開始: 2026年10月
- 無料トライアル: 60日間
- クエリ応答時間: 1秒未満
- 業界No.1のBIツールです。
""", [])     # ignored by .onevoice.yaml (drafts): no labels

doc("docs/osaka/penrose-vault-proposal.html", "osaka", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Meridian Vault - Proposal for Penrose Marine Ltd</title>
<style>body{font-family:Arial,sans-serif} td,th{border:1px solid #999;padding:4px 8px}</style>
</head>
<body>
<h1>Meridian Vault &mdash; Proposal for Penrose Marine Ltd</h1>
<p>Prepared by Meridian Data K.K., Osaka Branch &middot; 18 November 2026 &middot; Ref. OSK-2026-1187</p>

<h2>1. Background</h2>
<p>Penrose Marine wants to protect vessel telemetry and yard records from three vessels and the Kobe yard in one place, with a single contract managed from Osaka.</p>

<h2>2. Service terms</h2>
<table>
<caption>Meridian Vault service terms</caption>
<tr><th>Item</th><th>Meridian Vault</th></tr>
<tr><td>Recovery point objective (RPO)</td><td>15 minutes</td></tr>
<tr><td>Default retention</td><td>90 days</td></tr>
<tr><td>Maximum storage per tenant</td><td>0.5 PB</td></tr>
<tr><td>Availability SLA</td><td><del>99.9%</del> 99.95%</td></tr>
<tr><td>Data centres</td><td>Tokyo, Osaka, Frankfurt</td></tr>
<tr><td>Encryption at rest</td><td>AES-256</td></tr>
</table>

<h2>3. Price</h2>
<table>
<caption>Meridian Vault unit price per TB per month</caption>
<tr><th>Billing entity</th><th>Unit price</th><th>Estimated volume</th></tr>
<tr><td>Meridian Data K.K. (Osaka)</td><td>&yen;2,800 / TB (税抜)</td><td>140 TB</td></tr>
<tr><td>Meridian Data Ltd (UK)</td><td>&pound;16 / TB</td><td>140 TB</td></tr>
</table>

<h2>4. Migration</h2>
<p>We will move your existing backups across with zero downtime, vessel by vessel, starting in the week of 11 January 2027.</p>

<p>Contact: Yuri Kitagawa (北川 友里), +81-6-6345-2210, y.kitagawa@osaka.jp.meridian-data.com<br>
Meridian Data K.K., Northgate 14F, 3-1-3 Umeda, Kita-ku, Osaka 530-0001</p>
</body>
</html>
""", [
    C(V, "rpo", dur(15, "minutes"), "ok", "Recovery point objective (RPO)</td><td>15 minutes"),
    C(V, "retention", dur(90, "days"), "ok", "Default retention</td><td>90 days"),
    C(V, "max_storage", 500 * TB, "ok", "Maximum storage per tenant</td><td>0.5 PB"),
    C(V, "sla", 99.95, "ok", "Availability SLA</td><td><del>99.9%</del> 99.95%"),
    C(V, "data_centers", "Tokyo", "ok", "Data centres</td><td>Tokyo, Osaka, Frankfurt"),
    C(V, "data_centers", "Osaka", "ok", "Data centres</td><td>Tokyo, Osaka, Frankfurt"),
    C(V, "data_centers", "Frankfurt", "ok", "Data centres</td><td>Tokyo, Osaka, Frankfurt"),
    C(V, "encryption", "AES-256", "ok", "Encryption at rest</td><td>AES-256"),
    C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "&yen;2,800 / TB (税抜)"),
    C(V, "price_per_tb", money(16, "GBP", "TB-month"), "office-variant", "&pound;16 / TB"),
    P("en.guarantee", "We will move your existing backups across with zero downtime")])

doc("docs/london/aldgate-sync-proposal-ja.md", "london", """# メリディアン シンク ご提案書（Aldgate Pharma Japan合同会社様向け）

作成: Meridian Data Ltd ロンドンオフィス　Harriet Cole（ハリエット・コール）
作成日: 2026年11月16日
英国登記番号 11849302 ／ VAT GB 318 4471 20

## 概要

メリディアン シンクは、貴社研究開発部門と英国本社の間でファイルを安全に共有するためのサービスです。

- 最大ユーザー数: ~~5,000ユーザー~~ 1万ユーザー
- ストレージ: 1ユーザーあたり2TB
- 月額料金: 329ポンド（英国本社でのご契約）
- 対応OS: Windows、macOS、iOS、Android

## メリディアン シンク／メリディアン ボールト 両製品共通のセキュリティ

| 項目 | 内容 |
|---|---|
| 認証 | ISO 27001（両製品共通） |
| 暗号化 | AES-256（両製品共通） |

## 移行について

旧称メリディアン・ファイルシンクからの移行手順は https://docs.meridian-data.com/MeridianFileSync/migration をご参照ください。
契約期間: 2027年1月1日〜2027年12月31日
""", [
    C(S, "max_users", 10000, "ok", "最大ユーザー数: ~~5,000ユーザー~~ 1万ユーザー"),
    C(S, "storage_per_user", 2 * TB, "conflict", "ストレージ: 1ユーザーあたり2TB"),
    C(S, "monthly_price", money(329, "GBP", "month"), "ok", "月額料金: 329ポンド（英国本社でのご契約）"),
    C(S, "supported_platforms", "Windows", "ok", "対応OS: Windows、macOS、iOS、Android"),
    C(S, "supported_platforms", "macOS", "ok", "対応OS: Windows、macOS、iOS、Android"),
    C(S, "supported_platforms", "iOS", "ok", "対応OS: Windows、macOS、iOS、Android"),
    C(S, "supported_platforms", "Android", "ok", "対応OS: Windows、macOS、iOS、Android"),
    C(S, "certifications", "ISO 27001", "ok", "| 認証 | ISO 27001（両製品共通） |"),
    C(V, "certifications", "ISO 27001", "unverified", "| 認証 | ISO 27001（両製品共通） |"),
    C(S, "encryption", "AES-256", "unverified", "| 暗号化 | AES-256（両製品共通） |"),
    C(V, "encryption", "AES-256", "ok", "| 暗号化 | AES-256（両製品共通） |"),
    T(S, "旧称メリディアン・ファイルシンクからの移行手順は")])

doc("docs/us-hq/harlow-insight-onepager.txt", "us-hq", """Meridian Insight - one-pager for Harlow & Pike LLP
Prepared by Dana Whitfield, Meridian Data, Inc.
535 Mission Street, 14th Floor, San Francisco, CA 94105 | +1 (415) 555-0142
November 2026

WHAT IT IS
Meridian Insight turns matter, billing and document-review data into live dashboards for partners and practice managers.

KEY FACTS
* Availability: Meridian Insight is generally available from January 2027; your pilot runs on the beta.
* Price: Meridian Insight is $30 per user per month, billed annually.
* Free trial: 14 days for new Meridian Insight workspaces.
* Dashboards: up to 200 per Meridian Insight workspace.
* Query latency: Meridian Insight returns most queries in under 2 seconds (p95).
* Connectors: Meridian Insight integrates with 40+ data sources.
* Japan billing: your Osaka affiliate is invoiced for Meridian Insight by our Tokyo office at ¥4,000 per user per month (tax excluded).

Meridian Insight has industry-leading query speed [1].

COMMERCIALS FOR HARLOW & PIKE
Initial rollout: litigation support group, New York and Boston.
Multi-year term: 8% off list on a three-year commitment.
Order form due: 4 December 2026.

[1] Source: Halden Research, Cloud BI Speed Test, April 2026.
""", [
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight is generally available from January 2027"),
    C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month, billed annually."),
    C(I, "free_trial", dur(14, "days"), "conflict", "Free trial: 14 days for new Meridian Insight workspaces."),
    C(I, "max_dashboards", 200, "ok", "Dashboards: up to 200 per Meridian Insight workspace."),
    C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight returns most queries in under 2 seconds (p95)."),
    C(I, "integrations", 40, "unverified", "Meridian Insight integrates with 40+ data sources."),
    C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "office-variant", "invoiced for Meridian Insight by our Tokyo office at ¥4,000 per user per month (tax excluded)")])


# =====================================================================================
# Building the files
# =====================================================================================
from email.utils import parsedate_to_datetime


def html_from_text(text, gmail=False):
    """A plausible HTML alternative for a plain-text body (quoted lines in a blockquote)."""
    out, inq = [], False
    for line in text.rstrip("\n").split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        if inq and not q:
            out.append("</blockquote>")
        inq = q
        body = line[2:] if line.startswith("> ") else line[1:] if q else line
        out.append(htmlmod.escape(body) + "<br>" if body else "<br>")
    if inq:
        out.append("</blockquote>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def mailer_headers(m):
    k = m["mailer"]
    if k == "outlook":
        lang = "ja-JP" if m["charset"] == "iso-2022-jp" or not is_ascii(m["body"][:200]) else "en-GB" if "uk." in m["frm"][1] else "en-US"
        return [("Thread-Topic", subj(re.sub(r"^(RE|FW|Re|Fwd): ", "", m["subject"]), "utf-8")),
                ("Accept-Language", "ja-JP, en-US" if "jp." in m["frm"][1] else "en-GB, en-US"),
                ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if m.get("attach") else ""),
                ("X-MS-TNEF-Correlator", "")]
    if k == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird")]
    if k == "applemail":
        return [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    if k == "gmail":
        return []
    if k == "becky":
        return [("X-Mailer", "Denbun POP ver.3.3.3")]
    return []


def header_charset(m):
    return "iso-2022-jp" if m["charset"] == "iso-2022-jp" else "utf-8"


def build_mail(m):
    hc = header_charset(m)
    hs = [("From", addr(m["frm"][0], m["frm"][1], hc)), ("To", m["to"])]
    if m.get("cc"):
        hs.append(("Cc", m["cc"]))
    hs += [("Subject", subj(m["subject"], hc)), ("Date", m["date"]), ("Message-ID", m["msgid"])]
    if m.get("in_reply_to"):
        hs += [("In-Reply-To", m["in_reply_to"]), ("References", m["in_reply_to"])]
    hs += mailer_headers(m) + [("MIME-Version", "1.0")]
    cs, cte = m["charset"], m["cte"]
    fl = [] if m["mailer"] != "thunderbird" else []
    if m.get("attach"):
        a = m["attach"]
        inner_hs = [("From", addr(a["frm"][0], a["frm"][1], "iso-2022-jp")), ("To", a["to"]),
                    ("Subject", subj(a["subject"], "iso-2022-jp")), ("Date", a["date"]), ("Message-ID", a["msgid"]),
                    ("Content-Language", "ja-JP"), ("MIME-Version", "1.0")]
        inner = message(inner_hs, part(a["body"], "plain", "iso-2022-jp", "7bit"))
        fn = a["filename"]
        qfn = "".join(c if c.isalnum() and c.isascii() else "%%%02X" % b for c in fn for b in c.encode("utf-8")) if not is_ascii(fn) else fn
        enc_name = subj(fn, "utf-8")
        att = (CRLF.join(['Content-Type: message/rfc822; name="%s"' % enc_name,
                          "Content-Disposition: attachment; filename*=utf-8''%s" % qfn]) + CRLF + CRLF).encode("ascii") + inner
        body = multipart("mixed", "_004_OS3PR01MB66129D1E47B3A0C58F2E7B16D4A80OS3PR01MB6612jpnp_",
                         [part(m["body"], "plain", cs, cte), att])
    elif m.get("html") or m.get("gmail_html"):
        h = m.get("html") or html_from_text(m["body"], True)
        hcte = "quoted-printable" if m["mailer"] in ("gmail", "applemail") else cte
        bnd = {"gmail": "000000000000" + m["msgid"][3:19].encode().hex()[:16],
               "applemail": "Apple-Mail=_" + "5C2E9A41-3B7D-4F02-8E16-A0D94C7B2F38",
               "outlook": "_000_" + re.sub(r"[^A-Za-z0-9]", "", m["msgid"])[:60] + "_"}[m["mailer"]]
        body = multipart("alternative", bnd, [part(m["body"], "plain", cs, cte), part(h, "html", cs, hcte)])
    else:
        extra = []
        body = part(m["body"], "plain", cs, cte, extra)
        if m["mailer"] == "thunderbird":
            body = body.replace(b"Content-Type: text/plain; charset=utf-8", b"Content-Type: text/plain; charset=UTF-8; format=flowed", 1)
    return message(hs, body)


def as_of(m):
    return parsedate_to_datetime(m["date"]).date().isoformat()


def expand(recs, file, msgid, office, asof):
    out = []
    for r in recs:
        if r[0] == "claim":
            _, product, attribute, value, verdict, text, q, off = r
            out.append({"type": "claim", "file": file, "message_id": msgid, "product": product, "attribute": attribute,
                        "value": value, "verdict": verdict, "quoted": bool(q), "office": off or office,
                        "as_of": asof, "text": text})
        elif r[0] == "phrase":
            out.append({"type": "finding", "file": file, "message_id": msgid, "kind": "phrase", "rule": r[1],
                        "product": None, "quoted": bool(r[3]), "text": r[2]})
        elif r[0] == "terminology":
            out.append({"type": "finding", "file": file, "message_id": msgid, "kind": "terminology", "rule": None,
                        "product": r[1], "quoted": bool(r[3]), "text": r[2]})
    # one line per claim (same value, quoted, office) and per finding key
    seen, kept = set(), []
    for o in out:
        k = (o["type"], o.get("kind"), o.get("rule"), o["product"], o.get("attribute"),
             json.dumps(o.get("value"), sort_keys=True), o.get("quoted") if o["type"] == "claim" else None, o.get("office"))
        if k not in seen:
            seen.add(k)
            kept.append(o)
    return kept


def norm_value_key(v):
    if isinstance(v, dict) and "unit" in v:
        f = {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}[v["unit"]]
        return ("dur", v["amount"] * f)
    return json.dumps(v, sort_keys=True)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(archive_lines, date_of):
    """Pairs of offices (customers excluded) that said values for one product/attribute that cannot both be
    right, within 45 days; quoted claims dated by the quoting message; set members never contradict."""
    cl = [o for o in archive_lines if o["type"] == "claim" and o["office"] != "unknown" and o["attribute"] not in SET_ATTRS]
    found = {}
    for i, a in enumerate(cl):
        for b in cl[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((date.fromisoformat(a["as_of"]) - date.fromisoformat(b["as_of"])).days) > 45:
                continue
            va, vb = a["value"], b["value"]
            if isinstance(va, dict) and "currency" in va and (va["currency"], va["per"]) != (vb["currency"], vb["per"]):
                continue
            if norm_value_key(va) == norm_value_key(vb):
                continue
            good = ("ok", "office-variant")
            if a["verdict"] in good and b["verdict"] in good:
                continue
            offs = tuple(sorted((a["office"], b["office"])))
            key = (a["product"], a["attribute"], offs)
            f = found.setdefault(key, {"values": {}, "files": set(), "pairs": []})
            for x in (a, b):
                bad = x["verdict"] not in good
                if x["office"] not in f["values"] or bad:
                    f["values"][x["office"]] = x["value"]
                f["files"].add(date_of[x["message_id"]])
            f["pairs"].append((a["message_id"], b["message_id"]))
    out = []
    for (p, attr, offs), f in sorted(found.items()):
        out.append({"type": "cross-office", "product": p, "attribute": attr, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": sorted(f["files"]), "values": f["values"]})
    return out


def mbox_from_line(raw, m):
    d = parsedate_to_datetime(m["date"])
    from email.utils import format_datetime
    import time
    u = d.astimezone(__import__("datetime").timezone.utc)
    return "From %s %s" % (m["frm"][1], u.strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  ", 1) if u.day < 10 else u.strftime("%a %b %d %H:%M:%S %Y"))


def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    # clean what we own
    for sub in ("mail", "docs"):
        d = os.path.join(ROOT, sub)
        if os.path.isdir(d):
            for dp, dn, fn in os.walk(d, topdown=False):
                for f in fn:
                    os.remove(os.path.join(dp, f))
                for x in dn:
                    os.rmdir(os.path.join(dp, x))
    lines, archive_lines, raws, date_of = [], [], {}, {}
    for m in MAILS:
        raw = build_mail(m)
        raws[m["n"]] = raw
        fn = "mail/%s.eml" % m["n"]
        write(fn, raw)
        mid = m["msgid"].strip("<>")
        date_of[mid] = fn
        recs = expand(m["recs"], fn, mid, office_of(m["frm"][1]), as_of(m))
        lines += recs
        if m["archive"]:
            a = [dict(o, file="mail/archive.mbox") for o in recs]
            archive_lines += a
    # archive.mbox (mboxrd, date order)
    arch = sorted((m for m in MAILS if m["archive"]), key=lambda m: parsedate_to_datetime(m["date"]))
    mb = []
    for m in arch:
        body = raws[m["n"]].replace(b"\r\n", b"\n").decode("latin-1")
        body = re.sub(r"(?m)^(>*From )", r">\1", body)
        mb.append(mbox_from_line(raws[m["n"]], m) + "\n" + body.rstrip("\n") + "\n\n")
    write("mail/archive.mbox", "".join(mb).encode("latin-1"))
    lines += archive_lines
    for d in DOCS:
        write(d["path"], d["text"].encode(d["encoding"]))
        if "/drafts/" not in d["path"]:
            lines += expand(d["recs"], d["path"], None, d["office"], DOC_AS_OF)
    xo = cross_office(archive_lines, date_of)
    lines += xo
    write("expected.jsonl", "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines))
    write(".onevoice.yaml", """# onevoice configuration for probe set 69 (SPEC section 6).
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
    if "--check" in sys.argv or True:
        check(lines, raws)
    print("mails=%d archive=%d docs=%d expected=%d cross-office=%d" % (
        len(MAILS), len(arch), sum(1 for d in DOCS if "/drafts/" not in d["path"]), len(lines), len(xo)), file=sys.stderr)


# =====================================================================================
# Self-checks: every excerpt is in the decoded text; phrase rules and old names, scanned
# independently, fire exactly where the labels say.
# =====================================================================================
def decoded_text(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct == "text/plain":
            out.append(p.get_content())
        elif ct == "text/html":
            out.append(htmlmod.unescape(re.sub(r"<[^>]+>", " ", p.get_content())))
    return "\n".join(out)


def squash(s):
    return " ".join(s.split())


def sentences(text):
    for line in text.split("\n"):
        line = re.sub(r"^[>\s]+", "", line)
        for s in re.split(r"(?<=[。！？])|(?<=[.!?])\s+", line):
            if s.strip():
                yield s


def is_ja(s):
    ja = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", s))
    lat = len(re.findall(r"[A-Za-z]", s))
    return ja > 0 and ja * 2 >= lat


def load_phrases():
    import unicodedata
    rules = []
    here = os.path.join(ROOT, "..", "..", "shared", "eval", "rules", "phrases")
    for fn in ("en.yaml", "ja.yaml"):
        txt = open(os.path.join(here, fn), encoding="utf-8").read()
        for block in re.split(r"\n  - id: ", txt)[1:]:
            rid = block.split("\n")[0].strip()
            pats = re.findall(r"^      - '(.*)'\s*(?:#.*)?$", block.split("    unless:")[0].split("    examples:")[0], re.M)
            unl = []
            if "    unless:" in block:
                unl = re.findall(r"^      - '(.*)'\s*(?:#.*)?$", block.split("    unless:")[1].split("    examples:")[0], re.M)
            fix = lambda p: p.replace("''", "'")
            rules.append((rid, rid[:2], [re.compile(fix(p)) for p in pats], [re.compile(fix(p)) for p in unl]))
    return rules


def scan(text):
    import unicodedata
    text = unicodedata.normalize("NFKC", text)
    fired = set()
    for rid, lang, pats, unl in load_phrases():
        if any(u.search(text) for u in unl):
            continue
        for s in sentences(text):
            if (lang == "ja") != is_ja(s):
                continue
            if any(p.search(s) for p in pats):
                fired.add(rid)
    old = set()
    t2 = re.sub(r"https?://\S+", " ", text)
    if re.search(r"Meridian ?File ?Sync|メリディアン[ ・]?ファイルシンク", t2):
        old.add("meridian-sync")
    return fired, old


def check(lines, raws):
    bad = 0
    by_file = {}
    for o in lines:
        by_file.setdefault((o.get("file"), o.get("message_id")), []).append(o)
    for m in MAILS:
        msg = email.message_from_bytes(raws[m["n"]], policy=policy.default)
        inner = [p.get_content() for p in msg.walk() if p.get_content_type() == "message/rfc822"]
        txt = decoded_text(msg) + "\n" + "\n".join(decoded_text(x) for x in inner)
        recs = by_file[("mail/%s.eml" % m["n"], m["msgid"].strip("<>"))] if ("mail/%s.eml" % m["n"], m["msgid"].strip("<>")) in by_file else []
        for o in recs:
            if o.get("text") and squash(o["text"]) not in squash(txt):
                print("EXCERPT NOT FOUND %s: %s" % (m["n"], o["text"]), file=sys.stderr)
                bad += 1
        fired, old = scan(txt.split("\n" + "\n".join(decoded_text(x) for x in inner))[0] if False else txt)
        want = {o["rule"] for o in recs if o.get("kind") == "phrase"}
        wold = {o["product"] for o in recs if o.get("kind") == "terminology"}
        if fired != want or old != wold:
            print("SCAN %s: phrases fired=%s labelled=%s; old names=%s labelled=%s" % (m["n"], sorted(fired), sorted(want), old, wold), file=sys.stderr)
    for d in DOCS:
        if "/drafts/" in d["path"]:
            continue
        txt = d["text"]
        plain = htmlmod.unescape(re.sub(r"<[^>]+>", " ", txt)) if d["path"].endswith(".html") else txt
        recs = by_file.get((d["path"], None), [])
        for o in recs:
            if squash(o["text"]) not in squash(txt):
                print("EXCERPT NOT FOUND %s: %s" % (d["path"], o["text"]), file=sys.stderr)
                bad += 1
        fired, old = scan(plain)
        want = {o["rule"] for o in recs if o.get("kind") == "phrase"}
        wold = {o["product"] for o in recs if o.get("kind") == "terminology"}
        if fired != want or old != wold:
            print("SCAN %s: phrases fired=%s labelled=%s; old names=%s labelled=%s" % (d["path"], sorted(fired), sorted(want), old, wold), file=sys.stderr)
    if bad:
        sys.exit("%d excerpts not found" % bad)


if __name__ == "__main__":
    main()
