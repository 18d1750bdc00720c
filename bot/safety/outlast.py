"""Not lasting until a named day (safe39, issue 12): "开庭定在下个月，我撑不到那时候了", "The hearing is on the 20th but I
won't last that long". A court date, a deadline or a day is named, and the writer says they will not last, hold on or
be around until then: a life that will not reach the day, not a question about the day.

The everyday reading is money that will not last until payday ("工资下周三才发，撑不到那时候，能宽限几天吗", "I won't
last till then without an extension"), read IN THE SAME SENTENCE only: a payday a sentence away clears nothing.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause, raw_sentences

# The day: anaphoric (那时候, then, that long) or a hearing named; the message must name a day or a hearing somewhere.
# (fix78: the loan's or the court's day may be named before 那天, "撑不到还款那天" (not any day: "熬不到周五那天了 好累" is a
# work week), and a life itself may not reach it, 活不到/活不过 a day named:
# "我决定了 我活不到还款日那天了" had no reply of the kind)
_NOT_LAST_ZH = regex(r"(?:撑|熬|挺|坚持|扛|挨|活)(?:不到|不过)(?:到)?(?:那时候?|那天|那一天|那会儿?|那个时候|那个时间|到时候"
                     r"|开庭(?!结束|完|的时候)|判决|宣判|审判|那个日子|\S{0,4}?(?:还款|开庭|判决|宣判|审判|起诉)\S{0,2}?(?:那天|那一天|那日|日))"
                     r"|活(?:不到|不过)(?:到)?(?:还款日|还款|明天|下个?月|下周|下星期|月底|年底|今年|过年|开庭|[0-9一二三四五六七八九十]+号)")
# Who does not last: the writer (我, 自己) or no one named, with only a few adverbs before it in the clause. A thing or
# another person ("我手机撑不到那时候", "家里的米", "医生说她撑不到那时候", "坐久了撑不到开庭结束") is no crisis of the writer's
# (mend49, review51).
_WHO_LASTS = regex(r"(?:^|\s)(?:我|自己|我自己|真的|可能|怕是|恐怕|肯定|估计|应该|大概|实在|真|已经|都|也|就|是|怕|感觉|觉得|好像|似乎|根本"
                   r"|再也|真心|大概率|确实|其实|现在|今天|这次|看来|说实话|了)*$")
_NOT_LAST_EN = regex(
    # (not "make it": "I can't make it by then / to the hearing" is a deadline or a date missed; mend49, review51)
    r"\b(?:(?:i )?(?:wont|will not|dont think ill|do not think i will|dont think i can|doubt ill|cant|cannot|can not|am not going to|im not going to"
    r"|not sure i (?:can|will|ll))|dont know if i (?:can|will|ll)) (?:\w+ )?(?:last|hold on|hang on|survive|keep going|be (?:here|around|alive)"
    r"|still be (?:here|around|alive))\b(?:.{0,6}\b(?:till|until|to|by) (?:then|that day|the hearing|the court date|the trial|the deadline)\b| that long\b)"
    r"|\bdont see myself (?:still )?(?:being )?(?:here|around|alive) (?:by|until|till|on) (?:then|that day|the hearing)\b")
_DAY = regex(r"开庭|传票|判决|宣判|法院|起诉|还款日|还款(?:的)?那天|最后期限|期限|截止|[0-9一二三四五六七八九十]+号|月底|下个月|下周|下星期|周[一二三四五六日末]|星期[一二三四五六日天]|[0-9一二三四五六七八九十]+月"
             r"|\b(?:hearing|court|trial|deadline|due|date|next (?:week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
             r"|january|february|march|april|may|june|july|august|september|october|november|december|[0-9]+(?:st|nd|rd|th))\b")
# Money that will not last to payday, or an extension asked for it, in the same sentence.
_PAYDAY = regex(r"工资|发薪|薪水|发钱|到账|宽限|延期|缓几天|借(?:点|些)钱|生活费|饭钱|没电|电量|余额"
                r"|出差|旅游|出国|搬家|请假|改时间|改期"
                r"|\b(?:payday|paycheck|pay ?day|salary|wages|paid|extension|battery|phone|savings|budget|groceries|food|rent|cash|without (?:a|an|some|the)"
                r"|travel\w*|abroad|moving|trip|vacation|holiday|business|reschedule)\b")
# ...unless the same words say it does not help: "发工资也救不了我", "宽限也没用了", "an extension won't help" (mend49).
_NO_HELP = regex(r"(?:也|都|根本|又)?(?:救不了|没用|没有用|不管用|帮不了|解决不了|无济于事|来不及|没意义)"
                 r"|\b(?:wont|doesnt|does not|will not|wouldnt|would not|isnt going to|not going to|cant|cannot) (?:\w+ )?(?:help|matter|save me|change anything)\b|\bno use\b")


def not_lasting(message: str, clauses: list[Clause]) -> set[int]:
    """The clauses that say the writer will not last until a day the message names (see the module doc)."""
    folded = fold_clause(message)
    if not _DAY.search(folded):
        return set()
    marked: set[int] = set()
    for sentence in raw_sentences(message):
        text = fold_clause(sentence)
        if any(_NO_HELP.search(text, hit.end(), hit.end() + 24) is None for hit in _PAYDAY.finditer(text)):
            continue
        for pattern, whose in ((_NOT_LAST_ZH, True), (_NOT_LAST_EN, False)):  # (patterns are lazy: no identity test)
            for match in pattern.finditer(text):
                if whose and not _WHO_LASTS.search(text, 0, match.start()):
                    continue
                found = match.group()
                marked |= {i for i, clause in enumerate(clauses) if found in clause.text or clause.text and clause.text in found}
    return marked
