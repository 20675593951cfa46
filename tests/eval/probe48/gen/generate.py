#!/usr/bin/env python3
"""Regenerate probe set 48 (support & customer-success mail, Meridian Data).

    python3 gen/generate.py          # from anywhere; writes next to gen/

Deterministic, stdlib only. Writes mail/*.eml, mail/archive.mbox, docs/**,
.onevoice.yaml and expected.jsonl. Every label is written beside the text it
labels, and checked: each `text` must occur in the decoded body.
"""
import base64, datetime as dt, gzip, hashlib, html, json, os, quopri, re, shutil, unicodedata
from email.header import Header
from email.utils import formataddr, format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
DOC_ASOF = "2026-11-22"


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


def h(s, n=12):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- MIME building
def hdr(text, charset):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76, header_name="Subject").encode()


def addr(name, a, charset):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def encode_body(text, charset, cte):
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte in ("7bit", "8bit"):
        return raw.replace(b"\r\n", b"\n")
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)).encode() + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw.replace(b"\r\n", b"\n")).replace(b"\r\n", b"\n")
    raise ValueError(cte)


def part(ctype, text, charset, cte, extra=""):
    head = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, charset, extra, cte)
    return head.encode() + encode_body(text, charset, cte)


def to_html(text):
    out, inq = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if inq and not q:
            out.append("</blockquote>")
        inq = q
        body = line.lstrip("> ") if q else line
        out.append("<div>%s</div>" % (html.escape(body) if body.strip() else "<br>"))
    if inq:
        out.append("</blockquote>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


def build(m):
    cs = m["charset"]
    hcs = "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8"
    lines = [
        "Return-Path: <%s>" % m["from"][1],
        "Received: from %s (%s [10.%d.%d.%d]) by mx.%s with ESMTPS id %s; %s" % (
            m["from"][1].split("@")[1], "mail-" + h(m["id"], 6), m["n"] % 200, (m["n"] * 7) % 250, 20 + m["n"],
            m["to"][1].split("@")[1], h("r" + m["id"], 16), format_datetime(m["dt"])),
        "From: " + addr(m["from"][0], m["from"][1], hcs),
        "To: " + addr(m["to"][0], m["to"][1], hcs),
    ]
    if m.get("cc"):
        lines.append("Cc: " + addr(m["cc"][0], m["cc"][1], hcs))
    lines += ["Subject: " + hdr(m["subject"], hcs), "Date: " + format_datetime(m["dt"]),
              "Message-ID: <%s>" % m["id"]]
    if m.get("reply_to_id"):
        lines += ["In-Reply-To: <%s>" % m["reply_to_id"], "References: <%s>" % m["reply_to_id"]]
    lines += [m["mailer"], "MIME-Version: 1.0"]
    if m.get("attach"):
        b = "----=_Part_%s" % h("b" + m["id"], 20)
        inner = m["attach"]
        body = ("This is a multi-part message in MIME format.\n\n--%s\n" % b).encode() + \
            part("text/plain", m["body"], cs, m["cte"]) + ("\n--%s\n" % b).encode() + \
            ("Content-Type: message/rfc822; name=\"%s.eml\"\nContent-Disposition: attachment; filename=\"%s.eml\"\n\n"
             % (inner["fname"], inner["fname"])).encode() + inner["raw"] + ("\n--%s--\n" % b).encode()
        head = "\n".join(lines + ["Content-Type: multipart/mixed; boundary=\"%s\"" % b]) + "\n\n"
        raw = head.encode() + body
    elif m.get("html"):
        b = "000000000000%s" % h("a" + m["id"], 16)
        body = ("--%s\n" % b).encode() + part("text/plain", m["body"], cs, m["cte"]) + \
            ("\n--%s\n" % b).encode() + part("text/html", to_html(m["body"]), "utf-8", "quoted-printable") + \
            ("\n--%s--\n" % b).encode()
        head = "\n".join(lines + ["Content-Type: multipart/alternative; boundary=\"%s\"" % b]) + "\n\n"
        raw = head.encode() + body
    else:
        head = "\n".join(lines + ["Content-Type: text/plain; charset=\"%s\"%s" % (cs, m.get("ctextra", "")),
                                  "Content-Transfer-Encoding: %s" % m["cte"]]) + "\n\n"
        raw = head.encode() + encode_body(m["body"], cs, m["cte"])
    if m.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- people
TK_CSM = ("高橋 美咲", "m.takahashi@jp.meridian-data.com")
TK_SUP = ("小林 大輔", "d.kobayashi@jp.meridian-data.com")
TK_CSM2 = ("森田 彩", "a.morita@jp.meridian-data.com")
OS_SUP = ("西村 健太", "k.nishimura@osaka.jp.meridian-data.com")
OS_CSM = ("藤井 由紀", "y.fujii@osaka.jp.meridian-data.com")
US_SUP = ("Marcus Bell", "marcus.bell@meridian-data.com")
US_CSM = ("Priya Raman", "priya.raman@meridian-data.com")
US_REL = ("Meridian Insight Beta Program", "insight-beta@meridian-data.com")
UK_CSM = ("Hannah Whitfield", "hannah.whitfield@uk.meridian-data.com")
UK_SUP = ("Tom Okafor", "tom.okafor@uk.meridian-data.com")

OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
OUTLOOK_MSGID = lambda s: "TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com" % (h(s, 4).upper(), h("x" + s, 16).upper(), h(s, 4).upper())
UK_MSGID = lambda s: "LO2P265MB%s%s@LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM" % (h(s, 4).upper(), h("y" + s, 16).upper(), h(s, 4).upper())
GMAIL_MSGID = lambda s: "CA%s+%s@mail.gmail.com" % (h(s, 14).upper(), h("g" + s, 8))
TB_MSGID = lambda s, dom: "%s-%s-%s-%s@%s" % (h(s, 8), h("1" + s, 4), h("2" + s, 4), h("3" + s, 12), dom)
THUNDERBIRD = "User-Agent: Mozilla Thunderbird"
APPLE = "X-Mailer: Apple Mail (2.3826.400.131.1.6)"
GMAIL = "X-Gm-Message-State: AOJu0Yw" + "Q3k9"

JST = dt.timezone(dt.timedelta(hours=9))
PT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
BST = dt.timezone(dt.timedelta(hours=1))
GMT = dt.timezone.utc

SIG_TK = """━━━━━━━━━━━━━━━━━━━━━━━━━━
{name}
メリディアンデータ株式会社 東京オフィス
{dept}
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F
TEL: 03-5555-0123（代表） / 内線 {ext}
{mail}
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_OS = """――――――――――――――――――――――――
{name}
メリディアンデータ株式会社 大阪オフィス {dept}
〒530-0001 大阪府大阪市北区梅田2-4-9 12F
TEL: 06-6345-0000 / FAX: 06-6345-0001
{mail}
――――――――――――――――――――――――"""

SIG_UK = """--
{name}
{title}
Meridian Data UK Ltd | 30 Finsbury Square, London EC2A 1AG
T: +44 20 7946 0{ext} | M: +44 7700 900{ext}
Registered in England and Wales, company no. 10482761. VAT GB 284 6613 07."""

SIG_US = """--
{name}
{title}, Meridian Data Inc.
535 Mission St, Floor 14, San Francisco, CA 94105
+1 (415) 555-01{ext} | support.meridian-data.com"""

MESSAGES, DOCS = [], []


def M(n, when, tz, frm, to, subject, body, claims=(), finds=(), charset="utf-8", cte="base64", mailer=OUTLOOK,
      msgid=None, html=False, archive=False, cc=None, reply_to_id=None, attach=None, crlf=False):
    d = dt.datetime(*when, tzinfo=tz)
    mid = msgid or OUTLOOK_MSGID("m%d" % n)
    MESSAGES.append(dict(n=n, dt=d, tz=tz, **{"from": frm}, to=to, subject=subject, body=body, claims=list(claims),
                         finds=list(finds), charset=charset, cte=cte, mailer=mailer, id=mid, html=html,
                         archive=archive, cc=cc, reply_to_id=reply_to_id, attach=attach, crlf=crlf))
    return mid


def C(product, attribute, value, verdict, text, quoted=False, office=None, as_of=None):
    return dict(product=product, attribute=attribute, value=value, verdict=verdict, text=text, quoted=quoted,
                office=office, as_of=as_of)


def F(kind, text, rule=None, product=None, quoted=False):
    return dict(kind=kind, rule=rule, product=product, text=text, quoted=quoted)

# ================================================================ messages
# 0001 tokyo CSM onboarding checklist (iso-2022-jp, Outlook)
M(1, (2026, 1, 14, 10, 22), JST, TK_CSM, ("佐藤 健一", "k.sato@hokushin-butsuryu.co.jp"),
  "【メリディアン シンク】導入チェックリストのご送付（北辰物流様）",
  """北辰物流株式会社
情報システム部 佐藤様

いつもお世話になっております。
メリディアンデータ東京オフィス、カスタマーサクセスの高橋でございます。

1月9日のキックオフミーティングでは、お忙しいところお時間をいただき
誠にありがとうございました。
ご契約いただいた850ユーザー分のライセンス発行が完了いたしましたので、
導入チェックリストをお送りいたします。

■導入チェックリスト（目標完了日：2月27日）
1. 管理コンソールへの初回ログイン（初期パスワードは別メールにて送付済み）
2. SSO（SAML 2.0）の設定　※所要時間の目安は30分程度です
3. デスクトップクライアントの配布（バージョン 4.11.2／ビルド 4113）
4. 既存ファイルサーバーからのデータ移行（対象容量 約2.3TB、約41万ファイル）
5. 利用部門向け説明会（1月28日 14:00〜15:00、オンライン）

メリディアン シンクでは、1ユーザーあたり1TBのストレージをご利用いただけます。
同製品のクライアントはWindows、macOS、iOS、Androidに対応しております。
また、メリディアン シンクの1テナントあたりの上限は現在5,000ユーザーで、2026年4月以降は1万ユーザーまで拡張される予定です。

移行作業中にエラー（例：SYNC-E1027）が表示された場合は、
サポートポータルからケースを起票のうえ、画面のスクリーンショットを添付してください。

引き続きどうぞよろしくお願いいたします。

""" + SIG_TK.format(name="高橋 美咲", dept="カスタマーサクセス部", ext="4412", mail=TK_CSM[1]),
  claims=[C(S, "storage_per_user", TB, "ok", "メリディアン シンクでは、1ユーザーあたり1TBのストレージをご利用いただけます。"),
          *[C(S, "supported_platforms", p, "ok", "同製品のクライアントはWindows、macOS、iOS、Androidに対応しております。")
            for p in ("Windows", "macOS", "iOS", "Android")],
          C(S, "max_users", 5000, "ok", "メリディアン シンクの1テナントあたりの上限は現在5,000ユーザーで"),
          C(S, "max_users", 10000, "ok", "2026年4月以降は1万ユーザーまで拡張される予定です")],
  charset="iso-2022-jp", cte="7bit", crlf=True)

# 0002 us-hq support: scheduled maintenance notice (plain ascii)
M(2, (2026, 2, 3, 9, 5), PST, US_SUP, ("IT Operations", "itops@cascadia-health.org"),
  "Scheduled maintenance: Meridian Vault control plane, Sat Feb 14 (CHG-20260214-07)",
  """Hello Cascadia Health IT team,

This is advance notice of planned maintenance on the Meridian Vault control
plane. Reference: CHG-20260214-07.

  Window:   Saturday, February 14, 2026, 02:00-05:30 UTC (3 h 30 min)
  Affects:  backup console, restore requests, REST API v2
  Tenants:  US-West pool (your tenant id: cas-hlth-0193)

What to expect
- Backup ingestion continues throughout; this is a zero-downtime change for
  your agents.
- New restore requests submitted during the window are queued and start
  within about 20 minutes after the window closes.
- The console will show a banner at 01:45 UTC, fifteen minutes before start.

Before the window, please confirm that every agent is on 7.4.1 or later
(build 7412). Agents older than 7.2 will need a manual restart afterwards.
Agents talk to the control plane on TCP 443 and 8443 only; no firewall
changes are needed.

Nothing changes in your protection settings: Meridian Vault keeps backups for
90 days by default, and the RPO for Meridian Vault stays at 15 minutes.

Status updates will be posted at status.meridian-data.com (component
"Vault - US-West"). If you have questions, reply to this email or open a
case referencing CHG-20260214-07.

Thanks,
""" + SIG_US.format(name="Marcus Bell", title="Senior Support Engineer", ext="42"),
  claims=[C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for\n90 days by default"),
          C(V, "rpo", dur(15, "minutes"), "ok", "the RPO for Meridian Vault stays at 15 minutes")],
  finds=[F("phrase", "this is a zero-downtime change for\n  your agents", rule="en.guarantee")],
  charset="us-ascii", cte="7bit", mailer=THUNDERBIRD, msgid=TB_MSGID("m2", "meridian-data.com"), archive=True)

# 0003 london CSM renewal reminder (utf-8 QP, multipart/alternative)
M(3, (2026, 2, 20, 11, 40), GMT, UK_CSM, ("Daniel Price", "daniel.price@harrowgate-architects.co.uk"),
  "Your Meridian renewal – 31 March 2026 (contract MD-UK-20931)",
  """Hi Daniel,

I hope the office move went smoothly last week.

A quick reminder that your subscription (contract MD-UK-20931) is up for
renewal on 31 March 2026. Nothing needs to happen on your side for the
renewal itself: your 120 seats and the 12% multi-year discount we agreed in
2024 carry over unchanged, and the invoice will go to accounts@ as before.

For your budget paper, the list price for Meridian Sync remains £329 per month.

Two things worth knowing for the year ahead:

1. From April 2026 Meridian Sync raises the per-tenant limit to 10,000 users,
   so the acquisition you mentioned won't need a second tenant.
2. Meridian Insight, our analytics add-on, is in beta and will be generally
   available in January 2027. If the team would like a look, it can be tried
   free for 30 days — just reply and I'll set it up.

I've booked our quarterly review for Thursday 5 March at 14:30 (Teams link
to follow). Ticket 77120 about the Revit previews is with engineering and I'll
chase it before then.

