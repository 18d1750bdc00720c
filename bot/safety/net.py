"""The safety net under the crisis reply: signs of distress or risk that earn the check-in line.

The crisis detector (rules and learned reader, see ``bot.safety``) must be precise: its full reply
to someone who only said "算了" is a false alarm. On wording nobody wrote it for, it still misses
about one crisis message in ten; a missed crisis then read a bare decline ("I can't help with
that") or a loan answer alone, the worst outcome. The product rule (lead, safe7): **no crisis
message may ever end in a bare decline.** So every reply that carries neither the crisis reply
nor the check-in is followed by the gentle check-in line (12356, marked not from the article)
when the message shows ANY sign of distress or risk, on a trigger far wider and cheaper than the
crisis detector, since a line after an answer costs a reader who did not need it little.

A sign is any one of:

- the learned crisis reader leaning that way (GATED_FLOOR) in wording with a weak distress
  cue (``agreement.crisis_score``, the net before safe7), or any crisis rule's wording, even set
  aside as a negation, a joke or a story;
- words of despair, hopelessness, death or dying, self-harm, a means or a farewell
  (``_DISTRESS_WORDS``), with everyday idioms masked first (笑死, 累死了, "dying to know");
- in a message longer than a word or two, or with a weak distress cue (lexicon.py: a word of
  life, a means, the body, a place, an ending, a burden, a plan...): the topic classifier's
  probability of the crisis topic at a low floor (CLASSIFIER_FLOOR).

The learned reader's score on every window with no gate at all (>= 0.3) was measured too and left
out: it gave the line to no crisis message of the own sets or held-out 5 that the rest missed,
to 59 more pool questions, and it cost a quarter of ``ask``'s instructions (a prediction per window).

Measured on every safety set and on the pool of real questions (benchmarks/safety_net.py,
docs/safety.md "round 6").
"""

from __future__ import annotations

from ..patterns import Guarded, regex
from .agreement import crisis_score
from .clauses import fold_clause, split_clauses
from .doubt import doubt, owned
from .idioms import DEATH_OF_ME, LAUGHED_DIE, masked, masked_whole
from .learned import Detectors
from .leaning import THROUGH
from .letters import without_letter_requests  # safe54
from .own_acts import thanks_for_occasion  # abuse195
from .lexicon import distress
from .scenes import REPAID

