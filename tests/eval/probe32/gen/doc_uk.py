# London proposal (HTML, rowspan/colspan, "both products" rows).
from labels import C, P, T, S, V, I, usd, gbp, jpy, dur, TB, GB, PB

PATH = "docs/london/harrowgate-housing-proposal.html"
OFFICE = "london"

TEXT = """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harrowgate Housing Association: proposal for file sharing and backup</title>
<style>
  body { font-family: "Segoe UI", Arial, sans-serif; max-width: 58em; margin: 2em auto; color: #1d2733; }
  table { border-collapse: collapse; margin: 1em 0; }
  th, td { border: 1px solid #9aa7b4; padding: 0.35em 0.6em; vertical-align: top; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.3em; }
  .ref { color: #5b6b7b; font-size: 0.9em; }
  .note { font-size: 0.9em; color: #3d4a57; }
</style>
</head>
<body>
<header>
<p class="ref">Ref. MD-UK-P-2026-0419 &middot; Issue 1.2 &middot; 18 November 2026 &middot; Commercial in confidence</p>
<h1>Harrowgate Housing Association: secure file sharing and backup, 2027&ndash;2030</h1>
<p>Prepared for Priya Ramanathan, Head of Digital Services, Harrowgate Housing Association, 12 Wellington Street, Leeds LS1 4DL.</p>
<p>Prepared by Oliver Pennington, Account Director, Public Sector, Meridian Data Ltd, 30 Finsbury Square, London EC2A 1AG.
Meridian Data Ltd is registered in England and Wales, company no. 10472318.</p>
</header>

<h2>1. Summary</h2>
<p>Harrowgate manages around 9,200 homes across West Yorkshire with 640 staff, a third of whom spend most of the day in tenants&rsquo; homes, on estates or in the community hubs.
Files are spread over two on-premises servers, personal OneDrive folders and a great many email attachments.</p>
<p>We propose <strong>Meridian Sync</strong> for everyday file sharing and <strong>Meridian Vault</strong> to back up the housing-management database and the finance server,
with the option to evaluate <strong>Meridian Insight</strong> for the repairs dashboards next year.</p>
<p>This issue answers the points raised at the steering group on 11 November:</p>
<ul>
  <li>where Harrowgate&rsquo;s data would be held;</li>
  <li>how field officers work in homes with poor signal;</li>
  <li>what the three-year cost looks like, with the registered-provider discount applied.</li>
</ul>

<h2>2. Meridian Sync</h2>
<p>Meridian Sync gives every member of staff one place for tenancy files, repairs photos and board papers, with sharing rules set by your digital team rather than by each user.</p>

<h3>2.1 Capacity</h3>
<ul>
  <li>Meridian Sync supports up to 10,000 users on a single tenant.</li>
  <li>Every user gets 1 TB of storage.</li>
  <li>Version history is kept for every file, with unlimited restores from the recycle bin.</li>
</ul>

<h3>2.2 Devices and working in the field</h3>
<p>Meridian Sync has apps for the Windows laptops in the offices, the Macs in the communications team, iPhones, Android handsets and the Chromebooks used in the community hubs.</p>
<p>Field officers can work offline during inspections; changes upload as soon as the phone reconnects.</p>
<p>Photos taken in the app are tagged with the property reference, which saves the repairs team a step.</p>

<h3>2.3 Assurance</h3>
<p>Meridian Sync is covered by our best-in-class security programme and carries a 99.9% uptime SLA, with service credits set out in the call-off contract.</p>

<h2>3. Meridian Vault</h2>
<p>Meridian Vault backs up the housing-management database and the finance server, and keeps a copy of Microsoft 365 mailboxes.</p>
<p>A recovery point is taken every 15 minutes, so at most a quarter of an hour of changes could be lost.</p>
<p>Backups are retained for 90 days as standard.</p>
<p>To keep Harrowgate&rsquo;s data in the UK, backups can be held in our London data centre, with Frankfurt as the secondary site.</p>
<p>Restores are started from the same console as Meridian Sync, so the service desk does not need a second tool.</p>

<h2>4. How the services fit together</h2>
<p>Both services sign in through Harrowgate&rsquo;s existing Microsoft Entra tenant and share one audit log.
Your two service-desk analysts will be trained together in one half-day session.</p>
<p>The figures below are the standard specification; nothing in them depends on Harrowgate&rsquo;s discount.</p>

<table>
<caption>Table 1. Service comparison</caption>
<thead>
<tr><th>Attribute</th><th>Meridian Sync</th><th>Meridian Vault</th></tr>
</thead>
<tbody>
<tr><th>Scale</th><td>up to 10,000 users</td><td>up to 500 TB per tenant</td></tr>
<tr><th>Uptime SLA</th><td>99.9%</td><td>99.95%</td></tr>
<tr><th>Certifications</th><td colspan="2">ISO 27001 and SOC 2 Type II (both products)</td></tr>
<tr><th>Encryption at rest</th><td colspan="2">AES-256 for both products</td></tr>
<tr><th>Recovery point objective</th><td>not applicable</td><td>15 minutes</td></tr>
<tr><th>Recovery time objective</th><td>not applicable</td><td>4 hours for a full system restore</td></tr>
<tr><th>Default retention</th><td>&mdash;</td><td>90 days</td></tr>
<tr><th>Support first response (Priority 1)</th><td colspan="2">30 minutes, both products</td></tr>
<tr><th>List price</th><td>&pound;329 per month + VAT</td><td>&pound;16 per TB per month + VAT</td></tr>
</tbody>
</table>

<h2>5. Pricing</h2>
<p>Harrowgate qualifies for our registered-provider discount of 15% on the first year&rsquo;s subscription fees.
The table shows list prices; the discount is applied on the first invoice.</p>

<table>
<caption>Table 2. Harrowgate list pricing, GBP, excluding VAT</caption>
<thead>
<tr><th>Service</th><th>Component</th><th>Billing</th><th>List price</th></tr>
</thead>
<tbody>
<tr>
  <td rowspan="2">Meridian Sync</td>
  <td>Tenant subscription</td>
  <td>per month</td>
  <td>&pound;329.00</td>
</tr>
<tr>
  <td>Storage per user</td>
  <td>included</td>
  <td>1 TB</td>
</tr>
<tr>
  <td rowspan="2">Meridian Vault</td>
  <td>Protected capacity</td>
  <td>per TB per month</td>
  <td>&pound;16.00</td>
</tr>
<tr>
  <td>Default retention</td>
  <td>included</td>
  <td>90 days</td>
</tr>
<tr>
  <td rowspan="2">Meridian Insight (GA January 2027)</td>
  <td>Analyst licence</td>
  <td>per user per month</td>
  <td>&pound;25.00</td>
</tr>
<tr>
  <td>Free trial</td>
  <td>&mdash;</td>
  <td>30 days</td>
</tr>
<tr>
  <td colspan="3">Professional services: migration and training (one-off, fixed fee)</td>
  <td>&pound;6,800.00</td>
</tr>
</tbody>
</table>
<p class="note">Year one at list price for 22 TB of protected data: &pound;8,172.00 plus the fixed fee. After the 15% discount: &pound;6,946.20 plus the fixed fee.</p>

<h2>6. Meridian Insight (optional, 2027)</h2>
<p>Meridian Insight becomes generally available in January 2027; Harrowgate can join the beta before then at no charge.</p>
<ul>
  <li>Repairs dashboards load in under 3 seconds on data sets of Harrowgate&rsquo;s size.</li>
  <li>Up to 200 dashboards can be published per workspace.</li>
  <li>Data stays in the same tenant as the rest of Harrowgate&rsquo;s Meridian services.</li>
</ul>

<h2>7. Transition plan</h2>
<ol>
  <li>Discovery and design: 12&ndash;23 January 2027.</li>
  <li>Pilot with the repairs team (35 staff): February 2027.</li>
  <li>Roll-out to the remaining teams in three waves: March to May 2027.
    <ol type="a">
      <li>Wave 1: head office and finance.</li>
      <li>Wave 2: housing officers and the community hubs.</li>
      <li>Wave 3: repairs and the out-of-hours team.</li>
    </ol>
  </li>
  <li>Decommissioning of the two file servers: June 2027.</li>
</ol>
<p>Backups of the legacy file server will be kept for 30 days after cut-over and then deleted, as agreed with your information governance lead.</p>

<h2>8. Why Meridian</h2>
<p>Over 1,300 UK organisations, including 70 housing associations, already use Meridian services.
Our London team of 48 has delivered public-sector migrations since 2014 and is on the G-Cloud 14 framework.</p>

<h2>Appendix A. Prices in other currencies</h2>
<p>Harrowgate&rsquo;s repairs subsidiary buys some services through its US parent, so the table shows all three price books.</p>

<table>
<caption>Table 3. List prices by office; all amounts exclude VAT, sales tax and consumption tax</caption>
<thead>
<tr><th rowspan="2">Service</th><th rowspan="2">Billing</th><th colspan="3">List price by office</th></tr>
<tr><th>UK (GBP)</th><th>US (USD)</th><th>Japan (JPY)</th></tr>
</thead>
<tbody>
<tr><td>Meridian Sync</td><td>per month</td><td>&pound;329</td><td>$399</td><td>&yen;50,000</td></tr>
<tr><td>Meridian Vault</td><td>per TB per month</td><td>&pound;16</td><td>$25</td><td>&yen;2,800</td></tr>
<tr><td>Meridian Insight</td><td>per user per month</td><td>&pound;25</td><td>$30</td><td>&yen;4,000</td></tr>
</tbody>
</table>

<h2>Appendix B. Glossary</h2>
<dl>
  <dt>Meridian FileSync</dt>
  <dd>The name under which Meridian Sync was sold until 2025. Harrowgate&rsquo;s 2019 contract still uses it.</dd>
  <dt>RPO (recovery point objective)</dt>
  <dd>How much recent data could be lost in the worst case.</dd>
  <dt>RTO (recovery time objective)</dt>
  <dd>How long it takes to bring a system back.</dd>
  <dt>Tenant</dt>
  <dd>One customer&rsquo;s isolated instance of a Meridian service.</dd>
  <dt>Registered-provider discount</dt>
  <dd>Our standard discount for housing associations registered with the Regulator of Social Housing.</dd>
</dl>

<h2>Appendix C. Document history</h2>
<table>
<thead>
<tr><th>Issue</th><th>Date</th><th>Changes</th></tr>
</thead>
<tbody>
<tr><td>1.2</td><td>18 Nov 2026</td><td>Meridian Vault list price corrected to &pound;16 per TB per month (issue 1.1 showed <del>&pound;18</del>).</td></tr>
<tr><td>1.1</td><td>30 Oct 2026</td><td>Added Meridian Insight. Removed the <s>Singapore</s> data centre option for Meridian Vault, which was never offered.</td></tr>
<tr><td>1.0</td><td>6 Oct 2026</td><td>First issue.</td></tr>
</tbody>
</table>

<footer>
<p class="ref">Meridian Data Ltd &middot; 30 Finsbury Square, London EC2A 1AG &middot; +44 20 7946 0381 &middot; VAT reg. GB 284 5519 07</p>
</footer>
</body>
</html>
"""

