"""What abusive collectors do, as cue tables read by abuse.py: threats of violence or jail, insults,
telling the borrower's family, employer or contacts, shaming in public or in group chats,
publishing photos or ID, posing as police, a court or a lawyer, fake legal papers and "立案"
texts, sexual harassment, visitors who will not say who they are, and calls without end, in
Chinese (CUES_ZH) and English (CUES_EN). Whether a match is a report of something that happened
(not a question, hearsay, a negation or family talk) is abuse.py's judgement.
"""

from __future__ import annotations

from .clauses import KIN_EN, KIN_ZH, any_of
from .tactics import TACTICS_EN, TACTICS_ZH
from .bystanders import CUES_EN as BYSTANDERS_EN, CUES_ZH as BYSTANDERS_ZH  # safe32
from .implied import CUES_EN as IMPLIED_EN, CUES_ZH as IMPLIED_ZH  # safe36
from .exposure import CUES_EN as EXPOSURE_EN, CUES_ZH as EXPOSURE_ZH  # safe38
from .coercion import CUES_EN as COERCION_EN, CUES_ZH as COERCION_ZH  # safe38
from .kin_threats import CUES_EN as KIN_THREATS_EN, CUES_ZH as KIN_THREATS_ZH  # safe39
from .english import ABUSE_EN as ENGLISH_EN  # safe41
from .channels import CUES_EN as CHANNELS_EN, CUES_ZH as CHANNELS_ZH  # safe45
from .effects import CUES_EN as EFFECTS_EN, CUES_ZH as EFFECTS_ZH  # safe45
from .shown import CUES_EN as SHOWN_EN, CUES_ZH as SHOWN_ZH  # safe48
from .reach import CUES_EN as REACH_EN, CUES_ZH as REACH_ZH  # abuse52
from .curses import CUES_EN as CURSES_EN, CUES_ZH as CURSES_ZH  # safe58
from .lies import CUES_EN as LIES_EN, CUES_ZH as LIES_ZH  # safe68
from .watching import CUES_EN as WATCHING_EN, CUES_ZH as WATCHING_ZH  # abuse86
from .standing import CUES_EN as STANDING_EN, CUES_ZH as STANDING_ZH  # abuse195

_RECIPIENT_ZH = (rf"{KIN_ZH}|科室|护士站|医院|前台|幼儿园|托儿所|托管班|早教中心|前任|前男友|前女友|前夫|前妻|父母|爸妈|亲人|上司|公司|单位|人事|厂|学校|老师|辅导员|好友|邻居|小区|村|紧急联系人"
                 r"|联系人|通讯录|班群|客户|全家|所有人|每个人"
                 r"|丈母娘|岳父|岳母|公公|婆婆|公婆|相亲对象|护士|病房|导师|房东|物业|保安|家里人|家人|亲家")
_RECIPIENT_EN = (rf"{KIN_EN}|relatives|manager|employer|supervisor|company|workplace|office|school|teacher"
                 r"|classmates|neighbou?rs|friends|contacts|contact list|phonebook|phone book|emergency contact"
                 r"|village|customers|dispatch|everyone|people|landlord|in-?laws|receptionist|school office|kindergarten"
                 r"|university|hr|reception|front desk|nursery|daycare|day care|preschool|childcare|creche|department|faculty|team|branch|ward|nurses|hospital|church|pastor|dorm|hostel|ex|ex ?wife|ex ?husband")
# Telling others becomes abuse when it spreads the debt, insults, repeats or reaches people who
# have nothing to do with the loan; one call to an emergency contact is a question for contact_family.
AGGRAVATION_ZH = (r"住哪|住在哪|在哪|地址|下落|医院|病房|护士|转告|欠钱|欠款|欠债|欠了|照片|身份证|截图|说我|说他|讲我|欠钱不还|老赖|骗子|诈骗|坐牢|被抓|骂|威胁|恐吓|吓|侮辱|天天|每天|一直|反复|不停"
                   r"|轮流|十几|几十|好几|同事|领导|老板|公司|单位|人事|学校|老师|辅导员|室友|同学|朋友|好友|邻居"
                   r"|小区|村|客户|通讯录|所有人|每个人|全家|整个|赶出去|赶走|撵出去|撵走|住院|开除|辞退"
                   r"|几点放学|什么时候放学|谁(来)?接")  # a child's pickup asked after (abuse195)
