# Messages 0016-0022.
from msgs_b import *  # noqa

# ================================================================ 0016 tokyo marketing HTML (layout tables), thin text part
M0016_HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>メリディアン シンク 新機能セミナーのご案内</title>
<style type="text/css">body{margin:0;padding:0;background:#f2f4f7}table{border-collapse:collapse}.btn a{color:#ffffff;text-decoration:none}</style></head>
<body style="margin:0;padding:0;background:#f2f4f7">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f4f7"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#222222;font-size:14px;line-height:1.7">
<tr><td style="padding:20px 32px;background:#0b5cad;color:#ffffff;font-size:20px;font-weight:bold">メリディアン シンク 新機能セミナー 2026夏</td></tr>
<tr><td style="padding:24px 32px">
<div>※本メールは、弊社とお名刺交換をさせていただいた皆様にお送りしております。</div><div>&nbsp;</div>
<div>平素より格別のお引き立てを賜り、厚く御礼申し上げます。<br>メリディアン・データ株式会社 東京オフィスでございます。</div><div>&nbsp;</div>
<div>このたび、メリディアン シンクに業界初のAI重複ファイル検出機能が加わりました。<br>
新機能のデモを交えたオンラインセミナーを、下記の日程で開催いたします。</div>
</td></tr>
<tr><td style="padding:0 32px 24px">
<table width="100%" cellpadding="8" cellspacing="0" border="1" style="border:1px solid #cccccc;font-size:13px">
<tr><td width="30%" bgcolor="#eef3fa"><b>日時</b></td><td>2026年7月29日（水）15:00〜16:00</td></tr>
<tr><td bgcolor="#eef3fa"><b>会場</b></td><td>オンライン（Zoomウェビナー）</td></tr>
<tr><td bgcolor="#eef3fa"><b>お申込み</b></td><td>先着順（定員に達し次第締め切ります）</td></tr>
<tr><td bgcolor="#eef3fa"><b>参加費</b></td><td>無料</td></tr>
</table></td></tr>
<tr><td style="padding:0 32px 24px">
<div style="font-size:16px;font-weight:bold;border-left:4px solid #0b5cad;padding-left:8px">メリディアン シンクの主な特長</div>
<div>・メリディアン シンクは最大1万ユーザーまでご利用いただけます。<br>
・メリディアン シンクはWindows、Mac、iPhone、Android、Linuxに対応しております。<br>
・メリディアン シンク スタンダードプラン：月額50,000円<br>
・旧名称「メリディアン・ファイルシンク」からの移行も、設定はそのままで完了します。</div>
<div style="font-size:12px;color:#666666">※価格はすべて税抜表示です。</div>
</td></tr>
<tr><td align="center" style="padding:8px 32px 28px"><table cellpadding="0" cellspacing="0" border="0"><tr><td class="btn" bgcolor="#e8590c" style="padding:12px 28px;border-radius:4px">
<a href="https://events.meridian-data.com/MeridianFileSync-2026/?utm_source=mail&amp;utm_medium=newsletter&amp;utm_campaign=summer-seminar" style="color:#ffffff;font-weight:bold;text-decoration:none">セミナーに申し込む</a></td></tr></table></td></tr>
<tr><td style="padding:16px 32px;background:#f7f7f7;font-size:11px;color:#888888">メリディアン・データ株式会社 東京オフィス<br>〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F　TEL 03-6555-0100<br>
配信停止をご希望の方は<a href="https://www.meridian-data.com/jp/unsubscribe?u=7f3a91c2">こちら</a>からお手続きください。</td></tr>
</table></td></tr></table>
</body></html>
"""
M0016_PLAIN = ("このメールはHTML形式でお送りしています。\n"
               "正しく表示されない場合は、Web版をご覧ください。\n"
               "https://events.meridian-data.com/MeridianFileSync-2026/?utm_source=mail&utm_medium=newsletter&utm_campaign=summer-seminar\n\n"
               "メリディアン・データ株式会社 東京オフィス\n"
               "配信停止: https://www.meridian-data.com/jp/unsubscribe?u=7f3a91c2\n")

M0016 = dict(
    n=16, style="mkt", frm=("メリディアン・データ 東京オフィス", "seminar@jp.meridian-data.com"),
    to=[(None, "m.takahashi@minato-med.co.jp")],
    date="Tue, 7 Jul 2026 10:00:03 +0900", subject="【7/29開催】メリディアン シンク 新機能セミナーのご案内",
    html=M0016_HTML, plain=M0016_PLAIN, archive=False,
    claims=[
        C(S, "max_users", 10000, "ok", "・メリディアン シンクは最大1万ユーザーまでご利用いただけます。"),
        C(S, "supported_platforms", "Windows", "ok", "・メリディアン シンクはWindows、Mac、iPhone、Android、Linuxに対応しております。"),
        C(S, "supported_platforms", "macOS", "ok", "・メリディアン シンクはWindows、Mac、iPhone、Android、Linuxに対応しております。"),
        C(S, "supported_platforms", "iOS", "ok", "・メリディアン シンクはWindows、Mac、iPhone、Android、Linuxに対応しております。"),
        C(S, "supported_platforms", "Android", "ok", "・メリディアン シンクはWindows、Mac、iPhone、Android、Linuxに対応しております。"),
        C(S, "supported_platforms", "Linux", "conflict", "・メリディアン シンクはWindows、Mac、iPhone、Android、Linuxに対応しております。"),
        C(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "・メリディアン シンク スタンダードプラン：月額50,000円"),
    ],
    findings=[F("phrase", "メリディアン シンクに業界初のAI重複ファイル検出機能が加わりました。", rule="ja.first-in-industry"),
              F("terminology", "旧名称「メリディアン・ファイルシンク」からの移行も", product=S)])

# ================================================================ 0017 customer S/MIME encrypted (unreadable)
M0017 = dict(
    n=17, style="smime", frm=("Carin Lindqvist", "c.lindqvist@ashbyrowe.co.uk"),
    to=[("Priya Raman", "priya.raman@uk.meridian-data.com")],
    date="Wed, 15 Jul 2026 12:11:40 +0100", subject="RE: Meridian Insight - pilot letter (encrypted)",
    archive=False, claims=[],
    findings=[F("unreadable", "S/MIME-encrypted message (application/pkcs7-mime; smime-type=enveloped-data): no readable text")])

# ================================================================ 0018 us-hq Gmail -> Redwood Dental (Sync), correction + sourced superlative
M0018_INNER = """<div>Hi Megan,</div><div><br></div>
<div>Thanks for looping in Dr. Okafor. A few specifics for the Redwood Dental evaluation:</div><div><br></div>
<div>Meridian Sync supports up to 10,000 users per organization.<br>
You have roughly 2,300 staff across 61 practices, so there is plenty of headroom for the two acquisitions you mentioned.</div><div><br></div>
<div>Meridian Sync comes with a 99.9% uptime SLA, with credits if we miss it.</div><div><br></div>
<div>List pricing for Meridian Sync is $399 per month per organization, billed annually. If your UK clinics would rather contract through our London office, Meridian Sync is &pound;329 a month there.</div><div><br></div>
<div>Correction to my note from Friday: Meridian Sync includes 1 TB of storage per user, not 2 TB as I wrote.</div><div><br></div>
<div>Meridian Sync also has an industry-leading sync engine for large imaging files.<sup>1</sup></div><div><br></div>
<div>Next step is the security review on August 12 at 9:00 AM MT; I&#39;ll bring the SOC report.</div><div><br></div>
<div>Aisha</div><div><br></div>
<div style="font-size:11px;color:#777"><sup>1</sup> Source: Brightline Research, Enterprise File Sync Throughput Benchmark, June 2026.</div>"""
SIG_AISHA = """<div>Aisha Grant<br>Account Executive, Mountain West<br>Meridian Data Inc. | 1600 Wynkoop St, Suite 500, Denver, CO 80202<br>(720) 555-0119</div>"""

M0018 = dict(
    n=18, style="gmail", frm=("Aisha Grant", "aisha.grant@meridian-data.com"),
    to=[("Megan Cho", "mcho@redwooddentalgroup.com")],
    date="Tue, 4 Aug 2026 15:33:57 -0600", subject="Meridian Sync - evaluation specifics",
    html=gmail_body(M0018_INNER, SIG_AISHA), archive=False,
    claims=[
        C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization."),
        C(S, "sla", 99.9, "ok", "Meridian Sync comes with a 99.9% uptime SLA, with credits if we miss it."),
        C(S, "monthly_price", usd(399, "month"), "ok", "List pricing for Meridian Sync is $399 per month per organization, billed annually."),
        C(S, "monthly_price", gbp(329, "month"), "office-variant", "If your UK clinics would rather contract through our London office, Meridian Sync is £329 a month there."),
        C(S, "storage_per_user", 1 * TB, "ok", "Correction to my note from Friday: Meridian Sync includes 1 TB of storage per user, not 2 TB as I wrote."),
    ])

# ================================================================ 0019 osaka Outlook (iso-2022-jp), -----元のメッセージ-----, customer's reported claim quoted
M0019 = dict(
    n=19, style="outlook", charset="iso-2022-jp", lang="JA",
    frm=("中村 大輔", "daisuke.nakamura@osaka.jp.meridian-data.com"),
    to=[("森田 彩", "a.morita@kansai-seiki.co.jp")],
    date="Wed, 9 Sep 2026 13:45:10 +0900", subject="RE: メリディアン シンクの認証について",
    archive=True,
    html=mso(
        "森田様", "",
        "いつもお世話になっております。大阪オフィスの中村です。", "",
        "ご確認いただいた件ですが、メリディアン シンクはISMAPには登録されておりません。",
        "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。", "",
        "東京オフィスにも事実関係を確認のうえ、改めてご説明に伺います。<br>ご契約数は480IDで変更なしと承知しております。", "",
        "中村 大輔<br>メリディアン・データ株式会社　大阪オフィス<br>TEL:06-6555-0310", "",
        "-----元のメッセージ-----<br>差出人: 森田 彩 &lt;a.morita@kansai-seiki.co.jp&gt; <br>送信日時: 2026年9月8日 16:20<br>"
        "宛先: 中村 大輔 &lt;daisuke.nakamura@osaka.jp.meridian-data.com&gt;<br>件名: メリディアン シンクの認証について", "",
        "中村様", "",
        "お世話になっております。関西精機の森田です。", "",
        "御社東京オフィスからは、メリディアン シンクはISMAPに登録済みと伺っております。",
        "監査部門への説明資料に記載したいので、正式な認証状況をご教示いただけますでしょうか。", "",
        "森田 彩<br>関西精機株式会社　管理本部 情報システム課<br>〒567-0085 大阪府茨木市彩都あさぎ7-7-18<br>TEL 072-555-0244"),
    claims=[
        C(S, "certifications", "ISO 27001", "ok", "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。"),
        C(S, "certifications", "SOC 2 Type II", "ok", "同製品はISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。"),
        C(S, "certifications", "ISMAP", "conflict", "御社東京オフィスからは、メリディアン シンクはISMAPに登録済みと伺っております。",
          quoted=True, office="unknown"),
    ])

# ================================================================ 0020 us-hq Gmail with an attached message/rfc822 from london
M0020_ATT_PARAS = [
    "Hi Hannah,", "",
    "As requested, indicative UK pricing for the Felixstowe and Tilbury depots:", "",
    "Meridian Vault is &#163;18 per TB per month.",
    "Meridian Vault retains backups for 30 days by default, which you can extend per policy.", "",
    "Kind regards,", "Priya", "",
    "Priya Raman | Solutions Consultant | Meridian Data UK Ltd | +44 7700 900 417"]

M0020_INNER = """<div>Hi Jorge,</div><div><br></div>
<div>Following up on Tuesday&#39;s call with your UK colleagues. I&#39;m also attaching the pricing note Hannah received from our London team last week, for reference.</div><div><br></div>
<div>For the US entity, Meridian Vault is $20 per TB per month, same as in the March proposal.<br>
Meridian Vault&#39;s default retention is 90 days.<br>
I&#39;ve flagged the attached note to our London team so they can correct it.</div><div><br></div>
<div>Could we hold Wednesday, October 14 at 11:00 AM PT to align both entities on one order form?</div><div><br></div>
<div>Marcus</div>"""

M0020 = dict(
    n=20, style="gmail", frm=("Marcus Bell", "marcus.bell@meridian-data.com"),
    to=[("Jorge Reyes", "j.reyes@coastline-logistics.com")], cc=[("Hannah Price", "h.price@coastline-logistics.co.uk")],
    date="Tue, 6 Oct 2026 12:04:51 -0700", subject="Meridian Vault - US and UK pricing",
    html=gmail_body(M0020_INNER, "<div>Marcus Bell | Principal Solutions Engineer | Meridian Data Inc. | (415) 555-0177</div>"),
    attach=dict(frm=("Priya Raman", "priya.raman@uk.meridian-data.com"), to=[("Hannah Price", "h.price@coastline-logistics.co.uk")],
                date="Tue, 29 Sep 2026 15:47:02 +0100", subject="Meridian Vault - indicative UK pricing",
                html_paras=M0020_ATT_PARAS),
    archive=True,
    claims=[
        C(V, "price_per_tb", usd(20, "TB-month"), "ok", "For the US entity, Meridian Vault is $20 per TB per month, same as in the March proposal."),
        C(V, "retention", dur(90, "days"), "ok", "Meridian Vault's default retention is 90 days."),
        C(V, "price_per_tb", gbp(18, "TB-month"), "conflict", "Meridian Vault is £18 per TB per month.", quoted=True, office="london"),
        C(V, "retention", dur(30, "days"), "conflict", "Meridian Vault retains backups for 30 days by default, which you can extend per policy.", quoted=True, office="london"),
    ])

# ================================================================ 0021 tokyo Gmail, two-level nested quote (tokyo > customer > tokyo)
Y_ATTR = '2026年10月14日(水) 9:12 山本 由美 &lt;<a href="mailto:yumi.yamamoto@jp.meridian-data.com">yumi.yamamoto@jp.meridian-data.com</a>&gt;:'
C_ATTR = '2026年10月16日(金) 18:31 高橋 誠 &lt;<a href="mailto:m.takahashi@minato-med.co.jp">m.takahashi@minato-med.co.jp</a>&gt;:'
M0021_L2 = """<div dir="ltr">高橋様<br><br>お世話になっております。山本でございます。<br>メリディアン インサイトの性能について、ご回答いたします。<br><br>
メリディアン インサイトのクエリ応答時間は、1億行規模のデータでも最大2秒です。<br>
同製品では、1ワークスペースあたり最大200個のダッシュボードを作成いただけます。<br><br>山本</div>
"""
M0021_L1 = """<div dir="ltr">山本様<br><br>ご回答ありがとうございます。<br>
他社からは、同等製品で無料トライアル60日間のご提案を受けております。<br>
メリディアン インサイトの試用期間を延長いただくことは可能でしょうか。<br><br>高橋</div><br>
""" + gmail_quote(Y_ATTR, M0021_L2)
M0021_INNER = """<div>高橋様</div><div><br></div>
<div>いつもお世話になっております。東京オフィスの山本でございます。</div><div><br></div>
<div>メリディアン インサイトの無料トライアルは30日間です。<br>
今回の評価期間の延長につきましては、社内で確認のうえ改めてご連絡いたします。</div><div><br></div>
<div>また、前回お伝えしたとおり、同製品は1ユーザーあたり月額4,000円（税込）です。</div><div><br></div>
<div>よろしくお願いいたします。</div>"""

M0021 = dict(
    n=21, style="gmail", charset="utf-8", cte="base64",
    frm=("山本 由美", "yumi.yamamoto@jp.meridian-data.com"),
    to=[("高橋 誠", "m.takahashi@minato-med.co.jp")],
    date="Tue, 20 Oct 2026 10:26:37 +0900", subject="Re: メリディアン インサイトの性能について",
    html=gmail_body(M0021_INNER, "<div>山本 由美<br>メリディアン・データ株式会社 東京オフィス<br>TEL 03-6555-0150</div>",
                    gmail_quote(C_ATTR, M0021_L1)),
    archive=True,
    claims=[
        C(I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトの無料トライアルは30日間です。"),
        C(I, "per_user_price", jpy(4000, "user-month", "included"), "conflict", "同製品は1ユーザーあたり月額4,000円（税込）です。"),
        C(I, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は、1億行規模のデータでも最大2秒です。", quoted=True, office="tokyo"),
        C(I, "max_dashboards", 200, "ok", "同製品では、1ワークスペースあたり最大200個のダッシュボードを作成いただけます。", quoted=True, office="tokyo"),
    ])

# ================================================================ 0022 london Outlook classic reply to customer
M0022 = dict(
    n=22, style="outlook", charset="utf-8", cte="quoted-printable", lang="EN-GB",
    frm=("Oliver Pennington", "oliver.pennington@uk.meridian-data.com"),
    to=[("Jessica Marsh", "j.marsh@harrowfenwick.co.uk")],
    date="Thu, 5 Nov 2026 11:02:48 +0000", subject="RE: Meridian Insight for the finance team",
    archive=False,
    html=mso(
        "Dear Jessica,", "",
        "Thank you for your note. To your questions:", "",
        "Meridian Insight will be generally available in January 2027, so your finance team would start on the beta in December.",
        "In our benchmarks, Meridian Insight queries return within 2 seconds at the 95th percentile.",
        "Meridian Insight holds ISO 27001 certification as part of our wider programme.", "",
        "We can begin with a risk-free 30-day Meridian Insight trial for your finance team.", "",
        "Kind regards,", "Oliver", "", SIG_OLIVER, "",
        outlook_classic_hdr("Jessica Marsh &lt;j.marsh@harrowfenwick.co.uk&gt;", "03 November 2026 17:45",
                            "Oliver Pennington &lt;oliver.pennington@uk.meridian-data.com&gt;", "Meridian Insight for the finance team"),
        "",
        "Oliver,", "",
        "Our finance director would like to look at Meridian Insight before year end. Is Meridian Insight able to handle 300 dashboards, and when does it leave beta?", "",
        "Jessica Marsh<br>Head of Operations, Harrow &amp; Fenwick LLP<br>20 Moorgate, London EC2R 6DA<br>+44 20 7946 0577"),
    claims=[
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027, so your finance team would start on the beta in December."),
        C(I, "query_latency", dur(2, "seconds"), "ok", "In our benchmarks, Meridian Insight queries return within 2 seconds at the 95th percentile."),
        C(I, "certifications", "ISO 27001", "unverified", "Meridian Insight holds ISO 27001 certification as part of our wider programme."),
        C(I, "free_trial", dur(30, "days"), "ok", "We can begin with a risk-free 30-day Meridian Insight trial for your finance team."),
    ],
    findings=[F("phrase", "We can begin with a risk-free 30-day Meridian Insight trial", rule="en.guarantee")])

MSGS = MSGS_A + MSGS_B + [M0016, M0017, M0018, M0019, M0020, M0021, M0022]