# Words a person in danger uses, each enough for the line (never for the crisis reply). Read on
# folded, idiom-masked text. Kept to words about one's life, death, despair or body; loan words
# ("还不上", "逾期", "被起诉") and fear of collectors are not here: those are the loan answers' own.
# (truth2 E: dragging family in asked as a fear, "会不会连累家人", and a letter to the village committee
# are the loan's consequences asked, not a farewell: 12356 had followed them.)
_DISTRESS_WORDS = regex(
    # death and dying, one's life (死 after idioms are masked: 死机, 死贵, 笑死 are gone)
    r"死|活[着著]|活下去|活不|不想活|不活|没法活|怎么活|轻生|自杀|自尽|寻短见|了断|了结|一了百了|结束(自己|生命|一切|这一切)"
    # despair and hopelessness
    r"|绝望|没(有)?希望|看不到(希望|未来|出路|头)|没(有)?(盼头|奔头|出路|活路|意义)|走投无路|无路可走|绝路|想不开|崩溃"
    r"|撑不(下去|住)|熬不(下去|住)|扛不(下去|住)|顶不住|受不了了|我(真的|快|已经)?不行了|完蛋了|没救了|(快|要)疯了|逼疯|疯掉|(天天|每天|一直|整夜|偷偷)\S{0,2}哭|哭了(一|好几|整)|睡不着|失眠|心慌|焦虑|吃不下|抑郁|(我|自己)(真|很|好|太)?(是个)?失败|失败者|赌输|输光|让我静静|让我静一静|(密码|存款|积蓄)\S{0,4}(都)?(告诉|给|转给)|(送|给)\S{0,10}反正(我)?(也|都)?用不上了|(以后|之后|过后)\S{0,6}(找不到我|见不到我|联系不上我|不会有人再|跟我没关系了)|不用(再)?还(钱|债)了|安排好了|(决定|想好)了|我(要)?走了|一切都(没有?|毫无)意义|想去见\S{0,3}(去世|过世|死去)的|(静静地|悄悄地?|默默地?)(走掉|离开|消失)|想鼠|我(真的|彻底|这辈子)?完了|这辈子(完|毁|废)|人生(完|毁|废)"
    r"|解脱|(想|要|我|自己|永远|彻底)\S{0,4}消失|不在了|离开(这个)?世界|这个世界|世上|来世|下辈子|告(个)?别|永别|遗书|遗言|后事|墓地"
    r"|(日子|生活)\S{0,2}(没法|过不下)|过不下去了|人间不值得|不值得活|不想再面对(任何人|所有人|这个)|不知道还有什么意义|替我\S{0,6}(说|道)(声|一声)?对不起|(几|两|三|好几)天没吃(饭|东西)"
    r"|废物|不配|多余的人|累赘|拖累|(?<![会要])连累(家|全家|爸|妈|父母|孩子|大家|他们)|没(有)?人(在乎|关心|需要|会想)|对不起(大家|所有|你们|爸|妈|家)"
    # self-harm and means
    r"|割腕|割(了)?(自己|手|\S{0,2}刀|\S{0,2}道)|划(了)?(自己|手|\S{0,2}道)|手腕|刀片|流血|血(流|滴|把|止)|伤害自己|自残|烫(了)?(手|自己|胳膊)"
    r"|安眠药|农药|百草枯|敌敌畏|老鼠药|烧炭|炭盆|上吊(?!灯|顶|扇|床|兰|篮|牌|坠|带裙|带衫)|绳子|跳(楼|河|江|海|桥|湖|下去|出去)|天台|楼顶|顶楼|窗台|阳台(外|上|栏杆)|从\S{0,4}(下去|掉下去)"
    r"|(攒|存|囤|数)(了)?\S{0,4}药|药\S{0,4}(攒|够了|吞|全吃|都吃)|(吞|吃)(了|下)?\S{0,6}(药|片)|一(整)?(盒|板|瓶)\S{0,4}(药|片)|止痛(药|片)"
    r"|(江|河|海|湖|水库)边|(大桥|桥上|铁轨|站台)|车(撞|祸)|出(个|了)?意外|意外险|寿险|保险(金|能赔|赔)|受益人"
    # an ending, a farewell, things handed over
    r"|(不想|不要|不用|不会|再也不)(再)?醒|醒不(过)?来|一睡不|永远睡|睡(过去|下去)就|忌日|倒计时|最后一(次|条|篇|天|晚|个晚上)(?!\S{0,6}(还款|还钱|还清|扣款|期|几点|之前|以内|内))"
    r"|(我|人)(走|没|不在)了(以后|之后)?|走之前|我(要是|如果)?(走了|没了|不在了)|如果我(没|不在|走|出事)|要是我(没|不在|走|出事)"
    r"|没有我(会|他们|家里|大家|你们)?\S{0,4}(轻松|更好|好过)|(轻松|好过)(很多|多了)|托付|拜托(你|他|她)|(后面|剩下|身后)的事|交代(好|清楚)|安排好了"
    r"|(东西|衣服|狗|猫)\S{0,4}送(人|给|回)|(送|给|捐)\S{0,16}(用不上|穿不上|用不着)了|(带着|抱着)\S{0,8}一起(走|死|跳)|以后\S{0,6}(全|都|就)(指望|靠)(你|他|她)|(写|留|录)(好|了)?(给|一封|一段|几句|很多|些)\S{0,6}(信|话|视频|语音|纸条)|傻事|走极端|做出什么|再也不(回|用|会再)|没有退路|别找我|用命|(我|自己)(也|都|就|已经|反正)*(没|没有)(几天|多少日子|多久)(了|可活|好活)|时日(不多|无多)|日子不多了|(活|撑|熬)不了(几天|多久)"
    r"|\b(die|died|dies|dead|death|dying|deadly|suicid\w*|kill(ing)? myself|end (it|it all|my life|everything|things|my own)"
    r"|take my (own )?life|hopeless\w*|no hope|lost hope|despair\w*|worthless|useless|a burden|better off (without|dead)"
    r"|give up on (life|everything)|giving up on (life|everything)|no (way|point|reason)|whats the point|pointless"
    r"|cant (go on|take (it|this|any ?more)|do this any ?more|cope)|cant see (a|any) way|no way out|nobody (would|will|cares|needs)"
    r"|no one (would|will|cares|needs)|stop(ped)? existing|exist|not be here|wont be here|be gone|im gone|after im gone"
    r"|goodbye|farewell|last (time|message|night)|disappear\w*|vanish\w*|sleep forever|never wake|not wake up"
    r"|lost (\w+ ){0,3}gambling|gambling (debts?|losses)|gave (\w+ ){0,3}(my )?(password|pin|savings)|i (cried|cry)\b|(im|i am) (such )?a failure|"
    r"(wont|will not|doesnt) matter (after|by) (tonight|tomorrow)|(tonight|tomorrow) (it|everything) ends|it (all )?ends (tonight|tomorrow)|cant sleep|can not sleep|havent (eaten|slept) (in|for)|not (eaten|slept) in|anxiety|anxious|panic attack|crying|depress\w*|overdos\w*|pills|tablets|poison\w*|rope|noose|charcoal|razor|blade|cut (myself|deeper|my)|cutting|bleed\w*"
    r"|hurt(ing)? myself|harm(ing)? myself|jump\w*|bridge|rooftop|roof|ledge|edge|will\b.{0,20}\b(written|made)|my will"
    r"|killed myself|unalive\w*|ending (it|things|my life|everything)|tired of (living|life|pretending)|alive|(dont|do not) want to (live|be here)"
    r"|(not|never) (be )?(around|here)|being around|without me|relieved if|(wish|wished) i (hadnt|had not|didnt) wo\w+|wake up"
    r"|life (insurance|is meaningless|isnt worth)|insurance (money|would|payout|pays)|(an|had an) accident|crash(ed)? the car|drive off"
    r"|(train )?tracks|platform|trains? (go|pass|went)|balcony|overpass|highway|motorway|drown\w*|swallow\w*|paracetamol|tylenol"
    r"|antidepressants?|sleeping (pills|tablets)|gun|knife|wrists?|slit|burn(ed|t)? my|blood|stepping in front|in front of a (train|truck|car|bus)"
    r"|(my|said my|say my) goodbyes|letters? (to|for) my(?! (village|committee|employer|company|work|office|boss|school|bank|landlord|address|home|house|hometown|neighbou?rs?|community))|a note for|(affairs|things) in order|loose ends|gave away|giving away|given away"
    r"|(made|make) my (peace|choice)|nothing matters|(cant|can not) (picture|see|imagine) myself|just in case|the end|i have a plan"
    r"|(is|its) the night|not (got |have )?(long|much time) left|wont be around (long|much longer)|tonight im|im done|planned for|everything is (ready|planned|sorted)|you know why|daddy loved|mummy loved|mommy loved)\b")


