"""Concept groups: features for the learned safety detectors, reviewed by hand (never a veto).

A few hundred examples cannot teach a character n-gram model that 刀片, scissors and "box
cutter" are alike, or that 通缉 and "a warrant" are; a group can. Each group found in a window is
appended to it as a word ("zqweapon"), and so is each pair of groups ("zqweaponxgather"): meaning
is mostly in how they combine (a means with gathering it, a handover of what one owns, being gone
with others better off; a collector with a wreath or a "warrant"), which a linear model cannot
make from single words. Groups that say what else a window is about (a loan operation, a repair
bill, care for one's health, a third person, politeness) let the model learn what is benign.

Matched on folded text (for crisis with idioms masked, see idioms.py).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..patterns import Prefilter, needs, regex

Groups = dict[str, tuple[str, str]]  # name: (Chinese pattern, English pattern matched as whole words)

# What else a window may be about, for both detectors.
_CONTEXT: Groups = {
    "me": (r"我|自己|本人", r"i|im|ive|id|ill|me|my|myself"),
    "asks": (r"吗|呢|么|会不会|能不能|可不可以|是不是|怎么|如何|多少|哪|什么|有没有|\?",
             r"can|could|will|would|do|does|is|are|how|what|when|where|which|should|any way"),
    "loan": (r"借呗|花呗|网贷|贷款|欠款|逾期|还款|额度|利息|征信|账单|分期|信用卡|微粒贷|平台",
             r"jiebei|huabei|loans?|debts?|overdue|repay\w*|payment|interest|credit|bill|instal\w*|fee|limit"),
    "cost": (r"修|费|贵|花了|花钱|几百|几千|医药|药费|账单|涨价", r"repair\w*|cost\w*|expensive|bill|fee|price\w*|paid for|huge"),
    "care": (r"医生|医院|医保|开了|药店|感冒|胃药|降压|看病|住院|体检|处方|牙", r"doctor|prescri\w*|hospital|cold|flu|clinic|vet|dentist|pharmacy"),
    "chore": (r"晒|散步|钓鱼|露营|出差|旅游|上班|下班|等车|买票|装修|吃饭|跑步|开会", r"laundry|walk\w*|camping|trip|travel|work|commute|running|conference|shopping"),
    "otherperson": (r"他|她|我爸|我妈|爷爷|奶奶|外公|外婆|朋友|同事|老公|老婆|孩子", r"he|she|his|her|dad|mom|mum|father|mother|friend|coworker|husband|wife|kids?|son|daughter|grand\w*"),
    "collector": (r"催收|催款|对方|客服|律师|法院|公安|警察", r"collector\w*|collection|agent|lender|lawyer|court|police"),
}
# Danger to the borrower's life.
_CRISIS: Groups = {
    "death": (r"死|自杀|轻生|自尽|活[着著]|活下去|不想活|生命|这条命|了断|了结|一了百了",
              r"die|dies|died|dead|death|dying|kill (myself|me)|suicid\w*|alive|my life|unalive|end it"),
    "pills": (r"药|安定|片|粒|颗", r"pills?|tablets?|meds|medication|paracetamol|tylenol|painkillers|sleeping|dose\w*|overdos\w*"),
    "weapon": (r"刀|刀片|刃|剪刀|剃须刀|刮胡刀|美工刀|玻璃|圆规|绳|枪|炭|煤气|汽油|农药|百草枯|敌敌畏|毒",
               r"knife|knives|blades?|razors?|scissors|box cutter|glass|compass|rope|noose|guns?|charcoal|gas|petrol|poison\w*|bleach|weed killer"),
    "drink": (r"酒|白酒|啤酒", r"vodka|whisk(e)?y|wine|alcohol|drunk|drink\w*|bottle"),
    "gather": (r"攒|存|留着|囤|藏|备好|准备好|买好|凑够|够了|数了|数好|摆|倒出|拆出|分好|一排排|一堆|全部|所有的",
               r"sav(e|ed|ing)|stash|stockpil\w*|hid(e|den|ing)?|keep(ing)?|collect\w*|count\w*|sort(ed)? .{0,12}piles|laid out|lined up|enough|all (the|my|of)|ready|every"),
    "harm": (r"割|划|刻|掐|烫|撞|伤害|抠|流血|出血|血", r"cut\w*|carv\w*|burn\w*|pinch\w*|bang\w*|scratch\w*|hurt\w*|harm\w*|bleed\w*|blood|slit"),
    "body": (r"手腕|手臂|胳膊|大腿|腿|手背|皮肤|头|身上", r"wrists?|arms?|forearms?|thighs?|legs?|skin|head|body"),
    "painrelief": (r"疼|痛|平静|清静|好受|舒服", r"pain\w*|calm\w*|quiet|relief|feel (something|anything)"),
    "highwater": (r"楼顶|顶楼|天台|阳台|窗台|窗外|栏杆|围栏|护栏|桥|江|河|湖|海|水库|悬崖|站台|铁轨|轨道|高架|楼上|[0-9几十二三四五六七八九]+(层|楼)",
                   r"roof\w*|balcony|ledge|window ledge|railing|bridge|overpass|river|lake|sea|pier|cliff|edge|platform|tracks?|railway|floor"),
    "lonelyplace": (r"没人|偏僻|荒|宾馆|旅馆|酒店|外地|远处|山里|树林", r"quiet place|nobody|no one|motel|hotel|woods|far away|another city|remote"),
    "vehicle": (r"开车|车里|冲下去|撞上|撞向|迎面", r"drive|driving|drove|car|truck|swerv\w*|bus hit|hit me"),
    "finality": (r"最后|再也不|不会再|永远|以后不|不回|走远|到此为止|结束|再见|告别|道别|永别|拜拜|保重|见不到",
                 r"last|final|never again|wont be|won\w* be|forever|for good|goodbye|farewell|take care|over|that s it|thats it|no longer"),
    "handover": (r"交给|留给|送给|送人|托付|拜托|转给|写给|放在.{0,4}(抽屉|桌)|帮我(养|照顾|照看)",
                 r"gave|give|giving|handed|hand|left .{0,12}(with|for)|transferr\w*|passed on|look after|keep an eye|check on|who gets what"),
    "belongings": (r"密码|银行卡|工资卡|存款|存折|钥匙|东西|遗物|猫|狗|兔子|鱼|宠物|账号|手机",
                   r"passwords?|pin|bank card|cards|savings|keys|stuff|belongings|cat|dog|rabbit|fish|pets?|account"),
    "absent": (r"不在了|我走了|走了以后|走之前|没有我|没了我|少了我|消失|不在这|离开|out of the picture",
               r"gone|not here|not around|out of the picture|without me|before i go|after i m gone|disappear\w*|vanish\w*|stop existing"),
    "othersbetter": (r"好过|轻松|解脱|翻身|清净|干净|省心|更好|不用(再)?(替|挨|受)",
                      r"better off|free|relieved|breathe|easier|simpler|back on their feet|clean slate|slate is clean"),
    "burden": (r"累赘|拖累|连累|负担|包袱|拖油瓶|拖后腿|添麻烦|添债|废物|多余|没用", r"burden|drag\w*|dead weight|weight|holding .{0,10}back|useless|worthless"),
    "insurance": (r"保险|保单|受益人|赔|意外险|寿险", r"insurance|policy|payout|beneficiary|life cover"),
    "accident": (r"意外|车祸|出事|撞死|被车撞", r"accident|hit me|run over"),
    "decided": (r"决定|定了|定好|想好|选好|计划好|打算好|准备好了|下定", r"decided|made up|chosen|picked|planned|set a date|my mind"),
    "date": (r"今晚|今夜|明天|后天|周[一二三四五六日末]|星期|月底|月初|号|那天|生日|过年|开学|期限",
             r"tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|month|birthday|date|day"),
    "tidy": (r"收拾|理清|处理干净|还清|不留|安排好|交代|清单|整理", r"tidy|loose ends|sort\w*|clear|arrangements?|list|stuck with"),
    "sleep": (r"睡|醒", r"sleep|asleep|wake|woke|waking"),
    "hopeless": (r"没意义|没意思|没盼头|没希望|没有希望|看不到|没理由|有什么意思|熬不|撑不|受罪|没期待",
                 r"no point|nothing left|no hope|hopeless|pointless|look forward|no reason|keep going|no fight"),
}
# What abusive collectors do (and, last, what a proper collector does).
_ABUSE: Groups = {
    "shameobject": (r"花圈|纸钱|寿衣|白纸|油漆|红漆|喷漆|横幅|传单|大字报|海报|寻人启事|遗照|冥币",
                    r"wreath|funeral|paper money|paint\w*|banner|flyers?|posters?|graffiti|missing person"),
    "fakelegal": (r"通缉|在逃|投案|自首|判决书|传票|逮捕|拘留|立案|起诉书|执行局|债务执行|查封|冻结|律师函|律所|经侦|刑事|坐牢|抓",
                  r"wanted|fugitive|surrender|turn (myself|yourself) in|judgment|summons|warrant|arrest\w*|detain\w*"
                  r"|criminal|seiz\w*|frozen|freez\w*|enforcement|bureau|prison|jail|charged"),
    "notreal": (r"假|p的|p过|歪|查不到|没有这个|不存在|写错|没写|没有(法院|律所|编号|案号)|自称|冒充|穿制服|所谓",
                r"fake|forged|photoshop\w*|crooked|gibberish|doesnt exist|no (court|firm|case|number)|so called|claiming"
                r"|pretend\w*|uniforms?"),
    "wishdeath": (r"去死|该死|死光|不得好死|死全家|怎么不死|怎么还不去死|跳楼|浪费粮食", r"die|dead|kill yourself|killed myself|waste of air"),
    "curse": (r"诅咒|咒|骂|祸害|没屁眼|报应", r"curs\w*|swore|scream\w*|wished bad|born (dead|sick)|pig|scum"),
    "sexual": (r"身体|陪|睡|女人|女的|女孩|裸|不雅|下流|恶心|一个人住|表情包|开房",
               r"body|(spend|spent|spending) (a |the )?nights?|sleep with|woman|girl|nude\w*|naked|porn|creepy|disgusting|stickers|live alone|other ways"),
    "target": (r"幼儿园|学校|放学|补习班|上班的地方|单位|公司|厂|女儿|儿子|孩子|老婆|肚子",
               r"kindergarten|school|class|office|company|work|daughter|son|kids?|wife|pregnan\w*|baby|unborn"),
    "athome": (r"楼下|门口|门外|敲门|拍门|小区|单元|楼道|门牌|住哪|住在|几栋|几楼|大门|家门|村口|老家",
               r"downstairs|door\w*|gate|knock\w*|bang\w*|stairwell|building|flat|unit|estate|complex|address|hometown|outside"),
    "unidentified": (r"不说|不肯|不告诉|是谁|证件|陌生|外地口音|几个(男|人)|两个(男|人)|一群",
                     r"wont say|wouldnt say|who they (are|were)|refused (to )?(say|tell|give|show|identify|name)|strangers?|two men|men|guys|group of|unknown"),
    "audience": (r"同事|群|朋友圈|家长群|客户|亲戚|邻居|所有人|全村|村里|领导|前台|微博|抖音|座机|好友|通讯录|前男友|前女友",
                 r"coworkers?|colleagues|group|moments|posts?|comments?|clients|relatives|neighbou?rs|everyone|village|boss"
                 r"|receptionist|front desk|contacts|landline|ex"),
    "label": (r"老赖|骗子|诈骗|小偷|贼|不要脸|废物|赖账|卷款|跑路", r"deadbeat|liar|thief|cheat|fraud\w*|scammer|criminal|ran away|worthless"),
    "volume": (r"几十|上百|一百|好几十|不停|轮流|换着号码|半夜|凌晨|一天",
               r"hundred|dozens|[0-9]{2,} (calls|times)|different numbers|non ?stop|3 ?am|middle of the night|every day"),
    "menace": (r"小心|注意点|等着|走着瞧|知道你|知道我|找人|收拾|好看|后果|不得安宁|搬家具|上来",
               r"careful|watch (yourself|myself|your back)|know (where|which|what time)|knows|regret|no peace|coming"
               r"|on (their|our) way|ready to come"),
    "polite": (r"客气|礼貌|态度(挺|很|还)?好|语气还行|正规|有案号|出示了|协商|方案|提醒",
               r"polite|civil|courteous|nice|proper|showed (their|his|her) id|reminder|offered|plan"),
}

_PATTERNS = {kind: {name: regex(rf"{zh}|\b(?:{en})\b") for name, (zh, en) in {**groups, **_CONTEXT}.items()}
             for kind, groups in (("crisis", _CRISIS), ("abuse", _ABUSE))}


# Characters one of which every match of a group's pattern contains (bot.patterns_needs): text
# with none of them is not searched for that group.
_GROUPS = {kind: Prefilter([((name, pattern), needs(pattern)) for name, pattern in groups.items()])
           for kind, groups in _PATTERNS.items()}


def _may_hold(text: str, kind: str) -> list[tuple[str, re.Pattern[str]]]:
    """The groups of one detector that ``text`` may hold; the others cannot match it."""
    return _GROUPS[kind].possible(text)


def reading_patterns() -> list[str]:
    """Every group's pattern, in a fixed order (a saved model's fingerprint includes them)."""
    return [f"{kind}:{name}:{pattern.pattern}" for kind, groups in _PATTERNS.items() for name, pattern in groups.items()]


def abuse_act(text: str) -> bool:
    """Whether folded text names something a collector does (a group of _ABUSE other than a proper
    collector's politeness): a learned abuse guess needs one, so a bare "催收" or "collection
    trends" can never trip it."""
    return any(pattern.search(text) for name, pattern in _may_hold(text, "abuse") if name in _ACTS)


_ACTS = frozenset(_ABUSE) - {"polite"}


def abuse_act_matches(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Every match of abuse_act's groups in folded text, with its group's name (retort.py leaves out the writer's own acts)."""
    for name, pattern in _may_hold(text, "abuse"):
        if name in _ACTS:
            yield from ((name, found) for found in pattern.finditer(text))


def crisis_concept(text: str) -> bool:
    """Whether folded text names one of the crisis groups (a means, a place, an ending, being a
    burden...), not only what else a window may be about (me, a loan, a question, someone
    else): a learned crisis guess needs one. The distress cues (lexicon.py) are broader, and a
    long message has many windows: each one that can pass on the model's word alone is one more
    chance of a false alarm."""
    return any(pattern.search(text) for name, pattern in _may_hold(text, "crisis") if name in _CRISIS)


def concepts(text: str, kind: str) -> list[str]:
    """The names of the groups of one detector ("crisis" or "abuse") found in folded text."""
    return [name for name, pattern in _may_hold(text, kind) if pattern.search(text)]


def tagged(text: str, kind: str) -> str:
    """The text with its groups and pairs of groups appended as words ("zqweapon",
    "zqweaponxgather"), which the classifier reads as features like any other word."""
    found = concepts(text, kind)
    pairs = [f"{a}x{b}" for i, a in enumerate(found) for b in found[i + 1:]]
    return " ".join([text, *("zq" + tag for tag in found + pairs)]) if found else text
