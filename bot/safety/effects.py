"""Abusive collection told by its effects or by a label alone (safe45), in Chinese (CUES_ZH) and English (CUES_EN):

- the home lost: a landlord or the property management sends the borrower away after collectors knocked,
  banged, shouted or painted ("因为催收天天上门被房东赶出来了", "evicted after the debt men kept banging on the
  door");
- the job lost after collectors called or visited the workplace ("lost my job after they rang my boss");
- a child told at school about the parent's debt by a collector ("他们跑到孩子学校说我欠钱");
- a relative's future held over the borrower: a grandchild's or child's 政审, army or civil-service hopes said
  to fail unless the debt is paid ("催收说不还钱我孙子当兵政审过不了"), a false claim made to frighten;
- insults with no threat word, a collector's label for the borrower ("they message me useless pig, liar").

Each cue ties the effect to collectors (a collector word, "有人", "they" as the actor of the knocking or the
call): an eviction for unpaid rent, a lay-off when a company closes, a school asking for fees, and the calm
question "will my son's 政审 be affected?" stay loan questions. Whether a match is told (not asked, feared,
heard of, negated) is abuse.py's judgement.
"""

from __future__ import annotations

from .clauses import any_of

_WHO_ZH = r"(?:催收|催收员|催债的|要债的|讨债的|收债的|对方|他们|那边|那些人|那帮人|那伙人|有人|陌生人|几个人|一群人|外包|第三方|那个人|电话里|短信里|打电话的|催收的)"
# Knocking, banging, shouting or painting at the home.
_AT_HOME_ZH = r"(?:上门|敲门|拍门|砸门|踹门|堵门|堵在门口|来闹|闹事|找上门|喷漆|泼漆|喷字|喊我名字|大喊大叫|半夜来)"
_EVICTED_ZH = (r"(?:(?:房东|物业|房主|二房东|中介)\S{0,10}(?:赶|撵|(?:让|叫|要|请)(?:我|我们)\S{0,6}(?:搬|离开)|不让我(?:们)?(?:住|续租)|不租给我|退租"
               r"|收回房子|让我(?:们)?走|叫我(?:们)?走|让我(?:们)?离开|下(?:了)?逐客令)|被(?:房东|物业)?(?:赶出来|赶出去|撵出来|撵出去|撵走|赶走|扫地出门))")
# (the writer's own job and home: "催收打电话到他公司，他被开除了" is someone else's story, read from a post)
# (and done, not feared: "我要被开除了吗", "会被赶出去吗" ask; the borrower's question keeps its answer)
_DONE_ZH = r"(?<!要被)(?<!会被)(?<!怕被)(?<!要)(?<!会)(?<!怕)"
_NOT_ASKED_ZH = r"(?!\S{0,6}(?:吗|么|嘛|吧|呢))"
_NOT_THEIRS_ZH = _DONE_ZH + r"(?<!他)(?<!她)(?<!他的)(?<!她的)(?<!他被)(?<!她被)(?<!别人)(?<!人家)(?<!朋友)(?<!同事)"
_FIRED_ZH = r"(?:辞退|开除|炒了|炒鱿鱼|劝退|让我走人|叫我走人|让我滚|丢了工作|工作丢了|工作没了|解雇|被裁|饭碗丢了|丢了饭碗|没了工作|试用期没过)"
_AT_WORK_ZH = r"(?:公司|单位|老板|领导|厂|人事|店里|上司|主管|同事|经理|前台)"
# (a label or a school visit needs a collector named: "他们说我是猪队友" is a game, "他们去孩子学校开家长会" parents)
_COLLECTOR_ZH = r"(?:催收|催收员|催债的|要债的|讨债的|收债的|对方|那边|电话里|短信里|打电话的|催收的|那个人|那些人|那帮人|那伙人)"
_CHILD_ZH = r"(?:孩子|儿子|女儿|小孩|闺女|外孙|外孙女|孙子|孙女|娃)"
# A relative's future: vetting, the army, the civil service; and its failing, said, not asked.
_VETTING_ZH = r"(?:政审|考公|考编|公务员|当兵|参军|入伍|军校|入党|警校|事业编)"
_NOASK_ZH = r"(?:(?!会不会|是不是|能不能|会吗|吗|么|嘛)\S)"
_FAIL_ZH = r"(?:过不了|通不过|不通过|不合格|受影响|影响|没戏|刷掉|刷下来|完了|毁了|别想|没希望|上不了|进不了|不要|不收|考不上)"
_SLUR_ZH = (r"(?:赖皮狗|赖皮|狗东西|死狗|狗|猪|渣滓|人渣|烂人|贱人|贱货|婊子|王八蛋|王八|乌龟|蛆|臭虫|吸血鬼|白眼狼|无赖|流氓|窝囊废|废柴|屌丝"
            r"|丧门星|扫把星|禽兽|蛀虫|下三滥|穷鬼|穷光蛋|叫花子|要饭的|赖子|混蛋|杂种|孬种)")

