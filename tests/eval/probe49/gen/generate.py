#!/usr/bin/env python3
"""Generate probe set 49: an ordinary October 2026 in Meridian Data's London and Osaka offices.

Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py
(Re)writes mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml and expected.jsonl
in the set folder (the parent of this script's folder).
"""
import base64, datetime as dt, email, email.policy, fnmatch, hashlib, html, json, os, quopri, re, shutil
from email.header import Header
from email.utils import formataddr, format_datetime

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"

# ---------------------------------------------------------------- people
OLIVER = ("Oliver Pembroke", "oliver.pembroke@uk.meridian-data.com")
PRIYA = ("Priya Nair", "priya.nair@uk.meridian-data.com")
HANNAH = ("Hannah Clarke", "hannah.clarke@uk.meridian-data.com")
NAKANISHI = ("中西 健太", "k.nakanishi@osaka.jp.meridian-data.com")
OKADA = ("岡田 美咲", "m.okada@osaka.jp.meridian-data.com")
SATO = ("佐藤 由紀", "y.sato@jp.meridian-data.com")
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Lee", "marcus.lee@meridian-data.com")
EMMA = ("Emma Doyle", "e.doyle@harrowfinch.co.uk")
GARETH = ("Gareth Rees", "g.rees@northgate-ha.org.uk")
JAMES = ("James Okafor", "james.okafor@brightwater-logistics.co.uk")
MATSUMOTO = ("松本 直樹", "matsumoto@naniwa-seiki.co.jp")
FUJII = ("藤井 亮介", "fujii@kansai-medsupport.co.jp")
NISHIMURA = ("西村 早苗", "s.nishimura@sakai-logitech.co.jp")
TANAKA = ("田中 誠", "tanaka@minami-sys.co.jp")
BRENNAN = ("Michael Brennan", "m.brennan@kobe-marine.co.jp")
APAC = ("APAC Sales", "apac-sales@meridian-data.com")

OFFICE_GLOBS = [("osaka", "*@osaka.jp.meridian-data.com"), ("tokyo", "*@jp.meridian-data.com"),
                ("london", "*@uk.meridian-data.com"), ("us-hq", "*@meridian-data.com")]


def office_of(addr):
    for off, g in OFFICE_GLOBS:                       # most specific first
        if fnmatch.fnmatch(addr.lower(), g):
            return off
    return "unknown"


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def D(mo, d, h, mi, off):
    return dt.datetime(2026, mo, d, h, mi, 0, tzinfo=tz(off))


# ---------------------------------------------------------------- values
def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12
SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict,
            "text": text, "quoted": quoted, "office": office}


def PH(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def TERM(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": product, "quoted": quoted, "text": text}


# ---------------------------------------------------------------- signatures
SIG_OLIVER = """--
Oliver Pembroke
Account Executive, Meridian Data UK Ltd
2nd Floor, 41 Clerkenwell Road, London EC1M 5RS
T: +44 20 7946 0321 | M: +44 7700 900418
Registered in England and Wales, company no. 11223344 | VAT reg. GB 298 7741 05"""

SIG_PRIYA = """Priya Nair
Solutions Engineer | Meridian Data UK Ltd
2nd Floor, 41 Clerkenwell Road, London EC1M 5RS
+44 20 7946 0388"""

SIG_NAKANISHI = """────────────────
株式会社メリディアン・データ 大阪営業所
営業部　中西 健太
〒530-0001 大阪市北区梅田2丁目4番9号 梅田スクエアビル12階
TEL：06-6345-1234　FAX：06-6345-1235
携帯：090-4821-7730
────────────────"""

SIG_OKADA = """―――――――――――――――――
株式会社メリディアン・データ 大阪営業所
ソリューション営業 岡田 美咲
〒530-0001 大阪市北区梅田2丁目4番9号 梅田スクエアビル12階
TEL：06-6345-1234（代表）　直通：06-6345-1240
―――――――――――――――――"""

SIG_SATO = """--
佐藤 由紀
株式会社メリディアン・データ 営業推進部（東京）
〒100-0005 東京都千代田区丸の内1-8-2 鉄鋼ビルディング9階
TEL：03-5219-8800"""

# ---------------------------------------------------------------- messages
M = {}


def msg(n, date, frm, to, subject, style, body, claims=(), findings=(), archive=False, reply_to=None,
        cc=(), attach=None):
    M[n] = dict(n=n, date=date, frm=frm, to=list(to), cc=list(cc), subject=subject, style=style, body=body,
                claims=list(claims), findings=list(findings), archive=archive, reply_to=reply_to, attach=attach)


def quoted_claims(n):
    """The claims of message n, as they appear when quoted in full by a later message."""
    off = office_of(M[n]["frm"][1])
    return [dict(c, quoted=True, office=c["office"] or off) for c in M[n]["claims"] if not c["quoted"]]


def gt_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# 0001 London -> Harrow & Finch (customer), after a first meeting
B1 = """Hi Emma,

Thanks again for making time on Wednesday (30/9) – it was good to meet you and Tom, and to see the new Fetter Lane office.

As promised, a quick summary of what we covered:

- Meridian Sync is £329 per month plus VAT for the firm, billed annually in advance.
- With Meridian Sync every user gets 1 TB of storage, which should comfortably cover the matter files you described.
- It runs on Windows, macOS, iOS and Android, so the partners' iPads are covered as well.

On numbers: you mentioned 85 fee earners plus support staff, and the licence count won't be a constraint at that size.

I'll send the formal proposal over early next week. If it's easier to talk it through, I'm free on Tuesday 6/10 after 2pm.

Kind regards,
Oliver

""" + SIG_OLIVER
msg(1, D(10, 1, 10, 24, 1), OLIVER, [EMMA], "Meridian Sync – follow-up from Wednesday", "outlook_uk", B1, [
    C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
      "Meridian Sync is £329 per month plus VAT for the firm, billed annually in advance."),
    C(SYNC, "storage_per_user", TB, "ok", "With Meridian Sync every user gets 1 TB of storage"),
] + [C(SYNC, "supported_platforms", p, "ok", "It runs on Windows, macOS, iOS and Android")
     for p in ("Windows", "macOS", "iOS", "Android")], archive=True)

# 0002 Osaka -> なにわ精機 (customer), formal keigo
B2 = """株式会社なにわ精機
総務部 松本 様

いつも大変お世話になっております。
メリディアン・データ大阪営業所の中西でございます。

先日はお忙しいところ、弊社セミナーにご来場いただき誠にありがとうございました。
ご質問をいただいておりました点につき、下記のとおりご案内申し上げます。

1. 料金について
メリディアン シンクの月額料金は55,000円（税込）でございます。

2. 容量・利用人数について
同製品は1ユーザーあたり1TBのストレージをご利用いただけます。
また、同製品は最大10,000ユーザーまで対応しております。
御社の従業員数は約140名とのことですので、規模の面でも問題ございません。

3. ご訪問の日程
10月8日（木）14時に御社へお伺いし、デモをご覧いただく予定です。
当日は弊社エンジニアの岡田も同行いたします。

引き続きどうぞよろしくお願い申し上げます。

""" + SIG_NAKANISHI
msg(2, D(10, 2, 15, 10, 9), NAKANISHI, [MATSUMOTO], "メリディアン シンクについてのご案内", "thunderbird_jp", B2, [
    C(SYNC, "monthly_price", money(55000, "JPY", "month", "included"), "ok",
      "メリディアン シンクの月額料金は55,000円（税込）でございます。"),
    C(SYNC, "storage_per_user", TB, "ok", "同製品は1ユーザーあたり1TBのストレージをご利用いただけます。"),
    C(SYNC, "max_users", 10000, "ok", "また、同製品は最大10,000ユーザーまで対応しております。"),
], archive=True)

# 0003 Osaka -> Tokyo, Kansai-style internal questions ("can I quote this?")
B3 = """佐藤さん

お疲れさまです、大阪の中西です。
なにわ精機さん、シンクの方は50ライセンスで話まとまりそうです。ほんまありがたいですわ。

で、先方がバックアップもまとめて見たいって言うてはるんで、メリディアン ボールトも一緒に出そうと思てます。
ちょっと確認させてください。

・メリディアン ボールトって、1TBあたり月2,800円（税抜）で合うてます？
・標準の保持期間って90日でしたっけ？
・年契やったら値引き何%までいけます？

来週の訪問（8日）で見積持っていきたいんで、すんませんけど今週中にお返事もらえると助かります。

中西"""
msg(3, D(10, 5, 11, 2, 9), NAKANISHI, [SATO], "なにわ精機さん ボールト追加の件（これで出してええですか）", "gmail_b64", B3,
    archive=True)

# 0004 Tokyo -> Osaka, answer
B4 = """中西さん

お疲れさまです。佐藤です。
ご確認の件、以下のとおりです。

メリディアン ボールトは1TBあたり月額2,800円（税抜）で合っています。
同製品の標準の保持期間も90日で間違いありません。
年間契約の値引きは10%までなら私の承認で進めてもらって大丈夫です。それ以上は本社のDeal Deskに上げます。

8日の訪問、よろしくお願いします。

""" + SIG_SATO + """

2026年10月5日(月) 11:02 中西 健太 <k.nakanishi@osaka.jp.meridian-data.com>:
""" + gt_quote(B3)
msg(4, D(10, 5, 14, 36, 9), SATO, [NAKANISHI], "Re: なにわ精機さん ボールト追加の件（これで出してええですか）",
    "thunderbird_jp", B4, [
        C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
          "メリディアン ボールトは1TBあたり月額2,800円（税抜）で合っています。"),
        C(VAULT, "retention", dur(90, "days"), "ok", "同製品の標準の保持期間も90日で間違いありません。"),
    ], archive=True, reply_to=3)

