"""The proposal documents of set 86 (judged as of 2026-11-22), with their labels.

Every document here is text that came out of a PDF or a Word file: running
headers and footers, form feeds, tables of contents with dotted leaders,
numbered headings, footnotes, flattened tables and columns, ligatures.
"""
from content import C, SET, PH, TERM, money, dur, TB, flat

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False):
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== US: pdftotext -layout of an RFP response
D_US = """                    Response to Request for Proposal CCU-RFP-2026-07
                    Coastline Credit Union — File Sharing and Backup
                           Submitted by Meridian Data, Inc.
                                  November 16, 2026




Table of Contents
1. Executive Summary .......................................................... 2
2. Meridian Sync ............................................................... 2
   2.1 Users and Licensing .................................................... 2
   2.2 Service Levels ......................................................... 3
3. Meridian Vault .............................................................. 3
4. Pricing ..................................................................... 4
Appendix A. Certiﬁcations ...................................................... 5

Meridian Data — Confidential — Page 1 of 5
\x0cCoastline Credit Union · CCU-RFP-2026-07                      Meridian Data, Inc.

1. Executive Summary
Coastline Credit Union (CCU) asked for a single provider for ﬁle
sharing across its 42 branches and for managed backup of its core
banking exports. Meridian Data proposes Meridian Sync for the ﬁrst
and Meridian Vault for the second.

2. Meridian Sync
2.1 Users and Licensing
Meridian Sync supports up to 10,000 named users per tenant, which
covers CCU's 1,750 staff with room for growth. Each user receives
1 TB of storage.

Meridian Data — Confidential — Page 2 of 5
\x0cCoastline Credit Union · CCU-RFP-2026-07                      Meridian Data, Inc.

2.2 Service Levels
Meridian Sync is backed by a 99.9% monthly uptime commitment¹ and
runs on Windows, macOS, iOS and Android. It does not provide an
oﬄine mode.

3. Meridian Vault
   Recovery objectives                           Retention and locations
   Meridian Vault protects every workload        Backups are retained for 90 days by
   with an RPO of 15 minutes. Its recovery       default and stored in our Oregon data
   time objective (RTO) for a full tenant        center, with a second copy in
   is 6 hours.                                   Frankfurt.

________________
¹ Measured monthly; service credits apply as set out in the Meridian
  Cloud Services SLA v4.
Meridian Data — Confidential — Page 3 of 5
\x0cCoastline Credit Union · CCU-RFP-2026-07                      Meridian Data, Inc.

4. Pricing
Table 4. Unit prices (USD, billed annually)
Product              Unit                      Price      Qty    Extended
Meridian Sync        per month (org)           $399       12     $4,788
Meridian Vault       per TB per month          $25        85     $25,500

Meridian Vault availability is covered by a 99.95% SLA. Meridian
Vault is the industry's most trusted backup service for credit un-
ions.

Meridian Data — Confidential — Page 4 of 5
\x0cCoastline Credit Union · CCU-RFP-2026-07                      Meridian Data, Inc.

Appendix A. Certiﬁcations
Meridian Sync is certiﬁed to ISO 27001 and SOC 2 Type II, and is
FedRAMP Moderate authorized.

Meridian Data — Confidential — Page 5 of 5
"""
doc("docs/us-hq/rfp-response-coastline-cu.txt", "us-hq", D_US, claims=[
    C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 named users per tenant"),
    C("sync", "storage_per_user", 1 * TB, "ok", "Each user receives\n1 TB of storage."),
    C("sync", "sla", 99.9, "ok", "Meridian Sync is backed by a 99.9% monthly uptime commitment¹"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "runs on Windows, macOS, iOS and Android."),
    C("sync", "offline_mode", False, "ok", "It does not provide an\noﬄine mode."),
    C("vault", "rpo", dur(15, "minutes"), "ok", "with an RPO of 15 minutes."),
    C("vault", "rto", dur(6, "hours"), "unverified", "time objective (RTO) for a full tenant"),
    C("vault", "retention", dur(90, "days"), "ok", "Backups are retained for 90 days by"),
    C("vault", "data_centers", "Oregon", "ok", "default and stored in our Oregon data"),
    C("vault", "data_centers", "Frankfurt", "ok", "center, with a second copy in"),
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync        per month (org)           $399"),
    C("vault", "price_per_tb", money(25, "USD", "TB-month"), "conflict",
      "Meridian Vault       per TB per month          $25"),
    C("vault", "sla", 99.95, "ok", "Meridian Vault availability is covered by a 99.95% SLA."),
    SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
        "Meridian Sync is certiﬁed to ISO 27001 and SOC 2 Type II"),
    C("sync", "certifications", "FedRAMP", "conflict", "FedRAMP Moderate authorized."),
], findings=[PH("en.superlative", "Vault is the industry's most trusted backup service")])

