"""A feeling asked about (round 20, cls19): a borrower who says they are scared, sleepless or
panicking and asks how to bear it ("怎么才能缓过来", "how do I calm down?") or what will become of
them ("我接下来会怎么样 真的好害怕", "what's going to happen to me? i'm so scared") asks about the
feeling, and the worry reply (calm first steps, the matters to ask about, 12356) answers it. The
classifier read these as the loan matter their words brush against (collection_process for "会怎么样",
negotiate for "缓过来", prevention for "冷静下来") or declined the English coping questions.

A fear that names its consequence is not this: "我好怕他们上门" asks about visits and "怕上征信"
about the credit record, so the asking clause itself must name no loan matter. Nor is a feeling
about something else ("基金亏了 好焦虑 怎么办", "要考研了 紧张得睡不着 怎么调整"): the message
names the debt, or says nothing but the feeling and the question.
Matched on text.normalize()d text (``folded``) and on its clauses.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .feeling_owner import denied, owned
from .feeling_told import ANYTHING_AT_ALL, FEAR_NOUNS, FEARED_LATE, KIN, LOAN_NAMED, OWN_TELLING, RUIN, THEY_ASKED, spaced, told_only
from .feeling_words import ABOUT_ELSE, DUE_PASSED, MORE_SIGNS, PIDGIN_SIGNS, RING_DREAD, STATES, WHAT_NOW
from .patterns import regex
from .questions import is_question
from .safety import crisis_wording
from .text import normalize

WORRY = "worry"

# How to bear the feeling, asked: the question is about the feeling, not about the loan.
_COPING = regex(
    r"(?:怎么|如何|怎样|咋)(?:才能|才可以|能|可以|样)?(?:让自己|使自己|自己)?(?:调整|缓过来|缓解|面对|冷静|放松|好受|平复|平静|"
    r"调节|释放|减压|熬过去|撑过去|挺过去|走出来|排解|静下心|静下来|睡着|睡得着|好(?:一点|一些|受一点|过一点|起来)|不(?:那么|这么|再)?(?:怕|害怕|焦虑|慌|紧张|担心|胡思乱想))"
    r"|让(?:自己|我)(?:不(?:那么|这么|再)?(?:怕|害怕|焦虑|慌|紧张|担心)|冷静|放松|好受|平静)"
    r"|有(?:什么|啥)办法(?:能|可以)?(?:让自己|让我)?(?:冷静|放松|不怕|不慌|不焦虑|好受|平静|缓解|睡着|睡个好觉)"
    r"|\bhow (?:do|can|should|would) i (?:calm down|cope|deal with (?:it|this|the (?:stress|fear|anxiety|worry))|"
    r"handle (?:it|this|the (?:stress|fear|anxiety))|stop (?:worrying|panicking|freaking out|being (?:so )?scared|feeling)|relax|"
    r"get (?:some )?sleep|sleep|get through (?:this|it)|feel better|manage(?= *[.!?]* *$))\b"
    r"|\bhow (?:do|can) (?:people|others|other people) (?:handle|cope with|deal with|get through) (?:this|it)\b"
    r"|\bhow to (?:calm down|cope|stop (?:worrying|panicking|freaking out))\b"
    r"|\bwhat do i do with (?:all )?(?:this|the|my) (?:fear|anxiety|worry|stress)\b")
# What becomes of the writer, asked ("me", not "it"): "我会怎么样", "what's going to happen to me".
# "逾期了会怎么样" asks what happens to the loan: collection_process, untouched. ("我是不是要崩溃了"
# reaches here as "我会不会崩溃": bot.routing_certain reads the certainty first.)
_SELF_FATE = regex(
    r"我(?:接下来|以后|到底|这样下去|将来|最后)?(?:会|要)(?:怎么样|怎样|咋样|完蛋|崩溃)|我(?:是不是要|会不会)(?:崩溃|完蛋?)了?|"
    r"我(?:这样下去|以后)(?:该|要)?怎么办|以后(?:的)?日子(?:还|要|该)?怎么过"
    r"|\bwhat(?: s| is| will|s)? (?:going to |gonna )?happen(?:s|ing)? to me\b|\bwill i be (?:ok|okay|alright|all right|fine)\b"
    # ...or whether the writer is ruined, asked (ans69: "逾期了 心里好慌 是不是没救了"; counts only beside a feeling told).
    # The writer is its subject, or no subject is said (the clause starts there): "他是不是完了", "我的信用是不是完了"
    # ask about a relative or a thing (mend74, review87) and keep their readings.
    r"|(?:(?:^|[\s，,。.！!？?；;~…])(?:我的)?(?:这辈子|这一辈子|人生|这一生|一生)?|我(?:这辈子|这一辈子|的人生|这一生|的一生|人生)?)(?:是不是|会不会)(?:就|要)?(?:没救|完蛋?|毁|废)了"
    r"|\bam i (?:done|finished|doomed|ruined|screwed)\b")
# What to do, asked beside a feeling ("逾期了 怎么办 我好怕", "I'm overdue and scared, what should I do?"):
# the feeling is what is asked about when nothing else is named (not even money short: "还不上 好怕
# 怎么办" is negotiate's). A fear of calls or visits names its matter and keeps it.
_WHAT_TO_DO = regex(r"(?:该|要)?怎么办|咋办|咋整|(?:该|要)怎么做|有(?:什么|啥)办法\W*$|\bwhat (?:should|do|can|shall) i do\b|\bwhat do i do now\b")


def _what_to_do(folded: str) -> re.Match[str] | None:
    """What to do, asked: _WHAT_TO_DO's words, or the wider wordings of bot.feeling_words (cls25)."""
    return _WHAT_TO_DO.search(folded) or WHAT_NOW.search(folded)


