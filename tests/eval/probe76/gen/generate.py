#!/usr/bin/env python3
"""Generate evaluation set 76 (Meridian Data, Japanese business documents and formal mail).

    python3 gen/generate.py        # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl

Stdlib only and deterministic: every byte written depends on this file alone.
Each message / document below carries its own answer key (the claims and
findings a perfect engine lists, labelled per /work/shared/eval/LABELS.md);
the archive repeats and the cross-office cases are derived from them.
"""
import base64, datetime, email.header, email.utils, hashlib, html, json, os, quopri, re, shutil, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOC_AS_OF = "2026-11-22"          # documents are judged as of this day (shared/eval/run)
JST = datetime.timezone(datetime.timedelta(hours=9))
PDT = datetime.timezone(datetime.timedelta(hours=-7))

SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12


def jpy(amount, per, tax):
    return {"amount": amount, "currency": "JPY", "per": per, "tax": tax}


def usd(amount, per):
    return {"amount": amount, "currency": "USD", "per": per, "tax": None}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    """One expected claim; office None = the speaker of the message / document."""
    return {"type": "claim", "product": product, "attribute": attribute, "value": value,
            "verdict": verdict, "quoted": quoted, "office": office, "text": text}


def F(kind, text, rule=None, product=None, quoted=False):
    return {"type": "finding", "kind": kind, "rule": rule, "product": product, "quoted": quoted, "text": text}


def did(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, name, addr, office):
        self.name, self.addr, self.office = name, addr, office


SATO = Person("佐藤 美咲", "misaki.sato@jp.meridian-data.com", "tokyo")
TAKAHASHI = Person("高橋 健一", "kenichi.takahashi@jp.meridian-data.com", "tokyo")
NAKAMURA = Person("中村 大輔", "daisuke.nakamura@osaka.jp.meridian-data.com", "osaka")
YAMAMOTO = Person("山本 由紀", "yuki.yamamoto@osaka.jp.meridian-data.com", "osaka")
CARTER = Person("Emily Carter", "emily.carter@meridian-data.com", "us-hq")
KIMURA = Person("木村 拓也", "t.kimura@hokushin-logistics.co.jp", "unknown")
MORI = Person("森 春香", "h.mori@hokushin-logistics.co.jp", "unknown")
YOSHIDA = Person("吉田 誠", "m.yoshida@naniwa-seiki.co.jp", "unknown")
OKAMOTO = Person("岡本 直樹", "n.okamoto@naniwa-seiki.co.jp", "unknown")
KOBAYASHI = Person("小林 真理子", "m.kobayashi@toho-techno.co.jp", "unknown")
FUJITA = Person("藤田 恵", "m.fujita@aobakai.or.jp", "unknown")
MATSUDA = Person("松田 翔太", "s.matsuda@arc-sys.co.jp", "unknown")
HOLLOWAY = Person("Greg Holloway", "greg.holloway@naniwa-seiki-us.com", "unknown")

SIG_SATO = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社　東京オフィス
営業本部　エンタープライズ営業部
佐藤　美咲（Misaki Sato）
〒100-0005　東京都千代田区丸の内1-6-5　丸の内北口ビル21F
TEL：03-6848-2710　FAX：03-6848-2711　携帯：090-4127-3358
E-mail：misaki.sato@jp.meridian-data.com
当社はISMS認証（ISO/IEC 27001、登録番号 IS 712345）を取得しております。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_TAKAHASHI = """--
メリディアン・データ株式会社 東京オフィス
ソリューション営業部　高橋 健一
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL 03-6848-2714 / 携帯 080-3391-7025
kenichi.takahashi@jp.meridian-data.com"""

SIG_NAKAMURA = """--------------------------------------------------
メリディアン・データ株式会社　大阪オフィス
西日本営業部　課長　中村 大輔
〒530-0001　大阪市北区梅田2-4-9　ブリーゼタワー15F
TEL 06-6147-3920（代表）　直通 06-6147-3925
Mail daisuke.nakamura@osaka.jp.meridian-data.com
--------------------------------------------------"""

SIG_YAMAMOTO = """--------------------------------------------------
メリディアン・データ株式会社　大阪オフィス
西日本営業部　山本 由紀
〒530-0001　大阪市北区梅田2-4-9　ブリーゼタワー15F
TEL 06-6147-3920（代表）　直通 06-6147-3931
Mail yuki.yamamoto@osaka.jp.meridian-data.com
--------------------------------------------------"""

# ---------------------------------------------------------------- MIME building
CRLF = "\r\n"


def enc_header(text, charset):
    """An RFC 2047 header the way Japanese mailers write it (B encoding, upper-case charset)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    cs = {"iso-2022-jp": "ISO-2022-JP", "utf-8": "UTF-8", "shift_jis": "ISO-2022-JP"}[charset]
    h = email.header.Header(text, cs.lower() if cs != "UTF-8" else "utf-8", maxlinelen=76)
    out = h.encode(linesep=CRLF)
    out = re.sub(r"=\?([^?]+)\?([bBqQ])\?", lambda m: "=?%s?%s?" % (m.group(1).upper(), m.group(2).upper()), out)
    return out


def enc_addr(p, charset):
    if p.name.isascii():
        return '"%s" <%s>' % (p.name, p.addr) if " " in p.name else "%s <%s>" % (p.name, p.addr)
    return "%s <%s>" % (enc_header(p.name, charset), p.addr)


def enc_body(text, charset, cte):
    """-> (bytes of the encoded body, with CRLF line ends)."""
    lines = text.split("\n")
    if cte == "7bit":                                       # ISO-2022-JP: every line back in ASCII
        return b"\r\n".join(l.encode(charset) for l in lines) + b"\r\n"
    raw = "\r\n".join(lines).encode(charset) + b"\r\n"
    if cte == "8bit":
        return raw
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return ("\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\r\n").encode()
    if cte == "quoted-printable":
        out = []
        for l in lines:
            q = quopri.encodestring(l.encode(charset)).decode().rstrip("\n")
            out.append(q.replace("\n", "\r\n"))
        return ("\r\n".join(out) + "\r\n").encode()
    raise ValueError(cte)


def part_text(text, charset, cte, subtype="plain"):
    cs = {"iso-2022-jp": "ISO-2022-JP", "utf-8": "UTF-8", "shift_jis": "Shift_JIS"}[charset]
    head = 'Content-Type: text/%s; charset="%s"%sContent-Transfer-Encoding: %s%s' % (subtype, cs, CRLF, cte, CRLF)
    return head.encode() + b"\r\n" + enc_body(text, charset, cte)


def boundary(seed, n=0):
    return "----=_Part_%s" % did(seed, str(n))[:24] if n % 2 == 0 else "------------%s" % did(seed, str(n))[:24].upper()


def multipart(subtype, parts, seed, n=0):
    b = boundary(seed, n)
    head = ('Content-Type: multipart/%s;%s\tboundary="%s"%s' % (subtype, CRLF, b, CRLF)).encode()
    body = b"This is a multi-part message in MIME format.\r\n"
    for p in parts:
        body += b"\r\n--" + b.encode() + b"\r\n" + p
    body += b"\r\n--" + b.encode() + b"--\r\n"
    return head + b"\r\n" + body


def to_html(text, strike=()):
    """The HTML alternative of a plain body, as Outlook / Gmail write it (same words)."""
    rows = []
    for line in text.split("\n"):
        esc = html.escape(line, quote=False) if line else "<br>"
        for s in strike:
            esc = esc.replace(html.escape(s, quote=False), "<s>%s</s>" % html.escape(s, quote=False))
        rows.append('<div style="font-family:\'Yu Gothic\',\'メイリオ\',sans-serif;font-size:10.5pt">%s</div>' % esc)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body lang="JA">\n%s\n</body>\n</html>' % "\n".join(rows))


def attachment(data, ctype, filename, extra=""):
    fn = "UTF-8''" + "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "".join("%%%02X" % b for b in c.encode()) for c in filename)
    head = ("Content-Type: %s;%s\tname*=%s%s%sContent-Transfer-Encoding: base64%sContent-Disposition: attachment;%s\tfilename*=%s%s"
            % (ctype, CRLF, fn, extra, CRLF, CRLF, CRLF, fn, CRLF))
    b = base64.b64encode(data).decode()
    return head.encode() + b"\r\n" + ("\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\r\n").encode()


class Msg:
    def __init__(self, n, date, frm, to, subject, charset, mid, body, cc=(), reply_to_mid=None, refs=(),
                 mailer=None, archive=False, expect=(), raw=None):
        self.n, self.date, self.frm, self.to, self.cc = n, date, frm, to, cc
        self.subject, self.charset, self.mid, self.body = subject, charset, mid, body
        self.reply_to_mid, self.refs, self.mailer, self.archive = reply_to_mid, refs, mailer, archive
        self.expect, self.raw = list(expect), raw
        self.file = "mail/%04d.eml" % n

    def bytes(self):
        if self.raw is not None:
            return self.raw
        cs = self.charset
        h = []
        h.append("From: " + enc_addr(self.frm, cs))
        h.append("To: " + ", ".join(enc_addr(p, cs) for p in self.to))
        if self.cc:
            h.append("Cc: " + ", ".join(enc_addr(p, cs) for p in self.cc))
        h.append("Subject: " + enc_header(self.subject, cs))
        h.append("Date: " + email.utils.format_datetime(self.date))
        h.append("Message-ID: <%s>" % self.mid)
        if self.reply_to_mid:
            h.append("In-Reply-To: <%s>" % self.reply_to_mid)
            h.append("References: " + (CRLF + " ").join("<%s>" % r for r in (list(self.refs) or [self.reply_to_mid])))
        h.append("MIME-Version: 1.0")
        if self.mailer:
            h.append(self.mailer if ":" in self.mailer else "X-Mailer: " + self.mailer)
        head = CRLF.join(h).encode() + b"\r\n"
        return head + self.body


def plain(text, charset, cte):
    return part_text(text, charset, cte)


def alt(text, charset, cte, seed, html_text=None, html_charset=None, html_cte=None):
    return multipart("alternative", [part_text(text, charset, cte),
                                     part_text(html_text or to_html(text), html_charset or charset, html_cte or cte, "html")],
                     seed, 1)


# ---------------------------------------------------------------- the messages
def jst(y, mo, d, h, mi, s=0):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=JST)


MSGS = []

# 0001 ---- Tokyo, first proposal cover mail (Outlook, ISO-2022-JP)
B0001 = """株式会社北辰物流
情報システム部　部長
木村　拓也　様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
メリディアン・データ株式会社の佐藤でございます。

