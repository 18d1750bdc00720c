"""What a borrower's message only tells, beside what it asks (round 37, cls88), for bot.routing_feelings: a feeling
told with nothing asked of the reader leads with worry. The independent set of stop 40 had fear told in ways the
asking readers took for questions or matters: the writer's own not-knowing ("不知道以后会怎么样"), "anything at
all" (什么都做不进去), a ruin asked of oneself ("我是不是完蛋了", "am I ruined?"), the family as the ones the writer
must tell ("不知道怎么跟家里说"), and English feeling words glued to Chinese ("anxiety爆表", "好stress啊").
Matched on text.normalize()d text unless said otherwise.
"""

from __future__ import annotations

import re

from .patterns import regex

# Lateness itself feared, not told ("怕逾期", "担心会逾期", "afraid of being late").
FEARED_LATE = regex(r"(?:怕|担心|担忧|害怕)[^，,。！？!?；;\s]{0,6}?(?:逾期|晚还|还不上|还不起)|\b(?:afraid|scared|worried) (?:of|about) (?:being|going|paying) (?:late|overdue)\b")
# The loan or the debt itself named (not lateness alone: "驾照逾期", "快递催收件" are no loan).
LOAN_NAMED = regex(r"欠|债|还钱|还款|还不上|借呗|花呗|网贷|贷款|借款|借的钱|\b(?:debts?|owe|owing|loans?|jiebei|huabei|repay\w*|payments?)\b")
# The family (or home) as the ones the writer tells or hides it from, told: "不知道怎么跟家里说", "老婆问我怎么了我也不敢说",
# "haven't told my wife" (cls88). Not "他们会不会告诉我家人": what they will do is asked (THEY_ASKED).
KIN = frozenset({"family", "home"})
OWN_TELLING = regex(r"(?:跟|和|对|向|告诉|瞒着?|让)(?:我的?)?(?:家里人?|家人|爸妈|父母|老婆|老公|媳妇|对象|女朋友|男朋友|妻子|丈夫)"
                    r"(?:说|讲|交代|开口|坦白|知道)?|(?:家里人?|家人|爸妈|父母|老婆|老公|媳妇|妻子|丈夫)(?:一直)?问我"
                    r"|\b(?:tell|telling|told|confess\w* to|hid(?:e|ing) it from|keep(?:ing)? it from) (?:my )?(?:family|wife|husband|parents|mom|mum|dad|partner)\b")
THEY_ASKED = regex(r"他们|催收|会|吗|(?<!怎)么|\b(?:they|will|would|could|collectors?)\b")
# The fear named as a noun, which the lexicon's worry concept (its adjectives: anxious, stressed) lacks: "anxiety爆表",
# "the anxiety is killing me" (cls88). Owned or not is read where a body is given, as for the other words.
FEAR_NOUNS = regex(r"\b(?:anxiety|anxieties|panic|dread)\b")
# "Anything at all" asks nothing ("吃什么都没胃口": the sign, not a question; ans69).
ANYTHING_AT_ALL = regex(r"什么(?:都|也)|啥(?:都|也)|什麼(?:都|也)")
# A ruin asked of oneself ("我是不是完蛋了", "am I ruined?", "is my life over"): _SELF_FATE's ruin half, read in
# _told as a feeling told when nothing else is asked (the fate asked beside a feeling is _asked's).
RUIN = regex(r"(?:我(?:这辈子|这一辈子|的人生|这一生|人生)?(?:是不是|会不会)(?:就|要)?(?:没救|完蛋?|毁|废)了[吗么啊呀吧]?"
             r"|\bam i (?:done for|doomed|ruined|screwed|finished)\b|\bis my life (?:over|ruined)\b)\s*[?？]*")
