"""Frames that change what crisis wording means, for the whole message or one window.

- **Told as over**: a hard time in the past, with the present said to be better ("前年想过轻生，
  后来看了医生，现在好多了", "I was suicidal two years ago but got help, I'm fine now"). The
  words of despair are a memory, not a signal; unless the message says it is back ("最近又开始
  想", "it's coming back"). Both halves are needed: a past alone ("上次没死成") or a "now fine"
  alone ("i'm fine, just tired of living") is not enough.
- **Fiction**: a film, a series, a novel or a game, told about its characters ("电影里主角被逼得
  跳楼", "I unalived my character 20 times"); unless the speaker puts themselves in it ("我也想
  跟他一样", "it made me want to...").

Matched on folded, idiom-masked text. Both are set-asides: the rules' cues and the learned
reader's guess are dropped under them (crisis.crisis_cues, crisis.set_aside).
"""

from __future__ import annotations

from functools import lru_cache

from ..patterns import regex
from .arranged import COVER_DENIED
from .clauses import split_clauses, windows
from .cue import sentences_of

_PAST = regex(
    r"以前|之前|曾经|前几年|前些年|前[0-9一二两三四五六七八九十几]+(年|个月)|前阵子|前段时间|前些日子|前些天|那时(候)?|那年|那几年|那会|当年|那段(时间|日子)|去年|前年|几年前|[0-9一二两三四五六七八九十几]+年前|当时|过去|年轻的时候|上半年"
    r"|\b(used to|last (year|spring|summer|autumn|fall|winter)|(a|one|two|three|four|five|few|several|couple of|[0-9]+) (years?|months?) ago"
    r"|back then|at the time|back in|in the past|(many |some )?years ago|long ago|ages ago|as a (teen|teenager)|(was|were) (in|going through) a (very |really )?(dark|bad|hard) (place|way|time)|once)\b")
_NOW_OK = regex(
    r"(心里|心情|现在)(也)?(已经)?(轻松|好受)(多)?了|"
    r"(现在|今年|如今|这(一)?年|这几年)(已经|也|都)?(好多了|好了|挺好|很好|好好的(?!一?(个|家|位|份|条)|(的)?(生活|日子|家|人|工作|身体|婚姻|前途|孩子|青春|人生|前程))|一切都好|没事了?|稳定|正常|走出来|想开了|不会了|不这么想了)|已经(走出来|好了|想开了|没事了)|(熬|挺|走|撑)(过来|出来)了|(已经|终于)?上岸(了)?"
    r"|后来.{0,12}(找到|找了|有了|稳定|好了|好起来)|已经好起来了|慢慢(还清|好起来|走出来|还上)|(工作|收入|生活)(也)?稳定(了|下来)"
    r"|(心态|心情|状态|日子|生活)(也)?(已经)?(好多了|好起来了|稳定了|挺好|还不错|好了)|早就没事|都过去了|(看|找)了?心理医生"
    # (a closed past told as the present's ordinary good, Round 93: "现在…状态很好", "现在有家有孩子，过得挺好", "停药很久了")
    r"|(心态|心情|状态|日子|生活)(也)?(一直)?(很|非常|特别|蛮)(好|不错|稳定)|过得(也)?(挺|很|还|蛮|非常|特别)(好|不错|开心|幸福|踏实|稳定)|停药\S{0,4}(很久|好久|多年|几年|[0-9一二两三四五六七八九十几]+年)"
    r"|\b((doing|feeling|much|so much|a lot|way) better|(doing|been doing) (well|fine|ok|okay|good)|(therapy|counsell?ing|treatment|medication) (helped|works|worked)|(im|i am|hes|he is|shes|she is|were|we are|theyre) (fine|ok|okay|stable|good|safe|alright|happy) now|(long|well|far) behind (me|us)"
    r"|(got|getting|gotten|get) (through (it|that)|help|better|treatment)|recovered|(in|into|started|after) (treatment|therapy)|stable for"
    r"|(its|it is|thats|that is) (all )?(behind|over)|past that|(ive|i have|weve|we have) (now )?(paid|cleared|repaid) (off )?(most|all|half|almost all|nearly all)( of)? (it|them|the debts?|my debts?)( off)?|seeing (a therapist|a counsell?or|someone weekly))\b")
_BACK = regex(r"又(开始|想|有|在想|冒出|不行|撑不住|扛不住|熬不住|坚持不住|崩溃|割|划|吃|吞|回来|来了)|最近又|再次(想|有)|(念头|想法|感觉)\S{0,2}回来了"
             r"|\b((thoughts?|urges?|feelings?|it|they) (are|is|have|has|came|come) (come )?back)\b|\b((thoughts?|urges?|feelings?|it|thinking|talking|talked|wants?|wanting|started|starting|considering) (\w+ ){0,4}again"
    r"|relaps\w*|(its|it is|they are|theyre) (coming )?back|coming back)\b")