先日はご多忙の中、貴重なお時間を頂戴し誠にありがとうございました。
お打ち合わせにてお伺いいたしました課題を踏まえ、
弊社「メリディアン・シンク」による全社ファイル共有基盤のご提案書を
取り急ぎお送り申し上げます。

ご提案の要点を以下にまとめさせていただきます。

【ご提案の要点】
・「メリディアン・シンク」は、1テナントあたり最大5,000ユーザーまでご利用いただけます。
・同製品では、各ユーザー様に1TBのストレージ容量をご用意しております。
・同製品の稼働率SLAは99.9％でございます。
・貴社の拠点数（全国14拠点）および従業員様約1,200名を前提に試算しております。

つきましては、2月24日（火）14時より、改めてご説明のお時間を
頂戴できますと幸いでございます。

ご不明な点がございましたら、何なりとお申し付けくださいませ。
何卒よろしくお願い申し上げます。

""" + SIG_SATO
MID0001 = "OS3P286MB1745%s@OS3P286MB1745.JPNP286.PROD.OUTLOOK.COM" % did("0001")[:20].upper()
C0001 = [
    C(SYNC, "max_users", 5000, "ok", "「メリディアン・シンク」は、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    C(SYNC, "storage_per_user", 1 * TB, "ok", "同製品では、各ユーザー様に1TBのストレージ容量をご用意しております。"),
    C(SYNC, "sla", 99.9, "ok", "同製品の稼働率SLAは99.9％でございます。"),
]
MSGS.append(Msg(1, jst(2026, 2, 16, 10, 32, 15), SATO, [KIMURA],
                "【ご提案】クラウドファイル共有基盤のご提案について（メリディアン・データ）", "iso-2022-jp", MID0001,
                plain(B0001, "iso-2022-jp", "7bit"), mailer="Microsoft Outlook 16.0", archive=True, expect=C0001))

# 0002 ---- customer reply with questions, Outlook quote block (UTF-8 base64, text + html)
B0002 = """メリディアン・データ株式会社
佐藤様

お世話になっております。北辰物流の木村です。
ご提案書をお送りいただきありがとうございます。社内で拝見いたしました。

いくつか確認させてください。

1. 倉庫の現場では通信が不安定な場所があります。メリディアン・シンクはオフラインでも利用可能でしょうか。
2. 当社の要件として、対応OSはWindows、macOS、Linuxの3種類が必須となります。
3. 以前お付き合いのあった販売代理店の方からは、メリディアン・シンクの稼働率は99.99％と伺っております。御社のご説明と異なりますので、どちらが正しいかご教示ください。

24日のお打ち合わせは14時で承知いたしました。弊社からは私と担当の森の2名で伺います。

よろしくお願いいたします。

-------------------------------------------
株式会社北辰物流　情報システム部
木村 拓也
〒135-0064 東京都江東区青海2-7-4 the SOHO 9F
TEL: 03-5532-8801 / 内線 2214
-------------------------------------------

-----Original Message-----
From: 佐藤 美咲 <misaki.sato@jp.meridian-data.com> 
Sent: Monday, February 16, 2026 10:32 AM
To: 木村 拓也 <t.kimura@hokushin-logistics.co.jp>
Subject: 【ご提案】クラウドファイル共有基盤のご提案について（メリディアン・データ）

""" + B0001
MID0002 = "TYCPR01MB8437%s@TYCPR01MB8437.jpnprd01.prod.outlook.com" % did("0002")[:20].upper()
C0002 = [
    C(SYNC, "sla", 99.99, "conflict", "販売代理店の方からは、メリディアン・シンクの稼働率は99.99％と伺っております。", office="unknown"),
] + [dict(c, quoted=True, office="tokyo") for c in C0001]
MSGS.append(Msg(2, jst(2026, 2, 20, 10, 12, 48), KIMURA, [SATO],
                "RE: 【ご提案】クラウドファイル共有基盤のご提案について（メリディアン・データ）", "utf-8", MID0002,
                alt(B0002, "utf-8", "base64", "0002"), reply_to_mid=MID0001, mailer="Microsoft Outlook 16.0",
                archive=True, expect=C0002))

# 0003 ---- Tokyo answers inline (ISO-2022-JP, "日付 名前 <addr>:" quote header, interleaved)
B0003 = """木村様

いつも大変お世話になっております。メリディアン・データの佐藤でございます。
ご質問をいただき、誠にありがとうございます。
以下、いただいたご質問にインラインにて回答させていただきます。

2026年2月20日(金) 10:12 木村 拓也 <t.kimura@hokushin-logistics.co.jp>:
> 1. 倉庫の現場では通信が不安定な場所があります。メリディアン・シンクはオフラインでも利用可能でしょうか。

大変申し訳ございませんが、メリディアン・シンクはオフライン環境ではご利用いただけません。
同期にはインターネット接続が必要となりますため、現場端末につきましてはモバイル回線の併用をご検討いただけますと幸いです。

> 2. 当社の要件として、対応OSはWindows、macOS、Linuxの3種類が必須となります。

同製品の対応OSは、Windows、macOS、iOS、Androidでございます。
誠に恐縮ながら、Linuxには対応しておりません。
Linux端末からは、ブラウザ経由でのファイル閲覧のみ可能でございます。

> 3. 以前お付き合いのあった販売代理店の方からは、メリディアン・シンクの稼働率は99.99％と伺っております。御社のご説明と異なりますので、どちらが正しいかご教示ください。

ご心配をおかけし申し訳ございません。
メリディアン・シンクの稼働率SLAは、契約上99.9％でございます。
99.99％という数値は弊社の公式な値ではございませんので、何卒ご容赦くださいませ。

24日は14時に貴社受付へお伺いいたします。
引き続きどうぞよろしくお願い申し上げます。

""" + SIG_SATO
MID0003 = "OS3P286MB1745%s@OS3P286MB1745.JPNP286.PROD.OUTLOOK.COM" % did("0003")[:20].upper()
C0003 = [
    C(SYNC, "sla", 99.99, "conflict", "販売代理店の方からは、メリディアン・シンクの稼働率は99.99％と伺っております。",
      quoted=True, office="unknown"),
    C(SYNC, "offline_mode", False, "ok", "メリディアン・シンクはオフライン環境ではご利用いただけません。"),
] + [C(SYNC, "supported_platforms", m, "ok", "同製品の対応OSは、Windows、macOS、iOS、Androidでございます。")
     for m in ("Windows", "macOS", "iOS", "Android")] + [
    C(SYNC, "sla", 99.9, "ok", "メリディアン・シンクの稼働率SLAは、契約上99.9％でございます。"),
]
MSGS.append(Msg(3, jst(2026, 2, 23, 18, 5, 2), SATO, [KIMURA], "RE: 【ご提案】クラウドファイル共有基盤のご提案について（メリディアン・データ）",
                "iso-2022-jp", MID0003, plain(B0003, "iso-2022-jp", "7bit"), cc=[MORI], reply_to_mid=MID0002,
                refs=[MID0001, MID0002], mailer="Microsoft Outlook 16.0", archive=True, expect=C0003))

# 0004 ---- Osaka, quotation cover mail with 記書き and a PDF (Thunderbird, ISO-2022-JP)
B0004 = """浪速精機株式会社
購買部　吉田　様
（CC：情報システム課　岡本様）

いつも大変お世話になっております。
メリディアン・データ大阪オフィスの中村でございます。

先日ご依頼いただきました「メリディアン・ボールト」のお見積書を
添付にてお送りいたします。ご査収のほど、よろしくお願い申し上げます。

　　　　　　　　　　　記

１．見積番号　　：MD-OSK-26-0311
２．対象製品　　：メリディアン・ボールト（容量課金プラン）
３．ご利用容量　：４０ＴＢ（貴社ご指定）
４．ご提供単価　：同製品１ＴＢあたり月額２，８００円（税抜）
５．見積有効期限：令和８年４月３０日（2026年4月30日）

　　　　　　　　　　　　　　　　　　　　　　　　以上

なお、同製品のバックアップは標準で９０日間保持され、RPO（目標復旧時点）は１５分でございます。
初年度に限り、年間一括お支払いの場合は８％のお値引きを適用させていただきます。

ご不明な点がございましたら、お気軽にお申し付けください。

""" + SIG_NAKAMURA
PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
       b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
       b"4 0 obj\n<< /Length 58 >>\nstream\nBT /F1 12 Tf 72 760 Td (Quotation MD-OSK-26-0311) Tj ET\nendstream\nendobj\n"
       b"xref\n0 5\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n")
MID0004 = "7d2c1f0e-%s@osaka.jp.meridian-data.com" % did("0004")[:27]
MID0004 = "%s-%s-%s-%s-%s@osaka.jp.meridian-data.com" % tuple(did("0004")[a:b] for a, b in ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32)))
C0004 = [
    C(VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "４．ご提供単価　：同製品１ＴＢあたり月額２，８００円（税抜）"),
    C(VAULT, "retention", dur(90, "days"), "ok", "なお、同製品のバックアップは標準で９０日間保持され、RPO（目標復旧時点）は１５分でございます。"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "なお、同製品のバックアップは標準で９０日間保持され、RPO（目標復旧時点）は１５分でございます。"),
]
MSGS.append(Msg(4, jst(2026, 3, 5, 16, 47, 33), NAKAMURA, [YOSHIDA],
                "【お見積書送付】メリディアン・ボールト　バックアップサービス（見積No.MD-OSK-26-0311）", "iso-2022-jp", MID0004,
                multipart("mixed", [plain(B0004, "iso-2022-jp", "7bit"),
                                    attachment(PDF, "application/pdf", "見積書_MD-OSK-26-0311.pdf")], "0004"),
                cc=[OKAMOTO], mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1",
                archive=True, expect=C0004))

# 0005 ---- Osaka, conditions of use (Outlook, UTF-8 quoted-printable)
B0005 = """浪速精機株式会社
情報システム課　岡本　様

いつもお世話になっております。
メリディアン・データ大阪オフィスの山本でございます。

本日のお電話にてお問い合わせいただきました「メリディアン・シンク」の
ご利用条件につきまして、下記のとおりご回答申し上げます。

■ご利用人数
現行の契約条件では、メリディアン・シンクは最大5,000ユーザーまでご利用いただけます。
貴社の現在のご利用予定数（約850名）であれば、十分に余裕がございます。

■料金
同製品の月額料金は55,000円（税込）でございます。

■認証
同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。

また、来週3月26日（木）の定例会にて、詳細なお見積りをお持ちいたします。

何卒よろしくお願い申し上げます。