def _sign(folded: str) -> bool:
    """Whether a sign of the body is told (_SIGNS, or in bot.feeling_words: pidgin, more signs, dread of the ringing)."""
    return any(p.search(folded) is not None for p in (_SIGNS, PIDGIN_SIGNS, MORE_SIGNS, RING_DREAD))
# Feelings the worry concept of the lexicon does not list: the body's signs of fear.
# (cls22: fear told in the body, as borrowers tell it: hands shaking, a racing heart, cold sweat,
# no appetite, a tight chest; and 压力大, the everyday word for it.)
_SIGNS = regex(r"失眠|噩梦|喘不(?:过|上)气|崩溃|快疯了|发抖|哆嗦|手(?:一直|都|在|直|还|也)*抖|吃不下|没(?:有)?胃口|睡不好|睡不着|心跳|心(?:怦怦|砰砰|扑通)|"
               r"冒冷汗|出冷汗|手心(?:出|冒)汗|(?:胸口|心口)(?:发|好|很)?(?:闷|堵|疼)|哭|压抑|浑身发冷|压力(?:好|很|太|特别|真的|实在|非常)?大|"
               r"\b(?:nightmares?|can ?t (?:eat|sleep)|cannot (?:eat|sleep)|(?:losing|lost|lose) (?:sleep|my appetite|appetite)|"
               r"(?:haven ?t|have not|hasn ?t) been able to (?:eat|sleep)|no appetite|chest (?:gets |is |feels )?tight|falling apart|"
               r"heart (?:keeps |is |starts )?(?:races|racing|pounds|pounding)|hands? (?:keep |are |is |start )?(?:shake|shakes|shaking|trembl\w*)|"
               r"cold sweats?|sick with worry|crying)\b"
               # cls23: the rest of the body's signs borrowers tell (a headache, the stomach, nausea, dizziness, hair
               # falling out, weight lost, palpitations, no strength; not 恶心 alone, which is disgust: "催收真恶心")
               r"|偏头痛|头(?:一直|好|很|老是|天天|每天|经常|总是)(?:疼|痛|晕|昏)|头(?:疼|痛)得|胃(?:一直|好|很|老是|天天|每天|经常|总是)(?:疼|痛|不舒服)|胃(?:疼|痛)得|拉肚子|想吐|反胃|干呕|恶心想吐|头晕|眩晕"
               r"|掉头发|头发[^，,。！？!?；;\s]{0,6}掉|脱发|心(?:一直|都|就|老是|天天)?(?:在)?(?:狂跳|乱跳|跳得(?:厉害|好快|很快|特别快))|心跳加速|心悸"
               r"|(?:浑身|全身|身上)(?:都)?(?:没劲|无力|发软|发麻)|(?:满脑子|脑子里)(?:都|全)是|只能睡[0-9一二两三四五六七八九十几个半]+(?:小时|钟头)|(?:一点|一点儿)?(?:食欲|力气)都没(?:有)?|没(?:有)?食欲|瘦了[0-9一二三四五六七八九十几好多]+斤|磨牙"
               # cls24: the heart, the night and the chest in more words (心脏砰砰跳, 惊醒, 没合眼, 胸闷, a tight chest,
               # waking at 4am); a sweat told as 一身(冷)汗 beside the debt
               r"|心脏(?:一直|老是|总是)?(?:怦怦|砰砰|扑通|突突|狂)跳|心(?:里)?(?:突突|怦怦|砰砰)(?:直)?跳|惊醒|醒好几(?:回|次|遍)|(?:没|合不上|闭不上)(?:合)?眼"
               r"|胸闷|胸口(?:发紧|好紧|很紧|紧)|一身(?:冷)?汗|心慌得(?:厉害|要命|不行|很)"
               r"|\b(?:tight chest|chest (?:is |feels )?(?:heavy|hurts|paining|pains)|wake (?:up )?at \d+ ?am|barely (?:sleep|eat)\w*|trembling)\b"
               r"|\b(?:headaches?|migraines?|stomach (?:hurts|aches?|pains?|cramps|is in knots|in knots|churns|churning)|nause\w+|throw(?:ing)? up|vomit\w*"
               r"|dizzy|dizziness|hair (?:is )?falling out|losing (?:my )?hair|lost (?:\d+|a lot of|so much) (?:weight|kg|kilos|pounds)|palpitations?"
               r"|can ?t stop (?:shaking|trembling|crying)|grinding my teeth|can ?t (?:focus|concentrate|think straight)|feel sick|panic attacks?)\b")
