# Document definitions for set 41 (exec'd by generate.py). Judged as of DOC_DATE.

# ---------------------------------------------------------------- us-hq: Markdown RFP response
doc("docs/us-hq/northgate-rfp-nh-2026-014-response.md", """# Response to RFP NH-2026-014: Enterprise File Collaboration and Backup

**Submitted to:** Northgate Health System, Supply Chain Management, 2200 Lakeshore Drive, Chicago, IL 60616
**Submitted by:** Meridian Data Inc., 535 Mission St, Suite 1400, San Francisco, CA 94105 (DUNS 08-214-5531)
**Proposal version:** 2.0 (best and final offer), November 2026

## 1. Executive summary

Meridian Data proposes Meridian Sync for file collaboration across Northgate's
31 facilities and Meridian Vault for backup of the clinical file shares. This
response follows the numbering of RFP Section 4; requirement text is restated
verbatim as the RFP instructs. Compliance codes: C = complies, PC = partially
complies, NC = does not comply.

## 3. Compliance matrix: Meridian Sync

| Req. | Requirement (verbatim) | Compliance | Response |
|------|------------------------|------------|----------|
| 4.1.1 | The solution shall support no fewer than 8,000 named users. | C | Supports up to 10,000 named users per tenant. |
| 4.1.2 | Each user shall receive at least 500 GB of storage. | C | Each user receives 1 TB of storage. |
| 4.1.3 | Desktop and mobile clients shall be provided. | C | Clients are available for Windows, macOS, iOS and Android. |
| 4.1.4 | Users shall be able to edit files without network connectivity. | NC | Meridian Sync does not offer an offline mode; a connection is required to open and save files. |
| 4.1.5 | Service availability of 99.5% or higher. | C | 99.9% monthly uptime SLA with service credits (Appendix D). |
| 4.1.6 | Integration with the Epic EHR document module. | PC | Via the REST API; see Appendix E for the reference architecture. |

Certifications (RFP 4.3): Meridian Sync is ISO 27001 certified and holds a
SOC 2 Type II report, available under NDA as Appendix C.

## 4. Compliance matrix: Meridian Vault

| Req. | Requirement (verbatim) | Compliance | Response |
|------|------------------------|------------|----------|
| 4.2.1 | Recovery point objective of one hour or better. | C | RPO of 15 minutes. |
| 4.2.2 | Recovery time objective shall be stated. | C | Full-tenant restore within 6 hours (RTO). |
| 4.2.3 | Backups shall be encrypted at rest. | C | All backups are encrypted at rest with AES-256. |
| 4.2.4 | Data shall remain in the continental United States. | C | Primary region Oregon; secondary copy in our Virginia region. |
| 4.2.5 | State the maximum capacity per customer tenant. | C | Up to 500 TB per tenant. |
| 4.2.6 | Backups shall be kept for seven (7) years. | PC | Default retention is 90 days; longer periods are available through the extended-retention add-on (Appendix B, line 7). |

Meridian Vault was rated the #1 backup platform for mid-sized healthcare
providers in 2026 [1].

[1] Source: Halden Research, Healthcare IT Buyer Survey, March 2026.

## 5. Pricing (Appendix B summary)

Table 5-1: Unit prices, USD, excluding applicable sales tax

| Line | Item | Billing unit | Unit price |
|------|------|--------------|------------|
| 1 | Meridian Sync workspace | per month | 399.00 |
| 2 | Meridian Vault backup storage | per TB per month | 20.00 |
| 3 | Meridian Insight (optional) | per user per month | 30.00 |

Pricing assumes a committed volume of 150 TB and an initial term of 36
months. Northgate's 12% first-year discount is applied on the order form,
not in Table 5-1.

## 6. Optional: Meridian Insight

~~Meridian Insight general availability: October 2026.~~
Meridian Insight general availability: January 2027. Until then Northgate's
analysts would join the beta programme, starting with a 30-day free trial.

## 7. Contact

Dana Whitfield, Enterprise Account Executive, +1 (415) 555-0142,
dana.whitfield@meridian-data.com
""", claims=[
    C(S, "max_users", 10000, "ok", "Supports up to 10,000 named users per tenant."),
    C(S, "storage_per_user", 1 * TB, "ok", "Each user receives 1 TB of storage."),
    C(S, "supported_platforms", "Windows", "ok", "Clients are available for Windows, macOS, iOS and Android."),
    C(S, "supported_platforms", "macOS", "ok", "Clients are available for Windows, macOS, iOS and Android."),
    C(S, "supported_platforms", "iOS", "ok", "Clients are available for Windows, macOS, iOS and Android."),
    C(S, "supported_platforms", "Android", "ok", "Clients are available for Windows, macOS, iOS and Android."),
    C(S, "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode; a connection is required to open and save files."),
    C(S, "sla", 99.9, "ok", "99.9% monthly uptime SLA with service credits (Appendix D)."),
    C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II report"),
    C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II report"),
    C(V, "rpo", dur(15, "minutes"), "ok", "RPO of 15 minutes."),
    C(V, "rto", dur(6, "hours"), "unverified", "Full-tenant restore within 6 hours (RTO)."),
    C(V, "encryption", "AES-256", "ok", "All backups are encrypted at rest with AES-256."),
    C(V, "data_centers", "Oregon", "ok", "Primary region Oregon; secondary copy in our Virginia region."),
    C(V, "data_centers", "Virginia", "conflict", "Primary region Oregon; secondary copy in our Virginia region."),
    C(V, "max_storage", 500 * TB, "ok", "Up to 500 TB per tenant."),
    C(V, "retention", dur(90, "days"), "ok", "Default retention is 90 days"),
    C(S, "monthly_price", money(399, "USD", "month", "excluded"), "ok", "| 1 | Meridian Sync workspace | per month | 399.00 |"),
    C(V, "price_per_tb", money(20, "USD", "TB-month", "excluded"), "ok", "| 2 | Meridian Vault backup storage | per TB per month | 20.00 |"),
    C(I, "per_user_price", money(30, "USD", "user-month", "excluded"), "ok", "| 3 | Meridian Insight (optional) | per user per month | 30.00 |"),
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight general availability: January 2027."),
    C(I, "free_trial", dur(30, "days"), "ok", "starting with a 30-day free trial."),
])