""" + SIG_YAMAMOTO
MID0005 = "TY0PR01MB10563%s@TY0PR01MB10563.jpnprd01.prod.outlook.com" % did("0005")[:20].upper()
C0005 = [
    C(SYNC, "max_users", 5000, "ok", "現行の契約条件では、メリディアン・シンクは最大5,000ユーザーまでご利用いただけます。"),
    C(SYNC, "monthly_price", jpy(55000, "month", "included"), "ok", "同製品の月額料金は55,000円（税込）でございます。"),
    C(SYNC, "certifications", "ISO 27001", "ok", "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。"),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。"),
]
MSGS.append(Msg(5, jst(2026, 3, 19, 11, 20, 9), YAMAMOTO, [OKAMOTO], "メリディアン・シンクのご利用条件について", "utf-8", MID0005,
                plain(B0005, "utf-8", "quoted-printable"), mailer="Microsoft Outlook 16.0", archive=True, expect=C0005))

# 0006 ---- Tokyo, formal letter (拝啓…敬具), new user limit (Becky!, ISO-2022-JP)
B0006 = """東邦テクノサービス株式会社
総務部　IT推進グループ
小林　真理子　様

拝啓　陽春の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、先般ご相談いただいておりましたグループ会社様への展開につきまして、
朗報をお知らせ申し上げます。
メリディアン・シンクは、令和8年4月1日より1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。
これにより、グループ全体（約6,300名）を単一テナントで運用いただくことが可能でございます。

料金につきましては、従来どおり同製品の月額料金は50,000円（税抜）でございます。
なお、グループ会社様向けのボリュームディスカウントにつきましては、別途お見積りにてご提示いたします。

ご検討のほど、何卒よろしくお願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

""" + SIG_TAKAHASHI
MID0006 = "20260414095812.7C41.4E2A9B17@jp.meridian-data.com"
C0006 = [
    C(SYNC, "max_users", 10000, "ok", "メリディアン・シンクは、令和8年4月1日より1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。"),
    C(SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok", "従来どおり同製品の月額料金は50,000円（税抜）でございます。"),
]
MSGS.append(Msg(6, jst(2026, 4, 14, 9, 58, 12), TAKAHASHI, [KOBAYASHI], "メリディアン・シンク　ご利用上限拡大のお知らせとお見積りについて",
                "iso-2022-jp", MID0006, plain(B0006, "iso-2022-jp", "7bit"), mailer="Becky! ver. 2.81.04 [ja]",
                archive=True, expect=C0006))

# 0007 ---- customer asks about migrating from the old product name (Active! mail, Shift_JIS base64)
B0007 = """メリディアン・データ株式会社
高橋様

お世話になっております。東邦テクノサービスの小林です。
上限拡大のご案内ありがとうございました。社内でも前向きに検討しております。

一点ご相談です。
当社では2019年からメリディアン・ファイルシンクを一部部署で利用しておりますが、
新契約への移行時にデータの引き継ぎは可能でしょうか。
また、移行作業の目安期間もご教示いただけますと助かります。

お手数ですが、よろしくお願いいたします。

小林
"""
MID0007 = "20260512173310.%s@toho-techno.co.jp" % did("0007")[:12]
MSGS.append(Msg(7, jst(2026, 5, 12, 17, 33, 10), KOBAYASHI, [TAKAHASHI], "Re: メリディアン・シンク　ご利用上限拡大のお知らせとお見積りについて",
                "shift_jis", MID0007, plain(B0007, "shift_jis", "base64"), reply_to_mid=MID0006,
                mailer="Active! mail", expect=[
                    F("terminology", "当社では2019年からメリディアン・ファイルシンクを一部部署で利用しておりますが、", product=SYNC)]))

# 0008 ---- Tokyo answers; the old name only inside a URL (Becky!, ISO-2022-JP)
B0008 = """小林様

いつも大変お世話になっております。メリディアン・データの高橋でございます。
前向きにご検討いただいているとのこと、誠にありがとうございます。

2026年5月12日(火) 17:33 小林 真理子 <m.kobayashi@toho-techno.co.jp>:
> 新契約への移行時にデータの引き継ぎは可能でしょうか。

はい、既存のデータはそのままメリディアン・シンクの新テナントへ移行いただけます。
手順の詳細は下記のサポートページにまとめておりますので、ご参照くださいませ。
https://support.meridian-data.com/ja/MeridianFileSync/migration-guide

移行作業の目安は、データ量10TBあたりおよそ3営業日でございます。
移行期間中も、メリディアン・シンクの各ユーザー様には1ユーザーあたり1TBのストレージをご利用いただけます。

引き続きよろしくお願い申し上げます。

""" + SIG_TAKAHASHI
MID0008 = "20260513101544.7C58.4E2A9B17@jp.meridian-data.com"
MSGS.append(Msg(8, jst(2026, 5, 13, 10, 15, 44), TAKAHASHI, [KOBAYASHI], "Re: メリディアン・シンク　ご利用上限拡大のお知らせとお見積りについて",
                "iso-2022-jp", MID0008, plain(B0008, "iso-2022-jp", "7bit"), reply_to_mid=MID0007, refs=[MID0006, MID0007],
                mailer="Becky! ver. 2.81.04 [ja]", expect=[
                    C(SYNC, "storage_per_user", 1 * TB, "ok", "移行期間中も、メリディアン・シンクの各ユーザー様には1ユーザーあたり1TBのストレージをご利用いただけます。")]))

# 0009 ---- Osaka, Vault recovery answers: RPO 5 min, Singapore, 絶対 (Thunderbird HTML, UTF-8 base64)
B0009 = """浪速精機株式会社
購買部　吉田　様

平素より大変お世話になっております。
メリディアン・データ大阪オフィスの中村でございます。

先日の定例会でご質問をいただきました、メリディアン・ボールトの復旧性能につきまして、
下記のとおりご回答申し上げます。

・RPO（目標復旧時点）：メリディアン・ボールトでは最短5分間隔でのバックアップにより、RPOは5分となります。
・データセンター：同製品のデータは、東京・大阪・シンガポールの各データセンターで冗長化して保管いたします。
・暗号化方式：同製品は保存データをAES-256で暗号化しております。
・データ消失について：二重三重の冗長構成により、お預かりしたデータが失われることは絶対にございません。

また、工場の生産管理サーバー（約18TB）につきましても、同じ仕組みで保護が可能でございます。

引き続き何卒よろしくお願い申し上げます。

""" + SIG_NAKAMURA
MID0009 = "%s-%s-%s-%s-%s@osaka.jp.meridian-data.com" % tuple(did("0009")[a:b] for a, b in ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32)))
T0009_DC = "・データセンター：同製品のデータは、東京・大阪・シンガポールの各データセンターで冗長化して保管いたします。"
C0009 = [
    C(VAULT, "rpo", dur(5, "minutes"), "conflict", "・RPO（目標復旧時点）：メリディアン・ボールトでは最短5分間隔でのバックアップにより、RPOは5分となります。"),
    C(VAULT, "data_centers", "Tokyo", "ok", T0009_DC),
    C(VAULT, "data_centers", "Osaka", "ok", T0009_DC),
    C(VAULT, "data_centers", "Singapore", "conflict", T0009_DC),
    C(VAULT, "encryption", "AES-256", "ok", "・暗号化方式：同製品は保存データをAES-256で暗号化しております。"),
    F("phrase", "お預かりしたデータが失われることは絶対にございません。", rule="ja.absolute"),
]
MSGS.append(Msg(9, jst(2026, 6, 2, 13, 15, 27), NAKAMURA, [YOSHIDA], "【メリディアン・ボールト】復旧性能に関するご質問への回答",
                "utf-8", MID0009, alt(B0009, "utf-8", "base64", "0009"), cc=[OKAMOTO],
                mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0",
                archive=True, expect=C0009))

# 0010 ---- Tokyo, Vault follow-up to a hospital group: RPO 15 min, RTO, 4 data centres (Outlook, ISO-2022-JP)
B0010 = """医療法人社団　青葉会
法人本部　事務局　システム担当
藤田　恵　様

いつも大変お世話になっております。
メリディアン・データ東京オフィスの佐藤でございます。

先日は弊社「メリディアン・ボールト」の説明会にご参加いただき、誠にありがとうございました。
説明会にていただいたご質問について、以下のとおり補足させていただきます。

【復旧について】
メリディアン・ボールトのRPO（目標復旧時点）は15分でございます。
また、同製品の障害発生時の目標復旧時間（RTO）は4時間以内を目安としております。

【データの保管場所】
同製品のデータセンターは、東京、大阪、オレゴン、フランクフルトの4拠点でございます。
貴法人の診療データは、ご指定により東京・大阪の国内2拠点のみで保管することも可能です。

【容量】
同製品は1テナントあたり最大500TBまで保存いただけます。

なお、電子カルテ系のバックアップ対象（約32TB）の試算は、次回7月8日（水）のお打ち合わせにてご説明いたします。

何卒よろしくお願い申し上げます。

""" + SIG_SATO
MID0010 = "OS3P286MB1745%s@OS3P286MB1745.JPNP286.PROD.OUTLOOK.COM" % did("0010")[:20].upper()
T0010_DC = "同製品のデータセンターは、東京、大阪、オレゴン、フランクフルトの4拠点でございます。"
C0010 = [
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトのRPO（目標復旧時点）は15分でございます。"),
    C(VAULT, "rto", dur(4, "hours"), "unverified", "また、同製品の障害発生時の目標復旧時間（RTO）は4時間以内を目安としております。"),
] + [C(VAULT, "data_centers", m, "ok", T0010_DC) for m in ("Tokyo", "Osaka", "Oregon", "Frankfurt")] + [
    C(VAULT, "max_storage", 500 * TB, "ok", "同製品は1テナントあたり最大500TBまで保存いただけます。"),
]
MSGS.append(Msg(10, jst(2026, 6, 19, 17, 42, 50), SATO, [FUJITA], "バックアップ基盤ご提案に関する補足のご連絡", "iso-2022-jp", MID0010,
                plain(B0010, "iso-2022-jp", "7bit"), mailer="Microsoft Outlook 16.0", archive=True, expect=C0010))

# 0011 ---- Tokyo, Insight beta introduction: 500 dashboards (Becky!, UTF-8 base64)
B0011 = """東邦テクノサービス株式会社
総務部　IT推進グループ
小林　真理子　様

いつもお世話になっております。メリディアン・データの高橋でございます。
先日お問い合わせいただいた分析基盤「メリディアン・インサイト」について、概要をお送りいたします。

