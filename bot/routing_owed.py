"""Wording rules for plain statements of a debt and plain questions about being late (round 14,
cls16, issue 13): a bare "逾期" is the late borrower's word, never "after repaying"; "我欠借呗3万"
states where the writer stands (never a bare decline); an amount beside a bare overdue statement
("借呗欠5万逾期3个月") changes nothing the bare-overdue rule reads; whether a day late counts, or
what comes once a grace period is over, is how collection starts; and a threat the collectors say
they will carry out ("they say they will come to my work") is put to us as the doubted threats are.
Each reads a message as text.normalize gives it (``folded``)."""

from __future__ import annotations

from . import knowledge as kb
from .answer_asks import legal_ask
from .concerns import find_concern
from .patterns import regex
from .questions import split_questions
from .routing_rules import BARE_OVERDUE
from .text import normalize

COLLECTION, AFTER, WORRY = "collection_process", "after_repayment", "worry"

# "逾期", "逾期？", "overdue": the word alone. The late borrower says it (as "逾期了" reads);
# after_repayment's examples use the word most, which made "文章没有讲还清以后的事" the best guess
# for someone who has not repaid. Answered as collection_process, still asking which was meant.
BARE_OVERDUE_WORD = regex(r"\W*(?:逾期|超期|晚还|overdue|past due)\W*")


def overdue_word_choices(offered: tuple[str, ...], by_id: dict[str, kb.Topic]) -> tuple[str, ...]:
    """The choices for a bare "逾期": what happens now first, then the keyword's other topics
    (life after repaying is no reading of the word alone)."""
    rest = tuple(t for t in offered if t not in (COLLECTION, AFTER))
    return tuple(t for t in (COLLECTION, *rest) if t in by_id)[:3]


_PRODUCTS = r"(?:蚂蚁)?(?:借呗|花呗)|白条|京东白条|网商贷|微粒贷|美团月付|网贷|信用卡|贷款"
_AMOUNT = r"(?:[#\d一二两三四五六七八九十百千万几多]+(?:块|元|万|千|w|k)?(?:多)?(?:块|元|块钱)?(?:钱)?)"
# "我欠借呗3万", "借呗欠5万", "我欠了白条和借呗": a statement of what is owed, no question; as the
# bare debts of bot.routing_stated (BARE_DEBTS) it gets the worry reply's first steps, not "I can't help".
OWED_STATED = regex(rf"\W*(?:我|本人)?(?:现在|目前|还|已经|一共|总共)?(?:欠了?|欠着)(?:{_PRODUCTS})"
                    rf"(?:(?:和|跟|与|、|还有|以及)(?:{_PRODUCTS}))*(?:的钱)?{_AMOUNT}?(?:了|啊|呀)?\W*"
                    rf"|\W*(?:我的?)?(?:{_PRODUCTS})(?:(?:和|跟|与|、)(?:{_PRODUCTS}))*(?:还|已经|一共|总共)?(?:欠了?|欠着){_AMOUNT}(?:了|啊|呀)?\W*")

# An amount said beside a bare overdue statement ("借呗欠5万逾期3个月", "借呗欠两万逾期四个月"), or
# with the product between ("我欠了借呗三万，逾期四个月": truth2 B2 had "文章没有讲还清以后的事"):
# taken out (the product kept), the rest is read by BARE_OVERDUE as it would be without the amount.
_OWED_AMOUNT = regex(rf"[，,、\s]*(?:欠了?|欠款|欠着|借了?)(?P<product>{_PRODUCTS})?(?:的钱)?{_AMOUNT}[，,、\s]*")


def overdue_with_amount(folded: str) -> bool:
    """Whether a message is a bare overdue statement once an amount owed is taken out of it."""
    if "欠" not in folded and "借了" not in folded:
        return False
    rest = _OWED_AMOUNT.sub(lambda found: found.group("product") or "", folded)
    return rest != folded and bool(BARE_OVERDUE.fullmatch(rest))


# "借呗逾期一天算逾期吗", "晚还两天算不算逾期", "宽限期过了会不会立刻催收": whether a lateness
# counts, or what starts once the grace period is over, is what collection_process answers (the
# article: collection starts as soon as a loan is overdue, and is reported at once). A lateness
# stated with its length in days before the 算…逾期 asked; not whether late repayment as such counts,
# how long a grace is ("借呗晚还款算逾期", "逾期几天算逾期": the hand-labelled dev set's billing), nor
# when, on the due day, a payment is in time ("最后一天几点前还款算逾期", "还款日晚上还算逾期吗",
# "最晚什么时候还不算逾期", minutes or hours late: the deadline, billing per shared/eval's README).
_LATE_BY = r"(?:(?:[一二两俩三四五六七八九十半]|#|\d)+(?:个)?(?:天|日|礼拜|星期|周)|(?:到)?(?:第二天|隔天|次日))"
COUNTS_AS_LATE = regex(rf"(?:(?:逾期|晚还|晚了|迟还|迟了|超期|推迟|拖了?|晚|迟)(?:还款|还)?(?:了)?{_LATE_BY}|(?:晚|迟|推迟|拖)(?:了)?{_LATE_BY}(?:还款|还|再还))"
                       r"\S{0,6}?(?:算不算|算|算是|会不会算|会算|是不是算|也算)(?:作|做|是)?逾期"
                       r"|宽限期(?:过了|过后|一过|结束|之后|以后)")
