#!/usr/bin/env python3
"""Deterministically (re)write evaluation set 70 (templated and machine-made mail).

    python3 gen/generate.py          # from anywhere; writes beside gen/

Stdlib only. Writes mail/*.eml, mail/archive.mbox, docs/<office>/..., .onevoice.yaml
and expected.jsonl. Every claim's `text` is asserted to occur in the decoded text
of its message or document, so the key cannot drift from the bodies.
"""
import base64, datetime as dt, gzip, html, json, os, quopri, shutil
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
DOCS_AS_OF = "2026-11-22"

JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
BST = dt.timezone(dt.timedelta(hours=1))


def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12


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


# ---------------------------------------------------------------- MIME helpers
def enc_body(text, charset, cte):
    data = text.encode({"iso-2022-jp": "iso2022_jp"}.get(charset.lower(), charset))
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "7bit":
        return data.decode("ascii")
    if cte == "8bit":
        return data.decode("utf-8")
    raise ValueError(cte)


def leaf(ctype, text, charset="UTF-8", cte="quoted-printable", extra=None, params=""):
    body = enc_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    hdr = ['Content-Type: %s; charset="%s"%s' % (ctype, charset, params),
           "Content-Transfer-Encoding: %s" % cte] + (extra or [])
    return "\n".join(hdr) + "\n\n" + body


def multipart(subtype, boundary, parts):
    out = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary), "", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(linesep="\n")


def addr(name, a, charset="utf-8"):
    return formataddr((name, a), charset=charset) if name else a


