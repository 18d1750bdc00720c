"""Someone else at risk (safe37, issue 12 round 28): a relative, partner or friend in crisis, told by the writer who
is trying to help them.

An independent set caught only 9 of 16 such crises: the relative's loan and the collectors' conduct won, because the
danger is told as what the other person DID, in words no first-person cue reads: a farewell message and then the phone
switched off; bank cards, keys or a parent's care handed over "for later"; a knife held; sitting on a railing, a
rooftop or a bridge; "rather die than go to jail", then leaving without a phone; pills swallowed. So:

- ``at_risk_elsewhere`` reads each sentence (and each sentence with the next: "…说了再见。然后就关机了") for another
  person named as the one who acts (KIN, 他/她, "my husband", he/she) and one of those acts. Each cue names the
  everyday reading it leaves alone IN THE SAME SENTENCE (a trip before keys are handed over, a knife for cooking, a
  rooftop café, "goodbye" at an airport, an everyday saying): never message-wide, so a real crisis told in another
  sentence still wins.
- ``helper_asking`` says whether the crisis reply should speak to the writer as the one helping (knowledge
  crisis.json, ``someone_at_risk``): only when every crisis clause names someone else as the one at risk and the
  writer says nothing of their own danger. When both are at risk, or whose danger it is cannot be told, the reply
  stays the writer-first one.
"""

from __future__ import annotations

from ..patterns import Prefilter, needs, regex
from .clauses import Clause, fold_clause, folded_sentences
from .kin_affairs import kin_affairs
from .kin_mishaps import HURT_MISHAP as _HURT_MISHAP, MEDICINE as _MEDICINE, MISHAP as _MISHAP, NOT_MEDICINE_BEFORE as _NOT_MEDICINE_BEFORE, OVER as _OVER
from .others_done import done_cues  # third169
from .others_more import more_cues
from .others_signs import kin_words, means_taken_from_writer, theirs, writer_absent
from .recipients import without_recipients
from .vocative import partner_left, third_party_loss, without_address

# The other person: kin, a partner, a friend, or 他/她 (not 他们: a collector's crew).
_WHO_ZH = (r"(?:(?:我|我的|我们家)?(?:老公|老婆|丈夫|妻子|媳妇|男朋友|女朋友|对象|未婚夫|未婚妻|爸爸|妈妈|老爸|老妈|老豆|老窦|阿爸|阿妈|阿嫲|嫲嫲|阿婆|阿爷|细佬|细妹|家姐|父亲|母亲|爸|妈"
           r"|爷爷|奶奶|外公|外婆|公公|婆婆|岳父|岳母|舅舅|叔叔|伯伯|姑姑|阿姨|姨妈|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹"
           r"|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|叔|舅|婶|姨|儿子|女儿|孩子|闺女|侄子|外甥|朋友|闺蜜|哥们|发小|同事|室友|舍友|同学)|(?<![其])(?:他|她)(?!们|人))")
_WHO_EN = (r"\b(?:my (?:\w+ )?(?:husband|wife|partner|girlfriend|boyfriend|fiance|fiancee|mum|mom|mother|dad|father|parents?|grandma"
           r"|grandmother|grandpa|grandfather|brother|sister|son|daughter|kid|child|cousin|uncle|aunt|friend|best friend|roommate|gf|bf"
           r"|flatmate|coworker|colleague)|he|she)\b")

# A farewell from the other person, then no reaching them (either order across the two sentences).
_FAREWELL_ZH = (r"(?:再见|永别|别(?:去)?找(?:我|他|她)|别等(?:我|他|她)|下辈子|对不起(?:你|我|大家|全家|爸妈|家里)|照顾好(?:自己|孩子|爸妈|家里|我妈|我爸|你妈|你爸|嫂子|老人)"
                r"|(?:就|全|都)?拜托(?:你|给你)|这辈子就到这|谢谢(?:大家|你们|爸妈)|最后(?:一次|能给)|以后(?:家里|爸妈|孩子)?(?:就)?(?:靠|交给)(?:你|我))")
_GONE_ZH = r"(?:关机|联系不上|找不到|不接|不回|没回来|没回家|人不见|不见了|退群|失联|打不通|没人接|一直没接|不在宿舍)"
_GONE_EN = (r"(?:phone (?:is|was|has been|s) (?:\w+ )?(?:off|switched off|dead)|(?:wont|doesnt|isnt|not|hasnt|stopped) (?:\w+ )?(?:pick(?:ing)? up|answer(?:ing|ed)?|respond\w*|reply\w*)"
            r"|cant (?:reach|find|get hold of)|(?:hasnt|has not|didnt) (?:come|came) (?:back|home)|missing|straight to voicemail|stopped answering)")
_FAREWELL_EN = (r"(?:goodbye|farewell|sorry|look after|take care of|love you all|this is the end|thank you for everything|im done"
                r"|tell (?:my|our|mum|mom|dad)\b)")
# An everyday reason for not answering, told in the same sentence (or pair): late work, a flat battery, a trip.
_ROUTINE = (r"加班|没电|开会|出差|信号|飞机|航班|火车|高铁|上班|迟到|睡觉|睡着|旅游|毕业|上学|开学"
            r"|\b(?:battery|late|meeting|flight|plane|train|station|airport|signal|working|asleep|sleeping|college|university|trip|holiday|vacation)\b")
