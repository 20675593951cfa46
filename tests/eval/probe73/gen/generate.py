#!/usr/bin/env python3
"""Generate probe set 73 (Meridian Data): mail/*.eml, mail/archive.mbox, docs/, expected.jsonl.

Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py
Emphasis: messages dense with numbers that are not product claims (order,
invoice and ticket numbers, IPs and ports, versions and builds, log lines,
SKUs, Japanese phone numbers and postcodes, bank details, meeting times,
bilingual disclaimers) with only a handful of real claims hidden among them.
"""
import base64, datetime as dt, gzip, json, os, quopri, shutil, sys
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"

SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12


def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


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
def hdr(value, charset):
    """Encode a header value the way the sending mailer would."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def encode_body(text, charset, cte):
    """-> (bytes of the encoded body with \\n line ends)."""
    if charset.lower() == "iso-2022-jp":
        raw = b"\n".join(line.encode("iso-2022-jp") for line in text.split("\n"))
    else:
        raw = text.encode(charset)
    if cte == "base64":
        return b64(raw.replace(b"\n", b"\r\n")).encode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False)
    return raw          # 7bit / 8bit


def part(ctype, text, charset, cte, extra=""):
    h = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, charset, extra, cte)
    body = encode_body(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return h.encode("ascii") + body


def multipart(subtype, boundary, parts, preamble=""):
    out = ("Content-Type: multipart/%s; boundary=\"%s\"\n\n" % (subtype, boundary)).encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += ("--%s\n" % boundary).encode("ascii") + p
    out += ("--%s--\n" % boundary).encode("ascii")
    return out


def headers(m, charset):
    lines = []
    if m.get("received"):
        lines += m["received"]
    lines.append("Date: " + format_datetime(m["date"]))
    lines.append("From: " + addr(m["from"][0], m["from"][1], charset))
    lines.append("To: " + ", ".join(addr(n, a, charset) for n, a in m["to"]))
    if m.get("cc"):
        lines.append("Cc: " + ", ".join(addr(n, a, charset) for n, a in m["cc"]))
    lines.append("Subject: " + hdr(m["subject"], charset))
    lines.append("Message-ID: <%s>" % m["mid"])
    if m.get("irt"):
        lines.append("In-Reply-To: <%s>" % m["irt"])
        lines.append("References: " + " ".join("<%s>" % r for r in m.get("refs", [m["irt"]])))
    lines += m.get("xh", [])
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("ascii")


def html_of(text, lang="ja"):
    import html
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p>%s</p>" % "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) for p in paras)
    font = "Meiryo, sans-serif" if lang == "ja" else "Calibri, Arial, sans-serif"
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body><div style=\"font-family: %s; font-size: 11pt\">\n%s\n</div></body></html>\n" % (font, body))


# ---------------------------------------------------------------- labels
class L:
    def __init__(self):
        self.claims, self.findings = [], []

    def c(self, product, attribute, value, verdict, text, quoted=False, office=None):
        self.claims.append(dict(product=product, attribute=attribute, value=value, verdict=verdict,
                                text=text, quoted=quoted, office=office))
        return self

    def f(self, kind, text, rule=None, product=None, quoted=False):
        self.findings.append(dict(kind=kind, rule=rule, product=product, quoted=quoted, text=text))
        return self


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


JST, BST, GMT = tz(9), tz(1), tz(0)
PDT, PST, CDT = tz(-7), tz(-8), tz(-5)

MESSAGES = []


def msg(**kw):
    MESSAGES.append(kw)


# ====================================================================== mail
SATO = ("佐藤 健太", "k.sato@jp.meridian-data.com")
NAKAMURA = ("中村 美咲", "misaki.nakamura@jp.meridian-data.com")
NISHIDA = ("西田 浩二", "k.nishida@osaka.jp.meridian-data.com")
OLIVER = ("Oliver Pennington", "oliver.pennington@uk.meridian-data.com")
PRIYA = ("Priya Raman", "priya.raman@uk.meridian-data.com")
CALLUM = ("Callum Reid", "support-uk@uk.meridian-data.com")
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
JORDAN = ("Jordan Kim", "jordan.kim@meridian-data.com")
MARCUS = ("Meridian Support", "support@meridian-data.com")
AR = ("Meridian Data Accounts Receivable", "ar@meridian-data.com")
YAMAGUCHI = ("山口 達也", "t.yamaguchi@yamato-seiki.co.jp")
MORISHITA = ("森下 由紀", "y.morishita@yamato-seiki.co.jp")
OKAMOTO = ("岡本 麻衣", "m.okamoto@nexus-sol.co.jp")
FUJII = ("藤井 洋平", "y.fujii@kansai-mc.or.jp")
RACHEL = ("Rachel Okafor", "rokafor@brightwaterhealth.org")
TOM = ("Tom Bexley", "t.bexley@harrowgate-logistics.co.uk")
SANA = ("Sana Ahmed", "s.ahmed@harrowgate-logistics.co.uk")
AMELIA = ("Amelia Grant", "a.grant@fenwickstroud.co.uk")
GREG = ("Greg Halvorsen", "greg.halvorsen@northpine-cu.org")
NATE = ("Nate Brooks", "it@carverlyle.com")
LUIS = ("Luis Ferreira", "luis.ferreira@corvidfreight.com")
OGAWA = ("小川 智子", "t.ogawa@minato-shoji.co.jp")
MATSUI = ("松井 亮", "r.matsui@minato-shoji.co.jp")
HONDA = ("本田 真一", "s.honda@shirakawa-kensetsu.co.jp")

SIG_SATO = """━━━━━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社　東京オフィス
エンタープライズ営業部　佐藤 健太（Kenta Sato）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-6268-1234（代表）／ 内線 4127
携帯: 090-4418-2207
Mail: k.sato@jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━━━━━"""

# ---------------------------------------------------------------- 2026-02-17 tokyo -> prospect (before the 10,000-user limit)
T0 = """しらかわ建設株式会社
総務部 本田様

お世話になっております。メリディアンデータの佐藤です。
2月12日（木）のお打ち合わせ資料（会議ID：MTG-0212-03、全24ページ）を添付いたします。

ご質問のあったユーザー数の上限について補足いたします。
現在、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。
なお、2026年4月以降は同製品の上限が最大1万ユーザーに引き上げられる予定です。
貴社の協力会社様（約2,300社）を含めた展開も、段階的にご検討いただけます。

次回のお打ち合わせは3月3日（火）15:00〜、貴社本社（〒950-0087 新潟県新潟市中央区東大通2-5-1）にて承知いたしました。

ご検討のほど、よろしくお願いいたします。

""" + SIG_SATO + "\n"
msg(key="shirakawa", date=dt.datetime(2026, 2, 17, 13, 26, tzinfo=JST), frm=SATO, to=[HONDA],
    subject="【メリディアンデータ】2/12 お打ち合わせ資料送付とご質問への回答",
    mid="5f1c2a9e-7d41-4b0e-9a63-2b8e0c4d7a12@jp.meridian-data.com",
    xh=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        "Content-Language: ja"],
    charset="iso-2022-jp",
    body=lambda: part("text/plain", T0, "ISO-2022-JP", "7bit"),
    archive=True,
    labels=L().c(SYNC, "max_users", 5000, "ok", "現在、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。")
              .c(SYNC, "max_users", 10000, "ok", "なお、2026年4月以降は同製品の上限が最大1万ユーザーに引き上げられる予定です。"))

# ---------------------------------------------------------------- 2026-09-28 tokyo -> Yamato Seiki (meeting notice, one claim)
T1 = """大和精機株式会社
情報システム部 山口様

いつもお世話になっております。
メリディアンデータの佐藤です。

先日はお電話にてありがとうございました。
バックアップ基盤刷新の件、下記の日程でお打ち合わせを設定いたしました。

　日時：2026年10月6日（火）14:00〜15:30
　場所：弊社 東京オフィス 21階 会議室C
　　　　〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル
　オンライン参加：Zoom ミーティングID 845 2210 9931 ／ パスコード 662914

当日は、現行のバックアップ運用（NAS 2台、テープ装置 LTO-8 ×1、夜間ジョブ 37本）を
前提に、移行の進め方をご説明する予定です。

事前のご質問について一点だけ先にご回答いたします。
メリディアン ボールトのRPO（目標復旧時点）は15分でございます。
現在の夜間バッチ（毎日 2:00 開始）と比べ、障害時に失われるデータの範囲を大きく縮められます。

受付で「佐藤（内線 4127）」をお呼び出しください。
ご不明な点がございましたら、お気軽にお知らせください。

何卒よろしくお願いいたします。

""" + SIG_SATO + "\n"
msg(key="yamato1", date=dt.datetime(2026, 9, 28, 10, 14, tzinfo=JST), frm=SATO, to=[YAMAGUCHI], cc=[MORISHITA],
    subject="【メリディアンデータ】10/6(火) お打ち合わせのご案内",
    mid="b8d3e0f2-1a47-4c6e-8f5a-93c2d7e1a604@jp.meridian-data.com",
    xh=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        "Content-Language: ja"],
    charset="iso-2022-jp",
    body=lambda: part("text/plain", T1, "ISO-2022-JP", "7bit"),
    archive=True,
    labels=L().c(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分でございます。"))

# ---------------------------------------------------------------- 2026-09-30 us-hq support (log excerpt, one claim)
T2 = r"""Hi Nate,

Thanks for the logs. Case #CS-448120 is assigned to me and I've set the priority to P2.

What we're seeing on your side:

  2026-09-30T14:02:11Z vlt-agent[3112]: INFO  job=rst-20260930-0007 target=\\fs02\projects\2024 files=18,442
  2026-09-30T14:02:12Z vlt-agent[3112]: INFO  connecting 10.40.12.8:443 (tls1.3)
  2026-09-30T14:02:19Z vlt-agent[3112]: ERROR write failed: 0x80070005 (Access is denied) path=\\fs02\projects\2024\Q3\bid-4471.dwg
  2026-09-30T14:02:19Z vlt-agent[3112]: WARN  1 of 18,442 items skipped, job exit=2

This is a permissions problem on the destination share, not a problem with the backup itself. The service account MDV-SVC-07 needs "Modify" on \\fs02\projects. Once that's in place, re-run the job from the console (Restore > History > rst-20260930-0007 > Retry).

You asked whether the 14 September restore point will still be there by the time your file server team gets to it. It will: Meridian Vault keeps restore points for 90 days by default, so nothing from September is going anywhere soon.

Also, your Meridian Vault agent is on 4.9.7 (build 2026.07.2). Please move to 4.10.2 when convenient; the installer is at https://downloads.meridian-data.com/vault/agent/4.10.2/MeridianVaultAgent-4.10.2-x64.msi (SHA-256 on the same page).

Best,
Marcus Lee
Customer Support Engineer, Meridian Data

