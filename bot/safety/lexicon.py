"""Weak distress cues, reviewed by hand: the words a message in danger nearly always uses somewhere.

A crisis guessed by the learned detector counts only when its window holds one of them, so a
benign message with none ("算了", "不是这个意思", "你们看着办吧") can never trip it. Each cue alone
is weak (药 is also cold medicine, 明天 is also a due date); the list is broad on purpose, since
it only ever vetoes. Matched on folded text with idioms masked (idioms.py): 笑死 and "dying to
know" carry none.
"""

from __future__ import annotations

from functools import lru_cache

from ..patterns import regex
from ..patterns_branches import Alternatives
from .clauses import any_of

# Groups that point to danger: death and life, a means, the body, a place, an ending or farewell,
# being a burden, insurance, a plan or a date, meaning and endurance.
_DISTRESS: dict[str, tuple[str, str]] = {
    "death": (r"死|活|命|生命|人生|这个世界|世界(说|再见|告别)|轻生|自杀|自尽",
              r"die|dies|died|dead|death|dying|kill\w*|life|lives|live|living|alive|exist\w*|suicid\w*|unalive"),
    "means": (r"药|片|粒|颗|瓶|刀|刃|剪|剃|割|划|绳|炭|煤气|汽油|打火机|农药|百草枯|毒|酒|枪|胶带|玻璃",
              r"pills?|tablets?|meds|medic\w*|drugs?|dose\w*|overdos\w*|paracetamol|tylenol|ibuprofen|sleeping|vodka"
              r"|whisk(e)?y|wine|alcohol|drink\w*|knife|knives|blades?|razors?|scissors|box cutter|cut|cuts|cutting|glass"
              r"|rope|noose|charcoal|gas|guns?|poison\w*|weed killer|bleach|tape|hose|petrol|lighter|stash|pharmac\w*"),
    "body": (r"血|伤|疤|疼|痛|手腕|手臂|胳膊|腿|烫|撞|掐|青紫|发麻|头晕|晕|吞|吃下",
             r"blood|bleed\w*|scars?|wrists?|arms?|forearms?|thighs?|legs?|skin|burn\w*|hurt\w*|pain\w*|harm\w*|bruis\w*"
             r"|numb|dizzy|swallow\w*|took|taken"),
    "place": (r"楼|顶|天台|阳台|窗|桥|江|河|湖|海|水库|水里|水边|水很|站台|铁轨|轨道|火车|地铁|悬崖|山上|山顶|山里|高速|护栏|栏杆|围栏"
              r"|宾馆|酒店|旅馆|没人|偏僻|车",
              r"roof\w*|balcony|ledge|window|floor|bridge|overpass|river|lake|sea|coast|pier|cliff|edge|platform|trains?"
              r"|tracks?|rail\w*|car|truck|highway|motorway|barrier|railing|hotel|motel|woods|quiet place|garage|attic|water"),
    "ending": (r"再见|告别|道别|永别|拜拜|最后|不在|走了|走之前|离开|消失|结束|了断|了结|解脱|永远|再也|(不|别|不想|不要|不用)(再)?醒|醒不|睡(过去|下去|不醒)|一睡|长眠|回来|不回|遗|信"
               r"|视频|录|交代|托付|送给|送人|留给|密码|钥匙|存折|银行卡|工资卡|照顾|拜托|身后|后事|剩下的事|签名|头像"
               r"|保重|见不到|绝路|不留|走远|走吧|到此为止|不会再|以后不|登|上线|号|卡|存款|东西|整理|装箱|说完"
               r"|猫|狗|兔子|宠物|朋友圈|可见|日记|世上|丢脸|丢人|民宿|没告诉|任何人|找不到|在哪",
               r"goodbye|bye|farewell|last|final|gone|leav\w*|disappear\w*|vanish\w*|end|ends|ending|over|forever|never"
               r"|(not|never|dont|didnt) wake|wish i (hadnt|didnt|had not|did not) wo\w+|letters?|notes?|will|video|passwords?|keys|savings|give away|gave|giving|pets?"
               r"|dog|cat|rabbit|fish|status|profile|peace|wont see|never see|sorry|here|around|tomorrow|tonight|calm|loved|go|before i"
               r"|again|account|logins?|log on|cards?|pin|stuff|far away|reads? this|anymore|wont matter|need it later|post|nobody finds|fake name"),
    "burden": (r"累赘|拖累|连累|负担|包袱|拖油瓶|麻烦|废物|多余|好过|轻松|干净|清净|清静|更好|省心|解脱|添债|添乱|没什么",
               r"burden|drag\w*|weight|better off|relieved|relief|free|clean|easier|simpler|breathe|deserve\w*|miss"
               r"|stuck with|holding .{0,12}back|out of the picture|strangers|feet"),
    "insurance": (r"保险|保单|受益人|赔|意外|车祸|出事|三长两短",
                  r"insurance|policy|payout|beneficiary|accident"),
    "plan": (r"计划|打算|决定|定了|定好|选好|日子|期限|那天|那件事|今晚|今夜|明天|周[一二三四五六日末]|月底|月初|生日|过年"
             r"|准备|安排|收拾|清楚|理清|够",
             r"plan\w*|date|decided|decide|day|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|birthday"
             r"|month|arrangements?|tidy|loose ends|sorted|ready|prepared|enough|labell?ed|room|another city"),
    "endurance": (r"意义|有什么意思|盼头|希望|理由|坚持|撑|熬|扛|累|受罪|煎熬|没用|不配|对不起|原谅",
                  r"point|hope\w*|meaning\w*|reason|tired|exhausted|done|cant|fight|worthless|useless|nothing|nobody|no one"
                  r"|keep going"),
}
_DISTRESS_CUES = any_of(*(zh for zh, _ in _DISTRESS.values()), *(rf"\b(?:{en})\b" for _, en in _DISTRESS.values()))


