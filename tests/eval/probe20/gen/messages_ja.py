"""Japanese messages of set 20: UTF-8, Shift_JIS (really cp932, as Windows writes it) and ISO-2022-JP HTML."""
import html as H
import random
from lib import addr, b64, binary, date_hdr, ew, html2text, jis_html, leaf, message, multi, Part
from common import (S, V, I, TB, usd, gbp, jpy, dur, Labels, outlook_head, OUTLOOK_TAIL, mso,
                    outlook_reply_block)

JA_MESSAGES = []


def reg(fn):
    JA_MESSAGES.append(fn)
    return fn


def out(file, msgid, dt, office, archive, envelope, raw, labels):
    return {"file": file, "msgid": msgid, "dt": dt, "office": office, "archive": archive,
            "envelope": envelope, "raw": raw, "records": labels.records}


def jp(name, address):
    return addr(name, address, "ISO-2022-JP", "iso-2022-jp")


def esc(s):
    return H.escape(s, quote=False)


def outlook_ja(lines, quote=None, text_sep="", raw_html_lines=()):
    """Outlook (Japanese) reply: lines -> text/plain (ISO-2022-JP, 7bit) + text/html (ISO-2022-JP, QP).
    quote = (rows of the header block, quoted lines)."""
    def conv(ln):
        return ln if ln in raw_html_lines else esc(ln).replace("\u3000", "&#12288;")
    body = mso([conv(ln) for ln in lines])
    text = "\n".join(ln for ln in lines) + "\n"
    if quote:
        rows, qlines = quote
        body += outlook_reply_block([(esc(k), esc(v)) for k, v in rows]) + mso([esc(ln) for ln in qlines])
        text += "\n" + text_sep + "".join("%s %s\n" % r for r in rows) + "\n" + "\n".join(qlines) + "\n"
    page = outlook_head("iso-2022-jp", lang="JA", font='"游ゴシック"', size="10.5pt",
                       bodyextra=";text-justify-trim:punctuation") + body + OUTLOOK_TAIL
    page = jis_html(page, "iso-2022-jp")
    for ch in text:
        ch.encode("iso-2022-jp")
    return text, page


def outlook_ja_parts(boundary, text, page):
    return multi("alternative", boundary, [
        leaf("plain", text, "iso-2022-jp", "7bit"),
        leaf("html", page, "iso-2022-jp", "quoted-printable")])


def outlook_ja_headers(frm, to, subject, date, mid, thread_index, extra=()):
    return [("From", frm), ("To", to), ("Subject", ew(subject, "iso-2022-jp", "iso-2022-jp")),
            ("Date", date), ("Message-ID", "<%s>" % mid), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index),
            ("Content-Language", "ja")] + list(extra)


SIG_TOKYO = ["--", "{name}", "メリディアン・データ株式会社 東京オフィス {dept}",
             "〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F", "{tel}"]
SIG_OSAKA = ["━━━━━━━━━━━━━━━━━━━━━━━━", "{name}", "メリディアン・データ株式会社 大阪オフィス {dept}",
             "〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 18F", "{tel}", "━━━━━━━━━━━━━━━━━━━━━━━━"]


def sig(tpl, **kw):
    return [ln.format(**kw) for ln in tpl]