_DUE_TIME = regex(r"几点|\d点|#点|点(?:前|后|之前|之后|以前|以后)|中午|晚上|凌晨|早上|上午|下午|当天|当日|最后一天|还款日当天|到账"
                  r"|最晚|最迟|什么时候|什么时间|何时|几号|分钟|小时")


def counts_as_late(topics: list[str], folded: str) -> list[str]:
    """[collection_process] for a declined message that asks whether a lateness counts or what
    follows the grace period."""
    if topics != [kb.OUT_OF_SCOPE] or not COUNTS_AS_LATE.search(folded) or _DUE_TIME.search(folded):
        return topics
    return [COLLECTION]


# "they say they will come to my work", "催收说明天要来我单位": a threat reported as what the
# collectors say they will do is a threat put to us, as "…真的吗" puts it (bot.routing_rules DOUBTS):
# what the article says of that matter follows the abuse reply.
THREAT_REPORTED = regex(r"\bthey (?:say|said|told me|threaten\w*|claim\w*)(?: that)? they (?:will|would|are going to|gonna)\b"
                        r"|(?:催收|他们|对方)(?:说|扬言|威胁|放话)(?:说)?(?:明天|后天|下周|马上|今天|过几天)?(?:就)?(?:要|会)")


# ...but not a threat of harm or damage: "visits are rare" under "they will come to my door with a
# knife" or "要来我家泼油漆" would belittle it (review32); the abuse reply (110 first) stands alone.
HARM_THREATENED = regex(r"\b(?:kill|knife|knives|gun|beat|stab|break (?:my|your|his|her) \w+|burn|acid|paint)\w*|\bhurt (?:me|you|us|my|him|her|them)\b"
                        r"|弄死|打死|杀|砍|刀|泼|烧|打断|打残|揍|弄残|卸|硫酸|油漆|放火")


# A collector's threat of harm told as said ("催收说要拿刀来我家", "催收说要来我家把我打残"): abusive
# collection even where the rules read only a visit (review33: "上门…相对少见" and 95188 answered a
# knife at the door). Collectors named as the ones who said it, so "他们说要拿刀切蛋糕" is no threat.
HARM_REPORTED = regex(r"(?:催收|催债|讨债|要债)(?:的|的人|员)?(?:打电话|发短信|发信息)?(?:来)?(?:说|扬言|威胁|放话|讲)(?:说)?.{0,12}?"
                      r"(?:拿刀|带刀|动刀|砍|弄死|打死|杀|打残|打断|弄残|泼(?:油漆|粪|硫酸)|放火|烧)"
                      r"|\bcollectors? (?:say|said|says|threaten\w*|told me)\b.{0,40}\b(?:kill|knife|stab|beat me|break my|burn|hurt me)\b")


__all__ = ["BARE_OVERDUE_WORD", "COUNTS_AS_LATE", "HARM_REPORTED", "HARM_THREATENED", "OWED_STATED", "THREAT_REPORTED", "counts_as_late", "loan_asked_beside_abuse",
           "overdue_with_amount", "overdue_word_choices"]


# A visit named in a threat the collectors say they will carry out ("催收威胁说要上门", "they said they
# will come to my house"): the article speaks of home visits, whatever share the classifier gives it
# (a bare "威胁说要上门" is 0.006 of it: review35 #7 had the abuse reply alone).
VISIT_THREATENED = regex(r"上门|来我家|到我家|去我家|找上门|走访|家访|去我老家|来我老家|"
                         r"\b(?:come|coming|visit\w*) (?:to )?(?:my|our) (?:door|home|house|place|hometown)\b")
HOME_VISIT = "home_visit"