@lru_cache(maxsize=512)  # the crisis reply's gate and the check-in test the same windows (speed only; PERF_LOG part 18)
def distress(text: str) -> bool:
    """Whether folded, idiom-masked text holds any weak distress cue."""
    return _DISTRESS_CUES_EACH.found(text)


# The same search, group by group, only the groups the text can hold (speed only: the English groups' \b leaves the
# joined pattern no fast scan for its first characters; bot.patterns_branches).
_DISTRESS_CUES_EACH = Alternatives(_DISTRESS_CUES)



# Everyday readings that veto a learned guess (the rules name theirs cue by cue, see crisis.py):
# a relative's death and estate, medicine as care, shopping, a trip or chore, time off from the
# apps, handling the debt oneself; and, for abuse, a lawful step such as a lawsuit.
_EVERYDAY_CRISIS = regex(
    r"(给|帮)(我)?(爸|妈|爸妈|父母|孩子|老婆|老公|家人|儿子|女儿)\S{0,4}(买|投|交)(了)?(份|一份)?\S{0,4}(保险|意外险|寿险)|"
    r"交给(我|他|她|你)?(管|保管|打理)|帮(我|他|她)?(管钱|保管)|(记不住|忘了)密码|(住在|家住|家在|我家在|老家在|店在|公司在|办公室在)\S{0,6}(楼|层|江边|河边|海边|湖边|桥边)|医生|医嘱|处方|按时吃|感冒|发烧|胃药|降压|药费|医保|报销|牌子|哪个好|推荐|一段时间|菜价|物价|油价|房价|涨价|换药|拆线|体检|抽血|拔(了)?(颗|个)?智齿|摔(了)?(一)?跤|扭(伤|到)|哮喘|搬家|搬(去|到)\S{0,6}(住|宿舍|新家|城|市)|一阵子|自己解决|(去世|过世|病逝)(了)?|遗产|继承"
    r"|哈哈|嘿嘿|hhh|笑哭|机器人|答非所问|回答|你(们)?(一直|老是|总是|就会)?(说|回)(来说去|一样|同样|重复)|申请(分期|延期|停息)|协商还款"
    # a sport's place and an effort carried "till I die" (safe253, Round 123): the climbing gym, bouldering, belaying;
    # "study till I die" (a rope or a pill alone is no veto: its clause would silence the learned reader's neighbours)
    r"|攀岩馆|抱石|\b(boulder\w*|climbing (gym|wall)|belay\w*"
    r"|(study|studying|revise|revising|train|training|grind|grinding|work|working|dance|dancing|party|partying|shop|shopping) (\w+ ){0,3}(till|until|til) i (die|drop))\b"
    r"|\b((i|we) live (on|at|by|near|in)|manages? (the|my|his|her|our) money|handles? (the|our) money|doctor|prescri\w*|blood pressure|on time|cold|flu|brand|recommend\w*|for a while|myself handle|handle (it|this) myself"
    r"|(bought|buy|buying|got) (my )?(\w+ )?(a )?(life insurance|insurance|policy) (policy )?for|insurance for my (mum|mom|dad|parents|kids|wife|husband)"
    r"|passed away|died last|food poisoning|appendicitis|stitches|wisdom teeth?|asthma|sprain\w*|check ?up|blood test|football|moving (in)?to (a |my |the )?(dorm|new (flat|apartment|place|house|city|job))|moving (somewhere|out|back|in with|to (a |another )?(cheaper|smaller|new|different))|(my|having|have|for|get|getting|after) (\w+ )?surgery|roof ?(top )?(bar|restaurant|terrace|pool)|(had|having|have) (dinner|lunch|drinks|breakfast|brunch)|(broke|broken|fractured) (my |his |her )?(leg|arm|ankle|wrist|hip)|pneumonia|covid|late (father|mother|dad|mum|mom|grand\w+)|inherit\w*|estate|for the life of me|end of the world"
    r"|lol|haha|lmao|rofl|jk|this bot|same answer|your answers?|you keep (giving|saying|repeating)"
    r"|(ask|asking|apply|applying) for (a )?(payment plan|extension|instalment\w*)|get out of (debt|it)"
    # no point in waiting or arguing: a decision to pay, not about life
    r"|no point (any ?more |now )?(in )?(waiting|delaying|putting it off|arguing|asking|calling|hiding))\b")
