"""Abusive collection, recognised from what collectors do: threats of violence or jail, insults,
telling the borrower's family, employer or contacts, shaming in public or in group chats,
publishing photos or ID, posing as police, a court or a lawyer, fake legal papers and "立案"
texts, sexual harassment, visitors who will not say who they are, and calls without end.

What a collector *did* is abuse; what *may* happen is a loan question. "会不会打电话给我爸妈" and
"will they contact my family?" are answered by the loan topics, as are fears the borrower has only
heard of ("听说会爆通讯录", "people online say they put up posters"). So a cue does not count in a
clause that asks whether something will happen, in a message that only reports hearsay, right
after a negation ("没有骂我也没有威胁", "no threats"), or when the one speaking or threatening is
family ("我妈说再借就打断我的腿", "my parents will kill me").
"""

from __future__ import annotations

import re

from ..patterns import needs, regex
from .clauses import KIN_EN, KIN_ZH, any_of
from .tactics import TACTICS_EN, TACTICS_ZH

_RECIPIENT_ZH = (rf"{KIN_ZH}|科室|护士站|医院|前台|幼儿园|前任|前男友|前女友|前夫|前妻|父母|爸妈|亲人|上司|公司|单位|人事|厂|学校|老师|辅导员|好友|邻居|小区|村|紧急联系人"
                 r"|联系人|通讯录|班群|客户|全家|所有人|每个人"
                 r"|丈母娘|岳父|岳母|公公|婆婆|公婆|相亲对象|护士|病房|导师|房东|物业|保安|家里人|家人|亲家")
_RECIPIENT_EN = (rf"{KIN_EN}|relatives|manager|employer|supervisor|company|workplace|office|school|teacher"
                 r"|classmates|neighbou?rs|friends|contacts|contact list|phonebook|phone book|emergency contact"
                 r"|village|customers|dispatch|everyone|people|landlord|in-?laws|receptionist|school office|kindergarten"
                 r"|university|hr|reception|department|faculty|team|branch|ward|nurses|hospital|church|pastor|dorm|hostel|ex|ex ?wife|ex ?husband")
# Telling others becomes abuse when it spreads the debt, insults, repeats or reaches people who
# have nothing to do with the loan; one call to an emergency contact is a question for contact_family.
_AGGRAVATION_ZH = (r"住哪|住在哪|在哪|地址|下落|医院|病房|护士|转告|欠钱|欠款|欠债|欠了|照片|身份证|截图|说我|说他|讲我|欠钱不还|老赖|骗子|诈骗|坐牢|被抓|骂|威胁|恐吓|吓|侮辱|天天|每天|一直|反复|不停"
                   r"|轮流|十几|几十|好几|同事|领导|老板|公司|单位|人事|学校|老师|辅导员|室友|同学|朋友|好友|邻居"
                   r"|小区|村|客户|通讯录|所有人|每个人|全家|整个")
_AGGRAVATION_EN = (r"saying|said|told (her|him|them)|telling|im a|i am a|thief|fraud|scam|criminal|liar|prison"
                   r"|jail|arrest|every ?day|all day|daily|keeps?|kept|constantly|again|even after|even though"
                   r"|stop|dozens|everyone|all my|whole|entire|coworkers|colleagues|boss|manager|employer"
                   r"|supervisor|neighbou?rs|village|school|teacher|classmates|customers|friends|contacts"
                   r"|phonebook|linkedin|debt details|names|ashamed|useless|kick me out|evict|fire me|fired|dodging"
                   r"|regret|or else|receptionist|landlord|passport|id card|id number|photo|amount|owe|owing|debt|hospital|ward|nurses|where i (live|am|work)|my address|whereabouts"
                   r"|scared|scaring|frighten\w*|terrif\w*|crying|panic\w*|shout\w*|yell\w*|elderly|year old")