CUES_ZH = (
    ("evicted", any_of(
        rf"{_WHO_ZH}\S{{0,12}}{_AT_HOME_ZH}.{{0,40}}{_NOT_THEIRS_ZH}{_EVICTED_ZH}{_NOT_ASKED_ZH}",
        rf"{_NOT_THEIRS_ZH}{_EVICTED_ZH}.{{0,24}}(?:因为|就是因为|都是因为|由于|原因是|说是)\S{{0,4}}{_WHO_ZH}\S{{0,12}}{_AT_HOME_ZH}")),
    ("fired", any_of(
        rf"{_WHO_ZH}\S{{0,16}}(?:打|找|闹|骚扰|电话|打到|打给|去|发|跑到|跑去|来到|到)\S{{0,16}}{_NOT_THEIRS_ZH}{_AT_WORK_ZH}.{{0,40}}{_NOT_THEIRS_ZH}{_FIRED_ZH}{_NOT_ASKED_ZH}",
        rf"{_NOT_THEIRS_ZH}{_FIRED_ZH}.{{0,16}}(?:因为|就是因为|都是因为|由于|原因是)\S{{0,4}}{_WHO_ZH}\S{{0,16}}(?:打|找|闹|骚扰|电话)")),
    ("school", any_of(
        rf"(?:{_COLLECTOR_ZH}|他们|有人|陌生人)\S{{0,10}}(?:跑到|跑去|去了|去|到|找到|找去|打到|打电话到|打给|打电话给|联系(?:了)?)(?:了)?(?:我)?(?:的)?{_CHILD_ZH}?(?:的)?"
        r"(?:学校|幼儿园|班主任|老师|校门口|班上|教室)\S{0,16}(?:欠|老赖|还钱|骗子|赖账|债|不还)")),
    ("vetting", any_of(
        # a collector says the relative's vetting will fail (a question about it is no one's claim)
        rf"{_WHO_ZH}\S{{0,6}}(?:说|讲|威胁|吓唬|告诉|扬言|放话|跟|对|给).{{0,30}}{_VETTING_ZH}{_NOASK_ZH}{{0,10}}{_FAIL_ZH}(?!\S{{0,8}}(?:吗|么|嘛))",
        rf"{_WHO_ZH}\S{{0,6}}(?:说|讲|威胁|吓唬|告诉|扬言|放话).{{0,30}}(?:当不了兵|考不了公|考不上公务员|当不成兵|进不了体制)")),
    ("insult", any_of(
        rf"{_COLLECTOR_ZH}\S{{0,12}}(?:骂|叫|说|喊|称|发)(?:我|我们|我妈|我老婆|我老公)?(?:是)?(?:个|一个|条|只)?\S{{0,3}}{_SLUR_ZH}")),
)

# (not "people" or "someone": salesmen knock too, and a schoolmate calls names)
_WHO_EN = (r"(?:collectors?|collection (?:agents?|agency|people|guys)|agents?|the agency|debt (?:people|guys|men|collectors?)|lenders?|callers?"
           r"|strangers?|men|guys|loan sharks?|ah ?longs?)")
_AT_HOME_EN = (r"(?:knock\w*|bang\w*|pound\w*|hammer\w*|kick\w* (?:the |my |our )?door|shout\w*|yell\w*|scream\w*|came (?:to|round|by)|coming (?:to|round|by)"
               r"|show(?:ed|ing|s)? up|turn(?:ed|ing|s)? up|smash\w*|paint\w*|graffiti)")
# (learners' English drops "to" and the tense: "landlord ask me move out")
_EVICTED_EN = (r"(?:evict\w*|kick\w* (?:me|us) out|(?:got|get|was|were|been) kicked out|thrown out|threw (?:me|us) out|ask\w* (?:me|us) (?:to )?(?:leave|move|go)|tell\w* (?:me|us) (?:to )?(?:leave|move|go|pack)|told (?:me|us) (?:to )?(?:leave|move|go|pack)"
               r"|gave (?:me|us) notice|(?:have|had) to move out|made (?:me|us) (?:leave|move)|lost (?:my|our) (?:flat|room|apartment|place|home)|wont renew (?:my|our) lease)")
_FIRED_EN = (r"(?<!be )(?<!get )(?<!getting )(?:fired|sacked|let go|lost (?:my|her|his) job|laid off|dismissed|terminated|got the boot|asked to resign|forced to resign|made to resign"
             r"|(?:my|her|his) contract (?:was )?(?:ended|terminated|not renewed))")
