#!/usr/bin/env python3
"""Generate evaluation set 66 (Meridian Data): long and very short mail.

Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py
(Re)writes mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml, expected.jsonl.
"""
import base64, json, os, quopri, re, shutil, sys
from datetime import datetime, timedelta
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_AS_OF = "2026-11-22"
OFFICES = [("osaka", "@osaka.jp.meridian-data.com"), ("tokyo", "@jp.meridian-data.com"),
           ("london", "@uk.meridian-data.com"), ("us-hq", "@meridian-data.com")]
PROD = {"sync": "meridian-sync", "vault": "meridian-vault", "insight": "meridian-insight"}


def office_of(addr):
    addr = addr.lower()
    for oid, suffix in OFFICES:
        if addr.endswith(suffix):
            return oid
    return "unknown"


# ------------------------------------------------------------------ values
def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


TB = 10 ** 12


class C:
    """An expected claim. value: a list for set members (one line each)."""
    def __init__(self, product, attribute, value, verdict, text, quoted=False, office=None):
        self.product, self.attribute, self.value, self.verdict = PROD[product], attribute, value, verdict
        self.text, self.quoted, self.office = text, quoted, office


class F:
    """An expected finding (phrase: rule; terminology: product)."""
    def __init__(self, kind, text, rule=None, product=None, quoted=False):
        self.kind, self.text, self.rule, self.quoted = kind, text, rule, quoted
        self.product = PROD[product] if product else None


# ------------------------------------------------------------------ MIME
def hdr(value, charset):
    if all(ord(ch) < 128 for ch in value):
        return value
    return Header(value, charset, maxlinelen=76, header_name="Subject").encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    if all(ord(ch) < 128 for ch in name):
        return formataddr((name, address))
    return "%s <%s>" % (Header(name, charset).encode(), address)


def encode_body(text, charset, cte):
    """-> (Content-Type charset label, CTE, encoded text)."""
    if charset == "iso-2022-jp":
        data = text.encode("iso2022_jp")
        return "ISO-2022-JP", "7bit", data.decode("ascii")
    if charset == "shift_jis":
        data = text.encode("cp932")
        label = "Shift_JIS"
    elif charset == "us-ascii":
        data = text.encode("ascii")
        label = "us-ascii"
    else:
        data = text.encode("utf-8")
        label = charset.upper() if charset.lower() == "utf-8" and cte != "quoted-printable" else "utf-8"
    if cte == "base64":
        return label, cte, base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return label, cte, quopri.encodestring(data).decode("ascii")
    return label, cte, data.decode("utf-8" if label != "Shift_JIS" else "cp932")


def text_part(text, charset, cte, subtype="plain", extra=""):
    label, cte, body = encode_body(text, charset, cte)
    fmt = '; format=flowed' if extra == "flowed" else ''
    head = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (subtype, label, fmt, cte)
    return head, body


def to_html(text):
    out = []
    for para in text.split("\n\n"):
        esc = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body>\n<div dir="ltr">\n' + "\n".join(out) + "\n</div>\n</body></html>\n")


class Mail:
    def __init__(self, key, date, frm, to, subject, mid, text, claims=(), findings=(), archive=False,
                 charset="utf-8", cte="quoted-printable", html=None, cc=None, refs=None, mailer=None,
                 attach=None, crlf=False, flowed=False):
        self.key, self.date, self.frm, self.to, self.subject, self.mid = key, date, frm, to, subject, mid
        self.text, self.claims, self.findings, self.archive = text, list(claims), list(findings), archive
        self.charset, self.cte, self.html, self.cc, self.refs, self.mailer = charset, cte, html, cc, refs, mailer
        self.attach, self.crlf, self.flowed = attach, crlf, flowed
        self.file = None

    @property
    def from_addr(self):
        return self.frm[1]

    @property
    def day(self):
        return parsedate_to_datetime(self.date).date().isoformat()

    def headers(self):
        hcs = "iso-2022-jp" if self.charset == "iso-2022-jp" else "utf-8"
        h = []
        h.append("From: " + addr(self.frm[0], self.frm[1], hcs))
        h.append("To: " + ", ".join(addr(n, a, hcs) for n, a in self.to))
        if self.cc:
            h.append("Cc: " + ", ".join(addr(n, a, hcs) for n, a in self.cc))
        h.append("Subject: " + hdr(self.subject, hcs))
        h.append("Date: " + self.date)
        h.append("Message-ID: <%s>" % self.mid)
        if self.refs:
            h.append("In-Reply-To: <%s>" % self.refs[-1])
            h.append("References: " + "\n ".join("<%s>" % r for r in self.refs))
        if self.mailer:
            h.append(self.mailer)
        h.append("MIME-Version: 1.0")
        return "\n".join(h) + "\n"

    def render(self):
        head = self.headers()
        seed = "%08x" % (abs(hash_str(self.mid)) % 0xFFFFFFFF)
        if self.attach is not None:
            b = "----=_Part_%s_%s" % (seed, seed[::-1])
            th, tb = text_part(self.text, self.charset, self.cte, extra="flowed" if self.flowed else "")
            inner = self.attach.render()
            body = ('Content-Type: multipart/mixed;\n boundary="%s"\n\nThis is a multi-part message in MIME format.\n'
                    '--%s\n%s\n%s\n--%s\nContent-Type: message/rfc822\nContent-Disposition: attachment;\n'
                    ' filename="%s.eml"\n\n%s\n--%s--\n') % (b, b, th, tb.rstrip("\n") + "\n", b,
                                                           self.attach.key, inner.rstrip("\n"), b)
        elif self.html is not None:
            b = "000000000000%s%s" % (seed, seed[:4])
            th, tb = text_part(self.text, self.charset, self.cte, extra="flowed" if self.flowed else "")
            html = to_html(self.text) if self.html is True else self.html
            hh, hb = text_part(html, "utf-8", self.cte, subtype="html")
            body = ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n'
                    % (b, b, th, tb.rstrip("\n") + "\n", b, hh, hb.rstrip("\n") + "\n", b))
        else:
            th, tb = text_part(self.text, self.charset, self.cte, extra="flowed" if self.flowed else "")
            body = th + "\n" + tb
        out = head + body
        if not out.endswith("\n"):
            out += "\n"
        return out.replace("\n", "\r\n") if self.crlf else out