# A count at a rate: "# times a day" (a number masked by text.normalize()), "twenty times today", "dozens of times a night".
# (Read after a word boundary, abuse.py's \b(...): the masked "#" is reached by a lookbehind from "times".)
RATE_EN = (r"(?:(?<=# )|(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
           r"|fifty|a hundred|dozens of|so many|many) )times (?:a|per|each|every) (?:day|night|hour|morning)\b"
           r"|(?:(?<=# )|(?:[0-9]+|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|dozens of) )times"
           r" (?:today|tonight|yesterday|this morning|in (?:one|a|a single) (?:day|night|hour|morning))\b")
COUNT_EN = (r"(?:[1-9][0-9]+|ten|fifteen|twenty|thirty|forty|fifty|a hundred) times\b(?! (?:in total|total|altogether|so far"
            r"|over|since|in (?:the )?(?:past|last)|this (?:month|year|season)|last (?:month|year)|within|in (?:\w+ )?(?:months|weeks|years)))")
AGGRAVATION_BEYOND_DEBT_EN = (r"saying|said|told (her|him|them)|telling|im a|i am a|thief|fraud|scam|criminal|liar|prison"
                   r"|jail|arrest|every ?day|all day|daily|keeps?|kept|constantly|again|even after|even though"
                   r"|stop|dozens|everyone|all my|whole|entire|coworkers|colleagues|boss|manager|employer"
                   r"|supervisor|neighbou?rs|village|school|teacher|classmates|customers|friends|contacts"
                   r"|phonebook|linkedin|debt details|names|ashamed|useless|kick me out|evict|fire me|fired|dodging"
                   r"|regret|or else|receptionist|landlord|passport|id card|id number|photo|hospital|ward|nurses|where i (live|am|work)|my address|whereabouts"
                   r"|scared|scaring|frighten\w*|terrif\w*|crying|panic\w*|shout\w*|yell\w*|scream\w*|elderly|year old"
                   # calls at a rate ("30 times a day", "ten times today"; legit104), a number masked by text.normalize()
                   # as "#" too; a count of ten or more told with no span ("called her 25 times"), but not a total over a
                   # span ("ten times in total since march", "about 10 times over two months": review103 F3, mend85)
                   rf"|{RATE_EN}|{COUNT_EN}")
# The debt's own words: the reason any lawful call gives. They aggravate a told contact ("called my boss about my
# debt"), but not one asked about under a legitimacy frame ("is it legal that they called my wife because I owe money":
# legitimacy.py; mend85).
DEBT_WORDS_EN = r"amount|owe|owing|debt"
AGGRAVATION_EN = rf"{AGGRAVATION_BEYOND_DEBT_EN}|{DEBT_WORDS_EN}"
# Who the relative called is ("打给我七十岁的奶奶", "我生病的妈妈"): an age or a state before the word.
_FRAIL_ZH = r"[0-9一二三四五六七八九十几]{1,3}(多)?岁(的)?|年迈的?|年纪大的?|生病的?|住院的?|怀孕的?|卧床的?|刚做完手术的?"
_CONTACT_ZH = any_of(
    rf"(?<!我)(?<!我天天)(?<!我每天)(?<!我经常)(?<!我一直)(打电话给|打给|打到|打了?电话到|打去|发(了)?(短信|消息|信息|微信|语音|彩信)?给|寄给|寄到|联系(了)?(?!人)|找到|找上"
    rf"|打电话给(她|他)的?|打给(她|他)的?"
    rf"|通知(了)?|告诉(了)?|群发给)(了)?(我的?|我们的?|我家的?)?({_FRAIL_ZH})?(大学|高中|学校的?|公司的?|单位的?|老家的?|厂里的?)?({_RECIPIENT_ZH})|加(了)?(我的?)?({_RECIPIENT_ZH})的?微信",
    rf"(?<!我)给(我的?|我们的?|我家的?|她的?|他的?)?(前|原|以前的?|老)?({_RECIPIENT_ZH}).{{0,8}}(打|发|寄)",
    rf"(催收|他们|对方|那个人|打电话的人|催收员).{{0,12}}(跟|对|向).{{0,6}}({_RECIPIENT_ZH})(说|讲)|(?<!我)打(了)?(我的?|我们的?)({_RECIPIENT_ZH})(的)?(电话|手机)|(去|跑去|跑到)(找|闹)(我的?)?.{{0,6}}({_RECIPIENT_ZH})",
    rf"({_RECIPIENT_ZH}).{{0,6}}(也|都)?(接到|收到)(了)?.{{0,6}}(电话|短信|消息|信息|语音|彩信)")
