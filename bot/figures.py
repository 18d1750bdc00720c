"""The figure a question asks for: how much, how long, how many days, what rate.

The article gives almost no figures: no points a score drops by, no years a record stays, no day
or amount at which a lender sues or a person steps in, no rate. (What it does give is timing
without a number: collection starts and Sesame Credit is told at once; the topics that say so
are exempt below, in ANSWERED_BY_LEAD.) A question that asks for a figure it lacks ("芝麻信用分会掉
多少", "how long until they sue?") is answered first by saying so, then by what the article does
say (the lead answers the question asked). ``asked_figure`` reads which figure a simplified
message asks for. A rumoured line ("是不是逾期超过90天就一定会被起诉", "if you owe over 5000 yuan
they will sue") is a figure asked about too, with its words kept so that the answer can name
them; ``rumoured_lines`` (bot.rumoured_lines) is the one reader of such lines, and bot.slots does not read a number
inside one as the borrower's own days or debt. The borrower's own case said the same way
("我逾期三个月就会被起诉吗", "我才欠3000块就会…") is no rumour: its subject is 我, or 才/只.
"""

from __future__ import annotations

import re

from .patterns import has_latin, regex
from .questions import is_question, split_questions
from .rumoured_lines import rumoured_lines
from .conditions import EITHER_ASKED, condition_asked
from .relatives import IN_MY_NAME
from .silent_matters import ABROAD_NAMED, ABROAD_NEEDS, AGENCY_NOT_LENDER, LIMITATION_PLAIN, REPAID, RETURN_ASKED
from .text import simplified

# What each figure is, as the answer names it ("你问的{name}，文章没有给出数字").
FIGURE_NAMES: dict[str, dict[str, str]] = {
    "score_drop": {"zh": "分数会降多少", "en": "how far the score drops"},
    "record_time": {"zh": "记录会留多久、多久能消", "en": "how long a record stays or when it clears"},
    "time_until": {"zh": "天数、金额或时长的界线", "en": "a line in days, money or time"},
    "cost": {"zh": "要付多少钱", "en": "how much you would have to pay"},
    "rate": {"zh": "利率或费率是多少", "en": "the exact interest or penalty rate"},
    "threshold": {"zh": "这样的天数或金额界线", "en": "a line in days or money like that"},
    # A grace period: the article names none, and says what starts at once (probe13: "借呗有宽限期吗"
    # led with the advice to talk to the lender; the frame's line says this first).
    "grace": {"zh": "宽限期", "en": "a grace period"},
    # When a late loan reaches the credit report (征信): the article says Sesame Credit is told at
    # once, and gives no day for the central bank's system (probe13: "借呗逾期几天上征信" was
    # answered by the Sesame lead alone, as if 征信 were told at once too).
    "report_day": {"zh": "逾期几天会上征信", "en": "when it reaches your credit report"},
    # Whether something is certain ("一定会被起诉吗", "will they definitely sue?"): the article says
    # may, or rare, for a lawsuit and a visit; the line says so first (probe13). Only for the
    # topics in CERTAINTY_TOPICS: elsewhere the article is certain (Sesame Credit is told at once).
    "certain": {"zh": "是不是一定会", "en": "whether it is certain"},
    # Conditions the article never weighs (ans9): not figures, but the same kind of silence, said
    # first in the same place ("如果我先还一半，还会起诉吗", "I am moving abroad", "先还哪个").
    "partial": {"zh": "先还一部分（比如一半）能不能这样还、会不会改变后果", "en": "paying part of it (say half): whether that works or changes what happens"},
    "moving": {"zh": "搬走、换城市或出国以后会怎样", "en": "what happens if you move away or abroad"},
    "priority": {"zh": "几笔欠款先还哪一笔", "en": "which debt to repay first"},
    # Legal and practical matters the article never touches (ans18, truth2 B5): a neighbouring topic's
    # lead ("the lender may sue") answered them as if it were the answer; the line says first that
    # the article does not cover them ("诉讼时效过了吗", "I'm abroad now, can they still sue me?",
    # "是支付宝自己催还是外包", "微粒贷和借呗哪个先起诉我").
    "limitation": {"zh": "诉讼时效（过了一定时间还能不能起诉、还用不用还）",
                   "en": "the statute of limitations (whether, after some time, they can still sue or you still owe)"},
    "abroad": {"zh": "人在国外会不会改变催收或起诉", "en": "being abroad: whether that changes collection or a lawsuit"},
    "outsourced": {"zh": "催收是平台自己做还是交给外包或第三方机构", "en": "whether collection is done by the lender itself or by outside agencies"},
    "in_my_name": {"zh": "用别人名义借的钱该由谁来还", "en": "who has to repay a loan taken out in someone else's name"},
    # After repaying, a step of collection asked (truth3 #5: "还完了还会被起诉吗", "will they keep calling after I
    # pay it off?"): the article speaks only of the time a loan is late.
    "repaid": {"zh": "还清以后的事（还会不会被催收、上门或起诉，还欠不欠钱）",
               "en": "what happens after a loan is repaid (whether calls, visits, a lawsuit or a charge can still follow)"},
    # Being abroad with going back asked ("会不会影响我回国": truth3 #8): the return trip named.
    "abroad_return": {"zh": "人在国外：回国会不会受影响、会不会改变催收或起诉", "en": "being abroad: whether going back, collection or a lawsuit is affected"},
    "several": {"zh": "欠了几家时哪一家会先采取行动（起诉、上门）、是不是每家都会起诉",
                "en": "which of several lenders would act first, or whether each of them would sue"},
}
# The kinds above that are conditions, not numbers: the line says the article does not weigh them.
CONDITIONS = frozenset({"partial", "moving", "priority", "limitation", "abroad", "abroad_return", "outsourced", "several", "in_my_name",
                        "repaid"})
