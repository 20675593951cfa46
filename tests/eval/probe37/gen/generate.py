#!/usr/bin/env python3
"""Generate evaluation set 37 (incidents, escalations, apologies). Stdlib only, deterministic.
Run from anywhere: python3 gen/generate.py  -> rewrites mail/, docs/, .onevoice.yaml, expected.jsonl."""
import base64, datetime, gzip, html, json, os, quopri, re, shutil
from email.header import Header
from email.utils import format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_ASOF = "2026-11-22"
OFFICE_OF = [("osaka.jp.meridian-data.com", "osaka"), ("jp.meridian-data.com", "tokyo"),
             ("uk.meridian-data.com", "london"), ("meridian-data.com", "us-hq")]

def office(addr):
    dom = addr.split("@")[-1].strip("> ").lower()
    for d, o in OFFICE_OF:
        if dom == d:
            return o
    return "unknown"

def dur(a, u): return {"amount": a, "unit": u}
def money(a, c, per, tax=None): return {"amount": a, "currency": c, "per": per, "tax": tax}
TB = 10 ** 12
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"

# ------------------------------------------------------------------ MIME helpers
def hval(v, cs="utf-8"):
    try:
        v.encode("ascii"); return v
    except UnicodeEncodeError:
        return Header(v, cs).encode(maxlinelen=76)

def addr(name, a, cs="utf-8"):
    if not name: return a
    try:
        name.encode("ascii"); return '"%s" <%s>' % (name, a) if any(c in name for c in ",.") else "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)

def enc_body(text, cs, cte):
    raw = text.encode(cs)
    assert raw.decode(cs) == text, "charset roundtrip failed for %s" % cs
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw).decode("ascii")
    else:
        b = raw.decode("ascii" if cte == "7bit" else cs)
    return b if b.endswith("\n") else b + "\n"

def leaf(text, ctype, cs, cte, extra=""):
    params = '; charset="%s"' % cs if ctype.startswith("text/") else ""
    if ctype == "text/plain" and cs.lower() in ("utf-8", "iso-8859-1", "windows-1252") and "flowed" in extra:
        params += "; format=flowed"
    h = "Content-Type: %s%s\nContent-Transfer-Encoding: %s\n" % (ctype, params, cte)
    return h, enc_body(text, cs, cte)

def multipart(sub, parts, boundary, preamble=""):
    h = 'Content-Type: multipart/%s;\n boundary="%s"\n' % (sub, boundary)
    b = preamble
    for ph, pb in parts:
        b += "\n--%s\n%s\n%s" % (boundary, ph, pb)
    b += "\n--%s--\n" % boundary
    return h, b

def message(headers, content, crlf=False):
    h = "".join("%s: %s\n" % (k, v) for k, v in headers if v is not None)
    ch, cb = content
    out = h + "MIME-Version: 1.0\n" + ch + "\n" + cb
    if crlf:
        out = out.replace("\n", "\r\n")
    return out.encode("ascii")

def html_of(text, quoted_from=None):
    paras = [p for p in text.split("\n\n")]
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + \
        "\n".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>\n") for p in paras) + "\n</body></html>\n"

def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", "", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)

# ------------------------------------------------------------------ messages
MSGS = []
def msg(**k):
    MSGS.append(k)

def dt(s):  # "2026-05-12 15:31:07 -0700"
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")

# ---- 0019 (2025, tokyo, ISO-2022-JP) ---------------------------------------
T19 = """株式会社ハマナ物流
総務部 浜名様

いつもお世話になっております。メリディアンデータ東京オフィスの佐藤でございます。

11月17日にメリディアン・ファイルシンクのログイン画面で発生したエラーについて、ご報告いたします。

発生日時は11月17日 8時50分、復旧日時は同日9時35分で、約45分間、ログインができない状態となっておりました。原因は認証基盤の証明書更新作業の不備でございます。ご不便をおかけし、誠に申し訳ございませんでした。

メリディアン シンクの月間稼働率SLAは99.9%であり、今回の停止を含めても今月はSLAの範囲内となる見込みです。

なお、貴社からご相談のあった利用者の増員につきまして、メリディアン シンクは最大5,000ユーザーまでご利用いただけます。来年度の800名体制でも問題ございません。

引き続きよろしくお願い申し上げます。

──────────────────
メリディアンデータ株式会社 東京オフィス
カスタマーサクセス部 佐藤 明日香
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル12F
TEL 03-6271-4412 / FAX 03-6271-4499
"""
msg(file="0019", mid="20251118093012.4F2A1C7E@jp.meridian-data.com", date="2025-11-18 09:30:12 +0900",
    frm=("佐藤 明日香", "a.sato@jp.meridian-data.com"), to=("浜名 様", "hamana@hamana-butsuryu.co.jp"),
    subject="【ご報告】11月17日 ログイン障害について", cs="iso-2022-jp", text=T19, cte="7bit",
    mailer="Microsoft Outlook 16.0", archive=True,
    claims=[(S, "sla", 99.9, "ok", False, None, "メリディアン シンクの月間稼働率SLAは99.9%であり"),
            (S, "max_users", 5000, "ok", False, None, "メリディアン シンクは最大5,000ユーザーまでご利用いただけます。")],
    findings=[("terminology", None, S, False, "11月17日にメリディアン・ファイルシンクのログイン画面で発生したエラー")])

# ---- 0001 us-hq incident notice -------------------------------------------
T01 = """Hi Joseph,

I'm writing to let you know about a service incident that affected your team this morning.

What happened: between 14:02 and 14:49 UTC (07:02–07:49 Pacific), file sync and web uploads for your tenant failed intermittently. At the peak, 38% of sync operations returned HTTP 503. Roughly 340 of your staff saw "sync paused" banners.

Current status: resolved. Everything has been stable since 14:49 UTC and the backlog of queued changes finished processing at 15:20 UTC. No files were lost.

Your incident reference is INC-20417. Please quote it in any follow-up.

I know an outage in the middle of your quarter-end close is the last thing you needed, and I'm sorry. Meridian Sync is covered by our 99.9% monthly uptime SLA, and we will confirm in writing whether this month qualifies for a service credit once the final numbers are in.

Our engineering team is preparing a root-cause write-up; you'll have it within five business days.

Live status is always at https://status.meridian-data.com/MeridianFileSync (old link, still works) or https://status.meridian-data.com.

Best,
Dana

--
Dana Whitfield | Senior Customer Success Manager
Meridian Data Inc. | 548 Market St, Suite 1200, San Francisco, CA 94104
+1 (415) 555-0142 | mobile +1 (415) 555-0199
"""
msg(file="0001", mid="CAH7xq2PZr8u+1nE0kQ5fV3cB9wTq@mail.gmail.com", date="2026-05-12 08:31:07 -0700",
    frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"), to=("Joseph Okafor", "j.okafor@brightwaterhealth.org"),
    subject="Service incident this morning - INC-20417", cs="utf-8", text=T01, cte="quoted-printable", archive=True,
    claims=[(S, "sla", 99.9, "ok", False, None, "Meridian Sync is covered by our 99.9% monthly uptime SLA")])

# ---- 0002 customer, interleaved reply -------------------------------------
T02 = """Dana,

Thanks for the quick note. A few things inline.

On May 12, 2026, at 11:31 AM, Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
> What happened: between 14:02 and 14:49 UTC (07:02–07:49 Pacific), file sync and web uploads for your tenant failed intermittently.

47 minutes during close is not "intermittent" from where we sit. Finance lost most of a morning.

> I know an outage in the middle of your quarter-end close is the last thing you needed, and I'm sorry. Meridian Sync is covered by our 99.9% monthly uptime SLA, and we will confirm in writing whether this month qualifies for a service credit once the final numbers are in.

That's not what we were sold. Priya told us in March that Meridian Sync has a 99.99% uptime SLA, and that figure is in our internal vendor register. Which is it?

Also: does Meridian Vault keep 30 days of versions or longer? We need to know before our audit in June.

Joseph

Joseph Okafor
Director, Clinical Systems | Brightwater Health
1200 Harbor Blvd, Tampa, FL 33602 | (813) 555-0107
"""
msg(file="0002", mid="5D0E7A1B-93C2-4F8E-A6D1-2B7C9E0F4A11@brightwaterhealth.org", date="2026-05-13 08:14:52 -0400",
    frm=("Joseph Okafor", "j.okafor@brightwaterhealth.org"), to=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    subject="Re: Service incident this morning - INC-20417", cs="utf-8", text=T02, cte="quoted-printable",
    mailer="Apple Mail (2.3774.400.31)", archive=True, reply_to_mid="CAH7xq2PZr8u+1nE0kQ5fV3cB9wTq@mail.gmail.com",
    claims=[(S, "sla", 99.9, "ok", True, "us-hq", "Meridian Sync is covered by our 99.9% monthly uptime SLA"),
            (S, "sla", 99.99, "conflict", False, "unknown", "Priya told us in March that Meridian Sync has a 99.99% uptime SLA")])