・メリディアン・インサイトは現在ベータ版として提供中で、2027年1月に一般提供を開始する予定です。
・同製品では、1ワークスペースあたり最大500個のダッシュボードを作成いただけます。
・同製品のクエリ応答時間は最大2秒（1億行規模のワークスペースでの実測値）です。
・同製品には30日間の無料トライアルをご用意しております。

評価環境のご用意は、7月中旬を目途に進めております。
ご質問等ございましたら、お気軽にご連絡くださいませ。

""" + SIG_TAKAHASHI
MID0011 = "20260702143006.7D02.4E2A9B17@jp.meridian-data.com"
C0011 = [
    C(INSIGHT, "general_availability", "2027-01", "ok", "・メリディアン・インサイトは現在ベータ版として提供中で、2027年1月に一般提供を開始する予定です。"),
    C(INSIGHT, "max_dashboards", 500, "conflict", "・同製品では、1ワークスペースあたり最大500個のダッシュボードを作成いただけます。"),
    C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "・同製品のクエリ応答時間は最大2秒（1億行規模のワークスペースでの実測値）です。"),
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "・同製品には30日間の無料トライアルをご用意しております。"),
]
MSGS.append(Msg(11, jst(2026, 7, 2, 14, 30, 6), TAKAHASHI, [KOBAYASHI], "メリディアン・インサイト（ベータ版）のご案内", "utf-8", MID0011,
                plain(B0011, "utf-8", "base64"), mailer="Becky! ver. 2.81.04 [ja]", archive=True, expect=C0011))

# 0012 ---- Osaka, Insight evaluation: 200 dashboards, 40 connectors; quotes the customer's Outlook mail
B0012 = """浪速精機株式会社
情報システム課　岡本　様

いつも大変お世話になっております。
メリディアン・データ大阪オフィスの山本でございます。

先日お話しいたしました分析基盤「メリディアン・インサイト」につきまして、
ベータ版評価のご案内をお送りいたします。

【評価概要】
（１）評価期間：同製品は30日間の無料トライアルとして、8月3日（月）から開始いただけます。
（２）ダッシュボード：メリディアン・インサイトでは最大200個のダッシュボードを作成いただけます。
（３）連携：同製品は生産管理システムを含む約40種類のデータソースと標準連携しております。

※評価環境のご利用にあたっては、別途NDAの締結をお願いしております。

ご不明点がございましたら、山本までお気軽にお問い合わせください。

""" + SIG_YAMAMOTO + """

-----元のメッセージ-----
差出人: 岡本 直樹 <n.okamoto@naniwa-seiki.co.jp> 
送信日時: 2026年7月17日 16:40
宛先: 山本 由紀 <yuki.yamamoto@osaka.jp.meridian-data.com>
件名: 分析ツールの評価について

山本様

お世話になっております。浪速精機の岡本です。
先日お話のあった分析ツールについて、評価版を試してみたいと考えております。
ダッシュボードは何個まで作れるのか、また評価期間はどのくらいか教えてください。

岡本
"""
MID0012 = "TY0PR01MB10563%s@TY0PR01MB10563.jpnprd01.prod.outlook.com" % did("0012")[:20].upper()
C0012 = [
    C(INSIGHT, "free_trial", dur(30, "days"), "ok", "（１）評価期間：同製品は30日間の無料トライアルとして、8月3日（月）から開始いただけます。"),
    C(INSIGHT, "max_dashboards", 200, "ok", "（２）ダッシュボード：メリディアン・インサイトでは最大200個のダッシュボードを作成いただけます。"),
    C(INSIGHT, "integrations", 40, "unverified", "（３）連携：同製品は生産管理システムを含む約40種類のデータソースと標準連携しております。"),
]
MSGS.append(Msg(12, jst(2026, 7, 21, 10, 3, 41), YAMAMOTO, [OKAMOTO], "RE: 分析ツールの評価について", "iso-2022-jp", MID0012,
                plain(B0012, "iso-2022-jp", "7bit"), reply_to_mid="OSAPR01MB7720%s@OSAPR01MB7720.jpnprd01.prod.outlook.com" % did("okamoto")[:16].upper(),
                mailer="Microsoft Outlook 16.0", archive=True, expect=C0012))

# 0013 ---- Tokyo forwards an Osaka colleague's note inline (Thunderbird, UTF-8 8bit)
B0013 = """藤田様

いつも大変お世話になっております。メリディアン・データの佐藤でございます。

先日お問い合わせいただいた他の医療機関様での導入実績について、
弊社大阪オフィスの中村より社内向けに共有があった内容を、許可を得て転送させていただきます。
個別の医療機関名は伏せさせていただいております点、ご了承くださいませ。

ご参考になりましたら幸いでございます。

佐藤

-------- 転送メッセージ --------
件名: 	医療機関様向けバックアップ構成の実績について
日付: 	Mon, 3 Aug 2026 18:22:41 +0900
送信者: 	中村 大輔 <daisuke.nakamura@osaka.jp.meridian-data.com>
宛先: 	佐藤 美咲 <misaki.sato@jp.meridian-data.com>

佐藤さん

お疲れさまです。大阪の中村です。
関西の病院グループ（病床数約420床）での構成をまとめましたので共有します。

・対象：電子カルテ、PACS画像の二系統
・メリディアン・ボールトのバックアップ保持期間は標準の90日間で運用
・同製品は全データをAES-256で暗号化して保管
・容量は約65TBでスタートし、3年後に120TB程度を見込み

病院側からは「業界初のランサムウェア対策」と説明したところ評価いただけました。
以上、ご参考まで。

中村
"""
MID0013 = "%s-%s-%s-%s-%s@jp.meridian-data.com" % tuple(did("0013")[a:b] for a, b in ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32)))
C0013 = [
    C(VAULT, "retention", dur(90, "days"), "ok", "・メリディアン・ボールトのバックアップ保持期間は標準の90日間で運用", quoted=True, office="osaka"),
    C(VAULT, "encryption", "AES-256", "ok", "・同製品は全データをAES-256で暗号化して保管", quoted=True, office="osaka"),
    F("phrase", "病院側からは「業界初のランサムウェア対策」と説明したところ評価いただけました。", rule="ja.first-in-industry", quoted=True),
]
MSGS.append(Msg(13, jst(2026, 8, 4, 9, 12, 30), SATO, [FUJITA], "Fwd: 医療機関様向けバックアップ構成の実績について", "utf-8", MID0013,
                plain(B0013, "utf-8", "8bit"),
                mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.13.0",
                archive=True, expect=C0013))

# 0014 ---- customer (Gmail) reports what a booth attendant said about Insight GA
B0014 = """メリディアン・データ株式会社
佐藤様

いつもお世話になっております。青葉会の藤田です。
転送いただいた資料、大変参考になりました。ありがとうございます。

別件で恐縮ですが、先月の医療ITフェアの御社ブースで、
メリディアン・インサイトは2026年12月に正式リリースされると伺いました。
当会では来年度予算での導入を検討しておりますので、
正式版の料金とあわせて、スケジュールに変更がないかご確認いただけますでしょうか。

また、ダッシュボードは部門ごとに作成したく、最低でも150個は必要になる見込みです。

よろしくお願いいたします。

医療法人社団 青葉会 法人本部事務局
藤田 恵
TEL 045-910-3342（直通）
"""
MID0014 = "CAGx%s+%s@mail.gmail.com" % (did("0014")[:14], did("0014b")[:10])
MSGS.append(Msg(14, jst(2026, 8, 18, 15, 6, 11), FUJITA, [SATO], "メリディアン・インサイトについて", "utf-8", MID0014,
                alt(B0014, "utf-8", "base64", "0014"), archive=True, expect=[
                    C(INSIGHT, "general_availability", "2026-12", "conflict", "メリディアン・インサイトは2026年12月に正式リリースされると伺いました。",
                      office="unknown")]))

# 0015 ---- Tokyo corrects the GA date and gives the JPY per-user price (ISO-2022-JP, interleaved)
B0015 = """藤田様

いつも大変お世話になっております。メリディアン・データの佐藤でございます。
お問い合わせいただき、誠にありがとうございます。

2026年8月18日(火) 15:06 藤田 恵 <m.fujita@aobakai.or.jp>:
> 先月の医療ITフェアの御社ブースで、
> メリディアン・インサイトは2026年12月に正式リリースされると伺いました。

ブースにてご案内した担当者の説明に誤りがあり、大変失礼いたしました。
メリディアン・インサイトの一般提供開始は、2027年1月を予定しております。
現在はベータ版としてご評価いただける状態でございます。

> 正式版の料金とあわせて、スケジュールに変更がないかご確認いただけますでしょうか。

同製品の正式版の料金は、1ユーザーあたり月額4,000円（税抜）を予定しております。

ご予算化のご参考になりましたら幸いでございます。
何卒よろしくお願い申し上げます。

""" + SIG_SATO
MID0015 = "OS3P286MB1745%s@OS3P286MB1745.JPNP286.PROD.OUTLOOK.COM" % did("0015")[:20].upper()
C0015 = [
    C(INSIGHT, "general_availability", "2026-12", "conflict", "メリディアン・インサイトは2026年12月に正式リリースされると伺いました。",
      quoted=True, office="unknown"),
    C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン・インサイトの一般提供開始は、2027年1月を予定しております。"),
    C(INSIGHT, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "同製品の正式版の料金は、1ユーザーあたり月額4,000円（税抜）を予定しております。"),
]
MSGS.append(Msg(15, jst(2026, 8, 19, 11, 24, 5), SATO, [FUJITA], "RE: メリディアン・インサイトについて", "iso-2022-jp", MID0015,
                plain(B0015, "iso-2022-jp", "7bit"), reply_to_mid=MID0014, mailer="Microsoft Outlook 16.0",
                archive=True, expect=C0015))

# 0016 ---- US HQ, the one English cover mail (Outlook for Mac, UTF-8 quoted-printable, text + html)
B0016 = """Hi Greg,

Thanks again for making time on Thursday, and for walking us through the Torrance plant setup. As promised, attached is our proposal for Meridian Vault, which mirrors the design Daisuke Nakamura's team put together for your parent company in Osaka.

A quick summary of the points we discussed:

- Pricing: Meridian Vault is $20 per TB per month, billed monthly in arrears.
- Availability: Meridian Vault is backed by a 99.99% availability SLA.
- Hosting: for your US sites Meridian Vault would run in our Oregon data center, with Frankfurt as an option for the Düsseldorf office.
- Recovery: Meridian Vault offers industry-leading recovery times, and your backups are retained for 90 days by default.

