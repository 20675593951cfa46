"""The messages, documents and answer key of set 71. Every claim tuple is
(product, attribute, value, verdict, excerpt[, {"quoted": True, "office": ...}])."""
import datetime

from mimekit import (JST, UTC, BST, PST, PDT, dt, hdr, addr, clean, leaf, thunderbird_leaf, rfc822,
                     multipart, message, date_header, html_from_text)

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12


def money(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


def q(office):
    return {"quoted": True, "office": office}


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line.strip() else prefix.rstrip() for line in clean(text).split("\n"))


# people ---------------------------------------------------------------------
SATO = ("佐藤 美咲", "misaki.sato@jp.meridian-data.com")
YAMAMOTO = ("山本 健太", "kenta.yamamoto@jp.meridian-data.com")
NAKAMURA = ("中村 亮", "ryo.nakamura@osaka.jp.meridian-data.com")
NISHIDA = ("西田 真由", "mayu.nishida@osaka.jp.meridian-data.com")
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")
HARRIET = ("Harriet Bloom", "harriet.bloom@uk.meridian-data.com")
CALLUM = ("Callum Reid", "callum.reid@uk.meridian-data.com")
OGAWA = ("小川 隆之", "t.ogawa@kitahama-seiki.co.jp")
ISHII = ("石井 陽子", "y.ishii@toto-medical.jp")
FUJII = ("藤井 和也", "k.fujii@nexus-sol.co.jp")
MORIMOTO = ("森本 恵", "m.morimoto@naniwa-pharma.co.jp")
KOBAYASHI = ("小林 翔", "s.kobayashi@minato-design.jp")
JORDAN = ("Jordan Lee", "jlee@brightwaterhealth.org")
ALICIA = ("Alicia Moreno", "alicia.moreno@pinecrest-analytics.com")
PETER = ("Peter Achebe", "p.achebe@kestrel-logistics.co.uk")
GWEN = ("Gwen Parry", "gwen.parry@thornbury.gov.uk")
TOM = ("Tom Hale", "tom@ashdown-architects.co.uk")


def received(by, frm, ip, when):
    qid = "".join(c for c in ip if c.isdigit())[:10]
    return ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
            % (frm, frm, ip, by, "a" + qid, "inbound@" + by.split(".", 1)[1], date_header(when)))


def heads(frm, to, subject, when, mid, charset="utf-8", cc=None, reply=None, extra=(), rcv=None):
    h = []
    if rcv:
        h.append(received(*rcv, when))
    h += [("From", addr(*frm, charset=charset)), ("To", addr(*to, charset=charset))]
    if cc:
        h.append(("Cc", ", ".join(addr(*c, charset=charset) for c in cc)))
    h += [("Subject", hdr(subject, charset)), ("Date", date_header(when)), ("Message-ID", "<%s>" % mid)]
    if reply:
        h += [("In-Reply-To", "<%s>" % reply), ("References", "<%s>" % reply)]
    h += list(extra)
    return h


