"""The proposal documents of set 84 (judged as of 2026-11-22), with their labels."""
from content import C, SET, PH, TERM, money, dur, TB, flat

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False, charset="utf-8"):
    if charset == "shift_jis":
        data = text.encode("cp932")           # a legacy system's export: Windows-31J, half-width kana
    else:
        data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "charset": "shift_jis" if charset == "shift_jis" else ("utf-8-sig" if bom else "utf-8"),
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== Tokyo: Markdown, full-width digits, Ⅰ Ⅱ headings
D_TOKYO = """# メリディアン シンク ご提案書（北摂運輸株式会社様）

２０２６年１１月　メリディアン・データ㈱ 東京オフィス　山口 遥

## Ⅰ．ご提案の概要

御社の本社および倉庫３か所でのファイル共有を、一つの環境に統合するご提案です。
メリディアン シンクは国内No.1※の法人向けファイル共有サービスです。

## Ⅱ．製品仕様

| 項目 | 内容 |
|---|---|
| 利用人数 | 最大１０，０００ユーザー |
| ストレージ容量 | １ユーザーあたり１ＴＢ |
| 稼働率（ＳＬＡ） | ９９．９％ |
| 対応ＯＳ | Windows／macOS／iOS／Android |
| 認証 | ＩＳＯ２７００１、ＳＯＣ２ Ｔｙｐｅ Ⅱ |

## Ⅲ．料金

同製品の月額料金は￥５０，０００（税抜）です。
初期費用はいただいておりません。

## Ⅳ．導入スケジュール

①１２月：キックオフ（１～２週間）
②１月：倉庫１か所で先行利用
③２月：全社展開

※２０２６年９月 東京リサーチ調べ（国内法人向けクラウドファイル共有サービス 売上高）
"""
doc("docs/tokyo/北摂運輸様_ご提案書.md", "tokyo", D_TOKYO, claims=[
    C("sync", "max_users", 10000, "ok", "| 利用人数 | 最大１０，０００ユーザー |"),
    C("sync", "storage_per_user", 1 * TB, "ok", "| ストレージ容量 | １ユーザーあたり１ＴＢ |"),
    C("sync", "sla", 99.9, "ok", "| 稼働率（ＳＬＡ） | ９９．９％ |"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "| 対応ＯＳ | Windows／macOS／iOS／Android |"),
    SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "| 認証 | ＩＳＯ２７００１、ＳＯＣ２ Ｔｙｐｅ Ⅱ |"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は￥５０，０００（税抜）です。"),
])

# ====================================================================== Osaka: a legacy system's estimate, Shift_JIS (CP932) text
ROW_VAULT = "ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄ ﾘﾖｳﾘﾖｳ         2,800円/TB･月       40TB*12ｹﾞﾂ        1,344,000円"
ROW_INSIGHT = "ﾒﾘﾃﾞｨｱﾝ ｲﾝｻｲﾄ ﾘﾖｳﾘﾖｳ         4,000円/ﾕｰｻﾞｰ･月    25ﾕｰｻﾞｰ*12ｹﾞﾂ     1,200,000円"
D_OSAKA = """                               御　見　積　書

                                                  見積№：OS26-1107
                                                  発行日：2026年11月16日
浪速パッケージ㈱　御中

　下記のとおりお見積り申し上げます。（金額はすべて税抜）

ﾋﾝﾒｲ                          ﾀﾝｶ                 ｽｳﾘﾖｳ             ｷﾝｶﾞｸ
================================================================================
""" + ROW_VAULT + "\n" + ROW_INSIGHT + """
================================================================================
                                                           ｺﾞｳｹｲ  2,544,000円

備考：
　①ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄのﾃﾞｰﾀ保持期間は標準９０日です。
　②ﾒﾘﾃﾞｨｱﾝ ｲﾝｻｲﾄは２０２７年１月に正式リリース予定です（現在ベータ版）。
　③ﾒﾘﾃﾞｨｱﾝ ｲﾝｻｲﾄの無料ﾄﾗｲｱﾙは３０日間です。
　④本見積の有効期限：発行日より３０日

メリディアン・データ㈱　大阪オフィス　担当：西村
ＴＥＬ 06-5555-0417
"""
doc("docs/osaka/mitsumori_OS26-1107.txt", "osaka", D_OSAKA, charset="shift_jis", claims=[
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄ ﾘﾖｳﾘﾖｳ         2,800円/TB･月"),
    C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
      "ﾒﾘﾃﾞｨｱﾝ ｲﾝｻｲﾄ ﾘﾖｳﾘﾖｳ         4,000円/ﾕｰｻﾞｰ･月"),
    C("vault", "retention", dur(90, "days"), "ok", "①ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄのﾃﾞｰﾀ保持期間は標準９０日です。"),
    C("insight", "general_availability", "2027-01", "ok", "②ﾒﾘﾃﾞｨｱﾝ ｲﾝｻｲﾄは２０２７年１月に正式リリース予定です（現在ベータ版）。"),
    C("insight", "free_trial", dur(30, "days"), "ok", "③ﾒﾘﾃﾞｨｱﾝ ｲﾝｻｲﾄの無料ﾄﾗｲｱﾙは３０日間です。"),
])