# ---- 0003 us-hq VP apology, multipart/alternative -------------------------
T03 = """Joseph,

Dana looped me in, and I want to answer your question directly rather than through a chain of forwards.

Meridian Sync's uptime SLA is 99.9% per calendar month. That is the figure in your order form (Schedule A of the Meridian Cloud Services SLA), and it is the only figure we can stand behind. If anyone on our side quoted you 99.99%, that was wrong, and I apologize for the confusion it has caused in your vendor register.

On the credit: May's measured figure for your tenant came in below the commitment, so the credit applies automatically. Your Meridian Sync subscription is $399 per month. The service credit is 10% of that month's charges: $39.90, which will appear on your June invoice as a line item referencing INC-20417.

On your other question: Meridian Vault was not involved in this incident, and Meridian Vault's RPO remains 15 minutes for every protected workload. Dana will send the retention details separately before your June audit.

The fix itself, a corrected certificate-rotation job, was rolled out on 14 May with zero downtime, and we've added an alert that pages on-call if the proportion of failed sync operations goes above 2% for five minutes.

I'm sorry we put you in this position during close.

Marcus

Marcus Reyes
VP, Customer Success, Meridian Data Inc.
+1 (415) 555-0110

On Wed, May 13, 2026 at 5:14 AM Joseph Okafor <j.okafor@brightwaterhealth.org> wrote:
> That's not what we were sold. Priya told us in March that Meridian Sync has a 99.99% uptime SLA, and that figure is in our internal vendor register. Which is it?
"""
msg(file="0003", mid="CAM9fR4kXz0a6YbH2pLw+Q7eN1sVt3@mail.gmail.com", date="2026-05-15 10:02:33 -0700",
    frm=("Marcus Reyes", "marcus.reyes@meridian-data.com"), to=("Joseph Okafor", "j.okafor@brightwaterhealth.org"),
    cc="Dana Whitfield <dana.whitfield@meridian-data.com>",
    subject="Re: Service incident this morning - INC-20417", cs="utf-8", text=T03, cte="quoted-printable",
    alternative=True, archive=True,
    claims=[(S, "sla", 99.9, "ok", False, None, "Meridian Sync's uptime SLA is 99.9% per calendar month."),
            (S, "monthly_price", money(399, "USD", "month"), "ok", False, None, "Your Meridian Sync subscription is $399 per month."),
            (V, "rpo", dur(15, "minutes"), "ok", False, None, "Meridian Vault's RPO remains 15 minutes for every protected workload"),
            (S, "sla", 99.99, "conflict", True, "unknown", "Priya told us in March that Meridian Sync has a 99.99% uptime SLA")],
    findings=[("phrase", "en.guarantee", None, False, "was rolled out on 14 May with zero downtime")])

# ---- 0004 london Vault incident account (iso-8859-1 QP) -------------------
T04 = """Dear Rachel,

Further to my call with Tom this morning, here is our written account of the Meridian Vault incident on Monday 1 June.

Timeline (BST)
  06:40  Scheduled backup jobs in Frankfurt start queueing behind a storage-node rebalance
  07:15  Our monitoring raises the alert; incident MV-2026-0601 opened
  09:05  Rebalance paused, queued jobs begin draining
  11:30  All 1,284 of your queued jobs completed; oldest job was 4 h 50 min late

No backup data was lost or corrupted, and at no point were restores unavailable.

Meridian Vault's RPO is 15 minutes under normal operation. On Monday, the affected workloads had a gap of almost five hours between good copies. That is outside what we promised you, and I am sorry.

Retention is unaffected: Meridian Vault keeps backups for 30 days by default, and nothing aged out during the delay.

Our RTO for Meridian Vault is 4 hours for a full-tenant restore, and our restore tests yesterday afternoon completed well inside that.

Service credit: under the SLA, Kestrel is due a credit of 10% of June's charges for the Frankfurt tenant (£355.20 on your 222 TB). This will be applied to your July invoice.

Kind regards,

Oliver Bramwell
Customer Operations Lead, EMEA
Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG
Registered in England & Wales No. 10482736 | VAT GB 274 8813 06
T +44 20 7946 0321  M +44 7700 900418
"""
msg(file="0004", mid="b7c41e0d-2f6a-4c1b-9e83-5a0d7f2c6b19@uk.meridian-data.com", date="2026-06-03 12:47:19 +0100",
    frm=("Oliver Bramwell", "oliver.bramwell@uk.meridian-data.com"), to=("Rachel Dunmore", "r.dunmore@kestrelpharma.co.uk"),
    cc="Tom Ashby <t.ashby@kestrelpharma.co.uk>",
    subject="Meridian Vault incident MV-2026-0601 - written account", cs="iso-8859-1", text=T04, cte="quoted-printable",
    mailer="Mozilla Thunderbird", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0",
    archive=True,
    claims=[(V, "rpo", dur(15, "minutes"), "ok", False, None, "Meridian Vault's RPO is 15 minutes under normal operation."),
            (V, "retention", dur(30, "days"), "conflict", False, None, "Meridian Vault keeps backups for 30 days by default"),
            (V, "rto", dur(4, "hours"), "unverified", False, None, "Our RTO for Meridian Vault is 4 hours for a full-tenant restore")])

# ---- 0005 osaka apology (ISO-2022-JP) --------------------------------------
T05 = """株式会社北浜精機
情報システム課 中川様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの西村でございます。

昨日6月9日14時05分から15時32分までの約87分間、メリディアン シンクにおいてファイル同期の遅延が発生し、貴社業務に多大なるご迷惑をおかけいたしましたこと、心より深くお詫び申し上げます。

現在は正常に復旧しており、滞留していた同期処理もすべて完了していることを確認しております。詳細な障害報告書は、6月12日までに別途お送りいたします。

なお、メリディアン シンクの稼働率SLAは月間99.9%でございます。今月の稼働実績がSLAを下回った場合は、サービスクレジットを適用いたします。

また、メリディアン シンクのサポート窓口では、初回回答を4時間以内に行う体制としております。しかしながら当日は、ご連絡をいただいてから最初のご返信まで5時間以上お待たせしてしまいました。重ねてお詫び申し上げます。

今後とも何卒よろしくお願い申し上げます。

──────────────────
メリディアンデータ株式会社 大阪オフィス
カスタマーサクセス部 西村 拓也
〒530-0001 大阪市北区梅田2-4-9 梅田ブリーゼタワー18F
TEL: 06-6345-7788 / FAX: 06-6345-7789
"""
msg(file="0005", mid="20260610101522.7A3E90C1@osaka.jp.meridian-data.com", date="2026-06-10 10:15:22 +0900",
    frm=("西村 拓也", "t.nishimura@osaka.jp.meridian-data.com"), to=("中川 様", "nakagawa@kitahama-seiki.co.jp"),
    subject="【お詫び】6月9日 メリディアン シンク同期遅延について", cs="iso-2022-jp", text=T05, cte="7bit",
    mailer="Microsoft Outlook 16.0", archive=False,
    claims=[(S, "sla", 99.9, "ok", False, None, "メリディアン シンクの稼働率SLAは月間99.9%でございます。"),
            (S, "support_response_time", dur(4, "hours"), "unverified", False, None, "メリディアン シンクのサポート窓口では、初回回答を4時間以内に行う体制としております。")])

