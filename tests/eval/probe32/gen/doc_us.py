# US HQ proposal (Markdown). Labels follow LABELS.md; see ../README.md "Judgement calls".
from labels import C, P, T, S, V, I, usd, gbp, jpy, dur, TB, GB, PB

PATH = "docs/us-hq/calloway-freight-proposal.md"
OFFICE = "us-hq"

TEXT = """\
# Proposal: Secure file collaboration, backup and analytics for Calloway Freight Systems

**Prepared for:** Dana Whitfield, VP Infrastructure, Calloway Freight Systems, Inc., 4410 Trade Center Parkway, Columbus, OH 43228
**Prepared by:** Marcus Oyelaran, Senior Account Executive, Meridian Data Inc., 575 Market Street, Suite 1900, San Francisco, CA 94105 · +1 (415) 555-0182
**Reference:** MD-US-2026-1187 · Version 3 · 16 November 2026
**Valid until:** 31 December 2026

---

## Contents

1. Executive summary
2. Meridian Sync
3. Meridian Vault
4. Meridian Insight (beta)
5. Implementation plan
6. Side-by-side comparison
7. Commercial summary
8. Support and account management
9. Assumptions and next steps
- Appendix A. List prices by office
- Appendix B. Glossary
- Appendix C. Change log

---

## 1. Executive summary

Calloway moves freight for roughly 3,400 shippers out of 14 terminals in Ohio, Indiana and Kentucky. Today its documents live on three ageing file servers, a shared drive at each terminal and, in more places than anyone would like, on USB sticks in the cabs.

Following our workshops in Columbus on 21 October and 4 November, this proposal covers three services that share one contract, one admin console and one support team:

1. **Meridian Sync** for file sharing across head office, the terminals and the road crews' phones;
2. **Meridian Vault** for managed backup of the two ERP databases and of the file servers until they are retired;
3. **Meridian Insight**, currently in beta, for the shipment-performance views your operations team sketched on the whiteboard.

Meridian Vault gives Calloway an industry-leading recovery point of 15 minutes[^1], which matters most for the dispatch database that changes every few seconds.

What Calloway told us matters most, in order:

- Drivers and yard staff must reach delivery paperwork from a phone.
- A ransomware event must not cost more than a shift's worth of dispatch data.
  - The 2024 incident at the Dayton terminal cost two days of re-keying.
  - The insurer's renewal questionnaire now asks about recovery objectives.
- Operations wants on-time performance by lane without waiting for month-end reports.

## 2. Meridian Sync

Meridian Sync replaces the three file servers with one tenant that head office, the terminals and the drivers share. Folder permissions follow the groups you already keep in Entra ID, so nobody re-creates access by hand.

### 2.1 Scale and storage

- One Meridian Sync tenant supports up to 10,000 users.
- Calloway's rollout list covers 1,850 desk-based and field staff across the 14 terminals.
- Each user receives 1 TB of storage; shared team folders draw on the pooled allowance.
- Single files of up to 250 GB sync without splitting, which covers the CAD exports from the yard-planning team.

### 2.2 Clients

- Desktop client for Windows 10 and 11 and for macOS 13 or later.
- Mobile app for iOS and Android, with a low-data mode for drivers on metered plans.
- Linux: there is no native client, so the two Linux workstations on the rate desk will use the browser.
- Meridian Sync needs a live connection: it has no offline mode, which is why the terminal Wi-Fi survey in section 5 matters.

### 2.3 Security and compliance

Meridian Sync holds ISO 27001 certification and an ISO 27017 certificate for cloud services, and our SOC 2 Type II report is available under NDA.

Its uptime commitment is 99.9% per calendar month, with service credits[^2] if we miss it.

Sharing links can be limited to named recipients, set to expire, and watermarked. Calloway's security team keeps the final say on every policy.

## 3. Meridian Vault

Meridian Vault takes over backup for the Oracle ERP, the warehouse-management database and the file servers until they are switched off. Backups are agentless for the virtual machines and use a small agent on the two physical database hosts.

### 3.1 Recovery objectives

- **RPO:** 15 minutes for every protected system, including the dispatch database.
- **RTO:** full restore of the ERP within 4 hours; individual files come back in minutes.
- **Retention:** 90 days by default.
- Your auditors' seven-year requirement for the general ledger is out of scope here and will be handled in a separate archive quotation.

### 3.2 Hosting and encryption

Calloway's backups will be stored in our Oregon data center, with a replica in Frankfurt only if you opt in. Meridian Vault also runs data centers in Tokyo and Osaka for Asian workloads; we do not run a facility in Virginia.

All backup data is encrypted at rest with AES-256, and keys are rotated every 90 days.

A single Meridian Vault tenant stores up to 500 TB. At today's 38 TB, Calloway has plenty of headroom.

Service availability for Meridian Vault is 99.95%, measured monthly.

## 4. Meridian Insight (beta)

Meridian Insight is in beta today and becomes generally available in January 2027. Your operations team can join the beta now and carry its work over unchanged.

- Up to 200 dashboards per workspace.
- Queries on your shipment history return in under one second at the 95th percentile.
- Connects to Oracle, Snowflake and more than 40 other data sources.
- A 30-day free trial applies to every new workspace.
- After GA the price is $30 per user per month.

Your brief lists six operational views: on-time delivery by lane, dwell time by terminal, claims by customer, empty miles, driver hours and fuel cost per mile.

## 5. Implementation plan

The plan below assumes signature by 18 December 2026.

| Phase | Dates | What happens |
|---|---|---|
| Kick-off | 7–8 January 2027 | Workshops in Columbus; confirm the 14 terminal sites |
| Wi-Fi survey | 11–22 January 2027 | Check coverage in every yard office and dispatch room |
| Pilot | 11 January – 5 February 2027 | 120 staff at head office and the Grove City terminal |
| Rollout | February – April 2027 | Terminals in waves of three |
| Backup seeding | January 2027 | Initial copy of 38 TB over the existing 1 Gbps link |
| Dashboards | From GA | Six operational views, built with your analysts |

During the pilot, backups are retained for 90 days, and the cutover weekend will be a zero-downtime switch for the dispatch floor.

Each wave follows the same pattern:

1. Permissions review with the terminal manager.
2. Copy of the terminal share, then a delta sync on the Friday night.
3. Drivers' phones enrolled at the Monday toolbox talk.
   - Enrolment takes about ten minutes per phone.
   - Spare handsets stay at the dispatch desk.

## 6. Side-by-side comparison

Table 1 — The three services compared (list figures, US office)

| | Meridian Sync | Meridian Vault | Meridian Insight |
|---|---|---|---|
| Users per tenant | up to 10,000 | — | — |
| Storage | 1 TB per user | up to 500 TB per tenant | — |
| Uptime SLA | 99.9% | 99.95% | 99.5% target while in beta |
| Certifications | ISO 27001, SOC 2 Type II | ISO 27001 | — |
| Encryption at rest | — | AES-256 | AES-256 |
| Recovery point (RPO) | — | 15 minutes | — |
| Default retention | 30-day version history | 90 days | — |
| Dashboards | — | — | up to 200 |
| Query latency (p95) | — | — | under 2 seconds |
| List price | $399 per month | $20 per TB per month | $30 per user per month |
| Free trial | — | — | 30 days |
| Release status | generally available | generally available | GA January 2027 |
| Platforms | Windows, macOS, iOS, Android | — | any modern browser |

## 7. Commercial summary

Table 2 — Quotation for Calloway (USD, excluding sales tax)

| Line | Service | Unit price | Billing | Term |
|---|---|---|---|---|
| 1 | Meridian Sync tenant subscription | $399.00 per month | monthly in advance | 36 months |
| 2 | Meridian Vault protected data | $20.00 per TB per month | monthly in arrears | 36 months |
| 3 | Meridian Insight | $30.00 per user per month | monthly in advance | 24 months from GA |

The quotation assumes 40 TB of protected data at signature and 60 named analysts in the first year.

Year-one total: $35,988.00 before discount. Calloway's three-year commitment earns a 12% discount on lines 1 and 2, which brings the year-one total to $34,261.44. Invoices are issued annually in advance, payable net 30.

## 8. Support and account management

Calloway's plan includes Premier Support: a named technical account manager, a 24×7 phone line for Severity 1 incidents and a first response within 1 hour for those tickets. Severity 2 tickets are answered within 4 business hours.

Quarterly service reviews take place in Columbus or by video, as you prefer.

## 9. Assumptions and next steps

- Calloway provides a project lead for 2 days a week during the pilot.
- The 1 Gbps link at head office stays available for backup seeding.
- Next step: architecture review with your infrastructure team on 2 December 2026, then the security questionnaire.

## Appendix A. List prices by office

Meridian Data publishes list prices per office. Calloway is contracted and billed by the US office; the UK and Japan columns are shown only because Calloway's subsidiaries in Manchester and Nagoya asked for them.

Table A-1 — List prices by office

| Service | Billing unit | US (USD) | UK (GBP) | Japan (JPY) |
|---|---|---|---|---|
| Meridian Sync | per month | $399 excl. sales tax | £329 excl. VAT | ¥55,000 incl. consumption tax |
| Meridian Vault | per TB per month | $20 excl. sales tax | £18 excl. VAT | ¥3,080 incl. consumption tax |
| Meridian Insight | per user per month | $30 excl. sales tax | £25 excl. VAT | ¥4,400 incl. consumption tax |

## Appendix B. Glossary

- **GA (general availability):** the date from which a service is sold under standard terms and its SLA.
- **RPO (recovery point objective):** the most recent point to which data can be restored, i.e. the longest window of data loss.
- **RTO (recovery time objective):** how long a full restore may take.
- **Tenant:** one customer organisation's isolated instance of a Meridian service.
- **TB:** terabyte, 10^12 bytes (decimal, as on your storage invoices).
- **Former product names:** older contracts may refer to our file-sharing service by its previous name; the mapping is at https://docs.meridian-data.com/MeridianFileSync/renaming-faq.

## Appendix C. Change log

| Version | Date | Change |
|---|---|---|
| 3 | 16 Nov 2026 | Meridian Insight general availability corrected to January 2027 (version 2 said ~~October 2026~~). Added section 8. |
| 2 | 2 Oct 2026 | Meridian Vault list price updated: ~~$22~~ $20 per TB per month. Added Appendix A. |
| 1 | 20 Mar 2026 | First issue for the discovery workshop. Until 31 March 2026 Meridian Sync was limited to 5,000 users per tenant; the 10,000 figure applies from 1 April 2026. |

[^1]: Source: Halden Research, *Cloud Backup Services Benchmark*, June 2026 (median RPO of the 12 services tested: 60 minutes).
[^2]: Service credits are set out in the Meridian Cloud Services SLA, version 4, Schedule A.
"""

