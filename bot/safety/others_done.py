"""Someone else has ALREADY harmed themselves (third169, issue 12, Round 99): the act told as done, by a person the
writer names, and the writer asking what to do now ("我妈刚才把一瓶敌敌畏喝了", "我爸刚刚吞了一瓶，叫了半天没反应",
"我姐已经跳了，人在医院抢救", "my dad drank weed killer and he's vomiting"). An emergency: the reply leads with 120.

Why a reader of its own. others.py reads another's danger as a risk to come (要/会/想 + a method), as words said, as a
farewell and silence, or pills by a fixed order of verb, quantity and "药"; an act already done was read only where
those words happened to fall in that order (吞了一整瓶安眠药 yes; 把一瓶敌敌畏喝了, 吞了一瓶 with the pills unnamed,
喝了洗洁精, 已经跳了 with 抢救 after it no). The rules then had nothing; the learned reader alone, where it fired, gave
the WRITER's reply ("if you have hurt yourself"), or the loan answer with the check-in line.

One structure, whatever the verb: **a person named** (others.py's kin, friends, 他/她) **· an act told as done**
(了/咗/下去, 把…喝了, 已经/刚/刚才 before it) **· what makes it harm**:
- a poison or a household chemical swallowed (农药, 敌敌畏, 洗洁精, 消毒液, 除草剂, bleach, weed killer): grave alone;
- pills in a quantity (一整瓶药, 一板止痛片, 几十颗, "the whole pack of painkillers"): grave alone;
- a bottle or a handful with nothing named (吞了一瓶), or pills with no quantity: only with a **grave state or an urgent
  ask** in the same sentence (叫不醒, 没反应, 抢救, 洗胃, 吐, 血, 联系不上, 现在怎么办, "won't wake up");
- a cut to the body (割腕, 割了手腕, "cut her wrists"), a jump from a height or into water (跳楼/跳河了, 从六楼跳下去),
  charcoal or gas, a hanging: with a done marker; a bare 割了/跳了 only with a grave state.
Food and drink after the quantity (一瓶奶, 一整瓶维生素, "a bottle of wine"), money swallowed (吞了我三万), a job left
(跳槽, "jumped at"), a surgery (割阑尾), a dance or a trampoline, medicine as prescribed (医生开的, 一片, 按说明,
"one a night") or a sprain after a jump (扭了脚) are no such act. The writer's own acts are others' readers' (我 is
never the person named here).

Read by others.at_risk_elsewhere as cue entries (``done_cues``), named ``kin_acted``: like a relative's own crisis
words (KIN_WORDS) it is the danger witnessed in the other person, read in its own sentence, never a habit or a joke.
``acted_at`` gives the clauses that tell such an act: whose_crisis gives the helper's reply where the writer says
nothing of their own danger in the other crisis clauses, and ``act_done`` there makes the helper's reply lead with 120
(Engine.compose's ``act_done``). A death told of the one who acted (没抢救过来, 走了) is a loss grieved, left to older
readers: the writer may be the one at risk then.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..patterns import regex
from .clauses import Clause, fold_clause, folded_sentences

# A done marker before the act (已经 / 刚 / 啱啱 …), or after the verb (了, 咗, 下去, 完, 光, 掉).
_BEFORE = r"(?:已经|已|刚刚|刚才|刚|啱啱|头先|半小时前|一小时前|之前)"
_AFTER = r"(?:了|咗|下去了|下去|下了|下|完了|光了|掉了)"
_DONE = r"(?:了|咗)"
_SWALLOW = r"(?:吞|吃|喝|服|饮|食)"
# Poisons and household chemicals: swallowed, grave alone.
_POISON = (r"(?:农药|農藥|敌敌畏|百草枯|老鼠药|鼠药|毒鼠强|杀虫剂|杀虫水|除草剂|除草水|除草藥|草甘膦|洗洁精|洗衣液|洗衣粉|消毒液|消毒水|84消毒"
           r"|漂白水|漂白剂|洁厕灵|洁厕液|硫酸|毒药|氰化)")
# No bare counter 片/颗/粒: "吞了一颗硬币", "吃了两粒花生" are no pills (review178 F3; 一颗药, 止痛片 still read).
_PILLS = r"(?:安眠药|安眠藥|药片|药丸|藥丸|药|藥|胶囊|头孢|止痛|降压|褪黑素)"
_QTY = (r"(?:一整瓶|整瓶|一瓶|半瓶|一整樽|成樽|一樽|半樽|一整盒|一盒|一整板|一板|一大把|一把|一罐|一包|几十|好几十|十几|二三十|三四十|好多|很多|一堆"
        r"|全部的?|所有的?|[0-9]{2,3}|[二三四五六七八九几]?十多?|[二三四五六七八九]十几)")
# Food, drink, vitamins right after a quantity: no act of harm (一瓶奶, 一整瓶维生素, 一瓶罐头).
_FOOD = (r"(?:奶|水(?!果)|酒|啤|可乐|饮料|果汁|罐头|维生素|维c|钙片|鱼油|零食|咖啡|茶|汤|粥|饭|酸奶|红牛|雪碧|糖|饼干|蜂蜜|益生菌|口服液"
         r"|面|菜|瓜子|樽啤|餐|早点|夜宵|宵夜)")
_BODY_CUT = r"(?:手腕|腕|脉|动脉|自己|喉咙|喉|脖子|手臂|胳膊)"
_HEIGHT = r"(?:楼顶|天台|阳台|窗户?|窗台|桥|楼上|[0-9一二三四五六七八九十几]+楼|高楼|大楼|顶楼)"
_WATER = r"(?:河|江|海|湖|水库|桥)"

# A grave state or an urgent ask in the same sentence: what makes a bottle with nothing named, or pills with no
# quantity, an act of harm.
_GRAVE_ZH = (r"叫不醒|叫唔醒|叫不应|叫也不应|都不醒|不醒|唔醒|没反应|没有反应|冇反应|一动不动|不动了|昏迷|昏过去|晕过去|晕倒|睡过去|抢救|洗胃|急诊"
             r"|icu|重症|口吐白沫|吐了|一直在?吐|在吐|吐血|呕|嘔|流血|血(?!压|糖|脂|型|检|常规)|救护车|120|送医|送去医院|在医院|送进医院|呼吸|发紫|联系不上|找不到人|别找"
             r"|告别|对不起|遗书|空药瓶|空瓶|要不要叫|要不要送|该不该叫|该不该送")
# The narrow grave state a bare act (已经吃了, 刚喝了) or pills with no quantity need: what only harm does, never
# 对不起, 在医院 (a nurse on shift), 呼吸, 吐, 血 alone (a stomach bug, lunch, a dentist: review178 F3, mend180).
_GRAVE_NARROW = (r"叫不醒|叫唔醒|叫不应|叫也不应|都不醒|不醒|唔醒|没反应|没有反应|冇反应|一动不动|不动了|昏迷|昏过去|抢救|洗胃|口吐白沫|吐血"
                 r"|流血不止|血止不住|救护车|(?:打了|叫了|打)120|空药瓶|空瓶"
                 r"|\b(?:wont wake|cant wake|not waking|unconscious|unresponsive|not responding|wont respond|passed out|collapsed"
                 r"|ambulance|icu|resuscitat\w*|pumped|stomach pumped)\b")
# An ask of what to do NOW (not the loan's "扣款失败怎么办"): enough only beside a bottle or a handful swallowed
# ("我妈已经吃了一瓶了，现在怎么办"); a bare act or pills with no quantity need a state ("他已经吃了，现在怎么办" is
# no one's emergency on its words).
_ASK_ZH = r"(?:现在|那现在|我该|我现在该|我要|应该|接下来|我应该)\S{0,2}(?:怎么办|怎么做|做什么|干什么|咋办)|点算|点做|点办"
_ASK_EN = r"\b(?:what (?:do|should|can) i do|what now|help me)\b"
_GRAVE_EN = (r"\b(?:wont wake|cant wake|not waking|unconscious|unresponsive|not responding|wont respond|passed out|collapsed|vomit\w*|throwing up"
             r"|blood|bleeding|breathing|ambulance|hospital|er|icu|resuscitat\w*|pumped)\b")

# Not an act of harm on the same words: medicine as prescribed, a surgery, a job left, a dance, a sprain, money taken.
_EVERYDAY_ZH = (r"医生开的|按医嘱|医嘱|按说明|一晚一片|一天一片|每天一片|一次一片|吃了一片|好多了|退烧了|烧退了|血压降|治好|痊愈|康复|阑尾|包皮|双眼皮|割麦|麦子|韭菜|割草"
                r"|跳槽|跳舞|广场舞|蹦床|跳伞|跳水比赛|跳绳|跳远|跳高|扭了脚|崴了脚|扭伤|崴|笑死|哈哈")
_EVERYDAY_EN = (r"\b(?:prescribed|prescription|the doctor gave|as directed|one a (?:night|day)|as usual|appendix|surgery|jumped (?:at|ship)"
                r"|jump(?:ed)? rope|trampoline|bungee|skydiv\w*|diving board|springboard|swimming pool|for fun|won|sprain\w*|swim\w*|pier|jetty|cliff ?diving|dive|diving|twisted (?:his|her) ankle|lol|haha\w*)\b")

# What an act needs beside it: nothing, a grave state, or a state or an ask now.
# (A bare cut or jump already done keeps the wide list: "already jumped, he's in hospital" is no lunch.)
_ALONE, _STATE, _WIDE = "", _GRAVE_NARROW, rf"{_GRAVE_ZH}|{_GRAVE_EN}"
_OR_ASK = rf"{_WIDE}|{_ASK_ZH}|{_ASK_EN}"
_ACTS_ZH = (
    # a poison swallowed: 喝了农药, 把一瓶敌敌畏喝了, 饮咗一樽除草水
    (rf"{_SWALLOW}{_AFTER}\S{{0,6}}?{_POISON}|(?:把|将)\S{{0,8}}?{_POISON}\S{{0,4}}?{_SWALLOW}{_AFTER}", _ALONE),
    # pills in a quantity: 吞了一整瓶安眠药, 吃了一板止痛片, 把柜子里的安眠药全吞了, 吞了好几十颗降压药
    (rf"{_SWALLOW}{_AFTER}\S{{0,4}}?{_QTY}(?!\S{{0,3}}{_FOOD})\S{{0,6}}?{_PILLS}"
     rf"|(?:把|将)\S{{0,10}}?{_PILLS}\S{{0,3}}(?:都|全|全部|一下子|一口气)\S?{_SWALLOW}{_AFTER}", _ALONE),
    # a bottle or a handful with nothing named: beside a grave state or an ask now
    (rf"{_SWALLOW}{_AFTER}\s?\S{{0,3}}?{_QTY}(?!\S{{0,3}}{_FOOD})|(?:把|将)\S{{0,4}}?{_QTY}(?!\S{{0,3}}{_FOOD})\S{{0,6}}?{_SWALLOW}{_AFTER}", _OR_ASK),
    # a bare act told as done, or pills with no quantity: beside a grave state only
    (rf"{_BEFORE}{_SWALLOW}{_AFTER}(?!\S{{0,3}}{_FOOD})|{_SWALLOW}{_AFTER}\S{{0,4}}?{_PILLS}", _STATE),
    # a cut to the body, a jump from a height or into water, charcoal, gas, a hanging, told as done
    # (了/咗 itself: 跳下去, 割腕, 烧炭 alone are as often a wish told: "他说想从楼上跳下去")
    (rf"割{_DONE}{_BODY_CUT}|割腕{_DONE}|(?:刀|刀片)\S{{0,4}}?(?:割|划){_DONE}"
     rf"|跳{_DONE}?(?:楼|河|江|海|湖|桥){_DONE}|从\S{{0,8}}?{_HEIGHT}\S{{0,3}}?跳(?:下去|下来|下)?{_DONE}|跳(?:进|入|落)(?:了|咗)\S{{0,4}}?{_WATER}"
     rf"|(?:烧|燒){_DONE}炭|(?:烧|燒)炭{_DONE}|(?:开|開){_DONE}煤气|开煤气{_DONE}|上吊{_DONE}|上{_DONE}吊", _ALONE),
    # a bare cut or jump told as done, beside a grave state: 已经跳了 人在医院抢救, 她已经割了 血止不住
    (rf"{_BEFORE}(?:割|跳|划){_AFTER}", _WIDE),
)
_ACTS_EN = (
    (r"\b(?:drank|swallowed|downed|took|has taken|had taken|drunk)\b.{0,30}?\b(?:bleach|weed ?killer|pesticide|poison|antifreeze|detergent|rat poison|paraquat)\b", _ALONE),
    (r"\b(?:swallowed|took|has taken|had taken|downed|overdosed on)\b.{0,12}?\b(?:all|every|the whole|a whole|a bottle of|a pack of|a box of|a handful of|dozens of|a lot of|lots of|a load of)\b"
     r".{0,20}?\b(?:pills?|tablets?|painkillers|paracetamol|sleeping pills|antidepressants|meds|medication|medicine|capsules)\b", _ALONE),
    (r"\b(?:swallowed|took|has taken|had taken|overdosed)\b.{0,20}?\b(?:a bottle|a handful)\b", _OR_ASK),
    (r"\b(?:swallowed|took|has taken|had taken|overdosed)\b.{0,20}?\b(?:pills?|tablets?|painkillers|paracetamol|meds|medication)\b", _STATE),
    (r"\b(?:cut|slit|slashed) (?:his|her|their) (?:own )?(?:wrists?|arms?|throat)\b"
     r"|\bjumped (?:off|from)\b.{0,24}?\b(?:roof\w*|building|bridge|balcony|window|tower|block|cliff|floor|storey|story|top)\b"
     r"|\bjumped (?:into|in front of)\b.{0,16}?\b(?:river|sea|lake|canal|reservoir|train|traffic|car|bus|truck|lorry)\b"
     r"|\bhanged (?:himself|herself)\b|\bhung (?:himself|herself)\b|\btried to hang\b|\bburn(?:ed|t) charcoal\b", _ALONE),
    (r"\balready (?:cut|jumped|did it)\b", _WIDE),
)
# Between the person named and the act, no 我 acting (我 owning someone, 我妈, 我的, is no actor): "我老公不知道我吞了…"
# is the writer's act, others' readers' and whose_crisis's to read.
_NO_ME_ZH = r"(?:(?!我(?!们|的|家|儿|女|老|爸|妈|哥|姐|弟|妹|爷|奶|外|朋|同|室|舍|闺|男|对))(?!想|要(?!是)|打算|准备|会|如果|要是|万一).){0,24}?"
_NO_ME_EN = r"(?:(?!\b(?:i|im|ive|id)\b)[^.!?]){0,40}?"
# A grave state or an ask, before or after the act, within the folded sentence (or sentence pair) read.
_NEAR = r".{0,40}?"

_BUILT: dict[str, tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]] = {}


def done_cues(kin_zh: str, kin_en: str) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """others.py's cue entries for an act already done by the person named (its _WHO_ZH, _WHO_EN; see the module doc),
    named ``kin_acted``, each with the everyday readings it leaves alone in the same sentence (and a death told of
    the one who acted: a loss grieved is older readers' to read, not an emergency now)."""
    patterns = []
    for acts, kin, gap in ((_ACTS_ZH, kin_zh, _NO_ME_ZH), (_ACTS_EN, kin_en, _NO_ME_EN)):
        for act, beside in acts:
            done = rf"(?:{kin}){gap}(?:{act})"
            patterns.append(rf"{done}{_NEAR}(?:{beside})|(?:{beside}){_NEAR}{done}" if beside else done)
    cues = tuple(("kin_acted", regex(pattern), _NOT_AN_ACT) for pattern in patterns)
    _BUILT["cues"] = cues
    return cues


# A story, a film or a game told: its people's acts are no one's emergency ("写小说…主角…最后从天台跳了下去").
_STORY = (r"小说|主角|角色|剧情|电影|电视剧|故事|剧本|游戏|动漫|漫画"
          r"|\b(?:novel|story|character|film|movie|script|game|episode|series|anime)\b")
# An act long past or survived: no emergency now ("前年喝了农药，抢救回来了", "two years ago and survived"; review178
# F2). The time word right before the act, nothing said or wished between ("上个月就说要喝农药，今天喝了" is now).
_PAST = (r"(?:去年|前年|当年|那年|以前|之前几年|几年前|多年前|小时候|上个月|上次)(?:(?!说|讲|想|要|话)\S){0,6}?(?:喝|吞|吃|服|割|划|跳|上吊|烧炭)"
         r"|救回来了|救过来了|救活了|被救回来了|\b(?:years? ago|last (?:year|month)|survived|they saved (?:him|her)|pulled through)\b")
# ... unless a new act is told after it ("上次救回来了，今天又吞了一整瓶"): then the act is now.
_PAST = rf"(?:{_PAST})(?!.*(?:又|这次|这回|今天|刚才|刚刚|\bagain\b|\bthis time\b))"
# A collector's words to the writer about their kin: a taunt, the abuse readers' ("催收说你哥都跳楼了"; review178 F4).
_TAUNT = (r"(?:催收|催债|收数|讨债)\S{0,12}?(?:说|讲|话|威胁|骂)\S{0,3}?你"
          r"|\bcollectors?\b.{0,30}?\b(?:said|says|told|tells|saying)\b.{0,30}?\byour\b")
_NOT_AN_ACT = regex(rf"{_EVERYDAY_ZH}|{_EVERYDAY_EN}|{_STORY}|{_PAST}|{_TAUNT}|没抢救过来|没救过来|抢救无效|走了|去世|过世|不在了|死了"
                    r"|\b(?:died|passed away|didnt make it|is dead|was dead)\b")


# The writer doing it too, told beside the other's act: "我也割了", "剩下的我也吃了", "我一会儿也喝", "我准备跟他一起走",
# "I took the rest too". Then the writer is at risk: the writer's reply (which leads with 120 for one who has hurt
# themselves), never the helper's. (Review: on main these got the helper's reply too.)
_ME = r"我(?![们的家儿女老爸妈哥姐弟妹爷奶外朋同室舍闺男对公婆])"  # 我 acting, not 我老公, 我妈 (the one named)
_WRITER_JOINS = regex(rf"{_ME}\S{{0,6}}也\S{{0,4}}(?:吞|吃|喝|割|划|跳|服|烧炭|上吊)|剩下的\S{{0,4}}{_ME}\S{{0,3}}(?:吞|吃|喝|服)"
                      rf"|剩下的\S{{0,3}}(?:吞|吃|喝)了|{_ME}\S{{0,6}}(?:跟|和|陪|随)(?:他|她|佢)\S{{0,2}}(?:一起|一齐|一块)\S{{0,2}}(?:走|死|去|喝|吃|跳)"
                      r"|\bi (?:also |just |then )?(?:took|swallowed|drank|cut|ate|had|will take|ll take|am taking|m taking)\b.{0,20}\b(?:too|as well|the rest|mine)\b"
                      r"|\b(?:ill|i will|i want to|im going to) (?:join|follow|go with) (?:him|her)\b")


# A clause that is only a short ask of what to do now ("我现在该怎么办", "what do I do"): the helper's words, the one
# crisis clause whose_crisis may leave out beside another's act done (mend180 F1: every other clause the rules marked
# stays, so the writer's own danger, "我也活够了", "我也准备好了绳子", keeps the writer's reply).
_ASK_ONLY = regex(rf"{_ASK_ZH}|{_ASK_EN}")


def bare_ask(text: str) -> bool:
    """Whether a clause is no more than a short ask of what to do now (see _ASK_ONLY): not the writer's danger."""
    folded = fold_clause(text)
    return len(folded) <= 12 and _ASK_ONLY.search(folded) is not None


def writer_joins(message: str) -> bool:
    """Whether the writer tells doing it too beside another's act (see _WRITER_JOINS): the writer's reply."""
    return _WRITER_JOINS.search(fold_clause(message)) is not None


def acted_at(message: str, clauses: list[Clause]) -> set[int]:
    """The clauses telling an act already done by someone the writer names (empty: none told; others.py must have
    built the cues, which importing bot.safety does)."""
    return set(_acted(message, tuple(clauses)))


@lru_cache(maxsize=64)
def _acted(message: str, clauses: tuple[Clause, ...]) -> frozenset[int]:
    marked: set[int] = set()
    folded: list[str] = []  # the clauses folded, once, when a sentence first tells an act
    for sentence in folded_sentences(message):
        for _, pattern, everyday in _BUILT.get("cues", ()):
            match = pattern.search(sentence)
            if match is None or (everyday is not None and everyday.search(sentence)):
                continue
            found = match.group()
            folded = folded or [fold_clause(clause.text) for clause in clauses]
            marked |= {i for i, text in enumerate(folded) if text and (text in found or found in text)}
            break
    return frozenset(marked)


__all__ = ["acted_at", "bare_ask", "done_cues", "writer_joins"]