# 0005 London -> HQ, can I quote this?
B5 = """Hi Dana,

I'm finishing the Northgate Housing Association tender response (deadline Friday 9/10) and want to be sure the Meridian Vault figures are ones we can put in writing.

1. Their requirement 4.2 reads "RPO no greater than 15 minutes". What RPO can I commit to for Meridian Vault?
2. Is the default retention for Meridian Vault still 30 days, or has that changed?
3. They would like UK data residency. Does Meridian Vault have a London data centre, or is Frankfurt the nearest?
4. Which price book should I use for the per-TB price – UK or US?

Thanks,
Priya

""" + SIG_PRIYA
msg(5, D(10, 6, 9, 14, 1), PRIYA, [DANA], "Can I quote this? Meridian Vault figures for Northgate HA tender", "outlook_uk",
    B5, archive=True)

# 0006 HQ -> London, answer (Outlook header block: everything below is quoted)
B6 = """Hi Priya,

Happy for you to quote these:

1. Meridian Vault's RPO is 15 minutes, so you can meet 4.2 as written.
2. Default retention for Meridian Vault is 90 days, not 30. Customers can extend it at extra cost.
3. There is no London data centre. The Meridian Vault data centers are Tokyo, Osaka, Oregon and Frankfurt; for UK customers we propose Frankfurt.
4. Use the UK price book: Meridian Vault is £16 per TB per month.

Dana

Dana Whitfield | Deal Desk Manager
Meridian Data, Inc. | 535 Mission Street, 14th Floor, San Francisco, CA 94105
Direct +1 (415) 555-0142

________________________________
From: Priya Nair <priya.nair@uk.meridian-data.com>
Sent: Tuesday, October 6, 2026 1:14 AM
To: Dana Whitfield <dana.whitfield@meridian-data.com>
Subject: Can I quote this? Meridian Vault figures for Northgate HA tender

""" + B5
T6 = "The Meridian Vault data centers are Tokyo, Osaka, Oregon and Frankfurt; for UK customers we propose Frankfurt."
msg(6, D(10, 6, 8, 52, -7), DANA, [PRIYA], "RE: Can I quote this? Meridian Vault figures for Northgate HA tender",
    "outlook_us", B6, [
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes, so you can meet 4.2 as written."),
        C(VAULT, "retention", dur(90, "days"), "ok", "Default retention for Meridian Vault is 90 days, not 30."),
    ] + [C(VAULT, "data_centers", x, "ok", T6) for x in ("Tokyo", "Osaka", "Oregon", "Frankfurt")] + [
        C(VAULT, "price_per_tb", money(16, "GBP", "TB-month"), "office-variant",
          "Use the UK price book: Meridian Vault is £16 per TB per month."),
    ], archive=True, reply_to=5)

# 0007 London -> Northgate (customer)
B7 = """Dear Gareth,

Ahead of the panel on Thursday, here is a short summary of how Meridian Vault meets the backup section of your specification.

Recovery: Meridian Vault has a recovery point objective (RPO) of 15 minutes, which meets requirement 4.2.
Retention: Backups are kept for 90 days by default with Meridian Vault, and can be extended if your records policy needs longer.
Location and security: Your data would be held in our Frankfurt data centre; Meridian Vault encrypts everything at rest with AES-256.
Availability: Meridian Vault comes with a 99.99% availability SLA, with service credits if we fall short.
Pricing: Meridian Vault pricing is £16 per TB per month, ex VAT.

Based on the 42 TB you currently back up, that works out at £672 per month before VAT.

I'll send the completed compliance matrix (rows 4.1–4.9) separately. Please let me know if the panel has any questions; I'm in the office all week on 020 7946 0388.

Kind regards,

""" + SIG_PRIYA
T7 = "Your data would be held in our Frankfurt data centre; Meridian Vault encrypts everything at rest with AES-256."
msg(7, D(10, 7, 17, 5, 1), PRIYA, [GARETH], "Northgate HA – Meridian Vault: summary ahead of your tender panel",
    "outlook_uk", B7, [
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault has a recovery point objective (RPO) of 15 minutes"),
        C(VAULT, "retention", dur(90, "days"), "ok", "Backups are kept for 90 days by default with Meridian Vault"),
        C(VAULT, "data_centers", "Frankfurt", "ok", T7),
        C(VAULT, "encryption", "AES-256", "ok", T7),
        C(VAULT, "sla", 99.99, "conflict", "Meridian Vault comes with a 99.99% availability SLA"),
        C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
          "Meridian Vault pricing is £16 per TB per month, ex VAT."),
    ], archive=True)