# ---------------------------------------------------------------- london: SIG Lite as Word exports it
def word_row(ref, q, a, c):
    cell = lambda t, w: ('<td width=%d valign=top style=\'width:%dpt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt\'>\n'
                         '  <p class=MsoNormal>%s<o:p></o:p></p>\n  </td>' % (w, w, t))
    return " <tr>\n  " + "\n  ".join([cell(ref, 48), cell(q, 190), cell(a, 56), cell(c, 250)]) + "\n </tr>"


SIG_ROWS = [
    ("A.1", "Does the service encrypt customer data at rest?", "Yes",
     "All Meridian Vault backup data is encrypted at rest with AES-256; keys are rotated every 12&nbsp;months."),
    ("A.2", "Is customer data stored exclusively within the UK or EEA?", "No",
     "Meridian Vault data centres are in Tokyo, Osaka, Oregon and Frankfurt. Harcourt&#8217;s tenant would be pinned to Frankfurt. There is no UK data centre."),
    ("A.3", "Does the supplier hold ISO/IEC 27001 certification for the in-scope service?", "Yes",
     "Meridian Vault operations are ISO/IEC 27001 certified (certificate IS&nbsp;712345, renewal due 2027)."),
    ("A.4", "State the recovery point objective (RPO).", "N/A",
     "Meridian Vault&#8217;s recovery point objective is 15 minutes."),
    ("A.5", "Are backups retained for at least seven years?", "No",
     "Default retention is 90 days; longer retention is a paid option (Schedule 2)."),
    ("A.6", "Is an availability commitment provided in the contract?", "Yes",
     "99.95% availability, measured monthly, with service credits."),
    ("A.7", "Has an independent penetration test been performed in the last 12 months?", "Yes",
     "Most recent test completed March 2026 by a CREST-accredited firm (ref. PT-2026-03); summary in Appendix&nbsp;3."),
    ("A.8", "State the support response time for a Severity 1 incident.", "N/A",
     "First response within 30 minutes for Severity 1, 24&#215;7."),
    ("A.9", "Does the supplier hold Cyber Essentials Plus?", "Yes",
     "Meridian Vault is Cyber Essentials Plus certified for the UK support organisation."),
    ("A.10", "Are restores tested?", "Yes",
     "Quarterly restore drills; restores are guaranteed to complete successfully."),
]