Best wishes,
Hannah

""" + SIG_UK.format(name="Hannah Whitfield", title="Customer Success Manager", ext="321"),
  claims=[C(S, "monthly_price", money(329, "GBP", "month"), "ok", "the list price for Meridian Sync remains £329 per month"),
          C(S, "max_users", 10000, "ok", "From April 2026 Meridian Sync raises the per-tenant limit to 10,000 users"),
          C(I, "general_availability", "2027-01", "ok", "Meridian Insight, our analytics add-on, is in beta and will be generally\n   available in January 2027"),
          C(I, "free_trial", dur(30, "days"), "ok", "it can be tried\n   free for 30 days")],
  charset="utf-8", cte="quoted-printable", html=True, msgid=UK_MSGID("m3"), archive=True)

# 0004 osaka support KB answer about Vault restore (iso-2022-jp)
M(4, (2026, 3, 2, 15, 18), JST, OS_SUP, ("中川 亮", "r.nakagawa@kansai-seimitsu.co.jp"),
  "Re: [Case:00482215] リストアが87%で停止する件",
  """関西精密工業株式会社
中川様

お世話になっております。メリディアンデータ大阪オフィス サポートの西村です。
ケース番号 00482215 について、調査結果をご報告いたします。

【原因】
3月1日 22:40頃に実行されたリストアジョブ（ジョブID: RJ-7731942）が、
進捗87%の時点でエラーコード E-4012（宛先ボリュームの空き不足）により停止していました。
リストア先のDドライブの空き容量が約120GBしかなく、必要な約310GBに足りていませんでした。

【対処】
1. リストア先に400GB以上の空きがあるボリュームを指定してください。
2. エージェント（バージョン 7.4.1）を再起動してください。
3. 管理コンソールの［リストア］→［再実行］からジョブを再開してください。

【ご参考】
メリディアン ボールトのバックアップ保持期間は標準で90日間ですので、
2月中旬の世代も問題なくリストアいただけます。
また、同製品のデータセンターは東京と大阪にあり、
今回のデータは大阪側に保管されております。
メリディアン ボールトの稼働率（SLA）は99.95％で、今回の事象はサービス側の障害ではございません。

再実行後も解消しない場合は、エージェントログ（C:\\ProgramData\\Meridian\\logs）を
圧縮してご返信ください。

よろしくお願いいたします。

""" + SIG_OS.format(name="西村 健太", dept="テクニカルサポート", mail=OS_SUP[1]),
  claims=[C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトのバックアップ保持期間は標準で90日間ですので"),
          C(V, "data_centers", "Tokyo", "ok", "同製品のデータセンターは東京と大阪にあり"),
          C(V, "data_centers", "Osaka", "ok", "同製品のデータセンターは東京と大阪にあり"),
          C(V, "sla", 99.95, "ok", "メリディアン ボールトの稼働率（SLA）は99.95％で")],
  charset="iso-2022-jp", cte="7bit", archive=True, crlf=True)

# 0005 customer question to tokyo support (gmail, utf-8 base64), with a reported statement
CUST5 = ("山田 洋平", "yamada.yohei@aoba-sekkei.jp")
m5 = M(5, (2026, 3, 10, 10, 42), JST, CUST5, ("Meridian サポート", "support@jp.meridian-data.com"),
  "オフライン利用とLinux対応について（契約番号 TK-2025-1187）",
  """メリディアンデータ株式会社
サポートご担当者様

青葉設計の山田です。いつもお世話になっております。

現在、設計部でメリディアン シンクを利用しております。利用者は45名です。
4月から現場事務所（山間部で回線が不安定）でも使いたいと考えており、
以下2点を確認させてください。

1. 導入時に御社の営業の方から、メリディアン シンクはオフラインでも利用できると伺っております。
　現場事務所でも同じように使えるという理解でよろしいでしょうか。
2. CAD用のワークステーションがUbuntu 22.04なのですが、Linuxでも利用可能でしょうか。

4月6日（月）の現場開設までにご回答いただけると助かります。

よろしくお願いいたします。

--
青葉設計株式会社 設計部 情報システム担当
山田 洋平
〒980-0811 宮城県仙台市青葉区一番町3-2-11
TEL 022-555-0178
""",
  claims=[C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフラインでも利用できると伺っております")],
  charset="utf-8", cte="base64", mailer=GMAIL, msgid=GMAIL_MSGID("m5"))

# 0006 tokyo support reply, quoting 0005 with a Japanese quote header (iso-2022-jp)
M(6, (2026, 3, 11, 17, 3), JST, TK_SUP, CUST5,
  "Re: オフライン利用とLinux対応について（契約番号 TK-2025-1187）",
  """青葉設計株式会社
山田様

お世話になっております。メリディアンデータ東京オフィス サポートの小林です。
お問い合わせの件（ケース番号 00483390）、回答いたします。