# 0008 Osaka -> 関西メディカルサポート (customer), formal keigo
B8 = """関西メディカルサポート株式会社
情報システム室 藤井 様

平素より大変お世話になっております。
株式会社メリディアン・データ大阪営業所の岡田でございます。

先日はお打ち合わせのお時間を頂戴し、誠にありがとうございました。
ご依頼いただいておりましたメリディアン ボールトの概要につきまして、下記のとおりご案内申し上げます。

■サービスレベル
メリディアン ボールトの稼働率SLAは99.95％でございます。

■データの保管場所
メリディアン ボールトのデータセンターは東京と大阪にございますので、患者様の情報を国外に保管することはございません。

■セキュリティ
同製品では、保管データをAES-256で暗号化しております。

■料金
同製品の料金は、1TBあたり月額3,080円（税込）でございます。
現在ご利用中の約12TBを前提とした年間のお見積りは、別途お送りいたします。

ご不明な点がございましたら、お気軽にお申し付けくださいませ。
何卒よろしくお願い申し上げます。

""" + SIG_OKADA
T8 = "メリディアン ボールトのデータセンターは東京と大阪にございますので"
msg(8, D(10, 8, 17, 47, 9), OKADA, [FUJII], "【メリディアン・データ】バックアップサービスのご案内", "outlook_jp", B8, [
    C(VAULT, "sla", 99.95, "ok", "メリディアン ボールトの稼働率SLAは99.95％でございます。"),
    C(VAULT, "data_centers", "Tokyo", "ok", T8),
    C(VAULT, "data_centers", "Osaka", "ok", T8),
    C(VAULT, "encryption", "AES-256", "ok", "同製品では、保管データをAES-256で暗号化しております。"),
    C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
      "同製品の料金は、1TBあたり月額3,080円（税込）でございます。"),
], archive=True)

# 0009 customer reply: a reported RTO (unverified, office unknown) + Outlook-quoted original
B9 = """岡田様

いつもお世話になっております。関西メディカルサポートの藤井です。
ご案内いただき、ありがとうございます。院内で回覧いたします。

1点追加で確認させてください。
以前のお打ち合わせで、メリディアン ボールトのRTOは4時間以内と伺っております。
こちらについても、書面でご回答いただけますでしょうか。

よろしくお願いいたします。

関西メディカルサポート株式会社
情報システム室 藤井 亮介
TEL：06-6942-3310 内線 215

-----Original Message-----
From: 岡田 美咲 <m.okada@osaka.jp.meridian-data.com>
Sent: Thursday, October 8, 2026 5:47 PM
To: 藤井 亮介 <fujii@kansai-medsupport.co.jp>
Subject: 【メリディアン・データ】バックアップサービスのご案内

""" + B8
msg(9, D(10, 9, 10, 31, 9), FUJII, [OKADA], "RE: 【メリディアン・データ】バックアップサービスのご案内", "outlook_jp", B9, [
    C(VAULT, "rto", dur(4, "hours"), "unverified", "以前のお打ち合わせで、メリディアン ボールトのRTOは4時間以内と伺っております。"),
] + quoted_claims(8), archive=True, reply_to=8)

# 0010 London -> Brightwater (customer): two wrong statements
B10 = """Hi James,

Good to speak on Friday (9/10). Following up on the three questions your team raised:

Scale: Meridian Sync supports up to 10,000 users on a single tenant. Your 600 warehouse and office staff are comfortably inside that, even with the Leeds depot opening next spring.

Depot terminals: Meridian Sync also runs on Linux, so the terminals in Leeds, Doncaster and Hull are covered.

Drivers: Meridian Sync works offline too – drivers can keep editing delivery notes with no signal and it catches up once they're back in coverage.

Reliability: the SLA on Meridian Sync is 99.9% uptime, with service credits if we miss it.

Commercially, as discussed, we can hold a 12% discount on the first-year subscription if you're able to sign by 30/10/2026.

Best,
Oliver

""" + SIG_OLIVER
msg(10, D(10, 12, 16, 40, 1), OLIVER, [JAMES], "Brightwater – Meridian Sync for the depots", "outlook_uk", B10, [
    C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users on a single tenant."),
    C(SYNC, "supported_platforms", "Linux", "conflict", "Meridian Sync also runs on Linux"),
    C(SYNC, "offline_mode", True, "conflict", "Meridian Sync works offline too"),
    C(SYNC, "sla", 99.9, "ok", "the SLA on Meridian Sync is 99.9% uptime"),
], archive=True)

# 0011 Osaka -> 堺ロジテック (customer): Insight beta, wrong trial length
B11 = """株式会社堺ロジテック
情報システム課 西村 様

お世話になっております。メリディアン・データ大阪営業所の中西です。
先日の展示会ではブースにお立ち寄りいただき、ありがとうございました。

お問い合わせいただいたメリディアン インサイトについて、ご案内いたします。

・メリディアン インサイトは現在ベータ版で、一般提供は2027年1月を予定しております。
・同製品は60日間の無料トライアルをご用意しておりますので、正式リリース前に実データでお試しいただけます。
・同製品の料金は、1ユーザーあたり月額4,000円（税抜）です。

まずは西村様の部署の15名様で試していただく形でいかがでしょうか。
ご都合のよい日時をいくつかお知らせいただければ、初期設定のお手伝いにお伺いします。

よろしくお願いいたします。

--
株式会社メリディアン・データ 大阪営業所
中西 健太
TEL：06-6345-1234　携帯：090-4821-7730"""
msg(11, D(10, 13, 13, 22, 9), NAKANISHI, [NISHIMURA], "メリディアン インサイト（ベータ版）のご案内", "gmail_b64", B11, [
    C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは現在ベータ版で、一般提供は2027年1月を予定しております。"),
    C(INSIGHT, "free_trial", dur(60, "days"), "conflict", "同製品は60日間の無料トライアルをご用意しておりますので"),
    C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
      "同製品の料金は、1ユーザーあたり月額4,000円（税抜）です。"),
], archive=True)

# 0012 customer, interleaved reply (only > lines are quoted); old product name
Q10 = B10.split("\n")
B12 = """Hi Oliver,

Thanks – answers inline.

On Mon, 12 Oct 2026 at 16:40, Oliver Pembroke <oliver.pembroke@uk.meridian-data.com> wrote:
> """ + Q10[4] + """

Fine, no concerns there.

> """ + Q10[6] + """

This surprised our IT lead. We trialled Meridian FileSync (as it was called then) in 2024 and there was no Linux client at the time. Could you double-check before the board meets on 21/10?

> """ + Q10[8] + """

That would be a big win if it holds up.

Cheers,
James

James Okafor
Head of IT, Brightwater Logistics Ltd
Unit 4, Calder Park, Wakefield WF2 7UA
01924 555 812"""
msg(12, D(10, 14, 8, 57, 1), JAMES, [OLIVER], "Re: Brightwater – Meridian Sync for the depots", "gmail_qp", B12, [
    C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users on a single tenant.", True, "london"),
    C(SYNC, "supported_platforms", "Linux", "conflict", "Meridian Sync also runs on Linux", True, "london"),
    C(SYNC, "offline_mode", True, "conflict", "Meridian Sync works offline too", True, "london"),
], [TERM(SYNC, "We trialled Meridian FileSync (as it was called then) in 2024")], reply_to=10)

# 0013 London -> HQ, can I quote this?
B13 = """Hi Marcus,

Quick one before I reply to a customer. Brightwater Logistics (600 staff, Sync deal closing end of October) have Linux terminals in their depots.

In my note of 12/10 I said two things I now need to check with you. Can you confirm whether Meridian Sync has a Linux client today, and whether it has any offline mode?

They go to their board on 21/10, so an answer by Friday would be great.

Thanks,
Oliver

""" + SIG_OLIVER
msg(13, D(10, 15, 10, 3, 1), OLIVER, [MARCUS], "Can I quote this? Meridian Sync on Linux / offline (Brightwater)", "outlook_uk",
    B13)

