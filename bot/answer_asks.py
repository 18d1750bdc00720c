"""What a question about the law or collectors asks beyond its topic, so that a template can lead
with it (template variable ``legal_ask``; truth1 #5, #7, #11):

- "court": a step the borrower would take in court or against the lender (出庭, 请律师, 起诉催收,
  "do I need a lawyer"): the article does not cover it; a lawyer or legal aid does.
- "claim": something a collector says or sends (立案, 律师函, 要报警, 要打给单位, "they say they filed
  a case, is it true"): the article does not say how to verify it; the court's public number, a
  lawyer, and 12378/110 for threats do (all marked as outside the article).
- "complaint": how to complain about collection, or calls that never stop (投诉催收, 天天打电话):
  12378, marked as outside the article.

None otherwise. The first of these that a question asks, in that order.
"""

from __future__ import annotations

from .answer_calm import stated_feeling, states_fear
from .patterns import regex
from .questions import is_question
from .safety import assess
from .routing_stated import paid_then_called
from .text import normalize, simplified

_COURT = regex(
    r"出庭|开庭|到庭|应诉|答辩|(?:请|找|聘|需要|要不要|用不用)(?:个|一个)?律师|(?:起诉|告)(?:他们|催收|平台|支付宝|借呗|对方)"
    r"|\b(?:attend|go to|appear in|show up (?:at|in)) court\b|\b(?:hire|get|need|find) (?:a |an )?(?:lawyer|attorney)\b"
    r"|\bsue (?:them|the collectors?|the lender|alipay|jiebei)\b")
_CLAIM = regex(
    r"律师函|传票|立案|(?:催收|他们|对方|那边|有人)\S{0,4}(?:说|称|讲|威胁|扬言)\S{0,12}"
    r"(?:派出所|公安|报警|警察|单位|公司|hr|老板|领导|全家|起诉|法院|抓)"
    r"|\blawyer'?s letter|\b(?:filed|file|opened) (?:a |the )?case\b|\bsummons\b"
    r"|\b(?:collectors?|they|someone)\b.{0,12}\b(?:says?|said|claims?|claimed|threaten\w*)\b.{0,30}\b(?:police|court|sue|employer|boss|hr|arrest)\b")
_COMPLAINT = regex(
    r"投诉|举报|(?:天天|每天|一天到晚|一直|不停(?:地)?|反复|疯狂|轮番|没完没了(?:地)?)(?!不|没)\S{0,2}(?:打电话|打我电话|打来|来电|催|发短信|骚扰|call)"
    r"|\b(?:complain\w*|report (?:them|the collectors?|it))\b|\bcall\w* me (?:every day|all day|all the time|nonstop|constantly)\b")
# (?!不|没): "怎么一直不打电话给我确认" waits for a call that never comes: no complaint (cls18, pool).
_ASKS = (("court", _COURT), ("claim", _CLAIM), ("complaint", _COMPLAINT))
# A collector as the speaker: what follows is their claim, even a lawyer or a suit ("催收说要找律师起诉我",
# "他们说会请律师告我": review35 #5 had the court lead, as if the borrower would hire one).
_SAID_BY_THEM = regex(r"(?:催收|他们|对方|那边|有人)\S{0,4}(?:说|称|讲|威胁|扬言)\S{0,12}(?:律师|起诉|告我|法院)"
                      r"|\b(?:collectors?|they|someone)\b.{0,12}\b(?:says?|said|claims?|claimed|threaten\w*)\b.{0,30}\b(?:lawyer|attorney)\b")
# Reminders by text, asked whether normal ("每天催收短信正常吗"): the article's first step of collection,
# no complaint lead (review35 #8), unless the message says abuse or asks to complain.
_REMINDERS = regex(r"短信|信息|消息|提醒|通知|\b(?:sms|texts?|messages?|reminders?)\b")
_ABUSE_SAID = regex(r"投诉|举报|骚扰|辱骂|骂|威胁|恐吓|爆通讯录|\b(?:complain\w*|report|harass\w*|abus\w*|threat\w*|insult\w*)\b")


