#!/usr/bin/env python3
"""Regenerate evaluation set 63 (Meridian Data; HTML-heavy mail). Stdlib only, deterministic.

    python3 gen/generate.py        # rewrites mail/, docs/, .onevoice.yaml, expected.jsonl

Message content and labels live in msgs_a.py / msgs_b.py / msgs_c.py (one dict per
message: headers, HTML body, claims and findings); documents are below.
"""
import base64, json, os, re, sys, unicodedata
sys.dont_write_bytecode = True
from email.utils import parsedate_to_datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mime import h, html2text, enc_body, hdr, addr, leaf, multipart  # noqa: E402
from msgs_c import MSGS, OUTLOOK_HEAD, OUTLOOK_TAIL, mso, C, F, S, V, I, TB, usd, gbp, jpy, dur  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_DATE = "2026-11-22"


def office_of(a):
    dom = a.lower().split("@")[1]
    return {"osaka.jp.meridian-data.com": "osaka", "jp.meridian-data.com": "tokyo",
            "uk.meridian-data.com": "london", "meridian-data.com": "us-hq"}.get(dom, "unknown")


def msgid(m):
    n, style = m["n"], m["style"]
    k = h("msgid", n, n=40)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(k)).decode().rstrip("=")
        return "CA%s%s@mail.gmail.com" % (b[:26].replace("/", "_"), "+" + k[:6] if n % 3 else "=" + k[:8])
    if style in ("outlook", "owa"):
        dom = m["frm"][1].split("@")[1]
        if dom.endswith("jp.meridian-data.com"):
            return "00%s$%s$%s@%s" % (k[:14], k[14:22], k[22:30], dom)
        pfx = {"uk.meridian-data.com": ("LO2P265MB", "GBRP265.PROD.OUTLOOK.COM"),
               "meridian-data.com": ("BY5PR11MB", "namprd11.prod.outlook.com")}.get(dom, ("SJ0PR19MB", "namprd19.prod.outlook.com"))
        box = pfx[0] + str(4000 + int(k[:4], 16) % 5000)
        return "%s%s@%s.%s" % (box, k[:24].upper(), box, pfx[1])
    if style == "mkt":
        return "%s.%s@mta02.mail.meridian-data.com" % (k[:16], k[16:24])
    return "%s@%s" % (k[:32], m["frm"][1].split("@")[1])


def outlook_html(m, paras_html):
    cs = m.get("charset", "utf-8")
    return OUTLOOK_HEAD % {"charset": cs, "lang": m.get("lang", "EN-US")} + paras_html + OUTLOOK_TAIL


