#!/usr/bin/env python3
"""Generate evaluation set 43 (Meridian Data; emphasis: claims that change over time).

Deterministic, stdlib only. Running it (re)writes, relative to the set folder:
  mail/NNNN.eml, mail/archive.mbox, docs/<office>/..., .onevoice.yaml, expected.jsonl
and then checks itself: every expected `text` is an exact excerpt of the decoded
message/document, every verdict agrees with a small re-implementation of the
claims base (rules/ as of FACTS.md), and the cross-office cases listed equal the
ones computed from the archive's claims.
"""
import base64, datetime as dt, email, json, os, quopri, re, shutil, sys
from email import policy
from email.header import Header
from email.utils import formataddr, format_datetime

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
DOC_AS_OF = "2026-11-22"
TZ = {"+0900": dt.timezone(dt.timedelta(hours=9)), "+0100": dt.timezone(dt.timedelta(hours=1)),
      "+0000": dt.timezone.utc, "-0700": dt.timezone(dt.timedelta(hours=-7)),
      "-0800": dt.timezone(dt.timedelta(hours=-8))}


def M(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def D(amount, unit):
    return {"amount": amount, "unit": unit}


TB = 10 ** 12


def C(product, attribute, value, verdict, text, quoted=False, office=None, as_of=None):
    return dict(product=product, attribute=attribute, value=value, verdict=verdict, text=text,
                quoted=quoted, office=office, as_of=as_of)


def F(kind, text, rule=None, product=None, quoted=False):
    return dict(kind=kind, rule=rule, product=product, quoted=quoted, text=text)


# ====================================================================== people
P = {
    "sasaki": ("佐々木 健太", "kenta.sasaki@jp.meridian-data.com"),
    "mori": ("森 美咲", "misaki.mori@jp.meridian-data.com"),
    "cs_tokyo": ("メリディアンデータ 東京オフィス カスタマーサクセス", "cs-tokyo@jp.meridian-data.com"),
    "yamaguchi": ("山口 隆", "takashi.yamaguchi@osaka.jp.meridian-data.com"),
    "nakamura": ("中村 彩", "aya.nakamura@osaka.jp.meridian-data.com"),
    "oliver": ("Oliver Hart", "oliver.hart@uk.meridian-data.com"),
    "priya": ("Priya Raman", "priya.raman@uk.meridian-data.com"),
    "dana": ("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    "marcus": ("Marcus Lee", "marcus.lee@meridian-data.com"),
    "sato": ("佐藤 由紀", "y.sato@hokuto-seiki.co.jp"),
    "tanaka": ("田中 聡", "s.tanaka@kansai-logi.co.jp"),
    "kobayashi": ("小林 直子", "n-kobayashi@keihan-med.or.jp"),
    "ishida": ("石田 啓介", "k.ishida@nextlink-sol.co.jp"),
    "rachel": ("Rachel Burns", "rburns@tidewater-health.com"),
    "tom": ("Tom Reyes", "treyes@tidewater-health.com"),
    "james": ("James Cole", "james.cole@fenwick-partners.co.uk"),
    "clara": ("Clara Nolan", "clara.nolan@harbourside-arch.co.uk"),
    "evan": ("Evan Price", "evan.price@northgate-logistics.com"),
    "megan": ("Megan Ortiz", "megan.ortiz@brightline-jp.com"),
    "laura": ("Laura Kim", "laura.kim@pinecrestdental.com"),
}
OFFICE_OF = lambda addr: ("osaka" if addr.endswith("@osaka.jp.meridian-data.com") else
                          "tokyo" if addr.endswith("@jp.meridian-data.com") else
                          "london" if addr.endswith("@uk.meridian-data.com") else
                          "us-hq" if addr.endswith("@meridian-data.com") else "unknown")

# ====================================================================== signatures
SIG_SASAKI = """--
佐々木 健太 / Kenta Sasaki
メリディアンデータ株式会社 東京オフィス 営業部
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング18F
TEL: 03-6555-0142 / 携帯: 090-4412-7785
kenta.sasaki@jp.meridian-data.com"""
SIG_MORI = """――――――――――――――――――――
森 美咲（Misaki Mori）
メリディアンデータ株式会社 東京オフィス パートナー営業部
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング18F
TEL: 03-6555-0150
――――――――――――――――――――"""
SIG_YAMAGUCHI = """━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社 大阪オフィス
営業部 山口 隆（Takashi Yamaguchi）
〒530-0001 大阪府大阪市北区梅田3-1-3 ノースゲートビル21F
TEL 06-6345-0278 / FAX 06-6345-0279
━━━━━━━━━━━━━━━━━━━━"""
SIG_NAKAMURA = """中村 彩（Aya Nakamura）
メリディアンデータ株式会社 大阪オフィス 営業部
〒530-0001 大阪府大阪市北区梅田3-1-3 ノースゲートビル21F
TEL 06-6345-0281"""
SIG_OLIVER = """Oliver Hart
Account Executive, UK & Ireland
Meridian Data Ltd | 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0321 | M +44 7700 900123"""
SIG_PRIYA = """-- 
Priya Raman
Inside Sales, Meridian Data Ltd
30 Finsbury Square, London EC2A 1AG
+44 20 7946 0388"""
SIG_MARCUS = """--
Marcus Lee | Senior Solutions Engineer
Meridian Data, Inc. | 455 Market Street, Suite 1200, San Francisco, CA 94105
+1 (415) 555-0187"""
SIG_DANA = """Dana Whitfield | Account Executive
Meridian Data, Inc. · 455 Market Street, Suite 1200 · San Francisco, CA 94105
o: +1 415 555 0143 · m: +1 628 555 0199"""


def quote(text):
    return "\n".join(">" if not l else "> " + l for l in text.split("\n"))


# ====================================================================== message bodies
B02 = """Hi Rachel,

Thanks for the time on Thursday. Here's a quick recap of what we covered on Meridian Vault.

- Recovery point: Meridian Vault delivers an RPO of 15 minutes for protected workloads.
- Retention: Vault keeps backups for 90 days by default, and longer policies can be set per workload.
- Pricing: Meridian Vault is $20 per TB per month, billed on the average protected volume.
- Hosting: for US customers we run Vault out of our Oregon data center, with Frankfurt available for your EU entity.

Your current footprint is roughly 64 TB across the two hospitals, which leaves plenty of headroom.

Honestly, our restore tooling is industry-leading, and I'd love to show you a live recovery rather than slides. Would Tuesday, December 16 at 10am PT work?

Best,
Marcus

""" + SIG_MARCUS + """

On Thu, Dec 4, 2025 at 2:11 PM Rachel Burns <rburns@tidewater-health.com> wrote:
""" + quote("""Hi Marcus,

Thanks for the overview. Two requirements from our side: we need to keep at least 30 days of backups for compliance, and we need our EHR file shares back online within 4 hours of an incident.
Can Meridian Vault restore a whole file server in under an hour?

Rachel""")

B05 = """メリディアンデータ株式会社
佐々木様

北斗精機の佐藤です。いつもお世話になっております。
社内で検討を進めておりますが、何点か確認させてください。

1. メリディアン シンクは1万ユーザー規模の利用にも対応可能でしょうか。
　グループ会社を含めた要件としては、将来的に8,000名以上を想定しております。

2. 代理店のネクストリンク様からは、メリディアン シンクはオフライン環境でも編集できると伺っております。
　この理解で正しいでしょうか。

3. 来年度以降、月額料金が改定される予定はありますか。

3月上旬に稟議を上げる予定ですので、2月末までにご回答いただけますと幸いです。
よろしくお願いいたします。

--------------------------------------------------
北斗精機株式会社 情報システム部
佐藤 由紀（Yuki Sato）
〒960-8031 福島県福島市栄町5-12
TEL 024-521-7730（内線214）
--------------------------------------------------"""

B10 = """メリディアン シンクをご利用のお客様各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
メリディアンデータ株式会社 東京オフィスでございます。

本日2026年4月1日より、メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。
なお、同製品の上限は2026年3月31日まで最大5,000ユーザーでした。
同製品の月額料金（50,000円・税抜）に変更はございません。

■ 旧クライアントのサポート終了について
旧名称「メリディアン ファイルシンク」時代のデスクトップクライアント（バージョン2.x）は、2026年9月30日をもってサポートを終了いたします。
お早めに最新版（バージョン3.2）への更新をお願いいたします。

ご不明な点がございましたら、担当営業までお問い合わせください。

――――――――――――――――――――
メリディアンデータ株式会社 東京オフィス カスタマーサクセス部
TEL 03-6555-0100（平日9:00〜18:00）
――――――――――――――――――――"""

B15 = """Hi James,

As discussed on Tuesday, a short outline for Meridian Vault:

• Meridian Vault keeps backups for 30 days by default, and longer retention can be configured per policy.
• Vault is £16 per TB per month.
• Vault keeps UK customers’ backups in our Frankfurt data centre; there is no London site.
• Meridian Vault’s RPO is 15 minutes.

I’ve copied Marcus from our San Francisco team, who will cover the Boston office.

Best,
Oliver

""" + SIG_OLIVER

B21 = """メリディアンデータ株式会社
東京オフィス パートナー営業部 森様

いつもお世話になっております。ネクストリンクの石田です。

お客様からは、メリディアン インサイトの正式リリースが2027年1月に変更になったと伺っております。
弊社の提案書には2026年10月と記載しておりますので、修正が必要でしょうか。
あわせて、ダッシュボード数の上限やクエリの応答速度についても教えていただけますと幸いです。

よろしくお願いいたします。

****************************************
株式会社ネクストリンク ソリューション営業部
石田 啓介
〒541-0041 大阪府大阪市中央区北浜2-6-18
TEL 06-6202-3345
****************************************"""

# Each message: n, date, tz, frm, to, cc, subject, client, charset, cte, html, body, claims, findings, mbox
MSGS = []


def msg(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("html", False)
    kw.setdefault("reply_to_mid", None)
    kw.setdefault("claims", [])
    kw.setdefault("findings", [])
    MSGS.append(kw)


# ---------------------------------------------------------------- 0001 tokyo, 2025-11
msg(n=1, date="2025-11-18 10:42:07", tz="+0900", frm="sasaki", to=["sato"], client="thunderbird",
    charset="utf-8", cte="8bit", mbox=False,
    mid="5c1e7a0b-3f2d-4b8e-9a61-0d2f7c4e9b13@jp.meridian-data.com",
    subject="メリディアン シンク ご提案内容のご確認（北斗精機様）",
    body="""北斗精機株式会社
情報システム部 佐藤様

いつもお世話になっております。
メリディアンデータ東京オフィスの佐々木です。

先日11月13日（木）はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご質問いただいた点について、以下のとおり回答いたします。

■ 利用規模
メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
貴社の導入計画（初年度420名、3年後に約900名）にも余裕をもって対応できます。

■ 料金
同製品の月額料金は50,000円（税抜）です。
年間契約の場合、初年度に限り10%のお値引きをご提案可能です（本件限りの条件となります）。

■ 対応端末
メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。

■ 稼働率
本製品のSLAは月間稼働率99.9%です。

次回は12月3日（水）15時より、情報システム部の皆様向けにデモを実施させていただく予定です。
引き続きどうぞよろしくお願いいたします。

""" + SIG_SASAKI,
    claims=[
        C(S, "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
        C(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）です。"),
    ] + [C(S, "supported_platforms", p, "ok", "メリディアン シンクはWindows、Mac、iPhone、Androidに対応しております。")
         for p in ("Windows", "macOS", "iOS", "Android")] + [
        C(S, "sla", 99.9, "ok", "本製品のSLAは月間稼働率99.9%です。"),
    ])

# ---------------------------------------------------------------- 0002 us-hq, 2025-12 (Vault recap)
msg(n=2, date="2025-12-09 09:15:44", tz="-0800", frm="marcus", to=["rachel"], client="gmail",
    charset="utf-8", cte="7bit", html=True, mbox=False,
    mid="CAH7pQx3r0vB2kTq9wYfZ1mNn4e8sJd5LkP0aUu2Ge3Rt6yXh_Q@mail.gmail.com",
    reply_to_mid="CAF3kR9y8nQ1x+Zp7TqWm2Lb5vD0eHc4oJi6sYg1Ua9Nf7rKt3w@mail.gmail.com",
    subject="Re: Backup options for Tidewater", body=B02,
    claims=[
        C(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault delivers an RPO of 15 minutes for protected workloads."),
        C(V, "retention", D(90, "days"), "ok", "Vault keeps backups for 90 days by default"),
        C(V, "price_per_tb", M(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month"),
        C(V, "data_centers", "Oregon", "ok", "we run Vault out of our Oregon data center, with Frankfurt available for your EU entity."),
        C(V, "data_centers", "Frankfurt", "ok", "we run Vault out of our Oregon data center, with Frankfurt available for your EU entity."),
    ],
    findings=[F("phrase", "our restore tooling is industry-leading", rule="en.superlative")])

# ---------------------------------------------------------------- 0003 london, 2026-01 (before the change)
msg(n=3, date="2026-01-14 11:05:31", tz="+0000", frm="oliver", to=["james"], client="exchange",
    charset="utf-8", cte="quoted-printable", html=True, mbox=True,
    mid="LO2P265MB4412A7C0E1D3B9F2C6A5E8D1B7A90@LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM",
    subject="Meridian Sync – pricing and what changes in April",
    body="""Hi James,

Following our call this morning, here are the numbers for the Fenwick rollout.

Meridian Sync is £329 per month plus VAT for the firm’s workspace, billed annually.
Today a single Meridian Sync tenant supports up to 5,000 users. That comfortably covers your 260 fee-earners and support staff.
From 1 April 2026 the Meridian Sync limit rises to 10,000 users per tenant, with no change in price.
Every Meridian Sync user gets 1 TB of storage.

As for Meridian Insight, it is in beta at the moment and general availability is planned for January 2027. The new mobile offline viewer is coming in Q3.

The order form follows in a separate email. The 12% multi-year discount applies to this deal only and is valid until 27 February.

Kind regards,
Oliver

""" + SIG_OLIVER + """

Meridian Data Ltd is registered in England and Wales, company no. 09876543. VAT reg. GB 318 4471 26.""",
    claims=[
        C(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month plus VAT"),
        C(S, "max_users", 5000, "ok", "Today a single Meridian Sync tenant supports up to 5,000 users."),
        C(S, "max_users", 10000, "ok", "From 1 April 2026 the Meridian Sync limit rises to 10,000 users per tenant", as_of="2026-04-01"),
        C(S, "storage_per_user", TB, "ok", "Every Meridian Sync user gets 1 TB of storage."),
        C(I, "general_availability", "2027-01", "ok", "As for Meridian Insight, it is in beta at the moment and general availability is planned for January 2027."),
    ])

# ---------------------------------------------------------------- 0004 osaka, 2026-02
msg(n=4, date="2026-02-05 14:30:12", tz="+0900", frm="yamaguchi", to=["tanaka"], client="outlook-ja",
    charset="iso-2022-jp", cte="7bit", html=True, mbox=True,
    mid="000c01dc9648$2b7e41a0$827ac4e0$@osaka.jp.meridian-data.com",
    subject="【メリディアンデータ】メリディアン・シンクのお見積りについて",
    body="""関西ロジスティクス株式会社
総務部 田中様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの山口でございます。

お問い合わせいただきましたメリディアン・シンクについて、ご回答いたします。

・メリディアン・シンクは最大5,000ユーザーまでご利用いただけます。
・同製品の月額料金は55,000円（税込）でございます。
・本製品のストレージ容量は1ユーザーあたり1TBです。
・メリディアン・シンクは2026年4月以降、最大1万ユーザーまで拡張される予定です。

倉庫スタッフ様（約180名）のアカウントは、3月中旬までに発行いたします。
バックアップについては、別途メリディアン・ボールトのご案内をお送りいたします。

何卒よろしくお願い申し上げます。

""" + SIG_YAMAGUCHI,
    claims=[
        C(S, "max_users", 5000, "ok", "メリディアン・シンクは最大5,000ユーザーまでご利用いただけます。"),
        C(S, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "同製品の月額料金は55,000円（税込）でございます。"),
        C(S, "storage_per_user", TB, "ok", "本製品のストレージ容量は1ユーザーあたり1TBです。"),
        C(S, "max_users", 10000, "ok", "メリディアン・シンクは2026年4月以降、最大1万ユーザーまで拡張される予定です。", as_of="2026-04-01"),
    ])

# ---------------------------------------------------------------- 0005 customer, 2026-02
msg(n=5, date="2026-02-20 10:12:04", tz="+0900", frm="sato", to=["sasaki"], client="becky",
    charset="iso-2022-jp", cte="7bit", mbox=False,
    mid="20260220101204.7C4E.4E4B9A21@hokuto-seiki.co.jp",
    subject="メリディアン シンク導入に関する確認事項", body=B05,
    claims=[C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフライン環境でも編集できると伺っております。")])

# ---------------------------------------------------------------- 0006 tokyo reply, 2026-03 (old + new limit)
msg(n=6, date="2026-03-02 16:48:55", tz="+0900", frm="sasaki", to=["sato"], client="gmail",
    charset="utf-8", cte="base64", html=True, mbox=True,
    mid="CAJ8wLm2vQ5tRzX0nB7cY4kP9sHd3eFq1gUi6oT2aNxE5rWj8Mg@mail.gmail.com",
    reply_to_mid="20260220101204.7C4E.4E4B9A21@hokuto-seiki.co.jp",
    subject="Re: メリディアン シンク導入に関する確認事項",
    body="""佐藤様

いつもお世話になっております。メリディアンデータの佐々木です。
ご回答が遅くなり、大変失礼いたしました。

1. ユーザー数について
現在、メリディアン シンクは最大5,000ユーザーまでのご提供ですが、2026年4月1日以降は最大1万ユーザーまでご利用いただけるようになります。
グループ全体でのご利用にも十分対応できる見込みです。

2. オフライン環境について
申し訳ございませんが、メリディアン シンクはオフライン環境での編集には対応しておりません。
代理店様にも正しい情報を改めて共有いたします。

3. 料金について
同製品の月額料金は50,000円（税抜）で、4月以降も改定の予定はございません。

ほかにご不明点がございましたら、お気軽にお知らせください。

""" + SIG_SASAKI + """

2026年2月20日(金) 10:12 佐藤 由紀 <y.sato@hokuto-seiki.co.jp>:
""" + quote(B05),
    claims=[
        C(S, "max_users", 5000, "ok", "現在、メリディアン シンクは最大5,000ユーザーまでのご提供ですが、2026年4月1日以降は最大1万ユーザーまでご利用いただけるようになります。"),
        C(S, "max_users", 10000, "ok", "現在、メリディアン シンクは最大5,000ユーザーまでのご提供ですが、2026年4月1日以降は最大1万ユーザーまでご利用いただけるようになります。", as_of="2026-04-01"),
        C(S, "offline_mode", False, "ok", "メリディアン シンクはオフライン環境での編集には対応しておりません。"),
        C(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）で、4月以降も改定の予定はございません。"),
        C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフライン環境でも編集できると伺っております。", quoted=True, office="unknown"),
    ])

# ---------------------------------------------------------------- 0007 us-hq, 2026-03 (Insight roadmap)
msg(n=7, date="2026-03-18 08:30:19", tz="-0700", frm="dana", to=["rachel"], client="apple",
    charset="utf-8", cte="quoted-printable", html=True, mbox=True,
    mid="8F3B2A1C-6D4E-4F7A-9B0C-2E5D7A1F3C84@meridian-data.com",
    subject="Meridian Insight beta + Vault SLA",
    body="""Hi Rachel,

Great to hear the Vault pilot is going smoothly at St. Agnes. As promised, two things:

1) Meridian Vault is backed by a 99.95% availability SLA. The full SLA schedule is attached.

2) On analytics: Meridian Insight is currently in beta and will be generally available in January 2027.
During the beta, Insight queries return within 2 seconds on workspaces of around 100M rows.
At GA, Meridian Insight will be $30 per user per month, and it supports up to 200 dashboards per workspace.
There’s a 30-day free trial once it launches.
Beta participants won’t lose their work at GA.

Would Tuesday the 24th work for a 30-minute walkthrough with your analytics lead?

Dana

""" + SIG_DANA.replace("Account Executive", "Account Executive, Healthcare"),
    claims=[
        C(V, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA."),
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight is currently in beta and will be generally available in January 2027."),
        C(I, "query_latency", D(2, "seconds"), "ok", "During the beta, Insight queries return within 2 seconds on workspaces of around 100M rows."),
        C(I, "per_user_price", M(30, "USD", "user-month"), "ok", "At GA, Meridian Insight will be $30 per user per month"),
        C(I, "max_dashboards", 200, "ok", "it supports up to 200 dashboards per workspace."),
        C(I, "free_trial", D(30, "days"), "ok", "There’s a 30-day free trial once it launches"),
    ])

# ---------------------------------------------------------------- 0008 tokyo to partner, 2026-03 (wrong GA)
msg(n=8, date="2026-03-25 11:20:40", tz="+0900", frm="mori", to=["ishida"], client="outlook-ja",
    charset="iso-2022-jp", cte="7bit", html=True, mbox=True,
    mid="001a01dcbc1e$5f3d8e20$1db8aa60$@jp.meridian-data.com",
    subject="メリディアン インサイトの提供開始時期について",
    body="""株式会社ネクストリンク
ソリューション営業部 石田様

いつもお世話になっております。
メリディアンデータ東京オフィス パートナー営業部の森です。

先日お問い合わせいただいたメリディアン インサイトの件、社内で確認いたしましたのでご連絡いたします。

メリディアン インサイトは2026年10月に正式リリースの予定です。
同製品の料金は1ユーザーあたり月額4,000円（税抜）を予定しております。
正式版では、同製品の無料トライアル期間を30日間ご用意する予定です。

なお、ベータ版は4月20日（月）より貴社向けに開放いたします。
新しいダッシュボード共有機能は今秋リリース予定です。

また、メリディアン シンクはオフライン環境ではご利用いただけませんので、代理店様向け資料の該当箇所の修正をお願いいたします。

引き続きよろしくお願いいたします。

""" + SIG_MORI,
    claims=[
        C(I, "general_availability", "2026-10", "conflict", "メリディアン インサイトは2026年10月に正式リリースの予定です。"),
        C(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "同製品の料金は1ユーザーあたり月額4,000円（税抜）を予定しております。"),
        C(I, "free_trial", D(30, "days"), "ok", "正式版では、同製品の無料トライアル期間を30日間ご用意する予定です。"),
        C(S, "offline_mode", False, "ok", "メリディアン シンクはオフライン環境ではご利用いただけませんので"),
    ])

# ---------------------------------------------------------------- 0009 london, last day of the old limit
msg(n=9, date="2026-03-31 14:20:03", tz="+0100", frm="priya", to=["clara"], client="thunderbird",
    charset="utf-8", cte="8bit", mbox=True,
    mid="b7d4e2a1-93c0-4f5e-8a2b-6c1d0e9f7a35@uk.meridian-data.com",
    reply_to_mid="DB9PR02MB7263E0C4A1B9F2D5@DB9PR02MB7263.eurprd02.prod.outlook.com",
    subject="Re: Meridian Sync for Harbourside",
    body="""Hi Clara,

Yes, as things stand today Meridian Sync supports up to 5,000 users per organisation.
Your 85 staff and the contractor accounts are well within that.
Sync runs on Windows and macOS, and the iOS app is what your site team will want.
Meridian Sync is £329 per month excluding VAT.

I'll send the order form over tomorrow morning.

Cheers,
Priya

""" + SIG_PRIYA + """

On 30/03/2026 16:02, Clara Nolan wrote:
""" + quote("""Hi Priya,

Quick one before our board meets on 2 April: how many users can we put on Meridian Sync, and does it work on our Macs?

Thanks,
Clara"""),
    claims=[
        C(S, "max_users", 5000, "ok", "Yes, as things stand today Meridian Sync supports up to 5,000 users per organisation."),
    ] + [C(S, "supported_platforms", p, "ok", "Sync runs on Windows and macOS, and the iOS app is what your site team will want.")
         for p in ("Windows", "macOS", "iOS")] + [
        C(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month excluding VAT."),
    ])

# ---------------------------------------------------------------- 0010 tokyo announcement on the change day
msg(n=10, date="2026-04-01 09:30:00", tz="+0900", frm="cs_tokyo", to=None, client="notice",
    charset="utf-8", cte="base64", html=True, mbox=True,
    mid="20260401003000.4f2a9c1e7b@notice.jp.meridian-data.com",
    subject="【重要】メリディアン シンク 最大ユーザー数拡張のお知らせ", body=B10,
    claims=[
        C(S, "max_users", 10000, "ok", "本日2026年4月1日より、メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。"),
        C(S, "max_users", 5000, "ok", "なお、同製品の上限は2026年3月31日まで最大5,000ユーザーでした。", as_of="2026-03-31"),
        C(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金（50,000円・税抜）に変更はございません。"),
    ],
    findings=[F("terminology", "メリディアン ファイルシンク", product=S)])

# ---------------------------------------------------------------- 0011 us-hq, a week after the change
msg(n=11, date="2026-04-07 13:05:27", tz="-0700", frm="dana", to=["evan"], client="gmail",
    charset="utf-8", cte="quoted-printable", html=True, mbox=True,
    mid="CAN4xYz7Qp2Lm8Rt5Vw1Kb0Hj3Sd6Fg9Ac4Ze7Ui2Oy5Tn8Mq_w@mail.gmail.com",
    reply_to_mid="CAB9uTq4Wn7Xe2Rk5Ly8Pd1Mz4Gh7Jc0Vb3Sf6Ai9Qo2Et5Nu@mail.gmail.com",
    subject="Re: Sizing after the Carver merger",
    body="""Hi Evan,

Good news on the sizing question: as of April 1, Meridian Sync supports up to 10,000 users per organization, so the merged company fits in a single tenant.
Meridian Sync's list price stays at $399 per month for the workspace.
The 3-year term we discussed brings your effective rate down 18%; that part is specific to your deal.

We can start with a risk-free pilot for your dispatch team in May, then roll out to the depots over the summer.
Sync also keeps unlimited version history for every file, which should settle the audit-trail question.

If anyone is still on the old desktop client, the migration guide is here: https://docs.meridian-data.com/MeridianFileSync/migrate-to-3x

Best,
Dana

--
""" + SIG_DANA + """

On Mon, Apr 6, 2026 at 4:51 PM Evan Price <evan.price@northgate-logistics.com> wrote:
""" + quote("""Dana,

We close the Carver Freight merger in June, which takes us to about 3,400 employees.
Will that still fit on one Meridian Sync tenant, and has pricing changed?

Evan"""),
    claims=[
        C(S, "max_users", 10000, "ok", "as of April 1, Meridian Sync supports up to 10,000 users per organization"),
        C(S, "monthly_price", M(399, "USD", "month"), "ok", "Meridian Sync's list price stays at $399 per month for the workspace."),
    ],
    findings=[F("phrase", "a risk-free pilot", rule="en.guarantee"),
              F("phrase", "Sync also keeps unlimited version history", rule="en.unlimited")])

# ---------------------------------------------------------------- 0012 us-hq forwards the December recap
msg(n=12, date="2026-04-15 10:02:51", tz="-0700", frm="marcus", to=["tom"], cc=["rachel"], client="gmail",
    charset="utf-8", cte="quoted-printable", html=True, mbox=False,
    mid="CAH7pQx0sN5mYd2Wk8Vb3Rc6Lf1Tj9Ge4Ha7Zu0Ei5Qo2Xp8Ks@mail.gmail.com",
    subject="Fwd: Re: Backup options for Tidewater",
    body="""Hi Tom,

Rachel asked me to loop you in before your security review. Forwarding the recap I sent her in December; the figures below are all still current.
Meridian Vault is also available in our Tokyo and Osaka data centers if your Kyoto research unit needs local copies.

Happy to walk through the encryption details on a call.

Marcus

---------- Forwarded message ---------
From: Marcus Lee <marcus.lee@meridian-data.com>
Date: Tue, Dec 9, 2025 at 9:15 AM
Subject: Re: Backup options for Tidewater
To: Rachel Burns <rburns@tidewater-health.com>


""" + B02,
    claims=[
        C(V, "data_centers", "Tokyo", "ok", "Meridian Vault is also available in our Tokyo and Osaka data centers"),
        C(V, "data_centers", "Osaka", "ok", "Meridian Vault is also available in our Tokyo and Osaka data centers"),
        C(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault delivers an RPO of 15 minutes for protected workloads.", quoted=True),
        C(V, "retention", D(90, "days"), "ok", "Vault keeps backups for 90 days by default", quoted=True),
        C(V, "price_per_tb", M(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month", quoted=True),
        C(V, "data_centers", "Oregon", "ok", "we run Vault out of our Oregon data center, with Frankfurt available for your EU entity.", quoted=True),
        C(V, "data_centers", "Frankfurt", "ok", "we run Vault out of our Oregon data center, with Frankfurt available for your EU entity.", quoted=True),
    ],
    findings=[F("phrase", "our restore tooling is industry-leading", rule="en.superlative", quoted=True)])

# ---------------------------------------------------------------- 0013 tokyo order confirmation, 2026-05
msg(n=13, date="2026-05-13 10:00:36", tz="+0900", frm="sasaki", to=["sato"], client="thunderbird",
    charset="iso-2022-jp", cte="7bit", mbox=True,
    mid="0e6b9c21-7d3a-4f58-b1e4-8a2c5f0d9e67@jp.meridian-data.com",
    subject="ご発注の御礼（メリディアン シンク）",
    body="""北斗精機株式会社
情報システム部 佐藤様

いつもお世話になっております。メリディアンデータの佐々木です。
この度はメリディアン シンクをご発注いただき、誠にありがとうございました。

■ ご契約内容
・ご契約数：620ユーザー
・ご利用開始日：2026年6月1日
・契約期間：12か月（自動更新）

同製品は現在、1テナントあたり最大1万ユーザーまで対応しておりますので、今後グループ各社へ展開される際も同一テナントでご利用いただけます。
同製品の月額料金は50,000円（税抜）です。請求書は毎月末日締めで発行いたします。

キックオフは5月27日（水）14時から、貴社会議室にてお願いできればと存じます。

""" + SIG_SASAKI,
    claims=[
        C(S, "max_users", 10000, "ok", "同製品は現在、1テナントあたり最大1万ユーザーまで対応しておりますので"),
        C(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）です。"),
    ])

# ---------------------------------------------------------------- 0014 osaka still on the old figure
msg(n=14, date="2026-05-26 15:40:22", tz="+0900", frm="nakamura", to=["kobayashi"], client="apple",
    charset="utf-8", cte="quoted-printable", mbox=True,
    mid="A1E9C3F7-2B6D-4C8A-9E05-7D3F1B4A6C92@osaka.jp.meridian-data.com",
    subject="メリディアン・シンク ご提案内容の送付",
    body="""京阪メディカルセンター
情報管理課 小林様

お世話になっております。
メリディアンデータ大阪オフィスの中村でございます。
本日はお忙しいところお時間をいただき、誠にありがとうございました。

ご説明した内容を改めてお送りいたします。

・メリディアン・シンクは最大5,000ユーザーまでご利用いただけます。
・同製品のSLAは99.9%です。
・同製品はISO 27001認証を取得しております。

メリディアン・シンクは業界トップクラスの使いやすさとご好評をいただいております。
貴院の職員数（約1,200名）でも問題なくご利用いただけます。

次回のお打ち合わせは6月9日（火）を予定しております。
どうぞよろしくお願いいたします。

""" + SIG_NAKAMURA,
    claims=[
        C(S, "max_users", 5000, "stale", "メリディアン・シンクは最大5,000ユーザーまでご利用いただけます。"),
        C(S, "sla", 99.9, "ok", "同製品のSLAは99.9%です。"),
        C(S, "certifications", "ISO 27001", "ok", "同製品はISO 27001認証を取得しております。"),
    ],
    findings=[F("phrase", "業界トップクラスの使いやすさ", rule="ja.superlative-no1")])

# ---------------------------------------------------------------- 0015 london Vault outline (wrong retention)
msg(n=15, date="2026-05-28 09:50:14", tz="+0100", frm="oliver", to=["james"], cc=["marcus"], client="exchange",
    charset="utf-8", cte="quoted-printable", html=True, mbox=True,
    mid="LO2P265MB4412D9E6A2F1C0B7835E4A9D1C62B@LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM",
    subject="Meridian Vault for Fenwick – outline", body=B15,
    claims=[
        C(V, "retention", D(30, "days"), "conflict", "Meridian Vault keeps backups for 30 days by default"),
        C(V, "price_per_tb", M(16, "GBP", "TB-month"), "ok", "Vault is £16 per TB per month."),
        C(V, "data_centers", "Frankfurt", "ok", "Vault keeps UK customers’ backups in our Frankfurt data centre; there is no London site."),
        C(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault’s RPO is 15 minutes."),
    ])

# ---------------------------------------------------------------- 0016 us-hq corrects london, quoting it
msg(n=16, date="2026-06-02 08:12:45", tz="-0700", frm="marcus", to=["james"], cc=["oliver"], client="outlook",
    charset="utf-8", cte="quoted-printable", html=True, mbox=True,
    mid="00b201dcf29a$4e1c7a30$ea546e90$@meridian-data.com",
    reply_to_mid="LO2P265MB4412D9E6A2F1C0B7835E4A9D1C62B@LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM",
    subject="RE: Meridian Vault for Fenwick – outline",
    body="""Hi James,

One correction to Oliver’s note below: Meridian Vault retains backups for 90 days by default, not 30.
For the Boston office, Meridian Vault would protect the file servers from our Oregon data center at $20 per TB per month.
Everything else in Oliver’s summary stands.

Thanks,
Marcus

""" + SIG_MARCUS.replace("--\n", "") + """

________________________________
From: Oliver Hart <oliver.hart@uk.meridian-data.com>
Sent: Thursday, May 28, 2026 1:50 AM
To: James Cole <james.cole@fenwick-partners.co.uk>
Cc: Marcus Lee <marcus.lee@meridian-data.com>
Subject: Meridian Vault for Fenwick – outline

""" + B15,
    claims=[
        C(V, "retention", D(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default, not 30."),
        C(V, "data_centers", "Oregon", "ok", "For the Boston office, Meridian Vault would protect the file servers from our Oregon data center at $20 per TB per month."),
        C(V, "price_per_tb", M(20, "USD", "TB-month"), "ok", "For the Boston office, Meridian Vault would protect the file servers from our Oregon data center at $20 per TB per month."),
        C(V, "retention", D(30, "days"), "conflict", "Meridian Vault keeps backups for 30 days by default", quoted=True, office="london"),
        C(V, "price_per_tb", M(16, "GBP", "TB-month"), "ok", "Vault is £16 per TB per month.", quoted=True, office="london"),
        C(V, "data_centers", "Frankfurt", "ok", "Vault keeps UK customers’ backups in our Frankfurt data centre; there is no London site.", quoted=True, office="london"),
        C(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault’s RPO is 15 minutes.", quoted=True, office="london"),
    ])

# ---------------------------------------------------------------- 0017 osaka corrects itself, forwards the April notice
msg(n=17, date="2026-07-21 11:15:08", tz="+0900", frm="nakamura", to=["kobayashi"], client="thunderbird",
    charset="utf-8", cte="base64", mbox=True,
    mid="e3f1c9a7-5b2d-4e80-b6a4-9d0c7f2e1a58@osaka.jp.meridian-data.com",
    subject="【訂正】メリディアン・シンク ご提案内容について",
    body="""京阪メディカルセンター
情報管理課 小林様

お世話になっております。メリディアンデータ大阪オフィスの中村でございます。

5月26日にお送りしたご案内に誤りがございましたので、訂正させていただきます。

メリディアン・シンクの最大ユーザー数　（誤）5,000ユーザー　（正）1万ユーザー

ご参考までに、東京オフィスから4月1日にご契約者様へお送りしたお知らせを以下に転送いたします。
ご迷惑をおかけし、大変申し訳ございませんでした。

""" + SIG_NAKAMURA + """

-------- 転送メッセージ --------
件名: 	【重要】メリディアン シンク 最大ユーザー数拡張のお知らせ
日付: 	Wed, 1 Apr 2026 09:30:00 +0900
送信者: 	メリディアンデータ 東京オフィス カスタマーサクセス <cs-tokyo@jp.meridian-data.com>
宛先: 	undisclosed-recipients:;

""" + B10,
    claims=[
        C(S, "max_users", 10000, "ok", "メリディアン・シンクの最大ユーザー数　（誤）5,000ユーザー　（正）1万ユーザー"),
        C(S, "max_users", 10000, "ok", "本日2026年4月1日より、メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。", quoted=True, office="tokyo"),
        C(S, "max_users", 5000, "ok", "なお、同製品の上限は2026年3月31日まで最大5,000ユーザーでした。", quoted=True, office="tokyo", as_of="2026-03-31"),
        C(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金（50,000円・税抜）に変更はございません。", quoted=True, office="tokyo"),
    ],
    findings=[F("terminology", "メリディアン ファイルシンク", product=S, quoted=True)])

# ---------------------------------------------------------------- 0018 london, August
msg(n=18, date="2026-08-19 16:05:50", tz="+0100", frm="priya", to=["clara"], client="thunderbird",
    charset="utf-8", cte="8bit", mbox=True,
    mid="4c8e1a3f-6b2d-4d9a-a7e5-1f0c3b8d2e96@uk.meridian-data.com",
    subject="Harbourside – Bristol studio and Insight",
    body="""Hi Clara,

Congratulations on the Bristol studio. A few answers to your questions from last week:

Meridian Sync now supports up to 10,000 users per organisation, so the new studio can simply join your existing tenant.
Meridian Sync is ISO 27001 certified and also holds ISO 27017.
From January 2027, when Meridian Insight becomes generally available, it will be £25 per user per month.
Meridian Insight answers most queries in under a second, even on large project archives.

The beta is open now if your team wants an early look.

Best wishes,
Priya

""" + SIG_PRIYA,
    claims=[
        C(S, "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per organisation"),
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and also holds ISO 27017."),
        C(S, "certifications", "ISO 27017", "conflict", "Meridian Sync is ISO 27001 certified and also holds ISO 27017."),
        C(I, "general_availability", "2027-01", "ok", "From January 2027, when Meridian Insight becomes generally available, it will be £25 per user per month."),
        C(I, "per_user_price", M(25, "GBP", "user-month"), "ok", "From January 2027, when Meridian Insight becomes generally available, it will be £25 per user per month.", as_of="2027-01-01"),
        C(I, "query_latency", D(1, "seconds"), "conflict", "Meridian Insight answers most queries in under a second"),
    ])

# ---------------------------------------------------------------- 0019 tokyo writes English, quotes USD
msg(n=19, date="2026-09-09 12:30:11", tz="+0900", frm="sasaki", to=["megan"], client="gmail",
    charset="utf-8", cte="quoted-printable", html=True, mbox=False,
    mid="CAJ8wLm5pT2rYx9Qb6Nd3Kz0Hv7Sg4Fe1Wc8Ua5Li2Oj9Xm6Rk@mail.gmail.com",
    reply_to_mid="CAD2kXq7Lm4Rt9Wz1Nb6Ys3Hf8Jc5Gv0Pe2Ua7Ki4Qo9Tx1Sd@mail.gmail.com",
    subject="Re: Local billing for Brightline Japan",
    body="""Hi Megan,

Thank you for your questions. Here is a summary for Brightline Japan.

Meridian Sync is $399 per month per workspace.
Meridian Vault is ¥2,800 per TB per month, excluding consumption tax.
Meridian Vault keeps Japanese customers' backups in our Tokyo and Osaka data centers.
Meridian Sync does not support Linux; the desktop client is available for Windows and macOS.
You can also try Meridian Vault free for 30 days before signing.

We can issue invoices in yen from our Tokyo entity (Qualified Invoice Issuer No. T4010001234567).

Best regards,
Kenta Sasaki
Meridian Data Japan K.K., Tokyo Office
+81 3-6555-0142

On Tue, Sep 8, 2026 at 6:02 PM Megan Ortiz <megan.ortiz@brightline-jp.com> wrote:
""" + quote("""Hi Kenta,

Our US parent is already on Meridian Sync. Could we be billed in yen locally, and which data centers would Meridian Vault use for us?

Megan"""),
    claims=[
        C(S, "monthly_price", M(399, "USD", "month"), "office-variant", "Meridian Sync is $399 per month per workspace."),
        C(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "Meridian Vault is ¥2,800 per TB per month, excluding consumption tax."),
        C(V, "data_centers", "Tokyo", "ok", "Meridian Vault keeps Japanese customers' backups in our Tokyo and Osaka data centers."),
        C(V, "data_centers", "Osaka", "ok", "Meridian Vault keeps Japanese customers' backups in our Tokyo and Osaka data centers."),
        C(S, "supported_platforms", "Windows", "ok", "Meridian Sync does not support Linux; the desktop client is available for Windows and macOS."),
        C(S, "supported_platforms", "macOS", "ok", "Meridian Sync does not support Linux; the desktop client is available for Windows and macOS."),
        C(V, "free_trial", D(30, "days"), "unverified", "You can also try Meridian Vault free for 30 days before signing."),
    ])

# ---------------------------------------------------------------- 0020 us-hq price change announcement
msg(n=20, date="2026-10-05 09:40:33", tz="-0700", frm="dana", to=["evan"], client="outlook",
    charset="us-ascii", cte="7bit", html=True, mbox=True,
    mid="00d401dd34f2$9a1b3c40$ce51b4c0$@meridian-data.com",
    subject="Northgate renewal - pricing update for 2027",
    body="""Hi Evan,

Ahead of your renewal conversation, a heads-up on pricing and two product updates.

Effective January 1, 2027, Meridian Sync's list price moves to $429 per month; renewals signed before December 15 keep today's $399.
Meridian Insight moves from beta to general availability in January 2027, and we'd like Northgate in the launch cohort.
The Meridian FileSync 2.x desktop client reached end of support on September 30; all of your depots are already on 3.x.

I've penciled in Thursday, October 15 at 1pm CT for the renewal call. Let me know if that still works.

Thanks,
Dana

Dana Whitfield | Account Executive
Meridian Data, Inc. | 455 Market Street, Suite 1200 | San Francisco, CA 94105
o: +1 415 555 0143 | m: +1 628 555 0199""",
    claims=[
        C(S, "monthly_price", M(429, "USD", "month"), "conflict", "Effective January 1, 2027, Meridian Sync's list price moves to $429 per month", as_of="2027-01-01"),
        C(S, "monthly_price", M(399, "USD", "month"), "ok", "renewals signed before December 15 keep today's $399."),
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight moves from beta to general availability in January 2027"),
    ],
    findings=[F("terminology", "The Meridian FileSync 2.x desktop client reached end of support on September 30", product=S)])

# ---------------------------------------------------------------- 0021 partner asks about the GA date
msg(n=21, date="2026-10-14 17:45:12", tz="+0900", frm="ishida", to=["mori"], client="webmail-sjis",
    charset="shift_jis", cte="base64", mbox=False,
    mid="20261014174512.A3F1.9C2E7B40@nextlink-sol.co.jp",
    subject="メリディアン インサイトの正式リリース時期について", body=B21,
    claims=[C(I, "general_availability", "2027-01", "ok", "お客様からは、メリディアン インサイトの正式リリースが2027年1月に変更になったと伺っております。", office="unknown")])

# ---------------------------------------------------------------- 0022 tokyo answers the partner (Outlook block)
msg(n=22, date="2026-10-15 10:30:26", tz="+0900", frm="mori", to=["ishida"], client="outlook-ja",
    charset="iso-2022-jp", cte="7bit", html=True, mbox=True,
    mid="002f01dd3c2a$7e90d1b0$7bb27510$@jp.meridian-data.com",
    reply_to_mid="20261014174512.A3F1.9C2E7B40@nextlink-sol.co.jp",
    subject="RE: メリディアン インサイトの正式リリース時期について",
    body="""石田様

いつもお世話になっております。メリディアンデータの森です。

3月にお送りしたご案内に誤りがあり、大変失礼いたしました。
メリディアン インサイトの正式リリース（一般提供開始）は2027年1月の予定です。お手数ですが、提案書の修正をお願いいたします。
同製品のダッシュボードは、1ワークスペースあたり最大200個まで作成いただけます。
同製品のクエリ応答時間は最大2秒です。
同製品の料金は1ユーザーあたり月額4,400円（税込）です。

引き続きよろしくお願いいたします。

森 美咲（Misaki Mori）
メリディアンデータ株式会社 東京オフィス パートナー営業部
TEL: 03-6555-0150

-----Original Message-----
From: 石田 啓介 <k.ishida@nextlink-sol.co.jp> 
Sent: Wednesday, October 14, 2026 5:45 PM
To: 森 美咲 <misaki.mori@jp.meridian-data.com>
Subject: メリディアン インサイトの正式リリース時期について

""" + B21,
    claims=[
        C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトの正式リリース（一般提供開始）は2027年1月の予定です。"),
        C(I, "max_dashboards", 200, "ok", "同製品のダッシュボードは、1ワークスペースあたり最大200個まで作成いただけます。"),
        C(I, "query_latency", D(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒です。"),
        C(I, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", "同製品の料金は1ユーザーあたり月額4,400円（税込）です。"),
        C(I, "general_availability", "2027-01", "ok", "お客様からは、メリディアン インサイトの正式リリースが2027年1月に変更になったと伺っております。", quoted=True, office="unknown"),
    ])

# ---------------------------------------------------------------- 0023 osaka Vault proposal, November
msg(n=23, date="2026-11-10 13:20:47", tz="+0900", frm="yamaguchi", to=["tanaka"], client="thunderbird",
    charset="utf-8", cte="8bit", mbox=False,
    mid="9a2c4e6f-1b3d-4f5a-8c7e-0d2b4f6a8c1e@osaka.jp.meridian-data.com",
    subject="メリディアン・ボールトのご提案",
    body="""関西ロジスティクス株式会社
総務部 田中様

いつもお世話になっております。メリディアンデータ大阪オフィスの山口でございます。
先日お話のあったバックアップについて、メリディアン・ボールトのご提案をお送りいたします。

・メリディアン・ボールトの料金は1TBあたり月額2,800円（税込）です。
・同製品のRPOは最大15分です。
・同製品のデータセンターは大阪と東京にございます。
・同製品の復旧時間（RTO）は4時間以内です。
・同製品は1テナントあたり最大500TBまで保存できます。

メリディアン・ボールトなら、大切なデータが失われることは絶対にありません。

現在の保存データ量（約42TB）であれば、初期移行は2週間程度で完了する見込みです。

何卒よろしくお願い申し上げます。

""" + SIG_YAMAGUCHI,
    claims=[
        C(V, "price_per_tb", M(2800, "JPY", "TB-month", "included"), "conflict", "メリディアン・ボールトの料金は1TBあたり月額2,800円（税込）です。"),
        C(V, "rpo", D(15, "minutes"), "ok", "同製品のRPOは最大15分です。"),
        C(V, "data_centers", "Osaka", "ok", "同製品のデータセンターは大阪と東京にございます。"),
        C(V, "data_centers", "Tokyo", "ok", "同製品のデータセンターは大阪と東京にございます。"),
        C(V, "rto", D(4, "hours"), "unverified", "同製品の復旧時間（RTO）は4時間以内です。"),
        C(V, "max_storage", 500 * TB, "ok", "同製品は1テナントあたり最大500TBまで保存できます。"),
    ],
    findings=[F("phrase", "大切なデータが失われることは絶対にありません", rule="ja.absolute")])

# ---------------------------------------------------------------- 0024 us-hq jumps the gun (10,000 before April)
msg(n=24, date="2026-03-24 15:10:02", tz="-0700", frm="marcus", to=["laura"], client="gmail",
    charset="utf-8", cte="7bit", html=True, mbox=False,
    mid="CAH7pQx6Jm1Tq8Vd4Yb0Wn3Rk7Le2Zs5Gc9Ph6Ux1Af4Oi8Nt@mail.gmail.com",
    subject="Quick answers on Meridian Sync",
    body="""Hi Laura,

Quick answers to the three questions from this morning's call:

1. Meridian Sync supports up to 10,000 users per organization. All 40 practices can share one tenant.
2. Meridian Sync comes with a 99.9% uptime SLA.
3. Meridian Sync is SOC 2 Type II audited, and we can share the report under NDA.

I'll send over a formal proposal next week.

Marcus

""" + SIG_MARCUS,
    claims=[
        C(S, "max_users", 10000, "stale", "Meridian Sync supports up to 10,000 users per organization."),
        C(S, "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA."),
        C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is SOC 2 Type II audited"),
    ])

# Cross-office cases in mail/archive.mbox (checked against the computed ones below).
CROSS = [
    dict(product=I, attribute="general_availability", offices=["tokyo", "us-hq"], msgs=[7, 8],
         values={"tokyo": "2026-10", "us-hq": "2027-01"}),
    dict(product=S, attribute="max_users", offices=["osaka", "tokyo"], msgs=[13, 14],
         values={"osaka": 5000, "tokyo": 10000}),
    dict(product=V, attribute="retention", offices=["london", "us-hq"], msgs=[15, 16],
         values={"london": D(30, "days"), "us-hq": D(90, "days")}),
]

# ====================================================================== documents
DOCS = []


def doc(path, office, text, claims=(), findings=(), crlf=False, expect_nothing=False):
    DOCS.append(dict(path=path, office=office, text=text, claims=list(claims), findings=list(findings),
                     crlf=crlf, expect_nothing=expect_nothing))


D1 = """# 北斗精機株式会社様 グループ全社展開のご提案

2026年10月28日
メリディアンデータ株式会社 東京オフィス 営業部 佐々木 健太

## 1. ご提案の背景

貴社では2026年6月より本社部門にてクラウドファイル共有をご利用いただいており、現在のご利用者数は620名です。
2027年4月までにグループ会社5社（合計約2,400名）へ展開されるご計画と伺っております。

## 2. メリディアン シンクの主な仕様

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | 1テナントあたり最大10,000ユーザー（2026年4月1日改定） |
| ストレージ容量 | 1ユーザーあたり1TB |
| SLA（月間稼働率） | 99.9% |
| 対応OS | Windows / macOS / iOS / Android |
| 認証 | ISO 27001、SOC 2 Type II |
| オフライン利用 | 非対応 |

※改定前（2026年3月31日まで）の上限は5,000ユーザーでした。

## 3. 今後のロードマップ

メリディアン インサイト（分析ダッシュボード）は、2027年1月に一般提供を開始する予定です。
同製品は1ユーザーあたり月額4,000円（税抜）でのご提供を予定しております。
新しいモバイルアプリは今秋リリース予定です。

## 4. お見積り

| 品目 | 単価 | 備考 |
|---|---|---|
| メリディアン シンク 基本料金 | 月額50,000円 | 年間契約 |
| メリディアン インサイト 利用料 | 1ユーザーあたり月額4,000円 | 2027年1月以降 |

※金額はすべて税抜です。

グループ展開に伴うボリュームディスカウントとして、初年度は15%のお値引きを適用いたします。
"""
doc("docs/tokyo/hokuto-seiki_group-rollout_20261028.md", "tokyo", D1, claims=[
    C(S, "max_users", 10000, "ok", "| 最大ユーザー数 | 1テナントあたり最大10,000ユーザー（2026年4月1日改定） |"),
    C(S, "storage_per_user", TB, "ok", "| ストレージ容量 | 1ユーザーあたり1TB |"),
    C(S, "sla", 99.9, "ok", "| SLA（月間稼働率） | 99.9% |"),
] + [C(S, "supported_platforms", p, "ok", "| 対応OS | Windows / macOS / iOS / Android |") for p in ("Windows", "macOS", "iOS", "Android")]
  + [C(S, "certifications", c, "ok", "| 認証 | ISO 27001、SOC 2 Type II |") for c in ("ISO 27001", "SOC 2 Type II")] + [
    C(S, "offline_mode", False, "ok", "| オフライン利用 | 非対応 |"),
    C(S, "max_users", 5000, "ok", "※改定前（2026年3月31日まで）の上限は5,000ユーザーでした。", as_of="2026-03-31"),
    C(I, "general_availability", "2027-01", "ok", "メリディアン インサイト（分析ダッシュボード）は、2027年1月に一般提供を開始する予定です。"),
    C(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "同製品は1ユーザーあたり月額4,000円（税抜）でのご提供を予定しております。"),
    C(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 基本料金 | 月額50,000円 | 年間契約 |"),
])

D2 = """関西ロジスティクス株式会社 御中

クラウドファイル共有・バックアップ 導入ご提案書

2026年3月10日
メリディアンデータ株式会社 大阪オフィス 営業部 山口 隆

1. 製品概要

メリディアン・シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけるクラウドファイル共有サービスです。
同製品は2026年4月以降、最大1万ユーザーまで拡張される予定です。
同製品のSLAは99.9%です。
本製品はWindows、Mac、Linuxの各OSに対応しております。

2. 価格

メリディアン・シンク　月額 50,000円（税込）
メリディアン・ボールト　1TBあたり月額 2,800円（税抜）

3. 導入スケジュール（案）

2026年4月　キックオフ、倉庫スタッフ180名分のアカウント発行
2026年5月　全拠点への展開完了

以上
"""
doc("docs/osaka/関西ロジ様_ご提案書_20260310.txt", "osaka", D2, crlf=True, claims=[
    C(S, "max_users", 5000, "stale", "メリディアン・シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけるクラウドファイル共有サービスです。"),
    C(S, "max_users", 10000, "ok", "同製品は2026年4月以降、最大1万ユーザーまで拡張される予定です。", as_of="2026-04-01"),
    C(S, "sla", 99.9, "ok", "同製品のSLAは99.9%です。"),
    C(S, "supported_platforms", "Windows", "ok", "本製品はWindows、Mac、Linuxの各OSに対応しております。"),
    C(S, "supported_platforms", "macOS", "ok", "本製品はWindows、Mac、Linuxの各OSに対応しております。"),
    C(S, "supported_platforms", "Linux", "conflict", "本製品はWindows、Mac、Linuxの各OSに対応しております。"),
    C(S, "monthly_price", M(50000, "JPY", "month", "included"), "conflict", "メリディアン・シンク　月額 50,000円（税込）"),
    C(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン・ボールト　1TBあたり月額 2,800円（税抜）"),
])

D3 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Fenwick Partners LLP – Backup and Analytics Proposal</title>
<style>body{font-family:Arial,Helvetica,sans-serif;max-width:760px;margin:2em auto} table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:4px 8px}</style>
</head>
<body>
<h1>Fenwick Partners LLP – Backup and Analytics Proposal</h1>
<p>Prepared by Oliver Hart, Meridian Data Ltd, 12 October 2026. Reference FP-2026-117.</p>

<h2>Background</h2>
<p>Fenwick currently runs about 85 TB of file shares across the London and Manchester offices, with 260 fee-earners and support staff.</p>

<h2>Meridian Vault</h2>
<p>Meridian Vault protects your Microsoft 365 and file-server estate with an RPO of 15 minutes.</p>
<p>Backups are retained for 90 days by default, and matter-specific holds can extend that.</p>
<p>Your backups stay in our Frankfurt data centre, and we are adding a London data centre in 2027.</p>
<p>Meridian Vault stores up to 1 PB per tenant.</p>
<table>
<caption>Meridian Vault pricing (all prices excl. VAT)</caption>
<tr><th>Item</th><th>Price</th></tr>
<tr><td>Protected storage</td><td>£16 per TB per month</td></tr>
</table>

<h2>Meridian Insight</h2>
<p>Meridian Insight becomes generally available in January 2027 at £25 per user per month.</p>
<p>Queries return within 2 seconds at the 95th percentile.</p>
<p>A 14-day free trial is available before you commit.</p>
<p>Meridian Insight is the industry-leading analytics add-on for law firms.</p>

<h2>Next steps</h2>
<p>We propose a kick-off on 2 November 2026 and a go-live before the Christmas closure.</p>
</body>
</html>
"""
doc("docs/london/fenwick-partners-proposal-2026-10.html", "london", D3, claims=[
    C(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault protects your Microsoft 365 and file-server estate with an RPO of 15 minutes."),
    C(V, "retention", D(90, "days"), "ok", "Backups are retained for 90 days by default"),
    C(V, "data_centers", "Frankfurt", "ok", "Your backups stay in our Frankfurt data centre, and we are adding a London data centre in 2027."),
    C(V, "data_centers", "London", "conflict", "Your backups stay in our Frankfurt data centre, and we are adding a London data centre in 2027."),
    C(V, "max_storage", 1000 * TB, "conflict", "Meridian Vault stores up to 1 PB per tenant."),
    C(V, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "£16 per TB per month"),
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027 at £25 per user per month."),
    C(I, "per_user_price", M(25, "GBP", "user-month"), "ok", "Meridian Insight becomes generally available in January 2027 at £25 per user per month."),
    C(I, "query_latency", D(2, "seconds"), "ok", "Queries return within 2 seconds at the 95th percentile."),
    C(I, "free_trial", D(14, "days"), "conflict", "A 14-day free trial is available before you commit."),
], findings=[F("phrase", "Meridian Insight is the industry-leading analytics add-on for law firms.", rule="en.superlative")])

D4 = """# Northgate Logistics – Renewal and Expansion Proposal

*Prepared by Dana Whitfield, Meridian Data, Inc. · November 2, 2026 · Quote ref. Q-26-0412*

## Where you are today

Northgate now has about 3,400 employees after the Carver Freight merger, and 2,950 of them are active on the shared workspace.

## Meridian Sync

- Up to 10,000 users per organization since April 1, 2026 (the limit was 5,000 users until March 31, 2026).
- $399 per month list price through December 31, 2026.
- Effective January 1, 2027: $429 per month list price.
- Runs on Windows, macOS, iOS and Android; there is no Linux client.
- 1 TB of storage per user.

## Meridian Insight (beta)

| Meridian Insight | Detail |
|---|---|
| General availability | January 2027 |
| Price at GA | $30 per user per month |
| Dashboards | up to 200 per workspace |
| Free trial | 30 days |
| Query latency | under 2 seconds |
| Uptime SLA | 99.9% |

<!-- onevoice-disable-next-line en.superlative -->
Meridian Insight is the #1 rated analytics add-on for logistics teams.

## Commercial terms

A 3-year commitment signed before December 15, 2026 includes 18% off list for the first term.
"""
PLAT = "- Runs on Windows, macOS, iOS and Android; there is no Linux client."
doc("docs/us-hq/northgate-renewal-proposal.md", "us-hq", D4, claims=[
    C(S, "max_users", 10000, "ok", "- Up to 10,000 users per organization since April 1, 2026"),
    C(S, "max_users", 5000, "ok", "(the limit was 5,000 users until March 31, 2026)", as_of="2026-03-31"),
    C(S, "monthly_price", M(399, "USD", "month"), "ok", "- $399 per month list price through December 31, 2026."),
    C(S, "monthly_price", M(429, "USD", "month"), "conflict", "- Effective January 1, 2027: $429 per month list price.", as_of="2027-01-01"),
] + [C(S, "supported_platforms", p, "ok", PLAT) for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(S, "storage_per_user", TB, "ok", "- 1 TB of storage per user."),
    C(I, "general_availability", "2027-01", "ok", "| General availability | January 2027 |"),
    C(I, "per_user_price", M(30, "USD", "user-month"), "ok", "| Price at GA | $30 per user per month |"),
    C(I, "max_dashboards", 200, "ok", "| Dashboards | up to 200 per workspace |"),
    C(I, "free_trial", D(30, "days"), "ok", "| Free trial | 30 days |"),
    C(I, "query_latency", D(2, "seconds"), "ok", "| Query latency | under 2 seconds |"),
    C(I, "sla", 99.9, "unverified", "| Uptime SLA | 99.9% |"),
])

doc("docs/tokyo/drafts/vault-proposal-draft.md", "tokyo", """# （下書き）メリディアン ボールト ご提案

メリディアン ボールトは業界No.1のバックアップサービスです。
同製品のRPOは最大5分です。
同製品は1TBあたり月額2,500円でご提供予定です。
""", expect_nothing=True)

ONEVOICE_YAML = """# onevoice configuration for evaluation set 43 (SPEC section 6).
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

# ====================================================================== MIME writing
def enc_addr(key, charset):
    name, addr = P[key]
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset="iso-2022-jp" if charset in ("iso-2022-jp", "shift_jis") else "utf-8")


def enc_subject(s, charset):
    if s.isascii():
        return s
    cs = "iso-2022-jp" if charset in ("iso-2022-jp", "shift_jis") else "utf-8"
    return Header(s, cs, maxlinelen=76, header_name="Subject").encode()


def body_bytes(text, charset):
    if charset == "iso-2022-jp":
        return b"\n".join(l.encode("iso-2022-jp") for l in text.split("\n")) + b"\n"
    return (text + "\n").encode(charset)


def cte_encode(raw, cte):
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    raise ValueError(cte)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, client):
    lines, out, inq = text.split("\n"), [], False
    for l in lines:
        q = l.startswith(">")
        if q and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if not q and inq:
            out.append("</blockquote>")
        inq = q
        l = l[2:] if l.startswith("> ") else l[1:] if q else l
        out.append((esc(l) if l else "") + "<br>")
    if inq:
        out.append("</blockquote>")
    inner = "\n".join(out)
    if client == "gmail":
        return '<div dir="ltr">' + inner + "</div>\n"
    if client in ("outlook", "outlook-ja", "exchange"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n<p class="MsoNormal">'
                % ("iso-2022-jp" if client == "outlook-ja" else "utf-8", "JA" if client == "outlook-ja" else "EN-GB")
                + inner + "</p>\n</div>\n</body>\n</html>\n")
    return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">' + inner + "</body></html>\n"


def part_ct(ctype, charset, client):
    cs = {"utf-8": "UTF-8" if client in ("gmail", "thunderbird", "notice") else "utf-8",
          "iso-2022-jp": "iso-2022-jp" if client.startswith("outlook") else "ISO-2022-JP",
          "us-ascii": "us-ascii", "shift_jis": "Shift_JIS"}[charset]
    if client == "gmail":
        return 'Content-Type: %s; charset="%s"' % (ctype, cs)
    if client in ("outlook", "outlook-ja", "exchange"):
        return 'Content-Type: %s; charset="%s"' % (ctype, cs)
    if client == "apple":
        return "Content-Type: %s;\n\tcharset=%s" % (ctype, cs)
    return "Content-Type: %s; charset=%s" % (ctype, cs)


def boundary(m):
    seed = "%08x" % (sum(ord(c) * (i + 1) for i, c in enumerate(m["mid"])) & 0xFFFFFFFF)
    return {"gmail": "000000000000" + seed + "0641f2",
            "outlook": "----=_NextPart_000_00B3_01DC" + seed.upper(),
            "outlook-ja": "----=_NextPart_000_0031_01DC" + seed.upper(),
            "exchange": "_000_LO2P265MB4412" + seed.upper() + "LO2P265MB4412GBRP_",
            "apple": "Apple-Mail=_" + seed.upper() + "-6D4E-4F7A-9B0C-2E5D7A1F3C84",
            "notice": "=_notice_" + seed}[m["client"]]


def build(m):
    when = dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ[m["tz"]])
    m["when"] = when
    cs, cl = m["charset"], m["client"]
    frm = enc_addr(m["frm"], cs)
    to = "undisclosed-recipients:;" if m["to"] is None else ", ".join(enc_addr(k, cs) for k in m["to"])
    cc = ", ".join(enc_addr(k, cs) for k in m["cc"])
    subj = enc_subject(m["subject"], cs)
    date = format_datetime(when)
    mid = "<%s>" % m["mid"]
    irt = "<%s>" % m["reply_to_mid"] if m["reply_to_mid"] else None
    h = []
    add = lambda k, v: h.append("%s: %s" % (k, v)) if v else None
    if cl == "gmail":
        add("MIME-Version", "1.0"); add("Date", date); add("References", irt); add("In-Reply-To", irt)
        add("Message-ID", mid); add("Subject", subj); add("From", frm); add("To", to); add("Cc", cc)
    elif cl in ("outlook", "outlook-ja"):
        add("From", frm); add("To", to); add("Cc", cc); add("References", irt); add("In-Reply-To", irt)
        add("Subject", subj); add("Date", date); add("Message-ID", mid); add("MIME-Version", "1.0")
        add("X-Mailer", "Microsoft Outlook 16.0"); add("Thread-Index", "AQH" + m["mid"][4:20].replace("$", "A") + "Adz0")
        add("Content-Language", "ja" if cl == "outlook-ja" else "en-us")
    elif cl == "exchange":
        add("From", frm); add("To", to); add("CC", cc); add("Subject", subj)
        add("Thread-Topic", subj); add("Thread-Index", "AdyFk2" + m["mid"][12:28]); add("Date", date)
        add("Message-ID", mid); add("References", irt); add("In-Reply-To", irt)
        add("Accept-Language", "en-GB, en-US"); add("Content-Language", "en-GB")
        add("X-MS-Has-Attach", ""); add("X-MS-TNEF-Correlator", "")
        add("MIME-Version", "1.0")
    elif cl == "apple":
        add("From", frm); add("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
        add("Subject", subj); add("Message-Id", mid); add("Date", date); add("To", to); add("Cc", cc)
        add("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")
    elif cl == "thunderbird":
        add("Message-ID", mid); add("Date", date); add("MIME-Version", "1.0")
        add("User-Agent", "Mozilla Thunderbird"); add("Subject", subj); add("To", to); add("Cc", cc)
        add("References", irt); add("Content-Language", "en-GB" if OFFICE_OF(P[m["frm"]][1]) == "london" else "ja")
        add("From", frm); add("In-Reply-To", irt)
    elif cl == "becky":
        add("Date", date); add("From", frm); add("To", to); add("Subject", subj); add("Message-Id", mid)
        add("MIME-Version", "1.0"); add("X-Mailer", "Becky! ver. 2.81.07 [ja]")
    elif cl == "webmail-sjis":
        add("Date", date); add("From", frm); add("To", to); add("Subject", subj); add("Message-ID", mid)
        add("MIME-Version", "1.0"); add("X-Mailer", "NL-WebMail 7.3.2")
    elif cl == "notice":
        add("Date", date); add("From", frm); add("To", to); add("Subject", subj); add("Message-ID", mid)
        add("MIME-Version", "1.0"); add("X-Mailer", "Meridian Notice Sender 2.4"); add("Precedence", "bulk")
        add("List-Unsubscribe", "<mailto:unsubscribe-cs@jp.meridian-data.com?subject=unsubscribe>")
    plain = cte_encode(body_bytes(m["body"], cs), m["cte"])
    if not m["html"]:
        h.append(part_ct("text/plain", cs, cl))
        h.append("Content-Transfer-Encoding: " + m["cte"])
        return ("\n".join(h) + "\n\n").encode("ascii") + plain
    b = boundary(m)
    h.append('Content-Type: multipart/alternative; boundary="%s"' % b if cl != "apple"
             else 'Content-Type: multipart/alternative;\n\tboundary="%s"' % b)
    html_cte = "base64" if m["cte"] == "base64" else "quoted-printable"
    html_raw = to_html(m["body"], cl)
    html = cte_encode(body_bytes(html_raw.rstrip("\n"), cs), html_cte)
    parts = [("text/plain", m["cte"], plain), ("text/html", html_cte, html)]
    out = "\n".join(h).encode("ascii") + b"\n\n"
    if cl in ("outlook", "outlook-ja", "exchange"):
        out += b"This is a multipart message in MIME format.\n\n" if cl != "exchange" else b""
    for ctype, cte, payload in parts:
        ph = part_ct(ctype, cs, cl) + "\nContent-Transfer-Encoding: " + cte
        out += ("--%s\n%s\n\n" % (b, ph)).encode("ascii") + payload + b"\n"
    out += ("--%s--\n" % b).encode("ascii")
    return out


def mbox_from_line(m):
    u = m["when"].astimezone(dt.timezone.utc)
    return "From %s %s %s %2d %s\n" % (P[m["frm"]][1], u.strftime("%a"), u.strftime("%b"), u.day, u.strftime("%H:%M:%S %Y"))


def mboxrd_escape(raw):
    return re.sub(rb"(?m)^(>*From )", rb">\1", raw)


# ====================================================================== the claims base, re-stated (check only)
OFF_PRICE = {
    (S, "monthly_price"): {("tokyo", "osaka"): M(50000, "JPY", "month", "excluded"), ("us-hq",): M(399, "USD", "month"), ("london",): M(329, "GBP", "month")},
    (V, "price_per_tb"): {("tokyo", "osaka"): M(2800, "JPY", "TB-month", "excluded"), ("us-hq",): M(20, "USD", "TB-month"), ("london",): M(16, "GBP", "TB-month")},
    (I, "per_user_price"): {("tokyo", "osaka"): M(4000, "JPY", "user-month", "excluded"), ("us-hq",): M(30, "USD", "user-month"), ("london",): M(25, "GBP", "user-month")},
}
SETS = {(S, "certifications"): {"ISO 27001", "SOC 2 Type II"}, (S, "supported_platforms"): {"Windows", "macOS", "iOS", "Android"},
        (V, "data_centers"): {"Tokyo", "Osaka", "Oregon", "Frankfurt"}, (V, "encryption"): {"AES-256"}}
PLAIN = {(S, "max_users"): [(10000, "2026-04-01", None), (5000, None, "2026-03-31")],
         (S, "storage_per_user"): [(TB, None, None)], (S, "sla"): [(99.9, None, None)], (S, "offline_mode"): [(False, None, None)],
         (V, "rpo"): [(D(15, "minutes"), None, None)], (V, "retention"): [(D(90, "days"), None, None)], (V, "sla"): [(99.95, None, None)],
         (V, "max_storage"): [(500 * TB, None, None)], (I, "general_availability"): [("2027-01", None, None)],
         (I, "query_latency"): [(D(2, "seconds"), None, None)], (I, "free_trial"): [(D(30, "days"), None, None)],
         (I, "max_dashboards"): [(200, None, None)]}
SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}


def norm(v):
    if isinstance(v, dict) and "currency" in v:
        a = v["amount"] / 1.1 if v["currency"] == "JPY" and v.get("tax") == "included" else v["amount"]
        return ("money", round(a, 6), v["currency"], v["per"])
    if isinstance(v, dict):
        return ("dur", v["amount"] * SECS[v["unit"]])
    return ("v", v)


def judge(product, attribute, value, office, day):
    key = (product, attribute)
    if key in SETS:
        return "ok" if value in SETS[key] else "conflict"
    if key in OFF_PRICE:
        if office == "unknown":
            return "unverified"
        for offs, base in OFF_PRICE[key].items():
            if norm(base) == norm(value):
                return "ok" if office in offs else "office-variant"
        return "conflict"
    if key in PLAIN:
        for v, frm, until in PLAIN[key]:
            if norm(v) == norm(value):
                return "ok" if (frm is None or day >= frm) and (until is None or day <= until) else "stale"
        return "conflict"
    return "unverified"


# ====================================================================== writing + checking
def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    problems, lines = [], []
    raw_of = {}
    for m in sorted(MSGS, key=lambda m: m["n"]):
        raw = build(m)
        m["file"] = "mail/%04d.eml" % m["n"]
        raw_of[m["n"]] = raw
        with open(os.path.join(SET, m["file"]), "wb") as fh:
            fh.write(raw)
        # decoded text of every text/plain part, to check excerpts
        parsed = email.message_from_bytes(raw, policy=policy.default)
        texts = [p.get_content() for p in parsed.walk() if p.get_content_type() == "text/plain"]
        if not texts or m["body"] not in texts[0].replace("\r\n", "\n"):
            problems.append("%s: decoded body differs from source" % m["file"])
        day = m["when"].strftime("%Y-%m-%d")
        sender = OFFICE_OF(P[m["frm"]][1])
        for c in m["claims"]:
            c["office"] = c["office"] or sender
            c["as_of"] = c["as_of"] or day
            if not any(c["text"] in t for t in texts):
                problems.append("%s: excerpt not found: %s" % (m["file"], c["text"]))
            j = judge(c["product"], c["attribute"], c["value"], c["office"], c["as_of"][:10] if len(c["as_of"]) == 10 else c["as_of"] + "-01")
            if j != c["verdict"]:
                problems.append("%s: %s/%s %r labelled %s, base says %s" % (m["file"], c["product"], c["attribute"], c["value"], c["verdict"], j))
        for f in m["findings"]:
            if not any(f["text"] in t for t in texts):
                problems.append("%s: finding excerpt not found: %s" % (m["file"], f["text"]))
        files = [m["file"]] + (["mail/archive.mbox"] if m["mbox"] else [])
        for fname in files:
            for c in m["claims"]:
                lines.append({"type": "claim", "file": fname, "message_id": m["mid"], "product": c["product"],
                              "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                              "quoted": c["quoted"], "office": c["office"], "as_of": c["as_of"], "text": c["text"]})
            for f in m["findings"]:
                lines.append({"type": "finding", "file": fname, "message_id": m["mid"], "kind": f["kind"],
                              "rule": f["rule"], "product": f["product"], "quoted": f["quoted"], "text": f["text"]})
    # mbox: a subset, in date order, mboxrd
    in_box = sorted((m for m in MSGS if m["mbox"]), key=lambda m: m["when"])
    with open(os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        for m in in_box:
            fh.write(mbox_from_line(m).encode("ascii") + mboxrd_escape(raw_of[m["n"]]) + b"\n")
    # re-read the mbox and make sure every message comes back byte for byte
    data = open(os.path.join(SET, "mail", "archive.mbox"), "rb").read()
    chunks = re.split(rb"(?m)^From \S+ [A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}\n", data)[1:]
    for m, ch in zip(in_box, chunks):
        back = re.sub(rb"(?m)^>(>*From )", rb"\1", ch)[:-1]
        if back != raw_of[m["n"]]:
            problems.append("mbox round trip differs for %04d" % m["n"])
    if len(chunks) != len(in_box):
        problems.append("mbox has %d messages, expected %d" % (len(chunks), len(in_box)))
    # cross-office: computed from the archive's claims, compared with CROSS
    found = {}
    boxclaims = [(m, c) for m in in_box for c in m["claims"] if c["office"] != "unknown" and (c["product"], c["attribute"]) not in SETS]
    for i, (m1, c1) in enumerate(boxclaims):
        for m2, c2 in boxclaims[i + 1:]:
            if (c1["product"], c1["attribute"]) != (c2["product"], c2["attribute"]) or c1["office"] == c2["office"]:
                continue
            if abs((m1["when"] - m2["when"]).total_seconds()) > 45 * 86400:
                continue
            n1, n2 = norm(c1["value"]), norm(c2["value"])
            if n1[0] == "money" and n1[2:] != n2[2:]:
                continue
            if n1 == n2 or (c1["verdict"] == "ok" and c2["verdict"] == "ok"):
                continue
            k = (c1["product"], c1["attribute"], tuple(sorted((c1["office"], c2["office"]))))
            found.setdefault(k, set()).update({m1["n"], m2["n"]})
    declared = {(x["product"], x["attribute"], tuple(x["offices"])): set(x["msgs"]) for x in CROSS}
    if found != declared:
        problems.append("cross-office computed %r != declared %r" % (found, declared))
    for x in CROSS:
        lines.append({"type": "cross-office", "product": x["product"], "attribute": x["attribute"], "offices": x["offices"],
                      "file": "mail/archive.mbox", "message_files": ["mail/%04d.eml" % n for n in x["msgs"]],
                      "values": x["values"]})
    # documents
    for d in DOCS:
        path = os.path.join(SET, d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = d["text"].replace("\n", "\r\n") if d["crlf"] else d["text"]
        with open(path, "wb") as fh:
            fh.write(text.encode("utf-8"))
        if d["expect_nothing"]:
            continue
        for c in d["claims"]:
            c["office"] = c["office"] or d["office"]
            c["as_of"] = c["as_of"] or DOC_AS_OF
            if c["text"] not in d["text"]:
                problems.append("%s: excerpt not found: %s" % (d["path"], c["text"]))
            j = judge(c["product"], c["attribute"], c["value"], c["office"], c["as_of"] if len(c["as_of"]) == 10 else c["as_of"] + "-01")
            if j != c["verdict"]:
                problems.append("%s: %s/%s %r labelled %s, base says %s" % (d["path"], c["product"], c["attribute"], c["value"], c["verdict"], j))
            lines.append({"type": "claim", "file": d["path"], "message_id": None, "product": c["product"],
                          "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"], "quoted": False,
                          "office": c["office"], "as_of": c["as_of"], "text": c["text"]})
        for f in d["findings"]:
            if f["text"] not in d["text"]:
                problems.append("%s: finding excerpt not found: %s" % (d["path"], f["text"]))
            lines.append({"type": "finding", "file": d["path"], "message_id": None, "kind": f["kind"], "rule": f["rule"],
                          "product": f["product"], "quoted": False, "text": f["text"]})
    # duplicates within a bucket would be one line for the scorer: refuse them
    seen = set()
    for l in lines:
        if l["type"] == "claim":
            k = (l["file"], l["message_id"], l["product"], l["attribute"], json.dumps(norm(l["value"])), l["quoted"], l["office"])
        elif l["type"] == "finding":
            k = (l["file"], l["message_id"], l["kind"], l["rule"], l["product"])
        else:
            k = (l["product"], l["attribute"], tuple(l["offices"]))
        if k in seen:
            problems.append("duplicate expected line: %r" % (k,))
        seen.add(k)
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    n_claims = sum(1 for l in lines if l["type"] == "claim")
    n_find = sum(1 for l in lines if l["type"] == "finding")
    print("messages: %d (.eml), %d in archive.mbox; documents: %d (+%d ignored draft)" % (
        len(MSGS), len(in_box), sum(1 for d in DOCS if not d["expect_nothing"]), sum(1 for d in DOCS if d["expect_nothing"])))
    print("expected.jsonl: %d lines: %d claims, %d findings, %d cross-office" % (len(lines), n_claims, n_find, len(CROSS)))
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