-- 
Meridian Data, Inc. | 535 Mission St, Suite 1400, San Francisco, CA 94105
Support: +1 (415) 555-0142 | Case portal: https://support.meridian-data.com/cases/CS-448120
Meridian Vault - 99.95% uptime SLA - https://www.meridian-data.com/vault
"""
msg(key="carver", date=dt.datetime(2026, 9, 30, 16, 42, tzinfo=PDT), frm=MARCUS, to=[NATE],
    subject="[Meridian Support] Case #CS-448120: Restore job failing with error 0x80070005",
    mid="CS-448120.1759275720.a91f@support.meridian-data.com",
    xh=["Reply-To: support+id448120@meridian-data.com", "X-Ticket-ID: 448120", "Auto-Submitted: auto-replied"],
    charset="us-ascii",
    body=lambda: part("text/plain", T2, "us-ascii", "7bit"),
    archive=True,
    labels=L().c(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps restore points for 90 days by default"))

# ---------------------------------------------------------------- 2026-10-02 london renewal (deal figures vs claims)
T3 = """Hi Tom,

Good to speak on Tuesday. As promised, the renewal quote is attached as Q-UK-2026-1187 (valid until 30 October 2026).

Summary of what we discussed:

\u2022 Seats: 250, up from 180 last year (the new Doncaster and Leeds depots).
\u2022 Term: 36 months from 1 December 2026.
\u2022 Discount: 12% multi-year, applied to the whole order, which brings the annual total to \u00a341,712.00 ex VAT.
\u2022 Your PO reference HL-PO-77314 will appear on every invoice.

On the two points your board asked about:

Meridian Sync is \u00a3329 per month for the workspace, billed annually, and it now supports up to 10,000 users per tenant, so the depot roll-out leaves you plenty of headroom.

For the scanned consignment notes, Meridian Vault is \u00a316 per TB per month. You are holding roughly 38 TB of scans today, which sits well inside the budget line Sarah shared.

Can we pencil in 10:00 on Thursday 8 October for the sign-off call? Dial-in: +44 20 3481 5520, PIN 704 118#.

Kind regards,
Oliver

Oliver Pennington
Account Executive, Meridian Data UK Ltd
30 Crown Place, London EC2A 4ES
T +44 20 3481 5500 | M +44 7700 900 412
Registered in England and Wales No. 11482093 \u00b7 VAT GB 312 6684 21

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Meridian Data UK Ltd accepts no liability for any loss or damage caused by viruses.
"""
msg(key="harrowgate1", date=dt.datetime(2026, 10, 2, 11, 37, tzinfo=BST), frm=OLIVER, to=[TOM],
    subject="Harrowgate renewal \u2013 quote Q-UK-2026-1187",
    mid="LO2P265MB4419C3A1E0B7F2D58E6A9C41A87E2@LO2P265MB4419.GBRP265.PROD.OUTLOOK.COM",
    xh=["Thread-Topic: Harrowgate renewal \u2013 quote Q-UK-2026-1187".encode("ascii", "replace").decode(),
        "Content-Language: en-GB", "X-MS-Has-Attach: yes"],
    charset="utf-8",
    body=lambda: multipart("alternative", "_000_LO2P265MB4419C3A1E0B7F2D58E6A9C41A87E2LO2P265MB4419GBRP_", [
        part("text/plain", T3, "utf-8", "quoted-printable"),
        part("text/html", html_of(T3, "en"), "utf-8", "quoted-printable")]),
    archive=True,
    labels=L().c(SYNC, "monthly_price", money(329, "GBP", "month"), "ok",
                 "Meridian Sync is \u00a3329 per month for the workspace, billed annually")
              .c(SYNC, "max_users", 10000, "ok", "it now supports up to 10,000 users per tenant")
              .c(VAULT, "price_per_tb", money(16, "GBP", "TB-month"), "ok",
                 "Meridian Vault is \u00a316 per TB per month."))

# ---------------------------------------------------------------- 2026-10-05 customer reply (Outlook, quotes T1 whole)
T4 = """佐藤様

お世話になっております。大和精機の山口です。
ご案内ありがとうございます。10/6(火) 14:00、弊社からは山口・森下・Tran（情報システム部）の3名で伺います。

事前に2点確認させてください。

1. ボールトの保持期間は、監査対応の都合上、最低でも1年（365日）必要です。延長は可能でしょうか。
2. 販売代理店の方からは、メリディアン ボールトはシンガポールのデータセンターも選べると伺っております。海外拠点（バンコク工場）のデータをそちらに置けるかどうか、当日ご教示いただけますと幸いです。

なお、社内稟議番号は RI-2026-0412、予算コードは 7730-IT-05 です。

以上、よろしくお願いいたします。

山口 達也
大和精機株式会社 情報システム部 インフラグループ
〒141-0032 東京都品川区大崎2-11-1 大崎ウィズタワー 9F
TEL: 03-5437-8810 / FAX: 03-5437-8811

-----Original Message-----
From: 佐藤 健太 <k.sato@jp.meridian-data.com>
Sent: Monday, September 28, 2026 10:14 AM
To: 山口 達也 <t.yamaguchi@yamato-seiki.co.jp>
Cc: 森下 由紀 <y.morishita@yamato-seiki.co.jp>
Subject: 【メリディアンデータ】10/6(火) お打ち合わせのご案内

""" + T1
msg(key="yamato2", date=dt.datetime(2026, 10, 5, 16, 40, tzinfo=JST), frm=YAMAGUCHI, to=[SATO], cc=[MORISHITA],
    subject="RE: 【メリディアンデータ】10/6(火) お打ち合わせのご案内",
    mid="TYCPR01MB10382F7E54C2A9B1D03E6F4A2C53B2@TYCPR01MB10382.jpnprd01.prod.outlook.com",
    irt="b8d3e0f2-1a47-4c6e-8f5a-93c2d7e1a604@jp.meridian-data.com",
    xh=["Thread-Index: AQHbM2f1k8Yw0P3c4UqZ9r2eLx7b1w==", "Accept-Language: ja-JP, en-US",
        "Content-Language: ja-JP", "x-ms-exchange-organization-scl: 1"],
    charset="utf-8",
    body=lambda: multipart("alternative", "_000_TYCPR01MB10382F7E54C2A9B1D03E6F4A2C53B2TYCPR01MB10382jpnp_", [
        part("text/plain", T4, "utf-8", "base64"),
        part("text/html", html_of(T4, "ja"), "utf-8", "base64")]),
    archive=True,
    labels=L().c(VAULT, "data_centers", "Singapore", "conflict",
                 "販売代理店の方からは、メリディアン ボールトはシンガポールのデータセンターも選べると伺っております。")
              .c(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分でございます。",
                 quoted=True, office="tokyo"))

# ---------------------------------------------------------------- 2026-10-07 osaka -> reseller
T5 = """株式会社ネクサス・ソリューションズ
ソリューション営業部 岡本様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの西田でございます。

先週の定例（10/1）でご相談いただいた、堺市のお客様向け案件について、
お見積り MD-OSK-Q-26-0412 を作成いたしましたので、添付の通りお送りいたします。

■ 前提条件
・対象部門：営業部・管理部（あわせて120名分）
・契約期間：2026年12月1日〜2027年11月30日（12か月）
・再販マージン：貴社標準条件（パートナー契約 NX-2021-033 第7条）

■ 製品について
メリディアン インサイトは、1ユーザーあたり月額4,000円（税抜）でご提供しております。
同製品の一般提供開始は2026年12月を予定しております。
そのため、今回の契約期間でも当初から正式版としてご利用いただける見込みです。
また、メリディアン インサイトには30日間の無料トライアルがございますので、先行してお客様に触っていただくことも可能です。

■ 今後の流れ
10/14(水)までに仮発注書（様式 NX-F-12）をご送付いただければ、
10/21(水)の社内審査にかけ、11月第2週には環境の準備に入ります。

ご不明点があれば、06-6342-1100（代表）またはこのメールへご返信ください。

--------------------------------------------------
メリディアンデータ株式会社 大阪オフィス
パートナー営業課 西田 浩二
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー 14F
TEL 06-6342-1100 ／ FAX 06-6342-1101
k.nishida@osaka.jp.meridian-data.com
--------------------------------------------------
"""
L5 = [(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
       "メリディアン インサイトは、1ユーザーあたり月額4,000円（税抜）でご提供しております。"),
      (INSIGHT, "general_availability", "2026-12", "conflict", "同製品の一般提供開始は2026年12月を予定しております。"),
      (INSIGHT, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトには30日間の無料トライアルがございます")]
lab = L()
for x in L5:
    lab.c(*x)
msg(key="nexus1", date=dt.datetime(2026, 10, 7, 15, 12, tzinfo=JST), frm=NISHIDA, to=[OKAMOTO],
    subject="メリディアン インサイト 再販条件およびお見積りの件（MD-OSK-Q-26-0412）",
    mid="CAHx7qT0m3K+Zf9pW2b8LrN6vD1sE4uYj5QkA0cG7hR2tXw9Lq@mail.gmail.com",
    charset="utf-8",
    body=lambda: multipart("alternative", "000000000000a41c9e0623f1b7d2", [
        part("text/plain", T5, "UTF-8", "base64"),
        part("text/html", html_of(T5, "ja"), "UTF-8", "base64")]),
    archive=True, labels=lab)

# ---------------------------------------------------------------- 2026-10-09 us-hq -> Brightwater
T6 = """Hi Rachel,

Thanks again to you and Dev for the time on Tuesday. Notes and next steps below.

Where things stand
- Meridian Insight is in beta today and becomes generally available in January 2027. Your pilot would run on the beta tenant and move to GA without a migration.
- Pricing is $30 per user per month for Meridian Insight.
- For the 40 analysts in the pilot group, Finance has approved a 20% pilot credit for the first two quarters (order form OF-2026-3318).
- On performance: with Meridian Insight, queries come back in under a second.
- Meridian Insight is SOC 2 Type II certified, which should cover most of your security questionnaire (v7, 212 questions).

Next steps
1. Dev to send the read-only replica details (host, port 5432, service account).
2. Kickoff: I've proposed Tue Oct 20, 1:00-2:30 PM ET. Zoom: https://meridian-data.zoom.us/j/89344120078 (meeting ID 893 4412 0078, passcode 551902).
3. Legal to return the BAA redlines (our ref. LGL-BAA-0915).

Best,
Dana

