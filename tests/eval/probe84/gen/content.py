"""The messages and documents of set 84, each with its hand-written labels.

Emphasis: Japanese mail as phones and legacy Japanese systems write it
(half-width katakana, full-width digits, CP932 extensions, ＞ quoting, carrier
phone mail), with some English phone-brief mail.

Label helpers: C(...) a claim, PH(...) a phrase finding, TERM(...) a
terminology finding. A claim's office/as_of default to the message's (or the
document's); `quoted=True` claims name the quoted author's office and the
reply's date; `judge` is the date a period-placed value is judged at.
"""
import hashlib
from datetime import datetime, timezone
from email.utils import format_datetime
from html import escape

import mime

TB = 10 ** 12
DOC_AS_OF = "2026-11-22"


# ====================================================================== label helpers
def money(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


def C(product, attribute, value, verdict, text, **kw):
    return dict(product="meridian-" + product, attribute=attribute, value=value, verdict=verdict, text=text, **kw)


def SET(product, attribute, members, verdict, text, **kw):
    return [C(product, attribute, m, verdict, text, **kw) for m in members]


def PH(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def TERM(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": "meridian-" + product, "quoted": quoted, "text": text}


def flat(*items):
    out = []
    for i in items:
        out += i if isinstance(i, list) else [i]
    return out


def as_quoted(claims, office, as_of):
    return [dict(c, quoted=True, office=office, as_of=as_of) for c in claims]


# ====================================================================== mail helpers
OFFICE_OF = {"meridian-data.com": "us-hq", "uk.meridian-data.com": "london",
             "jp.meridian-data.com": "tokyo", "osaka.jp.meridian-data.com": "osaka"}


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def msgid(style, seed, domain=None):
    x = h(seed, 40)
    if style == "gmail":
        return "CAJ%s+%s@mail.gmail.com" % (x[:10].upper(), x[10:18])
    if style == "apple":
        return "%s-%s-%s-%s-%s@%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(),
                                      x[20:32].upper(), domain)
    if style == "outlook-uk":
        return "LO4P265MB%s%s@LO4P265MB%s.GBRP265.PROD.OUTLOOK.COM" % (x[:4].upper(), x[4:20].upper(), x[:4].upper())
    if style == "outlook-jp":
        return "TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com" % (x[:5].upper(), x[5:20].upper(), x[:5].upper())
    if style == "outlook-us":
        return "BY5PR11MB%s%s@BY5PR11MB%s.namprd11.prod.outlook.com" % (x[:4].upper(), x[4:20].upper(), x[:4].upper())
    if style == "docomo":
        return "%s.%s@docomo.ne.jp" % (seed.split("|")[0], x[:8].upper())
    if style == "ezweb":
        return "%s%s@ezweb.ne.jp" % (seed.split("|")[0][2:], x[:6])
    if style == "softbank":
        return "%s-%s-%s@i.softbank.jp" % (x[:8].upper(), x[8:12].upper(), x[12:24].upper())
    if style == "aucom":
        return "%s_%s@au.com" % (seed.split("|")[0], x[:10])
    if style == "becky":
        return "%s.%s.%s@%s" % (seed.split("|")[0], x[:4].upper(), x[4:12].upper(), domain)
    if style == "webmail":
        return "%s.%s@%s" % (seed.split("|")[0], x[:12], domain)
    if style == "thunderbird":
        return "%s-%s-%s-%s-%s@%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    raise ValueError(style)


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def quote(text, attribution=None, prefix="> "):
    lines = []
    if attribution:
        lines += [attribution, ""]
    for line in text.rstrip("\n").split("\n"):
        lines.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(lines) + "\n"


def html_of(text, lang="en"):
    """A plain HTML alternative of a text body, as webmail and Outlook send."""
    body = []
    in_quote = False
    for line in text.rstrip("\n").split("\n"):
        q = line.startswith(">")
        if q and not in_quote:
            body.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
        if in_quote and not q:
            body.append("</blockquote>")
        in_quote = q
        content = line.lstrip("> ").rstrip() if q else line
        body.append("<div>%s</div>" % (escape(content) if content else "<br>"))
    if in_quote:
        body.append("</blockquote>")
    font = "Meiryo UI" if lang == "ja" else "Calibri"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, "\n".join(body)))


MESSAGES = []


