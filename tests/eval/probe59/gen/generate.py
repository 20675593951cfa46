#!/usr/bin/env python3
"""Generate evaluation set 59 (marketing and announcement mail, Meridian Data).

Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py
(Re)writes mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml and expected.jsonl
in the folder above this script.
"""
import base64, datetime as dt, gzip, html, json, os, quopri, re, shutil, sys
from email.header import Header
from email.utils import format_datetime, formataddr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
DOCS_AS_OF = "2026-11-22"
TB = 10 ** 12


# ------------------------------------------------------------------ values
def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return {"type": "claim", "product": product, "attribute": attribute, "value": value,
            "verdict": verdict, "quoted": quoted, "office": office, "text": text}


def F(kind, text, rule=None, product=None, quoted=False):
    return {"type": "finding", "kind": kind, "rule": rule, "product": product, "quoted": quoted, "text": text}


def members(product, attribute, names, verdicts, text, **kw):
    return [C(product, attribute, n, verdicts.get(n, "ok"), text, **kw) for n in names]


# ------------------------------------------------------------------ MIME helpers
def enc_header(value, charset):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset).encode(maxlinelen=76)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return formataddr((name, address))
    return formataddr((name, address), charset=charset)


def when(y, mo, d, h, mi, s, tz_hours):
    tz = dt.timezone(dt.timedelta(hours=tz_hours))
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def body_bytes(text, charset, cte):
    """-> (encoded body as str lines, LF), for a text part."""
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "7bit":
        assert all(b < 128 for b in raw), "7bit body with 8-bit bytes"
        return raw.decode("ascii")
    if cte == "8bit":
        return raw.decode(charset)
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="base64", extra=""):
    if not text.endswith("\n"):
        text += "\n"
    head = "Content-Type: text/%s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n" % (
        subtype, charset if charset != "iso2022_jp" else "ISO-2022-JP", extra, cte)
    cs = {"ISO-2022-JP": "iso2022_jp", "Shift_JIS": "shift_jis"}.get(charset, charset)
    return head + "\n" + body_bytes(text, cs, cte)


def multipart(subtype, boundary, parts, preamble=""):
    out = "Content-Type: multipart/%s; boundary=\"%s\"\n\n" % (subtype, boundary)
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += "--%s\n%s" % (boundary, p if p.endswith("\n") else p + "\n")
    return out + "--%s--\n" % boundary


def message(headers, body):
    """headers: list of (name, already-encoded value); body: a part (its own Content-* lines, blank line, body)."""
    lines = ["%s: %s" % (k, v) for k, v in headers] + ["MIME-Version: 1.0"]
    return "\n".join(lines) + "\n" + body


# ------------------------------------------------------------------ text -> HTML (newsletters)
def html_from_text(text, lang, title, accent="#0b4f8a"):
    out, ul = [], False
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        for line in para.split("\n"):
            s = line.strip()
            if not s or set(s) <= set("━─=-_"):
                continue
            e = html.escape(s, quote=False)
            if re.match(r"^(?:■|【)", s) or (lang == "en" and s.upper() == s and re.search("[A-Z]{3}", s)):
                if ul:
                    out.append("</ul>"); ul = False
                out.append('<h2 style="font-size:17px;color:%s;margin:24px 0 8px">%s</h2>' % (accent, e))
            elif re.match(r"^(?:・|- |• |\d\)\s)", s):
                if not ul:
                    out.append('<ul style="padding-left:20px;margin:8px 0">'); ul = True
                out.append("<li>%s</li>" % html.escape(re.sub(r"^(?:・|- |• )", "", s), quote=False))
            elif re.match(r"^(?:※|\[\d\]|\*)", s):
                if ul:
                    out.append("</ul>"); ul = False
                out.append('<p style="font-size:11px;color:#666;margin:4px 0">%s</p>' % e)
            else:
                if ul:
                    out.append("</ul>"); ul = False
                e = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', e)
                out.append('<p style="margin:0 0 10px">%s</p>' % e)
        if ul:
            out.append("</ul>"); ul = False
    font = ("'Hiragino Kaku Gothic ProN',Meiryo,sans-serif" if lang == "ja" else "Helvetica,Arial,sans-serif")
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<title>%s</title>\n</head>\n<body style=\"margin:0;padding:0;background:#f3f4f6\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#ffffff\">\n"
            "<tr><td style=\"background:%s;padding:18px 28px;color:#fff;font-family:%s;font-size:20px\">Meridian Data</td></tr>\n"
            "<tr><td style=\"padding:24px 28px;font-family:%s;font-size:14px;line-height:1.7;color:#222\">\n%s\n</td></tr>\n"
            "</table>\n</td></tr></table>\n</body>\n</html>\n") % (lang, html.escape(title), accent, font, font, "\n".join(out))