# ---- 0008 london status digest (multipart/alternative) ---------------------
T08 = """Meridian Data UK - Service status digest, May 2026

Hello,

This is our monthly summary of service events for customers supported by our UK and EU teams.

Events this period

  Date     Service           Duration    Impact                                   Reference
  12 May   Meridian Sync     47 min      Sync and web uploads failing             INC-20417
  19 May   Meridian Insight  1 h 20 min  Reporting pages slow to open (beta)      INS-0519
  27 May   Meridian Vault    none        Planned maintenance, no customer impact  CHG-8830

A note on our commitments

We know several of you asked about the 12 May incident. Meridian Sync remains covered by a 99.95% uptime SLA, and credits for May have been applied automatically where due.

Meridian Insight is still in beta. It is scheduled for general availability in January 2027, and beta workspaces are not covered by a service-level commitment until then.

Our industry-leading incident response team publishes a root-cause summary for every customer-impacting event within five working days.

Questions? Reply to this message or call the service desk on +44 20 7946 0300 (08:00-18:00 UK time, Monday to Friday).

Meridian Data UK Ltd · Registered in England & Wales No. 10482736 · 30 Finsbury Square, London EC2A 1AG
"""
H08 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#1d3557">Meridian Data UK &ndash; Service status digest, May 2026</h2>
<p>Hello,</p>
<p>This is our monthly summary of service events for customers supported by our UK and EU teams.</p>
<h3>Events this period</h3>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Date</th><th>Service</th><th>Duration</th><th>Impact</th><th>Reference</th></tr>
<tr><td>12 May</td><td>Meridian Sync</td><td>47 min</td><td>Sync and web uploads failing</td><td>INC-20417</td></tr>
<tr><td>19 May</td><td>Meridian Insight</td><td>1 h 20 min</td><td>Reporting pages slow to open (beta)</td><td>INS-0519</td></tr>
<tr><td>27 May</td><td>Meridian Vault</td><td>none</td><td>Planned maintenance, no customer impact</td><td>CHG-8830</td></tr>
</table>
<h3>A note on our commitments</h3>
<p>We know several of you asked about the 12&nbsp;May incident. Meridian Sync remains covered by a 99.95% uptime SLA, and credits for May have been applied automatically where due.</p>
<p>Meridian Insight is still in beta. It is scheduled for general availability in January 2027, and beta workspaces are not covered by a service-level commitment until then.</p>
<p>Our industry-leading incident response team publishes a root-cause summary for every customer-impacting event within five working days.</p>
<p>Questions? Reply to this message or call the service desk on +44 20 7946 0300 (08:00-18:00 UK time, Monday to Friday).</p>
<p style="color:#777;font-size:11px">Meridian Data UK Ltd &middot; Registered in England &amp; Wales No. 10482736 &middot; 30 Finsbury Square, London EC2A 1AG</p>
</body></html>
"""
msg(file="0008", mid="0102019f3a6c1e2d-7b4f9a10-5c2e-4d8b-a0f1-3e6c9b2d7a45-000000@eu-west-1.amazonses.com",
    date="2026-06-05 08:00:03 +0000",
    frm=("Meridian Data UK Service Desk", "service-desk@uk.meridian-data.com"), to=(None, "undisclosed-recipients:;"),
    subject="Service status digest - May 2026", cs="utf-8", text=T08, cte="quoted-printable", html=H08,
    alternative=True, archive=True,
    claims=[(S, "sla", 99.95, "conflict", False, None, "Meridian Sync remains covered by a 99.95% uptime SLA"),
            (I, "general_availability", "2027-01", "ok", False, None, "It is scheduled for general availability in January 2027")],
    findings=[("phrase", "en.superlative", None, False, "Our industry-leading incident response team")])

# ---- 0010 us-hq RCA (plain, has "From " lines) ----------------------------
T10 = """Joseph, Dana,

As promised, here is the root-cause summary for INC-20417 (12 May 2026). A formal PDF will follow for your vendor file.

Summary
A scheduled rotation of the TLS certificates on our sync edge tier ran against 3 of the 12 edge nodes in us-west before the new certificate bundle had propagated. Those nodes rejected roughly a third of client connections. Error rates climbed from a baseline of 0.02% to a peak of 38.4% at 14:09 UTC.

From the logs we can see that clients retried correctly, which is why no changes were lost: queued changes were replayed between 14:49 and 15:20 UTC.

Impact on your tenant
- 47 minutes of degraded service (14:02-14:49 UTC)
- 2,913 failed sync operations, all retried successfully
- The Meridian Sync desktop client for Linux that your research group uses was not affected, because it talks to a different edge pool.

Why it was not caught earlier
The rotation job checked certificate validity but not propagation. Alerting fired at 14:06 UTC, four minutes after onset; the on-call engineer acknowledged at 14:08.

What we are changing
1. The rotation job now verifies the bundle on every edge node before cutting over (done, 14 May).
2. A new alert pages on-call if more than 2% of sync operations fail over any five-minute window (done, 15 May).
3. Edge rotations move to a staggered schedule, one availability zone at a time (by 30 June).

For context, Meridian Sync's SLA commitment is 99.9% monthly uptime; May's figure for your tenant will be published with the June invoice.

Samir
--
Samir Haddad
Staff Site Reliability Engineer, Meridian Data Inc.
548 Market St, Suite 1200, San Francisco, CA 94104
"""
msg(file="0010", mid="CAK2wG7n0uH5Rb9zPq+x3LtF8mYd1@mail.gmail.com", date="2026-05-22 16:40:11 -0700",
    frm=("Samir Haddad", "samir.haddad@meridian-data.com"), to=("Joseph Okafor", "j.okafor@brightwaterhealth.org"),
    cc="Dana Whitfield <dana.whitfield@meridian-data.com>",
    subject="INC-20417 root-cause summary", cs="us-ascii", text=T10, cte="7bit", archive=True,
    claims=[(S, "supported_platforms", "Linux", "conflict", False, None, "The Meridian Sync desktop client for Linux that your research group uses was not affected"),
            (S, "sla", 99.9, "ok", False, None, "Meridian Sync's SLA commitment is 99.9% monthly uptime")])

# ---- 0011 london Outlook reply quoting customer ---------------------------
T11 = """Hi Rachel,

Thanks for raising this, and apologies that Oliver's note on Wednesday left you with more questions than answers.

To correct the record on capacity: Meridian Vault stores up to 500 TB per tenant, not the 1 PB you were given. At your current 222 TB there is plenty of headroom, and growth to 300 TB next year is comfortably inside that.

On pricing, Meridian Vault is £16 per TB per month, and that rate is fixed for the remainder of your agreement.

I'll send the credit confirmation on headed paper today, and the revised retention schedule separately.

Best wishes,
Fiona

Fiona McAllister
Account Director | Meridian Data UK Ltd
+44 20 7946 0355 | fiona.mcallister@uk.meridian-data.com

-----Original Message-----
From: Rachel Dunmore <r.dunmore@kestrelpharma.co.uk>
Sent: Thursday, June 4, 2026 4:47 PM
To: Oliver Bramwell <oliver.bramwell@uk.meridian-data.com>
Cc: Fiona McAllister <fiona.mcallister@uk.meridian-data.com>
Subject: RE: Meridian Vault incident MV-2026-0601 - written account

Oliver,

Thanks for the write-up. Two points before our risk committee on the 11th.

First, at onboarding we were told Meridian Vault holds 1 PB per tenant. If we are already at 222 TB, how close are we to that ceiling?

Second, please send the service credit confirmation on headed paper; our AP team will not process it otherwise.

Rachel Dunmore
Head of IT Operations, Kestrel Pharma Ltd
Registered office: 4 Cambridge Science Park, Milton Road, Cambridge CB4 0FZ
Company no. 05739120
"""
msg(file="0011", mid="LO4P265MB5932A1C0E7B2D94F8C3A1E6FB9A42@LO4P265MB5932.GBRP265.PROD.OUTLOOK.COM",
    date="2026-06-05 14:22:40 +0100",
    frm=("Fiona McAllister", "fiona.mcallister@uk.meridian-data.com"), to=("Rachel Dunmore", "r.dunmore@kestrelpharma.co.uk"),
    cc="Oliver Bramwell <oliver.bramwell@uk.meridian-data.com>",
    subject="RE: Meridian Vault incident MV-2026-0601 - written account", cs="utf-8", text=T11, cte="quoted-printable",
    alternative=True, crlf=True, mailer=None, archive=True, outlook=True,
    claims=[(V, "max_storage", 500 * TB, "ok", False, None, "Meridian Vault stores up to 500 TB per tenant"),
            (V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", False, None, "Meridian Vault is £16 per TB per month"),
            (V, "max_storage", 1000 * TB, "conflict", True, "unknown", "at onboarding we were told Meridian Vault holds 1 PB per tenant")])

# ---- 0006 tokyo Vault incident report (UTF-8 base64) -----------------------
T06 = """東邦ロジテック株式会社
情報システム部 石田様

平素より大変お世話になっております。
メリディアンデータ東京オフィスの山田でございます。

6月18日に発生いたしましたメリディアン ボールトのバックアップ遅延につきまして、ご報告とお詫びを申し上げます。

■発生日時：2026年6月18日 02:10
■復旧日時：2026年6月18日 05:45
■影響範囲：貴社の夜間バックアップジョブ（全212ジョブ中38ジョブ）の開始遅延
■原因：大阪のストレージノード増設作業に伴う一時的な書き込み待ち

遅延したジョブはすべて同日7時までに正常終了しており、データの欠損はございません。

ご心配をおかけしておりますRPOについてですが、メリディアン ボールトのRPOは最大1時間となっております。今回の遅延はこの範囲を超えるものであり、誠に申し訳ございません。

