#!/usr/bin/env python3
"""Evaluation set 25 for onevoice: technical answers by solutions engineers and
support staff at Meridian Data (fictional). Stdlib only, deterministic.

    python3 gen/generate.py          # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl

Every message and document is written here as the text its author typed, with
the labels next to it (claims and findings, per ../../../shared/eval/LABELS.md).
The script then encodes the mail the way the author's mailer would (Gmail,
Outlook, Thunderbird, Japanese mailers in ISO-2022-JP / Shift_JIS, a support
case system), checks that every labelled excerpt survives a MIME round trip,
builds mail/archive.mbox (mboxrd, date order) and derives the cross-office
records from the archived claims (and asserts they are the ones intended).
"""
import base64, datetime, email, email.policy, gzip, json, os, quopri, re, shutil, sys
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOC_DATE = "2026-11-22"          # documents are judged as of this date (../README.md)

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


# ----------------------------------------------------------------- values
def dur(n, unit):
    return {"amount": n, "unit": unit}


def money(n, cur, per, tax=None):
    return {"amount": n, "currency": cur, "per": per, "tax": tax}


TB = 10 ** 12
GB = 10 ** 9


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    """One labelled claim; office None = the author's office."""
    return dict(product=product, attribute=attribute, value=value, verdict=verdict,
                text=text, quoted=quoted, office=office)


def F(kind, text, rule=None, product=None, quoted=False):
    return dict(kind=kind, rule=rule, product=product, text=text, quoted=quoted)


def TZ(h, m=0):
    return datetime.timezone(datetime.timedelta(hours=h, minutes=m))


MESSAGES = []


def message(**kw):
    MESSAGES.append(kw)


