"""The words that ask for each figure (bot.figure_kinds), most specific first, as pattern text.

bot.figures compiles PATTERNS and reads a message with them; ZH_NEEDS lets it skip a Chinese
message that cannot match. ONE_OR_THE_OTHER_* and LIMITATION are read by bot.routing_wording too.
"""

from __future__ import annotations

from .relatives import IN_MY_NAME
from .silent_matters import ABROAD_NAMED, ABROAD_NEEDS, AGENCY_NOT_LENDER, LIMITATION_PLAIN, REPAID, TRIP_EN, TRIP_ZH

# A length of time asked ("多久", "几个月"): in several kinds below, and in bot.figures' bare "how long".
HOW_LONG = r"(?:多久|多长时间|多少天|多少年|几年|多少个月|几个月|几天|多少日)"
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
# Which of a visit and a suit comes first, asked (not 哪个先还, 先处理哪个: the borrower's own step)
_WHICH_COMES = r"(?:哪(?:个|一个|样)(?:会)?(?:最)?先|谁先|先后)(?!还|处理|做|办|解决|应对|搞|付|管|理|回|联系|弄)"
# ...and in English, not "what should I do first", "which do I pay first"
_NOT_MY_STEP = r"(?!\s+(?:\w+\s+)?(?:should|do|can|shall|must|would|to)\s+(?:i|we)\b)(?!\s+(?:\w+\s+)?(?:pay|repay|handle|deal|do)\b)"
# Most specific first: "欠多少钱才会被起诉" asks a line, not a cost.
PATTERNS: tuple[tuple[str, str], ...] = (
    # (the silent matters first: "逾期两年了，过了诉讼时效就不用还了吗" asks of the law, not a line in days)
    # (an agreed plan first: "协商还款后还会上征信吗" holds 还款后 too; truth4 #8)
    ("negotiated",
     r"协商(?:还款|延期|分期)?(?:成功|好了|好|通过|了)?(?:以后|之后|后)[^?？。!！]{0,10}(?:征信|芝麻|信用|记录)"
     r"|协商(?:成功|好了)[^?？。!！]{0,10}(?:征信|芝麻|信用|记录)"
     r"|\b(?:after|once|if)\b.{0,20}\b(?:agree\w*|negotiat\w*|set up|arrang\w*)\b.{0,30}"
     r"\b(?:plan|extension|instal?lments?|deal|settlement)\b.{0,50}\b(?:credit|record|score|sesame)\b"),
    ("repaid", REPAID),  # (before the limitation: "还完了还会被起诉吗" asks of life after repaying)
    ("limitation", LIMITATION),
    ("outsourced",
     r"外包|委外|第三方(?:催收|催款|催债|讨债|公司|机构)|催收公司|(?:支付宝|平台|借呗|蚂蚁|花呗)\S{0,4}自己(?:催|催收|在催)"
     r"|\boutsourc\w*|\bthird[- ]part(?:y|ies)\b.{0,20}\b(?:collect\w*|agenc\w*)|\b(?:collection|debt) agenc(?:y|ies)\b"
     # (a law firm or a company set against the lender, "an agency" as the other of two: truth3 #9)
     rf"|{AGENCY_NOT_LENDER}"),
    ("in_my_name", IN_MY_NAME.pattern),
    # what to do if a visit does happen, asked as a condition (truth4 #7); not a fear of a visit asked
    # with 怎么办 ("我好怕他们上门 怎么办": home_visit's own question)
    ("visit_then",
     r"(?:如果|要是|万一|假如|真的)(?:他们|有人|催收)?(?:真的?)?(?:上门|来(?:我)?家|找上门|来找我)(?:了|的话|来了)?[^?？。!！]{0,6}?(?:我)?(?:该|要|应该)?(?:怎么办|怎么做|如何应对|怎么应对|咋办|怎么处理)"
     # (a visit told as happening: "催收上门了怎么办", "他们已经来我家了，我该怎么办")
     r"|(?:催收|他们|有人|对方)(?:已经|真的|现在)?(?:上门|来(?:我)?家|找上门|来找我)了[^?？。!！]{0,6}?(?:我)?(?:该|要|应该)?(?:怎么办|怎么做|如何应对|怎么应对|咋办|怎么处理)"
     r"|\b(?:if|when) (?:they|someone|collectors?|people|anyone) (?:do |actually |really )?(?:come|visit|show up|turn up)\b.{0,40}\bwhat (?:should|do|can) i do\b"
     r"|\bwhat (?:should|do|can) i do\b.{0,20}\bif (?:they|someone|collectors?|anyone) (?:do |actually |really )?(?:come|visit|show up|turn up)\b"),
    # a visit and a suit set against each other, one lender (truth4 #7): before "several"'s 哪个先来
    # (which of them comes first, not what the borrower does or repays first: "我该哪个先还", "What should
    # I do first?" are priority or general questions; review52 #4)
    ("order",
     r"先(?:上门|走访)还是先(?:起诉|告)|先(?:起诉|告)还是先(?:上门|走访)"
     rf"|(?:上门|走访|来家|到家)[^?？。!！]{{0,16}}(?:起诉|告我|打官司)[^?？。!！]{{0,10}}{_WHICH_COMES}"
     rf"|(?:起诉|告我|打官司)[^?？。!！]{{0,16}}(?:上门|走访|来家|到家)[^?？。!！]{{0,10}}{_WHICH_COMES}"
     rf"|\b(?:which|what)\b{_NOT_MY_STEP}[^?.]{{0,20}}\bfirst\b[^?.]{{0,40}}\b(?:visit\w*|lawsuit|court|sue)\b"
     rf"|\b(?:visit\w*|lawsuit|court|sue)\b[^?]{{0,60}}\b(?:which|what)\b{_NOT_MY_STEP}[^?.]{{0,20}}\b(?:first|sooner)\b"),
    ("several",
     r"哪(?:个|家|一家|一个|边)(?:平台)?(?:会)?(?:最)?先(?:起诉|告|上门|找|来)|谁(?:会)?(?:最)?先(?:起诉|告|上门)|(?:每(?:一)?家|所有(?:的)?平台|全部平台|几家(?:平台)?都|家家)\S{0,3}(?:都)?(?:会|要)\S{0,2}(?:起诉|告我|上门)"
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
     rf"(?:{HOW_LONG}|什么时候|何时)\s*(?:以后|之后|后)?\s*(?:才|就)?\s*(?:会|能|要|开始)?\s*(?:被)?\s*(?:上|报|进|报送|上报)(?:到)?\s*(?:央行|人行)?\s*征信"
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
     rf"{HOW_LONG}\s*(?:以后|之后|后)?\s*(?:才|就)?\s*(?:能|会|可以|可)?\s*(?:消|清除|删除|去掉|洗白|恢复|修复|没了|不见|清零|撤销)"
     rf"|(?:保留|留|记|挂|影响|存在)\s*(?:着|在)?\s*{HOW_LONG}"
     r"|\bhow long\b.{0,40}\b(?:stay|remain|last|kept|keep|on (?:my|the) record|removed|disappear|clear|erased|deleted|recover\w*|restor\w*|bounce back|go back up)"
     r"|\bwhen\b.{0,30}\b(?:be removed|be cleared|be erased|be deleted|disappear|come off|drop off)"),
    ("time_until",
     rf"{HOW_LONG}\s*(?:以后|之后|后)?\s*(?:才|就)?\s*(?:会|能|要|开始)?\s*(?:被)?\s*"
     r"(?:起诉|告|上门|走访|催收|上征信|打电话|联系|立案|开庭|判|宣判|执行|坐牢|人工|外包|冻结|拉黑)"
     rf"|(?:逾期|拖|欠)\s*(?:多久|多长时间|多少天|几个月|多少个月)(?!了)"
     # how late counts as serious ("借呗逾期几天算严重", "逾期多久就很严重了"; truth1 #2)
     rf"|{HOW_LONG}\s*(?:才|就)?\s*(?:算|会|就会)?\s*(?:很|比较|特别)?严重"
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
    # only the principal or only the interest (truth4 #7: "能不能只还利息", "pay back the benjin only")
    ("principal_only",
     # (not how an instalment is split: "分期的话，每个月是只还利息吗" asks how billing works; review52 #6;
     # but 每月/每期 alone is a request: "我每月只还利息可以吗", "我想每期只还本金"; review56 #4)
     r"(?<!是)只(?:想|能|要)?还(?:本金|利息)|(?:本金|利息)(?:能不能|可不可以|可以)?只还"
     r"|\b(?:pay|repay|paying|repaying)(?: back)? (?:the |my )?(?:benjin|principal|interest) only\b"
     r"|\bonly (?:pay|repay)(?: back)? (?:the |my )?(?:benjin|principal|interest)\b"),
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
     rf"{ABROAD_NAMED}|(?:人在|我在|现在在|身在|住在|定居(?:在)?|已经在|目前在|人已经在|我人在)\s*(?:国外|海外|境外|外国){TRIP_ZH}|(?:已经|我)(?:出国|移民)了"
     rf"|\b(?:i'?m|i ?m|i am|living|live|now|currently|staying|working|moved|been)\b.{{0,12}}\b(?:abroad|overseas|outside (?:of )?(?:china|the country))\b{TRIP_EN}"),
)
# What every Chinese match of each pattern above holds, one of these characters (its English
# alternatives need a Latin letter): a message holding neither is not searched (speed only).
# score_drop: a verb of dropping (下降, 降低 hold 降) or 少 of 多少; record_time: a length of
# time (HOW_LONG: 多久 多长时间 …天 …年 …个月 …日); time_until: the same, or 少 (欠多少钱才会);
# cost: 多少 几千 几万 几百; rate: the charge named (利率 费率 年化 日息 月息 罚息 利息 违约金).
ZH_NEEDS = {"visit_then": "门家找", "negotiated": "协", "order": "门访家诉告官", "principal_only": "本利", "repaid": "还结付", "limitation": "时效诉期年久债款欠", "abroad": "国外海境移" + ABROAD_NEEDS, "outsourced": "外三催自律所司构", "several": "哪每所全几家次谁", "in_my_name": "名身证号账宝",
             "grace": "期日", "report_day": "征", "score_drop": "掉降扣跌少", "record_time": "久长天年月日", "time_until": "久长天年月日少",
             "cost": "少千万百", "rate": "率化息金", "certain": "定肯必百",
             # priority and partial: a repayment named (还); moving: the move named (出国 移民
             # 国外 搬家 搬走 换城市 外地 离开)
             "priority": "还", "partial": "还", "moving": "出移国搬换外离"}

__all__ = ["HOW_LONG", "LIMITATION", "ONE_OR_THE_OTHER_EN", "ONE_OR_THE_OTHER_ZH", "PATTERNS", "ZH_NEEDS"]
