"""Finality without a method (final206, issue 12, docs/safety.md Round 110): an end near or arranged, told without
naming a method or the word "die". Outside sets kept bringing it and every reader missed it, since none of its words is
a word of dying: a bare countdown ("倒计时2天", "D-2", "3…2…1…", "10 9 8 … 1", "3 days left on my countdown"); social
accounts deleted and passwords left for someone; "the last time I'll bother anyone"; medicine stopped on purpose; an
insurance payout to "look like an accident"; a nurse who knows which dose is enough; a rope bought; days without food
and no wish to eat; a last meal (Mandarin and Cantonese); a date set; after "I'm gone", what becomes of the debt.

Each cue names a shape of finality and its own bound: the benign twin on the same surface cancels it anywhere in the
message (``unless``): an exam, visa, launch, wedding or new-year countdown and a live-stream's "3 2 1 上链接"; apps
deleted to save money, a streaming password given a friend (no account deleted, nothing "from now on" handed over);
"last time I bother you" with a favour asked; antibiotics stopped on the doctor's word; an insurance agent or adjuster;
rope for moving or packing; a last meal before a diet, a fast for a test or an operation; a wedding or a court date.
Whether the writer or someone else is at risk, and whether a story frames it, stays the other readers' to say.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

_NUM_ZH = r"[0-9一二两三四五六七八九十几]+"

# A countdown: 倒计时 with a count or its last day, "d 2" (D-2 folded), "countdown" with days; the bare "3 2 1" run.
_COUNTDOWN = any_of(rf"倒计时\S{{0,4}}(?:{_NUM_ZH}(?:天|日|小时|个小时)|最后(?:一|1)天)",
                    r"^(?:今天是)?\s*d\s?[0-9]{1,2}\s*$",
                    r"\bcountdown\s+(?:[0-9]+|one|two|three|four|five|six|seven) (?:days?|hours?)\b",
                    r"\b(?:[0-9]+|one|two|three|four|five|six|seven) (?:days?|hours?) (?:left )?(?:on|in|of) my countdown\b",
                    r"\bcountdown (?:is )?(?:at|on) (?:[0-9]+|one|two|three)\b",
                    r"备忘录\S{0,6}倒计时|写了\S{0,4}倒计时")
# A run counted down to one, read from the whole message (its clauses may be cut at "…"): the run may be all it says.
_RUN = regex(r"(?:^|\s)(?:(?:10 9 8 7 6 )?5 4 )?3 2 1(?:\s|$)|(?:^|\s)(?:五\s?四\s?)?三\s?二\s?一(?:\s|$)")
_RUN_END = any_of(r"(?:^|\s)2 1(?:\s|$)", r"二\s?一(?:\s|$)")
# Every other countdown of life: exams, visas, launches, weddings, holidays, sales, a stream's "上链接".
# (mend218, Round 110b: a repayment or an everyday object named — a due date, work, school, a weekend, a bonus, a photo,
# a game's start — makes the countdown that thing's; "借呗还款倒计时3天" is the bot's main traffic. A loan named beside a
# countdown of no object is no repayment: "倒计时最后1天了，借呗随便吧" gives the loan up)
COUNTED_FOR = regex(r"还款|还钱|还贷|(?:借呗|花呗|网贷|贷款|信用卡)\S{0,6}倒计时|账单|到期|下班|上班|放学|周末|年终奖|奖金|工资|拍照|合影|照相|茄子|镜头|看这里|看这边|笑一个|开始|出发|游戏|开饭|上课|下课|"
                     r"还清|还完|上岸|最后一期|无债|发工资|考|签证|面试|上线|发布|发射|婚礼|结婚|开学|放假|假期|过年|跨年|新年|春节|元旦|生日|旅行|旅游|毕业|开业|直播|上链接|链接|开抢|秒杀"
                     r"|抢购|活动|比赛|项目|截止|交稿|答辩|入职|出国|回国|宝宝|预产期|手术|演唱会|上映"
                     # (ses222: trips for work, a move, going home, a check-up, a meeting, reporting for school or training)
                     r"|出差|搬家|回老家|回家|体检|开会|报到|军训|实习|退休"
                     r"|航班|飞机|高铁|笔试"  # (mend229: the flight or the written exam bot.turn_refers may name)
                     r"|\b(?:exam\w*|test|visa|interview|launch\w*|live|release\w*|wedding|christmas|new year|holiday\w*|vacation|trip"
                     r"|birthday|graduation|deadline|flight|concert|due date for my baby|baby|go|liftoff|sale|party|race|game|debt free|paid off"
                     r"|last (?:jiebei |loan )?payment|payday|salary|repay\w*|payments?|due|bills?|work|shift|weekend|school"
                     r"|bonus|photo\w*|picture|cheese|start\w*|kickoff|match|class|dinner|move|moving|conference|checkup|check up)\b")

# Accounts deleted, and passwords left or handed over for good.
_DELETED = (r"(?:注销|删了|删掉|删除|清空|关掉|停用)\S{0,12}(?:微信|微博|抖音|朋友圈|qq|小红书|快手|账号|社交)"
                 r"|(?:微信|微博|抖音|朋友圈|qq|小红书|快手|账号)\S{0,8}(?:都|全)?(?:注销|删了|删掉|删除|清空)"
                 r"|\b(?:deleted|wiped|closed|shut down|deactivated) (?:all )?(?:of )?my (?:social media|accounts|instagram|facebook|wechat|weibo|profiles?)\b"
                 r"|\bdeleted (?:all )?(?:my )?(?:social media|accounts)\b")
_PASSWORDS = any_of(r"密码\S{0,12}(?:写在|写给|留给|交给|发给|告诉了?|放在|记在)", r"(?:写下|留下|交出)\S{0,4}密码",
                    r"\bpasswords? (?:are |is )?(?:on|in) a (?:note|paper|letter)\b", r"\b(?:wrote|written|left) (?:down )?(?:all )?my passwords\b",
                    r"\bpasswords? (?:written )?(?:down )?(?:for|to) my\b")
_HANDED_ON = (r"以后\S{0,8}(?:都)?交给|都交给(?:他|她)|\bfrom now on\b|\btake over\b")
# What is handed on is the repayment or the bills ("以后还款都交给她", "from now on she handles the loan payments"):
# an everyday arrangement, no finality (mend218, Round 110b).
_HANDED_FOR = regex(r"还款|还钱|还贷|账单|缴费|交费|记账|理财|买菜|\b(?:payments?|repay\w*|bills?|handles? the loan|budget\w*|shopping)\b")

# The last time the writer bothers ANYONE (not "you" before a favour asked).
_LAST_BOTHER = any_of(r"最后一次(?:麻烦|打扰|拖累)(?:大家|你们|各位|任何人|所有人|别人)",
                      r"(?:以后|从此|今后)?(?:再也)?不会再(?:给)?(?:任何人|大家|别人|谁)(?:添麻烦|麻烦|打扰|拖累)",
                      r"\b(?:last time (?:i ll|ill|i will) (?:ever )?bother (?:anyone|anybody|everyone|you all|people)"
                      r"|(?:wont|will not|never) (?:ever )?bother (?:anyone|anybody|everyone) (?:ever )?again)\b")
_FAVOUR = regex(r"帮我|帮忙|请问|请教|看看|问一下|问下|多少|怎么|几号|能不能|可不可以|吗|\b(?:what|how|when|can you|could you|please|help me|promise)\b"
                 # (or the thing the writer will no longer ask about: an app learned, autopay set up; mend218)
                 r"|学会|会用|自己弄|自动还款|自动扣款|\b(?:with (?:it|this|that|the \w+)|about (?:it|this|that|the \w+)|learned|learnt|figured out"
                 r"|autopay|auto ?debit|set up)\b")

# Medicine stopped on purpose, or with nothing left to keep going for.
_STOPPED = any_of(r"(?:药|胰岛素)\S{0,8}(?:停了|停掉|不吃了|不打算再吃|不想再吃|不再吃)\S{0,10}(?:故意|就这样|就快了|没意义|没必要|无所谓|一了百了|解脱|算了)",
                  r"(?:故意|特意|有意)(?:把药)?(?:停|不吃)\S{0,4}药|(?:药|胰岛素)\S{0,6}(?:是)?(?:故意|特意|有意)(?:停|不吃)",
                  r"停了药(?:就|也)?(?:快了|就快|好了|解脱)",
                  r"\bstopped (?:taking )?(?:all )?my (?:\w+ )?(?:meds|medication|medicine|pills|insulin|tablets) (?:on purpose|deliberately)\b",
                  r"\b(?:on purpose|deliberately) stopped (?:taking )?my\b")
_PRESCRIBED = regex(r"医生|大夫|医嘱|复查|疗程|\b(?:doctor|gp|prescribed|course)\b")

# A death made to look like an accident (for a payout): finality planned.
# Only made so by the writer ("弄得像意外", "make it look like an accident", "so it looks like an accident"): "前面看上去
#像是事故" and "looks like an accident on the highway" are traffic (mend218, Round 110b).
_ACCIDENT = any_of(r"(?:弄得|搞得|做得|装得|装成|伪装成|做成|弄成|(?:让|使|要)(?:它|这|一切|我)?(?:看起来|看上去))\S{0,2}像(?:是)?(?:一场)?(?:意外|事故)",
                   r"\b(?:make|made|making) (?:it|this|everything|my death|things) (?:look|seem|appear) (?:like )?(?:an )?accident(?:al)?\b",
                   r"\bso (?:it|that it) (?:looks|seems|will look|would look|appears) (?:like )?(?:an )?accident(?:al)?\b")
_ACCIDENT_FRAME = regex(r"小说|电影|剧本|剧情|侦探|案子|案件|新闻|理赔员|代理人|堵车|路上|高速|\b(?:novel|movie|film|script|detective|case|news|adjuster|agent"
                        r"|traffic|highway|road)\b")

# Knowing which dose is enough.
_DOSE = any_of(r"(?:知道|清楚|晓得|明白)\S{0,6}(?:剂量|吃多少|多少片|多少量|吃多少会)\S{0,6}(?:够|会怎样|致命|会死)",
               r"\bknow (?:exactly )?(?:which|what|how much|how many) (?:dose|pills?|tablets?|amount)(?: \w+){0,3} (?:enough|lethal|fatal)\b")

# The dose or the medicine is a child's or a patient's, or a pharmacist's or a doctor's word ("孩子发烧吃多少够",
# "the pharmacist told me"), a cold that will not pass ("孩子都吃了也没好"): care, no finality (mend218, Round 110b).
_FOR_OTHER = regex(r"孩子|儿子|女儿|宝宝|小孩|老人|家人|药剂师|医生|大夫|药店|发烧|退烧|感冒|咳嗽|没好|不见好|疫情"
                   r"|\b(?:kids?|child\w*|son|daughter|baby|fever|cough|cold|flu|pharmacist|doctor|vet|dog|cat)\b")

# Pills all taken for a cold or a fever that will not pass ("孩子都吃了也没好"): a son merely named is no such reason
# ("儿子…用我的身份借了借呗…降压药我存了好几瓶，想着哪天都吃了算了" stays a crisis; blind26, development data).
_COLD_PASSING = regex(r"感冒|发烧|退烧|咳嗽|没好|不见好|没退|疫情|\b(?:fever|cough|cold|flu)\b")

# A rope bought or ready (its everyday uses cancel it; "我说捆东西" is what the writer told the seller).
_ROPE = any_of(r"(?:买|准备|备)(?:了|好了|好)?(?:一根|一条|根|条)?(?:\S{0,2})?绳子", r"绳子\S{0,4}(?:买好|准备好|够结实|够粗|结实)",
               r"\b(?:bought|got|buying) (?:a |some )?rope\b", r"\brope (?:is |s )?(?:strong|ready)\b")
_ROPE_FOR = regex(r"(?<!说)(?:搬家|捆|打包|箱子|晾|跳绳|露营|帐篷|行李|拔河|攀岩|包装|装修|绑|货)"
                  r"|\b(?:moving|move|boxes|tape|camping|tent|climbing|skipping|jump rope|laundry|clothesline|boat|tie down|dog)\b")

# Days without food and no wish to eat.
# (two days or more, read across a comma; the text is folded, so 冇/嘢 read as 没/东西; mend218)
DAYS_ZH = r"(?:[2-9]|[1-9][0-9]+|[二两三四五六七八九十几]+|好几)"
DAYS_EN = r"(?:[2-9]|[1-9][0-9]|two|three|four|five|six|seven|several|a few)"  # (days counted in English)
# (appetite lost, 没胃口/吃不下, only in the same clause: "压力太大，三天没吃饭，吃不下" is stress, no wish told)
_NOT_EATING = any_of(rf"{DAYS_ZH}(?:天|日)\S{{0,2}}(?:没|不)(?:有)?(?:吃|食)(?:饭|东西)?(?:\S{{0,10}}(?:没胃口|吃不下)|.{{0,12}}?(?:不想(?:再)?(?:吃|食)|不打算|无所谓|随它|就这样|算了|没意义))",
                     rf"\b(?:havent|have not|hasnt) eaten (?:in|for) {DAYS_EN} days\b"
                     r"(?:\W+\w+){0,4}\W+(?:and i dont (?:intend|plan|want) to|not hungry|doesnt matter|no point|dont want to)\b")
# (bot.risk_memory's "starving" kind reads the same days and the same fasts)
FASTED = r"体检|胃镜|肠镜|手术|空腹|断食|辟谷|减肥|节食|斋|\b(?:fast\w*|blood test|surgery|operation|diet\w*|ramadan|procedure|detox)\b"
# Too busy or ill to eat ("加班两天没吃饭", "too busy at work", a toothache): no finality (mend218, Round 110b; bot.risk_memory's
# "starving" reads the same)
BUSY_OR_ILL = (r"忙|加班|值班|夜班|赶工|赶项目|出差|工作|上班|牙疼|牙痛|生病|病了|发烧|感冒|肠胃|胃疼|胃痛|拉肚子|吐了|住院"
               r"|\b(?:busy|work\w*|shift|swamped|deadline|toothache|sick|ill|flu|fever|stomach|vomit\w*|hospital)\b")
FASTING_OR_BUSY = regex(f"{FASTED}|{BUSY_OR_ILL}")

# A last meal (Cantonese 食埋呢餐 too); a diet, a test, an operation, a farewell party, a meal shared as a company or a
# team breaks up ("大家吃了最后一顿饭就散了", safety held-out 73) are its twins.
_LAST_MEAL = any_of(r"最后(?:的)?一(?:顿|餐)|食埋(?:呢|这)餐|吃完这(?:顿|餐)(?:就|我就)(?:走|没有遗憾)",
                    r"\b(?:my |a )?last meal\b")
# (mend218: saving money, next month (a future planned; "这个月" alone is no object), takeout given up, cooking at home, a repayment: "最后一顿外卖，以后自己做饭省钱")
_MEAL_BEFORE = regex(r"省钱|省着|攒钱|还借呗|还款|还钱|下个月|外卖|做饭|大餐|下馆子"
                     r"|\b(?:sav\w*|budget\w*|repay\w*|next month|takeout|takeaway|eating out|meal out|cook\w*)\b"
                     r"|减肥|节食|戒|明天开始|体检|胃镜|手术|空腹|断食|出国|离职|毕业|散伙|散了|告别|放假|搬走|大家|我们|一起|同事|朋友"
                     r"|\b(?:diet|cleanse|fast\w*|surgery|operation|procedure|test|trip|move|leaving|farewell|before (?:the|my)|starts tomorrow"
                     r"|at home|of the day|we|together|team|colleagues|friends)\b")

# A date set for an end (a wedding, a court hearing, a meeting is a date too).
_DATE_SET = any_of(r"(?:日子|时间|那天)\S{0,2}(?:我)?(?:已经)?(?:定好|选好|挑好|决定好)了?",
                   r"(?:我|自己)(?:已经)?(?:定|选|挑)(?:好)?的(?:日子|那天|时间)",
                   r"\b(?:the date is set|ive (?:set|picked|chosen) the (?:date|day)|i know the day)\b")
# (mend218: a repayment's day, a day of the month: "还款日子我已经选好了，10号还")
DATED_FOR = regex(r"婚|搬家|开庭|面试|手术|开会|签约|入职|回家|还款|还钱|分期|每月|[0-9一二三四五六七八九十]+号"
                   r"|\b(?:wedding|move|hearing|court|interview|surgery|meeting|party|trip|pay|paying|payments?|repay\w*|due|of (?:the|each|every) month)\b")

# After the writer is gone: what becomes of the account or the debt (a relative's death is told with the kin named).
_AFTER_GONE = any_of(r"(?:我|等我)(?:人)?(?:走了|不在了|没了|死了|离开了)(?:以后|之后|后)\S{0,14}(?:账户|账号|注销|债|欠|借呗|花呗|还要还|勾销|清零|不用还)",
                     r"\b(?:after|once|when) (?:im|i am|i m) (?:gone|no longer here|not here any ?more|dead)\b")
_AFTER_DEBT = regex(r"账户|账号|注销|债|欠|借呗|花呗|还|\b(?:debts?|loans?|account|jiebei|huabei|pay\w*|owe\w*|cleared|closed)\b")
# Vanishing, said to be meant ("如果我消失了…我是认真的").
_VANISH = any_of(r"(?:如果|要是|假如)我(?:突然)?消失了?")
_MEANT = regex(r"认真的|不是开玩笑|没(?:有)?(?:在)?开玩笑|不是说(?:离家出走|出走|搬走)|\b(?:im serious|i mean it|not joking)\b")
# Pills saved up, and "all taken" thought of.
_ALL_TAKEN = any_of(r"(?:都|全|全部|一起|一次)(?:吃了|吃掉|吞了)(?:算了|就好了|拉倒)?")
_HOARDED = regex(r"药\S{0,6}(?:存|攒|囤)了|(?:存|攒|囤)了\S{0,6}药|\b(?:saved|stockpiled|hoarded) (?:up )?(?:my |some )?(?:pills|meds|tablets)\b")
# Going to a dead one, the death told anywhere in the message ("我爸去世后…也许我去陪他就好了"; follow_dead.py reads the
# two in one window), and joining a late spouse or parent rather than be a burden.
_GO_TO_THEM = any_of(r"(?:去|过去|下去)(?:陪|找)(?:他|她)(?:就好了|算了|好了|吧)",
                     r"\b(?:rather|want to|wanna|ready to|time to|just want to|going to) (?:go and )?join my (?:late )?(?:wife|husband|mum|mom|mother|dad|father|parents)"
                     r"(?!\s+(?:in|at|for|on|this|next|tomorrow|tonight|when|after|abroad|overseas|there|who|whos|that|working|to))\b")
# (mend218: 走了 only with a time since, "我妈走了三年了", "走了以后": "朋友刚走了" has only left; "tired" alone is weak:
# "tired of being apart" from a living husband abroad)
_DEAD_OR_BURDEN = regex(r"去世|过世|病逝|(?<!刚)走了\S{0,2}(?:[0-9一二两三四五六七八九十几半]+(?:年|个月|天)|以后|之后|后)|不在了|死了"
                        r"|\b(?:passed|died|gone|late|lost|burden|heaven)\b")



def bare_end_count(folded: str) -> bool:
    """Whether a folded message holds a countdown or a date chosen with no object of its own (the shapes of the
    final_countdown and final_date cues, their own everyday objects absent): what an earlier turn named may be its
    object (bot.turn_refers, ses222)."""
    counted = bool(_COUNTDOWN.search(folded) or (_RUN_END.search(folded) and _RUN.search(folded))) \
        and not COUNTED_FOR.search(folded)
    return counted or (bool(_DATE_SET.search(folded)) and not DATED_FOR.search(folded))


FINALITY = (
    Cue("final_countdown", _COUNTDOWN, unless=COUNTED_FOR),
    Cue("final_countdown", _RUN_END, requires=_RUN, unless=COUNTED_FOR),
    Cue("final_accounts", _PASSWORDS, requires=regex(f"{_DELETED}|{_HANDED_ON}"), unless=_HANDED_FOR),
    Cue("final_bother", _LAST_BOTHER, unless=_FAVOUR),
    Cue("final_medicine", _STOPPED, negatable=True, unless=_PRESCRIBED),
    Cue("final_accident", _ACCIDENT, unless=_ACCIDENT_FRAME),
    Cue("final_dose", _DOSE, negatable=True, unless=_FOR_OTHER),
    Cue("final_rope", _ROPE, unless=_ROPE_FOR),
    Cue("final_fasting", _NOT_EATING, unless=FASTING_OR_BUSY),
    Cue("final_meal", _LAST_MEAL, unless=_MEAL_BEFORE),
    Cue("final_date", _DATE_SET, unless=DATED_FOR),
    Cue("final_after_gone", _AFTER_GONE, requires=_AFTER_DEBT),
    Cue("final_vanish", _VANISH, requires=_MEANT),
    Cue("final_pills_saved", _ALL_TAKEN, negatable=True, requires=_HOARDED, unless=_COLD_PASSING),
    Cue("final_join", _GO_TO_THEM, negatable=True, requires=_DEAD_OR_BURDEN),
)

__all__ = ["BUSY_OR_ILL", "COUNTED_FOR", "DATED_FOR", "DAYS_EN", "DAYS_ZH", "FASTED", "FASTING_OR_BUSY", "FINALITY", "bare_end_count"]