1. オフライン利用について
大変申し訳ございませんが、メリディアン シンクはオフラインモードには対応しておりません。
営業担当からの説明に誤りがあったようで、ご迷惑をおかけいたしました。
回線が不安定な環境では、クライアント設定の「再試行間隔」を300秒に変更いただくと、
再接続時の同期がスムーズになります。

2. Linuxについて
現時点でLinux版のクライアントはご用意がございません。
Ubuntu端末からはブラウザ（Chrome 120以降）経由でご利用ください。

なお、回線が復旧すれば変更内容は自動的に同期されますので、データは完全に保護されます。
ご参考までに、メリディアン シンクのSLAは月間稼働率99.9%です。

ご不明点がございましたら、お気軽にお知らせください。

""" + SIG_TK.format(name="小林 大輔", dept="テクニカルサポート部", ext="4520", mail=TK_SUP[1]) + """

2026年3月10日(火) 10:42 山田 洋平 <yamada.yohei@aoba-sekkei.jp>:
> メリディアンデータ株式会社
> サポートご担当者様
>
> 青葉設計の山田です。いつもお世話になっております。
>
> 現在、設計部でメリディアン シンクを利用しております。利用者は45名です。
> 4月から現場事務所（山間部で回線が不安定）でも使いたいと考えており、
> 以下2点を確認させてください。
>
> 1. 導入時に御社の営業の方から、メリディアン シンクはオフラインでも利用できると伺っております。
> 　現場事務所でも同じように使えるという理解でよろしいでしょうか。
> 2. CAD用のワークステーションがUbuntu 22.04なのですが、Linuxでも利用可能でしょうか。
>
> 4月6日（月）の現場開設までにご回答いただけると助かります。
""",
  claims=[C(S, "offline_mode", False, "ok", "メリディアン シンクはオフラインモードには対応しておりません"),
          C(S, "sla", 99.9, "ok", "メリディアン シンクのSLAは月間稼働率99.9%です"),
          C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフラインでも利用できると伺っております",
            quoted=True, office="unknown")],
  finds=[F("phrase", "データは完全に保護されます", rule="ja.absolute")],
  charset="iso-2022-jp", cte="7bit", reply_to_id=m5)

# 0007 us-hq Insight beta release notes (multipart/alternative, utf-8 QP)
M(7, (2026, 3, 18, 8, 30), PT, US_REL, ("Insight beta customers", "insight-beta-customers@lists.meridian-data.com"),
  "Meridian Insight beta 0.9.4 release notes",
  """Meridian Insight beta 0.9.4 — release notes
Build 0.9.4-b1187 · rolled out to all beta workspaces from March 17, 2026

Hi everyone,

Version 0.9.4 is now rolling out. Workspaces update automatically between
18:00 and 22:00 in your region; there is nothing to install. Here is what
changed since 0.9.2.

New
- Scheduled exports: send any dashboard as PDF or CSV on a schedule (daily,
  weekly, or on the 1st of the month).
- Meridian Insight now ships 45 pre-built connectors, including NetSuite and
  Snowflake.
- Row-level security rules can now reference up to 3 user attributes.

Performance
- In Meridian Insight 0.9.4, dashboards load in under 2 seconds at p95 on
  our 100M-row reference workspace, down from 0.9.2.
- Meridian Insight now lets each workspace hold up to 250 dashboards.

Fixed
- 14 issues, among them INS-2291 (timezone drift in weekly charts) and
  INS-2304 (CSV export stuck at 99%).

Known issue
- INS-2317: embedding a dashboard in an iframe narrower than 640 px cuts the
  legend. A fix is planned for 0.9.5.

Meridian Insight remains in beta; general availability is planned for
January 2027.

Feedback goes to the #insight-beta channel or to this list.

— The Meridian Insight team
Meridian Data Inc. · 535 Mission St, San Francisco, CA 94105
""",
  claims=[C(I, "integrations", 45, "unverified", "Meridian Insight now ships 45 pre-built connectors"),
          C(I, "query_latency", dur(2, "seconds"), "ok", "In Meridian Insight 0.9.4, dashboards load in under 2 seconds at p95"),
          C(I, "max_dashboards", 250, "conflict", "Meridian Insight now lets each workspace hold up to 250 dashboards."),
          C(I, "general_availability", "2027-01", "ok", "Meridian Insight remains in beta; general availability is planned for\nJanuary 2027.")],
  charset="utf-8", cte="quoted-printable", html=True, mailer="X-Mailer: Customer.io", msgid="%s@email.meridian-data.com" % h("m7", 24))

# 0008 osaka CSM renewal reminder for Sync (iso-2022-jp)
M(8, (2026, 4, 6, 9, 48), JST, OS_CSM, ("岡本 真理子", "okamoto@naniwa-shokuhin.co.jp"),
  "【ご案内】メリディアン シンク ご契約更新のお知らせ（契約番号 OSK-2026-0412）",
  """なにわ食品株式会社
総務部 岡本様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの藤井でございます。

貴社にご利用いただいているご契約（契約番号 OSK-2026-0412、300ユーザー）が、
2026年5月31日に更新期限を迎えますので、ご案内申し上げます。

■更新内容
・ご契約期間：2026年6月1日〜2027年5月31日（12か月）
・お支払い：年間一括（前回同様、5%のお値引きを適用いたします）
・お見積書番号：Q-OSK-260406-03（別添PDF）

■料金について
メリディアン シンクの月額料金は55,000円（税込）でございます。
前年度から価格の改定はございません。

■4月からの仕様変更
メリディアン シンクは2026年4月1日より、1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。
貴社の拠点追加（堺・神戸の約180名）も、現在のテナントのままで対応可能です。

ご不明な点がございましたら、お気軽にお問い合わせくださいませ。
今後ともどうぞよろしくお願い申し上げます。

""" + SIG_OS.format(name="藤井 由紀", dept="カスタマーサクセス", mail=OS_CSM[1]),
  claims=[C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）でございます。"),
          C(S, "max_users", 10000, "ok", "メリディアン シンクは2026年4月1日より、1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。")],
  charset="iso-2022-jp", cte="7bit", archive=True, crlf=True)

# 0009 london support KB answer on data residency, interleaved reply (windows-1252 QP)
M(9, (2026, 4, 15, 16, 55), BST, UK_SUP, ("Fiona Grant", "f.grant@harcourt-legal.co.uk"),
  "RE: Vault data residency question [Case 00491876]",
  """Hi Fiona,

Thanks for the detailed questions - answers inline below. Your case number
is 00491876 if you need to refer to it with your DPO.

On Tue, 14 Apr 2026 at 16:02, Fiona Grant <f.grant@harcourt-legal.co.uk> wrote:
> We're finishing our DPIA for the move to Meridian Vault and the partners
> want three things in writing.
>
> 1. Does Meridian Vault store anything in the US?

Only if you choose it. Meridian Vault runs in data centres in Tokyo, Osaka,
Oregon and Frankfurt, and your tenant (hlegal-uk-02) was provisioned in
Frankfurt on 9 March. Nothing is copied to a second region unless you ask
us to.

> 2. Is there a UK option?

Meridian Vault has no London region, so UK tenants are hosted in our Frankfurt data centre.

> 3. How long are deleted matters kept?

Meridian Vault keeps backups for 30 days by default. After that they are
purged within 72 hours. Your matter-hold folders (1,240 of them as of this
morning) are excluded from purging while the hold flag is set.

On pricing, which your finance team asked about last week: Meridian Vault is
£16 per TB per month, billed on the average of daily usage. For your 38 TB
that comes to roughly £608 a month before VAT.

If anything else comes up from the DPO, send it over.

Kind regards,
Tom

""" + SIG_UK.format(name="Tom Okafor", title="Support Engineer, EMEA", ext="458"),
  claims=[*[C(V, "data_centers", p, "ok", "Meridian Vault runs in data centres in Tokyo, Osaka,\nOregon and Frankfurt")
            for p in ("Tokyo", "Osaka", "Oregon", "Frankfurt")],
          C(V, "retention", dur(30, "days"), "conflict", "Meridian Vault keeps backups for 30 days by default"),
          C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is\n£16 per TB per month")],
  charset="windows-1252", cte="quoted-printable", msgid=UK_MSGID("m9"), archive=True, crlf=True)

# 0010 tokyo support incident report (utf-8 base64)
M(10, (2026, 4, 22, 18, 30), JST, TK_SUP, ("松本 智子", "t.matsumoto@ginza-pharma.co.jp"),
  "[障害報告] メリディアン シンク 同期遅延（4月21日発生）",
  """銀座ファーマ株式会社
情報システム部 松本様

平素よりお世話になっております。メリディアンデータ東京オフィスの小林でございます。
4月21日にメリディアン シンクで発生した同期遅延について、ご報告いたします。

■発生日時
2026年4月21日（火）09:12 〜 11:47（約2時間35分）

■影響範囲
国内リージョンのテナントの約4%で、ファイルのアップロードが最大25分遅延しました。
貴社テナントでは、影響を受けた利用者は延べ312名、未同期となったファイルは1,904件でした。
データの消失はございません。

■原因
メタデータサービスの設定変更（変更番号 CHG-0421-3）により、
接続プールの上限が本来の1/8に縮小されたことが原因です。
該当時間帯のクライアントには、エラーコード SYNC-503 が表示されておりました。

■対応
11:47に設定を切り戻し、12:30までに滞留していたキューはすべて処理済みです。
再発防止として、設定変更時の段階的適用（5%→25%→100%）を必須といたしました。
今後このような障害は絶対に発生させないよう努めてまいります。