# ====================================================================== US: HTML, Vault and Insight
D_US = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Meridian Vault and Meridian Insight for Pinecrest Labs</title></head>
<body>
<h1>Meridian Vault and Meridian Insight for Pinecrest Labs</h1>
<p>Prepared by Kevin Park, Meridian Data, November 2026. Call me on (415) 555-0142.</p>

<h2>Meridian Vault</h2>
<ul>
<li>Storage price: $20 per TB per month.</li>
<li>RPO: 15 minutes.</li>
<li>Availability SLA: 99.95%.</li>
<li>Data centers: Oregon and Frankfurt, with Tokyo and Osaka for your Japan affiliate.</li>
</ul>

<h2>Meridian Insight</h2>
<ul>
<li>Price: $30 per user per month.</li>
<li>Query latency: under 1 second for typical lab dashboards.</li>
<li>Up to 500 dashboards per workspace.</li>
<li>Connects to 40+ data sources, including your LIMS.</li>
<li>General availability in January 2027; your team can start the 30-day free trial today.</li>
</ul>

<p>We guarantee a risk-free migration, scheduled around your instrument runs.</p>
<p>Quote valid until December 31, 2026. Year-one discount: 15%.</p>
</body>
</html>
"""
doc("docs/us-hq/pinecrest-proposal.html", "us-hq", D_US, claims=[
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Storage price: $20 per TB per month."),
    C("vault", "rpo", dur(15, "minutes"), "ok", "RPO: 15 minutes."),
    C("vault", "sla", 99.95, "ok", "Availability SLA: 99.95%."),
    SET("vault", "data_centers", ["Oregon", "Frankfurt", "Tokyo", "Osaka"], "ok",
        "Data centers: Oregon and Frankfurt, with Tokyo and Osaka for your Japan affiliate."),
    C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", "Price: $30 per user per month."),
    C("insight", "query_latency", dur(1, "seconds"), "conflict", "Query latency: under 1 second for typical lab dashboards."),
    C("insight", "max_dashboards", 500, "conflict", "Up to 500 dashboards per workspace."),
    C("insight", "integrations", 40, "unverified", "Connects to 40+ data sources, including your LIMS."),
    C("insight", "general_availability", "2027-01", "ok", "General availability in January 2027"),
    C("insight", "free_trial", dur(30, "days"), "ok", "your team can start the 30-day free trial today"),
], findings=[PH("en.guarantee", "We guarantee a risk-free migration")])

# ====================================================================== London: Markdown briefing, old name
D_LONDON = """# Meridian Sync for Elmfield Group: briefing note

Prepared by Harriet Doyle, Meridian Data UK Ltd, November 2026.

Some of your team may know Meridian Sync by its old name, Meridian FileSync; it is the same service.

## Meridian Sync at a glance

- Meridian Sync is £329 per month ex VAT for the organisation.
- Up to 10,000 users per tenant; each user gets 1 TB of storage.
- 99.9% uptime SLA; ISO 27001 and SOC 2 Type II certified.
- Desktop clients for Windows and macOS, mobile apps for iOS and Android.
- Meridian Sync does not work offline: files sync when a connection is available.

## Commercials

Elmfield's 640 staff across 9 sites would sit comfortably within one tenant. Year-one discount: 12%.
Next step: a 45-minute call with your IT lead on 3 December.
"""
doc("docs/london/elmfield-briefing.md", "london", D_LONDON, claims=[
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
      "Meridian Sync is £329 per month ex VAT for the organisation."),
    C("sync", "max_users", 10000, "ok", "Up to 10,000 users per tenant; each user gets 1 TB of storage."),
    C("sync", "storage_per_user", 1 * TB, "ok", "Up to 10,000 users per tenant; each user gets 1 TB of storage."),
    C("sync", "sla", 99.9, "ok", "99.9% uptime SLA; ISO 27001 and SOC 2 Type II certified."),
    SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "99.9% uptime SLA; ISO 27001 and SOC 2 Type II certified."),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "Desktop clients for Windows and macOS, mobile apps for iOS and Android."),
    C("sync", "offline_mode", False, "ok", "Meridian Sync does not work offline"),
], findings=[TERM("sync", "Meridian FileSync")])

# ====================================================================== Tokyo draft: ignored by .onevoice.yaml
D_DRAFT = """# （下書き）ﾒﾘﾃﾞｨｱﾝ ｲﾝｻｲﾄ ご提案 ※社内確認前・送付不可

ﾒﾘﾃﾞｨｱﾝ ｲﾝｻｲﾄは業界ＮＯ．１のＢＩツールです！
料金：１ﾕｰｻﾞｰあたり月額￥３，０００（キャンペーン価格・要確認）
ダッシュボードは無制限に作成できます。
"""
doc("docs/tokyo/drafts/ｲﾝｻｲﾄ提案_下書き.md", "tokyo", D_DRAFT, ignored=True)