# Shame, or whether the feeling is normal, or not knowing where to begin (cls22): a feeling asked
# about ("我是不是很失败", "is it normal to feel this way", "don't know where to start"), not a matter.
_SHAME = regex(r"我是不是(?:很|太|特别|真的|挺)?(?:失败|没用|废物|差劲|无能)|觉得自己(?:好|很|特别|真|太|挺)?(?:失败|没用|丢人|丢脸|可耻|无能|窝囊)"
               r"|丢人|丢脸|羞愧|愧疚|自责|没脸|不敢见人|这种(?:感觉|心情|状态|情绪)(?:是)?正常(?:的)?吗"
               r"|不知道(?:该|要|应该)?从哪(?:里|儿)?(?:开始|下手|入手|着手)|不知道(?:该|要|应该)?先(?:做|干)什么"
               r"|\b(?:am i (?:a |such a )?(?:failure|loser)|feel (?:like )?(?:such |a |such a )?(?:failure|loser)|ashamed|embarrassed|humiliated"
               r"|normal to feel|(?:don ?t|do not) (?:even )?know where to (?:start|begin)|where do i (?:even )?(?:start|begin))\b")
# ...and whether it is normal, asked beside a feeling told otherwise ("心跳得厉害 这样正常吗").
_NORMAL = regex(r"(?:这|这样|这种)(?:是)?正常(?:的)?吗|\bis (?:this|that|it) normal\b"
                # ...or whether it is an illness (cls23: "浑身没劲 我是不是抑郁了", "am i depressed?")
                r"|我是不是(?:得了?|有)?(?:抑郁|焦虑)(?:症)?了?|\b(?:am i|is this|could this be) (?:depressed|depression|anxiety)\b"
                # ...or how bad it is, asked with no matter named, or whether others are in the same place (cls88: "紧张得饭都吃不香了
                # 会不会很严重啊", "有人跟我一样吗"): the feeling's question; a clause naming a matter keeps it ("征信会不会很严重")
                r"|(?:会不会|是不是|是否)?(?:很|特别|非常|太|有多)?严重(?:吗|么|嘛|不|啊|呀|吧)|会不会很严重|有多严重"
                r"|有(?:没有)?人(?:跟|和|像)我一样|\b(?:is it|is this|how) (?:that |really |very )?(?:bad|serious)\b|\bany ?one else (?:in|going through|like me)\b")
# The debt named in any words (the lexicon's loan and overdue concepts miss 欠的钱, 还钱, the money i owe; cls117: money
# not yet repaid, 还有多少钱没还, 要还的钱).
_DEBT = regex(r"欠|债|还钱|还款|还不上|钱没还|没还的钱|要还的钱|该还的钱|借呗|花呗|网贷|贷款|借款|逾期|催收|\b(?:debt|owe|owing|loan|jiebei|huabei|overdue|late|repay\w*|collectors?)\b"
              r"|\b(?:can ?t|cannot|unable to|able to) (?:re)?pay\b")
