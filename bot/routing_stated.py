"""Wording rules for what a borrower states rather than asks (round 12, cls13, issue 13's probes):
a lawyer's letter sent home is a lawsuit matter, not a visit; someone else's loan (a relative's, or
one taken out in the writer's name) asks whether the writer must pay; calls that go on after the
loan was repaid ask about life after repaying; paying only part (or only the principal) asks for
terms; a bare "I owe several lenders" or "I've paid it off" says where the writer stands. Each reads
a message as text.normalize gives it (``folded``) and the topics bot.routing found, and changes
them only when its wording is there."""

from __future__ import annotations

from . import knowledge as kb
from .concerns import find_concern
from .conditions import part_repaid
from .cues import LATE_OR_COLLECTED
from .patterns import regex
from .relatives import IN_MY_NAME, MINE_TO_PAY as _MINE_TO_PAY

UNCOVERED, COLLECTION, AFTER, NEGOTIATE = kb.UNCOVERED, "collection_process", "after_repayment", "negotiate"
HOME_VISIT, LAWSUIT, TREND, WORRY = "home_visit", "lawsuit", "collection_trend", "worry"
FAMILY, GOING_DARK = "contact_family", "going_dark"
SAFETY = ("crisis", "abusive_collection")

# "寄律师信到我家", "they sent a lawyer's letter to my home": a letter about suing, whatever 到我家
# leans to (home_visit). Not a visit by anyone ("催收会上门到我家吗" stays home_visit).
_LAWYER_LETTER = regex(r"律师函|律师信|律师的信|法务函|催告函|传票|起诉书|诉状"
                       r"|\blawyer\W*s?\W*letters?\b|\blegal (?:letters?|notices?)\b|\bsummons\b|\bletters? from (?:a |their |the )?lawyers?\b")


# ...unless a visit is asked as well ("律师函寄到我家了，他们会上门吗": home_visit, then lawsuit;
# review29 #9).
_VISIT_ASKED = regex(r"上门|来我家|来家里|到家里来|到我家来|家访|找到家|\bvisit\w*|\bcome (?:to|round|over)\b|\bshow up\b")


def lawyer_letter(topics: list[str], folded: str) -> list[str]:
    """[lawsuit, ...] for a home_visit reading of a message about a lawyer's letter or a summons
    ([home_visit, lawsuit, ...] when a visit is asked too)."""
    if topics[:1] != [HOME_VISIT] or not _LAWYER_LETTER.search(folded):
        return topics
    if _VISIT_ASKED.search(folded):
        return [HOME_VISIT, LAWSUIT] + [t for t in topics[1:] if t != LAWSUIT]
    return [LAWSUIT] + [t for t in topics[1:] if t != LAWSUIT]


# A visit asked beside a lawsuit matter ("催收说已经委托律师事务所了，下周上门，会来吗": the lawsuit answer
# alone left the visit unanswered; truth3 #11): the visit first, as asked, then the lawsuit. The visit
# must be asked (会来吗, 会上门吗, "will they come"), not only told ("说要起诉，还上门了").
_VISIT_QUESTION = regex(r"会(?:不会)?(?:真的)?(?:来|上门)(?:吗|么|嘛|吧)?(?:$|[，。？?！!,\s])|(?:上门|来)(?:吗|么|嘛)|来不来|上不上门"
                        r"|\bwill (?:they|he|she|anyone|someone|people) (?:really |actually )?(?:come|visit|show up)\b")


def visit_asked_too(topics: list[str], folded: str) -> list[str]:
    """[home_visit, lawsuit, ...] for a lawsuit reading of a message that also asks whether a visit
    will come."""
    if topics[:1] != [LAWSUIT] or HOME_VISIT in topics or not _VISIT_ASKED.search(folded) or not _VISIT_QUESTION.search(folded):
        return topics
    return [HOME_VISIT, *topics]