# A last word said of a life left behind, not of one's life: a job, the old days, the debt paid.
_OLD_LIFE = (r"旧生活|旧工作|过去|以前的|新工作|换了工作|终于|还清|戒了|毕业|退休|单身"
             r"|\b(?:old (?:life|job|days)|new job|finally|paid off|retir\w*|single life)\b")
# A farewell that needs nothing after it: a last word, a will, the end of a life said.
# (Not 后事 nor a will: a grandparent's funeral or estate planned calmly is everyday.)
_LAST_WORD_ZH = r"(?:永别|遗书|遗言|下辈子再|这辈子就到这)"
_LAST_WORD_EN = r"\b(?:goodbye forever|this is the end|suicide note|wrote (?:a|his|her) goodbye letter|last message)\b"

# Things handed over with a care asked for "later" or no need for them: a going arranged.
_THINGS_ZH = r"(?:卡|存折|钥匙|密码|房本|房产证|存款|积蓄|保险单|退休金|手表|项链|猫|狗|电脑|衣服|游戏账号|工牌)"
_HANDOVER_ZH = rf"(?:把|将)\S{{0,16}}{_THINGS_ZH}\S{{0,12}}(?:交给|给了|给我|留给|转给|送给|放到|放在|发给)"
_AFTER_ZH = (r"(?:以后|今后|往后)\S{0,8}(?:照顾|靠|拜托|交给|用不着|用不上|就(?!不玩|不打|戒|专心|好好|回|住|搬))|拜托|托付|用不着|用不上|不需要了|最后|后事|对不起|再见|别找"
             r"|照顾好(?:我|他|她|你)?(?:外婆|奶奶|爷爷|外公|妈|爸|孩子|老人)")
_HANDOVER_EN = (r"\b(?:gave|handed|left|giving away|gave away|has been giving away)\b.{0,40}\b(?:bank cards?|cards?|keys|pin|passwords?|savings|wallet"
                r"|insurance papers|watch|guitar|things|belongings)\b")
_AFTER_EN = r"\b(?:wont need|won t need|no longer need|look after|take care of|where (?:he|she) is going|sorry|goodbye|please feed)\b"
# A going told in the same sentence that is a trip, a move, a job, or a death by illness: things handed over for it.
_TRIP_ZH = r"出差|旅游|出国|留学|搬家|搬去|搬回|回老家|回乡下|去外地|去深圳|找工作|毕业|住院|体检|养老院|去世|过世|病逝|临终|记性不好|管不住|保管|帮她?他?管|不玩了|戒了|专心"
_TRIP_EN = r"\b(?:trip|travel\w*|business|moved|moving|move into|care home|nursing home|abroad|university|passed away|impulse|spending)\b"

# A knife held, not for cooking.
_KNIFE_ZH = r"(?:拿着|拿起|握着|举着|抄起|手里拿着|手里有|攥着)\S{0,3}(?:菜刀|水果刀|刀片|剪刀|刀)"
_COOKING_ZH = r"切菜|切肉|切水果|削|剁|做饭|炒菜|杀鱼|杀鸡|刮胡子|修剪"
_KNIFE_EN = r"\b(?:holding|grabbed|picked up|has|with|waving) (?:a|the|his|her) (?:kitchen )?(?:knife|blade|razor)\b"
_COOKING_EN = r"\b(?:cutting|chopping|slicing|peeling|cooking|vegetables|dinner|meat|shav\w*|beard|trimming)\b"

# A ledge, a railing, a rooftop, a bridge, a riverside, a track, with distress in the same sentence.
_EDGE_ZH = (r"(?:站在|坐在|爬上|爬到|蹲在|跑到|去了|在)\S{0,10}(?:栏杆|护栏|楼顶|天台|顶楼|桥上|桥边|大桥|窗台|窗户外|阳台边|阳台外|江边|河边|湖边|海边"
            r"|铁轨|崖边|悬崖|屋顶|楼边)")
# (no loan words: 还不上, 欠, 催收 are in nearly every message this bot gets, as the English list leaves them out:
# "我爸在天台上抽烟，说欠的钱还不上" is a loan question; review45)
_DISTRESS_ZH = (r"不下来|不肯下|不回|不接|关机|联系不上|哭|跳|逼|不想|不活|去死|想死|对不起|再见|撑不|拦不住|风声|不说话")
_EVERYDAY_ZH = r"晒|开了|开店|烧烤店|拍照|钓鱼|散步|吃饭|乘凉|工作|干活|上班|清洁|看风景|跑步|玩|烧烤|看日出|看夕阳|聚会"
_EDGE_EN = (r"\b(?:sitting|standing|stood|sat|climbed|is|was|up) (?:up )?on (?:the )?(?:\w+ ){0,3}(?:railing|ledge|roof|rooftop|bridge|edge|window ?sill|parapet)"
            r"|\b(?:from|at|by|on) (?:the )?(?:riverside|riverbank|bridge|rooftop|train tracks?|railway)|\bpicture of a rooftop\b|\bview is nice from up here\b"
            r"|\bdrive (?:his|her|the) car into\b")
_EVERYDAY_EN = (r"\b(?:cafe|bar|restaurant|works? (?:on|at)|photos? of the|party|garden|dinner|drinks|sunset|fishing|walk|fix\w*|repair\w*"
                 r"|antenna|solar|clean\w*|painting|laundry)\b")
