"""Who writes in set5: Meridian Data staff (four offices) and their customers."""

PEOPLE = {
    # Tokyo office (*@jp.meridian-data.com)
    "yamada": ("山田 太郎", "taro.yamada@jp.meridian-data.com"),
    "sato": ("佐藤 美咲", "misaki.sato@jp.meridian-data.com"),
    "takahashi": ("高橋 健一", "k.takahashi@jp.meridian-data.com"),
    "nakamura": ("中村 由美", "yumi.nakamura@jp.meridian-data.com"),
    "kobayashi": ("小林 誠", "m.kobayashi@jp.meridian-data.com"),
    # Osaka office (*@osaka.jp.meridian-data.com)
    "matsumoto": ("松本 浩二", "koji.matsumoto@osaka.jp.meridian-data.com"),
    "inoue": ("井上 愛", "ai.inoue@osaka.jp.meridian-data.com"),
    "kimura": ("木村 大輔", "d.kimura@osaka.jp.meridian-data.com"),
    "hayashi": ("林 千尋", "c.hayashi@osaka.jp.meridian-data.com"),
    "osaka-sales": ("大阪支店 営業各位", "osaka-sales@osaka.jp.meridian-data.com"),
    # US headquarters (*@meridian-data.com)
    "rkim": ("Rachel Kim", "rkim@meridian-data.com"),
    "mwebb": ("Marcus Webb", "mwebb@meridian-data.com"),
    "dortiz": ("Dana Ortiz", "dortiz@meridian-data.com"),
    "praman": ("Priya Raman", "praman@meridian-data.com"),
    # London (*@uk.meridian-data.com)
    "ohughes": ("Oliver Hughes", "oliver.hughes@uk.meridian-data.com"),
    "fmacleod": ("Fiona MacLeod", "fiona.macleod@uk.meridian-data.com"),
    "tashworth": ("Tom Ashworth", "tom.ashworth@uk.meridian-data.com"),
    # Customers (office unknown)
    "tanaka": ("田中 和也", "k.tanaka@aoba-seiki.co.jp"),
    "nishida": ("西田 恵", "m.nishida@naniwa-butsuryu.co.jp"),
    "okamoto": ("岡本 隆", "t.okamoto@hokuto-pharma.co.jp"),
    "mori": ("森 直樹", "n.mori@sakura-sonpo.co.jp"),
    "ueda": ("上田 智子", "t.ueda@rakuhoku-insatsu.co.jp"),
    "fujii": ("藤井 玲奈", "reina.fujii@kansai-denzai.co.jp"),
    "ishida": ("石田 翔太", "s.ishida@mirai-denki.co.jp"),
    "yamamoto": ("山本 剛", "g.yamamoto@sakai-kasei.co.jp"),
    "ohno": ("大野 修", "o.ohno@hikari-kensetsu.co.jp"),
    "okada": ("岡田 真理子", "mariko.okada@yodoyabashi-shoji.co.jp"),
    "yoshida": ("吉田 亮", "r.yoshida@marufuku-foods.co.jp"),
    "maeda": ("前田 拓海", "t.maeda@nanko-densetsu.co.jp"),
    "ogawa": ("小川 健", "k.ogawa@minato-tech.co.jp"),
    "jporter": ("James Porter", "jporter@brightwater-health.com"),
    "lchen": ("Laura Chen", "lchen@harborview-analytics.com"),
    "kwatanabe": ("Ken Watanabe", "kwatanabe@cobaltridge.com"),
    "hendo": ("Hiroshi Endo", "hiroshi.endo@kitanami-foods.com"),
    "eclarke": ("Emma Clarke", "e.clarke@holloway-partners.co.uk"),
    "hcole": ("Harriet Cole", "harriet.cole@alderfinch.co.uk"),
    "sturner": ("Sophie Turner", "s.turner@fenwick-logistics.co.uk"),
    "ghalvorsen": ("Greg Halvorsen", "ghalvorsen@pinecrest-mfg.com"),
    "npetrova": ("Nadia Petrova", "npetrova@lakeshore-credit.org"),
    "dmoss": ("Daniel Moss", "dmoss@ridgeline-cap.com"),
}