# 0014 HQ -> London, answer (On ... wrote: + > lines)
B14 = """Hi Oliver,

Meridian Sync does not run on Linux. Meridian Sync's supported platforms are Windows, macOS, iOS and Android. On the depot terminals, a browser is the way in.

Meridian Sync has no offline mode either: the desktop and mobile clients need a connection to sync changes.

The old migration notes are still at https://support.meridian-data.com/kb/MeridianFileSync-migration if their IT lead wants the history.

Please correct both points with Brightwater in writing. Happy to join a call if it helps.

Marcus

Marcus Lee
Senior Product Marketing Manager, Meridian Data
+1 415 555 0178

On Thu, Oct 15, 2026 at 2:03 AM Oliver Pembroke <oliver.pembroke@uk.meridian-data.com> wrote:
""" + gt_quote(B13)
T14 = "Meridian Sync's supported platforms are Windows, macOS, iOS and Android."
msg(14, D(10, 15, 8, 40, -7), MARCUS, [OLIVER], "Re: Can I quote this? Meridian Sync on Linux / offline (Brightwater)",
    "gmail_qp", B14, [C(SYNC, "supported_platforms", p, "ok", T14) for p in ("Windows", "macOS", "iOS", "Android")] + [
        C(SYNC, "offline_mode", False, "ok", "Meridian Sync has no offline mode either"),
    ], reply_to=13)

# 0015 London -> Brightwater, correction
B15 = """Hi James,

A correction to my email of 12/10, and thank you to your IT lead for picking it up.

Meridian Sync does not have a Linux client. It runs on Windows, macOS, iOS and Android; the depot terminals in Leeds, Doncaster and Hull would use Meridian Sync through a web browser instead.

Meridian Sync also has no offline mode, so the drivers' phones will need a signal to save changes.

Everything else in my note stands. Sorry for the confusion – I'd rather you heard it from me before the board on 21/10.

Best regards,
Oliver

""" + SIG_OLIVER
msg(15, D(10, 16, 9, 20, 1), OLIVER, [JAMES], "Brightwater – correction on Linux and offline use", "outlook_uk", B15,
    [C(SYNC, "supported_platforms", p, "ok", "It runs on Windows, macOS, iOS and Android")
     for p in ("Windows", "macOS", "iOS", "Android")] + [
        C(SYNC, "offline_mode", False, "ok", "Meridian Sync also has no offline mode"),
    ], archive=True)

# 0016 partner (reseller, Osaka) -> Osaka: flyer wording
B16 = """中西さん

お世話になってます。ミナミシステムズの田中です。
来月のビジネスEXPO（インテックス大阪）用のチラシ、下書きできました。

キャッチは「メリディアン・シンクは業界最安！」でいこうと思てるんですが、問題ないですかね？
旧名のメリディアン・ファイルシンクの頃からのお客さんも多いんで、反応ええと思いますわ。
あと、メリディアン・シンクは最大2万ユーザーまで使えるって聞いてるんで、それも載せたいです。

金曜には印刷屋さんに入稿したいんで、それまでにOKもらえたら助かります。

――
株式会社ミナミシステムズ
ソリューション営業部 田中 誠
〒556-0011 大阪市浪速区難波中1-10-4 なんばセンタービル5階
TEL 06-6631-2450 / 携帯 080-3391-5527"""
msg(16, D(10, 19, 9, 41, 9), TANAKA, [NAKANISHI], "展示会チラシの文言について", "partner_qp", B16, [
    C(SYNC, "max_users", 20000, "conflict", "メリディアン・シンクは最大2万ユーザーまで使えるって聞いてるんで"),
], [PH("ja.cheapest", "「メリディアン・シンクは業界最安！」"),
    TERM(SYNC, "旧名のメリディアン・ファイルシンクの頃からのお客さんも多いんで")], archive=True)

# 0017 Osaka -> partner, Kansai business-casual; quotes the partner's draft
B17 = """田中さん

お世話になってます。中西です。
チラシの件、早めに見せてもろてありがとうございます。

キャッチの件は、景表法に引っかかるんで、あの表現はあきません。比較の根拠が出せへんので、すんませんけど外してください。

それと、ユーザー数の上限もちゃいます。メリディアン・シンクは最大1万ユーザーまでです。
同製品の定価は月額5万円（税抜）なんで、チラシに価格載せるんやったらこっちでお願いします。

修正版できたら、もう一回見せてください。

中西

2026年10月19日(月) 9:41 田中 誠 <tanaka@minami-sys.co.jp>:
""" + gt_quote(B16)
msg(17, D(10, 19, 12, 5, 9), NAKANISHI, [TANAKA], "Re: 展示会チラシの文言について", "thunderbird_jp", B17, [
    C(SYNC, "max_users", 10000, "ok", "メリディアン・シンクは最大1万ユーザーまでです。"),
    C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の定価は月額5万円（税抜）なんで"),
    C(SYNC, "max_users", 20000, "conflict", "メリディアン・シンクは最大2万ユーザーまで使えるって聞いてるんで", True, "unknown"),
], [PH("ja.cheapest", "「メリディアン・シンクは業界最安！」", True),
    TERM(SYNC, "旧名のメリディアン・ファイルシンクの頃からのお客さんも多いんで", True)], archive=True, reply_to=16)

# 0018 Osaka -> Tokyo for approval, HQ's mail attached as message/rfc822
B18_INNER = """Hi all,

For Q4 customer conversations, these are the approved Meridian Vault figures:

- Meridian Vault RPO: 15 minutes
- Default retention: 90 days (Meridian Vault)
- Meridian Vault capacity: up to 500 TB per tenant
- US list price: Meridian Vault is $20 per TB per month

Please don't quote an RTO for Meridian Vault yet; there is no approved figure.

Thanks,
Marcus

--
Marcus Lee | Senior Product Marketing Manager | Meridian Data, Inc.
535 Mission Street, 14th Floor, San Francisco, CA 94105 | +1 415 555 0178"""
B18 = """佐藤さん

お疲れさまです。大阪の岡田です。

関西メディカルサポートの藤井様から、メリディアン ボールトのRTOについて書面での回答を求められております。
本社のMarcusさんから届いた承認済み数値のメールを添付いたしますが、RTOは記載がございません。
藤井様へは、添付のRPO・保持期間・容量の数値のみを日本語でお伝えする形でよろしいでしょうか。

お手数ですが、ご確認をお願いいたします。

岡田"""
msg(18, D(10, 20, 10, 15, 9), OKADA, [SATO], "メリディアン ボールト RTOの回答について", "jp_with_attachment", B18, [
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault RPO: 15 minutes", True, "us-hq"),
    C(VAULT, "retention", dur(90, "days"), "ok", "Default retention: 90 days (Meridian Vault)", True, "us-hq"),
    C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault capacity: up to 500 TB per tenant", True, "us-hq"),
    C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month", True, "us-hq"),
], attach=dict(frm=MARCUS, to=[APAC], date=D(10, 14, 17, 30, -7),
               subject="Meridian Vault – approved figures for customer use (Q4)", body=B18_INNER))