# What makes a ledge a danger in English: not coming down, jumping, an end, a burden (a loan named alone is no danger).
_DISTRESS_EN = (r"\b(?:wont|will not|refuses to|not) come down|\bjump\w*|\bcry\w*|\bdie\b|\bdying|\bend\b|sorry|goodbye|scared|insurance"
                r"|\bcant\b|burden|better off|nobody|no one|view is nice|tell my|not answering|into the river")

# Death preferred to jail, the arrest or the shame of the debt.
_RATHER_DIE_ZH = (r"宁(?:愿|可|肯)?(?:去)?死\S{0,6}(?:也)?(?:不|不去|不愿|不想)\S{0,4}(?:坐牢|进去|被抓|蹲监狱|面对)"
                  r"|(?:坐牢|被抓|进监狱)\S{0,6}(?:不如|还不如|宁愿|宁可)\S{0,4}(?:去)?死|(?:被抓|坐牢)\S{0,4}(?:前|之前)\S{0,6}(?:自杀|去死|了结)")
_SAYING_ZH = r"常说|总说|经常说|老说|天天说|每天说|整天说|动不动就说|口头禅|老话|开玩笑|气话"
_RATHER_DIE_EN = (r"\b(?:rather (?:die|be dead) than (?:\w+ ){0,2}(?:jail|prison|arrest\w*|court|the shame|the collectors)|kill (?:himself|herself) before|(?:cant|cannot|can not) face (?:prison|jail|the shame))\b")
_SAYING_EN = r"\b(?:always says|often says|joked|joking|kidding|saying goes)\b"

# Pills or poison taken or gathered, a quantity or a poison named.
_PILLS_ZH = (r"(?:吞|吃|喝)(?:了|下)\S{0,6}(?:一整瓶|一大把|一把|整瓶|好多|很多|所有的?|全部的?)\S{0,4}(?:药|药片)|(?:吞|吃|喝)(?:了|下)?\S{0,4}(?:安眠药|农药|百草枯|老鼠药|敌敌畏)"
             r"|拿着\S{0,2}(?:农药|安眠药|百草枯)|(?:把|将)\S{0,8}(?:药|安眠药)\S{0,4}(?:都|全)(?:拿走|收|藏|攒)|煤炭?\S{0,4}买好|烧炭")
_PILLS_EN = (r"\b(?:took|swallowed|has taken|taken|overdosed on)\b.{0,24}\b(?:pills|antidepressants|sleeping pills|tablets|a bottle)\b"
             r"|\bbought (?:rope|charcoal)\b")

# Their own words of dying, told by the writer: said, texted, told me (not a habit or a joke, read in the same sentence).
_SAID_ZH = (r"(?:说|讲|喊|告诉我|发消息说|发微信说|打电话说)\S{0,6}(?:不想活|活不下去|想死|要去死|想自杀|要自杀|想跳楼|要跳楼|想跳河|活够了|没脸活|一了百了"
            r"|想结束自己|想了结自己)"
            # a threat with a method, the writer's paying its condition ("我爸说我再不还钱他就跳河"; safe39)
            r"|(?:说|讲|放话|告诉我|发消息说|打电话说)\S{0,14}(?:就|便)(?:去|要|会)?(?:跳河|跳江|跳楼|跳海|跳桥|喝农药|喝药|喝敌敌畏|喝百草枯|上吊|割腕|烧炭|吞安眠药|吃安眠药|寻死|自杀)")
_SAID_EN = (r"\b(?:says|said|keeps saying|told me|texted|messaged|is talking about|talks about|threatened|keeps talking about|kept talking about|has been talking about)\b.{0,20}?(?:\b(?:he|she|hes|shes|hell|shell|hed|shed)\b ?)?(?:wants to die|wants to kill (?:himself|herself)"
            r"|(?:is |s )?(?:going|gonna|about) to kill (?:himself|herself)|(?:will|would|ll|d) kill (?:himself|herself)|wants to end (?:his|her) life|(?:killing|ending) (?:himself|herself|his life|her life)"
            r"|doesnt want to live|does not want to live|is suicidal|wants to jump|wants to end it all|cant go on"
            # a threat with a method ("my dad said hed hang himself if i dont pay"; safe39)
            r"|(?:will|would|ll|d|is going to|s going to|going to|gonna) (?:hang (?:himself|herself)|jump (?:off|from|into|in front of)"
            r"|drink (?:pesticide|poison|bleach|weedkiller)|overdose|take (?:all )?(?:his|her) (?:own )?(?:pills|life)|drown (?:himself|herself)"
            r"|throw (?:himself|herself)|end it all))\b")