def hash_str(s):
    h = 1469598103934665603
    for ch in s.encode("utf-8"):
        h = ((h ^ ch) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h


def mboxrd(mails):
    out = []
    for m in mails:
        dt = parsedate_to_datetime(m.date).astimezone(tz=None).replace(tzinfo=None)
        dt = parsedate_to_datetime(m.date)
        utc = (dt - dt.utcoffset()).replace(tzinfo=None)
        out.append("From %s %s\n" % (m.from_addr, utc.strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  ", 1)
                                     if utc.day < 10 else utc.strftime("%a %b %d %H:%M:%S %Y")))
        raw = m.render().replace("\r\n", "\n")
        for line in raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n"):
            out.append((">" + line if re.match(r"^>*From ", line) else line) + "\n")
        out.append("\n")
    return "".join(out)

# ================================================================== people
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")
PRIYA = ("Priya Raman", "priya.raman@uk.meridian-data.com")
OLIVER = ("Oliver Pennington", "oliver.pennington@uk.meridian-data.com")
SATO = ("佐藤 健二", "k.sato@jp.meridian-data.com")
ISHIKAWA = ("石川 真由美", "m.ishikawa@jp.meridian-data.com")
NAKAGAWA = ("中川 拓也", "t.nakagawa@osaka.jp.meridian-data.com")
MORITA = ("森田 彩", "a.morita@osaka.jp.meridian-data.com")
LINH = ("Linh Nguyen", "lnguyen@cobaltridgecu.org")
THERESA = ("Theresa Alvarado", "talvarado@cobaltridgecu.org")
JAMES = ("James Hollis", "j.hollis@brackenfieldlogistics.co.uk")
CLAIRE = ("Claire Dunmore", "c.dunmore@harrowgatevets.co.uk")
YAMAMOTO = ("山本 洋平", "y.yamamoto@kansai-seiki.co.jp")
TAMURA = ("田村 亮", "tamura@hokuto-shoji.co.jp")
OKADA = ("岡田 早紀", "s.okada@minato-create.co.jp")

GMAIL = "X-Mailer: (none)"
OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
APPLE = "X-Mailer: Apple Mail (2.3826.400.131.1.6)"
THUNDER = "User-Agent: Mozilla Thunderbird"

MAILS = []


def mail(*a, **k):
    m = Mail(*a, **k)
    MAILS.append(m)
    return m


DANA_SIG = """Dana Whitfield
Senior Account Executive, Financial Services | Meridian Data Inc.
535 Mission Street, Suite 1400, San Francisco, CA 94105
Office +1 (415) 555-0143 | Mobile +1 (415) 555-0198
dana.whitfield@meridian-data.com"""

US_DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any unauthorized review,
use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the
sender by reply e-mail and destroy all copies of the original message. Meridian Data Inc. does not
warrant that this message or any attachment is free of viruses or errors, and accepts no liability for
any damage caused by them. Pricing and terms in this message are indicative and are subject to a signed
Order Form under the Meridian Master Subscription Agreement (MSA-2024-07)."""

# ------------------------------------------------------------------ 2026-01-14  us-hq, tiny answer
mail("sla-yes", "Wed, 14 Jan 2026 10:15:32 -0800", DANA, [LINH], "Re: quick SLA question",
     "CAHx9rT2wK1pQ7e+Jd0q8ZaP4sVb3Lm_5nYc@mail.gmail.com",
     """Yes, 99.9%.

Dana

On Wed, Jan 14, 2026 at 9:02 AM Linh Nguyen <lnguyen@cobaltridgecu.org> wrote:

> Dana - is the uptime SLA on Meridian Sync 99.9%? I want to be sure before
> it goes on a slide for the board at 11.
>
> Thanks,
> Linh
>
> Linh Nguyen | VP, Information Technology
> Cobalt Ridge Credit Union | NMLS #449210
> 2200 Foothill Blvd, Pasadena, CA 91107 | (626) 555-0171
""", html=True, cte="7bit", charset="utf-8", mailer=None,
     refs=["CAKw3Ds1f0oGm9+xRt2bUvQ7yNa6jH4e@mail.gmail.com"])

# ------------------------------------------------------------------ 2026-01-20  tokyo, 「はい、対応可能です。」
mail("ipad-ok", "Tue, 20 Jan 2026 11:03:47 +0900", ISHIKAWA, [YAMAMOTO], "RE: iPadでの利用について",
     "TYCPR01MB8842A1C0E5F3D7B92C4A61F0D9A12@TYCPR01MB8842.jpnprd01.prod.outlook.com",
     """山本様

お世話になっております。メリディアンデータの石川です。

はい、対応可能です。

引き続きよろしくお願いいたします。

石川

-----Original Message-----
差出人: 山本 洋平 <y.yamamoto@kansai-seiki.co.jp>
送信日時: 2026年1月20日 9:41
宛先: 石川 真由美 <m.ishikawa@jp.meridian-data.com>
件名: iPadでの利用について

石川様

いつもお世話になっております。関西精機の山本です。
品質保証課の検査担当が現場でiPadを使っているのですが、メリディアン シンクはiPadでも利用できますでしょうか。

よろしくお願いいたします。

山本 洋平
関西精機株式会社 情報システム部
〒577-0011 大阪府東大阪市荒本北1-4-17
TEL 06-6781-0032 / FAX 06-6781-0039
""", charset="iso-2022-jp", mailer=OUTLOOK,
     refs=["TYAPR01MB6620D3F1A08C4E12B97F0C2E8B3D1@TYAPR01MB6620.jpnprd01.prod.outlook.com"])

# ------------------------------------------------------------------ 2026-02-03  london, short answer + signature banner
mail("retention-90", "Tue, 3 Feb 2026 09:12:05 +0000", PRIYA, [JAMES], "Re: Vault retention for the audit",
     "A3F27C10-5B9E-4D2A-9C61-0E8B7D4F2A19@uk.meridian-data.com",
     """Hi James,

Yes — Meridian Vault keeps backups for 90 days by default, and retention can be lengthened per policy if your auditors want longer.

Happy to walk Mo through the policy screen on Thursday's call.

Priya

-- 
Priya Raman | Senior Account Executive
Meridian Data Ltd | 40 Gracechurch Street, London EC3V 0BT
T +44 20 7946 0321 | M +44 7700 900418
Registered in England & Wales, company no. 09876543 | VAT GB 318 4472 91
Meridian Vault is now hosted in Frankfurt for UK & EU customers.

> On 2 Feb 2026, at 17:22, James Hollis <j.hollis@brackenfieldlogistics.co.uk> wrote:
> 
> Priya,
> 
> Our auditors have asked how long Meridian Vault keeps backups by default. Is it 90 days? We need at least 60 for the depot CCTV exports.
> 
> Cheers,
> James
> 
> James Hollis
> Head of IT, Brackenfield Logistics
> Unit 4, Tamworth Road Business Park, B77 1DR
> 01827 555019
""", claims=[C("vault", "retention", dur(90, "days"), "ok",
               "Meridian Vault keeps backups for 90 days by default")],
     archive=True, mailer=APPLE, refs=["LO2P265MB5113C2F0A7E94B01D8F3@LO2P265MB5113.GBRP265.PROD.OUTLOOK.COM"])

# ------------------------------------------------------------------ 2026-02-10  osaka, short, one right one wrong
mail("rpo-retention-osaka", "Tue, 10 Feb 2026 16:48:20 +0900", NAKAGAWA, [TAMURA],
     "RE: メリディアン ボールトのRPOと保持期間", "000301dc9a4e$5b1c2d30$11538790$@osaka.jp.meridian-data.com",
     """田村様

お世話になっております。中川です。
ご質問の件、メリディアン ボールトのRPOは15分、標準の保持期間は30日間です。

取り急ぎご回答まで。

中川

-----Original Message-----
From: 田村 亮 <tamura@hokuto-shoji.co.jp>
Sent: Monday, February 9, 2026 6:05 PM
To: 中川 拓也 <t.nakagawa@osaka.jp.meridian-data.com>
Subject: メリディアン ボールトのRPOと保持期間

中川様

お世話になっております。北斗商事の田村です。
稟議書に記載するため、メリディアン ボールトのRPOと、バックアップの保持期間を教えていただけますでしょうか。

北斗商事株式会社 管理本部 情報システム課
田村 亮
〒530-0047 大阪市北区西天満4-8-2 北斗ビル6F
TEL：06-6312-4480（代表）
""", claims=[C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分、標準の保持期間は30日間です。"),
             C("vault", "retention", dur(30, "days"), "conflict",
               "メリディアン ボールトのRPOは15分、標準の保持期間は30日間です。")],
     archive=True, charset="shift_jis", cte="base64", mailer=OUTLOOK,
     refs=["000201dc99c2$a0e1f6b0$e2a5e410$@hokuto-shoji.co.jp"])

# ------------------------------------------------------------------ 2026-02-16  us-hq, a proposal written as one long email
PROPOSAL_US = """Hi Linh, Theresa,

Thank you both for the time last Tuesday, and please pass my thanks to Ray and the branch operations team for the tour of the Pasadena and Glendale sites. As promised, here is our written proposal for the 2026 renewal and expansion. I have kept it in the body of the email rather than as a PDF, because your procurement portal strips attachments from vendor mail and Theresa mentioned that the committee prefers to comment inline. The formal Order Form will follow once you are comfortable with the scope.

It is long, so here is the short version: we recommend renewing your file collaboration workspace, adding managed backup for the core file servers and Microsoft 365, and joining the analytics beta with a small group of analysts ahead of general availability. Everything else below is detail, assumptions and dates.

1. Where we landed

Over the last six weeks we met with IT, Risk, Member Services, Lending and Finance. The themes were consistent. Your staff need one place to share documents with each other and with members; your examiners want evidence of recoverability rather than a description of it; and Finance would like to stop rebuilding the same branch performance spreadsheets every Monday morning. The proposal is organised around those three needs rather than around our product list, although the product sections below are where the technical answers live.

2. What you told us

We have tried to restate your requirements in your own words so that the committee can check we understood them.

- A single workspace for all staff, including part-time tellers, with a plan for the Harbor Point merger later in the year.
- Sharing with members and with the indirect lending dealers, with expiry dates on external links.
- Recovery of file servers and mailboxes that can be demonstrated to the examiners during the annual exam cycle.
- Reporting on branch traffic, loan pipeline and deposit growth that Finance can maintain without a developer.
- No change to the single sign-on experience your staff already know, and no new passwords.
- A vendor file that your Third-Party Risk team can complete without chasing us for documents.

If anything is missing or overstated, please mark it up and send it back; we would much rather correct the scope now than after signature.

3. Meridian Sync

Meridian Sync replaces the mapped drives and the ad hoc sharing links that the branches use today. Staff keep working in the folders they know, and the desktop client keeps them in step with the cloud copy.

Capacity first, because it came up in every meeting: Meridian Sync supports up to 5,000 named users per tenant, so the merger does not force a second workspace.

Each Meridian Sync user gets 1 TB of storage, which is considerably more than your current departmental shares allocate.

Meridian Sync runs on Windows, macOS, iOS and Android, which covers the branch PCs, the executive team's laptops and the tablets used by the mobile lending officers.

Availability is covered by the standard Meridian Cloud Services SLA, and Meridian Sync carries a 99.9% uptime commitment with service credits if we miss it.

Sharing policies are set centrally. Your administrators decide which groups may share outside the credit union, whether external links must carry an expiry date, and whether downloads are allowed or view-only. Member-facing sharing can be restricted to the Member Services group so that the rest of the organisation cannot send documents to members by accident.

Retention of deleted files, legal hold and eDiscovery export are all in the standard plan. Your compliance officer asked whether holds can be placed by case number; they can, and the hold survives a user being disabled.

4. Meridian Vault

Meridian Vault is our managed backup service. It protects the two on-premises file servers in the Pasadena data room, your Microsoft 365 mailboxes, OneDrive and SharePoint, and it can protect the Meridian Sync workspace itself if Risk wants a second, independent copy.

The recovery point objective is the number your examiners asked about: Meridian Vault's RPO is 15 minutes for protected workloads.

By default Meridian Vault retains backups for 90 days; longer retention for specific folders can be set by policy.

On availability, Meridian Vault is backed by a 99.99% SLA.

Your backups would live in our Oregon region, and Meridian Vault keeps the replica copy in the Frankfurt data center only if you opt in to cross-region replication, which we do not recommend for a US credit union without a legal review.

For planning the recovery runbook, Meridian Vault restores a full file server within 4 hours in our standard RTO.

Capacity is not a concern at your size: Meridian Vault scales to 500 TB per tenant.

The restore experience is the part your team will actually touch, so we would like to run a restore drill with Ray's team during onboarding: pick a share, delete it, and have the branch operations team restore it themselves from the console with us watching. That drill, with screenshots and timings, becomes the evidence pack for the examiners.

5. Meridian Insight (beta)

Meridian Insight is our analytics and dashboard product. It is in beta today, and Meridian Insight becomes generally available in January 2027. We are proposing that five analysts in Finance and Lending join the beta so that the branch performance pack is ready the day the product goes live.

What Finance will see is a set of dashboards built on top of the core banking extract, the loan origination system and the branch traffic counters. The beta team will have a named solutions engineer, Marcus Oyelaran, for the whole beta period.

Meridian Insight is built on the industry-leading query engine we acquired last year, and it shares its security model with Meridian Sync, so permissions do not have to be maintained twice.

Our beta agreement does not include a formal availability commitment, but Meridian Insight targets 99.9% availability in production.

We would like to be straightforward about what is not ready. Scheduled PDF exports arrive in the autumn release, the mobile layout is still being designed, and the dealer-facing portal Lending asked about is not on the roadmap for this year. If any of those is a hard requirement for the committee, please tell us now.

6. Security, privacy and compliance

The vendor questionnaire from your Third-Party Risk team is attached to the portal submission, answered in full. The headline points are the ones Theresa asked us to summarise here.

- Single sign-on through your existing Entra ID tenant, with SCIM provisioning so that leavers lose access the moment HR closes their record.
- Customer-managed keys are available on request; the key ceremony takes about an hour with your security engineer.
- Our most recent penetration test summary, our SOC reports and our ISO certificate are available in the Trust Center under NDA; the NDA you signed in December covers them.
- We are happy to be added to your annual vendor review calendar, and our security team will join the review call.

On privacy, we act as a processor for member data. Our Data Processing Addendum is the version your counsel reviewed for the 2024 contract, with the two clarifications she requested on sub-processor notice now incorporated.

7. Implementation plan

We propose a twelve-week plan, starting the week of 9 March.

Weeks 1 to 2: kick-off, design workshop, single sign-on and provisioning. Ray's team and our implementation lead, Priscilla Okafor, agree the folder structure, the external sharing policy and the group mappings. We run the provisioning sync against a test group of twenty staff.

Weeks 3 to 5: pilot with Member Services and Finance. About forty staff move their working folders and use the new client day to day. We hold a short stand-up twice a week and fix what the pilot finds.

Weeks 6 to 9: branch roll-out in four waves of roughly three branches each, Tuesdays and Wednesdays only, so that Monday volumes and Friday cash handling are not disturbed. Each wave gets a floor-walker on the first morning.

Weeks 6 to 8, in parallel: backup onboarding. We deploy the agent to the two file servers, connect the Microsoft 365 tenant, run the first full backups over two weekends, and then run the restore drill described in section 4.

Weeks 10 to 12: analytics beta set-up, the first three Finance dashboards, and hand-over. The old mapped drives go read-only at the end of week 10 and are archived at the end of week 12.

The plan assumes that your change freeze for the quarter-end closes on 3 April and that branch wave 1 can therefore start on 14 April. If the freeze moves, the waves move with it; nothing else changes.

8. Training and change management

Training is where most file-sharing projects succeed or fail, and your branches have seen two intranet changes in three years, so we have planned this carefully with Member Services.

- Two 45-minute live sessions per wave, recorded, with a five-minute video for staff who cannot attend.
- A one-page quick reference card for tellers, printed and laminated for each teller line.
- A champions network: one volunteer per branch, with a monthly call and early access to changes.
- Office hours every Thursday afternoon during the roll-out, run by our customer success manager, Jordan Pryce.

We will measure adoption weekly and share the numbers with Linh and with the branch managers, because managers who can see their branch's numbers tend to get involved.

9. Commercials

All prices below are in US dollars, exclusive of applicable sales tax, and are held until 31 March 2026.

- Meridian Sync: $399 per month for the workspace, billed annually in advance.
- Meridian Vault: $20 per TB per month, billed on the protected capacity measured on the first of each month.
- Meridian Insight: $30 per user per month from general availability; the beta seats are at no charge.

For this renewal we are offering a 12% discount on the first-year subscription in recognition of the three-year term, and we will waive the one-time onboarding fee of $6,500. The estimated first-year total, at the 42 TB of protected capacity measured during discovery and with the five analysts converting at general availability, is $14,982 after the discount. Year two and year three are shown on the draft Order Form at list price with a 3% annual cap on increases.

The order covers 640 staff accounts today and will be true-ed up once after the Harbor Point merger closes; there is no charge for the accounts added by the merger until the next anniversary.

10. Support

Support is included in every subscription. Your administrators can open tickets by email, in the console or by phone, and critical issues page the on-call engineer directly. A named customer success manager meets your team monthly during the first year and quarterly afterwards. Our support desk for US customers is staffed from Denver and Raleigh; nothing about your tickets leaves the United States.

We will also add Cobalt Ridge to the early-notice list for planned maintenance, so that Ray's team hears about a maintenance window at the same time as our own operations staff.

11. Contract terms

- Term: 36 months from the go-live date of the workspace, with co-terminated add-ons.
- Invoicing: annually in advance, net 30.
- Renewal: automatic for 12 months unless either party gives 60 days' written notice.
- Exit: on termination, we provide exports of all files and backups in open formats for 30 days at no charge, and a certificate of deletion afterwards.
- Governing law: California, as in the current agreement.

Theresa, your counsel's redlines from 2024 on limitation of liability and on audit rights are carried over unchanged; we have not reopened them.

12. Next steps

- Friday 20 February: committee pre-read (this email plus the questionnaire).
- Thursday 26 February, 10:00 PT: committee Q&A, on Teams; Marcus and I will attend, and our security lead can join for the first twenty minutes.
- Friday 6 March: target signature, so that kick-off can start on 9 March.
- Week of 9 March: kick-off on site in Pasadena.

13. Assumptions

- Cobalt Ridge provides a project lead with about a day a week for twelve weeks, and a branch champion per branch.
- The core banking extract for the analytics beta is delivered as a nightly file to an SFTP location we provide.
- Network changes at the branches, if any are needed, are made by your managed network provider under your existing contract.
- Prices exclude any taxes, and exclude professional services beyond the twelve-week plan.

14. Contacts

- Commercial: Dana Whitfield, +1 (415) 555-0143.
- Solutions engineering and the analytics beta: Marcus Oyelaran, +1 (415) 555-0162.
- Implementation: Priscilla Okafor, +1 (720) 555-0119.
- Customer success: Jordan Pryce, +1 (919) 555-0187.
- Security questionnaire follow-ups: trust@meridian-data.com.

Thank you again for considering us for another three years. I know the committee has a lot to read this month, so if it would help to have a thirty-minute walk-through before the pre-read, I am free on Wednesday and Thursday afternoon.

Best regards,
Dana

--
""" + DANA_SIG + "\n\n" + US_DISCLAIMER + "\n"

mail("us-proposal", "Mon, 16 Feb 2026 15:41:09 -0800", DANA, [LINH, THERESA],
     "Cobalt Ridge CU - Meridian proposal for the 2026 renewal (v2)",
     "BY5PR11MB4210E8C3A9F1D04B6E27C5A1F3D8E@BY5PR11MB4210.namprd11.prod.outlook.com", PROPOSAL_US,
     claims=[
         C("sync", "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 named users per tenant"),
         C("sync", "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage"),
         C("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
           "Meridian Sync runs on Windows, macOS, iOS and Android"),
         C("sync", "sla", 99.9, "ok", "Meridian Sync carries a 99.9% uptime commitment"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes for protected workloads"),
         C("vault", "retention", dur(90, "days"), "ok", "By default Meridian Vault retains backups for 90 days"),
         C("vault", "sla", 99.99, "conflict", "Meridian Vault is backed by a 99.99% SLA"),
         C("vault", "data_centers", ["Oregon", "Frankfurt"], "ok",
           "Your backups would live in our Oregon region, and Meridian Vault keeps the replica copy in the Frankfurt data center"),
         C("vault", "rto", dur(4, "hours"), "unverified",
           "Meridian Vault restores a full file server within 4 hours in our standard RTO"),
         C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault scales to 500 TB per tenant"),
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight becomes generally available in January 2027"),
         C("insight", "sla", 99.9, "unverified", "Meridian Insight targets 99.9% availability in production"),
         C("sync", "monthly_price", money(399, "USD", "month", "excluded"), "ok",
           "Meridian Sync: $399 per month for the workspace, billed annually in advance."),
         C("vault", "price_per_tb", money(20, "USD", "TB-month", "excluded"), "ok",
           "Meridian Vault: $20 per TB per month"),
         C("insight", "per_user_price", money(30, "USD", "user-month", "excluded"), "ok",
           "Meridian Insight: $30 per user per month from general availability"),
     ],
     findings=[F("phrase", "Meridian Insight is built on the industry-leading query engine", rule="en.superlative")],
     archive=True, html=True, mailer=OUTLOOK, cc=[MARCUS])

# ------------------------------------------------------------------ 2026-03-02  tokyo, short body, very long bilingual signature
TOKYO_SIG_LONG = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社メリディアンデータ 東京オフィス
営業本部 エンタープライズ営業第二部
石川 真由美（Mayumi Ishikawa）
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング21F
TEL：03-6555-0412（直通） ／ 03-6555-0400（代表）
FAX：03-6555-0401 ／ 携帯：080-5555-1279
Mail：m.ishikawa@jp.meridian-data.com
適格請求書発行事業者登録番号：T8010401187654
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

【ご注意 / NOTICE】
本メール（添付ファイルを含みます。以下同じ）は、送信者が意図した特定の受信者のみを対象としており、
秘密情報、個人情報、又は法令若しくは契約により開示が禁止若しくは制限されている情報を含む場合があります。
誤って本メールを受信された場合は、直ちに送信者にご連絡のうえ、本メール及びその複製を削除してください。
本メールの全部又は一部を、送信者の事前の書面による承諾なく複製、転送、開示、又は目的外に利用することを禁じます。

本メールに記載された価格、数量、納期その他の取引条件は、別途締結する注文書又は個別契約の内容が優先するものとし、
本メールのみをもって契約が成立するものではありません。
本メールに記載の情報は送信時点のものであり、予告なく変更される場合があります。

当社は、本メールの送受信に起因するウイルス感染、データの破損、送受信の遅延又は不達その他の損害について、
当社に故意又は重大な過失がある場合を除き、一切の責任を負いません。

個人情報の取扱いについて：当社は、お預かりした個人情報を「個人情報の保護に関する法律」（平成15年法律第57号）
及び当社の個人情報保護方針に従い適切に管理いたします。個人情報保護方針の全文は当社ウェブサイト
（https://www.meridian-data.co.jp/privacy/）をご覧ください。
お問い合わせ窓口：個人情報保護管理責任者（管理本部長） privacy@jp.meridian-data.com ／ 03-6555-0499（平日10:00～17:00）

反社会的勢力の排除について：当社は、暴力団、暴力団員、暴力団関係企業その他の反社会的勢力とは一切の関係を持たず、
取引先様にも同様の表明及び確約をお願いしております。

This e-mail (including any attachments) is intended only for the named addressee(s) and may contain
confidential information, personal data, or information whose disclosure is restricted by law or contract.
If you have received it in error, please notify the sender immediately and delete this e-mail and all
copies of it. Any copying, forwarding, disclosure or other use of this e-mail, in whole or in part,
without the prior written consent of the sender is prohibited.

Prices, quantities, delivery dates and other commercial terms stated in this e-mail are subject to the
purchase order or individual agreement executed separately, which shall prevail; no contract is formed
by this e-mail alone. The information in this e-mail is current as of the time of sending and may change
without notice.

Meridian Data K.K. shall not be liable for any damage arising from computer viruses, data corruption,
delay or non-delivery in connection with this e-mail, except in the case of its wilful misconduct or
gross negligence.

Personal information: Meridian Data K.K. handles personal information in accordance with the Act on the
Protection of Personal Information (Act No. 57 of 2003) and its Privacy Policy, available at
https://www.meridian-data.co.jp/privacy/ . Enquiries: Personal Information Protection Manager,
privacy@jp.meridian-data.com / +81-3-6555-0499 (weekdays 10:00-17:00 JST).

Exclusion of anti-social forces: Meridian Data K.K. has no relationship whatsoever with organised crime
groups or other anti-social forces and asks its business partners for the same representations and
covenants.

【年末年始休業のお知らせ / Year-end holidays】
誠に勝手ながら、2026年12月27日（日）から2027年1月4日（月）までを年末年始休業とさせていただきます。
休業期間中にいただいたお問い合わせには、1月5日（火）以降、順次ご回答いたします。
Our offices will be closed from 27 December 2026 to 4 January 2027. Enquiries received during this period
will be answered in order from 5 January 2027.

【メールの送信について / About this e-mail】
当社では、標的型攻撃メール対策として、社外宛てのメールに添付されたファイルを自動的にパスワード付きZIPに変換せず、
共有リンクにてお送りする運用としております。心当たりのないリンクが記載されたメールを受信された場合は、
開封せずに送信者までお問い合わせください。
As a measure against targeted e-mail attacks, attachments to external e-mails are sent as sharing links
rather than as password-protected ZIP files. If you receive a link you do not expect, please do not open
it and contact the sender.

株式会社メリディアンデータ（Meridian Data K.K.） 法人番号：8010401187654
資本金：4億9,000万円 ／ 設立：2011年10月3日 ／ 本社：東京都千代田区丸の内2-7-3
大阪オフィス：〒530-0001 大阪市北区梅田3-3-10 梅田ダイビル14F ／ TEL：06-6555-0700
ISMS認証登録番号：IS 712345（適用範囲：本社及び東京オフィスのクラウドサービス運用業務）
"""

mail("tokyo-quote-longsig", "Mon, 2 Mar 2026 13:26:54 +0900", ISHIKAWA, [YAMAMOTO],
     "【お見積り送付】メリディアン シンク 年間ご利用料金（関西精機様）",
     "TYCPR01MB8842F09D2C7A41B5E3D60A7C1E0B4@TYCPR01MB8842.jpnprd01.prod.outlook.com",
     """山本様

いつも大変お世話になっております。
メリディアンデータの石川でございます。

先日のお打合せでご依頼いただいたお見積書を添付にてお送りいたします。
要点のみ、以下に記載いたします。

【お見積り内容】
・メリディアン シンクの月額基本料金は50,000円（税抜）でございます。
・今回のお見積りは、品質保証課と生産技術課の計320名様分で作成しております。
・契約期間は2026年4月1日から12か月間、お支払いは年額一括（4月末締め、5月末払い）を想定しております。
・初期設定費用は今回に限り無償とさせていただきます。

【ご参考】
・メリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。
・同製品の稼働率SLAは99.9%です。詳細はサービスレベル合意書（第4版）をご参照ください。

ご不明な点がございましたら、お気軽にお申し付けください。
3月9日（月）の社内ご説明の前に、オンラインで15分ほど補足のお時間をいただくことも可能です。

何卒よろしくお願い申し上げます。

""" + TOKYO_SIG_LONG,
     claims=[C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
               "メリディアン シンクの月額基本料金は50,000円（税抜）でございます。"),
             C("sync", "storage_per_user", 1 * TB, "ok", "メリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。"),
             C("sync", "sla", 99.9, "ok", "同製品の稼働率SLAは99.9%です。")],
     charset="utf-8", cte="base64", mailer=OUTLOOK)