# Any other crisis signal in the message keeps the crisis reply whatever a doubt explains (safe17,
# review27): a doubt (healed, care, quoted, elsewhere) cancels only the reading that rests on the very
# words it explains. An amount of pills taken (那盒, 两盒, 一整瓶, "20 of", all), not waking up wished
# for, one's own end (放心走了, 最后一天活着), a method with a time, fresh harm told in the past (昨晚划了,
# "tonight I cut"), a song line the writer adopts (照做, 说的就是我, "and I mean it"), a payout after
# one's own death (等我没了, 出了意外…解脱).
KEEPS = regex(
    r"(吃|吞|喝)(了|掉|下)?\S{0,8}([0-9两二三四五六七八九十几]+|一整|整|那|这)(盒|瓶|板|罐)|(盒|瓶|板|把)\S{0,8}(都|全|全部)(吃|吞)|全(部)?(吃|吞)(了|掉|下|光)|(吃|吞)(光|完)了"
    r"|不(想|要|用)再?醒(来|过来)|(再也|永远)(不|别)(会)?醒|放心(地)?走|(可以|能)安心(地)?走了|最后一天(活着|在这个世界|在人世)|活着的最后一天"
    r"|(今晚|今天|明天|马上|现在|等下|一会).{0,10}(全部?吃|吃掉|吞掉|都吃了|全吞|割腕|跳下去|不回来)|(江边|河边|海边|湖边|桥上|楼顶|天台).{0,8}(不回来|不回去)"
    r"|(昨晚|昨天|今晚|今天|刚才|刚刚)\S{0,8}(划|割)(了|开)(?!\S{0,2}(草|韭菜|麦子|稻子|肉|双眼皮|单|账))|照做|说的(不)?就是(现在的)?我|就是在说我"
    r"|等我(没了|死了|走了|不在了)|出(了)?意外.{0,30}(解脱|还清|不用还|赔)"
    r"|\b(took|take|taken|swallowed|taking|downed)\b.{0,16}\b([0-9]{2,}|twenty|thirty|forty|fifty|all|whole|bottle|box|handful)\b"
    r"|\b(hope|wish|pray) i (dont|do not|never|wont|will not) wake up\b|\bnever wake up\b"
    r"|\b(tonight|last night|today|just now)\b.{0,12}\bi (cut|slit|sliced) (my (wrists?|arms?|legs?|thighs?|skin)|myself|again|deep)\b|\bi (just )?(cut|slit) my (wrist|arm)s?\b.{0,30}\b(tonight|bleeding)\b"
    r"|\band i mean it\b|\bi mean it\b|\bafter i (die|m gone|am gone)\b|\bwhen i (die|m gone|am gone)\b"
    # (review27's further tries: boxes swallowed, the debt dying with one, a goodbye one last time, finishing
    # what one started, not lasting to a day set, cutting deeper tonight)
    r"|\b(took|take|taken|swallowed|taking|downed)\b.{0,16}\b(boxes|bottles|packs|packets|strips)\b|\b(die|dies|died) with me\b"
    r"|\b(one last time|for the last time|(good|happy|better) life without me|finish what i started)\b|最后(听|看|抱|吃|见)(了)?一(遍|次|下|面)"
    # (fix78: a life's ending proposed with 吧 — "要不就这样结束吧" after "这辈子是不是废了" had the fear-of-ruin doubt; mend76
    # after review94: only after a life named in the same sentence, not any game, meeting or quarrel let end)
    r"|(这辈子|一辈子|这一生|此生|人生|活着|我(已经|真的|是不是)?(废了|完了|没救了))[^。！？!?]{0,12}(要不|不如|干脆|索性)(就)?(这样|这么)?(结束|了结)(了)?(吧|算了)"
    r"|(撑|活|熬|挺)不到(那天|那时|那个时候|下个月|明天|月底|过年|发工资)|(世界|大家|所有人)说再见|告别这个世界|划得更深|更深一点"
    r"|(今晚|今天|明天|马上|现在|等下|一会).{0,10}(划|割)(?!\S{0,2}(草|韭菜|麦子|稻子|肉|双眼皮|单|账))"
    # following one who died (the lead, s15): a relative's death told is no doubt on "想跟他一起走" ("elsewhere" had
    # demoted "老公去世后我每天都想跟他一起走。借呗逾期了。" to the loan answer)
    r"|(想|要)跟(着)?(他|她)一起走(?![过的了])(?!\S{0,4}(一趟|去|到|路))|随(他|她)(而)?去(?!吧|了吧)|我也(想|要)?不在了"
    r"|\b(want|wanna|going|ready) to (go )?(be with|join|follow) (him|her) (again|tonight|soon|now|forever)\b"
    # ...going to them said with "go and" ("I just want to go and be with him"), or soon (去陪他 with a death told; safe82)
    r"|\b(want|wanna|going|ready) to go (and )?(be with|join|follow) (him|her|them)\b"
    r"|(就|要|想|马上|很快)(就)?(去|过去)(陪|找|见)(他|她|他们)(了)?(?!\S{0,4}(吃|玩|逛|看|住|借|拿|买|办|一趟|聊|商量|帮|还))\S{0,2}$"
    # joining a relative who died, said as such (safe43): the death told is what the wish is about, no doubt on it
    r"|去(陪|找)(我)?(那)?(已经)?(去世|过世|死去|已故|病逝|离世)(了)?的(?!.{0,16}(清明|扫墓|上坟|祭拜|坟|墓|葬礼|追悼|遗体|最后一面|最后一程|守灵|奔丧))|(她|他)\S{0,4}在那边等(着)?我"
    r"|\b(join|be with) (my )?(late|dead|deceased) \w+|\b(no|theres no|there is no) (debts?|loans?|collectors?) where (he|she) is\b"
    # a cover story told as false (safe35): a trip told to others and denied, or a pet or a child handed over for good
    # beside it; the journey doubt must not read the cover as the trip (arranged.COVER_DENIED)
    "|" + COVER_DENIED)
