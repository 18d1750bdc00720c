"""Whether a condition the article never weighs is what a message asks about (bot.figures' condition
kinds: a part paid, moving, a loan in someone else's name, who collects, being abroad): a condition
told as context beside another question is no question about it ("我已经出国了，借呗逾期会影响征信吗",
"催收公司天天打电话，会上门吗": review39). Moved out of bot.figures, which reads which kind a message names."""

from __future__ import annotations

import re

from .patterns import regex
from .questions import is_question
from .relatives import MINE_TO_PAY
from .silent_matters import (ABROAD_GENERAL_ASK, ABROAD_OTHER_MATTER, ACCESS_OR_RECORD, COLLECTION_STEP, LEGIT_ASKED, LENDER_SET_OFF,
                             SENT_BY_LENDER)


def condition_asked(figure: str, text: str, match: re.Match[str]) -> bool:
    """Whether a condition the article never weighs is what a message asks about (review26): a
    part paid told beside another question is context ("借呗逾期了我还了大部分，征信会怎样", "I
    paid part of my jiebei, why is it still overdue?"), unless the clause that tells it asks, or the
    question is about the rest ("已经还了一半了，剩下的会不会还被起诉") or bare ("…，那会怎么样"); paying
    part by agreement is the article's own advice (协商, step 及时沟通); moving is no condition when negated ("I am not going to move"),
    nor when it is hiding (躲, 不回来, "stop answering": the article advises against it) or travel
    (出国旅游, 限制出境, "stop me at the airport": a travel fear, named as one)."""
    if figure == "partial":
        if _NEGOTIATED.search(text):
            return False
        if not _PAID_PART.search(match.group(0)) or _THE_REST.search(text) or (
                _STILL.search(text, match.end()) and not _WHY.search(text)):
            return True  # (whether it changes things: "I have paid half. Will the collection calls stop?")
        # told as done: asked about only by its own clause or a bare "会怎么样" ("花呗逾期后，还了部分款，会怎么样")
        return is_question(_clause_around(text, match)) or any(
            _BARE_ASK.fullmatch(clause.strip()) for clause in _CLAUSE_MARK.split(text[match.end():]))
    if figure == "in_my_name":
        return MINE_TO_PAY.search(text) is not None  # who pays asked, not only told ("用我名字借的，会上征信吗")
    if figure == "outsourced":
        return _who_collects_asked(text, match)
    if figure == "repaid":
        return _repaid_then_asked(text, match)
    if figure == "abroad":
        if ABROAD_GENERAL_ASK.search(text, match.end()) and not ABROAD_OTHER_MATTER.search(text):
            return True  # "我人在国外，借呗逾期会怎样", "我在美国，借呗逾期了怎么办": being abroad is the matter (truth3 #8)
        return _ABROAD_ASKED.search(text) is not None or any(
            _BARE_ASK.fullmatch(clause.strip()) or _ABROAD_MATTERS.fullmatch(clause.strip())
            for clause in _CLAUSE_MARK.split(text[match.end():]))
    if figure == "order":  # a visit and a suit both named ("what happens first? will they sue" names no visit)
        return _VISIT_NAMED.search(text) is not None and _SUIT_NAMED.search(text) is not None
    if figure == "moving":
        before = text[max(0, match.start() - 12):match.start()]
        return not (_NOT_MOVING_ZH.search(before) or _NOT_MOVING_EN.search(before + match.group(0))
                    or _HIDING_OR_TRAVEL.search(text))
    return True


def _repaid_then_asked(text: str, match: re.Match[str]) -> bool:
    """Whether a message told or asked as after repaying asks about a step of collection (a call, a
    visit, a suit, a charge still claimed: "还清后还会上门吗", "I repaid but the collector says I owe a
    late fee"; truth3 #5), not access, the limit or the record (after_repayment's own matter), and
    not of a part repaid (bot.conditions' "partial")."""
    rest = text[:match.start()] + " " + text[match.end():]
    if part_repaid(text, match):
        return False  # "已经还了两万，还欠三万…会被起诉吗": a part repaid, the rest still owed (review46)
    return (COLLECTION_STEP.search(rest) is not None and ACCESS_OR_RECORD.search(text) is None
            and _NOT_ALL.search(text) is None)


