"""What a kind of wording means, read after the classifier (round 33, ans61; issue 13).

Independently written questions showed kinds of wording the classifier reads by the words they brush
against rather than by what they ask. Each reading below names one such kind, changes only the readings
listed beside it, and leaves any message that asks about a named loan matter alone:

- Jiebei compared with another lender's product ("借呗和微粒贷哪个利息低", "which is cheaper, jiebei or a
  bank loan"): the article compares nothing, so an about_jiebei reading is declined (lateness named keeps
  it: "借呗逾期和信用卡逾期哪个严重" is about consequences).
- Not falling short again, or leaving borrow-new-to-repay-old ("下个月又怕不够还 现在能做什么", "how do I
  get out of borrowing from one app to pay another"): prevention, when avoiding it or planning ahead is asked.
  Asking for relief or contact (延期, 少还, 只还利息, 联系客服, 怎么跟家里人开口, "more time") or what to do
  (下个月还不上怎么办) stays negotiate (mend71); whether one may borrow elsewhere to repay is negotiate's too
  (bot.routing_told).
- (Not "how serious is it" asked calmly: the worry reply would tell a calm asker "you sound scared", mend51's
  rule; fear words already lead to worry. Removed, mend71.)
- A story of feeling lost with nothing asked ("…很迷茫 对不起啰嗦了", "i feel so lost… sorry"): worry first,
  the loan reading second (what comes after repaying dropped: nothing was repaid).
- A relative's distress told beside the late loan with nothing asked ("借呗逾期了 我妈一直在哭"): contact_family,
  the family's side of it, never a decline nor what comes after repaying. Not worry: its opening ("听起来你现在
  很害怕") would give the relative's tears to the writer (mend51's rule). Collectors' contact told keeps its reading.
- The first, automated reminder asked about ("系统第一次发提醒是什么时候"): collection_process (the
  article: online reminders first), not a decline; switching app reminders on or off stays declined.
- "Is anyone there?" alone (有人在吗, 有冇人喺度): greeting, not a decline.
- (Not "why going missing is the worst choice": its words, 人间蒸发, 一走了之, 装死, are veiled exits, and after a
  crisis the going_dark lecture is the wrong reply; removed, mend71.)
- A damaged credit record in slang (征信花了 / 黑了 / 搞烂, "credit report ruined"): credit_report; a fear
  of what follows (a mortgage, a civil-service check) keeps uncovered_consequences.
- Being located through the phone ("他们能定位我的手机吗", "can they track my phone's location"):
  uncovered_consequences, whose answer says first that the article does not cover it.

Matched on text.normalize()d text (``folded``): simplified characters, Cantonese read as Mandarin.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .concerns import find_concern
from .cues import LATE_OR_COLLECTED
from .feeling_mine import states_owned
from .feeling_words import STATES
from .patterns import regex
from .questions import is_question
from .routing_idioms import LOAN_NAMED, MATTER_ASKED
from .routing_doubted import knowing_feared, repaid_over, visit_doubted
from .routing_aside import aside_asked
from .routing_behalf import behalf_asked, guarantee_asked
from .routing_product_facts import product_facts
from .routing_repaid import repaid_hoped, repaid_then
from .routing_habits import habits_asked
from .routing_hardship import hardship_meant
from .routing_mechanics import mechanics_meant
from .routing_product_ops import product_ops
from .routing_deduction import deduction_asked
from .routing_severity import severity_compared
from .routing_task import agency_asked, task_asked
from .routing_rules import SAFETY_FIRST, Route

ABOUT = "about_jiebei"
DECLINED = "out_of_scope"
WORRY = "worry"
PREVENTION = "prevention"
COLLECTION = "collection_process"
CRISIS = SAFETY_FIRST[0]

# --- Jiebei compared with another lender's product -------------------------------------------------
_JIEBEI = regex(r"借呗|\bjiebei\b|支付宝(?:的)?(?:借钱|贷款)|\balipay\b")
_RIVAL = regex(r"微粒贷|金条|白条|京东|信用卡|银行|消费贷|网商贷|美团|度小满|有钱花|招联|分期乐|安逸花|360借条|微信|"
               r"(?:其他|别的|其它)(?:平台|网贷|贷款|app)|"
               r"\b(?:weilidai|wechat|jd|baitiao|credit cards?|banks?|cash advances?|personal loans?|other (?:apps?|lenders?|platforms?|loans?))\b")
# Which is better or cheaper, asked (not what differs: "借呗和银行贷款有什么区别" asks what Jiebei is, and
# "蚂蚁还是银行" whose money it is; the earlier held-out sets' rule).
_COMPARE = regex(r"哪(?:个|一个|家|种).{0,6}(?:好|更|划算|便宜|贵|低|高|合适|省|靠谱|安全)|(?:该|应该|要)?选哪|"
                 r"更(?:好|贵|便宜|划算|低|高|合适|靠谱|安全|省)|(?<!对)比.{0,8}(?:贵|便宜|划算|好|高|低|省)|划算|"
                 r"\b(?:better|worse|cheaper|pricier|more expensive|less expensive|lower (?:rate|interest)|"
                 r"which (?:is|one|should i)|compared? (?:to|with)|vs|versus)\b")


# Whose money it is ("借呗的钱是蚂蚁的还是银行的，哪个更靠谱"): what Jiebei is, asked, even with 哪个更 after it.
_WHOSE = regex(r"(?:的)?钱是.{0,8}还是|谁的钱|谁出(?:的)?钱|钱(?:是)?(?:从)?哪(?:里|儿)来|(?:是|属于)(?:蚂蚁|银行).{0,6}还是|"
               r"\b(?:whose money|where does (?:the|its) money come from|who lends the money)\b")


def _compared(topics: list[str], folded: str) -> list[str]:
    if topics[0] != ABOUT or not (_JIEBEI.search(folded) and _RIVAL.search(folded) and _COMPARE.search(folded)):
        return topics
    if LATE_OR_COLLECTED.search(folded) or _WHOSE.search(folded):
        return topics
    # The comparison declined in place of the first reading; the other questions' topics kept (review82 #3),
    # and the first reading too when another clause asks something of its own ("…贵吗？借呗的额度是怎么定的").
    rest = " ".join(c for c in _CLAUSES.split(folded) if c and not _COMPARE.search(c))
    other_asked = len(topics) == 1 and rest.strip() and (is_question(rest) or MATTER_ASKED.search(rest))
    kept = topics if other_asked else topics[1:]  # (another question read apart keeps its own topic instead)
    return [DECLINED, *[t for t in kept if t != DECLINED]]


_CLAUSES = regex(r"[，,。！!？?；;]+|\s+(?![a-z])|(?<![a-z])\s+")  # (a space between English words splits nothing)


# --- Not falling short again; leaving the borrow-to-repay cycle ----------------------------------
# A time ahead named (not 又/再次 alone: "怎么又逾期了", "逾期后怎么再次开通" ask about now; pool 2026-12-01).
_AHEAD = regex(r"下(?:个)?月|下期|下一期|下次|今后|将来|往后|"
               r"\b(?:next (?:month|time|bill|payment)|in (?:the )?future|from now on|going forward)\b")
# ...or avoiding it again said outright ("以后怎么安排才不会再还不上", "avoid being late again").
_AVOID = regex(r"(?:避免|防止|不再|不会再|别再|不要再|免得|以免)[^，,。！？!?]{0,6}(?:逾期|还不上|还不起|不够|晚还|断供)|"
               r"\b(?:avoid|prevent|never|not|don ?t|do not|stop)\b(?: \w+){0,3} (?:late|overdue|short|missing|miss)\b(?: \w+){0,3} again\b")
_SHORT = regex(r"不够(?:还)?|还不上|还不起|凑不(?:齐|够|出)|逾期|断供|\b(?:short|can ?t (?:re)?pay|unable to (?:re)?pay|late|overdue|miss(?:ing)? (?:a |the )?payment)\b")
# Planning ahead asked (not any 怎么: "下个月还不上 怎么联系客服 / 怎么跟家里人开口 / 怎么办" ask for relief,
# contact or what to do, negotiate's; review82 #4).
_PLAN = regex(r"准备|安排|规划|提前(?!还)|预先|事先|未雨绸缪|(?:现在|提前|事先)[^，,。！？!?]{0,4}(?:做|干)(?:点|些)?(?:什么|啥)|"
              r"\b(?:plan|planning|prepare|get ready|ahead of time|beforehand|in advance|make sure)\b")
_ESCAPE = regex(r"跳出|摆脱|走出|停止|停下|戒掉|断掉|结束|脱离|出来|"
                r"\b(?:get out of|escape|break (?:out of|free|the)|stop|quit|end)\b")
_CYCLE = regex(r"借新还旧|以贷养贷|拆(?:了)?东墙补西墙|循环|怪圈|恶性|连环借|"
               r"\b(?:cycle|spiral|loop|borrow\w* (?:\w+ ){0,6}to (?:re)?pay|borrow\w* (?:\w+ ){0,3}(?:re)?pay (?:\w+ ){0,2}(?:app|loan|debt|another|other)s?|robbing peter)\b")
# Relief or contact asked (more time, only the interest, reaching them or the family, calls to work stopped): negotiate.
_RELIEF = regex(r"延期|展期|分期|减免|协商|商量|停息|挂账|少还|调低|降低|宽限|晚点还|多给|只还利息|联系|客服|开口|告诉|打招呼|"
                r"(?:跟|和|给|向)(?:支付宝|蚂蚁|借呗|平台|客服|他们|催收|家里|家人|爸妈|老婆|老公)|"
                r"(?:别|不要|不再)打|"
                r"\b(?:extend|extension|waive|reduce|lower|defer|postpone|instal+ments?|relief|grace|more time|contact|"
                r"tell (?:my|them|her|him|the)|ask (?:them|for)|only (?:pay )?(?:the )?interest|stop (?:them |the )?call\w*)\b")
# What happens asked ("逾期几天以后会怎么样"): a consequence, not a plan.
_WHAT_HAPPENS = regex(r"会怎(?:么)?样|会发生|后果|\bwhat (?:will )?happens?\b|\bwhat (?:will|would) they do\b")
_PREVENTION_FROM = frozenset({"negotiate", DECLINED, WORRY, COLLECTION, "after_repayment", "capabilities"})


def _prevention(topics: list[str], folded: str) -> list[str]:
    if topics[0] not in _PREVENTION_FROM or _RELIEF.search(folded) or _WHAT_HAPPENS.search(folded):
        return topics
    escape = _ESCAPE.search(folded) and _CYCLE.search(folded)
    ahead = _AVOID.search(folded) or (_AHEAD.search(folded) and _SHORT.search(folded) and _PLAN.search(folded))
    return _lead(PREVENTION, topics) if escape or ahead else topics


# --- Feeling lost, or a relative's distress, told with nothing asked -------------------------------
_KIN = r"我(?:的)?(?:妈|爸)|(?:我(?:的)?)?(?:老妈|老爸|妈妈|爸爸|父母|爸妈|老婆|老公|媳妇|丈夫|妻子|女朋友|男朋友|孩子|女儿|儿子)|家里人|家人|\bmy (?:mum|mom|mother|dad|father|parents|wife|husband|partner|kids?|children)\b"
_UPSET = (r"哭|流泪|以泪洗面|叹气|气得|气坏|生气|不(?:跟|和|理)我|冷战|(?:一句话)?都不(?:说话|说|理)|急得|急坏|吓坏|担心得|睡不着|失眠|"
          r"\b(?:cry|cries|crying|cried|in tears|upset|furious|angry|won ?t (?:talk|speak) to me|worried sick|devastated|heartbroken)\b")
_KIN_UPSET = regex(rf"(?:{_KIN}).{{0,12}}(?:{_UPSET})")
_CONTACTED = regex(r"打(?:电话)?(?:给|到)|联系(?:了|到)|找(?:到|了|上)|通知了|告诉了|\b(?:called|contacted|phoned|texted|messaged|rang)\b")
_LOST = regex(r"不知道(?:该|要|应该)?(?:问|说)什么|不知道(?:该|要)?从哪|脑子(?:里)?(?:很|好|一片|都)?乱|一团乱麻|乱成一团|"
              r"\b(?:(?:feel|feeling|am|m) (?:so |really |completely |totally |very )?lost|don ?t know where to (?:start|begin)|"
              r"don ?t know what to (?:ask|say)|overwhelmed)\b")
_TOLD_FROM = frozenset({COLLECTION, "negotiate", "after_repayment", "contact_family", DECLINED, ABOUT, "capabilities"})


def _told_with_nothing_asked(topics: list[str], folded: str) -> list[str]:
    if topics[0] not in _TOLD_FROM or not LATE_OR_COLLECTED.search(folded) or not _loan_late(folded):
        return topics
    # (a state of mind counts only as the writer's own: "我妈借呗逾期了 她最近特别压抑" is hers; mend147, review142 #1)
    lost = _LOST.search(folded) or states_owned(folded, STATES)
    # (the lost words' own 什么, "不知道该问什么", ask nothing: the rest of the message is what is read)
    rest = _LOST.sub(" ", folded)
    if is_question(rest) or MATTER_ASKED.search(rest):
        return topics
    if lost:
        return _worry_first(topics)
    if _KIN_UPSET.search(folded) and not _CONTACTED.search(folded):
        # Not worry: its opening ("听起来你现在很害怕") would give the relative's tears to the writer (mend51's
        # rule, tests/test_mend51.py); the family's side of it is contact_family's answer (ans61's decision).
        return _lead("contact_family", topics)
    return topics


# --- Small kinds: first reminder, anyone there, why not go missing, credit slang, tracking ---------
_REMINDER = regex(r"提醒|通知|短信|\b(?:reminders?|notifications?|notices?)\b")
_FIRST = regex(r"第一次|首次|第一条|第一个|最先|最早|一开始|刚开始|\bfirst\b")
# ...and who sends it or lateness named (not a bank's text about auto-redemption, nor "the system still reminds me").
_WHO_OR_LATE = regex(r"系统|自动|机器|人工|真人|\b(?:automat\w*|system|robot\w*|bot|person|human)\b")
# Not late yet ("我还没逾期": a reminder before the due date is the app's business).
_NOT_LATE = regex(r"(?:没|未|没有|还没|不)逾期|还没到期|没到还款日|\bnot (?:yet )?(?:late|overdue)\b|\bbefore (?:the )?due\b")
_SETTING = regex(r"关闭|关掉|开启|打开|设置|取消|修改|怎么关|屏蔽|还款日前|到期前|"
                 r"\b(?:turn (?:on|off)|switch (?:on|off)|set up|disable|enable|change|stop getting|before (?:the )?due)\b")
_ANYONE = regex(r"(?:你好|您好|喂|hi|hello|hey)?\W*(?:有人(?:在)?(?:吗|么|嘛)|有没(?:有)?人(?:在)?(?:这里|这儿)?(?:吗|么)?|在吗|在不在|"
                r"(?:is )?(?:there )?(?:anyone|anybody|someone|somebody) (?:there|here|around|home|online)|are you there)\W*(?:啊|呀|吗)?\W*")
_CREDIT = regex(r"征信|信用记录|信用报告|\bcredit (?:report|record|history|file)\b")
_DAMAGED = regex(r"搞烂|烂了|花了|黑了|毁了|废了|搞坏|弄坏|\b(?:ruined|trashed|wrecked|destroyed|shot|damaged|messed up|screwed)\b")
# Being located: a tracking verb and a place word, of the writer ("他们能定位我的手机吗", "催收能查到我在哪吗",
# "can they track my phone's location"); not a place told ("我的位置在上海 借呗能用吗").
_TRACKED = regex(r"定位(?:到)?(?:我|手机)|定位(?:来)?(?:找到|查到|找|查)我|(?:查|追踪|跟踪|获取|知道|看到|找到|监控)(?:到|得到)?(?:我|我的)(?:手机)?(?:的)?(?:位置|定位|行踪|在哪)|"
                 r"\b(?:track|trace|locate|find|see|monitor|get)\b(?: \w+){0,2} (?:my|me)\b(?: \w+){0,2} ?(?:location|gps|whereabouts)\b|"
                 r"\b(?:track|locate|trace) (?:me|my phone)\b")
# ...by the lender or its collectors ("快递员能看到我的位置吗" is not: review82 #6).
_LOCATOR = regex(r"他们|催收|借呗|支付宝|蚂蚁|平台|网贷|贷款|债主|放贷|法院|警察|公安|律师|外包|"
                 r"\b(?:they|them|collectors?|debt collectors?|jiebei|alipay|ant|the (?:lender|platform|bank|app))\b")


def _located_by_them(folded: str) -> bool:
    """Being located, with the lender, its collectors or "they" just before the tracking words, in the same clause
    ("我老婆能看到我的位置吗 借呗逾期了": the wife, not the lender)."""
    found = _TRACKED.search(folded)
    return found is not None and _LOCATOR.search(_CLAUSES.split(folded[:found.start()].rstrip())[-1][-16:]) is not None


_TRACKED_FROM = frozenset({DECLINED, "negotiate", "contact_family", COLLECTION, "after_repayment", "going_dark", ABOUT})


def _small_kinds(topics: list[str], folded: str, concepts: Callable[[str], set[str]]) -> list[str]:
    first = topics[0]
    if first == DECLINED and _ANYONE.fullmatch(folded):
        return ["greeting"]
    if (first == DECLINED and _REMINDER.search(folded) and _FIRST.search(folded) and not _SETTING.search(folded)
            and (_WHO_OR_LATE.search(folded) or LATE_OR_COLLECTED.search(folded)) and not _NOT_LATE.search(folded)):
        return _lead(COLLECTION, topics)
    if first in (DECLINED, "after_repayment", "uncovered_consequences") and _CREDIT.search(folded) and _DAMAGED.search(folded):
        if first != "uncovered_consequences" or find_concern(folded) is None:
            return _lead("credit_report", topics)
    if first in _TRACKED_FROM and _located_by_them(folded):
        return _lead("uncovered_consequences", topics)
    return topics


# Lateness said bare, of the writer ("逾期了是不是很严重", "我逾期了"), not of something else named before it
# (驾照逾期, 作业逾期: mend70's rule, a loan must be named).
_BARE_LATE = regex(r"(?:^|[\s，,。！!？?；;])(?:我|现在|已经|我已经|我现在)?逾期")


def _loan_late(folded: str) -> bool:
    """Whether a loan is named, or lateness is said bare (no other thing late)."""
    return LOAN_NAMED.search(folded) is not None or _BARE_LATE.search(folded) is not None


def _lead(topic: str, topics: list[str]) -> list[str]:
    """``topic`` in place of the first reading; the other questions' topics kept (a decline dropped)."""
    return [topic, *[t for t in topics[1:] if t not in (topic, DECLINED)]]


