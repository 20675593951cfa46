# Messages 0009-0015 (Japanese offices, Pinebrook thread, Ashby Rowe).
from msgs_a import *  # noqa

SIG_SATO = """<table cellpadding="0" cellspacing="0" style="font-size:12px;color:#333;border-top:1px solid #ccc;padding-top:6px">
<tbody><tr><td>メリディアン・データ株式会社　東京オフィス<br>営業本部　エンタープライズ営業部<br><b>佐藤 健一</b>（Kenichi Sato）</td></tr>
<tr><td>〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F<br>TEL:&nbsp;03-6555-0142&nbsp;/&nbsp;FAX:&nbsp;03-6555-0143&nbsp;/&nbsp;携帯:&nbsp;090-1234-5678</td></tr></tbody></table>"""

# ================================================================ 0009 tokyo Gmail (UTF-8 base64)
M0009_INNER = """<div>株式会社ミナトメディカル<br>情報システム部　高橋様</div><div><br></div>
<div>いつも大変お世話になっております。<br>メリディアン・データの佐藤でございます。</div><div><br></div>
<div>先日はお忙しいところお時間をいただき、誠にありがとうございました。<br>約320名の皆様でのご利用を想定したお見積りも、別途お送りいたします。<br>ご質問いただいた点について、以下のとおりご回答いたします。</div><div><br></div>
<div>■メリディアン シンク<br>
メリディアン シンクの月額料金は50,000円（税抜）でございます。<br>
メリディアン シンクは国内No.1のクラウドストレージとして、多くの医療機関様にご利用いただいております。</div><div><br></div>
<div>■メリディアン・インサイト<br>
メリディアン・インサイトは現在ベータ版として提供しております。<br>
同製品のご利用料金は1ユーザーあたり月額4,400円（税込）となります。<br>
また、メリディアン・インサイトには30日間の無料トライアルもご用意しております。</div><div><br></div>
<div>次回のお打ち合わせは4月2日（木）14:00〜を予定しております。</div><div><br></div>
<div>引き続きよろしくお願い申し上げます。</div>"""

