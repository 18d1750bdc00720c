"""Death words read by their grammar, not by a list of sentences (issue 12, fa225, docs/safety.md Round 118).

A word of death is hyperbole or an idiom when the sentence's grammar gives it a job other than naming a death:

- **a degree complement**: 死 after a predicate that can be graded (累死了, 热死我了, 要烦死了, 开心死了): with an object
  (X死我了) it says "X to an extreme", whatever X is, unless X is a hurt done by someone (逼死, 整死, 掐死...); bare
  (X死了) only after a gradable predicate, since 猫死了 and 我死了 are deaths;
- **an intensifier before a gradable word** (死贵, 死沉死沉的, 死难打) and **a compound** whose head is not a death
  (死党, 死线, 死工资, 死角...), or internet slang for embarrassment (当场去世, 原地去世) and 想死你了 ("miss you");
- **a trivial object**: "I'd die for a coffee", "I'll die before I ask my in-laws", "sooner die than borrow", where
  the death is a measure of wanting or refusing something else; "I'm dead" or "I died" followed by the mishap told;
- **a violent verb whose object is a thing**: a game's boss or enemy, food in a recipe, a song or an interview
  ("killed it"), a story's scene; 杀鱼, 剁排骨, 一刀秒了对面;
- **a height, water or a blade inside an ordinary activity** the writer names as theirs (a job: window cleaner,
  lifeguard, chef, butcher; a sport: bungee, skydiving, diving): only the hazard word in that clause is blanked, and
  never when the message says the writer means to go (jump, let go, not come back, end it, die, ...);
- **relief**: "alive again", "can breathe again", 又活过来了, 解脱了 told right after a debt paid off.

Only the phrase is blanked (idioms.masked calls ``blanked``): any other clause that reads as a crisis by itself keeps
its words (stop 50's mend219 rule: doubt never overrides a clear crisis clause), and an earlier turn that carried risk
is read by the session's own memory, untouched by this.
"""

from __future__ import annotations

import re

from ..patterns import regex

# Predicates that can be graded (an adjective or a feeling): X死了 after them is degree, not a death.
_GRADABLE = (r"累|热|冷|冻|饿|渴|困|撑|胀|忙|烦|急|气|吓|愁|闷|晒|挤|吵|臭|重|沉|远|酸|麻|痒|晕|卡|慢|贵|穷|丑|懒|馋|疼|痛|辣|咸|甜|苦|烫|美|爽|帅|萌"
             r"|难吃|难看|难听|难用|难受|难熬|麻烦|无聊|尴尬|紧张|开心|高兴|激动|感动|可爱|好笑|好看|好吃|好玩|羡慕|嫉妒|心疼|后悔|郁闷|憋屈|心累")