# 0019 Tokyo -> Osaka approval, Outlook-JP style quote block
B19 = """岡田さん

お疲れさまです。佐藤です。

RTOは承認済みの数値がないため、書面でもメールでも数字は出さないでください。「個別にご相談」という回答でお願いします。
メリディアン ボールトのその他の数値（RPO 15分、標準の保持期間90日、1テナントあたり最大500TB）は、そのままお伝えいただいて問題ありません。

なお、価格をお伝えする場合は、必ず藤井様には税込表示でお送りください。

佐藤

-----元のメッセージ-----
差出人: 岡田 美咲 <m.okada@osaka.jp.meridian-data.com>
送信日時: 2026年10月20日 10:15
宛先: 佐藤 由紀 <y.sato@jp.meridian-data.com>
件名: メリディアン ボールト RTOの回答について

""" + B18
T19 = "メリディアン ボールトのその他の数値（RPO 15分、標準の保持期間90日、1テナントあたり最大500TB）は、そのままお伝えいただいて問題ありません。"
msg(19, D(10, 21, 9, 48, 9), SATO, [OKADA], "RE: メリディアン ボールト RTOの回答について", "thunderbird_jp", B19, [
    C(VAULT, "rpo", dur(15, "minutes"), "ok", T19),
    C(VAULT, "retention", dur(90, "days"), "ok", T19),
    C(VAULT, "max_storage", 500 * TB, "ok", T19),
], reply_to=18)

# 0020 Osaka -> なにわ精機, answers the customer's questions (Outlook quote block of the customer's mail)
B20_Q = """中西様

お世話になっております。なにわ精機の松本です。
先日はデモをありがとうございました。社内で検討するにあたり、追加で2点教えてください。

1. 営業担当が出張先でネットにつながらない時も、メリディアン シンクでファイルを編集できますか。
2. メリディアン シンクはISMAPなどの認証を取得されていますか。

よろしくお願いいたします。

株式会社なにわ精機 総務部
松本 直樹
TEL：072-631-5580"""
B20 = """株式会社なにわ精機
総務部 松本 様

いつも大変お世話になっております。メリディアン・データの中西でございます。
先日はデモのお時間をいただき、誠にありがとうございました。
ご質問の2点につき、ご回答申し上げます。

1. オフラインでのご利用について
誠に恐れ入りますが、メリディアン シンクはオフライン環境ではご利用いただけません。
出張先などでは、モバイル回線やテザリングでの接続をご検討いただけますと幸いです。

2. 認証について
ISMAPへの登録はございませんが、メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。
SOC 2 Type IIの報告書は、秘密保持契約の締結後にご提供いたします。

なお、お見積書の有効期限は11月30日までとなっておりますので、ご確認のほどよろしくお願いいたします。

""" + SIG_NAKANISHI + """

-----元のメッセージ-----
差出人: 松本 直樹 <matsumoto@naniwa-seiki.co.jp>
送信日時: 2026年10月21日 16:20
宛先: 中西 健太 <k.nakanishi@osaka.jp.meridian-data.com>
件名: メリディアン シンクについて追加のご質問

""" + B20_Q
T20 = "ISMAPへの登録はございませんが、メリディアン シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。"
msg(20, D(10, 22, 11, 30, 9), NAKANISHI, [MATSUMOTO], "RE: メリディアン シンクについて追加のご質問", "outlook_jp", B20, [
    C(SYNC, "offline_mode", False, "ok", "メリディアン シンクはオフライン環境ではご利用いただけません。"),
    C(SYNC, "certifications", "ISO 27001", "ok", T20),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", T20),
], archive=True)

# 0021 London deal desk -> Harrow & Finch: order confirmation (8bit, a body line starting "From ")
B21 = """Dear Emma,

Thank you for your order, received on 22/10/2026. I'm pleased to confirm the details below.

Order reference: MD-UK-2026-0419
Product: Meridian Sync, annual subscription
From 1/11/2026 your subscription covers 95 users, and you can add more at any time.
First-year discount: 15%, as agreed with Oliver on 14/10.
Invoice: issued on 1/11/2026, payable within 30 days, plus VAT at 20%.

You mentioned the firm may grow through the merger with Ashby Crane next year. That won't be a problem: until 31/3/2026 Meridian Sync was capped at 5,000 users per tenant, but since 1/4/2026 the limit is 10,000.

Version history and sharing links are unlimited on your plan, and your admins can set their own retention rules.

Your onboarding call with our Customer Success team is booked for Tuesday 3/11 at 10:00.

Kind regards,

Hannah Clarke
Sales Operations | Meridian Data UK Ltd
2nd Floor, 41 Clerkenwell Road, London EC1M 5RS
+44 20 7946 0300
Meridian Data UK Ltd, registered in England and Wales no. 11223344, VAT reg. GB 298 7741 05"""
T21 = "until 31/3/2026 Meridian Sync was capped at 5,000 users per tenant, but since 1/4/2026 the limit is 10,000."
msg(21, D(10, 23, 14, 2, 1), HANNAH, [EMMA], "Order confirmation – Harrow & Finch LLP – Meridian Sync (MD-UK-2026-0419)",
    "crm_8bit", B21, [
        C(SYNC, "max_users", 5000, "ok", T21),
        C(SYNC, "max_users", 10000, "ok", T21),
    ], [PH("en.unlimited", "Version history and sharing links are unlimited on your plan")], archive=True, cc=[OLIVER])

# 0022 London -> Northgate: Insight (BST has ended: +0000)
B22 = """Dear Gareth,

Thanks for mentioning the board-pack reporting at the panel last week. A few notes on Meridian Insight, since it came up:

Meridian Insight is in beta at the moment and becomes generally available in January 2027.
It comes with a 30-day free trial, so your performance team could try it on real data before committing.
Meridian Insight queries return in under a second, even on the larger housing-stock datasets.
Once it's generally available, Meridian Insight will be £25 per user per month, ex VAT.

If useful, we could set up a risk-free pilot for the performance team in November, alongside the Vault onboarding.

Kind regards,

""" + SIG_PRIYA
msg(22, D(10, 26, 11, 15, 0), PRIYA, [GARETH], "Meridian Insight – reporting for the board pack", "outlook_uk", B22, [
    C(INSIGHT, "general_availability", "2027-01", "ok",
      "Meridian Insight is in beta at the moment and becomes generally available in January 2027."),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "It comes with a 30-day free trial"),
    C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight queries return in under a second"),
    C(INSIGHT, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
      "Once it's generally available, Meridian Insight will be £25 per user per month, ex VAT."),
], [PH("en.guarantee", "we could set up a risk-free pilot")], archive=True)

# 0023 HQ -> Osaka: USD quote approved (quotes the Osaka question)
B23_Q = """Hi Dana,

One of my customers in Kobe, Kobe Marine Instruments, is a subsidiary of a US company and their procurement wants the quote in USD, billed from the US.
Can I quote the US list prices for Meridian Sync and Meridian Insight? Or should I always use the JPY price book?

Thanks,
Kenta Nakanishi
Meridian Data Osaka"""
B23 = """Hi Kenta,

Yes – if the contract is billed by Meridian Data, Inc. in the US, use the US price book. Meridian Sync is $399 per month. Meridian Insight is $30 per user per month.

Just make sure the order form names the US entity (535 Mission Street, San Francisco, CA 94105) and that tax is left to the customer's US parent.

Dana

On Tue, Oct 27, 2026 at 2:12 AM 中西 健太 <k.nakanishi@osaka.jp.meridian-data.com> wrote:
""" + gt_quote(B23_Q)
msg(23, D(10, 27, 10, 5, -7), DANA, [NAKANISHI], "Re: USD quote for Kobe Marine Instruments?", "gmail_qp", B23, [
    C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month."),
    C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month."),
], reply_to=None)