# (the frame's line points to a lawyer or legal aid for the legal ones: limitation, abroad, several,
# in_my_name; to the lender's official service for outsourced)

# Topics whose own lead already says what the article gives on such a figure: the line would
# repeat it, or contradict it. credit_report and collection_process: "多久上征信", "逾期一天就会被催收吗",
# "how long until reminders start": the article says at once (only the move to a person and a
# lawsuit have no figure, and collection_process's own point says so).
ANSWERED_BY_LEAD: dict[str, frozenset[str]] = {
    "penalty_costs": frozenset({"cost", "rate"}),
    "credit_report": frozenset({"time_until", "threshold", "grace"}),
    "collection_process": frozenset({"time_until", "threshold", "grace"}),
    # Moving away: the article advises against running off (going_dark) and says visits to the
    # hometown are rare (home_visit): their leads speak to it (review26).
    "going_dark": frozenset({"moving"}),
    "home_visit": frozenset({"moving"}),
    # A loan in someone else's name: the not-covered topic's own lead names it (ans18).
    "uncovered_consequences": frozenset({"in_my_name"}),
    # Life after repaying: its own lead says the article is silent on it (and on calls after it).
    "after_repayment": frozenset({"record_time", "repaid"}),
}

# The topics whose answer the article gives as may or rare, not certain: a question whether it is
# certain gets the line only there (a figure kind shown nowhere else; see shows_figure).
SHOWN_ONLY_FOR: dict[str, frozenset[str]] = {"certain": frozenset({"lawsuit", "home_visit"})}

# Where a figure belongs when a reply to one message answers several topics and its questions
# cannot be told apart ("逾期还款***天，会扣多少分，会留下什么记录": one sentence): the topic that
# speaks of it, if answered, else the first.
FIGURE_HOMES: dict[str, tuple[str, ...]] = {
    "score_drop": ("credit_report",), "record_time": ("after_repayment", "credit_report"),
    "cost": ("penalty_costs",), "rate": ("penalty_costs",), "certain": ("lawsuit", "home_visit"),
}

_HOW_LONG = r"(?:多久|多长时间|多少天|多少年|几年|多少个月|几个月|几天|多少日)"
# "多久？", "那要多久", "how long would that take?" after an answer: a figure asked of the last
# answer's matter (a follow-up; alone, it is the router's to read).
# (the process named as what takes the time: "一般走完流程要多久", "how long does the whole process usually take", cls20)
_BARE_HOW_LONG = regex(rf"(?:那|那么)?(?:这个|整个)?(?:一般|通常|大概)?(?:走完)?(?:整个)?(?:流程|过程|程序)?(?:要|得|需要|大概|一般|会)?(?:等)?{_HOW_LONG}(?:呢|啊|呀|才会|会)?"
                       r"|(?:and |so |then )?how (?:long|soon|many (?:days|weeks|months))(?: (?:would|will|does|do|is) (?:that|it|they|this|the (?:whole )?process))?"
                       r"(?: usually| normally| typically)?(?: take)?",
                       re.IGNORECASE)