# Hurts done by someone: 逼死我了, 整死我了, 掐死我了 say what is done to the writer, never a degree.
_HURT = r"会|快|逼|整|弄|搞|杀|砍|捅|勒|掐|淹|毒|撞|砸|打|害|踩|压|摔|吊|割|刺|推|炸|烧|病|去|要|寻|该|等|找|不|想|我|你|他|她|它|人|谁|们"
# What says the words go on to a death told (冻死在外面, 冻死我也没人管, 冻死我算了): no degree then.
_GOES_ON = r"在|也|都|就|吧|算了|拉倒|就好|干净|得了"
_ZH = (
    # X死(我|人|宝宝…)了: a degree complement with its object (累死我了, 冻死我了, 吓死宝宝了, 卡死人)
    rf"(?:(?:{_GRADABLE})|(?!{_HURT})[\u4e00-\u9fff])(?:得)?死(?:我|人|宝宝|本宝宝|老子|爹|姐|哥)(?!(?:了|啦|咯|啊)?(?:{_GOES_ON}))(?:了|啦|咯|啊)?"
    # (要|快)X死了 and bare X死了 after a gradable predicate (要烦死了, 开心死了, 难吃死了)
    rf"|(?:要|快|快要|都要|会被)?(?:被)?(?:{_GRADABLE})(?:得)?(?:要|快)?死(?!(?:了|啦|咯|掉了)?(?:{_GOES_ON})|得了|法|亡)(?:了|啦|咯|掉了|(?=\s|$))"
    # 死 as an intensifier before a gradable word (死贵, 死沉死沉的, 死难打, 死慢)
    r"|死(贵|沉|重|慢|远|咸|甜|硬|紧|犟|倔|抠|懒|笨|胖|宅|长|挤|吵|冷|热|累|烦|丑)(?:死\1)?(?:的)?"
    r"|死难(?:打|吃|看|用|找|搞|弄|约|抢|缠|请)"
    # compounds whose head is not a death
    r"|死党|死线|死工资|死角|死记硬背|死结|死对头|死忠粉?|死宅|死盯|死守|死读书|死穴|死锁|死链|死代码|死鱼眼|死敌"
    # internet slang for embarrassment or delight: 当场去世, 原地去世, 笑得死去活来
    r"|(?:当场|原地|瞬间|直接|集体)(?:去世|死亡|升天|暴毙|裂开)(?!了?(?:算了|吧|好了|得了))"
    r"|(?:笑|乐|疼|痛|爱|折腾|闹)\S{0,3}死去活来"
    # the tentative reduplication V一V ("去死一死", like 试一试): play, unless it closes on giving up (算了, 吧, 好了)
    r"|死一死(?:的)?(?!\S{0,2}(?:算了|吧|好了|得了))"
    # "miss you to death": 想死你(们)了, 想死我了 (said to someone; 我想死了 is no such form)
    r"|想死(?:你|你们|我|他|她|宝宝)(?:了|啦|咯)(?!解)"
    # ...and with a thing or someone dear as the object (想死家里的红烧肉了, 好想死我家那只橘猫了; fa254): 想 is "miss"
    # (no second wish, death or means inside the object: "想死我真的想死刀我已经放在手边了" stays read)
    r"|想死(?!的)[^\s想死真]{1,4}?的(?!\S{0,2}(?:心|念头|想法|感觉|冲动|心情|地步|程度|欲望|打算|决心|理由|方法|办法|日子))[^\s想死刀药绳跳]{1,12}?(?:了|啦|咯)(?!解)"
    r"|想死(?:我家|家里|老家|咱家|我们家)[^\s想死刀药绳跳]{1,8}?(?:了|啦|咯)(?!解)"
    # a task done "till death": a measure of how long (学到死, 还到死; fa254, Round 124), never with more after it (也, 都, 算了)
    r"|(?:学|干|做|还|加班|打工|上班|搬砖|写|练|背)(?:到|到了)死(?!\S{0,2}(?:也|都|就|吧|算了|拉倒|为止|的那天|那天))"
    # a violent verb on a game's target or on food
    r"|(?:一刀|一枪|一拳|一套)?(?:秒|砍|杀|爆头|击杀|干掉|打死|团灭|收割)(?:了)?\S{0,3}(?:对面|敌人|对手|boss|BOSS|怪|小怪|野怪|人头|僵尸|丧尸|全场|整队|一队)"
    # (only killing or chopping: 切, 割, 片 stay, the cut readers read an accident with them: 切黄瓜划到手指)
    r"|(?:杀|宰|剁)(?:了|好|完)?\S{0,2}(?:鱼|鸡|鸭|鹅|猪|羊|牛|排骨|肉|菜|瓜|葱|姜|蒜|土豆|洋葱|骨头|螃蟹|虾|鳞)"
    r"|(?:把|将)\S{0,2}(?:鱼|鸡|鸭|鹅|猪|羊|排骨|肉|菜|瓜|葱|姜|蒜|土豆|洋葱|骨头|螃蟹|虾)(?:给)?(?:杀|宰|剁)(?:了|好|完|掉)?"
)
_EN = (
    # "I'd die for a coffee", "would die for a day off": die for a thing wanted (not "die for real", "for nothing")
    r"\b(?:id|i would|i could|ill|i will|i)\s(?:(?!wanna|want|going|ready|deserve|need|hope|wish|gonna)\w+\s)?die for\s(?:(?:a|an|one more|another|just one|my|a proper|a decent)\s(?!(?:\w+\s)?(?:peace|rest|relief|break from|way out|end)\b)(?!.{0,24}\bto (?:be over|stop|end|go away)\b)|(?:coffee|pizza|tea|sleep|chocolate|beer|food|cake|ice cream|a nap)\b)"
    r"(?!.*\b(?:cant take|anymore|im done|give up|to be over|to stop|end it)\b)"
    # "I'll die before I ask…", "sooner die than…": a refusal measured by death
    r"|\b(?:ill|i will|id|i would|id sooner|i would sooner) die before (?:(?:i|id|ill|we)\s(?:ever\s|would\s|will\s)?)?(?:ask|asking|call|calling|phone|phoning|text|texting|beg|begging|borrow|borrowing"
    r"|crawl|crawling|go crawling|go back to|move back|take (?:a penny|money|a cent)|letting|let)\b"
    r"|\bsooner die\b(?=.{0,40}\b(?:than|before|instead)\b)(?!.{0,12}\bthan (?:live|living|go on|going on|keep going|be alive|exist|wake up|face|pay|paying|get out|see)\b)"
    # a task done "till I die" (paying, working, studying): a measure of how long (fa254, Round 124)
    r"|\b(?:pay|paying|repay|repaying|work|working|study|studying|grind|grinding|slave|slaving|revise|revising)\b(?:\s\w+){0,4}\s(?:till|until|til)\s(?:i|the day i)\s(?:die|drop)\b(?!\s(?:anyway|and|so|or))"
    # "I'm dead" or "I died" with the mishap told at once (not "dead inside", not "want to be dead")
    r"|\b(?:im|i am)\s(?:literally\s|actually\s|so\s|totally\s|officially\s)?dead\b(?!\s(?:inside|to the world|already|tonight|soon|tomorrow))"
    r"(?=\s(?:i|we|my|he|she|they|mum|mom|dad|the|someone|somebody)\s(?:just\s|literally\s|accidentally\s)?"
    r"(?:\w+ed|sent|said|told|fell|forgot|spilt|wore|ate|left|took|got|made|went|ran|broke|lost|saw|read|wrote|sang|hit)\b)"
    r"|\bi\s(?:literally\s|actually\s|just\s|basically\s|honestly\s)?died\s(?:a little|laughing|of laughter|when|as soon as)\b"
    # a violent verb whose object is a thing: a game, food, a performance, a scene ("killed the final boss", "killed it")
    r"|\b(?:kill\w*|murder\w*|slaughter\w*|stab\w*|slay\w*|smash\w*|crush\w*|nail\w*|destroy\w*)\s(?:it|(?!my\s(?:\w+\s)?boss)(?:the|that|this|a|an|those|these|every|all the|my)\s"
    r"(?:\w+\s)?(?:boss|bosses|level|levels|raid|dungeon|song|songs|karaoke|zombies?|monsters?|enemies|enemy|dragons?|game|round|match|interview|exam|test"
    r"|presentation|pitch|audition|potatoes|meat|heat|engine|lights|onions?|garlic|dough|chicken|fish|spider|mosquito|bug|wasp|scene|shot|speech|set|gig))\b"
    # relief after paying off ("feel alive again", "can breathe again"; not "never feel alive again")
    # "alive again" is a restoration said of a feeling (not after waking up or being saved: "woke up alive again")
    r"|(?<!never )(?<!not )(?<!woke up )(?<!still )(?<!saved me )(?<!brought me back )\balive again\b|(?<!never )\b(?:can|could)\s(?:finally\s)?breathe again\b"
)
_GRAMMAR = regex(f"{_ZH}|{_EN}")