def mail(n, when, frm, to, subject, part, claims=(), findings=(), archive=False, style="gmail", cc=None,
         reply_to=None, mailer=None, charset="UTF-8", crlf=False, received=None, extra=(), subj_enc="B",
         subj_cs=None):
    name, addr = frm
    domain = addr.split("@")[1]
    dt = parse_dt(when)
    mid = msgid(style, "%s|%s" % (dt.strftime("%Y%m%d%H%M%S"), n), domain)
    hdrs = [("Return-Path", "<%s>" % addr)]
    rcpt = to[0][1]
    relay = received or ("mail-%s.%s" % (h(n, 6), domain))
    hdrs.append(("Received", "from %s (%s [203.0.113.%d])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s"
                 % (relay, relay, int(h(n, 2), 16) % 250 + 2, rcpt.split("@")[1], h(n + "r", 12).upper(), rcpt,
                    format_datetime(dt))))
    hdrs.append(("From", mime.address(name, addr, charset)))
    hdrs.append(("To", ", ".join(mime.address(a, b, charset) for a, b in to)))
    if cc:
        hdrs.append(("Cc", ", ".join(mime.address(a, b, charset) for a, b in cc)))
    hdrs.append(("Subject", mime.encoded_words(subject, subj_cs or charset, subj_enc)))
    hdrs.append(("Date", format_datetime(dt)))
    hdrs.append(("Message-ID", "<%s>" % mid))
    if reply_to:
        parent = next(m for m in MESSAGES if m["n"] == reply_to)
        hdrs.append(("In-Reply-To", "<%s>" % parent["message_id"]))
        hdrs.append(("References", "<%s>" % parent["message_id"]))
    hdrs.append(("MIME-Version", "1.0"))
    if mailer:
        hdrs.append(mailer)
    hdrs += list(extra)
    raw = mime.message(hdrs, part, crlf=crlf)
    m = {"n": n, "dt": dt, "dt_utc": dt.astimezone(timezone.utc), "day": dt.strftime("%Y-%m-%d"),
         "from_addr": addr, "office": OFFICE_OF.get(domain, "unknown"), "message_id": mid, "raw": raw,
         "claims": flat(*claims), "findings": list(findings), "archive": archive}
    MESSAGES.append(m)
    return m



OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
IPHONE = ("X-Mailer", "iPhone Mail (22G86)")
IPAD = ("X-Mailer", "iPad Mail (22G86)")
BECKY = ("X-Mailer", "Becky! ver. 2.81.04 [ja]")
ACTIVEMAIL = ("X-Mailer", "Active! mail")
DENBUN = ("X-Mailer", "DENBUN POP/IMAP Ver3.3P R1 (Japanese)")
DOCOMO = ("X-Mailer", "docomo mail")
OUTLOOK_IOS = ("X-Mailer", "Outlook for iOS")
GALAXY = ("X-Mailer", "Samsung Email")


def alt(text, charset, cte, seed, style="outlook", lang="en", html_cte=None):
    return mime.multipart("alternative", [mime.text_part(text, charset, cte),
                                          mime.text_part(html_of(text, lang), charset, html_cte or cte, "html")],
                          mime.boundary(seed, style))


def W(text):
    """An excerpt as a CP50220 writer leaves it: half-width katakana made full-width."""
    return mime.widen_kana(text)


# ---------------------------------------------------------------------- people
YAMAGUCHI = ("山口 遥", "haruka.yamaguchi@jp.meridian-data.com")
MORITA = ("森田 健太", "kenta.morita@jp.meridian-data.com")
MORITA_AU = ("森田", "kenta.morita.0301@au.com")              # his own phone: office unknown
NISHIMURA = ("西村 大地", "daichi.nishimura@osaka.jp.meridian-data.com")
KEVIN = ("Kevin Park", "kevin.park@meridian-data.com")
LAURA = ("Laura Chen", "laura.chen@meridian-data.com")
HARRIET = ("Harriet Doyle", "harriet.doyle@uk.meridian-data.com")

MATSUMOTO = ("松本 和也", "kazuya.matsumoto@hokusetsu-unyu.co.jp")
MATSUMOTO_DOCOMO = ("", "matsu-k.0712@docomo.ne.jp")
SAKAI = ("", "sakai_tomo-77@ezweb.ne.jp")
KINOSHITA = ("木下 恵", "kinoshita@naniwa-pkg.co.jp")
KINOSHITA_SB = ("木下 恵", "kinoshita.m@i.softbank.jp")
INOUE = ("井上 亮", "inoue@kobe-marine.co.jp")
MIKE = ("Mike Dunn", "m.dunn@pinecrest-labs.com")
GREG = ("Greg Olsen", "g.olsen@harborview-cpa.com")
TOM = ("Tom Reeve", "t.reeve@marlowhousing.org.uk")
RAVI = ("Ravi Shah", "r.shah@elmfield-group.co.uk")
AIKO = ("Aiko Tan", "aiko.tan@setouchi-foods.com.sg")