def legal_ask(question: str) -> str | None:
    """"court", "claim", "complaint" or None: see the module doc."""
    if not question:
        return None
    text = simplified(question).lower()
    if _SAID_BY_THEM.search(text):
        return "claim"
    name = next((name for name, pattern in _ASKS if pattern.search(text)), None)
    if name == "complaint" and _REMINDERS.search(text) and not _ABUSE_SAID.search(text):
        return None
    return name


# A threat of a visit and nothing worse (truth4 Minor: "催收说要去我公司", "they say will send people to my
# laojia, really?" opened with "You do not have to put up with this"): the abuse reply opens with what
# the article says of visits, then 110 and 12378 (template variable ``visit_threat``). Any other threat,
# insult, shaming, damage or menace beside it keeps the usual opening (review52 #1: a closed list of
# worse words let "让我好看", "贴大字报", "说我是老赖", "make me regret it" through as plain visits).
# So "plain" is decided by the absence of every other signal: bot.safety's abuse rules find nothing
# once the visit itself is set aside (_worse_said), nothing more is said after the visit in its clause
# (_TAIL_OK), and every other clause is a question or loan talk with no one's words reported (_plain_clause).
_VISIT_THREAT = regex(
    r"(?:催收|他们|对方|那边|有人)\S{0,4}(?:说|称|讲|威胁|扬言)\S{0,6}(?:要|会)?\S{0,4}"
    r"(?:上门|找上门|来(?:我)?家|去(?:我)?(?:老家|家里|公司|单位|户籍地|村里)|到(?:我)?(?:老家|家里|公司|单位|户籍地))"
    r"|\b(?:collectors?|they|someone)\b.{0,12}\b(?:says?|said|claims?|threaten\w*)\b.{0,30}"
    r"\b(?:come to|visit|send (?:people|someone|men) to|go to)\b.{0,8}\b(?:my|our)\b.{0,6}\b(?:home|house|laojia|hometown|company|work|office|parents)\b")
# (a floor the safety rules may not read as abuse on their own: 威胁/threaten itself, 闹, 堵…)
_WORSE = regex(r"打|杀|砍|斩|弄死|搞死|砸|泼|骂|闹|爆通讯录|曝光|骚扰|堵|抓|报警|坐牢|警察|派出所|威胁|恐吓|全家"
               r"|\b(?:kill\w*|hurt|beat\w*|break|smash\w*|insult\w*|harass\w*|expos\w*|police|arrest\w*|jail|curs\w*|swear\w*|abus\w*"
               r"|violen\w*|threat\w*)\b")
# What may follow the visit in its own clause and still say nothing more: a particle, a time, a check.
_TAIL_OK = regex(r"(?:[\s了啊呀啦吗么嘛呢吧的]|明天|今天|后天|下周|这周|过几天|马上|看看|核实(?:一下)?(?:情况)?|走访|"
                 r"['’]?s?\s*\b(?:house|home|place|flat|apartment)\b|\b(?:on|next|this) (?:week|month|weekend|monday|tuesday|wednesday|thursday"
                 r"|friday|saturday|sunday)\b|"
                 r"\b(?:tomorrow|today|soon|next week|this week|to (?:check|verify|talk)|really|is (?:it|that) (?:true|real)|will they)\b|"
                 # ...or a purpose with its object (review56 #3: "to verify my address", 找我谈谈, 找我爸妈核实地址)
                 r"找我(?:谈谈|谈一谈|聊聊|谈|面谈)|(?:找)?(?:我)?(?:爸妈|父母|家人|家里人)?核实(?:一下)?(?:地址|住址|身份|信息|情况)|"
                 r"\bto (?:check|verify|confirm) (?:my |our )?(?:address|identity|id|information|details|situation)\b|"
                 r"\bto (?:talk|speak) (?:to|with) (?:me|us)\b|\bto talk about (?:a |the |my )?(?:plan|repayment plan|repayment|debt|loan)\b|"
                 r"\bto collect (?:some |the )?(?:documents|papers)\b)*")