■SLAについて
メリディアン シンクのSLA（月間稼働率99.9%）の算定上、本件は停止時間として計上いたします。
返金（サービスクレジット）の対象となるかは、4月分の稼働実績確定後（5月8日頃）にご連絡いたします。
なお、同製品の重大障害（優先度P1）のお問い合わせには、初回応答を1時間以内にお返ししております。

ご迷惑をおかけしましたことを、重ねてお詫び申し上げます。

""" + SIG_TK.format(name="小林 大輔", dept="テクニカルサポート部", ext="4520", mail=TK_SUP[1]),
  claims=[C(S, "sla", 99.9, "ok", "メリディアン シンクのSLA（月間稼働率99.9%）の算定上、本件は停止時間として計上いたします。"),
          C(S, "support_response_time", dur(1, "hours"), "unverified", "同製品の重大障害（優先度P1）のお問い合わせには、初回応答を1時間以内にお返ししております。")],
  finds=[F("phrase", "今後このような障害は絶対に発生させないよう努めてまいります。", rule="ja.absolute")],
  charset="utf-8", cte="base64")

# 0011 us-hq CSM onboarding checklist (multipart/alternative)
M(11, (2026, 5, 7, 13, 15), PT, US_CSM, ("Kevin Alvarez", "kalvarez@brightline-logistics.com"),
  "Brightline x Meridian Sync: onboarding checklist and kickoff on May 12",
  """Hi Kevin,

Welcome aboard, and thanks again for signing last Friday. As promised, here's
the onboarding checklist we'll walk through at kickoff on Tuesday, May 12 at
10:00 PT (60 minutes, Zoom link in the invite).

Onboarding checklist
[ ] Admin console access for 3 named admins (you, Jess, and Omar)
[ ] SSO via Okta (SAML); allow about 45 minutes with your IdP admin
[ ] Proxy allowlist: *.sync.meridian-data.com on TCP 443
[ ] Pilot group of 50 users in week 1, then the remaining 2,350 in two waves
[ ] Desktop client 4.12.3 pushed through Intune (the MSI is 187 MB)
[ ] Retire the old file shares by June 30

A few product notes that come up in every kickoff, so you have them in writing:

- Meridian Sync supports up to 10,000 users per tenant. Your 2,400 licenses
  leave plenty of headroom.
- Meridian Sync runs on Windows, macOS, iOS and Android; Linux is not supported.
- Meridian Sync does not support offline mode. Field teams will need a
  connection to open their files.
- Meridian Sync allows 5 devices per user.
- Meridian Sync is certified under ISO 27001 and SOC 2 Type II, and is HIPAA compliant, which
  matters for your clinical-logistics customers.

Your renewal date is May 1, 2027, and your account number is BL-44817.

Talk Tuesday,
Priya

""" + SIG_US.format(name="Priya Raman", title="Customer Success Manager", ext="87"),
  claims=[C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant"),
          *[C(S, "supported_platforms", p, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android; Linux is not supported.")
            for p in ("Windows", "macOS", "iOS", "Android")],
          C(S, "offline_mode", False, "ok", "Meridian Sync does not support offline mode."),
          C(S, "max_devices", 5, "unverified", "Meridian Sync allows 5 devices per user."),
          C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is certified under ISO 27001 and SOC 2 Type II, and is HIPAA compliant"),
          C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified under ISO 27001 and SOC 2 Type II, and is HIPAA compliant"),
          C(S, "certifications", "HIPAA", "conflict", "Meridian Sync is certified under ISO 27001 and SOC 2 Type II, and is HIPAA compliant")],
  charset="utf-8", cte="quoted-printable", html=True, mailer=GMAIL, msgid=GMAIL_MSGID("m11"), archive=True)

# 0012 london CSM: upgrade instructions, quoting a customer's Outlook message (utf-8 QP)
M(12, (2026, 5, 25, 10, 5), BST, UK_CSM, ("Rachel Dunmore", "r.dunmore@severnside-council.gov.uk"),
  "RE: Client upgrade before the summer",
  """Hi Rachel,

Good to hear the pilot in Planning went well.

Yes, please go ahead with the upgrade. The current Meridian Sync client is
4.12.3 (build 41230, a 192 MB installer). Version 4.10.x
reaches end of support on 30 June 2026, so anything still on it should move
before then. Step by step:

  1. Export the current settings: Settings > Advanced > Export (a 2 KB .json).
  2. Install 4.12.3 over the top; no uninstall is needed and it takes about
     4 minutes per machine.
  3. Check the tray icon shows "Up to date" and the version in About.

If you still have Meridian FileSync 3.x clients on the old thin-client
estate, those need a clean install instead; the old installers remain at
https://downloads.meridian-data.com/MeridianFileSync/legacy/ for reference
only.

On your capacity question: Meridian Sync supports up to 5,000 users, so the
merger with the county team is fine on one tenant. Each Meridian Sync user
also gets 1 TB of storage, which should cover the GIS archive.

I'll check in after the 9 June change freeze lifts.

Best,
Hannah

""" + SIG_UK.format(name="Hannah Whitfield", title="Customer Success Manager", ext="321") + """

-----Original Message-----
From: Rachel Dunmore <r.dunmore@severnside-council.gov.uk>
Sent: 22 May 2026 15:47
To: Hannah Whitfield <hannah.whitfield@uk.meridian-data.com>
Subject: Client upgrade before the summer

Hi Hannah,

We have 640 staff on the current client and expect around 900 after the
merger with the county team in September. Can we upgrade everyone in the
week of 15 June, and is there anything we need to do first?

Thanks,
Rachel Dunmore
ICT Service Desk Manager, Severnside Council
01632 960 412
""",
  claims=[C(S, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users"),
          C(S, "storage_per_user", TB, "ok", "Each Meridian Sync user\nalso gets 1 TB of storage")],
  finds=[F("terminology", "If you still have Meridian FileSync 3.x clients", product=S)],
  charset="utf-8", cte="quoted-printable", msgid=UK_MSGID("m12"), archive=True, crlf=True)

# 0013 partner asks osaka support; partner's own statement (utf-8 base64, Outlook)
PARTNER = ("井上 拓也", "t.inoue@nexus-systems.co.jp")
m13 = M(13, (2026, 6, 3, 11, 26), JST, PARTNER, ("西村 健太", OS_SUP[1]),
  "メリディアン ボールト 提案内容の確認のお願い（京阪エンジニアリング様案件）",
  """メリディアンデータ株式会社 大阪オフィス
西村様

いつもお世話になっております。ネクサスシステムズの井上です。

京阪エンジニアリング様向けに、来週6月10日（水）の提案会に向けて
メリディアン ボールトの提案書（第3版）を作成しております。
記載内容に誤りがないか、念のためご確認いただけますでしょうか。

弊社の提案書では、メリディアン ボールトのRTOを4時間と記載しております。
また、先方から「保持期間を1年に延長できるか」とのご質問をいただいております。
延長は可能でしょうか。

対象データは約85TB、サーバー台数は42台です。
お手数ですが、6月8日（月）までにご回答いただけますと幸いです。

--------------------------------------------------
株式会社ネクサスシステムズ ソリューション営業部
井上 拓也
〒541-0041 大阪市中央区北浜3-5-29 8F
TEL: 06-4707-5521 / 携帯: 090-5555-8802
--------------------------------------------------
""",
  claims=[C(V, "rto", dur(4, "hours"), "unverified", "弊社の提案書では、メリディアン ボールトのRTOを4時間と記載しております。")],
  charset="utf-8", cte="base64")

# 0014 osaka support reply with an Outlook original-message block (iso-2022-jp)
M(14, (2026, 6, 4, 14, 2), JST, OS_SUP, PARTNER,
  "RE: メリディアン ボールト 提案内容の確認のお願い（京阪エンジニアリング様案件）",
  """株式会社ネクサスシステムズ
井上様

お世話になっております。メリディアンデータ大阪オフィスの西村です。
提案書のご確認の件、以下のとおり回答いたします。

・RTOについて
メリディアン ボールトのRTOにつきましては、現時点で公式な数値を公開しておりません。
恐れ入りますが、提案書からは数値を削除いただけますようお願いいたします。
なお、同製品のRPOは15分以内です。

・保持期間の延長について
延長オプションのお見積りは、対象容量が確定した段階で別途お出しいたします。

・その他（提案書p.7の記載）
メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。
容量課金については、メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）となります。

提案会のご成功をお祈りしております。

""" + SIG_OS.format(name="西村 健太", dept="テクニカルサポート", mail=OS_SUP[1]) + """

-----Original Message-----
From: 井上 拓也 <t.inoue@nexus-systems.co.jp>
Sent: Wednesday, June 3, 2026 11:26 AM
To: 西村 健太 <k.nishimura@osaka.jp.meridian-data.com>
Subject: メリディアン ボールト 提案内容の確認のお願い（京阪エンジニアリング様案件）

メリディアンデータ株式会社 大阪オフィス
西村様

いつもお世話になっております。ネクサスシステムズの井上です。

京阪エンジニアリング様向けに、来週6月10日（水）の提案会に向けて
メリディアン ボールトの提案書（第3版）を作成しております。
記載内容に誤りがないか、念のためご確認いただけますでしょうか。

弊社の提案書では、メリディアン ボールトのRTOを4時間と記載しております。
また、先方から「保持期間を1年に延長できるか」とのご質問をいただいております。
延長は可能でしょうか。