ASOF = "2026-11-22"

CLAIMS = [
    # 2.1
    C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users on a single tenant."),
    C(S, "storage_per_user", TB(1), "ok", "Every user gets 1 TB of storage."),
    # 2.2
    C(S, "supported_platforms", "Windows", "ok", "Meridian Sync has apps for the Windows laptops in the offices, the Macs in the communications team, iPhones, Android handsets and the Chromebooks used in the community hubs."),
    C(S, "supported_platforms", "macOS", "ok", "Meridian Sync has apps for the Windows laptops in the offices, the Macs in the communications team, iPhones, Android handsets and the Chromebooks used in the community hubs."),
    C(S, "supported_platforms", "iOS", "ok", "Meridian Sync has apps for the Windows laptops in the offices, the Macs in the communications team, iPhones, Android handsets and the Chromebooks used in the community hubs."),
    C(S, "supported_platforms", "Android", "ok", "Meridian Sync has apps for the Windows laptops in the offices, the Macs in the communications team, iPhones, Android handsets and the Chromebooks used in the community hubs."),
    C(S, "supported_platforms", "ChromeOS", "conflict", "Meridian Sync has apps for the Windows laptops in the offices, the Macs in the communications team, iPhones, Android handsets and the Chromebooks used in the community hubs."),
    C(S, "offline_mode", True, "conflict", "Field officers can work offline during inspections; changes upload as soon as the phone reconnects."),
    # 2.3
    C(S, "sla", 99.9, "ok", "Meridian Sync is covered by our best-in-class security programme and carries a 99.9% uptime SLA"),
    # 3
    C(V, "rpo", dur(15, "minutes"), "ok", "A recovery point is taken every 15 minutes, so at most a quarter of an hour of changes could be lost."),
    C(V, "retention", dur(90, "days"), "ok", "Backups are retained for 90 days as standard."),
    C(V, "data_centers", "London", "conflict", "backups can be held in our London data centre, with Frankfurt as the secondary site."),
    C(V, "data_centers", "Frankfurt", "ok", "backups can be held in our London data centre, with Frankfurt as the secondary site."),
    # Table 1 (new claims only)
    C(V, "max_storage", TB(500), "ok", "up to 500 TB per tenant"),
    C(V, "sla", 99.95, "ok", "<tr><th>Uptime SLA</th><td>99.9%</td><td>99.95%</td></tr>"),
    C(S, "certifications", "ISO 27001", "ok", "ISO 27001 and SOC 2 Type II (both products)"),
    C(S, "certifications", "SOC 2 Type II", "ok", "ISO 27001 and SOC 2 Type II (both products)"),
    C(V, "certifications", "ISO 27001", "unverified", "ISO 27001 and SOC 2 Type II (both products)"),
    C(V, "certifications", "SOC 2 Type II", "unverified", "ISO 27001 and SOC 2 Type II (both products)"),
    C(S, "encryption", "AES-256", "unverified", "AES-256 for both products"),
    C(V, "encryption", "AES-256", "ok", "AES-256 for both products"),
    C(V, "rto", dur(4, "hours"), "unverified", "4 hours for a full system restore"),
    C(S, "support_response_time", dur(30, "minutes"), "unverified", "Support first response (Priority 1)</th><td colspan=\"2\">30 minutes, both products"),
    C(V, "support_response_time", dur(30, "minutes"), "unverified", "Support first response (Priority 1)</th><td colspan=\"2\">30 minutes, both products"),
    C(S, "monthly_price", gbp(329, "month", "excluded"), "ok", "&pound;329 per month + VAT"),
    C(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "&pound;16 per TB per month + VAT"),
    # Table 2 (caption: excluding VAT); Sync and Vault rows repeat Table 1's values
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight (GA January 2027)"),
    C(I, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "<td>Analyst licence</td> <td>per user per month</td> <td>&pound;25.00</td>"),
    C(I, "free_trial", dur(30, "days"), "ok", "<td>Free trial</td> <td>&mdash;</td> <td>30 days</td>"),
    # 6
    C(I, "query_latency", dur(3, "seconds"), "conflict", "Repairs dashboards load in under 3 seconds on data sets of Harrowgate&rsquo;s size."),
    C(I, "max_dashboards", 200, "ok", "Up to 200 dashboards can be published per workspace."),
    # Appendix A, Table 3 (caption: all amounts exclude tax); UK column repeats Table 2
    C(S, "monthly_price", usd(399, "month", "excluded"), "office-variant", "<tr><td>Meridian Sync</td><td>per month</td><td>&pound;329</td><td>$399</td><td>&yen;50,000</td></tr>"),
    C(S, "monthly_price", jpy(50000, "month", "excluded"), "office-variant", "<tr><td>Meridian Sync</td><td>per month</td><td>&pound;329</td><td>$399</td><td>&yen;50,000</td></tr>"),
    C(V, "price_per_tb", usd(25, "TB-month", "excluded"), "conflict", "<tr><td>Meridian Vault</td><td>per TB per month</td><td>&pound;16</td><td>$25</td><td>&yen;2,800</td></tr>"),
    C(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "office-variant", "<tr><td>Meridian Vault</td><td>per TB per month</td><td>&pound;16</td><td>$25</td><td>&yen;2,800</td></tr>"),
    C(I, "per_user_price", usd(30, "user-month", "excluded"), "office-variant", "<tr><td>Meridian Insight</td><td>per user per month</td><td>&pound;25</td><td>$30</td><td>&yen;4,000</td></tr>"),
    C(I, "per_user_price", jpy(4000, "user-month", "excluded"), "office-variant", "<tr><td>Meridian Insight</td><td>per user per month</td><td>&pound;25</td><td>$30</td><td>&yen;4,000</td></tr>"),
    # Appendix C: <del>£18</del> is retracted; the corrected price states no tax, so it is its own value
    C(V, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault list price corrected to &pound;16 per TB per month"),
]

FINDINGS = [
    P("en.unlimited", "Version history is kept for every file, with unlimited restores from the recycle bin."),
    P("en.superlative", "Meridian Sync is covered by our best-in-class security programme"),
    T(S, "<dt>Meridian FileSync</dt>"),
]
