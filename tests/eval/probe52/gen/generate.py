#!/usr/bin/env python3
"""Generate probe set52 (bilingual JA/EN mail, Meridian Data). Stdlib only, deterministic.

    python3 gen/generate.py        # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl
"""
import base64, gzip, json, os, quopri, re, shutil, unicodedata
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"
JST, BST, PDT, GMT = (timezone(timedelta(hours=h)) for h in (9, 1, -7, 0))
OFFICE_GLOBS = [("osaka.jp.meridian-data.com", "osaka"), ("jp.meridian-data.com", "tokyo"),
                ("uk.meridian-data.com", "london"), ("meridian-data.com", "us-hq")]


def office_of(addr):
    dom = addr.rsplit("@", 1)[1].lower()
    for d, o in OFFICE_GLOBS:
        if dom == d:
            return o
    return "unknown"


# ------------------------------------------------------------------ values
def jpy(a, tax="excluded", per="month"):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def usd(a, per="month", tax=None):
    return {"amount": a, "currency": "USD", "per": per, "tax": tax}


def gbp(a, per="month", tax=None):
    return {"amount": a, "currency": "GBP", "per": per, "tax": tax}


def dur(a, u):
    return {"amount": a, "unit": u}


TB = 10 ** 12
SYNC, VAULT, INS = "meridian-sync", "meridian-vault", "meridian-insight"


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return dict(kind="claim", product=product, attribute=attribute, value=value, verdict=verdict,
                text=text, quoted=quoted, office=office)


def PH(rule, text, quoted=False):
    return dict(kind="phrase", rule=rule, product=None, text=text, quoted=quoted)


def TERM(product, text, quoted=False):
    return dict(kind="terminology", rule=None, product=product, text=text, quoted=quoted)


# ------------------------------------------------------------------ MIME
def hdr(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if charset == "shift_jis":            # what Outlook 2007 writes: =?Shift_JIS?B?...?= words
            words, cur = [], ""
            for ch in s:
                if len((cur + ch).encode("shift_jis")) > 30:
                    words.append(cur)
                    cur = ""
                cur += ch
            words.append(cur)
            return "\n ".join("=?Shift_JIS?B?%s?=" % base64.b64encode(w.encode("shift_jis")).decode() for w in words)
        return Header(s, charset).encode()


def addr(name, a, charset):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (hdr(name, charset), a)


def body_bytes(text, charset, cte):
    """-> (encoded body bytes, cte header value)."""
    raw = text.replace("\n", "\r\n").encode(charset).replace(b"\r\n", b"\n")
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii")
        return b, "base64"
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii"), "quoted-printable"
    if cte in ("7bit", "8bit"):
        return raw.decode(charset) if cte == "8bit" else raw.decode("ascii"), cte
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=""):
    b, c = body_bytes(text, charset, cte)
    cs_label = {"iso2022_jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "utf-8": "UTF-8",
                "windows-1252": "windows-1252"}[charset]
    if ctype == "text/plain" and charset == "iso2022_jp":
        cs_label = "ISO-2022-JP"
    h = "Content-Type: %s; charset=%s%s\nContent-Transfer-Encoding: %s\n" % (ctype, '"%s"' % cs_label if charset == "utf-8" and ctype == "text/html" else cs_label, extra, c)
    return h + "\n" + b.rstrip("\n") + "\n"