# ---------------------------------------------------------------- signatures (no claims live here)
SIG_YAMADA = """\
━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社
第一営業部 エンタープライズ営業2課
課長　山田 太郎
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング21F
TEL 03-5218-4410（代表）　内線 2214
携帯 090-1234-5678
taro.yamada@jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_YAMADA_SJIS = """\
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
メリディアン・データ株式会社
第一営業部 エンタープライズ営業2課
課長　山田 太郎
〒100－0005 東京都千代田区丸の内2－7－3 東京ビルディング21F
TEL：03－5218－4410（代表）　内線：2214
携帯：090－1234－5678
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_SATO = """\
--------------------------------------------------
メリディアン・データ株式会社
インサイドセールス部 第1グループ
佐藤 美咲（さとう みさき）
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング21F
TEL：03-5218-4470（直通）　FAX：03-5218-4499
misaki.sato@jp.meridian-data.com
--------------------------------------------------"""

SIG_TAKAHASHI = """\
―――――――――――――――――――――――――――
メリディアン・データ株式会社
パートナー営業部 第2チャネル営業課
高橋 健一
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング21F
TEL 03-5218-4455 ／ 内線 2301 ／ 携帯 070-2233-8841
k.takahashi@jp.meridian-data.com
―――――――――――――――――――――――――――"""

SIG_NAKAMURA = """\
-- 
メリディアン・データ株式会社
ソリューション営業部 金融営業グループ
中村 由美
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング21F
TEL：03-5218-4432（直通）／FAX：03-5218-4499
yumi.nakamura@jp.meridian-data.com"""

SIG_KOBAYASHI = """\
*************************************************
メリディアン・データ株式会社
プリセールス技術部 第3グループ
小林 誠（Makoto Kobayashi）
〒100-0005 東京都千代田区丸の内2-7-3 東京ビルディング21F
TEL 03-5218-4418（内線 2418）　携帯 080-3141-5926
m.kobayashi@jp.meridian-data.com
*************************************************"""

SIG_KOBAYASHI_SJIS = SIG_KOBAYASHI.replace("2-7-3", "2－7－3").replace("100-0005", "100－0005")

SIG_MATSUMOTO = """\
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社 大阪支店
関西営業部 第1グループ 部長代理
松本 浩二（Koji Matsumoto）
〒530-0001 大阪府大阪市北区梅田3-3-10 梅田ダイビル18F
TEL：06-6346-7720　FAX：06-6346-7721
携帯：080-4455-6621
Mail：koji.matsumoto@osaka.jp.meridian-data.com
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_INOUE = """\
■□■□■□■□■□■□■□■□■□■□■□■□
メリディアン・データ株式会社 大阪支店
関西営業部 第2グループ
井上 愛
〒530-0001 大阪府大阪市北区梅田3-3-10 梅田ダイビル18F
TEL：06-6346-7733（直通）／内線：5133
ai.inoue@osaka.jp.meridian-data.com
■□■□■□■□■□■□■□■□■□■□■□■□"""

SIG_INOUE_SJIS = SIG_INOUE.replace("530-0001", "530－0001").replace("3-3-10", "3－3－10")

SIG_KIMURA = """\
==============================================
メリディアン・データ株式会社 大阪支店
関西営業部 第1グループ
木村 大輔
〒530-0001 大阪府大阪市北区梅田3-3-10 梅田ダイビル18F
TEL：06-6346-7741　携帯：090-8765-4321
d.kimura@osaka.jp.meridian-data.com
=============================================="""

SIG_HAYASHI = """\
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
メリディアン・データ株式会社 大阪支店
関西営業部 第2グループ
林 千尋（はやし ちひろ）
〒530-0001 大阪府大阪市北区梅田3-3-10 梅田ダイビル18F
TEL：06-6346-7752（内線 5152）
c.hayashi@osaka.jp.meridian-data.com
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_HAYASHI_SJIS = SIG_HAYASHI.replace("530-0001", "530－0001").replace("3-3-10", "3－3－10").replace(
    "06-6346-7752", "06－6346－7752")