_CONTACT_ZH = any_of(
    rf"(?<!我)(打电话给|打给|打到|打了?电话到|打去|发(了)?(短信|消息|信息|微信|语音|彩信)?给|寄给|寄到|联系(了)?(?!人)|找到|找上"
    rf"|通知(了)?|告诉(了)?|群发给)(了)?(我的?|我们的?|我家的?)?(大学|高中|学校的?|公司的?|单位的?|老家的?|厂里的?)?({_RECIPIENT_ZH})|加(了)?(我的?)?({_RECIPIENT_ZH})的?微信",
    rf"(?<!我)给(我的?|我们的?|我家的?)?({_RECIPIENT_ZH}).{{0,8}}(打|发|寄)",
    rf"(催收|他们|对方|那个人|打电话的人|催收员).{{0,12}}(跟|对|向).{{0,6}}({_RECIPIENT_ZH})(说|讲)|(?<!我)打(了)?(我的?|我们的?)({_RECIPIENT_ZH})(的)?(电话|手机)|(去|跑去|跑到)(找|闹)(我的?)?.{{0,6}}({_RECIPIENT_ZH})",
    rf"({_RECIPIENT_ZH}).{{0,6}}(也|都)?(接到|收到)(了)?.{{0,6}}(电话|短信|消息|信息|语音|彩信)")
_CONTACT_EN = any_of(
    rf"(?<!\bi )(?<!\bthan )(?<!\bto )(?<!\bwould )(?<!\bcould )(?<!\bshould )(?<!\bmight )(?<!\bwill )(?<!\bcan )\b(called|call|calls|calling|rang|rings|ringing|phoned|phones|phoning|texted|texting|texts|messaged|messaging|messages"
    rf"|emailed|contacted|contacting|visited|added|told|telling|spamm?\w*|sent \w+ (\w+ )?to) (\w+ )?(my |our |all my |all of my |everyone in my |the )?(\w+ ){{0,3}}({_RECIPIENT_EN})(s|es)?\b",
    rf"\b({_RECIPIENT_EN}) (got|received|gets|get|has been getting|keeps getting) (a |an )?(call|calls|message|messages|voice message|text|texts|sms)")