# A loan taken out in the writer's name by someone else ("孙子用我名字借的，我要负责吗", "my son
# borrowed in my name, am I responsible"), or a relative's own loan asked about ("前妻的借呗逾期了跟我
# 有关系吗": bot.concerns' family_liability): whether the writer has to pay is a fear the article
# does not cover (uncovered_consequences), not what happens after a loan goes late. Not the
# borrower's own credit asked beside a relative ("我爸借呗逾期了，会影响我征信吗": credit_report).
_FAMILY_MISREAD = (COLLECTION, AFTER, kb.OUT_OF_SCOPE, "penalty_costs", "going_dark", WORRY, "about_jiebei")


def someone_elses_loan(topics: list[str], folded: str) -> list[str]:
    """[uncovered_consequences, ...] when a loan reading (or a decline) answers a message asking
    whether the writer must pay a loan someone else took out."""
    if not topics or topics[0] not in (*_FAMILY_MISREAD, FAMILY) or not _MINE_TO_PAY.search(folded):
        return topics  # (the asking words first: bot.concerns' reading costs ~0.1 ms)
    if not IN_MY_NAME.search(folded):
        if topics[0] == FAMILY:
            return topics  # a relative's loan asked about contact stays contact_family's
        concern = find_concern(folded)
        if concern is None or concern[0] != "family_liability":
            return topics
    # ("Do I have to pay?" beside it reads as not paying: going_dark's "don't run off" is no answer
    # to whose debt it is, ans18)
    return [UNCOVERED] + [t for t in topics if t not in (UNCOVERED, kb.OUT_OF_SCOPE, FAMILY, GOING_DARK)]


# "还清以后催收还一直打电话", "I paid it off but collectors still call": calls after repaying ask about
# life after repaying (after_repayment), not how collection works. Not "没还完/还不完" (still owing),
# nor a loan never late.
_PAID_OFF = regex(r"(?<![没未不])(?<!没有)(?:还清|还完|结清|全部还了|都还了|全还了)|已经还了|(?:帮|替)我还了"
                  r"|\b(?:paid (?:it |them |everything |the loan |jiebei |huabei )?(?:off|back|in full)|fully (?:re)?paid|already (?:re)?paid|repaid|settled|cleared)\b")
# ...and, after it, calls that go on (还 alone is "repay" as often as "still": only its "still" forms).
# (cls22: "为什么还在催", "why are they still chasing me": the bare verb 催 and chasing)
_STILL_CALLED = regex(r"(?:还|仍|仍然|依然|继续|一直|照样|还是|老是|天天|每天|不停)\S{0,6}?(?:催收|催款|催债|被催|在催|催我|打电话|来电|打给我|联系我|发短信|短信)"
                      r"|(?:催收|催款|电话|短信)\S{0,4}?(?:还|仍|依然|继续|一直|照样|不停|不断)"
                      r"|\b(?:still|keep|keeps|kept|continue\w*|again)\b.{0,30}\b(?:call\w*|text\w*|collectors?|collection|harass\w*|contact\w*|chas\w*|hound\w*)\b"
                      r"|\b(?:call\w*|text\w*|collectors?|harass\w*|chas\w*)\b.{0,30}\b(?:still|again|keep|continue\w*)\b"
                      # (cls100) whether they stop, asked after a repayment told ("还完了 电话什么时候停", "will the calls stop")
                      r"|(?:催收|催款|电话|来电)\S{0,6}?(?:会停|停止|停下|才停|什么时候停|啥时候停|能停|停不停)|(?:不再|不会再)(?:催|打电话|打给我|联系我)"
                      r"|\b(?:calls?|collectors?|collection|they)\b.{0,20}\b(?:stop|end|cease)\b|\bstop (?:calling|contacting|chasing|texting)\b")
_NOT_ALL = regex(r"一部分|部分|一半|最低|\b(?:part|partial|half|minimum)\b")
# ...but a text, a notice or a bill that still says "due" or "overdue" after paying, with no one
# calling, is the eval README's billing case ("I paid but it shows unpaid"): declined as before.
_NOTICE = regex(r"短信|通知|显示|账单|提醒|\b(?:texts?|sms|messages?|notifications?|shows?|showing|bills?|statements?)\b")
_CALLER = regex(r"催收|催款|催债|打电话|电话打|来电|打给我|\b(?:call\w*|collectors?|collection|harass\w*)\b")