# A relative's crisis told as the writer's fear, belief or hearsay (safe39): "I think my husband is going to kill himself",
# 我听说我弟要喝农药, 我怕我妈想不开. The fear verb frames someone else's danger, addressed to the one who would help; the
# writer's own fear of what follows the debt ("怕我妈知道", "I'm afraid my dad will find out") names no danger at all.
_FEAR_ZH = r"(?:担心|怕|害怕|恐怕|生怕|听说|听\S{0,4}(?:说|讲)|好像|觉得|怀疑|感觉|估计|看样子)"
# (Not 喝药 alone: "怕我爸会忘记喝药" is taking medicine; not 跳楼机, a fair ride; not 不想活在老家 nor 结束自己的单身生活;
# mend49, review51.)
_RISK_ZH = (r"(?:(?:要|会|想|打算|准备|在想|又要)\S{0,3}(?:自杀|寻短见|寻死|轻生|了断|喝农药|喝敌敌畏|吞药|跳楼(?!机)|跳河|跳江|跳桥|跳海|上吊|割腕|烧炭"
            r"|不活了|去死|走绝路|结束自己(?!的(?:单身|婚姻|恋爱|学生|打工|\S{0,2}生活|生意|事业))|了结自己)|寻短见|不想活(?!在|成|得像)|活不下去|寻死"
            # 喝药 with a modal right before it, not beside a medicine word ("要按时喝药", "感冒了要喝药", "会忘记喝药",
            # "要喝药调理"): said of a relative it is most often poison (mend54, review55 #2).
            rf"|{_NOT_MEDICINE_BEFORE}(?:要|会|想|又要|又想|打算|准备)(?:去|再|又)?喝药(?!.{{0,12}}?(?:{_MEDICINE})))")
# Vague words of harm (想不开, 做傻事, "do something stupid") said of a reaction to finding out are a worry, not a danger now:
# "怕我妈知道了想不开", "I'm afraid my mum will do something stupid if she finds out" (read in the same sentence).
_VAGUE_RISK_ZH = r"(?:想不开|做傻事|干傻事|走极端)"
_FOUND_OUT_ZH = r"知道|发现|晓得|听到|看到|得知"
_FEAR_EN = (r"\b(?:i (?:really |honestly |genuinely |also |actually |truly |seriously |do )?(?:think|fear|worry|suspect|heard|guess|feel like|have a (?:feeling|bad feeling)|am afraid|am scared|am worried)"
            r"|im (?:really |so |genuinely |also |actually |truly |seriously )?(?:afraid|scared|terrified|worried|frightened|pretty sure|convinced)|ive heard|apparently|it seems)\b")
_RISK_EN = (r"\b(?:is|s|will|would|might|may|could|wants to|is planning to|plans to|is about to|is thinking (?:about|of)|is going to|s going to|is gonna|going to)"
            r" (?:\w+ ){0,2}?(?:kill (?:himself|herself)|killing (?:himself|herself)|end (?:his|her) (?:own )?life(?! as an? )|ending (?:his|her) life(?! as an? )"
            r"|take (?:his|her) (?:own )?life(?! savings)|hang (?:himself|herself)|overdose|commit suicide|suicidal|end it all(?! with (?:him|them|me|us|you|(?:his|her) (?:boyfriend|girlfriend|husband|wife|partner|ex|fiance|fiancee)|the (?:loan|bank|app|lender|company)))"
            r"|jump off(?! (?:the |a |this |that )?(?:project|team|job|deal|call|bandwagon|plan|course|program|meeting|group|chat|board))\b)")
# Hurting oneself is most often an accident feared for someone frail or at work ("hurt herself carrying groceries",
# "on the job", "at home alone"): read alone, with its own wider everyday list in the same sentence (mend49, review51).
_HURT_EN = (r"\b(?:is|s|will|would|might|may|could|wants to|is planning to|plans to|is about to|is going to|s going to|is gonna|going to)"
            r" (?:\w+ ){0,2}?(?:hurt|harm|cut) (?:himself|herself)\b")
_VAGUE_RISK_EN = r"\bdo something (?:stupid|drastic|terrible)\b"
_FOUND_OUT_EN = r"\b(?:finds? out|found out|knows|learns|hears about|sees the)\b"