def to_html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    paras = [p for p in text.split("\n\n")]
    body = "\n".join("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in p.split("\n")) for p in paras)
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body>\n<div style="%s">\n%s\n</div>\n</body>\n</html>\n' % (style, body))


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics(props):
    return "\r\n".join(ics_fold(l) for l in props) + "\r\n"


# ---------------------------------------------------------------- the set
MSGS = []


def msg(**kw):
    MSGS.append(kw)


# 0001 us-hq, outreach sequence (mail-merge), early access to Insight -------------
T1 = """Hi Marcus,

I'm reaching out because Fernbrook Analytics already runs Meridian Sync, and our new analytics product, Meridian Insight, is opening an early-access program for existing customers.

A few things worth knowing:

- Meridian Insight reaches general availability in October 2026; early-access customers get the beta today.
- Early-access pricing is {{ea_price}} per user per month, locked for the first year.
- Meridian Sync currently supports up to 5,000 users per organization. Every one of them can be connected to Insight from day one.
- If your admins still see the old Meridian FileSync name in the desktop client, the migration guide is here: https://www.meridian-data.com/help/meridian-filesync-migration

Would a 15-minute call next week work? I have Tuesday 17 Feb at 10:00 or 14:30 PT open.

Best,
Ashley

-- 
Ashley Moreno
Customer Growth, Meridian Data Inc.
+1 (415) 555-0142 | 548 Market St, Suite 31207, San Francisco, CA 94104

You are receiving this email as a Meridian Sync customer contact.
Unsubscribe: https://go.meridian-data.com/u/7Hq2kP
"""
msg(date=dt.datetime(2026, 2, 10, 9, 14, 3, tzinfo=PST), frm=("Ashley Moreno", "ashley.moreno@meridian-data.com"),
    to=[("Marcus Lee", "mlee@fernbrook-analytics.com")], subject="Early access to Meridian Insight for Fernbrook Analytics",
    mid="20260210171403.5521.1a7c0e@mail.meridian-data.com", archive=True,
    extra=["X-Mailer: Outreach (sequence insight-early-access-q1, step 2)", "X-Outreach-Prospect-Id: 884120"],
    body=lambda: multipart("alternative", "_b1_0001_outreach", [leaf("text/plain", T1), leaf("text/html", to_html(T1))]),
    text=T1,
    claims=[(I, "general_availability", "2026-10", "conflict", "Meridian Insight reaches general availability in October 2026"),
            (S, "max_users", 5000, "ok", "Meridian Sync currently supports up to 5,000 users per organization.")],
    findings=[("terminology", None, S, "the old Meridian FileSync name in the desktop client")])

# 0002 tokyo, CRM mail-merge with an unfilled price ------------------------------
T2 = """株式会社ハルモニア物流
情報システム部 佐々木 様

いつもお世話になっております。
メリディアン・データ東京オフィスの森でございます。

先日はお忙しい中、お打ち合わせのお時間を頂戴し誠にありがとうございました。
ご検討いただいております「メリディアン シンク」につきまして、ポイントを下記にまとめました。

■ご利用規模
メリディアン シンクは、2026年4月より1組織あたり最大1万ユーザーまでご利用いただけるようになりました。

■料金
メリディアン シンクの月額料金は{{price}}（税抜）でございます。
詳細なお見積りは別途お送りいたします。

■ストレージ
メリディアン シンクでは、1ユーザーあたり1TBのストレージをご利用いただけます。

■セキュリティ
第三者認証として、メリディアン シンクはISO/IEC 27001とSOC 2 Type IIを取得済みです。

ご不明な点がございましたら、お気軽にお問い合わせください。
引き続きどうぞよろしくお願いいたします。

--
森 陽菜（Hina Mori）
株式会社メリディアン・データ・ジャパン 東京オフィス 営業部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL：03-6555-0123　携帯：090-4417-2286
https://www.meridian-data.com/ja/

※本メールは、弊社営業担当と名刺交換をさせていただいた方にお送りしております。
配信停止をご希望の場合は、https://go.meridian-data.com/ja/optout?id={{contact_id}} よりお手続きください。
"""
msg(date=dt.datetime(2026, 5, 12, 10, 30, 0, tzinfo=JST), frm=("森 陽菜", "h.mori@jp.meridian-data.com"),
    to=[("佐々木 様", "t.sasaki@harmonia-logi.co.jp")], subject="【ご案内】メリディアン シンク 導入ご検討資料の送付（{{会社名}}様）",
    mid="0d2f7a1e-5b1c-4c77-9e43-2605120130@jp.meridian-data.com", archive=True,
    extra=["X-Mailer: Sales Cloud Mass Email", "X-Campaign-ID: TKY-SYNC-2605"],
    body=lambda: multipart("alternative", "----=_Part_20260512_0002", [leaf("text/plain", T2, cte="base64"),
                                                                       leaf("text/html", to_html(T2), cte="base64")]),
    text=T2,
    claims=[(S, "max_users", 10000, "ok", "メリディアン シンクは、2026年4月より1組織あたり最大1万ユーザーまでご利用いただけるようになりました。"),
            (S, "storage_per_user", 1 * TB, "ok", "メリディアン シンクでは、1ユーザーあたり1TBのストレージをご利用いただけます。"),
            (S, "certifications", "ISO 27001", "ok", "メリディアン シンクはISO/IEC 27001とSOC 2 Type IIを取得済みです。"),
            (S, "certifications", "SOC 2 Type II", "ok", "メリディアン シンクはISO/IEC 27001とSOC 2 Type IIを取得済みです。")])

# 0003 us-hq, HubSpot-style merge, [PRICE] unfilled ------------------------------
T3 = """Hi {{contact.firstname}},

Thanks again for the time on Thursday. As promised, here is the short version of what we covered on Meridian Vault.

* Meridian Vault keeps every backup for 90 days by default, and its recovery point objective is 15 minutes.
* Storage is billed at [PRICE] per TB per month, with no charge for restores.
* Meridian Vault encrypts backups with AES-256 before they leave your network.
* For a 2,000-employee organization like yours, most customers start with 30 to 50 TB.

If it helps, we can start a risk-free pilot on one of your clinic file servers next month.

Talk soon,
Jordan

Jordan Blake | Account Executive, Healthcare
Meridian Data Inc. | 548 Market St, Suite 31207, San Francisco, CA 94104
Direct +1 (628) 555-0187

Meridian Data Inc. respects your privacy. To stop receiving these emails, click here: https://go.meridian-data.com/u/Qm81xA
"""
msg(date=dt.datetime(2026, 5, 19, 8, 2, 41, tzinfo=PDT), frm=("Jordan Blake", "jordan.blake@meridian-data.com"),
    to=[(None, "kpatel@corvanehealth.org")], subject="Meridian Vault for Corvane Health - quick recap",
    mid="1779202961.0x2a91@hubspotemail.net", archive=True,
    extra=["X-HS-Cid: 19f2c0a1-44be-4d1e-8b3f-0c7d5e2a9b11", "X-Report-Abuse-To: abuse@hubspot.com"],
    body=lambda: multipart("alternative", "===============8841203377==", [leaf("text/plain", T3), leaf("text/html", to_html(T3))]),
    text=T3,
    claims=[(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps every backup for 90 days by default"),
            (V, "rpo", dur(15, "minutes"), "ok", "its recovery point objective is 15 minutes"),
            (V, "encryption", "AES-256", "ok", "Meridian Vault encrypts backups with AES-256 before they leave your network.")],
    findings=[("phrase", "en.guarantee", None, "we can start a risk-free pilot")])

# 0004 osaka, CRM merge in ISO-2022-JP, [価格] unfilled -----------------------------
T4 = """株式会社なにわ精機
総務部 山本 様

平素より大変お世話になっております。
メリディアン・データ大阪オフィスの西田でございます。

バックアップ環境の見直しをご検討中と伺い、弊社のクラウドバックアップサービス「メリディアン ボールト」をご紹介させていただきます。

・メリディアン ボールトのSLA（月間稼働率）は99.95％でございます。
・メリディアン ボールトの目標復旧時点（RPO）は15分です。
・料金は1TBあたり月額[価格]（税抜）となっております。
・メリディアン ボールトでは、バックアップの保存先として東京・大阪のデータセンターをお選びいただけます。

詳しい資料は下記よりダウンロードいただけます。
https://www.meridian-data.com/ja/vault/brochure

ご検討のほど、よろしくお願いいたします。

────────────────
西田 裕子
株式会社メリディアン・データ・ジャパン 大阪オフィス
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL：06-6345-7781　FAX：06-6345-7782
────────────────
"""
C4 = [(V, "sla", 99.95, "ok", "メリディアン ボールトのSLA（月間稼働率）は99.95％でございます。"),
      (V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトの目標復旧時点（RPO）は15分です。"),
      (V, "data_centers", "Tokyo", "ok", "バックアップの保存先として東京・大阪のデータセンターをお選びいただけます。"),
      (V, "data_centers", "Osaka", "ok", "バックアップの保存先として東京・大阪のデータセンターをお選びいただけます。")]
msg(date=dt.datetime(2026, 5, 21, 16, 2, 0, tzinfo=JST), frm=("西田 裕子", "y.nishida@osaka.jp.meridian-data.com"),
    to=[(None, "k.yamamoto@naniwa-seiki.co.jp")], subject="メリディアン ボールトのご案内（株式会社なにわ精機様）",
    mid="OSK-VAULT-2605.3391.20260521070200@osaka.jp.meridian-data.com", archive=True, charset="iso-2022-jp",
    extra=["X-Mailer: Sales Cloud Mass Email", "X-Campaign-ID: OSK-VAULT-2605"],
    body=lambda: leaf("text/plain", T4, charset="ISO-2022-JP", cte="7bit"),
    text=T4, claims=C4)

# 0005 customer reply (Outlook), quoting 0004 under -----元のメッセージ----- -------
T5 = """西田様

お世話になっております。なにわ精機の山本です。
ご案内いただきありがとうございます。

1点確認させてください。
料金の行が「[価格]」のままになっているようですので、
1TBあたりの月額料金をお知らせいただけますでしょうか。

なお、弊社の要件としては、約300TBのバックアップをメリディアン ボールトの1テナントで保管できることが必須となります。

よろしくお願いいたします。

山本

-----元のメッセージ-----
差出人: 西田 裕子 <y.nishida@osaka.jp.meridian-data.com>
送信日時: 2026年5月21日 16:02
宛先: 山本 健 <k.yamamoto@naniwa-seiki.co.jp>
件名: メリディアン ボールトのご案内（株式会社なにわ精機様）

""" + T4
msg(date=dt.datetime(2026, 5, 22, 9, 14, 27, tzinfo=JST), frm=("山本 健", "k.yamamoto@naniwa-seiki.co.jp"),
    to=[("西田 裕子", "y.nishida@osaka.jp.meridian-data.com")], subject="RE: メリディアン ボールトのご案内（株式会社なにわ精機様）",
    mid="TYCPR01MB8123E4F0A9C1D2B7E5A3C0F9D8B1A@TYCPR01MB8123.jpnprd01.prod.outlook.com", archive=True, charset="iso-2022-jp",
    in_reply_to="OSK-VAULT-2605.3391.20260521070200@osaka.jp.meridian-data.com",
    extra=["Thread-Topic: " + hdr_text("メリディアン ボールトのご案内（株式会社なにわ精機様）", "iso-2022-jp"),
           "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "],
    body=lambda: leaf("text/plain", T5, charset="iso-2022-jp", cte="7bit"),
    text=T5, claims=[c + (True, "osaka") for c in C4])

# 0006 osaka human reply (Thunderbird), customer's lines quoted with > ----------
T6 = """山本様

お世話になっております。大阪オフィスの西田です。
ご指摘ありがとうございます。テンプレートの差し込みが漏れておりました。大変失礼いたしました。

メリディアン ボールトの料金は、1TBあたり月額2,800円（税抜）、税込では3,080円でございます。
また、同製品は1テナントあたり最大500TBまで保存できますので、ご要件の容量にも問題なく対応可能です。

正式なお見積書は、見積システムより別途お送りいたします。

引き続きよろしくお願いいたします。

西田

2026年5月22日(金) 9:14 山本 健 <k.yamamoto@naniwa-seiki.co.jp>:
> 西田様
>
> お世話になっております。なにわ精機の山本です。
> ご案内いただきありがとうございます。
>
> 1点確認させてください。
> 料金の行が「[価格]」のままになっているようですので、
> 1TBあたりの月額料金をお知らせいただけますでしょうか。
>
> なお、弊社の要件としては、約300TBのバックアップをメリディアン ボールトの1テナントで保管できることが必須となります。
>
> よろしくお願いいたします。
>
> 山本
"""
msg(date=dt.datetime(2026, 5, 22, 11, 40, 12, tzinfo=JST), frm=("西田 裕子", "y.nishida@osaka.jp.meridian-data.com"),
    to=[("山本 健", "k.yamamoto@naniwa-seiki.co.jp")], subject="Re: メリディアン ボールトのご案内（株式会社なにわ精機様）",
    mid="5c0e9b2a-7d41-4f0b-a8c2-31e6f0d4b9a7@osaka.jp.meridian-data.com", archive=True,
    in_reply_to="TYCPR01MB8123E4F0A9C1D2B7E5A3C0F9D8B1A@TYCPR01MB8123.jpnprd01.prod.outlook.com",
    extra=["User-Agent: Mozilla Thunderbird"],
    body=lambda: leaf("text/plain", T6, cte="base64", params="; format=flowed"),
    text=T6,
    claims=[(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールトの料金は、1TBあたり月額2,800円（税抜）、税込では3,080円でございます。"),
            (V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "メリディアン ボールトの料金は、1TBあたり月額2,800円（税抜）、税込では3,080円でございます。"),
            (V, "max_storage", 500 * TB, "ok", "同製品は1テナントあたり最大500TBまで保存できます")])

# 0007 osaka quoting tool --------------------------------------------------------
T7 = """株式会社なにわ精機
山本 健 様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
下記のとおり御見積申し上げます。

見積番号　：Q-OS-2026-0388
見積日　　：2026年5月26日
有効期限　：2026年6月25日
担当　　　：大阪オフィス 西田 裕子（06-6345-7781）

【御見積明細】（金額はすべて税抜・月額／単位：円）
項番  品目                                          数量    単価      金額
1     メリディアン シンク 月額基本料金              1       50,000    50,000
2     メリディアン ボールト ストレージ料金（1TBあたり） 20      2,800     56,000
3     出精値引き                                    1      -16,000   -16,000
--------------------------------------------------------------------------
                                          小計（税抜）              90,000
                                          消費税（10%）              9,000
                                          合計（税込）              99,000

※ 本見積の単価は「価格表 2026年度版」に基づいております。
※ ご契約期間は12か月（自動更新）となります。
※ 本メールは見積システムより自動送信されています。ご返信の際は担当者宛にお願いいたします。

株式会社メリディアン・データ・ジャパン 大阪オフィス
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー18F
"""
H7 = """<html><head><meta charset="utf-8"><title>御見積書 Q-OS-2026-0388</title></head>
<body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>株式会社なにわ精機<br>山本 健 様</p>
<p>平素は格別のお引き立てを賜り、厚く御礼申し上げます。<br>下記のとおり御見積申し上げます。</p>
<table cellpadding="3" style="border-collapse:collapse">
<tr><td>見積番号</td><td>Q-OS-2026-0388</td></tr>
<tr><td>見積日</td><td>2026年5月26日</td></tr>
<tr><td>有効期限</td><td>2026年6月25日</td></tr>
<tr><td>担当</td><td>大阪オフィス 西田 裕子（06-6345-7781）</td></tr>
</table>
<table border="1" cellpadding="4" style="border-collapse:collapse;margin-top:12px">
<caption>【御見積明細】（金額はすべて税抜・月額／単位：円）</caption>
<tr><th>項番</th><th>品目</th><th>数量</th><th>単価</th><th>金額</th></tr>
<tr><td>1</td><td>メリディアン シンク 月額基本料金</td><td align="right">1</td><td align="right">50,000</td><td align="right">50,000</td></tr>
<tr><td>2</td><td>メリディアン ボールト ストレージ料金（1TBあたり）</td><td align="right">20</td><td align="right">2,800</td><td align="right">56,000</td></tr>
<tr><td>3</td><td>出精値引き</td><td align="right">1</td><td align="right">-16,000</td><td align="right">-16,000</td></tr>
<tr><td colspan="4" align="right">小計（税抜）</td><td align="right">90,000</td></tr>
<tr><td colspan="4" align="right">消費税（10%）</td><td align="right">9,000</td></tr>
<tr><td colspan="4" align="right">合計（税込）</td><td align="right">99,000</td></tr>
</table>
<p>※ 本見積の単価は「価格表 2026年度版」に基づいております。<br>
※ ご契約期間は12か月（自動更新）となります。<br>
※ 本メールは見積システムより自動送信されています。ご返信の際は担当者宛にお願いいたします。</p>
<p>株式会社メリディアン・データ・ジャパン 大阪オフィス<br>〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー18F</p>
</body></html>
"""
msg(date=dt.datetime(2026, 5, 26, 13, 5, 44, tzinfo=JST), frm=("Meridian 見積システム", "quote-noreply@osaka.jp.meridian-data.com"),
    to=[("山本 健", "k.yamamoto@naniwa-seiki.co.jp")], cc=[("西田 裕子", "y.nishida@osaka.jp.meridian-data.com")],
    subject="【御見積書】Q-OS-2026-0388 株式会社なにわ精機 様",
    mid="Q-OS-2026-0388.1779768344@quote.osaka.jp.meridian-data.com", archive=True,
    extra=["X-Mailer: MeridianQuote 4.2.1", "Auto-Submitted: auto-generated"],
    body=lambda: multipart("alternative", "QUOTE-Q-OS-2026-0388-ALT", [leaf("text/plain", T7, cte="base64"), leaf("text/html", H7, cte="base64")]),
    text=T7,
    claims=[(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンク 月額基本料金              1       50,000"),
            (V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールト ストレージ料金（1TBあたり） 20      2,800")])

# 0008 us-hq order confirmation (tool, 7bit) -------------------------------------
T8 = """ORDER CONFIRMATION
==================

Order number:   SO-2026-40917
Order date:     June 3, 2026
Customer:       Brightlane Inc. (Account #100-28814)
Bill to:        1200 Alder Way, Suite 400, Portland, OR 97205
PO reference:   BL-PO-7731
Sales rep:      Ryan Cho

Line  Item                                   Qty   Unit price                   Ext. amount
----  -------------------------------------  ----  ---------------------------  ------------
1     Meridian Insight Professional (beta)   250   USD 30.00 per user / month   USD 7,500.00
2     Meridian Vault, per-TB plan            40    USD 20.00 per TB / month     USD 800.00
3     Multi-year commitment discount (12%)                                      -USD 996.00
                                                          Total per month       USD 7,304.00

Term: 36 months, starting July 1, 2026. Billed annually in advance.
Payment terms: Net 30.

This is an automated message from the Meridian order system. Questions? Reply to
this email or call +1 (415) 555-0100 (Mon-Fri, 6am-5pm PT).

Meridian Data Inc. | 548 Market St, Suite 31207 | San Francisco, CA 94104
"""
msg(date=dt.datetime(2026, 6, 3, 11, 47, 9, tzinfo=PDT), frm=("Meridian Order Desk", "orders@meridian-data.com"),
    to=[(None, "ap@brightlane.io")], cc=[("Dana Whitfield", "dwhitfield@brightlane.io")],
    subject="Order confirmation SO-2026-40917 - Brightlane Inc.",
    mid="SO-2026-40917.confirm.1780512429@orders.meridian-data.com", archive=False,
    extra=["Auto-Submitted: auto-generated", "X-Mailer: Meridian CPQ Notifications"],
    body=lambda: leaf("text/plain", T8, charset="us-ascii", cte="7bit"),
    text=T8,
    claims=[(I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight Professional (beta)   250   USD 30.00 per user / month"),
            (V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault, per-TB plan            40    USD 20.00 per TB / month")])

# 0009 london calendar invitation (Outlook: text/plain + text/calendar) ----------
AG9 = """Agenda
10:00  Introductions
10:05  Meridian Vault recovery objectives: RPO of 15 minutes; full-tenant restore (RTO) within 4 hours
10:25  Retention: Meridian Vault keeps backups for 90 days by default, and how that fits your requirement to hold client files for 7 years
10:40  Commercials: Meridian Vault at £16 per TB per month plus VAT
10:50  Next steps"""
T9 = """Hi Priya, Tom,

Sending the invite for our deep-dive, as discussed. Agenda below - shout if you'd like to add anything.

When: Tuesday 16 June 2026, 10:00-11:00 (BST)
Where: Microsoft Teams, or in person at 1 Finsbury Avenue, London EC2M 2PF (room 4.12)

""" + AG9 + """

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjE4YTgtOWQ0Yy00ZjE2%40thread.v2/0
Meeting ID: 372 118 905 441
Passcode: 8hQ4vN
Or call in (audio only)
+44 20 3481 5550,,719204883#   United Kingdom, London
Phone Conference ID: 719 204 883#
________________________________________________________________________________

Oliver

Oliver Grant
Senior Account Executive | Meridian Data UK Ltd
Mobile +44 7700 900 418 | 1 Finsbury Avenue, London EC2M 2PF
Registered in England and Wales, company no. 09876543
"""
ICS9 = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
            "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
            "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
            "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
            "ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@uk.meridian-data.com",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Natarajan:mailto:p.natarajan@holloway-legal.co.uk",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Reeve:mailto:t.reeve@holloway-legal.co.uk",
            "DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(T9),
            "UID:040000008200E00074C5B7101A82E00800000000B0F7C1D2A4F6DC01000000000000000010000000E1A9",
            "SUMMARY;LANGUAGE=en-GB:Meridian Vault technical deep-dive",
            "DTSTART;TZID=GMT Standard Time:20260616T100000", "DTEND;TZID=GMT Standard Time:20260616T110000",
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260608T081244Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
            "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting / 1 Finsbury Avenue\\, room 4.12",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR"])
msg(date=dt.datetime(2026, 6, 8, 9, 12, 44, tzinfo=BST), frm=("Oliver Grant", "oliver.grant@uk.meridian-data.com"),
    to=[("Priya Natarajan", "p.natarajan@holloway-legal.co.uk"), ("Tom Reeve", "t.reeve@holloway-legal.co.uk")],
    subject="Meridian Vault technical deep-dive",
    mid="LO2P265MB5121C0A8F3E94D1B2A77E0C1B9A2@LO2P265MB5121.GBRP265.PROD.OUTLOOK.COM", archive=True,
    extra=["Thread-Topic: Meridian Vault technical deep-dive", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "],
    body=lambda: multipart("alternative", "_000_LO2P265MB5121C0A8F3E94D1B_", [
        leaf("text/plain", T9),
        leaf("text/calendar", ICS9, charset="utf-8", cte="base64", params="; method=REQUEST")]),
    text=T9,
    claims=[(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault recovery objectives: RPO of 15 minutes"),
            (V, "rto", dur(4, "hours"), "unverified", "full-tenant restore (RTO) within 4 hours"),
            (V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
            (V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault at £16 per TB per month plus VAT")])

# 0010 tokyo out-of-office auto-reply (ISO-2022-JP) ------------------------------
T10 = """いつもお世話になっております。メリディアン・データの森でございます。

誠に恐れ入りますが、6月9日（火）から6月12日（金）まで出張のため不在にしております。
期間中はメールの確認が遅れ、ご返信は6月15日（月）以降となります。

メリディアン シンクのお見積り・ご契約に関するお急ぎのご用件は、東京オフィス営業部（03-6555-0123／平日9:00〜18:00）までお電話ください。
担当者より2営業日以内にご連絡いたします。

ご不便をおかけいたしますが、何卒よろしくお願いいたします。
"""
msg(date=dt.datetime(2026, 6, 9, 8, 3, 17, tzinfo=JST), frm=("森 陽菜", "h.mori@jp.meridian-data.com"),
    to=[(None, "t.sasaki@harmonia-logi.co.jp")], subject="自動応答: Re: メリディアン シンク お見積りについて",
    mid="TYWPR01MB10455A1B2C3D4E5F60718293A4B5C6@TYWPR01MB10455.jpnprd01.prod.outlook.com", archive=False, charset="iso-2022-jp",
    in_reply_to="CAH7tq2Lw0Xk3e+9pZ1ab4Qh0aHarmonia-sasaki@mail.gmail.com",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: h.mori@jp.meridian-data.com"],
    body=lambda: leaf("text/plain", T10, charset="iso-2022-jp", cte="7bit"),
    text=T10, claims=[])

# 0011 us-hq newsletter ----------------------------------------------------------
T11 = """MERIDIAN MONTHLY | June 2026
View in browser: https://news.meridian-data.com/2026-06

BIGGER TEAMS ON MERIDIAN SYNC
Since April, a single Meridian Sync organization can hold up to 10,000 users. Admins can raise the limit from the console; no migration is needed.

MERIDIAN INSIGHT: BETA UPDATE
Meridian Insight remains in public beta, with general availability planned for January 2027.
Dashboards in Meridian Insight now load in under 2 seconds, even on large workspaces.

MERIDIAN VAULT IN FRANKFURT
Meridian Vault customers in the EU can now keep backups in our Frankfurt data center.

WHY TEAMS SWITCH
"We moved 3,400 employees in a weekend."
- Head of IT, logistics company, Rotterdam
Meridian Sync's industry-leading admin console makes rollouts like this routine.

UPCOMING
Webinar: Meridian Insight Live, Thursday, June 11, 10:00 PT.
Register: https://events.meridian-data.com/insight-live

--
You're receiving this because you subscribed at meridian-data.com.
Unsubscribe: https://go.meridian-data.com/u/n/8c1e77 | Email preferences: https://go.meridian-data.com/p/8c1e77
Meridian Data Inc., 548 Market St, Suite 31207, San Francisco, CA 94104, USA
(c) 2026 Meridian Data Inc. Meridian Sync, Meridian Vault and Meridian Insight are trademarks of Meridian Data Inc.
"""


def newsletter_html(text, accent):
    blocks = text.split("\n\n")
    rows = []
    for b in blocks:
        lines = b.split("\n")
        if lines[0].isupper() or lines[0].startswith("MERIDIAN"):
            rows.append('<tr><td style="padding:16px 24px 4px;font:bold 16px Arial;color:%s">%s</td></tr>' % (accent, html.escape(lines[0])))
            lines = lines[1:]
        if lines:
            rows.append('<tr><td style="padding:4px 24px 12px;font:14px/1.5 Arial;color:#333">%s</td></tr>'
                        % "<br>\n".join(html.escape(l) for l in lines))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>Meridian Monthly</title></head>\n<body style="margin:0;background:#f3f4f6">\n'
            '<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            + "\n".join(rows) + '\n</table>\n<img src="https://go.meridian-data.com/o/8c1e77.gif" width="1" height="1" alt="">\n</body></html>\n')


msg(date=dt.datetime(2026, 6, 10, 6, 0, 2, tzinfo=PDT), frm=("Meridian Data", "news@meridian-data.com"),
    to=[(None, "dwhitfield@brightlane.io")],
    subject="Meridian Monthly - June 2026: bigger Sync tenants, Insight beta news, Vault in Frankfurt",
    mid="20260610130002.8c1e77.4471@news.meridian-data.com", archive=True,
    extra=["List-Unsubscribe: <https://go.meridian-data.com/u/n/8c1e77>, <mailto:unsubscribe-8c1e77@news.meridian-data.com>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: Meridian Monthly <monthly.news.meridian-data.com>",
           "Precedence: bulk", "Feedback-ID: 2606:newsletter:meridian"],
    body=lambda: multipart("alternative", "b1=_nl2606_Qx7", [leaf("text/plain", T11), leaf("text/html", newsletter_html(T11, "#0b5cab"))]),
    text=T11,
    claims=[(S, "max_users", 10000, "ok", "a single Meridian Sync organization can hold up to 10,000 users"),
            (I, "general_availability", "2027-01", "ok", "Meridian Insight remains in public beta, with general availability planned for January 2027."),
            (I, "query_latency", dur(2, "seconds"), "ok", "Dashboards in Meridian Insight now load in under 2 seconds"),
            (V, "data_centers", "Frankfurt", "ok", "Meridian Vault customers in the EU can now keep backups in our Frankfurt data center.")],
    findings=[("phrase", "en.superlative", None, "Meridian Sync's industry-leading admin console")])

# 0012 us-hq webinar follow-up ---------------------------------------------------
T12 = """Hi Dana,

Thanks for joining "Meridian Insight Live: from raw data to dashboards in an afternoon" today. The recording (52 minutes) and the slides are ready:

Recording: https://events.meridian-data.com/r/insight-live-0611
Slides (PDF, 4.1 MB): https://events.meridian-data.com/s/insight-live-0611.pdf

YOUR NEXT STEP
Start your 14-day free trial of Meridian Insight - no credit card needed: https://app.meridian-data.com/insight/trial?src=webinar-0611

QUESTIONS WE DIDN'T GET TO
Q: How many dashboards can one workspace hold?
A: Meridian Insight supports up to 200 dashboards per workspace.
Q: Is pricing per seat?
A: Yes. Meridian Insight is $30 per user per month, billed annually.
Q: Which data sources can it connect to?
A: Meridian Insight ships with 40+ pre-built connectors, including Salesforce, Snowflake and BigQuery.

Poll results: 62% of attendees said monthly reporting takes them more than two days.

See you at the next one,
The Meridian Events team

Meridian Data Inc. | 548 Market St, Suite 31207 | San Francisco, CA 94104
Unsubscribe from event emails: https://go.meridian-data.com/u/e/55d0a2
"""
C12 = [(I, "free_trial", dur(14, "days"), "conflict", "Start your 14-day free trial of Meridian Insight"),
       (I, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
       (I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month, billed annually."),
       (I, "integrations", 40, "unverified", "Meridian Insight ships with 40+ pre-built connectors")]
msg(date=dt.datetime(2026, 6, 11, 14, 2, 11, tzinfo=PDT), frm=("Meridian Events", "events@meridian-data.com"),
    to=[("Dana Whitfield", "dwhitfield@brightlane.io")],
    subject="Thanks for joining Meridian Insight Live - recording and slides inside",
    mid="20260611210211.55d0a2.9012@events.meridian-data.com", archive=True,
    extra=["List-Unsubscribe: <https://go.meridian-data.com/u/e/55d0a2>", "Precedence: bulk", "X-Mailer: Meridian Events (ON24 connector)"],
    body=lambda: multipart("alternative", "evt_0611_alt_7f3a", [leaf("text/plain", T12), leaf("text/html", to_html(T12))]),
    text=T12, claims=C12)

# 0013 london sequence mail (HubSpot) ---------------------------------------------
T13 = """Hi James,

I noticed Calderbank has just opened its Leeds office, so I thought I'd share how other surveying practices protect their project archives with Meridian Vault.

In short:
- Meridian Vault comes with a 99.9% availability SLA, backed by service credits.
- Your backups stay in the UK: Meridian Vault keeps them in our London data centre.
- Pricing is simple: Meridian Vault is £16 per TB per month, and you only pay for what you store.
- We can move your existing backups across with zero downtime.

Worth a 20-minute call? Here's my calendar: https://meetings.hubspot.com/sophie-turner-meridian

Kind regards,
Sophie

Sophie Turner
Account Executive, Meridian Data UK Ltd
+44 20 3966 1187 | 1 Finsbury Avenue, London EC2M 2PF
Meridian Data UK Ltd is registered in England and Wales (No. 09876543). VAT GB 318 4471 20.

If you'd rather not hear from me, just reply "no thanks" or unsubscribe here: https://hs.meridian-data.co.uk/u/3Jd0sW
"""
msg(date=dt.datetime(2026, 6, 12, 9, 31, 5, tzinfo=BST), frm=("Sophie Turner", "sophie.turner@uk.meridian-data.com"),
    to=[("James Okafor", "james.okafor@calderbank-surveyors.co.uk")], subject="Calderbank Surveyors + Meridian Vault",
    mid="1781253065.7c2f@hs.meridian-data.co.uk", archive=True,
    extra=["X-HS-Cid: 7a1d3f0e-2c44-4b9a-91e0-5d8c3b7f6a20", "X-HubSpot-Sequence: uk-vault-prof-services step 1"],
    body=lambda: leaf("text/plain", T13),
    text=T13,
    claims=[(V, "sla", 99.9, "conflict", "Meridian Vault comes with a 99.9% availability SLA, backed by service credits."),
            (V, "data_centers", "London", "conflict", "Meridian Vault keeps them in our London data centre."),
            (V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month")],
    findings=[("phrase", "en.guarantee", None, "We can move your existing backups across with zero downtime.")])

# 0014 tokyo ticket-system notification ------------------------------------------
T14 = """##- このメールにご返信いただく場合は、この行より上にご記入ください -##

お問い合わせ #JP-20931 に担当者から回答がありました。

川口 浩二（メリディアン・データ テクニカルサポート）
2026年6月15日 11:42

北村様

お問い合わせいただきありがとうございます。テクニカルサポートの川口でございます。

メリディアン ボールトのデータセンターは、東京と大阪の2拠点でございます。
現時点では、シンガポール リージョンでの提供予定はございません。
また、同製品のバックアップデータは、保存時にAES-256で暗号化されます。

そのほかご不明な点がございましたら、本メールにご返信ください。

--------------------------------
2026年6月12日(金) 18:05 北村 亮 <r.kitamura@kansai-seimitsu.co.jp>:
> メリディアン ボールトのバックアップデータは、海外（シンガポール等）に保管されることはありますか？
> 弊社の規程上、バックアップは国内保管が必須となっております。

このメールは メリディアン・データ サポートセンターから送信されています。
お問い合わせ番号: JP-20931 ／ サポート窓口 0120-958-221（平日 9:00〜18:00）
[7G2KQ1-R8M4]
"""
msg(date=dt.datetime(2026, 6, 15, 11, 42, 38, tzinfo=JST), frm=("メリディアン・データ サポート", "support@jp.meridian-data.com"),
    to=[("北村 亮", "r.kitamura@kansai-seimitsu.co.jp")], subject="[#JP-20931] Re: メリディアン ボールトのデータ保存先について",
    mid="7G2KQ1R8M4_6669f3e6a1b2c_9f3e@support.meridian-data.zendesk.com", archive=True,
    extra=["Reply-To: =?UTF-8?B?44Oh44Oq44OH44Kj44Ki44Oz44O744OH44O844K/IOOCteODneODvOODiA==?= <support+id20931@jp.meridian-data.com>",
           "Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 4f21c9"],
    body=lambda: multipart("alternative", "--==_mimepart_6669f3e6_a1b2", [leaf("text/plain", T14), leaf("text/html", to_html(T14))]),
    text=T14,
    claims=[(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは、東京と大阪の2拠点でございます。"),
            (V, "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは、東京と大阪の2拠点でございます。"),
            (V, "encryption", "AES-256", "ok", "同製品のバックアップデータは、保存時にAES-256で暗号化されます。")])

# 0015 customer reply to the webinar mail (full Apple-Mail style quote) ------------
T15 = """Hi Ryan (cc'ing you since events@ probably doesn't read replies),

Quick one before we start the pilot. The email below says 14 days. But our Tokyo team was told by your Japan office that the Meridian Insight trial runs 30 days. Which one applies to us? We'd need at least three weeks to get finance through it.

Thanks,
Dana

Dana Whitfield
Director of Business Systems, Brightlane Inc.
+1 (503) 555-0199

On Thu, Jun 11, 2026 at 2:02 PM Meridian Events <events@meridian-data.com> wrote:
""" + "".join(("> " + l).rstrip() + "\n" for l in T12.rstrip("\n").split("\n"))
msg(date=dt.datetime(2026, 6, 16, 16, 40, 52, tzinfo=PDT), frm=("Dana Whitfield", "dwhitfield@brightlane.io"),
    to=[("Meridian Events", "events@meridian-data.com")], cc=[("Ryan Cho", "ryan.cho@meridian-data.com")],
    subject="Re: Thanks for joining Meridian Insight Live - recording and slides inside",
    mid="CAK9mPz4e1Rv0X+7nQf3hT2bLw8Yd6sUo1pZ@mail.gmail.com", archive=True,
    in_reply_to="20260611210211.55d0a2.9012@events.meridian-data.com",
    body=lambda: leaf("text/plain", T15),
    text=T15,
    claims=[(I, "free_trial", dur(30, "days"), "ok", "our Tokyo team was told by your Japan office that the Meridian Insight trial runs 30 days")]
    + [c + (True, "us-hq") for c in C12])

# 0016 us-hq human reply, quoting only Dana's lines ------------------------------
T16 = """Hi Dana,

Good catch, and sorry for the mix-up. The Meridian Insight free trial is 30 days, not 14 as the follow-up email said; our events team is fixing the template.

Three weeks fits comfortably. Pricing doesn't change either: Meridian Insight stays at $30 per user per month once the trial ends.

I'll send the trial invite for your 12 pilot users this afternoon.

Ryan

Ryan Cho | Enterprise Account Executive | Meridian Data Inc.
+1 (415) 555-0168

On Tue, Jun 16, 2026 at 4:40 PM Dana Whitfield <dwhitfield@brightlane.io> wrote:
> Hi Ryan (cc'ing you since events@ probably doesn't read replies),
>
> Quick one before we start the pilot. The email below says 14 days. But our
> Tokyo team was told by your Japan office that the Meridian Insight trial
> runs 30 days. Which one applies to us? We'd need at least three weeks to get
> finance through it.
>
> Thanks,
> Dana
"""
msg(date=dt.datetime(2026, 6, 17, 9, 5, 30, tzinfo=PDT), frm=("Ryan Cho", "ryan.cho@meridian-data.com"),
    to=[("Dana Whitfield", "dwhitfield@brightlane.io")],
    subject="Re: Thanks for joining Meridian Insight Live - recording and slides inside",
    mid="CAF3xq0Jm5vR2+Yt8cLpN1wQe7hBz4dKs9u@mail.gmail.com", archive=True,
    in_reply_to="CAK9mPz4e1Rv0X+7nQf3hT2bLw8Yd6sUo1pZ@mail.gmail.com",
    body=lambda: multipart("alternative", "000000000000a41f2c06218b7e3d", [leaf("text/plain", T16), leaf("text/html", to_html(T16))]),
    text=T16,
    claims=[(I, "free_trial", dur(30, "days"), "ok", "The Meridian Insight free trial is 30 days, not 14 as the follow-up email said"),
            (I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight stays at $30 per user per month once the trial ends."),
            (I, "free_trial", dur(30, "days"), "ok", "Tokyo team was told by your Japan office that the Meridian Insight trial", True, "unknown")])

# 0017 tokyo webinar follow-up ---------------------------------------------------
T17 = """寿商事株式会社
藤井 彩 様

本日は「データ活用をはじめよう：メリディアン インサイト活用ウェビナー」にご参加いただき、誠にありがとうございました。
当日の資料とアーカイブ動画（約45分）を下記よりご覧いただけます。

▼ 資料ダウンロード
https://events.meridian-data.com/ja/insight-webinar-0618/slides
▼ アーカイブ動画（視聴期限：2026年7月31日）
https://events.meridian-data.com/ja/insight-webinar-0618/video

■ ウェビナーでご紹介した内容（抜粋）
・メリディアン インサイトは、30日間の無料トライアルをご利用いただけます。
・メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）です。
・メリディアン インサイトは現在ベータ版として提供しており、2027年1月に一般提供を開始する予定です。
・メリディアン インサイトの日本語による自然文検索は、業界初の機能です。

■ アンケートご協力のお願い
今後の改善のため、アンケート（所要時間：約3分）へのご協力をお願いいたします。
https://forms.meridian-data.com/ja/s/0618

──────────────────
メリディアン・データ セミナー事務局
株式会社メリディアン・データ・ジャパン 東京オフィス
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL：03-6555-0130（平日 10:00〜17:00）
配信停止：https://go.meridian-data.com/ja/optout?e=seminar
──────────────────
"""
msg(date=dt.datetime(2026, 6, 18, 17, 30, 0, tzinfo=JST), frm=("メリディアン・データ セミナー事務局", "seminar@jp.meridian-data.com"),
    to=[("藤井 彩", "a.fujii@kotobuki-shoji.co.jp")], subject="【ご参加御礼】6/18 メリディアン インサイト活用ウェビナー 資料送付のご案内",
    mid="20260618083000.0618-insight.21907@seminar.jp.meridian-data.com", archive=True,
    extra=["Precedence: bulk", "List-Unsubscribe: <https://go.meridian-data.com/ja/optout?e=seminar>", "X-Mailer: Meridian Events JP"],
    body=lambda: multipart("alternative", "=_seminar_0618_9d2c", [leaf("text/plain", T17, cte="base64"), leaf("text/html", to_html(T17), cte="base64")]),
    text=T17,
    claims=[(I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトは、30日間の無料トライアルをご利用いただけます。"),
            (I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）です。"),
            (I, "general_availability", "2027-01", "ok", "2027年1月に一般提供を開始する予定です。")],
    findings=[("phrase", "ja.first-in-industry", None, "メリディアン インサイトの日本語による自然文検索は、業界初の機能です。")])

# 0018 tokyo calendar invitation (Google Calendar style, with invite.ics) ----------
T18 = """株式会社ハルモニア物流 佐々木様、小野様

導入前の技術説明会の日程をお送りいたします。

日時：2026年7月2日（木）14:00〜15:00（日本時間）
場所：弊社東京オフィス 21F 会議室B ／ オンライン参加（Google Meet）
Google Meet: https://meet.google.com/xsd-qwpr-kmn
電話で参加: (JP) +81 3-4579-1123 PIN: 428 771 905#

アジェンダ
14:00 ご挨拶・本日の進め方
14:05 メリディアン シンクのストレージ容量：1ユーザーあたり1TB
14:20 メリディアン シンクの対応OS（Windows／macOS／iOS／Android）とクライアント配布方法
14:40 メリディアン シンクのオフライン利用について：オフラインモードには対応しておりません（常時接続が前提となります）
14:55 質疑応答・今後のスケジュール

森 陽菜（メリディアン・データ 東京オフィス）
"""
T18_GOOGLE = T18 + """
Google カレンダーからの招待状: https://calendar.google.com/calendar/
このメールは、イベント「メリディアン シンク 導入前技術説明会」のゲストである t.sasaki@harmonia-logi.co.jp 宛に送信されています。
"""
ICS18 = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTART:20260702T050000Z", "DTEND:20260702T060000Z", "DTSTAMP:20260625T021533Z",
             "ORGANIZER;CN=森 陽菜:mailto:h.mori@jp.meridian-data.com",
             "UID:3q7h0c2k9m1r5t8v4x6z0b2d4f@google.com",
             "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.sasaki@harmonia-logi.co.jp;X-NUM-GUESTS=0:mailto:t.sasaki@harmonia-logi.co.jp",
             "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=k.ono@harmonia-logi.co.jp;X-NUM-GUESTS=0:mailto:k.ono@harmonia-logi.co.jp",
             "X-GOOGLE-CONFERENCE:https://meet.google.com/xsd-qwpr-kmn", "CREATED:20260625T021531Z",
             "DESCRIPTION:" + ics_escape(T18), "LAST-MODIFIED:20260625T021531Z",
             "LOCATION:" + ics_escape("メリディアン・データ 東京オフィス 21F 会議室B"), "SEQUENCE:0", "STATUS:CONFIRMED",
             "SUMMARY:" + ics_escape("メリディアン シンク 導入前技術説明会"), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
msg(date=dt.datetime(2026, 6, 25, 11, 15, 33, tzinfo=JST), frm=("森 陽菜", "h.mori@jp.meridian-data.com"),
    to=[(None, "t.sasaki@harmonia-logi.co.jp"), (None, "k.ono@harmonia-logi.co.jp")],
    subject="招待状: メリディアン シンク 導入前技術説明会 - 2026年7月2日 (木) 14:00～15:00 (JST)",
    mid="calendar-7c1e0d84-2b9f-4a63-9e15-3f0a6d2c8b71@google.com", archive=True,
    extra=["Reply-To: h.mori@jp.meridian-data.com", "Sender: Google Calendar <calendar-notification@google.com>"],
    body=lambda: multipart("mixed", "0000000000008d5c3f06219c1a2b", [
        multipart("alternative", "0000000000008d5c3d06219c1a29", [
            leaf("text/plain", T18_GOOGLE, cte="base64"),
            leaf("text/html", to_html(T18_GOOGLE), cte="quoted-printable"),
            leaf("text/calendar", ICS18, cte="base64", params="; method=REQUEST")]),
        'Content-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\n'
        "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(ICS18.encode("utf-8")).decode("ascii")]),
    text=T18_GOOGLE,
    claims=[(S, "storage_per_user", 1 * TB, "ok", "メリディアン シンクのストレージ容量：1ユーザーあたり1TB")]
    + [(S, "supported_platforms", p, "ok", "メリディアン シンクの対応OS（Windows／macOS／iOS／Android）") for p in ("Windows", "macOS", "iOS", "Android")]
    + [(S, "offline_mode", False, "ok", "メリディアン シンクのオフライン利用について：オフラインモードには対応しておりません")])

# 0019 tokyo order confirmation (tool, UTF-8 8bit) -------------------------------
T19 = """寿商事株式会社
藤井 彩 様

このたびはご注文いただき、誠にありがとうございます。
下記の内容でご注文を承りました。

注文番号　　：JP-SO-2026-07-0142
注文日　　　：2026年7月2日
利用開始日　：2026年7月15日
契約期間　　：12か月

【ご注文内容】（単価はすべて税込・月額）
品目                                         数量     単価        小計
メリディアン インサイト（1ユーザーあたり）   50名     4,400円     220,000円
メリディアン シンク 月額基本料金             1        50,000円    50,000円
──────────────────────────────────────
月額合計（税込）                                                  270,000円

※ 本メールは受注システムより自動送信されています。
※ メリディアン シンクは1組織あたり最大5,000ユーザーまでご利用いただけます（ご利用規約 第3条）。
※ ご請求書は毎月末日締め、翌月10日に発行いたします。
お問い合わせ：受注センター 03-6555-0140（平日 9:30〜17:30）

株式会社メリディアン・データ・ジャパン 東京オフィス 受注センター
"""
msg(date=dt.datetime(2026, 7, 2, 15, 48, 2, tzinfo=JST), frm=("メリディアン・データ 受注センター", "order-jp@jp.meridian-data.com"),
    to=[("藤井 彩", "a.fujii@kotobuki-shoji.co.jp")], subject="【ご注文確認】注文番号 JP-SO-2026-07-0142 寿商事株式会社 様",
    mid="JP-SO-2026-07-0142.1782974882@order.jp.meridian-data.com", archive=False,
    extra=["Auto-Submitted: auto-generated", "X-Mailer: MeridianQuote 4.2.1"],
    body=lambda: leaf("text/plain", T19, cte="8bit"),
    text=T19,
    claims=[(I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "メリディアン インサイト（1ユーザーあたり）   50名     4,400円"),
            (S, "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "メリディアン シンク 月額基本料金             1        50,000円"),
            (S, "max_users", 5000, "stale", "メリディアン シンクは1組織あたり最大5,000ユーザーまでご利用いただけます（ご利用規約 第3条）。")])

# 0020 london out-of-office ------------------------------------------------------
T20 = """Thank you for your email. I'm on annual leave until Monday 20 July 2026 with no access to email.

For anything urgent on your Meridian Vault evaluation, please contact my colleague Sophie Turner (sophie.turner@uk.meridian-data.com, +44 20 3966 1187). For live restore incidents, our support desk is available on +44 20 3966 1200.

Best regards,
Oliver

-- 
Oliver Grant
Senior Account Executive | Meridian Data UK Ltd
Meridian Vault: 15-minute RPO | 90-day retention as standard
+44 7700 900 418 | 1 Finsbury Avenue, London EC2M 2PF
"""
msg(date=dt.datetime(2026, 7, 6, 8, 1, 9, tzinfo=BST), frm=("Oliver Grant", "oliver.grant@uk.meridian-data.com"),
    to=[("Priya Natarajan", "p.natarajan@holloway-legal.co.uk")], subject="Automatic reply: Meridian Vault - draft proposal",
    mid="LO2P265MB51217E2D0C9B4A1F3E66D0B8C5A4@LO2P265MB5121.GBRP265.PROD.OUTLOOK.COM", archive=True,
    in_reply_to="CWLP123MB4471A0E2F7D9C3B1E5F2A6D9B8C7@CWLP123MB4471.GBRP123.PROD.OUTLOOK.COM",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: oliver.grant@uk.meridian-data.com"],
    body=lambda: leaf("text/plain", T20, charset="us-ascii", cte="7bit"),
    text=T20, claims=[])

# 0021 us-hq customer-success renewal merge --------------------------------------
T21 = """Hi Glen,

Your Meridian Sync subscription for Ostrander Foods renews on September 30, 2026. Your current plan covers 1,200 seats; you can adjust that any time before renewal.

What's new in Meridian Sync this year:
- Meridian Sync now supports up to 10,000 users per organization.
- With the new desktop client, your team can keep working offline in Meridian Sync and changes sync when they reconnect.
- Each user's storage stays at {{storage_quota}}.
- Meridian Sync holds ISO 27001 certification, and you can request our latest SOC 2 Type II report through the Trust Center.
- Share with unlimited external guests on the Business plan.

Pricing: the Meridian Sync list price remains $399/month for your organization.

If you'd like to review your seat count or add Meridian Vault for backups, just reply and I'll set up a call.

Thanks,
Lauren Fisk
Customer Success Manager, Meridian Data Inc.
+1 (415) 555-0123 ext. 204

Meridian Data Inc. | 548 Market St, Suite 31207 | San Francisco, CA 94104
Manage your email preferences: https://go.meridian-data.com/p/{{contact_id}}
"""
msg(date=dt.datetime(2026, 7, 20, 7, 45, 0, tzinfo=PDT), frm=("Lauren Fisk", "lauren.fisk@meridian-data.com"),
    to=[("Glen Ostrander", "it-admin@ostrander-foods.com")], subject="Your Meridian Sync renewal - what's new before September 30",
    mid="1784558700.4f2a9c@hubspotemail.net", archive=True,
    extra=["X-HS-Cid: c0b7e2a9-8f31-4d5e-a6c2-9e1f04b3d7a8", "X-Report-Abuse-To: abuse@hubspot.com"],
    body=lambda: multipart("alternative", "===============2206144901==", [leaf("text/plain", T21), leaf("text/html", to_html(T21))]),
    text=T21,
    claims=[(S, "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per organization."),
            (S, "offline_mode", True, "conflict", "your team can keep working offline in Meridian Sync"),
            (S, "certifications", "ISO 27001", "ok", "Meridian Sync holds ISO 27001 certification, and you can request our latest SOC 2 Type II report"),
            (S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync holds ISO 27001 certification, and you can request our latest SOC 2 Type II report"),
            (S, "monthly_price", money(399, "USD", "month"), "ok", "the Meridian Sync list price remains $399/month")],
    findings=[("phrase", "en.unlimited", None, "Share with unlimited external guests on the Business plan.")])

# 0022 tokyo newsletter ----------------------------------------------------------
T22 = """メリディアン通信 2026年8月号
──────────────────
※本メールは、メリディアン・データのサービスをご利用中のお客様、および資料をご請求いただいた方にお送りしています。

■ トピック1：メリディアン シンク、最大1万ユーザーに
メリディアン シンクは、1組織あたり最大1万ユーザーまでご利用いただけます。
旧称「メリディアン ファイルシンク」時代からご利用のお客様も、追加の移行作業は不要です。
メリディアン シンクは、法人向けファイル共有サービスの国内シェアNo.1※を獲得しました。
※2026年6月 ITマーケット総研調べ（国内法人向けファイル共有サービス市場、ユーザー数ベース）

■ トピック2：メリディアン ボールトの国内データセンター
メリディアン ボールトは、東京・大阪の国内2拠点のデータセンターでバックアップを保管しています。

■ トピック3：メリディアン インサイト ベータ版のご案内
メリディアン インサイトは2027年1月の一般提供開始に向け、ベータ版を無償でご利用いただけます。

■ セミナーのお知らせ
9月10日（木）15:00〜16:00「メリディアン ボールトで始めるランサムウェア対策」（オンライン・参加無料）
定員：100名（先着順）
お申し込み：https://events.meridian-data.com/ja/vault-0910

──────────────────
配信停止・配信先の変更：https://go.meridian-data.com/ja/optout?id=55120
発行：株式会社メリディアン・データ・ジャパン マーケティング部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
Copyright (c) 2026 Meridian Data K.K. All rights reserved.
"""
msg(date=dt.datetime(2026, 8, 4, 10, 0, 0, tzinfo=JST), frm=("メリディアン・データ ニュース", "news@jp.meridian-data.com"),
    to=[(None, "t.sasaki@harmonia-logi.co.jp")], subject="メリディアン通信 2026年8月号｜メリディアン シンク 最大1万ユーザー対応ほか",
    mid="20260804010000.55120.nl2608@news.jp.meridian-data.com", archive=True,
    extra=["List-Unsubscribe: <https://go.meridian-data.com/ja/optout?id=55120>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
           "Precedence: bulk", "Feedback-ID: 2608:newsletter-ja:meridian"],
    body=lambda: multipart("alternative", "b1=_nl2608_jp", [leaf("text/plain", T22, cte="base64"),
                                                          leaf("text/html", newsletter_html(T22, "#0b5cab"), cte="quoted-printable")]),
    text=T22,
    claims=[(S, "max_users", 10000, "ok", "メリディアン シンクは、1組織あたり最大1万ユーザーまでご利用いただけます。"),
            (V, "data_centers", "Tokyo", "ok", "メリディアン ボールトは、東京・大阪の国内2拠点のデータセンターでバックアップを保管しています。"),
            (V, "data_centers", "Osaka", "ok", "メリディアン ボールトは、東京・大阪の国内2拠点のデータセンターでバックアップを保管しています。"),
            (I, "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月の一般提供開始に向け")],
    findings=[("terminology", None, S, "旧称「メリディアン ファイルシンク」時代からご利用のお客様も")])

# 0023 london ticket notification ------------------------------------------------
T23 = """Your request (#UK-55102) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Aaron Blake (Meridian Support)
18 Aug 2026, 10:06 BST

Hi Priya,

Thanks for checking before you set up the policy. Meridian Vault's default retention is 90 days; you can extend it per backup policy up to your own compliance requirement.

For production-down incidents, Meridian Vault Premier Support gives a first response within 1 hour, 24/7.

Kind regards,
Aaron

On 17 Aug 2026, at 16:22, Priya Natarajan <p.natarajan@holloway-legal.co.uk> wrote:

> Hello,
>
> During procurement we were told by your reseller that Meridian Vault keeps backups for a year by default. Can you confirm before we configure our policies?
>
> Priya Natarajan
> IT Manager, Holloway Legal LLP

----------------------------------------------
This email is a service from Meridian Support. Ticket #UK-55102 | Priority: Normal
Meridian Data UK Ltd, 1 Finsbury Avenue, London EC2M 2PF | Registered in England and Wales No. 09876543
[Z8K4RQ-3MWP]
"""
msg(date=dt.datetime(2026, 8, 18, 10, 6, 51, tzinfo=BST), frm=("Meridian Support UK", "support@uk.meridian-data.com"),
    to=[("Priya Natarajan", "p.natarajan@holloway-legal.co.uk")],
    subject="[Meridian Support] Request #UK-55102: Vault retention for closed matters - updated",
    mid="Z8K4RQ3MWP_66c1b8f3d2e4a_7b1c@support.meridian-data.zendesk.com", archive=True,
    extra=["Reply-To: Meridian Support UK <support+id55102@uk.meridian-data.com>", "Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body=lambda: leaf("text/plain", T23, charset="UTF-8", cte="7bit"),
    text=T23,
    claims=[(V, "retention", dur(90, "days"), "ok", "Meridian Vault's default retention is 90 days"),
            (V, "support_response_time", dur(1, "hours"), "unverified", "Meridian Vault Premier Support gives a first response within 1 hour, 24/7."),
            (V, "retention", dur(1, "years"), "conflict", "we were told by your reseller that Meridian Vault keeps backups for a year by default", True, "unknown")])

# 0024 unreadable: a helpdesk export saved gzip-compressed under .eml -------------
msg(date=dt.datetime(2026, 9, 2, 12, 0, 0, tzinfo=BST), unreadable=True, archive=False,
    why="gzip-compressed data saved as .eml (a helpdesk export): not an RFC 5322 message",
    raw=lambda: gzip.compress(("From: Meridian Support UK <support@uk.meridian-data.com>\nSubject: [Meridian Support] Request #UK-55371\n"
                               "Date: Wed, 02 Sep 2026 12:00:00 +0100\n\nMeridian Vault restore completed.\n").encode(), mtime=0))


# ---------------------------------------------------------------- documents
DOCS = []

D1 = """# メリディアン シンク ご提案書

株式会社ハルモニア物流 御中

提案番号：TK-P-2026-1187　／　提出日：2026年11月16日
株式会社メリディアン・データ・ジャパン 東京オフィス 営業部 森 陽菜

## 1. ご提案の背景

貴社では現在、拠点ごとにファイルサーバーを運用されており、拠点間のファイル共有に課題があると伺っております。
本書では、メリディアン シンクによる全社ファイル共有基盤への移行をご提案いたします。

## 2. メリディアン シンクの主な仕様

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | 10,000ユーザー（1組織あたり） |
| ストレージ容量 | 1ユーザーあたり1TB |
| 稼働率SLA | 99.9% |
| 対応OS | Windows、macOS、iOS、Android |
| オフライン利用 | 非対応（常時接続が前提） |
| 第三者認証 | ISO/IEC 27001、SOC 2 Type II、ISMAP |

## 3. 料金（金額はすべて税抜）

| 費目 | 金額 |
|---|---|
| メリディアン シンク 月額基本料金 | 50,000円／月 |
| 導入支援サービス（初期・一括） | {{初期費用}} |
| 年間合計（初年度） | {{年間合計}} |

## 4. 移行について

現在メリディアン・ファイルシンクをご利用中の部署（物流企画部）は、アカウント情報をそのまま引き継いでご利用いただけます。
移行作業は土日の2日間で完了する計画です。

## 5. 導入実績

メリディアン シンクは、国内の法人向けファイル共有市場でトップシェアを誇るサービスです。

以上
"""
DOCS.append(dict(path="docs/tokyo/teian_harmonia_meridian-sync.md", text=D1, office="tokyo",
                 claims=[(S, "max_users", 10000, "ok", "| 最大ユーザー数 | 10,000ユーザー（1組織あたり） |"),
                         (S, "storage_per_user", 1 * TB, "ok", "| ストレージ容量 | 1ユーザーあたり1TB |"),
                         (S, "sla", 99.9, "ok", "| 稼働率SLA | 99.9% |")]
                 + [(S, "supported_platforms", p, "ok", "| 対応OS | Windows、macOS、iOS、Android |") for p in ("Windows", "macOS", "iOS", "Android")]
                 + [(S, "offline_mode", False, "ok", "| オフライン利用 | 非対応（常時接続が前提） |"),
                    (S, "certifications", "ISO 27001", "ok", "| 第三者認証 | ISO/IEC 27001、SOC 2 Type II、ISMAP |"),
                    (S, "certifications", "SOC 2 Type II", "ok", "| 第三者認証 | ISO/IEC 27001、SOC 2 Type II、ISMAP |"),
                    (S, "certifications", "ISMAP", "conflict", "| 第三者認証 | ISO/IEC 27001、SOC 2 Type II、ISMAP |"),
                    (S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円／月 |")],
                 findings=[("terminology", None, S, "現在メリディアン・ファイルシンクをご利用中の部署"),
                           ("phrase", "ja.superlative-no1", None, "国内の法人向けファイル共有市場でトップシェアを誇るサービスです。")]))

D2 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Quote Q-US-2026-7781 - Brightlane Inc.</title>
<style>
body { font-family: Helvetica, Arial, sans-serif; font-size: 13px; color: #1f2933; }
table { border-collapse: collapse; margin: 12px 0; width: 100%; }
th, td { border: 1px solid #cbd2d9; padding: 6px 8px; text-align: left; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
</style>
</head>
<body>
<!-- generated by Meridian CPQ 7.3 (template us-standard-2026) -->
<h1>Quote Q-US-2026-7781</h1>
<p>Prepared for: Brightlane Inc., 1200 Alder Way, Suite 400, Portland, OR 97205<br>
Prepared by: Ryan Cho, Meridian Data Inc.<br>
Quote date: November 12, 2026 &middot; Valid until: December 15, 2026</p>

<table>
<caption>Meridian Vault &mdash; monthly charges</caption>
<tr><th>Item</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>Per-TB subscription (per TB per month)</td><td>120</td><td><s>$22.00</s> $20.00</td><td>$2,400.00</td></tr>
</table>

<table>
<caption>Meridian Insight &mdash; monthly charges</caption>
<tr><th>Item</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>Professional, per user per month</td><td>75</td><td>$30.00</td><td>$2,250.00</td></tr>
<tr><td>Year-one discount (10%)</td><td></td><td></td><td>&minus;$465.00</td></tr>
</table>

<h2>Service terms</h2>
<ul>
<li>Meridian Vault default retention: 30 days, extendable by policy.</li>
<li>Meridian Vault recovery time objective (RTO): 4 hours for a full restore.</li>
<li>Meridian Vault availability SLA: {{vault_sla}}.</li>
<li>Meridian Insight queries return in under 2 seconds.</li>
<li>Discount code: [DISCOUNT_CODE]</li>
</ul>

<p>Prices in USD. Payment terms: Net 30. This quote is subject to the Meridian Master Subscription Agreement.</p>
<footer>Meridian Data Inc. &middot; 548 Market St, Suite 31207, San Francisco, CA 94104 &middot; EIN 94-3187265</footer>
</body>
</html>
"""
DOCS.append(dict(path="docs/us-hq/Q-US-2026-7781_brightlane.html", text=D2, office="us-hq",
                 claims=[(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "<s>$22.00</s> $20.00"),
                         (I, "per_user_price", money(30, "USD", "user-month"), "ok", "<td>Professional, per user per month</td><td>75</td><td>$30.00</td>"),
                         (V, "retention", dur(30, "days"), "conflict", "Meridian Vault default retention: 30 days, extendable by policy."),
                         (V, "rto", dur(4, "hours"), "unverified", "Meridian Vault recovery time objective (RTO): 4 hours for a full restore."),
                         (I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries return in under 2 seconds.")]))

D3 = """MERIDIAN VAULT AND MERIDIAN SYNC
Proposal for Holloway Legal LLP
Ref: UK-PR-2026-214 | 3 November 2026 | Prepared by Oliver Grant, Meridian Data UK Ltd

All prices in this proposal exclude VAT.

1. Summary
Holloway Legal requires off-site backups of its document management system and mailboxes to be retained for 7 years for closed matters.
We propose Meridian Vault for backups, with Meridian Sync for fee-earners who share files with clients.

2. Meridian Vault
- Pricing: Meridian Vault is £16 per TB per month.
- Recovery point: Meridian Vault's RPO is 15 minutes.
- Capacity: a single Meridian Vault tenant can hold up to 0.5 PB.
- Hosting: Meridian Vault runs in our Frankfurt and Oregon data centres; there is no UK data centre.
- Restores: every backup is verified after it is written, so restores are guaranteed to succeed.

3. Meridian Sync
- Pricing: Meridian Sync is £329 per month for the firm.
- Clients: Meridian Sync runs on Windows, macOS, iOS, Android and Linux.
- Users: Meridian Sync supports up to 10,000 users per organisation; before April 2026 the cap was 5,000 users.

4. Meridian Insight (optional)
- Meridian Insight is in beta until its general availability in January 2027; we can include a 30-day free trial of Meridian Insight for your finance team.
- Meridian Insight is £25 per user per month after the trial.

5. Next steps
Oliver Grant, +44 7700 900 418, oliver.grant@uk.meridian-data.com

Meridian Data UK Ltd | Registered in England and Wales No. 09876543 | 1 Finsbury Avenue, London EC2M 2PF
"""
DOCS.append(dict(path="docs/london/Holloway_Legal_Vault_Sync_proposal.txt", text=D3, office="london",
                 claims=[(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Pricing: Meridian Vault is £16 per TB per month."),
                         (V, "rpo", dur(15, "minutes"), "ok", "Recovery point: Meridian Vault's RPO is 15 minutes."),
                         (V, "max_storage", 500 * TB, "ok", "a single Meridian Vault tenant can hold up to 0.5 PB."),
                         (V, "data_centers", "Frankfurt", "ok", "Meridian Vault runs in our Frankfurt and Oregon data centres"),
                         (V, "data_centers", "Oregon", "ok", "Meridian Vault runs in our Frankfurt and Oregon data centres"),
                         (S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Pricing: Meridian Sync is £329 per month for the firm.")]
                 + [(S, "supported_platforms", p, v, "Clients: Meridian Sync runs on Windows, macOS, iOS, Android and Linux.")
                    for p, v in (("Windows", "ok"), ("macOS", "ok"), ("iOS", "ok"), ("Android", "ok"), ("Linux", "conflict"))]
                 + [(S, "max_users", 10000, "ok", "Users: Meridian Sync supports up to 10,000 users per organisation;"),
                    (S, "max_users", 5000, "ok", "before April 2026 the cap was 5,000 users."),
                    (I, "general_availability", "2027-01", "ok", "Meridian Insight is in beta until its general availability in January 2027"),
                    (I, "free_trial", dur(30, "days"), "ok", "we can include a 30-day free trial of Meridian Insight for your finance team."),
                    (I, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "Meridian Insight is £25 per user per month after the trial.")],
                 findings=[("phrase", "en.guarantee", None, "so restores are guaranteed to succeed.")]))

D4 = """御見積書
メリディアン インサイト 導入のご提案

株式会社なにわ精機 御中

見積番号：OS-Q-2026-1102
見積日：2026年11月10日　有効期限：2026年12月10日
株式会社メリディアン・データ・ジャパン 大阪オフィス　担当：西田 裕子（TEL 06-6345-7781）

下記金額はすべて税抜です。

【お見積明細】
品目                                             数量      単価        月額小計
メリディアン インサイト（1ユーザーあたり月額）   120       4,000円     480,000円

【製品仕様（抜粋）】
・メリディアン インサイトで作成できるダッシュボードは最大300個です。
・メリディアン インサイトのクエリは、通常2秒以内に結果を返します。
・メリディアン インサイトの稼働率SLAは99.9%です。
・メリディアン インサイトの無料トライアル期間は30日間です。
・メリディアン インサイトは現在ベータ版で、2027年1月に一般提供開始予定です。

【備考】
・ご契約期間は12か月です。
・本見積の有効期限経過後は、改めてお見積りいたします。

以上
"""
DOCS.append(dict(path="docs/osaka/mitsumori_insight_naniwa-seiki.txt", text=D4, office="osaka",
                 claims=[(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイト（1ユーザーあたり月額）   120       4,000円"),
                         (I, "max_dashboards", 300, "conflict", "メリディアン インサイトで作成できるダッシュボードは最大300個です。"),
                         (I, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリは、通常2秒以内に結果を返します。"),
                         (I, "sla", 99.9, "unverified", "メリディアン インサイトの稼働率SLAは99.9%です。"),
                         (I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトの無料トライアル期間は30日間です。"),
                         (I, "general_availability", "2027-01", "ok", "2027年1月に一般提供開始予定です。")]))

# an ignored draft (.onevoice.yaml ignores **/drafts/**): no expected lines
DRAFT = """御見積書（ドラフト・社内確認用）
メリディアン インサイト 導入のご提案

・メリディアン インサイトで作成できるダッシュボードは最大500個です。
・メリディアン インサイトの料金は1ユーザーあたり月額3,500円（税抜）です。
"""
DRAFT_PATH = "docs/osaka/drafts/mitsumori_insight_naniwa-seiki_v0.txt"

# ---------------------------------------------------------------- cross-office (archive only)
CROSS = [
    dict(product=V, attribute="sla", offices=["london", "osaka"], message_files=["mail/0004.eml", "mail/0005.eml", "mail/0013.eml"],
         values={"osaka": 99.95, "london": 99.9}),
    dict(product=I, attribute="free_trial", offices=["tokyo", "us-hq"], message_files=["mail/0012.eml", "mail/0015.eml", "mail/0017.eml"],
         values={"us-hq": dur(14, "days"), "tokyo": dur(30, "days")}),
    dict(product=S, attribute="offline_mode", offices=["tokyo", "us-hq"], message_files=["mail/0018.eml", "mail/0021.eml"],
         values={"tokyo": False, "us-hq": True}),
]


# ---------------------------------------------------------------- writing
def build_eml(n, m):
    cs = m.get("charset", "utf-8")
    h = []
    h.append("Return-Path: <%s>" % m["frm"][1])
    h.append("From: " + addr(m["frm"][0], m["frm"][1], cs))
    h.append("To: " + ", ".join(addr(a, b, cs) for a, b in m["to"]))
    if m.get("cc"):
        h.append("Cc: " + ", ".join(addr(a, b, cs) for a, b in m["cc"]))
    h.append("Subject: " + hdr_text(m["subject"], cs))
    h.append("Date: " + format_datetime(m["date"]))
    h.append("Message-ID: <%s>" % m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: <%s>" % m["in_reply_to"])
        h.append("References: <%s>" % m["in_reply_to"])
    h += m.get("extra", [])
    h.append("MIME-Version: 1.0")
    return "\n".join(h) + "\n" + m["body"]()


def mbox_from_line(m):
    u = m["date"].astimezone(dt.timezone.utc)
    return "From %s %s %s %2d %s" % (m["frm"][1], u.strftime("%a"), u.strftime("%b"), u.day, u.strftime("%H:%M:%S %Y"))


def mboxrd_escape(text):
    out = []
    for line in text.split("\n"):
        s = line.lstrip(">")
        out.append(">" + line if s.startswith("From ") else line)
    return "\n".join(out)


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    os.makedirs(os.path.join(HERE, "mail"))
    expected, mbox = [], []
    for i, m in enumerate(MSGS, 1):
        f = "mail/%04d.eml" % i
        m["file"] = f
        path = os.path.join(HERE, f)
        if m.get("unreadable"):
            with open(path, "wb") as fh:
                fh.write(m["raw"]())
            expected.append({"type": "finding", "file": f, "message_id": None, "kind": "unreadable", "rule": None,
                             "product": None, "quoted": False, "text": m["why"]})
            continue
        text = build_eml(i, m)
        crlf = i in (5, 9, 10, 20)             # Outlook/Exchange-saved messages keep CRLF
        data = text.replace("\n", "\r\n") if crlf else text
        with open(path, "wb") as fh:
            fh.write(data.encode("utf-8"))
        if m["archive"]:
            mbox.append((m["date"], mbox_from_line(m) + "\n" + mboxrd_escape(text.rstrip("\n")) + "\n\n"))
        sender = office_of(m["frm"][1])
        as_of = m["date"].date().isoformat()
        recs = []
        for c in m["claims"]:
            prod, attr, val, verdict, excerpt = c[:5]
            quoted, office = (c[5], c[6]) if len(c) > 5 else (False, sender)
            assert excerpt in m["text"], (f, excerpt)
            recs.append({"type": "claim", "file": f, "message_id": m["mid"], "product": prod, "attribute": attr,
                         "value": val, "verdict": verdict, "quoted": quoted, "office": office, "as_of": as_of, "text": excerpt})
        for kind, rule, prod, excerpt in m.get("findings", []):
            assert excerpt in m["text"], (f, excerpt)
            recs.append({"type": "finding", "file": f, "message_id": m["mid"], "kind": kind, "rule": rule,
                         "product": prod, "quoted": False, "text": excerpt})
        expected += recs
        if m["archive"]:
            expected += [dict(r, file="mail/archive.mbox") for r in recs]
    mbox.sort(key=lambda x: x[0])
    with open(os.path.join(HERE, "mail/archive.mbox"), "wb") as fh:
        fh.write("".join(x[1] for x in mbox).encode("utf-8"))
    for d in DOCS:
        p = os.path.join(HERE, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(d["text"])
        for c in d["claims"]:
            prod, attr, val, verdict, excerpt = c
            assert excerpt in d["text"], (d["path"], excerpt)
            expected.append({"type": "claim", "file": d["path"], "message_id": None, "product": prod, "attribute": attr,
                             "value": val, "verdict": verdict, "quoted": False, "office": d["office"], "as_of": DOCS_AS_OF,
                             "text": excerpt})
        for kind, rule, prod, excerpt in d.get("findings", []):
            assert excerpt in d["text"], (d["path"], excerpt)
            expected.append({"type": "finding", "file": d["path"], "message_id": None, "kind": kind, "rule": rule,
                             "product": prod, "quoted": False, "text": excerpt})
    p = os.path.join(HERE, DRAFT_PATH)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(DRAFT)
    archived = {m["file"] for m in MSGS if m.get("archive")}
    for x in CROSS:
        assert all(f in archived for f in x["message_files"]), x
        expected.append({"type": "cross-office", "product": x["product"], "attribute": x["attribute"],
                         "offices": sorted(x["offices"]), "file": "mail/archive.mbox",
                         "message_files": x["message_files"], "values": x["values"]})
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in expected:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for evaluation set 70 (SPEC section 6).
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
    print("wrote %d messages (%d in archive.mbox), %d documents, %d expected lines"
          % (len(MSGS), len(mbox), len(DOCS), len(expected)))


if __name__ == "__main__":
    main()