_WORK_EN = r"(?:boss|office|work|manager|employer|company|hr|workplace|supervisor|shop|factory|store)"
_VETTING_EN = (r"(?:background (?:check|screening)|vetting|political (?:review|check|screening)|security clearance|civil service|civil servants?"
               r"|(?:army|military|police) (?:application|vetting|background|screening|enlistment|recruitment|service|academy)|join the (?:army|military|police)"
               r"|government (?:job|post)|national service|public service|(?:a )?soldier|(?:a )?police(?:man|woman| officer))")
# the debt as the condition ("if i dont pay", "because of my debt"): a fitness test failed is no one's threat
# ("because of his eyesight" is no debt: the borrower, or a debt, must be the cause)
_DEBT_EN = (r"(?:pay\w*|debts?|loans?|owe\w*|default\w*|because of (?:me|you|him|her)\b|because of (?:my|your|his|her) (?:debts?|loans?|mum|mom|mother|dad|father"
            r"|parents?|family|grand\w+|arrears|credit)|jiebei|huabei|overdue)")
_FAIL_EN = (r"(?:fail\w*|wont pass|will not pass|cannot pass|cant pass|can never|(?:never|cannot|cant|can not|wont|will not) (?:pass|get|be|join|become)|ruin\w*|block\w*|affect\w*|reject\w*"
            r"|no chance|not be able to|be refused|be denied|disqualif\w*)")
# (labels of a debtor; "lucky dog", "lazy pig" and "idiot" are friends' words too)
_SLUR_EN = (r"(?:deadbeat|thief|liar|leech|parasite|scum|trash|garbage|bum|vermin|cockroach|freeloader|beggar|crook|swindler|cheat"
            r"|con ?man|fraud\w*|scammer|criminal|low ?life|waste of space|good for nothing|shameless|worthless|bloodsucker)")

CUES_EN = (
    ("evicted", any_of(
        rf"\b{_WHO_EN}\b (?:\w+ ){{0,4}}{_AT_HOME_EN}.{{0,60}}\b{_EVICTED_EN}",
        rf"\b{_EVICTED_EN}\b.{{0,50}}\b(?:because|after|since|when|as)\b (?:the )?(?:\w+ ){{0,2}}{_WHO_EN}\b (?:\w+ ){{0,4}}{_AT_HOME_EN}")),
    ("fired", any_of(
        rf"\b{_FIRED_EN}\b.{{0,30}}\b(?:because|after|since|when|as|due to)\b (?:the )?{_WHO_EN}\b.{{0,40}}\b(?:call\w*|rang|ring\w*|phon\w*|harass\w*|visit\w*|came|email\w*)\b",
        rf"\b{_WHO_EN}\b (?:\w+ ){{0,3}}(?:call\w*|rang|ring\w*|phon\w*|harass\w*|visit\w*|came to|email\w*) (?:\w+ ){{0,3}}{_WORK_EN}\b.{{0,60}}\b{_FIRED_EN}\b")),
    ("school", any_of(
        rf"\b{_WHO_EN}\b (?:\w+ ){{0,3}}(?:at|to|went to|came to|showed up at|turned up at|called|rang|phoned|told) (?:the |my |our )?(?:\w+ )?(?:sons?|daughters?|kids?|childs?|children|boys?|girls?)?(?: s)? ?"
        r"(?:school|school gate|kindergarten|class|teacher|classmates)\b.{0,60}\b(?:debts?|owe\w*|deadbeat|pay|paid|money|loans?)\b")),
    ("vetting", any_of(
        rf"\b(?:collectors?|agents?|agency|callers?|lenders?|they|he|she|someone|the (?:man|woman|guy))\b (?:\w+ ){{0,2}}(?:said|says|say|saying|told|tells|tell|threatened|threatening|threaten|warned|warns|texted|messaged|claimed)\b"
        rf".{{0,60}}(?:\b{_FAIL_EN}\b.{{0,30}}\b{_VETTING_EN}\b|\b{_VETTING_EN}\b.{{0,30}}\b{_FAIL_EN}\b).{{0,40}}\b{_DEBT_EN}\b")),
    ("insult", any_of(
        rf"\b(?:collectors?|agents?|callers?|they|them|he|she|the agency|the lender)\b (?:\w+ ){{0,3}}(?:call|calls|calling|called|name|names|naming|named|message|messages|messaging|messaged"
        rf"|text|texts|texting|texted|sms|write|writes|wrote|send|sends|sent) (?:me|her|him|my \w+) (?:a |an )?(?:\w+ ){{0,3}}{_SLUR_EN}\b")),
)