# Someone's words reported in another clause ("还说我女儿长得挺漂亮", "叫我小心点", "told me to watch out").
_REPORTED = regex(r"说|讲|叫我|让我|扬言|放话|(?<![想请])问(?![一问])|\b(?:says?|said|told|tell|telling|warn\w*|ask(?:ed|s|ing)?)\b")
# (问/asked: a collector's question, "问我老婆几点下班？", "asked if I live alone?", is theirs, not the writer's;
# review56 #1. Not the writer's own 想问/请问/问一下.)
_LOAN_TALK = regex(r"借呗|花呗|逾期|欠|还款|还钱|还不上|贷|催收|征信|\b(?:jiebei|huabei|overdue|late|owe|loan|debt|repay\w*|pay)\b")
_CLAUSES = regex(r"[^，。,.!?！？；;\n]+[!?！？]?")


# The writer's own question ("是真的吗", "我该怎么准备", "is this real?"), not a collector's taunt with 怎么.
_ASKED = regex(r"[?？吗嘛呢]|(?<!怎)(?<!什)(?<!这)(?<!那)么|怎么办|咋办|我(?:该|要|能|应该)|会不会|是不是|真的|\b(?:what|how|will|can|should|is|are|do|does|would)\b")
# ...unless the words are family's ("老婆说要离婚", "my wife says she'll leave"): no collector's threat.
_FAMILY_SAID = regex(r"(?:老婆|老公|媳妇|妈|爸|家里人|家人|父母|女朋友|男朋友)\S{0,4}(?:说|讲)"
                     r"|\b(?:my )?(?:wife|husband|mom|mum|dad|parents|girlfriend|boyfriend|family)\b.{0,12}\b(?:says?|said|told)\b")


# A clause naming the writer's family or a harm is never plain beside a visit threat: collectors asking
# where the wife is, when the kids get home, whether one lives alone, or the writer's fear they'll hurt them.
_CLOSE_ONES = regex(r"老婆|媳妇|妻子|老公|丈夫|女儿|儿子|孩子|小孩|爸|妈|父母|家人|家里人|老人|一个人|独自|几点|几楼|住哪|学校|幼儿园|小学"
                    r"|\b(?:wife|husband|kids?|child(?:ren)?|daughter|son|mom|mum|dad|parents?|family|alone|what time|school|bus)\b")
_HARM = regex(r"伤害|害(?!怕)|吓|打|传开|村里|同事|带走|出事|安全|危险|守着|等着|门口|医院|全村|邻居|知道|上不了|家破|好看|后悔|小心"
              r"|\b(?:hurt|harm|safe|danger\w*|hospital|watch|regret|sorry|neighbou?rs?|village|know|everyone|wait\w*)\b")
_THEY = regex(r"他们|对方|\b(?:they|their)\b")  # (not "them": "should I let them in?")
_WRITER_ASKS = regex(r"(?:我该|我要|我能|我应该|我需要)|(?:我|我的)\S*(?:怎么办|咋办)[?？]?$|\b(?:should|can|do|what should|how do) i\b")
# The writer's loan status, nothing more: "借呗逾期三个月了", "I'm 2 months overdue on jiebei".
_LOAN_STATUS = regex(r"(?:我)?(?:的)?(?:借呗|花呗|网贷)?(?:已经)?(?:逾期|欠款|欠)(?:了)?[\d一二两三四五六七八九十百千万几半个天月年多块元钱]*(?:了)?"
                     r"|(?:and )?i owe (?:\d+|some money|money)(?: (?:yuan|rmb|on jiebei|on huabei))*"
                     r"|(?:and )?(?:my )?(?:jiebei|huabei|loan)?\s*(?:is|i ?['’]?m|i am)?\s*(?:\d+|one|two|three|a few|several)?\s*"
                     r"(?:days?|weeks?|months?)?\s*(?:overdue|late)(?: on (?:my )?(?:jiebei|huabei|loan))?(?: and)?")