なお、メリディアン ボールトの稼働率SLAは99.95%であり、今回の事象はバックアップ処理の遅延のため稼働率の算定対象外となります。

再発防止策につきましては、来週中に改めてご説明の機会をいただけますと幸いです。

--
メリディアンデータ株式会社 東京オフィス
カスタマーサクセス部 山田 健一
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル12F
TEL 03-6271-4410 / 携帯 090-1234-5678
"""
msg(file="0006", mid="CAF3yJm9+Tq0pXw5aB1cK8sR2vNe7@mail.gmail.com", date="2026-06-20 10:15:48 +0900",
    frm=("山田 健一", "k.yamada@jp.meridian-data.com"), to=("石田 美穂", "m.ishida@toho-logitech.co.jp"),
    subject="【ご報告】6月18日 バックアップ遅延について（メリディアン ボールト）", cs="utf-8", text=T06, cte="base64",
    archive=True,
    claims=[(V, "rpo", dur(1, "hours"), "conflict", False, None, "メリディアン ボールトのRPOは最大1時間となっております。"),
            (V, "sla", 99.95, "ok", False, None, "メリディアン ボールトの稼働率SLAは99.95%であり")])

# ---- 0007 customer reply (Japanese, quoting) ------------------------------
T07 = """山田様

お世話になっております。東邦ロジテックの石田です。
ご報告ありがとうございました。

1点確認させてください。

2026年6月20日(土) 10:15 山田 健一 <k.yamada@jp.meridian-data.com>:
> ご心配をおかけしておりますRPOについてですが、メリディアン ボールトのRPOは最大1時間となっております。

契約時の提案資料では「RPO 15分」と記載があったと記憶しております。弊社の社内基準もRPO 15分以内としておりますので、どちらが正しいのかご確認いただけますでしょうか。

また、メリディアン ボールトで全データを戻す場合、RTOはどの程度を見込めばよいでしょうか。

以上、よろしくお願いいたします。

──────────────
東邦ロジテック株式会社 情報システム部
石田 美穂
〒140-0002 東京都品川区東品川4-12-8
TEL: 03-5462-0913
"""
msg(file="0007", mid="TYCP286MB2049E3D1A7F0B5C2E9D84A16C3B70@TYCP286MB2049.JPNP286.PROD.OUTLOOK.COM",
    date="2026-06-22 09:03:27 +0900",
    frm=("石田 美穂", "m.ishida@toho-logitech.co.jp"), to=("山田 健一", "k.yamada@jp.meridian-data.com"),
    subject="RE: 【ご報告】6月18日 バックアップ遅延について（メリディアン ボールト）", cs="utf-8", text=T07, cte="base64",
    archive=True, reply_to_mid="CAF3yJm9+Tq0pXw5aB1cK8sR2vNe7@mail.gmail.com",
    claims=[(V, "rpo", dur(1, "hours"), "conflict", True, "tokyo", "メリディアン ボールトのRPOは最大1時間となっております。")])

# ---- 0009 osaka Vault retention (Shift_JIS base64) -------------------------
T09 = """北浜精機株式会社
情報システム課 中川様

いつもお世話になっております。メリディアンデータ大阪オフィスの藤井です。

先日お問い合わせいただいた、誤って削除された設計図面フォルダの件についてご連絡いたします。

メリディアン ボールトの標準の保持期間は90日間でございますので、5月中旬に削除されたフォルダも問題なく復元可能です。本日15時より復元作業を開始し、約2時間で完了する見込みです。

また、ご相談いただいた保管容量の追加につきまして、メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）でございます。現在ご契約の40TBに20TBを追加された場合の月額は168,000円（税抜）となります。

今回のような誤削除が起きても、メリディアン ボールトであればデータが失われることは絶対にございませんので、ご安心ください。

何卒よろしくお願いいたします。

――――――――――――――――
メリディアンデータ株式会社 大阪オフィス
カスタマーサクセス部 藤井 真由美
〒530-0001 大阪市北区梅田2-4-9 梅田ブリーゼタワー18F
TEL: 06-6345-7790
"""
msg(file="0009", mid="3f1c9a2e-6b0d-4e57-8a14-c2d9e07b5f38@osaka.jp.meridian-data.com", date="2026-06-25 11:42:05 +0900",
    frm=("藤井 真由美", "m.fujii@osaka.jp.meridian-data.com"), to=("中川 様", "nakagawa@kitahama-seiki.co.jp"),
    subject="削除フォルダの復元および容量追加について", cs="shift_jis", text=T09, cte="base64",
    ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2", archive=True,
    claims=[(V, "retention", dur(90, "days"), "ok", False, None, "メリディアン ボールトの標準の保持期間は90日間でございますので"),
            (V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", False, None, "メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）でございます。")],
    findings=[("phrase", "ja.absolute", None, False, "データが失われることは絶対にございません")])

# ---- 0012 tokyo Insight beta incident (ISO-2022-JP) ------------------------
T12 = """株式会社アオバ総研
経営企画部 森本様

いつもお世話になっております。
メリディアンデータ東京オフィスの佐藤でございます。

7月7日午前に発生いたしましたメリディアン インサイト（ベータ版）の表示遅延について、ご報告申し上げます。

9時12分から10時40分にかけて、一部のダッシュボードで集計結果の表示に30秒以上かかる状態が続いておりました。原因は集計用クラスタの自動スケール設定の誤りで、10時40分に設定を修正し、以降は正常に動作しております。

通常時のメリディアン インサイトのクエリ応答時間は最大2秒であり、今回の状況はご案内している性能を大きく下回るものでした。ご不便をおかけし、誠に申し訳ございません。

なお、メリディアン インサイトは2027年1月に一般提供を開始する予定です。正式版のメリディアン インサイトでは、1ワークスペースあたり最大300個のダッシュボードを作成いただけます。

今回の事象を受け、業界初となる自動スケール異常の事前検知機能を正式版に搭載いたします。

引き続きよろしくお願いいたします。

──────────────────
メリディアンデータ株式会社 東京オフィス
カスタマーサクセス部 佐藤 明日香
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル12F
TEL 03-6271-4412
"""
msg(file="0012", mid="20260708143355.2C7B41F0@jp.meridian-data.com", date="2026-07-08 14:33:55 +0900",
    frm=("佐藤 明日香", "a.sato@jp.meridian-data.com"), to=("森本 様", "morimoto@aoba-souken.co.jp"),
    subject="【ご報告】7月7日 メリディアン インサイト表示遅延について", cs="iso-2022-jp", text=T12, cte="7bit",
    mailer="Microsoft Outlook 16.0", archive=False,
    claims=[(I, "query_latency", dur(2, "seconds"), "ok", False, None, "通常時のメリディアン インサイトのクエリ応答時間は最大2秒であり"),
            (I, "general_availability", "2027-01", "ok", False, None, "メリディアン インサイトは2027年1月に一般提供を開始する予定です。"),
            (I, "max_dashboards", 300, "conflict", False, None, "正式版のメリディアン インサイトでは、1ワークスペースあたり最大300個のダッシュボードを作成いただけます。")],
    findings=[("phrase", "ja.first-in-industry", None, False, "業界初となる自動スケール異常の事前検知機能")])

# ---- 0013 us-hq with attached status notice (message/rfc822) --------------
T13 = """Hi Erik,

Attaching the status notice from yesterday so your team has the official wording. Short version: the disruption was limited to the Meridian Vault restore console in Oregon; your backup schedules ran as normal.

For the avoidance of doubt, Meridian FileSync (the old name for Meridian Sync) was not involved, and your file shares were up the whole time.

Happy to get on a call this week if Lars wants to walk through it.

Priya
--
Priya Natarajan | Account Executive, Nordics & Benelux
Meridian Data Inc. | +1 (415) 555-0163
"""
T13A = """Resolved - 14 Jul 2026 18:52 UTC

Between 16:05 and 18:40 UTC, some customers saw "503 Service Unavailable" when opening the restore console for workloads in Oregon. Backup jobs continued to run on schedule and no backup data was affected. Restores requested through the API completed normally.

Meridian Vault is backed by a 99.95% monthly availability SLA. Because restore operations remained available through the API, this event does not count as downtime under the SLA.

Affected components: Restore console (Oregon)
Incident ID: MV-2026-0714