def headers(m, ctype_block, extra=()):
    cs = m.get("charset", "utf-8")
    hcs = "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8"
    to = ", ".join(addr(n, a, hcs) for n, a in m["to"])
    out = []
    style = m["style"]
    mid = "<%s>" % m["msgid"]
    refs = []
    if m.get("reply_to_n"):
        refs = ["<%s>" % BYN[m["reply_to_n"]]["msgid"]]
        if BYN[m["reply_to_n"]].get("reply_to_n"):
            refs = ["<%s>" % BYN[BYN[m["reply_to_n"]]["reply_to_n"]]["msgid"]] + refs
    if style == "gmail":
        out += ["MIME-Version: 1.0"]
        if refs:
            out += ["References: " + " ".join(refs), "In-Reply-To: " + refs[-1]]
        out += ["From: " + addr(*m["frm"], hcs), "Date: " + m["date"], "Message-ID: " + mid,
                "Subject: " + hdr(m["subject"], hcs), "To: " + to]
        if m.get("cc"):
            out += ["Cc: " + ", ".join(addr(n, a) for n, a in m["cc"])]
    elif style in ("outlook", "owa", "smime"):
        out += ["From: " + addr(*m["frm"], hcs), "To: " + to, "Subject: " + hdr(m["subject"], hcs),
                "Thread-Topic: " + hdr(re.sub(r"^(RE|Re|FW): ", "", m["subject"]), hcs),
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h("ti", m["n"], n=44))).decode(),
                "Date: " + m["date"], "Message-ID: " + mid]
        if refs:
            out += ["References: " + " ".join(refs), "In-Reply-To: " + refs[-1]]
        lang = {"JA": "ja-JP", "EN-GB": "en-GB"}.get(m.get("lang"), "en-US")
        out += ["Accept-Language: " + lang + ", en-US", "Content-Language: " + lang,
                "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
        if style == "owa":
            out += ["x-ms-exchange-messagesentrepresentingtype: 1"]
    elif style == "mkt":
        out += ["From: " + addr(*m["frm"], hcs), "To: " + to, "Subject: " + hdr(m["subject"], hcs),
                "Date: " + m["date"], "Message-ID: " + mid,
                "List-Unsubscribe: <https://www.meridian-data.com/jp/unsubscribe?u=7f3a91c2>",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Meridian Campaigns 4.2",
                "MIME-Version: 1.0"]
    out += list(extra)
    if style != "gmail" and style != "mkt":
        out += ["MIME-Version: 1.0"]
    return "\n".join(out) + "\n" + ctype_block


def build(m):
    """-> (raw message text, decoded plain text, decoded html)."""
    style, n = m["style"], m["n"]
    cs = m.get("charset", "utf-8")
    if style == "smime":
        blob = b"".join(bytes.fromhex(h("smime", n, i, n=64)) for i in range(60))
        blob = bytes.fromhex("3082") + blob[:2]+ bytes.fromhex("06092a864886f70d010703a0") + blob
        body = ('Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\n'
                'Content-Disposition: attachment; filename="smime.p7m"\nContent-Transfer-Encoding: base64\n\n'
                + base64.encodebytes(blob).decode())
        return headers(m, body), "", ""
    if style in ("outlook",):
        html = outlook_html(m, m["html"])
        plain = html2text(html, "outlook")
    elif style == "owa":
        html = m["html"]
        plain = html2text(html, "outlook")
    else:
        html = m["html"]
        plain = m.get("plain") or html2text(html, "gmail")
    if cs == "iso-2022-jp":
        plain = plain.replace("\xa0", " ")
    if style == "gmail":
        cte = m.get("cte") or "quoted-printable"
        try:
            plain.encode("ascii"); pcte = "7bit" if "=" not in plain and max(map(len, plain.splitlines() or [""])) < 900 else cte
        except UnicodeEncodeError:
            pcte = cte
        parts = [leaf("text/plain", "UTF-8", pcte, plain), leaf("text/html", "UTF-8", cte, html)]
        boundary = "000000000000" + h("b", n)
    elif style == "mkt":
        parts = [leaf("text/plain", "utf-8", "quoted-printable", plain), leaf("text/html", "utf-8", "quoted-printable", html)]
        boundary = "----=_Part_%s_%s.%s" % (int(h("p", n, n=6), 16), int(h("q", n, n=8), 16), 1783386003000)
    else:
        if cs == "iso-2022-jp":
            parts = [leaf("text/plain", "iso-2022-jp", "7bit", plain), leaf("text/html", "iso-2022-jp", "quoted-printable", html)]
        else:
            parts = [leaf("text/plain", cs, m.get("cte", "quoted-printable"), plain),
                     leaf("text/html", cs, m.get("cte", "quoted-printable"), html)]
        boundary = "_000_%s_" % m["msgid"].split("@")[0].replace("$", "")
    alt = multipart("alternative", boundary, parts)
    if m.get("attach"):
        a = m["attach"]
        inner = dict(n=1000 + n, style="outlook", charset="utf-8", cte="quoted-printable", lang="EN-GB",
                     frm=a["frm"], to=a["to"], date=a["date"], subject=a["subject"], html=mso(*a["html_paras"]))
        inner["msgid"] = msgid(inner)
        iraw, iplain, _ = build(inner)
        fname = a["subject"].replace(" ", " ") + ".eml"
        att = ('Content-Type: message/rfc822; name="%s"\nContent-Disposition: attachment; filename="%s"\n\n' % (fname, fname)) + iraw
        mixed = multipart("mixed", "000000000000" + h("mixed", n), [alt, att])
        return headers(m, mixed), plain + "\n" + iplain, html
    return headers(m, alt), plain, html


# ================================================================ documents
DOC_LONDON = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Meridian Insight - Proposal for Ashby Rowe Architects</title>
<style>body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border:1px solid #bbb;padding:6px 8px;text-align:left;vertical-align:top}th{background:#e9eef6}caption{font-weight:bold;text-align:left;padding-bottom:4px}
.small{font-size:0.85em;color:#666}</style></head>
<body>
<h1>Meridian Insight &ndash; Proposal for Ashby Rowe Architects</h1>
<p class="small">Prepared by Priya Raman, Meridian Data UK Ltd &middot; 12 November 2026 &middot; Reference AR-2026-114</p>

<h2>1. Summary</h2>
<p>Ashby Rowe wants one place for project margin, utilisation and fee forecasting across the London, Bristol and Oslo studios.
Meridian Insight is the industry-leading analytics platform for design practices, and it reads directly from the systems you already run.</p>
<p>Following our pricing review, Meridian Insight is now <del>&pound;30</del> &pound;25 per user per month plus VAT.</p>

<h2>2. Commercials</h2>
<table>
<caption>Meridian Insight subscription (all prices exclude VAT)</caption>
<thead><tr><th>Line item</th><th>Qty</th><th>Unit price (per user per month)</th><th>Line total</th></tr></thead>
<tbody>
<tr><td>Meridian Insight &ndash; analyst tier</td><td>28</td><td>&pound;25.00</td><td>&pound;700.00</td></tr>
</tbody>
</table>
<p class="small">Invoiced quarterly in advance. This proposal is valid until 31 December 2026.</p>

<h2>3. Meridian Insight at a glance</h2>
<table>
<thead><tr><th>Capability</th><th>Detail</th></tr></thead>
<tbody>
<tr><td>Query latency (p95)</td><td>under 2 seconds</td></tr>
<tr><td>Dashboards per workspace</td><td>up to 200</td></tr>
<tr><td>Free trial</td><td>30 days</td></tr>
<tr><td>General availability</td><td>January 2027 (currently in open beta)</td></tr>
<tr><td>Uptime SLA</td><td>99.9%</td></tr>
<tr><td>Hosting region</td><td>Frankfurt (EU)</td></tr>
</tbody>
</table>

<h2>4. Response to your requirements</h2>
<table>
<thead><tr><th>#</th><th>Requirement</th><th>Response</th></tr></thead>
<tbody>
<tr><td>R1</td><td>Must connect to at least 25 data sources</td><td>Yes &ndash; over 40 native connectors, including Deltek and Xero.</td></tr>
<tr><td>R2</td><td>Dashboards must render in under 3 seconds</td><td>Yes &ndash; p95 query latency is 2 seconds.</td></tr>
<tr><td>R3</td><td>Interface available in Norwegian and Swedish</td><td>Yes &ndash; the interface is localised into 12 languages.</td></tr>
<tr><td>R4</td><td>Single sign-on with Microsoft Entra ID</td><td>Yes, included at no extra cost.</td></tr>
</tbody>
</table>

<p class="small">Meridian Data UK Ltd &middot; 1 Finsbury Avenue, London EC2M 2PF &middot; Registered in England &amp; Wales No. 11428763 &middot; VAT GB 298 4410 52</p>
</body></html>
"""
DOC_LONDON_CLAIMS = [
    C(I, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "Meridian Insight is now £30 £25 per user per month plus VAT."),
    C(I, "query_latency", dur(2, "seconds"), "ok", "Query latency (p95) under 2 seconds"),
    C(I, "max_dashboards", 200, "ok", "Dashboards per workspace up to 200"),
    C(I, "free_trial", dur(30, "days"), "ok", "Free trial 30 days"),
    C(I, "general_availability", "2027-01", "ok", "General availability January 2027 (currently in open beta)"),
    C(I, "sla", 99.9, "unverified", "Uptime SLA 99.9%"),
    C(I, "data_centers", "Frankfurt", "unverified", "Hosting region Frankfurt (EU)"),
    C(I, "integrations", 40, "unverified", "Yes – over 40 native connectors, including Deltek and Xero."),
    C(I, "ui_languages", 12, "unverified", "Yes – the interface is localised into 12 languages."),
]
DOC_LONDON_FINDINGS = [F("phrase", "Meridian Insight is the industry-leading analytics platform for design practices", rule="en.superlative")]

DOC_TOKYO = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>メリディアン ボールト ご提案書</title>
<style>body{font-family:"Hiragino Kaku Gothic ProN",Meiryo,sans-serif;max-width:780px;margin:2em auto;line-height:1.8}
table{border-collapse:collapse;width:100%;margin:0.8em 0}th,td{border:1px solid #999;padding:4px 10px}th{background:#eef3fa;text-align:left}
caption{text-align:left;font-weight:bold}.note{font-size:0.85em;color:#555}</style></head>
<body>
<p style="text-align:right">2026年11月10日</p>
<p>株式会社ミナトメディカル 御中</p>
<h1>メリディアン ボールト ご提案書</h1>
<p style="text-align:right">メリディアン・データ株式会社 東京オフィス<br>〒100-0005 東京都千代田区丸の内1-6-5<br>担当：山本 由美（TEL 03-6555-0150）</p>

<h2>1. ご提案の背景</h2>
<p>貴院の電子カルテ・画像データの増加に伴い、バックアップの復旧性と保管コストの両立が課題となっております。<br>
メリディアン ボールトは、国内No.1<sup>※</sup>の法人向けバックアップサービスとして、多くの医療機関に採用されています。<br>
クラウド上のバックアップデータは完全に保護されます。</p>
<p class="note">※2026年9月 東京リサーチ調べ（国内法人向けクラウドバックアップ市場、導入社数ベース）</p>

<h2>2. 主な仕様</h2>
<table>
<caption>メリディアン ボールト 主な仕様</caption>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>RPO（目標復旧時点）</td><td>15分</td></tr>
<tr><td>標準保持期間</td><td>90日間</td></tr>
<tr><td>SLA（月間稼働率）</td><td>99.95%</td></tr>
<tr><td>最大容量</td><td>1テナントあたり500TB</td></tr>
<tr><td>データセンター</td><td>東京・大阪・シンガポール</td></tr>
<tr><td>暗号化方式</td><td>AES-256</td></tr>
<tr><td>RTO（目標復旧時間）</td><td>4時間以内</td></tr>
</table>

<h2>3. お見積り</h2>
<table>
<caption>お見積り（金額はすべて税抜）</caption>
<tr><th>品目</th><th>単価</th><th>数量</th><th>月額小計</th></tr>
<tr><td>メリディアン ボールト 月額利用料（1TBあたり）</td><td>2,800円</td><td>40TB</td><td>112,000円</td></tr>
</table>
<p class="note">ご提案の有効期限：2026年12月25日　／　お支払い条件：月末締め翌月末払い</p>
</body></html>
"""
DOC_TOKYO_CLAIMS = [
    C(V, "rpo", dur(15, "minutes"), "ok", "RPO（目標復旧時点） 15分"),
    C(V, "retention", dur(90, "days"), "ok", "標準保持期間 90日間"),
    C(V, "sla", 99.95, "ok", "SLA（月間稼働率） 99.95%"),
    C(V, "max_storage", 500 * TB, "ok", "最大容量 1テナントあたり500TB"),
    C(V, "data_centers", "Tokyo", "ok", "データセンター 東京・大阪・シンガポール"),
    C(V, "data_centers", "Osaka", "ok", "データセンター 東京・大阪・シンガポール"),
    C(V, "data_centers", "Singapore", "conflict", "データセンター 東京・大阪・シンガポール"),
    C(V, "encryption", "AES-256", "ok", "暗号化方式 AES-256"),
    C(V, "rto", dur(4, "hours"), "unverified", "RTO（目標復旧時間） 4時間以内"),
    C(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン ボールト 月額利用料（1TBあたり） 2,800円"),
]
DOC_TOKYO_FINDINGS = [F("phrase", "クラウド上のバックアップデータは完全に保護されます。", rule="ja.absolute")]

DOC_US = """# Pinebrook Capital — Meridian Data proposal

Prepared by Rachel Kim, Meridian Data Inc. · 16 November 2026 · Valid for 30 days from issue

Pinebrook asked for one proposal covering backup, file sharing for the
investor-relations team, and the analytics beta. Figures below are list
unless marked.

## Meridian Vault

- Meridian Vault is $20 per TB per month, billed monthly in arrears.
- Point-in-time recovery with a 15-minute RPO.
- Data centers: Oregon and Frankfurt.
- Meridian Vault never loses a committed backup, in any region we run.

<!-- onevoice-disable-next-line en.superlative -->
Meridian Vault is the best-in-class backup service for hedge funds.

## Meridian Sync

Meridian Sync supports up to 5,000 users per organization.
Meridian Sync runs on Windows, macOS, iOS and Android.

## Meridian Insight

| Line item | Qty | Unit price | Term |
|---|---|---|---|
| Meridian Insight (analyst tier) | 45 | ~~$25~~ $30 per user per month | 12 months |

Meridian Insight becomes generally available in January 2027; Pinebrook's
beta workspace converts automatically on that date.

---
Meridian Data Inc. · 1345 Avenue of the Americas, 33rd Floor, New York, NY 10105 · +1 212 555 0134
"""
DOC_US_CLAIMS = [
    C(V, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is $20 per TB per month, billed monthly in arrears."),
    C(V, "rpo", dur(15, "minutes"), "ok", "Point-in-time recovery with a 15-minute RPO."),
    C(V, "data_centers", "Oregon", "ok", "Data centers: Oregon and Frankfurt."),
    C(V, "data_centers", "Frankfurt", "ok", "Data centers: Oregon and Frankfurt."),
    C(S, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per organization."),
    C(S, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(S, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(S, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(S, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(I, "per_user_price", usd(30, "user-month"), "ok", "| Meridian Insight (analyst tier) | 45 | ~~$25~~ $30 per user per month | 12 months |"),
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027;"),
]
DOC_US_FINDINGS = [F("phrase", "Meridian Vault never loses a committed backup, in any region we run.", rule="en.guarantee")]

DOC_OSAKA = """関西精機株式会社 御中

メリディアン シンク ご提案概要
2026年11月2日
メリディアン・データ株式会社 大阪オフィス
担当：中村 大輔（TEL 06-6555-0310）

1. 料金
  メリディアン シンクの月額料金は50,000円（税込）です。
  年間一括でのお支払いも可能です。

2. 規模
  メリディアン シンクは最大1万ユーザーまでご利用いただけます。

3. 動作環境
  メリディアン シンクはオフライン環境でもご利用いただけます。
  同製品はWindows、Mac、iPhone、Androidに対応しております。

4. ストレージ
  メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。

5. その他
  操作性は業界一と自負しております。
  導入スケジュールは別紙のとおりです（12月中旬キックオフ予定）。

以上
"""
DOC_OSAKA_CLAIMS = [
    C(S, "monthly_price", jpy(50000, "month", "included"), "conflict", "メリディアン シンクの月額料金は50,000円（税込）です。"),
    C(S, "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまでご利用いただけます。"),
    C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフライン環境でもご利用いただけます。"),
    C(S, "supported_platforms", "Windows", "ok", "同製品はWindows、Mac、iPhone、Androidに対応しております。"),
    C(S, "supported_platforms", "macOS", "ok", "同製品はWindows、Mac、iPhone、Androidに対応しております。"),
    C(S, "supported_platforms", "iOS", "ok", "同製品はWindows、Mac、iPhone、Androidに対応しております。"),
    C(S, "supported_platforms", "Android", "ok", "同製品はWindows、Mac、iPhone、Androidに対応しております。"),
    C(S, "storage_per_user", 1 * TB, "ok", "メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。"),
]
DOC_OSAKA_FINDINGS = [F("phrase", "操作性は業界一と自負しております。", rule="ja.superlative-no1")]

DOC_DRAFT = """【下書き・社外秘】関西精機様向け メリディアン シンク 提案メモ v0

メリディアン シンクは最大3万ユーザーまで対応。
月額45,000円（税抜）で提示予定。
業界No.1のファイル共有サービス。
"""

DOCS = [
    ("docs/london/ashby-rowe-insight-proposal.html", "london", DOC_LONDON, DOC_LONDON_CLAIMS, DOC_LONDON_FINDINGS),
    ("docs/tokyo/minato-medical-vault-teian.html", "tokyo", DOC_TOKYO, DOC_TOKYO_CLAIMS, DOC_TOKYO_FINDINGS),
    ("docs/us-hq/pinebrook-proposal.md", "us-hq", DOC_US, DOC_US_CLAIMS, DOC_US_FINDINGS),
    ("docs/osaka/kansai-seiki-sync-gaiyou.txt", "osaka", DOC_OSAKA, DOC_OSAKA_CLAIMS, DOC_OSAKA_FINDINGS),
    ("docs/osaka/drafts/kansai-sync-memo-v0.txt", "osaka", DOC_DRAFT, [], []),   # ignored by .onevoice.yaml
]

# ================================================================ cross-office (audit of mail/archive.mbox)
CROSS = [
    dict(product=V, attribute="sla", offices=["london", "us-hq"], message_files=["mail/0005.eml", "mail/0006.eml"],
         values={"london": 99.9, "us-hq": 99.95}),
    dict(product=I, attribute="general_availability", offices=["osaka", "us-hq"], message_files=["mail/0011.eml", "mail/0012.eml"],
         values={"osaka": "2026-10", "us-hq": "2027-01"}),
    dict(product=V, attribute="rpo", offices=["osaka", "us-hq"], message_files=["mail/0011.eml", "mail/0012.eml"],
         values={"osaka": dur(5, "minutes"), "us-hq": dur(15, "minutes")}),
    dict(product=V, attribute="retention", offices=["london", "us-hq"], message_files=["mail/0020.eml"],
         values={"london": dur(30, "days"), "us-hq": dur(90, "days")}),
]

ONEVOICE = """# onevoice configuration for evaluation set 63 (SPEC section 6).
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


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = "\n".join(re.sub(r"^(?:>\s?)+", "", l) for l in s.splitlines())
    s = s.replace("~~", "").replace("|", " ")
    return " ".join(s.split())


def claim_line(c, file, mid, office, as_of):
    return {"type": "claim", "file": file, "message_id": mid, "product": c["product"], "attribute": c["attribute"],
            "value": c["value"], "verdict": c["verdict"], "quoted": c["quoted"], "office": c["office"] or office,
            "as_of": as_of, "text": c["text"]}


def finding_line(f, file, mid):
    return {"type": "finding", "file": file, "message_id": mid, "kind": f["kind"], "rule": f["rule"],
            "product": f["product"], "quoted": f["quoted"], "text": f["text"]}


BYN = {}


def main():
    for sub in ("mail", "docs"):
        if os.path.isdir(os.path.join(ROOT, sub)):
            for dp, dn, fn in os.walk(os.path.join(ROOT, sub), topdown=False):
                for f in fn:
                    os.remove(os.path.join(dp, f))
                for d in dn:
                    os.rmdir(os.path.join(dp, d))
    os.makedirs(os.path.join(ROOT, "mail"), exist_ok=True)
    for m in MSGS:
        m["msgid"] = msgid(m)
        BYN[m["n"]] = m
    exp, problems, archive = [], [], []
    for m in MSGS:
        raw, plain, html = build(m)
        file = "mail/%04d.eml" % m["n"]
        with open(os.path.join(ROOT, file), "w", encoding="ascii", newline="\n") as fh:
            fh.write(raw)
        office = office_of(m["frm"][1])
        as_of = parsedate_to_datetime(m["date"]).strftime("%Y-%m-%d")
        visible = norm(plain + "\n" + html2text(html, "gmail") if html else plain)
        lines = [claim_line(c, file, m["msgid"], office, as_of) for c in m["claims"]]
        lines += [finding_line(f, file, m["msgid"]) for f in m.get("findings", [])]
        for l in lines:
            if l["type"] == "claim" or l["kind"] != "unreadable":
                if norm(l["text"]) not in visible:
                    problems.append("%s: text not found: %s" % (file, l["text"]))
        exp += lines
        if m.get("archive"):
            archive.append((parsedate_to_datetime(m["date"]), m, raw, lines))
    # archive.mbox (mboxrd, date order) and its repeated lines
    archive.sort(key=lambda x: x[0])
    out = []
    for dt, m, raw, lines in archive:
        utc = dt.astimezone(__import__("datetime").timezone.utc)
        out.append("From %s %s %2d %s" % (m["frm"][1], utc.strftime("%a %b"), utc.day, utc.strftime("%H:%M:%S %Y")))
        for line in raw.rstrip("\n").split("\n"):
            out.append(">" + line if re.match(r"^>*From ", line) else line)
        out.append("")
        exp += [dict(l, file="mail/archive.mbox") for l in lines]
    with open(os.path.join(ROOT, "mail/archive.mbox"), "w", encoding="ascii", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    # documents
    for path, office, text, claims, findings in DOCS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        visible = norm(html2text(text, "gmail") if path.endswith(".html") else text)
        for c in claims:
            if norm(c["text"]) not in visible:
                problems.append("%s: text not found: %s" % (path, c["text"]))
            exp.append(claim_line(c, path, None, office, DOC_DATE))
        for f in findings:
            if norm(f["text"]) not in visible:
                problems.append("%s: text not found: %s" % (path, f["text"]))
            exp.append(finding_line(f, path, None))
    for x in CROSS:
        exp.append(dict({"type": "cross-office", "file": "mail/archive.mbox"}, **x))
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in exp:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE)
    for p in problems:
        print("WARNING", p, file=sys.stderr)
    print("%d messages (%d in archive.mbox), %d documents, %d expected lines"
          % (len(MSGS), len(archive), len(DOCS), len(exp)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