def part_repaid(text: str, paid: re.Match[str]) -> bool:
    """Whether words read as repaid ("已经还了") tell a part repaid: no 清/完/全/都 in them, and a sum
    right after ("已经还了2000") or the rest told as still owed after them ("…，还欠三万"). Also
    bot.routing_stated's (calls after paying off)."""
    return not _ALL_WORDS.search(paid.group(0)) and (
        _SUM_NEXT.match(text, paid.end()) is not None or _STILL_OWING.search(text, paid.end()) is not None)


def _who_collects_asked(text: str, match: re.Match[str]) -> bool:
    """Whether a message asks who collects (the lender itself or an outside agency), not only names
    an agency as the one that calls or threatens while asking something else ("催收公司天天打电话，
    会上门吗", "外包催收说我不还就起诉，会吗", "The collection agency calls every day, will they visit?":
    the visit or the suit is asked; review39 #1): the lender itself set against others ("是支付宝自己催
    还是外包"), the agency as what the question ends on ("是外包的吗", "is it outsourced?"), or a handing
    over asked ("会不会交给催收公司", "will they sell my debt to a collection agency?")."""
    start, end = _clause_bounds(text, match)
    clause = text[start:end]
    if "自己" in match.group(0) or EITHER_ASKED.search(clause) or _ITSELF_OR.search(clause) or match.group(0).startswith("or "):
        return True
    if SENT_BY_LENDER.search(text) or (LEGIT_ASKED.search(text) and LENDER_SET_OFF.search(text)):
        return True  # "是支付宝委托的吗", "…, not Alipay. Is that legit?" (truth3 #9)
    before, after = text[max(start, match.start() - 12):match.start()], text[match.end():end]
    return bool(_AGENCY_ENDS.fullmatch(after) and is_question(clause) or _HANDED_OVER.search(before)
                or _OUTSOURCE_ASKED_EN.search(clause))


def _clause_bounds(text: str, match: re.Match[str]) -> tuple[int, int]:
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, match.start())), default=0)
    end = _CLAUSE_MARK.search(text, match.end())
    return start, end.start() if end else len(text)


def _clause_around(text: str, match: re.Match[str]) -> str:
    start, end = _clause_bounds(text, match)
    return text[start:end]


# A visit and a suit named, for "which comes first" (bot.figure_kinds' "order": ans24).
_VISIT_NAMED = regex(r"上门|走访|来家|到家|\b(?:visit\w*|come to my|show up)\b", re.IGNORECASE)
_SUIT_NAMED = regex(r"起诉|告我|打官司|法院|\b(?:sue|sued|suing|lawsuit|court)\b", re.IGNORECASE)
EITHER_ASKED = regex(r"还是")  # "是支付宝自己催还是外包的": one or the other asked, without a mark
# Who collects (see _who_collects_asked): the agency named last in its question, or handed the debt to.
_ITSELF_OR = regex(r"\b(?:itself|themselves|directly|in[- ]house)\b.{0,30}\bor\b", re.IGNORECASE)
_AGENCY_ENDS = regex(r"\s*(?:催收)?(?:公司|机构|的人)?\s*(?:的|来的|打来的|在催|催的|做的|干的|负责的)?\s*(?:吗|么|嘛|呢|吧|不|没)?\s*[?？]*\s*")
_HANDED_OVER = regex(r"(?:是不是|是否|会不会|有没有|会|交给|转给|卖给|转到|转交|移交|委托|外包给|分给)\s*(?:被)?\s*(?:给)?\s*$"
                     r"|\b(?:sell|sold|pass\w*|hand\w*|transfer\w*|assign\w*|send|sent|give|given|refer\w*)\b.{0,25}$"
                     r"|\b(?:is|are|was|were) (?:it|this|that|they|these|the (?:collectors?|callers?|calls?))\s+(?:really\s+|now\s+)?(?:an? |from an? |from )?$",
                     re.IGNORECASE)