_CLAUSE_BREAK = regex(r"[,，。！？!?；;、…~]+|(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])")
# What the asking clause may name and still be about the feeling alone (bot.routing_questions._NO_MATTER's kin).
_NOT_A_MATTER = frozenset({WORRY, "loan", "overdue", "lender", "despair", "crisis_support", "greeting", "thanks",
                           "goodbye", "bot_self", "cannot_pay", "future", "consequence"})


# The chase told as what is happening now ("催收电话一个接一个", "the collectors keep ringing") is the usual
# company of being late, not a matter the fear names (cls23: body signs beside it had kept collection_process):
# its concepts count only in a clause that fears or asks ("怕催收打电话", "will they call").
_CHASE = frozenset({"collector", "call", "message"})
# A request or a wh-question asks too ("跟我说说催收流程", "walk me through the collection process", "what happens
# after 90 days", with no question mark): a body sign beside it keeps the loan topic first (review64 found worry
# leading them; mend56). Not "怎么办", which a feeling asks too (_WHAT_TO_DO), nor 什么都 (anything at all).
_REQUESTS = regex(r"讲讲|讲一下|说说|说一下|跟我说|给我说|告诉我|介绍|解释|会怎样|会怎么样|什么(?!都|也)|哪些|流程|步骤|过程|多久|多长时间"
                  r"|\b(?:explain|walk me through|tell me|describe|what (?:happens|will happen|will they|are the|are my|is the|does)|whats next|options"
                  r"|how (?:does|do they|long|many|much)|when (?:will|do|does)|steps|process)\b")
_FEARS_OR_ASKS = regex(r"怕|担心|担忧|会|吗|么|能不能|是不是|万一|如果|要是"
                       r"|\b(?:will|would|could|might|can(?! ?t\b)|scared|afraid|worried|fear\w*|if|whether|going to|gonna)\b")


def _matters(body: str, concepts: Callable[[str], set[str]], beside: frozenset[str] = _NOT_A_MATTER,
             feared_only: bool = False) -> set[str]:
    """The loan matters ``body`` names (lexicon concepts not in ``beside``), clause by clause, leaving out a
    clause with no fear or question in it that only tells the chase (collectors, calls, texts) as happening
    or tells a sign of the body (_SIGNS) where it shows. ``feared_only``: only the clauses that fear or ask
    (a message that asks nothing tells its story in the others: "借呗还差一点没还完 我慌了"; cls88)."""
    found: set[str] = set()
    for raw in _CLAUSE_BREAK.split(body):
        clause = normalize(raw)
        named = concepts(clause) - beside if clause.strip() else set()
        if named and feared_only and not (_FEARS_OR_ASKS.search(clause) or _REQUESTS.search(clause)):
            continue
        if DUE_PASSED.search(clause):
            named.discard("bill")  # "花呗还款日过了": lateness told (cls25), not a billing question
        if named and (named <= _CHASE or _sign(clause)) and not (_FEARS_OR_ASKS.search(clause) or _REQUESTS.search(clause)):
            continue
        if named and named <= KIN and OWN_TELLING.search(clause) and not THEY_ASKED.search(clause):
            continue  # the writer telling the family or hiding it from them ("不知道怎么跟家里说"): no fear of contact (cls88)
        if named and named <= _CHASE and RING_DREAD.search(clause):
            continue  # the phone's ringing dreaded ("最怕手机响"): the fear's sign, not a question about calls (ans69)  # (a sign's own clause names where it shows: "can't concentrate at work", "上班都在发呆")
        found |= named
    return found


# Any asking word, with or without a question mark ("i'm stressed, how do i manage my repayments better"): a plain
# fear word beside it is no feeling told alone (cls81; test_routing_cls24).
_ANY_ASK = regex(r"怎么|怎样|如何|咋|什么|啥|吗|嘛|呢|多少|哪|是不是|能不能|可不可以|会不会|要不要|有没有"
                 r"|\b(?:how|what|when|where|why|which|who|can i|could i|should i|will (?:they|it|i)|would (?:they|it))\b")