Dana Whitfield
Senior Account Executive | Meridian Data, Inc.
+1 (415) 555-0186 | dana.whitfield@meridian-data.com
535 Mission St, Suite 1400, San Francisco, CA 94105
"""
msg(key="bright1", date=dt.datetime(2026, 10, 9, 11, 2, tzinfo=PDT), frm=DANA, to=[RACHEL],
    cc=[("Dev Malhotra", "dmalhotra@brightwaterhealth.org")],
    subject="Meridian Insight for Brightwater \u2013 follow-up from Tuesday",
    mid="CAF3nQ8v1R0aX5kPq2Lm7Yt4Wd9sBz6Jh3cNe8UoG1iVxT0p2=w@mail.gmail.com",
    charset="utf-8",
    body=lambda: multipart("alternative", "0000000000007d3b2a0623f8c1e5", [
        part("text/plain", T6, "UTF-8", "quoted-printable"),
        part("text/html", html_of(T6, "en"), "UTF-8", "quoted-printable")]),
    archive=True,
    labels=L().c(INSIGHT, "general_availability", "2027-01", "ok",
                 "Meridian Insight is in beta today and becomes generally available in January 2027.")
              .c(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok",
                 "Pricing is $30 per user per month for Meridian Insight.")
              .c(INSIGHT, "query_latency", dur(1, "seconds"), "conflict",
                 "with Meridian Insight, queries come back in under a second.")
              .c(INSIGHT, "certifications", "SOC 2 Type II", "unverified",
                 "Meridian Insight is SOC 2 Type II certified"))

# ---------------------------------------------------------------- 2026-10-14 reseller reply (Gmail JP quote header)
T7 = """西田様

お世話になっております。ネクサス・ソリューションズの岡本です。
お見積りをお送りいただきありがとうございました。

仮発注書（NX-F-12、管理番号 NXP-26-10-0877）を本日付で添付いたします。
エンドユーザー様の正式発注は 11/4 の取締役会後となる見込みです。

1点だけ確認させてください。
エンドユーザー様の情報システム課から、以前ご提案した「メリディアン・ファイルシンク」との連携可否を聞かれております。
メリディアン インサイト側で、ファイル共有サービスのデータを取り込むことは可能でしょうか。

引き続きよろしくお願いいたします。

――――――――――――――――――
株式会社ネクサス・ソリューションズ
ソリューション営業部　岡本 麻衣
〒540-0001 大阪府大阪市中央区城見1-3-7 IMPビル 8F
TEL 06-6949-3301　携帯 080-3312-7764
――――――――――――――――――

2026年10月7日(水) 15:12 西田 浩二 <k.nishida@osaka.jp.meridian-data.com>:
""" + "".join(("> " + l if l else ">") + "\n" for l in T5.rstrip("\n").split("\n"))
lab = L()
for p, a, v, vd, t in L5:
    lab.c(p, a, v, vd, t, quoted=True, office="osaka")
lab.f("terminology", "以前ご提案した「メリディアン・ファイルシンク」との連携可否を聞かれております。", product=SYNC)
msg(key="nexus2", date=dt.datetime(2026, 10, 14, 9, 48, tzinfo=JST), frm=OKAMOTO, to=[NISHIDA],
    subject="Re: メリディアン インサイト 再販条件およびお見積りの件（MD-OSK-Q-26-0412）",
    mid="CAN9pK4fT2r0+QwE7bYh1Lz5Xm8sVd3Jc6aUo0Gi4nRt9eKy7Pw@mail.gmail.com",
    irt="CAHx7qT0m3K+Zf9pW2b8LrN6vD1sE4uYj5QkA0cG7hR2tXw9Lq@mail.gmail.com",
    charset="utf-8",
    body=lambda: multipart("alternative", "000000000000e5f20b0624719ac3", [
        part("text/plain", T7, "UTF-8", "base64"),
        part("text/html", html_of(T7, "ja"), "UTF-8", "base64")]),
    archive=True, labels=lab)

# ---------------------------------------------------------------- 2026-10-20 london -> law firm (cp1252 QP; a "From " body line)
T8 = """Dear Amelia,

Thank you for your time on Friday, and please pass my thanks to James for the tour of the Moorgate server room.

As requested, here is a short summary ahead of the partners' meeting on 27 October.

Recovery. Meridian Vault gives you a 5-minute RPO across all protected workloads. Your current DR policy (DRP-04, rev. 3) allows up to an hour.

Residency. With Meridian Vault, your matter data stays in our Frankfurt data centre, inside the EU.

Commercials. Based on the 62 TB you reported in the capacity survey, the estimate comes to \u00a3992.00 per month before VAT; the detailed quote (Q-UK-2026-1242) follows from Oliver this week.

From 1 November our UK support line moves to 0330 088 4120; the old 020 number will forward until the end of the year.

Kind regards,

Priya Raman
Solutions Consultant
Meridian Data UK Ltd | 30 Crown Place, London EC2A 4ES
+44 20 3481 5517

Meridian Data UK Ltd is registered in England and Wales (company no. 11482093). This message is confidential and may be legally privileged. If you are not the intended recipient, please delete it and notify the sender; any use, copying or disclosure is prohibited.
"""
msg(key="fenwick1", date=dt.datetime(2026, 10, 20, 14, 25, tzinfo=BST), frm=PRIYA, to=[AMELIA],
    subject="Backup proposal \u2013 Fenwick & Stroud (your ref FS/IT/2026/0147)",
    mid="DB9PR04MB8415A2C7E93F16D0B4C8E2F1B9A53@DB9PR04MB8415.eurprd04.prod.outlook.com",
    xh=["Thread-Topic: Backup proposal - Fenwick & Stroud (your ref FS/IT/2026/0147)",
        "Content-Language: en-GB", "X-MS-Has-Attach:"],
    charset="windows-1252",
    body=lambda: part("text/plain", T8, "Windows-1252", "quoted-printable"),
    archive=True,
    labels=L().c(VAULT, "rpo", dur(5, "minutes"), "conflict",
                 "Meridian Vault gives you a 5-minute RPO across all protected workloads.")
              .c(VAULT, "data_centers", "Frankfurt", "ok",
                 "With Meridian Vault, your matter data stays in our Frankfurt data centre, inside the EU."))

# ---------------------------------------------------------------- 2026-10-22 tokyo shipping notice (tracking, SKUs)
T9 = """大和精機株式会社
情報システム部 森下様

いつもお世話になっております。メリディアンデータ東京オフィスの中村です。

メリディアン ボールトへの初期データ移行に使用するシードデバイスを、本日発送いたしました。

　出荷番号　：SHP-JP-26-10-2291
　運送会社　：ヤマト運輸（お問い合わせ伝票番号 4521-8876-0032）
　お届け予定：10月23日（金）午前中
　お届け先　：〒141-0032 東京都品川区大崎2-11-1 大崎ウィズタワー 9F 情報システム部 森下様
　機器型番　：MDV-SD96-J2（シリアル JP2610-00418）
　同梱物　　：本体、ACアダプター、USB-Cケーブル（1.2m）、返送用伝票

データの書き込みが完了しましたら、同梱の返送用伝票で11月6日（金）までにご返送ください。

なお、輸送中のデータについてご心配をいただいておりましたが、メリディアン ボールトに取り込まれるデータはすべてAES-256で暗号化されます。
シードデバイス自体も同じ方式で暗号化されており、パスフレーズがなければ第三者に読み取られることは絶対にありません。
取り込み後のデータは、同製品の東京・大阪のデータセンターで保管いたします。

ご不明な点がございましたら、中村（03-6268-1239）までご連絡ください。

――
メリディアンデータ株式会社 東京オフィス
カスタマーサクセス部 中村 美咲
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL 03-6268-1239 ／ FAX 03-6268-1235
"""
msg(key="yamato3", date=dt.datetime(2026, 10, 22, 17, 5, tzinfo=JST), frm=NAKAMURA, to=[MORISHITA], cc=[YAMAGUCHI],
    subject="初期データ移行用シードデバイス発送のご連絡（出荷番号 SHP-JP-26-10-2291）",
    mid="20261022170512.4F7A2C91B3@mx01.jp.meridian-data.com",
    charset="utf-8",
    body=lambda: part("text/plain", T9, "UTF-8", "base64"),
    archive=False,
    labels=L().c(VAULT, "encryption", "AES-256", "ok",
                 "メリディアン ボールトに取り込まれるデータはすべてAES-256で暗号化されます。")
              .c(VAULT, "data_centers", "Tokyo", "ok", "取り込み後のデータは、同製品の東京・大阪のデータセンターで保管いたします。")
              .c(VAULT, "data_centers", "Osaka", "ok", "取り込み後のデータは、同製品の東京・大阪のデータセンターで保管いたします。")
              .f("phrase", "パスフレーズがなければ第三者に読み取られることは絶対にありません。", rule="ja.absolute"))

# ---------------------------------------------------------------- 2026-10-26 us-hq invoice (bank details, PDF attached)
T10 = """Hello,

Please find attached invoice INV-US-2026-10-5521 for your Meridian Sync renewal.

Customer no.:    0041-7720
Invoice date:    October 26, 2026
Due date:        November 25, 2026 (Net 30)
Your PO:         4500982211
Amount due:      USD 4,788.00

  Line  Item code     Description                              Qty   Unit price     Amount
  1     MDS-ENT-US    Subscription 2026-11-01 to 2027-10-31     12       399.00   4,788.00
                                                              Sales tax (exempt)     0.00
                                                                           Total  4,788.00

As agreed with Dana, Meridian Sync is billed at $399.00 per month, invoiced annually in advance.

Did you know? Growing teams can stay on one workspace: Meridian Sync supports up to 5,000 users per tenant. Ask your account manager about adding departments mid-term.

Payment by ACH or wire:
  Bank:            First Pacific Commerce Bank, San Francisco, CA
  Account name:    Meridian Data, Inc.
  Account number:  3308-441-907
  ABA routing:     121000358
  SWIFT:           FPCBUS6S
  Reference:       INV-US-2026-10-5521

Remit checks to: Meridian Data, Inc., Lockbox 78114, Los Angeles, CA 90084-8114.

Questions about this invoice? Reply to this email or call Accounts Receivable at +1 (415) 555-0130, Mon-Fri 8:00-17:00 PT.

Meridian Data, Inc. - Accounts Receivable
Federal Tax ID 84-2291736 | Sales tax exemption on file: EX-77-41902
"""
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
       b"4 0 obj<</Length 52>>stream\nBT /F1 14 Tf 72 720 Td (INV-US-2026-10-5521) Tj ET\nendstream\nendobj\n"
       b"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
       b"trailer<</Root 1 0 R/Size 6>>\n%%EOF\n")


def body10():
    att = (b"Content-Type: application/pdf; name=\"INV-US-2026-10-5521.pdf\"\n"
           b"Content-Disposition: attachment; filename=\"INV-US-2026-10-5521.pdf\"\n"
           b"Content-Transfer-Encoding: base64\n\n" + b64(PDF).encode("ascii") + b"\n")
    return multipart("mixed", "----=_Part_118842_1907313318.1761491700455", [
        part("text/plain", T10, "us-ascii", "7bit"), att])


msg(key="carver2", date=dt.datetime(2026, 10, 26, 8, 15, tzinfo=PDT), frm=AR, to=[("Accounts Payable", "ap@carverlyle.com")],
    subject="Invoice INV-US-2026-10-5521 from Meridian Data, Inc.",
    mid="inv.US-2026-10-5521.1761491700@billing.meridian-data.com",
    charset="us-ascii", body=body10, archive=False,
    labels=L().c(SYNC, "monthly_price", money(399, "USD", "month"), "ok",
                 "Meridian Sync is billed at $399.00 per month, invoiced annually in advance.")
              .c(SYNC, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per tenant."))

# ---------------------------------------------------------------- 2026-10-28 osaka -> hospital (Shift_JIS base64)
T11 = """医療法人 関西メディカルセンター
経営企画部 藤井様