# Relief told after a debt paid (还清…解脱了, 还完了…又活过来了): the relief word blanked only right after the paying off.
# Words after the relief that make it a plan or despair (folded text: punctuation is spaces, so the whole rest is read).
_DESPAIR = (r"有什么用|有什么意义|没意义|没意思|为啥|失望|痛苦|难过|没用|安排好|准备好|为什么|干嘛|救我|可惜|失败|没死|遗书|再见|永别|不想活|想死|去死|了断|一了百了|对不起|告别|下辈子|来世|最后一次"
            r"|不用再|不会再|再也不|走了|解脱")
_RELIEF = regex(rf"((?:还清|还完|结清|上岸|清零|全部还上|都还上)[^。！？!?就才便]{{0,14}}?)(?:终于|总算|彻底)?(?:解脱了|又活过来了|重新活过来了|活过来了|重新活了一次|活过来)(?!.*(?:{_DESPAIR}))"
                # 又活过来了 said as a feeling, not after a rescue (抢救, 洗胃, 醒来, 救回来 stay read; only the phrase is blanked)
                rf"|((?<![救醒胃])(?:感觉|觉得|我|整个人|像是?)?)(?:又|重新)活(?:过来)?了(?!.*(?:{_DESPAIR}))")

# An ordinary activity the writer names as theirs: a trade at a height, in water or with a blade, or a sport.
_ACTIVITY = regex(r"高空作业|擦玻璃|蜘蛛人|外墙|蹦极|跳伞|滑翔|攀岩|潜水|冲浪|跳水(?:队|运动员|比赛|训练|教练)|游泳(?:教练|馆|课|队|训练)|救生员|屠宰|厨师|切墩|刀工|磨刀|杀猪"
                  r"|\b(?:roofer|roofing|window cleaner|scaffold\w*|steeplejack|lineman|linemen|wind turbines?|crane operator|lifeguard|diving instructor|diver"
                  r"|swim coach|swimming coach|surf\w*|skydiv\w*|bungee|paraglid\w*|climbing|climber|chef|cook|butcher|knife sharpen\w*|sharpen knives"
                  r"|fishmonger|for a living|my job|at work|on shift)\b")
