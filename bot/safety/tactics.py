"""Abusive collection told without the words "threat" or "harassment": what collectors do.

The first rules (abuse.py) read threats, insults, calls and posted photos; messages written by
others showed the gap: people posted at the compound gate or in the stairwell, a wreath or paint
at the door, the debt read out to coworkers, "wanted" and "turn yourself in" texts, a court that
does not exist, a wish that the borrower die, sexual or gendered demands, a child's school named,
"be careful walking home". Each cue is a combination (a place at the borrower's home with
waiting, a school with a collector naming it), and abuse.py still discounts it when it is only
asked about, heard of, negated or said by family.
"""

from __future__ import annotations

from .clauses import KIN_EN, any_of

_HOME_ZH = r"楼道|楼下|门口|门外|家门|小区(门口|外面|里)|单元(门)?口|厂门口|公司门口|村口|大门口"
_CHILD_ZH = r"女儿|儿子|孩子|小孩|闺女"

TACTICS_ZH = (
    ("visit", any_of(
        rf"({_HOME_ZH}).{{0,8}}(守着|蹲着|等着|堵着|坐着|转悠|等我|蹲守|守了|不走|不肯走|赖着)|(赖|坐|待|守)在(我)?家(里)?\S{{0,3}}(不走|不肯走)|不还(钱)?.{{0,4}}(就)?不走|见不到我.{{0,4}}不走",
        r"知道(我家|我)?.{0,6}(门牌号|几栋|哪一栋|几楼|哪个小区|住哪|住在哪)|(打听|问)(了)?(我家|我)?(的)?(住哪|住在|家在|几楼|几栋|哪一栋|门牌号)",
        rf"(已经)?(到|在)(了)?(我家|我们家|我)?({_HOME_ZH}|老家)(了)?.{{0,6}}(让我下|等我|下来)|喊我(的)?名字|硬要进(屋|门|来)",
        r"清收(组|队|团队)|本地的?(催收|清收)(团队|队|组)|今晚就(上门|过来|来找)|准备上来|随时(上来|上门)",
        r"(自称|说自己是).{0,10}(但|可是|却|问).{0,8}(不说|不肯说|就不说)")),
    ("shaming", any_of(
        r"(花圈|纸钱|寿衣|冥币|遗照)|(门|墙)上.{0,6}(贴|写|喷|泼|挂)|泼(了)?.{0,2}(红)?(油)?漆",
        r"当着.{0,10}(同事|领导|客户|邻居|大家|所有人|办公室|全公司|全单位)(的面)?.{0,10}(念|说|读|喊|宣布)",
        r"(工作群|家长群|业主群|公司群|班级群|同学群).{0,12}(发|说|贴)|群发(了)?.{0,10}(借款合同|欠款|照片|合同)|(抖音|快手|视频|直播).{0,8}曝光|曝光(了)?我")),
    ("insult", any_of(
        r"(说|骂|讲|叫).{0,16}(该死|去死|不如死|死了算了|怎么(还)?不(去)?死|浪费粮食|死全家|不得好死|死了才好)"
        r"|(让|逼|叫|劝|要)(我|你)(赶紧|快|干脆|还不如)?.{0,4}(去死|跳楼|跳河|自杀)"
        r"|(欠钱不还|不还钱|老赖)的人(都)?该死",
        r"诅咒|咒(我|你|我们)|(全家|孩子|女儿|儿子).{0,6}(出门)?被车撞")),
    ("sexual", any_of(
        r"(问|问我).{0,6}(是不是)?一个人住|(女人|女的|女孩|女孩子|小姑娘).{0,12}(身体|陪|睡|喝酒|办法|方式|好办|肉)|拿身体(来)?还|陪(?!(他们|他|她|我)?(聊|谈|说话|看书|学习|复习|写作业|做作业|看病|散步))(他们|他)?.{0,4}(喝|睡|一晚|几晚)"
        # days of company are a collector's demand only when the collector asks them ("催收说让我陪他几天"),
        # "我想去陪她几天" keeps a grieving friend company (safe36)
        r"|(催收|催收员|对方|他们|那个人|那边)\S{0,10}陪\S{0,6}几天",
        r"恶心的(图片|表情包|话|照片)|发.{0,6}(黄图|裸照|色情)")),
    ("violence", any_of(
        r"(走夜路|晚上|出门|回家|下班).{0,6}(注意|小心)(点|一点|着)?|不得安宁",
        rf"知道(我|你)?(的)?(老婆|老公|{_CHILD_ZH}|爸妈|父母)(在)?(哪|在哪|哪里)?(上班|上学|工作|读书)",
        rf"(说|问|知道|说出|提到)(了)?.{{0,10}}({_CHILD_ZH}).{{0,12}}(学校|幼儿园|补习班|放学|几点)",
        r"(刀|血|枪|棺材|遗照).{0,6}(图片|照片|视频|的图)|(图片|照片|视频).{0,6}(刀|血|枪|棺材)")),
    # Charging what the contract does not, or pushing the borrower into new loans to repay (probe12).
    ("overcharge", any_of(
        r"(合同|协议)(上|里)(都)?(没有|没写|没提|根本没有?|从来没有?)的?.{0,8}(费|钱)|(上门费|走访费|律师费|诉讼费|催收费|服务费|手续费).{0,12}(合同|协议)(上|里)?(都)?(没有|没写|根本没)",
        r"(比|超出|超过)(合同|协议)(上|里)?(写的|约定的)?.{0,8}多(出)?(了)?(一倍|两倍|很多|好多|一大截|几千|几百|[0-9])",
        r"(催收|他们|对方|客服|催收员)?(让|叫|逼|要|劝|催)我(去)?(借|贷|撸|套|找)(别的|其他|另外的?|几个|新的?)?.{0,6}(网贷|口子|平台|贷款|借款|信用卡).{0,8}(还|来还|还钱|还上)",
        r"(催收|他们|对方|催收员)(还)?(给我)?(推荐|介绍)(了)?(我)?.{0,4}(几个|一些|别的|其他)?(网贷|贷款|借款)(平台|app|口子)?",
        # an extra fee demanded to stop, or money into a collector's own account (probe15)
        r"(要求|让|逼|叫)我(另外|额外|再)?(交|付|给)\S{0,8}(手续费|服务费|上门费|律师费|保证金|费用).{0,8}(才|就)",
        r"(转|打|付|还)(到|给|进)(?!\S{0,3}我)\S{0,4}(他|她|他们|对方)?(的)?(个人|私人)(的)?(账户|账号|微信|支付宝|卡|银行卡)")),
    # Someone who signed nothing named as a co-debtor or a guarantor so they will pay too ("说要把我表哥
    # 列为共同还款人", "让我同事也一起还"): the debt pushed onto a third party (lead, s14).
    ("third_party", any_of(
        r"(催收|催收员|催债的|要债的|对方|那边|他们)\S{0,16}(列为|列成|列入|算作|算成|当作|当成|写成|加为|加成|登记为|变成)\S{0,4}(共同(还款人|债务人|借款人|还款|债务)|担保人|连带(责任人|担保人|还款人)?|保证人)",
        r"(催收|催收员|催债的|要债的|对方|那边)\S{0,8}(让|要|叫|逼)(我的?)?(表哥|表姐|表弟|表妹|堂哥|堂姐|同事|室友|朋友|同学|邻居|领导|老板|未婚夫|未婚妻|女朋友|男朋友|亲戚|舅舅|姑姑|叔叔|阿姨)\S{0,4}(也|一起|替我|帮我|代我)\S{0,2}还")),
    # A veiled threat: the job taken away, a lifetime of regret, the family known and counted (lead, s14).
    ("violence", any_of(
        # (each said by someone: "借网贷让我后悔一辈子" is the writer's own regret)
        r"(说|扬言|威胁|放话|有办法|会|要)\S{0,6}((让|叫)(我|你)(的)?(工作|饭碗)\S{0,2}(丢|没|保不住|不保|干不下去)|(让|叫)(我|你)(丢|砸)(了)?(工作|饭碗)|(砸|丢)(了)?(我|你)的(工作|饭碗))",
        r"(说|扬言|威胁|放话|有办法|他们会|对方会|催收会)\S{0,10}(让|叫)(我|你)(全家)?后悔",
        r"(催收|催收员|对方|那边|他们)\S{0,10}(说|讲|问|威胁)\S{0,6}(你|你们)家(里)?(有)?几口人|(他们|催收|对方)\S{0,8}(知道|清楚|摸清)(了)?我家(里)?(有)?几口人"
        r"|(催收|催收员|对方|那边)\S{0,10}(你|我)(家)?的(底细|一举一动)\S{0,6}(清楚|知道|掌握)")),
    # (safe63 read 要不要去自首 asked by the writer as no threat; removed by the lead: its lookarounds also cleared a
    # collector's own question, 催收问我要不要主动去自首 / 你去自首吗？不还就等着坐牢: review86)
    ("fake_legal", any_of(
        r"在逃(人员)?|网上追逃|被(网上)?通缉|通缉(令|犯)|(移交|送交)(了)?(到)?(检察院|公安|法院)|(主动|去)(投案|自首)|投案自首")),
)
TACTICS_EN = (
    ("visit", any_of(
        r"(sitting|waiting|standing|parked|camped|hanging around) (in|outside|at|by|in front of) (my|the) (apartment( block| building)?|flat|house|home|block|shop|stairwell|door|building|gate|entrance|factory|office|compound|estate)",
        r"(wont|will not|wouldnt|would not|refuses? to|refused to|refusing to) (go away|leave)(?! (it|this|that|the|a|my|me|us|him|her|them|you|now|early|work|home)\b)|(know|knows) my (door|unit|flat|apartment|house) number|asking (\w+ ){0,3}which (flat|unit|apartment|floor|building) i live",
        r"(outside|at) my (building|door|house|home|hometown|gate|work) (right )?now|already at my (hometown|house|home|building|door)|(come|coming) round tonight|(are|were) on (their|the) way",
        r"shouting my name|blocked my (building|door|entrance|gate)|local (collection|recovery) (crew|team|squad)|ready to come up")),
    ("shaming", any_of(
        r"wreath|funeral flowers|paper money|(paint|graffiti|spray\w*) .{0,20}(door|wall|house|gate)|(taped|stuck|posted|put) .{0,20}(paper|note|sign) .{0,20}(door|wall|gate)",
        r"read (out )?my debt|(announced|reading) my debt|(office|work|parents|school|class|family) group( chat)?\b.{0,20}(post|sent|message|about my)",
        r"(video|post) exposing me|comments? .{0,30}(cheat|deadbeat|thief|wont pay|dont pay|doesnt pay)")),
    ("insult", any_of(
        r"\b(should|ought to) (just )?(go |all )?(and )?(die|drop dead|be dead|kill (yourself|myself))|waste of air|why i (havent|hadnt|have not) killed myself"
        r"|(said|says|told me|telling me) .{0,40}(better off (if i (was|were) dead|dead|without me)|doing everyone a favou?r if i died|should (just )?die)",
        r"\bcursed my|wished bad luck on")),
    ("sexual", any_of(
        r"pay with (my|your|her) body|spend (a few |some )?nights with|since im a woman|as a woman .{0,20}(pay|ways)|(girl|woman) like me (could|can|should)",
        r"creepy messages|asking if i live alone|disgusting (pictures|stickers|photos|messages)")),
    ("violence", any_of(
        r"careful walking home|watch (yourself|myself|your back)|no peace",
        rf"know where my ({KIN_EN}|wife|husband|kids?|daughter|son) (works|goes to school|studies|lives)",
        r"(named|mentioned|knows|said|asked) (the name of )?(\w+ ){0,2}(daughters|sons|kids|childs|childrens|daughter|son|kid|child)s? (school|kindergarten|class|after school)"
        r"|what time (she|he) (finishes|leaves|gets out of) school")),
    ("overcharge", any_of(
        r"\bfees?\b.{0,40}\b(not|arent|isnt|wasnt|werent|nowhere) (anywhere )?in (my|the) (contract|agreement)|(more|double|twice|triple) (than )?(what )?(my |the )?(contract|agreement) (says|said|allows)",
        r"\b(adding|added|charging|charged|slapped) (me )?(with )?(a |an )?(extra |new )?.{0,16}\b(visit|legal|collection|lawyer|service|handling|processing|door) fees?\b",
        r"\b(told|asked|pushed|pressured|made|wanted|want) me (to )?(borrow|take out|take|get) .{0,30}\b(another|other|new|more) (loans?|apps?|lenders?|platforms?)\b.{0,20}\b(pay|repay|cover|clear)",
        r"\b(recommended|suggested|gave me|sent me) .{0,20}\b(loan|lending|borrowing) (apps|platforms|sites)\b")),
    # A third party who signed nothing named as a co-debtor ("they'd list my flatmate as a joint debtor").
    ("third_party", any_of(
        r"\b(they|theyd|theyll|theyre|he|hed|hell|she|shed|shell|collectors?|agents?|callers?)\b.{0,30}\b(add|list|name|put|register|make|treat)\w* (\w+ ){0,3}(as|down as|on as) (a |the |my )?((joint|co)[ -]?(debtor|borrower|signer|obligor)|guarantor)s?\b")),
    # A veiled threat to property or a watched life ("shame if something happened to it", "they have my
    # daily route"), property damaged ("keyed my car") (lead, s14).
    ("violence", any_of(
        r"(shame|pity) if (something|anything) (happened|happens|were to happen|was to happen)",
        r"\b(they|theyve|he|hes|she|shes|collectors?|someone|somebody)\b (\w+ ){0,3}(have|has|know|knows|got|tracked|tracking|track|watch\w*|follow\w*) (my|your) (daily )?(route|movements|comings and goings)\b|every move (i|you) make",
        # (with a note, a flyer or a word about paying left behind, or collectors named: a car dented in
        # traffic or scratched in a car park is no one's message; review38)
        r"\b(collectors?|agents?|agency)\b (\w+ ){0,4}(keyed|slashed|smashed|dented|vandali[sz]ed|scratched|damaged) (my|our) (car|tyres|tires|windows?|windscreen|windshield|door|lock|mailbox|scooter|bike|motorbike|gate)\b"
        r"|\b(keyed|slashed|smashed|vandali[sz]ed) (my|our) (car|tyres|tires|windows?|windscreen|windshield|door|lock|mailbox|scooter|bike|motorbike|gate)\b.{0,60}\b(note|flyer|sign|message|pay up|pay back|debtors?)\b"
        r"|\b(my|our) (car|tyres|tires|windows?|windscreen|windshield|door|lock|mailbox|scooter|motorbike) (was|were|got|had been|has been|have been) (keyed|slashed|smashed|vandali[sz]ed)\b.{0,60}\b(note|flyer|sign|message|pay up|pay back|debtors?|debt)\b")),
    ("fake_legal", any_of(
        r"fugitive|wanted by (the )?police|turn (myself|yourself) in|(must|should|have to) surrender",
        r"no court (name)?|no case number|no (law )?firm|(court|judgment|summons|lawsuit) (from a court )?that (doesnt|does not) (even )?exist")),
)