GMAIL = ()
OUTLOOK = (("Thread-Topic", "x"),)
TB_UA = (("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),)

MESSAGES = []


def add(n, frm, when, mid, raw, claims, findings=(), archive=False):
    MESSAGES.append({"n": n, "from": frm[1], "date": when, "id": mid, "raw": raw,
                     "claims": list(claims), "findings": list(findings), "archive": archive})


def outlook_extra(lang, topic):
    return (("Thread-Topic", hdr(topic, "utf-8")), ("Thread-Index", "AdqF3k2Lr8Q1mY0xT7ue0w5Zb2n9kA=="),
            ("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))


# =============================================================================
# 0001  Tokyo -> customer, cites the datasheet by page and section (Jan 2026)
# =============================================================================
M1_BODY = """北浜精機株式会社
情報システム部 小川 様

いつもお世話になっております。
メリディアンデータ東京オフィスの佐藤でございます。

先日のお打ち合わせでは、貴重なお時間をいただきありがとうございました。
ご質問いただいた点について、製品資料をもとに回答いたします。

1. ご利用可能なユーザー数
製品資料（メリディアン シンク データシート v2.9）の3ページ目にある通り、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。
本社・工場あわせて約320名でのご利用とのことですので、十分に余裕がございます。

2. ストレージ容量
同資料の4.2節の記載どおり、同製品のストレージ容量は1ユーザーあたり1TBです。

3. 料金
価格表（2025年度版）の2ページ目に記載のとおり、メリディアン シンクの月額料金は50,000円（税抜）でございます。
なお、年間契約の場合のお支払い条件については、別途お見積書にてご案内いたします。

ご不明な点がございましたら、お気軽にお申し付けください。
引き続きよろしくお願いいたします。

--
佐藤 美咲（Misaki Sato）
メリディアンデータ株式会社 東京オフィス ソリューション営業部
〒100-0005 東京都千代田区丸の内1-6-2 丸の内テラス 12F
TEL: 03-5212-4480 / 携帯: 090-3318-7702
適格請求書発行事業者登録番号: T8010401123456
misaki.sato@jp.meridian-data.com
"""
M1_ID = "5f3c2a91-7d4e-4b8a-9c11-2e6f0a8d4b37@jp.meridian-data.com"
M1_DATE = dt(2026, 1, 20, 14, 2, 11, JST)
M1_SUBJECT = "【メリディアンデータ】メリディアン シンクの仕様についてのご回答"
add("0001", SATO, M1_DATE, M1_ID,
    message(heads(SATO, OGAWA, M1_SUBJECT, M1_DATE, M1_ID, charset="iso-2022-jp", extra=TB_UA,
                  rcv=("mx01.kitahama-seiki.co.jp", "mail-relay2.jp.meridian-data.com", "203.0.113.24")),
            thunderbird_leaf("iso-2022-jp", "7bit", M1_BODY)),
    [(S, "max_users", 5000, "ok", "メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
     (S, "storage_per_user", TB, "ok", "同製品のストレージ容量は1ユーザーあたり1TBです。"),
     (S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "メリディアン シンクの月額料金は50,000円（税抜）でございます。")])

# =============================================================================
# 0002  customer (Gmail) -> Tokyo: a question, a claim read in an old FAQ, full quote
# =============================================================================
M2_OWN = """佐藤様

お世話になっております。北浜精機の小川です。
ご回答ありがとうございました。社内で検討を進めております。

追加で2点確認させてください。

・出張先や工場の一部エリアでは通信環境が不安定なのですが、オフラインでも使えますでしょうか。
・以前拝見した御社FAQには、メリディアン シンクはLinuxにも対応していると書かれていました。
　工場の検査端末がLinuxのため、この点は重要です。

お手数ですが、よろしくお願いいたします。

小川 隆之
北浜精機株式会社 情報システム部
〒530-0001 大阪府大阪市北区梅田2-4-9
TEL 06-6344-2190（内線 317）
"""
M2_BODY = M2_OWN + "\n2026年1月20日(火) 14:02 佐藤 美咲 <misaki.sato@jp.meridian-data.com>:\n\n" + quote(M1_BODY) + "\n"
M2_ID = "CAK9mZ3v+Yq2Hn7xR0pTq5sWc1u8fLdE4bNaG6hJ0r@mail.gmail.com"
M2_DATE = dt(2026, 2, 3, 10, 21, 45, JST)
add("0002", OGAWA, M2_DATE, M2_ID,
    message(heads(OGAWA, SATO, "Re: " + M1_SUBJECT, M2_DATE, M2_ID, reply=M1_ID,
                  rcv=("mx.jp.meridian-data.com", "mail-sor-f41.google.com", "209.85.220.41")),
            multipart("alternative", "000000000000a1c3f2064a8b7e21", [
                leaf("text/plain", "UTF-8", "base64", M2_BODY),
                leaf("text/html", "UTF-8", "base64", html_from_text(M2_BODY))])),
    [(S, "supported_platforms", "Linux", "conflict", "以前拝見した御社FAQには、メリディアン シンクはLinuxにも対応していると書かれていました。"),
     (S, "max_users", 5000, "ok", "メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。", q("tokyo")),
     (S, "storage_per_user", TB, "ok", "同製品のストレージ容量は1ユーザーあたり1TBです。", q("tokyo")),
     (S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "メリディアン シンクの月額料金は50,000円（税抜）でございます。", q("tokyo"))])

# =============================================================================
# 0003  Tokyo (Outlook) -> customer: corrects the FAQ, quotes the customer (Outlook block)
# =============================================================================
M3_BODY = """小川様

お世話になっております。メリディアンデータの佐藤です。
ご確認いただいた2点について回答いたします。

■オフラインでのご利用について
メリディアン シンクはオフラインモードには対応しておりません。ファイルの同期・閲覧には通信環境が必要となります。
製品仕様書の第4章（クライアントの動作）にも同じ記載がございます。

■Linuxへの対応について
ご覧いただいたFAQ（記事番号 KB-0412）は2024年の古い内容で、誤りがございました。大変申し訳ございません。
メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4種類で、Linuxには対応しておりません。
FAQは現在、担当部署に修正を依頼しております。

検査端末でのご利用方法については、ブラウザでの参照も含め、別途ご提案させていただければと存じます。

引き続きよろしくお願いいたします。

佐藤 美咲
メリディアンデータ株式会社 東京オフィス
TEL: 03-5212-4480

-----元のメッセージ-----
差出人: 小川 隆之 <t.ogawa@kitahama-seiki.co.jp>
送信日時: 2026年2月3日 10:21
宛先: 佐藤 美咲 <misaki.sato@jp.meridian-data.com>
件名: Re: 【メリディアンデータ】メリディアン シンクの仕様についてのご回答

""" + M2_OWN
M3_ID = "TYCPR01MB11947C3D2A5E8B04F61A9D7E2C5B81@TYCPR01MB11947.jpnprd01.prod.outlook.com"
M3_DATE = dt(2026, 2, 10, 16, 45, 30, JST)
add("0003", SATO, M3_DATE, M3_ID,
    message(heads(SATO, OGAWA, "RE: " + M1_SUBJECT, M3_DATE, M3_ID, reply=M2_ID,
                  extra=outlook_extra("ja-JP", M1_SUBJECT)),
            multipart("alternative", "_000_TYCPR01MB11947C3D2A5E8B04F61A9D7E2C5B81TYCPR01MB11947jpnp_", [
                leaf("text/plain", "utf-8", "base64", M3_BODY),
                leaf("text/html", "utf-8", "base64", html_from_text(M3_BODY, "outlook").replace("{charset}", "utf-8"))])),
    [(S, "offline_mode", False, "ok", "メリディアン シンクはオフラインモードには対応しておりません。"),
     (S, "supported_platforms", "Windows", "ok", "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4種類で、Linuxには対応しておりません。"),
     (S, "supported_platforms", "macOS", "ok", "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4種類で、Linuxには対応しておりません。"),
     (S, "supported_platforms", "iOS", "ok", "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4種類で、Linuxには対応しておりません。"),
     (S, "supported_platforms", "Android", "ok", "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4種類で、Linuxには対応しておりません。"),
     (S, "supported_platforms", "Linux", "conflict", "以前拝見した御社FAQには、メリディアン シンクはLinuxにも対応していると書かれていました。", q("unknown"))])

# =============================================================================
# 0004  US HQ -> customer: spec sections, a value placed in a period, deal figures
# =============================================================================
M4_BODY = """Hi Jordan,

Thanks again for the time on Monday, and please pass my thanks to Priya for the walkthrough of your current file shares.

A few answers to the questions from the call, with references so your security team can check them against the documents I sent:

1. User limit. Per section 2.1 of the Meridian Sync Product Specification (v2.8), a single tenant supports up to 5,000 users.
From 1 April, with v3.2, Meridian Sync raises the per-tenant limit to 10,000 users, so you will have plenty of headroom as Brightwater grows.

2. Platforms. Section 1.2 of the same spec lists Windows, macOS, iOS and Android as the supported platforms for Meridian Sync. There is no Linux client.

3. Pricing. Meridian Sync is $399 per month for the workspace (Price Book PB-US-2026-01, p.3). I have attached the order form for 180 seats on a 36-month term, with the 8% multi-year discount we discussed.

I'll hold 30 minutes on March 12 at 10am PT for your security review; if that doesn't work, send me two alternatives.

Best,
Dana

--
Dana Whitfield | Senior Account Executive
Meridian Data Inc. | 415 Mission St, Suite 2200, San Francisco, CA 94105
+1 (415) 555-0142 | dana.whitfield@meridian-data.com
"""
M4_ID = "CAH7ZqW1p4kR+T8e3v0bLx6Yd2mN5sQa9Fj@mail.gmail.com"
M4_DATE = dt(2026, 3, 5, 11, 32, 7, PST)
add("0004", DANA, M4_DATE, M4_ID,
    message(heads(DANA, JORDAN, "Meridian Sync: answers from Monday's call", M4_DATE, M4_ID,
                  rcv=("mx1.brightwaterhealth.org", "mail-yw1-f172.google.com", "209.85.128.172")),
            multipart("alternative", "0000000000007d2e5b0649f1c3a8", [
                leaf("text/plain", "UTF-8", "quoted-printable", M4_BODY),
                leaf("text/html", "UTF-8", "quoted-printable", html_from_text(M4_BODY))])),
    [(S, "max_users", 5000, "ok", "Per section 2.1 of the Meridian Sync Product Specification (v2.8), a single tenant supports up to 5,000 users."),
     (S, "max_users", 10000, "ok", "From 1 April, with v3.2, Meridian Sync raises the per-tenant limit to 10,000 users"),
     (S, "supported_platforms", "Windows", "ok", "Section 1.2 of the same spec lists Windows, macOS, iOS and Android as the supported platforms for Meridian Sync."),
     (S, "supported_platforms", "macOS", "ok", "Section 1.2 of the same spec lists Windows, macOS, iOS and Android as the supported platforms for Meridian Sync."),
     (S, "supported_platforms", "iOS", "ok", "Section 1.2 of the same spec lists Windows, macOS, iOS and Android as the supported platforms for Meridian Sync."),
     (S, "supported_platforms", "Android", "ok", "Section 1.2 of the same spec lists Windows, macOS, iOS and Android as the supported platforms for Meridian Sync."),
     (S, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for the workspace (Price Book PB-US-2026-01, p.3).")],
    archive=True)

# =============================================================================
# 0005  London -> customer: Service Description sections, one wrong SLA
# =============================================================================
M5_OWN = """Dear Peter,

Thank you for your time on Monday. As promised, here is a summary of how Meridian Vault lines up against the points in your tender document (ref. KL-IT-2026-014).

Recovery point: as set out in section 3.2 of the Meridian Vault Service Description (v2.1), the RPO is 15 minutes on every plan.

Retention: Meridian Vault keeps backups for 90 days by default (section 4.1); longer retention can be set per policy.

Location: Meridian Vault would hold your backups in our Frankfurt data centre. We do not operate a data centre in the UK at present.

Availability: Meridian Vault's availability SLA is 99.9%, per Schedule B of the Meridian Cloud Services SLA.

Pricing: Meridian Vault is £16 per TB per month. For the roughly 60 TB you expect in year one, that works out at about £960 a month before VAT.

I have attached the Service Description so your team can check the sections referenced above.

Kind regards,
Harriet
"""
M5_SIG = """
Harriet Bloom
Enterprise Account Manager, Meridian Data UK
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG
Registered in England and Wales No. 09876543 | VAT GB 284 5517 90
T: +44 20 7946 0321 | M: +44 7700 900 418
"""
M5_BODY = M5_OWN + M5_SIG
M5_ID = "LO2P265MB44716E2C3D0A5F9B1C2D3E4F5A6B7@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM"
M5_DATE = dt(2026, 3, 18, 10, 12, 40, UTC)
M5_SUBJECT = "Meridian Vault - responses to tender KL-IT-2026-014"
add("0005", HARRIET, M5_DATE, M5_ID,
    message(heads(HARRIET, PETER, M5_SUBJECT, M5_DATE, M5_ID, extra=outlook_extra("en-GB", M5_SUBJECT)),
            multipart("alternative", "_000_LO2P265MB44716E2C3D0A5F9B1C2D3E4F5A6B7LO2P265MB4471GBRP_", [
                leaf("text/plain", "Windows-1252", "quoted-printable", M5_BODY),
                leaf("text/html", "Windows-1252", "quoted-printable",
                     html_from_text(M5_BODY, "outlook").replace("{charset}", "Windows-1252"))])),
    [(V, "rpo", dur(15, "minutes"), "ok", "as set out in section 3.2 of the Meridian Vault Service Description (v2.1), the RPO is 15 minutes on every plan."),
     (V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default (section 4.1)"),
     (V, "data_centers", "Frankfurt", "ok", "Meridian Vault would hold your backups in our Frankfurt data centre."),
     (V, "sla", 99.9, "conflict", "Meridian Vault's availability SLA is 99.9%, per Schedule B of the Meridian Cloud Services SLA."),
     (V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month.")],
    archive=True)
M5_CLAIMS_QUOTED = [(c[0], c[1], c[2], c[3], c[4], q("london")) for c in MESSAGES[-1]["claims"]]

# =============================================================================
# 0006  customer (Apple Mail) interleaved reply: own claim (auditor), questions, > quotes
# =============================================================================
M5_PARAS = clean(M5_BODY).split("\n\n")
M6_BODY = """Hi Harriet,

Thanks, this is helpful. A few comments inline, and one question from our auditors.

Our auditor's notes say Meridian Vault encrypts backups with AES-128. Could you confirm which cipher is actually used?

Peter

On 18 Mar 2026, at 10:12, Harriet Bloom <harriet.bloom@uk.meridian-data.com> wrote:

""" + quote("\n\n".join(M5_PARAS[0:3])) + """

Is there a premium tier with a shorter RPO? Our board asked about 5 minutes.

""" + quote(M5_PARAS[3]) + """

Good. Our current provider keeps 30 days, so this is a real improvement.

""" + quote("\n\n".join(M5_PARAS[4:7])) + """

Budget for this line is approved up to £1,200 a month.

""" + quote("\n\n".join(M5_PARAS[7:])) + """

--
Peter Achebe
Head of IT Infrastructure, Kestrel Logistics Ltd
Unit 4, Thames Gateway Park, Dagenham RM9 6PX
Company No. 04417730 | +44 20 3868 1150
"""
M6_ID = "8B2F4E61-3C7A-4D95-A0E2-71C9F5B3D8A4@kestrel-logistics.co.uk"
M6_DATE = dt(2026, 3, 24, 16, 40, 2, UTC)
add("0006", PETER, M6_DATE, M6_ID,
    message(heads(PETER, HARRIET, "Re: " + M5_SUBJECT, M6_DATE, M6_ID, reply=M5_ID,
                  extra=(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
                  rcv=("mail.uk.meridian-data.com", "smtp.kestrel-logistics.co.uk", "198.51.100.17")),
            leaf("text/plain", "utf-8", "quoted-printable", M6_BODY)),
    [(V, "encryption", "AES-128", "conflict", "Our auditor's notes say Meridian Vault encrypts backups with AES-128.")]
    + M5_CLAIMS_QUOTED,
    archive=True)

# =============================================================================
# 0007  London (Outlook): corrections, a paraphrased RPO, customer quoted in an Outlook block
# =============================================================================
M6_TOP = "\n\n".join(clean(M6_BODY).split("\n\n")[:4])
M7_BODY = """Hi Peter,

Harriet is on leave this week, so I'm picking up your questions.

Encryption: Meridian Vault encrypts all backup data at rest with AES-256 (Meridian Security Whitepaper v5, section 3). AES-128 is not used anywhere in the service, so your auditor's note can be corrected.

RPO: there is no premium tier with a shorter objective. Meridian Vault's RPO is a quarter of an hour on every plan, which is what section 3.2 describes.

One correction to Harriet's summary: the Meridian Vault availability SLA is 99.95%, not 99.9%. The 99.9% figure belongs to a different product, and I'm sorry for the confusion.

Happy to walk your auditors through the whitepaper on a call; I'm free Thursday 9 April between 2 and 4pm.

Best regards,
Callum

Callum Reid
Solutions Consultant | Meridian Data UK
30 Finsbury Square, London EC2A 1AG
+44 20 7946 0377

________________________________
From: Peter Achebe <p.achebe@kestrel-logistics.co.uk>
Sent: 24 March 2026 16:40
To: Harriet Bloom <harriet.bloom@uk.meridian-data.com>
Subject: Re: Meridian Vault - responses to tender KL-IT-2026-014

""" + M6_TOP + "\n"
M7_ID = "LO2P265MB4471B8D1E6F20394A7C5E2D9F1A0B3C@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM"
M7_DATE = dt(2026, 4, 6, 9, 5, 18, BST)
add("0007", CALLUM, M7_DATE, M7_ID,
    message(heads(CALLUM, PETER, "RE: " + M5_SUBJECT, M7_DATE, M7_ID, cc=[HARRIET], reply=M6_ID,
                  extra=outlook_extra("en-GB", M5_SUBJECT)),
            multipart("alternative", "_000_LO2P265MB4471B8D1E6F20394A7C5E2D9F1A0B3CLO2P265MB4471GBRP_", [
                leaf("text/plain", "Windows-1252", "quoted-printable", M7_BODY),
                leaf("text/html", "Windows-1252", "quoted-printable",
                     html_from_text(M7_BODY, "outlook").replace("{charset}", "Windows-1252"))])),
    [(V, "encryption", "AES-256", "ok", "Meridian Vault encrypts all backup data at rest with AES-256 (Meridian Security Whitepaper v5, section 3)."),
     (V, "rpo", dur(0.25, "hours"), "ok", "Meridian Vault's RPO is a quarter of an hour on every plan"),
     (V, "sla", 99.95, "ok", "the Meridian Vault availability SLA is 99.95%, not 99.9%."),
     (V, "encryption", "AES-128", "conflict", "Our auditor's notes say Meridian Vault encrypts backups with AES-128.", q("unknown"))],
    archive=True)

# =============================================================================
# 0008  Tokyo -> customer: excerpts of the Service Description, a second unit, 税込 price,
#       a substantiated No.1 (silent), a deal total with no product
# =============================================================================
M8_BODY = """東都メディカル株式会社
情報システム室 石井 様

いつも大変お世話になっております。
メリディアンデータ東京オフィスの山本です。

先週ご依頼いただいたメリディアン ボールトの技術情報について、サービス仕様書（v2.1）から該当箇所を抜粋してお送りいたします。

・RPO：サービス仕様書 第3.2項のとおり、メリディアン ボールトのRPOは最大15分（900秒）です。
・データセンター：同製品のデータセンターは東京と大阪の2拠点で、海外ではオレゴンとフランクフルトにございます。
・稼働率：同製品のSLAは99.95％です（SLA規約 v4 別表B）。
・料金：メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。

貴院の想定データ量（約40TB）の場合、月額の目安は112,000円（税抜）となります。詳細は添付のお見積書（見積番号 Q-TK-2026-0388）をご確認ください。

また、ご参考までに導入実績の資料も添付いたします。メリディアン ボールトは国内導入社数No.1※のバックアップサービスとして、多くの医療機関にご採用いただいております。
※2026年3月 東京リサーチ調べ（国内法人向けクラウドバックアップ市場）

ご不明点がございましたら、何なりとお申し付けください。

━━━━━━━━━━━━━━━━━━━━━━
山本 健太（Kenta Yamamoto）
メリディアンデータ株式会社 東京オフィス
〒100-0005 東京都千代田区丸の内1-6-2 丸の内テラス 12F
TEL: 03-5212-4481　FAX: 03-5212-4499
━━━━━━━━━━━━━━━━━━━━━━
"""
M8_ID = "TYWPR01MB87725A0E3C9B14D62F8E7A1C0B5D2@TYWPR01MB8772.jpnprd01.prod.outlook.com"
M8_DATE = dt(2026, 4, 14, 11, 18, 52, JST)
_dc8 = "同製品のデータセンターは東京と大阪の2拠点で、海外ではオレゴンとフランクフルトにございます。"
add("0008", YAMAMOTO, M8_DATE, M8_ID,
    message(heads(YAMAMOTO, ISHII, "メリディアン ボールト 技術情報のご送付（サービス仕様書抜粋）", M8_DATE, M8_ID,
                  charset="iso-2022-jp", extra=(("X-Mailer", "Microsoft Outlook 16.0"),) + outlook_extra("ja-JP", "メリディアン ボールト 技術情報")[2:4]),
            leaf("text/plain", "iso-2022-jp", "7bit", M8_BODY)),
    [(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは最大15分（900秒）です。"),
     (V, "data_centers", "Tokyo", "ok", _dc8), (V, "data_centers", "Osaka", "ok", _dc8),
     (V, "data_centers", "Oregon", "ok", _dc8), (V, "data_centers", "Frankfurt", "ok", _dc8),
     (V, "sla", 99.95, "ok", "同製品のSLAは99.95％です（SLA規約 v4 別表B）。"),
     (V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。")],
    archive=True)

# =============================================================================
# 0009  Osaka -> customer: release notes with version/build/date next to the claim, 税込 price,
#       an unsubstantiated No.1
# =============================================================================
M9_BODY = """北浜精機株式会社
小川 様

お世話になっております。
メリディアンデータ大阪オフィスの中村と申します。
4月より、貴社の担当を東京オフィスの佐藤から引き継ぎました。今後ともよろしくお願いいたします。

前回のお打ち合わせ（4月16日）でお伺いした、グループ会社を含めた約1,200名でのご利用について回答いたします。

4月1日付のリリースノート（v3.2.0、ビルド 3.2.0.1487）に記載のとおり、メリディアン シンクは1テナントあたり最大1万ユーザーまで拡張されました。
グループ全体でのご利用でも、1テナントで問題なく運用いただけます。

また、価格表（2026年度版）の2ページ目にある通り、同製品の月額料金は55,000円（税込）です。

なお、メリディアン シンクは関西圏の製造業のお客様において導入実績No.1のサービスです。
事例資料をご希望でしたら、お送りいたします。

何卒よろしくお願いいたします。

--------------------------------------------
中村 亮（なかむら りょう）
メリディアンデータ株式会社 大阪オフィス 営業課
〒530-0011 大阪府大阪市北区大深町3-1 グランフロント大阪 タワーB 18F
TEL 06-6359-2201 / FAX 06-6359-2209
--------------------------------------------
"""
M9_ID = "CAF3x8Lq0WbT5nV2+eYk7RmJd4Hs1AzPc9G@mail.gmail.com"
M9_DATE = dt(2026, 4, 20, 13, 30, 0, JST)
add("0009", NAKAMURA, M9_DATE, M9_ID,
    message(heads(NAKAMURA, OGAWA, "メリディアン シンク ご利用人数の件（大阪オフィス 中村）", M9_DATE, M9_ID, cc=[SATO]),
            multipart("alternative", "00000000000052b8e4064c0a1f93", [
                leaf("text/plain", "UTF-8", "base64", M9_BODY),
                leaf("text/html", "UTF-8", "base64", html_from_text(M9_BODY))])),
    [(S, "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまで拡張されました。"),
     (S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "同製品の月額料金は55,000円（税込）です。")],
    [("phrase", "ja.superlative-no1", "メリディアン シンクは関西圏の製造業のお客様において導入実績No.1のサービスです。")])

# =============================================================================
# 0010  US HQ -> prospect: Performance Brief and spec references, "it", 40+, superlative
# =============================================================================
M10_BODY = """Hi Alicia,

Following up on last Thursday's demo with your analytics team. I've pulled the figures you asked about straight from our published material, with references:

- Query speed: the Meridian Insight Performance Brief (v1.3, section 2) measures p95 query latency at under 2 seconds on a 100M-row workspace.
- Limits: Meridian Insight supports up to 200 dashboards per workspace (Product Specification v1.0-beta, section 3).
- Connectors: it connects to 40+ data sources out of the box, including Snowflake, BigQuery and Salesforce.
- Availability: Meridian Insight is in beta today; general availability is planned for January 2027.
- Trial: the free trial of Meridian Insight runs for 30 days, and we can start it whenever your 45 analysts are ready.
- Pricing: Meridian Insight is $30 per user per month.

Honestly, I think our industry-leading query engine is the strongest part of the product, and the benchmark in the brief shows why.

Let me know if Thursday May 7 works for a follow-up with your data engineering lead.

Cheers,
Marcus

Marcus Oyelaran
Senior Solutions Engineer, Meridian Data Inc.
Mobile +1 (628) 555-0187
"""
M10_ID = "CAMx2QpL7vN0+dR4tY8sW1eK5hJ3gF6bZcA@mail.gmail.com"
M10_DATE = dt(2026, 4, 28, 14, 5, 33, PDT)
add("0010", MARCUS, M10_DATE, M10_ID,
    message(heads(MARCUS, ALICIA, "Meridian Insight - figures and references from the demo", M10_DATE, M10_ID, cc=[DANA],
                  rcv=("mx.pinecrest-analytics.com", "mail-pj1-f46.google.com", "209.85.216.46")),
            multipart("alternative", "000000000000c41f7a064d2e9b05", [
                leaf("text/plain", "UTF-8", "quoted-printable", M10_BODY),
                leaf("text/html", "UTF-8", "quoted-printable", html_from_text(M10_BODY))])),
    [(I, "query_latency", dur(2, "seconds"), "ok", "the Meridian Insight Performance Brief (v1.3, section 2) measures p95 query latency at under 2 seconds on a 100M-row workspace."),
     (I, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace (Product Specification v1.0-beta, section 3)."),
     (I, "integrations", 40, "unverified", "it connects to 40+ data sources out of the box"),
     (I, "general_availability", "2027-01", "ok", "Meridian Insight is in beta today; general availability is planned for January 2027."),
     (I, "free_trial", dur(30, "days"), "ok", "the free trial of Meridian Insight runs for 30 days"),
     (I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month.")],
    [("phrase", "en.superlative", "our industry-leading query engine is the strongest part of the product")],
    archive=True)

# =============================================================================
# 0011  London -> council: "per the datasheet" with a wrong latency, deal figures
# =============================================================================
M11_BODY = """Dear Gwen,

Thank you for your interest in Meridian Insight for the council's performance reporting.

To answer your questions from the datasheet review:

Speed. Per the Meridian Insight datasheet, queries return in less than 1 second, even on large workspaces.
Dashboards. Meridian Insight workspaces hold up to 200 dashboards (datasheet, "Limits").
Launch. Meridian Insight becomes generally available in January 2027; until then it runs as a public beta.
Cost. Meridian Insight is £25 per user per month. For the 35 officers in your pilot group that is £875 a month, excluding VAT.
Trial. You can try it free for 30 days before committing.

I'd be glad to arrange a sandbox for your team the week of 18 May.

Kind regards,

Harriet Bloom
Enterprise Account Manager, Meridian Data UK
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG
Registered in England and Wales No. 09876543
T: +44 20 7946 0321
"""
M11_ID = "LO2P265MB4471D0C9B8A7E6F5D4C3B2A1908F7E@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM"
M11_DATE = dt(2026, 5, 6, 15, 22, 10, BST)
add("0011", HARRIET, M11_DATE, M11_ID,
    message(heads(HARRIET, GWEN, "Meridian Insight - your questions on the datasheet", M11_DATE, M11_ID,
                  extra=outlook_extra("en-GB", "Meridian Insight - your questions on the datasheet")),
            leaf("text/plain", "Windows-1252", "quoted-printable", M11_BODY)),
    [(I, "query_latency", dur(1, "seconds"), "conflict", "Per the Meridian Insight datasheet, queries return in less than 1 second, even on large workspaces."),
     (I, "max_dashboards", 200, "ok", "Meridian Insight workspaces hold up to 200 dashboards"),
     (I, "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027"),
     (I, "per_user_price", money(25, "GBP", "user-month"), "ok", "Meridian Insight is £25 per user per month."),
     (I, "free_trial", dur(30, "days"), "ok", "You can try it free for 30 days before committing.")],
    archive=True)

# =============================================================================
# 0012  partner -> Tokyo: a reported statement (伺っております), a separate question
# =============================================================================
M12_BODY = """メリディアンデータ株式会社
佐藤様

いつもお世話になっております。ネクサスソリューションズの藤井です。

先日の販売パートナー向けセミナーで、メリディアン シンクはISMAPに登録済みと伺っております。
エンドユーザー様（自治体案件）向けの提案書にこの旨を記載してよいか、ご確認いただけますでしょうか。

また、同案件では約850ユーザーでの導入を想定しております。見積依頼は来週お送りします。

よろしくお願いいたします。

藤井 和也
株式会社ネクサスソリューションズ 第二営業部
〒460-0008 愛知県名古屋市中区栄3-15-6 栄ビル5F
TEL 052-251-7730
"""
M12_ID = "20260512170244.7A3C.K.FUJII@nexus-sol.co.jp"
M12_DATE = dt(2026, 5, 12, 17, 2, 44, JST)
M12_SUBJECT = "メリディアン シンクの認証について"
add("0012", FUJII, M12_DATE, M12_ID,
    message(heads(FUJII, SATO, M12_SUBJECT, M12_DATE, M12_ID, charset="iso-2022-jp",
                  extra=(("X-Mailer", "Becky! ver. 2.81.06 [ja]"),),
                  rcv=("mx.jp.meridian-data.com", "mail.nexus-sol.co.jp", "192.0.2.88")),
            leaf("text/plain", "ISO-2022-JP", "7bit", M12_BODY)),
    [(S, "certifications", "ISMAP", "conflict", "先日の販売パートナー向けセミナーで、メリディアン シンクはISMAPに登録済みと伺っております。")],
    archive=True)

# =============================================================================
# 0013  Tokyo -> partner: the real certification set, ISMAP denied, partner quoted
# =============================================================================
M13_BODY = """ネクサスソリューションズ
藤井様

お世話になっております。メリディアンデータの佐藤です。
お問い合わせの件、確認いたしましたので回答いたします。

メリディアン シンクが取得している認証はISO/IEC 27001とSOC 2 Type IIの2つで、ISMAPには登録されておりません。
セミナーでの説明に誤りがあったようで、ご迷惑をおかけし申し訳ございません。
最新の取得状況はTrust Centerのコンプライアンスページ（2026年2月更新版）の「認証一覧」の項に掲載しておりますので、提案書にはそちらの表記をご利用ください。

SOC 2 Type IIの報告書は、NDA締結後にご提供可能です。

お見積りのご依頼もお待ちしております。

佐藤 美咲
メリディアンデータ株式会社 東京オフィス ソリューション営業部
TEL: 03-5212-4480

-----元のメッセージ-----
差出人: 藤井 和也 <k.fujii@nexus-sol.co.jp>
送信日時: 2026年5月12日 17:02
宛先: 佐藤 美咲 <misaki.sato@jp.meridian-data.com>
件名: メリディアン シンクの認証について

""" + M12_BODY
M13_ID = "TYCPR01MB11947F0A1B2C3D4E5F60718293A4B5@TYCPR01MB11947.jpnprd01.prod.outlook.com"
M13_DATE = dt(2026, 5, 13, 10, 40, 5, JST)
_c13 = "メリディアン シンクが取得している認証はISO/IEC 27001とSOC 2 Type IIの2つで、ISMAPには登録されておりません。"
add("0013", SATO, M13_DATE, M13_ID,
    message(heads(SATO, FUJII, "RE: " + M12_SUBJECT, M13_DATE, M13_ID, charset="iso-2022-jp", reply=M12_ID,
                  extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
            leaf("text/plain", "iso-2022-jp", "7bit", M13_BODY)),
    [(S, "certifications", "ISO 27001", "ok", _c13),
     (S, "certifications", "SOC 2 Type II", "ok", _c13),
     (S, "certifications", "ISMAP", "conflict", "先日の販売パートナー向けセミナーで、メリディアン シンクはISMAPに登録済みと伺っております。", q("unknown"))],
    archive=True)

# =============================================================================
# 0014  US HQ forwards an internal note that quotes the Vault release notes (Gmail forward)
# =============================================================================
M14_FWD = """Dana,

Pulled these from the Meridian Vault release notes and service description for Brightwater:

* Meridian Vault release notes for 2.1.0 (build 2.1.0.5512), section 2: default retention for new policies is 90 days, and maximum storage per tenant is 500 TB.
* Meridian Vault's RTO for a full-tenant restore is under 4 hours in our own testing.
* Meridian Vault's hosting locations are Tokyo, Osaka, Oregon and Frankfurt; for a US customer I'd suggest Oregon.

Marcus
"""
M14_BODY = """Hi Jordan,

Forwarding Marcus's notes from our internal thread, since they answer most of the backup questions from your compliance team.

Short version: Meridian Vault keeps 90 days of backups by default, which already covers your 60-day policy, and it scales to 0.5 PB per tenant. The 120 TB your storage team estimated is well within that.

Dana

---------- Forwarded message ---------
From: Marcus Oyelaran <marcus.oyelaran@meridian-data.com>
Date: Mon, Jun 1, 2026 at 4:12 PM
Subject: Brightwater - Vault questions
To: Dana Whitfield <dana.whitfield@meridian-data.com>


""" + M14_FWD
M14_ID = "CAH7ZqW3d9Fm+R2a6kP0xT4vLc8Ys1Nb5Ej@mail.gmail.com"
M14_DATE = dt(2026, 6, 2, 9, 47, 21, PDT)
_dc14 = "Meridian Vault's hosting locations are Tokyo, Osaka, Oregon and Frankfurt; for a US customer I'd suggest Oregon."
_rn14 = "Meridian Vault release notes for 2.1.0 (build 2.1.0.5512), section 2: default retention for new policies is 90 days, and maximum storage per tenant is 500 TB."
add("0014", DANA, M14_DATE, M14_ID,
    message(heads(DANA, JORDAN, "Fwd: Brightwater - Vault questions", M14_DATE, M14_ID,
                  rcv=("mx1.brightwaterhealth.org", "mail-yw1-f179.google.com", "209.85.128.179")),
            multipart("alternative", "000000000000e8a2c1064f7b3d90", [
                leaf("text/plain", "UTF-8", "7bit", M14_BODY),
                leaf("text/html", "UTF-8", "quoted-printable", html_from_text(M14_BODY))])),
    [(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps 90 days of backups by default"),
     (V, "max_storage", 500 * TB, "ok", "it scales to 0.5 PB per tenant"),
     (V, "retention", dur(90, "days"), "ok", _rn14, q("us-hq")),
     (V, "max_storage", 500 * TB, "ok", _rn14, q("us-hq")),
     (V, "rto", dur(4, "hours"), "unverified", "Meridian Vault's RTO for a full-tenant restore is under 4 hours in our own testing.", q("us-hq")),
     (V, "data_centers", "Tokyo", "ok", _dc14, q("us-hq")), (V, "data_centers", "Osaka", "ok", _dc14, q("us-hq")),
     (V, "data_centers", "Oregon", "ok", _dc14, q("us-hq")), (V, "data_centers", "Frankfurt", "ok", _dc14, q("us-hq"))])

# =============================================================================
# 0015  Osaka -> customer: FAQ paraphrase in months, a wrong RPO, 絶対
# =============================================================================
M15_BODY = """浪速製薬株式会社
総務部 森本 様

お世話になっております。
メリディアンデータ大阪オフィスの西田でございます。

先日お問い合わせいただいたメリディアン ボールトの件、よくあるご質問（FAQ）の内容も踏まえてご回答いたします。

FAQのQ7にある通り、メリディアン ボールトの標準の保持期間は3か月間です。
同製品のRPOは最大5分ですので、万一の障害時もほぼ直前の状態まで戻すことができます。
同製品のバックアップは東京と大阪の国内データセンターで二重に保管しており、データが失われることは絶対にありません。

ご契約数量（約25TB）のお見積りは、6月19日のお打ち合わせまでにご用意いたします。

何卒よろしくお願い申し上げます。

西田 真由
メリディアンデータ株式会社 大阪オフィス
〒530-0011 大阪府大阪市北区大深町3-1 グランフロント大阪 タワーB 18F
TEL 06-6359-2203
"""
M15_ID = "CAGv5Tn8Rk2+Wq0Lm3Xy7Pb1Jd9Ea4Hs6Fc@mail.gmail.com"
M15_DATE = dt(2026, 6, 9, 15, 12, 9, JST)
_dc15 = "同製品のバックアップは東京と大阪の国内データセンターで二重に保管しており、データが失われることは絶対にありません。"
add("0015", NISHIDA, M15_DATE, M15_ID,
    message(heads(NISHIDA, MORIMOTO, "メリディアン ボールトについてのご回答", M15_DATE, M15_ID,
                  rcv=("mx.naniwa-pharma.co.jp", "mail-ot1-f50.google.com", "209.85.210.50")),
            multipart("alternative", "000000000000a97d3e06507c21b4", [
                leaf("text/plain", "UTF-8", "base64", M15_BODY),
                leaf("text/html", "UTF-8", "base64", html_from_text(M15_BODY))])),
    [(V, "retention", dur(3, "months"), "ok", "メリディアン ボールトの標準の保持期間は3か月間です。"),
     (V, "rpo", dur(5, "minutes"), "conflict", "同製品のRPOは最大5分ですので、万一の障害時もほぼ直前の状態まで戻すことができます。"),
     (V, "data_centers", "Tokyo", "ok", _dc15), (V, "data_centers", "Osaka", "ok", _dc15)],
    [("phrase", "ja.absolute", "データが失われることは絶対にありません。")],
    archive=True)

# =============================================================================
# 0016  Tokyo -> customer: points to a page of the proposal, then states the figures
# =============================================================================
M16_Q = """山本様

お世話になっております。東都メディカルの石井です。
メリディアン ボールトのRPOと保持期間、RTOについて、院内の監査資料に記載する数値を教えていただけますでしょうか。

石井
"""
M16_BODY = """石井様

お世話になっております。メリディアンデータの山本です。

お問い合わせいただいた復旧に関する数値については、先日お送りした提案書の5ページ目（「RPO・保持期間」の項）をご参照ください。
念のため申し添えますと、メリディアン ボールトのRPOは15分、標準の保持期間は90日間です。
なお、RTO（目標復旧時間）については現在公式な数値を定めておりませんので、個別にご相談させてください。

7月3日（金）のご訪問の件、14時からで承知いたしました。

よろしくお願いいたします。

山本 健太
メリディアンデータ株式会社 東京オフィス
TEL: 03-5212-4481

2026年6月19日(金) 18:03 石井 陽子 <y.ishii@toto-medical.jp>:
""" + quote(M16_Q) + "\n"
M16_ID = "b7e0c4d2-19fa-4c3e-8d6b-5a2f91e07c3d@jp.meridian-data.com"
M16_DATE = dt(2026, 6, 22, 10, 15, 40, JST)
_c16 = "メリディアン ボールトのRPOは15分、標準の保持期間は90日間です。"
add("0016", YAMAMOTO, M16_DATE, M16_ID,
    message(heads(YAMAMOTO, ISHII, "Re: メリディアン ボールトの復旧に関する数値", M16_DATE, M16_ID,
                  reply="CAPk2Lr0Yt7+Hn4Wd9Qe1Xs5Mb8Vc3Ja6Gf@mail.gmail.com", extra=TB_UA),
            thunderbird_leaf("UTF-8", "8bit", M16_BODY)),
    [(V, "rpo", dur(15, "minutes"), "ok", _c16),
     (V, "retention", dur(90, "days"), "ok", _c16)],
    archive=True)

# =============================================================================
# 0017  customer -> US HQ: a requirement, a question, a KB statement (customer's claim)
# =============================================================================
M17_OWN = """Hi Dana,

Quick update: procurement approved the Meridian Sync pilot, and we now need at least 2,000 seats for Meridian Sync by Q4 once the clinics in Sacramento join.

Two questions before I send this to our CISO:

1. Does Meridian Sync support 10,000 users in a single tenant? Your March email mentioned a change in April.
2. Our KB search turned up article KB-2291, which says Meridian Sync keeps deleted files for 180 days. Is that still current?

Thanks,
Jordan
"""
M17_SIG = """
Jordan Lee
IT Director, Brightwater Health
1200 Alhambra Blvd, Sacramento, CA 95816
(916) 555-0123
"""
M17_BODY = M17_OWN + M17_SIG
M17_ID = "BY5PR12MB4163E2A9C7F1D0B8A6E5C4D3B2A19F8@BY5PR12MB4163.namprd12.prod.outlook.com"
M17_DATE = dt(2026, 7, 7, 9, 14, 55, PDT)
M17_SUBJECT = "Meridian Sync pilot - two questions"
_kb = "Our KB search turned up article KB-2291, which says Meridian Sync keeps deleted files for 180 days."
add("0017", JORDAN, M17_DATE, M17_ID,
    message(heads(JORDAN, DANA, M17_SUBJECT, M17_DATE, M17_ID, extra=outlook_extra("en-US", M17_SUBJECT),
                  rcv=("mx.meridian-data.com", "mail-by5pr12.outbound.protection.outlook.com", "40.107.92.55")),
            leaf("text/plain", "us-ascii", "7bit", M17_BODY)),
    [(S, "retention", dur(180, "days"), "unverified", _kb)])

# =============================================================================
# 0018  US HQ interleaved reply (Gmail): after "On ... wrote:" only > lines are quoted
# =============================================================================
_p17 = clean(M17_OWN).split("\n")
M18_BODY = """Hi Jordan,

Great news on the pilot. Answers inline below.

Dana

On Tue, Jul 7, 2026 at 9:14 AM Jordan Lee <jlee@brightwaterhealth.org> wrote:

""" + quote("\n".join(_p17[:7])) + """

Yes. Since the v3.2 update on April 1, Meridian Sync supports up to 10,000 users per tenant. Your 2,000 seats fit comfortably.

""" + quote(_p17[7]) + """

That article covers version history, and I'd rather have our support team confirm the current behaviour before you put it in front of your CISO. I've opened a ticket (#48213) and will forward the answer.

On storage: each Meridian Sync user gets 1,000 GB, and the move itself is risk-free because we run your old shares and the new tenant in parallel until cut-over.

""" + quote("\n".join(_p17[8:]) + "\n" + M17_SIG) + "\n"
M18_ID = "CAH7ZqW8s2Lp+K5v1Tn9Rd0Xb4Mc6Yf3Ga7Hj@mail.gmail.com"
M18_DATE = dt(2026, 7, 9, 13, 26, 2, PDT)
add("0018", DANA, M18_DATE, M18_ID,
    message(heads(DANA, JORDAN, "Re: " + M17_SUBJECT, M18_DATE, M18_ID, reply=M17_ID,
                  rcv=("mx1.brightwaterhealth.org", "mail-yw1-f181.google.com", "209.85.128.181")),
            multipart("alternative", "0000000000003f6c9a0652e1d8b7", [
                leaf("text/plain", "UTF-8", "quoted-printable", M18_BODY),
                leaf("text/html", "UTF-8", "quoted-printable", html_from_text(M18_BODY))])),
    [(S, "max_users", 10000, "ok", "Since the v3.2 update on April 1, Meridian Sync supports up to 10,000 users per tenant."),
     (S, "storage_per_user", TB, "ok", "On storage: each Meridian Sync user gets 1,000 GB"),
     (S, "retention", dur(180, "days"), "unverified", _kb, q("unknown"))],
    [("phrase", "en.guarantee", "the move itself is risk-free because we run your old shares and the new tenant in parallel")])

# =============================================================================
# 0019  London, HTML-only Outlook mail: deprecated name, URL with the old name, offline claim
# =============================================================================
M19_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Hi Tom,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks for the call this morning. Here are the points you wanted in writing, with links to the public FAQ so your partners can read the detail.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Meridian Sync (formerly Meridian FileSync) is £329 per month for your practice, billed annually.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Meridian Sync’s SLA is 99.9%, as set out in Schedule A of the Meridian Cloud Services SLA.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">On working away from the office: Sync also supports offline mode on the desktop clients, so your site architects can keep editing drawings with no signal. The FAQ entry is here: <a href="https://support.meridian-data.com/kb/filesync-offline-editing">https://support.meridian-data.com/kb/filesync-offline-editing</a></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The 14 licences you mentioned would all sit on a single tenant, and I’ve pencilled in 1 September for onboarding.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best regards,<br>Callum</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Callum Reid</b><br>Solutions Consultant | Meridian Data UK<br>30 Finsbury Square, London EC2A 1AG<br>+44 20 7946 0377</p>
</div></body></html>
"""
M19_ID = "LO2P265MB44719A8B7C6D5E4F3A2B1C0D9E8F7A6@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM"
M19_DATE = dt(2026, 8, 18, 11, 40, 0, BST)
add("0019", CALLUM, M19_DATE, M19_ID,
    message(heads(CALLUM, TOM, "Meridian Sync for Ashdown Architects", M19_DATE, M19_ID,
                  extra=outlook_extra("en-GB", "Meridian Sync for Ashdown Architects")),
            leaf("text/html", "Windows-1252", "quoted-printable", M19_HTML)),
    [(S, "monthly_price", money(329, "GBP", "month"), "ok", "Meridian Sync (formerly Meridian FileSync) is £329 per month for your practice, billed annually."),
     (S, "sla", 99.9, "ok", "Meridian Sync’s SLA is 99.9%, as set out in Schedule A of the Meridian Cloud Services SLA."),
     (S, "offline_mode", True, "conflict", "Sync also supports offline mode on the desktop clients")],
    [("terminology", S, "Meridian Sync (formerly Meridian FileSync)")])

# =============================================================================
# 0020  Tokyo forwards a US HQ mail as an attachment (message/rfc822) with wrong SLA / ISO 27017
# =============================================================================
M20_INNER_BODY = """Hi Kenta,

Answers for your customer on Meridian Sync:

- Uptime: Meridian Sync's uptime SLA is 99.99%, measured monthly.
- Certifications: Meridian Sync is ISO 27001 certified and also holds ISO 27017 for cloud security controls.
- Our SOC 2 Type II report can be shared under NDA.

Let me know if they need anything else.

Marcus
"""
M20_INNER_ID = "CAMx2QpL9tB4+fW7nR1yK6eD0hS3vJ8cZgP@mail.gmail.com"
M20_INNER_DATE = dt(2026, 7, 10, 16, 20, 44, PDT)
M20_INNER = message(heads(MARCUS, YAMAMOTO, "Re: Meridian Sync SLA and certifications (Minato Design)",
                          M20_INNER_DATE, M20_INNER_ID),
                    leaf("text/plain", "UTF-8", "quoted-printable", M20_INNER_BODY))
M20_BODY = """株式会社ミナトデザイン
小林 様

お世話になっております。メリディアンデータ東京オフィスの山本です。

メリディアン シンクのSLAと認証について、米国本社の技術担当（Marcus Oyelaran）から回答が届きましたので、元のメールを添付にて転送いたします。
英語のままで恐縮ですが、ご参考になれば幸いです。

なお、メリディアン シンクの1ユーザーあたりのストレージ容量は1TBでございます。

10月14日（水）のデモの件、引き続きよろしくお願いいたします。

山本 健太
メリディアンデータ株式会社 東京オフィス
TEL: 03-5212-4481
"""
M20_ID = "e41a7c09-2b5d-4f86-9e13-c8d0b6a3f527@jp.meridian-data.com"
M20_DATE = dt(2026, 10, 5, 11, 5, 12, JST)
_c20 = "Meridian Sync is ISO 27001 certified and also holds ISO 27017 for cloud security controls."
add("0020", YAMAMOTO, M20_DATE, M20_ID,
    message(heads(YAMAMOTO, KOBAYASHI, "Fwd: メリディアン シンクのSLAと認証について", M20_DATE, M20_ID,
                  charset="iso-2022-jp", extra=TB_UA),
            multipart("mixed", "------------b3K0p7Wq2Zr9Xe5Ty1Ln4Mc8", [
                thunderbird_leaf("iso-2022-jp", "7bit", M20_BODY),
                rfc822(M20_INNER, "Re Meridian Sync SLA and certifications (Minato Design).eml")],
                preamble="This is a multi-part message in MIME format.")),
    [(S, "storage_per_user", TB, "ok", "メリディアン シンクの1ユーザーあたりのストレージ容量は1TBでございます。"),
     (S, "sla", 99.99, "conflict", "Meridian Sync's uptime SLA is 99.99%, measured monthly.", q("us-hq")),
     (S, "certifications", "ISO 27001", "ok", _c20, q("us-hq")),
     (S, "certifications", "ISO 27017", "conflict", _c20, q("us-hq"))],
    archive=True)

# =============================================================================
# 0021  Osaka -> customer: SLA with a document reference, a quote block marked 税抜
# =============================================================================
M21_BODY = """北浜精機株式会社
小川 様

いつもお世話になっております。メリディアンデータ大阪オフィスの中村です。

ご依頼のお見積りをお送りいたします。あわせて、社内稟議用にご質問いただいたSLAについて回答いたします。

メリディアン シンクの稼働率SLAは99.9％でございます（SLA規約 v4 別表A）。

■お見積り（金額は税抜）
　メリディアン シンク 月額基本料金　50,000円／月 × 12か月 ＝ 600,000円
　導入支援サービス（初期設定・移行）　一式 280,000円

お見積りの有効期限は2026年11月30日までとなります。

ご検討のほど、よろしくお願いいたします。

中村 亮
メリディアンデータ株式会社 大阪オフィス 営業課
TEL 06-6359-2201
"""
M21_ID = "CAF3x8Lq5Nd1+Vb6Tw0Yk3Rj9Hs2AzMe7P@mail.gmail.com"
M21_DATE = dt(2026, 10, 20, 14, 48, 31, JST)
add("0021", NAKAMURA, M21_DATE, M21_ID,
    message(heads(NAKAMURA, OGAWA, "メリディアン シンク お見積りのご送付", M21_DATE, M21_ID),
            leaf("text/plain", "UTF-8", "quoted-printable", M21_BODY)),
    [(S, "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは99.9％でございます（SLA規約 v4 別表A）。"),
     (S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンク 月額基本料金　50,000円／月 × 12か月 ＝ 600,000円")],
    archive=True)

# =============================================================================
# 0022  US HQ -> prospect: the Insight beta changelog (version, build, date), trial dates, unlimited
# =============================================================================
M22_BODY = """Hi Alicia,

Good to hear the Meridian Insight trial is going well.

A few notes from the latest Insight beta changelog (0.9, build 0.9.412, 2026-09-15), since your team asked what changed:

- Dashboards per workspace are capped at 200 in Meridian Insight, unchanged from the spec.
- The p95 query latency target for Meridian Insight stays at 2 seconds.
- New in 0.9: scheduled PDF exports and row-level security on shared dashboards.

Your trial started on October 12, so it runs until November 11. That's the standard 30-day Meridian Insight free trial. If your team needs a few more days to finish, let me know before then.

Also, a nice detail for your rollout plan: Meridian Insight includes unlimited viewer accounts, so your regional managers can look at dashboards without a paid seat.

Meridian Insight is still on track for general availability in January 2027.

Cheers,
Marcus

Marcus Oyelaran
Senior Solutions Engineer, Meridian Data Inc.
Mobile +1 (628) 555-0187
"""
M22_ID = "CAMx2QpL4wK8+eT1nV6sR9dB3hY0jF5cXgM@mail.gmail.com"
M22_DATE = dt(2026, 11, 2, 10, 2, 48, PST)
add("0022", MARCUS, M22_DATE, M22_ID,
    message(heads(MARCUS, ALICIA, "Insight 0.9 notes and your trial", M22_DATE, M22_ID,
                  rcv=("mx.pinecrest-analytics.com", "mail-pj1-f52.google.com", "209.85.216.52")),
            multipart("alternative", "000000000000b62e1f06551a7c48", [
                leaf("text/plain", "UTF-8", "quoted-printable", M22_BODY),
                leaf("text/html", "UTF-8", "quoted-printable", html_from_text(M22_BODY))])),
    [(I, "max_dashboards", 200, "ok", "Dashboards per workspace are capped at 200 in Meridian Insight, unchanged from the spec."),
     (I, "query_latency", dur(2, "seconds"), "ok", "The p95 query latency target for Meridian Insight stays at 2 seconds."),
     (I, "free_trial", dur(30, "days"), "ok", "That's the standard 30-day Meridian Insight free trial"),
     (I, "general_availability", "2027-01", "ok", "Meridian Insight is still on track for general availability in January 2027.")],
    [("phrase", "en.unlimited", "Meridian Insight includes unlimited viewer accounts")])

# =============================================================================
# 0023  a datasheet PDF saved into the mail folder as .eml: unreadable
# =============================================================================
_pdf = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) >>\nendobj\n"
        b"4 0 obj\n<< /Length 2113 /Filter /FlateDecode >>\nstream\n")
_seed = 71
_blob = bytearray()
for _i in range(2113):
    _seed = (_seed * 1103515245 + 12345) & 0x7FFFFFFF
    _blob.append((_seed >> 16) & 0xFF)
_pdf += bytes(_blob) + b"\nendstream\nendobj\nxref\n0 5\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n2390\n%%EOF\n"
MESSAGES.append({"n": "0023", "from": "", "date": None, "id": None, "raw": _pdf, "claims": [], "findings": [],
                 "archive": False, "unreadable": "not an RFC 5322 message: binary PDF data (a datasheet saved with a .eml name)"})

# =============================================================================
# 0024  London -> customer: misreads the Vault 2.2 notes (1 PB), paraphrases retention in months
# =============================================================================
M24_BODY = """Dear Peter,

Following the Meridian Vault 2.2 update earlier this month, a short note on what changes for Kestrel.

Per the Meridian Vault 2.2 notes (build 2.2.0.6031, 3 November 2026), the maximum storage per tenant is now 1 PB, so there is ample room for the depot CCTV archive you mentioned.
Meridian Vault still retains backups for three months by default, and nothing changes in your retention policies.
Immutable copies can now be pinned for legal hold; Callum can show your team how on the 19 November call.

Your renewal quote (ref. Q-UK-2026-0917) stays at the agreed rate for the 85 TB you now hold with us.

Kind regards,
Harriet

Harriet Bloom
Enterprise Account Manager, Meridian Data UK
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG
T: +44 20 7946 0321 | M: +44 7700 900 418
"""
M24_ID = "LO2P265MB4471C5D4E3F2A1B0C9D8E7F6A5B4C3D@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM"
M24_DATE = dt(2026, 11, 10, 10, 30, 15, UTC)
add("0024", HARRIET, M24_DATE, M24_ID,
    message(heads(HARRIET, PETER, "Meridian Vault 2.2 - what changes for Kestrel", M24_DATE, M24_ID, cc=[CALLUM],
                  extra=outlook_extra("en-GB", "Meridian Vault 2.2 - what changes for Kestrel")),
            multipart("alternative", "_000_LO2P265MB4471C5D4E3F2A1B0C9D8E7F6A5B4C3DLO2P265MB4471GBRP_", [
                leaf("text/plain", "utf-8", "quoted-printable", M24_BODY),
                leaf("text/html", "utf-8", "quoted-printable", html_from_text(M24_BODY, "outlook").replace("{charset}", "utf-8"))])),
    [(V, "max_storage", 10 ** 15, "conflict", "Per the Meridian Vault 2.2 notes (build 2.2.0.6031, 3 November 2026), the maximum storage per tenant is now 1 PB"),
     (V, "retention", dur(3, "months"), "ok", "Meridian Vault still retains backups for three months by default")],
    archive=True)


# =============================================================================
# documents (judged as of 2026-11-22)
# =============================================================================
DOC_VAULT_RN = """# Meridian Vault Release Notes

Customer edition, prepared by Meridian Data Solutions Engineering (San Francisco) for proposal appendices.
Build numbers match Settings › About in the Meridian Vault admin console.

## 2.2.0 (build 2.2.0.6031), 2026-11-03

- Immutable backup copies can now be pinned per policy for legal hold.
- Default retention for new backup policies remains 90 days; existing policies keep their own settings.
- Singapore added as a data center region for APAC customers.
- Fixed: the restore progress bar stalled at 99% on jobs with more than 10,000 files.

## 2.1.0 (build 2.1.0.5512), 2025-11-04

- Frankfurt joins Tokyo, Osaka and Oregon: Meridian Vault now runs in four data centers.
- RPO is 15 minutes on all plans.
- Encryption at rest uses AES-256-GCM for all backup data.
- Maximum storage per tenant: 500 TB.
- Availability SLA: 99.95%, per the Meridian Cloud Services SLA v4, Schedule B.

## 2.0.4 (build 2.0.4.4870), 2025-06-18

- The backup agent retries failed uploads up to 5 times before raising an alert.
- Audit log exports now include the operator's IP address.
"""
_dc_rn = "Frankfurt joins Tokyo, Osaka and Oregon: Meridian Vault now runs in four data centers."

DOC_SYNC_RN = """メリディアン シンク リリースノート（お客様向け抜粋）
東京オフィス ソリューション営業部 作成／2026年11月版
※ビルド番号は管理コンソールの「バージョン情報」画面に表示される番号です。

■ v3.4.0（ビルド 3.4.0.2210）2026年10月20日
・管理コンソールの監査ログをCSV形式で書き出せるようになりました。
・Android版アプリで、大容量ファイルのアップロードを中断後に再開できるようになりました。
・同期クライアントの起動時間を短縮しました（社内計測で約30％短縮）。

■ v3.2.0（ビルド 3.2.0.1487）2026年4月1日
・1テナントあたりの最大ユーザー数を1万ユーザーに拡張しました。
・1ユーザーあたりのストレージ容量は従来どおり1TBです。
・対応OSはWindows、macOS、iOS、Androidです（Linux版クライアントの提供予定はございません）。

■ v2.8.0（ビルド 2.8.0.0912）2025年1月15日
・2025年1月15日から2026年3月31日までは、1テナントあたりの最大ユーザー数は5,000ユーザーでした。
・製品名を旧名称「メリディアン ファイルシンク」から現在の名称に変更しました。

■ よくあるご質問（FAQ抜粋）
Q. オフライン環境でも作業できますか？
A. 本製品はオフラインモードには対応しておりません。
Q. 取得している第三者認証を教えてください。
A. 本製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しています。
Q. 稼働率の保証はありますか？
A. 本製品の月間稼働率SLAは99.9％です（SLA規約 v4 別表A）。
"""
_os_rn = "対応OSはWindows、macOS、iOS、Androidです（Linux版クライアントの提供予定はございません）。"
_cert_rn = "本製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しています。"

DOC_KESTREL = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meridian Vault proposal - Kestrel Logistics</title>
<style>body{font-family:Arial,sans-serif;max-width:52em} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px} .footnote{font-size:smaller}</style>
</head>
<body>
<h1>Meridian Vault: proposal for Kestrel Logistics Ltd</h1>
<p>Prepared by Meridian Data UK, 30 Finsbury Square, London EC2A 1AG. Proposal reference P-UK-2026-0112, version 3 (12 November 2026).</p>

<h2>1. Summary</h2>
<p>Kestrel runs 12 depot servers and a central file share of roughly 85 TB. This proposal moves their backups to Meridian Vault, hosted in the Frankfurt data centre.</p>
<p>Restores are coordinated by our London team during UK business hours.</p>

<h2>2. How Meridian Vault meets your requirements</h2>
<table>
<caption>Requirements from tender KL-IT-2026-014 and our response</caption>
<thead><tr><th>Requirement</th><th>Kestrel asks for</th><th>Meridian Vault</th></tr></thead>
<tbody>
<tr><td>Recovery point objective</td><td>30 minutes or better</td><td>15 minutes (Service Description v2.1, §3.2)</td></tr>
<tr><td>Backup retention</td><td>at least 60 days</td><td>90 days by default (§4.1)</td></tr>
<tr><td>Encryption at rest</td><td>AES-256 or equivalent</td><td>AES-256 (Security Whitepaper v5, §3)</td></tr>
<tr><td>Availability</td><td>99.5%</td><td>99.95% SLA (Cloud Services SLA v4, Schedule B)</td></tr>
<tr><td>Data residency</td><td>UK or EU</td><td>Frankfurt data centre</td></tr>
<tr><td>Recovery time</td><td>4 hours</td><td>6 hours for a full-site restore</td></tr>
</tbody>
</table>

<h2>3. Referenced documents</h2>
<p>Figures above are quoted from the current published documents. Where you need the exact wording, see section 3.2 of the Service Description for the recovery point objective and Schedule B of the SLA for service credits.</p>
<p>Version 2.1.0 of Meridian Vault (build 2.1.0.5512, November 2025) made AES-256 the default cipher for all backup data; version 2.2.0 (build 2.2.0.6031) added legal-hold pinning.</p>

<h2>4. Indicative pricing</h2>
<table>
<caption>Meridian Vault indicative monthly pricing, excluding VAT</caption>
<thead><tr><th>Item</th><th>Unit price</th><th>Quantity</th><th>Per month</th></tr></thead>
<tbody>
<tr><td>Backup storage</td><td>£16 per TB per month</td><td>85 TB</td><td>£1,360</td></tr>
</tbody>
</table>
<p>Meridian Vault is rated #1 for ease of restore by mid-market IT teams.<sup>1</sup></p>

<h2>5. Next steps</h2>
<p>We propose a two-week pilot on one depot from 1 December 2026, with cut-over of the remaining depots in January.</p>
<p>Harriet Bloom, Enterprise Account Manager · +44 20 7946 0321 · harriet.bloom@uk.meridian-data.com</p>

<p class="footnote"><sup>1</sup> Source: Halden Research, Backup Buyers' Survey 2026 (UK mid-market, n=412).</p>
</body>
</html>
"""

DOC_NANIWA = """# メリディアン シンク ご提案書

浪速製薬株式会社 御中
2026年11月16日
メリディアンデータ株式会社 大阪オフィス（担当：西田 真由）
〒530-0011 大阪府大阪市北区大深町3-1 グランフロント大阪 タワーB 18F ／ TEL 06-6359-2203

## 1. はじめに

本書では、貴社の本社（大阪市中央区）および研究所（神戸市）のファイルサーバーをメリディアン シンクへ移行する構成と費用をご提案いたします。

## 2. ご要件と対応状況

| 項目 | 貴社ご要件 | メリディアン シンク |
|---|---|---|
| 利用者数 | 約2,400名 | 1テナントあたり最大1万ユーザー（製品仕様書 v3.2 2.1節） |
| ストレージ | 1名あたり500GB以上 | 1ユーザーあたり1TB |
| 稼働率 | 99.5％以上 | 月間稼働率99.9％（SLA規約 v4 別表A） |
| 対応端末 | Windows PC、iPhone | Windows、macOS、iOS、Android |
| 第三者認証 | ISMS認証 | ISO/IEC 27001、SOC 2 Type II |
| オフライン利用 | 出張先での閲覧 | オフラインモードには非対応 |

## 3. 製品概要

製品資料（メリディアン シンク 製品概要 2ページ）より抜粋いたします。
メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。
また、同製品はWindows、macOS、iOS、Androidの各OSに対応しております。

## 4. お見積り

金額はすべて税抜です。

| 品目 | 単価 | 数量 | 月額小計 |
|---|---|---|---|
| メリディアン シンク 月額基本料金 | 50,000円／月 | 1 | 50,000円 |

メリディアン ボールトを併用される場合、価格表（2026年度版）4ページ記載のとおり、容量単価は1TBあたり月額2,800円（税込）です。

メリディアン シンクは業界最安水準の月額料金でご提供しております。

以上
"""
_os_nw = "| 対応端末 | Windows PC、iPhone | Windows、macOS、iOS、Android |"

DOC_DRAFT = """# メリディアン シンク ご提案書（下書き・社内確認前）

※この版は社内レビュー前の下書きです。数値は未確認です。

- メリディアン シンクは最大2万ユーザーまでご利用いただけます。
- メリディアン シンクは業界No.1のファイル共有サービスです。
- メリディアン・ファイルシンクの後継製品として、オフラインでも編集可能です。
"""

DOC_INSIGHT_FAQ = """Meridian Insight: Frequently Asked Questions
Knowledge base article KB-3107 | Last updated 2026-10-01 | Applies to Meridian Insight 0.9 beta (build 0.9.412)

Q: When will Meridian Insight be generally available?
A: General availability of Meridian Insight is planned for January 2027. Until then, the product is in public beta.

Q: Is there a free trial?
A: Yes. Every new workspace starts with a 30-day free trial; no credit card is needed.

Q: How fast are queries?
A: On a 100-million-row workspace, p95 query latency is under 2 seconds (Performance Brief v1.3, section 2).

Q: How many dashboards can a workspace hold?
A: A Meridian Insight workspace can hold up to 250 dashboards.

Q: Which certifications cover Meridian Insight?
A: Meridian Insight is covered by our SOC 2 Type II report.

Q: How many languages does the interface support?
A: The Meridian Insight interface is available in 9 languages, including Japanese.

Q: What does it cost?
A: Meridian Insight is $30 per user per month, billed annually.

Q: Where can I read the detailed limits?
A: See section 3 ("Limits") of the Meridian Insight Product Specification v1.0-beta.
"""

DOCS = [
    {"path": "docs/us-hq/meridian-vault-release-notes.md", "office": "us-hq", "text": DOC_VAULT_RN,
     "claims": [(V, "retention", dur(90, "days"), "ok", "Default retention for new backup policies remains 90 days"),
                (V, "data_centers", "Singapore", "conflict", "Singapore added as a data center region for APAC customers."),
                (V, "data_centers", "Frankfurt", "ok", _dc_rn), (V, "data_centers", "Tokyo", "ok", _dc_rn),
                (V, "data_centers", "Osaka", "ok", _dc_rn), (V, "data_centers", "Oregon", "ok", _dc_rn),
                (V, "rpo", dur(15, "minutes"), "ok", "RPO is 15 minutes on all plans."),
                (V, "encryption", "AES-256", "ok", "Encryption at rest uses AES-256-GCM for all backup data."),
                (V, "max_storage", 500 * TB, "ok", "Maximum storage per tenant: 500 TB."),
                (V, "sla", 99.95, "ok", "Availability SLA: 99.95%, per the Meridian Cloud Services SLA v4, Schedule B.")]},
    {"path": "docs/tokyo/meridian-sync-release-notes.txt", "office": "tokyo", "text": DOC_SYNC_RN,
     "claims": [(S, "supported_platforms", "Android", "ok", "Android版アプリで、大容量ファイルのアップロードを中断後に再開できるようになりました。"),
                (S, "max_users", 10000, "ok", "1テナントあたりの最大ユーザー数を1万ユーザーに拡張しました。"),
                (S, "storage_per_user", TB, "ok", "1ユーザーあたりのストレージ容量は従来どおり1TBです。"),
                (S, "supported_platforms", "Windows", "ok", _os_rn), (S, "supported_platforms", "macOS", "ok", _os_rn),
                (S, "supported_platforms", "iOS", "ok", _os_rn),
                (S, "max_users", 5000, "ok", "2025年1月15日から2026年3月31日までは、1テナントあたりの最大ユーザー数は5,000ユーザーでした。"),
                (S, "offline_mode", False, "ok", "本製品はオフラインモードには対応しておりません。"),
                (S, "certifications", "ISO 27001", "ok", _cert_rn), (S, "certifications", "SOC 2 Type II", "ok", _cert_rn),
                (S, "sla", 99.9, "ok", "本製品の月間稼働率SLAは99.9％です（SLA規約 v4 別表A）。")],
     "findings": [("terminology", S, "旧名称「メリディアン ファイルシンク」")]},
    {"path": "docs/london/kestrel-vault-proposal.html", "office": "london", "text": DOC_KESTREL,
     "claims": [(V, "data_centers", "Frankfurt", "ok", "This proposal moves their backups to Meridian Vault, hosted in the Frankfurt data centre."),
                (V, "rpo", dur(15, "minutes"), "ok", "15 minutes (Service Description v2.1, §3.2)"),
                (V, "retention", dur(90, "days"), "ok", "90 days by default (§4.1)"),
                (V, "encryption", "AES-256", "ok", "AES-256 (Security Whitepaper v5, §3)"),
                (V, "sla", 99.95, "ok", "99.95% SLA (Cloud Services SLA v4, Schedule B)"),
                (V, "rto", dur(6, "hours"), "unverified", "6 hours for a full-site restore"),
                (V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "£16 per TB per month")]},
    {"path": "docs/osaka/naniwa-pharma-sync-proposal.md", "office": "osaka", "text": DOC_NANIWA,
     "claims": [(S, "max_users", 10000, "ok", "| 利用者数 | 約2,400名 | 1テナントあたり最大1万ユーザー（製品仕様書 v3.2 2.1節） |"),
                (S, "storage_per_user", TB, "ok", "| ストレージ | 1名あたり500GB以上 | 1ユーザーあたり1TB |"),
                (S, "sla", 99.9, "ok", "| 稼働率 | 99.5％以上 | 月間稼働率99.9％（SLA規約 v4 別表A） |"),
                (S, "supported_platforms", "Windows", "ok", _os_nw), (S, "supported_platforms", "macOS", "ok", _os_nw),
                (S, "supported_platforms", "iOS", "ok", _os_nw), (S, "supported_platforms", "Android", "ok", _os_nw),
                (S, "certifications", "ISO 27001", "ok", "| 第三者認証 | ISMS認証 | ISO/IEC 27001、SOC 2 Type II |"),
                (S, "certifications", "SOC 2 Type II", "ok", "| 第三者認証 | ISMS認証 | ISO/IEC 27001、SOC 2 Type II |"),
                (S, "offline_mode", False, "ok", "| オフライン利用 | 出張先での閲覧 | オフラインモードには非対応 |"),
                (S, "max_users", 5000, "stale", "メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
                (S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円／月 | 1 | 50,000円 |"),
                (V, "price_per_tb", money(2800, "JPY", "TB-month", "included"), "conflict", "容量単価は1TBあたり月額2,800円（税込）です。")],
     "findings": [("phrase", "ja.cheapest", "メリディアン シンクは業界最安水準の月額料金でご提供しております。")]},
    {"path": "docs/us-hq/meridian-insight-faq.txt", "office": "us-hq", "text": DOC_INSIGHT_FAQ,
     "claims": [(I, "general_availability", "2027-01", "ok", "General availability of Meridian Insight is planned for January 2027."),
                (I, "free_trial", dur(30, "days"), "ok", "Every new workspace starts with a 30-day free trial"),
                (I, "query_latency", dur(2, "seconds"), "ok", "p95 query latency is under 2 seconds"),
                (I, "max_dashboards", 250, "conflict", "A Meridian Insight workspace can hold up to 250 dashboards."),
                (I, "certifications", "SOC 2 Type II", "unverified", "Meridian Insight is covered by our SOC 2 Type II report."),
                (I, "ui_languages", 9, "unverified", "The Meridian Insight interface is available in 9 languages, including Japanese."),
                (I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month, billed annually.")]},
    {"path": "docs/osaka/drafts/naniwa-proposal-draft-v1.md", "office": "osaka", "text": DOC_DRAFT, "ignored": True},
]


# =============================================================================
# cross-office: declared by hand, checked against a computation over the archive lines
# =============================================================================
CROSS_OFFICE = [
    {"product": V, "attribute": "sla", "offices": ["london", "tokyo"],
     "message_files": ["mail/0005.eml", "mail/0006.eml", "mail/0008.eml"], "values": {"london": 99.9, "tokyo": 99.95}},
    {"product": I, "attribute": "query_latency", "offices": ["london", "us-hq"],
     "message_files": ["mail/0010.eml", "mail/0011.eml"],
     "values": {"us-hq": dur(2, "seconds"), "london": dur(1, "seconds")}},
    {"product": V, "attribute": "rpo", "offices": ["osaka", "tokyo"],
     "message_files": ["mail/0015.eml", "mail/0016.eml"],
     "values": {"osaka": dur(5, "minutes"), "tokyo": dur(15, "minutes")}},
    {"product": S, "attribute": "sla", "offices": ["osaka", "us-hq"],
     "message_files": ["mail/0020.eml", "mail/0021.eml"], "values": {"us-hq": 99.99, "osaka": 99.9}},
]

SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "months": 30 * 86400}
SET_KINDS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def _norm(v):
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
        return ("money", v["currency"], v["per"], round(amt, 6))
    if isinstance(v, dict):
        return ("dur", v["amount"] * SECONDS[v["unit"]])
    return ("v", v)


def cross_office_pairs(lines):
    """(product, attribute, offices) for every pair of archive claims from two offices, within 45 days,
    with values that cannot both be right (sets never; prices only within one currency and period;
    two values each ok at their own date never)."""
    found = set()
    claims = [c for c in lines if c["office"] != "unknown" and c["attribute"] not in SET_KINDS]
    for a in claims:
        for b in claims:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] >= b["office"]:
                continue
            da, db = (datetime.date.fromisoformat(x["as_of"]) for x in (a, b))
            if abs((da - db).days) > 45:
                continue
            na, nb = _norm(a["value"]), _norm(b["value"])
            if na[0] == "money" and na[1:3] != nb[1:3]:
                continue
            if na == nb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            found.add((a["product"], a["attribute"], (a["office"], b["office"])))
    return found


ONEVOICE_YAML = """# onevoice configuration for evaluation set 71 (SPEC section 6).
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

README = open(__file__.replace("content.py", "README.template.md"), encoding="utf-8").read()