# 0024 Osaka -> Kobe Marine (English): USD prices from a JPY office
B24 = """Dear Mr. Brennan,

Thank you for your time on Monday. As requested, here are our prices in US dollars, billed by Meridian Data, Inc. (San Francisco).

- Meridian Sync: USD 399 per month for your organization.
- Meridian Insight: USD 30 per user per month. Meridian Insight is in beta until general availability in January 2027.

For the 25 analysts you mentioned, we would start the Meridian Insight subscriptions from the GA date.

The detailed quotation (Ref. OSK-Q-26-1087) will follow in a separate email. Please let me know if you need anything else for your purchase approval.

Best regards,
Kenta Nakanishi
Meridian Data Osaka Office
Umeda Square Bldg. 12F, 2-4-9 Umeda, Kita-ku, Osaka 530-0001, Japan
Tel: +81 6-6345-1234 / Mobile: +81 90-4821-7730"""
msg(24, D(10, 29, 16, 45, 9), NAKANISHI, [BRENNAN], "Quotation – Meridian Sync and Meridian Insight (USD)", "gmail_qp", B24, [
    C(SYNC, "monthly_price", money(399, "USD", "month"), "office-variant", "Meridian Sync: USD 399 per month for your organization."),
    C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "office-variant", "Meridian Insight: USD 30 per user per month."),
    C(INSIGHT, "general_availability", "2027-01", "ok",
      "Meridian Insight is in beta until general availability in January 2027."),
], archive=True)

# ---------------------------------------------------------------- documents
DOCS = {}

DOCS["docs/london/harrow-finch-sync-proposal.md"] = ("london", """# Meridian Sync – proposal for Harrow & Finch LLP

Prepared by Oliver Pembroke, Meridian Data UK Ltd · 7/10/2026 · Ref. MD-UK-P-2026-112

## Why Meridian Sync

Harrow & Finch needs one place for matter files that partners can reach from the office, from court and from home. Meridian Sync is the industry-leading choice for law firms of your size, and it fits the way your teams already work.

## Key facts

| Item | Meridian Sync |
|---|---|
| Users per tenant | up to 10,000 |
| Storage | 1 TB per user |
| Uptime SLA | 99.9% |
| Platforms | Windows, macOS, iOS, Android |
| Certifications | ISO 27001, SOC 2 Type II, Cyber Essentials Plus |

## Pricing

Meridian Sync is £329 per month, excluding VAT, for the whole firm.

## Commercial terms

- Fee earners and support staff at start: 95
- First-year discount: 15% (agreed 1/10/2026)
- Start date: 1/11/2026, with onboarding during the week of 2/11
- Quote valid until 31/10/2026

Oliver Pembroke · +44 20 7946 0321 · oliver.pembroke@uk.meridian-data.com
""", [
    C(SYNC, "max_users", 10000, "ok", "| Users per tenant | up to 10,000 |"),
    C(SYNC, "storage_per_user", TB, "ok", "| Storage | 1 TB per user |"),
    C(SYNC, "sla", 99.9, "ok", "| Uptime SLA | 99.9% |"),
] + [C(SYNC, "supported_platforms", p, "ok", "| Platforms | Windows, macOS, iOS, Android |")
     for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(SYNC, "certifications", "ISO 27001", "ok", "| Certifications | ISO 27001, SOC 2 Type II, Cyber Essentials Plus |"),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "| Certifications | ISO 27001, SOC 2 Type II, Cyber Essentials Plus |"),
    C(SYNC, "certifications", "Cyber Essentials Plus", "conflict",
      "| Certifications | ISO 27001, SOC 2 Type II, Cyber Essentials Plus |"),
    C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
      "Meridian Sync is £329 per month, excluding VAT, for the whole firm."),
], [PH("en.superlative", "Meridian Sync is the industry-leading choice for law firms of your size")])

DOCS["docs/london/northgate-vault-summary.txt"] = ("london", """NORTHGATE HOUSING ASSOCIATION
Backup and recovery: Meridian Vault summary
Meridian Data UK Ltd, 8 October 2026

1. Recovery
Meridian Vault has an RPO of 15 minutes for all protected workloads.

2. Retention
Default retention on Meridian Vault: 30 days (longer periods available on request).

3. Capacity
Meridian Vault stores up to 0.5 PB per tenant. Northgate currently protects about 42 TB.

4. Hosting
Meridian Vault data centres: Frankfurt (primary) and Oregon (secondary copies).
Your data stays in the EU unless you choose the secondary copy option.

5. Price
Meridian Vault is £16 per TB per month, excluding VAT.

Prepared by Priya Nair, Solutions Engineer. Tel. 020 7946 0388.
""", [
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault has an RPO of 15 minutes for all protected workloads."),
    C(VAULT, "retention", dur(30, "days"), "conflict", "Default retention on Meridian Vault: 30 days (longer periods available on request)."),
    C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 0.5 PB per tenant."),
    C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault data centres: Frankfurt (primary) and Oregon (secondary copies)."),
    C(VAULT, "data_centers", "Oregon", "ok", "Meridian Vault data centres: Frankfurt (primary) and Oregon (secondary copies)."),
    C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
      "Meridian Vault is £16 per TB per month, excluding VAT."),
], [])

DOCS["docs/osaka/naniwa-seiki-teian.html"] = ("osaka", """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>メリディアン シンク ご提案書 - 株式会社なにわ精機様</title>
</head>
<body>
<h1>メリディアン シンク ご提案書</h1>
<p>株式会社なにわ精機 総務部 御中<br>
2026年10月7日　株式会社メリディアン・データ 大阪営業所</p>

<h2>1. ご提案の概要</h2>
<p>メリディアン シンクは、国内初の双方向リアルタイム同期を備えた法人向けファイル共有サービスです。</p>
<p>同製品は最大10,000ユーザーまでご利用いただけ、1ユーザーあたり1TBのストレージをご利用いただけます。</p>
<p>同製品はWindows、Mac、iPhone・iPad、Androidに対応しております。</p>

<h2>2. お見積り</h2>
<table border="1">
<caption>お見積り（金額はすべて税抜）</caption>
<tr><th>製品</th><th>単価</th><th>数量</th></tr>
<tr><td>メリディアン シンク</td><td>月額 50,000円</td><td>1契約</td></tr>
<tr><td>メリディアン ボールト</td><td>1TBあたり月額 2,800円</td><td>20TB</td></tr>
</table>
<p>※上記金額には別途消費税（10%）を申し受けます。</p>

<h2>3. 導入スケジュール</h2>
<p>2026年11月中旬のご契約、12月1日からのご利用開始を想定しております。</p>

<hr>
<p>株式会社メリディアン・データ 大阪営業所　担当：中西 健太<br>
〒530-0001 大阪市北区梅田2丁目4番9号 梅田スクエアビル12階　TEL：06-6345-1234</p>
</body>
</html>
""", [
    C(SYNC, "max_users", 10000, "ok", "同製品は最大10,000ユーザーまでご利用いただけ"),
    C(SYNC, "storage_per_user", TB, "ok", "1ユーザーあたり1TBのストレージをご利用いただけます。"),
] + [C(SYNC, "supported_platforms", p, "ok", "同製品はWindows、Mac、iPhone・iPad、Androidに対応しております。")
     for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "<td>月額 50,000円</td>"),
    C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "<td>1TBあたり月額 2,800円</td>"),
], [PH("ja.first-in-industry", "国内初の双方向リアルタイム同期")])

