"""A visit doubted and a debt's end asked (round 39, cls109; issue 13): two questions people ask without the words
the examples of their topics use.

- Whether a visit will really happen: "would they really come all this way for so little", "no one has come in half a
  year, will they ever", "the collector says someone comes next week: real or a bluff?". The writer asks about a
  visit (home_visit's answer: what a lawful visit is, what it may not be), but the words are the distance, the sum, the
  bother, the bluff; the classifier read them as the family (a far village), the process, a decline, or abuse (吓唬
  is an abuse word). A visit named (a doorstep, a trip, someone sent) and its being real doubted makes home_visit
  lead. An abuse reading is moved only when the wording bears out no abuse once the doubt itself is set aside (a
  threat, an insult, a fee told beside it keep the abuse reply first) and it stays second.
- Whether it is over once the debt is repaid: "还完了 是不是就没事了", "paid it all, is this over?", "will the calls stop
  after I pay everything?". A repayment told as done (not 没还完, 还不完) and the end asked (没事了, 结束, 完了吗, over,
  done, the calls stopping) is after_repayment's question; the classifier read the end as going dark or a decline.
- Others finding out, feared with nothing asked: "好怕家里人知道", "I'm scared my family will find out". The fear is of
  being known, told, not a question whether they will be called: the worry reply leads, contact_family stays second
  (asked, "会不会告诉我家人", it stays contact_family's).
Readings of bot.routing_meant.meant, after vetting: crisis, goodbye and a reading already right are never touched.
Matched on text.normalize()d text.
"""

from __future__ import annotations

from .patterns import regex
from .questions import is_question
from .routing_rules import Route
from .routing_vet import abuse_agreed
from .safety import mentions_crisis

HOME_VISIT = "home_visit"
AFTER = "after_repayment"
WORRY = "worry"
_FAMILY = "contact_family"
_ABUSE = "abusive_collection"
# Readings a doubted visit or a debt's end was misread as (never crisis or goodbye).
_VISIT_FROM = frozenset({"contact_family", "collection_process", "out_of_scope", "capabilities", _ABUSE})
_AFTER_FROM = frozenset({"going_dark", "collection_process", "out_of_scope", "capabilities", "worry"})

# Someone coming in person: the doorstep, a trip made for the writer, someone sent.
_VISIT = regex(r"上门|登门|家访|外访|走访|来(?:我|咱)?家|到(?:我|咱)?家|去(?:我|咱)?家|(?:跑|走|来|去)(?:一|这么一)?趟|跑(?:过来|过去|到)|"
               r"派人|大老远|亲自来|(?:会|要)来(?:吗|么)|(?:有|没)人来|(?:去|到|来|回)(?:我的?)?(?:户籍地|老家|村里)|"
               r"\b(?:visit\w*|come (?:over|by|out|here|to (?:my|our|the))|coming (?:over|by|out|here|to (?:my|our|the))|"
               r"travel\w* (?:all the way|out|here|there|to)|make the trip|send (?:someone|somebody|people|an agent)|knock\w*|doorstep|my door|show up|turn up)\b")
# Its being real doubted: really / bother / worth it / so little / a bluff / no one has come yet.
_DOUBTED = regex(r"真的(?:会|要|能)?|真会|真要|专门|专程|特意|特地|大老远|这么远|那么远|这点钱|这么点|那么点|几千块|就欠|才欠|只欠|"
                 r"吓唬|吓人|唬人|唬我|虚张声势|说说而已|真的假的|是真的吗|是假的|(?:一直|从来|还|都)没(?:有)?人来|"
                 r"\b(?:really|actually|bother\w*|worth (?:it|their|the)|all (?:the|that) way|so far|small (?:sum|amount|debt)|"
                 r"only (?:owe|a few)|just a few|bluff\w*|real or|serious|empty threat|no one has (?:come|shown up)|nobody has (?:come|shown up)|yet)\b")
# (the doubt words set aside before asking whether the wording bears out abuse: 吓唬 is itself an abuse word)
_DOUBT_SPAN = regex(r"吓唬|吓人|唬人|唬我|虚张声势|\b(?:bluff\w*|empty threat|scare tactic)\b")

