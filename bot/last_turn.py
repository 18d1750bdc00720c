"""A short last turn read with the risk the earlier turns carried (sessions196, issue 12, docs/safety.md Round 109).

bot.crisis_open, bot.risk_memory and bot.closing_after each read one shape of last turn in the light of the
conversation: a goodbye or a decision after a crisis reply, a remark of absence after soft risk, a closing with finality
after a refusal. Outside sessions still missed about a third of their crises in the LAST turn, where the turn's own words
stirred the readers but not to the crisis reply, because the single message is ambiguous: "这日子我过不下去了" after the
job was lost, "I just want to be with her again" after a mother's death and an overdue loan, "I can't do this anymore"
after a refusal.

The general reading, bounded on both sides:

- **Risk carried**: the conversation holds risk the turn can be read in: the writer's own crisis told and not settled
  (``crisis_open``), grave soft risk told (``_GRAVE`` of bot.risk_memory's kinds, or two others), or hardship told or
  relief refused after a loan answer (bot.routing_account.hardship_told, bot.closing_after.refused).
- **A sign of the turn's own**: a remark of the writer's absence (bot.risk_memory.absent_remark), words of an ending
  (``_ENDING``: life unbearable, the end of me), or after a close one's death a wish to join them (``_JOIN``). The
  classifier's crisis floor on the turn alone was the sign in sessions196 and lifted sad, tired and quitting turns as
  high as true crises ("我想哭", "I'm done with this app": review199); mend200 dropped it.
- **Bounds**: a short turn (``MAX_LAST``) of no loan matter or money (bot.crisis_open.short_closing), no question, and
  no plan or way through of the writer's own (``_COPING``: borrowing from a sister, tomorrow's talk, a grave visited on
  a holiday, "for today", pay tonight). Like the readers beside it, it only ever ADDS the crisis reply.
"""

from __future__ import annotations

from collections.abc import Sequence

from .continuity_places import loan_answered
from .crisis_open import short_closing
from .patterns import regex
from .questions import is_question
from .records import replace
from .risk_memory import absent_remark
from .routing_rules import SAFETY_FIRST, Route
from .safety import CRISIS
from .text import simplified_words

MAX_LAST = 40  # characters: a longer last turn tells a story of its own and is read as itself

# A plan or a way through of the writer's own: the turn is coping, not an ending ("那我也只能找我姐借了", "明天再说",
# "清明我去墓地陪她说说话", "I'm done for today, talk tomorrow", "I'll pay what I can tonight").
_COPING = regex(r"明天再|改天|下次|回头再|以后再|再说|慢慢|先(?!走|死)|下个?月|下周|下礼拜|周末|清明|扫墓|上坟|墓|找\S{0,4}借|借点|借一下|凑|打工|上班|工作|找工作"
                r"|申请|打电话|问问|想办法|办法总比|会好的|加油|撑过去|熬过去|挺过去|\b(?:tomorrow|later|next (?:week|month|time)|for today"
                r"|for now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|call|ask|apply|borrow|work|job|grave|visit"
                r"|figure (?:it|something) out|sort (?:it|this|things) out|get through|manage|try again"
                # (paying, and an answer that helped: "行 我今晚就去还", "great, that helps. I'm going now")
                r"|(?:i ll|ill|i will|im going to|i m going to|gonna|i can|let me) (?:just )?(?:re)?pay|helps|helped|helpful|great|good to know|perfect)\b"
                r"|去还|就还|还上|还给|有帮助|有用|太好了|放心了")
# An acknowledgement: thanks, ok, got it, 嗯, 知道了, 好的 (English words bounded: "k" and "ty" are no part of a word;
# review199).
_ACK = (r"谢谢你?|多谢|感谢|谢了|好的|好吧|行吧|知道了|明白了|收到|了解|嗯+|哦+|噢|好|行|\b(?:ok|okay|okey|k|thanks?|thank you|thx|ty"
        r"|got it|i see|understood|alright|all right|fine|cool|noted|sure|right|cheers)\b")
# ...and leave-taking: a sign-off and nothing else, read by bot.crisis_open and bot.risk_memory, not here ("i live alone
# with her" then "thanks, bye" stays a goodbye: signoff97's own bound)
_BYE = r"再见了?|拜拜|晚安|回见|\b(?:bye|goodbye|good bye|good night|goodnight|see you|take care|cya)\b"
# (the two word lists only ever build this one pattern, taken from the stored table like the module's others)
_SIGN_OFF_ONLY = regex(rf"(?:\s|\W|_)*(?:(?:{_ACK}|{_BYE})(?:\s|\W|_)*)+")

# The turn's own words of an ending, read only with risk carried (mend200 after review199, where the classifier's floor
# also lifted "我想哭", "I'm done with this app", "I'm going to sell my car"): life unbearable, the end of the writer
# ("这日子我过不下去了", "我的人生到头了", "this is the end for me", "i can't live like this anymore"); not a marriage
# or a job that cannot go on ("跟他这日子过不下去了"), nor the end of patience with an app.
_ENDING = regex(r"^(?!.*[跟和与](?:他|她|你|老公|老婆|男朋友|女朋友|对象)\S{0,3}过不下去).*?(?:日子|生活|人生)\S{0,4}过不下去了?|活不下去"
                r"|(?:人生|这辈子|我的?一生|我)(?:也|就|算是|彻底)?(?:走)?到头了"
                r"|\b(?:(?:this|it|that) (?:is|s) the end (?:for|of) me|the end of me|i cant (?:live like this|go on)(?: any ?more)?)(?=\W*$)")
