"""Whether a feeling word found in a clause is the writer's own, felt now (review52 #2, #3).

A feeling named only to deny it ("我一点也不觉得丢人", "我没有失眠", "谈不上焦虑", "焦虑也没用",
"I'm not crying", "I wouldn't say I'm anxious", "there's no shame in being late"), to play it down
("朋友说我压力太大了，其实还好"), or of someone else ("我妈哭了", "我老婆觉得很丢人", "My wife is anxious")
tells nothing of how the writer feels: neither worry leading (bot.routing_feelings) nor the
feeling line (bot.answer_calm) should answer it. Read on the clause that holds the word only
(never message-wide), by what stands just before and just after it.
"""

from __future__ import annotations

from .patterns import regex

# A denial right before the word, in Chinese: the negation, then at most a "feel"/degree word
# ("不觉得很丢人", "一点都不慌", "没有失眠", "不是那种会焦虑", "谈不上", "没什么好", "有什么好", "不要", "没跟我吵").
# (Not 特别: "我觉得特别丢人" is felt. Not 这么: "从来没这么焦虑过" says the feeling is greater than ever; not A不A, a question: "我是不是一个很失败的人".)
_DENIED_ZH = regex(r"(?:不|没|没有|(?<!特)别|不要|不用|不必|并不|并没有|从不|一点(?:也|都|儿)?(?:不|没)|一点(?:也|都|儿)?没有|谈不上|说不上|算不上"
                   r"|没什么(?:好|可)?|有什么(?:好|可)?|没啥(?:好|可)?|有啥(?:好|可)?|不是(?:那种|一个)?)"
                   r"(?:会|爱|容易)?(?:跟我|和我|对我|冲我|朝我)?(?:觉得|感到|感觉|是|再|有)?(?:很|太|那么|怎么|特别|多)?$")
# ...or after it: the feeling called useless or asked about ("焦虑也没用", "焦虑有什么用", "压力大不大").
_DENIED_AFTER = regex(r"^(?:也|又|都)?(?:没用|没有用|有什么用|有啥用|没必要|不大)"
                      r"|^\s*(?:won ?['’]?t|doesn ?['’]?t|does not|will not|wouldn ?['’]?t) help\b|^\s*(?:is|was) (?:no use|useless|pointless)\b")
# A question A不A ("我是不是一个很失败的人", "会不会太焦虑"): no denial; set aside before reading one.
_A_NOT_A = regex(r"(.)[不没]\1")
# In English: not/never/no/…n't at most two words before ("I'm not crying", "I don't feel ashamed",
# "I wouldn't say I'm anxious", "no shame", "don't want to embarrass"), but not a feeling that will
# not stop ("I can't stop crying") nor one greater than ever ("never been so anxious").
_DENIED_EN = regex(r"(?:\bnot|\bnever|\bno|n['’ ]?t)\s+(?:[\w']+\s+){0,2}$")
_FELT_ANYWAY_EN = regex(r"(?:\b(?:can|could)\s?n?['’ ]?t|\bcannot)\s+(?:stop|help|not)\b[\w\s']*$|\bnever\s+(?:\w+\s+)?(?:so|this|more)\s+$"
                        # ("I'm not okay, so anxious", "I haven't been this anxious ever", "I've not been this anxious"; review56 #2)
                        r"|\bnot\s+(?:ok|okay|fine|alright|good)\b[\w\s']*$|(?:\bnot|n['’ ]?t)\s+(?:been|felt)\s+this\s+$")