_END_PUNCTUATION = regex(r"[\s?？!！。.…~]+$")
# Most specific first: "欠多少钱才会被起诉" asks a line, not a cost.
# A debt one may owe, as a ranking question names it on either side of 还是 (not 本金/利息: which
# part of one loan first is billing).
_DEBT_WORDS = r"借呗|花呗|信用卡|白条|网贷|微粒贷|网商贷|美团|京东|银行|房贷|车贷|分期乐|借条|亲戚|朋友"
# One debt or the other first (先还信用卡还是借呗, 借呗还是信用卡先还: a debt named on both sides of
# 还是, within one clause; not 我还是先还了借呗, 先还借呗，还是会被起诉吗, 先还了一点还是被起诉了吗:
# review29); "repay X or Y first", "which first, X or Y". Read here as the ranking the article never
# gives and by bot.routing_wording as the question it asks (negotiate).
ONE_OR_THE_OTHER_ZH = (rf"先还(?:{_DEBT_WORDS})[^，。？?！!,;.\s]{{0,4}}还是(?:先还)?(?:{_DEBT_WORDS})"
                       rf"|(?:{_DEBT_WORDS})还是(?:{_DEBT_WORDS})[^，。？?！!,;.\s]{{0,2}}先还")
ONE_OR_THE_OTHER_EN = (r"\b(?:re)?pay (?:\w+ ){1,3}or (?:\w+ ){1,3}first\b"
                       r"|\bwhich (?:one )?first\b.{0,12}\b(?:jiebei|huabei|baitiao|credit card|card|loan)s?\b")
# Whether the statute of limitations has run ("过了诉讼时效", "过了时效了吗"): also read by
# bot.routing_wording (limitation_asked), as the lawsuit question it is.
LIMITATION = (rf"{LIMITATION_PLAIN}|诉讼时效|追诉时效|追诉期|诉讼期限|(?:过了|超过|过)(?:法定)?时效|时效(?:期)?(?:已经|已)?(?:过了|过期|到了|是多久|多长|几年|有多久)"
     r"|\bstatutes? of limitations?\b|\blimitation periods?\b|\btime[- ]barred\b|\bprescription period\b")