# ====================================================================== Tokyo: Word → text proposal
D_TOKYO = """　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　社外秘
木曽工業株式会社 御中

メリディアン シンク／メリディアン ボールト
ご提案書

2026年11月18日
メリディアン・データ株式会社 東京オフィス

目次
1. ご提案の概要 ………………………………………………………… 2
2. メリディアン シンク …………………………………………………… 3
　2.1 ご利用人数とストレージ …………………………………………… 3
　2.2 稼働率 ………………………………………………………………… 3
　2.3 対応環境 ……………………………………………………………… 3
3. メリディアン ボールト ………………………………………………… 4
4. お見積り ………………………………………………………………… 5

社外秘　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　1/5
\x0c社外秘　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　2/5
1. ご提案の概要
木曽工業様の全社ファイル共有基盤として、メリディアン シンクをご提案いたします。あわ
せて、基幹システムのバックアップ先としてメリディアン ボールトをご提案いたします。
対象は本社および3工場の約3,400名です。
\x0c社外秘　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　3/5
2. メリディアン シンク
2.1 ご利用人数とストレージ
・同製品は1テナントあたり最大1万ユーザーまでご利用いただけま
　す。
・1ユーザーあたり1TBのストレージ容量をご用意しております※1。
2.2 稼働率
・SLAに基づく月間稼働率は99.9％です。
2.3 対応環境
・対応OSはWindows、macOS、iOS、Android、Linuxです。
・同製品はオフラインモードに対応しております。

※1 容量は組織全体でプールされます。
\x0c社外秘　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　4/5
3. メリディアン ボールト
・RPO（目標復旧時点）は15分、標準のデータ保持期間は90日間です。
・データセンターは東京と大阪の2拠点です。
・1テナントあたり最大500TBまで保存できます。
・業界No.1の復旧速度を誇ります。
\x0c社外秘　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　5/5
4. お見積り
表1　月額費用（金額はすべて税抜）
品目　　　　　　　　　　　　　　　数量　　　単価　　　　　　　月額
メリディアン シンク 基本料金　　　1　　　　 50,000円　　　　　50,000円
メリディアン ボールト 容量課金　　40TB　　　2,800円/TB　　　 112,000円
合計　　　　　　　　　　　　　　　　　　　　　　　　　　　　　162,000円
"""
doc("docs/tokyo/teian-kiso-kogyo-2026-11.txt", "tokyo", D_TOKYO, claims=[
    C("sync", "max_users", 10000, "ok", "同製品は1テナントあたり最大1万ユーザーまでご利用いただけま\n　す。"),
    C("sync", "storage_per_user", 1 * TB, "ok", "1ユーザーあたり1TBのストレージ容量をご用意しております※1。"),
    C("sync", "sla", 99.9, "ok", "SLAに基づく月間稼働率は99.9％です。"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "対応OSはWindows、macOS、iOS、Android、Linuxです。"),
    C("sync", "supported_platforms", "Linux", "conflict", "対応OSはWindows、macOS、iOS、Android、Linuxです。"),
    C("sync", "offline_mode", True, "conflict", "同製品はオフラインモードに対応しております。"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "RPO（目標復旧時点）は15分"),
    C("vault", "retention", dur(90, "days"), "ok", "標準のデータ保持期間は90日間です。"),
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "データセンターは東京と大阪の2拠点です。"),
    C("vault", "max_storage", 500 * TB, "ok", "1テナントあたり最大500TBまで保存できます。"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "メリディアン シンク 基本料金　　　1　　　　 50,000円"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "メリディアン ボールト 容量課金　　40TB　　　2,800円/TB"),
], findings=[PH("ja.superlative-no1", "業界No.1の復旧速度を誇ります。")])