# ------------------------------------------------------------------ 2026-03-11 (quoted only) / 2026-03-16  london, interleaved tender answers
TENDER_Q = [
    ("""1. Please confirm the maximum number of users supported on a single tenant. We have 1,150 staff across
23 depots today and expect around 1,400 by 2027.""",
     """Meridian Sync supports up to 5,000 users per tenant today; from 1 April 2026 the limit rises to 10,000.
Either way your projected headcount fits comfortably in one tenant, so there is no need to split depots
across workspaces."""),
    ("""2. We currently run Meridian FileSync on a 2023 contract. Please describe the migration path and any
downtime for drivers and depot staff.""",
     """The migration is an in-place upgrade of your existing workspace. Folder structures, permissions and
sharing links carry over, and desktop clients update themselves over a weekend. In the two comparable
upgrades we ran last quarter, users saw a short sign-in prompt on the Monday morning and nothing else.
We would schedule the cut-over for a Saturday night outside your peak weeks (we have noted that the
weeks before Easter and the whole of December are off limits)."""),
    ("""3. Which client platforms are supported? Depot kiosks are Windows, office staff use a mix of Windows
and Mac, drivers carry Android handsets and managers have iPhones.""",
     """Windows, macOS, iOS and Android are supported by Meridian Sync, so every device you list is covered.
There is no Linux client, which should not matter for your estate."""),
    ("""4. List the security certifications held for the file sharing service.""",
     """Meridian Sync holds ISO 27001, SOC 2 Type II and Cyber Essentials Plus certification. Certificates
and the SOC 2 report can be shared under the mutual NDA we signed in January."""),
    ("""5. Where will our backup data be held? UK or EEA hosting is a hard requirement for the board.""",
     """Meridian Vault customers in the UK are hosted in our Frankfurt data centre; we do not operate a
London region. Frankfurt is inside the EEA and covered by the UK adequacy regulations, and the
International Data Transfer Addendum is already part of our standard DPA."""),
    ("""6. What recovery point objective can you commit to for backups?""",
     """Meridian Vault's RPO is 15 minutes. That is a contractual figure in the service description, not a
best-efforts target."""),
    ("""7. What are the support hours and first response times for a Priority 1 incident?""",
     """P1 tickets for Meridian Vault get a first response within 1 hour, around the clock. P2 and P3 are
handled during UK business hours by the London support team, and every ticket has a named owner."""),
    ("""8. Drivers often lose signal on the road. Can files be worked on while disconnected and synced later?""",
     """No. Meridian Sync has no offline mode; clients need a live connection to sync changes. For the
drivers we would suggest pinning the handful of forms they need as PDFs in the mobile app's recent list
before they set off, which is how two other logistics customers handle it."""),
    ("""9. Please provide list pricing in GBP for each component.""",
     """Meridian Sync is £329 per month for the workspace. Meridian Insight is £25 per user per month once it is
generally available; the beta is free. Meridian Vault pricing is per TB protected and is set out in the
attached price schedule, which also shows the multi-year options."""),
    ("""10. What is the maximum amount of backup data one customer can hold? Our current footprint is
around 38 TB and growing at roughly 20% a year.""",
     """Meridian Vault scales to 500 TB per tenant. At your growth rate that leaves more than enough
headroom for the life of the contract and well beyond."""),
    ("""11. Describe your approach to exit and data return at the end of the contract.""",
     """On termination you keep full access for 30 days to export everything in open formats (original files,
plus backup sets in a documented archive format). After that we delete your data and issue a
certificate of deletion signed by our Data Protection Officer. There is no exit fee."""),
    ("""12. Provide two references from UK customers of similar size, ideally in logistics or distribution.""",
     """We have asked two customers and both have agreed: the Head of IT at a temperature-controlled
distribution business in the East Midlands (about 900 staff), and the CIO of a builders' merchant group
with 60 branches. Contact details are in the reference form uploaded to your portal; please give us a
day's notice before calling so we can let them know."""),
    ("""13. Confirm your insurance cover (professional indemnity and cyber).""",
     """Professional indemnity of £10m and cyber liability of £10m, both with Lloyd's syndicates. The
certificates are uploaded to the portal under section F."""),
    ("""14. Confirm acceptance of our standard terms, or list deviations.""",
     """We accept your standard terms with three deviations, all listed in the deviations schedule: the cap
on liability (we propose 12 months' fees rather than 24), the notice period for price changes (90 days
rather than 180), and a carve-out for customer-caused data loss. Your procurement team has seen the
same three points from us before and agreed them in 2023."""),
    ("""15. How is backup data encrypted at rest and in transit?""",
     """Meridian Vault encrypts backups at rest with AES-256, and data in transit between your sites and
our data centre travels over TLS. Keys are rotated automatically; customer-managed keys are available if
your security team prefers to hold them, at no extra charge."""),
    ("""16. Describe the implementation team and methodology, including named roles.""",
     """The implementation would be led by our London professional services team. You would have a named
project manager (Hannah Fletcher, who ran the original roll-out in 2023), a solutions architect for the
backup design, and a customer success manager from go-live onwards. We work in short phases: design,
pilot at one depot, depot-by-depot roll-out, and a formal hand-over with a lessons-learned session.
We would ask Brackenfield for a project lead for roughly two days a week and a contact at each depot.
Weekly status reports go to you and to Mo, and a steering meeting with Oliver runs monthly."""),
    ("""17. What training is included for administrators and end users?""",
     """Administrators get two half-day workshops, one before the pilot and one after roll-out, plus access
to our online academy. End users get short recorded sessions and a printed quick-start card for the
depot offices. For drivers, who will mostly use their phones, we suggest a two-minute video that depot
managers can play at the morning briefing, which worked well for a parcel carrier we support."""),
    ("""18. Describe your approach to accessibility.""",
     """Our web and desktop applications are tested against WCAG 2.2 AA by an external auditor each year,
and the most recent accessibility conformance report is in the portal. Screen readers, keyboard-only
navigation and high-contrast modes are supported, and we fix accessibility defects at the same priority
as security defects."""),
    ("""19. Describe your environmental and social value commitments relevant to this contract.""",
     """Meridian Data Ltd has a published carbon reduction plan in line with PPN 06/21, and our hosting
providers report their energy mix annually. For social value, we would offer four days a year of
volunteering from the account team to a local charity of Brackenfield's choosing in Tamworth, and two
places on our data skills apprenticeship programme for Brackenfield staff."""),
    ("""20. Anything else the panel should know?""",
     """Only that we are glad to be considered again. The London team that looks after you today would
stay on the account, and Oliver Pennington would remain your executive sponsor."""),
]