You mentioned roughly 120 TB across the two plants today. Meridian Vault holds up to 500 TB per tenant, so there's plenty of headroom for the three-year plan.

From the Osaka side, Daisuke confirmed that the 8% first-year discount offered to your parent company can be extended to the US entity if both contracts are signed by October 30.

Let me know if a call on Tuesday 9/15 at 10am PT works for a walkthrough with your security team.

Best regards,
Emily

Emily Carter | Senior Account Executive, Strategic Accounts
Meridian Data Inc. | 100 Montgomery St, Suite 1800, San Francisco, CA 94104
T +1 (415) 555-0143 | M +1 (628) 555-0198
"""
MID0016 = "BY5PR11MB4038%s@BY5PR11MB4038.namprd11.prod.outlook.com" % did("0016")[:20].upper()
T0016_DC = "- Hosting: for your US sites Meridian Vault would run in our Oregon data center, with Frankfurt as an option for the Düsseldorf office."
T0016_RET = "- Recovery: Meridian Vault offers industry-leading recovery times, and your backups are retained for 90 days by default."
C0016 = [
    C(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "- Pricing: Meridian Vault is $20 per TB per month, billed monthly in arrears."),
    C(VAULT, "sla", 99.99, "conflict", "- Availability: Meridian Vault is backed by a 99.99% availability SLA."),
    C(VAULT, "data_centers", "Oregon", "ok", T0016_DC),
    C(VAULT, "data_centers", "Frankfurt", "ok", T0016_DC),
    C(VAULT, "retention", dur(90, "days"), "ok", T0016_RET),
    C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault holds up to 500 TB per tenant, so there's plenty of headroom for the three-year plan."),
    F("phrase", T0016_RET, rule="en.superlative"),
]
H0016 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + "\n".join(
    ("<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>\n")) if not p.startswith("- ") else
    "<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % html.escape(l[2:], quote=False) for l in p.split("\n"))
    for p in B0016.strip("\n").split("\n\n")) + "\n</body></html>"
MSGS.append(Msg(16, datetime.datetime(2026, 9, 8, 8, 15, 37, tzinfo=PDT), CARTER, [HOLLOWAY],
                "Meridian Vault proposal for Naniwa Seiki America - cover note", "utf-8", MID0016,
                multipart("mixed", [alt(B0016, "utf-8", "quoted-printable", "0016", html_text=H0016),
                                    attachment(PDF.replace(b"Quotation MD-OSK-26-0311", b"Proposal NSA-2026-09"), "application/pdf",
                                               "Meridian Vault Proposal - Naniwa Seiki America.pdf")], "0016"),
                cc=[NAKAMURA], mailer="Microsoft Outlook 16.0", archive=True, expect=C0016))

# 0017 ---- Tokyo, Vault for the group: SLA, JPY and USD prices, 業界最安 (Becky!, ISO-2022-JP)
B0017 = """東邦テクノサービス株式会社
総務部　IT推進グループ
小林　真理子　様

いつも格別のお引き立てを賜り、誠にありがとうございます。
メリディアン・データの高橋でございます。

先日のお打ち合わせでご要望をいただきました、バックアップ基盤のグループ展開につきまして、
弊社「メリディアン・ボールト」の概要をご案内申し上げます。

１．サービスレベル
　メリディアン・ボールトのSLA（月間稼働率）は99.95％でございます。

２．料金
　同製品の料金は1TBあたり月額2,800円（税抜）で、業界最安水準となっております。
　なお、米国のグループ会社様で直接ご契約いただく場合は、同製品は1TBあたり月額20米ドルとなります。

３．スケジュール
　令和8年10月中にご契約いただけましたら、11月16日（月）からの本番稼働が可能でございます。

※上記金額には、初期設定費用（別途お見積り）は含まれておりません。

ご検討のほど、何卒よろしくお願い申し上げます。

""" + SIG_TAKAHASHI
MID0017 = "20260925101532.6A3F.4E2A9B17@jp.meridian-data.com"
C0017 = [
    C(VAULT, "sla", 99.95, "ok", "メリディアン・ボールトのSLA（月間稼働率）は99.95％でございます。"),
    C(VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "同製品の料金は1TBあたり月額2,800円（税抜）で、業界最安水準となっております。"),
    C(VAULT, "price_per_tb", usd(20, "TB-month"), "office-variant", "なお、米国のグループ会社様で直接ご契約いただく場合は、同製品は1TBあたり月額20米ドルとなります。"),
    F("phrase", "同製品の料金は1TBあたり月額2,800円（税抜）で、業界最安水準となっております。", rule="ja.cheapest"),
]
MSGS.append(Msg(17, jst(2026, 9, 25, 10, 15, 32), TAKAHASHI, [KOBAYASHI], "メリディアン・ボールト　グループ展開時のご提案（概要）",
                "iso-2022-jp", MID0017, plain(B0017, "iso-2022-jp", "7bit"), mailer="Becky! ver. 2.81.04 [ja]",
                archive=True, expect=C0017))

# 0018 ---- Osaka, Insight price 3,600 yen (Thunderbird HTML, UTF-8 base64)
B0018 = """浪速精機株式会社
情報システム課　岡本　様

いつも大変お世話になっております。
メリディアン・データ大阪オフィスの中村でございます。

ベータ版のご評価をいただき、誠にありがとうございました。
現場の皆様から「集計が速くなった」とのお声を頂戴し、担当一同大変嬉しく存じます。

正式版のお見積りにつきまして、概要を先行してご案内いたします。

・メリディアン・インサイトの正式版は、1ユーザーあたり月額3,600円（税抜）でご提供いたします。
・ご利用予定の45ユーザー分で算出しております（お見積書は別途郵送いたします）。
・同製品の正式版は、2027年1月より一般提供を開始する予定でございます。

ご不明な点がございましたら、何なりとお申し付けくださいませ。

""" + SIG_NAKAMURA
MID0018 = "%s-%s-%s-%s-%s@osaka.jp.meridian-data.com" % tuple(did("0018")[a:b] for a, b in ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32)))
C0018 = [
    C(INSIGHT, "per_user_price", jpy(3600, "user-month", "excluded"), "conflict", "・メリディアン・インサイトの正式版は、1ユーザーあたり月額3,600円（税抜）でご提供いたします。"),
    C(INSIGHT, "general_availability", "2027-01", "ok", "・同製品の正式版は、2027年1月より一般提供を開始する予定でございます。"),
]
MSGS.append(Msg(18, jst(2026, 10, 9, 16, 2, 18), NAKAMURA, [OKAMOTO], "メリディアン・インサイト　正式版お見積りのご案内", "utf-8", MID0018,
                alt(B0018, "utf-8", "base64", "0018"),
                mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.14.0",
                archive=True, expect=C0018))

# 0019 ---- Tokyo, Insight quotation with 記書き, 税込 price, No.1※ with its note, <1 s latency (Outlook, ISO-2022-JP)
B0019 = """医療法人社団　青葉会
法人本部　事務局　システム担当
藤田　恵　様

いつも大変お世話になっております。
メリディアン・データ東京オフィスの佐藤でございます。

先般ご依頼いただきました「メリディアン・インサイト」正式版のお見積りにつきまして、
下記のとおりご案内申し上げます。

記

１．対象製品　：メリディアン・インサイト（正式版）
２．ご利用料金：同製品は1ユーザーあたり月額4,400円（税込）
３．ご利用人数：60ユーザー（各部門ご担当者様分）
４．ご契約開始：令和9年1月1日（2027年1月1日）

以上

なお、同製品は国内シェアNo.1※のBIエンジンを基盤技術として採用しており、
大量データでも同製品のクエリ応答時間は1秒未満でございます。

※2026年6月 テクノリサーチ社調べ（国内セルフサービスBI市場、出荷金額ベース）

ご検討のほど、何卒よろしくお願い申し上げます。

""" + SIG_SATO
MID0019 = "OS3P286MB1745%s@OS3P286MB1745.JPNP286.PROD.OUTLOOK.COM" % did("0019")[:20].upper()
C0019 = [
    C(INSIGHT, "per_user_price", jpy(4400, "user-month", "included"), "ok", "２．ご利用料金：同製品は1ユーザーあたり月額4,400円（税込）"),
    C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "大量データでも同製品のクエリ応答時間は1秒未満でございます。"),
]
MSGS.append(Msg(19, jst(2026, 10, 22, 13, 48, 55), SATO, [FUJITA], "【お見積り】メリディアン・インサイト正式版のご利用料金について",
                "iso-2022-jp", MID0019, plain(B0019, "iso-2022-jp", "7bit"), mailer="Microsoft Outlook 16.0",
                archive=True, expect=C0019))

# 0020 ---- Osaka sends a Tokyo colleague's answer as an attached message (message/rfc822)
B0020 = """浪速精機株式会社
情報システム課　岡本　様

いつもお世話になっております。
メリディアン・データ大阪オフィスの山本でございます。

先日ご質問いただきました「メリディアン・シンク」のセキュリティ認証の件につきまして、
東京オフィスの技術担当より回答がございましたので、原文のまま添付にてお送りいたします。

補足でございますが、メリディアン・シンクの稼働率SLAは99.9％でございます。
また、同製品は1テナントあたり最大5,000ユーザーまでご利用いただけますので、貴社グループ全体でのご利用にも対応可能でございます。
内部監査ご担当の方へのご説明資料としてご活用くださいませ。

何卒よろしくお願い申し上げます。

""" + SIG_YAMAMOTO
B0020_ATT = """山本さん

お疲れさまです。東京の高橋です。
浪速精機様からのご質問の件、以下のとおり回答します。そのままお客様へ転送いただいて構いません。

1) メリディアン・シンクは、ISO/IEC 27001認証およびSOC 2 Type IIの保証報告書を取得しております。
2) ISMAPにつきましては、現時点で登録はございません。
3) 同製品は、Windows、macOS、iOS、Androidの各OSに対応しております。

以上、よろしくお願いします。