_CUES_ZH = (
    ("explicit", any_of(r"威胁|恐吓|辱骂|侮辱|谩骂|暴力催收|软暴力|骚扰(?!拦截|电话拦截|号码标记)|爆(了)?(我的?)?通讯录|通讯录(都)?(被|给)?(爆|轰炸|打遍)|轰炸|人身攻击|吓唬|野蛮催收")),
    ("violence", any_of(
        r"打断.{0,3}腿|腿(给)?打(断|残|折)|弄死|砍(死|你|我|人)|捅(死|你|我)|杀了(你|我)|收拾(你|我)|让(你|我)(全家)?好看|(说|威胁|否则|不然|要不然|要么)\S{0,8}看着办|掂量|后果自负",
        r"(走夜路|出门|晚上|路上|以后).{0,4}小心|小心(点)?(你|你的|你家)|让(我|你).{0,4}小心",
        r"知道(你|我).{0,2}住|知道.{0,8}(住哪|住在|在哪)|派人|带人|找人(来|去|上门|收拾)|上门(闹|砸|搬)|(搬|拿)(走)?(家里|东西)",
        r"教训(你|我)|大喊大叫|闹事|堵着|下一个就是(你|我)|被打的(视频|画面)|(视频|画面).{0,8}(被打|打人|血)",
        r"喷(了)?.{0,2}漆|在.{0,6}(门|墙)上(写|喷|涂)",
        r"(去|到).{0,8}(单位|公司|学校|幼儿园|医院)(来)?(闹|找)|堵(我|门|在)|跟踪|泼(油)?漆|砸(门|东西)|就不是.{0,6}简单|不得安宁|(全家).{0,2}(好看|遭殃)")),
    ("insult", any_of(
        r"(骂|说|叫|称|喊)(我|他|她|我妈|我家人)?(是)?(个|一个)?(老赖|骗子|诈骗犯|小偷|贼|废物|垃圾|人渣|畜生|不要脸|败类|社会的垃圾|寄生虫|失信人员|失信人)",
        r"(说|骂|叫|称|喊).{0,6}是(个|一个)?(老赖|骗子|诈骗犯|小偷|贼|废物|垃圾|人渣|畜生|败类|失信人员)",
        r"(说|骂|咒)(我|我们|你)?\S{0,8}(该死|去死|应该死|就该\S{0,6}死|不得好死|怎么不去死|撞死|死全家)",
        r"骂(我|人|得|了|我妈|我爸|我家人|我朋友|我老婆|$)|(就|一直|破口大)骂|脏话|问候(我)?(全家|家人|祖宗)|没爹妈|难听|说我.{0,6}(骗钱|骗子|偷钱|偷东西|乱搞|跑路|赖账)")),
    ("shaming", any_of(
        r"被(写|喷|涂|刻)(了|上)?\S{0,6}(还钱|欠债|老赖|骗子|欠钱)|(写|喷|涂)(了|上)\S{0,3}(还钱|欠债还钱|老赖)|(写|贴|挂|印|喷)(在|到)(了)?\S{0,8}(公告栏|布告栏|宣传栏|电梯|楼道|墙上|门上|村口|单位门口)|大字报|横幅|传单|海报|告示|通缉令|张贴|贴(了|在|到).{0,6}(门|墙|村|小区|楼|单位|公司)|在.{0,8}(门口|墙上)贴",
        r"(?<!我)(?<!自拍)(?<!自己)(发|挂|传|曝光|公开|晒|印).{0,8}(朋友圈|群|网上|网络|抖音|微博|小区|村里)"
        r"|(朋友圈|家族群|班群|公司群|工作群|微信群|村群|小区群|业主群)(?!怎么|如何).{0,10}(发|贴|挂|说|晒)",
        r"(身份证|照片|个人信息|证件|护照|户口|住址|学生证|截图|合同|裸照|欠款信息).{0,12}(?<!上)(发|传|挂|公开|卖|曝光|贴|印|群|网上)",
        r"(短信|消息|信息|群|传单)里(面)?(有|是|写着|写了)(我的?)?(名字|照片|身份证|欠款|住址|电话)",
        r"(?<!我)((?<!上)传|发|挂|公开|卖|曝光|贴|印|p).{0,8}(身份证|照片|个人信息|裸照|欠款信息)|p(了)?图|p成|广播|大喇叭|抬不起头|身败名裂",
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
        r"(短信|消息|彩信|通知|链接|打来|发来|说).{0,16}(立案|案件|逮捕|拘留|重点执行|执行名单|冻结|强制执行|公安(已经)?介入|刑事)",
        r"(转账|打钱|汇款|交).{0,8}(个人账户|私人账户|他的账户|私人卡|保证金)",
        r"(转|打|汇|交).{0,10}(个人(账户|卡|银行卡)|私人(账户|卡)|他的(账户|卡))|仲裁|调解员|所谓(的)?(仲裁|律师函|传票|起诉|调解|法院|通知|告知书)",
        r"(手续费|保证金|撤案费|调解费|服务费).{0,8}(撤案|销案|不起诉|结案)|(撤案|销案).{0,8}(费|交|转)",
        r"(查了|查过|核实|打过去问|问了).{0,8}(没有这|不存在|根本没有|查无|没这回事)")),
    ("sexual", any_of(
        r"裸照|陪睡|陪(他|我)?(一晚|睡)|肉偿|(身体|肉体)(抵|还)|性骚扰|下流|露骨|黄色|色情|骚话|开房|恶心的话",
        r"有没有(男|女)朋友|长得(还行|不错|漂亮)|一个人住.{0,4}(怕不怕|吗)|暧昧|陪\S{0,6}(出去|吃饭|吃顿饭|喝酒|唱歌|过夜)|(跟|和|陪)(我|你|他)睡")),
    ("unidentified", any_of(
        r"(不说|不肯说|不告诉|不愿说|也不说|都不说|不出示|没出示|没有出示|不亮).{0,6}(是谁|哪里|哪个|什么公司|证件|工作证|身份|名字|姓名|哪来)",
        r"陌生(人|男|女).{0,8}(来|到|上门|敲门|堵|在.{0,6}(门口|楼下))|(证件|工作证|身份证明)(也|都)?(不给|不肯|不愿|不出示)|要(看)?(证件|工作证).{0,4}(不给|不肯)",
        r"(两|几|三|一群|好几)个(陌生的?|外地口音的)?(男的|女的|人|壮汉|男人).{0,12}(来|到|在|堵|敲)|穿着黑衣服|外地口音")),
    ("calls", any_of(
        r"(几十|十几|二三十|三四十|七八十|上百|好几十|几百|[1-9][0-9]+|[一二两三四五六七八九]?百|[二三四五六七八九]十)多?(个|通|次).{0,2}(电话|未接|来电)",
        r"打了.{0,6}(几十|十几|二三十|上百|[1-9][0-9]+)(个|次|通)|一天.{0,6}(几十|十几|二三十|三四十|七八十|上百|[1-9][0-9]+)(个|通|次)",
        r"(半夜|凌晨|深夜|(十一|十二|11|12|零)点(以后|多|过后)).{0,6}(打|来电|轰炸)|打.{0,6}(半夜|凌晨|深夜)",
        r"(内容|写着|只有|就是)\S{0,6}(家人|爸妈|父母|孩子|女儿|儿子|老婆|老公)的?(名字|姓名|住址|地址|学校|照片)",
        r"(连续|每天|天天)\S{0,6}(早上|清晨|一大早|凌晨|半夜|深夜)\S{0,6}(打|来电|电话)",
        r"换(着|了很多|不同的?)?号码.{0,2}(打|轰|骚扰|发)|轮流(打|轰)|不停地?打|打爆")),
    ("jail_threat", any_of(
        r"(说|威胁|扬言|吓唬|声称|告诉|恐吓|短信|消息|电话里).{0,12}(坐牢|抓(我|人|走|去|你)|拘留|判刑|刑事|诈骗罪|犯罪|逮捕|公安(已经)?介入|带走|被抓|蹲监狱|进监狱)")),
    ("contact", _CONTACT_ZH),
    *TACTICS_ZH,
)
_PEOPLE_EN = (r"collector|collection|agent|agency|caller|lender|company|they|them|he|someone|somebody|guy|man|men|stranger"
              r"|person|message|text|sms|note|letter|voice message")