_HAZARD = regex(r"高楼|楼顶|天台|铁塔|几十米|[0-9一二三四五六七八九十百千]+米|往下跳|跳下去|下水|水里|海里|刀|"
                r"\b(?:roofs?|heights?|metres up|meters up|up high|the sea|the lake|the water|in the water|knives|knife|blades?)\b")
# What says the writer means to go: then no activity hides the hazard.
_MEANS_TO_GO = regex(r"不想活|(?:想|要|打算|准备)\S{0,6}跳|想死|去死|自杀|了断|一了百了|结束|不回来|不上来|解开|松手|割腕|手腕|轻生|再见|永别|遗书"
                     r"|\b(?:jump|jumping|let go|unclip\w*|end it|end my|die|dying|dead|kill|suicid\w*|not coming back|dont want to (?:come|swim|climb) back"
                     r"|wrists?|myself|goodbye|thinking of|think about|easier|edge|lost my job|fired|laid off|in my hand|took a knife|home tonight)\b"
                     r"|失业|丢了工作|被辞|手里拿着|边上|边缘|站在")

# Living named with a manner that is the debt or the strain, not life ("不想再活在催款短信里", "不想活得这么累",
# "don't want to live paycheck to paycheck / in debt / like this"): a wish to get out of that manner (fa254, Round
# 124), blanked only when the message names a way out it means to take (a budget, a new job, paying it off, a plan
# asked about) and nothing grave: "don't want to live" alone, or a world, an end, a means, a burden, stays read.
_MANNER = regex(r"不(?:想|要|愿意?)(?:再)?(?:这样|这么)?活(?:在(?!\S{0,4}(?:世界|世上|人间|地球|这世))\S{1,10}?(?:里|中|下)|得(?:这么|那么|这样|太|好)\S{0,3}?(?:累|憋屈|辛苦|窝囊|紧巴巴|抠|拮据))"
                r"|\b(?:dont|do not) want to (?:keep )?liv(?:e|ing) (?:like this|like that|paycheck to paycheck|in debt|with (?:this|the|my|that|all this) debt"
                r"|on credit|broke|in fear of|on borrowed money|month to month)\b")
_WAY_OUT = regex(r"辞职|换(?:一份|份|个|一个)?(?:\S{0,6})?工作|开(?:一家|家|个)\S{0,2}店|回老家|找(?:份|个|一份)|还(?:清|完|掉)|凑(?:钱|齐)|上岸|记账|存钱|省钱|分期|协商|减免|罚息|预算"
                 r"|\b(?:budget\w*|cutting up|cut up|pay (?:this|it|them|the \w+) off|paying (?:this|it) off|get out of (?:this |the |my )?debt|restructur\w*|new job"
                 r"|sav(?:e|ing)|consolidat\w*|clear (?:it|this|the)|faster|lower (?:my|the)|instal+ments?|extension)\b")
