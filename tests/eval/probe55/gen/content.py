"""The words of set 55: people, threads, documents, and the labels on every claim."""
import datetime as dt
from generate import (Blk, C, P, T, Person, Msg, records, jpy, usd, gbp, dur, TB, SYNC, VAULT, INS,
                      JST, BST, GMT, PDT, EDT)


def D(y, mo, d, h, mi, tz):
    return dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz)


# ------------------------------------------------------------------ people
dana = Person("Dana Whitfield", "dana.whitfield@meridian-data.com", "gmail", PDT)
marcus = Person("Marcus Bell", "marcus.bell@meridian-data.com", "gmail", EDT)
jenna = Person("Jenna Ruiz", "jenna.ruiz@meridian-data.com", "gmail", PDT)
field = Person("Vault field team", "vault-field@meridian-data.com", "gmail", PDT)
graham = Person("Graham Pike", "graham.pike@uk.meridian-data.com", "outlook-en", BST)
priya = Person("Priya Nair", "priya.nair@uk.meridian-data.com", "tb", BST)
sophie = Person("Sophie Clarke", "sophie.clarke@uk.meridian-data.com", "outlook-en", BST)
morita = Person("森田 彩香", "ayaka.morita@jp.meridian-data.com", "outlook-ja", JST)
takahashi = Person("高橋 美咲", "misaki.takahashi@jp.meridian-data.com", "outlook-ja", JST)
kobayashi = Person("小林 大輔", "daisuke.kobayashi@jp.meridian-data.com", "outlook-ja", JST)
yamamoto = Person("山本 翔太", "shota.yamamoto@jp.meridian-data.com", "gmail", JST)
nakamura = Person("中村 健", "ken.nakamura@osaka.jp.meridian-data.com", "apple", JST)
matsumoto = Person("松本 由紀", "yuki.matsumoto@osaka.jp.meridian-data.com", "tb-jis", JST)
matsumoto_u = Person("松本 由紀", "yuki.matsumoto@osaka.jp.meridian-data.com", "tb", JST)
# customers and partners
sasaki = Person("佐々木 亮", "r.sasaki@hokusei-logi.co.jp", "outlook-ja", JST)
owen = Person("Owen Pritchard", "owen.pritchard@brackenridge-ha.org.uk", "outlook-en", BST)
kato = Person("加藤 直樹", "n.kato@nexaray.co.jp", "outlook-ja", JST)
ogawa = Person("小川 拓也", "t.ogawa@nexaray.co.jp", "tb-jis", JST)
kitagawa = Person("北川 健一", "k.kitagawa@sakura-kensetsu.co.jp", "outlook-ja", JST)
helen = Person("Helen Ashworth", "h.ashworth@fenwickrowe.co.uk", "outlook-en", BST)
daniel = Person("Daniel Okafor", "dokafor@fenwickrowe.com", "outlook-en", EDT)
okada = Person("岡田 真一", "okada@minato-seiko.co.jp", "outlook-ja", JST)
tanaka = Person("田中 恵", "m.tanaka@aoba-sekkei.jp", "gmail", JST)
james = Person("James Whitley", "j.whitley@harbourline.co.uk", "outlook-en", BST)
alan = Person("Alan Reyes", "areyes@tillmanortho.com", "outlook-en", PDT)

# ------------------------------------------------------------------ signatures
SIG_MORITA_EN = """Ayaka Morita (森田 彩香)
Account Executive, Meridian Data K.K. Tokyo
Marunouchi Kitaguchi Bldg. 21F, 1-6-5 Marunouchi, Chiyoda-ku, Tokyo 100-0005
Tel: +81-3-5219-4470  Mobile: +81-90-4418-2265"""
SIG_MORITA = """━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社 東京支社 営業部
森田 彩香（もりた あやか）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL：03-5219-4470　携帯：090-4418-2265
━━━━━━━━━━━━━━━━━━━━━━"""
SIG_GRAHAM = """Graham Pike
Senior Solutions Architect, EMEA
Meridian Data UK Ltd | 1 Finsbury Avenue, London EC2M 2PF
T +44 20 7946 0321 | M +44 7700 900412
Registered in England and Wales, company no. 11482937"""
SIG_PRIYA = """-- 
Priya Nair
Solutions Consultant, Public Sector
Meridian Data UK Ltd | 1 Finsbury Avenue, London EC2M 2PF
T +44 20 7946 0388"""
SIG_OWEN = """Owen Pritchard
Head of Digital Infrastructure
Brackenridge Housing Association
Unit 4, Cobden Court, Leeds LS11 5DL
0113 496 0587
Registered Society No. 31275R | Charity No. 1108842"""
SIG_DANA = """-- 
Dana Whitfield
Senior Solutions Engineer | Meridian Data, Inc.
535 Mission Street, Suite 1400, San Francisco, CA 94105
+1 (415) 555-0142"""
SIG_TAKAHASHI = """高橋 美咲
メリディアン・データ株式会社 東京支社 パートナー営業部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL：03-5219-4482　FAX：03-5219-4471"""
SIG_NAKAMURA = """中村 健
メリディアン・データ株式会社 大阪支店 営業課
〒541-0041 大阪市中央区北浜2-1-17 北浜センタービル8F
TEL 06-6208-3315 ／ 携帯 080-3921-7704"""
SIG_KATO = """━━━━━━━━━━━━━━━━━━━━
株式会社ネクサレイ
ソリューション営業部 第二グループ
加藤 直樹
〒530-0001 大阪府大阪市北区梅田3-4-5 梅田テラスビル12F
TEL：06-6341-2290　FAX：06-6341-2291
━━━━━━━━━━━━━━━━━━━━"""
SIG_MATSUMOTO = """--
松本 由紀 (Yuki Matsumoto)
メリディアン・データ株式会社 大阪支店
〒541-0041 大阪市中央区北浜2-1-17 北浜センタービル8F
TEL: 06-6208-3320"""
SIG_OGAWA = """-- 
小川 拓也
株式会社ネクサレイ ソリューション営業部
TEL：06-6341-2295"""
SIG_GRAHAM_SHORT = SIG_GRAHAM


def B(text, *anns):
    return Blk(text, *anns)