_CUES_EN = (
    ("explicit", any_of(r"threat(?!\w* (me |us )?(with )?(a |legal )?(lawsuit|legal action|court|to sue))|harass|abus(e|ive|ing)|insult|intimidat|bombard|blow(n|ing)? up (my|your) (contacts|contact list|phone)|swore at|swear(ing)? at|curs(e|ed|ing) (at|me)")),
    ("violence", any_of(
        r"break (your|my|his|her) legs|stab|(kill|hurt|beat|harm) (you|me|my|your|her|him)|beat (you|me) up|watch (your|my) back",
        r"knows? (my|your) (address|home|house)|knows? where (i|you|my|your|we) (live|kids?|son|daughter)|(follow|followed|follows|following) me",
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
        r"(call\w*|said|saying|says|scream\w*|shout\w*|yell\w*|told|tells|telling|texted|messaged) .{0,40}\b(whore|bitch|slut|bastard|idiot|loser|scum|trash|garbage|pig|fuck\w*|shit\w*)\b",
        r"(scream|shout|yell)\w* at (me|my)")),
    ("shaming", any_of(
        r"posters?\b|flyers?\b|banner|wanted (poster|for)|(mailed|sent|posted|printed) .{0,30}(picture|photo)s? of me",
        # not the borrower sending their own ID ("if i send my id", "to send my id")
        r"(?<!\bi )(?<!\bto )(?<!\bcan )(?<!\bplease )(post|posted|posting|share|shared|sharing|publish|published|print|printed|put|send|sent|leak|leaked|spread) (?!me\b).{0,50}\b(id|id card|photos?|pictures?|passport|address|personal (info|information|details)|student id|nudes|intimate photos|face|name|loan contract|debt details)\b",
        r"(group chat|wechat group|family group|class group|neighbou?rhood|facebook group|moments|social media)\b.{0,30}\b(post|posted|shame|sent|saying|with my)",
        r"(tell|told|telling) (my |the |our )?(whole |entire )?(village|neighbou?rs|neighbou?rhood|employer|boss|school|workplace)|shame me|get me fired",
        r"make (me|you) famous|go viral|all over (the internet|social media|weibo|douyin|wechat|facebook)|doxx?(ed|ing)?\b|spray.?paint|graffiti",
        r"(created|made|started|set up) a group( chat)? with",
        r"(post|posted|posting|shared|put) .{0,30}(moments|social media|weibo|douyin|group chat|wechat)",
        r"(tell|told|telling) (everyone|everybody|all|people) (in|at) (my|our|the) (village|hometown|town|office|work|school|building|neighbou?rhood)")),
    ("impersonation", any_of(
        r"pretending to be|posing as|impersonat\w*",
        r"(pretend|pretending|pretended|posing|posed|claiming|claimed|claims|claim|impersonat\w*|introduced (himself|herself) as"
        r"|said (he|she|they) (was|were|is|are)|says (he|she) is|(he|she) (said|says) (hes|shes|he is|she is)) .{0,20}(police|officer|cop|court|lawyer|attorney|judge|public security|prosecutor|economic crimes|law firm|legal department|bailiff)")),
    ("fake_legal", any_of(
        r"\bfake\b|forged|counterfeit|(doesnt|does not|didnt|did not) exist|no record|not real|random (mobile )?number|personal (bank )?account",
        r"(text|sms|message|letter|document|notice) .{0,40}\b(case has been|case was|case against me|filed against|registered|warrant|arrest|detain|criminal|frozen|investigat)",
        r"arrest warrant|criminal case|arbitration|fee to (cancel|close|withdraw|stop|drop)|(settlement|deposit) (to|into) a personal"
        r"|personal (mobile|phone) number|no such case|(no|had no) record of")),
    ("sexual", any_of(
        r"sexual|\bnudes?\b|naked|intimate (photos|pictures)|sleep(ing)? with (him|her|me|them)|(meet|come|go|room|night) .{0,12}\bhotel\b(?! for)|what im wearing|pay (in )?(another|other) ways?|sell myself",
        r"sexy|dirty (messages|pictures|talk)|private (photos|pictures|pics|videos)|(asking|asked) for (pictures|photos|pics)|disgusting .{0,12}messages|edited photos")),
    ("unidentified", any_of(
        r"(wouldnt|wont|would not|refused to|didnt|did not|never) (say|tell|give|show)( me| us)? (who|what|which|their|his|her|any|a name|id|identification|papers)",
        r"(two|three|some|a few|several|a group of) (men|guys|people|strangers)\b.{0,30}(showed up|came|turned up|were waiting|knocked|asking for)",
        r"plain clothes|(strangers?|unknown (men|man|people)) (came|showed|knocked|waiting)")),
    ("calls", any_of(
        r"\b([1-9][0-9]+|dozens of|fifty|forty|thirty|twenty|hundreds of|a hundred) (calls|missed calls|texts|messages)\b"
        r"|\b(called|rang|phoned|texted|messaged|calling|ringing) (me |us |my \w+ )?.{0,12}\b([1-9][0-9]+|dozens of|fifty|forty|thirty|twenty|hundreds of|a hundred) times\b",
        r"\b(call|calls|calling|called|rings?|ringing|rang|texts?|texting|messages?)\b.{0,30}(\bat [1-5] ?am\b|middle of the night|midnight|all night|non ?stop|different numbers)",
        r"(\bat [1-5] ?am\b|middle of the night|midnight|all night|non ?stop|different numbers).{0,20}\b(call|calls|calling|rings?|ringing|texts?)\b")),
    ("jail_threat", any_of(
        r"(said|says|saying|told|tells|threatened|threatening|threatens|claimed|claims|warned|texted|messaged|text|sms|message|voice message)"
        r" .{0,50}\b(prison|jail|jailed|arrest|arrested|locked up|detained|criminal|police (are|will|is)|by (the )?police|taken away|warrant|investigated|behind bars)")),
    ("contact", _CONTACT_EN),
    *TACTICS_EN,
)
_NEEDS_AGGRAVATION = {"contact"}
_NEEDS_PEOPLE_EN = {"violence"}  # "she'd kill me if I took another loan" is a wife, not a collector