# "Anything at all" asks nothing ("吃什么都没胃口": the sign, not a question; ans69).
_ANYTHING = ANYTHING_AT_ALL
# Readings that answer no loan matter: worry replaces them outright.
_NO_LOAN_READING = frozenset({"out_of_scope", "capabilities", "greeting", "thanks", "goodbye", "about_jiebei", "prevention"})


def _no_loan_reading(topic: str, folded: str, concepts: Callable[[str], set[str]]) -> bool:
    """Whether ``topic`` answers no loan matter of this message: _NO_LOAN_READING, or what comes after repaying
    when nothing repaid is told (ans69: "借呗逾期三天了 心里慌得不行 我是不是完了" had kept it second)."""
    return topic in _NO_LOAN_READING or (topic == "after_repayment" and "repaid" not in concepts(folded))


def _owned_sign(body: str, patterns: tuple[re.Pattern[str], ...] = (_SIGNS, PIDGIN_SIGNS, MORE_SIGNS, RING_DREAD, _SHAME)) -> bool:
    """Whether a sign of fear or shame (_SIGNS, _SHAME) is told of the writer, felt now, in some clause of
    ``body``: not denied ("我没有失眠", "I'm not crying"), nor someone else's ("我妈哭了", "my wife is
    anxious"), nor played down by the next clause (review52 #2: these made worry lead)."""
    clauses = [normalize(c) for c in _CLAUSE_BREAK.split(body) if normalize(c).strip()]
    for index, clause in enumerate(clauses):
        after = clauses[index + 1] if index + 1 < len(clauses) else ""
        for pattern in patterns:
            if any(owned(clause, m.start(), m.end(), after) for m in pattern.finditer(clause)):
                return True
    return False




def _felt(folded: str, concepts: Callable[[str], set[str]], body: str | None = None) -> bool:
    signs = _sign(folded) or _SHAME.search(folded) is not None
    if WORRY in concepts(folded) or FEAR_NOUNS.search(folded) or (signs and (body is None or _owned_sign(body))):
        return True
    # A state of mind told ("心好累", "整个人都懵了", "helpless"; cls25), the writer's own where a body is given.
    return STATES.search(folded) is not None and (body is None or _owned_sign(body, (STATES,)))


def _felt_before_states(folded: str, concepts: Callable[[str], set[str]]) -> bool:
    """Whether a feeling is told by the words read before cls25's states of mind (worry, a sign, shame)."""
    return WORRY in concepts(folded) or _sign(folded) or _SHAME.search(folded) is not None


def feeling_asked(topics: list[str], body: str, concepts: Callable[[str], set[str]]) -> list[str]:
    """[worry] for a message that states a feeling and asks how to bear it or what becomes of the
    writer, in an asking clause that names no loan matter; ``concepts`` gives the lexicon concepts
    found in a folded text. One topic read, and not worry already: otherwise the topics unchanged.
    A feeling told in the body or as shame, with nothing else asked, is read too (``_told``)."""
    if len(topics) != 1 or topics[0] == WORRY:
        return topics
    folded = spaced(normalize(body))  # (an English word glued to Chinese spaced apart for \b: cls88)
    asked_topics = _asked(topics, body, folded, concepts)
    return asked_topics if asked_topics != topics else _told(topics, body, folded, concepts)