_PATTERNS: tuple[tuple[str, str], ...] = (
    # (the silent matters first: "逾期两年了，过了诉讼时效就不用还了吗" asks of the law, not a line in days)
    ("repaid", REPAID),  # (before the limitation: "还完了还会被起诉吗" asks of life after repaying)
    ("limitation", LIMITATION),
    ("outsourced",
     r"外包|委外|第三方(?:催收|催款|催债|讨债|公司|机构)|催收公司|(?:支付宝|平台|借呗|蚂蚁|花呗)\S{0,4}自己(?:催|催收|在催)"
     r"|\boutsourc\w*|\bthird[- ]part(?:y|ies)\b.{0,20}\b(?:collect\w*|agenc\w*)|\b(?:collection|debt) agenc(?:y|ies)\b"
     # (a law firm or a company set against the lender, "an agency" as the other of two: truth3 #9)
     rf"|{AGENCY_NOT_LENDER}"),
    ("in_my_name", IN_MY_NAME.pattern),
    ("several",
     r"哪(?:个|家|一家|一个|边)(?:平台)?(?:会)?先(?:起诉|告|上门|找|来)|(?:每(?:一)?家|所有(?:的)?平台|全部平台|几家(?:平台)?都|家家)\S{0,3}(?:都)?(?:会|要)\S{0,2}(?:起诉|告我|上门)"
     r"|\bwhich (?:one|lender|of them|app|platform|company)\b.{0,25}\b(?:sue|court|come after|legal)"
     r"|\ball (?:of them|of my lenders|the lenders|these (?:apps|lenders|platforms))\b.{0,25}\b(?:sue|take me to court|come after|legal)"
     r"|\b(?:every|each) (?:lender|one|app|platform)(?: of them)?\b.{0,20}\bsue\b"
     # (sued once for each, or who acts first: "会被起诉两次吗", "Who will sue me first?"; ans20)
     r"|(?:起诉|告)(?:我)?(?:两次|几次|多次)|\bwho\b.{0,12}\b(?:sue|visit|come after|take me to court)\b.{0,12}\bfirst\b"
     r"|\bsue (?:me )?(?:twice|two times|more than once)\b"),
    ("grace",
     # (asked about, not told as the time a question is set in: "宽限期过了会不会起诉" asks of a lawsuit)
     # (有 alone is told, not asked: "客服说有3天宽限期，过了会不会被起诉" asks of a lawsuit; review31)
     r"(?:有没有|有无|是否有|是不是有|还有没有|存不存在|有(?:几天|多少天|多久|多长时间|几日)(?:的)?)\S{0,6}?(?:宽限期|宽限日|缓冲期|容时期|容错期|宽容期)"
     r"|(?:宽限期|宽限日|缓冲期|容时期|容错期|宽容期)\s*(?:的)?\s*(?:是|有|一般|大概)?\s*(?:几天|多久|多少天|多长|几日|最多|最长|有没有|有多|吗|么|嘛|吧|呢|要|需要|怎么|如何|[?？]|$)"
     r"|\b(?:is there|are there|any|have|has|get|got|give|offer)\b.{0,20}\bgrace (?:period|days?)\b"
     r"|\bgrace (?:period|days?)\b\s*(?:\?|$)|\bhow (?:long|many days)\b.{0,24}\bgrace\b|\bgrace (?:period|days?)\b.{0,12}\bhow (?:long|many)\b"),
    ("report_day",
     rf"(?:{_HOW_LONG}|什么时候|何时)\s*(?:以后|之后|后)?\s*(?:才|就)?\s*(?:会|能|要|开始)?\s*(?:被)?\s*(?:上|报|进|报送|上报)(?:到)?\s*(?:央行|人行)?\s*征信"
     # (not how long a record stays there: record_time, "how long does an overdue record stay on my credit report"; truth1 #10)
     r"|\bhow (?:long|many days|soon)\b(?!.{0,50}\b(?:stay|stays|remain|last|kept|removed|disappear|erased|deleted|recover\w*)\b).{0,40}\b(?:credit (?:report|record|file|bureau)|pboc|central bank)"
     r"|\bwhen\b.{0,30}\b(?:go|show|appear|get|be reported)\w*\b.{0,20}\b(?:credit (?:report|record|file)|pboc|central bank)"),
    ("score_drop",
     # (降到多少, 掉了多少: probe13's "芝麻分会降到多少" went unread)
     r"(?:芝麻分|芝麻信用分?|信用分|分数|评分|积分|分)\s*(?:会|要|能|大概|一般)?\s*(?:掉|降|扣|下降|降低|跌|少)\s*(?:到|了|成)?\s*(?:多少|几分|几百|几十)"
     r"|(?:掉|降|扣|跌)\s*(?:多少|几)\s*分"
     r"|\bhow (?:much|many points|far|low)\b.{0,40}\b(?:score|sesame|points?|rating)\b.{0,20}\b(?:drop|fall|go down|decrease|lower|lose|sink)"
     r"|\bhow (?:much|many points|far)\b.{0,30}\b(?:drop|fall|go down|decrease|lose)\b.{0,20}\b(?:score|sesame|rating)"
     # the drop asked, then by how much ("will my sesame score drop and how much"; truth1 #10)
     r"|\b(?:score|sesame|rating)\b.{0,20}\b(?:drop|fall|go down|decrease)\b.{0,12}\bhow (?:much|many points|far|low)\b"),
    ("record_time",
     rf"{_HOW_LONG}\s*(?:以后|之后|后)?\s*(?:才|就)?\s*(?:能|会|可以|可)?\s*(?:消|清除|删除|去掉|洗白|恢复|修复|没了|不见|清零|撤销)"
     rf"|(?:保留|留|记|挂|影响|存在)\s*(?:着|在)?\s*{_HOW_LONG}"
     r"|\bhow long\b.{0,40}\b(?:stay|remain|last|kept|keep|on (?:my|the) record|removed|disappear|clear|erased|deleted|recover\w*|restor\w*|bounce back|go back up)"
     r"|\bwhen\b.{0,30}\b(?:be removed|be cleared|be erased|be deleted|disappear|come off|drop off)"),
    ("time_until",
     rf"{_HOW_LONG}\s*(?:以后|之后|后)?\s*(?:才|就)?\s*(?:会|能|要|开始)?\s*(?:被)?\s*"
     r"(?:起诉|告|上门|走访|催收|上征信|打电话|联系|立案|开庭|判|宣判|执行|坐牢|人工|外包|冻结|拉黑)"
     rf"|(?:逾期|拖|欠)\s*(?:多久|多长时间|多少天|几个月|多少个月)(?!了)"
     # how late counts as serious ("借呗逾期几天算严重", "逾期多久就很严重了"; truth1 #2)
     rf"|{_HOW_LONG}\s*(?:才|就)?\s*(?:算|会|就会)?\s*(?:很|比较|特别)?严重"
     # the sum that would bring it on: 欠多少钱才会被起诉, "how much do you have to owe before they sue"
     r"|(?:欠|逾期)\s*(?:多少钱|多少)\s*(?:才|就)\s*(?:会|能|要)?"
     r"|\bhow much\b.{0,30}\bbefore\b"
     r"|\bhow (?:long|many days|many months|soon)\b.{0,40}\b(?:before|until|till|will they|would they|do they|can they|sue|court|visit|call)\b"),
    ("cost",
     # (not 用多少还多少, "repay what you spent": a rule of the product, no sum asked)
     r"(?<!用多少)(?<!花多少)(?<!借多少)(?:还|赔|付|交|罚|多还|要还|得还|要付|要交|要赔)\s*(?:给)?\s*"
     r"(?:多少钱|多少|几千|几万|几百)(?!天|年|个月|分|次)"
     r"|(?<!借到)(?<!能借)(?<!借了)(?<!额度)多少(?:罚息|利息|违约金|滞纳金|钱)"
     r"|\bhow much\b.{0,25}\b(?:pay|owe|repay|cost|charge|fine|penalt\w*|interest|fees?|extra)\b"),
    ("rate",
     # a value asked for, not whether a rate changes ("利率会不会变高": the article says it may)
     r"(?:利率|费率|年化|日息|月息|罚息|利息|违约金)\s*(?:是|大概|一般|具体|到底)?\s*(?:怎么算|多少|几个点|几|多高)"
     r"|\b(?:what|which|how much)\b.{0,30}\brates?\b|\brates?\b.{0,12}\bexactly\b|\bapr\b"),
    ("certain",
     # (not 肯定来不及 or 一定要告诉: 来 and 告 as parts of other words; review31)
     r"(?:一定|肯定|必定|必然|百分之百|百分百|必须)\s*(?:会|要)?\s*(?:被)?\s*(?:我)?\s*(?:起诉|告(?!诉)|上门|走访|来(?=\s*(?:吗|么|嘛|吧|呢|的吧|找|家|我家|老家|我老家|单位|我单位|公司|上门|催|[?？]|$))|找上门|判|立案|去(?:我)?(?:老家|家里|户籍地))"
     r"|^(?:那|那么)?\s*(?:是不是|是)?\s*(?:一定|肯定)\s*(?:会|要)?\s*(?:吗|么|嘛|吧)?\s*[?？]*$"
     # (the certainty of a lawsuit or a visit, not "a certain amount" or "definitely report me to sesame")
     r"|\b(?:will|would|do|does|are|is|can)\b.{0,30}\b(?:definitely|certainly|for sure|surely|inevitabl\w*|guaranteed)\b"
     r"(?=\s*(?:\w+\s+){0,3}?(?:sue|take (?:me|you) to court|take legal action|visit|come|go to (?:my|your) (?:home|hometown|family)|show up)\b)"
     # ("are they certain to sue me?", "is a lawsuit certain?": review32)
     r"|\b(?:certain|sure|bound) to (?:sue|visit|come|take)\b|\b(?:lawsuit|court case|visit|home visit|suing)s? (?:is |are )?(?:certain|inevitable|guaranteed)\b"
     r"|\b(?:sue|visit|come)\w*\b.{0,15}\b(?:for sure|definitely|certainly)\b|\b(?:is it|is that|it is|it's) certain\b"
     r"|^(?:is it|are they)?\s*(?:definitely|for sure|certain)\s*[?]*$"),
    ("priority",
     r"先还哪(?:个|家|笔|一|边|些)|还哪(?:个|家|笔|一个|一家|一笔)先|哪(?:个|家|笔|一个|一家|一笔)(?:应该|要|该)?先还|优先还哪"
     rf"|{ONE_OR_THE_OTHER_ZH}"
     r"|\bwhich\b.{0,30}\b(?:pay|repay)\w*(?: off| back)? first\b|\b(?:pay|repay)\w* which (?:one )?first\b"
     r"|\b(?:jiebei|huabei|baitiao|credit card|card|loan)s?\b.{0,30}\bwhich (?:one )?first\b"
     rf"|{ONE_OR_THE_OTHER_EN}"),
    ("partial",
     r"(?:先|只|已经|已|能|就)?还(?:了|上|掉)?\s*(?:一半|一部分|部分|一小部分|大部分|一些)(?!时间)"
     r"|\b(?:pay|paid|repay|repaid|paying|repaying)\s+(?:back\s+|off\s+)?(?:half|part|some|a part)\b(?! of (?:the )?(?:time|month))"),
    ("moving",
     # (not 以后出国会受影响吗 or 想出国: a travel fear, named as one; not 回老家: the home-visit answer)
     r"(?:如果|要是|假如|万一|打算|准备|计划|我要|马上|下个月|明年)\s*(?:我)?\s*(?:就|要|会)?\s*"
     r"(?:出国|移民|去国外|到国外|搬家|搬走|换(?:个)?城市|去外地|到外地|离开中国|离开国内)"
     r"|\b(?:if i|when i|i am|i'?m|im|i will|i ll|planning to|plan to|going to|what if i)\s+(?:\w+\s+){0,2}?"
     r"(?:move|moving|relocat\w*|emigrat\w*|leave china|leave the country|leaving china|leaving the country)\b"),
    ("abroad",
     # being abroad now, after "moving" (a plan to move: "I am moving abroad"; not travel asked as a fear: "会影响我出国吗")
     rf"{ABROAD_NAMED}|(?:人在|我在|现在在|身在|住在|定居(?:在)?|已经在|目前在|人已经在|我人在)\s*(?:国外|海外|境外|外国)|(?:已经|我)(?:出国|移民)了"
     r"|\b(?:i'?m|i ?m|i am|living|live|now|currently|staying|working|moved|been)\b.{0,12}\b(?:abroad|overseas|outside (?:of )?(?:china|the country))\b"),
)
# What every Chinese match of each pattern above holds, one of these characters (its English
# alternatives need a Latin letter): a message holding neither is not searched (speed only).
# score_drop: a verb of dropping (下降, 降低 hold 降) or 少 of 多少; record_time: a length of
# time (_HOW_LONG: 多久 多长时间 …天 …年 …个月 …日); time_until: the same, or 少 (欠多少钱才会);
# cost: 多少 几千 几万 几百; rate: the charge named (利率 费率 年化 日息 月息 罚息 利息 违约金).
_ZH_NEEDS = {"repaid": "还结付", "limitation": "时效诉期年久债款欠", "abroad": "国外海境移" + ABROAD_NEEDS, "outsourced": "外三催自律所司构", "several": "哪每所全几家次", "in_my_name": "名身证号账宝",
             "grace": "期日", "report_day": "征", "score_drop": "掉降扣跌少", "record_time": "久长天年月日", "time_until": "久长天年月日少",
             "cost": "少千万百", "rate": "率化息金", "certain": "定肯必百",
             # priority and partial: a repayment named (还); moving: the move named (出国 移民
             # 国外 搬家 搬走 换城市 外地 离开)
             "priority": "还", "partial": "还", "moving": "出移国搬换外离"}