# Wanting to join the dead, read only after a close one's death was told: plainly ("我想跟他一起走", "我想下去找他", "i
# just want to join her", "i want to go where she is"), or, once a loan was answered, as being with them ("我想去陪她", "i
# want to be with him"), the object a bare pronoun ending the turn: not a living one named ("我想回老家陪陪我爷爷", "i
# want to be with my family this weekend"), not going home to them ("我想回去陪他"), nor a grave visited. (A living one
# named just before, "grandma lives alone now" then "i want to be with her", in a loan conversation is read as the dead:
# the safe side, measured in docs/safety.md Round 109b.)
_JOIN = regex(r"跟(?:她|他)一起走|(?:下去|去那边|去下面|去天上)(?:陪|找)|\bi (?:just |really |only )?(?:want|wanna|wish) (?:to )?join (?:him|her|them)"
              r"(?: again| now| soon)?(?=\W*$)|\b(?:go|be) where (?:he|she|they) (?:is|are|went)\b")
_WITH = regex(r"(?<!回)(?:去|想)(?:陪|找)(?:她|他)(?:了|吧|啊)?(?:$|[，。！…\s])"
              r"|\bi (?:just |really |only )?(?:want|wanna|need|wish) (?:to )?be with (?:him|her|them)(?: again| now| soon)?(?=\W*$)")


# The soft risk kinds (bot.risk_memory.KINDS) that carry a risk a turn can be read in: death or absence, means, no way
# out; the others only two together, as bot.risk_memory weighs them (living alone on the 18th floor). One alone does not
# ("i'm a single mum" then "i live alone with her" is no crisis). A close one's death ("bereaved") carries only beside
# hardship told (a grieving "我想哭" is no crisis: review199), and alone only a wish to join the dead (_JOIN).
_GRAVE = frozenset({"death_debt", "if_gone", "means", "no_way"})
# Being left alone asked for ("没事 你别管我了", "唔使理我啦", "it's fine, just leave me alone"), read only after grave risk
# or days without food were told, or the writer's own crisis is open: after an instalment plan, "没事 你别担心我" is
# comfort (final206, Round 110). Only "me" ending the phrase: "能不能让他们不要管我家里人" is a request about family.
_LET_BE = regex(r"(?:别|不用|不要|甭|不好|没需要)(?:再)?(?:管|理|担心|理会)我(?:了|啦|吧|啊|呀|喇)?(?=$|[^\u3400-\u9fff])|随(?:便)?我去吧?"
                r"|\b(?:leave me alone|let me be|dont (?:worry|bother) (?:about|with) me|forget about me)\b")
# (the text is folded: 唔使 reads 不用, 唔好 不好, 冇需要 没需要.) Not when the writer says they will eat ("不用担心我，我马上去
# 吃", "don't worry about me, I'll grab food now"): comfort, no wish to be let be (mend218, Round 110b).
_WILL_EAT = regex(r"(?:去|马上|这就|现在|待会|等下|一会)(?:就)?(?:去)?(?:吃|点外卖|做饭|买饭)|吃点|点了外卖|叫了外卖"
                  r"|\b(?:grab(?:bing)? (?:some )?(?:food|something|a bite|lunch|dinner)|eat(?:ing)? now|ordering food|ordered food"
                  r"|(?:going|gonna) to eat|get(?:ting)? (?:some )?food|ill eat|cook(?:ing)? now)\b")


def carried_last(said: str, route: Route, answered: Sequence[str], *, crisis_open: bool, risk_told: Sequence[str],
                 hardship: bool) -> Route:
    """``route``, or the crisis reply for a short last turn read with the risk the conversation carried (see the
    module doc). ``answered``: the topics of every reply before; ``crisis_open``: no crisis reply to a helper and none
    settled (as bot.crisis_open.carried takes it); ``risk_told``: bot.risk_memory's kinds told before; ``hardship``: a
    turn told the writer cannot pay or was refused relief."""
    if set(route.topics) & set(SAFETY_FIRST):
        return route
    crisis_before = CRISIS in answered
    if crisis_before and not crisis_open:
        return route  # settled or a helper's: bot.crisis_open reads the turns after it
    crisis_open = crisis_open and crisis_before  # (the caller's flag also holds before any crisis reply)
    folded = simplified_words(said).strip()
    if not folded or len(folded) > MAX_LAST or not short_closing(folded):
        return route
    if _SIGN_OFF_ONLY.fullmatch(folded):
        # A sign-off or an acknowledgement alone ("ok thanks", "嗯，谢谢") is read by bot.crisis_open, bot.risk_memory and
        # bot.closing_after, not here: after a loan turn that followed the crisis reply, a plain thanks is thanked with
        # 12356 in view (tests/test_safety_round18.py pins it; Round 109 measured the other way and left it to the lead)
        return route
    told = set(risk_told) - {"bereaved"}
    # (asked to be let be: "随我去吧" ends in the particle a question may, and is none; a plan said beside it is coping)
    coping = bool(_COPING.search(folded))
    let_be = (crisis_open or bool(told & (_GRAVE | {"starving"}))) and bool(_LET_BE.search(folded)) and not coping \
        and not _WILL_EAT.search(folded)
    if is_question(folded) and not let_be or coping:
        return route
    bereaved = "bereaved" in risk_told
    carried = crisis_open or bool(told & _GRAVE) or len(told) >= 2 or (hardship and (loan_answered(answered) or bereaved))
    # (a remark of the writer's absence is itself a sign: any soft risk told carries it, "我家在十八楼，就我一个人" then
    # "来了也找不到我了"; bot.risk_memory alone asks two kinds or a giving-up word)
    if (absent_remark(folded) and (carried or told)) or (carried and _ENDING.search(folded)) or let_be \
            or (bereaved and (_JOIN.search(folded) or (loan_answered(answered) and _WITH.search(folded)))):
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    return route


__all__ = ["carried_last"]