def _told(topics: list[str], body: str, folded: str, concepts: Callable[[str], set[str]]) -> list[str]:
    """[worry, ...] for fear told in the body or as shame about the debt ("my hands shake every time
    the phone rings", "吃不下 睡不着 满脑子都是欠款", "觉得自己好丢人") with no question but the feeling's
    and no loan matter named: the feeling leads, the loan reading stays second. A plain fear word beside
    lateness counts only when nothing at all is asked (cls81: "借呗逾期了我好害怕" → worry, collection_process);
    with a question beside it the loan answer leads (bot.routing_questions._feeling_defers: what happens next calms)."""
    # Any loan reading is the words the feeling brushes against (the lateness it tells, 花呗 for using it,
    # "can't pay" for going dark) when it names no matter; a crisis guess only when vetting would refuse it.
    misread = topics[0] not in ("crisis", "abusive_collection") or not crisis_wording(body)
    # What the message asks, read without what it only tells (cls88): "anything at all" (什么都做不进去) and the
    # writer's own not-knowing (不知道以后会怎么样, "no idea what comes next") ask nothing of the reader.
    asking = RUIN.sub(" ", told_only(spaced(body.lower())))  # (a ruin asked of oneself is a feeling, below)
    apart = folded  # (spaced already: "anxiety爆表", "好stress啊", an English feeling word glued to Chinese; cls88)
    # A plain fear word counts too when the message asks nothing at all (cls81: "宝宝刚出生 花呗逾期了 焦虑死了",
    # "pregnant and behind on my loan, can't stop panicking"): the feeling is all that is told, so it leads and the
    # loan answer stays second. Asked beside a question it is bot.routing_questions._feeling_defers' case.
    # A state of mind (心好累, 天都塌了, overwhelmed; bot.feeling_words.STATES) and a ruin asked of oneself ("我是不是
    # 完蛋了", "am I ruined?") are such feelings too (cls88: the independent set read them as collection_process).
    # (a state or a ruin needs the loan itself named: "会员逾期没续费 烦死了" is about a membership; mend70)
    word = _WORRY_WORDS.search(apart) is not None or ((STATES.search(apart) is not None or RUIN.search(apart) is not None)
                                                        and LOAN_NAMED.search(apart) is not None)
    plain = not (_sign(folded) or _SHAME.search(folded)) and word \
        and not is_question(asking) and not _REQUESTS.search(normalize(asking)) and not _ANY_ASK.search(normalize(asking))
    # Dread of the phone ringing is the debt's company in itself (cls240: "every time my phone rings my heart drops"
    # tells no debt, and the decline it got answered nothing), unless the message gives it another reason.
    rung = RING_DREAD.search(apart) is not None and ABOUT_ELSE.search(apart) is None
    if topics[0] == "abusive_collection" or not misread or not (_sign(folded) or _SHAME.search(folded) or plain) \
            or not (_DEBT.search(apart) or rung):
        return topics
    if not _owned_sign(spaced(body), (_WORRY_WORDS, STATES, RUIN) if plain else (_SIGNS, PIDGIN_SIGNS, MORE_SIGNS, RING_DREAD, _SHAME)) \
            or (plain and _all_denied(body)):
        return topics  # "我一点也不觉得丢人", "我妈哭了", "I'm not crying": no feeling of the writer's told
    # Nothing at all asked and a sign of the body told: the chase itself dreaded ("我真的很害怕接到催收电话 一响我就发抖") is the feeling's
    # company too, as the chase told as happening is (_CHASE); a fear of visits, the family or the court still
    # names its matter (cls88).
    silent = not plain and not (is_question(asking) or _REQUESTS.search(normalize(asking)) or _ANY_ASK.search(normalize(asking)))
    # With nothing asked at all, a matter only told in the story is no matter the fear names (cls88).
    # (Not when lateness itself is what is feared: "我怕逾期…所以我要关闭花呗", "想还借呗 银行卡限制 担心逾期影响信用"
    # tell no late loan, and their practical matter stands; pool.)
    told_story = (plain or silent) and not FEARED_LATE.search(folded)
    if _matters(body, concepts, _NOT_A_MATTER | _CHASE if silent else _NOT_A_MATTER, feared_only=told_story):
        return topics  # "睡不着 怕他们上门": the fear names its matter
    if (is_question(asking) or _REQUESTS.search(normalize(asking))) and not (_COPING.search(folded) or _SELF_FATE.search(folded) or _SHAME.search(folded)
                                  or _NORMAL.search(folded) or _what_to_do(folded)):
        return topics  # "逾期了 睡不着 接下来会怎样": a loan question asked
    return [WORRY] if _no_loan_reading(topics[0], folded, concepts) or topics[0] == "crisis" else [WORRY, topics[0]]