高橋
"""
MID0020 = "TY0PR01MB10563%s@TY0PR01MB10563.jpnprd01.prod.outlook.com" % did("0020")[:20].upper()
ATT0020 = Msg(0, jst(2026, 11, 2, 19, 7, 3), TAKAHASHI, [YAMAMOTO], "Re: 浪速精機様　セキュリティ認証のご質問", "iso-2022-jp",
              "20261102190703.8B12.4E2A9B17@jp.meridian-data.com", plain(B0020_ATT, "iso-2022-jp", "7bit"),
              mailer="Becky! ver. 2.81.04 [ja]").bytes()
T0020_CERT = "1) メリディアン・シンクは、ISO/IEC 27001認証およびSOC 2 Type IIの保証報告書を取得しております。"
T0020_OS = "3) 同製品は、Windows、macOS、iOS、Androidの各OSに対応しております。"
C0020 = [
    C(SYNC, "sla", 99.9, "ok", "補足でございますが、メリディアン・シンクの稼働率SLAは99.9％でございます。"),
    C(SYNC, "max_users", 5000, "stale", "また、同製品は1テナントあたり最大5,000ユーザーまでご利用いただけますので、貴社グループ全体でのご利用にも対応可能でございます。"),
    C(SYNC, "certifications", "ISO 27001", "ok", T0020_CERT, quoted=True, office="tokyo"),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", T0020_CERT, quoted=True, office="tokyo"),
] + [C(SYNC, "supported_platforms", m, "ok", T0020_OS, quoted=True, office="tokyo") for m in ("Windows", "macOS", "iOS", "Android")]
RFC822 = ('Content-Type: message/rfc822;%s\tname*=UTF-8\'\'Re%%3A%%20%%E3%%82%%BB%%E3%%82%%AD%%E3%%83%%A5%%E3%%83%%AA%%E3%%83%%86%%E3%%82%%A3.eml%s'
          'Content-Disposition: attachment;%s\tfilename*=UTF-8\'\'Re%%3A%%20%%E3%%82%%BB%%E3%%82%%AD%%E3%%83%%A5%%E3%%83%%AA%%E3%%83%%86%%E3%%82%%A3.eml%s'
          % (CRLF, CRLF, CRLF, CRLF)).encode() + b"\r\n" + ATT0020
MSGS.append(Msg(20, jst(2026, 11, 4, 9, 31, 20), YAMAMOTO, [OKAMOTO], "メリディアン・シンクのセキュリティ認証に関するご回答",
                "iso-2022-jp", MID0020, multipart("mixed", [plain(B0020, "iso-2022-jp", "7bit"), RFC822], "0020"),
                mailer="Microsoft Outlook 16.0", archive=True, expect=C0020))

# 0021 ---- Osaka, S/MIME encrypted: nothing can be read
P7M = b"\x30\x82\x05\x4b\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03\xa0\x82\x05\x3c" + b"".join(
    hashlib.sha256(b"p7m-%d" % i).digest() for i in range(42))
MID0021 = "%s-%s-%s-%s-%s@osaka.jp.meridian-data.com" % tuple(did("0021")[a:b] for a, b in ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32)))
B0021 = ('Content-Type: application/pkcs7-mime; smime-type=enveloped-data;%s\tname="smime.p7m"%s'
         'Content-Transfer-Encoding: base64%sContent-Disposition: attachment; filename="smime.p7m"%s'
         'Content-Description: S/MIME Encrypted Message%s%s' % (CRLF, CRLF, CRLF, CRLF, CRLF, CRLF)).encode()
_b = base64.b64encode(P7M).decode()
B0021 += ("\r\n".join(_b[i:i + 76] for i in range(0, len(_b), 76)) + "\r\n").encode()
MSGS.append(Msg(21, jst(2026, 11, 10, 15, 20, 44), NAKAMURA, [YOSHIDA], "【暗号化】ご契約書類（最終版）の送付", "iso-2022-jp", MID0021,
                B0021, mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.14.0",
                expect=[F("unreadable", "S/MIME encrypted message (application/pkcs7-mime, enveloped-data): no readable text")]))

# 0022 ---- partner (reseller) states what its sales material says (Thunderbird, UTF-8 quoted-printable)
B0022 = """メリディアン・データ株式会社
東京オフィス　高橋様

いつもお世話になっております。アークシステムズの松田です。
先日はインサイトのデモ環境をご用意いただき、ありがとうございました。

現在、弊社で年末に向けた販促資料を作成しております。
旧Meridian FileSyncをご利用中のお客様向けに、乗り換えのご案内を予定しております。

資料には、メリディアン・ボールトのデータセンターを東京・大阪・オレゴン・フランクフルトの4拠点と記載しております。
また、同製品の保持期間は標準で1年と記載しております。
内容に誤りがないか、お手数ですが12月4日（金）までにご確認いただけますと幸いです。

━━━━━━━━━━━━━━━━━━━━
株式会社アークシステムズ　ソリューション営業部
松田　翔太
〒460-0008 名古屋市中区栄3-15-33 栄ガスビル8F
TEL：052-238-5510　FAX：052-238-5511
適格請求書発行事業者登録番号：T7180001098765
━━━━━━━━━━━━━━━━━━━━
"""
MID0022 = "%s-%s-%s-%s-%s@arc-sys.co.jp" % tuple(did("0022")[a:b] for a, b in ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32)))
T0022_DC = "資料には、メリディアン・ボールトのデータセンターを東京・大阪・オレゴン・フランクフルトの4拠点と記載しております。"
C0022 = [C(VAULT, "data_centers", m, "ok", T0022_DC, office="unknown") for m in ("Tokyo", "Osaka", "Oregon", "Frankfurt")] + [
    C(VAULT, "retention", dur(1, "years"), "conflict", "また、同製品の保持期間は標準で1年と記載しております。", office="unknown"),
    F("terminology", "旧Meridian FileSyncをご利用中のお客様向けに、乗り換えのご案内を予定しております。", product=SYNC),
]
MSGS.append(Msg(22, jst(2026, 11, 12, 11, 47, 2), MATSUDA, [TAKAHASHI], "販促資料の記載内容確認のお願い", "utf-8", MID0022,
                plain(B0022, "utf-8", "quoted-printable"),
                mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.14.0",
                expect=C0022))

# 0023 ---- Tokyo, correction notice (（誤）/（正）, <s> in the html part; Outlook, ISO-2022-JP text + html)
B0023 = """株式会社北辰物流
情報システム部　部長
木村　拓也　様

平素は格別のお引き立てを賜り、誠にありがとうございます。
メリディアン・データの佐藤でございます。

11月13日にお送りいたしましたご契約条件確認書の記載に誤りがございました。
大変ご迷惑をおかけし、深くお詫び申し上げます。

【訂正箇所】第3条第2項（ご利用上限）
（誤）メリディアン・シンクの1テナントあたりの上限は最大5,000ユーザー
（正）メリディアン・シンクの1テナントあたりの上限は最大10,000ユーザー

なお、その他の条項（第5条 料金、第7条 サービスレベル）に変更はございません。
念のため、同製品の月額料金は50,000円（税抜）、稼働率SLAは99.9％でございます。

訂正版の確認書は、本日中に郵送にてお送りいたします。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

""" + SIG_SATO
MID0023 = "OS3P286MB1745%s@OS3P286MB1745.JPNP286.PROD.OUTLOOK.COM" % did("0023")[:20].upper()
T0023_NB = "念のため、同製品の月額料金は50,000円（税抜）、稼働率SLAは99.9％でございます。"
C0023 = [
    C(SYNC, "max_users", 10000, "ok", "（正）メリディアン・シンクの1テナントあたりの上限は最大10,000ユーザー"),
    C(SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok", T0023_NB),
    C(SYNC, "sla", 99.9, "ok", T0023_NB),
]
MSGS.append(Msg(23, jst(2026, 11, 16, 9, 5, 58), SATO, [KIMURA], "【訂正】ご契約条件確認書の記載誤りについて", "iso-2022-jp", MID0023,
                alt(B0023, "iso-2022-jp", "7bit", "0023",
                    html_text=to_html(B0023, strike=("メリディアン・シンクの1テナントあたりの上限は最大5,000ユーザー",)).replace(
                        "charset=utf-8", "charset=iso-2022-jp"), html_charset="iso-2022-jp", html_cte="7bit"),
                cc=[MORI], mailer="Microsoft Outlook 16.0", archive=True, expect=C0023))

# 0024 ---- an Outlook .msg (OLE compound file) saved as .eml: cannot be read
OLE = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00\x06\x00")
OLE += b"\x00" * (512 - len(OLE))
OLE += "Root Entry".encode("utf-16-le") + b"\x00" * 44
OLE += "__substg1.0_0037001F".encode("utf-16-le") + b"\x00" * 24
OLE += "お見積りの件（北辰物流様）".encode("utf-16-le") + b"\x00" * 6
OLE += b"".join(hashlib.md5(b"ole-%d" % i).digest() for i in range(96))
MSGS.append(Msg(24, None, None, None, None, None, None, None,
                expect=[F("unreadable", "not an RFC 5322 message: an Outlook .msg (OLE2 compound file) saved with an .eml name")],
                raw=bytes(OLE)))
MSGS[-1].mid = None

# ---------------------------------------------------------------- documents
def ewidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in s)


def pad(s, w):
    d = w - ewidth(s)
    return s + "　" * (d // 2) + " " * (d % 2)


def box(rows, widths):
    top = "┌" + "┬".join("─" * (w // 2) for w in widths) + "┐"
    mid = "├" + "┼".join("─" * (w // 2) for w in widths) + "┤"
    bot = "└" + "┴".join("─" * (w // 2) for w in widths) + "┘"
    line = lambda r: "│" + "│".join(pad(c, w) for c, w in zip(r, widths)) + "│"
    out = [top, line(rows[0]), mid] + [line(r) for r in rows[1:]] + [bot]
    return "\n".join(out)


Q_ROWS = [
    ["No", "品名・摘要", "単価", "数量", "単位", "金額"],
    ["１", "【メリディアン・シンク】月額基本料金（1テナント）", "５０，０００", "１", "式", "５０，０００"],
    ["２", "【メリディアン・ボールト】容量課金（1TBあたり月額）", "２，８００", "６０", "ＴＢ", "１６８，０００"],
    ["３", "【メリディアン・インサイト】ユーザー課金（1ユーザーあたり月額）※3", "４，０００", "３０", "ユーザー", "１２０，０００"],
]
Q_W = [4, 66, 12, 8, 10, 14]
Q_TABLE = box(Q_ROWS, Q_W)
Q_LINES = Q_TABLE.split("\n")
DOC_QUOTE = """　　　　　　　　　　　　　　　　　　　　　　　　　　　　見積No．MD-Q-2026-1187
　　　　　　　　　　　　　　　　　　　　　　　　　　　　発行日：令和8年11月20日（2026/11/20）

　　　　　　　　　　　　　　　　　御　見　積　書

株式会社北辰物流　御中
情報システム部　部長　木村　拓也　様

