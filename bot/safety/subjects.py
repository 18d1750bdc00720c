"""Death and farewell words said of another subject (issue 12, docs/safety.md Round 87): a crisis reading doubted
because the message tells whom or what the words are about, and it is not the writer's life now.

notnow.py sets aside everyday uses phrase by phrase (a thing or a limb "dead", a screen's violence). This reading is
its sister for a whole SCENE with a subject of its own, named by the message:

- "animal": a pet or a vet named ("我家猫", "兽医", "our old dog"): its fall, its death, its being put to sleep.
- "fiction": a work named (《活着》, a quoted title, "the novel", 电影, 主角): the deaths of its people.
- "at work": the writer at work as a helper ("我是急救员", "nurse here", "I volunteer on a hotline"): the people the
  writer rescues, treats or answers (救, 抢救, "pulled a man out", a patient, a caller).
- "occasion": an everyday farewell named (毕业, 离职, 退休, 搬家, "last day at work", "send her off", the airport):
  its goodbyes.
- "survived": a thrill named and over (跳伞, 蹦极, 过山车, "skydiving", "roller coaster") with the writer's fear of dying
  told as a past belief ("以为自己要死了", "thought I was going to die").

Each reading blanks what the scene says of its subject (the clauses naming the subject; for an English animal or story
also clauses with no first person; the goodbyes of an occasion; the belief of a thrill) and keeps the doubt only when
what is left holds no crisis wording (wording.CRISIS_WORDING), nothing grave (light.GRAVE) and no place or means of
the writer's own. A frame is no excuse (tests/test_safety_subjects.py holds the twins): nothing here holds beside the
writer's intent or wish (intent.INTENT, readings.KEEPS, notnow's wish and debt past bearing), a turn (light.TURN), the
writer taking the subject's end for their own ("就是我", "me too", "do the same", "跟着它去", "save myself"), the
debt told inside the scene (a story about a debtor is the writer's own, thinly veiled), a final goodbye ("永别",
"for the last time", "this is it") or a thrill with the safety left off or wished to fail. A doubt never drops 12356:
the reply is the loan answer with the check-in line (routing._safety_checked).

Where the crisis was read counts (mend131, review128): every clause a reader flagged (Signal.crisis_at) must be one
the scene tells, and not one the writer is in (but for a thrill's belief and an occasion, the writer's own moments,
and the helper named: "I'm a nurse"); with no clause named (routing_vet's classifier guess) no clause outside the
scene may have the writer in it. Being at work or leaving a job is the writer's own life: "at work" and "occasion"
are ordinary doubts that two agreeing readers overrule (not in doubting.WHOSE).
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import Clause, fold_clause, split_clauses
from .idioms import masked, masked_whole
from .intent import INTENT
from .light import GRAVE, TURN
from .notnow import _DEBT_DESPAIR, _JUMPED, _SAFETY_OFF, _WELCOMED, _WISH, _WRITER_NEXT
from .readings import KEEPS, SELF_TOO
from .wording import CRISIS_WORDING

# --- the subjects a scene names -------------------------------------------------------------------------------------
_ANIMAL = regex(r"猫|狗|猫咪|狗狗|小猫|小狗|仓鼠|兔子|鹦鹉|金鱼|乌龟|宠物|兽医"
                r"|\b(cats?|kittens?|dogs?|pupp(y|ies)|hamsters?|rabbits?|bunny|parrots?|goldfish|fish|turtles?|pets?|vets?|parakeets?|budgies?)\b")
_FICTION = regex(r"《|小说|电影|电视剧|追剧|剧里|剧中|书里|书中|这本书|那本书|故事里|主角|男主|女主|角色|纪录片|动画|漫画|话剧|大结局|编剧"
                 r"|\b(?<!long )(novel|book|film|movie|finale|episode|story|stories|character|heroine|villain|detective"
                 r"|documentary|chapter|cinema|thriller|tv show|the show)\b")
_AT_WORK = regex(r"我是\S{0,4}(急救员|护士|医生|大夫|消防员|警察|志愿者|救生员|兽医|护工|社工|心理咨询师|咨询师|殡仪馆|司机)|当了?\S{0,4}(护士|医生|消防员|志愿者|护工)"
                 r"|在\S{0,6}(急诊|急救|消防队|医院|icu|殡仪馆|热线|120|救护车)\S{0,4}(上班|工作|值班|当)|(急诊|消防|120|icu)\S{0,3}的?(护士|医生|司机|员)"
                 r"|\b(i'?m an? (\w+ ){0,2}(nurse|paramedic|doctor|firefighter|lifeguard|volunteer|vet|medic|emt|counsel+or|therapist|carer|caregiver|cop|police officer)"
                 r"|(nurse|paramedic|doctor|firefighter|lifeguard|medic|emt) here|i work (at|in|on|as) (a |an |the )?(\w+ ){0,2}(hospital|ward|icu|er|funeral home|hotline|crisis line|ambulance|fire station)"
                 r"|i volunteer|i care for)\b")
_OCCASION = regex(r"毕业|离职|辞职|退休|搬家|退伍|出国|留学|移民|欢送|散伙饭|送别|机场|谢幕|杀青|新公司|入职|最后一(节|堂)课|最后一天上班|在公司的?最后一天|老同事|战友|剧组|室友们"
                  r"|\b(graduat\w*|last day (at|of) (work|my job|the job|school|this company)|(colleague|coworker|co-worker|intern|boss|teacher)'?s? last day"
                  r"|last day today|farewell (party|lunch|dinner|card|drinks)|send (her|him|them|you) off|send-?off|retir\w*|moving (to|out|away|house)|moved out"
                  r"|leaving (the|this|my) (house|company|job|city|flat|apartment)|airport|last (performance|show|class|lesson)|the cast|new job|military service|my unit"
                  # (fa254: a wedding, a transfer, a move between cities)
                  r"|get(ting)? married|wedding|transferred|moving cities|last day at the (company|office|shop|store|restaurant|hospital))\b"
                  r"|结婚|婚礼|调到|调走|外派")
_THRILL = regex(r"跳伞|蹦极|过山车|鬼屋|蹦床|跳楼机|攀岩|潜水|冲浪|滑翔|高空秋千|玻璃栈道"
                r"|\b(skydiv\w*|bungee|roller ?coasters?|haunted house|zip ?line|paraglid\w*|rock climbing|scuba|drop tower|theme park|free ?fall ride)\b")

# What a scene says of its subject.
_RESCUED = regex(r"(?<![没不])救(了|回|上|活|起|出|人)|抢救|送(走|到)?\S{0,2}(医院|急诊)|出车|拉了|接\S{0,12}电话|病人|患者|伤者|照顾的|陪着?\S{0,4}(走|到最后)"
                 r"|\b(rescu\w*|saved (a|an|him|her|them|the|his|her|two|three|\w+ people)|pull\w* (\w+ ){0,3}(out|off|down|back)|got (\w+ ){0,3}(out|off|down)|cpr|treat\w*|patients?|callers?|calls from"
                 r"|answer\w* calls|lost a patient|passed away|he made it|she made it|they made it|brought (\w+ ){0,3}back|revived|resuscitat\w*)\b")
_GOODBYES = regex(r"告别|道别|说了?(声)?再见|再见|拜拜|送别|欢送|散伙|送\S{0,2}走|最后一(天|节|堂|场|次)|舍不得"
                  r"|\b(goodbyes?|good ?bye|farewell|send(-| )?off|said bye|last day|last (performance|show|shift|class|lesson)|see (you|ya))\b")
_BELIEVED = regex(r"以为\S{0,4}(要|会)?(死|没命)(了|掉|定了)?|觉得\S{0,4}(死定了|要死了|会死|\s?□)|吓(得)?半死|差点(吓)?死"
                  r"|\b(thought (i was|i'?d|i would|i might|i was gonna|i'?m) (going to |gonna )?(die|dead|be dead)|i was sure i would die"
                  r"|(nearly|almost) died|scared (me )?(half )?to death)\b")
# The thrill's own jump ("did a bungee jump", "跳了"), once a thrill is named.
_THRILL_JUMP = regex(r"跳|\bjump\w*\b")
_TITLE = regex(r"《[^》]{1,30}》|“[^”]{1,40}”|\"[^\"]{1,40}\"|(?<![A-Za-z])'[^']{1,40}'(?![A-Za-z])|‘[^’]{1,40}’")
# A named animal's pronoun ("送它走了", "她自己跑回来了" are the pet's when a pet is named).
_ANIMAL_PRONOUN = regex(r"它|\b(she|he|it)'?s?\b")
# An English clause told of a third person ("everyone in the family dies", "he made it"): its subject leads it.
_THIRD_EN = regex(r"^(he|she|it|they|the (\w+ )?(family|hero|heroine|character|villain|detective|dog|cat)|his|her)\b")
_FIRST_PERSON_EN = regex(r"\b(i|im|ive|id|ill|me|my|myself|mine)\b")
# The writer in a clause as its actor (not as an owner: "我家猫", "my cat"): an intent there is the writer's.
_WRITER = regex(r"我(?!家|们家|的|们的)|自己(?!跑|回|爬|走回|站)|\b(i|im|ive|id|ill|me|myself)\b")

# --- what no scene outweighs ---------------------------------------------------------------------------------------
# The writer taking the subject's end for their own, or coming to save or end themselves ("救不了自己", "想跳下去的是我",
# "that's going to be my ending too", "do the same", "I'm the one").
_MINE_TOO = regex(r"就是我|是我自己|的是我|像我|跟我一样|我的结局|救不了自己|给自己|对自己|自己也|我也|轮到我|一样的(结局|下场)|照着|跟(他|她|它)一样"
                  r"|我的人生|人生这本书|我的故事|替我|代我|去见|去找(他|她|它)|不如(早点|死|走|去)|没脸|什么脸|今晚|今夜|那一天|到那天"
                  r"|\b(is me|was me|about me|like me|same as me|my (own )?(ending|story|life)|do the same|same thing|on myself|save myself|myself|(i'?m|i am) the one"
                  r"|me too|my turn|join|be next|(i'?m|i am) next|for me|be with (her|him|them)|where (he|she|it) went|tonight\w*|is the day"
                  r"|thinking about|thought about|caught myself|found myself|know exactly)\b|知道(多少|哪种|怎么)")
# The writer as the one no one saves or treats ("no one will save me", "i'm the patient now", "救救我", "没救了").
_SELF_RESCUED = regex(r"救救?我|(没|不)救|没人(管|救|在乎)|\b((save|saves|saving|rescue|rescues|treat|treats|help|helps) me"
                      r"|(i'?m|i am) the patient|(no ?one|nobody) (will |would |is going to |gonna )?(save|rescue|treat|help|notice|miss))\b")
# The writer named as the vet ("我是兽医", "I'm a vet"): at work with their own means, not an animal's scene.
_WRITER_VET = regex(r"我是\S{0,4}兽医|\b(i'?m an? (\w+ )?vet|i work (at|in|for) an? (\w+ )?vets?)\b")
# The debt told at work, like a story about a debtor: nothing at work is said of it. Only past bearing or the loan
# given up ("还不上", "can't pay"): a helper asking to move a due date is still at work (the tests' paramedic).
_DEBT_AT_WORK = regex(r"还不上|还不起|\b(can'?t pay|cannot pay|drowning in)\b")
# Regret at surviving a thrill ("可惜没有", "shame i didn't", "would've been a nice way to go"): the fear was a wish.
_REGRET = regex(r"可惜|遗憾|失望|不如|\b(shame|pity|disappoint\w*|unfortunately|sadly|nice way to go|good way to go|wish)\b")
# A pet given away or left in someone's care (the writer's affairs put in order, affairs.py), not its own fall or death.
_REHOMED = regex(r"送(给|人|回|到)|托付|托给|交给|留给|拜托|领养|寄养|有人照顾|跟着(她|他)过"
                 r"|\b(gave|give|giving|given|rehom\w*|adopt\w*|left (my|the|our) (cat|dog|pet)|going to my|is with my|with my (sister|brother|mum|mom|dad|neighbou?r|friend)"
                 r"|(my|the|her|his) (sister|brother|cousin|neighbou?r|friend|mum|mom|dad|parents|aunt|uncle)|for good|keep (him|her|it)|can have|gets (my|the)|have my"
                 r"|goes to|dropped|not coming back|wont be back|(bye|goodbye|farewell) to (my|the|our) (cat|dog|pet|kitten|puppy))\b"
                 r"|\b(look after|take care of|care for|if i'?m gone|when i'?m gone)\b|照顾好|帮我照顾|不在了"
                 r"|(姐|哥|弟|妹|爸|妈|朋友|邻居|亲戚|表姐|表哥)家|跟(猫|狗|它)\S{0,3}(说|道)?(再见|告别)")
# A goodbye made final ("永别", "真的再见", "for the last time", "won't see me again", "this is it").
_FINAL = regex(r"永别|永远|真的再见|这次是真的|再也|不会再见|最后一次说|最后一条|世界|世上|人世|逾期|催收|找不到我|别找我|下辈子|对不起"
               r"|\b(forever|for ever|last goodbye|the last time|wont be around|won'?t see me|not going to be (here|around)|nice knowing|last message"
               r"|this is it|good run|tell my|sorry|overdue|collectors?)\b")
# The writer's own place or means outside the scene ("我从十楼下去", "I'm on a higher floor", "which meds would do it").
_PLACE_OR_MEANS = regex(r"楼|阳台|窗|天台|桥|河|江|海|湖|药|刀|绳|\b(floors?|balcon\w*|windows?|roof|bridge|river|sea|lake|ledge|cliff|edge|pills?|meds|painkillers?|tablets?|doses?|knife|rope|higher|swallow\w*|overdos\w*"
                        r"|insulin|pentobarbit\w*|nembutal|euthanasia (drugs?|solution|meds))\b|吞|胰岛素|戊巴比妥|安乐死的?药")
# Ways to die read up inside a scene ("reading up on painless ways to go"): a method, not a plot.
_WAYS = regex(r"方法|怎么死|无痛|\b(painless|ways to|how to)\b")
# The debt told inside the scene: a story about a debtor, a pet lost to the loan.
_DEBT = regex(r"债|欠|借呗|网贷|贷款|还不|\b(debts?|loans?|owe\w*|jiebei)\b")
# A thrill planned with its safety off or wished to fail ("不开伞", "not going to pull the cord", "hoping the cord snaps").
_THRILL_FAIL = regex(r"不开|别开|不拉|松开|就好了|希望|\b(not (going to |gonna )?(pull|open)|wont (pull|open)|hop\w* (the|it|that)|wish\w*|come loose|accident)\b")


def other_subject(message: str, clauses: list[Clause], whole_masked: str,
                  crisis_at: frozenset[int] | None = None) -> str | None:
    """"animal", "fiction", "at work", "occasion" or "survived" when the message names a scene whose subject is not the
    writer and its crisis words are all said of that subject (see the module doc), with nothing of the writer's own left
    once they are set aside; else None. ``whole_masked``: the message folded and masked (idioms.masked_whole).
    ``crisis_at``: the clauses a reader flagged (Signal.crisis_at); each must be one the scene tells (mend131: a crisis
    the learned reader, the scale or the farewell rule read in the writer's own clause is the writer's). None (or no
    clause named): no clause outside the scene may have the writer acting in it."""
    whole = whole_masked.lower()
    if TURN.search(whole) or SELF_TOO.search(whole) or _MINE_TOO.search(whole) or _DEBT_DESPAIR.search(whole) \
            or _WISH.search(whole) or _WELCOMED.search(whole) or _WRITER_NEXT.search(whole) or _SELF_RESCUED.search(whole):
        return None
    texts = [masked(clause.text).lower() for clause in clauses]
    flagged = crisis_at or frozenset()

    def within(told: set[int], own: bool = False, after: bool = False) -> bool:
        # every flagged clause is one the scene tells (with the writer in it only where the scene is the writer's own
        # moment, ``own``: a thrill's belief, an occasion; or as the helper named: "I'm a paramedic"); with none
        # flagged, the writer acts nowhere else. ``after``: a thrill's aftermath with no writer in it ("loved it",
        # "落地后开心到哭") may be flagged too (the learned reader reads a window; its wording is read by _clear)
        if any((i not in told and not (after and not _WRITER.search(texts[i])))
               or not own and _WRITER.search(_AT_WORK.sub(" ", _FRIGHT.sub(" ", texts[i]))) for i in flagged):
            return False  # (a pet's, a story's or a rescue's clause the writer is in is theirs too: "fine without me")
        return bool(flagged) or not any(_WRITER.search(t) for i, t in enumerate(texts) if i not in told)

    raw = [fold_clause(clause.text).lower() for clause in clauses]  # (the idioms mask "跳楼机")

    def telling(pattern: re.Pattern[str], *more: re.Pattern[str]) -> set[int]:
        return {i for i, t in enumerate(texts) if any(p.search(t) or p.search(raw[i]) for p in (pattern, *more))}

    english = not re.search(r"[\u4e00-\u9fff]", whole)
    if _ANIMAL.search(whole) and not _REHOMED.search(whole) and not _WRITER_VET.search(whole):
        told = {i for i, t in enumerate(texts) if _ANIMAL.search(t) or _ANIMAL_PRONOUN.search(t) and not _WRITER.search(t)
                or (english and _THIRD_EN.search(t)) or _fright_only(t)}
        if not _DEBT.search(whole) and _clear(whole, [texts[i] for i in told]) and within(told):
            return "animal"
    if _FICTION.search(whole):  # (a title counts beside a work named: "set my status to 'goodbye'" names none)
        titles = [t.lower() for t in _TITLE.findall(message)]
        told = {i for i, t in enumerate(texts) if _FICTION.search(t) or any(_folded_in(title, t) for title in titles)
                or "《" in message and "某书" in t  # (a 《title》 is folded to 某书, clauses.py)
                or (english and _THIRD_EN.search(t))}
        if not any(_DEBT.search(texts[i]) or _WAYS.search(texts[i]) for i in told) \
                and _clear(whole, [texts[i] for i in told]) and within(told):
            return "fiction"
    if _AT_WORK.search(whole):
        told = telling(_RESCUED, _AT_WORK)
        if told and not _DEBT_AT_WORK.search(whole) and _clear(whole, [texts[i] for i in told]) and within(told):
            return "at work"
    # (the occasion is read in the unmasked text too: the idioms blank "last day at work", fa254 Round 124)
    if (_OCCASION.search(whole) or _OCCASION.search(" ".join(raw))) and not _FINAL.search(whole) \
            and _clear(_GOODBYES.sub(" ", _OCCASION.sub(" ", whole)), []) \
            and within({i for i, t in enumerate(texts) if _OCCASION.search(t) or _OCCASION.search(raw[i]) or _GOODBYES.search(t) and not _WRITER.search(t)}, own=True):
        return "occasion"
    thrill = _THRILL.search(whole) or _THRILL.search(fold_clause(message).lower())  # (the idioms mask "跳楼机")
    if thrill and _BELIEVED.search(whole) and not _SAFETY_OFF.search(whole) and not _THRILL_FAIL.search(whole) \
            and not _REGRET.search(whole) and not _DEBT.search(whole):
        # the ride's name, the fear told as a past belief, the jump as a moment past
        said = _THRILL.sub(" ", _BELIEVED.sub(" ", _JUMPED.sub(" ", whole)))
        if not (INTENT.search(said) or KEEPS.search(said)) and _clear(_THRILL_JUMP.sub(" ", said), []) \
                and within(telling(_THRILL, _BELIEVED, _THRILL_JUMP), own=True, after=True):
            return "survived"
    return None


# The writer's fright at the scene told as the everyday "my heart stopped" (Round 93: "吓得我心脏骤停", "my heart
# literally stopped"): a reaction to the pet's near miss, read as told by the scene when nothing else is in its clause.
_FRIGHT = regex(r"(吓|惊)得?(我)?(的)?(心脏|心跳|心)(都|差点|快|一下)?(骤停|停了|停跳|漏跳|漏了一拍|停了一拍|要停了|跳出来)|(吓|惊)得?(我)?(的)?魂(都)?(没了|飞了)"
                r"|\b(my )?heart (literally |almost |nearly |just |actually |basically )?(stopped|skipped a beat|sank|dropped|was in my mouth)( for a (second|moment))?\b")
_FILLER = regex(r"[\W_]|我|了|的|都|真的|差点|简直|\b(and|i|my|literally|so|just|then|but|oh|omg|god)\b")


def _fright_only(text: str) -> bool:
    """Whether a clause holds the writer's everyday fright ("吓得我心脏骤停") and nothing else."""
    return _FRIGHT.search(text) is not None and not _FILLER.sub("", _FRIGHT.sub("", text)).strip()