DOCS["docs/osaka/kansai-medical-vault.md"] = ("osaka", """# メリディアン ボールト ご提案書

関西メディカルサポート株式会社 情報システム室 御中
株式会社メリディアン・データ 大阪営業所　2026年10月23日

## 1. サービス概要

| 項目 | 内容 |
|---|---|
| 稼働率SLA | 99.95％ |
| 目標復旧時点（RPO） | 15分 |
| 目標復旧時間（RTO） | 4時間以内 |
| 標準保持期間 | 90日間 |
| データセンター | 東京、大阪 |
| 暗号化 | AES-256 |

## 2. 安心のデータ保護

メリディアン ボールトなら、院内のデータが失われることは絶対にありません。

## 3. 料金

| 項目 | 単価（税込） |
|---|---|
| ストレージ料金 | 1TBあたり月額 3,080円 |

お見積り総額は別紙をご参照ください。

担当：岡田 美咲（TEL 06-6345-1240）
""", [
    C(VAULT, "sla", 99.95, "ok", "| 稼働率SLA | 99.95％ |"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "| 目標復旧時点（RPO） | 15分 |"),
    C(VAULT, "rto", dur(4, "hours"), "unverified", "| 目標復旧時間（RTO） | 4時間以内 |"),
    C(VAULT, "retention", dur(90, "days"), "ok", "| 標準保持期間 | 90日間 |"),
    C(VAULT, "data_centers", "Tokyo", "ok", "| データセンター | 東京、大阪 |"),
    C(VAULT, "data_centers", "Osaka", "ok", "| データセンター | 東京、大阪 |"),
    C(VAULT, "encryption", "AES-256", "ok", "| 暗号化 | AES-256 |"),
    C(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "| ストレージ料金 | 1TBあたり月額 3,080円 |"),
], [PH("ja.absolute", "院内のデータが失われることは絶対にありません。")])

# ignored by .onevoice.yaml (drafts): no labels
DOCS["docs/osaka/drafts/naniwa-teian-draft-v1.md"] = ("osaka", """# メリディアン・ファイルシンク ご提案書（下書き・社外秘）

- 最大5,000ユーザー → 要確認
- 月額50,000円（税込）？ 佐藤さんに確認
- オフラインでも使える、で合ってる？
""", [], [])

# ---------------------------------------------------------------- MIME building
def h(s, charset="utf-8", name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name).encode()


def addr(p, charset="utf-8"):
    return formataddr(p, charset=charset)


def rid(n, salt):
    return hashlib.sha1(("set49-%s-%s" % (n, salt)).encode()).hexdigest()


def message_id(m):
    n, style = m["n"], m["style"]
    x = rid(n, "mid").upper()
    if style in ("outlook_uk",):
        return "%s@LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM" % ("LO2P265MB" + x[:20], x[20:24])
    if style == "outlook_us":
        return "%s@BY5PR11MB%s.namprd11.prod.outlook.com" % ("BY5PR11MB" + x[:20], x[20:24])
    if style == "outlook_jp":
        return "%s@TYCPR01MB%s.jpnprd01.prod.outlook.com" % ("TYCPR01MB" + x[:20], x[20:24])
    if style.startswith("gmail"):
        return "CA%s+%s@mail.gmail.com" % (rid(n, "g")[:18].upper(), rid(n, "h")[:10])
    domain = m["frm"][1].split("@")[1]
    u = rid(n, "u")
    return "%s-%s-%s-%s-%s@%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], domain)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    assert raw.decode(charset) == text, "lossy %s" % charset
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset if cte == "8bit" else "ascii") if cte == "8bit" else raw.decode("latin-1")


def leaf(subtype, text, charset, cte, extra=""):
    ct = 'Content-Type: text/%s; charset="%s"%s\n' % (subtype, charset, extra)
    return ct + "Content-Transfer-Encoding: %s\n\n%s" % (cte, encode_body(text, charset, cte))


def to_html(text, gmail=False):
    out, inq = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       if gmail else '<blockquote style="border-left:2px solid #ccc;padding-left:6px">')
            inq = True
        if not q and inq:
            out.append("</blockquote>")
            inq = False
        body = line[1:].lstrip(" ") if q else line
        out.append("<div>%s</div>" % (html.escape(body) if body else "<br>"))
    if inq:
        out.append("</blockquote>")
    if gmail:
        return '<div dir="ltr">' + "\n".join(out) + "</div>\n"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body lang="EN-GB"><div class="WordSection1">\n' + "\n".join(out) + "\n</div></body></html>\n")


def alternative(boundary, plain, htmlpart):
    return ('Content-Type: multipart/alternative;\n\tboundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n'
            % (boundary, boundary, plain, boundary, htmlpart, boundary))


def build(m):
    n, style, body = m["n"], m["style"], m["body"]
    jp = style in ("thunderbird_jp", "outlook_jp", "jp_with_attachment")
    hcs = "iso-2022-jp" if jp else "utf-8"
    hdr = []
    if style.startswith("outlook"):
        pass
    hdr.append("From: " + addr(m["frm"], hcs))
    hdr.append("To: " + ", ".join(addr(p, hcs) for p in m["to"]))
    if m["cc"]:
        hdr.append("Cc: " + ", ".join(addr(p, hcs) for p in m["cc"]))
    hdr.append("Subject: " + h(m["subject"], hcs))
    hdr.append("Date: " + format_datetime(m["date"]))
    hdr.append("Message-ID: <%s>" % message_id(m))
    if m["reply_to"]:
        hdr.append("In-Reply-To: <%s>" % message_id(M[m["reply_to"]]))
        hdr.append("References: <%s>" % message_id(M[m["reply_to"]]))
    if style.startswith("outlook"):
        hdr.append("Thread-Topic: " + h(re.sub(r"^(RE|Re|FW|Fwd): ", "", m["subject"]), hcs, "Thread-Topic"))
        hdr.append("Thread-Index: " + base64.b64encode(bytes.fromhex(rid(n, "ti")[:32])).decode())
        hdr.append("Accept-Language: %s" % {"outlook_uk": "en-GB, en-US", "outlook_us": "en-US",
                                            "outlook_jp": "ja-JP, en-US"}[style])
        hdr.append("Content-Language: %s" % {"outlook_uk": "en-GB", "outlook_us": "en-US", "outlook_jp": "ja-JP"}[style])
        hdr.append("X-MS-Has-Attach: ")
        hdr.append("X-MS-TNEF-Correlator: ")
    if style in ("thunderbird_jp", "jp_with_attachment"):
        hdr.append("User-Agent: Mozilla Thunderbird")
        hdr.append("Content-Language: ja")
    if style == "partner_qp":
        hdr.append("X-Mailer: Microsoft Outlook 16.0")
    if style == "crm_8bit":
        hdr.append("X-Mailer: Meridian DealDesk Notifier 2.4")
        hdr.append("Reply-To: " + addr(HANNAH))
    hdr.append("MIME-Version: 1.0")
    crlf = style.startswith("outlook")
    if style in ("outlook_uk", "outlook_us"):
        cs = "Windows-1252" if style == "outlook_uk" else "utf-8"
        b = "_000_%s_" % rid(n, "b").upper()[:40]
        mime = alternative(b, leaf("plain", body, cs, "quoted-printable"), leaf("html", to_html(body), cs, "quoted-printable"))
    elif style == "outlook_jp":
        b = "_000_%s_" % rid(n, "b").upper()[:40]
        mime = alternative(b, leaf("plain", body, "iso-2022-jp", "7bit"),
                           leaf("html", to_html(body).replace('lang="EN-GB"', 'lang="JA"'), "iso-2022-jp", "quoted-printable"))
    elif style in ("gmail_qp", "gmail_b64"):
        b = "0000000000%s" % rid(n, "b")[:16]
        cte = "quoted-printable" if style == "gmail_qp" else "base64"
        mime = alternative(b, leaf("plain", body, "UTF-8", cte), leaf("html", to_html(body, True), "UTF-8", cte))
    elif style == "thunderbird_jp":
        mime = leaf("plain", body, "ISO-2022-JP", "7bit")
    elif style == "partner_qp":
        mime = leaf("plain", body, "utf-8", "quoted-printable")
    elif style == "crm_8bit":
        mime = leaf("plain", body, "utf-8", "8bit")
    elif style == "jp_with_attachment":
        a = m["attach"]
        inner = "\n".join([
            "From: " + addr(a["frm"]), "To: " + ", ".join(addr(p) for p in a["to"]),
            "Subject: " + h(a["subject"]), "Date: " + format_datetime(a["date"]),
            "Message-ID: <%s@BY5PR11MB%s.namprd11.prod.outlook.com>" % ("BY5PR11MB" + rid(n, "in").upper()[:20], rid(n, "in2")[:4].upper()),
            "MIME-Version: 1.0", leaf("plain", a["body"], "utf-8", "quoted-printable")])
        b = "------------%s" % rid(n, "b")[:24]
        mime = ('Content-Type: multipart/mixed; boundary="%s"\n\nThis is a multi-part message in MIME format.\n'
                '--%s\n%s\n--%s\nContent-Type: message/rfc822; name="%s.eml"\nContent-Disposition: attachment; filename="%s.eml"\n\n%s\n--%s--\n'
                % (b, b, leaf("plain", body, "ISO-2022-JP", "7bit"), b, "approved-figures", "approved-figures", inner, b))
    else:
        raise ValueError(style)
    text = "\n".join(hdr) + "\n" + mime
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode("utf-8" if style == "crm_8bit" else "ascii")
    return raw.replace(b"\n", b"\r\n") if crlf else raw