def tender_body():
    out = ["""Hi James,

Thanks for sending the questionnaire through, and for the extension to Friday. Answers are inline below,
under each of your questions, so that the panel can read them side by side. Where an answer refers to a
document, that document is already uploaded to the Brackenfield supplier portal under tender reference
BL-ITT-2026-007.

A few general points before the detail:

- The pricing in answer 9 is list pricing, as your instructions asked. The multi-year discount we
  discussed with Mo is shown separately in the price schedule so the panel can see both.
- Everything in this email is consistent with the service descriptions in the portal. If the panel
  spots any inconsistency, the service descriptions win and I would be grateful to hear about it.
- I am out on the afternoon of Wednesday 18 March; Oliver can pick up anything urgent.

On 11 Mar 2026, at 16:40, James Hollis <j.hollis@brackenfieldlogistics.co.uk> wrote:

> Priya, all,
>
> Please find below the clarification questions from the evaluation panel for ITT BL-ITT-2026-007
> (file collaboration, backup and reporting). Answers by 17:00 on Friday 20 March please, inline is
> fine. The panel meets on 25 March.
>
"""]
    for q, a in TENDER_Q:
        out.append("".join("> " + line + "\n" for line in q.split("\n")))
        out.append("\n" + a + "\n\n")
    out.append("""> Regards,
> James
>
> James Hollis | Head of IT
> Brackenfield Logistics Ltd | Unit 4, Tamworth Road Business Park, Tamworth B77 1DR
> T 01827 555019 | Company no. 04417729

I hope that covers everything. If the panel would like a demonstration of the backup console or of the
upgrade itself before 25 March, we can bring the demo environment to Tamworth on the 23rd or 24th.

Kind regards,
Priya

-- 
Priya Raman | Senior Account Executive
Meridian Data Ltd | 40 Gracechurch Street, London EC3V 0BT
T +44 20 7946 0321 | M +44 7700 900418
Registered in England & Wales, company no. 09876543 | VAT GB 318 4472 91

This email and any attachments are confidential and may be legally privileged. If you are not the
intended recipient, please tell the sender and delete the email; do not copy, forward or rely on it.
Meridian Data Ltd is a subsidiary of Meridian Data Inc. and is registered in England and Wales.
""")
    return "".join(out)


mail("london-tender", "Mon, 16 Mar 2026 18:05:44 +0000", PRIYA, [JAMES],
     "Re: BL-ITT-2026-007 clarification questions",
     "7E1D0B92-44C8-4F3E-A6B5-92C0D1E8F7A4@uk.meridian-data.com", tender_body(),
     claims=[
         C("sync", "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per tenant today"),
         C("sync", "max_users", 10000, "ok", "from 1 April 2026 the limit rises to 10,000"),
         C("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
           "Windows, macOS, iOS and Android are supported by Meridian Sync"),
         C("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
           "Meridian Sync holds ISO 27001, SOC 2 Type II and Cyber Essentials Plus certification."),
         C("sync", "certifications", ["Cyber Essentials Plus"], "conflict",
           "Meridian Sync holds ISO 27001, SOC 2 Type II and Cyber Essentials Plus certification."),
         C("vault", "data_centers", ["Frankfurt"], "ok",
           "Meridian Vault customers in the UK are hosted in our Frankfurt data centre"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes."),
         C("vault", "support_response_time", dur(1, "hours"), "unverified",
           "P1 tickets for Meridian Vault get a first response within 1 hour"),
         C("sync", "offline_mode", False, "ok", "Meridian Sync has no offline mode"),
         C("sync", "monthly_price", money(329, "GBP", "month"), "ok", "Meridian Sync is £329 per month for the workspace."),
         C("insight", "per_user_price", money(25, "GBP", "user-month"), "ok",
           "Meridian Insight is £25 per user per month once it is"),
         C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault scales to 500 TB per tenant."),
         C("vault", "encryption", ["AES-256"], "ok", "Meridian Vault encrypts backups at rest with AES-256"),
     ],
     findings=[F("terminology", "We currently run Meridian FileSync on a 2023 contract", product="sync", quoted=True)],
     archive=True, mailer=APPLE, cte="quoted-printable",
     refs=["LO2P265MB5113A7B04C1E22F9D3C8@LO2P265MB5113.GBRP265.PROD.OUTLOOK.COM"])

# ------------------------------------------------------------------ 2026-03-20  us-hq, one-line confirmation
mail("us-confirm-5000", "Fri, 20 Mar 2026 11:58:13 -0700", DANA, [LINH], "Re: user cap after the merger",
     "CAHx9rT0mZ4c+Qe1Vw7dL2pK8nBf6Ys_3tRa@mail.gmail.com",
     """Confirmed - Meridian Sync supports up to 5,000 users per tenant. Call you after lunch.

D.

On Fri, Mar 20, 2026 at 10:31 AM Linh Nguyen <lnguyen@cobaltridgecu.org> wrote:

> Can you confirm the per-tenant user cap for Meridian Sync? The Harbor Point
> merger adds ~900 staff and the board will ask.
""", claims=[C("sync", "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per tenant")],
     archive=True, html=True, cte="7bit", refs=["CAKw3Ds3pX0b+Lm8Qw2eRt5Ug7Ha1fZ@mail.gmail.com"])

# ------------------------------------------------------------------ 2026-04-06  customer (Kansai Seiki), reported statement
KANSAI_Q = """佐藤様

いつもお世話になっております。関西精機の山本です。

現在、弊社では旧名称のメリディアン・ファイルシンクを品質保証課のみで利用しておりますが、来期に向けて全社展開を検討しております。
先日の大阪でのセミナーで、メリディアン シンクは1テナントあたり最大2万ユーザーまで利用可能と伺っております。
グループ会社を含めると約1万3千名となりますが、1テナントで収まりますでしょうか。

また、社内稟議の都合上、次回のお見積書は税込表示でいただけますと助かります。

お忙しいところ恐縮ですが、4月10日（金）までにご回答いただけますと幸いです。

山本 洋平
関西精機株式会社 情報システム部
〒577-0011 大阪府東大阪市荒本北1-4-17
TEL 06-6781-0032 / FAX 06-6781-0039
"""
mail("kansai-question", "Mon, 6 Apr 2026 10:22:31 +0900", YAMAMOTO, [SATO], "全社展開時のユーザー数について",
     "000001dcc5b2$7f3e9a10$7dbbce30$@kansai-seiki.co.jp", KANSAI_Q,
     claims=[C("sync", "max_users", 20000, "conflict",
               "メリディアン シンクは1テナントあたり最大2万ユーザーまで利用可能と伺っております。")],
     findings=[F("terminology", "旧名称のメリディアン・ファイルシンク", product="sync")],
     archive=True, charset="iso-2022-jp", mailer=OUTLOOK)

# ------------------------------------------------------------------ 2026-04-08  tokyo, numbered answer quoting the customer
mail("tokyo-answer-10000", "Wed, 8 Apr 2026 17:40:02 +0900", SATO, [YAMAMOTO], "RE: 全社展開時のユーザー数について",
     "TYWPR01MB10344B7E20C5F18A9D4E3B6C72F1A@TYWPR01MB10344.jpnprd01.prod.outlook.com",
     """山本様

いつもお世話になっております。メリディアンデータの佐藤でございます。
お問い合わせいただいた件につきまして、以下のとおりご回答申し上げます。

1. ご利用可能なユーザー数について
セミナーでのご説明に誤解を招く点があり、大変失礼いたしました。
メリディアン シンクは、2026年4月より1テナントあたり最大1万ユーザーまでご利用いただけます（2万ユーザーではございません）。
約1万3千名でのご利用となる場合は、テナントを国内拠点用とグループ会社用の2つに分ける構成をご提案いたします。
構成案は来週中にお送りいたします。

2. お見積書の表示について
承知いたしました。次回より税込表示にてお送りいたします。
なお、メリディアン シンクの月額料金は55,000円（税込）でございます。

3. メリディアン インサイトについて
セミナー後にご関心をお寄せいただいたメリディアン インサイトは、30日間の無料トライアルをご用意しております。
品質データの可視化をお試しいただく場合は、専用の評価環境をご案内いたします。

ご不明な点がございましたら、何なりとお申し付けください。
引き続きよろしくお願い申し上げます。

佐藤 健二
株式会社メリディアンデータ 東京オフィス 営業本部
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング21F
TEL：03-6555-0418 ／ 携帯：090-5555-3307

-----Original Message-----
From: 山本 洋平 <y.yamamoto@kansai-seiki.co.jp>
Sent: Monday, April 6, 2026 10:22 AM
To: 佐藤 健二 <k.sato@jp.meridian-data.com>
Subject: 全社展開時のユーザー数について

""" + KANSAI_Q,
     claims=[C("sync", "max_users", 10000, "ok",
               "メリディアン シンクは、2026年4月より1テナントあたり最大1万ユーザーまでご利用いただけます"),
             C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok",
               "メリディアン シンクの月額料金は55,000円（税込）でございます。"),
             C("insight", "free_trial", dur(30, "days"), "ok",
               "メリディアン インサイトは、30日間の無料トライアルをご用意しております。"),
             C("sync", "max_users", 20000, "conflict",
               "メリディアン シンクは1テナントあたり最大2万ユーザーまで利用可能と伺っております。",
               quoted=True, office="unknown")],
     findings=[F("terminology", "旧名称のメリディアン・ファイルシンク", product="sync", quoted=True)],
     archive=True, charset="utf-8", cte="base64", mailer=OUTLOOK,
     refs=["000001dcc5b2$7f3e9a10$7dbbce30$@kansai-seiki.co.jp"])