ASOF = "2026-11-22"

CLAIMS = [
    # 1. Executive summary
    C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault gives Calloway an industry-leading recovery point of 15 minutes[^1]"),
    # 2.1
    C(S, "max_users", 10000, "ok", "One Meridian Sync tenant supports up to 10,000 users."),
    C(S, "storage_per_user", TB(1), "ok", "Each user receives 1 TB of storage"),
    C(S, "max_file_size", GB(250), "unverified", "Single files of up to 250 GB sync without splitting"),
    # 2.2
    C(S, "supported_platforms", "Windows", "ok", "Desktop client for Windows 10 and 11 and for macOS 13 or later."),
    C(S, "supported_platforms", "macOS", "ok", "Desktop client for Windows 10 and 11 and for macOS 13 or later."),
    C(S, "supported_platforms", "iOS", "ok", "Mobile app for iOS and Android"),
    C(S, "supported_platforms", "Android", "ok", "Mobile app for iOS and Android"),
    C(S, "offline_mode", False, "ok", "Meridian Sync needs a live connection: it has no offline mode"),
    # 2.3
    C(S, "certifications", "ISO 27001", "ok", "Meridian Sync holds ISO 27001 certification and an ISO 27017 certificate for cloud services"),
    C(S, "certifications", "ISO 27017", "conflict", "Meridian Sync holds ISO 27001 certification and an ISO 27017 certificate for cloud services"),
    C(S, "certifications", "SOC 2 Type II", "ok", "our SOC 2 Type II report is available under NDA"),
    C(S, "sla", 99.9, "ok", "Its uptime commitment is 99.9% per calendar month"),
    # 3.1
    C(V, "rto", dur(4, "hours"), "unverified", "**RTO:** full restore of the ERP within 4 hours"),
    C(V, "retention", dur(90, "days"), "ok", "**Retention:** 90 days by default."),
    # 3.2
    C(V, "data_centers", "Oregon", "ok", "Calloway's backups will be stored in our Oregon data center, with a replica in Frankfurt only if you opt in."),
    C(V, "data_centers", "Frankfurt", "ok", "Calloway's backups will be stored in our Oregon data center, with a replica in Frankfurt only if you opt in."),
    C(V, "data_centers", "Tokyo", "ok", "Meridian Vault also runs data centers in Tokyo and Osaka for Asian workloads"),
    C(V, "data_centers", "Osaka", "ok", "Meridian Vault also runs data centers in Tokyo and Osaka for Asian workloads"),
    C(V, "encryption", "AES-256", "ok", "All backup data is encrypted at rest with AES-256"),
    C(V, "max_storage", TB(500), "ok", "A single Meridian Vault tenant stores up to 500 TB."),
    C(V, "sla", 99.95, "ok", "Service availability for Meridian Vault is 99.95%, measured monthly."),
    # 4
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight is in beta today and becomes generally available in January 2027."),
    C(I, "max_dashboards", 200, "ok", "Up to 200 dashboards per workspace."),
    C(I, "query_latency", dur(1, "seconds"), "conflict", "Queries on your shipment history return in under one second at the 95th percentile."),
    C(I, "integrations", 40, "unverified", "Connects to Oracle, Snowflake and more than 40 other data sources."),
    C(I, "free_trial", dur(30, "days"), "ok", "A 30-day free trial applies to every new workspace."),
    C(I, "per_user_price", usd(30, "user-month"), "ok", "After GA the price is $30 per user per month."),
    # 6. Table 1 (new values only; repeats of the same value are the same claim)
    C(I, "sla", 99.5, "unverified", "| Uptime SLA | 99.9% | 99.95% | 99.5% target while in beta |"),
    C(V, "certifications", "ISO 27001", "unverified", "| Certifications | ISO 27001, SOC 2 Type II | ISO 27001 | — |"),
    C(I, "encryption", "AES-256", "unverified", "| Encryption at rest | — | AES-256 | AES-256 |"),
    C(S, "retention", dur(30, "days"), "unverified", "| Default retention | 30-day version history | 90 days | — |"),
    C(I, "query_latency", dur(2, "seconds"), "ok", "| Query latency (p95) | — | — | under 2 seconds |"),
    C(S, "monthly_price", usd(399, "month"), "ok", "| List price | $399 per month | $20 per TB per month | $30 per user per month |"),
    C(V, "price_per_tb", usd(20, "TB-month"), "ok", "| List price | $399 per month | $20 per TB per month | $30 per user per month |"),
    # 7. Table 2: caption says excluding sales tax
    C(S, "monthly_price", usd(399, "month", "excluded"), "ok", "| 1 | Meridian Sync tenant subscription | $399.00 per month |"),
    C(V, "price_per_tb", usd(20, "TB-month", "excluded"), "ok", "| 2 | Meridian Vault protected data | $20.00 per TB per month |"),
    C(I, "per_user_price", usd(30, "user-month", "excluded"), "ok", "| 3 | Meridian Insight | $30.00 per user per month |"),
    # Appendix A (US column repeats Table 2's values)
    C(S, "monthly_price", gbp(329, "month", "excluded"), "office-variant", "| Meridian Sync | per month | $399 excl. sales tax | £329 excl. VAT | ¥55,000 incl. consumption tax |"),
    C(S, "monthly_price", jpy(55000, "month", "included"), "office-variant", "| Meridian Sync | per month | $399 excl. sales tax | £329 excl. VAT | ¥55,000 incl. consumption tax |"),
    C(V, "price_per_tb", gbp(18, "TB-month", "excluded"), "conflict", "| Meridian Vault | per TB per month | $20 excl. sales tax | £18 excl. VAT | ¥3,080 incl. consumption tax |"),
    C(V, "price_per_tb", jpy(3080, "TB-month", "included"), "office-variant", "| Meridian Vault | per TB per month | $20 excl. sales tax | £18 excl. VAT | ¥3,080 incl. consumption tax |"),
    C(I, "per_user_price", gbp(25, "user-month", "excluded"), "office-variant", "| Meridian Insight | per user per month | $30 excl. sales tax | £25 excl. VAT | ¥4,400 incl. consumption tax |"),
    C(I, "per_user_price", jpy(4400, "user-month", "included"), "office-variant", "| Meridian Insight | per user per month | $30 excl. sales tax | £25 excl. VAT | ¥4,400 incl. consumption tax |"),
    # Appendix C: struck values are retracted; the value placed in its period is judged then
    C(S, "max_users", 5000, "ok", "Until 31 March 2026 Meridian Sync was limited to 5,000 users per tenant", as_of="2026-03-31"),
]

FINDINGS = [
    P("en.guarantee", "the cutover weekend will be a zero-downtime switch for the dispatch floor"),
    # "industry-leading" is footnoted with "Source:" -> silent.
]
