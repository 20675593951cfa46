#!/usr/bin/env python3
"""Generate probe set 33 (product names as people write them). Stdlib only, deterministic.
Run from anywhere: python3 gen/generate.py  -> rewrites mail/, docs/, .onevoice.yaml, expected.jsonl."""
import base64, json, os, quopri, shutil, sys, unicodedata
from email.header import Header
from email import message_from_bytes

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_DATE = "2026-11-22"
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"


def usd(a, per): return {"amount": a, "currency": "USD", "per": per, "tax": None}
def gbp(a, per, tax=None): return {"amount": a, "currency": "GBP", "per": per, "tax": tax}
def jpy(a, per, tax): return {"amount": a, "currency": "JPY", "per": per, "tax": tax}
def dur(a, u): return {"amount": a, "unit": u}
TB = 10 ** 12

# ---------------------------------------------------------------- MIME helpers
def hdr(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, email, charset):
    return "%s <%s>" % (hdr(name, charset), email) if name else email


def body_part(text, charset, cte, subtype="plain", flowed=False):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    else:
        enc = raw.decode("ascii") if charset.lower() in ("us-ascii", "iso-2022-jp") else raw.decode(charset)
    ct = "text/%s; charset=%s" % (subtype, charset if charset != "iso-2022-jp" else "ISO-2022-JP")
    if flowed:
        ct += "; format=flowed"
    return ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte], enc


def build(m):
    cs = m.get("hcharset", m.get("charset", "utf-8"))
    h = ["From: " + addr(m["from"][0], m["from"][1], cs),
         "To: " + addr(m["to"][0], m["to"][1], cs),
         "Subject: " + hdr(m["subject"], cs),
         "Date: " + m["date"],
         "Message-ID: <%s>" % m["mid"]]
    if m.get("irt"):
        h += ["In-Reply-To: <%s>" % m["irt"], "References: <%s>" % m["irt"]]
    h += m.get("extra", [])
    h.append("MIME-Version: 1.0")
    if m.get("html") and m.get("body") is not None:     # multipart/alternative
        b = "----=_Part_%s" % m["mid"].split("@")[0][-10:]
        h.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        out = "\r\n".join(h) + "\r\n\r\n"
        for text, sub in ((m["body"], "plain"), (m["html"], "html")):
            ph, enc = body_part(text, m["charset"], m["cte"], sub)
            out += "--%s\r\n%s\r\n\r\n%s" % (b, "\r\n".join(ph), enc if enc.endswith("\n") else enc + "\n")
        out += "--%s--\r\n" % b
    else:
        text, sub = (m["html"], "html") if m.get("html") else (m["body"], "plain")
        ph, enc = body_part(text, m["charset"], m["cte"], sub, m.get("flowed", False))
        out = "\r\n".join(h + ph) + "\r\n\r\n" + enc
    out = out.replace("\r\n", "\n").replace("\n", "\r\n")
    return out.encode("ascii" if m["charset"] != "windows-1252" or m["cte"] != "8bit" else "cp1252")


# ---------------------------------------------------------------- the messages
SIG_SATO = """--
株式会社メリディアン・データ 東京オフィス
営業部 アカウントマネージャー 佐藤 健二
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL 03-6811-4420 / 携帯 090-4417-2093
適格請求書発行事業者登録番号 T4010401128836
"""
SIG_YAMADA = """--
山田 彩（Aya Yamada）
株式会社メリディアン・データ 東京オフィス パートナー営業部
〒100-0005 東京都千代田区丸の内1-6-5 21F  TEL 03-6811-4432
"""
SIG_NISHI = """━━━━━━━━━━━━━━━━━━━━
株式会社メリディアン・データ 大阪支店
営業課 西村 真理
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー12F
TEL 06-6345-7710  FAX 06-6345-7711
━━━━━━━━━━━━━━━━━━━━
"""
SIG_DANA = """-- 
Dana Whitfield | Account Executive, West
Meridian Data Inc. | 535 Mission St, 14th Fl, San Francisco, CA 94105
+1 (415) 555-0187 | dana.whitfield@meridian-data.com
"""
SIG_OLIVER = """-- 
Oliver Hart | Senior Account Manager
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG
Registered in England and Wales No. 11284733 | VAT GB 318 4471 26
+44 20 7946 0321 | +44 7700 900418
"""
SIG_PRIYA = """-- 
Priya Nair
Solutions Consultant, Meridian Data Inc.
+1 (415) 555-0142 | 535 Mission St, San Francisco, CA 94105
"""

SATO = ("佐藤 健二", "sato.kenji@jp.meridian-data.com")
YAMADA = ("山田 彩", "yamada.aya@jp.meridian-data.com")
NISHI = ("西村 真理", "nishimura.mari@osaka.jp.meridian-data.com")
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
OLIVER = ("Oliver Hart", "oliver.hart@uk.meridian-data.com")
PRIYA = ("Priya Nair", "priya.nair@meridian-data.com")
TANAKA = ("田中 浩之", "h-tanaka@kobayashi-seiki.co.jp")
ROSS = ("Marcus Ross", "m.ross@hallbrook.co.uk")
ITO = ("伊藤 誠", "m.ito@sakura-si.co.jp")

MSGS = []


def msg(**kw):
    MSGS.append(kw)


# 0001 tokyo -> customer, ISO-2022-JP. Short name シンク after the full name; 同製品.
B1 = """小林精機株式会社
情報システム部 田中様

いつもお世話になっております。メリディアン・データの佐藤です。
5月8日のお打ち合わせでは、6名の皆様にお時間をいただき誠にありがとうございました。

ご質問いただいた点について、以下の通り回答いたします。

・メリディアン・シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。
・シンクの月額料金は50,000円（税抜）です。
・同製品のストレージ容量は1ユーザーあたり1TBとなります。
・今回お見積りの320ユーザー分については、別紙の通り10%のお値引きを適用しております。

ご不明な点がございましたら、お気軽にお問い合わせください。
引き続きよろしくお願いいたします。

""" + SIG_SATO + "https://www.meridian-data.co.jp/products/meridian-sync/\n"
C1 = [(S, "max_users", 10000, "ok", "メリディアン・シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。"),
      (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "シンクの月額料金は50,000円（税抜）です。"),
      (S, "storage_per_user", TB, "ok", "同製品のストレージ容量は1ユーザーあたり1TBとなります。")]