def _plain_clause(clause: str) -> bool:
    """A clause beside a visit threat that tells nothing more of the collectors: a question, loan talk
    or the writer's own feeling ("我好焦虑"), and no one's words but family's reported."""
    if _REPORTED.search(clause) and not _FAMILY_SAID.search(clause):
        return False
    if _FAMILY_SAID.search(clause):
        return True
    if _TAIL_OK.fullmatch(clause.strip().rstrip("!?！？")):  # (the visit asked about: "will they really?")
        return True
    if _HARM.search(clause) or _THEY.search(clause):  # (a harm: "我好怕他们伤害我孩子", "会在村里传开吗")
        return False
    asked = is_question(clause) and _ASKED.search(clause) is not None  # (not "看我还怎么做人": a menace)
    if _CLOSE_ONES.search(clause):
        # (family only in the writer's own question of what to do: "我爸妈年纪大了怎么办", not theirs: "知道我老婆一个人在家吗")
        return asked and _WRITER_ASKS.match(clause.strip()) is not None
    if asked:
        return True
    # Loan talk only as the writer's status ("借呗逾期三个月了"): a condition on the debt with anything
    # after it is a threat ("还不上就把我女儿带走", "我欠钱的事全村都会知道"; review56 #1).
    if _LOAN_TALK.search(clause):
        return _LOAN_STATUS.fullmatch(clause.strip()) is not None
    return states_fear(clause) or bool(stated_feeling(clause))


def _worse_said(text: str) -> bool:
    """Whether anything beside the visit threat (set aside as a bare "will contact me") reads as abuse to
    bot.safety's rules, says more after the visit in its clause, or tells more in another clause."""
    bare = _VISIT_THREAT.sub(lambda m: "they said they will contact me" if m.group(0).isascii() else "催收说要联系我", text)
    if assess(bare).abuse:
        return True
    for clause in _CLAUSES.findall(text):
        found = list(_VISIT_THREAT.finditer(clause))
        if not found:
            if clause.strip() and not _plain_clause(clause):
                return True
            continue
        tail = clause[found[-1].end():]
        # ("催收说要来我家 真的会来吗": a question of its own after it says nothing more either)
        if _TAIL_OK.fullmatch(tail.rstrip("!?！？")) is None and not (is_question(tail) and not _REPORTED.search(tail)):
            return True
    return False


def visit_threat(question: str) -> bool:
    """Whether a message reports a collector's threat to visit and nothing else of abuse (_VISIT_THREAT,
    _WORSE, _worse_said)."""
    if not question:
        return False
    text = simplified(question).lower()
    return _VISIT_THREAT.search(text) is not None and _WORSE.search(text) is None and not _worse_said(text)


# What a question routed to after_repayment asks when it is not about life after repaying (template
# variable ``repaid_ask``; truth2 B3, B4): "still_called", the loan paid off and the calls going on
# ("I paid it off but collectors keep calling": the calls lead, 12378 and proof of repayment, as
# not from the article); "while_overdue", using or borrowing while the loan is still late ("逾期了还能
# 继续用支付宝吗": the article is silent on that, not on "what happens after you repay"). None otherwise.
# (Borrowing more to repay while late, "还能再借一笔来还吗", is asked while late: 来还/去还 is no repayment made.)
_USE_WHILE = regex(r"(?:还能|能不能|能否|可以|可不可以|还可以|继续|照常|正常|还让)\S{0,4}?(?:用|使用|借|刷|付|买|转账|收钱|收款|提现)"
                   r"|\b(?:still|continue to|keep) (?:use|using|borrow\w*|pay with|pay using)\b|\bcan (?:i )?(?:still )?(?:use|borrow)\b"
                   r"|\bwhile (?:i ?m |i am |still |being )?(?:overdue|late|in arrears|behind)\b")
