"""The proposal documents of set 88 (judged as of 2026-11-22), with their labels."""
from content import C, SET, PH, TERM, money, dur, TB, flat

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False):
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== US: Notion export (Markdown)
D_US = """# Proposal for Pinecrest Dental Group: backup and clinic analytics

Owner: @Megan Foster
Reviewers: @Luis Ortega, @Dana Whitfield (Pinecrest)
Status: Sent to customer
Last edited: November 18, 2026 4:12 PM
Tags: Proposal, Healthcare, FY27

> 💡 **Note**
> Pinecrest runs 27 clinics across Oregon and Washington. All figures below are list prices in USD; the 3-year discount is in the order form (OF-2026-1187).

## 1. Meridian Vault — backup for clinic file servers

| Capability | Meridian Vault | Notes |
|:---|:---:|---:|
| RPO | 15 minutes | continuous |
| Default retention | 90 days | longer archive quoted separately |
| Availability SLA | 99.95% | monthly |
| Hosting | Oregon | single region for PHI |
| Encryption at rest | AES-256 | keys in customer KMS |
| Price | $20 per TB per month | billed monthly |

> [!IMPORTANT]
> Meridian Vault stores up to 500 TB per tenant. Pinecrest holds about 31 TB today.

<details>
<summary>Why not keep the tapes?</summary>

Today a courier rotates the tapes every Friday and a full restore takes two working days. With Meridian Vault there is nothing to rotate: restores start from the web console.

</details>

## 2. Meridian Insight — clinic dashboards

- ✅ Meridian Insight reaches general availability in January 2027; the pilot runs on the beta.
- ✅ $30 per user per month after GA.
- ✅ 30-day free trial for the 12 practice managers.
- ⚠️ Dashboards load in about 2 seconds on the scheduling dataset (p95).
- 📌 Up to 200 dashboards per workspace.
- ❌ On-premises deployment

## 3. Rollout checklist

- [x] Vault agent installed on the Eugene pilot server (`mv-agent 2.4.1`)
- [x] Firewall rule opened: `443/tcp` to `backup-or.meridian-data.com`
- [ ] Insight beta tenant for @Dana Whitfield
- [ ] Data-processing addendum signed (DPA-2026-0311)

```bash
# pilot agent settings, Eugene clinic
mv-agent config set --schedule "*/15 * * * *" --threads 4 --bandwidth-mbps 50
mv-agent config set --keep-local-days 7
```

## 4. Security and compliance

Meridian Vault is HIPAA compliant, and we will sign a BAA with Pinecrest.

Ref: https://meridian.notion.site/Pinecrest-Proposal-2026-11-4c1d8e2f90ab4d7e8f10a2b3c4d5e6f7
"""
doc("docs/us-hq/pinecrest-dental-proposal.md", "us-hq", D_US, claims=[
    C("vault", "rpo", dur(15, "minutes"), "ok", "| RPO | 15 minutes | continuous |"),
    C("vault", "retention", dur(90, "days"), "ok", "| Default retention | 90 days | longer archive quoted separately |"),
    C("vault", "sla", 99.95, "ok", "| Availability SLA | 99.95% | monthly |"),
    C("vault", "data_centers", "Oregon", "ok", "| Hosting | Oregon | single region for PHI |"),
    C("vault", "encryption", "AES-256", "ok", "| Encryption at rest | AES-256 | keys in customer KMS |"),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "| Price | $20 per TB per month | billed monthly |"),
    C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant."),
    C("insight", "general_availability", "2027-01", "ok",
      "Meridian Insight reaches general availability in January 2027; the pilot runs on the beta."),
    C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", "✅ $30 per user per month after GA."),
    C("insight", "free_trial", dur(30, "days"), "ok", "✅ 30-day free trial for the 12 practice managers."),
    C("insight", "query_latency", dur(2, "seconds"), "ok",
      "Dashboards load in about 2 seconds on the scheduling dataset (p95)."),
    C("insight", "max_dashboards", 200, "ok", "📌 Up to 200 dashboards per workspace."),
    C("vault", "certifications", "HIPAA", "unverified", "Meridian Vault is HIPAA compliant"),
])