# ====================================================================== 0001 Tokyo, Sync, ISO-2022-JP (CP50221: ESC ( I kana, NEC row 13)
T0001 = """北摂運輸㈱
総務部　松本様

いつもお世話になっております。
メリディアン・データ東京オフィスの山口です。

先日お問い合わせいただいたﾒﾘﾃﾞｨｱﾝ ｼﾝｸについて、ご質問の３点を回答いたします。

①ご利用人数
　ﾒﾘﾃﾞｨｱﾝ ｼﾝｸは１テナントあたり最大５，０００ﾕｰｻﾞｰまでご利用いただけます。
　御社のご想定（事務所と倉庫をあわせて１２０名様程度）であれば十分です。
②稼働率
　同製品の稼働率ＳＬＡは９９．９％です。
③セキュリティ認証
　同製品はＩＳＯ２７００１およびＳＯＣ２ Ｔｙｐｅ Ⅱの認証を取得しております。

お見積書（№２０２５－１１８）は別途郵送いたします。
ご不明な点がございましたら、お気軽にお問い合わせください。

━━━━━━━━━━━━━━━━━━━━
メリディアン・データ㈱　東京オフィス
営業部　山口 遥（Haruka Yamaguchi）
〒１００－０００５ 東京都千代田区丸の内２－４－１
ＴＥＬ：０３－５５５５－０２１４　ＦＡＸ：０３－５５５５－０２１５
haruka.yamaguchi@jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━
"""
C0001 = flat(
    C("sync", "max_users", 5000, "ok", "ﾒﾘﾃﾞｨｱﾝ ｼﾝｸは１テナントあたり最大５，０００ﾕｰｻﾞｰまでご利用いただけます。"),
    C("sync", "sla", 99.9, "ok", "同製品の稼働率ＳＬＡは９９．９％です。"),
    SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
        "同製品はＩＳＯ２７００１およびＳＯＣ２ Ｔｙｐｅ Ⅱの認証を取得しております。"),
)
mail("0001", "2025-11-20 17:05:12 +0900", YAMAGUCHI, [MATSUMOTO], "ﾒﾘﾃﾞｨｱﾝ ｼﾝｸのご案内（北摂運輸様）",
     mime.text_part(T0001, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK,
     charset="ISO-2022-JP", crlf=True, archive=True, claims=[C0001])

# ====================================================================== 0002 customer, docomo phone, Shift_JIS 8bit, ＞ quote
T0002 = """山口様
ご回答ありがとうございますm(_ _)m
ｼﾝｸの件、社内で前向きに検討します。

１点だけ…倉庫は電波が弱いのですが、ｵﾌﾗｲﾝでも使えますか？？

北摂運輸 松本
（外出先の携帯から失礼します）

""" + quote(T0001, "2025/11/20 17:05 山口 遥 <haruka.yamaguchi@jp.meridian-data.com>:", prefix="＞")
mail("0002", "2025-11-21 08:12:44 +0900", MATSUMOTO_DOCOMO, [YAMAGUCHI], "Re: ﾒﾘﾃﾞｨｱﾝ ｼﾝｸのご案内（北摂運輸様）",
     mime.text_part(T0002, "Shift_JIS", "8bit"), style="docomo", mailer=DOCOMO, charset="Shift_JIS",
     reply_to="0001", archive=True, received="rmsmtp01.docomo.ne.jp",
     claims=[as_quoted(C0001, "tokyo", "2025-11-21")])

# ====================================================================== 0003 Tokyo answers, ISO-2022-JP, > interleaved
T0003 = """松本様

お世話になっております。山口です。
お忙しいところご返信ありがとうございます（＾＾）

2025年11月21日(金) 8:12 <matsu-k.0712@docomo.ne.jp>:
> １点だけ…倉庫は電波が弱いのですが、ｵﾌﾗｲﾝでも使えますか？？

申し訳ございません、ﾒﾘﾃﾞｨｱﾝ ｼﾝｸはｵﾌﾗｲﾝ環境ではご利用いただけません。
電波の届く事務所側で同期していただく運用をおすすめしております。
なお、同製品はWindows、Mac、iPhone、Androidの各端末に対応しております（Linuxは非対応です）。

よろしくお願いいたします。

山口 遥
メリディアン・データ㈱ 東京オフィス
ＴＥＬ：０３－５５５５－０２１４
"""
mail("0003", "2025-11-25 10:20:31 +0900", YAMAGUCHI, [MATSUMOTO_DOCOMO], "Re: ﾒﾘﾃﾞｨｱﾝ ｼﾝｸのご案内（北摂運輸様）",
     mime.text_part(T0003, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK,
     charset="ISO-2022-JP", crlf=True, reply_to="0002", archive=True,
     claims=[
         C("sync", "offline_mode", False, "ok", "ﾒﾘﾃﾞｨｱﾝ ｼﾝｸはｵﾌﾗｲﾝ環境ではご利用いただけません。"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "同製品はWindows、Mac、iPhone、Androidの各端末に対応しております（Linuxは非対応です）。"),
     ])

# ====================================================================== 0004 US phone mail, Vault
T0004 = """Mike - quick answers from the airport:

Meridian Vault is $20/TB/mo, no setup fee.
Vault's RPO is 15 min and its SLA is 99.95%. Vault encrypts everything at rest w/ AES-256.
We can move your 40 TB over a weekend with zero downtime :)

Call you Mon 10am PT?
Kevin

Sent from my iPhone
"""
mail("0004", "2025-12-03 06:48:10 -0800", KEVIN, [MIKE], "Re: Vault pricing?", mime.text_part(T0004, "us-ascii", "7bit"),
     style="apple", mailer=IPHONE, archive=True,
     claims=[
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20/TB/mo, no setup fee."),
         C("vault", "rpo", dur(15, "minutes"), "ok", "Vault's RPO is 15 min and its SLA is 99.95%."),
         C("vault", "sla", 99.95, "ok", "Vault's RPO is 15 min and its SLA is 99.95%."),
         C("vault", "encryption", "AES-256", "ok", "Vault encrypts everything at rest w/ AES-256."),
     ],
     findings=[PH("en.guarantee", "zero downtime")])

# ====================================================================== 0005 London phone mail, Insight
T0005 = """Hi Tom,

Short one as I’m on the train. Meridian Insight is in beta now and goes GA in January 2027.
Insight pricing will be £25 per user per month + VAT, and there’s a 30-day free trial once you’re set up.
Dashboards are unlimited during the beta.

Harriet

Get Outlook for iOS
"""
mail("0005", "2025-12-15 17:31:02 +0000", HARRIET, [TOM], "Re: Insight timing",
     mime.text_part(T0005, "utf-8", "quoted-printable"), style="outlook-uk", mailer=OUTLOOK_IOS, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight is in beta now and goes GA in January 2027."),
         C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
           "Insight pricing will be £25 per user per month + VAT"),
         C("insight", "free_trial", dur(30, "days"), "ok", "there’s a 30-day free trial once you’re set up"),
     ],
     findings=[PH("en.unlimited", "Dashboards are unlimited during the beta.")])

