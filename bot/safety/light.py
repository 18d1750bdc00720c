"""Words of dying said lightly (issue 12, docs/safety.md Round 74): a crisis reading doubted because the message as a
whole is told in a light key, not about the writer's life now.

Most false crisis replies come from ONE stage reading a death, height or farewell word in its own window (fa85: 228
of 298 on the team's sets). Read against the whole message, many are told in a light key the window cannot see:
laughter ("哈哈", "lol", 😂), delight in a thrill or a view ("太刺激了，下次还去", "best view ever"), or a game's
round ("狼人杀第一晚就被刀了", "died 12 times in elden ring"). Each is a doubt on one stage alone (bot.safety.doubtful
reads it only where no second stage, and no classifier, agrees), and a doubt never drops the number: the reply is the
loan answer with the check-in line (12356; routing._safety_checked).

What the key does not outweigh (review lessons: a joke that turns real, a gamer giving the account away, a height with
debt): a turn said anywhere ("不是开玩笑", "这次是真的", "not a joke anymore", "in real life"), anything grave beside
it (a means, a last time, a goodbye, a burden, debt that cannot be paid, a mind made up; readings.KEEPS), the loan
itself named in the crisis clauses (the bill is then the cause: "账单看得我想跳楼哈哈", safe24), and a wish of the
writer's own (intent.INTENT) unless it is tied to a degree ("饿得我想跳楼", "尴尬到想去世": how hungry, not what to
do).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause
from .idioms import masked
from .intent import INTENT
from .readings import KEEPS, SELF_TOO

# Laughter, a wink or a face-palm. Laughter alone is NO key (mend84, review101: "哈哈哈 我把猫托付给朋友了", "😂😂 bought a
# bottle of sleeping stuff, gonna try it tonight" are crises told with a bitter laugh); it only colours a joke SHAPE below.
_LAUGH = regex(r"哈哈|笑死|hhh|笑哭|笑出声"
               r"|(?<![a-z])(lol|lmao|lmfao|rofl|haha\w*|hehe\w*)(?![a-z])")
# Delight in a thrill or a view, and wanting it again: what nobody at a height to die says of it.
_DELIGHT = regex(r"(太|好|超|真|很|特别)(刺激|爽|好玩|过瘾|开心)|风景\S{0,2}(太|真|超)?(美|绝|好看|棒)|美死了|下次还(去|来|玩|要)|还想再(去|来|玩)"
                 r"|(?<![a-z])(so fun|such fun|amazing|awesome|best (view|day|trip)\w*|10/10|would (go|do it) again|breathtaking|stunning|beautiful view)(?![a-z])")
# The same in a face (folding drops emoji: read on the raw words around the crisis clauses).
_LAUGH_FACE = regex(r"[😂🤣😅😆😹🙃🤦😜😝]")
# A game's round: a death that is a player's, on a screen or at a party. (English words bounded by letters, not \b:
# \b fails beside CJK, "boss就是".)
_GAME = regex(r"狼人杀|剧本杀|王者|吃鸡|原神|只狼|我的世界|塞尔达|密室逃脱|真人CS|连跪|排位|上分|决赛圈|副本|开黑"
              r"|(打|玩)(了)?(一|几|两|[0-9]+)?(局|把|盘)|(一局|这局|每局)\S{0,4}死"
              r"|(?<![a-z])(elden ring|dark souls|minecraft|fortnite|apex|pubg|valorant|roblox|ranked|respawn\w*|boss|mafia|werewolf"
              r"|laser tag|paintball|d&d|dnd|campaign|raid|squad|rage quit|clutch|lag|(\w+ )?games? in a row)(?![a-z])")
# Death said of a degree or an everyday annoyance: 笑死/累死/尴尬死, "dying of laughter", "kill me now" about a meeting,
# "die at my desk", and a joke reported as one ("my manager joked that…"). The shape itself, not a laugh beside it.
_HYPERBOLE = regex(r"(笑|累|困|热|冷|饿|撑|烦|气|尴尬|丢人|社死|无聊|忙|吵|丑|帅|美|酸|辣|甜)死(了|我了|人了|啦)|(?<!不)(笑|尴尬|累|饿)到(想)?(原地)?(去世|升天|死)"
                   r"|开玩笑说|调侃(说)?|打趣(说)?"
                   r"|(?<![a-z])(dying (of|from) (laughter|laughing|embarrassment|boredom|cringe)|died (laughing|of (laughter|embarrassment|cringe))"
                   r"|dying laughing|(just )?kill me now|(this|that|it)('s| is) killing me|killing me softly|die at my desk|bored to death"
                   r"|worked to death|(joked|jokes|joking) (that|about)|screamed like i was dying)(?![a-z])")
# A turn from the light key to a real one, anywhere in the message (这次不骗你们, 说到做到, 这次真的 too: mend219 Round 112b).
_TURN = regex(r"不是(在)?(开玩笑|说笑|说游戏|讲游戏|玩笑)|这次(真的|不骗|没骗|不是骗|是认真)|不骗你|没骗你|说到做到|言出必行|没(有)?(在)?开玩笑|不开玩笑|这次是真的|现在是真的|说真的|认真的|是真的想|其实|现实(里|中|生活)|以前\S{0,12}现在|游戏里\S{0,12}(现实|真的)"
               r"|\b(not (joking|kidding|a joke)|no joke|not a joke anymore|isnt a joke|(i )?mean it|this time|for real|honestly|in real life|irl"
               r"|not talking about a game|used to|lately"
               # a joke taken back before something said in earnest (review102: "i'm dead 😂 jk, but i do think about
               # dying every night")
               r"|jk,? but|(just )?kidding,? but|but (seriously|honestly|really)|every (night|day)|think(ing)? about (dying|death|ending))\b")
# What no joke shape outweighs (mend84, review101): giving things or a pet away, a method, height or amount asked, a time
# set (tonight), means bought, a plan. An act, a question of how, a date: not a degree.
_ACT = regex(r"托付|照顾不了|交给\S{0,4}(照顾|养)|送(给|人|走)|留给|(几|多少)(层|楼|米|片|颗|粒|瓶|盒)|多高|多少(才|就)?(够|能)|够不够|够高"
             r"|今晚|今天晚上|今夜|明天|后天|(买|备|囤|攒)(了|好|到)|打算|准备|计划|安排|想好|决定|试试|试一下"
             r"|安眠|农药|(?<![a-z])(give away|gave away|giving away|rehom\w*|look after (it|him|her|them)|take care of (it|him|her|them)"
             r"|how (many|much|high|tall|far)|enough|tonight|tomorrow|bought|ordered|got (a|some|the)|stocked"
             r"|plan\w*|gonna|going to|about to|try it|ready|sleeping|pills?)(?![a-z])")
# Anything grave beside the light words: a means, a last time, a goodbye, a burden, a debt that cannot be paid, a mind
# made up, giving things away, a cut (a cutter may laugh at it: "I cut myself shaving…lol" keeps its crisis reading);
# things packed or settled (东西都收拾好了, mend219 Round 112b).
_GRAVE = regex(r"药|(?<!被)刀|收拾好|都收拾|交代好|安排好了|绳|炭|农药|遗书|遗言|最后|再见|告别|永别|道别|对不起|拖累|累赘|解脱|没人在乎|不需要我|还不上|还不起|还不完|撑不下去|活着没意思|没意思|绝望"
               r"|一了百了|想好了|决定了|送给|送人|分完|不回来|不想回|不回家|不打算回|不想下|一个人去|葬礼|后事|窗台|很久|不想活|活不下去|压垮|人生|下线|割|划|手腕|血|伤口|更深|保险|最高|无痛|怎么死|一无所有|没人在乎|谁会在乎|没人理解|活着|睡过去|不醒|消失|累了|放弃"
               r"|\b(pills?|rope|knife|blade|notes?|(one )?last (time|day|sunset|message|words|goodbye|thing|one)|goodbye|farewell|sorry (mom|mum|dad|everyone)|burden|nobody (needs|cares)|no way out"
               r"|cant (go on|pay|take)|hopeless|decided|made up my mind|tonight is|ready to go|gave away|giving away|logging in again|going home"
               r"|cut (myself|my)|wrists?|blood|bleeding|deeper|scars?"
               # a plan or a way asked, a life with nothing left, another's death wish (the unit suite's twins)
               r"|insurance|tallest|highest|painless|ways to die|how to die|nothing left|end it|kill (my|him|her|them)sel(f|ves)"
               r"|if i (die|died|were dead|was dead)|who would (care|miss me)|left me|drastic"
               # despair itself beside the laugh ("lol I'm so done with everything")
               r"|done with (everything|it all|life|this life)|so done|disappear\w*|better off|give up|tired of (living|life|everything)"
               r"|not coming (down|back|home)|funeral|anymore|any more|crushing|ledge|standing (on|at) the|for an hour|alone|game over|my life)\b")
# The debt in or beside the crisis clauses: the bill or the debt is then what the words are about (a product only named,
# "thought Jiebei was a dumpling", is not).
_LOAN = regex(r"欠|债|逾期|催收|账单|网贷|还钱|还款|\b(debts?|owe\w*|collectors?|overdue|bills?|repay\w*)\b")
# A wish tied to a degree ("饿得我想跳楼", "尴尬到想原地去世", "气得我想"): how much, not what to do; or missing
# something badly ("想死老家的米粉了", "想死你们了"; not "想死的心都有了").
_DEGREE = regex(r"(得|到)(我|人)?(都|真的|简直|快)?(要|想|快)|想死(?!的心)[^了，。！？!?,\s]{1,8}了")


# Readings no light key can doubt: a goodbye, affairs put in order, a plan, a method, a place, an attempt (mend84).
_NEVER_LIGHT = frozenset({"farewell", "affairs", "premise", "plan", "method", "preparation", "attempt", "burden"})
# "I'm dead 😂": dying of laughter, said with a laugh (not "dead inside").
_DEAD_LAUGHING = regex(r"(?<![a-z])(i'?m|i am) (so |literally |actually )?(dead|deceased)(?! inside)(?![a-z])")


# "不活了" cried with a laugh over a trifle ("我不活了😂今天又胖了两斤", "不活了哈哈哈，奶茶又涨价了"; fa208 Round 112): an
# exclamation, only with a laugh and an everyday annoyance beside it; never "不活了算了/吧", never with anything else.
_EXCLAIM = regex(r"(?<![想要打算准备决定])(我)?(真的)?不活了(?!\S{0,2}(算了|吧|好了|干净))")
_TRIFLE = regex(r"胖了|长胖|体重|涨价|加班|下雨|堵车|迟到|掉头发|脱发|考砸|挂科|没抢到|售罄|卖完|排队|被(老板|老师|领导|我妈|我爸)?(骂|说)|又(输|错|忘)|长痘|熬夜|减肥|外卖|奶茶|作业"
                 r"|(?<![a-z])(gained|weight|diet|overtime|traffic|homework|pimple|sold out|rain\w*)(?![a-z])")


def lightened(message: str, clauses: list[Clause], crisis_at: frozenset[int], whole_masked: str,
              kinds: tuple[str, ...] = ()) -> str | None:
    """"light" when the message tells its crisis words in a known joke shape (a degree or an everyday annoyance with
    laughter, a death word of degree such as 笑死, a thrill enjoyed, a game's round) and nothing grave, no act, no turn,
    no loan in the crisis clauses and no untied wish of the writer's own outweighs it; else None."""
    if not crisis_at or _NEVER_LIGHT.intersection(kinds):
        return None
    crisis_text = masked(" ".join(clauses[i].text for i in sorted(crisis_at)))
    near = sorted({j for i in crisis_at for j in (i - 1, i, i + 1) if 0 <= j < len(clauses)})
    near_text = masked(" ".join(clauses[j].text for j in near))
    # (the key must colour the crisis words: a colleague's joke three sentences away is no frame of a letter and a
    # tidied room)
    after = near[-1] + 1
    raw = message[clauses[near[0]].start:clauses[after].start if after < len(clauses) else len(message)]
    laughed = bool(_LAUGH.search(near_text) or _LAUGH_FACE.search(raw))
    # An allow-list of shapes (mend84), read on the words as written (masking hides "想死你们了", "kill me now"): a laugh
    # only where the crisis words are tied to a degree; an emoji alone is no laugh.
    near_plain = " ".join(clauses[j].text for j in near).lower()
    crisis_plain = " ".join(clauses[i].text for i in sorted(crisis_at)).lower()
    exclaimed = laughed and bool(_EXCLAIM.search(crisis_plain)) and bool(_TRIFLE.search(near_plain))
    shape = (_HYPERBOLE.search(near_plain) or _DELIGHT.search(near_plain) or _GAME.search(near_plain) or exclaimed
             or (laughed and (_DEGREE.search(crisis_plain) or _DEAD_LAUGHING.search(crisis_plain))))
    if not shape or _TURN.search(whole_masked) or _GRAVE.search(whole_masked) or KEEPS.search(whole_masked):
        return None
    if _ACT.search(whole_masked.lower()) or _LOAN.search(near_text) or SELF_TOO.search(whole_masked):
        return None
    if exclaimed:
        crisis_text = _EXCLAIM.sub(" ", crisis_text)  # the cry itself is no wish; anything else of the writer's is
    if INTENT.search(crisis_text) and not _DEGREE.search(crisis_text):
        return None
    return "light"


# The turn and the grave words, shared with notnow.py (Round 78): what no everyday reading outweighs either.
TURN = _TURN
GRAVE = _GRAVE
# (and the acts and the debt, shared with selfblame.py and spent.py, Round 112)
ACT, LOAN = _ACT, _LOAN

__all__ = ["ACT", "GRAVE", "LOAN", "TURN", "lightened"]