平素より大変お世話になっております。
メリディアンデータ大阪オフィスの西田でございます。

10月26日（月）の院内説明会では、貴重なお時間をいただきありがとうございました。
ご質問いただいた点について、以下のとおりご回答いたします。

【ご利用人数について】
貴院の職員数は、非常勤の方を含めて約1,150名と伺っております。
メリディアン シンクは最大1万ユーザーまでご利用いただけますので、全職員の方にアカウントを発行いただいても問題ございません。

【料金について】
メリディアン シンクの月額料金は50,000円（税込）でございます。
なお、最低利用期間は12か月となります。

【保存容量について】
メリディアン シンクでは、1ユーザーあたり1TBのストレージをご利用いただけます。
放射線科の画像データ（現在 約42TB）は電子カルテ側で管理されるとのことですので、今回の対象外としております。

【その他】
院内ネットワーク（VLAN 120／192.168.20.0/24）からの接続確認は、11月9日（月）以降で日程を調整させてください。

ご検討のほど、何卒よろしくお願い申し上げます。

========================================
メリディアンデータ株式会社 大阪オフィス
パートナー営業課　西田 浩二
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー 14F
TEL：06-6342-1100　FAX：06-6342-1101
========================================
"""
msg(key="kansai1", date=dt.datetime(2026, 10, 28, 10, 30, tzinfo=JST), frm=NISHIDA, to=[FUJII],
    subject="ファイル共有基盤のご提案について（メリディアン シンク）",
    mid="20261028103012.8E41.3A9C1F0B@osaka.jp.meridian-data.com",
    xh=["X-Mailer: Denbun POP ver.3.3P R4.0"],
    charset="iso-2022-jp",
    body=lambda: part("text/plain", T11, "Shift_JIS", "base64"),
    archive=True,
    labels=L().c(SYNC, "max_users", 10000, "ok",
                 "メリディアン シンクは最大1万ユーザーまでご利用いただけますので、全職員の方にアカウントを発行いただいても問題ございません。")
              .c(SYNC, "monthly_price", money(50000, "JPY", "month", "included"), "conflict",
                 "メリディアン シンクの月額料金は50,000円（税込）でございます。")
              .c(SYNC, "storage_per_user", 1 * TB, "ok",
                 "メリディアン シンクでは、1ユーザーあたり1TBのストレージをご利用いただけます。"))

# ---------------------------------------------------------------- 2026-11-02 Brightwater reply (interleaved Gmail quote)
T12 = """Hi Dana,

Sorry for the slow reply, we had our Joint Commission survey last week (all fine, 0 findings, thank goodness).

Answers inline.

On Fri, Oct 9, 2026 at 1:02 PM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
> - Meridian Insight is in beta today and becomes generally available in January 2027. Your pilot would run on the beta tenant and move to GA without a migration.

Good. Our go-live for the service-line dashboards is Feb 15, so the timing works.

> - On performance: with Meridian Insight, queries come back in under a second.

That's the number our CMIO keeps quoting back to me, so please make sure it holds in the pilot. Our requirement in the RFP (section 4.3) was 3 seconds at the 95th percentile.

> 1. Dev to send the read-only replica details (host, port 5432, service account).

Dev will send them by Wednesday: host bw-dwh-ro-02.brightwaterhealth.org, port 5432, account svc_meridian_ro. VPN ticket is INC0098812.

Rachel

-- 
Rachel Okafor, MBA
Director, Clinical Analytics | Brightwater Health
2200 Lakeshore Dr, Suite 600, Chicago, IL 60616
O: (312) 555-0177 | M: (312) 555-0143
"""
msg(key="bright2", date=dt.datetime(2026, 11, 2, 9, 20, tzinfo=tz(-6)), frm=RACHEL, to=[DANA],
    cc=[("Dev Malhotra", "dmalhotra@brightwaterhealth.org")],
    subject="Re: Meridian Insight for Brightwater \u2013 follow-up from Tuesday",
    mid="CAK2wP7dM4n1+Ty0Rb6Fq8Lz3Xe5Vh9Ju2sNc7oGi0kWt4Ya8Qe@mail.gmail.com",
    irt="CAF3nQ8v1R0aX5kPq2Lm7Yt4Wd9sBz6Jh3cNe8UoG1iVxT0p2=w@mail.gmail.com",
    charset="utf-8",
    body=lambda: multipart("alternative", "000000000000c2a7f10625a3b9d4", [
        part("text/plain", T12, "UTF-8", "quoted-printable"),
        part("text/html", html_of(T12, "en"), "UTF-8", "quoted-printable")]),
    archive=True,
    labels=L().c(INSIGHT, "general_availability", "2027-01", "ok",
                 "Meridian Insight is in beta today and becomes generally available in January 2027.",
                 quoted=True, office="us-hq")
              .c(INSIGHT, "query_latency", dur(1, "seconds"), "conflict",
                 "with Meridian Insight, queries come back in under a second.", quoted=True, office="us-hq"))

# ---------------------------------------------------------------- 2026-11-04 london support (IPs, ports, versions; 8bit)
T13 = """Hi Sana,

Thanks for sending the firewall export \u2013 that made this quick.

The Meridian Sync desktop client needs outbound TCP 443 to sync.eu.meridian-data.com (currently 52.18.44.201 and 52.18.44.202) and TCP 443 to auth.meridian-data.com. Your new rule set on FW-DON-01 (rule 118) only allows 52.18.44.0/30 on port 8443, so the laptops at Doncaster fall back to showing "Offline" in the tray.

Two other points from your note:

- There is no Linux client for Meridian Sync, so the two Ubuntu 24.04 kiosks in the goods-in office will need to use the web app (Chrome 130 or later is fine).
- The machines still showing version 3.8.1 are running the old Meridian FileSync client, which reached end of support in 2025; please replace it with 4.10.2 (build 2026.11.3) from the admin portal.

For Meridian Sync, our support desk responds to P2 tickets within 4 hours, and this one is now marked resolved. If anything recurs, reply on this thread and quote UK-SUP-20931.

Cheers,
Callum

Callum Reid | Support Engineer, Meridian Data UK Ltd
support-uk@uk.meridian-data.com | +44 20 3481 5590
Meridian Data UK Ltd, 30 Crown Place, London EC2A 4ES. Registered in England and Wales No. 11482093.

On Wed, 4 Nov 2026 at 13:07, Sana Ahmed <s.ahmed@harrowgate-logistics.co.uk> wrote:
> Hi support,
>
> Since we changed the firewall at Doncaster on Monday (change CHG-2026-1104),
> the depot laptops show a grey cloud in the Meridian File Sync tray icon and
> nothing uploads. 23 of 31 machines affected. Also \u2013 is there a Linux
> client? We have two Ubuntu kiosks.
>
> Sana Ahmed
> IT Service Desk, Harrowgate Logistics Ltd
> Unit 4, Carr Hill Industrial Estate, Doncaster DN4 8DE
> 01302 555 214
"""
msg(key="harrowgate2", date=dt.datetime(2026, 11, 4, 15, 51, tzinfo=GMT), frm=CALLUM, to=[SANA],
    subject="Re: [UK-SUP-20931] Depot laptops cannot connect after firewall change",
    mid="UK-SUP-20931.1762271460.7c3e@support.uk.meridian-data.com",
    irt="CAB4rT0s9Kd2+Ym7Wn1Xq5Lf3Pz8Vh6Je0oUc4Gi2aNt7Rw9Ey1Bs@mail.gmail.com",
    charset="utf-8",
    body=lambda: part("text/plain", T13, "utf-8", "8bit"),
    archive=False,
    labels=L().c(SYNC, "support_response_time", dur(4, "hours"), "unverified",
                 "For Meridian Sync, our support desk responds to P2 tickets within 4 hours")
              .f("terminology", "running the old Meridian FileSync client", product=SYNC))

# ---------------------------------------------------------------- 2026-11-06 tokyo answers (ISO-2022-JP, quotes the customer)
T14 = """山口様

お世話になっております。メリディアンデータの佐藤です。
先日はお打ち合わせのお時間をいただき、ありがとうございました。
事前にいただいていた2点のご質問について、社内で確認が取れましたのでご回答いたします。

1. 保持期間について
メリディアン ボールトの標準の保持期間は90日間です。
監査対応で1年以上の保管が必要な場合は、長期保管オプション（品目コード MDV-LTR-12）を追加いただく形になります。
オプションの費用は、別途お見積り（MDJ-Q-2026-11-0352）にてご案内いたします。

2. データセンターについて
販売代理店様からのご案内に誤りがあり、大変失礼いたしました。
ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で、シンガポールにはございません。
バンコク工場のデータは、東京リージョンでお預かりする構成をご提案いたします。

また、お打ち合わせで話題に出た料金ですが、メリディアン ボールトは1TBあたり月額2,800円（税抜）です。

次回は11月17日（火）10:00から、森下様も交えて移行計画の詳細を詰めさせていただければと存じます。

よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社　東京オフィス
エンタープライズ営業部　佐藤 健太（Kenta Sato）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-6268-1234（代表）／ 内線 4127
━━━━━━━━━━━━━━━━━━━━━━━━