# ====================================================================== 0004
@reg
def m0004():
    f, mid = "mail/0004.eml", "Sx7Qp00000000000000000000000000000000000000000000000T4D2PL00aBcD3eFgH1iJkLmN@sfdc.net"
    date, dt = date_hdr(2026, 4, 20, 17, 32, 10, "+0900")
    L = Labels(f, mid, "tokyo", "2026-04-20")
    td = 'style="border:1px solid #c9c9c9;padding:6px 10px"'
    tdr = 'style="border:1px solid #c9c9c9;padding:6px 10px;text-align:right"'
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="font-family:'メイリオ',Meiryo,sans-serif;font-size:14px;line-height:1.7;color:#333333"><tr><td>
株式会社北辰精機<br>情報システム部　堀内様<br><br>
いつもお世話になっております。<br>メリディアン・データの佐々木です。<br><br>
先日はお打ち合わせのお時間をいただき、誠にありがとうございました。<br>
ご依頼いただいておりましたメリディアン シンクのお見積りをお送りいたします。<br><br>
メリディアン シンクは1テナントあたり最大5,000ユーザーまで<br>ご利用いただけますので、全社展開時も単一テナントで運用いただけます。<br>
また、同製品のSLAは月間稼働率99.9%%です。<br>
なお、お見積りは先日伺った約1,800名でのご利用を前提としております。<br><br>
<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;font-size:13px">
<caption style="text-align:left;font-weight:bold;padding:4px 0">お見積り明細（金額はすべて税抜）</caption>
<tr style="background:#1f3864;color:#ffffff"><th %(td)s>品目</th><th %(td)s>数量</th><th %(td)s>単価</th><th %(td)s>金額</th></tr>
<tr><td %(td)s>メリディアン シンク 月額基本料金</td><td %(r)s>12ヶ月</td><td %(r)s>&yen;50,000</td><td %(r)s>&yen;600,000</td></tr>
<tr><td %(r)s colspan="3">小計</td><td %(r)s>&yen;600,000</td></tr>
<tr><td %(r)s colspan="3">出精値引き</td><td %(r)s>-&yen;60,000</td></tr>
<tr><td %(r)s colspan="3">消費税（10%%）</td><td %(r)s>&yen;54,000</td></tr>
<tr><td %(r)s colspan="3"><b>合計</b></td><td %(r)s><b>&yen;594,000</b></td></tr>
</table><br>
見積番号：Q-00018342　／　有効期限：2026年5月29日<br>
お支払条件：月末締め翌月末払い<br><br>
ご不明点がございましたら、お気軽にご連絡ください。<br>
引き続きよろしくお願いいたします。<br><br>
━━━━━━━━━━━━━━━━━━━━━━━━<br>
メリディアン・データ株式会社 東京オフィス<br>
営業本部 第二営業部　佐々木 亮（Ryo Sasaki）<br>
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F<br>
TEL：03-5555-0182　携帯：090-5555-3417<br>
適格請求書発行事業者登録番号：T8010401123456<br>
━━━━━━━━━━━━━━━━━━━━━━━━
</td></tr></table>
<img src="https://meridian-data.my.salesforce.com/servlet/servlet.ImageServer?oid=00D5g000004XyZa&amp;esid=0185g00000JpQ7rXAF" width="1" height="1" alt="">
</body></html>
""" % {"td": td, "r": tdr}
    body = leaf("html", html, "UTF-8", "base64", "utf-8")
    hdrs = [("Return-Path", "<ryo.sasaki=jp.meridian-data.com__0-7rk2qq9d1e3f@m3p8v2x6z0ab.bnc.salesforce.com>"),
            ("Date", date),
            ("From", addr("佐々木 亮", "ryo.sasaki@jp.meridian-data.com")),
            ("Sender", "noreply@salesforce.com"),
            ("To", addr("堀内 智子", "t.horiuchi@hokushin-seiki.co.jp")),
            ("Message-ID", "<%s>" % mid),
            ("Subject", ew("【メリディアン・データ】メリディアン シンク お見積りのご送付", "UTF-8", "utf-8")),
            ("MIME-Version", "1.0"),
            ("X-SFDC-LK", "00D5g000004XyZa"),
            ("X-SFDC-User", "0055g00000K2wNmAAB"),
            ("X-Sender", "postmaster@salesforce.com"),
            ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp"),
            ("X-SFDC-EmailCategory", "apiSingleMail")]
    L.c(S, "max_users", 5000, "stale", "メリディアン シンクは1テナントあたり最大5,000ユーザーまで")
    L.c(S, "sla", 99.9, "ok", "同製品のSLAは月間稼働率99.9%です。")
    L.c(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンク 月額基本料金 12ヶ月 ¥50,000")
    return out(f, mid, dt, "tokyo", True, "ryo.sasaki@jp.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0006
@reg
def m0006():
    f, mid = "mail/0006.eml", "hirameki.20260528.0000412.5521907@mta3.hirameki-mail.jp"
    date, dt = date_hdr(2026, 5, 28, 10, 0, 0, "+0900")
    L = Labels(f, mid, "osaka", "2026-05-28")
    feat = [
        "①メリディアン ボールトは、RPO（目標復旧時点）15分、標準保持期間90日間のクラウドバックアップです。",
        "②同製品のデータは東京・大阪の国内データセンターに保管されます。",
        "③メリディアン ボールトのストレージ料金は1TBあたり月額2,800円（税抜）と、業界最安クラスの価格でご提供しております。",
    ]
    form = "https://hirameki-mail.jp/c/8Kq2/0528/naniwa?u=5521907&amp;l=4"
    unsub = "https://hirameki-mail.jp/u/8Kq2/5521907"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>メリディアン ボールト オンライン説明会のご案内</title></head>
<body bgcolor="#ffffff" style="margin:0;padding:0">
<table width="640" align="center" cellpadding="0" cellspacing="0" border="0" style="font-family:'ＭＳ Ｐゴシック',sans-serif;font-size:14px;line-height:160%%;color:#222222">
<tr><td style="padding:16px 20px;background:#003a70;color:#ffffff;font-size:18px"><b>メリディアン・データ 大阪オフィス セミナーのご案内</b></td></tr>
<tr><td style="padding:20px">
㈱浪速テクノサービス<br>総務部 ご担当者様<br><br>
平素より格別のお引き立てを賜り、厚く御礼申し上げます。<br>メリディアン・データ大阪オフィスでございます。<br><br>
このたび、クラウドバックアップ「メリディアン ボールト」のオンライン説明会を開催いたします。<br>
ランサムウェア対策やBCPの見直しをご検討中のご担当者様は、ぜひご参加ください。<br><br>
<h3 style="font-size:16px;border-left:5px solid #003a70;padding-left:8px;margin:10px 0">メリディアン ボールトの特長</h3>
<table width="100%%" cellpadding="4" cellspacing="0" border="0">
<tr><td>%(f1)s</td></tr>
<tr><td>%(f2)s</td></tr>
<tr><td>%(f3)s</td></tr>
</table>
<h3 style="font-size:16px;border-left:5px solid #003a70;padding-left:8px;margin:16px 0 10px 0">開催概要</h3>
<table width="100%%" cellpadding="6" cellspacing="0" border="1" bordercolor="#cccccc" style="border-collapse:collapse">
<tr><th width="110" bgcolor="#eef3f8" align="left">日時</th><td>2026年6月18日（木）14:00～15:00</td></tr>
<tr><th bgcolor="#eef3f8" align="left">形式</th><td>オンライン（Zoomウェビナー）</td></tr>
<tr><th bgcolor="#eef3f8" align="left">参加費</th><td>無料（事前登録制）</td></tr>
<tr><th bgcolor="#eef3f8" align="left">お申込み</th><td><a href="%(form)s">お申込みフォームはこちら</a></td></tr>
</table><br>
</td></tr>
<tr><td style="padding:14px 20px;background:#f2f2f2;font-size:12px;color:#555555">
※本メールは、過去に当社セミナーへお申込みいただいた方、名刺交換をさせていただいた方にお送りしています。<br>
配信停止をご希望の方は<a href="%(unsub)s">こちら</a>からお手続きください。<br><br>
メリディアン・データ株式会社 大阪オフィス<br>
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 18F<br>
TEL：06-6555-0147（受付時間 平日9:00～17:30）
</td></tr>
</table>
<img src="https://hirameki-mail.jp/o/8Kq2/5521907.gif" width="1" height="1" alt="">
</body></html>
""" % {"f1": feat[0], "f2": feat[1], "f3": feat[2], "form": form, "unsub": unsub}
    text = """㈱浪速テクノサービス
総務部 ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
メリディアン・データ大阪オフィスでございます。

このたび、クラウドバックアップ「メリディアン ボールト」のオンライン説明会を開催いたします。
ランサムウェア対策やBCPの見直しをご検討中のご担当者様は、ぜひご参加ください。

■メリディアン ボールトの特長
%s
%s
%s

■開催概要
日時：2026年6月18日（木）14:00～15:00
形式：オンライン（Zoomウェビナー）
参加費：無料（事前登録制）
お申込み：%s

──────────────────────────
※本メールは、過去に当社セミナーへお申込みいただいた方、名刺交換をさせていただいた方にお送りしています。
配信停止：%s
メリディアン・データ株式会社 大阪オフィス
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 18F
TEL：06-6555-0147（受付時間 平日9:00～17:30）
""" % (feat[0], feat[1], feat[2], form.replace("&amp;", "&"), unsub)
    body = multi("alternative", "HIRAMEKI_BOUNDARY_5521907_0528", [
        leaf("plain", text, "Shift_JIS", "base64", "cp932"),
        leaf("html", html, "Shift_JIS", "base64", "cp932")])
    hdrs = [("Return-Path", "<bounce-5521907-8Kq2@mta3.hirameki-mail.jp>"),
            ("Date", date),
            ("From", addr("メリディアン・データ 大阪オフィス", "seminar@osaka.jp.meridian-data.com", "Shift_JIS", "cp932")),
            ("To", "soumu@naniwa-techno.co.jp"),
            ("Subject", ew("【ご案内】メリディアン ボールト オンライン説明会（6月18日開催）", "Shift_JIS", "cp932")),
            ("Message-ID", "<%s>" % mid),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Hirameki Mail Delivery 3.1"),
            ("List-Unsubscribe", "<%s>" % unsub),
            ("Precedence", "bulk")]
    L.c(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトは、RPO（目標復旧時点）15分")
    L.c(V, "retention", dur(90, "days"), "ok", "標準保持期間90日間のクラウドバックアップです。")
    L.c(V, "data_centers", "Tokyo", "ok", "同製品のデータは東京・大阪の国内データセンターに保管されます。")
    L.c(V, "data_centers", "Osaka", "ok", "同製品のデータは東京・大阪の国内データセンターに保管されます。")
    L.c(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok",
        "メリディアン ボールトのストレージ料金は1TBあたり月額2,800円（税抜）")
    L.f("phrase", "業界最安クラスの価格でご提供しております。", rule="ja.cheapest")
    return out(f, mid, dt, "osaka", False, "bounce-5521907-8Kq2@mta3.hirameki-mail.jp", message(hdrs, body), L)


# ====================================================================== 0007
@reg
def m0007():
    f, mid = "mail/0007.eml", "000601dcf1a2$3b4c5d60$b2e41820$@jp.meridian-data.com"
    date, dt = date_hdr(2026, 6, 1, 11, 24, 37, "+0900")
    L = Labels(f, mid, "tokyo", "2026-06-01")
    lines = [
        "三和ロジテック株式会社",
        "情報システム部 藤田様",
        "",
        "いつも大変お世話になっております。",
        "メリディアン・データの中村でございます。",
        "",
        "お問い合わせいただいた2点について、以下のとおり回答いたします。",
        "",
        "1. 対応OSについて",
        "メリディアン・シンクの対応OSはWindows、Mac、iOS、Androidとなっており、Linuxには現在対応しておりません。",
        "",
        "2. オフラインでの編集について",
        "恐れ入りますが、同製品はオフラインモードに対応しておりません。",
        "編集内容の同期にはインターネット接続が必要となります。",
        "",
        "なお、セキュリティ面では同製品はISO/IEC 27001認証を取得しており、SOC 2 Type IIの報告書もNDA締結後にご提供可能です。",
        "",
        "ご不明な点がございましたら、お気軽にお申し付けください。",
        "何卒よろしくお願い申し上げます。",
        "",
    ] + sig(SIG_TOKYO, name="中村 美咲 / Misaki Nakamura", dept="カスタマーサクセス部",
            tel="TEL 03-5555-0190　FAX 03-5555-0191")
    rows = [("差出人:", "藤田 健 <k.fujita@sanwa-logitec.co.jp>"), ("送信日時:", "2026年5月29日 18:07"),
            ("宛先:", "中村 美咲 <misaki.nakamura@jp.meridian-data.com>"), ("件名:", "メリディアン シンクの対応環境について")]
    q = ["中村様", "", "お世話になっております。三和ロジテックの藤田です。", "導入検討にあたり、2点確認させてください。", "",
         "(1) 設計部門でLinux端末を約40台使用していますが、メリディアン シンクはLinuxでも利用可能でしょうか。",
         "(2) 倉庫など電波の届かない場所で、オフライン環境での編集は可能でしょうか。", "",
         "よろしくお願いいたします。", "", "藤田 健", "三和ロジテック株式会社 情報システム部", "TEL 045-555-0126（内線 3312）"]
    text, page = outlook_ja(lines, (rows, q))
    body = outlook_ja_parts("----=_NextPart_000_0007_01DCF1A2.3B4C5D60", text, page)
    hdrs = outlook_ja_headers(jp("中村 美咲", "misaki.nakamura@jp.meridian-data.com"),
                              jp("藤田 健", "k.fujita@sanwa-logitec.co.jp"),
                              "RE: メリディアン シンクの対応環境について", date, mid, "AQHc8aI5sD0NmQ2uTbi3F4x1cA7TzQ==",
                              [("In-Reply-To", "<TY3PR01MB9911A0B4C2D7E61F3A8B5C94D2E7A@TY3PR01MB9911.jpnprd01.prod.outlook.com>")])
    for p in ("Windows", "macOS", "iOS", "Android"):
        L.c(S, "supported_platforms", p, "ok", "メリディアン・シンクの対応OSはWindows、Mac、iOS、Androidとなっており")
    L.c(S, "offline_mode", False, "ok", "同製品はオフラインモードに対応しておりません。")
    L.c(S, "certifications", "ISO 27001", "ok", "同製品はISO/IEC 27001認証を取得しており")
    L.c(S, "certifications", "SOC 2 Type II", "ok", "SOC 2 Type IIの報告書もNDA締結後にご提供可能です。")
    return out(f, mid, dt, "tokyo", True, "misaki.nakamura@jp.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0009
HS_JP = "https://d1Kq7v04.na1.hubspotlinks.com/Ctc/RH+113/d1Kq7v04/VX9yRl5Qm2cZW8bFq3r6Nq1yKW3tYp9M5fRz2mN2x0Qb3qgyTW6N1vHY6lZ3pXW%s"


@reg
def m0009():
    f, mid = "mail/0009.eml", "1750551600512.3f9a0c12-8b7e-4d21-a6c5-2e91b0d4f7aa@bf1.hubspot.com"
    date, dt = date_hdr(2026, 6, 22, 9, 40, 0, "+0900")
    L = Labels(f, mid, "tokyo", "2026-06-22")
    guide = ("https://go.meridian-data.com/ja/MeridianFileSync-to-Sync?utm_source=hs_email&amp;utm_medium=email"
             "&amp;_hsenc=p2ANqtz-8XkQ2v1mR7tYwB3nL0cZ9pH4sF6dJ1gA5uE8oK2iT7rW3mVb&amp;_hsmi=318842207")
    th = 'style="background:#0b5cab;color:#ffffff;padding:8px 12px;text-align:left;font-size:13px"'
    td = 'style="border-bottom:1px solid #e3e7ee;padding:8px 12px;font-size:13px"'
    html = """<!DOCTYPE html><html lang="ja" xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>バックアップ刷新のご提案資料</title>
<style type="text/css">#outlook a{padding:0}.hse-body-background{background-color:#f5f8fa}@media (max-width:650px){.hse-column{width:100%%!important}}</style></head>
<body class="hse-body-background" style="margin:0;padding:0;background-color:#f5f8fa">
<div id="preview_text" style="display:none!important;font-size:1px;color:#f5f8fa;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">メリディアン ボールト：SLA 99.95%%・RPO 15分のクラウドバックアップ&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>
<div class="hse-body-wrapper-div">
<table role="presentation" class="hse-body-wrapper-table" cellpadding="0" cellspacing="0" style="border-spacing:0!important;border-collapse:collapse;margin:0;padding:0;width:100%%!important;min-width:320px!important;height:100%%!important" width="100%%" height="100%%"><tbody><tr><td class="hse-body-wrapper-td" valign="top" style="border-collapse:collapse">
<div id="hs_cos_wrapper_main" class="hs_cos_wrapper hs_cos_wrapper_widget_container" style="color:inherit;font-size:inherit;line-height:inherit" data-hs-cos-general-type="widget_container" data-hs-cos-type="widget_container">
<div class="hse-section" style="padding-left:10px;padding-right:10px"><div class="hse-column-container" style="min-width:280px;max-width:600px;width:100%%;margin-left:auto;margin-right:auto;background-color:#ffffff">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 28px;font-family:'Hiragino Kaku Gothic ProN','メイリオ',Meiryo,sans-serif;font-size:14px;line-height:1.8;color:#23496d">
<p style="margin:0 0 14px">東北興産株式会社<br>経営企画部 森様</p>
<p style="margin:0 0 14px">いつもお世話になっております。メリディアン・データの高橋です。<br>先日はお忙しいところお時間をいただき、ありがとうございました。<br>お打ち合わせでご説明した内容を、以下にまとめました。</p>
<h2 style="font-size:17px;margin:20px 0 8px;color:#0b5cab">メリディアン ボールト</h2>
<p style="margin:0 0 14px">メリディアン ボールトは、SLA 99.95%%（月間稼働率）でご提供しています。<br>同製品のRPO（目標復旧時点）は15分です。<br>同製品は1テナントあたり最大500TBまで保存でき、データはAES-256で暗号化されます。</p>
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:6px 0 16px">
<table width="100%%" cellpadding="0" cellspacing="0" style="border-collapse:collapse">
<tr><th %(th)s>プラン</th><th %(th)s>料金（税抜）</th></tr>
<tr><td %(td)s>メリディアン ボールト 容量課金</td><td %(td)s>1TBあたり月額&nbsp;2,800円</td></tr>
<tr><td %(td)s>メリディアン シンク 月額基本料金</td><td %(td)s>月額&nbsp;50,000円</td></tr>
</table></td></tr></table>
<p style="margin:0 0 14px">現在ご利用中のファイルサーバーからの移行手順は、<a href="%(guide)s" style="color:#0b5cab">移行ガイド</a>にまとめております。</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 20px"><tr><td align="center" bgcolor="#ff7a59" style="border-radius:3px;padding:12px 24px"><a href="%(dl)s" style="color:#ffffff;text-decoration:none;font-weight:bold">ご提案資料（PDF・12ページ）をダウンロード</a></td></tr></table>
<p style="margin:0 0 14px">7月上旬に、情報システム部の皆様を交えた2回目のお打ち合わせをお願いできれば幸いです。</p>
<p style="margin:0">高橋 直樹<br>メリディアン・データ株式会社 東京オフィス 営業本部<br>TEL 03-5555-0168／携帯 080-5555-7702</p>
</td></tr></table>
</div></div>
<div class="hse-section" style="padding:20px 10px"><div style="max-width:600px;margin:0 auto;font-family:Arial,sans-serif;font-size:11px;line-height:1.6;color:#7c98b6;text-align:center">
メリディアン・データ株式会社 東京オフィス<br>〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F　TEL 03-5555-0100<br>
このメールは、お打ち合わせの際に名刺交換をさせていただいたお客様にお送りしています。<br>
<a href="https://hs-2293811.s.hubspotemail.net/hs/manage-preferences/unsubscribe-all?languagePreference=ja&amp;d=VnR4Lx7sQm2bW1mD3Zr5Fq0nW2kHb9v4kQ2vN3bK8Yg0Q3qgy&amp;v=3" style="color:#7c98b6">配信停止</a>　|　<a href="https://hs-2293811.s.hubspotemail.net/hs/manage-preferences/unsubscribe?languagePreference=ja&amp;d=VnR4Lx7sQm2bW1mD3Zr5Fq0nW2kHb9v4kQ2vN3bK8Yg0Q3qgy&amp;v=3" style="color:#7c98b6">配信設定の変更</a>
</div></div>
</div>
</td></tr></tbody></table></div>
<img src="https://d1Kq7v04.na1.hubspotlinks.com/Cto/RH+113/d1Kq7v04/VX9yRl5Qm2cZW8bFq3r6Nq1yKW3tYp9M5fRz2mN2x0Qb3qgyTW6N1vHY6lZ3pXW0" alt="" width="1" height="1" border="0" style="display:none!important;min-height:1px!important;width:1px!important;border-width:0!important;margin-top:0!important;margin-bottom:0!important;margin-right:0!important;margin-left:0!important;padding-top:0!important;padding-bottom:0!important;padding-right:0!important;padding-left:0!important">
</body></html>
""" % {"th": th, "td": td, "guide": guide, "dl": HS_JP % "2"}
    # HubSpot's automatic plain-text version: the preview text first, tables flattened, links in ( )
    text = html2text(html, "hubspot", hidden=True)
    body = multi("alternative", "----=_Part_3318842_207.1750551600512", [
        leaf("plain", text, "UTF-8", "quoted-printable", "utf-8"),
        leaf("html", html, "UTF-8", "quoted-printable", "utf-8")])
    hdrs = [("Return-Path", "<1axbbcfqwyrmg9o1ex6kbcwnj8ms7hbyj4k0nx-naoki.takahashi=jp.meridian-data.com@bf01x.hubspotemail.net>"),
            ("Date", date),
            ("From", addr("高橋 直樹", "naoki.takahashi@jp.meridian-data.com")),
            ("Reply-To", "naoki.takahashi@jp.meridian-data.com"),
            ("To", addr("森 健太郎", "mori@tohoku-kousan.co.jp")),
            ("Message-ID", "<%s>" % mid),
            ("Subject", ew("【メリディアン・データ】バックアップ刷新のご提案資料をお送りします", "UTF-8", "utf-8")),
            ("MIME-Version", "1.0"),
            ("X-HubSpot-Portal-Id", "2293811"),
            ("X-HS-Cid", "1axbbcfqwyrmg9o1ex6kbcwnj8ms7hbyj4k0nx"),
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<mailto:1axbbcfqwyrmg9o1ex6kbcwnj8ms7hbyj4k0nx@bf01x.hubspotemail.net?subject=unsubscribe>")]
    L.c(V, "sla", 99.95, "ok", "メリディアン ボールトは、SLA 99.95%（月間稼働率）でご提供しています。")
    L.c(V, "rpo", dur(15, "minutes"), "ok", "同製品のRPO（目標復旧時点）は15分です。")
    L.c(V, "max_storage", 500 * TB, "ok", "同製品は1テナントあたり最大500TBまで保存でき")
    L.c(V, "encryption", "AES-256", "ok", "データはAES-256で暗号化されます。")
    L.c(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン ボールト 容量課金 1TBあたり月額 2,800円")
    L.c(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンク 月額基本料金 月額 50,000円")
    return out(f, mid, dt, "tokyo", True, "naoki.takahashi@jp.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0010
@reg
def m0010():
    f, mid = "mail/0010.eml", "001101dd04a1$7c2e9d40$7489d7c0$@osaka.jp.meridian-data.com"
    date, dt = date_hdr(2026, 6, 25, 18, 12, 55, "+0900")
    L = Labels(f, mid, "osaka", "2026-06-25")
    lines = [
        "一般社団法人 関西メディカルネット",
        "事務局 西川様",
        "",
        "いつもお世話になっております。",
        "メリディアン・データ大阪オフィスの岡田です。",
        "",
        "昨日のお電話でご質問いただいた件、改めてご案内いたします。",
        "",
        "・メリディアン シンクの月額料金は",
        "　55,000円（税込）です。",
        "・同製品の1ユーザーあたりのストレージ容量は1TBです。",
        "・メリディアン シンクのサポート窓口（平日9:00〜18:00）の初回回答は4時間以内です。",
        "",
        "ご検討中の30名様でのご利用でしたら、年間契約で月額換算の割引もご用意できます。",
        "",
        "7月1日（水）15時からのWeb会議で、詳細をご説明できればと存じます。",
        "会議URL：https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4ZDQxYjEtOTU0Yi00YTJiLWE3ZjEtZTM1OTBhNmQ0OGIz%40thread.v2/0",
        "",
        "どうぞよろしくお願いいたします。",
        "",
    ] + sig(SIG_OSAKA, name="岡田 翔太（Shota Okada）", dept="営業部",
            tel="TEL 06-6555-0147　携帯 080-5555-2291")
    # Outlook joins the two lines of the first bullet with a <br> inside one paragraph
    text, page = outlook_ja(lines)
    page = page.replace("<p class=MsoNormal>・メリディアン シンクの月額料金は<o:p></o:p></p>\n<p class=MsoNormal>&#12288;55,000円（税込）です。<o:p></o:p></p>".replace("（", "（"),
                        "<p class=MsoNormal>・メリディアン シンクの月額料金は<br>\n&#12288;55,000円（税込）です。<o:p></o:p></p>")
    page = page.replace("9:00〜18:00", "9:00&#65374;18:00")
    assert "<br>\n&#12288;55,000" in page
    body = outlook_ja_parts("----=_NextPart_000_0011_01DD04A1.7C2E9D40", text, page)
    hdrs = outlook_ja_headers(jp("岡田 翔太", "shota.okada@osaka.jp.meridian-data.com"),
                              jp("西川 由美", "nishikawa@kansai-medical.or.jp"),
                              "メリディアン シンク ご利用料金のご案内", date, mid, "AdsEoXrKk4mVb1zsTj2x9Qf0uRm3Gg==")
    L.c(S, "monthly_price", jpy(55000, "month", "included"), "ok", "55,000円（税込）です。")
    L.c(S, "storage_per_user", TB, "ok", "同製品の1ユーザーあたりのストレージ容量は1TBです。")
    L.c(S, "support_response_time", dur(4, "hours"), "unverified", "の初回回答は4時間以内です。")
    return out(f, mid, dt, "osaka", True, "shota.okada@osaka.jp.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0012
@reg
def m0012():
    f, mid = "mail/0012.eml", "CAJh7Pq2Xv5Lm9RkW3tB0zN8cY4dS1fG6hE2aQ_oU7iK5rM3nTw@mail.gmail.com"
    date, dt = date_hdr(2026, 7, 15, 14, 3, 26, "+0900")
    L = Labels(f, mid, "tokyo", "2026-07-15")
    paras = [
        ["株式会社みなとみらいリテール", "データ活用推進室 大野様"],
        ["お世話になっております。メリディアン・データの木村です。", "先日お話しした分析基盤について、概要をお送りします。"],
        ["メリディアン インサイトは現在ベータ版で、2027年1月に一般提供を開始する予定です。",
         "同製品は30日間の無料トライアルをご用意しております。",
         "メリディアン インサイトでは、ダッシュボードを1ワークスペースあたり最大200個まで作成でき、クエリ応答時間は最大2秒です。",
         "同製品の正式版の価格は、1ユーザーあたり月額4,400円（税込）を予定しております。",
         "また、国内初のAI自動分析機能も搭載しています。"],
        ["店舗別売上（約140店舗）のデモ環境もご用意できますので、ご希望があればお知らせください。"],
        ["よろしくお願いいたします。"],
    ]
    sigl = ["-- ", "木村 彩（Aya Kimura）", "メリディアン・データ株式会社 東京オフィス ソリューション営業部",
            "〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F", "TEL 03-5555-0177 / 080-5555-9034"]
    html = '<div dir="ltr">' + "<div><br></div>".join("".join("<div>%s</div>" % esc(x) for x in p) for p in paras) + \
        '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">' + \
        "<br>".join(esc(x) for x in sigl[1:]) + "</div></div></div>\n"
    text = "\n\n".join("\n".join(p) for p in paras) + "\n\n" + "\n".join(sigl) + "\n"
    body = multi("alternative", "000000000000d41e7c0621a8f5b3", [
        leaf("plain", text, "UTF-8", "base64", "utf-8"),
        leaf("html", html, "UTF-8", "base64", "utf-8")])
    hdrs = [("MIME-Version", "1.0"),
            ("From", addr("木村 彩", "aya.kimura@jp.meridian-data.com")),
            ("Date", date),
            ("Message-ID", "<%s>" % mid),
            ("Subject", ew("メリディアン インサイトのご紹介（ベータ版）", "UTF-8", "utf-8")),
            ("To", addr("大野 健司", "ohno.k@minatomirai-retail.jp"))]
    L.c(I, "general_availability", "2027-01", "ok", "2027年1月に一般提供を開始する予定です。")
    L.c(I, "free_trial", dur(30, "days"), "ok", "同製品は30日間の無料トライアルをご用意しております。")
    L.c(I, "max_dashboards", 200, "ok", "ダッシュボードを1ワークスペースあたり最大200個まで作成でき")
    L.c(I, "query_latency", dur(2, "seconds"), "ok", "クエリ応答時間は最大2秒です。")
    L.c(I, "per_user_price", jpy(4400, "user-month", "included"), "ok", "1ユーザーあたり月額4,400円（税込）を予定しております。")
    L.f("phrase", "また、国内初のAI自動分析機能も搭載しています。", rule="ja.first-in-industry")
    return out(f, mid, dt, "tokyo", True, "aya.kimura@jp.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0013
@reg
def m0013():
    f, mid = "mail/0013.eml", "20260720151102.7A3C.8E41F0B2@osaka.jp.meridian-data.com"
    date, dt = date_hdr(2026, 7, 20, 15, 11, 2, "+0900")
    L = Labels(f, mid, "osaka", "2026-07-20")
    lines = [
        "神戸港和運輸㈱",
        "情報システム課 上田様",
        "",
        "いつも大変お世話になっております。",
        "メリディアン・データ大阪オフィスの松本でございます。",
        "",
        "先日ご質問いただきました、BIツールの件でご連絡いたします。",
        "",
        "メリディアン・インサイトの正式リリースは2026年10月を予定しております。",
        "同製品の無料トライアル期間は30日間です。",
        "同製品の料金は1ユーザーあたり月額4,000円（税抜）となります。",
        "",
        "なお、旧メリディアン・ファイルシンクをご利用中のお客様には、移行時の特別価格をご用意しております。",
        "",
        "①ご利用予定の人数、②接続予定のデータソースをお知らせいただけましたら、お見積りを作成いたします。",
        "",
        "以上、よろしくお願い申し上げます。",
        "",
        "松本 和也",
        "メリディアン・データ株式会社 大阪オフィス 営業部",
        "〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー 18F",
        "TEL 06-6555-0151　FAX 06-6555-0148",
    ]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
            '<meta name="GENERATOR" content="SFA-Mail HTML Editor 5.3"></head>\n'
            '<body style="font-family:\'ＭＳ Ｐゴシック\';font-size:10.5pt">\n'
            '<img src="cid:logo_osaka_01@meridian-data" alt="メリディアン・データ" width="180" height="36"><br><br>\n'
            + "".join("%s<br>\n" % esc(ln) for ln in lines) + "</body></html>\n")
    text = "\n".join(lines) + "\n"
    logo = binary('image/gif; name="logo_osaka.gif"', bytes(random.Random(13).randrange(256) for _ in range(420)),
                  [("Content-ID", "<logo_osaka_01@meridian-data>"), ("Content-Disposition", 'inline; filename="logo_osaka.gif"')])
    body = multi("related", "=_SFAMAIL_REL_7A3C8E41F0B2", [
        multi("alternative", "=_SFAMAIL_ALT_7A3C8E41F0B2", [
            leaf("plain", text, "Shift_JIS", "base64", "cp932"),
            leaf("html", html, "Shift_JIS", "base64", "cp932")]),
        logo], ct_extra=' type="multipart/alternative";')
    hdrs = [("Date", date),
            ("From", addr("松本 和也", "kazuya.matsumoto@osaka.jp.meridian-data.com", "Shift_JIS", "cp932")),
            ("To", addr("上田 様", "ueda@kobe-kouwa.co.jp", "Shift_JIS", "cp932")),
            ("Subject", ew("メリディアン・インサイト 正式リリースのご案内", "Shift_JIS", "cp932")),
            ("Message-ID", "<%s>" % mid),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "SFA-Mail/5.3 (Win32)")]
    L.c(I, "general_availability", "2026-10", "conflict", "メリディアン・インサイトの正式リリースは2026年10月を予定しております。")
    L.c(I, "free_trial", dur(30, "days"), "ok", "同製品の無料トライアル期間は30日間です。")
    L.c(I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "同製品の料金は1ユーザーあたり月額4,000円（税抜）となります。")
    L.f("terminology", "なお、旧メリディアン・ファイルシンクをご利用中のお客様には", product=S)
    return out(f, mid, dt, "osaka", True, "kazuya.matsumoto@osaka.jp.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0015
CUST_15 = [
    "メリディアン・データ株式会社",
    "佐々木様",
    "",
    "いつもお世話になっております。北三グループ 情報システム部の山本です。",
    "",
    "先月の展示会で御社ブースの方から、メリディアン シンクは最大2万ユーザーまで利用可能と伺いました。",
    "当社グループは国内外の子会社を含めて約12,000名ですが、1テナントでの運用は可能でしょうか。",
    "また、見積りの際は子会社ごとの請求書分割が可能かもご教示ください。",
    "",
    "よろしくお願いいたします。",
    "",
    "山本 恵",
    "株式会社北三グループ 情報システム部 基盤チーム",
    "〒060-0005 札幌市中央区北5条西2-5 JRタワー 28F",
    "TEL 011-555-0143",
]


@reg
def m0015():
    f, mid = "mail/0015.eml", "TYCPR01MB8734D2A6F1B45C9E7A0B3C58D4E1A@TYCPR01MB8734.jpnprd01.prod.outlook.com"
    date, dt = date_hdr(2026, 8, 12, 17, 41, 3, "+0900")
    L = Labels(f, mid, "unknown", "2026-08-12")
    html = outlook_head("utf-8", lang="JA", font='"游ゴシック"', size="10.5pt") + mso([esc(x) for x in CUST_15]) + OUTLOOK_TAIL
    text = "\n".join(CUST_15) + "\n"
    body = multi("alternative", "_000_TYCPR01MB8734D2A6F1B45C9E7A0B3C58D4E1ATYCPR01MB8734jpnp_", [
        leaf("plain", text, "utf-8", "base64"),
        leaf("html", html, "utf-8", "base64")])
    hdrs = [("From", addr("山本 恵", "megumi.yamamoto@kitasan-group.co.jp")),
            ("To", addr("佐々木 亮", "ryo.sasaki@jp.meridian-data.com")),
            ("Subject", ew("メリディアン シンクの利用上限について", "utf-8", "utf-8")),
            ("Thread-Topic", ew("メリディアン シンクの利用上限について", "utf-8", "utf-8")),
            ("Thread-Index", "AdsKM5e0bqB7vCnWQeK2yS1fHh8xvA=="),
            ("Date", date),
            ("Message-ID", "<%s>" % mid),
            ("Accept-Language", "ja-JP, en-US"),
            ("Content-Language", "ja-JP"),
            ("X-MS-Has-Attach", "")]
    L.c(S, "max_users", 20000, "conflict", "メリディアン シンクは最大2万ユーザーまで利用可能と伺いました。")
    return out(f, mid, dt, "unknown", True, "megumi.yamamoto@kitasan-group.co.jp", message(hdrs, body), L)


# ====================================================================== 0016
@reg
def m0016():
    f, mid = "mail/0016.eml", "003b01dd0c2f$11a4e6b0$34eeb410$@jp.meridian-data.com"
    date, dt = date_hdr(2026, 8, 14, 10, 2, 48, "+0900")
    L = Labels(f, mid, "tokyo", "2026-08-14")
    lines = [
        "株式会社北三グループ",
        "情報システム部 山本様",
        "",
        "いつもお世話になっております。メリディアン・データの佐々木です。",
        "お問い合わせいただき、ありがとうございます。",
        "",
        "メリディアン シンクの利用上限は、1テナントあたり最大1万ユーザーとなっております。",
        "展示会でのご案内に誤りがあり、大変失礼いたしました。",
        "約12,000名でのご利用の場合は、国内と海外で2テナントに分けた構成をご提案いたします。",
        "請求書の分割も可能ですので、詳細は来週8月20日（木）のお打ち合わせでご説明いたします。",
        "",
        "引き続きよろしくお願いいたします。",
        "",
    ] + sig(SIG_TOKYO, name="佐々木 亮（Ryo Sasaki）", dept="営業本部 第二営業部",
            tel="TEL 03-5555-0182　携帯 090-5555-3417")
    rows = [("差出人:", "山本 恵 <megumi.yamamoto@kitasan-group.co.jp>"), ("送信日時:", "2026年8月12日 17:41"),
            ("宛先:", "佐々木 亮 <ryo.sasaki@jp.meridian-data.com>"), ("件名:", "メリディアン シンクの利用上限について")]
    text, page = outlook_ja(lines, (rows, CUST_15))
    body = outlook_ja_parts("----=_NextPart_000_003C_01DD0C2F.11A4E6B0", text, page)
    hdrs = outlook_ja_headers(jp("佐々木 亮", "ryo.sasaki@jp.meridian-data.com"),
                              jp("山本 恵", "megumi.yamamoto@kitasan-group.co.jp"),
                              "RE: メリディアン シンクの利用上限について", date, mid, "AQHbCjOXbqB7vCnWQeK2yS1fHh8xvLNa3Gxw",
                              [("In-Reply-To", "<TYCPR01MB8734D2A6F1B45C9E7A0B3C58D4E1A@TYCPR01MB8734.jpnprd01.prod.outlook.com>"),
                               ("References", "<TYCPR01MB8734D2A6F1B45C9E7A0B3C58D4E1A@TYCPR01MB8734.jpnprd01.prod.outlook.com>")])
    L.c(S, "max_users", 10000, "ok", "メリディアン シンクの利用上限は、1テナントあたり最大1万ユーザーとなっております。")
    L.c(S, "max_users", 20000, "conflict", "メリディアン シンクは最大2万ユーザーまで利用可能と伺いました。",
        quoted=True, office="unknown")
    return out(f, mid, dt, "tokyo", True, "ryo.sasaki@jp.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0018
@reg
def m0018():
    f, mid = "mail/0018.eml", "1757894400321.5d6e7f80-91a2-4b3c-8d4e-0f1a2b3c4d5e@bf1.hubspot.com"
    date, dt = date_hdr(2026, 9, 15, 11, 0, 0, "+0900")
    L = Labels(f, mid, "tokyo", "2026-09-15")
    th = 'style="width:34%;background:#eef3f9;padding:8px 12px;font-size:13px;text-align:left;border-bottom:1px solid #d6dee8"'
    td = 'style="padding:8px 12px;font-size:13px;border-bottom:1px solid #d6dee8"'
    html = """<!DOCTYPE html><html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>メリディアン ボールト オンライン説明会</title>
<style type="text/css">.hse-column-container{max-width:600px}@media (max-width:620px){.stack{display:block!important;width:100%!important}}</style></head>
<body style="margin:0;padding:0;background-color:#f0f3f7">
<div style="display:none!important;font-size:1px;color:#f0f3f7;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">RPO15分、保持期間90日。メリディアン ボールトで始めるバックアップ刷新&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f0f3f7"><tr><td align="center" style="padding:16px 8px">
<table role="presentation" class="hse-column-container" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td><a href="https://d1Kq7v04.na1.hubspotlinks.com/Ctc/RH+113/d1Kq7v04/VWm3bC1ZxY7qW5nR2tK8pLqW8sD4fG6hJ0kL9Q3qgyTW6N1vHY6lZ3pXW11"><img src="https://2293811.fs1.hubspotusercontent-na1.net/hubfs/2293811/mail/vault-2026q3-banner.png" width="600" height="220" alt="メリディアン ボールト" style="display:block;border:0"></a></td></tr>
<tr><td style="padding:24px 28px 8px;font-family:'Hiragino Kaku Gothic ProN','メイリオ',Meiryo,sans-serif;font-size:14px;line-height:1.8;color:#1f2d3d">
<p style="margin:0 0 12px">いつもメリディアン・データのメールマガジンをご購読いただき、ありがとうございます。</p>
<p style="margin:0 0 12px">メリディアン ボールトは、法人向けクラウドバックアップの顧客満足度調査でNo.1※を獲得しました。<br>本製品のRPO（目標復旧時点）は15分、標準の保持期間は90日間です。</p>
<h2 style="font-size:16px;margin:18px 0 8px;color:#0b5cab">メリディアン ボールト 主な仕様</h2>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse">
<tr><th %(th)s>データセンター</th><td %(td)s>東京・大阪（国内2拠点）</td></tr>
<tr><th %(th)s>暗号化</th><td %(td)s>AES-256</td></tr>
<tr><th %(th)s>SLA</th><td %(td)s>99.95%</td></tr>
<tr><th %(th)s>最大容量</th><td %(td)s>1テナントあたり500TB</td></tr>
</table>
<h2 style="font-size:16px;margin:22px 0 8px;color:#0b5cab">オンライン説明会のご案内</h2>
<p style="margin:0 0 12px">9月29日（火）15:00〜16:00／オンライン開催／参加無料<br>バックアップ運用の見直しポイントを、導入事例を交えて60分でご紹介します。</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:4px 0 20px"><tr><td bgcolor="#ff7a59" style="border-radius:3px;padding:12px 26px"><a href="https://d1Kq7v04.na1.hubspotlinks.com/Ctc/RH+113/d1Kq7v04/VWm3bC1ZxY7qW5nR2tK8pLqW8sD4fG6hJ0kL9Q3qgyTW6N1vHY6lZ3pXW12" style="color:#ffffff;font-weight:bold;text-decoration:none">説明会に申し込む</a></td></tr></table>
<p style="margin:0 0 8px;font-size:11px;color:#66788a">※2026年8月 東京リサーチ調べ（法人向けクラウドバックアップ12サービスの利用企業を対象とした満足度調査）</p>
</td></tr>
<tr><td style="padding:18px 28px;background:#f7f9fb;font-family:Arial,sans-serif;font-size:11px;line-height:1.6;color:#7c8a99">
本メールは、2026年9月15日時点でメールマガジンの配信を許諾いただいたお客様にお送りしています。<br>
メリディアン・データ株式会社 東京オフィス　〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F　TEL 03-5555-0100<br>
<a href="https://hs-2293811.s.hubspotemail.net/hs/manage-preferences/unsubscribe-all?languagePreference=ja&amp;d=Vm8Wq1pS4tY3W2yBv7nQkH9fW1Rz8mX5bS2kN4cL1Yg0Q3qgz&amp;v=3" style="color:#7c8a99">配信停止</a>　|　<a href="https://www.meridian-data.com/ja/privacy" style="color:#7c8a99">個人情報保護方針</a>
</td></tr>
</table></td></tr></table>
<img src="https://d1Kq7v04.na1.hubspotlinks.com/Cto/RH+113/d1Kq7v04/VWm3bC1ZxY7qW5nR2tK8pLqW8sD4fG6hJ0kL9Q3qgyTW6N1vHY6lZ3pXW0" alt="" width="1" height="1" border="0" style="display:none!important">
</body></html>
"""
    html = html.replace("%(th)s", th).replace("%(td)s", td)
    text = html2text(html, "hubspot", alts=True)
    body = multi("alternative", "----=_Part_5894400_321.1757894400321", [
        leaf("plain", text, "UTF-8", "base64", "utf-8"),
        leaf("html", html, "UTF-8", "base64", "utf-8")])
    hdrs = [("Return-Path", "<1axbbd0r8ytq2lmnb4k7ycw0p1gh2jh3v5s6pm-it-info=sakura-kikai.co.jp@bf01x.hubspotemail.net>"),
            ("Date", date),
            ("From", addr("メリディアン・データ 東京オフィス", "marketing-jp@jp.meridian-data.com")),
            ("Reply-To", "marketing-jp@jp.meridian-data.com"),
            ("To", "it-info@sakura-kikai.co.jp"),
            ("Message-ID", "<%s>" % mid),
            ("Subject", ew("【メリディアン ボールト】バックアップ運用を見直しませんか｜9月29日 オンライン説明会", "UTF-8", "utf-8")),
            ("MIME-Version", "1.0"),
            ("X-HubSpot-Portal-Id", "2293811"),
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<mailto:1axbbd0r8ytq2lmnb4k7ycw0p1gh2jh3v5s6pm@bf01x.hubspotemail.net?subject=unsubscribe>")]
    L.c(V, "rpo", dur(15, "minutes"), "ok", "本製品のRPO（目標復旧時点）は15分")
    L.c(V, "retention", dur(90, "days"), "ok", "標準の保持期間は90日間です。")
    L.c(V, "data_centers", "Tokyo", "ok", "データセンター 東京・大阪（国内2拠点）")
    L.c(V, "data_centers", "Osaka", "ok", "データセンター 東京・大阪（国内2拠点）")
    L.c(V, "encryption", "AES-256", "ok", "暗号化 AES-256")
    L.c(V, "sla", 99.95, "ok", "SLA 99.95%")
    L.c(V, "max_storage", 500 * TB, "ok", "最大容量 1テナントあたり500TB")
    return out(f, mid, dt, "tokyo", True, "marketing-jp@jp.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0019
@reg
def m0019():
    f, mid = "mail/0019.eml", "004c01dd3463$2a7b9c10$7f72d430$@osaka.jp.meridian-data.com"
    date, dt = date_hdr(2026, 10, 5, 9, 48, 13, "+0900")
    L = Labels(f, mid, "osaka", "2026-10-05")
    lines = [
        "瀬戸内海運株式会社",
        "総務部 村上様",
        "",
        "いつもお世話になっております。メリディアン・データ大阪オフィスの岡田です。",
        "",
        "ご質問の件、回答いたします。",
        "",
        "メリディアン・ボールトのRPOは最短5分でございます。",
        "また、ボールトの標準の保持期間は90日間です。",
        "同製品のデータセンターは東京・大阪・シンガポールの3拠点となります。",
        "",
        "10月14日（水）の定例会にて、詳細をご説明させていただければ幸いです。",
        "",
    ] + sig(SIG_OSAKA, name="岡田 翔太（Shota Okada）", dept="営業部",
            tel="TEL 06-6555-0147　携帯 080-5555-2291")
    rows = [("From:", "村上 聡 [mailto:murakami@setouchi-shipping.co.jp]"), ("Sent:", "Friday, October 2, 2026 5:48 PM"),
            ("To:", "岡田 翔太 <shota.okada@osaka.jp.meridian-data.com>"), ("Subject:", "メリディアン・ボールトのRPOについて")]
    q = ["岡田様", "", "お世話になっております。瀬戸内海運の村上です。",
         "障害時にどの時点までデータを戻せるのか（RPO）と、バックアップの保存先を教えていただけますでしょうか。",
         "取締役会資料に記載したく、来週中にご回答いただけると助かります。", "",
         "村上 聡", "瀬戸内海運株式会社 総務部", "〒720-0065 広島県福山市東桜町1-21 エストパルク 6F", "TEL 084-555-0172"]
    text, page = outlook_ja(lines, (rows, q), text_sep="-----Original Message-----\n")
    body = outlook_ja_parts("----=_NextPart_000_004D_01DD3463.2A7B9C10", text, page)
    hdrs = outlook_ja_headers(jp("岡田 翔太", "shota.okada@osaka.jp.meridian-data.com"),
                              jp("村上 聡", "murakami@setouchi-shipping.co.jp"),
                              "RE: メリディアン・ボールトのRPOについて", date, mid, "AQHdNGMqe5wQf3LUML2xSaE0oN1Vvg==")
    L.c(V, "rpo", dur(5, "minutes"), "conflict", "メリディアン・ボールトのRPOは最短5分でございます。")
    L.c(V, "retention", dur(90, "days"), "ok", "また、ボールトの標準の保持期間は90日間です。")
    for dc, v in (("Tokyo", "ok"), ("Osaka", "ok"), ("Singapore", "conflict")):
        L.c(V, "data_centers", dc, v, "同製品のデータセンターは東京・大阪・シンガポールの3拠点となります。")
    return out(f, mid, dt, "osaka", True, "shota.okada@osaka.jp.meridian-data.com", message(hdrs, body), L)


# ====================================================================== 0022
@reg
def m0022():
    f, mid = "mail/0022.eml", "005d01dd516c$8e2a4f70$aa7eee50$@jp.meridian-data.com"
    date, dt = date_hdr(2026, 11, 10, 19, 5, 33, "+0900")
    L = Labels(f, mid, "tokyo", "2026-11-10")
    rnd = random.Random(22)
    blob = bytes([0x30, 0x82, 0x0b, 0x4f, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03, 0xa0]) + \
        bytes(rnd.randrange(256) for _ in range(2900))
    part = Part([("Content-Type", 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'),
                 ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", 'attachment; filename="smime.p7m"')], b64(blob))
    hdrs = outlook_ja_headers(jp("佐々木 亮", "ryo.sasaki@jp.meridian-data.com"),
                              jp("堀内 智子", "t.horiuchi@hokushin-seiki.co.jp"),
                              "【社外秘】ご契約条件の最終案", date, mid, "AdtRbI4qT3Vb2xnMRka7e1Qw0pZkLA==")
    L.f("unreadable", "S/MIME encrypted message (application/pkcs7-mime, enveloped-data): no readable text part")
    return out(f, mid, dt, "tokyo", False, "ryo.sasaki@jp.meridian-data.com", message(hdrs, part), L)