HARC_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>Harcourt Insurance plc - Supplier Security Questionnaire (SIG Lite) - Meridian Vault</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Oliver Pemberton</o:Author>
  <o:LastAuthor>Priya Nair</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:Created>2026-05-18T09:12:00Z</o:Created>
  <o:LastSaved>2026-10-14T15:40:00Z</o:LastSaved>
  <o:Company>Meridian Data UK Ltd</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
h1
	{mso-style-link:"Heading 1 Char";
	margin-top:12.0pt;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt'>

<div class=WordSection1>

<h1>Supplier Security Questionnaire (SIG Lite): Meridian Vault<o:p></o:p></h1>

<p class=MsoNormal>Prepared for Harcourt Insurance plc, 40 Gracechurch Street, London EC3V 0BT.
Version 1.2, 14 October 2026. Supplier: Meridian Data UK Ltd, company no. 09876543.<o:p></o:p></p>

<p class=MsoNormal><o:p>&nbsp;</o:p></p>

<p class=MsoNormal><b>Section A: Data protection and resilience</b><o:p></o:p></p>

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
 <tr>
  <td width=48 valign=top style='width:48pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b>Ref</b><o:p></o:p></p>
  </td>
  <td width=190 valign=top style='width:190pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b>Question</b><o:p></o:p></p>
  </td>
  <td width=56 valign=top style='width:56pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b>Yes / No / N/A</b><o:p></o:p></p>
  </td>
  <td width=250 valign=top style='width:250pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b>Supplier comment</b><o:p></o:p></p>
  </td>
 </tr>
""" + "\n".join(word_row(*r) for r in SIG_ROWS) + """
</table>

<p class=MsoNormal><o:p>&nbsp;</o:p></p>

<p class=MsoNormal>Attestation: the answers above were reviewed by the Meridian Data UK
Information Security Manager on 13 October 2026. Supporting evidence is listed in Appendix 1
(policies), Appendix 2 (certificates) and Appendix 3 (penetration-test summary).<o:p></o:p></p>

</div>

</body>

</html>
"""

doc("docs/london/harcourt-sig-lite-meridian-vault-v1.2.html", HARC_HTML, claims=[
    C(V, "encryption", "AES-256", "ok", "All Meridian Vault backup data is encrypted at rest with AES-256"),
    C(V, "data_centers", "Tokyo", "ok", "Meridian Vault data centres are in Tokyo, Osaka, Oregon and Frankfurt."),
    C(V, "data_centers", "Osaka", "ok", "Meridian Vault data centres are in Tokyo, Osaka, Oregon and Frankfurt."),
    C(V, "data_centers", "Oregon", "ok", "Meridian Vault data centres are in Tokyo, Osaka, Oregon and Frankfurt."),
    C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault data centres are in Tokyo, Osaka, Oregon and Frankfurt."),
    C(V, "certifications", "ISO 27001", "unverified", "Meridian Vault operations are ISO/IEC 27001 certified"),
    C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault’s recovery point objective is 15 minutes."),
    C(V, "retention", dur(90, "days"), "ok", "Default retention is 90 days"),
    C(V, "sla", 99.95, "ok", "99.95% availability, measured monthly, with service credits."),
    C(V, "support_response_time", dur(30, "minutes"), "unverified", "First response within 30 minutes for Severity 1"),
    C(V, "certifications", "Cyber Essentials Plus", "unverified", "Meridian Vault is Cyber Essentials Plus certified"),
], findings=[P("en.guarantee", "restores are guaranteed to complete successfully.")])

# a superseded draft, ignored by .onevoice.yaml
doc("docs/london/drafts/harcourt-sig-lite-v0.3.md", """# SIG Lite draft v0.3 (superseded, do not send)

- A.4 RPO: Meridian Vault RPO is 5 minutes (check with product!)
- A.6 Availability: 99.99% (TBC)
""")

# ---------------------------------------------------------------- tokyo: 要件定義への回答書 (plain text)
doc("docs/tokyo/minato-bank-mb-it-2026-07-kaitousho.txt", """株式会社みなと銀行 御中

　　　　　要件定義書（MB-IT-2026-07）に対する回答書　第1.1版

　　　　　　　　　　　　　　　　　　　　　2026年8月19日
　　　　　　　　　　　　　　　　　　　　　メリディアン・データ株式会社 東京オフィス
　　　　　　　　　　　　　　　　　　　　　〒100-0005 東京都千代田区丸の内2-4-1

本書は、貴行要件定義書の各要件に対する当社の回答をまとめたものです。
要件欄は要件定義書の記載をそのまま転記しております。
適合区分：◎＝標準機能で対応、○＝設定・オプションで対応、×＝対応不可

======================================================================
1. メリディアン シンク（ファイル共有基盤）
======================================================================

【要件 1-1】
　要件：利用者数 6,000名以上に対応すること。
　適合：◎
　回答：メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。

【要件 1-2】
　要件：PCおよびスマートフォンから利用できること。
　適合：◎
　回答：本製品はWindows、Mac、iPhone、Androidに対応しております。
　　　　なお、Linuxには対応しておりません。

【要件 1-3】
　要件：稼働率 99.5%以上を保証すること。
　適合：◎
　回答：同製品のSLAは月間稼働率99.9%です。

【要件 1-4】
　要件：第三者認証を取得していること。
　適合：◎
　回答：ISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。
　　　　ISMAPには登録しておりません。

【要件 1-5】
　要件：利用料金を明示すること。
　適合：◎
　回答：月額料金は50,000円（税抜）です。

======================================================================
2. メリディアン ボールト（バックアップ基盤）
======================================================================

【要件 2-1】
　要件：RPO 1時間以内であること。
　適合：◎
　回答：RPOは15分です。

【要件 2-2】
　要件：バックアップデータを国内データセンターで保管すること。
　適合：◎
　回答：東京・大阪の国内データセンターに保管いたします。

【要件 2-3】
　要件：バックアップを1年以上保持できること。
　適合：○
　回答：標準の保持期間は90日間です。それ以上の期間は延長保持オプションで対応いたします。

【要件 2-4】
　要件：障害時の復旧時間を明示すること。
　適合：○
　回答：RTOは4時間以内を目標としております。

【要件 2-5】
　要件：容量単価を明示すること。
　適合：◎
　回答：1TBあたり月額3,080円（税込）です。

【要件 2-6】
　要件：将来の容量増加（最大300TB程度）に対応できること。
　適合：◎
　回答：1テナントあたり最大500TBまで保存できます。

======================================================================
3. 添付資料
======================================================================
　別紙1　お見積書（Q-TKY-26-0713、6,000ライセンス、有効期限 2026年12月25日）
　別紙2　ISO/IEC 27001 認証書写し
　別紙3　SOC 2 Type II 報告書（NDA締結後にご提供）

以上
""", claims=[
    C(S, "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。"),
    C(S, "supported_platforms", "Windows", "ok", "本製品はWindows、Mac、iPhone、Androidに対応しております。"),
    C(S, "supported_platforms", "macOS", "ok", "本製品はWindows、Mac、iPhone、Androidに対応しております。"),
    C(S, "supported_platforms", "iOS", "ok", "本製品はWindows、Mac、iPhone、Androidに対応しております。"),
    C(S, "supported_platforms", "Android", "ok", "本製品はWindows、Mac、iPhone、Androidに対応しております。"),
    C(S, "sla", 99.9, "ok", "同製品のSLAは月間稼働率99.9%です。"),
    C(S, "certifications", "ISO 27001", "ok", "ISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。"),
    C(S, "certifications", "SOC 2 Type II", "ok", "ISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。"),
    C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "月額料金は50,000円（税抜）です。"),
    C(V, "rpo", dur(15, "minutes"), "ok", "RPOは15分です。"),
    C(V, "data_centers", "Tokyo", "ok", "東京・大阪の国内データセンターに保管いたします。"),
    C(V, "data_centers", "Osaka", "ok", "東京・大阪の国内データセンターに保管いたします。"),
    C(V, "retention", dur(90, "days"), "ok", "標準の保持期間は90日間です。"),
    C(V, "rto", dur(4, "hours"), "unverified", "RTOは4時間以内を目標としております。"),
    C(V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "1TBあたり月額3,080円（税込）です。"),
    C(V, "max_storage", 500 * TB, "ok", "1テナントあたり最大500TBまで保存できます。"),
])

# ---------------------------------------------------------------- osaka: CAIQ-style チェックシート (HTML)
KD_ROWS = [
    ("1", "保存データは暗号化されていますか。", "はい", "保存データはAES-256で暗号化しています。"),
    ("2", "サービスの可用性（SLA）を定めていますか。", "はい", "稼働率99.9%を目標として運用しています。"),
    ("3", "ISO/IEC 27001等の第三者認証を取得していますか。", "はい", "当社はISO/IEC 27001認証を取得しています（登録番号 IS 712345）。"),
    ("4", "クエリの応答性能を示してください。", "該当なし", "クエリ応答時間は最大2秒です（1億行規模のワークスペースでの95パーセンタイル値）。"),
    ("5", "ダッシュボードの作成数に上限はありますか。", "はい", "1ワークスペースあたり最大300個まで作成できます。"),
    ("6", "正式版の提供時期を示してください。", "該当なし", "2027年1月に一般提供開始予定です（現在はベータ版）。"),
    ("7", "評価用の試用期間はありますか。", "はい", "30日間の無料トライアルをご利用いただけます。"),
    ("8", "利用料金を示してください。", "該当なし", "1ユーザーあたり月額4,000円（税抜）です。"),
    ("9", "既存システムとのデータ連携は可能ですか。", "はい", "標準コネクタを50種類以上ご用意しています。"),
    ("10", "脆弱性診断を定期的に実施していますか。", "はい", "年1回、外部専門業者による診断を実施しています（直近：2026年3月）。"),
]

KD_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>セキュリティチェックシート（CAIQ準拠）ご回答 - メリディアン インサイト</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 4px 8px; vertical-align: top; }
th { background: #e8eef7; }
.note { font-size: 90%; }
</style>
</head>
<body>
<h1>セキュリティチェックシート（CAIQ準拠）ご回答：メリディアン インサイト</h1>
<p>関西電機株式会社 情報システム部 御中<br>
2026年11月16日　メリディアン・データ株式会社 大阪オフィス<br>
〒530-0001 大阪府大阪市北区梅田3-1-3 ノースゲートビル12F　TEL 06-6555-0240</p>

<p>貴社チェックシート（様式 KD-SEC-04、全42問）のうち、メリディアン インサイトに関する項目への回答です。
回答欄は「はい／いいえ／該当なし」で記入し、補足欄に根拠を記載しております。</p>

<p>メリディアン インサイトは、国内BIツール満足度No.1※の操作性を備えています。</p>
<p class="note">※2026年9月 関西ITリサーチ調べ（国内法人向けBIツール12製品の利用者満足度調査）</p>

<table>
<thead>
<tr><th>No.</th><th>質問</th><th>回答</th><th>補足</th></tr>
</thead>
<tbody>
""" + "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in KD_ROWS) + """
</tbody>
</table>

<p>No.11〜No.42は、ご指定の別紙（Excel形式）にて回答しております。</p>
<p>以上</p>
</body>
</html>
"""

doc("docs/osaka/kansai-denki-caiq-meridian-insight.html", KD_HTML, claims=[
    C(I, "encryption", "AES-256", "unverified", "保存データはAES-256で暗号化しています。"),
    C(I, "sla", 99.9, "unverified", "稼働率99.9%を目標として運用しています。"),
    C(I, "certifications", "ISO 27001", "unverified", "当社はISO/IEC 27001認証を取得しています"),
    C(I, "query_latency", dur(2, "seconds"), "ok", "クエリ応答時間は最大2秒です"),
    C(I, "max_dashboards", 300, "conflict", "1ワークスペースあたり最大300個まで作成できます。"),
    C(I, "general_availability", "2027-01", "ok", "2027年1月に一般提供開始予定です（現在はベータ版）。"),
    C(I, "free_trial", dur(30, "days"), "ok", "30日間の無料トライアルをご利用いただけます。"),
    C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "1ユーザーあたり月額4,000円（税抜）です。"),
    C(I, "integrations", 50, "unverified", "標準コネクタを50種類以上ご用意しています。"),
])