-- Meridian Data Status
https://status.meridian-data.com
"""
msg(file="0013", mid="CAB8pLq3Vz+6kNw0eT2rYh9Xc5dFu@mail.gmail.com", date="2026-07-15 09:12:30 -0700",
    frm=("Priya Natarajan", "priya.natarajan@meridian-data.com"), to=("Erik Lund", "erik.lund@halvorsen-logistics.no"),
    subject="Fwd: [Resolved] Meridian Vault - restore console errors (Oregon)", cs="utf-8", text=T13, cte="7bit",
    attached=dict(text=T13A, frm="Meridian Data Status <status@meridian-data.com>", to="erik.lund@halvorsen-logistics.no",
                  date="2026-07-14 18:55:02 +0000", subject="[Resolved] Meridian Vault - restore console errors (Oregon)",
                  mid="20260714185502.MV-2026-0714.status@meridian-data.com"),
    archive=False,
    claims=[(V, "sla", 99.95, "ok", True, "us-hq", "Meridian Vault is backed by a 99.95% monthly availability SLA.")],
    findings=[("terminology", None, S, False, "Meridian FileSync (the old name for Meridian Sync) was not involved")])

# ---- 0014 customer complaint (Outlook, windows-1252) -----------------------
T14 = """Fiona,

I'm afraid I need to escalate another issue, this time on the file-sharing side.

Your proposal pack says Meridian Sync includes 2 TB of storage per user. Our R&D team started hitting quota errors last week at around 1 TB each. Eleven people are now blocked from uploading instrument data, and I've had the lab director in my office twice.

Can you tell me today whether this is a bug or whether we were misinformed? And if it's the latter, what's the plan?

Regards,
Rachel

Rachel Dunmore
Head of IT Operations, Kestrel Pharma Ltd
T: 01223 555 014 | Company no. 05739120
"""
msg(file="0014", mid="CWLP265MB4417B0D6E2F8A13C9E5D7B2A40F19@CWLP265MB4417.GBRP265.PROD.OUTLOOK.COM",
    date="2026-07-20 08:51:14 +0100",
    frm=("Rachel Dunmore", "r.dunmore@kestrelpharma.co.uk"), to=("Fiona McAllister", "fiona.mcallister@uk.meridian-data.com"),
    subject="Meridian Sync quota errors - urgent", cs="windows-1252", text=T14, cte="quoted-printable",
    crlf=True, outlook=True, alternative=True, archive=False,
    claims=[(S, "storage_per_user", 2 * TB, "conflict", False, "unknown", "Your proposal pack says Meridian Sync includes 2 TB of storage per user.")])

# ---- 0015 partner escalation with inline forward --------------------------
T15 = """山田様

いつもお世話になっております。ミナトSIの大橋です。

弊社経由でメリディアン ボールトをご利用中の堺ケミカル様より、先週のバックアップ遅延の件でご指摘をいただいております。

堺ケミカル様からは、契約時に「メリディアン ボールトのRPOは5分」とご説明を受けたと伺っております。弊社としても資料を確認できておらず、実際の値をご教示いただけますでしょうか。

また、以前大阪オフィスの西村様からいただいたご案内（下記に転送いたします）にシンガポールの記載があり、先方の情シスの方から「データを国外に置きたくない」とのご要望が出ております。こちらも併せてご確認をお願いいたします。

大橋

-------- 転送メッセージ --------
件名: メリディアン ボールト ご提案資料の補足
日付: Fri, 10 Jul 2026 11:20:41 +0900
送信者: 西村 拓也 <t.nishimura@osaka.jp.meridian-data.com>
宛先: 大橋 <ohashi@minato-si.co.jp>

大橋様

お世話になっております。メリディアンデータ大阪オフィスの西村です。

先日ご質問いただいた件、以下の通りご回答いたします。

・メリディアン ボールトのデータセンターは、東京・大阪・シンガポールの3拠点です。
・メリディアン ボールトのバックアップデータはAES-256で暗号化して保管しております。

ご不明点がございましたらお気軽にお知らせください。

西村
"""
msg(file="0015", mid="a8d2f4c6-1e3b-4a97-b5c0-7f9e2d1a6c83@minato-si.co.jp", date="2026-07-28 16:03:19 +0900",
    frm=("大橋 誠", "ohashi@minato-si.co.jp"), to=("山田 健一", "k.yamada@jp.meridian-data.com"),
    cc="西村 拓也 <t.nishimura@osaka.jp.meridian-data.com>",
    subject="【至急】堺ケミカル様 バックアップ遅延の件", cs="utf-8", text=T15, cte="quoted-printable",
    ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.12.0", archive=True,
    claims=[(V, "rpo", dur(5, "minutes"), "conflict", False, "unknown", "契約時に「メリディアン ボールトのRPOは5分」とご説明を受けたと伺っております。"),
            (V, "data_centers", "Tokyo", "ok", True, "osaka", "メリディアン ボールトのデータセンターは、東京・大阪・シンガポールの3拠点です。"),
            (V, "data_centers", "Osaka", "ok", True, "osaka", "メリディアン ボールトのデータセンターは、東京・大阪・シンガポールの3拠点です。"),
            (V, "data_centers", "Singapore", "conflict", True, "osaka", "メリディアン ボールトのデータセンターは、東京・大阪・シンガポールの3拠点です。"),
            (V, "encryption", "AES-256", "ok", True, "osaka", "メリディアン ボールトのバックアップデータはAES-256で暗号化して保管しております。")])

# ---- 0016 tokyo correction to partner (UTF-8 base64) -----------------------
T16 = """大橋様

お世話になっております。メリディアンデータ東京オフィスの山田です。
ご連絡いただきありがとうございます。堺ケミカル様にはご心配をおかけし、申し訳ございません。

まずRPOについて、メリディアン ボールトのRPOは15分です。5分というご説明は誤りであり、弊社の資料にもそのような記載はございません。

次にデータセンターについて、西村からのご案内に誤りがございました。メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点で、シンガポールには拠点がございません。国内保管をご希望の場合は、東京・大阪のみを保管先に指定いただけます。

また、同製品の標準の保持期間は90日間でございます。

堺ケミカル様へのご説明には私も同席いたしますので、日程をご調整いただけますと幸いです。

2026年7月28日(火) 16:03 大橋 誠 <ohashi@minato-si.co.jp>:
> 堺ケミカル様からは、契約時に「メリディアン ボールトのRPOは5分」とご説明を受けたと伺っております。弊社としても資料を確認できておらず、実際の値をご教示いただけますでしょうか。

--
メリディアンデータ株式会社 東京オフィス
カスタマーサクセス部 山田 健一
TEL 03-6271-4410 / 携帯 090-1234-5678
"""
msg(file="0016", mid="CAF3yJm9+Wd4hLs8nQ2eP6uZ0rMx1@mail.gmail.com", date="2026-07-29 10:48:02 +0900",
    frm=("山田 健一", "k.yamada@jp.meridian-data.com"), to=("大橋 誠", "ohashi@minato-si.co.jp"),
    cc="西村 拓也 <t.nishimura@osaka.jp.meridian-data.com>",
    subject="Re: 【至急】堺ケミカル様 バックアップ遅延の件", cs="utf-8", text=T16, cte="base64", archive=True,
    reply_to_mid="a8d2f4c6-1e3b-4a97-b5c0-7f9e2d1a6c83@minato-si.co.jp",
    claims=[(V, "rpo", dur(15, "minutes"), "ok", False, None, "メリディアン ボールトのRPOは15分です。"),
            (V, "data_centers", "Tokyo", "ok", False, None, "メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点で"),
            (V, "data_centers", "Osaka", "ok", False, None, "メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点で"),
            (V, "data_centers", "Oregon", "ok", False, None, "メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点で"),
            (V, "data_centers", "Frankfurt", "ok", False, None, "メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点で"),
            (V, "retention", dur(90, "days"), "ok", False, None, "同製品の標準の保持期間は90日間でございます。"),
            (V, "rpo", dur(5, "minutes"), "conflict", True, "unknown", "契約時に「メリディアン ボールトのRPOは5分」とご説明を受けたと伺っております。")])

# ---- 0017 us-hq credit calculation, HTML only ------------------------------
H17 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Erik,</p>
<p>Following the Meridian Vault backup delays on 21&ndash;22 July (incident MV-2026-0721), here is the service credit calculation we discussed with Lars on Thursday.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<caption>Service credit, July 2026 (USD)</caption>
<tr><th>Service</th><th>July invoice</th><th>Minutes below commitment</th><th>Credit tier</th><th>Credit</th></tr>
<tr><td>Meridian Vault (Frankfurt, 340 TB)</td><td>$6,800.00</td><td>212</td><td>10%</td><td>$680.00</td></tr>
</table>
<p>For reference, Meridian Vault is backed by a 99.95% availability SLA, and your storage is billed at $20 per TB per month. That is where the $6,800 July figure comes from.</p>
<p>The credit of $680.00 will be applied to your August invoice automatically; no action is needed on your side.</p>
<p>I know a credit doesn't give your team the night back. We've moved the Frankfurt rebalancing window so it can no longer overlap your 01:00&ndash;04:00 CET backup window, and I'll share the change record once it's closed.</p>
<p>Best,<br>Priya</p>
<p style="color:#666;font-size:12px">Priya Natarajan | Account Executive, Nordics &amp; Benelux<br>
Meridian Data Inc. | 548 Market St, Suite 1200, San Francisco, CA 94104 | +1 (415) 555-0163</p>
</body></html>
"""
msg(file="0017", mid="CAB8pLq3Vz+9tRe4mKw7yH1Gc0sAj@mail.gmail.com", date="2026-08-04 07:30:45 -0700",
    frm=("Priya Natarajan", "priya.natarajan@meridian-data.com"), to=("Erik Lund", "erik.lund@halvorsen-logistics.no"),
    cc="Lars Halvorsen <lars.halvorsen@halvorsen-logistics.no>",
    subject="Service credit for MV-2026-0721", cs="utf-8", text=None, html_only=H17, cte="quoted-printable", archive=True,
    claims=[(V, "sla", 99.95, "ok", False, None, "Meridian Vault is backed by a 99.95% availability SLA"),
            (V, "price_per_tb", money(20, "USD", "TB-month"), "ok", False, None, "your storage is billed at $20 per TB per month")])