_HEARSAY_ZH = regex(
    rf"听说|听\S{{0,4}}说|刷(到|抖音|视频|快手)|(视频|文章|帖子|抖音|快手)(里|上)?(说|讲)|看到(一个|个|一篇)?(视频|文章)|有人说|(别|人家|大家|听)人说|(大家|人人|别人|人们|他们|网上)都说|都说(会|要|逾期|欠)|据说|网上(说|看到|有人)|(看到|看|在)网上|帖子|论坛|群里有人|新闻|听人说|没有发生在我身上|我还没(有)?遇到"
    rf"|(^|\s)(我的?|我们)?({KIN_ZH})(也|总|总是|一直|都)?(说|跟我说|告诉我)")  # kin as the one speaking
_HEARSAY_EN = regex(
    rf"people (say|said|online|on)|someone (in|on|online)\b|\bi (heard|read)|ive (heard|read)|reading .{{0,12}}(forum|online|posts|stories|about)"
    rf"|forum|horror stories|({KIN_EN})s? (always |keeps |kept )?(says|said|keeps saying|was joking|told me that|thinks|reckons|believes|worries|is worried)\b"
    r"|joking that|according to|\b(tiktok|douyin|a video|videos|youtube|an article|a post|a blog) (said|says|claimed|claims|saying)")