_FICTION = regex(
    r"电影|电视剧|剧里|剧中|这部剧|(?<!群)里面那个|纪录片|小说|游戏(?!账号|装备|币|充值|皮肤|道具)|角色|主角|女主|男主|配角|剧本杀|王者|吃鸡|副本|关卡|动漫|漫画|番剧|剧情"
    # a study of others' despair: a thesis, a chapter on a social problem
    r"|论文|课题|调研|毕业设计|社会问题|一章|章节|\b(thesis|dissertation|research|essay|term paper|lecture|chapter)\b"
    r"|\b(movie|film|tv show|series|episode|documentary|novel|novelist|book|screenplay|script|video ?game|game|gaming|character|npc|boss fight"
    r"|anime|manga|plot|protagonist)\b"
    # (Words asked about as words, "一了百了是什么意思", were tried as a frame and dropped: "歌词说活着
    # 好累，我也是", "活着没意义是什么意思？我现在就是这样" are crises; review15.)
    # others' despair as what one hears or writes about ("I volunteer on a hotline, I hear a lot about suicide")
    r"|\b(hear|heard|read|talk|write|writing) (a lot |so much )?about (suicide|death|despair|dying)\b")
# (life itself called a game is the writer's own, not a game played: "我要退出人生这个游戏了"; safe68)
_SELF_TOO = regex(r"人生(这个|这场|这局|这盘)?游戏|\b(game of life|life game|game called life)\b|我也(想|要|快)|跟(他|她|主角)一样|像(他|她|主角)一样|让我(也)?(想|觉得)|\b(me too|like (him|her|them)|makes? me (want|feel|think)|made me (want|feel|think))\b")


FICTION, SELF_TOO = _FICTION, _SELF_TOO  # read by doubt.py on the whole message


def told_as_over(message: str) -> bool:
    """Whether the message tells of a crisis in the past, with the present said to be better."""
    return _told_as_over(message, sentences_of(message))