# =================================================================== mail
# ------------------------------------------------------------------ 0001
message(
    n="0001", mailer="gmail", crlf=True,
    date=datetime.datetime(2026, 1, 14, 10, 37, 12, tzinfo=TZ(-8)),
    frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    to=[("Priya Raman", "priya.raman@northwind-logistics.com")],
    cc=[("Luis Ortega", "luis.ortega@northwind-logistics.com")],
    subject="Re: Meridian Sync pilot \u2013 sizing + proxy config",
    mid="CAH7x9Qm2vL+Kd0w3Zr8pJ5uN1yT6eB4sF0aG2hC9dE@mail.gmail.com",
    irt="CAPr0wq7ZkT2m9Yx4Lb1Hc8Vn3Rj6Ds5Fa0Ge2Ku7Pt@mail.gmail.com",
    charset="UTF-8", cte="quoted-printable", html=True, archive=True,
    body="""Hi Priya,

Answers inline below, plus the proxy snippet your network team asked for.

1) Tenant size. On the Enterprise edition, Meridian Sync supports up to 5,000 users per tenant today. Your ~1,800 warehouse and office staff fit in one tenant with room to spare, and we've provisioned 250 seats for the pilot.

2) Storage. Each Meridian Sync user gets 1 TB of storage; pooled quotas aren't a thing yet.

3) Clients. Meridian Sync runs on Windows, macOS, iOS and Android. There is no Linux desktop client, so the two Ubuntu jump hosts would need to use the web UI.

4) Proxy. Your Squid config is fine; the client only needs 443 outbound. This is what we used in the last pilot:

    [network]
    proxy_host = 10.40.12.8
    proxy_port = 3128
    connect_timeout = 30
    read_timeout = 120
    max_parallel_uploads = 8
    chunk_size_mb = 16

The client build we're shipping to the pilot is 4.2.1 (build 2026.01.3). The MSI is on the usual share.

Thanks,
Dana
--
Dana Whitfield
Senior Solutions Engineer | Meridian Data Inc.
535 Mission St, Suite 1400, San Francisco, CA 94105
m: +1 (415) 555-0142

On Tue, Jan 13, 2026 at 4:02\u202fPM Priya Raman <priya.raman@northwind-logistics.com> wrote:
> Hi Dana,
> Three things before we kick off on the 20th:
> - What's the max number of users in one tenant? We're at ~1,800.
> - How much storage does each user get?
> - Does the client run on Linux? We have a couple of Ubuntu 22.04 boxes.
> Also our proxy team wants the ports/timeouts.
> Thanks, Priya
""",
    claims=[
        C(S, "max_users", 5000, "ok", "On the Enterprise edition, Meridian Sync supports up to 5,000 users per tenant today."),
        C(S, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage"),
        C(S, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(S, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(S, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(S, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    ],
)

# ------------------------------------------------------------------ 0002
message(
    n="0002", mailer="becky", crlf=True,
    date=datetime.datetime(2026, 2, 10, 10, 45, 12, tzinfo=TZ(9)),
    frm=("佐藤 健", "ken.sato@jp.meridian-data.com"),
    to=[("小林 様", "m-kobayashi@tohoku-denki.co.jp")],
    cc=[(None, "support-jp@jp.meridian-data.com")],
    subject="RE: [JP-20260210-0173] メリディアン ボールト リストアジョブの失敗について",
    mid="20260210104512.7F3A.0E4B2C91@jp.meridian-data.com",
    irt="20260210081955.B2C4.6A1D0F37@tohoku-denki.co.jp",
    charset="ISO-2022-JP", cte="7bit", archive=True,
    body="""東北電機株式会社
情報システム部 小林様

いつもお世話になっております。
メリディアン・データ テクニカルサポートの佐藤です。

お問い合わせ番号 JP-20260210-0173 の件、ご送付いただいたログを確認いたしました。

■ 原因
2月9日 23:00 開始のリストアジョブが、復元先ボリュームの空き不足で停止しております。

  2026-02-09T23:00:04+09:00 INFO  restore job=rj-88213 start snapshot=2026-02-09T22:45:00+09:00
  2026-02-09T23:41:17+09:00 INFO  restore job=rj-88213 progress bytes=412316860416 files=1822034
  2026-02-09T23:41:18+09:00 ERROR restore job=rj-88213 write failed: ENOSPC target=/mnt/restore01
  2026-02-09T23:41:18+09:00 INFO  restore job=rj-88213 aborted exit=28

復元先 /mnt/restore01 の空きは約384GBで、対象データ（約1.2TB）に対して不足しております。

■ 対処
復元先を2TB以上の空きがあるボリュームに変更のうえ、再実行をお願いいたします。
スナップショットはそのまま残っておりますのでご安心ください。メリディアン ボールトの標準の保持期間は90日間ですので、障害当日分のスナップショットも5月上旬まで復元可能です。

■ ご参考
同製品のRPOは15分のため、22:45のスナップショットが障害直前の最新の復旧ポイントとなります。

ご不明な点がございましたら、本メールにご返信ください。

--
佐藤 健（Ken Sato）
メリディアン・データ株式会社 テクニカルサポート
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-5555-0198 / FAX: 03-5555-0199
""",
    claims=[
        C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間ですので"),
        C(V, "rpo", dur(15, "minutes"), "ok", "同製品のRPOは15分のため"),
    ],
)

# ------------------------------------------------------------------ 0003
_0003_QUOTED = """Hi Gareth,

Replies inline, and short ones, as your CAB pack is already 40 pages.

On 27/02/2026 16:48, Gareth Hughes wrote:
> 1. What RPO can we write into the DR plan for Meridian Vault?

Meridian Vault's RPO is 15 minutes. Snapshots run on a 15-minute schedule by default; you can't go tighter than that.

> 2. RTO for a full restore of the claims DB (approx 3.5 TB)?

We don't publish an RTO figure. In practice a restore of that size from Frankfurt has taken customers between 6 and 9 hours, mostly bound by your own ingest, but I wouldn't put a number into the plan on my say-so.

> 3. Where will the data physically sit? Our DPO wants UK or EU only.

EU tenants of Meridian Vault are hosted in our Frankfurt data centre. We don't operate a London data centre, and nothing is replicated to the US unless you ask for that.

> 4. Encryption at rest and in transit?

At rest, Meridian Vault encrypts with AES-256; keys are per-tenant and rotated every 90 days. In transit it's TLS 1.2+ only (1.3 preferred).

> 5. Availability commitment?

99.95% monthly for Meridian Vault, per Schedule B of the SLA. Service credits kick in below that.

Happy to join the CAB call on the 12th if useful - 10:30 works.

Fiona
"""
message(
    n="0003", mailer="thunderbird", crlf=False,
    date=datetime.datetime(2026, 3, 2, 9, 18, 40, tzinfo=TZ(0)),
    frm=("Fiona MacLeod", "fiona.macleod@uk.meridian-data.com"),
    to=[("Gareth Hughes", "g.hughes@harrowgate-insurance.co.uk")],
    subject="Re: Vault \u2013 DR architecture questions (ahead of CAB on 12 March)",
    mid="5b1e0c7a-3f2d-4e8b-9c61-2a7d0f4b8e13@uk.meridian-data.com",
    irt="LO2P265MB44170C3A9B1E7F2D6A8C4E0B5D19@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM",
    charset="UTF-8", cte="8bit", archive=True,
    body=_0003_QUOTED + """
-- 
Fiona MacLeod
Solutions Architect, EMEA
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
Registered in England & Wales, company number 11839204
T +44 20 7946 0381
""",
    claims=[
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes."),
        C(V, "data_centers", "Frankfurt", "ok", "EU tenants of Meridian Vault are hosted in our Frankfurt data centre."),
        C(V, "encryption", "AES-256", "ok", "At rest, Meridian Vault encrypts with AES-256"),
        C(V, "sla", 99.95, "ok", "99.95% monthly for Meridian Vault, per Schedule B of the SLA."),
    ],
)

# ------------------------------------------------------------------ 0004
message(
    n="0004", mailer="outlook", crlf=True,
    date=datetime.datetime(2026, 3, 9, 8, 2, 55, tzinfo=TZ(0)),
    frm=("Gareth Hughes", "g.hughes@harrowgate-insurance.co.uk"),
    to=[("Fiona MacLeod", "fiona.macleod@uk.meridian-data.com")],
    cc=[("Sunita Kaur", "s.kaur@harrowgate-insurance.co.uk")],
    subject="RE: Vault \u2013 DR architecture questions (ahead of CAB on 12 March)",
    mid="LO2P265MB4417B1C9E0A3F6D2C8B5E7A1D9F40@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM",
    irt="5b1e0c7a-3f2d-4e8b-9c61-2a7d0f4b8e13@uk.meridian-data.com",
    charset="utf-8", cte="quoted-printable", html=True, archive=True,
    body="""Fiona,

Thanks \u2013 that helped. We ran the restore drill on our own kit on Friday (2 x Dell R750, 25GbE to the edge, restore target on NetApp A400). Results below for the record.

    test            size        files      start     end       elapsed   throughput
    --------------  ----------  ---------  --------  --------  --------  ----------
    claims-db-full  3.41 TiB    1,204,551  19:02:11  02:48:40  7h46m29s  127.8 MiB/s
    docs-share      612 GiB     8,812,003  19:05:40  23:51:02  4h45m22s   36.6 MiB/s
    mailarch-2024   1.02 TiB      310,988  19:07:15  22:10:33  3h03m18s   97.1 MiB/s

So the 6-9 hours you quoted held up for the DB. Our network team reckons we can get nearer 5 hours with jumbo frames on the restore VLAN.

One thing I'd flag: your partner CloudBridge told our procurement lead that Meridian Vault keeps backups for 30 days by default. Your SOW draft says 90. Which one goes in the DR plan?

Regards,
Gareth

Gareth Hughes
Infrastructure Architect, Harrowgate Insurance plc
Harrowgate House, 2 Station Parade, Harrogate HG1 1UF
Tel: 01423 555 274

From: Fiona MacLeod <fiona.macleod@uk.meridian-data.com>
Sent: 02 March 2026 09:18
To: Gareth Hughes <g.hughes@harrowgate-insurance.co.uk>
Subject: Re: Vault \u2013 DR architecture questions (ahead of CAB on 12 March)

""" + _0003_QUOTED,
    claims=[
        C(V, "retention", dur(30, "days"), "conflict",
          "your partner CloudBridge told our procurement lead that Meridian Vault keeps backups for 30 days by default"),
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes.", quoted=True, office="london"),
        C(V, "data_centers", "Frankfurt", "ok", "EU tenants of Meridian Vault are hosted in our Frankfurt data centre.",
          quoted=True, office="london"),
        C(V, "encryption", "AES-256", "ok", "At rest, Meridian Vault encrypts with AES-256", quoted=True, office="london"),
        C(V, "sla", 99.95, "ok", "99.95% monthly for Meridian Vault, per Schedule B of the SLA.", quoted=True,
          office="london"),
    ],
)

# ------------------------------------------------------------------ 0005
message(
    n="0005", mailer="outlook-jp", crlf=True,
    date=datetime.datetime(2026, 3, 18, 17, 26, 3, tzinfo=TZ(9)),
    frm=("山口 誠", "makoto.yamaguchi@osaka.jp.meridian-data.com"),
    to=[("田中 浩二", "k-tanaka@kansai-seimitsu.co.jp")],
    subject="メリディアン シンク 導入前検証のご質問への回答",
    mid="TYCPR01MB88416C2A0F3B9D7E1A4C5B2E8F761@TYCPR01MB8841.jpnprd01.prod.outlook.com",
    charset="utf-8", cte="base64", html=True, archive=True,
    body="""関西精密工業株式会社
情報システム課 田中様

お世話になっております。メリディアン・データ大阪営業所の山口です。
先日の打合せ（3月16日 14:00～15:30）でいただいたご質問に回答いたします。

Q1. 1テナントあたりの上限ユーザー数
  メリディアン シンクは、現行仕様では1テナントあたり最大5,000ユーザーまでご利用いただけます。
  貴社の対象人数（約1,200名）であれば1テナントで問題ございません。

Q2. 稼働率
  同製品のSLAは月間稼働率99.9%です。

Q3. Linux端末
  恐れ入りますが、Linuxには対応しておりません。
  メリディアン シンクのクライアントはWindows、Mac、iOS、Androidに対応しております。

Q4. オフライン利用
  メリディアン シンクはオフライン環境ではご利用いただけません。同期にはネットワーク接続が必要です。

Q5. プロキシ設定
  以下の設定で、検証環境（192.168.10.0/24）からの接続を確認しております。

  [proxy]
  host = 192.168.10.5
  port = 8080
  timeout_sec = 60
  retry = 3

ご検討のほど、よろしくお願いいたします。

---------------------------------
山口 誠（Makoto Yamaguchi）
メリディアン・データ株式会社 大阪営業所 ソリューションエンジニア
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー 15F
TEL: 06-5555-0321  携帯: 090-5555-7781
---------------------------------
""",
    claims=[
        C(S, "max_users", 5000, "ok", "メリディアン シンクは、現行仕様では1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
        C(S, "sla", 99.9, "ok", "同製品のSLAは月間稼働率99.9%です。"),
        C(S, "supported_platforms", "Windows", "ok", "メリディアン シンクのクライアントはWindows、Mac、iOS、Androidに対応しております。"),
        C(S, "supported_platforms", "macOS", "ok", "メリディアン シンクのクライアントはWindows、Mac、iOS、Androidに対応しております。"),
        C(S, "supported_platforms", "iOS", "ok", "メリディアン シンクのクライアントはWindows、Mac、iOS、Androidに対応しております。"),
        C(S, "supported_platforms", "Android", "ok", "メリディアン シンクのクライアントはWindows、Mac、iOS、Androidに対応しております。"),
        C(S, "offline_mode", False, "ok", "メリディアン シンクはオフライン環境ではご利用いただけません。"),
    ],
)

# ------------------------------------------------------------------ 0006
message(
    n="0006", mailer="thunderbird-jp", crlf=False,
    date=datetime.datetime(2026, 3, 24, 11, 5, 47, tzinfo=TZ(9)),
    frm=("中村 彩", "aya.nakamura@jp.meridian-data.com"),
    to=[("松本 様", "matsumoto.r@sakura-logi.co.jp")],
    subject="メリディアン ボールト 技術仕様について（ご回答）",
    mid="9c2e4f71-0b8a-4d3c-a5e6-71f0d2b3c8a4@jp.meridian-data.com",
    charset="ISO-2022-JP", cte="7bit", archive=True,
    body="""さくらロジスティクス株式会社
IT推進部 松本様

お世話になっております。メリディアン・データの中村です。
3月19日にいただいた技術仕様のご質問について、下記のとおり回答いたします。

1. RPO
   メリディアン ボールトのRPOは5分です。差分バックアップを5分間隔で取得しております。

2. データの所在
   メリディアン ボールトのデータセンターは東京と大阪の2拠点で、国外へのデータ転送はございません。

3. 暗号化
   保存データは同製品にてAES-256で暗号化しております。

4. 容量
   ご契約容量は80TBでお見積りしております。
   同製品は1テナントあたり最大500TBまで拡張可能です。

5. 復旧時間
   RTOは、データ量とネットワーク帯域に依存するため、一律の値はお約束しておりません。

見積書（見積番号 Q-2026-0311、有効期限 2026年4月30日）は別途お送りいたします。

--
中村 彩（Aya Nakamura）
メリディアン・データ株式会社 東京本社 ソリューション部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-5555-0120
""",
    claims=[
        C(V, "rpo", dur(5, "minutes"), "conflict", "メリディアン ボールトのRPOは5分です。"),
        C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは東京と大阪の2拠点で"),
        C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは東京と大阪の2拠点で"),
        C(V, "encryption", "AES-256", "ok", "保存データは同製品にてAES-256で暗号化しております。"),
        C(V, "max_storage", 500 * TB, "ok", "同製品は1テナントあたり最大500TBまで拡張可能です。"),
    ],
)

# ------------------------------------------------------------------ 0007
message(
    n="0007", mailer="casesystem", crlf=True,
    date=datetime.datetime(2026, 4, 7, 8, 51, 30, tzinfo=TZ(-7)),
    frm=("Meridian Support (Marcus Oyelaran)", "support@meridian-data.com"),
    to=[("Jordan Brooks", "jbrooks@tallgrass-analytics.com")],
    subject="Re: [Case 00418823] Meridian Insight API returning 429 Too Many Requests",
    mid="case-00418823-ref-7741@support.meridian-data.com",
    irt="CAM9rT4vXq2+Lp8Yw0Ks6Bd1Zn7Hf3Jc5Ga9Ee2Uo4Ri@mail.gmail.com",
    charset="UTF-8", cte="quoted-printable", html=True, archive=True,
    body="""Hi Jordan,

Thanks for the trace - that's exactly what we needed.

You're hitting the per-workspace limit, not a bug. The Meridian Insight API rate limit on beta workspaces is 600 requests per minute. Your backfill script fires 16 workers with no backoff, and the headers in your paste show it:

    HTTP/1.1 429 Too Many Requests
    Content-Type: application/json
    X-RateLimit-Limit: 600
    X-RateLimit-Remaining: 0
    X-RateLimit-Reset: 1775575260
    Retry-After: 37

Two options:
- honour Retry-After (the SDK does this if you set max_retries=5, backoff_factor=1.5)
- drop to 4 workers; at ~140 req/min each you stay under the limit

On the latency question: Meridian Insight returns queries within 2 seconds at p95 on a 100M-row workspace. Your 11.4 s outliers are all cold-cache runs right after a schema change, which we'd expect during beta.

And yes, Meridian Insight is still in beta - general availability is planned for January 2027, and beta workspaces carry over to GA without a migration.

Marcus
--
Marcus Oyelaran
Technical Support Engineer, Meridian Data Inc.
Case portal: https://support.meridian-data.com/cases/00418823
+1 (415) 555-0177 ext. 2

On Mon, Apr 6, 2026 at 9:14 PM Jordan Brooks <jbrooks@tallgrass-analytics.com> wrote:
> Getting a wall of 429s from the Insight API since last night's backfill.
>
> Traceback (most recent call last):
>   File "/opt/backfill/run.py", line 212, in <module>
>     main()
>   File "/opt/backfill/run.py", line 187, in main
>     rows = client.query(ws_id, sql, timeout=30)
>   File "/usr/lib/python3.11/site-packages/meridian_insight/client.py", line 94, in query
>     resp.raise_for_status()
> meridian_insight.errors.RateLimitError: 429 Client Error: Too Many Requests for url: https://api.insight.meridian-data.com/v1/workspaces/ws_7f3a91/query
>
> Also our p95 on the big board is 11.4 s, which seems way off. What's the limit, and what latency should we expect?
>
> Jordan
""",
    claims=[
        C(I, "api_rate_limit", 600, "unverified",
          "The Meridian Insight API rate limit on beta workspaces is 600 requests per minute."),
        C(I, "query_latency", dur(2, "seconds"), "ok",
          "Meridian Insight returns queries within 2 seconds at p95 on a 100M-row workspace."),
        C(I, "general_availability", "2027-01", "ok", "general availability is planned for January 2027"),
    ],
)

# ------------------------------------------------------------------ 0008
message(
    n="0008", mailer="gmail", crlf=True,
    date=datetime.datetime(2026, 5, 5, 17, 20, 9, tzinfo=TZ(1)),
    frm=("Tom Ashworth", "tom.ashworth@uk.meridian-data.com"),
    to=[("Lena Vogt", "lena.vogt@brauer-maschinen.de")],
    cc=[("Fiona MacLeod", "fiona.macleod@uk.meridian-data.com")],
    subject="Meridian Insight PoC \u2013 results review and next steps",
    mid="CAF3kq+Ytm1Rz4wP9eX0b7LhV2dJ8cN5sA6uQ1oG3iK@mail.gmail.com",
    charset="UTF-8", cte="quoted-printable", html=True, archive=True,
    body="""Hi Lena,

Good call yesterday. Summary of where we landed, plus the numbers from your team's run so everyone has the same copy.

Your measurements (your VMs, 8 vCPU / 32 GB, Frankfurt VPC):

| board              | widgets | p50 (ms) | p95 (ms) | rows scanned |
|--------------------|---------|----------|----------|--------------|
| Werk-Übersicht     |      14 |      620 |    1,480 |   92,400,112 |
| Ausschuss je Linie |       9 |      410 |      930 |   41,022,870 |
| Energie 15-min     |      22 |    1,150 |    2,870 |  131,700,004 |

What we can commit to:
- In our own benchmarks Meridian Insight typically answers queries in under 1 second, so the Energie board is an outlier we'll tune with you.
- Meridian Insight supports up to 200 dashboards per workspace.
- The Meridian Insight free trial is 30 days; yours started on 22 April.
- Meridian Insight ships with 40+ native connectors, including SAP HANA and OPC UA.
- Pricing for Meridian Insight is £25 per user per month.

For the Energie board we'll pre-aggregate on the quarter-hour grain before the next run. You mentioned roughly 35 boards at go-live, which is fine. For the 60 planners in scope that comes to £1,500 a month before the 12% volume discount we discussed, and we can extend the PoC by a fortnight if your works council needs longer.

Next check-in: Tue 12 May, 09:00 CEST.

Cheers,
Tom

Tom Ashworth
Senior Support Engineer, EMEA
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG
VAT Reg. GB 318 4471 29 | +44 20 7946 0388
""",
    claims=[
        C(I, "query_latency", dur(1, "seconds"), "conflict",
          "In our own benchmarks Meridian Insight typically answers queries in under 1 second"),
        C(I, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
        C(I, "free_trial", dur(30, "days"), "ok", "The Meridian Insight free trial is 30 days"),
        C(I, "integrations", 40, "unverified", "Meridian Insight ships with 40+ native connectors"),
        C(I, "per_user_price", money(25, "GBP", "user-month"), "ok", "Pricing for Meridian Insight is £25 per user per month."),
    ],
)

# ------------------------------------------------------------------ 0009
message(
    n="0009", mailer="outlook-plain", crlf=True,
    date=datetime.datetime(2026, 5, 12, 14, 3, 21, tzinfo=TZ(-7)),
    frm=("Raj Patel", "raj.patel@meridian-data.com"),
    to=[("Mei Lin", "mlin@ellisonhealth.org")],
    cc=[("Dana Whitfield", "dana.whitfield@meridian-data.com")],
    subject="Security review follow-ups (Meridian Sync / Vault)",
    mid="BY5PR11MB4023E0F6A1C9B3D8E2F7A4C6B1D50@BY5PR11MB4023.namprd11.prod.outlook.com",
    charset="us-ascii", cte="7bit", archive=True,
    body="""Hi Mei,

Following up on the security review call. Short answers first, evidence links at the bottom.

- Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report (period 1 Oct 2024 - 30 Sep 2025) is in the data room under NDA.
- We are not FedRAMP authorized and aren't pursuing it this year.
- HIPAA: we sign a BAA for Meridian Sync, and Meridian Sync is HIPAA compliant for PHI in shared folders.
- Meridian Sync's uptime SLA is 99.9% per month, measured at the API edge.
- Encryption: TLS 1.2+ in transit and AES-256 at rest for Meridian Sync.
- Meridian Vault is SOC 2 Type II audited as well, same report.

Pen test: NCC Group, fieldwork 2026-02-09 to 2026-02-20, 0 critical / 2 medium, both remediated (SEC-2291, SEC-2294). Retest letter dated 2026-03-30.

Evidence: https://trust.meridian-data.com/ (access for mlin@ellisonhealth.org is approved, ref TR-88172).

Raj

Raj Patel | Principal Solutions Engineer | Meridian Data Inc.
535 Mission St, Suite 1400, San Francisco, CA 94105 | +1 (415) 555-0166
""",
    claims=[
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report"),
        C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report"),
        C(S, "certifications", "HIPAA", "conflict", "Meridian Sync is HIPAA compliant for PHI in shared folders"),
        C(S, "sla", 99.9, "ok", "Meridian Sync's uptime SLA is 99.9% per month"),
        C(S, "encryption", "AES-256", "unverified", "AES-256 at rest for Meridian Sync"),
        C(V, "certifications", "SOC 2 Type II", "unverified", "Meridian Vault is SOC 2 Type II audited as well, same report."),
    ],
)

# ------------------------------------------------------------------ 0010
_0010_BODY = """メリディアン・データ株式会社
大阪営業所 山口様

いつもお世話になっております。関西精密の田中です。
先日ご提供いただいた検証環境での結果を共有いたします。

■ 検証環境
  検証機：Windows 11 23H2 ×20、macOS 14.5 ×5
  回線：社内1Gbps、インターネット出口500Mbps（プロキシ 192.168.10.5:8080 経由）
  クライアント：4.5.2（build 2026.05.1）

■ 結果（3回平均）
  区分        ファイル数   合計サイズ   所要時間
  初回同期     12,480      48.2GB      41分12秒
  差分同期        120       1.3GB         38秒
  CADデータ        36      18.0GB      7分05秒

全体として想定どおりの結果でした。

■ 確認事項
1. 御社営業の方から、メリディアン シンクは最大2万ユーザーまで対応と伺っております。
   グループ会社（約3,500名）への展開も視野に入れておりますので、念のためご確認いただけますでしょうか。
2. 障害時の窓口の受付時間を教えてください。

以上、よろしくお願いいたします。

関西精密工業株式会社
情報システム課 田中 浩二
〒577-0011 大阪府東大阪市荒本北1-2-3
TEL: 06-6555-0123（内線 214）
"""
message(
    n="0010", mailer="outlook-classic-jp", crlf=True,
    date=datetime.datetime(2026, 6, 2, 18, 41, 2, tzinfo=TZ(9)),
    frm=("田中 浩二", "k-tanaka@kansai-seimitsu.co.jp"),
    to=[("山口 誠", "makoto.yamaguchi@osaka.jp.meridian-data.com")],
    subject="メリディアン シンク 検証結果のご報告",
    mid="000001dcf1a2$7b3c4d50$71b5e7f0$@kansai-seimitsu.co.jp",
    charset="ISO-2022-JP", cte="7bit", archive=False,
    body=_0010_BODY,
    claims=[
        C(S, "max_users", 20000, "conflict", "御社営業の方から、メリディアン シンクは最大2万ユーザーまで対応と伺っております。"),
    ],
)

# ------------------------------------------------------------------ 0011
message(
    n="0011", mailer="outlook-jp", crlf=True,
    date=datetime.datetime(2026, 6, 4, 10, 12, 44, tzinfo=TZ(9)),
    frm=("山口 誠", "makoto.yamaguchi@osaka.jp.meridian-data.com"),
    to=[("田中 浩二", "k-tanaka@kansai-seimitsu.co.jp")],
    subject="RE: メリディアン シンク 検証結果のご報告",
    mid="TYWPR01MB10342A7C1E5F9B0D3C6E8A2F4B71@TYWPR01MB10342.jpnprd01.prod.outlook.com",
    irt="000001dcf1a2$7b3c4d50$71b5e7f0$@kansai-seimitsu.co.jp",
    charset="utf-8", cte="base64", html=True, archive=True,
    body="""田中様

お世話になっております。メリディアン・データの山口です。
検証結果のご共有ありがとうございます。初回同期41分、差分同期38秒とも、想定どおりの数値です。

ご確認事項について回答いたします。

1. 上限ユーザー数
  弊社営業の説明に誤りがございました。申し訳ございません。
  メリディアン シンクは、2026年4月以降、1テナントあたり最大1万ユーザーまでご利用いただけます（2万ユーザーではございません）。
  約3,500名のグループ展開であれば、1テナントのままで問題ございません。

2. 窓口
  受付時間は平日9:00～18:00です。
  同製品では、優先度「高」のお問い合わせに4時間以内に初回回答いたします。

3. ご参考（稼働率）
  同製品の稼働率SLAは99.99%です。

引き続きよろしくお願いいたします。

山口 誠（Makoto Yamaguchi）
メリディアン・データ株式会社 大阪営業所
TEL: 06-5555-0321

-----Original Message-----
From: 田中 浩二 <k-tanaka@kansai-seimitsu.co.jp>
Sent: Tuesday, June 2, 2026 6:41 PM
To: 山口 誠 <makoto.yamaguchi@osaka.jp.meridian-data.com>
Subject: メリディアン シンク 検証結果のご報告

""" + _0010_BODY,
    claims=[
        C(S, "max_users", 10000, "ok",
          "メリディアン シンクは、2026年4月以降、1テナントあたり最大1万ユーザーまでご利用いただけます（2万ユーザーではございません）。"),
        C(S, "support_response_time", dur(4, "hours"), "unverified",
          "同製品では、優先度「高」のお問い合わせに4時間以内に初回回答いたします。"),
        C(S, "sla", 99.99, "conflict", "同製品の稼働率SLAは99.99%です。"),
        C(S, "max_users", 20000, "conflict", "御社営業の方から、メリディアン シンクは最大2万ユーザーまで対応と伺っております。",
          quoted=True, office="unknown"),
    ],
)

# ------------------------------------------------------------------ 0012
message(
    n="0012", mailer="thunderbird", crlf=False,
    date=datetime.datetime(2026, 6, 16, 15, 44, 18, tzinfo=TZ(1)),
    frm=("Tom Ashworth", "tom.ashworth@uk.meridian-data.com"),
    to=[("Deepa Nair", "deepa.nair@oakfield.gov.uk")],
    cc=[(None, "ict-servicedesk@oakfield.gov.uk")],
    subject="Re: [UK-55102] Missing snapshots on scratch volumes",
    mid="e1a94c2b-77f0-4b6d-8d3a-0c5f9e2b1a64@uk.meridian-data.com",
    irt="LO4P123MB6670D2E8A1C5B9F3E7A0C4D6B2E18@LO4P123MB6670.GBRP123.PROD.OUTLOOK.COM",
    charset="UTF-8", cte="8bit", archive=True,
    body="""Hi Deepa,

Following up on UK-55102 (snapshots from 2 May missing on the scratch volumes).

Root cause is the policy, not the service. By default Meridian Vault keeps backups for 90 days on every plan. Your scratch policy overrides that to 35 days - from your export:

    {
      "policy_id": "pol-oak-scratch-02",
      "schedule": "*/15 * * * *",
      "retention_days": 35,
      "immutable": false,
      "max_concurrent_jobs": 4,
      "bandwidth_limit_mbps": 200
    }

So anything older than 35 days on those volumes was pruned by design. Nothing was lost on the main estate (pol-oak-main-01 is still on the default).

If you want the scratch data kept longer, either move those volumes onto the main policy or set retention_days back to 90. Retention can't be set to unlimited; the policy maximum is 3,650 days.

Data residency (your second question): Meridian Vault keeps your tenant in Frankfurt; the other Meridian Vault data centres are Oregon, Tokyo and Osaka, and none of them hold a copy of your data.

On cost: Meridian Vault is £16 per TB per month. Moving the ~13 TB of scratch onto the default policy adds roughly £210 a month.

Regards,
Tom

-- 
Tom Ashworth
Senior Support Engineer, EMEA
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG
+44 20 7946 0388

On 12/06/2026 09:14, Deepa Nair wrote:
> Hi Tom, two questions on UK-55102:
> 1. Why are the 2 May snapshots gone from the scratch volumes?
> 2. Which countries can our backups end up in?
> Thanks, Deepa
""",
    claims=[
        C(V, "retention", dur(90, "days"), "ok", "By default Meridian Vault keeps backups for 90 days on every plan."),
        C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault keeps your tenant in Frankfurt; the other Meridian Vault data centres are Oregon, Tokyo and Osaka"),
        C(V, "data_centers", "Oregon", "ok", "Meridian Vault keeps your tenant in Frankfurt; the other Meridian Vault data centres are Oregon, Tokyo and Osaka"),
        C(V, "data_centers", "Tokyo", "ok", "Meridian Vault keeps your tenant in Frankfurt; the other Meridian Vault data centres are Oregon, Tokyo and Osaka"),
        C(V, "data_centers", "Osaka", "ok", "Meridian Vault keeps your tenant in Frankfurt; the other Meridian Vault data centres are Oregon, Tokyo and Osaka"),
        C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
    ],
    findings=[F("phrase", "Retention can't be set to unlimited", rule="en.unlimited")],
)

# ------------------------------------------------------------------ 0013
message(
    n="0013", mailer="gmail", crlf=True,
    date=datetime.datetime(2026, 7, 2, 11, 9, 55, tzinfo=TZ(-7)),
    frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    to=[("Priya Raman", "priya.raman@northwind-logistics.com")],
    subject="Northwind: tenant size, Chromebooks, failed WMS upload",
    mid="CAH7x9Qn8Rt0+Ws4bM2kLx7PcY3vF6dZ1eJ5gU9hA0sT@mail.gmail.com",
    charset="UTF-8", cte="quoted-printable", html=True, archive=True,
    body=r"""Hi Priya,

Picking up the three threads from Tuesday's call.

Tenant size. Until the end of March 2026 Meridian Sync was capped at 5,000 users per tenant; since 1 April it supports up to 10,000. Adding the Reno and Memphis DCs (about 2,600 more staff) still keeps you in one tenant.

Chromebooks. Meridian Sync is also supported on Chromebooks through the Android app, so the scanner stations can use the same client.

The failed upload. From the client log you sent:

    2026-06-30 14:22:07.412 [uploader-3] WARN  chunk 118/6400 retry 2/5 after HTTP 504 from 52.14.88.201:443 (elapsed 30012 ms)
    2026-06-30 14:22:37.455 [uploader-3] WARN  chunk 118/6400 retry 3/5 after HTTP 504 from 52.14.88.201:443 (elapsed 30009 ms)
    2026-06-30 14:23:07.502 [uploader-3] ERROR upload aborted file=\\nw-fs02\ops\exports\wms_full_20260630.bak size=107374182400 reason=FILE_TOO_LARGE

Meridian Sync accepts files up to 100 GB each. That .bak is 107.4 GB, so the upload will keep failing however long the timeout is. Either split the dump (7-Zip volumes work fine) or send it to Meridian Vault instead, which has no per-file cap.

Installer clean-up. The old installer at https://downloads.meridian-data.com/legacy/MeridianFileSync-3.9.2.msi is still in your SCCM package; please drop it so nobody reinstalls the 3.x client by accident. The current build is 4.6.0 (2026.06.2).

Thanks,
Dana
--
Dana Whitfield
Senior Solutions Engineer | Meridian Data Inc.
535 Mission St, Suite 1400, San Francisco, CA 94105
m: +1 (415) 555-0142
""",
    claims=[
        C(S, "max_users", 5000, "ok", "Until the end of March 2026 Meridian Sync was capped at 5,000 users per tenant"),
        C(S, "max_users", 10000, "ok", "since 1 April it supports up to 10,000."),
        C(S, "supported_platforms", "ChromeOS", "conflict",
          "Meridian Sync is also supported on Chromebooks through the Android app"),
        C(S, "supported_platforms", "Android", "ok",
          "Meridian Sync is also supported on Chromebooks through the Android app"),
        C(S, "max_file_size", 100 * GB, "unverified", "Meridian Sync accepts files up to 100 GB each."),
    ],
)

# ------------------------------------------------------------------ 0014
message(
    n="0014", mailer="outlook-jp", crlf=True,
    date=datetime.datetime(2026, 7, 21, 16, 30, 12, tzinfo=TZ(9)),
    frm=("中村 彩", "aya.nakamura@jp.meridian-data.com"),
    to=[("林 様", "hayashi.t@nexus-si.co.jp")],
    subject="メリディアン インサイト 勉強会でのご質問への回答",
    mid="d0c5a2e8-4b19-4f6e-8a37-95e1c0f2b7d6@jp.meridian-data.com",
    charset="utf-8", cte="base64", html=True, html_cte="quoted-printable", archive=True,
    body="""株式会社ネクサスSI
ソリューション営業部 林様

お世話になっております。メリディアン・データ東京の中村です。
7月15日の勉強会でいただいたご質問（計6件）への回答をお送りします。

Q1. 提供状況
メリディアン インサイトは現在ベータ版で、一般提供開始は2027年1月を予定しております。

Q2. 性能
同製品のクエリ応答時間は最大2秒（p95、1億行規模のワークスペース）です。
貴社検証環境でのログ（抜粋）は以下のとおりで、2回目以降はキャッシュが効いております。

  {"ts":"2026-07-14T10:02:11+09:00","workspace":"ws_nx_0192","rows":1048576,"elapsed_ms":1840,"cache":"miss"}
  {"ts":"2026-07-14T10:02:19+09:00","workspace":"ws_nx_0192","rows":1048576,"elapsed_ms":212,"cache":"hit"}

Q3. 連携
メリディアン インサイトの標準コネクタは30種類以上です（SAP、Salesforce、kintone等）。

Q4. 表示言語
同製品の表示言語は日本語・英語を含む8か国語です。

Q5. OPC UA
メリディアン インサイトは業界初のOPC UAネイティブ対応BIです。工場系データをゲートウェイなしで直接取り込めます。

Q6. 価格
メリディアン インサイトの価格は1ユーザーあたり月額4,400円（税込）です。パートナー様向けの仕切り価格は別途ご案内いたします。

以上、よろしくお願いいたします。

中村 彩（Aya Nakamura）
メリディアン・データ株式会社 東京本社 ソリューション部
TEL: 03-5555-0120
""",
    claims=[
        C(I, "general_availability", "2027-01", "ok", "一般提供開始は2027年1月を予定しております。"),
        C(I, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒（p95、1億行規模のワークスペース）です。"),
        C(I, "integrations", 30, "unverified", "メリディアン インサイトの標準コネクタは30種類以上です"),
        C(I, "ui_languages", 8, "unverified", "同製品の表示言語は日本語・英語を含む8か国語です。"),
        C(I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
          "メリディアン インサイトの価格は1ユーザーあたり月額4,400円（税込）です。"),
    ],
    findings=[F("phrase", "メリディアン インサイトは業界初のOPC UAネイティブ対応BIです。", rule="ja.first-in-industry")],
)

# ------------------------------------------------------------------ 0015
_RAJ_NOTE = """Fiona,

Short version for Corrib:

- Meridian Vault can hold a secondary copy in our Oregon data center; replication is async and the RPO for the replica is 15 minutes.
- Retention on the replica mirrors the primary policy, so 90 days by default for Meridian Vault unless they've changed it.
- Egress for a full rehydrate from Oregon is on us once a year (their order form, line 7).

Raj
--
Raj Patel | Principal Solutions Engineer | Meridian Data Inc.
+1 (415) 555-0166
"""
message(
    n="0015", mailer="thunderbird", crlf=False,
    date=datetime.datetime(2026, 8, 4, 12, 27, 31, tzinfo=TZ(1)),
    frm=("Fiona MacLeod", "fiona.macleod@uk.meridian-data.com"),
    to=[("Aoife Brennan", "aoife.brennan@corrib-foods.ie")],
    subject="Vault sizing + Oregon replica note",
    mid="3f8d2a61-c0b4-4e79-b1d5-6a9e0c7f2b48@uk.meridian-data.com",
    charset="UTF-8", cte="quoted-printable", archive=True,
    attached=dict(
        date=datetime.datetime(2026, 7, 30, 16, 5, 44, tzinfo=TZ(-7)),
        frm=("Raj Patel", "raj.patel@meridian-data.com"),
        to=[("Fiona MacLeod", "fiona.macleod@uk.meridian-data.com")],
        subject="Vault Oregon replica for Corrib Foods",
        mid="BY5PR11MB40239D1E7F2A6C0B4E8D3A5F7C21@BY5PR11MB4023.namprd11.prod.outlook.com",
        body=_RAJ_NOTE),
    body="""Hi Aoife,

As promised, Raj's note from our US team on the Oregon replica is attached, so you have it first-hand.

A few points from my side before Thursday:

- Meridian Vault scales to 1 PB per tenant.
- It also has industry-leading ransomware protection: immutable snapshots plus alerts on mass deletes.
- Restores from the Frankfurt copy are what we'd use for your DR test on the 20th.

For sizing: 140 TB today plus roughly 18% growth a year gives you about 320 TB after five years, comfortably below the ceiling.

Talk Thursday,
Fiona

-- 
Fiona MacLeod
Solutions Architect, EMEA
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0381
""",
    claims=[
        C(V, "max_storage", 1000 * TB, "conflict", "Meridian Vault scales to 1 PB per tenant."),
        C(V, "data_centers", "Oregon", "ok",
          "Meridian Vault can hold a secondary copy in our Oregon data center", quoted=True, office="us-hq"),
        C(V, "rpo", dur(15, "minutes"), "ok", "the RPO for the replica is 15 minutes", quoted=True, office="us-hq"),
        C(V, "retention", dur(90, "days"), "ok",
          "Retention on the replica mirrors the primary policy, so 90 days by default for Meridian Vault",
          quoted=True, office="us-hq"),
    ],
    findings=[F("phrase", "It also has industry-leading ransomware protection", rule="en.superlative")],
)

# ------------------------------------------------------------------ 0016
message(
    n="0016", mailer="becky", crlf=True,
    date=datetime.datetime(2026, 8, 18, 13, 52, 9, tzinfo=TZ(9)),
    frm=("山口 誠", "makoto.yamaguchi@osaka.jp.meridian-data.com"),
    to=[("田中 浩二", "k-tanaka@kansai-seimitsu.co.jp")],
    subject="メリディアン ボールト お見積りと仕様のご案内",
    mid="000a01dd2f3b$5e8c1d20$1b245760$@osaka.jp.meridian-data.com",
    charset="ISO-2022-JP", cte="7bit", archive=True,
    body=r"""関西精密工業株式会社
情報システム課 田中様

お世話になっております。メリディアン・データ大阪営業所の山口です。
ファイルサーバのバックアップ先として、メリディアン ボールトのお見積りと仕様をお送りいたします。

■ 検証テナントの使用状況（8月17日時点）
  $ mvault-cli tenant usage --tenant ksi-poc
  TENANT     USED_TB  QUOTA_TB  SNAPSHOTS  OLDEST
  ksi-poc    62.4     80        8,640      2026-05-20T00:15:00+09:00

■ 仕様
・メリディアン ボールトは1TBあたり月額3,080円（税込）です。
・同製品の最大容量は1テナントあたり500TBです。
・同製品のバックアップの保持期間は標準で1年間です。
・同製品のデータセンターは東京・大阪の国内2拠点です。
・ランサムウェア被害時も、イミュータブル スナップショットによりデータが消えることは絶対にありません。
・メリディアン ボールトは国内の企業向けクラウドバックアップ市場でシェアNo.1※のサービスです。

■ エージェント設定（ご参考）
  [agent]
  server = vault-jp.meridian-data.com:443
  schedule = */15 * * * *
  max_bandwidth_mbps = 200
  timeout_sec = 900

設定ファイル（C:\ProgramData\Meridian\agent.ini）は絶対パスで指定してください。
お見積り（見積番号 Q-OS-2026-0817、有効期限 2026年9月30日）は別途郵送いたします。

※2026年6月 東京マーケットリサーチ調べ（国内企業向けクラウドバックアップ市場）

山口 誠（Makoto Yamaguchi）
メリディアン・データ株式会社 大阪営業所
TEL: 06-5555-0321
""",
    claims=[
        C(V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
          "メリディアン ボールトは1TBあたり月額3,080円（税込）です。"),
        C(V, "max_storage", 500 * TB, "ok", "同製品の最大容量は1テナントあたり500TBです。"),
        C(V, "retention", dur(1, "years"), "conflict", "同製品のバックアップの保持期間は標準で1年間です。"),
        C(V, "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京・大阪の国内2拠点です。"),
        C(V, "data_centers", "Osaka", "ok", "同製品のデータセンターは東京・大阪の国内2拠点です。"),
    ],
    findings=[F("phrase", "データが消えることは絶対にありません", rule="ja.absolute")],
)

# ------------------------------------------------------------------ 0017
message(
    n="0017", mailer="casesystem-plain", crlf=True,
    date=datetime.datetime(2026, 9, 8, 9, 14, 2, tzinfo=TZ(-7)),
    frm=("Meridian Support (Marcus Oyelaran)", "support@meridian-data.com"),
    to=[("Aaron Feld", "it-helpdesk@holliscrane.com")],
    subject="[Case 00431907] Meridian Sync client crash after 4.6.0 update",
    mid="case-00431907-ref-9902@support.meridian-data.com",
    irt="case-00431907-ref-9871@support.meridian-data.com",
    charset="UTF-8", cte="quoted-printable", archive=True,
    body=r"""Hello Aaron,

Thanks for the Event Viewer export. The crash is the known heap corruption in 4.6.0 on machines where the legacy shell extension is still registered:

    Faulting application name: MeridianSync.exe, version: 4.6.0.2211, time stamp: 0x66c3a1f2
    Faulting module name: ntdll.dll, version: 10.0.22621.3958, time stamp: 0x2f1c7a0b
    Exception code: 0xc0000374
    Fault offset: 0x00000000000ff1c9
    Faulting process id: 0x1f40
    Faulting application path: C:\Program Files\Meridian FileSync\MeridianSync.exe
    Report Id: 7d2e9c41-5b0a-4e8f-9a61-3c2d8f1e0b77

Note the install path: that machine was upgraded in place from a 3.x client, so the old shell extension is still there. Uninstall, delete the folder, reinstall 4.6.0 and the crash goes away.

The 4.6.1 hotfix is a zero-downtime rollout through your RMM, and this is our number one priority for the release train this week.

Your other two questions:

1. Merger. Meridian Sync supports up to 5,000 users per tenant, so one tenant still covers the combined firm.
2. Travel. Meridian Sync has an offline mode: files pinned with "Always keep on this device" stay editable without a connection and sync back when you land.

For Meridian Sync, P1 support tickets get a first response within 1 hour, around the clock.

Best regards,
Marcus Oyelaran
Technical Support Engineer | Meridian Data Inc.
+1 (415) 555-0177 ext. 2 | Case 00431907
""",
    claims=[
        C(S, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per tenant"),
        C(S, "offline_mode", True, "conflict", "Meridian Sync has an offline mode"),
        C(S, "support_response_time", dur(1, "hours"), "unverified",
          "For Meridian Sync, P1 support tickets get a first response within 1 hour"),
    ],
    findings=[
        F("terminology", r"Faulting application path: C:\Program Files\Meridian FileSync\MeridianSync.exe", product=S),
        F("phrase", "The 4.6.1 hotfix is a zero-downtime rollout", rule="en.guarantee"),
    ],
)

# ------------------------------------------------------------------ 0018
message(
    n="0018", mailer="sjis", crlf=True,
    date=datetime.datetime(2026, 9, 29, 16, 33, 7, tzinfo=TZ(9)),
    frm=("佐藤 健", "ken.sato@jp.meridian-data.com"),
    to=[("斉藤 様", "saito.y@hokuriku-kasei.co.jp")],
    subject="RE: [JP-20260926-0412] 大容量ファイルの同期エラー（HTTP 413）",
    mid="20260929163307.9E52.A4F1C0B7@jp.meridian-data.com",
    irt="20260926091522.3C71.D08E6B2A@hokuriku-kasei.co.jp",
    charset="Shift_JIS", cte="base64", archive=True,
    body="""北陸化成株式会社
総務部 情報システムグループ 斉藤様

いつもお世話になっております。
メリディアン・データ テクニカルサポートの佐藤です。

お問い合わせ番号 JP-20260926-0412 の件、ご提供いただいたログを確認いたしました。

  2026/09/28 10:15:32.118 [SyncEngine] INFO  sync start files=52,113 bytes=88,120,455,210
  2026/09/28 10:15:40.902 [SyncEngine] WARN  HTTP 413 Payload Too Large (limit=53687091200) path=/設計/CAD/plant_a_full.zip
  2026/09/28 10:15:40.903 [SyncEngine] INFO  skipped=1 retry_after=none

■ 原因
plant_a_full.zip（約61GB）がアップロード上限を超えているためです。メリディアン シンクの1ファイルあたりの上限は50GBです。

■ 対処
・ファイルを分割（50GB未満）してから同期フォルダに配置してください。
・旧製品名「メリディアン ファイルシンク」時代の旧クライアントが一部の端末に残っております。最安定版であるv4.6.1へのアップデートをお勧めします。
・アップデート前に、必ず同期フォルダのバックアップを取得してください。

■ ご参考
メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。来月の増員分も現行テナントのままで問題ございません。

ご不明な点がございましたら、本メールにご返信ください。

--
佐藤 健（Ken Sato）
メリディアン・データ株式会社 テクニカルサポート
TEL: 03-5555-0198
""",
    claims=[
        C(S, "max_file_size", 50 * GB, "unverified", "メリディアン シンクの1ファイルあたりの上限は50GBです。"),
        C(S, "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。"),
    ],
    findings=[F("terminology", "旧製品名「メリディアン ファイルシンク」時代の旧クライアント", product=S)],
)

# ------------------------------------------------------------------ 0019 (unreadable)
message(
    n="0019", mailer="gzip", crlf=False, archive=False,
    date=datetime.datetime(2026, 10, 2, 8, 0, 0, tzinfo=TZ(0)),
    why="gzip-compressed data saved with an .eml name; not an RFC 5322 message",
)

# ------------------------------------------------------------------ 0020
_AYA_NOTE = """Hi Tom,

Quick answers for Brauer Japan:

1. Meridian Vault runs in our Tokyo and Osaka data centers, and there is also a Singapore region for APAC tenants that need an offshore copy.
2. Meridian Vault is ISMAP registered, which their Japanese auditors will ask about.
3. Default retention for Meridian Vault is 90 days; they can extend it per policy.

Best regards,
Aya Nakamura
Solutions Engineer, Meridian Data K.K. (Tokyo)
"""
message(
    n="0020", mailer="gmail", crlf=True,
    date=datetime.datetime(2026, 10, 14, 10, 2, 37, tzinfo=TZ(1)),
    frm=("Tom Ashworth", "tom.ashworth@uk.meridian-data.com"),
    to=[("Lena Vogt", "lena.vogt@brauer-maschinen.de")],
    subject="Fwd: Re: Vault for Brauer Japan KK",
    mid="CAF3kq+Zu0Lm7Hs2vN9cQ4tW1pE6yR8bD5jX3aK0fG7o@mail.gmail.com",
    charset="UTF-8", cte="quoted-printable", html=True, archive=True,
    body="""Hi Lena,

For your Nagoya subsidiary: see Aya's answer from our Tokyo office below. One correction before you circulate it - Meridian Vault has no Singapore region; APAC tenants are served from the Tokyo and Osaka regions.

Everything else in her note stands. Meridian Vault's SLA is 99.95% in every region, including Japan.

Cheers,
Tom

---------- Forwarded message ---------
From: 中村 彩 <aya.nakamura@jp.meridian-data.com>
Date: Thu, Oct 8, 2026 at 11:02\u202fAM
Subject: Re: Vault for Brauer Japan KK
To: Tom Ashworth <tom.ashworth@uk.meridian-data.com>

""" + _AYA_NOTE,
    claims=[
        C(V, "data_centers", "Tokyo", "ok",
          "Meridian Vault has no Singapore region; APAC tenants are served from the Tokyo and Osaka regions."),
        C(V, "data_centers", "Osaka", "ok",
          "Meridian Vault has no Singapore region; APAC tenants are served from the Tokyo and Osaka regions."),
        C(V, "sla", 99.95, "ok", "Meridian Vault's SLA is 99.95% in every region, including Japan."),
        C(V, "data_centers", "Tokyo", "ok", "Meridian Vault runs in our Tokyo and Osaka data centers",
          quoted=True, office="tokyo"),
        C(V, "data_centers", "Osaka", "ok", "Meridian Vault runs in our Tokyo and Osaka data centers",
          quoted=True, office="tokyo"),
        C(V, "data_centers", "Singapore", "conflict", "there is also a Singapore region for APAC tenants",
          quoted=True, office="tokyo"),
        C(V, "certifications", "ISMAP", "unverified", "Meridian Vault is ISMAP registered", quoted=True, office="tokyo"),
        C(V, "retention", dur(90, "days"), "ok", "Default retention for Meridian Vault is 90 days", quoted=True,
          office="tokyo"),
    ],
)

# ------------------------------------------------------------------ 0021
message(
    n="0021", mailer="outlook", crlf=True,
    date=datetime.datetime(2026, 10, 27, 9, 40, 16, tzinfo=TZ(-7)),
    frm=("Raj Patel", "raj.patel@meridian-data.com"),
    to=[("Mei Lin", "mlin@ellisonhealth.org")],
    subject="RE: Follow-ups from the architecture review",
    mid="BY5PR11MB4023F2C8D0E6A4B1C9E7D3F5A0B62@BY5PR11MB4023.namprd11.prod.outlook.com",
    irt="SA1PR04MB8871C0E3B5D9A2F7E4C1B8D6A3F05@SA1PR04MB8871.namprd04.prod.outlook.com",
    charset="us-ascii", cte="quoted-printable", html=True, archive=False,
    body="""Mei,

Quick answers to the three follow-ups from Friday's review:

1. Restore times. Meridian Vault restores are typically back online within 4 hours. That figure comes from customer drills of around 10 TB; restore times are not guaranteed and we don't put an RTO in the contract.

2. Pricing for the expansion. Meridian Vault is $20 per TB per month and Meridian Sync is $399/month per workspace. The 15% multi-year discount from the order form applies on top.

3. Insight timing. Meridian Insight reaches general availability in December 2026; your analytics team can stay on the beta workspace until then.

Raj

Raj Patel | Principal Solutions Engineer | Meridian Data Inc.
535 Mission St, Suite 1400, San Francisco, CA 94105 | +1 (415) 555-0166

From: Mei Lin <mlin@ellisonhealth.org>
Sent: Friday, October 23, 2026 5:12 PM
To: Raj Patel <raj.patel@meridian-data.com>
Subject: Follow-ups from the architecture review

Raj - three follow-ups from today:
1) How fast can we restore if the primary EHR archive is lost?
2) Pricing for adding 40 TB of Vault and 300 Sync users?
3) When will Insight be GA?
Thanks,
Mei
""",
    claims=[
        C(V, "rto", dur(4, "hours"), "unverified", "Meridian Vault restores are typically back online within 4 hours."),
        C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month"),
        C(S, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399/month per workspace."),
        C(I, "general_availability", "2026-12", "conflict", "Meridian Insight reaches general availability in December 2026"),
    ],
    findings=[F("phrase", "restore times are not guaranteed", rule="en.guarantee")],
)

# ------------------------------------------------------------------ 0022
message(
    n="0022", mailer="thunderbird", crlf=False,
    date=datetime.datetime(2026, 11, 10, 16, 58, 3, tzinfo=TZ(1)),
    frm=("Lena Vogt", "lena.vogt@brauer-maschinen.de"),
    to=[("Tom Ashworth", "tom.ashworth@uk.meridian-data.com")],
    subject="Re: Meridian Insight PoC \u2013 results review and next steps",
    mid="7a0c3e95-2d4b-4f18-9e6c-b3d1f0a8c527@brauer-maschinen.de",
    irt="CAF3kq+Ytm1Rz4wP9eX0b7LhV2dJ8cN5sA6uQ1oG3iK@mail.gmail.com",
    charset="UTF-8", cte="quoted-printable", archive=True,
    body="""Hi Tom,

On 05.05.26 17:20, Tom Ashworth <tom.ashworth@uk.meridian-data.com> wrote:
> - In our own benchmarks Meridian Insight typically answers queries in under 1 second, so the Energie board is an outlier we'll tune with you.

We did the pre-aggregation in October. Meridian Insight query latency on our hardware is still 2.9 seconds at p95 for the Energie board. That is down from 2,870 ms in May: better, but not what we were told.

> - Meridian Insight supports up to 200 dashboards per workspace.

Fine for us, we are at 41.

Numbers from last week's run (same VMs as before):

    run_id      board               p50_ms  p95_ms  rows_scanned
    2026-1104a  Energie 15-min         880   2,910   131,700,004
    2026-1104b  Werk-Übersicht         540   1,310    92,400,112

Can we get someone from your performance team on a call? Thursday 12 Nov, 14:00 CET works.

Viele Grüße
Lena Vogt
IT-Architektur | Brauer Maschinenbau GmbH
Industriestraße 14, 70565 Stuttgart
Tel. +49 711 555 3190 | HRB 724411 Amtsgericht Stuttgart
""",
    claims=[
        C(I, "query_latency", dur(1, "seconds"), "conflict",
          "In our own benchmarks Meridian Insight typically answers queries in under 1 second", quoted=True,
          office="london"),
        C(I, "query_latency", dur(2.9, "seconds"), "conflict",
          "Meridian Insight query latency on our hardware is still 2.9 seconds at p95 for the Energie board."),
        C(I, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace.", quoted=True,
          office="london"),
    ],
)

# The cross-office cases the set is built to hold (checked against the claims below).
CROSS_OFFICE = {
    (V, "rpo", ("london", "tokyo")),
    (I, "query_latency", ("london", "us-hq")),
    (S, "sla", ("osaka", "us-hq")),
    (V, "retention", ("osaka", "us-hq")),
    (V, "max_storage", ("london", "osaka")),
    (S, "max_users", ("tokyo", "us-hq")),
}

# ================================================================== docs
DOCS = []


def document(path, text, claims=(), findings=(), labelled=True):
    DOCS.append(dict(path=path, text=text, claims=list(claims), findings=list(findings), labelled=labelled))


# ------------------------------------------------------------------ us-hq: security questionnaire (.md)
_SEC07 = "| SEC-07 | Supported client platforms | Windows 10/11, macOS 13+, iOS 16+, Android 12+. No Linux client. |"
_VLT05 = ("| VLT-05 | US data residency | Ellison's tenant is hosted in Oregon. The other Meridian Vault data centers "
          "are Tokyo, Osaka and Frankfurt. |")
document("docs/us-hq/ellison-health-security-questionnaire.md", """# Security & Architecture Questionnaire \u2014 Response

**Customer:** Ellison Health System \u00b7 **Ref:** ELH-RFP-2026-044 \u00b7 **Version:** 1.3 (2026-11-12)
**Prepared by:** Raj Patel, Principal Solutions Engineer, Meridian Data Inc. (raj.patel@meridian-data.com, +1 415 555 0166)

Responses cover Meridian Sync (clinical document sharing) and Meridian Vault (EHR archive backup), with a short section on Meridian Insight, which Ellison's analytics team is piloting. Requirement IDs follow Ellison's SIG Lite extract (tab "Cloud", rows 14\u201361).

## 1. Meridian Sync

| ID | Requirement | Meridian response |
|----|-------------|-------------------|
| SEC-01 | ISO 27001 certification | Yes. ISO/IEC 27001:2022 certified (certificate IS 771204, valid to 2028-03-14). |
| SEC-02 | Independent SOC 2 Type II report | Yes. SOC 2 Type II report for 2024-10-01 to 2025-09-30, shared under NDA. |
| SEC-03 | FedRAMP Moderate | No. Meridian Sync is not FedRAMP authorized. |
| SEC-04 | Availability of at least 99.5% per month | 99.9% monthly uptime SLA (SLA v4, Schedule A). |
| SEC-05 | 15,000 named users in one tenant | Partial. Up to 10,000 users per tenant; larger estates run two linked tenants. |
| SEC-06 | Offline access for field clinicians | Not available. Clients need a network connection to sync. |
""" + _SEC07 + """
| SEC-08 | Per-user storage quota | 1 TB per user. |
| SEC-09 | Largest single file | 100 GB. |
| SEC-10 | Encryption in transit | TLS 1.2 minimum, TLS 1.3 preferred; HSTS on all endpoints. |

## 2. Meridian Vault

| ID | Requirement | Meridian response |
|----|-------------|-------------------|
| VLT-01 | RPO of 60 minutes or better | 15 minutes. |
| VLT-02 | RTO of 8 hours or better for the EHR archive | Not contractually committed. In our restore tests a full restore of a comparable archive took about 6 hours. |
| VLT-03 | Backup retention of 1 year minimum | 90 days by default; longer retention is a paid add-on, quoted separately. |
| VLT-04 | Encryption at rest | AES-256 with per-tenant keys held in an HSM. |
""" + _VLT05 + """
| VLT-06 | Service availability | 99.95% monthly. |
| VLT-07 | Capacity for 650 TB over 5 years | Up to 500 TB per tenant; the projected volume would be split across two tenants. |
| VLT-08 | Independent attestation (SOC 2 or equivalent) | SOC 2 Type II report, same audit scope as the rest of the platform. |
| VLT-09 | Backup agent network requirements | Outbound TCP 443 only; agent 5.1.3 listens locally on 127.0.0.1:8443; default job timeout 900 s. |

## 3. Meridian Insight (pilot)

| ID | Requirement | Meridian response |
|----|-------------|-------------------|
| INS-01 | Production readiness | Beta today; general availability is planned for January 2027. |
| INS-02 | Dashboard query performance | Under 2 seconds at p95 on a 100M-row workspace. |
| INS-03 | Availability commitment | 99.9% target during the beta. |
| INS-04 | API throughput for EHR extracts | 600 requests per minute per workspace. |
| INS-05 | Single sign-on | SAML 2.0 and OIDC; SCIM 2.0 for provisioning. |

## 4. Notes

- Meridian Sync client 4.6.1 (build 2026.09.4) is the version Ellison's pen-test vendor assessed on 2026-10-05: 0 critical and 2 medium findings, both closed (SEC-2291, SEC-2294).
- Prices are in the separate commercial proposal (ELH-COM-2026-044).
<!-- onevoice-disable-next-line en.superlative -->
- Ellison's 2025 vendor review called the immutability controls industry-leading.
""", claims=[
    C(S, "certifications", "ISO 27001", "ok", "Yes. ISO/IEC 27001:2022 certified"),
    C(S, "certifications", "SOC 2 Type II", "ok", "Yes. SOC 2 Type II report for 2024-10-01 to 2025-09-30, shared under NDA."),
    C(S, "sla", 99.9, "ok", "99.9% monthly uptime SLA (SLA v4, Schedule A)."),
    C(S, "max_users", 10000, "ok", "Partial. Up to 10,000 users per tenant"),
    C(S, "offline_mode", False, "ok", "| SEC-06 | Offline access for field clinicians | Not available. Clients need a network connection to sync. |"),
    C(S, "supported_platforms", "Windows", "ok", _SEC07),
    C(S, "supported_platforms", "macOS", "ok", _SEC07),
    C(S, "supported_platforms", "iOS", "ok", _SEC07),
    C(S, "supported_platforms", "Android", "ok", _SEC07),
    C(S, "storage_per_user", 1 * TB, "ok", "| SEC-08 | Per-user storage quota | 1 TB per user. |"),
    C(S, "max_file_size", 100 * GB, "unverified", "| SEC-09 | Largest single file | 100 GB. |"),
    C(V, "rpo", dur(15, "minutes"), "ok", "| VLT-01 | RPO of 60 minutes or better | 15 minutes. |"),
    C(V, "rto", dur(6, "hours"), "unverified",
      "In our restore tests a full restore of a comparable archive took about 6 hours."),
    C(V, "retention", dur(90, "days"), "ok", "90 days by default; longer retention is a paid add-on"),
    C(V, "encryption", "AES-256", "ok", "AES-256 with per-tenant keys held in an HSM."),
    C(V, "data_centers", "Oregon", "ok", _VLT05),
    C(V, "data_centers", "Tokyo", "ok", _VLT05),
    C(V, "data_centers", "Osaka", "ok", _VLT05),
    C(V, "data_centers", "Frankfurt", "ok", _VLT05),
    C(V, "sla", 99.95, "ok", "| VLT-06 | Service availability | 99.95% monthly. |"),
    C(V, "max_storage", 500 * TB, "ok", "Up to 500 TB per tenant"),
    C(V, "certifications", "SOC 2 Type II", "unverified", "SOC 2 Type II report, same audit scope as the rest of the platform."),
    C(I, "general_availability", "2027-01", "ok", "Beta today; general availability is planned for January 2027."),
    C(I, "query_latency", dur(2, "seconds"), "ok", "Under 2 seconds at p95 on a 100M-row workspace."),
    C(I, "sla", 99.9, "unverified", "| INS-03 | Availability commitment | 99.9% target during the beta. |"),
    C(I, "api_rate_limit", 600, "unverified", "600 requests per minute per workspace."),
])

# ------------------------------------------------------------------ us-hq: a draft the config ignores
document("docs/us-hq/drafts/northwind-sow-v0.md", """# Northwind Logistics \u2014 Statement of Work (DRAFT v0, do not send)

TODO(dana): check every number below against the spec sheet before this leaves the building.

- Meridian Sync supports unlimited users per tenant.
- Meridian Sync is FedRAMP authorized and runs on Linux.
- Meridian Vault keeps backups for 30 days and is guaranteed never to lose data.
- Meridian Insight is generally available from October 2026.
""", labelled=False)

# ------------------------------------------------------------------ tokyo: architecture design (.html)
_T1 = "<tr><td>1</td><td>RPO 30分以内</td><td>15分（差分スナップショット）</td></tr>"
document("docs/tokyo/メリディアンボールト_導入アーキテクチャ設計書_さくらロジスティクス様.html", """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>メリディアン ボールト 導入アーキテクチャ設計書（さくらロジスティクス様）</title>
<style>
table { border-collapse: collapse; margin: 8px 0 16px; }
td, th { border: 1px solid #999; padding: 4px 8px; }
caption { text-align: left; font-weight: bold; }
</style>
</head>
<body>
<h1>メリディアン ボールト 導入アーキテクチャ設計書</h1>
<p>さくらロジスティクス株式会社 御中<br>
文書番号 MD-TKY-ARC-2026-031　第1.2版　2026年11月16日<br>
メリディアン・データ株式会社 東京本社 ソリューション部</p>

<h2>1. 構成概要</h2>
<p>本製品は東京・大阪の2拠点のデータセンターで運用され、お客様データは国内のみに保管されます。</p>
<p>バックアップエージェント（v5.1.3、build 2026.10）を各拠点のファイルサーバに導入し、TCP 443 で送信します。社内プロキシ（10.20.1.15:8080）経由の通信にも対応しています。</p>

<h2>2. 要件対応表</h2>
<table>
<caption>表1 メリディアン ボールト 要件対応表</caption>
<tr><th>項番</th><th>お客様要件</th><th>対応内容</th></tr>
""" + _T1 + """
<tr><td>2</td><td>バックアップ保持期間 1年以上</td><td>標準90日（延長は長期保管オプションにて対応）</td></tr>
<tr><td>3</td><td>保存データの暗号化</td><td>AES-256（テナント個別鍵）</td></tr>
<tr><td>4</td><td>将来容量 120TB</td><td>1テナントあたり最大500TBまで対応</td></tr>
<tr><td>5</td><td>稼働率 99.9%以上</td><td>SLA 99.95%（月間）</td></tr>
<tr><td>6</td><td>目標復旧時間（RTO）4時間以内</td><td>3時間（当社検証環境での実測値）</td></tr>
<tr><td>7</td><td>第三者認証</td><td>ISMAP登録済み</td></tr>
</table>

<h2>3. 料金</h2>
<table>
<caption>表2 メリディアン ボールト 料金（金額はすべて税抜）</caption>
<tr><th>品目</th><th>単位</th><th>単価</th></tr>
<tr><td>容量課金</td><td>1TBあたり月額</td><td><del>3,000円</del> 2,800円</td></tr>
<tr><td>初期設定支援</td><td>一式</td><td>別紙お見積り（MD-Q-2026-1107）</td></tr>
</table>
<p>同製品は業界最安水準の容量単価でご提供しております。</p>

<h2>4. ネットワーク・エージェント設定</h2>
<table>
<caption>表3 設定値（お客様環境）</caption>
<tr><th>項目</th><th>設定値</th></tr>
<tr><td>送信先</td><td>ingest.jp-east.vault.meridian-data.com:443</td></tr>
<tr><td>プロキシ</td><td>10.20.1.15:8080</td></tr>
<tr><td>スナップショット間隔</td><td>15分</td></tr>
<tr><td>帯域制限</td><td>業務時間帯 200Mbps ／ 夜間 1Gbps</td></tr>
<tr><td>ジョブタイムアウト</td><td>900秒</td></tr>
<tr><td>エージェントログ</td><td>14日分をローテーション（/var/log/mvault/agent.log）</td></tr>
</table>

<h2>5. 運用</h2>
<ul>
<li>リストア手順は運用手順書 No.12 を参照してください。</li>
<li>設定ファイルは絶対パス（/etc/mvault/agent.conf）で指定してください。</li>
<li>週次で完全バックアップを取得し、整合性検証を行います。</li>
</ul>
<p>連絡先：東京本社 ソリューション部 03-5555-0120</p>
</body>
</html>
""", claims=[
    C(V, "data_centers", "Tokyo", "ok", "本製品は東京・大阪の2拠点のデータセンターで運用され"),
    C(V, "data_centers", "Osaka", "ok", "本製品は東京・大阪の2拠点のデータセンターで運用され"),
    C(V, "rpo", dur(15, "minutes"), "ok", _T1),
    C(V, "retention", dur(90, "days"), "ok", "標準90日（延長は長期保管オプションにて対応）"),
    C(V, "encryption", "AES-256", "ok", "AES-256（テナント個別鍵）"),
    C(V, "max_storage", 500 * TB, "ok", "1テナントあたり最大500TBまで対応"),
    C(V, "sla", 99.95, "ok", "SLA 99.95%（月間）"),
    C(V, "rto", dur(3, "hours"), "unverified", "3時間（当社検証環境での実測値）"),
    C(V, "certifications", "ISMAP", "unverified", "ISMAP登録済み"),
    C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "<del>3,000円</del> 2,800円"),
], findings=[F("phrase", "同製品は業界最安水準の容量単価でご提供しております。", rule="ja.cheapest")])

# ------------------------------------------------------------------ london: DR design (.md)
_L_RPO = "| RPO | \u2264 30 min | ~~5 minutes~~ 15 minutes |"
document("docs/london/harrowgate-vault-dr-design.md", """# Harrowgate Insurance \u2014 Meridian Vault DR Design

Document HGI-DR-007 \u00b7 v2.0 \u00b7 18 November 2026 \u00b7 Owner: Fiona MacLeod (Meridian Data Ltd) \u00b7 Reviewer: Gareth Hughes (Harrowgate)

## 1. Scope

Backup and disaster recovery for the claims platform (claims DB, document store, mail archive) using Meridian Vault. Out of scope: the broker portal, which stays on Harrowgate's own tape rotation until Q3 2027.

## 2. Recovery objectives

| Objective | Harrowgate target | Meridian Vault design |
|-----------|-------------------|-----------------------|
""" + _L_RPO + """
| RTO | \u2264 12 h | Not contractually committed; see Appendix A for the March drill |
| Default retention | 1 year for the claims DB | 90 days; the claims DB moves to the long-term policy (section 4.2) |

## 3. Hosting

Meridian Vault data centres used: Frankfurt only (EU residency, per Harrowgate's DPO). Meridian Vault availability is 99.95% per month under Schedule B of the SLA.

The claims front end stays up during restores (reads move to the warm standby), so cut-over is zero-downtime from the users' side.

## 4. Configuration

### 4.1 Agent

```yaml
vault_agent:
  version: 5.1.3            # build 2026.10
  tenant: hgi-prod-eu
  endpoint: ingest.eu-central.vault.meridian-data.com:443
  schedule: "*/15 * * * *"
  max_streams: 8
  bandwidth_cap_mbps: 750   # lifted to 2000 at weekends
  job_timeout_s: 900
  proxy: 10.40.2.15:3128
```

### 4.2 Policies

| Policy | Volumes | Schedule | Expiry |
|--------|---------|----------|--------|
| pol-hgi-default | doc store, mail archive | every 15 min | 90 days |
| pol-hgi-claims-lt | claims DB | every 15 min plus a full on the 1st | 400 days |

## 5. Operations

- Alerts go to the Harrowgate SOC (soc@harrowgate-insurance.co.uk) and to Meridian support, queue UK-VAULT.
- Quarterly restore drill; the next one is 5 March 2027, 19:00\u201303:00.
<!-- onevoice-disable-next-line en.guarantee -->
- Restores of the claims DB are guaranteed to finish inside the drill window.

## Appendix A \u2014 Restore drill, 6 March 2026 (Harrowgate hardware)

Measured by Harrowgate on 2 \u00d7 Dell R750, 25GbE, restore target NetApp A400:

| Data set | Size | Objects | Elapsed | Throughput |
|----------|------|---------|---------|------------|
| claims-db-full | 3.41 TiB | 1,204,551 | 7h46m29s | 127.8 MiB/s |
| docs-share | 612 GiB | 8,812,003 | 4h45m22s | 36.6 MiB/s |
| mailarch-2024 | 1.02 TiB | 310,988 | 3h03m18s | 97.1 MiB/s |
""", claims=[
    C(V, "rpo", dur(15, "minutes"), "ok", _L_RPO),
    C(V, "retention", dur(90, "days"), "ok", "| Default retention | 1 year for the claims DB | 90 days;"),
    C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault data centres used: Frankfurt only"),
    C(V, "sla", 99.95, "ok", "Meridian Vault availability is 99.95% per month under Schedule B of the SLA."),
], findings=[F("phrase", "so cut-over is zero-downtime from the users' side", rule="en.guarantee")])

# ------------------------------------------------------------------ osaka: PoC results report (.txt)
document("docs/osaka/検証結果報告書_メリディアンシンク_関西精密工業様.txt", """メリディアン シンク 導入前検証 結果報告書

関西精密工業株式会社 御中
2026年11月6日
メリディアン・データ株式会社 大阪営業所
担当：山口 誠（06-5555-0321）


1. 検証概要
  期間　　：2026年10月13日〜10月30日
  検証機　：Windows 11 23H2 ×20、macOS 14.5 ×5
  回線　　：社内1Gbps、インターネット出口500Mbps
  クライアント：4.6.1（build 2026.09.4）


2. 検証結果（お客様環境での実測値、3回平均）

  項番  項目                                結果        判定
  1     初回同期（48.2GB／12,480ファイル）  41分12秒    ○
  2     差分同期（変更120ファイル）          38秒        ○
  3     CADデータ同期（18.0GB）              7分05秒     ○
  4     同時編集時の競合検知                検知・退避  ○
  5     プロキシ経由（192.168.10.5:8080）    接続可      ○


3. 製品仕様（ご参考）
  ・メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。
  ・同製品の1ユーザーあたりのストレージ容量は1TBです。
  ・同製品の月額料金は50,000円（税込）です。
  ・同製品の対応OSはWindows、macOS、iOS、Androidです（Linuxは非対応）。
  ・同製品はISO 27001、SOC 2 Type II、ISO 27017の認証を取得しております。
  ・同製品の最大ファイルサイズは（誤）50GB（正）100GBです。
  ・メリディアン シンクはオフライン環境でも閲覧・編集が可能です。


4. 所見
  当社の社内検証でも差分同期は平均40秒前後で完了しており、メリディアン シンクは業界No.1の同期速度を実現しています。
  本番切替前には、必ず既存ファイルサーバのバックアップを取得してください。


5. 今後の予定
  12月1日（火）10:00〜 本番移行計画レビュー（大阪営業所 会議室B）
  12月14日〜 部門ごとの段階移行（計4回）

以上
""", claims=[
    C(S, "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。"),
    C(S, "storage_per_user", 1 * TB, "ok", "同製品の1ユーザーあたりのストレージ容量は1TBです。"),
    C(S, "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "同製品の月額料金は50,000円（税込）です。"),
    C(S, "supported_platforms", "Windows", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidです（Linuxは非対応）。"),
    C(S, "supported_platforms", "macOS", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidです（Linuxは非対応）。"),
    C(S, "supported_platforms", "iOS", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidです（Linuxは非対応）。"),
    C(S, "supported_platforms", "Android", "ok", "同製品の対応OSはWindows、macOS、iOS、Androidです（Linuxは非対応）。"),
    C(S, "certifications", "ISO 27001", "ok", "同製品はISO 27001、SOC 2 Type II、ISO 27017の認証を取得しております。"),
    C(S, "certifications", "SOC 2 Type II", "ok", "同製品はISO 27001、SOC 2 Type II、ISO 27017の認証を取得しております。"),
    C(S, "certifications", "ISO 27017", "conflict", "同製品はISO 27001、SOC 2 Type II、ISO 27017の認証を取得しております。"),
    C(S, "max_file_size", 100 * GB, "unverified", "同製品の最大ファイルサイズは（誤）50GB（正）100GBです。"),
    C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフライン環境でも閲覧・編集が可能です。"),
], findings=[F("phrase", "メリディアン シンクは業界No.1の同期速度を実現しています。", rule="ja.superlative-no1")])


# ================================================================== MIME
PYCODEC = {"utf-8": "utf-8", "us-ascii": "ascii", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932"}
MAILERS = {
    "gmail": [],
    "outlook": ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Thread-Topic: {topic}",
                "Thread-Index: AdtQk3F0aB7cXm2PQ0y9c1VnR4e8Lw==", "Accept-Language: en-GB, en-US",
                "Content-Language: en-GB", "X-MS-Exchange-Organization-AuthAs: Internal"],
    "outlook-plain": ["Thread-Topic: {topic}", "Thread-Index: AdvYc0F2m3Qk9Lr1Sx8Tz4Wp2Hn6Bg==",
                      "Accept-Language: en-US", "Content-Language: en-US"],
    "outlook-jp": ["Thread-Topic: {topic}", "Thread-Index: AdwC5e1pK8r3Yh0vQf2Lm6Nx9Tb4Ja==",
                   "Accept-Language: ja-JP, en-US", "Content-Language: ja-JP"],
    "outlook-classic-jp": ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdvS0x2c8Hq1Fk7mR3pT9yLw5Nb0Eg==",
                           "Content-Language: ja"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"],
    "thunderbird-jp": ["User-Agent: Mozilla Thunderbird", "Content-Language: ja"],
    "becky": ["X-Mailer: Becky! ver. 2.81.05 [ja]"],
    "sjis": ["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"],
    "casesystem": ["X-Case-Number: {case}", "X-Auto-Response-Suppress: OOF", "Auto-Submitted: no"],
    "casesystem-plain": ["X-Case-Number: {case}", "X-Auto-Response-Suppress: OOF", "Auto-Submitted: no"],
}


def enc_header(s, charset):
    if all(ord(c) < 128 for c in s):
        return s
    cs = "iso-2022-jp" if charset.lower() == "iso-2022-jp" else "shift_jis" if charset.lower() == "shift_jis" else "utf-8"
    return Header(s, cs, maxlinelen=76, header_name="Subject").encode()


def enc_addr(pair, charset):
    name, addr = pair
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    cs = "iso-2022-jp" if charset.lower() == "iso-2022-jp" else "shift_jis" if charset.lower() == "shift_jis" else "utf-8"
    return formataddr((name, addr), charset=cs)


def enc_body(text, charset, cte):
    data = text.encode(PYCODEC[charset.lower()])
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(b < 128 for b in data), "7bit body with 8-bit data"
        return data
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    raise ValueError(cte)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def to_html(text, mailer):
    """The HTML alternative the mailer would send for the same text."""
    out, lines, i = [], text.split("\n"), 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                block.append(lines[i][1:].lstrip(" ") if lines[i].startswith("> ") or lines[i] == ">" else lines[i][1:])
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       'rgb(204,204,204);padding-left:1ex">' + "<br>\n".join(esc(b) for b in block) + "</blockquote>")
            continue
        if ln.startswith("    ") or (ln.startswith("  ") and mailer.endswith("jp")):
            block = []
            while i < len(lines) and (lines[i].startswith("  ") or lines[i] == ""):
                if lines[i] == "" and not (i + 1 < len(lines) and lines[i + 1].startswith("  ")):
                    break
                block.append(lines[i])
                i += 1
            out.append('<pre style="font-family:monospace">' + esc("\n".join(block)) + "</pre>")
            continue
        if ln.startswith("|") and "|" in ln[1:]:
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(set(c) <= set("-: ") for c in cells):
                    rows.append("<tr>" + "".join("<td>%s</td>" % esc(c) for c in cells) + "</tr>")
                i += 1
            out.append('<table border="1" cellpadding="3" style="border-collapse:collapse">' + "".join(rows) + "</table>")
            continue
        out.append("<div>%s</div>" % (esc(ln) if ln else "<br>"))
        i += 1
    style = "font-family:Meiryo,sans-serif" if mailer.endswith("jp") else "font-family:Calibri,Arial,sans-serif"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div dir="ltr" style="%s">\n%s\n</div></body></html>\n' % (style, "\n".join(out)))


def text_part(ctype, charset, cte, text, flowed=False):
    params = '; charset="%s"' % charset if not ctype.endswith("html") or True else ""
    if flowed:
        params += "; format=flowed"
    head = "Content-Type: %s%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, params, cte)
    return head.encode("ascii") + enc_body(text, charset, cte)


def headers_for(m, extra_ctype_lines):
    cs = m["charset"]
    topic = re.sub(r"^(?:RE|Re|Fwd|FW): ", "", m["subject"])
    case = (re.search(r"Case (\d+)", m["subject"]) or [None, ""])[1]
    hs = []
    a, b = m["n"], m["date"]
    relay = {"gmail": "mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
             "thunderbird": "[10.12.4.31] (vpn-10-12-4-31.uk.meridian-data.com [10.12.4.31])"}.get(
        m["mailer"], "mx-out-0%s.mailrelay.example.net (mx-out-0%s.mailrelay.example.net [198.51.100.%d])"
        % (a[-1], a[-1], 20 + int(a)))
    hs.append("Received: from %s\n        by mx.%s with ESMTPS id %s%s;\n        %s" % (
        relay, m["to"][0][1].split("@")[1], "x%03dqa" % int(a), "0cfd7e", format_datetime(b)))
    hs.append("Date: " + format_datetime(b))
    hs.append("From: " + enc_addr(m["frm"], cs))
    hs.append("To: " + ", ".join(enc_addr(x, cs) for x in m["to"]))
    if m.get("cc"):
        hs.append("Cc: " + ", ".join(enc_addr(x, cs) for x in m["cc"]))
    hs.append("Subject: " + enc_header(m["subject"], cs))
    hs.append("Message-ID: <%s>" % m["mid"])
    if m.get("irt"):
        hs.append("In-Reply-To: <%s>" % m["irt"])
        hs.append("References: <%s>" % m["irt"])
    for h in MAILERS[m["mailer"]]:
        if "{topic}" in h:
            h = h.replace("{topic}", enc_header(topic, cs))
        hs.append(h.replace("{case}", case))
    hs.append("MIME-Version: 1.0")
    hs.extend(extra_ctype_lines)
    return "\n".join(hs)


def build_eml(m):
    cs, cte = m["charset"], m["cte"]
    flowed = m["mailer"] == "thunderbird" and cte == "8bit"
    if m.get("attached"):
        att = m["attached"]
        inner_hs = "\n".join([
            "Date: " + format_datetime(att["date"]),
            "From: " + enc_addr(att["frm"], "us-ascii"),
            "To: " + ", ".join(enc_addr(x, "us-ascii") for x in att["to"]),
            "Subject: " + att["subject"],
            "Message-ID: <%s>" % att["mid"],
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="us-ascii"',
            "Content-Transfer-Encoding: 7bit"])
        inner = (inner_hs + "\n\n").encode("ascii") + att["body"].encode("ascii")
        bnd = "------------mx0a8Qz4c1TvB9e2Lr7KsW3"
        body = (b"This is a multi-part message in MIME format.\n--" + bnd.encode() + b"\n"
                + text_part("text/plain", cs, cte, m["body"]) + b"\n--" + bnd.encode() + b"\n"
                + ('Content-Type: message/rfc822; name="%s.eml"\nContent-Disposition: attachment; filename="%s.eml"\n\n'
                   % (att["subject"], att["subject"])).encode("ascii")
                + inner + b"\n--" + bnd.encode() + b"--\n")
        head = headers_for(m, ['Content-Type: multipart/mixed; boundary="%s"' % bnd])
    elif m.get("html"):
        bnd = {"gmail": "000000000000%s0a1b2c3d4e5f6" % m["n"], "casesystem": "----=_Part_%s_1842203957.1775575890" % m["n"]
               }.get(m["mailer"], "_000_%s%s_" % (m["mid"].split("@")[0][:28], m["n"]))
        hcte = m.get("html_cte", cte)
        body = (("--%s\n" % bnd).encode() + text_part("text/plain", cs, cte, m["body"]) + b"\n"
                + ("--%s\n" % bnd).encode() + text_part("text/html", cs, hcte, to_html(m["body"], m["mailer"])) + b"\n"
                + ("--%s--\n" % bnd).encode())
        head = headers_for(m, ['Content-Type: multipart/alternative; boundary="%s"' % bnd])
    else:
        ct = 'Content-Type: text/plain; charset="%s"%s' % (cs, "; format=flowed" if flowed else "")
        body = enc_body(m["body"], cs, cte)
        head = headers_for(m, [ct, "Content-Transfer-Encoding: " + cte])
    raw = head.encode("ascii") + b"\n\n" + body
    if m["crlf"]:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def build_gzip(m):
    inner = ("Date: %s\nFrom: Meridian Support <support@meridian-data.com>\nTo: ops@holliscrane.com\n"
             "Subject: [Case 00433120] Sync logs\nMessage-ID: <case-00433120-ref-0001@support.meridian-data.com>\n"
             "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nLogs attached.\n"
             % format_datetime(m["date"])).encode("ascii")
    return gzip.compress(inner, compresslevel=9, mtime=0)


def decoded_texts(raw):
    """Every text part of a message (and of attached messages), decoded, for the excerpt checks."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            out.append(part.get_content().replace("\r\n", "\n"))
    return out


def mboxrd(messages):
    chunks = []
    for m, raw in messages:
        lf = raw.replace(b"\r\n", b"\n")
        lines = [re.sub(rb"^(>*From )", rb">\1", ln) for ln in lf.split(b"\n")]
        body = b"\n".join(lines).rstrip(b"\n") + b"\n"
        when = m["date"].astimezone(datetime.timezone.utc).strftime("%a %b %e %H:%M:%S %Y")
        chunks.append(("From %s %s\n" % (m["frm"][1], when)).encode("ascii") + body + b"\n")
    return b"".join(chunks)


# ================================================================== labels
SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "years": 365 * 86400}


def comparable(v):
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * SECONDS[v["unit"]])
    if isinstance(v, dict) and "currency" in v:
        return ("money", v["amount"], v["currency"], v["per"], v.get("tax"))
    return ("v", v)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(archived):
    """(product, attribute, offices) -> example pair, per LABELS.md: two offices, values that cannot both be
    right (they differ and not both are ok), within 45 days, sets never, customers never, quoted claims dated
    by the message that quotes them, prices only in the same currency and billing unit."""
    found = {}
    for i, a in enumerate(archived):
        for b in archived[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["attribute"] in SET_ATTRS:
                continue
            if "unknown" in (a["office"], b["office"]) or a["office"] == b["office"]:
                continue
            if abs((a["date"] - b["date"]).days) > 45:
                continue
            ca, cb = comparable(a["value"]), comparable(b["value"])
            if ca[0] == "money" and (ca[2:4] != cb[2:4] or ca[4] != cb[4]):
                continue
            if ca == cb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            found.setdefault(key, (a, b))
    return found


def main():
    for d in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    records, archived_msgs, archived_claims = [], [], []
    seen = set()

    def add_claim(file, mid, c, office, as_of):
        key = (file, mid, c["product"], c["attribute"], json.dumps(c["value"], sort_keys=True), c["quoted"], office)
        assert key not in seen, key
        seen.add(key)
        records.append({"type": "claim", "file": file, "message_id": mid, "product": c["product"],
                        "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                        "quoted": c["quoted"], "office": office, "as_of": as_of, "text": c["text"]})

    def add_finding(file, mid, f):
        records.append({"type": "finding", "file": file, "message_id": mid, "kind": f["kind"], "rule": f["rule"],
                        "product": f["product"], "quoted": f["quoted"], "text": f["text"]})

    for m in MESSAGES:
        path = "mail/%s.eml" % m["n"]
        if m["mailer"] == "gzip":
            raw = build_gzip(m)
            open(os.path.join(ROOT, path), "wb").write(raw)
            add_finding(path, None, F("unreadable", m["why"]))
            continue
        raw = build_eml(m)
        open(os.path.join(ROOT, path), "wb").write(raw)
        texts = decoded_texts(raw)
        plain = [t for t in texts if not t.lstrip().startswith("<html")]
        sender = office_of(m["frm"][1])
        as_of = m["date"].date().isoformat()
        for c in m["claims"]:
            assert any(c["text"] in t for t in plain), (path, c["text"])
            office = c["office"] or sender
            add_claim(path, m["mid"], c, office, as_of)
        for f in m.get("findings", []):
            assert any(f["text"] in t for t in plain), (path, f["text"])
            add_finding(path, m["mid"], f)
        if m["archive"]:
            archived_msgs.append((m, raw))

    archived_msgs.sort(key=lambda mr: mr[0]["date"])
    open(os.path.join(ROOT, "mail", "archive.mbox"), "wb").write(mboxrd(archived_msgs))
    for m, raw in archived_msgs:
        sender = office_of(m["frm"][1])
        for c in m["claims"]:
            office = c["office"] or sender
            add_claim("mail/archive.mbox", m["mid"], c, office, m["date"].date().isoformat())
            archived_claims.append(dict(c, office=office, date=m["date"].date(), file="mail/%s.eml" % m["n"]))
        for f in m.get("findings", []):
            add_finding("mail/archive.mbox", m["mid"], f)

    for d in DOCS:
        full = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(full), exist_ok=True)
        open(full, "w", encoding="utf-8", newline="\n").write(d["text"])
        if not d["labelled"]:
            continue
        office = d["path"].split("/")[1]
        for c in d["claims"]:
            assert c["text"] in d["text"], (d["path"], c["text"])
            add_claim(d["path"], None, c, c["office"] or office, DOC_DATE)
        for f in d["findings"]:
            assert f["text"] in d["text"], (d["path"], f["text"])
            add_finding(d["path"], None, f)

    found = cross_office(archived_claims)
    assert set(found) == CROSS_OFFICE, ("cross-office differs", sorted(set(found) ^ CROSS_OFFICE))
    for key in sorted(found):
        a, b = found[key]
        records.append({"type": "cross-office", "product": key[0], "attribute": key[1], "offices": list(key[2]),
                        "file": "mail/archive.mbox", "message_files": sorted({a["file"], b["file"]}),
                        "values": {a["office"]: a["value"], b["office"]: b["value"]}})

    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for evaluation set 25 (SPEC section 6).
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
    n_claims = sum(1 for r in records if r["type"] == "claim")
    print("wrote %d messages (%d in archive.mbox), %d documents; expected.jsonl: %d lines (%d claims, %d findings, "
          "%d cross-office)" % (len(MESSAGES), len(archived_msgs), len(DOCS), len(records), n_claims,
                                sum(1 for r in records if r["type"] == "finding"),
                                sum(1 for r in records if r["type"] == "cross-office")))


if __name__ == "__main__":
    main()