# The learned crisis reader, gated (a window with a distress cue, no everyday reading; rule
# wording set aside counts as CHECK_IN_FLOOR), and the topic classifier's crisis probability: two
# readings of the same message that err in different places. Floors measured on every own set,
# held-out 5 and the pool (benchmarks/safety_net.py, docs/safety.md).
_HAN = regex(r"[\u3400-\u9fff]")
_WORD = regex(r"[a-z0-9]+")
SHORT_CHARS = 8
SHORT_WORDS = 4
GATED_FLOOR = 0.2
CLASSIFIER_FLOOR = 0.05
ALONE_FLOOR = 0.1  # the classifier alone, with no weak cue in the message (safe9; the writer no longer counts, safe11)
# The topic classifier at the floor of its own crisis reply (routing_vet.CRISIS_FLOOR: it alone never raises a crisis below
# it) is no low floor (checkin92): a doubt that sets the words aside (``explained``) or a loan matter named beside them
# (check_in.only_a_loan_matter) no longer takes the line away there ("电视剧里那个人跳楼没死成…我要是跳，肯定选最高的那栋，
# 今晚就去" leaned 0.98, "我在看一本小说，主角最后选择了结束自己…借呗欠了十万的我也该这样" 0.91: a frame, no 12356 at all).
# Not the learned reader at its own floor (0.9): through the check-in's looser gate, and through the crisis reply's
# stricter one too, it scores 0.9-0.99 on everyday scenes beside a loan question (a cat handed to a neighbour before a
# move, a farewell party, kite flying by a river: 22 benign rows of the team's sets would have had the line).
CLASSIFIER_AT_CRISIS = 0.5
AT_CRISIS = "at crisis floor"  # the reason such a reader gives (check_in_reason)