def to_html(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    inner = "\n".join("<div>%s</div><div><br></div>" % p.replace("\n", "<br>\n") for p in paras)
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n<body>\n%s\n</body></html>" % inner


def build(m):
    cs = m["charset"]
    hs = ["Return-Path: <%s>" % m["from"][1]]
    if m.get("received"):
        hs.append("Received: from %s by mx.%s with ESMTPS id %s;\n\t%s" % (
            m["received"], m["to"][1].rsplit("@", 1)[1], m["id"].split("@")[0][:12].replace("+", "x"),
            format_datetime(m["date"])))
    hs += ["From: " + addr(m["from"][0], m["from"][1], cs), "To: " + addr(m["to"][0], m["to"][1], cs)]
    if m.get("cc"):
        hs.append("Cc: " + ", ".join(addr(n, a, cs) for n, a in m["cc"]))
    hs += ["Subject: " + hdr(m["subject"], cs), "Date: " + format_datetime(m["date"]),
           "Message-ID: <%s>" % m["id"]]
    if m.get("reply_to_id"):
        hs += ["In-Reply-To: <%s>" % m["reply_to_id"], "References: <%s>" % m["reply_to_id"]]
    hs += ["MIME-Version: 1.0"]
    for k, v in m.get("headers", []):
        hs.append("%s: %s" % (k, v))
    kind = m.get("mime", "plain")
    if kind == "plain":
        part = leaf("text/plain", m["body"], cs, m["cte"], m.get("flowed", ""))
        return "\n".join(hs) + "\n" + part
    bnd = "=_%s" % abs(hash_(m["id"]))
    if kind == "alternative":
        html = m.get("html") or to_html(m["body"])
        p1 = leaf("text/plain", m["body"], cs, m["cte"])
        p2 = leaf("text/html", html, cs, m["cte"])
        return ("\n".join(hs) + '\nContent-Type: multipart/alternative; boundary="%s"\n\n' % bnd +
                "--%s\n%s\n--%s\n%s\n--%s--\n" % (bnd, p1, bnd, p2, bnd))
    if kind == "rfc822":
        p1 = leaf("text/plain", m["body"], cs, m["cte"])
        inner = build(m["attached"])
        return ("\n".join(hs) + '\nContent-Type: multipart/mixed; boundary="%s"\n\n' % bnd +
                "This is a multi-part message in MIME format.\n" +
                "--%s\n%s\n--%s\nContent-Type: message/rfc822; name=\"%s.eml\"\nContent-Disposition: attachment; filename=\"%s.eml\"\n\n%s\n--%s--\n"
                % (bnd, p1, bnd, m["attached_name"], m["attached_name"], inner.rstrip("\n"), bnd))
    raise ValueError(kind)


def hash_(s):
    h = 2166136261
    for ch in s.encode():
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


# ------------------------------------------------------------------ people
TK1 = ("森 健二", "kenji.mori@jp.meridian-data.com")
TK2 = ("Aya Takeda (武田 彩)", "a.takeda@jp.meridian-data.com")
TK3 = ("佐々木 真理子", "mariko.sasaki@jp.meridian-data.com")
OS1 = ("西村 拓也", "t.nishimura@osaka.jp.meridian-data.com")
OS2 = ("Yuki Fujimoto", "yuki.fujimoto@osaka.jp.meridian-data.com")
US1 = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
US2 = ("Marcus Oyelaran", "marcus.o@meridian-data.com")
UK1 = ("Harriet Combe", "harriet.combe@uk.meridian-data.com")
UK2 = ("Owen Pryce", "owen.pryce@uk.meridian-data.com")

SIG_TK1 = """--
森 健二 / Kenji Mori
Meridian Data株式会社 東京オフィス 営業第二部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 18F
TEL: 03-5218-4470 / Mobile: 090-4417-2296
kenji.mori@jp.meridian-data.com"""

SIG_TK2 = """Aya Takeda | 武田 彩
Global Accounts, Meridian Data K.K. (Tokyo)
18F Marunouchi Kitaguchi Bldg, 1-6-5 Marunouchi, Chiyoda-ku, Tokyo 100-0005
+81 3 5218 4471 | 法人番号 4010001187352"""

SIG_OS1 = """━━━━━━━━━━━━━━━━━━━━
西村 拓也（にしむら たくや）
Meridian Data株式会社 大阪支店
〒530-0011 大阪市北区大深町3-1 グランフロント大阪タワーB 24F
TEL 06-6485-3310　FAX 06-6485-3311
━━━━━━━━━━━━━━━━━━━━"""

SIG_US1 = """Dana Whitfield
Enterprise Account Executive, Meridian Data Inc.
535 Mission St, 14th Floor, San Francisco, CA 94105
o: +1 (415) 555-0142 | m: +1 (628) 555-0199"""

SIG_UK1 = """Kind regards,
Harriet

Harriet Combe | Account Director, EMEA
Meridian Data Ltd, 20 Farringdon Road, London EC1M 3HE
T +44 20 7946 0831 | Registered in England & Wales No. 11482093 | VAT GB 304 5521 87"""

# ------------------------------------------------------------------ messages
MSGS = []


def M(**kw):
    kw.setdefault("charset", "utf-8")
    kw.setdefault("cte", "base64")
    kw.setdefault("items", [])
    kw.setdefault("archive", False)
    MSGS.append(kw)


# 0001 Tokyo -> global customer (Singapore), Japanese then English translation. ISO-2022-JP, Outlook-ish.
M(file="0001.eml", id="TYCPR01MB8842C3F1A0B7D29E51B6D4A2C9@TYCPR01MB8842.jpnprd01.prod.outlook.com",
  frm=TK1, to=("Priya Raman", "priya.raman@harbourline-logistics.com.sg"),
  date=datetime(2026, 5, 12, 10, 14, 3, tzinfo=JST), charset="iso2022_jp", cte="7bit", archive=True,
  subject="【ご提案】メリディアン シンク 導入のご案内 / Meridian Sync proposal",
  received="TYCPR01MB8842.jpnprd01.prod.outlook.com",
  body="""Priya様

いつもお世話になっております。Meridian Data東京オフィスの森でございます。
先日のオンライン会議（5月8日）では貴重なお時間をいただき、誠にありがとうございました。
シンガポール本社の皆様にも共有いただけるよう、日本語の後に英訳を付けております。

・メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。
・同製品のSLAは月間稼働率99.9%でございます。
・メリディアン シンクの月額料金は50,000円（税抜）です。

東京拠点の初期導入分として、850名分のアカウント発行を6月1日に予定しております。

ご不明な点がございましたら、お気軽にお問い合わせください。

----- English translation -----

Dear Priya,

Thank you again for your time at our online meeting on 8 May.

- Meridian Sync can be used by up to 10,000 users per tenant.
- Its SLA is a monthly uptime of 99.9%.
- Meridian Sync is JPY 50,000 per month, excluding consumption tax.

For the initial roll-out at your Tokyo site we plan to issue 850 accounts on 1 June.

Please let me know if anything is unclear.

""" + SIG_TK1,
  items=[C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。"),
         C(SYNC, "sla", 99.9, "ok", "同製品のSLAは月間稼働率99.9%でございます。"),
         C(SYNC, "monthly_price", jpy(50000), "ok", "メリディアン シンクの月額料金は50,000円（税抜）です。")])

# 0002 Osaka -> global customer, English first then Japanese (the reverse). UTF-8 base64 (Gmail).
M(file="0002.eml", id="CAHk7m2Q9wXv0+Lr3pTz8b1_dGf4sYk2N5eJ0aQw@mail.gmail.com",
  frm=OS2, to=("Lars Eriksen", "lars.eriksen@nordavik-shipping.no"),
  cc=[("西村 拓也", "t.nishimura@osaka.jp.meridian-data.com")],
  date=datetime(2026, 5, 20, 16, 40, 11, tzinfo=JST), archive=True,
  subject="Meridian Vault - answers to your backup questions / バックアップに関するご質問への回答",
  body="""Dear Lars,

Thank you for the call yesterday. As promised, here are the answers for your team in Bergen, followed by the Japanese version for your Kobe branch.

1. Meridian Vault keeps backups for 90 days by default; longer retention can be set per policy.
2. Meridian Vault has an RPO of 15 minutes.
3. Meridian Vault is covered by a 99.95% availability SLA.
4. For your Japanese entity, Meridian Vault is JPY 2,800 per TB per month (excl. consumption tax).
5. Your Kobe data would stay in our data centres in Tokyo and Osaka.

Your current footprint of roughly 64 TB would fit comfortably; we can revisit sizing at the 30 June steering meeting.

---

エリクセン様（神戸支店ご担当者様）

1. メリディアン・ボールトでは、バックアップを標準で90日間保持します。
2. メリディアン・ボールトのRPOは最大15分です。
3. メリディアン・ボールトのSLAは99.99％です。
4. 料金は1TBあたり月額2,800円（税抜）でございます。
5. 神戸支店様のデータは、メリディアン・ボールトの東京・大阪のデータセンターに保管されます。

Best regards,
Yuki Fujimoto (藤本 由紀)
Meridian Data K.K., Osaka Branch
Grand Front Osaka Tower B 24F, 3-1 Ofuka-cho, Kita-ku, Osaka 530-0011
Tel +81 6 6485 3312
""",
  items=[C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
         C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault has an RPO of 15 minutes."),
         C(VAULT, "sla", 99.95, "ok", "Meridian Vault is covered by a 99.95% availability SLA."),
         C(VAULT, "sla", 99.99, "conflict", "メリディアン・ボールトのSLAは99.99％です。"),
         C(VAULT, "price_per_tb", jpy(2800, per="TB-month"), "ok", "Meridian Vault is JPY 2,800 per TB per month (excl. consumption tax)."),
         # EN item 5 names no product (no claim); the JA item 5 does.
         C(VAULT, "data_centers", "Tokyo", "ok", "メリディアン・ボールトの東京・大阪のデータセンターに保管されます。"),
         C(VAULT, "data_centers", "Osaka", "ok", "メリディアン・ボールトの東京・大阪のデータセンターに保管されます。")])

# 0003 US-HQ forwards a Japanese Tokyo thread to the customer's US HQ, English summary on top. multipart/alternative, QP.
FWD3 = """---------- Forwarded message ---------
From: 佐々木 真理子 <mariko.sasaki@jp.meridian-data.com>
Date: Fri, May 29, 2026 at 6:12 PM
Subject: メリディアン・シンク ご導入に向けた確認事項
To: 高橋 誠 <m.takahashi@kestrel-pharma.co.jp>

高橋様

お世話になっております。Meridian Data東京オフィスの佐々木です。
ご質問いただいた点について回答いたします。

・メリディアン・シンクはオフライン環境でも編集作業が可能です。
・メリディアン・シンクはISMAPに登録済みです。
・メリディアン・シンクの月額料金は55,000円（税込）となります（価格表 PL-JP-2026-04）。

引き続きよろしくお願いいたします。

佐々木 真理子
Meridian Data株式会社 東京オフィス
TEL 03-5218-4475
"""
M(file="0003.eml", id="CAF9pL0vS1d4K8b-7Qm3nXoZ2rT6yUe@mail.gmail.com",
  frm=US1, to=("Greg Holloway", "greg.holloway@kestrelpharma.com"),
  date=datetime(2026, 6, 2, 9, 5, 0, tzinfo=PDT), mime="alternative", cte="quoted-printable", archive=True,
  subject="Fwd: メリディアン・シンク ご導入に向けた確認事項 (Meridian Sync - Japan questions)",
  body="""Hi Greg,

Forwarding the thread my colleague Mariko in Tokyo had with Makoto Takahashi at your Osaka plant, with a short summary in English since it is all in Japanese:

- Meridian Sync supports up to 10,000 users. Your combined US + Japan rollout is about 2,300 people, so that is well within range.
- Every user on Meridian Sync has 1 TB of storage.
- US list price for Meridian Sync is $399 per month; Japan is billed locally in yen.
- One correction: Meridian Sync does not work offline. Mariko's first bullet below is wrong on that point and she is following up with Makoto directly.

Happy to walk through any of it on Thursday's call (June 4, 10am PT).

Dana

""" + SIG_US1 + "\n\n" + FWD3,
  items=[C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users"),
         C(SYNC, "storage_per_user", TB, "ok", "Every user on Meridian Sync has 1 TB of storage."),
         C(SYNC, "monthly_price", usd(399), "ok", "US list price for Meridian Sync is $399 per month"),
         C(SYNC, "offline_mode", False, "ok", "Meridian Sync does not work offline."),
         C(SYNC, "offline_mode", True, "conflict", "メリディアン・シンクはオフライン環境でも編集作業が可能です。", True, "tokyo"),
         C(SYNC, "certifications", "ISMAP", "conflict", "メリディアン・シンクはISMAPに登録済みです。", True, "tokyo"),
         C(SYNC, "monthly_price", jpy(55000, "included"), "ok", "・メリディアン・シンクの月額料金は55,000円（税込）となります（価格表 PL-JP-2026-04）。", True, "tokyo")])

# 0004 Customer replies to 0003 (interleaved, On ... wrote:). Not archived.
M(file="0004.eml", id="BN8PR12MB3345E0A7D1C2F4B9A8E6D5C4B3@BN8PR12MB3345.namprd12.prod.outlook.com",
  frm=("Greg Holloway", "greg.holloway@kestrelpharma.com"), to=US1,
  date=datetime(2026, 6, 3, 7, 48, 0, tzinfo=timezone(timedelta(hours=-4))), cte="quoted-printable",
  reply_to_id="CAF9pL0vS1d4K8b-7Qm3nXoZ2rT6yUe@mail.gmail.com",
  subject="RE: Fwd: メリディアン・シンク ご導入に向けた確認事項 (Meridian Sync - Japan questions)",
  body="""Thanks Dana, that summary saves me a lot of Google Translate.

On Tue, Jun 2, 2026 at 9:05 AM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
> - Meridian Sync supports up to 10,000 users. Your combined US + Japan rollout is about 2,300 people, so that is well within range.

Good. We may add the Lyon site next year, another 600 or so.

> - One correction: Meridian Sync does not work offline.

Understood. Separate topic: does Meridian Sync run on Linux? Our lab workstations are all Ubuntu.

Also, for the backup piece, the Osaka plant team says they were told Meridian Vault keeps a copy in a Singapore data center. Is that right? Our regulators care a lot about that.

Greg Holloway
Director, IT Infrastructure | Kestrel Pharmaceuticals
200 Cambridge Park Dr, Cambridge, MA 02140 | +1 617 555 0187
""",
  items=[C(SYNC, "max_users", 10000, "ok", "> - Meridian Sync supports up to 10,000 users", True, "us-hq"),
         C(SYNC, "offline_mode", False, "ok", "> - One correction: Meridian Sync does not work offline.", True, "us-hq"),
         C(VAULT, "data_centers", "Singapore", "conflict", "the Osaka plant team says they were told Meridian Vault keeps a copy in a Singapore data center")])

# 0005 London -> Japanese customer's UK office, English then Japanese. Thunderbird, UTF-8 8bit, format=flowed.
M(file="0005.eml", id="5c1e9a47-2b0d-4f63-9e58-0d7a3c61b2f4@uk.meridian-data.com",
  frm=UK1, to=("Kazuhiro Endo", "k.endo@shinsei-optics.co.uk"),
  date=datetime(2026, 6, 10, 11, 22, 45, tzinfo=BST), cte="8bit", archive=True,
  flowed="; format=flowed",
  subject="Meridian Insight - summary for your Tokyo head office / 東京本社様向けご案内",
  body="""Dear Endo-san,

Thank you for hosting us in Milton Keynes on Monday. As requested, a short summary you can pass to Tokyo; my colleague in our Tokyo office kindly checked the Japanese.

Meridian Insight becomes generally available in January 2027; until then it is in beta.
Meridian Insight is £25 per user per month, billed annually.
Every new workspace starts with a 30-day free trial.
A Meridian Insight workspace can hold up to 200 dashboards.

For the pilot we discussed (12 analysts, starting 1 July) I will send a separate order form.

---

遠藤様

メリディアン インサイトは2027年1月に一般提供を開始する予定で、それまではベータ版としてご提供いたします。
メリディアン インサイトの料金は1ユーザーあたり月額25ポンドです（年間契約）。
メリディアン インサイトには30日間の無料トライアルがございます。
メリディアン インサイトでは1ワークスペースあたり最大200個のダッシュボードを作成できます。

""" + SIG_UK1 + "\n",
  items=[C(INS, "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027"),
         C(INS, "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is £25 per user per month, billed annually."),
         C(INS, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトには30日間の無料トライアルがございます。"),
         C(INS, "max_dashboards", 200, "ok", "A Meridian Insight workspace can hold up to 200 dashboards.")])

# 0006 Tokyo -> Japanese customer, short English note for cc'd global IT. Full-width digits. ISO-2022-JP.
M(file="0006.eml", id="20260701093512.4F2A81C3@jp.meridian-data.com",
  frm=TK3, to=("小林 直樹", "n.kobayashi@aozora-retail.co.jp"),
  cc=[("Sophie Laurent", "sophie.laurent@aozora-retail.com")],
  date=datetime(2026, 7, 1, 9, 35, 12, tzinfo=JST), charset="iso2022_jp", cte="7bit", archive=True,
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  subject="メリディアン・インサイト　リリース時期と料金のご案内",
  body="""株式会社あおぞらリテール
情報システム部　小林様

お世話になっております。Meridian Dataの佐々木です。
先般お問い合わせいただきましたメリディアン・インサイトについて、ご案内いたします。

１．メリディアン・インサイトは２０２６年１２月に正式リリース予定です。
２．メリディアン・インサイトでは、クエリの応答時間は最大２秒となっております。
３．メリディアン・インサイトの料金は１ユーザーあたり月額４，４００円（税込）です。
４．メリディアン・インサイトは業界初のAI自動分析機能を搭載しております。

お見積りは、情報システム部様の５０ユーザー分で作成しております。
７月９日（木）のお打ち合わせで詳細をご説明いたします。

Sophie-san, for your reference (English summary):
Meridian Insight is scheduled for general availability in December 2026. Queries return within 2 seconds. The quote covers 50 users in Mr Kobayashi's department.

佐々木 真理子
Meridian Data株式会社 東京オフィス
〒100-0005 東京都千代田区丸の内1-6-5
TEL 03-5218-4475
""",
  items=[C(INS, "general_availability", "2026-12", "conflict", "１．メリディアン・インサイトは２０２６年１２月に正式リリース予定です。"),
         C(INS, "query_latency", dur(2, "seconds"), "ok", "２．メリディアン・インサイトでは、クエリの応答時間は最大２秒となっております。"),
         C(INS, "per_user_price", jpy(4400, "included", "user-month"), "ok", "３．メリディアン・インサイトの料金は１ユーザーあたり月額４，４００円（税込）です。"),
         PH("ja.first-in-industry", "メリディアン・インサイトは業界初のAI自動分析機能を搭載しております。")])

# 0007 Osaka, Shift_JIS, half-width katakana product name, full-width figures.
M(file="0007.eml", id="000001dce1a4$7b3c9e20$72b5da60$@osaka.jp.meridian-data.com",
  frm=OS1, to=("Daniel Wu", "daniel.wu@pacific-crest-foods.com"),
  date=datetime(2026, 6, 25, 14, 2, 30, tzinfo=JST), charset="shift_jis", cte="8bit", archive=True,
  headers=[("X-Mailer", "Microsoft Office Outlook 12.0")],
  subject="ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄ 容量・暗号化について",
  body="""Daniel Wu様
（日本法人 経理部 山口様 cc）

いつもお世話になっております。大阪支店の西村です。
ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄの仕様について、ご質問の２点を回答いたします。

(1) ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄは１テナントあたり最大１ＰＢまで保存できます。
(2) ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄはバックアップデータをAES-256で暗号化して保存します。

ﾎﾞｰﾙﾄに預けたデータが消えることは絶対にございませんので、ご安心ください。

[English]
(1) Meridian Vault can store up to 1 PB per tenant.
(2) Meridian Vault encrypts backup data at rest with AES-256.

""" + SIG_OS1 + "\n",
  items=[C(VAULT, "max_storage", 10 ** 15, "conflict", "(1) ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄは１テナントあたり最大１ＰＢまで保存できます。"),
         C(VAULT, "encryption", "AES-256", "ok", "(2) ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄはバックアップデータをAES-256で暗号化して保存します。"),
         PH("ja.absolute", "ﾎﾞｰﾙﾄに預けたデータが消えることは絶対にございませんので、ご安心ください。")])

# 0008 US-HQ, English, Vault. 7bit.
M(file="0008.eml", id="CAOq2v8Rk0Y1mZ_b4s7TfLx9eN3hWjP6aDgQ@mail.gmail.com",
  frm=US2, to=("Keiko Matsuda", "keiko.matsuda@tsubame-industrial.com"),
  date=datetime(2026, 6, 18, 13, 30, 0, tzinfo=PDT), cte="7bit", archive=True,
  subject="Meridian Vault for Tsubame US - pricing and SLA",
  body="""Hi Keiko,

Great to meet you and Ken at the Portland office last week. Quick follow-up on the two open points:

Meridian Vault carries a 99.95% availability SLA, with service credits if we miss it.
Meridian Vault storage is $20 per TB per month, no minimum term.

For the 120 TB you are protecting today, that works out to $28,800 a year before the 8% multi-year discount we talked about.

Meridian Vault's industry-leading restore speed is a big part of why Tsubame Japan picked it in 2024.

Let me know if a call on Tuesday 6/23 works.

Marcus Oyelaran
Account Executive | Meridian Data Inc.
535 Mission St, San Francisco, CA 94105 | +1 415 555 0176
""",
  items=[C(VAULT, "sla", 99.95, "ok", "Meridian Vault carries a 99.95% availability SLA"),
         C(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault storage is $20 per TB per month, no minimum term."),
         PH("en.superlative", "Meridian Vault's industry-leading restore speed")])

# 0009 Tokyo (English-speaking) -> global customer, English first then Japanese, multipart/alternative, UTF-8 base64.
M(file="0009.eml", id="CAKd3wT1p8Hc6nV0yQ4-xR2fLm7uEb5jZsGo@mail.gmail.com",
  frm=TK2, to=("Martin Keller", "martin.keller@hollen-automotive.de"),
  cc=[("岡田 恵", "megumi.okada@hollen-automotive.co.jp")],
  date=datetime(2026, 7, 15, 11, 2, 0, tzinfo=JST), mime="alternative", archive=True,
  subject="Meridian Sync for Hollen Japan / ホーレン・ジャパン様 メリディアン シンクのご案内",
  body="""Dear Martin, 岡田様

Following our call, here is the overview for Hollen Japan in both languages.

[English]
- Meridian Sync has clients for Windows, macOS, iOS and Android.
- Meridian Sync gives every user 1 TB of storage.
- For reference, Meridian Sync is USD 399 per month in the US price book; Hollen Japan would be invoiced in yen by our Tokyo office.
- Migration guide: https://www.meridian-data.com/MeridianFileSync/migration-guide

[日本語]
・メリディアン シンクのクライアントはWindows、Mac、iPhone、Androidでご利用いただけます。
・シンクでは1ユーザーあたり1TBのストレージをご利用いただけます。
・メリディアン シンクの月額料金は50,000円（税抜）です。
・旧称のメリディアン・ファイルシンクをご利用中の拠点は、上記ガイドに沿って移行いただけます。

Hollen Japanの初年度のご契約は、ライセンス数420、開始日9月1日で承っております。

Best regards,
""" + SIG_TK2 + "\n",
  items=[C(SYNC, "supported_platforms", "Windows", "ok", "Meridian Sync has clients for Windows, macOS, iOS and Android."),
         C(SYNC, "supported_platforms", "macOS", "ok", "Meridian Sync has clients for Windows, macOS, iOS and Android."),
         C(SYNC, "supported_platforms", "iOS", "ok", "Meridian Sync has clients for Windows, macOS, iOS and Android."),
         C(SYNC, "supported_platforms", "Android", "ok", "Meridian Sync has clients for Windows, macOS, iOS and Android."),
         C(SYNC, "storage_per_user", TB, "ok", "Meridian Sync gives every user 1 TB of storage."),
         C(SYNC, "monthly_price", usd(399), "office-variant", "Meridian Sync is USD 399 per month in the US price book"),
         C(SYNC, "monthly_price", jpy(50000), "ok", "メリディアン シンクの月額料金は50,000円（税抜）です。"),
         TERM(SYNC, "旧称のメリディアン・ファイルシンクをご利用中の拠点は")])

# 0010 Japanese customer replies to 0009 (Gmail JP quote header). Not archived.
M(file="0010.eml", id="CAM5tNq0Vz2pH7r_kW9eYc3LbX8fAo1dGjUs@mail.gmail.com",
  frm=("岡田 恵", "megumi.okada@hollen-automotive.co.jp"), to=TK2,
  date=datetime(2026, 7, 16, 15, 44, 0, tzinfo=JST), cte="base64",
  reply_to_id="CAKd3wT1p8Hc6nV0yQ4-xR2fLm7uEb5jZsGo@mail.gmail.com",
  subject="Re: Meridian Sync for Hollen Japan / ホーレン・ジャパン様 メリディアン シンクのご案内",
  body="""武田様

ご案内ありがとうございます。ホーレン・ジャパンの岡田です。

一点確認させてください。以前、御社の大阪支店の方からは、メリディアン シンクは最大2万ユーザーまで対応可能と伺っております。
また、設計部門ではLinux端末も使っておりますが、Linuxには対応していますでしょうか。

よろしくお願いいたします。

岡田 恵
ホーレン・ジャパン株式会社 情報システム課
〒220-8136 横浜市西区みなとみらい2-2-1
TEL 045-222-7781

2026年7月15日(水) 11:02 Aya Takeda (武田 彩) <a.takeda@jp.meridian-data.com>:
> [日本語]
> ・メリディアン シンクの月額料金は50,000円（税抜）です。
""",
  items=[C(SYNC, "max_users", 20000, "conflict", "メリディアン シンクは最大2万ユーザーまで対応可能と伺っております。"),
         C(SYNC, "monthly_price", jpy(50000), "ok", "> ・メリディアン シンクの月額料金は50,000円（税抜）です。", True, "tokyo")])

# 0011 London forwards an Osaka thread (Japanese) with English summary.
FWD11 = """---------- Forwarded message ---------
From: 西村 拓也 <t.nishimura@osaka.jp.meridian-data.com>
Date: Thu, 30 Jul 2026 at 10:15
Subject: メリディアン・ボールト 見積条件について
To: 中島 亮 <r.nakajima@seto-marine.co.jp>

中島様

大阪支店の西村です。
・メリディアン・ボールトのRPOは5分です。
・メリディアン・ボールトは、1TBあたり月額3,080円（税込）でご利用いただけます。
よろしくお願いいたします。
"""
M(file="0011.eml", id="CAN3rQ8wZp1Lk6v-Tb0yXh5mDs2eGc9uJaFi@mail.gmail.com",
  frm=UK2, to=("Fiona Marsh", "fiona.marsh@seto-marine.co.uk"),
  date=datetime(2026, 8, 4, 9, 12, 0, tzinfo=BST), cte="quoted-printable", archive=True,
  subject="FW: メリディアン・ボールト 見積条件について",
  body="""Hi Fiona,

Below is the note our Osaka branch sent to Nakajima-san at your Kobe yard. Summary in English for the UK side:

* Meridian Vault is £16 per TB per month for the UK entity (the yen figure below is for Seto Marine Japan only).
* Meridian Vault keeps backups for 90 days by default.
* Please note the Meridian Vault RPO is 15 minutes, not the 5 minutes mentioned below - Osaka are sending Nakajima-san a correction.

The 18-month term and the 40 TB starting volume are as agreed on 28 July.

Thanks,
Owen

Owen Pryce | Solutions Engineer
Meridian Data Ltd | 20 Farringdon Road, London EC1M 3HE | +44 20 7946 0852

""" + FWD11,
  items=[C(VAULT, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month for the UK entity"),
         C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default."),
         C(VAULT, "rpo", dur(15, "minutes"), "ok", "Please note the Meridian Vault RPO is 15 minutes"),
         C(VAULT, "rpo", dur(5, "minutes"), "conflict", "・メリディアン・ボールトのRPOは5分です。", True, "osaka"),
         C(VAULT, "price_per_tb", jpy(3080, "included", "TB-month"), "ok", "・メリディアン・ボールトは、1TBあたり月額3,080円（税込）でご利用いただけます。", True, "osaka")])

# 0012 Tokyo reply (Outlook, Original Message from an English-speaking customer), bilingual, languages differ on certs.
M(file="0012.eml", id="OS3P286MB2074B1D6E9A3C8F0D7E2B4A1C6@OS3P286MB2074.JPNP286.PROD.OUTLOOK.COM",
  frm=TK1, to=("Rachel Ng", "rachel.ng@brightwater-capital.com"),
  date=datetime(2026, 8, 20, 17, 25, 0, tzinfo=JST), charset="iso2022_jp", cte="7bit", archive=True,
  reply_to_id="SG2PR04MB5567D3E2F1A0B9C8D7E6F5A4B3@SG2PR04MB5567.apcprd04.prod.outlook.com",
  subject="RE: Security questionnaire - Meridian Sync",
  body="""Rachel様

お世話になっております。Meridian Dataの森です。
セキュリティ質問票の件、以下のとおり回答いたします（英語版を下に記載しております）。

・メリディアン シンクのSLAは99.9%です。
・メリディアン シンクはISO/IEC 27001の認証を取得済みでございます。
・メリディアン シンクは国内シェアNo.1※のファイル共有サービスです。
※2026年6月 東京マーケティングリサーチ調べ（法人向けファイル共有サービス）

[English]
- Meridian Sync's SLA is 99.9%.
- Meridian Sync is ISO 27001 and ISO 27017 certified.

""" + SIG_TK1 + """

-----Original Message-----
From: Rachel Ng <rachel.ng@brightwater-capital.com>
Sent: Wednesday, August 19, 2026 4:51 PM
To: 森 健二 <kenji.mori@jp.meridian-data.com>
Subject: Security questionnaire - Meridian Sync

Hi Kenji-san,

Our vendor risk team needs three things before the 31 August committee:
1. Uptime commitment for Meridian Sync.
2. Certifications held.
3. We need at least 8,000 seats on Meridian Sync across APAC - please confirm that is fine.

One of the other vendors we looked at quoted 99.99% uptime, for what it is worth.

Thanks,
Rachel Ng | Vendor Risk, Brightwater Capital | 9 Straits View, Singapore 018937 | +65 6800 2214
""",
  items=[C(SYNC, "sla", 99.9, "ok", "・メリディアン シンクのSLAは99.9%です。"),
         C(SYNC, "certifications", "ISO 27001", "ok", "・メリディアン シンクはISO/IEC 27001の認証を取得済みでございます。"),
         C(SYNC, "certifications", "ISO 27017", "conflict", "- Meridian Sync is ISO 27001 and ISO 27017 certified.")])

# 0013 Osaka, UTF-8 QP, 税込 mistake in Japanese, correct English.
M(file="0013.eml", id="f3b8a1d2-6c47-4e09-b5a3-8d21c7e0f964@osaka.jp.meridian-data.com",
  frm=OS2, to=("Tom Ashdown", "tom.ashdown@kinloch-engineering.com"),
  cc=[("吉田 健", "ken.yoshida@kinloch.co.jp")],
  date=datetime(2026, 9, 3, 10, 50, 0, tzinfo=JST), cte="quoted-printable", archive=True,
  subject="メリディアン・シンク お見積り（キンロック・ジャパン様） / Quote for Kinloch Japan",
  body="""吉田様、Tom

お世話になっております。大阪支店の藤本です。
キンロック・ジャパン様向けのお見積りをお送りします。

・メリディアン・シンクの月額料金は５万円（税込）です。
・ご契約ユーザー数：320名（10月1日開始）
・お打ち合わせ：9月17日（木）14:00～ 梅田オフィスにて

Tom, in English:
Meridian Sync for Kinloch Japan is JPY 55,000 per month including consumption tax.
The order covers 320 users from 1 October; we meet at the Umeda office on 17 September at 2pm.

Best regards / よろしくお願いいたします。
Yuki Fujimoto (藤本 由紀)
Meridian Data K.K., Osaka Branch｜TEL 06-6485-3312｜〒530-0011
""",
  items=[C(SYNC, "monthly_price", jpy(50000, "included"), "conflict", "・メリディアン・シンクの月額料金は５万円（税込）です。"),
         C(SYNC, "monthly_price", jpy(55000, "included"), "ok", "Meridian Sync for Kinloch Japan is JPY 55,000 per month including consumption tax.")])

# 0014 US-HQ, short English, Insight.
M(file="0014.eml", id="CAPx4b7Nw2Lr9Kq0_sY6mVd1TzH8gEo3cJfA@mail.gmail.com",
  frm=US1, to=("Hiroshi Tanabe", "h.tanabe@kurogane-us.com"),
  date=datetime(2026, 9, 10, 8, 15, 0, tzinfo=PDT), cte="7bit", archive=True,
  subject="Meridian Insight pilot",
  body="""Hiroshi,

Short answers to Monday's questions:
- Meridian Insight lists at $30 per user per month.
- Meridian Insight queries return in under a second on a typical workspace.
- Meridian Insight comes with a 30-day free trial. That means the 25-person pilot costs nothing until October 12.

Dana

""" + SIG_US1 + "\n",
  items=[C(INS, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight lists at $30 per user per month."),
         C(INS, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight queries return in under a second on a typical workspace."),
         C(INS, "free_trial", dur(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial")])

# 0015 Tokyo, Japanese then English, Vault, UTF-8 base64. Phrase in each language.
M(file="0015.eml", id="CAGt8Yq3Dz0kW5n-pL2hR7vMx9sBc4eJaFuN@mail.gmail.com",
  frm=TK3, to=("Elena Rossi", "elena.rossi@veltro-textiles.it"),
  cc=[("加藤 亜希子", "akiko.kato@veltro.co.jp")],
  date=datetime(2026, 9, 15, 18, 3, 0, tzinfo=JST), archive=True,
  subject="メリディアン・ボールト：データの保管場所について / Meridian Vault data locations",
  body="""加藤様、Elena様

お世話になっております。東京オフィスの佐々木です。

メリディアン・ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点です。
シンガポールには拠点がございません。
メリディアン・ボールトのRTOは4時間です。
お預かりしたバックアップは完全に安全に保管されます。

(English)
Meridian Vault is hosted in data centers in Tokyo, Osaka, Oregon and Frankfurt. There is no Singapore site.
Meridian Vault has an RTO of 4 hours.
Your backups are 100% secure with us.

ミラノ本社様とのWeb会議は9月24日 16:00（日本時間）で調整しております。

佐々木 真理子
Meridian Data株式会社 東京オフィス　TEL 03-5218-4475
""",
  items=[C(VAULT, "data_centers", "Tokyo", "ok", "メリディアン・ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点です。"),
         C(VAULT, "data_centers", "Osaka", "ok", "メリディアン・ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点です。"),
         C(VAULT, "data_centers", "Oregon", "ok", "メリディアン・ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点です。"),
         C(VAULT, "data_centers", "Frankfurt", "ok", "メリディアン・ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4拠点です。"),
         C(VAULT, "rto", dur(4, "hours"), "unverified", "メリディアン・ボールトのRTOは4時間です。"),
         PH("ja.absolute", "お預かりしたバックアップは完全に安全に保管されます。"),
         PH("en.guarantee", "Your backups are 100% secure with us.")])

# 0016 Partner (SIer) restating Meridian Sync, Japanese + English. Archived (partners take no part in cross-office).
M(file="0016.eml", id="202609221130.ab12cd34ef@mail.kansai-si.co.jp",
  frm=("上田 誠司", "s.ueda@kansai-si.co.jp"), to=("Brian Cole", "brian.cole@ridgefield-med.com"),
  date=datetime(2026, 9, 22, 11, 30, 0, tzinfo=JST), charset="iso2022_jp", cte="7bit", archive=True,
  subject="メリディアン シンク 導入構成案 / Meridian Sync deployment plan",
  body="""Brian様

関西システムインテグレーション（販売代理店）の上田です。
導入構成案をお送りします。

・メリディアン シンクはLinuxにも対応しているため、設計部門の端末もそのまま利用できます。
・従来のメリディアンファイルシンクからの移行作業は弊社で代行いたします。

Brian, in short: Meridian Sync also runs on Linux, so the design workstations are covered, and we will handle the move from the old product.

上田 誠司
関西システムインテグレーション株式会社
〒541-0041 大阪市中央区北浜2-4-6　TEL 06-6201-5540
""",
  items=[C(SYNC, "supported_platforms", "Linux", "conflict", "・メリディアン シンクはLinuxにも対応しているため、設計部門の端末もそのまま利用できます。"),
         TERM(SYNC, "・従来のメリディアンファイルシンクからの移行作業は弊社で代行いたします。")])

# 0017 Osaka interleaved reply ("On ... wrote:") to an English customer, answers in JA + EN. ISO-2022-JP.
M(file="0017.eml", id="9a0c7e51-3d28-4b6f-a1e4-72f5c0b8d316@osaka.jp.meridian-data.com",
  frm=OS1, to=("Anna Schmidt", "anna.schmidt@lindqvist-chem.com"),
  date=datetime(2026, 10, 6, 13, 40, 0, tzinfo=JST), charset="iso2022_jp", cte="7bit", archive=True,
  reply_to_id="AM9PR07MB7283C1B0A9F8E7D6C5B4A3F2E1@AM9PR07MB7283.eurprd07.prod.outlook.com",
  subject="Re: Meridian Insight questions from Lindqvist Japan",
  body="""Anna様

大阪支店の西村です。ご質問にインラインで回答いたします（日本語・英語併記）。

On Mon, 5 Oct 2026 at 17:02, Anna Schmidt <anna.schmidt@lindqvist-chem.com> wrote:
> Can Meridian Insight handle 300 dashboards for the Japan plants?

メリディアン インサイトのダッシュボードは最大200個です。
Meridian Insight supports up to 200 dashboards.

> We were told Meridian Insight has a 60-day trial.

メリディアン インサイトの無料トライアルは30日間です。
The Meridian Insight free trial is 30 days.

> How many data sources can it connect to?

メリディアン インサイトは50種類以上のデータソースと連携できます。
Meridian Insight connects to 50+ data sources.

""" + SIG_OS1 + "\n",
  items=[C(INS, "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボードは最大200個です。"),
         C(INS, "free_trial", dur(60, "days"), "conflict", "> We were told Meridian Insight has a 60-day trial.", True, "unknown"),
         C(INS, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトの無料トライアルは30日間です。"),
         C(INS, "integrations", 50, "unverified", "メリディアン インサイトは50種類以上のデータソースと連携できます。")])

# 0018 US-HQ forwards a Tokyo message as an attached message/rfc822, English summary.
ATT18 = dict(
  id="20261016104401.7C3D92E5@jp.meridian-data.com", frm=TK3,
  to=("松本 裕子", "yuko.matsumoto@orion-trading.co.jp"),
  date=datetime(2026, 10, 16, 10, 44, 1, tzinfo=JST), charset="iso2022_jp", cte="7bit",
  subject="メリディアン・インサイト 性能と料金について",
  body="""松本様

お世話になっております。東京オフィスの佐々木です。

・メリディアン・インサイトのクエリは、最大5秒程度で結果が返ります。
・メリディアン・インサイトの料金は1ユーザーあたり月額4,000円（税抜）です。

よろしくお願いいたします。
佐々木
""")
M(file="0018.eml", id="CAJw9Rt2Lm5Hq8v_kN1xYb4sPd7eZc0uFgTa@mail.gmail.com",
  frm=US2, to=("Ben Carter", "ben.carter@orion-trading.com"),
  date=datetime(2026, 10, 20, 9, 0, 0, tzinfo=PDT), cte="8bit", mime="rfc822", attached=ATT18,
  attached_name="Insight_perf_pricing_JP",
  archive=True,
  subject="Fwd: Meridian Insight performance and pricing (Japan thread)",
  body="""Ben,

Attached is the note Mariko in our Tokyo office sent Yuko Matsumoto last week. Summary in English:

- Meridian Insight answers queries within 2 seconds (her note says 5 - that figure is out of date, we are correcting it with Yuko).
- US pricing for Meridian Insight is $30 per user per month; the Japan entity pays in yen.

Your renewal for the 75 US seats is due on November 30.

Marcus
""",
  items=[C(INS, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight answers queries within 2 seconds"),
         C(INS, "per_user_price", usd(30, "user-month"), "ok", "US pricing for Meridian Insight is $30 per user per month"),
         C(INS, "query_latency", dur(5, "seconds"), "conflict", "・メリディアン・インサイトのクエリは、最大5秒程度で結果が返ります。", True, "tokyo"),
         C(INS, "per_user_price", jpy(4000, "excluded", "user-month"), "ok", "・メリディアン・インサイトの料金は1ユーザーあたり月額4,000円（税抜）です。", True, "tokyo")])

# 0019 unreadable: an Outlook export that is really gzip data.
M(file="0019.eml", raw=gzip.compress(("Kestrel Pharma - weekly export 2026-10-26\n" * 40).encode(), mtime=0),
  id=None, date=None, items=[dict(kind="unreadable", rule=None, product=None, quoted=False,
                                  text="not an RFC 5322 message: the file is gzip-compressed binary data")])

# 0020 London, multipart/alternative, £, unlimited, JPY price in a London mail.
M(file="0020.eml", id="DB9PR06MB8123F4E5D6C7B8A9F0E1D2C3B4@DB9PR06MB8123.eurprd06.prod.outlook.com",
  frm=UK1, to=("James Okafor", "james.okafor@tamesis-legal.co.uk"),
  date=datetime(2026, 11, 2, 15, 10, 0, tzinfo=GMT), mime="alternative", cte="quoted-printable",
  subject="Meridian Sync - proposal for Tamesis (London & Tokyo)",
  body="""Dear James,

Thank you for the time on Thursday. As discussed:

- Meridian Sync is £329 per month for the London practice.
- Meridian Sync allows up to 10k named users per tenant, so both offices can share one tenant.
- For the Tokyo office, our Japanese colleagues quote Meridian Sync at ¥50,000 per month excluding consumption tax.
- Meridian Sync keeps unlimited file versions, so nothing the fee-earners save is ever lost.

Your 140 fee-earners in London would be onboarded in the week of 16 November.

""" + SIG_UK1 + "\n",
  items=[C(SYNC, "monthly_price", gbp(329), "ok", "Meridian Sync is £329 per month for the London practice."),
         C(SYNC, "max_users", 10000, "ok", "Meridian Sync allows up to 10k named users per tenant"),
         C(SYNC, "monthly_price", jpy(50000), "office-variant", "our Japanese colleagues quote Meridian Sync at ¥50,000 per month excluding consumption tax."),
         PH("en.unlimited", "Meridian Sync keeps unlimited file versions")])

# 0021 Tokyo, before April 2026: 5,000 now, 1万 from April (period-placed). ISO-2022-JP.
M(file="0021.eml", id="TYWPR01MB10293A1B2C3D4E5F6A7B8C9D0E1@TYWPR01MB10293.jpnprd01.prod.outlook.com",
  frm=TK1, to=("Wei Chen", "wei.chen@lumen-semiconductor.tw"),
  date=datetime(2026, 3, 20, 14, 0, 0, tzinfo=JST), charset="iso2022_jp", cte="7bit", archive=True,
  subject="メリディアン シンクのユーザー上限について / Meridian Sync user limit",
  body="""Wei様

お世話になっております。東京オフィスの森です。

現在、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。
2026年4月以降、メリディアン シンクは最大1万ユーザーまで拡張されます。

In English: Meridian Sync currently supports up to 5,000 users per tenant. From April 2026, Meridian Sync will support up to 10,000 users.

台湾拠点様の3,200名分は、4月の拡張を待たずにご利用開始いただけます。

""" + SIG_TK1 + "\n",
  items=[C(SYNC, "max_users", 5000, "ok", "現在、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
         C(SYNC, "max_users", 10000, "ok", "2026年4月以降、メリディアン シンクは最大1万ユーザーまで拡張されます。")])

# 0022 Osaka after April 2026: stale 5,000 in both languages (one line). UTF-8 base64.
M(file="0022.eml", id="CAEb2Xn7Pq4Km1s_vR8wLt5yHd0jZc9gFaUo@mail.gmail.com",
  frm=OS2, to=("Olivia Grant", "olivia.grant@marlowe-hotels.com"),
  date=datetime(2026, 6, 15, 12, 20, 0, tzinfo=JST), archive=True,
  subject="Re: ユーザー数の上限 / User limit",
  body="""Olivia様

藤本です。ご質問の件、メリディアン シンクでご利用いただけるのは最大5,000ユーザーまでです。
Meridian Sync allows up to 5,000 users.

京都・大阪の2ホテルで合計1,150名とのことですので、問題ございません。

Yuki Fujimoto (藤本 由紀) | Meridian Data K.K., Osaka | Tel +81 6 6485 3312
""",
  items=[C(SYNC, "max_users", 5000, "stale", "メリディアン シンクでご利用いただけるのは最大5,000ユーザーまでです。")])

# ------------------------------------------------------------------ documents
DOCS = []


def D(path, text, items, enc="utf-8"):
    DOCS.append(dict(path=path, text=text, items=items, enc=enc))


D("docs/tokyo/2026-11_hollen-japan_proposal.md", """# ホーレン・ジャパン株式会社様 ご提案書 / Proposal for Hollen Japan

Meridian Data株式会社 東京オフィス　2026年11月

## 1. メリディアン シンク（Meridian Sync）

メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。
Meridian Sync includes 1 TB of storage for each user（1ユーザーあたり1TB）.

業界最安の料金で、全社のファイル共有を統合いただけます。

## 2. お見積り

金額はすべて税抜です。

| 品目 | 単価（月額） | 数量 | 金額 |
|---|---|---|---|
| メリディアン シンク 基本料金 | 50,000円 | 12か月 | 600,000円 |
| メリディアン ボールト（1TBあたり） | 2,800円 | 40 | 112,000円 |

## 3. サービスレベル / Service levels

| 製品 | SLA（稼働率） |
|---|---|
| メリディアン シンク | 99.9% |
| メリディアン ボールト | 99.95% |

ご不明点は森（03-5218-4470）までお問い合わせください。
""", [C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。"),
      C(SYNC, "storage_per_user", TB, "ok", "Meridian Sync includes 1 TB of storage for each user（1ユーザーあたり1TB）."),
      PH("ja.cheapest", "業界最安の料金で、全社のファイル共有を統合いただけます。"),
      C(SYNC, "monthly_price", jpy(50000), "ok", "| メリディアン シンク 基本料金 | 50,000円 | 12か月 | 600,000円 |"),
      C(VAULT, "price_per_tb", jpy(2800, per="TB-month"), "ok", "| メリディアン ボールト（1TBあたり） | 2,800円 | 40 | 112,000円 |"),
      C(SYNC, "sla", 99.9, "ok", "| メリディアン シンク | 99.9% |"),
      C(VAULT, "sla", 99.95, "ok", "| メリディアン ボールト | 99.95% |")])

D("docs/osaka/teian_vault_seto-marine.txt", """メリディアン・ボールト　ご提案概要
瀬戸マリン株式会社様
Meridian Data株式会社 大阪支店　2026年11月10日

１．バックアップ仕様
　・保持期間：メリディアン・ボールトの標準保持期間は９０日間です。
　・メリディアン・ボールトのRPO（目標復旧時点）は最大１５分です。
　・メリディアン・ボールトは１テナントあたり最大0.5PBまで保存できます。
　・メリディアン・ボールトでは、全データをＡＥＳ－２５６で暗号化して保管します。
　・メリディアン・ボールトのSLAは９９．９５％です。

２．データセンター
　メリディアン・ボールトのデータセンターは東京・大阪・シンガポールにございます。

３．ご参考
# onevoice-disable-next-line
　メリディアン・ボールトは業界No.1の復旧速度です。
　神戸ヤード様の現在のデータ量：約40TB（2026年10月末時点）

以上
大阪支店　西村（06-6485-3310）
""", [C(VAULT, "retention", dur(90, "days"), "ok", "保持期間：メリディアン・ボールトの標準保持期間は９０日間です。"),
      C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトのRPO（目標復旧時点）は最大１５分です。"),
      C(VAULT, "max_storage", 500 * TB, "ok", "メリディアン・ボールトは１テナントあたり最大0.5PBまで保存できます。"),
      C(VAULT, "encryption", "AES-256", "ok", "メリディアン・ボールトでは、全データをＡＥＳ－２５６で暗号化して保管します。"),
      C(VAULT, "sla", 99.95, "ok", "メリディアン・ボールトのSLAは９９．９５％です。"),
      C(VAULT, "data_centers", "Tokyo", "ok", "メリディアン・ボールトのデータセンターは東京・大阪・シンガポールにございます。"),
      C(VAULT, "data_centers", "Osaka", "ok", "メリディアン・ボールトのデータセンターは東京・大阪・シンガポールにございます。"),
      C(VAULT, "data_centers", "Singapore", "conflict", "メリディアン・ボールトのデータセンターは東京・大阪・シンガポールにございます。")])

D("docs/london/tamesis-insight-proposal.html", """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Meridian Insight - proposal for Tamesis LLP</title></head>
<body>
<h1>Meridian Insight &mdash; proposal for Tamesis LLP</h1>
<p>Prepared by Harriet Combe, Meridian Data Ltd, 20 Farringdon Road, London EC1M 3HE &middot; 12 November 2026</p>
<h2>Availability</h2>
<p>Meridian Insight reaches general availability in January 2027. Until then, Tamesis would join the beta programme.</p>
<h2>Commercials</h2>
<p>Meridian Insight is &pound;25 per user per month. The Tokyo office pilot would start on 4 January; seat numbers are in the order form.</p>
<h2>Limits and service</h2>
<ul>
<li>Meridian Insight supports up to <s>500</s> 200 dashboards per workspace.</li>
<li>Meridian Insight comes with a 99.9% uptime SLA.</li>
<li>Meridian Insight has industry-leading query speed.<sup>1</sup></li>
</ul>
<p><small><sup>1</sup> Source: Halvorsen Analytics, BI Platform Benchmark, September 2026.</small></p>
</body></html>
""", [C(INS, "general_availability", "2027-01", "ok", "Meridian Insight reaches general availability in January 2027."),
      C(INS, "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is &pound;25 per user per month."),
      C(INS, "max_dashboards", 200, "ok", "Meridian Insight supports up to <s>500</s> 200 dashboards per workspace."),
      C(INS, "sla", 99.9, "unverified", "Meridian Insight comes with a 99.9% uptime SLA.")])

D("docs/us-hq/meridian-sync-onepager-jp-subsidiaries.md", """# Meridian Sync — one-pager for US customers with Japanese subsidiaries

_Meridian Data Inc., San Francisco · revised November 2026_

Meridian Sync (formerly Meridian FileSync) is our file sync and share service.

- Meridian Sync supports up to 10,000 users per tenant.
- Meridian Sync is $399 per month for the whole tenant.
- Meridian Sync has no offline mode: the desktop and mobile clients need a network connection to sync.
- Meridian Sync is SOC 2 Type II attested.
- Meridian Sync also has a desktop client for ChromeOS.

## For your Japanese colleagues / 日本法人のご担当者様へ

メリディアン シンク（旧メリディアン ファイルシンク）は、日本では東京オフィスが円建てでご請求いたします。
ご質問は sales-jp@meridian-data.com までお寄せください。
""", [TERM(SYNC, "Meridian Sync (formerly Meridian FileSync) is our file sync and share service."),
      C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant."),
      C(SYNC, "monthly_price", usd(399), "ok", "Meridian Sync is $399 per month for the whole tenant."),
      C(SYNC, "offline_mode", False, "ok", "Meridian Sync has no offline mode: the desktop and mobile clients need a network connection to sync."),
      C(SYNC, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is SOC 2 Type II attested."),
      C(SYNC, "supported_platforms", "ChromeOS", "conflict", "Meridian Sync also has a desktop client for ChromeOS.")])


# ------------------------------------------------------------------ write
def decoded_text(m):
    t = m["body"]
    if m.get("attached"):
        t += "\n" + m["attached"]["body"]
    return t


def write():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    expected, raws = [], {}
    for m in MSGS:
        if "raw" in m:
            data = m["raw"]
        else:
            m["from"], m["to"] = m["frm"], m["to"]
            if m.get("attached"):
                a = m["attached"]
                a["from"] = a["frm"]
            data = build(m).replace("\n", "\r\n").encode("ascii" if m["cte"] != "8bit" else m["charset"])
        with open(os.path.join(ROOT, "mail", m["file"]), "wb") as fh:
            fh.write(data)
        raws[m["file"]] = data
        off = office_of(m["frm"][1]) if m.get("frm") else "unknown"
        as_of = m["date"].strftime("%Y-%m-%d") if m.get("date") else None
        files = ["mail/" + m["file"]] + (["mail/archive.mbox"] if m["archive"] else [])
        for it in m["items"]:
            if it["kind"] == "claim":
                t = decoded_text(m)
                assert unicodedata.normalize("NFC", it["text"]) in t, (m["file"], it["text"])
            elif it["kind"] != "unreadable":
                assert it["text"] in decoded_text(m), (m["file"], it["text"])
        for f in files:
            for it in m["items"]:
                expected.append(record(it, f, m["id"], off, as_of))
    for d in DOCS:
        p = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding=d["enc"], newline="\n") as fh:
            fh.write(d["text"])
        off = d["path"].split("/")[1]
        for it in d["items"]:
            assert it["text"] in d["text"], (d["path"], it["text"])
            expected.append(record(it, d["path"], None, off, DOCS_AS_OF))
    # mboxrd archive, date order
    arch = sorted((m for m in MSGS if m["archive"]), key=lambda m: m["date"].astimezone(timezone.utc))
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        for m in arch:
            d = m["date"].astimezone(timezone.utc)
            fh.write(("From %s %s\n" % (m["frm"][1], d.strftime("%a %b %d %H:%M:%S %Y"))).encode())
            body = raws[m["file"]].replace(b"\r\n", b"\n")
            for line in body.split(b"\n")[:-1] if body.endswith(b"\n") else body.split(b"\n"):
                if re.match(rb"^>*From ", line):
                    line = b">" + line
                fh.write(line + b"\n")
            fh.write(b"\n")
    expected += cross_office(arch)
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in expected:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w") as fh:
        fh.write("""# onevoice configuration for probe set52 (SPEC section 6).
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
    return expected


def record(it, f, mid, off, as_of):
    if it["kind"] == "claim":
        return {"type": "claim", "file": f, "message_id": mid, "product": it["product"],
                "attribute": it["attribute"], "value": it["value"], "verdict": it["verdict"],
                "quoted": it["quoted"], "office": it["office"] or off, "as_of": as_of, "text": it["text"]}
    return {"type": "finding", "file": f, "message_id": mid, "kind": it["kind"], "rule": it["rule"],
            "product": it["product"], "quoted": it["quoted"], "text": it["text"]}


SETS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def vkey(v):
    return json.dumps(v, sort_keys=True)


def same_money_unit(a, b):
    if isinstance(a, dict) and "currency" in a:
        return isinstance(b, dict) and a["currency"] == b["currency"] and a["per"] == b["per"]
    return True


def cross_office(arch):
    """Pairs of offices (customers/partners excluded) that told customers values for the same
    product+attribute that cannot both be right, within 45 days (quoted claims dated by the reply)."""
    rows = []
    for m in arch:
        off = office_of(m["frm"][1])
        for it in m["items"]:
            if it["kind"] != "claim" or it["attribute"] in SETS:
                continue
            o = it["office"] or off
            if o == "unknown":
                continue
            rows.append((it["product"], it["attribute"], o, it["value"], it["verdict"], m["date"].date(), m["file"]))
    found = {}
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a[:2] != b[:2] or a[2] == b[2] or abs((a[5] - b[5]).days) > 45:
                continue
            if not same_money_unit(a[3], b[3]) or a[4] == b[4] == "ok":
                continue
            if isinstance(a[3], dict) and "currency" in a[3]:      # 50,000 excl == 55,000 incl
                if a[4] in ("ok",) and b[4] in ("ok",):
                    continue
            if vkey(a[3]) == vkey(b[3]):
                continue
            key = (a[0], a[1], tuple(sorted((a[2], b[2]))))
            bad, good = (a, b) if a[4] != "ok" else (b, a)
            r = found.setdefault(key, {"type": "cross-office", "product": a[0], "attribute": a[1],
                                       "offices": list(key[2]), "file": "mail/archive.mbox",
                                       "message_files": set(), "values": {}})
            r["message_files"].update(["mail/" + a[6], "mail/" + b[6]])
            r["values"].setdefault(bad[2], bad[3])
            r["values"].setdefault(good[2], good[3])
    out = []
    for k in sorted(found):
        r = found[k]
        r["message_files"] = sorted(r["message_files"])
        out.append(r)
    return out


if __name__ == "__main__":
    exp = write()
    n = lambda t: sum(1 for r in exp if r["type"] == t)
    print("messages=%d archived=%d docs=%d claims=%d findings=%d cross-office=%d" % (
        len(MSGS), sum(1 for m in MSGS if m["archive"]), len(DOCS), n("claim"), n("finding"), n("cross-office")))
    for r in exp:
        if r["type"] == "cross-office":
            print("  cross-office", r["product"], r["attribute"], r["offices"], r["message_files"], r["values"])