# Each cue: (name, language pattern, the everyday reading that clears it in the same sentence, or None).
_CUES = (
    ("farewell_gone", regex(rf"{_WHO_ZH}.{{0,60}}{_FAREWELL_ZH}.{{0,60}}{_GONE_ZH}|{_WHO_ZH}.{{0,40}}{_GONE_ZH}.{{0,20}}{_FAREWELL_ZH}"
                            rf"|{_WHO_EN}.{{0,100}}{_FAREWELL_EN}.{{0,120}}{_GONE_EN}"), regex(_ROUTINE)),
    ("last_word", regex(rf"{_WHO_ZH}.{{0,40}}{_LAST_WORD_ZH}|{_WHO_EN}.{{0,60}}{_LAST_WORD_EN}"), regex(_TRIP_ZH + "|" + _TRIP_EN + "|" + _OLD_LIFE)),
    ("handed_over", regex(rf"{_WHO_ZH}.{{0,30}}{_HANDOVER_ZH}.{{0,40}}(?:{_AFTER_ZH})|{_WHO_EN}.{{0,30}}{_HANDOVER_EN}.{{0,80}}{_AFTER_EN}"),
     regex(_TRIP_ZH + "|" + _TRIP_EN)),
    ("knife", regex(rf"{_WHO_ZH}\S{{0,10}}{_KNIFE_ZH}|{_WHO_EN}.{{0,30}}{_KNIFE_EN}"), regex(_COOKING_ZH + "|" + _COOKING_EN)),
    ("edge", regex(rf"{_WHO_ZH}\S{{0,16}}{_EDGE_ZH}.{{0,60}}(?:{_DISTRESS_ZH})|{_WHO_EN}.{{0,30}}(?:{_EDGE_EN}).{{0,100}}(?:{_DISTRESS_EN})|(?:{_DISTRESS_EN}).{{0,60}}{_WHO_EN}.{{0,30}}(?:{_EDGE_EN})"), regex(_EVERYDAY_ZH + "|" + _EVERYDAY_EN)),
    ("rather_die", regex(rf"{_WHO_ZH}.{{0,30}}(?:{_RATHER_DIE_ZH})|{_WHO_EN}.{{0,60}}{_RATHER_DIE_EN}"), regex(_SAYING_ZH + "|" + _SAYING_EN)),
    ("said", regex(rf"{_WHO_ZH}\S{{0,10}}{_SAID_ZH}|{_WHO_EN}.{{0,20}}{_SAID_EN}"), regex(_SAYING_ZH + "|" + _SAYING_EN)),
    ("pills", regex(rf"{_WHO_ZH}.{{0,30}}(?:{_PILLS_ZH})|{_WHO_EN}.{{0,40}}(?:{_PILLS_EN})"), None),
    ("feared", regex(rf"{_FEAR_ZH}\S{{0,4}}?{_WHO_ZH}\S{{0,12}}?{_RISK_ZH}|{_FEAR_EN} (?:that )?{_WHO_EN}.{{0,30}}?{_RISK_EN}"), regex(_MISHAP + "|" + _OVER)),
    ("feared", regex(rf"{_FEAR_EN} (?:that )?{_WHO_EN}.{{0,30}}?{_HURT_EN}"), regex(_MISHAP + "|" + _HURT_MISHAP + "|" + _OVER)),
    ("feared_vague", regex(rf"{_FEAR_ZH}\S{{0,4}}?{_WHO_ZH}\S{{0,8}}?{_VAGUE_RISK_ZH}|{_FEAR_EN} (?:that )?{_WHO_EN}.{{0,30}}?{_VAGUE_RISK_EN}"),
     regex(_FOUND_OUT_ZH + "|" + _FOUND_OUT_EN + "|" + _MISHAP + "|" + _OVER)),
    *kin_words(_WHO_ZH, _WHO_EN),  # the writer's own cue words said of a relative (others_signs.py, rel55)
    *more_cues(_WHO_ZH, _WHO_EN),  # 想不开 asked after the relative, lingering at an edge, 不如死了 said (others_more.py, mend74)
    *done_cues(_WHO_ZH, _WHO_EN),  # an act of self-harm already done by the one named (others_done.py, third169)
)
# The cues that read a writer's crisis words said of a relative: a relative's "always saying" them is the sign, no habit.
KIN_WORDS = tuple(name for name, _, _ in _CUES if name.startswith("kin_"))
# The cues that tell another's danger as the writer's fear or hearsay: "theirs" (a story heard) is no doubt on them.
FEARED = ("feared", "feared_vague")
# Of the cues, those a sentence may match, by the characters every match needs (a sentence holds few: speed only).
_POSSIBLE = Prefilter([(cue, needs(cue[1])) for cue in _CUES])


def at_risk_elsewhere(message: str, clauses: list[Clause]) -> tuple[list[str], set[int]]:
    """The cues of another person in danger now (see the module doc), and the clauses that carry them."""
    names: list[str] = []
    marked: set[int] = set()
    # (not masked: the idiom masks blank "宁愿死" and "rather die", which these cues read only beside jail and another named)
    for sentence in folded_sentences(message):
        for name, pattern, everyday in _POSSIBLE.possible(sentence):  # (in _CUES' order)
            match = pattern.search(sentence)
            if match is None or (everyday is not None and everyday.search(sentence)):
                continue
            names.append(name)
            found = match.group()
            inside = {i for i, clause in enumerate(clauses) if clause.text and clause.text in found}
            marked |= inside or {i for i, clause in enumerate(clauses) if found[:8] in clause.text}
    if ordered := kin_affairs(message, clauses, _whose):  # someone else's affairs put in order (kin_affairs.py, Round 79)
        names.append("kin_affairs")
        marked |= ordered
    return list(dict.fromkeys(names)), marked