対象データは約85TB、サーバー台数は42台です。
""",
  claims=[C(V, "rpo", dur(15, "minutes"), "ok", "なお、同製品のRPOは15分以内です。"),
          *[C(V, "data_centers", p, "ok", "メリディアン ボールトのデータセンターは東京・大阪・オレゴン・フランクフルトの4拠点です。")
            for p in ("Tokyo", "Osaka", "Oregon", "Frankfurt")],
          C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）となります。"),
          C(V, "rto", dur(4, "hours"), "unverified", "弊社の提案書では、メリディアン ボールトのRTOを4時間と記載しております。",
            quoted=True, office="unknown")],
  charset="iso-2022-jp", cte="7bit", reply_to_id=m13, archive=True, crlf=True)

# 0015 tokyo CSM: agent upgrade + renewal; the tax mark is wrong (utf-8, multipart/alternative)
M(15, (2026, 6, 25, 16, 40), JST, TK_CSM2, ("石川 翔", "s.ishikawa@minato-shoken.co.jp"),
  "メリディアン ボールト エージェント7.5.0へのアップグレードと更新のご案内",
  """みなと証券株式会社
システム部 石川様

いつもお世話になっております。
メリディアンデータ東京オフィス カスタマーサクセスの森田です。

バックアップエージェントの新バージョン 7.5.0（ビルド 7503）を公開いたしましたので、
アップグレード手順をご案内いたします。

【アップグレード手順】
1. 管理コンソールで対象サーバー（貴社環境では68台）を選択します。
2. ［エージェント］→［更新］を選び、配信時刻を指定します（推奨：平日 20:00 以降）。
3. インストーラー（約96MB）がダウンロードされ、1台あたり5分ほどで完了します。
4. 完了後、ステータスが「正常」になっていることをご確認ください。
　※7.3.x 以前からの更新では、TCP 8443番ポートの通信許可が必要です。

新バージョンでもメリディアン ボールトは従来どおりAES-256で暗号化してデータを保存します。

【ご契約更新について】
8月31日のご契約更新に向け、お見積書（No. TKQ-260625-11）を添付いたしました。
ご契約容量は前年の42TBから55TBへ増量した内容で作成しております。
メリディアン ボールトの料金は1TBあたり月額2,800円（税込）です。

ご不明点がございましたら、お気軽にご連絡ください。

""" + SIG_TK.format(name="森田 彩", dept="カスタマーサクセス部", ext="4431", mail=TK_CSM2[1]),
  claims=[C(V, "encryption", "AES-256", "ok", "新バージョンでもメリディアン ボールトは従来どおりAES-256で暗号化してデータを保存します。"),
          C(V, "price_per_tb", money(2800, "JPY", "TB-month", "included"), "conflict", "メリディアン ボールトの料金は1TBあたり月額2,800円（税込）です。")],
  charset="utf-8", cte="base64", html=True, archive=True)

# 0016 us-hq support: KB answer on Insight (ascii / utf-8 QP)
M(16, (2026, 7, 8, 10, 12), PT, US_SUP, ("Lena Fischer", "lena.fischer@northwind-retail.com"),
  "Re: [#58213] Insight dashboards slow on Monday mornings",
  """Hi Lena,

Thanks for the HAR files; they made this much easier to track down.

What we found: your "Weekly Store KPIs" dashboard runs 31 widgets against the
POS table (about 410M rows), and every Monday at 07:00 ET the scheduled
refresh and ~600 store managers hit it at the same time. Queue wait peaked at
48 seconds on July 6.