# ====================================================================== 0006 Osaka, Vault, Shift_JIS 8bit (Becky!), 【】 heading, ①②③④
T0006 = """浪速パッケージ㈱
システム課　木下様

いつもお世話になっております。
メリディアン・データ大阪の西村でございます。

ご依頼のﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄの概要をお送りいたします。

【ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄ　概要】
　①料金：１ＴＢあたり月額￥２，８００（税抜）
　②バックアップ保持期間：標準９０日間
　③データセンター：東京・大阪の２拠点
　④ＲＰＯ：１５分

　※御社の現在のデータ量（約３２ＴＢ）で試算しますと、月額￥８９，６００（税抜）となります。

業界最安水準の価格でご提供しておりますので、ぜひご検討くださいませ。
来週１３日（火）１４：００～のお打ち合わせで詳しくご説明いたします。

────────────────
メリディアン・データ㈱　大阪オフィス
西村 大地
〒５３０－０００１ 大阪市北区梅田３－３－１０
ＴＥＬ：０６－５５５５－０４１７
℡（携帯）：０８０－５５５５－０９２３
────────────────
"""
mail("0006", "2026-01-09 11:02:45 +0900", NISHIMURA, [KINOSHITA], "ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄ概要のご送付",
     mime.text_part(T0006, "Shift_JIS", "8bit"), style="becky", mailer=ACTIVEMAIL, charset="Shift_JIS",
     archive=True,
     claims=[
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "①料金：１ＴＢあたり月額￥２，８００（税抜）"),
         C("vault", "retention", dur(90, "days"), "ok", "②バックアップ保持期間：標準９０日間"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "③データセンター：東京・大阪の２拠点"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "④ＲＰＯ：１５分"),
     ],
     findings=[PH("ja.cheapest", "業界最安水準の価格でご提供しております")])

# ====================================================================== 0007 customer, au phone, Shift_JIS, Q-encoded subject
T0007 = """西村さん
お世話になります、坂井です。
以前御社の別の営業さんから、ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄはｼﾝｶﾞﾎﾟｰﾙにもﾃﾞｰﾀｾﾝﾀｰがあると伺っております。
海外拠点のﾊﾞｯｸｱｯﾌﾟもまとめたいので、今もｼﾝｶﾞﾎﾟｰﾙのDCを使えるか教えてください(^_^;)
あと保持期間は最大何日までいけますか？

坂井
"""
mail("0007", "2026-01-20 21:14:09 +0900", SAKAI, [NISHIMURA], "ﾊﾞｯｸｱｯﾌﾟの件",
     mime.text_part(T0007, "Shift_JIS", "8bit"), style="ezweb", charset="Shift_JIS", subj_enc="Q",
     archive=True, received="mta-au.ezweb.ne.jp",
     claims=[
         C("vault", "data_centers", "Singapore", "conflict",
           "ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄはｼﾝｶﾞﾎﾟｰﾙにもﾃﾞｰﾀｾﾝﾀｰがあると伺っております。", office="unknown"),
     ])

# ====================================================================== 0008 US phone mail, Sync
T0008 = """Hi Greg,

Yes, Meridian Sync handles up to 5,000 users today, so your 260 staff are fine.
It's $399/month for the whole org and the uptime SLA is 99.9%.
Honestly it's the number one file sync tool our accounting customers ask for.

Laura
Sent from my Galaxy
"""
mail("0008", "2026-02-05 13:22:57 -0800", LAURA, [GREG], "Re: Sync for Harborview?",
     mime.text_part(T0008, "us-ascii", "7bit"), style="thunderbird", mailer=GALAXY, archive=True,
     claims=[
         C("sync", "max_users", 5000, "ok", "Meridian Sync handles up to 5,000 users today"),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok",
           "It's $399/month for the whole org and the uptime SLA is 99.9%."),
         C("sync", "sla", 99.9, "ok", "It's $399/month for the whole org and the uptime SLA is 99.9%."),
     ],
     findings=[PH("en.superlative", "it's the number one file sync tool")])