# ====================================================================== London: Word → Markdown (pandoc)
D_LONDON = """---
title: "Proposal: Meridian Insight for Pennine Water"
author: Callum Reid, Meridian Data UK Ltd
date: 12 November 2026
---

*Meridian Data UK Ltd --- Commercial in Conﬁdence*

**Contents**

[1 Summary 1](#summary)

[2 Meridian Insight 2](#meridian-insight)

[2.1 Performance and limits 2](#performance-and-limits)

[2.2 Security 2](#security)

[3 Commercials 3](#commercials)

# 1 Summary {#summary}

Pennine Water asked for an analytics service for its 14 treatment works
and 2 call centres. This proposal covers a phased roll-out to 60 analysts
from February 2027.

# 2 Meridian Insight {#meridian-insight}

## 2.1 Performance and limits {#performance-and-limits}

-   Queries on a 100-million-row workspace return in under one
    second.[^1]

-   Each workspace holds up to 250 dashboards.

-   Meridian Insight is available in 12 interface languages.

-   Meridian Insight becomes generally available in January 2027; until
    then it is in public beta.

-   Pennine Water can start with a 30-day free trial.

## 2.2 Security {#security}

Meridian Insight is ISO 27001 certiﬁed.

# 3 Commercials {#commercials}

  -----------------------------------------------------------------
  Item                        Unit                 Price
  --------------------------- -------------------- ----------------
  Meridian Insight            per user per month   £25

  Meridian Vault (optional)   per TB per month     £16
  -----------------------------------------------------------------

  : Table 1. List prices, excluding VAT

Meridian Insight is the number one analytics platform for UK
utilities.[^2]

[^1]: p95, measured on the reference workspace.

[^2]: Source: Utility Week Digital Survey 2026, analytics category.
"""
doc("docs/london/proposal-pennine-water-insight.md", "london", D_LONDON, claims=[
    C("insight", "query_latency", dur(1, "seconds"), "conflict",
      "Queries on a 100-million-row workspace return in under one\n    second."),
    C("insight", "max_dashboards", 250, "conflict", "Each workspace holds up to 250 dashboards."),
    C("insight", "ui_languages", 12, "unverified", "Meridian Insight is available in 12 interface languages."),
    C("insight", "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027"),
    C("insight", "free_trial", dur(30, "days"), "ok", "Pennine Water can start with a 30-day free trial."),
    C("insight", "certifications", "ISO 27001", "unverified", "Meridian Insight is ISO 27001 certiﬁed."),
    C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
      "Meridian Insight            per user per month   £25"),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
      "Meridian Vault (optional)   per TB per month     £16"),
])

# ====================================================================== Osaka: Word "Save as Web Page" HTML
D_OSAKA = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>メリディアン ボールト ご提案書</title>
<style>
<!--
p.MsoNormal, li.MsoNormal {margin:0mm; text-align:justify; font-size:10.5pt; font-family:"游明朝",serif;}
p.MsoHeader, p.MsoFooter {margin:0mm; font-size:9.0pt; font-family:"游明朝",serif;}
p.MsoToc1 {margin-top:6.0pt; font-size:10.5pt;}
p.MsoListParagraph {margin-left:21.0pt; font-size:10.5pt;}
-->
</style>
</head>
<body lang=JA style='word-wrap:break-word'>
<div class=WordSection1>