# ------------------------------------------------------------------ 2026-04-22  osaka, long digest of a thread, with a forward
OSAKA_DIGEST = """田村様

いつも大変お世話になっております。メリディアンデータ大阪オフィスの森田でございます。
先週金曜日のお打合せでは、長時間にわたりありがとうございました。

2月から続いておりましたご検討の経緯が、メールと議事録に分散してしまっておりますので、
稟議書の作成にお使いいただけるよう、これまでのやり取りを項目ごとに整理いたしました。
社内でのご説明の際に、そのまま抜粋していただいて差し支えございません。
誤りや、弊社の理解が御社のご認識と異なる点がございましたら、ご指摘いただけますと幸いです。

長文となり恐縮ですが、ご確認のほどよろしくお願いいたします。

■ 1. ご検討の経緯（時系列）

・2月9日：田村様より、バックアップ製品のRPOと保持期間についてご質問をいただきました。
・2月10日：弊社中川よりご回答いたしました。（保持期間の記載に誤りがございましたので、本メールの第4項で訂正いたします。）
・3月4日：御社本社にて、情報システム課・総務部の皆様と要件整理の打合せを実施いたしました。
・3月18日：東京オフィスの石川より、ファイル共有サービスの料金についてご案内いたしました（本メール末尾に転送いたします）。
・4月3日：御社の決算期変更に伴い、ご導入時期を7月から9月に変更する旨のご連絡をいただきました。
・4月17日：弊社大阪オフィスにて、デモ環境を用いた操作説明と、本日のまとめにつながる質疑応答を実施いたしました。

■ 2. 御社の現状と課題（3月4日の打合せより）

・本社（大阪市北区）および物流センター2か所（茨木市・堺市）のファイルサーバーが老朽化しており、
  2027年3月の保守期限までに更新または移行が必要です。
・バックアップは現在、外付けディスクへの週次取得とテープ保管の併用で、復旧手順が属人化しております。
・営業部門では取引先との資料共有にメール添付を利用しており、誤送信対策が課題となっております。
・経営企画室では、売上・在庫データの集計に毎月3営業日程度を要しております。
・バックアップ対象データは現時点で約120TB（御社ご提供資料より）、年間の増加率は1割程度と伺っております。

上記のうち、ファイルサーバーの保守期限と誤送信対策の2点を、最優先の課題として整理させていただきました。

■ 3. ご提案の全体像

ご提案は、次の3つの製品で構成しております。

（1）ファイル共有：メリディアン シンク
（2）バックアップ：メリディアン ボールト
（3）データ分析：メリディアン インサイト（現在ベータ版のため、正式版の提供開始後に改めてご検討）

第一段階として（1）と（2）を9月から導入し、（3）は第二段階として、正式版の状況を見ながら2027年度にご検討いただく二段階の進め方をご提案しております。

■ 4. メリディアン ボールト（バックアップ）について

2月10日のメールで、標準の保持期間を誤ってご案内しておりました。大変申し訳ございません。
正しくは、メリディアン ボールトの標準の保持期間は90日間でございます。
延長が必要なフォルダについては、ポリシー単位で個別に設定いただけます。

料金につきましては、メリディアン ボールトの容量単価は1TBあたり月額2,800円（税抜）でございます。
メリディアン・ボールトの保存上限は1テナントあたり500TBとなっておりますので、将来の増加分を見込んでも余裕がございます。
メリディアン・ボールトのデータセンターは、国内では東京と大阪、海外ではオレゴンとフランクフルトにございます。
御社のデータは国内のみで保管する設定とし、国外への複製は行わない前提でお見積りしております。

また、4月17日の質疑応答でご質問のあった「ランサムウェア被害時の復旧手順」につきましては、
別紙「復旧手順書（案）」にまとめております。御社の情報システム課の皆様と、導入後に一度、
実際の復旧訓練を行うことをお勧めいたします。

■ 5. メリディアン シンク（ファイル共有）について

メリディアン シンクの料金につきましては、3月18日に東京オフィスの石川からご案内した内容を、本メール末尾に転送いたします。
石川のメールの税表示に誤りがございましたので、お見積書の作成時に訂正いたします。正式な金額は、来週お送りする正式なお見積書をご確認ください。

誤送信対策として、社外共有リンクへの有効期限の強制設定、パスワード付与、ダウンロード禁止設定を管理者側で一括管理いただけます。
営業部門の皆様には、メール添付の代わりに共有リンクをお使いいただく運用を想定しております。

■ 6. メリディアン インサイト（データ分析）について

メリディアン インサイトは2026年10月に正式リリースの予定です。
さらに、業界初のAI異常検知機能が搭載される予定で、在庫の急な変動などを自動でお知らせできるようになります。
経営企画室の皆様には、正式版の提供開始後に、評価環境で実際の売上データを使ってお試しいただく流れを想定しております。

■ 7. 導入スケジュール（案）

・6月中旬：ご契約手続き（ご発注書のご送付）
・7月：要件の最終確認、管理者アカウントの設定、社外共有ポリシーの決定
・8月：物流センター（茨木）での先行利用
・9月：本社・物流センター（堺）への展開、既存ファイルサーバーからのデータ移行
・10月：バックアップの本番運用開始、復旧訓練
・11月以降：旧ファイルサーバーの停止と撤去

決算期変更に伴い、当初の案から全体を2か月後ろ倒しにしております。
移行作業は、御社の繁忙期である月末・月初を避けて実施いたします。

■ 8. 導入後の体制

導入後は、大阪オフィスの中川と森田が引き続き担当いたします。
技術的なお問い合わせは、弊社のテクニカルサポートにて平日9時から18時まで受け付けております。
重大な障害については、24時間365日の受付窓口をご用意しております。
また、導入後6か月間は月に一度、定例会を開催し、利用状況のご報告と運用改善のご提案をいたします。

■ 9. お見積りについて（概要）

・ご契約期間：2026年9月1日から36か月
・お支払い：年額一括払い（請求書払い、月末締め翌月末払い）
・初年度は8%のお値引きを適用いたします（3年契約の場合）。
・データ移行作業は、別途お見積りの作業費（一式）として計上いたします。

正式なお見積書は、4月28日（火）までにお送りいたします。

■ 10. 今後の進め方

・4月28日（火）：弊社より正式なお見積書と構成案をご送付
・5月中旬：御社内での稟議（田村様）
・5月下旬：必要に応じて、役員の皆様向けのご説明（弊社支社長が同席いたします）
・6月中旬：ご契約手続き

■ 11. 4月17日の質疑応答の記録

当日いただいたご質問と弊社の回答を、議事録から抜粋いたします。

Q1. 導入後、復旧作業は毎回メリディアンデータに依頼する必要がありますか。
A1. いいえ、管理画面から御社の情報システム課で実施いただけます。操作手順は導入時にご説明いたします。

Q2. バックアップデータは暗号化されますか。
A2. 暗号化されます。メリディアン ボールトの保存時暗号化はAES-256方式です。

Q3. 物流センターの回線が細いのですが、業務時間中に帯域を圧迫しませんか。
A3. 転送時間帯と帯域の上限を拠点ごとに設定できますので、夜間に集中させる運用が可能です。

Q4. 現在の外付けディスクとテープは、いつまで保管しておくべきですか。
A4. 御社の文書管理規程に従ってご判断ください。移行後の一定期間は、念のため並行して保管されることをお勧めいたします。

Q5. 役員向けの説明資料はご用意いただけますか。
A5. はい、A4で2枚程度の概要資料を作成いたします。5月中旬までにお送りいたします。

Q6. 他社製品からの乗り換え事例はありますか。
A6. 関西の製造業・流通業のお客様で複数の事例がございます。公開可能な事例を別途お送りいたします。

以上でございます。長文となり失礼いたしました。
内容について、追加のご質問や修正のご指示がございましたら、お気軽にお申し付けください。

今後ともどうぞよろしくお願い申し上げます。

----------------------------------------------------------------
株式会社メリディアンデータ 大阪オフィス
営業部 森田 彩（Aya Morita）
〒530-0001 大阪市北区梅田3-3-10 梅田ダイビル14F
TEL：06-6555-0712 ／ FAX：06-6555-0701
Mail：a.morita@osaka.jp.meridian-data.com
----------------------------------------------------------------

-------- 転送メッセージ --------
件名: 【ご案内】メリディアン シンクの料金について
日付: Wed, 18 Mar 2026 14:12:40 +0900
差出人: 石川 真由美 <m.ishikawa@jp.meridian-data.com>
宛先: 田村 亮 <tamura@hokuto-shoji.co.jp>
CC: 森田 彩 <a.morita@osaka.jp.meridian-data.com>

田村様

はじめてご連絡いたします。メリディアンデータ東京オフィスの石川でございます。
大阪オフィスの森田より、ファイル共有サービスの料金についてご案内するよう依頼を受けました。

メリディアン シンクの月額料金は50,000円（税込）です。
メリディアン シンクは1ユーザーあたり1TBのストレージ容量をご利用いただけます。

ご不明な点がございましたら、森田または私までお気軽にお問い合わせください。

石川 真由美
株式会社メリディアンデータ 東京オフィス 営業本部
TEL：03-6555-0412
"""

mail("osaka-digest", "Wed, 22 Apr 2026 19:03:26 +0900", MORITA, [TAMURA],
     "これまでのご検討内容のまとめ（稟議書ご作成用）", "5c2f9e1a-7b3d-4e60-a8f2-0d6c1b9e4a73@osaka.jp.meridian-data.com",
     OSAKA_DIGEST,
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間でございます。"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "メリディアン ボールトの容量単価は1TBあたり月額2,800円（税抜）でございます。"),
         C("vault", "max_storage", 500 * TB, "ok", "メリディアン・ボールトの保存上限は1テナントあたり500TBとなっております"),
         C("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
           "メリディアン・ボールトのデータセンターは、国内では東京と大阪、海外ではオレゴンとフランクフルトにございます。"),
         C("insight", "general_availability", "2026-10", "conflict", "メリディアン インサイトは2026年10月に正式リリースの予定です。"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "included"), "conflict",
           "メリディアン シンクの月額料金は50,000円（税込）です。", quoted=True, office="tokyo"),
         C("sync", "storage_per_user", 1 * TB, "ok", "メリディアン シンクは1ユーザーあたり1TBのストレージ容量をご利用いただけます。",
           quoted=True, office="tokyo"),
         C("vault", "encryption", ["AES-256"], "ok", "メリディアン ボールトの保存時暗号化はAES-256方式です。"),
     ],
     findings=[F("phrase", "業界初のAI異常検知機能が搭載される予定で", rule="ja.first-in-industry")],
     archive=True, charset="iso-2022-jp", mailer=THUNDER)

# ------------------------------------------------------------------ 2026-05-05  us-hq, analytics beta invitation
mail("us-insight-beta", "Tue, 5 May 2026 08:47:19 -0700", MARCUS, [LINH], "Meridian Insight beta - what to expect",
     "CAMo7bQ4vN2e+Hs9Yc1kPz0Xw6Ld3Jt_8fRg@mail.gmail.com",
     """Hi Linh,

Good to meet your analysts on Thursday. As promised, a short note on what the beta looks like, so that
Finance can plan around it.

Meridian Insight is in beta today and will be generally available in January 2027. Beta workspaces carry
over to production at GA, so nothing the team builds now is thrown away.

A few practical points:

- Each Meridian Insight workspace can hold up to 200 dashboards.
- Meridian Insight queries come back in under 2 seconds on data volumes like yours, even on the branch
  traffic table.
- Once it goes GA, Meridian Insight also comes with a 30-day free trial for anyone outside the beta group,
  which is an easy way to bring Lending in later.

For the first session I suggest we connect the nightly core banking extract and rebuild the Monday
branch pack together. Would Tuesday 12 May at 1pm PT work? I will send an invite if so.

Thanks,
Marcus

--
Marcus Oyelaran | Senior Solutions Engineer | Meridian Data Inc.
+1 (415) 555-0162 | 535 Mission Street, Suite 1400, San Francisco, CA 94105
""", claims=[C("insight", "general_availability", "2027-01", "ok",
               "Meridian Insight is in beta today and will be generally available in January 2027."),
             C("insight", "max_dashboards", 200, "ok", "Each Meridian Insight workspace can hold up to 200 dashboards."),
             C("insight", "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries come back in under 2 seconds"),
             C("insight", "free_trial", dur(30, "days"), "ok", "Meridian Insight also comes with a 30-day free trial")],
     archive=True, html=True, cte="quoted-printable", refs=None)

# ------------------------------------------------------------------ 2026-05-12  us-hq, answer that names neither product nor attribute
mail("us-regions-terse", "Tue, 12 May 2026 16:20:55 -0700", DANA, [LINH], "Re: vendor file - hosting",
     "CAHx9rT7aQ1w+Rf5Ub8mNc2Zk4Dy0Lp_6hTs@mail.gmail.com",
     """Yep, all four: Tokyo, Osaka, Oregon, Frankfurt.

On Tue, May 12, 2026 at 3:55 PM Linh Nguyen <lnguyen@cobaltridgecu.org> wrote:

> Which data center regions does Meridian Vault run in today? The examiner wants
> the list in the vendor file and I only have Oregon written down.
""", html=True, cte="7bit", refs=["CAKw3Ds8hU2n+Tp4Zr6aYs1Cq9Fe3bV@mail.gmail.com"])

# ------------------------------------------------------------------ 2026-05-19  london, answer with "it"
mail("london-offline-terse", "Tue, 19 May 2026 12:02:31 +0100", OLIVER, [JAMES], "Re: drivers and signal",
     "0F4B7D21-9E3C-4A58-B1D6-7C2E8A5F0B34@uk.meridian-data.com",
     """Not at the moment, I'm afraid. It's on the roadmap but there's no date I can share.

Oliver

Sent from my iPhone

> On 19 May 2026, at 11:47, James Hollis <j.hollis@brackenfieldlogistics.co.uk> wrote:
> 
> Oliver - quick one from the depot managers. Does Meridian Sync work offline yet? Half the drivers are out of signal most of the day.
""", mailer="X-Mailer: iPhone Mail (22F76)", cte="quoted-printable")

# ------------------------------------------------------------------ 2026-06-02  tokyo, one-line yes with product and value
mail("tokyo-sla-yes", "Tue, 2 Jun 2026 09:14:08 +0900", ISHIKAWA, [OKADA], "Re: SLAの確認",
     "CAJp2mW5eR8t+Kd3Hn6qBv1Xz4Gc7Ls_0yUa@mail.gmail.com",
     """はい、メリディアン シンクのSLAは99.9%です。

石川

2026年6月1日(月) 17:20 岡田 早紀 <s.okada@minato-create.co.jp>:

> 石川様
>
> お世話になっております。ミナトクリエイトの岡田です。
> メリディアン シンクのSLAは99.9%という理解で合っていますか。
> 契約書のドラフトに記載する前に念のため確認させてください。
>
> 岡田
""", claims=[C("sync", "sla", 99.9, "ok", "はい、メリディアン シンクのSLAは99.9%です。")],
     archive=True, html=True, cte="base64", refs=["CAFq8nS2dT5w+Mj1Rb4pYx7Ve0Kh3Gu_9iZo@mail.gmail.com"])

# ------------------------------------------------------------------ 2026-06-09  osaka, one-line no (a denied member)
mail("osaka-linux-no", "Tue, 9 Jun 2026 10:31:40 +0900", NAKAGAWA, [TAMURA], "Re: Linuxでの利用",
     "6a1e3c90-2f7d-4b85-9e04-c3d8b2a1f657@osaka.jp.meridian-data.com",
     """いいえ、Linuxには対応しておりません。

中川

2026/06/08 19:02、田村 亮 さんは書きました:
> 中川様
> 
> 物流センターの仕分け端末がUbuntuなのですが、メリディアン シンクはLinuxでも使えますか？
> 
> 田村
""", charset="iso-2022-jp", mailer=THUNDER)