_CONTACT_EN = any_of(
    rf"(?<!\bi )(?<!\bthan )(?<!\bto )(?<!\bwould )(?<!\bcould )(?<!\bshould )(?<!\bmight )(?<!\bwill )(?<!\bcan )\b(called|call|calls|calling|rang|rings|ringing|phoned|phones|phoning|texted|texting|texts|messaged|messaging|messages"
    rf"|emailed|contacted|contacting|visited|added|told|telling|spamm?\w*|sent \w+ (\w+ )?to) (\w+ )?(my |our |all my |all of my |everyone in my |the )?(\w+ ){{0,3}}({_RECIPIENT_EN})(s|es)?\b",
    rf"\b({_RECIPIENT_EN}) (got|received|gets|get|has been getting|keeps getting) (a |an )?(call|calls|message|messages|voice message|text|texts|sms)")

CUES_ZH = (
    ("explicit", any_of(r"吃不了兜着走|说要(让|叫)?(我|你)(去)?死|说要(我|你)的命|(说|要|会)弄死(我|你)|(?:让|叫)(?:我|你)(?:在[^，,。]{0,6})?混不下去|有你好看|让你好看|给你点颜色看看|威胁|恐吓|辱骂|侮辱|谩骂|暴力催收|软暴力|骚扰(?!拦截|电话拦截|号码标记)|爆(了)?(我的?)?通讯录|通讯录(都)?(被|给)?(爆|轰炸|打遍)|轰炸|人身攻击|吓唬|野蛮催收")),
    ("violence", any_of(
        r"打断.{0,3}腿|腿(给)?打(断|残|折)|弄死|砍(死|你|我|人)|捅(死|你|我)|杀了(你|我)(?!吧)|(杀|灭|弄死|砍|捅|(?<!差点)(?<!差一点)(?<!不小心)炸)(了)?(我|你)(的)?(全家|家人|家里人|一家|妈|爸|爸妈|父母|老婆|老公|孩子|女儿|儿子|家)|收拾(你|我)|让(你|我)(全家)?好看|(说|威胁|否则|不然|要不然|要么)\S{0,8}看着办|掂量|后果自负",
        r"(位置|住址|地址|行踪|在哪)\S{0,6}(我们)?(已经|都)?(掌握|知道|查到|摸清)|(走夜路|出门|晚上|路上|以后).{0,4}小心|小心(点)?(你|你的|你家)|让(我|你).{0,4}小心",
        # 派人 stays a violence cue whatever purpose is named: three readings of "a visit to verify" as calm (cls22,
        # safe40, the lead's shape) each hid veiled threats that no cue reads alone ("派人去核实，出了事概不负责",
        # "派人去我单位调查，看我以后怎么做人"; reviews 51, 55, 57, 58). A calm visit question then gets the abuse
        # reply with the home_visit answer beside it, as before this stop: the safe side.
        r"(先)?找(我)?(的)?(老婆|老公|爸妈|父母|家人|老板|领导|公司|单位|孩子)还是(先)?找|(病床|床位|房间)号|(?<!不)知道(你|我).{0,2}住|(?<!不)知道.{0,8}(住哪|住在|在哪)|派人|带人|找人(来|去|上门|收拾)|上门(闹|砸|搬)|(搬|拿)(走)?(家里|东西)",
        r"教训(你|我)|(找|跟|和|同)(我|你)(们)?(好好)?算账(?!单)|大喊大叫|闹事|堵着|下一个就是(你|我)|被打的(视频|画面)|(视频|画面).{0,8}(被打|打人|血)",
        # violence done, not only threatened ("催收的人把我打了一顿", "上门催收的把我推倒了"; probe17), never
        # a call ("打了我好几个电话", "打我电话")
        r"(把|将)(我|我妈|我爸|我家人|我们)(给)?(打|揍|推|踹|扇|按|推下)(了一顿|伤了|倒了|倒在地|了|在地|下楼)|(打进|打得|打成)(了)?(医院|进医院|住院|重伤|骨折)|"
        r"(?<!不)(?<!别)(打|揍|踹|扇|推)(了|伤了|倒了)?(我|我妈|我爸|我家人|我们)(?![^，,。？?]{0,6}(电话|手机|号码|座机|微信|视频|一个电话|主意|好几次|几次|一次|几下电话))|"
        r"(?<!不)(?<!别)(掐|踢|抢)(了)?(我|我妈|我爸)(的)?(脖子|一脚|几脚|手机|包)|"
        r"动手打(了)?(我|人)|(我|我妈|我爸)(今天|昨天|刚才)?被(催收|他们|那些人)?\S{0,4}(打|揍)(了|伤)(?!个?电话|几个|好几|一个|一针|针|疫苗|点滴|吊针)|殴打|"
        r"(关|锁)在(屋|房间|家)里?(不让|不许)(我)?(走|出去|离开)",
        r"放火|纵火|(?<!差点)(?<!差一点)(?<!不小心)烧(了|掉)?(你|我|他|她)(的)?(家|房子|车|店|铺子)",  # arson (probe11)
        r"(淋|泼)(了)?\S{0,2}红油|喷(了)?.{0,2}漆|在.{0,6}(门|墙)上(写|喷|涂)",
        r"(去|到).{0,8}(单位|公司|学校|幼儿园|医院)(来)?(闹|找)|堵(我|门|在)|跟踪|泼(油)?漆|砸(门|东西)|就不是.{0,6}简单|不得安宁|(全家).{0,2}(好看|遭殃)")),
    ("insult", any_of(
        r"(骂|说|叫|称|喊)(我|他|她|我妈|我家人)?(是)?(个|一个)?(老赖|骗子|诈骗犯|小偷|贼|废物|垃圾|人渣|畜生|不要脸|败类|社会的垃圾|寄生虫|失信人员|失信人|骗婚|挪用公款|卷钱)",
        r"(说|骂|叫|称|喊).{0,6}是(个|一个)?(老赖|骗子|诈骗犯|小偷|贼|废物|垃圾|人渣|畜生|败类|失信人员)",
        r"(说|骂|咒)(我|我们|你)?\S{0,8}(该死|去死|应该死|就该\S{0,6}死|不得好死|怎么不去死|撞死|死全家|死了都没人(收尸|管|埋)|没人收尸)",
        r"(?<!想)骂(我|人|得|了|我妈|我爸|我家人|我朋友|我老婆|$)|(就|一直|破口大)骂|脏话|问候(我)?(全家|家人|祖宗)|没爹妈|难听|说我.{0,6}(骗钱|骗子|偷钱|偷东西|乱搞|跑路|赖账)")),
    ("shaming", any_of(
        r"被(写|喷|涂|刻)(了|上)?\S{0,6}(还钱|欠债|老赖|骗子|欠钱)|(写|喷|涂)(了|上)\S{0,3}(还钱|欠债还钱|老赖)|(写|贴|挂|印|喷)(在|到)(了)?\S{0,8}(公告栏|布告栏|宣传栏|电梯|楼道|墙上|门上|村口|单位门口)|大字报|横幅|传单|海报|告示|通缉令|张贴|贴(了|在|到).{0,6}(门|墙|村|小区|楼|单位|公司)|在.{0,8}(门口|墙上)贴",
        r"(?<!我)(?<!自拍)(?<!自己)(发|挂|传|曝光|公开|晒|印).{0,8}(朋友圈|群|网上|网络|抖音|微博|小区|村里)"
        r"|(贴吧|论坛|微博|抖音|快手|小红书)\S{0,4}(发帖|发了帖|发视频|发文)|(?<!我)发帖"
        r"|(?<!我)(?<!自己)(发|挂|传|贴)(到|在|进)(了)?.{0,12}群"  # any group chat: 钉钉群, 业主群, 老乡群
        r"|(朋友圈|家族群|班群|公司群|工作群|微信群|村群|小区群|业主群)(?!怎么|如何).{0,10}(发|贴|挂|说|晒)",
        r"(身份证|照片|个人信息|证件|护照|户口|住址|学生证|截图|合同|裸照|欠款信息).{0,12}(?<!上)(发|传|挂|公开|卖|曝光|贴|印|群|网上)",
        r"(短信|消息|信息|群|传单)里(面)?(有|是|写着|写了)(我的?)?(名字|照片|身份证|欠款|住址|电话)",
        r"(?<!我)((?<!上)传|发|挂|公开|卖|曝光|贴|印|p).{0,8}(身份证|照片|个人信息|裸照|欠款信息)|p(了)?图|p成|p(到|在)\S{0,8}(网站|网上|群|页面)|广播|大喇叭|抬不起头|身败名裂",
        r"(让|要|叫)(我|你)\S{0,2}社死|社会性死亡|拉(进|到)?(了)?.{0,4}群|建(了)?(一)?(个)?群|(亲戚|家人|朋友|同事)(都|全)?拉进|群里.{0,6}(说|发|骂|晒|贴)",
        r"让(全村|所有人|大家|全小区|整个.{0,3}).{0,6}(知道|举报|看到|找我|联系)|告诉(我们)?(整个|全)?(小区|村|单位|公司)")),
    ("impersonation", any_of(
        r"(冒充|假冒|假扮|假装|自称|说(他|她|自己|他们)?是|号称|装成|以).{0,8}(公安|警察|派出所|民警|法院|法官|律师|检察院|法务|经侦|执行局|刑警|警官|律所)",
        r"冒充|假扮|装成",
        r"(自称|说(他|她|自己|他们)?是|号称).{0,8}(支付宝|蚂蚁|官方|风控|银行|金融监管|银保监|征信中心)\S{0,6}(的人|人员|工作人员|部门|中心)?.{0,12}(让|要|叫)",
        r"共享屏幕|屏幕共享|(下载|安装).{0,8}(会议|视频会议|远程|软件|app).{0,8}(共享|操作|转账)?")),
    ("fake_legal", any_of(
        r"(假|伪造|假冒|做得很像|像真的).{0,8}(律师函|传票|判决书|起诉书|法院|通知|文书|逮捕令|通缉令|公章)",
        r"(律师函|传票|起诉书|起诉通知|立案通知|法院|律所|律师事务所|案号).{0,20}(假的|不存在|空号|查不到|没有这个|写错|根本没有)",
        r"(短信|消息|彩信|通知|链接|打来|发来|说).{0,16}(立案|案件(?!\S{0,6}(转交|移交|转到|转给|转入|委托|交给|交由)\S{0,4}(法务|律所|律师事务所|第三方|外部|外包|委外|合作机构|催收公司|催收机构))|逮捕|拘留|重点执行|执行名单|冻结|强制执行|公安(已经)?介入|刑事)",
        r"(转账|打钱|汇款|交).{0,8}(个人账户|私人账户|他的账户|私人卡|保证金)",
        r"(转|打|汇|交).{0,10}(个人(账户|卡|银行卡)|私人(账户|卡)|他的(账户|卡))|仲裁|调解员|所谓(的)?\S{0,4}(仲裁|律师函|传票|起诉|调解|法院|通知|告知书|通知书|文书|函)",
        r"(落款|盖章|公章|印章).{0,10}(没有|没盖|不对|是假的|假的|不清楚)|(没有|没盖)(公章|印章|章)",
        r"(手续费|保证金|撤案费|调解费|服务费).{0,8}(撤案|销案|不起诉|结案)|(撤案|销案).{0,8}(费|交|转)",
        r"(查了|查过|核实|打过去问|问了).{0,8}(没有这|不存在|根本没有|查无|没这回事)")),
    ("sexual", any_of(
        r"裸照|陪睡|陪(他|我)?(一晚|睡)|肉偿|(身体|肉体)(抵|还)(?!算|是|挺|很|好|行|可以|不错|硬朗|健康)|性骚扰|下流|露骨|黄色|色情|骚话|开房|恶心的话",
        r"不雅(视频|照片|照|图)|换脸|(ai|AI)(换|合成|做)|合成(的)?(照片|视频|图)|交友网站|约炮|征婚网站",
        r"\b(dating|porn\w*|adult|escort|hookup|sex) (site|app|website|ad|advert)s?\b|deepfake|face ?swap",
        r"有没有(男|女)朋友|长得(还行|不错|漂亮)|一个人住.{0,4}(怕不怕|吗)|暧昧|陪\S{0,6}(出去|吃饭|吃顿饭|喝酒|唱歌|过夜)|(跟|和|陪)(我|你|他)睡"
        r"|(说|扬言|威胁)要?睡(她|你)(?![妈爸家那的房床屋旁边觉])|恶心的(短信|消息|信息)")),  # of the wife (abuse239)
    ("unidentified", any_of(
        r"(不说|不肯说|不告诉|不愿说|也不说|都不说|不出示|没出示|没有出示|不亮).{0,6}(是谁|哪里|哪个|什么公司|证件|工作证|身份|名字|姓名|哪来)",
        r"(催收|收账|收债|上门的?人|来的人|他们|那(两|几)?个人).{0,8}(不肯|不愿|拒绝)出示",  # not a courier's

        r"陌生(人|男|女).{0,8}(来|到|上门|敲门|堵|在.{0,6}(门口|楼下))|(证件|工作证|身份证明)(也|都)?(不给|不肯|不愿|不出示)|要(看)?(证件|工作证).{0,4}(不给|不肯)",
        r"(两|几|三|一群|好几)个(陌生的?|外地口音的)?(男的|女的|人|壮汉|男人).{0,12}(来|到|在|堵|敲)|穿着黑衣服|外地口音")),
    ("calls", any_of(
        r"(几十|十几|二三十|三四十|七八十|上百|好几十|几百|[1-9][0-9]+|[一二两三四五六七八九]?百|[二三四五六七八九]十)多?(个|通|次).{0,2}(电话|未接|来电)",
        r"打了.{0,6}(几十|十几|二三十|上百|[1-9][0-9]+)(个|次|通)(?!钟头|小时|单|件|人|客人|包裹|趟|菜)|一天.{0,6}(几十|十几|二三十|三四十|七八十|上百|[1-9][0-9]+)(个|通|次)(?!钟头|小时|单|件|人|客人|包裹|趟|菜)",
        r"(半夜|凌晨|深夜|(十一|十二|11|12|零)点(以后|多|过后)).{0,6}(打|来电|轰炸)|打.{0,6}(半夜|凌晨|深夜)",
        r"(内容|写着|只有|就是)\S{0,6}(家人|爸妈|父母|孩子|女儿|儿子|老婆|老公)的?(名字|姓名|住址|地址|学校|照片)",
        r"(连续|每天|天天)\S{0,6}(早上|清晨|一大早|凌晨|半夜|深夜)\S{0,6}(打|来电|电话)",
        r"换(着|了很多|不同的?)?号码.{0,2}(打|轰|骚扰|发)|轮流(打|轰)|不停地?打|打爆",
        # blocked, and they call again from another number ("我拉黑一个又来一个")
        r"(不同的?|很多|好多|各种|几十个|一堆)(陌生)?(号码|号).{0,4}(打|轰|骚扰|发)|拉黑\S{0,8}(又|还|再)(换|来|打)|拉黑一个(又|还)来一个")),
    ("jail_threat", any_of(
        r"(说|威胁|扬言|吓唬|声称|告诉|恐吓|短信|消息|电话里).{0,12}(?<!不会)(?<!不用)(?<!不至于)(?<!没)(?<!不)(?<!会不会真的)(?<!会不会被)(?<!真的会)(坐牢|抓(我|人|走|去|你)|拘留|判刑|刑事|诈骗罪|犯罪|逮捕|公安(已经)?介入|带走|被抓|蹲监狱|进监狱)")),
    ("contact", _CONTACT_ZH),
    *TACTICS_ZH,
    *BYSTANDERS_ZH,
    *IMPLIED_ZH,
    *EXPOSURE_ZH,
    *COERCION_ZH,
    *KIN_THREATS_ZH,
    *CHANNELS_ZH,
    *EFFECTS_ZH,
    *SHOWN_ZH,
    *REACH_ZH,
    *CURSES_ZH,
    *LIES_ZH,
    *WATCHING_ZH,
    *STANDING_ZH,
)
PEOPLE_EN = (r"collector|collection|agent|agency|caller|lender|company|they|them|he|someone|somebody|guy|man|men|stranger"
              r"|person|message|text|sms|note|letter|voice message")
