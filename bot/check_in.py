"""The check-in (12356) a reply carries when its message shows signs of distress (bot.safety.net),
and when such a reply opens with the person instead of a decline (safety.json ``check_in_alone``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from . import knowledge as kb
from .concerns import find_concern
from .routing_owed import OWED_STATED
from .routing_rules import Route
from .patterns import regex
from .questions import is_question
from .safety.clauses import Clause, split_clauses
from .safety.net import speaks_of_distress
from .text import fold, simplified, simplified_words

def _plain(question: str) -> str:
    """The message as the patterns below read it: simplified, lower case, apostrophes dropped ("I'm" -> "im")."""
    return simplified_words(question)


NAMES_12356 = ("crisis", "worry", "goodbye")  # topics whose own answer gives 12356: no check-in after them


def check_in_line(lines: dict[str, str], route: Route | None, lang: str, chosen: Sequence[kb.Topic], *,
                  wanted: bool = False, answer: str = "") -> str:
    """The check-in the router (or the caller: ``wanted``) asked for, unless an answer chosen
    names 12356 itself: by topic, or by the ``answer`` text offering the helpline in a line of its
    own (the abuse reply's "if this keeps you awake… 12356" bullet had the line again under it;
    truth3, s15). An echoed "欠款12356元" is no helpline: the number must stand beside its name."""
    asked = wanted or (route is not None and route.check_in)
    if not asked or any(t.id in NAMES_12356 for t in chosen) or _HELPLINE_OFFERED.search(answer):
        return ""
    return "\n\n" + lines[lang]


_HELPLINE_OFFERED = regex(r"(?:心理援助|热线|hotline|helpline)\D{0,8}(?<!\d)12356(?!\d)|(?<!\d)12356(?!\d)\s*[（(]?\s*(?:心理援助|热线|psycholog|hotline|helpline)",
                          re.IGNORECASE)


def opens_with_the_person(alone: dict[str, str], route: Route | None, question: str,
                          chosen: Sequence[kb.Topic]) -> bool:
    """Whether a reply that declines (no loan answer chosen) and carries the check-in should be
    ``alone`` instead ("我想死，开玩笑的", "感觉自己很没用", "我好累"): when the message says distress
    itself (bot.safety.net.speaks_of_distress, by the route's crisis probability) or is about no
    loan, bill or account at all; never for a billing question that tripped a reader's low floor
    (it keeps the decline, which points it to 95188)."""
    if not alone or not chosen or not all(topic.kind == "fallback" for topic in chosen):
        return False
    crisis = route.crisis_probability if route is not None else 0.0
    return (speaks_of_distress(question, crisis) or feeling_told(question) or asks_for_someone(question)
            or not _ACCOUNT_MATTER.search(simplified(question)))


# A message about a loan, a bill or an account ("银行卡已经扣钱了，为什么花呗还没还上", "我想更换电话
# 号码"): the decline points it to 95188; a message about none ("我好累", "觉得自己很没用") has
# nothing to decline (review24: they opened with "这个问题我在这里帮不上忙").
_ACCOUNT_MATTER = regex(
    r"借呗|花呗|微粒贷|白条|网贷|贷款|信用卡|银行|还款|还钱|还了|还清|还上|早还|晚还|扣款|扣钱|划扣|逾期|利息|罚息|"
    r"违约金|额度|账户|账号|帐户|登录|登陆|密码|验证码|短信|电话|号码|手机|客服|支付宝|借款|借钱|欠|分期|提额|账单|"
    r"订单|退款|数额|金额|\b(app|jiebei|huabei|loans?|pay\w*|bank|account|credit|card|phone|sms|message|log ?in|"
    r"password|interest|fees?|bills?|debts?|owe)\b")


_CREDIT_MATTER = regex(r"芝麻|征信|\bsesame\b")


# A feeling said and nothing else ("我好难受", "今天好想哭", "so tired", "i give up"): distress told
# with no loan, bill or account named earns the check-in (the lead's left-overs, safe16), where the net
# reads too short a message to weigh (bot.safety.net.too_short). Not rest or a nap ("我想休息一下",
# "I need a nap": review24), not a thing given up on ("i give up on this app").
_FEELING_ALONE = regex(
    r"^\W*(我|今天|最近|真的|好|太|真|感觉|觉得|心里|唉|哎)*(好|太|真|很|特别|快要?)?(难受|想哭|难过|伤心|累|心累|崩溃|绝望|痛苦|撑不住|扛不住|受不了|没意思了|不想说话|想放弃|放弃了)(了|啊|呀)?\W*$"
    r"|^\W*(i |i\s?m |i am |im |feeling |feel |just |so |really |very |too )*(so |really |very |too |just )?"
    r"(tired|exhausted|sad|depressed|hopeless|broken|empty|numb|overwhelmed|crying|done|give up|gave up|giving up|cant (do this|cope|take it)( anymore)?)\W*$")


def feeling_alone(question: str) -> bool:
    """Whether the message is a feeling said alone, naming no loan matter (see _FEELING_ALONE)."""
    text = _plain(question).strip()
    return (len(text) <= 40 and _FEELING_ALONE.search(text) is not None and not _ACCOUNT_MATTER.search(text)
            and re.sub(r"\W", "", text) not in _OF_A_THING)


# A bare word that as often tells of a thing or a task ("broken": a phone; "empty": a balance; "done": a
# form): a feeling only when someone is its subject ("im broken", "i feel empty", "so sad" stays; review27).
# 累死了 is the idiom issue 12 names (tired, not dying): masked, no feeling of despair.
_OF_A_THING = frozenset({"broken", "empty", "done"})


# A feeling told beside a loan matter ("征信花了，压力好大", "欠了花呗八千，好想哭", "my sesame score dropped
# and I cannot sleep"): the check-in line whatever the matter (review35: 90 of 256 such messages had
# none; bot.safety.net's words are the graver ones). A degree word or the writer makes it a feeling:
# not "系统崩溃" (an app), "压力不大", nor "还款压力" (a figure of the loan).
_FEELING_TOLD = regex(
    r"(?<!还款)(?<!经济)(?<!资金)压力(好|太|真|很|特别|非常|超|巨|实在)(大|重)|压力山大|压得(我)?喘不过气|(好|很|真|太)?想哭|哭了(好几|一)?(天|晚|夜)|"
    r"(好|很|真|太|特别|非常|心里|真的)(难受|难过|痛苦|煎熬)|心(好|很|真|太)?累|(好|真|太)累啊|活着(好|很|真|太)?累|"
    r"(我|好|快要?|要|太|真的?|都)(崩溃|疯)了?|(每天|天天|整夜|晚上|整晚)?(失眠|睡不着)|(好|很|太|真|感觉|觉得)?绝望|"
    r"受不了了|撑不下去|扛不住了|熬不下去|不知道怎么活|"
    r"\b(i am|im|i feel|feeling|i m|i get|getting|so|really|very|too)\s+(so |really |very |too |completely |totally )?"
    # Not "scared", "terrified", "anxious": fear of what a late loan brings is the question (worry's
    # topic, as 害怕/担心 are), not distress said of oneself (review37: 18 of 19 fearful English questions
    # had gained the line); not "desperate to" (keen).
    r"(stressed( out)?|depressed|hopeless|desperate(?! to\b)|overwhelmed|miserable|alone|lonely)\b|"
    r"\b(i )?(cannot|cant|can not|couldnt|havent been able to) (sleep|stop crying|take (it|this|any more)( anymore)?|cope|go on)\b|"
    r"\bi (keep|been) crying\b")


# A life coming apart told beside the debt (front7: "我老婆要跟我离婚了，因为借呗" got contact_family's answer
# alone, "没钱吃饭了，饿了两天" the negotiation answer alone): a spouse leaving, days without food. Not a
# marriage's debts asked about ("离婚后借呗要一起还吗"), nor a meal skipped to save ("少吃一顿").
_HARDSHIP_TOLD = regex(
    r"(要|闹|提出?|想|非要|吵着)(跟|和)?(我)?离婚|(跟|和)我离婚|(老婆|老公|妻子|丈夫|媳妇|对象)\S{0,4}(走了|跑了|离开我|不要我)|"
    r"没钱吃饭|吃不上饭|吃不起饭|(饿|饿了)(了)?(两|三|几|好几|[2-9])天|(两|三|几|好几|[2-9])天(都)?没(有)?吃(饭|东西)|"
    r"\b(wife|husband|partner|spouse|girlfriend|boyfriend) (is |has )?(leaving|left|divorcing|kicked) me\b|\b(wants|asked for|filing for|filed for) (a )?divorce\b|"
    r"\b(havent|have not|hasnt|didnt) eaten (in|for) (two|three|a few|several|[2-9]) days\b|\b(cant|cannot|can not) (afford|buy) (food|groceries|to eat)\b")


def feeling_told(question: str) -> bool:
    """Whether the message tells a feeling of distress anywhere in it, beside whatever loan matter
    (see _FEELING_TOLD), or a life coming apart (_HARDSHIP_TOLD): the check-in line, and a decline
    opens with the person."""
    text = _plain(question)
    return _FEELING_TOLD.search(text) is not None or _HARDSHIP_TOLD.search(text) is not None


# Someone asked for, with nothing else said (front5: "帮帮我", "有人能陪我说说话吗", "我能跟谁说", "I need
# someone to talk to", "nobody can help me" had got "这个问题我在这里帮不上忙" or goodbye's "take care",
# "to talk" read as "talk later"): a plea to be heard, answered with the person first (the check-in
# alone, which also offers the loan questions). Not a request about an account ("帮我查一下还款"), nor
# "help" alone (what the bot can answer).
_ASKS_FOR_SOMEONE = regex(
    r"^\W*(谁|有没有人|有人|你)?(能|可以|来|快)?(求求你|求你|拜托)?(了)?(帮帮我|救救我|帮我一把|拉我一把)(吧|啊|呀|好吗|行吗)?\W*$"
    r"|^\W*(有没有人|有人|谁)(能|可以|愿意)?(陪|和|跟)我(说说话|说会儿话|说说|说话|聊聊|聊一聊|聊会儿|聊天)(吗|吧|啊)?\W*$"
    r"|^\W*我?(真的|只是|就是)?(好|很)?(想|需要)(找)?(个)?(人)?(陪我|和人|跟人|找人|有人陪我)?(说说话|说会儿话|说说|聊聊|聊一聊|聊会儿|倾诉)(吗|吧|啊)?\W*$"
    r"|^\W*我?(能|可以|该|应该)?(跟|和|找|向)谁(说|聊|倾诉|求助)(呢|啊)?\W*$|^\W*没(有)?人(能|可以)?(帮|救)(得了)?我(了)?\W*$"
    r"|^\W*(i )?(just |really |really just )?(need|want) (someone|somebody|anyone|a person) to (talk|speak) to\W*$"
    r"|^\W*(i )?(just |really )?(want|need) to (talk|speak)( to (someone|somebody|anyone))?\W*$"
    r"|^\W*(can|could|will|would) (someone|somebody|anyone|you) (please )?(help|talk to) me( please)?\W*$"
    r"|^\W*(please )?help me( please)?\W*$|^\W*(nobody|no one|noone) (can|could|will) help me\W*$|^\W*is (anyone|anybody|someone) (there|listening)\W*$"
    r"|^\W*(i am|im|i feel|feeling) (so |really |very )?desperate\W*$")


# ...about the debt, said after the plea ("I just need someone to talk to about the debt", "我想找人聊聊借呗的事"):
# still a plea, not an account matter (review34 had found it declined with no 12356).
_ABOUT_THE_DEBT = regex(r"\s*\b(about|regarding) (the|my|this|these|all this|all the) (debts?|loans?|jiebei|huabei|money|situation|bills?)\W*$"
                        r"|(关于)?(借呗|花呗|欠债|欠款|网贷|贷款|还款|欠钱)(的)?(事|事情)(吧|啊)?\W*$")


# (remembered for the last few texts: one ask asks it of the same text several times; a function of the text and
# module constants alone; speed only, PERF_LOG part 30)
@lru_cache(maxsize=16)
def asks_for_someone(question: str) -> bool:
    """Whether the message asks for someone to help or to listen and says nothing else, or only what
    about (see _ASKS_FOR_SOMEONE, _ABOUT_THE_DEBT)."""
    text = _plain(question).strip()
    text = _ABOUT_THE_DEBT.sub("", text)
    return len(text) <= 40 and _ASKS_FOR_SOMEONE.search(text) is not None and not _ACCOUNT_MATTER.search(text)


# The signs that are a reader's low floor, not words the message says (bot.safety.net.check_in_reason).
LOW_FLOORS = ("classifier", "learned")


def only_a_loan_matter(question: str, crisis: float) -> bool:
    """Whether a message that tripped only a reader's low floor is about a loan matter and says no
    distress itself (bot.safety.net.speaks_of_distress): a billing question, not a person to check in
    on (safe16: 42 of the pool's 69 lines followed such declines)."""
    if veiled_farewell(question):
        return False  # a veiled farewell, with no 我 ("明天以后就跟这些债没关系了", "soon it won't matter anymore"; review27)
    if OWED_STATED.fullmatch(fold(question)):
        return not speaks_of_distress(question, crisis)  # "我欠了网商贷两万": a balance told, nothing else (truth1 #13)
    clauses = split_clauses(question)
    if _story_told(clauses):
        return False  # a story ("…Every day I drive past the reservoir… Can I negotiate a payment plan?")
    told = [c.text for c in clauses if not is_question(c.text)] if is_question(question) else [question]
    if any(_SELF_AS_SUBJECT.search(_SELF_LATE.sub(" ", simplified(text).lower())) for text in told):
        return False  # the writer telling of themselves ("感觉自己很没用 借呗逾期了会不会起诉我", "i dont see myself still being here next month")
    text = simplified(question).lower()
    # (a credit score, or a fear of what a late loan brings (bot.concerns: renting, the children's
    # exams) is a loan matter too: truth1 #13 found 12356 after such questions with no distress;
    # so are a lawsuit and stopping the collectors: truth2 E, "Will all of them sue me?", "can I stop them?")
    matter = bool(_ACCOUNT_MATTER.search(text) or _CREDIT_MATTER.search(text) or _LAWSUIT_OR_CALLS.search(text)) \
        or find_concern(text) is not None
    return matter and not speaks_of_distress(question, crisis) and not feeling_told(question)


def tells_a_story(question: str) -> bool:
    """Whether the message tells more than a question with its one circumstance: more than ONE_QUESTION_CLAUSES
    clauses that are not part of the question (a condition or a bare joint told inside the question is no story: "If
    they sue me will I get a criminal record and will my kids be affected?" is one question; truth2 E)."""
    return _story_told(split_clauses(question))


def _story_told(clauses: list[Clause]) -> bool:
    # (tells_a_story on clauses already split: only_a_loan_matter reads them again)
    return sum(1 for c in clauses if not _PART_OF_A_QUESTION.fullmatch(_plain(c.text).strip())) > ONE_QUESTION_CLAUSES


# Distress told as a length of time to endure ("还要熬多久", "how long can I keep going like this"): the
# check-in line (review28); not a wait with a goal ("还要熬多久才能上岸": 才 follows).
_ENDURING = regex(r"(还要|还得|要|得|还能)(熬|撑|挺|忍|坚持|扛)(多久|多少年|到什么时候|到哪天|到哪一天)(?!\S{0,2}才)"
                  r"|\bhow (long|much longer) (can|will|could|must|do|should) i (keep going|go on|hold on|take (it|this)|keep (living|doing this|on)|survive|last)\b")


def enduring(question: str) -> bool:
    """Whether the message asks how long the writer can bear it (see _ENDURING)."""
    return _ENDURING.search(_plain(question)) is not None


def veiled_farewell(question: str) -> bool:
    """Whether the message says the debt stops mattering from a time on, with nothing paid (see _VEILED_END):
    the check-in line, whatever reader tripped (review27: "借呗逾期半年了，很快就不用还了" had none)."""
    text = _plain(question)
    return _VEILED_END.search(text) is not None and _PAID.search(text) is None


# A loan paid: over, not veiled; not "not yet paid" (还没还清, 没还完, "haven't paid it off": review28).
_PAID = regex(r"(?<![没未不])(?<!没有)(还清|结清|还完|还上了|还掉了)"
              r"|(?<!havent )(?<!hasnt )(?<!not )(?<!never )(?<!not yet )(?<!didnt )\b(paid (it |this |them )?off|paid back|cleared|settled)\b")
PAID = _PAID  # (bot.check_in_final reads it too: an ending that is a loan paid off)


# The debt said to stop mattering from a time on, with nothing paid: how a farewell is veiled (review27).
_VEILED_END = regex(
    r"(明天|明早|过了今晚|今晚|以后|之后|很快|马上|过几天)\S{0,6}(就)?(跟|和|与)\S{0,8}(没(有)?(关系|瓜葛)|无关)了"
    r"|(明天|明早|过了今晚|以后|之后|很快|马上|过几天)\S{0,4}(就)?(再也)?不(用|需要|必)(再)?还了"
    r"|\b(soon|after tonight|after tomorrow|tomorrow)\b.{0,20}\b(wont|will not|isnt going to|doesnt) (matter|be my problem)( any ?more)?\b"
    r"|\b(none of (this|it)|it) (wont|will not) matter (soon|after tonight|any ?more)\b")


# The writer as the subject of a statement (我 not as 我的, "I", "I'm", myself): "我的借呗扣款失败了" is about the account.
_SELF_AS_SUBJECT = regex(r"我(?!的|们)|自己|\b(i|im|ive|id|ill|myself)\b")
ONE_QUESTION_CLAUSES = 2  # "银行卡扣了钱，借呗怎么还没还上？": a question with its one circumstance
# A clause that is part of the question around it, not a story: a condition ("if they sue me", "如果被起诉"),
# a bare joint ("and"), or a sum or a time alone ("about 50k total", "欠了五万", "15 days late").
_PART_OF_A_QUESTION = regex(r"(?:if|when|and|or|so|but|then)\b.*|(?:如果|要是|假如|万一)\S*|\W*"
                            r"|(?:about |around |roughly |nearly |over |almost )?[\d,.]+ ?(?:k|w|yuan|rmb)?"
                            r"(?: ?(?:in total|total|days?|weeks?|months?|years?|owed|late|overdue))*"
                            r"|(?:欠了?|一共|总共|大概|大约|差不多|逾期了?)*[\d一二两三四五六七八九十百千万几]+(?:块钱?|元|万|千|w|k|天|个月|月|年|周)(?:多)?(?:了)?")
# The writer only being late or owing ("because I'm overdue on Jiebei", "我逾期了"): the loan, told of
# oneself, is no distress told (the subject test below reads what is left).
_SELF_LATE = regex(r"(?:我|\b(?:i|im|i am|ive|i have)\b)\s*(?:已经|都|也|现在|是)?\s*(?:(?:been|am|was|also|already|now)\s+)*"
                   r"(?:逾期|欠|晚还|没还|\b(?:overdue|late|behind|owe|owing|in debt)\b)")
# A lawsuit asked about, or stopping the collectors' calls: a loan matter (only_a_loan_matter).
_LAWSUIT_OR_CALLS = regex(r"起诉|法院|告我|打官司|\b(?:sue|sued|suing|lawsuits?|court)\b"
                          r"|\b(?:stop|block|report)\b (?:them|the calls|their calls|the collectors|collectors|calls|the texts)\b"
                          r"|(?:让|叫)他们(?:别|不要)|拉黑|屏蔽")