_GUARDED_DISTRESS_WORDS = Guarded(_DISTRESS_WORDS)  # the same search, skipped where it cannot match (speed only)


# Crying said with emoji alone ("😭😭😭"): folding drops emoji, so they are read on the raw text.
_CRYING = regex(r"😭|😢|😿|💔")


# A cost said to drive or crush one to death ("利息要把我逼死了", "要被借呗压死了"): a burden for
# the crisis reply (idioms.py, doubt.py), still a sign of strain for the line (safe9). So is
# 想死的心都有: a set phrase of exasperation, masked for the crisis reply, but alone it left a decline
# ("这个问题我在这里帮不上忙") to someone who wrote 想死 (truth1): it earns the line, never the crisis reply.
# Its English twin "I could just die lol", masked for the crisis reply (idioms.LAUGHED_DIE), earns the line too: never a
# bare decline, never a loan answer without 12356 (review34: "I could die lol the interest is insane").
# So does "…will be the death of me" (idioms.DEATH_OF_ME): masked as trouble foretold, it still says strain (review39:
# "jiebei will be the death of me" had opened "I can't help with that one here").
_CRUSHED = regex(rf"(逼|压|愁)死|想死的心|{LAUGHED_DIE}|{DEATH_OF_ME}")


def distress_words(message: str) -> bool:
    """Whether the message holds a word of despair, death, self-harm or a farewell (idioms masked),
    a cost said to crush one to death, or crying emoji."""
    if _CRYING.search(message) is not None:
        return True
    folded = fold_clause(message)
    if _GUARDED_DISTRESS_WORDS.search(masked(folded)) is not None or _CRUSHED.search(folded) is not None:
        return True
    # "the knife's under my bed", "the blade's in my pocket": folding glues "'s" to the noun ("knifes"), which the
    # words' own boundaries miss; read the nouns without it too (net220, Round 114)
    bare = _GLUED_S.sub("", message)
    return bare != message and _GUARDED_DISTRESS_WORDS.search(masked(fold_clause(bare))) is not None


_GLUED_S = regex(r"(?<=[A-Za-z])['’]s\b")


EXPLAINED_VETOES = True


def explained(message: str) -> bool:
    """Whether the clauses that hold distress words have another reading the crisis reply's doubts
    name (doubt.py: someone else's story or saying, a joke or a story, a relative's death, a trip,
    a debt cleared, a job on the road), or the writer sets the words
    aside outright ("I'm not suicidal or anything"): the words are not the writer's distress now,
    and the line after the answer reads as not listening (safe11)."""
    clauses = split_clauses(message)
    at = frozenset(i for i, clause in enumerate(clauses) if _GUARDED_DISTRESS_WORDS.search(masked(fold_clause(clause.text))))
    if not at:
        return False  # the words span clauses, or are emoji: keep the line
    whole_masked = masked_whole(message)
    reason = doubt(message, clauses, at, whole_masked)
    if reason in EXPLAINING and not (reason == "frame" and owned(clauses, at)):
        return True  # a game or a joke around the writer's own words of giving away does not explain them
    return _NOT_IN_DANGER.search(whole_masked) is not None


# The writer says outright that the words are not about wanting to die ("I'm not suicidal or
# anything, just stressed", "我不是说我要做傻事"). The rules' wider set-asides (a negation anywhere
# before a cue, an everyday place) are not enough here: "我现在在宿舍楼顶吹风" and "我晚上下班走到
# 钱塘江边上…下去了就什么都不用还了" are set aside by them and are crises whose only 12356 is this line.
_NOT_IN_DANGER = regex(r"(不是|并不是|没有|并没有|不会)(说)?(我)?(要|想)?(做傻事|想不开|寻短见|轻生|自杀|想死|寻死)"
                       r"|\b(im|i am) not (suicidal|in (any )?danger|going to (do anything|hurt myself))\b")