# A repayment told as done (not 没还完/还没还清/还不完; a conditional "还完以后" counts: the question is the same).
_REPAID = regex(r"(?<![没未不])(?<!没有)(?<!还没)(?<!还没有)(?:还(?:完|清|上了)|结清|还款完成|全(?:部|都)还了|都还了)|"
                r"\b(?:paid (?:it |everything |all |the whole \w+ |them )?(?:off|back|in full)|paid (?:it all|everything)|"
                r"pay (?:everything|it all|(?:it|everything) off)|cleared|settled|repaid)\b")
# The end asked: nothing more to come, or the calls ending (in English; the Chinese calls stopping after a repayment are
# bot.routing_stated's, and a reminder text to stop is a setting: "结清了 还款提醒短信怎么停掉" stays declined).
_OVER = regex(r"没事了|没事吧|结束了|就完了|算完了|(?<![还付])完了吗|了结|翻篇|到此为止|一笔勾销|"
              r"\b(?:(?:is|it s|its|it is|all|that s|thats) (?:it )?(?:over|done|finished)|over now|the end of it|behind me|calls? (?:\w+ )?(?:stop|end)|stop calling)\b")
# Lateness or being unable to pay told as now (still owing): not after repaying.
_STILL_OWED = regex(r"还不上|还不起|还不完|没钱还|\b(?:can ?t|cannot) (?:re)?pay\b")


def visit_doubted(topics: list[str], folded: str) -> list[str]:
    """[home_visit, ...] for a visit named and its being real doubted (see the module doc); ``topics`` otherwise."""
    if not topics or topics[0] not in _VISIT_FROM or HOME_VISIT in topics[:1]:
        return topics
    if not (_VISIT.search(folded) and _DOUBTED.search(folded)):
        return topics
    if topics[0] == _ABUSE and abuse_agreed(_DOUBT_SPAN.sub(" ", folded)):
        return topics  # abuse told beside the doubt (a threat, an insult): the abuse reply stays first
    return [HOME_VISIT, *[t for t in topics if t != HOME_VISIT]][:3]


def repaid_over(topics: list[str], folded: str) -> list[str]:
    """[after_repayment, ...] for a repayment told as done and the end asked (see the module doc); ``topics`` otherwise."""
    if not topics or topics[0] not in _AFTER_FROM:
        return topics
    if not (_REPAID.search(folded) and _OVER.search(folded)) or _STILL_OWED.search(folded):
        return topics
    if mentions_crisis(folded):
        return topics  # "还清了就完了吗，药都买好了": the end asked is a life's; no loan section beside the crisis (review103 F5, mend85)
    return [AFTER, *[t for t in topics if t != AFTER]][:3]


def beside_crisis(loan: Route) -> Route:
    """The route of what a crisis message asks besides, without repaid_over's reading: "还清了就完了吗" beside "药都买好了"
    asks whether a life is over, not the loan's end; the crisis reply already says the money can wait, and a section
    on credit after repaying reads as a lecture there (review103 F5, mend85). The route read otherwise is kept."""
    if loan.unread is None or loan.topics[:1] != (AFTER,) or AFTER in loan.unread.topics:
        return loan
    return loan.unread


# A fear of the writer's people (family, spouse, parents, colleagues, the boss) learning of the debt.
_KNOWING_FEARED = regex(r"(?:怕|害怕|担心|担忧|不敢让)[^，,。！？!?；;]{0,10}(?:知道|发现|晓得|听说)|"
                        r"\b(?:scared|afraid|terrified|worried|fear|dread\w*)\b[^,.!?;]{0,40}\b(?:find(?:s|ing)? out|found out|learn\w* (?:about|of)|discover\w*|hear\w* about)\b")

# A question asked of them all the same (is_question misses an English one with no mark: "will jiebei tell them").
_THEY_ASKED = regex(r"会不会|是否|[吗嘛么]|\b(?:will|would|can|could|do|does|did|is|are) (?:they|jiebei|alipay|huabei|the \w+|anyone|someone|you|it)\b")


def knowing_feared(topics: list[str], folded: str) -> list[str]:
    """[worry, contact_family] for a fear of others finding out told with nothing asked (see the module doc)."""
    if not topics or topics[0] != _FAMILY or not _KNOWING_FEARED.search(folded) or is_question(folded) or _THEY_ASKED.search(folded):
        return topics
    return [WORRY, _FAMILY]


__all__ = ["beside_crisis", "knowing_feared", "repaid_over", "visit_doubted"]