# ====================================================================== 0009 Tokyo, Insight, UTF-8 QP alternative, emoji, ＞＞ inside > quote
T0009 = """井上様

お世話になっております、メリディアン・データの森田です🙇‍♂️
メリディアン インサイトについてのご質問、以下のとおり回答いたします。

・メリディアン インサイトの無料トライアルは３０日間です😊
・同製品の料金は１ユーザーあたり月額４，０００円（税抜）です(^^)
・同製品の正式リリース（一般提供）は2027年1月を予定しております🚀
・本製品のダッシュボードは最大２００個まで作成可能です✨

トライアル期間中の操作説明会（１回９０分程度）も無料です♪

2026年2月10日(火) 18:40 井上 亮 <inoue@kobe-marine.co.jp>:
> 森田様
>
> ご連絡ありがとうございます。追加で質問です。
> ＞＞トライアルは何日間でしょうか？
> ＞＞料金は１ユーザーあたりいくらでしょうか？
> ＞まずは経理部の１０～２０名で試したいと考えています。
>
> 神戸マリン 井上
"""
mail("0009", "2026-02-12 09:15:33 +0900", MORITA, [INOUE], "Re: メリディアン インサイトについて",
     alt(T0009, "UTF-8", "quoted-printable", "0009", "outlook", "ja"), style="outlook-jp", mailer=OUTLOOK,
     crlf=True, archive=True, reply_to=None,
     claims=[
         C("insight", "free_trial", dur(30, "days"), "ok", "メリディアン インサイトの無料トライアルは３０日間です😊"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "同製品の料金は１ユーザーあたり月額４，０００円（税抜）です(^^)"),
         C("insight", "general_availability", "2027-01", "ok",
           "同製品の正式リリース（一般提供）は2027年1月を予定しております🚀"),
         C("insight", "max_dashboards", 200, "ok", "本製品のダッシュボードは最大２００個まで作成可能です✨"),
     ])

# ====================================================================== 0010 London, Vault, iPad
T0010 = """Ravi,

Meridian Vault for the Leeds archive: £16 per TB per month ex VAT, up to 500 TB per tenant, all of it encrypted with AES-256.
Vault keeps backups for 90 days by default.

H.

Sent from my iPad
"""
mail("0010", "2026-03-02 07:55:40 +0000", HARRIET, [RAVI], "Vault numbers", mime.text_part(T0010, "utf-8", "8bit"),
     style="apple", mailer=IPAD, archive=True,
     claims=[
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "£16 per TB per month ex VAT"),
         C("vault", "max_storage", 500 * TB, "ok", "up to 500 TB per tenant"),
         C("vault", "encryption", "AES-256", "ok", "all of it encrypted with AES-256"),
         C("vault", "retention", dur(90, "days"), "ok", "Vault keeps backups for 90 days by default."),
     ])

# ====================================================================== 0011 Tokyo, Insight latency in ㍉秒, ISO-2022-JP
T0011 = """井上様

お世話になっております。森田です。
ﾄﾗｲｱﾙのご利用ありがとうございます。

ﾒﾘﾃﾞｨｱﾝ ｲﾝｻｲﾄのクエリ応答時間は５００㍉秒以内です。
経理部さまの１００万行程度のデータであれば、体感でもほぼ待ち時間はございません。
また、同製品ではﾀﾞｯｼｭﾎﾞｰﾄﾞを最大２００個まで作成できます。
操作マニュアル（ＰＤＦ、約８００㌔バイト）は別途お送りいたします。

引き続きよろしくお願いいたします。

森田 健太
メリディアン・データ㈱ 東京オフィス
ＴＥＬ：０３－５５５５－０２３１
"""
mail("0011", "2026-04-14 15:40:02 +0900", MORITA, [INOUE], "ﾒﾘﾃﾞｨｱﾝ ｲﾝｻｲﾄの応答速度について",
     mime.text_part(T0011, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     crlf=True, archive=True,
     claims=[
         C("insight", "query_latency", dur(0.5, "seconds"), "conflict", "ﾒﾘﾃﾞｨｱﾝ ｲﾝｻｲﾄのクエリ応答時間は５００㍉秒以内です。"),
         C("insight", "max_dashboards", 200, "ok", "同製品ではﾀﾞｯｼｭﾎﾞｰﾄﾞを最大２００個まで作成できます。"),
     ])

# ====================================================================== 0012 London, Insight, sourced superlative
T0012 = """Hi Tom,

Following up from the beta call: Meridian Insight returns queries within 2 seconds (p95) on workspaces of 100M rows.
It also has industry-leading dashboard sharing [1].
Insight’s 30-day free trial only starts when your admin first logs in.

Harriet

[1] Source: Halden Research, BI Collaboration Survey, March 2026.

--
Harriet Doyle | Account Director
Meridian Data UK Ltd | +44 (0)20 7946 0412
"""
mail("0012", "2026-04-28 10:05:19 +0100", HARRIET, [TOM], "Insight beta follow-up",
     alt(T0012, "utf-8", "quoted-printable", "0012"), style="outlook-uk", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight returns queries within 2 seconds (p95)"),
         C("insight", "free_trial", dur(30, "days"), "ok", "Insight’s 30-day free trial only starts when your admin first logs in."),
     ])

# ====================================================================== 0013 US phone mail, Sync 10k
T0013 = """Mike, good news: as of April Meridian Sync scales to 10k users per tenant, and every user still gets 1 TB.
So the lab + the new clinic (~1,900 people) fit in one tenant.

K

Sent from my iPhone
"""
mail("0013", "2026-05-08 18:03:27 -0700", KEVIN, [MIKE], "Re: Sync sizing", mime.text_part(T0013, "us-ascii", "7bit"),
     style="apple", mailer=IPHONE, archive=True,
     claims=[
         C("sync", "max_users", 10000, "ok", "Meridian Sync scales to 10k users per tenant"),
         C("sync", "storage_per_user", 1 * TB, "ok", "every user still gets 1 TB"),
     ])