_OUTSOURCE_ASKED_EN = regex(r"\b(?:is|are|was|were|do|does|did|will|would)\b (?:\w+ ){0,4}?outsourc\w*", re.IGNORECASE)
# Being abroad is what is asked when the message asks whether they can still sue, reach or chase the
# borrower there, whether it is still owed, about going back, or whether it makes any difference; a
# question about the credit report or the family beside it ("我已经出国了，借呗逾期会影响征信吗",
# "I'm working abroad, will they contact my parents?") is asked of that matter (review39 #1).
_ABROAD_ASKED = regex(r"起诉|告我|法院|立案|坐牢|抓我|被抓|通缉|追究|找到我|找得到|找不到|追到|追过来|管不到|管得着|拿我"
                      r"|还用还|不用还|要还吗|还要还|用不用还|回国|入境"
                      r"|\b(?:sue|sued|suing|court|legal action|lawsuit|arrest\w*|jail|police|find me|reach me|come after|chase me|track me"
                      r"|still (?:have to |need to )?(?:pay|owe|repay)|have to (?:pay|repay)|go back|come back|return\w*|extradit\w*"
                      r"|does (?:it|that) matter|make (?:a|any) difference|change anything|what can they do)\b", re.IGNORECASE)
_ABROAD_MATTERS = regex(r"(?:那|这样)?(?:会|还会)?(?:有)?(?:什么)?(?:影响|关系|区别)(?:吗|么|嘛|呢)?|(?:does|will) (?:it|that) (?:matter|change anything)")
_NOT_ALL = regex(r"一部分|部分|一半|最低|\b(?:part|partial|half|minimum)\b")
# "已经还了" without 清/完/全/都 is paying, not paying off: with a sum right after it ("已经还了2000") or
# the rest told as still owed after it ("…还欠三万", "still owe 3000"), it is a part repaid.
_ALL_WORDS = regex(r"清|完|全|都|\b(?:off|in full|fully|settled|cleared)\b")
_SUM_NEXT = regex(r"\s*(?:大概|差不多|约)?\s*[#0-9零一二两三四五六七八九十百千万几]")
_STILL_OWING = regex(r"还欠|还剩|还差|剩下|剩余|还有\S{0,6}没(?:有)?还|\bstill owe|\bremaining\b|\bthe rest\b")
_NEGOTIATED = regex(r"协商|商量|谈一谈|谈谈|\bnegotiat\w*|\barrange\w*")
_PAID_PART = regex(r"了|已|\bpaid\b|\brepaid\b")
_THE_REST = regex(r"剩下|剩余|其余|余下|还有.{0,6}没(?:钱)?还|\bthe rest\b|\bremaining\b")
_STILL = regex(r"还会|还要|还是会|会停|停止|不再|\b(?:stop|still|anymore|any more|no longer)\b")
_WHY = regex(r"为什么|为啥|\bwhy\b")  # "I paid part of my jiebei, why is it still overdue?": billing
_BARE_ASK = regex(r"(?:那|那么|然后|这样|这样的话)?\s*(?:会|该|要|又)?\s*(?:怎么样|怎样|怎么办|咋办|咋样)\s*(?:呢|啊|呀)?"
                  r"|(?:so |and |then )?what (?:happens|will happen|would happen)(?: now| next| then)?|then what")
_CLAUSE_MARK = regex(r"[，,。.！!？?；;\n]")
_NOT_MOVING_ZH = regex(r"(?:不|没|没有|别|不会|不想|不是)\s*(?:我)?\s*$")
_NOT_MOVING_EN = regex(r"\b(?:not|never|no plans?|don ?t|won ?t|dont|wont|don't|won't)\b")
_HIDING_OR_TRAVEL = regex(
    r"躲|藏起来|不回来|不回国|失联|跑路|换号|换手机号|换号码|换电话|不接电话|拉黑|屏蔽|"
    r"旅游|旅行|出差|度假|出国玩|限制出境|不让(?:我)?出境|出境|边检|机场|海关|护照|签证|坐飞机|"
    r"\b(?:stop (?:answering|picking up|replying)|ignor\w+|chang\w* (?:my )?(?:phone )?number|new number|hid(?:e|ing)|block\w*"
    r"|disappear\w*|airport|border|customs|passport|visa|trip|holiday|vacation|travel\w*|tourism|tourist|stop me)\b",
    re.IGNORECASE)


__all__ = ["EITHER_ASKED", "condition_asked", "part_repaid"]
