# Osaka proposal (Japanese HTML, 表1〜表3 with rowspan/colspan).
from labels import C, P, T, S, V, I, usd, gbp, jpy, dur, TB, GB, PB

PATH = "docs/osaka/naniwa-logistics-teian.html"
OFFICE = "osaka"

TEXT = """\
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>浪速ロジスティクス株式会社様 バックアップ基盤および物流データ分析のご提案</title>
<style>
body { font-family: "Hiragino Kaku Gothic ProN", "Meiryo", sans-serif; line-height: 1.7; margin: 2em 3em; }
table { border-collapse: collapse; margin: 0.8em 0 1.6em; }
th, td { border: 1px solid #888; padding: 4px 10px; }
th { background: #eef2f6; }
caption { caption-side: top; text-align: left; font-weight: bold; }
.small { font-size: 0.85em; }
</style>
</head>
<body>

<p class="small">文書番号：MDJ-OSK-2026-0388　第2版</p>
<h1>バックアップ基盤および物流データ分析のご提案</h1>

<p>浪速ロジスティクス株式会社<br>
情報システム部 部長 岡本 誠様</p>

<p>2026年11月17日<br>
メリディアンデータ株式会社 大阪オフィス<br>
〒530-0001 大阪市北区梅田2-4-9 梅田スクエアビル18F<br>
TEL 06-6341-7720　FAX 06-6341-7721<br>
担当：西田 健吾</p>

<h2>1. ご提案の概要</h2>
<p>貴社の倉庫管理システム（WMS）と基幹系データベースのバックアップを<strong>メリディアン ボールト</strong>へ移行し、
あわせて出荷実績の可視化に<strong>メリディアン インサイト</strong>をご活用いただく構成をご提案いたします。</p>
<p>現状の課題として、9月のヒアリングで次の3点を伺っております。</p>
<ul>
  <li>テープ装置の保守期限（2027年3月）が迫っていること</li>
  <li>夜間バッチ失敗時の復旧手順が担当者個人に依存していること</li>
  <li>荷主別の出荷実績を月末まで確認できないこと
    <ul>
      <li>現在はExcelで集計し、翌月第2週に報告</li>
      <li>主要荷主12社から週次報告のご要望あり</li>
    </ul>
  </li>
</ul>

<h2>2. メリディアン ボールト</h2>
<p>メリディアン ボールトは、業界No.1の復旧性能を誇るマネージドバックアップサービスです。
仮想サーバーはエージェント不要でバックアップでき、物理サーバーには軽量エージェントを導入いたします。</p>

<table>
<caption>表1 メリディアン ボールト 主な仕様</caption>
<tr>
  <th rowspan="2">復旧目標</th>
  <th>RPO（目標復旧時点）</th>
  <td>15分</td>
</tr>
<tr>
  <th>RTO（目標復旧時間）</th>
  <td>1時間</td>
</tr>
<tr>
  <th rowspan="2">保管</th>
  <th>標準保持期間</th>
  <td>90日間</td>
</tr>
<tr>
  <th>最大容量</th>
  <td>1テナントあたり0.5PB（500TB）</td>
</tr>
<tr>
  <th rowspan="2">基盤</th>
  <th>データセンター</th>
  <td>大阪・東京</td>
</tr>
<tr>
  <th>暗号化方式</th>
  <td>AES-256</td>
</tr>
<tr>
  <th colspan="2">稼働率（SLA）</th>
  <td>99.95%</td>
</tr>
</table>

<p>海外拠点のバックアップには、シンガポールのデータセンターもご利用いただけます。</p>
<p>お客様のデータは100%安全に保護されます。</p>
<p>サポート窓口の一次回答は4時間以内です。</p>

<h2>3. メリディアン インサイト</h2>
<p>メリディアン インサイトは2026年12月に正式リリースを予定しております。
現在ご利用いただけるベータ版で作成した画面は、正式版へそのまま引き継がれます。</p>
<ul>
  <li>ダッシュボードは最大300個まで作成できます。</li>
  <li>クエリ応答時間は最大2秒です。</li>
  <li>標準連携コネクタは50種類以上です。</li>
  <li>30日間の無料トライアルをご利用いただけます。</li>
</ul>

<h2>4. 導入の進め方</h2>
<ol>
  <li>2026年12月：現行バックアップの棚卸し（約62TB）</li>
  <li>2027年1月：初回フルバックアップの取得と復旧テスト</li>
  <li>2027年2月：ダッシュボード試作（3画面）</li>
  <li>2027年3月：テープ装置の撤去、本番運用開始</li>
</ol>
<p>復旧テストは、夜間バッチの停止時間帯（毎日1:00〜4:00）に実施いたします。</p>

<h2>5. ご利用料金</h2>

<table>
<caption>表2 月額ご利用料金（税込）</caption>
<thead>
<tr>
  <th rowspan="2">製品</th>
  <th colspan="2">月額料金（税込）</th>
</tr>
<tr>
  <th>課金単位</th>
  <th>金額</th>
</tr>
</thead>
<tbody>
<tr>
  <td>メリディアン ボールト</td>
  <td>1TBあたり</td>
  <td>3,080円</td>
</tr>
<tr>
  <td>メリディアン インサイト</td>
  <td>1ユーザーあたり</td>
  <td>4,400円</td>
</tr>
</tbody>
</table>
<p class="small">※本表の金額は消費税10%を含みます。税抜価格は、メリディアン ボールトが1TBあたり月額2,800円、メリディアン インサイトが1ユーザーあたり月額4,000円です。</p>

<table>
<caption>表3 参考：米国本社の標準価格（米ドル）</caption>
<tr>
  <th>製品</th>
  <th>課金単位</th>
  <th>価格</th>
</tr>
<tr>
  <td>メリディアン ボールト</td>
  <td>1TBあたり月額</td>
  <td>20米ドル</td>
</tr>
<tr>
  <td>メリディアン インサイト</td>
  <td>1ユーザーあたり月額</td>
  <td>35米ドル</td>
</tr>
</table>
<p class="small">※貴社シンガポール子会社のご参考として記載しております。ご契約は大阪オフィスとなります。</p>

<p>お見積り（初年度）：バックアップ対象70TB・分析担当25名で、合計3,907,200円（税込）です。</p>

<h2>6. 用語集</h2>
<dl>
  <dt>RPO（目標復旧時点）</dt>
  <dd>障害発生時に、どの時点のデータまで戻せるかを示す指標です。</dd>
  <dt>RTO（目標復旧時間）</dt>
  <dd>障害発生から業務を再開できるまでの目標時間です。</dd>
  <dt>WMS</dt>
  <dd>倉庫管理システム（Warehouse Management System）。</dd>
  <dt>荷主</dt>
  <dd>貴社に物流業務を委託されている企業様。</dd>
</dl>

<h2>7. 改訂履歴</h2>
<table>
<tr>
  <th>版</th>
  <th>日付</th>
  <th>内容</th>
</tr>
<tr>
  <td>第2版</td>
  <td>2026年11月17日</td>
  <td>メリディアン インサイトのダッシュボード数の上限を修正（<del>100個</del>→300個）</td>
</tr>
<tr>
  <td>第1版</td>
  <td>2026年10月30日</td>
  <td>初版</td>
</tr>
</table>

<p>以上</p>
</body>
</html>
"""

