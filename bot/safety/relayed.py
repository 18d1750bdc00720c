"""A collector's words relayed by the borrower without quotation marks (safe48): "催收说让我去跳楼", "对方说你家门口
那辆电动车挺新的啊", "the collector said i'd better die". The words of death in them are the collector's, said AT
the borrower: abusive collection, not the borrower's own crisis. quoted.py reads such words inside quotation marks;
this module reads them after a speech verb whose speaker is a collector (named in the clause, or in the clause
before when this one opens with the verb), up to the end of the clause or to where the borrower's own words turn
back ("…让我去死，我真的不想活了", "…said i should die and i think i will").

Two uses, both ADDING to what the crisis readers find (mend60: they read the relayed words as before; blanking
them hid the writer's own overdose or cut wrists told right after them, review69):
- ``adopted_death``: a death wish the borrower takes up as their own ("他说得对", "maybe i will"), not negated and
  not asked ("不同意他", "他说得对吗？当然不对"): the writer's crisis (cue "adopted").
- ``relayed_abuse``: the clauses whose relayed words wish death or harm on the borrower, or name the borrower's
  child, parents, spouse, home or vehicle together with knowing where, watching or harm (quoted.menacing, read with
  the borrower's "my" turned back into the collector's "your").
- Speakers who are not collectors (a relative, a friend, a boss: "我妈说再借就打断我的腿", "my boss said he will kill
  me") and words about the speaker's own self ("他说他不想活了": others.py) are never relayed.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause
from .quoted import menacing

# A collector as the one speaking, and the verb of saying or writing that introduces their words.
_SPEAKER_ZH = (r"(催收|催款|催债|要债|讨债|收债)(员|的人|的|公司的人|公司|那边|那边的人)?|对方|打电话(来)?的(人|男的|女的)?|那个(男的|女的|人)|那人"
               r"|陌生(人|号码)|他们|他|她")
_SAYS_ZH = (r"(今天|昨天|前天|刚才|刚刚|又|还|竟然|居然|直接|天天|一直|每次|每次都|都|在电话里|电话里|在短信里|短信里|在微信上|微信上|短信|微信|消息|打电话|发短信|发消息|发微信|留言)*"
            r"(说(?!实话|真的|白了|起来|到底|明|话|完|不定|不出|一句实话)|讲(?!真的|实话|道理)|话(?!费|题|筒|语|说)|骂|喊|吼|嚷|威胁(我)?(说)?|扬言|写着|写的是|回复|叫我|让我|要我|劝我|逼我|跟我说|对我说|告诉我)")
_RELAY_ZH = regex(rf"(?<![跟对和给向问叫让被替帮])({_SPEAKER_ZH}){_SAYS_ZH}")  # (not "跟她说…": the writer speaking to her)
# A clause that opens with the verb: the speaker is in the clause before ("催收又打电话来，说让我去跳楼").
_OPENS_ZH = regex(rf"^(又|还|就|然后|竟然|居然|直接|最后)?{_SAYS_ZH}")
_COLLECTION_ZH = regex(r"催收|催款|催债|要债|讨债|收债|借呗|花呗|网贷|逾期|欠|还钱|还款|对方")
# Not a collector: kin, friends, colleagues, a boss, the writer.
_NOT_COLLECTOR_ZH = regex(r"(妈|爸|爷|奶|哥|姐|弟|妹|老婆|老公|媳妇|对象|朋友|同事|同学|老板|领导|老师|室友|邻居|医生|客服|网友|我)$")

_SPEAKER_EN = (r"(the |a |that |this |one |some |another )?(debt |loan |collection |recovery )?"
               r"(collectors?|agents?|agency|callers?|officers?|guys?|man|men|woman|lady|stranger|people|loan sharks?)|they|he|she")
_SAYS_EN = (r"( (just|even|also|then|again|actually|literally|kept|keeps|was|were|on the phone|over the phone|in (a|the|his|her|their) (text|message|voice note|sms)))*"
            r" (said|says|saying|told me|tells me|telling me|texted( me)?|messaged( me)?|wrote|writes|shouted|yelled|screamed|threatened( me)?"
            r"|asked me why|asked why|tell me|say|keep saying|talk say|tell me say|dey say|come say)( to me| at me| me)?( that| say)?")
_RELAY_EN = regex(rf"\b({_SPEAKER_EN}){_SAYS_EN}\b")
_COLLECTION_EN = regex(r"\b(collect\w*|agents?|agency|loans?|debts?|owe\w*|lenders?|jiebei|alipay|repay\w*|pay|overdue|late)\b")
_NOT_COLLECTOR_EN = regex(r"\b(my|our|his|her) (\w+ )?(mum|mom|mother|dad|father|wife|husband|brother|sister|friend|boss|colleague|coworker|teacher|doctor"
                          r"|son|daughter|girlfriend|boyfriend|partner|roommate|neighbou?r|cousin|uncle|aunt)s? ?$")

# Where the borrower's own words turn back inside the clause: "我" that starts a statement of their own (not one
# the collector told them to make: 让我, 叫我, 说我), or "and/so/but i" in English.
_TURN_ZH = regex(r"(?<![让叫要逼劝说骂喊像你跟对给把被])我(真的|现在|已经|确实|实在|是真的|也|就|都|今晚|今天|这么|这样)*"
                 r"(想|不想|觉得|打算|准备|决定|受不了|撑不|扛不|熬不|活不|不活|快|已经|在|站在|坐在|买|攒|写|吃|喝|选)")
_TURN_EN = regex(r"\b(and|so|but|then|now|honestly|maybe|tbh|lol)\b( \w+){0,2}? (i|im|ive|id|ill)\b")
# The words are said AT the borrower, not of the speaker's own self ("他说他不想活了" is someone else at risk).
_AT_ME_ZH = regex(r"你|我|让我|叫我")
_OWN_SELF_ZH = regex(r"^(他|她|他们|他自己|她自己|自己)(?!的)")
_AT_ME_EN = regex(r"\b(you|your|u|ur|youd|youll|youre|i|im|id|ill|me|my|myself|yourself|people like me)\b")
_OWN_SELF_EN = regex(r"^(he|she|they|hed|shed|theyd|hes|shes|theyre|he will|she will|they will|he wants|she wants|they want)\b(?! (will|would|gonna|going to) (kill|hurt|find|come|break)| (saw|has seen|have seen|knows|know|watched|followed|found|visited|met)\b)")

# The borrower taking the words up as their own, anywhere in the message: read as without this module.
_ADOPTED = regex(
    r"(说|讲)(得|的)(对|没错|有道理|也对|也没错)|我(也|都|真的|开始|一直)*(觉得|想|在想|考虑)(他|她|他们|对方|催收)?(说得|说的)?(是)?(对|没错)"
    r"|(是不是|要不要|干脆|也许|或许|可能)(我)?(真的|就)?(该|应该)?(照做|照他说的|照他们说的|听他的|听他们的|这么做|这样做|如他所愿|如他们所愿|这样)"
    r"|(照做|如他所愿|如他们所愿|随了他们的愿|遂了他们的愿)|想想也是|也许(我)?(真的)?该|我(真的)?(该|应该)(去)?死|我(也|都)?(这么|这样)(想|觉得|认为)|我(也|都|真的)(想过|考虑过)(?!报警|投诉|举报|还|分期|协商|借|找)"
    r"|我(也|都)(是)?(这么|這麼|这样|這樣)?(觉得|覺得|认为|認為)(是|係|系|对|對)?(?=\s|$)"  # (a clause of its own: "我都覺得係")
    r"|(没法|无法|不能|没办法)反驳|反驳不了|无话可说|确实如此|说的是事实"

    r"|\b(hes|shes|theyre|he is|she is|they are|thats|that is|maybe (he|she|they|its))( probably| maybe| actually| kinda| kind of| just)? (right|true|correct)\b"
    r"|\bi (think|guess|feel like|suppose) i (will|might|should|shall|could)\b|\bmaybe i (will|should|might|shall)\b|\bi (might|may|will|should) (just )?(do it|do that|do as|listen)"
    r"|\b(ive|i have|i had|i)( also| too)? (thought|been thinking) (about|of) (it|that|doing it)\b"
    r"|(同意|认同|赞同)(他|她|他们|对方|催收)|(开始|有点|真的)(相信|认同|同意)"
    r"|\bgive (them|him|her) what (they|he|she) (want|wants|wanted|asked for)\b|\bagree with (him|her|them|that|it)\b|\bstarting to (agree|believe)\b"
    r"|\bmaybe (tonight |today |tomorrow |soon )?i(ll| will| should| might| shall)\b"
    r"|\b(has|have|got|gotten) a point\b"
    r"|\b(i agree|im (thinking|considering) (about )?(it|doing it)|thinking of doing it)\b")

# Death or harm wished on the borrower, in the collector's relayed words.
_HARM_ZH = regex(r"死|消失|从这个世界|跳(楼|河|江|海|桥|下去)|收尸|棺材|埋了|砍|卸|打断|废了|活着(也是|就是|有什么|还有什么)?(浪费|多余|没用|用|意思)|不配活|怎么不去|不如去|活该|不得好死|出事|好看")
_HARM_EN = regex(r"\b((not|shouldnt|should not|dont deserve to|do not deserve to) (be )?alive|waste of (oxygen|space|air|life)|die|dead|death|kill\w*|jump\w*|deserve to live|hang|bury|buried|coffin|corpse|break (your|my) (legs?|arms?|bones?)|hurt|harm|end (your|my) life)\b")
# The borrower's "my" turned back into the collector's "your", for quoted.menacing ("说知道我儿子在哪" → 你儿子).
_MINE_ZH = regex(r"(?<![让叫要逼劝])我(?!们)")
_MINE_EN = ((regex(r"\bmy\b"), "your"), (regex(r"\b(me|i)\b"), "you"), (regex(r"\bim\b"), "youre"))
# quoted.menacing also counts what collectors may lawfully do (call, tell, notify): relayed, only knowing where or
# watching, or harm, is read as menace; "说会打电话给我家人" stays the contact question it always was.
_WATCHING = regex(r"每天|天天|一个人|知道|清楚|认识|见过|看见|看到|记住|盯|蹲|等|门口|楼下|路上|在哪|几点|哪个|哪栋|哪所|哪家|住哪|查到|摸清|挺新|挺好|挺贵|可爱|漂亮|小心|注意|安全|出事|意外|身体|着火"
                  r"|\b(know|knows|seen|saw|watching|watch|outside|waiting|which|what time|where|every (day|morning|night|evening)|walk\w*|nice|cute|pretty"
                  r"|shame|careful|happen\w*|fire|accident\w*|safe)\b")


# The clause before one that opens with the verb has a collector as its subject ("催收又打电话来，说…"), not someone
# who saw the collector's message ("我妈看到催收短信，说…" is the mother speaking).
_LED_BY_COLLECTOR_ZH = regex(r"(今天|昨天|前天|刚才|刚刚|后来|然后|结果|又|还)*(催收|催款|催债|要债|讨债|收债|对方|打电话(来)?的|那个(男的|女的|人)|陌生(人|号码))")
_KIN = regex(r"妈|爸|爷|奶|哥|姐|弟|妹|老婆|老公|媳妇|媳婦|对象|對象|朋友|同事|同学|同學|老板|闆|领导|室友|邻居|鄰居|儿子|兒子|女儿|女兒|孩子|闺蜜|閨蜜|兄弟|家人|亲戚|親戚"
              r"|\b(mum|mom|mother|dad|father|wife|husband|brother|sister|friend|boss|son|daughter|girlfriend|boyfriend|partner|cousin|uncle|aunt|grandma|grandpa)s?\b")
_NAMED = regex(r"催收|催款|催债|要债|讨债|收债|对方|\b(collectors?|collection|agents?|agency|callers?|loan sharks?|recovery)\b")


def _relayed_span(clauses: list[Clause], index: int, collection: bool, named: bool) -> tuple[int, int] | None:
    """The span of the clause's folded text holding a collector's relayed words, or None."""
    text = clauses[index].text
    before = " ".join(clause.text for clause in clauses[:index]) + " "
    # (``chinese``, not ``relay is _RELAY_ZH``: a lazily built pattern's global is rebound at its first search, inside
    # this loop, while the tuple holds the stand-in: bot.patterns_lazy, PERF_LOG part 44)
    for chinese, relay, opens, not_collector, turn, at_me, own_self in (
            (True, _RELAY_ZH, _OPENS_ZH, _NOT_COLLECTOR_ZH, _TURN_ZH, _AT_ME_ZH, _OWN_SELF_ZH),
            (False, _RELAY_EN, None, _NOT_COLLECTOR_EN, _TURN_EN, _AT_ME_EN, _OWN_SELF_EN)):
        start = None
        for match in relay.finditer(text):
            speaker = match.group(1) or ""
            if not_collector.search(text[:match.start()] + speaker.split(" ")[0] if chinese else text[:match.start()]):
                continue  # "我妈说…", "my boss said…": not a collector
            if speaker.strip() in ("他", "她", "他们", "they", "he", "she", "people", "man", "men", "guy", "woman", "lady") \
                    and (not (collection and named) or _KIN.search(before + text[:match.start()])):
                continue  # a pronoun speaks for a collector only where one is named and no relative or friend is
                # named before it ("我老公借呗逾期了催收天天打 他说我们一家一起死了算了" is the husband: others.py)
            start = match.end()
            break
        if start is None and opens is not None and index > 0 and opens.search(text) \
                and _LED_BY_COLLECTOR_ZH.match(clauses[index - 1].text.strip()):
            found = opens.search(text)
            start = found.end() if found else None
        if start is None:
            continue
        words = text[start:]
        end = start + (found_turn.start() if (found_turn := turn.search(words)) else len(words))
        words = text[start:end].strip()
        if len(words) < 2 or own_self.search(words) or not at_me.search(words):
            continue
        return start, end
    return None


def relayed(clauses: list[Clause], message_folded: str) -> dict[int, tuple[int, int]]:
    """Each clause holding a collector's relayed words: its index and the words' span in its folded text."""
    collection = bool(_COLLECTION_ZH.search(message_folded) or _COLLECTION_EN.search(message_folded))
    named = bool(_NAMED.search(message_folded))
    spans = {index: span for index in range(len(clauses)) if (span := _relayed_span(clauses, index, collection, named))}
    for index, (_, end) in list(spans.items()):
        following = clauses[index + 1].text if index + 1 < len(clauses) and index + 1 not in spans else ""
        if end >= len(clauses[index].text.rstrip()) and (goes_on := _GOES_ON_EN.match(following)):
            # "…texted me that i should go / and jump off a bridge": a bare verb after "and" goes on with their words
            turn = _TURN_EN.search(following, goes_on.end())
            spans[index + 1] = (0, turn.start() if turn else len(following))
    return spans


# An English clause split off at "and" that goes on with the relayed words: a verb with no subject of its own.
_GOES_ON_EN = regex(r"\s*(and|or|then)\s+(?!(i|im|ive|id|ill|my|we|they|he|she|it|hes|shes|theyre|theyve|theyd|hed|shed|were|youre|youve|the|a|an|then|now|so|our|his|her|their|you|maybe|honestly|tbh|lol|really|probably|actually|tonight|today|tomorrow|soon|still"
                        r"|also|even|yet|if|when|because|its|thats|this|that)\b)[a-z]+")


def adopted(clauses: list[Clause], spans: dict[int, tuple[int, int]]) -> bool:
    """Whether the borrower takes the relayed words up as their own anywhere outside them ("他说得对", "maybe i will"),
    or asks whether they are true (a tag question closing the relayed clause: "催收说我死了债就清了，是真的吗").
    A taking-up that is negated or asked is not one ("不同意他", "他说得对吗？当然不对", "i don't agree with him")."""
    outside = " ".join(c.text[:spans[i][0]] + " " + c.text[spans[i][1]:] if i in spans else c.text for i, c in enumerate(clauses))
    taken = any(not _NEGATED.search(outside[max(0, m.start() - 12):m.start()]) and not _ASKED.match(outside, m.end())
                for m in _ADOPTED.finditer(outside))
    return taken or any(
        _ASKED_TRUE.search(clauses[i].text[s:e]) or (i + 1 < len(clauses) and _ASKED_TRUE.fullmatch(clauses[i + 1].text.strip()))
        for i, (s, e) in spans.items())


# Just before a taking-up: it is denied ("不同意他", "我不觉得他说得对", "i don't agree with him", "he's not right").
_NEGATED = regex(r"(不|没有?|別|别|並不|并不|並非|并非)(同意|认同|認同|赞同|贊同|觉得|覺得|认为|認為|相信|是|会|會)?(他|她|他们|他們|对方|對方|催收)?$"
                 r"|\b(not|dont|do not|doesnt|does not|didnt|did not|never|isnt|wont|hardly)( (think|believe|feel|say|agree|reckon))?\s?$")
# Just after it: a question ("他说得对吗", "is he right?").
_ASKED = regex(r"\s*(吗|嗎|么|麼|呢|？|\?|不对|不對|or not|(当然|當然|才|并|並)?(不对|不對|不是))")


def adopted_death(clauses: list[Clause], spans: dict[int, tuple[int, int]]) -> set[int]:
    """The relayed clauses wishing the borrower dead, when the borrower takes the words up ("催收说让我去跳楼，他说得对",
    "the collector said i should jump, honestly i have thought about it too"): the writer's crisis, whatever else
    the rules read."""
    if not spans or not adopted(clauses, spans):
        return set()
    return {i for i, (s, e) in spans.items() if _DEATH.search(clauses[i].text[s:e])}


_DEATH = regex(r"死|跳(楼|河|江|海|桥|下去)|活着(也是|就是|有什么|还有什么)?(浪费|多余|没用|用|意思)|不配活|收尸"
               r"|\b(die|dead|death|kill (yourself|myself)|jump\w*|deserve to live|end (your|my) life|hang (yourself|myself))\b")


_ASKED_TRUE = regex(r"(是真的吗|真的吗|是不是真的|是这样吗|真是这样吗)\s*$|\b(is (that|it|this) (true|right)|true or not)\s*$")


def relayed_abuse(clauses: list[Clause], spans: dict[int, tuple[int, int]]) -> set[int]:
    """The clauses whose relayed words wish death or harm on the borrower, or menace their people or places."""
    found = set()
    for index, (start, end) in spans.items():
        words = clauses[index].text[start:end]
        if _HARM_ZH.search(words) or _HARM_EN.search(words):
            found.add(index)
            continue
        yours = _MINE_ZH.sub("你", words)
        for mine, your in _MINE_EN:
            yours = mine.sub(your, yours)
        if _WATCHING.search(words) and menacing(yours):
            found.add(index)
    return found
