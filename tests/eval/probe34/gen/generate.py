#!/usr/bin/env python3
"""Generate evaluation set 34 (numbers in every form, English and Japanese).

Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py
Rewrites mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml, expected.jsonl.
"""
import base64, json, os, quopri, re, shutil, sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"

OFFICES = [("osaka", "@osaka.jp.meridian-data.com"), ("tokyo", "@jp.meridian-data.com"),
           ("london", "@uk.meridian-data.com"), ("us-hq", "@meridian-data.com")]


def office_of(addr):
    for o, suf in OFFICES:
        if addr.lower().endswith(suf):
            return o
    return "unknown"


# ---------------------------------------------------------------- value helpers
def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


def rng(lo, hi, unit):
    return {"min": lo, "max": hi, "unit": unit}


def TB(n):
    return int(round(n * 10 ** 12))


SY, VA, IN = "meridian-sync", "meridian-vault", "meridian-insight"


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict,
            "text": text, "quoted": quoted, "office": office}


def P(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "text": text, "quoted": quoted}


def T(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": product, "text": text, "quoted": quoted}


# ---------------------------------------------------------------- MIME helpers
def enc_header(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def encode_body(text, cs, cte):
    raw = text.encode({"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932"}.get(cs, cs))
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf(text, cs, cte, subtype="plain"):
    hdr = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, cs, cte)
    return hdr.encode(), encode_body(text, cs, cte)


def build(m):
    """-> raw bytes of message m."""
    cs = m["hcs"]
    dt = m["date"]
    h = []
    if m.get("received"):
        h.append("Received: from %s (%s) by mx.example.net with ESMTPS id %s; %s" %
                 (m["received"][0], m["received"][1], m["received"][2], format_datetime(dt)))
    h += ["Date: " + format_datetime(dt),
          "From: " + addr(m["from_name"], m["from"], cs),
          "To: " + ", ".join(addr(n, a, cs) for n, a in m["to"])]
    if m.get("cc"):
        h.append("Cc: " + ", ".join(addr(n, a, cs) for n, a in m["cc"]))
    h.append("Subject: " + enc_header(m["subject"], cs))
    h.append("Message-ID: <%s>" % m["id"])
    if m.get("reply_to_id"):
        h.append("In-Reply-To: <%s>" % m["reply_to_id"])
        h.append("References: <%s>" % m["reply_to_id"])
    h.append("MIME-Version: 1.0")
    if m.get("mailer"):
        h.append(m["mailer"])
    head = ("\n".join(h) + "\n").encode()
    kind = m.get("kind", "plain")
    if kind == "plain":
        ph, pb = leaf(m["body"], m["cs"], m["cte"])
        return head + ph + b"\n" + pb
    b = m["boundary"]
    if kind == "alt":
        ph, pb = leaf(m["body"], m["cs"], m["cte"])
        hh, hb = leaf(m["html"], m["cs"], m["cte"], "html")
        return (head + ('Content-Type: multipart/alternative; boundary="%s"\n\n' % b).encode() +
                ("--%s\n" % b).encode() + ph + b"\n" + pb + b"\n" +
                ("--%s\n" % b).encode() + hh + b"\n" + hb + b"\n" + ("--%s--\n" % b).encode())
    if kind == "rfc822":
        ph, pb = leaf(m["body"], m["cs"], m["cte"])
        inner = build(m["attached"])
        return (head + ('Content-Type: multipart/mixed; boundary="%s"\n\n' % b).encode() +
                b"This is a multi-part message in MIME format.\n\n" +
                ("--%s\n" % b).encode() + ph + b"\n" + pb + b"\n" +
                ("--%s\n" % b).encode() +
                ('Content-Type: message/rfc822; name="%s"\nContent-Disposition: attachment; filename="%s"\n\n'
                 % (m["attached_name"], m["attached_name"])).encode() + inner + b"\n" +
                ("--%s--\n" % b).encode())
    raise ValueError(kind)


def D(s, tz):
    """'2026-01-14 10:12:33', tz hours -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(timedelta(hours=tz)))


# ---------------------------------------------------------------- signatures
SIG_DANA = """Best,
Dana Whitfield
Senior Account Executive | Meridian Data, Inc.
500 Howard St, Suite 1200, San Francisco, CA 94105
o: +1 (415) 555-0142 | m: +1 (415) 555-0199"""

SIG_RYAN = """Ryan Cho | Solutions Engineer | Meridian Data
+1 (415) 555-0177 | 500 Howard St, San Francisco, CA 94105"""

SIG_MORI = """--
森 遥（Haruka Mori）
メリディアンデータ株式会社 東京オフィス 営業第二部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-5555-0123 / FAX: 03-5555-0124 / 携帯: 090-5555-7788"""

SIG_FUJIMOTO = """━━━━━━━━━━━━━━━━━━━━━━━━
藤本 健二
メリディアンデータ株式会社 大阪オフィス
〒530-0001 大阪府大阪市北区梅田3-1-3 ノースゲートビル 15F
TEL: 06-5555-0186 ／ 携帯: 080-5555-2231
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_OLIVER = """Kind regards,
Oliver Grant
Account Director, Meridian Data UK Ltd
1 Finsbury Avenue, London EC2M 2PF
T +44 20 7946 0321 | M +44 7700 900 418
Meridian Data UK Ltd is registered in England & Wales, No. 09876543. VAT GB 123 4567 89."""

M = []   # messages

# ---------------------------------------------------------------- 0001 us-hq, Jan 2026
M.append(dict(
    n="0001", date=D("2026-01-14 10:12:33", -8), hcs="utf-8",
    from_name="Dana Whitfield", **{"from": "dana.whitfield@meridian-data.com"},
    to=[("Marcus Levin", "mlevin@brightwater-health.com")],
    subject="Recap: Meridian Sync for Brightwater Health",
    id="CAF7k2q9xR0e+Lw1aPq3vT8mYdZ0uJ4s@mail.gmail.com", cs="us-ascii", cte="7bit",
    mailer="X-Mailer: Superhuman Desktop (2026-01-09T18:02:11Z)",
    body="""Hi Marcus,

Thanks for the time on Tuesday. As promised, a quick recap of what we covered.

- Meridian Sync supports up to 5,000 users per tenant today.
- That comfortably covers the 1,850 staff you mentioned, with room for the two clinics opening in Q3.
- Each Meridian Sync user gets 1,000 GB of storage.
- Meridian Sync is backed by a 99.9 percent monthly uptime SLA.
- Meridian Sync pricing is $399 per month for the workspace, billed annually.

On the commercial side, I can hold a 12% discount on the first-year invoice if we sign before February 27. Your procurement team asked about payment terms: net 45 is fine.

I'll send the security pack (SOC 2 Type II report, pen-test summary) under NDA once DocuSign comes back.

""" + SIG_DANA + "\n",
    exp=[C(SY, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per tenant today."),
         C(SY, "storage_per_user", TB(1), "ok", "Each Meridian Sync user gets 1,000 GB of storage."),
         C(SY, "sla", 99.9, "ok", "Meridian Sync is backed by a 99.9 percent monthly uptime SLA."),
         C(SY, "monthly_price", money(399, "USD", "month"), "ok",
           "Meridian Sync pricing is $399 per month for the workspace, billed annually.")]))

# ---------------------------------------------------------------- 0002 tokyo, Feb 2026
M.append(dict(
    n="0002", date=D("2026-02-03 14:22:05", 9), hcs="iso-2022-jp",
    from_name="森 遥", **{"from": "haruka.mori@jp.meridian-data.com"},
    to=[("田中 健一", "k.tanaka@kobayashi-seiki.co.jp")],
    subject="メリディアン ボールトに関するご質問への回答",
    id="20260203142205.4F1A2C@jp.meridian-data.com", cs="iso-2022-jp", cte="7bit",
    mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""小林精機株式会社
情報システム部 田中様

いつもお世話になっております。メリディアンデータの森です。
先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご質問いただいた点について、以下のとおり回答いたします。

1. 目標復旧時点（RPO）
メリディアン ボールトのRPOは最大15分です。

2. 保持期間
メリディアン ボールトの標準の保持期間は約3か月間となっております。

3. 容量
同製品は1テナントあたり0.5PBまで保存可能です。
（御社の現行データ量は約120TBと伺っております。）

4. 料金
メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。
120TBでご利用の場合、月額336,000円（税抜）となります。

5. データセンター
メリディアン ボールトのデータセンターは、国内では東京と大阪の2拠点でございます。

ご不明点がございましたら、お気軽にお問い合わせください。
引き続きよろしくお願いいたします。

""" + SIG_MORI + "\n",
    exp=[C(VA, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは最大15分です。"),
         C(VA, "retention", dur(3, "months"), "ok", "メリディアン ボールトの標準の保持期間は約3か月間となっております。"),
         C(VA, "max_storage", TB(500), "ok", "同製品は1テナントあたり0.5PBまで保存可能です。"),
         C(VA, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。"),
         C(VA, "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは、国内では東京と大阪の2拠点でございます。"),
         C(VA, "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは、国内では東京と大阪の2拠点でございます。")]))

# ---------------------------------------------------------------- 0003 customer reply (Thunderbird, > quotes)
M.append(dict(
    n="0003", date=D("2026-02-11 09:48:51", 9), hcs="utf-8",
    from_name="田中 健一", **{"from": "k.tanaka@kobayashi-seiki.co.jp"},
    to=[("森 遥", "haruka.mori@jp.meridian-data.com")],
    subject="Re: メリディアン ボールトに関するご質問への回答",
    id="8c1e7b52-3f0a-4d6e-9b21-6a0d2f4c9e13@kobayashi-seiki.co.jp",
    reply_to_id="20260203142205.4F1A2C@jp.meridian-data.com", cs="utf-8", cte="base64",
    mailer="User-Agent: Mozilla Thunderbird",
    body="""森様

お世話になっております。小林精機の田中です。
ご回答ありがとうございました。社内で検討したところ、以下の点を追加で確認させてください。

・当社の要件として、RPOは10分以内が必要です。メリディアン ボールトで対応は可能でしょうか。
・バックアップの保持期間を1年以上に延長することは可能でしょうか。
・来期（2027年度）はデータ量が約200TBまで増える見込みです。

お手数ですが、2月20日（金）までにご回答いただけますと幸いです。
よろしくお願いいたします。

2026年2月3日(火) 14:22 森 遥 <haruka.mori@jp.meridian-data.com>:
> 1. 目標復旧時点（RPO）
> メリディアン ボールトのRPOは最大15分です。
>
> 2. 保持期間
> メリディアン ボールトの標準の保持期間は約3か月間となっております。
>
> 3. 容量
> 同製品は1テナントあたり0.5PBまで保存可能です。

--
田中 健一
小林精機株式会社 情報システム部
〒390-0811 長野県松本市中央2-3-18
TEL 0263-55-0147（内線 312）
""",
    exp=[C(VA, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは最大15分です。", True, "tokyo"),
         C(VA, "retention", dur(3, "months"), "ok", "メリディアン ボールトの標準の保持期間は約3か月間となっております。", True, "tokyo"),
         C(VA, "max_storage", TB(500), "ok", "同製品は1テナントあたり0.5PBまで保存可能です。", True, "tokyo")]))

# ---------------------------------------------------------------- 0004 london, multipart/alternative
B4 = """Hi Priya,

Great to speak earlier. You mentioned the warehouse estate is at roughly 38 TB today and growing by about 1.5 TB a month, so here are the numbers you asked for.

Meridian Vault
- RPO on Meridian Vault: a quarter of an hour, at most.
- Meridian Vault capacity: up to 500TB per tenant.
- Meridian Vault pricing: £16 per TB per month, ex VAT.
- Meridian Vault holds EU backups in our Frankfurt data centre. There is no London data centre.

Meridian Sync
- Meridian Sync allows up to 5,000 users per tenant now, rising to 10k users per tenant from 1 April 2026.
- Meridian Sync includes 1 TB of storage per user.
- Meridian Sync is £329 a month for the workspace, plus VAT.

I've attached the Vault service description (v2.1). Would a call on Thursday 26th at 10:30 work?

""" + SIG_OLIVER + "\n"
H4 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Hi Priya,</p>
<p>Great to speak earlier. You mentioned the warehouse estate is at roughly 38 TB today and growing by about 1.5 TB a month, so here are the numbers you asked for.</p>
<p><b>Meridian Vault</b></p>
<ul>
<li>RPO on Meridian Vault: a quarter of an hour, at most.</li>
<li>Meridian Vault capacity: up to 500TB per tenant.</li>
<li>Meridian Vault pricing: &pound;16 per TB per month, ex VAT.</li>
<li>Meridian Vault holds EU backups in our Frankfurt data centre. There is no London data centre.</li>
</ul>
<p><b>Meridian Sync</b></p>
<ul>
<li>Meridian Sync allows up to 5,000 users per tenant now, rising to 10k users per tenant from 1 April 2026.</li>
<li>Meridian Sync includes 1 TB of storage per user.</li>
<li>Meridian Sync is &pound;329 a month for the workspace, plus VAT.</li>
</ul>
<p>I've attached the Vault service description (v2.1). Would a call on Thursday 26th at 10:30 work?</p>
<p>Kind regards,<br>Oliver Grant<br>Account Director, Meridian Data UK Ltd<br>1 Finsbury Avenue, London EC2M 2PF<br>T +44 20 7946 0321 | M +44 7700 900 418</p>
</body></html>
"""
M.append(dict(
    n="0004", date=D("2026-02-19 15:40:12", 0), hcs="utf-8",
    from_name="Oliver Grant", **{"from": "oliver.grant@uk.meridian-data.com"},
    to=[("Priya Sharma", "priya.sharma@harrowgate-logistics.co.uk")],
    subject="Vault & Sync - figures from today's call",
    id="LO2P265MB3321F0A9C7D4E1B2A5C6D7E8F9A0@LO2P265MB3321.GBRP265.PROD.OUTLOOK.COM",
    kind="alt", boundary="_000_LO2P265MB3321F0A9_", cs="utf-8", cte="quoted-printable",
    mailer="X-Mailer: Microsoft Outlook 16.0", body=B4, html=H4,
    exp=[C(VA, "rpo", dur(0.25, "hours"), "ok", "RPO on Meridian Vault: a quarter of an hour, at most."),
         C(VA, "max_storage", TB(500), "ok", "Meridian Vault capacity: up to 500TB per tenant."),
         C(VA, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault pricing: £16 per TB per month, ex VAT."),
         C(VA, "data_centers", "Frankfurt", "ok", "Meridian Vault holds EU backups in our Frankfurt data centre."),
         C(SY, "max_users", 5000, "ok",
           "Meridian Sync allows up to 5,000 users per tenant now, rising to 10k users per tenant from 1 April 2026."),
         C(SY, "max_users", 10000, "ok",
           "Meridian Sync allows up to 5,000 users per tenant now, rising to 10k users per tenant from 1 April 2026."),
         C(SY, "storage_per_user", TB(1), "ok", "Meridian Sync includes 1 TB of storage per user."),
         C(SY, "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync is £329 a month for the workspace, plus VAT.")]))

# ---------------------------------------------------------------- 0005 osaka -> partner, Insight (not archived)
M.append(dict(
    n="0005", date=D("2026-03-05 11:03:40", 9), hcs="utf-8",
    from_name="藤本 健二", **{"from": "kenji.fujimoto@osaka.jp.meridian-data.com"},
    to=[("山口 美咲", "m.yamaguchi@nexus-si.co.jp")],
    subject="【ご参考】メリディアン インサイト 製品概要（販売パートナー様向け）",
    id="TY0PR01MB6543A1B2C3D4E5F60718293A@TY0PR01MB6543.jpnprd01.prod.outlook.com",
    cs="utf-8", cte="quoted-printable", mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""ネクサスSI株式会社
ソリューション営業部 山口様

いつも大変お世話になっております。メリディアンデータ大阪オフィスの藤本でございます。
メリディアン インサイトにつきまして、販売パートナー様向けの概要をお送りいたします。

■提供時期
メリディアン インサイトは、2027年1月より一般提供を開始いたします。現在はベータ版としてご提供しております。

■料金
メリディアン インサイトの料金は、ユーザー月額4,000円（税抜）です。
最低ご契約数は10ユーザーからとなります。

■性能
1億行規模のデータでも、同製品のクエリ応答時間は2秒以内です。

■無料トライアル
同製品は30日間の無料トライアルをご用意しております。

■ダッシュボード
同製品では最大二百個のダッシュボードを作成いただけます。

販売パートナー様向けの仕切り率（現行22%）は、4月1日以降も据え置きの予定です。
ご不明な点がございましたら、藤本までご連絡ください。

""" + SIG_FUJIMOTO + "\n",
    exp=[C(IN, "general_availability", "2027-01", "ok", "メリディアン インサイトは、2027年1月より一般提供を開始いたします。"),
         C(IN, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "メリディアン インサイトの料金は、ユーザー月額4,000円（税抜）です。"),
         C(IN, "query_latency", dur(2, "seconds"), "ok", "1億行規模のデータでも、同製品のクエリ応答時間は2秒以内です。"),
         C(IN, "free_trial", dur(30, "days"), "ok", "同製品は30日間の無料トライアルをご用意しております。"),
         C(IN, "max_dashboards", 200, "ok", "同製品では最大二百個のダッシュボードを作成いただけます。")]))

# ---------------------------------------------------------------- 0006 us-hq Outlook reply (everything below header block quoted)
M.append(dict(
    n="0006", date=D("2026-03-18 09:31:07", -7), hcs="utf-8",
    from_name="Ryan Cho", **{"from": "ryan.cho@meridian-data.com"},
    to=[("Marcus Levin", "mlevin@brightwater-health.com")],
    subject="RE: Insight questions",
    id="BY5PR11MB4120D2E3F4A5B6C7D8E9F0A1B2C3@BY5PR11MB4120.namprd11.prod.outlook.com",
    reply_to_id="CAF7k2q9xR0e+Zm3bQr5wT1nYeA7vK2p@mail.gmail.com",
    cs="utf-8", cte="quoted-printable", mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""Marcus,

Good questions - short answers before your steering committee:

Meridian Insight queries come back in between 1 and 2 seconds at p95 on a workspace your size.
Meridian Insight will be generally available at the end of January 2027; until then it runs as a beta.
It's $30/user/mo at list.
For the 240 analysts in phase one that works out to $7,200 a month before the 10% multi-year discount.
The Meridian Insight free trial is 30 days, and we can stretch the evaluation if legal needs longer.

Happy to walk the committee through a demo on the 24th.

Ryan

""" + SIG_RYAN + """

-----Original Message-----
From: Marcus Levin <mlevin@brightwater-health.com>
Sent: Tuesday, March 17, 2026 4:51 PM
To: Ryan Cho <ryan.cho@meridian-data.com>
Subject: Insight questions

Hi Ryan,

A few questions before our steering committee on March 24:
1. How fast are queries on roughly 50M rows?
2. When does Insight go GA? We heard early 2027.
3. What's the per-user price?
4. Is there a trial?

We're planning for 5-10k users across the group eventually, but phase one is 240 analysts. We need at least 99.9% availability from whatever we pick.

Thanks,
Marcus Levin
Director of Clinical Analytics, Brightwater Health
(617) 555-0134
""",
    exp=[C(IN, "query_latency", rng(1, 2, "seconds"), "ok",
           "Meridian Insight queries come back in between 1 and 2 seconds at p95 on a workspace your size."),
         C(IN, "general_availability", "2027-01", "ok",
           "Meridian Insight will be generally available at the end of January 2027; until then it runs as a beta."),
         C(IN, "per_user_price", money(30, "USD", "user-month"), "ok", "It's $30/user/mo at list."),
         C(IN, "free_trial", dur(30, "days"), "ok",
           "The Meridian Insight free trial is 30 days, and we can stretch the evaluation if legal needs longer.")]))

# ---------------------------------------------------------------- 0007 tokyo, before the 10k limit begins -> stale
M.append(dict(
    n="0007", date=D("2026-03-27 16:15:00", 9), hcs="iso-2022-jp",
    from_name="石川 翔", **{"from": "sho.ishikawa@jp.meridian-data.com"},
    to=[("佐々木 亮", "r.sasaki@hokuto-logi.co.jp")],
    subject="メリディアン シンクのご案内",
    id="000001dc9a3b$5e2f8c10$1a8fa430$@jp.meridian-data.com", cs="iso-2022-jp", cte="7bit",
    mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""北斗物流株式会社
総務部 佐々木様

お世話になっております。メリディアンデータ東京オフィスの石川です。
先日お問い合わせいただいたメリディアン シンクについて、概要をご案内いたします。

・メリディアン シンクは、1テナントあたり最大一万ユーザーまでご利用いただけます。
・メリディアン シンクの月額料金は55,000円（税込）です。
・メリディアン シンクの稼働率は99.9％です。
・メリディアン シンクはWindows、Mac、iPhone／iPadに対応しております。

なお、旧製品名「メリディアン ファイルシンク」でご契約中のお客様も、そのまま新プランへ移行いただけます。
御社の全社員約620名での導入を想定した場合のお見積りは、別途4月3日（金）までにお送りいたします。

--
石川 翔
メリディアンデータ株式会社 東京オフィス
TEL: 03-5555-0131 携帯: 070-5555-4409
""",
    exp=[C(SY, "max_users", 10000, "stale", "メリディアン シンクは、1テナントあたり最大一万ユーザーまでご利用いただけます。"),
         C(SY, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）です。"),
         C(SY, "sla", 99.9, "ok", "メリディアン シンクの稼働率は99.9％です。"),
         C(SY, "supported_platforms", "Windows", "ok", "メリディアン シンクはWindows、Mac、iPhone／iPadに対応しております。"),
         C(SY, "supported_platforms", "macOS", "ok", "メリディアン シンクはWindows、Mac、iPhone／iPadに対応しております。"),
         C(SY, "supported_platforms", "iOS", "ok", "メリディアン シンクはWindows、Mac、iPhone／iPadに対応しております。"),
         T(SY, "旧製品名「メリディアン ファイルシンク」でご契約中のお客様も")]))

# ---------------------------------------------------------------- 0008 tokyo reply with 元のメッセージ block
M.append(dict(
    n="0008", date=D("2026-04-08 13:20:44", 9), hcs="iso-2022-jp",
    from_name="森 遥", **{"from": "haruka.mori@jp.meridian-data.com"},
    to=[("田中 健一", "k.tanaka@kobayashi-seiki.co.jp")],
    subject="RE: Re: メリディアン ボールトに関するご質問への回答",
    id="20260408132044.7C3D9E@jp.meridian-data.com",
    reply_to_id="8c1e7b52-3f0a-4d6e-9b21-6a0d2f4c9e13@kobayashi-seiki.co.jp",
    cs="iso-2022-jp", cte="7bit", mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""田中様

お世話になっております。メリディアンデータの森です。
ご回答が遅くなり、大変申し訳ございません。

メリディアン ボールトのRPOは最大15分のため、10分以内というご要件には標準構成ではお応えできかねます。
同製品の標準の保持期間は90日間です。延長オプションについては別途お見積りいたします。
また、メリディアン ボールトは1テナントあたり最大500TBまで保存できます。
来期見込みの約200TBも問題なく収容可能です。

引き続きよろしくお願いいたします。

""" + SIG_MORI + """

-----元のメッセージ-----
差出人: 田中 健一 <k.tanaka@kobayashi-seiki.co.jp>
送信日時: 2026年2月11日 9:48
宛先: 森 遥 <haruka.mori@jp.meridian-data.com>
件名: Re: メリディアン ボールトに関するご質問への回答

森様

・当社の要件として、RPOは10分以内が必要です。メリディアン ボールトで対応は可能でしょうか。
・バックアップの保持期間を1年以上に延長することは可能でしょうか。
・来期（2027年度）はデータ量が約200TBまで増える見込みです。
""",
    exp=[C(VA, "rpo", dur(15, "minutes"), "ok",
           "メリディアン ボールトのRPOは最大15分のため、10分以内というご要件には標準構成ではお応えできかねます。"),
         C(VA, "retention", dur(90, "days"), "ok", "同製品の標準の保持期間は90日間です。"),
         C(VA, "max_storage", TB(500), "ok", "また、メリディアン ボールトは1テナントあたり最大500TBまで保存できます。")]))

# ---------------------------------------------------------------- 0009 london, public sector, latin-1 QP
M.append(dict(
    n="0009", date=D("2026-04-21 11:05:30", 1), hcs="iso-8859-1",
    from_name="Sophie Reed", **{"from": "sophie.reed@uk.meridian-data.com"},
    to=[("Alan Ellison", "alan.ellison@northmoor.gov.uk")],
    subject="NMC/ICT/2026/031 - Meridian Insight response",
    id="DB9PR02MB7001E4F5A6B7C8D9E0F1A2B3C4D5@DB9PR02MB7001.eurprd02.prod.outlook.com",
    cs="iso-8859-1", cte="quoted-printable", mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""Dear Mr Ellison,

Thank you for your enquiry of 14 April regarding the analytics tender (ref. NMC/ICT/2026/031).

Meridian Insight is £25 per user per month (pupm), excluding VAT.
For the 1,200 seats in Lot 2, that comes to £30,000 per month before the public-sector discount.
Meridian Insight comes with a two-week free trial.
Meridian Insight workspaces hold up to 200 dashboards each.
Meridian Insight supports 12 interface languages, Welsh among them.

We note from your clarification log that the incumbent offers "unlimited" dashboards; we would be happy to discuss how that compares in practice.

Clarification questions close at 12:00 on 5 May; we will submit the full response by 19 May.

Yours sincerely,
Sophie Reed
Public Sector Lead, Meridian Data UK Ltd
Company No. 09876543 | +44 20 7946 0388
""",
    exp=[C(IN, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
           "Meridian Insight is £25 per user per month (pupm), excluding VAT."),
         C(IN, "free_trial", dur(2, "weeks"), "conflict", "Meridian Insight comes with a two-week free trial."),
         C(IN, "max_dashboards", 200, "ok", "Meridian Insight workspaces hold up to 200 dashboards each."),
         C(IN, "ui_languages", 12, "unverified", "Meridian Insight supports 12 interface languages, Welsh among them."),
         P("en.unlimited", "the incumbent offers \"unlimited\" dashboards")]))

# ---------------------------------------------------------------- 0010 tokyo, Insight
M.append(dict(
    n="0010", date=D("2026-05-12 10:40:18", 9), hcs="iso-2022-jp",
    from_name="佐藤 由紀", **{"from": "yuki.sato@jp.meridian-data.com"},
    to=[("中村 直樹", "n.nakamura@sakura-pharma.co.jp")],
    subject="メリディアン インサイトのご紹介",
    id="20260512104018.2B8E71@jp.meridian-data.com", cs="iso-2022-jp", cte="7bit",
    mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""さくら製薬株式会社
DX推進室 中村様

お世話になっております。メリディアンデータの佐藤でございます。
先日ご相談いただいた分析基盤の件、メリディアン インサイトのご紹介をお送りいたします。

メリディアン インサイトは30日間の無料トライアルをご用意しております。
同製品のクエリ応答時間は1秒未満です。
同製品の一般提供開始は2027年1月を予定しております。
同製品の料金は1ユーザーあたり月額4,400円（税込）です。
御社の想定利用者数（約1,500名）でも問題なくご利用いただけます。

さらに、業界初の自然言語クエリ機能を搭載しております。

5月22日（金）15時からのデモの件、どうぞよろしくお願いいたします。

--
佐藤 由紀
メリディアンデータ株式会社 東京オフィス ソリューション営業部
〒100-0005 東京都千代田区丸の内1-6-5 21F
TEL: 03-5555-0140
""",
    exp=[C(IN, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトは30日間の無料トライアルをご用意しております。"),
         C(IN, "query_latency", dur(1, "seconds"), "conflict", "同製品のクエリ応答時間は1秒未満です。"),
         C(IN, "general_availability", "2027-01", "ok", "同製品の一般提供開始は2027年1月を予定しております。"),
         C(IN, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
           "同製品の料金は1ユーザーあたり月額4,400円（税込）です。"),
         P("ja.first-in-industry", "業界初の自然言語クエリ機能を搭載しております。")]))

# ---------------------------------------------------------------- 0011 us-hq, Vault, multipart/alternative
B11 = """Hi Jen,

Here's the summary for Thursday's call.

Meridian Vault at a glance:
* Meridian Vault RPO: no more than 15 min.
* Meridian Vault retention: backups are kept for 30 days by default.
* Meridian Vault capacity: scales to half a petabyte per tenant.
* Meridian Vault availability: 99.95%.
* Meridian Vault price: $20/TB/month.
* Meridian Vault encryption at rest: AES-256.

Your current footprint is ≈62 TB across 3 sites, growing ~8% a year, so you'd land around $1,240/month at list.
And the cutover from your current tool happens with zero downtime.

""" + SIG_DANA + "\n"
H11 = "<html><body><div dir=\"ltr\">" + "".join(
    "<div>%s</div>\n" % (l.replace("&", "&amp;").replace("<", "&lt;") if l else "<br>") for l in B11.split("\n")) + "</div></body></html>\n"
M.append(dict(
    n="0011", date=D("2026-05-20 13:55:02", -7), hcs="utf-8",
    from_name="Dana Whitfield", **{"from": "dana.whitfield@meridian-data.com"},
    to=[("Jennifer Ortiz", "jortiz@calderamedia.com")],
    subject="Meridian Vault summary for Thursday",
    id="CAF7k2q9xR0e+Tn8cUs6xV2oZfB8wL3q@mail.gmail.com",
    kind="alt", boundary="000000000000a1b2c3d4e5f60718", cs="utf-8", cte="quoted-printable", body=B11, html=H11,
    exp=[C(VA, "rpo", dur(15, "minutes"), "ok", "Meridian Vault RPO: no more than 15 min."),
         C(VA, "retention", dur(30, "days"), "conflict", "Meridian Vault retention: backups are kept for 30 days by default."),
         C(VA, "max_storage", TB(500), "ok", "Meridian Vault capacity: scales to half a petabyte per tenant."),
         C(VA, "sla", 99.95, "ok", "Meridian Vault availability: 99.95%."),
         C(VA, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault price: $20/TB/month."),
         C(VA, "encryption", "AES-256", "ok", "Meridian Vault encryption at rest: AES-256."),
         P("en.guarantee", "the cutover from your current tool happens with zero downtime")]))

# ---------------------------------------------------------------- 0012 osaka, Vault
M.append(dict(
    n="0012", date=D("2026-06-02 10:05:27", 9), hcs="utf-8",
    from_name="藤本 健二", **{"from": "kenji.fujimoto@osaka.jp.meridian-data.com"},
    to=[("大西 誠", "m.onishi@naniwa-kogyo.co.jp")],
    subject="メリディアン・ボールト お見積り前のご確認事項",
    id="TY0PR01MB6543B2C3D4E5F6071829304B@TY0PR01MB6543.jpnprd01.prod.outlook.com",
    cs="utf-8", cte="base64", mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""浪速工業株式会社
情報システム課 大西様

いつもお世話になっております。メリディアンデータ大阪オフィスの藤本でございます。
お見積り作成の前に、メリディアン・ボールトの仕様を改めてご案内いたします。

メリディアン・ボールトのバックアップ保持期間は、標準で約3か月です。
同製品のRPOは通常5〜15分程度です。
同製品の稼働率SLAは99.95％です。
同製品のデータセンターは東京・大阪のほか、オレゴンとフランクフルトにございます。
なお、シンガポールのデータセンターはご利用いただけません。
同製品の料金は1TBあたり月額3,080円（税込）です。

対象データ量（約45TB）と契約期間（36か月）が確定しましたら、正式なお見積りをお送りいたします。

""" + SIG_FUJIMOTO + "\n",
    exp=[C(VA, "retention", dur(3, "months"), "ok", "メリディアン・ボールトのバックアップ保持期間は、標準で約3か月です。"),
         C(VA, "rpo", rng(5, 15, "minutes"), "ok", "同製品のRPOは通常5〜15分程度です。"),
         C(VA, "sla", 99.95, "ok", "同製品の稼働率SLAは99.95％です。"),
         C(VA, "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京・大阪のほか、オレゴンとフランクフルトにございます。"),
         C(VA, "data_centers", "Osaka", "ok", "同製品のデータセンターは東京・大阪のほか、オレゴンとフランクフルトにございます。"),
         C(VA, "data_centers", "Oregon", "ok", "同製品のデータセンターは東京・大阪のほか、オレゴンとフランクフルトにございます。"),
         C(VA, "data_centers", "Frankfurt", "ok", "同製品のデータセンターは東京・大阪のほか、オレゴンとフランクフルトにございます。"),
         C(VA, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "同製品の料金は1TBあたり月額3,080円（税込）です。")]))

# ---------------------------------------------------------------- 0013 customer reply, reported statement + > quote
M.append(dict(
    n="0013", date=D("2026-06-15 17:12:40", 9), hcs="iso-2022-jp",
    from_name="大西 誠", **{"from": "m.onishi@naniwa-kogyo.co.jp"},
    to=[("藤本 健二", "kenji.fujimoto@osaka.jp.meridian-data.com")],
    subject="Re: メリディアン・ボールト お見積り前のご確認事項",
    id="5f2c9a10-7e4b-4c1d-8a36-b0e2d9f71c45@naniwa-kogyo.co.jp",
    reply_to_id="TY0PR01MB6543B2C3D4E5F6071829304B@TY0PR01MB6543.jpnprd01.prod.outlook.com",
    cs="iso-2022-jp", cte="7bit", mailer="User-Agent: Mozilla Thunderbird",
    body="""藤本様

お世話になっております。浪速工業の大西です。
ご案内ありがとうございます。1点確認させてください。

以前、東京オフィスの方からは、メリディアン・ボールトの保持期間は60日間と伺っております。
どちらが正しいのでしょうか。
なお、当社では監査対応のため、最低でも半年分（180日以上）の保持が必要です。

2026年6月2日(火) 10:05 藤本 健二 <kenji.fujimoto@osaka.jp.meridian-data.com>:
> メリディアン・ボールトのバックアップ保持期間は、標準で約3か月です。
> 同製品のRPOは通常5〜15分程度です。
> 同製品の稼働率SLAは99.95％です。

--
大西 誠
浪速工業株式会社 情報システム課
〒541-0041 大阪府大阪市中央区北浜2-1-9
TEL 06-5555-0722
""",
    exp=[C(VA, "retention", dur(60, "days"), "conflict",
           "以前、東京オフィスの方からは、メリディアン・ボールトの保持期間は60日間と伺っております。"),
         C(VA, "retention", dur(3, "months"), "ok", "メリディアン・ボールトのバックアップ保持期間は、標準で約3か月です。", True, "osaka"),
         C(VA, "rpo", rng(5, 15, "minutes"), "ok", "同製品のRPOは通常5〜15分程度です。", True, "osaka"),
         C(VA, "sla", 99.95, "ok", "同製品の稼働率SLAは99.95％です。", True, "osaka")]))

# ---------------------------------------------------------------- 0014 us-hq -> partner, words & terminology
M.append(dict(
    n="0014", date=D("2026-07-07 10:22:19", -7), hcs="utf-8",
    from_name="Priya Nair", **{"from": "priya.nair@meridian-data.com"},
    to=[("Tom Becker", "tbecker@summitresellers.com")],
    cc=[("Dana Whitfield", "dana.whitfield@meridian-data.com")],
    subject="Sync refresher for your reps (Q3)",
    id="CAGx8mPq1Lr2+Hs5dWt9yU3pAgC6xM4r@mail.gmail.com", cs="utf-8", cte="quoted-printable",
    body="""Hi Tom,

Quick refresher for your reps ahead of the Q3 push (July 13 – Sept 30):

- Meridian Sync now handles ten thousand users per tenant (up to the end of March 2026 it was capped at 5,000 users).
- Each Meridian Sync user gets 1 TB of storage (decimal, i.e. 1,000 GB, not 1 TiB).
- Meridian Sync's uptime SLA is three nines (99.9%).
- Meridian Sync is $399/mo per workspace.
- Meridian Sync runs on Windows, macOS, iOS and Android – there is no Linux client.

Some of the old collateral still says Meridian FileSync; please bin it. The 2024 datasheet at https://cdn.meridian-data.com/collateral/meridian-filesync-datasheet-2024.pdf now redirects to the current one.

Partner margin stays at 18% for deals under $50k ACV and 22% above that.

Priya Nair
Partner Manager, Americas | Meridian Data
+1 (415) 555-0163
""",
    exp=[C(SY, "max_users", 10000, "ok",
           "Meridian Sync now handles ten thousand users per tenant (up to the end of March 2026 it was capped at 5,000 users)."),
         C(SY, "max_users", 5000, "ok",
           "Meridian Sync now handles ten thousand users per tenant (up to the end of March 2026 it was capped at 5,000 users)."),
         C(SY, "storage_per_user", TB(1), "ok", "Each Meridian Sync user gets 1 TB of storage (decimal, i.e. 1,000 GB, not 1 TiB)."),
         C(SY, "sla", 99.9, "ok", "Meridian Sync's uptime SLA is three nines (99.9%)."),
         C(SY, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399/mo per workspace."),
         C(SY, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
         C(SY, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
         C(SY, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
         C(SY, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
         T(SY, "Some of the old collateral still says Meridian FileSync")]))

# ---------------------------------------------------------------- 0015 london, interleaved reply
M.append(dict(
    n="0015", date=D("2026-07-22 09:14:55", 1), hcs="utf-8",
    from_name="Oliver Grant", **{"from": "oliver.grant@uk.meridian-data.com"},
    to=[("Priya Sharma", "priya.sharma@harrowgate-logistics.co.uk")],
    subject="Re: Vault retention / RTO / Sync seats",
    id="5b7d1e6f-2a3c-4e8b-9f10-c2d3e4f5a6b7@uk.meridian-data.com",
    reply_to_id="CAHq3nR7sT1u+Vw4xY8zA2bCdE6fG0hJ@mail.gmail.com",
    cs="utf-8", cte="8bit", mailer="User-Agent: Mozilla Thunderbird",
    body="""Hi Priya,

Answers inline.

On Tue, 21 Jul 2026 at 16:02, Priya Sharma <priya.sharma@harrowgate-logistics.co.uk> wrote:
> Can Meridian Vault keep backups for longer than 90 days?

Meridian Vault retains backups for 90 days by default; longer retention is a paid add-on.

> What's the RTO if the Leeds warehouse goes dark?

Meridian Vault restores are typically back online within 4 hours for a tenant your size.

> And does it run in London?

No. Meridian Vault serves UK customers from our Frankfurt data centre.

> Is Sync able to go up to 12,000 users?

Meridian Sync tops out at 10,000 users per tenant. For 12k you'd need two tenants, which we can price together.

""" + SIG_OLIVER + "\n",
    exp=[C(VA, "retention", dur(90, "days"), "ok",
           "Meridian Vault retains backups for 90 days by default; longer retention is a paid add-on."),
         C(VA, "rto", dur(4, "hours"), "unverified",
           "Meridian Vault restores are typically back online within 4 hours for a tenant your size."),
         C(VA, "data_centers", "Frankfurt", "ok", "Meridian Vault serves UK customers from our Frankfurt data centre."),
         C(SY, "max_users", 10000, "ok", "Meridian Sync tops out at 10,000 users per tenant.")]))

# ---------------------------------------------------------------- 0016 tokyo correction (誤)(正)
M.append(dict(
    n="0016", date=D("2026-08-04 15:30:02", 9), hcs="utf-8",
    from_name="石川 翔", **{"from": "sho.ishikawa@jp.meridian-data.com"},
    to=[("佐々木 亮", "r.sasaki@hokuto-logi.co.jp")],
    subject="【訂正】メリディアン シンク 仕様のご案内",
    id="000001dd0c4e$7a1b2c3d$6e5f4a3b$@jp.meridian-data.com", cs="utf-8", cte="base64",
    mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""北斗物流株式会社
総務部 佐々木様

お世話になっております。メリディアンデータの石川です。
先日お送りした資料に誤りがございましたので、訂正してお詫び申し上げます。

訂正：メリディアン シンクの1テナントあたりの上限ユーザー数は、(誤)5,000名 (正)1万名 です。

あわせて、主な仕様を改めてお送りいたします。
・同製品のストレージは1ユーザーあたり1TB（1,000GB）です。
・同製品の月額料金は5万円（税抜）です。
・同製品はオフラインモードには対応しておりません。
・同製品のSLAは99.9パーセントです。

現行のファイルサーバーからの移行で、必ず運用コストを削減できます。
8月下旬（8/24〜8/28）のいずれかで、移行計画のお打ち合わせをお願いできれば幸いです。

--
石川 翔
メリディアンデータ株式会社 東京オフィス
TEL: 03-5555-0131 携帯: 070-5555-4409
""",
    exp=[C(SY, "max_users", 10000, "ok", "訂正：メリディアン シンクの1テナントあたりの上限ユーザー数は、(誤)5,000名 (正)1万名 です。"),
         C(SY, "storage_per_user", TB(1), "ok", "同製品のストレージは1ユーザーあたり1TB（1,000GB）です。"),
         C(SY, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は5万円（税抜）です。"),
         C(SY, "offline_mode", False, "ok", "同製品はオフラインモードには対応しておりません。"),
         C(SY, "sla", 99.9, "ok", "同製品のSLAは99.9パーセントです。"),
         P("ja.absolute", "現行のファイルサーバーからの移行で、必ず運用コストを削減できます。")]))

# ---------------------------------------------------------------- 0017 osaka, Insight, several errors
M.append(dict(
    n="0017", date=D("2026-08-19 14:48:36", 9), hcs="iso-2022-jp",
    from_name="西田 彩花", **{"from": "ayaka.nishida@osaka.jp.meridian-data.com"},
    to=[("松井 大輔", "d.matsui@kansai-retail.co.jp")],
    subject="メリディアン インサイトのご案内（関西リテール様）",
    id="20260819144836.91AC0F@osaka.jp.meridian-data.com", cs="iso-2022-jp", cte="7bit",
    mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""関西リテール株式会社
経営企画部 松井様

お世話になっております。メリディアンデータ大阪オフィスの西田です。
メリディアン インサイトについて、ご案内いたします。

メリディアン インサイトは、2026年10月に正式リリース予定です。
同製品のダッシュボードは最大千個まで作成可能です。
同製品のクエリ応答時間は2〜3秒程度です。
同製品は1ユーザーあたり月額4,000円（税込）でご利用いただけます。
同製品は100種類超のデータソースと連携できます。

御社の店舗数（約140店舗）分のダッシュボードも、余裕をもってご用意いただけます。

--
西田 彩花
メリディアンデータ株式会社 大阪オフィス
TEL: 06-5555-0190
""",
    exp=[C(IN, "general_availability", "2026-10", "conflict", "メリディアン インサイトは、2026年10月に正式リリース予定です。"),
         C(IN, "max_dashboards", 1000, "conflict", "同製品のダッシュボードは最大千個まで作成可能です。"),
         C(IN, "query_latency", rng(2, 3, "seconds"), "conflict", "同製品のクエリ応答時間は2〜3秒程度です。"),
         C(IN, "per_user_price", money(4000, "JPY", "user-month", "included"), "conflict",
           "同製品は1ユーザーあたり月額4,000円（税込）でご利用いただけます。"),
         C(IN, "integrations", 100, "unverified", "同製品は100種類超のデータソースと連携できます。")]))

# ---------------------------------------------------------------- 0018 us-hq with an attached London message
ATT18 = dict(
    date=D("2026-08-28 16:40:10", 1), hcs="utf-8",
    from_name="Sophie Reed", **{"from": "sophie.reed@uk.meridian-data.com"},
    to=[("Ryan Cho", "ryan.cho@meridian-data.com")],
    subject="Insight numbers we gave Caldera's UK team",
    id="DB9PR02MB7001F5A6B7C8D9E0F1A2B3C4D5E6@DB9PR02MB7001.eurprd02.prod.outlook.com",
    cs="utf-8", cte="quoted-printable", mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""Ryan,

For the record, this is what we told Caldera's London team last week:

Meridian Insight is £25 per seat per month for their UK entity.
Each Meridian Insight workspace can hold up to 200 dashboards.

Their UK rollout is 85 seats, starting with the 1.5M-row ad-spend extract.

Sophie
""")
M.append(dict(
    n="0018", date=D("2026-09-01 11:02:47", -7), hcs="utf-8",
    from_name="Ryan Cho", **{"from": "ryan.cho@meridian-data.com"},
    to=[("Jennifer Ortiz", "jortiz@calderamedia.com")],
    subject="Insight timing + what the UK team heard",
    id="BY5PR11MB4120E3F4A5B6C7D8E9F0A1B2C3D4@BY5PR11MB4120.namprd11.prod.outlook.com",
    kind="rfc822", boundary="_004_BY5PR11MB4120E3F4_", attached=ATT18,
    attached_name="Insight numbers we gave Caldera's UK team.eml",
    cs="utf-8", cte="quoted-printable", mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""Hi Jen,

Meridian Insight is scheduled to go GA in January 2027.
I know Caldera's budget lands in Q1 FY27, so the timing should line up with your planning cycle.

I've attached Sophie's note so you can see exactly what your UK colleagues were told.

Ryan

""" + SIG_RYAN + "\n",
    exp=[C(IN, "general_availability", "2027-01", "ok", "Meridian Insight is scheduled to go GA in January 2027."),
         C(IN, "per_user_price", money(25, "GBP", "user-month"), "ok",
           "Meridian Insight is £25 per seat per month for their UK entity.", True, "london"),
         C(IN, "max_dashboards", 200, "ok", "Each Meridian Insight workspace can hold up to 200 dashboards.", True, "london")]))

# ---------------------------------------------------------------- 0019 customer, own claim + question (not archived)
M.append(dict(
    n="0019", date=D("2026-09-24 18:20:33", 9), hcs="utf-8",
    from_name="中村 直樹", **{"from": "n.nakamura@sakura-pharma.co.jp"},
    to=[("佐藤 由紀", "yuki.sato@jp.meridian-data.com")],
    subject="比較資料の数値について",
    id="OS3PR01MB8812C4D5E6F7A8B9C0D1E2F3A4B5@OS3PR01MB8812.jpnprd01.prod.outlook.com",
    cs="utf-8", cte="base64", mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""佐藤様

いつもお世話になっております。さくら製薬の中村です。

社内向けの比較資料を作成しておりますが、弊社の比較資料では、メリディアン ボールトの稼働率を99.9%と記載しております。
この数値で正しいか、ご確認いただけますでしょうか。
また、メリディアン インサイトの一般提供は2027年初頭のご予定でしょうか。

10月9日の役員会に間に合わせたく、10月6日（火）までにご回答いただけますと助かります。

中村 直樹
さくら製薬株式会社 DX推進室
TEL 03-5555-0911（代表）
""",
    exp=[C(VA, "sla", 99.9, "conflict",
           "弊社の比較資料では、メリディアン ボールトの稼働率を99.9%と記載しております。")]))

# ---------------------------------------------------------------- 0020 tokyo answer, 元のメッセージ quoting a customer claim
M.append(dict(
    n="0020", date=D("2026-10-06 11:45:09", 9), hcs="iso-2022-jp",
    from_name="佐藤 由紀", **{"from": "yuki.sato@jp.meridian-data.com"},
    to=[("中村 直樹", "n.nakamura@sakura-pharma.co.jp")],
    subject="RE: 比較資料の数値について",
    id="20261006114509.5D0B33@jp.meridian-data.com",
    reply_to_id="OS3PR01MB8812C4D5E6F7A8B9C0D1E2F3A4B5@OS3PR01MB8812.jpnprd01.prod.outlook.com",
    cs="iso-2022-jp", cte="7bit", mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""中村様

お世話になっております。メリディアンデータの佐藤でございます。
お問い合わせの件、回答いたします。

メリディアン ボールトのSLAは99.95％でございます。
資料に記載の99.9％は、メリディアン シンクのSLAの数値でございます。
メリディアン ボールトでは、保存データをAES-256方式で暗号化しております。
メリディアン インサイトの一般提供開始は、2027年1月を予定しております。

お手数ですが、資料のご修正をお願いいたします。

--
佐藤 由紀
メリディアンデータ株式会社 東京オフィス ソリューション営業部
TEL: 03-5555-0140

-----元のメッセージ-----
差出人: 中村 直樹 <n.nakamura@sakura-pharma.co.jp>
送信日時: 2026年9月24日 18:20
宛先: 佐藤 由紀 <yuki.sato@jp.meridian-data.com>
件名: 比較資料の数値について

佐藤様

社内向けの比較資料を作成しておりますが、弊社の比較資料では、メリディアン ボールトの稼働率を99.9%と記載しております。
この数値で正しいか、ご確認いただけますでしょうか。
""",
    exp=[C(VA, "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95％でございます。"),
         C(SY, "sla", 99.9, "ok", "資料に記載の99.9％は、メリディアン シンクのSLAの数値でございます。"),
         C(VA, "encryption", "AES-256", "ok", "メリディアン ボールトでは、保存データをAES-256方式で暗号化しております。"),
         C(IN, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は、2027年1月を予定しております。"),
         C(VA, "sla", 99.9, "conflict", "弊社の比較資料では、メリディアン ボールトの稼働率を99.9%と記載しております。",
           True, "unknown")]))

# ---------------------------------------------------------------- 0021 london, Vault, windows-1252
M.append(dict(
    n="0021", date=D("2026-10-15 14:33:21", 1), hcs="windows-1252",
    from_name="James Holt", **{"from": "james.holt@uk.meridian-data.com"},
    to=[("Eleanor Pike", "eleanor.pike@pembertonbank.co.uk")],
    subject="Meridian Vault - key figures for your RFP",
    id="LO2P265MB4410A7B8C9D0E1F2A3B4C5D6E7F8@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM",
    cs="windows-1252", cte="quoted-printable", mailer="X-Mailer: Microsoft Outlook 16.0",
    body="""Hi Eleanor,

Ahead of Friday's RFP deadline, here are the figures for section 4 ("Resilience"):

Meridian Vault scales to 500 TiB per tenant.
Meridian Vault offers four nines availability (99.99%).
Meridian Vault is £16/TB/month + VAT.
Meridian Vault holds ISO 27001 certification.
Meridian Vault support responds within 30 minutes for P1 tickets.
Meridian Vault support responds to P2 tickets within two business days.

Meridian Vault's industry-leading immutability means ransomware can't touch your backups.

Your current estate (roughly 210 TB, 14 sites) would fit comfortably in a single tenant.

Best wishes,
James Holt
Enterprise Account Manager – Financial Services
Meridian Data UK Ltd | Company No. 09876543
+44 20 7946 0355 | +44 7700 900 612
""",
    exp=[C(VA, "max_storage", 500 * 2 ** 40, "conflict", "Meridian Vault scales to 500 TiB per tenant."),
         C(VA, "sla", 99.99, "conflict", "Meridian Vault offers four nines availability (99.99%)."),
         C(VA, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is £16/TB/month + VAT."),
         C(VA, "certifications", "ISO 27001", "unverified", "Meridian Vault holds ISO 27001 certification."),
         C(VA, "support_response_time", dur(30, "minutes"), "unverified",
           "Meridian Vault support responds within 30 minutes for P1 tickets."),
         C(VA, "support_response_time", dur(2, "days"), "unverified",
           "Meridian Vault support responds to P2 tickets within two business days."),
         P("en.superlative", "Meridian Vault's industry-leading immutability")]))

# ---------------------------------------------------------------- 0022 osaka correction, multipart/alternative with <del>
B22 = """関西リテール株式会社
経営企画部 松井様

お世話になっております。メリディアンデータ大阪オフィスの西田です。
8月19日にお送りしたご案内に誤りがございました。訂正してお詫び申し上げます。

メリディアン インサイトの正式リリースは、(誤)2026年10月 (正)2027年1月 の予定です。
同製品のダッシュボード作成数の上限は、千個ではなく二百個です。
同製品のクエリ応答時間は最大2秒です。

ご迷惑をおかけし、申し訳ございません。

--
西田 彩花
メリディアンデータ株式会社 大阪オフィス
TEL: 06-5555-0190
"""
H22 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>関西リテール株式会社<br>経営企画部 松井様</p>
<p>お世話になっております。メリディアンデータ大阪オフィスの西田です。<br>
8月19日にお送りしたご案内に誤りがございました。訂正してお詫び申し上げます。</p>
<p>メリディアン インサイトの正式リリースは、<del>2026年10月</del> 2027年1月 の予定です。<br>
同製品のダッシュボード作成数の上限は、千個ではなく二百個です。<br>
同製品のクエリ応答時間は最大2秒です。</p>
<p>ご迷惑をおかけし、申し訳ございません。</p>
<p>--<br>西田 彩花<br>メリディアンデータ株式会社 大阪オフィス<br>TEL: 06-5555-0190</p>
</body></html>
"""
M.append(dict(
    n="0022", date=D("2026-11-03 10:10:10", 9), hcs="utf-8",
    from_name="西田 彩花", **{"from": "ayaka.nishida@osaka.jp.meridian-data.com"},
    to=[("松井 大輔", "d.matsui@kansai-retail.co.jp")],
    subject="【訂正】メリディアン インサイトのご案内",
    id="20261103101010.A2F6D1@osaka.jp.meridian-data.com",
    kind="alt", boundary="----=_NextPart_000_0012_01DB2E4F.5A6B7C80", cs="utf-8", cte="base64",
    mailer="X-Mailer: Microsoft Outlook 16.0", body=B22, html=H22,
    exp=[C(IN, "general_availability", "2027-01", "ok",
           "メリディアン インサイトの正式リリースは、(誤)2026年10月 (正)2027年1月 の予定です。"),
         C(IN, "max_dashboards", 200, "ok", "同製品のダッシュボード作成数の上限は、千個ではなく二百個です。"),
         C(IN, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒です。")]))

ARCHIVE = ["0001", "0002", "0003", "0007", "0009", "0010", "0011", "0012", "0013", "0014", "0015",
           "0016", "0017", "0018", "0020", "0021"]

# ================================================================ documents (judged as of DOCS_AS_OF)
DOCS = []

DOCS.append(dict(path="docs/tokyo/kobayashi-vault-proposal.md", office="tokyo", text="""# メリディアン ボールト ご提案書

小林精機株式会社 御中

見積番号: MQ-2026-1108-003 ／ 提出日: 2026年11月9日 ／ 有効期限: 2026年12月末日
メリディアンデータ株式会社 東京オフィス 営業第二部 森 遥（TEL 03-5555-0123）

## 1. ご提案の背景

御社の生産管理・CADデータのバックアップ対象は現在約120TBで、年率15%程度の増加が見込まれています。
現行のテープ運用では、週1回のフルバックアップに約9時間を要していると伺っております。

## 2. 製品仕様

表1 メリディアン ボールト 主要仕様（金額はすべて税抜）

| 項目 | 仕様 |
|---|---|
| 目標復旧時点（RPO） | 最大15分 |
| 保持期間 | 標準90日間 |
| 容量上限 | 1テナントあたり0.5PB（500TB） |
| 料金 | 1TBあたり月額2,800円 |
| データセンター | 東京、大阪 |
| 暗号化 | AES-256 |

## 3. お見積り（月額・税抜）

| 品目 | 数量 | 単価 | 金額 |
|---|---|---|---|
| バックアップ（TB課金） | 120 TB | 2,800円/TB | 336,000円 |

## 4. 補足

メリディアン ボールトは国内法人向けバックアップ市場でシェアNo.1※を獲得しております。

※2026年9月 東京リサーチ調べ（国内法人向けクラウドバックアップ市場、売上高ベース）

なお、分析基盤として別途ご検討中のメリディアン インサイトは、2027年1月の一般提供開始を予定しております。
""", exp=[
    C(VA, "rpo", dur(15, "minutes"), "ok", "| 目標復旧時点（RPO） | 最大15分 |"),
    C(VA, "retention", dur(90, "days"), "ok", "| 保持期間 | 標準90日間 |"),
    C(VA, "max_storage", TB(500), "ok", "| 容量上限 | 1テナントあたり0.5PB（500TB） |"),
    C(VA, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "| 料金 | 1TBあたり月額2,800円 |"),
    C(VA, "data_centers", "Tokyo", "ok", "| データセンター | 東京、大阪 |"),
    C(VA, "data_centers", "Osaka", "ok", "| データセンター | 東京、大阪 |"),
    C(VA, "encryption", "AES-256", "ok", "| 暗号化 | AES-256 |"),
    C(IN, "general_availability", "2027-01", "ok",
      "なお、分析基盤として別途ご検討中のメリディアン インサイトは、2027年1月の一般提供開始を予定しております。")]))

DOCS.append(dict(path="docs/london/pemberton-insight-proposal.html", office="london", text="""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Proposal: Meridian Insight for Pemberton Bank</title></head>
<body>
<h1>Proposal: Meridian Insight for Pemberton Bank</h1>
<p>Prepared by James Holt, 12 November 2026. Reference PB-RFP-2026-118, response to section 7 (Analytics).</p>

<h2>Summary</h2>
<table border="1">
<caption>Table 2. Meridian Insight: commercial and technical summary (prices exclude VAT)</caption>
<tr><th>Item</th><th>Meridian Insight</th></tr>
<tr><td>List price</td><td><del>£22</del> £25 per user per month</td></tr>
<tr><td>General availability</td><td>January 2027 (beta until then)</td></tr>
<tr><td>Free trial</td><td>30 days</td></tr>
<tr><td>Query latency (p95)</td><td>under 2 seconds</td></tr>
<tr><td>Dashboards per workspace</td><td>up to 200</td></tr>
<tr><td>Interface languages</td><td>9</td></tr>
<tr><td>Pre-built connectors</td><td>40+</td></tr>
</table>

<h2>Service levels</h2>
<table border="1">
<caption>Table 3. Meridian Sync and Meridian Insight: service levels</caption>
<tr><th>Item</th><th>Commitment</th></tr>
<tr><td>Uptime SLA</td><td>99.9% (both products)</td></tr>
<tr><td>Planned maintenance</td><td>Sundays 02:00&ndash;04:00 UK time, announced 7 days ahead</td></tr>
</table>

<h2>Indicative quote</h2>
<table border="1">
<caption>Table 4. Quote, monthly, GBP, excluding VAT</caption>
<tr><th>Item</th><th>Qty</th><th>Unit price (per user per month)</th><th>Total per month</th></tr>
<tr><td>Meridian Insight</td><td>350</td><td>£25.00</td><td>£8,750.00</td></tr>
</table>
<p>Pricing is held until 31 January 2027. Your phase 2 (a further 150 analysts in Edinburgh) can be added at the same rate.</p>

<p>Meridian Insight was rated the #1 analytics add-on by UK banking CIOs.*</p>
<p class="footnote">* Source: Fintech Survey UK 2026, p.&nbsp;14.</p>
</body>
</html>
""", exp=[
    C(IN, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "£25 per user per month"),
    C(IN, "general_availability", "2027-01", "ok", "January 2027 (beta until then)"),
    C(IN, "free_trial", dur(30, "days"), "ok", "<td>Free trial</td><td>30 days</td>"),
    C(IN, "query_latency", dur(2, "seconds"), "ok", "<td>Query latency (p95)</td><td>under 2 seconds</td>"),
    C(IN, "max_dashboards", 200, "ok", "<td>Dashboards per workspace</td><td>up to 200</td>"),
    C(IN, "ui_languages", 9, "unverified", "<td>Interface languages</td><td>9</td>"),
    C(IN, "integrations", 40, "unverified", "<td>Pre-built connectors</td><td>40+</td>"),
    C(SY, "sla", 99.9, "ok", "<td>Uptime SLA</td><td>99.9% (both products)</td>"),
    C(IN, "sla", 99.9, "unverified", "<td>Uptime SLA</td><td>99.9% (both products)</td>")]))

DOCS.append(dict(path="docs/us-hq/caldera-renewal-proposal.txt", office="us-hq", text="""MERIDIAN DATA - PROPOSAL FOR CALDERA MEDIA
Backup and file sharing, FY2027 renewal
Prepared by Dana Whitfield, November 16, 2026
Quote Q-US-26-4471, valid through December 31, 2026

1. MERIDIAN VAULT

Meridian Vault keeps every backup for 90 days by default.
Meridian Vault's RPO is 15 minutes.
Meridian Vault stores up to 500 TB per tenant.
Your ~62 TB estate leaves plenty of headroom for the 2027 archive migration.
Meridian Vault pricing is $20 per TB per month.
Meridian Vault recovery time (RTO) is 4-8 hours depending on dataset size.
Meridian Vault data centers: Oregon, Frankfurt, Tokyo and Osaka.

2. MERIDIAN SYNC

Meridian Sync costs $399 per month for the workspace.
Meridian Sync supports up to 25k users per tenant.
Meridian Sync storage is 1 TB per user.
Meridian Sync works offline, so crews on location can keep editing.
Meridian Sync is SOC 2 Type II and ISO 27001 certified.

3. COMMERCIALS

Year 1 total at list: $19,668, payable annually in advance.
Multi-year option: 8% off on a 3-year term, signed by January 15, 2027.

Contact: Dana Whitfield, +1 (415) 555-0142, 500 Howard St, Suite 1200, San Francisco, CA 94105
""", exp=[
    C(VA, "retention", dur(90, "days"), "ok", "Meridian Vault keeps every backup for 90 days by default."),
    C(VA, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes."),
    C(VA, "max_storage", TB(500), "ok", "Meridian Vault stores up to 500 TB per tenant."),
    C(VA, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault pricing is $20 per TB per month."),
    C(VA, "rto", rng(4, 8, "hours"), "unverified", "Meridian Vault recovery time (RTO) is 4-8 hours depending on dataset size."),
    C(VA, "data_centers", "Oregon", "ok", "Meridian Vault data centers: Oregon, Frankfurt, Tokyo and Osaka."),
    C(VA, "data_centers", "Frankfurt", "ok", "Meridian Vault data centers: Oregon, Frankfurt, Tokyo and Osaka."),
    C(VA, "data_centers", "Tokyo", "ok", "Meridian Vault data centers: Oregon, Frankfurt, Tokyo and Osaka."),
    C(VA, "data_centers", "Osaka", "ok", "Meridian Vault data centers: Oregon, Frankfurt, Tokyo and Osaka."),
    C(SY, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync costs $399 per month for the workspace."),
    C(SY, "max_users", 25000, "conflict", "Meridian Sync supports up to 25k users per tenant."),
    C(SY, "storage_per_user", TB(1), "ok", "Meridian Sync storage is 1 TB per user."),
    C(SY, "offline_mode", True, "conflict", "Meridian Sync works offline, so crews on location can keep editing."),
    C(SY, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is SOC 2 Type II and ISO 27001 certified."),
    C(SY, "certifications", "ISO 27001", "ok", "Meridian Sync is SOC 2 Type II and ISO 27001 certified.")]))

DOCS.append(dict(path="docs/osaka/naniwa-sync-proposal.md", office="osaka", text="""# メリディアン・シンク 導入ご提案書

浪速工業株式会社 御中

2026年11月13日
メリディアンデータ株式会社 大阪オフィス 藤本 健二（TEL 06-5555-0186）
文書番号: OSK-PRP-2026-0217

## 製品仕様

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | 1テナントあたり1万名 |
| 月額料金 | 55,000円（税込） |
| ストレージ | 1ユーザーあたり1TB |
| 稼働率（SLA） | 99.9% |
| 対応OS | Windows／macOS／iOS／Android |
| 認証 | ISO 27001、ISMAP |
| オフライン利用 | 非対応 |
| 1ユーザーあたりの端末数 | 最大5台 |

同製品は業界最安水準の月額料金でご提供しております。

## サポート・運用

| 項目 | 内容 |
|---|---|
| サポート窓口の一次回答 | 2営業日以内 |
| 障害時の目標復旧時間（RTO） | 半日程度 |

## ご提案の前提

- ご契約開始は2027年初頭（1月〜3月）を想定しております。
- 本提案は、旧メリディアン・ファイルシンクからの移行を前提としております。
- お見積り有効期限：2026年12月25日
""", exp=[
    C(SY, "max_users", 10000, "ok", "| 最大ユーザー数 | 1テナントあたり1万名 |"),
    C(SY, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "| 月額料金 | 55,000円（税込） |"),
    C(SY, "storage_per_user", TB(1), "ok", "| ストレージ | 1ユーザーあたり1TB |"),
    C(SY, "sla", 99.9, "ok", "| 稼働率（SLA） | 99.9% |"),
    C(SY, "supported_platforms", "Windows", "ok", "| 対応OS | Windows／macOS／iOS／Android |"),
    C(SY, "supported_platforms", "macOS", "ok", "| 対応OS | Windows／macOS／iOS／Android |"),
    C(SY, "supported_platforms", "iOS", "ok", "| 対応OS | Windows／macOS／iOS／Android |"),
    C(SY, "supported_platforms", "Android", "ok", "| 対応OS | Windows／macOS／iOS／Android |"),
    C(SY, "certifications", "ISO 27001", "ok", "| 認証 | ISO 27001、ISMAP |"),
    C(SY, "certifications", "ISMAP", "conflict", "| 認証 | ISO 27001、ISMAP |"),
    C(SY, "offline_mode", False, "ok", "| オフライン利用 | 非対応 |"),
    C(SY, "max_devices", 5, "unverified", "| 1ユーザーあたりの端末数 | 最大5台 |"),
    C(SY, "support_response_time", dur(2, "days"), "unverified", "| サポート窓口の一次回答 | 2営業日以内 |"),
    C(SY, "rto", dur(0.5, "days"), "unverified", "| 障害時の目標復旧時間（RTO） | 半日程度 |"),
    P("ja.cheapest", "同製品は業界最安水準の月額料金でご提供しております。"),
    T(SY, "本提案は、旧メリディアン・ファイルシンクからの移行を前提としております。")]))


ONEVOICE = """# onevoice configuration for evaluation set 34 (SPEC section 6).
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


README = """# Evaluation set 34 — numbers in every form (English and Japanese)

Fictional company Meridian Data (truth: `/work/shared/eval/FACTS.md`, claims base
`/work/shared/eval/rules/`). 22 messages (`mail/0001.eml`–`mail/0022.eml`), 16 of them
again in `mail/archive.mbox` (mboxrd, date order), 4 proposal documents under
`docs/<office>/`. Documents are judged as of **2026-11-22**; mails as of their own Date.

Everything here is written by `gen/generate.py` (python3, stdlib only, deterministic):

    python3 gen/generate.py                               # rewrites mail/, docs/, expected.jsonl, README.md
    python3 /work/shared/eval/score.py --selftest .        # scorer self-check (passes)
    /work/shared/eval/run BINARY /work/probe/set34         # score an engine on this set

The generator also checks that every `text` excerpt occurs in the decoded text, and
derives the cross-office records from the archive claims (different offices, same
product+attribute, non-set kind, within 45 days, values differ, not both `ok`; money
only in the same currency and period, compared tax-excluded).

## What it emphasises

Numbers written every way a sales person writes them: `10k`, `25k`, `ten thousand`,
`一万`, `1万名`, `二百個`, `千個`; data sizes `0.5PB`, `500TB`, `half a petabyte`,
`1,000 GB`, `500 TiB` (binary: 549.76 TB, a conflict); ranges (`between 1 and 2
seconds`, `5〜15分`, `2〜3秒`, `4-8 hours`); bounds (`up to`, `no more than`, `≤`-style,
`以内`, `未満`, `100種類超`, `40+`, `最大`); `99.9 percent`, `three nines (99.9%)`,
`four nines (99.99%)`, `99.9パーセント`; per-unit prices (`$30/user/mo`, `£25 per
user per month (pupm)`, `£25 per seat per month`, `$20/TB/month`, `ユーザー月額`,
`1TBあたり月額3,080円（税込）`); durations (`a quarter of an hour`, `two-week`, `約3か月`,
`two business days`, `2営業日`, `半日`); approximations (`約`, `程度`, `~`, `≈`, `roughly`);
dates (`end of January 2027`, `January 2027`, `2027年1月`, `(誤)2026年10月 (正)2027年1月`).
Near-misses: deal quantities and totals in sentences without a product (1,850 staff,
240 analysts, 120TBで月額336,000円, 1,200 seats → £30,000), customer requirements and
questions (RPO 10分以内, 180日以上, 5-10k users, at least 99.9%, early 2027, 2027年初頭),
denied values (not 1 TiB, 千個ではなく, no Linux client, no London data centre), version
and reference numbers, signatures full of phone numbers and postcodes, `Q1 FY27`.
A period-placed value (`up to the end of March 2026 it was capped at 5,000 users`), a
not-yet-valid value (10,000 users on 2026-03-27: `stale`), and a period-placed future
value (`rising to 10k users per tenant from 1 April 2026`, in February: `ok`).

Encodings: ISO-2022-JP 7bit, UTF-8 base64 / quoted-printable / 8bit, ISO-8859-1 and
windows-1252 quoted-printable, multipart/alternative (plain + HTML with `<del>`), a
multipart/mixed with an attached message/rfc822. Quote styles: `>` after a Japanese
`日付 名前 <addr>:` header, interleaved `On … wrote:`, Outlook `-----Original Message-----`,
`-----元のメッセージ-----`.

Cross-office (5): Vault retention osaka/us-hq, Vault SLA london/tokyo, Insight free trial
london/tokyo, Insight GA osaka/us-hq, Insight max dashboards london/osaka (the London
side is inside the attached message of 0018, dated by 0018). Deliberate non-cases:
us-hq/London/Tokyo max_users 10,000 vs us-hq's period-placed 5,000 (each right at its
own date); JPY vs GBP vs USD prices; Vault RPO `5〜15分` vs `15 min` (both ok); a
customer's reported 60 days (customers take no part).

## Judgement calls (where LABELS.md is silent or loose)

1. **Word and symbol forms of a value** — `three nines (99.9%)` / `four nines (99.99%)`
   always carry the numeral too, so the numeral decides. `half a petabyte` is labelled
   500 TB (0011), `ten thousand` 10000, `二百個` 200, `千個` 1000.
2. **Binary units** — `500 TiB per tenant` (0021) is labelled 500 × 2^40 bytes and a
   `conflict` (above the 500 TB maximum), following "data-size: decimal bytes".
3. **`two-week free trial`** (0009) is labelled `{"amount": 2, "unit": "weeks"}` (the
   unit the text used; the scorer converts weeks), a `conflict` with 30 days.
4. **Business days** — `two business days` (0021) and `2営業日以内` (osaka doc) are
   labelled `{"amount": 2, "unit": "days"}`; both are `unverified` (support_response_time
   has no approved value), so only the value's spelling is at stake.
5. **`半日`** (osaka doc, RTO) is labelled `{"amount": 0.5, "unit": "days"}`, `unverified`.
6. **`約3か月` / `約3か月間`** retention is labelled `{"amount": 3, "unit": "months"}`
   (= 90 days by the 30-day month rule), `ok`.
7. **Ranges against a maximum** — a range whose upper end is at or below the bound is
   `ok` (`between 1 and 2 seconds`, `5〜15分`); above it, `conflict` (`2〜3秒`). Range
   units are `seconds` / `minutes` / `hours`; no count ranges are labelled as claims
   (`5-10k users` appears only as a customer's plan).
8. **`未満` / `超` / `+`** — `1秒未満` is the bound 1 second, a `conflict` (promises
   more than the 2-second maximum). `100種類超` states 100 and `40+` states 40
   (integrations, `unverified`). No `more than` / `超` value sits exactly on a base bound.
9. **`ユーザー月額4,000円`** (0005) is per_user_price (it is priced per user; `月額`
   gives the month), not Sync-style monthly_price. `pupm` always appears next to
   `per user per month` or under a `per user per month` column header.
10. **`end of January 2027`** is labelled `2027-01`; `early 2027` / `2027年初頭` /
    `Q1 FY27` only occur in questions, customer text or contract dates, never as claims.
11. **Products in bulleted plain text** — every bullet names its product, so no label
    depends on whether a plain-text line like "Meridian Vault" counts as a heading. In
    documents, the document title (a Markdown `#` / HTML `<h1>` heading) carries the
    product into its tables.
12. **Strike-through and (誤)(正)** — 0022's HTML part uses `<del>2026年10月</del>`, its plain
    part `(誤)2026年10月 (正)2027年1月`; one claim (2027-01, `ok`). The London document's
    `<del>£22</del> £25` yields only £25.
13. **Quote-table unit prices** repeat the spec-table price in the Tokyo and London
    documents; by "the same claim stated twice in one file is one line" each is listed once.
    Quantities (`120 TB`, `350`) and totals in quote tables are not claims.
14. **`Source:` footnote in HTML** — the London document's `#1 analytics add-on` is
    followed by `<p class="footnote">* Source: …</p>`; labelled silent per LABELS (a
    footnoted Source), even though the footnote line carries markup before `*`.
15. **Tax** — `ex VAT`, `plus VAT`, `+ VAT`, `excluding VAT` and a table caption
    "prices exclude VAT" are labelled `tax: "excluded"`; prices with no tax wording are
    `null`. `4,000円（税込）` for Insight (0017) is a `conflict` (base amount marked 税込).
16. **Customer text** — the customer's comparison-sheet statement (0019, and quoted in
    0020) and the customer's reported 60 days (0013) are claims with office `unknown`.
"""

# ================================================================ writing
def decoded_texts(raw):
    """All decoded text/plain (and text/html) parts of raw message bytes, incl. attached messages."""
    import email
    from email import policy
    msg = email.message_from_bytes(raw, policy=policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out


def mboxrd_escape(raw):
    lines = raw.split(b"\n")
    return b"\n".join(b">" + l if re.match(rb"^>*From ", l) else l for l in lines)


def canon_value(v):
    if isinstance(v, dict) and "currency" in v:
        a = v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
        return ("money", round(a, 6), v["currency"], v["per"])
    if isinstance(v, dict) and "min" in v:
        return ("range", json.dumps(v, sort_keys=True))
    if isinstance(v, dict):
        f = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800, "months": 2592000}[v["unit"]]
        return ("dur", v["amount"] * f)
    return ("v", json.dumps(v))


SET_KINDS = {"data_centers", "certifications", "supported_platforms", "encryption"}


def cross_office(records, dates):
    """Pairs of offices in the archive whose values for one product+attribute cannot both be right."""
    cl = [r for r in records if r["type"] == "claim" and r["file"] == "mail/archive.mbox"
          and r["office"] != "unknown" and r["attribute"] not in SET_KINDS]
    found = {}
    for i, a in enumerate(cl):
        for b in cl[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((dates[a["message_id"]] - dates[b["message_id"]]).days) > 45:
                continue
            ca, cb = canon_value(a["value"]), canon_value(b["value"])
            if ca[0] == "money" and ca[2:] != cb[2:]:
                continue
            if ca == cb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            f = found.setdefault(key, {"files": set(), "values": {}})
            for r in (a, b):
                f["files"].add(FILE_OF[r["message_id"]])
                f["values"].setdefault(r["office"], r["value"])
    return [{"type": "cross-office", "product": p, "attribute": at, "offices": list(offs),
             "file": "mail/archive.mbox", "message_files": sorted(f["files"]), "values": f["values"]}
            for (p, at, offs), f in sorted(found.items())]


FILE_OF = {}


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    records, raws, dates, problems = [], {}, {}, []
    for m in M:
        raw = build(m)
        f = "mail/%s.eml" % m["n"]
        with open(os.path.join(ROOT, f), "wb") as fh:
            fh.write(raw)
        raws[m["n"]] = raw
        dates[m["id"]] = m["date"]
        FILE_OF[m["id"]] = f
        texts = decoded_texts(raw)
        sender = office_of(m["from"])
        for e in m["exp"]:
            if not any(e["text"] in t for t in texts):
                problems.append("%s: excerpt not found: %s" % (f, e["text"]))
            if "verdict" in e:
                records.append({"type": "claim", "file": f, "message_id": m["id"], "product": e["product"],
                                "attribute": e["attribute"], "value": e["value"], "verdict": e["verdict"],
                                "quoted": e["quoted"], "office": e["office"] or sender,
                                "as_of": m["date"].strftime("%Y-%m-%d"), "text": e["text"]})
            else:
                records.append({"type": "finding", "file": f, "message_id": m["id"], "kind": e["kind"],
                                "rule": e["rule"], "product": e["product"], "quoted": e["quoted"], "text": e["text"]})
    # archive: mboxrd, date order
    arch = sorted((m for m in M if m["n"] in ARCHIVE), key=lambda m: m["date"])
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        for m in arch:
            env = m["date"].astimezone(timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
            body = mboxrd_escape(raws[m["n"]])
            fh.write(("From %s %s\n" % (m["from"], env)).encode() + body.rstrip(b"\n") + b"\n\n")
    arch_ids = {m["id"] for m in arch}
    records += [dict(r, file="mail/archive.mbox") for r in list(records) if r.get("message_id") in arch_ids]
    # documents
    for d in DOCS:
        p = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(d["text"])
        for e in d["exp"]:
            if e["text"] not in d["text"]:
                problems.append("%s: excerpt not found: %s" % (d["path"], e["text"]))
            if "verdict" in e:
                records.append({"type": "claim", "file": d["path"], "message_id": None, "product": e["product"],
                                "attribute": e["attribute"], "value": e["value"], "verdict": e["verdict"],
                                "quoted": False, "office": d["office"], "as_of": DOCS_AS_OF, "text": e["text"]})
            else:
                records.append({"type": "finding", "file": d["path"], "message_id": None, "kind": e["kind"],
                                "rule": e["rule"], "product": e["product"], "quoted": False, "text": e["text"]})
    records += cross_office(records, dates)
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE)
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    kinds = {}
    for r in records:
        kinds[r["type"]] = kinds.get(r["type"], 0) + 1
    print("messages=%d archive=%d docs=%d records=%d %s" % (len(M), len(arch), len(DOCS), len(records), kinds))
    for r in records:
        if r["type"] == "cross-office":
            print("cross-office", r["product"], r["attribute"], r["offices"], r["message_files"])
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
