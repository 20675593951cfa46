#!/usr/bin/env python3
"""Generate evaluation set 14 (English proposals, US HQ and London) deterministically.

    python3 gen/generate.py          # writes mail/, docs/, .onevoice.yaml, expected.jsonl, README.md

Stdlib only. Checks that every `text` excerpt is in the decoded text of its file,
and computes the cross-office lines from the claims of the messages in the archive.
"""
import email, email.policy, json, os, quopri, shutil, sys
from datetime import date, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"

US, UK = "us-hq", "london"
SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"


def dur(a, u):
    return {"amount": a, "unit": u}


def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}


TB = 10 ** 12


def C(product, attribute, value, verdict, text, office=None, quoted=False):
    return dict(product=product, attribute=attribute, value=value, verdict=verdict,
                text=text, office=office, quoted=quoted)


def PH(rule, text, quoted=False):
    return dict(kind="phrase", rule=rule, product=None, quoted=quoted, text=text)


def TERM(product, text, quoted=False):
    return dict(kind="terminology", rule=None, product=product, quoted=quoted, text=text)


# ------------------------------------------------------------------ mail
DANA = "Dana Reyes <dana.reyes@meridian-data.com>"
MARCUS = "Marcus Lee <marcus.lee@meridian-data.com>"
OLIVER = "Oliver Grant <oliver.grant@uk.meridian-data.com>"
AMELIA = "Amelia Clarke <amelia.clarke@uk.meridian-data.com>"