# A past told as over is not here: one who says they once wanted to die still gets the line (round 8).
EXPLAINING = ("frame", "theirs", "elsewhere", "saying", "cleared", "routine")


def too_short(message: str) -> bool:
    """A word or two ("嗯嗯", "不是这个意思", "whatever"): fewer than SHORT_CHARS Chinese characters
    and fewer than SHORT_WORDS other words, where the readers' low floors are noise."""
    folded = fold_clause(message)
    return len(_HAN.findall(folded)) < SHORT_CHARS and len(_WORD.findall(folded)) < SHORT_WORDS


# Despair said in a word or two, with nothing else in the message ("真的没有办法了", "什么都没了"):
# too short for the readers' floors, and no word of death (safe10 probe: a bare decline, no 12356).
_BARE_DESPAIR = regex(r"^\W*(我|真的|实在|彻底|已经|现在|这下|反正)*\s?(是)?(没(有)?(任何|一点|别的)?(办法|法子|出路|活路|退路)(了)?|什么都没(有)?了|一无所有(了)?|全都没了|啥都没(有)?了)"
                      r"(真的|啊|呀|吧|了)*\W*$")


def needs_check_in(message: str, detectors: Detectors | None, crisis_probability: float = 0.0) -> bool:
    """Whether a reply that carries neither the crisis reply nor the check-in should be followed
    by the check-in line: any sign of distress or risk in the message (see the module doc).
    ``crisis_probability``: the topic classifier's probability of the crisis topic for it."""
    return check_in_reason(message, detectors, crisis_probability) is not None


def check_in_reason(message: str, detectors: Detectors | None, crisis_probability: float = 0.0) -> str | None:
    """The sign that earns the check-in line ("words", "bare despair", AT_CRISIS, "classifier", "learned"),
    or None (``needs_check_in``; benchmarks/safety_checkins.py counts them)."""
    if ending_set(message):
        return "words"
    # A letter asked for a lender or an office is read without its words: a letter is no farewell there (letters.py)
    read = without_letter_requests(message)
    if _CRYING.search(message) is not None or distress_words(read):
        if not explained(message):
            return "words"
        if EXPLAINED_VETOES:
            # the words explained away, but not a reader at its crisis floor (checkin92)
            return AT_CRISIS if _at_crisis(crisis_probability, read) else None
    # The readers' low floors are noise on a word or two ("嗯嗯", "不是这个意思", "算了算了" score
    # 0.1-0.5 for crisis by the classifier): there they count only beside a weak distress cue
    # (lexicon.py, the veto the learned crisis guess has too).
    folded = read
    if _BARE_DESPAIR.search(folded):
        return "bare despair"
    masked_folded = masked(folded)
    weak = distress(masked_folded)
    if too_short(message) and not weak:
        return None
    # ...and under a floor, beside neither a weak cue nor the writer ("快递员不肯出示证件" leans
    # 0.08 to crisis): a message about no one's life and not the writer's is noise there (safe9).
    # ...and, safe11: the writer alone no longer lowers it to CLASSIFIER_FLOOR (a question about
    # parents in a named province leaned 0.05-0.1: "会不会去黑龙江乡下找我爸妈"), and it never counts
    # on a message about paying off or getting through (leaning.THROUGH: "can't wait to be debt
    # free", "今晚就把借呗结清"): there the classifier leans on words of ending said of the debt.
    through = paid_then_done(masked_folded)
    # A business letter asked for, with no weak cue left once its words are out: the readers lean on "letter"/"信"
    # (0.2-0.4 on "i need a letter for the bank…"), a farewell sign elsewhere; not here (letters.py, safe54).
    through = through or (not weak and read != fold_clause(message))
    # ...nor thanks for a birthday's wishes or a party, which the readers weigh as a farewell's thanks (abuse195)
    through = through or thanks_for_occasion(message)  # (the whole message: mend202)
    if not through and crisis_probability >= CLASSIFIER_AT_CRISIS:  # (_at_crisis's own paid-off check: ``through`` has it)
        return AT_CRISIS
    if (crisis_probability >= ALONE_FLOOR or (crisis_probability >= CLASSIFIER_FLOOR and weak)) and not through:
        return "classifier"
    if detectors is not None and crisis_score(message, detectors) >= GATED_FLOOR and not through:
        return "learned"
    return None


