#!/usr/bin/env python3
"""Generate probe set 39 ("an ordinary month in Japan"). Deterministic, stdlib only.
Run from anywhere:  python3 gen/generate.py   (rewrites mail/, docs/, .onevoice.yaml, expected.jsonl)"""
import base64, json, os, quopri, shutil
from email.header import Header
from email.utils import formataddr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
OFF = {"jp.meridian-data.com": "tokyo", "osaka.jp.meridian-data.com": "osaka",
       "meridian-data.com": "us-hq", "uk.meridian-data.com": "london"}


def office_of(addr):
    return OFF.get(addr.split("@")[1], "unknown")


def jpy(a, per, tax):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def usd(a, per):
    return {"amount": a, "currency": "USD", "per": per, "tax": None}


def dur(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12
EXPECTED = []
MESSAGES = []   # (filename, date_sort_key, raw bytes, in_archive, from_addr, asctime)


# ------------------------------------------------------------------ MIME
def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def body_bytes(text, cs, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(cs)).replace(b"\n", b"\r\n")
    data = text.replace("\n", "\r\n").encode(cs)
    if cte == "7bit":
        assert all(b < 128 for b in data), "non-7bit data for 7bit"
        return data
    if cte == "base64":
        b = base64.b64encode(data)
        return b"\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + b"\r\n"
    raise ValueError(cte)


def mail(fn, *, date, frm, to, subject, msgid, body, cs="utf-8", cte="base64", cc=None,
         in_reply_to=None, html=None, archive=False, mailer=None, claims=(), findings=()):
    """Build one message; claims: (product, attribute, value, verdict, quoted, office, text)."""
    hcs = "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8"
    h = [("Date", date[0]), ("From", addr(frm[0], frm[1], hcs)),
         ("To", ", ".join(addr(n, a, hcs) for n, a in to))]
    if cc:
        h.append(("Cc", ", ".join(addr(n, a, hcs) for n, a in cc)))
    h += [("Subject", hdr(subject, hcs)), ("Message-ID", "<%s>" % msgid)]
    if in_reply_to:
        h += [("In-Reply-To", "<%s>" % in_reply_to), ("References", "<%s>" % in_reply_to)]
    if mailer:
        h.append(mailer)
    h.append(("MIME-Version", "1.0"))
    ctype = lambda sub: 'text/%s; charset="%s"' % (sub, cs) if cs != "iso-2022-jp" else "text/%s; charset=ISO-2022-JP" % sub
    if html is None:
        h += [("Content-Type", ctype("plain")), ("Content-Transfer-Encoding", cte)]
        payload = body_bytes(body, cs, cte)
    else:
        bnd = "000000000000" + msgid.split("@")[0][-16:].replace("-", "a").replace(".", "b")
        h.append(("Content-Type", 'multipart/alternative; boundary="%s"' % bnd))
        payload = b""
        for sub, t in (("plain", body), ("html", html)):
            payload += ("--%s\r\nContent-Type: %s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (bnd, ctype(sub), cte)).encode()
            payload += body_bytes(t, cs, cte) + b"\r\n"
        payload += ("--%s--\r\n" % bnd).encode()
    raw = "".join("%s: %s\r\n" % (k, v.replace("\r\n", "\n").replace("\n", "\r\n")) for k, v in h).encode("ascii") + b"\r\n" + payload
    office = office_of(frm[1])
    for c in claims:
        product, attribute, value, verdict, quoted, off, text = c
        assert text in body, (fn, text)
        EXPECTED.append({"type": "claim", "file": "mail/" + fn, "message_id": msgid, "product": product,
                         "attribute": attribute, "value": value, "verdict": verdict, "quoted": quoted,
                         "office": off or office, "as_of": date[1], "text": text})
    for kind, rule, product, quoted, text in findings:
        assert text in body, (fn, text)
        EXPECTED.append({"type": "finding", "file": "mail/" + fn, "message_id": msgid, "kind": kind,
                         "rule": rule, "product": product, "quoted": quoted, "text": text})
    MESSAGES.append((fn, date[2], raw, archive, frm[1], date[3], msgid, len(EXPECTED)))


def D(rfc, iso, sortkey, asct):
    return (rfc, iso, sortkey, asct)


def doc(path, text, office, claims=(), findings=(), as_of="2026-11-22", check=None):
    full = os.path.join(ROOT, "docs", path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    for product, attribute, value, verdict, t in claims:
        assert t in text, (path, t)
        EXPECTED.append({"type": "claim", "file": "docs/" + path, "message_id": None, "product": product,
                         "attribute": attribute, "value": value, "verdict": verdict, "quoted": False,
                         "office": office, "as_of": as_of, "text": t})
    for kind, rule, product, t in findings:
        assert t in text, (path, t)
        EXPECTED.append({"type": "finding", "file": "docs/" + path, "message_id": None, "kind": kind,
                         "rule": rule, "product": product, "quoted": False, "text": t})


# ------------------------------------------------------------------ people
SATO = ("佐藤 健一", "k.sato@jp.meridian-data.com")
SUZUKI = ("鈴木 拓也", "t.suzuki@jp.meridian-data.com")
NAKAMURA = ("中村 美咲", "m.nakamura@osaka.jp.meridian-data.com")
TAKAHASHI = ("高橋 浩二", "k.takahashi@osaka.jp.meridian-data.com")
WALSH = ("Jennifer Walsh", "jennifer.walsh@meridian-data.com")
CHO = ("Brian Cho", "brian.cho@meridian-data.com")
TAMURA = ("田村 真一", "tamura@yamashita-seiki.co.jp")
OKADA = ("岡田 隆", "t.okada@kitahama-logi.co.jp")
FUJII = ("藤井 由美", "y.fujii@dojima-pharma.co.jp")
KOBAYASHI = ("小林 大輔", "d.kobayashi@nitto-sys.co.jp")

SIG_SATO = """--
メリディアン・データ株式会社 東京オフィス
営業部 アカウントマネージャー 佐藤 健一
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング 21F
TEL: 03-6555-0142 / 携帯: 090-1234-5678
k.sato@jp.meridian-data.com
"""
SIG_SUZUKI = """━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社 東京オフィス
パートナー営業部 鈴木 拓也
〒100-0005 東京都千代田区丸の内2-4-1 21F
TEL 03-6555-0150（代表 03-6555-0100）
━━━━━━━━━━━━━━━━━━━━━━
"""
SIG_NAKAMURA = """------------------------------------------
メリディアン・データ株式会社 大阪オフィス
営業課 中村 美咲
〒530-0001 大阪市北区梅田3-1-3 ノースゲートビル 12F
TEL 06-6345-0178 / FAX 06-6345-0179
------------------------------------------
"""
SIG_TAKAHASHI = """**************************************
メリディアン・データ株式会社 大阪オフィス
営業課 課長 高橋 浩二
〒530-0001 大阪市北区梅田3-1-3 12F
TEL 06-6345-0170 携帯 080-4321-9876
**************************************
"""
SIG_TAMURA = """株式会社山下精機
管理本部 情報システム課 田村 真一
〒252-0804 神奈川県藤沢市湘南台1-2-3
TEL 0466-45-1234（内線315） FAX 0466-45-1299
"""
SIG_OKADA = """北浜物流株式会社 システム部
岡田 隆（Takashi Okada）
〒541-0041 大阪市中央区北浜2-6-18
TEL: 06-6201-3344
"""

# ------------------------------------------------------------------ 0001
B1 = """株式会社山下精機
情報システム課 田村 様

いつも大変お世話になっております。
メリディアン・データ東京オフィスの佐藤でございます。

先日はご多忙のところ、お打ち合わせのお時間を頂戴し、誠にありがとうございました。
当日ご説明した内容を、簡単にまとめさせていただきます。

・メリディアン シンクは、1テナントあたり最大10,000ユーザーまでご利用いただけます。
・同製品のストレージ容量は、1ユーザーあたり1TBでございます。
・メリディアン シンクの料金は月額50,000円（税抜）となります。

貴社の対象人数（約280名）であれば、上限まで十分な余裕がございます。

次回は11月10日（火）15時より、貴社にて情報システム課の皆様向けに
デモを実施させていただく予定です。
ご不明点がございましたら、お気軽にお問い合わせください。

何卒よろしくお願い申し上げます。

""" + SIG_SATO
L1a = "メリディアン シンクは、1テナントあたり最大10,000ユーザーまでご利用いただけます。"
L1b = "同製品のストレージ容量は、1ユーザーあたり1TBでございます。"
L1c = "メリディアン シンクの料金は月額50,000円（税抜）となります。"
M1 = "20261102101203.4F2A91C0@jp.meridian-data.com"
mail("0001.eml", date=D("Mon, 02 Nov 2026 10:12:03 +0900", "2026-11-02", "2026-11-02T01:12", "Mon Nov  2 01:12:03 2026"),
     frm=SATO, to=[("田村 真一", TAMURA[1])], subject="先日のお打ち合わせのお礼（メリディアン シンク）",
     msgid=M1, body=B1, cs="iso-2022-jp", cte="7bit", archive=True,
     mailer=("X-Mailer", "Microsoft Outlook 16.0"),
     claims=[(S, "max_users", 10000, "ok", False, None, L1a),
             (S, "storage_per_user", TB, "ok", False, None, L1b),
             (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", False, None, L1c)])

# ------------------------------------------------------------------ 0002 customer questions, gmail-style quote
B2 = """メリディアン・データ
佐藤様

お世話になっております。山下精機の田村です。
先日はありがとうございました。社内で検討を進めており、何点か確認させてください。

1. 当社の設計部門ではLinux端末を使用しておりますが、メリディアン シンクはLinuxに対応していますでしょうか。
2. 出張先などオフライン環境での利用は可能でしょうか。
3. 取得されている第三者認証について教えてください。
4. 当社の要件としては、最低でも300ユーザー以上での利用を想定しております。

11/10のデモは15時からで承知しました。会議室は本社3階（第2会議室）を押さえております。

よろしくお願いいたします。

""" + SIG_TAMURA + """
2026年11月2日(月) 10:12 佐藤 健一 <k.sato@jp.meridian-data.com>:
> ・メリディアン シンクは、1テナントあたり最大10,000ユーザーまでご利用いただけます。
> ・同製品のストレージ容量は、1ユーザーあたり1TBでございます。
> ・メリディアン シンクの料金は月額50,000円（税抜）となります。
>
> 貴社の対象人数（約280名）であれば、上限まで十分な余裕がございます。
"""
M2 = "CAK7pX2fR0q9Lw3ZtM1yH8b4@mail.gmail.com"
mail("0002.eml", date=D("Wed, 04 Nov 2026 09:30:41 +0900", "2026-11-04", "2026-11-04T00:30", "Wed Nov  4 00:30:41 2026"),
     frm=TAMURA, to=[SATO], subject="Re: 先日のお打ち合わせのお礼（メリディアン シンク）", msgid=M2,
     in_reply_to=M1, body=B2, cs="utf-8", cte="base64", archive=True,
     claims=[(S, "max_users", 10000, "ok", True, "tokyo", L1a),
             (S, "storage_per_user", TB, "ok", True, "tokyo", L1b),
             (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", True, "tokyo", L1c)])

# ------------------------------------------------------------------ 0003 answers (with an ISMAP mistake)
B3 = """田村様

お世話になっております。メリディアン・データの佐藤です。
ご質問いただきありがとうございます。順にご回答いたします。

1. 対応OSについて
Linuxにつきましては、現時点では対応しておりません。
メリディアン シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。
設計部門の皆様には、Windows端末からのご利用をご案内しております。

2. オフライン利用について
メリディアン シンクはオフラインモードには対応しておりません。
ご利用時はインターネット接続が必要となります点、ご了承ください。

3. 認証について
同製品はISO 27001およびSOC 2 Type IIの認証を取得しております。
また、メリディアン シンクはISMAPにも登録済みでございます。

4. ご利用人数について
300名様規模でのご利用であれば、まったく問題ございません。

引き続きよろしくお願いいたします。

2026年11月4日(水) 9:30 田村 真一 <tamura@yamashita-seiki.co.jp>:
> 1. 当社の設計部門ではLinux端末を使用しておりますが、メリディアン シンクはLinuxに対応していますでしょうか。
> 2. 出張先などオフライン環境での利用は可能でしょうか。
> 3. 取得されている第三者認証について教えてください。

""" + SIG_SATO
L3a = "メリディアン シンクの対応OSは、Windows、macOS、iOS、Androidの4種類でございます。"
L3b = "メリディアン シンクはオフラインモードには対応しておりません。"
L3c = "同製品はISO 27001およびSOC 2 Type IIの認証を取得しております。"
L3d = "また、メリディアン シンクはISMAPにも登録済みでございます。"
M3 = "20261105113517.7C01D2E8@jp.meridian-data.com"
mail("0003.eml", date=D("Thu, 05 Nov 2026 11:35:17 +0900", "2026-11-05", "2026-11-05T02:35", "Thu Nov  5 02:35:17 2026"),
     frm=SATO, to=[TAMURA], subject="Re: 先日のお打ち合わせのお礼（メリディアン シンク）", msgid=M3,
     in_reply_to=M2, body=B3, cs="iso-2022-jp", cte="7bit", archive=True,
     claims=[(S, "supported_platforms", p, "ok", False, None, L3a) for p in ("Windows", "macOS", "iOS", "Android")]
     + [(S, "offline_mode", False, "ok", False, None, L3b),
        (S, "certifications", "ISO 27001", "ok", False, None, L3c),
        (S, "certifications", "SOC 2 Type II", "ok", False, None, L3c),
        (S, "certifications", "ISMAP", "conflict", False, None, L3d)])

# ------------------------------------------------------------------ 0004 correction
B4 = """田村様

いつもお世話になっております。メリディアン・データの佐藤です。

本日お送りしたメールの「3. 認証について」において、ISMAPに登録済みと記載いたしましたが、
こちらは私の確認不足による誤りでございました。大変申し訳ございません。
お詫びして、以下のとおり訂正いたします。

メリディアン シンクが取得している認証は、ISO 27001とSOC 2 Type IIの2つでございます。

社内でのご説明資料に転記済みの場合は、お手数ですが差し替えをお願いできますでしょうか。
今後このようなことのないよう、確認を徹底いたします。

""" + SIG_SATO
L4 = "メリディアン シンクが取得している認証は、ISO 27001とSOC 2 Type IIの2つでございます。"
M4 = "20261105174022.9B3E0A14@jp.meridian-data.com"
mail("0004.eml", date=D("Thu, 05 Nov 2026 17:40:22 +0900", "2026-11-05", "2026-11-05T08:40", "Thu Nov  5 08:40:22 2026"),
     frm=SATO, to=[TAMURA], subject="【訂正】認証に関するご回答について", msgid=M4, in_reply_to=M3,
     body=B4, cs="iso-2022-jp", cte="7bit", archive=True,
     claims=[(S, "certifications", "ISO 27001", "ok", False, None, L4),
             (S, "certifications", "SOC 2 Type II", "ok", False, None, L4)])

# ------------------------------------------------------------------ 0005 Osaka: Vault quote
B5 = """北浜物流株式会社
システム部 岡田 様

いつもお世話になっております。
メリディアン・データ大阪オフィスの中村でございます。

先日ご依頼いただきましたバックアップ基盤のお見積りについて、概要をご案内いたします。
正式な見積書（PDF）は、社内承認後に改めてお送りいたします。

【お見積り条件】
・対象データ量：約42TB（2026年10月時点で貴社よりご提示いただいた値）
・契約期間：2027年1月〜12月（12か月）
・出精値引き：15%（本年12月25日までのご発注に限ります）

【製品仕様の概要】
・メリディアン ボールトの容量単価は、1TBあたり月額2,800円（税抜）です。
・同製品のRPO（目標復旧時点）は15分です。
・同製品のバックアップ保持期間は、標準で90日間です。
・メリディアン ボールトのデータセンターは、東京と大阪からお選びいただけます。

ご不明な点がございましたら、何なりとお申し付けください。
引き続きどうぞよろしくお願いいたします。

""" + SIG_NAKAMURA
L5a = "メリディアン ボールトの容量単価は、1TBあたり月額2,800円（税抜）です。"
L5b = "同製品のRPO（目標復旧時点）は15分です。"
L5c = "同製品のバックアップ保持期間は、標準で90日間です。"
L5d = "メリディアン ボールトのデータセンターは、東京と大阪からお選びいただけます。"
M5 = "b3f1c2a0-5d7e-4a61-9c2f-0e8d41a7b6c5@osaka.jp.meridian-data.com"
C5 = [(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", L5a), (V, "rpo", dur(15, "minutes"), "ok", L5b),
      (V, "retention", dur(90, "days"), "ok", L5c), (V, "data_centers", "Tokyo", "ok", L5d),
      (V, "data_centers", "Osaka", "ok", L5d)]
mail("0005.eml", date=D("Fri, 06 Nov 2026 16:20:09 +0900", "2026-11-06", "2026-11-06T07:20", "Fri Nov  6 07:20:09 2026"),
     frm=NAKAMURA, to=[OKADA], subject="メリディアン ボールト お見積り概要のご案内", msgid=M5, body=B5,
     cs="utf-8", cte="base64", archive=True, mailer=("User-Agent", "Mozilla Thunderbird"),
     claims=[(p, a, v, vd, False, None, t) for p, a, v, vd, t in C5])

# ------------------------------------------------------------------ 0006 customer reply, Outlook header block, multipart
B6_TOP = """中村様

お世話になっております。北浜物流の岡田です。
早速お見積り概要をお送りいただき、ありがとうございます。

一点確認させてください。
別のベンダーの営業の方からは、メリディアン ボールトはシンガポールにもデータセンターがあると伺っております。
当社はシンガポールにも物流拠点があるため、現地のデータも同じ契約で保管できますでしょうか。

また、社内稟議の関係で、11月20日（金）までに正式見積書をいただけますと幸いです。

よろしくお願いいたします。

""" + SIG_OKADA
B6_Q = """
-----Original Message-----
From: 中村 美咲 <m.nakamura@osaka.jp.meridian-data.com>
Sent: Friday, November 6, 2026 4:20 PM
To: 岡田 隆 <t.okada@kitahama-logi.co.jp>
Subject: メリディアン ボールト お見積り概要のご案内

""" + B5
B6 = B6_TOP + B6_Q
L6 = "別のベンダーの営業の方からは、メリディアン ボールトはシンガポールにもデータセンターがあると伺っております。"
H6 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + \
     "".join("<p class=\"MsoNormal\">%s</p>\n" % (x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") or "&nbsp;")
             for x in B6.split("\n")) + "</body></html>\n"
M6 = "TYCPR01MB8842A3F0C1E2D7B95E6A4C1B9F2A0@TYCPR01MB8842.jpnprd01.prod.outlook.com"
mail("0006.eml", date=D("Mon, 09 Nov 2026 13:02:55 +0900", "2026-11-09", "2026-11-09T04:02", "Mon Nov  9 04:02:55 2026"),
     frm=OKADA, to=[NAKAMURA], subject="RE: メリディアン ボールト お見積り概要のご案内", msgid=M6, in_reply_to=M5,
     body=B6, html=H6, cs="utf-8", cte="quoted-printable", archive=True,
     mailer=("X-MS-Has-Attach", ""),
     claims=[(V, "data_centers", "Singapore", "conflict", False, "unknown", L6)]
     + [(p, a, v, vd, True, "osaka", t) for p, a, v, vd, t in C5])

# ------------------------------------------------------------------ 0007 Osaka answer
B7 = """岡田様

お世話になっております。メリディアン・データの中村です。
ご確認いただきありがとうございます。

ご質問の件ですが、メリディアン ボールトのデータセンターは、東京、大阪、米国オレゴン、ドイツ・フランクフルトの4拠点でございます。
恐れ入りますが、シンガポールには拠点がございません。
シンガポール拠点のデータにつきましても、上記いずれかのデータセンターへ保管する形でのご提案となります。

なお、同製品のSLA（月間稼働率）は99.95%です。

正式見積書は11月20日までにお送りいたします。

2026年11月9日(月) 13:02 岡田 隆 <t.okada@kitahama-logi.co.jp>:
> 一点確認させてください。
> 別のベンダーの営業の方からは、メリディアン ボールトはシンガポールにもデータセンターがあると伺っております。
> 当社はシンガポールにも物流拠点があるため、現地のデータも同じ契約で保管できますでしょうか。

""" + SIG_NAKAMURA
L7a = "メリディアン ボールトのデータセンターは、東京、大阪、米国オレゴン、ドイツ・フランクフルトの4拠点でございます。"
L7b = "なお、同製品のSLA（月間稼働率）は99.95%です。"
M7 = "7e2a9d14-0b3c-4f58-8a1e-c6d2f9b07341@osaka.jp.meridian-data.com"
mail("0007.eml", date=D("Tue, 10 Nov 2026 10:48:30 +0900", "2026-11-10", "2026-11-10T01:48", "Tue Nov 10 01:48:30 2026"),
     frm=NAKAMURA, to=[OKADA], subject="Re: RE: メリディアン ボールト お見積り概要のご案内", msgid=M7, in_reply_to=M6,
     body=B7, cs="utf-8", cte="base64", archive=True, mailer=("User-Agent", "Mozilla Thunderbird"),
     claims=[(V, "data_centers", m, "ok", False, None, L7a) for m in ("Tokyo", "Osaka", "Oregon", "Frankfurt")]
     + [(V, "sla", 99.95, "ok", False, None, L7b),
        (V, "data_centers", "Singapore", "conflict", True, "unknown", L6)])

# ------------------------------------------------------------------ 0008 Osaka: Sync quote with a wrong price and a stale limit
B8 = """堂島製薬株式会社
総務部 藤井 様

平素より大変お世話になっております。
メリディアン・データ大阪オフィスの高橋でございます。

先日はお電話にてご相談いただき、ありがとうございました。
ファイル共有サービスの導入費用について、下記のとおりご案内申し上げます。

■ご利用料金
メリディアン・シンクの月額料金は48,000円（税抜）でございます。
ご利用予定の150名様分につきましても、ユーザーごとの追加料金は発生いたしません。
初期費用として、導入支援サービス一式300,000円（税抜、初回のみ）を別途申し受けます。

■ご利用規模
メリディアン・シンクは最大5,000ユーザーまでご利用可能です。
将来的な拠点追加にも十分対応できる規模でございます。

ご検討のほど、よろしくお願い申し上げます。

""" + SIG_TAKAHASHI
L8a = "メリディアン・シンクの月額料金は48,000円（税抜）でございます。"
L8b = "メリディアン・シンクは最大5,000ユーザーまでご利用可能です。"
M8 = "20261111164512.3D8F70B2@osaka.jp.meridian-data.com"
mail("0008.eml", date=D("Wed, 11 Nov 2026 16:45:12 +0900", "2026-11-11", "2026-11-11T07:45", "Wed Nov 11 07:45:12 2026"),
     frm=TAKAHASHI, to=[FUJII], subject="【御見積】メリディアン・シンク 導入費用のご案内", msgid=M8, body=B8,
     cs="iso-2022-jp", cte="7bit", archive=True, mailer=("X-Mailer", "Microsoft Outlook 16.0"),
     claims=[(S, "monthly_price", jpy(48000, "month", "excluded"), "conflict", False, None, L8a),
             (S, "max_users", 5000, "stale", False, None, L8b)])

# ------------------------------------------------------------------ 0009 Tokyo -> Osaka internal heads-up (not in archive)
B9 = """高橋さん

お疲れさまです。東京の佐藤です。
堂島製薬様向けのメール（CCいただいた分）を拝見しました。2点だけ念のため。

・メリディアン シンクの上限は、2026年3月までは5,000ユーザーでしたが、4月以降は10,000ユーザーです。
・価格表（PL-JP-2026-04）では、メリディアン シンクの月額は50,000円（税抜）です。

お客様へのご連絡はお任せしますが、訂正のメールを出される際は私もCCに入れてください。
よろしくお願いします。

2026年11月11日(水) 16:45 高橋 浩二 <k.takahashi@osaka.jp.meridian-data.com>:
> ■ご利用料金
> メリディアン・シンクの月額料金は48,000円（税抜）でございます。
(中略)
> ■ご利用規模
> メリディアン・シンクは最大5,000ユーザーまでご利用可能です。

佐藤
"""
L9a = "メリディアン シンクの上限は、2026年3月までは5,000ユーザーでしたが、4月以降は10,000ユーザーです。"
L9b = "価格表（PL-JP-2026-04）では、メリディアン シンクの月額は50,000円（税抜）です。"
M9 = "20261112090311.6A2C44E7@jp.meridian-data.com"
mail("0009.eml", date=D("Thu, 12 Nov 2026 09:03:11 +0900", "2026-11-12", "2026-11-12T00:03", "Thu Nov 12 00:03:11 2026"),
     frm=SATO, to=[TAKAHASHI], subject="Re: 【御見積】メリディアン・シンク 導入費用のご案内", msgid=M9, in_reply_to=M8,
     body=B9, cs="iso-2022-jp", cte="7bit", archive=False,
     claims=[(S, "max_users", 5000, "ok", False, None, L9a), (S, "max_users", 10000, "ok", False, None, L9a),
             (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", False, None, L9b),
             (S, "monthly_price", jpy(48000, "month", "excluded"), "conflict", True, "osaka", L8a),
             (S, "max_users", 5000, "stale", True, "osaka", L8b)])

# ------------------------------------------------------------------ 0010 Osaka correction to customer
B10 = """堂島製薬株式会社
総務部 藤井 様

いつもお世話になっております。メリディアン・データの高橋でございます。

11月11日にお送りいたしましたご案内メールに誤りがございました。
大変申し訳ございません。下記のとおり訂正させていただきます。

・メリディアン・シンクの月額料金：（誤）48,000円（税抜） （正）50,000円（税抜）
・メリディアン・シンクの最大ユーザー数：（誤）5,000ユーザー （正）10,000ユーザー

その他の条件（初期費用、ご契約期間）に変更はございません。
訂正後の御見積書を本日中にお送りいたします。

何卒よろしくお願い申し上げます。

""" + SIG_TAKAHASHI
L10a = "メリディアン・シンクの月額料金：（誤）48,000円（税抜） （正）50,000円（税抜）"
L10b = "メリディアン・シンクの最大ユーザー数：（誤）5,000ユーザー （正）10,000ユーザー"
M10 = "20261113101529.5E1B93A0@osaka.jp.meridian-data.com"
mail("0010.eml", date=D("Fri, 13 Nov 2026 10:15:29 +0900", "2026-11-13", "2026-11-13T01:15", "Fri Nov 13 01:15:29 2026"),
     frm=TAKAHASHI, to=[FUJII], cc=[SATO], subject="【訂正】メリディアン・シンク 導入費用のご案内", msgid=M10,
     in_reply_to=M8, body=B10, cs="iso-2022-jp", cte="7bit", archive=True, mailer=("X-Mailer", "Microsoft Outlook 16.0"),
     claims=[(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", False, None, L10a),
             (S, "max_users", 10000, "ok", False, None, L10b)])

# ------------------------------------------------------------------ 0011 US HQ English update
B11 = """Hi Kenichi, Takuya, Koji,

A quick update on Meridian Insight ahead of your December pipeline reviews.

- Meridian Insight remains in beta and will be generally available in January 2027.
- The US list price for Meridian Insight stays at $30 per user per month.
- Every new Meridian Insight workspace gets a 30-day free trial, no card required.
- We signed 14 Meridian Insight beta customers in Q3, three of them in APAC.
- Messaging stays the same: an industry-leading analytics experience for mid-market teams.

For Japan pricing please keep using the JPY price list (PL-JP-2026-04); don't convert
the dollar figure. Deck v5 is in the shared drive under /Sales/Insight/2026-11.

Let's discuss on the APAC call Thursday 8am PT / Friday 1am JST (sorry!).

Thanks,
Jen

--
Jennifer Walsh | Director, Product Marketing
Meridian Data Inc. | 500 Howard St, Suite 1200, San Francisco, CA 94105
+1 (415) 555-0187
"""
L11a = "Meridian Insight remains in beta and will be generally available in January 2027."
L11b = "The US list price for Meridian Insight stays at $30 per user per month."
L11c = "Every new Meridian Insight workspace gets a 30-day free trial, no card required."
M11 = "CAF9e0Yq3vT+u7kP2mWn5rJx6aB1c@mail.gmail.com"
mail("0011.eml", date=D("Mon, 16 Nov 2026 09:14:06 -0800", "2026-11-16", "2026-11-16T17:14", "Mon Nov 16 17:14:06 2026"),
     frm=WALSH, to=[("Kenichi Sato", SATO[1]), ("Takuya Suzuki", SUZUKI[1]), ("Koji Takahashi", TAKAHASHI[1])],
     subject="Meridian Insight: launch timing and pricing for APAC", msgid=M11, body=B11,
     cs="us-ascii", cte="7bit", archive=True,
     claims=[(I, "general_availability", "2027-01", "ok", False, None, L11a),
             (I, "per_user_price", usd(30, "user-month"), "ok", False, None, L11b),
             (I, "free_trial", dur(30, "days"), "ok", False, None, L11c)],
     findings=[("phrase", "en.superlative", None, False,
                "Messaging stays the same: an industry-leading analytics experience for mid-market teams.")])

# ------------------------------------------------------------------ 0012 Tokyo replies inline in English
B12 = """Hi Jen,

Thanks for the update. Comments inline.

On Mon, Nov 16, 2026 at 9:14 AM Jennifer Walsh <jennifer.walsh@meridian-data.com> wrote:
> - Meridian Insight remains in beta and will be generally available in January 2027.

Noted. Two partners (Nitto Systems, and one SIer in Nagoya) have asked for the date in writing,
so I will point them to the public roadmap page rather than forward this mail.

> - The US list price for Meridian Insight stays at $30 per user per month.

Understood. In Japan we quote Meridian Insight at JPY 4,000 per user per month, excluding consumption tax.
Partners resell at their own margin, so end-customer prices may differ.

Friday 1am is fine, I will dial in from home.

Best regards,
Takuya Suzuki
Partner Sales, Meridian Data Tokyo
+81-3-6555-0150
"""
L12 = "In Japan we quote Meridian Insight at JPY 4,000 per user per month, excluding consumption tax."
M12 = "20261117082244.1F9A6C3D@jp.meridian-data.com"
mail("0012.eml", date=D("Tue, 17 Nov 2026 08:22:44 +0900", "2026-11-17", "2026-11-16T23:22", "Mon Nov 16 23:22:44 2026"),
     frm=SUZUKI, to=[WALSH], subject="Re: Meridian Insight: launch timing and pricing for APAC", msgid=M12,
     in_reply_to=M11, body=B12, cs="utf-8", cte="quoted-printable", archive=True,
     claims=[(I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", False, None, L12),
             (I, "general_availability", "2027-01", "ok", True, "us-hq", L11a),
             (I, "per_user_price", usd(30, "user-month"), "ok", True, "us-hq", L11b)])

# ------------------------------------------------------------------ 0013 Tokyo -> partner, Insight introduction
B13 = """株式会社日東システム
ソリューション営業部 小林 様

いつも大変お世話になっております。
メリディアン・データ東京オフィスの鈴木でございます。

先日お問い合わせいただいた、メリディアン インサイトのご紹介資料の件でご連絡いたしました。
エンドユーザー様へのご説明に際して、要点を以下にまとめております。

・メリディアン インサイトは現在ベータ版として提供しており、一般提供開始は2027年1月を予定しております。
・同製品のクエリ応答時間は、2秒以内を標準としております。
・メリディアン インサイトの価格は、1ユーザーあたり月額4,400円（税込）です。
・同製品は標準で40種類以上のデータソースと連携可能です。
・業界トップクラスの分析スピードで、経営会議の資料作成時間を大幅に短縮いたします。

なお、パートナー様向けの仕入れ掛率は従来どおり70%でございます。
11月18日（水）16時のお打ち合わせにて、デモ環境もご覧いただけます。

""" + SIG_SUZUKI
L13a = "メリディアン インサイトは現在ベータ版として提供しており、一般提供開始は2027年1月を予定しております。"
L13b = "同製品のクエリ応答時間は、2秒以内を標準としております。"
L13c = "メリディアン インサイトの価格は、1ユーザーあたり月額4,400円（税込）です。"
L13d = "同製品は標準で40種類以上のデータソースと連携可能です。"
L13e = "業界トップクラスの分析スピードで、経営会議の資料作成時間を大幅に短縮いたします。"
M13 = "20261117112010.8C3D5E21@jp.meridian-data.com"
mail("0013.eml", date=D("Tue, 17 Nov 2026 11:20:10 +0900", "2026-11-17", "2026-11-17T02:20", "Tue Nov 17 02:20:10 2026"),
     frm=SUZUKI, to=[KOBAYASHI], subject="メリディアン インサイト ご紹介資料の件", msgid=M13, body=B13,
     cs="utf-8", cte="base64", archive=False,
     claims=[(I, "general_availability", "2027-01", "ok", False, None, L13a),
             (I, "query_latency", dur(2, "seconds"), "ok", False, None, L13b),
             (I, "per_user_price", jpy(4400, "user-month", "included"), "ok", False, None, L13c),
             (I, "integrations", 40, "unverified", False, None, L13d)],
     findings=[("phrase", "ja.superlative-no1", None, False, L13e)])

# ------------------------------------------------------------------ 0014 partner reply with a reported statement
B14 = """鈴木様

お世話になっております。日東システムの小林です。
資料のご送付ありがとうございました。明日のお打ち合わせ、よろしくお願いいたします。

事前に一点だけ。
弊社の技術担当からは、メリディアン インサイトはダッシュボードを最大300個まで作成できると伺っております。
エンドユーザー様は部門ごとにダッシュボードを作る想定のため、上限を正確に教えていただけますか。

日東システム 小林
TEL 052-961-2210 / 携帯 070-5566-7788

2026年11月17日(火) 11:20 鈴木 拓也 <t.suzuki@jp.meridian-data.com>:
> ・メリディアン インサイトは現在ベータ版として提供しており、一般提供開始は2027年1月を予定しております。
> ・メリディアン インサイトの価格は、1ユーザーあたり月額4,400円（税込）です。
"""
L14 = "弊社の技術担当からは、メリディアン インサイトはダッシュボードを最大300個まで作成できると伺っております。"
M14 = "CAPm4Qv8-Tz1dWx7Jb2kYy9oN3sLr5E@mail.gmail.com"
mail("0014.eml", date=D("Tue, 17 Nov 2026 18:47:33 +0900", "2026-11-17", "2026-11-17T09:47", "Tue Nov 17 09:47:33 2026"),
     frm=KOBAYASHI, to=[SUZUKI], subject="Re: メリディアン インサイト ご紹介資料の件", msgid=M14, in_reply_to=M13,
     body=B14, cs="utf-8", cte="base64", archive=False,
     claims=[(I, "max_dashboards", 300, "conflict", False, "unknown", L14),
             (I, "general_availability", "2027-01", "ok", True, "tokyo", L13a),
             (I, "per_user_price", jpy(4400, "user-month", "included"), "ok", True, "tokyo", L13c)])

# ------------------------------------------------------------------ 0015 Osaka: Insight with an overstated latency
B15 = """堂島製薬株式会社
経営企画部 藤井 様

お世話になっております。メリディアン・データの高橋でございます。
先般は見積の件でご迷惑をおかけし、失礼いたしました。

さて、経営企画部様でご検討中のBIツールにつきまして、弊社のメリディアン・インサイトをご紹介させてください。

メリディアン・インサイトは、数百万件規模のデータでもクエリ応答時間1秒未満を実現します。
同製品は30日間の無料トライアルをご用意しておりますので、まずは実データでお試しいただけます。
貴社の月次報告業務にも、必ずご満足いただけるものと確信しております。

ご興味がございましたら、12月初旬にオンラインでのご説明の場を頂戴できますと幸いです。

""" + SIG_TAKAHASHI
L15a = "メリディアン・インサイトは、数百万件規模のデータでもクエリ応答時間1秒未満を実現します。"
L15b = "同製品は30日間の無料トライアルをご用意しておりますので、まずは実データでお試しいただけます。"
L15c = "貴社の月次報告業務にも、必ずご満足いただけるものと確信しております。"
M15 = "20261118140236.2B7E19F4@osaka.jp.meridian-data.com"
mail("0015.eml", date=D("Wed, 18 Nov 2026 14:02:36 +0900", "2026-11-18", "2026-11-18T05:02", "Wed Nov 18 05:02:36 2026"),
     frm=TAKAHASHI, to=[FUJII], subject="BIツールのご紹介（メリディアン・インサイト）", msgid=M15, body=B15,
     cs="iso-2022-jp", cte="7bit", archive=False, mailer=("X-Mailer", "Microsoft Outlook 16.0"),
     claims=[(I, "query_latency", dur(1, "seconds"), "conflict", False, None, L15a),
             (I, "free_trial", dur(30, "days"), "ok", False, None, L15b)],
     findings=[("phrase", "ja.absolute", None, False, L15c)])

# ------------------------------------------------------------------ 0016 Tokyo forwards an HQ Vault note to Osaka
B16 = """中村さん

お疲れさまです。東京の鈴木です。
北浜物流様の件で、米国本社のBrianから届いたメリディアン ボールトの資料を転送します。
円建てでは、メリディアン ボールトは1TBあたり月額2,800円（税抜）ですので、ドル価格はお客様に出さないでください。

鈴木

---------- Forwarded message ---------
From: Brian Cho <brian.cho@meridian-data.com>
Date: Wed, Nov 18, 2026 at 5:02 PM
Subject: Meridian Vault - quick facts for JP deals
To: Takuya Suzuki <t.suzuki@jp.meridian-data.com>

Takuya,

As promised, the short version for your logistics prospect:

* Meridian Vault has an RPO of 15 minutes on every plan.
* Meridian Vault is $20 per TB per month in the US price book.
* Meridian Vault scales to 500 TB per tenant.
* Meridian Vault encrypts all backups at rest with AES-256.
* Restores for Meridian Vault typically complete with an RTO under 4 hours.

Ping me if they want a call with the SE team.
Brian

Brian Cho | Solutions Engineering | Meridian Data Inc.
+1 (415) 555-0123
"""
L16a = "円建てでは、メリディアン ボールトは1TBあたり月額2,800円（税抜）ですので、ドル価格はお客様に出さないでください。"
L16b = "Meridian Vault has an RPO of 15 minutes on every plan."
L16c = "Meridian Vault is $20 per TB per month in the US price book."
L16d = "Meridian Vault scales to 500 TB per tenant."
L16e = "Meridian Vault encrypts all backups at rest with AES-256."
L16f = "Restores for Meridian Vault typically complete with an RTO under 4 hours."
M16 = "20261119095812.4C6A0B8E@jp.meridian-data.com"
mail("0016.eml", date=D("Thu, 19 Nov 2026 09:58:12 +0900", "2026-11-19", "2026-11-19T00:58", "Thu Nov 19 00:58:12 2026"),
     frm=SUZUKI, to=[NAKAMURA], subject="Fwd: Meridian Vault - quick facts for JP deals", msgid=M16, body=B16,
     cs="utf-8", cte="base64", archive=True,
     claims=[(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", False, None, L16a),
             (V, "rpo", dur(15, "minutes"), "ok", True, "us-hq", L16b),
             (V, "price_per_tb", usd(20, "TB-month"), "ok", True, "us-hq", L16c),
             (V, "max_storage", 500 * TB, "ok", True, "us-hq", L16d),
             (V, "encryption", "AES-256", "ok", True, "us-hq", L16e),
             (V, "rto", dur(4, "hours"), "unverified", True, "us-hq", L16f)])

# ------------------------------------------------------------------ 0017 Tokyo: demo minutes + holidays (Shift_JIS)
B17 = """株式会社山下精機
情報システム課 田村 様

お世話になっております。メリディアン・データの佐藤です。
11月10日のデモでは大変お世話になりました。議事録を送付いたします。

■日時：2026年11月10日（火）15:00〜16:30
■場所：貴社本社3階 第2会議室
■出席者：貴社 田村様、設計部 森様、総務部 井上様／弊社 佐藤、鈴木
■確認事項
　・導入時期：2027年2月（設計部門は1月先行）
　・ライセンス数：280（増員時は都度追加）
　・メリディアン シンクのSLAは月間稼働率99.9%です（森様ご質問への回答）。
　・メリディアン シンクは、1ユーザーあたり5台までの端末でご利用いただけます。
■次回：12月3日（木）10時　お見積りのご説明

また、弊社の年末年始休業は12月29日（火）から1月3日（日）まででございます。
期間中のお問い合わせは、1月4日（月）以降に順次ご回答いたします。

""" + SIG_SATO
L17a = "メリディアン シンクのSLAは月間稼働率99.9%です（森様ご質問への回答）。"
L17b = "メリディアン シンクは、1ユーザーあたり5台までの端末でご利用いただけます。"
M17 = "20261120153305.0D4E7A92@jp.meridian-data.com"
mail("0017.eml", date=D("Fri, 20 Nov 2026 15:33:05 +0900", "2026-11-20", "2026-11-20T06:33", "Fri Nov 20 06:33:05 2026"),
     frm=SATO, to=[TAMURA], subject="11/10 デモ議事録の送付および年末年始休業のお知らせ", msgid=M17, body=B17,
     cs="shift_jis", cte="base64", archive=False, mailer=("X-Mailer", "Becky! ver. 2.81.04"),
     claims=[(S, "sla", 99.9, "ok", False, None, L17a),
             (S, "max_devices", 5, "unverified", False, None, L17b)])

# ------------------------------------------------------------------ 0018 Osaka: formal quote sent, old name slips in
B18 = """北浜物流株式会社
システム部 岡田 様

お世話になっております。メリディアン・データの中村です。
お約束しておりました正式見積書（見積番号 OSK-2026-1204）を、本日郵送にてお送りいたしました。
PDF版は別途、貴社の購買ポータルへアップロードいたします。

なお、以前ご検討いただいたメリディアン ファイルシンクの件も、来年度のご予算化に向けて改めてご案内できればと存じます。

引き続きよろしくお願いいたします。

""" + SIG_NAKAMURA
L18 = "なお、以前ご検討いただいたメリディアン ファイルシンクの件も、来年度のご予算化に向けて改めてご案内できればと存じます。"
M18 = "e91f3b6a-2c4d-4e7f-b1a8-5d0c73e9f214@osaka.jp.meridian-data.com"
mail("0018.eml", date=D("Fri, 20 Nov 2026 17:55:48 +0900", "2026-11-20", "2026-11-20T08:55", "Fri Nov 20 08:55:48 2026"),
     frm=NAKAMURA, to=[OKADA], subject="正式見積書送付のご連絡", msgid=M18, body=B18,
     cs="utf-8", cte="base64", archive=False, mailer=("User-Agent", "Mozilla Thunderbird"),
     findings=[("terminology", None, S, False, L18)])

# ------------------------------------------------------------------ 0019 customer: internal approval (no claims)
B19 = """佐藤様

お世話になっております。山下精機の田村です。
議事録のご送付ありがとうございました。内容に相違ございません。

本日の経営会議にて、ファイル共有基盤の導入について稟議が承認されました。
12月3日のお打ち合わせでは、正式なお見積り（280ライセンス、2027年2月開始）をご提示いただけますと幸いです。
また、発注書の宛先は「メリディアン・データ株式会社 東京オフィス」でよろしいでしょうか。

""" + SIG_TAMURA
M19 = "CAK7pX2gA9mEo4Rb7Vn0cT6w@mail.gmail.com"
mail("0019.eml", date=D("Tue, 24 Nov 2026 18:10:27 +0900", "2026-11-24", "2026-11-24T09:10", "Tue Nov 24 09:10:27 2026"),
     frm=TAMURA, to=[SATO], subject="Re: 11/10 デモ議事録の送付および年末年始休業のお知らせ", msgid=M19,
     in_reply_to=M17, body=B19, cs="utf-8", cte="base64", archive=True)

# ------------------------------------------------------------------ 0020 US HQ asks Tokyo (English, no claim) + one USD claim
B20 = """Kenichi,

Congrats on Yamashita Seiki! Quick one for the forecast sheet: is it 280 seats on a
12-month term, starting February? Finance wants the ACV in USD by Friday.

For reference, the US list for Meridian Sync is $399 per month per workspace.
The JPY deal should land in the same ballpark once converted.

Thanks!
Jen

--
Jennifer Walsh | Director, Product Marketing
Meridian Data Inc. | 500 Howard St, Suite 1200, San Francisco, CA 94105
+1 (415) 555-0187
"""
L20 = "For reference, the US list for Meridian Sync is $399 per month per workspace."
M20 = "CAF9e0Yr8kQ2+nD5sLp3Wu1hZx0v@mail.gmail.com"
mail("0020.eml", date=D("Tue, 24 Nov 2026 16:41:09 -0800", "2026-11-24", "2026-11-25T00:41", "Wed Nov 25 00:41:09 2026"),
     frm=WALSH, to=[("Kenichi Sato", SATO[1])], subject="Yamashita Seiki - forecast details", msgid=M20, body=B20,
     cs="us-ascii", cte="7bit", archive=False,
     claims=[(S, "monthly_price", usd(399, "month"), "ok", False, None, L20)])

# ================================================================== documents (judged as of 2026-11-22)
DOC1 = """# 株式会社山下精機様 ファイル共有基盤ご提案書

2026年11月20日
メリディアン・データ株式会社 東京オフィス 営業部

## 1. ご提案の背景

貴社では現在、設計部門を中心に約280名の方がオンプレミスのファイルサーバーをご利用中であり、
保守期限（2027年3月）を見据えたクラウド移行をご検討されていると伺っております。
本書では、移行先としてメリディアン シンクをご提案いたします。

## 2. メリディアン シンク 製品概要

国内法人向けファイル共有サービスとして、導入社数No.1※の実績がございます。
※2026年9月 東京リサーチ調べ（国内法人向けクラウドファイル共有サービス12製品を対象）

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | 1テナントあたり10,000ユーザー |
| ストレージ容量 | 1ユーザーあたり1TB |
| SLA（月間稼働率） | 99.9% |
| 対応OS | Windows / macOS / iOS / Android |
| 第三者認証 | ISO 27001、SOC 2 Type II |
| オフライン利用 | 非対応（インターネット接続が必要） |

## 3. 御見積

金額はすべて税抜です。

| 品目 | 単価（月額） | 数量 | 期間 | 金額 |
|---|---|---|---|---|
| メリディアン シンク 基本料金 | 50,000円 | 1 | 12か月 | 600,000円 |
| 導入支援サービス（初期設定・データ移行） | 300,000円 | 1式 | ― | 300,000円 |
| 出精値引き | | | | -90,000円 |
| 合計 | | | | 810,000円 |

見積有効期限：2026年12月31日

## 4. 導入スケジュール（案）

- 2026年12月：PoC（設計部 10名）
- 2027年1月：設計部門 先行導入
- 2027年2月：全社展開（約280名）
"""
R1 = {"users": "| 最大ユーザー数 | 1テナントあたり10,000ユーザー |", "stor": "| ストレージ容量 | 1ユーザーあたり1TB |",
      "sla": "| SLA（月間稼働率） | 99.9% |", "os": "| 対応OS | Windows / macOS / iOS / Android |",
      "cert": "| 第三者認証 | ISO 27001、SOC 2 Type II |", "off": "| オフライン利用 | 非対応（インターネット接続が必要） |",
      "price": "| メリディアン シンク 基本料金 | 50,000円 | 1 | 12か月 | 600,000円 |"}
doc("tokyo/yamashita-seiki_proposal.md", DOC1, "tokyo", claims=[
    (S, "max_users", 10000, "ok", R1["users"]), (S, "storage_per_user", TB, "ok", R1["stor"]),
    (S, "sla", 99.9, "ok", R1["sla"])]
    + [(S, "supported_platforms", p, "ok", R1["os"]) for p in ("Windows", "macOS", "iOS", "Android")]
    + [(S, "certifications", c, "ok", R1["cert"]) for c in ("ISO 27001", "SOC 2 Type II")]
    + [(S, "offline_mode", False, "ok", R1["off"]),
       (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", R1["price"])])

DOC2 = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>北浜物流株式会社様 バックアップ基盤ご提案書</title>
</head>
<body>
<h1>北浜物流株式会社様 バックアップ基盤ご提案書</h1>
<p>2026年11月19日　メリディアン・データ株式会社 大阪オフィス</p>

<h2>1. 現状の課題</h2>
<p>貴社の倉庫管理システム（WMS）および基幹サーバーのバックアップは、現在テープ媒体で週1回取得されており、
復旧に丸1日を要する状況と伺っております。</p>

<h2>2. ご提案内容</h2>
<p>ディスク障害やランサムウェアから、貴社の大切なデータを完全に保護します。</p>
<table border="1">
<caption>メリディアン ボールト 主な仕様</caption>
<tr><th>項目</th><th>仕様</th></tr>
<tr><td>RPO（目標復旧時点）</td><td>15分</td></tr>
<tr><td>RTO（目標復旧時間）</td><td>4時間以内（目安）</td></tr>
<tr><td>バックアップ保持期間</td><td>標準90日（延長は個別にご相談）</td></tr>
<tr><td>SLA（月間稼働率）</td><td>99.99%</td></tr>
<tr><td>データセンター</td><td>東京・大阪（国内2拠点から選択）</td></tr>
<tr><td>暗号化方式</td><td>AES-256</td></tr>
<tr><td>最大容量</td><td>1テナントあたり500TB</td></tr>
</table>

<h2>3. お見積り</h2>
<table border="1">
<caption>お見積り（メリディアン ボールト、税込表示）</caption>
<tr><th>品目</th><th>単価（1TBあたり月額）</th></tr>
<tr><td>ストレージ利用料</td><td>3,080円</td></tr>
</table>
<p>想定データ量（42TB）での月額合計は129,360円（税込）となります。
ご発注が2026年12月25日までの場合、初年度は15%の出精値引きを適用いたします。</p>

<p>お問い合わせ：大阪オフィス 営業課 中村（06-6345-0178）</p>
</body>
</html>
"""
R2 = {k: "<tr><td>%s</td><td>%s</td></tr>" % kv for k, kv in {
    "rpo": ("RPO（目標復旧時点）", "15分"), "rto": ("RTO（目標復旧時間）", "4時間以内（目安）"),
    "ret": ("バックアップ保持期間", "標準90日（延長は個別にご相談）"), "sla": ("SLA（月間稼働率）", "99.99%"),
    "dc": ("データセンター", "東京・大阪（国内2拠点から選択）"), "enc": ("暗号化方式", "AES-256"),
    "max": ("最大容量", "1テナントあたり500TB"), "price": ("ストレージ利用料", "3,080円")}.items()}
doc("osaka/kitahama-logi_vault_proposal.html", DOC2, "osaka", claims=[
    (V, "rpo", dur(15, "minutes"), "ok", R2["rpo"]), (V, "rto", dur(4, "hours"), "unverified", R2["rto"]),
    (V, "retention", dur(90, "days"), "ok", R2["ret"]), (V, "sla", 99.99, "conflict", R2["sla"]),
    (V, "data_centers", "Tokyo", "ok", R2["dc"]), (V, "data_centers", "Osaka", "ok", R2["dc"]),
    (V, "encryption", "AES-256", "ok", R2["enc"]), (V, "max_storage", 500 * TB, "ok", R2["max"]),
    (V, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", R2["price"])],
    findings=[("phrase", "ja.absolute", None, "ディスク障害やランサムウェアから、貴社の大切なデータを完全に保護します。")])

DOC3 = """メリディアン インサイト ご紹介資料（パートナー様向け）
2026年11月版　メリディアン・データ株式会社 東京オフィス パートナー営業部

■ 製品概要
メリディアン インサイトは、社内に散在する販売・在庫・会計などのデータを集約し、
ダッシュボードで可視化するクラウドBIサービスです。
メリディアン インサイトは現在ベータ版として提供中で、一般提供開始は2027年1月を予定しております。

■ 主な仕様
・メリディアン インサイトのダッシュボード作成数は、1ワークスペースあたり最大200までです。
・メリディアン インサイトのクエリ応答時間は、2秒以内を標準としております（当社標準データセットで測定）。
・メリディアン インサイトの表示言語は、日本語・英語の2言語です。
・メリディアン インサイトは、業界初のノーコード自動分析機能を搭載しています。

■ 価格・お試し
・メリディアン インサイトの価格は、1ユーザーあたり月額4,000円（税抜）です。
・メリディアン インサイトの無料トライアル期間は30日間です。
・パートナー様向けの仕入れ条件は、別紙パートナー条件書をご参照ください。

■ お問い合わせ
パートナー営業部 鈴木　TEL 03-6555-0150　partner-jp@jp.meridian-data.com
"""
R3 = ["メリディアン インサイトは現在ベータ版として提供中で、一般提供開始は2027年1月を予定しております。",
      "メリディアン インサイトのダッシュボード作成数は、1ワークスペースあたり最大200までです。",
      "メリディアン インサイトのクエリ応答時間は、2秒以内を標準としております（当社標準データセットで測定）。",
      "メリディアン インサイトの表示言語は、日本語・英語の2言語です。",
      "メリディアン インサイトは、業界初のノーコード自動分析機能を搭載しています。",
      "メリディアン インサイトの価格は、1ユーザーあたり月額4,000円（税抜）です。",
      "メリディアン インサイトの無料トライアル期間は30日間です。"]
doc("tokyo/insight_partner_overview.txt", DOC3, "tokyo", claims=[
    (I, "general_availability", "2027-01", "ok", R3[0]), (I, "max_dashboards", 200, "ok", R3[1]),
    (I, "query_latency", dur(2, "seconds"), "ok", R3[2]), (I, "ui_languages", 2, "unverified", R3[3]),
    (I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", R3[5]),
    (I, "free_trial", dur(30, "days"), "ok", R3[6])],
    findings=[("phrase", "ja.first-in-industry", None, R3[4])])

DOC4 = """# 御見積書

見積番号：OSK-2026-1187-R1
発行日：2026年11月13日
有効期限：2026年12月13日

堂島製薬株式会社 御中

メリディアン・データ株式会社 大阪オフィス
〒530-0001 大阪市北区梅田3-1-3 ノースゲートビル 12F
登録番号：T1234567890123
担当：高橋 浩二（TEL 06-6345-0170）

ご利用予定人数：150名
契約期間：2027年1月1日〜2027年12月31日

| 品目 | 単価 | 数量 | 金額 |
|---|---|---|---|
| メリディアン・シンク 月額基本料金（税込） | 55,000円 | 12か月 | 660,000円 |
| 導入支援サービス一式（税込） | 330,000円 | 1 | 330,000円 |
| 合計（税込） | | | 990,000円 |

備考
- メリディアン・シンク（旧称：メリディアン・ファイルシンク）は、最大10,000ユーザーまでご利用いただけます。
- お支払い条件：月末締め翌月末払い
- 本見積書は、2026年11月11日付のご案内（見積番号 OSK-2026-1187）を訂正したものです。
"""
R4a = "| メリディアン・シンク 月額基本料金（税込） | 55,000円 | 12か月 | 660,000円 |"
R4b = "- メリディアン・シンク（旧称：メリディアン・ファイルシンク）は、最大10,000ユーザーまでご利用いただけます。"
doc("osaka/dojima-pharma_sync_quote.md", DOC4, "osaka", claims=[
    (S, "monthly_price", jpy(55000, "month", "included"), "ok", R4a), (S, "max_users", 10000, "ok", R4b)],
    findings=[("terminology", None, S, R4b)])

# a draft: ignored by .onevoice.yaml, so no labels
doc("osaka/drafts/dojima-pharma_memo.md", """# 堂島製薬様 メモ（下書き・社外秘）

- メリディアン・シンク 月額48,000円で一度出してしまった → 11/13に訂正済み
- 旧上限5,000ユーザーの記載が古い営業資料に残っている。要差し替え。
""", "osaka")

# ================================================================== write mail, mbox, config, expected
def write_all():
    md = os.path.join(ROOT, "mail")
    shutil.rmtree(md, ignore_errors=True)
    os.makedirs(md)
    for fn, _, raw, *_ in MESSAGES:
        with open(os.path.join(md, fn), "wb") as fh:
            fh.write(raw)
    mbox = b""
    arch = sorted((m for m in MESSAGES if m[3]), key=lambda m: m[1])
    for fn, _, raw, _, frm, asct, *_ in arch:
        lines = raw.replace(b"\r\n", b"\n").split(b"\n")
        esc = [b">" + l if l.lstrip(b">").startswith(b"From ") else l for l in lines]
        mbox += ("From %s %s\n" % (frm, asct)).encode() + b"\n".join(esc).rstrip(b"\n") + b"\n\n"
    with open(os.path.join(md, "archive.mbox"), "wb") as fh:
        fh.write(mbox)
    # archive copies of every line of archived messages
    archived = {m[0] for m in arch}
    extra = [dict(o, file="mail/archive.mbox") for o in EXPECTED
             if o["file"].startswith("mail/") and o["file"][5:] in archived]
    xo = [{"type": "cross-office", "product": S, "attribute": "max_users", "offices": ["osaka", "tokyo"],
           "file": "mail/archive.mbox", "message_files": ["mail/0001.eml", "mail/0008.eml"],
           "values": {"osaka": 5000, "tokyo": 10000}},
          {"type": "cross-office", "product": S, "attribute": "monthly_price", "offices": ["osaka", "tokyo"],
           "file": "mail/archive.mbox", "message_files": ["mail/0001.eml", "mail/0008.eml"],
           "values": {"osaka": jpy(48000, "month", "excluded"), "tokyo": jpy(50000, "month", "excluded")}}]
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for o in EXPECTED + extra + xo:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for probe set 39 (SPEC section 6).
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
    print("%d messages (%d archived), %d expected lines" % (len(MESSAGES), len(arch), len(EXPECTED) + len(extra) + len(xo)))


write_all()