# ====================================================================== London: Confluence page export (HTML)
D_LONDON = """<!DOCTYPE html>
<html>
    <head>
        <title>UKSALES : Harlow &amp; Finch LLP – Meridian Sync proposal</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>
    <body class="theme-default aui-theme-default">
        <div id="page">
            <div id="main" class="aui-page-panel">
                <div id="main-header">
                    <div id="breadcrumb-section">
                        <ol id="breadcrumbs">
                            <li class="first"><span><a href="index.html">UK Sales</a></span></li>
                            <li><span><a href="Proposals-2026_40960001.html">Proposals 2026</a></span></li>
                        </ol>
                    </div>
                    <h1 id="title-heading" class="pagetitle">
                        <span id="title-text">UKSALES : Harlow &amp; Finch LLP – Meridian Sync proposal</span>
                    </h1>
                </div>
                <div id="content" class="view">
                    <div class="page-metadata">
                        Created by <span class='author'> Callum Reid</span>, last modified by <span class='editor'> Harriet Cole</span> on 17 Nov 2026
                    </div>
                    <div id="main-content" class="wiki-content group">
<div class="confluence-information-macro confluence-information-macro-information"><span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span><div class="confluence-information-macro-body"><p>All prices on this page are list prices in GBP, excluding VAT. Harlow &amp; Finch has 210 fee earners and support staff across London and Bristol.</p></div></div>
<h2 id="HarlowFinchLLPMeridianSyncproposal-MeridianSync">Meridian Sync</h2>
<div class="table-wrap"><table class="confluenceTable"><tbody>
<tr><th class="confluenceTh"><p>Item</p></th><th class="confluenceTh"><p>Meridian Sync</p></th></tr>
<tr><td class="confluenceTd"><p>Users</p></td><td class="confluenceTd"><p>Up to <s>5,000</s> 10,000 users per organisation</p></td></tr>
<tr><td class="confluenceTd"><p>Price</p></td><td class="confluenceTd"><p>£329 per month</p></td></tr>
<tr><td class="confluenceTd"><p>Storage</p></td><td class="confluenceTd"><p>1 TB per user</p></td></tr>
<tr><td class="confluenceTd"><p>Uptime SLA</p></td><td class="confluenceTd"><p>99.9%</p></td></tr>
<tr><td class="confluenceTd"><p>Certifications</p></td><td class="confluenceTd"><p>ISO 27001, SOC 2 Type II</p></td></tr>
<tr><td class="confluenceTd"><p>Platforms</p></td><td class="confluenceTd"><p>Windows, macOS, iOS, Android and Linux</p></td></tr>
<tr><td class="confluenceTd"><p>Support response time</p></td><td class="confluenceTd"><p>Within 4 hours (P1)</p></td></tr>
</tbody></table></div>
<h2 id="HarlowFinchLLPMeridianSyncproposal-MeridianVaultadd-on">Meridian Vault add-on</h2>
<p>Meridian Vault is £16 per TB per month.</p>
<p>Meridian Vault keeps backups for 90 days by default.</p>
<h2 id="HarlowFinchLLPMeridianSyncproposal-Migration">Migration</h2>
<p>The switch-over is risk-free: we run both systems side by side for the first month.</p>
<div class="code panel pdl" style="border-width: 1px;"><div class="codeContent panelContent pdl">
<pre class="syntaxhighlighter-pre" data-syntaxhighlighter-params="brush: powershell; gutter: false; theme: Confluence" data-theme="Confluence">msiexec /i MeridianSyncSetup-4.6.0.msi /qn TENANT=harlowfinch SEATS=210 PROXY=10.20.0.15:8080</pre>
</div></div>
<p>Owner: <a class="confluence-userlink user-mention" data-username="creid" href="/wiki/people/5b8f2a" data-linked-resource-id="5242881">Callum Reid</a> · Ticket <a href="https://meridiandata.atlassian.net/browse/UKS-2291">UKS-2291</a></p>
                    </div>
                </div>
            </div>
            <div id="footer" role="contentinfo">
                <section class="footer-body">
                    <p>Document generated by Confluence on 17 Nov 2026 14:06</p>
                </section>
            </div>
        </div>
    </body>
</html>
"""
doc("docs/london/Harlow-Finch-LLP-Meridian-Sync-proposal_52428801.html", "london", D_LONDON, claims=[
    C("sync", "max_users", 10000, "ok", "Up to <s>5,000</s> 10,000 users per organisation"),
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "£329 per month"),
    C("sync", "storage_per_user", 1 * TB, "ok", "1 TB per user"),
    C("sync", "sla", 99.9, "ok", "<p>99.9%</p>"),
    SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "ISO 27001, SOC 2 Type II"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "Windows, macOS, iOS, Android and Linux"),
    C("sync", "supported_platforms", "Linux", "conflict", "Windows, macOS, iOS, Android and Linux"),
    C("sync", "support_response_time", dur(4, "hours"), "unverified", "Within 4 hours (P1)"),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month."),
    C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default."),
], findings=[PH("en.guarantee", "The switch-over is risk-free")])