def strip_html(h):
    h = re.sub(r"(?is)<(script|style|title).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|h\d|li|tr|div|caption)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


# ------------------------------------------------------------------ the set
MAILS = []   # dicts: n, raw (bytes), mid, date, office, archive, records, texts


def add_mail(n, raw, mid, date, office, records, texts, archive=False, mbox_from=None):
    MAILS.append(dict(n=n, raw=raw, mid=mid, date=date, office=office, records=records, texts=texts,
                      archive=archive, mbox_from=mbox_from))


def std_headers(frm, to, subject, date, mid, charset="utf-8", extra=()):
    h = [("From", frm), ("To", to), ("Subject", enc_header(subject, charset)),
         ("Date", format_datetime(date)), ("Message-ID", "<%s>" % mid)]
    return h + list(extra)


# ============================================================ 0001 Tokyo newsletter (Jan 2026)
T0001 = """\
Meridian Data ニュースレター 2026年1月号

いつもMeridian Dataの製品・サービスをご利用いただき、誠にありがとうございます。
新しい年を迎え、本年もどうぞよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
■ 目次
1. 新春キャンペーンのご案内
2. メリディアン シンク ユーザー上限拡張のお知らせ
3. 導入事例：株式会社北斗精機様
━━━━━━━━━━━━━━━━━━━━

■1. 新春キャンペーンのご案内

2026年2月27日（金）までにメリディアン シンクを新規でお申し込みいただいたお客様は、最初の3か月間、月額40,000円でご利用いただけます。
4か月目以降は、同製品の通常料金である月額50,000円となります。
※表示価格はすべて税抜です。
※本キャンペーンは新規ご契約のお客様に限ります。既存契約の更新は対象外です。

■2. メリディアン シンク ユーザー上限拡張のお知らせ

現在、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。
2026年4月1日からは、同製品の上限が1テナントあたり10,000ユーザーへ引き上げられます。
大規模な全社展開をご検討中のお客様は、担当営業までお気軽にご相談ください。

メリディアン シンクは、法人向けファイル共有サービスの顧客満足度調査で第1位※1を獲得しました。
日頃よりご愛顧いただいている皆さまに、心より御礼申し上げます。
※1 2025年11月 株式会社テクノ・インサイト総研調べ（国内法人向けファイル共有サービス利用企業500社を対象）

■3. 導入事例：株式会社北斗精機様

北斗精機様は、国内12拠点に約2,400名の従業員を擁する精密部品メーカーです。
全拠点のファイルサーバーを段階的に廃止し、共有基盤をメリディアン シンクへ移行いただきました。
「拠点間の図面のやり取りが格段に速くなった」と、情報システム部の山本様にお話を伺いました。
事例の全文はこちら：https://www.meridian-data.com/jp/case/hokuto-seiki

────────────────────
本メールは、Meridian Dataからの情報配信にご登録いただいた方にお送りしています。
配信停止：https://www.meridian-data.com/jp/unsubscribe?u=7c2f9a31
Meridian Data株式会社
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL：03-6555-0120（代表）
────────────────────
"""


def m0001():
    mid = "20260120010002.38211.7c2f9a31@mailer.jp.meridian-data.com"
    d = when(2026, 1, 20, 10, 0, 2, 9)
    subj = "【Meridian Data ニュース】2026年1月号 新春キャンペーンのご案内"
    h = std_headers(addr("Meridian Data Japan", "news@jp.meridian-data.com"), "undisclosed-recipients:;", subj, d, mid,
                    extra=[("List-Unsubscribe", "<https://www.meridian-data.com/jp/unsubscribe?u=7c2f9a31>"),
                           ("X-Mailer", "Meridian Mailer 4.2 (campaign JP-NL-2601)")])
    htm = html_from_text(T0001, "ja", subj)
    body = multipart("alternative", "----=_Part_38211_1162750811.1768870802000",
                     [text_part(T0001, "plain", "utf-8", "base64"), text_part(htm, "html", "utf-8", "base64")])
    recs = [
        C(S, "monthly_price", money(40000, "JPY", "month", "excluded"), "conflict",
          "最初の3か月間、月額40,000円でご利用いただけます"),
        C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
          "4か月目以降は、同製品の通常料金である月額50,000円となります。"),
        C(S, "max_users", 5000, "ok", "現在、メリディアン シンクは1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
        C(S, "max_users", 10000, "ok", "2026年4月1日からは、同製品の上限が1テナントあたり10,000ユーザーへ引き上げられます。"),
    ]
    add_mail(1, message(h, body), mid, d, "tokyo", recs, [T0001, strip_html(htm)], archive=True,
             mbox_from="news@jp.meridian-data.com")


# ============================================================ 0002 US newsletter (Feb 2026)
T0002 = """\
THE MERIDIAN BRIEF | February 2026

Hi there,

Three things worth five minutes of your week.

1) MERIDIAN VAULT: FASTER RESTORES, SAME RECOVERY POINT

Meridian Vault now snapshots protected workloads continuously, and its recovery point objective stays at 15 minutes.
Meridian Vault backups are kept for 90 days by default, and you can extend retention per policy.
Meridian Vault is still $20 per TB per month, with no egress fees when you restore.
Vault's industry-leading restore speed[1] means most file-level restores finish before your coffee does.

2) MERIDIAN SYNC: ROOM TO GROW

Today a single Meridian Sync tenant supports up to 5,000 users.
From April 1, 2026, Meridian Sync will support up to 10,000 users per tenant, at no extra cost.
Meridian Sync 3.2 also keeps previous file versions for 30 days, so an accidental overwrite is a two-click fix.

3) MERIDIAN INSIGHT: JOIN THE BETA WAITLIST

Meridian Insight opens its public beta this spring and is planned to be generally available in January 2027.
Beta participants get unlimited dashboards while the beta lasts.
Live demo: Thursday, February 26, 10:00 a.m. PT. Register: https://events.meridian-data.com/brief-0226

[1] Source: Halden Research, Backup Restore Benchmark, January 2026 (42 enterprise environments).

--
Meridian Data Inc. | 535 Mission Street, 14th Floor, San Francisco, CA 94105 | +1 (415) 555-0198
You are receiving The Meridian Brief because you subscribed at meridian-data.com.
Unsubscribe: https://www.meridian-data.com/unsubscribe?u=b81d0c77
"""


def m0002():
    mid = "0100018d7f3a9c1e-5b2f7a10-8c4e-4d1a-9f3b-2e6c1d8a7b90-000000@email.meridian-data.com"
    d = when(2026, 2, 17, 9, 15, 40, -8)
    subj = "The Meridian Brief \u2014 February 2026: Vault restores, Sync room to grow, Insight beta"
    h = std_headers(addr("Meridian Data", "newsletter@meridian-data.com"), "subscribers@lists.meridian-data.com",
                    subj, d, mid, extra=[("List-Unsubscribe", "<https://www.meridian-data.com/unsubscribe?u=b81d0c77>"),
                                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    htm = html_from_text(T0002, "en", subj)
    body = multipart("alternative", "b1_9e2c4f7a0d3b5e8c1f6a2d9b7e4c0a5f",
                     [text_part(T0002, "plain", "utf-8", "quoted-printable"),
                      text_part(htm, "html", "utf-8", "quoted-printable")])
    recs = [
        C(V, "rpo", dur(15, "minutes"), "ok", "its recovery point objective stays at 15 minutes"),
        C(V, "retention", dur(90, "days"), "ok", "Meridian Vault backups are kept for 90 days by default"),
        C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is still $20 per TB per month"),
        C(S, "max_users", 5000, "ok", "Today a single Meridian Sync tenant supports up to 5,000 users."),
        C(S, "max_users", 10000, "ok", "From April 1, 2026, Meridian Sync will support up to 10,000 users per tenant"),
        C(S, "retention", dur(30, "days"), "unverified", "Meridian Sync 3.2 also keeps previous file versions for 30 days"),
        C(I, "general_availability", "2027-01", "ok", "is planned to be generally available in January 2027"),
        F("phrase", "Beta participants get unlimited dashboards while the beta lasts.", rule="en.unlimited"),
    ]
    add_mail(2, message(h, body), mid, d, "us-hq", recs, [T0002, strip_html(htm)], archive=True,
             mbox_from="bounce-b81d0c77@email.meridian-data.com")


# ============================================================ 0003 Tokyo webinar invitation (ISO-2022-JP)
T0003 = """\
お客様各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
Meridian Data株式会社 セミナー事務局でございます。

このたび、2026年春に公開ベータを開始する新製品「メリディアン インサイト」の先行紹介ウェビナーを開催いたします。
データ活用の第一歩をご検討中の皆さまのご参加を、心よりお待ちしております。

━━━━━━━━━━━━━━━━━━━━━━
■ 開催概要
━━━━━━━━━━━━━━━━━━━━━━
日時：2026年3月18日（水）14:00〜15:00
形式：オンライン（Zoomウェビナー）
定員：100名（先着順・参加無料）
対象：情報システム部門、経営企画部門のご担当者様

■ プログラム
14:00 ご挨拶
14:05 製品紹介とデモンストレーション
14:40 質疑応答

■ メリディアン インサイトの主な特長
・1億行規模のデータでも、クエリ応答時間は最大2秒です。
・1ワークスペースあたり最大200個のダッシュボードを作成できます。
・業界初の「自然文による自動分析」機能を搭載しています。
・一般提供は2027年1月を予定しております。それまではベータ版としてご提供いたします。
・一般提供開始後は、30日間の無料トライアルをご利用いただけます。

■ お申し込み
以下のURLより、3月16日（月）17:00までにお申し込みください。
https://events.jp.meridian-data.com/insight-0318

──────────────────────
Meridian Data株式会社 セミナー事務局
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL：03-6555-0120（平日9:00〜18:00）
Email：seminar@jp.meridian-data.com
──────────────────────
"""


def m0003():
    mid = "202603041100.K7QW2M@jp.meridian-data.com"
    d = when(2026, 3, 4, 11, 0, 0, 9)
    subj = "【3/18開催・参加無料】メリディアン インサイト ベータ版 先行紹介ウェビナーのご案内"
    h = std_headers(addr("Meridian Data セミナー事務局", "seminar@jp.meridian-data.com", "iso-2022-jp"),
                    "undisclosed-recipients:;", subj, d, mid, charset="iso-2022-jp",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body = text_part(T0003, "plain", "ISO-2022-JP", "7bit")
    recs = [
        C(I, "query_latency", dur(2, "seconds"), "ok", "クエリ応答時間は最大2秒です。"),
        C(I, "max_dashboards", 200, "ok", "1ワークスペースあたり最大200個のダッシュボードを作成できます。"),
        C(I, "general_availability", "2027-01", "ok", "一般提供は2027年1月を予定しております。"),
        C(I, "free_trial", dur(30, "days"), "ok", "一般提供開始後は、30日間の無料トライアルをご利用いただけます。"),
        F("phrase", "業界初の「自然文による自動分析」機能を搭載しています。", rule="ja.first-in-industry"),
    ]
    add_mail(3, message(h, body), mid, d, "tokyo", recs, [T0003], archive=True, mbox_from="seminar@jp.meridian-data.com")


# ============================================================ 0004 London partner enablement (QP)
T0004 = """\
Hi all,

Ahead of next week's partner call (Tuesday 17 March, 14:00 GMT, dial-in +44 20 7946 0321, PIN 551 204#), here is the refreshed Meridian Vault talk track for UK & Ireland resellers.

Pricing
- Meridian Vault is £16 per TB per month, ex VAT.
- Partner margin stays at 22% on new business and 12% on renewals.
- Deal registrations are protected for 90 days from approval.

Key messages
- Meridian Vault gives a recovery point objective of 5 minutes for every protected workload.
- Meridian Vault retains backups for 90 days by default; customers can extend that per policy.
- Meridian Vault is hosted in data centres in Frankfurt and Oregon for European and US customers, and in Tokyo and Osaka for APAC customers.
- Meridian Vault encrypts every backup at rest with AES-256.
- Migration to Meridian Vault is risk-free with our 60-day pilot programme.

Competitive notes are in the updated battlecard (v4, attached to the partner portal), including the new comparison against on-premises appliances.

Shout if anything here doesn't match what you're hearing from customers.

Cheers,
Priya

--
Priya Raman | Partner Manager, UK & Ireland
Meridian Data Ltd · 30 Finsbury Square, London EC2A 1AG
T +44 20 7946 0388 · M +44 7700 900 417
Registered in England and Wales No. 11482736 · VAT GB 318 4422 91
"""


def m0004():
    mid = "CAH8kq2Vz3u9Lm0=Yt7f5xR_pW1cQe4nJb6sA@mail.gmail.com"
    d = when(2026, 3, 10, 16, 20, 11, 0)
    h = std_headers(addr("Priya Raman", "priya.raman@uk.meridian-data.com"),
                    addr("UK & Ireland partners", "uk-partners@lists.meridian-data.com"),
                    "Partner enablement: Meridian Vault talk track for Q2 (UK & Ireland)", d, mid)
    body = text_part(T0004, "plain", "UTF-8", "quoted-printable")
    recs = [
        C(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month, ex VAT."),
        C(V, "rpo", dur(5, "minutes"), "conflict",
          "Meridian Vault gives a recovery point objective of 5 minutes for every protected workload."),
        C(V, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default"),
    ] + members(V, "data_centers", ["Frankfurt", "Oregon", "Tokyo", "Osaka"], {},
                "Meridian Vault is hosted in data centres in Frankfurt and Oregon for European and US customers, and in Tokyo and Osaka for APAC customers.") + [
        C(V, "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with AES-256."),
        F("phrase", "Migration to Meridian Vault is risk-free with our 60-day pilot programme.", rule="en.guarantee"),
    ]
    add_mail(4, message(h, body), mid, d, "london", recs, [T0004], archive=True, mbox_from="priya.raman@uk.meridian-data.com")


# ============================================================ 0005 Osaka release notice (UTF-8 base64)
T0005 = """\
お客様各位

いつも大変お世話になっております。
Meridian Data 大阪支社 関西営業部の中村でございます。

本日、メリディアン シンクのバージョン3.2を公開いたしましたので、主な変更点をご案内いたします。

■ バージョン3.2の主な変更点

1. ユーザー数上限の拡張
メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけるようになりました（2026年3月31日までの上限は5,000ユーザーでした）。

2. 管理コンソールの刷新
管理者画面のメニュー構成を見直し、ユーザーの一括登録（CSV）に対応しました。

3. クライアントアプリの更新
メリディアン シンクのWindows、macOS、iOS、Android向けクライアントを更新しました。
なお、同製品のLinux版クライアントの提供予定はございません。

4. 料金
同製品の月額料金は引き続き50,000円（税抜）です。今回のバージョンアップに伴う追加費用はございません。

■ 次期バージョンについて
メリディアン シンクの次期バージョン3.3は、2026年7月のリリースを予定しております。

アップデートは順次自動で適用されます。ご不明な点は担当営業までお問い合わせください。

--------------------------------------------------
Meridian Data株式会社 大阪支社 関西営業部
中村 翔太（なかむら しょうた）
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6345-0777 / FAX 06-6345-0778
--------------------------------------------------
"""


def m0005():
    mid = "CAMx5Jt0_Vn8e3RkQp2LwYz9hG4sDfU7bO1cA@mail.gmail.com"
    d = when(2026, 4, 6, 10, 30, 0, 9)
    h = std_headers(addr("中村 翔太", "shota.nakamura@osaka.jp.meridian-data.com"), "undisclosed-recipients:;",
                    "【リリースのお知らせ】メリディアン シンク バージョン3.2 公開について", d, mid)
    body = text_part(T0005, "plain", "UTF-8", "base64")
    recs = [
        C(S, "max_users", 10000, "ok", "メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけるようになりました"),
        C(S, "max_users", 5000, "ok", "（2026年3月31日までの上限は5,000ユーザーでした）"),
    ] + members(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], {},
                "メリディアン シンクのWindows、macOS、iOS、Android向けクライアントを更新しました。") + [
        C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は引き続き50,000円（税抜）です。"),
        C(S, "general_availability", "2026-07", "unverified",
          "メリディアン シンクの次期バージョン3.3は、2026年7月のリリースを予定しております。"),
    ]
    add_mail(5, message(h, body), mid, d, "osaka", recs, [T0005], archive=True,
             mbox_from="shota.nakamura@osaka.jp.meridian-data.com")
    return T0005


# ============================================================ 0006 customer reply to Osaka (quoted)
def m0006(t5):
    q = "\n".join("> " + l if l else ">" for l in t5.split("\n")[5:12])
    text = """\
中村様

お世話になっております。なにわ物流の岡田です。
ご案内ありがとうございます。

弊社は現在約6,200名で利用しておりますので、上限の拡張は大変助かります。
1点確認させてください。メリディアン シンクは、オフライン環境でも利用できますでしょうか。
また、来期は物流センターのLinux端末でも使いたいと考えておりますが、対応のご予定はありますか。

よろしくお願いいたします。

--
なにわ物流株式会社 情報システム部 システム課
岡田 一樹
〒552-0021 大阪市港区築港3-1-24
TEL 06-6571-2290（内線 314）

2026年4月6日(月) 10:30 中村 翔太 <shota.nakamura@osaka.jp.meridian-data.com>:
%s
""" % q
    mid = "CAB7rT9p_Kx2mWq8Zf5eN3vHc0LdYj6uS4gR1@mail.gmail.com"
    d = when(2026, 4, 8, 9, 12, 45, 9)
    h = std_headers(addr("岡田 一樹", "k.okada@naniwa-logi.co.jp"),
                    addr("中村 翔太", "shota.nakamura@osaka.jp.meridian-data.com"),
                    "Re: 【リリースのお知らせ】メリディアン シンク バージョン3.2 公開について", d, mid,
                    extra=[("In-Reply-To", "<CAMx5Jt0_Vn8e3RkQp2LwYz9hG4sDfU7bO1cA@mail.gmail.com>"),
                           ("References", "<CAMx5Jt0_Vn8e3RkQp2LwYz9hG4sDfU7bO1cA@mail.gmail.com>")])
    body = text_part(text, "plain", "UTF-8", "base64")
    recs = [
        C(S, "max_users", 10000, "ok", "メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけるようになりました",
          quoted=True, office="osaka"),
        C(S, "max_users", 5000, "ok", "（2026年3月31日までの上限は5,000ユーザーでした）", quoted=True, office="osaka"),
    ]
    add_mail(6, message(h, body), mid, d, "unknown", recs, [text])


# ============================================================ 0007 US press release (HTML + text)
T0007 = """\
FOR IMMEDIATE RELEASE

Meridian Data opens Meridian Insight public beta; general availability set for January 2027

SAN FRANCISCO, June 9, 2026 \u2014 Meridian Data Inc., the company behind Meridian Sync and Meridian Vault, today opened the public beta of Meridian Insight, its analytics and dashboard service for mid-sized organizations. Meridian Insight will be generally available in January 2027.

\u201cOur customers told us they were tired of waiting on reports,\u201d said Elena Marsh, Chief Product Officer at Meridian Data. \u201cMeridian Insight answers most queries in under a second, so a board pack that took a week now takes an afternoon.\u201d

Meridian Insight is the industry\u2019s fastest path from raw data to a board-ready dashboard.

Key facts
\u2022 Pricing: Meridian Insight will cost $30 per user per month at general availability.
\u2022 Scale: each Meridian Insight workspace supports up to 200 dashboards.
\u2022 Trial: Meridian Insight comes with a 30-day free trial once it is generally available.
\u2022 Connectors: Meridian Insight connects to more than 60 data sources out of the box.
\u2022 Beta: participation in the beta is free of charge until general availability.

Customers can request beta access at https://www.meridian-data.com/insight/beta.

About Meridian Data
Meridian Data Inc. builds cloud services for file sharing, backup and analytics. The company is headquartered in San Francisco, with offices in London, Tokyo and Osaka.

Forward-looking statements
This press release contains forward-looking statements, including statements about the expected timing of general availability. There is no guarantee that planned features or dates will not change.

Media contact
Jordan Lee, Meridian Data Communications
press@meridian-data.com | +1 (415) 555-0142
"""

H0007 = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Meridian Data opens Meridian Insight public beta</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;font-family:Georgia,'Times New Roman',serif;color:#1a1a1a">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:20px 0;border-bottom:3px solid #0b4f8a"><img src="https://www.meridian-data.com/img/logo-news.png" alt="Meridian Data Newsroom" width="180" height="36"></td></tr>
<tr><td style="padding:24px 0 0;font-size:12px;letter-spacing:1px;color:#666">FOR IMMEDIATE RELEASE</td></tr>
<tr><td><h1 style="font-size:26px;line-height:1.25;margin:10px 0 18px">Meridian Data opens Meridian Insight public beta; general availability set for January 2027</h1></td></tr>
<tr><td style="font-size:15px;line-height:1.65">
<p><strong>SAN FRANCISCO, June 9, 2026</strong> &mdash; Meridian Data Inc., the company behind Meridian Sync and Meridian Vault, today opened the public beta of Meridian Insight, its analytics and dashboard service for mid-sized organizations. Meridian Insight will be generally available in January 2027.</p>
<p>&ldquo;Our customers told us they were tired of waiting on reports,&rdquo; said Elena Marsh, Chief Product Officer at Meridian Data. &ldquo;Meridian Insight answers most queries in under a second, so a board pack that took a week now takes an afternoon.&rdquo;</p>
<p>Meridian Insight is the industry&rsquo;s fastest path from raw data to a board-ready dashboard.</p>
<h2 style="font-size:18px;margin:22px 0 8px">Key facts</h2>
<ul>
<li><strong>Pricing:</strong> Meridian Insight will cost $30 per user per month at general availability.</li>
<li><strong>Scale:</strong> each Meridian Insight workspace supports up to 200 dashboards.</li>
<li><strong>Trial:</strong> Meridian Insight comes with a 30-day free trial once it is generally available.</li>
<li><strong>Connectors:</strong> Meridian Insight connects to more than 60 data sources out of the box.</li>
<li><strong>Beta:</strong> participation in the beta is free of charge until general availability.</li>
</ul>
<p>Customers can request beta access at <a href="https://www.meridian-data.com/insight/beta">https://www.meridian-data.com/insight/beta</a>.</p>
<h2 style="font-size:18px;margin:22px 0 8px">About Meridian Data</h2>
<p>Meridian Data Inc. builds cloud services for file sharing, backup and analytics. The company is headquartered in San Francisco, with offices in London, Tokyo and Osaka.</p>
<h2 style="font-size:14px;margin:22px 0 8px">Forward-looking statements</h2>
<p style="font-size:12px;color:#555">This press release contains forward-looking statements, including statements about the expected timing of general availability. There is no guarantee that planned features or dates will not change.</p>
<p style="font-size:13px"><strong>Media contact</strong><br>Jordan Lee, Meridian Data Communications<br><a href="mailto:press@meridian-data.com">press@meridian-data.com</a> | +1 (415) 555-0142</p>
</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""

R0007 = [
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027."),
    C(I, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight answers most queries in under a second"),
    C(I, "per_user_price", money(30, "USD", "user-month"), "ok",
      "Pricing: Meridian Insight will cost $30 per user per month at general availability."),
    C(I, "max_dashboards", 200, "ok", "Scale: each Meridian Insight workspace supports up to 200 dashboards."),
    C(I, "free_trial", dur(30, "days"), "ok", "Trial: Meridian Insight comes with a 30-day free trial once it is generally available."),
    C(I, "integrations", 60, "unverified", "Connectors: Meridian Insight connects to more than 60 data sources out of the box."),
    F("phrase", "Meridian Insight is the industry\u2019s fastest path from raw data to a board-ready dashboard.",
      rule="en.superlative"),
]


def m0007():
    mid = "newsroom.20260609T130000Z.41f7c2@meridian-data.com"
    d = when(2026, 6, 9, 6, 0, 0, -7)
    h = std_headers(addr("Meridian Data Newsroom", "press@meridian-data.com"), addr("Press list", "press-list@meridian-data.com"),
                    "PRESS RELEASE: Meridian Data opens Meridian Insight public beta; general availability set for January 2027",
                    d, mid)
    body = multipart("alternative", "===============7320195574126390158==",
                     [text_part(T0007, "plain", "utf-8", "quoted-printable"),
                      text_part(H0007, "html", "utf-8", "quoted-printable")])
    add_mail(7, message(h, body), mid, d, "us-hq", [dict(r) for r in R0007], [T0007, strip_html(H0007)], archive=True,
             mbox_from="press@meridian-data.com")


# ============================================================ 0008 Tokyo forwards the press release
def m0008():
    mine = """\
北斗精機 山本様

いつもお世話になっております。Meridian Dataの佐藤です。
先日お打ち合わせでお話しした新製品について、米国本社のプレスリリースを転送いたします。

日本国内では、メリディアン インサイトを1ユーザーあたり月額4,000円（税抜）でご提供する予定です。
なお、リリース文中の英語表現については現在社内で確認中のため、日本向けのご提案資料では、メリディアン インサイトのクエリ応答時間を「最大2秒」と記載いたします。

ベータ版のお申し込みをご希望でしたら、私の方で手配いたしますのでお知らせください。

佐藤 美咲
Meridian Data株式会社 東京本社 営業第二部
TEL: 03-6555-0131 / 携帯: 090-4417-2285

-------- 転送メッセージ --------
件名: PRESS RELEASE: Meridian Data opens Meridian Insight public beta; general availability set for January 2027
日付: Tue, 9 Jun 2026 06:00:00 -0700
差出人: Meridian Data Newsroom <press@meridian-data.com>
宛先: Press list <press-list@meridian-data.com>

"""
    text = mine + T0007
    mid = "5e0b2c9a-7d41-4f3e-b8a6-1c9f0e2d7a35@jp.meridian-data.com"
    d = when(2026, 6, 11, 13, 40, 27, 9)
    h = std_headers(addr("佐藤 美咲", "misaki.sato@jp.meridian-data.com"), addr("山本 隆", "t.yamamoto@hokuto-seiki.co.jp"),
                    "Fwd: PRESS RELEASE: Meridian Data opens Meridian Insight public beta; general availability set for January 2027",
                    d, mid, extra=[("User-Agent", "Mozilla Thunderbird")])
    body = text_part(text, "plain", "UTF-8", "base64", extra="; format=flowed")
    recs = [
        C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
          "メリディアン インサイトを1ユーザーあたり月額4,000円（税抜）でご提供する予定です。"),
        C(I, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間を「最大2秒」と記載いたします。"),
    ] + [dict(r, quoted=True, office="us-hq" if r["type"] == "claim" else None) for r in R0007]
    for r in recs:
        if r["type"] == "finding":
            r.pop("office", None)
    add_mail(8, message(h, body), mid, d, "tokyo", recs, [text], archive=True, mbox_from="misaki.sato@jp.meridian-data.com")


# ============================================================ 0009 London webinar invitation
T0009 = """\
RANSOMWARE RECOVERY WITH MERIDIAN VAULT: WHAT GOOD LOOKS LIKE
Live webinar · Thursday 23 July 2026 · 11:00\u201311:45 BST

Dear colleague,

When ransomware hits, the board always asks the same two questions: how much did we lose, and how fast are we back?

Join Oliver Hughes, Solutions Architect, and our guest Dr Fiona Kerr of the Northern Resilience Forum for 45 minutes on recovery planning that survives contact with an auditor.

You'll see:
\u2022 how Meridian Vault holds your recovery point objective at 15 minutes or better for every protected workload;
\u2022 why Meridian Vault keeps UK customers' backups in its Frankfurt data centre, with Oregon, Tokyo and Osaka available for global teams;
\u2022 a live restore of a 2 TB file share, start to finish;
\u2022 pricing that finance will sign off: Meridian Vault is £16 per TB per month (ex VAT), with no charge for restores.

WHY MERIDIAN VAULT
Meridian Vault scales to 500 TB per tenant, and every backup is encrypted with AES-256.
Migrations from legacy tape or on-premises appliances are completed with zero downtime.

Register: https://events.uk.meridian-data.com/vault-ransomware-23jul
Places are capped at 300 attendees. Can't make it? Register anyway and we'll send the recording within 48 hours.

Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG. Registered in England and Wales No. 11482736.
To stop receiving event invitations, visit https://www.meridian-data.com/uk/preferences
"""


def m0009():
    mid = "1751873400.0721.ukevents.5521@uk.meridian-data.com"
    d = when(2026, 7, 7, 8, 30, 0, 1)
    subj = "Webinar, 23 July: Ransomware recovery with Meridian Vault \u2014 what good looks like"
    h = std_headers(addr("Meridian Data UK Events", "events@uk.meridian-data.com"), "undisclosed-recipients:;", subj, d, mid,
                    extra=[("List-Unsubscribe", "<https://www.meridian-data.com/uk/preferences>")])
    htm = html_from_text(T0009, "en", subj, accent="#2b5d3a")
    body = multipart("alternative", "_av-Nw0yQx4rTz7Lk2mPa9Ue",
                     [text_part(T0009, "plain", "utf-8", "quoted-printable"),
                      text_part(htm, "html", "utf-8", "quoted-printable")])
    dc = "why Meridian Vault keeps UK customers' backups in its Frankfurt data centre, with Oregon, Tokyo and Osaka available for global teams"
    recs = [
        C(V, "rpo", dur(15, "minutes"), "ok",
          "how Meridian Vault holds your recovery point objective at 15 minutes or better for every protected workload"),
    ] + members(V, "data_centers", ["Frankfurt", "Oregon", "Tokyo", "Osaka"], {}, dc) + [
        C(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month (ex VAT)"),
        C(V, "max_storage", 500 * TB, "ok", "Meridian Vault scales to 500 TB per tenant"),
        C(V, "encryption", "AES-256", "ok", "every backup is encrypted with AES-256"),
        F("phrase", "Migrations from legacy tape or on-premises appliances are completed with zero downtime.", rule="en.guarantee"),
    ]
    add_mail(9, message(h, body), mid, d, "london", recs, [T0009, strip_html(htm)], archive=True,
             mbox_from="events@uk.meridian-data.com")


# ============================================================ 0010 Osaka press-style HTML mail
T0010 = """\
関西のお客様各位

Meridian Data 大阪支社より、新製品に関するお知らせです。

■ メリディアン インサイト 正式リリースのご案内

メリディアン インサイトは、2026年10月に正式リリースを予定しております。
同製品では、1ワークスペースあたり最大300個のダッシュボードを作成でき、部門ごとの分析環境を柔軟に構築いただけます。
業界初※1の日本語自然文クエリに対応し、専門知識がなくても売上や在庫の傾向をすぐに把握できます。
導入いただければ、必ず分析業務の効率が向上します。

■ メリディアン インサイトの料金

通常料金：1ユーザーあたり月額4,400円（税込）
早期お申し込み特典：2026年12月25日までにお申し込みいただいた場合、1ユーザーあたり月額3,300円（税込）でご提供いたします。
※1 2026年7月 当社調べ（国内の法人向けBIサービス12製品を対象）
※記載の金額はすべて税込です。

■ 関西DXセミナー2026のご案内
11月13日（金）、グランフロント大阪にて関西DXセミナー2026を開催いたします。詳細は追ってご案内いたします。

────────────────
Meridian Data株式会社 大阪支社 マーケティング担当
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6345-0777
配信停止をご希望の方は、本メールにそのままご返信ください。
────────────────
"""


def m0010():
    mid = "20260818010000.7f3e.kansai-mkt@osaka.jp.meridian-data.com"
    d = when(2026, 8, 18, 10, 0, 0, 9)
    subj = "【関西のお客様へ】メリディアン インサイト 正式リリースのご案内と早期お申し込み特典"
    h = std_headers(addr("Meridian Data 大阪支社", "kansai-marketing@osaka.jp.meridian-data.com"), "undisclosed-recipients:;",
                    subj, d, mid)
    htm = html_from_text(T0010, "ja", subj, accent="#8a2b0b")
    body = multipart("alternative", "=_7f3e0818_kansai_alt",
                     [text_part(T0010, "plain", "utf-8", "base64"), text_part(htm, "html", "utf-8", "base64")])
    recs = [
        C(I, "general_availability", "2026-10", "conflict", "メリディアン インサイトは、2026年10月に正式リリースを予定しております。"),
        C(I, "max_dashboards", 300, "conflict", "同製品では、1ワークスペースあたり最大300個のダッシュボードを作成でき"),
        C(I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "通常料金：1ユーザーあたり月額4,400円（税込）"),
        C(I, "per_user_price", money(3300, "JPY", "user-month", "included"), "conflict",
          "1ユーザーあたり月額3,300円（税込）でご提供いたします。"),
        F("phrase", "導入いただければ、必ず分析業務の効率が向上します。", rule="ja.absolute"),
    ]
    add_mail(10, message(h, body), mid, d, "osaka", recs, [T0010, strip_html(htm)], archive=True,
             mbox_from="kansai-marketing@osaka.jp.meridian-data.com")


# ============================================================ 0011 Tokyo newsletter (Aug 2026)
T0011 = """\
Meridian Data ニュースレター 2026年8月号

暑い日が続いておりますが、皆さまいかがお過ごしでしょうか。
今月号では、メリディアン インサイトの最新情報と、メリディアン ボールトの活用のヒントをお届けします。

■1. メリディアン インサイト 最新情報

メリディアン インサイトは現在ベータ版として提供しており、正式リリース（一般提供）は2027年1月を予定しております。
同製品の料金は、1ユーザーあたり月額4,000円（税抜）です。
夏の無料トライアルキャンペーン：8月31日までにお申し込みの方は、通常30日間の無料トライアル期間を60日間に延長いたします。

■2. メリディアン ボールト 活用のヒント

メリディアン ボールトの月間稼働率SLAは99.95%です。
同製品で取得したバックアップは、標準で90日間保持されます。
メリディアン ボールトなら、ランサムウェアからお客様のデータを完全に保護します。
復旧手順を年に一度は訓練しておくことをお勧めします。手順書のひな形はサポートサイトからダウンロードいただけます。

■3. イベント情報

9月10日（木）15:00〜16:00 オンラインセミナー「はじめてのデータ活用」
お申し込み：https://events.jp.meridian-data.com/data-101

────────────────────
配信停止：https://www.meridian-data.com/jp/unsubscribe?u=7c2f9a31
Meridian Data株式会社
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL：03-6555-0120（代表）
────────────────────
"""


def m0011():
    mid = "20260825010003.40977.7c2f9a31@mailer.jp.meridian-data.com"
    d = when(2026, 8, 25, 10, 0, 3, 9)
    subj = "【Meridian Data ニュース】2026年8月号 メリディアン インサイト最新情報"
    h = std_headers(addr("Meridian Data Japan", "news@jp.meridian-data.com"), "undisclosed-recipients:;", subj, d, mid,
                    extra=[("List-Unsubscribe", "<https://www.meridian-data.com/jp/unsubscribe?u=7c2f9a31>"),
                           ("X-Mailer", "Meridian Mailer 4.3 (campaign JP-NL-2608)")])
    htm = html_from_text(T0011, "ja", subj)
    body = multipart("alternative", "----=_Part_40977_1871392003.1787619603000",
                     [text_part(T0011, "plain", "utf-8", "base64"), text_part(htm, "html", "utf-8", "base64")])
    trial = "通常30日間の無料トライアル期間を60日間に延長いたします。"
    recs = [
        C(I, "general_availability", "2027-01", "ok", "正式リリース（一般提供）は2027年1月を予定しております。"),
        C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "同製品の料金は、1ユーザーあたり月額4,000円（税抜）です。"),
        C(I, "free_trial", dur(30, "days"), "ok", trial),
        C(I, "free_trial", dur(60, "days"), "conflict", trial),
        C(V, "sla", 99.95, "ok", "メリディアン ボールトの月間稼働率SLAは99.95%です。"),
        C(V, "retention", dur(90, "days"), "ok", "同製品で取得したバックアップは、標準で90日間保持されます。"),
        F("phrase", "メリディアン ボールトなら、ランサムウェアからお客様のデータを完全に保護します。", rule="ja.absolute"),
    ]
    add_mail(11, message(h, body), mid, d, "tokyo", recs, [T0011, strip_html(htm)], archive=True,
             mbox_from="news@jp.meridian-data.com")


# ============================================================ 0012 US partner enablement (Q4 kit)
T0012 = """\
Hi partners,

Q4 kicks off in two weeks, so here's the short version of the sales kit. The full deck is linked at the bottom.

1. Meridian Sync list price and Q4 promo
- List price: Meridian Sync is $399 per month per workspace.
- Q4 promo for net-new logos: Meridian Sync at $319 per month for the first six months, if the order is booked by December 18, 2026.
- Promo codes: SYNCQ4-NA (US) and SYNCQ4-CA (Canada). Deal reg IDs look like PR-2026-04417.

2. Talk track
- Meridian Sync supports up to 10,000 users per tenant.
- Each Meridian Sync user gets 1 TB of storage.
- Meridian Sync carries a 99.9% uptime SLA.
- Meridian Sync is ISO 27001 certified, and we share the SOC 2 Type II report under NDA.
- Meridian Sync has desktop and mobile clients for Windows, macOS, iOS and Android. There is no Linux client.
- Meridian Sync does not work offline; files sync when the device reconnects.

3. What NOT to say
- Don't promise "unlimited storage": Meridian Sync gives each user 1 TB of storage.
- Meridian Insight is still in beta, and its general availability is January 2027. Please don't sell it as GA before then.
- Meridian Insight will ship with 40+ pre-built connectors, but customers should not plan a rollout around a connector that is not on the published list.

4. Meridian Vault quick facts for cross-sell
- Meridian Vault: $20 per TB per month, RPO of 15 minutes, 90-day default retention.
- RTO: Meridian Vault brings a typical file server back within 4 hours.

Full deck (partner login): https://partners.meridian-data.com/kits/q4-2026

Thanks, and good hunting,
Dana

Dana Whitfield
Director, Channel Enablement \u2014 North America
Meridian Data Inc. | 535 Mission Street, 14th Floor, San Francisco, CA 94105
o: +1 (415) 555-0176 | m: +1 (628) 555-0193
"""


def m0012():
    mid = "BY5PR13MB4417C2A9F0D3E8B1A6C7D2E5F9@BY5PR13MB4417.namprd13.prod.outlook.com"
    d = when(2026, 9, 15, 7, 45, 12, -7)
    h = std_headers(addr("Dana Whitfield", "dana.whitfield@meridian-data.com"),
                    addr("NA Partners", "partners-na@lists.meridian-data.com"),
                    "Q4 partner sales kit: Meridian Sync promo, talk tracks, and what NOT to say", d, mid,
                    extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-US")])
    htm = html_from_text(T0012, "en", "Q4 partner sales kit")
    body = multipart("alternative", "_000_BY5PR13MB4417C2A9F0D3E8B1A6C7D2E5F9BY5PR13MB4417namp_",
                     [text_part(T0012, "plain", "us-ascii" if all(ord(c) < 128 for c in T0012) else "utf-8",
                                "quoted-printable"),
                      text_part(htm, "html", "utf-8", "quoted-printable")])
    plat = "Meridian Sync has desktop and mobile clients for Windows, macOS, iOS and Android."
    vq = "Meridian Vault: $20 per TB per month, RPO of 15 minutes, 90-day default retention."
    recs = [
        C(S, "monthly_price", money(399, "USD", "month"), "ok", "List price: Meridian Sync is $399 per month per workspace."),
        C(S, "monthly_price", money(319, "USD", "month"), "conflict",
          "Q4 promo for net-new logos: Meridian Sync at $319 per month for the first six months"),
        C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant."),
        C(S, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage."),
        C(S, "sla", 99.9, "ok", "Meridian Sync carries a 99.9% uptime SLA."),
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified, and we share the SOC 2 Type II report under NDA."),
        C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified, and we share the SOC 2 Type II report under NDA."),
    ] + members(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], {}, plat) + [
        C(S, "offline_mode", False, "ok", "Meridian Sync does not work offline; files sync when the device reconnects."),
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight is still in beta, and its general availability is January 2027."),
        C(I, "integrations", 40, "unverified", "Meridian Insight will ship with 40+ pre-built connectors"),
        C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", vq),
        C(V, "rpo", dur(15, "minutes"), "ok", vq),
        C(V, "retention", dur(90, "days"), "ok", vq),
        C(V, "rto", dur(4, "hours"), "unverified", "RTO: Meridian Vault brings a typical file server back within 4 hours."),
        F("phrase", "Don't promise \"unlimited storage\": Meridian Sync gives each user 1 TB of storage.", rule="en.unlimited"),
    ]
    add_mail(12, message(h, body), mid, d, "us-hq", recs, [T0012, strip_html(htm)], archive=True,
             mbox_from="dana.whitfield@meridian-data.com")


# ============================================================ 0013 partner reply, interleaved
def m0013():
    text = """\
Hi Dana,

Thanks, this is useful. Two quick ones inline.

On Tue, Sep 15, 2026 at 7:45 AM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
> - Q4 promo for net-new logos: Meridian Sync at $319 per month for the first six months, if the order is booked by December 18, 2026.

Does the promo stack with the 10% partner-sourced discount, or is it one or the other?

> - Meridian Sync has desktop and mobile clients for Windows, macOS, iOS and Android. There is no Linux client.

Understood. FWIW, two of our prospects were told by another reseller that Meridian Sync runs on Chromebooks. I assume that's wrong?

Jamie

--
Jamie Ortiz | Practice Lead, Collaboration
Cascadia IT Partners | 1201 3rd Ave, Suite 2200, Seattle, WA 98101 | (206) 555-0147
"""
    mid = "CAKp9Xw3=Rt5Nq8vB2mLz7Hc4eYf0Uj6sDa1g@mail.gmail.com"
    d = when(2026, 9, 16, 10, 4, 58, -7)
    h = std_headers(addr("Jamie Ortiz", "jortiz@cascadia-it.com"), addr("Dana Whitfield", "dana.whitfield@meridian-data.com"),
                    "Re: Q4 partner sales kit: Meridian Sync promo, talk tracks, and what NOT to say", d, mid,
                    extra=[("In-Reply-To", "<BY5PR13MB4417C2A9F0D3E8B1A6C7D2E5F9@BY5PR13MB4417.namprd13.prod.outlook.com>")])
    body = text_part(text, "plain", "us-ascii", "7bit", extra="; format=flowed")
    recs = [
        C(S, "monthly_price", money(319, "USD", "month"), "conflict",
          "Meridian Sync at $319 per month for the first six months", quoted=True, office="us-hq"),
    ] + members(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], {},
                "Meridian Sync has desktop and mobile clients for Windows, macOS, iOS and Android.", quoted=True, office="us-hq") + [
        C(S, "supported_platforms", "ChromeOS", "conflict",
          "two of our prospects were told by another reseller that Meridian Sync runs on Chromebooks", office="unknown"),
    ]
    add_mail(13, message(h, body), mid, d, "unknown", recs, [text])


# ============================================================ 0014 Osaka quote mail (Shift_JIS, CRLF, Outlook quote)
def m0014():
    text = """\
なにわ物流株式会社
システム課 岡田様

いつもお世話になっております。
Meridian Data 大阪支社の中村です。

先日ご依頼いただいた増設分のお見積りをお送りいたします。

【お見積り概要】
・メリディアン シンク 月額基本料金：50,000円（税抜）／税込55,000円
・今回の追加ライセンス：1,500ライセンス（現行6,200 → 7,700）
・お見積り有効期限：2026年10月23日

あわせて、前回いただいたご質問に回答いたします。
・オフライン利用について：メリディアン シンクはオフライン環境ではご利用いただけません。端末がネットワークに再接続した時点で自動的に同期されます。
・Linux端末について：現時点で同製品のLinux対応の予定はございません。
・ストレージについて：メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。2TBではございません。
・ボリュームディスカウント：7,000ライセンスを超えるご契約には、年間契約で10%のお値引きを適用いたします。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願いいたします。

******************************************
Meridian Data株式会社 大阪支社 関西営業部
中村 翔太
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6345-0777 / 携帯 080-3321-4470
******************************************

-----Original Message-----
From: 岡田 一樹 <k.okada@naniwa-logi.co.jp>
Sent: Monday, September 21, 2026 5:12 PM
To: 中村 翔太 <shota.nakamura@osaka.jp.meridian-data.com>
Subject: メリディアン シンク 増設のお見積りについて

中村様

お世話になっております。なにわ物流の岡田です。
来期に向けて、利用者を7,700名規模まで拡大することを検討しております。
追加分のお見積りをいただけますでしょうか。

以前、別の販売店から、メリディアン シンクは1ユーザーあたり2TBまで使えると伺っております。
こちらは正しいでしょうか。

岡田
"""
    mid = "TYCPR01MB8832A4F1C0E7D2B95A3E6C1F8D0@TYCPR01MB8832.jpnprd01.prod.outlook.com"
    d = when(2026, 9, 24, 15, 26, 40, 9)
    h = std_headers(addr("中村 翔太", "shota.nakamura@osaka.jp.meridian-data.com", "iso-2022-jp"),
                    addr("岡田 一樹", "k.okada@naniwa-logi.co.jp", "iso-2022-jp"),
                    "RE: メリディアン シンク 増設のお見積りについて", d, mid, charset="iso-2022-jp",
                    extra=[("Thread-Topic", enc_header("メリディアン シンク 増設のお見積りについて", "iso-2022-jp")),
                           ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")])
    body = text_part(text, "plain", "Shift_JIS", "base64")
    price = "メリディアン シンク 月額基本料金：50,000円（税抜）／税込55,000円"
    recs = [
        C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", price),
        C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", price),
        C(S, "offline_mode", False, "ok", "メリディアン シンクはオフライン環境ではご利用いただけません。"),
        C(S, "storage_per_user", 1 * TB, "ok", "メリディアン シンクのストレージ容量は1ユーザーあたり1TBです。"),
        C(S, "storage_per_user", 2 * TB, "conflict", "メリディアン シンクは1ユーザーあたり2TBまで使えると伺っております。",
          quoted=True, office="unknown"),
    ]
    raw = message(h, body).replace("\n", "\r\n")
    add_mail(14, raw, mid, d, "osaka", recs, [text], archive=True, mbox_from="shota.nakamura@osaka.jp.meridian-data.com")


# ============================================================ 0015 London newsletter (Oct 2026)
T0015 = """\
MERIDIAN UK UPDATE · OCTOBER 2026

In this issue: Meridian Insight pricing for the UK, Meridian Sync at full size, and a roundtable in Manchester.

MERIDIAN INSIGHT: UK PRICING CONFIRMED
Meridian Insight will be priced at £25 per user per month (ex VAT) when it becomes generally available in January 2027.
Until then, beta workspaces stay free, and the Meridian Insight interface is available in 9 languages, Welsh included.
Meridian Insight's best-in-class query engine returns most dashboards in under 2 seconds.[1]

MERIDIAN SYNC: NOW 10,000 USERS PER TENANT
Since April, Meridian Sync supports up to 10,000 users per tenant, with 1 TB of storage for every user.
Customers still on the legacy desktop client should follow the upgrade guide at https://support.meridian-data.com/kb/MeridianFileSync-upgrade before 30 November 2026.

EVENTS
Meridian Vault roundtable, Manchester, 12 November 2026, 09:30\u201312:00. Twenty places, IT leaders only.

[1] Source: Meridian Insight Performance Brief v1.3, May 2026 (p95, 100M-row workspace).

Meridian Data Ltd · 30 Finsbury Square, London EC2A 1AG · Company No. 11482736 · +44 20 7946 0300
Manage your preferences: https://www.meridian-data.com/uk/preferences
"""


def m0015():
    mid = "1791273600.1006.uknews.8820@uk.meridian-data.com"
    d = when(2026, 10, 6, 9, 0, 0, 1)
    subj = "Meridian UK Update \u2014 October 2026"
    h = std_headers(addr("Meridian Data UK", "newsletter@uk.meridian-data.com"), "undisclosed-recipients:;", subj, d, mid,
                    extra=[("List-Unsubscribe", "<https://www.meridian-data.com/uk/preferences>")])
    htm = html_from_text(T0015, "en", subj, accent="#2b5d3a")
    body = multipart("alternative", "_av-Qm4rTz0yLk7Nw2Pa9Ue",
                     [text_part(T0015, "plain", "utf-8", "quoted-printable"),
                      text_part(htm, "html", "utf-8", "quoted-printable")])
    sy = "Since April, Meridian Sync supports up to 10,000 users per tenant, with 1 TB of storage for every user."
    recs = [
        C(I, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
          "Meridian Insight will be priced at £25 per user per month (ex VAT)"),
        C(I, "general_availability", "2027-01", "ok", "when it becomes generally available in January 2027"),
        C(I, "ui_languages", 9, "unverified", "the Meridian Insight interface is available in 9 languages"),
        C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight's best-in-class query engine returns most dashboards in under 2 seconds."),
        C(S, "max_users", 10000, "ok", sy),
        C(S, "storage_per_user", 1 * TB, "ok", sy),
    ]
    add_mail(15, message(h, body), mid, d, "london", recs, [T0015, strip_html(htm)], archive=True,
             mbox_from="newsletter@uk.meridian-data.com")


# ============================================================ 0016 Tokyo sales mail (ISO-2022-JP)
T0016 = """\
株式会社北斗精機
情報システム部 山本様

いつも大変お世話になっております。
Meridian Dataの佐藤でございます。

先日は、工場拠点へのメリディアン シンク展開についてお時間をいただき、ありがとうございました。
ご質問いただいた点について、以下のとおり回答いたします。

1. 旧製品名について
ご社内の稟議書に記載の「メリディアン ファイルシンク」は旧名称で、現在の製品名はメリディアン シンクです。機能や契約内容に変更はございません。

2. 端末台数について
メリディアン シンクは、1ユーザーあたり5台までの端末でご利用いただけます。

3. ストレージについて
同製品のストレージ容量は1ユーザーあたり1TBです。

4. 稼働率について
メリディアン シンクのSLAは月間稼働率99.9%です。

5. 工場のネットワーク環境について
工場内は電波の届きにくいエリアが多いと伺いましたが、メリディアン シンクはオフラインモードにも対応しておりますので、圏外でも作業を継続いただけます。

そのほか気になる点がございましたら、何なりとお申し付けください。
引き続きよろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━
Meridian Data株式会社 東京本社 営業第二部
佐藤 美咲（さとう みさき）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL：03-6555-0131　携帯：090-4417-2285
━━━━━━━━━━━━━━━━━━━━
"""
MID0016 = "OS3PR01MB6617E0B5A2C9D4F18E7A3B6C2D1@OS3PR01MB6617.jpnprd01.prod.outlook.com"
R0016 = [
    F("terminology", "ご社内の稟議書に記載の「メリディアン ファイルシンク」は旧名称で", product=S),
    C(S, "max_devices", 5, "unverified", "メリディアン シンクは、1ユーザーあたり5台までの端末でご利用いただけます。"),
    C(S, "storage_per_user", 1 * TB, "ok", "同製品のストレージ容量は1ユーザーあたり1TBです。"),
    C(S, "sla", 99.9, "ok", "メリディアン シンクのSLAは月間稼働率99.9%です。"),
    C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフラインモードにも対応しておりますので、圏外でも作業を継続いただけます。"),
]


def raw0016():
    d = when(2026, 10, 14, 11, 52, 30, 9)
    h = std_headers(addr("佐藤 美咲", "misaki.sato@jp.meridian-data.com", "iso-2022-jp"),
                    addr("山本 隆", "t.yamamoto@hokuto-seiki.co.jp", "iso-2022-jp"),
                    "メリディアン シンク 追加ご提案の件（ご質問への回答）", d, MID0016, charset="iso-2022-jp",
                    extra=[("Content-Language", "ja-JP")])
    return message(h, text_part(T0016, "plain", "ISO-2022-JP", "7bit")), d


def m0016():
    raw, d = raw0016()
    add_mail(16, raw, MID0016, d, "tokyo", [dict(r) for r in R0016], [T0016], archive=True,
             mbox_from="misaki.sato@jp.meridian-data.com")


# ============================================================ 0017 US webinar reminder
T0017 = """\
Hi Marcus,

Quick reminder: our live Meridian Vault demo is tomorrow, Wednesday October 21, at 10:00 a.m. PT (1:00 p.m. ET). It runs 30 minutes, with Q&A at the end.

In those 30 minutes you'll watch Meridian Vault protect a live SQL Server, roll back a simulated ransomware attack, and restore a 50 GB database.

Meridian Vault was ranked #1 in mid-market backup by G2 users this fall, and it comes with a 99.99% availability SLA.

Join from your browser: https://meridian-data.zoom.us/j/91422075531
Meeting ID: 914 2207 5531 \u00b7 Passcode: 483920

Can't make it? Reply to this email and we'll send you the recording.

The Meridian Data Events team
Meridian Data Inc. \u00b7 535 Mission Street, 14th Floor, San Francisco, CA 94105
"""


def m0017():
    mid = "0101019a2b7c4d5e-9f1a3c6e-2b4d-4e8f-a1c3-7d9e0f2a4b6c-000000@email.meridian-data.com"
    d = when(2026, 10, 20, 9, 0, 0, -7)
    subj = "Tomorrow: Meridian Vault live demo (10 a.m. PT)"
    h = std_headers(addr("Meridian Data Events", "events@meridian-data.com"), addr("Marcus Bell", "mbell@callowayfreight.com"),
                    subj, d, mid)
    htm = html_from_text(T0017, "en", subj)
    body = multipart("alternative", "b1_4e8fa1c37d9e0f2a4b6c9f1a3c6e2b4d",
                     [text_part(T0017, "plain", "utf-8", "quoted-printable"),
                      text_part(htm, "html", "utf-8", "quoted-printable")])
    recs = [
        C(V, "sla", 99.99, "conflict", "it comes with a 99.99% availability SLA"),
        F("phrase", "Meridian Vault was ranked #1 in mid-market backup by G2 users this fall", rule="en.superlative"),
    ]
    add_mail(17, message(h, body), mid, d, "us-hq", recs, [T0017, strip_html(htm)], archive=True,
             mbox_from="bounce-9f1a3c6e@email.meridian-data.com")


# ============================================================ 0018 London reply, Outlook quote of a customer
def m0018():
    text = """\
Hi Rachel,

Thanks for sending these over \u2013 answers below, in the same order.

1. Meridian Vault's recovery point objective is 15 minutes, not 1 hour.
2. Yes, Meridian Vault keeps backups for 90 days by default, and you can extend that for specific policies.
3. Meridian Vault would hold your backups in our Frankfurt data centre; we don't operate a London data centre.
4. On price: for the 180 TB you mentioned, Meridian Vault would be £16 per TB per month. That comes to £2,880 a month for your estate, plus VAT.

Happy to walk your board through it on Thursday.

Best,
Oliver

Oliver Hughes
Solutions Architect | Meridian Data Ltd
30 Finsbury Square, London EC2A 1AG
+44 20 7946 0352 | +44 7700 900 862

-----Original Message-----
From: Rachel Dunmore <r.dunmore@harrowgate-housing.org.uk>
Sent: 02 November 2026 18:47
To: Oliver Hughes <oliver.hughes@uk.meridian-data.com>
Subject: Vault \u2013 a few questions before our board meeting

Hi Oliver,

Our board meets on 12 November and I need to close out a few points on Meridian Vault.

1. Our previous reseller told us Meridian Vault has an RPO of 1 hour. Is that still right?
2. How long are backups kept by default?
3. We need our data to stay in the UK or EU. Where would it be held?
4. Rough monthly cost for about 180 TB?

Thanks,
Rachel

Rachel Dunmore | Head of IT
Harrowgate Housing Association
Registered Society No. 31207R \u00b7 Tel 01423 555 017
"""
    mid = "LO2P265MB5526B7E3A0C4D9F2E1B8A6C3D5@LO2P265MB5526.GBRP265.PROD.OUTLOOK.COM"
    d = when(2026, 11, 3, 9, 41, 7, 0)
    h = std_headers(addr("Oliver Hughes", "oliver.hughes@uk.meridian-data.com"),
                    addr("Rachel Dunmore", "r.dunmore@harrowgate-housing.org.uk"),
                    "RE: Vault \u2013 a few questions before our board meeting", d, mid,
                    extra=[("Thread-Topic", enc_header("Vault \u2013 a few questions before our board meeting", "utf-8")),
                           ("Content-Language", "en-GB")])
    body = text_part(text, "plain", "utf-8", "quoted-printable")
    recs = [
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's recovery point objective is 15 minutes, not 1 hour."),
        C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
        C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault would hold your backups in our Frankfurt data centre"),
        C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault would be £16 per TB per month."),
        C(V, "rpo", dur(1, "hours"), "conflict", "Our previous reseller told us Meridian Vault has an RPO of 1 hour.",
          quoted=True, office="unknown"),
    ]
    add_mail(18, message(h, body), mid, d, "london", recs, [text], archive=True,
             mbox_from="oliver.hughes@uk.meridian-data.com")


# ============================================================ 0019 unreadable (gzip saved as .eml)
def m0019():
    inner = ("From: Meridian Data <newsletter@meridian-data.com>\nSubject: (export)\n\n" + "x" * 64 + "\n").encode()
    raw = gzip.compress(inner, mtime=0)
    recs = [F("unreadable", "gzip-compressed data, not an RFC 5322 message")]
    add_mail(19, raw, None, None, "unknown", recs, [])


# ============================================================ 0020 Tokyo release notes for Vault
T0020 = """\
お客様各位

平素はメリディアン ボールトをご利用いただき、誠にありがとうございます。
2026年11月の機能アップデートについてお知らせいたします。

■ 提供日
2026年11月17日（火）の定期メンテナンス終了後より、順次反映いたします。

■ メンテナンス時間
2026年11月17日（火）2:00〜6:00（4時間）
メンテナンス中もメリディアン ボールトのバックアップ処理は継続され、絶対にデータが失われることはありません。

■ 主な変更点
1. 保持期間の設定画面を刷新しました。メリディアン ボールトの標準の保持期間は引き続き90日間です。
2. 訂正：前回のお知らせに誤りがございました。メリディアン ボールトの保存容量の上限は、（誤）1テナントあたり最大1PB、（正）1テナントあたり最大500TBです。
3. 同製品は引き続き東京・大阪のデータセンターで運用しており、国内のお客様のデータは国内で保管されます。
4. メリディアン ボールトの月間稼働率SLAは99.95%です。
5. 同製品の保存データはAES-256で暗号化されます。

ご不明な点は、サポートセンターまでお問い合わせください。

--
Meridian Data株式会社 カスタマーサポートセンター
フリーダイヤル：0120-555-019（受付時間 平日9:00〜17:30）
https://support.meridian-data.com/jp/
"""


def m0020():
    mid = "20261110093000.vault-rn-2611.8c1d@jp.meridian-data.com"
    d = when(2026, 11, 10, 9, 30, 0, 9)
    h = std_headers(addr("Meridian Data サポートセンター", "support-info@jp.meridian-data.com"), "undisclosed-recipients:;",
                    "【メリディアン ボールト】2026年11月 機能アップデートのお知らせ", d, mid)
    body = text_part(T0020, "plain", "UTF-8", "quoted-printable")
    recs = [
        F("phrase", "絶対にデータが失われることはありません。", rule="ja.absolute"),
        C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は引き続き90日間です。"),
        C(V, "max_storage", 500 * TB, "ok", "（正）1テナントあたり最大500TBです。"),
    ] + members(V, "data_centers", ["Tokyo", "Osaka"], {}, "同製品は引き続き東京・大阪のデータセンターで運用しており") + [
        C(V, "sla", 99.95, "ok", "メリディアン ボールトの月間稼働率SLAは99.95%です。"),
        C(V, "encryption", "AES-256", "ok", "同製品の保存データはAES-256で暗号化されます。"),
    ]
    add_mail(20, message(h, body), mid, d, "tokyo", recs, [T0020], archive=True,
             mbox_from="support-info@jp.meridian-data.com")


# ============================================================ 0021 US Black Friday newsletter
T0021 = """\
BLACK FRIDAY STARTS EARLY

Through December 31, 2026, new Meridian Vault customers pay just $15 per TB per month for their first 12 months.*
After that, Meridian Vault returns to its list price of $20 per TB per month.

Also this month:
\u2022 Meridian Sync now runs on Windows, macOS, iOS, Android and ChromeOS.
\u2022 Meridian Insight general availability is on track for January 2027, and the beta stays free until then.
\u2022 Risk-free: cancel within 30 days of signing for a full refund.

Claim the offer: https://www.meridian-data.com/offers/bf2026

*Offer valid for new Meridian Vault customers in the United States and Canada who sign a 12-month agreement by December 31, 2026. Standard pricing applies thereafter.

--
Meridian Data Inc. | 535 Mission Street, 14th Floor, San Francisco, CA 94105 | +1 (415) 555-0198
Unsubscribe: https://www.meridian-data.com/unsubscribe?u=b81d0c77
"""


def m0021():
    mid = "0100019c4e8a2b1f-3d7e9a0c-6f2b-4c1d-8e5a-9b3f7c0d2e4a-000000@email.meridian-data.com"
    d = when(2026, 11, 19, 8, 0, 0, -8)
    subj = "Black Friday starts early: Meridian Vault at $15/TB through December 31"
    h = std_headers(addr("Meridian Data", "newsletter@meridian-data.com"), "subscribers@lists.meridian-data.com", subj, d, mid,
                    extra=[("List-Unsubscribe", "<https://www.meridian-data.com/unsubscribe?u=b81d0c77>"),
                           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    htm = html_from_text(T0021, "en", subj, accent="#111111")
    body = multipart("alternative", "b1_3d7e9a0c6f2b4c1d8e5a9b3f7c0d2e4a",
                     [text_part(T0021, "plain", "utf-8", "quoted-printable"),
                      text_part(htm, "html", "utf-8", "quoted-printable")])
    plat = "Meridian Sync now runs on Windows, macOS, iOS, Android and ChromeOS."
    recs = [
        C(V, "price_per_tb", money(15, "USD", "TB-month"), "conflict",
          "new Meridian Vault customers pay just $15 per TB per month for their first 12 months"),
        C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault returns to its list price of $20 per TB per month."),
    ] + members(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android", "ChromeOS"], {"ChromeOS": "conflict"}, plat) + [
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight general availability is on track for January 2027"),
        F("phrase", "Risk-free: cancel within 30 days of signing for a full refund.", rule="en.guarantee"),
    ]
    add_mail(21, message(h, body), mid, d, "us-hq", recs, [T0021, strip_html(htm)], archive=True,
             mbox_from="bounce-b81d0c77@email.meridian-data.com")


# ============================================================ 0022 Tokyo manager, 0016 attached as message/rfc822
def m0022():
    text = """\
佐藤さん

お疲れさまです。高橋です。
添付の北斗精機様あてのメールを確認しました。

5.の記載に誤りがあります。メリディアン シンクはオフラインモードには対応しておりません。
本日中に山本様へ訂正のご連絡をお願いします。
また、2.の端末台数は製品仕様書に記載がないため、確認が取れるまでお客様へのご案内は控えてください。

高橋
"""
    inner, _ = raw0016()
    mid = "8f2d1c7a-3b9e-4a05-9c6d-e41b2f7a0c58@jp.meridian-data.com"
    d = when(2026, 10, 15, 9, 5, 44, 9)
    h = std_headers(addr("高橋 健一", "kenichi.takahashi@jp.meridian-data.com", "iso-2022-jp"),
                    addr("佐藤 美咲", "misaki.sato@jp.meridian-data.com", "iso-2022-jp"),
                    "訂正のお願い：北斗精機様あて回答メール", d, mid, charset="iso-2022-jp",
                    extra=[("User-Agent", "Mozilla Thunderbird")])
    fname = Header("メリディアン シンク 追加ご提案の件.eml", "iso-2022-jp").encode()
    att = ("Content-Type: message/rfc822; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n\n%s"
           % (fname, fname, inner))
    body = multipart("mixed", "------------9C3E1F0A72B54D8E6F1A2B3C", [text_part(text, "plain", "ISO-2022-JP", "7bit"), att],
                     preamble="This is a multi-part message in MIME format.")
    recs = [C(S, "offline_mode", False, "ok", "メリディアン シンクはオフラインモードには対応しておりません。")]
    for r in R0016:
        r = dict(r, quoted=True)
        if r["type"] == "claim":
            r["office"] = "tokyo"
        recs.append(r)
    add_mail(22, message(h, body), mid, d, "tokyo", recs, [text, T0016])


# ============================================================ 0023 Osaka partner campaign mail (ISO-2022-JP)
T0023 = """\
販売パートナー各位

いつも大変お世話になっております。
Meridian Data 大阪支社 パートナー営業の西田です。

下期のメリディアン ボールト拡販キャンペーンについてご案内いたします。

■ キャンペーン概要
期間：2026年10月1日〜12月28日
対象：新規でメリディアン ボールトをご契約いただくエンドユーザー様
内容：メリディアン ボールトを1TBあたり月額2,240円（税抜）でご提供（通常価格の20%引き、初年度のみ）

■ 通常価格（ご参考）
メリディアン ボールト：1TBあたり月額2,800円（税抜）／3,080円（税込）

■ トークスクリプト例
・「メリディアン ボールトは、国内のバックアップサービスで業界最安の料金です」
・「同製品の目標復旧時点（RPO）は15分です」
・「同製品のデータセンターは東京と大阪にあり、データは国内で保管されます」

■ ご注意
パートナー様の仕入れ価格は、別途お送りする価格表（PL-P-2026H2）をご確認ください。
キャンペーン申請書の締切は各月25日です。

--
Meridian Data株式会社 大阪支社 パートナー営業部
西田 優子
TEL 06-6345-0781 / 携帯 070-2218-5563
"""


def m0023():
    mid = "202609301415.QX83LP2T@osaka.jp.meridian-data.com"
    d = when(2026, 9, 30, 14, 15, 0, 9)
    h = std_headers(addr("西田 優子", "y.nishida@osaka.jp.meridian-data.com", "iso-2022-jp"),
                    addr("関西販売パートナー", "kansai-partners@lists.meridian-data.com", "iso-2022-jp"),
                    "【パートナー様向け】下期 メリディアン ボールト拡販キャンペーンのご案内", d, mid, charset="iso-2022-jp",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body = text_part(T0023, "plain", "ISO-2022-JP", "7bit")
    lp = "メリディアン ボールト：1TBあたり月額2,800円（税抜）／3,080円（税込）"
    recs = [
        C(V, "price_per_tb", money(2240, "JPY", "TB-month", "excluded"), "conflict",
          "メリディアン ボールトを1TBあたり月額2,240円（税抜）でご提供"),
        C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", lp),
        C(V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", lp),
        F("phrase", "メリディアン ボールトは、国内のバックアップサービスで業界最安の料金です", rule="ja.cheapest"),
        C(V, "rpo", dur(15, "minutes"), "ok", "同製品の目標復旧時点（RPO）は15分です"),
    ] + members(V, "data_centers", ["Tokyo", "Osaka"], {}, "同製品のデータセンターは東京と大阪にあり")
    add_mail(23, message(h, body), mid, d, "osaka", recs, [T0023], archive=True,
             mbox_from="y.nishida@osaka.jp.meridian-data.com")


# ============================================================ documents (judged as of DOCS_AS_OF)
DOCS = []   # (path, content str, office, records, plain text for checks)

D_TOKYO = """\
# 株式会社北斗精機様 ご提案書

## メリディアン シンク／メリディアン ボールト 全社導入のご提案

2026年11月
Meridian Data株式会社 東京本社 営業第二部

---

## 1. ご提案の背景

貴社では、国内12拠点に分散したファイルサーバーの老朽化と、拠点間での図面共有の遅さが課題となっております。
本書では、ファイル共有基盤とバックアップ基盤をクラウドへ移行する構成をご提案いたします。

## 2. メリディアン シンクの概要

- 最大1万ユーザーまで、1テナントでご利用いただけます。
- 1ユーザーあたり1TBのストレージを標準でご提供します。
- 対応OS：Windows、macOS、iOS、Android
- ISO 27001およびSOC 2 Type IIの認証を取得しています。
- 国内No.1※1の法人向けクラウドファイル共有サービスです。

## 3. メリディアン ボールトの概要

- RPO（目標復旧時点）15分、標準の保持期間90日間
- データセンター：東京・大阪（国内2拠点で冗長化）
- RTO（目標復旧時間）は4時間以内を目標としています。

## 4. お見積り

表1　お見積り（月額・金額はすべて税抜）

| 製品 | 項目 | 単価 | 数量 | 月額小計 |
|---|---|---|---|---|
| メリディアン シンク | 月額基本料金 | 50,000円 | 1 | 50,000円 |
| メリディアン ボールト | バックアップ料金（1TBあたり） | 2,800円 | 40TB | 112,000円 |
| 合計 | | | | 162,000円 |

※2026年12月25日までにご契約いただいた場合、メリディアン シンクの月額基本料金を最初の3か月間45,000円（税抜）でご提供いたします。
※1 2026年9月 株式会社テクノ・インサイト総研調べ（国内法人向けクラウドファイル共有サービス 導入社数）

## 5. 導入スケジュール（案）

| フェーズ | 期間 | 内容 |
|---|---|---|
| 準備 | 2027年1月 | アカウント設計、移行計画の策定 |
| 移行 | 2027年2月〜3月 | 拠点ごとの段階移行（1拠点あたり約2週間） |
| 定着 | 2027年4月 | 利用状況のレビュー、旧ファイルサーバーの停止 |

以上
"""

D_US = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Meridian Insight \u2014 Beta Program One-Pager</title>
<style>
body { font-family: Helvetica, Arial, sans-serif; color: #1f2933; max-width: 760px; margin: 32px auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d9dee3; padding: 6px 10px; text-align: left; }
.footnote { font-size: 12px; color: #52606d; }
</style>
</head>
<body>
<h1>Meridian Insight</h1>
<p class="tag">Analytics and dashboards for mid-sized teams &middot; Public beta &middot; Prepared for Calloway Freight, November 2026</p>

<h2>Launch timeline</h2>
<p>Meridian Insight is in public beta today and will be generally available in January 2027.</p>

<h2>Pricing at general availability</h2>
<p>Meridian Insight will be <del>$35</del> $30 per user per month at GA.</p>
<p>Beta workspaces are free of charge until GA; after GA, every new Meridian Insight workspace starts with a 30-day free trial.</p>
<p>We have reserved beta access for your analytics team through December 31, 2026.</p>

<h2>Limits and performance</h2>
<table>
<caption>Meridian Insight limits (beta and GA)</caption>
<tr><th>Item</th><th>Limit</th></tr>
<tr><td>Dashboards per workspace</td><td>up to 200</td></tr>
<tr><td>Query latency (p95, 100M rows)</td><td>2 seconds or less</td></tr>
<tr><td>Data source connectors</td><td>35 at launch</td></tr>
<tr><td>API rate limit</td><td>600 requests per minute</td></tr>
</table>

<h2>Why teams choose it</h2>
<p>Meridian Insight is the #1 rated analytics add-on among Meridian Sync customers.<sup>1</sup></p>
<p>Your account team: Alex Romero, Account Executive, +1 (415) 555-0161, alex.romero@meridian-data.com</p>

<p class="footnote"><sup>1</sup> Source: Meridian Customer Advisory Board survey, September 2026 (n=212).</p>
</body>
</html>
"""

D_LONDON = """\
MERIDIAN VAULT \u2014 BACKUP AND RECOVERY PROPOSAL
Prepared for: Harrowgate Housing Association
Prepared by: Oliver Hughes, Solutions Architect, Meridian Data Ltd
Date: 6 November 2026
Reference: MD-UK-P-2026-0417

1. Summary

Harrowgate Housing Association protects around 180 TB of data across 14 sites, today on a mix of tape and an ageing on-premises appliance.
This proposal sets out how Meridian Vault would protect that estate from 1 January 2027.

2. Service levels

- Recovery point: Meridian Vault captures changes continuously, with an RPO of 15 minutes.
- Availability: Meridian Vault is backed by a 99.95% availability SLA.
- Retention: Meridian Vault keeps backups for 90 days by default.
- Records that your policy requires for longer are held under a separate, customer-defined rule.

3. Where your data lives

Meridian Vault would store your backups in our Frankfurt data centre, with a secondary copy in our London data centre for UK residency.
Meridian Vault encrypts all backups at rest with AES-256.

4. Capacity

Meridian Vault stores up to 500 TB per tenant.
Your current estate of about 180 TB therefore leaves ample headroom for growth.

5. Commercials

- Meridian Vault: \u00a316 per TB per month, ex VAT.
- Indicative charge at today's volume (180 TB): \u00a32,880 ex VAT.
- Onboarding workshop (two days, on site in Harrogate): included.
- Migration from your current tool is guaranteed to complete within one weekend.

6. Next steps

Board decision on 12 November; contract by 4 December; kick-off workshop in the week of 11 January 2027.

Oliver Hughes | +44 20 7946 0352 | oliver.hughes@uk.meridian-data.com
Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG. Registered in England and Wales No. 11482736. VAT GB 318 4422 91.
"""

D_OSAKA = """\
# 関西DXセミナー2026 配布資料

## メリディアン シンク／メリディアン インサイト ご紹介

Meridian Data株式会社 大阪支社
2026年11月13日（金）　会場：グランフロント大阪 北館 タワーC 8F

---

## メリディアン シンク

メリディアン シンクは、最大1万ユーザーまで1テナントでご利用いただける法人向けファイル共有サービスです。

- 月額料金：55,000円（税込）
- 同製品の稼働率SLAは99.9%です。
- オフライン環境でも編集作業を継続でき、再接続時に自動で同期されます。
- 旧製品名「メリディアン・ファイルシンク」をご利用中のお客様も、そのまま移行いただけます。
- 同製品はISMAPにも登録済みです。

<!-- onevoice-disable-next-line ja.superlative-no1 -->
関西の製造業における導入実績は業界一です。

## メリディアン インサイト

- メリディアン インサイトは2026年12月に正式リリース予定です。
- クエリ応答時間は最大2秒です。
- 最大200個のダッシュボードを作成できます。
- 料金は1ユーザーあたり月額4,000円（税抜）を予定しています。
- 他社のBIツールと比べて、どこよりもお得な価格です。

## お問い合わせ

Meridian Data株式会社 大阪支社 関西営業部
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL：06-6345-0777　受付時間：平日9:00〜17:30
"""


def docs():
    sync_over = "1ユーザーあたり1TBのストレージを標準でご提供します。"
    DOCS.append(("docs/tokyo/2026-11_北斗精機様_ご提案書.md", D_TOKYO, "tokyo", [
        C(S, "max_users", 10000, "ok", "最大1万ユーザーまで、1テナントでご利用いただけます。"),
        C(S, "storage_per_user", 1 * TB, "ok", sync_over),
    ] + members(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], {}, "対応OS：Windows、macOS、iOS、Android") +
        members(S, "certifications", ["ISO 27001", "SOC 2 Type II"], {}, "ISO 27001およびSOC 2 Type IIの認証を取得しています。") + [
        C(V, "rpo", dur(15, "minutes"), "ok", "RPO（目標復旧時点）15分、標準の保持期間90日間"),
        C(V, "retention", dur(90, "days"), "ok", "RPO（目標復旧時点）15分、標準の保持期間90日間"),
    ] + members(V, "data_centers", ["Tokyo", "Osaka"], {}, "データセンター：東京・大阪（国内2拠点で冗長化）") + [
        C(V, "rto", dur(4, "hours"), "unverified", "RTO（目標復旧時間）は4時間以内を目標としています。"),
        C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク | 月額基本料金 | 50,000円 |"),
        C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
          "| メリディアン ボールト | バックアップ料金（1TBあたり） | 2,800円 |"),
        C(S, "monthly_price", money(45000, "JPY", "month", "excluded"), "conflict",
          "メリディアン シンクの月額基本料金を最初の3か月間45,000円（税抜）でご提供いたします。"),
    ], D_TOKYO))

    DOCS.append(("docs/us-hq/meridian-insight-beta-onepager.html", D_US, "us-hq", [
        C(I, "general_availability", "2027-01", "ok",
          "Meridian Insight is in public beta today and will be generally available in January 2027."),
        C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "$30 per user per month at GA."),
        C(I, "free_trial", dur(30, "days"), "ok", "every new Meridian Insight workspace starts with a 30-day free trial."),
        C(I, "max_dashboards", 200, "ok", "Dashboards per workspace up to 200"),
        C(I, "query_latency", dur(2, "seconds"), "ok", "Query latency (p95, 100M rows) 2 seconds or less"),
        C(I, "integrations", 35, "unverified", "Data source connectors 35 at launch"),
        C(I, "api_rate_limit", 600, "unverified", "API rate limit 600 requests per minute"),
    ], strip_html(D_US)))

    DOCS.append(("docs/london/harrowgate-vault-proposal.txt", D_LONDON, "london", [
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault captures changes continuously, with an RPO of 15 minutes."),
        C(V, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA."),
        C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default."),
        C(V, "data_centers", "Frankfurt", "ok",
          "Meridian Vault would store your backups in our Frankfurt data centre, with a secondary copy in our London data centre for UK residency."),
        C(V, "data_centers", "London", "conflict",
          "Meridian Vault would store your backups in our Frankfurt data centre, with a secondary copy in our London data centre for UK residency."),
        C(V, "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256."),
        C(V, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant."),
        C(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault: \u00a316 per TB per month, ex VAT."),
        F("phrase", "Migration from your current tool is guaranteed to complete within one weekend.", rule="en.guarantee"),
    ], D_LONDON))

    DOCS.append(("docs/osaka/2026-11_関西DXセミナー配布資料.md", D_OSAKA, "osaka", [
        C(S, "max_users", 10000, "ok", "メリディアン シンクは、最大1万ユーザーまで1テナントでご利用いただける法人向けファイル共有サービスです。"),
        C(S, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "月額料金：55,000円（税込）"),
        C(S, "sla", 99.9, "ok", "同製品の稼働率SLAは99.9%です。"),
        C(S, "offline_mode", True, "conflict", "オフライン環境でも編集作業を継続でき、再接続時に自動で同期されます。"),
        F("terminology", "旧製品名「メリディアン・ファイルシンク」をご利用中のお客様も", product=S),
        C(S, "certifications", "ISMAP", "conflict", "同製品はISMAPにも登録済みです。"),
        C(I, "general_availability", "2026-12", "conflict", "メリディアン インサイトは2026年12月に正式リリース予定です。"),
        C(I, "query_latency", dur(2, "seconds"), "ok", "クエリ応答時間は最大2秒です。"),
        C(I, "max_dashboards", 200, "ok", "最大200個のダッシュボードを作成できます。"),
        C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "料金は1ユーザーあたり月額4,000円（税抜）を予定しています。"),
        F("phrase", "他社のBIツールと比べて、どこよりもお得な価格です。", rule="ja.cheapest"),
    ], D_OSAKA))


# ------------------------------------------------------------------ cross-office (LABELS: within 45 days, same product/attr)
def norm_value(attr, v):
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
        return ("money", v["currency"], v["per"], round(amt))
    if isinstance(v, dict) and "unit" in v:
        f = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur", v["amount"] * f)
    return ("v", v)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(archive_mails):
    rows = []
    for m in archive_mails:
        for r in m["records"]:
            if r["type"] == "claim" and r["attribute"] not in SET_ATTRS:
                r = dict(r, office=r["office"] or m["office"])
                if r["office"] != "unknown":
                    rows.append((m, r))
    found = {}
    for i, (ma, a) in enumerate(rows):
        for mb, b in rows[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((ma["date"].date() - mb["date"].date()).days) > 45:
                continue
            va, vb = norm_value(a["attribute"], a["value"]), norm_value(b["attribute"], b["value"])
            if va[0] == "money" and va[:3] != vb[:3]:
                continue            # different currency or billing unit: not compared
            if va == vb:
                continue
            if a["verdict"] == "ok" and b["verdict"] == "ok":
                continue            # each right at its own date
            if a["verdict"] == "unverified" and b["verdict"] == "unverified":
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            e = found.setdefault(key, {"files": set(), "values": {}})
            for m, r in ((ma, a), (mb, b)):
                e["files"].add("mail/%04d.eml" % m["n"])
                vals = e["values"].setdefault(r["office"], [])
                if r["value"] not in vals:
                    vals.append(r["value"])
    out = []
    for (p, at, offs), e in sorted(found.items()):
        out.append({"type": "cross-office", "product": p, "attribute": at, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": sorted(e["files"]),
                    "values": {k: (v[0] if len(v) == 1 else v) for k, v in sorted(e["values"].items())}})
    return out


# ------------------------------------------------------------------ writing
def norm_ws(s):
    return re.sub(r"\s+", "", s)


def check_excerpt(where, rec, texts):
    t = rec.get("text") or ""
    if rec.get("kind") == "unreadable":
        return
    if not any(t in x for x in texts) and not any(norm_ws(t) in norm_ws(x) for x in texts):
        sys.exit("%s: excerpt not found: %r" % (where, t))


def mbox_escape(raw):
    lines = raw.split("\n")
    return "\n".join((">" + l) if re.match(r"^>*From ", l) else l for l in lines)


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    m0001(); m0002(); m0003(); m0004(); t5 = m0005(); m0006(t5); m0007(); m0008(); m0009(); m0010()
    m0011(); m0012(); m0013(); m0014(); m0015(); m0016(); m0017(); m0018(); m0019(); m0020()
    m0021(); m0022(); m0023(); docs()

    expected = []
    for m in sorted(MAILS, key=lambda m: m["n"]):
        f = "mail/%04d.eml" % m["n"]
        raw = m["raw"] if isinstance(m["raw"], bytes) else m["raw"].encode("ascii")
        with open(os.path.join(ROOT, f), "wb") as fh:
            fh.write(raw)
        for r in m["records"]:
            check_excerpt(f, r, m["texts"])
    order = sorted([m for m in MAILS if m["archive"]], key=lambda m: m["date"])
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        for m in order:
            raw = m["raw"].replace("\r\n", "\n")
            utc = m["date"].astimezone(dt.timezone.utc)
            fh.write(("From %s %s\n" % (m["mbox_from"], utc.strftime("%a %b %d %H:%M:%S %Y"))).encode("ascii"))
            fh.write(mbox_escape(raw.rstrip("\n")).encode("ascii") + b"\n\n")

    def lines_for(m, file):
        out = []
        for r in m["records"]:
            r = dict(r)
            r["file"] = file
            r["message_id"] = m["mid"]
            if r["type"] == "claim":
                r["office"] = r["office"] or m["office"]
                r["as_of"] = m["date"].date().isoformat()
                out.append({k: r[k] for k in ("type", "file", "message_id", "product", "attribute", "value", "verdict",
                                               "quoted", "office", "as_of", "text")})
            else:
                out.append({k: r[k] for k in ("type", "file", "message_id", "kind", "rule", "product", "quoted", "text")})
        return out

    for m in sorted(MAILS, key=lambda m: m["n"]):
        expected += lines_for(m, "mail/%04d.eml" % m["n"])
    for m in order:
        expected += lines_for(m, "mail/archive.mbox")
    for path, content, office, recs, plain in DOCS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(content)
        for r in recs:
            check_excerpt(path, r, [plain])
            r = dict(r, file=path, message_id=None)
            if r["type"] == "claim":
                r["office"] = r["office"] or office
                r["as_of"] = DOCS_AS_OF
                expected.append({k: r[k] for k in ("type", "file", "message_id", "product", "attribute", "value", "verdict",
                                                    "quoted", "office", "as_of", "text")})
            else:
                expected.append({k: r[k] for k in ("type", "file", "message_id", "kind", "rule", "product", "quoted", "text")})
    expected += cross_office(order)

    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""\
# onevoice configuration for evaluation set 59 (SPEC section 6).
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
    n_claims = sum(1 for e in expected if e["type"] == "claim")
    print("mails=%d archive=%d docs=%d expected=%d (claims=%d, findings=%d, cross-office=%d)" % (
        len(MAILS), len(order), len(DOCS), len(expected), n_claims,
        sum(1 for e in expected if e["type"] == "finding"), sum(1 for e in expected if e["type"] == "cross-office")))


if __name__ == "__main__":
    main()