def said_of_another(message: str) -> bool:
    """Whether every crisis word of the message is said of another subject it names (``other_subject``): what a
    classifier's crisis guess, made with no reader, may not rest on (routing_vet.vetted)."""
    return other_subject(message, split_clauses(message), masked_whole(message)) is not None


def _folded_in(title: str, text: str) -> bool:
    """Whether a quoted title's words are in a folded clause (folding drops the quotes and the brackets)."""
    words = re.sub(r"[《》“”\"'‘’]", "", title).strip()
    return bool(words) and words in text


def _clear(whole: str, told: list[str]) -> bool:
    """Whether ``whole``, once the clauses a scene tells of its subject are set aside, holds no intent, kept sign, place
    or means (intent.INTENT, readings.KEEPS: read on what is left and on the told clauses the writer acts in), no crisis
    wording and nothing grave."""
    rest = kept = whole
    for text in told:
        rest = rest.replace(text, " ")
        if not _WRITER.search(text):
            kept = kept.replace(text, " ")  # the subject's own act ("猫从二楼跳下去了"), not the writer's
    if INTENT.search(kept) or KEEPS.search(kept) or _PLACE_OR_MEANS.search(kept):
        return False  # (the writer's own clauses in a scene keep their intent, places and means: "taking the painkillers")
    return not (CRISIS_WORDING.search(rest) or GRAVE.search(rest) or _PLACE_OR_MEANS.search(rest))


__all__ = ["other_subject", "said_of_another"]