# ====================================================================== Tokyo: 提案メモ (Markdown)
D_TOKYO = """# 日向テクノ株式会社様 BI基盤 ご提案メモ

作成：小野寺 彩（東京オフィス）／最終更新：2026-11-16
ステータス：`提出済み`　／　関連チケット：SALES-3391

> **Note**
> 本メモの金額はすべて税抜です。

## 1. 背景
- 工場3拠点の稼働データを月次でExcel集計しており、取りまとめに約5営業日を要している
- 管理職 約60名が閲覧予定

## 2. メリディアン インサイトの概要

| 項目 | 内容 | 備考 |
|:---|---:|:---:|
| 一般提供開始 | 2027年1月 | それまではベータ版 |
| 料金 | 1ユーザーあたり月額4,000円 | 年間契約 |
| 無料トライアル | 30日間 | |
| クエリ応答時間 | 最大2秒 | p95 |
| ダッシュボード数 | 最大300個 | 1ワークスペースあたり |
| 対応言語 | 日本語・英語を含む8言語 | |

### 2.1 データ連携
- 本製品は標準で120種類以上のコネクタを提供しています。
- ✅ SAP ／ kintone ／ Salesforce ／ CSV

## 3. 導入スケジュール（案）
- [x] 11/10 キックオフ
- [ ] 12/01 ベータ環境の払い出し（管理職60名分）
- [ ] 2027/01 本番移行

## 4. 参考：接続設定

```json
{"workspace": "hinata-prod", "refresh_minutes": 15, "max_rows": 100000000, "timeout_sec": 30}
```

<details><summary>補足：メリディアン シンクとの連携</summary>

メリディアン シンク上のCSVファイルを、そのままデータソースとして指定できます。なお、メリディアン シンクの稼働率SLAは99.9％です。

</details>
"""
doc("docs/tokyo/日向テクノ様_BI基盤_提案メモ.md", "tokyo", D_TOKYO, claims=[
    C("insight", "general_availability", "2027-01", "ok", "| 一般提供開始 | 2027年1月 | それまではベータ版 |"),
    C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
      "| 料金 | 1ユーザーあたり月額4,000円 | 年間契約 |"),
    C("insight", "free_trial", dur(30, "days"), "ok", "| 無料トライアル | 30日間 |"),
    C("insight", "query_latency", dur(2, "seconds"), "ok", "| クエリ応答時間 | 最大2秒 | p95 |"),
    C("insight", "max_dashboards", 300, "conflict", "| ダッシュボード数 | 最大300個 | 1ワークスペースあたり |"),
    C("insight", "ui_languages", 8, "unverified", "| 対応言語 | 日本語・英語を含む8言語 |"),
    C("insight", "integrations", 120, "unverified", "本製品は標準で120種類以上のコネクタを提供しています。"),
    C("sync", "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは99.9％です。"),
])

