"""Crises told as a means asked about, a preparation for absence, a commanding voice, or an everyday reading the
writer denies (safe253, issue 12, docs/safety.md Round 123).

Outside sets kept bringing crises whose every word is everyday, one kind rarely twice. What they share is grammar,
read here as shapes, each with its everyday twin named beside it:

- **A lethal amount asked** (``lethal_amount``): a question of quantity (多少, 几片, "how many / how much", "what dose",
  "what's the most") whose outcome is beyond help (致死, 醒不过来, 救不回来, "fatal", "lethal", "not wake up", "too late
  for anyone to help", "not be found in time"). A safe or a daily maximum, a child's or a pet's dose, a fear of taking
  too much (怕, 小心, "so I don't", "accidentally") is care: cancelled in the same sentence.
- **A ligature's load asked** (``load_asked``): whether a cord, a rope, a belt, a scarf, a lead or a cable holds a
  PERSON's weight (一个人, 成年人, "a grown man", "an adult's weight", "my weight"), with a hanging point (门把手, 横梁,
  "a beam", "the loft hatch") or a disclaimer (随便问问, 别问为什么, "just curious", "no reason"). A climb, a tow, a boat,
  a swing or a hammock is the twin, in the same sentence; a load that is a thing (湿棉被, "a car") is no person.
- **Access handed over for absence** (``handed_over``): the writer left, wrote, sent, hid or gave passwords, a PIN, a
  card, logins or an insurance policy to a relative, told with what only absence explains (她明天会看到的, 他看到就懂了,
  还不知道, 用不上了, "for my wife to find", "he'll need them soon", "without telling her why"). A hospital stay, a
  trip, studying abroad, a parent's dementia, handing over the repayments, "so she can pay", is the twin.
- **A message to pass on to a relative** (``pass_on``): the bot asked to tell a son, a wife, a mother what only a
  parting says (爱, 对不起, 照顾好, 听妈妈的话; "I love", "sorry", "proud of", "not your fault", "I won't be there").
  A collector, customer service or a how-to question is no parting, nor an everyday slip apologised for or a greeting
  (忘了她生日, "missed his game", "happy birthday"), in the same sentence.
- **A voice commanding death** (``commanding_voice``): a voice or someone in the head or ear telling, ordering, urging
  the writer to die, jump, cut, stop breathing, or saying living is a burden. A voice assistant, a phone call, a
  collector's voice (abuse.py's) or a show is the twin, in the same window.
- **An everyday reading denied** (``everyday_denied``): a countdown or a time set (倒计时, 再过两天, "in 48 hours", "by
  Sunday") beside a denial of its everyday object (不是考试, 不是还钱那种, "not an exam", "I don't mean paying it off").
  An everyday object named without a denial is finality.py's twin ("countdown: 3 days until payday").

- **Acts under way told without a method word**: the gaps of a room taped or sealed (``method``; a storm, the cold, a
  renovation is the twin); treatment one lives by (insulin, dialysis) stopped for the money (``plan``; a doctor's word, a
  course finished, a cheaper kind is the twin); a cover story told, then denied (``farewell``: 我说要出差，其实我不打算
  回来了).

Every cue is additive (``hides=False``): a cancelled match leaves the window to the older readers as before.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

_FAMILY_ZH = (r"爸妈|爸爸|妈妈|爸|妈|父亲|母亲|父母|老公|老婆|丈夫|妻子|媳妇|男朋友|女朋友|对象|哥|姐|弟|妹|儿子|女儿|孩子|闺女"
              r"|家人|家里人|表弟|表妹|表哥|表姐")
_FAMILY_EN = (r"mum|mom|mother|mama|dad|father|parents|husband|wife|girlfriend|boyfriend|partner|brother|sister|son|daughter"
              r"|kids?|children|little (?:girl|boy)|boy|girl|family|nan|gran")

# --- A lethal amount asked ------------------------------------------------------------------------------------------
_HOW_MUCH_ZH = r"(?:多少|几)(?:片|粒|颗|克|毫克|毫升|单位|瓶|盒|板|支|针)?"
_BEYOND_ZH = r"致死|致命|死(?![机党角线])|醒不过来|醒不来|再也醒|不会再醒|一睡不醒|救不回来|救不过来|救不了|没命|走得(?:了|掉)"
_HOW_MUCH_EN = (r"\b(?:how (?:many|much)|what (?:dose|amount|quantity)|whats the (?:most|dose|amount|lethal|fatal)"
                r"|what is the (?:most|dose|amount|lethal|fatal)|the most \w+ (?:a|an|someone|one) (?:\w+ )?could)\b")
_BEYOND_EN = (r"\b(?:fatal|lethal|to die|kill (?:me|myself|someone|somebody|a person|an adult|a grown \w+|a man|a woman)"
              r"|(?:to )?(?:not|never|dont|wont|wouldnt|didnt) wake(?: up| again)?\b(?! (?:up|to|at|in|on|early|late|before)\b)|too late (?:for (?:anyone|anybody|someone|them) )?to (?:help|save)"
              r"|too late for (?:anyone|anybody) to help|(?:not )?be found in time|stop (?:my|the|a|their) heart)\b")
_AMOUNT = any_of(rf"{_HOW_MUCH_ZH}\S{{0,14}}(?:会|就|能|才|可以|足以|够)?\S{{0,4}}(?:{_BEYOND_ZH})",
                 rf"(?:{_BEYOND_ZH})(?:的)?(?:剂量|量)\S{{0,4}}(?:是)?(?:多少|几)",
                 rf"{_HOW_MUCH_EN}.{{0,90}}{_BEYOND_EN}")
# Care: a safe or daily maximum, a child's or a pet's dose, a fear of too much, an accident.
_CARE = regex(r"安全|最多|上限|孩子|宝宝|小孩|儿童|狗|猫|宠物|怕|担心|小心|以免|避免|不小心|误(?:吃|服|食)|医生|药剂师|说明书"
              r"|\b(?:safe\w*|maximum (?:safe|daily)|max (?:safe|daily)|daily (?:max|limit)|kids?|child\w*|toddler|baby|dog|cat|pet"
              r"|so (?:i|you|they|he|she) (?:dont|do not|wont) (?:overdo|overdose|od|take too much|hurt|harm|damage|get sick)|avoid\w*|accident\w*|by mistake|doctor|pharmacist|label|worried|afraid)\b")

# --- A ligature's load asked ----------------------------------------------------------------------------------------
_LIGATURE_ZH = r"绳子?|皮带|腰带|围巾|丝巾|电线|数据线|充电线|床单|领带|狗绳|牵引绳|布条|鞋带"
_HOLDS_ZH = r"吊得住|吊得起|挂得住|承受|承重|撑得住|受得住|经得住|扛得住|吃得住|拉得住|禁得住"
_PERSON_ZH = r"一个人|成年人|成人|大人|一个\S{0,6}的人|(?:[0-9]+|[一二三四五六七八九十百]+)(?:公斤|斤|kg)的人|人的(?:重量|体重)|我的(?:重量|体重)|我(?:吗|么)"
_LIGATURE_EN = (r"\b(?:rope|cord|extension cord|cable|belt|scarf|lead|leash|tie|sheet|strap|wire|charger cable|dressing gown cord"
                r"|shoelaces?)s?\b")
_HOLDS_EN = r"\b(?:hold|take|bear|support|carry|handle|hold up)\b"
_PERSON_EN = (r"\b(?:a (?:grown )?(?:man|woman|person|adult|human)s?|an adults?|a persons|a mans|someones|someone my (?:size|weight)"
              r"|my (?:body )?weight|me)\b")
_LOAD = any_of(rf"(?:{_LIGATURE_ZH})\S{{0,8}}(?:能|可以|能不能|可不可以)?(?:{_HOLDS_ZH})(?:得住|住)?\S{{0,3}}(?:{_PERSON_ZH})",
               rf"{_LIGATURE_EN}.{{0,30}}{_HOLDS_EN}(?: up)? (?:the weight of )?{_PERSON_EN}")
_HANG_OR_SHRUG = regex(r"门把手|门框|横梁|房梁|吊扇|挂钩|水管|衣柜|上铺|阳台栏杆|随便问问|就是问问|问问而已|别问|没别的意思|好奇|不为什么"
                       r"|\b(?:door\w*|beam|rafters?|loft|hatch|ceiling|hook|banister|bannister|railing|pipe|just (?:asking|curious|wondering)"
                       r"|no reason|not for anything|for no reason|curious)\b")
_LOAD_FOR = regex(r"攀岩|登山|攀登|速降|救援|拖车|拖|户外|安全带|蹦极|秋千|吊床|船|搬家|健身|\b(?:climb\w*|abseil\w*|rappel\w*|gym"
                  r"|rescue|tow\w*|harness|zip ?lines?|swing|hammock|boat|moor\w*|moving|crossfit|aerial|yoga|pull ?ups?)\b")

# --- Access handed over for absence ---------------------------------------------------------------------------------
_ACCESS_ZH = r"密码|银行卡|工资卡|存折|保单|保险单|保险|房产证|账号|钥匙"
_ACCESS_EN = (r"\b(?:passwords?|passcodes?|pins?|logins?|log ?ins|bank details|account details|card|cards|insurance (?:policy|papers|details)"
              r"|life insurance|policy|will|deeds)\b")
_GIVEN_ZH = r"(?:写|留|放|压|塞|藏|发|给|交|寄|装)(?:在|到|给|进|了)"
_GIVEN_EN = r"\b(?:left|wrote|written|put|sent|gave|given|hid|hidden|emailed|texted|posted|tucked|slipped)\b"
_HANDED = any_of(rf"(?:{_ACCESS_ZH})\S{{0,16}}{_GIVEN_ZH}\S{{0,12}}(?:{_FAMILY_ZH}|门缝|枕头|抽屉)",
                 rf"{_GIVEN_ZH}\S{{0,4}}(?:{_FAMILY_ZH})\S{{0,8}}(?:{_ACCESS_ZH})",
                 rf"{_GIVEN_EN}.{{0,60}}{_ACCESS_EN}.{{0,60}}\b(?:{_FAMILY_EN})s?\b",
                 # placed where a relative will find it ("the PIN in an envelope on my daughter's bed")
                 rf"{_ACCESS_EN}.{{0,50}}\b(?:on|under|beside|in|inside) (?:my|our) (?:{_FAMILY_EN})s? (?:bed|pillow|desk|room|mailbox|letterbox|door|car|bag)\b",
                 rf"{_GIVEN_EN} (?:my )?(?:{_FAMILY_EN}) (?:all )?(?:of )?(?:my )?.{{0,30}}{_ACCESS_EN}")
# What only absence explains: found or understood later, not told why, no longer needed, needed soon.
_ABSENCE = regex(r"保单|保险单|受益人|(?:会|就)(?:看到|发现|懂|明白|知道)|看到就|到时候|还不知道|不知道为什么|没(?:告诉|说)\S{0,4}(?:为什么|原因)|用不上|用不着|以后\S{0,4}(?:交给|归)"
                 r"|\b(?:to find|will find|ll find|will (?:know|understand)|ll (?:know|understand)|need (?:them|it) soon|without (?:telling|saying)"
                 r"|doesnt know|dont know why|didnt (?:tell|say) (?:her|him|them) why|when (?:the time comes|its time)|life insurance|insurance (?:policy|papers|details)|after (?:this week|tonight|im gone))\b")
_HANDED_FOR = regex(r"(?:他|她|他们)的(?:密码|存折|银行卡|保单|保险)|住院|手术|出差|出国|留学|帮我还|帮我按时|代还|还款|还借呗|管钱|理财|防着|以防万一|痴呆|糊涂|换工作|交接|同事|旅游|旅行"
                    r"|\b(?:so (?:she|he|they) can|while (?:i|im)|hospital|surgery|trip|travel\w*|abroad|deploy\w*|dementia|manage|payments?"
                    r"|pay (?:the|my)|just in case of|handover|colleague|(?:his|her|their) (?:passwords?|pins?|logins?|bank|cards?|insurance))\b")

# --- A message to pass on to a relative -----------------------------------------------------------------------------
_PASS_ZH = rf"(?:帮我|替我|麻烦你|你能不能|能不能|可以|请你)\S{{0,4}}(?:跟|和|给|转告|告诉|带话给)(?:我)?(?:的)?(?:{_FAMILY_ZH})"
_PASS_EN = (rf"\b(?:(?:can|could|would|will) you (?:please )?(?:tell|let|give|pass on to)|please (?:tell|let)) (?:my|our) (?:{_FAMILY_EN})\b")
_PARTING = regex(r"爱(?:他|她|你|你们)|对不起|照顾好|听(?:妈妈|爸爸|妈|爸)的话|别怪|不怪|不要怪|原谅|不能陪|没机会|说不出口|下辈子|好好(?:活|长大|读书|生活)"
                 r"|\b(?:love (?:her|him|them|you)|sorry|proud of|not (?:her|his|their|your) fault|forgive|look after|take care of"
                 r"|wont be (?:there|around|able to)|cant tell (?:her|him|them) myself|goodbye)\b")
_PASS = any_of(_PASS_ZH, _PASS_EN)
# An everyday slip apologised for, or a greeting sent (忘了她生日, 没接电话, "missed his game", "happy birthday"): no parting.
_SLIP = regex(r"忘了|忘记|迟到|没接|错过|没去成|来不了|去不了|晚点|晚回|加班|生日快乐|节日快乐|新年快乐|回不去|不能回去"
              r"|\b(?:forgot|forgotten|missed|late|couldnt make it|cant make it|running late|happy birthday|merry|congrat\w*|good luck)\b")

# --- A voice commanding death ---------------------------------------------------------------------------------------
_VOICE = any_of(r"(?:声音|幻听|有人在(?:我)?(?:脑子|耳边|脑袋|脑海|心里)).{0,14}?(?:叫我|让我|命令我|逼我|催我|一直说|在说|说我|说)\S{0,12}"
                r"(?:去死|死掉|死了算|自杀|跳下去|跳楼|割|走吧|该走|结束自己|消失|不配活|活着\S{0,8}(?:拖累|浪费|多余|没用|负担))",
                r"\bvoices?\b.{0,40}\b(?:tell\w*|told|order\w*|command\w*|saying|says|said|urg\w*|want\w*|push\w*)\b (?:me )?(?:to |that i should )?"
                r"(?:just )?(?:die|kill (?:myself|me)|end (?:it|my life)|jump|cut|stop breathing|hurt myself|not be alive|be dead|disappear)\b")
_NOT_A_HEAD = regex(r"电话|语音|催收|短信|消息|助手|导航|游戏|电影|电视|剧|歌|小说|对方|\b(?:assistant|siri|alexa|gps|sat ?nav|phone|call\w*"
                    r"|collectors?|agent|message|note|mail|memo|game|movie|film|show|song|book|novel|actor|over)\b")

# --- An everyday reading denied -------------------------------------------------------------------------------------
_DENIED = any_of(r"(?:不是|并不是|可不是|不是说)(?:考试|考|发工资|放假|生日|还钱|还清|还款|换号|换手机|出差|搬家|旅游|截止|过年)",
                 r"不是\S{0,6}(?:那种|的那种)(?:解决|结束|走|离开|消失)",
                 r"\bnot (?:a |an |my )?(?:work |school )?(?:exam|deadline|holiday|payday|birthday|trip|test|vacation|move)\b",
                 r"\b(?:i )?(?:dont|do not) mean (?:the loan|paying|it gets paid|i pay|i ll pay|ill pay|getting paid|a new)\b",
                 r"\bnot talking about (?:paying|the loan|a new|moving)\b")
_SET_TIME = regex(r"倒计时|(?:还有|再过|还剩)\S{0,3}(?:天|小时|个星期|周)|(?:天|小时)(?:以后|之后|后)|(?:今晚|明天|周[一二三四五六日末])"
                  r"|\b(?:countdown|in [0-9]+ (?:hours?|days?)|[0-9]+ (?:hours?|days?) (?:left|to go)|by (?:monday|tuesday|wednesday|thursday|friday"
                  r"|saturday|sunday|tomorrow|tonight)|after (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow))\b")

# --- A room sealed, treatment stopped for the money, a cover story denied (acts under way) ----------------------------
# Gaps of a room taped or sealed ("把门缝窗缝都用胶带封死了", "taped up the window and the door of my room"); the twin is a
# storm, the cold, a draught, smoke, a renovation or pests, in the same sentence.
_SEALED = any_of(r"(?:胶带|胶布|湿毛巾|毛巾|塑料布)\S{0,6}(?:把)?\S{0,4}(?:门缝|窗缝|门窗|窗户|门)\S{0,4}(?:都|全)?(?:封|堵|贴|塞)(?:死|住|上|好|严)",
                 r"(?:门缝|窗缝|门窗|窗户|门)\S{0,4}(?:都|全)?(?:用)?\S{0,4}(?:胶带|胶布|毛巾)\S{0,2}(?:封|堵|贴|塞)(?:死|住|上|好|严)",
                 r"\b(?:taped|sealed|blocked) (?:up )?(?:all )?(?:the |my )?(?:gaps (?:in|under|around) (?:the |my )?)?(?:windows?|doors?|vents?)"
                 r"(?: and (?:the |my )?(?:windows?|doors?|vents?))?(?: of my (?:room|flat|car))?\b")
_SEALED_FOR = regex(r"台风|防风|防寒|保暖|漏风|透风|冷风|防尘|装修|刷漆|油漆|甲醛|防虫|蟑螂|蚊子|烟|雾霾|沙尘|隔音|噪音|空调"
                    r"|\b(?:storm|typhoon|hurricane|cyclone|draughts?|drafts?|cold|winter|insulat\w*|paint\w*|renovat\w*|dust|bugs?|pests?|mosquito\w*"
                    r"|smoke|wildfire|noise|soundproof\w*|heat\w*|air ?con\w*|baby ?proof\w*|moving|move|boxes)\b")
# Treatment one lives by stopped for the money (insulin, dialysis, heart or blood-pressure pills, chemotherapy): the twin
# is a doctor's word, a course finished, a cheaper kind bought.
_STOPPED_FOR_MONEY = any_of(r"(?:胰岛素|透析|化疗|降压药|心脏\S{0,2}药|抗排异|药)\S{0,6}(?:停了|停掉|断了|不打了|不做了|不吃了|不去了).{0,16}(?:钱|还款|还借呗|还债|还不起|买不起|付不起)",
                            r"(?:钱|工资)\S{0,8}(?:还款|还借呗|还债)\S{0,10}(?:胰岛素|透析|化疗|药)\S{0,6}(?:停了|不买了|不打算再买|断了|不做了)",
                            r"\b(?:stopped|quit|skipping|skipped|stopped going to|gave up) (?:taking |going to )?(?:my )?(?:insulin|dialysis|chemo\w*|heart (?:meds|pills)"
                            r"|blood pressure (?:meds|pills)|meds|medication|medicine|treatment)\b.{0,60}\b(?:afford|pay (?:the|my|for the) loan|the loan|jiebei|money|repay\w*)\b")
_TREATED_FOR = regex(r"医生|大夫|医嘱|疗程|换了?\S{0,4}便宜|医保|\b(?:doctor|gp|course|cheaper|generic|switched|insurance covers?)\b")
# A cover story told, then denied: "我说要出差，其实我不打算回来了", "told her I'm moving for work, but really I'm not coming back".
_COVER_DENIED = any_of(r"(?:我|骗)\S{0,5}(?:说|讲|告诉\S{0,4})(?:我)?\S{0,3}(?:要)?(?:出差|旅游|回老家|出去|打工|加班|搬家|出远门|去外地).{0,20}其实(?:我)?\S{0,2}(?:不打算|不会|没打算|不想|再也不|根本不)\S{0,2}(?:回来|回去|活|在)",
                       r"\b(?:told|tell) (?:her|him|them|my \w+) (?:i was|im|i am|id be|i would be)\b.{0,40}\b(?:but |and )?(?:actually|really|truth is|in truth)"
                       r" (?:im|i am|i)? ?(?:not coming back|wont be (?:back|coming back)|not planning to (?:come back|be here)|not going anywhere)\b")

READIED = (
    Cue("method", _AMOUNT, negatable=True, near=_CARE),
    Cue("method", _LOAD, requires=_HANG_OR_SHRUG, near=_LOAD_FOR),
    Cue("affairs", _HANDED, requires=_ABSENCE, unless=_HANDED_FOR),
    Cue("farewell", _PASS, requires=_PARTING, unless=_SLIP, unless_nearby=True, reach=True),
    Cue("plan", _VOICE, negatable=True, near=_NOT_A_HEAD),
    Cue("plan", _DENIED, requires=_SET_TIME),
    Cue("method", _SEALED, negatable=True, unless=_SEALED_FOR, unless_nearby=True, reach=True),
    Cue("plan", _STOPPED_FOR_MONEY, unless=_TREATED_FOR, unless_nearby=True, reach=True),
    Cue("farewell", _COVER_DENIED),
)

__all__ = ["READIED"]