# What is left of an abuse report once the report is taken out, when all it asks is about the abuse
# itself: whether it is allowed, or where to complain ("Is that allowed?", "Can they do that and who
# do I report to?", "我能投诉吗，打哪个电话"). The abuse reply answers that (12378, 110, evidence); a loan
# topic guessed from such words ("打哪个电话" leans to negotiate) is an unrelated section (truth2 C).
_OF_THE_ABUSE = regex(
    r"(?:这样|这|他们这样|这种|这么做)?(?:是)?(?:合法|违法|犯法|正常|允许|合规)(?:的)?(?:吗|么|嘛|不|吧)?|合不合法|违不违法|算不算(?:违法|暴力催收|骚扰)"
    r"|(?:他们)?(?:能|可以)(?:这样|这么做)(?:吗|么|嘛)?|有没有权(?:利)?这样"
    r"|(?:我)?(?:能|可以|能不能|可不可以|该|要|应该)?(?:去)?(?:投诉|举报|报警)(?:吗|么|嘛|他们|催收)?|(?:怎么|去哪|去哪里|在哪|向谁|找谁|到哪)(?:里)?(?:投诉|举报|报警)"
    r"|(?:打|拨)?哪个(?:电话|号码)|找谁|打什么电话"
    r"|\b(?:is|are) (?:that|this|it|they|this kind of thing) (?:even )?(?:allowed|legal|ok|okay|normal|harassment|lawful)\b(?: in china)?"
    r"|\b(?:can|are) they (?:allowed to )?(?:do|doing) (?:that|this)\b|\bare they allowed\b"
    r"|\b(?:who|where|how) (?:do|can|should) i (?:report|complain|call|contact)(?: (?:this|them|it|to))*\b|\b(?:report|complain about) (?:them|it|this)\b")
_NOTHING_ELSE = regex(r"(?:[\W_]|\b(?:and|or|so|then|also|to|about|it)\b|那|那么|还有|我|吗|呢|啊|请问|和|并且)*")


def asks_only_of_the_abuse(rest: str) -> bool:
    """Whether a question (normalised) asks only about the abuse itself (see _OF_THE_ABUSE)."""
    left = _OF_THE_ABUSE.sub(" ", rest)
    return left != rest and _NOTHING_ELSE.fullmatch(left) is not None


def beyond_the_abuse(rest: str) -> str:
    """The rest of an abuse report without its questions that ask only about the abuse itself
    ("Is that allowed? Will they sue me?" -> "Will they sue me?"; "" when that is all it asks), so
    that only a real loan question gets a section beside the abuse reply."""
    questions = split_questions(rest)
    kept = [q.text for q in questions if not asks_only_of_the_abuse(normalize(q.bare))]
    return rest if len(kept) == len(questions) else " ".join(kept)


def no_list_under_a_claim(extra: list[str], question: str) -> list[str]:
    """The topics answered beside an abuse reply, without the not-covered answer when the message
    asks whether a collector's claim is true and names no fear that answer could name ("收到短信说已经
    立案，三天内不还就强制执行，是真的吗"): the abuse reply's own point says the article does not cover
    such a claim and how to check it; a generic list of uncovered fears under it answered nothing
    (truth2 C)."""
    if kb.UNCOVERED not in extra or legal_ask(question) != "claim" or find_concern(normalize(question)) is not None:
        return extra
    return [t for t in extra if t != kb.UNCOVERED]


# What to do about the loan, asked beside an abuse report ("…列为共同还款人，这合法吗，我该怎么还",
# "…joint debtor, I'm 30 days late, what can I do"): alone these words read as a decline (how to pay a
# bill) or as what the bot can do, so nothing answered the loan beside the abuse reply (review39 #2).
# Only when the loan is named in what is left: repaying asked (怎么还, "how do I pay"), or lateness
# told; a bare "我该怎么办" after an abuse report asks about the abuse, which its reply answers.
_WHAT_TO_DO = regex(r"(?:该|要|应该|能|可以)?(?:怎么|如何|咋)(?:办|处理|应对|还)|咋办"
                    r"|\bwhat (?:can|should|do|shall) i do\b|\bwhat are my options\b|\bwhat now\b"
                    r"|\bhow (?:do|can|should|will) i (?:re)?pay\b")
_REPAYING = regex(r"还$|\bpay$")
_LATE_TOLD = regex(r"逾期|晚还|拖欠|拖了|欠了?\S{0,6}(?:天|个月|月|年)|\b(?:overdue|late|past due|behind)\b")


def loan_asked_beside_abuse(rest: str) -> str | None:
    """The loan topic a "what can I do" left beside an abuse report asks (normalised rest, the
    abuse clauses out): what happens now (collection_process) when lateness is told, the advice
    to talk to the lender (negotiate) when repaying is asked; None when the loan is not named."""
    asked = [m for q in split_questions(rest) if (m := _WHAT_TO_DO.search(normalize(q.bare)))]
    if not asked:
        return None
    if _LATE_TOLD.search(normalize(rest)):
        return COLLECTION
    return "negotiate" if any(_REPAYING.search(m.group(0)) for m in asked) else None