# ====================================================================== 0014 Osaka phone mail, Shift_JIS, wrong limit, old name
T0014 = """木下様
西村です、外出先から失礼します。
先ほどのご質問の件、ﾒﾘﾃﾞｨｱﾝ ｼﾝｸ（旧ﾒﾘﾃﾞｨｱﾝ ﾌｧｲﾙｼﾝｸ）は最大１５，０００ﾕｰｻﾞｰまでOKです！
ｼﾝｸの月額料金は５万円（税抜）のままです(^^)v
詳細は明日お電話します。
西村
"""
C0014 = [
    C("sync", "max_users", 15000, "conflict", "ﾒﾘﾃﾞｨｱﾝ ｼﾝｸ（旧ﾒﾘﾃﾞｨｱﾝ ﾌｧｲﾙｼﾝｸ）は最大１５，０００ﾕｰｻﾞｰまでOKです！"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "ｼﾝｸの月額料金は５万円（税抜）のままです(^^)v"),
]
mail("0014", "2026-05-19 16:42:08 +0900", NISHIMURA, [KINOSHITA], "Re: ｼﾝｸの件",
     mime.text_part(T0014, "Shift_JIS", "8bit"), style="becky", mailer=ACTIVEMAIL, charset="Shift_JIS",
     archive=True, claims=[C0014],
     findings=[TERM("sync", "ﾒﾘﾃﾞｨｱﾝ ﾌｧｲﾙｼﾝｸ")])

# ====================================================================== 0015 customer, SoftBank iPhone, UTF-8, quotes 0014
T0015 = """西村さん
ありがとうございます👍
まずは本社の10〜20ユーザーで始めて、秋に工場分を追加する予定です。
お電話お待ちしております📞

iPhoneから送信

2026/05/19 16:42、西村 大地 <daichi.nishimura@osaka.jp.meridian-data.com>のメール:

""" + quote(T0014)
mail("0015", "2026-05-20 07:31:55 +0900", KINOSHITA_SB, [NISHIMURA], "Re: ｼﾝｸの件",
     mime.text_part(T0015, "UTF-8", "quoted-printable"), style="softbank", mailer=IPHONE, reply_to="0014",
     archive=True,
     claims=[as_quoted(C0014, "osaka", "2026-05-20")],
     findings=[TERM("sync", "ﾒﾘﾃﾞｨｱﾝ ﾌｧｲﾙｼﾝｸ", quoted=True)])

# ====================================================================== 0016 Tokyo, Vault, ISO-2022-JP written as CP50220 (kana widened)
T0016 = """北摂運輸㈱
総務部　松本様

お世話になっております。山口です。
ﾊﾞｯｸｱｯﾌﾟについてのお問い合わせありがとうございます。

ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄは１ＴＢあたり月額２，８００円（税抜）でご利用いただけます。
同製品のＳＬＡは９９．９５％、データは東京・大阪のデータセンターに保管いたします。
同製品では保管データをすべて２５６ビットＡＥＳで暗号化いたします。

ご検討のほど、よろしくお願いいたします。

山口 遥
メリディアン・データ㈱ 東京オフィス
ＴＥＬ：０３－５５５５－０２１４
"""
L0016 = "同製品のＳＬＡは９９．９５％、データは東京・大阪のデータセンターに保管いたします。"
mail("0016", "2026-06-10 13:12:40 +0900", YAMAGUCHI, [MATSUMOTO], "ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄのご案内",
     mime.text_part(T0016, "iso-2022-jp-cp50220", "7bit"), style="becky", mailer=DENBUN,
     charset="ISO-2022-JP-CP50220", archive=True,
     claims=[
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           W("ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄは１ＴＢあたり月額２，８００円（税抜）でご利用いただけます。")),
         C("vault", "sla", 99.95, "ok", L0016),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", L0016),
         C("vault", "encryption", "AES-256", "ok", "同製品では保管データをすべて２５６ビットＡＥＳで暗号化いたします。"),
     ])

# ====================================================================== 0017 Osaka, Vault, Shift_JIS base64, 税込 slip, 絶対
T0017 = """木下様

いつもお世話になっております。大阪の西村です。
ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄの正式なお見積りをお送りします。

　・ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄ：１ＴＢあたり月額￥２，８００（税込）
　・同製品の保存容量は１テナントあたり最大５００ＴＢです
　・御社ご利用予定：４０ＴＢ × １２ヶ月

ﾊﾞｯｸｱｯﾌﾟﾃﾞｰﾀが消えることは絶対にありませんので、ご安心ください。

西村 大地
メリディアン・データ㈱　大阪オフィス
ＴＥＬ：０６－５５５５－０４１７
"""
mail("0017", "2026-06-24 10:48:21 +0900", NISHIMURA, [KINOSHITA], "ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄお見積り",
     mime.text_part(T0017, "Shift_JIS", "base64"), style="becky", mailer=ACTIVEMAIL, charset="Shift_JIS",
     archive=True,
     claims=[
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "included"), "conflict",
           "ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄ：１ＴＢあたり月額￥２，８００（税込）"),
         C("vault", "max_storage", 500 * TB, "ok", "同製品の保存容量は１テナントあたり最大５００ＴＢです"),
     ],
     findings=[PH("ja.absolute", "消えることは絶対にありません")])