def _at_crisis(crisis_probability: float, read: str) -> bool:
    """Whether the topic classifier stands at the floor of its own crisis reply (CLASSIFIER_AT_CRISIS), on a message
    that is not paying off or getting through with nothing left after it (``paid_then_done``)."""
    return crisis_probability >= CLASSIFIER_AT_CRISIS and not paid_then_done(masked(read))


# An ending told with no subject but everything, set at a time or "soon", and a life resigned (round 17:
# "今晚十二点以后就都结束了", "很快这一切都不重要了", "这辈子就这样了吧", "if i dont make it through tonight"):
# a veiled farewell as often as a weary sigh, so the check-in line, not the crisis reply; never beside a
# loan paid ("很快就不重要了 反正都还清了") nor a subject that ends ("今晚十二点以后就放假了", "这个月结束了").
_ENDING_SET = regex(
    r"(今晚|今天晚上|今夜|明天|明早|明晚|过了今晚|午夜|凌晨|天亮)([0-9一二三四五六七八九十两零半点钟整过]|以后|之后|过后)*(我)?(就|便)?(会)?"
    r"(都|全都|全|一切都|什么都|这一切都|一切|所有都)(会)?(结束|了结|解脱|没了|过去)了"
    r"|(很快|马上|过了今晚|明天|过几天|到时候|以后|快了)\S{0,3}(这一切|一切|什么|所有的?事|所有)(都|也)(就|会)?(不重要|无所谓|没意义|不在乎|没关系)了"
    r"|这辈子(就|也就|大概|估计|也|怕是)?(这样|这么着|这个样)(子)?了"
    r"|\bi (dont|do not|might not|may not|wont|will not) (make it|survive|last)( through)? (tonight|the night|till morning|until morning)\b(?!s|\W?s shift| shift| at work)")


def ending_set(message: str) -> bool:
    """Whether the message sets an ending to everything at a time or soon, resigns its life, or doubts
    surviving the night (_ENDING_SET), with no loan paid in it (scenes.REPAID)."""
    text = masked(fold_clause(message))
    return _ENDING_SET.search(text) is not None and _REPAID.search(text) is None


_REPAID = regex(REPAID + r"|\b(paid (it |this |them )?off|paid back|cleared|settled)\b")


# Leaving said beside the paying off: "借呗结清那天，就是我离开的那天", "先把借呗还上，然后我就可以安心地
# 走了" are no plans that go on (review12): the floors count there again.
# ...and the debt said to be no longer the writer's beside their family spared the worry or their weariness
# ("借呗还清了，可是我真的好累，过了今晚这些债就跟我没关系了": review38 found no line; safe29).
_LEAVING = regex(r"离开|走了|走的|安心\S{0,2}走|放心\S{0,2}走|下去|去找|去陪|解脱|不在了|了结|消失"
                 r"|不用再为我(操心|担心|费心)|累.{0,16}(跟我(再)?没(有)?关系了|没有?人(再)?催我)"
                 r"|\b(leave|leaving|gone|go away|disappear\w*|end it|be free of (it all|everything)|join)\b")


def paid_then_done(masked_folded: str) -> bool:
    """Whether a message speaks of paying off or getting through and of nothing to leave after it."""
    return bool(THROUGH.search(masked_folded)) and not _LEAVING.search(masked_folded)


__all__ = ["check_in_reason", "distress_words", "needs_check_in", "speaks_of_distress", "too_short"]


# The classifier's crisis probability at which a message with no loan question reads as distress
# said, not as noise: the floors above (0.05-0.2) give the line to billing questions too ("银行卡
# 已经扣钱了，为什么花呗还没还上" leans 0.0-0.17, the learned reader up to 0.86 on them).
SAID_FLOOR = 0.2


def speaks_of_distress(message: str, crisis_probability: float) -> bool:
    """Whether a message that earned the check-in says distress itself (its words, bare despair,
    or the classifier leaning to crisis at SAID_FLOOR) rather than tripping a low floor: only then
    does a reply with no loan answer open with the person (safety.json ``check_in_alone``)."""
    if crisis_probability >= SAID_FLOOR:
        return True
    return check_in_reason(message, None, 0.0) in ("words", "bare despair")

