#!/usr/bin/env python3
"""Regenerate probe97 (support desk, incidents, service reviews, contract schedules).

    python3 gen.py            (from anywhere; writes mail/, docs/, expected.jsonl,
                               README.md, FLOOR and .onevoice.yaml next to this file)

Deterministic, Python 3.11 standard library only. Written blind from
shared/eval/LABELS.md, FACTS.md and rules/ (no look at the engine). While it
writes, it checks:
  - every body encodes strictly in the charset its header names;
  - every .eml parses with the `email` package and every label's `text` is a
    substring of the decoded text of its file (or of its document);
  - every hand-written verdict equals what the claims base implies
    (see `judge`), and every hand-listed phrase / terminology finding matches
    what the phrase rules' patterns do on that file (no accidental hits);
  - the cross-office cases are computed from the archive's labels.
"""
import base64, datetime as dt, email, email.policy, email.utils, fnmatch, hashlib, html, json, os, quopri, re, sys, unicodedata
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.normpath(os.path.join(HERE, "../../../../shared/eval/rules"))
DOCS_AS_OF = "2026-11-22"
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB, GB, PB = 10 ** 12, 10 ** 9, 10 ** 15

OFFICE_GLOBS = [("osaka", "*@osaka.jp.meridian-data.com"), ("tokyo", "*@jp.meridian-data.com"),
                ("london", "*@uk.meridian-data.com"), ("us-hq", "*@meridian-data.com")]
CODECS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8", "us-ascii": "ascii"}
LABEL = {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "utf-8": "UTF-8", "us-ascii": "us-ascii"}


def office_of(addr):
    for office, glob in OFFICE_GLOBS:
        if fnmatch.fnmatch(addr.lower(), glob):
            return office
    return "unknown"


# ---------------------------------------------------------------- value helpers
def jpy(a, tax, per="month"):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def usd(a, per="month", tax=None):
    return {"amount": a, "currency": "USD", "per": per, "tax": tax}


def gbp(a, per="month", tax=None):
    return {"amount": a, "currency": "GBP", "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


def c(product, attribute, value, verdict, text, quoted=False, office=None, period=None):
    """One claim. office=None: the mail's (or document's) own office. period: a date the
    text explicitly places the value in (judged then, LABELS.md); as_of stays the file's."""
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict,
            "text": text, "quoted": quoted, "office": office, "period": period}


def ph(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "text": text, "quoted": quoted}


def term(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": product, "text": text, "quoted": quoted}


def unreadable(why):
    return {"kind": "unreadable", "rule": None, "product": None, "text": why, "quoted": False}


# ---------------------------------------------------------------- the claims base, as a judge
# (a second, independent statement of FACTS.md / rules/products: every hand verdict is checked
# against it, so a slip in either shows up as an error.)
UNVERIFIED = {"rto", "integrations", "ui_languages", "api_rate_limit", "max_file_size",
              "support_response_time", "max_devices"}
HAS = {S: {"max_users", "monthly_price", "storage_per_user", "sla", "certifications", "offline_mode",
           "supported_platforms"},
       V: {"rpo", "retention", "sla", "price_per_tb", "max_storage", "data_centers", "encryption"},
       I: {"general_availability", "per_user_price", "query_latency", "free_trial", "max_dashboards"}}
SETS = {(S, "certifications"): {"ISO 27001", "SOC 2 Type II"},
        (S, "supported_platforms"): {"Windows", "macOS", "iOS", "Android"},
        (V, "data_centers"): {"Tokyo", "Osaka", "Oregon", "Frankfurt"},
        (V, "encryption"): {"AES-256"}}
SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}
CURRENCY = {"us-hq": "USD", "london": "GBP", "tokyo": "JPY", "osaka": "JPY"}
PRICES = {(S, "monthly_price"): ("month", {"us-hq": 399, "london": 329, "tokyo": 50000, "osaka": 50000}),
          (V, "price_per_tb"): ("TB-month", {"us-hq": 20, "london": 16, "tokyo": 2800, "osaka": 2800}),
          (I, "per_user_price"): ("user-month", {"us-hq": 30, "london": 25, "tokyo": 4000, "osaka": 4000})}
SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}


def secs(v):
    return v["amount"] * SECS[v["unit"]]


def price_ok(base, v):
    if v["currency"] == "JPY" and v["tax"] == "included":
        return v["amount"] == round(base * 1.1)
    return v["amount"] == base


def judge(p, a, v, office, day):
    if a in UNVERIFIED or a not in HAS[p]:
        return "unverified"
    if (p, a) in SETS:
        return "ok" if v in SETS[(p, a)] else "conflict"
    if (p, a) in PRICES:
        per, table = PRICES[(p, a)]
        assert office != "unknown", "a customer's price has no office-less claim to meet"
        assert v["per"] == per, (p, a, v)
        if v["currency"] == CURRENCY[office]:
            return "ok" if price_ok(table[office], v) else "conflict"
        if any(CURRENCY[o] == v["currency"] and price_ok(table[o], v) for o in table):
            return "office-variant"
        return "conflict"
    if a == "max_users":
        cur, other = (10000, 5000) if day >= "2026-04-01" else (5000, 10000)
        if v == cur:
            return "ok"
        if v == other:
            return "stale"
        assert v > cur, "a maximum below the base's is not used in this set"
        return "conflict"
    if a == "sla":
        return "ok" if v == {S: 99.9, V: 99.95}[p] else "conflict"
    if a == "storage_per_user":
        return "ok" if v == TB else "conflict"
    if a == "max_storage":
        assert v >= 500 * TB
        return "ok" if v == 500 * TB else "conflict"
    if a == "offline_mode":
        return "ok" if v is False else "conflict"
    if a in ("rpo", "query_latency"):
        bound = 900 if a == "rpo" else 2
        if "min" in v:
            return "ok" if v["max"] * SECS[v["unit"]] == bound else "conflict"
        return "ok" if secs(v) == bound else "conflict"
    if a == "retention":
        return "ok" if secs(v) == 90 * 86400 else "conflict"
    if a == "free_trial":
        return "ok" if secs(v) == 30 * 86400 else "conflict"
    if a == "general_availability":
        return "ok" if v == "2027-01" else "conflict"
    if a == "max_dashboards":
        assert v >= 200
        return "ok" if v == 200 else "conflict"
    raise AssertionError((p, a, v))


# ---------------------------------------------------------------- people and addresses
TOKYO_SIG_TEL = "TEL：03-5412-7700（代表）"

MAILS = []


def mail(**kw):
    MAILS.append(kw)