_EVENT_ZH = regex(
    r"收到|接到|发来|打来|寄来|找上门|上门来|(催收|催款)(员|的人)?(给|把|在|说|打|发|天天|一直|每天|又|还|竟然|居然|直接|跟|用|对|就)"
    r"|他们(把|在|给|说|天天|一直|又|竟然|居然|直接)|对方(说|把|给|发|一直)|有(个|一个|两个|几个|三个)?人(?!说).{0,16}(打了|打来|打电话|发了|发来|来了|来我家|寄了|寄来|加了|加我)|寄了|打电话给|打(了)?电话到|打到(我|了)"
    r"|(来|到)(了)?(我|我们)家|对方(打|发|寄|建|在|用)"
    r"|(昨天|今天|前天|刚才|刚刚|上周|这周|这几天|前几天|前两天)\S{0,10}(打|发|来|说|骂|收到|接到)")
_EVENT_EN = regex(
    r"\b(they|theyve|theyre|collectors?|he|hes|she|shes|someone|somebody|a (man|guy|woman|collector|person)|two men|men|agents?|caller"
    r"|the company|a stranger) (have |has |had |just |keep |keeps |kept |started |already |then |been |are |is |were |was )*"
    r"(said|told|called|rang|texted|messaged|sent|posted|threatened|came|showed|added|emailed|wrote|left|followed|found|contacted"
    r"|made|put|printed|shared|published|swore|cursed|keep|keeps|texting|calling|messaging|sending|posting|threatening|harassing"
    r"|following|visiting|contacting)\b"
    r"|got (a|an|some) (call|text|sms|message|letter|document|voice|lawyer)|\breceived\b|yesterday|last (week|night|month)|this (week|morning)")
_ASKS_ZH = regex(r"会不会|会\S{0,15}吗|会(联系|打|找|通知|告诉|上门|去|发|爆|骂|曝光)|是不是会|是真的吗|真的吗|真的会|可能会|万一|如果|要是|假如|担心|怕(的是|就怕)?(会|他们|催收|接到|被)|最怕|就怕|听说|有人说|据说")
_ASKS_EN = regex(
    r"^(will|would|could|might|can|do|does|is|are|should)\b|\b(will|would|could|might) (they|he|she|the|collectors|anyone|anybody|someone|somebody|people|it|jiebei|huabei)\b"
    r"|is it true|is it normal|what counts|what if|just asking|in advance|\bever\b|worried|afraid|scared|has anyone"
    r"|(that|thatll|itll|it will|it might) happen to me")
_CONTINUES = regex(r"(或者|或是|还是|或|or|and|also)\b|(或者|或是|还是)"
                   # A clause that opens with a bare verb has no subject of its own: it goes on
                   # with the clause before ("will they sue me, visit me, call my family?").
                   r"|(call|visit|contact|text|message|tell|sue|hurt|ruin|harass|threaten|send|post|show up"
                   r"|come|go after|take|report|put|publish|share|expose|shame)\b")


def continues(clause_text: str) -> bool:
    """Whether a clause goes on with the one before it (a conjunction, or a verb with no subject)."""
    return _CONTINUES.match(clause_text.strip().lower()) is not None
_SAID_ZH = regex(r"说|威胁|扬言|声称|短信|消息|已经|昨天|今天|前天|刚才|上周|天天|每天|一直(?!没|不|都没)|又")
_SAID_EN = regex(r"\b(said|says|saying|told|threatened|texted|messaged|sent|called|rang|posted|came|showed|already|yesterday|today|keeps?|kept|started|got|received)\b")
_KIN_ACTS_ZH = regex(rf"({KIN_ZH})(们)?.{{0,10}}(说|骂|威胁|打断|杀了我|非杀)")
_KIN_ACTS_EN = regex(
    rf"\b({KIN_EN})s? (is |are |was |keeps |kept |always |would |will |literally |gonna |going to |d |ll )*"
    r"(say|says|said|keeps saying|kept saying|told|tells|was joking|joked|is threatening|threatened|threatens|kill|scold\w*|yell\w*|shout\w*)\b")