def _worry_first(topics: list[str]) -> list[str]:
    """Worry leading; a loan reading stays second (a decline or a product answer does not)."""
    rest = [t for t in topics if t not in (WORRY, DECLINED, ABOUT, "capabilities", "after_repayment")]
    return [WORRY, *rest[:1]]


def meant(topics: list[str], folded: str, concepts: Callable[[str], set[str]]) -> list[str]:
    """``topics`` with the readings of this module applied (see the module doc); ``folded`` is the
    message text.normalize()d, ``concepts`` gives the lexicon concepts in a folded text. Only one reading
    changes a message: the first that applies."""
    if not topics:
        return topics
    # (hardship in other words: bot.routing_hardship, ans69; a normal loan's mechanics, collection in general, a new
    # number or city as the way out: bot.routing_mechanics, cls81; habits and tools for paying on time: bot.routing_habits, cls100;
    # a visit doubted, the end asked after repaying: bot.routing_doubted, cls109; what is still to come after a repayment in
    # another topic's words: bot.routing_repaid; the product's basic facts or the product described: bot.routing_product_facts; an account closed, an investment tip or
    # the money's use asked in loan words: bot.routing_aside, cls117; relief asked on someone else's behalf: bot.routing_behalf, cls138; a task
    # that is not about a loan asked of the bot: bot.routing_task, answer210; the bot asked to negotiate for the writer: the same, cls240;
    # another product's own operations and someone else paying: bot.routing_product_ops, cls252)
    for reading in (severity_compared, _compared, _prevention, habits_asked, hardship_meant, mechanics_meant, product_ops, deduction_asked, visit_doubted, repaid_over,
                    knowing_feared, repaid_then, repaid_hoped, product_facts, aside_asked, behalf_asked, guarantee_asked, task_asked, agency_asked):
        if (changed := reading(topics, folded)) != topics:
            return changed
    if (changed := _small_kinds(topics, folded, concepts)) != topics:
        return changed
    return _told_with_nothing_asked(topics, folded)


def kept_after_crisis(route: Route, last_topics: Sequence[str]) -> Route:
    """The route of a turn right after a crisis reply (the writer's or a helper's): without the readings by meaning
    (this module's, and the low-limit one of bot.routing_product), so that a turn the classifier declines keeps the
    crisis reply (bot.continuity) rather than getting a loan answer with only the 12356 line (review82 #1)."""
    if route.unread is None or CRISIS not in last_topics or set(route.topics) & set(SAFETY_FIRST):
        return route
    return route.unread


__all__ = ["kept_after_crisis", "meant"]