# =====================================================================================
# 0001  tokyo support desk, keigo, ISO-2022-JP, over an Outlook 差出人 block
# =====================================================================================
mail(n="0001", date="2025-07-08 10:20:00 +0900", lang="ja",
     frm=("メリディアン・データ サポートセンター 森下", "support@jp.meridian-data.com"),
     to=[("堀内 達也", "horiuchi.t@sakura-seiko.co.jp")],
     subject="RE: 【お問い合わせ番号：JP-SUP-2507-0412】Linux端末での利用可否について",
     charset="iso-2022-jp", cte="7bit", mailer="Microsoft Outlook 16.0",
     what="support desk reply (keigo) over `-----Original Message-----` + 差出人 block; four platforms (Linux 'not provided': no claim); 5,000 users in 2025 (ok); 2-hour first response (unverified); version/build/KB numbers, 約1,200名 and 約40台 in the customer's questions",
     body="""株式会社さくら精工
情報システム部 堀内 様

いつもメリディアン・データ製品をご利用いただき、誠にありがとうございます。
メリディアン・データ サポートセンターの森下でございます。

お問い合わせ番号 JP-SUP-2507-0412 の件につき、下記のとおりご回答申し上げます。

■ご質問1：Linux端末でのご利用について
誠に恐れ入りますが、Linux版のクライアントは現在提供しておりません。
メリディアン シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。
なお、ご利用中のクライアント（バージョン 3.8.2、ビルド 3820）は最新版でございます。

■ご質問2：ユーザー数の上限について
同製品は、1テナントあたり最大5,000ユーザーまでご利用いただけます。
貴社のご利用予定数（約1,200名）であれば、上限に対して十分な余裕がございます。

■ご質問3：障害時の対応について
同製品のサポート窓口では、平日9時から18時までお問い合わせを受け付けており、
受付から2時間以内に一次回答をお送りしております。

再インストールの手順は、ナレッジベース記事 KB-0331 もあわせてご参照ください。

今後ともよろしくお願い申し上げます。

-- 
メリディアン・データ株式会社 カスタマーサポートセンター
森下 彩（Aya Morishita）
TEL：0120-558-301（平日 9:00〜18:00）／03-5412-7790
〒105-0001 東京都港区虎ノ門3-8-21 虎ノ門メリディアンビル12階

-----Original Message-----
差出人: 堀内 達也 <horiuchi.t@sakura-seiko.co.jp>
送信日時: 2025年7月7日 16:48
宛先: support@jp.meridian-data.com
件名: 【お問い合わせ番号：JP-SUP-2507-0412】Linux端末での利用可否について

メリディアン・データ サポートご担当者様

お世話になっております。さくら精工の堀内です。
以下3点について教えてください。

1. 設計部門のLinux端末（約40台）でもメリディアン シンクを使えますか。
2. 全社展開した場合、約1,200名で利用する予定ですが、上限はありますか。
3. 障害時にはどのくらいで回答をいただけますか。

よろしくお願いいたします。
堀内
""",
     claims=[
         c(S, "supported_platforms", "Windows", "ok", "メリディアン シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。"),
         c(S, "supported_platforms", "macOS", "ok", "メリディアン シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。"),
         c(S, "supported_platforms", "iOS", "ok", "メリディアン シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。"),
         c(S, "supported_platforms", "Android", "ok", "メリディアン シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。"),
         c(S, "max_users", 5000, "ok", "同製品は、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
         c(S, "support_response_time", dur(2, "hours"), "unverified", "受付から2時間以内に一次回答をお送りしております。"),
     ], findings=[])

# =====================================================================================
# 0002  us-hq support engineer, interleaved `On ... wrote:`, UTF-8 QP
# =====================================================================================
mail(n="0002", date="2025-08-19 10:42:00 -0700", lang="en",
     frm=("Jordan Ellis", "jordan.ellis@meridian-data.com"),
     to=[("Marisol Vega", "mvega@tidewater-ortho.com")],
     subject="Re: [Case 00481773] Sync client on laptops going offline",
     charset="utf-8", cte="quoted-printable", mailer="Salesforce Service Cloud",
     what="support case answered inline under `On ... wrote:`; no offline mode (false, ok); 5,000 users per tenant in 2025 (ok); 1 TB per user beside the heaviest user's 212 GB (usage); the customer's quoted 'Meridian FileSync 4.2' (terminology, quoted); build, KB and case numbers",
     body="""Hi Marisol,

Thanks for the detail - answers inline below. I've left the case open
(Case 00481773) until your laptop refresh is done.

On Mon, Aug 18, 2025 at 4:07 PM Marisol Vega <mvega@tidewater-ortho.com> wrote:
> Hi support,
>
> A few of our surgeons still run the old Meridian FileSync 4.2 client on
> their laptops (build 4206). Should we uninstall it first?

Yes. Remove it with the steps in KB 2291 before installing the current
client (5.12.0, build 5120.44); the two cannot share a sync folder.

> Second: can they keep editing files on flights and have them sync when
> they land? One of them swears it worked last year.

Meridian Sync has no offline mode; the client needs a connection to open or save files in the synced folders.
Files that are already open in a desktop app can be saved locally and
uploaded again once the laptop reconnects.

> Third: we're at 4,870 users and the Bayview clinics would add about 600.
> Will one tenant hold everyone?

Not today. Meridian Sync supports up to 5,000 users per tenant, so the Bayview clinics would need a second tenant for now.
I'll ask your account manager, Dev Patel, to walk you through the options.

> Last one - how much space does each person get?

Every Meridian Sync user gets 1 TB of storage, and your heaviest user is at 212 GB, so there's plenty of headroom.

Best,
Jordan

-- 
Jordan Ellis | Customer Support Engineer II
Meridian Data, Inc. | Support line +1 415-555-0142 (option 2)
Case portal: https://support.meridian-data.com/cases/00481773
""",
     claims=[
         c(S, "offline_mode", False, "ok", "Meridian Sync has no offline mode; the client needs a connection to open or save files in the synced folders."),
         c(S, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per tenant, so the Bayview clinics would need a second tenant for now."),
         c(S, "storage_per_user", TB, "ok", "Every Meridian Sync user gets 1 TB of storage, and your heaviest user is at 212 GB, so there's plenty of headroom."),
     ],
     findings=[term(S, "Meridian FileSync", quoted=True)])

# =====================================================================================
# 0003  london service operations, incident notice, multipart/alternative QP + HTML
# =====================================================================================
mail(n="0003", date="2025-09-15 17:20:00 +0100", lang="en",
     frm=("Meridian Data Service Operations", "service.ops@uk.meridian-data.com"),
     to=[("Meridian Vault administrators", "vault-admins-uk@lists.uk.meridian-data.com")],
     subject="[Resolved] Meridian Vault – delayed backup jobs in Frankfurt (INC-250915-02)",
     charset="utf-8", cte="quoted-printable", alt=True, crlf=True, mailer="Statuspage Mailer",
     what="incident notice (text + HTML); RPO 15 minutes; Oregon and Frankfurt in one sentence; the 99.95% commitment beside September's measured 99.76% (no claim) and a 10% credit; 'never lost a backup' (en.guarantee); 143 tenants, 102 minutes",
     body="""Incident INC-250915-02 – RESOLVED
Service: Meridian Vault (UK and EU tenants)
Start: 15 September 2025, 14:05 BST
End: 15 September 2025, 15:47 BST (102 minutes)
Tenants affected: 143

What happened
A storage controller upgrade in Frankfurt slowed the ingest queue, and scheduled backup jobs for 143 tenants started late or were retried.

Impact on your data
Meridian Vault never lost a backup during the incident.
Every protected workload stayed within Meridian Vault's RPO of 15 minutes, because jobs were replayed from the change journal as soon as the queue drained.
While Frankfurt recovered, Meridian Vault jobs were re-routed to our Oregon data centre.

Service levels
This event counts towards the 99.95% monthly availability commitment in the Meridian Vault SLA.
Measured availability for September so far is 99.76%.
If your tenant's figure for the month ends below the commitment, you may claim a service credit of 10% of that month's charges within 30 days of month end.

Next update: none planned. A root-cause summary will follow by 26 September 2025.

Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG
Service Operations +44 20 7946 0321
""",
     claims=[
         c(V, "rpo", dur(15, "minutes"), "ok", "Every protected workload stayed within Meridian Vault's RPO of 15 minutes, because jobs were replayed from the change journal as soon as the queue drained."),
         c(V, "data_centers", "Frankfurt", "ok", "While Frankfurt recovered, Meridian Vault jobs were re-routed to our Oregon data centre."),
         c(V, "data_centers", "Oregon", "ok", "While Frankfurt recovered, Meridian Vault jobs were re-routed to our Oregon data centre."),
         c(V, "sla", 99.95, "ok", "This event counts towards the 99.95% monthly availability commitment in the Meridian Vault SLA."),
     ],
     findings=[ph("en.guarantee", "never lost a backup")])

# =====================================================================================
# 0004  osaka 障害報告 by mail, Shift_JIS 8bit
# =====================================================================================
mail(n="0004", date="2025-10-22 15:30:00 +0900", lang="ja",
     frm=("関西サポートセンター 松田", "matsuda.k@osaka.jp.meridian-data.com"),
     to=[("なにわ物流 情報システム課", "it-admin@naniwa-butsuryu.co.jp")],
     subject="【障害報告】メリディアン シンク 同期遅延（10月14日発生）について",
     charset="shift_jis", cte="8bit", mailer="Microsoft Outlook 16.0",
     what="障害報告書 in the mail body; SLA 99.9% beside 稼働実績 99.80% (no claim); the monthly fee 50,000円（税抜） in the same sentence as the 5,000円 credit (only the fee is a claim); 約320社, 86分間, 最大40分; 絶対に (ja.absolute)",
     body="""株式会社なにわ物流
情報システム課 ご担当者様

平素よりメリディアン・データをご利用いただき、誠にありがとうございます。
関西サポートセンターの松田でございます。

2025年10月14日に発生いたしましたメリディアン シンクの同期遅延につきまして、
下記のとおりご報告申し上げます。
ご迷惑をおかけしましたことを、深くお詫び申し上げます。

━━━━━━━━━━━━━━━━━━━━
障害報告書（管理番号：OSK-INC-2510-007）
━━━━━━━━━━━━━━━━━━━━
１．発生日時　　2025年10月14日（火）10時12分〜11時38分（86分間）
２．対象サービス　メリディアン シンク（西日本リージョン収容テナント）
３．影響範囲　　約320社（貴社を含む）でファイル同期が最大40分遅延
４．原因　　　　メタデータDBのフェイルオーバー処理の不具合
５．データへの影響　ファイルの消失・破損はございません

６．SLAおよびサービスクレジット
　同製品のSLAは月間稼働率99.9％でございます。
　10月1日〜20日の稼働実績は99.80％となっており、当月はSLAを下回る見込みです。
　つきましては、貴社のメリディアン シンクの月額料金50,000円（税抜）の10％にあたる5,000円（税抜）を、11月分のご請求から減額いたします。

７．再発防止策
　・フェイルオーバー手順の自動テストを毎週実施
　・監視項目（同期キュー滞留件数）の追加
　今後、同様の障害を絶対に発生させないよう、全社を挙げて取り組んでまいります。

ご不明な点がございましたら、下記までお問い合わせください。

-- 
メリディアン・データ株式会社 大阪オフィス 関西サポートセンター
松田 健吾
TEL 06-6208-3160（受付 平日9:00〜17:30）
""",
     claims=[
         c(S, "sla", 99.9, "ok", "同製品のSLAは月間稼働率99.9％でございます。"),
         c(S, "monthly_price", jpy(50000, "excluded"), "ok", "つきましては、貴社のメリディアン シンクの月額料金50,000円（税抜）の10％にあたる5,000円（税抜）を、11月分のご請求から減額いたします。"),
     ],
     findings=[ph("ja.absolute", "絶対に発生させない")])

# =====================================================================================
# 0005  us-hq QBR recap, multipart/alternative (QP text + QP HTML with a usage table)
# =====================================================================================
mail(n="0005", date="2025-11-13 13:05:00 -0800", lang="en",
     frm=("Priya Raman", "priya.raman@meridian-data.com"),
     to=[("Owen Caldwell", "ocaldwell@larkspur-credit.org")],
     cc=[("Dev Patel", "dev.patel@meridian-data.com")],
     subject="Larkspur Credit Union – Q3 service review recap",
     charset="utf-8", cte="quoted-printable", alt=True, mailer="Microsoft Outlook 16.0",
     what="QBR recap (text + HTML); usage (4,212 of 4,500 seats, 1.73 PB, 410 GB per user, 37 tickets, measured 99.97%) is no claim; 5,000 users today (ok) and 10,000 'from April 1, 2026' (a period claim, ok); $399 and the 99.9% SLA in one sentence; Insight GA and trial under an 'Meridian Insight (beta)' heading; unlimited",
     body="""Hi Owen,

Thanks again for the time on Tuesday. Here is the recap of the Q3 review, with the numbers we walked through.

Your usage (July-September)
- Active Meridian Sync users: 4,212 of 4,500 licensed seats
- Storage in use: 1.73 PB across all users (average 410 GB per user)
- Support tickets opened: 37 (2 at P1, both closed the same day)
- Measured uptime for the quarter: 99.97%

Where the limits are
- Meridian Sync tenants top out at 5,000 users today.
- The ceiling moves up: from April 1, 2026, Meridian Sync supports up to 10,000 users per tenant, so the branch rollout can stay on one tenant.
- Your contract keeps Meridian Sync at $399 per month for the workspace, and the 99.9% uptime SLA is unchanged.

Meridian Insight (beta)
- Meridian Insight is in beta; general availability is planned for January 2027.
- Beta participants can start a 30-day free trial whenever your analysts are ready.

Renewal
- Your renewal date is March 31, 2026; the Premium Success plan includes unlimited admin training sessions if you add it at renewal.

Next review: February 12, 2026, 10:00 PT.

Priya

-- 
Priya Raman | Customer Success Manager, Financial Services
Meridian Data, Inc. | +1 415-555-0188
""",
     claims=[
         c(S, "max_users", 5000, "ok", "Meridian Sync tenants top out at 5,000 users today."),
         c(S, "max_users", 10000, "ok", "The ceiling moves up: from April 1, 2026, Meridian Sync supports up to 10,000 users per tenant, so the branch rollout can stay on one tenant.", period="2026-04-01"),
         c(S, "monthly_price", usd(399), "ok", "Your contract keeps Meridian Sync at $399 per month for the workspace, and the 99.9% uptime SLA is unchanged."),
         c(S, "sla", 99.9, "ok", "Your contract keeps Meridian Sync at $399 per month for the workspace, and the 99.9% uptime SLA is unchanged."),
         c(I, "general_availability", "2027-01", "ok", "Meridian Insight is in beta; general availability is planned for January 2027."),
         c(I, "free_trial", dur(30, "days"), "ok", "Beta participants can start a 30-day free trial whenever your analysts are ready."),
     ],
     findings=[ph("en.unlimited", "unlimited admin training sessions")])

# =====================================================================================
# 0006  tokyo 定例報告 (Vault), UTF-8 base64
# =====================================================================================
mail(n="0006", date="2025-12-08 11:00:00 +0900", lang="ja",
     frm=("渡辺 理沙", "risa.watanabe@jp.meridian-data.com"),
     to=[("山田 様", "yamada@hokuto-soko.co.jp")],
     subject="【定例報告】メリディアン ボールト 2025年11月度 ご利用状況",
     charset="utf-8", cte="base64", mailer="Microsoft Outlook 16.0",
     what="monthly service report; a 【メリディアン ボールト】 heading carries the product to ・ bullets; 保護対象容量 186.4TB, ジョブ成功率 99.96％, 3件 are usage; 月間稼働率 100％ (measured: no claim, but ja.absolute fires) beside SLA 99.95％ (claim); RPO, 保持期間, price, Tokyo/Osaka; the bill total is no claim",
     body="""北斗倉庫株式会社
システム部 山田様

いつもお世話になっております。
メリディアン・データの渡辺でございます。

2025年11月度のメリディアン ボールト ご利用状況をご報告いたします。
（詳細版のPDFは来週の定例会にて配布いたします）

【メリディアン ボールト】
・保護対象容量：186.4TB（前月比 +3.2TB）
・バックアップジョブ成功率：99.96％（ジョブ総数 12,418件）
・リストア実施件数：3件（いずれも30分以内に完了）
・月間稼働率 100％（SLA 99.95％）
・RPO：15分（契約どおり）
・標準保持期間：90日間

【ご契約内容の確認】
同製品の料金は、1TBあたり月額2,800円（税抜）でございます。
11月度のご請求額は521,920円（税抜）となります。
また、同製品のバックアップデータは、国内の東京・大阪の2拠点のデータセンターに保管しております。

次回の定例会は12月16日（火）15時からを予定しております。
引き続きよろしくお願いいたします。

-- 
メリディアン・データ株式会社
カスタマーサクセス部 渡辺 理沙
TEL：03-5412-7745 ／ 携帯：090-3318-5521
""",
     claims=[
         c(V, "sla", 99.95, "ok", "・月間稼働率 100％（SLA 99.95％）"),
         c(V, "rpo", dur(15, "minutes"), "ok", "・RPO：15分（契約どおり）"),
         c(V, "retention", dur(90, "days"), "ok", "・標準保持期間：90日間"),
         c(V, "price_per_tb", jpy(2800, "excluded", "TB-month"), "ok", "同製品の料金は、1TBあたり月額2,800円（税抜）でございます。"),
         c(V, "data_centers", "Tokyo", "ok", "また、同製品のバックアップデータは、国内の東京・大阪の2拠点のデータセンターに保管しております。"),
         c(V, "data_centers", "Osaka", "ok", "また、同製品のバックアップデータは、国内の東京・大阪の2拠点のデータセンターに保管しております。"),
     ],
     findings=[ph("ja.absolute", "稼働率 100％")])

# =====================================================================================
# 0007  london support desk lead, top-posted over an Outlook From:/Sent: block, 8bit flowed
# =====================================================================================
mail(n="0007", date="2026-01-13 11:20:00 +0000", lang="en",
     frm=("Hannah Whitcombe", "hannah.whitcombe@uk.meridian-data.com"),
     to=[("Gareth Lloyd", "g.lloyd@pennant-housing.org.uk")],
     subject="RE: UK-77120 - restore points and where our backups live",
     charset="utf-8", cte="8bit", flowed=True, mailer="Microsoft Outlook 16.0",
     what="numbered support answers over an Outlook From:/Sent: block (questions only); 90 days of restore points (ok); Frankfurt (ok) and London as secondary (conflict); RTO 4 hours and a 30-minute P1 first response (unverified); £16 per TB plus VAT next to '£96 a month' for 6 TB (deal figure); a freephone number",
     body="""Hi Gareth,

Thanks for raising ticket UK-77120. Taking your questions in order:

1. Restore points: Meridian Vault keeps 90 days of restore points by default, so the deleted tenancy folder from 2 January can still be recovered.
2. Location: for UK customers Meridian Vault runs in our Frankfurt data centre, with London as the secondary site.
3. Recovery time: Meridian Vault's RTO is 4 hours for a single file server of your size (about 12 TB).
4. Urgent issues: Meridian Vault P1 tickets get a first response within 30 minutes, around the clock, on 0800 048 7713.
5. Cost of the extra capacity: Meridian Vault is £16 per TB per month plus VAT, so the 6 TB you mentioned adds £96 a month.

I've attached the restore runbook (v2.3). Shout if anything is unclear.

Kind regards,
Hannah

Hannah Whitcombe
Support Desk Lead, Meridian Data Ltd
+44 20 7946 0358 | Ticket hours 08:00-18:00 UK

From: Gareth Lloyd <g.lloyd@pennant-housing.org.uk>
Sent: 12 January 2026 16:02
To: UK Support <support@uk.meridian-data.com>
Subject: UK-77120 - restore points and where our backups live

Hello,

Someone deleted a tenancy folder on 2 January. Questions:
- how far back can we restore?
- which country are the backups physically in? Our board needs UK or EU.
- how long would a full restore of the 12 TB file server take?
- who do we call out of hours?
- what would another 6 TB cost per month?

Thanks,
Gareth Lloyd
IT Manager, Pennant Housing Association
""",
     claims=[
         c(V, "retention", dur(90, "days"), "ok", "1. Restore points: Meridian Vault keeps 90 days of restore points by default, so the deleted tenancy folder from 2 January can still be recovered."),
         c(V, "data_centers", "Frankfurt", "ok", "2. Location: for UK customers Meridian Vault runs in our Frankfurt data centre, with London as the secondary site."),
         c(V, "data_centers", "London", "conflict", "2. Location: for UK customers Meridian Vault runs in our Frankfurt data centre, with London as the secondary site."),
         c(V, "rto", dur(4, "hours"), "unverified", "3. Recovery time: Meridian Vault's RTO is 4 hours for a single file server of your size (about 12 TB)."),
         c(V, "support_response_time", dur(30, "minutes"), "unverified", "4. Urgent issues: Meridian Vault P1 tickets get a first response within 30 minutes, around the clock, on 0800 048 7713."),
         c(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "5. Cost of the extra capacity: Meridian Vault is £16 per TB per month plus VAT, so the 6 TB you mentioned adds £96 a month."),
     ], findings=[])

# =====================================================================================
# 0008  osaka support desk, ISO-2022-JP, top-posted over 差出人 block with a customer's 伺っております
# =====================================================================================
mail(n="0008", date="2026-02-03 14:40:00 +0900", lang="ja",
     frm=("大阪サポートデスク 岡本", "okamoto.m@osaka.jp.meridian-data.com"),
     to=[("上田 浩二", "ueda@kobe-marine-design.co.jp")],
     subject="RE: 【受付番号 OSK-260203-0042】オフラインでの利用について",
     charset="iso-2022-jp", cte="7bit", mailer="Microsoft Outlook 16.0",
     what="support answer over a 差出人/送信日時 block; no offline use (false, ok); 1TB per user; 55,000円（税込） and 税抜50,000円 in one sentence (two claims, both ok); the customer's quoted 「…オフラインでも使えると伺っております」 (customer claim, unknown, conflict); Ver.5.14.1",
     body="""神戸マリンデザイン株式会社
総務部 上田 様

いつもお世話になっております。
メリディアン・データ 大阪サポートデスクの岡本でございます。

受付番号 OSK-260203-0042 のお問い合わせにつきまして、ご回答いたします。

大変申し訳ございませんが、メリディアン・シンクはオフライン環境ではご利用いただけません。
営業担当からのご説明に誤りがございましたこと、心よりお詫び申し上げます。
船上など通信が不安定な環境では、作業前にファイルを端末へダウンロードしていただく運用をおすすめしております。

また、ご質問のございました容量につきましては、同製品は1ユーザーあたり1TBの容量をご利用いただけます。
なお、同製品の月額料金は55,000円（税込）でございます（税抜50,000円）。

ご利用中のバージョン（Ver.5.14.1）につきましては、2月末に5.15.0への更新をご案内する予定です。

何卒よろしくお願い申し上げます。

──────────────────────
メリディアン・データ株式会社 大阪オフィス
サポートデスク 岡本 美咲
TEL：06-6208-3162 ／ FAX：06-6208-3151
──────────────────────

差出人: 上田 浩二 <ueda@kobe-marine-design.co.jp>
送信日時: 2026年2月2日 18:05
宛先: support@osaka.jp.meridian-data.com
件名: 【受付番号 OSK-260203-0042】オフラインでの利用について

メリディアン・データ サポート御中

お世話になっております。神戸マリンデザインの上田です。
昨年の導入時、営業の方からメリディアン・シンクはオフラインでも使えると伺っておりますが、船上（通信圏外）で開けないファイルがありました。
設定の問題でしょうか。
また、1人あたりの容量はどれくらいでしょうか。

上田
""",
     claims=[
         c(S, "offline_mode", False, "ok", "大変申し訳ございませんが、メリディアン・シンクはオフライン環境ではご利用いただけません。"),
         c(S, "storage_per_user", TB, "ok", "また、ご質問のございました容量につきましては、同製品は1ユーザーあたり1TBの容量をご利用いただけます。"),
         c(S, "monthly_price", jpy(55000, "included"), "ok", "なお、同製品の月額料金は55,000円（税込）でございます（税抜50,000円）。"),
         c(S, "monthly_price", jpy(50000, "excluded"), "ok", "なお、同製品の月額料金は55,000円（税込）でございます（税抜50,000円）。"),
         c(S, "offline_mode", True, "conflict", "昨年の導入時、営業の方からメリディアン・シンクはオフラインでも使えると伺っておりますが、船上（通信圏外）で開けないファイルがありました。", quoted=True, office="unknown"),
     ], findings=[])

# =====================================================================================
# 0009  us-hq post-incident review, multipart/alternative QP, CRLF
# =====================================================================================
mail(n="0009", date="2026-02-20 16:10:00 -0800", lang="en", archive=True,
     frm=("Meridian Data Reliability Engineering", "sre-comms@meridian-data.com"),
     to=[("Meridian Sync administrators", "sync-admins@lists.meridian-data.com")],
     subject="Post-incident review: Meridian Sync sign-in and sync outage, February 17, 2026 (PIR-2026-007)",
     charset="utf-8", cte="quoted-printable", alt=True, crlf=True, mailer="Meridian Comms Relay 2.4",
     what="post-incident review (text + HTML); UTC timeline, 1,184 tenants, 3 h 12 min; the four platforms from the client-behaviour paragraph; the 99.9% SLA beside February's measured 99.55% and the 10%/25% credit tiers (no claims); 'zero-downtime deploys' (en.guarantee)",
     body="""Post-incident review PIR-2026-007
Meridian Sync – sign-in failures and stalled sync, February 17, 2026

Summary
Between 14:02 and 17:14 UTC on February 17 (3 hours 12 minutes), 1,184 Meridian Sync tenants, about 9% of the fleet, could not sign in, and clients that were already signed in stopped syncing.

Timeline (UTC)
14:02  Certificate rotation job pushes an expired intermediate to the auth tier
14:09  Paging alert fires (ticket OPS-55817)
15:31  Root cause identified
16:48  Corrected bundle deployed to all regions
17:14  Sync queues drained; incident closed

Client behaviour
The Meridian Sync desktop client for Windows and macOS reconnected on its own; the mobile apps for iOS and Android needed a manual refresh.

Service levels and credits
Meridian Sync is covered by a 99.9% monthly uptime SLA.
February availability as measured is 99.55%, so affected tenants qualify for a credit.
Credits are 10% of the monthly fee below 99.9% and 25% below 99.0%; your account team will apply them to the March invoice without a request.

What we are changing
1. Certificate bundles are now validated in staging 24 hours before rotation.
2. The auth tier moves to zero-downtime deploys by the end of Q2.
3. Status page updates go out within 15 minutes of a paging alert.

We are sorry for the disruption.
Meridian Data Reliability Engineering
""",
     claims=[
         c(S, "supported_platforms", "Windows", "ok", "The Meridian Sync desktop client for Windows and macOS reconnected on its own; the mobile apps for iOS and Android needed a manual refresh."),
         c(S, "supported_platforms", "macOS", "ok", "The Meridian Sync desktop client for Windows and macOS reconnected on its own; the mobile apps for iOS and Android needed a manual refresh."),
         c(S, "supported_platforms", "iOS", "ok", "The Meridian Sync desktop client for Windows and macOS reconnected on its own; the mobile apps for iOS and Android needed a manual refresh."),
         c(S, "supported_platforms", "Android", "ok", "The Meridian Sync desktop client for Windows and macOS reconnected on its own; the mobile apps for iOS and Android needed a manual refresh."),
         c(S, "sla", 99.9, "ok", "Meridian Sync is covered by a 99.9% monthly uptime SLA."),
     ],
     findings=[ph("en.guarantee", "zero-downtime deploys")])

# =====================================================================================
# 0010  tokyo, ISO-2022-JP, two nested Outlook blocks (customer, then the OSAKA colleague)
# =====================================================================================
mail(n="0010", date="2026-03-10 10:25:00 +0900", lang="ja",
     frm=("佐々木 直人", "naoto.sasaki@jp.meridian-data.com"),
     to=[("小野 和也", "ono.k@chikuma-denki.co.jp")],
     subject="RE: RE: ご契約ID数の追加とSLAについて",
     charset="iso-2022-jp", cte="7bit", mailer="Microsoft Outlook 16.0",
     what="tokyo takes over an osaka thread; 1万ユーザー three weeks before 2026-04-01 (stale); Insight GA 2027年1月; innermost block by the OSAKA colleague (quoted, osaka): Sync SLA 99.95％ (conflict) and 50,000円（税抜） (ok); ID数 4,630 / 5,000 and 約2,000名 are deal figures",
     body="""筑摩電機株式会社
経営企画部 小野様

いつもお世話になっております。メリディアン・データ東京オフィスの佐々木です。
大阪の西村より本件を引き継ぎましたので、私からご回答いたします。

（1）ID数の追加について
現在のご利用ID数は4,630、ご契約数は5,000でございます。
メリディアン シンクは最大1万ユーザーまでご利用いただけますので、子会社2社分（約2,000名）を追加されても同一テナントでご利用いただけます。

（2）分析基盤について
メリディアン インサイトは、2027年1月に一般提供を開始する予定でございます。
それまではベータ版として評価環境をご用意いたします。

（3）SLAについて
西村のメールにございましたSLAの数値につきましては、社内で確認のうえ改めてご連絡いたします。

よろしくお願いいたします。

-- 
メリディアン・データ株式会社 東京オフィス
エンタープライズ営業部 佐々木 直人
TEL：03-5412-7736 ／ 携帯：080-2231-6604

-----Original Message-----
差出人: 小野 和也 <ono.k@chikuma-denki.co.jp>
送信日時: 2026年3月9日 19:12
宛先: 佐々木 直人 <naoto.sasaki@jp.meridian-data.com>
件名: RE: ご契約ID数の追加とSLAについて

佐々木様

筑摩電機の小野です。大阪の西村様からは下記のご案内をいただいております。
子会社2社（約2,000名）を追加した場合の対応と、分析基盤の提供時期についてもご教示ください。

小野

-----Original Message-----
差出人: 西村 健一 <k.nishimura@osaka.jp.meridian-data.com>
送信日時: 2026年2月27日 11:40
宛先: 小野 和也 <ono.k@chikuma-denki.co.jp>
件名: ご契約ID数の追加とSLAについて

小野様

お世話になっております。メリディアン・データ大阪オフィスの西村でございます。
先日のお打ち合わせの件、以下のとおりご案内いたします。

・メリディアン・シンクのSLAは99.95％でございます。
・同製品の月額料金は50,000円（税抜）で、ID数による変動はございません。

西村
""",
     claims=[
         c(S, "max_users", 10000, "stale", "メリディアン シンクは最大1万ユーザーまでご利用いただけますので、子会社2社分（約2,000名）を追加されても同一テナントでご利用いただけます。"),
         c(I, "general_availability", "2027-01", "ok", "メリディアン インサイトは、2027年1月に一般提供を開始する予定でございます。"),
         c(S, "sla", 99.95, "conflict", "・メリディアン・シンクのSLAは99.95％でございます。", quoted=True, office="osaka"),
         c(S, "monthly_price", jpy(50000, "excluded"), "ok", "・同製品の月額料金は50,000円（税抜）で、ID数による変動はございません。", quoted=True, office="osaka"),
     ], findings=[])

# =====================================================================================
# 0011  tokyo product announcement on 2026-04-01, UTF-8 QP, full-width digits
# =====================================================================================
mail(n="0011", date="2026-04-01 15:00:00 +0900", lang="ja",
     frm=("メリディアン・データ 東京オフィス 製品チーム", "product-news@jp.meridian-data.com"),
     to=[("お客様各位", "customers-sync@lists.jp.meridian-data.com")],
     subject="【本日より】メリディアン シンク 利用者数上限の拡張について",
     charset="utf-8", cte="quoted-printable", mailer="Marketo",
     what="announcement on the first day of the new limit: 最大１０，０００ユーザー (full-width, ok on 2026-04-01); 1TB per user unchanged; console version 6.0.3",
     body="""お客様各位

平素よりメリディアン シンクをご利用いただき、誠にありがとうございます。

本日2026年4月1日より、メリディアン シンクの利用者数の上限を、1テナントあたり最大１０，０００ユーザーに拡張いたしました。
お客様側での設定変更は不要です。管理コンソール（バージョン 6.0.3）の「ライセンス」画面に新しい上限が表示されます。

なお、同製品の1ユーザーあたりのストレージ容量（1TB）および月額料金に変更はございません。

本件に関するお問い合わせは、これまでどおりサポート窓口までお寄せください。

メリディアン・データ株式会社 東京オフィス
プロダクトマーケティング部
""" + TOKYO_SIG_TEL + "\n",
     claims=[
         c(S, "max_users", 10000, "ok", "本日2026年4月1日より、メリディアン シンクの利用者数の上限を、1テナントあたり最大１０，０００ユーザーに拡張いたしました。"),
         c(S, "storage_per_user", TB, "ok", "なお、同製品の1ユーザーあたりのストレージ容量（1TB）および月額料金に変更はございません。"),
     ], findings=[])

# =====================================================================================
# 0012  london QBR notes, UTF-8 base64
# =====================================================================================
mail(n="0012", date="2026-04-08 09:45:00 +0100", lang="en", archive=True,
     frm=("Tom Ashworth", "tom.ashworth@uk.meridian-data.com"),
     to=[("Fiona Reid", "fiona.reid@calder-mutual.co.uk")],
     subject="Calder Mutual - Q1 2026 service review notes",
     charset="utf-8", cte="base64", mailer="Mozilla Thunderbird",
     what="QBR notes: usage bullets (6,480 of 7,000 seats, 212 TB, 14 tickets, 'availability you saw' 99.98%/99.99%) are no claims; 10,000 users since 1 April (ok); £329 per month; 500 TB per tenant beside 212 TB used; Vault ISO 27001 (unverified); Vault RPO 5 minutes (conflict)",
     body="""Hi Fiona,

Notes from Thursday's quarterly review, as promised.

Your numbers for Q1 2026
* Meridian Sync seats in use: 6,480 of the 7,000 you license across two tenants
* Meridian Vault protected data: 212 TB, up 18 TB on Q4
* Tickets raised: 14 (none at P1); median time to resolution 6.5 hours
* Availability you saw: Sync 99.98%, Vault 99.99%

Product points we discussed
* Since 1 April Meridian Sync supports up to 10,000 users per tenant, so the two tenants can be merged in one weekend.
* Meridian Sync remains £329 per month per tenant; merging halves that line of the invoice.
* Meridian Vault holds up to 500 TB per tenant, which leaves you plenty of room at 212 TB.
* Meridian Vault is ISO 27001 certified, and the certificate is in the Trust Centre.
* Meridian Vault's RPO is 5 minutes for the SQL workloads you added in February.

Actions
* Calder: confirm the merge weekend (proposed 16-17 May)
* Meridian: send the merge runbook and an updated order form

Cheers,
Tom

-- 
Tom Ashworth | Customer Success Manager | Meridian Data Ltd
+44 20 7946 0374 | 30 Finsbury Square, London EC2A 1AG
""",
     claims=[
         c(S, "max_users", 10000, "ok", "* Since 1 April Meridian Sync supports up to 10,000 users per tenant, so the two tenants can be merged in one weekend."),
         c(S, "monthly_price", gbp(329), "ok", "* Meridian Sync remains £329 per month per tenant; merging halves that line of the invoice."),
         c(V, "max_storage", 500 * TB, "ok", "* Meridian Vault holds up to 500 TB per tenant, which leaves you plenty of room at 212 TB."),
         c(V, "certifications", "ISO 27001", "unverified", "* Meridian Vault is ISO 27001 certified, and the certificate is in the Trust Centre."),
         c(V, "rpo", dur(5, "minutes"), "conflict", "* Meridian Vault's RPO is 5 minutes for the SQL workloads you added in February."),
     ], findings=[])

# =====================================================================================
# 0013  us-hq support desk, HTML-only helpdesk notification
# =====================================================================================
mail(n="0013", date="2026-04-21 08:12:00 -0700", lang="en",
     frm=("Meridian Support", "support@meridian-data.com"),
     to=[("Ray Okonkwo", "rokonkwo@brightline-eng.com")],
     reply_to=("Meridian Support", "support+id48213@meridian-data.zendesk.com"),
     subject="[Meridian Support] Re: Linux workstation client? (#48213)",
     charset="utf-8", cte="quoted-printable", html_only=True, crlf=True, mailer="Zendesk",
     what="HTML-only helpdesk notification; four platforms (ok), 'no Linux client' (no claim), Android app on Chromebooks (ChromeOS, conflict); an outdated 5,000-user limit three weeks after the change (stale) beside the tenant's 4,100 users; 100 GB per file (unverified) beside the customer's 38 GB; ticket and build numbers; the customer's earlier comment under an <hr> is a question",
     html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (#48213) has been updated. To add additional comments, reply to this email.</p>
<hr>
<p><b>Alex Moreno</b> (Meridian Support)<br>Apr 21, 2026, 8:12 AM PDT</p>
<p>Hi Ray,</p>
<p>Thanks for your patience while I checked with the client team.</p>
<p>Meridian Sync is supported on Windows, macOS, iOS and Android. There is no Linux client, and none is scheduled for 2026, so your CAD workstations would need to use the web app.</p>
<p>Meridian Sync's Android app is also supported on Chromebooks, if that helps for the drafting room.</p>
<p>Your tenant is at 4,100 users; Meridian Sync allows up to 5,000 users per tenant, so the new Tulsa office fits.</p>
<p>On your second question: Meridian Sync accepts individual files of up to 100 GB, so your largest point-cloud exports (about 38&nbsp;GB) will upload without splitting.</p>
<p>Build 6.1.0.2217 of the Windows client fixed the hang you reported in ticket 47990, so please update before testing.</p>
<p>Best,<br>Alex</p>
<hr>
<p><b>Ray Okonkwo</b><br>Apr 20, 2026, 4:55 PM PDT</p>
<p>Hi, is there a Linux build of the Meridian Sync client? Most of our CAD workstations run Ubuntu 22.04. Also, what&#39;s the biggest file we can sync? Our point clouds get big.</p>
<div style="color:#aaaaaa">[R7KQ2D-5JX1]</div>
</body></html>
""",
     claims=[
         c(S, "supported_platforms", "Windows", "ok", "Meridian Sync is supported on Windows, macOS, iOS and Android."),
         c(S, "supported_platforms", "macOS", "ok", "Meridian Sync is supported on Windows, macOS, iOS and Android."),
         c(S, "supported_platforms", "iOS", "ok", "Meridian Sync is supported on Windows, macOS, iOS and Android."),
         c(S, "supported_platforms", "Android", "ok", "Meridian Sync is supported on Windows, macOS, iOS and Android."),
         c(S, "supported_platforms", "ChromeOS", "conflict", "Meridian Sync's Android app is also supported on Chromebooks, if that helps for the drafting room."),
         c(S, "max_users", 5000, "stale", "Your tenant is at 4,100 users; Meridian Sync allows up to 5,000 users per tenant, so the new Tulsa office fits."),
         c(S, "max_file_size", 100 * GB, "unverified", "Meridian Sync accepts individual files of up to 100 GB"),
     ], findings=[])

# =====================================================================================
# 0014  osaka 保守契約更新, SLA別紙（案） excerpt in the body, Shift_JIS
# =====================================================================================
mail(n="0014", date="2026-05-14 10:00:00 +0900", lang="ja",
     frm=("藤井 真由美", "fujii.m@osaka.jp.meridian-data.com"),
     to=[("森本 様", "morimoto@sakai-kasei.co.jp")],
     subject="【ご案内】メリディアン・ボールト 保守契約更新とSLA別紙（案）の送付",
     charset="shift_jis", cte="8bit", mailer="Microsoft Outlook 16.0",
     what="SLA別紙 excerpt with numbered clauses under a caption naming the product (対象サービス：メリディアン・ボールト); 99.95％以上, 15分以内, 90日 (ok); 東京・大阪・シンガポール (Singapore conflict); 3,080円（税込） (ok); credit tiers 99.95％/99.0％ and 60日前 notice are no claims; contract number",
     body="""堺化成株式会社
購買部 森本様

いつも大変お世話になっております。
メリディアン・データ大阪オフィスの藤井でございます。

2026年6月30日に満了を迎えます保守契約（契約番号：OSK-MC-2023-0117）の更新につきまして、
SLA別紙（案）の主な内容を下記に抜粋いたします。正式版は押印のうえ郵送いたします。

記

SLA別紙（案）　対象サービス：メリディアン・ボールト
第1条（サービスレベル）
　1.1　月間稼働率：99.95％以上
　1.2　RPO（目標復旧時点）：15分以内
　1.3　バックアップの標準保持期間：90日
第2条（データセンター）
　2.1　データの保管場所：東京・大阪・シンガポール（お客様が選択）
第3条（料金）
　3.1　容量課金：1TBあたり月額3,080円（税込）
　3.2　本契約期間中の単価改定は行わないものとします。
第4条（サービスクレジット）
　4.1　月間稼働率が99.95％を下回った場合：月額利用料の10％
　4.2　月間稼働率が99.0％を下回った場合：月額利用料の30％
第5条（通知）
　5.1　契約更新の可否は、満了日の60日前までに書面で通知するものとします。

以上

ご確認のほど、よろしくお願い申し上げます。

-- 
メリディアン・データ株式会社 大阪オフィス 営業課
藤井 真由美
TEL：06-6208-3155
""",
     claims=[
         c(V, "sla", 99.95, "ok", "1.1　月間稼働率：99.95％以上"),
         c(V, "rpo", dur(15, "minutes"), "ok", "1.2　RPO（目標復旧時点）：15分以内"),
         c(V, "retention", dur(90, "days"), "ok", "1.3　バックアップの標準保持期間：90日"),
         c(V, "data_centers", "Tokyo", "ok", "2.1　データの保管場所：東京・大阪・シンガポール（お客様が選択）"),
         c(V, "data_centers", "Osaka", "ok", "2.1　データの保管場所：東京・大阪・シンガポール（お客様が選択）"),
         c(V, "data_centers", "Singapore", "conflict", "2.1　データの保管場所：東京・大阪・シンガポール（お客様が選択）"),
         c(V, "price_per_tb", jpy(3080, "included", "TB-month"), "ok", "3.1　容量課金：1TBあたり月額3,080円（税込）"),
     ], findings=[])

# =====================================================================================
# 0015  tokyo 障害報告 (Insight beta), UTF-8 QP
# =====================================================================================
mail(n="0015", date="2026-05-26 18:30:00 +0900", lang="ja",
     frm=("石田 航", "wataru.ishida@jp.meridian-data.com"),
     to=[("東洋テクノ データ分析室", "analytics@toyo-techno.co.jp")],
     subject="【障害報告】メリディアン インサイト（ベータ版）クエリ応答遅延について",
     charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0",
     what="incident report for the Insight beta; the observed delay (最大45秒), 41社/約2,300ユーザー and the new 5秒 monitoring threshold are no claims; 最大2秒 in normal operation (ok); Insight SLA 99.9％ (unverified); GA 2027年1月; 必ず…防止 (ja.absolute)",
     body="""東洋テクノ株式会社
データ分析室 ご担当者様

メリディアン・データの石田でございます。
5月25日に発生いたしましたメリディアン インサイト（ベータ版）の応答遅延につきまして、ご報告いたします。

■障害概要
・発生時間：2026年5月25日 13:20〜15:05（105分間）
・事象：ダッシュボード表示の遅延（最大45秒）
・影響：ベータ環境をご利用の41社、約2,300ユーザー
・原因：集計キャッシュの再構築処理がピーク時間帯に実行されたため

■通常時の性能
同製品のクエリ応答時間は、通常時は最大2秒でございます。
今回の遅延は上記の原因によるもので、現在は通常の応答時間に戻っております。

■SLAについて
メリディアン インサイトは、一般提供開始後に稼働率99.9％のSLAを適用する予定です。
なお、同製品の一般提供開始は2027年1月を予定しております。

■再発防止策
・キャッシュ再構築を深夜帯（2時〜4時）に限定
・応答時間の監視閾値を5秒に引き下げ
今後は必ず再発を防止いたします。

ご迷惑をおかけしましたことを、重ねてお詫び申し上げます。

-- 
メリディアン・データ株式会社 東京オフィス
プロダクトサポート部 石田 航
TEL：03-5412-7752
""",
     claims=[
         c(I, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は、通常時は最大2秒でございます。"),
         c(I, "sla", 99.9, "unverified", "メリディアン インサイトは、一般提供開始後に稼働率99.9％のSLAを適用する予定です。"),
         c(I, "general_availability", "2027-01", "ok", "なお、同製品の一般提供開始は2027年1月を予定しております。"),
     ],
     findings=[ph("ja.absolute", "必ず再発を防止")])

# =====================================================================================
# 0016  us-hq renewals desk, order-form summary, UTF-8 QP
# =====================================================================================
mail(n="0016", date="2026-06-10 12:30:00 -0700", lang="en", archive=True,
     frm=("Meridian Renewals", "renewals@meridian-data.com"),
     to=[("Carla Jimenez", "cjimenez@northwind-freight.com")],
     subject="Your renewal order form OF-2026-1182 (Northwind Freight)",
     charset="utf-8", cte="quoted-printable", crlf=True, mailer="Salesforce CPQ",
     what="renewal order summary; a caption 'prices exclude applicable sales tax' makes the three unit prices tax-excluded (ok); line totals, 150 TB committed, 25 users, 60 days' notice are no claims; 10,000 users and the 99.9% SLA; 90-day retention beside the customer's 400-day legal hold (no claim); 'guaranteed' renewal pricing",
     body="""Hello Carla,

Your renewal order form OF-2026-1182 is ready for signature in DocuSign (envelope 7F3A-22C1). Here is a plain-text summary for your procurement file.

Term: July 1, 2026 - June 30, 2027 (12 months), renewing automatically unless either party gives 60 days' notice.

Line items (prices exclude applicable sales tax)
1. Meridian Sync workspace - $399 per month - 12 months - $4,788
2. Meridian Vault protected capacity, 150 TB committed - $20 per TB per month - $36,000
3. Meridian Insight (beta, 25 users) - $30 per user per month after GA - no charge until GA

What stays the same
- Meridian Sync supports up to 10,000 users per tenant and carries a 99.9% uptime SLA.
- Meridian Vault keeps backups for 90 days by default; your 400-day legal-hold policy is billed as part of the committed capacity.

Your renewal pricing is guaranteed for the full 12-month term.

Questions about the paperwork: renewals@meridian-data.com or +1 415-555-0100 ext. 4.

Meridian Data, Inc. - Renewals Desk
548 Market St, Ste 1200, San Francisco, CA 94104
""",
     claims=[
         c(S, "monthly_price", usd(399, tax="excluded"), "ok", "1. Meridian Sync workspace - $399 per month - 12 months - $4,788"),
         c(V, "price_per_tb", usd(20, "TB-month", "excluded"), "ok", "2. Meridian Vault protected capacity, 150 TB committed - $20 per TB per month - $36,000"),
         c(I, "per_user_price", usd(30, "user-month", "excluded"), "ok", "3. Meridian Insight (beta, 25 users) - $30 per user per month after GA - no charge until GA"),
         c(S, "max_users", 10000, "ok", "- Meridian Sync supports up to 10,000 users per tenant and carries a 99.9% uptime SLA."),
         c(S, "sla", 99.9, "ok", "- Meridian Sync supports up to 10,000 users per tenant and carries a 99.9% uptime SLA."),
         c(V, "retention", dur(90, "days"), "ok", "- Meridian Vault keeps backups for 90 days by default; your 400-day legal-hold policy is billed as part of the committed capacity."),
     ],
     findings=[ph("en.guarantee", "Your renewal pricing is guaranteed")])

# =====================================================================================
# 0017  london service desk, incident notice, multipart/alternative base64
# =====================================================================================
mail(n="0017", date="2026-06-23 10:55:00 +0100", lang="en", archive=True,
     frm=("Meridian Data UK Service Desk", "servicedesk@uk.meridian-data.com"),
     to=[("Meridian Sync administrators (UK)", "sync-admins-uk@lists.uk.meridian-data.com")],
     subject="Resolved: Meridian Sync degraded file uploads (UK-INC-0623)",
     charset="utf-8", cte="base64", alt=True, mailer="Statuspage Mailer",
     what="incident notice (text + HTML, base64); Sync SLA stated as 99.95% (conflict) beside 'June uptime so far 99.91%' (no claim); ISO 27001 and SOC 2 Type II (ok); 45 minutes, 62 tenants, error 503, a quarter of requests",
     body="""Incident UK-INC-0623 - resolved

What happened
Between 09:40 and 10:25 BST today (45 minutes), file uploads to Meridian Sync from the UK region were slow or failed with error 503. Downloads, sharing links and the admin console were not affected. 62 tenants raised tickets.

Cause
A load-balancer certificate renewal on one of four ingress nodes did not complete, so a quarter of upload requests were routed to a node that refused them.

Your service levels
Meridian Sync's SLA is 99.95% monthly uptime, and this incident is counted in June's figures.
June uptime so far is 99.91%. We will publish the final monthly figure on 3 July.

Security and compliance
No data was exposed. Meridian Sync remains ISO 27001 certified and SOC 2 Type II attested; this incident does not change either.

If you still see failed uploads, open a ticket quoting UK-INC-0623 or call +44 20 7946 0300.

Meridian Data Ltd - UK Service Desk
""",
     claims=[
         c(S, "sla", 99.95, "conflict", "Meridian Sync's SLA is 99.95% monthly uptime, and this incident is counted in June's figures."),
         c(S, "certifications", "ISO 27001", "ok", "Meridian Sync remains ISO 27001 certified and SOC 2 Type II attested; this incident does not change either."),
         c(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync remains ISO 27001 certified and SOC 2 Type II attested; this incident does not change either."),
     ], findings=[])

# =====================================================================================
# 0018  tokyo support, ISO-2022-JP, interleaved under a Gmail-style 日付 名前 <addr>: header
# =====================================================================================
mail(n="0018", date="2026-07-07 11:15:00 +0900", lang="ja",
     frm=("高田 陽介", "yosuke.takada@jp.meridian-data.com"),
     to=[("山口 亮", "yamaguchi.r@minami-kensetsu.co.jp")],
     subject="Re: メリディアン シンクの端末数・ファイルサイズ上限について（問合せ番号 JP-SUP-2607-1188）",
     charset="iso-2022-jp", cte="7bit", mailer="Thunderbird",
     what="interleaved answers under 「2026年7月6日(月) 17:20 山口 亮 <addr>:」; 5台, 50GB, 毎分600リクエスト (unverified); the customer's quoted 「…5,000ユーザーが上限と伺っております」 (customer claim, unknown, stale in July 2026); 1万ユーザー (ok); 20〜30GB and 7,500名 are requirements",
     body="""南建設株式会社
情報システム部 山口様

メリディアン・データ サポートセンターの高田でございます。
いただいたご質問に、行間にてご回答いたします。

2026年7月6日(月) 17:20 山口 亮 <yamaguchi.r@minami-kensetsu.co.jp>:
> メリディアン・データ サポートセンター御中
>
> 南建設の山口です。現場事務所への展開にあたり、以下を確認させてください。
>
> 1. 1人あたり何台の端末で利用できますか。現場ではPCとタブレットの2台持ちです。

メリディアン シンクでは、1ユーザーあたり最大5台までの端末を登録いただけます。

> 2. 図面データ（1ファイル20〜30GB程度）を扱いますが、上限はありますか。

同製品で扱える1ファイルあたりの最大サイズは50GBでございます。

> 3. 基幹システムからAPIで自動登録したいのですが、呼び出し回数の制限はありますか。

同製品のAPIは、1テナントあたり毎分600リクエストまでご利用いただけます。

> 4. 以前、御社の大阪の営業の方からメリディアン シンクは5,000ユーザーが上限と伺っております。グループ会社を含めると7,500名になるのですが、難しいでしょうか。

メリディアン シンクの現在の上限は1テナントあたり1万ユーザーでございますので、7,500名でも1テナントでご利用いただけます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

-- 
メリディアン・データ株式会社 カスタマーサポートセンター
高田 陽介
フリーダイヤル：0120-558-301 ／ 直通：03-5412-7791
""",
     claims=[
         c(S, "max_devices", 5, "unverified", "メリディアン シンクでは、1ユーザーあたり最大5台までの端末を登録いただけます。"),
         c(S, "max_file_size", 50 * GB, "unverified", "同製品で扱える1ファイルあたりの最大サイズは50GBでございます。"),
         c(S, "api_rate_limit", 600, "unverified", "同製品のAPIは、1テナントあたり毎分600リクエストまでご利用いただけます。"),
         c(S, "max_users", 5000, "stale", "以前、御社の大阪の営業の方からメリディアン シンクは5,000ユーザーが上限と伺っております。", quoted=True, office="unknown"),
         c(S, "max_users", 10000, "ok", "メリディアン シンクの現在の上限は1テナントあたり1万ユーザーでございますので、7,500名でも1テナントでご利用いただけます。"),
     ], findings=[])

# =====================================================================================
# 0019  osaka 月次報告 (Vault), UTF-8 8bit, full-width digits throughout
# =====================================================================================
mail(n="0019", date="2026-07-22 17:00:00 +0900", lang="ja", archive=True,
     frm=("井上 大輝", "inoue.d@osaka.jp.meridian-data.com"),
     to=[("中川 様", "nakagawa@keihan-seimitsu.co.jp")],
     subject="【月次報告】メリディアン・ボールト 2026年6月度",
     charset="utf-8", cte="8bit", mailer="Microsoft Outlook 16.0",
     what="monthly report in full-width digits; usage block (４８．２ＴＢ, ３，０１２件, 月間稼働実績 ９９．９９％) is no claim; ＲＰＯ５分 (conflict), 保存期間９０日 and ＳＬＡ９９．９５％ (ok)",
     body="""京阪精密工業株式会社
設備管理課 中川様

いつもお世話になっております。メリディアン・データ大阪オフィスの井上でございます。
６月度のメリディアン・ボールトのご利用状況をご報告いたします。

１．ご利用状況（６月１日〜３０日）
　保護容量　　　　　４８．２ＴＢ
　バックアップ成功　３，０１２件／３，０１５件
　リストア件数　　　５件（平均所要時間３８分）
　月間稼働実績　　　９９．９９％

２．サービス仕様（ご参考）
　・メリディアン・ボールトのＲＰＯは５分でございます。
　・同製品のバックアップ標準保存期間は９０日でございます。
　・同製品のＳＬＡは月間稼働率９９．９５％でございます。

３．ご連絡事項
　８月１３日〜１６日は弊社休業のため、緊急時は東京オフィスのサポートセンターへご連絡ください。

以上、よろしくお願いいたします。

-- 
メリディアン・データ株式会社 大阪オフィス
カスタマーサクセス課 井上 大輝
TEL：06-6208-3157
""",
     claims=[
         c(V, "rpo", dur(5, "minutes"), "conflict", "・メリディアン・ボールトのＲＰＯは５分でございます。"),
         c(V, "retention", dur(90, "days"), "ok", "・同製品のバックアップ標準保存期間は９０日でございます。"),
         c(V, "sla", 99.95, "ok", "・同製品のＳＬＡは月間稼働率９９．９５％でございます。"),
     ], findings=[])

# =====================================================================================
# 0020  us-hq Insight beta review, UTF-8 QP
# =====================================================================================
mail(n="0020", date="2026-08-06 14:20:00 -0700", lang="en",
     frm=("Marcus Lindqvist", "marcus.lindqvist@meridian-data.com"),
     to=[("Tessa Grant", "tgrant@orchard-valley-foods.com")],
     subject="Orchard Valley x Meridian Insight - beta review (July)",
     charset="utf-8", cte="quoted-printable", mailer="Apple Mail (2.3774)",
     what="beta review; headings carry Meridian Insight to bullets; the 200-dashboard limit beside 146 built (ok); measured median 1.4 s / p95 3.8 s (no claim); 'under 1 second' (conflict); GA January 2027; 60+ integrations and 10 languages (unverified); 37 of 40 seats",
     body="""Hi Tessa,

Here's the write-up from Tuesday's beta review.

How your team used Meridian Insight in July
- Dashboards: 146 built so far; your workspace limit is 200, so there is room for the regional packs.
- Queries run: 48,310; median 1.4 s, p95 3.8 s on the 2.1-billion-row shipments table
- Active analysts: 37 of 40 beta seats

What Meridian Insight will look like at GA
- General availability is planned for January 2027, and your beta workspace carries over as is.
- Meridian Insight answers queries in under 1 second for most workloads once the columnar cache is on, which should fix the p95 you saw.
- Meridian Insight ships with 60+ native integrations, including the NetSuite connector you asked about.
- The interface is available in 10 languages at launch; Spanish and Portuguese are in the July build already.

Open items
- Meridian: enable the columnar cache on your workspace (ticket INS-3318)
- Orchard Valley: share the list of warehouse dashboards to migrate

Marcus

-- 
Marcus Lindqvist | Solutions Engineer, Analytics
Meridian Data, Inc. | +1 415-555-0129
""",
     claims=[
         c(I, "max_dashboards", 200, "ok", "- Dashboards: 146 built so far; your workspace limit is 200, so there is room for the regional packs."),
         c(I, "general_availability", "2027-01", "ok", "- General availability is planned for January 2027, and your beta workspace carries over as is."),
         c(I, "query_latency", dur(1, "seconds"), "conflict", "- Meridian Insight answers queries in under 1 second for most workloads once the columnar cache is on, which should fix the p95 you saw."),
         c(I, "integrations", 60, "unverified", "- Meridian Insight ships with 60+ native integrations, including the NetSuite connector you asked about."),
         c(I, "ui_languages", 10, "unverified", "- The interface is available in 10 languages at launch; Spanish and Portuguese are in the July build already."),
     ], findings=[])

# =====================================================================================
# 0021  tokyo reply to a legal department, ISO-2022-JP, (誤)/(正) and 漢数字
# =====================================================================================
mail(n="0021", date="2026-08-19 16:45:00 +0900", lang="ja", archive=True,
     frm=("松本 由紀", "yuki.matsumoto@jp.meridian-data.com"),
     to=[("川村 様", "kawamura@asahi-shoji.co.jp")],
     subject="【訂正とご回答】SLA別紙に関するご質問について",
     charset="iso-2022-jp", cte="7bit", mailer="Microsoft Outlook 16.0",
     what="correction block (誤)三十日間 → (正)九十日間 under a line naming the product (only 90 days is a claim); 漢数字 items: 一テナントあたり一万名 (ok); Sync 99.9％ and Vault 99.95％ (ok)",
     body="""朝日商事株式会社
法務部 川村様

いつもお世話になっております。メリディアン・データの松本でございます。
先日のメールに誤りがございましたので、訂正のうえ、ご質問にご回答いたします。

【訂正】
メリディアン ボールトのバックアップ保持期間
（誤）三十日間
（正）九十日間（標準）

【ご質問への回答】
一．メリディアン シンクの利用者数の上限は、一テナントあたり一万名でございます。
二．メリディアン シンクの稼働率（SLA）は、月間99.9％でございます。
三．メリディアン ボールトの稼働率（SLA）は、月間99.95％でございます。
四．サービスクレジットの算定方法は、別紙第4条をご参照ください。

契約書の製本版は、8月末までにお送りいたします。
引き続きよろしくお願い申し上げます。

-- 
メリディアン・データ株式会社 東京オフィス 営業推進部
松本 由紀
TEL：03-5412-7748
""",
     claims=[
         c(V, "retention", dur(90, "days"), "ok", "（正）九十日間（標準）"),
         c(S, "max_users", 10000, "ok", "一．メリディアン シンクの利用者数の上限は、一テナントあたり一万名でございます。"),
         c(S, "sla", 99.9, "ok", "二．メリディアン シンクの稼働率（SLA）は、月間99.9％でございます。"),
         c(V, "sla", 99.95, "ok", "三．メリディアン ボールトの稼働率（SLA）は、月間99.95％でございます。"),
     ], findings=[])

# =====================================================================================
# 0022  london TAM forwards a US engineer's note (Gmail forward marker), UTF-8 QP
# =====================================================================================
mail(n="0022", date="2026-09-01 14:10:00 +0100", lang="en", archive=True,
     frm=("Priya Shah", "priya.shah@uk.meridian-data.com"),
     to=[("Ian McBride", "ian.mcbride@glenmorrow-distillers.co.uk")],
     subject="Fwd: Meridian Vault capacity question (ticket UK-81234)",
     charset="utf-8", cte="quoted-printable", crlf=True, mailer="Gmail",
     what="london note above a `---------- Forwarded message ---------` from a US-HQ engineer: london 500 TB per tenant and RPO 15 minutes (ok; 9 TB a month, 310 TB, 30-minute target are no claims); forwarded (quoted, us-hq): 1 PB per tenant (conflict), Oregon and Frankfurt (ok)",
     body="""Hi Ian,

Forwarding the note our US engineering team sent on your ticket, with one correction from me first: Meridian Vault holds up to 500 TB per tenant, not more, so at your growth rate (roughly 9 TB a month from 310 TB today) a second tenant will be needed in about 20 months.

Also worth knowing for the DR plan: Meridian Vault's RPO is 15 minutes, which covers the 30-minute target in your policy.

Best,
Priya

Priya Shah
Technical Account Manager, Meridian Data Ltd
+44 20 7946 0391

---------- Forwarded message ---------
From: Kevin Marsh <kevin.marsh@meridian-data.com>
Date: Mon, Aug 31, 2026 at 4:22 PM
Subject: Re: Meridian Vault capacity question (ticket UK-81234)
To: Priya Shah <priya.shah@uk.meridian-data.com>


Priya,

Short version for the customer:
- A single Meridian Vault tenant scales to 1 PB, so Glenmorrow has years of headroom.
- Meridian Vault is hosted in our Oregon and Frankfurt data centers; their tenant sits in Frankfurt.

Kevin
--
Kevin Marsh | Staff Engineer, Vault Platform | Meridian Data, Inc.
""",
     claims=[
         c(V, "max_storage", 500 * TB, "ok", "Meridian Vault holds up to 500 TB per tenant, not more"),
         c(V, "rpo", dur(15, "minutes"), "ok", "Also worth knowing for the DR plan: Meridian Vault's RPO is 15 minutes, which covers the 30-minute target in your policy."),
         c(V, "max_storage", PB, "conflict", "- A single Meridian Vault tenant scales to 1 PB, so Glenmorrow has years of headroom.", quoted=True, office="us-hq"),
         c(V, "data_centers", "Oregon", "ok", "- Meridian Vault is hosted in our Oregon and Frankfurt data centers; their tenant sits in Frankfurt.", quoted=True, office="us-hq"),
         c(V, "data_centers", "Frankfurt", "ok", "- Meridian Vault is hosted in our Oregon and Frankfurt data centers; their tenant sits in Frankfurt.", quoted=True, office="us-hq"),
     ], findings=[])

# =====================================================================================
# 0023  osaka support desk, UTF-8 base64, RFC 2047 UTF-8 subject, full-width digits
# =====================================================================================
mail(n="0023", date="2026-09-16 13:30:00 +0900", lang="ja", archive=True,
     frm=("大阪サポートデスク 岡本", "okamoto.m@osaka.jp.meridian-data.com"),
     to=[("吉村 様", "yoshimura@nishinomiya-hd.co.jp")],
     subject="【回答】グループ統合時のユーザー数上限について（受付番号 OSK-260914-0108）",
     charset="utf-8", cte="base64", mailer="Microsoft Outlook 16.0",
     what="support answer in full-width digits; 最大１５，０００ユーザー (conflict; 約１１，２００名 is the customer's head count); １ＴＢ per user (ok); ２４時間３６５日受付 (no claim) with a ３０分 first response (unverified)",
     body="""西宮ホールディングス株式会社
情報システム部 吉村様

いつもお世話になっております。
メリディアン・データ 大阪サポートデスクの岡本でございます。

受付番号 OSK-260914-0108 のお問い合わせにつきまして、以下のとおりご回答申し上げます。

１．ユーザー数の上限
　メリディアン・シンクは、１テナントあたり最大１５，０００ユーザーまで対応しております。
　グループ統合後の約１１，２００名も、１テナントでご利用いただけます。

２．ストレージ容量
　同製品のストレージ容量は、１ユーザーあたり１ＴＢでございます。

３．障害時のお問い合わせ
　同製品の重大障害につきましては、２４時間３６５日受け付けており、３０分以内に一次回答いたします。

ご不明点がございましたら、お気軽にお申し付けください。

──────────────────
メリディアン・データ株式会社 大阪オフィス
サポートデスク 岡本 美咲
TEL：06-6208-3162
──────────────────
""",
     claims=[
         c(S, "max_users", 15000, "conflict", "メリディアン・シンクは、１テナントあたり最大１５，０００ユーザーまで対応しております。"),
         c(S, "storage_per_user", TB, "ok", "同製品のストレージ容量は、１ユーザーあたり１ＴＢでございます。"),
         c(S, "support_response_time", dur(30, "minutes"), "unverified", "同製品の重大障害につきましては、２４時間３６５日受け付けており、３０分以内に一次回答いたします。"),
     ], findings=[])

# =====================================================================================
# 0024  us-hq status notice (Vault), multipart/alternative QP text + HTML with <s>
# =====================================================================================
mail(n="0024", date="2026-09-29 19:40:00 -0700", lang="en",
     frm=("Meridian Status", "status@meridian-data.com"),
     to=[("Meridian Vault administrators", "vault-admins@lists.meridian-data.com")],
     subject="[Meridian Vault] Incident resolved: restore jobs queued in Oregon (INC-26-0929)",
     charset="utf-8", cte="quoted-printable", alt=True, mailer="Statuspage Mailer",
     html_edit=("Meridian Vault is backed by a 99.95% availability SLA (an earlier draft of this notice said 99.99% - that was wrong).",
                "Meridian Vault is backed by a <s>99.99%</s> 99.95% availability SLA."),
     what="status notice (text + HTML); Oregon named in the header block and again beside Virginia (Virginia conflict); RPO 15 minutes; the SLA corrected from 99.99% ('that was wrong' in text, <s> in HTML: only 99.95% is a claim); 312 tenants, 3 h 45 min",
     body="""Incident INC-26-0929 - Resolved

Affected service: Meridian Vault, Oregon data center
Window: Sep 29, 2026 13:05-16:50 PDT (3 h 45 min)
Customers affected: 312 tenants with restore jobs in flight

What happened
A metadata index rebuild throttled restore workers in Oregon. Backups kept running on schedule; only restores were delayed.

Data protection
Meridian Vault's RPO is 15 minutes, and no recovery point older than that was lost for any tenant.
Twelve tenants with urgent restores were served from Meridian Vault's standby copy in our Virginia data center while Oregon caught up.

Availability
Meridian Vault is backed by a 99.95% availability SLA (an earlier draft of this notice said 99.99% - that was wrong).
Restores count toward availability, so September's measured figure will be published on October 2.

Questions: reply to this email or call +1 415-555-0111, option 3.
""",
     claims=[
         c(V, "data_centers", "Oregon", "ok", "Affected service: Meridian Vault, Oregon data center"),
         c(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes, and no recovery point older than that was lost for any tenant."),
         c(V, "data_centers", "Virginia", "conflict", "Twelve tenants with urgent restores were served from Meridian Vault's standby copy in our Virginia data center while Oregon caught up."),
         c(V, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA"),
     ], findings=[])

# =====================================================================================
# 0025  US-HQ global support desk answering in Japanese (From = us-hq), UTF-8 QP
# =====================================================================================
mail(n="0025", date="2026-10-14 09:30:00 -0700", lang="ja",
     frm=("Meridian Data Global Support", "support@meridian-data.com"),
     to=[("大橋 様", "ohashi@kitakyu-unyu.co.jp")],
     subject="【Case 00517204】ご契約内容とSLAの確認",
     charset="utf-8", cte="quoted-printable", mailer="Salesforce Service Cloud",
     what="follow-the-sun: the US-HQ support address answers in Japanese, so the office is us-hq and the JPY prices are office-variant; Sync SLA 99.9％ (ok); 業界No.1 (ja.superlative-no1); a Tokyo-based engineer and a 03- number in the signature",
     body="""北九運輸株式会社
大橋様

Meridian Data グローバルサポートの今井でございます。
日本時間の夜間帯のため、米国本社のサポートデスクから回答いたします。

ケース番号 00517204 のご質問につきまして、ご契約内容を確認いたしました。

・メリディアン シンク：月額50,000円（税抜）
・メリディアン ボールト：1TBあたり月額2,800円（税抜）
・メリディアン シンクのSLAは99.9％でございます。

弊社のサポート品質は業界No.1と自負しております。
ご不明な点がございましたら、本メールにご返信ください。

-- 
Meridian Data, Inc. Global Support (Follow-the-Sun)
今井 翔太（Shota Imai） / Tokyo-based engineer on the US-HQ support rotation
+1 415-555-0111 / 03-5412-7790
""",
     claims=[
         c(S, "monthly_price", jpy(50000, "excluded"), "office-variant", "・メリディアン シンク：月額50,000円（税抜）"),
         c(V, "price_per_tb", jpy(2800, "excluded", "TB-month"), "office-variant", "・メリディアン ボールト：1TBあたり月額2,800円（税抜）"),
         c(S, "sla", 99.9, "ok", "・メリディアン シンクのSLAは99.9％でございます。"),
     ],
     findings=[ph("ja.superlative-no1", "業界No.1")])

# =====================================================================================
# 0026  london account executive, interleaved `On ... wrote:`, UTF-8 QP
# =====================================================================================
mail(n="0026", date="2026-10-27 15:05:00 +0000", lang="en",
     frm=("Oliver Grant", "oliver.grant@uk.meridian-data.com"),
     to=[("Amira Haddad", "a.haddad@stonebridge-legal.co.uk")],
     subject="Re: Meridian Insight beta - a few questions before we commit",
     charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook for Mac 16.89",
     what="interleaved answers; GA January 2027; £25 per user exclusive of VAT (ok) and '£2,125 a month' for 85 users (deal); a third party's '14 days' in the quoted question names no product (no claim); 30-day trial; 'industry-leading' with an inline (Source: …) stays silent; a 2-second target (ok)",
     body="""Hi Amira,

Answers below, next to each question.

On Mon, 26 Oct 2026 at 17:41, Amira Haddad <a.haddad@stonebridge-legal.co.uk> wrote:
> Oliver,
>
> The partners want three things nailed down before we join the beta:
>
> 1) When does Meridian Insight come out of beta?

General availability of Meridian Insight is planned for January 2027.

> 2) What will it cost per fee-earner once it is out of beta? We have 85 fee-earners.

Meridian Insight will be £25 per user per month, exclusive of VAT.
For 85 users that is £2,125 a month before VAT.

> 3) A colleague at another firm said the trial is only 14 days. Is that right?

No - the Meridian Insight free trial is 30 days, and it can start whenever you're ready.

On speed, which you mentioned on the call: Meridian Insight has industry-leading query performance (Source: Halden Research, Cloud BI Speed Test, April 2026), and our target is a 2-second response for dashboard queries.

Best wishes,
Oliver

-- 
Oliver Grant | Account Executive | Meridian Data Ltd
+44 20 7946 0382 | Office hours 08:00-18:00 UK
""",
     claims=[
         c(I, "general_availability", "2027-01", "ok", "General availability of Meridian Insight is planned for January 2027."),
         c(I, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "Meridian Insight will be £25 per user per month, exclusive of VAT."),
         c(I, "free_trial", dur(30, "days"), "ok", "No - the Meridian Insight free trial is 30 days, and it can start whenever you're ready."),
         c(I, "query_latency", dur(2, "seconds"), "ok", "and our target is a 2-second response for dashboard queries."),
     ], findings=[])

# =====================================================================================
# 0027  a customer's own summary to US-HQ support, US-ASCII, quoting the us-hq reply
# =====================================================================================
mail(n="0027", date="2026-11-10 08:50:00 -0600", lang="en", archive=True,
     frm=("Dale Whitaker", "dwhitaker@prairie-grain-coop.com"),
     to=[("Meridian Support", "support@meridian-data.com")],
     subject="Re: [Case 00529981] Vault restore + Sync user cap - summary for our board",
     charset="us-ascii", cte="7bit", crlf=True, mailer="Microsoft Outlook 16.0",
     what="a customer restates the support answers (office unknown): 90 days (ok) and 25,000 users (conflict); his restore-test timing is no claim; below `On ... wrote:` the quoted US-HQ support lines (quoted, us-hq): RPO 15 minutes and 10,000 users (ok)",
     body="""Hi Sam,

Thanks. Before I send this to the board, here is how I've summarised your answers - shout if anything is off:

- Meridian Vault keeps backups for 90 days by default, and longer holds are a separate add-on.
- Meridian Sync supports 25,000 users on one tenant, so the merger with Heartland Co-op doesn't need a second tenant.
- The restore test on Oct 30 took 2 h 10 min for the 4.6 TB grain-ledger volume.

Dale Whitaker
IT Director, Prairie Grain Cooperative
(785) 555-0147

On Mon, Nov 9, 2026 at 3:02 PM Meridian Support <support@meridian-data.com> wrote:
> Hi Dale,
>
> Meridian Vault's RPO is 15 minutes for every protected volume, including
> the grain ledger.
> Meridian Sync supports up to 10,000 users per tenant; for the merged
> co-op (about 13,400 people) we'd set up a second tenant.
>
> Sam Okafor
> Meridian Support, Case 00529981
""",
     claims=[
         c(V, "retention", dur(90, "days"), "ok", "- Meridian Vault keeps backups for 90 days by default, and longer holds are a separate add-on."),
         c(S, "max_users", 25000, "conflict", "- Meridian Sync supports 25,000 users on one tenant, so the merger with Heartland Co-op doesn't need a second tenant."),
         c(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes for every protected volume, including", quoted=True, office="us-hq"),
         c(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant; for the merged", quoted=True, office="us-hq"),
     ], findings=[])

# =====================================================================================
# 0028  osaka forwards a TOKYO mail as a message/rfc822 attachment
# =====================================================================================
mail(n="0028", date="2026-11-18 10:20:00 +0900", lang="ja",
     frm=("小林 大輔", "kobayashi.d@osaka.jp.meridian-data.com"),
     to=[("辻本 様", "tsujimoto@nara-chuo-shinkin.co.jp")],
     subject="Fw: メリディアン シンク 料金・認証のご案内（東京オフィスより）",
     charset="iso-2022-jp", cte="7bit", mailer="Microsoft Outlook 16.0",
     what="outer osaka text (50,000円 税抜 and 55,000円 税込 in one sentence; ISO 27001 + SOC 2 Type II; Vault 2,800円) and an attached message/rfc822 from TOKYO (quoted, tokyo, judged on the outer date): 50,000円（税込） (conflict), ISMAP (conflict), ISO 27001 and 1万ユーザー (ok), the deprecated katakana name (terminology, quoted)",
     body="""奈良中央信用金庫
事務部 辻本様

いつもお世話になっております。大阪オフィスの小林でございます。

東京オフィスの担当者が以前お送りしたご案内を、添付にて転送いたします。
ただし、添付メール中の料金と認証の記載には誤りがございますので、以下のとおり訂正いたします。

・メリディアン シンクの月額料金は50,000円（税抜）、税込では55,000円でございます。
・同製品の取得認証は、ISO 27001およびSOC 2 Type IIでございます。
・メリディアン ボールトの料金は、1TBあたり月額2,800円（税抜）でございます。

以上、よろしくお願いいたします。

-- 
メリディアン・データ株式会社 大阪オフィス（関西営業所）
小林 大輔
TEL 06-6208-3150
""",
     attached=dict(date="2026-10-29 17:05:00 +0900",
                   frm=("前田 早紀", "maeda.s@jp.meridian-data.com"),
                   to=[("辻本 様", "tsujimoto@nara-chuo-shinkin.co.jp")],
                   subject="メリディアン シンク 料金・認証のご案内",
                   charset="utf-8", cte="base64", filename="annai-tokyo-20261029.eml",
                   body="""奈良中央信用金庫
事務部 辻本様

メリディアン・データ東京オフィスの前田でございます。
先日ご依頼いただいた件、下記のとおりご案内いたします。

・メリディアン・ファイルシンク（現 メリディアン シンク）の月額料金は50,000円（税込）でございます。
・メリディアン シンクはISMAPに登録済みで、ISO 27001認証も取得しております。
・同製品は最大1万ユーザーまでご利用いただけます。

前田
"""),
     claims=[
         c(S, "monthly_price", jpy(50000, "excluded"), "ok", "・メリディアン シンクの月額料金は50,000円（税抜）、税込では55,000円でございます。"),
         c(S, "monthly_price", jpy(55000, "included"), "ok", "・メリディアン シンクの月額料金は50,000円（税抜）、税込では55,000円でございます。"),
         c(S, "certifications", "ISO 27001", "ok", "・同製品の取得認証は、ISO 27001およびSOC 2 Type IIでございます。"),
         c(S, "certifications", "SOC 2 Type II", "ok", "・同製品の取得認証は、ISO 27001およびSOC 2 Type IIでございます。"),
         c(V, "price_per_tb", jpy(2800, "excluded", "TB-month"), "ok", "・メリディアン ボールトの料金は、1TBあたり月額2,800円（税抜）でございます。"),
         c(S, "monthly_price", jpy(50000, "included"), "conflict", "・メリディアン・ファイルシンク（現 メリディアン シンク）の月額料金は50,000円（税込）でございます。", quoted=True, office="tokyo"),
         c(S, "certifications", "ISMAP", "conflict", "・メリディアン シンクはISMAPに登録済みで、ISO 27001認証も取得しております。", quoted=True, office="tokyo"),
         c(S, "certifications", "ISO 27001", "ok", "・メリディアン シンクはISMAPに登録済みで、ISO 27001認証も取得しております。", quoted=True, office="tokyo"),
         c(S, "max_users", 10000, "ok", "・同製品は最大1万ユーザーまでご利用いただけます。", quoted=True, office="tokyo"),
     ],
     findings=[term(S, "メリディアン・ファイルシンク", quoted=True)])


# =====================================================================================
# documents (judged as of DOCS_AS_OF for the office of their folder)
# =====================================================================================
DOCS = []


def doc(**kw):
    DOCS.append(kw)


doc(path="docs/us-hq/msa-schedule-2-sla-meridian-sync.md", encoding="utf-8",
    what="an MSA schedule in markdown: defined terms (1.1-1.4; \"Guaranteed Availability\" fires en.guarantee), 2.1 Monthly Uptime Percentage of at least 99.9%, 2.2 10,000 Named Users and 1 TB, 2.3(a)-(c) clients incl. a Linux command-line client (conflict); a service-credit table (tiers are no claims); 4.1 a 1-hour first response (unverified); USD 399 per month; governing law, 90 days' notice, 72 hours, 4 hours per month",
    text="""# Schedule 2 — Service Level Agreement: Meridian Sync

Master Subscription Agreement No. MSA-2026-0418 between Meridian Data, Inc. ("Meridian") and Halvorsen Dental Group, LLC ("Customer"). Version 2026.2, effective December 1, 2026.

## 1. Definitions

1.1 "Downtime" means a period of at least five consecutive minutes in which Customer's users cannot sign in or sync files, excluding Scheduled Maintenance.

1.2 "Monthly Uptime Percentage" means the total minutes in a calendar month, less Downtime minutes, divided by the total minutes in that month.

1.3 "Guaranteed Availability" means the Monthly Uptime Percentage committed to in clause 2.1.

1.4 "Scheduled Maintenance" means work announced at least 72 hours in advance and not exceeding 4 hours per calendar month.

## 2. Service Level

2.1 Service Level: Meridian Sync will be available with a Monthly Uptime Percentage of at least 99.9%.

2.2 Service capacity: the Service supports up to 10,000 Named Users per tenant, and each Named User is allocated 1 TB of storage.

2.3 Supported clients:

  (a) desktop clients for Windows and macOS;
  (b) mobile apps for iOS and Android;
  (c) a command-line client for Linux servers, for scripted uploads only.

## 3. Service Credits

3.1 If the Monthly Uptime Percentage in a month falls below the Service Level, Customer may claim the credit below, as a percentage of the monthly fee for that month:

| Monthly Uptime Percentage | Service Credit |
|---|---|
| less than 99.9% but at least 99.0% | 10% |
| less than 99.0% but at least 95.0% | 25% |
| less than 95.0% | 50% |

3.2 Customer must request a credit within 30 days after the end of the affected month. Credits are Customer's sole remedy for Downtime.

## 4. Support

4.1 Priority 1 incidents (service unavailable for all users) receive a first response within 1 hour, 24x7.

4.2 Priority 2 and 3 incidents are handled during business hours (06:00-18:00 Pacific).

## 5. Fees

5.1 The subscription fee for Meridian Sync is USD 399 per month, invoiced annually in advance.

## 6. General

6.1 This Schedule is governed by the laws of the State of California. Either party may terminate it on 90 days' written notice at the end of a subscription year.
""",
    claims=[
        c(S, "sla", 99.9, "ok", "2.1 Service Level: Meridian Sync will be available with a Monthly Uptime Percentage of at least 99.9%."),
        c(S, "max_users", 10000, "ok", "2.2 Service capacity: the Service supports up to 10,000 Named Users per tenant, and each Named User is allocated 1 TB of storage."),
        c(S, "storage_per_user", TB, "ok", "2.2 Service capacity: the Service supports up to 10,000 Named Users per tenant, and each Named User is allocated 1 TB of storage."),
        c(S, "supported_platforms", "Windows", "ok", "(a) desktop clients for Windows and macOS;"),
        c(S, "supported_platforms", "macOS", "ok", "(a) desktop clients for Windows and macOS;"),
        c(S, "supported_platforms", "iOS", "ok", "(b) mobile apps for iOS and Android;"),
        c(S, "supported_platforms", "Android", "ok", "(b) mobile apps for iOS and Android;"),
        c(S, "supported_platforms", "Linux", "conflict", "(c) a command-line client for Linux servers, for scripted uploads only."),
        c(S, "support_response_time", dur(1, "hours"), "unverified", "4.1 Priority 1 incidents (service unavailable for all users) receive a first response within 1 hour, 24x7."),
        c(S, "monthly_price", usd(399), "ok", "5.1 The subscription fee for Meridian Sync is USD 399 per month, invoiced annually in advance."),
    ],
    findings=[ph("en.guarantee", "\"Guaranteed Availability\"")])

doc(path="docs/us-hq/qbr-northwind-q3-2026.md", encoding="utf-8",
    what="a QBR deck exported to markdown: a usage table with product columns (active users, contracted, tickets, measured uptime are no claims; '100% uptime' fires en.guarantee) and a 'Contractual SLA' row (claims); headroom bullets beside usage; $20/TB and $399; Insight GA 'December 2026' (conflict), 'industry-leading' without a source, dashboards under 2 seconds, 30-day trial; a deprecated name inside a URL (no finding)",
    text="""# Northwind Freight — Quarterly Business Review, Q3 2026

Prepared by Meridian Data Customer Success · October 2026 · Confidential

---

## Slide 2 · Your quarter at a glance

| Metric (Jul–Sep 2026) | Meridian Sync | Meridian Vault |
|---|---|---|
| Active users / protected data | 7,912 users | 188 TB |
| Contracted | 8,000 seats | 150 TB committed |
| Tickets opened | 41 | 6 |
| Measured uptime | 99.98% | 100% uptime |
| Contractual SLA | 99.9% | 99.95% |

---

## Slide 3 · Headroom

- Meridian Sync allows up to 10,000 users per tenant; you are at 79% of that.
- Each Meridian Sync user has 1 TB of storage; your largest user holds 640 GB.
- Meridian Vault stores up to 500 TB per tenant, so the 2027 archive migration (about 120 TB) fits.

---

## Slide 4 · Pricing on your renewal

- Meridian Vault: $20 per TB per month on committed capacity; overage at the same rate.
- Meridian Sync: $399 per month per workspace.

---

## Slide 5 · Meridian Insight (beta)

- Meridian Insight has industry-leading query speed on large shipment tables.
- Meridian Insight becomes generally available in December 2026; your beta workspace converts automatically.
- Dashboards load in under 2 seconds at p95 in our benchmark.
- Free trial for additional business units: 30 days.

---

## Slide 6 · Next steps

1. Northwind: approve the archive migration window (target: February 2027).
2. Meridian: run the restore drill on the Memphis depot share (ticket NWF-2291).
3. Northwind: retire the last legacy desktop clients (guide: https://docs.meridian-data.com/legacy/MeridianFileSync-to-Sync.html).
""",
    claims=[
        c(S, "sla", 99.9, "ok", "| Contractual SLA | 99.9% | 99.95% |"),
        c(V, "sla", 99.95, "ok", "| Contractual SLA | 99.9% | 99.95% |"),
        c(S, "max_users", 10000, "ok", "- Meridian Sync allows up to 10,000 users per tenant; you are at 79% of that."),
        c(S, "storage_per_user", TB, "ok", "- Each Meridian Sync user has 1 TB of storage; your largest user holds 640 GB."),
        c(V, "max_storage", 500 * TB, "ok", "- Meridian Vault stores up to 500 TB per tenant, so the 2027 archive migration (about 120 TB) fits."),
        c(V, "price_per_tb", usd(20, "TB-month"), "ok", "- Meridian Vault: $20 per TB per month on committed capacity; overage at the same rate."),
        c(S, "monthly_price", usd(399), "ok", "- Meridian Sync: $399 per month per workspace."),
        c(I, "general_availability", "2026-12", "conflict", "- Meridian Insight becomes generally available in December 2026; your beta workspace converts automatically."),
        c(I, "query_latency", dur(2, "seconds"), "ok", "- Dashboards load in under 2 seconds at p95 in our benchmark."),
        c(I, "free_trial", dur(30, "days"), "ok", "- Free trial for additional business units: 30 days."),
    ],
    findings=[ph("en.guarantee", "100% uptime"), ph("en.superlative", "industry-leading")])

doc(path="docs/us-hq/order-form-countersigned-OF-2026-1411.txt", encoding="binary",
    what="a countersigned order form saved with a .txt name but holding a truncated PDF (unreadable)",
    text=None, claims=[],
    findings=[unreadable("binary data (a truncated PDF with a compressed stream), not text")])

doc(path="docs/london/order-form-harwick-vault.html", encoding="utf-8",
    what="an HTML order form: a fees table whose caption says 'exclusive of VAT' (unit prices are claims, quantities and monthly amounts are not); a service-level table under a heading naming Meridian Vault (99.95%, 15 minutes, 90 days, Frankfurt ok / London conflict, AES-256); Insight beta terms (GA January 2027, 30-day trial); company and VAT numbers, 36 months, 90 days' notice",
    text="""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Order Form OF-UK-2026-0375 - Harwick &amp; Lyle LLP</title>
</head>
<body>
<h1>Order Form OF-UK-2026-0375</h1>
<p>Customer: Harwick &amp; Lyle LLP (LLP no. OC412877). Supplier: Meridian Data Ltd (company no. 09876543, VAT GB 312 4456 90).</p>
<p>This Order Form is governed by the Meridian Data Ltd Terms of Service (2026 edition) and the laws of England and Wales.</p>

<h2>1. Subscription term</h2>
<p>1.1 Initial term: 36 months from 1 December 2026.</p>
<p>1.2 Either party may give notice of non-renewal no later than 90 days before the end of the term.</p>

<h2>2. Fees</h2>
<table border="1">
<caption>Fees (all amounts exclusive of VAT)</caption>
<tr><th>Service</th><th>Quantity</th><th>Unit price</th><th>Monthly amount</th></tr>
<tr><td>Meridian Vault - protected capacity</td><td>120 TB</td><td>£16.00 per TB per month</td><td>£1,920.00</td></tr>
<tr><td>Meridian Sync - tenant subscription</td><td>1</td><td>£329.00 per month</td><td>£329.00</td></tr>
<tr><td>Meridian Insight (beta) - named users</td><td>25</td><td>£25.00 per user per month</td><td>£625.00</td></tr>
<tr><td colspan="3">Total monthly fees</td><td>£2,874.00</td></tr>
</table>

<h2>3. Service levels (Meridian Vault)</h2>
<table border="1">
<tr><th>Clause</th><th>Term</th><th>Commitment</th></tr>
<tr><td>3.1</td><td>Service Level</td><td>99.95% Monthly Uptime Percentage</td></tr>
<tr><td>3.2</td><td>Recovery point objective</td><td>15 minutes</td></tr>
<tr><td>3.3</td><td>Default retention</td><td>90 days</td></tr>
<tr><td>3.4</td><td>Data location</td><td>Frankfurt (primary), London (secondary copy)</td></tr>
<tr><td>3.5</td><td>Encryption at rest</td><td>AES-256</td></tr>
</table>

<h2>4. Meridian Insight beta terms</h2>
<p>4.1 Meridian Insight is provided as a beta service until general availability in January 2027; the per-user fee in clause 2 applies from that date.</p>
<p>4.2 A free trial of 30 days applies to any additional workspace.</p>

<h2>5. Signatures</h2>
<p>Signed for Meridian Data Ltd: ______________ Date: __/__/2026</p>
<p>Signed for Harwick &amp; Lyle LLP: ______________ Date: __/__/2026</p>
</body>
</html>
""",
    claims=[
        c(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "£16.00 per TB per month"),
        c(S, "monthly_price", gbp(329, "month", "excluded"), "ok", "£329.00 per month"),
        c(I, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "£25.00 per user per month"),
        c(V, "sla", 99.95, "ok", "99.95% Monthly Uptime Percentage"),
        c(V, "rpo", dur(15, "minutes"), "ok", "<td>3.2</td><td>Recovery point objective</td><td>15 minutes</td>"),
        c(V, "retention", dur(90, "days"), "ok", "<td>3.3</td><td>Default retention</td><td>90 days</td>"),
        c(V, "data_centers", "Frankfurt", "ok", "Frankfurt (primary), London (secondary copy)"),
        c(V, "data_centers", "London", "conflict", "Frankfurt (primary), London (secondary copy)"),
        c(V, "encryption", "AES-256", "ok", "<td>3.5</td><td>Encryption at rest</td><td>AES-256</td>"),
        c(I, "general_availability", "2027-01", "ok", "4.1 Meridian Insight is provided as a beta service until general availability in January 2027; the per-user fee in clause 2 applies from that date."),
        c(I, "free_trial", dur(30, "days"), "ok", "4.2 A free trial of 30 days applies to any additional workspace."),
    ], findings=[])

doc(path="docs/london/schedule-3-service-levels-vault.txt", encoding="utf-8",
    what="a contract schedule in plain text, the product in the title and 1.1; numbered clauses with (a)-(c) items: 99.95%, RPO no greater than 15 minutes, RTO 4 hours (unverified), 90 days; a credit schedule (tiers are no claims); AES-256; Frankfurt ok / Dublin conflict; Severity 1 and 2 response times (unverified); 'backups run at least every 15 minutes' has no cue (no claim)",
    text="""SCHEDULE 3
SERVICE LEVELS AND SERVICE CREDITS (MERIDIAN VAULT)

Forming part of the Master Services Agreement dated 14 October 2026 between
Meridian Data Ltd and Ashdown Water Services plc (Contract Ref. AWS/ICT/2026/118).

1. DEFINITIONS
1.1 In this Schedule, "Service" means Meridian Vault as described in Schedule 1.
1.2 "Monthly Uptime Percentage" has the meaning given in paragraph 2.2.
1.3 "Business Day" means a day other than a Saturday, Sunday or bank holiday in England.

2. AVAILABILITY
2.1 The Supplier shall make the Service available with a Monthly Uptime Percentage of 99.95%.
2.2 Monthly Uptime Percentage = (minutes in the month - minutes of Unavailability) / minutes in the month x 100.
2.3 The following recovery objectives apply to every protected workload:
    (a) backups run at least every 15 minutes;
    (b) Recovery Point Objective: no greater than 15 minutes;
    (c) Recovery Time Objective: 4 hours for a single server of up to 10 TB.
2.4 Backups are retained for 90 days (the "Standard Retention Period") unless the Customer buys extended retention under Schedule 5.

3. SERVICE CREDITS
3.1 Where the Monthly Uptime Percentage falls below 99.95% the Supplier shall credit:
    (a) 5% of the monthly charges where it is 99.0% or more;
    (b) 15% of the monthly charges where it is 95.0% or more but below 99.0%;
    (c) 30% of the monthly charges where it is below 95.0%.
3.2 Service credits are capped at 30% of the monthly charges in any month.

4. SECURITY AND LOCATION
4.1 Customer Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or later.
4.2 Customer Data is hosted in the Supplier's Frankfurt data centre; disaster-recovery copies are held in the Supplier's Dublin data centre.

5. SUPPORT
5.1 Severity 1 incidents: response within 15 minutes, 24 hours a day, 365 days a year.
5.2 Severity 2 incidents: response within 4 hours on Business Days.

6. REVIEW
6.1 The parties shall hold a service review every 3 months. Either party may propose changes to this Schedule on 30 days' written notice.
""",
    claims=[
        c(V, "sla", 99.95, "ok", "2.1 The Supplier shall make the Service available with a Monthly Uptime Percentage of 99.95%."),
        c(V, "rpo", dur(15, "minutes"), "ok", "(b) Recovery Point Objective: no greater than 15 minutes;"),
        c(V, "rto", dur(4, "hours"), "unverified", "(c) Recovery Time Objective: 4 hours for a single server of up to 10 TB."),
        c(V, "retention", dur(90, "days"), "ok", "2.4 Backups are retained for 90 days (the \"Standard Retention Period\") unless the Customer buys extended retention under Schedule 5."),
        c(V, "encryption", "AES-256", "ok", "4.1 Customer Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or later."),
        c(V, "data_centers", "Frankfurt", "ok", "4.2 Customer Data is hosted in the Supplier's Frankfurt data centre; disaster-recovery copies are held in the Supplier's Dublin data centre."),
        c(V, "data_centers", "Dublin", "conflict", "4.2 Customer Data is hosted in the Supplier's Frankfurt data centre; disaster-recovery copies are held in the Supplier's Dublin data centre."),
        c(V, "support_response_time", dur(15, "minutes"), "unverified", "5.1 Severity 1 incidents: response within 15 minutes, 24 hours a day, 365 days a year."),
        c(V, "support_response_time", dur(4, "hours"), "unverified", "5.2 Severity 2 incidents: response within 4 hours on Business Days."),
    ], findings=[])

doc(path="docs/tokyo/hoshu-keiyaku-sla-besshi.md", encoding="utf-8",
    what="保守契約書 別紙 (SLA) in markdown: a service-level table with one column per product (― = no claim): 99.9％以上 / 99.95％以上 (ok), 五千名 (stale as of 2026-11-22), 1TB, 15分以内, 九十日間; a credit table (no claims); 第4条 50,000円（税込） (conflict) and 2,800円（税抜） (ok); 第5条（両製品共通） a 1時間 first response for each product (unverified) and a 30分 第一報 (no cue); 適用開始日 and 12か月間 are no claims",
    text="""# 保守サービス契約書　別紙2（サービスレベル合意書）

契約番号：TKY-MS-2026-0231
甲：株式会社丸の内ロジスティクス　　乙：メリディアン・データ株式会社
適用開始日：2026年12月1日

## 第1条（目的）

本別紙は、甲乙間の保守サービス契約書（以下「本契約」という。）第7条に基づき、乙が甲に提供するクラウドサービスのサービスレベルを定める。

## 第2条（対象サービスおよびサービスレベル）

1. 対象サービスおよびサービスレベルは、次表のとおりとする。

| 項目 | メリディアン シンク | メリディアン ボールト |
|---|---|---|
| 月間稼働率 | 99.9％以上 | 99.95％以上 |
| 利用者数の上限 | 五千名 | ― |
| 1ユーザーあたりの容量 | 1TB | ― |
| RPO（目標復旧時点） | ― | 15分以内 |
| バックアップ保持期間 | ― | 九十日間（標準） |

2. 前項の月間稼働率は、計画停止時間（毎月第3日曜日 2:00〜6:00）を除いて算出する。

## 第3条（サービスクレジット）

月間稼働率が前条に定める値を下回った場合、乙は甲に対し、次の区分に従い当該月の月額料金に対するサービスクレジットを付与する。

| 月間稼働率 | クレジット |
|---|---|
| 99.9％未満〜99.0％以上 | 月額料金の10％ |
| 99.0％未満〜95.0％以上 | 月額料金の25％ |
| 95.0％未満 | 月額料金の50％ |

## 第4条（料金）

1. メリディアン シンクの月額基本料金は50,000円（税込）とする。
2. メリディアン ボールトの容量課金は、1TBあたり月額2,800円（税抜）とする。
3. 前二項の料金は、本契約の有効期間中は改定しないものとする。

## 第5条（障害対応）（両製品共通）

1. 乙は、重大障害の発生を検知した場合、30分以内に甲へ第一報を通知する。
2. 甲からの障害に関するお問い合わせには、1時間以内に一次回答を行う。

## 第6条（有効期間）

本別紙の有効期間は、2026年12月1日から2027年11月30日までの12か月間とする。期間満了の3か月前までにいずれからも申し出がない場合は、同一条件で1年間更新する。

以上
""",
    claims=[
        c(S, "sla", 99.9, "ok", "| 月間稼働率 | 99.9％以上 | 99.95％以上 |"),
        c(V, "sla", 99.95, "ok", "| 月間稼働率 | 99.9％以上 | 99.95％以上 |"),
        c(S, "max_users", 5000, "stale", "| 利用者数の上限 | 五千名 | ― |"),
        c(S, "storage_per_user", TB, "ok", "| 1ユーザーあたりの容量 | 1TB | ― |"),
        c(V, "rpo", dur(15, "minutes"), "ok", "| RPO（目標復旧時点） | ― | 15分以内 |"),
        c(V, "retention", dur(90, "days"), "ok", "| バックアップ保持期間 | ― | 九十日間（標準） |"),
        c(S, "monthly_price", jpy(50000, "included"), "conflict", "1. メリディアン シンクの月額基本料金は50,000円（税込）とする。"),
        c(V, "price_per_tb", jpy(2800, "excluded", "TB-month"), "ok", "2. メリディアン ボールトの容量課金は、1TBあたり月額2,800円（税抜）とする。"),
        c(S, "support_response_time", dur(1, "hours"), "unverified", "2. 甲からの障害に関するお問い合わせには、1時間以内に一次回答を行う。"),
        c(V, "support_response_time", dur(1, "hours"), "unverified", "2. 甲からの障害に関するお問い合わせには、1時間以内に一次回答を行う。"),
    ], findings=[])

doc(path="docs/osaka/shogai-hokokusho-2026-10.txt", encoding="shift_jis",
    what="障害報告書 as a Shift_JIS text file without a charset declaration: 157分間, テナント27, 14件 are no claims; RPO（15分）; 東京・大阪 data centres (Osaka also in the 件名 line); SLA 99.95％ beside 稼働実績 99.63％ (no claim) and a 10％ credit; 完全に防止 (ja.absolute)",
    text="""障害報告書

報告書番号：OSK-IR-2026-1009
提出日：2026年10月16日
提出先：関西医療生協 情報システム部 御中
作成：メリディアン・データ株式会社 大阪オフィス 関西サポートセンター

件名：メリディアン・ボールト 大阪データセンターにおけるバックアップ遅延

1．発生日時
　2026年10月8日（木）2時14分 〜 同日4時51分（157分間）

2．影響範囲
　大阪データセンターに収容されているテナント：27
　うち貴組合のバックアップジョブ：遅延 14件、再実行により全件完了

3．原因
　ストレージ装置のファームウェア更新後、書き込み性能が低下したため。

4．データへの影響
　メリディアン・ボールトのRPO（15分）の範囲内で全ジョブを再取得しており、データの欠損はございません。
　同製品は東京・大阪の2拠点のデータセンターで冗長化しており、障害中は東京データセンターへ処理を切り替えました。

5．サービスレベルへの影響
　同製品のSLAは月間稼働率99.95％です。
　10月の稼働実績は99.63％となる見込みのため、SLAに基づき、10月分の月額利用料の10％をサービスクレジットとして返還いたします。

6．再発防止策
　(1) ファームウェア更新前の性能試験を必須化
　(2) 書き込み遅延の監視閾値を見直し
　上記の対策により、同様の障害は完全に防止できるものと考えております。

以上
""",
    claims=[
        c(V, "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトのRPO（15分）の範囲内で全ジョブを再取得しており、データの欠損はございません。"),
        c(V, "data_centers", "Tokyo", "ok", "同製品は東京・大阪の2拠点のデータセンターで冗長化しており、障害中は東京データセンターへ処理を切り替えました。"),
        c(V, "data_centers", "Osaka", "ok", "同製品は東京・大阪の2拠点のデータセンターで冗長化しており、障害中は東京データセンターへ処理を切り替えました。"),
        c(V, "sla", 99.95, "ok", "同製品のSLAは月間稼働率99.95％です。"),
    ],
    findings=[ph("ja.absolute", "完全に防止")])


# =====================================================================================
# building messages
# =====================================================================================
def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def msgid(m):
    h = hashlib.sha1(("probe97/" + m["n"] + m["date"]).encode()).hexdigest()
    dom = m["frm"][1].split("@")[1]
    mailer = m.get("mailer", "")
    if "Outlook" in mailer and not mailer.endswith("Mac 16.89"):
        if dom.endswith("jp.meridian-data.com") or dom.endswith(".jp"):
            box, region = "TYCP286MB" + h[:4].upper(), "JPNP286"
        elif dom.endswith(".uk") or dom.endswith("uk.meridian-data.com"):
            box, region = "LO2P265MB" + h[:4].upper(), "GBRP265"
        else:
            box, region = "MW4PR17MB" + h[:4].upper(), "namprd17"
        return "%s%s@%s.%s.PROD.OUTLOOK.COM" % (box, h[4:28].upper(), box, region)
    if mailer == "Gmail":
        return "CAK%s+%s@mail.gmail.com" % (h[:12].upper(), h[12:20])
    if mailer == "Zendesk":
        return "ZD48213_%s@meridian-data.zendesk.com" % h[:16]
    if mailer in ("Thunderbird", "Mozilla Thunderbird"):
        return "%s-%s-%s@%s" % (h[:8], h[8:12], h[12:16], dom)
    return "%s.%s@%s" % (parse_date(m["date"]).strftime("%Y%m%d%H%M%S"), h[:12], dom)


def enc_header(value, charset):
    if all(ord(ch) < 128 for ch in value):
        return value
    hcs = {"iso-2022-jp": "iso-2022-jp", "shift_jis": "shift_jis", "utf-8": "utf-8"}[charset]
    return Header(value, hcs).encode(maxlinelen=76)


def addr(pair, charset):
    name, a = pair
    if not all(ord(ch) < 128 for ch in name):
        return "%s <%s>" % (enc_header(name, charset), a)
    if any(ch in name for ch in ".,()"):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (name, a)


def encode_body(text, charset, cte):
    raw = text.encode(CODECS[charset], errors="strict")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode("latin-1")   # 7bit / 8bit: bytes carried as they are


def text_part_headers(charset, cte, subtype="plain", flowed=False):
    ct = "text/%s; charset=%s" % (subtype, LABEL[charset] if subtype == "plain" or charset != "utf-8" else "UTF-8")
    if flowed:
        ct += "; format=flowed"
    return "Content-Type: %s\nContent-Transfer-Encoding: %s\n" % (ct, cte)


def to_html(text, edit=None):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        body = "<br>\n".join(lines)
        if edit and html.escape(edit[0], quote=False) in body:
            body = body.replace(html.escape(edit[0], quote=False), edit[1])
        out.append("<p>" + body + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def headers_block(m, d):
    cs = m["charset"]
    h = []
    dom = m["frm"][1].split("@")[1]
    h.append("Received: from smtp.%s (smtp.%s [203.0.113.%d])\n\tby mx.%s with ESMTPS id %s;\n\t%s"
             % (dom, dom, 20 + int(hashlib.md5(m["n"].encode()).hexdigest()[:2], 16) % 200, m["to"][0][1].split("@")[1],
                hashlib.md5(m["date"].encode()).hexdigest()[:12].upper(), email.utils.format_datetime(d)))
    h.append("From: " + addr(m["frm"], cs))
    h.append("To: " + ", ".join(addr(t, cs) for t in m["to"]))
    if m.get("cc"):
        h.append("Cc: " + ", ".join(addr(t, cs) for t in m["cc"]))
    if m.get("reply_to"):
        h.append("Reply-To: " + addr(m["reply_to"], cs))
    h.append("Subject: " + enc_header(m["subject"], cs))
    h.append("Date: " + email.utils.format_datetime(d))
    h.append("Message-ID: <%s>" % m["msgid"])
    if m.get("mailer"):
        h.append("X-Mailer: " + m["mailer"])
    h.append("MIME-Version: 1.0")
    return "\n".join(h) + "\n"


def build(m):
    d = parse_date(m["date"])
    cs, cte = m["charset"], m["cte"]
    head = headers_block(m, d)
    bnd = "=_probe97_%s_%s" % (m["n"], hashlib.md5(m["n"].encode()).hexdigest()[:10])
    if m.get("html_only"):
        body = text_part_headers(cs, cte, "html") + "\n" + encode_body(m["html"], cs, cte)
    elif m.get("alt"):
        html_text = to_html(m["body"], m.get("html_edit"))
        body = ('Content-Type: multipart/alternative; boundary="%s"\n\nThis is a multi-part message in MIME format.\n\n'
                "--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n"
                % (bnd, bnd, text_part_headers(cs, cte), encode_body(m["body"], cs, cte),
                   bnd, text_part_headers(cs, cte, "html"), encode_body(html_text, cs, cte), bnd))
    elif m.get("attached"):
        a = dict(m["attached"])
        a["n"] = m["n"] + "a"
        a["msgid"] = msgid(dict(a, mailer="Microsoft Outlook 16.0"))
        a["mailer"] = "Microsoft Outlook 16.0"
        inner = build(a)
        fn = a["filename"]
        body = ('Content-Type: multipart/mixed; boundary="%s"\n\n'
                "--%s\n%s\n%s\n--%s\nContent-Type: message/rfc822; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n\n%s\n--%s--\n"
                % (bnd, bnd, text_part_headers(cs, cte), encode_body(m["body"], cs, cte),
                   bnd, fn, fn, inner.rstrip("\n"), bnd))
    else:
        body = text_part_headers(cs, cte, flowed=m.get("flowed", False)) + "\n" + encode_body(m["body"], cs, cte)
    return head + body


def decoded_texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out


# =====================================================================================
# phrase / terminology self-check (the rules' own patterns, run on each file)
# =====================================================================================
def load_phrase_rules():
    rules = []
    for fn in ("ja.yaml", "en.yaml"):
        cur, section = None, None
        for line in open(os.path.join(RULES, "phrases", fn), encoding="utf-8"):
            m = re.match(r"^  - id: (\S+)", line)
            if m:
                cur = {"id": m.group(1), "patterns": [], "unless": []}
                rules.append(cur)
                section = None
                continue
            m = re.match(r"^    (patterns|unless|examples|message|lang|severity):", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"^      - '(.*)'\s*(#.*)?$", line)
            if m and cur and section in ("patterns", "unless"):
                cur[section].append(m.group(1).replace("''", "'"))
    return rules


def load_deprecated():
    names = {}
    for fn in os.listdir(os.path.join(RULES, "products")):
        txt = open(os.path.join(RULES, "products", fn), encoding="utf-8").read()
        prod = re.search(r"^product: (\S+)", txt, re.M).group(1)
        m = re.search(r"deprecated: \[([^\]]*)\]", txt, re.S)
        names[prod] = [x.strip() for x in m.group(1).replace("\n", " ").split(",") if x.strip()] if m else []
    return names


def phrase_hits(text, rules):
    t = unicodedata.normalize("NFKC", text)
    hits = set()
    for r in rules:
        if any(re.search(p, t) for p in r["patterns"]) and not any(re.search(u, t) for u in r["unless"]):
            hits.add(r["id"])
    return hits


def term_hits(text, deprecated):
    t = re.sub(r"https?://\S+", " ", unicodedata.normalize("NFKC", text))
    return {p for p, names in deprecated.items()
            if any(unicodedata.normalize("NFKC", n).casefold() in t.casefold() for n in names)}


# =====================================================================================
# cross-office cases (LABELS.md), computed from the archive's claim lines
# =====================================================================================
def canon(v):
    if isinstance(v, dict) and "currency" in v:
        return ("money", v["amount"], v["currency"], v["per"], v.get("tax"))
    if isinstance(v, dict) and "min" in v:
        return ("range", v["min"] * SECS[v["unit"]], v["max"] * SECS[v["unit"]])
    if isinstance(v, dict) and "unit" in v:
        return ("dur", secs(v))
    return ("v", v)


def cross_office(lines, dates):
    by = {}
    for x in lines:
        if x["office"] == "unknown" or x["attribute"] in SET_ATTRS:
            continue
        by.setdefault((x["product"], x["attribute"]), []).append(x)
    cases = {}
    for (p, a), xs in by.items():
        for i, x in enumerate(xs):
            for y in xs[i + 1:]:
                if x["office"] == y["office"]:
                    continue
                if abs((dates[x["message_id"]] - dates[y["message_id"]]).days) > 45:
                    continue
                if canon(x["value"]) == canon(y["value"]):
                    continue
                if x["verdict"] == "ok" and y["verdict"] == "ok":
                    continue          # each right (at its own date, in its own tax basis): no case
                if isinstance(x["value"], dict) and "currency" in x["value"] and \
                        (x["value"]["currency"], x["value"]["per"]) != (y["value"]["currency"], y["value"]["per"]):
                    continue          # prices compare only in the same currency and billing unit
                offs = tuple(sorted((x["office"], y["office"])))
                case = cases.setdefault((p, a, offs), {"files": set(), "values": {}})
                case["files"].update((x["src"], y["src"]))
                for z in (x, y):
                    prev = case["values"].setdefault(z["office"], z["value"])
                    assert canon(prev) == canon(z["value"]), ("two values for one office in a case", p, a, z)
    return cases


# =====================================================================================
# main
# =====================================================================================
def main():
    rules, deprecated = load_phrase_rules(), load_deprecated()
    os.makedirs(os.path.join(HERE, "mail"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "mail")):
        os.remove(os.path.join(HERE, "mail", f))
    expected, errors, archive_lines, dates, raws = [], [], [], {}, {}

    def check_item(where, texts, item):
        if item.get("kind") == "unreadable":
            return
        if not any(item["text"] in t for t in texts):
            errors.append("%s: text not found: %r" % (where, item["text"]))

    # ---- emails
    for m in MAILS:
        m["msgid"] = msgid(m)
        office = office_of(m["frm"][1])
        d = parse_date(m["date"])
        day = d.strftime("%Y-%m-%d")
        raw = build(m)
        if m.get("crlf"):
            raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
        data = raw.encode("latin-1")
        path = os.path.join(HERE, "mail", m["n"] + ".eml")
        with open(path, "wb") as fh:
            fh.write(data)
        raws[m["n"]] = data
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert msg["Message-ID"].strip("<> ") == m["msgid"], m["n"]
        texts = decoded_texts(msg)
        assert texts, m["n"]
        rel = "mail/%s.eml" % m["n"]
        dates[m["msgid"]] = d.date()
        m["office"], m["day"] = office, day
        seen = set()
        for x in m["claims"]:
            off = x["office"] or office
            key = (x["product"], x["attribute"], json.dumps(canon(x["value"])), x["quoted"], off)
            if key in seen:
                errors.append("%s: duplicate claim %r" % (rel, key))
            seen.add(key)
            want = judge(x["product"], x["attribute"], x["value"], off, x["period"] or day)
            if want != x["verdict"]:
                errors.append("%s: %s/%s %r @%s: labelled %s, base says %s" % (rel, x["product"], x["attribute"], x["value"], off, x["verdict"], want))
            check_item(rel, texts, x)
            line = {"type": "claim", "file": rel, "message_id": m["msgid"], "product": x["product"],
                    "attribute": x["attribute"], "value": x["value"], "verdict": x["verdict"], "quoted": x["quoted"],
                    "office": off, "as_of": day, "text": x["text"]}
            expected.append(line)
            if m.get("archive"):
                archive_lines.append(dict(line, file="mail/archive.mbox", src=rel))
        for f in m["findings"]:
            check_item(rel, texts, f)
        # the phrase rules' patterns and the deprecated names, run on the whole message
        alltext = "\n".join(texts)
        got_p = phrase_hits(alltext, rules)
        want_p = {f["rule"] for f in m["findings"] if f["kind"] == "phrase"}
        if got_p != want_p:
            errors.append("%s: phrase rules fire %s, labelled %s" % (rel, sorted(got_p), sorted(want_p)))
        got_t = term_hits(alltext + "\n" + str(msg["Subject"]), deprecated)
        want_t = {f["product"] for f in m["findings"] if f["kind"] == "terminology"}
        if got_t != want_t:
            errors.append("%s: deprecated names %s, labelled %s" % (rel, sorted(got_t), sorted(want_t)))

    # ---- documents
    for sub in ("us-hq", "london", "tokyo", "osaka"):
        p = os.path.join(HERE, "docs", sub)
        os.makedirs(p, exist_ok=True)
        for f in os.listdir(p):
            os.remove(os.path.join(p, f))
    for dd in DOCS:
        office = dd["path"].split("/")[1]
        full = os.path.join(HERE, dd["path"])
        if dd["encoding"] == "binary":
            data = pdf_fragment()
        else:
            data = dd["text"].encode(dd["encoding"], errors="strict")
        with open(full, "wb") as fh:
            fh.write(data)
        texts = [data.decode(dd["encoding"])] if dd["encoding"] != "binary" else []
        seen = set()
        for x in dd["claims"]:
            off = x["office"] or office
            key = (x["product"], x["attribute"], json.dumps(canon(x["value"])), x["quoted"], off)
            if key in seen:
                errors.append("%s: duplicate claim %r" % (dd["path"], key))
            seen.add(key)
            want = judge(x["product"], x["attribute"], x["value"], off, x["period"] or DOCS_AS_OF)
            if want != x["verdict"]:
                errors.append("%s: %s/%s %r: labelled %s, base says %s" % (dd["path"], x["product"], x["attribute"], x["value"], x["verdict"], want))
            check_item(dd["path"], texts, x)
            expected.append({"type": "claim", "file": dd["path"], "message_id": None, "product": x["product"],
                             "attribute": x["attribute"], "value": x["value"], "verdict": x["verdict"],
                             "quoted": x["quoted"], "office": off, "as_of": DOCS_AS_OF, "text": x["text"]})
        for f in dd["findings"]:
            check_item(dd["path"], texts, f)
        if texts:
            got_p = phrase_hits(texts[0], rules)
            want_p = {f["rule"] for f in dd["findings"] if f["kind"] == "phrase"}
            if got_p != want_p:
                errors.append("%s: phrase rules fire %s, labelled %s" % (dd["path"], sorted(got_p), sorted(want_p)))
            got_t = term_hits(texts[0], deprecated)
            want_t = {f["product"] for f in dd["findings"] if f["kind"] == "terminology"}
            if got_t != want_t:
                errors.append("%s: deprecated names %s, labelled %s" % (dd["path"], sorted(got_t), sorted(want_t)))

    # ---- findings lines (mail, docs), then the archive
    findings = []
    for m in MAILS:
        for f in m["findings"]:
            findings.append(dict({"type": "finding", "file": "mail/%s.eml" % m["n"], "message_id": m["msgid"]}, **f))
    for dd in DOCS:
        for f in dd["findings"]:
            findings.append(dict({"type": "finding", "file": dd["path"], "message_id": None}, **f))
    arch = sorted((m for m in MAILS if m.get("archive")), key=lambda m: parse_date(m["date"]))
    for m in arch:
        for f in m["findings"]:
            findings.append(dict({"type": "finding", "file": "mail/archive.mbox", "message_id": m["msgid"]}, **f))
    findings = [{k: f[k] for k in ("type", "file", "message_id", "kind", "rule", "product", "quoted", "text")} for f in findings]

    # ---- archive (mboxrd, date order, LF)
    with open(os.path.join(HERE, "mail", "archive.mbox"), "wb") as fh:
        for m in arch:
            d = parse_date(m["date"])
            raw = raws[m["n"]].replace(b"\r\n", b"\n")
            raw = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
            env = "From %s %s\n" % (m["frm"][1], d.astimezone(dt.timezone.utc).strftime("%a %b %e %H:%M:%S %Y"))
            fh.write(env.encode("ascii") + raw.rstrip(b"\n") + b"\n\n")
    import mailbox
    box = list(mailbox.mbox(os.path.join(HERE, "mail", "archive.mbox")))
    assert [b["Message-ID"].strip("<> ") for b in box] == [m["msgid"] for m in arch], "archive order/ids"

    arch_claims = [dict(x) for x in archive_lines]
    cases = cross_office(arch_claims, dates)
    cross = []
    for (p, a, offs), cse in sorted(cases.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
        cross.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs),
                      "file": "mail/archive.mbox", "message_files": sorted(cse["files"]),
                      "values": {o: cse["values"][o] for o in offs}})
    archive_out = [{k: v for k, v in x.items() if k != "src"} for x in archive_lines]

    if errors:
        sys.exit("errors:\n  " + "\n  ".join(errors))

    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for line in expected + archive_out + findings + cross:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "FLOOR"), "w") as fh:
        fh.write("0.00 0.00\n")
    with open(os.path.join(HERE, ".onevoice.yaml"), "w") as fh:
        fh.write(ONEVOICE)
    write_readme(expected, archive_out, findings, cross, arch, near_misses(arch_claims, dates))
    print("mails=%d docs=%d claims=%d (archive %d) findings=%d cross-office=%d"
          % (len(MAILS), len(DOCS), len(expected), len(archive_out), len(findings), len(cross)))


def near_misses(lines, dates):
    """Pairs that would be cases but for the 45-day window (46-75 days apart)."""
    out = []
    xs = [x for x in lines if x["office"] != "unknown" and x["attribute"] not in SET_ATTRS]
    for i, x in enumerate(xs):
        for y in xs[i + 1:]:
            if (x["product"], x["attribute"]) != (y["product"], y["attribute"]) or x["office"] == y["office"]:
                continue
            gap = abs((dates[x["message_id"]] - dates[y["message_id"]]).days)
            if 45 < gap <= 75 and canon(x["value"]) != canon(y["value"]) and not (x["verdict"] == y["verdict"] == "ok"):
                out.append("%s `%s` %s %s (%s) vs %s %s (%s): %d days" % (
                    x["product"], x["attribute"], x["office"], json.dumps(x["value"]), x["src"][5:9],
                    y["office"], json.dumps(y["value"]), y["src"][5:9], gap))
    return out


def pdf_fragment():
    """A countersigned PDF cut off inside its first compressed stream: bytes, not text."""
    import zlib
    payload = zlib.compress(("BT /F1 10 Tf 72 720 Td (Order Form OF-2026-1411 - countersigned) Tj ET\n" * 40).encode("ascii"), 9)
    head = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
            b"4 0 obj\n<< /Length 2048 /Filter /FlateDecode >>\nstream\n")
    return head + payload[: len(payload) * 2 // 3]


ONEVOICE = """# onevoice configuration for probe97 (SPEC section 6).
rules: ../../../../shared/eval/rules
paths:
  - glob: "docs/us-hq/**"
    office: us-hq
  - glob: "docs/london/**"
    office: london
  - glob: "docs/tokyo/**"
    office: tokyo
  - glob: "docs/osaka/**"
    office: osaka
ignore: ["**/drafts/**", "README.md", "expected.jsonl", "FLOOR", "gen.py"]
"""

JUDGEMENT = """## Judgement calls beyond LABELS.md

1. **Observed figures are no claims.** LABELS.md defines a claim as a product, a cue and a
   value, and lists what states nothing (questions, requirements, retracted values) but does
   not name measurements. This set reads the `sla`, `query_latency` and other attributes as
   what the product *is* or is *committed to*, so a figure that reports what happened in a
   period is not a claim even where a product name and a cue stand beside it: "Measured
   availability for September so far is 99.76%", 「10月1日〜20日の稼働実績は99.80％」,
   「月間稼働率 100％（SLA 99.95％）」 (only 99.95 is a claim), "Availability you saw: Sync
   99.98%, Vault 99.99%", "median 1.4 s, p95 3.8 s", 「（最大45秒）」, restore times, job
   success rates. Where the sentence also states the commitment, the commitment is a claim.
2. **Service-credit tiers are no claims.** "Credits are 10% of the monthly fee below 99.9%
   and 25% below 99.0%", the credit tables in the schedules and 第4条（サービスクレジット）
   state when a credit is owed, not the product's availability; neither the thresholds
   (99.0%, 95.0%) nor the credit percentages are claims. The SLA figure in the clause that
   commits to it ("Monthly Uptime Percentage of at least 99.9%", 「月間稼働率：99.95％以上」) is.
3. **Usage and deal figures are no claims**, as in the dev set: seats in use and licensed,
   storage or protected TB in use, committed capacity, tickets, affected tenants and users,
   line totals and bills, credit amounts (「…50,000円（税抜）の10％にあたる5,000円（税抜）」:
   only the monthly fee is a claim), growth rates ("9 TB a month"), a customer's legal-hold
   policy ("your 400-day legal-hold policy") and a monitoring threshold (「監視閾値を5秒に」).
4. **Contract mechanics are no claims**: notice periods, terms, renewal dates, governing law,
   maintenance windows, credit-request windows, 「満了日の60日前」, 「12か月間」,
   「適用開始日：2026年12月1日」. A schedule's effective date does not place its values in a
   period; documents are judged as of 2026-11-22 (五千名 is stale either way).
5. **Support hours are no claims; a first-response time is `support_response_time`**
   (declared, no value: `unverified`), following the dev set: 「平日9時から18時まで…受付から
   2時間以内に一次回答」 is 2 hours; 「２４時間３６５日受け付けており、３０分以内に一次回答」 is 30
   minutes; "Severity 2 incidents: response within 4 hours on Business Days" is 4 hours. A
   30-minute 「第一報を通知」 has no cue and is none.
6. **A tax note in a line-items caption covers USD and GBP amounts too**: "Line items (prices
   exclude applicable sales tax)" gives `tax: "excluded"` to the three unit prices of 0016
   (verdict ok, the amounts match); "Fees (all amounts exclusive of VAT)" does the same in the
   London order form. USD/GBP amounts with no tax wording keep `tax: null`.
7. **Phrase rules fire on their literal patterns**, whatever the context: 「稼働率 100％」 in a
   measured bullet (ja.absolute), "100% uptime" in a measured-uptime table cell and the
   defined term "Guaranteed Availability" (en.guarantee), "zero-downtime deploys" in an
   engineering action item (en.guarantee). "industry-leading" with an inline
   "(Source: …)" stays silent (0026); without one it fires (the Northwind QBR).
8. **The office is the From address, whatever the language**: 0025 comes from
   `support@meridian-data.com` (us-hq) in Japanese from a Tokyo-based engineer, so its JPY
   prices are `office-variant`.
9. **Hearsay that names no product is no claim**: "A colleague at another firm said the trial
   is only 14 days" (0026, quoted) names no product in its sentence. 「…大阪の営業の方から
   メリディアン シンクは5,000ユーザーが上限と伺っております」 (0018) names it and is the
   customer's claim (office unknown, quoted, stale in July 2026).
10. **両製品共通 in a heading** gives each product the clause's claim (the tokyo SLA別紙 第5条).
11. **A helpdesk thread separated only by `<hr>`** (0013) has no quote marker LABELS.md
    names; its lower comment is the customer's question and holds no claim either way.
12. **Forwarded and attached text keeps its author's office**: 0022's forwarded US engineer
    (us-hq, quoted) and 0028's attached Tokyo mail (tokyo, quoted, judged on the outer date).
    The outer sender's own claims with the same value are separate lines (different
    `quoted`/`office`). The deprecated name appears only in 0028's attachment (quoted).