ASOF = "2026-11-22"

CLAIMS = [
    # 表1 (caption names the product)
    C(V, "rpo", dur(15, "minutes"), "ok", "RPO（目標復旧時点） 15分"),
    C(V, "rto", dur(1, "hours"), "unverified", "RTO（目標復旧時間） 1時間"),
    C(V, "retention", dur(90, "days"), "ok", "標準保持期間 90日間"),
    C(V, "max_storage", TB(500), "ok", "最大容量 1テナントあたり0.5PB（500TB）"),
    C(V, "data_centers", "Osaka", "ok", "データセンター 大阪・東京"),
    C(V, "data_centers", "Tokyo", "ok", "データセンター 大阪・東京"),
    C(V, "encryption", "AES-256", "ok", "暗号化方式 AES-256"),
    C(V, "sla", 99.95, "ok", "稼働率（SLA） 99.95%"),
    # section 2 prose (product from the heading)
    C(V, "data_centers", "Singapore", "conflict", "海外拠点のバックアップには、シンガポールのデータセンターもご利用いただけます。"),
    C(V, "support_response_time", dur(4, "hours"), "unverified", "サポート窓口の一次回答は4時間以内です。"),
    # 3
    C(I, "general_availability", "2026-12", "conflict", "メリディアン インサイトは2026年12月に正式リリースを予定しております。"),
    C(I, "max_dashboards", 300, "conflict", "ダッシュボードは最大300個まで作成できます。"),
    C(I, "query_latency", dur(2, "seconds"), "ok", "クエリ応答時間は最大2秒です。"),
    C(I, "integrations", 50, "unverified", "標準連携コネクタは50種類以上です。"),
    C(I, "free_trial", dur(30, "days"), "ok", "30日間の無料トライアルをご利用いただけます。"),
    # 表2 (caption: 税込)
    C(V, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", "メリディアン ボールト 1TBあたり 3,080円"),
    C(I, "per_user_price", jpy(4400, "user-month", "included"), "ok", "メリディアン インサイト 1ユーザーあたり 4,400円"),
    C(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "税抜価格は、メリディアン ボールトが1TBあたり月額2,800円、メリディアン インサイトが1ユーザーあたり月額4,000円です。"),
    C(I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "税抜価格は、メリディアン ボールトが1TBあたり月額2,800円、メリディアン インサイトが1ユーザーあたり月額4,000円です。"),
    # 表3 (USD; the text does not state the tax)
    C(V, "price_per_tb", usd(20, "TB-month"), "office-variant", "メリディアン ボールト 1TBあたり月額 20米ドル"),
    C(I, "per_user_price", usd(35, "user-month"), "conflict", "メリディアン インサイト 1ユーザーあたり月額 35米ドル"),
    # 7. 改訂履歴: <del>100個</del> is retracted; 300個 repeats section 3
]

FINDINGS = [
    P("ja.superlative-no1", "メリディアン ボールトは、業界No.1の復旧性能を誇るマネージドバックアップサービスです。"),
    P("ja.absolute", "お客様のデータは100%安全に保護されます。"),
]