# ---- 0018 london reassurance to prospect ----------------------------------
T18 = """Dear Mr Achterberg,

Thank you for your candour on last week's call. You asked, reasonably, whether the Meridian Sync outage in May should worry a building society. I'd rather give you the facts than a sales pitch.

The May incident lasted 47 minutes and affected customers on one edge tier in the US. UK tenants were not affected. We published a full root-cause analysis, and I've attached it.

On the controls your board will ask about: Meridian Sync is certified to ISO 27001 and ISO 27017, and we can share our SOC 2 Type II report under NDA.

Meridian Sync supports up to 10,000 users per organisation. Your 2,400 colleagues and the planned branch expansion are well within that. Meridian Sync pricing is £329 per month for the whole organisation.

I can also arrange a 30-day free trial of Meridian Insight for your finance team.

Kind regards,

Oliver Bramwell
Customer Operations Lead, EMEA
Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0321
"""
msg(file="0018", mid="e51a7c3f-08b2-4d6e-9f41-b3c0a2d8e7f6@uk.meridian-data.com", date="2026-08-10 15:05:37 +0100",
    frm=("Oliver Bramwell", "oliver.bramwell@uk.meridian-data.com"), to=("Daan Achterberg", "d.achterberg@thornbury-bs.co.uk"),
    subject="Following up: the May outage and your questions", cs="utf-8", text=T18, cte="quoted-printable",
    ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.13.0", archive=False,
    claims=[(S, "certifications", "ISO 27001", "ok", False, None, "Meridian Sync is certified to ISO 27001 and ISO 27017, and we can share our SOC 2 Type II report under NDA."),
            (S, "certifications", "ISO 27017", "conflict", False, None, "Meridian Sync is certified to ISO 27001 and ISO 27017, and we can share our SOC 2 Type II report under NDA."),
            (S, "certifications", "SOC 2 Type II", "ok", False, None, "Meridian Sync is certified to ISO 27001 and ISO 27017, and we can share our SOC 2 Type II report under NDA."),
            (S, "max_users", 10000, "ok", False, None, "Meridian Sync supports up to 10,000 users per organisation."),
            (S, "monthly_price", money(329, "GBP", "month"), "ok", False, None, "Meridian Sync pricing is £329 per month for the whole organisation."),
            (I, "free_trial", dur(30, "days"), "ok", False, None, "I can also arrange a 30-day free trial of Meridian Insight for your finance team.")])

# ---- 0020 us-hq Insight beta slowdown -------------------------------------
T20 = """Hi Joseph,

Quick follow-up on yesterday's Meridian Insight slowdown, since your analysts were in the middle of the board pack.

From 13:15 to 14:05 Eastern, report rendering in the beta environment was slow; a handful of exports timed out and had to be re-run. The cause was a misconfigured autoscaling limit, which we corrected at 14:05.

You asked whether this counts against an SLA. Meridian Insight carries a 99.9% uptime SLA once it is generally available in January 2027; until then the beta is provided as-is.

When you're ready to move your analysts over to paid seats, Meridian Insight is $30 per user per month, and I'll make sure the contract language on support is clear before you sign.

Sorry again for the disruption.

Dana

--
Dana Whitfield | Senior Customer Success Manager
Meridian Data Inc. | 548 Market St, Suite 1200, San Francisco, CA 94104
+1 (415) 555-0142
"""
msg(file="0020", mid="CAH7xq2Pb4Kt+0wYs9nR3eG6vLm2@mail.gmail.com", date="2026-09-02 11:18:09 -0700",
    frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"), to=("Joseph Okafor", "j.okafor@brightwaterhealth.org"),
    subject="Yesterday's Meridian Insight slowdown", cs="utf-8", text=T20, cte="quoted-printable", archive=True,
    claims=[(I, "sla", 99.9, "unverified", False, None, "Meridian Insight carries a 99.9% uptime SLA once it is generally available in January 2027"),
            (I, "general_availability", "2027-01", "ok", False, None, "Meridian Insight carries a 99.9% uptime SLA once it is generally available in January 2027"),
            (I, "per_user_price", money(30, "USD", "user-month"), "ok", False, None, "Meridian Insight is $30 per user per month")])

# ------------------------------------------------------------------ build emails
def build(m):
    d = dt(m["date"])
    cs = m["cs"]
    hcs = "iso-2022-jp" if cs == "iso-2022-jp" else ("shift_jis" if cs == "shift_jis" else "utf-8")
    frm = addr(m["frm"][0], m["frm"][1], hcs)
    to = m["to"][1] if m["to"][0] is None else addr(m["to"][0], m["to"][1], hcs)
    headers = []
    if m.get("outlook"):
        headers += [("Received", "from %s (2603:10a6:600:1a4::9) by %s with HTTPS; %s" % (
            m["mid"].split("@")[1].split(".")[0], m["mid"].split("@")[1].split(".")[0], format_datetime(d)))]
    headers += [("From", frm), ("To", to)]
    if m.get("cc"):
        cc = m["cc"]
        name, a = cc.rsplit(" <", 1)
        headers.append(("Cc", addr(name, a.rstrip(">"), hcs)))
    headers += [("Subject", hval(m["subject"], hcs)), ("Date", format_datetime(d)), ("Message-ID", "<%s>" % m["mid"])]
    if m.get("reply_to_mid"):
        headers += [("In-Reply-To", "<%s>" % m["reply_to_mid"]), ("References", "<%s>" % m["reply_to_mid"])]
    if m.get("mailer"):
        headers.append(("X-Mailer", m["mailer"]))
    if m.get("ua"):
        headers.append(("User-Agent", m["ua"]))
    if m.get("outlook"):
        headers += [("Thread-Topic", hval(m["subject"].split(": ", 1)[-1], hcs)), ("Content-Language", "en-GB")]
    bnd = "_%s_" % re.sub(r"[^A-Za-z0-9]", "", m["mid"])[:28]
    if m.get("html_only"):
        content = leaf(m["html_only"], "text/html", cs, m["cte"])
    elif m.get("attached"):
        a = m["attached"]
        inner = message([("From", a["frm"]), ("To", a["to"]), ("Subject", a["subject"]),
                         ("Date", format_datetime(dt(a["date"]))), ("Message-ID", "<%s>" % a["mid"])],
                        leaf(a["text"], "text/plain", "utf-8", "7bit")).decode("ascii")
        p1 = leaf(m["text"], "text/plain", cs, m["cte"])
        p2 = ('Content-Type: message/rfc822; name="status-notice.eml"\nContent-Disposition: attachment; filename="status-notice.eml"\n', inner)
        content = multipart("mixed", [p1, p2], "mixed" + bnd, "This is a multi-part message in MIME format.\n")
    elif m.get("alternative"):
        p1 = leaf(m["text"], "text/plain", cs, m["cte"])
        p2 = leaf(m.get("html") or html_of(m["text"]).replace("charset=utf-8", "charset=" + cs), "text/html", cs, m["cte"])
        content = multipart("alternative", [p1, p2], "alt" + bnd)
    else:
        content = leaf(m["text"], "text/plain", cs, m["cte"])
    return message(headers, content, m.get("crlf", False))

def decoded_text(m):
    t = m.get("text") or ""
    if m.get("html_only"): t = strip_html(m["html_only"])
    if m.get("attached"): t += "\n" + m["attached"]["text"]
    if m.get("html"): t += "\n" + strip_html(m["html"])
    return t