# A double negative says the feeling ("我没法不焦虑", "没有一天不焦虑", "谁能不焦虑", "我怎么可能不焦虑",
# "我不是不焦虑"): no denial.
_DOUBLE_NOT_ZH = regex(r"(?:没法|没办法|不能|不可能|无法|没有一天|没一天|谁能|谁会|哪能|怎么能|怎能|怎么可能|怎么会|哪可能|不得|不是)不(?:觉得|感到)?$")
# An idiom, not a feeling: "it's a shame I missed it", "what a shame".
_IDIOM_EN = regex(r"(?:\bit\s?['’ ]?s|\bit is|\bthats|\bthat\s?['’ ]?s|\bwhat)\s+a\s+$")
# Someone else's feeling: another person named before the word and the writer not ("我妈哭了",
# "my wife is anxious"); or their words about the writer ("朋友说我压力太大").
_OTHERS = r"妈|爸|老婆|老公|媳妇|丈夫|妻子|朋友|同事|男朋友|女朋友|对象|家里人|家人|女儿|儿子|孩子|小孩|弟弟|妹妹|哥哥|姐姐|室友|婆婆|公公|老人|父母"
# (他们/她们 is the collectors as the cause, "被他们逼得好焦虑", "他们一打电话就心慌": review56 #2)
_SOMEONE_ELSE = regex(rf"他(?!们)|她(?!们)|{_OTHERS}|\b(?:he|she|they|his|her|their|my (?:mum|mom|dad|father|mother|friend|wife|husband|parents?"
                      r"|son|daughter|kids?|child|children|brother|sister|roommate|family|partner|boyfriend|girlfriend))\b")
_THE_WRITER = regex(rf"我(?!{_OTHERS})|自己|\b(?:i|i['’ ]?m|im|me)\b")
# (the gap holds no 我: "我妈知道我觉得很丢人" is the writer's shame)
_HEARSAY = regex(rf"(?:{_OTHERS}|他|她|别人|大家)[^\s我]{{0,3}}(?:说|觉得|认为)"
                 r"|\b(?:he|she|they|people|everyone|my \w+)\s+(?:says?|said|thinks?|thought|told me)\b")
# A clause that plays down what the one before it said ("其实还好", "but actually I'm fine").
# Only when what follows is about the feeling, not a new fact ("其实没什么存款了", "actually I'm not working
# now": review56 #2).
_PLAYED_DOWN = regex(r"^(?:但|但是|不过)?(?:其实|实际上)(?:也|我)?(?:还好|还行|没事|没什么(?:事|大不了)?|没(?:有)?那么\S{0,4}"
                     r"|不(?:怎么|太)(?:焦虑|担心|害怕|怕|慌|在意|在乎|难受|丢人|紧张))[了啦吧的啊呀]*$"
                     r"|^(?:but )?(?:actually|really),? (?:i ?['’ ]?m |i am )?(?:fine|ok|okay|not (?:that|so|too|really) (?:bad|worried|anxious|scared|stressed)"
                     r"|not (?:worried|anxious|scared|stressed))\b")
# Hearsay or another person counts only in the same part of the clause: "老公说没事可我还是焦虑" (review56 #2).
_TURN = regex(r"但是|但|可是|可(?![以能])|不过|\b(?:but|yet|however)\b")


def denied(before: str, after: str) -> bool:
    """Whether the text just ``before`` and ``after`` a feeling word, in its clause, denies it or makes
    it an idiom ("不觉得", "也没用", "not", "it's a shame")."""
    before, after = _A_NOT_A.sub("", before.lower()), after.lower()
    if _DOUBLE_NOT_ZH.search(before):
        return False
    if _DENIED_ZH.search(before) or _DENIED_AFTER.search(after) or _IDIOM_EN.search(before):
        return True
    return _DENIED_EN.search(before) is not None and not _FELT_ANYWAY_EN.search(before)


def someone_elses(before: str) -> bool:
    """Whether the clause text before a feeling word makes it another person's, or another person's
    words about the writer."""
    before = _TURN.split(before.lower())[-1]
    if _HEARSAY.search(before):
        return True
    return _SOMEONE_ELSE.search(before) is not None and not _THE_WRITER.search(before)


def owned(clause: str, start: int, end: int, next_clause: str = "") -> bool:
    """Whether the feeling word at clause[start:end] is the writer's, felt now: not denied, not
    someone else's, not played down by the clause after it."""
    before, after = clause[:start], clause[end:]
    return not (denied(before, after) or someone_elses(before) or _PLAYED_DOWN.search(next_clause.strip().lower()))


def without_a_not_a(text: str) -> str:
    """The text without its A不A questions (是不是, 会不会, 有没有), which deny nothing."""
    return _A_NOT_A.sub("", text)


__all__ = ["denied", "owned", "someone_elses", "without_a_not_a"]