# The writer's own danger said anywhere in the message: the writer-first reply stays ("其实我也不想活了", "I've been
# thinking about ending my life too", "I'm the one who can't go on").
# What follows 我 when it names someone the writer has (我们, 我的, 我老公, 我妈…): then 我 is no one acting.
_OWNED_ZH = r"们|的|和|跟|老|爸|妈|哥|姐|弟|妹|儿|女|家|朋|男|对|同|室|舅|叔|姑|表|堂|公|婆|外|爷|奶|阿|嫲|细"  # (阿妈, 阿嫲, 细佬: safe58)
# A relative unaware, in English.
_DOESNT_KNOW_EN = r"(?:doesnt|does not|dont|do not|didnt|did not) know"
_SELF_AT_RISK = regex(
    r"我(?:自己|真的|其实|现在)?也\S{0,6}(?:想死|不想活|活不下去|撑不下去|不活了|去死|想结束|自杀|轻生|跳)"
    rf"|(?<![对给让跟叫累诉找帮陪顾心])我(?!{_OWNED_ZH})"
    r"\S{0,10}(?:想死|不想活|活不下去|撑不下去|不活了|去死|想结束自己|自杀|轻生|跳下去|跳楼|跳河|一了百了|割腕|不拖累|遗书)"
    r"|\b(?:i|im|ive|id|ill|i am|i have|i will|i want to|i feel like)\b(?: (?!he\b|she\b|they\b|my\b|him\b|her\b)\w+){0,4} (?:want to die|wanna die|kill myself"
    r"|end(?:ing)? my (?:own )?life|end it all|suicidal|cant go on|hurt myself|dont want to live|take my (?:own )?life|take my pills|jump off)\b"
    r"|\b(?:so do i|me too|same here|i feel the same)\b|\bim the one who\b|同归于尽|垫背|陪葬|\bdown with me\b|\band then myself\b"  # (safe58: together.py)
    r"|(?:杀了|捅了|砍了|弄死|捅死|砍死|杀死)(?:他|她|他们|她们)\S{0,6}?(?:再|然后)\S{0,3}?(?:自杀|去死|死)"
    # the writer's own "no use for anything any more" beside a payout or a will naming kin (mend65, review74:
    # "保险受益人写的是我妈…反正我也用不上什么了" is the writer at risk, not the mother)
    r"|我(?:自己)?(?:反正)?也用不(?:上|着)(?:什么|啥|这些|了)"
    # the writer joining the other's wish (safe39): "我老公说不想活了，我也是", "其实我心里也是这么想的", "and I've started to
    # agree with him", "the only way out for me too" (我也是 alone, not 我也是刚知道)
    r"|我(?:也是|也一样|也差不多)(?=$|[\s，。,.!！?？…])|我(?:心里|自己)?也(?:是)?(?:这么|这样)(?:想|觉得|打算)|我也有(?:一样|同样|这个|这种)的?(?:想法|念头)"
    r"|\b(?:i feel the same|(?:ive|i have|im) (?:\w+ )?(?:started|starting|begun|beginning) to (?:agree|think (?:so|the same|that too))|i agree with (?:him|her)"
    r"|for me too|i do too)\b"
    # ...or joining with the method or "together" (mend49, review51): "我也想喝", "我也想" alone, "我陪他一起跳", "我们一起跳算了",
    # "我今晚也准备跳了", "I want to drink it too", "jump with him", "I'll follow him"
    r"|我(?:自己|真的|其实|现在|今晚|今天|明天|马上)?也(?:想|要|准备|打算|跟着)\S{0,3}(?:喝(?!酒|茶|水|咖啡|奶|口|点|杯)|跳|死|吃药|上吊)"
    r"|我(?:自己|真的|其实)?也(?:想|要)(?:了)?(?=$|[\s，。,.!！?？…])"
    r"|我(?:要|想|就|也|准备)?(?:陪|跟|和)(?:他|她|你)\S{0,3}(?:一起|一块)\S{0,2}(?:跳|喝(?!酒|茶|水|咖啡|奶|口|点|杯)|死|上吊)|我们(?:俩|两个)?(?:就)?(?:一起|一块)\S{0,2}(?:跳|死|喝农药|上吊|走了算了)"
    r"|\b(?:(?:jump|die|drink it|go) with (?:him|her)|(?:ill|i will|i want to|i wanna|im going to|im gonna) follow (?:him|her)"
    r"|i (?:want|wanna|am going|m going|ll|will) (?:to )?(?:drink it|jump|die|do it|do the same|join (?:him|her))(?: \w+){0,2} (?:too|as well)"
    r"|we (?:can|could|should|will|ll|might as well) (?:jump|die|go) together"
    r"|(?:i want to|i wanna|im going to|i am going to|im gonna|ill|i will)(?: (?:do it|do the same|drink it|jump|die|end it))? (?:too|as well))\b"
    # ...not helping told right after it (mend54, review55 #8): "I'll follow her everywhere until she's safe", "go with him
    # to the doctor", "I'm going to do it too: call the hotline for him", "I want to as well, I mean I want to help him"
    r"(?! (?:everywhere|around|until|till|i mean (?!it\b)|to (?:the |a |his |her )?(?:doctor|hospital|clinic|police|counsell?or|therapist|appointment|gp|er|a ?and ?e)"
    r"|(?:and )?(?:call|ring|phone|get (?:help|him|her)|find (?:help|him|her)|help|ask|talk to|contact|stay with|watch (?:him|her)|keep an eye)\b))")
# The writer inside a crisis clause that names someone else first: 我/I acting ("她不知道我已经吃了三十片安眠药",
# "he has no idea I swallowed the whole bottle"), or a relative unaware of something ("我女儿不知道爸爸已经决定…",
# "my wife doesn't know…"): the danger is the writer's, and a helper reply would tell them to call for someone else
# (review45: 16 of 113 writers' crises). Not 我 as an object or an owner (对不起我, 我老公): the list errs towards
# the writer-first reply, which gives the same helplines. (A relative unaware of something counts only when it is
# the writer they are unaware of: "我爸不知道我妈想跳楼" is the mother's danger; review49.)
_WRITER_IN_IT = regex(
    rf"(?<![对给让跟叫累诉找帮陪顾见问骂打喊催逼求])我(?!{_OWNED_ZH}|前|闺|孩|宝|侄|岳|丈|媳|伯|阿|小|大|亲|邻)"
    r"|还在等我|(?:不知道|不晓得|以为|没发现)\S{0,3}(?:爸爸|妈妈)(?:已经|决定|要)"
    # ...or unaware with no one else named after it: "老公不知道，吃了一整瓶安眠药了" is the writer's (review50)
    rf"|(?:不知道|不晓得|以为|没发现|蒙在鼓里)(?=\s*\S)(?!\s*\S{{0,2}}?(?:{_WHO_ZH}))"
    rf"|\b{_DOESNT_KNOW_EN}\b(?= \S)(?! (?:that )?(?:{_WHO_EN}))|\b(?:has|have|had) no idea\b(?= \S)(?! (?:that )?(?:{_WHO_EN}))"
    r"|\b(?:i|im|ive|id|ill)\b")
