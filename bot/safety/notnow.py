"""Words of death, harm or a height that are not about the writer's life now (issue 12, docs/safety.md Round 78): a
crisis reading doubted because what the words are said OF is a thing, a limb, a screen, a game of sport, a kitchen
accident already seen to, or a thrill the writer wants again.

The readers read a death or harm word in its window; the message says what it is said of. Three readings, each read
against the whole message:

- "healed": a cut or burn in the kitchen, already treated or said to be fine ("切土豆划了个口子，贴了创可贴已经没事了",
  "burned my hand on the wok, held it under cold water, nothing serious"). Harm over and cared for, like doubt.py's
  healed scar, so it is one of bot.safety's WHOSE doubts (it holds where two readers agree on the harm words).
- "enjoyed": a thrill told with delight and a wish to do it again ("太刺激了，下次还要去", "would do it again"): nobody
  at a height to die wants to come back next summer. A WHOSE doubt too (the classifier reads 蹦极 as a crisis at 0.86).
- "everyday": every crisis word in the message is one of the everyday uses set aside here (a thing or a limb as the
  subject of 死/dead/断了, a trifle "killing me", a friend's warning about a habit, a death on a screen or in sport, a
  knife at a cooking class, goodbye said to the loan product), and what is left has no crisis wording. One stage only
  (bot.safety.doubtful): where two readers or the classifier agree, the crisis reply stays.

What no reading outweighs (the crises on the same surfaces, tests/test_safety_benign105.py): a harm done on purpose or
again, a wish or plan of the writer's own (intent.INTENT, readings.KEEPS), a turn ("不是开玩笑", "this time", light.py),
anything grave (light.py's list, read once the everyday uses are set aside), debt that cannot be paid or collectors
driving it, the writer taking the words up ("我也想", "me too") or coming next after the dead thing ("跟着它去",
"把自己注销", "i'll be too", "join them": mend87), a harm told as a relief or a punishment ("心里反而舒服", "deserved"),
a thrill planned with the safety left off ("不系绳", "without the cord"). A doubt never drops the number: the reply is the
loan answer with the check-in line (12356; routing._safety_checked).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause
from .idioms import masked
from .intent import INTENT, OWN_DEATH_EN, OWN_DEATH_ZH
from .light import GRAVE, TURN
from .readings import KEEPS, SELF_TOO
from .wording import CRISIS_WORDING

# --- harm in the kitchen, already seen to -----------------------------------------------------------------------------
_HARM = regex(r"切|划|割|烫|烧|口子|起泡|水泡|泡|伤|血|\b(cut|nicked|sliced|burn\w*|blister\w*|bleed\w*|blood)\b")
_KITCHEN = regex(r"切菜|切(土豆|洋葱|肉|丝|片|水果|黄瓜|萝卜|姜|蒜)|炒菜|做饭|煮(面|饭|汤)|炸|煎|油溅|溅|锅|烤箱|厨房|削(苹果|皮)|包饺子"
                 r"|\b(chopping|slicing|dicing|peeling|cooking|wok|oven|pan|stove|kettle|onions?|carrots?|potato\w*|kitchen|frying|fries|tray)\b")
_SEEN_TO = regex(r"创可贴|包扎|冲了?\S{0,4}冷水|冷水\S{0,2}冲|冰敷|(涂|擦|抹)了?\S{0,4}(药|膏)|烫伤膏|碘伏|消毒|(已经|都|就)?没(啥|什么)?事了?|没啥事|好多了|不疼了|不流血了|没大碍"
                   r"|\b(band ?aids?|plasters?|bandag\w*|cold water|ointment|all good|fine now|its fine|im fine|nothing serious|no big deal"
                   r"|healing (fine|well)|cleaned (it|up)|washed it|iced it)\b")
# Harm done on purpose, or again and again: a cutter may say "包扎好了" too.
_ON_PURPOSE = regex(r"故意|自己(割|划|烫|弄)的|不是意外|又(割|划|烫|切)|再次|第[二三四五六七八九十几0-9]+次|每次|更深|深一点|烟头|打火机|忍不住|想(再|割|划|烫)|下次|更狠|没人(会)?(发现|注意|在乎)"
                    r"|\b(on purpose|deliberately|(did|do) (it|this) (to )?myself|not an accident|wasnt (an accident|from cooking)|again|every time|third time|deeper"
                    r"|lighter|cigarette|want\w* to (cut|burn|do it)|next time|properly|do it right|nobody (would|will) (notice|care|know))\b"
                    # the harm told as a punishment or a relief (review104: "感觉自己活该", "it shuts the debt noise up")
                    r"|活该|自作自受|惩罚自己|心里\S{0,2}(反而)?(舒服|好受|痛快)|反而(舒服|好受|踏实)|脑子\S{0,3}安静"
                    r"|\b(deserved( it)?|punish\w* myself|the only thing that|shuts? (\w+ ){0,3}up|quiets? (\w+ ){0,3}(down|mind|head))\b")

# --- a thrill enjoyed and wanted again ---------------------------------------------------------------------------------
_DELIGHT = regex(r"(太|好|超|真|很|特别)(刺激|爽|好玩|过瘾|开心|帅)|超帅|灵魂都飞|风景\S{0,2}(太|真|超)?(美|绝|好看|棒)|美死了|难忘|尖叫"
                 r"|\b(so fun|such fun|amazing|awesome|insane|unreal|loved it|the rush|best (feeling|view|day|trip)\w*|10/10|breathtaking)\b")
_AGAIN = regex(r"下(次|个月|周|回)\S{0,4}(还|再)(要|想|去|来|玩|坐|跳)?|还(想|要)再|再(去|来|玩|跳|坐)一次|还要再"
               r"|\b(would (go|do it|do) again|do it again|go again|again next|going back|booked (a|another|my) (second|next)"
               r"|want to (go|ride|do it|jump) again|ride it again)\b")

# The safety left off next time ("下次就不打算系绳了", "next time without the cord", "hoping the harness fails"): the
# thrill turned into a way to die (review104's probes; a WHOSE doubt must not outweigh it).
_SAFETY_OFF = regex(r"不(打算|想|要|用|再)?\S{0,2}(系|绑|带|扣|穿|拴)\S{0,2}(绳|安全带|安全绳|保险|伞|扣)|(伞|绳|安全带|保险扣)\S{0,2}(别开|不开|断|松)|别开伞|不开伞"
                    r"|\bwithout (the |a |my |any )?(rope|cord|harness|parachute|chute|clipping in|a line|safety line|helmet)\b"
                    r"|\b(harness|rope|cord|chute|parachute|line)( \w+)? (fails?|breaks?|snaps?|doesnt open|wont open)\b|\bno (harness|rope|cord|parachute)\b")

# The writer put next after the dead thing (review104 finding 2: "soon i will be too", "join them", "我也跟着它去吧",
# "下一个就是我自己", "也把自己注销了"): read on what is left once the thing's death is set aside, so the thing's own
# phrase never counts. A structure (the writer as the next subject of the same end), not the thing's wording.
_WRITER_NEXT = regex(r"跟着(它|它们|他们|她们|一起)\S{0,2}(去|走|死|凉|没|挂|完)|跟着(死|凉|挂|没了|走了|去了|完蛋)"
                     r"|把自己\S{0,6}(注销|关机|关掉|删|格式化|清零|了结|结束|处理掉|送走|埋|销户|弄死|弄没|也死)"
                     r"|下一个\S{0,8}(就是|轮到|是)\S{0,2}我|轮到我了?(?=$|[，。！？!?,.\s]|吧)|我也\S{0,3}(该|要|会|快|得|差不多|打算)?\S{0,3}(死了|凉了|挂了|没了|不在了|注销|关机|去了|走了)"
                     r"|\b(i|ill|i will|im|i am|i might|i could|i should)( \w+){0,2} (be|going to be|gonna be) (too|next|dead too|gone too|following)\b"
                     r"|\b(join|joining|follow|following|go with|going with)( \w+)? (them|it|him|her)\b(?! up| out| through)|\b(im|i am|me|ill be) (next|the next one)\b(?! in (the |a )?(\w+ ){0,2}(queue|shop|line at|list))"
                     r"|\bsame as me\b|\b(so will|so shall|so am|so will soon) i\b|\b(me|i) (too|as well)\b|\brest of me\b")

# The jump of a thrill told as a moment past ("跳下去那一刻"): what was done, not a wish (INTENT reads 跳下去).
_JUMPED = regex(r"跳下(去|来)(的)?(那一刻|那一瞬间|的时候|那下)")

# --- everyday uses of the death words, set aside one by one ----------------------------------------------------------
_THINGS_ZH = (r"血压|(钱包|手机|电脑|笔记本|电动车|电瓶车|电瓶|电池|wifi|网络|路由器|绿萝|盆栽|植物|花|脑子|嗓子|股票|基金|账户|屏幕|耳机|充电器)"
              r"(?!贷|祸)[^\s没不祸]{0,2}(彻底|已经|又|算是|直接|也)?(死机|死|阵亡|挂|凉)(了)?")
_LIMB_ZH = (r"(腿|胳膊|手臂|手(?!腕)|腰|脚|肩膀|全身|浑身|胳膊腿)\S{0,3}(都|已经|快|像)?\S{0,2}(断了|废了|死了|没了|散架|不是自己的|抬不起来|麻了)"
            r"|(整个人|我)\S{0,2}(要|快)?散架|养死|植物杀手")
_TRIFLE_ZH = (r"(作业|报表|论文|工作|考试|项目|室友|闹钟|装修|电钻)\S{0,8}(要|快|迟早)?(把我)?(整|吵|烦|折磨|累|杀)?死(了|我)?|要(了)?我的命|(灌|喝|累|吓|气|热)\S{0,3}半死"
              r"|喝死|累死|吓死|吵死|我要杀了(这|那)(只|个)|(老板|领导|经理|老师)说\S{0,16}大家一起死|死定了|(要|想)?把?(他们|他|她)?全灭了|想从屏幕|掐死他")
_WARNED_ZH = r"(说|劝|警告)\S{0,6}(再|继续)\S{0,8}(就)?(要|会)?(猝死|死)"
_SCREEN_ZH = (r"游戏|王者|吃鸡|排位|副本|(看|追)\S{0,6}(剧|电视|电影|比赛|球赛|直播|《)|剧里|反派|凶手|悬疑|我们队|主队|对面|比赛|拳击|[0-9一二三四五六七八九十零]+比[0-9一二三四五六七八九十零]+")
_SCREEN_VIOLENCE_ZH = r"杀|死(?!了算了|了也好|了正好)|打爆|屠杀|虐|打趴|落花流水|掐"
_COOKING_ZH = r"(厨艺|烹饪|刀工|西餐|厨师)(课|班)|主厨刀|磨刀|刀法"
_PRODUCT_BYE_ZH = (r"(跟|和|对)?(借呗|网贷|花呗|贷款|它)\S{0,3}(说(声)?)?(再见|永别|拜拜|告别)|(再见|永别|拜拜)了?\S{0,2}(借呗|网贷|花呗)"
                   r"|(账户|账号)\S{0,2}(也)?(注销|关掉|关闭)了")
_THINGS_EN = (r"\bblood pressure\b|\b(my|the|our|his|her) (\w+ ){0,2}(phone|laptop|computer|car|car battery|battery|wallet|bank account|wifi|internet|router|plant|houseplant"
              r"|brain|voice|tv|screen|charger|account)('s| is| was| has| just| finally| officially| totally|s)*( (finally|officially|totally|basically|completely|again))?"
              r" (died|dead|is dead|dying|on life support|dead and buried)\b|\bkilled (another|a|my) (house)?plant\b|\bplant (murderer|killer)\b"
              r"|\b(brain|voice) died\b")
_LIMB_EN = (r"\b(my )?(legs?|arms?|shoulders?|body|back|feet|hands?|muscles?)( are| is| feel| felt| have)?( officially| totally| completely| basically| like)?"
            r" (dead|broken|destroyed|jelly|gone|they snapped|snapped)\b|\bdead on my feet\b|\bim a corpse\b|\bleft the chat\b|\bcant feel my legs\b")
_TRIFLE_EN = (r"\b(homework|spreadsheet|report|work|exam|finals|meeting|roommate|alarm|deadline|this|chemistry)\b.{0,24}\b(killing me|be the death of me)\b"
              r"|\b(going to|gonna|will|i swear i will) (murder|strangle|kill) (him|her|them|that \w+|this \w+)\b|\bdrunk.{0,30}nearly died\b|\bnearly killed me\b"
              r"|\bdie of embarrassment\b|\bim so dead\b|\bwere all dead\b|\bgoing to drop dead\b|\bone foot in the grave\b")
_WARNED_EN = r"\b(says|said|warned|told me)\b.{0,16}\b(if i keep|keep)\b.{0,24}\b(drop dead|die|dead)\b"
_SCREEN_EN = (r"\b(boss|elden ring|dark souls|ranked|level|villain|drama|show|series|movie|film|podcast|true crime|episode|team|match|final|derby|boxing|knockout|game|fans|round \d)\b")
_SCREEN_VIOLENCE_EN = r"\b(died|dying|die|dead|murder\w*|massacre|slaughter\w*|killed|kill|brutal|destroyed|dropped|punch|evil)\b"
_COOKING_EN = r"\b(cooking|knife skills|culinary) class\b|\bchefs? knife\b|\bwhetstone\b|\bsharpen\w*"
_PRODUCT_BYE_EN = r"\b(goodbye|farewell|bye)( forever)? (to )?(jiebei|loans?|debt|borrowing|huabei)\b|\bclosed the account\b"

_EVERYDAY = regex("|".join((_THINGS_ZH, _LIMB_ZH, _TRIFLE_ZH, _WARNED_ZH, _PRODUCT_BYE_ZH,
                            _THINGS_EN, _LIMB_EN, _TRIFLE_EN, _WARNED_EN, _PRODUCT_BYE_EN)))
_SCREEN = regex(f"{_SCREEN_ZH}|{_SCREEN_EN}")
_SCREEN_VIOLENCE = regex(f"{_SCREEN_VIOLENCE_ZH}|{_SCREEN_VIOLENCE_EN}")
_COOKING = regex(f"{_COOKING_ZH}|{_COOKING_EN}")
_KNIFE = regex(r"刀|\bknife\b|\bknives\b")
# A class's knife taken away or given a time ("烹饪班的刀我拿回家了，今晚就用"): no longer a kitchen tool.
_KNIFE_TAKEN = regex(r"带回|拿回|带走|藏|今晚|明天|用它|用这把|\b(took (it|the knife) home|kept (it|the knife)|tonight|tomorrow|use it|hid)\b")

# Debt told as what cannot be borne (not a loan question beside the words): the bill is then the cause.
_DEBT_DESPAIR = regex(r"还不上|还不起|还不完|还不清|撑不住|撑不下去|逼死|催收\S{0,6}(骂|打|逼)|下辈子|一辈子也|欠\S{0,6}(万|太多)|(越滚越多)"
                      r"|\b(cant (pay|repay|keep up)|can not pay|wont stop|owe (too much|more)|drowning|in debt|too much debt|debt is too much"
                      r"|never pay|collectors?\b.{0,20}\b(wont|keep|call))\b")
# A wish to be dead or done with it told anywhere (beyond what INTENT reads): "死了正好", "解脱", "wouldn't owe anyone".
_WISH = regex(r"死了(正好|也好|算了)|解脱|不用(再)?还|就不用|一了百了|不想(再)?醒|最好整个人|想像(他|她)|我也想"
              r"|\b(want to die|want it (all )?over|wouldnt owe|not wake|end everything|end it|want that too|want to be (dead|too))\b")


# The writer's own death supposed, or an accident's (review of the first run: "我要是出车祸死了，赔的钱够还借呗吗",
# "车祸没死成，这次我要自己来" lost their crisis reply to a vehicle read as the subject of 死).
# Death welcomed ("会猝死，那正好，我等着") or an act given a day ("明天就去把手腕也废了"): the warning or the limb is
# then the writer's own way (review of the first probes).
_WELCOMED = regex(r"正好|更好|求之不得|我等着|巴不得|(今晚|今天晚上|明天|后天)\S{0,2}(就)?(去|要|把)"
                  r"|\b(fine by me|cant wait|i hope so|good riddance|bring it on|(tomorrow|tonight) myself|(do|doing) it (tomorrow|tonight))\b")
_OWN_END = regex(rf"{OWN_DEATH_ZH}|{OWN_DEATH_EN}|车祸|意外|出事|\b(accident|crash\w*|car wreck)\b")


def not_now(message: str, clauses: list[Clause], crisis_at: frozenset[int], whole_masked: str) -> str | None:
    """"healed", "enjoyed" or "everyday" when the message tells its crisis words of something other than the writer's
    life now (see the module doc) and nothing grave, no wish, no turn and no debt past bearing is told beside them;
    else None. ``whole_masked``: the message folded and masked (idioms.masked_whole)."""
    if not crisis_at:
        return None
    whole = whole_masked.lower()
    if INTENT.search(_JUMPED.sub(" ", whole)) or KEEPS.search(whole) or TURN.search(whole) or SELF_TOO.search(whole) \
            or _DEBT_DESPAIR.search(whole) or _WISH.search(whole):
        return None
    near = sorted({j for i in crisis_at for j in (i - 1, i, i + 1) if 0 <= j < len(clauses)})
    near_text = " ".join(clauses[j].text for j in near).lower()
    if _HARM.search(near_text) and _KITCHEN.search(whole) and _SEEN_TO.search(whole) and not _ON_PURPOSE.search(whole) \
            and not GRAVE.search(_HARM.sub(" ", _KITCHEN.sub(" ", whole))):
        return "healed"
    # (INTENT was read above: a thrill that reaches here holds no intent)
    if _DELIGHT.search(whole) and _AGAIN.search(whole) and not GRAVE.search(whole) and not _SAFETY_OFF.search(whole):
        return "enjoyed"
    # (an everyday use the idioms already blanked, "灌得半死", still tells what the words were said of: read it unmasked)
    plain = fold_clause(message).lower()
    if _set_aside(plain, [c.text.lower() for c in clauses]) == plain:
        return None  # no everyday use told: nothing to set the crisis words against
    rest = _set_aside(whole, [masked(c.text).lower() for c in clauses])
    if CRISIS_WORDING.search(rest) or GRAVE.search(rest) or _OWN_END.search(whole) or _WELCOMED.search(whole) \
            or _WRITER_NEXT.search(rest):
        return None
    return "everyday"


def _set_aside(whole: str, clauses: list[str]) -> str:
    """``whole`` with the everyday uses of the death words blanked: the phrases themselves, violence words in a clause
    framed by a screen or a match, and a knife where a cooking class is named."""
    rest = _EVERYDAY.sub(" ", whole)
    for clause in clauses:
        if _SCREEN.search(clause):
            rest = rest.replace(clause, _SCREEN_VIOLENCE.sub(" ", clause))
    if _COOKING.search(whole) and not _KNIFE_TAKEN.search(whole):
        rest = _KNIFE.sub(" ", _COOKING.sub(" ", rest))
    return rest


__all__ = ["not_now"]