13. **"2.3(a) backups run at least every 15 minutes"** has no RPO cue and is none; "(b) Recovery
    Point Objective: no greater than 15 minutes" is the claim. "(c) a command-line client for
    Linux servers, for scripted uploads only" is a Linux platform claim (conflict).
14. **Corrections**: (誤)三十日間/(正)九十日間 keeps 90 only; 0024's text part retracts 99.99%
    in words ("an earlier draft … said 99.99% - that was wrong") and its HTML part with `<s>`;
    only 99.95% is a claim.
15. **Cross-office**: as in the dev set and probe96, a pair is a case when two offices state
    different values for one product and (non-set) attribute within 45 days in the archive and
    not both values are `ok`; customers take no part; quoted claims are dated by the quoting
    mail. Cases are computed by `gen.py` from the archive's labels.
"""


def write_readme(expected, archive_out, findings, cross, arch, near):
    rows = []
    for m in MAILS:
        n_claims = sum(1 for x in expected if x["file"] == "mail/%s.eml" % m["n"])
        rows.append("| %s | %s | %s | %s | %s | %d | %s |" % (
            m["n"], m["day"], m["office"], m["lang"], "yes" if m.get("archive") else "", n_claims, m["what"]))
    docs = []
    for dd in DOCS:
        n_claims = sum(1 for x in expected if x["file"] == dd["path"])
        docs.append("- `%s` (%d claims): %s." % (dd["path"], n_claims, dd["what"]))
    verdicts = ["ok", "conflict", "stale", "office-variant", "unverified"]

    def where(x):
        return "archive" if x["file"] == "mail/archive.mbox" else "docs" if x["file"].startswith("docs/") else "mail"
    allc = expected + archive_out
    vt = ["| verdict | mail/*.eml | docs | archive.mbox | total |", "|---|---|---|---|---|"]
    for v in verdicts:
        cnt = {w: sum(1 for x in allc if x["verdict"] == v and where(x) == w) for w in ("mail", "docs", "archive")}
        vt.append("| %s | %d | %d | %d | %d |" % (v, cnt["mail"], cnt["docs"], cnt["archive"], sum(cnt.values())))
    ft = ["| finding | mail/*.eml | docs | archive.mbox | total |", "|---|---|---|---|---|"]
    for k in ("phrase", "terminology", "unreadable"):
        cnt = {w: sum(1 for x in findings if x["kind"] == k and where(x) == w) for w in ("mail", "docs", "archive")}
        ft.append("| %s | %d | %d | %d | %d |" % (k, cnt["mail"], cnt["docs"], cnt["archive"], sum(cnt.values())))
    ft.append("| cross-office | 0 | 0 | %d | %d |" % (len(cross), len(cross)))
    cx = ["- %s `%s`: %s (%s)" % (x["product"], x["attribute"],
                                   ", ".join("%s %s" % (o, json.dumps(x["values"][o], ensure_ascii=False)) for o in x["offices"]),
                                   " ".join(x["message_files"])) for x in cross]
    text = """# probe97 (Meridian Data): support desk, incidents, service reviews, contract schedules

