#!/usr/bin/env python3
"""Generate evaluation set13 for onevoice (deterministic, stdlib only).

Writes mail/NNNN.eml, mail/archive.mbox (mboxrd, date order), docs/, .onevoice.yaml,
expected.jsonl and README.md into the set folder (the parent of gen/), checks that every
`text` excerpt is in the decoded text of its file, and computes the cross-office lines
from the claims of the archived messages.
"""
import base64, datetime as dt, email, email.policy, json, os, quopri, re, sys
from email.header import Header

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
US = ("Dana Reyes", "dana.reyes@meridian-data.com", "us-hq")
LN = ("Oliver Hart", "oliver.hart@uk.meridian-data.com", "london")
TK = ("佐藤 健", "sato.k@jp.meridian-data.com", "tokyo")
OS = ("中村 陽子", "nakamura.y@osaka.jp.meridian-data.com", "osaka")
TZ = {"us-hq": -7, "london": 1, "tokyo": 9, "osaka": 9, "unknown": 9}
SETS = {"certifications", "supported_platforms", "data_centers", "encryption"}
TB = 10 ** 12

def usd(a, per): return {"amount": a, "currency": "USD", "per": per, "tax": None}
def gbp(a, per): return {"amount": a, "currency": "GBP", "per": per, "tax": None}
def jpy(a, per, tax): return {"amount": a, "currency": "JPY", "per": per, "tax": tax}
def dur(a, u): return {"amount": a, "unit": u}

MSGS = []
def M(n, date, who, to, subj, body, claims=(), findings=(), enc="b64", charset="utf-8",
      html=None, archive=False, office=None):
    MSGS.append(dict(n=n, date=date, who=who, to=to, subj=subj, body=body, claims=list(claims),
                     findings=list(findings), enc=enc, charset=charset, html=html, archive=archive,
                     office=office or who[2]))

C = lambda p, a, v, verdict, text, quoted=False, office=None: (p, a, v, verdict, text, quoted, office)
CUST = lambda name, addr: (name, addr, "unknown")

# ---------------------------------------------------------------- messages
M(1, "2026-06-10", US, "priya@harborline.com", "Re: user limits",
  "Yes — Meridian Sync supports 10k users per tenant.\n\nDana\n",
  [C(S, "max_users", 10000, "ok", "Yes — Meridian Sync supports 10k users per tenant.")], enc="qp", archive=True)
M(2, "2026-06-15", OS, "kimura@naniwa-seiki.co.jp", "Re: ユーザー数について",
  "木村様\n\nはい、メリディアン シンクは最大1万ユーザーまで可能です。\n\n中村\n",
  [C(S, "max_users", 10000, "ok", "はい、メリディアン シンクは最大1万ユーザーまで可能です。")], archive=True)
M(3, "2026-06-18", TK, "yamada@sakura-shoji.co.jp", "Re: 料金",
  "山田様\n\nメリディアン シンクの月額料金は55,000円（税込）です。\nよろしくお願いいたします。\n\n佐藤\n",
  [C(S, "monthly_price", jpy(55000, "month", "included"), "ok", "メリディアン シンクの月額料金は55,000円（税込）です。")],
  enc="7bit", charset="iso-2022-jp", archive=True)