　　　　　　　　　　　　　　　　　　　　　　　メリディアン・データ株式会社　東京オフィス
　　　　　　　　　　　　　　　　　　　　　　　〒100-0005　東京都千代田区丸の内1-6-5
　　　　　　　　　　　　　　　　　　　　　　　TEL　03-6848-2710　FAX　03-6848-2711
　　　　　　　　　　　　　　　　　　　　　　　登録番号　T1010401234567
　　　　　　　　　　　　　　　　　　　　　　　担当：佐藤　美咲

下記のとおり御見積申し上げます。

件名　　　　：全社ファイル共有基盤およびバックアップ基盤・分析基盤　ご利用料金
有効期限　　：令和8年12月25日（2026年12月25日）
お支払条件　：月末締め翌月末払い（口座振込）
ご利用開始日：令和9年1月1日

　　　　　　　　　　　　　　　　　　記

【月額ご利用料金明細】（単位：円、税抜）
""" + Q_TABLE + """
　　　　　　　　　　　　　　　　　　　　　　　　　　　小　計（税抜）　　３３８，０００円
　　　　　　　　　　　　　　　　　　　　　　　　　　　消費税（10％）　　　３３，８００円
　　　　　　　　　　　　　　　　　　　　　　　　　　　合　計（税込）　　３７１，８００円

【初期費用】（単位：円、税抜）
　初期設定・データ移行支援作業　一式　　１５０，０００

【備考】
※1　上記金額はすべて税抜表示です。別途消費税を申し受けます。
※2　【メリディアン・シンク】は1テナントあたり最大5,000ユーザーまでご利用いただけます。
※3　【メリディアン・インサイト】の単価は、令和9年1月の一般提供開始後の価格です。
※4　本見積の有効期限経過後は、改めてお見積りいたします。

　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　以上
"""
QF = "docs/tokyo/見積書_北辰物流_MD-Q-2026-1187.txt"
E_QUOTE = [
    C(SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok", Q_LINES[3]),
    C(VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", Q_LINES[4]),
    C(INSIGHT, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", Q_LINES[5]),
    C(SYNC, "max_users", 5000, "stale", "※2　【メリディアン・シンク】は1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    C(INSIGHT, "general_availability", "2027-01", "ok", "※3　【メリディアン・インサイト】の単価は、令和9年1月の一般提供開始後の価格です。"),
]

DOC_SPEC = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>メリディアン・シンク 製品仕様書（第3.2版）</title>
<style>
body { font-family: "Yu Gothic", "Hiragino Kaku Gothic ProN", sans-serif; line-height: 1.7; }
table { border-collapse: collapse; } th, td { border: 1px solid #666; padding: 4px 10px; }
caption { text-align: left; font-weight: bold; }
</style>
</head>
<body>
<h1>【メリディアン・シンク】製品仕様書</h1>
<p>文書番号：MD-SPEC-SYNC-0302　第3.2版<br>
発行日：令和8年4月1日（2026年4月1日）<br>
メリディアン・データ株式会社　東京オフィス　プロダクトマーケティング部</p>
<p>※本製品は、旧製品名「メリディアン・ファイルシンク」から名称を変更しております。</p>

<h2>第1章　総則</h2>
<p>第1条（目的）本仕様書は、「メリディアン・シンク」（以下「本製品」という。）の機能及びサービス水準を定めるものとする。</p>

<h2>第2章　製品仕様</h2>
<p>第2条（利用上限）</p>
<ol>
<li>第1項　本製品は、1テナントあたり最大10,000ユーザーまで利用することができる。</li>
<li>第2項　令和8年3月31日までは、本製品の上限は1テナントあたり5,000ユーザーであった。</li>
</ol>

<p>第3条（主な仕様）本製品の主な仕様は、表1のとおりとする。</p>
<table>
<caption>表1　本製品の主な仕様（料金は税込表示）</caption>
<tr><th>項目</th><th>仕様</th><th>備考</th></tr>
<tr><td>ストレージ容量</td><td>1ユーザーあたり１ＴＢ</td><td>追加容量は別途オプション</td></tr>
<tr><td>稼働率（SLA）</td><td>９９．９％</td><td>月間</td></tr>
<tr><td rowspan="4">対応OS</td><td>Windows 10／11</td><td rowspan="4">最新版及び1つ前のメジャーバージョン</td></tr>
<tr><td>macOS</td></tr>
<tr><td>iOS／iPadOS</td></tr>
<tr><td>Android</td></tr>
<tr><td>オフライン利用</td><td>不可（常時インターネット接続が必要）</td><td>―</td></tr>
<tr><td>最大ファイルサイズ</td><td>1ファイルあたり最大100GB</td><td>ブラウザからのアップロードを含む</td></tr>
<tr><td>月額料金</td><td>５５，０００円</td><td>1テナントあたり</td></tr>
<tr><td>認証</td><td>ISO/IEC 27001、SOC 2 Type II、<del>ISMAP</del></td><td>証明書の写しはご要望に応じ提供</td></tr>
</table>
<p>※表1の料金は消費税10％を含んだ金額です。</p>

<p>第4条（データ保護）本製品に保存されたファイルは、AES-256により暗号化され、完全に保護される。</p>

<h2>第3章　サポート</h2>
<p>第5条（障害対応）本製品の障害に関するお問い合わせには、受付から4時間以内に一次回答を行う。</p>
<p>第6条（対応範囲）<s>本製品のLinux版クライアントは令和8年度中に提供予定とする。</s>（第3.2版にて削除）</p>

<p style="text-align:right">以上</p>
</body>
</html>
"""
SF = "docs/tokyo/仕様書_メリディアン・シンク_v3.2.html"
E_SPEC = [
    F("terminology", "※本製品は、旧製品名「メリディアン・ファイルシンク」から名称を変更しております。", product=SYNC),
    C(SYNC, "max_users", 10000, "ok", "第1項　本製品は、1テナントあたり最大10,000ユーザーまで利用することができる。"),
    C(SYNC, "max_users", 5000, "ok", "第2項　令和8年3月31日までは、本製品の上限は1テナントあたり5,000ユーザーであった。"),
    C(SYNC, "storage_per_user", 1 * TB, "ok", "1ユーザーあたり１ＴＢ"),
    C(SYNC, "sla", 99.9, "ok", "９９．９％"),
    C(SYNC, "supported_platforms", "Windows", "ok", "Windows 10／11"),
    C(SYNC, "supported_platforms", "macOS", "ok", "macOS"),
    C(SYNC, "supported_platforms", "iOS", "ok", "iOS／iPadOS"),
    C(SYNC, "supported_platforms", "Android", "ok", "Android"),
    C(SYNC, "offline_mode", False, "ok", "不可（常時インターネット接続が必要）"),
    C(SYNC, "max_file_size", 100 * 10 ** 9, "unverified", "1ファイルあたり最大100GB"),
    C(SYNC, "monthly_price", jpy(55000, "month", "included"), "ok", "５５，０００円"),
    C(SYNC, "certifications", "ISO 27001", "ok", "ISO/IEC 27001、SOC 2 Type II、ISMAP"),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "ISO/IEC 27001、SOC 2 Type II、ISMAP"),
    C(SYNC, "encryption", "AES-256", "unverified", "第4条（データ保護）本製品に保存されたファイルは、AES-256により暗号化され、完全に保護される。"),
    F("phrase", "第4条（データ保護）本製品に保存されたファイルは、AES-256により暗号化され、完全に保護される。", rule="ja.absolute"),
    C(SYNC, "support_response_time", dur(4, "hours"), "unverified", "第5条（障害対応）本製品の障害に関するお問い合わせには、受付から4時間以内に一次回答を行う。"),
]

DOC_PROPOSAL = """# 浪速精機株式会社 様　バックアップ基盤刷新のご提案

**【メリディアン・ボールト】による全社データ保護基盤**

- 提出日：令和8年11月18日（2026年11月18日）
- 提出者：メリディアン・データ株式会社　大阪オフィス　西日本営業部
- 文書番号：MD-OSK-PRP-2026-044

---

## 第1章　ご提案の背景

貴社では、本社（東大阪市）、滋賀工場およびTorrance工場の３拠点で、合計約１３０ＴＢの業務データを保有されています。
昨年度、同業他社様でランサムウェアによる長期の操業停止が発生したことを受け、復旧手順の整備が経営課題となっていると伺っております。

## 第2章　ご提案内容

### 第1節　製品概要

メリディアン・ボールトは、業界初のAI異常検知機能を備えたマネージドバックアップサービスです。
バックアップデータの不審な変更を自動で検知し、感染前の時点からの復旧を支援します。

### 第2節　主な仕様

| 項目 | メリディアン・ボールト | 備考 |
|---|---|---|
| ＲＰＯ（目標復旧時点） | １５分 | 差分バックアップを常時取得 |
| ＲＴＯ（目標復旧時間） | ２時間 | 標準構成の場合 |
| 標準保持期間 | ９０日 | オプションで延長可 |
| 稼働率（ＳＬＡ） | ９９．９５％ | 月間 |
| 保存容量 | １テナントあたり最大５００ＴＢ | 段階的な増設が可能 |
| データセンター | 東京・大阪・シンガポール | 国内２拠点＋海外１拠点 |
| 暗号化 | AES-256 | 保存時・転送時とも |

### 第3節　料金（税抜）

| 品目 | 単価 | 課金単位 |
|---|---|---|
| メリディアン・ボールト　容量課金 | ２，８００円 | １ＴＢあたり・月額 |
| 初期設定・移行支援 | 別途お見積り | 一式 |

貴社のご利用想定容量に基づく月額概算は、別紙お見積書をご参照ください。

## 第3章　導入スケジュール（案）

| フェーズ | 期間 | 内容 |
|---|---|---|
| 第1フェーズ | 令和8年12月〜令和9年1月 | 本社サーバー群の移行 |
| 第2フェーズ | 令和9年2月〜3月 | 滋賀工場・Torrance工場の移行 |
| 第3フェーズ | 令和9年4月 | 復旧訓練・運用引継ぎ |

## 第4章　オプションのご提案

メリディアン・インサイトは、令和9年1月の一般提供開始を予定しております。
バックアップの取得状況や容量推移をダッシュボードで可視化する用途にご活用いただけます。

## 第5章　保守・サポート

第1条　メリディアン・ボールトに関するお問い合わせは、専用窓口にて年中無休で受け付けます。
第2条　障害発生時は、大阪オフィスの担当SEが貴社本社へ駆け付け対応いたします。

以上
"""
PF = "docs/osaka/提案書_浪速精機_バックアップ基盤刷新.md"
P_DC = "| データセンター | 東京・大阪・シンガポール | 国内２拠点＋海外１拠点 |"
E_PROPOSAL = [
    F("phrase", "メリディアン・ボールトは、業界初のAI異常検知機能を備えたマネージドバックアップサービスです。", rule="ja.first-in-industry"),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "| ＲＰＯ（目標復旧時点） | １５分 | 差分バックアップを常時取得 |"),
    C(VAULT, "rto", dur(2, "hours"), "unverified", "| ＲＴＯ（目標復旧時間） | ２時間 | 標準構成の場合 |"),
    C(VAULT, "retention", dur(90, "days"), "ok", "| 標準保持期間 | ９０日 | オプションで延長可 |"),
    C(VAULT, "sla", 99.95, "ok", "| 稼働率（ＳＬＡ） | ９９．９５％ | 月間 |"),
    C(VAULT, "max_storage", 500 * TB, "ok", "| 保存容量 | １テナントあたり最大５００ＴＢ | 段階的な増設が可能 |"),
    C(VAULT, "data_centers", "Tokyo", "ok", P_DC),
    C(VAULT, "data_centers", "Osaka", "ok", P_DC),
    C(VAULT, "data_centers", "Singapore", "conflict", P_DC),
    C(VAULT, "encryption", "AES-256", "ok", "| 暗号化 | AES-256 | 保存時・転送時とも |"),
    C(VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "| メリディアン・ボールト　容量課金 | ２，８００円 | １ＴＢあたり・月額 |"),
    C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン・インサイトは、令和9年1月の一般提供開始を予定しております。"),
]

