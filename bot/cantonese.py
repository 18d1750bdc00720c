"""Written Cantonese read as the Mandarin it means, so every reader downstream (the safety rules,
the topic classifier, the slots) understands it: "催收話要斬我" is a threat to hack the borrower
("催收说要砍我"), "會唔會俾人告" asks whether they will be sued ("会不会被人告"), "點算好" is "怎么办".

Applied by bot.text on text already simplified (NFKC, lower case, OpenCC t2s), so the patterns
below spell the simplified forms (話 -> 话, 點 -> 点, 斬 -> 斩). Only words that are Cantonese and
not everyday Mandarin are changed, or Mandarin words in the one place Cantonese puts them: 话 is
"says" only after the person who says it (催收话要…), never in 电话 or 说话; 蚊 is a yuan only after
a number (一万蚊), not a mosquito. A message with none of the marker characters costs one scan.
"""

from __future__ import annotations

from .patterns import regex

# Characters found only (or nearly only) in written Cantonese, and the Mandarin words Cantonese
# uses in its own senses: a message with none of them is returned unchanged.
_MARKERS = regex(r"[唔佢冇咗嘅喺啲嘢乜咩睇搵揾嚟咁攞俾畀哋嗰噉呃仲]|点算|点解|收数|点样|屋企|蚊|斩|话|系|惊|而家|宜家|琴日|听日|返工|差佬|追数|走佬|边个|边度|呢个|呢度|落去")

# Whole phrases first (one pass, leftmost-longest by order): their characters would otherwise be
# read one by one (唔该 is "thank you", not 不该; 唔使 is 不用).
_PHRASES: tuple[tuple[str, str], ...] = (
    ("唔该", "谢谢"), ("顶唔住", "撑不住"), ("顶唔顺", "撑不住"), ("唔使", "不用"), ("唔系", "不是"), ("系唔系", "是不是"), ("系咪", "是不是"),
    ("还唔到", "还不上"), ("还唔起", "还不起"), ("还唔上", "还不上"),
    ("点算好", "怎么办"), ("点样", "怎么样"),
    ("屋企人", "家人"), ("屋企", "家"), ("佢哋", "他们"), ("佢地", "他们"), ("我哋", "我们"), ("你哋", "你们"),
    ("乜嘢", "什么"), ("宜家", "现在"),
    ("琴日", "昨天"), ("返工", "上班"), ("差佬", "警察"), ("追数", "催收"), ("收数佬", "催收的人"), ("收数", "催收"),
    ("走佬", "跑路"), ("真系", "真是"), ("就系", "就是"),
    ("俾人", "被人"), ("畀人", "被人"), ("喺度", "在这里"), ("呢个", "这个"), ("呢度", "这里"),
    # (safe58) 做人冇意思 is life without meaning, 活唔落去 / 唔想活落去 cannot go on living (唔想做人: _IN_CONTEXT).
    ("做人冇意思", "活着没意思"), ("做人都冇意思", "活着都没意思"),
    ("活唔落去", "活不下去"), ("唔想活落去", "不想活下去"), ("唔想再活落去", "不想再活下去"),
)
_PHRASE_RE = regex("|".join(sorted((p for p, _ in _PHRASES), key=len, reverse=True)))
_PHRASE_MAP = dict(_PHRASES)

# Single characters, read after the phrases.
_CHARS = {"佢": "他", "冇": "没", "咗": "了", "嘅": "的", "喺": "在", "啲": "些", "嘢": "东西", "乜": "什么",
          "咩": "什么", "睇": "看", "搵": "找", "揾": "找", "嚟": "来", "咁": "那么", "攞": "拿", "俾": "给",
          "畀": "给", "嗰": "那", "噉": "这样"}
_CHAR_RE = regex("[" + "".join(_CHARS) + "]")