_COMPILED = tuple((figure, regex(pattern, re.IGNORECASE), regex(f"[{_ZH_NEEDS[figure]}]"))
                  for figure, pattern in _PATTERNS)
_HOW_LONG_NEEDS = regex(f"[{_ZH_NEEDS['record_time']}]")  # what _HOW_LONG needs (_BARE_HOW_LONG's Chinese)
# A figure stated, not asked: "逾期几天了" (a few days), "已经还了多少" is the borrower's own past.
_STATED = regex(r"^(?:了|啦)")


def asked_figure(text: str) -> tuple[str, str] | None:
    """The figure a simplified message asks for: (kind, the words of a rumoured line or ""), or None."""
    lines = rumoured_lines(text)
    if lines:
        return "threshold", lines[0][2]
    latin = has_latin(text)
    for figure, pattern, needed in _COMPILED:
        if not latin and needed.search(text) is None:
            continue  # no match can be there (_ZH_NEEDS)
        match = pattern.search(text)
        # (a condition stated is still the one asked about: "已经还了一半了，剩下的会被起诉吗", in a
        # message that asks something: "工资只够还一部分" asks nothing)
        if match is None or (_STATED.match(text[match.end():]) if figure not in CONDITIONS
                             else not ((is_question(text) or EITHER_ASKED.search(text)) and condition_asked(figure, text, match))):
            continue
        if figure == "certain" and not is_question(text):
            continue  # "他们说一定会去我老家" tells a threat; it asks nothing of the article
        if figure == "abroad" and RETURN_ASKED.search(text):
            return "abroad_return", ""  # "会不会影响我回国": the line names the return trip (truth3 #8)
        return figure, ""
    if not latin and _HOW_LONG_NEEDS.search(text) is None:
        return None  # a bare "how long" holds a length of time (_HOW_LONG), as record_time does
    if _BARE_HOW_LONG.fullmatch(_END_PUNCTUATION.sub("", text.strip())):
        return "time_until", ""
    return None


