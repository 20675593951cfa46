#!/usr/bin/env python3
"""Generate evaluation set 40 ("an ordinary month in the US and UK").

Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py
(Re)writes mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml, expected.jsonl.
Every expected `text` is checked to be an exact excerpt of the decoded text.
"""
import datetime, html, json, os, re, shutil
from email.message import EmailMessage
from email import policy as _policy
from email.utils import format_datetime
from email.headerregistry import Address

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_AS_OF = "2026-11-22"

SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"


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


def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def dur(n, unit):
    return {"amount": n, "unit": unit}


TB = 10 ** 12
GB = 10 ** 9


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return {"type": "claim", "product": product, "attribute": attribute, "value": value,
            "verdict": verdict, "quoted": quoted, "office": office, "text": text}


def P(rule, text, quoted=False):
    return {"type": "finding", "kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def T(product, text, quoted=False):
    return {"type": "finding", "kind": "terminology", "rule": None, "product": product, "quoted": quoted,
            "text": text}


def tz(h):
    return datetime.timezone(datetime.timedelta(hours=h))


# ---------------------------------------------------------------- people
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")
PRIYA = ("Priya Raman", "priya.raman@meridian-data.com")
TOM = ("Tom Ashworth", "tom.ashworth@uk.meridian-data.com")
FIONA = ("Fiona McLeish", "fiona.mcleish@uk.meridian-data.com")
KENJI = ("Kenji Morita", "kenji.morita@jp.meridian-data.com")
JAKE = ("Jake Lindqvist", "jlindqvist@cascadiaoutdoor.com")
GARETH = ("Gareth Price", "gareth.price@northgate-ha.org.uk")
AKIKO = ("Akiko Hayashi", "a.hayashi@fujisaki-us.com")
SAM = ("Sam Keller", "sam.keller@redline-it.co.uk")
LAUREN = ("Lauren Ortiz", "lortiz@bwcu.org")
NAOKO = ("Naoko Ellis", "naoko.ellis@tamurafoods.co.uk")
RACHEL = ("Rachel Okafor", "rokafor@pinecrestmed.org")
HARRIET = ("Harriet Vance", "hvance@halloranpike.co.uk")

SIG_DANA = """--
Dana Whitfield
Senior Account Executive, West
Meridian Data Inc. | 500 Howard Street, Suite 1200, San Francisco, CA 94105
o +1 (415) 555-0142 | m +1 (415) 555-0187
"""
SIG_MARCUS = """Marcus Oyelaran
Solutions Engineer | Meridian Data Inc.
+1 415 555 0163
"""
SIG_PRIYA = """Best,
Priya

Priya Raman | Renewals Manager
Meridian Data Inc.
Direct: 415-555-0129
"""
SIG_TOM = """Kind regards,
Tom

Tom Ashworth
Account Manager, Public Sector & Legal
Meridian Data UK Ltd
30 Finsbury Square, London EC2A 1AG
T: +44 20 7946 0381 | M: +44 7700 900 418
Meridian Data UK Ltd is registered in England and Wales, company no. 11843927. VAT GB 293 4417 08.
"""
SIG_FIONA = """Many thanks,
Fiona

Fiona McLeish | Customer Success Manager
Meridian Data UK Ltd | 30 Finsbury Square, London EC2A 1AG
+44 20 7946 0522
Registered in England and Wales No. 11843927
"""
SIG_KENJI = """Best regards,

Kenji Morita
Account Manager, Global Accounts
Meridian Data K.K.
1-6-5 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan
Tel: +81-3-5555-0198
"""

MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


# ================================================================ 0001
M(fn="0001", frm=DANA, to=[JAKE], cc=[MARCUS], date=datetime.datetime(2026, 9, 1, 16, 12, 40, tzinfo=tz(-7)),
  subject="Follow-up from Thursday's demo", msgid="SJ0PR11MB5823A1F04C2B1E7D9A3C44E1B2A09@SJ0PR11MB5823.namprd11.prod.outlook.com",
  style="outlook", cte="quoted-printable", charset="utf-8", archive=True,
  body="""Hi Jake,

Thanks again to you and Maria for making time on Thursday, it was great to see the warehouse setup on video. As promised, here are answers to the questions we didn't get to:

1. Scale. Meridian Sync supports up to 10,000 users per organization. With roughly 1,400 staff today you have plenty of headroom, even with the seasonal hires.
2. Storage. Each Meridian Sync user gets 1 TB of storage, and admins can see usage by team from the console.
3. Devices. Meridian Sync runs on Windows and macOS, with mobile apps for iOS and Android.
4. Pricing. Meridian Sync is $399 per month, billed annually. I'll send a formal quote once you've confirmed the start date.

Marcus (cc'd) can set up a sandbox tenant for your IT team whenever suits. Would Tuesday 9/15 at 10am PT work for a 30-minute kickoff?

""" + SIG_DANA,
  claims=[
      C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization."),
      C(SYNC, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage"),
      C(SYNC, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows and macOS, with mobile apps for iOS and Android."),
      C(SYNC, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows and macOS, with mobile apps for iOS and Android."),
      C(SYNC, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows and macOS, with mobile apps for iOS and Android."),
      C(SYNC, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows and macOS, with mobile apps for iOS and Android."),
      C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month, billed annually."),
  ])

# ================================================================ 0002 (customer, quotes 0001)
M(fn="0002", frm=JAKE, to=[DANA], cc=[MARCUS], date=datetime.datetime(2026, 9, 2, 8, 47, 3, tzinfo=tz(-7)),
  subject="Re: Follow-up from Thursday's demo", msgid="CAHx7Qm2v9KpLw4=fT0eR8yq3Zr1uN6sD_cB5aJ0kE2hV7xW@mail.gmail.com",
  inreply="SJ0PR11MB5823A1F04C2B1E7D9A3C44E1B2A09@SJ0PR11MB5823.namprd11.prod.outlook.com",
  style="gmail", cte="7bit", charset="us-ascii", archive=True,
  body="""Thanks Dana, this is helpful.

One thing that came up after the call: does Meridian Sync work offline? Our field reps spend a lot of time in the Cascades with no signal and they'd need to keep editing order sheets.

Tuesday 9/15 at 10 works for us. I'll add Priyanka from our security team.

Jake

On Tue, Sep 1, 2026 at 4:12 PM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
> Hi Jake,
>
> Thanks again to you and Maria for making time on Thursday. As promised,
> here are answers to the questions we didn't get to:
>
> 1. Scale. Meridian Sync supports up to 10,000 users per organization.
> 2. Storage. Each Meridian Sync user gets 1 TB of storage, and admins can
> see usage by team from the console.
> 4. Pricing. Meridian Sync is $399 per month, billed annually.
>
> --
> Dana Whitfield
> Senior Account Executive, West
""",
  claims=[
      C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization.", quoted=True, office="us-hq"),
      C(SYNC, "storage_per_user", 1 * TB, "ok", "Each Meridian Sync user gets 1 TB of storage", quoted=True, office="us-hq"),
      C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month, billed annually.", quoted=True, office="us-hq"),
  ])

# ================================================================ 0003
M(fn="0003", frm=DANA, to=[JAKE], cc=[MARCUS], date=datetime.datetime(2026, 9, 3, 11, 5, 19, tzinfo=tz(-7)),
  subject="RE: Follow-up from Thursday's demo", msgid="SJ0PR11MB58230C7E11D04F2A8B6E93F7B2A09@SJ0PR11MB5823.namprd11.prod.outlook.com",
  inreply="CAHx7Qm2v9KpLw4=fT0eR8yq3Zr1uN6sD_cB5aJ0kE2hV7xW@mail.gmail.com",
  style="outlook", cte="quoted-printable", charset="utf-8", archive=True,
  body="""Hi Jake,

Good question, and I'd rather be straight with you: Meridian Sync does not have an offline mode, so the clients need a connection to sync changes. A few customers with field teams have reps save the day's order sheets locally and drop them into the synced folder once they're back in range; happy to connect you with one of them.

For Priyanka ahead of the 15th: Meridian Sync is ISO 27001 certified, and we can share our SOC 2 Type II report under NDA. I'll get the mutual NDA over today.

See you on the 15th.

""" + SIG_DANA + """
On Wed, Sep 2, 2026 at 8:47 AM Jake Lindqvist <jlindqvist@cascadiaoutdoor.com> wrote:
> One thing that came up after the call: does Meridian Sync work offline? Our
> field reps spend a lot of time in the Cascades with no signal.
""",
  claims=[
      C(SYNC, "offline_mode", False, "ok", "Meridian Sync does not have an offline mode, so the clients need a connection to sync changes."),
      C(SYNC, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified, and we can share our SOC 2 Type II report under NDA."),
      C(SYNC, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified, and we can share our SOC 2 Type II report under NDA."),
  ])

# ================================================================ 0004 (London, overstated Vault SLA)
M(fn="0004", frm=TOM, to=[HARRIET], cc=[], date=datetime.datetime(2026, 9, 4, 14, 22, 51, tzinfo=tz(1)),
  subject="Meridian Vault - indicative pricing for Halloran & Pike", msgid="5b1e3f0a-9c47-4d8e-a2f1-7e6c0b9d4a13@uk.meridian-data.com",
  style="thunderbird", cte="quoted-printable", charset="utf-8", archive=True, html=True,
  body="""Dear Harriet,

Thank you for your time yesterday, and please pass on my thanks to Owen for the tour of the server room.

As discussed, a quick summary before the formal quotation:

- Meridian Vault is £16 per TB per month, plus VAT.
- On your estimate of around 40 TB, that comes to roughly £640 a month before VAT.
- Meridian Vault retains backups for 90 days by default, and older matter files can sit on a longer policy.
- Meridian Vault's RPO is 15 minutes, so at most a quarter of an hour of work is exposed.
- Meridian Vault carries a 99.99% availability SLA, with service credits if we miss it.
- For UK customers, Meridian Vault keeps your backups in our Frankfurt data centre.

I appreciate the partners will want to see this against the Q4 budget; I'm in the office all of next week if a call would help.

""" + SIG_TOM,
  claims=[
      C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month, plus VAT."),
      C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default"),
      C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes, so at most a quarter of an hour of work is exposed."),
      C(VAULT, "sla", 99.99, "conflict", "Meridian Vault carries a 99.99% availability SLA, with service credits if we miss it."),
      C(VAULT, "data_centers", "Frankfurt", "ok", "For UK customers, Meridian Vault keeps your backups in our Frankfurt data centre."),
  ])

# ================================================================ 0005 (US SE, RFP answers)
M(fn="0005", frm=MARCUS, to=[RACHEL], cc=[DANA], date=datetime.datetime(2026, 9, 7, 10, 31, 2, tzinfo=tz(-7)),
  subject="Pinecrest RFP #PMG-2026-114 - clarification answers (Meridian Vault)", msgid="CAD0bN4kR7uYt2=Qx8wLm5Jp_v3HsE9cZ1gF6aT0oK4yW2d@mail.gmail.com",
  style="gmail", cte="7bit", charset="us-ascii", archive=True, html=True,
  body="""Hi Rachel,

Answers to the five clarification questions from your procurement team, numbered as in your sheet:

Q1. Meridian Vault has a 99.95% availability SLA, measured monthly.
Q2. Meridian Vault encrypts all backups at rest with AES-256; keys are rotated every 90 days by our KMS.
Q3. Meridian Vault stores up to 500 TB per tenant. Your current footprint of about 62 TB across the three clinics leaves a lot of room.
Q4. We will sign your BAA, and Meridian Vault is HIPAA compliant.
Q5. With Meridian Vault, a full server restore is typically back online within 4 hours.

Let me know if your reviewers want any of this in the portal format rather than email.

Thanks,
""" + SIG_MARCUS,
  claims=[
      C(VAULT, "sla", 99.95, "ok", "Meridian Vault has a 99.95% availability SLA, measured monthly."),
      C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256"),
      C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant."),
      C(VAULT, "certifications", "HIPAA", "unverified", "We will sign your BAA, and Meridian Vault is HIPAA compliant."),
      C(VAULT, "rto", dur(4, "hours"), "unverified", "With Meridian Vault, a full server restore is typically back online within 4 hours."),
  ])

# ================================================================ 0006 (London, stale user limit)
M(fn="0006", frm=FIONA, to=[GARETH], cc=[], date=datetime.datetime(2026, 9, 8, 9, 15, 0, tzinfo=tz(1)),
  subject="Your Meridian Sync renewal", msgid="7f3c2d91-0b6a-4e55-8d1e-c4a9f2b83e60@uk.meridian-data.com",
  style="thunderbird", cte="base64", charset="utf-8", archive=True,
  body="""Hi Gareth,

Hope the move to the new Wakefield office went smoothly.

Your renewal quote is attached. The quote covers 620 seats from 1 October 2026 on a three-year term, with the 8% multi-year discount we talked about in July.

On adding the repairs team: as a reminder, Meridian Sync supports up to 5,000 users. Bringing the repairs team across is no problem at all.

Meridian Sync is £329 per month plus VAT, the same as this year.

If you can let me have the signed order form by 25 September, I'll make sure there's no gap in service.

""" + SIG_FIONA,
  claims=[
      C(SYNC, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users"),
      C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month plus VAT, the same as this year."),
  ])

# ================================================================ 0007 (customer, Outlook, windows-1252, quotes 0006)
M(fn="0007", frm=GARETH, to=[FIONA], cc=[], date=datetime.datetime(2026, 9, 9, 10, 2, 44, tzinfo=tz(1)),
  subject="RE: Your Meridian Sync renewal", msgid="DB9PR02MB7241E6A05C3F1B28D94A7F02C8D51@DB9PR02MB7241.eurprd02.prod.outlook.com",
  inreply="7f3c2d91-0b6a-4e55-8d1e-c4a9f2b83e60@uk.meridian-data.com",
  style="outlook", cte="quoted-printable", charset="windows-1252", archive=True,
  body="""Morning Fiona,

Thanks for this. Our IT lead thought the user limit on Meridian Sync had gone up this year - is that right? I'd rather the board papers quote the current figure.

Order form should be with you by the 22nd.

Regards
Gareth

Gareth Price
Head of ICT | Northgate Housing Association
Northgate House, 14 Calder Street, Wakefield WF1 2QE
01924 555 731
Northgate Housing Association is a charitable registered society, no. 29844R.

-----Original Message-----
From: Fiona McLeish <fiona.mcleish@uk.meridian-data.com>
Sent: 08 September 2026 09:15
To: Gareth Price <gareth.price@northgate-ha.org.uk>
Subject: Your Meridian Sync renewal

Hi Gareth,

Your renewal quote is attached. The quote covers 620 seats from 1 October 2026 on a three-year term, with the 8% multi-year discount we talked about in July.

On adding the repairs team: as a reminder, Meridian Sync supports up to 5,000 users. Bringing the repairs team across is no problem at all.

Meridian Sync is £329 per month plus VAT, the same as this year.

Many thanks,
Fiona
""",
  claims=[
      C(SYNC, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users", quoted=True, office="london"),
      C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month plus VAT, the same as this year.", quoted=True, office="london"),
  ])

# ================================================================ 0008 (London corrects herself)
M(fn="0008", frm=FIONA, to=[GARETH], cc=[], date=datetime.datetime(2026, 9, 9, 11, 40, 12, tzinfo=tz(1)),
  subject="Re: Your Meridian Sync renewal", msgid="0a8e6b27-3d19-4f7c-b5e2-91d4c6f0a7b8@uk.meridian-data.com",
  inreply="DB9PR02MB7241E6A05C3F1B28D94A7F02C8D51@DB9PR02MB7241.eurprd02.prod.outlook.com",
  style="thunderbird", cte="quoted-printable", charset="utf-8", archive=True,
  body="""Hi Gareth,

Your IT lead is quite right, and apologies, I gave you last year's figure. Meridian Sync now supports up to 10,000 users per organisation (not 5,000 as I wrote), so there is plenty of room for the repairs team and then some.

The 22nd is fine for the order form.

Fiona

On 09/09/2026 10:02, Gareth Price wrote:
> Thanks for this. Our IT lead thought the user limit on Meridian Sync had
> gone up this year - is that right? I'd rather the board papers quote the
> current figure.
""",
  claims=[
      C(SYNC, "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per organisation (not 5,000 as I wrote)"),
  ])

# ================================================================ 0009 (Tokyo writes English to a US subsidiary)
M(fn="0009", frm=KENJI, to=[AKIKO], cc=[DANA], date=datetime.datetime(2026, 9, 10, 17, 30, 8, tzinfo=tz(9)),
  subject="Meridian Sync for Fujisaki Instruments America", msgid="20260910083008.4F2A19C0E7@mx1.jp.meridian-data.com",
  style="plain", cte="7bit", charset="us-ascii", archive=True,
  body="""Dear Ms. Hayashi,

Thank you very much for your inquiry, and for the kind introduction from Mr. Sato at your head office in Nagoya.

I would like to summarise the points for your US entity:

- For a contract signed in the United States, Meridian Sync is USD 399 per month.
- For reference, the Nagoya head office contract is JPY 50,000 per month for Meridian Sync, excluding consumption tax.
- Meridian Sync's SLA is 99.9%, the same in both contracts.
- The Meridian Sync interface is available in 12 languages, including Japanese and English.

My colleague Dana Whitfield in San Francisco (in cc) will support you locally, so you can work in your own time zone. Please do not hesitate to contact either of us.

""" + SIG_KENJI,
  claims=[
      C(SYNC, "monthly_price", money(399, "USD", "month"), "office-variant", "For a contract signed in the United States, Meridian Sync is USD 399 per month."),
      C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "For reference, the Nagoya head office contract is JPY 50,000 per month for Meridian Sync, excluding consumption tax."),
      C(SYNC, "sla", 99.9, "ok", "Meridian Sync's SLA is 99.9%, the same in both contracts."),
      C(SYNC, "ui_languages", 12, "unverified", "The Meridian Sync interface is available in 12 languages, including Japanese and English."),
  ])

# ================================================================ 0010 (customer reports a wrong retention)
M(fn="0010", frm=AKIKO, to=[KENJI], cc=[DANA], date=datetime.datetime(2026, 9, 11, 9, 14, 37, tzinfo=tz(-4)),
  subject="RE: Meridian Sync for Fujisaki Instruments America", msgid="BN8PR04MB6113D2C94A7E0F1B36C85D29E4F70@BN8PR04MB6113.namprd04.prod.outlook.com",
  inreply="20260910083008.4F2A19C0E7@mx1.jp.meridian-data.com",
  style="outlook", cte="quoted-printable", charset="utf-8", archive=False,
  body="""Dear Morita-san,

Thank you for the summary, it is very clear.

We are also looking at backup for our Dayton plant. Our IT team in Nagoya told us that Meridian Vault keeps backups for 180 days by default. Could you confirm whether there is also a Meridian Vault data center in Virginia? Our auditors prefer US-based storage.

Best regards,
Akiko Hayashi
Manager, IT & Administration
Fujisaki Instruments America, Inc.
4100 Springboro Pike, Dayton, OH 45439
Tel. (937) 555-0114
""",
  claims=[
      C(VAULT, "retention", dur(180, "days"), "conflict", "Our IT team in Nagoya told us that Meridian Vault keeps backups for 180 days by default."),
  ])

# ================================================================ 0011 (Tokyo answers, quotes the customer)
M(fn="0011", frm=KENJI, to=[AKIKO], cc=[DANA], date=datetime.datetime(2026, 9, 14, 10, 3, 55, tzinfo=tz(9)),
  subject="Re: Meridian Sync for Fujisaki Instruments America", msgid="20260914010355.9C7B02D1A4@mx1.jp.meridian-data.com",
  inreply="BN8PR04MB6113D2C94A7E0F1B36C85D29E4F70@BN8PR04MB6113.namprd04.prod.outlook.com",
  style="plain", cte="quoted-printable", charset="utf-8", archive=True,
  body="""Dear Ms. Hayashi,

Thank you for your reply.

Meridian Vault keeps backups for 90 days by default, and the retention period can be extended by policy if your auditors require it. I believe the 180 days your colleagues mentioned is the custom policy at your head office.

Meridian Vault has data centers in Tokyo, Osaka, Oregon and Frankfurt. We do not have a Virginia region; for US-based storage we would place your tenant in Oregon.

Dana will send you the US price sheet for Meridian Vault separately.

Best regards,
Kenji Morita

On Fri, Sep 11, 2026 at 9:14 AM Akiko Hayashi <a.hayashi@fujisaki-us.com> wrote:
> We are also looking at backup for our Dayton plant. Our IT team in Nagoya
> told us that Meridian Vault keeps backups for 180 days by default. Could you
> confirm whether there is also a Meridian Vault data center in Virginia?
""",
  claims=[
      C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
      C(VAULT, "data_centers", "Tokyo", "ok", "Meridian Vault has data centers in Tokyo, Osaka, Oregon and Frankfurt."),
      C(VAULT, "data_centers", "Osaka", "ok", "Meridian Vault has data centers in Tokyo, Osaka, Oregon and Frankfurt."),
      C(VAULT, "data_centers", "Oregon", "ok", "Meridian Vault has data centers in Tokyo, Osaka, Oregon and Frankfurt."),
      C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault has data centers in Tokyo, Osaka, Oregon and Frankfurt."),
      C(VAULT, "retention", dur(180, "days"), "conflict", "told us that Meridian Vault keeps backups for 180 days by default.", quoted=True, office="unknown"),
  ])

# ================================================================ 0012 (partner, reported trial length)
M(fn="0012", frm=SAM, to=[TOM], cc=[], date=datetime.datetime(2026, 9, 15, 9, 41, 20, tzinfo=tz(1)),
  subject="Meridian Insight pricing for a customer of ours", msgid="DU2PR08MB10143F5B27A0C44D1E983B6A0D2E1@DU2PR08MB10143.eurprd08.prod.outlook.com",
  style="outlook", cte="quoted-printable", charset="utf-8", archive=False,
  body="""Hi Tom,

Quick one. We've got a logistics customer in Daventry who want to trial Meridian Insight before their budget round in November. They have about 90 finance and ops people.

They've been told by another reseller that Meridian Insight is free for 60 days. Can you confirm the trial length, and the per-user price for Meridian Insight in GBP so I can put a proposal together this week?

Cheers,
Sam

Sam Keller | Partner Manager
Redline IT Solutions Ltd
Unit 4, Brindley Court, Northampton NN4 7PB
0330 555 0192 | www.redline-it.co.uk
Company No. 08716420
""",
  claims=[
      C(INSIGHT, "free_trial", dur(60, "days"), "conflict", "They've been told by another reseller that Meridian Insight is free for 60 days."),
  ])

# ================================================================ 0013 (London answers partner)
M(fn="0013", frm=TOM, to=[SAM], cc=[], date=datetime.datetime(2026, 9, 15, 12, 8, 33, tzinfo=tz(1)),
  subject="RE: Meridian Insight pricing for a customer of ours", msgid="a41d7c09-e2b5-4f6a-9c83-2d0f1e7b5a66@uk.meridian-data.com",
  inreply="DU2PR08MB10143F5B27A0C44D1E983B6A0D2E1@DU2PR08MB10143.eurprd08.prod.outlook.com",
  style="thunderbird", cte="quoted-printable", charset="utf-8", archive=True,
  body="""Hi Sam,

Happy to help. The short version:

Meridian Insight is £25 per user per month, ex VAT, and comes with a 30-day free trial.
You can build up to 200 dashboards per workspace in Meridian Insight. That is far more than a team of 90 will need.
Meridian Insight is in beta at the moment and will be generally available in January 2027, so anyone signing now goes onto the beta programme and rolls onto GA terms automatically.

Honestly it's the best analytics add-on on the market for the price, and the finance teams we've put on it love it.

For 90 users I can get you partner pricing at the usual 20% margin; I'll send the deal registration form over separately.

""" + SIG_TOM + """
From: Sam Keller <sam.keller@redline-it.co.uk>
Sent: 15 September 2026 09:41
To: Tom Ashworth <tom.ashworth@uk.meridian-data.com>
Subject: Meridian Insight pricing for a customer of ours

Hi Tom,

They've been told by another reseller that Meridian Insight is free for 60 days. Can you confirm the trial length, and the per-user price for Meridian Insight in GBP?

Cheers,
Sam
""",
  claims=[
      C(INSIGHT, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "Meridian Insight is £25 per user per month, ex VAT, and comes with a 30-day free trial."),
      C(INSIGHT, "free_trial", dur(30, "days"), "ok", "Meridian Insight is £25 per user per month, ex VAT, and comes with a 30-day free trial."),
      C(INSIGHT, "max_dashboards", 200, "ok", "You can build up to 200 dashboards per workspace in Meridian Insight"),
      C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight is in beta at the moment and will be generally available in January 2027"),
      C(INSIGHT, "free_trial", dur(60, "days"), "conflict", "They've been told by another reseller that Meridian Insight is free for 60 days.", quoted=True, office="unknown"),
  ],
  findings=[P("en.superlative", "Honestly it's the best analytics add-on on the market for the price")])

# ================================================================ 0014 (US renewals, wrong price)
M(fn="0014", frm=PRIYA, to=[LAUREN], cc=[], date=datetime.datetime(2026, 9, 16, 13, 55, 10, tzinfo=tz(-7)),
  subject="Brightwater CU - Meridian Vault renewal (term starting 11/1)", msgid="3C9E1A77-5B20-4F8D-8E61-0A2F7D4C9B13@meridian-data.com",
  style="apple", cte="quoted-printable", charset="utf-8", archive=True,
  body="""Hi Lauren,

Your Meridian Vault subscription comes up for renewal on November 1, so I wanted to get ahead of it.

Your current commitment is 85 TB, and we can hold your 6% multi-year discount for another 12 months if you renew by October 15.

Meridian Vault is $25 per TB per month under the FY2026 price book.

Nothing else changes: Meridian Vault's 15-minute RPO and 90-day default retention stay exactly as they are today, and your members' data is 100% protected.

I've put 30 minutes on your calendar for Thursday 9/24 at 2pm PT to walk through the renewal paperwork.

""" + SIG_PRIYA,
  claims=[
      C(VAULT, "price_per_tb", money(25, "USD", "TB-month"), "conflict", "Meridian Vault is $25 per TB per month under the FY2026 price book."),
      C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's 15-minute RPO and 90-day default retention stay exactly as they are today"),
      C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault's 15-minute RPO and 90-day default retention stay exactly as they are today"),
  ],
  findings=[P("en.guarantee", "your members' data is 100% protected")])

# ================================================================ 0015 (customer pushes back, quotes the price line)
M(fn="0015", frm=LAUREN, to=[PRIYA], cc=[], date=datetime.datetime(2026, 9, 17, 8, 20, 45, tzinfo=tz(-7)),
  subject="Re: Brightwater CU - Meridian Vault renewal (term starting 11/1)", msgid="CAGp3sW8dN1uTq=Zk5mJ2xR7vB0yE4hL9cF6aQ1oP3tX8w@mail.gmail.com",
  inreply="3C9E1A77-5B20-4F8D-8E61-0A2F7D4C9B13@meridian-data.com",
  style="gmail", cte="7bit", charset="us-ascii", archive=False, html=True,
  body="""Hi Priya,

Thursday works. One question before then:

On Wed, Sep 16, 2026 at 1:55 PM Priya Raman <priya.raman@meridian-data.com> wrote:
> Meridian Vault is $25 per TB per month under the FY2026 price book.

Last year's invoice showed $20 per TB. Has the price gone up, or is that a typo? Our board approved the budget on last year's number.

Thanks,
Lauren

Lauren Ortiz
VP, Information Technology
Brightwater Credit Union | NMLS #482917
1200 Harbor Blvd, Tacoma, WA 98402
(253) 555-0176
""",
  claims=[
      C(VAULT, "price_per_tb", money(25, "USD", "TB-month"), "conflict", "Meridian Vault is $25 per TB per month under the FY2026 price book.", quoted=True, office="us-hq"),
  ])

# ================================================================ 0016 (US corrects)
M(fn="0016", frm=PRIYA, to=[LAUREN], cc=[], date=datetime.datetime(2026, 9, 17, 10, 2, 31, tzinfo=tz(-7)),
  subject="Re: Brightwater CU - Meridian Vault renewal (term starting 11/1)", msgid="E81B4F2C-07A3-4D6E-9B15-C3F80A2D6E47@meridian-data.com",
  inreply="CAGp3sW8dN1uTq=Zk5mJ2xR7vB0yE4hL9cF6aQ1oP3tX8w@mail.gmail.com",
  style="apple", cte="quoted-printable", charset="utf-8", archive=True,
  body="""Hi Lauren,

A typo, and my apologies. Meridian Vault is $20 per TB per month, same as last year, and the 6% discount applies on top of that. I've corrected the quote in DocuSign.

See you Thursday.

""" + SIG_PRIYA,
  claims=[
      C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month, same as last year"),
  ])

# ================================================================ 0017 (London, HTML-only, table, Japanese subsidiary in UK)
M(fn="0017", frm=FIONA, to=[NAOKO], cc=[TOM], date=datetime.datetime(2026, 9, 21, 15, 48, 6, tzinfo=tz(1)),
  subject="Meridian Sync and Insight for Tamura Foods UK", msgid="c2e90f14-6a7d-4b38-b1c5-8f3e0d29a7c4@uk.meridian-data.com",
  style="html-only", cte="quoted-printable", charset="utf-8", archive=False,
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: Calibri, Arial, sans-serif; font-size: 11pt;">
<p>Dear Naoko,</p>
<p>Lovely to meet you and Mr Tamura at the Telford site on Friday. As promised, here is a summary of the two services we discussed.</p>
<table border="1" cellpadding="4" cellspacing="0">
<caption>Indicative pricing (all prices exclude VAT)</caption>
<tr><th>Service</th><th>Price</th><th>Notes</th></tr>
<tr><td>Meridian Sync</td><td>&pound;329 per month</td><td>up to 10,000 users</td></tr>
<tr><td>Meridian Insight (beta)</td><td>&pound;25 per user per month</td><td>30-day free trial</td></tr>
</table>
<p>On your question about the lab PCs: Meridian Sync doesn&#8217;t have a Linux client at the moment. It runs on Windows, macOS, iOS and Android.</p>
<p>Your colleagues in Japan may know the product under its old name, Meridian FileSync &#8211; it is the same service.</p>
<p>Your current plan covers 35 staff at Telford and 12 at the Leeds depot, so the pilot group of 47 fits comfortably.</p>
<p>Many thanks,<br>Fiona</p>
<p style="color:#666666; font-size:9pt;">Fiona McLeish | Customer Success Manager<br>Meridian Data UK Ltd | 30 Finsbury Square, London EC2A 1AG<br>+44 20 7946 0522<br>Registered in England and Wales No. 11843927</p>
</body></html>
""",
  claims=[
      C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "£329 per month"),
      C(SYNC, "max_users", 10000, "ok", "up to 10,000 users"),
      C(INSIGHT, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "£25 per user per month"),
      C(INSIGHT, "free_trial", dur(30, "days"), "ok", "30-day free trial"),
      C(SYNC, "supported_platforms", "Windows", "ok", "It runs on Windows, macOS, iOS and Android."),
      C(SYNC, "supported_platforms", "macOS", "ok", "It runs on Windows, macOS, iOS and Android."),
      C(SYNC, "supported_platforms", "iOS", "ok", "It runs on Windows, macOS, iOS and Android."),
      C(SYNC, "supported_platforms", "Android", "ok", "It runs on Windows, macOS, iOS and Android."),
  ],
  findings=[T(SYNC, "Meridian FileSync")])

# ================================================================ 0018 (customer reports a wrong certification)
M(fn="0018", frm=NAOKO, to=[FIONA], cc=[], date=datetime.datetime(2026, 9, 22, 11, 26, 58, tzinfo=tz(1)),
  subject="RE: Meridian Sync and Insight for Tamura Foods UK", msgid="LO2P265MB4417A09E3C5D21F78B06E4C9A1B3@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM",
  inreply="c2e90f14-6a7d-4b38-b1c5-8f3e0d29a7c4@uk.meridian-data.com",
  style="outlook", cte="quoted-printable", charset="utf-8", archive=False,
  body="""Dear Fiona,

Thank you for the summary, and for coming all the way to Telford.

Our parent company in Osaka has been told that Meridian Sync is ISMAP certified. Does that certification also cover a UK tenancy, or would we need our own assessment?

Mr Tamura would also like to know whether the 30-day Insight trial can start in October.

Kind regards,
Naoko Ellis
IT Coordinator
Tamura Foods (UK) Ltd
Unit 9, Hortonwood 30, Telford TF1 7YE
Tel: 01952 555 208
Registered in England No. 05539812
""",
  claims=[
      C(SYNC, "certifications", "ISMAP", "conflict", "Our parent company in Osaka has been told that Meridian Sync is ISMAP certified."),
  ])

# ================================================================ 0019 (US, Insight quote, overstated latency)
M(fn="0019", frm=DANA, to=[JAKE], cc=[], date=datetime.datetime(2026, 9, 24, 15, 37, 22, tzinfo=tz(-7)),
  subject="Meridian Insight for the merchandising team", msgid="SJ0PR11MB5823F92D4E1A07C3B58D62A0B2A09@SJ0PR11MB5823.namprd11.prod.outlook.com",
  style="outlook", cte="quoted-printable", charset="utf-8", archive=False,
  body="""Hi Jake,

Following up on the merchandising analytics conversation from the kickoff.

Meridian Insight is $30 per user per month. For the 45 analysts on your list, that comes to $1,350 a month before any multi-year discount.

Meridian Insight connects to more than 50 data sources out of the box, including NetSuite and Shopify, so your team won't need to export spreadsheets any more.

Meridian Insight queries return in under a second, even on the big sell-through tables.

Maria mentioned that a few laptops still have the legacy desktop client; the upgrade guide is at https://support.meridian-data.com/kb/MeridianFileSync-upgrade and takes about ten minutes per machine.

Let me know if you'd like me to hold a beta slot for October.

""" + SIG_DANA,
  claims=[
      C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month."),
      C(INSIGHT, "integrations", 50, "unverified", "Meridian Insight connects to more than 50 data sources out of the box"),
      C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight queries return in under a second, even on the big sell-through tables."),
  ])

# ================================================================ 0020 (US forwards RFP answers to London)
M(fn="0020", frm=MARCUS, to=[TOM], cc=[], date=datetime.datetime(2026, 9, 25, 9, 12, 47, tzinfo=tz(-7)),
  subject="Fwd: Pinecrest RFP #PMG-2026-114 - clarification answers (Meridian Vault)", msgid="CAD0bN4kR7uYt2=Qy3vNp8Ks_w6JtF2dA4hG9bU1pL7zX5e@mail.gmail.com",
  style="gmail", cte="7bit", charset="us-ascii", archive=False,
  body="""Tom - here's what I sent Pinecrest, as asked. Note Meridian Vault's SLA is 99.95%, not 99.99%; I saw the Halloran note go round.

Marcus

---------- Forwarded message ---------
From: Marcus Oyelaran <marcus.oyelaran@meridian-data.com>
Date: Mon, Sep 7, 2026 at 10:31 AM
Subject: Pinecrest RFP #PMG-2026-114 - clarification answers (Meridian Vault)
To: Rachel Okafor <rokafor@pinecrestmed.org>
Cc: Dana Whitfield <dana.whitfield@meridian-data.com>

Hi Rachel,

Q1. Meridian Vault has a 99.95% availability SLA, measured monthly.
Q2. Meridian Vault encrypts all backups at rest with AES-256; keys are rotated every 90 days by our KMS.
Q3. Meridian Vault stores up to 500 TB per tenant.
Q4. We will sign your BAA, and Meridian Vault is HIPAA compliant.

Thanks,
Marcus
""",
  claims=[
      C(VAULT, "sla", 99.95, "ok", "Note Meridian Vault's SLA is 99.95%, not 99.99%"),
      C(VAULT, "sla", 99.95, "ok", "Meridian Vault has a 99.95% availability SLA, measured monthly.", quoted=True, office="us-hq"),
      C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256", quoted=True, office="us-hq"),
      C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant.", quoted=True, office="us-hq"),
      C(VAULT, "certifications", "HIPAA", "unverified", "We will sign your BAA, and Meridian Vault is HIPAA compliant.", quoted=True, office="us-hq"),
  ])

# ================================================================ 0021 (London corrects the SLA)
M(fn="0021", frm=TOM, to=[HARRIET], cc=[], date=datetime.datetime(2026, 9, 28, 10, 5, 14, tzinfo=tz(1)),
  subject="Meridian Vault - correction and formal quotation", msgid="e7b3a5c8-1f06-4d92-8a4e-5c2b9d0f3e71@uk.meridian-data.com",
  style="thunderbird", cte="quoted-printable", charset="utf-8", archive=True,
  body="""Dear Harriet,

Please find the formal quotation attached (ref. Q-UK-2026-0917).

One correction to my note of 4 September: the availability SLA for Meridian Vault is 99.95%, not the figure I gave you. The quotation and the service description both reflect this. I'm sorry for the confusion.

Everything else in my earlier note stands. The quotation is valid for 30 days; if the partners approve it at the October meeting we can have the first backups running within a fortnight.

""" + SIG_TOM,
  claims=[
      C(VAULT, "sla", 99.95, "ok", "the availability SLA for Meridian Vault is 99.95%, not the figure I gave you."),
  ])

# ================================================================ 0022 (Outlook .msg saved as .eml: unreadable)
M(fn="0022", raw="msg-binary", archive=False, date=None, msgid=None,
  why="not an RFC 5322 message: an Outlook .msg (OLE compound file) saved with an .eml name",
  claims=[])

# ================================================================ 0023 (US SE, Sync migration note with phrases)
M(fn="0023", frm=MARCUS, to=[RACHEL], cc=[DANA], date=datetime.datetime(2026, 9, 30, 14, 44, 9, tzinfo=tz(-7)),
  subject="File shares migration plan - Pinecrest", msgid="CAD0bN4kR7uYt2=Rz6wPq1Lt_x9KuG5eB7iH2cV4qM0aY8f@mail.gmail.com",
  style="gmail", cte="quoted-printable", charset="utf-8", archive=False, html=True,
  body="""Hi Rachel,

Attached is the draft migration plan for the clinic file shares. Headlines:

- We'll move the three clinics' shares across over the weekend of Oct 17-18 with zero downtime for your clinicians.
- Meridian Sync comes with a 99.9% uptime SLA, the same schedule as the Vault contract.
- Meridian Sync keeps unlimited version history, so nobody loses an edit during the cut-over.
- Roughly 310 users will move in wave one and the remaining 180 in wave two.

Dana will follow up on the commercial side. Shout if anything in the plan doesn't fit the clinics' schedule.

Thanks,
""" + SIG_MARCUS,
  claims=[
      C(SYNC, "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA, the same schedule as the Vault contract."),
  ],
  findings=[P("en.guarantee", "with zero downtime for your clinicians"),
            P("en.unlimited", "Meridian Sync keeps unlimited version history")])


# ================================================================ documents
DOCS = []


def D(path, text, claims=(), findings=()):
    DOCS.append({"path": path, "text": text, "claims": list(claims), "findings": list(findings)})


PINECREST_MD = """# Proposal: Meridian Vault for Pinecrest Medical Group

Prepared for: Rachel Okafor, Director of IT, Pinecrest Medical Group
Prepared by: Marcus Oyelaran and Dana Whitfield, Meridian Data Inc.
Reference: RFP #PMG-2026-114 | Version 2 | November 2026

## 1. Summary

Pinecrest runs three clinics and a billing office on a mix of on-premises file servers and a
hosted EHR. This proposal covers backup and recovery of the file servers and the
practice-management database with Meridian Vault, replacing the tape rotation at the Eastside clinic.

Meridian Vault's restore times are industry-leading[1], and the recovery objectives below are
written into the service description.

## 2. Service at a glance

| Item | Meridian Vault |
|---|---|
| Recovery point objective (RPO) | 15 minutes |
| Default retention | 90 days |
| Availability SLA | 99.95% |
| Hosting | Oregon data center (primary), Frankfurt (secondary) |
| Encryption at rest | AES-256 |
| Price | $20 per TB per month |

## 3. Sizing and commercials

Protected volume in year one, from your inventory: 120 TB, growing to about 150 TB by 2028.
Term: 36 months from the go-live date. Payment: annually in advance, net 30.
The multi-year discount of 7% applies to the whole term.

## 4. Timeline

| Week | Activity |
|---|---|
| 1 | Kick-off, agent rollout to the 14 servers |
| 2-3 | Initial seeding over the clinics' 1 Gbps links |
| 4 | Restore test with your team, sign-off |

[1] Source: Halden Research, Backup Restore Benchmark, Q2 2026.
"""
D("docs/us-hq/pinecrest-vault-proposal.md", PINECREST_MD, claims=[
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "| Recovery point objective (RPO) | 15 minutes |"),
    C(VAULT, "retention", dur(90, "days"), "ok", "| Default retention | 90 days |"),
    C(VAULT, "sla", 99.95, "ok", "| Availability SLA | 99.95% |"),
    C(VAULT, "data_centers", "Oregon", "ok", "| Hosting | Oregon data center (primary), Frankfurt (secondary) |"),
    C(VAULT, "data_centers", "Frankfurt", "ok", "| Hosting | Oregon data center (primary), Frankfurt (secondary) |"),
    C(VAULT, "encryption", "AES-256", "ok", "| Encryption at rest | AES-256 |"),
    C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "| Price | $20 per TB per month |"),
])

CASCADIA_MD = """# Cascadia Outdoor Supply — RFP response: file sync and share

Meridian Data Inc. | Response to RFP CAS-IT-2026-07 | Submitted by Dana Whitfield

Meridian Sync is the #1 choice for mid-market retailers moving off on-premises file servers.

<!-- onevoice-disable-next-line -->
Meridian Sync is the number one platform our retail customers recommend to their peers.

## Requirements matrix

| # | Requirement | Meridian response |
|---|---|---|
| 3.1 | Must support at least 1,500 named users | Meridian Sync supports up to 10,000 users per organization. |
| 3.2 | Offline editing for field sales | Meridian Sync does not offer an offline mode; field staff need a connection to sync. |
| 3.3 | Clients for staff laptops, phones and the warehouse kiosks (Linux) | No Linux client. Meridian Sync runs on Windows, macOS, iOS and Android. |
| 3.4 | Uptime SLA of 99.9% or better | Meridian Sync: 99.9% uptime SLA, with service credits. |
| 3.5 | Security certifications | Meridian Sync holds ISO 27001 and SOC 2 Type II. |
| 3.6 | Large CAD and video files | Meridian Sync accepts files up to 250 GB each. |
| 3.7 | Analytics roadmap | Meridian Insight is in beta and will be generally available in January 2027. |

## Commercials

Pricing for 1,400 users on a three-year term is in the separate price schedule (Appendix C).
"""
D("docs/us-hq/cascadia-rfp-response.md", CASCADIA_MD, claims=[
    C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization."),
    C(SYNC, "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode; field staff need a connection to sync."),
    C(SYNC, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(SYNC, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(SYNC, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(SYNC, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
    C(SYNC, "sla", 99.9, "ok", "Meridian Sync: 99.9% uptime SLA, with service credits."),
    C(SYNC, "certifications", "ISO 27001", "ok", "Meridian Sync holds ISO 27001 and SOC 2 Type II."),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "Meridian Sync holds ISO 27001 and SOC 2 Type II."),
    C(SYNC, "max_file_size", 250 * GB, "unverified", "Meridian Sync accepts files up to 250 GB each."),
    C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight is in beta and will be generally available in January 2027."),
], findings=[P("en.superlative", "Meridian Sync is the #1 choice for mid-market retailers")])

NORTHGATE_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Meridian Sync renewal — Northgate Housing Association</title></head>
<body>
<h1>Meridian Sync renewal — Northgate Housing Association</h1>
<p>Prepared by Fiona McLeish, Customer Success Manager, Meridian Data UK Ltd, for Gareth Price, Head of ICT.
Renewal term: 1 October 2026 to 30 September 2029.</p>

<h2>What changes at renewal</h2>
<p>Until March 2026 the Meridian Sync limit was 5,000 users per organisation; it is now 10,000.
Northgate's 760 staff, including the repairs team joining this autumn, are well within it.</p>

<table>
<caption>Meridian Sync: service summary (prices exclude VAT)</caption>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Maximum users</td><td>10,000 per organisation</td></tr>
<tr><td>Storage</td><td>1 TB per user</td></tr>
<tr><td>Uptime SLA</td><td>99.9%</td></tr>
<tr><td>Monthly subscription</td><td>&pound;329</td></tr>
<tr><td>Certifications</td><td>ISO 27001, SOC 2 Type II</td></tr>
</table>

<h2>Optional: Meridian Insight</h2>
<p>Meridian Insight is <del>&pound;20</del> &pound;25 per user per month and will be generally available in January 2027.</p>
<p>Meridian Insight queries return within 2 seconds on housing-register sized data sets.</p>

<p>Registered office: Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG. Company no. 11843927.</p>
</body>
</html>
"""
D("docs/london/northgate-sync-renewal.html", NORTHGATE_HTML, claims=[
    C(SYNC, "max_users", 5000, "ok", "Until March 2026 the Meridian Sync limit was 5,000 users per organisation; it is now 10,000."),
    C(SYNC, "max_users", 10000, "ok", "Until March 2026 the Meridian Sync limit was 5,000 users per organisation; it is now 10,000."),
    C(SYNC, "storage_per_user", 1 * TB, "ok", "1 TB per user"),
    C(SYNC, "sla", 99.9, "ok", "99.9%"),
    C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "£329"),
    C(SYNC, "certifications", "ISO 27001", "ok", "ISO 27001, SOC 2 Type II"),
    C(SYNC, "certifications", "SOC 2 Type II", "ok", "ISO 27001, SOC 2 Type II"),
    C(INSIGHT, "per_user_price", money(25, "GBP", "user-month"), "ok", "per user per month and will be generally available in January 2027."),
    C(INSIGHT, "general_availability", "2027-01", "ok", "per user per month and will be generally available in January 2027."),
    C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries return within 2 seconds on housing-register sized data sets."),
])

HALLORAN_TXT = """MERIDIAN DATA UK LTD
QUOTATION Q-UK-2026-0917

Customer:     Halloran & Pike LLP, 9 Bedford Row, London WC1R 4BU
Contact:      Harriet Vance, Practice Director
Prepared by:  Tom Ashworth, Account Manager
Date:         28 September 2026
Valid until:  28 October 2026

SERVICE: MERIDIAN VAULT (MANAGED BACKUP AND RECOVERY)

  Meridian Vault storage, per TB per month ........ GBP 16.00 (excl. VAT)
  Estimated protected volume .................... 40 TB
  Indicative total for 40 TB .................... GBP 640.00 excl. VAT
  Term .......................................... 36 months

SERVICE TERMS

  - Meridian Vault availability SLA: 99.95%.
  - Meridian Vault recovery point objective (RPO): 15 minutes.
  - Meridian Vault default retention: 90 days; closed matters can run on a custom policy.
  - Meridian Vault stores your backups in our London and Frankfurt data centres.
  - Onboarding: two weeks from signature, including one supervised restore test.

Payment terms: quarterly in advance, 30 days from invoice.
Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG. Registered in England and Wales
No. 11843927. VAT GB 293 4417 08.
"""
D("docs/london/halloran-vault-quote.txt", HALLORAN_TXT, claims=[
    C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault storage, per TB per month ........ GBP 16.00 (excl. VAT)"),
    C(VAULT, "sla", 99.95, "ok", "Meridian Vault availability SLA: 99.95%."),
    C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault recovery point objective (RPO): 15 minutes."),
    C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault default retention: 90 days"),
    C(VAULT, "data_centers", "London", "conflict", "Meridian Vault stores your backups in our London and Frankfurt data centres."),
    C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault stores your backups in our London and Frankfurt data centres."),
])

# a draft: ignored by .onevoice.yaml, so no labels (it holds a wrong price on purpose)
DRAFT_MD = """# DRAFT - Brightwater CU renewal summary (do not send)

Meridian Vault is $25 per TB per month. Check with Priya before this goes out.
"""

ONEVOICE_YAML = """# onevoice configuration for evaluation set 40 (SPEC section 6).
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


# ================================================================ building
def fmt_addr(p):
    return str(Address(p[0], addr_spec=p[1]))


def to_html(text):
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                       + "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines) + "</blockquote>")
        else:
            out.append("<div>" + "<br>\n".join(html.escape(l) for l in lines) + "</div>")
    return "<div dir=\"ltr\">" + "\n<div><br></div>\n".join(out) + "</div>\n"


MAILERS = {
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Thread-Topic", None), ("Content-Language", "en-US")],
    "gmail": [],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.500.11)")],
    "plain": [("X-Mailer", "Mew version 6.9 on Emacs 29.4")],
    "html-only": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")],
}


def build(m):
    if m.get("raw") == "msg-binary":
        head = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900060000000000")
        filler = bytes((i * 37 + 11) % 256 for i in range(1500))
        return head + filler + "__substg1.0_0037001F".encode("utf-16-le") + bytes(200)
    msg = EmailMessage(policy=_policy.SMTP if m["style"] in ("outlook", "html-only") else _policy.default)
    msg["From"] = fmt_addr(m["frm"])
    msg["To"] = ", ".join(fmt_addr(p) for p in m["to"])
    if m.get("cc"):
        msg["Cc"] = ", ".join(fmt_addr(p) for p in m["cc"])
    msg["Subject"] = m["subject"]
    if m["style"] in ("outlook", "html-only"):
        msg["Thread-Topic"] = re.sub(r"^(RE|Re|Fwd): ", "", m["subject"])
        msg["Thread-Index"] = "AdsK" + re.sub(r"[^A-Za-z0-9]", "", m["msgid"])[:24] + "=="
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = "<%s>" % m["msgid"]
    if m.get("inreply"):
        msg["In-Reply-To"] = "<%s>" % m["inreply"]
        msg["References"] = "<%s>" % m["inreply"]
    for k, v in MAILERS[m["style"]]:
        if v is not None and v != "":
            msg[k] = v
    msg["MIME-Version"] = "1.0"
    if m["style"] == "html-only":
        msg.set_content(m["html_body"], subtype="html", charset=m["charset"], cte=m["cte"])
    else:
        body = m["body"]
        cs = m["charset"]
        if cs == "us-ascii":
            body.encode("ascii")
        msg.set_content(body, charset=cs, cte=m["cte"])
        if m.get("html"):
            msg.add_alternative(to_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
    raw = msg.as_bytes()
    return raw


def decoded_text(m):
    if m.get("raw"):
        return ""
    if m["style"] == "html-only":
        t = re.sub(r"<[^>]+>", "", m["html_body"])
        return html.unescape(t)
    return m["body"]


def mboxrd(entries):
    out = []
    for frm, date, raw in entries:
        text = raw.replace(b"\r\n", b"\n")
        lines = text.split(b"\n")
        if lines and lines[-1] == b"":
            lines = lines[:-1]
        esc = [b">" + l if re.match(rb"^>*From ", l) else l for l in lines]
        d = date.astimezone(datetime.timezone.utc)
        out.append(("From %s %s%2d %s\n" % (frm, d.strftime("%a %b "), d.day, d.strftime("%H:%M:%S %Y"))).encode()
                   + b"\n".join(esc) + b"\n\n")
    return b"".join(out)


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    records, archive, problems = [], [], []
    for m in MESSAGES:
        raw = build(m)
        path = "mail/%s.eml" % m["fn"]
        with open(os.path.join(ROOT, path), "wb") as fh:
            fh.write(raw)
        if m.get("raw"):
            records.append({"type": "finding", "file": path, "message_id": None, "kind": "unreadable",
                            "rule": None, "product": None, "quoted": False, "text": m["why"]})
            continue
        text = decoded_text(m)
        as_of = m["date"].strftime("%Y-%m-%d")
        sender_office = office_of(m["frm"][1])
        files = [path] + (["mail/archive.mbox"] if m.get("archive") else [])
        for f in files:
            for c in m["claims"]:
                if c["text"] not in text:
                    problems.append("%s: excerpt not in text: %r" % (path, c["text"]))
                r = {"type": "claim", "file": f, "message_id": m["msgid"], "product": c["product"],
                     "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                     "quoted": c["quoted"], "office": c["office"] or sender_office, "as_of": as_of,
                     "text": c["text"]}
                records.append(r)
            for x in m.get("findings", []):
                if x["text"] not in text:
                    problems.append("%s: excerpt not in text: %r" % (path, x["text"]))
                records.append({"type": "finding", "file": f, "message_id": m["msgid"], "kind": x["kind"],
                                "rule": x["rule"], "product": x["product"], "quoted": x["quoted"], "text": x["text"]})
        if m.get("archive"):
            archive.append((m["frm"][1], m["date"], raw, m))
    # documents
    for d in DOCS:
        full = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(d["text"])
        vis = html.unescape(re.sub(r"<[^>]+>", "", d["text"])) if d["path"].endswith(".html") else d["text"]
        office = d["path"].split("/")[1]
        for c in d["claims"]:
            if c["text"] not in vis:
                problems.append("%s: excerpt not in text: %r" % (d["path"], c["text"]))
            records.append({"type": "claim", "file": d["path"], "message_id": None, "product": c["product"],
                            "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                            "quoted": False, "office": c["office"] or office, "as_of": DOC_AS_OF, "text": c["text"]})
        for x in d["findings"]:
            if x["text"] not in vis:
                problems.append("%s: excerpt not in text: %r" % (d["path"], x["text"]))
            records.append({"type": "finding", "file": d["path"], "message_id": None, "kind": x["kind"],
                            "rule": x["rule"], "product": x["product"], "quoted": False, "text": x["text"]})
    os.makedirs(os.path.join(ROOT, "docs/us-hq/drafts"), exist_ok=True)
    with open(os.path.join(ROOT, "docs/us-hq/drafts/brightwater-renewal-draft.md"), "w", encoding="utf-8") as fh:
        fh.write(DRAFT_MD)
    # archive, date order
    archive.sort(key=lambda e: e[1])
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        fh.write(mboxrd([(a, d, r) for a, d, r, _ in archive]))
    # cross-office, computed from the archived messages' labelled claims
    records += cross_office(archive)
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w") as fh:
        fh.write(ONEVOICE_YAML)
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if problems:
        raise SystemExit("\n".join(problems))
    print("wrote %d messages (%d archived), %d documents, %d expected lines"
          % (len(MESSAGES), len(archive), len(DOCS), len(records)))


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def vkey(v):
    if isinstance(v, dict) and "currency" in v:
        return ("money", v["amount"], v["currency"], v["per"])
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]])
    return ("v", v)


def cross_office(archive):
    obs = []        # (product, attribute, office, date, vkey, value, verdict, file)
    for _, date, _, m in archive:
        for c in m["claims"]:
            office = c["office"] or office_of(m["frm"][1])
            if office == "unknown" or c["attribute"] in SET_ATTRS:
                continue
            obs.append((c["product"], c["attribute"], office, date, vkey(c["value"]), c["value"], c["verdict"],
                        "mail/%s.eml" % m["fn"]))
    found = {}
    for i, a in enumerate(obs):
        for b in obs[i + 1:]:
            if a[:2] != b[:2] or a[2] == b[2] or abs((a[3] - b[3]).days) > 45:
                continue
            ka, kb = a[4], b[4]
            if ka[0] == "money" and ka[2:] != kb[2:]:
                continue
            if ka == kb or (a[6] == "ok" and b[6] == "ok"):
                continue
            if a[6] == "office-variant" or b[6] == "office-variant":
                continue
            key = (a[0], a[1], tuple(sorted((a[2], b[2]))))
            e = found.setdefault(key, {"files": set(), "values": {}})
            e["files"].update([a[7], b[7]])
            for o in (a, b):
                e["values"].setdefault(o[2], o[5])
                if o[6] != "ok":
                    e["values"][o[2]] = o[5]
    out = []
    for (p, at, offs), e in sorted(found.items()):
        out.append({"type": "cross-office", "product": p, "attribute": at, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": sorted(e["files"]), "values": e["values"]})
    return out


if __name__ == "__main__":
    main()