CUES_EN = (
    ("explicit", any_of(r"threat(?!\w* (me |us )?(with )?(a |legal )?(lawsuit|legal action|court|to sue))|harass|abus(e|ive|ing)|insult|intimidat|bombard|blow(n|ing)? up (my|your) (contacts|contact list|phone)|swore at|swear(ing)? at|curs(e|ed|ing) (at|me)")),
    ("violence", any_of(
        r"(send|sent|sending|come|came|coming|go|going|turn up|show up|visit\w*) .{0,24}\b(my|your|her|his) (kids?|sons?|daughters?|child|children)s? (school|kindergarten|class)"
        r"|(talk|speak|tell|explain) (to )?(her|him|them|my (kid|son|daughter)s?) about (her|his|their|my) (mums?|moms?|dads?|parents?) ?s? debts?",
        r"(grabbed|shoved|pushed|slapped|punched|kicked|choked|hit) (me|my (arm|wrist|hand|collar|neck|shoulder|hair|face|dad|father|mum|mom|mother|wife|husband|son|daughter|brother|sister))\b|break (your|my|his|her) legs|\bstab(s|bed|bing)?\b|(kill|hurt|beat|harm) (you|me|my|your|her|him)|beat (you|me) up|watch (your|my) back",
        r"knows? (my|your) (address|home|house)|knows? where (i|you|my|your|we) (live|kids?|son|daughter)|(follow|followed|follows|following) me"
        # settling scores with the borrower, as 找我算账 (review34: the cue was zh only); not a bill settled
        r"|\bsettle (the |a |some |old )?scores? with (me|you|us|my|your)\b",
        # arson and wrecking ("he will burn my house", probe11)
        r"\b(burn|torch|set fire to|smash|wreck)\w* (down )?(up )?(my|your|our|his|her) (house|home|flat|apartment|shop|store|car|door|place|stall)\b",
        r"(come|came|coming) (to|after) (my|me)|show(ed)? up at|make a scene|smash|send (some )?people|with (some )?(people|men|guys)",
        r"take (our|my) (stuff|things|furniture)|waiting outside|drawing of a knife|or else|in other ways",
        r"something (might|will|could|may) happen to|(what time|when) (i|you) (leave|get home|finish|go)|(my|your) (daily )?routine|which bus|see you soon|watching (me|you)\b",
        r"video of .{0,20}(beaten|beating|hurt|attacked|stabbed)|(youre|you are|youll be) next|pay .{0,12} a visit"
        r"|(wont|wouldnt|will not) like it|knows? people|make (my|your) life (very )?(difficult|hard|hell|miserable)",
        r"(pictures?|photos?|pics?|images?) of (a |an |some )?(bloody |bloodied |big )?(knives|knife|blood|guns?|coffins?|graves?|tombstones?|wreaths?|funerals?)|(youll|you will|ill|i will|youd) regret|"
        r"(family|you|kids|children|wife|husband|parents|son|daughter) (will|would|ll|d|is going to) (suffer|pay for (it|this)|regret|be sorry|get hurt)")),
    ("insult", any_of(
        r"(called|call|calling|calls) (me|him|her|my \w+) (a |an )?(deadbeat|liar|thief|fraud|fraudster|scammer|criminal|parasite|con artist|cheat|trash|piece of|worthless|useless|names|scum)",
        r"(saying|said|telling|told|says|tells) .{0,50}\b(im|is|was|are|am) (a |an )?(deadbeat|liar|thief|fraud|fraudster|scammer|criminal|parasite|con artist|cheat)",
        r"\b(i|he|she) (steal|steals|stole) money|swore|swearing|cursing|cursed|foul language|should (all )?die|should be ashamed",
        r"(said|says|told me|tells me|telling me|saying|texted|messaged) .{0,24}\b(go (and )?die|kill yourself|drop dead|you should die|die already|better off dead)",
        r"(call\w*|said|saying|says|scream\w*|shout\w*|yell\w*|told|tells|telling|texted|messaged) .{0,40}\b(whore|bitch|slut|bastard|idiot|loser|scum|trash|garbage|pig|fuck\w*|shit\w*)\b",
        r"(scream|shout|yell)\w* at (me|my)")),
    ("shaming", any_of(
        r"posters?\b|flyers?\b|banner|wanted (poster|for)|(mailed|sent|posted|printed) .{0,30}(picture|photo)s? of me",
        # not the borrower sending their own ID ("if i send my id", "to send my id")
        # ...nor post sent to one's address ("they will send a letter to my home address"; safe28)
        r"(?<!\bi )(?<!\bto )(?<!\bcan )(?<!\bplease )(post|posted|posting|share|shared|sharing|publish|published|print|printed|put|send|sent|leak|leaked|spread) (?!me\b)(?!(a |the |an )?(\w+ )?(letter|notice|reminder|bill|statement|mail|post)s? to (my|your|our|the|his|her|their) (\w+ )?address\b).{0,50}\b(id|id card|photos?|pictures?|passport|address|personal (info|information|details)|student id|nudes|intimate photos|face|name|loan contract|debt details|screenshots?|chats?|chat (history|logs)|private messages|contract|payslip|salary slip|bank statements?)\b",
        r"(prefer|rather|want|like) (they|them|us|me|him) (to )?(talk|speak|call|contact|go|visit) (to )?(your|my) \w+ or (your|my) \w+",
        r"\b(hospital )?(bed|room|ward) number\b|(school|home|work) address\b.{0,30}\b(pay|or else|today)\b",
        r"(group chat|wechat group|family group|class group|neighbou?rhood|facebook group|moments|social media)\b.{0,30}\b(post|posted|shame|sent|saying|with my)",
        r"(tell|told|telling) (my |the |our )?(whole |entire )?(village|neighbou?rs|neighbou?rhood|employer|boss|school|workplace)|shame me|get me fired",
        r"make (me|you) famous|go viral|all over (the internet|social media|weibo|douyin|wechat|facebook)|doxx?(ed|ing)?\b|spray.?paint|graffiti",
        r"(created|made|started|set up) a group( chat)? with",
        r"(post|posted|posting|shared|put) .{0,30}(moments|social media|weibo|douyin|group chat|wechat)",
        r"(tell|told|telling) (everyone|everybody|all|people) (in|at) (my|our|the) (village|hometown|town|office|work|school|building|neighbou?rhood)")),
    ("impersonation", any_of(
        r"pretending to be|posing as|impersonat\w*",
        r"(pretend|pretending|pretended|posing|posed|claiming|claimed|claims|claim|impersonat\w*|introduced (himself|herself) as"
        r"|said (he|she|they) (was|were|is|are)|says (he|she) is|(he|she) (said|says) (hes|shes|he is|she is)) .{0,20}(police|officer|cop|court|lawyer|attorney|judge|public security|prosecutor|procurat\w*|economic crimes|cyber ?police|anti.?fraud (centre|center|unit|police)|law firm|legal department|bailiff)")),
    ("fake_legal", any_of(
        # (not a purchase: "a fake order", "sent a fake product", "fake reviews" are a shop's doing; safe49)
        r"\bfake\b(?! (order|orders|product|products|goods|item|items|shoes|bags?|branded|brand|reviews?|listings?|seller|sellers|shop|store|merchant|news|followers|likes))|forged|counterfeit|(?<!mind is )(?<!mind was )made.?up(?! (my|his|her|our|their|your) minds?\b)|bogus|phony|phoney|someones? (personal )?(name|account)|in (a|someone\w*) personal name|(doesnt|does not|didnt|did not) exist|no record|not real|random (mobile )?number|personal (bank )?account",
        r"(text|sms|message|letter|document|notice) .{0,40}\b(case (has been|was)(?! (transferred|handed|passed|referred|sent|assigned|moved|forwarded)( over)? (to|for) (the |a |an |our |their |its )?(legal (department|team|review|dept)|law firm|lawyers?|third.party|outside|external|partner|collection (agency|company|team)|agency))|case against me|filed against|case filed|filed a case|registered|warrant|arrest|detain|criminal|frozen|investigat)",
        r"\bpay\w* (money )?(to|into) (this|that|a|an|their|his|the) (bank )?account to (stop|drop|close|cancel|settle|withdraw|end)\b",
        r"(fee|deposit|payment|money) to (stop|drop|close|cancel|settle) the case|arrest warrant|criminal case|arbitration|fee to (cancel|close|withdraw|stop|drop)|(settlement|deposit) (to|into) a personal"
        r"|personal (mobile|phone) number|no such case|(no|had no) record of")),
    ("sexual", any_of(
        r"sexual|\bnudes?\b|naked|intimate (photos|pictures)|sleep(ing)? with (him|her|me|them)|(meet|come|go|room|night) .{0,12}\bhotel\b(?! for)|what (im|i am|i was|youre|you are|you were) wearing|(if|when) (i|you) (was|were|am|are|be) nice to (him|her|them|me)|pay (in )?(another|other) ways?|sell myself",
        r"sexy|dirty (messages|pictures|talk)|private (photos|pictures|pics|videos)|(asking|asked) for (pictures|photos|pics)|disgusting .{0,12}messages|edited photos")),
    ("unidentified", any_of(
        r"(wouldnt|wont|would not|refused to|didnt|did not|never) (say|tell|give|show)( me| us)? (who|what|which|their|his|her|any|a name|id|identification|papers)",
        r"(two|three|some|a few|several|a group of) (men|guys|people|strangers)\b.{0,30}(showed up|came|turned up|were waiting|knocked|asking for)",
        r"plain clothes|(strangers?|unknown (men|man|people)) (came|showed|knocked|waiting)")),
    ("calls", any_of(
        r"\b([1-9][0-9]+|dozens of|fifty|forty|thirty|twenty|hundreds of|a hundred) (calls|missed calls|texts|messages)\b"
        r"|\b(called|rang|phoned|texted|messaged|calling|ringing) (me |us |my \w+ )?.{0,12}\b([1-9][0-9]+|dozens of|fifty|forty|thirty|twenty|hundreds of|a hundred) times\b",
        r"\b(call|calls|calling|called|rings?|ringing|rang|texts?|texting|messages?)\b.{0,30}(\bat [1-5] ?am\b|middle of the night|midnight|all night|non ?stop|different numbers)",
        r"(\bat [1-5] ?am\b|middle of the night|midnight|all night|non ?stop|different numbers).{0,20}\b(call|calls|calling|rings?|ringing|texts?)\b",
        r"\bblocked\b.{0,45}\b(new|another|different|other) numbers?\b",
        r"\bunless i pay (to|into) (this|a|their) account")),
    ("jail_threat", any_of(
        r"(said|says|saying|told|tells|threatened|threatening|threatens|claimed|claims|warned|texted|messaged|text|sms|message|voice message)"
        r" .{0,50}\b(prison|jail|jailed|arrest|arrested|locked up|detained|criminal|police (are|will|is)|by (the )?police|taken away|warrant|investigated|behind bars)")),
    ("contact", _CONTACT_EN),
    *TACTICS_EN,
    *BYSTANDERS_EN,
    *IMPLIED_EN,
    *EXPOSURE_EN,
    *COERCION_EN,
    *KIN_THREATS_EN,
    *ENGLISH_EN,
    *CHANNELS_EN,
    *EFFECTS_EN,
    *SHOWN_EN,
    *REACH_EN,
    *CURSES_EN,
    *LIES_EN,
    *WATCHING_EN,
    *STANDING_EN,
)