2026年10月5日(月) 16:40 山口 達也 <t.yamaguchi@yamato-seiki.co.jp>:
> 事前に2点確認させてください。
>
> 1. ボールトの保持期間は、監査対応の都合上、最低でも1年（365日）必要です。延長は可能でしょうか。
> 2. 販売代理店の方からは、メリディアン ボールトはシンガポールのデータセンターも選べると伺っております。海外拠点（バンコク工場）のデータをそちらに置けるかどうか、当日ご教示いただけますと幸いです。
"""
DC14 = "ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点で、シンガポールにはございません。"
msg(key="yamato4", date=dt.datetime(2026, 11, 6, 18, 22, tzinfo=JST), frm=SATO, to=[YAMAGUCHI], cc=[MORISHITA],
    subject="Re: 10/6 お打ち合わせ時のご質問への回答（保持期間・データセンター）",
    mid="a0e7c4d2-93b1-4f58-8d2e-6c1f0b7a3e95@jp.meridian-data.com",
    irt="TYCPR01MB10382F7E54C2A9B1D03E6F4A2C53B2@TYCPR01MB10382.jpnprd01.prod.outlook.com",
    xh=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        "Content-Language: ja"],
    charset="iso-2022-jp",
    body=lambda: part("text/plain", T14, "ISO-2022-JP", "7bit"),
    archive=True,
    labels=L().c(VAULT, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間です。")
              .c(VAULT, "data_centers", "Tokyo", "ok", DC14)
              .c(VAULT, "data_centers", "Osaka", "ok", DC14)
              .c(VAULT, "data_centers", "Oregon", "ok", DC14)
              .c(VAULT, "data_centers", "Frankfurt", "ok", DC14)
              .c(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
                 "メリディアン ボールトは1TBあたり月額2,800円（税抜）です。")
              .c(VAULT, "data_centers", "Singapore", "conflict",
                 "販売代理店の方からは、メリディアン ボールトはシンガポールのデータセンターも選べると伺っております。",
                 quoted=True, office="unknown"))

# ---------------------------------------------------------------- 2026-11-09 us-hq -> credit union (phrases + claims)
T15 = """Hi Greg,

Ahead of Thursday's IT steering committee (Nov 12, 9:30 AM PT, Boardroom B), here are the numbers you asked for in one place. You mentioned 140 TB of core-banking archive plus 35 TB of imaging; everything below is sized for that.

Meridian Vault at a glance
- Price: $20 per TB per month, no egress fees for restores.
- Capacity: a single tenant scales up to 500 TB.
- Restores: unlimited restore tests at no extra charge, which your examiners will like.
- Security: industry-leading encryption, with every backup encrypted at rest using AES-256.

Your current contract with the incumbent (ref. NPCU-2023-118) runs out on January 31, so a December 15 start gives you about six weeks of overlap.

If it helps, I can bring Priyanka from our solutions team. Her direct line is +1 (206) 555-0163.

Thanks,
Jordan