# ------------------------------------------------------------------ 2026-06-15  us-hq, one-line yes with the figure
mail("us-vault-price-yes", "Mon, 15 Jun 2026 13:07:26 -0700", DANA, [LINH], "Re: Vault price after the new price book?",
     "CAHx9rT5dK8s+Wm2Qa7vLe4Nb1Xj6Rc_0gPu@mail.gmail.com",
     """Yes, Meridian Vault is $20/TB/month - no egress fees on restores either.

On Mon, Jun 15, 2026 at 12:41 PM Linh Nguyen <lnguyen@cobaltridgecu.org> wrote:

> Is Meridian Vault still $20 per TB per month, or did that change with the new
> price book? Finance is closing the FY27 budget on Friday.
""", claims=[C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20/TB/month")],
     html=True, cte="7bit", refs=["CAKw3Ds5vB7m+Qx1Ln9cWd3Hs2Rt8kJ@mail.gmail.com"])

# ------------------------------------------------------------------ 2026-06-23  london, short and wrong
mail("london-trial-14", "Tue, 23 Jun 2026 15:44:12 +0100", OLIVER, [JAMES], "RE: Insight trial before budget sign-off",
     "LO4P265MB6721B3D0E8F14C29A7D5E1B0C6F3@LO4P265MB6721.GBRP265.PROD.OUTLOOK.COM",
     """James - Meridian Insight's free trial is 14 days; after that it converts or lapses, your choice.

Oliver

-----Original Message-----
From: James Hollis <j.hollis@brackenfieldlogistics.co.uk>
Sent: 23 June 2026 14:58
To: Oliver Pennington <oliver.pennington@uk.meridian-data.com>
Subject: Insight trial before budget sign-off

Oliver,

How long is the free trial on Meridian Insight? Finance want to try it before budget sign-off on 30 June.

James
""", claims=[C("insight", "free_trial", dur(14, "days"), "conflict", "Meridian Insight's free trial is 14 days")],
     charset="us-ascii", cte="7bit", mailer=OUTLOOK)

# ------------------------------------------------------------------ 2026-07-01  tokyo, meeting reply quoting a customer's report
mail("tokyo-meeting-only", "Wed, 1 Jul 2026 18:22:09 +0900", ISHIKAWA, [OKADA], "RE: 契約書の稼働率について",
     "TYCPR01MB8842C5E7A0B3F92D1846E0B3A7C2D@TYCPR01MB8842.jpnprd01.prod.outlook.com",
     """岡田様

お世話になっております。石川です。
承知いたしました。では7月7日（火）14時に御社へお伺いします。
稼働率の件は、その際に契約書の条項と合わせてご説明いたします。

石川

-----Original Message-----
From: 岡田 早紀 <s.okada@minato-create.co.jp>
Sent: Wednesday, July 1, 2026 4:05 PM
To: 石川 真由美 <m.ishikawa@jp.meridian-data.com>
Subject: 契約書の稼働率について

石川様

お世話になっております。ミナトクリエイトの岡田です。
先日のお電話で、メリディアン ボールトの稼働率は99.99%とご説明いただきました。
契約書上の数値も同じと考えてよろしいでしょうか。
一度お打合せの場を設けたいので、7月7日（火）14時はいかがでしょうか。

岡田 早紀
株式会社ミナトクリエイト 経営管理部
〒105-0022 東京都港区海岸1-2-20 汐留ビルディング9F
TEL 03-5555-2841
""", claims=[C("vault", "sla", 99.99, "conflict", "メリディアン ボールトの稼働率は99.99%とご説明いただきました。",
               quoted=True, office="unknown")],
     charset="iso-2022-jp", mailer=OUTLOOK)

# ------------------------------------------------------------------ 2026-07-14  london, HTML mail (multipart/alternative)
HARROW_TEXT = """Dear Claire,

Thank you for your time on Friday, and please thank Dr Okonkwo for showing us round the Ripon practice.
Below is a short summary of what we discussed about backing up the practice management system and the
imaging archive across your eleven practices.

Meridian Vault is £16 per TB per month, billed monthly on the capacity you protect.
Meridian Vault's availability SLA is 99.95%, with service credits set out in the service description.
All backups are encrypted at rest with AES-256 in Meridian Vault, and keys can be held in your own key vault if your IT partner prefers.

We will move your existing backups across with zero downtime for the practices, working practice by
practice over four weekends in September.

Next steps: I will send the draft order form and the data processing agreement by Friday 17 July, and
Priya will set up a call with your IT partner, Dalesend IT, to agree the migration weekends.

Kind regards,

Oliver Pennington
Regional Director, UK & Ireland
Meridian Data Ltd | 40 Gracechurch Street, London EC3V 0BT
T +44 20 7946 0300 | M +44 7700 900522
"""

HARROW_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0 0 10px 0}</style></head>
<body lang="EN-GB"><div class="WordSection1">
<p>Dear Claire,</p>
<p>Thank you for your time on Friday, and please thank Dr Okonkwo for showing us round the Ripon practice.
Below is a short summary of what we discussed about backing up the practice management system and the
imaging archive across your eleven practices.</p>
<ul>
<li><b>Price:</b> Meridian Vault is &pound;16 per TB per month, billed monthly on the capacity you protect.</li>
<li><b>Availability:</b> Meridian Vault's availability SLA is 99.95%, with service credits set out in the service description.</li>
<li><b>Encryption:</b> All backups are encrypted at rest with AES-256 in Meridian Vault, and keys can be held in your own key vault if your IT partner prefers.</li>
</ul>
<p>We will move your existing backups across with zero downtime for the practices, working practice by
practice over four weekends in September.</p>
<p>Next steps: I will send the draft order form and the data processing agreement by Friday 17&nbsp;July, and
Priya will set up a call with your IT partner, Dalesend IT, to agree the migration weekends.</p>
<p>Kind regards,</p>
<p style="color:#1F3864"><b>Oliver Pennington</b><br>Regional Director, UK &amp; Ireland<br>
Meridian Data Ltd | 40 Gracechurch Street, London EC3V 0BT<br>T +44 20 7946 0300 | M +44 7700 900522</p>
</div></body></html>
"""

mail("london-vault-html", "Tue, 14 Jul 2026 10:36:58 +0100", OLIVER, [CLAIRE], "Backup for Harrowgate Veterinary Group - summary",
     "LO4P265MB67215E0A9C3D24F1B8E6A7D0C2B5@LO4P265MB6721.GBRP265.PROD.OUTLOOK.COM", HARROW_TEXT,
     claims=[C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month"),
             C("vault", "sla", 99.95, "ok", "Meridian Vault's availability SLA is 99.95%"),
             C("vault", "encryption", ["AES-256"], "ok", "All backups are encrypted at rest with AES-256 in Meridian Vault")],
     findings=[F("phrase", "We will move your existing backups across with zero downtime", rule="en.guarantee")],
     archive=True, html=HARROW_HTML, cte="quoted-printable", mailer=OUTLOOK, cc=[PRIYA])

# ------------------------------------------------------------------ 2026-07-20  osaka, one line, wrong
mail("osaka-vault-sla", "Mon, 20 Jul 2026 11:52:17 +0900", NAKAGAWA, [TAMURA], "Re: ボールトの稼働率",
     "7d0b4e28-91c5-4f3a-b6e2-58a1c0d9e3f4@osaka.jp.meridian-data.com",
     """田村様

メリディアン ボールトの稼働率は99.99%です。
契約書の別紙Bにも同じ数値が記載されております。

中川

2026/07/17 20:14、田村 亮 さんは書きました:
> 中川様
> 
> 稟議の最終確認です。ボールトの稼働率（SLA）は何%でしょうか。
> 
> 田村
""", claims=[C("vault", "sla", 99.99, "conflict", "メリディアン ボールトの稼働率は99.99%です。")],
     archive=True, charset="iso-2022-jp", mailer=THUNDER)

# ------------------------------------------------------------------ 2026-08-20  tokyo, Insight pricing and limits (ISO-2022-JP)
mail("tokyo-insight", "Thu, 20 Aug 2026 15:09:33 +0900", ISHIKAWA, [OKADA], "メリディアン インサイトのご案内",
     "TYCPR01MB88429A3E1F0C57B2D64E8A1F0C3B7@TYCPR01MB8842.jpnprd01.prod.outlook.com",
     """岡田様

いつもお世話になっております。メリディアンデータの石川でございます。
先日ご関心をお寄せいただいたメリディアン インサイトについて、概要をご案内いたします。

メリディアン インサイトの正式版の提供開始は2027年1月を予定しております。
料金は、メリディアン インサイトが1ユーザーあたり月額4,400円（税込）でございます。
メリディアン インサイトでは、ダッシュボードを最大250個まで作成いただけます。
同製品のクエリ応答時間は1秒未満です。

今回は、経営管理部と営業企画部のご担当者様25名様分でお見積りを作成しております。
9月3日（木）の定例会の際に、デモ画面をご覧いただきながらご説明できればと存じます。

よろしくお願いいたします。

石川 真由美
株式会社メリディアンデータ 東京オフィス
TEL：03-6555-0412
""", claims=[C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトの正式版の提供開始は2027年1月を予定しております。"),
             C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
               "料金は、メリディアン インサイトが1ユーザーあたり月額4,400円（税込）でございます。"),
             C("insight", "max_dashboards", 250, "conflict", "メリディアン インサイトでは、ダッシュボードを最大250個まで作成いただけます。"),
             C("insight", "query_latency", dur(1, "seconds"), "conflict", "同製品のクエリ応答時間は1秒未満です。")],
     archive=True, charset="iso-2022-jp", mailer=OUTLOOK)

# ------------------------------------------------------------------ 2026-09-07  london, forwards a US note as an attached message
US_NOTE = Mail("us-note-for-chicago", "Wed, 2 Sep 2026 09:18:40 -0700", DANA, [OLIVER], "Brackenfield Chicago - US pricing",
               "BY5PR11MB42107D2E9F0A36C4B1D85E2F7A0C9@BY5PR11MB4210.namprd11.prod.outlook.com",
               """Oliver,

For the Brackenfield parent company in Chicago, Meridian Sync is $399 per month on US paper, and
Meridian Vault is $20 per TB per month. Their IT director wants the numbers before the UK contract is
signed, so feel free to pass this straight on.

Dana
""", charset="us-ascii", cte="7bit", mailer=OUTLOOK)

mail("london-fwd-attached", "Mon, 7 Sep 2026 08:55:03 +0100", OLIVER, [JAMES], "FW: Brackenfield Chicago - US pricing",
     "LO4P265MB6721F1C08B5E29A3D7C4E6B1A0D8@LO4P265MB6721.GBRP265.PROD.OUTLOOK.COM",
     """James,

Attaching Dana's note from our US team for your Chicago colleagues. For the UK entity nothing changes:
Meridian Sync stays at £329 per month, for up to 5,000 users on the one tenant.

Best,
Oliver
""", claims=[C("sync", "monthly_price", money(329, "GBP", "month"), "ok", "Meridian Sync stays at £329 per month"),
             C("sync", "max_users", 5000, "stale", "Meridian Sync stays at £329 per month, for up to 5,000 users on the one tenant."),
             C("sync", "monthly_price", money(399, "USD", "month"), "ok",
               "Meridian Sync is $399 per month on US paper", quoted=True, office="us-hq"),
             C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok",
               "Meridian Vault is $20 per TB per month", quoted=True, office="us-hq")],
     archive=True, attach=US_NOTE, cte="quoted-printable", mailer=OUTLOOK)


# ================================================================== documents (judged as of DOC_AS_OF)
class Doc:
    def __init__(self, path, office, text, claims=(), findings=()):
        self.path, self.office, self.text = path, office, text
        self.claims, self.findings = list(claims), list(findings)


DOCS = []

DOCS.append(Doc("docs/tokyo/関西精機様_メリディアンシンク導入ご提案書.md", "tokyo", """# 関西精機株式会社様 全社ファイル共有基盤のご提案

2026年11月20日
株式会社メリディアンデータ 東京オフィス 営業本部

## 1. ご提案の背景

貴社では2024年より品質保証課でファイル共有サービスをご利用いただいておりますが、
来期の全社展開にあたり、グループ会社を含めた情報共有基盤の統一をご検討されていると伺っております。
本書では、4月以降にいただいたご質問への回答を踏まえ、全社展開時の構成、料金、導入スケジュールをご提案いたします。

## 2. メリディアン シンクの概要

メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけるクラウド型ファイル共有サービスです。
各ユーザーには1TBのストレージ容量が割り当てられます。
Windows、Mac、iPhone・iPad、Androidの各端末からご利用いただけます。
メリディアン シンクは、法人向けファイル共有サービスにおいて国内シェアNo.1※を獲得しております。

差分同期の仕組みにより、大きな設計図面でも変更箇所のみが送信されます。

## 3. ご要件との対応表

| 項目 | 貴社ご要件 | メリディアン シンク |
|---|---|---|
| 最大ユーザー数 | 13,000名以上（グループ全体） | 1テナントあたり最大10,000名 |
| 稼働率SLA | 99.5%以上 | 99.9% |
| オフライン利用 | 出張先での閲覧 | 非対応 |
| 第三者認証 | ISMS相当 | ISO/IEC 27001、SOC 2 Type II |

グループ全体でのご利用人数が上限を超えるため、国内拠点用とグループ会社用にテナントを分ける構成をご提案いたします。
テナント間の共有フォルダは、管理者の承認を経て相互に公開できます。

## 4. お見積り（概算）