_GRAVE_LIFE = regex(r"死|结束|了断|了结|走了|跳|药|遗书|算了|拖累|累赘|解脱|一了百了|不如|干脆|世界|永远|今晚|告别|活着|活下去|不想活了|撑不"
                    r"|\b(?:die|dying|dead|end (?:it|my|this)|kill|burden|suicid\w*|pills|jump|goodbye|tonight|for good|i mean|at all|anymore\W+i)\b")
# A wish or a choice just before the words (想冻死, 宁愿饿死, 干脆累死算了, "want to"): the death is the verb again.
_CHOSEN = regex(r"想|打算|准备|决定|恨不得|要去|就去|宁愿|宁可|干脆|只能|不如|让我|希望|但愿|\b(?:want|wanna|wish|going to|gonna|hope)\b")
# A negation before "alive again" / "breathe again" (never, not, n't, ever, nothing, won't, can't): despair, not relief.
_NEGATED = regex(r"\b(?:never|not|dont|wont|cant|couldnt|didnt|doesnt|isnt|wasnt|aint|wouldnt|shouldnt|cannot|ever|nothing|no longer|no one|nobody)\b")
_AGAIN = ("alive again", "breathe again")
# A clause break in folded text: a space beside a Chinese character (English words are spaced, so there a window
# of characters stands for the clause).
_CLAUSE_BREAK = regex(r"[\u4e00-\u9fff]\s|\s[\u4e00-\u9fff]")
_CLAUSE_REACH = 40

_CUES = ("死", "die", "dead", "kill", "murder", "slaughter", "stab", "slay", "smash", "crush", "nail", "destroy", "alive",
         "breathe", "去世", "升天", "暴毙", "裂开", "秒", "砍", "杀", "宰", "剁", "爆头", "击杀", "干掉", "团灭", "收割")


def blanked(text: str) -> str:
    """``text`` (folded) with death words whose grammar makes them hyperbole, an idiom, a thing's fate, an
    activity's hazard or relief replaced by " □ " (see the module doc)."""
    if any(cue in text for cue in _CUES):
        text = _GRAMMAR.sub(lambda found: found.group(0) if _kept(text, found) else " □ ", text)
    if "活" in text or "解脱" in text:
        text = _RELIEF.sub(lambda found: (found.group(1) or found.group(2) or "") + " □ ", text)
    text = lived(text, text)
    activities = [(found.start(), found.end()) for found in _ACTIVITY.finditer(text)]
    if activities and not _MEANS_TO_GO.search(text):  # (read only where an activity stands: most windows name none)
        text = _HAZARD.sub(lambda found: " □ " if any(_same_clause(text, span, found.span()) for span in activities)
                           else found.group(0), text)
    return text


def lived(window_text: str, whole: str) -> str:
    """The window with living named with a manner blanked (_MANNER) when the whole message (folded) names a way out
    and nothing grave once those words are set aside: a clause is read with the message's plan (idioms.played)."""
    if ("活" in window_text or "liv" in window_text) and _MANNER.search(window_text) and _WAY_OUT.search(whole) \
            and not _GRAVE_LIFE.search(_MANNER.sub(" ", whole)):
        return _MANNER.sub(" □ ", window_text)
    return window_text


def _kept(text: str, found: re.Match[str]) -> bool:
    """Whether the words ``found`` stay read: a wish or a choice anywhere before them in the message (宁愿在外面冻死,
    "going to kill…"), or a negation before "alive again" ("I'll never feel alive again")."""
    before = text[:found.start()]
    if _CHOSEN.search(before):
        return True
    return any(again in found.group(0) for again in _AGAIN) and _NEGATED.search(before) is not None


def _same_clause(text: str, one: tuple[int, int], two: tuple[int, int]) -> bool:
    """Whether two spans of the folded text lie in one clause: no break between them, and near (English)."""
    start, end = min(one[0], two[0]), max(one[1], two[1])
    return end - start <= _CLAUSE_REACH + (one[1] - one[0]) + (two[1] - two[0]) and not _CLAUSE_BREAK.search(text, start, end)


__all__ = ["blanked", "lived"]