@lru_cache(maxsize=256)  # asked of the same message by several windows' readings (speed only)
def _told_as_over(message: str, sentences: tuple[str, ...] | None) -> bool:
    now = _NOW_OK.search(message)
    if not (now and _PAST.search(message)) or _BACK.search(message):
        return False
    # ...and no crisis told in a sentence before the one the past begins in (mend78, review92): "我已经把安眠药都吞了。
    # 以前也想过死，后来好多了", "The pills are in my hand. I used to be suicidal, that's over now" are the present
    # first, the past after it. (The sentence, not the clause: "想死的念头以前也有过，后来好多了" is the past told.)
    if sentences and _told_before_past(sentences):
        return False
    # ...and no crisis signal told after the better present ("以前想过不想活，现在不会了。可是今晚我打算
    # 把那瓶药全吃了", "…但是昨晚我又割了手腕": review28); one told before it is part of the past told.
    if KEEPS.search(message, now.end()) is not None or _cue_after(message[now.end():]):
        return False
    # ...nor a fresh one told before it (review57: "以前想过死，昨晚割了一刀，现在好多了", "以前自杀过，上周又去了天台，现在好多了"):
    # a clause set yesterday, last week or "again" is the present, whatever the better present said after it claims.
    if any(_RECENT.search(clause.text) and not _TELLING.search(clause.text) and (KEEPS.search(clause.text) or _cue_after(clause.text))
           for clause in split_clauses(message[:now.start()])):
        return False
    if _RECENT_ACT_EN.search(message[:now.start()]):
        return False
    # ...nor a wish to die said now, after the better present ("两年前想过死，现在好多了，可是最近真的不想活了", "…现在工作
    # 也稳定了，但是这个月催收太狠，我想死": a new crisis, not the past one; safe40), unless it is denied ("不会再想死了").
    return not any(not _DENIED_AGAIN.search(message[max(now.end(), found.start() - 14):found.start()])
                   for found in _WISH_NOW.finditer(message, now.end()))


def _told_before_past(sentences: tuple[str, ...]) -> bool:
    """Whether a crisis cue is read in a sentence before the first one that tells of the past (``sentences``: the
    message's, folded and masked)."""
    first = next((index for index, sentence in enumerate(sentences) if _PAST.search(sentence)), 0)
    if not first or any(_NOW_OK.search(sentence) for sentence in sentences[:first]):
        # (the better present told before the past begins: that past is some other matter, "…现在没事了…。之前问过客服";
        # the crisis read there is the one told as over, as before)
        return False
    from .crisis import crisis_cues  # (as in _cue_after)
    told = [clause for sentence in sentences[:first] if not (_MENTIONED.search(sentence) or _ASKED_EN.search(sentence))
            for clause in split_clauses(sentence) if not _ASKED_ZH.search(clause.text)]
    head = " ".join(clause.text for clause in told)  # read as its own message: no past in it, so no loop back here
    return any(crisis_cues(window.text, head) for window in windows(told))


# A sentence that names the words without telling them as one's own now: a question someone asked, a topic raised,
# pills for sleep ("朋友问我有没有想过死。以前想过，后来好多了", "About the suicide thing. A few years ago…",
# "失眠，每天吃安眠药。以前更严重，现在好多了"): the past told after it answers it, as before (mend78's twins).
_MENTIONED = regex(r"问(我|他|她|过)?|有没有|是不是|是否|关于|说到|提到|聊到|失眠|睡不着"
                   r"|\b(ask|asks|asked|asking|about the|whether|insomnia|to sleep)\b")
# A question asked of the bot is the same ("does life insurance cover the debt if the borrower dies?" before a
# husband's hard time told as over; the composed probe): an English sentence that opens as a question, a Chinese
# clause that ends as one (the other clauses of its sentence are still read: "我在江边走了一下午…有几次想就这样走进去…
# 借呗可以申请延期吗"; English clauses split at "is": "tonight | is my last night").
_ASKED_EN = regex(r"^\s*(does|do|is|are|can|will|would|what|how)\b")
_ASKED_ZH = regex(r"(吗|么)\s*$")


def _cue_after(tail: str) -> bool:
    """Whether any crisis cue is told after the better present (review54: "以前想过死，现在好好的，遗书也写好了",
    "…就是又攒了一些药", "…今晚去江边走走", "…就是觉得自己是个累赘"): a plan, a means kept or a burden said now is
    the present's, not the past's; only what is told before the better present is the past told as over (mend52).
    The tail is read as the rules read any window (its own told_as_over reads a shorter text: no loop)."""
    from .crisis import crisis_cues  # (crisis.py reads this module: imported when first asked)
    tail = _DENIED_WISH.sub(" ", tail)  # a wish said to be gone ("不会再想死了", "I no longer want to die") is the recovery told
    return bool(_RISK_AFTER.search(tail)) or any(crisis_cues(window.text, tail) for window in windows(split_clauses(tail)))