MAILS = [
    dict(n="0001", date="Tue, 08 Sep 2026 09:14:00 -0700", frm=DANA, office=US,
         to="Tom Baker <tom.baker@acme-logistics.com>", subject="Meridian Vault overview",
         mid="20260908161400.a1f3@meridian-data.com", archive=True,
         body="""Hi Tom,

Thanks for the call. As promised, a quick summary of Meridian Vault.

Meridian Vault gives you a recovery point objective of 15 minutes, so at most a quarter of an hour of changes is at risk.
Backups are kept for 90 days by default, and Meridian Vault storage is billed at $20/TB/mo.
Meridian Vault would host your data in our Oregon and Frankfurt data centers.

Best regards,
Dana Reyes
Solutions Engineer, Meridian Data
+1 415 555 0100
""",
         claims=[
             C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault gives you a recovery point objective of 15 minutes"),
             C(VAULT, "retention", dur(90, "days"), "ok", "Backups are kept for 90 days by default, and Meridian Vault storage"),
             C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault storage is billed at $20/TB/mo"),
             C(VAULT, "data_centers", "Oregon", "ok", "Meridian Vault would host your data in our Oregon and Frankfurt data centers."),
             C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault would host your data in our Oregon and Frankfurt data centers."),
         ], findings=[]),
    dict(n="0002", date="Mon, 21 Sep 2026 11:02:00 +0100", frm=OLIVER, office=UK,
         to="Fiona Hale <fiona.hale@harbour-bs.co.uk>", subject="Meridian Vault for Harbour",
         mid="20260921100200.7c2e@uk.meridian-data.com", archive=True,
         body="""Dear Fiona,

Following our meeting, Meridian Vault keeps your data-loss window to 1 hr at most, and restores are simple to run.
Meridian Vault is GBP 16 per TB monthly for UK contracts.

Kind regards,
Oliver Grant
Meridian Data UK
""",
         claims=[
             C(VAULT, "rpo", dur(1, "hours"), "conflict", "Meridian Vault keeps your data-loss window to 1 hr at most"),
             C(VAULT, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is GBP 16 per TB monthly for UK contracts."),
         ], findings=[]),
    dict(n="0003", date="Fri, 02 Oct 2026 08:40:00 -0700", frm=DANA, office=US,
         to="Tom Baker <tom.baker@acme-logistics.com>", subject="Re: Meridian Vault capacity",
         mid="20261002154000.b8d1@meridian-data.com", archive=True,
         body="""Hi Tom,

Meridian Vault scales to 500 TB per tenant, so your growth is covered, and it is backed by a 99.95% availability SLA.

Best,
Dana

On Tue, 29 Sep 2026 at 10:12, Tom Baker <tom.baker@acme-logistics.com> wrote:
> Hi Dana,
> We need at least 300 TB of backup capacity over the next three years.
> Does Meridian Vault scale to 1 PB per tenant?
> Thanks, Tom
""",
         claims=[
             C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault scales to 500 TB per tenant"),
             C(VAULT, "sla", 99.95, "ok", "it is backed by a 99.95% availability SLA"),
         ], findings=[]),
    dict(n="0004", date="Thu, 15 Oct 2026 14:25:00 +0100", frm=AMELIA, office=UK,
         to="James Holt <james.holt@northgate-finance.co.uk>", subject="Meridian Insight beta",
         mid="20261015132500.4e9a@uk.meridian-data.com", archive=True, qp=True,
         body="""Hello James,

Meridian Insight is our industry-leading analytics service for finance teams.
Meridian Insight is £25 per user per month once it is generally available in January 2027, and there is a 30-day free trial.
Typical dashboards load in under 2 seconds with Meridian Insight.

Kind regards,
Amelia Clarke
Meridian Data UK
""",
         claims=[
             C(INSIGHT, "per_user_price", money(25, "GBP", "user-month"), "ok", "Meridian Insight is £25 per user per month"),
             C(INSIGHT, "general_availability", "2027-01", "ok", "once it is generally available in January 2027"),
             C(INSIGHT, "free_trial", dur(30, "days"), "ok", "there is a 30-day free trial"),
             C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Typical dashboards load in under 2 seconds with Meridian Insight."),
         ], findings=[PH("en.superlative", "Meridian Insight is our industry-leading analytics service for finance teams.")]),
    dict(n="0005", date="Tue, 20 Oct 2026 10:05:00 -0700", frm=MARCUS, office=US,
         to="Sofia Marin <sofia.marin@globex.example>", subject="Meridian Sync for Globex",
         mid="20261020170500.c3a7@meridian-data.com", archive=False,
         body="""Hi Sofia,

Meridian Sync (formerly Meridian FileSync) is $399 per month for the whole company.
Until March 2026 Meridian Sync was capped at 5,000 users; since April 2026 a Meridian Sync tenant supports up to 10,000 users.
Meridian Sync is ISO 27001 certified and we can share the SOC 2 Type II report under NDA.
Meridian Sync also runs on Linux desktops.

Thanks,
Marcus Lee
Account Executive, Meridian Data
""",
         claims=[
             C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "is $399 per month for the whole company"),
             C(SYNC, "max_users", 5000, "ok", "Until March 2026 Meridian Sync was capped at 5,000 users"),
             C(SYNC, "max_users", 10000, "ok", "since April 2026 a Meridian Sync tenant supports up to 10,000 users"),
             C(SYNC, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified"),
             C(SYNC, "certifications", "SOC 2 Type II", "ok", "we can share the SOC 2 Type II report under NDA"),
             C(SYNC, "supported_platforms", "Linux", "conflict", "Meridian Sync also runs on Linux desktops."),
         ], findings=[TERM(SYNC, "Meridian Sync (formerly Meridian FileSync)")]),
    dict(n="0006", date="Wed, 28 Oct 2026 09:30:00 +0000", frm=OLIVER, office=UK,
         to="Fiona Hale <fiona.hale@harbour-bs.co.uk>", subject="RE: Meridian Vault pricing",
         mid="20261028093000.19bf@uk.meridian-data.com", archive=True,
         body="""Dear Fiona,

For a UK contract, Meridian Vault is £16 per TB per month; the US figure below is for American customers.

Kind regards,
Oliver

-----Original Message-----
From: Dana Reyes <dana.reyes@meridian-data.com>
Sent: Monday, October 26, 2026 4:05 PM
To: Oliver Grant <oliver.grant@uk.meridian-data.com>
Subject: Meridian Vault pricing

Oliver, for your Harbour deal: Meridian Vault is $20 per TB per month on the US price book, and Meridian Vault keeps backups for 90 days by default.

Dana
""",
         claims=[
             C(VAULT, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month"),
             C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month on the US price book", office=US, quoted=True),
             C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default.", office=US, quoted=True),
         ], findings=[]),
    dict(n="0007", date="Thu, 05 Nov 2026 16:45:00 -0800", frm=MARCUS, office=US,
         to="Ken Ortiz <ken.ortiz@brightwell.example>", subject="Meridian Insight pilot",
         mid="20261106004500.5d20@meridian-data.com", archive=False, html=True,
         body="""Hi Ken,

Meridian Insight is $30 per user per month, and each workspace holds up to 200 dashboards.
Meridian Insight queries return in under 1 second, guaranteed.
Meridian Insight also comes with a 99.9% uptime SLA.

Thanks,
Marcus
""",
         claims=[
             C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month"),
             C(INSIGHT, "max_dashboards", 200, "ok", "each workspace holds up to 200 dashboards"),
             C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight queries return in under 1 second, guaranteed."),
             C(INSIGHT, "sla", 99.9, "unverified", "Meridian Insight also comes with a 99.9% uptime SLA."),
         ], findings=[PH("en.guarantee", "Meridian Insight queries return in under 1 second, guaranteed.")]),
    dict(n="0008", date="Thu, 12 Nov 2026 10:20:00 +0000", frm=AMELIA, office=UK,
         to="Priya Shah <priya.shah@contoso-retail.co.uk>", subject="Fwd: Meridian Sync questions",
         mid="20261112102000.e611@uk.meridian-data.com", archive=False,
         body="""Hi Priya,

Thanks for your note, forwarded below for my colleagues. To correct it: Meridian Sync does not support offline mode, and Meridian Sync is £329 per month.

Amelia

---------- Forwarded message ---------
From: Priya Shah <priya.shah@contoso-retail.co.uk>
Date: Tue, 10 Nov 2026 at 09:30
Subject: Meridian Sync questions
To: Amelia Clarke <amelia.clarke@uk.meridian-data.com>

Hi Amelia,
Meridian Sync supports offline mode, which is why our field teams shortlisted it.
Our 120 store managers would each need a licence.
Regards, Priya
""",
         claims=[
             C(SYNC, "offline_mode", False, "ok", "Meridian Sync does not support offline mode"),
             C(SYNC, "monthly_price", money(329, "GBP", "month"), "ok", "Meridian Sync is £329 per month."),
             C(SYNC, "offline_mode", True, "conflict", "Meridian Sync supports offline mode, which is why our field teams shortlisted it.", office="unknown", quoted=True),
         ], findings=[]),
]

# ------------------------------------------------------------------ documents
DOCS = [
    dict(path="docs/us-hq/proposal-acme-vault.md", office=US, body="""# Proposal for Acme Logistics: backup and recovery

Prepared by Dana Reyes, Meridian Data (San Francisco), November 2026.

## 1. Executive summary

Acme Logistics asked us to replace its tape rotation. Acme today protects about 180 TB across 14 warehouses and employs roughly 2,400 people.

We propose Meridian Vault, which gives you a 15-minute RPO [1] and keeps every backup for a 90-day default retention period, so a bad change on a Friday can still be undone weeks later. Pricing is simple: Meridian Vault storage is $20/TB/mo, with no per-server fees.

> **Key facts — Meridian Vault**
>
> - Recovery point objective: 15 mins
> - Default retention: 90 days
> - Capacity: up to 500 TB/tenant
> - Availability SLA: 99.95%
> - Data centers: Oregon and Frankfurt

## 3. Requirements and responses

3.1 Encryption

Requirement: all backups encrypted at rest.

Response: Meridian Vault encrypts every backup at rest with 256-bit AES.

3.2 Recovery objectives

Requirement: RPO of 30 minutes or better; RTO of 8 hours or better.

Response: Meridian Vault meets the RPO requirement. After a full site failure, Meridian Vault is typically back online within 6 hrs.

3.3 Commercials

Response: Unlike BrightBackup, which charges per protected server, Meridian Vault is billed per terabyte only.

---

[1] Source: Meridian Vault Service Description, recovery objectives section.
""", claims=[
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "We propose Meridian Vault, which gives you a 15-minute RPO [1]"),
        C(VAULT, "retention", dur(90, "days"), "ok", "keeps every backup for a 90-day default retention period"),
        C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault storage is $20/TB/mo"),
        C(VAULT, "max_storage", 500 * TB, "ok", "Capacity: up to 500 TB/tenant"),
        C(VAULT, "sla", 99.95, "ok", "Availability SLA: 99.95%"),
        C(VAULT, "data_centers", "Oregon", "ok", "Data centers: Oregon and Frankfurt"),
        C(VAULT, "data_centers", "Frankfurt", "ok", "Data centers: Oregon and Frankfurt"),
        C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with 256-bit AES."),
        C(VAULT, "rto", dur(6, "hours"), "unverified", "Meridian Vault is typically back online within 6 hrs."),
    ], findings=[]),
    dict(path="docs/us-hq/rfp-northwind-vault.txt", office=US, body="""NORTHWIND HEALTH - RFP 2026-117 - RESPONSE OF MERIDIAN DATA INC.
Product offered: Meridian Vault

SECTION 4 - TECHNICAL REQUIREMENTS

Northwind currently holds 120 TB of backup data in two hospitals.

4.1 Recovery point
Requirement: The solution must lose no more than 60 minutes of data.
Response: Compliant. Meridian Vault's recovery point objective is 15 minutes; in practice most tenants see far less.

4.2 Recovery time
Requirement: Restore of critical systems within 4 hours.
Response: Compliant. With Meridian Vault, critical systems are restored within 2 hrs in our reference tests.

4.3 Retention
Response: Meridian Vault retains backups for 30 days by default; longer retention is available as an option.

4.4 Compliance
Response: Meridian Vault is SOC 2 Type II audited and HIPAA compliant.

4.5 Hosting
Response: Meridian Vault stores Northwind data in our Oregon data center, with a replica in Virginia.

4.6 Availability
Response: Meridian Vault carries a 99.95% uptime SLA.

4.7 Pricing
Response: Meridian Vault is priced at USD 20/TB/month.
""", claims=[
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's recovery point objective is 15 minutes"),
        C(VAULT, "rto", dur(2, "hours"), "unverified", "With Meridian Vault, critical systems are restored within 2 hrs"),
        C(VAULT, "retention", dur(30, "days"), "conflict", "Meridian Vault retains backups for 30 days by default"),
        C(VAULT, "certifications", "SOC 2 Type II", "unverified", "Meridian Vault is SOC 2 Type II audited and HIPAA compliant."),
        C(VAULT, "certifications", "HIPAA", "unverified", "Meridian Vault is SOC 2 Type II audited and HIPAA compliant."),
        C(VAULT, "data_centers", "Oregon", "ok", "Meridian Vault stores Northwind data in our Oregon data center, with a replica in Virginia."),
        C(VAULT, "data_centers", "Virginia", "conflict", "Meridian Vault stores Northwind data in our Oregon data center, with a replica in Virginia."),
        C(VAULT, "sla", 99.95, "ok", "Meridian Vault carries a 99.95% uptime SLA."),
        C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is priced at USD 20/TB/month."),
    ], findings=[]),
    dict(path="docs/us-hq/onepager-sync.md", office=US, body="""# Meridian Sync at a glance

Meridian Sync is the industry-leading file sync service for regulated teams.

- Meridian Sync supports up to 5,000 users on a single tenant.
- Every user gets 1 TB of storage.
- Uptime SLA: 99.9%.
- $399 per month for the whole team.

Talk to your account executive about a pilot.
""", claims=[
        C(SYNC, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users on a single tenant."),
        C(SYNC, "storage_per_user", 1 * TB, "ok", "Every user gets 1 TB of storage."),
        C(SYNC, "sla", 99.9, "ok", "Uptime SLA: 99.9%."),
        C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "$399 per month for the whole team."),
    ], findings=[PH("en.superlative", "Meridian Sync is the industry-leading file sync service for regulated teams.")]),
    dict(path="docs/us-hq/faq-insight.md", office=US, body="""# Meridian Insight — frequently asked questions

**Is Meridian Insight generally available?**
Not yet. Meridian Insight is in beta today and will be generally available in January 2027.

**How fast are queries?**
Meridian Insight typically returns queries within 2 seconds.

**Is there a free trial?**
Yes. Meridian Insight comes with a 14-day free trial, no credit card needed.

**How many dashboards can we build?**
Meridian Insight supports up to 200 dashboards per workspace.

**What does it cost?**
Meridian Insight is $30 per user per month.

**Which connectors are included?**
Meridian Insight includes 40+ pre-built connectors.
""", claims=[
        C(INSIGHT, "general_availability", "2027-01", "ok", "will be generally available in January 2027"),
        C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight typically returns queries within 2 seconds."),
        C(INSIGHT, "free_trial", dur(14, "days"), "conflict", "Meridian Insight comes with a 14-day free trial"),
        C(INSIGHT, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
        C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month."),
        C(INSIGHT, "integrations", 40, "unverified", "Meridian Insight includes 40+ pre-built connectors."),
    ], findings=[]),
    dict(path="docs/us-hq/proposal-globex-sync.md", office=US, body="""# Globex Corporation: file collaboration proposal

## Executive summary

Globex has 6,500 employees in 9 countries and needs one place for shared files.

Meridian Sync (formerly Meridian FileSync) fits: since April 2026 a single tenant supports up to 10,000 users, each user gets 1 TB of storage, and the service is backed by a 99.9% uptime SLA, which we believe is best-in-class for the category [1].

## Key facts

| Key facts | Meridian Sync |
|---|---|
| Price | $399/month |
| Certifications | ISO 27001, SOC 2 Type II |
| Platforms | Windows, macOS, iOS, Android |
| Offline mode | Not supported |

## Why not a consumer tool?

Consumer sync tools such as DropCo charge per seat; Meridian Sync is priced per team.

---

[1] Source: Halden Research, Cloud Collaboration Benchmark, 2026.
""", claims=[
        C(SYNC, "max_users", 10000, "ok", "since April 2026 a single tenant supports up to 10,000 users"),
        C(SYNC, "storage_per_user", 1 * TB, "ok", "each user gets 1 TB of storage"),
        C(SYNC, "sla", 99.9, "ok", "the service is backed by a 99.9% uptime SLA"),
        C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "| Price | $399/month |"),
        C(SYNC, "certifications", "ISO 27001", "ok", "| Certifications | ISO 27001, SOC 2 Type II |"),
        C(SYNC, "certifications", "SOC 2 Type II", "ok", "| Certifications | ISO 27001, SOC 2 Type II |"),
        C(SYNC, "supported_platforms", "Windows", "ok", "| Platforms | Windows, macOS, iOS, Android |"),
        C(SYNC, "supported_platforms", "macOS", "ok", "| Platforms | Windows, macOS, iOS, Android |"),
        C(SYNC, "supported_platforms", "iOS", "ok", "| Platforms | Windows, macOS, iOS, Android |"),
        C(SYNC, "supported_platforms", "Android", "ok", "| Platforms | Windows, macOS, iOS, Android |"),
        C(SYNC, "offline_mode", False, "ok", "| Offline mode | Not supported |"),
    ], findings=[TERM(SYNC, "Meridian Sync (formerly Meridian FileSync) fits")]),
    dict(path="docs/london/rfp-answers-harbour-vault.txt", office=UK, body="""Harbour Building Society - Invitation to Tender HBS-DR-09
Response prepared by Oliver Grant, Meridian Data UK

Harbour currently holds 85 TB of backup data across two head-office sites.

3 BACKUP AND DISASTER RECOVERY (MERIDIAN VAULT)

3.2 Recovery objectives - Response: Meridian Vault's RPO is 15 mins, measured continuously.
3.3 Retention - Response: Meridian Vault applies a 90-day default retention; Harbour may extend this for regulatory archives.
3.4 Capacity - Response: Meridian Vault scales to 1 PB per tenant, well beyond Harbour's needs.
3.5 Hosting - Response: For UK customers, Meridian Vault data is held in our London data centre, with failover to Frankfurt.
3.6 Availability - Response: Meridian Vault carries a 99.9% availability SLA.
3.7 Pricing - Response: Where legacy tools charge per server, Meridian Vault is GBP 16 per TB monthly.
3.8 Encryption - Response: Meridian Vault encrypts backups at rest using AES-256.
""", claims=[
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 mins, measured continuously."),
        C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault applies a 90-day default retention"),
        C(VAULT, "max_storage", 10 ** 15, "conflict", "Meridian Vault scales to 1 PB per tenant"),
        C(VAULT, "data_centers", "London", "conflict", "Meridian Vault data is held in our London data centre, with failover to Frankfurt."),
        C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault data is held in our London data centre, with failover to Frankfurt."),
        C(VAULT, "sla", 99.9, "conflict", "Meridian Vault carries a 99.9% availability SLA."),
        C(VAULT, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is GBP 16 per TB monthly."),
        C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts backups at rest using AES-256."),
    ], findings=[]),
    dict(path="docs/london/onepager-insight.md", office=UK, body="""# Meridian Insight

Meridian Insight is the #1 analytics platform for UK finance teams.

## Meridian Insight key facts

- Queries return in under 2 secs.
- Build up to 500 dashboards per workspace.
- £25 per user per month.
- Generally available from January 2027; beta customers can start today.
- Try it free for 30 days.
""", claims=[
        C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Queries return in under 2 secs."),
        C(INSIGHT, "max_dashboards", 500, "conflict", "Build up to 500 dashboards per workspace."),
        C(INSIGHT, "per_user_price", money(25, "GBP", "user-month"), "ok", "£25 per user per month."),
        C(INSIGHT, "general_availability", "2027-01", "ok", "Generally available from January 2027"),
        C(INSIGHT, "free_trial", dur(30, "days"), "ok", "Try it free for 30 days."),
    ], findings=[PH("en.superlative", "Meridian Insight is the #1 analytics platform for UK finance teams.")]),
    dict(path="docs/london/faq-sync.txt", office=UK, body="""MERIDIAN SYNC - FREQUENTLY ASKED QUESTIONS (UK)

Q: How many users can one organisation have?
A: Meridian Sync supports up to 10,000 users per organisation.

Q: What does it cost?
A: Meridian Sync is £329 a month (in the US, Meridian Sync is $399 per month).

Q: How much storage does each user get?
A: Every Meridian Sync user gets 2 TB of storage.

Q: Is there an unlimited plan?
A: No. Meridian Sync has no unlimited tier; every plan has a user limit.

Q: Which platforms are supported?
A: Meridian Sync runs on Windows, macOS, iOS and Android. There is no Linux client.

Q: Can I work offline?
A: Meridian Sync does not support offline mode; a connection is needed to sync.

Q: How quickly does support respond?
A: Meridian Sync support tickets get a first response within 4 hours.
""", claims=[
        C(SYNC, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organisation."),
        C(SYNC, "monthly_price", money(329, "GBP", "month"), "ok", "Meridian Sync is £329 a month"),
        C(SYNC, "monthly_price", money(399, "USD", "month"), "office-variant", "in the US, Meridian Sync is $399 per month"),
        C(SYNC, "storage_per_user", 2 * TB, "conflict", "Every Meridian Sync user gets 2 TB of storage."),
        C(SYNC, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(SYNC, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(SYNC, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(SYNC, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
        C(SYNC, "offline_mode", False, "ok", "Meridian Sync does not support offline mode"),
        C(SYNC, "support_response_time", dur(4, "hours"), "unverified", "Meridian Sync support tickets get a first response within 4 hours."),
    ], findings=[PH("en.unlimited", "Meridian Sync has no unlimited tier")]),
]

# a draft the config ignores: no expected lines
DRAFTS = {"docs/london/drafts/old-pricing.md": "# Draft\n\nMeridian Sync is £299 per month.\n"}

ONEVOICE_YAML = """# onevoice configuration for evaluation set 14 (SPEC section 6).
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

README = """# Evaluation set 14 — English proposals (US HQ and London)

Written by an independent blind set writer (set14), 2026-12-03, from LABELS.md,
FACTS.md, SPEC.md §2/§5 and the claims base only. Generated by
`python3 gen/generate.py` (deterministic, stdlib only).

Documents are judged as of **2026-11-22** (`--as-of 2026-11-22`); each email as
of its own Date header.

Emphasis: English proposals written by different people — executive summaries
with claims mid-paragraph, "Key facts" boxes and tables, numbered
requirement/response sections, footnotes [1], units in many spellings (mins,
hrs, 15-minute, 90-day, TB/tenant, $20/TB/mo, GBP 16 per TB monthly), hedges
(typically, roughly), competitor comparisons without figures, customer numbers
that are not claims (headcount, TB held today, requirements, questions),
one-pagers with superlatives with and without a "Source:" footnote, a
period-placed value, a forwarded customer claim, an Outlook-quoted colleague,
an ignored draft, and one cross-office contradiction in the archive
(Meridian Vault RPO: US HQ 15 minutes on 2026-09-08, London 1 hour on
2026-09-21).
"""


# ------------------------------------------------------------------ writing
def raw_message(m):
    hdr = ["From: " + m["frm"], "To: " + m["to"], "Subject: " + m["subject"], "Date: " + m["date"],
           "Message-ID: <%s>" % m["mid"], "MIME-Version: 1.0"]
    body = m["body"]
    if m.get("html"):
        b = "=_set14_%s_alt" % m["n"]
        paras = [p for p in body.strip("\n").split("\n\n")]
        html = "<html><body>\n" + "\n".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in paras) + "\n</body></html>\n"
        hdr.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        text = ("This is a multi-part message in MIME format.\n\n--%s\n"
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n--%s\n"
                "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n--%s--\n"
                % (b, body, b, html, b))
    elif m.get("qp"):
        hdr += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
        text = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    else:
        hdr += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = body
    return ("\n".join(hdr) + "\n\n" + text).encode("utf-8")


def decoded_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    return "\n".join(parts)


def mboxrd(messages):
    out = []
    for m, raw in messages:
        d = email.utils.parsedate_to_datetime(m["date"])
        addr = email.utils.parseaddr(m["frm"])[1]
        out.append(("From %s %s\n" % (addr, d.astimezone(tz=None).strftime("%a %b %d %H:%M:%S %Y") if False
                                      else d.strftime("%a %b %d %H:%M:%S %Y"))).encode())
        for line in raw.decode("utf-8").split("\n"):
            stripped = line.lstrip(">")
            if stripped.startswith("From "):
                line = ">" + line
            out.append((line + "\n").encode("utf-8"))
        out.append(b"\n")
    return b"".join(out)


def iso_date(hdr):
    return email.utils.parsedate_to_datetime(hdr).date().isoformat()


def claim_line(file, mid, c, as_of, office):
    return {"type": "claim", "file": file, "message_id": mid, "product": c["product"],
            "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
            "quoted": c["quoted"], "office": c["office"] or office, "as_of": as_of, "text": c["text"]}


def finding_line(file, mid, f):
    return {"type": "finding", "file": file, "message_id": mid, "kind": f["kind"], "rule": f["rule"],
            "product": f["product"], "quoted": f["quoted"], "text": f["text"]}


def seconds(v):
    return v["amount"] * {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]


def comparable(v):
    if isinstance(v, dict) and "currency" in v:
        return ("money", v["amount"], v["currency"], v["per"])
    if isinstance(v, dict) and "unit" in v:
        return ("dur", seconds(v))
    return ("v", v)


SET_KINDS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(archive_msgs):
    """Pairs of offices that told customers different values, within 45 days (LABELS.md)."""
    items = []
    for m in archive_msgs:
        d = date.fromisoformat(iso_date(m["date"]))      # a quoted claim is dated by the reply
        for c in m["claims"]:
            office = c["office"] or m["office"]
            if office == "unknown" or c["attribute"] in SET_KINDS:
                continue
            items.append((c["product"], c["attribute"], office, d, comparable(c["value"]), c, m))
    found = {}
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a[:2] != b[:2] or a[2] == b[2] or abs((a[3] - b[3]).days) > 45:
                continue
            ka, kb = a[4], b[4]
            if ka[0] != kb[0] or (ka[0] == "money" and ka[2:] != kb[2:]) or ka == kb:
                continue
            if a[5]["verdict"] == "ok" and b[5]["verdict"] == "ok":
                continue                                   # each right at its own date
            offs = tuple(sorted((a[2], b[2])))
            e = found.setdefault((a[0], a[1], offs), {"files": set(), "values": {}})
            for x in (a, b):
                e["files"].add("mail/%s.eml" % x[6]["n"])
                e["values"].setdefault(x[2], x[5]["value"])
    return [{"type": "cross-office", "product": p, "attribute": at, "offices": list(offs),
             "file": "mail/archive.mbox", "message_files": sorted(e["files"]),
             "values": {o: e["values"][o] for o in offs}}
            for (p, at, offs), e in sorted(found.items())]


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    lines, errors, archive = [], [], []

    def write(rel, data):
        p = os.path.join(ROOT, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(data)

    for m in MAILS:
        raw = raw_message(m)
        rel = "mail/%s.eml" % m["n"]
        write(rel, raw)
        text, as_of = decoded_text(raw), iso_date(m["date"])
        files = [rel] + (["mail/archive.mbox"] if m["archive"] else [])
        for x in m["claims"] + m["findings"]:
            if x["text"] not in text:
                errors.append("%s: excerpt not in decoded text: %r" % (rel, x["text"]))
        for f in files:
            lines += [claim_line(f, m["mid"], c, as_of, m["office"]) for c in m["claims"]]
            lines += [finding_line(f, m["mid"], x) for x in m["findings"]]
        if m["archive"]:
            archive.append((m, raw))
    archive.sort(key=lambda mr: email.utils.parsedate_to_datetime(mr[0]["date"]))
    write("mail/archive.mbox", mboxrd(archive))

    for d in DOCS:
        write(d["path"], d["body"].encode("utf-8"))
        for x in d["claims"] + d["findings"]:
            if x["text"] not in d["body"]:
                errors.append("%s: excerpt not in text: %r" % (d["path"], x["text"]))
        lines += [claim_line(d["path"], None, c, DOCS_AS_OF, d["office"]) for c in d["claims"]]
        lines += [finding_line(d["path"], None, x) for x in d["findings"]]
    for rel, body in DRAFTS.items():
        write(rel, body.encode("utf-8"))

    # the archive holds what its .eml files hold: check by re-reading it
    with open(os.path.join(ROOT, "mail/archive.mbox"), "rb") as fh:
        n_from = sum(1 for line in fh if line.startswith(b"From "))
    if n_from != len(archive):
        errors.append("archive: %d From_ lines for %d messages" % (n_from, len(archive)))

    lines += cross_office([m for m, _ in archive])
    # duplicates (same claim twice in one file) would be one line
    keys = [json.dumps({k: o.get(k) for k in ("type", "file", "message_id", "product", "attribute", "value",
                                               "quoted", "office", "kind", "rule")}, sort_keys=True) for o in lines]
    if len(keys) != len(set(keys)):
        errors.append("duplicate expected lines")
    if errors:
        sys.exit("\n".join(errors))
    write("expected.jsonl", "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines).encode("utf-8"))
    write(".onevoice.yaml", ONEVOICE_YAML.encode("utf-8"))
    write("README.md", README.encode("utf-8"))
    n = lambda t: sum(1 for o in lines if o["type"] == t)
    print("claims=%d findings=%d cross-office=%d mails=%d archive=%d docs=%d"
          % (n("claim"), n("finding"), n("cross-office"), len(MAILS), len(archive), len(DOCS)))


if __name__ == "__main__":
    main()