Written blind from `../../../../shared/eval/LABELS.md`, `FACTS.md` and `rules/` only, by `gen.py`
in this folder (deterministic, Python 3.11 standard library; regenerate with `python3 gen.py`;
do not edit the outputs by hand). Emails are judged as of their own Date header for the office of
their From address; **documents are judged as of 2026-11-22** (`--as-of 2026-11-22`) for the
office of their folder.

## What the set stresses

- Support-desk replies (keigo and English), with ticket, case, KB, version and build numbers,
  freephone and direct numbers in signatures, and the agent's product facts (platforms, limits,
  storage, first-response times, file size, API limits, devices).
- Incident notices and post-incident reviews (障害報告書): observed availability, minutes of
  downtime, timestamps, affected tenants/users and service-credit arithmetic beside the real
  contractual SLA, RPO and data-centre facts.
- Quarterly/monthly service reviews (QBR, 定例報告, 月次報告): the customer's own usage figures
  (seats, TB, tickets, job counts, measured uptime and latency) beside stated limits and prices.
- Contract schedules and order forms (`docs/`): defined terms, numbered clauses (2.1, 2.3(b),
  第4条), service-credit tables, fees tables with tax captions, governing law, notice periods.
- Japanese: 全角数字, 漢数字 (一万名, 五千名, 九十日間), 〜 ranges, 以上/以内, 税込/税抜,
  (誤)/(正) corrections, 同製品 anaphora, 「…と伺っております」 hearsay.