def mboxrd(raw):
    lines = raw.replace(b"\r\n", b"\n").split(b"\n")
    out = [re.sub(rb"^(>*From )", rb">\1", l) for l in lines]
    body = b"\n".join(out)
    if not body.endswith(b"\n"): body += b"\n"
    return body

# ------------------------------------------------------------------ documents
DOCS = []
def doc(path, text, claims, findings=()):
    DOCS.append(dict(path=path, text=text, claims=claims, findings=list(findings)))

D_OSAKA = """# メリディアン シンク 障害報告書

株式会社北浜精機 御中

2026年6月12日
メリディアンデータ株式会社 大阪オフィス
カスタマーサクセス部

報告書番号：MD-OSK-2026-0612-01
受付番号：2026-0610-0032

## 1. 障害概要

| 項目 | 内容 |
|---|---|
| 発生日時 | 2026年6月9日 14:05 |
| 復旧日時 | 2026年6月9日 15:32 |
| 影響継続時間 | 約87分 |
| 影響範囲 | 貴社テナントにおけるファイル同期処理（同期待ちとなったファイル 約4,800件） |
| 事象 | デスクトップアプリからのアップロードが完了せず、同期待ちのまま滞留 |
| 重大度 | Sev-2 |

なお、メリディアン シンクはオフラインでのご利用には対応しておらず、障害発生中に各端末で編集された内容は同期待ちとして保持されておりました。

## 2. 原因

同期サーバーのうち1系統において、6月9日14:00に適用した設定変更（接続プールの縮小）により同時接続数が逼迫し、アップロード要求が処理待ちとなりました。変更前の検証手順に同時接続数の確認が含まれていなかったことが、直接の要因です。

## 3. 対応経緯

| 時刻 | 対応内容 |
|---|---|
| 14:05 | 監視システムにて同期エラー率の上昇（通常0.1%未満 → 最大22%）を検知 |
| 14:18 | 障害対応体制を発足、貴社へ第一報 |
| 14:51 | 原因となった設定変更を特定 |
| 15:10 | 設定を変更前の状態に戻す作業を実施 |
| 15:32 | 同期処理の正常化を確認（復旧） |
| 16:45 | 滞留していた同期処理の完了を確認 |

## 4. サービスクレジットについて

メリディアン シンクの稼働率SLAは月間99.9%です。2026年6月の実績はSLAを下回ったため、以下のとおりサービスクレジットを適用いたします。

| 項目 | 金額 |
|---|---|
| 月額基本料金（税抜） | 50,000円 |
| サービスクレジット率 | 10% |
| クレジット額（税抜） | 5,000円 |

クレジット額は翌月（2026年7月）のご請求から差し引きます。

## 5. 再発防止策

1. 設定変更時に同時接続数の試験を必須とし、本番適用前に検証環境で確認いたします。
2. 同期エラー率が1%を超えた時点で担当者を自動呼び出しする監視設定を追加しました（6月11日完了）。
3. 再発防止に全社を挙げて取り組み、必ず品質改善を実現いたします。

以上

本件の連絡先：メリディアンデータ株式会社 大阪オフィス カスタマーサクセス部 西村（TEL 06-6345-7788）
"""
doc("docs/osaka/障害報告書_北浜精機_20260609.md", D_OSAKA,
    [(S, "offline_mode", False, "ok", "メリディアン シンクはオフラインでのご利用には対応しておらず"),
     (S, "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは月間99.9%です。"),
     (S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| 月額基本料金（税抜） | 50,000円 |")],
    [("phrase", "ja.absolute", None, "必ず品質改善を実現いたします")])

D_TOKYO = """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>メリディアン ボールト バックアップ基盤 再設計のご提案</title></head>
<body>
<h1>メリディアン ボールト バックアップ基盤 再設計のご提案</h1>
<p>東邦ロジテック株式会社 御中 / 2026年11月10日 / メリディアンデータ株式会社 東京オフィス</p>

<h2>1. 背景</h2>
<p>2026年6月18日に発生したバックアップ遅延（約3時間35分）を受け、貴社夜間バックアップの構成を見直し、再発防止と復旧性の向上を図るものです。</p>

<h2>2. 貴社要件と対応状況</h2>
<table border="1">
<caption>メリディアン ボールト 仕様と貴社要件の対照表</caption>
<tr><th>項目</th><th>貴社要件</th><th>メリディアン ボールト</th></tr>
<tr><td>RPO（目標復旧時点）</td><td>15分以内</td><td>15分</td></tr>
<tr><td>RTO（目標復旧時間）</td><td>8時間以内</td><td>4時間</td></tr>
<tr><td>バックアップ保持期間</td><td>60日以上</td><td><del>30日</del> 90日（標準）</td></tr>
<tr><td>稼働率SLA</td><td>99.9%以上</td><td>99.95%</td></tr>
<tr><td>データセンター</td><td>国内2拠点</td><td>東京・大阪</td></tr>
<tr><td>保存時の暗号化</td><td>AES-256相当</td><td>AES-256</td></tr>
<tr><td>最大容量</td><td>300TB</td><td>1テナントあたり500TB</td></tr>
</table>

<h2>3. お見積り</h2>
<table border="1">
<caption>月額費用（金額はすべて税込）</caption>
<tr><th>品目</th><th>数量</th><th>単価</th><th>金額</th></tr>
<tr><td>メリディアン ボールト 容量課金（1TBあたり月額）</td><td>180TB</td><td>3,080円</td><td>554,400円</td></tr>
<tr><td>初期設定支援（一式）</td><td>1</td><td>-</td><td>330,000円</td></tr>
</table>

<h2>4. 弊社の強み</h2>
<p>メリディアン ボールトは、国内の法人向けクラウドバックアップとして業界最安の容量単価でご提供しております。</p>
<p>また、復旧作業はすべて専任エンジニアが担当し、貴社のご担当者様のご負担を最小限に抑えます。</p>
<p class="note">本提案書の有効期限：2026年12月31日</p>
</body>
</html>
"""
doc("docs/tokyo/提案書_東邦ロジテック_バックアップ再設計.html", D_TOKYO,
    [(V, "rpo", dur(15, "minutes"), "ok", "<tr><td>RPO（目標復旧時点）</td><td>15分以内</td><td>15分</td></tr>"),
     (V, "rto", dur(4, "hours"), "unverified", "<tr><td>RTO（目標復旧時間）</td><td>8時間以内</td><td>4時間</td></tr>"),
     (V, "retention", dur(90, "days"), "ok", "<td><del>30日</del> 90日（標準）</td>"),
     (V, "sla", 99.95, "ok", "<tr><td>稼働率SLA</td><td>99.9%以上</td><td>99.95%</td></tr>"),
     (V, "data_centers", "Tokyo", "ok", "<tr><td>データセンター</td><td>国内2拠点</td><td>東京・大阪</td></tr>"),
     (V, "data_centers", "Osaka", "ok", "<tr><td>データセンター</td><td>国内2拠点</td><td>東京・大阪</td></tr>"),
     (V, "encryption", "AES-256", "ok", "<tr><td>保存時の暗号化</td><td>AES-256相当</td><td>AES-256</td></tr>"),
     (V, "max_storage", 500 * TB, "ok", "<td>1テナントあたり500TB</td>"),
     (V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "<td>メリディアン ボールト 容量課金（1TBあたり月額）</td><td>180TB</td><td>3,080円</td>")],
    [("phrase", "ja.cheapest", None, "業界最安の容量単価でご提供しております")])

D_US = """# Post-incident review: Meridian Sync disruption of 12 May 2026

Prepared for: Brightwater Health, Clinical Systems
Prepared by: Meridian Data Inc., Customer Success and Site Reliability Engineering
Reference: INC-20417 · Version 2 · 2 June 2026

## 1. Summary

On 12 May 2026 a certificate rotation on the sync edge tier caused 47 minutes of failed and delayed uploads for Brightwater Health. No data was lost. All queued changes were applied by 15:20 UTC.

## 2. Timeline (UTC)

| Time  | Event |
|-------|-------|
| 14:02 | Rotation job starts on 3 of 12 edge nodes |
| 14:06 | Alert fires: sync error rate above 5% |
| 14:08 | On-call engineer acknowledges |
| 14:09 | Error rate peaks at 38.4% |
| 14:31 | Rotation identified as cause; rollback started |
| 14:49 | Rollback complete; error rate back to baseline |
| 15:20 | Replay of queued changes complete |

## 3. Impact

- 2,913 failed sync operations, all retried successfully by the clients.
- No files were lost or corrupted.
- Web uploads were unavailable for 47 minutes; downloads continued from cache.

## 4. Contractual position

- Meridian Sync carries a 99.9% monthly uptime SLA.
- A service credit of 10% of May charges ($39.90) was issued on the June invoice.
- Meridian Sync supports up to 10,000 users per organization.

## 5. Support commitments going forward

- Sev-1 support tickets: first response within 30 minutes, day or night.
- Guaranteed escalation to an on-call engineer for every Sev-1 ticket.
- A named escalation manager (Dana Whitfield) for the remainder of the contract term.
- Quarterly service reviews, the first on 18 June 2026.

## 6. Corrective actions

| # | Action | Owner | Status |
|---|--------|-------|--------|
| 1 | Verify certificate bundle on every edge node before cutover | SRE | Done 14 May |
| 2 | Page on-call when more than 2% of sync operations fail for 5 minutes | SRE | Done 15 May |
| 3 | Stagger edge rotations one availability zone at a time | SRE | Done 29 June |

Meridian Data was named the #1 provider for incident transparency in the Halden Research Cloud Trust Index 2026.[1]

[1] Source: Halden Research, Cloud Trust Index, March 2026.
"""
doc("docs/us-hq/brightwater-post-incident-review.md", D_US,
    [(S, "sla", 99.9, "ok", "Meridian Sync carries a 99.9% monthly uptime SLA."),
     (S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization."),
     (S, "support_response_time", dur(30, "minutes"), "unverified", "Sev-1 support tickets: first response within 30 minutes, day or night.")],
    [("phrase", "en.guarantee", None, "Guaranteed escalation to an on-call engineer for every Sev-1 ticket.")])

D_DRAFT = """# DRAFT v1 - Post-incident review: Meridian Sync (do not send)

- Meridian Sync carries a 99.99% uptime SLA.
- Meridian Sync supports offline mode, so work continued during the outage.
- Zero downtime during the fix.
"""
doc("docs/us-hq/drafts/brightwater-pir-v1.md", D_DRAFT, [], [])

D_LONDON = """Meridian Vault - resilience proposal
Prepared for Kestrel Pharma Ltd, following incident MV-2026-0601
Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG
Version 1.1, 14 September 2026


1. Where we are

Kestrel currently protects 222 TB across 1,284 nightly jobs in our Frankfurt region. On 1 June a storage rebalance delayed those jobs by up to 4 hours 50 minutes. Nothing was lost, but your backups ran hours behind schedule for most of a night, and this proposal sets out how we prevent a repeat.


2. What we propose

a) Dual-region protection. Meridian Vault will replicate your nightly backups from Frankfurt to a second copy hosted in London, so a problem in one place cannot delay both.

b) Recovery objectives. Meridian Vault's RPO is 15 minutes. Our recovery time objective (RTO) for a full-tenant restore is 4 hours.

c) Retention. Default retention is 90 days. Kestrel's GxP records will move to a separate archive tier with its own schedule.

d) Availability. Meridian Vault is backed by a 99.95% availability SLA, and service credits apply from the first minute below it.


3. Commercials

Meridian Vault is priced at £16 per TB per month. For 222 TB the total comes to £3,552.00, excluding VAT. The dual-region copy is charged at the same £16 per TB per month for the replicated data.


4. Why Meridian

Our best-in-class restore tooling and a UK-based service desk mean you speak to an engineer, not a queue.


Contact: Fiona McAllister, Account Director, +44 20 7946 0355
Meridian Data UK Ltd. Registered in England & Wales No. 10482736. VAT GB 274 8813 06.
"""
doc("docs/london/kestrel-vault-resilience-proposal.txt", D_LONDON,
    [(V, "data_centers", "Frankfurt", "ok", "Kestrel currently protects 222 TB across 1,284 nightly jobs in our Frankfurt region."),
     (V, "data_centers", "London", "conflict", "Meridian Vault will replicate your nightly backups from Frankfurt to a second copy hosted in London"),
     (V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes."),
     (V, "rto", dur(4, "hours"), "unverified", "Our recovery time objective (RTO) for a full-tenant restore is 4 hours."),
     (V, "retention", dur(90, "days"), "ok", "Default retention is 90 days."),
     (V, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA"),
     (V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is priced at £16 per TB per month.")],
    [("phrase", "en.superlative", None, "Our best-in-class restore tooling")])

# ------------------------------------------------------------------ write
def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    recs, archive = [], []
    for m in MSGS:
        raw = build(m)
        fn = "mail/%s.eml" % m["file"]
        with open(os.path.join(ROOT, fn), "wb") as fh:
            fh.write(raw)
        txt, asof = decoded_text(m), dt(m["date"]).date().isoformat()
        sender = office(m["frm"][1])
        m["lines"] = []
        for p, a, v, verdict, quoted, off, text in m["claims"]:
            assert text in txt, (fn, text)
            m["lines"].append({"type": "claim", "file": fn, "message_id": m["mid"], "product": p, "attribute": a,
                               "value": v, "verdict": verdict, "quoted": quoted, "office": off or sender,
                               "as_of": asof, "text": text})
        for kind, rule, prod, quoted, text in m.get("findings", []):
            assert text in txt, (fn, text)
            m["lines"].append({"type": "finding", "file": fn, "message_id": m["mid"], "kind": kind, "rule": rule,
                               "product": prod, "quoted": quoted, "text": text})
        recs += m["lines"]
        if m["archive"]:
            archive.append(m)
            m["raw"] = raw
    # unreadable: a gzip blob saved with an .eml name by a ticketing export
    blob = gzip.compress(b"Subject: export\n\n(ticket export MV-2026-0721, 3 attachments)\n", mtime=0)
    with open(os.path.join(ROOT, "mail/0021.eml"), "wb") as fh:
        fh.write(blob)
    recs.append({"type": "finding", "file": "mail/0021.eml", "message_id": None, "kind": "unreadable", "rule": None,
                 "product": None, "quoted": False, "text": "gzip-compressed data, not an RFC 5322 message"})
    # archive, date order, mboxrd
    archive.sort(key=lambda m: dt(m["date"]))
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        for m in archive:
            d = dt(m["date"]).astimezone(datetime.timezone.utc)
            fh.write(("From %s %s\n" % (m["frm"][1], d.strftime("%a %b %d %H:%M:%S %Y"))).encode())
            fh.write(mboxrd(m["raw"]) + b"\n")
    for m in archive:
        recs += [dict(r, file="mail/archive.mbox") for r in m["lines"]]
    # cross-office, from the archive's claims
    pts = []
    for m in archive:
        day = dt(m["date"]).date()
        for r in m["lines"]:
            if r["type"] == "claim" and r["office"] != "unknown" and r["attribute"] not in ("data_centers", "encryption", "certifications", "supported_platforms"):
                pts.append((r, day, m["file"]))
    def key(v):
        if isinstance(v, dict) and "unit" in v:
            return v["amount"] * {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}[v["unit"]]
        if isinstance(v, dict):
            return (v["amount"], v["currency"], v["per"])
        return v
    cross = {}
    for i, (a, da, fa) in enumerate(pts):
        for b, db, fb in pts[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            ka, kb = key(a["value"]), key(b["value"])
            if isinstance(ka, tuple) and isinstance(kb, tuple) and ka[1:] != kb[1:]:
                continue
            if ka == kb or (a["verdict"] == "ok" and b["verdict"] == "ok") or abs((da - db).days) > 45:
                continue
            offs = tuple(sorted((a["office"], b["office"])))
            c = cross.setdefault((a["product"], a["attribute"], offs), {"values": {}, "files": set()})
            for r, f in ((a, fa), (b, fb)):
                if r["verdict"] != "ok" or r["office"] not in c["values"]:
                    c["values"][r["office"]] = r["value"]
                c["files"].add("mail/%s.eml" % f)
    for (p, a, offs), c in sorted(cross.items()):
        recs.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs),
                     "file": "mail/archive.mbox", "message_files": sorted(c["files"]), "values": c["values"]})
    # documents
    for d in DOCS:
        path = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(d["text"])
        off = d["path"].split("/")[1]
        for p, a, v, verdict, text in d["claims"]:
            assert text in d["text"], (d["path"], text)
            recs.append({"type": "claim", "file": d["path"], "message_id": None, "product": p, "attribute": a,
                         "value": v, "verdict": verdict, "quoted": False, "office": off, "as_of": DOC_ASOF, "text": text})
        for kind, rule, prod, text in d["findings"]:
            assert text in d["text"], (d["path"], text)
            recs.append({"type": "finding", "file": d["path"], "message_id": None, "kind": kind, "rule": rule,
                         "product": prod, "quoted": False, "text": text})
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w") as fh:
        fh.write("""# onevoice configuration for evaluation set 37 (SPEC section 6).
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
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("%d messages (%d in archive), %d docs, %d expected lines, %d cross-office" % (
        len(MSGS) + 1, len(archive), len(DOCS), len(recs), len(cross)))

if __name__ == "__main__":
    main()