金額はすべて税抜です。

| 品目 | 単価 | 備考 |
|---|---|---|
| メリディアン シンク 月額基本料金 | 50,000円／月 | 1テナントあたり |
| メリディアン インサイト | 4,000円／ユーザー／月 | 2027年1月以降 |
| メリディアン ボールト | 2,800円／TB／月 | 保護対象容量に応じて |

テナントを分ける構成のため、メリディアン シンクの基本料金はテナントごとに発生いたします。
分析機能は、品質保証課の分析ご担当者様25名様分で概算しております。
お見積り総額（12か月）：1,200,000円（税抜、インサイト及びボールトを除く）

## 5. 導入スケジュール（案）

| 時期 | 内容 |
|---|---|
| 2027年1月 | 構成確定、管理者設定 |
| 2027年2月 | 本社・東大阪工場での先行利用 |
| 2027年3月 | グループ会社への展開 |
| 2027年4月 | 旧環境の停止 |

※2026年8月 東京マーケットリサーチ調べ（法人向けクラウドファイル共有市場、売上高ベース）
""", claims=[
    C("sync", "max_users", 10000, "ok", "メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけるクラウド型ファイル共有サービスです。"),
    C("sync", "storage_per_user", 1 * TB, "ok", "各ユーザーには1TBのストレージ容量が割り当てられます。"),
    C("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
      "Windows、Mac、iPhone・iPad、Androidの各端末からご利用いただけます。"),
    C("sync", "sla", 99.9, "ok", "| 稼働率SLA | 99.5%以上 | 99.9% |"),
    C("sync", "offline_mode", False, "ok", "| オフライン利用 | 出張先での閲覧 | 非対応 |"),
    C("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "| 第三者認証 | ISMS相当 | ISO/IEC 27001、SOC 2 Type II |"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円／月 | 1テナントあたり |"),
    C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "| メリディアン インサイト | 4,000円／ユーザー／月 | 2027年1月以降 |"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "| メリディアン ボールト | 2,800円／TB／月 | 保護対象容量に応じて |"),
]))

DOCS.append(Doc("docs/london/brackenfield-stage2-proposal.html", "london", """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Proposal for Brackenfield Logistics: backup, recovery and reporting</title>
<style>body{font-family:Arial,sans-serif;max-width:760px} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px}</style>
</head>
<body>
<h1>Proposal for Brackenfield Logistics: backup, recovery and reporting</h1>
<p>Prepared by Meridian Data Ltd for the evaluation panel, ITT BL-ITT-2026-007 (stage 2). Version 3, 18 November 2026.</p>

<h2>1. Summary</h2>
<p>Brackenfield has asked us to extend the existing file collaboration contract with managed backup for the
depot servers and the head office mailboxes, and to include the finance reporting pilot that the panel
discussed at the stage 1 presentation. This document answers the stage 2 questions and replaces version 2,
which the panel received on 2 November.</p>
<p>We have kept the structure the panel asked for: one section per service, followed by the commercial summary.
Service descriptions and the draft contract schedules are in the supplier portal.</p>

<h2>2. Meridian Vault</h2>
<p>Meridian Vault backs up your Exchange Online mailboxes and the depot file servers with an RPO of 15 minutes.</p>
<p>Backups are retained for 90 days by default.</p>
<p>Your backups will be held in our Frankfurt data centre, with a secondary copy in Oregon for disaster recovery.</p>
<p>Capacity is not a concern: Meridian Vault scales to 2 PB per tenant.</p>
<table>
<caption>Meridian Vault pricing (GBP, per TB per month, excluding VAT)</caption>
<tr><th>Item</th><th>Price</th></tr>
<tr><td>Protected capacity</td><td><del>&pound;18</del> &pound;16</td></tr>
<tr><td>Restores and egress</td><td>Included</td></tr>
</table>
<p>Restore drills are included twice a year, and the first one is scheduled with your team during onboarding.</p>

<h2>3. Meridian Insight (beta)</h2>
<p>Meridian Insight will be generally available in January 2027; until then Brackenfield's finance team can use the beta at no charge.</p>
<p>Insight queries return in less than a second on datasets of your size.</p>
<p>The finance pilot would start with the weekly depot cost report, which today takes one analyst most of a Monday.</p>

