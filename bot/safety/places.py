"""Crises told by a place, a condition or defiance, with no method verb (safe43, issue 12 round 35).

The independent set's misses of stop 34 named no way of dying; the place, the moment or the condition said it:

- **Construction heights** (a tower crane, scaffolding, a factory's travelling crane, a pylon): the writer up there
  and not coming down. A crane operator at work says no such thing ("I'm up the crane eight hours a day"); "不下来
  吃饭" is a lunch skipped, and is left alone on the matched words.
- **Self-harm made the condition of a collection act**: "再打我单位我就从这里下去", "if you call my workplace again I'll
  jump / not be here any more". The consequence is an ending of the writer (a fall from here, not being in this world,
  the pills or the poison, ending it); a complaint, the police or a new number is no ending and is not read.
- **Defiance with a time**: "过了今晚你们就没人可告了", "after tonight nobody left to chase" (the English form of "sue"
  was read already). A loan repaid beside the matched words is the everyday reading ("还清了，以后就没人催我了").
- **Not owing anyone after a moment** ("等过了十二点我就不欠谁了"), unless repaid is said there.

Every cue is negatable where a negation can stand before it and reads its everyday reading on its own words only.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue
from .scenes import PLACE_ZH, REPAID

# High machinery or structures a migrant worker climbs (not a building: despair.py reads those as PLACE_ZH).
_RIG_ZH = r"塔吊|吊车|龙门吊|天车|升降机|施工电梯|井架|脚手架|烟囱|信号塔|高压塔|电线杆|广告牌|铁塔|塔架"
_RIG_EN = r"(tower )?crane|scaffold\w*|pylon|chimney|billboard|transmission tower|cell tower|signal tower|gantry"
# Work done up there (between the rig and "not coming down": "我在脚手架上刷墙，中午不下去了" is a lunch skipped).
_WORK_ZH = (r"刷|装|修|焊|拆|搭|检修|验收|施工|干活|上班|加班|换班|交班|开(塔吊|吊车)|司机|师傅|午饭|中午|吃饭|休息|信号|工钱(?!.{0,6}(欠|不给|拖))"
            r"|安装|维修|油漆|喷漆|清洗|擦")
# Going down TO somewhere is a trip, not staying up ("这周就不下去工地了", "再也不下去矿井了").
_NOT_TO = r"(?!\S{0,2}(工地|矿|楼|车间|现场|基层|一线|村|乡|看|找|拿|接|买))"
# Not coming down (again): the writer stays up there.
_STAY_UP_ZH = (rf"(没打算|不打算|不准备|不想|不会|不再|再也不|决定不|就不|死也不|绝不)(再)?下(来|去)(了)?(?!\S{{0,3}}(吃饭|吃|喝|拿|休息|上厕所|换班|交班|干活)){_NOT_TO}"
               # a bare 不下来了 only after the writer, a particle or the place, never after a verb: 做不下去了 / 干不下去了 is
               # "can't go on with this job" (review61), 待一天不下来了 a long shift
               rf"|(?:^|\s|(?<=[我也都了面头里儿上说晚夜回次]))不下(来|去)了(?!\S{{0,3}}(吃饭|吃|喝|拿|休息|上厕所|换班|交班|干活)){_NOT_TO}"
               r"|下不下来\S{0,3}(看你们|随便|无所谓)|(留|待)在(上面|上头|这上面)\S{0,3}(不下|了)|别(叫|喊|劝)我下(来|去)")
# Not coming down, said of a person (I, he, she, a dropped subject after "rn" / "and"): "my debt is not going down" is
# the balance; "he's not coming down till 6" is a shift (review61).
_STAY_UP_EN = (r"(\b(i|im|i m|i am|ive|i ve|ill|i ll|i will|he|hes|he s|he is|she|shes|she s|she is|they|theyre|they re)( \w+){0,2}"
               r"|\b(rn|now|tonight|and|so|but|just)|(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bits)(?<!\bthats)(?<!\bisnt))"
               r" (not|never|wont|won t|will not|aint|dont|do not) (be )?(com\w*|climb\w*|go\w*|get\w*)( back)? down\b"
               r"(?! (till|until|before|after|for (lunch|dinner|a while|the day)|when|at [0-9])\b)")
# Working up there in English (between the rig and not coming down).
# (a shift named as the moment, "after my shift" / "before my shift", is no work up there: safe47)
_WORK_EN = r"\bworks? (on|as|at)\b|operator|(?<!after )(?<!before )(?<!end of )\b(on|my|his|her|night|day|the) shift\b|every day|all week|\bdriver\b"

# A moment passed: after tonight, from tomorrow on (a bare 今天 / 这周 is the news of the day).
_PASSED = (r"(?:(过了|过完|熬过)\s?(今天晚上|今天夜里|今晚|今天|今夜|明天|这周|这个月|零点|十二点|12点)|(今晚|今天|今夜|明天)(以后|之后|过后|一过)"
           r"|从明天(起|开始)|明天开始)")

# What a collector does again (the condition).
_AGAIN_ZH = (r"(再|还|又|要是再|如果再|敢再)(敢)?\S{0,2}(打|催|骚扰|联系|打电话|发短信|发消息|找|去|闹|上门|爆|通讯录)")
# The writer's ending as its consequence (not a complaint or the police).
_ENDING_ZH = (r"从(这里|这儿|这|楼上|上面|这上面|楼顶|天台|窗户|阳台)(跳)?下去(?!\S{0,3}(找|拿|买|接|取|看|问))"
              r"|(跳下去|跳楼|跳河|跳江|跳海|跳桥|从\S{0,6}跳)|不在(这个|这)?(世上|世界上|人世)(了)?|去死|死给你们看|(喝|吞|吃)(了)?(那|这|柜子里的|抽屉里的)?(一)?(瓶|板|盒)?\S{0,4}(?<!降压)(?<!感冒)(?<!胃)(?<!中)(?<!消炎)(?<!救心)(药|农药|安眠药|百草枯|敌敌畏)"
              r"|了结(自己|了自己)|结束(自己|我自己|这条命|生命)|一了百了|让你们(去)?(找|催)(死人|鬼)(要钱)?")
_CONDITION_EN = (r"\b(if|when|once) (you|they|your (guys|people|collectors?|staff|company|agents?)|the collectors?|them) (\w+ ){0,2}"
                 r"(call|phone|ring|contact|text|message|visit|come to|go to|harass|disturb|bother)\w* .{0,40}\b(again|one more time|once more|anymore)\b")
_CONDITION_EN_2 = r"\b(call|phone|ring|text|contact|visit|harass)\w* (my|our) .{0,30}\b(again|one more time|once more)\b,? (and|then)\b"
_ENDING_EN = (r"(i ll|ill|i will|im going to|i am going to|im gonna|then i)\s(\w+ ){0,2}"
              r"(jump|end it|end my life|kill myself|take my (own )?life|not be (here|around|alive)|be gone|die"
              r"|take (all )?(the|my|those|these) (pills|tablets)|drink (the )?(poison|pesticide|weedkiller))\b(?! (of|laughing|from embarrassment))")

PLACES = (
    # Up a crane or a scaffold and not coming down: "爬上塔吊了…今天就不下来了", "climbed the crane, not coming down".
    Cue("place", any_of(
        rf"({_RIG_ZH})(?:(?!{_WORK_ZH}).){{0,30}}({_STAY_UP_ZH})",
        rf"\b(on|up|climb|climbed|climbing|top of|at the top of)\b.{{0,20}}\b({_RIG_EN})\b(?:(?!{_WORK_EN}).){{0,40}}(?:{_STAY_UP_EN})",
        rf"(?:{_STAY_UP_EN})(?:(?!{_WORK_EN}).){{0,40}}\b(on|up|top of) (the |this |a )?({_RIG_EN})\b"), negatable=True,
        near=regex(r"赶工|赶工期|加班|换班|交班|收工|下班|完工"), hides=False),
    # A last look down from up there, where the message says an ending ("爬上了龙门吊 往下看挺高的 这辈子就这样吧"): the wind,
    # a look down or "the last month" alone are a working day (review61).
    Cue("place", any_of(rf"(爬上|爬到|站在|坐在|在)\S{{0,6}}({_RIG_ZH})(?:(?!{_WORK_ZH}).){{0,30}}(最后(看)?一眼|往下看)"),
        negatable=True, hides=False, requires=regex(r"这辈子(就这样|算了|完了)|就这样吧|一了百了|解脱|结束吧|永别|不想活|活着没意思|没脸(活|见)")),
    # Not coming down as a decision, told clauses after the writer named the rig ("爬上塔吊了 上面风好大 今天就不下来了",
    # "我现在在脚手架最顶上 风很大 … 我不打算下去了": review61's misses, beyond one window). The decision forms only.
    Cue("place", any_of(r"(没打算|不打算|不准备|再也不|决定不|就不|死也不|绝不)(再)?下(来|去)(了)?(?!\S{0,3}(吃饭|吃|喝|拿|休息|上厕所|换班|交班|干活))"
                        rf"{_NOT_TO}"),
        negatable=True, hides=False, near=regex(r"赶工|加班|换班|交班|收工|下班|完工|干活|活太多|赶完|干完|做完"),
        requires=regex(rf"((爬|上|在|坐|站|待)\S{{0,8}}({_RIG_ZH})|({_RIG_ZH})\S{{0,4}}(上面|上头|顶上|最上|最顶|顶|上来|上去|爬上))"
                       rf"(?!\S{{0,6}}({_WORK_ZH}))")),
    # Staying up there told a few clauses after the rig or the roof is named ("我在升降机顶上坐着，欠了十几万，今天就待在这
    # 上面不下去了"): the window holds only "up here", the message names where.
    Cue("place", any_of(r"(待|留|坐|站|呆)在(这|这儿|这里)?(上面|上头|顶上)\S{0,3}(就)?(不|不打算|不准备|不想)(再)?下(来|去)(?!\S{0,3}(吃|喝|拿|休息|上厕所))"),
        negatable=True, hides=False, requires=regex(rf"{_RIG_ZH}|{PLACE_ZH}")),
    # Self-harm made the condition of a collection act.
    Cue("plan", any_of(
        # the writer's ending, not a relative's ("你们再这样催 我妈就要吃降压药了": her blood pressure; review61)
        rf"({_AGAIN_ZH}).{{0,24}}(?<![你们妈爸他她哥姐弟妹儿女婆公爷奶子])(我)?(就|立刻|马上|立马|当场)\S{{0,3}}({_ENDING_ZH})",
        rf"{_CONDITION_EN}.{{0,20}}{_ENDING_EN}",
        rf"{_CONDITION_EN_2} {_ENDING_EN}"),
        negatable=True),
    # Defiance with a time: nobody left to sue or chase AFTER a moment, as its result ("过了今晚你们就没人可以催了"). A bare
    # time is today's news ("今天没人催我了", "今天你们催谁呢": review61): the moment must be passed (过了今晚, 明天以后);
    # a question about the schedule ("过了今晚是不是就没人催了吗") and a payday or a debit are the everyday reading.
    Cue("farewell", any_of(
        rf"{_PASSED}\s?\S{{0,4}}(你们)?(就)?(再也)?(没人|没有人)(可以|可|能|给你们)(告|起诉|催|要账|追债)(?!\S{{0,4}}[吗么呢])",
        rf"{_PASSED}\s?\S{{0,4}}你们(就)?(再也)?(没人|没有人)(告|起诉|催|要账|追债)了(?!\S{{0,4}}[吗么呢])",
        rf"({_PASSED}|等我(死了|走了|没了|不在了))\s?\S{{0,6}}(你们)?还(能)?(告|起诉|催)谁(去)?(?!\S{{0,2}}[吗么呢])",
        # not owing anyone after a moment of the night; a day or a month is a last instalment ("等过了这个月我就不欠你们了")
        r"(等|过了)\S{0,2}(十二点|12点|零点|今晚|今夜|午夜|天亮)(以后|之后)?\S{0,3}我(就)?(谁也|谁都|再也)?不欠(谁|任何人|你们|了)",
        r"(等|过了)\S{0,2}(今天|明天|这周|这个月)(以后|之后)?\S{0,3}我(就)?((谁也|谁都)不欠|不欠(任何人|谁))",
        r"\b(you|they|youll|theyll|you ll|they ll)( will)? (wont|will not|never|not) (have|find) (anyone|anybody|any one)( left)? to (chase|sue|call|collect from|harass)\b"
        r"|\b(no one|nobody|noone) (left )?for you to (chase|sue|call|collect from|harass)\b"),
        unless=regex(rf"{REPAID}|还了|结清|清了|离职|辞职|换号|注销|发工资|工资到账|到账|自动扣|扣款|最后一期"
                     r"|\b(paid|settled|cleared|pay (it )?off|new number|payday)\b"),
        unless_nearby=True, reach=True, aside_nearby=True, hides=False),
)