# Mandarin characters in a Cantonese sense, only where that sense is certain:
_IN_CONTEXT = (
    # Words whose characters meet by chance in Mandarin (review45): 一边度假, 身边个个, 而家人都不知道, 打听日语, 都系统.
    (regex(r"(?<![一身旁那这左右两周半海河路江湖床桌手耳外里上下前后东西南北])边个"), "谁"),
    (regex(r"(?<![一身旁那这左右两周半海河路江湖床桌手耳外里上下前后东西南北])边度(?!假)"), "哪里"),
    (regex(r"而家(?![人里庭族长属中])"), "现在"),
    (regex(r"(?<!打)听日(?![语文本剧记])"), "明天"),
    (regex(r"都系(?![统列数])"), "都是"),
    # 点算 is "what do I do" ("我应该点算"), but "几点算逾期", "12点算不算" ask which hour counts.
    (regex(r"(?<![0-9几一二两三四五六七八九十零半整钟点*#早快这那差清结慢算])点算(?!逾期|算|不算|是|作|成|进|入|晚|早|超|过|起)"), "怎么办"),
    # 点解 is "why" ("点解会咁"), but 早点解脱, 一点解决, 快点解释 are 点 + a word of 解 (review of the
    # safety examples: "早点走早点解脱" had become "早为什么脱").
    (regex(r"点解(?![脱决释答开除压套冻放散锁约读析围闷气渴馋恨乏])"), "为什么"),
    # Living said as "being a person" (safe58): "我真系唔想做人", "我阿妈话唔想再做人" are not wanting to live (Mandarin's
    # 不想做人了 is most often shame, so only the Cantonese spelling is read so); not 做人哋/人家 (others' guarantor), nor
    # shame said by degree ("尴尬到唔想做人", "丑到唔想做人"), which stay as written. Only where 做人 ends the phrase
    # (mend72: 做人头, 做人渣, 做人形提款机, 做人质, "唔想做人就唔好返工" had read as a crisis, review83 §4): the end, a
    # mark or space, or a closing particle (啦/了/喇/嘞/啰/咯/la/lah…) — never before another character of a word.
    (regex(r"(?<![丑尬脸架面羞][到得])唔想(?=(?:再)?做人(?:$|[^\w]|(?:啦|喇|嘞|啰|囉|咯|喎|吖|啊|呀|嘛|了(?!解|结|断))"
           r"|(?:la|lah|lor|liao|le)\b))"), "不想活"),
    (regex(r"(?<=不想活)(?:再)?做人"), ""),
    # 死咗佢 with 佢 as a filler (fix71, user70 #1): "不如死咗佢", "死咗佢算" are the writer's "might as well die", not "him".
    # Only 死 as the verb itself (not 打死/整死咗佢, a killing or a hyperbole with 佢 its object), not a relative's death
    # told before it (阿爸死咗佢…), a thing or a degree (部机死咗佢, 攰到死咗佢), and only as a wish: after 不如/索性/想…, or before 算/啦/好过… or the phrase's end.
    # (fix78 had read the filler only where a person speaks before it; mend76 after review94: any other lead-in — 钱, 今晚,
    # 谂, 唔如 — then left "死了他", a relative's death, and 9 writers at risk got the helper's reply. The writer's own wish is
    # the default again; only a thing, a plant or an animal named right before it is read as that thing dying: the old list
    # plus 植物, 盆栽, 电视, 雪柜, 灯, 电池, 游戏, 软件, an app, a game, a pad, a phone.)
    (regex(r"(?:(?<=不如)|(?<=索性)|(?<=干脆)|(?<=一于)|(?<=想)|(?<=宁愿))死咗佢(?![哋地们嘅的])"
           r"|(?<![打整搞掟斩砍杀毒撞笑激攰累饿闷热冻吓惊烦气咬踩揼害逼迫弄焗淹晒拍劈捅刺锤捶推碌车揍爸妈爷嫲婆公哥姐弟妹仔女佬友人狗猫鱼机电脑网花草树虫到得"
           r"物栽视柜灯池表箱扇炉器戏盘屏])(?<!app)(?<!game)(?<!pad)(?<!pc)(?<!tv)(?<!phone)(?<!mac)(?<!wifi)"
           r"死咗佢(?=算|啦|喇|罢|好过|仲好|一了百了|就算|都好|$|[^\w])"), "死了算了"),
    # 落去 after a verb of going on is 下去 (fix71): 活落去, 生存落去, 撑落去, 跳落去 (jump down), 做落去.
    (regex(r"(?<=[活存撑跳做过讲住])落去"), "下去"),
    # 唔 before a word is 不 (唔想, 会唔会); alone ("唔，好吧") it is Mandarin's "hmm".
    (regex(r"唔(?=[\u3400-\u9fff])"), "不"),
    # 听电话 is answering the phone (cls25: "唔听电话" is going dark, "不接电话"), after a "not" or "never":
    # "唔听佢哋电话", "成日唔听电话" (Mandarin's 听电话里说 keeps its sense: no "not" before it).
    (regex(r"(?:(?<=[不没冇])|(?<=不想)|(?<=不再)|(?<=不想再))听(?=(?:[他她你我们的些催收人]{0,4})?电话)"), "接"),
    # 仲 is "still" (仲要返工, 仲未返屋企, 仲有冇位): read as 还 only before the repaying it asks about
    # ("仲未还借呗" is 还没还; "仲要唔要还钱" is 还要不要还), else 仲要返工 had read as a loan question (review77).
    (regex(r"仲未(?=还|供)"), "还没"),
    (regex(r"仲(?=要(?:不要)?还|要(?:不要)?供)"), "还"),
    # 转 a number is changing it: "转咗电话号码", "转咗号码" (not 转账 or 转告).
    (regex(r"转(?=[咗了](?:个|部)?(?:新)?(?:电话号码|手机号码?|号码|电话号|电话卡|手机卡))"), "换"),
    # (会点 at a question's end is "what will happen", but read as 会怎样 it hid crises the raw words kept:
    # "如果我食安眠药走咗 仲要唔要还钱 会点" lost the crisis reply (review77 §1), so it stays unread.)
    (regex(r"跟住(?=会|点|就|再)"), "接着"),
    # 话 after the one who says it: "催收话要斩我", "佢话会上门" (never 电话, 说话, 对话).
    (regex(r"(?<=他|她|我|你|们|收|员|师|服|察|司|台|板|事|友|公|婆|妈|爸|哥|姐|弟|妹|佬|人)话(?=要|会|如果|唔|不|我|你|他|她|再|就|今|明|听|下)"), "说"),
    # 斩 as hacking at a person: "要斩我", "斩死你" (not 斩首 or 斩获).
    (regex(r"斩(?=[我你他她人]|死|手|脚|断)"), "砍"),
    # 蚊 as the yuan after a number: "一万蚊", "5000蚊".
    (regex(r"(?<=[0-9零一二两三四五六七八九十百千万亿几])蚊"), "块"),
    # 惊 as fear ("好惊", "我惊佢哋上门"), not startled (惊呆, 惊讶, 惊喜) or thrilling (惊险).
    (regex(r"(?<=[好我])惊(?!呆|讶|喜|叹|醒|奇|动|险|艳|人)"), "怕"),
    # 呃 as cheating out of money ("呃钱"); alone or before a person ("呃我想问") it is Mandarin's "er".
    (regex(r"呃(?=钱|人钱|我钱|你钱)"), "骗"),
)


def to_mandarin(text: str) -> str:
    """``text`` (simplified, lower case) with written Cantonese read as Mandarin; unchanged when
    it has none."""
    if not _MARKERS.search(text):
        return text
    text = _PHRASE_RE.sub(lambda m: _PHRASE_MAP[m.group(0)], text)
    for pattern, meaning in _IN_CONTEXT:
        text = pattern.sub(meaning, text)
    return _CHAR_RE.sub(lambda m: _CHARS[m.group(0)], text)