M0009 = dict(
    n=9, style="gmail", charset="utf-8", cte="base64",
    frm=("佐藤 健一", "kenichi.sato@jp.meridian-data.com"),
    to=[("高橋 誠", "m.takahashi@minato-med.co.jp")],
    date="Tue, 24 Mar 2026 10:31:02 +0900", subject="【メリディアン・データ】ご質問への回答（シンク・インサイト）",
    html=gmail_body(M0009_INNER, SIG_SATO), archive=True,
    claims=[
        C(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）でございます。"),
        C(I, "per_user_price", jpy(4400, "user-month", "included"), "ok", "同製品のご利用料金は1ユーザーあたり月額4,400円（税込）となります。"),
        C(I, "free_trial", dur(30, "days"), "ok", "メリディアン・インサイトには30日間の無料トライアルもご用意しております。"),
    ],
    findings=[F("phrase", "メリディアン シンクは国内No.1のクラウドストレージとして", rule="ja.superlative-no1")])

# ================================================================ 0010 tokyo Outlook (iso-2022-jp), quoting customer
M0010 = dict(
    n=10, style="outlook", charset="iso-2022-jp", lang="JA",
    frm=("山本 由美", "yumi.yamamoto@jp.meridian-data.com"),
    to=[("高橋 誠", "m.takahashi@minato-med.co.jp")],
    date="Tue, 14 Apr 2026 11:08:45 +0900", subject="RE: メリディアン シンクの利用人数について",
    archive=True,
    html=mso(
        "高橋様", "",
        "いつもお世話になっております。<br>メリディアン・データ東京オフィスの山本でございます。", "",
        "お問い合わせの件、ご回答申し上げます。", "",
        "メリディアン シンクは、2026年4月より1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。",
        "メリディアン シンクのストレージ容量は1ユーザーあたり1TBでございます。",
        "同製品の月間稼働率は99.9%をSLAとして定めております。", "",
        "なお、メリディアン シンクはオフライン環境ではご利用いただけません。", "",
        "ご不明な点がございましたら、お気軽にお申し付けください。", "",
        "山本 由美<br>メリディアン・データ株式会社　東京オフィス　カスタマーサクセス部<br>〒100-0005 東京都千代田区丸の内1-6-5<br>TEL 03-6555-0150", "",
        "-----Original Message-----<br>From: 高橋 誠 &lt;m.takahashi@minato-med.co.jp&gt; <br>Sent: Friday, April 10, 2026 6:02 PM<br>"
        "To: 山本 由美 &lt;yumi.yamamoto@jp.meridian-data.com&gt;<br>Subject: メリディアン シンクの利用人数について", "",
        "山本様", "",
        "お世話になっております。ミナトメディカルの高橋です。", "",
        "現在、全社で約2,600名が利用予定ですが、メリディアン シンクは何ユーザーまで利用可能でしょうか。",
        "また、外来棟ではネットワークが不安定なため、オフラインでの利用は可能でしょうか。", "",
        "高橋 誠<br>株式会社ミナトメディカル　情報システム部<br>TEL 045-555-0191（内線 2207）"),
    claims=[
        C(S, "max_users", 10000, "ok", "メリディアン シンクは、2026年4月より1テナントあたり最大1万ユーザーまでご利用いただけるようになりました。"),
        C(S, "storage_per_user", 1 * TB, "ok", "メリディアン シンクのストレージ容量は1ユーザーあたり1TBでございます。"),
        C(S, "sla", 99.9, "ok", "同製品の月間稼働率は99.9%をSLAとして定めております。"),
        C(S, "offline_mode", False, "ok", "なお、メリディアン シンクはオフライン環境ではご利用いただけません。"),
    ])

# ================================================================ 0011 osaka Gmail (UTF-8 base64)
SIG_NAKAMURA = """<div style="color:#555;font-size:12px">━━━━━━━━━━━━━━━━━━━━<br>メリディアン・データ株式会社　大阪オフィス<br>中村 大輔（なかむら だいすけ）<br>〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F<br>TEL:06-6555-0310　携帯:080-5555-0311<br>━━━━━━━━━━━━━━━━━━━━</div>"""

M0011_INNER = """<div>関西精機株式会社<br>管理本部　情報システム課　森田様</div><div><br></div>
<div>お世話になっております。<br>メリディアン・データ大阪オフィスの中村です。</div><div><br></div>
<div>先日の工場見学では大変お世話になりました。ご依頼の件、取り急ぎご連絡いたします。</div><div><br></div>
<div><b>【メリディアン ボールト】</b><br>
・メリディアン ボールトのRPOは5分です。<br>
・メリディアン ボールトの容量単価は1TBあたり月額2,800円（税抜）です。<br>
・メリディアン ボールトは東京と大阪のデータセンターで運用しております。<br>
・業界最安クラスの価格で、データが消えることは絶対にありません。</div><div><br></div>
<div><b>【メリディアン インサイト】</b><br>
メリディアン インサイトは2026年10月に正式リリース予定です。</div><div><br></div>
<div>初年度は10%お値引きのうえ、5月8日（金）までにお見積りをお出しします。</div><div><br></div>
<div>どうぞよろしくお願いいたします。</div>"""

M0011 = dict(
    n=11, style="gmail", charset="utf-8", cte="base64",
    frm=("中村 大輔", "daisuke.nakamura@osaka.jp.meridian-data.com"),
    to=[("森田 彩", "a.morita@kansai-seiki.co.jp")],
    date="Tue, 21 Apr 2026 17:52:26 +0900", subject="メリディアン ボールト／インサイトの件",
    html=gmail_body(M0011_INNER, SIG_NAKAMURA), archive=True,
    claims=[
        C(V, "rpo", dur(5, "minutes"), "conflict", "メリディアン ボールトのRPOは5分です。"),
        C(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン ボールトの容量単価は1TBあたり月額2,800円（税抜）です。"),
        C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトは東京と大阪のデータセンターで運用しております。"),
        C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトは東京と大阪のデータセンターで運用しております。"),
        C(I, "general_availability", "2026-10", "conflict", "メリディアン インサイトは2026年10月に正式リリース予定です。"),
    ],
    findings=[F("phrase", "業界最安クラスの価格で", rule="ja.cheapest"),
              F("phrase", "データが消えることは絶対にありません。", rule="ja.absolute")])

# ================================================================ 0012 us-hq Outlook -> Pinebrook Capital
SIG_RACHEL = """<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="border:none;border-right:solid #0B5CAD 1.5pt;padding:0in 8.0pt 0in 0in"><p class="MsoNormal"><b><span style="font-size:10.0pt;color:#0B5CAD">Rachel Kim</span></b></p><p class="MsoNormal"><span style="font-size:9.0pt">Enterprise Account Executive, Financial Services</span></p></td>
<td style="padding:0in 0in 0in 8.0pt"><p class="MsoNormal"><span style="font-size:9.0pt">Meridian Data Inc.<br>1345 Avenue of the Americas, 33rd Floor, New York, NY 10105<br>+1 212 555 0134 | rachel.kim@meridian-data.com</span></p></td></tr></table>"""

M0012_PARAS = [
    "Hi Ben,", "",
    "Thank you for the detailed questionnaire. Short answers below; the full responses are in the attached workbook.", "",
    "<b>Backup (Meridian Vault)</b>",
    "Meridian Vault keeps your point-in-time copies with an RPO of 15 minutes.",
    "Meridian Vault is backed by a 99.95% availability SLA.",
    "We will cut over from your current provider with zero downtime for the trading floor.", "",
    "<b>Analytics (Meridian Insight)</b>",
    "Meridian Insight is currently in beta; general availability is planned for January 2027.",
    "Meridian Insight is $30 per user per month.",
    "Meridian Insight dashboards load in under a second, even on the large P&amp;L views.", "",
    "Your 45 analysts could join the beta cohort starting the week of May 18.", "",
    "Best regards,", "Rachel", "", SIG_RACHEL]

M0012 = dict(
    n=12, style="outlook", charset="utf-8", cte="quoted-printable", lang="EN-US",
    frm=("Rachel Kim", "rachel.kim@meridian-data.com"),
    to=[("Ben Adler", "b.adler@pinebrookcap.com")],
    date="Fri, 8 May 2026 10:14:33 -0400", subject="Pinebrook - vendor questionnaire responses",
    html=mso(*M0012_PARAS), archive=True,
    claims=[
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault keeps your point-in-time copies with an RPO of 15 minutes."),
        C(V, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA."),
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight is currently in beta; general availability is planned for January 2027."),
        C(I, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month."),
        C(I, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight dashboards load in under a second, even on the large P&L views."),
    ],
    findings=[F("phrase", "We will cut over from your current provider with zero downtime for the trading floor.", rule="en.guarantee")])

# ================================================================ 0013 customer Gmail interleaved reply to 0012
Q = lambda s: ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
               '<div lang="EN-US"><div class="WordSection1">%s</div></div></blockquote>\n' % s)
M0013_HTML = ('<div dir="ltr"><div>Rachel,</div><div><br></div><div>Thanks &mdash; comments inline.</div><div><br></div><div>Ben</div></div><br>\n'
              '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, May 8, 2026 at 10:14\u202fAM Rachel Kim &lt;'
              '<a href="mailto:rachel.kim@meridian-data.com">rachel.kim@meridian-data.com</a>&gt; wrote:<br></div>\n'
              + Q('<p class="MsoNormal">Meridian Vault keeps your point-in-time copies with an RPO of 15 minutes.<u></u><u></u></p>')
              + '<div>Fine for us. Our current provider does hourly snapshots, so this is a step up.</div><div><br></div>\n'
              + Q('<p class="MsoNormal">Meridian Insight is $30 per user per month.<u></u><u></u></p>')
              + '<div>Understood. Procurement will want the 3-year number, but that is for the order form.</div><div><br></div>\n'
              + Q('<p class="MsoNormal">Meridian Insight dashboards load in under a second, even on the large P&amp;L views.<u></u><u></u></p>')
              + '<div>That is the key one for us &mdash; our current tool takes 8 seconds to render the desk P&amp;L. Can we test this on our own data during the beta?</div><div><br></div>\n'
              + Q('<p class="MsoNormal">Your 45 analysts could join the beta cohort starting the week of May 18.<u></u><u></u></p>')
              + '<div>Yes please. I will send the list of names by Friday.</div>\n</div>\n')

M0013 = dict(
    n=13, style="gmail", frm=("Ben Adler", "b.adler@pinebrookcap.com"),
    to=[("Rachel Kim", "rachel.kim@meridian-data.com")],
    date="Tue, 12 May 2026 08:02:19 -0400", subject="Re: Pinebrook - vendor questionnaire responses",
    reply_to_n=12, html=M0013_HTML, archive=True,
    claims=[
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault keeps your point-in-time copies with an RPO of 15 minutes.", quoted=True, office="us-hq"),
        C(I, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month.", quoted=True, office="us-hq"),
        C(I, "query_latency", dur(1, "seconds"), "conflict", "Meridian Insight dashboards load in under a second, even on the large P&L views.", quoted=True, office="us-hq"),
    ])

# ================================================================ 0014 london Gmail -> Ashby Rowe (Insight)
M0014_INNER = """<div style="font-family:verdana,sans-serif">Hi Carin,</div><div style="font-family:verdana,sans-serif"><br></div>
<div style="font-family:verdana,sans-serif">Following Tuesday&#39;s demo, here are the Meridian Insight details for your partners&#39; meeting:</div><div style="font-family:verdana,sans-serif"><br></div>
<div style="font-family:verdana,sans-serif">
Meridian Insight will be generally available in January 2027; until then it is in open beta.<br>
Meridian Insight is &pound;25 per user per month + VAT.<br>
Meridian Insight comes with a 30-day free trial, which we can start the day you sign the pilot letter.<br>
Meridian Insight supports up to 200 dashboards per workspace.<br>
Meridian Insight connects to more than 40 data sources out of the box, including your Deltek and Xero instances.<br>
For the Oslo studio, which our US entity invoices, Meridian Insight is $30 per user per month.<br>
Meridian Insight is available in 12 languages, so the Oslo studio can work in Norwegian.</div><div style="font-family:verdana,sans-serif"><br></div>
<div style="font-family:verdana,sans-serif">Our number one priority is making the pilot painless for your 28 architects, so I&#39;ve blocked out 16&ndash;18 June for onboarding.</div><div style="font-family:verdana,sans-serif"><br></div>
<div style="font-family:verdana,sans-serif">Best wishes,<br>Priya</div>"""

M0014 = dict(
    n=14, style="gmail", frm=("Priya Raman", "priya.raman@uk.meridian-data.com"),
    to=[("Carin Lindqvist", "c.lindqvist@ashbyrowe.co.uk")],
    date="Wed, 3 Jun 2026 13:40:08 +0100", subject="Meridian Insight - details for the partners' meeting",
    html=gmail_body(M0014_INNER, SIG_PRIYA), archive=False,
    claims=[
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027; until then it is in open beta."),
        C(I, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "Meridian Insight is £25 per user per month + VAT."),
        C(I, "free_trial", dur(30, "days"), "ok", "Meridian Insight comes with a 30-day free trial, which we can start the day you sign the pilot letter."),
        C(I, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace."),
        C(I, "per_user_price", usd(30, "user-month"), "office-variant", "For the Oslo studio, which our US entity invoices, Meridian Insight is $30 per user per month."),
        C(I, "integrations", 40, "unverified", "Meridian Insight connects to more than 40 data sources out of the box, including your Deltek and Xero instances."),
        C(I, "ui_languages", 12, "unverified", "Meridian Insight is available in 12 languages, so the Oslo studio can work in Norwegian."),
    ])

# ================================================================ 0015 osaka Gmail forward of a tokyo mail
M0015_FWD = """<div dir="ltr">中村さん<br><br>お疲れさまです。東京の田中です。<br>関西精機様からのご質問について、メリディアン ボールトの仕様を以下にまとめました。<br><br>
・メリディアン ボールトのデータ保持期間は標準で90日間です。<br>
・メリディアン ボールトは1テナントあたり最大1PBまで保存可能です。<br>
・メリディアン ボールトでは、保存データをAES-256により暗号化しております。<br><br>
よろしくお願いします。<br>田中</div>"""

M0015_INNER = """<div>関西精機株式会社<br>森田様</div><div><br></div>
<div>お世話になっております。大阪オフィスの中村です。</div><div><br></div>
<div>東京オフィスの田中より、メリディアン ボールトの仕様について回答がありましたので転送いたします。<br>
なお、メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。</div><div><br></div>
<div>ご検討のほど、よろしくお願いいたします。</div>"""

M0015 = dict(
    n=15, style="gmail", charset="utf-8", cte="base64",
    frm=("中村 大輔", "daisuke.nakamura@osaka.jp.meridian-data.com"),
    to=[("森田 彩", "a.morita@kansai-seiki.co.jp")],
    date="Tue, 16 Jun 2026 09:20:41 +0900", subject="Fwd: メリディアン ボールト仕様（関西精機様）",
    html=gmail_body(M0015_INNER, SIG_NAKAMURA, '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                    'From: <strong class="gmail_sendername" dir="auto">田中 美咲</strong> <span dir="auto">&lt;<a href="mailto:misaki.tanaka@jp.meridian-data.com">misaki.tanaka@jp.meridian-data.com</a>&gt;</span><br>'
                    'Date: 2026年6月15日(月) 17:40<br>Subject: メリディアン ボールト仕様（関西精機様）<br>'
                    'To: 中村 大輔 &lt;<a href="mailto:daisuke.nakamura@osaka.jp.meridian-data.com">daisuke.nakamura@osaka.jp.meridian-data.com</a>&gt;<br></div><br><br>'
                    + M0015_FWD + "</div>\n"),
    archive=False,
    claims=[
        C(V, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", "なお、メリディアン ボールトの料金は1TBあたり月額3,080円（税込）です。"),
        C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトのデータ保持期間は標準で90日間です。", quoted=True, office="tokyo"),
        C(V, "max_storage", 1000 * TB, "conflict", "メリディアン ボールトは1テナントあたり最大1PBまで保存可能です。", quoted=True, office="tokyo"),
        C(V, "encryption", "AES-256", "ok", "メリディアン ボールトでは、保存データをAES-256により暗号化しております。", quoted=True, office="tokyo"),
    ])

MSGS_B = [M0009, M0010, M0011, M0012, M0013, M0014, M0015]