# ====================================================================== 0018 US phone mail, Insight, range
T0018 = """Greg - Insight quick facts for your partners' meeting:
- Meridian Insight GA is January 2027 (beta until then)
- Insight is $30 per user per month
- Insight dashboards load in 1-2 seconds
Laura
Sent from my Galaxy
"""
mail("0018", "2026-07-15 08:10:05 -0700", LAURA, [GREG], "Insight facts", mime.text_part(T0018, "us-ascii", "7bit"),
     style="thunderbird", mailer=GALAXY,
     claims=[
         C("insight", "general_availability", "2027-01", "ok", "Meridian Insight GA is January 2027 (beta until then)"),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", "Insight is $30 per user per month"),
         C("insight", "query_latency", {"min": 1, "max": 2, "unit": "seconds"}, "ok",
           "Insight dashboards load in 1-2 seconds"),
     ])

# ====================================================================== 0019 customer phone mail, reported statement
T0019 = """Hi Kevin,
Quick q from our Singapore team. Your Tokyo colleague told us Meridian Sync works in offline mode.
Is that right? We need ~300 seats by Oct.
Aiko
Sent from my iPhone
"""
mail("0019", "2026-08-05 19:40:12 +0800", AIKO, [KEVIN], "Sync offline?", mime.text_part(T0019, "us-ascii", "7bit"),
     style="apple", mailer=IPHONE,
     claims=[
         C("sync", "offline_mode", True, "conflict",
           "Your Tokyo colleague told us Meridian Sync works in offline mode.", office="unknown"),
     ])

# ====================================================================== 0020 Tokyo writes English, Ⅱ, office-variant, ISMAP
T0020 = """Dear Ms. Tan,

Sorry for the confusion. Meridian Sync does NOT have an offline mode.
Other points:
- Meridian Sync is JPY 50,000/month (excl. tax) for Japan contracts, USD 399/month for your Singapore entity.
- Meridian Sync is ISO27001 and SOC2 TypeⅡ certified.
- Meridian Sync is also ISMAP certified (＾＾)

Best regards,
Kenta Morita
Meridian Data K.K. Tokyo Office
TEL：03-5555-0231
"""
L0020 = "Meridian Sync is JPY 50,000/month (excl. tax) for Japan contracts, USD 399/month for your Singapore entity."
mail("0020", "2026-09-03 11:26:44 +0900", MORITA, [AIKO], "Re: Sync offline?",
     mime.text_part(T0020, "UTF-8", "quoted-printable"), style="outlook-jp", mailer=OUTLOOK, crlf=True, archive=True,
     claims=[
         C("sync", "offline_mode", False, "ok", "Meridian Sync does NOT have an offline mode."),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", L0020),
         C("sync", "monthly_price", money(399, "USD", "month"), "office-variant", L0020),
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "Meridian Sync is ISO27001 and SOC2 TypeⅡ certified."),
         C("sync", "certifications", "ISMAP", "conflict", "Meridian Sync is also ISMAP certified"),
     ])

# ====================================================================== 0021 Osaka, ISO-2022-JP, 【】 headings and ①② lists
T0021 = """坂井様

お世話になっております。大阪の西村です。
お電話でご質問いただいた件、まとめてお送りいたします。

【ﾒﾘﾃﾞｨｱﾝ ｼﾝｸ】
　①月額料金：５５，０００円（税込）
　②ストレージ容量：１ﾕｰｻﾞｰあたり１ＴＢ
　③対応OS：Windows／Mac／iPhone／Android
　④利用人数：最大１０，０００名

【ﾒﾘﾃﾞｨｱﾝ ﾎﾞｰﾙﾄ】
　①保持期間：標準９０日（延長オプションあり）
　②データセンター：東京／大阪／オレゴン／フランクフルト

ご検討のほど、よろしくお願いいたします。
西村
"""
mail("0021", "2026-10-06 14:05:37 +0900", NISHIMURA, [SAKAI], "ご質問の件（ｼﾝｸ／ﾎﾞｰﾙﾄ）",
     mime.text_part(T0021, "ISO-2022-JP", "7bit"), style="becky", mailer=BECKY, charset="ISO-2022-JP",
     archive=True, subj_enc="Q",
     claims=[
         C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "①月額料金：５５，０００円（税込）"),
         C("sync", "storage_per_user", 1 * TB, "ok", "②ストレージ容量：１ﾕｰｻﾞｰあたり１ＴＢ"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "③対応OS：Windows／Mac／iPhone／Android"),
         C("sync", "max_users", 10000, "ok", "④利用人数：最大１０，０００名"),
         C("vault", "retention", dur(90, "days"), "ok", "①保持期間：標準９０日（延長オプションあり）"),
         SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
             "②データセンター：東京／大阪／オレゴン／フランクフルト"),
     ])

