# Generates the example emails in corpus/mail/ with Python's email module, so
# that the encoded bytes (ISO-2022-JP, quoted-printable, base64, RFC 2047
# headers) are produced by a real encoder rather than typed by hand. Files are
# written with LF line endings, as mail archives store them on disk.
#
#   python3 corpus/tools/make_mail.py corpus/mail
#
# corpus/.onevoice.yaml ignores this folder, so `onevoice check corpus` does
# not read the message bodies below as a document of their own.
import email.charset, email.policy
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr
import os, sys

out = sys.argv[1]
pol = email.policy.compat32.clone(linesep="\n", max_line_length=76)

def addr(name, a, cs="utf-8"):
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (Header(name, cs).encode(), a)
    return formataddr((name, a))

def write(fn, msg):
    # Put the MIME headers after the RFC 5322 ones, as mail clients write them.
    mime = [(k, v) for k, v in msg.items() if k.lower().startswith(("content-", "mime-"))]
    for k, _ in mime:
        del msg[k]
    for k, v in sorted(mime, key=lambda kv: kv[0].lower() != "mime-version"):
        msg[k] = v
    data = msg.as_bytes(policy=pol)
    with open(os.path.join(out, fn), "wb") as f:
        f.write(data)

# ---------------------------------------------------------------- 1: ISO-2022-JP, Tokyo office
body1 = """株式会社みなと銀行
デジタル推進部 木村様

いつもお世話になっております。
ハーバーライト・ソフトウェア東京オフィスの田中でございます。

先日ご相談いただいた会員様向け通知基盤の件、ハーバーライト・リレーの概要をお送りいたします。

・ハーバーライト・リレーの月額料金は36,000円（税抜）です。
・スタンダードプランでは毎月最大10万通まで送信できます。
・ハーバーライト・リレーのSLAは99.95％です。
・ハーバーライト・リレーはISO/IEC 27001認証を取得しています。
・ハーバーライト・リレーの添付ファイルサイズは最大10MBです。

ハーバーライト・リレーは通知配信サービスで業界No.1の実績がございます。

なお、旧名称の「ハーバーライト ノーティファイ」でご記憶の方もいらっしゃるかと存じますが、同一のサービスです。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

--
ハーバーライト・ソフトウェア株式会社 東京オフィス
営業部 田中 美咲
TEL: 03-5555-0199
tanaka.misaki@jp.harborlight.example
"""
m = MIMEText(body1, "plain", "iso-2022-jp")
m["From"] = addr("田中 美咲", "tanaka.misaki@jp.harborlight.example", "iso-2022-jp")
m["To"] = addr("木村 浩二", "kimura.koji@minato-bank.example", "iso-2022-jp")
m["Subject"] = Header("ハーバーライト・リレーのご案内（通知配信基盤）", "iso-2022-jp")
m["Date"] = "Tue, 17 Nov 2026 10:32:00 +0900"
m["Message-ID"] = "<20261117103200.7f3a21@jp.harborlight.example>"
write("01-tokyo-relay-iso2022jp.eml", m)

# ---------------------------------------------------------------- 2: UTF-8 quoted-printable, US office
qp = email.charset.Charset("utf-8")
qp.body_encoding = email.charset.QP
body2 = """Hi Priya,

Thanks for the great session on Tuesday — your team’s questions about scaling
were spot on. A quick recap of what we covered, so you have it in writing:

• Harborlight Desk supports up to 500 agents per account, which leaves plenty
  of headroom for your holiday hiring.
• Harborlight Desk is $35 per agent per month on an annual plan.
• Harborlight Desk comes with a 99.9% monthly uptime SLA.
• Start with a risk-free pilot for your returns team in January.

I’ll send the formal proposal (quote HL-Q-2026-0417) by Friday.

Best regards,
Dana

--
Dana Whitfield · Account Executive · Harborlight Software
Phone: +1 503 555 0142
"""
m = MIMEText(body2, "plain", qp)
m["From"] = addr("Dana Whitfield", "dana.whitfield@harborlight.example")
m["To"] = addr("Priya Raman", "priya.raman@northwind-outfitters.example")
m["Subject"] = Header("Recap: Harborlight Desk for Northwind’s care team", "utf-8")
m["Date"] = "Tue, 10 Nov 2026 16:05:00 -0800"
m["Message-ID"] = "<CAHL5x0q2V9fJw@mail.harborlight.example>"
write("02-us-desk-recap-qp.eml", m)

# ---------------------------------------------------------------- 3: reply quoting the customer, US office
body3 = """Hi Kenji,

Thanks for the questions. Short answers below.

Harborlight Relay is backed by a 99.95% uptime SLA, with service credits if we
miss it. Harborlight Relay is ISO 27001 certified and we can share our SOC 2
Type II report under NDA; it is not PCI DSS certified today.

Attachments are no problem either: Harborlight Relay accepts attachments up to
25 MB per message.

On data residency: Harborlight Relay can also be hosted in our Frankfurt region
if your EU pharmacies need it.

Marcus

On Mon, 23 Nov 2026 at 09:14, Kenji Mori <kenji.mori@bluefin-pharmacy.example> wrote:
> Hi Marcus,
>
> Your partner told us Harborlight Relay has a 99.99% uptime SLA and is PCI DSS
> certified. Is that right? We also need attachments of up to 20 MB for
> prescription PDFs, and we send about 400,000 messages a month.
>
> Thanks,
> Kenji

--
Marcus Lee | Solutions Engineer | Harborlight Software
Tel: +1 (503) 555-0177
"""
m = MIMEText(body3, "plain", "us-ascii")
m["From"] = addr("Marcus Lee", "marcus.lee@harborlight.example")
m["To"] = addr("Kenji Mori", "kenji.mori@bluefin-pharmacy.example")
m["Subject"] = "Re: Harborlight Relay - SLA and compliance questions"
m["Date"] = "Mon, 23 Nov 2026 11:48:00 -0800"
m["Message-ID"] = "<20261123194800.m.lee@harborlight.example>"
m["In-Reply-To"] = "<a81c2e90-55f1@bluefin-pharmacy.example>"
m["References"] = "<a81c2e90-55f1@bluefin-pharmacy.example>"
write("03-us-relay-reply-quoted.eml", m)

# ---------------------------------------------------------------- 4: Tokyo office quotes a USD price
body4 = """Northstar Japan合同会社
IT部 エミリー・クラーク様

お世話になっております。ハーバーライト・ソフトウェアの山本です。

米国本社とのご契約と揃えたいとのご要望を受け、ハーバーライト デスクの価格をご案内いたします。

ハーバーライト デスクの料金は、エージェント1名あたり月額39米ドルです。
ハーバーライト デスクは最大1,000名のエージェントまでご利用いただけます。
ハーバーライト デスクのSLA稼働率は99.9％です。

ご検討のほど、よろしくお願いいたします。

--
ハーバーライト・ソフトウェア株式会社 東京オフィス
山本 健太（sales-jp@harborlight.example）
電話番号: 03-5555-0188
"""
m = MIMEText(body4, "plain", "utf-8")
m["From"] = addr("ハーバーライト東京 営業窓口", "sales-jp@harborlight.example")
m["To"] = addr("Emily Clark", "emily.clark@northstar-japan.example")
m["Subject"] = Header("ハーバーライト デスク 価格のご案内", "utf-8")
m["Date"] = "Wed, 25 Nov 2026 15:20:00 +0900"
m["Message-ID"] = "<20261125152000.k.yamamoto@harborlight.example>"
write("04-tokyo-desk-usd-price.eml", m)