def paid_then_called(folded: str) -> bool:
    """Whether a normalised message says the loan was paid off and, after that, that the calls go
    on (not a notice alone that still says due: billing). Also bot.answer_asks' reading, so that
    after_repayment's answer leads with the calls (ans18)."""
    paid = _PAID_OFF.search(folded)
    if paid is None or _NOT_ALL.search(folded) or part_repaid(folded, paid) or not _STILL_CALLED.search(folded, paid.end()):
        return False
    return not (_NOTICE.search(folded, paid.end()) and not _CALLER.search(folded))


def calls_after_paying(topics: list[str], folded: str) -> list[str]:
    """[after_repayment] for a collection or trend reading (or a decline) of a message that says
    the loan was paid off and, after that, that the calls go on."""
    if topics[:1] not in ([COLLECTION], [TREND], [kb.OUT_OF_SCOPE]) or _NOT_ALL.search(folded):
        return topics
    if not paid_then_called(folded):
        return topics
    return [AFTER] + [t for t in topics[1:] if t not in (AFTER, COLLECTION, TREND)]


# "借呗可以只先还一部分吗", "只还本金不还利息", "can I pay only part": paying less than is due asks
# for terms (negotiate), as "借呗可以先还一部分吗" already reads. Not how one repayment is split
# ("先还本金还是先还利息": billing mechanics, declined), nor a payment already made.
_PART_ONLY = regex(r"(?:只|就)(?:先|能|想)?还(?:一)?部分|只还本金不还利息|只还本金(?:可以|行|能)|不还利息只还本金"
                   r"|(?:能不能|能否|可不可以|可以|能)只还本金"
                   r"|\b(?:can|could|may) i (?:just |only )?(?:re)?pay (?:only |just )?(?:part|some|half|a portion|the principal)\b")
# ...asked, not told ("已经还了一部分" is a payment made), nor interest-only or minimum repayments
# (a product's billing: "到了还款日可以只还利息吗", "花呗只还最低还款").
_ASKED = regex(r"可以|能|行|允许|吗|么|\?|\b(?:can|could|may)\b|只还本金不还利息|不还利息只还本金")
_PAID_PART = regex(r"已经?还了?|还了一部分|\b(?:paid|made)\b")
# ...nor one split two ways ("先还本金还是先还利息"); "还是要全还" (or all of it) is the same ask
# (review29 #10).
_EITHER = regex(r"还是(?!(?:要|得|必须)?(?:全还|全部还|还全|全额|一次性))|\bor\b(?! (?:(?:pay|repay) )?(?:in full|all of it|everything|the whole))")


def part_only(topics: list[str], folded: str) -> list[str]:
    """[negotiate] for a declined message that asks to pay only part of what is due; and beside
    negotiate, no going_dark section ("Can I just pay the principal and skip the interest?": skipping
    a charge read as not paying; truth2 C)."""
    if topics not in ([kb.OUT_OF_SCOPE], [NEGOTIATE, GOING_DARK]) or not _PART_ONLY.search(folded) \
            or not _ASKED.search(folded) or _EITHER.search(folded) or _PAID_PART.search(folded):
        return topics
    return [NEGOTIATE]


# A bare statement of debts with no question ("我欠了好几家网贷", "I owe money to several loan apps"):
# a worried borrower saying where they stand, answered by the worry reply (calm first steps), never
# a bare decline.
BARE_DEBTS = regex(r"\W*(?:我|本人)?(?:现在|目前|已经|一共|总共)?(?:欠了|欠着|欠|背了|背着)(?:好几家|好多家|很多家|几家|多家|好几个|好多|很多|一堆|一屁股|一身)"
                   r"(?:的)?(?:平台的?)?(?:网贷|贷款|债|钱|平台|信用卡|借呗|花呗)?(?:的钱|的债)?(?:了|啊|呀)?\W*"
                   r"|\W*i (?:owe|have debts? (?:on|with|at|from)|am in debt (?:to|with)) (?:money (?:to|on) )?(?:several|many|a lot of|lots of|multiple|so many|too many)"
                   r" (?:loan apps?|apps|lenders|platforms|online loans|loans|debts|credit cards)\W*")