# ====================================================================== Osaka: 議事録 兼 ご提案 (Markdown)
D_OSAKA = """# 阪神商事様 定例打合せ議事録 兼 ご提案事項（2026年11月）

- 日時：2026年11月13日（金）14:00-15:00
- 出席：藤井様、岡本様（阪神商事）／西田、木村（メリディアン・データ大阪オフィス）
- 記録：木村

## 1. ご報告事項
1. バックアップ移行は11月7日に完了（移行期間中のデータ欠損なし）
2. 週次レポートの送付先に岡本様を追加

## 2. メリディアン ボールトの仕様（再確認）

| 項目 | 回答 |
|:--|:--|
| RPO | 15分 |
| 保持期間 | 標準90日（延長は別途お見積り） |
| 料金 | 1TBあたり月額2,800円（税抜） |
| 最大容量 | 1テナントあたり1PB |
| データセンター | 大阪・東京・シンガポール |

## 3. ご提案：メリディアン シンクの追加導入
- メリディアン シンクは最大10,000ユーザーまでご利用いただけます。
- 同製品の月額料金は~~45,000円~~ 55,000円（税込）です。
- 同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しています。
- 📌 同製品はオフライン環境でもファイルの編集が可能です。
- 業界No.1の導入実績を誇るサービスです。

## 4. ToDo
- [ ] @西田 見積書（追加300名分）を11/20までに送付
- [x] @木村 議事録共有（本書）
"""
doc("docs/osaka/阪神商事様_定例議事録_2026-11.md", "osaka", D_OSAKA, claims=[
    C("vault", "rpo", dur(15, "minutes"), "ok", "| RPO | 15分 |"),
    C("vault", "retention", dur(90, "days"), "ok", "| 保持期間 | 標準90日（延長は別途お見積り） |"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "| 料金 | 1TBあたり月額2,800円（税抜） |"),
    C("vault", "max_storage", 1000 * TB, "conflict", "| 最大容量 | 1テナントあたり1PB |"),
    SET("vault", "data_centers", ["Osaka", "Tokyo"], "ok", "| データセンター | 大阪・東京・シンガポール |"),
    C("vault", "data_centers", "Singapore", "conflict", "| データセンター | 大阪・東京・シンガポール |"),
    C("sync", "max_users", 10000, "ok", "メリディアン シンクは最大10,000ユーザーまでご利用いただけます。"),
    C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
      "同製品の月額料金は~~45,000円~~ 55,000円（税込）です。"),
    SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
        "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しています。"),
    C("sync", "offline_mode", True, "conflict", "同製品はオフライン環境でもファイルの編集が可能です。"),
], findings=[PH("ja.superlative-no1", "業界No.1の導入実績を誇るサービスです。")])

# ====================================================================== Tokyo draft (ignored by .onevoice.yaml)
D_DRAFT = """# 【下書き】港北精密様 追加ご提案（社内レビュー前・送付禁止）

- [ ] メリディアン シンクは最大50,000ユーザーまで対応（要確認）
- [ ] 同製品の月額料金は40,000円（税込）
- [ ] 業界初・業界最安のクラウドストレージ
- [ ] メリディアン・ファイルシンクからの移行は絶対に失敗しません

> TODO(@山口): 価格は価格表 PL-JP-2026-04 で再確認
"""
doc("docs/tokyo/drafts/港北精密様_追加提案_下書き.md", "tokyo", D_DRAFT, ignored=True)
