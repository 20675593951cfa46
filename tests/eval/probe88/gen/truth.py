"""The claims base of FACTS.md, small enough to cross-check every hand-written
verdict in generate.py (the labels are written by hand; this only catches
slips). Not a reimplementation of anything: values here are FACTS.md's."""

TB = 10 ** 12
SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}

SET_KINDS = {"certifications", "supported_platforms", "data_centers", "encryption"}

BASE = {
    ("meridian-sync", "max_users"): [dict(v=10000, frm="2026-04-01"), dict(v=5000, until="2026-03-31")],
    ("meridian-sync", "monthly_price"): [dict(m=(50000, "JPY", "month"), offices={"tokyo", "osaka"}),
                                         dict(m=(399, "USD", "month"), offices={"us-hq"}),
                                         dict(m=(329, "GBP", "month"), offices={"london"})],
    ("meridian-sync", "storage_per_user"): [dict(v=1 * TB)],
    ("meridian-sync", "sla"): [dict(v=99.9)],
    ("meridian-sync", "certifications"): [dict(s={"ISO 27001", "SOC 2 Type II"})],
    ("meridian-sync", "offline_mode"): [dict(v=False)],
    ("meridian-sync", "supported_platforms"): [dict(s={"Windows", "macOS", "iOS", "Android"})],
    ("meridian-vault", "rpo"): [dict(v=15 * 60)],
    ("meridian-vault", "retention"): [dict(v=90 * 86400)],
    ("meridian-vault", "sla"): [dict(v=99.95)],
    ("meridian-vault", "price_per_tb"): [dict(m=(20, "USD", "TB-month"), offices={"us-hq"}),
                                         dict(m=(2800, "JPY", "TB-month"), offices={"tokyo", "osaka"}),
                                         dict(m=(16, "GBP", "TB-month"), offices={"london"})],
    ("meridian-vault", "max_storage"): [dict(v=500 * TB)],
    ("meridian-vault", "data_centers"): [dict(s={"Tokyo", "Osaka", "Oregon", "Frankfurt"})],
    ("meridian-vault", "encryption"): [dict(s={"AES-256"})],
    ("meridian-insight", "general_availability"): [dict(v="2027-01")],
    ("meridian-insight", "per_user_price"): [dict(m=(30, "USD", "user-month"), offices={"us-hq"}),
                                             dict(m=(4000, "JPY", "user-month"), offices={"tokyo", "osaka"}),
                                             dict(m=(25, "GBP", "user-month"), offices={"london"})],
    ("meridian-insight", "query_latency"): [dict(v=2)],
    ("meridian-insight", "free_trial"): [dict(v=30 * 86400)],
    ("meridian-insight", "max_dashboards"): [dict(v=200)],
}


def norm(v):
    if isinstance(v, dict) and "unit" in v:
        return v["amount"] * SECONDS[v["unit"]]
    return v


def money_ok(v, base):
    amount, cur, per = base
    if v["currency"] != cur or v["per"] != per:
        return False
    if v.get("tax") == "included" and cur == "JPY":
        return abs(v["amount"] - amount * 1.1) < 1e-6
    return v["amount"] == amount


def verdict(product, attribute, value, office, date):
    entries = BASE.get((product, attribute))
    if not entries:
        return "unverified"
    if attribute in SET_KINDS:
        return "ok" if value in entries[0]["s"] else "conflict"
    if "m" in entries[0]:
        own = [e for e in entries if office in e["offices"]]
        assert own, "no price for office %s" % office
        if money_ok(value, own[0]["m"]):
            return "ok"
        if any(money_ok(value, e["m"]) for e in entries if office not in e["offices"]):
            return "office-variant"
        return "conflict"
    v = norm(value)
    for e in entries:
        if e["v"] == v:
            live = e.get("frm", "0000") <= date <= e.get("until", "9999")
            return "ok" if live else "stale"
    return "conflict"


def same_meaning(a, b):
    """Two values (same product/attribute) that say the same thing."""
    if isinstance(a, dict) and "currency" in a:
        def base_amount(v):
            return v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
        return (a["currency"], a["per"]) == (b["currency"], b["per"]) and abs(base_amount(a) - base_amount(b)) < 1e-6
    return norm(a) == norm(b)


def comparable(a, b):
    if isinstance(a, dict) and "currency" in a:
        return (a["currency"], a["per"]) == (b["currency"], b["per"])
    return True