DOC_ANSWER = """浪速精機株式会社　御中

　　　　　　　　　「分析基盤導入に関するRFP」質問事項に対する回答書

　　　　　　　　　　　　　　　　　　　　　　　　　　　　　令和8年11月9日
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　メリディアン・データ株式会社
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　大阪オフィス　西日本営業部

　貴社RFP（文書番号：NS-IT-RFP-2026-07）の質問事項につきまして、下記のとおり回答いたします。
　なお、本回答書における製品は、特に断りのない限り「メリディアン・インサイト」（以下「本製品」）を指します。

　　　　　　　　　　　　　　　　　　　記

第1項　機能要件

　Q1-1　ご質問：ダッシュボードを300個以上作成できること。
　　　　回答　：本製品で作成できるダッシュボードは最大200個です。要件の個数に満たないため、部門単位でのワークスペース分割をご提案いたします。

　Q1-2　ご質問：クエリの応答時間（95パーセンタイル値）をご提示ください。
　　　　回答　：本製品のクエリ応答時間は2秒以内です（1億行規模のデータでの測定値）。

　Q1-3　ご質問：標準で連携可能な外部サービスの数をご提示ください。
　　　　回答　：本製品は現在、約40種類のデータソースとの標準連携に対応しております。

　Q1-4　ご質問：画面表示の対応言語をご提示ください。
　　　　回答　：本製品の表示言語は日本語・英語の2言語です。

第2項　非機能要件

　Q2-1　ご質問：稼働率99.9％以上のSLAを提示できること。
　　　　回答　：本製品の稼働率SLAは99.9％です。

　Q2-2　ご質問：ISMAPへの登録状況をご提示ください。
　　　　回答　：本製品はISMAPに登録済みです。

第3項　価格・契約条件

　Q3-1　ご質問：1ユーザーあたりの月額料金（税込・税抜の別を明記のこと）
　　　　回答　：本製品の料金は、1ユーザーあたり月額4,000円（税抜）です。

　Q3-2　ご質問：正式版の提供開始時期
　　　　回答　：本製品の一般提供開始は令和9年1月を予定しております。

　Q3-3　ご質問：無料トライアルの有無と期間
　　　　回答　：本製品は、3か月間の無料トライアルをご利用いただけます。

　Q3-4　ご質問：最低契約期間
　　　　回答　：最低契約期間は12か月です。以降は1か月単位で更新いたします。

第4項　その他

　Q4-1　ご質問：他社製品と比較した優位性
　　　　回答　：本製品は、国内のセルフサービスBI市場においてナンバーワンの導入実績を有しております。

※本回答書の内容は、令和8年11月9日時点の情報に基づきます。

　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　以上
"""
AF = "docs/osaka/回答書_浪速精機_RFP質問事項.txt"
E_ANSWER = [
    C(INSIGHT, "max_dashboards", 200, "ok", "回答　：本製品で作成できるダッシュボードは最大200個です。"),
    C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "回答　：本製品のクエリ応答時間は2秒以内です（1億行規模のデータでの測定値）。"),
    C(INSIGHT, "integrations", 40, "unverified", "回答　：本製品は現在、約40種類のデータソースとの標準連携に対応しております。"),
    C(INSIGHT, "ui_languages", 2, "unverified", "回答　：本製品の表示言語は日本語・英語の2言語です。"),
    C(INSIGHT, "sla", 99.9, "unverified", "回答　：本製品の稼働率SLAは99.9％です。"),
    C(INSIGHT, "certifications", "ISMAP", "unverified", "回答　：本製品はISMAPに登録済みです。"),
    C(INSIGHT, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "回答　：本製品の料金は、1ユーザーあたり月額4,000円（税抜）です。"),
    C(INSIGHT, "general_availability", "2027-01", "ok", "回答　：本製品の一般提供開始は令和9年1月を予定しております。"),
    C(INSIGHT, "free_trial", dur(90, "days"), "conflict", "回答　：本製品は、3か月間の無料トライアルをご利用いただけます。"),
    F("phrase", "回答　：本製品は、国内のセルフサービスBI市場においてナンバーワンの導入実績を有しております。", rule="ja.superlative-no1"),
]

DOC_DRAFT = """# 【下書き・社外秘】東邦テクノサービス様向け提案書（たたき台）

> 高橋メモ：数値は未確認。提出前に必ず価格表・仕様書と突き合わせること。

- メリディアン・シンクは最大3万ユーザーまで対応（要確認）
- 業界No.1のファイル共有サービス
- メリディアン・ボールトのRPOは1分
"""
DRAFT = "docs/tokyo/drafts/提案書_東邦テクノ_たたき台.md"

# (path, bytes, office, expected)
DOCS = [
    (QF, DOC_QUOTE.replace("\n", "\r\n").encode("cp932"), "tokyo", E_QUOTE),
    (SF, DOC_SPEC.encode("utf-8"), "tokyo", E_SPEC),
    (PF, DOC_PROPOSAL.encode("utf-8"), "osaka", E_PROPOSAL),
    (AF, b"\xef\xbb\xbf" + DOC_ANSWER.replace("\n", "\r\n").encode("utf-8"), "osaka", E_ANSWER),
    (DRAFT, DOC_DRAFT.encode("utf-8"), "tokyo", []),       # ignored by .onevoice.yaml: no expected lines
]

ONEVOICE_YAML = """# onevoice configuration for evaluation set 76 (SPEC section 6).
# The shared claims base; `run` passes --rules explicitly as well.
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

# ---------------------------------------------------------------- cross-office cases (archive only)
CROSS = [
    (VAULT, "rpo", (9, 10)),               # osaka 5 min (06-02) vs tokyo 15 min (06-19)
    (INSIGHT, "max_dashboards", (11, 12)),  # tokyo 500 (07-02) vs osaka 200 (07-21)
    (VAULT, "sla", (16, 17)),              # us-hq 99.99 (09-08) vs tokyo 99.95 (09-25)
    (INSIGHT, "per_user_price", (18, 19)),  # osaka 3,600 税抜 (10-09) vs tokyo 4,400 税込 (10-22)
    (SYNC, "max_users", (20, 23)),          # osaka 5,000, stale by then (11-04) vs tokyo 10,000 (11-16)
]


# ---------------------------------------------------------------- writing
def mboxrd(msgs):
    out = []
    for m in sorted(msgs, key=lambda m: m.date):
        utc = m.date.astimezone(datetime.timezone.utc)
        out.append("From %s %s %2d %s\n" % (m.frm.addr, utc.strftime("%a %b"), utc.day, utc.strftime("%H:%M:%S %Y")))
        text = m.bytes().replace(b"\r\n", b"\n").decode("latin-1")
        for line in text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"):
            out.append((">" + line if re.match(r"^>*From ", line) else line) + "\n")
        out.append("\n")
    return "".join(out).encode("latin-1")


def record(o, file, mid, office, as_of):
    o = dict(o)
    if o["type"] == "claim":
        return {"type": "claim", "file": file, "message_id": mid, "product": o["product"], "attribute": o["attribute"],
                "value": o["value"], "verdict": o["verdict"], "quoted": o["quoted"], "office": o["office"] or office,
                "as_of": as_of, "text": o["text"]}
    return {"type": "finding", "file": file, "message_id": mid, "kind": o["kind"], "rule": o["rule"],
            "product": o["product"], "quoted": o["quoted"], "text": o["text"]}


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    lines = []
    for m in MSGS:
        with open(os.path.join(SET, m.file), "wb") as fh:
            fh.write(m.bytes())
        office = m.frm.office if m.frm else "unknown"
        as_of = m.date.strftime("%Y-%m-%d") if m.date else None
        for o in m.expect:
            lines.append(record(o, m.file, m.mid, office, as_of))
    arch = [m for m in MSGS if m.archive]
    with open(os.path.join(SET, "mail/archive.mbox"), "wb") as fh:
        fh.write(mboxrd(arch))
    for m in sorted(arch, key=lambda m: m.date):
        for o in m.expect:
            lines.append(record(o, "mail/archive.mbox", m.mid, m.frm.office, m.date.strftime("%Y-%m-%d")))
    for path, data, office, exp in DOCS:
        full = os.path.join(SET, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data)
        for o in exp:
            lines.append(record(o, path, None, office, DOC_AS_OF))
    by_n = {m.n: m for m in MSGS}
    for product, attribute, ns in CROSS:
        values = {}
        for n in ns:
            m = by_n[n]
            c = [o for o in m.expect if o["type"] == "claim" and o["product"] == product and o["attribute"] == attribute
                 and (o["office"] or m.frm.office) != "unknown"]
            assert len(c) == 1, (n, product, attribute)
            values[c[0]["office"] or m.frm.office] = c[0]["value"]
        lines.append({"type": "cross-office", "product": product, "attribute": attribute, "offices": sorted(values),
                      "file": "mail/archive.mbox", "message_files": [by_n[n].file for n in ns],
                      "values": dict(sorted(values.items()))})
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    print("wrote %d messages (%d in archive.mbox), %d documents, %d expected lines"
          % (len(MSGS), len(arch), len(DOCS), len(lines)))


if __name__ == "__main__":
    main()