What we changed (ticket #58213, change ref INS-OPS-1190):
1. Moved the refresh to 05:30 ET.
2. Turned on result caching for that dashboard (TTL 15 minutes).

For context: Meridian Insight queries complete in under 5 seconds for most
dashboards once caching is on, so Monday should look very different.

Some answers to the side questions in your last email:
- Your evaluation workspace was set up on June 22; the Meridian Insight free
  trial runs for 30 days, so it is active until July 22.
- Meridian Insight is available in 12 UI languages, German included.
- Meridian Insight carries a 99.9% uptime SLA.
- For your Tokyo subsidiary, our Japan office lists Meridian Insight at
  ¥4,000 per user per month, excluding consumption tax.

Security is our number one priority, so the caching layer keeps results
inside your tenant only.

Best,
Marcus

""" + SIG_US.format(name="Marcus Bell", title="Senior Support Engineer", ext="42"),
  claims=[C(I, "query_latency", dur(5, "seconds"), "conflict", "Meridian Insight queries complete in under 5 seconds for most\ndashboards once caching is on"),
          C(I, "free_trial", dur(30, "days"), "ok", "the Meridian Insight free\n  trial runs for 30 days"),
          C(I, "ui_languages", 12, "unverified", "Meridian Insight is available in 12 UI languages, German included."),
          C(I, "sla", 99.9, "unverified", "Meridian Insight carries a 99.9% uptime SLA."),
          C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "office-variant",
            "our Japan office lists Meridian Insight at\n  ¥4,000 per user per month, excluding consumption tax.")],
  charset="utf-8", cte="quoted-printable", mailer=THUNDERBIRD, msgid=TB_MSGID("m16", "meridian-data.com"))

# 0017 london CSM forwards a Tokyo colleague's mail as an attachment (message/rfc822)
INNER17 = dict(n=1017, dt=dt.datetime(2026, 7, 16, 9, 10, tzinfo=JST), **{"from": TK_CSM},
               to=("Hannah Whitfield", UK_CSM[1]), subject="大阪拠点向け メリディアン インサイトの料金について",
               body="""Hannah さん

お疲れさまです。東京オフィスの高橋です。
Harrowgate様の大阪拠点（約30名）向けの件、日本での条件をまとめました。

・メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。
・メリディアン インサイトの一般提供開始は2027年1月を予定しています。
・請求は日本法人（メリディアンデータ株式会社）から円建てで行います。

先方の経理ご担当（大阪）には、来週火曜の15時に私から電話を入れる予定です。

高橋
""", charset="iso-2022-jp", cte="7bit", mailer=OUTLOOK, id=OUTLOOK_MSGID("inner17"), html=False, attach=None)
M(17, (2026, 7, 21, 9, 35), BST, UK_CSM, ("Daniel Price", "daniel.price@harrowgate-architects.co.uk"),
  "Fwd: Insight pricing for your Osaka team",
  """Hi Daniel,

As discussed on Friday, I've attached the note my Tokyo colleague Misaki sent
me about the Osaka team (it's in Japanese; the key points are the price per
user in yen, billed by our Japanese entity, and the launch date).

For your UK users, Meridian Insight is £25 per user per month.

Misaki will call your Osaka finance contact on Tuesday at 15:00 JST (07:00
here). Ticket 80144 tracks the set-up of the second billing entity.

Best wishes,
Hannah

""" + SIG_UK.format(name="Hannah Whitfield", title="Customer Success Manager", ext="321"),
  claims=[C(I, "per_user_price", money(25, "GBP", "user-month"), "ok", "For your UK users, Meridian Insight is £25 per user per month."),
          C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。",
            quoted=True, office="tokyo"),
          C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月を予定しています。",
            quoted=True, office="tokyo")],
  charset="utf-8", cte="quoted-printable", msgid=UK_MSGID("m17"), archive=True,
  attach=dict(fname="Osaka-Insight-pricing", raw=build(INNER17)))

# 0018 osaka CSM: Insight beta onboarding with a wrong launch date (iso-2022-jp)
M(18, (2026, 8, 5, 13, 55), JST, OS_CSM, ("吉田 直樹", "n.yoshida@kobe-marine.co.jp"),
  "メリディアン インサイト ベータ版 ご利用開始のご案内",
  """神戸マリン株式会社
経営企画部 吉田様

お世話になっております。メリディアンデータ大阪オフィスの藤井でございます。
先日はベータプログラムへのお申し込み、ありがとうございました。
ワークスペース（ID: kbm-ins-0088）の準備が整いましたので、ご案内いたします。

■ご利用開始までの流れ
1. 招待メール（件名「Meridian Insight へようこそ」）から初回ログイン
2. データソースの接続（まずは販売管理DBの1本のみを推奨）
3. サンプルダッシュボード（12種類）の取り込み
4. 8月19日（水）10:00〜11:30 の操作説明会にご参加

■製品について
・メリディアン インサイトは2026年10月に正式リリースの予定です。
・メリディアン インサイトの無料トライアル期間は30日間です。
・同製品ではダッシュボードを最大200個まで作成いただけます。
・業界初のAI異常検知機能も、ベータ版からお試しいただけます。

ご不明点は、ケース番号 00507712 を添えてサポート窓口までお問い合わせください。
どうぞよろしくお願いいたします。

""" + SIG_OS.format(name="藤井 由紀", dept="カスタマーサクセス", mail=OS_CSM[1]),
  claims=[C(I, "general_availability", "2026-10", "conflict", "メリディアン インサイトは2026年10月に正式リリースの予定です。"),
          C(I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトの無料トライアル期間は30日間です。"),
          C(I, "max_dashboards", 200, "ok", "同製品ではダッシュボードを最大200個まで作成いただけます。")],
  finds=[F("phrase", "業界初のAI異常検知機能も、ベータ版からお試しいただけます。", rule="ja.first-in-industry")],
  charset="iso-2022-jp", cte="7bit", archive=True)

# 0020 tokyo support: planned maintenance notice (utf-8 QP, multipart/alternative)
M(20, (2026, 9, 2, 17, 0), JST, TK_SUP, ("メリディアン シンク ご利用者各位", "sync-notice@jp.meridian-data.com"),
  "【メンテナンスのお知らせ】9月12日（土）01:00〜05:00 メリディアン シンク",
  """メリディアン シンクをご利用のお客様各位

平素よりメリディアン シンクをご利用いただき、誠にありがとうございます。
下記の日程で計画メンテナンスを実施いたします。

■日時
2026年9月12日（土）01:00〜05:00（4時間）

■影響
メンテナンス中は、Web画面およびデスクトップクライアントからのファイル同期が停止します。
対象は国内リージョンの全テナント（約1,284テナント）です。

■実施内容
・ストレージ基盤のファームウェア更新（v2.18 → v2.21）
・デスクトップクライアント 4.14.0 の配信開始（自動更新は9月15日から段階的に実施）

■メンテナンス後の変更点
メンテナンス後、メリディアン シンクのLinux版クライアントがご利用いただけるようになります。
旧製品名「メリディアン ファイルシンク」のクライアント（3.x系）は、2026年12月31日で保守を終了いたします。
お早めに4.14.0への移行をお願いいたします。

ご不便をおかけいたしますが、ご理解のほどよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━━━
メリディアンデータ株式会社 東京オフィス テクニカルサポート部
メンテナンス情報: https://status.meridian-data.com
━━━━━━━━━━━━━━━━━━━━━━━━━━
""",
  claims=[C(S, "supported_platforms", "Linux", "conflict", "メンテナンス後、メリディアン シンクのLinux版クライアントがご利用いただけるようになります。")],
  finds=[F("terminology", "旧製品名「メリディアン ファイルシンク」のクライアント（3.x系）は、2026年12月31日で保守を終了いたします。", product=S)],
  charset="utf-8", cte="quoted-printable", html=True, archive=True)

# 0021 us-hq CSM renewal reminder (ascii, Apple Mail)
M(21, (2026, 9, 10, 15, 20), PT, US_CSM, ("Grace Liu", "grace.liu@pacificrim-media.com"),
  "Meridian Sync renewal on October 1 - quick checklist",
  """Hi Grace,

Your Meridian Sync renewal comes up on October 1, so here is the short
checklist we go through with every account about three weeks out:

1. Confirm the billing contact (currently ap@pacificrim-media.com).
2. Confirm seat count: you are at 1,860 active users out of 2,000 licensed.
3. Review admins: 4 of your 9 admins have not signed in for 90+ days.
4. Client versions: 212 devices are still on 4.11.x; 4.14.0 is current.

Pricing stays where it was: Meridian Sync is $399/month for the workspace,
and each Meridian Sync user gets 1 TB of storage. Your 8% renewal discount
is already applied on quote Q-2026-09-0417.

Since you asked about the London studio: the UK entity can be billed in
sterling, where Meridian Sync is £329 per month.

One reminder from the admin side: Meridian Sync keeps unlimited file
versions only on legacy plans, so check the version-history settings before
the renewal.

Happy to walk through any of this on a call - I'm free Thursday after 1pm PT.

Priya

""" + SIG_US.format(name="Priya Raman", title="Customer Success Manager", ext="87"),
  claims=[C(S, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399/month for the workspace"),
          C(S, "storage_per_user", TB, "ok", "each Meridian Sync user gets 1 TB of storage"),
          C(S, "monthly_price", money(329, "GBP", "month"), "office-variant", "where Meridian Sync is £329 per month")],
  finds=[F("phrase", "Meridian Sync keeps unlimited file\nversions only on legacy plans", rule="en.unlimited")],
  charset="utf-8", cte="quoted-printable", mailer=APPLE, msgid="%s-%s@meridian-data.com" % (h("m21", 8).upper(), h("n21", 12).upper()),
  archive=True)

# 0022 london support, interleaved reply to a customer who repeats a wrong figure
CUST22 = ("Owen Hughes", "owen.hughes@brecon-water.co.uk")
M(22, (2026, 9, 24, 12, 10), BST, UK_SUP, CUST22,
  "Re: Vault capacity planning for 2027",
  """Hi Owen,

On Wed, 23 Sep 2026 at 17:31, Owen Hughes <owen.hughes@brecon-water.co.uk> wrote:
> Hi Tom,
>
> We have 230 TB in Meridian Vault today and grow about 6 TB a month.
> Your colleague told us Meridian Vault scales to 1 PB per tenant.
> Can we plan on staying in one tenant until 2029?

That's not right, I'm afraid: Meridian Vault stores up to 500 TB per tenant.
At 6 TB a month you'd reach that in roughly three and a half years, so one
tenant works until about early 2030, after which we'd split by site.

> Also, the restore test last Thursday took 3h12m for 1.8 TB. Is that normal?

Yes, that's within the normal range for a first full restore over your 1 Gbps
link (about 75% utilisation on the graphs). Case 00533061 has the graphs.
For completeness, Meridian Vault's RPO is 15 minutes, so the restore point you
get is never more than a quarter of an hour old.

Cheers,
Tom

""" + SIG_UK.format(name="Tom Okafor", title="Support Engineer, EMEA", ext="458"),
  claims=[C(V, "max_storage", 10 ** 15, "conflict", "Your colleague told us Meridian Vault scales to 1 PB per tenant.",
            quoted=True, office="unknown"),
          C(V, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant."),
          C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes")],
  charset="utf-8", cte="quoted-printable", mailer=THUNDERBIRD, msgid=TB_MSGID("m22", "uk.meridian-data.com"),
  archive=True)

# 0023 tokyo CSM: renewal, still quoting the old user limit (iso-2022-jp)
M(23, (2026, 10, 6, 11, 5), JST, TK_CSM, ("村上 裕子", "y.murakami@shinjuku-kosan.co.jp"),
  "ご契約更新とユーザー追加のご相談について",
  """新宿興産株式会社
総務部 村上様

お世話になっております。メリディアンデータ東京オフィスの高橋でございます。
昨日はお電話にてご相談いただき、ありがとうございました。

グループ会社の統合に伴うユーザー追加（現在1,250名 → 来年4月に約3,800名）の件、
現在のテナントのままで対応可能です。
メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけますので、
追加のテナント契約は不要でございます。

また、ご契約更新（11月30日）のお見積りは以下のとおりです。
・メリディアン シンクの月額料金は50,000円（税抜）です。
・お見積番号：TKQ-261006-02（有効期限：10月31日）

ユーザー一括登録用のCSVテンプレート（1ファイル最大2,000行）も添付いたします。
来週10月13日（火）の定例にて、登録手順をご説明いたします。

""" + SIG_TK.format(name="高橋 美咲", dept="カスタマーサクセス部", ext="4412", mail=TK_CSM[1]),
  claims=[C(S, "max_users", 5000, "stale", "メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけますので、"),
          C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）です。")],
  charset="iso-2022-jp", cte="7bit", archive=True, crlf=True)

# 0024 osaka support KB answer (utf-8 base64, Outlook)
M(24, (2026, 10, 20, 10, 30), JST, OS_SUP, ("前田 聡", "s.maeda@umeda-clinic-group.or.jp"),
  "RE: [Case:00541890] ユーザー上限と第三者認証について",
  """梅田クリニックグループ
情報管理室 前田様

お世話になっております。メリディアンデータ大阪オフィスの西村です。
ケース番号 00541890 のお問い合わせについて回答いたします。

1. ユーザー数の上限
メリディアン・シンクは1テナントあたり最大10,000ユーザーまでご利用いただけます。
現在の登録数（2,715名）から、まだ十分な余裕がございます。

2. 第三者認証
メリディアン・シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。
また、同製品はISMAPにも登録済みです。
各報告書は、NDA締結後にトラストセンター（文書番号 TC-2026-014）からダウンロードいただけます。

3. 端末の入れ替え
旧端末のクライアントは、管理コンソールの［デバイス］画面から個別に登録解除できます。
解除から新端末での同期完了までは、約2.5GBのデータで30分程度が目安です。

以上、よろしくお願いいたします。

""" + SIG_OS.format(name="西村 健太", dept="テクニカルサポート", mail=OS_SUP[1]),
  claims=[C(S, "max_users", 10000, "ok", "メリディアン・シンクは1テナントあたり最大10,000ユーザーまでご利用いただけます。"),
          C(S, "certifications", "ISO 27001", "ok", "メリディアン・シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。"),
          C(S, "certifications", "SOC 2 Type II", "ok", "メリディアン・シンクはISO 27001およびSOC 2 Type IIの認証を取得しております。"),
          C(S, "certifications", "ISMAP", "conflict", "また、同製品はISMAPにも登録済みです。")],
  charset="utf-8", cte="base64", archive=True)


# ================================================================ documents (judged as of DOC_ASOF)
def D(path, text, claims=(), finds=(), encoding="utf-8"):
    DOCS.append(dict(path=path, text=text, claims=list(claims), finds=list(finds), encoding=encoding))


D("docs/tokyo/sync-onboarding-guide.md", """# メリディアン シンク 導入ガイド（管理者向け）

文書番号: TK-CS-GUIDE-012 / 版: 第4版（2026年10月改訂）
作成: 東京オフィス カスタマーサクセス部

## 1. はじめに

本書は、メリディアン シンクを新たにご契約いただいたお客様の管理者向けに、
初期設定から全社展開までの手順をまとめたものです。標準的な導入期間は6〜8週間です。

## 2. 製品仕様の概要

表1: メリディアン シンク 主な仕様（2026年10月時点）

| 項目 | 内容 |
|---|---|
| 最大ユーザー数（1テナントあたり） | ~~5,000ユーザー~~ 10,000ユーザー |
| ストレージ容量 | 1ユーザーあたり1TB |
| SLA（月間稼働率） | 99.9% |
| 対応OS | Windows / macOS / iOS / Android |
| 月額料金 | 50,000円（税抜） |

## 3. 導入スケジュール（例）

| 週 | 作業 | 目安 |
|---|---|---|
| 1 | 管理コンソール設定、SSO設定 | 2〜3時間 |
| 2 | パイロット部門への展開 | 1週間 |
| 3〜5 | 既存ファイルサーバーからの移行 | データ量により変動 |
| 6〜8 | 全社展開、旧環境の停止 | 2〜3週間 |

## 4. ネットワーク要件

- 通信先: `*.sync.meridian-data.com`（TCP 443）
- 推奨帯域: 50Mbps以上（同時接続数により変動）
- プロキシ認証を利用する場合は、クライアント 4.12 以降が必要です。

## 5. よくあるつまずき

- エラー SYNC-E1027: パスが260文字を超えています。フォルダ階層を浅くしてください。
- エラー SYNC-E2210: 容量上限に達しています。管理コンソールの［ストレージ］で使用量をご確認ください。

お問い合わせ: support@jp.meridian-data.com（平日 9:00〜18:00）
""",
  claims=[C(S, "max_users", 10000, "ok", "| 最大ユーザー数（1テナントあたり） | ~~5,000ユーザー~~ 10,000ユーザー |"),
          C(S, "storage_per_user", TB, "ok", "| ストレージ容量 | 1ユーザーあたり1TB |"),
          C(S, "sla", 99.9, "ok", "| SLA（月間稼働率） | 99.9% |"),
          *[C(S, "supported_platforms", p, "ok", "| 対応OS | Windows / macOS / iOS / Android |")
            for p in ("Windows", "macOS", "iOS", "Android")],
          C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| 月額料金 | 50,000円（税抜） |")])

D("docs/london/renewal-pack-2027.html", """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Renewal pack 2027 – Severnside Council</title></head>
<body>
<h1>Renewal pack 2027 – Severnside Council</h1>
<p>Prepared by Hannah Whitfield, Customer Success, Meridian Data UK Ltd. Reference RP-UK-2027-0193,
issued 16 November 2026. Valid for 30 days.</p>

<h2>1. Your year in numbers</h2>
<ul>
<li>913 active users (up from 640 in May)</li>
<li>41.7 TB protected, 1,926 successful restore tests, 2 support cases open</li>
<li>Client estate: 98% on 4.14.x, 14 machines still on 4.12.3</li>
</ul>

<h2>2. Renewal quote</h2>
<table border="1" cellpadding="4">
<caption>Annual renewal, 1 April 2027 – 31 March 2028. All prices exclude VAT.</caption>
<tr><th>Product</th><th>Committed quantity</th><th>Unit price</th></tr>
<tr><td>Meridian Vault</td><td>60</td><td>£16 per TB per month</td></tr>
<tr><td>Meridian Insight</td><td>40</td><td>£25 per user per month</td></tr>
</table>
<p>A 10% public-sector discount applies to the total; see the attached order form.</p>

<h2>3. Service commitments</h2>
<p>Meridian Vault retains backups for 90 days by default and is backed by a 99.95% availability SLA.</p>
<p>Meridian Insight reaches general availability in January 2027. Your beta users move across automatically.</p>
<p>Our industry-leading customer success team will hold quarterly reviews in March, June, September and December.</p>

<h2>4. Contacts</h2>
<p>Hannah Whitfield, +44 20 7946 0321 · Support: +44 20 7946 0400 (08:00–18:00 UK time)</p>
</body>
</html>
""",
  claims=[C(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "<td>£16 per TB per month</td>"),
          C(I, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "<td>£25 per user per month</td>"),
          C(V, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default"),
          C(V, "sla", 99.95, "ok", "is backed by a 99.95% availability SLA"),
          C(I, "general_availability", "2027-01", "ok", "Meridian Insight reaches general availability in January 2027")],
  finds=[F("phrase", "Our industry-leading customer success team", rule="en.superlative")])

D("docs/us-hq/vault-agent-upgrade-runbook.txt", """MERIDIAN VAULT AGENT 7.6 - UPGRADE RUNBOOK
Customer Support Engineering, Meridian Data Inc.  Doc ID: KB-VLT-2291  Rev C, 2026-11-03

SCOPE
This runbook covers the in-place upgrade of Meridian Vault backup agents from
7.4.x/7.5.x to 7.6.2 (build 7621) on Windows Server and RHEL hosts.

BEFORE YOU START
  - Download size: 104 MB (Windows MSI), 88 MB (RPM). SHA-256 sums are on the
    download page.
  - Outbound TCP 443 and 8443 to *.vault.meridian-data.com must be open.
  - Plan for about 6 minutes per host; no reboot is required.
  - Pause any restore job that is above 0% and below 100%; running backups
    resume by themselves.

STEPS
  1. meridian-agent stop
  2. Run the installer with /quiet (Windows) or rpm -Uvh (RHEL).
  3. meridian-agent start, then meridian-agent status --verbose
  4. Confirm "Protocol: v3" and "Last checkpoint" newer than 15 min.

WHAT DOES NOT CHANGE
Meridian Vault encrypts every backup at rest with AES-256; the 7.6 agent only
adds TLS 1.3 for data in transit.
The RPO of Meridian Vault stays at 15 minutes.
The default retention of Meridian Vault remains 90 days.

KNOWN ISSUES
  - VLT-8812: on hosts with more than 64 volumes, the first backup after the
    upgrade takes up to 2x longer.
  - Error 0x80070005 during install: run the installer as Local System.

Escalation: open a P2 case in the support portal; on-call +1 (415) 555-0199.
""",
  claims=[C(V, "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with AES-256"),
          C(V, "rpo", dur(15, "minutes"), "ok", "The RPO of Meridian Vault stays at 15 minutes"),
          C(V, "retention", dur(90, "days"), "ok", "The default retention of Meridian Vault remains 90 days")])

D("docs/osaka/vault-faq.txt", """メリディアン ボールト よくあるご質問（大阪オフィス サポート窓口版）
更新日：2026年11月10日　管理番号：OS-KB-0447

Q1. バックアップはどのくらいの期間保持されますか？
A1. メリディアン ボールトの保持期間は標準で90日間です。

Q2. 海外のデータセンターは選べますか？
A2. メリディアン ボールトはオレゴンとフランクフルトのデータセンターもご利用いただけます。
　　なお、シンガポールには拠点がございません。

Q3. 1契約でどれくらいの容量まで使えますか？
A3. メリディアン ボールトの最大容量は1テナントあたり1PBです。

Q4. 料金はいくらですか？
A4. メリディアン ボールトの料金は1TBあたり月額3,080円（税込）で、業界最安水準です。

Q5. リストアが途中（例：87%）で止まった場合は？
A5. エラーコード（E-4012 など）を確認のうえ、ケース番号を添えてお問い合わせください。
　　受付時間は平日9:00〜17:30、電話番号は06-6345-0000です。
""",
  claims=[C(V, "retention", dur(90, "days"), "ok", "A1. メリディアン ボールトの保持期間は標準で90日間です。"),
          C(V, "data_centers", "Oregon", "ok", "メリディアン ボールトはオレゴンとフランクフルトのデータセンターもご利用いただけます。"),
          C(V, "data_centers", "Frankfurt", "ok", "メリディアン ボールトはオレゴンとフランクフルトのデータセンターもご利用いただけます。"),
          C(V, "max_storage", 10 ** 15, "conflict", "A3. メリディアン ボールトの最大容量は1テナントあたり1PBです。"),
          C(V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "A4. メリディアン ボールトの料金は1TBあたり月額3,080円（税込）で、業界最安水準です。")],
  finds=[F("phrase", "業界最安水準です", rule="ja.cheapest")])


# ================================================================ writing and checks
PHRASES = {
    "en.guarantee": [r'(?i)\bguaranteed\b', r'(?i)\bwe\s+guarantee\s+(?:that|you|your|results?|success|savings?|roi|zero|no|100)\b',
                     r'(?i)\b100\s?(?:%|percent|per\s+cent)\s+(?:secure|safe|protected|reliable|uptime|available|risk[- ]free|hack[- ]?proof)\b',
                     r'(?i)\brisk[- ]?free\b', r'(?i)\bnever\s+(?:fails?|failed|goes\s+down|went\s+down|loses?|lost|crash(?:es)?|breaks?|be\s+down)\b',
                     r'(?i)\bzero[- ]downtime\b', r'(?i)\b(?:unhackable|hack[- ]proof|fail[- ]proof)\b'],
    "en.superlative": [r'(?i)\b(?:is|are|was|were|ranked|rated|voted|named|the|our)\s+(?:the\s+)?(?:#\s?1|no\.\s?1|number[- ]one)(?:\s+(?:[a-z-]+\s+){0,2}?(?:solution|platform|choice|provider|vendor|product|tool|service|software|app|add-on|addon|rated|ranked|selling|seller|brand|name)\b|\s+(?:in|for|on|among|by|across)\b|\s*[.,;:!)]|\s*$)',
                       r'(?i)(?:^|[^\w&])#\s?1\s+(?:rated|ranked|choice|selling|seller|provider|vendor|platform|solution)\b',
                       r'(?i)\bbest[- ]in[- ](?:the[- ])?(?:industry|market|class|business|breed)\b', r'(?i)\bbest\s+(?:[a-z-]+\s+){0,3}(?:on|in)\s+the\s+market\b',
                       r'(?i)\b(?:industry|market|world|category)[- ]leading\b', r"(?i)\b(?:industry|market|world)['’]?s\s+(?:best|fastest|leading|most\s+(?:secure|reliable|advanced|trusted))\b"],
    "en.unlimited": [r'(?i)\bunlimited\b'],
    "ja.superlative-no1": [r'(?i:no\.?\s?1)(?:[^0-9〜~\-‐–—ー、,./]|$)', r'ナンバー\s?(?:ワン|1)', r'トップシェア|シェア\s?(?:トップ|首位|1位|一位)',
                           r'(?:業界|国内|日本|世界|市場|アジア|地域|部門)\s?(?:で|における)?\s?(?:一番|1位|一位|首位|トップ|ナンバーワン)',
                           r'(?:業界|日本|世界|国内)一(?:[^部つ周律般括時斉定連貫丸環]|$)',
                           r'(?:ランキング|調査|満足度|シェア|売上|販売数|導入数|導入社数|導入実績|人気|評価)(?:[^。\n]{0,12}[^0-9])?第?(?:1|一)位',
                           r'(?:^|[^0-9])第?(?:1|一)位\s?(?:を|に)?\s?(?:獲得|受賞|選出|選ばれ|入賞|輝)'],
    "ja.first-in-industry": [r'(?:業界|世界|日本|国内|本邦|史上|アジア)\s?初(?:[^期回日頭旬心級]|$)', r'(?:業界|世界|日本|国内)\s?で\s?(?:初めて|はじめて|最初)'],
    "ja.absolute": [r'絶対(?:[^パ値参座温数量]|$)', r'完全\s?(?:に|な)?\s?(?:安全|安心|無停止|ゼロ|防止|防御|防ぎ|防げ|保護|無欠|セキュア)',
                    r'100\s?(?:%|パーセント)\s?(?:の)?\s?(?:安全|安心|保証|成功|防止|防ぎ|防げ|保護|セキュア)', r'(?:稼働率|可用性)\s?100\s?(?:%|パーセント)',
                    r'必ず(?:[^し。\n][^。\n]{0,20})?(?:成功|削減|改善|向上|解決|防げ|防ぎ|防止|守れ|効果|成果|儲か|達成|実現|保証|お約束|回収|黒字|ご満足)'],
    "ja.cheapest": [r'最安(?:[^定]|$)', r'最も\s?(?:安い|安価|低価格|お得)', r'(?:一番|いちばん)\s?(?:安い|安価|お得)', r'どこよりも\s?(?:安|お得|低価格)',
                    r'(?:業界|国内|日本|世界|市場)\s?(?:で)?\s?最低\s?(?:価格|水準|料金)|最低価格保証'],
}
UNLESS = {"en.superlative": [r'(?i)(?:^|\n)[^A-Za-z\n]{0,8}sources?\s?:\s?\S', r'(?i)\(\s?sources?\s?:\s?[^)\n]{3,}\)'],
          "ja.superlative-no1": [r'※[^\n]{0,80}(?:調べ|調査|出典|出所)', r'(?:出典|出所)\s?[:：]', r'\*\s?\d{0,2}[^\n]{0,80}(?:調べ|調査|出典|出所)'],
          "ja.first-in-industry": [r'※[^\n]{0,80}(?:調べ|調査|出典|出所)', r'(?:出典|出所)\s?[:：]', r'\*\s?\d{0,2}[^\n]{0,80}(?:調べ|調査|出典|出所)'],
          "ja.cheapest": [r'※[^\n]{0,80}(?:調べ|調査|出典|出所)', r'(?:出典|出所)\s?[:：]']}
JA = re.compile(r'[\u3040-\u30ff\u4e00-\u9fff]')


def phrase_hits(text):
    t = unicodedata.normalize("NFKC", text)
    hits = set()
    for rid, pats in PHRASES.items():
        if any(re.search(u, t) for u in UNLESS.get(rid, [])):
            continue
        for line in t.split("\n"):
            is_ja = bool(JA.search(line))
            if is_ja != rid.startswith("ja."):
                continue
            if any(re.search(p, line) for p in pats):
                hits.add(rid)
    return hits


def expected_phrase_rules(finds):
    return {f["rule"] for f in finds if f["kind"] == "phrase"}


def clean():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))


def write(rel, data):
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def claim_line(file, mid, office, as_of, c):
    return {"type": "claim", "file": file, "message_id": mid, "product": c["product"], "attribute": c["attribute"],
            "value": c["value"], "verdict": c["verdict"], "quoted": c["quoted"],
            "office": c["office"] or office, "as_of": c["as_of"] or as_of, "text": c["text"]}


def find_line(file, mid, f):
    return {"type": "finding", "file": file, "message_id": mid, "kind": f["kind"], "rule": f["rule"],
            "product": f["product"], "quoted": f["quoted"], "text": f["text"]}


def comparable(a, b):
    va, vb = a["value"], b["value"]
    if isinstance(va, dict) and "currency" in va:
        if va["currency"] != vb["currency"] or va["per"] != vb["per"]:
            return None
        base = lambda v: v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
        return abs(base(va) - base(vb)) < 0.5
    if isinstance(va, dict):
        sec = {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}
        return va["amount"] * sec[va["unit"]] == vb["amount"] * sec[vb["unit"]]
    return va == vb


def main():
    clean()
    out = []
    SET_KINDS = {"data_centers", "certifications", "supported_platforms", "encryption"}
    archive_claims = []
    for m in sorted(MESSAGES, key=lambda x: x["n"]):
        file = "mail/%04d.eml" % m["n"]
        raw = build(m)
        m["raw"] = raw
        write(file, raw)
        office = office_of(m["from"][1])
        as_of = m["dt"].date().isoformat()
        body = m["body"] + (m["attach"]["raw"].decode("iso-2022-jp", "replace") and INNER17["body"] if m.get("attach") else "")
        for c in m["claims"]:
            assert c["text"] in body, (file, c["text"])
        for f in m["finds"]:
            assert f["text"] in body, (file, f["text"])
        hits, want = phrase_hits(body), expected_phrase_rules(m["finds"])
        assert hits == want, (file, hits, want)
        files = [file] + (["mail/archive.mbox"] if m["archive"] else [])
        for fl in files:
            out += [claim_line(fl, m["id"], office, as_of, c) for c in m["claims"]]
            out += [find_line(fl, m["id"], f) for f in m["finds"]]
        if m["archive"]:
            for c in m["claims"]:
                o = c["office"] or office
                if o != "unknown" and c["attribute"] not in SET_KINDS:
                    archive_claims.append(dict(c, office=o, date=m["dt"].date(), file=file))
    # 0019: a ticket export that is gzip data saved with an .eml name: unreadable
    inner = ("From: noreply@tickets.meridian-data.com\nSubject: Case 00512904 export\n\n" + "x" * 40).encode()
    write("mail/0019.eml", gzip.compress(inner, mtime=0) + bytes(range(256)))
    out.append({"type": "finding", "file": "mail/0019.eml", "message_id": None, "kind": "unreadable", "rule": None,
                "product": None, "quoted": False, "text": "gzip-compressed binary data, not an RFC 5322 message"})
    # mbox (mboxrd, date order)
    mb = []
    for m in sorted((x for x in MESSAGES if x["archive"]), key=lambda x: x["dt"]):
        lines = m["raw"].replace(b"\r\n", b"\n").split(b"\n")
        lines = [b">" + l if re.match(rb"^>*From ", l) else l for l in lines]
        stamp = m["dt"].astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
        mb.append(b"From " + m["from"][1].encode() + b" " + stamp.encode() + b"\n" + b"\n".join(lines).rstrip(b"\n") + b"\n\n")
    write("mail/archive.mbox", b"".join(mb))
    # cross-office
    xo = {}
    for i, a in enumerate(archive_claims):
        for b in archive_claims[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((a["date"] - b["date"]).days) > 45:
                continue
            same = comparable(a, b)
            if same is None or same or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            e = xo.setdefault(key, {"files": set(), "values": {}})
            e["files"] |= {a["file"], b["file"]}
            e["values"][a["office"]] = a["value"]
            e["values"][b["office"]] = b["value"]
    for (p, at, offs), e in sorted(xo.items()):
        out.append({"type": "cross-office", "product": p, "attribute": at, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": sorted(e["files"]), "values": e["values"]})
    # documents
    for d in DOCS:
        write(d["path"], d["text"].encode(d["encoding"]))
        office = d["path"].split("/")[1]
        for c in d["claims"]:
            assert c["text"] in d["text"], (d["path"], c["text"])
        hits, want = phrase_hits(d["text"]), expected_phrase_rules(d["finds"])
        assert hits == want, (d["path"], hits, want)
        out += [claim_line(d["path"], None, office, DOC_ASOF, c) for c in d["claims"]]
        out += [find_line(d["path"], None, f) for f in d["finds"]]
    write(".onevoice.yaml", """# onevoice configuration for probe set 48 (SPEC section 6).
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
    write("expected.jsonl", "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
    n = lambda t: sum(1 for o in out if o["type"] == t)
    print("messages=%d archive=%d docs=%d claims=%d findings=%d cross-office=%d" % (
        len(MESSAGES) + 1, sum(1 for m in MESSAGES if m["archive"]), len(DOCS), n("claim"), n("finding"), n("cross-office")))
    for k, e in sorted(xo.items()):
        print("  cross-office", k, e["values"])


if __name__ == "__main__":
    main()
