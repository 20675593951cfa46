#!/usr/bin/env python3
"""Generate evaluation set 7 for onevoice (deterministic, stdlib only).

    python3 gen/generate.py            # from anywhere; writes into the set folder

Writes mail/NNNN.eml, mail/archive.mbox (mboxrd, date order), docs/<office>/...,
.onevoice.yaml, README.md and expected.jsonl into the folder above gen/, then
checks its own work:
  * every `text` excerpt is in the decoded text of its file (MIME-decoded for
    mail, raw and tag-stripped for HTML), the mbox round-trips to the .eml bytes;
  * every claim verdict agrees with a small independent judge of FACTS.md /
    LABELS.md (base values, validity windows, tax x1.1, office variants, bounds);
  * phrase findings equal what the phrase rules' patterns (copied from
    rules/phrases/*.yaml) fire on, after `unless` and inline suppressions;
  * terminology findings equal the deprecated names found outside URLs;
  * cross-office lines are computed from the archive's claims (LABELS.md).
"""
import base64, datetime as dt, fnmatch, hashlib, html, html.parser, json, os, quopri, re, shutil, sys, unicodedata
import email, email.policy, email.utils

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"

# ------------------------------------------------------------------ vocabulary
P = {"S": "meridian-sync", "V": "meridian-vault", "I": "meridian-insight"}
JST, PDT, PST = dt.timezone(dt.timedelta(hours=9)), dt.timezone(dt.timedelta(hours=-7)), dt.timezone(dt.timedelta(hours=-8))
GMT, BST = dt.timezone.utc, dt.timezone(dt.timedelta(hours=1))
TB, GB = 10 ** 12, 10 ** 9
OFFICE_GLOBS = [("us-hq", "*@meridian-data.com"), ("london", "*@uk.meridian-data.com"),
                ("tokyo", "*@jp.meridian-data.com"), ("osaka", "*@osaka.jp.meridian-data.com")]
WD_JA = "月火水木金土日"


def office_of(addr):
    hits = [(len(g), o) for o, g in OFFICE_GLOBS if fnmatch.fnmatchcase(addr.lower(), g)]
    return max(hits)[1] if hits else "unknown"


def jd(y, m, d):
    """1月27日（火） for a date."""
    return "%d月%d日（%s）" % (m, d, WD_JA[dt.date(y, m, d).weekday()])


def jpy(a, per="month", tax=None):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def usd(a, per="month"):
    return {"amount": a, "currency": "USD", "per": per, "tax": None}


def gbp(a, per="month"):
    return {"amount": a, "currency": "GBP", "per": per, "tax": None}


def mins(n): return {"amount": n, "unit": "minutes"}
def hours(n): return {"amount": n, "unit": "hours"}
def days(n): return {"amount": n, "unit": "days"}
def secs(n): return {"amount": n, "unit": "seconds"}


class C:
    """One expected claim line (set members: one C per member)."""

    def __init__(self, prod, attr, value, verdict, text, quoted=False, office=None, as_of=None):
        self.product, self.attribute, self.value, self.verdict, self.text = P[prod], attr, value, verdict, text
        self.quoted, self.office, self.as_of = quoted, office, as_of


def CS(prod, attr, members, verdict, text, **kw):
    return [C(prod, attr, m, verdict, text, **kw) for m in members]


class F:
    """One expected finding line: phrase (rule) or terminology (product)."""

    def __init__(self, kind, key, text, quoted=False):
        self.kind, self.text, self.quoted = kind, text, quoted
        self.rule = key if kind == "phrase" else None
        self.product = P[key] if kind == "terminology" else None


def flat(xs):
    out = []
    for x in xs:
        out += x if isinstance(x, list) else [x]
    return out


# ------------------------------------------------------------------ people
SATO = ("佐藤 健", "k.sato@jp.meridian-data.com")
YAMAMOTO = ("山本 美咲", "m.yamamoto@jp.meridian-data.com")
NAKAMURA = ("中村 大輔", "d.nakamura@osaka.jp.meridian-data.com")
JASON = ("Jason Lee", "jason.lee@meridian-data.com")
EMILY = ("Emily Carter", "emily.carter@meridian-data.com")
OLIVER = ("Oliver Hughes", "oliver.hughes@uk.meridian-data.com")
SOPHIE = ("Sophie Turner", "sophie.turner@uk.meridian-data.com")
ISHIDA = ("石田 徹", "t.ishida@minato-sys.co.jp")                 # partner (reseller)
KIMURA = ("木村 浩", "h.kimura@hokusei-bussan.co.jp")
OGAWA = ("小川 隆", "t.ogawa@toho-kasei.co.jp")
ENDO = ("遠藤 一郎", "k.endo@aoba-seiko.co.jp")
OKADA = ("岡田 聡", "s.okada@naniwa-seiki.co.jp")
FUJITA = ("藤田 由美", "y.fujita@midori-shokai.co.jp")
UEDA = ("上田 亮", "r.ueda@kansai-butsuryu.co.jp")
MORI = ("森 圭介", "a.mori@sakura-denki.co.jp")
HAYASHI = ("林 直人", "n.hayashi@hokuto-kensetsu.co.jp")
KATO = ("加藤 優子", "y.kato@tokai-kogyo.co.jp")
PRIYA = ("Priya Shah", "priya.shah@fenwick-partners.co.uk")
HELEN = ("Helen Marsh", "helen.marsh@brightwater-logistics.co.uk")
DANA = ("Dana Whitfield", "dana.whitfield@cascadia-health.org")
MARCUS = ("Marcus Reid", "m.reid@thamesmead-council.gov.uk")
JAMES = ("James Okafor", "j.okafor@kestrel-retail.co.uk")
TOM = ("Tom Becker", "tbecker@redwood-analytics.com")
NEWS = ("Meridian Data customers", "customers@lists.meridian-data.com")

SIG_SATO = "--\n株式会社メリディアンデータ 東京支店\n佐藤 健\n〒100-0005 東京都千代田区丸の内1-1-1\nTEL 03-5555-0101\n"
SIG_YAMAMOTO = "--\n株式会社メリディアンデータ 東京支店 セールスエンジニア\n山本 美咲\nTEL 03-5555-0117\n"
SIG_NAKAMURA = "--\n株式会社メリディアンデータ 大阪支店\n中村 大輔\n〒530-0001 大阪市北区梅田1-2-3\nTEL 06-6345-6789\n"
SIG_OLIVER = "--\nOliver Hughes | Account Executive, London | +44 20 7946 0321\n"
SIG_JASON = "--\nJason Lee | Solutions Engineer | Meridian Data | +1 (415) 555-0142\n"
SIG_ISHIDA = "--\n株式会社ミナトシステム ソリューション営業部\n石田 徹\nTEL 045-555-0188\n"


# ------------------------------------------------------------------ mail
class M:
    def __init__(self, num, when, frm, to, subject, body, enc="utf8-b64", eol="lf", archive=False,
                 claims=(), findings=(), html_alt=False, attach=None, reply_to=None, msgid=None):
        self.num, self.when, self.frm, self.to, self.subject, self.body = num, when, frm, to, subject, body
        self.enc, self.eol, self.archive, self.html_alt, self.attach = enc, eol, archive, html_alt, attach
        self.claims, self.findings, self.reply_to = flat(claims), list(findings), reply_to
        h = hashlib.sha1(("set7-%d-%s" % (num, frm[1])).encode()).hexdigest().upper()
        dom = frm[1].split("@")[1]
        self.msgid = msgid or {
            "minato-sys.co.jp": "CAM%s+%s@mail.gmail.com" % (h[:18], h[18:26].lower()),
            "brightwater-logistics.co.uk": "LO2P265MB%s@LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM" % (h[:10], h[10:16]),
        }.get(dom, "%s.%04d.%s@%s" % (when.strftime("%Y%m%d%H%M%S"), num, h[:10].lower(), dom))
        self.file = "mail/%04d.eml" % num
        self.office = office_of(frm[1])
        self.date = when.date().isoformat()


def ew(text, charset):
    """RFC 2047 encoded words (B), each self-contained, folded."""
    if all(ord(c) < 128 for c in text):
        return text
    cs, codec, n = ("ISO-2022-JP", "iso2022_jp", 8) if charset == "iso2022" else ("UTF-8", "utf-8", 10)
    words = ["=?%s?B?%s?=" % (cs, base64.b64encode(text[i:i + n].encode(codec)).decode()) for i in range(0, len(text), n)]
    return "\n ".join(words)


def addr(p, charset):
    name, a = p
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, a) if any(c in name for c in ",.") else "%s <%s>" % (name, a)
    return "%s <%s>" % (ew(name, charset), a)


def wrap76(s):
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def encode_body(text, enc):
    """-> (headers, body) for a text part."""
    if enc == "iso2022":
        return ["Content-Type: text/plain; charset=ISO-2022-JP", "Content-Transfer-Encoding: 7bit"], text.encode("iso2022_jp").decode("ascii")
    if enc == "ascii":
        text.encode("ascii")
        return ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"], text
    if enc == "utf8-b64":
        return ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"], wrap76(base64.b64encode(text.encode()).decode())
    if enc == "utf8-qp":
        return ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"], quopri.encodestring(text.encode()).decode("ascii")
    if enc == "utf8-8bit":
        return ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"], text
    raise ValueError(enc)


def to_html(text):
    """A plain body as a simple HTML alternative (paragraphs and bullet lists)."""
    out, items = ["<html><body>"], []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(("- ", "・")) for l in lines):
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(l[2:] if l.startswith("- ") else l[1:], quote=False) for l in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def headers_of(m, charset):
    h = ["From: " + addr(m.frm, charset), "To: " + addr(m.to, charset), "Subject: " + ew(m.subject, charset),
         "Date: " + email.utils.format_datetime(m.when), "Message-ID: <%s>" % m.msgid]
    if m.reply_to:
        h += ["In-Reply-To: <%s>" % m.reply_to.msgid, "References: <%s>" % m.reply_to.msgid]
    return h + ["MIME-Version: 1.0"]


def render(m):
    charset = "iso2022" if m.enc == "iso2022" else "utf8"
    h = headers_of(m, charset)
    if m.html_alt:
        b = "=_alt_%04d_7f3a" % m.num
        ph, pb = encode_body(m.body, m.enc)
        hb = quopri.encodestring(to_html(m.body).encode()).decode("ascii")
        body = ("This is a multi-part message in MIME format.\n\n--%s\n%s\n\n%s\n--%s\n"
                "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n"
                % (b, "\n".join(ph), pb.rstrip("\n"), b, hb.rstrip("\n"), b))
        h.append('Content-Type: multipart/alternative; boundary="%s"' % b)
    elif m.attach is not None:
        b = "=_mix_%04d_c41d" % m.num
        ph, pb = encode_body(m.body, m.enc)
        inner = render(m.attach).rstrip("\n")
        body = ("This is a multi-part message in MIME format.\n\n--%s\n%s\n\n%s\n--%s\n"
                "Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"original.eml\"\n\n%s\n--%s--\n"
                % (b, "\n".join(ph), pb.rstrip("\n"), b, inner, b))
        h.append('Content-Type: multipart/mixed; boundary="%s"' % b)
    else:
        ph, body = encode_body(m.body, m.enc)
        h += ph
    raw = "\n".join(h) + "\n\n" + body
    return raw if raw.endswith("\n") else raw + "\n"


def jdate(d, hhmm):
    return "%d年%d月%d日(%s) %s" % (d.year, d.month, d.day, WD_JA[d.weekday()], hhmm)


# ================================================================== the messages
def T(y, mo, d, h, mi, tz):
    return dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz)


MAIL = []