def decoded_text(raw):
    msgo = email.message_from_bytes(raw, policy=email.policy.default)
    parts = []
    for p in msgo.walk():
        if p.get_content_maintype() == "text":
            parts.append(p.get_content().replace("\r\n", "\n"))
    return "\n".join(parts)


# ---------------------------------------------------------------- cross-office (derived, then checked)
def norm_value(c):
    v = c["value"]
    if isinstance(v, dict) and "currency" in v:
        a = v["amount"] / 1.1 if (v["currency"] == "JPY" and v.get("tax") == "included") else v["amount"]
        return ("money", round(a, 2), v["currency"], v["per"])
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}[v["unit"]])
    return ("v", v)


SET_ATTRS = {"supported_platforms", "certifications", "data_centers", "encryption"}


def cross_office(archive_msgs):
    found = {}
    rows = []
    for m in archive_msgs:
        for c in m["claims"]:
            off = c["office"] or office_of(m["frm"][1])
            if off == "unknown" or c["attribute"] in SET_ATTRS:
                continue
            rows.append((m, off, c))
    for i, (m1, o1, c1) in enumerate(rows):
        for m2, o2, c2 in rows[i + 1:]:
            if o1 == o2 or (c1["product"], c1["attribute"]) != (c2["product"], c2["attribute"]):
                continue
            v1, v2 = norm_value(c1), norm_value(c2)
            if v1[0] == "money" and v1[2:] != v2[2:]:
                continue
            if v1 == v2 or (c1["verdict"] == "ok" and c2["verdict"] == "ok"):
                continue
            if abs((m1["date"] - m2["date"]).days) > 45:
                continue
            key = (c1["product"], c1["attribute"], tuple(sorted((o1, o2))))
            f = found.setdefault(key, {"files": set(), "values": {}})
            f["files"].update(["mail/%04d.eml" % m1["n"], "mail/%04d.eml" % m2["n"]])
            f["values"].setdefault(o1, c1["value"])
            f["values"].setdefault(o2, c2["value"])
    return found


EXPECTED_CROSS = {(VAULT, "sla", ("london", "osaka")), (INSIGHT, "free_trial", ("london", "osaka")),
                  (SYNC, "offline_mode", ("london", "osaka"))}


# ---------------------------------------------------------------- write
def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    expected = []

    def claim_line(file, mid, c, office, as_of):
        return {"type": "claim", "file": file, "message_id": mid, "product": c["product"], "attribute": c["attribute"],
                "value": c["value"], "verdict": c["verdict"], "quoted": c["quoted"], "office": office,
                "as_of": as_of, "text": c["text"]}

    def finding_line(file, mid, f):
        return {"type": "finding", "file": file, "message_id": mid, "kind": f["kind"], "rule": f["rule"],
                "product": f["product"], "quoted": f["quoted"], "text": f["text"]}

    raws = {}
    for n in sorted(M):
        m = M[n]
        raw = build(m)
        raws[n] = raw
        fn = "mail/%04d.eml" % n
        with open(os.path.join(SET, fn), "wb") as fh:
            fh.write(raw)
        text = decoded_text(raw)
        for x in m["claims"] + m["findings"]:
            assert x["text"] in text, (fn, x["text"])
        mid = message_id(m)
        as_of = m["date"].date().isoformat()
        off = office_of(m["frm"][1])
        files = [fn] + (["mail/archive.mbox"] if m["archive"] else [])
        for f in files:
            seen = set()
            for c in m["claims"]:
                k = (c["product"], c["attribute"], json.dumps(c["value"], sort_keys=True), c["quoted"], c["office"] or off)
                assert k not in seen, (fn, k)
                seen.add(k)
                expected.append(claim_line(f, mid, c, c["office"] or off, as_of))
            for x in m["findings"]:
                expected.append(finding_line(f, mid, x))

    # mbox (mboxrd), date order
    arch = sorted((m for m in M.values() if m["archive"]), key=lambda m: m["date"])
    assert len(arch) >= 10
    with open(os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        for m in arch:
            raw = raws[m["n"]].replace(b"\r\n", b"\n")
            envelope = m["date"].astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
            envelope = re.sub(r" 0(\d) ", r"  \1 ", envelope)
            fh.write(("From %s %s\n" % (m["frm"][1], envelope)).encode())
            for line in raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n"):
                if re.match(rb"^>*From ", line):
                    line = b">" + line
                fh.write(line + b"\n")
            fh.write(b"\n")

    # documents
    for path, (office, text, claims, findings) in DOCS.items():
        full = os.path.join(SET, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
        for x in claims + findings:
            assert x["text"] in text, (path, x["text"])
        for c in claims:
            expected.append(claim_line(path, None, c, office, DOCS_AS_OF))
        for x in findings:
            expected.append(finding_line(path, None, x))

    # cross-office
    found = cross_office(arch)
    assert set(found) == EXPECTED_CROSS, sorted(found)
    for (p, a, offs), f in sorted(found.items()):
        expected.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs),
                         "file": "mail/archive.mbox", "message_files": sorted(f["files"]),
                         "values": {k: f["values"][k] for k in sorted(f["values"])}})

    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")

    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for probe set 49 (SPEC section 6).
rules: /work/shared/eval/rules
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
    kinds = {}
    for e in expected:
        k = e["type"] + ":" + (e.get("verdict") or e.get("kind") or "")
        kinds[k] = kinds.get(k, 0) + 1
    print("messages=%d archive=%d docs=%d expected=%d" % (len(M), len(arch), len(DOCS), len(expected)))
    print(json.dumps(kinds, sort_keys=True))


if __name__ == "__main__":
    main()