def asks_only_how_long(text: str) -> bool:
    """Whether a message asks nothing but how long ("多久？", "那要多久", "要等多少天", "how long
    would that take?"): a follow-up on the last answer's matter (bot.followups)."""
    return _BARE_HOW_LONG.fullmatch(_END_PUNCTUATION.sub("", simplified(text).strip())) is not None


def figure_asked(question: str) -> tuple[str, str] | None:
    """``asked_figure`` on a raw message (none for an empty one)."""
    return asked_figure(simplified(question)) if question else None


_SEVERAL = regex(r"[?？。!！;；]\s*\S")
_SENTENCE_END = regex(r"[?？。!！;；]+")


def several_sentences(question: str) -> bool:
    """Whether a message goes on after a sentence ends (then it may ask several questions)."""
    return _SEVERAL.search(question) is not None


def figures_by_question(question: str) -> tuple[tuple[str, str] | None, ...]:
    """The figure each question of a message asks for, in order ("会被起诉吗？罚息是多少": none,
    then the rate): a reply that answers each question in its own section puts each line there."""
    if not question:
        return ()
    questions = [q.bare for q in split_questions(question)]
    if len(questions) < 2:  # "会被起诉吗？要多久": one question to the splitter, two sentences here
        questions = [piece for piece in _SENTENCE_END.split(question) if piece.strip()]
    return tuple(asked_figure(simplified(text)) for text in questions)


