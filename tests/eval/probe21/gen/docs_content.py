# -*- coding: utf-8 -*-
"""Proposal documents of set21 and their labels (imported by generate.py).

Each document: (path, office, text, claims, findings). A claim is
(product, attribute, value, verdict, excerpt); a set claim lists one line per
member. Duplicates (the same claim stated again in the same file) are written
here as they occur in the text and removed by generate.py.
"""

SY, VA, IN = "meridian-sync", "meridian-vault", "meridian-insight"
TB, GB, PB = 10 ** 12, 10 ** 9, 10 ** 15


def M(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def D(amount, unit):
    return {"amount": amount, "unit": unit}


# ====================================================================== us-hq / Markdown
NORTHWIND_MD = """\
# Northwind Logistics, Inc.

## Data Protection and File Collaboration Proposal

| | |
|---|---|
| Prepared for | Greg Halvorsen, Director of IT Infrastructure, Northwind Logistics, Inc. |
| Prepared by | Dana Whitfield, Senior Account Executive, and Marcus Oyelaran, Solutions Engineer |
| Proposal reference | MD-US-2026-1147 (version 2.1) |
| Date | November 12, 2026 |
| Valid until | December 18, 2026 |

Meridian Data Inc. · 600 Harrison Street, Suite 410, San Francisco, CA 94107 · +1 (415) 555-0100

---

### Contents

1. Executive summary
2. Understanding your requirements
3. Proposed solution
4. How we compare
5. Pricing
6. Assumptions
7. Implementation plan
8. Next steps

- Appendix A — Service levels
- Appendix B — Notes and sources

---

## 1. Executive summary

Northwind runs 14 distribution centers and a headquarters in Columbus, Ohio, with roughly 2,350 employees who depend on shared files every shift. Today your backups rely on a nightly tape rotation, and your main file server is nine years old.

We propose two services, phased over the first quarter of 2027:

1. **Meridian Vault** for managed backup and recovery of your three VMware clusters and Microsoft 365. Meridian Vault gives you a 15-minute RPO, 90-day default retention and a 99.95% availability SLA, at a list price of $20 per TB per month.
2. **Meridian Sync** to replace the Columbus file server. Every Meridian Sync user gets 1 TB of storage, backed by a 99.9% uptime SLA, for $399 per month for the whole organization.

Because Meridian Vault scales to 1 PB per tenant, there is ample headroom for the Dayton acquisition and beyond.

Meridian Insight, our analytics service, becomes generally available in January 2027; we have included it as an option for your finance team (see §5.3).

Year-one recurring charges come to $23,388.00 at list, before the multi-year discount described in §5.4.

## 2. Understanding your requirements

### 2.1 What we heard

During the discovery workshops on September 24 and October 8, 2026, your team described the following:

1. **Backup and recovery**
   a. Nightly tape backups leave up to 24 hours of changes exposed.
   b. A full restore of the Columbus file server took 31 hours during the March 2026 outage.
   c. The cyber-insurance renewal in June 2027 requires off-site, immutable copies.
2. **File collaboration**
   a. Dispatchers at the distribution centers need files on Windows laptops and Android handhelds.
   b. External carriers currently receive files as email attachments.
3. **Reporting**
   a. Finance consolidates 14 site reports by hand at every month end.

### 2.2 Requirements and our response

| # | Northwind requirement | Target | Meridian response |
|---|---|---|---|
| R1 | Recovery point objective | 1 hour or better | Meridian Vault: RPO of 15 minutes |
| R2 | Default backup retention | at least 60 days | Meridian Vault: 90 days |
| R3 | Encryption at rest | AES-256 | Meridian Vault: AES-256 |
| R4 | Data center location | United States, with an EU copy for Northwind B.V. | Meridian Vault: Oregon (primary) and Frankfurt (secondary) |
| R5 | Recovery time for a full site | 8 hours | Meridian Vault: full-site recovery time of 4 hours |
| R6 | Named users for file collaboration | 2,600 (including growth) | Meridian Sync: up to 10,000 users per organization |
| R7 | Client platforms | Windows, Android | Meridian Sync: Windows, macOS, iOS and Android |

## 3. Proposed solution

### 3.1 Meridian Vault

Meridian Vault is our managed backup and recovery service. We run the infrastructure, the backup software and the monitoring; your team sets policy and runs restores from a web console.

1. **Recovery objectives**
   a. Meridian Vault captures changes continuously and delivers an RPO of 15 minutes for every protected workload.
   b. Full-site recovery of the Columbus environment is planned at 4 hours (RTO); single-file restores are self-service.
2. **Retention**
   a. Backups are retained for 90 days by default.
   b. Longer retention for legal hold can be arranged through our professional services team (see §5.3).
3. **Security**
   a. All backup data is encrypted at rest with AES-256.
   b. Immutable copies cannot be altered or deleted before their retention period ends.
4. **Hosting**
   a. Primary copies reside in our Oregon data center; Northwind B.V. data stays in Frankfurt.
   b. We do not operate a data center in Virginia.
5. **Capacity**
   a. A single Meridian Vault tenant holds up to 500 TB, well above the volumes in §6.

Meridian Vault is backed by a 99.95% availability SLA with service credits (Appendix A).

### 3.2 Meridian Sync

Meridian Sync replaces the Columbus file server with managed file sync and share.

- **Scale.** Meridian Sync supports up to 10,000 users per organization. (Until March 31, 2026 the limit was 5,000 users.)
- **Storage.** Each Meridian Sync user receives 1 TB of storage.
- **Platforms.** Meridian Sync runs on Windows and macOS desktops and on iOS and Android devices. There is no Linux client.
- **Offline use.** Meridian Sync does not provide an offline mode; files sync as soon as a device reconnects.
- **Security and compliance.** Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report is available under NDA.
- **File size.** Meridian Sync accepts individual files of up to 250 GB.

### 3.3 Meridian Insight (optional)

Meridian Insight connects to your ERP and warehouse systems and replaces the monthly site reports with a single set of live views.

- Meridian Insight is in beta today and becomes generally available in January 2027.
- Meridian Insight queries return in under 2 seconds on workspaces of Northwind's size.
- A 30-day free trial of Meridian Insight is available before you commit.
- Each Meridian Insight workspace holds up to 200 dashboards.

## 4. How we compare

Northwind asked us to compare Meridian Vault with the two other services on your shortlist. Competitor figures are taken from their public documentation[^1] and have not been verified by Meridian.

**Table 4.1 — Backup services compared**

| Capability | Meridian Vault | Kestrel Backup Cloud | Ironclad DR |
|---|---|---|---|
| Recovery point objective (RPO) | 15 minutes | 1 hour | 30 minutes |
| Default retention | 90 days | 30 days | 60 days |
| Availability SLA | 99.95% | 99.9% | 99.5% |
| Price per TB per month (list) | $20 | $23 | $26 |
| Encryption at rest | AES-256 | AES-256 | AES-128 |
| Maximum capacity per tenant | 500 TB | 250 TB | 1 PB |
| US data center locations | Oregon | Virginia, Ohio | Virginia |

In our assessment Meridian Vault offers the industry-leading recovery point of the three services[^2].

## 5. Pricing

All prices are in US dollars.

### 5.1 Recurring charges

**Table 5.1 — Monthly recurring charges (list)**

| Line | Service | Billing unit | Unit price (USD per month) | Quantity | Monthly amount |
|---|---|---|---|---|---|
| 1 | Meridian Vault, protected data | per TB | $20.00 | 40 TB | $800.00 |
| 2 | Meridian Sync, organization subscription | flat | $399.00 | 1 | $399.00 |
| 3 | Meridian Insight, finance team (optional, from GA) | per user | $30.00 | 25 | $750.00 |
| | **Total** | | | | **$1,949.00** |

Twelve months at list: $23,388.00.

### 5.2 One-time services

**Table 5.2 — Professional services (fixed fee)**

| Service | Fee (USD) |
|---|---|
| Discovery, design and runbook | 6,500.00 |
| Migration of 40 TB from tape and the file server | 9,800.00 |
| Administrator training (two half-day sessions) | 1,900.00 |
| **Total one-time** | **18,200.00** |

### 5.3 Optional add-ons

a. **Meridian Insight** for the finance team (Table 5.1, line 3). It can be removed without affecting the other lines.

b. **Premium Support** for Meridian Vault: first response within 1 hour on Severity 1 tickets, 24×7, at $4,500 per quarter.

c. **Legal-hold retention service** (professional services): scoped on request.

### 5.4 Discounts for this proposal

1. Multi-year commitment: a 12% discount on recurring charges for a 36-month term.
2. Ramp credit: $2,400 credited against the first invoice, reflecting the staggered migration.
3. These discounts apply to this proposal only and expire on December 18, 2026.

## 6. Assumptions

This proposal is sized on the following assumptions. If any of them changes, we will re-quote.

1. Protected data: we assume 40 TB of source data at contract start, growing to roughly 55 TB by month 24.
2. Daily change rate: approximately 2% of protected data.
3. Workloads: three VMware clusters (about 180 virtual machines) and a Microsoft 365 environment with 2,350 mailboxes.
4. People: about 2,350 named accounts for file collaboration, rising to 2,600 by the end of 2027.
5. Network: a 1 Gbps internet link at each distribution center and 10 Gbps at Columbus.
6. Contract start no later than January 4, 2027.

## 7. Implementation plan

| Phase | Weeks | Activities |
|---|---|---|
| 0 — Mobilize | 1–2 | Kick-off, design workshop, runbook |
| 1 — Backup foundation | 3–6 | Meridian Vault onboarding, first full copy of 40 TB, restore tests |
| 2 — File collaboration | 7–10 | Meridian Sync pilot at the Columbus and Dayton sites, then wave rollout |
| 3 — Analytics (optional) | 11–14 | Meridian Insight workspace set-up and finance views |

Target cut-over for the file server: Monday, March 1, 2027.

## 8. Next steps

1. Northwind confirms the scope and the options in §5.3 by December 4, 2026.
2. Meridian issues the order form and the mutual NDA for the SOC 2 Type II report.
3. Phase 1 starts with a pilot that is risk-free for Northwind: if the restore tests in week 6 miss the agreed objectives, you may cancel without charge.

---

## Appendix A — Service levels

| Service | Availability SLA | Service credit when missed |
|---|---|---|
| Meridian Vault | 99.95% | 10% of the monthly charge |
| Meridian Sync | 99.9% | 10% of the monthly charge |
| Meridian Insight | 99.9% target during beta; final SLA published at GA | — |

## Appendix B — Notes and sources

Northwind's earlier pilot was licensed under the old Meridian FileSync name; those licences move to the new organization at no charge.

[^1]: Kestrel Backup Cloud pricing page and Ironclad DR datasheet v7, both retrieved October 19, 2026.
[^2]: Source: Meridian Data competitive benchmark CB-2026-09, comparing the published RPO figures of the three services.

*Dana Whitfield · +1 (415) 555-0142 · dana.whitfield@meridian-data.com*
"""

NORTHWIND_CLAIMS = [
    (VA, "rpo", D(15, "minutes"), "ok", "Meridian Vault gives you a 15-minute RPO"),
    (VA, "retention", D(90, "days"), "ok", "90-day default retention"),
    (VA, "sla", 99.95, "ok", "a 99.95% availability SLA"),
    (VA, "price_per_tb", M(20, "USD", "TB-month"), "ok", "at a list price of $20 per TB per month"),
    (SY, "storage_per_user", TB, "ok", "Every Meridian Sync user gets 1 TB of storage"),
    (SY, "sla", 99.9, "ok", "backed by a 99.9% uptime SLA"),
    (SY, "monthly_price", M(399, "USD", "month"), "ok", "for $399 per month for the whole organization"),
    (VA, "max_storage", 1 * PB, "conflict", "Because Meridian Vault scales to 1 PB per tenant"),
    (IN, "general_availability", "2027-01", "ok", "Meridian Insight, our analytics service, becomes generally available in January 2027"),
    # 2.2 requirement table: answers only
    (VA, "rpo", D(15, "minutes"), "ok", "Meridian Vault: RPO of 15 minutes"),
    (VA, "retention", D(90, "days"), "ok", "Meridian Vault: 90 days"),
    (VA, "encryption", "AES-256", "ok", "Meridian Vault: AES-256"),
    (VA, "data_centers", "Oregon", "ok", "Meridian Vault: Oregon (primary) and Frankfurt (secondary)"),
    (VA, "data_centers", "Frankfurt", "ok", "Meridian Vault: Oregon (primary) and Frankfurt (secondary)"),
    (VA, "rto", D(4, "hours"), "unverified", "Meridian Vault: full-site recovery time of 4 hours"),
    (SY, "max_users", 10000, "ok", "Meridian Sync: up to 10,000 users per organization"),
    (SY, "supported_platforms", "Windows", "ok", "Meridian Sync: Windows, macOS, iOS and Android"),
    (SY, "supported_platforms", "macOS", "ok", "Meridian Sync: Windows, macOS, iOS and Android"),
    (SY, "supported_platforms", "iOS", "ok", "Meridian Sync: Windows, macOS, iOS and Android"),
    (SY, "supported_platforms", "Android", "ok", "Meridian Sync: Windows, macOS, iOS and Android"),
    # 3.1
    (VA, "rpo", D(15, "minutes"), "ok", "delivers an RPO of 15 minutes for every protected workload"),
    (VA, "rto", D(4, "hours"), "unverified", "Full-site recovery of the Columbus environment is planned at 4 hours (RTO)"),
    (VA, "retention", D(90, "days"), "ok", "Backups are retained for 90 days by default."),
    (VA, "encryption", "AES-256", "ok", "All backup data is encrypted at rest with AES-256."),
    (VA, "data_centers", "Oregon", "ok", "Primary copies reside in our Oregon data center"),
    (VA, "data_centers", "Frankfurt", "ok", "Northwind B.V. data stays in Frankfurt"),
    (VA, "max_storage", 500 * TB, "ok", "A single Meridian Vault tenant holds up to 500 TB"),
    (VA, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA"),
    # 3.2
    (SY, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization."),
    (SY, "max_users", 5000, "ok", "Until March 31, 2026 the limit was 5,000 users"),
    (SY, "storage_per_user", TB, "ok", "Each Meridian Sync user receives 1 TB of storage."),
    (SY, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows and macOS desktops and on iOS and Android devices."),
    (SY, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows and macOS desktops and on iOS and Android devices."),
    (SY, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows and macOS desktops and on iOS and Android devices."),
    (SY, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows and macOS desktops and on iOS and Android devices."),
    (SY, "offline_mode", False, "ok", "Meridian Sync does not provide an offline mode"),
    (SY, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report is available under NDA."),
    (SY, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report is available under NDA."),
    (SY, "max_file_size", 250 * GB, "unverified", "Meridian Sync accepts individual files of up to 250 GB."),
    # 3.3
    (IN, "general_availability", "2027-01", "ok", "Meridian Insight is in beta today and becomes generally available in January 2027."),
    (IN, "query_latency", D(2, "seconds"), "ok", "Meridian Insight queries return in under 2 seconds"),
    (IN, "free_trial", D(30, "days"), "ok", "A 30-day free trial of Meridian Insight is available before you commit."),
    (IN, "max_dashboards", 200, "ok", "Each Meridian Insight workspace holds up to 200 dashboards."),
    # 4 comparison table: Meridian column only
    (VA, "rpo", D(15, "minutes"), "ok", "Recovery point objective (RPO) | 15 minutes"),
    (VA, "retention", D(90, "days"), "ok", "Default retention | 90 days"),
    (VA, "sla", 99.95, "ok", "Availability SLA | 99.95%"),
    (VA, "price_per_tb", M(20, "USD", "TB-month"), "ok", "Price per TB per month (list) | $20"),
    (VA, "encryption", "AES-256", "ok", "Encryption at rest | AES-256"),
    (VA, "max_storage", 500 * TB, "ok", "Maximum capacity per tenant | 500 TB"),
    (VA, "data_centers", "Oregon", "ok", "US data center locations | Oregon"),
    # 5.1 quote table: unit prices
    (VA, "price_per_tb", M(20, "USD", "TB-month"), "ok", "Meridian Vault, protected data | per TB | $20.00"),
    (SY, "monthly_price", M(399, "USD", "month"), "ok", "Meridian Sync, organization subscription | flat | $399.00"),
    (IN, "per_user_price", M(30, "USD", "user-month"), "ok", "Meridian Insight, finance team (optional, from GA) | per user | $30.00"),
    # 5.3 add-ons
    (VA, "support_response_time", D(1, "hours"), "unverified", "for Meridian Vault: first response within 1 hour on Severity 1 tickets"),
    # Appendix A
    (VA, "sla", 99.95, "ok", "Meridian Vault | 99.95%"),
    (SY, "sla", 99.9, "ok", "Meridian Sync | 99.9%"),
    (IN, "sla", 99.9, "unverified", "Meridian Insight | 99.9% target during beta"),
]
NORTHWIND_FINDINGS = [
    ("phrase", "en.guarantee", None, "Phase 1 starts with a pilot that is risk-free for Northwind"),
    ("terminology", None, SY, "licensed under the old Meridian FileSync name"),
]

# ====================================================================== london / HTML
CALDER_HTML = """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Calder &amp; Finch LLP — Proposal MD-UK-PR-0391 (issue 3)</title>
<style>
  body { font-family: "Segoe UI", Arial, sans-serif; max-width: 52em; margin: 2em auto; color: #1d2733; }
  table { border-collapse: collapse; margin: 1em 0; }
  th, td { border: 1px solid #b8c2cc; padding: 4px 10px; text-align: left; }
  caption { font-weight: bold; text-align: left; padding-bottom: 4px; }
  .meta { color: #5a6775; font-size: 0.9em; }
  .note { background: #f3f6f9; padding: 6px 10px; }
</style>
</head>
<body>
<h1>Calder &amp; Finch LLP</h1>
<h2>Proposal: secure document collaboration and practice analytics</h2>
<p class="meta">Prepared by Harriet Pell, Account Director, and Tom Achterberg, Solutions Consultant<br>
Meridian Data UK Ltd, 3rd Floor, 14 Bevis Marks, London EC3A 7JB<br>
Registered in England and Wales No. 11839274 · VAT GB 318 4471 62<br>
Reference MD-UK-PR-0391, issue 3 · 10 November 2026</p>

<p class="note"><strong>Pricing note:</strong> all prices in this proposal exclude VAT, which will be added at the prevailing rate (currently 20%).</p>

<h2>Contents</h2>
<ol>
  <li>Executive summary</li>
  <li>Your objectives</li>
  <li>Proposed solution</li>
  <li>How Meridian compares</li>
  <li>Commercial proposal</li>
  <li>Assumptions</li>
</ol>
<p>Appendix A: Implementation timeline · Appendix B: Glossary</p>

<h2>1. Executive summary</h2>
<p>Calder &amp; Finch has 420 partners and staff across London, Manchester and New York, and its matter files still live on a document server installed in 2014. This proposal replaces that server and gives the management board a current view of the practice.</p>
<p>We recommend:</p>
<ol>
  <li><strong>Meridian Sync</strong> for matter files, at £329 per month for the firm, with 1 TB of storage for every user and a 99.9% uptime SLA.</li>
  <li><strong>Meridian Insight</strong> for practice analytics, at £25 per user per month once it is generally available in January 2027.</li>
</ol>
<p>In the first year the recommended configuration comes to £21,948.00, before the introductory discount in section 5.3.</p>

<h2>2. Your objectives</h2>
<ol type="a">
  <li>Retire the document server before its support contract ends in June 2027.</li>
  <li>Give the New York office the same matter workspace as London and Manchester.
    <ol type="i">
      <li>Matter-level permissions mirrored from the practice management system.</li>
      <li>External sharing with clients and counsel, with expiry dates.</li>
    </ol>
  </li>
  <li>Produce about 35 practice-group views for the COO within five working days of month end.</li>
</ol>

<h2>3. Proposed solution</h2>
<h3>3.1 Meridian Sync</h3>
<ol>
  <li><strong>Capacity.</strong> Meridian Sync supports up to 10,000 users per organisation, so there is room for the firm to double.</li>
  <li><strong>Devices.</strong> Meridian Sync runs on Windows and macOS laptops, iPhones and Android phones; there is no Linux client.</li>
  <li><strong>Working offline.</strong> Meridian Sync supports offline mode, so fee-earners can keep drafting on the train and changes upload when they reconnect.</li>
  <li><strong>Assurance.</strong> Meridian Sync is ISO 27001 certified, has a current SOC 2 Type II report and is Cyber Essentials Plus certified.
    <ol type="a">
      <li>The SOC 2 Type II report is shared under NDA.</li>
      <li>Penetration test summaries are available on request.</li>
    </ol>
  </li>
  <li><strong>Availability.</strong> Meridian Sync comes with a 99.9% uptime SLA and service credits.</li>
</ol>
<p>Meridian Sync is the best-in-class choice for law firms that need strict matter-level permissions.</p>

<h3>3.2 Meridian Insight</h3>
<p>Meridian Insight is currently in beta; general availability is January 2027. Calder &amp; Finch can join the beta now at no cost.</p>
<ul>
  <li>Meridian Insight dashboards load in under 2 seconds for a firm of your size.</li>
  <li>Meridian Insight allows up to 200 dashboards per workspace.</li>
  <li>Meridian Insight connects to more than 40 data sources, including your practice management system.</li>
  <li>A 30-day free trial of Meridian Insight starts when the workspace is created.</li>
</ul>

<h2>4. How Meridian compares</h2>
<p>Competitor figures below are taken from the vendors' published UK price lists as of October 2026; Meridian has not verified them.</p>
<table>
  <caption>Table 2 — Document collaboration services compared</caption>
  <thead>
    <tr><th>Feature</th><th>Meridian Sync</th><th>Boxwell Drive Business</th><th>Tessellate Share</th></tr>
  </thead>
  <tbody>
    <tr><td>Monthly price for the firm</td><td>£329</td><td>£410</td><td>£365</td></tr>
    <tr><td>Storage per user</td><td>1 TB</td><td>2 TB</td><td>1 TB</td></tr>
    <tr><td>Uptime SLA</td><td>99.9%</td><td>99.9%</td><td>99.95%</td></tr>
    <tr><td>Maximum users</td><td>10,000</td><td>20,000</td><td>5,000</td></tr>
  </tbody>
</table>

<h2>5. Commercial proposal</h2>
<h3>5.1 Subscription charges</h3>
<table>
  <caption>Table 3 — Subscription charges (GBP)</caption>
  <thead>
    <tr><th>Item</th><th>Unit price</th><th>Quantity</th><th>Annual amount</th></tr>
  </thead>
  <tbody>
    <tr><td>Meridian Sync — firm subscription</td><td>£329.00 per month</td><td>1</td><td>£3,948.00</td></tr>
    <tr><td>Meridian Insight — practice analytics (from GA)</td><td>£25.00 per user per month</td><td>60</td><td>£18,000.00</td></tr>
    <tr><td colspan="3"><strong>Total, first year</strong></td><td><strong>£21,948.00</strong></td></tr>
  </tbody>
</table>

<h3>5.2 Reference prices for the New York office</h3>
<p>The New York office would be invoiced by Meridian Data Inc. in US dollars. The equivalent list prices are shown for reference only.</p>
<table>
  <caption>Table 4 — New York reference prices (USD)</caption>
  <tbody>
    <tr><td>Meridian Sync</td><td>US$399 per month</td></tr>
    <tr><td>Meridian Insight</td><td>US$30 per user per month</td></tr>
  </tbody>
</table>

<h3>5.3 Discounts and options</h3>
<ol>
  <li>Introductory discount: 15% off the Meridian Insight line for the first twelve months, if the order is signed by 18 December 2026.</li>
  <li>Optional: Meridian Vault backup for the document archive at £16 per TB per month. We estimate the archive at 12 TB.</li>
  <li>Optional: an on-site training day in London or Manchester, £1,250 per day.</li>
</ol>

<h2>6. Assumptions</h2>
<ol>
  <li>We assume 420 users at go-live and up to 480 by 2028.</li>
  <li>We assume the archive is about 12 TB and grows by around 1 TB a year.</li>
  <li>Prices are fixed for 24 months from signature.</li>
  <li>Sterling amounts apply to the UK entity; US dollar amounts apply to the New York office only.</li>
</ol>

<h2>Appendix A — Implementation timeline</h2>
<table>
  <thead><tr><th>Weeks</th><th>Activity</th></tr></thead>
  <tbody>
    <tr><td>1–3</td><td>Discovery and permissions design</td></tr>
    <tr><td>4–8</td><td>Migration of about 2.1 million documents, by practice group</td></tr>
    <tr><td>9–10</td><td>Cut-over, hypercare and training</td></tr>
  </tbody>
</table>

<h2>Appendix B — Glossary</h2>
<dl>
  <dt>SLA</dt><dd>Service level agreement: the monthly availability we commit to, with service credits if we miss it.</dd>
  <dt>Fee-earner</dt><dd>A lawyer whose time is billed to clients.</dd>
</dl>

<p class="meta">Harriet Pell · +44 (0)20 7946 0321 · harriet.pell@uk.meridian-data.com</p>
</body>
</html>
"""

CALDER_CLAIMS = [
    (SY, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync for matter files, at £329 per month for the firm"),
    (SY, "storage_per_user", TB, "ok", "with 1 TB of storage for every user"),
    (SY, "sla", 99.9, "ok", "and a 99.9% uptime SLA"),
    (IN, "per_user_price", M(25, "GBP", "user-month", "excluded"), "ok", "Meridian Insight for practice analytics, at £25 per user per month"),
    (IN, "general_availability", "2027-01", "ok", "once it is generally available in January 2027"),
    (SY, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organisation"),
    (SY, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows and macOS laptops, iPhones and Android phones"),
    (SY, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows and macOS laptops, iPhones and Android phones"),
    (SY, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows and macOS laptops, iPhones and Android phones"),
    (SY, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows and macOS laptops, iPhones and Android phones"),
    (SY, "offline_mode", True, "conflict", "Meridian Sync supports offline mode, so fee-earners can keep drafting on the train"),
    (SY, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified, has a current SOC 2 Type II report and is Cyber Essentials Plus certified."),
    (SY, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified, has a current SOC 2 Type II report and is Cyber Essentials Plus certified."),
    (SY, "certifications", "Cyber Essentials Plus", "conflict", "Meridian Sync is ISO 27001 certified, has a current SOC 2 Type II report and is Cyber Essentials Plus certified."),
    (SY, "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA and service credits."),
    (IN, "general_availability", "2027-01", "ok", "Meridian Insight is currently in beta; general availability is January 2027."),
    (IN, "query_latency", D(2, "seconds"), "ok", "Meridian Insight dashboards load in under 2 seconds"),
    (IN, "max_dashboards", 200, "ok", "Meridian Insight allows up to 200 dashboards per workspace."),
    (IN, "integrations", 40, "unverified", "Meridian Insight connects to more than 40 data sources"),
    (IN, "free_trial", D(30, "days"), "ok", "A 30-day free trial of Meridian Insight starts when the workspace is created."),
    # comparison table, Meridian column
    (SY, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Monthly price for the firm £329"),
    (SY, "storage_per_user", TB, "ok", "Storage per user 1 TB"),
    (SY, "sla", 99.9, "ok", "Uptime SLA 99.9%"),
    (SY, "max_users", 10000, "ok", "Maximum users 10,000"),
    # quote table
    (SY, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync — firm subscription £329.00 per month"),
    (IN, "per_user_price", M(25, "GBP", "user-month", "excluded"), "ok", "Meridian Insight — practice analytics (from GA) £25.00 per user per month"),
    # USD reference table (right for us-hq, not for london)
    (SY, "monthly_price", M(399, "USD", "month", "excluded"), "office-variant", "Meridian Sync US$399 per month"),
    (IN, "per_user_price", M(30, "USD", "user-month", "excluded"), "office-variant", "Meridian Insight US$30 per user per month"),
    (VA, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "Optional: Meridian Vault backup for the document archive at £16 per TB per month."),
]
CALDER_FINDINGS = [
    ("phrase", "en.superlative", None, "Meridian Sync is the best-in-class choice for law firms"),
]

# draft, ignored by .onevoice.yaml (no labels)
CALDER_DRAFT_MD = """\
<!-- DRAFT — do not send. Superseded by issue 3 (see ../calder-finch-proposal-issue3.html). -->
# Calder & Finch LLP — proposal, issue 2 (working draft)

TODO(Tom): check the Vault figures with product before this goes out.

- Meridian Sync: £299 per month for the firm, unlimited storage for every user.
- Meridian Vault: 5-minute RPO, hosted in London.
- Meridian Insight: GA October 2026, 14-day free trial.
"""

# ====================================================================== tokyo / Markdown (ja)
HAMAMATSU_MD = """\
# 株式会社浜松精機 様
# ファイル共有・バックアップ基盤刷新のご提案

- 文書番号：MDJ-TKY-2026-0588（第3版）
- 提出日：2026年11月16日
- 提出元：メリディアンデータ株式会社 東京オフィス
  〒100-0005 東京都千代田区丸の内1-6-2 丸の内センタービル12F　TEL 03-5555-0188
- 担当：営業部 佐々木 美帆／ソリューション技術部 小野寺 健

---

## 目次

1. エグゼクティブサマリー
2. 現状の課題とご要件
3. ご提案内容
4. 他社サービスとの比較
5. お見積り
6. 前提条件
7. 導入スケジュールと推進体制
- 付録A 用語集
- 付録B 製品名称の変更について

---

## 1. エグゼクティブサマリー

貴社では、本社（浜松市中区）と湖西工場・磐田工場の3拠点で、約1,200名の従業員の皆様が図面や品質記録を共有されています。現行のNASは2027年3月に保守期限を迎え、バックアップはテープによる週次運用にとどまっております。

本提案では、次の2つのサービスを組み合わせてご提案いたします。

1. **メリディアン シンク**（ファイル共有）：メリディアン シンクは月額50,000円（税抜）で、全社員の皆様にご利用いただけます。1ユーザーあたり1TBのストレージ容量をご用意し、稼働率SLAは99.9%です。
2. **メリディアン ボールト**（バックアップ）：メリディアン ボールトは1TBあたり月額2,800円（税抜）の従量課金です。RPO（目標復旧時点）は15分、標準の保持期間は90日間です。

初年度の費用総額は、月額費用の12か月分（税抜 1,776,000円）と導入支援費用（税抜 450,000円）を合わせて、2,226,000円（税抜）を見込んでおります。詳細は「5. お見積り」をご参照ください。

## 2. 現状の課題とご要件

### 2.1 現状の課題

1. ファイルサーバー
   (1) 2017年に導入したNASが、2027年3月に保守期限を迎えます。
   (2) 工場からのVPN接続が遅く、図面の閲覧に時間がかかっております。
2. バックアップ
   (1) テープによる週次フルバックアップのため、最大で7日分の更新が失われるおそれがございます。
   (2) 2025年の取引先監査で、遠隔地保管の不備をご指摘いただいております。

### 2.2 ご要件と対応

| No. | ご要件 | 本提案での対応 |
|---|---|---|
| 1 | ご利用人数 1,500名以上（将来の増員を含む） | メリディアン シンクは最大10,000ユーザーまでご利用いただけます |
| 2 | 目標復旧時点 1時間以内 | メリディアン ボールトのRPOは15分です |
| 3 | 国内でのデータ保管 | メリディアン ボールトは東京・大阪の国内データセンターで運用しております |
| 4 | 保存時の暗号化 | メリディアン ボールトはAES-256で暗号化して保存します |
| 5 | 情報セキュリティ認証 | メリディアン シンクはISO/IEC 27001認証を取得しており、ISMAPにも登録済みです |

## 3. ご提案内容

### 3.1 メリディアン シンク（ファイル共有）

1. 利用規模：最大10,000ユーザーまでご利用いただけます。
2. ストレージ：1ユーザーあたり1TBのストレージ容量をご用意しております。
3. 対応OS：Windows、Mac、iPhone・iPad、Androidに対応しております。
4. オフライン利用：メリディアン シンクはオフライン環境ではご利用いただけません。通信が回復し次第、自動的に同期されます。
5. 可用性：稼働率SLAは99.9%（月間）です。

### 3.2 メリディアン ボールト（バックアップ）

1. 復旧目標
   (1) RPO（目標復旧時点）：15分
   (2) RTO（目標復旧時間）：4時間以内
2. 保持期間：標準90日間
3. データセンター：東京・大阪（国内2拠点）
4. 暗号化：AES-256
5. 容量上限：1テナントあたり最大500TB
6. 可用性：稼働率99.99%

## 4. 他社サービスとの比較

**表4-1 バックアップサービス比較**（各社公開情報をもとに当社にて作成、2026年10月時点）

| 項目 | メリディアン ボールト | A社 クラウドバックアップ | B社 バックアップサービス |
|---|---|---|---|
| RPO | 15分 | 1時間 | 24時間 |
| 標準保持期間 | 90日 | 30日 | 60日 |
| 稼働率SLA | 99.95% | 99.9% | 99.9% |
| 1TBあたり月額（税抜） | 2,800円 | 3,200円 | 3,500円 |
| 国内データセンター | 東京・大阪 | 東京 | 東京・大阪 |

このとおり、メリディアン ボールトは国内最安クラスの容量単価でご提供しております。

## 5. お見積り

### 5.1 月額費用

**表5-1 月額費用（金額はすべて税抜）**

| 品目 | 単価 | 数量 | 月額 |
|---|---|---|---|
| メリディアン シンク 基本料金 | 50,000円／月 | 1式 | 50,000円 |
| メリディアン ボールト 従量課金（バックアップ対象データ） | 2,800円／TB | 35TB | 98,000円 |
| 合計 | | | 148,000円 |

※メリディアン シンクの月額料金は、税込では55,000円となります。

### 5.2 初期費用

**表5-2 初期費用（税抜）**

| 品目 | 金額 |
|---|---|
| 導入支援パック（設計・移行・管理者トレーニング） | 450,000円 |

### 5.3 お値引き・オプション

1. 年間一括前払いの場合、初年度の月額費用合計から5%をお値引きいたします（本提案限り）。
2. オプション：メリディアン インサイト（2027年1月一般提供開始予定）による品質データの可視化。1ユーザーあたり月額4,000円（税抜）でご提供いたします。
3. ご参考：米国子会社（Hamamatsu Seiki America, Inc.）様でご契約の場合、メリディアン シンクは月額399米ドル（税別）となります（米国本社との契約）。

## 6. 前提条件

本見積りは以下を前提としております。前提が変わる場合は再見積りとなります。

1. バックアップ対象データ量は、初年度35TB、3年後に約50TBを想定しております。
2. ご利用者数は約1,200名（2027年度末に1,350名まで増加）を想定しております。
3. 工場のインターネット回線は100Mbps以上とします。
4. 見積有効期限：2026年12月25日
5. 消費税率は10%で計算しております。

## 7. 導入スケジュールと推進体制

### 7.1 スケジュール

| 時期 | 内容 |
|---|---|
| 2026年12月 | ご契約・キックオフ |
| 2027年1月 | メリディアン ボールト 初回フルバックアップ |
| 2027年2月〜3月 | メリディアン シンク 段階展開（本社→湖西工場→磐田工場） |
| 2027年4月 | 旧NAS停止 |

### 7.2 推進体制

- プロジェクトマネージャー：1名（小野寺）
- 導入エンジニア：2名
- カスタマーサクセス：1名

## 付録A 用語集

- RPO（目標復旧時点）：障害発生時に、どの時点までのデータを復旧できるかを示す指標です。
- RTO（目標復旧時間）：障害発生から業務を再開できるまでの時間の目標です。
- SLA：サービス提供者が約束するサービス品質の水準です。

## 付録B 製品名称の変更について

旧称「メリディアン ファイルシンク」は、2025年10月より「メリディアン シンク」に名称を変更しております。既存のご契約内容に変更はございません。
"""

HAMAMATSU_CLAIMS = [
    (SY, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクは月額50,000円（税抜）で、全社員の皆様にご利用いただけます。"),
    (SY, "storage_per_user", TB, "ok", "1ユーザーあたり1TBのストレージ容量をご用意し"),
    (SY, "sla", 99.9, "ok", "稼働率SLAは99.9%です。"),
    (VA, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールトは1TBあたり月額2,800円（税抜）の従量課金です。"),
    (VA, "rpo", D(15, "minutes"), "ok", "RPO（目標復旧時点）は15分"),
    (VA, "retention", D(90, "days"), "ok", "標準の保持期間は90日間です。"),
    (SY, "max_users", 10000, "ok", "メリディアン シンクは最大10,000ユーザーまでご利用いただけます"),
    (VA, "rpo", D(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分です"),
    (VA, "data_centers", "Tokyo", "ok", "メリディアン ボールトは東京・大阪の国内データセンターで運用しております"),
    (VA, "data_centers", "Osaka", "ok", "メリディアン ボールトは東京・大阪の国内データセンターで運用しております"),
    (VA, "encryption", "AES-256", "ok", "メリディアン ボールトはAES-256で暗号化して保存します"),
    (SY, "certifications", "ISO 27001", "ok", "メリディアン シンクはISO/IEC 27001認証を取得しており、ISMAPにも登録済みです"),
    (SY, "certifications", "ISMAP", "conflict", "メリディアン シンクはISO/IEC 27001認証を取得しており、ISMAPにも登録済みです"),
    # 3.1 (product from the section heading)
    (SY, "max_users", 10000, "ok", "利用規模：最大10,000ユーザーまでご利用いただけます。"),
    (SY, "storage_per_user", TB, "ok", "ストレージ：1ユーザーあたり1TBのストレージ容量をご用意しております。"),
    (SY, "supported_platforms", "Windows", "ok", "対応OS：Windows、Mac、iPhone・iPad、Androidに対応しております。"),
    (SY, "supported_platforms", "macOS", "ok", "対応OS：Windows、Mac、iPhone・iPad、Androidに対応しております。"),
    (SY, "supported_platforms", "iOS", "ok", "対応OS：Windows、Mac、iPhone・iPad、Androidに対応しております。"),
    (SY, "supported_platforms", "Android", "ok", "対応OS：Windows、Mac、iPhone・iPad、Androidに対応しております。"),
    (SY, "offline_mode", False, "ok", "メリディアン シンクはオフライン環境ではご利用いただけません。"),
    (SY, "sla", 99.9, "ok", "可用性：稼働率SLAは99.9%（月間）です。"),
    # 3.2
    (VA, "rpo", D(15, "minutes"), "ok", "RPO（目標復旧時点）：15分"),
    (VA, "rto", D(4, "hours"), "unverified", "RTO（目標復旧時間）：4時間以内"),
    (VA, "retention", D(90, "days"), "ok", "保持期間：標準90日間"),
    (VA, "data_centers", "Tokyo", "ok", "データセンター：東京・大阪（国内2拠点）"),
    (VA, "data_centers", "Osaka", "ok", "データセンター：東京・大阪（国内2拠点）"),
    (VA, "encryption", "AES-256", "ok", "暗号化：AES-256"),
    (VA, "max_storage", 500 * TB, "ok", "容量上限：1テナントあたり最大500TB"),
    (VA, "sla", 99.99, "conflict", "可用性：稼働率99.99%"),
    # 4 comparison (Meridian column)
    (VA, "rpo", D(15, "minutes"), "ok", "| RPO | 15分 |"),
    (VA, "retention", D(90, "days"), "ok", "| 標準保持期間 | 90日 |"),
    (VA, "sla", 99.95, "ok", "| 稼働率SLA | 99.95% |"),
    (VA, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "| 1TBあたり月額（税抜） | 2,800円 |"),
    (VA, "data_centers", "Tokyo", "ok", "| 国内データセンター | 東京・大阪 |"),
    (VA, "data_centers", "Osaka", "ok", "| 国内データセンター | 東京・大阪 |"),
    # 5.1 quote table (caption: 金額はすべて税抜)
    (SY, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 基本料金 | 50,000円／月 |"),
    (VA, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "| メリディアン ボールト 従量課金（バックアップ対象データ） | 2,800円／TB |"),
    (SY, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "※メリディアン シンクの月額料金は、税込では55,000円となります。"),
    # 5.3
    (IN, "general_availability", "2027-01", "ok", "メリディアン インサイト（2027年1月一般提供開始予定）"),
    (IN, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "1ユーザーあたり月額4,000円（税抜）でご提供いたします。"),
    (SY, "monthly_price", M(399, "USD", "month", "excluded"), "office-variant", "メリディアン シンクは月額399米ドル（税別）となります"),
]
HAMAMATSU_FINDINGS = [
    ("phrase", "ja.cheapest", None, "メリディアン ボールトは国内最安クラスの容量単価でご提供しております。"),
    ("terminology", None, SY, "旧称「メリディアン ファイルシンク」は"),
]

# ====================================================================== osaka / plain text (ja)
KANSAI_TXT = """\
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
関西中央信用金庫　御中

　　勘定系周辺サーバー　バックアップ環境更改のご提案

　　　　　　　　　　　　　　　　　　　　　　　　2026年11月20日
　　　　　　　　　　　　　　メリディアンデータ株式会社　大阪オフィス
　　　　　　　　〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
　　　　　　　　　　　　　　TEL 06-6555-0217　FAX 06-6555-0218
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 本書の金額表記について
　本書に記載の金額は、特に断りのない限りすべて税抜です。
　税込金額を記載する場合は「税込」と明記しております。

■ 目次
　1. はじめに
　2. ご提案サービスの概要（メリディアン・ボールト）
　3. 料金
　4. 参考：メリディアン・インサイトによる可視化（オプション）
　5. 前提条件
　6. 推進体制


■ 1. はじめに

　貴金庫では、営業店42店舗の業務データと本部の情報系サーバー（計18台）を、
本部地下のテープ装置で週次バックアップされています。
　本書では、災害時の事業継続と、監督官庁のガイドラインに沿った遠隔地保管を
両立するバックアップ環境をご提案いたします。


■ 2. ご提案サービスの概要（メリディアン・ボールト）

（1）復旧目標
　　ア．RPO（目標復旧時点）は15分です。
　　イ．データが失われることは絶対にありません。

（2）データの保管
　　ア．標準の保持期間は90日間です。
　　イ．保管先は東京・大阪のデータセンターに加え、遠隔地保管としてシンガポールの
　　　　データセンターもご選択いただけます。
　　ウ．保存データはAES-256で暗号化します。

（3）稼働率
　　ア．サービス稼働率（SLA）は99.95%です。

（4）管理画面
　　ア．管理画面は日本語・英語の2か国語に対応しております。

（5）今後の機能強化
　　ア．業界初のAIによるランサムウェア検知機能を、2027年春より標準搭載予定です。


■ 3. 料金

3-1　月額料金

　メリディアン・ボールト　容量単価：1TBあたり月額2,800円（税込3,080円）

　品目                               単価          数量    月額
　--------------------------------------------------------------------
　メリディアン・ボールト 従量課金    2,800円/TB    12TB    33,600円
　遠隔地保管オプション               1,200円/TB    12TB    14,400円
　--------------------------------------------------------------------
　合計                                                     48,000円
　　　　　　　　　　　　　　　　　　　　　　　　　　（税込 52,800円）

3-2　初期費用

　導入作業費（設計・初回バックアップ・手順書作成）　一式　380,000円

3-3　お値引き

　3年契約の場合、月額料金を8%お値引きいたします（2026年12月末までのご発注に限ります）。


■ 4. 参考：メリディアン・インサイトによる可視化（オプション）

（1）メリディアン・インサイトは2026年12月に正式リリース予定です。
（2）1ユーザーあたり月額4,400円（税込）でご利用いただけます。
（3）30日間の無料トライアルをご用意しております。


■ 5. 前提条件

（1）バックアップ対象データ量は約12TB（5年後に20TB程度）と想定しております。
（2）対象サーバーは本部18台・営業店42台の計60台です。
（3）本番切替は2027年3月の連休を想定しております。
（4）見積有効期限：2026年12月28日


■ 6. 推進体制

　プロジェクト責任者　西村 拓也（大阪オフィス 営業第二課 課長）
　技術担当　　　　　　藤井 彩 ほか2名
　協力会社　　　　　　株式会社曙システム（保守窓口）

以上
"""

KANSAI_CLAIMS = [
    (VA, "rpo", D(15, "minutes"), "ok", "ア．RPO（目標復旧時点）は15分です。"),
    (VA, "retention", D(90, "days"), "ok", "ア．標準の保持期間は90日間です。"),
    (VA, "data_centers", "Tokyo", "ok", "保管先は東京・大阪のデータセンターに加え"),
    (VA, "data_centers", "Osaka", "ok", "保管先は東京・大阪のデータセンターに加え"),
    (VA, "data_centers", "Singapore", "conflict", "遠隔地保管としてシンガポールの"),
    (VA, "encryption", "AES-256", "ok", "ウ．保存データはAES-256で暗号化します。"),
    (VA, "sla", 99.95, "ok", "ア．サービス稼働率（SLA）は99.95%です。"),
    (VA, "ui_languages", 2, "unverified", "ア．管理画面は日本語・英語の2か国語に対応しております。"),
    (VA, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン・ボールト　容量単価：1TBあたり月額2,800円（税込3,080円）"),
    (VA, "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok", "メリディアン・ボールト　容量単価：1TBあたり月額2,800円（税込3,080円）"),
    (VA, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン・ボールト 従量課金    2,800円/TB"),
    (IN, "general_availability", "2026-12", "conflict", "（1）メリディアン・インサイトは2026年12月に正式リリース予定です。"),
    (IN, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", "（2）1ユーザーあたり月額4,400円（税込）でご利用いただけます。"),
    (IN, "free_trial", D(30, "days"), "ok", "（3）30日間の無料トライアルをご用意しております。"),
]
KANSAI_FINDINGS = [
    ("phrase", "ja.absolute", None, "イ．データが失われることは絶対にありません。"),
    ("phrase", "ja.first-in-industry", None, "ア．業界初のAIによるランサムウェア検知機能を"),
]

# ====================================================================== us-hq / plain text RFP response
PINECREST_TXT = """\
PINECREST UNIFIED SCHOOL DISTRICT
RFP No. 2026-114: Cloud File Collaboration and Analytics for Instruction and Operations

RESPONSE OF MERIDIAN DATA INC.
Submitted: October 13, 2026 (revised November 18, 2026)
Contact:   Marcus Oyelaran, Solutions Engineer, Public Sector
           +1 (415) 555-0199 | marcus.oyelaran@meridian-data.com
           Meridian Data Inc., 600 Harrison Street, Suite 410, San Francisco, CA 94107
           Federal EIN 84-3920176 | CA Secretary of State No. 4471903

=====================================================================
TABLE OF CONTENTS
  1. Executive Summary
  2. Company Background
  3. Response to Technical Requirements (RFP Section C)
  4. Implementation Approach
  5. Pricing (RFP Form P-1)
  6. Assumptions and Exceptions
  Appendix 1. Reference Customers
=====================================================================


1. EXECUTIVE SUMMARY
---------------------

Meridian Data proposes Meridian Sync as the district's file collaboration
platform for teachers and staff across 31 schools and the district office, with
Meridian Insight as an optional analytics layer once it is generally available
in January 2027.

Meridian Sync scales to 5,000 users per organization, with 1 TB of storage for
every user and a 99.9% uptime SLA.

Year-one cost for the core proposal is $4,788.00 before the education discount;
see Section 5 for the full price form.


2. COMPANY BACKGROUND
---------------------

Meridian Data was founded in 2014 and serves more than 1,900 organizations from
offices in San Francisco, London, Tokyo and Osaka. Public-sector customers
include community college districts, county governments and K-12 districts in
California, Oregon and Washington.


3. RESPONSE TO TECHNICAL REQUIREMENTS (RFP SECTION C)
-----------------------------------------------------

Compliance key: C = Compliant, P = Partially compliant, N = Not compliant,
E = Exceeds requirement.

C-1   Requirement: The solution shall support a minimum of 6,500 named users.
      Status:      C
      Response:    Meridian Sync supports up to 10,000 users per organization.
                   This covers the district's current staff and planned growth.

C-2   Requirement: Minimum storage of 500 GB per user.
      Status:      E
      Response:    Each Meridian Sync user receives 1 TB of storage.

C-3   Requirement: Security certifications (ISO 27001 required; FedRAMP
                   Moderate preferred).
      Status:      P
      Response:    Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II
                   attestation. Meridian does not hold FedRAMP authorization.

C-4   Requirement: Native clients for Windows, macOS, iPadOS and ChromeOS.
      Status:      P
      Response:    Meridian Sync provides native clients for Windows, macOS,
                   iOS/iPadOS and Android. There is no native ChromeOS client at
                   present.

C-5   Requirement: Teachers must be able to work offline.
      Status:      N
      Response:    Meridian Sync does not offer an offline mode.

C-6   Requirement: Service availability of 99.9% or higher.
      Status:      C
      Response:    Meridian Sync carries a 99.9% monthly uptime SLA with service
                   credits.

C-7   Requirement: API access for the student information system at no less
                   than 1,000 requests per minute.
      Status:      E
      Response:    The Meridian Sync API allows 1,200 requests per minute per
                   organization.

C-8   Requirement: Support first response within 4 hours for critical
                   incidents.
      Status:      C
      Response:    Meridian Sync Premium Support responds within 1 hour to
                   Severity 1 incidents; Standard Support responds within
                   8 business hours.

C-9   Requirement: Version history for at least 180 days.
      Status:      E
      Response:    Meridian Sync keeps unlimited version history for every file.

C-10  Requirement: Analytics dashboards for principals (optional).
      Status:      C
      Response:    Meridian Insight (generally available January 2027) supports
                   up to 200 dashboards per workspace, and its queries return
                   in under 2 seconds.

C-11  Requirement: Evaluation period before purchase.
      Status:      C
      Response:    Pinecrest may evaluate Meridian Insight with a 14-day free
                   trial.

C-12  Requirement: Migration from existing file shares without disruption to
                   classes.
      Status:      C
      Response:    We will migrate over the summer break with zero downtime for
                   teachers.


4. IMPLEMENTATION APPROACH
--------------------------

4.1 Phases
    a) Discovery (June 2027): inventory of the 31 school file servers.
    b) Pilot (July 2027): three schools, approximately 400 staff.
    c) Wave migration (July-August 2027): the remaining 28 schools.
    d) Go-live for the 2027-28 school year: August 16, 2027.

4.2 Training
    Two train-the-trainer sessions per school, plus recorded sessions for
    substitutes. Training is included in the professional services fee.


5. PRICING (RFP FORM P-1)
-------------------------

All prices are in US dollars.

Line  Item                                      Unit price              Qty  Extended (12 months)
----  ----------------------------------------  ----------------------  ---  --------------------
P-1   Meridian Sync, district organization      $399.00 per month         1           $4,788.00
P-2   Meridian Insight, principals and office   $30.00 per user/month    45          $16,200.00
      staff (optional, billed from GA)
P-3   Education discount (20% of P-1 and P-2)                                        -$4,197.60
      -------------------------------------------------------------------------------------
      Year-one total (with option P-2)                                             $16,790.40

One-time professional services (migration, training): $14,500.00, fixed fee.


6. ASSUMPTIONS AND EXCEPTIONS
-----------------------------

6.1  We assume 6,200 named users at contract start.
6.2  We assume the district's existing file shares total about 38 TB.
6.3  Exception to Section 9.4 of the RFP terms: Meridian's liability cap is
     twelve months of fees.
6.4  Pricing is valid for 90 days from submission.


APPENDIX 1. REFERENCE CUSTOMERS
-------------------------------

  - Lakeview Community College District: Meridian Sync since 2025.
    Contact: Dr. Alan Pryce, CIO, (530) 555-0175
  - Harbor City Schools: Meridian Sync and Meridian Vault, since 2026.
    Contact: Monica Tran, Director of Technology, (209) 555-0122
"""

PINECREST_CLAIMS = [
    (IN, "general_availability", "2027-01", "ok", "once it is generally available in January 2027"),
    (SY, "max_users", 5000, "stale", "Meridian Sync scales to 5,000 users per organization"),
    (SY, "storage_per_user", TB, "ok", "with 1 TB of storage for every user"),
    (SY, "sla", 99.9, "ok", "and a 99.9% uptime SLA"),
    (SY, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization."),
    (SY, "storage_per_user", TB, "ok", "Each Meridian Sync user receives 1 TB of storage."),
    (SY, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II attestation."),
    (SY, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II attestation."),
    (SY, "supported_platforms", "Windows", "ok", "Meridian Sync provides native clients for Windows, macOS, iOS/iPadOS and Android."),
    (SY, "supported_platforms", "macOS", "ok", "Meridian Sync provides native clients for Windows, macOS, iOS/iPadOS and Android."),
    (SY, "supported_platforms", "iOS", "ok", "Meridian Sync provides native clients for Windows, macOS, iOS/iPadOS and Android."),
    (SY, "supported_platforms", "Android", "ok", "Meridian Sync provides native clients for Windows, macOS, iOS/iPadOS and Android."),
    (SY, "offline_mode", False, "ok", "Meridian Sync does not offer an offline mode."),
    (SY, "sla", 99.9, "ok", "Meridian Sync carries a 99.9% monthly uptime SLA with service credits."),
    (SY, "api_rate_limit", 1200, "unverified", "The Meridian Sync API allows 1,200 requests per minute per organization."),
    (SY, "support_response_time", D(1, "hours"), "unverified", "Meridian Sync Premium Support responds within 1 hour to Severity 1 incidents"),
    (SY, "support_response_time", D(8, "hours"), "unverified", "Standard Support responds within 8 business hours"),
    (IN, "general_availability", "2027-01", "ok", "Meridian Insight (generally available January 2027)"),
    (IN, "max_dashboards", 200, "ok", "supports up to 200 dashboards per workspace"),
    (IN, "query_latency", D(2, "seconds"), "ok", "its queries return in under 2 seconds"),
    (IN, "free_trial", D(14, "days"), "conflict", "Pinecrest may evaluate Meridian Insight with a 14-day free trial."),
    (SY, "monthly_price", M(399, "USD", "month"), "ok", "Meridian Sync, district organization      $399.00 per month"),
    (IN, "per_user_price", M(30, "USD", "user-month"), "ok", "Meridian Insight, principals and office   $30.00 per user/month"),
]
PINECREST_FINDINGS = [
    ("phrase", "en.unlimited", None, "Meridian Sync keeps unlimited version history for every file."),
    ("phrase", "en.guarantee", None, "We will migrate over the summer break with zero downtime"),
]

# ====================================================================== tokyo / HTML (ja)
MINATO_HTML = """\
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>物流KPI可視化基盤のご提案｜株式会社みなと物流 御中</title>
<style>
body { font-family: "Hiragino Sans", "Yu Gothic", sans-serif; line-height: 1.7; max-width: 50em; margin: 2em auto; }
table { border-collapse: collapse; margin: 0.8em 0; }
th, td { border: 1px solid #999; padding: 4px 10px; }
caption { text-align: left; font-weight: bold; }
.note { font-size: 0.85em; color: #555; }
</style>
</head>
<body>
<h1>株式会社みなと物流 御中<br>物流KPI可視化基盤のご提案</h1>
<p>2026年11月18日<br>
メリディアンデータ株式会社 東京オフィス<br>
ソリューション技術部 小野寺 健（TEL 03-5555-0191）</p>

<h2>目次</h2>
<ol>
<li>エグゼクティブサマリー</li>
<li>現状の課題</li>
<li>ご提案内容：メリディアン インサイト</li>
<li>他社BIサービスとの比較</li>
<li>お見積り</li>
<li>前提条件</li>
<li>導入スケジュール</li>
</ol>

<h2>1. エグゼクティブサマリー</h2>
<p>メリディアン インサイトは、倉庫管理システム（WMS）・輸配送管理システム（TMS）・会計システムのデータを統合し、物流センターごとのKPIをリアルタイムに可視化するクラウド型BIサービスです。</p>
<p>メリディアン インサイトは現在ベータ版としてご提供しており、2027年1月に一般提供を開始する予定です。メリディアン インサイトの料金は1ユーザーあたり月額4,000円（税抜）で、30日間の無料トライアルもご用意しております。</p>
<p>メリディアン インサイトは、物流業向けクラウドBIの導入満足度で国内No.1※を獲得しております。</p>

<h2>2. 現状の課題</h2>
<ol>
<li>全国の物流センターの日次KPIを、各センターがExcelで集計し本社に送付しています。
  <ol type="a">
  <li>集計様式がセンターごとに異なり、本社で再加工が必要です。</li>
  <li>月次の締めに約5営業日を要しています。</li>
  </ol>
</li>
<li>荷主様向けの月次レポートが手作業のため、提出が翌月10日前後になっています。</li>
</ol>

<h2>3. ご提案内容：メリディアン インサイト</h2>
<h3>3.1 主な仕様</h3>
<table>
<caption>表3-1 メリディアン インサイトの主な仕様</caption>
<tr><th>項目</th><th>仕様</th></tr>
<tr><td>クエリ応答時間</td><td>最大2秒（大規模ワークスペース、p95）</td></tr>
<tr><td>ダッシュボード数</td><td>1ワークスペースあたり最大200個</td></tr>
<tr><td>連携データソース</td><td>50種類以上（WMS・TMS・主要会計システムを含む）</td></tr>
<tr><td>可用性</td><td>99.9%（ベータ期間中は目標値）</td></tr>
<tr><td>無料トライアル</td><td>30日間</td></tr>
<tr><td>一般提供開始</td><td>2027年1月（予定）</td></tr>
</table>

<h3>3.2 ご利用イメージ</h3>
<p>各物流センター長は、出荷件数・誤出荷率・庫内作業時間を当日中に確認できます。本社管理部門では、荷主別の収支を月次締めを待たずに把握いただけます。</p>

<h2>4. 他社BIサービスとの比較</h2>
<table>
<caption>表4-1 クラウドBIサービス比較（2026年10月時点の各社公開情報による）</caption>
<tr><th>項目</th><th>メリディアン インサイト</th><th>X社 クラウドBI</th><th>Y社 アナリティクス</th></tr>
<tr><td>1ユーザーあたり月額（税抜）</td><td>4,000円</td><td>5,500円</td><td>4,800円</td></tr>
<tr><td>クエリ応答時間</td><td>最大2秒</td><td>最大5秒</td><td>最大3秒</td></tr>
<tr><td>ダッシュボード上限</td><td>200</td><td>100</td><td>無制限</td></tr>
<tr><td>無料トライアル</td><td>30日間</td><td>14日間</td><td>なし</td></tr>
</table>

<h2>5. お見積り</h2>
<table>
<caption>表5-1 月額費用（税込）</caption>
<tr><th>品目</th><th>ユーザー単価（月額）</th><th>数量</th><th>月額</th></tr>
<tr><td>メリディアン インサイト 利用料</td><td>4,400円</td><td>80</td><td>352,000円</td></tr>
<tr><td>初期設定・データ連携構築（一式）</td><td>—</td><td>1</td><td>660,000円（初回のみ）</td></tr>
</table>
<p class="note">※上記はすべて消費税10%込みの金額です。税抜では1ユーザーあたり月額4,000円となります。</p>
<p>ご契約期間を24か月とされる場合、初年度の利用料を10%お値引きいたします。</p>
<p>オプション：メリディアン ボールトによるWMSデータベースのバックアップ（1TBあたり月額2,800円・税抜）もご提案可能です。</p>
<p>（ご参考）海外グループ会社様で米ドル建てのご契約をご希望の場合、メリディアン インサイトは1ユーザーあたり月額30米ドルとなります。</p>

<h2>6. 前提条件</h2>
<ol>
<li>ご利用ユーザー数は80名（物流センター長23名、本社57名）を想定しております。</li>
<li>データ連携対象はWMS・TMS・会計の3システムとします。</li>
<li>本番稼働は2027年2月を予定しております。</li>
<li>見積有効期限は2026年12月25日です。</li>
</ol>

<h2>7. 導入スケジュール</h2>
<table>
<tr><th>時期</th><th>内容</th></tr>
<tr><td>2026年12月</td><td>ご契約、要件定義</td></tr>
<tr><td>2027年1月</td><td>データ連携構築、トライアル環境での検証</td></tr>
<tr><td>2027年2月</td><td>本番稼働、センター長向け説明会</td></tr>
</table>

<p class="note">※2026年9月 株式会社東京リサーチ調べ（物流業向けクラウドBI 5製品の利用企業アンケート、n=312）</p>
</body>
</html>
"""

MINATO_CLAIMS = [
    (IN, "general_availability", "2027-01", "ok", "メリディアン インサイトは現在ベータ版としてご提供しており、2027年1月に一般提供を開始する予定です。"),
    (IN, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイトの料金は1ユーザーあたり月額4,000円（税抜）で"),
    (IN, "free_trial", D(30, "days"), "ok", "30日間の無料トライアルもご用意しております。"),
    (IN, "query_latency", D(2, "seconds"), "ok", "クエリ応答時間 最大2秒（大規模ワークスペース、p95）"),
    (IN, "max_dashboards", 200, "ok", "ダッシュボード数 1ワークスペースあたり最大200個"),
    (IN, "integrations", 50, "unverified", "連携データソース 50種類以上"),
    (IN, "sla", 99.9, "unverified", "可用性 99.9%（ベータ期間中は目標値）"),
    (IN, "free_trial", D(30, "days"), "ok", "無料トライアル 30日間"),
    (IN, "general_availability", "2027-01", "ok", "一般提供開始 2027年1月（予定）"),
    (IN, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "1ユーザーあたり月額（税抜） 4,000円"),
    (IN, "query_latency", D(2, "seconds"), "ok", "クエリ応答時間 最大2秒 最大5秒"),
    (IN, "max_dashboards", 200, "ok", "ダッシュボード上限 200"),
    (IN, "free_trial", D(30, "days"), "ok", "無料トライアル 30日間 14日間"),
    (IN, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", "メリディアン インサイト 利用料 4,400円"),
    (VA, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールトによるWMSデータベースのバックアップ（1TBあたり月額2,800円・税抜）"),
    (IN, "per_user_price", M(30, "USD", "user-month"), "office-variant", "メリディアン インサイトは1ユーザーあたり月額30米ドルとなります。"),
]
MINATO_FINDINGS = []

DOCS = [
    ("docs/us-hq/northwind-logistics-proposal-v2.1.md", "us-hq", NORTHWIND_MD, NORTHWIND_CLAIMS, NORTHWIND_FINDINGS),
    ("docs/us-hq/pinecrest-usd-rfp-2026-114-response.txt", "us-hq", PINECREST_TXT, PINECREST_CLAIMS, PINECREST_FINDINGS),
    ("docs/london/calder-finch-proposal-issue3.html", "london", CALDER_HTML, CALDER_CLAIMS, CALDER_FINDINGS),
    ("docs/tokyo/浜松精機様_ファイル共有・バックアップ基盤ご提案書_第3版.md", "tokyo", HAMAMATSU_MD, HAMAMATSU_CLAIMS, HAMAMATSU_FINDINGS),
    ("docs/tokyo/minato-butsuryu-insight-proposal.html", "tokyo", MINATO_HTML, MINATO_CLAIMS, MINATO_FINDINGS),
    ("docs/osaka/kansai-chuo-shinkin-backup-teian.txt", "osaka", KANSAI_TXT, KANSAI_CLAIMS, KANSAI_FINDINGS),
]
IGNORED_DOCS = [
    ("docs/london/drafts/calder-finch-proposal-issue2-DRAFT.md", CALDER_DRAFT_MD),
]