# Who acts in a clause: the first person named near its start (我 as an object, "对不起我", is not who acts).
_SUBJECT = regex(rf"^\S{{0,8}}?(?:(?P<other>{_WHO_ZH})|(?P<self>(?<![对给让跟叫累诉找帮陪顾])我))"
                 rf"|^(?:\w+ ){{0,3}}?(?:(?P<other_en>{_WHO_EN})|(?P<self_en>\b(?:i|im|ive|id|ill)\b))")


def helper_asking(message: str, clauses: list[Clause], crisis_at: frozenset[int] | set[int],
                  theirs_at: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether the crisis reply should speak to the writer as the one helping someone else at risk: every crisis
    clause is said of another person (its own subject, or the last one named before it), and the writer says
    nothing of their own danger. Whose danger cannot be told, or both are at risk: the writer-first reply."""
    if not crisis_at:
        return False
    folded = fold_clause(message)
    if _SELF_AT_RISK.search(_unframed(folded)) or writer_absent(folded) or means_taken_from_writer(folded):
        return False
    # A relative the family is "better off without", or handing the writer their cards: the relative's danger (rel55).
    # The writer hiding a relative's pills is not read as care (mend69; safe58's kept_away removed by mend72: writers
    # at risk who had hidden a relative's pills got the helper's reply, review83 §1).
    # (``theirs_at``: clauses a reader found to tell another's acts, kin_affairs.py, whatever 我/I a quote in them holds)
    cared = set(theirs_at) & set(crisis_at) | {index for index in crisis_at if index < len(clauses)
             and theirs(fold_clause(clauses[index].text), fold_clause(clauses[index + 1].text) if index + 1 < len(clauses) else "")}
    if cared and not (crisis_at := frozenset(crisis_at) - cared):
        return True
    if any(_WRITER_IN_IT.search(_unframed(clauses[index].text)) for index in crisis_at if index < len(clauses)):
        return False
    if any(_unaware_of_the_writer(clauses, index) for index in crisis_at):
        return False
    return all(_whose(clauses, index, message) == "other" for index in crisis_at)


# The writer's words around another's danger that make the writer no one at risk (safe39): a fear or a belief framing
# the person named next ("我怕我妈想不开", "I think my husband is going to…"), and the writer's paying as the condition of
# the other's threat ("我再不还钱他就跳河", "要是我不把钱还上，她就…", "if I don't pay"). Set aside only before the helper
# checks read 我/I: the crisis itself was found on the whole text.
# A method named in the relative's threat ("I'm afraid my dad will drink pesticide if I don't pay"): the frame is theirs too.
_METHOD_EN = (r"\b(?:will|would|ll|d|might|may|could|is going to|s going to|going to|gonna|wants to) (?:\w+ )?(?:drink (?:pesticide|poison|bleach|weedkiller)"
              r"|hang (?:himself|herself)|jump (?:off|from|into|in front of)|take (?:all )?(?:his|her) pills|drown (?:himself|herself))\b")
# A frame is set aside only in front of the relative's OWN danger in the same clause: "我怕我老公知道，不想活了" keeps
# 我 as the one who acts (the fear is of a finding-out; the crisis after it is the writer's; mend49, review51).
_FRAME = regex(rf"我?(?:真的|很|真|特别|有点|好|一直|总|也|就)?{_FEAR_ZH}(?:会)?(?=\S{{0,3}}(?:{_WHO_ZH})\S{{0,12}}?(?:{_RISK_ZH}|{_VAGUE_RISK_ZH}))"
               rf"|{_FEAR_EN}(?: that)?(?= (?:{_WHO_EN}).{{0,30}}?(?:{_RISK_EN}|{_HURT_EN}|{_VAGUE_RISK_EN}|{_METHOD_EN}))|\b(?:told|tells|telling) me\b")
# The condition stops where it ends: before the next one named (the threat's 他/她, or the writer's own 我: "要是我不还钱我就
# 去死" and "if I can't pay I'll end my life" stay the writer's; mend49, review51). In Chinese it needs the other
# named after it, or the clause's end (the other's threat in the next clause).
_CONDITION = regex(r"(?:要是|如果|假如|若是|万一)?我(?:再|还|要是|如果)?(?:不|没|没有|还不)[^\s我就便]{0,14}?(?:还|给|交|凑|拿|帮)[^\s我就便死跳]{0,8}?(?:的话)?"
                   rf"(?=\s?(?:他|她|{_WHO_ZH})(?:就|便|会|要)|\s*$)"
                   r"|\b(?:if|unless) (?:i|we) (?:dont |do not |cant |cannot |can not |wont |didnt |cannot )?(?:pay|repay|give|get|find|return|settle|clear|hand)\b"
                   r"(?: (?!(?:i|ill|im|id|ive|me|he|she|hell|shell|hed|shed|they|then|my|and|so)\b)\w+){0,4}")


def _unframed(text: str) -> str:
    """``text`` (folded) without the writer's fear frames and paying conditions around another's danger (see _FRAME)."""
    return _CONDITION.sub(" ", _FRAME.sub(" ", text))


def _whose(clauses: list[Clause], index: int, message: str = "") -> str | None:
    """"other" or "self": who acts in the clause, or in the nearest clause before it that names someone (never across
    a long message's cut mark, which kept sentences sit between: bot.safety.middle, safe58)."""
    for back in range(index, max(index - 4, -1), -1):
        if back < index and "\n……\n" in message[clauses[back].end:clauses[back + 1].start]:
            return None
        # A paying condition in a clause before carries its 我 on ("如果我不还钱的话，就只能去死了"): set aside only
        # in the crisis clause itself, where the other's threat follows it (mend49).
        text = _unframed(clauses[back].text) if back == index else _FRAME.sub(" ", clauses[back].text)
        if back < index and (partner_left(text) or _GONE_FROM_LIFE.search(text)) and not third_party_loss(text):
            # "男朋友也分了", "老婆跑了": one named as gone from the writer's life is no subject for the crisis
            # after it; the writer's loss is told, and the wish after it is the writer's (vocative.py, Round 72)
            continue
        # (kin named as the recipients of acts are no subject: "留给爸妈", "和我爸妈无关", recipients.py, mend82)
        match = _SUBJECT.search(without_recipients(without_address(text.strip()).strip()).strip())  # "姐妹们 …": readers addressed
        if match is not None:
            return "other" if match.group("other") or match.group("other_en") else "self"
    return None


def who_acts(clauses: list[Clause], index: int, message: str = "") -> str | None:
    """"other" or "self": who acts in the clause at ``index`` (see _whose; kin_affairs.py reads its acts' actors)."""
    return _whose(clauses, index, message)


# A partner who left, a relative who died, told in a clause before a crisis clause that names no one ("老婆跑了 店倒了
# 借呗逾期了 下一步是不是该去死了"): the losses are the writer's, and so is the crisis; not carried on as its subject
# (aside96: the helper's reply went to a writer at risk). Unsure whose: the writer-first reply.
# (mend84, review101 §2: only the WRITER's own partner gone, or own parent or kin dead, at the clause's start, bare or
# after 我/我的/我家; "我哥离婚了", "我表哥老婆跑了", "我闺蜜男朋友跟别人跑了" keep the kin as the one at risk)
_PARTNER_ZH = r"(?:老婆|老公|妻子|丈夫|媳妇|男朋友|女朋友|男友|女友|对象|對象|爱人|愛人|前妻|前夫)"
_KIN_ZH = r"(?:爸爸|妈妈|爸|妈|媽|父亲|母亲|奶奶|爷爷|外婆|外公|姥姥|姥爷|阿爸|阿妈|老豆|老母)"
_PARTNER_EN = r"(?:wife|husband|boyfriend|girlfriend|partner|fiance\w*)"
_KIN_EN = r"(?:mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather)"
_GONE_FROM_LIFE = regex(
    rf"^\s*(?:我的?|我家)?{_PARTNER_ZH}\S{{0,6}}?(?:跑了|离婚|離婚|回娘家|分手|跟别人|同别人)"
    rf"|^\s*我(?:(?:跟|和|与|同){_PARTNER_ZH})?(?:已经|也|都|刚|刚刚)?(?:离婚|離婚|分手)"
    rf"|^\s*(?:已经|刚)?(?:离婚|離婚|分手)(?:了|咗)"
    rf"|^\s*(?:我的?|我家)?(?:{_PARTNER_ZH}|{_KIN_ZH})\S{{0,4}}?(?:去世|过世|過世|病逝)"
    rf"|(?i:^\s*(?:my )?{_PARTNER_EN}\b(?: \w+){{0,3}}? (?:left me|walked out on (?:me|us)|divorced me|broke up with me)\b"
    rf"|^\s*i (?:got |am |m |just got )?divorced\b|^\s*(?:my )?(?:{_PARTNER_EN}|{_KIN_EN})\b(?: \w+){{0,3}}? passed away\b)")


# A clause that ends unaware ("老公不知道，" / "my wife has no idea,"), then one that names no one else: what follows
# is the writer's ("老公不知道，吃了一整瓶安眠药了"); "我爸不知道，我妈昨晚吞了安眠药" names the one at risk (review50).
# (mend72: also 不知/唔知/没发现/冇发现, "我将阿爸啲安眠药收埋咗，佢唔知。唔想再做人了" was the helper's reply, review83 §1)
_UNAWARE_AT_END = regex(rf"(?:不知道|不晓得|不知|唔知|没发现|冇发现|没察觉|蒙在鼓里)\s*$|\b{_DOESNT_KNOW_EN}\s*$|\bno idea\s*$")
_ANYONE_NAMED = regex(rf"{_WHO_ZH}|{_WHO_EN}")


def _unaware_of_the_writer(clauses: list[Clause], index: int) -> bool:
    """Whether the clause at ``index`` (or the one before it) ends unaware and the clause after names no one else."""
    for at in (index - 1, index):
        if 0 <= at < len(clauses) - 1 and _UNAWARE_AT_END.search(clauses[at].text):
            return _ANYONE_NAMED.search(clauses[at + 1].text) is None
    return False