_COLLECTOR_ZH = regex(r"催收|催款|催债|要债|讨债|收债|第三方|外包|资产管理|法务|对方|他们|有人|陌生|那个人|这个人|男的|女的|号码|短信|电话里|客服|律师|自称|冒充")
_COLLECTOR_EN = regex(rf"\b({_PEOPLE_EN})\b")
_COLLECTOR_NOUN_EN = regex(r"\b(collector|collection|agent|agency|caller|lender|company|stranger|guy|man|men|someone|somebody)s?\b")
_PAY_CONDITION_EN = regex(r"\b(if|unless) (i|you) (dont |do not |cant |can not )?(pay|repay)|better pay|pay up|pay or else")
# "要不要", "是不是", "会不会" ask; they do not negate.
_NEGATION_ZH = regex(r"(没|没有|不算|(?<!是)不是|也没|并没有|从没|从来没|(?<!想)不想|(?<!愿)不愿|(?<!会)不会|别|(?<!要)不要|怕|害怕|担心)\S{0,3}$")
_NEGATION_EN = regex(
    r"\b(no|not|never|didnt|did not|havent|have not|hasnt|has not|wasnt|werent|isnt|arent|nothing|without|dont|doesnt"
    r"|nobody|no one|none of them)( (has|have|had|ever))?"
    r"( (really|even|ever|actually|saying|say|think|that|they|theyre|theyve|been|being|so|too|very|any|once|yet|me|or))?"
    r"( (really|even|ever|actually|saying|say|think|that|they|theyre|theyve|been|being|so|too|very|any|once|yet|me|or))? ?$")


# The borrower says it has not happened to them: whatever the message describes is hearsay.
_DENIAL = regex(r"nothing like (that|this)|(havent|have not|hasnt|has not|never) (had|seen|experienced) any of (that|this)|none of (that|this)|(hasnt|has not|havent|have not) happened to me|没有发生在我身上|(我)?还没(有)?遇到|我没遇到过")
_SOMEONE_ELSE = regex(
    r"(同事|朋友|邻居|亲戚|别人|有人|有个人|同学).{0,8}(被(催收|催|网贷)|网贷逾期|逾期了|欠了)"
    r"|\b(my )?(friend|coworker|colleague|neighbou?r|cousin|classmate|someone i know)s? (got|had|was|were) .{0,30}collect"
    r"|\b(friend|coworker|colleague|neighbou?r|cousin|classmate|brother|sister)s? (\w+ )?(collectors?|lenders?|loan app)\b")


_FIRST_PERSON = regex(r"我|\b(i|im|me|my|myself|mine)\b")


_NOBODY_EN = regex(r"\b(nobody|no one|none of them|never)\b(\s+\w+){0,7}\s*$")  # "nobody from alipay has been rude"


def hearsay_only(message: str) -> bool:
    """The message reports what others say may happen, and nothing a collector did."""
    if _DENIAL.search(message):
        return True
    return bool((_HEARSAY_ZH.search(message) or _HEARSAY_EN.search(message))
                and not (_EVENT_ZH.search(message) or _EVENT_EN.search(message)))


def about_someone_else(message: str) -> bool:
    """The message tells of what happened to someone else ("同事网贷逾期了，催收打到公司")."""
    return bool(_SOMEONE_ELSE.search(message))


# Each cue with the characters one of which its every match contains (bot.patterns_needs): a
# window with none of them is not searched, which skips most of the searches.
_CUES = tuple((name, pattern, needs(pattern)) for name, pattern in (*_CUES_ZH, *_CUES_EN))