def build_messages():
    M = []

    # ================================================================ thread A: Vault, Tokyo <-> London <-> customer (Jun 2026)
    a1 = Msg("A1", sasaki, D(2026, 6, 3, 10, 18, JST), [morita], "メリディアン ボールト導入検討に関するご質問", [
        B("メリディアン・データ株式会社\n森田様"),
        B("いつもお世話になっております。ホクセイ物流の佐々木です。\n先日はオンラインでのご説明をありがとうございました。"),
        B("現在、倉庫管理システムのバックアップ基盤の更改を検討しており、\nメリディアン ボールトについて以下の点を確認させてください。"),
        B("1. RPOはどの程度でしょうか。当社の要件はRPO 30分以内です。\n2. データセンターは国内のどこにありますか。\n"
          "3. バックアップの保持期間は変更できますか。\n4. 容量単価を教えてください。"),
        B("なお、以前比較した他社の代理店からは、メリディアン ボールトの標準の保持期間は30日と伺っております。\n"
          "また、弊社では2019年からメリディアン ファイルシンクを利用しております。現在の利用者は情報システム部を中心に約120名です。",
          C(VAULT, "retention", dur(30, "days"), "conflict", "メリディアン ボールトの標準の保持期間は30日と伺っております"),
          T(SYNC, "弊社では2019年からメリディアン ファイルシンクを利用しております")),
        B("お手数ですが、6月10日（水）の社内会議までにご回答いただけますと幸いです。"),
    ], sig="--\n株式会社ホクセイ物流 情報システム部\n佐々木 亮\n〒060-0807 北海道札幌市北区北7条西2-8-1\nTEL: 011-726-5580 / 内線 4127")
    M.append(a1)

    a2 = Msg("A2", morita, D(2026, 6, 4, 9, 40, JST), [graham], "FW: メリディアン ボールト導入検討に関するご質問", [
        B("Hi Graham,"),
        B("Could you help me with a Japanese logistics prospect (Hokusei Logistics)? They are evaluating Meridian Vault for their "
          "WMS backup and asked about RPO, data centre locations and retention. Their mail is below in Japanese; in short:"),
        B("- RPO requirement: within 30 minutes\n- Which Japanese data centres would hold their data\n- Whether retention can be changed\n"
          "- Price per TB (I will answer this one in JPY myself)"),
        B("They also heard from another reseller that the default retention is 30 days. I would like to correct that with the right "
          "number, so I'd appreciate your confirmation by Friday our time."),
        B("Thanks,\nAyaka"),
    ], sig=SIG_MORITA_EN, quote=("outlook-ja", a1), parent=a1)
    M.append(a2)

    a3 = Msg("A3", graham, D(2026, 6, 4, 17, 12, BST), [morita], "RE: FW: メリディアン ボールト導入検討に関するご質問", [
        B("Hi Ayaka,"),
        B("Happy to help. Answers below - feel free to translate as you see fit."),
        B("RPO: Meridian Vault runs continuous snapshots, so the RPO is 5 minutes on the standard tier.",
          C(VAULT, "rpo", dur(5, "minutes"), "conflict", "Meridian Vault runs continuous snapshots, so the RPO is 5 minutes on the standard tier.")),
        B("Locations: for Japanese tenants Meridian Vault keeps the primary copy in our Tokyo data centre, with the replica in Osaka; "
          "EU customers are served from Frankfurt and London.",
          C(VAULT, "data_centers", "Tokyo", "ok", "Meridian Vault keeps the primary copy in our Tokyo data centre, with the replica in Osaka"),
          C(VAULT, "data_centers", "Osaka", "ok", "Meridian Vault keeps the primary copy in our Tokyo data centre, with the replica in Osaka"),
          C(VAULT, "data_centers", "Frankfurt", "ok", "EU customers are served from Frankfurt and London."),
          C(VAULT, "data_centers", "London", "conflict", "EU customers are served from Frankfurt and London.")),
        B("Retention: Meridian Vault retains backups for 90 days by default, and customers can extend that per policy.",
          C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default")),
        B("Regarding the reseller's 30-day figure, that was the default on the old on-premise appliance, not on Meridian Vault."),
        B("Shout if you need anything else before Friday.\n\nCheers,\nGraham"),
    ], sig=SIG_GRAHAM, quote=("outlook-en", a2), parent=a2, archive=True)
    M.append(a3)

    a4 = Msg("A4", morita, D(2026, 6, 5, 11, 5, JST), [sasaki], "FW: RE: FW: メリディアン ボールト導入検討に関するご質問", [
        B("株式会社ホクセイ物流\n佐々木様"),
        B("いつもお世話になっております。メリディアン・データの森田でございます。\n"
          "ご質問の件、ロンドンの技術担当（Graham Pike）からの回答を下記に転送いたします。\n英語のままで恐縮ですが、要点を日本語で補足いたします。"),
        B("・RPO：メリディアン ボールトの目標復旧時点（RPO）は15分でございます。",
          C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトの目標復旧時点（RPO）は15分でございます。")),
        B("・データセンター：同製品のデータは東京と大阪のデータセンターに保管されます。",
          C(VAULT, "data_centers", "Tokyo", "ok", "同製品のデータは東京と大阪のデータセンターに保管されます。"),
          C(VAULT, "data_centers", "Osaka", "ok", "同製品のデータは東京と大阪のデータセンターに保管されます。")),
        B("・保持期間：メリディアン ボールトの標準の保持期間は90日間で、ポリシーごとに延長いただけます。",
          C(VAULT, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間で")),
        B("・容量単価：メリディアン ボールトは1TBあたり月額2,800円（税抜）でございます。",
          C(VAULT, "price_per_tb", jpy(2800, "TB-month"), "ok", "メリディアン ボールトは1TBあたり月額2,800円（税抜）でございます。")),
        B("なお、下記英文のRPOの記載は当社の国内標準と異なりますので、ご提案には上記の値をご採用ください。\n"
          "お見積りは6月10日の会議に間に合うよう、6月8日（月）中にお送りいたします。"),
        B("引き続きよろしくお願いいたします。"),
    ], sig=SIG_MORITA, quote=("outlook-ja", a3), parent=a3, archive=True)
    M.append(a4)

    # ================================================================ thread B: Sync, London <-> UK customer <-> US (Sep 2026)
    b1 = Msg("B1", owen, D(2026, 9, 14, 10, 2, BST), [priya], "Meridian Sync - a few questions before our board paper", [
        B("Hi Priya,"),
        B("Thanks for the demo last Thursday. Before I write this up for the board on 1 October I need a few answers in writing:"),
        B("1. How many users can a single Meridian Sync tenant hold? We have roughly 6,200 staff across 41 sites, and we would need at least 6,500 accounts to allow for growth.\n"
          "2. Is there a Linux desktop client? Some of our asset-management team run Ubuntu.\n"
          "3. What uptime do you commit to, and are there service credits?\n"
          "4. What is the list price, and is there any public-sector discount?"),
        B("Kind regards,\nOwen"),
    ], sig=SIG_OWEN, eml=False)

    b2_lead = [B("Hi Owen,\n\nAnswers inline below.")]
    b2 = Msg("B2", priya, D(2026, 9, 15, 16, 40, BST), [owen], "Re: Meridian Sync - a few questions before our board paper",
             b2_lead, sig="Best wishes,\nPriya\n\n" + SIG_PRIYA, parent=b1, archive=True, inter=("tb", b1, [
                 "Hi Priya,\n\nThanks for the demo last Thursday. Before I write this up for the board on 1 October I need a few answers in writing:\n\n"
                 "1. How many users can a single Meridian Sync tenant hold? We have roughly 6,200 staff across 41 sites, and we would need at least 6,500 accounts to allow for growth.",
                 B("A single Meridian Sync tenant supports up to 10,000 users, so you have comfortable headroom.",
                   C(SYNC, "max_users", 10000, "ok", "A single Meridian Sync tenant supports up to 10,000 users")),
                 "2. Is there a Linux desktop client? Some of our asset-management team run Ubuntu.",
                 B("Not today, I'm afraid. Meridian Sync has desktop clients for Windows and macOS and mobile apps for iOS and Android; "
                   "there is no Linux client on the roadmap I can share. Your Ubuntu users can use the web app in the meantime.",
                   *[C(SYNC, "supported_platforms", x, "ok", "Meridian Sync has desktop clients for Windows and macOS and mobile apps for iOS and Android")
                     for x in ("Windows", "macOS", "iOS", "Android")]),
                 "3. What uptime do you commit to, and are there service credits?",
                 B("Meridian Sync carries a 99.9% monthly uptime SLA under our Cloud Services SLA v4, with service credits from the first missed month.",
                   C(SYNC, "sla", 99.9, "ok", "Meridian Sync carries a 99.9% monthly uptime SLA")),
                 "4. What is the list price, and is there any public-sector discount?",
                 B("Meridian Sync lists at £329 per month plus VAT for the organisation. For housing associations we can offer 12% off the "
                   "first two years, which I'll confirm in the formal quote by Friday 25 September.",
                   C(SYNC, "monthly_price", gbp(329, tax="excluded"), "ok", "Meridian Sync lists at £329 per month plus VAT for the organisation.")),
                 "Kind regards,\nOwen\n\n" + SIG_OWEN,
             ]))
    M.append(b2)

    b3 = Msg("B3", owen, D(2026, 9, 16, 9, 15, BST), [priya], "RE: Meridian Sync - a few questions before our board paper", [
        B("Hi Priya,"),
        B("Thanks, that's really clear."),
        B("One thing I need to square before the board: our parent group in Boston was told by your San Francisco colleagues that "
          "Meridian Sync comes with 99.99% uptime. I've copied Dana, who I believe ran that call - could one of you confirm which "
          "figure goes in the paper?",
          C(SYNC, "sla", 99.99, "conflict", "was told by your San Francisco colleagues that Meridian Sync comes with 99.99% uptime")),
        B("Owen"),
    ], sig=SIG_OWEN, cc=[dana], quote=("outlook-en", b2), parent=b2, archive=True)
    M.append(b3)

    b4 = Msg("B4", dana, D(2026, 9, 17, 10, 3, PDT), [owen], "Re: Meridian Sync - a few questions before our board paper", [
        B("Hi Owen, hi Priya,"),
        B("Jumping in from San Francisco. The figure my team gave your Boston colleagues was for the Enterprise plan: Meridian Sync "
          "Enterprise is backed by a 99.99% uptime SLA, and that's what I'd put in the board paper if you go with Enterprise.",
          C(SYNC, "sla", 99.99, "conflict", "Meridian Sync Enterprise is backed by a 99.99% uptime SLA")),
        B("Everything else in Priya's note stands. I'm around on Friday if a quick call would help - 8am Pacific works for me."),
        B("Best,\nDana"),
    ], sig=SIG_DANA + "\nMeridian Sync: up to 10,000 users per tenant, now on every plan.", cc=[priya],
        quote=("gmail", b3), parent=b3, archive=True, wrap_attr=True, rewrap=("1. How many users can a single", 78))
    M.append(b4)

    # ================================================================ thread C: Insight, partner <-> Osaka <-> Tokyo (Oct 2026)
    c1 = Msg("C1", kato, D(2026, 10, 5, 10, 31, JST), [nakamura], "【ご相談】メリディアン インサイトのご提案について", [
        B("メリディアン・データ株式会社 大阪支店\n中村様"),
        B("いつも大変お世話になっております。\n株式会社ネクサレイの加藤でございます。"),
        B("現在、弊社のお客様向けにメリディアン インサイトのご提案を準備しております。\n"
          "お客様は堺市の製造業で、従業員は約350名です。\n"
          "お客様の要件は、ダッシュボード150個以上、クエリ応答は3秒以内とのことです。"),
        B("つきましては、以下の点をご教示いただけますでしょうか。"),
        B("・一般提供の開始時期\n・ダッシュボードの作成上限\n・無料トライアルの期間\n・1ユーザーあたりの価格（パートナー仕切りではなく定価）"),
        B("10月9日（金）にお客様訪問を予定しておりますので、それまでにご回答いただけますと助かります。\n\n何卒よろしくお願いいたします。"),
    ], sig=SIG_KATO)
    M.append(c1)

    c2 = Msg("C2", nakamura, D(2026, 10, 5, 17, 48, JST), [kato], "Re: 【ご相談】メリディアン インサイトのご提案について", [
        B("加藤様"),
        B("いつもお世話になっております。メリディアン・データ大阪支店の中村です。\nご質問の件、以下のとおり回答いたします。"),
        B("・一般提供：メリディアン インサイトは現在ベータ版で、一般提供の開始は2027年1月を予定しております。",
          C(INS, "general_availability", "2027-01", "ok", "メリディアン インサイトは現在ベータ版で、一般提供の開始は2027年1月を予定しております。")),
        B("・ダッシュボード：メリディアン インサイトでは1ワークスペースあたり最大200個まで作成いただけます。",
          C(INS, "max_dashboards", 200, "ok", "メリディアン インサイトでは1ワークスペースあたり最大200個まで作成いただけます。")),
        B("・無料トライアル：同製品は30日間の無料トライアルをご用意しております。",
          C(INS, "free_trial", dur(30, "days"), "ok", "同製品は30日間の無料トライアルをご用意しております。")),
        B("・価格：メリディアン インサイトの定価は1ユーザーあたり月額4,400円（税込）です。",
          C(INS, "per_user_price", jpy(4400, "user-month", "included"), "ok", "メリディアン インサイトの定価は1ユーザーあたり月額4,400円（税込）です。")),
        B("お客様の要件（150個以上）にも対応可能かと存じます。\n訪問前に一度お電話でもすり合わせできればと思いますので、ご都合をお知らせください。"),
    ], sig=SIG_NAKAMURA, quote=("apple-ja", c1), parent=c1, archive=True)
    M.append(c2)

    c3 = Msg("C3", kato, D(2026, 10, 6, 11, 20, JST), [nakamura], "RE: 【ご相談】メリディアン インサイトのご提案について", [
        B("中村様\n（CC：東京支社 高橋様）"),
        B("早速のご回答ありがとうございます。大変助かりました。"),
        B("追加で1点ご相談です。\n先日、東京支社の高橋様から、メリディアン インサイトの正式リリースは2026年12月に前倒しになると伺っております。\n"
          "お客様の予算化のタイミングに関わりますので、どちらの時期でご案内すべきかご確認いただけますでしょうか。",
          C(INS, "general_availability", "2026-12", "conflict", "メリディアン インサイトの正式リリースは2026年12月に前倒しになると伺っております。")),
        B("また、お客様からクエリの応答速度について質問がありました。1億行程度のデータで数秒以内に収まるものでしょうか。"),
        B("よろしくお願いいたします。"),
    ], sig=SIG_KATO, cc=[takahashi], quote=("outlook-ja", c2), parent=c2, lost_gt=True)
    M.append(c3)

    c4 = Msg("C4", takahashi, D(2026, 10, 7, 9, 15, JST), [kato], "RE: 【ご相談】メリディアン インサイトのご提案について", [
        B("加藤様\n中村さん"),
        B("東京支社の高橋です。CCにて失礼いたします。"),
        B("正式リリースの件、先日お伝えしたとおり、メリディアン インサイトの一般提供開始は2026年12月の見込みです。\n"
          "ご予算化はこの時期を前提にご検討いただいて問題ございません。",
          C(INS, "general_availability", "2026-12", "conflict", "メリディアン インサイトの一般提供開始は2026年12月の見込みです。")),
        B("また、クエリの応答速度についてですが、メリディアン インサイトのクエリ応答時間は1億行規模でも1秒未満です。",
          C(INS, "query_latency", dur(1, "seconds"), "conflict", "メリディアン インサイトのクエリ応答時間は1億行規模でも1秒未満です。")),
        B("以上、よろしくお願いいたします。"),
    ], sig=SIG_TAKAHASHI, cc=[nakamura], quote=("outlook-ja", c3), parent=c3, archive=True)
    M.append(c4)

    c5 = Msg("C5", nakamura, D(2026, 10, 7, 13, 2, JST), [takahashi], "Re: 【ご相談】メリディアン インサイトのご提案について", [
        B("高橋さん\n（加藤様、CCにて失礼いたします）"),
        B("大阪の中村です。念のため確認させてください。\n6月30日改訂のロードマップ（r7）を改めて確認しました。\n"
          "メリディアン インサイトの一般提供開始は2027年1月のままとなっております。",
          C(INS, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月のままとなっております。")),
        B("また、性能資料（Performance Brief v1.3）では、メリディアン インサイトのクエリ応答時間は最大2秒（p95）と記載されています。",
          C(INS, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒（p95）と記載されています。")),
        B("お客様への回答は、この2点を前提にしていただけますと安心です。\n高橋さん、もし別の最新情報をお持ちでしたら共有いただけますか。"),
    ], sig=SIG_NAKAMURA, cc=[kato], quote=("apple-ja", c4), parent=c4, archive=True)
    M.append(c5)

    c6 = Msg("C6", takahashi, D(2026, 10, 8, 10, 40, JST), [kato], "RE: 【ご相談】メリディアン インサイトのご提案について", [
        B("加藤様\n中村さん"),
        B("高橋です。大変失礼いたしました。\n社内で確認したところ、私の手元の情報が古いものでした。以下のとおり訂正いたします。"),
        B("・メリディアン インサイトの一般提供開始：（誤）2026年12月　（正）2027年1月",
          C(INS, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始：（誤）2026年12月　（正）2027年1月")),
        B("・メリディアン インサイトのクエリ応答時間：（誤）1秒未満　（正）最大2秒",
          C(INS, "query_latency", dur(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間：（誤）1秒未満　（正）最大2秒")),
        B("お客様へは訂正後の内容でご案内いただけますようお願いいたします。\nご迷惑をおかけし申し訳ございません。"),
    ], sig=SIG_TAKAHASHI, cc=[nakamura], quote=("outlook-ja", c5), parent=c5, archive=True)
    M.append(c6)

    # ================================================================ thread E: Vault capacity, London -> customer, forwarded by US (Jul 2026)
    e1 = Msg("E1", graham, D(2026, 7, 20, 15, 41, BST), [helen], "Meridian Vault - capacity and pricing for the archive project", [
        B("Dear Helen,"),
        B("Thank you for your time on Friday. As promised, a short summary for the document-archive project:"),
        B("Capacity: Meridian Vault scales to 1 PB per tenant.",
          C(VAULT, "max_storage", 10 ** 15, "conflict", "Meridian Vault scales to 1 PB per tenant.")),
        B("That leaves plenty of room for the 180 TB you estimated across the London and Manchester practices."),
        B("Pricing: Meridian Vault is £16 per TB per month, billed monthly in arrears.",
          C(VAULT, "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month")),
        B("Security: Meridian Vault encrypts all backups at rest with AES-256, and the keys can be held in your own KMS.",
          C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts all backups at rest with AES-256")),
        B("I have pencilled in 4 August for the technical workshop with your IT team."),
        B("Kind regards,\nGraham"),
    ], sig=SIG_GRAHAM, cc=[marcus], archive=True)
    M.append(e1)

    e2 = Msg("E2", marcus, D(2026, 7, 28, 11, 26, EDT), [daniel], "Fwd: Meridian Vault - capacity and pricing for the archive project", [
        B("Hi Daniel,"),
        B("Helen suggested I loop you in for the New York side of the archive project - Graham's summary from our London team is below."),
        B("Two notes from my side:"),
        B("- Meridian Vault's per-tenant limit is 500 TB, not the 1 PB mentioned below; that's plenty for the combined London and New York footprint.",
          C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault's per-tenant limit is 500 TB, not the 1 PB mentioned below")),
        B("- For a US contract, Meridian Vault is $20 per TB per month.",
          C(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "For a US contract, Meridian Vault is $20 per TB per month.")),
        B("Happy to set up a call next week; Tuesday or Wednesday afternoon Eastern would work."),
        B("Marcus"),
    ], sig="-- \nMarcus Bell | Account Executive, East\nMeridian Data, Inc. | 1250 Broadway, New York, NY 10001\n(212) 555-0193",
        quote=("gmail-fwd", e1), archive=True)
    M.append(e2)

    # ================================================================ thread F: Sync, 2025 (5,000-user era)
    f1 = Msg("F1", okada, D(2025, 11, 10, 9, 30, JST), [kobayashi], "メリディアン シンク導入検討について", [
        B("メリディアン・データ株式会社\n小林様"),
        B("お世話になっております。みなと精工の岡田です。\nメリディアン シンクの導入検討にあたり、以下を教えてください。"),
        B("1. 何ユーザーまで利用できますか（全社で約1,800名です）\n2. オフラインで利用できますか\n"
          "3. 取得している認証を教えてください。グループ会社の要件でISMAP登録が必要です。\n4. 月額料金"),
        B("よろしくお願いします。"),
    ], sig="岡田 真一\n株式会社みなと精工 総務部 情報システム課\n〒222-0033 神奈川県横浜市港北区新横浜2-5-14\nTEL 045-478-3310", eml=False)

    f2 = Msg("F2", kobayashi, D(2025, 11, 11, 14, 22, JST), [okada], "RE: メリディアン シンク導入検討について", [
        B("株式会社みなと精工\n岡田様"),
        B("平素より大変お世話になっております。\nメリディアン・データ東京支社の小林でございます。"),
        B("11月10日にいただいたご質問について、下記のとおりご回答申し上げます。"),
        B("１．ご利用人数について\nメリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。\n"
          "貴社の全社展開（約1,800名）でも1テナントで運用可能です。",
          C(SYNC, "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。")),
        B("２．オフライン利用について\n同製品はオフライン環境ではご利用いただけません。クライアントは常時インターネット接続が必要となります。",
          C(SYNC, "offline_mode", False, "ok", "同製品はオフライン環境ではご利用いただけません。")),
        B("３．認証について\nメリディアン シンクはISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。\n"
          "なお、ISMAPにつきましては現時点で登録はございません。",
          C(SYNC, "certifications", "ISO 27001", "ok", "メリディアン シンクはISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。"),
          C(SYNC, "certifications", "SOC 2 Type II", "ok", "メリディアン シンクはISO/IEC 27001およびSOC 2 Type IIの認証を取得しております。")),
        B("４．料金について\nメリディアン シンクの月額料金は50,000円（税抜）でございます。",
          C(SYNC, "monthly_price", jpy(50000), "ok", "メリディアン シンクの月額料金は50,000円（税抜）でございます。")),
        B("また、同期エンジンは業界No.1の処理速度との評価をいただいております。",
          P("ja.superlative-no1", "同期エンジンは業界No.1の処理速度との評価をいただいております。")),
        B("ご不明な点がございましたら、お気軽にご連絡ください。\n何卒よろしくお願い申し上げます。"),
    ], sig="小林 大輔\nメリディアン・データ株式会社 東京支社 営業部\nTEL：03-5219-4477", quote=("outlook-ja-orig", f1), parent=f1, archive=True)
    M.append(f2)

    f3 = Msg("F3", kitagawa, D(2025, 11, 18, 16, 5, JST), [matsumoto], "メリディアン・シンクの利用人数について", [
        B("松本様"),
        B("お世話になっております。さくら建設の北川です。\nメリディアン・シンクは何ユーザーまで利用できますか？\n"
          "グループ会社を含めると約2,300名になります。\nまた、1ユーザーあたりの容量も教えてください。"),
        B("北川"),
    ], eml=False)

    f4 = Msg("F4", matsumoto, D(2025, 11, 20, 16, 48, JST), [kitagawa], "Re: メリディアン・シンクの利用人数について", [
        B("北川様"),
        B("お世話になっております。大阪支店の松本です。\nお問い合わせの件、回答いたします。"),
        B("メリディアン・シンクは最大1万ユーザーまで対応しております。\nグループ各社を含めた約2,300名でのご利用にも問題ございません。",
          C(SYNC, "max_users", 10000, "stale", "メリディアン・シンクは最大1万ユーザーまで対応しております。")),
        B("ファイル容量については、メリディアン・シンクでは1ユーザーあたり1TBのストレージをご利用いただけます。",
          C(SYNC, "storage_per_user", TB, "ok", "メリディアン・シンクでは1ユーザーあたり1TBのストレージをご利用いただけます。")),
        B("来週の打合せ（11/26 14:00〜）で詳細をご説明いたします。\n\n松本"),
    ], sig=SIG_MATSUMOTO, quote=("tb-ja", f3), parent=f3, archive=True)
    M.append(f4)

    # ================================================================ G: Gmail JP, bottom-posted, period-placed value (Feb 2026)
    g1 = Msg("G1", tanaka, D(2026, 2, 9, 10, 12, JST), [yamamoto], "メリディアン シンクの利用人数とLinux対応について", [
        B("メリディアン・データ 山本様"),
        B("お世話になっております。アオバ設計の田中です。\nメリディアン シンクについて2点質問させてください。"),
        B("1) 来期に協力会社を含めて利用者が6,000名程度まで増える見込みですが、対応できますか。\n"
          "2) CADチームがLinux端末を使っていますが、Linuxには対応していますか。"),
        B("田中"),
    ], eml=False)
    g2 = Msg("G2", yamamoto, D(2026, 2, 9, 15, 30, JST), [tanaka], "Re: メリディアン シンクの利用人数とLinux対応について", [
        B("田中様"),
        B("お世話になっております。山本です。"),
        B("1) について\n現在、メリディアン シンクは1テナントあたり最大5,000ユーザーですが、2026年4月1日以降は最大10,000ユーザーまで拡張されます。\n"
          "来期（4月〜）からのご利用であれば、6,000名規模でも問題ございません。",
          C(SYNC, "max_users", 5000, "ok", "現在、メリディアン シンクは1テナントあたり最大5,000ユーザーですが"),
          C(SYNC, "max_users", 10000, "ok", "2026年4月1日以降は最大10,000ユーザーまで拡張されます。")),
        B("2) について\n申し訳ございませんが、メリディアン シンクはLinuxには対応しておりません。\n"
          "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidです。",
          *[C(SYNC, "supported_platforms", x, "ok", "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidです。")
            for x in ("Windows", "macOS", "iOS", "Android")]),
        B("ご検討のほどよろしくお願いいたします。"),
    ], sig="-- \n山本 翔太\nメリディアン・データ株式会社 東京支社 営業部\nTEL: 03-5219-4475", quote=("gmail-ja", g1), parent=g1,
        bottom=True, archive=True)
    M.append(g2)

    # ================================================================ H: London, legacy name, wrong offline/certs (May 2026)
    h1 = Msg("H1", sophie, D(2026, 5, 12, 14, 5, BST), [james], "Moving from Meridian FileSync - next steps", [
        B("Hi James,"),
        B("Good to speak this morning. As discussed, your current Meridian FileSync contract ends on 30 June. Moving your 240 users "
          "across is a like-for-like switch, with no re-install on the desktops.",
          T(SYNC, "your current Meridian FileSync contract ends on 30 June")),
        B("A few points you asked about:"),
        B("* Meridian Sync gives each user 1 TB of storage.",
          C(SYNC, "storage_per_user", TB, "ok", "Meridian Sync gives each user 1 TB of storage.")),
        B("* Meridian Sync works offline as well, so crews on the Cherbourg route can keep editing files at sea and changes sync when they are back in range.",
          C(SYNC, "offline_mode", True, "conflict", "Meridian Sync works offline as well")),
        B("* Meridian Sync is certified to ISO 27001 and SOC 2 Type II, and also holds Cyber Essentials Plus.",
          C(SYNC, "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001 and SOC 2 Type II, and also holds Cyber Essentials Plus."),
          C(SYNC, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified to ISO 27001 and SOC 2 Type II, and also holds Cyber Essentials Plus."),
          C(SYNC, "certifications", "Cyber Essentials Plus", "conflict", "Meridian Sync is certified to ISO 27001 and SOC 2 Type II, and also holds Cyber Essentials Plus.")),
        B("* Version history is unlimited on the Business plan.",
          P("en.unlimited", "Version history is unlimited on the Business plan.")),
        B("The migration guide is here: https://www.meridian-data.com/docs/meridian-filesync-migration"),
        B("I'll send the order form once procurement confirms the seat count.\n\nBest regards,\nSophie"),
    ], sig="Sophie Clarke\nAccount Manager, Transport & Logistics\nMeridian Data UK Ltd | 1 Finsbury Avenue, London EC2M 2PF\nT +44 20 7946 0355",
        archive=True)
    M.append(h1)

    # ================================================================ I: US, Gmail interleaved (May 2026)
    i1 = Msg("I1", alan, D(2026, 5, 19, 14, 47, PDT), [dana], "Questions from our IT steering group", [B("(see reply)")], eml=False)
    i2 = Msg("I2", dana, D(2026, 5, 20, 16, 10, PDT), [alan], "Re: Questions from our IT steering group",
             [B("Hi Alan,\n\nThanks for the list - answers inline.")], parent=i1, archive=True, inter=("gmail", i1, [
                 "Hi Dana,\n\nFollowing our call, a few questions from our IT steering group:\n\n"
                 "- Can staff keep working in Meridian Sync when the clinic network is down?",
                 B("Unfortunately not: Meridian Sync does not support offline mode, so files are only available while the device is connected.",
                   C(SYNC, "offline_mode", False, "ok", "Meridian Sync does not support offline mode")),
                 "- When can we actually buy Meridian Insight? The demo looked great.",
                 B("Meridian Insight is in public beta today and will be generally available in January 2027. We can start you on the beta now.",
                   C(INS, "general_availability", "2027-01", "ok", "Meridian Insight is in public beta today and will be generally available in January 2027.")),
                 "- What will Insight cost per user?",
                 B("Meridian Insight is $30 per user per month at list.",
                   C(INS, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month at list.")),
                 "- Does it connect to Epic and our billing system?",
                 B("Meridian Insight ships with more than 40 native connectors, including the common EHR and billing systems.",
                   C(INS, "integrations", 40, "unverified", "Meridian Insight ships with more than 40 native connectors")),
                 "- Our compliance team will ask about HIPAA.",
                 B("Meridian Insight is HIPAA compliant, and we sign a BAA as part of the order form.",
                   C(INS, "certifications", "HIPAA", "unverified", "Meridian Insight is HIPAA compliant")),
                 "Thanks,\nAlan",
                 B("For the 85 clinicians in scope I can hold a 15% first-year discount until June 30. And the Meridian Sync migration "
                   "itself will run with zero downtime for your clinics.",
                   P("en.guarantee", "the Meridian Sync migration itself will run with zero downtime for your clinics.")),
             ]), sig="Best,\nDana\n\n" + SIG_DANA)
    M.append(i2)

    # ================================================================ J: Sync price, Osaka -> partner -> Tokyo (Aug 2026)
    j1 = Msg("J1", matsumoto, D(2026, 8, 3, 10, 5, JST), [ogawa], "メリディアン・シンク お見積りの件", [
        B("株式会社ネクサレイ\n小川様"),
        B("いつもお世話になっております。大阪支店の松本です。"),
        B("ご依頼いただいた件、取り急ぎ料金のみご連絡いたします。\nメリディアン・シンクの月額料金は50,000円（税込）です。",
          C(SYNC, "monthly_price", jpy(50000, tax="included"), "conflict", "メリディアン・シンクの月額料金は50,000円（税込）です。")),
        B("エンドユーザー様（和泉市の食品メーカー様）向けには、年間契約で初年度10%のお値引きが可能です。\n正式なお見積書は明日お送りいたします。"),
        B("松本"),
    ], sig=SIG_MATSUMOTO, archive=True)
    M.append(j1)

    j2 = Msg("J2", ogawa, D(2026, 8, 4, 18, 22, JST), [takahashi], "Fwd: メリディアン・シンク お見積りの件", [
        B("高橋様"),
        B("ネクサレイの小川です。いつもお世話になっております。\n"
          "大阪支店の松本様から下記の料金をいただいたのですが、御社の価格表と金額の表記が異なるように見えます。\n"
          "税込・税抜のどちらが正しいか、ご確認いただけますでしょうか。"),
    ], sig=SIG_OGAWA, quote=("tb-ja-fwd", j1))
    M.append(j2)

    j3 = Msg("J3", takahashi, D(2026, 8, 5, 9, 30, JST), [ogawa], "RE: Fwd: メリディアン・シンク お見積りの件", [
        B("小川様\n（CC：大阪支店 松本さん）"),
        B("東京支社の高橋です。ご確認ありがとうございます。"),
        B("ご指摘のとおり、メリディアン・シンクの月額料金は50,000円（税抜）でございます。\n消費税を含めたお支払額については、正式なお見積書にてご確認ください。",
          C(SYNC, "monthly_price", jpy(50000), "ok", "メリディアン・シンクの月額料金は50,000円（税抜）でございます。")),
        B("松本さん、念のため大阪側のお見積書も税抜表記でご対応をお願いします。"),
    ], sig=SIG_TAKAHASHI, cc=[matsumoto], quote=("outlook-ja", j2), parent=j2, archive=True)
    M.append(j3)

    # ================================================================ D: Osaka forwards a US field brief as an attachment (Aug 2026)
    d0 = Msg("D0", jenna, D(2026, 8, 18, 8, 30, PDT), [field], "Field brief: Meridian Vault FY2026 H2 update", [
        B("Team,"),
        B("A quick refresher ahead of the H2 push. Please use these figures in customer conversations:"),
        B("- Meridian Vault delivers an RPO of 15 minutes on every plan.",
          C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault delivers an RPO of 15 minutes on every plan.")),
        B("- Meridian Vault retains backups for 90 days by default.",
          C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default.")),
        B("- Meridian Vault encrypts everything at rest with AES-256.",
          C(VAULT, "encryption", "AES-256", "ok", "Meridian Vault encrypts everything at rest with AES-256.")),
        B("- Meridian Vault is $20 per TB per month in the US price book.",
          C(VAULT, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is $20 per TB per month in the US price book.")),
        B("- Meridian Vault offers industry-leading restore speeds for large file sets.",
          P("en.superlative", "Meridian Vault offers industry-leading restore speeds for large file sets.")),
        B("Questions to #vault-field on Slack."),
        B("Thanks,\nJenna"),
    ], sig="-- \nJenna Ruiz\nProduct Marketing\nMeridian Data, Inc. | 535 Mission Street, San Francisco, CA 94105", eml=False)
    d1 = Msg("D1", matsumoto_u, D(2026, 8, 20, 15, 10, JST), [kitagawa], "メリディアン ボールトの仕様について（米国本社資料の共有）", [
        B("北川様"),
        B("お世話になっております。メリディアン・データ大阪支店の松本です。\n"
          "先日お問い合わせいただいたメリディアン ボールトの仕様について、米国本社の製品担当が社内向けにまとめたメールを添付いたします（英語のみで恐縮です）。"),
        B("国内のお客様向けの条件は以下のとおりです。"),
        B("・メリディアン ボールトの容量単価は1TBあたり月額2,800円（税抜）です。",
          C(VAULT, "price_per_tb", jpy(2800, "TB-month"), "ok", "メリディアン ボールトの容量単価は1TBあたり月額2,800円（税抜）です。")),
        B("・同製品のデータセンターは国内では東京と大阪の2拠点です。",
          C(VAULT, "data_centers", "Tokyo", "ok", "同製品のデータセンターは国内では東京と大阪の2拠点です。"),
          C(VAULT, "data_centers", "Osaka", "ok", "同製品のデータセンターは国内では東京と大阪の2拠点です。")),
        B("添付メール中のドル建て価格は米国向けのものですので、ご参考程度にご覧ください。\nご不明な点がございましたら、お気軽にご連絡ください。"),
    ], sig=SIG_MATSUMOTO, attach=d0, archive=True)
    M.append(d1)

    order = [a1, a2, a3, a4, h1, i2, e1, e2, j1, j2, j3, d1, b2, b3, b4, c1, c2, c3, c4, c5, c6, f2, f4, g2]
    order.sort(key=lambda m: m.date)
    assert len(order) == len({m.key for m in order})
    return order


# ------------------------------------------------------------------ documents (judged as of 2026-11-22)
AS_OF = "2026-11-22"


def doc(path, office, text, claims, finds=()):
    recs = records(path, None, AS_OF, [(c, False, office) for c in claims], [(f, False) for f in finds])
    for c in claims:
        assert c[-1] in text, c
    return (path, office, text, recs)


TOKYO_MD = """# メリディアン ボールト ご提案書

株式会社ホクセイ物流 御中
2026年11月16日
メリディアン・データ株式会社 東京支社 営業部

## 1. ご提案の概要

貴社倉庫管理システム（WMS）のバックアップ基盤として、メリディアン ボールトをご提案いたします。
現行のテープ運用を置き換え、クラウド上での自動バックアップに移行します。

## 2. 要件への対応

| 項番 | 貴社要件 | 本製品での対応 |
|---|---|---|
| 1 | RPO 30分以内 | RPOは15分です |
| 2 | 国内でのデータ保管 | 東京・大阪のデータセンターで保管します |
| 3 | 保持期間 60日以上 | 標準の保持期間は90日間です |
| 4 | 稼働率 99.9%以上 | 稼働率SLAは99.99%です |
| 5 | 障害時の復旧時間 | 目標復旧時間（RTO）は4時間です |
| 6 | 暗号化 | AES-256で暗号化して保存します |

## 3. 保存容量

メリディアン ボールトは1テナントあたり最大500TBまで保存できます。
貴社の現行データ（約80TB）も十分に収まります。

<!-- onevoice-disable-next-line -->
（社内メモ：当社ベンチマークでは業界No.1の復旧速度でした）

## 4. お見積り（金額はすべて税抜）

| 品目 | 数量 | 単価 | 小計 |
|---|---|---|---|
| メリディアン ボールト 容量課金 | 80TB | 2,800円/TB・月 | 224,000円 |
| 初期設定支援（一時費用） | 1式 | 300,000円 | 300,000円 |

※上記は2026年12月末までの有効期限付きお見積りです。

## 5. 補足

メリディアン ボールトのデータ損失の範囲は、~~最大5分~~ 最大15分に抑えられます。
同製品は業界トップクラスの導入実績を誇ります※。
※2026年9月 当社調べ（国内法人向けクラウドバックアップ10製品の導入社数比較）
"""

TOKYO_DRAFT = """# メリディアン ボールト ご提案書（ドラフト v0）

※社内レビュー前の下書きです。

- RPO：5分
- 保持期間：30日
- データセンター：東京、シンガポール
- 稼働率：100%保証
"""

LONDON_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Proposal for Brackenridge Housing Association</title>
</head>
<body>
<h1>Proposal for Brackenridge Housing Association</h1>
<p>Prepared by Meridian Data UK Ltd, 1 Finsbury Avenue, London EC2M 2PF &middot; 19 November 2026 &middot; Ref. BHA-2026-117</p>

<h2>1. Summary</h2>
<p>Brackenridge plans to move 6,200 staff across 41 sites onto a single file platform, and to replace its tape backups.</p>
<p>We propose Meridian Sync for file sharing and Meridian Vault for backup.</p>

<h2>2. Service specification</h2>
<table border="1">
<caption>Key figures</caption>
<tr><th>Item</th><th>Meridian Sync</th><th>Meridian Vault</th></tr>
<tr><td>Uptime SLA</td><td>99.9%</td><td>99.95%</td></tr>
<tr><td>Capacity</td><td>1 TB storage per user</td><td>500 TB per tenant</td></tr>
<tr><td>Users per tenant</td><td>up to 10,000</td><td>&ndash;</td></tr>
<tr><td>Certifications (both products)</td><td colspan="2">ISO 27001 and SOC 2 Type II</td></tr>
<tr><td>Data centres</td><td>&ndash;</td><td>Frankfurt, with a secondary copy in London</td></tr>
</table>

<h2>3. Meridian Sync</h2>
<p>Meridian Sync runs on Windows, macOS, iOS and Android. Staff who use Linux workstations can work through the browser.</p>
<p>Version history is unlimited, so nothing your teams save is ever lost.</p>
<p>Meridian Sync is the industry-leading file platform for the social-housing sector.<sup>1</sup></p>

<h2>4. Meridian Vault</h2>
<ul>
<li>Recovery point objective (RPO): 15 minutes.</li>
<li>Backups are retained for 90 days by default; longer retention can be added per policy.</li>
<li>Backups are encrypted at rest with AES-256.</li>
</ul>

<h2>5. Commercials</h2>
<table border="1">
<caption>Monthly charges, excluding VAT</caption>
<tr><th>Product</th><th>Billing unit</th><th>List price</th><th>Quantity</th></tr>
<tr><td>Meridian Sync</td><td>per organisation, per month</td><td>&pound;329</td><td>1</td></tr>
<tr><td>Meridian Vault</td><td>per TB, per month</td><td>&pound;16</td><td>120 TB</td></tr>
</table>
<p>A 12% public-sector discount applies to the list prices above for the first 24 months.</p>

<p><sup>1</sup> Source: Housing Technology Survey 2026, Northgate Insight Ltd.</p>
</body>
</html>
"""

US_TXT = """MERIDIAN INSIGHT - SOLUTION BRIEF
Prepared for: Tillman Orthopedics (Attn: Alan Reyes, CIO)
Prepared by: Dana Whitfield, Meridian Data, Inc., 535 Mission Street, Suite 1400, San Francisco, CA 94105
Date: November 18, 2026


1. WHY MERIDIAN INSIGHT

Tillman's 14 clinics currently build reports by hand from three separate systems.
Meridian Insight brings them into one set of live dashboards.


2. AVAILABILITY AND TRIAL

Meridian Insight is in beta today and becomes generally available in January 2027.
Tillman can start on a 30-day Meridian Insight free trial from the week of December 7.


3. MERIDIAN INSIGHT LIMITS AND PERFORMANCE

- Dashboards: up to 200 per workspace.
- Query latency: under 2 seconds at the 95th percentile on a 100-million-row workspace.
- Interface languages: Meridian Insight is available in 12 languages, including Spanish.


4. PRICING

Meridian Insight is $30 per user per month.
For the 85 clinicians in scope, the quote attached to this brief applies the first-year discount agreed in May.


5. NEXT STEPS

Your existing Meridian FileSync workspace stays as it is; Insight connects to it for usage reporting.
"""

OSAKA_TXT = """さくら建設株式会社 御中

メリディアン・シンク 導入のご提案（概要）

2026年11月20日
メリディアン・データ株式会社 大阪支店　松本 由紀


■ ご提案の背景
貴社ではグループ6社・約2,300名の皆様が、現場写真や図面を各拠点のNASで管理されています。
メリディアン・シンクの導入により、これらのファイルを一元的に共有・同期できるようになります。

■ メリディアン・シンク 製品仕様
・利用可能ユーザー数：メリディアン・シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。
・ストレージ：1ユーザーあたり1TB
・対応OS：Windows、macOS、iOS、Android、Linux
・セキュリティ認証：ISO 27001、SOC 2 Type II、ISMAP
・稼働率SLA：99.9％
・オフライン：現場の電波が届かない場所でも、オフラインで図面を閲覧・編集いただけます。

■ 料金
メリディアン・シンクの月額料金は55,000円（税込）です。
初期費用は無料です。年間契約の場合は初年度のみ10％割引を適用いたします。

■ その他
メリディアン シンクは、建設業向けとして業界初となる図面差分同期機能を備えています。
導入後のサポート窓口は平日9時〜18時です。
"""


def build_docs():
    out = []
    out.append(doc("docs/tokyo/hokusei_vault_proposal.md", "tokyo", TOKYO_MD, [
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "| 1 | RPO 30分以内 | RPOは15分です |"),
        C(VAULT, "data_centers", "Tokyo", "ok", "| 2 | 国内でのデータ保管 | 東京・大阪のデータセンターで保管します |"),
        C(VAULT, "data_centers", "Osaka", "ok", "| 2 | 国内でのデータ保管 | 東京・大阪のデータセンターで保管します |"),
        C(VAULT, "retention", dur(90, "days"), "ok", "| 3 | 保持期間 60日以上 | 標準の保持期間は90日間です |"),
        C(VAULT, "sla", 99.99, "conflict", "| 4 | 稼働率 99.9%以上 | 稼働率SLAは99.99%です |"),
        C(VAULT, "rto", dur(4, "hours"), "unverified", "| 5 | 障害時の復旧時間 | 目標復旧時間（RTO）は4時間です |"),
        C(VAULT, "encryption", "AES-256", "ok", "| 6 | 暗号化 | AES-256で暗号化して保存します |"),
        C(VAULT, "max_storage", 500 * TB, "ok", "メリディアン ボールトは1テナントあたり最大500TBまで保存できます。"),
        C(VAULT, "price_per_tb", jpy(2800, "TB-month"), "ok", "| メリディアン ボールト 容量課金 | 80TB | 2,800円/TB・月 | 224,000円 |"),
    ]))
    out.append(("docs/tokyo/drafts/hokusei_vault_proposal_v0.md", "tokyo", TOKYO_DRAFT, None))
    both_cert = "<tr><td>Certifications (both products)</td><td colspan=\"2\">ISO 27001 and SOC 2 Type II</td></tr>"
    out.append(doc("docs/london/brackenridge_proposal.html", "london", LONDON_HTML, [
        C(SYNC, "sla", 99.9, "ok", "<tr><td>Uptime SLA</td><td>99.9%</td><td>99.95%</td></tr>"),
        C(VAULT, "sla", 99.95, "ok", "<tr><td>Uptime SLA</td><td>99.9%</td><td>99.95%</td></tr>"),
        C(SYNC, "storage_per_user", TB, "ok", "<td>1 TB storage per user</td>"),
        C(VAULT, "max_storage", 500 * TB, "ok", "<td>500 TB per tenant</td>"),
        C(SYNC, "max_users", 10000, "ok", "<tr><td>Users per tenant</td><td>up to 10,000</td>"),
        C(SYNC, "certifications", "ISO 27001", "ok", both_cert),
        C(SYNC, "certifications", "SOC 2 Type II", "ok", both_cert),
        C(VAULT, "certifications", "ISO 27001", "unverified", both_cert),
        C(VAULT, "certifications", "SOC 2 Type II", "unverified", both_cert),
        C(VAULT, "data_centers", "Frankfurt", "ok", "Frankfurt, with a secondary copy in London"),
        C(VAULT, "data_centers", "London", "conflict", "Frankfurt, with a secondary copy in London"),
        *[C(SYNC, "supported_platforms", x, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android.")
          for x in ("Windows", "macOS", "iOS", "Android")],
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "Recovery point objective (RPO): 15 minutes."),
        C(VAULT, "retention", dur(90, "days"), "ok", "Backups are retained for 90 days by default"),
        C(VAULT, "encryption", "AES-256", "ok", "Backups are encrypted at rest with AES-256."),
        C(SYNC, "monthly_price", gbp(329, tax="excluded"), "ok", "<td>Meridian Sync</td><td>per organisation, per month</td><td>&pound;329</td>"),
        C(VAULT, "price_per_tb", gbp(16, "TB-month", tax="excluded"), "ok", "<td>Meridian Vault</td><td>per TB, per month</td><td>&pound;16</td>"),
    ], [P("en.unlimited", "Version history is unlimited, so nothing your teams save is ever lost.")]))
    out.append(doc("docs/us-hq/tillman_insight_brief.txt", "us-hq", US_TXT, [
        C(INS, "general_availability", "2027-01", "ok", "Meridian Insight is in beta today and becomes generally available in January 2027."),
        C(INS, "free_trial", dur(30, "days"), "ok", "Tillman can start on a 30-day Meridian Insight free trial"),
        C(INS, "max_dashboards", 200, "ok", "- Dashboards: up to 200 per workspace."),
        C(INS, "query_latency", dur(2, "seconds"), "ok", "- Query latency: under 2 seconds at the 95th percentile"),
        C(INS, "ui_languages", 12, "unverified", "Meridian Insight is available in 12 languages, including Spanish."),
        C(INS, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month."),
    ], [T(SYNC, "Your existing Meridian FileSync workspace stays as it is")]))
    out.append(doc("docs/osaka/sakura_sync_proposal.txt", "osaka", OSAKA_TXT, [
        C(SYNC, "max_users", 10000, "ok", "メリディアン・シンクは1テナントあたり最大1万ユーザーまでご利用いただけます。"),
        C(SYNC, "storage_per_user", TB, "ok", "・ストレージ：1ユーザーあたり1TB"),
        *[C(SYNC, "supported_platforms", x, "ok", "・対応OS：Windows、macOS、iOS、Android、Linux") for x in ("Windows", "macOS", "iOS", "Android")],
        C(SYNC, "supported_platforms", "Linux", "conflict", "・対応OS：Windows、macOS、iOS、Android、Linux"),
        C(SYNC, "certifications", "ISO 27001", "ok", "・セキュリティ認証：ISO 27001、SOC 2 Type II、ISMAP"),
        C(SYNC, "certifications", "SOC 2 Type II", "ok", "・セキュリティ認証：ISO 27001、SOC 2 Type II、ISMAP"),
        C(SYNC, "certifications", "ISMAP", "conflict", "・セキュリティ認証：ISO 27001、SOC 2 Type II、ISMAP"),
        C(SYNC, "sla", 99.9, "ok", "・稼働率SLA：99.9％"),
        C(SYNC, "offline_mode", True, "conflict", "オフラインで図面を閲覧・編集いただけます。"),
        C(SYNC, "monthly_price", jpy(55000, tax="included"), "ok", "メリディアン・シンクの月額料金は55,000円（税込）です。"),
    ], [P("ja.first-in-industry", "メリディアン シンクは、建設業向けとして業界初となる図面差分同期機能を備えています。")]))
    return out