msg(n=1, mid="20260512180412.7F3A.sato.kenji@jp.meridian-data.com", date="Tue, 12 May 2026 18:04:12 +0900",
    frm=SATO, to=TANAKA, subject="Re: ファイル共有サービスのご質問について", charset="iso-2022-jp", cte="7bit",
    body=B1, office="tokyo", claims=C1)

# 0002 customer reply, Gmail, quotes 0001 with "日付 名前 <addr>:" and > lines.
quoted1 = "\n".join(("> " + l) if l else ">" for l in B1.rstrip("\n").split("\n"))
B2 = """佐藤様

ご回答いただきありがとうございます。小林精機の田中です。
内容を社内で共有し、来週中に方向性をお伝えいたします。

1点だけ追加で確認させてください。
弊社の設計部門ではｼﾝｸをLinux端末でも使いたいという声があるのですが、対応は可能でしょうか。
（当社の現行ファイルサーバは約8TB、利用者は320名です）

よろしくお願いいたします。

2026年5月12日(火) 18:04 佐藤 健二 <sato.kenji@jp.meridian-data.com>:
""" + quoted1 + "\n"
msg(n=2, mid="CAKx7f3Q2nV8+Lm0aZp4sT9dE1wYq@mail.gmail.com", date="Wed, 13 May 2026 09:41:55 +0900",
    frm=TANAKA, to=SATO, subject="Re: ファイル共有サービスのご質問について", charset="utf-8", cte="base64",
    irt="20260512180412.7F3A.sato.kenji@jp.meridian-data.com", body=B2, office="unknown",
    quoted=[("tokyo", c) for c in C1])

# 0003 tokyo answers the Linux question. Full-width Latin name; deprecated name only inside a URL.
B3 = """田中様

お世話になっております。メリディアン・データの佐藤です。
Linux端末についてのご質問にお答えいたします。

メリディアンシンクはWindows、macOS、iOS、Androidに対応しておりますが、
Linuxには対応しておりません。設計部門の皆様には、Windows端末からのご利用をお願いする形となります。
また、Ｍｅｒｉｄｉａｎ Ｓｙｎｃはオフラインモードを備えておりませんので、ご利用時はネットワーク接続が必要です。

旧バージョンからの移行手順は下記のサポート記事にまとめております。
https://support.meridian-data.com/kb/MeridianFileSync-migration-guide

以上、よろしくお願いいたします。

""" + SIG_SATO
C3 = [(S, "supported_platforms", p, "ok", "メリディアンシンクはWindows、macOS、iOS、Androidに対応しておりますが、")
      for p in ("Windows", "macOS", "iOS", "Android")] + \
     [(S, "offline_mode", False, "ok", "Ｍｅｒｉｄｉａｎ Ｓｙｎｃはオフラインモードを備えておりませんので")]
msg(n=3, mid="20260520103307.2C91.sato.kenji@jp.meridian-data.com", date="Wed, 20 May 2026 10:33:07 +0900",
    frm=SATO, to=TANAKA, subject="Re: ファイル共有サービスのご質問について", charset="iso-2022-jp", cte="7bit",
    irt="CAKx7f3Q2nV8+Lm0aZp4sT9dE1wYq@mail.gmail.com", body=B3, office="tokyo", claims=C3)