def _possible(window_text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The cues a window may hold; the others cannot match it."""
    present = set(window_text)
    return [(name, pattern) for name, pattern, needed in _CUES if needed is None or not needed.isdisjoint(present)]


def abuse_cues(window_text: str, context: str, someone_else: bool = False) -> list[str]:
    """The names of the abuse cues in one window of folded text. ``context`` is the window with
    the clause before it, where the person speaking is often named ("我妈知道了 把我骂了一顿").
    In a story about ``someone_else``, only windows that involve the borrower count."""
    if someone_else and not _FIRST_PERSON.search(window_text):
        return []
    found = []
    for name, pattern in _possible(window_text):
        for match in pattern.finditer(window_text):
            if _discounted(name, window_text, match, context):
                continue
            found.append(name)
            break
    return found


# Words of abuse or of complaining about it, for checking the classifier's abusive_collection guess.
_ABUSE_TALK = any_of(r"投诉|举报|12378|报警|骚扰|威胁|骂|侮辱|恐吓|暴力|冒充|律师函|传票|立案|通讯录|p图|吓唬|野蛮|过分|凶|打断|弄死|找人|收拾",
                     r"complain|report|harass|threat|abus|insult|intimidat|violent|fake|pretend|curs|swear|rude|police"
                     r"|kill|hurt|beat|break|stab")


def abuse_talk(window_text: str, context: str) -> bool:
    """Whether a window speaks of abusive collection or complaints, other than as a question
    about what may happen, a negation or family talk."""
    match = _ABUSE_TALK.search(window_text)
    return match is not None and not _discounted("talk", window_text, match, context)


def set_aside(window_text: str, context: str) -> bool:
    """Whether an abuse cue is in the window but was discounted (negated, asked, hearsay, family
    talk): "没有骂我也没有威胁" must not reach the learned detector, which cannot read negation."""
    for name, pattern in _possible(window_text):
        for match in pattern.finditer(window_text):
            if _discounted(name, window_text, match, context):
                return True
    return False


def _kin_acts_zh(context: str) -> bool:
    """Kin as the one speaking or scolding ("我妈…把我骂了一顿"), not as the one called or told
    ("给我爸妈打电话说…", "告诉我妈…"): the few characters before the kin word decide."""
    return any(not _TO_KIN.search(context[max(0, m.start() - 3):m.start()]) for m in _KIN_ACTS_ZH.finditer(context))


_TO_KIN = regex(r"给|告诉|找|跟|向|对|打到|联系")


def reported(window_text: str, context: str) -> bool:
    """Whether a window could report something a collector did: not a "will it happen" question,
    not hearsay or someone else's story, not family talk. The agreement a learned abuse guess
    needs (the learned detector knows wording, not who did what or whether it happened)."""
    return not (_asked(window_text, context) or _hearsay(window_text) or _family_talk(window_text, context))


def _asked(text: str, context: str) -> bool:
    """Whether a clause asks whether something will happen rather than tells that it did
    (a clause that goes on with the one before is read with it: "会不会联系我单位，或者打…")."""
    asked = context if continues(text) else text
    return bool((_ASKS_ZH.search(asked) and not _SAID_ZH.search(asked))
                or (_ASKS_EN.search(asked) and not _SAID_EN.search(asked)))


def _hearsay(text: str) -> bool:
    """Whether a clause passes on what others say or tells someone else's story."""
    return bool(_HEARSAY_ZH.search(text) or _HEARSAY_EN.search(text) or _SOMEONE_ELSE.search(text))


def _family_talk(text: str, context: str) -> bool:
    """Whether a relative, not a collector, is the one speaking or acting ("我妈骂了我一顿").
    "they called my mom, threatened me": a clause opening with a past verb has the subject of
    the clause before ("they"), so a relative named there is whom they called, not who threatened."""
    kin_context = text if _PAST_VERB_FIRST_EN.match(text) else context
    return bool((_kin_acts_zh(context) and not _COLLECTOR_ZH.search(context)) or (
        _KIN_ACTS_EN.search(kin_context) and not _COLLECTOR_NOUN_EN.search(context)))


_PAST_VERB_FIRST_EN = regex(r"\s*[a-z]+ed\b")
_FEARED_ZH = regex(r"担心|怕的是|最怕|就怕|怕他们|怕会|害怕他们|害怕会|怕催收")
_FEARED_EN = regex(r"\b(afraid|scared|worried|terrified|fear) (that |of )?(they|collectors|someone|the collectors|it)\b")


def _discounted(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether a cue match is not a report of abuse (see the module docstring)."""
    before = text[: match.start()]
    if _NEGATION_ZH.search(before[-6:]) or _NEGATION_EN.search(before) or _NOBODY_EN.search(before):
        return True
    if _FEARED_ZH.search(before[-16:]) or _FEARED_EN.search(before[-40:]):
        return True  # "我最怕的是他们派人去我老家": a fear of what may happen, however habitual the rest
    if _asked(text, context) or _hearsay(text) or _family_talk(text, context):
        return True
    if name == "shaming" and match.group(0).isascii() and not before.strip():
        return True  # "posted my goodbye on weibo": no one named as the one posting; the borrower did
    if name in _NEEDS_AGGRAVATION and not (re.search(_AGGRAVATION_ZH, text) or re.search(_AGGRAVATION_EN, text)):
        return True
    if name in _NEEDS_PEOPLE_EN and match.group(0).isascii() and not (
            _COLLECTOR_EN.search(context) or _PAY_CONDITION_EN.search(context)):
        return True
    return False