# "借呗已经还清了", "I've paid off my jiebei": a bare statement of repaying: what comes after
# (access back, the record) is after_repayment's.
BARE_REPAID = regex(r"\W*(?:我的?)?(?:借呗|花呗|网贷|贷款)?(?:已经|都|全部|终于|刚刚?)?(?:还清|还完|结清|全部还了|全还了)(?:了|啦)?"
                    r"(?:借呗|花呗)?(?:了|啦)?\W*"
                    r"|\W*i (?:have |ve )?(?:already |just |finally )?(?:paid off|repaid|cleared|settled) (?:my |the )?(?:jiebei|huabei|loan|debt)(?: (?:in full|already))?\W*")


# "close jiebei account no debt", "借呗没有欠款怎么注销": closing the product with nothing owed is
# account business, declined; "no debt" / 没有欠款 says nothing is late (the late cue "debt" had kept
# the account-business rule from reading it). Not closing while late ("close jiebei, I'm overdue").
_CLOSING = regex(r"(?:关闭|注销|关掉|停用)(?:借呗|花呗)|(?:借呗|花呗)\S{0,6}?(?:关闭|注销|关掉|停用)"
                 r"|\b(?:close|cancel|deactivate|shut down|terminate)\b.{0,12}\b(?:jiebei|huabei)\b|\b(?:jiebei|huabei)\b.{0,12}\b(?:close|cancel|deactivate)\b")
_CLOSING_WORDS = ("关闭", "注销", "关掉", "停用", "close", "cancel", "deactivat", "shut down", "terminat")  # a quick check
_NOTHING_OWED = regex(r"没有?(?:欠款|欠钱|欠债|欠|逾期|借款|负债)|无(?:欠款|负债|逾期)|不欠|已(?:经)?还清|已结清"
                      r"|\b(?:no|zero|without|not in) (?:debts?|balance|loans?|arrears|money owed)\b|\bnot (?:late|overdue)\b|\bnever (?:been )?(?:late|overdue)\b"
                      r"|\b(?:debt|balance) (?:is )?(?:free|zero|cleared|paid)\b|\bowe nothing\b|\bdon ?t owe\b")


def closing_nothing_owed(topics: list[str], folded: str) -> list[str]:
    """[out_of_scope] for a loan reading of a message that asks to close the product and says
    nothing is owed (and no late cue is left once that is taken out)."""
    if not topics or topics == [kb.OUT_OF_SCOPE] or not any(word in folded for word in _CLOSING_WORDS) \
            or any(t in SAFETY for t in topics) or not _CLOSING.search(folded):
        return topics
    rest = _NOTHING_OWED.sub(" ", folded)
    if rest == folded or LATE_OR_COLLECTED.search(rest):
        return topics
    return [kb.OUT_OF_SCOPE]


# "Can the collector share my debt in my contacts list? Is that legal in China?": whether a practice is
# lawful is no question about being sued (the word "legal" leaned to lawsuit: truth2 B1). With a fear
# named that the article does not cover (bot.concerns: public shaming), that fear's answer (privacy,
# the ban on violent collection, 12378); not when suing or a court is named too.
_LAWFUL_ASKED = regex(r"合法|违法|犯法|合规|\b(?:legal|illegal|lawful|unlawful|allowed|against the law)\b")
_SUIT_NAMED = regex(r"起诉|告我|法院|打官司|立案|判|\b(?:sue|sued|suing|lawsuit|court|legal action|judge|judgment)\b")


def lawful_not_lawsuit(topics: list[str], folded: str) -> list[str]:
    """[uncovered_consequences, ...] for a lawsuit reading of a message that asks whether a practice
    it names is lawful, names a fear the article does not cover, and names no suit."""
    if topics[:1] != [LAWSUIT] or not _LAWFUL_ASKED.search(folded) or _SUIT_NAMED.search(folded) \
            or find_concern(folded) is None:
        return topics
    return [UNCOVERED] + [t for t in topics[1:] if t != UNCOVERED]


__all__ = ["BARE_DEBTS", "BARE_REPAID", "calls_after_paying", "closing_nothing_owed", "lawful_not_lawsuit", "paid_then_called", "lawyer_letter", "part_only", "someone_elses_loan", "visit_asked_too"]