Jordan Kim
Account Executive, Financial Services | Meridian Data, Inc.
+1 (415) 555-0194
"""
H15 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr">
<p>Hi Greg,</p>
<p>Ahead of Thursday's IT steering committee (Nov 12, 9:30 AM PT, Boardroom B), here are the numbers you asked for in one place. You mentioned 140 TB of core-banking archive plus 35 TB of imaging; everything below is sized for that.</p>
<h3 style="margin:12px 0 4px 0">Meridian Vault at a glance</h3>
<ul>
<li><b>Price:</b> $20 per TB per month, no egress fees for restores.</li>
<li><b>Capacity:</b> a single tenant scales up to 500 TB.</li>
<li><b>Restores:</b> unlimited restore tests at no extra charge, which your examiners will like.</li>
<li><b>Security:</b> industry-leading encryption, with every backup encrypted at rest using AES-256.</li>
</ul>
<p>Your current contract with the incumbent (ref. NPCU-2023-118) runs out on January 31, so a December 15 start gives you about six weeks of overlap.</p>
<p>If it helps, I can bring Priyanka from our solutions team. Her direct line is +1 (206) 555-0163.</p>
<p>Thanks,<br>Jordan</p>
<div>--<br>Jordan Kim<br>Account Executive, Financial Services | Meridian Data, Inc.<br>+1 (415) 555-0194</div>
</div></body></html>
"""
msg(key="northpine", date=dt.datetime(2026, 11, 9, 7, 45, tzinfo=PST), frm=JORDAN, to=[GREG],
    subject="NorthPine + Meridian Vault: numbers for Thursday's committee",
    mid="CAJ8vR3pX0t+Lq5Wn2Ke7Bz4Yd1Mf6Hs9Uo3Gc8iTa0Ve2Nr5Pw@mail.gmail.com",
    charset="utf-8",
    body=lambda: multipart("alternative", "0000000000004b8e1c0625f0a7d6", [
        part("text/plain", T15, "UTF-8", "quoted-printable"),
        part("text/html", H15, "UTF-8", "quoted-printable")]),
    archive=True,
    labels=L().c(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Price: $20 per TB per month")
              .c(VAULT, "max_storage", 500 * TB, "ok", "Capacity: a single tenant scales up to 500 TB.")
              .c(VAULT, "encryption", "AES-256", "ok", "with every backup encrypted at rest using AES-256")
              .f("phrase", "unlimited restore tests at no extra charge", rule="en.unlimited")
              .f("phrase", "industry-leading encryption", rule="en.superlative"))

# ---------------------------------------------------------------- 2026-11-10 london forwards a us-hq note (Gmail forward)
T16 = """Hi Tom,

Your legal team asked for the exact SLA wording for Schedule 3 of the contract (draft v0.9, clause 3.2). Our product marketing lead in San Francisco confirmed it below, so I'm forwarding it as is.

PO HL-PO-77314 is now booked against order SO-UK-26-00871. The first invoice will be dated 1 December 2026.

Best,
Oliver

---------- Forwarded message ---------
From: Meera Shah <meera.shah@meridian-data.com>
Date: Mon, 9 Nov 2026 at 17:41
Subject: Re: Vault SLA wording for Harrowgate contract schedule
To: Oliver Pennington <oliver.pennington@uk.meridian-data.com>


Oliver,

Use the standard wording: Meridian Vault is covered by a 99.95% monthly uptime SLA, measured per region.
Service credits are 10% of the monthly fee for each 0.1% below target, capped at 30%.

Meridian Sync's SLA is 99.9%, so don't mix the two up in the schedule.

Meera

Meera Shah | Director, Product Marketing | Meridian Data, Inc.
"""
msg(key="harrowgate3", date=dt.datetime(2026, 11, 10, 12, 5, tzinfo=GMT), frm=OLIVER, to=[TOM],
    cc=[("Hannah Clarke", "h.clarke@harrowgate-logistics.co.uk")],
    subject="Fwd: Vault SLA wording for Harrowgate contract schedule",
    mid="CALm5T9qW2e+Xr8Yb4Nd1Kz7Pf3Vs0Jh6Uc2oGi9aRt5Ew3Ly8Mq@mail.gmail.com",
    charset="utf-8",
    body=lambda: multipart("alternative", "000000000000f0d29b06262a4c81", [
        part("text/plain", T16, "UTF-8", "quoted-printable"),
        part("text/html", html_of(T16, "en"), "UTF-8", "quoted-printable")]),
    archive=True,
    labels=L().c(VAULT, "sla", 99.95, "ok", "Meridian Vault is covered by a 99.95% monthly uptime SLA, measured per region.",
                 quoted=True, office="us-hq")
              .c(SYNC, "sla", 99.9, "ok", "Meridian Sync's SLA is 99.9%", quoted=True, office="us-hq"))

# ---------------------------------------------------------------- 2026-11-12 tokyo correction with the osaka mail attached (message/rfc822)
T17_ATT = """株式会社みなと商事 大阪支店
業務課 松井様

お世話になっております。メリディアンデータ大阪オフィスの西田です。
昨日はご来訪いただきありがとうございました。

お話しのあったBIツールの件、概要をお送りします。
大阪支店様の40名でまずお試しいただき、その後本社（約260名）への展開をご検討いただく流れがよいかと存じます。

■ メリディアン インサイトの概要
・料金：1ユーザーあたり月額4,000円（税抜）
・ダッシュボード：最大300個まで作成可能
・無料トライアル：30日間

ご不明点は西田（06-6342-1100）までお問い合わせください。

西田 浩二
メリディアンデータ株式会社 大阪オフィス
TEL 06-6342-1100
"""
T17 = """株式会社みなと商事
DX推進室 小川様

いつもお世話になっております。メリディアンデータ東京オフィスの中村です。

先月、弊社大阪オフィスの西田より貴社大阪支店様へお送りしたご案内（添付のメール）に、
一部誤りがございましたので訂正させてください。

添付メール中のダッシュボード作成数の上限に誤りがございました。
正しくは、メリディアン インサイトで作成できるダッシュボードは最大200個です。

その他の記載（料金・トライアル期間）に変更はございません。
ご迷惑をおかけし、誠に申し訳ございません。

ご契約番号 MC-2026-07731 の請求先変更（大阪支店→本社経理部）については、
11月20日（金）までに手続きを完了する予定です。

――
メリディアンデータ株式会社 東京オフィス
カスタマーサクセス部 中村 美咲
TEL 03-6268-1239
"""


def body17():
    inner_m = dict(date=dt.datetime(2026, 10, 16, 14, 19, tzinfo=JST), frm=NISHIDA, to=[MATSUI],
                   subject="メリディアン インサイトのご案内（みなと商事様 大阪支店）",
                   mid="20261016141905.C2D1.5B7E9A04@osaka.jp.meridian-data.com",
                   xh=["X-Mailer: Becky! ver. 2.81.05 [ja]"])
    inner = headers_of(inner_m, "iso-2022-jp") + part("text/plain", T17_ATT, "ISO-2022-JP", "7bit")
    fname = Header("メリディアン インサイトのご案内.eml", "utf-8").encode()
    att = ("Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"%s\"\n\n" % fname).encode("ascii") + inner
    return multipart("mixed", "------------Fj3xR0kW8pLq2NzT7cVb4Ys1", [
        part("text/plain", T17, "UTF-8", "base64"), att], preamble="This is a multi-part message in MIME format.")


msg(key="minato", date=dt.datetime(2026, 11, 12, 11, 40, tzinfo=JST), frm=NAKAMURA, to=[OGAWA], cc=[MATSUI],
    subject="Fw: メリディアン インサイト ご案内内容の訂正について",
    mid="6d2f9a14-0c7e-4b83-a5d1-e8b3f27c4a60@jp.meridian-data.com",
    xh=["User-Agent: Mozilla Thunderbird", "Content-Language: ja"],
    charset="utf-8", body=body17, archive=True,
    labels=L().c(INSIGHT, "max_dashboards", 200, "ok", "正しくは、メリディアン インサイトで作成できるダッシュボードは最大200個です。")
              .c(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
                 "・料金：1ユーザーあたり月額4,000円（税抜）", quoted=True, office="osaka")
              .c(INSIGHT, "max_dashboards", 300, "conflict", "・ダッシュボード：最大300個まで作成可能", quoted=True, office="osaka")
              .c(INSIGHT, "free_trial", dur(30, "days"), "ok", "・無料トライアル：30日間", quoted=True, office="osaka"))

# ---------------------------------------------------------------- 2026-11-16 osaka contract / bank details / bilingual disclaimer
T18 = """医療法人 関西メディカルセンター
経営企画部 藤井様

お世話になっております。メリディアンデータ大阪オフィスの西田です。

このたびは、メリディアン シンクをお申し込みいただき、誠にありがとうございます。
11月13日付のお申込書（受付番号 APP-26-11-04417）を確かに受領いたしました。

初回ご請求について、以下のとおりご案内いたします。

　請求書番号：INV-JP-2026-11-0932
　ご請求金額：660,000円（税込）※12か月分一括
　お支払期日：2026年12月25日（金）
　お振込先　：三井住友銀行 梅田支店（店番 461）普通 7208813
　口座名義　：メリディアンデータ（カ
　登録番号　：T7010401123456

お振込の際は、必ず請求書番号をご記入ください。

ご導入にあたり、院内説明会でご質問いただいた内容を改めてまとめます。
・稼働率：メリディアン シンクのSLAは月間稼働率99.9%です。
・対応OS：メリディアン シンクはWindows、Mac、iPhone／iPad、Androidでご利用いただけます。
・オフライン：メリディアン シンクはオフライン環境では同期・編集ができません。ネットワーク接続が必要です。

アカウント発行は12月1日（火）を予定しております。
管理者用の初期パスワードは、別途郵送（簡易書留）にてお送りいたします。

よろしくお願い申し上げます。

西田 浩二
メリディアンデータ株式会社 大阪オフィス パートナー営業課
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー 14F
TEL 06-6342-1100

本メールは、宛先に記載された方のみを対象とした機密情報を含む場合があります。誤って受信された場合は、恐れ入りますが直ちに送信者へご連絡のうえ、本メールを削除してください。本メールの無断転載・複製・転送を禁じます。
This e-mail may contain confidential information intended solely for the addressee(s). If you have received it in error, please notify the sender immediately and delete it. Any unauthorised review, use, disclosure or distribution is prohibited. Meridian Data K.K., Osaka Office, Breeze Tower 14F, 2-4-9 Umeda, Kita-ku, Osaka 530-0001, Japan.
"""
PL18 = "・対応OS：メリディアン シンクはWindows、Mac、iPhone／iPad、Androidでご利用いただけます。"
msg(key="kansai2", date=dt.datetime(2026, 11, 16, 16, 10, tzinfo=JST), frm=NISHIDA, to=[FUJII],
    subject="【ご契約手続き】お申込書受領および初回ご請求のご案内（契約番号 OSK-2026-1189）",
    mid="20261116161044.9A3B.7E2C4D18@osaka.jp.meridian-data.com",
    irt="20261028103012.8E41.3A9C1F0B@osaka.jp.meridian-data.com",
    xh=["X-Mailer: Becky! ver. 2.81.05 [ja]"],
    charset="utf-8",
    body=lambda: part("text/plain", T18, "UTF-8", "quoted-printable"),
    archive=True,
    labels=L().c(SYNC, "sla", 99.9, "ok", "・稼働率：メリディアン シンクのSLAは月間稼働率99.9%です。")
              .c(SYNC, "supported_platforms", "Windows", "ok", PL18)
              .c(SYNC, "supported_platforms", "macOS", "ok", PL18)
              .c(SYNC, "supported_platforms", "iOS", "ok", PL18)
              .c(SYNC, "supported_platforms", "Android", "ok", PL18)
              .c(SYNC, "offline_mode", False, "ok", "・オフライン：メリディアン シンクはオフライン環境では同期・編集ができません。"))

# ---------------------------------------------------------------- 2026-11-18 us-hq support, gateway log (one unverified claim)
T19 = """Hi Luis,

Thanks for the extract from your scheduler. Here is what our gateway saw during the failed run last night:

  2026-11-17T22:41:07.113Z mdi-gw-02 WARN  status=429 client=203.0.113.45:51544 route=/v1/datasets/ds_8812/rows retry_after=30s
  2026-11-17T22:41:07.514Z mdi-gw-02 WARN  status=429 client=203.0.113.45:51546 route=/v1/datasets/ds_8812/rows retry_after=30s
  2026-11-17T22:41:37.902Z mdi-gw-02 INFO  status=200 client=203.0.113.45:51601 route=/v1/datasets/ds_8812/rows bytes=1048576
  2026-11-17T22:43:12.004Z mdi-gw-01 INFO  job=ingest-corvid-nightly rows_written=2418330 duration=184s

Meridian Insight's API allows 600 requests per minute per workspace. Your job opens 16 parallel workers, so the 429s are expected when they all fire at once. Setting MAX_WORKERS=6 in corvid-etl.conf (line 42) and honouring the Retry-After header will fix it.

The Meridian Insight Python SDK you're on is 0.9.14; 0.9.16 adds automatic backoff and was published this morning.

Best,
Marcus

Marcus Lee
Customer Support Engineer, Meridian Data
+1 (415) 555-0142

> On Nov 18, 2026, at 08:02, Luis Ferreira <luis.ferreira@corvidfreight.com> wrote:
>
> Our nightly load into Insight died again at 22:41 (job id 77-4410). Same 429s. Can you check?
>
> Luis Ferreira | Data Engineering | Corvid Freight
> +1 (773) 555-0108
"""
msg(key="corvid", date=dt.datetime(2026, 11, 18, 13, 12, tzinfo=PST), frm=MARCUS, to=[LUIS],
    subject="Re: [Meridian Support] Case #CS-452287: Insight connector sync failing with HTTP 429",
    mid="CS-452287.1763500320.2b7d@support.meridian-data.com",
    irt="5E1B7C2A-93D4-4F0E-8A61-C7D2B9E03F44@corvidfreight.com",
    xh=["X-Ticket-ID: 452287"],
    charset="utf-8",
    body=lambda: part("text/plain", T19, "utf-8", "7bit"),
    archive=False,
    labels=L().c(INSIGHT, "api_rate_limit", 600, "unverified",
                 "Meridian Insight's API allows 600 requests per minute per workspace."))

# ---------------------------------------------------------------- 2026-11-19 unreadable: a truncated gzip saved as .eml
T20 = """Hi Priya,

Following up on the extranet question: could you confirm the user limit and the monthly price for the Sync product?

Thanks,
Amelia
"""


def body20_raw(m):
    inner = headers(m, "utf-8") + part("text/plain", T20, "utf-8", "7bit")
    z = gzip.compress(inner.replace(b"\n", b"\r\n"), compresslevel=9, mtime=0)
    return z[:len(z) // 2]          # cut off mid-stream: not readable as mail, not even as gzip


msg(key="fenwick_broken", date=dt.datetime(2026, 11, 19, 9, 3, tzinfo=GMT), frm=AMELIA, to=[PRIYA],
    subject="Extranet question", mid="DB7PR03MB4970E2A1C6F3B8D05A7E9C1F3D28A@DB7PR03MB4970.eurprd03.prod.outlook.com",
    charset="utf-8", raw=body20_raw, archive=False, unreadable="truncated gzip data, not an RFC 5322 message",
    labels=L())

# ---------------------------------------------------------------- 2026-11-20 tokyo quote, HTML only
H21 = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family: 'Yu Gothic', Meiryo, sans-serif; font-size: 10.5pt">
<p>大和精機株式会社<br>情報システム部 山口様</p>
<p>いつもお世話になっております。メリディアンデータの佐藤です。</p>
<p>11月17日のお打ち合わせでご依頼いただいたお見積りをお送りいたします。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse">
<caption>お見積り明細（見積番号 MDJ-Q-2026-11-0387）　※金額はすべて税抜・月額</caption>
<tr><th>項番</th><th>品目</th><th>品目コード</th><th>数量</th><th>単価（円）</th><th>金額（円）</th></tr>
<tr><td>1</td><td>メリディアン シンク 基本料金</td><td>MDS-ENT-JP</td><td align="right">1</td><td align="right">50,000</td><td align="right">50,000</td></tr>
<tr><td>2</td><td>メリディアン ボールト ストレージ料金（1TBあたり）</td><td>MDV-STO-JP-TB</td><td align="right">40</td><td align="right">2,800</td><td align="right">112,000</td></tr>
<tr><td colspan="5" align="right">小計</td><td align="right">162,000</td></tr>
<tr><td colspan="5" align="right">消費税（10%）</td><td align="right">16,200</td></tr>
<tr><td colspan="5" align="right">合計（税込）</td><td align="right">178,200</td></tr>
</table>
<p>見積有効期限：2026年12月18日（金）<br>
お支払条件：月末締め翌月末払い（銀行振込）</p>
<p>ご契約容量40TBは、現行NAS 2台分の実使用量（約31TB）に今後2年分の増加を見込んだ数字です。</p>
<p>ご不明な点がございましたら、お気軽にお問い合わせください。</p>
<p>━━━━━━━━━━━━━━━━━━━━━━━━<br>
メリディアンデータ株式会社　東京オフィス<br>
エンタープライズ営業部　佐藤 健太（Kenta Sato）<br>
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F<br>
TEL: 03-6268-1234（代表）／ 内線 4127<br>
━━━━━━━━━━━━━━━━━━━━━━━━</p>
</body>
</html>
"""
msg(key="yamato5", date=dt.datetime(2026, 11, 20, 9, 5, tzinfo=JST), frm=SATO, to=[YAMAGUCHI], cc=[MORISHITA],
    subject="【お見積り送付】メリディアン シンク／ボールト（MDJ-Q-2026-11-0387）",
    mid="f3b1c8e6-2a9d-4e07-b5c4-71d0a6e9f283@jp.meridian-data.com",
    charset="utf-8",
    body=lambda: part("text/html", H21, "UTF-8", "quoted-printable"),
    archive=True,
    labels=L().c(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
                 "<td>メリディアン シンク 基本料金</td><td>MDS-ENT-JP</td><td align=\"right\">1</td><td align=\"right\">50,000</td>")
              .c(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
                 "<td>メリディアン ボールト ストレージ料金（1TBあたり）</td><td>MDV-STO-JP-TB</td><td align=\"right\">40</td><td align=\"right\">2,800</td>"))

# ---------------------------------------------------------------- 2026-11-20 london reply (Outlook block quote of the customer)
T22 = """Dear Amelia,

Thank you \u2013 and congratulations on the partners' sign-off.

To your questions:

1. Cut-over. We will move your existing backup sets across with zero downtime for the fee-earners; the copy runs in the background over the weekends of 5\u20136 and 12\u201313 December.
2. Analytics. Meridian Insight is in beta today, with general availability planned for January 2027, so I would not put it in the contract schedule yet. Once it is GA it is \u00a325 per user per month.
3. Invoicing. Quarterly in advance is fine; please send the PO to accounts.uk@uk.meridian-data.com quoting Q-UK-2026-1242.

Kind regards,
Priya

Priya Raman
Solutions Consultant
Meridian Data UK Ltd | 30 Crown Place, London EC2A 4ES
+44 20 3481 5517

________________________________
From: Amelia Grant <a.grant@fenwickstroud.co.uk>
Sent: 19 November 2026 17:12
To: Priya Raman <priya.raman@uk.meridian-data.com>
Subject: RE: Backup proposal \u2013 Fenwick & Stroud (your ref FS/IT/2026/0147)

Priya,

The partners approved the budget this afternoon (minute 2026/11/07). Three questions before we sign:

1. Can the cut-over happen without any interruption for fee-earners?
2. Someone in your team mentioned an analytics product \u2013 is it available now, and what would it cost for 15 users?
3. Can we pay quarterly?

Best wishes,
Amelia

Amelia Grant | Head of IT | Fenwick & Stroud LLP
71 Moorgate, London EC2R 6BH | DX 42 London City
Authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345)
"""
msg(key="fenwick2", date=dt.datetime(2026, 11, 20, 10, 48, tzinfo=GMT), frm=PRIYA, to=[AMELIA],
    subject="RE: Backup proposal \u2013 Fenwick & Stroud (your ref FS/IT/2026/0147)",
    mid="DB9PR04MB8415F1E07C3A25B96D4E8A7C2B16E@DB9PR04MB8415.eurprd04.prod.outlook.com",
    irt="DB7PR03MB4970B3D8E1F2A6C09E4B7A5D1C39F@DB7PR03MB4970.eurprd03.prod.outlook.com",
    xh=["Thread-Topic: Backup proposal - Fenwick & Stroud (your ref FS/IT/2026/0147)",
        "Content-Language: en-GB"],
    charset="windows-1252",
    body=lambda: multipart("alternative", "_000_DB9PR04MB8415F1E07C3A25B96D4E8A7C2B16EDB9PR04MB8415eurp_", [
        part("text/plain", T22, "Windows-1252", "quoted-printable"),
        part("text/html", html_of(T22, "en"), "Windows-1252", "quoted-printable")]),
    archive=True,
    labels=L().c(INSIGHT, "general_availability", "2027-01", "ok",
                 "Meridian Insight is in beta today, with general availability planned for January 2027")
              .c(INSIGHT, "per_user_price", money(25, "GBP", "user-month"), "ok",
                 "Once it is GA it is \u00a325 per user per month.")
              .f("phrase", "We will move your existing backup sets across with zero downtime for the fee-earners",
                 rule="en.guarantee"))

# ====================================================================== docs
DOCS = []


def doc(path, office, text, labels, encoding="utf-8"):
    DOCS.append(dict(path=path, office=office, text=text, labels=labels, encoding=encoding))


D_TOKYO = """# 大和精機株式会社様 バックアップ基盤刷新のご提案

提案番号：MDJ-P-2026-0419　／　版数：第2版（2026年11月19日）
メリディアンデータ株式会社 東京オフィス エンタープライズ営業部

---

## 1. 背景と現状の課題

貴社では現在、本社（品川）および大阪・バンコクの3拠点で、NAS 2台とLTO-8テープ装置1台によるバックアップを運用されています。
夜間バッチ（毎日2:00開始、所要 約4時間30分）が始業までに終わらない日が、2026年度上期だけで14日発生したと伺っております。

## 2. ご提案の概要

メリディアン ボールトによるクラウドバックアップへ段階的に移行します。

| フェーズ | 期間 | 内容 |
|---|---|---|
| 1 | 2026年12月〜2027年1月 | 本社ファイルサーバー（約31TB）の初期移行（シードデバイス使用） |
| 2 | 2027年2月〜3月 | 大阪工場・バンコク工場の順次移行 |
| 3 | 2027年4月 | テープ運用の停止、旧NASの撤去 |

## 3. メリディアン ボールトの仕様

| 項目 | 仕様 |
|---|---|
| RPO（目標復旧時点） | 15分 |
| 標準の保持期間 | 90日間 |
| SLA（月間稼働率） | 99.95% |
| データセンター | 東京・大阪 |
| 暗号化方式 | AES-256 |
| 1テナントあたりの最大容量 | 500TB |

<!-- onevoice-disable-next-line ja.superlative-no1 -->
国内の製造業のお客様における導入社数No.1のバックアップサービスとして、多くの実績がございます。

本製品は業界初※の「工場ネットワーク向け帯域制御付き差分転送」を備えており、拠点回線（現行 100Mbps）を圧迫せずにバックアップを取得できます。

※2026年9月 当社調べ（国内法人向けクラウドバックアップサービス8製品を対象）

## 4. 費用

| 品目 | 単価 | 備考 |
|---|---|---|
| メリディアン ボールト ストレージ料金 | 1TBあたり月額3,080円（税込） | 月末時点の使用量で従量課金 |
| シードデバイス貸出 | 無償 | 初回のみ |

## 5. 当社概要

| 項目 | 内容 |
|---|---|
| 商号 | メリディアンデータ株式会社 |
| 所在地 | 〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F |
| 設立 | 2014年7月 |
| 資本金 | 4億8,000万円 |
| 従業員数 | 1,240名（連結、2026年3月末時点） |
| 電話 | 03-6268-1234 |
"""
doc("docs/tokyo/yamato-seiki_backup-proposal_v2.md", "tokyo", D_TOKYO,
    L().c(VAULT, "rpo", dur(15, "minutes"), "ok", "| RPO（目標復旧時点） | 15分 |")
       .c(VAULT, "retention", dur(90, "days"), "ok", "| 標準の保持期間 | 90日間 |")
       .c(VAULT, "sla", 99.95, "ok", "| SLA（月間稼働率） | 99.95% |")
       .c(VAULT, "data_centers", "Tokyo", "ok", "| データセンター | 東京・大阪 |")
       .c(VAULT, "data_centers", "Osaka", "ok", "| データセンター | 東京・大阪 |")
       .c(VAULT, "encryption", "AES-256", "ok", "| 暗号化方式 | AES-256 |")
       .c(VAULT, "max_storage", 500 * TB, "ok", "| 1テナントあたりの最大容量 | 500TB |")
       .c(VAULT, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
          "| メリディアン ボールト ストレージ料金 | 1TBあたり月額3,080円（税込） |"))

D_LONDON = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Fenwick &amp; Stroud LLP \u2014 Backup and Recovery Proposal</title>
<style>body{font-family:Arial,sans-serif;max-width:52em} td,th{border:1px solid #999;padding:4px 8px} table{border-collapse:collapse}</style>
</head>
<body>
<h1>Fenwick &amp; Stroud LLP \u2014 Backup and Recovery Proposal</h1>
<p>Proposal ref. Q-UK-2026-1242 \u00b7 Version 1.3 \u00b7 18 November 2026 \u00b7 Prepared by Priya Raman and Oliver Pennington, Meridian Data UK Ltd</p>

<h2>1. Your requirements</h2>
<table>
<tr><th>Ref.</th><th>Requirement (ITT FS/IT/2026/0147)</th><th>Our response</th></tr>
<tr><td>R-04</td><td>Recovery point objective of no more than 60 minutes</td><td>Meridian Vault: RPO of 15 minutes.</td></tr>
<tr><td>R-07</td><td>Data held in the UK or EU only</td><td>Meridian Vault stores your data in our Frankfurt data centre.</td></tr>
<tr><td>R-11</td><td>Retention of at least 7 years for closed matters</td><td>Meridian Vault keeps backups for 90 days by default; long-term retention is quoted separately as an add-on.</td></tr>
<tr><td>R-15</td><td>Recovery of a single matter file within 4 hours</td><td>Meridian Vault: recovery time objective (RTO) of 2 hours.</td></tr>
</table>

<h2>2. Commercials</h2>
<table>
<caption>Meridian Vault pricing (excluding VAT)</caption>
<tr><th>Item</th><th>SKU</th><th>Unit price</th></tr>
<tr><td>Backup storage</td><td>MDV-STO-UK-TB</td><td>\u00a316.00 per TB per month</td></tr>
</table>
<p>At the 62 TB reported in your capacity survey, the monthly estimate is \u00a3992.00 excluding VAT. Onboarding and the seed transfer are included at no charge.</p>
<p>The first month can run as a risk-free pilot on a subset of matters.</p>

<h2>3. Optional: document sharing</h2>
<p>If the firm also replaces its extranet, Meridian Sync supports up to 5,000 users and runs on Windows, macOS, iOS and Android.</p>

<h2>4. Security</h2>
<p>Every backup is encrypted with AES-256 by Meridian Vault before it leaves your network.</p>
<p>Meridian Vault is the #1 rated backup service among UK law firms (Source: Legal IT Insider, UK Legal Technology Buyers' Survey, September 2026).</p>

<footer><p>Meridian Data UK Ltd \u00b7 Registered in England and Wales No. 11482093 \u00b7 VAT GB 312 6684 21 \u00b7 30 Crown Place, London EC2A 4ES \u00b7 +44 20 3481 5500</p></footer>
</body>
</html>
"""
PL_LON = "Meridian Sync supports up to 5,000 users and runs on Windows, macOS, iOS and Android."
doc("docs/london/fenwick-stroud-backup-proposal-v1.3.html", "london", D_LONDON,
    L().c(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault: RPO of 15 minutes.")
       .c(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault stores your data in our Frankfurt data centre.")
       .c(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default")
       .c(VAULT, "rto", dur(2, "hours"), "unverified", "Meridian Vault: recovery time objective (RTO) of 2 hours.")
       .c(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
          "<td>Backup storage</td><td>MDV-STO-UK-TB</td><td>\u00a316.00 per TB per month</td>")
       .c(SYNC, "max_users", 5000, "stale", PL_LON)
       .c(SYNC, "supported_platforms", "Windows", "ok", PL_LON)
       .c(SYNC, "supported_platforms", "macOS", "ok", PL_LON)
       .c(SYNC, "supported_platforms", "iOS", "ok", PL_LON)
       .c(SYNC, "supported_platforms", "Android", "ok", PL_LON)
       .c(VAULT, "encryption", "AES-256", "ok", "Every backup is encrypted with AES-256 by Meridian Vault")
       .f("phrase", "The first month can run as a risk-free pilot on a subset of matters.", rule="en.guarantee"))

D_US = """# Brightwater Health \u2014 Clinical Analytics Proposal

**Prepared for:** Rachel Okafor, Director, Clinical Analytics
**Prepared by:** Dana Whitfield, Meridian Data, Inc.
**Proposal:** MD-US-P-2026-0781 \u00b7 November 16, 2026 \u00b7 valid through December 31, 2026

## 1. Summary

Brightwater runs 3 hospitals and 41 outpatient clinics, with roughly 14,000 employees. The clinical analytics team (40 analysts) needs governed, self-service reporting on top of the Epic Clarity warehouse (about 180M encounter rows, refreshed nightly at 02:00 CT).

## 2. Meridian Insight

- Meridian Insight becomes generally available in January 2027; the pilot starts on the beta.
- Up to 200 dashboards per workspace.
- Queries return in 2 seconds or less.
- A 14-day free trial before the pilot contract starts.
- HIPAA compliant, and we sign a Business Associate Agreement (BAA) with every healthcare customer.

## 3. Pricing

| Product | Unit | List price (USD) |
|---|---|---|
| Meridian Insight | per user per month | $30.00 |
| Meridian Vault (optional, warehouse backups) | per TB per month | $20.00 |

## 4. Commercial terms

- Order form OF-2026-3318; 36-month term starting February 1, 2027.
- A 20% pilot credit applies to the first two quarters of the term.
- Payment: Net 45, invoiced quarterly in advance to PO 7700-41982.
- Contacts: Dana Whitfield, +1 (415) 555-0186; Legal (BAA), ref. LGL-BAA-0915.
"""
doc("docs/us-hq/brightwater-clinical-analytics-proposal.md", "us-hq", D_US,
    L().c(INSIGHT, "general_availability", "2027-01", "ok",
          "Meridian Insight becomes generally available in January 2027; the pilot starts on the beta.")
       .c(INSIGHT, "max_dashboards", 200, "ok", "- Up to 200 dashboards per workspace.")
       .c(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "- Queries return in 2 seconds or less.")
       .c(INSIGHT, "free_trial", dur(14, "days"), "conflict", "- A 14-day free trial before the pilot contract starts.")
       .c(INSIGHT, "certifications", "HIPAA", "unverified",
          "- HIPAA compliant, and we sign a Business Associate Agreement (BAA) with every healthcare customer.")
       .c(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok",
          "| Meridian Insight | per user per month | $30.00 |")
       .c(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok",
          "| Meridian Vault (optional, warehouse backups) | per TB per month | $20.00 |"))

D_OSAKA = """                                   御 見 積 書

医療法人 関西メディカルセンター 御中
                                                  見積番号：MD-OSK-Q-26-0488
                                                  発行日　：2026年11月11日
                                                  有効期限：2026年12月10日

メリディアンデータ株式会社 大阪オフィス
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー 14F
TEL 06-6342-1100 ／ FAX 06-6342-1101
適格請求書発行事業者登録番号：T7010401123456
担当：パートナー営業課 西田 浩二

下記のとおり御見積申し上げます。

■ メリディアン シンク（ファイル共有基盤）
・品目コード：MDS-ENT-JP
・月額料金：55,000円（税込）
・1ユーザーあたりのストレージ容量：1TB
・契約期間：12か月（2026年12月1日〜2027年11月30日）
・小計：660,000円（税込）

■ メリディアン インサイト（経営ダッシュボード・オプション）
・品目コード：MDI-USR-JP
・1ユーザーあたり月額4,000円（税抜）
・正式リリースは2027年1月を予定しております（それまではベータ版としてご提供いたします）。

■ 備考
・経営企画部（8名）でのご利用を想定しております。
・関西エリアの医療機関向けとしては最安水準の価格でご提供しております。
・お支払条件：月末締め翌月末払い。お振込先：三井住友銀行 梅田支店 普通 7208813 メリディアンデータ（カ
・※お振込手数料は貴院にてご負担くださいますようお願いいたします。

                                                                        以上
"""
doc("docs/osaka/御見積書_関西メディカルセンター様_MD-OSK-Q-26-0488.txt", "osaka", D_OSAKA,
    L().c(SYNC, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "・月額料金：55,000円（税込）")
       .c(SYNC, "storage_per_user", 1 * TB, "ok", "・1ユーザーあたりのストレージ容量：1TB")
       .c(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "・1ユーザーあたり月額4,000円（税抜）")
       .c(INSIGHT, "general_availability", "2027-01", "ok", "・正式リリースは2027年1月を予定しております")
       .f("phrase", "・関西エリアの医療機関向けとしては最安水準の価格でご提供しております。", rule="ja.cheapest"))

# an ignored draft (.onevoice.yaml ignores **/drafts/**): wrong on purpose, no labels
D_DRAFT = """# みなと商事様 メリディアン インサイト ご提案（下書き・社内レビュー前）

- メリディアン インサイトは国内No.1のBIツールです。
- ダッシュボードは最大500個まで作成できます。
- 一般提供開始：2026年10月
- 1ユーザーあたり月額3,500円（税込）

TODO: 価格は大阪の西田さんに確認（10/30 MTG）
"""
DRAFTS = [("docs/tokyo/drafts/minato-shoji_insight_draft.md", D_DRAFT)]


# ====================================================================== writing
def headers_of(m, charset):
    return headers(dict(date=m["date"], **{"from": m["frm"]}, to=m["to"], cc=m.get("cc"), subject=m["subject"],
                        mid=m["mid"], irt=m.get("irt"), xh=m.get("xh", [])), charset)


def build(m):
    hm = dict(date=m["date"], to=m["to"], cc=m.get("cc"), subject=m["subject"], mid=m["mid"],
              irt=m.get("irt"), xh=m.get("xh", []), received=received(m))
    hm["from"] = m["frm"]
    if m.get("raw"):
        return m["raw"](hm)
    return headers(hm, m["charset"]) + m["body"]()


def received(m):
    d = m["date"] + dt.timedelta(seconds=3)
    dom = m["frm"][1].split("@")[1]
    return ["Received: from mail.%s (mail.%s [198.51.100.%d])\n\tby mx.example.net with ESMTPS id %s;\n\t%s"
            % (dom, dom, 10 + len(m["mid"]) % 200, m["mid"][:10].replace("+", "x").replace("-", "x"),
               format_datetime(d))]


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    msgs = sorted(MESSAGES, key=lambda m: m["date"])
    expected, archived = [], []
    for i, m in enumerate(msgs, 1):
        m["file"] = "mail/%04d.eml" % i
        raw = build(m)
        m["raw_bytes"] = raw
        with open(os.path.join(SET, m["file"]), "wb") as fh:
            fh.write(raw if m.get("raw") else crlf(raw))
        if m["archive"]:
            archived.append(m)
    # ---- archive (mboxrd, date order)
    with open(os.path.join(SET, "mail/archive.mbox"), "wb") as fh:
        for m in archived:
            utc = m["date"].astimezone(dt.timezone.utc)
            fh.write(("From %s %s\n" % (m["frm"][1], utc.strftime("%a %b %e %H:%M:%S %Y"))).encode("ascii"))
            body = m["raw_bytes"].replace(b"\r\n", b"\n")
            out = []
            for line in body.split(b"\n"):
                s = line.lstrip(b">")
                out.append(b">" + line if s.startswith(b"From ") else line)
            data = b"\n".join(out)
            if not data.endswith(b"\n"):
                data += b"\n"
            fh.write(data + b"\n")
    # ---- docs
    for d in DOCS:
        p = os.path.join(SET, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding=d["encoding"], newline="\n") as fh:
            fh.write(d["text"])
    for path, text in DRAFTS:
        p = os.path.join(SET, path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)
    # ---- expected.jsonl
    def lines_for(file, mid, office, as_of, lab, unreadable=None):
        out = []
        for c in lab.claims:
            out.append({"type": "claim", "file": file, "message_id": mid, "product": c["product"],
                        "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                        "quoted": c["quoted"], "office": c["office"] or office, "as_of": as_of, "text": c["text"]})
        for f in lab.findings:
            out.append({"type": "finding", "file": file, "message_id": mid, "kind": f["kind"], "rule": f["rule"],
                        "product": f["product"], "quoted": f["quoted"], "text": f["text"]})
        if unreadable:
            out.append({"type": "finding", "file": file, "message_id": mid, "kind": "unreadable", "rule": None,
                        "product": None, "quoted": False, "text": unreadable})
        return out
    for m in msgs:
        office = office_of(m["frm"][1])
        as_of = m["date"].strftime("%Y-%m-%d")
        mid = None if m.get("unreadable") else m["mid"]
        expected += lines_for(m["file"], mid, office, as_of, m["labels"], m.get("unreadable"))
    for m in archived:
        expected += lines_for("mail/archive.mbox", m["mid"], office_of(m["frm"][1]), m["date"].strftime("%Y-%m-%d"),
                              m["labels"])
    for d in DOCS:
        expected += lines_for(d["path"], None, d["office"], DOCS_AS_OF, d["labels"])
    crosses = cross_office(archived)
    assert [(x["product"], x["attribute"], x["offices"]) for x in crosses] == sorted(EXPECTED_CROSS), \
        "cross-office cases changed: %r" % [(x["product"], x["attribute"], x["offices"]) for x in crosses]
    expected += crosses
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for o in expected:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE)
    print("wrote %d messages (%d in archive.mbox), %d docs, %d expected lines, %d cross-office"
          % (len(msgs), len(archived), len(DOCS), len(expected), len(crosses)))


# ---------------------------------------------------------------- cross-office (LABELS.md rules, computed and asserted)
EXPECTED_CROSS = [
    (SYNC, "monthly_price", ["osaka", "tokyo"]),
    (VAULT, "rpo", ["london", "tokyo"]),
    (INSIGHT, "general_availability", ["london", "osaka"]),
    (INSIGHT, "general_availability", ["osaka", "us-hq"]),
    (INSIGHT, "max_dashboards", ["osaka", "tokyo"]),
]
SECONDS = {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}
SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def norm(attr, v):
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
        return ("money", v["currency"], v["per"], round(amt, 2))
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * SECONDS[v["unit"]])
    return ("v", v)


def cross_office(archived):
    items = []
    for m in archived:
        d = m["date"].date()
        for c in m["labels"].claims:
            off = c["office"] or office_of(m["frm"][1])
            if off == "unknown" or c["attribute"] in SET_ATTRS:
                continue
            n = norm(c["attribute"], c["value"])
            unit = n[:3] if n[0] == "money" else (n[0],)
            items.append(dict(file=m["file"], product=c["product"], attribute=c["attribute"], office=off, date=d,
                              n=n, unit=unit, ok=c["verdict"] == "ok", value=c["value"]))
    found = {}
    for a in items:
        for b in items:
            if a["office"] >= b["office"] or (a["product"], a["attribute"], a["unit"]) != (b["product"], b["attribute"], b["unit"]):
                continue
            if abs((a["date"] - b["date"]).days) > 45 or a["n"] == b["n"] or (a["ok"] and b["ok"]):
                continue
            k = (a["product"], a["attribute"], (a["office"], b["office"]))
            x = found.setdefault(k, {"files": set(), "values": {}})
            x["files"] |= {a["file"], b["file"]}
            x["values"].setdefault(a["office"], a["value"])
            x["values"].setdefault(b["office"], b["value"])
    out = []
    for (p, attr, offs), x in sorted(found.items()):
        out.append({"type": "cross-office", "product": p, "attribute": attr, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": sorted(x["files"]),
                    "values": {o: x["values"][o] for o in offs}})
    return out


ONEVOICE = """# onevoice configuration for probe set 73 (SPEC section 6).
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

if __name__ == "__main__":
    main()