_EVERYDAY_ABUSE = regex(
    r"(走|通过)法律(程序|途径)|起诉|诉讼|法院(真的|正式)|上征信|报(给)?征信|征信(中心|报告)"
    # a debt handed to the lender's legal department, a law firm or an outside agency: an ordinary step (safe28)
    r"|(委托|转交|移交|转到|转给|转入|交给|交由)\S{0,8}(第三方|外部|外包|委外|合作机构|法务|律所|律师事务所|催收公司|催收机构)"
    r"|\b(transferred|handed|passed|referred|assigned|outsourced|sent|forwarded)( over)? (to|for) .{0,20}\b(agency|law firm|legal (team|department|review)|third.party|collection (company|agency|team))\b"
    # an owner painting their own door or wall ("my neighbour painted his door blue"; safe32): paint no collector put there
    r"|\b((i|we)( just)? (re)?painted (my|our)|(he|neighbou?r|dad|father|brother|husband|son|landlord)( just)? (re)?painted (his)"
    r"|(she|mum|mom|mother|sister|wife|daughter|landlady)( just)? (re)?painted (her)|(neighbou?rs|parents)( just)? (re)?painted (their))"
    r" (own )?(\w+ )?(door|wall|fence|house|room|gate|flat)\b|(我|自己|他|她|邻居)\S{0,4}把\S{0,6}(门|墙|房间|栅栏|院门)\S{0,2}(刷|漆|涂)成"
    # who the writer lives with, told beside a fear ("我怕他们会来我家，我家就我和我妈两个人"; safe32): no one's visit
    r"|(我|我们)家(里)?(就|只有)\S{0,8}(两|三|几)个人|家里(就|只有)我(和|跟)|\b(i live|living) with my (elderly |old |sick )?(mum|mom|mother|dad|father|parents|grandma|grandmother|grandpa|kids?|children)\b|\b(its|it is) just me and my\b"
    r"|\b(legal (proceedings|action)|lawsuit|sue|suing|take me to court|credit (bureau|report|record|score|reference))\b")
_FAKE = regex(r"假|冒充|自称|p的|不存在|查不到|通缉|\b(fake|forged|pretend\w*|claim\w*|doesnt exist|no court)\b")


# Said of the past, with help found: the learned detector reads "i thought about giving up on
# everything" alone; the rules (and their negations) still read the whole message.
_RECOVERED = regex(r"心理医生|心理咨询|走出来了|现在好多了|已经好了|夸张|矫情|\b(counsell?or|therapist|got help|doing better|much better place"
                        r"|better now|glad (its|it is) over|dramatic|overreacting|exaggerat\w*)\b")


def everyday_crisis(window_text: str, message: str = "") -> bool:
    """Whether a window reads as everyday life (care, shopping, a relative's estate...), or the
    message tells of a hard time that is over, with help found."""
    return _EVERYDAY_CRISIS.search(window_text) is not None or _RECOVERED.search(message) is not None


def everyday_abuse(window_text: str) -> bool:
    """Whether a window speaks of a lawful step (a lawsuit) and of nothing fake."""
    return _EVERYDAY_ABUSE.search(window_text) is not None and _FAKE.search(window_text) is None