def _asked(topics: list[str], body: str, folded: str, concepts: Callable[[str], set[str]]) -> list[str]:
    """feeling_asked's reading of a feeling asked about (how to bear it, what becomes of me)."""
    shame = _SHAME.search(folded) if _owned_sign(body, (_SHAME,)) else None  # (not "我一点也不觉得丢人")
    asked = _COPING.search(folded) or _SELF_FATE.search(folded) or shame or _NORMAL.search(folded)
    if asked is None and _what_to_do(folded) and not _matters(body, concepts, _NOT_A_MATTER - {"cannot_pay"}):
        asked = _what_to_do(folded)
    if asked is None or not _felt(folded, concepts, body):
        return topics
    if not _DEBT.search(folded) and ABOUT_ELSE.search(folded) and not _felt_before_states(folded, concepts):
        return topics  # a state of mind told with its own reason ("a mess after the breakup", "天塌了 高考没考好"; review77 §3)
    # Clauses by punctuation and by the spaces Chinese messages separate them with (split_clauses
    # keeps "股票跌了 好焦虑 怎么才能冷静下来" whole).
    clauses = [normalize(c) for c in _CLAUSE_BREAK.split(body) if normalize(c).strip()]
    asking = next((c for c in clauses if asked.group(0) in c), asked.group(0))
    if concepts(asking) - _NOT_A_MATTER:
        return topics  # "怎么才能不上征信": the clause asks about a matter, not the feeling
    if not _COPING.search(folded) and _matters(body, concepts):
        return topics  # "scared they'll sue me, what will happen to me?": the fear names its matter
    others = [c for c in clauses if asked.group(0) not in c]
    # A feeling about the debt, or nothing said but the feeling and what becomes of me ("慌死了 我到底会
    # 怎么样"); how to calm down with no debt named may be about anything ("anxious about my exam results").
    alone = _SELF_FATE.search(folded) is not None and all(_felt(c, concepts) for c in others)
    # ...or nothing but the feeling and what to do ("慌死了 现在该做什么", "so worried I can't think straight,
    # what do I do now"; cls25), with no reason for it told ("紧张得睡不着 因为要考研了 怎么办" is not).
    alone = alone or (bool(others) and all(_felt(c, concepts) and not ABOUT_ELSE.search(c) for c in others))
    loan_world = concepts(folded) - {WORRY, "greeting", "thanks", "goodbye", "bot_self"}  # 征信, calls, collectors...
    if _DEBT.search(folded) or loan_world or alone:
        # The loan matter read before stays second: "借呗逾期了，我好怕，手里只有两千，怎么办" gets the
        # calm first steps and then the article's advice (review41: worry alone had dropped it).
        return [WORRY] if _no_loan_reading(topics[0], folded, concepts) else [WORRY, topics[0]]
    return topics




# The worry words worry is read from (the lexicon's worry concept, in its common words); when every one
# of them is denied where it stands ("我不焦虑", "焦虑有什么用，借呗逾期了怎么办"; review56 #5) and no sign
# is owned, worry does not lead with "听起来你现在很害怕". Read word by word: one owned word keeps it.
_WORRY_WORDS = regex(r"焦虑|害怕|担心|恐慌|恐惧|紧张|心慌|慌|怕"
                     r"|\b(?:anxious|anxiety|worried|worry|worrying|scared|afraid|frightened|terrified|nervous|panick?\w*|stressed|stress|overwhelmed|dread\w*)\b")
_DECLINED = "out_of_scope"
# ...the writer's own denial only: "别怕", "不要焦虑", "don't worry" bid someone not to feel it ("我爸在天上看着
# 你们呢，别怕" keeps worry: test_safety_probe12).
_BIDDEN = regex(r"(?:别|不要|不用|不必|甭)(?:太|再|那么)?$|\b(?:don ?['’]?t|do not|no need to)\s+(?:be\s+)?$")


def _all_denied(body: str) -> bool:
    """Whether ``body`` names a worry word and denies every one of them in its clause."""
    clauses = [normalize(c) for c in _CLAUSE_BREAK.split(body) if normalize(c).strip()]
    found = [(clause, m) for clause in clauses for m in _WORRY_WORDS.finditer(clause)]
    return bool(found) and all(denied(clause[:m.start()], clause[m.end():]) and not _BIDDEN.search(clause[:m.start()])
                               for clause, m in found) and not _owned_sign(body)


def worry_denied(topics: list[str], body: str) -> list[str]:
    """Without worry when it leads on a feeling only denied: the other readings ("焦虑有什么用，借呗逾期了
    怎么办" → collection_process), or, with no debt named, the decline "我没事" and "I'm not anxious" get
    for "我不焦虑" alone."""
    if not topics or topics[0] != WORRY or not _all_denied(body):
        return topics
    if len(topics) == 1 and _DEBT.search(normalize(body)):
        return topics  # (a debt named and nothing else read: worry's calm steps beat a decline)
    return topics[1:] or [_DECLINED]


__all__ = ["feeling_asked", "worry_denied"]