<p class=MsoHeader align=right style='text-align:right'>社外秘</p>

<h1>メリディアン ボールト ご提案書</h1>

<p class=MsoNormal>阪神運輸株式会社 御中</p>
<p class=MsoNormal>2026年11月9日　メリディアン・データ株式会社 大阪オフィス</p>

<p class=MsoToc1>1．概要<span style='color:windowtext'>…………………………………………</span>1</p>
<p class=MsoToc1>2．サービス仕様<span style='color:windowtext'>…………………………………</span>1</p>
<p class=MsoToc1>3．お見積り<span style='color:windowtext'>……………………………………</span>2</p>

<h2>1．概要</h2>

<p class=MsoNormal>メリディアン ボールトは、基幹システムや<br>
ファイルサーバーのデータを自動でバックアップするマネージドサービスです。</p>

<h2>2．サービス仕様</h2>

<p class=MsoListParagraph>■<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span>RPO（目標復旧時点）：15分</p>
<p class=MsoListParagraph>■<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span>標準保持期間：90日間</p>
<p class=MsoListParagraph>■<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span>SLA（月間稼働率）：99.9％</p>
<p class=MsoListParagraph>■<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span>データセンター：東京・大阪・フランクフルト</p>
<p class=MsoListParagraph>■<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span>暗号化方式：AES-256</p>

<p class=MsoNormal>同製品はバックアップデータの復旧を<br>
必ず成功させることをお約束いたします。</p>

<p class=MsoFooter align=center style='text-align:center'>- 1 -</p>

<br clear=all style='page-break-before:always'>

<p class=MsoHeader align=right style='text-align:right'>社外秘</p>

<h2>3．お見積り</h2>

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<caption>表1　メリディアン ボールト 月額費用（税込）</caption>
<tr><td><p class=MsoNormal>項目</p></td><td><p class=MsoNormal>数量</p></td><td><p class=MsoNormal>単価</p></td><td><p class=MsoNormal>金額</p></td></tr>
<tr><td><p class=MsoNormal>容量課金</p></td><td><p class=MsoNormal>50TB</p></td><td><p class=MsoNormal>3,080円/TB</p></td><td><p class=MsoNormal>154,000円</p></td></tr>
</table>

<p class=MsoNormal>※お見積りの有効期限は2026年12月25日です。</p>

<p class=MsoFooter align=center style='text-align:center'>- 2 -</p>

</div>
</body>
</html>
"""
doc("docs/osaka/teian-hanshin-unyu-vault.html", "osaka", D_OSAKA, claims=[
    C("vault", "rpo", dur(15, "minutes"), "ok", "RPO（目標復旧時点）：15分"),
    C("vault", "retention", dur(90, "days"), "ok", "標準保持期間：90日間"),
    C("vault", "sla", 99.9, "conflict", "SLA（月間稼働率）：99.9％"),
    SET("vault", "data_centers", ["Tokyo", "Osaka", "Frankfurt"], "ok", "データセンター：東京・大阪・フランクフルト"),
    C("vault", "encryption", "AES-256", "ok", "暗号化方式：AES-256"),
    C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "3,080円/TB"),
], findings=[PH("ja.absolute", "必ず成功させることをお約束いたします。")])

# ====================================================================== Tokyo draft (ignored by .onevoice.yaml)
D_DRAFT = """# 【下書き】瀬戸製薬様 ご提案書（未確定）

社外秘　　　　　　　　　　　　　　　　　　　1/2

- メリディアン シンクは最大3万ユーザーまでご利用いただけます（要確認）。
- 同製品はLinuxにも対応予定です。
- 業界最安の価格でご提供します。
"""
doc("docs/tokyo/drafts/draft-teian-seto-pharma.md", "tokyo", D_DRAFT, ignored=True)