# ====================================================================== 0022 Tokyo phone mail, UTF-8 8bit, ～ and 〜 ranges
T0022 = """松本様
山口です、移動中のため携帯から失礼します🙏
メリディアン ボールトのRPOは10～15分です。
あと、先日のメリディアン インサイトのデモの件、クエリ応答時間は1〜2秒です😊
詳細は週明けにお送りします！

iPhoneから送信
"""
mail("0022", "2026-10-28 18:22:03 +0900", YAMAGUCHI, [MATSUMOTO], "Re: ﾃﾞﾓのお礼",
     mime.text_part(T0022, "UTF-8", "8bit"), style="apple", mailer=IPHONE, subj_cs="ISO-2022-JP", archive=True,
     claims=[
         C("vault", "rpo", {"min": 10, "max": 15, "unit": "minutes"}, "ok", "メリディアン ボールトのRPOは10～15分です。"),
         C("insight", "query_latency", {"min": 1, "max": 2, "unit": "seconds"}, "ok",
           "あと、先日のメリディアン インサイトのデモの件、クエリ応答時間は1〜2秒です😊"),
     ])

# ====================================================================== 0023 US, Outlook block quote of customer, Linux, unlimited
T0023 = """Mike,

Short answer: yes. Meridian Sync runs on Windows, Mac and Linux desktops, plus iOS and Android.
Storage is unlimited on the Enterprise plan.

Kevin

________________________________
From: Mike Dunn <m.dunn@pinecrest-labs.com>
Sent: Monday, November 9, 2026 4:12 PM
To: Kevin Park <kevin.park@meridian-data.com>
Subject: Sync on our Linux boxes?

Kevin - do Meridian Sync clients run on our Ubuntu workstations? We've got about 35 of them in the lab.

Mike
"""
mail("0023", "2026-11-10 08:02:51 -0800", KEVIN, [MIKE], "RE: Sync on our Linux boxes?",
     alt(T0023, "us-ascii", "7bit", "0023"), style="outlook-us", mailer=OUTLOOK, crlf=True,
     claims=[
         C("sync", "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, Mac and Linux desktops, plus iOS and Android."),
         C("sync", "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, Mac and Linux desktops, plus iOS and Android."),
         C("sync", "supported_platforms", "Linux", "conflict", "Meridian Sync runs on Windows, Mac and Linux desktops, plus iOS and Android."),
         C("sync", "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, Mac and Linux desktops, plus iOS and Android."),
         C("sync", "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, Mac and Linux desktops, plus iOS and Android."),
     ],
     findings=[PH("en.unlimited", "Storage is unlimited on the Enterprise plan.")])

# ====================================================================== 0024 Tokyo rep from his own au phone: office unknown
T0024 = """井上様
森田です。会社のPCが使えず、私用の携帯から失礼します<(_ _)>
ﾒﾘﾃﾞｨｱﾝ ｼﾝｸの稼働率は９９．９％です。
利用者数はｼﾝｸ１テナントで最大１万名までです。
正式な回答は明日、会社のアドレスからお送りします。
森田
"""
mail("0024", "2026-11-18 20:47:15 +0900", MORITA_AU, [INOUE], "ｼﾝｸの件",
     mime.text_part(T0024, "Shift_JIS", "8bit"), style="aucom", charset="Shift_JIS", subj_enc="Q",
     archive=True, received="mta.au.com",
     claims=[
         C("sync", "sla", 99.9, "ok", "ﾒﾘﾃﾞｨｱﾝ ｼﾝｸの稼働率は９９．９％です。", office="unknown"),
         C("sync", "max_users", 10000, "ok", "利用者数はｼﾝｸ１テナントで最大１万名までです。", office="unknown"),
     ])

# ====================================================================== 0025 Tokyo, ISO-2022-JP, unverified attributes, a stale limit
T0025 = """松本様

山口です。追加でいただいたご質問への回答です。

　・ﾒﾘﾃﾞｨｱﾝ ｼﾝｸは１ﾕｰｻﾞｰあたり最大５台の端末でご利用いただけます。
　・同製品のｻﾎﾟｰﾄ窓口の初回回答は４時間以内です。
　・同製品の利用人数の上限は５，０００名です。
　・同製品はｵﾌﾗｲﾝでもファイルの閲覧が可能です。

倉庫の端末（約４０台）の入れ替えは８月中旬とのこと、承知いたしました。

山口 遥
メリディアン・データ㈱ 東京オフィス
ＴＥＬ：０３－５５５５－０２１４
"""
mail("0025", "2026-07-21 12:10:48 +0900", YAMAGUCHI, [MATSUMOTO], "ﾒﾘﾃﾞｨｱﾝ ｼﾝｸ 追加のご質問",
     mime.text_part(T0025, "ISO-2022-JP", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     crlf=True, archive=True,
     claims=[
         C("sync", "max_devices", 5, "unverified", "ﾒﾘﾃﾞｨｱﾝ ｼﾝｸは１ﾕｰｻﾞｰあたり最大５台の端末でご利用いただけます。"),
         C("sync", "support_response_time", dur(4, "hours"), "unverified", "同製品のｻﾎﾟｰﾄ窓口の初回回答は４時間以内です。"),
         C("sync", "max_users", 5000, "stale", "同製品の利用人数の上限は５，０００名です。"),
         C("sync", "offline_mode", True, "conflict", "同製品はｵﾌﾗｲﾝでもファイルの閲覧が可能です。"),
     ])

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "query_latency", ("london", "tokyo")),
    ("meridian-sync", "max_users", ("osaka", "us-hq")),
    ("meridian-vault", "price_per_tb", ("osaka", "tokyo")),
]

from docs_content import DOCS  # noqa: E402,F401