# 0004 us-hq, plain ASCII. Possessive, "Vault" short name, "It", competitor Viridian Vault, company + figures.
B4 = """Hi Jorge,

Thanks for the time on Thursday - great to finally meet the whole team (all 14 of you!).

A quick recap on Meridian Vault, since it came up more than anything else:

- Meridian Vault's RPO is 15 minutes, and backups are kept for 90 days by default.
- Vault is $20 per TB per month, billed on the capacity you actually use.
- Your ~40 TB would come to roughly $800 a month before the 12% multi-year discount we discussed.
- It is hosted in Oregon and Frankfurt, with Tokyo and Osaka available for your APAC subsidiaries.

On the comparison you asked about: Viridian Vault, which your CFO mentioned, advertises a 5-minute RPO,
but as far as I know they price per protected seat rather than per TB.

For context, Meridian Data has been in the backup business since 2014 and now looks after
more than 3 PB for 400+ customers.

I'll send the order form by Friday 5 June.

Best,
Dana

""" + SIG_DANA
C4 = [(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes, and backups are kept for 90 days by default."),
      (V, "retention", dur(90, "days"), "ok", "Meridian Vault's RPO is 15 minutes, and backups are kept for 90 days by default."),
      (V, "price_per_tb", usd(20, "TB-month"), "ok", "Vault is $20 per TB per month, billed on the capacity you actually use.")] + \
     [(V, "data_centers", p, "ok", "It is hosted in Oregon and Frankfurt, with Tokyo and Osaka available for your APAC subsidiaries.")
      for p in ("Oregon", "Frankfurt", "Tokyo", "Osaka")]
msg(n=4, mid="CAF3kq9Z+Rx0Ytm2vB8cPw4NnD7j@mail.gmail.com", date="Tue, 2 Jun 2026 16:22:08 -0700",
    frm=DANA, to=("Jorge Alvarez", "j.alvarez@pinecrest-health.com"), subject="Meridian Vault - recap from Thursday",
    charset="us-ascii", cte="7bit", body=B4, office="us-hq", claims=C4, archive=True)

# 0005 london, Outlook-ish windows-1252 QP. Name split across a hard line break; possessive; deprecated name.
B5 = """Dear Marcus,

Thank you for your time on the phone this morning. As promised, a short summary for the Hallbrook rollout.

As discussed, Meridian
Sync carries a 99.95% uptime SLA and each user gets 1 TB of storage.
Meridian Sync's list price is £329 per month (ex VAT).
Your 250 seats sit comfortably inside the tenant limit.
Please note that the old Meridian FileSync desktop client will be retired on 30 September, so your IT team should plan the upgrade.

The admin console is at https://sync.meridian-data.com - please log in as ross.admin@hallbrook.co.uk for the first time.

Kind regards,
Oliver

""" + SIG_OLIVER
C5 = [(S, "sla", 99.95, "conflict", "Meridian\nSync carries a 99.95% uptime SLA and each user gets 1 TB of storage."),
      (S, "storage_per_user", TB, "ok", "Meridian\nSync carries a 99.95% uptime SLA and each user gets 1 TB of storage."),
      (S, "monthly_price", gbp(329, "month", "excluded"), "ok", "Meridian Sync's list price is £329 per month (ex VAT)")]
msg(n=5, mid="LO2P265MB0418E1A1C3D0B9F2A6C1B7E4A3@LO2P265MB0418.GBRP265.PROD.OUTLOOK.COM",
    date="Tue, 9 Jun 2026 11:17:40 +0100", frm=OLIVER, to=ROSS, subject="Meridian Sync - summary of this morning's call",
    charset="windows-1252", cte="quoted-printable", body=B5, office="london", claims=C5,
    terms=[(S, "Please note that the old Meridian FileSync desktop client will be retired on 30 September")], archive=True)

# 0006 us-hq, multipart/alternative. "it"; alias MeridianSync; alias inside an e-mail address.
B6 = """Hi Sam,

Good to talk yesterday. Answers to the three questions from your list:

1. Meridian Sync comes with a 99.9% uptime SLA, and it runs on Windows, macOS, iOS and Android.
2. MeridianSync pricing is $399 per month for the workspace, billed annually.
3. Meridian Insight is still in beta; general availability is planned for January 2027.

Billing questions can go straight to meridiansync-billing@meridian-data.com (ref. PO 4471-0926).

Cheers,
Dana

""" + SIG_DANA
H6 = """<html><body>
<p>Hi Sam,</p>
<p>Good to talk yesterday. Answers to the three questions from your list:</p>
<ol>
<li>Meridian Sync comes with a 99.9% uptime SLA, and it runs on Windows, macOS, iOS and Android.</li>
<li>MeridianSync pricing is $399 per month for the workspace, billed annually.</li>
<li>Meridian Insight is still in beta; general availability is planned for January 2027.</li>
</ol>
<p>Billing questions can go straight to <a href="mailto:meridiansync-billing@meridian-data.com">meridiansync-billing@meridian-data.com</a> (ref. PO 4471-0926).</p>
<p>Cheers,<br>Dana</p>
<p>-- <br>Dana Whitfield | Account Executive, West<br>Meridian Data Inc. | 535 Mission St, 14th Fl, San Francisco, CA 94105<br>+1 (415) 555-0187</p>
</body></html>
"""
T6 = "Meridian Sync comes with a 99.9% uptime SLA, and it runs on Windows, macOS, iOS and Android."
C6 = [(S, "sla", 99.9, "ok", T6)] + [(S, "supported_platforms", p, "ok", T6) for p in ("Windows", "macOS", "iOS", "Android")] + \
     [(S, "monthly_price", usd(399, "month"), "ok", "MeridianSync pricing is $399 per month for the workspace, billed annually."),
      (I, "general_availability", "2027-01", "ok", "Meridian Insight is still in beta; general availability is planned for January 2027.")]
msg(n=6, mid="0100018f2c4be9a1-6d0f2b7e-1c55-4a8e-9b13-55e0c1d2a9f0-000000@email.amazonses.com",
    date="Mon, 15 Jun 2026 09:05:31 -0700", frm=DANA, to=("Sam Okafor", "sokafor@brightline-arch.com"),
    subject="Your questions on Meridian Sync", charset="utf-8", cte="quoted-printable", body=B6, html=H6,
    office="us-hq", claims=C6, archive=True)

# 0007 osaka, ISO-2022-JP. ヴォールト spelling, then short name ボールト; company name next to figures.
B7 = """梅田ロジスティクス株式会社
システム管理課 中川様

いつも大変お世話になっております。メリディアン・データ大阪支店の西村でございます。
先日お問い合わせいただいたバックアップサービスについて、ご案内いたします。

メリディアン・ヴォールトのRPOは最大5分でございます。
ボールトの標準保持期間は90日間で、データは東京・大阪の国内データセンターに保管されます。
また、BIツールをご検討とのことでしたので、メリディアンインサイトは30日間の無料トライアルをご用意しております。

おかげさまで株式会社メリディアン・データ大阪支店は今年で開設5周年を迎え、関西のお取引先は120社を超えました。
6月30日(火)14時からのご訪問、2名で伺います。

何卒よろしくお願い申し上げます。

""" + SIG_NISHI
C7 = [(V, "rpo", dur(5, "minutes"), "conflict", "メリディアン・ヴォールトのRPOは最大5分でございます。"),
      (V, "retention", dur(90, "days"), "ok", "ボールトの標準保持期間は90日間で、データは東京・大阪の国内データセンターに保管されます。"),
      (V, "data_centers", "Tokyo", "ok", "ボールトの標準保持期間は90日間で、データは東京・大阪の国内データセンターに保管されます。"),
      (V, "data_centers", "Osaka", "ok", "ボールトの標準保持期間は90日間で、データは東京・大阪の国内データセンターに保管されます。"),
      (I, "free_trial", dur(30, "days"), "ok", "メリディアンインサイトは30日間の無料トライアルをご用意しております。")]
msg(n=7, mid="000a01dcf0a1$7b2e4c10$718ae430$@osaka.jp.meridian-data.com", date="Sat, 20 Jun 2026 10:12:45 +0900",
    frm=NISHI, to=("中川 直樹", "n.nakagawa@umeda-logi.co.jp"), subject="バックアップサービスのご案内（メリディアン・データ）",
    charset="iso-2022-jp", cte="7bit", body=B7, office="osaka", claims=C7, archive=True)

# 0008 customer reply, Outlook JP: everything after -----元のメッセージ----- is quoted.
B8 = """西村様

ご案内ありがとうございます。梅田ロジスティクスの中川です。
RPO 5分であれば、当社の要件（RPO 10分以内）を満たしますので、社内稟議にかけたいと思います。
6月30日のご訪問、承知いたしました。当社からは3名が出席予定です。

中川

-----元のメッセージ-----
From: 西村 真理 <nishimura.mari@osaka.jp.meridian-data.com>
Sent: Saturday, June 20, 2026 10:12 AM
To: 中川 直樹 <n.nakagawa@umeda-logi.co.jp>
Subject: バックアップサービスのご案内（メリディアン・データ）

""" + B7
msg(n=8, mid="TYCPR01MB84120A6B1F0C2E9D3A5B71C0E4@TYCPR01MB8412.jpnprd01.prod.outlook.com",
    date="Thu, 25 Jun 2026 08:50:02 +0900", frm=("中川 直樹", "n.nakagawa@umeda-logi.co.jp"), to=NISHI,
    subject="RE: バックアップサービスのご案内（メリディアン・データ）", charset="utf-8", cte="quoted-printable",
    irt="000a01dcf0a1$7b2e4c10$718ae430$@osaka.jp.meridian-data.com", body=B8, office="unknown",
    quoted=[("osaka", c) for c in C7], archive=True)

# 0009 tokyo, UTF-8 base64. Half-width katakana name (･ middle dot), ideographic space, 同製品.
B9 = """株式会社ハルモニア物産
DX推進室 大野様

お世話になっております。メリディアン・データ東京オフィスの山田です。
先日のデモでいただいたご質問への回答をお送りします。

■バックアップ
ﾒﾘﾃﾞｨｱﾝ･ﾎﾞｰﾙﾄは1テナントあたり最大500TBまで保存でき、AES-256で暗号化して保管いたします。

■分析基盤
メリディアン　インサイトのクエリ応答時間は1秒未満です。
同製品のダッシュボードは最大200個まで作成可能です。
同製品の料金は1ユーザーあたり月額4,400円（税込）です。

なお、3年契約をご選択いただいた場合、初年度は15%のお値引きをご用意しております。

""" + SIG_YAMADA
C9 = [(V, "max_storage", 500 * TB, "ok", "ﾒﾘﾃﾞｨｱﾝ･ﾎﾞｰﾙﾄは1テナントあたり最大500TBまで保存でき、AES-256で暗号化して保管いたします。"),
      (V, "encryption", "AES-256", "ok", "ﾒﾘﾃﾞｨｱﾝ･ﾎﾞｰﾙﾄは1テナントあたり最大500TBまで保存でき、AES-256で暗号化して保管いたします。"),
      (I, "query_latency", dur(1, "seconds"), "conflict", "メリディアン　インサイトのクエリ応答時間は1秒未満です。"),
      (I, "max_dashboards", 200, "ok", "同製品のダッシュボードは最大200個まで作成可能です。"),
      (I, "per_user_price", jpy(4400, "user-month", "included"), "ok", "同製品の料金は1ユーザーあたり月額4,400円（税込）です。")]
msg(n=9, mid="CAPm2+wR7hT0kQ1xV9nJb3cZs5YfA@mail.gmail.com", date="Wed, 1 Jul 2026 15:30:19 +0900",
    frm=YAMADA, to=("大野 里美", "s.ohno@harmonia-bussan.co.jp"), subject="デモの際のご質問への回答",
    charset="utf-8", cte="base64", body=B9, office="tokyo", claims=C9, archive=True)

# 0010 partner (office unknown): reported statement; competitor whose name holds "Sync"; シンク after full name.
B10 = """メリディアン・データ株式会社
佐藤様

いつもお世話になっております。さくらシステムインテグレーションの伊藤です。

現在ご提案中の案件（製造業・従業員約2,400名）について、ご相談させてください。
先方の情報システム部からは、メリディアン シンクは最大2万ユーザーまで対応可能と伺っております。
他社のSyncBridge Proも比較対象に入っており、そちらは最大5万ユーザーとのことです。

弊社では2025年度に延べ45社へシンクを導入しており、今回も弊社で構築を担当する予定です。
来週、15分ほどお電話でお話しできますと幸いです。

--
伊藤 誠
さくらシステムインテグレーション株式会社 ソリューション営業部
〒460-0008 名古屋市中区栄3-15-33 TEL 052-269-5512
"""
msg(n=10, mid="5f2a9c1e-0b7d-4e3a-8c66-2d41b9e07a13@sakura-si.co.jp", date="Wed, 8 Jul 2026 13:02:44 +0900",
    frm=ITO, to=SATO, subject="案件のご相談（製造業）", charset="utf-8", cte="quoted-printable",
    body=B10, office="unknown",
    claims=[(S, "max_users", 20000, "conflict", "メリディアン シンクは最大2万ユーザーまで対応可能と伺っております。")])

# 0011 tokyo, March 2026 (old limit still valid). Deprecated katakana name; value placed in a future period.
B11 = """株式会社青葉設計
総務部 木村様

お世話になっております。メリディアン・データの佐藤です。
ご依頼の件、回答いたします。

メリディアン・ファイルシンクは最大5,000ユーザーまでご利用いただけます。
同製品は2026年4月以降、最大1万ユーザーまで拡張される予定です。
メリディアンシンクはISO/IEC 27001とSOC2 Type2の認証を取得済みです。

御社の380名様でのご利用であれば、いずれの場合も問題ございません。

""" + SIG_SATO
msg(n=11, mid="20260310142055.5B0E.sato.kenji@jp.meridian-data.com", date="Tue, 10 Mar 2026 14:20:55 +0900",
    frm=SATO, to=("木村 優子", "y.kimura@aoba-sekkei.co.jp"), subject="ご利用人数の上限について",
    charset="iso-2022-jp", cte="7bit", body=B11, office="tokyo",
    claims=[(S, "max_users", 5000, "ok", "メリディアン・ファイルシンクは最大5,000ユーザーまでご利用いただけます。"),
            (S, "max_users", 10000, "ok", "同製品は2026年4月以降、最大1万ユーザーまで拡張される予定です。"),
            (S, "certifications", "ISO 27001", "ok", "メリディアンシンクはISO/IEC 27001とSOC2 Type2の認証を取得済みです。"),
            (S, "certifications", "SOC 2 Type II", "ok", "メリディアンシンクはISO/IEC 27001とSOC2 Type2の認証を取得済みです。")],
    terms=[(S, "メリディアン・ファイルシンクは最大5,000ユーザーまでご利用いただけます。")])

# 0012 us-hq: customer named "Meridian Health Partners"; stale limit; wrong GA; possessive; unlimited.
B12 = """Hi Renee,

Thanks again to you and the Meridian Health Partners team for hosting us in Sacramento on the 9th.

Meridian Sync supports up to 5,000 users per organization. That covers your 1,800 staff with room to grow.
On analytics: Meridian Insight launches in October 2026, and Meridian Insight's free trial runs for 30 days.
It also comes with unlimited dashboards, so each clinic can have its own view.

I've attached the mutual NDA (Meridian Data ref. NDA-2026-0912) for your counsel.

Best regards,
Priya

""" + SIG_PRIYA
msg(n=12, mid="CADw1P0sE+4qZx8nR2kLmV7t6HbgA@mail.gmail.com", date="Mon, 14 Sep 2026 17:48:10 -0700",
    frm=PRIYA, to=("Renee Castillo", "rcastillo@meridianhp.org"), subject="Follow-up from our Sacramento visit",
    charset="us-ascii", cte="7bit", body=B12, office="us-hq", archive=True,
    claims=[(S, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per organization"),
            (I, "general_availability", "2026-10", "conflict", "Meridian Insight launches in October 2026"),
            (I, "free_trial", dur(30, "days"), "ok", "Meridian Insight's free trial runs for 30 days.")],
    phrases=[("en.unlimited", "It also comes with unlimited dashboards, so each clinic can have its own view.")])

# 0013 tokyo forwards a London mail (everything after the marker is quoted, office london).
B13 = """田中様

お世話になっております。メリディアン・データ東京オフィスの山田です。
欧州拠点でのご利用について、ロンドンオフィスの担当者から受領した回答を転送いたします。
要点としましては、メリディアン・ボールトはロンドンにはデータセンターがございません。
英国子会社のデータはフランクフルトで保管する形となります。

よろしくお願いいたします。
山田

---------- Forwarded message ---------
From: Oliver Hart <oliver.hart@uk.meridian-data.com>
Date: Fri, 18 Sep 2026 at 16:40
Subject: Re: Vault hosting for Kobayashi Seiki UK
To: Aya Yamada <yamada.aya@jp.meridian-data.com>

Hi Aya,

Meridian Vault is hosted in Frankfurt for European tenants; there is no London region.
Vault is £16 per TB per month for UK entities, invoiced from London.

Thanks,
Oliver
"""
msg(n=13, mid="CAPm2+wR9cX3oL6sA1eHq0dTn4UvB@mail.gmail.com", date="Sun, 20 Sep 2026 21:15:03 +0900",
    frm=YAMADA, to=TANAKA, subject="Fwd: Re: Vault hosting for Kobayashi Seiki UK", charset="utf-8", cte="base64",
    body=B13, office="tokyo", archive=True,
    quoted=[("london", (V, "data_centers", "Frankfurt", "ok", "Meridian Vault is hosted in Frankfurt for European tenants; there is no London region.")),
            ("london", (V, "price_per_tb", gbp(16, "TB-month"), "ok", "Vault is £16 per TB per month for UK entities, invoiced from London."))])

# 0014 tokyo, ISO-2022-JP. Alias メリディアンInsight, 本製品; a trial figure with no product in its sentence.
B14 = """株式会社ハルモニア物産
DX推進室 大野様

お世話になっております。メリディアン・データの佐藤です。
BIツールの導入時期についてお問い合わせいただいた件、ご回答いたします。

メリディアンInsightは2027年1月に一般提供を開始する予定です。
本製品は1ユーザーあたり月額3,500円（税抜）でご提供いたします。
ご参考までに、無料トライアル期間は60日間となっております。

10月15日(木)の定例会にて、詳細をご説明できれば幸いです。

""" + SIG_SATO
msg(n=14, mid="20261005113240.9D12.sato.kenji@jp.meridian-data.com", date="Mon, 5 Oct 2026 11:32:40 +0900",
    frm=SATO, to=("大野 里美", "s.ohno@harmonia-bussan.co.jp"), subject="BIツール（メリディアン インサイト）の導入時期について",
    charset="iso-2022-jp", cte="7bit", body=B14, office="tokyo", archive=True,
    claims=[(I, "general_availability", "2027-01", "ok", "メリディアンInsightは2027年1月に一般提供を開始する予定です。"),
            (I, "per_user_price", jpy(3500, "user-month", "excluded"), "conflict", "本製品は1ユーザーあたり月額3,500円（税抜）でご提供いたします。")])

# 0015 osaka, UTF-8 QP. Mixed "Meridian シンク" after the full name; 「シンクの」; cheapest phrase.
B15 = """梅田ロジスティクス株式会社
中川様

お世話になっております。大阪支店の西村です。
先日ご紹介したメリディアン・シンクについて、いくつか補足させていただきます。

Meridian シンクのSLAは稼働率99.9%です。
シンクはオフライン環境でも編集作業が可能です。
シンクの月額料金は55,000円（税込）で、業界最安の水準となっております。

御社の倉庫端末（約60台）への展開スケジュールは、次回11月2日のお打ち合わせでご相談させてください。

""" + SIG_NISHI
msg(n=15, mid="000f01dd1e5c$4a7b9e20$df72da60$@osaka.jp.meridian-data.com", date="Mon, 12 Oct 2026 17:26:14 +0900",
    frm=NISHI, to=("中川 直樹", "n.nakagawa@umeda-logi.co.jp"), subject="ファイル共有サービスの補足",
    charset="utf-8", cte="quoted-printable", body=B15, office="osaka",
    claims=[(S, "sla", 99.9, "ok", "Meridian シンクのSLAは稼働率99.9%です。"),
            (S, "offline_mode", True, "conflict", "シンクはオフライン環境でも編集作業が可能です。"),
            (S, "monthly_price", jpy(55000, "month", "included"), "ok", "シンクの月額料金は55,000円（税込）で、業界最安の水準となっております。")],
    phrases=[("ja.cheapest", "シンクの月額料金は55,000円（税込）で、業界最安の水準となっております。")])

# 0016 us-hq, HTML only. Non-breaking space inside the name; superlative; wrong SLA and capacity.
H16 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Tom,</p>
<p>Meridian&nbsp;Vault is the industry-leading backup platform for regional banks, with 99.99% availability.</p>
<p>Meridian Vault scales to 1 PB per tenant, so the merger with Lakeshore Savings will not be a problem.</p>
<p>Your quote covers 60&nbsp;TB, which comes to $1,200 a month at list price (quote Q-2026-1187, valid 30 days).</p>
<p>Talk soon,<br>Priya</p>
<p style="color:#666">Priya Nair | Solutions Consultant, Meridian Data Inc.<br>+1 (415) 555-0142</p>
</body></html>
"""
msg(n=16, mid="0100019a7e31c2d4-8f1e6b2a-77c0-4d3e-a1b5-3c9e2f80d6a1-000000@email.amazonses.com",
    date="Tue, 20 Oct 2026 10:03:57 -0700", frm=PRIYA, to=("Tom Becker", "tbecker@northfield-bank.com"),
    subject="Backup for the Lakeshore merger", charset="utf-8", cte="quoted-printable", body=None, html=H16,
    office="us-hq", archive=True,
    claims=[(V, "sla", 99.99, "conflict", "Meridian&nbsp;Vault is the industry-leading backup platform for regional banks, with 99.99% availability."),
            (V, "max_storage", 1000 * TB, "conflict", "Meridian Vault scales to 1 PB per tenant")],
    phrases=[("en.superlative", "Meridian&nbsp;Vault is the industry-leading backup platform for regional banks")])

# 0017 london, UTF-8 QP. Possessive, alias MeridianVault, name in URL and e-mail address.
B17 = """Hi Marcus,

Following up on the backup side of the Hallbrook project (our ref. HB-2026-0418):

Meridian Vault's retention defaults to 30 days, and you can extend it per policy.
Meridian Insight is £25 per user per month.
MeridianVault encrypts every backup at rest with AES-256.

Full pricing is on https://www.meridian-data.com/uk/meridian-vault/pricing-2026 and the EMEA team
can be reached at vault-emea@uk.meridian-data.com.

Best wishes,
Oliver

""" + SIG_OLIVER
C17 = [(V, "retention", dur(30, "days"), "conflict", "Meridian Vault's retention defaults to 30 days, and you can extend it per policy."),
       (I, "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is £25 per user per month."),
       (V, "encryption", "AES-256", "ok", "MeridianVault encrypts every backup at rest with AES-256.")]
msg(n=17, mid="LO4P123MB5521C0E2A9B8D7F6E5A4B3C2D1@LO4P123MB5521.GBRP123.PROD.OUTLOOK.COM",
    date="Mon, 2 Nov 2026 10:12:33 +0000", frm=OLIVER, to=ROSS, subject="Hallbrook - backup and analytics",
    charset="utf-8", cte="quoted-printable", body=B17, office="london", claims=C17, archive=True)

# 0018 customer, interleaved reply: only > lines are quoted. Competitor Viridian Vault.
B18 = """Hi Oliver,

On Mon, 2 Nov 2026 at 10:12, Oliver Hart <oliver.hart@uk.meridian-data.com> wrote:
> Meridian Vault's retention defaults to 30 days, and you can extend it per policy.

That is shorter than I expected - our auditors want 90. Our current provider, Viridian Vault, keeps backups for 60 days.

> Meridian Insight is £25 per user per month.

Fine. We would start with 40 users in finance.

Marcus

--
Marcus Ross | Head of IT, Hallbrook Ltd
Unit 4, Riverside Park, Leeds LS10 1AB | 0113 496 0775
"""
msg(n=18, mid="CAM9r0ss+hB2kY7wE4tQ1nZx6PdLc@mail.gmail.com", date="Thu, 5 Nov 2026 08:31:20 +0000",
    frm=ROSS, to=OLIVER, subject="Re: Hallbrook - backup and analytics", charset="utf-8", cte="quoted-printable",
    irt="LO4P123MB5521C0E2A9B8D7F6E5A4B3C2D1@LO4P123MB5521.GBRP123.PROD.OUTLOOK.COM", body=B18, office="unknown",
    quoted=[("london", C17[0]), ("london", C17[1])], archive=True)

# 0019 tokyo, ISO-2022-JP. Full-width Latin names (one without a space); No.1 without a note.
B19 = """株式会社青葉設計
総務部 木村様

お世話になっております。メリディアン・データの佐藤です。
社内説明用の資料として、要点を以下にまとめました。

・ＭｅｒｉｄｉａｎＶａｕｌｔのSLAは99.95％です。
・Ｍｅｒｉｄｉａｎ　Ｓｙｎｃの対応OSはWindows、Mac、iPhone、Androidです。
・おかげさまでメリディアン・ボールトは国内バックアップ市場で業界No.1の評価をいただいております。

11月18日(水)の役員説明会には、私と山田の2名で伺います。

""" + SIG_SATO
T19 = "Ｍｅｒｉｄｉａｎ　Ｓｙｎｃの対応OSはWindows、Mac、iPhone、Androidです。"
msg(n=19, mid="20261110092011.4E7C.sato.kenji@jp.meridian-data.com", date="Tue, 10 Nov 2026 09:20:11 +0900",
    frm=SATO, to=("木村 優子", "y.kimura@aoba-sekkei.co.jp"), subject="社内説明用の要点まとめ",
    charset="iso-2022-jp", cte="7bit", body=B19, office="tokyo", archive=True,
    claims=[(V, "sla", 99.95, "ok", "ＭｅｒｉｄｉａｎＶａｕｌｔのSLAは99.95％です。")] +
           [(S, "supported_platforms", p, "ok", T19) for p in ("Windows", "macOS", "iOS", "Android")],
    phrases=[("ja.superlative-no1", "メリディアン・ボールトは国内バックアップ市場で業界No.1の評価をいただいております。")])

# 0020 us-hq: "formerly Meridian File Sync"; "sync" as a verb next to a headcount.
B20 = """Hi Gwen,

Short answers to your two questions:

Meridian Sync (formerly Meridian File Sync) now supports up to 10,000 users per organization.
It includes 2 TB of storage per user.

Happy to sync with your IT lead and the 3 people on the steering group next Tuesday at 10am PT.

Priya

""" + SIG_PRIYA
msg(n=20, mid="CADw1P0tQ+8mVb3yK0sLpR5h2NcxE@mail.gmail.com", date="Mon, 16 Nov 2026 12:40:02 -0800",
    frm=PRIYA, to=("Gwen Lau", "glau@orchardmedia.com"), subject="Two quick answers", charset="us-ascii", cte="7bit",
    body=B20, office="us-hq",
    claims=[(S, "max_users", 10000, "ok", "Meridian Sync (formerly Meridian File Sync) now supports up to 10,000 users per organization."),
            (S, "storage_per_user", 2 * TB, "conflict", "It includes 2 TB of storage per user.")],
    terms=[(S, "Meridian Sync (formerly Meridian File Sync) now supports up to 10,000 users per organization.")])

# 0021 customer asks about "Vault" without the full name anywhere in the message (no claim).
B21 = """山田様

お世話になっております。ハルモニア物産の大野です。
先日のデモの件、ありがとうございました。

社内で確認したところ、Vaultの保持期間が90日間であれば監査要件を満たせそうです。
ボールトのデータセンターが大阪にもある点も評価が高かったです。
12月の経営会議（12月9日）で最終判断の予定です。

大野
"""
msg(n=21, mid="CAH0hn0S+aT5rQ2wX8eLk1mJ9yBvD@mail.gmail.com", date="Thu, 12 Nov 2026 19:05:44 +0900",
    frm=("大野 里美", "s.ohno@harmonia-bussan.co.jp"), to=YAMADA, subject="Re: デモの際のご質問への回答",
    charset="utf-8", cte="base64", body=B21, office="unknown")

# ---------------------------------------------------------------- documents
DOC_TOKYO = """# メリディアン・シンク ご提案書

小林精機株式会社 御中
2026年11月 株式会社メリディアン・データ 東京オフィス

## 1. 本サービスの概要

本サービスは、1テナントあたり最大10,000ユーザーまでご利用いただける法人向けクラウドファイル共有サービスです。
御社の設計部門・製造部門を含む全社でのご利用を想定しております。

## 2. お見積り

金額はすべて税抜です。

| 項目 | 数量 | 単価 | 金額 |
|---|---|---|---|
| メリディアン シンク 月額基本料金 | 12か月 | 50,000円/月 | 600,000円 |
| 導入支援（初期設定・データ移行） | 1式 | 300,000円 | 300,000円 |

## 3. セキュリティと品質

- ISO/IEC 27001およびSOC 2 Type IIの認証を取得しています。
- 稼働率SLAは99.9%です。

## 4. 旧製品からの移行

旧「メリディアン・ファイルシンク」をご利用中の拠点は、設定とデータをそのまま移行いただけます。

## 5. ご検討中の他社サービスとの比較

御社でご検討中の他社サービス「シンクロドライブ」は、最大5,000ユーザーまでと伺っております。

---
株式会社メリディアン・データ 東京オフィス 〒100-0005 東京都千代田区丸の内1-6-5 TEL 03-6811-4420
"""
DOC_TOKYO_C = [(S, "max_users", 10000, "ok", "本サービスは、1テナントあたり最大10,000ユーザーまでご利用いただける法人向けクラウドファイル共有サービスです。"),
               (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 12か月 | 50,000円/月 | 600,000円 |"),
               (S, "certifications", "ISO 27001", "ok", "ISO/IEC 27001およびSOC 2 Type IIの認証を取得しています。"),
               (S, "certifications", "SOC 2 Type II", "ok", "ISO/IEC 27001およびSOC 2 Type IIの認証を取得しています。"),
               (S, "sla", 99.9, "ok", "稼働率SLAは99.9%です。")]

DOC_LONDON = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Meridian Vault - backup proposal for Hallbrook Ltd</title></head>
<body>
<h1>Meridian Vault: backup proposal for Hallbrook Ltd</h1>
<p>Prepared by Oliver Hart, Meridian Data Ltd, November 2026.</p>

<h2>Recovery</h2>
<p>Meridian&nbsp;Vault keeps your backups for 90 days by default and offers an RPO of 15 minutes.</p>
<p>Meridian Vault restores a full tenant within 4 hours (RTO).</p>

<h2>Capacity and hosting</h2>
<p>Vault's per-tenant limit is 500 TB, so there is ample headroom for Hallbrook's growth.</p>
<p>Data centres: Frankfurt (primary) and Oregon (secondary).</p>
<p>Availability: 99.95% under the Meridian Cloud Services SLA v4.</p>

<h2>Pricing</h2>
<table>
<caption>Meridian Vault - list prices (ex VAT)</caption>
<tr><th>Item</th><th>Unit price</th><th>Quantity</th></tr>
<tr><td>Protected data, Hallbrook estate</td><td>&pound;16 per TB per month</td><td>120 TB</td></tr>
</table>

<p style="font-size:11px">Meridian Data Ltd &middot; Registered in England and Wales No. 11284733 &middot; 30 Finsbury Square, London EC2A 1AG</p>
</body>
</html>
"""
DOC_LONDON_C = [(V, "retention", dur(90, "days"), "ok", "Meridian&nbsp;Vault keeps your backups for 90 days by default and offers an RPO of 15 minutes."),
                (V, "rpo", dur(15, "minutes"), "ok", "Meridian&nbsp;Vault keeps your backups for 90 days by default and offers an RPO of 15 minutes."),
                (V, "rto", dur(4, "hours"), "unverified", "Meridian Vault restores a full tenant within 4 hours (RTO)."),
                (V, "max_storage", 500 * TB, "ok", "Vault's per-tenant limit is 500 TB, so there is ample headroom for Hallbrook's growth."),
                (V, "data_centers", "Frankfurt", "ok", "Data centres: Frankfurt (primary) and Oregon (secondary)."),
                (V, "data_centers", "Oregon", "ok", "Data centres: Frankfurt (primary) and Oregon (secondary)."),
                (V, "sla", 99.95, "ok", "Availability: 99.95% under the Meridian Cloud Services SLA v4."),
                (V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "<td>&pound;16 per TB per month</td>")]

DOC_OSAKA = """メリディアン インサイト 導入ご提案書
梅田ロジスティクス株式会社 御中
2026年11月 株式会社メリディアン・データ 大阪支店（〒530-0001 大阪市北区梅田2-4-9）

1. 製品概要
メリディアン・インサイトは2027年1月に正式リリース予定のクラウドBIサービスです（現在はベータ版としてご提供中）。
業界初のAI自動分析機能により、物流データの異常を自動で検出します。
同製品のクエリ応答時間は最大2秒です。
メリディアン・インサイトのダッシュボードは最大500個まで作成できます。
同製品はSalesforce、kintoneなど30種類以上のデータソースに標準対応しています。

2. 料金
メリディアンインサイトの料金は1ユーザーあたり月額4,400円（税込）です。
お見積りの明細は別紙をご参照ください。

3. 品質・サポート
メリディアン インサイトのSLAは99.9%です。

4. 無料トライアル
メリディアンインサイトは30日間の無料トライアルをご用意しております。

以上
"""
DOC_OSAKA_C = [(I, "general_availability", "2027-01", "ok", "メリディアン・インサイトは2027年1月に正式リリース予定のクラウドBIサービスです"),
               (I, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒です。"),
               (I, "max_dashboards", 500, "conflict", "メリディアン・インサイトのダッシュボードは最大500個まで作成できます。"),
               (I, "integrations", 30, "unverified", "同製品はSalesforce、kintoneなど30種類以上のデータソースに標準対応しています。"),
               (I, "per_user_price", jpy(4400, "user-month", "included"), "ok", "メリディアンインサイトの料金は1ユーザーあたり月額4,400円（税込）です。"),
               (I, "sla", 99.9, "unverified", "メリディアン インサイトのSLAは99.9%です。"),
               (I, "free_trial", dur(30, "days"), "ok", "メリディアンインサイトは30日間の無料トライアルをご用意しております。")]

DOCS = [("docs/tokyo/kobayashi-seiki-sync-proposal.md", DOC_TOKYO, "tokyo", DOC_TOKYO_C,
         [], [(S, "旧「メリディアン・ファイルシンク」をご利用中の拠点は、設定とデータをそのまま移行いただけます。")]),
        ("docs/london/hallbrook-vault-proposal.html", DOC_LONDON, "london", DOC_LONDON_C, [], []),
        ("docs/osaka/umeda-logistics-insight-proposal.txt", DOC_OSAKA, "osaka", DOC_OSAKA_C,
         [("ja.first-in-industry", "業界初のAI自動分析機能により、物流データの異常を自動で検出します。")], [])]

CROSS = [(S, "sla", ["london", "us-hq"], ["mail/0005.eml", "mail/0006.eml"], {"london": 99.95, "us-hq": 99.9}),
         (V, "rpo", ["osaka", "us-hq"], ["mail/0004.eml", "mail/0007.eml", "mail/0008.eml"],
          {"osaka": dur(5, "minutes"), "us-hq": dur(15, "minutes")}),
         (I, "general_availability", ["tokyo", "us-hq"], ["mail/0012.eml", "mail/0014.eml"], {"tokyo": "2027-01", "us-hq": "2026-10"}),
         (V, "sla", ["tokyo", "us-hq"], ["mail/0016.eml", "mail/0019.eml"], {"tokyo": 99.95, "us-hq": 99.99})]


# ---------------------------------------------------------------- writing
def iso_date(rfc):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(rfc).date().isoformat()


def decoded_text(raw):
    m = message_from_bytes(raw)
    out = []
    for p in m.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_payload(decode=True).decode(p.get_content_charset()).replace("\r\n", "\n"))
    return "\n".join(out)


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    lines, archive = [], []
    for m in MSGS:
        m["from"], m["to"] = m["frm"], m["to"]
        raw = build(m)
        name = "mail/%04d.eml" % m["n"]
        with open(os.path.join(ROOT, name), "wb") as fh:
            fh.write(raw)
        text = decoded_text(raw)
        d = iso_date(m["date"])
        recs = []
        for prod, attr, val, verdict, t in m.get("claims", []):
            recs.append(dict(type="claim", product=prod, attribute=attr, value=val, verdict=verdict, quoted=False,
                             office=m["office"], as_of=d, text=t))
        for off, (prod, attr, val, verdict, t) in m.get("quoted", []):
            recs.append(dict(type="claim", product=prod, attribute=attr, value=val, verdict=verdict, quoted=True,
                             office=off, as_of=d, text=t))
        for rule, t in m.get("phrases", []):
            recs.append(dict(type="finding", kind="phrase", rule=rule, product=None, quoted=False, text=t))
        for prod, t in m.get("terms", []):
            recs.append(dict(type="finding", kind="terminology", rule=None, product=prod, quoted=False, text=t))
        for r in recs:
            assert r["text"] in text, (name, r["text"])
        files = [name] + (["mail/archive.mbox"] if m.get("archive") else [])
        for f in files:
            for r in recs:
                o = {"type": r["type"], "file": f, "message_id": m["mid"]}
                o.update({k: v for k, v in r.items() if k != "type"})
                lines.append(o)
        if m.get("archive"):
            archive.append((m["date"], raw))
    # mboxrd, date order
    from email.utils import parsedate_to_datetime
    archive.sort(key=lambda x: parsedate_to_datetime(x[0]))
    mb = []
    for date, raw in archive:
        dt = parsedate_to_datetime(date).astimezone(__import__("datetime").timezone.utc)
        mb.append(b"From MAILER-DAEMON " + dt.strftime("%a %b %d %H:%M:%S %Y").encode() + b"\n")
        for ln in raw.replace(b"\r\n", b"\n").split(b"\n"):
            stripped = ln.lstrip(b">")
            mb.append((b">" + ln if stripped.startswith(b"From ") else ln) + b"\n")
        if not mb[-1] == b"\n":
            mb.append(b"\n")
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        fh.write(b"".join(mb))
    for path, content, office, claims, phrases, terms in DOCS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
        for prod, attr, val, verdict, t in claims:
            assert t in content, (path, t)
            lines.append(dict(type="claim", file=path, message_id=None, product=prod, attribute=attr, value=val,
                              verdict=verdict, quoted=False, office=office, as_of=DOC_DATE, text=t))
        for rule, t in phrases:
            assert t in content
            lines.append(dict(type="finding", file=path, message_id=None, kind="phrase", rule=rule, product=None,
                              quoted=False, text=t))
        for prod, t in terms:
            assert t in content
            lines.append(dict(type="finding", file=path, message_id=None, kind="terminology", rule=None,
                              product=prod, quoted=False, text=t))
    for prod, attr, offs, mfiles, vals in CROSS:
        lines.append(dict(type="cross-office", product=prod, attribute=attr, offices=sorted(offs),
                          file="mail/archive.mbox", message_files=mfiles, values=vals))
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for o in lines:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for probe set 33 (SPEC section 6).
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
    print("messages=%d archive=%d docs=%d expected=%d" % (len(MSGS), len(archive), len(DOCS), len(lines)))


if __name__ == "__main__":
    main()