# --- 0001 Tokyo -> customer, ISO-2022-JP, CRLF; a value placed in a period (令和8年4月1日以降)
MAIL.append(M(1, T(2026, 1, 20, 10, 30, JST), SATO, KIMURA, "メリディアン シンクのご案内",
"""北星物産株式会社
情報システム部 木村様

いつもお世話になっております。メリディアンデータ東京支店の佐藤です。
先日はお打ち合わせのお時間をいただき、ありがとうございました。

ご質問いただいた点について回答いたします。

・メリディアン シンクは、現在1テナントあたり最大5,000ユーザーまでご利用いただけます。
・なお、令和8年4月1日以降は、同製品の上限が最大1万ユーザーに拡張されます。
・同製品の月額料金は50,000円（税抜）です。
・同製品はISO 27001およびSOC 2 Type IIの認証を取得しております。

次回のお打ち合わせは%s14時からでお願いできますでしょうか。

よろしくお願いいたします。

""" % jd(2026, 1, 27) + SIG_SATO, enc="iso2022", eol="crlf", claims=[
    C("S", "max_users", 5000, "ok", "メリディアン シンクは、現在1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    C("S", "max_users", 10000, "ok", "令和8年4月1日以降は、同製品の上限が最大1万ユーザーに拡張されます。", as_of="2026-04-01"),
    C("S", "monthly_price", jpy(50000, tax="excluded"), "ok", "同製品の月額料金は50,000円（税抜）です。"),
    CS("S", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "同製品はISO 27001およびSOC 2 Type IIの認証を取得しております。"),
]))

# --- 0002 London -> customer (archive); interleaved reply to a customer's questions
MAIL.append(M(2, T(2026, 2, 10, 11, 5, GMT), OLIVER, PRIYA, "Re: Backup options for Fenwick Partners",
"""Hi Priya,

Thanks for the call on Monday. Answers inline below.

On %s, Priya Shah <priya.shah@fenwick-partners.co.uk> wrote:
> We are a 240-person firm with about 60 TB of backups today.
> Do you have a UK data centre for Meridian Vault?

There is no London data centre for Meridian Vault; UK customers are hosted in our Frankfurt data centre.

> What availability do you commit to?

Meridian Vault is backed by a 99.95%% availability SLA, with service credits if we miss it.

> And encryption?

Meridian Vault encrypts all backups at rest with AES-256.

Kind regards,
Oliver

""" % "Mon, 9 Feb 2026 at 16:40" + SIG_OLIVER, enc="utf8-qp", archive=True, claims=[
    C("V", "data_centers", "Frankfurt", "ok", "There is no London data centre for Meridian Vault; UK customers are hosted in our Frankfurt data centre."),
    C("V", "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA, with service credits if we miss it."),
    C("V", "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256."),
]))

# --- 0003 Tokyo -> customer (archive), ISO-2022-JP; a retraction and a deprecated katakana name
MAIL.append(M(3, T(2026, 3, 16, 9, 40, JST), YAMAMOTO, OGAWA, "【訂正】メリディアン シンクのご利用上限について",
"""東邦化成株式会社
総務部 小川様

お世話になっております。メリディアンデータの山本でございます。
先週お送りしたメールに誤りがございましたので、訂正いたします。

メリディアン シンクの利用上限を「最大3,000ユーザー」と記載いたしましたが誤りで、正しくは最大5,000ユーザーです。
大変失礼いたしました。

あわせて、ご質問の件を回答いたします。
・同製品の月額料金は50,000円（税抜）です。
・同製品はWindows、Mac、iPhone、Androidでご利用いただけます。

旧製品名「メリディアン ファイルシンク」でご案内していた資料は、お手数ですが破棄いただけますと幸いです。

""" + SIG_YAMAMOTO, enc="iso2022", archive=True, claims=[
    C("S", "max_users", 5000, "ok", "メリディアン シンクの利用上限を「最大3,000ユーザー」と記載いたしましたが誤りで、正しくは最大5,000ユーザーです。"),
    C("S", "monthly_price", jpy(50000, tax="excluded"), "ok", "同製品の月額料金は50,000円（税抜）です。"),
    CS("S", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "同製品はWindows、Mac、iPhone、Androidでご利用いただけます。"),
], findings=[F("terminology", "S", "旧製品名「メリディアン ファイルシンク」でご案内していた資料")]))

# --- 0004 London -> customer procurement (archive); customer's requirement and question are quoted
MAIL.append(M(4, T(2026, 4, 14, 15, 20, BST), OLIVER, HELEN, "Re: RFI questions - Meridian Sync",
"""Dear Helen,

Thank you for your RFI. Please find our answers below.

1. Meridian Sync supports up to 10,000 users per organisation.
2. Meridian Sync does not offer an offline mode; clients need a connection to sync.
3. Meridian Sync is £329 per month.

Kind regards,
Oliver

On Fri, 10 Apr 2026 at 09:12, Helen Marsh <helen.marsh@brightwater-logistics.co.uk> wrote:
> 1. Our requirement is at least 5,000 named users on one tenant.
> 2. Does Meridian Sync support offline mode for drivers?
> 3. Please confirm the monthly price in GBP.
""", enc="utf8-qp", archive=True, claims=[
    C("S", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organisation."),
    C("S", "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode; clients need a connection to sync."),
    C("S", "monthly_price", gbp(329), "ok", "Meridian Sync is £329 per month."),
]))

# --- 0005 Tokyo -> customer (archive), UTF-8 base64; RPO stated as 1 hour (cross-office with 0006)
MAIL.append(M(5, T(2026, 5, 11, 13, 10, JST), SATO, ENDO, "メリディアン ボールトについてのご回答",
"""アオバ精工株式会社
遠藤様

お世話になっております。メリディアンデータ東京支店の佐藤です。
メリディアン ボールトについて、ご質問への回答をお送りします。

1. メリディアン ボールトのRPO（目標復旧時点）は最大1時間です。
2. 同製品のデータセンターは東京と大阪にございます。
3. 同製品の標準の保持期間は90日間です。

ご検討のほど、よろしくお願いいたします。

""" + SIG_SATO, enc="utf8-b64", archive=True, claims=[
    C("V", "rpo", hours(1), "conflict", "メリディアン ボールトのRPO（目標復旧時点）は最大1時間です。"),
    CS("V", "data_centers", ["Tokyo", "Osaka"], "ok", "同製品のデータセンターは東京と大阪にございます。"),
    C("V", "retention", days(90), "ok", "同製品の標準の保持期間は90日間です。"),
]))

# --- 0006 HQ -> customer (archive), multipart/alternative
MAIL.append(M(6, T(2026, 5, 28, 9, 15, PDT), JASON, DANA, "Meridian Vault follow-up",
"""Hi Dana,

Following up on Tuesday's call about Meridian Vault:

- Meridian Vault delivers an RPO of 15 minutes.
- Meridian Vault keeps backups for 90 days by default.
- Meridian Vault is $20 per TB per month.

Your 42 TB estimate fits well within a single tenant.

Best,
Jason

""" + SIG_JASON, enc="ascii", html_alt=True, archive=True, claims=[
    C("V", "rpo", mins(15), "ok", "Meridian Vault delivers an RPO of 15 minutes."),
    C("V", "retention", days(90), "ok", "Meridian Vault keeps backups for 90 days by default."),
    C("V", "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is $20 per TB per month."),
]))

# --- 0007 Osaka -> customer (archive), ISO-2022-JP CRLF; RTO (no approved value; cross-office with 0008)
MAIL.append(M(7, T(2026, 6, 9, 16, 45, JST), NAKAMURA, OKADA, "メリディアン ボールトの復旧について",
"""なにわ精機株式会社
岡田様

いつもお世話になっております。メリディアンデータ大阪支店の中村です。
メリディアン ボールトの復旧に関するご質問に回答いたします。

・メリディアン ボールトのRTO（目標復旧時間）は4時間以内です。
・同製品のSLA（稼働率）は99.95％です。

詳細は%sのお打ち合わせでご説明いたします。

""" % jd(2026, 6, 16) + SIG_NAKAMURA, enc="iso2022", eol="crlf", archive=True, claims=[
    C("V", "rto", hours(4), "unverified", "メリディアン ボールトのRTO（目標復旧時間）は4時間以内です。"),
    C("V", "sla", 99.95, "ok", "同製品のSLA（稼働率）は99.95％です。"),
]))

# --- 0008 London -> council (archive)
MAIL.append(M(8, T(2026, 6, 30, 10, 0, BST), OLIVER, MARCUS, "Meridian Vault - recovery objectives",
"""Dear Marcus,

As discussed, Meridian Vault has an RTO of 2 hours for a full tenant restore.
Meridian Vault is £16 per TB per month.

Best regards,
Oliver

""" + SIG_OLIVER, enc="utf8-qp", archive=True, claims=[
    C("V", "rto", hours(2), "unverified", "Meridian Vault has an RTO of 2 hours for a full tenant restore."),
    C("V", "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
]))

# --- 0009 London -> customer (archive); a 14-day trial (cross-office with 0010)
MAIL.append(M(9, T(2026, 7, 14, 14, 30, BST), SOPHIE, JAMES, "Meridian Insight pilot",
"""Hi James,

Great to meet your analytics team last week.

Meridian Insight comes with a 14-day free trial, so your pilot can start straight away.
Meridian Insight is £25 per user per month.
Meridian Insight will be generally available in January 2027; until then it is in beta.

Cheers,
Sophie
""", enc="utf8-b64", archive=True, claims=[
    C("I", "free_trial", days(14), "conflict", "Meridian Insight comes with a 14-day free trial, so your pilot can start straight away."),
    C("I", "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is £25 per user per month."),
    C("I", "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027; until then it is in beta."),
]))

# --- 0010 Tokyo -> customer (archive), QP; 和暦 GA date
MAIL.append(M(10, T(2026, 7, 29, 11, 20, JST), YAMAMOTO, FUJITA, "メリディアン インサイトのご案内",
"""ミドリ商会株式会社
藤田様

お世話になっております。メリディアンデータの山本です。
メリディアン インサイトについてご案内いたします。

・メリディアン インサイトは令和9年1月に一般提供を開始する予定です。
・同製品には30日間の無料トライアルをご用意しております。
・同製品の料金は1ユーザーあたり月額4,000円（税抜）です。

トライアルのお申し込みは、添付の申込書（全2ページ）にご記入ください。

""" + SIG_YAMAMOTO, enc="utf8-qp", archive=True, claims=[
    C("I", "general_availability", "2027-01", "ok", "メリディアン インサイトは令和9年1月に一般提供を開始する予定です。"),
    C("I", "free_trial", days(30), "ok", "同製品には30日間の無料トライアルをご用意しております。"),
    C("I", "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "同製品の料金は1ユーザーあたり月額4,000円（税抜）です。"),
]))

# --- 0011 Osaka -> customer (archive), ISO-2022-JP; a wrong JPY price (cross-office with 0012), 業界最安
MAIL.append(M(11, T(2026, 8, 18, 10, 5, JST), NAKAMURA, UEDA, "メリディアン シンク お見積りの前提について",
"""カンサイ物流株式会社
上田様

お世話になっております。メリディアンデータ大阪支店の中村です。
メリディアン シンクのお見積りの前提をご連絡いたします。

・メリディアン シンクの月額料金は45,000円（税抜）です。
・同製品は1ユーザーあたり1TBのストレージをご利用いただけます。
・同製品は業界最安の月額料金でご提供しております。

正式なお見積書は%sまでにお送りいたします。

""" % jd(2026, 8, 21) + SIG_NAKAMURA, enc="iso2022", archive=True, claims=[
    C("S", "monthly_price", jpy(45000, tax="excluded"), "conflict", "メリディアン シンクの月額料金は45,000円（税抜）です。"),
    C("S", "storage_per_user", 1 * TB, "ok", "同製品は1ユーザーあたり1TBのストレージをご利用いただけます。"),
], findings=[F("phrase", "ja.cheapest", "同製品は業界最安の月額料金でご提供しております。")]))

# --- 0012 Tokyo -> customer (archive), UTF-8 base64, 全角 numbers
MAIL.append(M(12, T(2026, 9, 2, 15, 30, JST), SATO, MORI, "メリディアン シンクのご利用条件",
"""サクラ電機株式会社
森様

お世話になっております。メリディアンデータ東京支店の佐藤です。

・メリディアン シンクは１テナントあたり最大１万ユーザーまでご利用いただけます。
・同製品の月額料金は50,000円（税抜）です。

ご不明な点がございましたら、お気軽にお知らせください。

""" + SIG_SATO, enc="utf8-b64", archive=True, claims=[
    C("S", "max_users", 10000, "ok", "メリディアン シンクは１テナントあたり最大１万ユーザーまでご利用いただけます。"),
    C("S", "monthly_price", jpy(50000, tax="excluded"), "ok", "同製品の月額料金は50,000円（税抜）です。"),
]))

# --- 0013 HQ -> customer (archive); 99.99% (cross-office with 0014), 10k users (agrees with 0012)
MAIL.append(M(13, T(2026, 9, 24, 8, 50, PDT), JASON, TOM, "Meridian Sync for Redwood",
"""Hi Tom,

A few numbers for your evaluation:

- A single Meridian Sync tenant scales to 10k named users.
- Meridian Sync offers a 99.99% uptime SLA.
- Meridian Sync is $399 per month for your whole team.

Happy to set up a call next week.

Jason

""" + SIG_JASON, enc="utf8-8bit", archive=True, claims=[
    C("S", "max_users", 10000, "ok", "A single Meridian Sync tenant scales to 10k named users."),
    C("S", "sla", 99.99, "conflict", "Meridian Sync offers a 99.99% uptime SLA."),
    C("S", "monthly_price", usd(399), "ok", "Meridian Sync is $399 per month for your whole team."),
]))

# --- 0014 Tokyo -> customer (archive), ISO-2022-JP
MAIL.append(M(14, T(2026, 10, 8, 13, 0, JST), YAMAMOTO, FUJITA, "メリディアン シンクの稼働率について",
"""ミドリ商会株式会社
藤田様

お世話になっております。メリディアンデータの山本です。
お問い合わせの件、以下のとおり回答いたします。

・メリディアン シンクの稼働率SLAは99.9％です。
・同製品はオフラインではご利用いただけません。

""" + SIG_YAMAMOTO, enc="iso2022", archive=True, claims=[
    C("S", "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは99.9％です。"),
    C("S", "offline_mode", False, "ok", "同製品はオフラインではご利用いただけません。"),
]))

# --- 0015 Tokyo -> customer (archive); 500TB (agrees with 0016's 0.5 PB), 3,080円税込 (agrees with 0017)
MAIL.append(M(15, T(2026, 10, 13, 10, 40, JST), SATO, ENDO, "メリディアン ボールトの容量と料金",
"""アオバ精工株式会社
遠藤様

お世話になっております。メリディアンデータ東京支店の佐藤です。

・メリディアン ボールトは1テナントあたり最大500TBまで保存できます。
・同製品の料金は1TBあたり月額3,080円（税込）です。

""" + SIG_SATO, enc="utf8-b64", archive=True, claims=[
    C("V", "max_storage", 500 * TB, "ok", "メリディアン ボールトは1テナントあたり最大500TBまで保存できます。"),
    C("V", "price_per_tb", jpy(3080, "TB-month", "included"), "ok", "同製品の料金は1TBあたり月額3,080円（税込）です。"),
]))

# --- 0016 HQ -> customer (archive); 0.5 PB, "It"
MAIL.append(M(16, T(2026, 10, 27, 10, 10, PDT), JASON, DANA, "Re: Meridian Vault follow-up",
"""Hi Dana,

To your capacity question: Meridian Vault scales to 0.5 PB per tenant. It encrypts all backups at rest with AES-256.

Best,
Jason

""" + SIG_JASON, enc="ascii", archive=True, claims=[
    C("V", "max_storage", 500 * TB, "ok", "Meridian Vault scales to 0.5 PB per tenant."),
    C("V", "encryption", "AES-256", "ok", "It encrypts all backups at rest with AES-256."),
]))

# --- 0017 Osaka -> customer (archive), ISO-2022-JP; 九十日
MAIL.append(M(17, T(2026, 11, 4, 14, 15, JST), NAKAMURA, OKADA, "メリディアン ボールトの料金について",
"""なにわ精機株式会社
岡田様

お世話になっております。メリディアンデータ大阪支店の中村です。

・メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。
・同製品のバックアップ保持期間は、標準で九十日です。

""" + SIG_NAKAMURA, enc="iso2022", archive=True, claims=[
    C("V", "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。"),
    C("V", "retention", days(90), "ok", "同製品のバックアップ保持期間は、標準で九十日です。"),
]))

# --- 0018 London -> council (archive); three months; a body line starting "From " (mboxrd)
MAIL.append(M(18, T(2026, 11, 12, 9, 30, GMT), OLIVER, MARCUS, "Re: Meridian Vault - retention",
"""Dear Marcus,

Meridian Vault backups are retained for three months by default.
From the council's side, the tender closes on 4 December.

Best regards,
Oliver

""" + SIG_OLIVER, enc="utf8-qp", archive=True, claims=[
    C("V", "retention", days(90), "ok", "Meridian Vault backups are retained for three months by default."),
]))

# --- 0019 Partner -> Tokyo (archive): partner's reported statement + a forwarded customer question
FWD19 = """---------- Forwarded message ---------
From: 林 直人 <n.hayashi@hokuto-kensetsu.co.jp>
Date: %s
Subject: メリディアン ボールトについての質問
To: 石田 徹 <t.ishida@minato-sys.co.jp>

石田様

メリディアン ボールトの保持期間を180日に延長することは可能でしょうか。
また、当社の従業員は約650名です。

林
""" % jdate(dt.date(2026, 11, 17), "10:02")
PARTNER19 = """佐藤様

お世話になっております。ミナトシステムの石田です。
ホクト建設様から以下のご質問をいただきましたので、転送いたします。
お客様からは、メリディアン ボールトのRPOは5分と伺っております。
回答をいただけますでしょうか。
"""
M19 = M(19, T(2026, 11, 18, 17, 20, JST), ISHIDA, SATO, "Fwd: メリディアン ボールトについての質問",
        PARTNER19 + "\n" + FWD19, enc="utf8-b64", archive=True, claims=[
    C("V", "rpo", mins(5), "conflict", "お客様からは、メリディアン ボールトのRPOは5分と伺っております。"),
])
MAIL.append(M19)

# --- 0020 Tokyo -> partner (archive), ISO-2022-JP, Outlook-style 元のメッセージ block (all quoted)
MAIL.append(M(20, T(2026, 11, 19, 10, 30, JST), SATO, ISHIDA, "RE: Fwd: メリディアン ボールトについての質問",
"""石田様

お世話になっております。メリディアンデータ東京支店の佐藤です。

メリディアン ボールトのRPOは最大15分です。
5分ではございませんので、ホクト建設様にもそのようにお伝えください。
また、同製品の保持期間は標準で90日間です。延長のご要望については別途お見積りいたします。

よろしくお願いいたします。
佐藤

-----元のメッセージ-----
差出人: 石田 徹 <t.ishida@minato-sys.co.jp>
送信日時: 2026年11月18日 17:20
宛先: 佐藤 健 <k.sato@jp.meridian-data.com>
件名: Fwd: メリディアン ボールトについての質問

""" + PARTNER19, enc="iso2022", archive=True, reply_to=M19, claims=[
    C("V", "rpo", mins(15), "ok", "メリディアン ボールトのRPOは最大15分です。"),
    C("V", "retention", days(90), "ok", "同製品の保持期間は標準で90日間です。"),
    C("V", "rpo", mins(5), "conflict", "お客様からは、メリディアン ボールトのRPOは5分と伺っております。", quoted=True, office="unknown"),
]))

# --- 0021 Tokyo rep writes to HQ in English (internal): questions, one price, a deprecated name
M21 = M(21, T(2026, 6, 15, 10, 2, JST), YAMAMOTO, JASON, "Meridian Sync questions from a Nagoya customer",
"""Hi Jason,

A manufacturing customer in Nagoya is evaluating Meridian Sync. Two questions:

1. Does Meridian Sync run on Linux desktops?
2. Is there an offline mode for field engineers?

For context, our Japanese price list shows Meridian Sync at JPY 50,000 per month, excluding consumption tax.
They have about 3,500 employees and would start with one department.
The customer still refers to the product as Meridian FileSync.

Thanks,
Misaki
""", enc="ascii", claims=[
    C("S", "monthly_price", jpy(50000, tax="excluded"), "ok", "our Japanese price list shows Meridian Sync at JPY 50,000 per month, excluding consumption tax."),
], findings=[F("terminology", "S", "The customer still refers to the product as Meridian FileSync.")])
MAIL.append(M21)

# --- 0022 HQ answers inline (On ... wrote:, interleaved; only > lines are quoted)
MAIL.append(M(22, T(2026, 6, 16, 9, 30, PDT), JASON, YAMAMOTO, "Re: Meridian Sync questions from a Nagoya customer",
"""Hi Misaki,

Answers inline.

On Mon, 15 Jun 2026 at 10:02, Misaki Yamamoto <m.yamamoto@jp.meridian-data.com> wrote:
> A manufacturing customer in Nagoya is evaluating Meridian Sync. Two questions:
>
> 1. Does Meridian Sync run on Linux desktops?

No. Meridian Sync runs on Windows, macOS, iOS and Android; there is no Linux client.

> 2. Is there an offline mode for field engineers?

Meridian Sync does not offer an offline mode; clients need a connection to sync.

> For context, our Japanese price list shows Meridian Sync at JPY 50,000 per month, excluding consumption tax.

That matches. For reference, the US list price of Meridian Sync is $399 per month.

Best,
Jason
""", enc="ascii", reply_to=M21, claims=[
    CS("S", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "Meridian Sync runs on Windows, macOS, iOS and Android; there is no Linux client."),
    C("S", "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode; clients need a connection to sync."),
    C("S", "monthly_price", usd(399), "ok", "For reference, the US list price of Meridian Sync is $399 per month."),
    C("S", "monthly_price", jpy(50000, tax="excluded"), "ok", "our Japanese price list shows Meridian Sync at JPY 50,000 per month, excluding consumption tax.", quoted=True, office="tokyo"),
]))

# --- 0023 Partner forwards a customer's mail (Gmail forward marker: everything after it is quoted)
PARTNER23 = """山本様

ミナトシステムの石田です。
お客様（株式会社トーカイ工業様）から下記のご質問をいただきました。ご回答をお願いできますでしょうか。
"""
M23 = M(23, T(2026, 7, 2, 15, 20, JST), ISHIDA, YAMAMOTO, "Fwd: ファイル共有サービスの件",
PARTNER23 + """
石田

---------- Forwarded message ---------
From: 加藤 優子 <y.kato@tokai-kogyo.co.jp>
Date: %s
Subject: ファイル共有サービスの件
To: 石田 徹 <t.ishida@minato-sys.co.jp>

石田様

メリディアン シンクは最大2万ユーザーまで対応可能でしょうか。
要件: 利用者数 12,000名以上
御社のウェブサイトで、メリディアン シンクのストレージ容量は1ユーザーあたり1TBと拝見しました。

加藤
""" % jdate(dt.date(2026, 7, 1), "18:05"), enc="utf8-b64", claims=[
    C("S", "storage_per_user", 1 * TB, "ok", "御社のウェブサイトで、メリディアン シンクのストレージ容量は1ユーザーあたり1TBと拝見しました。", quoted=True, office="unknown"),
])
MAIL.append(M23)

# --- 0024 Tokyo answers the partner, top-posted, quote header "日付 名前 <addr>:"
MAIL.append(M(24, T(2026, 7, 3, 11, 0, JST), YAMAMOTO, ISHIDA, "Re: Fwd: ファイル共有サービスの件",
"""石田様

お世話になっております。メリディアンデータの山本です。

メリディアン シンクは、1テナントあたり最大10,000ユーザーまでご利用いただけます。
2万ユーザーには対応しておりませんが、テナントを分けることで運用いただけます。
同製品のストレージ容量は1ユーザーあたり1TBで、お客様のご認識のとおりです。

よろしくお願いいたします。
山本

""" + jdate(dt.date(2026, 7, 2), "15:20") + " 石田 徹 <t.ishida@minato-sys.co.jp>:\n"
+ "".join("> " + l + "\n" if l else ">\n" for l in PARTNER23.rstrip("\n").split("\n")),
    enc="utf8-qp", reply_to=M23, claims=[
    C("S", "max_users", 10000, "ok", "メリディアン シンクは、1テナントあたり最大10,000ユーザーまでご利用いただけます。"),
    C("S", "storage_per_user", 1 * TB, "ok", "同製品のストレージ容量は1ユーザーあたり1TBで、お客様のご認識のとおりです。"),
]))

# --- 0025 Tokyo -> customer, multipart/alternative; ～ range, N以上
MAIL.append(M(25, T(2026, 8, 5, 14, 0, JST), SATO, MORI, "メリディアン インサイト ベータ版のご案内",
"""サクラ電機株式会社
森様

お世話になっております。メリディアンデータ東京支店の佐藤です。
メリディアン インサイトのベータ版についてご案内いたします。

・メリディアン インサイトのクエリ応答時間は1～3秒です。
・同製品では最大200個のダッシュボードを作成できます。
・同製品は50以上のデータソースと連携できます。

""" + SIG_SATO, enc="utf8-qp", html_alt=True, claims=[
    C("I", "query_latency", {"min": 1, "max": 3, "unit": "seconds"}, "conflict", "メリディアン インサイトのクエリ応答時間は1～3秒です。"),
    C("I", "max_dashboards", 200, "ok", "同製品では最大200個のダッシュボードを作成できます。"),
    C("I", "integrations", 50, "unverified", "同製品は50以上のデータソースと連携できます。"),
]))

# --- 0026 HQ marketing newsletter: superlative without source, zero downtime, deprecated name, wrong GA
MAIL.append(M(26, T(2026, 9, 10, 7, 0, PDT), EMILY, NEWS, "What's new at Meridian Data - September",
"""Hello,

Meridian Insight, our industry-leading analytics platform, goes GA in October 2026.
Customers moving from Meridian FileSync can migrate with zero downtime.
Meridian Sync supports up to 10,000 users per organization.

To unsubscribe, reply with "unsubscribe".

Emily Carter
Product Marketing, Meridian Data
""", enc="utf8-qp", claims=[
    C("I", "general_availability", "2026-10", "conflict", "Meridian Insight, our industry-leading analytics platform, goes GA in October 2026."),
    C("S", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization."),
], findings=[
    F("phrase", "en.superlative", "our industry-leading analytics platform"),
    F("phrase", "en.guarantee", "can migrate with zero downtime"),
    F("terminology", "S", "Customers moving from Meridian FileSync"),
]))

# --- 0027 Tokyo -> customer, ISO-2022-JP; deprecated name only inside a URL (no finding); 税込
MAIL.append(M(27, T(2026, 9, 15, 11, 30, JST), SATO, OGAWA, "移行手順のご案内",
"""東邦化成株式会社
小川様

お世話になっております。メリディアンデータ東京支店の佐藤です。
旧製品からの移行手順は、以下のページにまとめております。
https://support.meridian-data.com/ja/MeridianFileSync/migration-guide

なお、メリディアン シンクの月額料金は55,000円（税込）です。
移行作業の所要時間は、データ量によりますが約2日です。

""" + SIG_SATO, enc="iso2022", claims=[
    C("S", "monthly_price", jpy(55000, tax="included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）です。"),
]))

# --- 0028 Customer procurement -> London: the customer's own (reported) claim
M28 = M(28, T(2026, 10, 20, 16, 10, BST), HELEN, OLIVER, "Meridian Vault retention",
"""Hi Oliver,

Your colleague told us that Meridian Vault keeps backups for 30 days by default.
Can the retention be extended to one year?

Regards,
Helen Marsh
Procurement Lead, Brightwater Logistics
""", enc="ascii", claims=[
    C("V", "retention", days(30), "conflict", "Your colleague told us that Meridian Vault keeps backups for 30 days by default.", office="unknown"),
])
MAIL.append(M28)

# --- 0029 London answers, Outlook "-----Original Message-----" block (everything after it quoted)
MAIL.append(M(29, T(2026, 10, 21, 9, 20, BST), OLIVER, HELEN, "RE: Meridian Vault retention",
"""Hi Helen,

Meridian Vault retains backups for 90 days by default, and longer retention can be added by contract.

Kind regards,
Oliver

-----Original Message-----
From: Helen Marsh <helen.marsh@brightwater-logistics.co.uk>
Sent: 20 October 2026 16:10
To: Oliver Hughes <oliver.hughes@uk.meridian-data.com>
Subject: Meridian Vault retention

""" + M28.body, enc="utf8-qp", reply_to=M28, claims=[
    C("V", "retention", days(90), "ok", "Meridian Vault retains backups for 90 days by default, and longer retention can be added by contract."),
    C("V", "retention", days(30), "conflict", "Your colleague told us that Meridian Vault keeps backups for 30 days by default.", quoted=True, office="unknown"),
]))

# --- 0030 Partner -> Tokyo with the customer's mail attached (message/rfc822)
INNER30 = M(9030, T(2026, 10, 30, 17, 40, JST), HAYASHI, ISHIDA, "メリディアン インサイトの提供時期",
"""石田様

いつもお世話になっております。ホクト建設の林です。
営業担当の方から、メリディアン インサイトは2026年12月に正式リリースされると伺っております。
同製品の1ユーザーあたりの料金はいくらになりますか。

林
""", enc="iso2022")
M30 = M(30, T(2026, 11, 2, 10, 15, JST), ISHIDA, SATO, "Fwd: メリディアン インサイトの提供時期",
"""佐藤様

ミナトシステムの石田です。
お客様からのメールを添付いたします。ご確認のうえ、ご回答をお願いいたします。

""" + SIG_ISHIDA, enc="iso2022", attach=INNER30, claims=[
    C("I", "general_availability", "2026-12", "conflict", "営業担当の方から、メリディアン インサイトは2026年12月に正式リリースされると伺っております。", quoted=True, office="unknown"),
])
MAIL.append(M30)

# --- 0031 Tokyo -> partner: a denied value is no claim
MAIL.append(M(31, T(2026, 11, 5, 9, 45, JST), SATO, ISHIDA, "Re: Fwd: メリディアン インサイトの提供時期",
"""石田様

お世話になっております。メリディアンデータ東京支店の佐藤です。

メリディアン インサイトの一般提供開始は2027年1月の予定です。
2026年12月ではございませんので、林様にもそのようにお伝えください。
同製品の料金は1ユーザーあたり月額4,000円（税抜）です。

""" + SIG_SATO, enc="utf8-b64", reply_to=M30, claims=[
    C("I", "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月の予定です。"),
    C("I", "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "同製品の料金は1ユーザーあたり月額4,000円（税抜）です。"),
]))

# --- 0032 Osaka -> customer, UTF-8 8bit: No.1 without a survey note, 必ず, ISMAP
MAIL.append(M(32, T(2026, 11, 20, 13, 30, JST), NAKAMURA, UEDA, "メリディアン シンクのご紹介",
"""カンサイ物流株式会社
上田様

お世話になっております。メリディアンデータ大阪支店の中村です。

メリディアン シンクは国内No.1の法人向けファイル共有サービスです。
同製品はISO 27001に加え、ISMAPにも登録済みです。
導入いただければ、必ずコストを削減できます。
同製品の月額料金は50,000円（税抜）です。※価格は税抜表示です。

""" + SIG_NAKAMURA, enc="utf8-8bit", claims=[
    C("S", "certifications", "ISO 27001", "ok", "同製品はISO 27001に加え、ISMAPにも登録済みです。"),
    C("S", "certifications", "ISMAP", "conflict", "同製品はISO 27001に加え、ISMAPにも登録済みです。"),
    C("S", "monthly_price", jpy(50000, tax="excluded"), "ok", "同製品の月額料金は50,000円（税抜）です。"),
], findings=[
    F("phrase", "ja.superlative-no1", "メリディアン シンクは国内No.1の法人向けファイル共有サービスです。"),
    F("phrase", "ja.absolute", "導入いただければ、必ずコストを削減できます。"),
]))


# ================================================================== the documents
class D:
    def __init__(self, path, text, claims=(), findings=()):
        self.path, self.text, self.claims, self.findings = "docs/" + path, text, flat(claims), list(findings)
        self.office = path.split("/")[0]


DOCS = []

# --- tokyo: HTML RFP compliance matrix (requirement | Y/N | answer | remarks), product from the caption
DOCS.append(D("tokyo/rfp/hokusei-rfp-compliance.html", """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>北星物産株式会社様 RFP 要件適合表</title></head>
<body>
<h1>北星物産株式会社 様　ファイル共有基盤 RFP 要件適合表</h1>
<p>提出日：令和8年11月16日　／　提出元：株式会社メリディアンデータ 東京支店　／　全4ページ</p>
<table border="1">
<caption>対象製品：メリディアン シンク（Meridian Sync）</caption>
<thead>
<tr><th>項番</th><th>要件</th><th>適合（Y/N）</th><th>当社回答</th><th>備考</th></tr>
</thead>
<tbody>
<tr><td>2.1</td><td>利用者数：8,000名以上を1テナントで収容できること</td><td>Y</td><td>1テナントあたり最大10,000ユーザーまでご利用いただけます。</td><td>令和8年4月1日付の仕様改定（v3.2）による</td></tr>
<tr><td>2.2</td><td>稼働率SLA：99.5％以上</td><td>Y</td><td>99.9％（月間）</td><td>未達時はサービスクレジットを提供</td></tr>
<tr><td>2.3</td><td>ISMAPへの登録</td><td>N</td><td>ISMAPには登録しておりません。ISO/IEC 27001およびSOC 2 Type IIの認証を取得済みです。</td><td>報告書はNDA締結後にご提供</td></tr>
<tr><td>2.4</td><td>対応OS：Windows、macOS、Linux</td><td>N</td><td>Windows、macOS、iOS、Androidに対応しています。Linuxは非対応です。</td><td>－</td></tr>
<tr><td>2.5</td><td>オフライン環境での編集</td><td>N</td><td>オフラインでの編集には対応しておりません。</td><td>同期には常時接続が必要</td></tr>
<tr><td>2.6</td><td>1ユーザーあたりのストレージ容量：500GB以上</td><td>Y</td><td>1ユーザーあたり1TB</td><td>－</td></tr>
<tr><td>2.7</td><td>月額費用（税抜）の提示</td><td>Y</td><td>月額50,000円（税抜）</td><td>年間契約の場合は別途お見積り</td></tr>
<tr><td>2.8</td><td>国内データセンターでの運用</td><td>Y</td><td>東京および大阪のデータセンターで運用しております。</td><td>－</td></tr>
<tr><td>2.9</td><td>最大ファイルサイズ：10GB以上</td><td>Y</td><td>1ファイルあたり最大50GBまでアップロードできます。</td><td>－</td></tr>
</tbody>
</table>
<p>本書の内容は令和8年11月16日時点のものです。</p>
</body>
</html>
""", claims=[
    C("S", "max_users", 10000, "ok", "1テナントあたり最大10,000ユーザーまでご利用いただけます。"),
    C("S", "sla", 99.9, "ok", "99.9％（月間）"),
    CS("S", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "ISO/IEC 27001およびSOC 2 Type IIの認証を取得済みです。"),
    CS("S", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "Windows、macOS、iOS、Androidに対応しています。"),
    C("S", "offline_mode", False, "ok", "オフラインでの編集には対応しておりません。"),
    C("S", "storage_per_user", 1 * TB, "ok", "1ユーザーあたり1TB"),
    C("S", "monthly_price", jpy(50000, tax="excluded"), "ok", "月額50,000円（税抜）"),
    CS("S", "data_centers", ["Tokyo", "Osaka"], "unverified", "東京および大阪のデータセンターで運用しております。"),
    C("S", "max_file_size", 50 * GB, "unverified", "1ファイルあたり最大50GBまでアップロードできます。"),
]))

# --- tokyo: bilingual JA/EN proposal (each paragraph, then its translation)
DOCS.append(D("tokyo/proposals/aoba-vault-proposal-ja-en.md", """# メリディアン ボールト ご提案書 / Meridian Vault Proposal

アオバ精工株式会社 御中 / For Aoba Seiko Co., Ltd.
提案書番号 MD-TKY-2026-118 ・ 2026年11月17日 / Ref. MD-TKY-2026-118, 17 November 2026

## 1. 復旧目標 / Recovery objectives

メリディアン ボールトのRPO（目標復旧時点）は15分です。

Meridian Vault delivers an RPO of 15 minutes.

本製品のRTO（目標復旧時間）は4時間以内です。

The RTO of Meridian Vault is within 4 hours.

## 2. データ保持 / Retention

本製品の標準の保持期間は九十日間です。

By default, Meridian Vault retains backups for 90 days.

## 3. 可用性 / Availability

メリディアン ボールトのSLAは99.95％です。

Meridian Vault is backed by a 99.95% availability SLA.

## 4. 料金 / Pricing

メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。

Meridian Vault is JPY 3,080 per TB per month including consumption tax.

## 5. 容量・拠点 / Capacity and locations

本製品は1テナントあたり最大500TBまで保存できます。

Meridian Vault scales to 0.5 PB per tenant.

本製品のデータセンターは東京、大阪、オレゴン、フランクフルトにございます。シンガポールには拠点がございません。

Meridian Vault runs in data centers in Tokyo, Osaka, Oregon and Frankfurt. There is no Singapore region.

## 6. 暗号化 / Encryption

本製品はすべてのバックアップをAES-256で暗号化して保存します。

Meridian Vault encrypts all backups at rest with AES-256.
""", claims=[
    C("V", "rpo", mins(15), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分です。"),
    C("V", "rto", hours(4), "unverified", "本製品のRTO（目標復旧時間）は4時間以内です。"),
    C("V", "retention", days(90), "ok", "本製品の標準の保持期間は九十日間です。"),
    C("V", "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95％です。"),
    C("V", "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。"),
    C("V", "price_per_tb", jpy(3080, "TB-month", "included"), "ok", "Meridian Vault is JPY 3,080 per TB per month including consumption tax."),
    C("V", "max_storage", 500 * TB, "ok", "本製品は1テナントあたり最大500TBまで保存できます。"),
    CS("V", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok", "本製品のデータセンターは東京、大阪、オレゴン、フランクフルトにございます。"),
    C("V", "encryption", "AES-256", "ok", "本製品はすべてのバックアップをAES-256で暗号化して保存します。"),
]))

# --- tokyo: fixed-width spec tables, captions name the product, 両製品共通, 全角
DOCS.append(D("tokyo/spec/spec-sheet-2026-11.txt", """メリディアン製品 仕様一覧（2026年11月版）                文書番号: SPEC-JP-0412
==============================================================================

[表1] メリディアン シンク
  項目                      仕様                          備考
  ------------------------  ----------------------------  ----------------------
  最大ユーザー数            10,000ユーザー                1テナントあたり
  ストレージ容量            1TB                           1ユーザーあたり
  稼働率SLA                 ９９．９％                    月間
  対応OS                    Windows / macOS / iOS / Android
  オフライン利用            非対応                        常時接続が必要
  月額料金（税抜）          50,000円                      年間契約可

[表2] メリディアン ボールト
  項目                      仕様                          備考
  ------------------------  ----------------------------  ----------------------
  RPO                       15分                          継続的増分取得
  標準保持期間              90日                          契約により延長可
  稼働率SLA                 99.95%                        月間
  容量上限                  500TB                         1テナントあたり
  暗号化方式                AES-256                       保存時
  容量単価（税抜）          2,800円／TB・月

[表3] 両製品共通
  項目                      仕様                          備考
  ------------------------  ----------------------------  ----------------------
  サポート窓口の初回応答    4時間以内                     平日のみ
  管理画面の表示言語        2言語                         日本語・英語
""", claims=[
    C("S", "max_users", 10000, "ok", "最大ユーザー数            10,000ユーザー"),
    C("S", "storage_per_user", 1 * TB, "ok", "ストレージ容量            1TB                           1ユーザーあたり"),
    C("S", "sla", 99.9, "ok", "稼働率SLA                 ９９．９％"),
    CS("S", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "対応OS                    Windows / macOS / iOS / Android"),
    C("S", "offline_mode", False, "ok", "オフライン利用            非対応"),
    C("S", "monthly_price", jpy(50000, tax="excluded"), "ok", "月額料金（税抜）          50,000円"),
    C("V", "rpo", mins(15), "ok", "RPO                       15分"),
    C("V", "retention", days(90), "ok", "標準保持期間              90日"),
    C("V", "sla", 99.95, "ok", "稼働率SLA                 99.95%"),
    C("V", "max_storage", 500 * TB, "ok", "容量上限                  500TB                         1テナントあたり"),
    C("V", "encryption", "AES-256", "ok", "暗号化方式                AES-256"),
    C("V", "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "容量単価（税抜）          2,800円／TB・月"),
    C("S", "support_response_time", hours(4), "unverified", "サポート窓口の初回応答    4時間以内"),
    C("V", "support_response_time", hours(4), "unverified", "サポート窓口の初回応答    4時間以内"),
    C("S", "ui_languages", 2, "unverified", "管理画面の表示言語        2言語"),
    C("V", "ui_languages", 2, "unverified", "管理画面の表示言語        2言語"),
]))

# --- tokyo: marketing one-pager, superlatives WITH ※…調べ notes (silent)
DOCS.append(D("tokyo/marketing/sync-onepager.html", """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>メリディアン シンク 製品概要</title></head>
<body>
<h1>メリディアン シンク</h1>
<p class="lead">メリディアン シンクは、法人向けクラウドストレージ満足度ランキングで第1位※1を獲得しました。</p>
<h2>メリディアン シンクの主な特長</h2>
<ul>
<li>業界初※2のリアルタイム双方向同期</li>
<li>1テナントあたり最大10,000ユーザー</li>
<li>1ユーザーあたり1TBのストレージ</li>
<li>稼働率SLA 99.9％</li>
<li>ISO/IEC 27001認証取得</li>
<li>月額55,000円（税込）</li>
</ul>
<p>導入実績 1,200社（2026年10月末時点）</p>
<p class="note">※1 2026年9月 東京リサーチ調べ（法人向けクラウドストレージ利用企業500社を対象）<br>
※2 2026年9月 当社調べ（国内法人向けファイル共有サービス10製品を対象）</p>
<p>TEL 0120-000-123（平日9:00～17:00）</p>
</body>
</html>
""", claims=[
    C("S", "max_users", 10000, "ok", "1テナントあたり最大10,000ユーザー"),
    C("S", "storage_per_user", 1 * TB, "ok", "1ユーザーあたり1TBのストレージ"),
    C("S", "sla", 99.9, "ok", "稼働率SLA 99.9％"),
    C("S", "certifications", "ISO 27001", "ok", "ISO/IEC 27001認証取得"),
    C("S", "monthly_price", jpy(55000, tax="included"), "ok", "月額55,000円（税込）"),
]))

# --- tokyo: FAQ (Q./A.), 和暦, 税込, N以上, attributes without approved values
DOCS.append(D("tokyo/faq/insight-faq.md", """# メリディアン インサイト よくあるご質問

最終更新：2026年11月10日　／　文書番号 FAQ-INS-07

**Q. メリディアン インサイトはいつから正式にご利用いただけますか？**

A. メリディアン インサイトは令和9年1月に一般提供を開始する予定です。それまではベータ版としてご提供しています。

**Q. 無料で試すことはできますか？**

A. はい。本製品には30日間の無料トライアルをご用意しています。

**Q. ダッシュボードは500個まで作成できますか？**

A. いいえ。本製品で作成できるダッシュボードは最大200個です。

**Q. クエリの応答時間はどのくらいですか？**

A. 本製品のクエリ応答時間は最大2秒です（1億行のワークスペースでの測定値）。

**Q. 料金を教えてください。**

A. 本製品の料金は1ユーザーあたり月額4,400円（税込）です。

**Q. 管理画面は何か国語に対応していますか？**

A. 本製品の管理画面は日本語・英語・ドイツ語の3か国語に対応しています。

**Q. 外部サービスと連携できますか？**

A. はい。本製品は50以上のデータソースと連携できます。

**Q. SLAはありますか？**

A. 本製品の稼働率SLAは99.9％です。

**Q. オフラインで利用できますか？**

A. いいえ。本製品はオフラインではご利用いただけません。
""", claims=[
    C("I", "general_availability", "2027-01", "ok", "メリディアン インサイトは令和9年1月に一般提供を開始する予定です。"),
    C("I", "free_trial", days(30), "ok", "本製品には30日間の無料トライアルをご用意しています。"),
    C("I", "max_dashboards", 200, "ok", "本製品で作成できるダッシュボードは最大200個です。"),
    C("I", "query_latency", secs(2), "ok", "本製品のクエリ応答時間は最大2秒です"),
    C("I", "per_user_price", jpy(4400, "user-month", "included"), "ok", "本製品の料金は1ユーザーあたり月額4,400円（税込）です。"),
    C("I", "ui_languages", 3, "unverified", "本製品の管理画面は日本語・英語・ドイツ語の3か国語に対応しています。"),
    C("I", "integrations", 50, "unverified", "本製品は50以上のデータソースと連携できます。"),
    C("I", "sla", 99.9, "unverified", "本製品の稼働率SLAは99.9％です。"),
    C("I", "offline_mode", False, "unverified", "本製品はオフラインではご利用いただけません。"),
]))

# --- tokyo: quote (御見積書); caption states 税抜, unit prices are claims, totals/discounts are not
DOCS.append(D("tokyo/quotes/quote-Q-2026-1120-03.html", """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>御見積書 Q-2026-1120-03</title></head>
<body>
<h1>御見積書</h1>
<p>見積番号：Q-2026-1120-03　発行日：令和8年11月20日　有効期限：発行日より30日間</p>
<p>株式会社北星物産 御中（〒060-0001 北海道札幌市中央区北1条西2-1）</p>
<table border="1">
<caption>御見積明細（単価・金額はすべて税抜）</caption>
<tr><th>品目</th><th>数量</th><th>単価（月額）</th><th>期間</th><th>金額</th></tr>
<tr><td>メリディアン シンク 基本ライセンス</td><td>1式</td><td>50,000円</td><td>12か月</td><td>600,000円</td></tr>
<tr><td>メリディアン ボールト（TB従量課金）</td><td>20</td><td>2,800円／TB</td><td>12か月</td><td>672,000円</td></tr>
<tr><td>年間契約割引（10%）</td><td></td><td></td><td></td><td>-127,200円</td></tr>
<tr><td colspan="4">小計</td><td>1,144,800円</td></tr>
<tr><td colspan="4">消費税（10%）</td><td>114,480円</td></tr>
<tr><td colspan="4">合計（税込）</td><td>1,259,280円</td></tr>
</table>
<p>※単価は価格表 2026年度版（PL-JP-2026-04）に基づきます。</p>
<p>お支払条件：月末締め翌月末払い（銀行振込）</p>
<p>担当：東京支店 佐藤 健（TEL 03-5555-0101）</p>
</body>
</html>
""", claims=[
    C("S", "monthly_price", jpy(50000, tax="excluded"), "ok", "50,000円"),
    C("V", "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "2,800円／TB"),
]))

# --- tokyo: a draft in the ignored folder (no lines)
DOCS.append(D("tokyo/drafts/insight-campaign-draft.md", """# 【下書き】メリディアン インサイト キャンペーン

- メリディアン インサイトは業界No.1のBIツールです。
- メリディアン インサイトは2026年10月に正式リリース！
- 旧メリディアン・ファイルシンクのお客様は無料でお試しいただけます。
- メリディアン インサイトのクエリは0.5秒で完了します。
"""))

# --- osaka: fixed-width-ish proposal text, 和暦, 全角, 九十日, 0.5PB, a customer requirement, 業界最安
DOCS.append(D("osaka/proposals/naniwa-vault-teian.txt", """メリディアン ボールト 導入ご提案書

株式会社なにわ精機 御中
令和8年11月18日
株式会社メリディアンデータ 大阪支店

1. ご提案の概要
   本書では、メリディアン ボールトによるバックアップ基盤の刷新をご提案いたします。

2. お客様の要件
   ・要件：RTO（目標復旧時間）4時間以内
   ・要件：バックアップデータの国内保管

3. 主な仕様
   ・メリディアン ボールトのＲＰＯは最大１５分です。
   ・同製品の標準保持期間は九十日です。
   ・同製品の可用性は９９．９５％です。
   ・同製品は１テナントあたり最大0.5PBまで保存できます。
   ・同製品のバックアップデータは東京・大阪のデータセンターに保管されます。
   ・同製品のRTOは2時間以内を目標としております。

4. 料金
   ・同製品の容量単価は1TBあたり月額2,800円（税抜）です。
   ・同製品は業界最安の容量単価でご提供しております。

5. スケジュール
   ・%s キックオフ
   ・令和9年1月 本番運用開始

以上

〒530-0001 大阪市北区梅田1-2-3　TEL 06-6345-6789　担当：中村
""" % ("令和8年" + jd(2026, 12, 1)), claims=[
    C("V", "rpo", mins(15), "ok", "メリディアン ボールトのＲＰＯは最大１５分です。"),
    C("V", "retention", days(90), "ok", "同製品の標準保持期間は九十日です。"),
    C("V", "sla", 99.95, "ok", "同製品の可用性は９９．９５％です。"),
    C("V", "max_storage", 500 * TB, "ok", "同製品は１テナントあたり最大0.5PBまで保存できます。"),
    CS("V", "data_centers", ["Tokyo", "Osaka"], "ok", "同製品のバックアップデータは東京・大阪のデータセンターに保管されます。"),
    C("V", "rto", hours(2), "unverified", "同製品のRTOは2時間以内を目標としております。"),
    C("V", "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "同製品の容量単価は1TBあたり月額2,800円（税抜）です。"),
], findings=[F("phrase", "ja.cheapest", "同製品は業界最安の容量単価でご提供しております。")]))

# --- osaka: one-pager, superlatives WITHOUT substantiation (※ note is about tax only); disable region
DOCS.append(D("osaka/marketing/vault-onepager.md", """# メリディアン ボールト — 止まらないバックアップ

メリディアン ボールトは、国内No.1のクラウドバックアップサービスです。

## メリディアン ボールトの特長

- 業界初、RPO 15分を全プランで標準提供
- 稼働率SLA ９９．９５％
- 1TBあたり月額2,800円（税抜）
- 東京・大阪・オレゴン・フランクフルトのデータセンター

<!-- onevoice-disable ja.absolute -->
バックアップデータが失われることは絶対にありません。
<!-- onevoice-enable -->

※価格は税抜表示です。
大阪支店 TEL 06-6345-6789
""", claims=[
    C("V", "rpo", mins(15), "ok", "業界初、RPO 15分を全プランで標準提供"),
    C("V", "sla", 99.95, "ok", "稼働率SLA ９９．９５％"),
    C("V", "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "1TBあたり月額2,800円（税抜）"),
    CS("V", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok", "東京・大阪・オレゴン・フランクフルトのデータセンター"),
], findings=[
    F("phrase", "ja.superlative-no1", "メリディアン ボールトは、国内No.1のクラウドバックアップサービスです。"),
    F("phrase", "ja.first-in-industry", "業界初、RPO 15分を全プランで標準提供"),
]))

# --- osaka: FAQ text, 一万, (誤)(正), disable-next-line, deprecated katakana name
DOCS.append(D("osaka/faq/sync-faq.txt", """メリディアン シンク よくあるご質問（大阪支店版）
最終更新 2026年11月12日

Q1. 何ユーザーまで利用できますか。
A1. メリディアン シンクは1テナントあたり最大一万ユーザーまでご利用いただけます。

Q2. Linuxで利用できますか。
A2. いいえ。同製品の対応OSはWindows、Mac、iPhone/iPad、Androidで、Linuxには対応しておりません。

Q3. 月額料金はいくらですか。
A3. 同製品の月額料金は（誤）50,000円（税込）（正）55,000円（税込）です。

Q4. オフラインで編集できますか。
A4. いいえ。同製品はオフライン環境での編集には対応しておりません。

Q5. 稼働率の保証はありますか。
A5. 同製品の稼働率SLAは99.9%です。
onevoice-disable-next-line ja.absolute
    保存したファイルが消えることは絶対にありません。

Q6. 旧製品名について教えてください。
A6. 同製品の旧名称は「メリディアン・ファイルシンク」です。
""", claims=[
    C("S", "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大一万ユーザーまでご利用いただけます。"),
    CS("S", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "同製品の対応OSはWindows、Mac、iPhone/iPad、Androidで、Linuxには対応しておりません。"),
    C("S", "monthly_price", jpy(55000, tax="included"), "ok", "同製品の月額料金は（誤）50,000円（税込）（正）55,000円（税込）です。"),
    C("S", "offline_mode", False, "ok", "同製品はオフライン環境での編集には対応しておりません。"),
    C("S", "sla", 99.9, "ok", "同製品の稼働率SLAは99.9%です。"),
], findings=[F("terminology", "S", "同製品の旧名称は「メリディアン・ファイルシンク」です。")]))

# --- us-hq: EN RFP compliance matrix (HTML), product from the caption
DOCS.append(D("us-hq/rfp/harbor-point-rfp-2026-044.html", """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>RFP-2026-044 compliance matrix</title></head>
<body>
<h1>Response to RFP-2026-044: Backup and Recovery Service</h1>
<p>Prepared for Harbor Point Health, Inc. | Volume 2, Section 4.2 | 14 pages | Submitted 2026-11-09</p>
<table border="1">
<caption>Meridian Vault: requirement compliance matrix</caption>
<tr><th>Req. ID</th><th>Requirement</th><th>Compliant (Y/N)</th><th>Our answer</th><th>Remarks</th></tr>
<tr><td>R-01</td><td>Recovery point objective of 30 minutes or better</td><td>Y</td><td>15 minutes</td><td>Continuous incremental capture</td></tr>
<tr><td>R-02</td><td>Backup retention of at least 60 days by default</td><td>Y</td><td>90 days by default</td><td>Longer retention by contract</td></tr>
<tr><td>R-03</td><td>Availability SLA of at least 99.9%</td><td>Y</td><td>99.95% monthly availability</td><td>Service credits apply</td></tr>
<tr><td>R-04</td><td>Data hosted in the United States</td><td>Y</td><td>Oregon data center</td><td>No Virginia region is offered</td></tr>
<tr><td>R-05</td><td>Encryption at rest, AES-256 or stronger</td><td>Y</td><td>AES-256 for all backups</td><td>Customer-managed keys optional</td></tr>
<tr><td>R-06</td><td>Recovery time objective of 4 hours</td><td>Y</td><td>Within 2 hours</td><td>For a full tenant restore</td></tr>
<tr><td>R-07</td><td>Capacity for 800 TB of backups</td><td>N</td><td>Up to 500 TB per tenant</td><td>A second tenant is needed above that</td></tr>
<tr><td>R-08</td><td>HIPAA compliance</td><td>Y</td><td>HIPAA compliant (BAA on request)</td><td>-</td></tr>
<tr><td>R-09</td><td>Price per TB per month</td><td>Y</td><td>USD 20 per TB per month</td><td>Billed monthly in arrears</td></tr>
<tr><td>R-10</td><td>Support first response for P1 incidents within 1 hour</td><td>Y</td><td>30 minutes for P1</td><td>Follow-the-sun support desk</td></tr>
</table>
<p>Questions about this response: Jason Lee, +1 (415) 555-0142, 500 Howard Street, San Francisco, CA 94105.</p>
</body>
</html>
""", claims=[
    C("V", "rpo", mins(15), "ok", "15 minutes"),
    C("V", "retention", days(90), "ok", "90 days by default"),
    C("V", "sla", 99.95, "ok", "99.95% monthly availability"),
    C("V", "data_centers", "Oregon", "ok", "Oregon data center"),
    C("V", "encryption", "AES-256", "ok", "AES-256 for all backups"),
    C("V", "rto", hours(2), "unverified", "Within 2 hours"),
    C("V", "max_storage", 500 * TB, "ok", "Up to 500 TB per tenant"),
    C("V", "certifications", "HIPAA", "unverified", "HIPAA compliant (BAA on request)"),
    C("V", "price_per_tb", usd(20, "TB-month"), "ok", "USD 20 per TB per month"),
    C("V", "support_response_time", mins(30), "unverified", "30 minutes for P1"),
]))

# --- us-hq: release notes with versions and dates; a struck (retracted) line
DOCS.append(D("us-hq/release-notes/vault-whats-new.md", """# Meridian Vault: what's new

## Version 2.1.0 (2026-10-06)

- Meridian Vault keeps backups for 90 days by default; longer retention can be added by contract.
- Restore jobs now show progress per folder.
- Fixed issue #1042, where scheduled jobs could start twice.

## Version 2.0.3 (2026-08-19)

- Meridian Vault's RPO is 15 minutes on every plan.
- ~~Meridian Vault now offers a 5-minute RPO.~~ This note was withdrawn; see the line above.
- Requires backup agent 4.2 or later.

## Version 2.0.0 (2026-05-12)

- Meridian Vault now runs in data centers in Tokyo, Osaka, Oregon and Frankfurt.
- The admin console moved to a new address.
""", claims=[
    C("V", "retention", days(90), "ok", "Meridian Vault keeps backups for 90 days by default; longer retention can be added by contract."),
    C("V", "rpo", mins(15), "ok", "Meridian Vault's RPO is 15 minutes on every plan."),
    CS("V", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok", "Meridian Vault now runs in data centers in Tokyo, Osaka, Oregon and Frankfurt."),
]))

# --- us-hq: marketing one-pager; superlative WITH a footnoted Source (silent); disable-next-line
DOCS.append(D("us-hq/marketing/insight-onepager.md", """# Meridian Insight

Meridian Insight has industry-leading query speed [1]: queries return within 2 seconds.

## Why teams choose Meridian Insight

- Meridian Insight supports up to 200 dashboards per workspace.
- Try Meridian Insight free for 30 days.
- Meridian Insight is $30 per user per month.
- Meridian Insight connects to 120+ data sources.
- Meridian Insight will be generally available in January 2027; until then it is in beta.

<!-- onevoice-disable-next-line en.guarantee -->
We guarantee results within your first quarter.

[1] Source: Halden Research, Cloud BI Speed Test, April 2026.
""", claims=[
    C("I", "query_latency", secs(2), "ok", "Meridian Insight has industry-leading query speed [1]: queries return within 2 seconds."),
    C("I", "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
    C("I", "free_trial", days(30), "ok", "Try Meridian Insight free for 30 days."),
    C("I", "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month."),
    C("I", "integrations", 120, "unverified", "Meridian Insight connects to 120+ data sources."),
    C("I", "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027; until then it is in beta."),
]))

# --- us-hq: proposal with nested bullets (product in the parent bullet), struck price
DOCS.append(D("us-hq/proposals/northwind-proposal.md", """# Proposal: file sync and backup for Northwind Freight

Prepared by Jason Lee, Solutions Engineering | version 1.3 | 9 pages | 2026-11-16

## 1. Where Northwind is today

Northwind Freight has 1,450 employees across 12 sites and keeps about 300 TB of shared files.

## 2. What we propose

- Meridian Sync
  - Up to 10,000 users per tenant
  - 1 TB of storage per user
  - Runs on Windows, macOS, iOS and Android
  - 99.9% uptime SLA
  - ~~$349 per month~~ $399 per month for the whole organization
  - ISO 27001 certified; SOC 2 Type II report under NDA
- Meridian Vault (optional)
  - RPO of 15 minutes
  - 90-day default retention
  - $20 per TB per month

## 3. Timeline

- Kickoff on 2026-12-07, then a pilot with 50 users in January.
- Full rollout by March 2027.

## 4. Commercials

- 10% discount on a three-year commitment.
- Contact: Jason Lee, +1 (415) 555-0142
""", claims=[
    C("S", "max_users", 10000, "ok", "Up to 10,000 users per tenant"),
    C("S", "storage_per_user", 1 * TB, "ok", "1 TB of storage per user"),
    CS("S", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "Runs on Windows, macOS, iOS and Android"),
    C("S", "sla", 99.9, "ok", "99.9% uptime SLA"),
    C("S", "monthly_price", usd(399), "ok", "$399 per month for the whole organization"),
    CS("S", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "ISO 27001 certified; SOC 2 Type II report under NDA"),
    C("V", "rpo", mins(15), "ok", "RPO of 15 minutes"),
    C("V", "retention", days(90), "ok", "90-day default retention"),
    C("V", "price_per_tb", usd(20, "TB-month"), "ok", "$20 per TB per month"),
]))

# --- london: proposal, headings carry the product; office-variant; less than 1 second; unlimited
DOCS.append(D("london/proposals/brightwater-proposal.md", """# Proposal for Brightwater Logistics

Prepared by Oliver Hughes, London office | 11 pages | November 2026

## Meridian Insight

- Meridian Insight is £25 per user per month.
- In the US price book, Meridian Insight is $30 per user per month.
- Meridian Insight queries return in less than 1 second on typical workloads.
- Meridian Insight is available in 6 languages.
- Build unlimited dashboards for every depot.

## Meridian Sync

- Meridian Sync is £329 per month.
- It supports up to 10,000 users.
- Every Meridian Sync user gets 2 TB of storage.
- Meridian Sync is Cyber Essentials Plus certified.
- Meridian Sync works offline, so drivers can keep editing on the road.
""", claims=[
    C("I", "per_user_price", gbp(25, "user-month"), "ok", "Meridian Insight is £25 per user per month."),
    C("I", "per_user_price", usd(30, "user-month"), "office-variant", "In the US price book, Meridian Insight is $30 per user per month."),
    C("I", "query_latency", secs(1), "conflict", "Meridian Insight queries return in less than 1 second on typical workloads."),
    C("I", "ui_languages", 6, "unverified", "Meridian Insight is available in 6 languages."),
    C("S", "monthly_price", gbp(329), "ok", "Meridian Sync is £329 per month."),
    C("S", "max_users", 10000, "ok", "It supports up to 10,000 users."),
    C("S", "storage_per_user", 2 * TB, "conflict", "Every Meridian Sync user gets 2 TB of storage."),
    C("S", "certifications", "Cyber Essentials Plus", "conflict", "Meridian Sync is Cyber Essentials Plus certified."),
    C("S", "offline_mode", True, "conflict", "Meridian Sync works offline, so drivers can keep editing on the road."),
], findings=[F("phrase", "en.unlimited", "Build unlimited dashboards for every depot.")]))

# --- london: HTML compliance matrix, product in a rowspan cell; a quarter of an hour
DOCS.append(D("london/rfp/lambeth-civic-compliance.html", """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Tender LCC-2026-117 compliance matrix</title></head>
<body>
<h1>Tender LCC-2026-117: compliance matrix</h1>
<p>Lambeth Civic Centre | Lot 2 (cloud file sharing and backup) | page 3 of 7</p>
<table border="1">
<caption>Compliance matrix: Meridian Sync, Meridian Vault and Meridian Insight</caption>
<tr><th>Product</th><th>Requirement</th><th>Compliant (Y/N)</th><th>Our answer</th><th>Remarks</th></tr>
<tr><td rowspan="3">Meridian Sync</td><td>Named users: 6,000 on one tenant</td><td>Y</td><td>Up to 10,000 users per tenant</td><td>-</td></tr>
<tr><td>Uptime commitment</td><td>Y</td><td>99.9%</td><td>Service credits apply</td></tr>
<tr><td>Monthly price</td><td>Y</td><td>£329</td><td>Invoiced monthly in arrears</td></tr>
<tr><td rowspan="3">Meridian Vault</td><td>UK or EU data residency</td><td>Y</td><td>EU hosting in our Frankfurt data centre; there is no London data centre</td><td>-</td></tr>
<tr><td>Recovery point objective</td><td>Y</td><td>A quarter of an hour</td><td>-</td></tr>
<tr><td>Recovery time objective</td><td>Y</td><td>2 hours</td><td>-</td></tr>
<tr><td rowspan="2">Meridian Insight</td><td>General availability date</td><td>Y</td><td>January 2027 (currently in beta)</td><td>-</td></tr>
<tr><td>Free trial length</td><td>Y</td><td>30 days</td><td>-</td></tr>
</table>
<p>Contact: Oliver Hughes, +44 20 7946 0321, 1 Finsbury Avenue, London EC2M 2PF</p>
</body>
</html>
""", claims=[
    C("S", "max_users", 10000, "ok", "Up to 10,000 users per tenant"),
    C("S", "sla", 99.9, "ok", "99.9%"),
    C("S", "monthly_price", gbp(329), "ok", "£329"),
    C("V", "data_centers", "Frankfurt", "ok", "EU hosting in our Frankfurt data centre; there is no London data centre"),
    C("V", "rpo", hours(0.25), "ok", "A quarter of an hour"),
    C("V", "rto", hours(2), "unverified", "2 hours"),
    C("I", "general_availability", "2027-01", "ok", "January 2027 (currently in beta)"),
    C("I", "free_trial", days(30), "ok", "30 days"),
]))

# --- london: fixed-width plain-text service summary, title names the product
DOCS.append(D("london/spec/vault-service-summary-uk.txt", """Meridian Vault - service summary (UK)                 Doc ref UK-VLT-07 rev 4

Attribute                  Value                  Notes
-------------------------  ---------------------  ------------------------------
RPO                        15 minutes             continuous capture
Default retention          90 days                extendable by contract
Availability SLA           99.95%                 measured monthly
Max storage per tenant     500 TB                 contact us above this
Encryption at rest         AES-256                customer-managed keys optional
Data centres               Frankfurt, Oregon      UK tenants default to Frankfurt
Price per TB per month     GBP 18                 billed monthly
Max file size              100 GB                 per single file
Support first response     4 hours                business hours, P2

Prepared by the London solutions team, 2026-11-03. Page 1 of 1.
""", claims=[
    C("V", "rpo", mins(15), "ok", "RPO                        15 minutes"),
    C("V", "retention", days(90), "ok", "Default retention          90 days"),
    C("V", "sla", 99.95, "ok", "Availability SLA           99.95%"),
    C("V", "max_storage", 500 * TB, "ok", "Max storage per tenant     500 TB"),
    C("V", "encryption", "AES-256", "ok", "Encryption at rest         AES-256"),
    CS("V", "data_centers", ["Frankfurt", "Oregon"], "ok", "Data centres               Frankfurt, Oregon"),
    C("V", "price_per_tb", gbp(18, "TB-month"), "conflict", "Price per TB per month     GBP 18"),
    C("V", "max_file_size", 100 * GB, "unverified", "Max file size              100 GB"),
    C("V", "support_response_time", hours(4), "unverified", "Support first response     4 hours"),
]))


# ================================================================== an independent judge (FACTS.md, LABELS.md)
NOVALUE = {"rto", "integrations", "ui_languages", "api_rate_limit", "max_file_size", "support_response_time", "max_devices"}
KIND = {"max_users": "count", "max_dashboards": "count", "integrations": "count", "ui_languages": "count",
        "api_rate_limit": "count", "max_devices": "count", "sla": "percent", "monthly_price": "money",
        "price_per_tb": "money", "per_user_price": "money", "rpo": "duration", "rto": "duration",
        "retention": "duration", "query_latency": "duration", "free_trial": "duration",
        "support_response_time": "duration", "storage_per_user": "size", "max_storage": "size",
        "max_file_size": "size", "general_availability": "date", "offline_mode": "boolean",
        "certifications": "set", "supported_platforms": "set", "data_centers": "set", "encryption": "set"}
MEMBERS = {"certifications": {"ISO 27001", "SOC 2 Type II", "SOC 2 Type I", "ISO 27017", "ISO 27018", "ISO 27701",
                              "ISO 9001", "ISO 22301", "SOC 1", "SOC 3", "FedRAMP", "ISMAP", "PCI DSS", "HIPAA",
                              "HITRUST", "CSA STAR", "Cyber Essentials", "Cyber Essentials Plus", "C5", "IRAP",
                              "TISAX", "PrivacyMark"},
           "supported_platforms": {"Windows", "macOS", "iOS", "Android", "Linux", "ChromeOS"},
           "data_centers": {"Tokyo", "Osaka", "Oregon", "Frankfurt", "Singapore", "London", "Virginia", "Sydney",
                            "Dublin", "Amsterdam", "Ohio", "California", "Seoul", "Hong Kong", "Mumbai",
                            "Sao Paulo", "Fukuoka"},
           "encryption": {"AES-256", "AES-128", "AES-192", "RSA-2048", "RSA-4096", "3DES", "ChaCha20"}}
JP = ("tokyo", "osaka")
B = lambda v, **kw: dict(v=v, **kw)
BASE = {
    ("meridian-sync", "max_users"): [B(10000, bound="max", frm="2026-04-01"), B(5000, bound="max", until="2026-03-31")],
    ("meridian-sync", "monthly_price"): [B(jpy(50000, tax="excluded"), offices=JP), B(usd(399), offices=("us-hq",)),
                                         B(gbp(329), offices=("london",))],
    ("meridian-sync", "storage_per_user"): [B(1 * TB)],
    ("meridian-sync", "sla"): [B(99.9)],
    ("meridian-sync", "certifications"): [B({"ISO 27001", "SOC 2 Type II"})],
    ("meridian-sync", "offline_mode"): [B(False)],
    ("meridian-sync", "supported_platforms"): [B({"Windows", "macOS", "iOS", "Android"})],
    ("meridian-vault", "rpo"): [B(mins(15), bound="max")],
    ("meridian-vault", "retention"): [B(days(90))],
    ("meridian-vault", "sla"): [B(99.95)],
    ("meridian-vault", "price_per_tb"): [B(usd(20, "TB-month"), offices=("us-hq",)),
                                         B(jpy(2800, "TB-month", "excluded"), offices=JP),
                                         B(gbp(16, "TB-month"), offices=("london",))],
    ("meridian-vault", "max_storage"): [B(500 * TB, bound="max")],
    ("meridian-vault", "data_centers"): [B({"Tokyo", "Osaka", "Oregon", "Frankfurt"})],
    ("meridian-vault", "encryption"): [B({"AES-256"})],
    ("meridian-insight", "general_availability"): [B("2027-01")],
    ("meridian-insight", "per_user_price"): [B(usd(30, "user-month"), offices=("us-hq",)),
                                             B(jpy(4000, "user-month", "excluded"), offices=JP),
                                             B(gbp(25, "user-month"), offices=("london",))],
    ("meridian-insight", "query_latency"): [B(secs(2), bound="max")],
    ("meridian-insight", "free_trial"): [B(days(30))],
    ("meridian-insight", "max_dashboards"): [B(200, bound="max")],
}
SEC = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}


def scalar(kind, v):
    if kind == "duration":
        return v["amount"] * SEC[v["unit"]]
    return v


def money_match(v, c):
    if v["per"] != c["per"] or v["currency"] != c["currency"]:
        return False
    if v["tax"] == "included":
        assert c["tax"] == "excluded", (v, c)       # no tax-included figure for a base without a tax field
        return abs(v["amount"] - c["amount"] * 1.1) < 1e-6
    assert v["tax"] is None or c["tax"] is None or v["tax"] == c["tax"] or v["tax"] == "excluded", (v, c)
    return v["amount"] == c["amount"]


def judge(product, attr, value, office, date):
    assert attr in KIND, attr
    kind = KIND[attr]
    if kind == "set":
        assert value in MEMBERS[attr], value
    if attr in NOVALUE or (product, attr) not in BASE:
        return "unverified"
    claims = BASE[(product, attr)]
    if kind == "set":
        return "ok" if value in claims[0]["v"] else "conflict"
    if kind == "boolean":
        return "ok" if value == claims[0]["v"] else "conflict"
    if kind == "money":
        assert office != "unknown", "a customer's price: LABELS gives no office to judge it against"
        own = [c["v"] for c in claims if office in c["offices"]][0]
        if value["currency"] == own["currency"]:
            return "ok" if money_match(value, own) else "conflict"
        return "office-variant" if any(money_match(value, c["v"]) for c in claims) else "conflict"
    valid = lambda c: (c.get("frm") is None or date >= c["frm"]) and (c.get("until") is None or date <= c["until"])
    if isinstance(value, dict) and "min" in value:                      # a range
        c = claims[0]
        assert c.get("bound") == "max" and value["max"] * SEC[value["unit"]] > scalar(kind, c["v"])
        return "conflict"
    x = scalar(kind, value)
    same = [c for c in claims if scalar(kind, c["v"]) == x]
    if same:
        return "ok" if any(valid(c) for c in same) else "stale"
    cur = [c for c in claims if valid(c)]
    assert cur, (product, attr, date)
    c = cur[0]
    if c.get("bound") == "max" and kind in ("count", "size"):
        assert x > scalar(kind, c["v"]), ("a count/size below the maximum is not clearly labelled", product, attr, value)
    return "conflict"


# ================================================================== phrase rules (copied from rules/phrases/*.yaml)
PHRASES = {
    "ja.superlative-no1": ("ja", [r"(?i:no\.?\s?1)(?:[^0-9〜~\-‐–—ー、,./]|$)", r"ナンバー\s?(?:ワン|1)",
                                  r"トップシェア|シェア\s?(?:トップ|首位|1位|一位)",
                                  r"(?:業界|国内|日本|世界|市場|アジア|地域|部門)\s?(?:で|における)?\s?(?:一番|1位|一位|首位|トップ|ナンバーワン)",
                                  r"(?:業界|日本|世界|国内)一(?:[^部つ周律般括時斉定連貫丸環]|$)",
                                  r"(?:ランキング|調査|満足度|シェア|売上|販売数|導入数|導入社数|導入実績|人気|評価)(?:[^。\n]{0,12}[^0-9])?第?(?:1|一)位",
                                  r"(?:^|[^0-9])第?(?:1|一)位\s?(?:を|に)?\s?(?:獲得|受賞|選出|選ばれ|入賞|輝)"],
                           [r"※[^\n]{0,80}(?:調べ|調査|出典|出所)", r"(?:出典|出所)\s?[:：]", r"\*\s?\d{0,2}[^\n]{0,80}(?:調べ|調査|出典|出所)"]),
    "ja.first-in-industry": ("ja", [r"(?:業界|世界|日本|国内|本邦|史上|アジア)\s?初(?:[^期回日頭旬心級]|$)",
                                    r"(?:業界|世界|日本|国内)\s?で\s?(?:初めて|はじめて|最初)"],
                             [r"※[^\n]{0,80}(?:調べ|調査|出典|出所)", r"(?:出典|出所)\s?[:：]", r"\*\s?\d{0,2}[^\n]{0,80}(?:調べ|調査|出典|出所)"]),
    "ja.absolute": ("ja", [r"絶対(?:[^パ値参座温数量]|$)",
                           r"完全\s?(?:に|な)?\s?(?:安全|安心|無停止|ゼロ|防止|防御|防ぎ|防げ|保護|無欠|セキュア)",
                           r"100\s?(?:%|パーセント)\s?(?:の)?\s?(?:安全|安心|保証|成功|防止|防ぎ|防げ|保護|セキュア)",
                           r"(?:稼働率|可用性)\s?100\s?(?:%|パーセント)",
                           r"必ず(?:[^し。\n][^。\n]{0,20})?(?:成功|削減|改善|向上|解決|防げ|防ぎ|防止|守れ|効果|成果|儲か|達成|実現|保証|お約束|回収|黒字|ご満足)"], []),
    "ja.cheapest": ("ja", [r"最安(?:[^定]|$)", r"最も\s?(?:安い|安価|低価格|お得)", r"(?:一番|いちばん)\s?(?:安い|安価|お得)",
                           r"どこよりも\s?(?:安|お得|低価格)", r"(?:業界|国内|日本|世界|市場)\s?(?:で)?\s?最低\s?(?:価格|水準|料金)|最低価格保証"],
                    [r"※[^\n]{0,80}(?:調べ|調査|出典|出所)", r"(?:出典|出所)\s?[:：]"]),
    "en.guarantee": ("en", [r"(?i)\bguaranteed\b",
                            r"(?i)\bwe\s+guarantee\s+(?:that|you|your|results?|success|savings?|roi|zero|no|100)\b",
                            r"(?i)\b100\s?(?:%|percent|per\s+cent)\s+(?:secure|safe|protected|reliable|uptime|available|risk[- ]free|hack[- ]?proof)\b",
                            r"(?i)\brisk[- ]?free\b",
                            r"(?i)\bnever\s+(?:fails?|failed|goes\s+down|went\s+down|loses?|lost|crash(?:es)?|breaks?|be\s+down)\b",
                            r"(?i)\bzero[- ]downtime\b", r"(?i)\b(?:unhackable|hack[- ]proof|fail[- ]proof)\b"], []),
    "en.superlative": ("en", [r"(?i)\b(?:is|are|was|were|ranked|rated|voted|named|the|our)\s+(?:the\s+)?(?:#\s?1|no\.\s?1|number[- ]one)(?:\s+(?:[a-z-]+\s+){0,2}?(?:solution|platform|choice|provider|vendor|product|tool|service|software|app|add-on|addon|rated|ranked|selling|seller|brand|name)\b|\s+(?:in|for|on|among|by|across)\b|\s*[.,;:!)]|\s*$)",
                              r"(?i)(?:^|[^\w&])#\s?1\s+(?:rated|ranked|choice|selling|seller|provider|vendor|platform|solution)\b",
                              r"(?i)\bbest[- ]in[- ](?:the[- ])?(?:industry|market|class|business|breed)\b",
                              r"(?i)\bbest\s+(?:[a-z-]+\s+){0,3}(?:on|in)\s+the\s+market\b",
                              r"(?i)\b(?:industry|market|world|category)[- ]leading\b",
                              r"(?i)\b(?:industry|market|world)['’]?s\s+(?:best|fastest|leading|most\s+(?:secure|reliable|advanced|trusted))\b"],
                       [r"(?i)(?:^|\n)[^A-Za-z\n]{0,8}sources?\s?:\s?\S", r"(?i)\(\s?sources?\s?:\s?[^)\n]{3,}\)"]),
    "en.unlimited": ("en", [r"(?i)\bunlimited\b"], []),
}
JA_CHARS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def suppress(text):
    """Drop lines under onevoice-disable RULE … onevoice-enable and after onevoice-disable-next-line RULE."""
    out, off, skip = [], set(), set()
    for line in text.split("\n"):
        m = re.search(r"onevoice-disable-next-line\s+([\w.-]+)", line)
        if m:
            skip = {m.group(1)}
            out.append(("", set()))
            continue
        m1, m2 = re.search(r"onevoice-disable\s+([\w.-]+)", line), re.search(r"onevoice-enable", line)
        if m1:
            off.add(m1.group(1))
        if m2:
            off = set()
        out.append((line, off | skip))
        skip = set()
    return out


def phrase_rules_fired(text):
    norm = unicodedata.normalize("NFKC", text)
    fired = set()
    for rid, (lang, pats, unless) in PHRASES.items():
        if any(re.search(u, norm) for u in unless):
            continue
        for line, dis in suppress(norm):
            if rid in dis:
                continue
            for sent in re.split(r"(?<=。)", line):
                if bool(JA_CHARS.search(sent)) != (lang == "ja"):
                    continue
                if any(re.search(p, sent) for p in pats):
                    fired.add(rid)
    return fired


DEPRECATED = ["Meridian FileSync", "Meridian File Sync", "MeridianFileSync", "メリディアン ファイルシンク",
              "メリディアン・ファイルシンク", "メリディアンファイルシンク"]


def deprecated_found(text, urls=False):
    norm = unicodedata.normalize("NFKC", text)
    if not urls:
        norm = re.sub(r"https?://\S+", " ", norm)
    return any(d.lower() in norm.lower() for d in DEPRECATED)


# ================================================================== decoding (for the checks)
class Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_comment(self, d):
        self.out.append("<!--%s-->" % d)


def strip_html(s):
    p = Strip()
    p.feed(s)
    return "\n".join(p.out)


def decoded_parts(raw_bytes):
    msg = email.message_from_bytes(raw_bytes, policy=email.policy.default)
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            parts.append(strip_html(t) if part.get_content_subtype() == "html" else t)
            if part.get_content_subtype() == "html":
                parts.append(t)
    return msg, parts


def mboxrd_split(data):
    msgs, cur = [], None
    for line in data.split("\n")[:-1]:
        if line.startswith("From ") and (cur is None or (cur and cur[-1] == "")):
            if cur is not None:
                msgs.append(cur[:-1])
            cur = []
            continue
        cur.append(line[1:] if re.match(r"^>+From ", line) else line)
    msgs.append(cur[:-1] if cur and cur[-1] == "" else cur)
    return ["\n".join(m) + "\n" for m in msgs]


# ================================================================== writing and checking
NAMES = ["Meridian Sync", "Meridian Vault", "Meridian Insight", "メリディアン シンク", "メリディアン ボールト",
         "メリディアン インサイト", "同製品", "本製品", "It "]
ONEVOICE_YAML = """# onevoice configuration for evaluation set 7 (SPEC section 6).
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


def readme(counts):
    return """# Evaluation set 7: bilingual documents and short mixed-language threads

Written blind on 2026-12-03 by an independent helper session. It used only
`LABELS.md`, `FACTS.md`, the evaluation README, `rules/`, `SPEC.md` and
`score.py`, never the engine, its tests or the other sets. It is labelled by
`../../shared/eval/LABELS.md`. Everything here is written by `gen/generate.py`
(deterministic, stdlib only). Do not edit the outputs by hand; change the
generator and run it again.

    mail/0001.eml … mail/%(nmail)04d.eml   %(nmail)d messages, judged as of their own Date header
    mail/archive.mbox                %(narch)d of them again (mboxrd, date order) for `audit`
    docs/<office>/…                  %(ndocs)d documents (.md .txt .html), judged as of 2026-11-22
    docs/tokyo/drafts/               one draft, ignored by .onevoice.yaml (no lines)
    expected.jsonl                   %(nlines)d lines: %(nclaims)d claims, %(nfind)d findings, %(nx)d cross-office

Score a build from inside this folder, as LABELS.md says (documents `--as-of 2026-11-22`):

    onevoice check mail --include-quoted --format json > mail.json
    onevoice check docs --include-quoted --as-of 2026-11-22 --format json > docs.json
    onevoice audit mail/archive.mbox --format json > audit.json
    python3 ../../shared/eval/score.py . mail.json docs.json audit.json

or `../../shared/eval/run BINARY /work/probe/set7`.

## What this set stresses

- Documents by different kinds of author: HTML RFP compliance matrices
  (requirement | compliant Y/N | answer | remarks; the requirement's own figures
  are no claims), a bilingual JA/EN proposal (a claim stated in both languages
  with the same value is one line; 2,800円（税抜） and JPY 3,080 incl. tax are two),
  fixed-width plain-text spec tables with captions and a 両製品共通 table, Markdown
  with the product in a parent bullet, FAQs (Q./A.), release notes with versions
  and dates, marketing one-pagers with and without ※…調べ / `Source:` notes, inline
  suppressions, a quote (御見積書) whose caption says 税抜, a draft in an ignored folder.
- Japanese specifics: 和暦 (令和8年4月1日, 令和9年1月), 全角 digits, 一万 / 九十日,
  税込 (= 税抜 x 1.1), ～ ranges, 最大 / 以内 / 以上 / 未満, 同製品 / 本製品.
- Mail: ISO-2022-JP (some CRLF), UTF-8 base64 / QP / 8bit, multipart/alternative,
  message/rfc822, `On … wrote:` interleaved replies, Outlook blocks, Gmail and
  Japanese forward markers, `日付 名前 <addr>:` quote headers; a Tokyo rep writing
  to HQ in English; partners forwarding customer questions.
- Cross-office (archive): five real contradictions within 45 days (one on RTO,
  which the base has no value for; one across units, 1時間 vs 15 minutes), four
  pairs that look different but agree (1万 / 10k, 500TB / 0.5 PB, 3,080円税込 /
  2,800円税抜, 九十日 / three months), and one pair each right at its own date
  (5,000 users in March, 10,000 in April).
- Traps that are no claims: version, section and item numbers, page counts,
  headcounts, discounts, totals, meeting dates, phone numbers, postal codes,
  questions, customer requirements, retractions ((誤)(正), ~~struck~~, "not X as I
  wrote"), denied values, negated set members, a deprecated name inside a URL.

## Judgement calls (where LABELS.md needed reading)

- A bilingual pair whose two languages state different but equivalent values
  (税抜 and 税込 amounts) gives two lines, because LABELS.md compares money by amount
  and tax. A pair with the same value (15分 / 15 minutes, 九十日 / 90 days) gives one line.
- Durations are written in the unit the text used; "three months" is written as
  90 days (LABELS.md: months count as 30 days); "a quarter of an hour" as 0.25 hours.
- The value placed in a period (令和8年4月1日以降は最大1万ユーザー) carries `as_of`
  2026-04-01.
- No claim sits in a line that an inline suppression covers, nor in quoted or
  signature text that holds a phrase. A customer never states a price.
- Internal mail (Tokyo to HQ) is not in the archive, so whether internal mail
  "tells customers" never decides a cross-office line.
""" % counts


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    lines, problems = [], []

    def check(cond, what):
        if not cond:
            problems.append(what)

    # ---------------------------------------------------------------- mail
    raws, decoded = {}, {}
    ids = set()
    for m in MAIL:
        raw = render(m)
        raws[m.num] = raw
        data = raw.replace("\n", "\r\n") if m.eol == "crlf" else raw
        with open(os.path.join(SET, m.file), "wb") as fh:
            fh.write(data.encode("ascii" if m.enc != "utf8-8bit" else "utf-8"))
        msg, parts = decoded_parts(data.encode("utf-8"))
        check(msg["Message-ID"].strip("<> ") == m.msgid, "%s: message-id" % m.file)
        check(m.msgid not in ids, "%s: duplicate message id" % m.file)
        ids.add(m.msgid)
        decoded[m.file] = parts

    def claim_lines(file, mid, items, office, as_of, texts, is_doc):
        out, seen = [], set()
        for c in items:
            off = c.office or office
            if not c.quoted and not is_doc:
                check(off == office, "%s: office %s of an own claim" % (file, off))
            when = c.as_of or as_of
            v = judge(c.product, c.attribute, c.value, off, when)
            check(v == c.verdict, "%s: %s %s %r judged %s, labelled %s" % (file, c.product, c.attribute, c.value, v, c.verdict))
            check(any(c.text in t for t in texts), "%s: excerpt not found: %s" % (file, c.text))
            if not is_doc:
                check(any(n in c.text for n in NAMES), "%s: excerpt names no product: %s" % (file, c.text))
            key = (c.product, c.attribute, json.dumps(c.value, sort_keys=True), c.quoted, off)
            check(key not in seen, "%s: duplicate claim %s" % (file, key))
            seen.add(key)
            out.append({"type": "claim", "file": file, "message_id": mid, "product": c.product, "attribute": c.attribute,
                        "value": c.value, "verdict": c.verdict, "quoted": c.quoted, "office": off, "as_of": when,
                        "text": c.text})
        return out

    def finding_lines(file, mid, items, texts, whole):
        out = []
        for f in items:
            check(any(f.text in t for t in texts), "%s: finding excerpt not found: %s" % (file, f.text))
            out.append({"type": "finding", "file": file, "message_id": mid, "kind": f.kind, "rule": f.rule,
                        "product": f.product, "quoted": f.quoted, "text": f.text})
        fired = phrase_rules_fired(whole)
        want = {f.rule for f in items if f.kind == "phrase"}
        check(fired == want, "%s: phrase rules fire %s, labelled %s" % (file, sorted(fired), sorted(want)))
        term = deprecated_found(whole)
        check(term == any(f.kind == "terminology" for f in items), "%s: terminology %s" % (file, term))
        return out

    per_msg = {}
    for m in MAIL:
        whole = "\n".join(p for p in decoded[m.file])
        ls = claim_lines(m.file, m.msgid, m.claims, m.office, m.date, decoded[m.file], False)
        ls += finding_lines(m.file, m.msgid, m.findings, decoded[m.file], "\n".join(decoded[m.file][:1] if m.html_alt else decoded[m.file]))
        per_msg[m.num] = ls
        lines += ls
    check(not deprecated_found("\n".join(decoded["mail/0027.eml"])) and deprecated_found("\n".join(decoded["mail/0027.eml"]), urls=True),
          "0027: the URL trap is not what it should be")

    # ---------------------------------------------------------------- archive (mboxrd, date order)
    arch = sorted((m for m in MAIL if m.archive), key=lambda m: m.when)
    chunks = []
    for m in arch:
        u = m.when.astimezone(dt.timezone.utc)
        body = "".join((">" + l if re.match(r"^>*From ", l) else l) + "\n" for l in raws[m.num].split("\n")[:-1])
        chunks.append("From %s %s %2d %s\n%s\n" % (m.frm[1], u.strftime("%a %b"), u.day, u.strftime("%H:%M:%S %Y"), body))
    mbox = "".join(chunks)
    with open(os.path.join(SET, "mail/archive.mbox"), "w", encoding="ascii", newline="\n") as fh:
        fh.write(mbox)
    back = mboxrd_split(mbox)
    check(len(back) == len(arch), "mbox: %d messages read back, %d written" % (len(back), len(arch)))
    check(any(">From the council" in c for c in chunks), "mbox: no mboxrd-escaped From line")
    for m, b in zip(arch, back):
        check(b == raws[m.num], "mbox: message %04d does not round-trip" % m.num)
    for m in arch:
        for l in per_msg[m.num]:
            lines.append(dict(l, file="mail/archive.mbox"))

    # ---------------------------------------------------------------- documents
    ndocs = 0
    for d in DOCS:
        p = os.path.join(SET, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d.text)
        if "/drafts/" in d.path:
            check(not d.claims and not d.findings, "draft has lines")
            check(phrase_rules_fired(d.text) and deprecated_found(d.text), "the draft should hold what would fire")
            continue
        ndocs += 1
        texts = [d.text, strip_html(d.text)] if d.path.endswith(".html") else [d.text]
        lines += claim_lines(d.path, None, d.claims, d.office, DOCS_AS_OF, texts, True)
        lines += finding_lines(d.path, None, d.findings, texts, texts[-1])

    # ---------------------------------------------------------------- cross-office
    def xo(include_quoted=True):
        pts = []
        for m in arch:
            for c in m.claims:
                off = c.office or m.office
                if off == "unknown" or KIND[c.attribute] == "set" or (c.quoted and not include_quoted):
                    continue
                pts.append((m, c, off))
        found, agree = {}, []
        for i, (ma, ca, oa) in enumerate(pts):
            for mb, cb, ob in pts[i + 1:]:
                if (ca.product, ca.attribute) != (cb.product, cb.attribute) or oa == ob:
                    continue
                if abs((ma.when.date() - mb.when.date()).days) > 45:
                    continue
                k = KIND[ca.attribute]
                if k == "money":
                    if (ca.value["currency"], ca.value["per"]) != (cb.value["currency"], cb.value["per"]):
                        continue
                    assert ca.value["tax"] or cb.value["tax"] or ca.value["currency"] != "JPY"
                    norm = lambda v: round(v["amount"] / 1.1 if v["tax"] == "included" else v["amount"], 6)
                else:
                    norm = lambda v: scalar(k, v)
                differ = norm(ca.value) != norm(cb.value)
                both_ok = ca.verdict == "ok" and cb.verdict == "ok"
                if differ and not both_ok:
                    key = (ca.product, ca.attribute, tuple(sorted((oa, ob))))
                    e = found.setdefault(key, {"files": [], "values": {}})
                    for m_, c_, o_ in ((ma, ca, oa), (mb, cb, ob)):
                        if m_.file not in e["files"]:
                            e["files"].append(m_.file)
                        e["values"].setdefault(o_, c_.value)
                else:
                    agree.append((ca.product, ca.attribute, oa, ma.date, json.dumps(ca.value, ensure_ascii=False),
                                  ob, mb.date, json.dumps(cb.value, ensure_ascii=False), "differ, both ok" if differ else "agree"))
        return found, agree

    found, agree = xo()
    check(found.keys() == xo(False)[0].keys(), "cross-office depends on quoted claims")
    for (prod, attr, offs), e in sorted(found.items()):
        lines.append({"type": "cross-office", "product": prod, "attribute": attr, "offices": list(offs),
                      "file": "mail/archive.mbox", "message_files": e["files"], "values": e["values"]})

    # ---------------------------------------------------------------- outputs
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(ONEVOICE_YAML)
    nclaims = sum(1 for l in lines if l["type"] == "claim")
    nfind = sum(1 for l in lines if l["type"] == "finding")
    counts = dict(nmail=len(MAIL), narch=len(arch), ndocs=ndocs, nlines=len(lines), nclaims=nclaims,
                  nfind=nfind, nx=len(found))
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(counts))

    verdicts = {}
    for l in lines:
        if l["type"] == "claim":
            verdicts[l["verdict"]] = verdicts.get(l["verdict"], 0) + 1
    print("set 7: %(nmail)d messages (%(narch)d in the archive), %(ndocs)d documents, %(nlines)d lines "
          "(%(nclaims)d claims, %(nfind)d findings, %(nx)d cross-office)" % counts)
    print("claim verdicts:", json.dumps(verdicts, sort_keys=True))
    for key, e in sorted(found.items()):
        print("cross-office:", key, e["files"], json.dumps(e["values"], ensure_ascii=False))
    for a in agree:
        print("not a line: %s %s %s@%s=%s vs %s@%s=%s (%s)" % a)
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