M(4, "2026-06-25", OS, "ueda@kansai-butsuryu.co.jp", "Re: お見積りの件",
  "上田様\n\nメリディアン シンクは月額50,000円（税抜）でご提供しております。\n\n中村\n",
  [C(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンクは月額50,000円（税抜）でご提供しております。")],
  enc="qp", archive=True)
M(5, "2026-06-03", LN, "priya@harborline.com", "Re: pricing",
  "Hi Priya,\n\nLovely to chat earlier! Quick one: Meridian Vault is £16 per TB per month, and nothing for egress.\n"
  "Let's grab 15 min next week.\n\nCheers,\nOliver\n",
  [C(V, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month")], enc="qp", archive=True)
M(6, "2026-06-05", US, "jen@copperfield.io", "Re: RPO?",
  "Yep, Meridian Vault's RPO is 15 min.\n\nSent from my iPhone\n",
  [C(V, "rpo", dur(15, "minutes"), "ok", "Yep, Meridian Vault's RPO is 15 min.")], enc="8bit", archive=True)
M(7, "2026-06-08", TK, "ito@minato-kogyo.co.jp", "Re: RPO",
  "メリディアン ボールトのRPOは最大15分です。\n\niPhoneから送信\n",
  [C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは最大15分です。")], archive=True)
M(8, "2026-07-01", LN, "tom@greywater.co.uk", "PO received",
  "Hi Tom,\n\nThanks for sending PO 88231 for Meridian Sync. Your 240 staff can be onboarded from 14 July.\n"
  "Invoice to follow.\n\nBest,\nOliver\n", enc="8bit")
M(9, "2026-07-02", US, "jen@copperfield.io", "Thursday",
  "Hi Jen — confirming our 10 minute call on Thursday at 2:30 pm PT about Meridian Insight. I'll keep it short.\n\nDana\n",
  enc="qp")
M(10, "2026-07-03", TK, "tanaka@hokuto-denki.co.jp", "デモのお時間",
  "田中様\n\n明日15時から30分ほど、メリディアン インサイトのデモのお時間をいただけますでしょうか。\n"
  "当日は御社から3名ご参加と伺っております。\n\n佐藤\n", enc="7bit", charset="iso-2022-jp")
M(11, "2026-07-06", OS, "ueda@kansai-butsuryu.co.jp", "お見積り",
  "上田様\n\nメリディアン ボールトのお見積りをお送りします。\n年間契約で10%お値引きいたします。\nご注文番号：A-20417\n\n中村\n")
M(12, "2026-07-08", US, "mark@ridgeway.com", "Re: backups",
  "Ha — 99 problems, but backups aren't one. Meridian Vault has you covered.\n\nDana\n", enc="8bit")
M(13, "2026-07-10", LN, "sam@fenwick-partners.co.uk", "Re: uptime",
  "Hi Sam,\n\nFair question. DriveCo advertise 99.99% uptime and 2,000 users per plan.\n"
  "I'll send you our own SLA schedule for Meridian Vault tomorrow.\n\nOliver\n", enc="qp")
M(14, "2026-07-14", US, "mark@ridgeway.com", "Re: retention",
  "I believe Meridian Vault keeps backups for 90 days by default, but let me double-check.\n\nDana\n",
  [C(V, "retention", dur(90, "days"), "ok", "I believe Meridian Vault keeps backups for 90 days by default")], enc="8bit")
M(15, "2026-09-02", LN, "aisha@northgate.co.uk", "Re: SLA",
  "Hi Aisha,\n\nShort answer: Meridian Sync's uptime SLA is 99.95%.\n\nBest,\nOliver\n",
  [C(S, "sla", 99.95, "conflict", "Short answer: Meridian Sync's uptime SLA is 99.95%.")], enc="qp", archive=True)
M(16, "2026-09-20", TK, "yamamoto@kita-gakuen.ac.jp", "Re: SLAについて",
  "山本様\n\nメリディアン シンクのSLA（稼働率）は99.9%です。\n\n佐藤\n",
  [C(S, "sla", 99.9, "ok", "メリディアン シンクのSLA（稼働率）は99.9%です。")], archive=True)
M(17, "2026-10-05", US, "mark@ridgeway.com", "Recap",
  "Hi Mark,\n\nAs discussed:\n- Meridian Vault RPO: 15 minutes\n- Meridian Vault retention: 90 days by default\n\nDana\n",
  [C(V, "rpo", dur(15, "minutes"), "ok", "- Meridian Vault RPO: 15 minutes"),
   C(V, "retention", dur(90, "days"), "ok", "- Meridian Vault retention: 90 days by default")], enc="8bit", archive=True)
M(18, "2026-10-20", OS, "kobayashi@setsu-iryo.co.jp", "Re: RPO",
  "小林様\n\nメリディアン ボールトのRPOは5分です。\n\n中村\n",
  [C(V, "rpo", dur(5, "minutes"), "conflict", "メリディアン ボールトのRPOは5分です。")], archive=True)
M(19, "2026-11-02", TK, "mori@aoba-bank.co.jp", "Re: 提供時期",
  "森様\n\nメリディアン インサイトは2026年12月に一般提供を開始する予定です。\n\n佐藤\n",
  [C(I, "general_availability", "2026-12", "conflict", "メリディアン インサイトは2026年12月に一般提供を開始する予定です。")],
  enc="qp", archive=True)
M(20, "2026-11-10", US, "lee@brightpath.com", "Re: Insight timing",
  "Meridian Insight will be generally available in January 2027.\n\nDana\n",
  [C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027.")],
  enc="8bit", archive=True)
M(21, "2026-06-20", TK, "yamada@sakura-shoji.co.jp", "Re: 米国価格",
  "山田様\n\nご参考までに、メリディアン シンクの米国での価格は月額399ドルです。\n\n佐藤\n",
  [C(S, "monthly_price", usd(399, "month"), "office-variant", "メリディアン シンクの米国での価格は月額399ドルです。")],
  archive=True)
M(22, "2026-07-15", OS, "hayashi@tenma-soko.co.jp", "Re: 月額",
  "林様\n\nメリディアン シンクは月額50,000円（税込）でご提供可能です。\n\n中村\n",
  [C(S, "monthly_price", jpy(50000, "month", "included"), "conflict", "メリディアン シンクは月額50,000円（税込）でご提供可能です。")])
M(23, "2026-07-20", LN, "tom@greywater.co.uk", "Re: clients",
  "Hi Tom — Meridian Sync runs on Windows, Mac and Linux.\n\nOliver\n",
  [C(S, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, Mac and Linux."),
   C(S, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, Mac and Linux."),
   C(S, "supported_platforms", "Linux", "conflict", "Meridian Sync runs on Windows, Mac and Linux.")],
  enc="8bit", archive=True)
M(24, "2026-07-22", US, "jen@copperfield.io", "Re: offline",
  "Meridian Sync doesn't support offline mode — files need a connection.\n\nDana\n",
  [C(S, "offline_mode", False, "ok", "Meridian Sync doesn't support offline mode")], enc="qp", archive=True)
M(25, "2026-07-24", OS, "hayashi@tenma-soko.co.jp", "Re: オフライン",
  "林様\n\nメリディアン シンクはオフラインでもご利用いただけます。\n\n中村\n",
  [C(S, "offline_mode", True, "conflict", "メリディアン シンクはオフラインでもご利用いただけます。")])
M(26, "2026-07-27", TK, "mori@aoba-bank.co.jp", "Re: 認証",
  "森様\n\nメリディアン シンクはISO 27001とISMAPの認証を取得しています。\n\n佐藤\n",
  [C(S, "certifications", "ISO 27001", "ok", "メリディアン シンクはISO 27001とISMAPの認証を取得しています。"),
   C(S, "certifications", "ISMAP", "conflict", "メリディアン シンクはISO 27001とISMAPの認証を取得しています。")],
  archive=True)
M(27, "2026-07-29", LN, "aisha@northgate.co.uk", "Re: hosting",
  "Meridian Vault data is hosted in Frankfurt and Singapore.\n\nOliver\n",
  [C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault data is hosted in Frankfurt and Singapore."),
   C(V, "data_centers", "Singapore", "conflict", "Meridian Vault data is hosted in Frankfurt and Singapore.")],
  enc="8bit", archive=True)
M(28, "2026-07-30", OS, "kobayashi@setsu-iryo.co.jp", "Re: データセンター",
  "小林様\n\nメリディアン ボールトのデータセンターは東京と大阪です。シンガポールには拠点がございません。\n\n中村\n",
  [C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは東京と大阪です。"),
   C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは東京と大阪です。")], archive=True)
M(29, "2026-08-03", US, "lee@brightpath.com", "Re: Insight pricing",
  "Meridian Insight is $35 per user per month.\n\nSent from my phone\n",
  [C(I, "per_user_price", usd(35, "user-month"), "conflict", "Meridian Insight is $35 per user per month.")],
  enc="8bit", archive=True)
M(30, "2026-08-05", OS, "ueda@kansai-butsuryu.co.jp", "Re: インサイト料金",
  "上田様\n\nメリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。\n\n中村\n",
  [C(I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。")],
  archive=True)
M(31, "2026-08-07", LN, "sam@fenwick-partners.co.uk", "Re: speed",
  "Meridian Insight queries return in under 2 seconds.\n\nOliver\n",
  [C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries return in under 2 seconds.")],
  enc="8bit", archive=True)
M(32, "2026-08-10", US, "lee@brightpath.com", "Re: dashboards",
  "Honestly? Meridian Insight dashboards load in less than 1 second.\n\nDana\n",
  [C(I, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight dashboards load in less than 1 second.")], enc="8bit")
M(33, "2026-08-12", TK, "tanaka@hokuto-denki.co.jp", "Re: トライアル",
  "田中様\n\nメリディアン インサイトの無料トライアルは2週間です。\n\n佐藤\n",
  [C(I, "free_trial", dur(14, "days"), "conflict", "メリディアン インサイトの無料トライアルは2週間です。")])
M(34, "2026-08-14", LN, "tom@greywater.co.uk", "Re: limits",
  "Meridian Insight allows up to 250 dashboards.\n\nOliver\n",
  [C(I, "max_dashboards", 250, "conflict", "Meridian Insight allows up to 250 dashboards.")], enc="8bit")
M(35, "2026-08-17", US, "jen@copperfield.io", "Re: Insight SLA",
  "Meridian Insight has a 99.9% uptime SLA.\n\nDana\n",
  [C(I, "sla", 99.9, "unverified", "Meridian Insight has a 99.9% uptime SLA.")], enc="qp")
M(36, "2026-08-19", TK, "ito@minato-kogyo.co.jp", "Re: RTO",
  "伊藤様\n\nメリディアン ボールトのRTOは4時間です。\n\n佐藤\n",
  [C(V, "rto", dur(4, "hours"), "unverified", "メリディアン ボールトのRTOは4時間です。")], enc="7bit", charset="iso-2022-jp")
M(37, "2026-08-21", LN, "aisha@northgate.co.uk", "Re: RPO",
  "Meridian Vault's RPO is a quarter of an hour.\n\nOliver\n",
  [C(V, "rpo", dur(0.25, "hours"), "ok", "Meridian Vault's RPO is a quarter of an hour.")], enc="8bit")
M(38, "2026-08-24", US, "mark@ridgeway.com", "Re: capacity",
  "Meridian Vault scales to 0.5 PB per tenant.\n\nDana\n",
  [C(V, "max_storage", 500 * TB, "ok", "Meridian Vault scales to 0.5 PB per tenant.")], enc="8bit")
M(39, "2026-08-26", OS, "kobayashi@setsu-iryo.co.jp", "Re: 容量",
  "小林様\n\nメリディアン ボールトは1テナントあたり最大1PBまで保存できます。\n\n中村\n",
  [C(V, "max_storage", 1000 * TB, "conflict", "メリディアン ボールトは1テナントあたり最大1PBまで保存できます。")], enc="qp")
M(40, "2026-05-12", US, "lee@brightpath.com", "Re: seats",
  "Meridian Sync supports up to 5,000 users.\n\nDana\n",
  [C(S, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users.")], enc="8bit")
M(41, "2026-05-20", TK, "yamada@sakura-shoji.co.jp", "Re: 上限",
  "山田様\n\n2026年3月まではメリディアン シンクの上限は5,000ユーザーでした。現在、同製品は最大1万ユーザーまでご利用いただけます。\n\n佐藤\n",
  [C(S, "max_users", 5000, "ok", "2026年3月まではメリディアン シンクの上限は5,000ユーザーでした。"),
   C(S, "max_users", 10000, "ok", "現在、同製品は最大1万ユーザーまでご利用いただけます。")])
M(42, "2026-05-25", LN, "tom@greywater.co.uk", "Correction",
  "Apologies, typo in my last note: Meridian Sync supports 10,000 users per tenant, not 5,000 as I wrote.\n\nOliver\n",
  [C(S, "max_users", 10000, "ok", "Meridian Sync supports 10,000 users per tenant, not 5,000 as I wrote.")], enc="8bit")
M(43, "2026-09-01", CUST("Rachel Green", "rachel@bluefinch.com"), "dana.reyes@meridian-data.com", "Linux?",
  "Hi Dana,\n\nYour colleague told us Meridian Sync runs on Linux. Does Meridian Sync support 20,000 users?\n\nRachel\n",
  [C(S, "supported_platforms", "Linux", "conflict", "Your colleague told us Meridian Sync runs on Linux.")], enc="8bit")
M(44, "2026-09-10", US, "aisha@northgate.co.uk", "Re: SLA",
  "Hi Aisha,\n\nCorrection to Oliver's note below: Meridian Sync's SLA is 99.9%.\n\nDana\n\n"
  "On Wed, 2 Sep 2026 at 10:00, Oliver Hart <oliver.hart@uk.meridian-data.com> wrote:\n"
  "> Hi Aisha,\n>\n> Short answer: Meridian Sync's uptime SLA is 99.95%.\n>\n> Best,\n> Oliver\n",
  [C(S, "sla", 99.9, "ok", "Meridian Sync's SLA is 99.9%."),
   C(S, "sla", 99.95, "conflict", "Short answer: Meridian Sync's uptime SLA is 99.95%.", True, "london")], enc="qp")
M(45, "2026-09-15", TK, "suzuki@kaisha-example.co.jp", "RE: 容量について",
  "鈴木様\n\nメリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。\n\n佐藤\n\n"
  "-----元のメッセージ-----\nFrom: 鈴木 <suzuki@kaisha-example.co.jp>\n送信日時: 2026年9月14日 9:02\n"
  "宛先: 佐藤 <sato.k@jp.meridian-data.com>\n件名: 容量について\n\n要件：5,000名以上\n"
  "メリディアン シンクのユーザーあたりの容量は何GBでしょうか。\n",
  [C(S, "storage_per_user", TB, "ok", "メリディアン シンクは1ユーザーあたり1TBのストレージをご利用いただけます。")],
  enc="7bit", charset="iso-2022-jp")
M(46, "2026-10-12", US, "mark@ridgeway.com", "Re: Vault",
  "Meridian Vault gives you zero downtime. Meridian Vault encrypts everything with AES-256.\n\nDana\n",
  [C(V, "encryption", "AES-256", "ok", "Meridian Vault encrypts everything with AES-256.")],
  [("phrase", "en.guarantee", None, "Meridian Vault gives you zero downtime.")], enc="8bit")
M(47, "2026-10-14", TK, "ito@minato-kogyo.co.jp", "Re: バックアップ",
  "伊藤様\n\nメリディアン ボールトは業界No.1のバックアップサービスです。\n\n佐藤\n",
  findings=[("phrase", "ja.superlative-no1", None, "メリディアン ボールトは業界No.1のバックアップサービスです。")],
  archive=True)
M(48, "2026-10-16", OS, "hayashi@tenma-soko.co.jp", "Re: インサイト",
  "林様\n\nメリディアン インサイトは業界最安の料金でご提供しております。\n\n中村\n",
  findings=[("phrase", "ja.cheapest", None, "メリディアン インサイトは業界最安の料金でご提供しております。")])
M(49, "2026-10-19", LN, "sam@fenwick-partners.co.uk", "Re: sharing",
  "With Meridian Sync you can share with unlimited external guests. Security is our number one priority.\n\nOliver\n",
  findings=[("phrase", "en.unlimited", None, "With Meridian Sync you can share with unlimited external guests.")], enc="8bit")
M(50, "2026-10-21", US, "jen@copperfield.io", "Re: naming",
  "Quick note: Meridian FileSync is now called Meridian Sync, same product.\n\nDana\n",
  findings=[("terminology", None, S, "Meridian FileSync is now called Meridian Sync")], enc="8bit", archive=True)
M(51, "2026-10-23", US, "lee@brightpath.com", "Re: storage",
  "Hi Lee,\n\nEach Meridian Sync user gets 1 TB of storage.\n\nDana\n",
  [C(S, "storage_per_user", TB, "ok", "Each Meridian Sync user gets 1 TB of storage.")], enc="qp",
  html="<html><body><p>Hi Lee,</p><p>Each Meridian Sync user gets <b>1 TB</b> of storage.</p><p>Dana</p></body></html>")
M(52, "2026-10-26", LN, "aisha@northgate.co.uk", "Re: certs",
  "Meridian Sync is ISO 27001 and SOC 2 Type II certified.\n\nOliver\n",
  [C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 and SOC 2 Type II certified."),
   C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 and SOC 2 Type II certified.")], enc="8bit")
M(53, "2026-10-28", OS, "kobayashi@setsu-iryo.co.jp", "Re: 暗号化",
  "小林様\n\nメリディアン ボールトは保存データをAES-256で暗号化しています。\n\n中村\n",
  [C(V, "encryption", "AES-256", "ok", "メリディアン ボールトは保存データをAES-256で暗号化しています。")],
  html="<html><body><p>小林様</p><p>メリディアン ボールトは保存データをAES-256で暗号化しています。</p><p>中村</p></body></html>")
M(54, "2026-08-28", OS, "ueda@kansai-butsuryu.co.jp", "お見積り作成",
  "上田様\n\n先日はありがとうございました。御社の利用者300名を想定してお見積りを作成いたします。対象はメリディアン シンクです。\n\n中村\n")
M(55, "2026-09-03", TK, "mori@aoba-bank.co.jp", "説明会のご案内",
  "森様\n\nメリディアン インサイトの説明会は12月3日14時から、会議室Bで行います。\n\n佐藤\n", enc="qp")
M(56, "2026-09-08", US, "mark@ridgeway.com", "Order 5512",
  "Order 5512 is confirmed; the onsite workshop is $1,200. Meridian Vault onboarding starts Monday.\n\nDana\n", enc="8bit")
M(57, "2026-09-22", US, "jen@copperfield.io", "Following up",
  "Following up — Meridian Vault is $20 per TB per month.\n\nDana\n",
  [C(V, "price_per_tb", usd(20, "TB-month"), "ok", "Following up — Meridian Vault is $20 per TB per month.")], enc="qp")
M(58, "2026-09-24", TK, "ito@minato-kogyo.co.jp", "先ほどの件",
  "伊藤様\n\n先ほどの件、メリディアン ボールトは1TBあたり月額2,800円（税抜）です。\n\n佐藤\n",
  [C(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "先ほどの件、メリディアン ボールトは1TBあたり月額2,800円（税抜）です。")])
M(59, "2026-09-29", OS, "hayashi@tenma-soko.co.jp", "Fwd: 保持期間",
  "林様\n\nご参考までに佐藤からの回答を転送いたします。\n\n中村\n\n-------- 転送メッセージ --------\n"
  "From: 佐藤 健 <sato.k@jp.meridian-data.com>\nDate: 2026年9月28日 11:00\nSubject: 保持期間\n\n"
  "メリディアン ボールトの標準のバックアップ保持期間は90日間です。\n",
  [C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準のバックアップ保持期間は90日間です。", True, "tokyo")])
M(60, "2026-05-28", US, "lee@brightpath.com", "Re: uptime",
  "Meridian Sync should give you roughly 99.9% uptime.\n\nDana\n",
  [C(S, "sla", 99.9, "ok", "Meridian Sync should give you roughly 99.9% uptime.")], enc="8bit")
M(61, "2026-06-29", CUST("Priya Shah", "priya@harborline.com"), "oliver.hart@uk.meridian-data.com", "Question",
  "Hi Oliver, could Meridian Vault keep backups for 180 days? We need at least 200 TB.\n\nPriya\n", enc="8bit")

# ---------------------------------------------------------------- documents
DOCS = [
    ("docs/london/harrow-proposal.md", "london",
     "# Proposal for Harrow Logistics\n\nPrepared by the London office.\n\n"
     "Meridian Vault is priced at £16 per TB per month.\n\n"
     "Meridian Vault keeps backups for 90 days by default.\n\n"
     "Meridian Vault encrypts data at rest with AES-128.\n\n"
     "This proposal is valid for 30 days.\n",
     [C(V, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is priced at £16 per TB per month."),
      C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default."),
      C(V, "encryption", "AES-128", "conflict", "Meridian Vault encrypts data at rest with AES-128.")]),
    ("docs/osaka/naniwa-teian.txt", "osaka",
     "ご提案書\n\n株式会社なにわ精機 御中\n\n"
     "メリディアン インサイトは2027年1月に一般提供を開始する予定です。\n"
     "メリディアン インサイトの料金は1ユーザーあたり月額4,400円（税込）です。\n"
     "同製品の無料トライアル期間は30日間です。\n"
     "メリディアン インサイトのダッシュボードは最大200個まで作成できます。\n\n"
     "本書の有効期限は2026年12月31日です。\n",
     [C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始する予定です。"),
      C(I, "per_user_price", jpy(4400, "user-month", "included"), "ok", "メリディアン インサイトの料金は1ユーザーあたり月額4,400円（税込）です。"),
      C(I, "free_trial", dur(30, "days"), "ok", "同製品の無料トライアル期間は30日間です。"),
      C(I, "max_dashboards", 200, "ok", "メリディアン インサイトのダッシュボードは最大200個まで作成できます。")]),
]
DOCS_AS_OF = "2026-11-22"

# ---------------------------------------------------------------- rendering
def hdr(s):
    return s if all(ord(c) < 128 for c in s) else Header(s, "utf-8").encode()

def addr(name, a):
    return "%s <%s>" % (hdr(name) if any(ord(c) > 127 for c in name) else '"%s"' % name, a)

def when(m):
    y, mo, d = map(int, m["date"].split("-"))
    h = TZ[m["who"][2]]
    if m["who"][2] == "us-hq" and (mo, d) >= (11, 1): h = -8
    if m["who"][2] == "london" and (mo, d) >= (10, 25): h = 0
    t = dt.datetime(y, mo, d, 10, 0 + m["n"] % 50, tzinfo=dt.timezone(dt.timedelta(hours=h)))
    return email.utils.format_datetime(t)

def part(text, subtype, m):
    cs, enc = m["charset"], m["enc"]
    data = text.encode(cs)
    if enc == "b64":
        payload, cte = base64.encodebytes(data).decode("ascii"), "base64"
    elif enc == "qp":
        payload, cte = quopri.encodestring(data).decode("ascii"), "quoted-printable"
    elif enc == "7bit":
        payload, cte = data.decode("ascii"), "7bit"
    else:
        payload, cte = data.decode(cs), "8bit"
    return ("Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n%s"
            % (subtype, cs, cte, payload if payload.endswith("\n") else payload + "\n"))

def msgid(m):
    return "set13.%04d.%s@%s" % (m["n"], m["date"].replace("-", ""), m["who"][1].split("@")[1])

def render(m):
    h = ["From: " + addr(m["who"][0], m["who"][1]), "To: " + m["to"], "Subject: " + hdr(m["subj"]),
         "Date: " + when(m), "Message-ID: <%s>" % msgid(m), "MIME-Version: 1.0"]
    if m["html"]:
        b = "=_set13_%04d" % m["n"]
        body = ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\n%s\n--%s\n%s\n--%s--\n"
                % (b, b, part(m["body"], "plain", m), b, part(m["html"], "html", m), b))
        return "\n".join(h) + "\n" + body
    return "\n".join(h) + "\n" + part(m["body"], "plain", m)

def decoded(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_content())
    return "\n".join(out)

# ---------------------------------------------------------------- cross-office
def norm(attr, v):
    if isinstance(v, dict) and "currency" in v:
        a = v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
        return ("money", v["currency"], v["per"], round(a, 6))
    if isinstance(v, dict):
        sec = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur", round(v["amount"] * sec, 6))
    return ("v", v)

def cross_office(lines):
    cl = [l for l in lines if l["type"] == "claim" and l["file"] == "mail/archive.mbox"
          and l["office"] != "unknown" and l["attribute"] not in SETS]
    found = {}
    for i, a in enumerate(cl):
        for b in cl[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            da, db = (dt.date.fromisoformat(x["as_of"]) for x in (a, b))
            if abs((da - db).days) > 45:
                continue
            na, nb = norm(a["attribute"], a["value"]), norm(b["attribute"], b["value"])
            if na[0] == "money" and na[1:3] != nb[1:3]:
                continue                       # other currency or billing unit: not comparable
            if na == nb:
                continue
            if a["verdict"] in ("ok", "office-variant") and b["verdict"] in ("ok", "office-variant"):
                continue                       # each right at its own date
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            e = found.setdefault(key, {"files": set(), "values": {}})
            for x in (a, b):
                e["files"].add(x["eml"])
                vals = e["values"].setdefault(x["office"], [])
                if x["value"] not in vals: vals.append(x["value"])
    out = []
    for (p, at, offs), e in sorted(found.items()):
        out.append({"type": "cross-office", "product": p, "attribute": at, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": sorted(e["files"]),
                    "values": {o: (v[0] if len(v) == 1 else v) for o, v in sorted(e["values"].items())}})
    return out

# ---------------------------------------------------------------- main
def main():
    os.makedirs(os.path.join(ROOT, "mail"), exist_ok=True)
    lines, problems, raws = [], [], {}
    for m in MSGS:
        fn = "mail/%04d.eml" % m["n"]
        raw = render(m).encode("utf-8")
        raws[m["n"]] = raw
        with open(os.path.join(ROOT, fn), "wb") as fh:
            fh.write(raw)
        text = decoded(raw)
        files = [fn] + (["mail/archive.mbox"] if m["archive"] else [])
        for f in files:
            for (p, a, v, verdict, t, q, off) in m["claims"]:
                if t not in text: problems.append("%s: excerpt not found: %s" % (fn, t))
                vals = v if isinstance(v, list) else [v]
                for x in vals:
                    lines.append({"type": "claim", "file": f, "message_id": msgid(m), "product": p,
                                  "attribute": a, "value": x, "verdict": verdict, "quoted": q,
                                  "office": off or m["office"], "as_of": m["date"], "text": t, "eml": fn})
            for (kind, rule, prod, t) in m["findings"]:
                if t not in text: problems.append("%s: excerpt not found: %s" % (fn, t))
                lines.append({"type": "finding", "file": f, "message_id": msgid(m), "kind": kind, "rule": rule,
                              "product": prod, "quoted": False, "text": t})
    # archive: mboxrd, date order
    arch = sorted((m for m in MSGS if m["archive"]), key=lambda m: (m["date"], m["n"]))
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        for m in arch:
            d = dt.date.fromisoformat(m["date"])
            fh.write(("From %s %s 10:00:00 %d\n" % (m["who"][1], d.strftime("%a %b %d"), d.year)).encode())
            for ln in raws[m["n"]].split(b"\n"):
                if re.match(rb"^>*From ", ln): ln = b">" + ln
                fh.write(ln + b"\n")
            fh.write(b"\n")
    # documents
    for path, office, body, claims in DOCS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(body)
        for (p, a, v, verdict, t, q, off) in claims:
            if t not in body: problems.append("%s: excerpt not found: %s" % (path, t))
            lines.append({"type": "claim", "file": path, "message_id": None, "product": p, "attribute": a,
                          "value": v, "verdict": verdict, "quoted": False, "office": office,
                          "as_of": DOCS_AS_OF, "text": t})
    xo = cross_office(lines)
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines + xo:
            l = {k: v for k, v in l.items() if k != "eml"}
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# onevoice configuration for set13 (SPEC section 6).\nrules: ../../shared/eval/rules\npaths:\n"
                 + "".join('  - glob: "docs/%s/**"\n    office: %s\n' % (o, o) for o in ("us-hq", "london", "tokyo", "osaka"))
                 + 'ignore: ["**/drafts/**", "README.md", "expected.jsonl", "gen/**"]\n')
    nclaims = sum(1 for l in lines if l["type"] == "claim")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(
            "# set13 — short outbound messages (independent evaluation set)\n\n"
            "Written blind by a helper session (set13 writer) on 2026-12-03, from LABELS.md, FACTS.md,\n"
            "SPEC.md §2/§4/§5 and rules/ only. Generated by `gen/generate.py` (deterministic, stdlib).\n\n"
            "Emphasis: the one-to-five-line replies a pre-send check sees most, English and Japanese,\n"
            "from all four offices: quick answers, chatty and mobile replies, single-figure follow-ups,\n"
            "\"as discussed\" recaps, and many near-misses (meeting times, dates, customer head counts,\n"
            "order numbers, other prices, discounts, call lengths, competitors' figures, questions,\n"
            "requirements), hedged real claims and wrong ones. The archive holds 3 cross-office\n"
            "contradictions within 45 days and two pairs that look different but agree\n"
            "(10k / 1万 users; 55,000円税込 / 50,000円税抜).\n\n"
            "Documents are judged as of %s (`--as-of %s`).\n\n"
            "%d messages, %d in mail/archive.mbox, %d documents; expected.jsonl: %d lines "
            "(%d claims, %d findings, %d cross-office).\n"
            % (DOCS_AS_OF, DOCS_AS_OF, len(MSGS), len(arch), len(DOCS), len(lines) + len(xo), nclaims,
               len(lines) - nclaims, len(xo)))
    for p in problems: print("PROBLEM:", p, file=sys.stderr)
    for x in xo: print("cross-office:", json.dumps(x, ensure_ascii=False))
    print("%d messages, %d archived, %d lines" % (len(MSGS), len(arch), len(lines) + len(xo)))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