# A point that says the article gives no figure ("文章没说逾期几天…", "It gives no day or amount
# threshold"): what the article does not say is part of every answer to a question on it.
_SILENCE = regex(r"文章没(?:有)?(?:说|给|讲)|没(?:有)?给出?(?:任何)?(?:天数|金额|界线)|"
                 r"\b(?:gives|sets) no\b|\bdoes not say\b")


def silence_points(text: str, points: int) -> list[str]:
    """Among a rendered answer's first ``points`` points ("- " lines), those that say what the
    article gives no figure for: a follow-up on the same matter ("要多久会起诉", "那现在呢")
    keeps them, though it leaves out the points already shown."""
    shown = [line for line in text.split("\n") if line.startswith("- ")][:points]
    return [line for line in shown if _SILENCE.search(line)]


# A point that says the article gives no line in days or money ("文章没给会被起诉的天数或金额界线",
# "It sets no line in days or money"): what the line on a time or threshold asked says already.
_LINE_SILENCE = regex(r"^- .*(?:文章没(?:有)?(?:说|给).{0,12}(?:天数|金额|多久|逾期多少天)|\b(?:gives|sets) no (?:line|point|day))")


def line_silence(line: str, figure: str | None) -> bool:
    """Whether a point only repeats the line said on a time or a threshold asked for."""
    return figure in ("time_until", "threshold") and _LINE_SILENCE.search(line) is not None


def figure_name(figure: str, lang: str) -> str:
    """The figure's name in ``lang`` (KeyError for an unknown kind)."""
    return FIGURE_NAMES[figure][lang]


def shows_figure(figure: str | None, topic_id: str) -> bool:
    """Whether the line on a figure asked for goes above this topic's answer."""
    return (figure is not None and figure not in ANSWERED_BY_LEAD.get(topic_id, frozenset())
            and topic_id in SHOWN_ONLY_FOR.get(figure, (topic_id,)))


__all__ = ["CONDITIONS", "LIMITATION", "SHOWN_ONLY_FOR", "ONE_OR_THE_OTHER_EN", "ONE_OR_THE_OTHER_ZH", "FIGURE_HOMES", "FIGURE_NAMES", "asked_figure", "asks_only_how_long", "figure_asked", "figure_name", "figures_by_question", "line_silence", "rumoured_lines",
           "several_sentences", "shows_figure", "silence_points"]