# (撕了床单 is a ligature made, not a letter torn up: safe43.)
# (Chinese only: English is read without its sentence marks, so "I used to be suicidal. Last week I started therapy"
# would be one clause; review58. A clause that tells about the past — 聊了/说了/撕了/看到 — is no fresh harm.)
_RECENT = regex(r"昨晚|昨天|前天|上周|上个星期|这周|这几天|今天|今早|今晚|刚才|刚刚|又")
_TELLING = regex(r"(跟|和|同|对)\S{0,8}(聊|谈|讲)(了|过)|(撕|扔)(了|掉)(?!\S{0,2}(床单|被单|被罩|布条))|烧了(遗书|信)|想起|回想")  # (whole phrases: review59)
# English: a fresh act with a recent time before the better present ("Last night I cut myself again, but I'm fine now";
# review59). Only the act verbs: "Last week I started therapy" is the recovery.
_RECENT_ACT_EN = regex(r"\b(last night|yesterday|this week|last week|today|tonight|just now)\b.{0,30}?(\b(cut|slit|hurt) (myself|my (wrists?|arms?|legs?))|\bbought (a |some )?(rope|pills|charcoal|blades?)|\b(took|swallowed) ([0-9]+|all|a (bottle|box|handful))|\bstood (on|at) the (bridge|edge|ledge|roof)|\b(jumped|overdosed|hanged myself|tried again)\b)")
_DENIED_WISH = regex(r"(不会再|不再|没再|再也没|再也不会|早就不|已经不)(想|有)?(想死|轻生|自杀|不想活|寻死)(的)?(念头|想法)?"
                     r"|\b(no longer|not|never|dont|do not|wont|will not)( \w+)? (want(ing)? to die|suicidal|think(ing)? (about|of) (dying|suicide|killing myself))\b")


# Words that alone are no cue but after a past crisis told are its present (review54: "…现在好好的，借呗逾期了，我想去天台
# 吹吹风", "…该还的钱我都安排好了，以后就不麻烦大家了"): a high place or water, a means, a letter, a burden, affairs settled,
# a pet handed over.
_RISK_AFTER = regex(r"天台|楼顶|顶楼|江边|河边|湖边|海边|桥上|大桥|铁轨|刀片|刀|绳子|炭|农药|安眠|遗书|遗言|累赘|拖累|解脱|了结|一了百了"
                    r"|(攒|囤|准备|买|留着|备)\S{0,4}药|药\S{0,4}(攒|囤|准备|留着|备)|不(再)?(麻烦|打扰|连累)|(安排|交代)好了|不在了|那条路|老路"
                    r"|(猫|狗|宠物)\S{0,6}(送|托付|交给)|(换|更快|彻底)\S{0,3}(办法|方法)"
                    r"|\b(roof|rooftop|bridge|ledge|river|pills?|rope|blades?|letters?|burden|goodbyes?|sorted out|my affairs|end it)\b")


def over_before(message: str, clauses: list[str]) -> int:
    """The index of the clause where the better present is said in a message told as over (told_as_over), or -1:
    a crisis read in a clause after it (by the learned readers or the scale) is the present's, not the past's (mend52)."""
    for index, text in enumerate(clauses):
        if _NOW_OK.search(text):
            return index
    return -1


_WISH_NOW = regex(r"想死|不想活|活不下去|不活了|自杀|轻生|结束(这一切|一切|自己|生命)|了结自己|一了百了|跳(楼|河|江|桥|下去)"
                  r"|\b(want(ed)? to die|wanna die|kill myself|end (it all|my life)|suicid\w*|(dont|do not) want to (live|be here|go on))\b")
_DENIED_AGAIN = regex(r"不会|不再|没有|没再|不想再|再也不|早就不|\b(no longer|never|not|dont|do not|no more)\b")


# Someone else shouting while playing ("my son plays shooter games and yells 'I'm dead'"): in a
# message that names a game, a short exclamation is the player's line, not the speaker's (safe6).
_SHOUTS = regex(r"喊|叫着|嚷|\b(yells?|yelling|shouts?|shouting|screams?|screaming)\b")
_SHORT = 20
_PLAYING = regex(r"游戏|吃鸡|王者|\b(games?|gaming|plays? \w+ games?)\b")
# ...but never a wish of one's own: "我真的想死", "I really want to die" are the speaker's, whoever plays.
_OWN_WISH = regex(r"想|要|真的|打算|活不|不活|\b(want|wish|really|going to|gonna|plan)\b")
_THIRD = regex(r"^(他|她|主角|男主|女主|角色|那个人)|\b^(he|she|they|the (man|woman|guy|girl|hero|character))\b")


def fiction(window_text: str, message: str = "") -> bool:
    """Whether a window tells of a story or a game, with the speaker not putting themselves in
    it; or, in a message that names a story, a window that begins with one of its people ("我在
    写小说…，他最后从天台跳了下去")."""
    if _SELF_TOO.search(window_text):
        return False
    if _FICTION.search(window_text):
        return True
    if (len(window_text.strip()) <= _SHORT and _PLAYING.search(message) and _SHOUTS.search(message)
            and not _OWN_WISH.search(window_text)):
        return True
    return bool(_THIRD.search(window_text) and _FICTION.search(message))