<h2>4. Meridian Sync</h2>
<p>Meridian Sync runs on Windows, macOS, iOS, Android and Chromebooks, so the depot kiosks being replaced next year are covered either way.</p>
<p>The upgrade of your current workspace follows the published guide
(<a href="https://docs.meridian-data.com/MeridianFileSync/upgrade-guide">https://docs.meridian-data.com/MeridianFileSync/upgrade-guide</a>)
and is done over a single weekend.</p>

<h2>5. Commercial summary</h2>
<p>Prices are held for 24 months from contract signature. Brackenfield currently protects about 41 TB, and the
estimate in the price schedule assumes growth of 20% a year. A multi-year discount of 10% applies to a
36-month term and is shown separately so the panel can compare list and discounted prices.</p>

<h2>6. About Meridian Data Ltd</h2>
<p>Registered in England and Wales, company number 09876543. VAT GB 318 4472 91.
Registered office: 40 Gracechurch Street, London EC3V 0BT. Telephone +44 20 7946 0300.</p>
</body>
</html>
""", claims=[
    C("vault", "rpo", dur(15, "minutes"), "ok", "with an RPO of 15 minutes"),
    C("vault", "retention", dur(90, "days"), "ok", "Backups are retained for 90 days by default."),
    C("vault", "data_centers", ["Frankfurt", "Oregon"], "ok",
      "Your backups will be held in our Frankfurt data centre, with a secondary copy in Oregon for disaster recovery."),
    C("vault", "max_storage", 2 * 10 ** 15, "conflict", "Meridian Vault scales to 2 PB per tenant."),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
      "<td>Protected capacity</td><td><del>&pound;18</del> &pound;16</td>"),
    C("insight", "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027"),
    C("insight", "query_latency", dur(1, "seconds"), "conflict", "Insight queries return in less than a second"),
    C("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
      "Meridian Sync runs on Windows, macOS, iOS, Android and Chromebooks"),
    C("sync", "supported_platforms", ["ChromeOS"], "conflict",
      "Meridian Sync runs on Windows, macOS, iOS, Android and Chromebooks"),
]))

DOCS.append(Doc("docs/us-hq/cobalt-ridge-renewal-summary.txt", "us-hq", """COBALT RIDGE CREDIT UNION - RENEWAL SUMMARY
Prepared by Meridian Data Inc. | November 18, 2026 | Account CRCU-00412
Owner: Dana Whitfield | Reviewed by: Marcus Oyelaran

1. BACKGROUND

Cobalt Ridge has run Meridian FileSync since 2022; this renewal moves the workspace to the current
Meridian Sync plan and adds the Harbor Point staff who joined in the merger. The renewal was discussed
with Linh Nguyen and Theresa Alvarado on November 12 and is summarised here for the credit union's
board packet.

2. WHAT IS INCLUDED

2.1 Meridian Sync
  - Up to 10,000 users per tenant.
  - $399 per month for the workspace, billed annually.
  - Clients for Windows, macOS, iOS and Android.

2.2 Meridian Vault
  - $20 per TB per month, measured on protected capacity on the first of each month.
  - Up to 500 TB per tenant.
  - Unlimited restores during the term.

2.3 Meridian Insight
  - $30 per user per month from general availability in January 2027.
  - 30-day free trial for departments outside the original beta group.

3. PLATFORM LIMITS

Meridian Sync supports up to 5,000 users per tenant, and every user gets 1 TB of storage.

4. COMMERCIAL TERMS

  - 36-month term starting January 1, 2027, co-terminated across all three services.
  - 12% discount on year one, as agreed on November 12.
  - The order covers 1,540 staff accounts after the merger.
  - Invoicing annually in advance, net 30.

5. CONTACTS

  Dana Whitfield, Senior Account Executive   +1 (415) 555-0143
  Marcus Oyelaran, Senior Solutions Engineer +1 (415) 555-0162
  Meridian Data Inc., 535 Mission Street, Suite 1400, San Francisco, CA 94105
""", claims=[
    C("sync", "max_users", 10000, "ok", "Up to 10,000 users per tenant."),
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "$399 per month for the workspace, billed annually."),
    C("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "Clients for Windows, macOS, iOS and Android."),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "$20 per TB per month, measured on protected capacity"),
    C("vault", "max_storage", 500 * TB, "ok", "Up to 500 TB per tenant."),
    C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", "$30 per user per month from general availability in January 2027."),
    C("insight", "general_availability", "2027-01", "ok", "$30 per user per month from general availability in January 2027."),
    C("insight", "free_trial", dur(30, "days"), "ok", "30-day free trial for departments outside the original beta group."),
    C("sync", "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per tenant"),
    C("sync", "storage_per_user", 1 * TB, "ok", "every user gets 1 TB of storage"),
], findings=[F("terminology", "Cobalt Ridge has run Meridian FileSync since 2022", product="sync"),
             F("phrase", "Unlimited restores during the term.", rule="en.unlimited")]))

DOCS.append(Doc("docs/osaka/北斗商事様_お見積書.md", "osaka", """# 北斗商事株式会社様 お見積書

見積番号：OSK-2026-1142
発行日：2026年11月19日
有効期限：2026年12月18日

株式会社メリディアンデータ 大阪オフィス
〒530-0001 大阪市北区梅田3-3-10 梅田ダイビル14F
TEL：06-6555-0700

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
下記のとおりお見積り申し上げます。関西エリア最安水準の価格でご提供いたします。
<!-- onevoice-disable-next-line ja.superlative-no1 -->
弊社のバックアップサービスは、2026年度の顧客満足度調査で第1位を獲得しました。

## ご利用料金（月額・単価）

| 品目 | 単価（税込） | 備考 |
|---|---|---|
| メリディアン シンク 月額基本料金 | 50,000円 | 1テナント |
| メリディアン ボールト 容量課金 | 3,080円／TB | 保護対象容量に応じて |
| メリディアン インサイト | ~~4,180円~~ 4,400円／ユーザー | 2027年1月の一般提供開始後 |

## 製品仕様（抜粋）

### メリディアン ボールト

- RPO：15分
- 標準の保持期間：90日（ポリシーにより延長可能）
- データセンター：東京・大阪（国内のみで運用）
- 暗号化方式：AES-256

### メリディアン シンク

- 対応OS：Windows、macOS、iOS、Android
- 第三者認証：ISO/IEC 27001、SOC 2 Type II、ISMAP
- 1ユーザーあたりのストレージ：1TB


## お支払い条件

- ご契約期間：2026年12月1日から36か月
- お支払い：年額一括（請求書払い）
- 初期費用：無償（今回のご契約に限ります）

## 備考

- 保護対象容量は、ご提供いただいた資料に基づき約120TBで試算しております。
- 本お見積りに関するお問い合わせは、担当の中川（06-6555-0715）までお願いいたします。
""", claims=[
    C("sync", "monthly_price", money(50000, "JPY", "month", "included"), "conflict",
      "| メリディアン シンク 月額基本料金 | 50,000円 | 1テナント |"),
    C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
      "| メリディアン ボールト 容量課金 | 3,080円／TB | 保護対象容量に応じて |"),
    C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
      "| メリディアン インサイト | ~~4,180円~~ 4,400円／ユーザー | 2027年1月の一般提供開始後 |"),
    C("insight", "general_availability", "2027-01", "ok",
      "| メリディアン インサイト | ~~4,180円~~ 4,400円／ユーザー | 2027年1月の一般提供開始後 |"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "- RPO：15分"),
    C("vault", "retention", dur(90, "days"), "ok", "- 標準の保持期間：90日（ポリシーにより延長可能）"),
    C("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "- データセンター：東京・大阪（国内のみで運用）"),
    C("vault", "encryption", ["AES-256"], "ok", "- 暗号化方式：AES-256"),
    C("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "- 対応OS：Windows、macOS、iOS、Android"),
    C("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "- 第三者認証：ISO/IEC 27001、SOC 2 Type II、ISMAP"),
    C("sync", "certifications", ["ISMAP"], "conflict", "- 第三者認証：ISO/IEC 27001、SOC 2 Type II、ISMAP"),
    C("sync", "storage_per_user", 1 * TB, "ok", "- 1ユーザーあたりのストレージ：1TB"),
], findings=[F("phrase", "関西エリア最安水準の価格でご提供いたします。", rule="ja.cheapest")]))

# ignored by .onevoice.yaml (**/drafts/**): wrong on purpose, no expected lines
DRAFT = ("docs/osaka/drafts/北斗商事様_お見積書_下書き.md", """# 北斗商事株式会社様 お見積書（下書き・社内確認前）

| 品目 | 単価 | 備考 |
|---|---|---|
| メリディアン シンク 月額基本料金 | 45,000円 | 要確認 |
| メリディアン ボールト 容量課金 | 2,500円／TB | 要確認 |

- メリディアン ボールトのRPOは5分（要確認）
- メリディアン・ファイルシンクからの移行費用は別途
""")


# ================================================================== writing
SET_KINDS = {"data_centers", "certifications", "supported_platforms", "encryption"}


def canon(v):
    if isinstance(v, dict) and "currency" in v:
        return ("money", v["amount"], v["currency"], v["per"], v.get("tax"))
    if isinstance(v, dict) and "unit" in v:
        mult = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur", v["amount"] * mult)
    return ("v", json.dumps(v, sort_keys=True))


def decoded_texts(m):
    texts = [m.text]
    if isinstance(m.html, str):
        texts.append(m.html)
    if m.attach is not None:
        texts += decoded_texts(m.attach)
    return texts


def check_excerpt(where, text, sources):
    flat = lambda s: " ".join(s.split())
    if not any(text in s or flat(text) in flat(s) for s in sources):
        sys.exit("excerpt not found in %s: %r" % (where, text))


def claim_lines(file, mid, as_of, c, default_office):
    vals = c.value if isinstance(c.value, list) else [c.value]
    for v in vals:
        yield {"type": "claim", "file": file, "message_id": mid, "product": c.product, "attribute": c.attribute,
               "value": v, "verdict": c.verdict, "quoted": c.quoted, "office": c.office or default_office,
               "as_of": as_of, "text": c.text}


def finding_line(file, mid, f):
    return {"type": "finding", "file": file, "message_id": mid, "kind": f.kind, "rule": f.rule,
            "product": f.product, "quoted": f.quoted, "text": f.text}


def cross_office(archived):
    """Pairs of office claims in the archive that cannot both be right (LABELS.md, cross-office)."""
    pts = []
    for m in archived:
        day = datetime.fromisoformat(m.day)
        for c in m.claims:
            office = c.office or office_of(m.from_addr)
            if office == "unknown" or c.attribute in SET_KINDS:
                continue
            pts.append((m, day, office, c))
    found = {}
    for i, (m1, d1, o1, c1) in enumerate(pts):
        for m2, d2, o2, c2 in pts[i + 1:]:
            if o1 == o2 or (c1.product, c1.attribute) != (c2.product, c2.attribute):
                continue
            if abs((d1 - d2).days) > 45:
                continue
            if isinstance(c1.value, dict) and "currency" in c1.value and \
                    (c1.value["currency"], c1.value["per"]) != (c2.value["currency"], c2.value["per"]):
                continue
            if c1.verdict == "ok" and c2.verdict == "ok":
                continue
            if canon(c1.value) == canon(c2.value):
                continue
            key = (c1.product, c1.attribute, tuple(sorted((o1, o2))))
            rec = found.setdefault(key, {"type": "cross-office", "product": c1.product, "attribute": c1.attribute,
                                         "offices": sorted((o1, o2)), "file": "mail/archive.mbox",
                                         "message_files": [], "values": {}})
            for m, o, c in ((m1, o1, c1), (m2, o2, c2)):
                if m.file not in rec["message_files"]:
                    rec["message_files"].append(m.file)
                rec["values"].setdefault(o, c.value)
    return [found[k] for k in sorted(found)]


EXPECTED_CROSS = {("meridian-vault", "retention", ("london", "osaka")),
                  ("meridian-vault", "retention", ("osaka", "us-hq")),
                  ("meridian-insight", "general_availability", ("osaka", "us-hq")),
                  ("meridian-vault", "sla", ("london", "osaka"))}


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    mails = sorted(MAILS, key=lambda m: parsedate_to_datetime(m.date))
    lines = []
    words = {}
    for n, m in enumerate(mails, 1):
        m.file = "mail/%04d.eml" % n
        raw = m.render()
        with open(os.path.join(ROOT, m.file), "w", encoding="utf-8", newline="") as fh:
            fh.write(raw)
        words[m.file] = (m.key, len(m.text.split()), len(m.text))
        srcs = decoded_texts(m)
        office = office_of(m.from_addr)
        for c in m.claims:
            check_excerpt(m.file, c.text, srcs)
        for f in m.findings:
            check_excerpt(m.file, f.text, srcs)
    for file_for in (lambda m: m.file, lambda m: "mail/archive.mbox"):
        for m in mails:
            if file_for(m) == "mail/archive.mbox" and not m.archive:
                continue
            office = office_of(m.from_addr)
            for c in m.claims:
                lines += list(claim_lines(file_for(m), m.mid, m.day, c, office))
            lines += [finding_line(file_for(m), m.mid, f) for f in m.findings]
    archived = [m for m in mails if m.archive]
    with open(os.path.join(ROOT, "mail/archive.mbox"), "w", encoding="utf-8", newline="") as fh:
        fh.write(mboxrd(archived))
    for d in DOCS:
        path = os.path.join(ROOT, d.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(d.text)
        for c in d.claims:
            check_excerpt(d.path, c.text, [d.text])
            lines += list(claim_lines(d.path, None, DOC_AS_OF, c, d.office))
        for f in d.findings:
            check_excerpt(d.path, f.text, [d.text])
            lines.append(finding_line(d.path, None, f))
    dpath = os.path.join(ROOT, DRAFT[0])
    os.makedirs(os.path.dirname(dpath), exist_ok=True)
    with open(dpath, "w", encoding="utf-8") as fh:
        fh.write(DRAFT[1])
    cross = cross_office(archived)
    got = {(x["product"], x["attribute"], tuple(x["offices"])) for x in cross}
    if got != EXPECTED_CROSS:
        sys.exit("cross-office cases differ from the design: %s" % sorted(got ^ EXPECTED_CROSS))
    lines += cross
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for o in lines:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    if "-v" in sys.argv:
        for f, (k, w, ch) in sorted(words.items()):
            print("%s %-22s %5d words %6d chars" % (f, k, w, ch))
        print("%d mails (%d in archive), %d docs, %d expected lines (%d claims, %d findings, %d cross-office)" % (
            len(mails), len(archived), len(DOCS), len(lines), sum(o["type"] == "claim" for o in lines),
            sum(o["type"] == "finding" for o in lines), len(cross)))


ONEVOICE_YAML = """# onevoice configuration for evaluation set 66 (SPEC section 6).
# The run script passes --rules explicitly; this path is where the shared base lives.
rules: /work/shared/eval/rules
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

README = """# Evaluation set 66 — long and very short mail (Meridian Data)

Written blind from `../../shared/eval/LABELS.md`, `FACTS.md`, `rules/` and SPEC §2–§5.
Everything here is generated by `gen/generate.py` (python3, stdlib only, deterministic):

    python3 gen/generate.py -v        # rewrites mail/, docs/, expected.jsonl, .onevoice.yaml, README.md

## What it emphasises

Length at both extremes.

- Very long messages where a few claims hide in a lot of ordinary text:
  a US proposal written as one email with 14 numbered sections (about 2,300 words, multipart/alternative,
  quoted-printable), a London tender answer with 20 questions answered inline under `>` lines (about 1,600
  words), an Osaka thread digest in ISO-2022-JP with 11 sections, a Q&A log and a forwarded Tokyo message,
  and a Tokyo quote whose body is short but whose bilingual (JA/EN) signature and legal notices run to
  several thousand characters full of phone numbers, postcodes, registration numbers and dates.
- Very short replies (one or two lines) whose meaning depends on the quoted question below them:
  "Yes, 99.9%.", 「はい、対応可能です。」, "Yep, all four: Tokyo, Osaka, Oregon, Frankfurt.",
  "Not at the moment, I'm afraid. It's on the roadmap…", 「いいえ、Linuxには対応しておりません。」. Labelled
  strictly: a claim needs a product, an attribute cue and a value in one sentence, and a question states
  nothing, so these hold **no** claims. Other short replies do name the product and the attribute
  ("Yes, Meridian Vault is $20/TB/month", 「はい、メリディアン シンクのSLAは99.9%です。」, a wrong 14-day
  trial, a wrong 99.99% SLA) and are labelled as claims.
- Deal figures that are not claims (seats, accounts, 名様分, TB footprints, discounts, totals, meeting
  dates), kept out of sentences, bullets and sections that name a product.
- Encodings: UTF-8 quoted-printable / base64 / 7bit, ISO-2022-JP 7bit, Shift_JIS base64, us-ascii,
  multipart/alternative, and an attached message/rfc822.

Counts: 23 mails (14 of them again in `mail/archive.mbox`, mboxrd, date order), 4 documents (+1 ignored
draft under `docs/osaka/drafts/`), and `expected.jsonl` with the claim, finding and cross-office lines
printed by `gen/generate.py -v`.

## How to run

From the project root (documents are judged as of 2026-11-22, mails as of their Date header):

    ../shared/eval/run build/onevoice ../probe/set66
    python3 /work/shared/eval/score.py --selftest /work/probe/set66

`.onevoice.yaml` points `rules:` at `/work/shared/eval/rules` (absolute, because this set does not sit
beside the shared rules folder); `run` passes `--rules` anyway.

## Judgement calls

1. **Short answers with no product or no cue in the reply.** "Yes, 99.9%." (0001), 「はい、対応可能です。」
   (0002), "Yep, all four: Tokyo, Osaka, Oregon, Frankfurt." (0013), "Not at the moment… It's on the
   roadmap" (0014): no claim. The quoted questions are questions: no claim either. 「いいえ、Linuxには
   対応しておりません。」 (0016) names no product and denies a member: no claim.
2. **Signature banner.** 0003's signature (after `-- `) ends with "Meridian Vault is now hosted in
   Frankfurt for UK & EU customers." Signatures hold no claims, so it is not labelled.
3. **Tax from a note.** 0005 §9 opens with "All prices below are in US dollars, exclusive of applicable
   sales tax"; the three prices in the bullets below it carry `tax: excluded`. The London HTML table
   caption "(GBP, per TB per month, excluding VAT)" gives `tax: excluded`. The Osaka quote's column
   header 「単価（税込）」 gives `tax: included` to its cells, so 50,000円 there is a `conflict`
   (base × 1 marked 税込) and 3,080円/TB and 4,400円/user are `ok`. Prices with no tax wording: `null`.
4. **Value in a period.** 0007 "Meridian Sync supports up to 5,000 users per tenant today; from 1 April
   2026 the limit rises to 10,000." (16 March): both `ok` — 5,000 on the mail's date, 10,000 in its
   stated period.
5. **Stale.** 0023 (7 Sep) "Meridian Sync stays at £329 per month, for up to 5,000 users on the one
   tenant": price `ok`, 5,000 users `stale`. **Stale in a document.** The US renewal summary says 10,000 users in §2.1 (`ok`) and, in a pasted
   "PLATFORM LIMITS" section with no period, 5,000 (`stale` as of 2026-11-22): two lines.
6. **Reported statements.** 0009 (customer): 「…最大2万ユーザーまで利用可能と伺っております」 is the
   customer's claim, office `unknown`, `conflict`; 0010 quotes it (`quoted: true`, judged 2026-04-08 —
   both dates after 2026-04-01). 0019 quotes a customer's 「…稼働率は99.99%とご説明いただきました」:
   `unknown`, quoted, `conflict`. Tokyo's own 「（2万ユーザーではございません）」 is a denial: no claim.
7. **Strike-through.** `<del>£18</del> £16` and `~~4,180円~~ 4,400円` keep only the corrected value.
8. **Row notes.** The Osaka quote row for Meridian Insight has the note 「2027年1月の一般提供開始後」:
   a `general_availability` claim 2027-01 (`ok`) besides the price. The Tokyo proposal's price row note
   「2027年1月以降」 has no GA cue: price only.
9. **Bounds.** "less than a second" (London doc) and 「1秒未満」 (0022) for Insight query latency are
   `conflict` with value 1 second; "under 2 seconds" (0012) is `ok` at 2 seconds.
10. **Unverified.** Insight "targets 99.9% availability" (sla exists only for Sync/Vault), Vault "within 4
    hours in our standard RTO", Vault P1 "first response within 1 hour".
11. **Conditional data centre.** 0005 "Meridian Vault keeps the replica copy in the Frankfurt data center
    only if you opt in…" still names Frankfurt as a Vault data centre (`ok`).
12. **Suppression and substantiation.** Tokyo doc: 国内シェアNo.1※ with a ※…調べ footnote — silent.
    Osaka doc: a 第1位 line under `<!-- onevoice-disable-next-line ja.superlative-no1 -->` — silent; its
    最安水準 line is not substantiated — `ja.cheapest`.
13. **Deprecated name.** In a URL (London doc) — no finding. In quoted customer text (0007, 0010) — a
    `terminology` finding with `quoted: true`; in the customer's own mail (0009) and the US doc — unquoted.
14. **Cross-office** (computed from the archive by the generator and checked against the design):
    Vault retention: Osaka 30 days (10 Feb) vs London 90 (3 Feb) and vs US-HQ 90 (16 Feb) — two lines;
    Insight GA: Osaka 2026-10 (22 Apr) vs US-HQ 2027-01 (5 May); Vault SLA: London 99.95 (14 Jul) vs
    Osaka 99.99 (20 Jul). Not cases: US-HQ 5,000 users (20 Mar) vs Tokyo 10,000 (8 Apr) — each right on
    its date; the customer's 2万 — customers take no part; Vault SLA 99.99 from US-HQ (16 Feb) has no
    other office within 45 days; prices in different currencies; the forwarded Tokyo 税込 error in the
    Osaka digest vs Tokyo's own price — same office.
15. **Q&A without a product.** The Osaka digest's Q&A log: answers that name no product
    (「いいえ、管理画面から…」) hold no claims; A2 names Meridian Vault and is a claim (AES-256).
16. **同製品.** 0006 「同製品の稼働率SLAは99.9%です。」 takes Meridian Sync from the bullet above it.
"""

if __name__ == "__main__":
    main()