# The writer's own not-knowing, told ("不知道以后会怎么样", "不知道怎么跟家里说", "no idea what comes next"): the clause
# after it is an embedded question the writer tells, not one put to the reader (cls88). 怎么办/what to do after it is
# still read as asked (_what_to_do reads the whole text). Also "anything at all" (什么都, ANYTHING_AT_ALL).
# The clause ends at punctuation or at a space between Chinese words (mend80: "真的好怕 不知道逾期了会怎么样 他们会怎么催"
# had lost its question to the span), an English one also where a new question begins ("no idea what to expect
# what happens after 30 days": review96 F2).
NOT_KNOWING = regex(r"(?:我|也|都|真的|完全|根本|实在)*(?:不知道|不晓得|不清楚|不敢想)(?!怎么办|咋办|该怎么办|如何是好)\s*[^，,。！？!?；;\s]*"
                    r"|\b(?:i )?(?:don['’ ]?t|do not) know (?:what|how|where|if|whether)\b(?:(?!\s(?:what|how|where|when|why|who|will they|can they|do they|are they)\b)[^,.!?;])*"
                    r"|\bno idea (?:what|how|where|if)\b(?:(?!\s(?:what|how|where|when|why|who|will they|can they|do they|are they)\b)[^,.!?;])*"
                    # ...or a fear of what is to come, told ("scared of what comes next"): the wh-clause is what is feared
                    r"|\b(?:scared|afraid|worried|terrified|anxious|nervous|frightened) (?:of|about) (?:what|how)\b[^,.!?;]*")
# ...but only a vague future is told ("不知道以后会怎么样", "what will happen to me"): not knowing a fact asks it
# ("不知道逾期一个月要交多少罚息", "不清楚逾期一天算不算上征信", "don't know how much the penalty is"; review96 F3).
FACT_ASKED = regex(r"多少|多久|多长|几(?![乎]|个月前|天前|年前)|算不算|是不是|会不会|能不能|可不可以|要不要|有没有|[吗嘛]|哪|什么时候|啥时候"
                   r"|([\u3400-\u9fff])[不没]\1|\bhow (?:much|many|long)\b|\bwhen\b|\bwhich\b|\bwhether\b|\bif (?:it|they|this|that|the|a|my)\b")
# The writer counting what is still owed, told ("躺着就开始算还有多少钱没还", "一直算来算去还差多少", "doing the maths on how much
# I still owe"; cls117): the "how much" is what the writer counts, not a question put to the reader. Only with a
# counting verb right before it and the debt after it: "算一下还要还多少" with nothing told beside is still asked where
# a question word or mark stands elsewhere (is_question reads the rest).
COUNTING = regex(r"(?:开始|一直|反复|来回|又|都在|在|老是|总是|天天|每天)(?:算|数|想)(?:来算去|了又算|来想去)?(?:着)?(?:还(?:有|剩|差|欠|要还))多少(?:钱)?(?:没还|要还)?"
                 r"|\b(?:doing|do|did|keep doing) the (?:maths?|math|numbers|sums)(?: on how much i (?:still )?owe)?\b"
                 r"|\b(?:counting|calculating|adding up) how much i (?:still )?owe\b")
# A Latin word glued to Chinese characters ("anxiety爆表", "好stress啊") has no word boundary for \b: spaced apart.
_GLUED = regex(r"(?<=[a-z])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[a-z])")


def spaced(text: str) -> str:
    """``text`` with a space between a Latin letter and a Chinese character that touch."""
    return _GLUED.sub(" ", text)


def told_only(body: str) -> str:
    """``body`` without what it only tells: "anything at all", the writer counting the debt (COUNTING) and the writer's
    own not-knowing (NOT_KNOWING),
    the part of the message that may still ask the reader something."""
    return NOT_KNOWING.sub(_vague_only, COUNTING.sub(" ", ANYTHING_AT_ALL.sub("", body)))


def _vague_only(match: re.Match[str]) -> str:
    """The not-knowing span taken out when it tells a vague future; kept (still asked) when it asks a fact."""
    return match.group(0) if FACT_ASKED.search(match.group(0)) else " "


__all__ = ["ANYTHING_AT_ALL", "COUNTING", "FACT_ASKED", "FEAR_NOUNS", "FEARED_LATE", "KIN", "LOAN_NAMED", "NOT_KNOWING", "OWN_TELLING", "RUIN", "THEY_ASKED", "spaced", "told_only"]