_LATE_NOW = regex(r"(?<!没有)(?<![没未不])(?:逾期|逾其)|没还|未还|欠着|拖着|还不上|\b(?:overdue|late|unpaid|in arrears|behind|yuqi|yu qi)\b")  # (pinyin: truth4 #6)
# (转账/收钱: "逾期十天了，支付宝还能正常转账收钱吗" asks the same of the account: truth3 #6)
# ...not after it was repaid or while repaying ("逾期还款后还能用吗", "现在还款还能用吗", "after paying off", typos such as
# 换完/还请 included), nor a late loan of the past ("逾期过借呗还能用不", "逾期一次", "有逾期记录"), nor
# how to get access back ("冻结了", "怎么才能继续使用", "再次使用"): life after repaying, as the lead says.
_PAST_OR_PAID = regex(r"(?<![没未不])(?:还款|还钱|还完|还清|还上|还掉|还进去|结清|付清|缴清|补上|补齐|补了|全还|处理完)"
                      r"|还了|已还|(?:还|再|在|才|后|现在|刚)还(?!能|可|没|是|有|要|会)|还(?:花呗|借呗)|(?<![来去])还(?:吗|么|嘛)|还(?:之)?后|还以后|换了|换完|还请|坏清|返清|还咯"
                      r"|逾期过|过逾期|以前|之前|上次|曾经|那次|[一两几\d#]次|有过|记录|冻结|关闭|被关|停用|不能用|用不了|不可以用了|不能使用"
                      r"|怎么才|怎样才|怎么(?:可以|能)|怎样(?:可以|能)|重新|再次|恢复|开通"
                      r"|\bpay(?:ing)? (?:\w+ ){0,3}?(?:off|back)\b|\bafter paying\b"
                      r"|\b(?:paid|repaid|repay\w*|cleared|settled|before|once|was (?:late|overdue)|been (?:late|overdue)|had an? (?:late|overdue)"
                      r"|frozen|closed|suspended|blocked|restor\w*|reopen\w*|again)\b")
_WHEN = regex(r"什么时候|什么时间|啥时候|多久|好久|多长时间|几天能|哪天|\b(?:when|how long|how soon)\b")


def repaid_ask(question: str) -> str | None:
    """"still_called", "while_overdue" or None: see above."""
    if not question:
        return None
    folded = normalize(question)
    if paid_then_called(folded):
        return "still_called"
    if _USE_WHILE.search(folded) and _LATE_NOW.search(folded) and not _PAST_OR_PAID.search(folded) \
            and not _WHEN.search(folded):
        return "while_overdue"
    return None


# What after_repayment's section label and "I answered this as …" call its answer when the lead answers one
# of these asks: "【还清以后】" over "逾期期间还能不能继续用…" and "我按“还清以后还能再借吗”来回答" under a
# question about calls after repaying named a question nobody asked (truth3, minor).
_ASKED_AS = {
    "while_overdue": {"label": {"zh": "逾期期间还能用吗", "en": "Using it while late"},
                      "question": {"zh": "逾期期间还能继续用支付宝、借呗或花呗吗？", "en": "Can I still use Alipay, Jiebei or Huabei while a loan is overdue?"}},
    "still_called": {"question": {"zh": "还清以后还有人催，怎么办？", "en": "What if they keep calling after I have repaid?"}},
}
AFTER_REPAYMENT = "after_repayment"


def asked_as(topic_id: str, ask: str | None, part: str, lang: str) -> str | None:
    """after_repayment's own label or question ("label", "question") for what its lead answers, or
    None (the topic's usual one)."""
    if topic_id != AFTER_REPAYMENT or ask is None:
        return None
    return _ASKED_AS.get(ask, {}).get(part, {}).get(lang)


__all__ = ["asked_as", "legal_ask", "repaid_ask"]