- Encodings and structure: ISO-2022-JP (RFC 2047 subjects), Shift_JIS (mail and a document
  without a charset declaration), UTF-8 quoted-printable, base64 and 8bit, US-ASCII,
  format=flowed, multipart/alternative with HTML (one with `<s>`), an HTML-only helpdesk
  notification, a message/rfc822 attachment, a Gmail forward, Outlook header blocks in English
  and Japanese, `On … wrote:` and 「日付 名前 <addr>:」 interleaving, CRLF and LF.
- One unreadable document (a truncated PDF saved as `.txt`).

## Messages

| # | date | from office | lang | archive | claims | what |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + """

## Documents (office from the folder, judged as of 2026-11-22)

""" + "\n".join(docs) + """

## Cross-office cases (archive only; computed from the labelled archive claims)

""" + "\n".join(cx) + """

The archive holds %d messages (%s), in date order (mboxrd). Near misses outside the 45-day
window (no case):

""" % (len(arch), " ".join(m["n"] for m in arch)) + "\n".join("- " + s for s in near) + """

Also no case: the offices' Vault retention and Vault SLA values in the archive agree; 0027's
customer lines (office unknown) take no part; set attributes (certifications, platforms, data
centres) never make a case.

""" + JUDGEMENT + """
## Counts

Claims (%d lines in all):

""" % len(allc) + "\n".join(vt) + """

Findings other than claims:

""" + "\n".join(ft) + """

Messages: %d (%d in the archive). Documents: %d.
""" % (len(MAILS), len(arch), len(DOCS))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
